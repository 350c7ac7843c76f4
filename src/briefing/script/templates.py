"""Scripts and their templates: Jinja2 (sandboxed) with a ``{% segment %}`` tag.

A template is rendered twice: once with empty story helpers, to learn which
helpers it uses and how long its fixed wording runs, then with the sentences
chosen to fill what is left of the time budget.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import FileSystemLoader, StrictUndefined, TemplateNotFound, nodes
from jinja2 import TemplateError as JinjaTemplateError
from jinja2.ext import Extension

from ..core.errors import TemplateError
from ..core.resources import locate, search_dirs
from ..ingest.article import Article, Paragraph, Sentence, split_sentences
from ..ingest.dateline import Dateline
from ..writing.style import speech_text
from .sandbox import MAX_SEGMENTS, MAX_TEXT, BriefingSandbox, TemplateValues, budget

_MARK = "\u2029"  # separates sentences a helper returns, so they stay whole
_DESCRIPTION = re.compile(r"^\{#-?\s*description:\s*(.+?)\s*-?#\}", re.S)


@dataclass(frozen=True)
class Segment:
    """One chapter of the briefing."""

    id: str
    """Slug, unique within the script."""
    title: str
    """Chapter title."""
    role: str
    """Voice role (``anchor``)."""
    sentences: tuple[str, ...]
    """What is spoken, one sentence each: broadcast copy (the voice's lexicon is applied
    only when it speaks)."""
    copy: tuple[str, ...]
    """The same sentences as written in the article or template."""
    sources: tuple[int, ...]
    """Article sentence indexes this segment speaks; empty for template wording."""
    pause_after: float = 0.8
    written: tuple[str, ...] = ()
    """Each line of ``copy`` as the article has it, where the copy rewrites it for the ear
    (``tighten``); the same as ``copy`` otherwise. Empty when read from a script file."""
    rewrites: tuple[tuple[str, ...], ...] = ()
    """Each line's rewrites by kind ("age", "aside", "tail", "attribution", "dateline")."""
    item: str = ""
    """The running-order item this segment is part of in a bulletin (a story's "s2", a
    text's "t1"; the bulletin's own wording is its own item); empty in a single briefing."""
    sound: str = ""
    """A sound file played at the segment's start (a bulletin's sting), its length held
    (``hold``); empty for speech."""
    hold: float = 0.0
    """Seconds after the segment's sentences held for its sound: fixed, never scaled as
    pauses are."""

    @property
    def text(self) -> str:
        return " ".join(self.sentences)

    @property
    def words(self) -> int:
        return len(self.text.split())


def running_items(segments: Sequence[Segment]) -> list[tuple[str, list[int]]]:
    """Each running-order item's id and its segments' indexes, in order: a bulletin's story
    over its segments; a segment of no item (a single briefing's) is one of its own."""
    items: list[tuple[str, list[int]]] = []
    for i, seg in enumerate(segments):
        key = seg.item or seg.id
        if items and seg.item and items[-1][0] == key:
            items[-1][1].append(i)
        else:
            items.append((key, [i]))
    return items


def nests(segments: Sequence[Segment], item: str, members: list[int]) -> bool:
    """Whether an item holds its segments as a part of their own (a story's chapters), not
    just one segment that is the item (the bulletin's opening)."""
    return len(members) > 1 or segments[members[0]].id != item


@dataclass(frozen=True)
class Script:
    """A briefing's script, before any audio."""

    title: str
    template: str
    target_seconds: float
    """The voice's share of the clock (``clock.Clock.voice``): what the script is cut to."""
    segments: tuple[Segment, ...]
    origins: tuple[tuple[str, str], ...] = ()
    """(item id, where it was read from: an article's file or address, a text's file) for
    each item of a bulletin's running order; empty for a single briefing."""


_LENGTH = re.compile(r"^[ \t]*\{#-?[ \t]*length:[ \t]*([^\n]*?)[ \t]*-?#\}[ \t]*$", re.M)
"""A template's own length, on a comment line: ``{# length: 20 #}`` (seconds or m:ss)."""


def declared_length(template: str) -> str | None:
    """The length a template declares for itself, or None; an unknown template is left for
    loading it to report."""
    from ..core.durations import MAX_SECONDS, MIN_SECONDS, parse_duration
    from ..core.errors import BriefingError, OptionError

    try:
        path = find_template(template)
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read(64 * 1024)
    except (BriefingError, OSError):
        return None
    m = _LENGTH.search(text)
    if m is None:
        return None
    try:
        seconds = parse_duration(m.group(1))
    except OptionError:
        seconds = -1.0
    if not MIN_SECONDS <= seconds <= MAX_SECONDS:
        line = text.count("\n", 0, m.start()) + 1
        raise TemplateError(f"{path}:{line}: length '{m.group(1)[:40]}' is not a length from "
                            f"{MIN_SECONDS:g} to {MAX_SECONDS:g} seconds: use seconds "
                            "({# length: 20 #}) or m:ss ({# length: 1:30 #})", line=line)
    return m.group(1)


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    path: Path
    description: str


@dataclass
class Selection:
    """Which article sentences each story helper speaks."""

    lead: list[Sentence] = field(default_factory=list)
    quote: list[Sentence] = field(default_factory=list)
    fill: list[Sentence] = field(default_factory=list)


class _Render:
    """State of one render: the segments collected and the helper calls seen."""

    def __init__(self, selection: Selection, pause: float) -> None:
        self.selection = selection
        self.pause = pause
        self.segments: list[Segment] = []
        self.current: list[int] | None = None
        self.used: dict[str, str] = {}
        """Story helpers called, and the role of the segment each was called in."""
        self.role = "anchor"
        self.spoken: set[str] = set()
        self.written: dict[str, Sentence] = {}
        """Each chosen sentence by the text it is spoken as."""

    def take(self, helper: str) -> str:
        if helper in self.used:
            return ""  # a helper speaks its sentences once per briefing
        self.used[helper] = self.role
        chosen: list[Sentence] = getattr(self.selection, helper)
        if self.current is not None:
            self.current.extend(s.index for s in chosen)
        self.spoken.update(s.text for s in chosen)
        self.written.update((s.text, s) for s in chosen)
        return "".join(_MARK + s.text + _MARK for s in chosen)

    def segment(self, seg_id: str, title: str, role: str, caller: Callable[[], str]) -> str:
        if self.current is not None:
            raise TemplateError(f"segment '{seg_id}' is inside another segment (close each "
                                "with {% endsegment %} before the next)")
        if any(s.id == seg_id for s in self.segments):
            raise TemplateError(f"segment id '{seg_id}' is used twice (ids must be unique)")
        if not seg_id.strip():
            raise TemplateError("a segment id is empty (give each segment a name, "
                                "e.g. {% segment \"lead\" %})")
        if len(self.segments) >= MAX_SEGMENTS:
            raise TemplateError(f"the template makes more than {MAX_SEGMENTS} segments "
                                "(a briefing's chapters; check its loops)")
        self.current, self.role = [], role
        body = caller()
        if len(body) > MAX_TEXT:
            raise TemplateError(f"segment '{seg_id}' runs to {len(body):,} characters; the "
                                f"limit is {MAX_TEXT:,} (check its loops and repeats)")
        sources, self.current = self.current, None
        copy: list[str] = []
        for piece in body.split(_MARK):
            piece = " ".join(piece.split())
            if not piece:
                continue
            copy.extend([piece] if piece in self.spoken else split_sentences(piece))
        if copy:
            self.segments.append(Segment(
                id=seg_id, title=title, role=role,
                # A long sentence said as two ("A. B.") is two lines of the script, as a
                # script file read back gives them.
                sentences=tuple(part for c in copy for part in split_sentences(speech_text(c))),
                copy=tuple(copy),
                sources=tuple(sources), pause_after=self.pause,
                written=tuple(self.written[c].as_written if c in self.written else c
                              for c in copy),
                rewrites=tuple(self.written[c].rewrites if c in self.written else ()
                               for c in copy),
            ))
        return ""


class Story:
    """What a template calls to speak the article: ``lead()``, ``fill()``, ``quote()``."""

    def __init__(self, render: _Render) -> None:
        self._render = render

    def lead(self) -> str:
        """The opening sentence: who and what."""
        return self._render.take("lead")

    def fill(self) -> str:
        """The most important remaining sentences, in article order, sized to the budget."""
        return self._render.take("fill")

    def quote(self) -> str:
        """A direct quote with its speaker named, when the article has one."""
        return self._render.take("quote")


_ROLE = re.compile(r"[A-Za-z][\w-]{0,29}")
MAX_TITLE = 120


def chapter_title(text: str) -> str:
    """A chapter title as players, tags and label files can carry it: one line of printable
    text (controls and surrogates become spaces), at most MAX_TITLE characters."""
    shown = "".join(c if c.isprintable() and not "\ud800" <= c <= "\udfff" else " "
                    for c in text)
    return " ".join(shown.split())[:MAX_TITLE] or "Untitled"


class SegmentExtension(Extension):
    """``{% segment "id", title="...", role="anchor" %}...{% endsegment %}``."""

    tags = {"segment"}

    def parse(self, parser):  # noqa: ANN001, ANN201 - Jinja's extension API
        lineno = next(parser.stream).lineno
        seg_id = parser.parse_expression()
        title: nodes.Expr = nodes.Const(None)
        role: nodes.Expr = nodes.Const("anchor")
        while parser.stream.skip_if("comma"):
            key = parser.stream.expect("name").value
            parser.stream.expect("assign")
            value = parser.parse_expression()
            if key == "title":
                title = value
            elif key == "role":
                role = value
            else:
                parser.fail(f"unknown segment option '{key}' (use title= or role=)", lineno)
        body = parser.parse_statements(("name:endsegment",), drop_needle=True)
        call = self.call_method(
            "_segment", [nodes.Name("_render", "load"), seg_id, title, role]
        )
        return nodes.CallBlock(call, [], [], body).set_lineno(lineno)

    def _segment(self, render: _Render, seg_id: object, title: object, role: object,
                 caller: Callable[[], str]) -> str:
        for what, value in (("id", seg_id), ("title", title), ("role", role)):
            if value is not None and not isinstance(value, (str, int)):
                raise TemplateError(f"a segment's {what} must be text, not "
                                    f"{type(value).__name__} (give it in quotes)")
        seg_id, role = str(seg_id).strip(), str(role).strip()
        if not _ROLE.fullmatch(role):
            raise TemplateError(f"segment role '{role[:40]}' must be a short name such as "
                                "anchor or reader (letters, digits, - and _)")
        if seg_id and not seg_id.isprintable() or len(seg_id) > 60:
            raise TemplateError(f"segment id {seg_id[:40]!r} must be a short name on one line")
        return render.segment(seg_id, chapter_title(str(title or seg_id)), role, caller)


def list_templates() -> list[TemplateInfo]:
    """Templates by name; a working folder's ``./scripts`` wins over the built-ins."""
    found: dict[str, TemplateInfo] = {}
    for folder in search_dirs("scripts"):
        for path in sorted(folder.glob("*.j2")):
            if path.stem not in found and path.is_file():
                found[path.stem] = TemplateInfo(path.stem, path, _describe(path))
    return list(found.values())


def _describe(path: Path) -> str:
    m = _DESCRIPTION.match(path.read_text(encoding="utf-8", errors="replace"))
    return " ".join(m.group(1).split()) if m else ""


def find_template(name_or_path: str) -> Path:
    """An explicit path, then ``./scripts/NAME.j2``, then the built-in template."""
    return locate("scripts", name_or_path, ".j2", "template", TemplateError)


class _RecordingLoader(FileSystemLoader):
    """Jinja's file loader, remembering every file it read (the template and its
    includes), so no output of the run is ever written over one."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.read: set[Path] = set()

    def get_source(self, environment, template):  # noqa: ANN001, ANN201 - Jinja's API
        source, filename, uptodate = super().get_source(environment, template)
        self.read.add(Path(filename))
        return source, filename, uptodate


class ScriptTemplate:
    """A loaded, compiled template."""

    ATTRIBUTES: dict[type, frozenset[str]] = {}
    """What the template may read of the project's own types (set below the class)."""

    def __init__(self, path: Path, station: object | None = None) -> None:
        self.path = path
        self.name = path.stem
        self.station = station
        self._loader = _RecordingLoader(path.parent)
        env = BriefingSandbox(
            self.ATTRIBUTES, loader=self._loader,
            undefined=StrictUndefined, extensions=[SegmentExtension], autoescape=False,
            trim_blocks=True, lstrip_blocks=True,
        )
        try:
            with budget(str(path)):
                self._template = env.get_template(path.name)
        except UnicodeDecodeError as exc:
            raise TemplateError(f"cannot read template {path}: not UTF-8 text") from exc
        except JinjaTemplateError as exc:
            line = getattr(exc, "lineno", None)
            raise TemplateError(f"{path}:{line or '?'}: {exc.message} (fix the template)",
                                line=line, detail=exc.message or "") from exc

    @property
    def files(self) -> tuple[Path, ...]:
        """The template file and every file it included so far."""
        return (self.path, *sorted(self._loader.read))

    def render(self, article: Article, selection: Selection, target_seconds: float,
               pause: float) -> tuple[list[Segment], dict[str, str]]:
        """Segments in template order, and the story helpers the template called (with
        the role of the segment each was called in)."""
        render = _Render(selection, pause)
        self._run({
            "article": article, "story": Story(render), "target_seconds": target_seconds,
            "station": TemplateValues(_station_values(self.station)), "_render": render,
        })
        if not render.segments and not render.used:
            raise TemplateError(f"{self.path}: the template has no segment with text "
                                "(wrap its wording in {% segment \"id\" %}...{% endsegment %})")
        return render.segments, render.used

    def _run(self, context: dict) -> str:
        """The template rendered with ``context``, every failure a TemplateError naming
        the file and line."""
        try:
            with budget(str(self.path)):
                output = self._template.render(context)
        except TemplateError as exc:
            if str(exc).startswith(str(self.path)):
                raise
            line = exc.line or _line_of(exc)
            raise TemplateError(f"{self.path}:{line or '?'}: {exc}", line=line,
                                detail=exc.detail) from exc
        except TemplateNotFound as exc:
            line = _line_of(exc)
            detail = f"'{exc.name}' is not a template in {self.path.parent}"
            raise TemplateError(f"{self.path}:{line or '?'}: {detail} (includes and imports "
                                "are read from the template's own folder)",
                                line=line, detail=detail) from exc
        except JinjaTemplateError as exc:
            line = _line_of(exc)
            raise TemplateError(f"{self.path}:{line or '?'}: {exc.message} "
                                "(check the names the template uses)",
                                line=line, detail=exc.message or "") from exc
        except (ArithmeticError, ValueError, TypeError) as exc:
            # The sandbox's own limits (range size) and a template's bad arithmetic.
            line = _line_of(exc)
            raise TemplateError(f"{self.path}:{line or '?'}: {exc} (fix the template)",
                                line=line, detail=str(exc)) from exc
        if len(output) > MAX_TEXT:
            raise TemplateError(f"{self.path}: the template writes {len(output):,} characters "
                                f"outside its segments; the limit is {MAX_TEXT:,}")
        return output


TEMPLATE_ATTRIBUTES: dict[type, frozenset[str]] = {
    Article: frozenset({"title", "byline", "source", "published", "paragraphs", "sentences",
                        "words", "kind", "standfirst", "dateline", "credit"}),
    Dateline: frozenset({"place", "agency"}),
    Paragraph: frozenset({"index", "sentences"}),
    Sentence: frozenset({"index", "text", "paragraph", "words"}),
    Story: frozenset({"lead", "fill", "quote"}),
}
"""What a template may read of the project's own types: plain values only."""
ScriptTemplate.ATTRIBUTES = TEMPLATE_ATTRIBUTES


def _station_values(station: object | None) -> dict:
    """The station's name and its other [station] keys as plain values (never its path)."""
    if station is None:
        return {}
    values = dict(getattr(station, "extra", {}) or {})
    values["name"] = getattr(station, "name", None)
    return values


def _line_of(exc: BaseException) -> int | None:
    """The template line a render error came from (Jinja maps it into the traceback)."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".j2"):
            return frame.lineno
    return None
