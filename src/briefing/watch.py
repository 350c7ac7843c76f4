"""`preview --watch`: poll the files a preview depends on and redo it when one changes."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from .config import Settings


def watched_paths(settings: Settings) -> list[Path]:
    """The article, template, script, voice profiles, lexicons and station file."""
    from .errors import BriefingError
    from .voices import find_voice, load_voice

    paths: list[Path] = []
    if settings.article != "-" and settings.script is None:
        paths.append(Path(settings.article))
    if settings.script is not None:
        paths.append(settings.script)
    try:
        from .script import find_template

        if settings.script is None:
            paths.append(find_template(settings.template))
        for spec in settings.voice.split(","):
            name = spec.partition("=")[2] or spec
            paths.append(find_voice(name.strip()))
            lexicon = load_voice(name.strip()).lexicon
            if lexicon:
                paths.append(lexicon)
    except BriefingError:
        pass  # the preview itself reports it
    if settings.station.path:
        paths.append(settings.station.path)
    return paths


def _stamp(paths: list[Path]) -> tuple:
    return tuple((str(p), p.stat().st_mtime_ns if p.exists() else 0) for p in paths)


def watch_files(paths: Callable[[], list[Path]], on_change: Callable[[], None],
                interval: float = 0.3, limit: int = 0) -> None:
    """Call ``on_change`` after each change, until Ctrl-C (or ``limit`` changes: tests)."""
    seen = _stamp(paths())
    changes = 0
    try:
        while not limit or changes < limit:
            time.sleep(interval)
            now = _stamp(paths())
            if now != seen:
                seen = now
                changes += 1
                on_change()
    except KeyboardInterrupt:
        return
