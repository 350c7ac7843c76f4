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


def speechlike(seconds: float = 8.0, rate: int = 44100) -> np.ndarray:
    """Bursts of a buzzy tone with sharp pulses (a synthetic voice's high crest factor),
    and digital silence between them."""
    rng = np.random.default_rng(7)
    t = np.arange(int(seconds * rate)) / rate
    buzz = np.sign(np.sin(2 * np.pi * 110 * t)) * 0.05 + 0.1 * np.sin(2 * np.pi * 700 * t)
    envelope = (np.sin(2 * np.pi * 0.7 * t) > 0.2).astype(float)
    pulses = np.zeros_like(t)
    pulses[rng.choice(len(t), 400, replace=False)] = rng.uniform(-0.6, 0.6, 400)
    return ((buzz + pulses) * envelope).astype(np.float32)


@pytest.mark.parametrize("preset", [Preset.PODCAST, Preset.ALEXA, Preset.EBU])
def test_limiting_only_where_a_peak_could_pass_changes_nothing(preset, monkeypatch):
    from briefing.audio import loudness

    source = speechlike()
    quick, quick_loud = normalise(source.copy(), 44100, preset)
    prepare = loudness._Limiter.prepare

    def everywhere(self, gain):  # every piece measured and limited, as if all could pass
        self.loudest[:] = np.inf
        prepare(self, gain)

    monkeypatch.setattr(loudness._Limiter, "prepare", everywhere)
    full, full_loud = normalise(source.copy(), 44100, preset)
    # The same result but for float32 rounding of the smoothed reduction.
    assert np.abs(quick - full).max() <= 1e-7
    assert quick_loud.integrated_lufs == pytest.approx(full_loud.integrated_lufs, abs=1e-6)
    assert quick_loud.true_peak_dbtp == pytest.approx(full_loud.true_peak_dbtp, abs=1e-6)
    # The true peak found from the likeliest pieces is the whole signal's, and an
    # independent meter agrees; the limiter held it under the ceiling.
    assert quick_loud.true_peak_dbtp == pytest.approx(loudness.true_peak(quick), abs=1e-9)
    meter = pyebur128.R128State(1, 44100, pyebur128.MeasurementMode.MODE_TRUE_PEAK)
    meter.add_frames(quick.astype(np.float64), len(quick))
    assert 20 * np.log10(pyebur128.get_true_peak(meter, 0)) <= preset.ceiling
    assert abs(quick_loud.integrated_lufs - preset.target) < 0.05


@pytest.mark.parametrize("preset", [Preset.PODCAST, Preset.ALEXA])
def test_a_kept_result_is_the_result_limited_again(preset, monkeypatch):
    from briefing.audio import loudness

    source = speechlike()
    kept, kept_loud = normalise(source.copy(), 44100, preset, in_place=True)
    monkeypatch.setattr(loudness, "KEEP_SECONDS", 0)  # too long to keep: limited again
    again, again_loud = normalise(source.copy(), 44100, preset, in_place=True)
    assert np.array_equal(kept, again) and kept_loud == again_loud


@pytest.mark.parametrize("preset", [Preset.PODCAST, Preset.NONE])
def test_a_true_peak_left_for_later_is_the_one_measured_at_once(preset):
    source = speechlike()
    now_out, now = normalise(source.copy(), 44100, preset)
    later_out, later = normalise(source.copy(), 44100, preset, peak_later=True)
    assert later.true_peak_dbtp is None and now.true_peak_dbtp is not None
    assert np.array_equal(now_out, later_out)
    assert later.measured(later_out) == now
    assert later.measured(later_out).true_peak_dbtp == now.true_peak_dbtp
