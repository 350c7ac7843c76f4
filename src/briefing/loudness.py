"""Loudness to a published standard: integrated loudness (ITU-R BS.1770, pyloudnorm)
and true peak (4x oversampling), with a look-ahead limiter for the ceiling."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy loads with the audio stages, not with every preview
    import numpy as np

HEADROOM = 0.7
"""dB kept below the true-peak ceiling: MP3 coding at 128 kbps adds peaks of up to about
0.6 dB to hard-limited speech."""
HOLD = 0.0015
"""Limiter look-ahead and smoothing, seconds: fast enough to shave single glottal pulses
of synthetic speech (high crest factor) without pumping whole syllables."""


class Preset(str, Enum):
    """Delivery standards: integrated target (LUFS) and true-peak ceiling (dBTP)."""

    EBU = "ebu"
    PODCAST = "podcast"
    ALEXA = "alexa"
    ATSC = "atsc"
    NONE = "none"

    @property
    def target(self) -> float | None:
        return {"ebu": -23.0, "podcast": -16.0, "alexa": -14.0, "atsc": -24.0}.get(self.value)

    @property
    def ceiling(self) -> float | None:
        return {"ebu": -1.0, "podcast": -1.0, "alexa": -2.0, "atsc": -2.0}.get(self.value)


@dataclass(frozen=True)
class Loudness:
    """What the finished mix measures."""

    preset: str
    integrated_lufs: float
    true_peak_dbtp: float
    target_lufs: float | None
    ceiling_dbtp: float | None
    gain_db: float
    """Gain applied to reach the target (before limiting)."""

    def as_dict(self) -> dict:
        return {"preset": self.preset, "integrated_lufs": round(self.integrated_lufs, 2),
                "true_peak_dbtp": round(self.true_peak_dbtp, 2), "target_lufs": self.target_lufs,
                "ceiling_dbtp": self.ceiling_dbtp, "gain_db": round(self.gain_db, 2)}


def integrated(samples: np.ndarray, rate: int) -> float:
    """BS.1770 gated integrated loudness, LUFS (mono: one channel)."""
    import pyloudnorm

    return float(pyloudnorm.Meter(rate).integrated_loudness(samples))


# BS.1770-4 Annex 2 interpolator: 4 phases of 12 taps; phases 2 and 3 are 1 and 0 reversed.
_PHASE_0 = (0.0017089843750, 0.0109863281250, -0.0196533203125, 0.0332031250000,
            -0.0594482421875, 0.1373291015625, 0.9721679687500, -0.1022949218750,
            0.0476074218750, -0.0266113281250, 0.0148925781250, -0.0083007812500)
_PHASE_1 = (-0.0291748046875, 0.0292968750000, -0.0517578125000, 0.0891113281250,
            -0.1665039062500, 0.4650878906250, 0.7797851562500, -0.2003173828125,
            0.1015625000000, -0.0582275390625, 0.0330810546875, -0.0189208984375)
_DELAY = 6
"""Samples by which the interpolated phases lag their input (the main tap)."""


def sample_peaks(samples: np.ndarray) -> np.ndarray:
    """Per input sample, the largest magnitude among its 4x interpolated points."""
    import numpy as np

    peaks = np.abs(samples).astype(np.float64)
    for taps in (_PHASE_0, _PHASE_1, _PHASE_1[::-1], _PHASE_0[::-1]):
        phase = np.convolve(samples, taps)[_DELAY:_DELAY + samples.size]
        np.maximum(peaks, np.abs(phase), out=peaks)
    return peaks


def true_peak(samples: np.ndarray) -> float:
    """True peak in dBTP: the peak of the 4x oversampled signal (BS.1770-4 Annex 2)."""
    import numpy as np

    peak = float(np.max(sample_peaks(samples))) if samples.size else 0.0
    return 20 * np.log10(peak) if peak > 0 else -120.0


def _peak_envelope(samples: np.ndarray, rate: int) -> np.ndarray:
    """Per-sample true-peak envelope (4x oversampled), held over the HOLD look-ahead."""
    from scipy.ndimage import maximum_filter1d

    return maximum_filter1d(sample_peaks(samples), size=2 * max(1, int(HOLD * rate)) + 1)


def _limited(samples: np.ndarray, envelope: np.ndarray, gain: float, ceiling: float,
             rate: int) -> np.ndarray:
    """``samples * gain`` with peaks held under ``ceiling`` (linear): the gain reduction is
    the minimum over the HOLD window, smoothed over it, so it shaves the peaks without
    clicks."""
    import numpy as np
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    reduction = np.minimum(1.0, ceiling / np.maximum(envelope * gain, 1e-12))
    window = max(1, int(HOLD * rate))
    reduction = uniform_filter1d(minimum_filter1d(reduction, size=2 * window + 1), size=window)
    return samples * gain * reduction


def dual_mono_gain(channels: int) -> float:
    """dB a mono programme measures louder as identical channels (BS.1770 sums their power)."""
    return 10 * math.log10(channels)


def measure(samples: np.ndarray, rate: int) -> tuple[float, float]:
    """Integrated loudness (all channels) and true peak (loudest channel) of a delivered
    file's samples, shaped (frames,) or (frames, channels)."""
    columns = samples.reshape(len(samples), -1)
    return integrated(samples, rate), max(true_peak(columns[:, c])
                                          for c in range(columns.shape[1]))


def normalise(samples: np.ndarray, rate: int, preset: Preset,
              channels: int = 1) -> tuple[np.ndarray, Loudness]:
    """Gain to the preset's integrated target, with peaks limited to its true-peak ceiling.

    ``samples`` are the mono programme; with ``channels`` 2 it is delivered as two
    identical channels, which measure 3 dB louder, so it is aimed that much lower.
    """
    offset = dual_mono_gain(channels)
    if preset is Preset.NONE or preset.target is None or preset.ceiling is None:
        return samples, Loudness(preset.value, integrated(samples, rate) + offset,
                                 true_peak(samples), None, None, 0.0)
    out, gain, level = limit_to(samples, rate, preset.target - offset,
                                preset.ceiling - HEADROOM)
    return out, Loudness(preset.value, level + offset, true_peak(out), preset.target,
                         preset.ceiling, gain)


def limit_to(samples: np.ndarray, rate: int, target: float,
             ceiling_dbtp: float) -> tuple[np.ndarray, float, float]:
    """``samples`` gained to ``target`` LUFS with true peaks held under ``ceiling_dbtp``:
    the result, the gain (dB) and the loudness reached.

    Limiting lowers loudness, so the gain is found by secant steps on the limited result
    (the peak envelope scales with the gain, so it is computed once).
    """
    ceiling = 10 ** (ceiling_dbtp / 20)
    envelope = _peak_envelope(samples, rate)

    def loudness_at(gain_db: float) -> tuple[float, np.ndarray]:
        out = _limited(samples, envelope, 10 ** (gain_db / 20), ceiling, rate)
        return integrated(out, rate), out

    # Secant steps on the (monotonic) loudness of the limited signal against gain.
    g0 = target - integrated(samples, rate)
    f0, out = loudness_at(g0)
    g1 = g0 + (target - f0)
    for _ in range(12):
        if abs(f0 - target) < 0.05:
            break
        f1, out = loudness_at(g1)
        if abs(f1 - target) < 0.05:
            g0, f0 = g1, f1
            break
        slope = (f1 - f0) / (g1 - g0) if g1 != g0 else 1.0
        g0, f0 = g1, f1
        g1 = g1 + (target - f1) / max(slope, 0.1)
    return out, g0, f0
