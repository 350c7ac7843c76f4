"""The finished programme to files: MP3 with chapters, Broadcast WAV with markers, and
the sidecars asked for, all written together and atomically."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .. import __version__
from ..audio.loudness import Loudness, Measured
from ..audio.resample import resample
from ..clock.timing import Timeline
from ..core import pcm
from ..core.errors import LoudnessError
from ..core.files import Output, write_all
from ..script.templates import Script, nests, running_items
from .bwf import Bext, Cart, Marker, wav_bytes
from .captions import cues
from .export import encode_mp3, encode_mp3_heard, encoder_gain
from .id3 import Id3Tag
from .outputs import Deliverables
from .sidecars import Sidecar, chapters, labels, srt, transcript, vtt, words


@dataclass(frozen=True)
class Programme:
    """The mixed, loudness-normalised programme and where everything sits in it."""

    samples: np.ndarray
    """Mono float samples at ``rate``, starting at time zero of the timeline."""
    rate: int
    script: Script
    timeline: Timeline
    sentences: tuple
    """audio.SentenceTime per spoken sentence."""
    loudness: Loudness
    title: str
    artist: str | None
    published: dt.date | None
    speakers: dict[str, str] = field(default_factory=dict)
    """Who speaks each segment (segment id -> the voice's name), for the transcript."""


@dataclass(frozen=True)
class Delivered:
    """What deliver wrote, and what the files measure as delivered."""

    files: tuple[Path, ...]
    """Audio first, then sidecars."""
    loudness: Loudness
    """The programme's loudness, its true peak measured."""
    mp3: Measured | None
    """The MP3's loudness as a listener's decoder plays it; None without an MP3 or a
    loudness preset."""


SidecarJson = Callable[[Loudness, Measured | None], dict]
"""The JSON sidecar, built once the programme's and the MP3's loudness are measured."""


def deliver(programme: Programme, out: Deliverables, stem: Path, sidecar: SidecarJson,
            mp3_delay: float, protect: tuple[Path, ...] | list[Path] = ()) -> Delivered:
    """Write every file for the programme, all at once; returns what was written and what
    the MP3 measures once decoded (which the JSON sidecar is built with).

    ``mp3_delay`` is the encoder delay the MP3 decoder will play as silence; the samples
    already start with that much silence removed, so the MP3 gets them as they are and
    the WAV gets the silence written in: both files then share one timeline.
    """
    from concurrent.futures import ThreadPoolExecutor

    outputs: list[Output] = []
    segs = programme.script.segments
    times = programme.timeline.segments
    measured: Measured | None = None
    # The programme's own true peak, if left for now, is measured while LAME encodes.
    with ThreadPoolExecutor(max_workers=1) as pool:
        master = pool.submit(programme.loudness.measured, programme.samples)
        if out.mp3:
            audio = resample(programme.samples, programme.rate, out.mp3_rate)
            mp3, measured = _mp3_on_target(audio, out, programme.loudness)
            chapter_rows = tuple((s.id, s.title, t.start, t.end)
                                 for s, t in zip(segs, times, strict=True))
            tags = Id3Tag(programme.title, programme.artist, programme.published,
                          chapter_rows, out.id3_version,
                          tuple((segs[m[0]].title, tuple(m)) for item, m in
                                running_items(segs) if nests(segs, item, m)))
            outputs.append(Output(stem.with_name(stem.name + ".mp3"), mp3, tags))
        loud = master.result()
    programme = dataclasses.replace(programme, loudness=loud)
    if out.wav:
        rate = out.wav_rate
        audio = resample(programme.samples, programme.rate, rate)
        lead = np.zeros(int(round(mp3_delay * rate)))
        markers = [Marker(i + 1, f"{s.id}: {s.title}", int(round(t.start * rate)))
                   for i, (s, t) in enumerate(zip(segs, times, strict=True))]
        outputs.append(Output(stem.with_name(stem.name + ".wav"), wav_bytes(
            np.concatenate([lead, audio]), rate, out.wav_bits,
            _bext(programme, out), _cart(programme, out, rate), markers,
            out.channels)))
    end = programme.timeline.total  # captions stay inside the audio
    for kind in out.sidecars:
        text = {
            Sidecar.JSON: lambda: json.dumps(sidecar(loud, measured), indent=2,
                                             ensure_ascii=False) + "\n",
            Sidecar.VTT: lambda: vtt(cues(programme.sentences, out.captions, end)),
            Sidecar.SRT: lambda: srt(cues(programme.sentences, out.captions, end)),
            Sidecar.WORDS: lambda: words(programme.sentences),
            Sidecar.TRANSCRIPT: lambda: transcript(programme.sentences, programme.speakers),
            Sidecar.LABELS: lambda: labels(segs, times),
            Sidecar.CHAPTERS: lambda: chapters(segs, times),
        }[kind]()
        outputs.append(Output(stem.with_name(stem.name + kind.suffix), text.encode("utf-8")))
    write_all(outputs, protect)
    return Delivered(tuple(o.path for o in outputs), loud, measured)


MP3_TOLERANCE = 0.1
"""LU (and dB over the ceiling) the decoded MP3 may miss by before it is encoded again."""
MP3_TRIES = 3
"""Times the MP3 is limited and encoded again before a miss of the ceiling is refused
(coding at 64 kbps can add a dB of peaks, and more after each correction)."""


def _mp3_on_target(audio: np.ndarray, out: Deliverables,
                   loud: Loudness) -> tuple[bytes, Measured | None]:
    """The MP3, and what it measures as a listener decodes it.

    LAME scales its input down (0.95 at 128 kbps), so the programme is raised by as much
    first; coding also adds peaks, which HEADROOM normally absorbs. If the decoded file
    still misses the target or the ceiling, it is gained by the miss, limited under the
    ceiling less the overshoot, and encoded again (MP3_TRIES at most). PCM is made and the
    MP3 decoded a block at a time: a long programme is not held again whole, gained, as PCM
    or decoded.
    """
    from ..audio.loudness import BLOCK, integrated, limit_to, measure, true_peak

    rate, channels = out.mp3_rate, out.channels

    def pieces(samples: np.ndarray, lame: float = 1.0):  # noqa: ANN202 - PCM pieces
        return (pcm.encode(np.asarray(samples[i:i + BLOCK], dtype=np.float64) / lame, 16,
                           channels) for i in range(0, len(samples), BLOCK))

    def encode_measured(samples: np.ndarray, lame: float = 1.0) -> tuple[bytes, float, float]:
        data, (level, peak) = encode_mp3_heard(pieces(samples, lame), rate, out.bitrate,
                                               channels, lambda blocks: measure(blocks, rate))
        return data, level, peak

    if loud.target_lufs is None or loud.ceiling_dbtp is None:
        return encode_mp3(pieces(audio), rate, out.bitrate, channels), None
    lame = encoder_gain(rate, out.bitrate, channels)
    mp3, level, peak = encode_measured(audio, lame)
    for _ in range(MP3_TRIES):
        miss = loud.target_lufs - level
        if abs(miss) <= MP3_TOLERANCE and peak <= loud.ceiling_dbtp:
            break
        over = max(0.0, peak + miss - (loud.ceiling_dbtp - MP3_TOLERANCE))
        # limit_to's levels are absolute, so the programme aimed as much higher as LAME's
        # scaling lowers it gives what the raised copy would, without making that copy.
        raised = -20 * float(np.log10(lame))
        audio, _, _ = limit_to(audio, rate, integrated(audio, rate) + raised + miss,
                               true_peak(audio) + raised + miss - over)
        lame = 1.0  # the copy made is raised already
        mp3, level, peak = encode_measured(audio)
    if peak > loud.ceiling_dbtp:
        # Out of spec as a listener's decoder plays it: refused, not delivered quietly.
        raise LoudnessError(
            f"the MP3 peaks at {peak:.2f} dBTP as decoded, over the {loud.preset} ceiling of "
            f"{loud.ceiling_dbtp:.1f} dBTP, even limited again; nothing was written: lower "
            "the music (a lower --bed-level, a quieter intro or outro) or choose --loudness ebu")
    return mp3, Measured(level, peak)


def _bext(programme: Programme, out: Deliverables) -> Bext:
    loud = programme.loudness
    return Bext(
        description=programme.title, originator=programme.artist or "briefing",
        originator_reference=f"briefing-{programme.script.template}",
        created=dt.datetime.now().replace(microsecond=0),
        loudness_lufs=loud.integrated_lufs, true_peak_dbtp=loud.true_peak_dbtp,
        coding_history=f"A=PCM,F={out.wav_rate},W={out.wav_bits},"
                       f"M={'mono' if out.channels == 1 else 'stereo'},"
                       f"T=briefing {__version__}; loudness {loud.preset}")


def _cart(programme: Programme, out: Deliverables, rate: int) -> Cart:
    """Cart timers: AUDs/AUDe bound the audio, INT is where the first segment's speech
    ends its intro role (the lead's end), SEG the start of the sign-off (segue point)."""
    times = programme.timeline.segments
    total = int(round(programme.timeline.total * rate))
    timers = [("AUDs", int(round(times[0].start * rate)) if times else 0), ("AUDe", total)]
    if times:
        timers.append(("INT ", int(round(times[0].end * rate))))
        timers.append(("SEG ", int(round(times[-1].start * rate))))
    now = dt.datetime.now().replace(microsecond=0)
    return Cart(title=programme.title, artist=programme.artist or "", category="NEWS",
                cut_id=out.cart_id or programme.script.template,
                out_cue=programme.script.segments[-1].text[-64:]
                if programme.script.segments else "", start=now,
                end=now + dt.timedelta(hours=out.kill_after), producer_version=__version__,
                timers=tuple(timers))
