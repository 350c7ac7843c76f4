"""Landing on the clock with the real engine and encoder, read back by a real decoder."""

import dataclasses
import json

import miniaudio
import pytest

from briefing.clock.fit import Budget, RenderCache, fit
from briefing.clock.plan import plan_script, replanner
from briefing.clock.ranges import NATURAL_PAUSES
from briefing.config import settings_from_cli
from briefing.pipeline import make
from briefing.script.templates import ScriptTemplate, find_template
from briefing.voices.profiles import load_voice


def decoded_seconds(path):
    audio = miniaudio.decode_file(str(path), output_format=miniaudio.SampleFormat.SIGNED16,
                                  nchannels=1, sample_rate=44100)
    return len(audio.samples) / 44100


@pytest.mark.parametrize(("template", "target"), [("headline", 15), ("brief", 45),
                                                  ("brief", 120)])
def test_lands_within_half_a_second(tmp_path, wire_path, sample_path, template, target):
    path = sample_path if target != 15 else wire_path
    out = tmp_path / "b.mp3"
    result = make(settings_from_cli(str(path), str(target), template, output=str(out)))
    rendered = decoded_seconds(out)
    assert abs(rendered - target) <= 0.5 + 0.03  # decoders add up to one frame of padding
    estimated = result.preview.timeline.total
    assert abs(estimated - rendered) / rendered <= 0.03
    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert abs(sidecar["duration_seconds"] - rendered) < 0.05
    # Landed by sentences and pace, the pauses as the voice's own: between two sentences
    # of a segment, the sentence pause (the profile's, or longer where the engine paused
    # longer inside a sentence) within its natural range.
    pause = result.sentence_pause
    assert pause >= load_voice("default").sentence_pause
    said = sidecar["sentences"]
    between = [b["start"] - a["end"] for a, b in zip(said, said[1:], strict=False)
               if a["segment"] == b["segment"]]
    assert between and all(NATURAL_PAUSES[0] * pause - 0.002 <= gap
                           <= NATURAL_PAUSES[1] * pause + 0.002 for gap in between)
    assert all(abs(gap - result.pause_scale * pause) < 0.002 for gap in between)


def test_too_short_article_is_not_padded(tmp_path, wire_path):
    out = tmp_path / "long.mp3"
    make(settings_from_cli(str(wire_path), "200", "brief", output=str(out)))
    rendered = decoded_seconds(out)
    assert rendered < 150  # the wire story has well under two minutes of copy
    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    spoken = {i for seg in sidecar["segments"] for i in seg["sources"]}
    assert len(spoken) >= 8  # and it used the article rather than stopping early


def test_fit_renders_only_what_changed(sample_path):
    from briefing.ingest.article import load_article

    article = load_article(sample_path)
    template = ScriptTemplate(find_template("brief"))
    voice = load_voice("default")
    # A deliberately wrong calibration (speech estimated 30% long) forces a re-plan.
    wrong = dataclasses.replace(voice, calibration=dataclasses.replace(
        voice.calibration, **{f: getattr(voice.calibration, f) * 1.3
                              for f in ("syllable", "word", "letter", "comma")}))
    cache = RenderCache()
    first = plan_script(article, template, wrong, 60.0)
    fitted = fit(first, wrong, Budget(60.0, 0.5), cache, replanner(article, template, 60.0))
    spoken = [s for seg in fitted.script.segments for s in seg.sentences]
    assert fitted.passes >= 2
    assert fitted.speech + 0.6 * fitted.pauses - 0.5 <= 60.0 <= fitted.speech + 1.6 * fitted.pauses
    # Every sentence was synthesised once, however many passes it took.
    assert cache.rendered < len(spoken) * fitted.passes
    assert cache.rendered <= len({s for s in spoken}) + len(
        {s for seg in first.script.segments for s in seg.sentences})
