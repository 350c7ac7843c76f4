"""Assembly: sentence audio joined with pauses (pydub), and the fit of pauses to the clock."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .export import OUTPUT_RATE
from .ranges import pause_scale
from .script import Segment
from .timing import SegmentTime, SentenceTime, Timeline
from .tts import AudioChunk

with warnings.catch_warnings():
    # pydub looks for ffmpeg at import; briefing never asks pydub to run it.
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from pydub import AudioSegment



@dataclass(frozen=True)
class Rendered:
    """The assembled voice track and where each segment and sentence sits in the programme."""

    samples: np.ndarray
    """Mono float samples in [-1, 1] at ``rate``: the voice alone, no offset."""
    rate: int
    timeline: Timeline
    sentences: tuple[SentenceTime, ...]
    pause_scale: float
    """Factor applied to the voice's pauses to meet the target."""


def assemble(segments: Sequence[Segment], chunks: Sequence[Sequence[AudioChunk]],
             sentence_pause: float, target: float, offset: float = 0.0,
             rate: int = OUTPUT_RATE) -> Rendered:
    """Join each segment's sentence audio; pauses scaled so the voice meets ``target``.

    ``offset`` (seconds) is added to every time: whatever plays before the voice (an
    intro, the MP3 encoder's delay), so times are where a listener hears them.
    """
    source_rate = chunks[0][0].sample_rate if chunks and chunks[0] else 22050
    speech = sum(c.seconds for seg in chunks for c in seg)
    pauses = sum(sentence_pause * (len(seg) - 1) for seg in chunks)
    pauses += sum(s.pause_after for s in segments[:-1])
    scale = pause_scale(speech, pauses, target)

    pcm = bytearray()
    starts: list[float] = []
    spoken: list[SentenceTime] = []
    for i, (segment, audio) in enumerate(zip(segments, chunks, strict=True)):
        starts.append(len(pcm) / 2 / source_rate)
        for j, (chunk, text) in enumerate(zip(audio, segment.sentences, strict=True)):
            begin = len(pcm) / 2 / source_rate
            pcm += chunk.pcm
            spoken.append(SentenceTime(segment.id, text, round(begin + offset, 6),
                                       round(len(pcm) / 2 / source_rate + offset, 6)))
            if j < len(audio) - 1:
                pcm += _silence(sentence_pause * scale, source_rate)
        if i < len(segments) - 1:
            pcm += _silence(segment.pause_after * scale, source_rate)
    total = len(pcm) / 2 / source_rate
    times = []
    for i, segment in enumerate(segments):
        end = starts[i + 1] if i + 1 < len(starts) else total
        times.append(SegmentTime(segment.id, round(starts[i] + offset, 6),
                                 round(end + offset, 6)))
    audio = AudioSegment(data=bytes(pcm), sample_width=2, frame_rate=source_rate, channels=1)
    audio = audio.set_frame_rate(rate)
    samples = np.frombuffer(audio.raw_data, dtype="<i2").astype(np.float64) / 32768.0
    timeline = Timeline(tuple(times), round(total + offset, 6), measured=True)
    return Rendered(samples, rate, timeline, tuple(spoken), scale)


def _silence(seconds: float, rate: int) -> bytes:
    return b"\x00\x00" * max(0, round(seconds * rate))
