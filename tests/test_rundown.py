"""Running order files: what they say is what the bulletin does, and each mistake is one
line naming the file, the item and the fix."""

import json
import shutil
import subprocess
import sys

import pytest

RUNDOWN = """duration = "2:00"
headlines = true

[[item]]
article = "stories/wire-story.txt"
weight = 2

[[item]]
article = "stories/local-news.txt"

[[item]]
article = "stories/bbc-shape.txt"
seconds = 20

[[item]]
text = "weather.txt"
title = "Weather"
"""


def run(cwd, *args):
    return subprocess.run([sys.executable, "-m", "briefing.cli", "bulletin", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def desk(tmp_path, fixtures_dir):
    (tmp_path / "stories").mkdir()
    for name in ("wire-story.txt", "local-news.txt", "bbc-shape.txt"):
        shutil.copy(fixtures_dir / name, tmp_path / "stories" / name)
    (tmp_path / "weather.txt").write_text("Sunny spells this afternoon, with a high of "
                                          "fourteen degrees.\n", encoding="utf-8")
    (tmp_path / "rundown.toml").write_text(RUNDOWN, encoding="utf-8")
    return tmp_path


def test_a_running_order_is_read_as_written(desk, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")  # paths are the file's, not the cwd's
    result = run(elsewhere, str(desk / "rundown.toml"), "--preview", "--json")
    assert result.returncode == 0, result.stderr
    order = json.loads(result.stdout)
    assert order["target_seconds"] == 120.0
    items = {i["id"]: i for i in order["items"]}
    assert list(items) == ["open", "s1", "s2", "s3", "t1", "close"]
    assert items["open"]["title"] == "Headlines" and items["t1"]["title"] == "Weather"
    # Weight 2 against 1: about twice the time; the fixed item its own length.
    assert 1.5 <= items["s1"]["seconds"] / items["s2"]["seconds"] <= 2.5
    assert abs(items["s3"]["seconds"] - 20) <= 4
    assert abs(order["estimated_seconds"] - 120.0) <= 0.5


@pytest.mark.parametrize(("text", "fragment"), [
    ('lenght = "3:00"\n[[item]]\narticle = "a.txt"\n', "lenght is not a running order key"),
    ('duration = "3:00"\n', "no stories"),
    ('[[item]]\ntitle = "x"\n', "item 1: give article"),
    ('[[item]]\narticle = "a.txt"\ntext = "b.txt"\n', "item 1: give article"),
    ('[[item]]\narticle = "a.txt"\nweight = "big"\n', "item 1: weight = 'big' must be a number"),
    ('[[item]]\narticle = "a.txt"\nweight = 1\nseconds = 20\n', "not both"),
    ('[[item]]\ntext = "w.txt"\nweight = 2\n', "a text or a sound is as given"),
    ('[[item]]\nsound = "s.wav"\nseconds = 2\n', "a text or a sound is as given"),
    ('[[item]]\narticle = "a.txt"\nmin = 40\nmax = 20\n', "min = 40 is more than max = 20"),
    ('[[item]]\narticle = "a.txt"\nseconds = 30\nmax = 20\n', "has no min or max"),
    ('[[item]]\narticle = "a.txt"\nrole = "the reader"\n', "role must be a voice role"),
    ('[[item]]\ntext = "w.txt"\nrole = "reader"\n', "a text or a sound is as given"),
    ('[[item]]\narticle = "a.txt"\nsound = "s.wav"\n', "item 1: give article"),
    ('[[item]]\nsound = "https://example.org/s.wav"\n', "a sound is a file beside"),
    ('[[item]]\narticle = "a.txt"\nhue = 2\n', "hue is not an item key"),
    ('headlines = "yes"\n[[item]]\narticle = "a.txt"\n', "headlines must be true or false"),
    ("[[item]\n", "not valid TOML"),
])
def test_each_mistake_is_one_line(tmp_path, text, fragment):
    (tmp_path / "r.toml").write_text(text, encoding="utf-8")
    result = run(tmp_path, "r.toml", "--preview")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0] and "r.toml" in lines[0], result.stderr


def test_each_story_keeps_within_its_bounds(desk):
    (desk / "bounded.toml").write_text(
        'duration = "2:00"\n[[item]]\narticle = "stories/wire-story.txt"\nweight = 4\n'
        'max = 30\n[[item]]\narticle = "stories/local-news.txt"\n[[item]]\n'
        'article = "stories/bbc-shape.txt"\nweight = 0.2\nmin = 25\n', encoding="utf-8")
    result = run(desk, "bounded.toml", "--preview", "--json")
    assert result.returncode == 0, result.stderr
    items = {i["id"]: i["seconds"] for i in json.loads(result.stdout)["items"]}
    # Weight alone would give the lead about 90 s and the third story about 5 s.
    assert items["s1"] <= 30 + 3 and items["s3"] >= 25 - 3
    assert items["s2"] > items["s1"]  # what the lead could not take went to the others


def test_shares_follow_weight_within_bounds():
    from briefing.bulletin import Entry, Story, shared_out

    def story(weight, **bounds):
        return Story(Entry("x.txt", **bounds), None, weight)

    assert shared_out([story(1.5), story(1), story(1)], 140) == [60, 40, 40]
    assert shared_out([story(3, most=20), story(1), story(1)], 100) == [20, 40, 40]
    assert shared_out([story(1.5), story(1, least=50), story(1)], 100) == [30, 50, 20]
    # A story of its own length is off the budget: the rest share what is left.
    assert shared_out([story(1.5), story(1, seconds=30), story(1)], 100) == [60, 30, 40]


def test_a_story_is_read_by_the_voice_its_role_names(desk):
    (desk / "voiced.toml").write_text(
        'duration = "1:30"\n[[item]]\narticle = "stories/wire-story.txt"\n[[item]]\n'
        'article = "stories/local-news.txt"\nrole = "reader"\n', encoding="utf-8")
    result = run(desk, "voiced.toml", "-v", "anchor=default,reader=reader", "-o", "news.mp3")
    assert result.returncode == 0, result.stderr
    sidecar = json.loads((desk / "news.json").read_text(encoding="utf-8"))
    voices = {s["id"]: s["voice"] for s in sidecar["segments"]}
    assert {v for k, v in voices.items() if k.startswith("s2-")} == {"reader"}
    assert {v for k, v in voices.items() if not k.startswith("s2-")} == {"default"}
    assert abs(sidecar["duration_seconds"] - 90.0) <= 0.5
