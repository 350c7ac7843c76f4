"""Captions for people: cues of at most two short lines, a few seconds each, broken where a
phrase ends and timed from the words (EBU-TT-D, BBC and Netflix practice; WCAG). One cue
per sentence stays available (``CaptionStyle.per_sentence``)."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from ..clock.timing import SentenceTime
from ..voices.tts import Word

DEFAULT_LINE_CHARS = 42
"""Characters a caption line holds at most (EBU and Netflix: 37-42)."""
LINE_CHARS_RANGE = (20, 80)
DEFAULT_LINES = 2
SHORTEST = 1.0
"""Seconds a cue stays up at least: shorter is a flash a reader misses."""
LONGEST = 7.0
"""Seconds a cue stays up at most."""
# A phrase tends to start with these: a break before one reads naturally.
_OPENERS = frozenset("""and but or nor so yet because although though while whereas if unless
    until after before since when where which who whom whose that than as to in on at for
    with from by about into over under between against during without said says""".split())
_CLOSES = re.compile(r"[,;:.!?…—)\"”]$")
_NUMBERS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
    seventy eighty ninety hundred thousand million billion trillion point""".split())


@dataclass(frozen=True)
class CaptionStyle:
    """How captions are cut: line length, lines a cue, or one cue per sentence."""

    line_chars: int = DEFAULT_LINE_CHARS
    lines: int = DEFAULT_LINES
    per_sentence: bool = False


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    lines: tuple[str, ...]


def cues(sentences: Sequence[SentenceTime], style: CaptionStyle = CaptionStyle(),
         until: float | None = None) -> list[Cue]:
    """The programme's caption cues, in order and inside the sentences' times (and held
    up no later than ``until``, the end of the audio)."""
    if style.per_sentence:  # one cue a sentence, its lines wrapped at the line length
        return _held([Cue(s.start, s.end, tuple(textwrap.wrap(
            s.text, style.line_chars, break_long_words=False)) or (s.text,))
            for s in sentences], until)
    groups: list[list[Word]] = []
    for sentence in sentences:
        words = list(sentence.words) or [Word(sentence.text, sentence.start, sentence.end)]
        groups += _groups(_fitting(words, style.line_chars), style)
    groups = _joined(groups, style, until)
    return _held([Cue(g[0].start, g[-1].end, _lines([w.text for w in g], style.line_chars))
                  for g in groups], until)


def _joined(groups: list[list[Word]], style: CaptionStyle, until: float | None
            ) -> list[list[Word]]:
    """A cue that cannot stay up for ``SHORTEST`` before the next begins ("In a column:",
    or a phrase cut short by full lines) shares a cue with the next, or else the one
    before, when the two fit together; else it takes the next cue's first words."""
    k = 0
    while k < len(groups):
        room = groups[k + 1][0].start if k + 1 < len(groups) else \
            (until if until is not None else groups[k][-1].end + SHORTEST)
        if min(room, groups[k][0].start + SHORTEST) - groups[k][0].start >= SHORTEST - 1e-9:
            k += 1
        elif k + 1 < len(groups) and _fits(groups[k] + groups[k + 1], style):
            groups[k:k + 2] = [groups[k] + groups[k + 1]]
        elif k > 0 and _fits(groups[k - 1] + groups[k], style):
            groups[k - 1:k + 1] = [groups[k - 1] + groups[k]]
            k -= 1
        elif k + 1 < len(groups) and len(groups[k + 1]) > 1 and \
                _fits(groups[k] + groups[k + 1][:1], style):
            groups[k:k + 2] = [groups[k] + groups[k + 1][:1], groups[k + 1][1:]]
        else:
            k += 1
    return groups


def _fitting(words: list[Word], chars: int) -> list[Word]:
    """Words no longer than a line: a longer one is cut at its own hyphens or slashes (a
    web address), else into line-long pieces ending in a hyphen; the pieces share its
    time."""
    out = []
    for w in words:
        if len(w.text) <= chars:
            out.append(w)
            continue
        pieces, current = [], ""
        for part in re.findall(r"[^-/]*[-/]|[^-/]+$", w.text):
            if len(current) + len(part) <= chars:
                current += part
                continue
            if current:
                pieces.append(current)
            while len(part) > chars:
                pieces.append(part[:chars - 1] + "-")
                part = part[chars - 1:]
            current = part
        if current:
            pieces.append(current)
        step = (w.end - w.start) / len(pieces)
        out += [Word(p, w.start + k * step, w.start + (k + 1) * step)
                for k, p in enumerate(pieces)]
    return out


def _groups(words: list[Word], style: CaptionStyle) -> list[list[Word]]:
    """A sentence's words cut into cues: each as full as its lines and time allow, ended
    where a phrase ends when one is near; a tail too short to read joins the cue before
    it, or takes that cue's last words."""
    groups, start = [], 0
    while start < len(words):
        end = start + 1  # words[start:end] is the cue; it grows while it fits
        while end < len(words) and _fits(words[start:end + 1], style):
            end += 1
        if end < len(words):
            end = _phrase_end(words, start, end)
        groups.append(words[start:end])
        start = end
    while len(groups) > 1 and _seconds(groups[-1]) < SHORTEST:
        merged, moved = groups[-2] + groups[-1], groups[-2][-1:] + groups[-1]
        if _fits(merged, style):
            groups[-2:] = [merged]
        elif len(groups[-2]) > 1 and _fits(moved, style):
            groups[-2:] = [groups[-2][:-1], moved]
        else:
            break
    return groups


def _seconds(words: list[Word]) -> float:
    return words[-1].end - words[0].start


def _fits(words: list[Word], style: CaptionStyle) -> bool:
    return (_seconds(words) <= LONGEST
            and _lines([w.text for w in words], style.line_chars, style.lines) is not None)


def _phrase_end(words: list[Word], start: int, end: int) -> int:
    """Where to end a full cue of words[start:end]: after punctuation, or before a phrase's
    opening word, at the latest such place in its second half; else where it is full."""
    def phrase(k: int) -> int:
        following = words[k].text.lower().strip("\"“(")
        return 2 if _CLOSES.search(words[k - 1].text) else 1 if following in _OPENERS else 0

    return max(range(start + (end - start + 1) // 2, end + 1), key=lambda k: (phrase(k), k))


def _lines(words: Sequence[str], chars: int, most: int = DEFAULT_LINES) -> tuple[str, ...] | None:
    """The words on at most ``most`` lines of at most ``chars``, the break at the phrase
    boundary that keeps the lines most even; None when they do not fit."""
    text = " ".join(words)
    if len(text) <= chars:
        return (text,)
    if most < 2:
        return None
    best: tuple[float, tuple[str, ...]] | None = None
    for k in range(1, len(words)):
        top, bottom = " ".join(words[:k]), " ".join(words[k:])
        if len(top) > chars or len(bottom) > chars:
            continue
        phrase = 0 if _CLOSES.search(words[k - 1]) else \
            4 if words[k].lower() in _OPENERS else 10
        if _number(words[k - 1]) and _number(words[k]):
            phrase += 20  # "four | thousand two hundred" reads as two figures
        cost = abs(len(top) - len(bottom)) + phrase
        if best is None or cost < best[0]:
            best = (cost, (top, bottom))
    return best[1] if best else None


def _number(word: str) -> bool:
    return any(part in _NUMBERS for part in word.lower().strip(",.;:").split("-"))


def _held(found: list[Cue], until: float | None = None) -> list[Cue]:
    """Each cue held up for at least ``SHORTEST`` where the next one leaves room, never
    past the next cue's start, ``until`` (the audio's end) nor ``LONGEST``."""
    out = []
    for i, cue in enumerate(found):
        room = found[i + 1].start if i + 1 < len(found) else cue.end + SHORTEST
        if until is not None:
            room = min(room, until)
        end = min(max(cue.end, cue.start + SHORTEST), room, cue.start + LONGEST)
        out.append(Cue(round(cue.start, 3), round(max(end, cue.end), 3), cue.lines))
    return out
