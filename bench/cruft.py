"""Cruft removal: does every sentence we would speak come from the article body?

Usage: python bench/cruft.py [-v] [--html | --clean]
For each page in ../shared/corpus/scraped (or, with --html, each saved page in
../shared/corpus/html, read through trafilatura; with --clean, the clean companion
itself as input) with a clean/ companion (the body as its
publisher marked it), counts the body sentences we keep that are not in the clean
text ("leaks"), the sentences of a 60 s briefing that are not ("spoken leaks"),
and whether the headline matches the companion's title. -v lists every leak.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from briefing.clock.plan import plan_script
from briefing.ingest.article import load_article
from briefing.script.templates import ScriptTemplate, find_template
from briefing.voices.profiles import load_voice

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def normal(text: str) -> str:
    # Market-data codes (".DJI", "CLc1") are furniture the cleaner removes from copy.
    from briefing.ingest.cleaning import _CODES

    text = _CODES.sub("", " " + text)
    text = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-",
                                         "–": "-", "\u00a0": " "}))
    text = re.sub(r"\s+'s\b", "'s", text)  # the companions sometimes print "Boeing 's"
    return re.sub(r"\s+", " ", text).strip().lower()


def title_matches(ours: str, theirs: str) -> bool:
    theirs = normal(theirs.removeprefix("TITLE:"))
    ours = normal(ours)
    return bool(ours) and (ours in theirs or theirs in ours)


def main(verbose: bool, html: bool, clean: bool = False) -> int:
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}: nothing to measure (this is not an error)")
        return 0
    template = ScriptTemplate(find_template("brief"))
    voice = load_voice("default")
    print(f"{'page':<42} {'kept':>5} {'leaks':>5} {'spoken':>6} {'sp.leaks':>8} {'missed':>6} "
          f"{'title':>5}")
    totals = [0, 0, 0, 0, 0, 0]
    for clean_path in sorted((CORPUS / "clean").glob("*.txt")):
        scraped = (CORPUS / "html" / f"{clean_path.stem}.html" if html
                   else clean_path if clean else CORPUS / "scraped" / clean_path.name)
        if not scraped.exists():
            continue
        clean_lines = clean_path.read_text(encoding="utf-8").splitlines()
        clean_title, clean_body = clean_lines[0], normal(" ".join(clean_lines[1:]))
        article = load_article(scraped)
        kept = [s.text for s in article.sentences]
        leaks = [s for s in kept if normal(s) not in clean_body]
        plan = plan_script(article, template, voice, 60.0)
        spoken = [c for seg in plan.script.segments if seg.sources for c in seg.copy]
        spoken_leaks = [s for s in spoken if normal(s) not in clean_body]
        body_words = len(clean_body.split())
        kept_words = sum(len(s.split()) for s in kept if s not in leaks)
        missed = max(0.0, 1 - kept_words / body_words)
        ok = title_matches(article.title, clean_title)
        print(f"{scraped.stem[:42]:<42} {len(kept):>5} {len(leaks):>5} {len(spoken):>6} "
              f"{len(spoken_leaks):>8} {missed * 100:>5.0f}% {'yes' if ok else 'NO':>5}")
        if verbose:
            for leak in leaks:
                print(f"    leak: {leak[:110]}")
            if not ok:
                print(f"    title: ours {article.title!r} vs {clean_title!r}")
        for i, n in enumerate((len(kept), len(leaks), len(spoken), len(spoken_leaks), 0,
                               0 if ok else 1)):
            totals[i] += n
    print(f"{'total':<42} {totals[0]:>5} {totals[1]:>5} {totals[2]:>6} {totals[3]:>8} "
          f"{'':>6} {totals[5]:>5} titles missed")
    return 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv[1:], "--html" in sys.argv[1:], "--clean" in sys.argv[1:]))
