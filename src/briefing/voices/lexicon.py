"""Pronunciations: respellings for the voice and pronouncers for the script."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import VoiceError
from ..core.resources import read_toml


@dataclass(frozen=True)
class Entry:
    word: str
    say: str
    """What the voice reads instead (a respelling its rules pronounce right)."""
    pronouncer: str
    """How broadcasters write it for a human reader: "zeh-LEN-skee"."""


@dataclass(frozen=True)
class Lexicon:
    """Entries from a lexicon file; empty when the voice has none."""

    entries: tuple[Entry, ...] = ()
    path: Path | None = None
    _pattern: re.Pattern | None = field(default=None, compare=False, repr=False)

    @classmethod
    def load(cls, path: Path | None) -> Lexicon:
        if path is None:
            return cls()
        data = read_toml(path, VoiceError, "lexicon")
        words = data.get("words", {})
        if not isinstance(words, dict):
            raise VoiceError(f"lexicon {path}: [words] must be a table of word = \"respelling\"")
        if len(words) > MAX_ENTRIES:
            raise VoiceError(f"lexicon {path} has {len(words)} entries; the limit is "
                             f"{MAX_ENTRIES} (split it, or keep the names you air)")
        entries = []
        for word, value in words.items():
            if isinstance(value, str):
                entry = Entry(word, value, value)
            elif isinstance(value, dict) and isinstance(value.get("say"), str):
                entry = Entry(word, value["say"], str(value.get("pronouncer", value["say"])))
            else:
                raise VoiceError(f"lexicon {path}: entry '{word}' needs a respelling, e.g. "
                                 f'{word} = "..." or '
                                 f'{word} = {{ say = "...", pronouncer = "..." }}')
            _check(entry, path)
            entries.append(entry)
        return cls(tuple(entries), path, _compile(entries))

    def speak(self, text: str) -> str:
        """The text with each listed word replaced by its respelling."""
        if not self._pattern:
            return text
        table = {e.word: e.say for e in self.entries}
        return self._pattern.sub(lambda m: table[m.group(1)] + (m.group(2) or ""), text)

    def annotate(self, text: str) -> str:
        """The copy with a pronouncer after each listed name's first mention."""
        if not self._pattern:
            return text
        table = {e.word: e.pronouncer for e in self.entries}
        seen: set[str] = set()

        def mark(m: re.Match) -> str:
            word = m.group(1)
            if word in seen:
                return m.group(0)
            seen.add(word)
            return f"{m.group(0)} ({table[word]})"

        return self._pattern.sub(mark, text)


MAX_ENTRY = 100
"""Characters a word or its respelling may have."""
MAX_ENTRIES = 5000
_WORD = re.compile(r"\w(?:[\w.'’ -]*\w)?\.?")


def _check(entry: Entry, path: Path) -> None:
    """A word is a word (letters, digits, inner spaces, dots, hyphens, apostrophes) and a
    respelling is plain text: an empty or odd key would match between every word."""
    from ..writing.style import plain

    if not _WORD.fullmatch(entry.word) or len(entry.word) > MAX_ENTRY:
        raise VoiceError(f"lexicon {path}: '{entry.word}' is not a word to look up (use "
                         "letters, digits, spaces, dots, hyphens or apostrophes)")
    for what, text in (("respelling", entry.say), ("pronouncer", entry.pronouncer)):
        if not text.strip() or len(text) > MAX_ENTRY or " ".join(plain(text).split()) != \
                " ".join(text.split()):
            raise VoiceError(f"lexicon {path}: the {what} of '{entry.word}' must be plain "
                             f"words up to {MAX_ENTRY} characters (no markup, no control "
                             "characters)")


def _compile(entries: list[Entry]) -> re.Pattern | None:
    if not entries:
        return None
    words = "|".join(re.escape(e.word) for e in sorted(entries, key=lambda e: -len(e.word)))
    return re.compile(rf"\b({words})('s|’s)?\b")
