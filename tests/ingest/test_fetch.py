"""Articles from the web, served by a local HTTP server the test starts: the page is read
like a file, and every way a fetch fails is one clear line."""

import http.server
import threading
import time

import pytest

from briefing.core.errors import ArticleError
from briefing.ingest.article import read_article_text

PAGE = """<html><head><title>Harbour ferry to return</title></head><body>
<nav>Home | News | Sport</nav><article><h1>Harbour ferry to return</h1>
<p>The harbour ferry will return next month after storm repairs, the council said on
Tuesday, ending ten weeks in which commuters crowded onto the only bridge.</p>
<p>Engineers replaced two pilings and the landing stage, the council said.</p>
</article><footer>Copyright and cookies</footer></body></html>"""


class Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the handler's own name
        if self.path == "/story":
            body, kind = PAGE.encode(), "text/html; charset=utf-8"
        elif self.path == "/picture":
            body, kind = b"\x89PNG....", "image/png"
        elif self.path == "/huge":
            body, kind = b"x" * (6 * 2**20), "text/html"
        elif self.path == "/slow":
            time.sleep(2)
            body, kind = PAGE.encode(), "text/html"
        elif self.path == "/drip":  # a little at a time, never long enough to time out
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for char in PAGE.encode():
                self.wfile.write(bytes([char]))
                self.wfile.flush()
                time.sleep(0.01)
            return
        else:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # quiet
        pass


class Site(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # a client that hung up: no matter
        pass


@pytest.fixture(scope="module")
def site():
    server = Site(("127.0.0.1", 0), Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_page_is_read_from_its_address(site):
    assert "harbour ferry will return" in read_article_text(f"{site}/story")


@pytest.mark.parametrize(("path", "fragment"), [
    ("/missing", "answered 404"), ("/picture", "not a web page or text"),
    ("/huge", "larger than 5 MB"),
])
def test_each_failure_is_one_clear_line(site, path, fragment):
    with pytest.raises(ArticleError, match=fragment) as caught:
        read_article_text(f"{site}{path}")
    assert "\n" not in str(caught.value)


def test_a_server_that_does_not_answer_in_time(site, monkeypatch):
    from briefing.ingest import fetch

    monkeypatch.setattr(fetch, "DEFAULT_TIMEOUT", 0.5)
    with pytest.raises(ArticleError, match="did not answer within 0.5 s"):
        fetch.fetch(f"{site}/slow", 2**20, timeout=fetch.DEFAULT_TIMEOUT)


def test_a_refused_connection_and_an_unknown_host():
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ArticleError, match="refused the connection"):
        read_article_text(f"http://127.0.0.1:{port}/story")
    with pytest.raises(ArticleError, match="cannot find no-such-host.invalid"):
        read_article_text("http://no-such-host.invalid/story")


def test_make_from_an_address_and_a_failed_fetch_writes_nothing(site, tmp_path):
    import json
    import subprocess
    import sys

    def make(url: str, name: str):
        return subprocess.run([sys.executable, "-m", "briefing.cli", "make", url, "-d", "15",
                               "-o", name], cwd=tmp_path, capture_output=True, text=True,
                              timeout=120)

    done = make(f"{site}/story", "web.mp3")
    assert done.returncode == 0, done.stderr
    sidecar = json.loads((tmp_path / "web.json").read_text(encoding="utf-8"))
    assert "harbour ferry will return" in sidecar["segments"][0]["text"]
    failed = make(f"{site}/missing", "gone.mp3")
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert len(failed.stderr.strip().splitlines()) == 1 and "404" in failed.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["web.json", "web.mp3"]


def test_a_server_that_drips_the_page_is_cut_off(site, monkeypatch):
    from briefing.ingest import fetch

    monkeypatch.setattr(fetch, "WHOLE_TIMEOUT", 1.0)
    started = time.monotonic()
    with pytest.raises(ArticleError, match="took longer than 1 s to send the page"):
        fetch.fetch(f"{site}/drip", 2**20)
    assert time.monotonic() - started < 3.0
