"""Headlines for a bulletin: which pages' titles say on air, which fall back to their
opening sentence, which go without.

Usage: python bench/headlines.py [--show]
Every scraped page of the corpus; the development and held-out halves apart. --show
prints each page's choice, for an editor to read (not for the project's files).
"""

from __future__ import annotations

import statistics
import sys

from corpus import CORPUS, held_out


def main(show: bool) -> int:
    pages = sorted((CORPUS / "scraped").glob("*.txt")) + \
        sorted((CORPUS / "bench" / "scraped").glob("*.txt"))
    if not pages:
        print(f"corpus not found at {CORPUS}: nothing to measure (this is not an error)")
        return 0
    from briefing.bulletin import headline
    from briefing.core.errors import BriefingError
    from briefing.ingest.article import load_article

    rows: dict[str, list[tuple[str, int]]] = {"dev": [], "held": []}
    for page in pages:
        try:
            article = load_article(page)
        except BriefingError:
            continue
        said = headline(article)
        kind = "none" if not said else "title" if said.rstrip(".") in \
            " ".join(article.title.split()) else "lead"
        rows["held" if held_out(page.stem) else "dev"].append((kind, len(said.split())))
        if show:
            print(f"{kind:<5} {page.stem[:40]:<40} {said[:110]}")
    print(f"{'half':<5} {'pages':>5} {'title':>6} {'lead':>5} {'none':>5} "
          f"{'words (mean, max)':>18}")
    for half, got in rows.items():
        words = [w for k, w in got if k != "none"]
        print(f"{half:<5} {len(got):>5} {sum(k == 'title' for k, _ in got):>6} "
              f"{sum(k == 'lead' for k, _ in got):>5} {sum(k == 'none' for k, _ in got):>5} "
              f"{statistics.mean(words):>12.1f}, {max(words):>3}")
    return 0


if __name__ == "__main__":
    sys.exit(main("--show" in sys.argv))
