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


def articles(folder: Path) -> list[Path]:
    """The folder's articles, in name order."""
    if not folder.is_dir():
        raise OptionError(f"{folder} is not a folder: give a folder of articles "
                          f"({', '.join(KINDS)} files)")
    found = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in KINDS)
    if not found:
        raise OptionError(f"no articles in {folder} (it holds no {', '.join(KINDS)} files)")
    return found


def digest(settings: Settings) -> str:
    """What a briefing is made from: the article's bytes, every setting, and the template
    and voice profiles' own bytes (an edited template makes it again)."""
    from .script.templates import find_template
    from .voices.profiles import find_voice

    h = hashlib.sha256(Path(settings.article).read_bytes())
    h.update(repr(replace(settings, article="", output=None)).encode())
    names = [part.split("=")[-1] for part in settings.voice.split(",")]
    for find, name in [(find_template, settings.template), *((find_voice, n) for n in names)]:
        try:
            h.update(Path(find(name)).read_bytes())
        except (BriefingError, OSError):
            h.update(name.encode())  # the run itself will say what is wrong with it
    return h.hexdigest()


def run(folder: Path, base: Settings, out: Path, jobs: int | None = None,
        report: Callable[[int, int, Done], None] = lambda k, n, d: None) -> list[Done]:
    """Make each article of ``folder`` into ``out/<name>.mp3`` (or .wav) with ``base``'s
    settings, on ``jobs`` processes (every core by default); ``report`` hears each one as
    it ends."""
    paths = articles(folder)
    suffix = ".wav" if base.format.value == "wav" else ".mp3"
    made = _manifest(out)
    todo: list[tuple[Path, Settings, str]] = []
    results: list[Done] = []
    for path in paths:
        settings = replace(base, article=str(path), output=out / (path.stem + suffix))
        key = digest(settings)
        if made.get(path.name) == key and settings.output.exists():
            results.append(Done(path.name, "skipped", "made before from the same inputs"))
            report(len(results), len(paths), results[-1])
        else:
            todo.append((path, settings, key))
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo) or 1))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        running = {pool.submit(_make_one, s): (p, k) for p, s, k in todo}
        for future in as_completed(running):
            path, key = running[future]
            done = future.result()
            if done.state == "made":
                made[path.name] = key
                _write_manifest(out, made)
            results.append(done)
            report(len(results), len(paths), done)
    return results


def _make_one(settings: Settings) -> Done:
    """One briefing, in a worker: any failure comes back as its line."""
    from .pipeline import make

    name = Path(settings.article).name
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
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(made, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, out / MANIFEST)


def summary(results: list[Done]) -> Iterator[str]:
    """The closing lines: counts, then each failure with its reason."""
    counts = {state: sum(d.state == state for d in results) for state in
              ("made", "skipped", "failed")}
    yield (f"batch: {counts['made']} made, {counts['skipped']} skipped (made before from the "
           f"same inputs), {counts['failed']} failed")
    for d in results:
        if d.state == "failed":
            yield f"  {d.article}: {d.detail}"
