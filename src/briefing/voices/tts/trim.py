"""Silence trimming shared by the engines: chapter marks sit on the speech onset and the
pauses between sentences are ours to set. Each sentence leaves with soft edges: no DC,
a short fade in before its onset and a fade out after its release."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

SILENCE = 300 / 32768
"""|sample| above this (about -40 dBFS) is where speech starts."""
RELEASE = 10 ** (-60 / 20)
"""|sample| above this (-60 dBFS) is still the last word dying away: kept, not cut."""
LEAD_IN = 0.003
"""Seconds kept before the first sound, faded in."""
TAIL = 0.02
"""Seconds kept after the release, the last FADE_OUT of them faded out."""
FADE_OUT = 0.01
HIGH_PASS = 40.0
"""Hz: below this an engine's output holds only DC offset and rumble (espeak's sits at
-51 to -54 dBFS)."""


def trim(samples: np.ndarray, rate: int) -> np.ndarray:
    """Float samples without DC, without leading and trailing silence, faded in over the
    short lead-in and out over the end of the tail (float32, as the engines hand on)."""
    return trimmed(samples, rate)[0]


def trimmed(samples: np.ndarray, rate: int) -> tuple[np.ndarray, int]:
    """``trim``'s result, and the first sample of the input it keeps (an engine's word
    times move back by that much)."""
    samples = _without_dc(np.asarray(samples, dtype=np.float32), rate)
    loud = np.flatnonzero(np.abs(samples) > SILENCE)
    if loud.size == 0:
        return samples[:0], 0
    start = max(0, loud[0] - int(LEAD_IN * rate))
    dying = np.flatnonzero(np.abs(samples[loud[-1]:]) > RELEASE)
    end = min(samples.size, loud[-1] + dying[-1] + 1 + int(TAIL * rate))
    out = samples[start:end].copy()
    out -= out.mean()  # what the filter leaves of the offset over so short a stretch
    fade_in = min(loud[0] - start, out.size)
    if fade_in:
        out[:fade_in] *= _half_cosine(fade_in).astype(np.float32)
    fade_out = min(int(FADE_OUT * rate), out.size - fade_in)
    if fade_out > 0:
        out[out.size - fade_out:] *= _half_cosine(fade_out)[::-1].astype(np.float32)
    return out, int(start)


def _half_cosine(n: int) -> np.ndarray:
    """A ramp from 0 towards 1 over ``n`` samples, smooth at both ends."""
    return 0.5 - 0.5 * np.cos(np.pi * (np.arange(n) + 0.5) / n)


def _without_dc(samples: np.ndarray, rate: int) -> np.ndarray:
    """A first-order high-pass at HIGH_PASS Hz, started at rest on the first sample (no
    step). Its delay over the speech band is a few microseconds: the onset stays put."""
    from scipy.signal import lfilter

    if samples.size == 0:
        return samples
    b, a, rest = _high_pass(rate)
    out, _ = lfilter(b.astype(np.float32), a.astype(np.float32), samples,
                     zi=(rest * samples[0]).astype(np.float32))
    return out


@lru_cache(maxsize=4)
def _high_pass(rate: int) -> tuple:
    """The filter's coefficients, and its state at rest on a steady input of 1."""
    from scipy.signal import butter, lfilter_zi

    b, a = butter(1, HIGH_PASS, "highpass", fs=rate)
    return b, a, lfilter_zi(b, a)


PAUSE_FLOOR = 10 ** (-50 / 20)
"""|sample| under this (-50 dBFS) inside a sentence is one of the engine's own pauses."""


def longest_pause(samples: np.ndarray, rate: int, shortest: float = 0.06) -> float:
    """Seconds of the longest quiet run inside a sentence's audio (the engine's own pause
    at a comma or a semicolon); runs under ``shortest`` are a stop consonant's closure."""
    quiet = np.concatenate([[False], np.abs(np.asarray(samples)) < PAUSE_FLOOR, [False]])
    edges = np.flatnonzero(np.diff(quiet.astype(np.int8)))
    runs = (edges[1::2] - edges[::2]) / rate
    runs = runs[runs >= shortest]
    return float(runs.max()) if runs.size else 0.0
