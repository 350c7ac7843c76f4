"""The leveller brings sentences near one another's loudness, measured independently."""

import numpy as np
import pyloudnorm

from briefing.audio.assembly import assemble
from briefing.audio.level import sentence_gains
from briefing.script.templates import Segment
from briefing.voices.tts import AudioChunk

RATE = 22050


def voiced(seconds: float, level_db: float, seed: int) -> np.ndarray:
    """A buzzy vowel-like tone with a wobble, scaled by ``level_db``."""
    t = np.arange(int(seconds * RATE)) / RATE
    f0 = 110 + 20 * np.sin(2 * np.pi * 0.5 * t + seed)
    wave = np.sign(np.sin(2 * np.pi * np.cumsum(f0) / RATE)) * 0.3 + \
        0.2 * np.sin(2 * np.pi * 700 * t)
    return (wave * 10 ** (level_db / 20)).astype(np.float32)


def loudness(samples: np.ndarray) -> float:
    return pyloudnorm.Meter(RATE).integrated_loudness(samples.astype(np.float64))


def test_sentences_far_apart_are_brought_near_the_median():
    sentences = [voiced(2.0, 0.0, 1), voiced(2.5, -6.0, 2), voiced(1.5, -2.0, 3)]
    before = [loudness(s) for s in sentences]
    gains = sentence_gains(sentences, RATE)
    after = [loudness(s * g) for s, g in zip(sentences, gains, strict=True)]
    assert max(before) - min(before) > 5.5
    assert max(after) - min(after) < 1.5
    # The median sentence is left where it is: the programme's level is set later, once.
    assert gains[2] == 1.0


def test_a_short_or_silent_sentence_is_left_alone():
    sentences = [voiced(2.0, 0.0, 1), voiced(0.2, -12.0, 2), np.zeros(RATE, np.float32),
                 voiced(2.0, -3.0, 3)]
    gains = sentence_gains(sentences, RATE)
    assert gains[1] == 1.0 and gains[2] == 1.0
    assert gains[0] != 1.0 and gains[3] != 1.0


def test_assembly_levels_the_sentences_it_joins():
    quiet, loud = voiced(2.0, -8.0, 1), voiced(2.0, 0.0, 2)
    segment = Segment("lead", "Top story", "anchor", ("One.", "Two."), ("One.", "Two."),
                      (0, 1))
    rendered = assemble([segment], [[AudioChunk(quiet, RATE, "One."),
                                     AudioChunk(loud, RATE, "Two.")]], 0.3, 4.5, rate=RATE)
    spans = [(round(s.start * RATE), round(s.end * RATE)) for s in rendered.sentences]
    levels = [loudness(rendered.samples[a:b]) for a, b in spans]
    assert abs(levels[0] - levels[1]) < 0.25 * 8.0 + 0.2  # 8 dB apart, levelled to 2


def test_what_the_limiter_takes_from_a_peaky_sentence_is_given_back():
    from briefing.audio.level import settle
    from briefing.audio.loudness import Preset, normalise

    rate = 44100
    # Two sentences of even level and one as loud, but in sharp bursts: the limiter takes
    # far more from the bursts, so after it that sentence sits well under the others.
    even = [np.resize(voiced(3.0, -20.0, seed), 3 * rate) for seed in (1, 2)]
    bursts = np.resize(voiced(3.0, -20.0, 3), 3 * rate).copy()
    bursts[(np.arange(bursts.size) // 1470) % 9 != 0] *= 0.03
    bursts *= 10 ** ((loudness(even[0]) - loudness(bursts)) / 20)
    gap = np.zeros(rate // 2, dtype=np.float32)
    programme = np.concatenate([even[0], gap, bursts, gap, even[1]]).astype(np.float32)
    spans = [(0, 3 * rate), (int(3.5 * rate), int(6.5 * rate)), (7 * rate, 10 * rate)]
    limited, _ = normalise(programme.copy(), rate, Preset.PODCAST)

    def spread(samples: np.ndarray) -> float:
        meter = pyloudnorm.Meter(rate)
        levels = [meter.integrated_loudness(samples[a:b].astype(np.float64)) for a, b in spans]
        return max(levels) - min(levels)

    assert spread(limited) > 1.5
    assert settle(limited, rate, spans)
    again, loud = normalise(limited, rate, Preset.PODCAST)
    assert spread(again) < 1.0
    assert loud.true_peak_dbtp <= -1.0 and abs(loud.integrated_lufs + 16) < 0.2
    # Nothing further to give back: a second look moves nothing.
    assert not settle(again.copy(), rate, spans)


def test_the_offset_a_limiter_leaves_is_taken_out_without_a_step():
    from briefing.audio.level import centre

    rate = 44100
    # A sentence whose positive half was limited harder than its negative: an offset.
    wave = voiced(2.0, -6.0, 4).astype(np.float32)
    wave = np.where(wave > 0, wave * 0.8, wave).astype(np.float32)
    gap = np.zeros(rate // 2, dtype=np.float32)
    programme = np.concatenate([gap, wave, gap, wave, gap])
    spans = [(gap.size, gap.size + wave.size), (2 * gap.size + wave.size,
                                                2 * (gap.size + wave.size))]
    before = programme.copy()
    assert abs(before.mean()) > 10 ** (-50 / 20)
    centre(programme, rate, spans)
    assert abs(programme.mean()) < 0.02 * abs(before.mean())
    assert np.all(programme[:gap.size] == 0) and np.all(programme[-gap.size:] == 0)
    # The edges of each sentence are where they were: no step at a join.
    for a, b in spans:
        assert abs(programme[a] - before[a]) < 1e-5 and abs(programme[b - 1] - before[b - 1]) < 1e-5
    assert np.max(np.abs(programme - before)) <= abs(before[spans[0][0]:spans[0][1]].mean()) + 1e-6
