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


def feed_site(tmp_path):
    """A local server with an RSS feed of three stories (1 h, 3 h and 10 h old), their
    pages, and a story whose page is gone."""
    import datetime as dt
    import functools
    import http.server
    import threading
    from email.utils import format_datetime

    now = dt.datetime.now(dt.timezone.utc)
    site = tmp_path / "site"
    site.mkdir()
    body = "<p>{0} The council said the work would take a month, and crews began on " \
           "Monday after a week of planning.</p><p>Residents were told to expect " \
           "delays on the road while the crews are there.</p>"
    items = []
    for name, hours, headline in (("new", 1, "Bridge reopens"), ("older", 3, "Pier closed"),
                                  ("old", 10, "Market moves"), ("gone", 2, "Lost page")):
        if name != "gone":
            (site / f"{name}.html").write_text(
                f"<html><head><title>{headline}</title></head><body><article><h1>"
                f"{headline}</h1>{body.format(headline + ' is the news today.')}"
                "</article></body></html>", encoding="utf-8")
        items.append(f"<item><title>{headline}</title><link>{{base}}/{name}.html</link>"
                     f"<pubDate>{format_datetime(now - dt.timedelta(hours=hours))}</pubDate>"
                     "</item>")
    (site / "feed.xml").write_text('<?xml version="1.0"?><rss version="2.0"><channel>'
                                   "<title>Valley news</title>" + "".join(items) +
                                   "</channel></rss>", encoding="utf-8")
    (site / "broken.xml").write_text("<rss><channel><item>", encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    feed = (site / "feed.xml").read_text(encoding="utf-8").replace("{base}", base)
    (site / "feed.xml").write_text(feed, encoding="utf-8")
    return server, base


def test_the_newest_stories_of_a_feed_within_the_window(tmp_path):
    server, base = feed_site(tmp_path)
    try:
        out = tmp_path / "out"
        result = subprocess.run([sys.executable, "-m", "briefing.cli", "batch", "--feed",
                                 f"{base}/feed.xml", "--stories", "3", "--since", "6h", "-d",
                                 "15", "--output-dir", str(out)], capture_output=True,
                                text=True, timeout=300)
        # The three newest within 6 h: two pages and one gone (a line, not a stop).
        assert result.returncode == 1, result.stderr
        assert "2 made, 0 skipped" in result.stdout and "1 failed" in result.stdout
        assert "gone.html: the server answered 404" in result.stdout
        made = sorted(p.name for p in out.glob("*.mp3"))
        assert len(made) == 2 and made[0].endswith("pier-closed.mp3") \
            and made[1].endswith("bridge-reopens.mp3")
        broken = subprocess.run([sys.executable, "-m", "briefing.cli", "batch", "--feed",
                                 f"{base}/broken.xml"], capture_output=True, text=True,
                                timeout=60)
        assert broken.returncode == 1
        assert broken.stderr.strip().splitlines() == [
            f"briefing: error: {base}/broken.xml is not a feed with stories (RSS or Atom): "
            "check the address"]
    finally:
        server.shutdown()
