"""Where built-in templates, voices and samples live (installed wheel or source tree)."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


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


def locate(kind: str, name_or_path: str, suffix: str, noun: str,
           error: type[Exception]) -> Path:
    """An explicit path (it has a folder or the suffix), else ``NAME + suffix`` in the
    lookup folders; ``error`` names the known ones when nothing matches."""
    candidate = Path(name_or_path)
    if candidate.suffix == suffix or "/" in name_or_path:
        if candidate.is_file():
            return candidate
        if candidate.exists():
            raise error(f"{noun} {candidate} is not a regular file (a folder, device or pipe)")
        raise error(f"{noun} not found: {candidate} (check the path)")
    for folder in search_dirs(kind):
        path = folder / f"{name_or_path}{suffix}"
        if path.is_file():
            return path
        if path.exists():
            raise error(f"{noun} {path} is not a regular file (a folder, device or pipe)")
    known = sorted({p.stem for d in search_dirs(kind) for p in d.glob(f"*{suffix}")}
                   - {"lexicon"})
    raise error(f"unknown {noun} '{name_or_path}' (known: {', '.join(known) or 'none'})")


def toml_module():  # noqa: ANN201 - tomllib, or tomli on Python 3.10
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return tomllib


def read_toml(path: Path, error: type[Exception], what: str) -> dict:
    """A TOML file as a dict; ``error`` says which file is broken and how."""
    tomllib = toml_module()
    if not path.is_file():
        raise error(f"{what} {path} is not a regular file (a folder, device or pipe)")
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_SETTINGS_BYTES + 1)
        if len(data) > MAX_SETTINGS_BYTES:
            raise error(f"{what} {path} is larger than {MAX_SETTINGS_BYTES // 1024} KB: "
                        "a settings file is a few lines (check the file)")
        return tomllib.loads(data.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as exc:
        raise error(f"{what} {path} is not valid TOML: {exc}") from exc


MAX_SETTINGS_BYTES = 1024 * 1024
"""The largest voice profile, lexicon or station file read."""
