"""The studio's API through Starlette's test client: every route, what it gives and what it
refuses (an oversized upload, a path outside its folders, a wrong token), each refusal
the CLI's one line."""

import http.server
import json
import threading
import time
import warnings
from pathlib import Path

import miniaudio
import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from briefing.studio.app import create_app  # noqa: E402
from briefing.studio.drafts import MAX_TEXT_BYTES  # noqa: E402


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the station's output folder is ./briefings
    return tmp_path


def studio_client(app, **headers):
    """A client as the studio's own page is: at its address, with its header."""
    return TestClient(app, base_url="http://127.0.0.1:8470",
                      headers={"X-Studio": "1", **headers})


@pytest.fixture
def client(desk):
    return studio_client(create_app(desk / "studio"))


@pytest.fixture
def article(sample_path):
    return sample_path.read_text(encoding="utf-8")


def made(client, article, **options):
    response = client.post("/api/drafts", json={"text": article, "options": options})
    assert response.status_code == 200, response.text
    return response.json()


def test_the_page_and_its_files_come_from_the_app(client):
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    for name in ("app.js", "app.css"):
        assert client.get(f"/static/{name}").status_code == 200
    # No script or style from anywhere but the app itself.
    import re

    assert re.findall(r'(?:src|href)="([^"]*)"', page.text) == \
        ["/static/app.css", "/static/app.js"]
    assert not re.search(r"https?://", client.get("/static/app.js").text)
    assert client.get("/static/..%2Fapp.py").status_code == 404
    assert client.get("/static/drafts.py").status_code == 404


def test_options_list_the_lookup_folders(client):
    options = client.get("/api/options").json()
    assert {"brief", "headline"} <= {t["name"] for t in options["templates"]}
    assert "default" in options["voices"] and "podcast" in options["loudness"]


def test_a_pasted_article_is_planned_with_its_sources(client, article):
    view = made(client, article, duration="45")
    assert view["target"] == 45.0 and abs(view["total"] - 45.0) <= 0.5 and view["fits"]
    sentences = {s["index"]: s["text"] for s in view["article"]}
    lines = [line for seg in view["segments"] for line in seg["lines"]]
    sourced = [line for line in lines if line["source"] is not None]
    assert len(sourced) >= 3
    for line in sourced:  # each spoken line is from the article sentence it names
        assert line["written"] is None or line["written"] in sentences[line["source"]]
    # A figure said for the ear shows the article's own words beside it.
    assert any(line["written"] and line["written"] != line["text"] for line in lines)
    again = client.get(f"/api/drafts/{view['id']}").json()
    assert again["segments"] == view["segments"]


def test_an_edit_re_times_and_is_kept_as_the_script_file(client, article, desk):
    view = made(client, article, duration="45")
    details = next(s for s in view["segments"] if len(s["lines"]) > 1)
    dropped = client.post(f"/api/drafts/{view['id']}/edit", json={
        "segment": details["id"], "line": 0, "action": "drop"}).json()
    assert dropped["edited"] and dropped["total"] < view["total"] - 3
    assert not dropped["fits"]
    script = desk / "studio" / view["id"] / "script.md"
    assert details["lines"][0]["text"] not in script.read_text(encoding="utf-8")
    edited = client.post(f"/api/drafts/{view['id']}/edit", json={
        "segment": details["id"], "line": 0, "action": "edit",
        "text": "The crossing takes eleven minutes."}).json()
    assert "The crossing takes eleven minutes." in script.read_text(encoding="utf-8")
    assert any(line["text"] == "The crossing takes eleven minutes."
               for seg in edited["segments"] for line in seg["lines"])
    unused = max(s["index"] for s in edited["article"])
    swapped = client.post(f"/api/drafts/{view['id']}/edit", json={
        "segment": details["id"], "line": 0, "action": "swap", "source": unused}).json()
    lines = [line for seg in swapped["segments"] for line in seg["lines"]]
    assert any(line["source"] == unused for line in lines)
    # The CLI reads the same file: the page's script is the command line's.
    from briefing.config import settings_from_cli
    from briefing.pipeline import preview

    planned = preview(settings_from_cli("-", "45", script=str(script)))
    said = [line["text"] for line in lines]
    assert [s for seg in planned.plan.script.segments for s in seg.sentences] == said


def test_new_options_plan_again(client, article):
    view = made(client, article, duration="45")
    longer = client.put(f"/api/drafts/{view['id']}/options",
                        json={"duration": "90", "template": "brief"}).json()
    assert longer["target"] == 90.0 and longer["total"] > view["total"] + 30


def test_render_listen_and_approve(client, article, desk):
    view = made(client, article, duration="30", template="headline", format="both")
    assert client.post(f"/api/drafts/{view['id']}/approve", json={"who": "AB"}).json() == \
        {"error": "render the briefing before approving it"}
    started = client.post(f"/api/drafts/{view['id']}/render").json()
    assert started["state"] in ("rendering", "done")
    for _ in range(240):
        state = client.get(f"/api/drafts/{view['id']}/render").json()
        if state["state"] != "rendering":
            break
        time.sleep(0.5)
    assert state["state"] == "done", state
    assert state["stage"] == "writing"  # the last stage it went through
    result = state["result"]
    assert abs(result["seconds"] - 30.0) <= 0.5
    assert result["loudness"]["true_peak_dbtp"] <= result["loudness"]["ceiling_dbtp"]
    audio = client.get(f"/api/drafts/{view['id']}/audio")
    assert audio.headers["content-type"] == "audio/mpeg"
    decoded = miniaudio.decode(audio.content, nchannels=1, sample_rate=44100)
    assert abs(len(decoded.samples) / 44100 - result["seconds"]) <= 0.05
    wave = client.get(f"/api/drafts/{view['id']}/waveform").json()
    assert len(wave["peaks"]) == 600 and max(wave["peaks"]) > 0.1
    sidecar = client.get(f"/api/drafts/{view['id']}/files/json").json()
    assert [c["start"] for c in result["chapters"]] == [s["start"] for s in sidecar["segments"]]
    done = client.post(f"/api/drafts/{view['id']}/approve", json={"who": "A. Editor"}).json()
    written = [desk / p for p in done["files"]]
    approved = json.loads(next(p for p in written if p.suffix == ".json").read_text("utf-8"))
    assert approved["approved"]["by"] == "A. Editor" and approved["approved"]["at"]
    assert next(p for p in written if p.suffix == ".mp3").read_bytes() == audio.content
    wav = client.get(f"/api/drafts/{view['id']}/files/wav")
    assert wav.status_code == 200 and wav.content[:4] == b"RIFF"
    assert next(p for p in written if p.suffix == ".wav").read_bytes() == wav.content


@pytest.mark.parametrize("path, method, body", [
    ("/api/drafts/..%2F..%2Fetc", "get", None),
    ("/api/drafts/0123456789abcdef", "get", None),
    ("/api/drafts/../../etc/passwd/render", "post", None),
])
def test_no_route_reaches_outside_its_folders(client, path, method, body):
    response = getattr(client, method)(path)
    assert response.status_code in (400, 404)
    if response.status_code == 400:
        assert "no draft" in response.json()["error"]


@pytest.mark.parametrize("options, fragment", [
    ({"template": "../../etc/passwd"}, "is not a name"),
    ({"template": "nope"}, "not one of this station's"),
    ({"voice": "/tmp/voice"}, "is not a name"),
    ({"duration": "forever"}, "duration"),
])
def test_bad_options_are_one_line(client, article, options, fragment):
    response = client.post("/api/drafts", json={"text": article, "options": options})
    assert response.status_code == 400
    message = response.json()["error"]
    assert fragment in message and "\n" not in message


def test_an_oversized_upload_is_refused_before_it_is_kept(client, desk):
    big = b"The ferry sails. " * (MAX_TEXT_BYTES // 16 + 10)
    response = client.post("/api/drafts/upload", content=big)
    assert response.status_code == 400 and "larger than 2 MB" in response.json()["error"]
    pasted = client.post("/api/drafts", json={"text": big.decode()})
    assert pasted.status_code == 400 and "larger than" in pasted.json()["error"]
    assert not (desk / "studio").exists() or not any((desk / "studio").iterdir())


def test_an_uploaded_file_is_planned(client, sample_path):
    response = client.post("/api/drafts/upload?duration=30&template=headline",
                           content=sample_path.read_bytes())
    assert response.status_code == 200, response.text
    assert response.json()["target"] == 30.0


class Pages(http.server.BaseHTTPRequestHandler):
    page = b""

    def do_GET(self):  # noqa: N802 - the handler's own name
        if self.path != "/story":
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(self.page)))
        self.end_headers()
        self.wfile.write(self.page)

    def log_message(self, *args):
        pass


def test_an_address_is_fetched_and_a_bad_one_is_one_line(client, article):
    Pages.page = article.encode("utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        ok = client.post("/api/drafts", json={"url": f"{base}/story"})
        assert ok.status_code == 200 and ok.json()["segments"]
        missing = client.post("/api/drafts", json={"url": f"{base}/gone"})
        assert missing.status_code == 400 and "404" in missing.json()["error"]
    finally:
        server.shutdown()


def test_the_token_is_asked_for_every_api_route(desk, article):
    guarded = studio_client(create_app(desk / "studio", token="s3cret-token-here"))
    assert guarded.get("/").status_code == 200  # the page itself, to ask for the token
    for path in ("/api/options", "/api/drafts/0123456789abcdef"):
        response = guarded.get(path)
        assert response.status_code == 401 and "token" in response.json()["error"]
    wrong = guarded.get("/api/options", headers={"X-Studio-Token": "guess"})
    assert wrong.status_code == 401
    right = guarded.post("/api/drafts", json={"text": article},
                         headers={"X-Studio-Token": "s3cret-token-here"})
    assert right.status_code == 200


@pytest.mark.parametrize("args, fragment", [
    (["--host", "192.0.2.10"], "give --token"),
    (["--host", "0.0.0.0", "--token", "a-long-enough-secret"], "every address at once"),
    (["--host", "192.0.2.10", "--token", "            "], "no spaces"),
    (["--token", "short"], "12 characters or more"),
])
def test_the_studio_serves_beyond_this_machine_only_with_a_token(args, fragment):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "briefing.cli", "studio", *args],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and fragment in result.stderr
    assert result.stderr.count("\n") == 1

def test_another_site_cannot_drive_the_studio(desk, article):
    app = create_app(desk / "studio")
    bare = TestClient(app, base_url="http://127.0.0.1:8470")
    # A form or a text/plain post from another site's page: no header of the studio's.
    forged = bare.post("/api/drafts", content=json.dumps({"text": article}),
                       headers={"Content-Type": "text/plain"})
    assert forged.status_code == 403 and "studio's own page" in forged.json()["error"]
    elsewhere = studio_client(app, Origin="http://news.example")
    assert elsewhere.post("/api/drafts", json={"text": article}).status_code == 403
    # A name of another site pointed at this machine (DNS rebinding): refused outright.
    rebound = TestClient(app, base_url="http://news.example:8470", headers={"X-Studio": "1"})
    assert rebound.get("/api/options").status_code == 400
    assert not (desk / "studio").exists() or not any((desk / "studio").iterdir())
    # The page itself, at its own address, may.
    own = studio_client(app, Origin="http://127.0.0.1:8470")
    assert own.post("/api/drafts", json={"text": article}).status_code == 200


def test_every_download_is_one_of_the_draft_s_own(client, article):
    view = made(client, article, duration="20", template="headline")
    assert client.get(f"/api/drafts/{view['id']}/files/script").status_code == 400
    assert client.get(f"/api/drafts/{view['id']}/files/options").status_code == 400
    assert client.get(f"/api/drafts/{view['id']}/audio").json() == \
        {"error": "render the briefing first"}
    client.post(f"/api/drafts/{view['id']}/edit", json={
        "segment": view["segments"][0]["id"], "line": 0, "action": "edit",
        "text": "The harbour ferry returns next month."})
    script = client.get(f"/api/drafts/{view['id']}/files/script")
    assert script.status_code == 200 and "The harbour ferry returns next month." in script.text


def test_a_render_tells_each_stage_as_it_starts(sample_path, tmp_path):
    from briefing.config import settings_from_cli
    from briefing.pipeline import make

    stages = []
    make(settings_from_cli(str(sample_path), "15", "headline",
                           output=str(tmp_path / "h.mp3")), stages.append)
    assert stages == ["planning", "voicing", "mixing", "writing"]


def test_a_bulletin_of_pasted_stories(client, fixtures_dir):
    stories = [(fixtures_dir / n).read_text(encoding="utf-8")
               for n in ("wire-story.txt", "local-news.txt", "bbc-shape.txt")]
    response = client.post("/api/drafts", json={"stories": stories,
                                                "options": {"duration": "1:30"}})
    assert response.status_code == 200, response.text
    view = response.json()
    assert view["kind"] == "bulletin" and abs(view["total"] - 90.0) <= 0.5
    order = []
    for seg in view["segments"]:
        if not order or order[-1] != seg["item"]:
            order.append(seg["item"])
    assert order == ["open", "s1", "s2", "s3", "close"]
    keys = {s["key"]: s["text"] for s in view["article"]}
    lines = [line for seg in view["segments"] if seg["item"].startswith("s")
             for line in seg["lines"]]
    assert all(line["key"] and line["key"].split(":")[0] == seg["item"]
               for seg in view["segments"] if seg["item"].startswith("s")
               for line in seg["lines"] if line["key"])
    assert sum(line["key"] is not None for line in lines) >= 6
    for line in lines:
        if line["key"] and line["written"]:
            assert line["written"] in keys[line["key"]]
    refused = client.post(f"/api/drafts/{view['id']}/edit", json={
        "segment": "s1-lead", "line": 0, "action": "drop"})
    assert refused.status_code == 400 and "stories' own" in refused.json()["error"]
    client.post(f"/api/drafts/{view['id']}/render")
    for _ in range(360):
        state = client.get(f"/api/drafts/{view['id']}/render").json()
        if state["state"] != "rendering":
            break
        time.sleep(0.5)
    assert state["state"] == "done", state
    assert abs(state["result"]["seconds"] - 90.0) <= 0.5
    sidecar = client.get(f"/api/drafts/{view['id']}/files/json").json()
    assert [i["id"] for i in sidecar["running_order"]] == order


def test_a_bulletin_needs_two_stories(client, article):
    one = client.post("/api/drafts", json={"stories": [article]})
    assert one.status_code == 400 and "two stories or more" in one.json()["error"]
    many = client.post("/api/drafts", json={"stories": [article] * 9})
    assert many.status_code == 400 and "at most 8" in many.json()["error"]


def rendered(client, draft):
    client.post(f"/api/drafts/{draft}/render")
    for _ in range(240):
        state = client.get(f"/api/drafts/{draft}/render").json()
        if state["state"] != "rendering":
            return state
        time.sleep(0.25)
    raise AssertionError("the render did not end")


def test_only_what_was_heard_is_approved(client, article, desk):
    view = made(client, article, duration="25", template="headline", format="both")
    assert rendered(client, view["id"])["state"] == "done"
    # A change after the render: approving now would send what nobody heard.
    client.put(f"/api/drafts/{view['id']}/options", json={"format": "mp3"})
    stale = client.post(f"/api/drafts/{view['id']}/approve", json={"who": "AB"})
    assert stale.status_code == 400 and "changed since the render" in stale.json()["error"]
    assert rendered(client, view["id"])["result"]["wav"] is False
    done = client.post(f"/api/drafts/{view['id']}/approve", json={"who": "AB"}).json()
    assert sorted(p.rsplit(".", 1)[1] for p in done["files"]) == ["json", "mp3"]  # no old WAV
    # A second draft of the same story is approved beside it, never over it; approving
    # again keeps the record of both approvals.
    other = made(client, article, duration="25", template="headline")
    rendered(client, other["id"])
    again = client.post(f"/api/drafts/{other['id']}/approve", json={"who": "CD"}).json()
    assert set(again["files"]).isdisjoint(done["files"])
    twice = client.post(f"/api/drafts/{view['id']}/approve", json={"who": "EF"}).json()
    record = json.loads((desk / next(p for p in twice["files"] if p.endswith(".json")))
                        .read_text("utf-8"))
    assert [a["by"] for a in record["approvals"]] == ["AB", "EF"]


def test_a_refused_option_changes_nothing(client, article, desk):
    view = made(client, article, duration="45")
    details = next(s for s in view["segments"] if len(s["lines"]) > 1)
    client.post(f"/api/drafts/{view['id']}/edit", json={
        "segment": details["id"], "line": 0, "action": "drop"})
    script = desk / "studio" / view["id"] / "script.md"
    kept = script.read_text("utf-8")
    for bad in ({"duration": "0"}, {"loudness": "x"}, {"template": "nope"}):
        refused = client.put(f"/api/drafts/{view['id']}/options", json=bad)
        assert refused.status_code == 400
        assert script.read_text("utf-8") == kept
        assert client.get(f"/api/drafts/{view['id']}").json()["edited"]
    # A new voice or loudness keeps the edits, and the options not given stay as they were.
    louder = client.put(f"/api/drafts/{view['id']}/options", json={"loudness": "ebu"}).json()
    assert not louder["edits_dropped"] and louder["edited"]
    assert louder["options"]["duration"] == "45"


@pytest.mark.parametrize("text", ["The ferry returns <!-- and so on.",
                                  "## evil | Injected chapter | anchor",
                                  "It ends here --> and goes on."])
def test_an_edited_line_is_always_one_spoken_line(client, article, text):
    view = made(client, article, duration="45")
    ids = [s["id"] for s in view["segments"]]
    after = client.post(f"/api/drafts/{view['id']}/edit", json={
        "segment": ids[0], "line": 0, "action": "edit", "text": text}).json()
    assert [s["id"] for s in after["segments"]] == ids
    assert len(after["segments"][0]["lines"]) == 1


@pytest.mark.parametrize("body", [
    {"segment": "lead", "line": None, "action": "drop"},
    {"segment": "lead", "line": [], "action": "drop"},
    {"segment": "lead", "line": "1e9", "action": "drop"},
    {"segment": "lead", "line": 0, "action": "edit", "text": ["a"]},
    {"segment": "lead", "line": 0, "action": "edit", "text": "Hello \udc00 there."},
])
def test_a_request_of_the_wrong_shape_is_one_line(client, article, body):
    view = made(client, article, duration="45")
    response = client.post(f"/api/drafts/{view['id']}/edit",
                           content=json.dumps(body), headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and "\n" not in response.json()["error"]


@pytest.mark.parametrize("body", ['{"text": "x", "options": [1, 2]}', '{"text": [1, 2]}',
                                  "[" * 100_000, '{"text": "Hi \\udc00 there"}'])
def test_a_draft_of_the_wrong_shape_is_one_line_and_leaves_nothing(client, desk, body):
    response = client.post("/api/drafts", content=body,
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and "error" in response.json()
    assert not (desk / "studio").exists() or not any((desk / "studio").iterdir())


def test_unknown_routes_and_methods_answer_in_json(client):
    assert client.get("/api/nothing").json()["error"].startswith("not found")
    assert client.delete("/api/options").status_code == 405
    assert "error" in client.delete("/api/options").json()


def test_the_page_is_never_framed(client):
    page = client.get("/")
    assert page.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]


def test_served_beyond_this_machine_it_fetches_public_pages_only(desk):
    app = create_app(desk / "studio", token="s3cret-token-here", host="192.0.2.10")
    remote = TestClient(app, base_url="http://192.0.2.10:8470",
                        headers={"X-Studio": "1", "X-Studio-Token": "s3cret-token-here"})
    for url in ("http://127.0.0.1:9/secret", "http://0x7f000001:9/", "http://10.0.0.1/x"):
        response = remote.post("/api/drafts", json={"url": url})
        assert response.status_code == 400
        assert "public pages only" in response.json()["error"], url


def test_approval_goes_where_the_station_says(desk, article):
    import feedparser

    from briefing.station import load
    from clients import read_cart

    (desk / "playout").mkdir()
    (desk / "briefing.toml").write_text(
        '[station]\nname = "Valley Radio"\n\n[delivery]\ndrop_folder = "playout"\n'
        'cart = "7002"\ndrop_name = "{cart}_{slug}"\npodcast_feed = "feed.xml"\n'
        'base_url = "https://radio.example/news/"\n', encoding="utf-8")
    station = load(desk)
    client = studio_client(create_app(desk / "studio", station))
    view = made(client, article, duration="25", template="headline")
    assert rendered(client, view["id"])["result"]["wav"]  # the playout folder's WAV
    done = client.post(f"/api/drafts/{view['id']}/approve", json={"who": "AB"}).json()
    [wav] = list((desk / "playout").iterdir())
    assert wav.name.startswith("7002_") and wav.suffix == ".wav"
    assert str(wav) in done["files"]
    assert read_cart(wav)["cut_id"] == "7002"
    feed = feedparser.parse(str(desk / "feed.xml"))
    [episode] = feed.entries
    mp3 = next(p for p in done["files"] if p.endswith(".mp3"))
    assert episode.enclosures[0].href == "https://radio.example/news/" + Path(mp3).name
    assert feed.feed.title == "Valley Radio news"


def test_a_station_delivery_that_cannot_be_used_is_one_line(desk, article):
    from briefing.station import load

    (desk / "briefing.toml").write_text(
        '[delivery]\nalexa_feed = "alexa.json"\nbase_url = "https://radio.example/"\n',
        encoding="utf-8")
    client = studio_client(create_app(desk / "studio", load(desk)))
    view = made(client, article, duration="25", template="headline")
    rendered(client, view["id"])
    refused = client.post(f"/api/drafts/{view['id']}/approve", json={"who": "AB"})
    assert refused.status_code == 400 and "loudness alexa" in refused.json()["error"]
    assert not (desk / "briefings").exists() and not (desk / "alexa.json").exists()


@pytest.mark.parametrize("toml, fragment", [
    ('[delivery]\ndrop = "playout"\n', "[delivery] drop is not a setting"),
    ('[delivery]\ncart = 1234\n', "[delivery] cart = 1234 must be text in quotes"),
    ('[delivery]\ndrop_folder = ""\n', "must be a file name on one line"),
    ("[delivery]\nbase_url = true\n", "must be text in quotes"),
])
def test_a_station_delivery_mistake_is_one_line(tmp_path, toml, fragment):
    from briefing.core.errors import OptionError
    from briefing.station import load

    (tmp_path / "briefing.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(OptionError) as caught:
        load(tmp_path)
    assert fragment in str(caught.value) and "\n" not in str(caught.value)


def test_a_draft_is_discarded_with_its_files(client, article, desk):
    view = made(client, article, duration="20", template="headline")
    folder = desk / "studio" / view["id"]
    assert folder.is_dir()
    assert client.delete(f"/api/drafts/{view['id']}").json() == {"discarded": view["id"]}
    assert not folder.exists()
    gone = client.get(f"/api/drafts/{view['id']}")
    assert gone.status_code == 400 and "no draft" in gone.json()["error"]


def test_renders_past_the_studio_s_queue_are_refused(client, article, monkeypatch):
    from briefing.studio import app as studio_app

    monkeypatch.setattr(studio_app, "MAX_RENDERS", 0)
    view = made(client, article, duration="20", template="headline")
    refused = client.post(f"/api/drafts/{view['id']}/render")
    assert refused.status_code == 400 and "is rendering 0 briefings" in refused.json()["error"]
