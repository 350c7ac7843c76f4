"""Calibration with the real engine: render the built-in text, fit, write into a profile."""

import dataclasses

import pytest

from briefing.clock.calibration import calibrate, calibration_sentences, write_calibration
from briefing.clock.timing import sentence_seconds
from briefing.voices.profiles import load_voice
from briefing.voices.tts import get_engine


@pytest.fixture(scope="module")
def fast_voice():
    return dataclasses.replace(load_voice("default"), rate=190)


def test_calibration_text_is_news_shaped():
    sentences = calibration_sentences()
    assert len(sentences) >= 30
    assert sum(len(s.split()) for s in sentences) / len(sentences) > 20


def test_estimates_scale_with_rate():
    voice = load_voice("default")
    text = "The council voted on Tuesday to approve the harbour budget."
    slower = dataclasses.replace(voice, rate=voice.rate // 2)
    assert sentence_seconds(text, slower) == pytest.approx(2 * sentence_seconds(text, voice),
                                                           rel=0.02)


def test_calibrate_fits_a_new_rate(fast_voice, sample_path):
    from briefing.ingest.article import load_article
    from briefing.writing.style import speech_text

    report = calibrate(get_engine(fast_voice), fast_voice)
    assert report.calibration.rate == 190
    assert report.mean_error < 0.08
    assert 170 < report.words_per_minute < 215
    # Held out: the sample article's total speaking time is predicted within 5%.
    calibrated = dataclasses.replace(fast_voice, calibration=report.calibration)
    engine = get_engine(fast_voice)
    texts = [speech_text(s.text) for s in load_article(sample_path).sentences]
    predicted = sum(sentence_seconds(t, calibrated) for t in texts)
    measured = sum(engine.synthesize(t).seconds for t in texts)
    assert abs(predicted / measured - 1) < 0.05


def test_write_calibration_keeps_the_rest(tmp_path):
    from briefing.voices.profiles import Calibration

    path = tmp_path / "mine.toml"
    path.write_text('# my voice\nengine = "pyttsx3"\nrate = 150\n\n[calibration]\nsyllable = 9\n'
                    '\n[pauses]\nsentence = 0.4\n', encoding="utf-8")
    write_calibration(path, Calibration(syllable=0.05, word=0.04, rate=150))
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# my voice\n")
    assert "syllable = 9" not in text
    voice = load_voice(str(path))
    assert voice.calibration.syllable == 0.05 and voice.calibration.rate == 150
    assert voice.sentence_pause == 0.4 and voice.rate == 150


def test_cli_calibrate_writes_into_a_local_profile(tmp_path):
    """A profile in the working folder's ./voices is found by name and updated in place."""
    import subprocess
    import sys

    voice = tmp_path / "voices" / "quick.toml"
    voice.parent.mkdir()
    voice.write_text(load_voice("default").path.read_text(encoding="utf-8")
                     .replace("rate = 165\npitch", "rate = 175\npitch"), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "briefing.cli", "voices", "calibrate", "quick"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "wrote [calibration]" in result.stdout
    assert load_voice(str(voice)).calibration.rate == 175
