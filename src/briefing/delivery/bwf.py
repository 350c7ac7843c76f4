"""Broadcast WAV for playout systems: PCM with `bext` (EBU Tech 3285 v2), AES46 `cart`,
one `cue ` point per segment and a `LIST`/`adtl` `labl` naming each."""

from __future__ import annotations

import datetime as dt
import struct
from dataclasses import dataclass, field

import numpy as np

from ..core import pcm


@dataclass(frozen=True)
class Marker:
    """A named position in the audio, in samples from the start."""

    id: int
    label: str
    position: int


@dataclass(frozen=True)
class Bext:
    description: str
    originator: str
    originator_reference: str
    created: dt.datetime
    loudness_lufs: float | None = None
    true_peak_dbtp: float | None = None
    coding_history: str = ""


@dataclass(frozen=True)
class Cart:
    """AES46 cart fields. Timers are (usage, sample) pairs: usage is a four-character
    code such as "INT " (end of the intro), "SEG " (segue point), "AUDs"/"AUDe"."""

    title: str
    artist: str
    cut_id: str = ""
    client_id: str = ""
    category: str = "NEWS"
    classification: str = ""
    out_cue: str = ""
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    producer_app: str = "briefing"
    producer_version: str = ""
    user_def: str = ""
    timers: tuple[tuple[str, int], ...] = field(default_factory=tuple)
    url: str = ""
    tag_text: str = ""


def _text(value: str, size: int) -> bytes:
    return value.encode("ascii", "replace")[:size].ljust(size, b"\0")


def _chunk(fourcc: bytes, body: bytes) -> bytes:
    data = fourcc + struct.pack("<I", len(body)) + body
    return data + (b"\0" if len(body) % 2 else b"")


def _centi(value: float | None) -> int:
    """Loudness fields are hundredths of a dB; 0x7FFF means not measured."""
    return 0x7FFF if value is None else int(round(value * 100))


def bext_chunk(info: Bext) -> bytes:
    body = b"".join([
        _text(info.description, 256), _text(info.originator, 32),
        _text(info.originator_reference, 32), _text(info.created.strftime("%Y-%m-%d"), 10),
        _text(info.created.strftime("%H:%M:%S"), 8), struct.pack("<II", 0, 0),
        struct.pack("<H", 2), b"\0" * 64,
        struct.pack("<hhhhh", _centi(info.loudness_lufs), 0x7FFF, _centi(info.true_peak_dbtp),
                    0x7FFF, 0x7FFF),
        b"\0" * 180, info.coding_history.encode("ascii", "replace"),
    ])
    return _chunk(b"bext", body)


def cart_chunk(info: Cart) -> bytes:
    def date(value: dt.datetime | None) -> tuple[bytes, bytes]:
        if value is None:
            return _text("", 10), _text("", 8)
        return _text(value.strftime("%Y/%m/%d"), 10), _text(value.strftime("%H:%M:%S"), 8)

    timers = b"".join(_text(usage, 4) + struct.pack("<I", max(0, value))
                      for usage, value in info.timers[:8])
    timers = timers.ljust(64, b"\0")
    body = b"".join([
        b"0101", _text(info.title, 64), _text(info.artist, 64), _text(info.cut_id, 64),
        _text(info.client_id, 64), _text(info.category, 64), _text(info.classification, 64),
        _text(info.out_cue, 64), *date(info.start), *date(info.end),
        _text(info.producer_app, 64), _text(info.producer_version, 64),
        _text(info.user_def, 64), struct.pack("<i", 0), timers, b"\0" * 276,
        _text(info.url, 1024), info.tag_text.encode("ascii", "replace") + b"\r\n",
    ])
    return _chunk(b"cart", body)


def cue_chunks(markers: list[Marker]) -> bytes:
    cues = struct.pack("<I", len(markers)) + b"".join(
        struct.pack("<II4sIII", m.id, m.position, b"data", 0, 0, m.position) for m in markers)
    labels = b"".join(
        _chunk(b"labl", struct.pack("<I", m.id) + m.label.encode("utf-8") + b"\0")
        for m in markers)
    return _chunk(b"cue ", cues) + _chunk(b"LIST", b"adtl" + labels)


def wav_bytes(samples: np.ndarray, rate: int, bits: int, bext: Bext, cart: Cart,
              markers: list[Marker], channels: int = 1) -> bytes:
    """A complete Broadcast WAV file."""
    block = channels * bits // 8
    fmt = _chunk(b"fmt ", struct.pack("<HHIIHH", 1, channels, rate, rate * block, block, bits))
    data = pcm.encode(samples, bits, channels)
    # Joined once: the audio is most of the file, and each `+` would copy it again.
    parts = [b"WAVE", fmt, bext_chunk(bext), cart_chunk(cart),
             b"data" + struct.pack("<I", len(data)), data, b"\0" * (len(data) % 2),
             cue_chunks(markers)]
    size = sum(len(part) for part in parts)
    return b"".join([b"RIFF", struct.pack("<I", size), *parts])
