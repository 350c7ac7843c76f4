"""Float samples to the integer PCM that encoders, WAV files and engines exchange."""

from __future__ import annotations

import numpy as np

BLOCK = 1 << 18
"""Samples converted at a time: float64 temporaries stay small for a long programme."""


def encode(samples: np.ndarray, bits: int = 16, channels: int = 1) -> bytes:
    """Mono float samples in [-1, 1] to little-endian signed PCM of 16 or 24 bits,
    the same signal in every channel when ``channels`` > 1."""
    width = 2 if bits == 16 else 3
    out = np.empty((len(samples), channels, width), dtype=np.uint8)
    for start in range(0, len(samples), BLOCK):
        # In float64 whatever comes in: float32 arithmetic would round some samples otherwise.
        clipped = np.clip(np.asarray(samples[start:start + BLOCK], dtype=np.float64), -1.0, 1.0)
        if bits == 16:
            value = np.round(clipped * 32767).astype("<i2")
        else:
            value = np.round(clipped * 8388607).astype("<i4")
        out[start:start + len(value)] = value.view(np.uint8).reshape(-1, 1, value.itemsize)[
            :, :, :width]
    return out.tobytes()
