"""Audio for air, measured as a broadcast engineer would, per voice.

Usage: python bench/air.py [PAGES]   (default 5 scraped pages of ../shared/corpus, 60 s)
Each page is made with each voice (MP3 and 24-bit WAV, podcast loudness), and the WAV is
read back: the sentence-to-sentence loudness spread (BS.1770 over each sentence, by the
sidecar's times; pyloudnorm), the pause scale the fit chose (natural: 0.8-1.2x), the DC
offset, the largest step at a sentence's first and last sample (a click at a join), the
share of energy above 11.5 kHz (images of the 22.05 kHz engines; Piper's 22.05 kHz too),
and pauses out of order (a pause between sentences no longer than the engine's own inside
them, or a pause between segments no longer than the longest between sentences). Then one
page per voice with each preset, its MP3 decoded by miniaudio and its true peak read by
libebur128 (pyebur128), against the preset's ceiling. Pages are held out or not as
bench/corpus.py says; both are reported.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import warnings
from pathlib import Path

import numpy as np

from corpus import CORPUS, held_out

VOICES = ("default", "reader", "joe")
PRESETS = {"podcast": -1.0, "ebu": -1.0, "alexa": -2.0, "atsc": -2.0}


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    from scipy.io import wavfile

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the BWF chunks scipy does not read
        rate, data = wavfile.read(path)
    return data.astype(np.float64) / 2 ** 31, rate


def measure_page(wav: Path, sidecar: Path) -> dict:
    import pyloudnorm
    from scipy.signal import welch

    from briefing.voices.tts.trim import longest_pause

    samples, rate = read_wav(wav)
    meter = pyloudnorm.Meter(rate)
    levels, steps, own = [], [], []
    sentences = json.loads(sidecar.read_text(encoding="utf-8"))["sentences"]
    for s in sentences:
        a, b = int(round(s["start"] * rate)), int(round(s["end"] * rate))
        if b - a >= int(0.5 * rate):
            levels.append(meter.integrated_loudness(samples[a:b]))
        steps += [abs(samples[a]), abs(samples[min(b, len(samples)) - 1])]
        own.append(longest_pause(samples[a:b], rate))
    # The order of pauses: inside a sentence < between sentences < between segments.
    sentence_gaps = [(n["start"] - p["end"], max(own[i], own[i + 1]))
                     for i, (p, n) in enumerate(zip(sentences, sentences[1:], strict=False))
                     if p["segment"] == n["segment"]]
    segment_gaps = [n["start"] - p["end"] for p, n in zip(sentences, sentences[1:], strict=False)
                    if p["segment"] != n["segment"]]
    inverted = sum(gap <= inside for gap, inside in sentence_gaps)
    if sentence_gaps and segment_gaps:
        inverted += sum(g <= max(gap for gap, _ in sentence_gaps) for g in segment_gaps)
    f, power = welch(samples, rate, nperseg=8192)
    return {"spread": max(levels) - min(levels) if levels else 0.0, "inverted": inverted,
            "pauses": len(sentence_gaps) + len(segment_gaps),
            "dc": 20 * np.log10(max(abs(samples.mean()), 1e-12)),
            "step": 20 * np.log10(max(max(steps), 1e-12)),
            "above": 10 * np.log10(power[f > 11500].sum() / power.sum())}


def decoded_true_peak(mp3: Path) -> float:
    import miniaudio
    import pyebur128

    audio = miniaudio.decode_file(str(mp3), output_format=miniaudio.SampleFormat.FLOAT32,
                                  nchannels=1, sample_rate=44100)
    samples = np.asarray(audio.samples, dtype=np.float64)
    state = pyebur128.R128State(1, 44100, pyebur128.MeasurementMode.MODE_TRUE_PEAK)
    state.add_frames(samples, len(samples))
    return 20 * np.log10(pyebur128.get_true_peak(state, 0))


def main(count: int) -> int:
    pages = sorted((CORPUS / "scraped").glob("*.txt"))[:count]
    if not pages:
        print(f"corpus not found at {CORPUS}: nothing to measure (this is not an error)")
        return 0
    from briefing.config import settings_from_cli
    from briefing.pipeline import make

    print(f"{len(pages)} pages ({sum(held_out(p.stem) for p in pages)} held out), 60 s each")
    print(f"{'voice':<9} {'half':<9} {'spread LU':>10} {'worst':>7} {'DC dBFS':>8} "
          f"{'join step':>10} {'>11.5 kHz':>10} {'pauses out of order':>20} "
          f"{'pause scale':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for voice in VOICES:
            found = {"dev": [], "held": []}
            for page in pages:
                out = Path(tmp) / f"{page.stem}-{voice}.mp3"
                made = make(settings_from_cli(str(page), "60", voice=voice, output=str(out),
                                              audio_format="both"))
                found["held" if held_out(page.stem) else "dev"].append(
                    measure_page(out.with_suffix(".wav"), out.with_suffix(".json"))
                    | {"scale": made.pause_scale})
            for half, rows in found.items():
                if rows:
                    print(f"{voice:<9} {half:<9} "
                          f"{statistics.mean(r['spread'] for r in rows):>10.2f} "
                          f"{max(r['spread'] for r in rows):>7.2f} "
                          f"{max(r['dc'] for r in rows):>8.1f} "
                          f"{max(r['step'] for r in rows):>7.1f} dB "
                          f"{max(r['above'] for r in rows):>7.1f} dB "
                          f"{sum(r['inverted'] for r in rows):>9} of "
                          f"{sum(r['pauses'] for r in rows):<4}"
                          f"{min(r['scale'] for r in rows):>7.2f}-"
                          f"{max(r['scale'] for r in rows):.2f}")
        print(f"\n{'true peak as decoded, dBTP':<28}" + "".join(f"{p:>9}" for p in PRESETS))
        for voice in VOICES:
            cells = []
            for preset, ceiling in PRESETS.items():
                out = Path(tmp) / f"preset-{voice}-{preset}.mp3"
                make(settings_from_cli(str(pages[0]), "60", voice=voice, output=str(out),
                                       loudness=preset))
                peak = decoded_true_peak(out)
                cells.append(f"{peak:>8.2f}{'!' if peak > ceiling else ' '}")
            print(f"{voice:<28}" + "".join(cells))
        print("(! over the ceiling; ceilings: " +
              ", ".join(f"{p} {c:g}" for p, c in PRESETS.items()) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
