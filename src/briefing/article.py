"""The Article type and reading an article's bytes into one."""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ArticleError


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article body, as written."""

    index: int
    """Position among all body sentences (0-based); the provenance key."""
    text: str
    """The sentence exactly as the article has it (whitespace tidied)."""
    paragraph: int
    """Index of the paragraph holding it."""

    @property
    def words(self) -> int:
        return len(self.text.split())


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

    @property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]

    @property
    def words(self) -> int:
        return sum(s.words for s in self.sentences)


def read_article_text(path: str | Path) -> str:
    """Read an article from a file, or from stdin when ``path`` is ``-``."""
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        name = "stdin"
    else:
        p = Path(path)
        name = str(p)
        if not p.exists():
            raise ArticleError(f"article not found: {p} (check the path)")
        if p.is_dir():
            raise ArticleError(f"article is a folder, not a file: {p}")
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise ArticleError(f"cannot read article {p}: {exc.strerror}") from exc
    text = decode(data)
    if not text.strip():
        raise ArticleError(f"article is empty: {name} (give a file with the article's text)")
    return text


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 by BOM, else the best detected guess."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    # Every byte is a valid cp1252/latin-1 character, so this never fails.
    return data.decode("cp1252", errors="replace")


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph (pysbd: rule-based, handles "Nov." and "U.S.")."""
    import pysbd

    out: list[str] = []
    for piece in _segmenter(pysbd).segment(paragraph):
        piece = piece.strip()
        if not piece:
            continue
        # pysbd sometimes splits off a closing quote or bracket: rejoin it.
        if out and not any(c.isalnum() for c in piece):
            out[-1] = out[-1] + piece
        else:
            out.append(piece)
    return out


_SEGMENTER = None
_FULL_STOP = re.compile(r"[.!?][\"”’')\]]*$")


def _segmenter(pysbd):  # noqa: ANN001 - module passed to keep the import lazy
    global _SEGMENTER
    if _SEGMENTER is None:
        _SEGMENTER = pysbd.Segmenter(language="en", clean=False)
    return _SEGMENTER


def parse_article(text: str, name: str = "article") -> Article:
    """Clean a page (text dump, HTML or Markdown, told by its content) into an Article."""
    from .cleaning import split_page
    from .formats import Format, detect, from_html, from_markdown

    kind = detect(text)
    extracted = None
    if kind is Format.HTML:
        extracted = from_html(text)
    elif kind is Format.MARKDOWN:
        extracted = from_markdown(text)
    parts = split_page(extracted.text if extracted else text)
    if extracted is not None:
        parts = parts.with_metadata(extracted)
    paragraphs: list[Paragraph] = []
    index = 0
    for p_index, body in enumerate(parts.paragraphs):
        sentences = []
        pieces = split_sentences(body)
        if len(pieces) > 1:
            # A run-on caption glued to a paragraph has no full stop: not a sentence.
            pieces = [p for p in pieces if _FULL_STOP.search(p)]
        for s in pieces:
            sentences.append(Sentence(index=index, text=s, paragraph=p_index))
            index += 1
        paragraphs.append(Paragraph(index=p_index, sentences=tuple(sentences)))
    if index == 0:
        raise ArticleError(
            f"no article text found in {name}: it needs paragraphs of full sentences"
        )
    return Article(
        title=parts.title or _headline_from(paragraphs[0].sentences[0].text),
        byline=parts.byline,
        source=parts.source,
        published=parts.published,
        paragraphs=tuple(paragraphs),
    )


def _headline_from(sentence: str, limit: int = 12) -> str:
    """A stand-in headline for a text with none: the lead's opening clause."""
    clause = sentence.split(",")[0].rstrip(".!?\"”")
    words = clause.split()
    return " ".join(words[:limit]) + (" …" if len(words) > limit else "")


def load_article(path: str | Path) -> Article:
    """Read and clean an article file (``-`` for stdin)."""
    return parse_article(read_article_text(path), name="stdin" if str(path) == "-" else str(path))
