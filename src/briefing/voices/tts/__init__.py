"""Speech engines: one protocol, chosen by name from a registry; imports happen on first use."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ...core.errors import EngineError
from ..profiles import Voice

if TYPE_CHECKING:  # numpy loads with the engines, not with every import of this module
    import numpy as np


@dataclass(frozen=True)
class Word:
    """One spoken word and when it is heard, seconds from its chunk's first sample."""

    text: str
    start: float
    end: float


@dataclass(frozen=True)
class AudioChunk:
    """Speech for one piece of text, as the engine made it."""

    samples: np.ndarray
    """Mono float32 samples in [-1, 1]: the value every stage passes on (PCM is made
    only where a file is written, ``pcm``)."""
    sample_rate: int
    text: str
    """What was spoken."""
    words: tuple[Word, ...] = ()
    """Each word of ``text`` (as the engine was given it) with its time, in order."""

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.sample_rate

    @property
    def pcm(self) -> bytes:
        """16-bit signed PCM, for a WAV writer or an encoder."""
        from ...core.pcm import encode

        return encode(self.samples, 16)


class Engine(Protocol):
    """Turns text into audio with one voice profile."""

    def synthesize(self, text: str) -> AudioChunk:
        """Speak ``text`` (one sentence or more) and return all of its audio, verified."""
        ...


MAX_WORDS = 1000
"""Words one call may voice (espeak crashes on some ten thousand)."""


def check_length(text: str) -> None:
    """An EngineError for text too long to voice in one piece."""
    words = len(text.split())
    if words > MAX_WORDS:
        raise EngineError(f"a sentence of {words} words is too long to voice (at most "
                          f"{MAX_WORDS}): split it, e.g. at its commas: {text[:50]!r}")


# name -> "module:Class"; a new engine is one line here and one module.
ENGINES: dict[str, str] = {
    "pyttsx3": "briefing.voices.tts.espeak:Pyttsx3Engine",
    "piper": "briefing.voices.tts.piper:PiperEngine",
}
# name -> the packages it needs at run time (checked without importing them).
REQUIRES: dict[str, tuple[str, ...]] = {
    "pyttsx3": ("pyttsx3", "espeakng_loader"),
    "piper": ("piper", "onnxruntime"),
}


def engine_installed(name: str, voice_id: str | None = None) -> bool:
    """Whether an engine's packages (and a packaged voice) are importable, without
    importing them."""
    import importlib.util

    needed = list(REQUIRES.get(name, ()))
    if name == "piper" and voice_id and not voice_id.endswith(".onnx"):
        needed.append(voice_id.replace("-", "_"))
    return name in ENGINES and all(importlib.util.find_spec(m) is not None for m in needed)


def get_engine(voice: Voice) -> Engine:
    """The engine a voice profile names, configured for that voice."""
    target = ENGINES.get(voice.engine)
    if target is None:
        known = ", ".join(sorted(ENGINES))
        raise EngineError(f"voice profile {voice.path} names unknown engine "
                          f"'{voice.engine}' (known engines: {known})")
    module_name, cls_name = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise EngineError(f"engine '{voice.engine}' is not installed ({exc.name} is missing): "
                          f"reinstall briefing with `pip install briefing`") from exc
    return getattr(module, cls_name)(voice)
