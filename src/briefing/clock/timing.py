"""Timelines and the estimate of how long a voice takes to say a script."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..voices.profiles import Voice
from ..voices.tts import Word
from ..writing.numbers import number_words

_WORD = re.compile(r"[$€£]?\d[\d,]*(?:\.\d+)?%?|[A-Za-z]+(?:'[A-Za-z]+)?")
_NUMBER_WORDS = frozenset("""zero one two three four five six seven eight nine ten eleven twelve
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
    seventy eighty ninety hundred thousand million billion trillion point percent dollars
    dollar cents euros pounds""".split())
_PAUSE_MARKS = re.compile(r"[,;:]|\s[-—–]\s")
_VOWELS = re.compile(r"[aeiouy]+")


def clock(seconds: float) -> str:
    """Seconds as a producer reads them on a running order: "1:05.3" (rounded to the tenth
    first, so 179.97 is "3:00.0", never "2:60.0")."""
    tenths = round(seconds * 10)
    return f"{tenths // 600}:{tenths % 600 / 10:04.1f}"


@dataclass(frozen=True)
class SegmentTime:
    """Where one segment sits on the clock, in seconds from the start of the audio."""

    id: str
    start: float
    end: float

    @property
    def seconds(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class SentenceTime:
    """Where one spoken sentence sits, seconds from the start of the programme."""

    segment: str
    text: str
    start: float
    end: float
    words: tuple[Word, ...] = ()
    """Each word of ``text`` and where it is heard, seconds from the start of the programme."""


@dataclass(frozen=True)
class Timeline:
    """Segment times, estimated (preview) or measured (rendered): the same type for both."""

    segments: tuple[SegmentTime, ...]
    total: float
    """Length of the whole programme, seconds."""
    measured: bool
    """True when read off rendered audio, False for an estimate."""


@lru_cache(maxsize=4096)
def syllables(word: str) -> int:
    """Syllables in one written word, numbers read out as words."""
    if not word[0].isalpha():
        return sum(syllables(w) for w in _WORD.findall(number_words(word)))
    w = word.lower()
    if len(w) <= 3 and not _VOWELS.search(w):
        return len(w)  # initialisms: "FBI", "NPR" are said letter by letter
    if word.isupper() and len(word) <= 5:
        return len(w) + w.count("w")  # "NATO" is rarer than "CIA" on air
    count = len(_VOWELS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    if w.endswith(("ed",)) and not w.endswith(("ted", "ded")) and count > 1:
        count -= 1
    return max(1, count)


@dataclass(frozen=True)
class Features:
    """Countable properties of one spoken sentence that predict its length.

    Numbers count as the words a reader says ("2026" is "twenty twenty-six").
    """

    syllables: int
    words: int
    letters: int
    commas: int
    """Commas, semicolons, colons and spaced dashes: the voice's short pauses."""
    initialisms: int
    """All-capital words ("NASA", "FBI"), often said letter by letter."""
    long_words: int
    """Words of three syllables or more, which voices speed through."""
    number_words: int
    """Words of spoken numbers ("twenty", "point", "percent"), which voices read slowly."""

    def vector(self) -> tuple[float, ...]:
        """In the order of ``Calibration.coefficients``."""
        return (self.syllables, self.words, self.letters, self.commas, self.initialisms,
                self.long_words, self.number_words, 1.0)


def spoken_words(text: str) -> list[str]:
    """The words a reader says, numbers and currency written out."""
    out: list[str] = []
    for token in _WORD.findall(text):
        out.extend(_WORD.findall(number_words(token)) if not token[0].isalpha() else [token])
    return out


def features(text: str) -> Features:
    tokens = _WORD.findall(text)
    words = spoken_words(text)
    return Features(
        syllables=sum(syllables(w) for w in words),
        words=len(words),
        letters=sum(len(w) for w in words),
        commas=len(_PAUSE_MARKS.findall(text)),
        initialisms=sum(1 for w in tokens if w.isupper() and (len(w) > 1 or w not in "AI")),
        long_words=sum(1 for w in words if syllables(w) >= 3),
        number_words=sum(1 for w in words if w.lower() in _NUMBER_WORDS),
    )


def sentence_seconds(text: str, voice: Voice) -> float:
    """Estimated speaking time of one sentence of broadcast copy (no inserted pauses)."""
    cal = voice.calibration
    f = features(voice.speak(text)).vector()
    seconds = sum(a * b for a, b in zip(f, cal.coefficients(), strict=True))
    # Figures measured at one rate hold at another, scaled: speech time goes as 1/rate.
    if cal.rate:
        seconds *= cal.rate / voice.rate
    return max(0.0, seconds)
