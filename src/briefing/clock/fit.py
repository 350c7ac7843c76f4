"""The closed loop: render, measure, and adjust until the briefing lands on the clock.

In order of preference: choose a different sentence set using the measured
lengths (only new sentences are rendered), then change the speaking rate within
±8%, so that (always, in assembly) the pauses stretch or shrink only within their natural
range, 0.8x-1.2x; beyond it, up to 1.6x, only when nothing else lands (`make` says so).
Never shorter than 0.8x, so a voice's pauses keep their order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from ..script.templates import Script
from ..voices.profiles import Cast, Voice, as_cast
from ..voices.tts import AudioChunk, Engine, get_engine
from ..voices.tts.trim import longest_pause
from .plan import Plan, Replan, SpeechTime, gaps, held, paced_rate, reach
from .ranges import PAUSE_RANGE
from .timing import sentence_seconds

MAX_REPLANS = 3


@dataclass(frozen=True)
class Budget:
    """What the voice must fill, and how near is near enough."""

    seconds: float
    """The voice's share of the programme: the target less what plays before and after
    it (intro, outro, the encoder's delay)."""
    tolerance: float
    """Seconds the voice may land from ``seconds`` once pace and pauses have done their
    part (``Settings.tolerance``)."""


class RenderCache:
    """Sentence audio by (engine, voice, rate, pitch, volume, engine options, text).

    A fit re-renders only what changed between passes.
    """

    def __init__(self, engines: Callable[[Voice], Engine] = get_engine) -> None:
        self._audio: dict[tuple, AudioChunk] = {}
        self._engines: dict[tuple, Engine] = {}
        self._engine_for = engines
        """How a voice's engine is made: the registry's, or a stand-in in the clock's tests."""
        self.rendered = 0
        """Sentences actually synthesised (cache misses)."""

    @staticmethod
    def _voice_key(voice: Voice) -> tuple:
        return (voice.engine, voice.voice, voice.rate, voice.pitch, voice.volume,
                tuple(sorted((k, str(v)) for k, v in voice.options.items())))

    def audio(self, voice: Voice, text: str) -> AudioChunk:
        """Speech for one sentence of broadcast copy (the voice's lexicon applied)."""
        text = voice.speak(text)
        key = (*self._voice_key(voice), text)
        if key not in self._audio:
            vkey = self._voice_key(voice)
            if vkey not in self._engines:
                self._engines[vkey] = self._engine_for(voice)
            self._audio[key] = self._engines[vkey].synthesize(text)
            self.rendered += 1
        return self._audio[key]

    def measured(self, voice: Voice, text: str) -> float | None:
        chunk = self._audio.get((*self._voice_key(voice), voice.speak(text)))
        return chunk.seconds if chunk else None


@dataclass(frozen=True)
class Fitted:
    """The script as it will be voiced, its audio, and how the fit got there."""

    script: Script
    chunks: tuple[tuple[AudioChunk, ...], ...]
    """Per segment, per sentence."""
    voice: Cast
    """The cast as rendered (its pace may differ from the profiles')."""
    plan: Plan
    """The plan that was rendered, with its estimate."""
    passes: int
    """Render passes: each renders only sentences not already in the cache."""
    speech: float
    pauses: float
    """Inserted pause time at the profile's lengths (before scaling)."""


ORDER_MARGIN = 1.15
"""A sentence pause at its shortest stays this much above the longest pause the engine
left inside a sentence, and a segment pause this much above a sentence pause."""


def ordered(script: Script, cast: Cast, chunks: tuple[tuple[AudioChunk, ...], ...]
            ) -> tuple[Script, Cast]:
    """The script and cast with pauses that keep their order whatever the engine does:
    the engine's own pauses inside sentences (a comma, measured in the audio) < the
    sentence pause at its shortest (``PAUSE_RANGE[0]``) < the segment pause. A profile's
    pauses are kept where they already do."""
    own = max((longest_pause(c.samples, c.sample_rate) for seg in chunks for c in seg),
              default=0.0)
    sentence = max(cast.anchor.sentence_pause, own * ORDER_MARGIN / PAUSE_RANGE[0])
    if sentence > cast.anchor.sentence_pause:
        cast = Cast(tuple((role, dataclasses.replace(v, sentence_pause=round(sentence, 3))
                           if role == "anchor" else v) for role, v in cast.voices))
    segment = round(sentence * ORDER_MARGIN, 3)
    if any(seg.pause_after < segment for seg in script.segments):
        script = dataclasses.replace(script, segments=tuple(
            dataclasses.replace(seg, pause_after=max(seg.pause_after, segment))
            for seg in script.segments))
    return script, cast


def _render(script: Script, cast: Cast, cache: RenderCache):
    chunks = tuple(tuple(cache.audio(cast.voice(seg.role), s) for s in seg.sentences)
                   for seg in script.segments)
    speech = sum(c.seconds for seg in chunks for c in seg)
    return chunks, speech, gaps(script.segments, cast)


def measured_time(cast: Cast, cache: RenderCache, ratio: float) -> SpeechTime:
    """Measured length where rendered, else the estimate corrected by this article's ratio."""
    def seconds(text: str, role: str) -> float:
        voice = cast.voice(role)
        got = cache.measured(voice, text)
        return got if got is not None else sentence_seconds(text, voice) * ratio
    return seconds


def fit(first: Plan, cast: Cast | Voice, budget: Budget, cache: RenderCache,
        replan: Replan | None = None) -> Fitted:
    """Render the planned script and re-plan or re-pace until it can land on the budget.

    ``replan`` makes a new plan from measured lengths (``plan.replanner``); without one (an
    edited script, voiced as written) only the pace and the pauses may change.
    """
    cast = as_cast(cast)
    plan, target, tolerance = first, budget.seconds, budget.tolerance
    base_rate = cast.rate
    passes = 0
    best: tuple[tuple[float, float], Fitted] | None = None
    for _ in range(2):  # at the planned rate, then at a measured one
        if plan.rate != cast.rate:
            cast = cast.paced(plan.rate)
        seen: set[tuple] = set()
        for _ in range(MAX_REPLANS + 1):
            chunks, speech, _ = _render(plan.script, cast, cache)
            passes += 1
            seen.add(tuple(seg.sentences for seg in plan.script.segments))
            script, voiced = ordered(plan.script, cast, chunks)
            pauses = gaps(script.segments, voiced)
            fixed = speech + held(script.segments)  # a sting's length is the clock's too
            # Off the clock beyond tolerance first, then pauses beyond their natural range.
            miss = (max(reach(fixed, pauses, target, within=PAUSE_RANGE) - tolerance, 0.0),
                    reach(fixed, pauses, target))
            if best is None or miss < best[0]:
                best = (miss, Fitted(script, chunks, voiced, plan, passes, speech, pauses))
            if miss == (0.0, 0.0):
                return dataclasses.replace(best[1], passes=passes)
            if replan is None:
                break
            estimated = sum(sentence_seconds(s, cast.voice(seg.role))
                            for seg in plan.script.segments for s in seg.sentences)
            timed = measured_time(cast, cache, speech / (estimated or 1))
            replanned = replan(cast, timed, base_rate)
            replanned = dataclasses.replace(replanned, rate=cast.rate)
            if tuple(seg.sentences for seg in replanned.script.segments) in seen:
                break
            plan = replanned
        # Re-pace from what was measured, towards natural pauses: the pauses as ordered
        # for the engine (`ordered` may have raised them), not the profile's.
        measured = measured_time(cast, cache, 1.0)
        rate = paced_rate(script.segments, voiced, target, measured, base_rate)
        if rate == cast.rate:
            break
        plan = dataclasses.replace(plan, rate=rate)
    assert best is not None
    return dataclasses.replace(best[1], passes=passes)
