"""Float samples to the integer PCM that encoders, WAV files and engines exchange."""

from __future__ import annotations

import numpy as np


def encode(samples: np.ndarray, bits: int = 16, channels: int = 1) -> bytes:
    """Mono float samples in [-1, 1] to little-endian signed PCM of 16 or 24 bits,
    the same signal in every channel when ``channels`` > 1."""
    clipped = np.clip(samples, -1.0, 1.0)
    if channels > 1:
        clipped = np.repeat(clipped, channels)
    if bits == 16:
        return np.round(clipped * 32767).astype("<i2").tobytes()
    wide = np.round(clipped * 8388607).astype("<i4")
    return wide.view(np.uint8).reshape(-1, 4)[:, :3].tobytes()
