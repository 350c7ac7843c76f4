"""A whole `make` against the floor of its dependencies, side by side in one process.

Usage: python bench/floor.py [ARTICLE] [SECONDS]   (default: the bundled sample, 60)
The floor is what the bare dependencies need for the same speech: the default voice's
espeak-ng (through pyttsx3's binding) saying the briefing's sentences, and lameenc
encoding that audio as it comes from the engine into the file make writes (44.1 kHz,
128 kbps mono, LAME's own resampler, -q 3). The make is
the library call `briefing make` runs, in this process (imports and engine start-up
already paid for both). Seven pairs, make and floor in turn; it prints the best of each
and the median of the pairs' ratios. The target ratio is 1.5 or less.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import lameenc

from briefing.audio.rate import OUTPUT_RATE
from briefing.config import settings_from_cli
from briefing.pipeline import make, preview
from briefing.voices.profiles import load_voice
from briefing.voices.tts import get_engine
from briefing.writing.style import speech_text

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7


def floor(sentences: list[str]) -> tuple[float, float]:
    """Seconds to synthesise and encode the sentences with the bare engine and encoder,
    and the seconds of speech they make."""
    voice = load_voice("default")
    engine = get_engine(voice)
    start = time.perf_counter()
    chunks = [engine.synthesize(s) for s in sentences]
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(128)
    encoder.set_in_sample_rate(chunks[0].sample_rate)
    encoder.set_out_sample_rate(OUTPUT_RATE)  # the file make writes: LAME resamples
    encoder.set_channels(1)
    encoder.set_quality(3)
    mp3 = encoder.encode(b"".join(c.pcm for c in chunks)) + encoder.flush()
    assert mp3
    return time.perf_counter() - start, sum(c.seconds for c in chunks)


def main(article: str, seconds: str) -> int:
    planned = preview(settings_from_cli(article, seconds))
    sentences = [s for seg in planned.plan.script.segments for s in seg.sentences]
    floor(sentences[:1])  # the engine's start-up is not the floor's
    makes, floors = [], []
    with tempfile.TemporaryDirectory() as tmp:
        settings = settings_from_cli(article, seconds, output=str(Path(tmp) / "b.mp3"))
        make(settings)  # the same for make: imports and first use paid
        # Pair by pair, so a busy moment of the machine falls on both sides alike.
        for _ in range(RUNS):
            speech_text.cache_clear()  # what one make works out is not kept for the next
            makes.append(_timed(lambda: make(settings)))
            bare, speech = floor(sentences)
            floors.append(bare)
    ratios = sorted(m / f for m, f in zip(makes, floors, strict=True))
    print(f"{len(sentences)} sentences, {speech:.1f} s of speech, {seconds} s target, "
          f"{RUNS} pairs")
    print(f"{'':<30} {'best':>7} {'median':>7}")
    print(f"{'floor (espeak-ng + lameenc)':<30} {min(floors):>6.2f}s "
          f"{statistics.median(floors):>6.2f}s")
    print(f"{'briefing make':<30} {min(makes):>6.2f}s {statistics.median(makes):>6.2f}s")
    print(f"{'ratio':<30} {min(makes) / min(floors):>6.2f}x {statistics.median(ratios):>6.2f}x"
          f"   (best over best; median of the pairs' ratios; target <= 1.5x)")
    return 0


def _timed(run) -> float:  # noqa: ANN001 - a callable
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main(args[0] if args else str(ROOT / "samples" / "harbour-ferry.txt"),
                  args[1] if len(args) > 1 else "60"))
