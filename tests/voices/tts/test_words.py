"""Word times from the real engines, checked against the audio: where a word follows a
pause, its start must sit within 30 ms of the sound's onset (found in the samples, by a
reader that knows nothing of the engines' events)."""

import numpy as np
import pytest

from briefing.voices.profiles import load_voice
from briefing.voices.tts import Word, get_engine
from briefing.voices.tts.words import labelled, relabel

# Our own sentences: words after a comma open on a vowel, a nasal or a liquid, so the
# onset after the pause is the word's own first sound.
SENTENCES = ("Apples, oranges, lemons, melons, and onions arrived at noon.",
             "In April, in May, and in August, the river rose again.",
             "Eleven, nine, and ninety are odd numbers, always.",
             "Anna, Maria, Leo, and Omar answered every letter.")
LOUD = 10 ** (-40 / 20)


def onset_after_pause(samples: np.ndarray, rate: int, a: float, b: float) -> float | None:
    """Seconds where sound starts again after the last quiet run of 60 ms or more between
    a and b seconds, or None when there is none."""
    start = int(a * rate)
    loud = np.flatnonzero(np.abs(samples[start:int(b * rate)]) > LOUD)
    gaps = np.flatnonzero(np.diff(loud) >= 0.06 * rate)
    return (start + loud[gaps[-1] + 1]) / rate if gaps.size else None


@pytest.mark.parametrize("voice", ["default", "joe"])
def test_a_word_after_a_pause_starts_on_its_onset(voice):
    engine = get_engine(load_voice(voice))
    checked = 0
    for text in SENTENCES:
        chunk = engine.synthesize(text)
        words = chunk.words
        assert [w.text for w in words] == text.split()
        assert all(0 <= w.start <= w.end <= chunk.seconds + 1e-3 for w in words)
        assert all(a.start <= b.start for a, b in zip(words, words[1:], strict=False))
        for before, word in zip(words, words[1:], strict=False):
            if before.text.endswith(","):
                onset = onset_after_pause(chunk.samples, chunk.sample_rate, before.start,
                                          word.start + 0.1)
                if onset is None:
                    continue  # the voice ran on through this comma
                assert abs(word.start - onset) <= 0.030, (voice, word, onset)
                checked += 1
    assert checked >= 10


def test_words_are_relabelled_with_the_script_s_words():
    engine = [Word("poh-cheh-TEE-noh", 0.0, 0.5), Word("spoke.", 0.6, 0.9)]
    assert [w.text for w in relabel(engine, "Pocettino spoke.")] == ["Pocettino", "spoke."]
    # A different count (a figure said as several words): each script word at its place.
    spread = relabel(engine, "The figure 4,200 rose.")
    assert [w.text for w in spread] == ["The", "figure", "4,200", "rose."]
    assert [w.start for w in spread] == sorted(w.start for w in spread)
    assert spread[-1].end == 0.9
    assert labelled([], "Anything.", 1.0) == []


def test_a_dash_is_no_word_of_its_own():
    engine = [Word("storm", 0.0, 0.4), Word("then", 0.6, 0.9), Word("calm.", 1.0, 1.3)]
    words = relabel(engine, "storm — then calm.")
    assert [w.text for w in words] == ["storm —", "then", "calm."]
    assert [w.start for w in words] == [0.0, 0.6, 1.0]
