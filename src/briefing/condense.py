"""Choosing the article's sentences for air: ranked, faithful, sized to a time budget."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from .article import Article, Sentence
from .tighten import attribution_first, cuts, with_place

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
STOPWORDS = frozenset(
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
    return [w.lower() for w in _TOKEN.findall(text) if w.lower() not in STOPWORDS]


_STANDS = re.compile(
    r"^(there (is|are|was|were|has|have|had|will|may|might|could|would|should|must)\b|"
    r"(this|that|these|those|next|last) (week|year|month|morning|afternoon|evening|night|"
    r"weekend|summer|spring|fall|autumn|winter|season|time|decade|century)s?\b|"
    r"(this|that|these|those) (days|years)\b)", re.IGNORECASE)
"""Openers that look like back references but are not: "There is ...", "This week ..."."""


def is_dangling(sentence: Sentence) -> bool:
    """Leans on the sentence before: a pronoun or a connective opens it, or it is a quote
    that names no speaker (the speaker was named before it). The story's first sentence has
    nothing before it: its pronoun may point ahead ("She has lived in Paris for a year, and
    Ana Ruiz ..."), unless it points at a picture."""
    text = sentence.text.lstrip("\"“'‘(")
    if sentence.text[:1] in "\"“" and not _ATTRIBUTION.search(sentence.text):
        return True
    if sentence.index == 0 and _DANGLING.match(text) and not _CONNECTIVE.match(text):
        # Points ahead when it goes on to name someone or somewhere; "It will cost $2m" does not.
        named = re.search(r"\s(?!I\b)[A-Z][a-z]", text)
        return not named or bool(_PICTURED.search(text))
    return bool(_DANGLING.match(text)) and not _STANDS.match(text)


_CONNECTIVE = re.compile(r"^(but|and|so|also|still|however|meanwhile|instead|then|yet)\b",
                         re.IGNORECASE)
_PICTURED = re.compile(r"\b(photos?|photographs?|pictures?|pictured|images?|video|footage|"
                       r"clip|shown|this is the moment|above|below)\b", re.IGNORECASE)
"""What a listener cannot see: a first sentence about a picture is a caption."""


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
    """Openings in order of preference: the story's own lead, the first sentence that stands
    alone (not leaning on one before, long enough, not a question, naming its speaker),
    then the next such ones."""
    early = [x for x in scored[:6] if not is_dangling(x.sentence) and x.sentence.words >= 8
             and x.sentence.words <= LONGEST
             and not x.sentence.text.rstrip("\"”' ").endswith("?")
             and not _UNNAMED_SPEAKER.search(x.sentence.text)]
    return early or [x for x in scored if x.sentence.words <= LONGEST][:1]


_UNNAMED_SPEAKER = re.compile(r"[\"”,] (he|she|they) (said|says|told|added|asked)\b")
"""A quote given to "he" or "she": a feature's opening, not a lead a listener can place."""


def pick_lead(scored: list[Scored],
              fits: Callable[[Sentence], bool] = lambda s: True) -> Scored | None:
    """The preferred opening; one that ``fits`` the time left (whole, or with an aside cut)
    wins over one that does not."""
    pool = lead_candidates(scored)
    for x in pool:
        if fits(x.sentence):
            return x
        short = tightened(x.sentence, fits)
        if short is not None:
            return replace(x, sentence=short)
    return (pool or [None])[0]


def shorter_forms(sentence: Sentence) -> list[Sentence]:
    """The sentence with one, two, ... asides cut (``tighten.cuts``), each remembering the
    words as written and what was cut."""
    kinds: list[str] = []
    forms = []
    for cut in cuts(sentence.text):
        kinds.append(cut.kind)
        forms.append(replace(sentence, text=cut.text, written=sentence.as_written,
                             rewrites=(*sentence.rewrites, *kinds)))
    return forms


def reordered(sentence: Sentence) -> Sentence:
    """A long quote's speaker said before it (``tighten.attribution_first``)."""
    text = attribution_first(sentence.text)
    return sentence if text is None else _rewritten(sentence, text, "attribution")


def placed(sentence: Sentence, article: Article) -> Sentence:
    """The story's first sentence with its dateline's place said in it
    (``tighten.with_place``); any other sentence as it is."""
    place = article.dateline.place if article.dateline else None
    if sentence.index != 0 or not place:
        return sentence
    text = with_place(sentence.text, place, " ".join(s.text for s in article.sentences))
    return sentence if text is None else _rewritten(sentence, text, "dateline")


def _rewritten(sentence: Sentence, text: str, kind: str) -> Sentence:
    return replace(sentence, text=text, written=sentence.as_written,
                   rewrites=(*sentence.rewrites, kind))


def tightened(sentence: Sentence, fits: Callable[[Sentence], bool]) -> Sentence | None:
    """The sentence with the fewest asides cut that ``fits``, or None."""
    return next((short for short in shorter_forms(sentence) if fits(short)), None)


def usable(x: Scored) -> bool:
    """Whether fill may ever choose this sentence on its own merits."""
    return x.shape >= 0.3


def fill(
    scored: list[Scored],
    budget: float,
    cost: Callable[[Sentence], float],
    exclude: set[int],
    after: int | None = None,
    overrun: float = 0.0,
    intros: dict[str, int] | None = None,
) -> list[Sentence]:
    """The story after the lead, in its own order, sized to the budget.

    Sentences are taken as the article tells them, from the one after ``after`` (the
    lead). A sentence is passed over when it cannot stand where it would be heard: it
    leans on a sentence that was not taken ("He said..."), names someone by surname whose
    introduction was not taken, is a question or a fragment, or does not fit the time
    left (a later, shorter one may). A strong sentence may overrun by ``overrun`` (what
    tighter pauses absorb) to be heard whole. Closing a shortfall is the planner's job
    (`plan._nearer`).
    """
    from .references import introduced_by, introductions

    spoken = set(exclude) | ({after} if after is not None else set())
    heard_just_before = {after} if after is not None else set()
    intros = intros if intros is not None else introductions(x.sentence for x in scored)
    chosen: list[Sentence] = []
    by_index = {x.sentence.index: x for x in scored}
    left, passed = budget, 0
    start = after + 1 if after is not None else 0
    for x in scored:
        s = x.sentence
        if s.index < start or s.index in exclude or not usable(x) or not stands(s):
            continue
        if is_dangling(s) and s.index - 1 not in heard_just_before:
            continue  # its antecedent is not heard, or heard too far away to lean on
        if not introduced_by(s, intros) <= spoken:
            continue
        if s.index in spoken:
            continue  # heard already, as the sentence that goes with the one before
        unit = [s]
        following = by_index.get(s.index + 1)
        if following is not None and following.sentence.index not in exclude and \
                goes_with(s, following.sentence):
            unit.append(following.sentence)  # its qualification, or the end of its quote
        need = sum(cost(u) for u in unit)
        room = left + (overrun if left > 0 else 0.0)
        if need > room:
            # Time is short: the sentence heard with an aside cut, before a later one whole.
            short = tightened(unit[0], _within(cost, room - (need - cost(unit[0]))))
            if short is not None:
                unit[0] = short
                need = sum(cost(u) for u in unit)
        if need > room and chosen:
            # Or the asides of what was chosen before it cut, to hear the story in order.
            shortest = [([*shorter_forms(c)] or [c])[-1] for c in chosen]
            saved = sum(cost(c) - cost(t) for c, t in zip(chosen, shortest, strict=True))
            if need <= room + saved:
                for k in range(len(chosen) - 1, -1, -1):
                    if need <= room:
                        break
                    for form in shorter_forms(chosen[k]):
                        gain = cost(chosen[k]) - cost(form)
                        chosen[k] = form
                        room += gain
                        left += gain
                        if need <= room:
                            break
        if need <= room:
            chosen.extend(unit)
            spoken.update(u.index for u in unit)
            heard_just_before.update(u.index for u in unit)
            left -= need
            passed = 0
        else:
            passed += 1
            if passed > SKIPS:
                break  # further on, the story has moved on from what was heard
    return chosen


def _within(cost: Callable[[Sentence], float], room: float) -> Callable[[Sentence], bool]:
    return lambda s: cost(s) <= room


_QUALIFIES = re.compile(r"^(however|but|yet|still|instead|even so|nevertheless|although|"
                        r"though)\b", re.IGNORECASE)
_REJECTS = re.compile(r"\b(denied|denies|rejected|rejects|disputed|disputes|dismissed|"
                      r"dismisses|refuted|refutes|declined to comment)\b", re.IGNORECASE)


def goes_with(sentence: Sentence, following: Sentence) -> bool:
    """Whether ``following`` must be heard with ``sentence``: it qualifies it ("However,
    ...", "The ministry denied the claim"), or it ends the quote that ``sentence`` opens
    and names its speaker."""
    quotes = sentence.text.count('"') + sentence.text.count("“") + sentence.text.count("”")
    if sentence.text[:1] in "\"“" and quotes % 2 == 1:
        return True  # the quote runs on into the next sentence
    text = following.text.lstrip("\"“'‘(")
    return bool(_QUALIFIES.match(text)) or (bool(_REJECTS.search(following.text))
                                           and not is_quote(following))


SKIPS = 1
"""Sentences too long for the time left that may be passed over for a shorter one after."""
SHORTEST = 6
"""Words in the shortest sentence heard on its own: "No joke." is a beat on the page, not
news on air."""


def stands(sentence: Sentence) -> bool:
    """Long enough to carry news, and starting as a sentence starts (not "… keep reading")."""
    text = sentence.text.lstrip("\"“‘'(")
    return sentence.words >= SHORTEST and bool(text) and (text[0].isupper() or text[0].isdigit())
