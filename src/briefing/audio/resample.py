"""Changing sample rates: one resampler for the whole programme's path."""

from __future__ import annotations

import numpy as np


def resample(samples: np.ndarray, source: int, target: int) -> np.ndarray:
    """``samples`` at rate ``source`` to rate ``target``, float32: scipy's polyphase filter
    (a Kaiser-windowed FIR), the one resampler from the engines' rate to the programme's
    and from the programme's to each file's."""
    if source == target:
        return samples
    from concurrent.futures import ThreadPoolExecutor
    from math import gcd

    from scipy.signal import resample_poly

    from .loudness import BLOCK

    g = gcd(source, target)
    up, down = target // g, source // g
    # A block at a time into float32, each with enough neighbours for the filter's reach
    # (resample_poly's own: 10 taps per rate); blocks start on multiples of ``down`` so
    # their output samples fall where the whole signal's do.
    margin = down * -(-(10 * max(up, down) // up + 2) // down)
    step = down * max(1, BLOCK // down)
    out = np.empty(-(-len(samples) * up // down), dtype=np.float32)

    def convert(start: int) -> None:
        end = min(len(samples), start + step)
        lo, hi = max(0, start - margin), min(len(samples), end + margin)
        part = resample_poly(np.asarray(samples[lo:hi], dtype=np.float64), up, down)
        first, count = (start - lo) * up // down, -(-end * up // down) - start * up // down
        out[start * up // down:start * up // down + count] = part[first:first + count]

    # The filter lets go of Python's lock: blocks are converted two at a time, each into
    # its own part of the result.
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(convert, range(0, len(samples), step)))
    return out
