"""A running order file (``rundown.toml``), and a bulletin's order from the command line
(stories, a feed, or such a file: ``resolve_order``): the bulletin's stories in order,
each with its weight or its own length and template, texts read as written (the weather,
a station ID), sounds played as they are (a sting), and the bulletin's length or its hard
out. Checked like a template: each mistake one line naming the file, the item and the
fix.

    duration = "3:00"          # or: out = "16:05:50" (and at = "16:00")
    headlines = true
    template = "story"         # how stories are read, unless an item says
    bulletin = "bulletin"      # the bulletin's own template (opening, headlines, sign-off)

    [[item]]
    article = "stories/levy.txt"   # a file beside this one, or an http(s) address
    weight = 2                     # a share of the time (the lead 1.5, others 1 if none)

    [[item]]
    text = "weather.txt"           # read as written
    title = "Weather"

    [[item]]
    sound = "sting.wav"            # played as it is (WAV, MP3, FLAC, Ogg; up to 2 minutes)
    title = "Sting"

    [[item]]
    article = "stories/bridge.html"
    seconds = 25                   # its own length, off the clock before sharing

    [[item]]
    article = "stories/court.txt"
    role = "reader"                # read by the cast's reader (-v anchor=joe,reader=reader)
    min = 20                       # its share kept within 20 to 40 seconds
    max = 40
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from .bulletin import (
    DEFAULT_BULLETIN,
    DEFAULT_LENGTH,
    DEFAULT_TEMPLATE,
    MAX_STORIES,
    Entry,
    airtime,
)
from .core.errors import OptionError
from .core.resources import read_toml
from .ingest.fetch import is_url

TOP = {"duration", "out", "at", "headlines", "template", "bulletin", "item"}
ITEM = {"article", "text", "sound", "title", "weight", "seconds", "min", "max", "template",
        "role"}


@dataclass(frozen=True)
class Rundown:
    path: Path
    entries: tuple[Entry, ...]
    duration: str | None = None
    out: str | None = None
    at: str | None = None
    headlines: bool = False
    template: str | None = None
    bulletin: str | None = None


def read(path: Path, station=None) -> Rundown:  # noqa: ANN001 - station.Station
    """The running order in ``path``, every value checked."""
    from .script.loading import load_template

    data = read_toml(path, OptionError, "running order")
    where = str(path)
    unknown = sorted(set(data) - TOP)
    if unknown:
        raise OptionError(f"{where}: {unknown[0]} is not a running order key (the keys are: "
                          f"{', '.join(sorted(TOP))})")
    for key in ("duration", "out", "at", "template", "bulletin"):
        if key in data and not isinstance(data[key], (str, int)) or \
                isinstance(data.get(key), bool):
            raise OptionError(f'{where}: {key} must be text in quotes (e.g. {key} = "3:00")')
    if not isinstance(data.get("headlines", False), bool):
        raise OptionError(f"{where}: headlines must be true or false")
    items = data.get("item", [])
    if not isinstance(items, list) or not items:
        raise OptionError(f"{where}: no stories: add an [[item]] with article = \"...\" for "
                          "each")
    entries = []
    for number, item in enumerate(items, start=1):
        at = f"{where}: item {number}"
        if not isinstance(item, dict):
            raise OptionError(f"{at} must be a table ([[item]] with key = value lines)")
        bad = sorted(set(item) - ITEM)
        if bad:
            raise OptionError(f"{at}: {bad[0]} is not an item key (the keys are: "
                              f"{', '.join(sorted(ITEM))})")
        given = [k for k in ("article", "text", "sound") if k in item]
        if len(given) != 1:
            raise OptionError(f'{at}: give article = "..." (a story), text = "..." (read as '
                              'written) or sound = "..." (played as it is), one of them')
        source = item[given[0]]
        if not isinstance(source, str) or not source.strip():
            raise OptionError(f"{at}: the article or text must be a file name or address")
        if not is_url(source):
            source = str((path.parent / source).resolve())
        elif "sound" in item:
            raise OptionError(f"{at}: a sound is a file beside the running order, not an "
                              "address: save it there")
        for key in ("weight", "seconds", "min", "max"):
            value = item.get(key)
            if value is not None and (isinstance(value, bool) or not isinstance(
                    value, (int, float)) or not 0 < value <= 1800):
                raise OptionError(f"{at}: {key} = {value!r} must be a number above 0 (a "
                                  f"{'share' if key == 'weight' else 'length in seconds'})")
        if "weight" in item and "seconds" in item:
            raise OptionError(f"{at}: give weight or seconds, not both")
        if "seconds" in item and ({"min", "max"} & set(item)):
            raise OptionError(f"{at}: a story of fixed seconds has no min or max")
        if item.get("min", 0) > item.get("max", float("inf")):
            raise OptionError(f"{at}: min = {item['min']} is more than max = {item['max']}")
        role = item.get("role")
        if role is not None and (not isinstance(role, str) or
                                 not re.fullmatch(r"[A-Za-z][\w-]{0,29}", role)):
            raise OptionError(f'{at}: role must be a voice role in quotes (e.g. role = '
                              '"reader")')
        if "article" not in item and ({"weight", "seconds", "min", "max", "template", "role"}
                                      & set(item)):
            raise OptionError(f"{at}: a text or a sound is as given: weight, seconds and "
                              "template are for articles")
        template = item.get("template")
        if template is not None and not isinstance(template, str):
            raise OptionError(f'{at}: template must be a name in quotes (e.g. "story")')
        title = item.get("title")
        if title is not None and not isinstance(title, str):
            raise OptionError(f"{at}: title must be text in quotes")
        entries.append(Entry(source, text="text" in item, sound="sound" in item, title=title,
                             weight=item.get("weight"), seconds=item.get("seconds"),
                             least=item.get("min"), most=item.get("max"), role=role,
                             template=load_template(template, station)
                             if template else None))
    if sum(e.story for e in entries) > MAX_STORIES:
        raise OptionError(f"{where}: more than {MAX_STORIES} stories: choose the top ones")
    duration = data.get("duration")
    return Rundown(path, tuple(entries), str(duration) if duration is not None else None,
                   data.get("out"), data.get("at"), data.get("headlines", False),
                   data.get("template"), data.get("bulletin"))


@dataclass(frozen=True)
class Order:
    """What the command line and a running order file say between them."""

    entries: list
    """``Entry`` per item, or plain sources (files, addresses)."""
    duration: str
    template: str
    """How each story is read (``story``)."""
    headlines: bool
    at: dt.time | None
    bulletin: str = DEFAULT_BULLETIN
    """The bulletin's own template."""

    @property
    def first(self) -> str:
        """The first item's source: what the run's settings name as its article."""
        entry = self.entries[0]
        return entry if isinstance(entry, str) else entry.source


def resolve_order(stories: list[str] | None, feed: str | None, count: int, since: str | None,
                  at: str | None, out: str | None, duration: str | None, headlines: bool,
                  template: str | None, station=None,  # noqa: ANN001 - a Station
                  bulletin: str | None = None) -> Order:
    """The bulletin's items and clock from the stories given, a feed, or one running order
    file (``rundown``); options given on the command line win over the file's."""
    if bool(stories) == bool(feed):
        raise OptionError("give the stories (files or addresses), or --feed FEED (one of them)")
    entries: list = list(stories or [])
    if feed:
        from .batch import from_feed

        entries = [item.source for item in from_feed(feed, count, since)]
    elif len(entries) == 1 and entries[0].lower().endswith(".toml"):
        rundown = read(Path(entries[0]), station)
        entries = list(rundown.entries)
        duration = duration or (rundown.duration if out is None else None)
        at, out = at or rundown.at, out or rundown.out
        headlines = headlines or rundown.headlines
        template = template or rundown.template
        bulletin = bulletin or rundown.bulletin
    start, seconds = airtime(at, out)
    if seconds is not None and duration is not None:
        raise OptionError("give -d or --out, not both (the out sets the length)")
    if seconds is not None:
        duration = f"{seconds:g}"
    bulletin = bulletin or DEFAULT_BULLETIN
    if duration is None:  # the bulletin template's own length, as a briefing's
        from .script.templates import declared_length

        duration = declared_length(bulletin) or DEFAULT_LENGTH
    return Order(entries, duration, template or DEFAULT_TEMPLATE, headlines, start, bulletin)
