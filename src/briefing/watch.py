"""`preview --watch`: poll the files a preview depends on and redo it when one changes."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from .config import Settings


def watched_paths(settings: Settings) -> list[Path]:
    """The article, template, script, voice profiles, lexicons and station file."""
    from .core.errors import BriefingError
    from .script.templates import find_template
    from .voices.profiles import load_cast

    paths: list[Path] = []
    if settings.script is not None:
        paths.append(settings.script)
    elif settings.article != "-":
        paths.append(Path(settings.article))
    try:
        if settings.script is None:
            paths.append(find_template(settings.template))
        for _role, voice in load_cast(settings.voice).voices:
            paths += [p for p in (voice.path, voice.lexicon) if p]
    except BriefingError:
        pass  # the preview itself reports it
    if settings.station.path:
        paths.append(settings.station.path)
    return paths


def _stamp(paths: list[Path]) -> tuple:
    return tuple((str(p), p.stat().st_mtime_ns if p.exists() else 0) for p in paths)


def watch_files(paths: Callable[[], list[Path]], on_change: Callable[[], None],
                interval: float = 0.3, limit: int = 0) -> None:
    """Call ``on_change`` after each change, until Ctrl-C (or ``limit`` changes: tests).

    Which files to watch is worked out again only after a change (a profile may now
    name another lexicon); between changes, polling is a stat per file.
    """
    watched = paths()
    seen = _stamp(watched)
    changes = 0
    try:
        while not limit or changes < limit:
            time.sleep(interval)
            now = _stamp(watched)
            if now != seen:
                changes += 1
                on_change()
                watched = paths()
                seen = _stamp(watched)
    except KeyboardInterrupt:
        return
