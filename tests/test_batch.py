"""`briefing batch`: a folder made into briefings on every core, run as a user would."""

import json
import shutil
import subprocess
import sys


def batch(folder, out, *args):
    return subprocess.run([sys.executable, "-m", "briefing.cli", "batch", str(folder), "-d",
                           "15", "--output-dir", str(out), *args], capture_output=True,
                          text=True, timeout=300)


def test_a_folder_is_made_skipped_when_unchanged_and_a_bad_article_stops_nothing(
        tmp_path, sample_path, wire_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    shutil.copy(sample_path, folder / "ferry.txt")
    shutil.copy(wire_path, folder / "wire.txt")
    (folder / "empty.md").write_text("\n", encoding="utf-8")
    (folder / "notes.csv").write_text("not, an, article\n", encoding="utf-8")
    first = batch(folder, out)
    assert first.returncode == 1  # one failed: said, and the rest made
    assert "2 made, 0 skipped" in first.stdout and "1 failed" in first.stdout
    assert "empty.md: article is empty" in first.stdout
    assert "Traceback" not in first.stderr and "[3/3]" in first.stderr
    made = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert made == ["ferry.json", "ferry.mp3", "wire.json", "wire.mp3"]
    assert json.loads((out / "wire.json").read_text(encoding="utf-8"))["target_seconds"] == 15
    # Unchanged inputs are not made again; a changed article is.
    before = (out / "ferry.mp3").stat().st_mtime_ns
    (folder / "empty.md").unlink()
    again = batch(folder, out)
    assert again.returncode == 0 and "0 made, 2 skipped" in again.stdout
    assert (out / "ferry.mp3").stat().st_mtime_ns == before
    text = (folder / "wire.txt").read_text(encoding="utf-8")
    (folder / "wire.txt").write_text(text + "\n", encoding="utf-8")
    third = batch(folder, out, "-j", "1")
    assert "1 made, 1 skipped" in third.stdout


def test_a_folder_without_articles_is_one_line(tmp_path):
    result = batch(tmp_path, tmp_path / "out")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"briefing: error: no articles in {tmp_path} (it holds no .txt, .md, .markdown, "
        ".html, .htm files)"]
