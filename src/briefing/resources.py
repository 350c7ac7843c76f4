"""Where built-in templates, voices and samples live (installed wheel or source tree)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def builtin_dir(kind: str) -> Path:
    """``scripts``, ``voices`` or ``samples`` shipped with briefing."""
    packaged = _PACKAGE / "_data" / kind
    if packaged.is_dir():
        return packaged
    # Editable installs and source checkouts: the top-level folders.
    return _PACKAGE.parent.parent / kind


def search_dirs(kind: str) -> list[Path]:
    """Lookup order: the working folder's ``./scripts`` (or ``./voices``), then built-ins."""
    local = Path.cwd() / kind
    dirs = [local] if local.is_dir() else []
    builtin = builtin_dir(kind)
    if builtin.resolve() not in [d.resolve() for d in dirs]:
        dirs.append(builtin)
    return dirs
