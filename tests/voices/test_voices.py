import pytest

from briefing.core.errors import VoiceError
from briefing.voices.profiles import list_voices, load_voice


def test_default_voice_is_a_radio_pace():
    voice = load_voice("default")
    assert voice.engine == "pyttsx3"
    assert 150 <= voice.rate <= 180
    assert voice.calibration.syllable > 0


def test_unknown_voice_lists_known_ones():
    assert "default" in list_voices()
    with pytest.raises(VoiceError, match="unknown voice 'robot'.*default"):
        load_voice("robot")


def test_bad_rate_is_rejected(tmp_path):
    path = tmp_path / "fast.toml"
    path.write_text('engine = "pyttsx3"\nrate = 900\n', encoding="utf-8")
    with pytest.raises(VoiceError, match="rate = 900 is outside 80 to 400"):
        load_voice(str(path))


def test_invalid_toml_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text("rate = = 3\n", encoding="utf-8")
    with pytest.raises(VoiceError, match="not valid TOML"):
        load_voice(str(path))
