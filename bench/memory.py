"""Peak memory and time of a whole `briefing make` by programme length.

Usage: python bench/memory.py [SECONDS ...]   (default 60 300 900)
Each make runs in a fresh process on a long article written here (our own words, as many
paragraphs as the length needs), default template, voice and loudness; the table gives
its wall time and peak resident memory (the process's ru_maxrss). The target is a
15-minute make within 500 MB: a programme is held in a few float copies at most.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUN = """
import resource, sys
from briefing.config import settings_from_cli
from briefing.pipeline import make
make(settings_from_cli(sys.argv[1], sys.argv[2], output=sys.argv[3]))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def article(paragraphs: int) -> str:
    body = [f"Council member number {i} said on Tuesday that the harbour plan would need "
            f"{i + 3} more months of work before the vote. The committee agreed to meet again "
            f"in week {i % 50 + 1} to hear from residents who live near the water."
            for i in range(paragraphs)]
    return "Harbour plan debated at length\n\n" + "\n\n".join(body)


def main(lengths: list[float]) -> int:
    print(f"{'length':>8} {'wall':>8} {'peak':>9} {'per min':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for seconds in lengths:
            path = Path(tmp) / "long.txt"
            path.write_text(article(int(seconds // 4) + 40), encoding="utf-8")
            began = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", RUN, str(path), f"{seconds:g}",
                                  str(Path(tmp) / "out.mp3")], capture_output=True,
                                 text=True, check=True)
            wall = time.perf_counter() - began
            peak = int(out.stdout.split()[-1]) / 1024
            print(f"{seconds:>7g}s {wall:>7.1f}s {peak:>7.0f}MB {peak / seconds * 60:>7.0f}MB")
    return 0


if __name__ == "__main__":
    sys.exit(main([float(a) for a in sys.argv[1:]] or [60.0, 300.0, 900.0]))
