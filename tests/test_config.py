import pytest

from briefing.config import parse_duration, settings_from_cli, slugify
from briefing.errors import OptionError


def test_durations_as_producers_write_them():
    assert parse_duration("60") == 60
    assert parse_duration("45s") == 45
    assert parse_duration("1:30") == 90
    with pytest.raises(OptionError):
        parse_duration("a minute")


def test_output_must_be_mp3(tmp_path):
    with pytest.raises(OptionError, match=r"\.mp3"):
        settings_from_cli("a.txt", "60", "brief", output=str(tmp_path / "x.wav"))


def test_slug_cuts_at_a_word():
    slug = slugify("Port Alder's harbour ferry returns next month after storm repairs, city says")
    assert slug == "port-alders-harbour-ferry-returns-next-month-after-storm"
    assert slugify("¿?") == "briefing"
