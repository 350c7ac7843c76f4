"""The hostile-input suite's contract, in one place.

Every case runs `briefing` in a newsroom folder of its own and checks what a user
would: the exit code, one line on stderr that names the problem (never a
traceback), and that no file in the folder was created, changed or left behind
unless the run succeeded and those files are its outputs.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli import app

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "harbour-ferry.txt"
MEMORY_CAP = 3 * 1024**3
"""Address space a subprocess case may use; past it the run fails and so does the case."""


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: str
    stderr: str


class Desk:
    """A producer's working folder with the sample article as ``story.txt``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, name: str) -> Path:
        return self.root / name

    def write(self, name: str, text: str | bytes) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def snapshot(self) -> dict[str, str]:
        """Every entry under the folder (hidden ones too), with a digest of each file."""
        found: dict[str, str] = {}
        for path in sorted(self.root.rglob("*")):
            rel = str(path.relative_to(self.root))
            if path.is_symlink() or not path.is_file():
                found[rel] = "dir" if path.is_dir() else "other"
            else:
                found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
        return found

    @contextlib.contextmanager
    def unchanged(self) -> Iterator[None]:
        """The block may not create, change or delete anything in the folder."""
        before = self.snapshot()
        yield
        assert self.snapshot() == before

    def run(self, *args: str, input: str | bytes | None = None) -> Outcome:
        """The CLI in this process (fast): exceptions that escape it fail the case."""
        result = CliRunner().invoke(app, list(args), input=input)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise AssertionError(f"uncaught {result.exception!r}") from result.exception
        return Outcome(result.exit_code, result.stdout, result.stderr)

    def process(self, *args: str, stdin: object = subprocess.DEVNULL, env: dict | None = None,
                timeout: float = 120, close_stdin: bool = False) -> Outcome:
        """The CLI as its own process, its memory capped at MEMORY_CAP."""

        def cap() -> None:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
            if close_stdin:
                os.close(0)

        result = subprocess.run([sys.executable, "-m", "briefing.cli", *args], cwd=self.root,
                                stdin=stdin, capture_output=True, timeout=timeout,
                                preexec_fn=cap, env={**os.environ, **(env or {})})
        return Outcome(result.returncode, result.stdout.decode("utf-8", "replace"),
                       result.stderr.decode("utf-8", "replace"))

    def leftovers(self) -> list[str]:
        """Temporary files a run left behind."""
        return [p.name for p in self.root.rglob("*") if p.name.endswith(".tmp")]


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desk:
    folder = tmp_path / "desk"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "story.txt")
    monkeypatch.chdir(folder)
    return Desk(folder)


def refused(outcome: Outcome, *fragments: str, code: int = 1) -> None:
    """The contract for bad input: exit ``code``, one line on stderr beginning
    "briefing: error:" and naming each fragment, no traceback."""
    assert outcome.code == code, (outcome.code, outcome.stderr)
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == 1, outcome.stderr
    assert lines[0].startswith("briefing: error: "), lines[0]
    assert "Traceback" not in outcome.stderr + outcome.stdout
    for fragment in fragments:
        assert fragment.lower() in lines[0].lower(), (fragment, lines[0])


def succeeded(outcome: Outcome) -> None:
    assert outcome.code == 0, outcome.stderr
    assert "Traceback" not in outcome.stderr + outcome.stdout


@pytest.fixture
def tone():
    """WAV bytes: ``seconds`` of a quiet 220 Hz tone, optionally float with a poisoned
    stretch (``poison`` = NaN, inf or a huge value)."""
    import io

    import numpy as np
    from scipy.io import wavfile

    def make(seconds: float, rate: int = 44100, poison: float | None = None) -> bytes:
        t = np.arange(int(seconds * rate)) / rate
        samples = (0.2 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
        if poison is not None:
            samples[len(samples) // 2: len(samples) // 2 + 10] = poison
        else:
            samples = (samples * 32767).astype(np.int16)
        buffer = io.BytesIO()
        wavfile.write(buffer, rate, samples)
        return buffer.getvalue()

    return make
