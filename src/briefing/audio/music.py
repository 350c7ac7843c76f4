"""Music around and under the voice: an intro and outro stinger, and a bed ducked under
speech. Decoding via miniaudio (WAV, MP3, FLAC, Vorbis), mixing in numpy."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..core.errors import OptionError

FADE = 0.15
"""Seconds for the bed's fades and for ducking in and out around speech."""


@dataclass(frozen=True)
class Music:
    """The music a briefing uses; any part may be absent."""

    intro: np.ndarray | None = None
    outro: np.ndarray | None = None
    bed: np.ndarray | None = None
    bed_level_db: float = -20.0
    """The bed's level between phrases, dB relative to full scale of the file."""
    duck_db: float = 12.0
    """How far the bed drops under speech, dB."""

    def seconds(self, rate: int) -> tuple[float, float]:
        """Intro and outro lengths."""
        return (len(self.intro) / rate if self.intro is not None else 0.0,
                len(self.outro) / rate if self.outro is not None else 0.0)


MAX_LEVEL = 16.0
"""Sample values past this (+24 dBFS) are not audio levels but a broken file."""


def load(path: str | Path | None, rate: int, what: str, limit_seconds: float | None = None,
         whole: bool = False) -> np.ndarray | None:
    """A music file as mono float samples at ``rate``, decoded only up to ``limit_seconds``
    (what the clock can use); a clear error when it will not do. A ``whole`` file (a
    stinger) must fit within the limit; a bed is cut to it."""
    if path is None:
        return None
    import miniaudio

    p = Path(path)
    if not p.exists():
        raise OptionError(f"{what} file not found: {p} (give a WAV, MP3, FLAC or Ogg file)")
    if not p.is_file():
        raise OptionError(f"{what} file {p} is not a regular file (a folder, device or pipe): "
                          "give a WAV, MP3, FLAC or Ogg file")
    wanted = None if limit_seconds is None else int(limit_seconds * rate) + 1
    try:
        pieces, total = [], 0
        for block in miniaudio.stream_file(str(p), output_format=miniaudio.SampleFormat.FLOAT32,
                                           nchannels=1, sample_rate=rate, frames_to_read=rate):
            pieces.append(np.asarray(block, dtype=np.float32))
            total += len(block)
            if wanted is not None and total >= wanted:
                break
    except miniaudio.DecodeError as exc:
        reason = exc.args[0] if exc.args and isinstance(exc.args[0], str) else "no decoder"
        raise OptionError(f"{what} file {p} is not audio briefing can read ({reason}): use "
                          "WAV, MP3, FLAC or Ogg") from exc
    samples = np.concatenate(pieces).astype(np.float64) if pieces else np.zeros(0)
    if wanted is not None and samples.size >= wanted:
        if whole:
            raise OptionError(f"{what} file {p} runs longer than the whole briefing "
                              f"({limit_seconds:g} s): trim it, or give a longer -d")
        samples = samples[:wanted]
    if samples.size == 0:
        raise OptionError(f"{what} file {p} has no audio")
    if not np.isfinite(samples).all() or np.abs(samples).max() > MAX_LEVEL:
        raise OptionError(f"{what} file {p} has broken samples (not numbers, or far past full "
                          "scale): export it again from your audio editor")
    return samples


def _fit_length(bed: np.ndarray, length: int, rate: int, start: int = 0,
                end: int | None = None) -> np.ndarray:
    """Loop (with a short crossfade) or trim the bed to ``length`` samples; only samples
    ``start`` to ``end`` of the result, so a long programme's bed is made a block at a time."""
    end = length if end is None else min(end, length)
    size = bed.size
    fade = min(int(FADE * rate), size // 4)
    step = size - fade  # each repeat overlaps the last by a crossfade so the loop has no seam
    repeats = 1 + max(0, -(-(length - size) // step))
    at = np.arange(start, max(start, end))
    piece = np.where(at < size, 0, 1 + (at - size) // step)
    source = np.where(piece == 0, at, fade + (at - size) % step)
    out = bed[source]
    if fade:
        ramp = np.linspace(0.0, 1.0, fade)
        crossfade = bed[-fade:] * ramp[::-1] + bed[:fade] * ramp
        seam = (source >= size - fade) & (piece < repeats - 1)
        out[seam] = crossfade[source[seam] - (size - fade)]
    return out


def bed_gain(length: int, speech: list[tuple[float, float]], rate: int, level_db: float,
             duck_db: float, start: int = 0, end: int | None = None) -> np.ndarray:
    """Gain curve for the bed: ``level_db`` between phrases, ``duck_db`` lower under
    speech, ramps of FADE seconds, and fades in at the start and out at the end; only
    samples ``start`` to ``end`` of the ``length``, so a long programme's is made a block
    at a time."""
    end = length if end is None else min(end, length)
    ramp = max(1, int(FADE * rate))
    # The filters below reach this far: computed over that much more, the block's values
    # are those of the whole curve.
    lo, hi = max(0, start - 2 * ramp - 2), min(length, end + 2 * ramp + 2)
    duck = np.zeros(max(0, hi - lo))
    for first, last in speech:
        a, b = max(lo, int(first * rate)), min(hi, int(last * rate))
        if a < b:
            duck[a - lo:b - lo] = 1.0
    # Widen then smooth: the bed is already down when a phrase starts.
    from scipy.ndimage import maximum_filter1d, uniform_filter1d

    duck = uniform_filter1d(maximum_filter1d(duck, size=2 * ramp + 1), size=ramp)
    gain_db = level_db - duck_db * duck[start - lo:end - lo]
    gain = 10 ** (gain_db / 20)
    edge = min(ramp * 2, length // 2)
    if edge:
        at = np.arange(start, max(start, end))
        fade_in, fade_out = at < edge, at >= length - edge
        gain[fade_in] *= np.linspace(0.0, 1.0, edge)[at[fade_in]]
        gain[fade_out] *= np.linspace(1.0, 0.0, edge)[at[fade_out] - (length - edge)]
    return gain


MAX_SOUND = 120.0
"""The longest sound a running order plays as an item (a sting, a jingle, a clip)."""


def sound_seconds(path: str) -> float:
    """The length of a running order's sound, once it is known to play."""
    from .rate import OUTPUT_RATE

    samples = load(path, OUTPUT_RATE, "sound", limit_seconds=MAX_SOUND)
    assert samples is not None
    if samples.size > MAX_SOUND * OUTPUT_RATE:
        raise OptionError(f"sound file {path} runs longer than {MAX_SOUND:g} s: a running "
                          "order plays stings and short clips; trim it")
    return samples.size / OUTPUT_RATE


def play_sounds(voice: np.ndarray, rate: int, sounds: list[tuple[float, str]]
                ) -> list[tuple[float, float]]:
    """Each sound (its start in the voice track, seconds, and its file) played into the
    voice track in place, at its own level; the span each takes."""
    spans = []
    for start, path in sounds:
        samples = load(path, rate, "sound", limit_seconds=MAX_SOUND)
        assert samples is not None
        at = round(start * rate)
        part = samples[:max(0, voice.size - at)]
        voice[at:at + part.size] += part.astype(np.float32)
        spans.append((start, start + samples.size / rate))
    return spans


def mix(voice: np.ndarray, rate: int, music: Music, speech: list[tuple[float, float]],
        ) -> np.ndarray:
    """Intro, then the voice with the bed under it, then the outro (float32; the voice
    itself when there is no music)."""
    from .loudness import BLOCK

    parts = [p for p in (music.intro, voice, music.outro) if p is not None]
    bed = music.bed is not None and voice.size
    if len(parts) == 1 and not bed:
        return voice
    out = np.empty(sum(p.size for p in parts), dtype=np.float32)
    at = 0
    for part in parts:
        out[at:at + part.size] = part
        at += part.size
    if bed:
        lead = music.intro.size if music.intro is not None else 0
        for start in range(0, voice.size, BLOCK):
            end = min(voice.size, start + BLOCK)
            under = _fit_length(music.bed, voice.size, rate, start, end) * bed_gain(
                voice.size, speech, rate, music.bed_level_db, music.duck_db, start, end)
            out[lead + start:lead + end] = voice[start:end] + under
    return out
