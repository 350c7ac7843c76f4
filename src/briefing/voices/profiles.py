"""Voice profiles: which engine speaks, how fast, and how long it takes to say things."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

from ..core.errors import VoiceError
from ..core.resources import locate, read_toml, search_dirs
from .lexicon import Lexicon


@dataclass(frozen=True)
class Calibration:
    """Measured speaking time: seconds per countable feature of a sentence (a linear model)."""

    syllable: float = 0.16
    word: float = 0.0
    letter: float = 0.0
    comma: float = 0.15
    """Per comma, semicolon, colon or spaced dash (the voice's own short pauses)."""
    initialism: float = 0.0
    long_word: float = 0.0
    number_word: float = 0.0
    sentence: float = 0.0
    """Per sentence, whatever its length."""
    rate: int | None = None
    """Speaking rate (wpm) the figures were measured at; estimates at other rates scale."""

    def coefficients(self) -> tuple[float, ...]:
        """In the order of ``timing.Features.vector``."""
        return (self.syllable, self.word, self.letter, self.comma, self.initialism,
                self.long_word, self.number_word, self.sentence)


@dataclass(frozen=True)
class Voice:
    """A voice profile from ``voices/NAME.toml``."""

    name: str
    path: Path
    engine: str = "pyttsx3"
    voice: str = "gmw/en-us"
    """The engine's voice id."""
    language: str = "en-us"
    rate: int = 165
    """Speaking rate in words per minute, as the engine takes it."""
    pitch: int = 50
    volume: float = 1.0
    sentence_pause: float = 0.35
    """Silence inserted after each sentence, seconds."""
    segment_pause: float = 0.8
    """Silence inserted after each segment, seconds."""
    calibration: Calibration = field(default_factory=Calibration)
    description: str = ""
    lexicon: Path | None = None
    """Pronunciation file (see voices/lexicon.toml), or None."""
    pronunciations: Lexicon = field(default_factory=Lexicon, compare=False)
    """The lexicon's entries, read once when the profile is loaded."""
    options: dict = field(default_factory=dict, compare=False, hash=False)
    """Engine-specific settings (``[engine]`` table), e.g. Piper's reference_rate."""
    words_missed: float | None = None
    """Share of words a speech recogniser misses in this voice's briefings
    (``[measured]``, from bench/intelligibility.py); the lowest installed is the voice
    recommended for air."""

    def speak(self, text: str) -> str:
        """Broadcast copy to what this voice says: pronunciations applied, and nothing an
        engine would take as markup (however the text reached here: article, script file
        or template)."""
        from ..writing.style import plain

        return " ".join(plain(self.pronunciations.speak(text)).split())

    def pronouncers(self, text: str) -> str:
        """Copy with a pronouncer after each listed name: "Zelenskyy (zeh-LEN-skee)"."""
        return self.pronunciations.annotate(text)


def find_voice(name_or_path: str) -> Path:
    """An explicit path, then ``./voices/NAME.toml``, then the built-in profile."""
    return locate("voices", name_or_path, ".toml", "voice", VoiceError)


def list_voices() -> dict[str, Path]:
    """Voice names to the profile file that wins the lookup."""
    found: dict[str, Path] = {}
    for folder in search_dirs("voices"):
        for path in sorted(folder.glob("*.toml")):
            if path.stem != "lexicon":
                found.setdefault(path.stem, path)
    return found


def _find_lexicon(name: object, profile: Path) -> Path | None:
    """``lexicon = "lexicon.toml"``: beside the profile, or the nearest ./voices one."""
    if not name:
        return None
    if not isinstance(name, str):
        raise VoiceError(f"voice profile {profile}: lexicon must be a file name")
    beside = profile.parent / name
    if "/" in name or Path(name).is_absolute():
        candidate = Path(name) if Path(name).is_absolute() else beside
        if not candidate.is_file():
            raise VoiceError(f"voice profile {profile}: lexicon {candidate} not found")
        return candidate
    for folder in search_dirs("voices"):
        if (folder / name).is_file():
            return folder / name
    if beside.is_file():
        return beside
    raise VoiceError(f"voice profile {profile}: lexicon '{name}' not found in ./voices "
                     "or beside the profile")


# (lowest, highest) a profile's numbers may take; outside them a voice is broken or silent.
LIMITS = {"rate": (80, 400), "pitch": (0, 100), "volume": (0.1, 2.0),
          "sentence_pause": (0.0, 3.0), "segment_pause": (0.0, 5.0)}
CALIBRATION_LIMIT = 10.0
"""Seconds per feature no real voice comes near."""


def _table(data: dict, key: str, path: Path) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise VoiceError(f"voice profile {path}: [{key}] must be a table of key = value lines")
    return value


def _number(value: object, kind: type, key: str, path: Path) -> float:
    """A profile number of ``kind``, finite and not a boolean."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or value != value or value in (float("inf"), float("-inf")):
        raise VoiceError(f"voice profile {path}: {key} = {value!r} must be a number "
                         "(see voices/default.toml)")
    if kind is int and value != int(value):
        raise VoiceError(f"voice profile {path}: {key} = {value!r} must be a whole number")
    return kind(value)


def _checked(data: dict, key: str, default: float, kind: type, path: Path,
             limit_key: str | None = None) -> float:
    value = _number(data.get(key, default), kind, key, path)
    low, high = LIMITS[limit_key or key]
    if not low <= value <= high:
        raise VoiceError(f"voice profile {path}: {key} = {value:g} is outside {low:g} to "
                         f"{high:g}")
    return value


def _calibration(table: dict, path: Path) -> Calibration:
    known = {f.name for f in fields(Calibration)}
    unknown = sorted(set(table) - known)
    if unknown:
        raise VoiceError(f"voice profile {path}: [calibration] has unknown key "
                         f"'{unknown[0]}' (known: {', '.join(sorted(known))})")
    values: dict = {}
    for key, value in table.items():
        if key == "rate":
            values[key] = int(_number(value, int, "calibration rate", path))
            if not LIMITS["rate"][0] <= values[key] <= LIMITS["rate"][1]:
                raise VoiceError(f"voice profile {path}: calibration rate {values[key]} is "
                                 "outside 80 to 400")
            continue
        values[key] = _number(value, float, f"calibration {key}", path)
        if abs(values[key]) > CALIBRATION_LIMIT:
            raise VoiceError(f"voice profile {path}: calibration {key} = {value:g} is not a "
                             "measured figure (recalibrate: briefing voices calibrate NAME)")
    cal = Calibration(**values)
    # A typical news word (1.5 syllables, 5 letters) must take some real time to say.
    word = 1.5 * cal.syllable + cal.word + 5 * cal.letter + 0.1 * cal.long_word
    if not 0.02 <= word <= 2.0:
        raise VoiceError(f"voice profile {path}: its [calibration] makes a word last "
                         f"{word:.3f} s, which no voice does (recalibrate: briefing voices "
                         "calibrate NAME)")
    return cal


def _text(data: dict, key: str, default: str, path: Path) -> str:
    value = data.get(key, default)
    if not isinstance(value, str) or (key != "description" and not value.strip()):
        raise VoiceError(f"voice profile {path}: {key} = {value!r} must be text in quotes")
    return value


def load_voice(name_or_path: str = "default") -> Voice:
    """Read and check a voice profile: every value's type and range, with the file named."""
    path = find_voice(name_or_path)
    data = read_toml(path, VoiceError, "voice profile")
    pauses = _table(data, "pauses", path)
    options = _table(data, "engine_options", path)
    lexicon = _find_lexicon(data.get("lexicon"), path)
    return Voice(
        name=path.stem, path=path,
        engine=_text(data, "engine", "pyttsx3", path),
        voice=_text(data, "voice", "gmw/en-us", path),
        language=_text(data, "language", "en-us", path),
        rate=int(_checked(data, "rate", 165, int, path)),
        pitch=int(_checked(data, "pitch", 50, int, path)),
        volume=_checked(data, "volume", 1.0, float, path),
        sentence_pause=_checked(pauses, "sentence", 0.35, float, path, "sentence_pause"),
        segment_pause=_checked(pauses, "segment", 0.8, float, path, "segment_pause"),
        calibration=_calibration(_table(data, "calibration", path), path),
        description=_text(data, "description", "", path),
        lexicon=lexicon, pronunciations=Lexicon.load(lexicon), options=dict(options),
        words_missed=_measured(_table(data, "measured", path), path),
    )


def _measured(table: dict, path: Path) -> float | None:
    if "words_missed" not in table:
        return None
    value = _number(table["words_missed"], float, "words_missed", path)
    if not 0.0 <= value <= 1.0:
        raise VoiceError(f"voice profile {path}: [measured] words_missed = {value:g} must be "
                         "a share from 0 to 1 (0.39 for 39%)")
    return value


def recommended_for_air(loaded: Sequence[tuple[str, Voice]] | None = None) -> str | None:
    """The installed voice a listener understands best (lowest ``words_missed``), among
    ``loaded`` (name, profile) pairs, or every profile that loads."""
    from ..core.errors import BriefingError
    from .tts import engine_installed

    if loaded is None:
        loaded = []
        for name, path in list_voices().items():
            try:
                loaded.append((name, load_voice(str(path))))
            except BriefingError:
                continue
    heard = [(v.words_missed, name) for name, v in loaded
             if v.words_missed is not None and engine_installed(v.engine, v.voice)]
    return min(heard)[1] if heard else None


@dataclass(frozen=True)
class Cast:
    """Who reads what: a voice per role. Roles without a voice of their own use the
    anchor's, so one profile is a cast of one."""

    voices: tuple[tuple[str, Voice], ...]

    def voice(self, role: str) -> Voice:
        table = dict(self.voices)
        return table.get(role, table["anchor"])

    @property
    def anchor(self) -> Voice:
        return self.voice("anchor")

    @property
    def rate(self) -> int:
        """The anchor's speaking rate: the cast's pace."""
        return self.anchor.rate

    def paced(self, rate: int) -> Cast:
        """Every voice moved by the same factor, so the anchor speaks at ``rate``."""
        from dataclasses import replace

        factor = rate / self.anchor.rate
        return Cast(tuple((role, replace(v, rate=round(v.rate * factor)) if role != "anchor"
                           else replace(v, rate=rate)) for role, v in self.voices))

    @property
    def name(self) -> str:
        """"default", or "anchor=joe,reader=default" for a cast of several."""
        if len(self.voices) == 1:
            return self.anchor.name
        return ",".join(f"{role}={v.name}" for role, v in self.voices)


MAX_ROLES = 8


def load_cast(spec: str) -> Cast:
    """"joe" (one voice reads everything) or "anchor=joe,reader=default"."""
    if "=" not in spec:
        return Cast((("anchor", load_voice(spec)),))
    pairs = []
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        role, _, name = part.partition("=")
        if not role.strip() or not name.strip():
            raise VoiceError(f"cast entry '{part}' must be ROLE=VOICE, e.g. reader=default")
        if not re.fullmatch(r"[A-Za-z][\w-]{0,29}", role.strip()):
            raise VoiceError(f"cast role '{role.strip()[:40]}' must be a short name such as "
                             "anchor or reader (letters, digits, - and _)")
        pairs.append((role.strip(), load_voice(name.strip())))
    if len(pairs) > MAX_ROLES:
        raise VoiceError(f"cast '{spec[:40]}…' names {len(pairs)} roles; at most {MAX_ROLES}")
    roles = [r for r, _ in pairs]
    if len(set(roles)) != len(roles):
        raise VoiceError(f"cast '{spec}' names a role twice")
    if "anchor" not in roles:
        raise VoiceError(f"cast '{spec}' needs an anchor, e.g. anchor=default,reader=joe")
    return Cast(tuple(pairs))


def as_cast(voice: Voice | Cast) -> Cast:
    """A single voice is a cast of one."""
    return voice if isinstance(voice, Cast) else Cast((("anchor", voice),))
