import re

import pytest

from briefing.config import parse_duration, settings_from_cli, slugify
from briefing.core.errors import OptionError


def test_durations_as_producers_write_them():
    assert parse_duration("60") == 60
    assert parse_duration("45s") == 45
    assert parse_duration("1:30") == 90
    with pytest.raises(OptionError):
        parse_duration("a minute")


def test_output_must_be_mp3_or_wav(tmp_path):
    with pytest.raises(OptionError, match=r"\.mp3"):
        settings_from_cli("a.txt", "60", "brief", output=str(tmp_path / "x.ogg"))


def test_slug_cuts_at_a_word():
    slug = slugify("Port Alder's harbour ferry returns next month after storm repairs, city says")
    assert slug == "port-alders-harbour-ferry-returns-next-month-after-storm"
    assert slugify("¿?") == "briefing"


def test_wav_output_implies_wav_format(tmp_path):
    settings = settings_from_cli("a.txt", "60", "brief", output=str(tmp_path / "x.wav"))
    assert settings.format.value == "wav"


@pytest.mark.parametrize(("option", "value", "message"), [
    ("loudness", "loud", "loudness preset 'loud'"),
    ("audio_format", "ogg", "format 'ogg'"),
    ("bitrate", 100, "bitrate '100'"),
    ("wav_bits", 32, "WAV bit depth '32'"),
    ("sidecars", "json,pdf", "sidecars 'json,pdf'"),
    ("duck", 99, "duck 99 dB"),
    ("room_tone", -20.0, "room tone -20 dBFS"), ("room_tone", -120.0, "room tone -120 dBFS"),
])
def test_bad_delivery_options(option, value, message):
    with pytest.raises(OptionError, match=message):
        settings_from_cli("a.txt", "60", "brief", **{option: value})


@pytest.mark.parametrize(("options", "message"), [
    ({"drop_folder": "/no/such/folder"}, "drop folder /no/such/folder does not exist"),
    ({"drop_folder": ".", "drop_name": "{when}"}, "--name '{when}' cannot name a file"),
    ({"drop_folder": ".", "drop_name": "../{cart}"}, "not a file name"),
    ({"drop_folder": ".", "cart": "12/34"}, "--cart '12/34' must be"),
    ({"drop_folder": ".", "output": "x.wav"}, "give -o or --drop-folder, not both"),
    ({"kill_after": "soon"}, "--kill-after 'soon' is not a time window"),
])
def test_bad_drop_folder_options(options, message):
    with pytest.raises(OptionError, match=re.escape(message)):
        settings_from_cli("a.txt", "60", "brief", **options)
