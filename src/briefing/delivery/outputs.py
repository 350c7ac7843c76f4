"""Which files a run writes, and where: known before any audio is made, so a run can
refuse an output that is in the way before doing the work."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .captions import CaptionStyle
from .id3 import DEFAULT_ID3_VERSION
from .sidecars import Sidecar


@dataclass(frozen=True)
class Deliverables:
    """Which files a run writes and how (``config.Settings.deliverables`` makes it)."""

    mp3: bool
    wav: bool
    mp3_rate: int
    bitrate: int
    """MP3 bitrate, kbps (CBR)."""
    channels: int
    """1, or 2 for the same programme on both channels."""
    wav_rate: int
    wav_bits: int
    sidecars: tuple[Sidecar, ...]
    captions: CaptionStyle = CaptionStyle()
    """How VTT and SRT cues are cut."""
    cart_id: str = ""
    """The WAV's AES46 CutID (a playout system's cart number); the template's name if
    none."""
    kill_after: float = 24.0
    """Hours from now until the cart's end date (its kill date)."""
    id3_version: int = DEFAULT_ID3_VERSION
    """The MP3's ID3v2 version: 4, or 3 for players that read only v2.3."""


def output_paths(out: Deliverables, stem: Path) -> list[Path]:
    """The files a run writes for ``stem``, audio first."""
    audio = [stem.with_name(stem.name + s) for s, on in
             ((".mp3", out.mp3), (".wav", out.wav)) if on]
    return audio + [stem.with_name(stem.name + kind.suffix) for kind in out.sidecars]
