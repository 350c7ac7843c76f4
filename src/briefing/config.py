"""Run settings, and the one adapter that turns CLI options into them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import OptionError

MIN_SECONDS = 5.0
MAX_SECONDS = 1800.0


@dataclass(frozen=True)
class Settings:
    """Everything one run of make or preview needs to know."""

    article: str
    """Article path, or ``-`` for stdin."""
    target_seconds: float = 60.0
    template: str = "brief"
    """Template name or path."""
    voice: str = "default"
    """Voice profile name or path."""
    output: Path | None = None
    """MP3 path; None means ``briefings/<slug>.mp3``."""
    bitrate: int = 128
    """MP3 bitrate, kbps (CBR)."""
    tolerance: float = 0.5
    """How far from the target the rendered file may land, seconds."""


def parse_duration(text: str) -> float:
    """Seconds from "60", "60s", "90.5" or "1:30"."""
    value = text.strip().lower().removesuffix("s").strip()
    try:
        if ":" in value:
            minutes, seconds = value.split(":", 1)
            return int(minutes) * 60 + float(seconds)
        return float(value)
    except ValueError:
        raise OptionError(f"duration '{text}' is not a length: use seconds (-d 60) "
                          "or minutes:seconds (-d 1:30)") from None


def settings_from_cli(article: str, duration: str, template: str, voice: str = "default",
                      output: str | None = None, tolerance: float = 0.5) -> Settings:
    """Check CLI values and build Settings: the only place CLI names meet library names."""
    duration = parse_duration(duration)
    if not MIN_SECONDS <= duration <= MAX_SECONDS or duration != duration:
        raise OptionError(f"duration {duration:g} s is out of range: use {MIN_SECONDS:g} to "
                          f"{MAX_SECONDS:g} seconds (e.g. -d 60)")
    out = None
    if output is not None:
        out = Path(output)
        if out.suffix.lower() != ".mp3":
            raise OptionError(f"output {out} must end in .mp3 (e.g. -o briefings/story.mp3)")
        if out.is_dir():
            raise OptionError(f"output {out} is a folder; give a file name ending in .mp3")
    if not 0.0 < tolerance <= 10.0:
        raise OptionError(f"tolerance {tolerance:g} s is out of range: use 0.05 to 10 seconds")
    return Settings(article=article, target_seconds=float(duration), template=template,
                    voice=voice, output=out, tolerance=tolerance)


def slugify(text: str, limit: int = 60) -> str:
    """A file-name-safe slug of a headline."""
    slug = re.sub(r"['’]", "", text.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", slug).strip("-")
    if len(slug) > limit:
        cut = slug[: limit + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:limit]
    return slug or "briefing"
