"""The studio's page in a real headless Chromium (Debian's, driven by Playwright): paste an
article, see the timeline, edit a line and see the time change, render, play from the
second chapter, approve. A screenshot of each step is saved (STUDIO_SCREENS=DIR keeps
them; else the test's own folder)."""

import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = next((p for p in (os.environ.get("CHROMIUM"), shutil.which("chromium"),
                             "/usr/bin/chromium") if p and Path(p).is_file()), None)
HOW = ("the studio page's browser tests need Chromium: `apt-get install chromium` (Debian), "
       "or CHROMIUM=/path/to/chrome, then make test")

playwright = pytest.importorskip("playwright.sync_api", reason=HOW)
if CHROMIUM is None:
    pytest.skip(HOW, allow_module_level=True)


@pytest.fixture
def studio(tmp_path, monkeypatch):
    import uvicorn

    from briefing.studio.app import create_app

    monkeypatch.chdir(tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(tmp_path / "studio"), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", tmp_path
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser():
    with playwright.sync_playwright() as p:
        chrome = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            "--autoplay-policy=no-user-gesture-required"])
        yield chrome
        chrome.close()


def test_paste_edit_render_play_approve(studio, browser, sample_path, tmp_path):
    base, desk = studio
    screens = Path(os.environ.get("STUDIO_SCREENS") or tmp_path / "screens")
    screens.mkdir(parents=True, exist_ok=True)
    # The page's own policy forbids evaluating strings, which the waits below do: this
    # test steps past it; the bulletin's below runs under it.
    page = browser.new_page(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    asked = []
    page.on("request", lambda r: asked.append(r.url))

    page.goto(base + "/")
    page.wait_for_selector("#template option", state="attached")
    page.fill("#text", sample_path.read_text(encoding="utf-8"))
    page.fill("#duration", "45")
    page.click("#start")
    page.wait_for_selector("#timeline .seg")
    page.screenshot(path=screens / "1-timeline.png", full_page=True)
    segments = page.locator("#timeline .seg")
    assert segments.count() >= 3
    before = page.text_content("#total")
    assert before.startswith("45.0 s of 45.0 s") and "fits" in page.text_content("#fit")

    # A line of the details, rewritten shorter: the time changes and the page says so.
    line = page.locator(".segment").nth(1).locator(".line").first
    line.click()
    assert page.locator("#article .sent.source").count() == 1  # its source, highlighted
    line.get_by_role("button", name="Edit").click()
    text = line.locator(".text")
    text.fill("The ferry carries commuters.")
    line.get_by_role("button", name="Save").click()
    page.wait_for_function("t => document.querySelector('#total').textContent !== t", arg=before)
    after = page.text_content("#total")
    assert float(after.split()[0]) < float(before.split()[0]) - 2
    assert "short" in page.text_content("#fit")
    assert "The ferry carries commuters." in page.text_content("#script")
    page.screenshot(path=screens / "2-edited.png", full_page=True)

    page.click("#render")
    page.wait_for_selector("#player:not([hidden])", timeout=180_000)
    page.wait_for_function("document.querySelectorAll('#chapters button').length >= 2")
    assert "meets the preset" in page.text_content("#measured")
    assert page.input_value("#loudness") == "podcast"
    page.screenshot(path=screens / "3-rendered.png", full_page=True)

    # Play from the second chapter: the player moves there and plays on.
    second = page.locator("#chapters button").nth(1)
    start = float(json.loads(page.evaluate(
        "fetch(document.querySelector('#dl-json').href).then(r => r.text())"))
        ["segments"][1]["start"])
    second.click()
    page.wait_for_function(f"document.querySelector('#audio').currentTime > {start + 0.2}",
                           timeout=20_000)
    at = page.evaluate("document.querySelector('#audio').currentTime")
    assert start <= at < start + 10
    page.screenshot(path=screens / "4-playing.png", full_page=True)

    page.fill("#who", "A. Editor")
    page.click("#approve")
    page.wait_for_function("document.querySelector('#approved').textContent.length > 0")
    page.screenshot(path=screens / "5-approved.png", full_page=True)
    [approved] = list((desk / "briefings").glob("*.json"))
    assert json.loads(approved.read_text("utf-8"))["approved"]["by"] == "A. Editor"
    # Nothing was asked of any server but the studio's own.
    assert asked and all(url.startswith(base) for url in asked)


def test_a_bulletin_shows_its_running_order(studio, browser, fixtures_dir, tmp_path):
    base, _desk = studio
    screens = Path(os.environ.get("STUDIO_SCREENS") or tmp_path / "screens")
    screens.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(base + "/")
    page.wait_for_selector("#template option", state="attached")
    names = ("wire-story.txt", "local-news.txt", "bbc-shape.txt")
    page.fill("#text", (fixtures_dir / names[0]).read_text(encoding="utf-8"))
    for k, name in enumerate(names[1:]):
        page.click("#add-story")
        page.locator("#more-stories textarea").nth(k).fill(
            (fixtures_dir / name).read_text(encoding="utf-8"))
    assert page.input_value("#duration") == "3:00"  # a bulletin's length
    page.fill("#duration", "1:30")
    page.click("#start")
    page.wait_for_selector("#timeline .seg")
    # The bar is the running order: the opening, each story whole, the sign-off.
    assert page.locator("#timeline .seg").count() == 5
    assert page.locator("#article h4").count() == 3
    line = page.locator('.segment[data-id="s2-lead"] .line').first
    line.click()
    source = page.locator("#article .sent.source")
    assert source.count() == 1 and source.get_attribute("data-key").startswith("s2:")
    page.screenshot(path=screens / "6-bulletin.png", full_page=True)
