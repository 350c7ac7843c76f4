"""What kind of piece a page is: news, or opinion, an editorial, a column, a review, an
analysis or a press release, from the labels a page prints near its headline, its title,
its address, and a release's own marks (a release wire's dateline, "SOURCE X", "About X"
boilerplate, a media contact)."""

from __future__ import annotations

import re
from enum import Enum
from urllib.parse import urlsplit

from .outlet import _Page, _title_parts, is_press_release


class Kind(str, Enum):
    """What a piece is: a news report, or a piece that argues, judges or explains."""

    NEWS = "news"
    OPINION = "opinion"
    EDITORIAL = "editorial"
    COLUMN = "column"
    REVIEW = "review"
    ANALYSIS = "analysis"
    PRESS_RELEASE = "press_release"
    """A company's or a body's own statement ("In a statement, Verdanta Foods says"): the
    outlet credited is its issuer (Outlet.found_in "release"), or none."""


_KIND_WORDS = {
    "opinion": Kind.OPINION, "opinions": Kind.OPINION, "op-ed": Kind.OPINION,
    "oped": Kind.OPINION, "op-eds": Kind.OPINION, "commentary": Kind.OPINION,
    "perspective": Kind.OPINION, "perspectives": Kind.OPINION,
    "viewpoint": Kind.OPINION, "viewpoints": Kind.OPINION, "guest opinion": Kind.OPINION,
    "editorial": Kind.EDITORIAL, "editorials": Kind.EDITORIAL, "our view": Kind.EDITORIAL,
    "column": Kind.COLUMN, "columns": Kind.COLUMN, "columnist": Kind.COLUMN,
    "columnists": Kind.COLUMN, "guest column": Kind.COLUMN, "opinion columnist": Kind.OPINION,
    "review": Kind.REVIEW, "reviews": Kind.REVIEW,
    "analysis": Kind.ANALYSIS, "news analysis": Kind.ANALYSIS,
    "press release": Kind.PRESS_RELEASE, "press releases": Kind.PRESS_RELEASE,
    "news release": Kind.PRESS_RELEASE, "news releases": Kind.PRESS_RELEASE,
}
_LABEL = re.compile(r"^(" + "|".join(re.escape(k) for k in sorted(_KIND_WORDS, key=len,
                                                                   reverse=True)) + r")$",
                    re.IGNORECASE)
_PREFIX = re.compile(r"^(" + "|".join(re.escape(k) for k in sorted(_KIND_WORDS, key=len,
                                                                    reverse=True))
                     + r")\s*(?:[|:]|[–—-]\s)\s*\S", re.IGNORECASE)
# Words before a closing "review" that make it news about a review: "orders review".
_NOT_REVIEWED = {"under", "for", "to", "a", "an", "the", "of", "into", "after", "pending",
                 "judicial", "safety", "policy", "launches", "orders", "ordered", "calls",
                 "seeks", "begins", "faces", "annual", "strategic", "independent", "internal",
                 "peer", "case", "legal", "federal", "formal", "full", "urgent", "year",
                 "budget", "security", "defence", "defense", "spending", "pay"}
# A URL path segment that files the piece: "/opinion/", "/reviews/".
_PATH_KINDS = {
    "opinion": Kind.OPINION, "opinions": Kind.OPINION, "op-ed": Kind.OPINION,
    "oped": Kind.OPINION, "commentary": Kind.OPINION, "comment": Kind.OPINION,
    "commentisfree": Kind.OPINION, "perspectives": Kind.OPINION,
    "editorial": Kind.EDITORIAL, "editorials": Kind.EDITORIAL,
    "column": Kind.COLUMN, "columns": Kind.COLUMN, "columnists": Kind.COLUMN,
    "review": Kind.REVIEW, "reviews": Kind.REVIEW, "analysis": Kind.ANALYSIS,
    "press-release": Kind.PRESS_RELEASE, "press-releases": Kind.PRESS_RELEASE,
    "pressreleases": Kind.PRESS_RELEASE, "news-releases": Kind.PRESS_RELEASE,
    "news-release": Kind.PRESS_RELEASE,
}


def _title_kind(title_line: str) -> Kind | None:
    """"Opinion | Headline", "Review: Headline", "Headline | Opinion | Outlet",
    "Name of the thing review", "Name of the thing review – verdict"."""
    parts = _title_parts(title_line)
    headline = parts[0] if parts else title_line
    m = _PREFIX.match(headline)
    if m:
        return _KIND_WORDS[m.group(1).lower()]
    for part in parts[1:]:
        if _LABEL.match(part):
            return _KIND_WORDS[part.lower()]
    m = re.search(r"(?:^|\s)(\S+)\s+review(?:\s*[–—:-]\s.*|\s*\(.*\))?$", headline,
                  re.IGNORECASE)
    if m and m.group(1).lower().strip("'’\"“”") not in _NOT_REVIEWED:
        return Kind.REVIEW
    return None


def _short(lines: list[str], j: int) -> bool:
    """A menu item's shape: a few words, no date."""
    return 0 <= j < len(lines) and len(lines[j].split()) <= 3 and not re.search(r"\d", lines[j])


def _is_menu(lines: list[str], i: int) -> bool:
    """Whether a line sits in a menu: short lines on both sides."""
    return _short(lines, i - 1) and _short(lines, i + 1)


def piece_kind(lines: list[str], *, title_line: str, url: str | None = None,
               body: list[str] | None = None) -> Kind:
    """News, or a piece that argues or judges, or a press release: from the address
    ("/opinion/"), a release's own marks ("/PRNewswire/", "SOURCE X", "About X" and a media
    contact), the <title> ("Opinion | ...", "Review: ...", "... review"), or a section
    label printed by the headline ("Opinion", "Analysis"), or first among the tags just
    after the story. The word "review" in the story itself makes nothing a review."""
    if url:
        for segment in urlsplit(url if "://" in url else "//" + url).path.lower().split("/"):
            if segment in _PATH_KINDS:
                return _PATH_KINDS[segment]
    if is_press_release(lines, title_line=title_line, body=body or []):
        return Kind.PRESS_RELEASE
    kind = _title_kind(title_line)
    if kind:
        return kind
    page = _Page(lines, title_line, body or [])
    at = page.headline_at if page.headline_at is not None else page.body_start
    for i, line in page.near_headline(3, 3):
        # A kicker sits right on top of the headline; above that it is the menu's end.
        kicker = at is not None and i == at - 1 and not _short(lines, i - 1)
        if _LABEL.match(line) and (kicker or i > (at or 0) and not _is_menu(lines, i)):
            return _KIND_WORDS[line.lower()]
        m = _PREFIX.match(line)
        if m and (i == page.headline_at or len(line.split()) <= 4):
            return _KIND_WORDS[m.group(1).lower()]
        if i == page.headline_at:
            kind = _title_kind(line)
            if kind:
                return kind
    # Tags printed right after the story: "Opinion / Beltway / China / ...".
    if page.body_end is not None:
        for line in lines[page.body_end + 1:page.body_end + 3]:
            if _LABEL.match(line):
                return _KIND_WORDS[line.lower()]
    return Kind.NEWS


_SCHEMA_KINDS = {
    "opinionnewsarticle": Kind.OPINION, "review": Kind.REVIEW, "criticreview": Kind.REVIEW,
    "reviewnewsarticle": Kind.REVIEW, "analysisnewsarticle": Kind.ANALYSIS,
}
"""schema.org article types that say what a piece is."""


def declared_kind(labels: list[str], url: str | None = None) -> Kind | None:
    """The kind an HTML page declares: its schema.org type, its section ("Opinion"), or its
    canonical address ("/opinion/"); None when it declares none of them."""
    for label in labels:
        key = label.strip().lower()
        if key in _SCHEMA_KINDS:
            return _SCHEMA_KINDS[key]
        if key in _KIND_WORDS:
            return _KIND_WORDS[key]
    if url:
        kind = piece_kind([], title_line="", url=url)
        if kind is not Kind.NEWS:
            return kind
    return None

