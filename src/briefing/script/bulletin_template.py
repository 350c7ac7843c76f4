"""A bulletin's own template (``bulletin.j2``): its opening, its headlines, where each item
of the running order is read, its sign-off. The template places the items; each story is
read by its story template (``story.j2``), cut to its share of the clock.

    {% segment "open", title="Opening" %}{{ bulletin.time_said }} This is the news.{% endsegment %}
    {% for item in running_order %}{{ item.read() }}{% endfor %}
    {% segment "close", title="Sign-off" %}That's the news.{% endsegment %}
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.errors import TemplateError
from .sandbox import TemplateValues
from .templates import (
    _MARK,
    TEMPLATE_ATTRIBUTES,
    ScriptTemplate,
    Segment,
    Selection,
    _Render,
    _station_values,
)


@dataclass(frozen=True)
class ItemFacts:
    """What a bulletin template may know of one running-order item, before it is read."""

    kind: str
    """"story", or "text" for a text read as written (the weather, a station ID)."""
    title: str
    """A story's headline as the page gives it; a text's title."""
    headline: str = ""
    """A story's headline as one sentence to say (its title, or its lead when the title
    will not do on air)."""
    credit: str = ""
    """Who published a story, as said on air; empty when the page does not say."""


@dataclass(frozen=True)
class Frame:
    """What a bulletin template makes: its own segments, and where each item goes."""

    segments: tuple[Segment, ...]
    places: tuple[tuple[int, int], ...]
    """(position among the segments, item index) for each item: it is read before the
    segment at that position (after the last, at ``len(segments)``)."""


class _FrameRender(_Render):
    """One render of a bulletin template: its segments and where it read each item."""

    def __init__(self, pause: float) -> None:
        super().__init__(Selection(), pause)
        self.places: list[tuple[int, int]] = []

    def place(self, index: int, title: str) -> str:
        if self.current is not None:
            raise TemplateError(f"'{title[:40]}' is read inside a segment: call item.read() "
                                "between segments (each item makes its own chapters)")
        if any(i == index for _at, i in self.places):
            raise TemplateError(f"'{title[:40]}' is read twice: call item.read() once for "
                                "each item of running_order")
        self.places.append((len(self.segments), index))
        return ""

    def headline(self, sentence: str) -> str:
        self.spoken.add(sentence)  # said whole, as one sentence
        return _MARK + sentence + _MARK


class Item:
    """One item of the running order, as the template sees it: ``item.read()`` reads it
    there; ``item.headline()`` says a story's headline."""

    def __init__(self, render: _FrameRender, index: int, facts: ItemFacts,
                 number: int) -> None:
        self._render = render
        self._index = index
        self._facts = facts
        self.kind = facts.kind
        self.title = facts.title
        self.credit = facts.credit
        self.number = number
        """A story's place among the stories (1 for the lead); a text's among the texts."""

    def read(self) -> str:
        """Read the item here: a story to its share of the clock, a text as written."""
        return self._render.place(self._index, self.title)

    def headline(self) -> str:
        """A story's headline, one sentence; nothing for a text."""
        if self.kind != "story" or not self._facts.headline:
            return ""
        return self._render.headline(self._facts.headline)


BULLETIN_VARIABLES = ("bulletin", "stories", "running_order", "station")
"""What a bulletin template may name (``template_check`` holds a template to them)."""
ITEM_ATTRIBUTES = frozenset({"kind", "title", "credit", "number", "read", "headline"})


class BulletinTemplate(ScriptTemplate):
    """A loaded bulletin template."""

    ATTRIBUTES = {**TEMPLATE_ATTRIBUTES, Item: ITEM_ATTRIBUTES}

    def frame(self, items: list[ItemFacts], values: dict, pause: float) -> Frame:
        """The template's segments and each item's place. ``values`` are the bulletin's
        own (``time_said``, ``at``, ``headlines``, ``target_seconds``)."""
        render = _FrameRender(pause)
        numbers: dict[str, int] = {}
        order = []
        for index, facts in enumerate(items):
            numbers[facts.kind] = numbers.get(facts.kind, 0) + 1
            order.append(Item(render, index, facts, numbers[facts.kind]))
        self._run({
            "bulletin": TemplateValues({**values, "stories": numbers.get("story", 0)}),
            "stories": [i for i in order if i.kind == "story"], "running_order": order,
            "station": TemplateValues(_station_values(self.station)), "_render": render,
        })
        missing = [i for i in range(len(items)) if all(i != k for _at, k in render.places)]
        if missing:
            raise TemplateError(f"{self.path}: '{items[missing[0]].title[:40]}' is never read: "
                                "the template must call item.read() for each item of "
                                "running_order ({% for item in running_order %}"
                                "{{ item.read() }}{% endfor %})")
        return Frame(tuple(render.segments), tuple(render.places))

