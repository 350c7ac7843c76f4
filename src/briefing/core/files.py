"""A run's files, written all together or not at all, and never over one of its inputs.

Every file goes to a short temporary name in its target folder first; only when all
are whole are they renamed into place, each earlier file kept aside until the last
rename succeeds, so a failure (or an interrupt) leaves the folder as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .errors import OutputError

MAX_NAME_BYTES = 255
"""The longest file name most file systems take."""
MAX_PATH_BYTES = 4000
"""A little under the longest path Linux takes."""


class Tag(Protocol):
    """Metadata written onto a file once its bytes are on disk (``delivery.id3.Id3Tag``)."""

    def save(self, path: Path) -> None: ...


@dataclass(frozen=True)
class Output:
    """One file to write: its bytes, and a tag to add once they are on disk."""

    path: Path
    data: bytes
    tags: Tag | None = None


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same real path, or the same inode (a hard
    link, a symlink, a bind mount)."""
    try:
        if os.path.realpath(a) == os.path.realpath(b):
            return True
        return os.path.samefile(a, b)
    except OSError:
        return False


def refuse_inputs(paths: Iterable[Path], inputs: Iterable[Path | None]) -> None:
    """An OutputError when an output would replace one of the run's inputs."""
    sources = [Path(p) for p in inputs if p is not None and str(p) != "-"]
    for path in paths:
        for source in sources:
            if same_file(path, source):
                raise OutputError(f"output {path} is the input {source}: writing it would "
                                  "destroy it (choose another name with -o)")


def check_path(path: Path, what: str = "output") -> None:
    """A path the file system can take: no NUL, no part longer than a name may be."""
    text = str(path)
    if "\x00" in text or not text.isprintable():
        raise OutputError(f"{what} {text!r} has a control character in it: type it again")
    long = next((part for part in path.parts if len(os.fsencode(part)) > MAX_NAME_BYTES), None)
    if long is not None or len(os.fsencode(text)) > MAX_PATH_BYTES:
        raise OutputError(f"{what} {text[:40]}… is too long for the file system (a name can "
                          f"be {MAX_NAME_BYTES} bytes, a path {MAX_PATH_BYTES}): choose a "
                          "shorter one")


def check_targets(paths: list[Path]) -> None:
    """Problems a write would only meet halfway: a name too long, a folder in the way,
    two files of one run with the same name."""
    for i, path in enumerate(paths):
        check_path(path)
        try:
            _check_target(path, paths[:i])
        except (OSError, RuntimeError, ValueError) as exc:  # a symlink loop, say
            raise OutputError(f"cannot write {path}: {exc} (choose another folder)") from exc


def _check_target(path: Path, seen: list[Path]) -> None:
    if len(os.fsencode(path.name)) > MAX_NAME_BYTES:
        raise OutputError(f"output name {path.name[:40]}… is {len(os.fsencode(path.name))} "
                          f"bytes; file names can be at most {MAX_NAME_BYTES} "
                          "(choose a shorter name with -o)")
    blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise OutputError(f"cannot write {path}: {blocker} is a file, not a folder "
                          "(choose another folder)")
    if path.is_dir():
        raise OutputError(f"cannot write {path}: a folder of that name is in the way "
                          "(choose another name with -o)")
    if path.exists() and not path.is_file():
        raise OutputError(f"cannot write {path}: it is not a regular file "
                          "(choose another name with -o)")
    if any(same_file(path, other) or path == other for other in seen):
        raise OutputError(f"two outputs of this run are both named {path} "
                          "(choose another name with -o)")


def _temp_beside(path: Path, kind: str) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".briefing-{kind}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    return Path(name)


def write_all(outputs: list[Output], protect: Iterable[Path | None] = ()) -> None:
    """Write every file, or none: temporary files first, then renamed into place
    together. ``protect`` lists the run's inputs, which are never written over."""
    paths = [o.path for o in outputs]
    refuse_inputs(paths, protect)
    check_targets(paths)
    temps: list[Path] = []
    kept: list[tuple[Path, Path]] = []  # (earlier file set aside, its path)
    placed: list[Path] = []
    made: list[Path] = []  # folders this write created
    current = paths[0] if paths else Path("output")
    try:
        for out in outputs:
            current = out.path
            missing = [p for p in (out.path.parent, *out.path.parent.parents) if not p.exists()]
            out.path.parent.mkdir(parents=True, exist_ok=True)
            made += reversed(missing)
            tmp = _temp_beside(out.path, "new")
            temps.append(tmp)
            with open(tmp, "wb") as f:
                f.write(out.data)
            if out.tags is not None:
                out.tags.save(tmp)
            os.chmod(tmp, 0o666 & ~_umask())
        for tmp, out in zip(temps, outputs, strict=True):
            current = out.path
            if out.path.exists():
                aside = _temp_beside(out.path, "old")
                try:
                    os.replace(out.path, aside)
                except BaseException:
                    aside.unlink(missing_ok=True)
                    raise
                kept.append((aside, out.path))
            os.replace(tmp, out.path)
            placed.append(out.path)
    except BaseException as exc:
        for path in placed:
            path.unlink(missing_ok=True)
        for aside, path in kept:
            os.replace(aside, path)
        kept.clear()
        for tmp in temps:
            tmp.unlink(missing_ok=True)
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                folder.rmdir()
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {current}: {exc.strerror or exc} "
                              f"({_hint(exc)})") from exc
        raise
    finally:
        for tmp in temps:
            tmp.unlink(missing_ok=True)
        for aside, _ in kept:
            aside.unlink(missing_ok=True)


def _hint(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "free some space, or write somewhere else"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "the folder is not writable: choose another, or fix its permissions"
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return "a file is in the way of a folder the path needs: choose another name"
    return "choose another name or folder"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
