"""Assembly: sentence audio joined with pauses, and the fit of pauses to the clock."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..clock.ranges import pause_scale
from ..clock.timing import SegmentTime, SentenceTime, Timeline
from ..script.templates import Segment
from ..voices.tts import AudioChunk, Word
from ..voices.tts.words import relabel
from .level import sentence_gains
from .rate import OUTPUT_RATE
from .resample import resample


@dataclass(frozen=True)
class Rendered:
    """The assembled voice track and where each segment and sentence sits in the programme."""

    samples: np.ndarray
    """Mono float32 samples in [-1, 1] at ``rate``: the voice alone, no offset."""
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
    speech = sum(c.seconds for seg in chunks for c in seg) + sum(s.hold for s in segments)
    pauses = sum(sentence_pause * max(0, len(seg) - 1) for seg in chunks)
    pauses += sum(s.pause_after for s in segments[:-1])
    scale = pause_scale(speech, pauses, target)

    # The voice at the engines' rate, then the one resampler (``audio.resample``): float32
    # throughout, as the engines give it.
    pieces: list[np.ndarray] = []
    done = 0  # source samples so far

    def add(part: np.ndarray) -> None:
        nonlocal done
        if part.size:
            pieces.append(part)
        done += part.size

    starts: list[float] = []
    spoken: list[SentenceTime] = []
    spans: list[tuple[int, int]] = []  # each sentence's samples in the joined voice
    for i, (segment, audio) in enumerate(zip(segments, chunks, strict=True)):
        starts.append(done / source_rate)
        for j, (chunk, text) in enumerate(zip(audio, segment.sentences, strict=True)):
            begin = done / source_rate
            spans.append((done, done + chunk.samples.size))
            add(np.asarray(chunk.samples, dtype=np.float32))
            at = begin + offset
            words = tuple(Word(w.text, round(w.start + at, 6), round(w.end + at, 6))
                          for w in relabel(chunk.words, text))
            spoken.append(SentenceTime(segment.id, text, round(at, 6),
                                       round(done / source_rate + offset, 6), words))
            if j < len(audio) - 1:
                add(_silence(sentence_pause * scale, source_rate))
        add(_silence(segment.hold, source_rate))  # a sting plays here: its length, unscaled
        if i < len(segments) - 1:
            add(_silence(segment.pause_after * scale, source_rate))
    total = done / source_rate
    times = []
    for i, segment in enumerate(segments):
        end = starts[i + 1] if i + 1 < len(starts) else total
        times.append(SegmentTime(segment.id, round(starts[i] + offset, 6),
                                 round(end + offset, 6)))
    voice = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.float32)
    pieces.clear()
    # An even level from sentence to sentence (``level``), before the programme's is set.
    for (a, b), gain in zip(spans, sentence_gains([voice[a:b] for a, b in spans], source_rate),
                            strict=True):
        voice[a:b] *= np.float32(gain)
    samples = resample(voice, source_rate, rate)
    del voice
    timeline = Timeline(tuple(times), round(total + offset, 6), measured=True)
    return Rendered(samples, rate, timeline, tuple(spoken), scale)


AUDIBLE = 10 ** (-60 / 20)
"""A voice whose loudest sample stays under -60 dBFS said nothing a listener would hear."""


def audible(samples: np.ndarray) -> bool:
    """Whether the track has anything a listener would hear (max and min: no copy)."""
    return samples.size > 0 and max(float(samples.max()), -float(samples.min())) >= AUDIBLE


def _silence(seconds: float, rate: int) -> np.ndarray:
    return np.zeros(max(0, round(seconds * rate)), dtype=np.float32)
