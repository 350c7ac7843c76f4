"""Checking a template before it goes on air: syntax, names, helpers and segment ids,
each problem with its line and a hint."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from jinja2 import TemplateSyntaxError, nodes

from ..core.errors import TemplateError
from .bulletin_template import BULLETIN_VARIABLES, ITEM_ATTRIBUTES

VARIABLES = ("article", "story", "target_seconds", "station")
BULLETIN_NAMES = ("running_order", "stories", "bulletin")
"""A template that names any of these frames a bulletin (``bulletin.j2``)."""
BULLETIN_VALUES = ("time_said", "at", "headlines", "target_seconds", "stories")
JINJA_GLOBALS = ("range", "dict", "lipsum", "cycler", "joiner", "namespace", "loop", "caller",
                 "super", "self", "varargs", "kwargs")
TAGS = ("segment", "endsegment", "if", "elif", "else", "endif", "for", "endfor", "set",
        "endset", "macro", "endmacro", "call", "endcall", "filter", "endfilter", "with",
        "endwith", "raw", "endraw")


@dataclass(frozen=True)
class Problem:
    line: int | None
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        return f"{where}{self.message}" + (f" ({self.hint})" if self.hint else "")


def _closest(word: str, options) -> str:  # noqa: ANN001 - any iterable of names
    match = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f"did you mean '{match[0]}'?" if match else ""


def story_helpers() -> list[str]:
    from .templates import Story

    return sorted(n for n in vars(Story) if not n.startswith("_") and callable(getattr(Story, n)))


def article_fields() -> list[str]:
    """What `article.<name>` may name: the Article's fields and properties."""
    from dataclasses import fields

    from ..ingest.article import Article

    props = [n for n, v in vars(Article).items() if isinstance(v, property)]
    return sorted({f.name for f in fields(Article)} | set(props))


def check_source(source: str) -> list[Problem]:
    """Static checks: the template parses, uses only known names and helpers, and gives
    every segment a unique id."""
    from jinja2.sandbox import SandboxedEnvironment

    from .templates import SegmentExtension

    env = SandboxedEnvironment(extensions=[SegmentExtension])
    try:
        tree = env.parse(source)
    except TemplateSyntaxError as exc:
        hint = ""
        unknown = re.search(r"unknown tag '(\w+)'", exc.message or "")
        if unknown:
            hint = _closest(unknown.group(1), TAGS) or "tags are {% segment %}, {% if %}, ..."
        return [Problem(exc.lineno, exc.message or "syntax error", hint)]
    problems: list[Problem] = []
    assigned = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
    frame = is_bulletin(tree)
    variables = BULLETIN_VARIABLES if frame else VARIABLES
    kind = "bulletin templates" if frame else "templates"
    for name in tree.find_all(nodes.Name):
        if name.ctx == "load" and name.name not in variables + JINJA_GLOBALS \
                and name.name not in assigned and not name.name.startswith("_"):
            problems.append(Problem(name.lineno, f"unknown variable '{name.name}'",
                                    _closest(name.name, variables) or
                                    f"{kind} can use " + ", ".join(variables)))
    known = {"bulletin": ("bulletin value", "values are", list(BULLETIN_VALUES))} if frame \
        else {"story": ("story helper", "helpers are", story_helpers()),
              "article": ("article field", "fields are", article_fields())}
    if frame:  # the loop names of the running order and the stories are items
        items = ("item field", "an item has", sorted(ITEM_ATTRIBUTES))
        for loop in tree.find_all(nodes.For):
            if isinstance(loop.iter, nodes.Name) and loop.iter.name in ("running_order",
                                                                        "stories") \
                    and isinstance(loop.target, nodes.Name):
                known[loop.target.name] = items
    for attr in tree.find_all(nodes.Getattr):
        if not isinstance(attr.node, nodes.Name) or attr.node.name not in known \
                or attr.node.name in assigned and known[attr.node.name][0] != "item field":
            continue
        kind, listing, names = known[attr.node.name]
        if attr.attr not in names:
            problems.append(Problem(attr.lineno, f"unknown {kind} '{attr.attr}'",
                                    _closest(attr.attr, names) or
                                    f"{listing} " + ", ".join(names)))
    seen: dict[str, int] = {}
    for block in tree.find_all(nodes.CallBlock):
        call = block.call
        args = getattr(call, "args", [])
        if len(args) < 2 or not isinstance(args[1], nodes.Const):
            continue
        seg_id = str(args[1].value)
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", seg_id):
            problems.append(Problem(block.lineno, f"segment id '{seg_id}' is not a slug",
                                    "use lower-case letters, digits, - and _"))
        if seg_id in seen:
            problems.append(Problem(block.lineno, f"segment id '{seg_id}' is used twice "
                                    f"(first on line {seen[seg_id]})",
                                    "give each segment its own id"))
        seen.setdefault(seg_id, block.lineno)
    if not seen:
        problems.append(Problem(None, "the template has no {% segment %}",
                                'wrap spoken parts in {% segment "id", title="..." %}'))
    if frame and not any(isinstance(c.node, nodes.Getattr) and c.node.attr == "read"
                         for c in tree.find_all(nodes.Call)):
        problems.append(Problem(None, "the bulletin never reads its stories",
                                "add {% for item in running_order %}{{ item.read() }}"
                                "{% endfor %} between its segments"))
    return sorted(problems, key=lambda p: p.line or 0)


def is_bulletin(tree: nodes.Template) -> bool:
    """A template that frames a bulletin: it names the running order, its stories or the
    bulletin's values."""
    return any(n.name in BULLETIN_NAMES for n in tree.find_all(nodes.Name))


def frames_bulletin(path: Path) -> bool:
    """Whether the template at ``path`` is a bulletin's own (one that parses)."""
    from jinja2.sandbox import SandboxedEnvironment

    from .templates import SegmentExtension

    try:
        source = path.read_text(encoding="utf-8")
        return is_bulletin(SandboxedEnvironment(extensions=[SegmentExtension]).parse(source))
    except (OSError, UnicodeDecodeError, TemplateSyntaxError):
        return False


def check_template(path: Path) -> list[Problem]:
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"cannot read template {path}: {exc}") from exc
    return check_source(source)
