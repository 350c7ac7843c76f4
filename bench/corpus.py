"""The evaluation corpus as the benches read it: where it is, and which pages are held out.

A page is held out by a hash of its name, fixed once: rules are designed on the
development pages only, and every bench reports the two halves apart.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
HELD_OUT = 3
"""One page in HELD_OUT is held out (by the name's hash): rules are never tuned on it."""


def held_out(name: str) -> bool:
    return int(hashlib.sha256(name.encode()).hexdigest(), 16) % HELD_OUT == 0


def bodies() -> list[tuple[str, list[str]]]:
    """(page name, paragraphs) for every publisher's body in the corpus."""
    found = []
    for path in sorted((CORPUS / "clean").glob("*.txt")):
        found.append((path.stem, path.read_text(encoding="utf-8").splitlines()[1:]))
    for path in sorted((CORPUS / "bench" / "clean").glob("*.txt")):
        found.append((path.stem, path.read_text(encoding="utf-8").splitlines()))
    return [(name, [p.strip() for p in lines if p.strip()]) for name, lines in found]
