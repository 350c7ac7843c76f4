"""Files beside the audio: the JSON sidecar, WebVTT and SRT captions (a cue per sentence),
an Audacity label track and Podcasting 2.0 JSON chapters."""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import Enum

from ..clock.timing import SegmentTime, SentenceTime
from ..script.templates import Segment


class Sidecar(str, Enum):
    JSON = "json"
    VTT = "vtt"
    SRT = "srt"
    LABELS = "labels"
    CHAPTERS = "chapters"

    @property
    def suffix(self) -> str:
        return {"json": ".json", "vtt": ".vtt", "srt": ".srt", "labels": ".labels.txt",
                "chapters": ".chapters.json"}[self.value]


def _clock(seconds: float, separator: str) -> str:
    millis = int(round(seconds * 1000))
    h, rest = divmod(millis, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{separator}{ms:03d}"


def vtt(sentences: Sequence[SentenceTime]) -> str:
    cues = [f"{_clock(s.start, '.')} --> {_clock(s.end, '.')}\n{s.text}" for s in sentences]
    return "WEBVTT\n\n" + "\n\n".join(cues) + "\n"


def srt(sentences: Sequence[SentenceTime]) -> str:
    cues = [f"{i}\n{_clock(s.start, ',')} --> {_clock(s.end, ',')}\n{s.text}"
            for i, s in enumerate(sentences, start=1)]
    return "\n\n".join(cues) + "\n"


def labels(segments: Sequence[Segment], times: Sequence[SegmentTime]) -> str:
    """Audacity's label track format: start, end, title, tab separated."""
    return "".join(f"{t.start:.6f}\t{t.end:.6f}\t{seg.title}\n"
                   for seg, t in zip(segments, times, strict=True))


def chapters(segments: Sequence[Segment], times: Sequence[SegmentTime]) -> str:
    """Podcasting 2.0 JSON chapters (podcast namespace, version 1.2.0)."""
    return json.dumps({"version": "1.2.0", "chapters": [
        {"startTime": round(t.start, 3), "title": seg.title}
        for seg, t in zip(segments, times, strict=True)]}, indent=2, ensure_ascii=False) + "\n"


def parse_list(text: str) -> tuple[Sidecar, ...]:
    """"json,vtt" -> (JSON, VTT); raises ValueError naming a bad entry."""
    out = []
    for name in (n.strip().lower() for n in text.split(",") if n.strip()):
        out.append(Sidecar(name))
    return tuple(dict.fromkeys(out))
