"""Scripts as plain, editable Markdown: a heading per segment (id, title, role, time),
one spoken sentence a line, provenance in comments. Read back, it is voiced as written."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ..clock.timing import Timeline, clock
from ..core.errors import BriefingError
from ..ingest.article import split_sentences
from ..script.sandbox import MAX_SEGMENTS
from ..script.templates import Script, Segment, chapter_title

_HEADING = re.compile(r"^##\s+(?P<id>[^|]+?)\s*\|\s*(?P<title>[^|]*?)\s*\|\s*(?P<role>[\w-]+)"
                      r"(?:\s*\|.*)?$")
_SOURCES = re.compile(r"<!--\s*sources:\s*([\d,\s]*)-->")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


class ScriptFileError(BriefingError):
    """A script file that cannot be read back."""


@dataclass(frozen=True)
class ScriptFile:
    """A script read from Markdown, with what its front matter says."""

    script: Script
    voice: str | None
    rate: int | None
    source: str | None
    byline: str | None
    published: dt.date | None


def write(script: Script, timeline: Timeline, *, programme: float, voice: str, rate: int,
          source: str | None, byline: str | None, published: dt.date | None) -> str:
    """The script as Markdown, with the programme's length it was cut to (``-d``, the
    clock's ``programme``); `read` gives the same script back."""
    lines = ["---", f"title: {script.title}", f"template: {script.template}",
             f"target_seconds: {programme:g}", f"voice: {voice}", f"rate: {rate}"]
    if source:
        lines.append(f"source: {source}")
    if byline:
        lines.append(f"byline: {byline}")
    if published:
        lines.append(f"published: {published.isoformat()}")
    lines += ["---", "",
              "<!-- Edit the spoken lines below: one sentence a line. Headings are",
              "     '## id | chapter title | role'; the rest of a heading is information.",
              "     Voice it with: briefing make --script THIS_FILE -->", ""]
    for seg, t in zip(script.segments, timeline.segments, strict=True):
        lines.append(f"## {seg.id} | {seg.title} | {seg.role} | {clock(t.start)} "
                     f"({t.seconds:.1f} s)")
        if seg.sources:
            lines.append(f"<!-- sources: {', '.join(str(i) for i in seg.sources)} -->")
            for written, kinds in zip(seg.written or seg.copy,
                                      seg.rewrites or [()] * len(seg.copy), strict=False):
                how = f" (rewrites: {', '.join(kinds)})" if kinds else ""
                lines.append(f"<!-- as written{how}: {written.replace('--', '—')} -->")
        lines += [*(_spoken_line(s) for s in seg.sentences), ""]
    return "\n".join(lines)


def _spoken_line(sentence: str) -> str:
    """A sentence as one spoken line of the file, whatever it holds: never a heading, never
    the start or end of a comment (either would change the script when read back)."""
    line = sentence.replace("<!--", "<! --").replace("-->", "-- >")
    return line.lstrip("#").lstrip() if _HEADING.match(line.strip()) else line


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The ``key: value`` lines between the opening ``---`` lines, and the text after."""
    match = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    if not match:
        return {}, text
    meta = {}
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return meta, text[match.end():]


def target_of(path: Path) -> str | None:
    """The ``target_seconds`` a script file was cut to, read from its first 64 KB; None
    when it has none or cannot be read (``read`` says why)."""
    try:
        if not path.is_file():
            return None
        with open(path, "rb") as f:
            head = f.read(65536).decode("utf-8", errors="replace")
    except (OSError, ValueError):
        return None
    meta, _ = front_matter(head.removeprefix("\ufeff").replace("\r\n", "\n"))
    return meta.get("target_seconds") or None


def read(path: Path, pause_after: float) -> ScriptFile:
    """A script file back into a Script, sentences exactly as they are written."""
    from ..ingest.article import MAX_ARTICLE_BYTES, visible

    try:
        with open(path, "rb") as f:
            data = f.read(MAX_ARTICLE_BYTES + 1)
        if len(data) > MAX_ARTICLE_BYTES:
            raise ScriptFileError(f"script {path} is larger than "
                                  f"{MAX_ARTICLE_BYTES // 2**20} MB: is it a script file?")
        text = visible(data.decode("utf-8"), "the script").replace("\r\n", "\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScriptFileError(f"cannot read script {path}: {exc}") from exc
    except BriefingError as exc:
        raise ScriptFileError(f"cannot read script {path}: {exc}") from exc
    meta, body = front_matter(text)
    offset = text[: len(text) - len(body)].count("\n")
    # Provenance comments become marker lines; every other comment (one line or several)
    # becomes blank lines, so line numbers in messages still match the file.
    body = _SOURCES.sub(lambda m: f"\0sources:{m.group(1)}", body)
    body = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), body)
    segments: list[Segment] = []
    current: dict | None = None
    seen: set[str] = set()

    def close() -> None:
        if current is None:
            return
        sentences = tuple(s for line in current["lines"] for s in split_sentences(line)
                          if any(c.isalnum() for c in s))  # "...!!!" says nothing
        if sentences:
            segments.append(Segment(id=current["id"], title=current["title"],
                                    role=current["role"], sentences=sentences, copy=sentences,
                                    sources=current["sources"], pause_after=pause_after))

    for number, raw in enumerate(body.splitlines(), start=1 + offset):
        heading = _HEADING.match(raw.strip())
        if heading:
            close()
            seg_id = heading["id"].strip()
            if seg_id in seen:
                raise ScriptFileError(f"{path}:{number}: segment id '{seg_id}' is used twice")
            seen.add(seg_id)
            if len(seen) > MAX_SEGMENTS:
                raise ScriptFileError(f"{path}:{number}: more than {MAX_SEGMENTS} segments; a "
                                      f"briefing has at most {MAX_SEGMENTS}")
            current = {"id": seg_id, "title": chapter_title(heading["title"] or seg_id),
                       "role": heading["role"], "lines": [], "sources": ()}
            continue
        if raw.startswith("## "):
            raise ScriptFileError(f"{path}:{number}: a heading must read "
                                  "'## id | chapter title | role'")
        if raw.startswith("\0sources:"):
            if current is not None:
                # Article sentence indexes: a number past nine digits is not one.
                current["sources"] = tuple(int(n) for n in re.findall(r"\d+", raw)
                                           if len(n) <= 9)
            continue
        line = raw.strip()
        if line:
            if current is None:
                raise ScriptFileError(f"{path}:{number}: text before the first segment "
                                      "heading ('## id | title | role')")
            current["lines"].append(line)
    close()
    if not segments:
        raise ScriptFileError(f"{path} has no segments with text to voice")
    if len(segments) > MAX_SEGMENTS:
        raise ScriptFileError(f"{path} has {len(segments)} segments; a briefing has at most "
                              f"{MAX_SEGMENTS}")
    try:
        target = float(meta.get("target_seconds", "60"))
        rate = int(meta["rate"]) if "rate" in meta else None
        published = dt.date.fromisoformat(meta["published"]) if "published" in meta else None
    except ValueError as exc:
        raise ScriptFileError(f"{path}: bad value in the front matter: {exc}") from exc
    if rate is not None and not 80 <= rate <= 400:
        raise ScriptFileError(f"{path}: rate: {rate} is outside 80 to 400 words per minute "
                              "(fix the front matter, or delete the line)")
    if not 0 < target <= 3600:
        raise ScriptFileError(f"{path}: target_seconds: {meta.get('target_seconds')} is not a "
                              "length (fix the front matter, or delete the line)")
    script = Script(meta.get("title", path.stem), meta.get("template", "script"), target,
                    tuple(segments))
    return ScriptFile(script, meta.get("voice"), rate, meta.get("source"), meta.get("byline"),
                      published)
