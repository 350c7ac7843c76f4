"""Choosing the article's sentences for air: ranked, faithful, sized to a time budget."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .article import Article, Sentence

# Openers that lean on something said before: not spoken without their predecessor.
_DANGLING = re.compile(
    r"^(he|she|it|they|this|that|these|those|his|her|its|their|but|and|so|also|still|"
    r"however|meanwhile|instead|then|there|here|such|both|yet)\b",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"[\"“][^\"”]{15,}[\"”]")
_ATTRIBUTION = re.compile(
    r"\b(said|says|told|tells|wrote|writes|added|adds|stated|explained|according to)\b"
)
_VERB = r"(?:said|says|told|tells|wrote|writes|added|adds|stated|explained)"
_NOT_NAMES = (r"(?!(?:He|She|They|It|We|I|You|Monday|Tuesday|Wednesday|Thursday|Friday|"
              r"Saturday|Sunday)\b)")
# "Okafor said", "the Chinese government said", "said Tomasz Brell", "according to NPR"
_SPEAKER = re.compile(
    rf"\b{_NOT_NAMES}[A-Z][\w'-]+(?:\s+(?!he\b|she\b|they\b|it\b)[a-z]+){{0,2}}\s+{_VERB}\b"
    rf"|\b{_VERB}\s+(?:the\s+)?{_NOT_NAMES}[A-Z]|\baccording to\s+(?:the\s+)?[A-Z]"
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]+")
_STOP = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being
    that this these those it its he she they them his her their we our you your i me my not no
    has have had do does did will would can could should may might must said says say also than
    then there here which who whom whose what when where why how all any some more most other
    such into over after before about up out so just only very new one two""".split()
)


POSITION = 0.8
"""Weight of a sentence's place in the story against its centrality (news leads)."""


@dataclass(frozen=True)
class Scored:
    """A sentence with the parts of its score, so a choice can be explained."""

    sentence: Sentence
    position: float
    centrality: float
    shape: float
    """Penalty factor for very short or long sentences and questions (0..1)."""

    @property
    def score(self) -> float:
        return (POSITION * self.position + (1 - POSITION) * self.centrality) * self.shape


def content_words(text: str) -> list[str]:
    return [w.lower() for w in _TOKEN.findall(text) if w.lower() not in _STOP]


def is_dangling(sentence: Sentence) -> bool:
    return bool(_DANGLING.match(sentence.text.lstrip("\"“'‘(")))


def is_quote(sentence: Sentence) -> bool:
    """A direct quote with a named speaker ("..., Yermak said"), not just "he said"."""
    text = sentence.text
    if not _QUOTE.search(text) or not _ATTRIBUTION.search(text):
        return False
    outside = re.sub(r"[\"“][^\"”]*[\"”]", " ", text)
    return bool(_SPEAKER.search(outside))


def score_sentences(article: Article) -> list[Scored]:
    """Score every body sentence: early and central sentences carry the news."""
    sentences = article.sentences
    freq = Counter(w for s in sentences for w in set(content_words(s.text)))
    title_words = set(content_words(article.title))
    raw = []
    for s in sentences:
        words = content_words(s.text)
        weight = sum(freq[w] - 1 + (2 if w in title_words else 0) for w in words)
        raw.append(weight / math.sqrt(max(4, len(words))))
    top = max(raw) or 1.0
    scored = []
    for s, c in zip(sentences, raw, strict=False):
        shape = 1.0
        if s.words < 7:
            shape *= 0.4
        if s.words > 45:
            shape *= 0.7
        if s.words > LONGEST:
            shape = 0.0  # a run-on dump, not a sentence anyone could read on air
        if s.text.rstrip("\"”’' ").endswith("?"):
            shape *= 0.2
        scored.append(Scored(s, position=1 / (1 + 0.12 * s.index), centrality=c / top, shape=shape))
    return scored


LONGEST = 120
"""Words in the longest sentence a briefing speaks."""


def lead_candidates(scored: list[Scored]) -> list[Scored]:
    """Openings in order of preference: early sentences that stand alone and name who."""
    early = [x for x in scored[:6] if not is_dangling(x.sentence) and x.sentence.words >= 8
             and x.sentence.words <= LONGEST
             and not x.sentence.text.rstrip("\"”' ").endswith("?")]
    named = [x for x in early if re.search(r"(?<!^)\b[A-Z][a-z]+", x.sentence.text)]
    return named or early or [x for x in scored if x.sentence.words <= LONGEST][:1]


def pick_lead(scored: list[Scored],
              fits: Callable[[Sentence], bool] = lambda s: True) -> Scored | None:
    """The preferred opening; one that ``fits`` the time left wins over one that does not."""
    pool = lead_candidates(scored)
    fitting = [x for x in pool if fits(x.sentence)]
    return (fitting or pool or [None])[0]


def usable(x: Scored) -> bool:
    """Whether fill may ever choose this sentence on its own merits."""
    return x.shape >= 0.3


def pick_quote(scored: list[Scored], exclude: set[int]) -> Scored | None:
    quotes = [x for x in scored if x.sentence.index not in exclude and is_quote(x.sentence)
              and 10 <= x.sentence.words <= 50 and not is_dangling(x.sentence)]
    # A quote that opens the sentence is heard as a quote; a quoted fragment less so.
    return max(quotes, key=lambda x: x.score + (0.3 if x.sentence.text[0] in "\"“" else 0.0),
               default=None)


FLOOR = 0.3
"""Sentences scoring below this share of the best are not chosen just to fill time."""
REDUNDANCY = 0.9
"""How much a sentence's score drops when its content words were already heard."""


def fill(
    scored: list[Scored],
    budget: float,
    cost: Callable[[Sentence], float],
    exclude: set[int],
    slack: float = 0.0,
    after: int | None = None,
    overrun: float = 0.0,
) -> list[Sentence]:
    """Best-scoring sentences whose cost fits the budget, returned in article order.

    A sentence that leans on its predecessor comes only with that predecessor; ``after``
    is the sentence spoken just before these (the lead), which one may lean on. A strong
    sentence may overrun the budget by ``overrun`` (what tighter pauses absorb) to be
    heard whole. Weak sentences (below FLOOR) are only taken when the strong ones leave
    more than ``slack`` (what the fit can absorb) unfilled. After the greedy pass, single
    swaps move the total closer to the budget. Closing a remaining shortfall with one
    more sentence is the planner's job (`plan._nearer`), which knows the rate range too.
    """
    by_index = {x.sentence.index: x for x in scored}
    chosen: dict[int, Sentence] = {}

    left = budget

    def spoken_before(index: int) -> bool:
        return index in chosen or index == after

    def unit(x: Scored) -> list[Sentence]:
        s = x.sentence
        group = [s]
        while is_dangling(group[0]) and group[0].index - 1 in by_index:
            prev = by_index[group[0].index - 1].sentence
            if spoken_before(prev.index):
                break
            if prev.index in exclude:
                return []  # its antecedent is spoken elsewhere; too far away to lean on
            group.insert(0, prev)
            if len(group) > 3:
                return []
        if is_dangling(group[0]) and not spoken_before(group[0].index - 1):
            return []
        return [g for g in group if g.index not in chosen]

    top = max((x.score for x in scored), default=0.0)
    words = {x.sentence.index: set(content_words(x.sentence.text)) for x in scored}
    heard = set().union(*(words.get(i, set()) for i in {*exclude, after}))

    def novelty(x: Scored) -> float:
        """Share of the sentence's content words not yet heard: repeats add nothing."""
        mine = words[x.sentence.index]
        return len(mine - heard) / len(mine) if mine else 0.0

    for floor in (FLOOR * top, 0.0):
        # Weak sentences only when the strong ones leave more time than the fit can absorb.
        if floor == 0.0 and left <= slack:
            break
        candidates = [x for x in scored if x.sentence.index not in exclude and usable(x)
                      and x.score >= floor and x.sentence.index not in chosen]
        # Best score first: a sentence's relevance never exceeds its score, so the search
        # for the best stops at the first score below the best relevance found (a long
        # article has thousands of candidates).
        order = {id(x): i for i, x in enumerate(candidates)}
        candidates.sort(key=lambda x: (-x.score, order[id(x)]))
        while candidates:
            # Maximal marginal relevance: the best sentence that still says something new.
            x, best = candidates[0], -1.0
            for c in candidates:
                if c.score < best:
                    break
                value = c.score * (1 - REDUNDANCY * (1 - novelty(c)))
                if value > best or (value == best and order[id(c)] < order[id(x)]):
                    x, best = c, value
            candidates.remove(x)
            if x.sentence.index in chosen:
                continue
            group = unit(x)
            if not group:
                continue
            need = sum(cost(s) for s in group)
            if need <= left + overrun:
                for s in group:
                    chosen[s.index] = s
                    heard |= words[s.index]
                left -= need
    # Swap a chosen, independent sentence for a longer one, nearly as good, that fits.
    for _ in range(3):
        best = None
        for i, s in chosen.items():
            if any(is_dangling(c) and c.index == i + 1 for c in chosen.values()):
                continue
            for x in scored:
                o = x.sentence
                if o.index in chosen or o.index in exclude or is_dangling(o) or not usable(x):
                    continue
                if x.score < 0.8 * by_index[i].score:
                    continue
                gain = cost(o) - cost(s)
                if 0 < gain <= left and (best is None or gain > best[0]):
                    best = (gain, i, o)
        if best is None or best[0] < 0.5:
            break
        gain, i, o = best
        del chosen[i]
        chosen[o.index] = o
        left -= gain
    return [chosen[i] for i in sorted(chosen)]
