"""Standards: what the newsroom does not read on air, whatever the article printed.

Each rule looks at one sentence, as written, and says whether it may be chosen for air;
a sentence a rule refuses is never spoken (nothing is reworded: briefings speak the
article's sentences as written). The rules:

- ``addresses``: a street address (a house number on a named street, "2207 Maple Ave.",
  "at 14 Orchard Road"). A block ("the 1400 block of Elm Street"), a road number
  ("Route 9", "Highway 101") and the address of a business or public building ("the
  company's headquarters at 500 Main St.", "City Hall, 200 Main St.") are not a home's.
- ``minors``: in a story that touches crime, police, courts, victims, abuse, injury, death,
  a missing child, custody or care, bullying or self-harm (anywhere in the article:
  ``SENSITIVE``), a person under 18 by name ("Jayden Cole, 15, was charged", "the
  16-year-old, Mia Ross,") and every later sentence that names them again. A child named
  in a sport, arts or achievement story is read. Not a minor: anyone the article also
  gives an age of 18 or over or an adult title (Mr, Mrs, Ms, Mx, Dr, Prof), nor an age
  plainly past ("a seven-year-old Ms Hale", "as a child", "30 years ago").

Each can be turned off per station in briefing.toml (``[standards] addresses = false``).
Always on: a sentence that says again what an earlier one said ("The bridge will reopen
Friday" twice over) is not heard twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from .condense import STOPWORDS

RULES = ("addresses", "minors")
"""The rules a station can switch, by their briefing.toml key under [standards]."""


@dataclass(frozen=True)
class Standards:
    """Which rules apply; all of them unless the station turns one off."""

    addresses: bool = True
    minors: bool = True


# --- addresses -------------------------------------------------------------------------

_SUFFIX = (r"(?:Street|St|Avenue|Ave|Av|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|"
           r"Place|Pl|Terrace|Ter|Circle|Cir|Crescent|Close|Way|Parkway|Pkwy|Trail|Trl|"
           r"Square|Sq|Highway|Hwy|Row|Walk|Grove|Gardens|Mews)")
_ADDRESS = re.compile(
    r"(?<![\w$£€.,:/-])(?P<number>\d{1,6}(?:-\d{1,6})?[A-Za-z]?)\s+"
    r"(?:(?:North|South|East|West|N|S|E|W)\.?\s+)?"
    r"(?:(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][\w'’-]*)\s+){1,3}"
    rf"{_SUFFIX}\b\.?"
)
"""A house number, then one to three capitalised words (or "5th"), then a street word."""
_LEADS_IN = re.compile(
    r"(?:^|[,(]|\b(?:at|on|in|of|to|from|near|outside|behind|beside|opposite|address|home|"
    r"house|residence|apartment|property|lives|lived|living))\s*$", re.IGNORECASE)
"""What comes just before a house number: a preposition, a home, a comma, or nothing."""
_YEAR_BEFORE = re.compile(r"\b(?:in|since|by|until|till|before|after|from|during)\s*$",
                          re.IGNORECASE)
_COURTS = re.compile(r"\b(?:Supreme|High|Appeals?|Circuit|District|Federal|Superior|Crown|"
                     r"Magistrates|County|Family|Juvenile|Municipal|Claims)\s+(?:Court|Ct)\b")
_LANDMARKS = re.compile(r"\b(?:10 Downing Street|1600 Pennsylvania Ave(?:nue|\.)?)")
"""Addresses that name a seat of government, not anyone's home."""
_PUBLIC_PLACE = re.compile(
    r"\b(?:headquarters|head office|offices?|store|shop|restaurant|caf[eé]|bar|pub|bakery|"
    r"business|company|firm|factory|plant|warehouse|mall|market|hotel|bank|church|mosque|"
    r"synagogue|temple|school|college|university|campus|library|city hall|town hall|"
    r"courthouse|hospital|clinic|shelter|museum|theat(?:er|re)|stadium|arena|"
    r"station|precinct|embassy|consulate|(?:Inc|Corp|Co|Ltd|LLC|PLC)\.?)(?:[’']s)?,?"
    r"(?:\s+(?:is|was|are|were|located|based|sits|stands|opened|opens|now|will|be))*"
    r"\s*(?:at|on|in|,|:)?\s*$",
    re.IGNORECASE,
)
"""The words just before an address that make it a business's or a public building's."""


def private_address(text: str) -> str | None:
    """The first street address in ``text`` that may be someone's home, or None."""
    for m in _ADDRESS.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        number = m.group("number")
        if not _LEADS_IN.search(before) or _COURTS.search(m.group(0)) \
                or _LANDMARKS.match(text, m.start()):
            continue  # "all 9 Supreme Court justices", "said 15 Main Street shops"
        if re.fullmatch(r"(?:1[89]|20)\d\d", number) and _YEAR_BEFORE.search(before):
            continue  # "in 2019 Main Street shops ..." is a year, not a house number
        if _PUBLIC_PLACE.search(before):
            continue
        return m.group(0)
    return None


# --- minors ----------------------------------------------------------------------------

_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen "
                 "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
_NOT_A_NAME = frozenset(
    """The A An And But Or In On At Of For By From With To As Police Officers Authorities
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December He She They It We I You
    His Her Their Its This That These Those Mr Mrs Ms Mx Miss Dr Prof Professor""".split()
)
_WORD = r"[A-Z][a-z’'-]+(?:-[A-Z][a-z’'-]+)?"
_PEOPLE = (r"(?:boys?|girls?|sons?|daughters?|students?|pupils?|teens?|teenagers?|juveniles?|"
           r"youths?|child|children|kids?|sophomores?|freshman|freshmen|juniors?|seniors?|"
           r"players?|drivers?|suspects?|victims?|brothers?|sisters?|residents?|natives?|"
           r"runners?|swimmers?|skaters?|gymnasts?)")
_NAME = (rf"(?P<name>{_WORD}(?:\s+(?:[A-Z]\.\s+)?{_WORD}){{0,3}})(?![\w’'-])"
         rf"(?!(?:\s+[A-Z][\w’'-]*){{0,3}}\s+{_PEOPLE}\b)")
"""Capitalised words: a name, unless they describe the person ("a Lakewood High student")."""
_AGE = r"(?P<age>\d{1,3}|" + "|".join(_NUMBER_WORDS) + ")"
_YEAR_OLD = rf"\b{_AGE}[- ]years?[- ]old\b"
_A_PERSON = rf"(?=\s*(?:[,.;)]|$|\s+(?:{_PEOPLE}|from|of|who|at|in|was|is|and)\b))"
"""After "N-year-old": it is a person, not a 40-year-old bridge."""
_AGE_PATTERNS = (
    # Beside the name, news style for the age at the time of writing (so never past):
    # "Jayden Cole, 15, was charged"; "Mia Ross, aged 16,"; "Mia Ross (16)"
    (re.compile(rf"{_NAME},\s+(?:aged?\s+)?{_AGE}(?:,|\s*[.;]?$|\s+(?:and|was|is)\b)"), True),
    (re.compile(rf"{_NAME}\s+\((?:aged?\s+)?{_AGE}\)"), True),
    # "the 16-year-old, Mia Ross,"; "16-year-old Mia Ross"; "a 15-year-old student, Ana Li"
    (re.compile(rf"{_YEAR_OLD}(?:\s+{_PEOPLE})?,?\s+{_NAME}"), False),
    # "Mia Ross, a 16-year-old"; "Mia Ross, the victim's 14-year-old son,"
    (re.compile(rf"{_NAME},\s+(?:a|an|the)\s+(?:[\w’']+\s+){{0,2}}{_YEAR_OLD}{_A_PERSON}"),
     False),
)
"""How a name is given an age, and whether that age is always the person's age now."""
_TITLED = re.compile(rf"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor)\.?\s+(?P<name>{_WORD}"
                     rf"(?:\s+{_WORD}){{0,2}})")
"""A name with an adult's title. Not "Miss" (nor "Master"): papers give it to schoolgirls
too, and it tells marriage, not age."""
_PAST = re.compile(r"\b(?:as an? (?:child|kid|baby|toddler|boy|girl|schoolboy|schoolgirl|"
                   r"teen|teenager|youngster)|in (?:his|her|their) (?:childhood|youth)|"
                   r"decades ago|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                   r"[\w-]* years? ago)\b", re.IGNORECASE)
"""Words that put a whole sentence in someone's childhood (twenty-odd years ago is)."""
_AGO = re.compile(rf"\b(?P<ago>\d{{1,3}}|{'|'.join(_NUMBER_WORDS)})\s+years?\s+ago\b",
                  re.IGNORECASE)
_BARE = re.compile(rf"{_YEAR_OLD}\s+[A-Z]")
"""An age straight onto a name ("seven-year-old Hale", no "boy", no comma)."""

SENSITIVE = re.compile(r"\b(?:" + "|".join((
    # crime, police and courts
    r"crimes?|criminal|police|arrest(?:ed|s)?|suspects?|custody|detained|detention|jail(?:ed)?",
    r"prison|charged (?:with|over|in)|charges? (?:of|against|over)|(?:face|faces|facing) charges",
    r"(?:juvenile|youth|family|crown|magistrates[’']?|district|county|supreme|high|superior|"
    r"criminal|federal|circuit|appeals) court|(?:in|to|before|told) court|court (?:hearing|"
    r"case|appearance|order|records)",
    r"(?:on|stand|stood|face|faces|awaiting) trial|jurors|sentenced|convicted|pleaded (?:not )?"
    r"guilty|found (?:not )?guilty|prosecut\w*",
    r"murder\w*|manslaughter|homicide|robbery|burglary|theft|shoplifting|arson|kidnap\w*|"
    r"abduct\w*|gun(?:man|men|fire|shot|point)|shot dead|(?:was|were|been|got) shot|"
    r"stab(?:bed|bing)|knife(?:man|point)",
    # victims, abuse and sexual offences
    r"victims?|abused?|abusing|neglect(?:ed)?|assault\w*|attacked|attackers?|attack on|"
    r"(?:knife|sex|dog) attack|raped?|sexual(?:ly)?|molest\w*|indecent|grooming|trafficking",
    # injury and death
    r"injured|injuries|wounded|(?:seriously|badly|critically) hurt|hurt in|(?:taken|rushed|"
    r"airlifted|flown) to (?:a |the )?hospital|in hospital|hospitali[sz]ed|critical condition|"
    r"life-threatening|treated for",
    r"died|dies|deaths?|killed|fatal(?:ly)?|drown(?:ed|ing)|funeral|(?:found|pronounced|shot) "
    r"dead",
    # missing, custody and care
    r"(?:gone|go|goes|went|been|is|was|are|were|reported|remains?) missing|disappear(?:ed|ance)|"
    r"runaway|ran away|(?:in|into) care|foster (?:care|home|parents?|famil\w+)|care home|"
    r"social services|child protection|children[’']s services",
    # bullying and self-harm
    r"bull(?:y|ied|ies|ying)|self-harm\w*|suicid\w*|took (?:his|her|their) own life|overdose",
)) + r")\b", re.IGNORECASE)
"""What makes a story one where a child is not named: crime, police, courts, victims, abuse
or sexual offences, injury or death, a missing child, custody or care, bullying, self-harm.
Searched over the whole article, since its sentence naming the child may be the mildest.
Words with an everyday or sporting sense are taken only in phrases ("was shot", not a "trick
shot"; "in court", not "on court"; "injured", not a player's "injury")."""


def _age(text: str) -> int | None:
    text = text.lower()
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS.index(text) + 1 if text in _NUMBER_WORDS else None


def _clean_name(name: str) -> str | None:
    words = name.split()
    while words and words[0] in _NOT_A_NAME:
        words = words[1:]
    return " ".join(words) or None


def _given_ages(text: str) -> Iterator[tuple[str, int, bool]]:
    """(name, age, whether it is their age now) for each name ``text`` gives an age."""
    for pattern, now in _AGE_PATTERNS:
        for m in pattern.finditer(text):
            age, name = _age(m.group("age")), _clean_name(m.group("name"))
            if age is not None and name:
                yield name, age, now or not _in_the_past(text, m, age)


def _in_the_past(text: str, m: re.Match[str], age: int) -> bool:
    """Whether the sentence puts an "N-year-old" in the past: "a seven-year-old Hale" (how
    someone once was), "as a child", or N years ago with N + age of 18 or more."""
    if _BARE.match(m.group(0)) and re.search(r"\ban?\s+$", text[:m.start()], re.IGNORECASE):
        return True
    return bool(_PAST.search(text)) or any(
        age + (_age(a.group("ago")) or 0) >= 18 for a in _AGO.finditer(text))


@lru_cache(maxsize=16)
def _adults(texts: tuple[str, ...]) -> frozenset[str]:
    """Names ``texts`` give an age of 18 or over or an adult's title."""
    found = {name for t in texts for name, age, _ in _given_ages(t) if age >= 18}
    found |= {n for t in texts for m in _TITLED.finditer(t) if (n := _clean_name(m["name"]))}
    return frozenset(found)


def _an_adult(name: str, adults: Iterable[str]) -> bool:
    # The minor's name ends an adult's ("Hale" of "Ms Hale", "Joan Park" of "Senator Joan
    # Park"); never the reverse: a parent is often "Mr Cole" beside "Jayden Cole, 15".
    words = name.split()
    return any(a.split()[-len(words):] == words for a in adults)


@lru_cache(maxsize=16)
def _sensitive(texts: tuple[str, ...]) -> bool:
    return any(SENSITIVE.search(t) for t in texts)


def minors_named(text: str, article: Iterable[str] = ()) -> list[str]:
    """Names given an age under 18 in ``text`` ("Jayden Cole, 15," gives "Jayden Cole"):
    not a past age, and not anyone ``text`` or the rest of its ``article`` shows adult."""
    adults = _adults(tuple(article)) | _adults((text,))
    names = []
    for name, age, now in _given_ages(text):
        if age < 18 and now and name not in names and not _an_adult(name, adults):
            names.append(name)
    return names


def _mentions(text: str, names: Iterable[str], shared: Iterable[str] = ()) -> bool:
    """Whether ``text`` names one of ``names``: in full, or by a later part of the name
    ("Cole" for "Jayden Cole") unless that part is ``shared`` with someone else named."""
    for name in names:
        parts = name.split()
        for part in [name, *(p for p in parts[1:] if p not in shared)]:
            if len(part) > 1 and re.search(rf"(?<![\w-]){re.escape(part)}(?![\w’'-])", text):
                return True
    return False


def _shared(texts: Iterable[str], names: Sequence[str]) -> set[str]:
    """Surnames of ``names`` that the article also gives to someone else ("Senator Park",
    "Joan Park" beside "Liam Park, 12")."""
    shared = set()
    for name in names:
        parts = name.split()
        for part in parts[1:]:
            for text in texts:
                for m in re.finditer(rf"\b([A-Z][\w.’'-]*)\s+{re.escape(part)}(?![\w’'-])", text):
                    before = m.group(1)
                    if before != parts[0] and before.lower() not in _STOP \
                            and before not in _NOT_A_NAME and before not in parts:
                        shared.add(part)
    return shared


# --- saying it twice -------------------------------------------------------------------

_TOKEN = re.compile(r"[A-Za-z]+|\d+(?:[.,]\d+)*")
_STOP = STOPWORDS - {"new", "one", "two"} | {"told", "according", "announced"}
"""Words that say nothing of what happened; numbers do (a figure is news)."""
RESTATES = 0.7
"""Share of a sentence's content words already said by one earlier sentence that makes it a
restatement, not news."""


def _stem(word: str) -> str:
    word = word.lower()
    for end in ("ing", "ed", "es", "s"):
        if len(word) > len(end) + 3 and word.endswith(end):
            return word[: -len(end)]
    return word


def content(text: str) -> frozenset[str]:
    """A sentence's content words (and numbers), crudely stemmed."""
    return frozenset(_stem(w) for w in _TOKEN.findall(text) if w.lower() not in _STOP)


def restates(text: str, earlier: str) -> bool:
    """Whether ``text`` says again what ``earlier`` said: most of its content words are there,
    and no figure of its own (a new number is a new fact)."""
    return _restates(content(text), content(earlier))


def _restates(words: frozenset[str], before: frozenset[str]) -> bool:
    if len(words) < 4 or any(w[0].isdigit() and w not in before for w in words):
        return False
    return len(words & before) >= RESTATES * len(words)


# --- the screen ------------------------------------------------------------------------


def refusal(text: str, standards: Standards = Standards(), minors: Sequence[str] = (),
            shared: Iterable[str] = (), *, article: Sequence[str] = ()) -> str | None:
    """Why ``text`` is not read on air, or None when it may be. ``minors`` are names already
    withheld elsewhere in the article; ``shared``, parts of them that also name someone
    else; ``article``, its other sentences (the minors rule needs the whole story)."""
    if standards.addresses and (address := private_address(text)):
        return f"a street address ({address})"
    if standards.minors:
        if _sensitive(tuple(article)) or _sensitive((text,)):
            named = minors_named(text, article)
            if named:
                return f"names a minor ({named[0]})"
        if _mentions(text, minors, shared):
            return "names a minor"
    return None


T = TypeVar("T")


def screen(items: Sequence[T], station: object | None = None,
           text=lambda x: x.sentence.text) -> list[T]:  # noqa: ANN001 - a getter
    """The items (scored sentences, in article order) that may be chosen for air under the
    station's standards: none that gives a private address or names a minor in a sensitive
    story, and none that says again what an earlier one said."""
    standards = of_station(station)
    texts = tuple(text(x) for x in items)
    minors: list[str] = []
    if standards.minors and _sensitive(texts):
        for t in texts:
            minors += [n for n in minors_named(t, texts) if n not in minors]
    shared = _shared(texts, minors) if minors else set()
    kept: list[tuple[T, frozenset[str]]] = []
    for x, t in zip(items, texts, strict=True):
        words = content(t)
        if refusal(t, standards, minors, shared, article=texts) is None and \
                not any(_restates(words, said) for _, said in kept):
            kept.append((x, words))
    return [x for x, _ in kept]


def of_station(station: object | None) -> Standards:
    """The station's standards (``Station.standards``), or all rules on."""
    found = getattr(station, "standards", None) if station is not None else None
    return found if isinstance(found, Standards) else Standards()
