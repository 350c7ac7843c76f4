"""Casts: a voice per role; the default template gives quotes to the reader."""

import json

import pytest

from briefing.config import settings_from_cli
from briefing.core.errors import VoiceError
from briefing.pipeline import make, preview
from briefing.voices.profiles import load_cast


def test_cast_spec():
    cast = load_cast("anchor=default,reader=reader")
    assert cast.voice("reader").name == "reader"
    assert cast.voice("anchor").name == "default"
    assert cast.voice("weather").name == "default"  # unknown roles fall back to the anchor
    assert load_cast("default").voice("reader").name == "default"


@pytest.mark.parametrize(("spec", "message"), [
    ("reader=default", "needs an anchor"),
    ("anchor=default,anchor=reader", "names a role twice"),
    ("anchor=", "ROLE=VOICE"),
    ("anchor=nobody", "unknown voice 'nobody'"),
])
def test_bad_casts(spec, message):
    with pytest.raises(VoiceError, match=message):
        load_cast(spec)


def test_brief_gives_the_quote_to_the_reader(sample_path):
    planned = preview(settings_from_cli(str(sample_path), "60", "brief"))
    roles = {seg.id: seg.role for seg in planned.plan.script.segments}
    assert roles["quote"] == "reader" and roles["lead"] == "anchor"


def test_cast_renders_each_role_in_its_voice(tmp_path, sample_path):
    out = tmp_path / "cast.mp3"
    result = make(settings_from_cli(str(sample_path), "60", "brief", "anchor=default,reader=reader",
                                    str(out)))
    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    voices = {seg["id"]: seg["voice"] for seg in sidecar["segments"]}
    assert voices["quote"] == "reader" and voices["lead"] == "default"
    assert sidecar["voice"] == "anchor=default,reader=reader"
    assert abs(result.timeline.total - 60.0) <= 0.5
