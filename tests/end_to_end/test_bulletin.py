"""A bulletin of five of our own stories, made for real and read back: it lands on the
clock, each story's chapter sits on its speech, the lead story gets the most time, and
the headlines name the stories in order."""

import json

import miniaudio
import numpy as np
import pytest

from briefing.config import settings_from_cli
from briefing.pipeline import make_bulletin

RATE = 44100
STORIES = ("wire-story.txt", "local-news.txt", "bbc-shape.txt", "cable-shape.txt",
           "wire-markets.txt")


@pytest.fixture(scope="module")
def bulletin(tmp_path_factory, fixtures_dir):
    out = tmp_path_factory.mktemp("bulletin") / "news.mp3"
    sources = [str(fixtures_dir / name) for name in STORIES]
    result = make_bulletin(settings_from_cli(sources[0], "3:00", "story", output=str(out)),
                           sources, headlines=True)
    return result, json.loads(out.with_suffix(".json").read_text(encoding="utf-8")), out


def test_the_bulletin_lands_on_its_out(bulletin):
    _result, sidecar, out = bulletin
    audio = miniaudio.decode_file(str(out), output_format=miniaudio.SampleFormat.SIGNED16,
                                  nchannels=1, sample_rate=RATE)
    assert abs(len(audio.samples) / RATE - 180.0) <= 0.5 + 0.03


def test_each_story_has_a_chapter_on_its_speech_and_the_lead_the_most_time(bulletin):
    _result, sidecar, out = bulletin
    samples = np.asarray(miniaudio.decode_file(
        str(out), output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1,
        sample_rate=RATE).samples)
    segments = sidecar["segments"]
    story_time = {}
    for seg in segments:
        story = seg["id"].split("-")[0]
        story_time[story] = story_time.get(story, 0.0) + seg["end"] - seg["start"]
        start = round(seg["start"] * RATE)
        before = max(0, start - int(0.05 * RATE))
        onset = before + int(np.argmax(np.abs(samples[before:start + RATE]) > 500))
        assert abs(onset - start) / RATE <= 0.010, seg["id"]
    stories = [f"s{i}" for i in range(1, len(STORIES) + 1)]
    assert [k for k in story_time if k.startswith("s")] == stories
    lead = story_time["s1"]
    assert all(lead >= story_time[s] for s in stories[1:])
    # Each story has its share, none starved: at least 15 s of a 3-minute bulletin.
    assert all(story_time[s] >= 15.0 for s in stories)


def test_the_headlines_name_the_stories_in_order(bulletin, fixtures_dir):
    from briefing.ingest.article import load_article

    _result, sidecar, _out = bulletin
    opening = sidecar["segments"][0]
    assert opening["id"] == "open" and opening["title"] == "Headlines"
    titles = [load_article(fixtures_dir / name).title for name in STORIES]
    places = [opening["copy"].find(t) for t in titles]
    assert all(p >= 0 for p in places) and places == sorted(places)
    # And each story's chapters are titled by its headline, in running order.
    firsts = [s["title"] for s in sidecar["segments"] if s["id"].endswith("-lead")]
    assert firsts == [t[:120] for t in titles]


def test_the_running_order_s_back_times_match_the_file(bulletin, fixtures_dir):
    from briefing.pipeline import preview_bulletin
    from briefing.report import running_order, running_order_json

    _result, sidecar, _out = bulletin
    sources = [str(fixtures_dir / name) for name in STORIES]
    planned = preview_bulletin(settings_from_cli(sources[0], "3:00", "story"), sources,
                               headlines=True)
    items = running_order_json(planned)["items"]
    assert [i["id"] for i in items] == ["open", "s1", "s2", "s3", "s4", "s5", "close"]
    rendered = {}
    for seg in sidecar["segments"]:
        rendered.setdefault(seg["id"].split("-")[0], seg["start"])
    for item in items:  # each item starts where the file has it, within 3% of the clock
        assert abs(item["start"] - rendered[item["id"]]) <= 0.03 * 180, item
        assert abs(item["back_time"] - (item["start"] - 180.0)) < 1e-6
    table = running_order(planned)
    assert "back" in table and all(i["title"][:60] in table for i in items)


def test_each_story_is_a_part_with_its_segments_inside(bulletin, fixtures_dir):
    from clients import eyed3_chapters, eyed3_contents, ffmpeg_chapters

    _result, sidecar, out = bulletin
    sources = [fixtures_dir / name for name in STORIES]
    order = sidecar["running_order"]
    assert [i["id"] for i in order] == ["open", "s1", "s2", "s3", "s4", "s5", "close"]
    assert [i.get("source") for i in order[1:-1]] == [str(f) for f in sources]
    segments = {s["id"]: s for s in sidecar["segments"]}
    contents = eyed3_contents(out)
    assert len(contents) == len(order)
    for item, (title, children) in zip(order, contents, strict=True):
        first = segments[item["segments"][0]]
        assert item["start"] == first["start"] and title == item["title"] == first["title"]
        if item["id"].startswith("s"):  # a story: its own table, its segments' chapters
            assert len(item["segments"]) >= 1
            assert [c[0] for c in children] == [segments[s]["title"] for s in item["segments"]]
            assert [round(c[1], 3) for c in children] == \
                [round(segments[s]["start"], 3) for s in item["segments"]]
        else:
            assert children == [pytest.approx(first["start"], abs=0.001)]
    # Players that list chapters alone still find every segment, in time order.
    titles = [s["title"] for s in sidecar["segments"]]
    assert [c[0] for c in eyed3_chapters(out)] == titles
    assert [c[0] for c in ffmpeg_chapters(out)] == titles
