"""Engine speed: real-time factor (seconds of audio per second of wall time) on the
sentences of a 60 s brief, and the wall time of a whole `briefing make`.

Usage: python bench/engines.py [ARTICLE]   (default: the bundled sample)
Engines that are not installed are listed as such (Piper needs the neural extra).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from briefing.config import settings_from_cli
from briefing.pipeline import preview
from briefing.voices.profiles import list_voices, load_voice
from briefing.voices.tts import engine_installed, get_engine

ROOT = Path(__file__).resolve().parent.parent


def main(article: str) -> int:
    planned = preview(settings_from_cli(article, "60", "brief"))
    sentences = [s for seg in planned.plan.script.segments for s in seg.sentences]
    print(f"{len(sentences)} sentences of a 60 s brief of {Path(article).name}")
    print(f"{'voice':<10} {'engine':<8} {'audio s':>8} {'synth s':>8} {'RTF':>7} {'make s':>7}")
    for name in list_voices():
        voice = load_voice(name)
        if not engine_installed(voice.engine, voice.voice):
            print(f"{name:<10} {voice.engine:<8} not installed")
            continue
        engine = get_engine(voice)
        engine.synthesize("Warm up the engine.")
        start = time.perf_counter()
        audio = sum(engine.synthesize(voice.speak(s)).seconds for s in sentences)
        synth = time.perf_counter() - start
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "briefing.cli", "make", article, "--voice",
                            name, "-o", str(Path(tmp) / "b.mp3")], check=True,
                           capture_output=True)
            whole = time.perf_counter() - start
        print(f"{name:<10} {voice.engine:<8} {audio:>8.1f} {synth:>8.2f} {audio / synth:>6.0f}x "
              f"{whole:>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "samples" /
                                                            "harbour-ferry.txt")))
