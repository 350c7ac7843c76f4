"""pyttsx3's espeak-ng driver, with espeak-ng itself from the espeakng-loader wheel.

pyttsx3's ``save_to_file`` can silently drop audio on espeak, so this engine
takes the samples from espeak's synth callback (the driver's own mechanism),
waits for the end-of-message event and checks every word was reached.
"""

from __future__ import annotations

import atexit
import ctypes
import functools
import hashlib
import os
import shutil
import tempfile
import threading
from pathlib import Path

import numpy as np

from ...core.errors import EngineError
from ..profiles import Voice
from . import AudioChunk, check_length
from .trim import trimmed
from .words import labelled, placed

SAMPLE_RATE = 22050

_lock = threading.Lock()
_driver = None  # pyttsx3 engine; espeak initialises once per process


def _espeak_modules():
    """Load libespeak-ng from espeakng-loader so pyttsx3 finds it by name, then pyttsx3."""
    global _driver
    try:
        import espeakng_loader
    except ImportError as exc:  # pragma: no cover - a dependency
        raise EngineError("espeak-ng is missing: `pip install espeakng-loader`") from exc
    os.environ.setdefault("ESPEAK_DATA_PATH", espeakng_loader.get_data_path())
    # Loaded RTLD_LOCAL: pyttsx3 finds it by soname, and its symbols do not interpose on
    # the espeak that Piper links in statically (that crashed Piper in the same process).
    ctypes.CDLL(espeakng_loader.get_library_path())
    import pyttsx3
    from pyttsx3.drivers import _espeak

    if _driver is None:
        _driver = pyttsx3.init("espeak")
    return _driver, _espeak, Path(espeakng_loader.get_data_path())


@atexit.register
def _release() -> None:
    """Drop the pyttsx3 engine while the interpreter is whole: its __del__ fails late."""
    global _driver
    _driver = None


def _variant(data_path: Path, voice: Voice) -> str:
    """The text of the espeak variant a profile names (``[engine_options] variant``, one of
    espeak-ng's voices/!v: "klatt4", "m3"...), to follow the language's voice file."""
    name = voice.options.get("variant")
    if name is None:
        return ""
    folder = data_path / "voices" / "!v"
    known = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
    if not isinstance(name, str) or name not in known:
        raise EngineError(f"voice profile {voice.path}: [engine_options] variant = {name!r} "
                          f"is not an espeak-ng variant (e.g. {', '.join(known[:6])}...)")
    lines = (folder / name).read_text(encoding="utf-8", errors="replace").splitlines()
    # Its own name and "language variant" would rename the voice: the rest is its sound.
    return "\n".join(line for line in lines if not line.startswith(("name", "language")))


def _steady_voice_file(data_path: Path, voice_id: str, variant: str = "") -> Path | None:
    """A copy of the espeak voice with pitch flutter off.

    espeak's flutter table keeps its position between utterances, so the same
    sentence comes out 10-30 ms longer or shorter from one call to the next.
    Without flutter every render of a text has the same length.
    """
    lang_dir = data_path / "lang"
    wanted = voice_id.lower()
    for path in lang_dir.rglob("*"):
        if path.is_file() and str(path.relative_to(lang_dir)).lower() == wanted:
            body = path.read_text(encoding="utf-8", errors="replace")
            # A folder of this process's own (mode 0700): a shared /tmp name could be a
            # symlink someone else planted.
            tag = "-" + hashlib.sha1(variant.encode()).hexdigest()[:8] if variant else ""
            out = _private_dir() / f"espeak-{wanted.replace('/', '_')}{tag}"
            out.write_text(body + "\n" + variant + "\nflutter 0\n", encoding="utf-8")
            return out
    return None


@functools.cache
def _private_dir() -> Path:
    """This process's own folder (made once, removed at exit)."""
    folder = Path(tempfile.mkdtemp(prefix="briefing-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


class Pyttsx3Engine:
    """espeak-ng through pyttsx3, audio captured from the synth callback."""

    sample_rate = SAMPLE_RATE

    def __init__(self, voice: Voice) -> None:
        self.voice = voice
        self._driver, self._espeak, data_path = _espeak_modules()
        self._voice_file = _steady_voice_file(data_path, voice.voice,
                                              _variant(data_path, voice))
        known = {v.id for v in self._driver.getProperty("voices")}
        if voice.voice.lower() not in known:
            raise EngineError(f"espeak has no voice '{voice.voice}' (voice profile "
                              f"{voice.path}); try 'gmw/en-us' or 'gmw/en'")

    def _configure(self) -> None:
        # pyttsx3's Engine.setProperty only queues changes for its run loop, which
        # this engine never runs; the espeak driver underneath applies them at once.
        es = self._espeak
        driver = self._driver.proxy._driver
        ok = -1
        if self._voice_file is not None:
            ok = es.dll.espeak_SetVoiceByFile(str(self._voice_file).encode())
        if ok != 0:
            driver.setProperty("voice", self.voice.voice)
        driver.setProperty("rate", self.voice.rate)
        driver.setProperty("pitch", self.voice.pitch)
        driver.setProperty("volume", self.voice.volume)

    def synthesize(self, text: str) -> AudioChunk:
        text = " ".join(text.split())
        check_length(text)
        if not any(c.isalnum() for c in text):
            return AudioChunk(np.zeros(0, dtype=np.float32), SAMPLE_RATE, text)
        # Word events must reach the text's last words: one must start at or after the
        # next-to-last word or four fifths of the text, whichever comes first (1-based
        # positions in characters, not UTF-8 bytes: "José" is four). Not the last word's
        # end: espeak reports "that's" as "that", and gives some closing words no event of
        # their own ("that's it.", "in a row.").
        words = text.split()
        needed = min(len(text) - len(" ".join(words[-2:])) + 1 if len(words) > 1 else 1,
                     max(1, int(0.8 * len(text))))
        for _attempt in range(2):
            pcm, finished, reached, events = self._run(text)
            if finished and reached >= needed and pcm:
                samples = np.frombuffer(pcm, dtype="<i2").astype(np.float64) / 32768.0
                spoken, cut = trimmed(samples, SAMPLE_RATE)
                # espeak's word events: where each word starts in its audio, in ms.
                starts = [ms / 1000 for ms in events]
                words = placed(labelled(starts, text, samples.size / SAMPLE_RATE), spoken,
                               SAMPLE_RATE, cut / SAMPLE_RATE)
                return AudioChunk(spoken, SAMPLE_RATE, text, words)
        from ...core.language import scripts, voice_script

        foreign = sorted(set(scripts(text)) - {voice_script(self.voice.language)})
        if foreign:
            raise EngineError(f"voice '{self.voice.name}' ({self.voice.language}) cannot read "
                              f"{', '.join(f.title() for f in foreign)} letters in: "
                              f"{text[:60]!r} (edit the text, or use a voice for its language)")
        raise EngineError(
            f"espeak returned incomplete audio for: {text[:60]!r} "
            "(reinstall espeakng-loader, or report this text)"
        )

    def _run(self, text: str) -> tuple[bytes, bool, int, list[int]]:
        """The audio, whether espeak finished, where the last word it reached starts and each
        word's start in the audio (ms)."""
        es = self._espeak
        chunks: list[bytes] = []
        words: list[int] = []
        state: dict = {"finished": False, "reached": 0, "raised": None}

        def on_synth(wav, numsamples, events):  # noqa: ANN001 - ctypes callback
            try:
                return collect(wav, numsamples, events)
            except BaseException as exc:  # noqa: BLE001 - ctypes would print and drop it
                # Ctrl-C or a signal inside the callback: stop espeak, raise it after.
                state["raised"] = exc
                return 1

        def collect(wav, numsamples, events):  # noqa: ANN001, ANN202 - ctypes values
            i = 0
            while events[i].type != es.EVENT_LIST_TERMINATED:
                event = events[i]
                if event.type == es.EVENT_WORD:
                    state["reached"] = max(state["reached"], event.text_position)
                    words.append(event.audio_position)
                elif event.type == es.EVENT_MSG_TERMINATED:
                    state["finished"] = True
                i += 1
            if numsamples > 0:
                chunks.append(ctypes.string_at(wav, numsamples * 2))
            return 0

        driver = self._driver.proxy._driver
        with _lock:
            self._configure()
            es.SetSynthCallback(on_synth)
            try:
                es.Synth(text.encode("utf-8"), flags=es.CHARS_UTF8)
                es.Synchronize()
            finally:
                # Hand the callback back to pyttsx3's driver.
                es.SetSynthCallback(driver._onSynth)
        if state.get("raised") is not None:
            raise state["raised"]
        return b"".join(chunks), state["finished"], state["reached"], words
