"""Assembly: sentence audio joined with pauses (pydub), and the fit of pauses to the clock."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass

from .ranges import pause_scale
from .script import Segment
from .timing import SegmentTime, Timeline
from .tts import AudioChunk

with warnings.catch_warnings():
    # pydub looks for ffmpeg at import; briefing never asks pydub to run it.
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from pydub import AudioSegment

OUTPUT_RATE = 44100


@dataclass(frozen=True)
class Rendered:
    """The assembled programme and where each segment sits in it."""

    audio: AudioSegment
    timeline: Timeline
    pause_scale: float
    """Factor applied to the voice's pauses to meet the target."""


def assemble(segments: Sequence[Segment], chunks: Sequence[Sequence[AudioChunk]],
             sentence_pause: float, target: float, offset: float = 0.0) -> Rendered:
    """Join each segment's sentence audio; pauses scaled so the total meets ``target``.

    ``offset`` (seconds) is added to every marker: the decoder delay of the encoding.
    """
    rate = chunks[0][0].sample_rate if chunks and chunks[0] else 22050
    speech = sum(c.seconds for seg in chunks for c in seg)
    pauses = sum(sentence_pause * (len(seg) - 1) for seg in chunks)
    pauses += sum(s.pause_after for s in segments[:-1])
    scale = pause_scale(speech, pauses, target)

    pcm = bytearray()
    starts: list[float] = []
    for i, (segment, audio) in enumerate(zip(segments, chunks, strict=False)):
        starts.append(len(pcm) / 2 / rate)
        for j, chunk in enumerate(audio):
            pcm += chunk.pcm
            if j < len(audio) - 1:
                pcm += _silence(sentence_pause * scale, rate)
        if i < len(segments) - 1:
            pcm += _silence(segment.pause_after * scale, rate)
    total = len(pcm) / 2 / rate
    times = []
    for i, segment in enumerate(segments):
        end = starts[i + 1] if i + 1 < len(starts) else total
        # Whole milliseconds: the resolution of ID3 CHAP frames, so both files agree.
        times.append(SegmentTime(segment.id, round(starts[i] + offset, 3), round(end + offset, 3)))
    audio = AudioSegment(data=bytes(pcm), sample_width=2, frame_rate=rate, channels=1)
    audio = audio.set_frame_rate(OUTPUT_RATE)
    timeline = Timeline(tuple(times), round(total + offset, 4), measured=True)
    return Rendered(audio, timeline, scale)


def _silence(seconds: float, rate: int) -> bytes:
    return b"\x00\x00" * max(0, round(seconds * rate))
