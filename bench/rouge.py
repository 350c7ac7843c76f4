"""Sentence choice against human highlights: ROUGE of a 30 s briefing's copy vs baselines.

Usage: python bench/rouge.py [SECONDS]   (default 30)
Reads ../shared/corpus/summaries/cnndm-dev.jsonl (145 CNN / Daily Mail stories with
their highlights); says so and stops if absent. For each story, the summary is the
`copy` of the briefing's segments that have sources (default template). Lead-N,
sumy's LexRank and TextRank get the same number of words per story, over the same
sentences (ours, from the same cleaning), in article order. Two more rows show where
the lead's strength lies: Lead-N over the article text as given (no cleaning), and
whole lead sentences (the article's first sentences while they fit in those words).
ROUGE-1/2/L F1 with stemming (rouge-score). Stories are split in two halves by position
(even: "tune", odd: "held out") so a method tuned on one half can be checked on the other.
Needs the bench extra: pip install -e '.[bench]'.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

from rouge_score import rouge_scorer

from briefing.clock.plan import plan_script
from briefing.ingest.article import parse_article
from briefing.script.templates import ScriptTemplate, find_template
from briefing.voices.profiles import load_voice

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "summaries" / \
    "cnndm-dev.jsonl"
METRICS = ("rouge1", "rouge2", "rougeL")


class _Words:
    """sumy's tokenizer interface over sentences we already split (no NLTK data needed)."""

    language = "english"

    @staticmethod
    def to_words(sentence: str) -> list[str]:
        import re

        return re.findall(r"[A-Za-z0-9']+", sentence)

    @staticmethod
    def to_sentences(paragraph: str) -> list[str]:
        return [paragraph]


def truncate(sentences: list[str], words: int) -> str:
    return " ".join(" ".join(sentences).split()[:words])


def whole_sentences(sentences: list[str], words: int) -> str:
    """The first sentences, whole, while they fit in ``words`` (at least the first)."""
    kept: list[str] = []
    for s in sentences:
        if kept and sum(len(k.split()) for k in kept) + len(s.split()) > words:
            break
        kept.append(s)
    return " ".join(kept)


def sumy_pick(sentences: list[str], words: int, method: str) -> str:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = (LexRankSummarizer if method == "lexrank" else TextRankSummarizer)(
        Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    document = ObjectDocumentModel([Paragraph([Sentence(s, _Words()) for s in sentences])])
    for k in range(1, len(sentences) + 1):
        chosen = [str(s) for s in summarizer(document, k)]
        if sum(len(s.split()) for s in chosen) >= words:
            break
    return truncate(chosen, words)


def main(seconds: float) -> int:
    if not DATA.is_file():
        print(f"summaries not found at {DATA}: nothing to score (this is not an error)")
        return 0
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    template, voice = ScriptTemplate(find_template("brief")), load_voice("default")
    methods = ("briefing", "lead", "lead (as given)", "lead (whole)", "lexrank", "textrank")
    scores = {half: {m: {k: [] for k in METRICS} for m in methods} for half in ("tune", "held")}
    words_used = []
    for i, line in enumerate(DATA.read_text(encoding="utf-8").splitlines()):
        story = json.loads(line)
        article = parse_article(story["article"])
        sentences = [s.text for s in article.sentences]
        plan = plan_script(article, template, voice, seconds)
        ours = " ".join(c for seg in plan.script.segments if seg.sources for c in seg.copy)
        n = len(ours.split())
        words_used.append(n)
        picks = {"briefing": ours, "lead": truncate(sentences, n),
                 "lead (as given)": truncate([story["article"]], n),
                 "lead (whole)": whole_sentences(sentences, n),
                 "lexrank": sumy_pick(sentences, n, "lexrank"),
                 "textrank": sumy_pick(sentences, n, "textrank")}
        half = "tune" if i % 2 == 0 else "held"
        for method, text in picks.items():
            result = scorer.score(story["summary"], text)
            for k in METRICS:
                scores[half][method][k].append(result[k].fmeasure)
    print(f"{len(words_used)} stories, {seconds:g} s briefings: "
          f"{statistics.mean(words_used):.0f} words on average (min {min(words_used)}, "
          f"max {max(words_used)})")
    for half, label in (("tune", "tune half"), ("held", "held-out half"), (None, "all")):
        print(f"\n{label:<16} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ROUGE-L':>8}")
        for method in methods:
            row = []
            for k in METRICS:
                values = (scores[half][method][k] if half else
                          scores["tune"][method][k] + scores["held"][method][k])
                row.append(statistics.mean(values) * 100)
            print(f"{method:<16} {row[0]:>8.2f} {row[1]:>8.2f} {row[2]:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(float(sys.argv[1]) if len(sys.argv) > 1 else 30.0))
