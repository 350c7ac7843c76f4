"""A room-tone floor: quiet pink noise under the whole programme, for stations that would
rather the pauses did not drop to digital silence between sentences (and for 16-bit
delivery, where the floor also keeps fades from turning into the quantiser's buzz)."""

from __future__ import annotations

import numpy as np

ROOM_TONE_RANGE = (-80.0, -40.0)
"""dBFS RMS a floor may be set to: under -80 it is below 16-bit's own noise; over -40 it
is no longer a floor but a hiss a listener hears under the voice."""
SEED = 20260
"""The noise is the same on every run: a briefing stays byte-for-byte reproducible."""
BLOCK = 1 << 16

# Pink (1/f) noise from white: the three-pole, three-zero approximation in J. O. Smith's
# "Spectral Audio Signal Processing" (within 0.3 dB of 1/f from 10 Hz to 20 kHz at 44.1 kHz).
_PINK_B = np.array([0.049922035, -0.095993537, 0.050612699, -0.004408786])
_PINK_A = np.array([1.0, -2.494956002, 2.017265875, -0.522189400])


def add_room_tone(samples: np.ndarray, rate: int, level_dbfs: float) -> None:
    """Add, in place, pink noise kept to the voice's band (80 Hz to 8 kHz) at ``level_dbfs``
    RMS to mono float ``samples``."""
    from scipy.signal import butter, sosfilt, tf2sos

    band = butter(2, [80.0, min(8000.0, 0.45 * rate)], btype="bandpass", fs=rate,
                  output="sos")
    sos = np.vstack([tf2sos(_PINK_B, _PINK_A), band])
    # The filters' power gain, from their impulse response: white noise of unit variance
    # comes out with this variance.
    impulse = np.zeros(1 << 17)
    impulse[0] = 1.0
    scale = 10 ** (level_dbfs / 20) / np.sqrt(np.sum(sosfilt(sos, impulse) ** 2))
    rng = np.random.default_rng(SEED)
    state = np.zeros((sos.shape[0], 2))  # from rest: the noise fades in over a few ms
    for start in range(0, samples.size, BLOCK):
        white = rng.standard_normal(min(BLOCK, samples.size - start))
        noise, state = sosfilt(sos, white, zi=state)
        samples[start:start + white.size] += (noise * scale).astype(samples.dtype)
