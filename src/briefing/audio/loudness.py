"""Loudness to a published standard: integrated loudness (ITU-R BS.1770, pyloudnorm)
and true peak (4x oversampling), with a look-ahead limiter for the ceiling."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy loads with the audio stages, not with every preview
    import numpy as np

HEADROOM = 0.7
"""dB kept below the true-peak ceiling: MP3 coding at 128 kbps adds peaks of up to about
0.6 dB to hard-limited speech."""
HOLD = 0.0015
"""Limiter look-ahead and smoothing, seconds: fast enough to shave single glottal pulses
of synthetic speech (high crest factor) without pumping whole syllables."""
BLOCK = 1 << 18
"""Samples processed at a time (about 6 s): a 30-minute programme is never held in
float64 whole, nor copied whole for each step."""


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
    true_peak_dbtp: float | None
    """None until measured (``measured``): normalise can leave it for later."""
    target_lufs: float | None
    ceiling_dbtp: float | None
    gain_db: float
    """Gain applied to reach the target (before limiting)."""
    peak_bound: np.ndarray | None = field(default=None, repr=False, compare=False)
    """Per _SUB piece of the mix, a bound at or above its true peak, when the true peak is
    left for later: measuring it then takes only the pieces that can hold it."""

    def measured(self, samples: np.ndarray) -> Loudness:
        """This, with the mix's true peak measured if it was left for later."""
        if self.true_peak_dbtp is not None:
            return self
        peak = true_peak(samples) if self.peak_bound is None else \
            _true_peak_where(samples, self.peak_bound)
        return replace(self, true_peak_dbtp=peak, peak_bound=None)

    def as_dict(self) -> dict:
        return {"preset": self.preset, "integrated_lufs": round(self.integrated_lufs, 2),
                "true_peak_dbtp": round(self.true_peak_dbtp, 2), "target_lufs": self.target_lufs,
                "ceiling_dbtp": self.ceiling_dbtp, "gain_db": round(self.gain_db, 2)}


@dataclass(frozen=True)
class Measured:
    """What a delivered file measures as a listener's decoder plays it."""

    integrated_lufs: float
    true_peak_dbtp: float

    def as_dict(self) -> dict:
        return {"integrated_lufs": round(self.integrated_lufs, 2),
                "true_peak_dbtp": round(self.true_peak_dbtp, 2)}


def integrated(samples: np.ndarray, rate: int) -> float:
    """BS.1770 gated integrated loudness, LUFS, of samples shaped (frames,) or
    (frames, channels)."""
    meter = _Meter(rate)
    for start in range(0, len(samples), BLOCK):
        meter.add(samples[start:start + BLOCK])
    return meter.loudness()


_FLOOR = 1e-15
"""A tone at half the sample rate, -300 dBFS, under what the meter filters (see add)."""


class _Meter:
    """pyloudnorm's integrated loudness (K-weighting, 400 ms blocks, 75% overlap, both
    gates) fed a block at a time: a long programme is never filtered whole in float64.

    Block bounds are pyloudnorm's, so sums cover the same samples; squares are summed per
    span between consecutive bounds, and each gating block adds its spans.
    """

    GATE = 0.4
    STEP = 0.25
    GAINS = (1.0, 1.0, 1.0, 1.41, 1.41)

    def __init__(self, rate: int) -> None:
        import numpy as np
        import pyloudnorm

        self.rate = rate
        # pyloudnorm's K-weighting stages as second-order sections (one filter call a block),
        # each stage's passband gain folded into its numerator.
        self._sos = np.array([[*(f.b * f.passband_gain), *f.a]
                              for f in pyloudnorm.Meter(rate)._filters.values()])
        self._state: np.ndarray | None = None
        self.frames = 0
        self._blocks = 0  # gating blocks whose bounds are in self._bounds
        self._bounds = np.zeros(1, dtype=np.int64)
        self._spans = np.zeros((0, 0))  # sum of squares per (span, channel)

    def _bound(self, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Gating block j's first and end sample, as pyloudnorm computes them."""
        import numpy as np

        lower = (self.GATE * (j * self.STEP) * self.rate).astype(np.int64)
        upper = (self.GATE * (j * self.STEP + 1) * self.rate).astype(np.int64)
        return lower, upper

    def _extend(self, end: int) -> None:
        """Bounds of enough blocks that no new bound can fall below ``end``."""
        import numpy as np

        count = self._blocks
        while self._bound(np.array([count]))[0][0] <= end:
            count = max(2 * count, count + 1024)
        if count == self._blocks:
            return
        lower, upper = self._bound(np.arange(count))
        self._bounds = np.unique(np.concatenate([[0], lower, upper]))
        self._blocks = count
        spans = np.zeros((self._bounds.size, self._spans.shape[1]))
        spans[:len(self._spans)] = self._spans
        self._spans = spans

    def add(self, block: np.ndarray) -> None:
        """The next frames, shaped (frames,) or (frames, channels)."""
        import numpy as np
        from scipy.signal import sosfilt

        x = np.array(block, dtype=np.float64).reshape(len(block), -1)
        # Silence leaves the filters' state decaying into subnormal numbers, which the CPU
        # works through many times slower: a signal at -300 dBFS keeps it normal and adds
        # nothing a meter can read (gating ends at -70).
        x[::2] += _FLOOR
        if self._state is None:
            if x.shape[1] > 5:
                raise ValueError("Audio must have five channels or less.")
            self._state = np.zeros((x.shape[1], len(self._sos), 2))
            self._spans = np.zeros((self._bounds.size, x.shape[1]))
        if not len(x):
            return
        # A channel at a time, contiguous: sosfilt is several times slower along axis 0.
        filtered = np.empty((x.shape[1], len(x)))
        for c in range(x.shape[1]):
            filtered[c], self._state[c] = sosfilt(self._sos, np.ascontiguousarray(x[:, c]),
                                                  zi=self._state[c])
        x = filtered.T
        start, end = self.frames, self.frames + len(x)
        self._extend(end)
        first = int(np.searchsorted(self._bounds, start, side="right")) - 1
        inner = self._bounds[(self._bounds > start) & (self._bounds < end)] - start
        sums = np.add.reduceat(np.square(x, out=x), np.concatenate([[0], inner]), axis=0)
        self._spans[first:first + len(sums)] += sums
        self.frames = end

    def loudness(self) -> float:
        import warnings

        import numpy as np

        if self.frames < self.GATE * self.rate:
            raise ValueError("Audio must have length greater than the block size.")
        count = int(np.round((self.frames / self.rate - self.GATE) / (self.GATE * self.STEP))) + 1
        lower, upper = self._bound(np.arange(count))
        first = np.searchsorted(self._bounds, lower)
        last = np.searchsorted(self._bounds, upper)
        z = np.zeros((count, self._spans.shape[1]))
        for k in range(int((last - first).max())):
            take = last - first > k
            z[take] += self._spans[first[take] + k]
        z /= self.GATE * self.rate
        gains = np.array(self.GAINS[:z.shape[1]])
        with warnings.catch_warnings(), np.errstate(divide="ignore", invalid="ignore"):
            warnings.simplefilter("ignore", category=RuntimeWarning)
            blocks = -0.691 + 10.0 * np.log10((z * gains).sum(axis=1))
            loud = blocks >= -70.0
            relative = -0.691 + 10.0 * np.log10(np.sum(gains * z[loud].mean(axis=0))) - 10.0
            gated = z[(blocks > relative) & (blocks > -70.0)]
            mean = np.nan_to_num(gated.mean(axis=0))
            return float(-0.691 + 10.0 * np.log10(np.sum(gains * mean)))


# BS.1770-4 Annex 2 interpolator: 4 phases of 12 taps; phases 2 and 3 are 1 and 0 reversed.
_PHASE_0 = (0.0017089843750, 0.0109863281250, -0.0196533203125, 0.0332031250000,
            -0.0594482421875, 0.1373291015625, 0.9721679687500, -0.1022949218750,
            0.0476074218750, -0.0266113281250, 0.0148925781250, -0.0083007812500)
_PHASE_1 = (-0.0291748046875, 0.0292968750000, -0.0517578125000, 0.0891113281250,
            -0.1665039062500, 0.4650878906250, 0.7797851562500, -0.2003173828125,
            0.1015625000000, -0.0582275390625, 0.0330810546875, -0.0189208984375)
_DELAY = 6
"""Samples by which the interpolated phases lag their input (the main tap)."""
_BEFORE = len(_PHASE_0) - 1 - _DELAY
"""Input samples before a sample that its interpolated points use (after it: _DELAY)."""


def _padded(samples: np.ndarray, start: int, end: int) -> np.ndarray:
    """``samples[start - _BEFORE:end + _DELAY]`` as float32, zeros beyond either end: the
    input the interpolator needs for samples start..end."""
    import numpy as np

    lo, hi = start - _BEFORE, end + _DELAY
    inside = np.asarray(samples[max(0, lo):min(len(samples), hi)], dtype=np.float32)
    if lo >= 0 and hi <= len(samples):
        return inside
    return np.concatenate([np.zeros(max(0, -lo), dtype=np.float32), inside,
                           np.zeros(max(0, hi - len(samples)), dtype=np.float32)])


def _oversampled_peaks(padded: np.ndarray) -> np.ndarray:
    """Per sample of ``padded`` but its _BEFORE first and _DELAY last, the largest magnitude
    among its 4x interpolated points (float32: the interpolator's own taps are coarser)."""
    import numpy as np
    from scipy.ndimage import correlate1d

    x = np.asarray(padded, dtype=np.float32)
    count = len(x) - _BEFORE - _DELAY
    peaks = np.abs(x[_BEFORE:_BEFORE + count])
    point = np.empty(len(x), dtype=np.float32)
    centre = len(_PHASE_0) // 2  # where correlate1d puts a 12-tap filter's output
    for taps in _phases():
        correlate1d(x, taps, output=point, mode="constant")
        part = point[centre:centre + count]
        np.abs(part, out=part)
        np.maximum(peaks, part, out=peaks)
    return peaks


@lru_cache(maxsize=1)
def _phases() -> tuple:
    """The four phases' taps, reversed for correlation, as float32."""
    import numpy as np

    return tuple(np.array(taps[::-1], dtype=np.float32)
                 for taps in (_PHASE_0, _PHASE_1, _PHASE_1[::-1], _PHASE_0[::-1]))


def sample_peaks(samples: np.ndarray) -> np.ndarray:
    """Per input sample, the largest magnitude among its 4x interpolated points."""
    return _oversampled_peaks(_padded(samples, 0, len(samples)))


class _PeakMeter:
    """True peak of a signal fed a block at a time (mono)."""

    def __init__(self) -> None:
        import numpy as np

        self._tail = np.zeros(_BEFORE)  # input before the start is silence
        self.peak = 0.0

    def add(self, block: np.ndarray) -> None:
        import numpy as np

        padded = np.concatenate([self._tail, np.asarray(block, dtype=np.float64)])
        if len(padded) > len(_PHASE_0) - 1:
            self.peak = max(self.peak, float(np.max(_oversampled_peaks(padded))))
            padded = padded[len(padded) - (len(_PHASE_0) - 1):]
        self._tail = padded

    def dbtp(self) -> float:
        """The true peak so far, dBTP, as if the signal ended here."""
        import numpy as np

        tail, peak = self._tail, self.peak
        self.add(np.zeros(_DELAY))
        result = 20 * math.log10(self.peak) if self.peak > 0 else -120.0
        self._tail, self.peak = tail, peak
        return result


def true_peak(samples: np.ndarray) -> float:
    """True peak in dBTP: the peak of the 4x oversampled signal (BS.1770-4 Annex 2)."""
    meter = _PeakMeter()
    for start in range(0, len(samples), BLOCK):
        meter.add(samples[start:start + BLOCK])
    return meter.dbtp()


KEEP_SECONDS = 600
"""Programmes up to this long keep each limited result the gain search measures, so the
one chosen is not limited again: one float32 copy more (106 MB at 44.1 kHz and 10 min)."""

_SUB = 256
"""Samples per piece in which the limiter looks for work: where no peak in reach of a piece
would pass the ceiling, its gain reduction is exactly 1 and is not computed."""


def _sub_maxima(values: np.ndarray) -> np.ndarray:
    """The largest of ``values`` in each _SUB piece, the last one short."""
    import numpy as np

    return np.maximum.reduceat(values, np.arange(0, len(values), _SUB)) if len(values) \
        else np.zeros(0)


def _sub_minima(values: np.ndarray) -> np.ndarray:
    """The smallest of ``values`` in each _SUB piece, the last one short."""
    return -_sub_maxima(-values)


def _bridged(mask: np.ndarray, gap: int = 4) -> np.ndarray:
    """``mask`` with gaps of up to ``gap`` pieces between its runs filled: runs a few
    pieces apart are worked on as one, in fewer and longer calls."""
    import numpy as np
    from scipy.ndimage import binary_closing

    return mask | binary_closing(mask, structure=np.ones(gap + 1, dtype=bool))


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(first, end) of each run of True in ``mask``."""
    import numpy as np

    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(np.int8), [0]])))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


_SPREAD = max(sum(abs(t) for t in _PHASE_0), sum(abs(t) for t in _PHASE_1))
"""The most an interpolated point can be, in units of the largest sample it is made of."""


def _dilated(values: np.ndarray) -> np.ndarray:
    """Each _SUB piece's value, or a neighbour's if larger: an interpolated point near a
    piece's edge is made of samples from the next piece."""
    import numpy as np

    out = values.copy()
    np.maximum(out[1:], values[:-1], out=out[1:])
    np.maximum(out[:-1], values[1:], out=out[:-1])
    return out


def _true_peak_where(samples: np.ndarray, bound: np.ndarray) -> float:
    """True peak (dBTP) of ``samples``, given for each _SUB piece a bound at or above its
    own: the pieces of the highest bounds are measured first, then every piece whose bound
    passes the largest peak found (in runs, a gap of a few pieces measured with them). The
    same figure as measuring every piece."""
    import numpy as np

    def peak_of(first: int, end: int) -> float:
        start, stop = first * _SUB, min(len(samples), end * _SUB)
        return float(_oversampled_peaks(_padded(samples, start, stop)).max())

    top = np.argsort(bound)[::-1][:16]
    best = max((peak_of(k, k + 1) for k in top), default=0.0)
    wanted = bound > best
    wanted[top] = False
    for a, b in _runs(_bridged(wanted)):
        best = max(best, peak_of(a, b))
    return 20 * math.log10(best) if best > 0 else -120.0


class _Limiter:
    """Gain with peaks held under a ceiling: the gain reduction is the minimum of
    ceiling / true-peak envelope over the HOLD window, smoothed over it, so it shaves the
    peaks without clicks.

    The envelope (4x oversampled true peak, held over HOLD) is measured only where a peak
    could pass the ceiling at the gain asked for; elsewhere it holds a bound at or above it
    (the interpolator's most from the samples near), under which the reduction is exactly
    1 either way. The reduction is likewise computed only near pieces over the ceiling.
    Results are those of measuring and limiting everywhere.
    """

    def __init__(self, samples: np.ndarray, ceiling: float, rate: int) -> None:
        import numpy as np

        self.samples, self.ceiling = samples, ceiling
        self.window = max(1, int(HOLD * rate))
        # The minimum and the smoothing together reach this far either side.
        self.reach = 2 * self.window + 2
        self.largest = np.concatenate([
            _sub_maxima(np.abs(samples[i:i + BLOCK])) for i in range(0, len(samples), BLOCK)])
        """Each _SUB piece's largest sample magnitude."""
        near = self.window + len(_PHASE_0)  # samples the held envelope is made from
        bound = self.largest
        for _ in range(-(-near // _SUB)):
            bound = _dilated(bound)
        self.loudest = _SPREAD * bound
        """Each piece's largest held true peak: measured, or a bound above it."""
        # The measured envelope, a float32 row per measured piece: piece k's is row[k] of
        # tables[table[k]] (table -1: not measured). Pieces the limiter never reaches take
        # no memory.
        self.table = np.full(len(self.loudest), -1, dtype=np.int32)
        self.row = np.zeros(len(self.loudest), dtype=np.int32)
        self.tables: list[np.ndarray] = []

    def prepare(self, gain: float) -> None:
        """Measure the envelope wherever a peak could pass the ceiling at ``gain``."""
        import numpy as np
        from scipy.ndimage import maximum_filter1d

        hot = _bridged(self.loudest * gain > self.ceiling, gap=8) & (self.table < 0)
        for a, b in _runs(hot):
            for first in range(a, b, BLOCK // _SUB):  # a block at a time: float64 stays small
                last = min(b, first + BLOCK // _SUB)
                start, end = first * _SUB, min(len(self.samples), last * _SUB)
                lo, hi = max(0, start - self.window), min(len(self.samples), end + self.window)
                held = np.zeros((last - first) * _SUB, dtype=np.float32)
                held[:end - start] = maximum_filter1d(
                    _oversampled_peaks(_padded(self.samples, lo, hi)),
                    size=2 * self.window + 1)[start - lo:end - lo]
                self.table[first:last] = len(self.tables)
                self.row[first:last] = np.arange(last - first)
                self.tables.append(held.reshape(-1, _SUB))
                self.loudest[first:last] = _sub_maxima(held[:end - start])

    def _envelope(self, start: int, end: int) -> np.ndarray:
        """The envelope over samples start..end (float64): measured where it was, the
        piece's bound elsewhere."""
        import numpy as np

        first, last = start // _SUB, -(-end // _SUB)
        level = np.repeat(self.loudest[first:last], _SUB)
        tables = self.table[first:last]
        for t in np.unique(tables[tables >= 0]):
            pieces = np.flatnonzero(tables == t)
            level.reshape(-1, _SUB)[pieces] = self.tables[t][self.row[first + pieces]]
        return level[start - first * _SUB:end - first * _SUB]

    def block(self, gain: float, start: int, end: int) -> tuple[np.ndarray, np.ndarray]:
        """``samples[start:end]`` gained and limited (float64), and each of the block's
        _SUB pieces' smallest reduction (1 where none)."""
        import numpy as np

        out = self.samples[start:end].astype(np.float64) * gain
        first, last = start // _SUB, -(-end // _SUB)
        pad = -(-self.reach // _SUB)  # pieces whose peaks reach into this block
        lo_piece = max(0, first - pad)
        hot = self.loudest[lo_piece:last + pad] * gain > self.ceiling
        if not hot.any():
            return out, np.ones(last - first)
        reduction = np.ones(end - start)
        for a, b in _runs(_bridged(hot, gap=16)):
            # Samples within reach of the run's peaks, clipped to the block.
            s = max(start, (lo_piece + a) * _SUB - self.reach)
            e = min(end, (lo_piece + b) * _SUB + self.reach)
            if s < e:
                reduction[s - start:e - start] = self._reduction(gain, s, e)
        out *= reduction
        return out, _sub_minima(reduction)

    def _reduction(self, gain: float, start: int, end: int) -> np.ndarray:
        import numpy as np
        from scipy.ndimage import minimum_filter1d, uniform_filter1d

        lo = max(0, start - self.reach)
        hi = min(len(self.samples), end + self.reach)
        level = self._envelope(lo, hi) * gain
        reduction = np.minimum(1.0, self.ceiling / np.maximum(level, 1e-12))
        reduction = uniform_filter1d(minimum_filter1d(reduction, size=2 * self.window + 1),
                                     size=self.window)
        return reduction[start - lo:end - lo]


def dual_mono_gain(channels: int) -> float:
    """dB a mono programme measures louder as identical channels (BS.1770 sums their power)."""
    return 10 * math.log10(channels)


def measure(samples, rate: int) -> tuple[float, float]:  # noqa: ANN001 - array or blocks
    """Integrated loudness (all channels) and true peak (loudest channel) of a delivered
    file's samples, shaped (frames,) or (frames, channels): one array, or an iterable of
    such blocks in order (a long file decoded a piece at a time)."""
    blocks = samples
    if hasattr(samples, "shape"):
        blocks = (samples[i:i + BLOCK] for i in range(0, len(samples), BLOCK))
    meter = _Meter(rate)
    peaks: list[_PeakMeter] = []
    for block in blocks:
        columns = block.reshape(len(block), -1)
        meter.add(columns)
        peaks = peaks or [_PeakMeter() for _ in range(columns.shape[1])]
        for c, peak in enumerate(peaks):
            peak.add(columns[:, c])
    return meter.loudness(), max(peak.dbtp() for peak in peaks)


def normalise(samples: np.ndarray, rate: int, preset: Preset, channels: int = 1,
              in_place: bool = False, peak_later: bool = False) -> tuple[np.ndarray, Loudness]:
    """Gain to the preset's integrated target, with peaks limited to its true-peak ceiling.

    ``samples`` are the mono programme; with ``channels`` 2 it is delivered as two
    identical channels, which measure 3 dB louder, so it is aimed that much lower. With
    ``in_place`` (float32 samples the caller has done with) the result is written over
    them: a long programme needs one copy fewer. With ``peak_later`` the result's true
    peak is left to ``Loudness.measured`` (delivery measures it while the encoder works).
    """
    offset = dual_mono_gain(channels)
    if preset is Preset.NONE or preset.target is None or preset.ceiling is None:
        loud = Loudness(preset.value, integrated(samples, rate) + offset, None, None, None, 0.0)
        return samples, loud if peak_later else loud.measured(samples)
    out, gain, level, bound = _limit(samples, rate, preset.target - offset,
                                     preset.ceiling - HEADROOM,
                                     into=samples if in_place and samples.dtype.name == "float32"
                                     else None)
    loud = Loudness(preset.value, level + offset, None, preset.target, preset.ceiling, gain,
                    bound)
    return out, loud if peak_later else loud.measured(out)


def limit_to(samples: np.ndarray, rate: int, target: float,
             ceiling_dbtp: float) -> tuple[np.ndarray, float, float]:
    """``samples`` gained to ``target`` LUFS with true peaks held under ``ceiling_dbtp``:
    the result (float32), the gain (dB) and the loudness reached."""
    out, gain, level, _ = _limit(samples, rate, target, ceiling_dbtp)
    return out, gain, level


def _limit(samples: np.ndarray, rate: int, target: float, ceiling_dbtp: float,
           into: np.ndarray | None = None) -> tuple[np.ndarray, float, float, np.ndarray]:
    """limit_to, and a bound on each _SUB piece's true peak in the result (see
    ``_true_peak_where``); written into ``into`` when given (it may be ``samples``: each
    block of the result needs only the same block of the input).

    Limiting lowers loudness, so the gain is found by secant steps on the limited result
    (the peak envelope scales with the gain, so it is computed once). The steps only
    measure; the result is written once, at the gain chosen.
    """
    from concurrent.futures import ThreadPoolExecutor

    import numpy as np

    ceiling = 10 ** (ceiling_dbtp / 20)
    with ThreadPoolExecutor(max_workers=1) as pool:  # both let go of Python's lock
        level = pool.submit(integrated, samples, rate)
        limiter = _Limiter(samples, ceiling, rate)
        g0 = target - level.result()

    # A programme short enough keeps each measured result: the one chosen is not limited
    # again.
    keep = np.empty(len(samples), dtype=np.float32) if len(samples) <= KEEP_SECONDS * rate \
        else None
    kept: list = [None, []]  # the gain kept, and its pieces' smallest reductions

    def loudness_at(gain_db: float, share: bool = False) -> tuple[float, float]:
        """The limited result's loudness, and (with ``share``) the share of its energy the
        limiter left alone: about how much of a further gain the loudness follows."""
        meter = _Meter(rate)
        free = whole = 0.0
        gain = 10 ** (gain_db / 20)
        kept[:] = [gain_db if keep is not None else None, []]
        limiter.prepare(gain)
        # The meter's filters let go of Python's lock: one block is metered in a thread
        # while the next is limited.
        with ThreadPoolExecutor(max_workers=1) as pool:
            metering = None
            for start in range(0, len(samples), BLOCK):
                end = min(len(samples), start + BLOCK)
                block, least = limiter.block(gain, start, end)
                block = block.astype(np.float32)
                if keep is not None:
                    keep[start:end] = block
                    kept[1].append(least)
                if metering is not None:
                    metering.result()
                metering = pool.submit(meter.add, block)
                if share:
                    energy = np.add.reduceat(np.square(block, dtype=np.float64),
                                             np.arange(0, len(block), _SUB))
                    whole += float(energy.sum())
                    free += float(energy[least > 1.0 - 1e-9].sum())  # rounding aside
            if metering is not None:
                metering.result()
        return meter.loudness(), free / whole if whole > 0 else 1.0

    # Secant steps on the (monotonic) loudness of the limited signal against gain, the
    # first along the slope the limiter's share suggests.
    f0, follows = loudness_at(g0, share=True)
    g1 = g0 + (target - f0) / max(follows, 0.1)
    for _ in range(12):
        if abs(f0 - target) < 0.05:
            break
        f1, _ = loudness_at(g1)
        if abs(f1 - target) < 0.05:
            g0, f0 = g1, f1
            break
        slope = (f1 - f0) / (g1 - g0) if g1 != g0 else 1.0
        g0, f0 = g1, f1
        g1 = g1 + (target - f1) / max(slope, 0.1)
    gain = 10 ** (g0 / 20)
    if kept[0] == g0:
        out, least = (keep if into is None else into), kept[1]
        if out is not keep:
            out[:] = keep
    else:
        out = np.empty(len(samples), dtype=np.float32) if into is None else into
        limiter.prepare(gain)
        least = []
        for start in range(0, len(samples), BLOCK):
            end = min(len(samples), start + BLOCK)
            block, reduced = limiter.block(gain, start, end)
            out[start:end] = block
            least.append(reduced)
    # What each piece of the result can peak at, at most: its input's true peak gained,
    # and where the reduction varies, as much again as the interpolator could make of it.
    bound = gain * (limiter.loudest + _SPREAD * limiter.largest * (1 - np.concatenate(least)))
    return out, g0, f0, _dilated(bound)
