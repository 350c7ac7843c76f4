"""Fit a voice's timing calibration: render sentences, least-squares over text features.

Usage: python bench/calibrate.py [VOICE]   (default: default)
Fits on the sentences of ../shared/corpus/scraped when present, else on the bundled
sample and test fixtures, and prints the [calibration] table to paste into the voice's
TOML, with each article's held-out error (fit on the others, estimate this one).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from briefing.clock.timing import features
from briefing.ingest.article import load_article
from briefing.voices.profiles import Calibration, load_voice
from briefing.voices.tts import get_engine
from briefing.writing.style import speech_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "scraped"
NAMES = [name for name in Calibration.__dataclass_fields__ if name != "rate"]


def main(voice_name: str) -> int:
    voice = load_voice(voice_name)
    engine = get_engine(voice)
    if CORPUS.is_dir():
        files = sorted(CORPUS.glob("*.txt"))
    else:
        print(f"corpus not found at {CORPUS}: fitting on the bundled sample and fixtures")
        files = [ROOT / "samples" / "harbour-ferry.txt", *sorted((ROOT / "tests" / "fixtures")
                                                                 .glob("*.txt"))]
    from briefing.clock.calibration import calibration_sentences

    rows, y, group = [], [], []
    # The built-in calibration text is always in the training set (group -1): it has the
    # number-heavy market copy that few articles carry.
    sources = [(-1, calibration_sentences())] + [
        (g, [s.text for s in load_article(path).sentences]) for g, path in enumerate(files)]
    for g, texts in sources:
        for raw in texts:
            text = speech_text(raw)
            rows.append(features(text).vector())
            y.append(engine.synthesize(text).seconds)
            group.append(g)
    x, y, group = np.array(rows), np.array(y), np.array(group)
    print(f"{len(y)} sentences, {y.sum():.0f} s of speech from {len(files)} articles "
          "and the calibration text")
    print(f"{'article (held out)':<44} {'error':>7}")
    for g, path in enumerate(files):
        train, test = group != g, group == g
        coef, *_ = np.linalg.lstsq(x[train], y[train], rcond=None)
        err = (x[test] @ coef).sum() / y[test].sum() - 1
        print(f"{path.stem[:44]:<44} {err * 100:>+6.2f}%")
    coef, *_ = np.linalg.lstsq(x, y, rcond=None)
    spoken = y > 0
    sentence_err = np.abs(x[spoken] @ coef - y[spoken]) / y[spoken]
    print(f"per-sentence mean error {sentence_err.mean() * 100:.1f}%\n")
    print("[calibration]")
    for name, value in zip(NAMES, coef, strict=False):
        print(f"{name} = {value:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "default"))
