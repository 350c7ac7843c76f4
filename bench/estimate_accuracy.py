"""Landing on the clock: preview estimate, rendered length and fit cost for the corpus.

Usage: python bench/estimate_accuracy.py [SECONDS ...]   (default: 30 60 120)
Reads ../shared/corpus/scraped (beside the project); says so and stops if absent.
Each MP3 is decoded with miniaudio (the test extra): what a listener gets.
"fit x" is the time of `make` over the time of a single render of the same
briefing (one pass, no fit: --tolerance large), both whole runs including encoding.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import miniaudio

from briefing.config import settings_from_cli
from briefing.pipeline import make, preview

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "scraped"


def decoded_seconds(path: Path) -> float:
    audio = miniaudio.decode_file(str(path), output_format=miniaudio.SampleFormat.SIGNED16,
                                  nchannels=1, sample_rate=44100)
    return len(audio.samples) / 44100


def timed_make(path: Path, target: float, out: Path, tolerance: float):
    settings = settings_from_cli(str(path), str(target), "brief", output=str(out),
                                 tolerance=tolerance)
    start = time.perf_counter()
    result = make(settings)
    return result, time.perf_counter() - start


def main(targets: list[float]) -> int:
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}: nothing to measure (this is not an error)")
        return 0
    articles = sorted(CORPUS.glob("*.txt"))
    print(f"{'article':<40} {'target':>6} {'estim':>7} {'render':>7} {'off s':>6} "
          f"{'est err':>7} {'passes':>6} {'wpm':>4} {'prev s':>6} {'make s':>6} {'fit x':>5}")
    errors, offs, ratios, notes = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for target in targets:
            for path in articles:
                out = Path(tmp) / f"{path.stem}.mp3"
                t0 = time.perf_counter()
                planned = preview(settings_from_cli(str(path), str(target), "brief"))
                t_preview = time.perf_counter() - t0
                _, t_single = timed_make(path, target, Path(tmp) / "single.mp3", 10.0)
                result, t_make = timed_make(path, target, out, 0.5)
                rendered = decoded_seconds(result.audio)
                estimated = planned.timeline.total
                err = (estimated - rendered) / rendered * 100
                off = rendered - target
                short = off < -0.5 and result.exhausted
                errors.append((abs(err), f"{path.stem} @ {target:g}s"))
                if not short:
                    offs.append((abs(off), f"{path.stem} @ {target:g}s"))
                else:
                    notes.append(f"{path.stem} @ {target:g}s: article too short (all usable "
                                 f"sentences in), {rendered:.1f} s of {target:g} s "
                                 "(said so on stderr)")
                ratios.append(t_make / t_single)
                print(f"{path.stem[:40]:<40} {target:>6.0f} {estimated:>7.2f} {rendered:>7.2f} "
                      f"{off:>+6.2f} {err:>+6.2f}% {result.passes:>6} {result.rate:>4} "
                      f"{t_preview:>6.2f} {t_make:>6.2f} {t_make / t_single:>5.2f}")
    print()
    print(f"worst |estimate - rendered|: {max(errors)[0]:.2f}% ({max(errors)[1]})")
    if offs:
        print(f"worst |rendered - target| (articles long enough): {max(offs)[0]:.3f} s "
              f"({max(offs)[1]})")
    print(f"fit cost over a single render: mean {statistics.mean(ratios):.2f}x, "
          f"max {max(ratios):.2f}x")
    for note in notes:
        print(note)
    return 0


if __name__ == "__main__":
    sys.exit(main([float(a) for a in sys.argv[1:]] or [30.0, 60.0, 120.0]))
