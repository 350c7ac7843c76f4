"""A sting in the running order: played as it is, in time held for it, the voice silent
under it, the bulletin still on its clock; a sting that cannot play is one line."""

import datetime as dt
import json
import shutil
import subprocess
import sys
import wave

import miniaudio
import numpy as np
import pytest

RATE = 44100
TONE = 660.0
STING = 2.5


def write_tone(path, seconds, rate=48000):
    t = np.arange(int(seconds * rate)) / rate
    tone = 0.3 * np.sin(2 * np.pi * TONE * t) * np.minimum(1.0, (seconds - t) / 0.2)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((tone * 32767).astype("<i2").tobytes())


def run(cwd, *args):
    return subprocess.run([sys.executable, "-m", "briefing.cli", "bulletin", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def desk(tmp_path_factory, fixtures_dir):
    desk = tmp_path_factory.mktemp("desk")
    for name in ("wire-story.txt", "local-news.txt"):
        shutil.copy(fixtures_dir / name, desk / name)
    write_tone(desk / "sting.wav", STING)
    (desk / "rundown.toml").write_text(
        'duration = "1:20"\n[[item]]\narticle = "wire-story.txt"\n'
        '[[item]]\nsound = "sting.wav"\ntitle = "Station sting"\n'
        '[[item]]\narticle = "local-news.txt"\n', encoding="utf-8")
    return desk


def test_the_sting_plays_in_its_own_time_and_the_bulletin_lands(desk):
    made = run(desk, "rundown.toml", "-o", "news.mp3")
    assert made.returncode == 0, made.stderr
    sidecar = json.loads((desk / "news.json").read_text(encoding="utf-8"))
    samples = np.asarray(miniaudio.decode_file(
        str(desk / "news.mp3"), output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1,
        sample_rate=RATE).samples)
    assert abs(samples.size / RATE - 80.0) <= 0.5 + 0.03
    # The fit counts the sting as the clock's: it lands as a bulletin without one does.
    assert abs(sidecar["duration_seconds"] - 80.0) <= 0.1
    [sting] = [s for s in sidecar["segments"] if s["title"] == "Station sting"]
    order = [i["id"] for i in sidecar["running_order"]]
    assert order.index(sting["id"]) == order.index("s1") + 1  # where the running order has it
    # The voice says nothing while the sting plays: the sentences around it end before it
    # and start after it.
    spoken = sidecar["sentences"]
    before = max(s["end"] for s in spoken if s["end"] <= sting["start"] + 1e-6)
    after = min(s["start"] for s in spoken if s["start"] >= sting["start"])
    assert before <= sting["start"] and after >= sting["start"] + STING
    # And what plays there is the sting: its tone, at the chapter's start, to ±10 ms.
    at = round(sting["start"] * RATE)
    window = samples[at:at + int(STING * RATE * 0.8)]
    spectrum = np.abs(np.fft.rfft(window))
    peak = np.fft.rfftfreq(window.size, 1 / RATE)[int(np.argmax(spectrum))]
    assert abs(peak - TONE) < 5.0
    onset = at - int(0.05 * RATE) + int(np.argmax(
        np.abs(samples[at - int(0.05 * RATE):at + RATE]) > 0.02))
    assert abs(onset - at) / RATE <= 0.010


@pytest.mark.parametrize("make, fragment", [
    (lambda d: None, "sound file not found"),
    (lambda d: (d / "sting.wav").write_bytes(b"RIFF not audio at all" * 10), "not audio"),
    (lambda d: write_tone(d / "sting.wav", 125.0, rate=8000), "longer than 120 s"),
])
def test_a_sting_that_cannot_play_is_one_line(tmp_path, desk, make, fragment):
    for name in ("wire-story.txt", "local-news.txt", "rundown.toml"):
        shutil.copy(desk / name, tmp_path / name)
    make(tmp_path)
    result = run(tmp_path, "rundown.toml", "-o", "news.mp3")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], result.stderr
    assert not (tmp_path / "news.mp3").exists()


def test_a_bulletin_goes_to_the_playout_folder_and_the_podcast_feed(tmp_path, desk):
    import feedparser

    from clients import read_cart

    drop = tmp_path / "playout"
    drop.mkdir()
    feed = tmp_path / "feed.xml"
    made = run(desk, "rundown.toml", "--format", "both", "--drop-folder", str(drop),
               "--cart", "7001", "--kill-after", "2h", "--name", "{cart}_news",
               "--podcast-feed", str(feed), "--base-url", "https://radio.example/news/", "--bed",
               str(desk / "sting.wav"), "--bed-level", "-30")
    assert made.returncode == 0, made.stderr
    wav = drop / "7001_news.wav"
    assert sorted(p.name for p in drop.iterdir() if p.suffix in (".wav", ".mp3")) == \
        ["7001_news.mp3", "7001_news.wav"]
    cart = read_cart(wav)
    assert cart["cut_id"] == "7001"
    start = dt.datetime.strptime(cart["start"], "%Y/%m/%d %H:%M:%S")
    end = dt.datetime.strptime(cart["end"], "%Y/%m/%d %H:%M:%S")
    assert end - start == dt.timedelta(hours=2)
    parsed = feedparser.parse(str(feed))
    assert not parsed.bozo and len(parsed.entries) == 1
    [enclosure] = parsed.entries[0].enclosures
    assert enclosure.href.startswith("https://radio.example/news/")
    assert enclosure.type == "audio/mpeg"
