"""Loading a template for its job: a briefing's (one article) or a bulletin's own (a
running order), each refused for the other's with the way to use it."""

from __future__ import annotations

from ..core.errors import TemplateError
from .bulletin_template import BulletinTemplate
from .template_check import frames_bulletin
from .templates import ScriptTemplate, find_template


def load_template(name_or_path: str, station: object | None = None) -> ScriptTemplate:
    """A briefing's template (one article), by name or path; a bulletin's own is refused
    with the way to use it."""
    path = find_template(name_or_path)
    if frames_bulletin(path):
        raise TemplateError(f"{path} frames a bulletin (it reads a running order): use it "
                            "with briefing bulletin -b, and give -t a briefing's template "
                            "(brief, story, ...)")
    return ScriptTemplate(path, station)


def load_frame(name_or_path: str, station: object | None = None) -> BulletinTemplate:
    """A bulletin's own template, by name or path; a briefing's template is refused with
    the way to use it."""
    path = find_template(name_or_path)
    if not frames_bulletin(path):
        raise TemplateError(f"{path} reads one article, not a running order: give -b a "
                            "bulletin's template (bulletin, or one made with briefing "
                            "templates new NAME --from bulletin)")
    return BulletinTemplate(path, station)
