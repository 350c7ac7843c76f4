"""Datelines: where a wire-style paragraph was filed and by whom ("KARACHI, Pakistan
(Reuters) - ..."), parsed out of the copy and kept as the article's metadata."""

from __future__ import annotations

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
