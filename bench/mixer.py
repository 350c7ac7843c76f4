"""pydub against the house mixer (numpy float, libsoxr's resampler) on the mix a
briefing needs: sentences joined with pauses and brought to 44.1 kHz, a bed laid under
the voice, ducked under each phrase, faded in and out.

Usage: python bench/mixer.py [SECONDS ...]   (default 60 900)
Speech is a synthetic stand-in (tone bursts of sentence length at the engine's 22.05 kHz,
16-bit, as espeak-ng gives it) so the figures do not depend on an engine. For each
programme length the table gives wall time, the peak of memory allocated by the step
(tracemalloc) and how far pydub's 16-bit result is from exact: for the join, from the
house's; for the bed, from pydub's own steps done in 32-bit samples (each 16-bit gain
step is rounded).
"""

from __future__ import annotations

import sys
import time
import tracemalloc
import warnings

import numpy as np

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # pydub looks for ffmpeg at import; nothing here needs it
    from pydub import AudioSegment

from briefing.audio.music import Music, mix
from briefing.audio.rate import OUTPUT_RATE

ENGINE_RATE = 22050
PAUSE = 0.45
RAMP = 0.3


def sentences(seconds: float) -> list[bytes]:
    rng = np.random.default_rng(7)
    out, total = [], 0.0
    while total < seconds:
        length = float(rng.uniform(2.5, 7.5))
        t = np.arange(int(length * ENGINE_RATE)) / ENGINE_RATE
        tone = 0.3 * np.sin(2 * np.pi * rng.uniform(110, 240) * t) * np.hanning(t.size)
        out.append((tone * 32767).astype("<i2").tobytes())
        total += length + PAUSE
    return out


def join_pydub(chunks: list[bytes]) -> np.ndarray:
    programme = AudioSegment.empty().set_frame_rate(ENGINE_RATE)
    for i, pcm in enumerate(chunks):
        programme += AudioSegment(data=pcm, sample_width=2, frame_rate=ENGINE_RATE, channels=1)
        if i < len(chunks) - 1:
            programme += AudioSegment.silent(duration=PAUSE * 1000, frame_rate=ENGINE_RATE)
    programme = programme.set_frame_rate(OUTPUT_RATE)
    return np.frombuffer(programme.raw_data, dtype="<i2").astype(np.float32) / 32768


def join_house(chunks: list[bytes]) -> np.ndarray:
    from briefing.audio.resample import resample

    silence = np.zeros(int(PAUSE * ENGINE_RATE), dtype=np.float32)
    parts = []
    for i, pcm in enumerate(chunks):
        parts.append(np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768)
        if i < len(chunks) - 1:
            parts.append(silence)
    return resample(np.concatenate(parts), ENGINE_RATE, OUTPUT_RATE)


def spans(chunks: list[bytes]) -> list[tuple[float, float]]:
    out, at = [], 0.0
    for pcm in chunks:
        length = len(pcm) / 2 / ENGINE_RATE
        out.append((at, at + length))
        at += length + PAUSE
    return out


def bed_pydub(voice: np.ndarray, bed: np.ndarray, speech: list[tuple[float, float]],
              level: float, duck: float, width: int = 2) -> np.ndarray:
    scale, kind = (32767, "<i2") if width == 2 else (2**31 - 1, "<i4")
    as_segment = lambda x: AudioSegment(  # noqa: E731 - a one-line converter
        data=np.round(np.clip(x.astype(np.float64), -1, 1) * scale).astype(kind).tobytes(),
        sample_width=width,
        frame_rate=OUTPUT_RATE, channels=1)
    under = as_segment(bed).apply_gain(level)
    ms = RAMP * 1000
    for first, last in speech:  # each phrase: the bed fades down, and back up after it
        a, b = int(first * 1000 - ms), int(last * 1000 + ms)
        part = under[max(0, a):b].fade(to_gain=-duck, start=0, duration=int(ms)).fade(
            from_gain=-duck, end=len(under[max(0, a):b]), duration=int(ms))
        under = under[:max(0, a)] + part + under[b:]
    under = under.fade_in(int(2 * ms)).fade_out(int(2 * ms))
    mixed = as_segment(voice).overlay(under)
    return np.frombuffer(mixed.raw_data, dtype=kind).astype(np.float64) / scale


def measured(step, *args) -> tuple[object, float, float]:  # noqa: ANN001 - a callable
    tracemalloc.start()
    began = time.perf_counter()
    result = step(*args)
    wall = time.perf_counter() - began
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return result, wall, peak


def main(lengths: list[float]) -> int:
    # Imports (soxr, scipy) are not the mixer's time.
    warm = join_house(sentences(5))
    mix(warm, OUTPUT_RATE, Music(bed=np.zeros(warm.size, dtype=np.float32), bed_level_db=-20.0,
                                 duck_db=12.0), spans(sentences(5)))
    print(f"{'programme':>9} {'step':<18} {'pydub s':>8} {'MB':>6} {'house s':>8} {'MB':>6} "
          f"{'pydub error':>15}")
    for seconds in lengths:
        chunks = sentences(seconds)
        ours, t_ours, m_ours = measured(join_house, chunks)
        theirs, t_theirs, m_theirs = measured(join_pydub, chunks)
        n = min(ours.size, theirs.size)
        err = np.max(np.abs(ours[:n] - theirs[:n]))
        print(f"{seconds:>8g}s {'join + 44.1 kHz':<18} {t_theirs:>8.2f} {m_theirs:>6.0f} "
              f"{t_ours:>8.2f} {m_ours:>6.0f} {20 * np.log10(max(err, 1e-9)):>12.1f} dB")
        rng = np.random.default_rng(3)
        bed = (0.5 * rng.standard_normal(ours.size)).astype(np.float32)
        speech = spans(chunks)
        music = Music(bed=bed, bed_level_db=-20.0, duck_db=12.0)
        exact, t_mix, m_mix = measured(mix, ours, OUTPUT_RATE, music, speech)
        pyd, t_pyd, m_pyd = measured(bed_pydub, ours, bed, speech, -20.0, 12.0)
        # pydub's own rounding: its 16-bit mix against the same steps in 32 bits.
        wide = bed_pydub(ours, bed, speech, -20.0, 12.0, width=4)
        n = min(wide.size, pyd.size)
        err = np.sqrt(np.mean((wide[:n] - pyd[:n]) ** 2))
        print(f"{seconds:>8g}s {'bed, ducked':<18} {t_pyd:>8.2f} {m_pyd:>6.0f} {t_mix:>8.2f} "
              f"{m_mix:>6.0f} {20 * np.log10(max(err, 1e-9)):>9.1f} dB rms")
    return 0


if __name__ == "__main__":
    sys.exit(main([float(a) for a in sys.argv[1:]] or [60.0, 900.0]))
