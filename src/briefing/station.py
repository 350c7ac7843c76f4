"""Station settings: a `briefing.toml` in the working folder or above it (found the way
git finds its repository). CLI options override it; templates see it as `station`."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from .audio.room_tone import ROOM_TONE_RANGE
from .core.errors import OptionError
from .core.resources import read_toml
from .writing.standards import RULES, Standards

FILE = "briefing.toml"


@dataclass(frozen=True)
class Station:
    """A newsroom's defaults; every field may be absent."""

    name: str | None = None
    """The station's name, for sign-offs ("This is {{ station.name }}")."""
    template: str | None = None
    voice: str | None = None
    duration: str | None = None
    loudness: str | None = None
    output: str | None = None
    """Folder for briefings, relative to the settings file."""
    room_tone: float | None = None
    """dBFS of a noise floor under the programme ([defaults] room_tone), if the station
    wants one."""
    delivery: Delivery = field(default_factory=lambda: Delivery())
    """Where an approved briefing goes besides the output folder ([delivery])."""
    standards: Standards = Standards()
    """What is not read on air ([standards]: addresses, minors); every rule on by default."""
    path: Path | None = None
    """The file these came from."""
    extra: dict = field(default_factory=dict, compare=False)
    """Any other keys under [station], for templates (station.slogan, ...)."""

    def __getattr__(self, name: str):  # noqa: ANN204 - templates read extra keys
        extra = self.__dict__.get("extra", {})
        if name in extra:
            return extra[name]
        raise AttributeError(name)


def find(start: Path | None = None) -> Path | None:
    """The nearest briefing.toml in ``start`` or a folder above it."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / FILE).is_file():
            return candidate / FILE
    return None


def load(start: Path | None = None) -> Station:
    """The station settings that apply here, or empty ones."""
    path = find(start)
    if path is None:
        return Station()
    data = read_toml(path, OptionError, "station settings")
    station = _table(data, "station", path)
    defaults = _table(data, "defaults", path)
    rules = _table(data, "standards", path)
    delivery = _table(data, "delivery", path)
    for key in delivery:
        if key not in DELIVERY:
            raise OptionError(f"station settings {path}: [delivery] {key} is not a setting "
                              f"(the settings are: {', '.join(DELIVERY)})")
        _expect(delivery, key, (str,), path, "delivery")
    for key in ("drop_folder", "podcast_feed", "alexa_feed"):
        if key in delivery:
            if not delivery[key].strip() or not delivery[key].isprintable():
                raise OptionError(f"station settings {path}: [delivery] {key} = "
                                  f"{delivery[key]!r} must be a file name on one line")
            delivery[key] = str((path.parent / delivery[key]).resolve())
    for key in ("name",):
        _expect(station, key, (str,), path, "station")
    for key in ("template", "voice", "loudness", "output"):
        _expect(defaults, key, (str,), path, "defaults")
    _expect(defaults, "duration", (str, int, float), path, "defaults")
    _expect(defaults, "room_tone", (int, float), path, "defaults")
    for key in rules:
        if key not in RULES:
            raise OptionError(f"station settings {path}: [standards] {key} is not a rule "
                              f"(the rules are: {', '.join(RULES)})")
        _expect(rules, key, (bool,), path, "standards")
    known = {"name"}
    extra = {k: v for k, v in station.items() if k not in known}
    output = defaults.get("output")
    if output is not None:
        if not output.strip() or not output.isprintable():
            raise OptionError(f"station settings {path}: [defaults] output = {output!r} must "
                              "be a folder name on one line")
        try:
            output = str((path.parent / output).resolve())
        except (OSError, RuntimeError, ValueError) as exc:  # a symlink loop, say
            raise OptionError(f"station settings {path}: [defaults] output = {output!r} "
                              f"cannot be used: {exc}") from exc
    duration = defaults.get("duration")
    room_tone = defaults.get("room_tone")
    low, high = ROOM_TONE_RANGE
    if room_tone is not None and not low <= room_tone <= high:
        raise OptionError(f"station settings {path}: [defaults] room_tone = {room_tone!r} is "
                          f"out of range: use {low:g} to {high:g} dBFS (e.g. room_tone = -66)")
    return Station(name=station.get("name"), template=defaults.get("template"),
                   voice=defaults.get("voice"),
                   duration=None if duration is None or isinstance(duration, bool)
                   else str(duration),
                   loudness=defaults.get("loudness"), output=output,
                   room_tone=room_tone,
                   standards=Standards(**rules), path=path, extra=extra,
                   delivery=Delivery(**delivery))


@dataclass(frozen=True)
class Delivery:
    """Where `briefing studio` sends an approved briefing besides the output folder
    ([delivery] in briefing.toml); folders and feeds as absolute paths."""

    drop_folder: str | None = None
    """The playout system's import folder: the Broadcast WAV, named by ``drop_name``."""
    drop_name: str | None = None
    cart: str | None = None
    kill_after: str | None = None
    podcast_feed: str | None = None
    alexa_feed: str | None = None
    base_url: str | None = None

    @property
    def anywhere(self) -> bool:
        """Whether it sends anywhere at all."""
        return any(v is not None for v in dataclasses.astuple(self))


DELIVERY = tuple(f.name for f in dataclasses.fields(Delivery))
"""What [delivery] may set."""


def _table(data: dict, key: str, path: Path) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise OptionError(f"station settings {path}: [{key}] must be a table "
                          f"(a '[{key}]' heading with key = value lines under it)")
    return dict(value)


_TYPE_NAMES = {str: "text in quotes", int: "a number", float: "a number",
               bool: "true or false"}


_EXAMPLES = {"room_tone": "-66"}
"""A number a key's error shows as its fix."""


def _expect(table: dict, key: str, types: tuple[type, ...], path: Path, section: str) -> None:
    """A known key must hold the type it is read as (TOML's booleans are not numbers)."""
    if key not in table:
        return
    value = table[key]
    if isinstance(value, bool) != (bool in types) or not isinstance(value, types):
        wanted = " or ".join(dict.fromkeys(_TYPE_NAMES[t] for t in types))
        example = "false" if bool in types else '"..."' if str in types else \
            _EXAMPLES.get(key, "1")
        raise OptionError(f"station settings {path}: [{section}] {key} = {value!r} must be "
                          f"{wanted} (e.g. {key} = {example})")


STARTER = """\
# briefing station settings. briefing looks for this file in the working folder and
# the folders above it; options on the command line win over what is set here.

[station]
# Templates can use these as {{ station.name }} (and any other key you add here).
name = "{name}"

[defaults]
# template = "brief"        # a name from ./scripts or the built-ins, or a path
{voice}
# duration = "60"           # seconds, or m:ss
# loudness = "podcast"      # ebu, podcast, alexa, atsc or none
# output = "briefings"      # folder for the audio and sidecars, relative to this file

[standards]
# What is not read on air; set a rule to false to read it.
# addresses = true          # street addresses (a block, a road number or a business is fine)
# minors = true             # the names of people under 18

[delivery]
# Where `briefing studio` sends a briefing once it is approved, besides the output folder.
# drop_folder = "playout"   # the playout system's import folder (the Broadcast WAV)
# drop_name = "{cart}_{date:%Y%m%d}_{time:%H%M}"
# cart = "1234"             # written as the WAV's cart chunk CutID
# kill_after = "24h"        # the cart's end date, from the render
# podcast_feed = "feed.xml" # an episode added to this RSS feed (needs base_url)
# alexa_feed = "alexa.json" # an Alexa flash briefing item (loudness alexa; needs base_url)
# base_url = "https://radio.example/news/"
"""


def init(folder: Path, name: str) -> list[Path]:
    """Write a starter briefing.toml and empty scripts/ and voices/ folders."""
    target = folder / FILE
    if target.exists():
        raise OptionError(f"{target} already exists; edit it, or delete it to start over")
    from .core.files import Output, write_all

    for sub in ("scripts", "voices", "briefings"):
        if (folder / sub).exists() and not (folder / sub).is_dir():
            raise OptionError(f"{folder / sub} is in the way: briefing init makes a folder "
                              "of that name (move the file)")
    # The name goes into TOML text: keep it one plain line, its quotes and escapes inert.
    safe = " ".join("".join(c for c in name if c.isprintable()).split())
    safe = safe.replace("\\", "/").replace('"', "'")
    from .voices.profiles import recommended_for_air

    best = recommended_for_air()
    voice = (f'voice = "{best}"            # the installed voice understood best on air; '
             'a profile\n#                           from ./voices, or a cast: '
             '"anchor=joe,reader=reader"') if best else \
        '# voice = "default"         # a profile from ./voices, or a cast: ' \
        '"anchor=joe,reader=reader"'
    text = STARTER.replace("{name}", safe).replace("{voice}", voice)
    write_all([Output(target, text.encode("utf-8"))])
    made = [target]
    try:
        for sub in ("scripts", "voices", "briefings"):
            (folder / sub).mkdir(exist_ok=True)
            made.append(folder / sub)
    except OSError as exc:
        raise OptionError(f"cannot make {folder / sub}: {exc.strerror}") from exc
    return made
