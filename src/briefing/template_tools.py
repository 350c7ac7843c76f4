"""The producer's template workflow: copy a template to edit, and check one before air."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from .core.errors import OptionError, TemplateError
from .core.resources import builtin_dir
from .script.template_check import Problem, check_template


@dataclass(frozen=True)
class Located:
    """A problem and the file it is in."""

    path: Path
    problem: Problem

    @property
    def where(self) -> str:
        return f"{self.path}:{self.problem.line}" if self.problem.line else str(self.path)

    def __str__(self) -> str:
        text = self.problem.message
        return text + (f" ({self.problem.hint})" if self.problem.hint else "")


SAMPLES = ("harbour-ferry.txt", "valley-water.txt", "school-robots.txt")
"""The bundled articles a template is tried on (the first for a single briefing)."""


def new_template(name: str, source: str = "brief") -> Path:
    """Copy ``source`` to ./scripts/NAME.j2 (never over an existing file)."""
    from .script.templates import find_template

    if not re.fullmatch(r"[A-Za-z0-9][\w-]*", name):
        raise OptionError(f"template name '{name}' must be letters, digits, - or _")
    origin = find_template(source)
    target = Path.cwd() / "scripts" / f"{name}.j2"
    if os.path.lexists(target):  # a dangling link too: never write through it
        raise OptionError(f"{target} already exists; edit it, or choose another name")
    from .core.files import Output, write_all

    try:
        source = origin.read_bytes()
    except OSError as exc:
        raise TemplateError(f"cannot read template {origin}: {exc.strerror}") from exc
    if target.parent.exists() and not target.parent.is_dir():
        raise OptionError(f"{target.parent} is a file, not a folder: move it to make "
                          "./scripts")
    write_all([Output(target, source)])
    return target


def check(name: str, article: str | None, duration: str | None, station: object):  # noqa: ANN201
    """Static problems, or none and the preview of the template on an article."""
    from .config import settings_from_cli
    from .pipeline import preview, preview_bulletin
    from .script.template_check import frames_bulletin
    from .script.templates import find_template

    path = find_template(name)
    problems = [Located(path, p) for p in check_template(path)]
    if problems:
        return problems, None
    samples = [str(builtin_dir("samples") / s) for s in SAMPLES]
    try:
        if frames_bulletin(path):  # a bulletin's own: framing the bundled stories
            stories = [article] if article else samples
            settings = settings_from_cli(stories[0], duration or "1:30", "story",
                                         station=station)
            planned = preview_bulletin(settings, stories, headlines=True,
                                       bulletin=str(path))
        else:
            settings = settings_from_cli(article or samples[0], duration, str(path),
                                         station=station)
            planned = preview(settings)
    except TemplateError as exc:
        # Rendering found what reading could not (an attribute that does not exist).
        return [Located(path, Problem(exc.line, exc.detail or str(exc)))], None
    return [], planned
