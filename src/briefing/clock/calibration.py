"""Measuring a voice's pace: render known sentences, fit seconds per text feature.

The fit is ordinary least squares over ``timing.Features``; the result goes into
the voice profile's ``[calibration]`` table, which the estimate then uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path

from ..core.errors import VoiceError
from ..voices.profiles import Calibration, Voice
from ..voices.tts import Engine
from ..writing.style import speech_text
from .timing import features

CALIBRATION_TEXT = Path(__file__).with_name("calibration.txt")


@dataclass(frozen=True)
class CalibrationReport:
    """A fitted calibration and how well it explains the sentences it was fitted on."""

    calibration: Calibration
    sentences: int
    speech_seconds: float
    mean_error: float
    """Mean absolute per-sentence error, as a fraction."""
    words_per_minute: float
    """Measured pace over the calibration text."""


def calibration_sentences() -> list[str]:
    """The fixed calibration text: news-style sentences with numbers, quotes, initialisms."""
    lines = CALIBRATION_TEXT.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


RIDGE = 100.0
"""Pull towards the prior: a few dozen sentences cannot pin seven coefficients alone.

Measured on the corpus (bench/calibrate.py): at other rates, the fit with this
pull is off by 2.5% per article on average (5% at worst); without it 3% (10%).
"""


def fit(samples: list[tuple[str, float]], prior: Calibration, rate: int) -> Calibration:
    """Ridge least squares from (spoken text, measured seconds) pairs towards ``prior``.

    The prior is scaled to ``rate`` first (speech time goes as 1/rate).
    """
    import numpy as np

    x = np.array([features(text).vector() for text, _ in samples])
    y = np.array([seconds for _, seconds in samples])
    p = np.array(prior.coefficients()) * ((prior.rate or rate) / rate)
    coef = np.linalg.solve(x.T @ x + RIDGE * np.eye(len(p)), x.T @ y + RIDGE * p)
    names = [f.name for f in fields(Calibration) if f.name != "rate"]
    return Calibration(**{n: round(float(c), 4) for n, c in zip(names, coef, strict=True)},
                       rate=rate)


def calibrate(engine: Engine, voice: Voice, sentences: list[str] | None = None,
              ) -> CalibrationReport:
    """Render the sentences with ``engine`` (speaking as ``voice``) and fit its calibration."""
    texts = [speech_text(s) for s in (sentences or calibration_sentences())]
    samples = [(t, engine.synthesize(t).seconds) for t in texts]
    cal = fit(samples, voice.calibration, voice.rate)
    probe = Voice(name="probe", path=Path("."), rate=voice.rate, calibration=cal)
    from .timing import sentence_seconds

    errors = [abs(sentence_seconds(t, probe) - s) / s for t, s in samples if s > 0]
    total = sum(s for _, s in samples)
    words = sum(len(t.split()) for t, _ in samples)
    return CalibrationReport(cal, len(samples), total, sum(errors) / len(errors),
                             words / total * 60)


def calibration_toml(cal: Calibration, report: CalibrationReport | None = None) -> str:
    lines = ["[calibration]",
             "# Seconds per feature of a sentence (see timing.Features), measured by",
             "# `briefing voices calibrate`; run it again after changing rate, pitch or voice."]
    if report is not None:
        lines.append(f"# {report.sentences} sentences, {report.speech_seconds:.0f} s of speech, "
                     f"{report.words_per_minute:.0f} wpm, mean sentence error "
                     f"{report.mean_error * 100:.1f}%.")
    lines += [f"{f.name} = {getattr(cal, f.name)}" for f in fields(Calibration)
              if getattr(cal, f.name) is not None]
    return "\n".join(lines) + "\n"


_HEADER = re.compile(r"^\s*\[\s*calibration\s*\]\s*(#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")
_INLINE = re.compile(r"^\s*calibration\s*=|^\s*calibration\.", re.M)


def write_calibration(path: Path, cal: Calibration, report: CalibrationReport | None = None,
                      ) -> None:
    """Replace (or add) the profile's ``[calibration]`` table, keeping everything else; the
    result is read back before it is written, so a profile is never left broken."""
    from ..core.files import Output, write_all
    from ..core.resources import toml_module

    tomllib = toml_module()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise VoiceError(f"cannot read voice profile {path}: {exc}") from exc
    if _INLINE.search(text):
        raise VoiceError(f"voice profile {path} sets calibration on one line; write it as a "
                         "[calibration] table (see voices/default.toml) and run this again")
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if _HEADER.match(line)), None)
    block = calibration_toml(cal, report).rstrip("\n").splitlines()
    if start is None:
        lines = [*lines, "", *block] if lines else block
    else:
        end = next((i for i in range(start + 1, len(lines)) if _ANY_HEADER.match(lines[i])),
                   len(lines))
        lines = [*lines[:start], *block, *([""] if end < len(lines) else []), *lines[end:]]
    new = "\n".join(lines).rstrip() + "\n"
    try:
        parsed = tomllib.loads(new)
    except tomllib.TOMLDecodeError as exc:
        raise VoiceError(f"voice profile {path}: could not place [calibration] in it ({exc}); "
                         "check the file, or delete its [calibration] table") from exc
    if parsed.get("calibration", {}).get("syllable") != cal.syllable:
        raise VoiceError(f"voice profile {path}: could not place [calibration] in it")
    write_all([Output(path, new.encode("utf-8"))])
