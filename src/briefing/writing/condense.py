"""Choosing the article's sentences for air: ranked, faithful, sized to a time budget."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..ingest.article import Article, Sentence
from ..ingest.dateline import WIRES
from .tighten import attribution_first, cuts, with_place

# Openers that lean on something said before: not spoken without their predecessor.
_DANGLING = re.compile(
    r"^(the same|the latter|another|"
    r"he|she|it|they|this|that|these|those|his|her|its|their|but|and|so|also|still|"
    r"however|meanwhile|instead|then|there|here|such|both|yet|which|whereas)\b",
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
    if _AFTER_OPENER.match(text):
        return True  # "On the bright side, his defence ...": the pronoun still points back
    return bool(_DANGLING.match(text)) and not _STANDS.match(text)


_AFTER_OPENER = re.compile(r"^[^,\"“”]{2,40},\s+(?:he|she|they|his|her|their|its|these|"
                           r"those)\b")
"""A pronoun that opens the sentence's main clause after a short opening phrase."""
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
             and stands(x.sentence) and x.sentence.words <= LONGEST
             and not x.sentence.text.rstrip("\"”' ").endswith("?")
             and not _UNNAMED_SPEAKER.search(x.sentence.text)]
    later = [x for x in scored if x.sentence.words <= LONGEST]
    return early or [x for x in later if stands(x.sentence) and not is_dangling(x.sentence)][:1] \
        or later[:1]


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
    forms = []
    for cut in cuts(sentence.text):
        forms.append(_rewritten(forms[-1] if forms else sentence, cut.text, cut.kind))
    return forms


def reordered(sentence: Sentence) -> Sentence:
    """A long quote's speaker said before it (``tighten.attribution_first``)."""
    text = attribution_first(sentence.text)
    return sentence if text is None else _rewritten(sentence, text, "attribution")


def placed(sentence: Sentence, article: Article) -> Sentence:
    """The story's first sentence with its dateline's place said in it
    (``tighten.with_place``); any other sentence as it is."""
    dateline = article.dateline
    # A wire's dateline says where the news is; a local outlet's or a press release's, where
    # the outlet or the issuer is.
    place = dateline.place if dateline and article.kind != "press_release" and (
        dateline.agency is None or dateline.agency in WIRES) else None
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


def may_add(x: Scored, heard: set[int], said: Sequence[str], intros: dict[str, int],
            apart: set[int] | frozenset[int] = frozenset(),
            just_before: set[int] | None = None) -> bool:
    """Whether a sentence not yet heard may be added where it would be heard: it can stand
    on air, is not part of a quote told over several sentences (``apart``), and leans on
    nothing unheard: not on the sentence before it (unless that is ``just_before``, by
    default what was ``heard``), not on a surname introduced elsewhere, not on "the report"
    before a report was ``said``. The one rule for the details, the planner's gap-closing
    sentence and whether the article ran out."""
    from .references import introduced_by, things_unheard

    s = x.sentence
    before = heard if just_before is None else just_before
    return (s.index not in heard and s.index not in apart and usable(x) and stands(s)
            and introduced_by(s, intros) <= heard
            and not (is_dangling(s) and s.index - 1 not in before)
            and not things_unheard(s, said))


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
    introduction was not taken, or is a question or a fragment. When the story's next
    sentence does not fit the time left, even with its asides cut or those of the details
    before it, the time is nearly spent: the most central of the next WINDOW sentences that
    fit is the last one heard. A strong sentence may overrun by ``overrun`` (what tighter
    pauses absorb) to be heard whole. Closing a shortfall is the planner's job
    (`plan._nearer`).
    """
    from .references import introductions

    spoken = set(exclude) | ({after} if after is not None else set())
    heard_just_before = {after} if after is not None else set()
    intros = intros if intros is not None else introductions(x.sentence for x in scored)
    chosen: list[Sentence] = []
    by_index = {x.sentence.index: x for x in scored}
    left = budget
    start = after + 1 if after is not None else 0

    inside = inside_quotes([x.sentence for x in scored])
    opening = [by_index[after].sentence.text] if after in by_index else []

    def can_stand(x: Scored) -> bool:
        said = [*opening, *(c.text for c in chosen)]  # as spoken: cuts included
        return x.sentence.index >= start and may_add(x, spoken, said, intros, inside,
                                                     heard_just_before)

    def unit_of(s: Sentence) -> list[Sentence] | None:
        """The sentence with what must be heard with it: its qualification, or the rest of
        a quote it opens up to where its speaker is named (None when that never comes)."""
        unit = [s]
        while _open_quote(unit) and len(unit) < QUOTE_RUN:
            nxt = by_index.get(unit[-1].index + 1)
            if nxt is None or nxt.sentence.index in exclude:
                return None
            unit.append(nxt.sentence)
        if _open_quote(unit) or (len(unit) > 1 and not _ATTRIBUTION.search(unit[-1].text)):
            return None  # a quote whose speaker is never named in its run
        following = by_index.get(unit[-1].index + 1)
        if following is not None and following.sentence.index not in exclude and \
                goes_with(unit[-1], following.sentence):
            unit.append(following.sentence)  # its qualification
        return unit

    def take(unit: list[Sentence]) -> None:
        nonlocal left
        chosen.extend(unit)
        spoken.update(u.index for u in unit)
        heard_just_before.update(u.index for u in unit)
        left -= sum(cost(u) for u in unit)

    lead = by_index.get(after) if after is not None else None
    if lead is not None:
        answer = (unit_of(lead.sentence) or [])[1:]
        if answer:
            take(answer)  # a claim is heard with its denial, whatever the time
    for x in scored:
        unit = unit_of(x.sentence) if can_stand(x) else None
        if unit is None:
            continue
        need = sum(cost(u) for u in unit)
        room = left + (overrun if left > 0 else 0.0)
        if need > room:
            # Time is short: the sentence heard with an aside cut, before a later one whole.
            short = tightened(unit[0], _within(cost, room - (need - cost(unit[0]))))
            if short is not None:
                unit[0] = short
                need = sum(cost(u) for u in unit)
        if need > room and chosen:
            room, left = _cut_before(chosen, cost, need, room, left)
        if need <= room:
            take(unit)
            continue
        # It does not fit: the last sentence heard is the most central that does, nearby.
        room = left + (overrun if left > 0 else 0.0)
        nearby = [(y, u) for y in scored if x.sentence.index < y.sentence.index
                  <= x.sentence.index + WINDOW and can_stand(y)
                  and (u := unit_of(y.sentence)) and sum(cost(v) for v in u) <= room]
        if nearby:
            take(max(nearby, key=lambda pair: _weight(pair[0]))[1])
        break
    return chosen


FIGURE = 2.0
"""How much more a sentence with a figure in it weighs as the last detail: the number, the
score, the vote, the date is the key fact a short briefing must carry."""
_FIGURE = re.compile(r"\d|\b(?:hundreds?|thousands?|millions?|billions?|percent|half|"
                     r"doubled?|tripled?)\b", re.IGNORECASE)


def _weight(x: Scored) -> float:
    return x.centrality * x.shape * (FIGURE if _FIGURE.search(x.sentence.text) else 1.0)


def _cut_before(chosen: list[Sentence], cost: Callable[[Sentence], float], need: float,
                room: float, left: float) -> tuple[float, float]:
    """Cut the asides of the details already chosen (the latest first) when that makes
    room for the story's next sentence; nothing is cut when it would not. Returns the new
    room and time left."""
    shortest = [(shorter_forms(c) or [c])[-1] for c in chosen]
    if need > room + sum(cost(c) - cost(t) for c, t in zip(chosen, shortest, strict=True)):
        return room, left
    for k in range(len(chosen) - 1, -1, -1):
        for form in shorter_forms(chosen[k]):
            if need <= room:
                return room, left
            gain = cost(chosen[k]) - cost(form)
            chosen[k] = form
            room, left = room + gain, left + gain
    return room, left


def _within(cost: Callable[[Sentence], float], room: float) -> Callable[[Sentence], bool]:
    return lambda s: cost(s) <= room


_QUALIFIES = re.compile(r"^(however|but|yet|still|instead|even so|nevertheless|although|"
                        r"though)\b", re.IGNORECASE)
_REJECTS = re.compile(r"\b(denied|denies|rejected|rejects|disputed|disputes|dismissed|"
                      r"dismisses|refuted|refutes|declined to comment)\b", re.IGNORECASE)


def _quote_first(sentence: Sentence) -> bool:
    """Opens with a quote: a voice of its own, not an answer to the sentence before."""
    return sentence.text.lstrip()[:1] in "\"“‘'"


QUOTE_RUN = 4
"""Sentences a quote may run on for before its speaker must have been named."""


def _open_quote(unit: list[Sentence]) -> bool:
    """Whether the quote the unit's first sentence opens is still open at its end."""
    if unit[0].text[:1] not in "\"“":
        return False
    return sum(_marks(s.text) for s in unit) % 2 == 1


def _marks(text: str) -> int:
    """Double quote marks in ``text``, straight or curly."""
    return text.count('"') + text.count("“") + text.count("”")


def not_alone(sentences: list[Sentence]) -> set[int]:
    """Sentences that cannot be added on their own (by the planner closing a gap): those
    inside a quote that runs over several sentences, and those that open one."""
    return inside_quotes(sentences) | {s.index for s in sentences if _open_quote([s])}


def inside_quotes(sentences: list[Sentence]) -> set[int]:
    """Sentences that continue a quote opened before them: heard only with its opening."""
    inside: set[int] = set()
    opened_at: int | None = None
    for s in sentences:
        if opened_at is not None and s.index - opened_at < QUOTE_RUN:
            inside.add(s.index)
            # A paragraph the quote runs on into opens with a mark of its own.
            if (_marks(s.text) - (s.text.lstrip()[:1] in '"“')) % 2 == 1:
                opened_at = None  # it closes here
            continue
        opened_at = s.index if _open_quote([s]) or _opens_midway(s.text) else None
    return inside


_OPENING_MARK = re.compile(r'(?:“|(?:^|(?<=[\s(\[—–-]))")(?=[\w\'‘])')


def _opens_midway(text: str) -> bool:
    """A quote opened after its speaker ("Reid said, \"The war ...") and still open at the
    sentence's end: the sentences after it are the speaker's words, not the newsreader's."""
    if _marks(text) % 2 == 0:
        return False
    last = max(text.rfind('"'), text.rfind("“"), text.rfind("”"))
    return bool(_OPENING_MARK.match(text, last))


def goes_with(sentence: Sentence, following: Sentence) -> bool:
    """Whether ``following`` must be heard with ``sentence``: it qualifies it ("However,
    ...", "The ministry denied the claim"), or it ends the quote that ``sentence`` opens
    (see ``fill`` for quotes that run on longer)."""
    if _open_quote([sentence]):
        return True  # the quote runs on into the next sentence
    text = following.text.lstrip("\"“'‘(")
    return bool(_QUALIFIES.match(text)) or (bool(_REJECTS.search(following.text))
                                           and not _quote_first(following))


WINDOW = 8
"""Sentences after one that does not fit among which the last detail is chosen (the most
central that fits): near enough to belong to what was heard, far enough to find one."""
SHORTEST = 6
"""Words in the shortest sentence heard on its own: "No joke." is a beat on the page, not
news on air."""


def stands(sentence: Sentence) -> bool:
    """Long enough to carry news, starting as a sentence starts (not "… keep reading"), not
    a row of a table ("DL Jo Reyes 41 62% 3 tackles (1 sack)"), and saying something aloud
    (a sentence the voice says nothing of would cost the clock nothing)."""
    from .style import speech_text

    text = sentence.text.lstrip("\"“‘'(")
    return sentence.words >= SHORTEST and bool(text) and \
        (text[0].isupper() or text[0].isdigit()) and not is_table_row(text) and \
        bool(speech_text(sentence.text).strip())


_FIGURES = re.compile(r"(?<![\w.])[-+]?\d[\d.,:/%-]*")
_GLUE = re.compile(r"\b(?:the|a|an|to|of|in|on|at|for|with|from|by|is|was|are|were|has|had|"
                   r"have|will|said)\b", re.IGNORECASE)


def is_table_row(text: str) -> bool:
    """Three or more figures and none of the small words that join a sentence: a row of
    statistics run together as text, which no one reads on air."""
    return len(_FIGURES.findall(text)) >= 3 and not _GLUE.search(text)
