"""Even level from sentence to sentence: a speech leveller, as a broadcast chain has.

Engines give their sentences as they come (Piper's vary by 3-4 LU, espeak's by about 1);
each sentence is gained part of the way to the median loudness of the programme's voice,
so no sentence jumps out or falls away. The programme's loudness is then set once
(``loudness.normalise``); its limiter takes more from a peaky sentence than from the rest
(Piper's short sign-off lost 2 LU where the others lost under 1), so ``settle`` looks again
after it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

STRENGTH = 0.85
"""Share of a sentence's distance from the median loudness taken away: some of speech's
own rise and fall stays."""
MOST = 6.0
"""dB a sentence is raised or lowered at most."""
SETTLED = 0.5
"""LU: after the programme's limiter, a sentence further than this from the median is gained
back to it (and the programme limited again)."""
SHORTEST = 0.4
"""Seconds: a sentence shorter than one BS.1770 block is left as it is."""


def sentence_gains(sentences: Sequence[np.ndarray], rate: int) -> list[float]:
    """A linear gain for each sentence's samples (float, at ``rate``)."""
    levels = [_loudness(s, rate) for s in sentences]
    heard = [v for v in levels if v is not None]
    if len(heard) < 2:
        return [1.0] * len(sentences)
    median = float(np.median(heard))
    return [1.0 if v is None else
            10 ** (float(np.clip(STRENGTH * (median - v), -MOST, MOST)) / 20) for v in levels]


def settle(samples: np.ndarray, rate: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Gain back, in place, each sentence (``spans``: its first and last sample) the limiter
    left further than ``SETTLED`` from the median loudness; whether any was. The caller
    limits the programme again, for a sentence raised may now peak over the ceiling."""
    levels = [_loudness(samples[a:b], rate) for a, b in spans]
    heard = [v for v in levels if v is not None]
    if len(heard) < 2:
        return False
    median = float(np.median(heard))
    moved = False
    for (a, b), level in zip(spans, levels, strict=True):
        if level is not None and abs(median - level) > SETTLED:
            gain = float(np.clip(median - level, -MOST, MOST))
            samples[a:b] *= np.asarray(10 ** (gain / 20), dtype=samples.dtype)
            moved = True
    return moved


def _loudness(samples: np.ndarray, rate: int) -> float | None:
    """BS.1770 loudness of one sentence, or None when too short or silent to say."""
    from .loudness import integrated

    if samples.size < SHORTEST * rate:
        return None
    level = integrated(samples, rate)
    return level if np.isfinite(level) and level > -70 else None


EDGE = 0.01
"""Seconds over which a sentence's offset correction fades in and out: no step at a join."""


def centre(samples: np.ndarray, rate: int, spans: Sequence[tuple[int, int]]) -> None:
    """Take out, in place, the offset the limiter left in each sentence (``spans``): a
    limiter takes more from one polarity's peaks when a voice's pulses lean one way
    (espeak-ng's Klatt variants: -52 dBFS over the programme). The correction fades in and
    out at the sentence's edges, so the pauses stay silent and no join steps."""
    for a, b in spans:
        part = samples[a:b]
        if part.size < 4:
            continue
        offset = np.full(part.size, float(part.mean()))
        edge = min(int(EDGE * rate), part.size // 2)
        ramp = 0.5 - 0.5 * np.cos(np.pi * (np.arange(edge) + 0.5) / edge)
        offset[:edge] *= ramp
        offset[part.size - edge:] *= ramp[::-1]
        part -= offset.astype(part.dtype)
