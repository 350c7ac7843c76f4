"""Tightening for the ear, faithfully: a long sentence read as two.

Print runs clauses together ("The council approved the budget on Tuesday after a long
debate; the mayor said she would sign it within the week."); a newsreader says them as
two sentences. Only the joint changes: "; " becomes a full stop, ", but" becomes ". But";
every other word stays, and a sentence that quotes anyone is never cut.
"""

from __future__ import annotations

import re

LONG = 30
"""Words past which a sentence is read as two when it has a clause boundary to cut at."""
SHORTEST_CLAUSE = 8
"""Words each side of a cut must keep for both to stand as sentences."""

_SUBJECT = (r"(?=(?:the|a|an|he|she|they|it|its|his|her|their|this|these|those|some|many|"
            r"most|officials|police|we|i|[A-Z][a-z]+)\b)")
_CUT = re.compile(rf";\s+{_SUBJECT}|,\s+(but)\s+{_SUBJECT}")
"""A clause boundary with a new subject after it: "; the", ", but she" (", and" also ends
lists: "a woman, a man, and a boy, were arrested")."""


def split_long(text: str) -> str:
    """A sentence of more than LONG words said as two or more at its clause boundaries."""
    if len(text.split()) <= LONG:
        return text
    out, rest = [], text
    while len(rest.split()) > LONG:
        cut = next((m for m in _CUT.finditer(rest) if _fits(rest, m)), None)
        if cut is None:
            break
        head = rest[:cut.start()].rstrip(" ,;") + "."
        tail = rest[cut.end():]
        but = cut.group(1) == "but"
        out.append(head)
        rest = ("But " + tail) if but else tail[:1].upper() + tail[1:]
    return " ".join([*out, rest])


def _fits(text: str, cut: re.Match) -> bool:
    before, after = text[:cut.start()], text[cut.end():]
    if re.search(r"[\"“”‘]|(?:^|[\s(:])'\w", text):
        return False  # a sentence that quotes is never cut: its quote may run on
    return len(before.split()) >= SHORTEST_CLAUSE and len(after.split()) >= SHORTEST_CLAUSE
