"""Who and what a sentence refers to, and which earlier sentence introduced them.

A listener has only what was said before. "Kowalski said..." needs "Anna Kowalski" to
have been heard; "the statement said" needs a statement to have been mentioned. The
article introduces people by full name first (newswriting's rule), so a surname alone
refers back to the sentence that gave the full name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..ingest.article import Article, Sentence

_NAME = re.compile(r"\b([A-Z][a-z'’-]+(?:\s+[A-Z]\.)*(?:\s+(?:de|van|von|da|al|bin|le|la)"
                   r")?(?:\s+[A-Z][A-Za-z'’-]+){1,2})\b")
"""A full name: two or three capitalised words, middle initials allowed ("Anna M. Brandt")."""
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+([A-Z][A-Za-z'’-]+)")
_WORD = re.compile(r"\b[A-Z][A-Za-z'’-]+\b")
_THE = re.compile(r"\b[Tt]he (statement|decision|report|ruling|verdict|bill|plan|deal|"
                  r"proposal|lawsuit|complaint|investigation|probe|agreement|announcement|"
                  r"letter|study|survey|petition|memo)\b")
"""Definite references a newsreader cannot use cold ("the statement said"): things that
are named by the same word when they are introduced ("said in a statement")."""
_NOT_SURNAMES = frozenset(
    "The A An In On At As But And Or If When While After Before Since During This That "
    "These Those It He She They We I You His Her Their Our Its Mr Mrs Ms Dr Prof Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December".split())


@dataclass(frozen=True)
class Needs:
    """What one sentence leans on."""

    names: frozenset[str]
    """Surnames used alone, each introduced in full by an earlier sentence."""
    things: frozenset[str]
    """Definite references ("statement", "suspect") to something named before."""


def introductions(sentences: Iterable[Sentence]) -> dict[str, int]:
    """Each surname the article's sentences introduce with a full name, and the sentence
    that does."""
    first: dict[str, int] = {}
    for s in sentences:
        for m in _NAME.finditer(s.text):
            words = m.group(1).split()
            if words[0] in _NOT_SURNAMES:
                continue
            first.setdefault(words[-1], s.index)
    return first


def needs(sentence: Sentence, intros: dict[str, int]) -> Needs:
    """The surnames (introduced earlier) and definite references this sentence leans on."""
    text = sentence.text
    full = {m.group(1).split()[-1] for m in _NAME.finditer(text)
            if m.group(1).split()[0] not in _NOT_SURNAMES}
    alone = set()
    for m in _WORD.finditer(text):
        word = m.group()
        if word in intros and intros[word] < sentence.index and word not in full:
            alone.add(word)
    alone |= {m.group(1) for m in _HONORIFIC.finditer(text)
              if m.group(1) in intros and intros[m.group(1)] < sentence.index}
    things = set()
    for m in _THE.finditer(text):
        noun = m.group(1)
        # "the company" is a reference when nothing earlier in the sentence names it.
        if not re.search(rf"\b{noun}\b", text[:m.start()], re.IGNORECASE):
            things.add(noun)
    return Needs(frozenset(alone), frozenset(things))


def introduced_by(sentence: Sentence, intros: dict[str, int]) -> set[int]:
    """The earlier sentences that introduce the people this one names by surname alone."""
    return {intros[name] for name in needs(sentence, intros).names}


def things_unheard(sentence: Sentence, heard: Iterable[str]) -> set[str]:
    """The definite references in ``sentence`` ("the report") that nothing ``heard``
    mentions."""
    said = " ".join(heard)
    return {thing for thing in needs(sentence, {}).things
            if not re.search(rf"\b(?:{_MENTIONED.get(thing, thing + 's?')})\b", said,
                             re.IGNORECASE)}


_MENTIONED = {
    "statement": r"statements?|stated|states", "decision": r"decisions?|decided|decides",
    "announcement": r"announce(?:ment|ments|d|s)?", "ruling": r"rulings?|ruled|rules",
    "proposal": r"proposals?|proposed|proposes", "lawsuit": r"lawsuits?|sued|sues|suing",
    "complaint": r"complaints?|complained", "investigation": r"investigat\w*|probe",
    "probe": r"probe[sd]?|investigat\w*", "agreement": r"agreements?|agreed|deal",
    "deal": r"deals?|agreement", "study": r"stud(?:y|ies|ied)|research",
    "report": r"reports?|reported", "plan": r"plans?|planned", "petition": r"petitions?|petitioned",
}
"""How a thing is mentioned before "the ..." can refer to it: a verb will do ("the city
announced" introduces "the announcement")."""


def unintroduced(spoken: list[Sentence], article: Article) -> list[tuple[Sentence, str]]:
    """Spoken sentences that use a surname or a definite reference the listener has not
    heard introduced, with what is missing."""
    intros = introductions(article.sentences)
    heard: list[str] = []
    found = []
    for s in spoken:
        need = needs(s, intros)
        said = " ".join(heard)
        for name in sorted(need.names):
            if not re.search(rf"\b{re.escape(name)}\b", said):
                found.append((s, name))
        found += [(s, "the " + thing) for thing in sorted(things_unheard(s, heard))]
        heard.append(s.text)
    return found
