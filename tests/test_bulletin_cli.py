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
