"""Changing sample rates: one resampler for the whole programme's path."""

from __future__ import annotations

import numpy as np

QUALITY = "HQ"
"""libsoxr's high quality: passband flat to 95% of the lower Nyquist, images and aliases
under -140 dB (bench/resampler.py measures it against scipy's polyphase filter)."""


def resample(samples: np.ndarray, source: int, target: int) -> np.ndarray:
    """``samples`` at rate ``source`` to rate ``target``, float32: libsoxr (soxr), the one
    resampler from the engines' rate to the programme's, for music, and from the
    programme's to each file's."""
    if source == target:
        return samples
    import soxr

    return soxr.resample(np.asarray(samples, dtype=np.float32), source, target,
                         quality=QUALITY)
