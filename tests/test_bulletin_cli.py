"""`briefing bulletin` refusing what it cannot read: one line each, nothing written."""

import subprocess
import sys

import pytest


def run(tmp_path, *args):
    return subprocess.run([sys.executable, "-m", "briefing.cli", "bulletin", *args],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("extra", "fragment"), [
    (["-d", "15"], "5 stories cannot be read in"),
])
def test_a_bulletin_that_cannot_be_made_is_one_line(tmp_path, fixtures_dir, extra, fragment):
    stories = [str(fixtures_dir / n) for n in ("wire-story.txt", "local-news.txt",
                                               "bbc-shape.txt", "cable-shape.txt",
                                               "wire-markets.txt")]
    result = run(tmp_path, *stories, *extra, "-o", "news.mp3")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], result.stderr
    assert list(tmp_path.iterdir()) == []


def test_too_many_stories(tmp_path, sample_path):
    result = run(tmp_path, *[str(sample_path)] * 13, "-o", "news.mp3")
    assert result.returncode == 1 and "at most 12" in result.stderr


def test_the_same_story_twice_is_read_once_with_a_note(tmp_path, fixtures_dir):
    import json

    # Our own local rewrite of the wire story: one event, told twice.
    stories = [str(fixtures_dir / n) for n in ("wire-story.txt", "levy-local.txt",
                                               "local-news.txt")]
    result = run(tmp_path, *stories, "-d", "60", "-o", "news.mp3")
    assert result.returncode == 0, result.stderr
    assert "levy-local.txt tells the same story as" in result.stderr
    sidecar = json.loads((tmp_path / "news.json").read_text(encoding="utf-8"))
    firsts = [s["title"] for s in sidecar["segments"] if s["id"].endswith("-lead")]
    assert firsts == ["Library levy passes by wide margin in Riverton County",
                      "Hill county opens first public cold-weather shelter"]


def test_different_stories_are_not_taken_for_one(fixtures_dir):
    import itertools

    from briefing.ingest.article import load_article
    from briefing.ingest.same_story import same_story

    names = ("wire-story.txt", "local-news.txt", "bbc-shape.txt", "cable-shape.txt",
             "wire-markets.txt")
    articles = [load_article(fixtures_dir / n) for n in names]
    assert not any(same_story(a, b) for a, b in itertools.combinations(articles, 2))
    assert same_story(articles[0], load_article(fixtures_dir / "levy-local.txt"))


def test_the_hard_out_sets_the_length_and_the_time_is_said():
    import datetime as dt

    from briefing.bulletin import airtime, time_said
    from briefing.core.errors import OptionError

    assert airtime(None, "16:05:50") == (dt.time(16, 0), 350.0)
    assert airtime("15:58", "16:01:00") == (dt.time(15, 58), 180.0)
    assert airtime("07:00", None) == (dt.time(7, 0), None)
    assert airtime("7:00", "7:02:30") == (dt.time(7, 0), 150.0)
    with pytest.raises(OptionError, match="not after the start"):
        airtime("16:05", "16:02:30")
    with pytest.raises(OptionError, match="not a time of day"):
        airtime("4pm", None)
    assert time_said(dt.time(16, 0)) == "It's four o'clock."
    assert time_said(dt.time(0, 5)) == "It's twelve oh five."
    assert time_said(dt.time(9, 45)) == "It's nine forty-five."


def test_a_bulletin_to_its_out_opens_with_the_time(tmp_path, fixtures_dir):
    import json

    stories = [str(fixtures_dir / n) for n in ("wire-story.txt", "local-news.txt")]
    result = run(tmp_path, *stories, "--at", "16:00", "--out", "16:01:30", "--preview",
                 "--json")
    assert result.returncode == 0, result.stderr
    order = json.loads(result.stdout)
    assert order["target_seconds"] == 90.0
    assert abs(order["estimated_seconds"] - 90.0) <= 0.5
    # Each item on the wall clock: when it must start to make the out.
    assert order["on_air"] == "16:00:00"
    for item in order["items"]:
        minutes, seconds = divmod(int(item["start"]), 60)
        assert item["on_air"] == f"16:{minutes:02d}:{seconds:02d}"
    table = run(tmp_path, *stories, "--at", "16:00", "--out", "16:01:30", "--preview")
    assert "16:01:30 on the clock" in table.stdout
    assert all(i["on_air"] in table.stdout for i in order["items"])
    both = run(tmp_path, *stories, "-d", "60", "--out", "16:01:30", "--preview")
    assert both.returncode == 1 and "give -d or --out, not both" in both.stderr


def test_a_story_that_cannot_be_read_is_left_out_with_a_note(tmp_path, fixtures_dir):
    import json

    stories = [str(fixtures_dir / n) for n in ("wire-story.txt", "local-news.txt")]
    result = run(tmp_path, stories[0], "missing.txt", stories[1], "-d", "60", "-o", "n.mp3")
    assert result.returncode == 0, result.stderr
    assert "left out missing.txt: article not found" in result.stderr
    sidecar = json.loads((tmp_path / "n.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in sidecar["segments"] if s["id"].endswith("-lead")] == \
        ["s1-lead", "s2-lead"]
    # None readable: nothing to read, one line, nothing written.
    none = run(tmp_path, "gone.txt", "missing.txt", "-o", "x.mp3")
    assert none.returncode == 1 and len(none.stderr.strip().splitlines()) == 1
    assert "no story could be read (2 tried); the first: article not found: gone.txt" \
        in none.stderr
    assert not (tmp_path / "x.mp3").exists()
