"""Bulletins from the corpus, measured as a producer would hear them.

Usage: python bench/bulletin.py [BULLETINS]   (default 4 of each half, 5 stories, 3:00)
Each bulletin takes five scraped pages (a seeded draw; development pages and held-out
pages are never mixed) and is made with the headlines. Read back: its length as miniaudio
decodes the MP3, each chapter's distance from the speech onset in the decoded audio, each
story's share of the time against its weight (the lead 1.5, the others 1), and whether the
headlines name the stories in running order. Both halves are reported apart.

Then the cost: the bulletin's render time (make_bulletin, whole) against the sum of its
stories rendered alone (`make` of each story with the story template, at the length it
had in the bulletin), timed in this process, one after the other.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from corpus import CORPUS, held_out

RATE = 44100


def measure(out: Path) -> dict:
    import miniaudio

    samples = np.asarray(miniaudio.decode_file(
        str(out), output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1,
        sample_rate=RATE).samples)
    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    worst = 0.0
    for seg in sidecar["segments"]:
        start = round(seg["start"] * RATE)
        before = max(0, start - int(0.05 * RATE))
        loud = np.flatnonzero(np.abs(samples[before:start + RATE]) > 500)
        if loud.size:
            worst = max(worst, abs(before + loud[0] - start) / RATE)
    stories = [i["end"] - i["start"] for i in sidecar["running_order"]
               if i["id"].startswith("s")]
    from briefing.bulletin import headline
    from briefing.ingest.article import load_article

    opening = sidecar["segments"][0]["copy"]
    said = [headline(load_article(i["source"])) for i in sidecar["running_order"]
            if i["id"].startswith("s")]
    places = [opening.find(h.rstrip(".")[:40]) for h in said if h]  # some go without
    return {"length": len(samples) / RATE, "onset": worst,
            "lead share": stories[0] / statistics.mean(stories[1:]) if len(stories) > 1 else 1,
            "shortest": min(stories), "stories": len(stories),
            "headlines": all(p >= 0 for p in places) and places == sorted(places)}


def main(count: int) -> int:
    pages = sorted((CORPUS / "scraped").glob("*.txt")) + \
        sorted((CORPUS / "bench" / "scraped").glob("*.txt"))
    if not pages:
        print(f"corpus not found at {CORPUS}: nothing to measure (this is not an error)")
        return 0
    from briefing.config import settings_from_cli
    from briefing.core.errors import BriefingError
    from briefing.pipeline import make_bulletin

    rng = random.Random(7)
    halves = {"dev": [p for p in pages if not held_out(p.stem)],
              "held": [p for p in pages if held_out(p.stem)]}
    print(f"{count} bulletins a half, 5 stories, 3:00, with headlines")
    print(f"{'half':<5} {'made':>4} {'length s (min-max)':>19} {'worst onset ms':>15} "
          f"{'lead share x':>13} {'shortest story s':>17} {'headlines in order':>19}")
    costs = []
    with tempfile.TemporaryDirectory() as tmp:
        for half, pool in halves.items():
            rows, failed = [], 0
            for k in range(count):
                sources = [str(p) for p in rng.sample(pool, 5)]
                out = Path(tmp) / f"{half}{k}.mp3"
                try:
                    started = time.perf_counter()
                    make_bulletin(settings_from_cli(sources[0], "3:00", "story",
                                                    output=str(out)), sources, headlines=True)
                    whole = time.perf_counter() - started
                except BriefingError as exc:
                    failed += 1
                    print(f"  not made: {exc}")
                    continue
                rows.append(measure(out) | {"whole": whole,
                                            "alone": alone(out, Path(tmp) / f"{half}{k}")})
            if rows:
                print(f"{half:<5} {len(rows):>4} "
                      f"{min(r['length'] for r in rows):>9.2f}-"
                      f"{max(r['length'] for r in rows):<9.2f}"
                      f"{1000 * max(r['onset'] for r in rows):>15.1f} "
                      f"{statistics.mean(r['lead share'] for r in rows):>13.2f} "
                      f"{min(r['shortest'] for r in rows):>17.1f} "
                      f"{sum(r['headlines'] for r in rows):>12} of {len(rows)}")
                costs.append((half, rows))
            if failed:
                print(f"{half:<5} {failed} not made (a page the ingest refuses)")
    print(f"\n{'half':<5} {'bulletin s (mean)':>18} {'stories alone, sum s':>21} "
          f"{'ratio (min-max)':>16}")
    for half, rows in costs:
        ratios = [r["whole"] / r["alone"] for r in rows]
        print(f"{half:<5} {statistics.mean(r['whole'] for r in rows):>18.1f} "
              f"{statistics.mean(r['alone'] for r in rows):>21.1f} "
              f"{statistics.mean(ratios):>7.2f} ({min(ratios):.2f}-{max(ratios):.2f})")
    return 0


def alone(out: Path, folder: Path) -> float:
    """Seconds to make each story of the bulletin at ``out`` alone, at its length there."""
    from briefing.config import settings_from_cli
    from briefing.pipeline import make

    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    folder.mkdir()
    spent = 0.0
    stories = [i for i in sidecar["running_order"] if i["id"].startswith("s")]
    for item in stories:
        started = time.perf_counter()
        make(settings_from_cli(item["source"], f"{item['end'] - item['start']:.1f}", "story",
                               output=str(folder / f"{item['id']}.mp3")))
        spent += time.perf_counter() - started
    return spent


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 4))
