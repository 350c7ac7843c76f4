"""The fit's loop, with a stand-in engine whose speech runs a known amount off the
estimate (the same loop with the real engine and decoder: tests/end_to_end/test_fit.py)."""

import pytest

from briefing.clock.fit import Budget, RenderCache, fit
from briefing.clock.plan import gaps, plan_script, reach, replanner
from briefing.clock.ranges import NATURAL_PAUSES, PAUSE_RANGE, RATE_RANGE, natural, pause_scale
from briefing.ingest.article import load_article
from briefing.script.templates import ScriptTemplate, find_template
from briefing.voices.profiles import as_cast, load_voice


@pytest.fixture(scope="module")
def story(sample_path):
    return load_article(sample_path), ScriptTemplate(find_template("brief"))


@pytest.mark.parametrize("target", [30.0, 60.0, 120.0])
@pytest.mark.parametrize("factor", [0.85, 1.0, 1.15])
def test_the_fit_lands_whatever_the_voice_does(story, fake_engines, target, factor):
    article, template = story
    voice = as_cast(load_voice())
    first = plan_script(article, template, voice, target)
    cache = RenderCache(engines=fake_engines(factor))
    fitted = fit(first, voice, Budget(target, 0.5), cache, replanner(article, template, target))
    miss = reach(fitted.speech, fitted.pauses, target)
    assert miss <= 0.5 or fitted.plan.short  # or the article ran out
    # The pace stays within its range of the profile's.
    assert RATE_RANGE[0] * voice.rate - 1 <= fitted.voice.rate <= RATE_RANGE[1] * voice.rate + 1
    assert fitted.pauses == pytest.approx(gaps(fitted.script.segments, fitted.voice))


def test_a_wrong_estimate_is_replanned_and_only_new_sentences_are_spoken(story, fake_engines):
    article, template = story
    voice = as_cast(load_voice())
    cache = RenderCache(engines=fake_engines(1.3))  # speech 30% longer than estimated
    first = plan_script(article, template, voice, 60.0)
    fitted = fit(first, voice, Budget(60.0, 0.5), cache, replanner(article, template, 60.0))
    assert fitted.passes >= 2
    assert reach(fitted.speech, fitted.pauses, 60.0) <= 0.5
    # Each pace has its engine, and no engine says the same sentence twice.
    assert fake_engines.made and all(len(e.spoken) == len(set(e.spoken))
                                     for e in fake_engines.made)
    assert cache.rendered == sum(len(e.spoken) for e in fake_engines.made)


def test_an_edited_script_keeps_its_words_and_moves_only_the_pace(story, fake_engines):
    article, template = story
    voice = as_cast(load_voice())
    first = plan_script(article, template, voice, 60.0)
    cache = RenderCache(engines=fake_engines(1.05))
    fitted = fit(first, voice, Budget(60.0, 0.5), cache, replan=None)
    assert [seg.sentences for seg in fitted.script.segments] == \
        [seg.sentences for seg in first.script.segments]
    assert fitted.voice.rate != voice.rate  # a slower voice is paced up



def test_the_pace_moves_before_pauses_leave_their_natural_range(story, fake_engines):
    article, template = story
    voice = as_cast(load_voice())
    first = plan_script(article, template, voice, 60.0)
    # Speech 3% quicker than estimated: at the profile's pace, only pauses stretched past
    # their natural range (but within what assembly may do) would fill the time.
    probe = RenderCache(engines=fake_engines(0.97))
    speech = sum(probe.audio(voice.voice(seg.role), s).seconds
                 for seg in first.script.segments for s in seg.sentences)
    pauses = gaps(first.script.segments, voice)
    assert NATURAL_PAUSES[1] < (60.0 - speech) / pauses <= PAUSE_RANGE[1]
    # The script as written (no re-plan): the fit slows the voice instead.
    fitted = fit(first, voice, Budget(60.0, 0.5), RenderCache(engines=fake_engines(0.97)),
                 replan=None)
    assert fitted.voice.rate < voice.rate
    assert natural(pause_scale(fitted.speech, fitted.pauses, 60.0))


class LongCommas:
    """A stand-in engine that pauses 0.6 s at every comma: longer than the profile's
    sentence pause (0.4 s), as a slow neural voice can."""

    def __init__(self, voice) -> None:  # noqa: ANN001 - a Voice
        self.voice = voice

    def synthesize(self, text: str):  # noqa: ANN201 - an AudioChunk
        import numpy as np

        from briefing.voices.tts import AudioChunk

        rate = 22050
        parts = []
        for k, piece in enumerate(text.split(",")):
            n = round(0.33 * len(piece.split()) * rate)
            parts.append(0.2 * np.sin(np.arange(n) * 2 * np.pi * 220 / rate))
            if k < text.count(","):
                parts.append(np.zeros(round(0.6 * rate)))
        return AudioChunk(np.concatenate(parts).astype(np.float32), rate, text)


def test_pauses_keep_their_order_when_the_engine_pauses_long_at_commas(story):
    from briefing.audio.assembly import assemble

    article, template = story
    voice = as_cast(load_voice())
    first = plan_script(article, template, voice, 60.0)
    fitted = fit(first, voice, Budget(60.0, 0.5), RenderCache(engines=LongCommas),
                 replanner(article, template, 60.0))
    rendered = assemble(fitted.script.segments, fitted.chunks,
                        fitted.voice.anchor.sentence_pause, 60.0, rate=22050)
    pairs = list(zip(rendered.sentences, rendered.sentences[1:], strict=False))
    within = [b.start - a.end for a, b in pairs if a.segment == b.segment]
    between = [b.start - a.end for a, b in pairs if a.segment != b.segment]
    assert within and between
    # The engine's own pause inside a sentence < every sentence pause < every segment pause.
    assert min(within) > 0.6
    assert min(between) > max(within)


class CommaPauses:
    """A stand-in engine at the estimate's pace (moving with the rate) that pauses 0.6 s at
    each comma: long enough that the fit raises the sentence pause above it."""

    def __init__(self, voice) -> None:  # noqa: ANN001 - a Voice
        self.voice = voice

    def synthesize(self, text: str):  # noqa: ANN201 - an AudioChunk
        import numpy as np

        from briefing.clock.timing import sentence_seconds
        from briefing.voices.tts import AudioChunk

        rate, pieces = 22050, text.split(",")
        each = sentence_seconds(text, self.voice) / len(pieces)
        parts = []
        for k, _piece in enumerate(pieces):
            parts.append(0.2 * np.sin(np.arange(round(each * rate)) * 2 * np.pi * 220 / rate))
            if k < len(pieces) - 1:
                parts.append(np.zeros(round(0.6 * rate)))
        return AudioChunk(np.concatenate(parts).astype(np.float32), rate, text)


def test_the_pace_is_set_from_the_pauses_as_ordered_not_the_profile_s(story):
    from briefing.clock.fit import ordered

    article, template = story
    voice = as_cast(load_voice())
    first = plan_script(article, template, voice, 60.0)
    probe = RenderCache(engines=CommaPauses)
    chunks = tuple(tuple(probe.audio(voice.voice(seg.role), s) for s in seg.sentences)
                   for seg in first.script.segments)
    speech = sum(c.seconds for seg in chunks for c in seg)
    script, raised = ordered(first.script, voice, chunks)
    longer = gaps(script.segments, raised)
    assert longer > 1.5 * gaps(first.script.segments, voice)  # the engine's commas raised them
    # A clock a second short of what the raised pauses can give at their tightest: at the
    # profile's pauses it looks reachable without a change of pace; it is not.
    target = speech + PAUSE_RANGE[0] * longer - 1.0
    fitted = fit(first, voice, Budget(target, 0.5), RenderCache(engines=CommaPauses),
                 replan=None)
    assert fitted.voice.rate > voice.rate
    assert reach(fitted.speech, fitted.pauses, target, within=PAUSE_RANGE) <= 0.5
