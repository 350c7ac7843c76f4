"""Files beside the audio: the JSON sidecar, WebVTT and SRT captions (``captions`` cuts
the cues), the words with their times, a Podcasting 2.0 JSON transcript, an Audacity label
track and Podcasting 2.0 JSON chapters."""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING

from ..clock.timing import SegmentTime, SentenceTime, Timeline
from ..script.templates import Script, Segment, running_items
from .captions import Cue

if TYPE_CHECKING:  # read here, never built: kept out of every run's start-up
    from ..audio.loudness import Loudness, Measured
    from ..ingest.article import Article
    from ..voices.profiles import Cast


class Sidecar(str, Enum):
    JSON = "json"
    VTT = "vtt"
    SRT = "srt"
    LABELS = "labels"
    CHAPTERS = "chapters"
    WORDS = "words"
    TRANSCRIPT = "transcript"

    @property
    def suffix(self) -> str:
        return {"json": ".json", "vtt": ".vtt", "srt": ".srt", "labels": ".labels.txt",
                "chapters": ".chapters.json", "words": ".words.json",
                "transcript": ".transcript.json"}[self.value]


def _clock(seconds: float, separator: str) -> str:
    millis = int(round(seconds * 1000))
    h, rest = divmod(millis, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{separator}{ms:03d}"


def vtt(cues: Sequence[Cue]) -> str:
    """WebVTT captions (``&``, ``<`` and ``>`` escaped: a reader takes them for markup, and
    "-->" in a cue's text for its timing)."""
    body = [f"{_clock(c.start, '.')} --> {_clock(c.end, '.')}\n" +
            "\n".join(_escaped(line) for line in c.lines) for c in cues]
    return "WEBVTT\n\n" + "\n\n".join(body) + "\n"


def _escaped(line: str) -> str:
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def srt(cues: Sequence[Cue]) -> str:
    """SubRip captions."""
    body = [f"{i}\n{_clock(c.start, ',')} --> {_clock(c.end, ',')}\n" +
            "\n".join(line.replace("-->", "->") for line in c.lines)
            for i, c in enumerate(cues, start=1)]
    return "\n\n".join(body) + "\n"


def transcript(sentences: Sequence[SentenceTime], speakers: dict[str, str]) -> str:
    """A Podcasting 2.0 JSON transcript (``<podcast:transcript type="application/json">``):
    a segment per word, with its speaker (``speakers``: segment id -> name)."""
    segments = [{"speaker": speakers.get(s.segment, ""), "startTime": w.start,
                 "endTime": w.end, "body": w.text}
                for s in sentences for w in (s.words or ())]
    return json.dumps({"version": "1.0.0", "segments": segments}, indent=1,
                      ensure_ascii=False) + "\n"


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


def _segment_json(segment: Segment, start: float, end: float, cast: Cast) -> dict:
    return {"id": segment.id, "title": segment.title, "role": segment.role,
            "voice": cast.voice(segment.role).name,
            "start": round(start, 6), "end": round(end, 6), "text": segment.text,
            "copy": " ".join(segment.copy), "sources": list(segment.sources),
            # The article's words where the copy rewrote them for the ear.
            "as_written": " ".join(segment.written or segment.copy)}


def _header(script: Script, article: Article, cast: Cast) -> dict:
    return {"title": script.title, "source": article.source, "byline": article.byline,
            "published": article.published.isoformat() if article.published else None,
            "template": script.template, "voice": cast.name}


def sidecar_json(script: Script, article: Article, cast: Cast, timeline: Timeline, rate: int,
                 target: float, loudness: Loudness, heard: Measured | None,
                 sentences: tuple[SentenceTime, ...]) -> dict:
    """The JSON sidecar: the script with measured times (``target`` is the programme's
    length asked for), the mix's loudness and the MP3's as decoded (``heard``), each
    sentence's time (shape in ARCHITECTURE.md)."""
    segments = zip(script.segments, timeline.segments, strict=True)
    measured = loudness.as_dict() | ({"mp3": heard.as_dict()} if heard else {})
    return {**_header(script, article, cast), "rate_wpm": rate, "target_seconds": target,
            "duration_seconds": round(timeline.total, 6),
            **_running_order(script, timeline),
            "segments": [_segment_json(seg, t.start, t.end, cast) for seg, t in segments],
            "loudness": measured,
            "sentences": [{"segment": s.segment, "start": s.start, "end": s.end,
                           "text": s.text, "words": _words(s)} for s in sentences]}


def _running_order(script: Script, timeline: Timeline) -> dict:
    """A bulletin's items in order, each with its time and segments; nothing for a single
    briefing."""
    segs, times = script.segments, timeline.segments
    if not any(seg.item for seg in segs):
        return {}
    origins = dict(script.origins)
    return {"running_order": [
        {"id": key, "title": segs[m[0]].title, "start": round(times[m[0]].start, 6),
         "end": round(times[m[-1]].end, 6), "segments": [segs[i].id for i in m],
         **({"source": origins[key]} if key in origins else {})}
        for key, m in running_items(segs)]}


def _words(sentence: SentenceTime) -> list[dict]:
    return [{"w": w.text, "start": w.start, "end": w.end} for w in sentence.words]


def words(sentences: Sequence[SentenceTime]) -> str:
    """Every spoken word with its segment and times, seconds in the file."""
    return json.dumps({"words": [{"segment": s.segment, **row} for s in sentences
                                 for row in _words(s)]}, indent=1, ensure_ascii=False) + "\n"


def preview_json(script: Script, article: Article, cast: Cast, timeline: Timeline,
                 target: float) -> dict:
    """The preview: the sidecar's shape with estimated times and word counts."""
    segments = zip(script.segments, timeline.segments, strict=True)
    dateline = article.dateline
    return {**_header(script, article, cast), "kind": article.kind.value,
            "standfirst": article.standfirst,
            "dateline": {"place": dateline.place, "agency": dateline.agency} if dateline else None,
            "target_seconds": target, "estimated_seconds": round(timeline.total, 3),
            "segments": [{**_segment_json(seg, t.start, t.end, cast), "words": seg.words}
                         for seg, t in segments]}
