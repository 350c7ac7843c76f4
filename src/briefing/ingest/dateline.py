"""Datelines: where a wire-style paragraph was filed and by whom ("KARACHI, Pakistan
(Reuters) - ..."), parsed out of the copy and kept as the article's metadata."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_CONNECTORS = {"of", "the", "and", "for", "on", "in", "at", "&", "de", "du", "la", "le", "el",
               "y", "a", "an", "-", "to", "van", "von"}
"""Small words left lower case inside a place or a name."""

# Wire agencies, in the form their datelines print them; a wire story carried by a local
# paper is credited to the wire.
_WIRES = {
    "ap": "AP", "the associated press": "AP", "associated press": "AP",
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "upi": "UPI", "united press international": "UPI",
    "cnn": "CNN",
}
WIRES = frozenset(_WIRES.values())
"""The wire agencies by the names datelines give them ("AP", "Reuters")."""
_WIRE_ALT = "|".join(re.escape(w) for w in sorted(_WIRES, key=len, reverse=True))
_WIRE_NAME = re.compile(rf"\b({_WIRE_ALT})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Dateline:
    """The opening of a wire-style paragraph: where it was filed and by whom."""

    places: tuple[str, ...]
    """Where the story was filed, cities in title case: ("Karachi, Pakistan", "Islamabad")."""
    agency: str | None
    """The agency in brackets ("AP", "Reuters", "CNN"), if one is named."""
    rest: str
    """The paragraph without its dateline."""
    date: str | None = None
    """A date printed in the dateline ("Nov 19"), as printed."""

    @property
    def place(self) -> str | None:
        """The places as one phrase: "Karachi, Pakistan and Islamabad"."""
        return " and ".join(self.places) or None



_CAPS_WORD = r"[A-Z][A-Z.'’&-]*"
_CAPS_PLACE = rf"[A-Z][A-Z.'’-]+(?:\s{_CAPS_WORD})*"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_REGION = rf",\s*(?!{_MONTH}\s+\d)[A-Z][A-Za-z.'’-]*(?:\s[A-Z][A-Za-z.'’-]*){{0,2}}"
_MIXED_PLACE = r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}"
_DASH = r"\s*(?:—|–|―|-{1,2})\s*"
_AGENCY_RE = r"\((?P<agency>[A-Z][A-Za-z .&'’-]{0,30}?)\)"
_DATE_RE = rf",\s*(?P<date>{_MONTH}\s+\d{{1,2}})"
# "KARACHI, Pakistan/ISLAMABAD", "NEW YORK", "ST. LOUIS, Mo."
_PLACES_CAPS = rf"(?P<places>{_CAPS_PLACE}(?:{_REGION})?(?:\s*/\s*{_CAPS_PLACE}(?:{_REGION})?)*)"
_PLACES_ANY = (rf"(?P<places>(?:{_CAPS_PLACE}|{_MIXED_PLACE})(?:{_REGION})?"
               rf"(?:\s*/\s*(?:{_CAPS_PLACE}|{_MIXED_PLACE})(?:{_REGION})?)*)")
_DATELINES = [
    # "WASHINGTON (AP) — ...", "BEIJING, Nov 19 (Reuters) - ..."
    re.compile(rf"^{_PLACES_CAPS}(?:{_DATE_RE})?\s*{_AGENCY_RE}"
               rf"(?:{_DASH}|\s*,\s*|\s*(?=[A-Z\"“‘']))"),
    # "Washington (Reuters) - ...": a place in mixed case needs the dash.
    re.compile(rf"^{_PLACES_ANY}(?:{_DATE_RE})?\s*{_AGENCY_RE}{_DASH}(?=\S)"),
    # "(CNN) -- ...", and a wire's "(CNN)The ...".
    re.compile(rf"^{_AGENCY_RE}{_DASH}(?=\S)"),
    re.compile(rf"^\((?P<agency>(?i:{_WIRE_ALT}))\)\s*(?=[A-Z\"“‘'])"),
    # "LONDON — ...": a place alone needs the dash, or "NASA said ..." would be one.
    re.compile(rf"^{_PLACES_CAPS}(?:{_DATE_RE})?{_DASH}(?=\S)"),
    # A release wire's: "COLUMBUS, Ohio, Feb. 20, 2024 /PRNewswire/ -- ..." (the wire only
    # carries the release: no agency to credit).
    re.compile(rf"^{_PLACES_ANY}(?:{_DATE_RE})?(?:,\s*\d{{4}})?\s*"
               rf"/(?P<wire>[A-Z][A-Za-z -]{{2,30}})/{_DASH}(?=\S)"),
    # "LONDON: ...", and an old wire's "WASHINGTON _ ...".
    re.compile(rf"^{_PLACES_CAPS}(?:{_DATE_RE})?(?:\s*:\s+|\s+_\s+)(?=[A-Z\"“‘'])"),
    # "Dover, Del. – ...": a town in mixed case with a state abbreviation and a dash.
    re.compile(rf"^(?P<places>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s[A-Z][a-z]{{1,4}}\.){_DASH}"
               r"(?=[A-Z\"“‘'])"),
]
# Shouted labels that open a paragraph the way a place does: "BREAKING — ...".
_NOT_PLACES = {"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "OPINION",
               "ANALYSIS", "EDITORIAL", "REVIEW", "COMMENTARY", "PHOTOS", "VIDEO", "NOTE",
               "EDITOR'S NOTE", "CORRECTION", "SPOILER", "WARNING"}


def _city_case(place: str) -> str:
    """"KARACHI, Pakistan" -> "Karachi, Pakistan"; a region as printed stays as printed."""
    city, sep, region = place.partition(",")
    if city.upper() == city:
        words = city.strip().lower().split()
        city = " ".join(w if i and w in _CONNECTORS else w.title() for i, w in enumerate(words))
    return city.strip() + (sep + region if sep else "")


def parse_dateline(paragraph: str) -> Dateline | None:
    """The dateline that opens a paragraph, if it has one.

    "KARACHI, Pakistan/ISLAMABAD (Reuters) - ..." gives places ("Karachi, Pakistan",
    "Islamabad"), agency "Reuters". A sentence that merely opens with a capitalised word
    ("NASA said on Tuesday ...") has no dash after it and is no dateline.
    """
    text = paragraph.strip()
    for pattern in _DATELINES:
        m = pattern.match(text)
        if not m:
            continue
        groups = m.groupdict()
        raw_places = (groups.get("places") or "").strip()
        if raw_places.upper() in _NOT_PLACES:
            return None
        rest = text[m.end():].strip()
        if not rest:
            return None
        places = tuple(_city_case(p.strip()) for p in raw_places.split("/") if p.strip())
        agency = groups.get("agency")
        return Dateline(places=places, agency=agency.strip() if agency else None, rest=rest,
                        date=groups.get("date"))
    return None


# --- Printed dates ------------------------------------------------------------------------

_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")], start=1)
    for name in names
}
_MONTH_WORD = r"([A-Za-z]{3,9})\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
# "11 May 2024", "Sat 11 May 2024", "8th of October, 2024".
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_MONTH_WORD},?\s+(\d{{4}})\b")
# "May 11, 2024", "Nov. 19, 2019", "Wednesday November 20, 2019".
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH_WORD}\s+(\d{{1,2}}){_ORDINAL},?\s+(\d{{4}})\b")
# "2024-05-11", "2024-05-11T08:00Z", "2024/05/11".
_YEAR_FIRST = re.compile(r"(?<![\d.:/·-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d:/·-]|\.\d)")
# "22·05·24", "11/18/2019", "22.05.2024": day or month first, told apart by a day past 12.
_NUMERIC = re.compile(r"(?<![\d.:/·-])(\d{1,2})([./·-])(\d{1,2})\2(\d{4}|\d{2})"
                      r"(?![\d:/·-]|\.\d)")


def _date(year: int, month: int, day: int) -> dt.date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """The first whole date printed in a line, in the forms pages print: "May 11, 2024",
    "Sat 11 May 2024", "Tuesday 18 June 2024", "2024-05-11T08:00Z", "22·05·24". An
    all-number date is read day first or month first only when a day past 12 tells which;
    "05/06/24" could be either and is read as neither."""
    found: list[tuple[int, dt.date]] = []
    # Each named form: how its match gives (year, month, day).
    forms = ((_DAY_MONTH_YEAR, lambda m: (m.group(3), _MONTH_NUMBERS.get(m.group(2).lower()),
                                          m.group(1))),
             (_MONTH_DAY_YEAR, lambda m: (m.group(3), _MONTH_NUMBERS.get(m.group(1).lower()),
                                          m.group(2))),
             (_YEAR_FIRST, lambda m: (m.group(1), m.group(3), m.group(4))))
    for pattern, parts in forms:
        for m in pattern.finditer(text):
            year, month, day = parts(m)
            date = month and _date(int(year), int(month), int(day))
            if date:
                found.append((m.start(), date))
                break
    for m in _NUMERIC.finditer(text):
        first, second, year = int(m.group(1)), int(m.group(3)), m.group(4)
        if len(year) == 2:
            if len(m.group(1)) != 2 or len(m.group(3)) != 2:
                continue  # "1.2.24" is a version or a score, not a date
            # The century that puts it in the past; a two-figure year before 1990 is more
            # likely a time ("10.30.45") than a date a page prints.
            year = str(2000 + int(year) if 2000 + int(year) <= dt.date.today().year + 1
                       else 1900 + int(year))
            if int(year) < 1990:
                continue
        if first > 12 >= second:
            date = _date(int(year), second, first)
        elif second > 12 >= first:
            date = _date(int(year), first, second)
        else:
            date = None
        if date:
            found.append((m.start(), date))
            break
    return min(found)[1] if found else None


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
