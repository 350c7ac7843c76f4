"""Broadcast copy: the text as it should be spoken, from the sentence as written.

Kept light for now (issue 4 deepens it): no bracketed insertions read aloud,
dashes as pauses, month abbreviations said in full.
"""

from __future__ import annotations

import re

_MONTHS = {
    "Jan.": "January", "Feb.": "February", "Aug.": "August", "Sept.": "September",
    "Sep.": "September", "Oct.": "October", "Nov.": "November", "Dec.": "December",
}
_MONTH_RE = re.compile(r"\b(" + "|".join(re.escape(m) for m in _MONTHS) + r")(?=\s+\d)")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "})


def speech_text(sentence: str) -> str:
    """What the voice says for one sentence of copy."""
    text = sentence.translate(_QUOTES)
    # An editor's insertion "[Chinese government]" is read as its words.
    text = re.sub(r"\[([^\]]+)\]", r"\1", text)
    text = re.sub(r"\s*[—–―]\s*|\s+--\s+", ", ", text)
    text = _MONTH_RE.sub(lambda m: _MONTHS[m.group(1)], text)
    return " ".join(text.split())
