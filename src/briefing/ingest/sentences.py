"""Splitting a paragraph into sentences, as news copy writes them.

Every spoken sentence of a briefing is an article sentence, so a wrong cut puts a
fragment on air ("Oct. 3 in a warehouse ...") and a missed one runs two together. The
base is pysbd (rule-based, good on "Nov." and "U.S."), given the text in linear-time
chunks; a small repair pass then fixes what it gets wrong on newswriting:

- it joins a piece to the one before when the piece cannot start a sentence: it opens
  with a comma, a dash or a lower-case word ("R-Wis., in April"), with a digit after an
  abbreviation ("No. 3"), with any capital after a title that never ends a sentence
  ("Hon. Ama Obi", "Rt. Hon."), or with a month, weekday or time zone after a.m./p.m.
  ("9:15 p.m. Oct. 3", "5:45 p.m. ET");
- it cuts where pysbd ran two sentences together after an abbreviation that can end one
  ("the U.S. But Canada", "Albany, N.Y. He"), when the next word is one that starts
  sentences (He, The, But, ...), never a name ("U.S. Navy").

A capitalised word other than those after "a.m."/"p.m." ("at 7 a.m. Police said") starts
a new sentence: in the corpus every such case was a new sentence.
"""

from __future__ import annotations

import re
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pysbd as pysbd_module

__all__ = ["split_sentences"]

Span = tuple[int, int]
"""A sentence as [start, end) offsets into its paragraph."""


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph, each as the paragraph has it (outer whitespace off)."""
    spans = _merge(paragraph, _cut(paragraph, _base_spans(paragraph)))
    return [paragraph[a:b].strip() for a, b in spans]


def base_sentences(paragraph: str) -> list[str]:
    """pysbd's sentences alone, without the repair pass (the bench's "before")."""
    return [paragraph[a:b].strip() for a, b in _base_spans(paragraph)]


def _base_spans(paragraph: str) -> list[Span]:
    import pysbd

    out: list[Span] = []
    offset = 0
    for chunk in _chunks(paragraph):
        pos = 0
        for piece in _pysbd(pysbd, chunk):
            at = chunk.find(piece, pos)
            pos = at + len(piece)
            stripped = piece.strip()
            if not stripped:
                continue
            start = offset + at + piece.find(stripped)
            end = start + len(stripped)
            # pysbd sometimes splits off a closing quote or bracket: rejoin it.
            if out and not any(c.isalnum() for c in stripped):
                out[-1] = (out[-1][0], end)
            else:
                out.append((start, end))
        offset += len(chunk)
    return out


CHUNK = 2000
"""Characters pysbd is given at once: its time grows with the square of its input, so a
page dumped as one endless paragraph is cut first, between sentences that are safe to
cut (a long lower-case word, a full stop, a capital)."""
_SAFE_BREAK = re.compile(r"(?<=[a-z]{4}[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z])")


def _chunks(text: str, limit: int = CHUNK) -> list[str]:
    out: list[str] = []
    while len(text) > limit:
        cut = None
        for m in _SAFE_BREAK.finditer(text, 0, limit):
            cut = m.end()
        if cut is None:
            cut = text.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
        out.append(text[:cut])
        text = text[cut:]
    out.append(text)
    return out


def _pysbd(pysbd: ModuleType, text: str) -> list[str]:
    """pysbd's sentences, as they stand in ``text``. (Its own way of finding them in the
    text compiles a pattern per sentence and searches from the start each time.)"""
    segmenter = _segmenter(pysbd)
    sentences = segmenter.processor(text).process()
    out, pos = [], 0
    for sentence in sentences:
        at = text.find(sentence, pos)
        if at < 0:  # not in the text as written: pysbd's own segment() drops it too
            continue
        out.append(sentence)
        pos = at + len(sentence)
    return out


_SEGMENTER: pysbd_module.Segmenter | None = None


def _segmenter(pysbd: ModuleType) -> pysbd_module.Segmenter:
    global _SEGMENTER
    if _SEGMENTER is None:
        _SEGMENTER = pysbd.Segmenter(language="en", clean=False)
    return _SEGMENTER


# --- the repair pass -------------------------------------------------------------------

_TITLES = frozenset(
    "mr mrs ms mx messrs dr drs prof gov govs sen sens rep reps gen gens lt col maj capt "
    "cmdr adm sgt cpl pvt spc det insp supt atty rev hon rt fr msgr pres st mt ft".split())
"""Abbreviations that stand before a name and so never end a sentence before a capital."""
_STATES = frozenset(
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo "
    "mont neb nev okla ore pa tenn tex va vt wash wis wyo".split())
"""AP-style state abbreviations (the dotted ones, "N.Y.", are in _DOTTED_ENDING)."""
_ENDING = _STATES | frozenset(
    "inc co corp ltd llc bros jr sr etc ave blvd rd st hwy ln ct pl".split())
"""Abbreviations that can end a sentence ("moved to Dover, Del.", "joined Pell Inc.")."""
_COMPANY = frozenset("inc corp co bros ltd llc plc".split())
"""A company's suffix, which wire copy runs on into a title or a name ("Pell Inc. Chief
Executive ..."); a sentence that ends on one and goes on with a starter ("The") is cut."""
_OTHER = frozenset(
    "no nos vol pts approx est fig art sec ch pp vs jan feb mar apr jun jul aug sep sept "
    "oct nov dec mon tue tues wed thu thur thurs fri sat sun".split())
"""Other abbreviations a number or a lower-case word goes on after ("No. 3", "Oct. 3")."""
_KNOWN = _TITLES | _ENDING | _OTHER
_ABBREVIATION = re.compile(r"([A-Za-z](?:[A-Za-z]*|(?:\.[A-Za-z])*))\.$")

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
_AFTER_CLOCK = re.compile(
    rf"(?:{_MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"[ECMP][SD]?T|GMT|UTC|BST|CET|HST|AKST|AKDT|"
    r"(?:Eastern|Central|Mountain|Pacific)\s+(?:[Tt]ime|[Ss]tandard|[Dd]aylight))\b")
"""What follows "a.m."/"p.m." inside a sentence, AP style: "9:15 p.m. Oct. 3",
"7 a.m. Tuesday", "5:45 p.m. ET"."""
_CLOCK = frozenset({"a.m", "p.m"})

_STARTERS = ("He|She|It|They|We|I|You|The|This|That|These|Those|There|His|Her|Its|Their|"
             "Our|My|But|And|Yet|So|Still|However|Meanwhile|A|An|In|On|At|As|After|"
             "Before|When|While|If|Now|Then|Today")
"""Words that start sentences and are never part of a name after "U.S." or "Inc."."""
_DOTTED_ENDING = ("U.S", "U.K", "U.N", "E.U", "D.C", "N.Y", "N.J", "N.C", "S.C", "N.D", "S.D",
                  "N.H", "N.M", "R.I", "W.Va", "L.A", "a.m", "p.m")
"""Dotted abbreviations that end sentences: places and clock times, never a person's
initials ("J.P. Richardson", "George H.W. Bush"), which pysbd rightly keeps joined."""
_MISSED_END = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(d) for d in _DOTTED_ENDING) + "|"
    + "|".join([w.capitalize() for w in sorted(_ENDING, key=len, reverse=True)] + ["etc"])
    # No opening quote before the starter: 'J.P. "The Big Bopper" Richardson'.
    + r")\.[\"”’)]*(?=\s+(?:" + _STARTERS + r")\b)")
_STARTER = re.compile(r"[\"“]?(?:" + _STARTERS + r")\b")

_OPEN_END = re.compile(r"(?:\.\.|…|[?!][\"”’]?|\.[\"”’])$")
"""An ellipsis, a question or exclamation, or a closed quote: a lower-case word after it
goes on the sentence (an attribution, a pause). After a plain full stop it does not: a
feed that lower-cases sentence starts must not run them together."""

_WINDOW = 80
"""Characters looked at either side of a cut: keeps the pass linear in the paragraph."""


def _cut(paragraph: str, spans: list[Span]) -> list[Span]:
    """Cut spans where a sentence ends on an abbreviation and the next starts with a word
    that starts sentences ("moved to the U.S. But he ...")."""
    out: list[Span] = []
    for start, end in spans:
        for m in _MISSED_END.finditer(paragraph, start, end):
            out.append((start, m.end()))
            start = m.end()
            while start < end and paragraph[start].isspace():
                start += 1
        out.append((start, end))
    return out


def _merge(paragraph: str, spans: list[Span]) -> list[Span]:
    """Join each span that cannot start a sentence to the one before it."""
    out: list[Span] = []
    for span in spans:
        if out and _continues(paragraph[max(out[-1][0], out[-1][1] - _WINDOW):out[-1][1]],
                              paragraph[span[0]:min(span[1], span[0] + _WINDOW)]):
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def _abbreviation(before: str) -> str | None:
    """The abbreviation ``before`` ends with, lower-cased without its last full stop
    ("gov", "a.m", "n.y", "w"), or None."""
    m = _ABBREVIATION.search(before)
    if m is None:
        return None
    word = m.group(1)
    # A word right before the abbreviation's start must not run into it ("R-Wis." is fine).
    if m.start() > 0 and (before[m.start() - 1].isalnum() or before[m.start() - 1] == "."):
        return None
    if "." in word or word.lower() in _KNOWN or len(word) == 1 and word.isupper():
        return word.lower()
    return None


def _continues(before: str, piece: str) -> bool:
    """Whether ``piece`` goes on the sentence that ``before`` ends, rather than starting one."""
    first = piece.lstrip()
    if not first:
        return True
    if first[0] in ",;:)]”—–-":
        return True  # nothing starts a sentence with these
    word = re.match(r"[^\s]*", first).group()
    lower = re.fullmatch(r"[a-z][a-z'’-]*[,;:.!?…]*", word) is not None
    if lower and _OPEN_END.search(before):
        return True  # "he paused ... then spoke", "“Why now?” she asked"
    if re.search(r"\b[A-Z]{2,3}\.$", before) and re.match(r"[A-Z]{2,}\s+[A-Z]{2,}\b", first):
        return True  # a name in capitals with a stop inside: "the VW ID. SPACE VIZZION"
    abbreviation = _abbreviation(before)
    if abbreviation is None:
        return False
    if lower:
        return True  # "12 pts. in the end", "Ariz., and ..."
    if first[0].isdigit():
        return True  # "No. 3", "Oct. 3", "10 a.m. 6 days a week"
    if _STARTER.match(first):
        return False  # "Elm St. He ...": cut there on purpose
    if abbreviation in _TITLES:
        return first[0].isupper()  # "Gov. Ann Lee", "Rt. Hon."
    if abbreviation in _COMPANY:
        return first[0].isupper()  # "Pell Inc. Chief Executive Ann Lee", "Warner Bros. Discovery"
    return abbreviation in _CLOCK and _AFTER_CLOCK.match(first) is not None
