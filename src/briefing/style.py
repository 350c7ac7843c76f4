"""Broadcast copy: the text as a newsreader says it, from the sentence as written.

Each rule is a small function applied in order (``RULES``), so a rule can be
tested alone and a producer can see why the spoken text differs from the copy.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

from .numbers import cardinal, money, ordinal_suffix, percent, year

_MONTHS = {
    "Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "Jun": "June",
    "Jul": "July", "Aug": "August", "Sep": "September", "Sept": "September", "Oct": "October",
    "Nov": "November", "Dec": "December",
}
_MONTH_NAMES = "|".join(sorted(set(_MONTHS.values()) | {"May"}, key=len, reverse=True))
_TITLES = {
    "Gov": "Governor", "Sen": "Senator", "Rep": "Representative", "Reps": "Representatives",
    "Sens": "Senators", "Lt": "Lieutenant", "Gen": "General", "Col": "Colonel",
    "Maj": "Major", "Sgt": "Sergeant", "Capt": "Captain", "Cpl": "Corporal", "Adm": "Admiral",
    "Cmdr": "Commander", "Dr": "Doctor", "Prof": "Professor", "Gov.-elect": "Governor-elect",
    "Supt": "Superintendent", "Det": "Detective", "Insp": "Inspector", "Pres": "President",
    "Atty": "Attorney", "Mr": "Mister", "Mrs": "Missus", "Ms": "Miz", "Rev": "Reverend",
    "Fr": "Father", "Msgr": "Monsignor", "Hon": "Honorable", "Sgt. Maj": "Sergeant Major",
}
_WORDS = {
    "Jr": "Junior", "Sr": "Senior", "Inc": "Incorporated", "Corp": "Corporation",
    "Co": "Company", "Ltd": "Limited", "Bros": "Brothers", "Dept": "Department",
    "Univ": "University", "Ave": "Avenue", "Blvd": "Boulevard", "Rd": "Road", "Hwy": "Highway",
    "vs": "versus", "approx": "approximately", "etc": "et cetera", "Mt": "Mount", "Ft": "Fort",
}
# AP-style state abbreviations, as datelines and captions print them.
_STATES = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky",
    "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan",
    "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
    "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia",
    "Wash": "Washington", "Wis": "Wisconsin", "Wyo": "Wyoming",
}
_ZONES = {"ET": "Eastern", "EST": "Eastern", "EDT": "Eastern", "CT": "Central", "CST": "Central",
          "CDT": "Central", "MT": "Mountain", "PT": "Pacific", "PST": "Pacific",
          "PDT": "Pacific", "GMT": "G M T", "BST": "British Summer Time", "UTC": "U T C"}
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " ", "\u2009": " "})
_SCALE = r"(thousand|million|billion|trillion)"
_SCALES = {"bn": "billion", "m": "million", "k": "thousand"}  # "£330m", "$2bn"


def _alternation(words: dict[str, str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# SSML and other tags (<speak>, <break time="9s"/>), espeak's [[phoneme]] input and
# control or direction characters: an article's, a script's or a lexicon's text may
# carry them, and none of them is speech.
_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]{0,300})?/?>|<!--.*?-->|<\?[^<>]*\?>", re.S)
_PHONEMES = re.compile(r"\[\[.*?\]\]", re.S)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e"
                       r"\u2060-\u2064\ufeff\ufff9-\ufffb]")


_KEEP_SYMBOLS = set("°")
"""Symbols a voice reads as words; every other pictograph (emoji, music notes) is dropped."""


def _speakable(char: str) -> str:
    if "\uff01" <= char <= "\uff5e" or "\U0001d400" <= char <= "\U0001d7ff" \
            or "\ufb00" <= char <= "\ufb06":
        return unicodedata.normalize("NFKC", char)  # fullwidth, mathematical, ligature letters
    kind = unicodedata.category(char)
    if kind in ("So", "Cs", "Co", "Cn") and char not in _KEEP_SYMBOLS:
        return " "
    if kind == "Sk" or "\ufe00" <= char <= "\ufe0f":
        return ""  # emoji skin tones and variation selectors
    return char


def plain(text: str) -> str:
    """Text with no markup, control characters or pictographs: only what is read aloud."""
    while "&" in text and (unescaped := html.unescape(text)) != text:
        text = unescaped  # "&amp;lt;" is "<" once fully read, and goes with the tags
    text = _CONTROLS.sub(" ", text)
    if not text.isascii():
        text = "".join(_speakable(c) for c in text)
    text = _PHONEMES.sub(" ", text)
    text = _TAG.sub(" ", text)
    return text.replace("[[", " ").replace("]]", " ")


def tidy(text: str) -> str:
    """Typographic quotes and spaces to plain ones; dashes become a spoken pause."""
    text = text.translate(_QUOTES)
    text = re.sub(r"(?<=[A-Za-z])\$(?!\d)", "s", text)  # stylised: "Chri$tma$"
    return re.sub(r"\s*[—―]\s*|\s+[–-]{1,2}\s+", ", ", text)


# "WASHINGTON (AP) — ", "(CNN) -- ", "MILLBROOK, Ohio (Valley Ledger) - ",
# "DUBAI, United Arab Emirates — ": the place in capitals (or none), the outlet, a dash.
DATELINE = re.compile(
    r"^(?:[A-Z]{3,}[A-Z.'-]*(?: [A-Z]{2,}[A-Z.'-]*)*(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?"
    r"\s+[—–]\s*"
    r"|(?:[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]*)*\s*)?\([A-Z][\w .&'-]{1,30}\)"
    r"\s*(?:,|[—–-]{1,2})?\s*)"
)


def drop_dateline(text: str) -> str:
    """"WASHINGTON (AP) — ..." and "(CNN) -- ..." are never read as printed."""
    return DATELINE.sub("", text, count=1)


def drop_urls(text: str) -> str:
    """Web addresses are for the page, not the ear."""
    text = re.sub(r"\(?\b(?:https?://|www\.)\S+\)?", "", text)
    return re.sub(r"\b([A-Za-z0-9-]+)\.(com|org|net|gov|edu)\b(/\S*)?",
                  lambda m: f"{m.group(1)} dot {m.group(2).lower()}", text, flags=re.IGNORECASE)


def drop_parentheticals(text: str) -> str:
    """Asides in parentheses are dropped; an editor's [insertion] is read as its words."""
    text = re.sub(r"\s*\([^()]*\)", "", text)
    return re.sub(r"\[([^\]]+)\]", r"\1", text)


def dates(text: str) -> str:
    """"Nov. 19, 2022" -> "November 19th, twenty twenty-two"; "April 7" -> "April 7th"."""
    text = re.sub(rf"\b({_alternation(_MONTHS)})\.?(?=\s+\d)", lambda m: _MONTHS[m.group(1)],
                  text)

    def day(m: re.Match) -> str:
        if not 1 <= int(m.group(2)) <= 31:
            return m.group(0)  # "Nov. 0" is a misprint, not a date: read as written
        said = f"{m.group(1)} {ordinal_suffix(int(m.group(2)))}"
        return said + (f", {year(int(m.group(3)))}" if m.group(3) else "")

    return re.sub(rf"\b({_MONTH_NAMES}) (\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (\d{{4}})\b)?", day,
                  text)


def times(text: str) -> str:
    """"4:16 PM ET" -> "4:16 P M Eastern"; "10 a.m." -> "10 A M"."""
    def clock(m: re.Match) -> str:
        zone = f" {_ZONES[m.group(3)]}" if m.group(3) else ""
        return f"{m.group(1)} {m.group(2)[0].upper()} M{zone}"

    return re.sub(rf"\b(\d{{1,2}}(?::\d\d)?)\s*([ap])\.?m\b\.?(?:\s+({_alternation(_ZONES)})\b)?",
                  clock, text, flags=re.IGNORECASE)


def amounts(text: str) -> str:
    """Money, percentages and years in words: "$5.2 billion" -> "five point two billion
    dollars", "3.4%" -> "three point four percent", "in 2019" -> "in twenty nineteen"."""
    text = re.sub(rf"([$€£])\s?(\d[\d,]*(?:\.\d+)?)(?:[ -]?({_SCALE[1:-1]}|bn|m|k)\b)?",
                  lambda m: money(m.group(1), m.group(2), _SCALES.get(m.group(3), m.group(3))),
                  text)
    text = re.sub(r"\b(\d[\d,]*(?:\.\d+)?)\s?(%|percent\b|per cent\b)",
                  lambda m: percent(m.group(1)), text)
    text = re.sub(r"\b(in|since|by|of|from|until|before|after|during|early|late|mid)"
                  r" (1[1-9]\d\d|20\d\d)\b(?!,?\d)",
                  lambda m: f"{m.group(1)} {year(int(m.group(2)))}", text)
    # Thousands and decimals: "4,200" is "four thousand two hundred", not digit by digit.
    return re.sub(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?!\w|[.,]\d)",
                  lambda m: _decimal(m.group(1)), text)


def _decimal(token: str) -> str:
    from .numbers import decimal_words

    return decimal_words(token)


def abbreviations(text: str) -> str:
    """Titles, states and common abbreviations in full; "U.S." said as letters."""
    text = re.sub(rf"\b({_alternation(_TITLES)})\.(?=\s+[A-Z])", lambda m: _TITLES[m.group(1)],
                  text)
    text = re.sub(r"\bNo\.\s?(?=\d)", "number ", text)
    text = re.sub(r"\bSt\.(?=\s+[A-Z])", "Saint", text)
    text = re.sub(r"(?<=[a-z] )St\.", "Street", text)
    text = re.sub(rf"\b({_alternation(_STATES)})\.(?=,|\s|$)", lambda m: _STATES[m.group(1)], text)
    text = re.sub(rf"\b({_alternation(_WORDS)})\.(?=,|\s|$)", lambda m: _WORDS[m.group(1)], text)
    text = re.sub(r"\be\.g\.,?", "for example,", text)
    text = re.sub(r"\bi\.e\.,?", "that is,", text)

    def letters(m: re.Match) -> str:
        said = " ".join(m.group(0).replace(".", ""))
        return said

    # "U.S." and "D.C." are spoken letter by letter; keep a sentence's final stop.
    text = re.sub(r"\b(?:[A-Z]\.){2,}(?=\s+[a-z\"“]|[,;:'’-]|\s*$|\s+[A-Z])", letters, text)
    return text


def finish(text: str) -> str:
    """Whitespace and punctuation left tidy after the other rules."""
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"^[,;:\s]+", "", text)
    text = " ".join(text.split())
    if text and text[-1].isalnum():
        text += "."
    return text[:1].upper() + text[1:]


RULES: list[tuple[str, Callable[[str], str]]] = [
    ("plain", plain), ("tidy", tidy), ("dateline", drop_dateline), ("urls", drop_urls),
    ("parentheticals", drop_parentheticals), ("dates", dates), ("times", times),
    ("amounts", amounts), ("abbreviations", abbreviations), ("finish", finish),
]


def speech_text(sentence: str) -> str:
    """What the voice says for one sentence of copy."""
    text = sentence
    for _name, rule in RULES:
        text = rule(text)
    return text


__all__ = ["RULES", "cardinal", "plain", "speech_text"]
