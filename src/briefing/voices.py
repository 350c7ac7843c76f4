"""Voice profiles: which engine speaks, how fast, and how long it takes to say things."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import VoiceError
from .lexicon import Lexicon
from .resources import locate, read_toml, search_dirs


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

    def speak(self, text: str) -> str:
        """Broadcast copy to what this voice says: pronunciations applied."""
        return self.pronunciations.speak(text)

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


def load_voice(name_or_path: str = "default") -> Voice:
    """Read and check a voice profile."""
    path = find_voice(name_or_path)
    data = read_toml(path, VoiceError, "voice profile")
    pauses = data.get("pauses", {})
    try:
        cal = Calibration(**data.get("calibration", {}))
        voice = Voice(
            name=path.stem,
            path=path,
            engine=str(data.get("engine", "pyttsx3")),
            voice=str(data.get("voice", "gmw/en-us")),
            language=str(data.get("language", "en-us")),
            rate=int(data.get("rate", 165)),
            pitch=int(data.get("pitch", 50)),
            volume=float(data.get("volume", 1.0)),
            sentence_pause=float(pauses.get("sentence", 0.35)),
            segment_pause=float(pauses.get("segment", 0.8)),
            calibration=cal,
            description=str(data.get("description", "")),
            lexicon=(lexicon := _find_lexicon(data.get("lexicon"), path)),
            pronunciations=Lexicon.load(lexicon),
            options=dict(data.get("engine_options", {})),
        )
    except (TypeError, ValueError) as exc:
        raise VoiceError(f"voice profile {path} has a bad value: {exc} (see voices/default.toml)"
                         ) from exc
    if not 80 <= voice.rate <= 400:
        raise VoiceError(f"voice profile {path}: rate {voice.rate} is outside 80-400 wpm")
    return voice


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


def load_cast(spec: str) -> Cast:
    """"joe" (one voice reads everything) or "anchor=joe,reader=default"."""
    if "=" not in spec:
        return Cast((("anchor", load_voice(spec)),))
    pairs = []
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        role, _, name = part.partition("=")
        if not role.strip() or not name.strip():
            raise VoiceError(f"cast entry '{part}' must be ROLE=VOICE, e.g. reader=default")
        pairs.append((role.strip(), load_voice(name.strip())))
    roles = [r for r, _ in pairs]
    if len(set(roles)) != len(roles):
        raise VoiceError(f"cast '{spec}' names a role twice")
    if "anchor" not in roles:
        raise VoiceError(f"cast '{spec}' needs an anchor, e.g. anchor=default,reader=joe")
    return Cast(tuple(pairs))


def as_cast(voice: Voice | Cast) -> Cast:
    """A single voice is a cast of one."""
    return voice if isinstance(voice, Cast) else Cast((("anchor", voice),))
