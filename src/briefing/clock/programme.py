"""The programme's clock: one value for every length a run speaks of.

A listener hears, from the first moment of the file: the silence an MP3 decoder plays
before the first sample (the encoder's delay), the intro, the voice, then the outro. The
length asked for (``-d``) is all of it; the planner and the fit aim the voice at what is
left (``voice``), and every time the voice's timeline gives is placed in the file by
``placed``. Preview, make, script files and every deliverable read their times here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .timing import SegmentTime, Timeline


@dataclass(frozen=True)
class Clock:
    """A programme's length and what plays around the voice, seconds."""

    programme: float
    """The length asked for: the whole file as a listener hears it."""
    intro: float = 0.0
    outro: float = 0.0
    encoder_delay: float = 0.0
    """Silence an MP3 decoder plays before the first sample (none without an MP3)."""

    @property
    def voice(self) -> float:
        """The voice's share: what the planner and the fit aim at."""
        return self.programme - self.intro - self.outro - self.encoder_delay

    @property
    def voice_starts(self) -> float:
        """Where the voice starts in the file: after the decoder's delay and the intro."""
        return self.encoder_delay + self.intro

    def in_voice(self, t: float) -> float:
        """A time in the file as a time in the voice track."""
        return t - self.voice_starts

    def heard(self, written: float) -> float:
        """How long the file plays, from the seconds of audio written into it."""
        return round(self.encoder_delay + written, 6)

    def placed(self, voice: Timeline, total: float | None = None) -> Timeline:
        """A voice timeline (from zero) placed in the file: every time after the lead-in,
        the total with the outro counted (or ``total``, when measured)."""
        segments = tuple(SegmentTime(t.id, round(t.start + self.voice_starts, 3),
                                     round(t.end + self.voice_starts, 3))
                         for t in voice.segments)
        whole = total if total is not None else voice.total + self.voice_starts + self.outro
        return Timeline(segments, round(whole, 3), measured=voice.measured)
