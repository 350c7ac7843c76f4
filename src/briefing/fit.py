"""The closed loop: render, measure, and adjust until the briefing lands on the clock.

In order of preference: choose a different sentence set using the measured
lengths (only new sentences are rendered), then change the speaking rate within
±8%, then (always, in assembly) stretch or shrink the pauses within 0.6x-1.6x.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .article import Article
from .plan import Plan, SpeechTime, gaps, paced_rate, plan_script, reach
from .script import Script, ScriptTemplate
from .timing import sentence_seconds
from .tts import AudioChunk, get_engine
from .voices import Cast, Voice, as_cast

MAX_REPLANS = 3


class RenderCache:
    """Sentence audio by (engine, voice, rate, pitch, volume, text).

    A fit re-renders only what changed between passes.
    """

    def __init__(self) -> None:
        self._audio: dict[tuple, AudioChunk] = {}
        self._engines: dict[tuple, object] = {}
        self.rendered = 0
        """Sentences actually synthesised (cache misses)."""

    @staticmethod
    def _voice_key(voice: Voice) -> tuple:
        return (voice.engine, voice.voice, voice.rate, voice.pitch, voice.volume)

    def audio(self, voice: Voice, text: str) -> AudioChunk:
        """Speech for one sentence of broadcast copy (the voice's lexicon applied)."""
        text = voice.speak(text)
        key = (*self._voice_key(voice), text)
        if key not in self._audio:
            vkey = self._voice_key(voice)
            if vkey not in self._engines:
                self._engines[vkey] = get_engine(voice)
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


def _render(script: Script, cast: Cast, cache: RenderCache):
    chunks = tuple(tuple(cache.audio(cast.voice(seg.role), s) for s in seg.sentences)
                   for seg in script.segments)
    speech = sum(c.seconds for seg in chunks for c in seg)
    return chunks, speech, gaps(script.segments, cast)


def _timer(cast: Cast, cache: RenderCache, ratio: float) -> SpeechTime:
    """Measured length where rendered, else the estimate corrected by this article's ratio."""
    def seconds(text: str, role: str) -> float:
        voice = cast.voice(role)
        got = cache.measured(voice, text)
        return got if got is not None else sentence_seconds(text, voice) * ratio
    return seconds


def fit(article: Article, template: ScriptTemplate | None, cast: Cast | Voice, target: float,
        tolerance: float, cache: RenderCache, first: Plan | None = None,
        replan: bool = True) -> Fitted:
    """Render the planned script and re-plan or re-pace until it can land on ``target``.

    With ``replan`` off (an edited script, voiced as written) only the pace and the
    pauses may change.
    """
    cast = as_cast(cast)
    plan = first or plan_script(article, template, cast, target)
    base_rate = cast.rate
    passes = 0
    best: tuple[float, Fitted] | None = None
    for _ in range(2):  # at the planned rate, then at a measured one
        if plan.rate != cast.rate:
            cast = cast.paced(plan.rate)
        seen: set[tuple] = set()
        for _ in range(MAX_REPLANS + 1):
            chunks, speech, pauses = _render(plan.script, cast, cache)
            passes += 1
            seen.add(tuple(seg.sentences for seg in plan.script.segments))
            miss = reach(speech, pauses, target)
            if best is None or miss < best[0]:
                best = (miss, Fitted(plan.script, chunks, cast, plan, passes, speech, pauses))
            if miss <= tolerance or not replan or template is None:
                if miss <= tolerance:
                    return dataclasses.replace(best[1], passes=passes)
                break
            estimated = sum(sentence_seconds(s, cast.voice(seg.role))
                            for seg in plan.script.segments for s in seg.sentences)
            replanned = plan_script(article, template, cast, target,
                                    seconds=_timer(cast, cache, speech / (estimated or 1)),
                                    base_rate=base_rate)
            replanned = dataclasses.replace(replanned, rate=cast.rate)
            if tuple(seg.sentences for seg in replanned.script.segments) in seen:
                break
            plan = replanned
        # Re-pace from what was measured, towards natural pauses.
        measured = _timer(cast, cache, 1.0)
        rate = paced_rate(plan.script.segments, cast, target, measured, base_rate)
        if rate == cast.rate:
            break
        plan = dataclasses.replace(plan, rate=rate)
    assert best is not None
    return dataclasses.replace(best[1], passes=passes)
