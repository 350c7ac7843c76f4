"""Word times from what an engine tells of its words: espeak's word events (where each
word starts in its audio), Piper's phoneme alignments (how many samples each phoneme
took). Both are brought to the trimmed sentence's clock and given ends where the word's
sound stops, not where the next word starts."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from . import Word

QUIET = 10 ** (-45 / 20)
"""|sample| under this (-45 dBFS) after a word is the word over: its end is put there."""
PUNCTUATION = set(",.;:!?¡¿—…\"“”'()")


def placed(starts: Sequence[tuple[str, float]], samples: np.ndarray, rate: int,
           shift: float) -> tuple[Word, ...]:
    """Words from (text, start in the engine's audio), moved back by ``shift`` seconds (what
    the trim cut from the front), each ended where its sound stops before the next."""
    total = samples.size / rate
    times = [(text, min(max(start - shift, 0.0), total)) for text, start in starts]
    words = []
    for i, (text, start) in enumerate(times):
        until = times[i + 1][1] if i + 1 < len(times) else total
        end = _sound_ends(samples, rate, start, until)
        words.append(Word(text, round(start, 6), round(max(end, start), 6)))
    return tuple(words)


def _sound_ends(samples: np.ndarray, rate: int, start: float, until: float) -> float:
    """Seconds where the last sound between ``start`` and ``until`` dies away."""
    a, b = int(round(start * rate)), int(round(until * rate))
    loud = np.flatnonzero(np.abs(samples[a:b]) > QUIET)
    return float((a + loud[-1] + 1) / rate) if loud.size else until


def from_phonemes(alignments: Sequence[tuple[str, int]], text: str, rate: int
                  ) -> list[tuple[str, float]]:
    """Word starts from Piper's alignments, (phoneme, samples) in order: words are the
    runs between its word-gap phoneme (" "); a run of punctuation alone is no word."""
    starts, at, current = [], 0, None
    for phoneme, count in alignments:
        if phoneme == " ":
            current = None
        elif phoneme not in PUNCTUATION and phoneme not in "^$_":
            if current is None:
                current = at
                starts.append(at / rate)
        at += count
    return labelled(starts, text, at / rate)


def labelled(starts: Sequence[float], text: str, total: float) -> list[tuple[str, float]]:
    """The words of ``text`` with a start each, from an engine's word starts (its audio
    lasting ``total`` seconds): one for one when they agree in number, else each text word
    at the time its place in the text (by characters) falls on between the engine's."""
    said = _spoken_words(text)
    if not starts or not said:
        return []
    if len(starts) == len(said):
        return list(zip(said, starts, strict=True))
    # Different counts (a figure the engine said as several words): by place in the text.
    lengths = np.cumsum([0] + [len(w) + 1 for w in said])
    place = lengths[:-1] / lengths[-1]
    grid = np.arange(len(starts) + 1) / len(starts)
    times = np.interp(place, grid, [*starts, max(total, starts[-1])])
    return [(w, float(t)) for w, t in zip(said, times, strict=True)]


def relabel(words: Sequence[Word], text: str) -> tuple[Word, ...]:
    """An engine's words under the words of ``text``, the sentence as the script has it
    (the engine may have been given a lexicon's respellings): one for one when they agree
    in number, else by place in the text, each ending where the next begins."""
    said = _spoken_words(text)
    if len(said) == len(words):
        return tuple(Word(w, t.start, t.end) for w, t in zip(said, words, strict=True))
    if not words:
        return ()
    starts = labelled([w.start for w in words], " ".join(said), words[-1].end)
    ends = [s for _w, s in starts[1:]] + [words[-1].end]
    return tuple(Word(w, round(s, 6), round(max(e, s), 6))
                 for (w, s), e in zip(starts, ends, strict=True))


def _spoken_words(text: str) -> list[str]:
    """``text``'s words, a mark said as nothing (a dash, a lone quote) kept with the word
    before it: "storm —" is one word on the clock."""
    words: list[str] = []
    for token in text.split():
        if words and not any(c.isalnum() for c in token):
            words[-1] += " " + token
        else:
            words.append(token)
    return words
