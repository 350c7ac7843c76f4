"""Batch throughput: briefings a minute at 1 and 2 workers, on corpus pages.

Usage: python bench/batch.py [PAGES] [SECONDS]   (default 12 pages a half, 30 s briefings)
Each half of the corpus (development, held out) is copied to a folder of its own and made
by `briefing batch --jobs N` from a fresh output folder (nothing skipped), the whole
command timed from outside; then run again to time the skip of what is already made.
Pages the ingest refuses count as done (they fail fast, as in a newsroom's folder).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import CORPUS, held_out


def timed(folder: Path, out: Path, jobs: int, seconds: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "briefing.cli", "batch", str(folder),
                           "--jobs", str(jobs), "--output-dir", str(out), "-d", seconds],
                          capture_output=True, text=True, env={**os.environ})
    return time.perf_counter() - started, done.stdout.strip().splitlines()[-1] \
        if done.stdout.strip() else done.stderr.strip()[-80:]


def main(count: int, seconds: str) -> int:
    pages = sorted((CORPUS / "scraped").glob("*.txt")) + \
        sorted((CORPUS / "bench" / "scraped").glob("*.txt"))
    if not pages:
        print(f"corpus not found at {CORPUS}: nothing to measure (this is not an error)")
        return 0
    rng = random.Random(11)
    halves = {"dev": [p for p in pages if not held_out(p.stem)],
              "held": [p for p in pages if held_out(p.stem)]}
    print(f"{count} pages a half, {seconds} s briefings, {os.cpu_count()} cores")
    print(f"{'half':<5} {'workers':>7} {'wall s':>7} {'briefings/min':>14} {'speed-up':>9} "
          f"{'again (all skipped) s':>22}  summary")
    with tempfile.TemporaryDirectory() as tmp:
        for half, pool in halves.items():
            folder = Path(tmp) / half
            folder.mkdir()
            for page in rng.sample(pool, min(count, len(pool))):
                shutil.copy(page, folder / page.name)
            n = len(list(folder.iterdir()))
            one = None
            for jobs in (1, 2):
                out = Path(tmp) / f"{half}-out{jobs}"
                wall, said = timed(folder, out, jobs, seconds)
                again, _ = timed(folder, out, jobs, seconds)
                one = one or wall
                print(f"{half:<5} {jobs:>7} {wall:>7.1f} {60 * n / wall:>14.1f} "
                      f"{one / wall:>8.2f}x {again:>22.1f}  {said}")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 12,
                  sys.argv[2] if len(sys.argv) > 2 else "30"))
