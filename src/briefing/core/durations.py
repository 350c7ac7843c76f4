"""Lengths as people write them ("60", "90s", "1:30") and the range a briefing may run."""

from __future__ import annotations

import datetime as dt
import re

from .errors import OptionError

MIN_SECONDS = 5.0
MAX_SECONDS = 1800.0
_SECONDS = re.compile(r"(\d+(?:\.\d+)?)\s*s?")
_CLOCK = re.compile(r"(?:(\d+):)?(\d+):([0-5]\d(?:\.\d+)?)")


def parse_duration(text: str) -> float:
    """Seconds from "60", "60s", "90.5", "1:30" or "0:01:30" (seconds under 60 when minutes
    are given; no signs, no empty value)."""
    value = text.strip().lower()
    if m := _SECONDS.fullmatch(value):
        return float(m.group(1))
    if m := _CLOCK.fullmatch(value):
        hours, minutes, seconds = m.groups()
        return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
    raise OptionError(f"duration '{text}' is not a length: use seconds (-d 60) "
                      "or minutes:seconds with seconds under 60 (-d 1:30)")


def parse_since(text: str, option: str = "--since") -> dt.timedelta:
    """"6h", "90m", "2d" as a time window (``option`` names it in an error)."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([mhd])\s*", text.lower())
    if not found:
        raise OptionError(f"{option} {text!r} is not a time window: give minutes, hours or "
                          "days, e.g. 90m, 6h or 2d")
    unit = {"m": "minutes", "h": "hours", "d": "days"}[found.group(2)]
    return dt.timedelta(**{unit: float(found.group(1))})
