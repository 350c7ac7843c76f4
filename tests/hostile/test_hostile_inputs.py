"""Articles, script files and music as the web, colleagues and careless hands give them."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from briefing.ingest.article import MAX_ARTICLE_BYTES

from .conftest import refused, succeeded


@pytest.mark.parametrize("path, fragment", [
    ("/dev/zero", "not a regular file"), ("/dev/urandom", "not a regular file"),
    ("/dev/null", "not a regular file"), ("missing.txt", "not found"),
    (".", "folder"),
])
def test_articles_that_are_not_files(desk, path, fragment):
    with desk.unchanged():
        refused(desk.run("make", path, "-d", "10"), fragment)


def test_a_fifo_is_not_waited_on(desk):
    os.mkfifo(desk.path("pipe"))
    with desk.unchanged():
        refused(desk.run("preview", "pipe"), "not a regular file")


@pytest.mark.parametrize("data, fragment", [
    (b"", "empty"), (b"   \n\n\t  \n", "empty"),
    (bytes(range(256)) * 40, "not text"), (b"\x00" * 5000, "not text"),
    (b"Headline\n\n" + b"\x01\x02\x03\x04\x05" * 400, "not text"),
    (b"Just a headline", "no story found"),
    (b"<html><head><script>var a = 1;</script></head><body></body></html>",
     "no story found"),
])
def test_articles_with_nothing_to_read(desk, data, fragment):
    desk.write("bad.txt", data)
    with desk.unchanged():
        refused(desk.run("make", "bad.txt", "-d", "10"), fragment)


def test_an_article_too_large(desk):
    desk.write("huge.txt", b"The council met. " * (MAX_ARTICLE_BYTES // 17 + 10))
    with desk.unchanged():
        refused(desk.run("preview", "huge.txt"), "larger than 5 MB")


def test_endless_stdin_is_read_only_so_far(desk):
    """`yes | briefing preview -`: a bounded read, then a clear refusal."""
    source = subprocess.Popen(["yes", "The council met on Monday."], stdout=subprocess.PIPE)
    try:
        with desk.unchanged():
            refused(desk.process("preview", "-", stdin=source.stdout), "larger than 5 MB")
    finally:
        source.kill()
        source.wait()


def test_closed_stdin(desk):
    with desk.unchanged():
        refused(desk.process("preview", "-", close_stdin=True), "no standard input")


@pytest.mark.parametrize("text, script", [
    ("Мэр города Иван Петров заявил в понедельник, что новый мост откроется в мае. "
     "Жители города сказали, что они приветствуют эту новость.", "Cyrillic"),
    ("قال رئيس البلدية يوم الاثنين إن الجسر الجديد سيفتح في مايو بعد عامين من العمل. "
     "وقال السكان إنهم يرحبون بالخبر.", "Arabic"),
    ("市长周一表示，新桥将在五月开放。"
     "居民们说，他们欢迎这个消息，并希望大桥能带来更多游客。", "Cjk"),
])
def test_an_article_the_voice_cannot_read_is_named(desk, text, script):
    desk.write("foreign.txt", "Headline\n\n" + text + "\n")
    with desk.unchanged():
        refused(desk.run("make", "foreign.txt", "-d", "10"), script, "en-us")


def test_stray_controls_and_nul_bytes_are_dropped_not_refused(desk):
    story = desk.path("story.txt").read_bytes()
    desk.write("noisy.txt", story.replace(b". ", b".\x00 ", 2).replace(b"the ", b"the\x07 ", 3))
    out = desk.run("preview", "noisy.txt", "--json")
    succeeded(out)
    spoken = " ".join(s["text"] for s in json.loads(out.stdout)["segments"])
    assert "\x00" not in spoken and "\x07" not in spoken


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "latin-1", "utf-8-sig"])
def test_other_encodings_are_read(desk, encoding):
    text = desk.path("story.txt").read_text(encoding="utf-8").replace("’", "'")
    desk.write("enc.txt", text.encode(encoding))
    out = desk.run("preview", "enc.txt", "--json")
    succeeded(out)
    assert json.loads(out.stdout)["title"].startswith("Port Alder")


@pytest.mark.parametrize("markup", [
    '<speak><break time="100s"/>', "<prosody rate='x-slow'>", "[[h@'l@U]]",
    "<!-- a comment -->", '<audio src="file:///etc/passwd"/>', "\u202ereversed\u202c",
])
def test_markup_in_an_article_is_never_spoken(desk, markup):
    story = desk.path("story.txt").read_text(encoding="utf-8")
    first_body = story.index("The city of Port Alder")
    desk.write("marked.txt", story[:first_body] + markup + " " + story[first_body:])
    out = desk.run("make", "marked.txt", "-d", "12", "-o", "m.mp3")
    succeeded(out)
    sidecar = json.loads(desk.path("m.json").read_text(encoding="utf-8"))
    spoken = " ".join(s["text"] for s in sidecar["segments"])
    for piece in ("<", ">", "[[", "break", "prosody", "\u202e", "passwd"):
        assert piece not in spoken


SCRIPT_HEAD = "---\ntitle: T\nrate: 165\n---\n\n"


@pytest.mark.parametrize("text, fragment", [
    (SCRIPT_HEAD + "Words before any heading.\n", "before the first segment"),
    (SCRIPT_HEAD + "## only-a-heading | Title | anchor\n", "no segments with text"),
    (SCRIPT_HEAD + "## broken heading\nSome words.\n", "a heading must read"),
    ("---\ntitle: T\nrate: fast\n---\n## a | A | anchor\nHello there.\n", "bad value"),
    (SCRIPT_HEAD + "## a | A | anchor\nOne.\n## a | B | anchor\nTwo.\n", "used twice"),
    (b"\xff\xfe\x00\x00binary", "cannot read script"),
])
def test_script_files_that_cannot_be_voiced(desk, text, fragment):
    desk.write("edit.md", text)
    with desk.unchanged():
        refused(desk.run("make", "--script", "edit.md", "-d", "10"), fragment)


def test_markup_that_reaches_a_voice_is_not_spoken():
    """However text reaches the engine (article, script file, template wording), the
    voice says the words and nothing of the markup: same audio as the clean text."""
    from briefing.voices.profiles import load_voice
    from briefing.voices.tts import get_engine

    voice = load_voice("default")
    marked = "The ferry <break time='20s'/> returns [[h@'l@U]] next month."
    assert voice.speak(marked) == "The ferry returns next month."
    engine = get_engine(voice)
    assert engine.synthesize(voice.speak(marked)).pcm == \
        engine.synthesize("The ferry returns next month.").pcm


def test_a_script_that_is_a_device(desk):
    with desk.unchanged():
        refused(desk.run("make", "--script", "/dev/zero", "-d", "10"), "script")


# ------------------------------------------------------------------ music


@pytest.mark.parametrize("poison", [float("nan"), float("inf"), 1e6])
def test_a_bed_with_broken_samples(desk, tone, poison):
    desk.write("bed.wav", tone(3.0, poison=poison))
    with desk.unchanged():
        refused(desk.run("make", "story.txt", "--bed", "bed.wav", "-d", "10"), "bed.wav",
                "broken samples")


def test_an_intro_longer_than_the_briefing(desk, tone):
    desk.write("long.wav", tone(30.0, rate=8000))
    with desk.unchanged():
        refused(desk.run("make", "story.txt", "--intro", "long.wav", "-d", "10"),
                "longer than the whole briefing")


def test_a_two_hour_bed_is_decoded_only_as_far_as_needed(desk):
    """Two hours of 8 kHz audio decode to 2.5 GB at 44.1 kHz floats; the cap is 3 GB."""
    import numpy as np
    from scipy.io import wavfile

    wavfile.write(desk.path("long.wav"), 8000, np.zeros(8000 * 7200, dtype=np.int16))
    succeeded(desk.process("make", "story.txt", "--bed", "long.wav", "-d", "10",
                           "-o", "b.mp3"))
    assert desk.path("b.mp3").stat().st_size > 0


@pytest.mark.parametrize("option", ["--intro", "--outro", "--bed"])
@pytest.mark.parametrize("path, fragment", [
    ("/dev/zero", "not a regular file"), ("gone.wav", "not found"),
    ("story.txt", "not audio"), (".", "not a regular file"),
])
def test_music_that_is_not_music(desk, option, path, fragment):
    with desk.unchanged():
        refused(desk.run("make", "story.txt", option, path, "-d", "10"), fragment)


def test_an_empty_wav(desk, tone):
    desk.write("empty.wav", tone(0.0))
    with desk.unchanged():
        refused(desk.run("make", "story.txt", "--intro", "empty.wav", "-d", "10"), "no audio")
