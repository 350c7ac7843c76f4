"""Tightening for the ear, faithfully: a long sentence read as two.

Print runs clauses together ("The council approved the budget on Tuesday after a long
debate; the mayor said she would sign it within the week."); a newsreader says them as
two sentences. Only the joint changes: "; " becomes a full stop, ", but" becomes ". But";
every other word stays, and a sentence that quotes anyone is never cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LONG = 30
"""Words past which a sentence is read as two when it has a clause boundary to cut at."""
SHORTEST_CLAUSE = 8
"""Words each side of a cut must keep for both to stand as sentences."""

_SUBJECT = (r"(?=(?:the|a|an|he|she|they|it|its|his|her|their|this|these|those|some|many|"
            r"most|officials|police|we|i|[A-Z][a-z]+)\b)")
_CUT = re.compile(rf";\s+{_SUBJECT}|,\s+(but)\s+{_SUBJECT}"
                  r"|,\s+(and)\s+(?=(?:he|she|they|we|it)\s+(?:is|was|are|were|has|had|have|"
                  r"will|would|could|can|said|says|[a-z]+ed)\b)")
"""A clause boundary with a new subject after it: "; the", ", but she", ", and he said"
(", and" before anything but a pronoun and its verb also ends lists: "a woman, a man,
and a boy, were arrested")."""


def split_long(text: str) -> str:
    """A sentence of more than LONG words said as two or more at its clause boundaries."""
    if len(text.split()) <= LONG:
        return text
    out, rest = [], text
    while len(rest.split()) > LONG:
        cut = next((m for m in _CUT.finditer(rest) if _fits(rest, m)), None)
        if cut is None:
            break
        head = rest[:cut.start()].rstrip(" ,;") + "."
        tail = rest[cut.end():]
        joint = cut.group(1) or cut.group(2)
        out.append(head)
        rest = f"{joint.title()} {tail}" if joint else tail[:1].upper() + tail[1:]
    return " ".join([*out, rest])


def _fits(text: str, cut: re.Match) -> bool:
    before, after = text[:cut.start()], text[cut.end():]
    if _QUOTE_MARK.search(text):
        return False  # a sentence that quotes is never cut: its quote may run on
    return len(before.split()) >= SHORTEST_CLAUSE and len(after.split()) >= SHORTEST_CLAUSE


# --- cuts when time is short ------------------------------------------------------------

@dataclass(frozen=True)
class Cut:
    """A sentence with one more aside cut, for when time is short."""

    kind: str
    """What went: ``age`` (", 37,"), ``aside`` (", the former mayor," / ", who ...,"),
    ``tail`` (a closing ", allowing ..." phrase)."""
    text: str
    """The sentence without it (and without every cut before it)."""


_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|"
                       r"unless|except|denied|denies|refused)\b|n[’']t\b", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"[\"“”‘]|(?:^|[\s(:])'\w")
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"dozens?|hundreds?|thousands?|millions?|billions?|half|first|second|"
                     r"third|last)\b", re.IGNORECASE)
_AGE = re.compile(r"(?<=[A-Za-z’'.]), (?:aged? )?\d{1,3}, (?=(\w+))")
_ASIDE = re.compile(
    r"(?<=[\w’'.]), (?P<aside>(?:a|an|the|who|whose|which|now|formerly|once|himself|herself|"
    r"itself|themselves)\b[^,;:()]{2,120}?), (?=(?:(?:also|now|still|then|later|previously|"
    r"recently|reportedly|allegedly|initially|eventually|finally)\s+)?"
    r"(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|did|does|do|"
    r"said|says|told|tells|[a-z]+ed|[a-z]+[^s]s)\b)")
"""A comma-enclosed appositive or relative clause, followed by the verb it stood between."""
_DASHED = re.compile(r"(?<=[\w’'.,])\s+(?:--|[–—])\s+(?P<aside>[^–—\"“”;:()]{3,120}?)"
                     r"\s+(?:--|[–—])\s+(?=[a-z])")
"""An aside between a pair of dashes, with the sentence going on after it."""
_IN_A_LIST = re.compile(r",\s+(?:and|or)\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,3}$")
"""A name that ends a list of people, each with their aside: cutting one would leave the
list uneven."""
_TAIL = re.compile(r", (?P<verb>[a-z]+ing)\b(?P<rest>[^;:,]*?)(?P<end>[.!?]?)$")
"""A closing participle phrase with no comma in it: past a comma the sentence may go on to
its main clause ("From the day she returned, following the vote, her party ...")."""
_NOT_PARTICIPLES = frozenset(
    "according during morning evening thing nothing something anything everything king "
    "spring string ring wing bring sing saying adding noting warning claiming insisting "
    "arguing alleging killing leaving injuring wounding causing forcing sending prompting "
    "sparking triggering making bringing".split())
"""Not cut from a sentence's end: not participles, attributions (what was said), and
outcomes ("..., killing three" is the news)."""
TAIL_WORDS = 6
"""Words a closing phrase needs before it is worth cutting."""


_OPENERS = frozenset("however but and yet still meanwhile instead now then so also here there "
                     "today yesterday later earlier finally first".split())
"""Words that open a sentence with a comma after them: no name for an aside to follow."""
_RELATIVE = re.compile(r"(?:who|whose|which)\b")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|do|does|did|"
                     r"said|says)\b")


def _introduces(text: str, m: re.Match) -> bool:
    """An aside after a full name ("Ana Ruiz, the harbour's engineer,") is how the listener
    learns who she is: it stays. After a surname alone, or a thing, it may go."""
    before = text[:m.start()].split()[-2:]
    return len(before) == 2 and all(w[:1].isupper() for w in before) and \
        not re.match(r"(?:The|A|An|In|At|On|For|From|With|By)$", before[0])


def _after_a_name(text: str, m: re.Match) -> bool:
    """An appositive ("a hotelier", "the chief engineer") stands after a name and holds no
    verb of its own; a relative clause ("who ...", "which ...") may follow any noun. A
    comma after an opening phrase ("In the showroom, the public ...") is neither."""
    aside = m.group("aside")
    if _RELATIVE.match(aside):
        return True
    before = text[:m.start()].split()
    opener = len(before) == 1 and before[0].lower() in _OPENERS
    return (len(before) >= 1 and before[-1][:1].isupper() and not opener
            and not _FINITE.search(aside) and not re.match(r"(?:In|At|On|For|From|With|"
                                                           r"By|After|Before|During)\b", text))


def _safe(span: str) -> bool:
    """A span that may go: it carries no negation, no quote and no figure."""
    return not (_NEGATION.search(span) or _QUOTE_MARK.search(span) or
                _NUMBER.search(re.sub(r"\b\d{1,3}-year-old\b", "", span)))


def _cuttable(text: str, start: int) -> bool:
    """Only words before the sentence's first quote mark are ever cut."""
    first = _QUOTE_MARK.search(text)
    return first is None or start < first.start()


def cuts(text: str) -> list[Cut]:
    """Ever shorter forms of a sentence, each cutting one more aside: ages first, then
    appositives and relative clauses, then a closing participle phrase. Nothing is
    reworded; a negation, a quote or a figure (other than an age) is never cut, and a
    form shorter than SHORTEST_CLAUSE words is not offered."""
    out: list[Cut] = []
    current = text

    def take(kind: str, start: int, end: int, joint: str) -> bool:
        """Cut ``current[start:end]`` for ``joint``; False when too little would be left."""
        nonlocal current
        shorter = current[:start] + joint + current[end:]
        if len(shorter.split()) < SHORTEST_CLAUSE:
            return False
        out.append(Cut(kind, shorter))
        current = shorter
        return True

    while (m := next((m for m in _AGE.finditer(current) if _cuttable(current, m.start())),
                     None)):
        follows_clause = m.group(1).lower() in {"who", "whose", "which", "a", "an", "the"}
        if not take("age", m.start(), m.end(), ", " if follows_clause else " "):
            break
    while True:
        found = [m for pattern in (_ASIDE, _DASHED) for m in pattern.finditer(current)
                 if _cuttable(current, m.start()) and _safe(m.group("aside"))
                 and not _IN_A_LIST.search(current[:m.start()])
                 and (pattern is _DASHED or _after_a_name(current, m))
                 and not _introduces(current, m)]
        if not found:
            break
        # The last aside first: earlier ones tend to name who is who.
        m = max(found, key=lambda m: m.start())
        if not take("aside", m.start(), m.end(), " "):
            break
    m = _TAIL.search(current)
    if m and m.group("verb") not in _NOT_PARTICIPLES and _cuttable(current, m.start()) and \
            _safe(m.group(0)) and len((m.group("verb") + m.group("rest")).split()) >= TAIL_WORDS:
        take("tail", m.start(), m.end(), m.group("end") or ".")
    return out


# --- word order for the ear ---------------------------------------------------------------

LONG_QUOTE = 12
"""Words in a quote past which the listener is told who speaks before it, not after."""
_OPEN, _CLOSE = "\"“", "\"”"
_SPEAKER = (r"(?P<who>(?:[A-Z][\w’'.-]*|the|of|and|a)(?:\s+(?:[A-Z][\w’'.-]*|the|of|and|a|"
            r"[a-z]+(?=\s+[A-Z]))){0,5}|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+[a-z]+(?:\s+[a-z]+)?)")
_VERBS = (r"(?:said|says|told\s+[^\"“”,.]{2,40}?|added|explained|wrote|argued|insisted|"
          r"warned|stated)")
_QUOTE_THEN_SPEAKER = re.compile(
    rf"^[{_OPEN}](?P<quote>[^\"“”]+?)(?P<stop>[,.!?]?)[{_CLOSE}],?\s+"
    rf"(?:{_SPEAKER}\s+(?P<verb>{_VERBS})|(?P<verb2>said|says)\s+(?P<who2>[A-Z][\w’'.-]*"
    rf"(?:\s+[A-Z][\w’'.-]*){{0,3}}))(?P<rest>[^\"“”]*?)\.$")


def attribution_first(text: str) -> str | None:
    """A long quote with its speaker after it, said the other way round: '"... long
    quote," the minister told reporters.' -> 'The minister told reporters: "... long
    quote."' None when the sentence is not that shape or the quote is short. Only the
    order changes (and the comma that closed the quote becomes a full stop)."""
    m = _QUOTE_THEN_SPEAKER.match(text)
    if not m or len(m.group("quote").split()) < LONG_QUOTE:
        return None
    who, verb = (m.group("who"), m.group("verb")) if m.group("verb") else \
        (m.group("who2"), m.group("verb2"))
    if m.group("who2") is None and not m.group("verb"):
        return None
    stop = m.group("stop") if m.group("stop") in ("!", "?") else "."
    who, rest = who[:1].upper() + who[1:], m.group("rest")
    if rest.startswith(","):  # '... said Ann Roe, a director at Acme.': her title goes with her
        who, rest = f"{who}{rest},", ""
    return f'{who} {verb}{rest}: "{m.group("quote")}{stop}"'


_FUNCTION_WORDS = frozenset("a an the this that these those some many most more several few "
                            "all both each every one two three four five six seven eight nine "
                            "ten to in on at for with from by of as after before during under "
                            "over since despite".split())


def _is_common(word: str, article_text: str) -> bool:
    """A word the article also writes in lower case, or a small word ("The", "Some")."""
    return word.lower() in _FUNCTION_WORDS or bool(
        re.search(rf"\b{re.escape(word.lower())}\b", article_text))


def _capital_mid_sentence(word: str, article_text: str) -> bool:
    """Whether the article writes ``word`` with a capital where a sentence does not start
    ("... said Marchetti"): a name."""
    return bool(re.search(rf"(?<![.!?\"“])\s{re.escape(word)}\b", article_text))


def with_place(text: str, place: str, article_text: str) -> str | None:
    """The dateline's place folded into the story's first sentence: "KARACHI, Pakistan —
    Rescue teams ..." is heard as "In Karachi, Pakistan, rescue teams ...". None when the
    sentence already says where ("Karachi" in it) or opens with a place of its own."""
    if not place or re.match(r"(?:In|At|From|Near|Outside|Inside)\s", text):
        return None
    if any(re.search(rf"\b{re.escape(part.split(',')[0].strip())}\b", text)
           for part in place.split(" and ")):
        return None
    first = re.match(r"([A-Za-z’'-]+)(\s+[A-Z])?", text)
    if first and (_is_common(first.group(1), article_text) or
                  not first.group(2) and not _capital_mid_sentence(first.group(1), article_text)):
        text = text[:1].lower() + text[1:]  # a common word ("Rescue", "To"), not a name
    return f"In {place}, {text}"
