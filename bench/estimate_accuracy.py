"""Preview estimate against the rendered MP3, for every scraped page in the corpus.

Usage: python bench/estimate_accuracy.py [SECONDS ...]   (default 60)
Reads ../shared/corpus/scraped (beside the project); says so and stops if absent.
Decodes each MP3 with miniaudio (the test extra) to measure what a listener gets.
"""

from __future__ import annotations

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


def main(targets: list[float]) -> int:
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}: nothing to measure (this is not an error)")
        return 0
    articles = sorted(CORPUS.glob("*.txt"))
    print(f"{'article':<44} {'target':>6} {'estim':>7} {'render':>7} {'error':>7} "
          f"{'off s':>7} {'prev s':>6} {'make s':>6}")
    worst = (0.0, "")
    worst_target = (0.0, "")
    with tempfile.TemporaryDirectory() as tmp:
        for target in targets:
            for path in articles:
                settings = settings_from_cli(str(path), str(target), "brief",
                                             output=str(Path(tmp) / f"{path.stem}.mp3"))
                t0 = time.perf_counter()
                planned = preview(settings)
                t1 = time.perf_counter()
                result = make(settings)
                t2 = time.perf_counter()
                rendered = decoded_seconds(result.mp3)
                estimated = planned.plan.timeline.total
                err = (estimated - rendered) / rendered * 100
                if abs(err) > abs(worst[0]):
                    worst = (err, f"{path.stem} @ {target:g}s")
                off = rendered - target
                if abs(off) > abs(worst_target[0]):
                    worst_target = (off, f"{path.stem} @ {target:g}s")
                print(f"{path.stem[:44]:<44} {target:>6.0f} {estimated:>7.2f} {rendered:>7.2f} "
                      f"{err:>+6.2f}% {off:>+7.2f} {t1 - t0:>6.2f} {t2 - t1:>6.2f}")
    print(f"worst estimate error: {worst[0]:+.2f}% ({worst[1]})")
    print(f"worst distance from target: {worst_target[0]:+.2f} s ({worst_target[1]})")
    return 0


if __name__ == "__main__":
    sys.exit(main([float(a) for a in sys.argv[1:]] or [60.0]))
