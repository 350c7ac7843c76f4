"""Normalising in place gives the same programme as normalising a copy."""

import numpy as np
import pyebur128  # an independent meter
import pytest

from briefing.audio.loudness import Preset, normalise


def programme(seconds: float = 3.0, rate: int = 44100) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    tone = 0.3 * np.sin(2 * np.pi * 220 * t) * (1 + np.sin(2 * np.pi * 0.5 * t)) / 2
    tone[rate // 2:rate // 2 + 50] = 0.99  # a peak for the limiter to hold
    return tone.astype(np.float32)


def test_in_place_writes_the_same_result_over_the_input():
    rate = 44100
    source = programme(rate=rate)
    copy_out, copy_loud = normalise(source.copy(), rate, Preset.PODCAST)
    mine = source.copy()
    out, loud = normalise(mine, rate, Preset.PODCAST, in_place=True)
    assert out is mine  # no second copy of the programme
    assert np.array_equal(out, copy_out) and loud == copy_loud
    meter = pyebur128.R128State(1, rate, pyebur128.MeasurementMode.MODE_I)
    meter.add_frames(out.astype(np.float64), len(out))
    assert abs(pyebur128.get_loudness_global(meter) - Preset.PODCAST.target) < 0.5
    # Without in_place the input is left as it was.
    kept = source.copy()
    normalise(kept, rate, Preset.PODCAST)
    assert np.array_equal(kept, source)


def test_the_block_meter_reads_what_pyloudnorm_and_libebur128_read():
    import pyloudnorm

    from briefing.audio.loudness import BLOCK, integrated

    rate = 44100
    # Speech-like bursts with digital silence between them (the filters' state decays
    # there), longer than a block so the meter's state crosses block edges.
    bursts = np.concatenate([np.concatenate([programme(1.3, rate), np.zeros(rate // 2,
                                                                             np.float32)])
                             for _ in range(6)])
    assert len(bursts) > BLOCK
    ours = integrated(bursts, rate)
    assert ours == pytest.approx(pyloudnorm.Meter(rate).integrated_loudness(
        bursts.astype(np.float64)), abs=1e-9)
    meter = pyebur128.R128State(1, rate, pyebur128.MeasurementMode.MODE_I)
    meter.add_frames(bursts.astype(np.float64), len(bursts))
    assert ours == pytest.approx(pyebur128.get_loudness_global(meter), abs=0.05)
    stereo = np.stack([bursts, 0.5 * bursts], axis=1)
    assert integrated(stereo, rate) == pytest.approx(pyloudnorm.Meter(rate).integrated_loudness(
        stereo.astype(np.float64)), abs=1e-9)
