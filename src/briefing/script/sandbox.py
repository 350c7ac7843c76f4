"""The template sandbox: what a template may touch, and what one render may cost.

Templates come from colleagues and downloads, so a template sees plain values and
a short list of allowed attributes (never a path, a file or a module), and each
render has a budget of time, memory and output; past it, the render stops with a
TemplateError instead of filling the disk, the memory or the clock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import operator
import signal
import threading
from collections.abc import Iterator, Mapping
from typing import Any

from jinja2 import runtime, utils
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..core.errors import TemplateError

MAX_RENDER_SECONDS = 10.0
"""Wall-clock time one render may take."""
MAX_RENDER_MEMORY = 512 * 1024 * 1024
"""Address space one render may add to the process, bytes."""
MAX_TEXT = 200_000
"""Characters (or items) one value a template builds may hold; a whole briefing's
copy at the longest target is about a fifth of this."""
MAX_BITS = 100_000
"""Bits a number a template computes may have."""
MAX_SEGMENTS = 60
"""Segments one script may have."""

_STR_METHODS = frozenset({
    "upper", "lower", "title", "capitalize", "casefold", "swapcase", "strip", "lstrip",
    "rstrip", "startswith", "endswith", "split", "rsplit", "splitlines", "partition",
    "rpartition", "replace", "find", "rfind", "count", "removeprefix", "removesuffix",
    "isalpha", "isalnum", "isdigit", "isnumeric", "isspace", "isupper", "islower",
    "istitle", "join",
})
_DATE_ATTRS = frozenset({"year", "month", "day", "hour", "minute", "second", "weekday",
                         "isoweekday", "isoformat", "strftime"})
_COLLECTION_ATTRS = {list: frozenset({"index", "count"}), tuple: frozenset({"index", "count"}),
                     dict: frozenset({"keys", "values", "items", "get"})}
_JINJA_TYPES = (runtime.LoopContext, utils.Namespace, runtime.Macro, utils.Cycler,
                utils.Joiner)


class TemplateValues:
    """Plain values a template reads by attribute (``station.name``); a key that is not
    there reads as empty, so a template works with or without a briefing.toml."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = dict(values)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return self._values.get(name)

    def __getitem__(self, name: str) -> Any:
        return self._values.get(name)


class BriefingSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with an allow-list of attributes and size checks on
    what calls, filters and ``*``/``**`` produce."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, allowed: Mapping[type, frozenset[str]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.allowed = dict(allowed)
        """The project's own types a template may read, and which of their attributes."""
        self.globals.pop("lipsum", None)  # filler text never belongs in a briefing
        self.filters = {name: _bounded(f) for name, f in self.filters.items()}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if not super().is_safe_attribute(obj, attr, value):
            return False
        if isinstance(obj, TemplateValues):
            return True
        if isinstance(obj, str):
            return attr in _STR_METHODS
        if isinstance(obj, (dt.date, dt.time)):
            return attr in _DATE_ATTRS
        if isinstance(obj, _JINJA_TYPES):
            return True
        for kind, names in (*_COLLECTION_ATTRS.items(), *self.allowed.items()):
            if type(obj) is kind:
                return attr in names
        return False

    def wrap_str_format(self, value: Any) -> None:
        """``str.format`` is not on the allow-list (its widths build any size of text)."""
        return None

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        if op == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int):
                    _check_size(len(seq) * max(times, 0))
            if isinstance(left, int) and isinstance(right, int):
                _check_size((abs(left).bit_length() + abs(right).bit_length()) // 4)
        if op == "**" and isinstance(right, (int, float)) and isinstance(left, (int, float)):
            if abs(left) > 1 and abs(right) * max(1, int(abs(left)).bit_length()) > MAX_BITS:
                raise TemplateError(f"template computes {left!r} ** {right!r}: a number too "
                                    "large for a briefing (check the template's arithmetic)")
        return {"*": operator.mul, "**": operator.pow}[op](left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        result = super().call(__context, __obj, *args, **kwargs)
        _check_result(result)
        return result


def _check_size(size: int) -> None:
    if size > MAX_TEXT:
        raise TemplateError(f"template builds a value of {size:,} characters or items; the "
                            f"limit is {MAX_TEXT:,} (check loops, '*' and filters)")


def _check_result(result: Any) -> None:
    if isinstance(result, (str, list, tuple, dict)):
        _check_size(len(result))


def _bounded(f: Any) -> Any:
    """A filter whose result is size-checked (``center(10**9)``, ``indent``...)."""

    def filtered(*args: Any, **kwargs: Any) -> Any:
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_TEXT:
                _check_size(abs(value))
        result = f(*args, **kwargs)
        _check_result(result)
        return result

    # Keep Jinja's pass_context/pass_environment mark so it calls the filter right.
    if hasattr(f, "jinja_pass_arg"):
        filtered.jinja_pass_arg = f.jinja_pass_arg  # type: ignore[attr-defined]
    filtered.__name__ = getattr(f, "__name__", "filter")
    return filtered


class _OverTime(Exception):
    """Raised inside the render by the alarm; turned into a TemplateError outside it."""


@contextlib.contextmanager
def budget(where: str) -> Iterator[None]:
    """Run a render with a time limit and a memory limit (where the platform has them);
    running out, or recursing without end, is a TemplateError naming ``where``."""
    with _time_limit(), _memory_limit():
        try:
            yield
        except _OverTime:
            raise TemplateError(f"{where}: the template took more than "
                                f"{MAX_RENDER_SECONDS:g} s to render (check its loops)") from None
        except MemoryError:
            raise TemplateError(f"{where}: the template needs more memory than a briefing "
                                "allows (check its loops and repeats)") from None
        except RecursionError:
            raise TemplateError(f"{where}: the template calls or includes itself without end "
                                "(check its include and macro calls)") from None


@contextlib.contextmanager
def _time_limit() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread() \
            or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise _OverTime

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, MAX_RENDER_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _memory_limit() -> Iterator[None]:
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        with open("/proc/self/statm", encoding="ascii") as f:
            used = int(f.read().split()[0]) * resource.getpagesize()
    except (ImportError, OSError, ValueError):
        yield
        return
    limit = used + MAX_RENDER_MEMORY
    if soft != resource.RLIM_INFINITY and soft <= limit:
        yield
        return
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
