"""The resampler: libsoxr (soxr, what the programme uses) against scipy's polyphase filter.

Usage: python bench/resampler.py
For tones from 1 to 10.8 kHz at the engines' 22.05 kHz, brought to 44.1 kHz: the largest
component above 11.025 kHz (images) relative to the tone, and the tone's own level (the
passband). Then the time to bring 60 s and 15 min of noise from 22.05 to 44.1 kHz, best
of five. The sweep test in tests/audio/test_assembly.py holds the -80 dB line.
"""

from __future__ import annotations

import time

import numpy as np
import soxr
from scipy.signal import resample_poly

SOURCE, TARGET = 22050, 44100
TONES = (1000, 5000, 8000, 10000, 10500, 10800)


def methods():
    return {
        "soxr HQ (used)": lambda x: soxr.resample(x, SOURCE, TARGET, quality="HQ"),
        "soxr VHQ": lambda x: soxr.resample(x, SOURCE, TARGET, quality="VHQ"),
        "scipy resample_poly": lambda x: resample_poly(x.astype(np.float64), 2, 1),
    }


def tone_check(run, freq: float) -> tuple[float, float]:
    t = np.arange(SOURCE * 2) / SOURCE
    y = np.asarray(run((0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)),
                   dtype=np.float64)[TARGET // 4:-TARGET // 4]
    window = np.blackman(len(y))
    spectrum = np.abs(np.fft.rfft(y * window))
    freqs = np.fft.rfftfreq(len(y), 1 / TARGET)
    k = int(np.argmin(np.abs(freqs - freq)))
    tone = spectrum[max(0, k - 3):k + 4].max()
    images = spectrum[freqs > SOURCE / 2 + 100].max()
    return 20 * np.log10(images / tone), 20 * np.log10(tone / (0.25 * window.sum()))


def main() -> int:
    print(f"{'images above 11.025 kHz, dB (passband, dB)':<44}" +
          "".join(f"{f / 1000:>13g}k" for f in TONES))
    for name, run in methods().items():
        cells = [tone_check(run, f) for f in TONES]
        print(f"{name:<44}" + "".join(f"{i:>8.1f} ({p:+.1f})" for i, p in cells))
    print(f"\n{'seconds to resample':<24} {'60 s':>8} {'15 min':>8}")
    noise = np.random.default_rng(0).standard_normal(SOURCE * 900).astype(np.float32)
    for name, run in methods().items():
        times = []
        for seconds in (60, 900):
            x = noise[:SOURCE * seconds]
            best = min(_timed(run, x) for _ in range(5 if seconds == 60 else 2))
            times.append(best)
        print(f"{name:<24} {times[0]:>7.3f}s {times[1]:>7.3f}s")
    return 0


def _timed(run, x) -> float:  # noqa: ANN001 - a resampler, samples
    start = time.perf_counter()
    run(x)
    return time.perf_counter() - start


if __name__ == "__main__":
    raise SystemExit(main())
