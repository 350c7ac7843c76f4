"""Input formats: HTML (via trafilatura) and Markdown (via markdown-it-py) to page text.

The format is told from the content, not the file name. Both come out in the
shape the plain-text cleaner reads (headline line, then paragraphs), with the
metadata the format carries (author, site, date) to fill what the text lacks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum


class Format(str, Enum):
    TEXT = "text"
    HTML = "html"
    MARKDOWN = "markdown"


_HTML = re.compile(r"<(!doctype\s+html|html|head|body|article|p|div|br)\b", re.IGNORECASE)
_MD_MARKS = [
    re.compile(r"^#{1,6}\s+\S", re.M),          # headings
    re.compile(r"\[[^\]]+\]\([^)]+\)"),         # links
    re.compile(r"(\*\*|__)[^*_\n]+\1"),         # strong
    re.compile(r"^\s*[-*+]\s+\S", re.M),        # bullets
    re.compile(r"^>\s", re.M),                  # quotes
    re.compile(r"!\[[^\]]*\]\([^)]+\)"),        # images
]


def detect(text: str) -> Format:
    """HTML when it has document tags; Markdown when it has a heading or two other marks."""
    head = text[:5000]
    if len(_HTML.findall(head)) >= 2 or re.match(r"\s*<(!doctype|html)", head, re.I):
        return Format.HTML
    marks = [bool(p.search(text)) for p in _MD_MARKS]
    if re.match(r"\s*#{1,2}\s+\S", text) or sum(marks) >= 2:
        return Format.MARKDOWN
    return Format.TEXT


@dataclass(frozen=True)
class Extracted:
    """Page text in the plain-text shape, plus what the format knew about the page."""

    text: str
    title: str | None = None
    byline: str | None = None
    source: str | None = None
    published: dt.date | None = None
    url: str | None = None
    """The page's own address (canonical link), when it says."""
    labels: tuple[str, ...] = ()
    """What the page says it is: its section and schema.org type ("Opinion",
    "opinionnewsarticle")."""


def from_html(html: str) -> Extracted:
    """The article in an HTML page: trafilatura finds the body and the metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(_unhidden(html), with_metadata=True,
                                      include_comments=False,
                                      include_tables=False, include_images=False,
                                      favor_precision=True,
                                      # A date the page declares, never one guessed from
                                      # its text ("since 2023").
                                      date_extraction_params={"extensive_search": False,
                                                              "original_date": True})
    if doc is None:
        return Extracted(text="")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    # The page's <title> (less its site suffix) is the headline the text path finds too;
    # trafilatura's title (often og:title) stands in when there is none.
    title = _page_title(html) or (data.get("title") or "").strip() or None
    body = data.get("text") or ""
    # One paragraph a line, blank lines between: the shape the cleaner reads.
    text = (title or "") + "\n\n" + "\n\n".join(p.strip() for p in body.splitlines() if p.strip())
    return Extracted(text=text, title=title, byline=_authors(data.get("author")),
                     source=_site(data.get("sitename"), data.get("hostname")),
                     published=_date(data.get("date")), url=data.get("url") or None,
                     labels=tuple(str(x) for x in [*(data.get("categories") or []),
                                                   data.get("pagetype") or ""] if x))


_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n((?:[^\n]*\n){0,60}?)---[ \t]*(?:\r?\n|\Z)")
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """A Markdown file's YAML front matter as flat ``key: value`` strings (quotes removed;
    lists and nested values skipped), and the text after it."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    meta = {}
    for line in match.group(1).splitlines():
        field = _FIELD.match(line)
        if field and field.group(2) and field.group(2)[0] not in "[{|>":
            meta[field.group(1).lower()] = field.group(2).strip("\"'").strip()
    return meta, text[match.end():]


def with_front_matter(extracted: Extracted, meta: dict[str, str]) -> Extracted:
    """What the front matter says wins over what the body suggests."""
    import dataclasses

    def first(*keys: str) -> str | None:
        return next((meta[k] for k in keys if meta.get(k)), None)

    return dataclasses.replace(
        extracted, title=first("title", "headline") or extracted.title,
        byline=first("author", "authors", "byline") or extracted.byline,
        source=first("source", "publisher", "site", "outlet") or extracted.source,
        published=_date(first("date", "published")) or extracted.published)


def _unhidden(html: str):  # noqa: ANN202 - an lxml tree, or the text when it will not parse
    """The page without what its author hid from readers (``hidden``, ``aria-hidden``)."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.LxmlError):
        return html
    for element in tree.xpath('//*[@hidden or @aria-hidden="true"]'):
        if element.getparent() is not None:
            element.drop_tree()
    return tree


def from_markdown(markdown: str) -> Extracted:
    """Paragraphs, list items and quotes as lines; the first top heading is the headline."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt().parse(markdown)
    title, lines, heading = None, [], None
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            heading = token.tag
        elif token.type == "heading_close":
            heading = None
        elif token.type == "inline":
            words = _inline_text(token)
            if heading in ("h1", "h2") and title is None:
                title = words
            elif heading is None and words:
                lines.append(words)
            elif heading and words:
                lines.append(words)  # a subhead: the cleaner keeps it out of the copy
        del i
    return Extracted(text=(title or "") + "\n\n" + "\n\n".join(lines), title=title)


def _inline_text(token) -> str:  # noqa: ANN001 - markdown-it token
    parts = []
    for child in token.children or []:
        if child.type == "image":
            continue
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())


def _page_title(html: str) -> str | None:
    import html as html_lib

    from .cleaning import bare_title

    m = re.search(r"<title[^>]*>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
    if not m:
        return None
    title = " ".join(html_lib.unescape(m.group(1)).split())
    return bare_title(title) or None


def _authors(author: str | None) -> str | None:
    if not author:
        return None
    names = [re.sub(r"\s+(Associated Press|Reuters|AP|CNN|Staff)$", "", n.strip())
             for n in author.split(";") if n.strip()]
    return ", ".join(n for n in names if n) or None


def _site(sitename: str | None, hostname: str | None) -> str | None:
    name = (sitename or "").strip()
    if name and name.lower() not in ("hosted", "home") and "://" not in name:
        return name
    if hostname:
        return re.sub(r"^(https?://)?(www\.)?", "", hostname)
    return None


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
