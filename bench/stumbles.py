"""Stumbles on real copy: words the espeak voice would say wrong by accident.

Usage: python bench/stumbles.py [-v] [--raw]

Runs ``speech_text`` over every sentence of every publisher's body in
../shared/corpus/clean (first line is the title, skipped) and ../shared/corpus/bench/clean,
asks espeak-ng (``briefing.voices.stumbles``) how it would say each word, and prints stumble
counts by kind for the development and the held-out half apart (a page is held out by a
hash of its name; rules are designed on the development half only).

--raw measures the sentence with only the rules that existed before the speech forms
(``EXISTING``), for the before/after comparison; -v lists each stumble with its sentence.
The corpus is the publishers' text: it is read here, never copied into the project.
"""

from __future__ import annotations

import sys
import time
from collections import Counter

from corpus import CORPUS, bodies, held_out

EXISTING = ("plain", "tidy", "dateline", "urls", "parentheticals", "dates", "times", "amounts",
            "abbreviations", "finish")
"""The style rules before the speech forms of issue #12: what --raw applies."""


def main(argv: list[str]) -> int:
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: nothing to measure")
        return 0
    from briefing.ingest.sentences import split_sentences
    from briefing.voices.stumbles import stumbles
    from briefing.writing.style import RULES

    raw = "--raw" in argv
    rules = [rule for name, rule in RULES if not raw or name in EXISTING]

    def spoken(sentence: str) -> str:
        for rule in rules:
            sentence = rule(sentence)
        return sentence

    counts = {False: Counter(), True: Counter()}
    sentences = {False: 0, True: 0}
    hit_sentences = {False: 0, True: 0}
    examples: list[tuple[bool, str, str, str, str]] = []
    start = time.perf_counter()
    for name, paragraphs in bodies():
        held = held_out(name)
        for paragraph in paragraphs:
            for sentence in split_sentences(paragraph):
                said = spoken(sentence)
                sentences[held] += 1
                found = stumbles(said)
                hit_sentences[held] += bool(found)
                for s in found:
                    counts[held][s.kind] += 1
                    examples.append((held, name, s.kind, s.token, said))
    took = time.perf_counter() - start
    print(f"stumbles {'with the existing rules only (--raw)' if raw else 'after speech_text'}")
    print(f"{'half':<10} {'sentences':>9} {'with a stumble':>15} {'stumbles':>9} "
          f"{'but initialisms':>16}  by kind")
    for held in (False, True):
        c = counts[held]
        print(f"{'held-out' if held else 'dev':<10} {sentences[held]:>9} "
              f"{hit_sentences[held]:>15} {sum(c.values()):>9} "
              f"{sum(c.values()) - c['initialism']:>16}  "
              + ", ".join(f"{k}: {n}" for k, n in c.most_common()))
    print("(initialism: an unlisted all-capitals word spelled out, usually as it should be:"
          " check by ear, add it to briefing.voices.stumbles.LETTERS)")
    if "-v" in argv:
        for held in (False, True):
            print(f"\n## {'held-out' if held else 'dev'}")
            for h, name, kind, token, said in examples:
                if h == held:
                    print(f"{name[:24]:<24} {kind:<9} {token!r:<20} {said[:110]}")
    print(f"\n{sum(sentences.values())} sentences in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
