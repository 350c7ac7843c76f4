"""Normalising in place gives the same programme as normalising a copy."""

import numpy as np
import pyebur128  # an independent meter

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
