"""Word times through the whole chain (the fit, the mix, the limiter, the encoder's delay)
and through an edited script, checked against the WAV as scipy reads it."""

import json
import subprocess
import sys
import warnings

import numpy as np
from scipy.io import wavfile

LOUD = 10 ** (-40 / 20)


def read(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the BWF chunks scipy does not read
        rate, data = wavfile.read(path)
    return rate, data.astype(np.float64) / 2 ** 31


def onset_after_pause(samples, rate, a, b):
    """Seconds where sound starts again after the last quiet run of 60 ms or more between
    a and b seconds, or None when there is none."""
    start = int(a * rate)
    loud = np.flatnonzero(np.abs(samples[start:int(b * rate)]) > LOUD)
    gaps = np.flatnonzero(np.diff(loud) >= 0.06 * rate)
    return (start + loud[gaps[-1] + 1]) / rate if gaps.size else None


def starts_on_onsets(wav, sidecar) -> int:
    """Checks each word that follows a comma's pause against the onset after that pause;
    returns how many were checked."""
    rate, samples = read(wav)
    checked = 0
    for sentence in sidecar["sentences"]:
        words = sentence["words"]
        assert " ".join(w["w"] for w in words) == sentence["text"]
        for before, word in zip(words, words[1:], strict=False):
            if not before["w"].endswith(","):
                continue
            onset = onset_after_pause(samples, rate, before["start"], word["start"] + 0.1)
            if onset is None:
                continue  # the voice ran on through this comma
            assert abs(word["start"] - onset) <= 0.030, (word, onset)
            checked += 1
    return checked


def test_word_times_hold_in_the_file_and_through_an_edited_script(tmp_path, sample_path):
    def run(*args):
        done = subprocess.run([sys.executable, "-m", "briefing.cli", *args], cwd=tmp_path,
                              capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, done.stderr

    run("make", str(sample_path), "-d", "45", "-o", "made.wav")
    made = json.loads((tmp_path / "made.json").read_text(encoding="utf-8"))
    assert starts_on_onsets(tmp_path / "made.wav", made) >= 3
    # The producer edits the script (a line cut, a word changed) and voices it as written.
    run("script", str(sample_path), "-d", "45", "-o", "s.md")
    script = (tmp_path / "s.md").read_text(encoding="utf-8")
    spoken = [line for line in script.splitlines() if line and line[0].isupper()]
    assert "harbour ferry" in spoken[0]
    edited = script.replace(spoken[1] + "\n", "").replace(
        spoken[0], spoken[0].replace("harbour ferry", "harbour boat"))
    (tmp_path / "s.md").write_text(edited, encoding="utf-8")
    run("make", "--script", "s.md", "-o", "edited.wav")
    voiced = json.loads((tmp_path / "edited.json").read_text(encoding="utf-8"))
    said = [w["w"] for s in voiced["sentences"] for w in s["words"]]
    assert said[:len(spoken[0].split())] == spoken[0].replace("ferry", "boat").split()
    assert spoken[1] not in [s["text"] for s in voiced["sentences"]]
    assert starts_on_onsets(tmp_path / "edited.wav", voiced) >= 2
