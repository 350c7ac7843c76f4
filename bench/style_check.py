"""Broadcast style across the corpus: what a listener must never hear as printed.

Usage: python bench/style_check.py [-v] [--all] [--summaries]
Plans a 60 s briefing for every page in ../shared/corpus/scraped (with --all, takes
every body sentence instead) and counts, in the spoken text, abbreviations with a
period, currency and percent signs, URLs and datelines as printed. -v prints each hit.
--summaries checks every sentence of the 145 CNN / Daily Mail stories instead.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from briefing.clock.plan import plan_script
from briefing.ingest.article import load_article
from briefing.script.templates import ScriptTemplate, find_template
from briefing.voices.profiles import load_voice

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "scraped"
CHECKS = {
    "abbreviation": re.compile(
        r"\b(?:[A-Z]\.){2,}|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gov|Sen|Rep|Mr|"
        r"Mrs|Ms|Dr|St|Lt|Gen|Col|Sgt|Capt|Jr|Sr|Inc|Corp|Co|No|Calif|Fla|Mass|Pa|Va|Ill)\.\s"),
    "currency/percent": re.compile(r"[$€£%]"),
    "url": re.compile(r"https?://|www\.|\.(?:com|org|net)\b"),
    "dateline": re.compile(r"^[A-Z]{3,}[A-Z ,.]*(?:\([^)]*\))?\s*[—–-]|\((?:AP|CNN|Reuters)\)"),
}


def spoken_sentences(path: Path, template, voice, every: bool) -> list[str]:  # noqa: ANN001
    from briefing.writing.style import speech_text

    article = load_article(path)
    if every:
        return [speech_text(s.text) for s in article.sentences]
    plan = plan_script(article, template, voice, 60.0)
    return [spoken for seg in plan.script.segments for spoken in seg.sentences]


def summaries_sentences() -> list[str]:
    import json

    from briefing.ingest.article import parse_article
    from briefing.writing.style import speech_text

    path = CORPUS.parent / "summaries" / "cnndm-dev.jsonl"
    return [speech_text(s.text) for line in path.read_text(encoding="utf-8").splitlines()
            for s in parse_article(json.loads(line)["article"]).sentences]


def main(verbose: bool, every: bool, summaries: bool = False) -> int:
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}: nothing to check (this is not an error)")
        return 0
    template, voice = ScriptTemplate(find_template("brief")), load_voice("default")
    totals = dict.fromkeys(CHECKS, 0)
    sentences = 0
    sources = ([("summaries", summaries_sentences())] if summaries else
               [(p.stem, spoken_sentences(p, template, voice, every))
                for p in sorted(CORPUS.glob("*.txt"))])
    for page, spoken_list in sources:
        for spoken in spoken_list:
            sentences += 1
            for name, pattern in CHECKS.items():
                for hit in pattern.finditer(spoken):
                    totals[name] += 1
                    if verbose:
                        print(f"{page}: {name}: {hit.group(0)!r} in {spoken[:90]!r}")
    what = ("145 CNN / Daily Mail stories (every sentence)" if summaries else
            f"{len(list(CORPUS.glob('*.txt')))} pages"
            f"{' (every body sentence)' if every else ' (60 s briefings)'}")
    print(f"{sentences} spoken sentences across {what}")
    for name, count in totals.items():
        print(f"{name:<18} {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv[1:], "--all" in sys.argv[1:], "--summaries" in sys.argv[1:]))
