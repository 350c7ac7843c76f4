"""Music around and under the voice: an intro and outro stinger, and a bed ducked under
speech. Decoding via miniaudio (WAV, MP3, FLAC, Vorbis), mixing in numpy."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import OptionError

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


def load(path: str | Path | None, rate: int, what: str) -> np.ndarray | None:
    """A music file as mono float samples at ``rate``; a clear error when it will not do."""
    if path is None:
        return None
    import miniaudio

    p = Path(path)
    if not p.is_file():
        raise OptionError(f"{what} file not found: {p} (give a WAV, MP3, FLAC or Ogg file)")
    try:
        decoded = miniaudio.decode_file(str(p), output_format=miniaudio.SampleFormat.FLOAT32,
                                        nchannels=1, sample_rate=rate)
    except miniaudio.DecodeError as exc:
        raise OptionError(f"{what} file {p} is not audio briefing can read: {exc} "
                          "(use WAV, MP3, FLAC or Ogg)") from exc
    samples = np.asarray(decoded.samples, dtype=np.float64)
    if samples.size == 0:
        raise OptionError(f"{what} file {p} has no audio")
    return samples


def _fit_length(bed: np.ndarray, length: int, rate: int) -> np.ndarray:
    """Loop (with a short crossfade) or trim the bed to ``length`` samples."""
    fade = min(int(FADE * rate), bed.size // 4)
    ramp = np.linspace(0.0, 1.0, fade)
    pieces = [bed.copy()]
    total = bed.size
    while total < length:
        # Each repeat overlaps the last by a crossfade so the loop has no seam.
        if fade:
            pieces[-1][-fade:] = pieces[-1][-fade:] * ramp[::-1] + bed[:fade] * ramp
        pieces.append(bed[fade:].copy())
        total += bed.size - fade
    return np.concatenate(pieces)[:length]


def bed_gain(length: int, speech: list[tuple[float, float]], rate: int, level_db: float,
             duck_db: float) -> np.ndarray:
    """Gain curve for the bed: ``level_db`` between phrases, ``duck_db`` lower under
    speech, ramps of FADE seconds, and fades in at the start and out at the end."""
    duck = np.zeros(length)
    for start, end in speech:
        a, b = max(0, int(start * rate)), min(length, int(end * rate))
        duck[a:b] = 1.0
    ramp = max(1, int(FADE * rate))
    # Widen then smooth: the bed is already down when a phrase starts.
    from scipy.ndimage import maximum_filter1d, uniform_filter1d

    duck = uniform_filter1d(maximum_filter1d(duck, size=2 * ramp + 1), size=ramp)
    gain_db = level_db - duck_db * duck
    gain = 10 ** (gain_db / 20)
    edge = min(ramp * 2, length // 2)
    if edge:
        gain[:edge] *= np.linspace(0.0, 1.0, edge)
        gain[-edge:] *= np.linspace(1.0, 0.0, edge)
    return gain


def mix(voice: np.ndarray, rate: int, music: Music, speech: list[tuple[float, float]],
        ) -> np.ndarray:
    """Intro, then the voice with the bed under it, then the outro."""
    body = voice.copy()
    if music.bed is not None and body.size:
        bed = _fit_length(music.bed, body.size, rate)
        body = body + bed * bed_gain(body.size, speech, rate, music.bed_level_db, music.duck_db)
    return np.concatenate([p for p in (music.intro, body, music.outro) if p is not None])
