"""A sentence's audio leaves the engine with soft edges, no DC and its whole release."""

import numpy as np

from briefing.voices.tts.trim import RELEASE, SILENCE, trim

RATE = 22050


def sentence(offset: float = 0.0) -> np.ndarray:
    """Silence, a tone that starts hard and dies away exponentially, silence."""
    t = np.arange(RATE) / RATE
    tone = 0.5 * np.sin(2 * np.pi * 220 * t) * np.exp(-6 * t)  # -60 dB after about 1 s
    return np.concatenate([np.zeros(RATE // 4), tone, np.zeros(RATE // 4)]) + offset


def test_the_onset_stays_where_it_was_and_is_faded_in():
    out = trim(sentence(), RATE)
    onset = np.flatnonzero(np.abs(out) > SILENCE)[0]
    assert abs(onset - int(0.003 * RATE)) <= 2  # 3 ms of lead-in, as before
    assert abs(out[0]) < 1e-4 and np.all(np.abs(out[:onset]) <= np.abs(out[onset]))


def test_the_release_is_kept_to_minus_60_dB_and_faded_out():
    source = sentence()
    out = trim(source, RATE)
    # Past the -40 dBFS cut the old trim made, down to -60 dBFS and 20 ms more.
    last_loud = np.flatnonzero(np.abs(out) > RELEASE)[-1]
    assert out.size - last_loud >= int(0.019 * RATE)
    assert np.flatnonzero(np.abs(out) > SILENCE)[-1] < last_loud - RATE // 10
    assert abs(out[-1]) < 1e-5  # no step at the join


def test_a_dc_offset_is_taken_out():
    out = trim(sentence(offset=10 ** (-52 / 20)), RATE)  # espeak's -52 dBFS of DC
    assert abs(out.mean()) < 10 ** (-80 / 20)
    assert trim(np.zeros(RATE), RATE).size == 0
