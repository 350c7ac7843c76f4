"""The Article type and reading an article's bytes into one."""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import ArticleError
from .dateline import Dateline
from .fetch import is_url
from .furniture import is_site_talk
from .piece import Kind
from .sentences import split_sentences


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article body, as written."""

    index: int
    """Position among all body sentences (0-based); the provenance key."""
    text: str
    """The sentence exactly as the article has it (whitespace tidied)."""
    paragraph: int
    """Index of the paragraph holding it."""
    written: str = ""
    """The sentence as the article has it when ``text`` is rewritten for the ear
    (``tighten``); empty when ``text`` is as written."""
    rewrites: tuple[str, ...] = ()
    """The rewrites applied, by kind: cuts when time was short ("age", "aside", "tail"),
    word order ("attribution"), the dateline's place folded in ("dateline")."""

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def as_written(self) -> str:
        return self.written or self.text


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph."""

    index: int
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Article:
    """A cleaned article: metadata and body, with web cruft removed."""

    title: str
    """The headline."""
    byline: str | None = None
    """Author names, comma separated, when found."""
    source: str | None = None
    """The outlet (``NPR``, ``Reuters``), when found."""
    published: dt.date | None = None
    """Publication (or update) date, when found."""
    paragraphs: tuple[Paragraph, ...] = field(default_factory=tuple)
    """The body, from its first paragraph (the story's own lead) on."""
    standfirst: str | None = None
    """The summary the page prints above the story, when it has one: not the body."""
    kind: Kind = Kind.NEWS
    """News, or opinion, an editorial, a column, a review, an analysis: credited as such."""
    dateline: Dateline | None = None
    """Where the story was filed ("Karachi, Pakistan") and the wire that filed it."""

    @property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]

    @property
    def credit(self) -> str | None:
        """The outlet as a newsreader says it: "the New York Post", "NBC News"."""
        from .outlet import said_as

        return said_as(self.source) if self.source else None

    @property
    def words(self) -> int:
        return sum(s.words for s in self.sentences)


_LOOSE_POSSESSIVE = re.compile(r"(?<=\w) (?=['’]s(?![\w-]))")
"""A space before a possessive, left where a page's link ended: "Boeing 's"."""
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""The largest article read (a saved news page with all its markup is well under)."""
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f]")
"""C0 controls: in a text, a few are noise; many mean a binary file."""
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e"
                        r"\u2060-\u2064\ufeff\ufff9-\ufffb]")
"""Controls, format and direction marks: never spoken, never shown."""


def read_article_text(path: str | Path) -> str:
    """Read an article from a file, from stdin when ``path`` is ``-``, or from the web
    when it is an http(s) address."""
    if is_url(str(path)):
        from .fetch import fetch

        name = str(path)
        data = fetch(name, MAX_ARTICLE_BYTES)
    elif str(path) == "-":
        name = "standard input"
        stream = sys.stdin
        if stream is None or stream.closed:
            raise ArticleError("there is no standard input to read the article from "
                               "(pipe one in, or give the article's file)")
        try:
            data = stream.buffer.read(MAX_ARTICLE_BYTES + 1)
        except (OSError, ValueError) as exc:
            raise ArticleError(f"cannot read the article from standard input: {exc} "
                               "(give the article's file instead)") from exc
    else:
        p = Path(path)
        name = str(p)
        if not p.exists():
            raise ArticleError(f"article not found: {p} (check the path)")
        if p.is_dir():
            raise ArticleError(f"article is a folder, not a file: {p}")
        if not p.is_file():
            raise ArticleError(f"article {p} is not a regular file (a device, pipe or socket): "
                               "save the article to a file, or pipe it in with -")
        try:
            with open(p, "rb") as f:
                data = f.read(MAX_ARTICLE_BYTES + 1)
        except OSError as exc:
            raise ArticleError(f"cannot read article {p}: {exc.strerror}") from exc
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"article {name} is larger than {MAX_ARTICLE_BYTES // 2**20} MB: "
                           "give the article's page or text, not a whole site or archive")
    text = visible(decode(data), f"article {name}")
    if not text.strip():
        raise ArticleError(f"article is empty: {name} (give a file with the article's text)")
    return text


def visible(text: str, name: str = "the article") -> str:
    """The text without control characters (a stray one is dropped; a text made of them
    is a binary file, and says so)."""
    controls = len(_BINARY.findall(text))
    nul = text.count("\x00")
    if nul > 8 or controls > max(8, len(text) // 100):
        kind = f"{nul} NUL bytes" if nul else f"{controls} control characters"
        raise ArticleError(f"{name} is not text: it has {kind} (a binary file? save it as "
                           "text, HTML or Markdown)")
    return _INVISIBLE.sub(lambda m: "" if m.group() > "\x9f" else " ", text)


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 by BOM or by its zero bytes, else the best
    detected guess."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if len(data) >= 4 and data.count(0) * 3 > len(data):
        # ASCII-range UTF-16 without a BOM: every other byte is zero.
        odd, even = data[1::2].count(0), data[0::2].count(0)
        if max(odd, even) * 10 > len(data) * 4:
            return data.decode("utf-16-le" if odd > even else "utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-8 with a stray byte or two pasted from Windows-1252: keep the UTF-8, read only
    # those bytes as Windows-1252 (a guess at the whole file would garble every accent).
    stray = data.decode("utf-8", errors="replace").count("\ufffd")
    if stray <= max(2, len(data) // 1000):
        codecs.register_error("briefing-cp1252", _as_cp1252)
        return data.decode("utf-8", errors="briefing-cp1252")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    # Every byte is a valid cp1252/latin-1 character, so this never fails.
    return data.decode("cp1252", errors="replace")


def _as_cp1252(error: UnicodeError) -> tuple[str, int]:
    bad = error.object[error.start:error.end]  # type: ignore[attr-defined]
    return bad.decode("cp1252", errors="replace"), error.end  # type: ignore[attr-defined]


_FULL_STOP = re.compile(r"[.!?][\"”’')\]]*$")


MIN_STORY_SENTENCES = 4
"""Fewer body sentences than this, on a page that is mostly something else, is not a story
found with confidence (a paywall stub, a list of links, a cookie notice)."""
MIN_STORY_WORDS = 50
MIN_PARAGRAPH_STORY = 120
"""Words a story told in one paragraph needs (a teaser is one short paragraph)."""
MIN_STORY_SHARE = 0.5
"""A body this share of the page's words or more is the page (pasted copy): kept, however
short."""


def parse_article(text: str, name: str = "article", *, force: bool = False) -> Article:
    """Clean a page (text dump, HTML or Markdown, told by its content) into an Article.

    A page whose story cannot be found with confidence is refused unless ``force``."""
    from .cleaning import split_page
    from .formats import Format, detect, from_html, from_markdown, front_matter, with_front_matter

    meta, text = front_matter(text)
    kind = detect(text)
    extracted = None
    if kind is Format.HTML:
        extracted = from_html(text)
    elif kind is Format.MARKDOWN or meta:
        extracted = from_markdown(text)
    if meta and extracted is not None:
        extracted = with_front_matter(extracted, meta)
        if extracted.title:  # the headline leads the text the cleaner reads
            extracted = dataclasses.replace(extracted, text=extracted.title + "\n\n" +
                                            extracted.text.split("\n\n", 1)[-1])
    parts = split_page(extracted.text if extracted else text)
    if extracted is not None:
        parts = parts.with_metadata(extracted)
    paragraphs: list[Paragraph] = []
    index = 0
    for p_index, body in enumerate(parts.paragraphs):
        if p_index == 0 and parts.source:
            # The outlet's own name as a dateline: "Harbour Ledger - The ferry ...".
            body = re.sub(rf"^{re.escape(parts.source)}\s*(?:[-–—|:]|--)\s+(?=\S)", "", body,
                          flags=re.IGNORECASE)
        sentences = []
        # A notice run into a paragraph ("Follow us at ..."), sentence by sentence.
        pieces = [p for p in split_sentences(body) if any(c.isalnum() for c in p)
                  and not is_site_talk(p) and not _CARD.search(p)]
        if len(pieces) > 1:
            # A run-on caption glued to a paragraph has no full stop: not a sentence.
            pieces = [p for p in pieces if _FULL_STOP.search(p)]
        for s in pieces:
            s = _LOOSE_POSSESSIVE.sub("", s)  # "Boeing 's" as the page's markup left it
            sentences.append(Sentence(index=index, text=s, paragraph=p_index))
            index += 1
        paragraphs.append(Paragraph(index=p_index, sentences=tuple(sentences)))
    if index == 0:
        raise ArticleError(
            f"no story found in {name}: no paragraph of full sentences on the page (a paywall, "
            "a list of links, a video page?); give the article's own page or its text"
        )
    if not force:
        _check_story(paragraphs, parts.page_words, name)
    return Article(
        title=parts.title or _headline_from(paragraphs[0].sentences[0].text),
        byline=parts.byline,
        source=parts.source,
        published=parts.published,
        paragraphs=tuple(paragraphs),
        standfirst=parts.standfirst,
        kind=parts.kind,
        dateline=parts.dateline,
    )


_CARD = re.compile(r"\b([A-Z][a-z'’-]+ [A-Z][a-z'’-]+) \1\b")
"""A name printed twice running ("Ann Lee Ann Lee Latest stories..."): a hover card's text
dumped into the sentence; the sentence is garbled, not copy."""


def _check_story(paragraphs: list[Paragraph], page_words: int, name: str) -> None:
    sentences = [s for p in paragraphs for s in p.sentences]
    words = sum(s.words for s in sentences)
    short = len(sentences) < MIN_STORY_SENTENCES or words < MIN_STORY_WORDS or \
        (len(paragraphs) < 2 and words < MIN_PARAGRAPH_STORY)
    if short and words < MIN_STORY_SHARE * page_words:
        raise ArticleError(
            f"no story found in {name}: only {len(sentences)} sentences ({words} words) read "
            f"as copy among {page_words} words of menus, links and notices (a paywall or a "
            "list page?); give the article's own page or text, or --force to voice it anyway")


def _headline_from(sentence: str, limit: int = 12) -> str:
    """A stand-in headline for a text with none: the lead's opening clause."""
    clause = sentence.split(",")[0].rstrip(".!?\"”")
    words = clause.split()
    if not any(c.isalpha() for c in clause):
        return "Untitled briefing"
    return " ".join(words[:limit]) + (" …" if len(words) > limit else "")


def load_article(path: str | Path, *, force: bool = False) -> Article:
    """Read and clean an article file (``-`` for stdin)."""
    return parse_article(read_article_text(path), name="stdin" if str(path) == "-" else str(path),
                         force=force)
