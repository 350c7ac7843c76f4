"""Broadcast copy: the text as a newsreader says it, from the sentence as written.

Each rule is a small function applied in order (``RULES``), so a rule can be
tested alone and a producer can see why the spoken text differs from the copy.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from ..ingest.dateline import drop_dateline
from .numbers import (
    cardinal,
    decimal_words,
    fraction,
    money,
    ordinal_suffix,
    ordinal_words,
    paired,
    percent,
    plural_number,
    spoken_digits,
    year,
)
from .tighten import split_long

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
    "Fr": "Father", "Msgr": "Monsignor", "Rt": "Right", "Hon": "Honorable",
    "Sgt. Maj": "Sergeant Major",
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
_SCALES = {"bn": "billion", "m": "million", "k": "thousand",  # "£330m", "$2bn"
           "Bn": "billion", "BN": "billion", "B": "billion", "M": "million", "K": "thousand"}


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
    text = re.sub(r"(?<=[A-Za-z])\$+(?!\d)", "s", text)  # stylised: "Chri$tma$"
    return re.sub(r"\s*[—―]\s*|\s+[–-]{1,2}\s+", ", ", text)


def drop_urls(text: str) -> str:
    """Web addresses are for the page, not the ear."""
    text = re.sub(r"\(?\b(?:https?://|www\.)\S+\)?", "", text)
    return _DOMAIN.sub(lambda m: " dot ".join(_label(x) for x in m.group(1).split(".")), text)


_DOMAIN = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|org|net|gov|edu|info|io|co|uk|ca|au|in|"
                     r"news|tv|fm|us|de|fr|ng|ie|nz|za|eu))\b(?:/\S*)?", re.IGNORECASE)
"""A site's name as its address ("nj.com", "Express.co.uk"): said with its dots."""


def _label(label: str) -> str:
    """A domain's part as a listener hears it: a word, or letters when written small with no
    vowel or in two letters ("nj" -> "N-J", "uk" -> "U-K"; "co" is said as a word)."""
    if label.islower() and label != "co" and (len(label) <= 2 or
                                               not re.search(r"[aeiouy]", label)):
        return "-".join(label.upper())
    return label


def drop_parentheticals(text: str) -> str:
    """Asides in parentheses are dropped; an editor's [insertion] is read as its words. A
    sentence written wholly in parentheses is an aside only in print: it is read."""
    whole = re.fullmatch(r"\s*\(([^()]+)\)\s*", text)
    text = whole.group(1) if whole else re.sub(r"\s*\([^()]*\)", "", text)
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


_SCALE_LETTERS = "|".join(_SCALES)


def amounts(text: str) -> str:
    """Money, percentages and years in words: "$5.2 billion" -> "five point two billion
    dollars", "3.4%" -> "three point four percent", "in 2019" -> "in twenty nineteen"."""
    text = re.sub(rf"([$€£])\s?(\d[\d,]*(?:\.\d+)?)(?:[ -]?({_SCALE[1:-1]}|{_SCALE_LETTERS})\b)?",
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
    return decimal_words(token)


def abbreviations(text: str) -> str:
    """Titles, states and common abbreviations in full; "U.S." said as letters."""
    text = re.sub(rf"\b({_alternation(_TITLES)})\.(?=\s+[A-Z])", lambda m: _TITLES[m.group(1)],
                  text)
    text = re.sub(r"\bNo\.\s?(?=\d)", "number ", text)
    text = re.sub(r"\bSt\.(?=\s+[A-Z])", "Saint", text)
    text = re.sub(r"(?<=[a-z] )St\.", "Street", text)
    # "Dover, Del." and "R-Wis.": after a place or a party, never "attended Mass."
    text = re.sub(rf"(?:(?<=, )|(?<=-))({_alternation(_STATES)})\.(?=,|\s|$)",
                  lambda m: _STATES[m.group(1)], text)
    text = re.sub(rf"\b({_alternation(_WORDS)})\.(?=,|\s|$)", lambda m: _WORDS[m.group(1)], text)
    text = re.sub(r"\be\.g\.,?", "for example,", text)
    text = re.sub(r"\bi\.e\.,?", "that is,", text)

    def letters(m: re.Match) -> str:
        said = " ".join(m.group(0).replace(".", ""))
        return said

    # "U.S." and "D.C." are spoken letter by letter; keep a sentence's final stop.
    text = re.sub(r"\b(?:[A-Z]\.){2,}(?=\s+[a-z\"“]|[,;:'’-]|\s*$|\s+[A-Z])", letters, text)
    return text


# --- Speech forms (issue #12): strings a voice reads as printed ("dash", "slash", "dot",
# letter by letter, one big number). Each says the same thing, only as a newsreader would.

_MONTH_LIST = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


def _spell(letters: str) -> str:
    """"ZX" -> "Z-X": letters joined so that a voice says each one ("A" alone is "a")."""
    return "-".join(letters.upper() if len(letters) > 1 else letters)


def _camel_words(tag: str) -> str:
    """"MeTooMovement" -> "Me Too Movement"; "ledger_news" -> "ledger news"."""
    tag = tag.replace("_", " ")
    return re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])", " ", tag)


def social(text: str) -> str:
    """Hashtags and @handles as words, embedded-post links dropped: a voice reads "#MeToo"
    as "hash me too" and "@ledger_news" as "at sign ledger underscore news"."""
    text = re.sub(r"\bpic\.twitter\.com/\S+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"(?<![\w&])#(\d+)\b", r"number \1", text)  # "the #1 seed"
    text = re.sub(r"(?<![\w&])#([A-Za-z]\w*)", lambda m: _camel_words(m.group(1)), text)
    text = re.sub(r"(?<![\w.])@([A-Za-z_]\w*)", lambda m: "at " + _camel_words(m.group(1)),
                  text)
    return re.sub(r"(?<=\w)\s+@\s+(?=\w)", " at ", text)  # "Tampa, FL @ the Arena"


def symbols(text: str) -> str:
    """Signs a voice reads out by name: "~5" is "about 5", "PG&E" is "P-G-and-E", "&" is
    "and", "w/" is "with"; a decorative "~" or footnote "*" is not read at all."""
    text = re.sub(r"(?<![\w~])~\s?(?=\$?\d)", "about ", text)
    text = re.sub(r"(?<=\w)~+(?!\w)", "", text)
    text = re.sub(r"~+", " ", text)
    text = re.sub(r"(?<=\w)\*+(?!\w)|(?<![\w*])\*+(?=\w)|(?<!\S)\*+(?!\S)", "", text)
    text = re.sub(r"\b([A-Z]{1,3})&([A-Z]{1,3})\b",
                  lambda m: f"{_spell(m.group(1))}-and-{_spell(m.group(2))}", text)
    text = re.sub(r"\s*&\s*", " and ", text)
    text = re.sub(r"\bw/o\b", "without", text)
    return re.sub(r"(?<![\w/])w/(?=\s)", "with", text)


def iso_dates(text: str) -> str:
    """"2024-05-01" -> "May 1, 2024" (then said as a date), never "to" or "dash"."""
    def said(m: re.Match) -> str:
        month, day = int(m.group(2)), int(m.group(3))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return m.group(0)
        return f"{_MONTH_LIST[month - 1]} {day}, {m.group(1)}"

    return re.sub(r"(?<![\w/.-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\w-]|\.\d)", said, text)


_PHONE = re.compile(
    r"(?<![\w.,/-])(?:\+?1[ .-])?(?:\(\d{3}\)\s?|\d{3}[.-])\d{3}[.-]\d{4}(?![\w-]|[.,]\d)"
    r"|(?<![\w.,/+$€£-])(?:\d{1,4}-){2,}\d{1,5}(?![\w-]|[.,]\d)"
    r"|(?<![\w.,/+$€£-])[2-9]\d\d-\d{4}(?![\w-]|[.,]\d)")
_RANGE_WORDS = re.compile(r"\b(?:from|between|ages|aged|pages|of|to|about|some|nearly|and)\s$",
                          re.IGNORECASE)


def phone_numbers(text: str) -> str:
    """"347-966-3806" -> "three four seven, nine six six, three eight oh six": a phone
    number or a hyphenated ID is said digit by digit, in its groups (never "dash", never
    "to", never "three hundred forty-seven"); a win-loss record of small numbers
    ("14-0-1") keeps its numbers, with pauses for the hyphens."""
    def said(m: re.Match) -> str:
        if re.fullmatch(r"(?:19|20)\d\d-\d\d-\d\d", m.group(0)):
            return m.group(0)  # a date (``iso_dates``)
        if re.fullmatch(r"\d{3}-\d{4}", m.group(0)) and _RANGE_WORDS.search(
                m.string[max(0, m.start() - 12):m.start()]):
            return m.group(0)  # "from 300-1200": a range
        groups = re.findall(r"\d+", m.group(0))
        if max(len(g) for g in groups) < 3:
            return ", ".join(groups)  # a record, "14-0-1": fourteen, oh, one - as numbers
        return ", ".join(spoken_digits(g) for g in groups)

    return _PHONE.sub(said, text)


_FRACTION_DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100}


def fractions(text: str) -> str:
    """"1/2" -> "one half", "1-1/2" -> "one and a half", "9/11" -> "nine eleven", "24/7" ->
    "twenty-four seven", "5/1/2024" -> "May 1, 2024": never "slash"."""
    def date(m: re.Match) -> str:
        month, day = int(m.group(1)), int(m.group(2))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return m.group(0)
        return f"{_MONTH_LIST[month - 1]} {day}, {m.group(3)}"

    text = re.sub(r"(?<![\w/.])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\w/])", date, text)

    def mixed(m: re.Match) -> str:
        num, den = int(m.group(2)), int(m.group(3))
        if den not in _FRACTION_DENOMINATORS or not 0 < num < den:
            return m.group(0)
        part = fraction(num, den)
        part = "a " + part.split(" ", 1)[1] if num == 1 else part
        return f"{cardinal(int(m.group(1)))} and {part}"

    text = re.sub(r"(?<![\w/.,-])(\d{1,3})[- ](\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)", mixed, text)

    def simple(m: re.Match) -> str:
        a, b = m.group(1), m.group(2)
        num, den = int(a), int(b)
        if (a, b) == ("9", "11") or (a, b) == ("24", "7"):
            return f"{cardinal(num)} {cardinal(den)}"
        if len(a) == 4 and len(b) in (2, 4) and _years(a, b):
            return _years(a, b)
        if den in _FRACTION_DENOMINATORS and 0 < num < den:
            return fraction(num, den)
        return m.group(0)

    return re.sub(r"(?<![\w/.,$€£-])(\d{1,4})/(\d{1,4})(?![\w/]|[.,]\d)", simple, text)


def _years(a: str, b: str) -> str | None:
    """"2019", "21" -> "twenty nineteen to twenty twenty-one"; None if not a span of years."""
    if not (len(a) == 4 and 1100 <= int(a) <= 2099):
        return None
    end = a[:2] + b if len(b) == 2 else b
    if len(end) != 4 or not int(a) < int(end) <= 2099 or int(end) - int(a) > 100:
        return None
    return f"{year(int(a))} to {year(int(end))}"


_DATE_RANGE = re.compile(
    rf"\b({_MONTH_NAMES}) (\d{{1,2}})(?:st|nd|rd|th)?[-–](\d{{1,2}})(?:st|nd|rd|th)?\b")
_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d{1,4})"
_PAIR = re.compile(rf"(?<![\w$€£.,/:+#-]){_NUMBER}[-–]{_NUMBER}(?![\w/:-]|[.,]\d)")


def negatives(text: str) -> str:
    """A minus sign before a number is said ("-1.2%" -> "minus 1.2%", "-$5 million" ->
    "minus $5 million"): a voice drops it once the number is words."""
    return re.sub(r"(?:(?<=^)|(?<=[\s(\[:]))[-\u2212\u2013](?=[$€£]?\d)", "minus ", text)


_DECIMAL_RANGE = re.compile(r"(?<![\w.,])(\d+\.\d+|\d+)%?[-–](\d+(?:\.\d+)?)(?=%)")
"""A range of rates with a decimal: "3.5-4%", "1.5-2%" (the plain pair rule takes whole
numbers only)."""


def number_pairs(text: str) -> str:
    """Two numbers joined by a hyphen are said "to": a vote or a score ("voted 61-22", "won
    3-2", "a 4-1 win" -> "61 to 22") and a range ("ages 18-24", "2019-2021", "Nov. 18-24")
    alike, and betting odds ("a 100-1 shot"). A model number after a name ("Boeing 787-9")
    is said in pairs ("seven eighty-seven nine"); phone numbers, IDs and ISO dates never
    reach here, and a number with a leading zero ("02-75") is left as written."""
    text = _DATE_RANGE.sub(
        lambda m: f"{m.group(1)} {ordinal_suffix(int(m.group(2)))} to "
                  f"{ordinal_suffix(int(m.group(3)))}"
        if 1 <= int(m.group(2)) < int(m.group(3)) <= 31 else m.group(0), text)

    def said(m: re.Match) -> str:
        a, b = m.group(1), m.group(2)
        span = _years(a, b) if "," not in a + b else None
        if span:
            return span
        if any(len(x) > 1 and x[0] == "0" for x in (a, b)):
            return m.group(0)  # an ID or a code, not a quantity
        before = m.string[max(0, m.start() - 30):m.start()]
        if re.search(r"\d[\s)]$", before):
            return ", ".join(spoken_digits(x) for x in (a, b))  # "+49 40 890 85-433"
        after_name = re.search(r"\b[A-Z][A-Za-z]+(?:\s?'s)? $", before) and \
            not re.search(rf"\b(?:{_MONTH_NAMES}) $", before)
        if after_name and re.fullmatch(r"[3-9]\d[1-9]", a) and (len(b) == 1 or b.endswith("00")):
            # "Boeing 737-800", "Boeing's 787-9". Never "a 500-1 shot" (odds: "to"), never
            # a round first part, which would run on ("one hundred nine"), and never a
            # score of a hundred and something ("the Heat 118-100").
            return f"{paired(a)} {paired(b)}"
        if re.search(r"\bbetween $", before, re.IGNORECASE):
            return f"{a} and {b}"  # "between 1,000-2,000"
        return f"{a} to {b}"

    text = _DECIMAL_RANGE.sub(lambda m: f"{m.group(1)} to {m.group(2)}", text)
    text = _PAIR.sub(said, text)
    # A ratio or a score with a colon ("16:9", "won 2:1"); "3:08" is a clock time, and
    # after a name it is a verse or a chapter ("Matthew 5:9").
    return re.sub(r"(?<![\w:.,])(\d{1,2}):(\d)(?![\w:]|[.,]\d)",
                  lambda m: m.group(0) if re.search(r"[A-Z]\w* $", m.string[:m.start()])
                  else f"{m.group(1)} to {m.group(2)}", text)


def decades(text: str) -> str:
    """"the 1990s" -> "the nineteen nineties", "'80s" -> "eighties", "in her 20s" ->
    "twenties": a voice says "nineteen hundred ninety s"."""
    text = re.sub(r"(?<![\w.,])(1[1-9]\d0|20\d0)'?s\b",
                  lambda m: plural_number(year(int(m.group(1)))), text)
    return re.sub(r"(?<![\w.,])'?([1-9]0)'?s\b", lambda m: plural_number(cardinal(int(m.group(1)))),
                  text)


def ordinals(text: str) -> str:
    """"the 1,000th day" -> "the one thousandth day", "21ST" -> "21st": with the comma a
    voice reads "one thousand", a pause and a stray "th"; plain "19th" it already says."""
    text = re.sub(r"(?<![\w.,])(\d{1,3}(?:,\d{3}){1,4})(st|nd|rd|th)\b",
                  lambda m: ordinal_words(int(m.group(1).replace(",", ""))), text,
                  flags=re.IGNORECASE)
    return re.sub(r"(?<![\w.,])(\d+)(ST|ND|RD|TH)\b", lambda m: m.group(1) + m.group(2).lower(),
                  text)


_UNITS = {  # written: (one, many)
    "km": ("kilometer", "kilometers"), "cm": ("centimeter", "centimeters"),
    "mm": ("millimeter", "millimeters"), "kg": ("kilogram", "kilograms"),
    "mg": ("milligram", "milligrams"), "lb": ("pound", "pounds"), "lbs": ("pound", "pounds"),
    "oz": ("ounce", "ounces"), "ft": ("foot", "feet"),
    "lb-ft": ("pound-foot", "pound-feet"), "Nm": ("newton meter", "newton meters"),
    "sq ft": ("square foot", "square feet"),
    "mph": ("mile per hour", "miles per hour"), "km/h": ("kilometer per hour",
                                                         "kilometers per hour"),
    "kph": ("kilometer per hour", "kilometers per hour"),
    "fps": ("frame per second", "frames per second"), "Hz": ("hertz", "hertz"),
    "kHz": ("kilohertz", "kilohertz"), "MHz": ("megahertz", "megahertz"),
    "GHz": ("gigahertz", "gigahertz"), "KB": ("kilobyte", "kilobytes"),
    "MB": ("megabyte", "megabytes"), "GB": ("gigabyte", "gigabytes"),
    "TB": ("terabyte", "terabytes"), "kW": ("kilowatt", "kilowatts"),
    "MW": ("megawatt", "megawatts"), "GW": ("gigawatt", "gigawatts"),
    "kWh": ("kilowatt hour", "kilowatt hours"), "MWh": ("megawatt hour", "megawatt hours"),
    "GWh": ("gigawatt hour", "gigawatt hours"), "ms": ("millisecond", "milliseconds"),
    "mAh": ("milliamp hour", "milliamp hours"), "ml": ("milliliter", "milliliters"),
    "mL": ("milliliter", "milliliters"), "tsp": ("teaspoon", "teaspoons"),
    "tbsp": ("tablespoon", "tablespoons"), "Tbsp": ("tablespoon", "tablespoons"),
    "°C": ("degree Celsius", "degrees Celsius"), "°F": ("degree Fahrenheit",
                                                       "degrees Fahrenheit"),
    "ºC": ("degree Celsius", "degrees Celsius"), "ºF": ("degree Fahrenheit",
                                                       "degrees Fahrenheit"),
    "°": ("degree", "degrees"),
    "kbps": ("kilobit per second", "kilobits per second"),
    "Mbps": ("megabit per second", "megabits per second"),
    "Gbps": ("gigabit per second", "gigabits per second"),
}
_COOKING = {"tsp": "teaspoon", "tbsp": "tablespoon", "Tbsp": "tablespoon", "oz": "ounce",
            "lb": "pound"}
_PER = {"h": "hour", "hr": "hour", "hour": "hour", "s": "second", "sec": "second",
        "min": "minute", "day": "day", "d": "day", "wk": "week", "week": "week",
        "mo": "month", "month": "month", "yr": "year", "year": "year", "kWh": "kilowatt hour",
        "MWh": "megawatt hour", "W": "watt", "kg": "kilogram", "lb": "pound",
        "person": "person", "head": "head", "share": "share", "gallon": "gallon",
        "barrel": "barrel", "ton": "ton", "tonne": "tonne"}


def units(text: str) -> str:
    """Units after a number in words: "5km" -> "5 kilometers", "10 mph" -> "10 miles per
    hour", "3°C" -> "3 degrees Celsius", "cents/kWh" -> "cents per kilowatt hour",
    "1080p" -> "ten eighty p", "3440x1440" -> "3440 by 1440"; a voice spells "km" and
    "mph" and reads "/" as "slash". Before a noun the unit is an adjective: "a 3 GW plant"
    -> "a 3 gigawatt plant"."""
    names = _alternation(_UNITS)

    def unit(m: re.Match) -> str:
        one, many = _UNITS[m.group(2)]
        number = m.group(1)
        before = m.string[max(0, m.start() - 4):m.start()]
        noun = re.match(r"\s+([a-z]+)\b", m.string[m.end():])
        adjective = re.search(r"\b(?:an?|A|An)\s$", before) and noun and \
            noun.group(1) not in _ADJECTIVE_STOP and not noun.group(1).endswith("ly")
        single = adjective or number.lstrip("-−") in ("1", "1.0")
        return f"{number} {one if single else many}"

    text = re.sub(rf"(?<![\w.,])([-−]?\d[\d,]*(?:\.\d+)?)\s?({names})(?![\w/°-])", unit, text)
    text = re.sub(rf"(?<=[\w%])/({_alternation(_PER)})\b(?!/)",
                  lambda m: f" per {_PER.get(m.group(1)) or _PER[m.group(1).lower()]}", text,
                  flags=re.IGNORECASE)
    text = re.sub(rf"\b(half|halves|quarters?|thirds?|eighths?) ({_alternation(_COOKING)})\b",
                  lambda m: f"{m.group(1)} {_COOKING[m.group(2)]}", text)
    text = re.sub(r"(?<![\w.,])(480|540|576|720|1080|1440|2160)([pi])\b",
                  lambda m: f"{paired(m.group(1))} {m.group(2)}", text)
    return re.sub(r"(?<![\w.,])(\d+)\s?[x×]\s?(\d+)(?![\w.])",
                  lambda m: f"{paired(m.group(1))} by {paired(m.group(2))}", text)


def slashes(text: str) -> str:
    """A slash between words is silent ("and/or" -> "and or", "VR/AR" -> "VR AR"); a voice
    says "slash". Numbers with a slash are ``fractions``; "per" forms are ``units``."""
    text = re.sub(r"(?<=[A-Za-z])/(?=[A-Za-z])", " ", text)
    return re.sub(r"(?<=[\w.])\s+/\s+(?=\w)", ", ", text)  # "9 a.m. / 7 p.m.": a pause


def references(text: str) -> str:
    """Reference numbers of three or more parts between slashes, letters among them ("suit
    PRT/04/082/2021"), said part by part with a pause for each slash: "P-R-T, zero four,
    zero eight two, twenty twenty-one". A voice says "slash" and runs the figures on.
    Fractions and dates are figures only and keep their own rules."""
    def part(p: str) -> str:
        if p.isalpha():
            return _spell(p)
        if not p.isdigit():
            return mixed_codes(p)
        return spoken_digits(p).replace("oh", "zero") if p[0] == "0" else paired(p)

    return re.sub(r"(?<![\w/.-])(?=[\w/]*[A-Za-z])[A-Za-z0-9]+(?:/[A-Za-z0-9]+){2,}(?![\w/])",
                  lambda m: ", ".join(part(p) for p in m.group(0).split("/")), text)


_INTERJECTIONS = frozenset("hmm hm mm mmm shh sh psst pst tsk brr grr pfft nth zzz st".split())
_SHORT_WORDS = {"vs": ("versus", "versus"), "pts": ("point", "points"),
               "hrs": ("hour", "hours")}
"""Short forms that are not units (``_UNITS`` has those): (after "per", otherwise)."""


def lowercase_letters(text: str) -> str:
    """A lower-case word of two to four letters with no vowel is a short form ("vs" ->
    "versus") or letters ("kb weekly" -> "K-B weekly", "the dx team"), spelled as
    initialisms are: a voice spells them too, but "vs" should be a word and a spelled
    name should be meant. Exclamations ("hmm", "shh") and "nth" stay."""
    def said(m: re.Match) -> str:
        word = m.group(0)
        if word in _INTERJECTIONS:
            return word
        forms = _SHORT_WORDS.get(word) or _UNITS.get(word)  # a unit with no figure before it
        if forms:
            return forms[0 if m.string[:m.start()].endswith("per ") else 1]
        return _spell(word)

    return re.sub(r"(?<![\w'’.-])[b-df-hj-np-tv-xz]{2,4}(?![\w'’-])", said, text)


_ADJECTIVE_STOP = frozenset("""
a about across after against ago all also an and annually apiece are around as at away back
be been before below between but by can could down each every for from had has have here if
in into is it its last less more may might must next now of off on once or out over per
plus since so than that the their them then there these they this those through to today
together too under until up upon was were what when which while who will with within worth
would yet
""".split())


_DOLLAR_LANDS = {"A": "Australian", "AU": "Australian", "NZ": "New Zealand", "C": "Canadian",
                 "CA": "Canadian", "HK": "Hong Kong", "US": "US", "S": "Singapore",
                 "NT": "New Taiwan"}


def other_dollars(text: str) -> str:
    """Dollars of another country: "A$20" -> "twenty Australian dollars", "NZ$1.2bn" -> "one
    point two billion New Zealand dollars" (a voice reads "A$20" as "a twenty dollars")."""
    def said(m: re.Match) -> str:
        scale = _SCALES.get(m.group(3), m.group(3))
        return (f"{decimal_words(m.group(2))}{' ' + scale if scale else ''} "
                f"{_DOLLAR_LANDS[m.group(1)]} dollars")

    return _OTHER_DOLLARS.sub(said, text)


_OTHER_DOLLARS = re.compile(rf"(?<![\w$])({_alternation(_DOLLAR_LANDS)})\$(\d[\d,]*(?:\.\d+)?)"
                            rf"(?:[ -]?({_SCALE[1:-1]}|{_SCALE_LETTERS})\b)?")


_COUNTED_MILLIONS = ("people|users|customers|viewers|listeners|homes|households|jobs|tonnes|"
                     "tons|barrels|passengers|visitors|voters|residents|children|adults|"
                     "patients|cases|doses|subscribers|followers|downloads|copies|workers|"
                     "employees|members|fans|tickets|vehicles|cars|shares|acres|hectares|"
                     "years|species|devices|accounts|votes|pupils|students|refugees")


_COUNT_SCALES = {"m": "million", "b": "billion", "k": "thousand"}


def millions(text: str) -> str:
    """"1.5m people" -> "1.5 million people", also "500M users", "2bn votes", "40K fans":
    a scale's letter before a count (a voice says "one point five em"); before a race "m"
    is metres: "the 100m hurdles" -> "the 100 metres hurdles". "A 1.5m wall" is left."""
    text = re.sub(rf"(?<![\w$£€.])(\d+(?:\.\d+)?)([mMbB]n?|K)\s+(?=(?:{_COUNTED_MILLIONS})\b)",
                  lambda m: f"{m.group(1)} {_COUNT_SCALES[m.group(2)[0].lower()]} ", text)
    return re.sub(rf"(?<![\w$£€.])(\d+)m\s+(?=(?:{_RACES})\b)", r"\1 metres ", text)


_RACES = ("hurdles|sprint|freestyle|backstroke|breaststroke|butterfly|medley|individual "
          "medley|relay|dash|race|final|heat|semi-final|world record|record|title|event")
"""What follows a distance in metres in sports copy."""


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_NUMERAL = r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_COUNTED = ("World War|Chapter|Part|Phase|Stage|Act|Volume|Book|Article|Title|Section|Type|"
            "Class|Grade|Level|Category|Mark|Super Bowl|Vatican|Episode|Schedule|Division|"
            "Tier|Generation|Apollo|Gemini|Rocky|Star Wars")


def _roman_value(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))


def roman_numerals(text: str) -> str:
    """Roman numerals as a newsreader says them: "World War II" -> "World War Two",
    "Chapter IV" -> "Chapter Four", "Henry VIII" -> "Henry the Eighth", "Elizabeth II" ->
    "Elizabeth the Second". A voice says "roman two". A lone "I", "V" or "X" after a name
    is left ("Malcolm X")."""
    def counted(m: re.Match) -> str:
        return f"{m.group(1)} {cardinal(_roman_value(m.group(2))).title()}"

    def regnal(m: re.Match) -> str:
        return f"{m.group(1)} the {ordinal_words(_roman_value(m.group(2))).title()}"

    text = re.sub(rf"\b({_COUNTED})\s+(?=[IVXLC])({_ROMAN_NUMERAL})(?![\w-]|\.\w)", counted,
                  text)
    return re.sub(rf"\b([A-Z][a-z]+)\s+(?=[IVXLC]{{2}})({_ROMAN_NUMERAL})(?![\w-]|\.\w)",
                  regnal, text)


def money_forms(text: str) -> str:
    """Money before a noun is said as an adjective: "a $250,000 fine" -> "a two hundred fifty
    thousand dollar fine" (not "dollars fine"); a range is said once: "$40-50 billion" ->
    "forty to fifty billion dollars", "$5-$10" -> "five to ten dollars"."""
    units_of = {"$": "dollar", "€": "euro", "£": "pound"}

    def said(m: re.Match) -> str:
        det, symbol, amount, joint, upper, scale, gap, noun = m.groups()
        scale = _SCALES.get(scale, scale)
        joint = "and" if joint and "and" in joint.lower() else "to"
        adjective = bool(det and noun and noun.lower() not in _ADJECTIVE_STOP
                         and not noun.endswith(("ly", "ed")))
        if not adjective and not upper:
            return m.group(0)  # plain money: ``amounts`` says it
        if adjective and not scale and "." in amount + (upper or ""):
            return m.group(0)  # "$16.50": dollars and cents are no adjective
        said = decimal_words(amount) + (f" {joint} {decimal_words(upper)}" if upper else "")
        if adjective:
            said += (f" {scale}" if scale else "") + f" {units_of[symbol]}"
        else:
            said = f"{decimal_words(amount)} {joint} {money(symbol, upper, scale)}"
        return f"{det or ''}{said}{gap or ''}{noun or ''}"

    return re.sub(rf"(\b(?:an?|the|its|his|her|their|our|this|that|each|every|one)\s+)?"
                  rf"([$€£])(\d[\d,]*(?:\.\d+)?)"
                  rf"(?:([-–][$€£]?|\s+(?:to|and)\s+[$€£])(\d[\d,]*(?:\.\d+)?))?"
                  rf"(?:[ -]?({_SCALE[1:-1]}|{_SCALE_LETTERS})\b)?(?:([ -])([A-Za-z]+)\b)?",
                  said, text, flags=re.IGNORECASE)


def zones(text: str) -> str:
    """A clock time with a zone and no a.m./p.m. ("9:15 ET", "noon ET") names the zone:
    "9:15 Eastern"; a voice says "E T" or "et". A British "9.30am" is a clock time too, not
    "nine point three zero"."""
    text = re.sub(r"(?<![\w.,])(\d{1,2})\.([0-5]\d)(?=\s?[ap]\.?m\b)", r"\1:\2", text,
                  flags=re.IGNORECASE)
    return re.sub(rf"\b(\d{{1,2}}:\d\d|noon|midnight)\s+({_alternation(_ZONES)})\b",
                  lambda m: f"{m.group(1)} {_ZONES[m.group(2)]}", text)


def codes(text: str) -> str:
    """Flight, model and route codes: letters spelled, the number in pairs, a hyphen
    silent: "ZX4102" -> "Z-X-forty-one oh two", "B737-800" -> "B-seven thirty-seven eight
    hundred", "I-405" -> "I-four oh five". A voice says "four thousand one hundred two".
    Codes of one or two digits ("F-16", "G20") are already said well and left alone."""
    def said(m: re.Match) -> str:
        letters, digits_, tail, more, more_tail = m.groups()
        words = f"{_spell(letters)}-{paired(digits_)}"
        if tail:
            words += f" {_spell(tail)}"
        if more:
            words += f" {paired(more)}"
        if more_tail:
            words += f" {_spell(more_tail)}"
        return words

    return re.sub(r"(?<![\w.@#/-])([A-Z]{1,2})-?(\d{3,5})([A-Z]{1,2})?"
                  r"(?:-(\d{1,4})([A-Z]{1,2})?)?(?![\w-]|[.,]\d)", said, text)


def mixed_codes(text: str) -> str:
    """Any other word that mixes letters and figures is a code, said part by part: "777x"
    -> "seven seventy-seven X", "RX450F2" -> "R-X four fifty F two", "256kps" ->
    "two fifty-six K-P-S". A voice reads letters glued to figures as a word ("kps") or
    runs the figures on ("CBR six hundred F four" as "cbr")."""
    def said(m: re.Match) -> str:
        parts = re.findall(r"[A-Za-z]+|\d+", m.group(0))
        return " ".join(paired(p) if p.isdigit() and len(p) >= 3 else
                        cardinal(int(p)) if p.isdigit() else
                        p if not p.isupper() and len(p) > 2 and re.search("[aeiouy]", p) else
                        _spell(p) for p in parts)

    # A quotation mark may stand either side; an apostrophe within a word ("'90s") may not.
    return re.sub(r"(?<![\w.@#/$£€-])(?<!\w['’])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])"
                  r"(?:[A-Za-z]{1,4}\d+|\d+[A-Za-z]{1,4})(?:[A-Za-z]{1,4}|\d+)*"
                  r"(?![\w-])(?!['’]\w)",
                  lambda m: m.group(0) if _ORDINAL_OR_UNIT.fullmatch(m.group(0))
                  and not _MODEL.fullmatch(m.group(0)) else said(m),
                  text)


_ORDINAL_OR_UNIT = re.compile(r"\d+(?:st|nd|rd|th|s|am|pm|[kmb]n?|bn|mn|k)|\d{1,2}x|"
                              r"\d{1,3}[KMB]", re.IGNORECASE)
"""Left for the rules that say them ("21st", "1990s", "10am", "5m", "500M", "3x"); a capital
after four figures or more is a model ("5300M")."""


_MODEL = re.compile(r"\d{4,}[KMB]")


def variants(text: str) -> str:
    """Variant and model names with a dot: "XB.1" -> "X-B point one", "BA.2.86" -> "B-A
    point two point eight six"; a voice says "X B dot one"."""
    def said(m: re.Match) -> str:
        parts = m.group(2).split(".")
        return f"{_spell(m.group(1))} point " + " point ".join(
            cardinal(int(p)) if len(p) == 1 else spoken_digits(p).replace("oh", "zero")
            for p in parts)

    text = re.sub(r"(?<![\w.])([A-Z]{1,3})\.(\d{1,3}(?:\.\d{1,3})*)(?![\w]|\.\d)", said, text)
    # A standard's number with a letter suffix: "802.11ax" -> "eight oh two point eleven A-X".
    return re.sub(r"(?<![\w.])(\d{3})\.(\d{1,2})([a-z]{1,2})\b",
                  lambda m: f"{paired(m.group(1))} point {paired(m.group(2))} "
                            f"{_spell(m.group(3))}", text)


def versions(text: str) -> str:
    """"v2.1" -> "version 2.1": a voice says "V two point one" for a software version."""
    return re.sub(r"(?<![\w.])v(\d+(?:\.\d+)+|\d+)\b", r"version \1", text)


_BARE_TITLES = {"Mr": "Mister", "Mrs": "Missus", "Ms": "Miz", "Dr": "Doctor",
                "Prof": "Professor", "Rev": "Reverend", "Sgt": "Sergeant", "Capt": "Captain",
                "Lt": "Lieutenant", "Col": "Colonel", "Maj": "Major", "Cpl": "Corporal",
                "Supt": "Superintendent", "Insp": "Inspector"}


def bare_titles(text: str) -> str:
    """Titles without a period, as British and some US copy prints them: "Ms Brandt" ->
    "Miz Brandt", "Mr Ruiz" -> "Mister Ruiz", "Dr Lee" -> "Doctor Lee" (a voice spells "M
    S"). Only before a name; "Dr" after a capitalised word is a street ("Elm Dr")."""
    def said(m: re.Match) -> str:
        before = m.string[max(0, m.start() - 20):m.start()]
        if m.group(1) == "Dr" and re.search(r"\b[A-Z][a-z]+ $", before):
            return m.group(0)
        return _BARE_TITLES[m.group(1)]

    return re.sub(rf"\b({_alternation(_BARE_TITLES)})\b(?!\.)(?=\s+[A-Z][a-z])", said, text)


_POSTAL = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming",
}


def states(text: str) -> str:
    """Two-letter state codes without periods after a place or a party: "Madison, WI" ->
    "Madison, Wisconsin", "D-WI" -> "D-Wisconsin" (a voice says "why" or "W I")."""
    text = re.sub(rf"\b([DRI])-({_alternation(_POSTAL)})\b(?![\w-])",
                  lambda m: f"{m.group(1)}-{_POSTAL[m.group(2)]}", text)

    def place(m: re.Match) -> str:
        if m.start(1) == 0 or m.string[m.start(1) - 1] in "\"“‘'":
            return m.group(0)  # "Fine, OK." opens a sentence or a quote: no place before it
        return f"{m.group(1)}, {_POSTAL[m.group(2)]}"

    return re.sub(rf"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)*),\s({_alternation(_PLACE_CODES)})"
                  rf"(?=[\s,.;:)]|$)(?![\w-])", place, text)


_PLACE_CODES = {code: name for code, name in _POSTAL.items()
                if code not in {"MD", "MS", "ME", "IN", "OR", "HI", "DE", "DO", "CO", "ID",
                                "MA", "AL", "LA"}}
"""Postal codes said as a state after a place: not those that are also a degree ("Jane Roe,
MD"), a word ("Fine, OK") or read as one."""


_SPELL_OUT = frozenset("""
AA ACLU AFC AFL AFP AP AR ATP BA COO DUI EPA EV FAA FDIC FY GE GOP ICU IMF IPO IPS IQ IRA IVF
LED NCAA NIH NYC OJ PE SAT SEC TSA UAE UAW UFC UHD UPS USC USPS VA VIP WHO
""".split())
"""Initialisms said as letters on air that a voice takes for a word ("the EPA" ->
"eppa", "GOP" -> "gop", "AP" -> "ap"), checked with espeak-ng (``voices.stumbles``)."""


def initialisms(text: str) -> str:
    """Initialisms a voice would read as a word are spelled out: "GOP" -> "G-O-P"; "WWII"
    -> "World War Two". NATO, NASA and COVID are words and stay."""
    text = re.sub(r"\bWWII\b", "World War Two", text)
    text = re.sub(r"\bWWI\b", "World War One", text)
    return re.sub(rf"(?<![\w&-])({_alternation(dict.fromkeys(_SPELL_OUT))})(?![\w&]|-\d)",
                  lambda m: _spell(m.group(1)), text)


def stray_signs(text: str) -> str:
    """A "$" after letters with no amount is a stylised "s" ("Chri$tma$", see ``tidy``),
    also where a speech form above has put letters before it ("ZX4102$")."""
    return re.sub(r"(?<=[A-Za-z])\$+(?!\d)", "s", text)


def finish(text: str) -> str:
    """Whitespace and punctuation left tidy after the other rules."""
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",(?:\s*,)+", ",", text)
    text = re.sub(r"^[,;:\s]+", "", text)
    text = " ".join(text.split())
    if text and text[-1].isalnum():
        text += "."
    return text[:1].upper() + text[1:]


_A_BEFORE = re.compile(r"\b([Aa]) (?=(\d[\d,]*(?:\.\d+)?|eight|eleven)\b)")


def articles(text: str) -> str:
    """"a 8-year-old" as said: "an 8-year-old" (and "an 11", "an 18", "an 80", "an 800");
    "a" stays before every figure said with a consonant first."""
    def said(m: re.Match) -> str:
        figure = m.group(2).replace(",", "")
        if figure.isalpha():
            return m.group(1) + "n "
        try:
            spoken = cardinal(int(float(figure)))
        except (ValueError, OverflowError):
            return m.group(0)
        return m.group(1) + ("n " if spoken.startswith(("eight", "eleven")) else " ")

    return _A_BEFORE.sub(said, text)


RULES: list[tuple[str, Callable[[str], str]]] = [
    ("plain", plain), ("tidy", tidy), ("dateline", drop_dateline), ("split_long", split_long),
    ("social", social),
    ("urls", drop_urls), ("parentheticals", drop_parentheticals), ("symbols", symbols),
    ("iso_dates", iso_dates), ("phone_numbers", phone_numbers), ("references", references),
    ("fractions", fractions),
    ("dates", dates), ("negatives", negatives), ("number_pairs", number_pairs),
    ("decades", decades),
    ("ordinals", ordinals), ("units", units), ("slashes", slashes),
    ("other_dollars", other_dollars), ("millions", millions),
    ("roman_numerals", roman_numerals),
    ("money_forms", money_forms), ("zones", zones),
    ("times", times), ("codes", codes), ("variants", variants), ("versions", versions),
    ("amounts", amounts), ("abbreviations", abbreviations), ("mixed_codes", mixed_codes),
    ("bare_titles", bare_titles), ("lowercase_letters", lowercase_letters),
    ("states", states), ("initialisms", initialisms), ("stray_signs", stray_signs),
    ("articles", articles), ("finish", finish),
]


@lru_cache(maxsize=4096)
def speech_text(sentence: str) -> str:
    """What the voice says for one sentence of copy (the same sentence is timed again for
    each plan tried, so the answer is kept)."""
    text = sentence
    for _name, rule in RULES:
        text = rule(text)
    return text


__all__ = ["RULES", "cardinal", "plain", "speech_text"]
