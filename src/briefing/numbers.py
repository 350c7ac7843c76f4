"""Numbers as a US newsreader says them: cardinals, years, ordinals, money, percentages."""

from __future__ import annotations

import re

_CURRENCY = {"$": ("dollar", "dollars", "cent", "cents"), "€": ("euro", "euros", "cent", "cents"),
             "£": ("pound", "pounds", "penny", "pence")}



def cardinal(value: float | int) -> str:
    """4200 -> "four thousand two hundred" (no "and", no commas: American copy)."""
    from num2words import num2words

    words = num2words(value)
    return re.sub(r"\s+and\s+|,", " ", words).replace("  ", " ").strip()


def year(value: int) -> str:
    """2022 -> "twenty twenty-two"; 2009 -> "two thousand nine"; 1999 -> "nineteen ninety-nine"."""
    from num2words import num2words

    return re.sub(r"\s+and\s+|,", " ", num2words(value, to="year")).replace("  ", " ")


def ordinal_suffix(day: int) -> str:
    """19 -> "19th", as broadcast copy writes dates."""
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def parse_number(text: str) -> float | int:
    raw = text.replace(",", "")
    return float(raw) if "." in raw else int(raw)


def decimal_words(text: str) -> str:
    """"5.2" -> "five point two"; "4,200" -> "four thousand two hundred"."""
    value = parse_number(text)
    if isinstance(value, float):
        whole, _, frac = text.replace(",", "").partition(".")
        return f"{cardinal(int(whole))} point " + " ".join(cardinal(int(d)) for d in frac)
    return cardinal(value)


def money(symbol: str, amount: str, scale: str | None) -> str:
    """("$", "5.2", "billion") -> "five point two billion dollars"; ("$", "16.50") -> sixteen
    dollars and fifty cents."""
    one, many, cent, cents = _CURRENCY[symbol]
    if scale:
        return f"{decimal_words(amount)} {scale} {many}"
    if "." in amount and len(amount.rsplit(".", 1)[1]) > 2:
        return f"{decimal_words(amount)} {many}"  # a rate, "$1.1075": not dollars and cents
    value = parse_number(amount)
    whole = int(value)
    pennies = round((value - whole) * 100) if isinstance(value, float) else 0
    words = f"{cardinal(whole)} {one if whole == 1 else many}"
    if pennies:
        words += f" and {cardinal(pennies)} {cent if pennies == 1 else cents}"
    return words


def percent(amount: str) -> str:
    return f"{decimal_words(amount)} percent"


def number_words(token: str) -> str:
    """Any numeric token as spoken: "$5.2" / "61%" / "4,200" / "2022" (a year)."""
    m = re.fullmatch(r"([$€£])?(\d[\d,]*(?:\.\d+)?)(%)?", token)
    if not m:
        return token
    symbol, amount, pct = m.groups()
    if symbol:
        return money(symbol, amount, None)
    if pct:
        return percent(amount)
    value = parse_number(amount)
    if isinstance(value, int) and "," not in amount and 1100 <= value <= 2099:
        return year(value)
    return decimal_words(amount)


