"""A voice's own desk: say a test line and measure its pace, or calibrate the estimate
to it (``briefing voices test`` and ``briefing voices calibrate``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.errors import OptionError, VoiceError
from ..voices.profiles import load_voice


@dataclass(frozen=True)
class Calibrated:
    """A voice calibration written into a profile."""

    path: Path
    report: object
    """calibration.CalibrationReport"""
    copied_from: Path | None
    """The built-in profile copied into ./voices first, when it was one."""


def calibrate_voice(name: str, sentences_file: str | None = None) -> Calibrated:
    """Render the calibration text with a voice and store the fitted figures in its profile."""
    from ..core.resources import builtin_dir
    from ..ingest.article import read_article_text
    from ..voices.profiles import find_voice
    from ..voices.tts import get_engine
    from .calibration import calibrate, write_calibration

    path = find_voice(name)
    voice = load_voice(str(path))
    sentences = None
    if sentences_file is not None:
        lines = read_article_text(sentences_file).splitlines()
        sentences = [line.strip() for line in lines if line.strip()]
        longest = max((len(line.split()) for line in sentences), default=0)
        if not 10 <= len(sentences) <= 2000 or longest > 100:
            raise OptionError(f"--sentences {sentences_file} has {len(sentences)} lines, the "
                              f"longest {longest} words: give 10 to 2000 sentences, one a "
                              "line, each under 100 words")
    report = calibrate(get_engine(voice), voice, sentences)
    copied = None
    packaged = builtin_dir("voices").resolve()
    local = (Path.cwd() / "voices").resolve()
    if path.resolve().is_relative_to(packaged) and local != packaged:
        # Never edit the shipped profiles: the working folder's copy wins the lookup.
        from ..core.files import Output, write_all

        target = Path.cwd() / "voices" / path.name
        if target.exists():
            raise VoiceError(f"{target} already exists; calibrate it by its path: "
                             f"briefing voices calibrate {target}")
        write_all([Output(target, path.read_bytes())])
        copied, path = path, target
    write_calibration(path, report.calibration, report)
    return Calibrated(path, report, copied)


@dataclass(frozen=True)
class VoiceTest:
    path: Path
    seconds: float
    words: int
    wpm: float
    rate: int
    estimated: float


MAX_TEST_TEXT = 2000
"""Characters `voices test` says."""


def test_voice(name: str, text: str, output: str) -> VoiceTest:
    """Say ``text`` with a voice, write it as WAV, and measure its pace."""
    import io
    import wave

    from ..core.files import Output, write_all
    from ..voices.tts import get_engine
    from ..writing.style import speech_text
    from .timing import sentence_seconds

    path = Path(output)
    if path.suffix.lower() != ".wav" or not path.stem.strip():
        raise OptionError(f"output {output} must be a name ending in .wav (e.g. -o test.wav)")
    if len(text) > MAX_TEST_TEXT:
        raise OptionError(f"--text is {len(text)} characters; a voice test says at most "
                          f"{MAX_TEST_TEXT} (use `briefing make` for a whole article)")
    voice = load_voice(name)
    spoken = speech_text(text)
    if not any(c.isalnum() for c in voice.speak(spoken)):
        raise OptionError("--text has no words to say: give a sentence")
    chunk = get_engine(voice).synthesize(voice.speak(spoken))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(chunk.sample_rate)
        w.writeframes(chunk.pcm)
    write_all([Output(path, buffer.getvalue())], protect=[voice.path, voice.lexicon])
    words = len(spoken.split())
    return VoiceTest(path, chunk.seconds, words, words / chunk.seconds * 60 if chunk.seconds else 0,
                     voice.rate, sentence_seconds(spoken, voice))
