"""How well a listener would understand each voice, by a speech recogniser's word error.

Usage: python bench/intelligibility.py [PAGES]   (default 3 scraped pages, 60 s each)
Each page is made with each voice; each spoken sentence of the WAV (by the sidecar's
times) is brought to 16 kHz by the house resampler and decoded by pocketsphinx (its
bundled US English model, no grammar), and the words are scored against what the voice
was given to say (the sidecar's spoken text) by jiwer's word error rate. A recogniser
is a stern listener: the figures rank the voices, they are not a listener's own score.
Needs the bench extra (pocketsphinx, jiwer).
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

import numpy as np

from air import VOICES, read_wav
from corpus import CORPUS, held_out


def words(text: str) -> str:
    return " ".join(re.findall(r"[a-z']+", text.lower().replace("-", " ")))


def recognised(samples: np.ndarray, rate: int, decoder) -> str:  # noqa: ANN001
    from briefing.audio.resample import resample

    pcm = (np.clip(resample(samples.astype(np.float32), rate, 16000), -1, 1) * 32767)
    decoder.start_utt()
    decoder.process_raw(pcm.astype("<i2").tobytes(), full_utt=True)
    decoder.end_utt()
    hyp = decoder.hyp()
    return words(hyp.hypstr) if hyp is not None else ""


def main(count: int) -> int:
    pages = sorted((CORPUS / "scraped").glob("*.txt"))[:count]
    if not pages:
        print(f"corpus not found at {CORPUS}: nothing to measure (this is not an error)")
        return 0
    import jiwer
    from pocketsphinx import Decoder

    from briefing.config import settings_from_cli
    from briefing.pipeline import make

    decoder = Decoder(loglevel="FATAL")
    print(f"{len(pages)} pages ({sum(held_out(p.stem) for p in pages)} held out), 60 s each")
    print(f"{'voice':<9} {'word error rate':>16} {'words':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for voice in VOICES:
            said, heard = [], []
            for page in pages:
                out = Path(tmp) / f"{page.stem}-{voice}.mp3"
                make(settings_from_cli(str(page), "60", voice=voice, output=str(out),
                                       audio_format="both"))
                samples, rate = read_wav(out.with_suffix(".wav"))
                for s in json.loads(out.with_suffix(".json").read_text())["sentences"]:
                    a, b = int(round(s["start"] * rate)), int(round(s["end"] * rate))
                    said.append(words(s["text"]))
                    heard.append(recognised(samples[a:b], rate, decoder))
            print(f"{voice:<9} {100 * jiwer.wer(said, heard):>15.0f}% "
                  f"{sum(len(w.split()) for w in said):>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
