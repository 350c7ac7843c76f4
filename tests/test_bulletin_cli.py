"""`briefing bulletin` refusing what it cannot read: one line each, nothing written."""

import subprocess
import sys

import pytest


def run(tmp_path, *args):
    return subprocess.run([sys.executable, "-m", "briefing.cli", "bulletin", *args],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("extra", "fragment"), [
    (["-d", "15"], "5 stories cannot be read in"),
    (["missing.txt"], "article not found: missing.txt"),
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
