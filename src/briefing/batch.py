"""Many briefings at once: a folder of articles, each made as its own briefing on every
core; one already made from the same inputs is skipped, and one that fails is reported in
a line and never stops the rest."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, replace
from pathlib import Path

from .config import Settings
from .core.errors import BriefingError, OptionError
from .core.files import Output, write_all

KINDS = (".txt", ".md", ".markdown", ".html", ".htm")
"""The files in a folder taken as articles."""
MANIFEST = ".briefing-batch.json"
"""In the output folder: each article's name and the digest of what it was made from."""


@dataclass(frozen=True)
class Done:
    """What became of one article."""

    article: str
    state: str
    """"made", "skipped" (made before from the same inputs) or "failed"."""
    detail: str
    """The files written, or the one-line reason it failed."""


@dataclass(frozen=True)
class Item:
    """One article of a batch: where it is read from and the name its files take."""

    name: str
    source: str
    """A file, or an http(s) address."""
    version: str = ""
    """For an address: what says the page changed (its feed's time)."""


def articles(folder: Path) -> list[Item]:
    """The folder's articles, in name order."""
    if not folder.is_dir():
        raise OptionError(f"{folder} is not a folder: give a folder of articles "
                          f"({', '.join(KINDS)} files)")
    found = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in KINDS)
    if not found:
        raise OptionError(f"no articles in {folder} (it holds no {', '.join(KINDS)} files)")
    return [Item(p.stem, str(p)) for p in found]


def from_feed(feed: str, count: int, since: str | None) -> list[Item]:
    """The newest ``count`` stories of a feed, within ``since`` ("6h"), by their pages."""
    from .config import slugify
    from .core.durations import parse_since
    from .ingest.feeds import feed_stories

    stories = feed_stories(feed, count, parse_since(since) if since else None)
    if not stories:
        raise OptionError(f"no stories in {feed} within {since}: widen --since")
    return [Item(f"{s.published:%Y%m%d-%H%M}-{slugify(s.title, 50)}", s.link,
                 s.published.isoformat()) for s in stories]


def digest(settings: Settings, item: Item) -> str:
    """What a briefing is made from: the article's bytes (or its address and time), every
    setting, and the template and voice profiles' own bytes (an edited template makes it
    again)."""
    from .ingest.fetch import is_url
    from .script.templates import find_template
    from .voices.profiles import find_voice

    h = hashlib.sha256((item.source + item.version).encode() if is_url(item.source)
                       else Path(item.source).read_bytes())
    h.update(repr(replace(settings, article="", output=None)).encode())
    names = [part.split("=")[-1] for part in settings.voice.split(",")]
    for find, name in [(find_template, settings.template), *((find_voice, n) for n in names)]:
        try:
            h.update(Path(find(name)).read_bytes())
        except (BriefingError, OSError):
            h.update(name.encode())  # the run itself will say what is wrong with it
    return h.hexdigest()


def run(items: list[Item], base: Settings, out: Path, jobs: int | None = None,
        report: Callable[[int, int, Done], None] = lambda k, n, d: None) -> list[Done]:
    """Make each article into ``out/<its name>.mp3`` (or .wav) with ``base``'s settings, on
    ``jobs`` processes (every core by default); ``report`` hears each one as it ends."""
    suffix = ".wav" if base.format.value == "wav" else ".mp3"
    made = _manifest(out)
    todo: list[tuple[Item, Settings, str]] = []
    results: list[Done] = []
    for item in items:
        settings = replace(base, article=item.source, output=out / (item.name + suffix))
        key = digest(settings, item)
        if made.get(item.name) == key and settings.output.exists():
            results.append(Done(_label(item), "skipped", "made before from the same inputs"))
            report(len(results), len(items), results[-1])
        else:
            todo.append((item, settings, key))
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo) or 1))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        running = {pool.submit(_make_one, s, _label(i)): (i, k) for i, s, k in todo}
        for future in as_completed(running):
            item, key = running[future]
            done = future.result()
            if done.state == "made":
                made[item.name] = key
                _write_manifest(out, made)
            results.append(done)
            report(len(results), len(items), done)
    return results


def _label(item: Item) -> str:
    from .ingest.fetch import is_url

    return item.source if is_url(item.source) else Path(item.source).name


def _make_one(settings: Settings, name: str) -> Done:
    """One briefing, in a worker: any failure comes back as its line."""
    from .pipeline import make

    try:
        briefing = make(settings)
    except BriefingError as exc:
        return Done(name, "failed", str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad article never stops the rest
        return Done(name, "failed", f"unexpected {type(exc).__name__}: {exc}")
    return Done(name, "made", ", ".join(str(p) for p in briefing.files))


def _manifest(out: Path) -> dict[str, str]:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_manifest(out: Path, made: dict[str, str]) -> None:
    write_all([Output(out / MANIFEST, json.dumps(made, indent=1, sort_keys=True).encode())])


def summary(results: list[Done]) -> Iterator[str]:
    """The closing lines: counts, then each failure with its reason."""
    counts = {state: sum(d.state == state for d in results) for state in
              ("made", "skipped", "failed")}
    yield (f"batch: {counts['made']} made, {counts['skipped']} skipped (made before from the "
           f"same inputs), {counts['failed']} failed")
    for d in results:
        if d.state == "failed":
            yield f"  {d.article}: {d.detail}"
