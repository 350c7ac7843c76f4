"""Sentence splitting on real news copy: how many fragments would reach air?

Usage: python bench/sentences.py [-v] [--raw]

Splits every paragraph (line) of every publisher's body in ../shared/corpus/clean
(first line is the title, skipped) and ../shared/corpus/bench/clean, and prints for the
development and the held-out half apart (a page is held out by a hash of its name, fixed
once; rules are designed on the development half only):

- paragraphs, sentences
- fragments: a sentence that starts lower-case or with , ; : ) ] ” ’, or has fewer than
  4 words and no verb-like word, or does not end in . ! ? (closing marks allowed after),
  or follows a sentence ending in a known abbreviation ("Gov.", "Ave.", "U.S.", "W.").
  A paragraph left whole that has no full stop (a subhead, a credit) is counted apart as
  a heading: no splitter makes or mends it.
- the split time of the longest body, line by line and as one run-on paragraph.

-v lists the fragments with the reason; --raw measures the base splitter (pysbd as it
stands) without the repair pass, for the before/after comparison.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from corpus import CORPUS, bodies, held_out

# The bench's own list, kept apart from the splitter's so that growing the splitter's
# list cannot hide a fragment from the count.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "sgt", "col", "capt",
    "cmdr", "adm", "maj", "cpl", "pvt", "supt", "det", "insp", "rev", "hon", "pres", "jr",
    "sr", "st", "ave", "blvd", "rd", "hwy", "ln", "ct", "mt", "ft", "no", "nos", "vol",
    "inc", "co", "corp", "ltd", "llc", "bros", "dept", "univ", "assn", "vs", "etc", "approx",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
    "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
}
# Only a bare full stop: a quote closing after it ("said “no.”") ends the sentence.
_ABBREVIATION_END = re.compile(r"(?:\b([A-Za-z]+)|\b(?:[A-Za-z]\.){1,3}[A-Za-z])\.$")
_END = re.compile(r"[.!?…][\"”’')\]]*$")
_VERB = re.compile(r"^(?:is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|"
                   r"can|could|may|might|must|shall|should|said|says|say|told|asked|"
                   r"went|came|got|made|took|left|won|lost|saw|know|knew|think|see|go|"
                   r"come|get|make|take|want|need|let|thanks?)$|\w{3,}(?:ed|es)$|\w'[sd]$",
                   re.I)


def ends_in_abbreviation(sentence: str) -> bool:
    m = _ABBREVIATION_END.search(sentence)
    if m is None:
        return False
    word = m.group(1)
    # "U.S." or an initial "W." always count; a word only when it is a listed one written
    # as an abbreviation is ("No." and "Co.", not "no." and "co.").
    if word is None or word == "etc":
        return True
    return word[0].isupper() and (len(word) == 1 or word.lower() in _ABBREVIATIONS)


def why_fragment(sentence: str, previous: str | None) -> str | None:
    """The reason ``sentence`` would be a fragment on air, or None."""
    text = sentence.strip().lstrip("\"“'‘([")
    if not text:
        return "empty"
    if text[0].islower():
        return "lower-case start"
    if text[0] in ",;:)]”’.":
        return "punctuation start"
    if previous is not None and ends_in_abbreviation(previous):
        return "after an abbreviation"
    if not _END.search(text):
        return "no full stop"
    words = re.findall(r"[\w']+", text)
    if len(words) < 4 and not any(_VERB.match(w) for w in words):
        return "short, no verb"
    return None


@dataclass
class Half:
    paragraphs: int = 0
    sentences: int = 0
    headings: int = 0
    fragments: list[tuple[str, str, str]] = field(default_factory=list)
    """(page, reason, the fragment with the end of the sentence before it)."""


def measure(split: Callable[[str], list[str]]) -> dict[bool, Half]:
    halves = {False: Half(), True: Half()}
    for name, paragraphs in bodies():
        half = halves[held_out(name)]
        for paragraph in paragraphs:
            half.paragraphs += 1
            pieces = split(paragraph)
            half.sentences += len(pieces)
            if len(pieces) == 1 and not _END.search(pieces[0]):
                half.headings += 1
                continue
            for i, piece in enumerate(pieces):
                previous = pieces[i - 1] if i else None
                reason = why_fragment(piece, previous)
                if reason:
                    shown = (f"…{previous[-40:]} ‖ " if previous else "") + piece[:120]
                    half.fragments.append((name, reason, shown))
    return halves


def timing(split: Callable[[str], list[str]]) -> tuple[str, float, float]:
    """(longest body, seconds line by line, seconds as one run-on paragraph)."""
    name, paragraphs = max(bodies(), key=lambda b: sum(map(len, b[1])))
    split("Warm up.")
    start = time.perf_counter()
    for paragraph in paragraphs:
        split(paragraph)
    lines = time.perf_counter() - start
    start = time.perf_counter()
    split(" ".join(paragraphs))
    return name, lines, time.perf_counter() - start


def report(split: Callable[[str], list[str]], verbose: bool = False) -> dict[bool, Half]:
    halves = measure(split)
    print(f"{'half':<10} {'paragraphs':>10} {'sentences':>10} {'headings':>9} "
          f"{'fragments':>10}  by reason")
    for held, half in halves.items():
        reasons = Counter(r for _, r, _ in half.fragments)
        print(f"{'held-out' if held else 'dev':<10} {half.paragraphs:>10} {half.sentences:>10} "
              f"{half.headings:>9} {len(half.fragments):>10}  "
              + ", ".join(f"{r}: {n}" for r, n in reasons.most_common()))
    if verbose:
        for held, half in halves.items():
            print(f"\n## {'held-out' if held else 'dev'} fragments")
            for name, reason, shown in half.fragments:
                print(f"{name[:28]:<28} {reason:<22} {shown}")
    name, lines, whole = timing(split)
    print(f"\nlongest body {name}: {lines * 1000:.0f} ms line by line, "
          f"{whole * 1000:.0f} ms as one paragraph")
    return halves


def main(argv: list[str]) -> int:
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: nothing to measure")
        return 0
    from briefing.ingest import sentences

    split = sentences.base_sentences if "--raw" in argv else sentences.split_sentences
    report(split, verbose="-v" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
