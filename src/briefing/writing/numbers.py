"""Numbers as a US newsreader says them: cardinals, years, ordinals, money, percentages."""

from __future__ import annotations

import re

_CURRENCY = {"$": ("dollar", "dollars", "cent", "cents"), "€": ("euro", "euros", "cent", "cents"),
             "£": ("pound", "pounds", "penny", "pence")}



MAX_DIGITS = 15
"""Whole numbers longer than this (past the trillions) are read digit by digit."""
_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def digits(text: str) -> str:
    """"31415" -> "three one four one five": a number too long to say as a number."""
    return " ".join(_DIGITS[int(d)] for d in text if d.isdigit())


def cardinal(value: float | int) -> str:
    """4200 -> "four thousand two hundred" (no "and", no commas: American copy)."""
    from num2words import num2words

    if value != value or abs(value) >= 10 ** MAX_DIGITS:  # NaN, inf or past the trillions
        return digits(str(int(abs(value))) if value == value and abs(value) != float("inf")
                      else "0")
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


def _whole(text: str) -> str:
    """The whole part of "4,200.50", as digits: "4200"."""
    return text.replace(",", "").partition(".")[0] or "0"


def _say_whole(text: str) -> str:
    whole = _whole(text).lstrip("0") or "0"
    return digits(whole) if len(whole) > MAX_DIGITS else cardinal(int(whole))


def decimal_words(text: str) -> str:
    """"5.2" -> "five point two"; "4,200" -> "four thousand two hundred"."""
    _, dot, frac = text.replace(",", "").partition(".")
    if dot:
        return f"{_say_whole(text)} point " + digits(frac)
    return _say_whole(text)


def money(symbol: str, amount: str, scale: str | None) -> str:
    """("$", "5.2", "billion") -> "five point two billion dollars"; ("$", "16.50") -> sixteen
    dollars and fifty cents."""
    one, many, cent, cents = _CURRENCY[symbol]
    if scale:
        return f"{decimal_words(amount)} {scale} {many}"
    if "." in amount and len(amount.rsplit(".", 1)[1]) > 2:
        return f"{decimal_words(amount)} {many}"  # a rate, "$1.1075": not dollars and cents
    frac = amount.replace(",", "").partition(".")[2]
    pennies = int((frac + "00")[:2]) if frac else 0
    single = _whole(amount).lstrip("0") == "1"
    words = f"{_say_whole(amount)} {one if single else many}"
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
    if "," not in amount and "." not in amount and len(amount) == 4 \
            and 1100 <= int(amount) <= 2099:
        return year(int(amount))
    return decimal_words(amount)




def spoken_digits(text: str) -> str:
    """"3806" -> "three eight oh six": a phone number or an ID, digit by digit, 0 as "oh"."""
    return " ".join("oh" if d == "0" else _DIGITS[int(d)] for d in text if d.isdigit())


def _pair(two: str) -> str:
    """The last two digits of a code as said: "37" -> "thirty-seven", "05" -> "oh five"."""
    if two[0] == "0":
        return f"oh {_DIGITS[int(two[1])]}" if two[1] != "0" else "hundred"
    return cardinal(int(two))


def paired(text: str) -> str:
    """A model, route or flight number as a newsreader says it, in pairs of digits:
    "737" -> "seven thirty-seven", "800" -> "eight hundred", "405" -> "four oh five",
    "4102" -> "forty-one oh two", "1500" -> "fifteen hundred", "9" -> "nine"; a leading
    zero or five digits and more go digit by digit ("0042" -> "oh oh four two")."""
    if not text.isdigit():
        return text
    if (len(text) > 1 and text[0] == "0") or len(text) > 4:
        return spoken_digits(text)
    if len(text) <= 2:
        return cardinal(int(text))
    head, tail = text[:-2], text[-2:]
    if len(text) == 4 and text[1:] == "000":
        return cardinal(int(text))  # "2000" -> "two thousand"
    return f"{cardinal(int(head))} {_pair(tail)}"


def ordinal_words(value: int) -> str:
    """1000 -> "one thousandth"; 21 -> "twenty-first"."""
    from num2words import num2words

    return re.sub(r"\s+and\s+|,", " ", num2words(value, to="ordinal")).replace("  ", " ")


_HALVES = {2: ("half", "halves"), 4: ("quarter", "quarters")}


def fraction(numerator: int, denominator: int) -> str:
    """(1, 2) -> "one half"; (3, 4) -> "three quarters"; (7, 32) -> "seven thirty-seconds"."""
    one, many = _HALVES.get(denominator, (None, None))
    if one is None:
        one = ordinal_words(denominator)
        many = one + "s"
    return f"{cardinal(numerator)} {one if numerator == 1 else many}"


def plural_number(words: str) -> str:
    """A decade from its year's words: "nineteen ninety" -> "nineteen nineties",
    "nineteen hundred" -> "nineteen hundreds", "twenty" -> "twenties"."""
    head, _, last = words.rpartition(" ")
    last = last[:-1] + "ies" if last.endswith("y") else last + "s"
    return f"{head} {last}".strip()
