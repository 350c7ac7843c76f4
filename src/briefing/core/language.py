"""Which writing system a text is in, and whether a voice can read it aloud."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .errors import ArticleError

# Languages whose voices read a script other than Latin; every other voice reads Latin.
_SCRIPTS = {
    "ru": "CYRILLIC", "uk": "CYRILLIC", "bg": "CYRILLIC", "sr": "CYRILLIC", "mk": "CYRILLIC",
    "be": "CYRILLIC", "kk": "CYRILLIC", "ky": "CYRILLIC", "el": "GREEK", "grc": "GREEK",
    "ar": "ARABIC", "fa": "ARABIC", "ur": "ARABIC", "he": "HEBREW", "hi": "DEVANAGARI",
    "ne": "DEVANAGARI", "mr": "DEVANAGARI", "bn": "BENGALI", "ta": "TAMIL", "te": "TELUGU",
    "th": "THAI", "ka": "GEORGIAN", "hy": "ARMENIAN", "zh": "CJK", "cmn": "CJK",
    "yue": "CJK", "ja": "CJK", "ko": "HANGUL",
}
_ALIASES = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "IDEOGRAPHIC": "CJK",
            "FULLWIDTH": "LATIN", "MATHEMATICAL": "LATIN"}  # folded to plain letters to speak
MIN_SHARE = 0.5
"""The share of letters that must be in the voice's script."""


def script_of(char: str) -> str:
    """The writing system of a letter: LATIN, CYRILLIC, ARABIC, CJK, ..."""
    first = unicodedata.name(char, "UNKNOWN").split()[0]
    return _ALIASES.get(first, first)


SAMPLE = 200_000
"""Characters read to tell a text's writing system (a page's start tells it)."""
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_OTHER = re.compile(r"[^\x00-\x7f]")


def scripts(text: str) -> Counter:
    """How many letters of each writing system the text (its first SAMPLE characters) has."""
    text = text[:SAMPLE]
    counts = Counter(script_of(c) for c in _OTHER.findall(text) if c.isalpha())
    counts["LATIN"] += len(_ASCII_LETTERS.findall(text))
    return +counts


def voice_script(language: str) -> str:
    return _SCRIPTS.get(language.lower().replace("_", "-").split("-")[0], "LATIN")


def check_readable(text: str, language: str, voice: str, name: str = "article") -> None:
    """An ArticleError when most of the text's letters are in a script the voice does not
    read (a Russian article for an English voice)."""
    counts = scripts(text)
    total = sum(counts.values())
    wanted = voice_script(language)
    if not total or counts[wanted] >= MIN_SHARE * total:
        return
    main, _ = counts.most_common(1)[0]
    raise ArticleError(f"{name} is written in {main.title()} script, and voice '{voice}' "
                       f"speaks {language} ({wanted.title()} script): give an article in "
                       "its language, or choose a voice for the article's language")
