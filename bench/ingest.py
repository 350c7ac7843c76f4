"""Ingest on any page: does a briefing speak only the article, and keep enough of it?

Usage: python bench/ingest.py [-v] [SECONDS ...]   (default 30 and 60)

Runs the preview (as `briefing preview --json` does) over every page of
../shared/corpus/scraped and ../shared/corpus/bench/scraped that has the publisher's
body beside it, and prints per page and in total, for the development and the
held-out half apart (a page is held out by a hash of its name, fixed once):

- leaks: spoken article sentences not in the publisher's body (target 0)
- recall: share of the body's sentences (five words or more, ending in . ! or ?; list
  items are not copy) the cleaner kept (target >= 95%)
- frags: spoken sentences that start mid-sentence or are too short to stand
- credit: the outlet credited from a copyright line or a company name (target 0)
- refused: the page was refused (and why)
- unint: spoken surnames and references ("the statement") whose introduction was not
  heard first (target <= 1% of spoken); >30w: spoken sentences over 30 words; lead:
  briefings whose lead is one of the body's first two sentences (target >= 90%);
  stumb: words espeak-ng would say as "dash", "slash", "dot" or letter by letter in what
  is spoken, besides initialisms spelled as listeners know them (target 0)
- stub: the same page with its story taken out must be refused, not voiced
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from corpus import CORPUS, held_out

_COMPANY = re.compile(r"©|\bcopyright\b|\ball rights reserved\b|\b(inc|llc|ltd|corp|plc|"
                      r"gmbh|holdings|group|media group|company)\b\.?$", re.I)


def normal(text: str) -> str:
    text = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-",
                                         "–": "-", "\u00a0": " "}))
    return re.sub(r"\s+", " ", text).strip().lower()


def grams(text: str, n: int = 3) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", normal(text))
    return {tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}


def covered(sentence: str, text_grams: set[tuple[str, ...]], share: float = 0.8) -> bool:
    """Most of the sentence's word triples are in the text: the sentence is there, give or
    take a dateline, an inline market code or a typographic quote."""
    own = grams(sentence)
    return bool(own) and len(own & text_grams) >= share * len(own)


def pages() -> list[tuple[str, Path, Path, bool]]:
    """(name, page, publisher's body, whether the body file starts with a title line)."""
    found = []
    for clean in sorted((CORPUS / "clean").glob("*.txt")):
        page = CORPUS / "scraped" / clean.name
        if page.exists():
            found.append((clean.stem, page, clean, True))
    for clean in sorted((CORPUS / "bench" / "clean").glob("*.txt")):
        page = CORPUS / "bench" / "scraped" / clean.name
        if page.exists():
            found.append((clean.stem, page, clean, False))
    return found


def is_fragment(sentence: str) -> bool:
    """Starts mid-sentence (lower case, a conjunction's comma, a closing mark) or is too
    short to stand as a sentence on air."""
    text = sentence.strip().lstrip("\"“'‘(")
    if not text:
        return True
    return (text[0].islower() or text[0] in ",;:)]”’" or len(text.split()) < 4
            or not re.search(r"[.!?][\"”’')\]]*$", text))


@dataclass
class Row:
    name: str
    held: bool
    kept: int = 0
    body: int = 0
    recalled: int = 0
    spoken: int = 0
    leaks: list[str] = field(default_factory=list)
    frags: list[str] = field(default_factory=list)
    credit: str | None = None
    bad_credit: bool = False
    refused: str | None = None
    stub_refused: bool = True
    unintroduced: list[str] = field(default_factory=list)
    long: int = 0
    leads: list[bool] = field(default_factory=list)
    stumbles: list[str] = field(default_factory=list)
    said: int = 0
    long_examples: list[str] = field(default_factory=list)
    rewrites: Counter = field(default_factory=Counter)
    """Rewrites for the ear applied to spoken sentences, by kind."""


def measure(name: str, page: Path, clean: Path, titled: bool, seconds: list[float],
            held: bool) -> Row:
    from briefing.config import settings_from_cli
    from briefing.core.errors import BriefingError
    from briefing.ingest.article import split_sentences
    from briefing.pipeline import preview
    from briefing.voices.stumbles import stumbles
    from briefing.writing.references import unintroduced
    from briefing.writing.tighten import split_long

    row = Row(name, held)
    lines = clean.read_text(encoding="utf-8").splitlines()
    body_text = " ".join(lines[1:] if titled else lines)
    body = grams(body_text)
    # Sentences proper: list items (tour dates, product bullets, table rows) are not copy.
    body_sentences = [normal(s) for line in (lines[1:] if titled else lines)
                      for s in split_sentences(line)
                      if len(s.split()) >= 5 and re.search(r"[.!?][\"”’')\]]*$", s)]
    row.body = len(body_sentences)
    try:
        for target in seconds:
            planned = preview(settings_from_cli(str(page), str(target)))
            written = {s.text for s in planned.article.sentences}
            by_index = {s.index: s for s in planned.article.sentences}
            spoken = [by_index[i] for seg in planned.plan.script.segments for i in seg.sources]
            row.unintroduced += [f"{name}: {s.text}" for s, name in
                                 unintroduced(spoken, planned.article)]
            # As written, once tightened (a number said in words is no longer word).
            said = [piece for seg in planned.plan.script.segments if seg.sources
                    for line in seg.copy for piece in split_sentences(split_long(line))]
            row.long_examples += [p for p in said if len(p.split()) > 30]
            row.long += sum(1 for piece in said if len(piece.split()) > 30)
            row.said += len(said)
            lead = planned.plan.script.segments[0].sources
            row.leads.append(bool(lead) and lead[0] <= 1)
            for segment in planned.plan.script.segments:
                for said in segment.sentences:
                    row.stumbles += [f"{x.kind} {x.token!r}: {said}" for x in stumbles(said)
                                     if x.kind != "initialism"]
                # Template wording ("In an editorial, ... says:") is not the article's.
                for kinds in segment.rewrites:
                    row.rewrites.update(kinds)
                for copy in (w for w in segment.written if w in written):
                    row.spoken += 1
                    if not covered(copy, body):
                        row.leaks.append(copy)
                    elif is_fragment(copy):
                        row.frags.append(copy)
    except BriefingError as exc:
        row.refused = str(exc)
        return row
    kept = grams(" ".join(s.text for s in planned.article.sentences))
    row.kept = len(planned.article.sentences)
    row.recalled = sum(1 for s in body_sentences if covered(s, kept))
    row.credit = planned.article.source
    row.stub_refused = stub_refused(page, body)
    row.bad_credit = bool(row.credit and (_COMPANY.search(row.credit)
                                          or (row.credit.isupper() and len(row.credit) > 5)
                                          or not re.search(r"[A-Za-z]", row.credit)))
    return row


def stub_refused(page: Path, body: set[tuple[str, ...]]) -> bool:
    """The same page with its story taken out (furniture only, the title line kept) must
    be refused: what is left is menus, teasers, captions and footers."""
    from briefing.config import settings_from_cli
    from briefing.core.errors import BriefingError
    from briefing.pipeline import preview

    lines = page.read_text(encoding="utf-8").splitlines()
    stub = [lines[0]] + [ln for ln in lines[1:]
                         if len(ln.split()) < 4 or not covered(ln, body, 0.5)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / page.name
        path.write_text("\n".join(stub), encoding="utf-8")
        try:
            preview(settings_from_cli(str(path), "30"))
        except BriefingError:
            return True
    return False


def table(rows: list[Row], title: str, verbose: bool) -> None:
    print(f"\n{title}: {len(rows)} pages")
    print(f"{'page':<44} {'kept':>5} {'recall':>7} {'spoken':>6} {'leaks':>5} {'frags':>5} "
          f"{'unint':>5} {'stumb':>5} {'>30w':>4} {'lead':>4} {'stub':<6} {'credit':<22}")
    for r in rows:
        recall = f"{100 * r.recalled / r.body:.0f}%" if r.body else "-"
        credit = ("REFUSED " + r.refused[:60]) if r.refused else \
            (("BAD " if r.bad_credit else "") + str(r.credit))[:22]
        lead = f"{sum(r.leads)}/{len(r.leads)}" if r.leads else "-"
        print(f"{r.name[:44]:<44} {r.kept:>5} {recall:>7} {r.spoken:>6} {len(r.leaks):>5} "
              f"{len(r.frags):>5} {len(r.unintroduced):>5} {len(r.stumbles):>5} {r.long:>4} "
              f"{lead:>4} "
              f"{'ok' if r.stub_refused else 'VOICED':<6} {credit:<22}")
        if verbose:
            for leak in r.leaks:
                print(f"    leak: {leak[:100]}")
            for frag in r.frags:
                print(f"    frag: {frag[:100]}")
            for missing in r.unintroduced:
                print(f"    unintroduced {missing[:100]}")
            for stumble in r.stumbles:
                print(f"    stumble {stumble[:100]}")
    measured = [r for r in rows if not r.refused]
    body = sum(r.body for r in measured)
    recall = 100 * sum(r.recalled for r in measured) / body if body else 0.0
    print(f"{'total':<44} {sum(r.kept for r in measured):>5} {recall:>6.1f}% "
          f"{sum(r.spoken for r in measured):>6} {sum(len(r.leaks) for r in measured):>5} "
          f"{sum(len(r.frags) for r in measured):>5} "
          f"bad credits {sum(r.bad_credit for r in measured)}, refused "
          f"{len(rows) - len(measured)}, pages with a leak "
          f"{sum(1 for r in measured if r.leaks)}, story-less copies voiced "
          f"{sum(1 for r in measured if not r.stub_refused)}")
    spoken = sum(r.spoken for r in measured) or 1
    leads = [ok for r in measured for ok in r.leads]
    print(f"{'':<44} unintroduced names and references "
          f"{sum(len(r.unintroduced) for r in measured)} "
          f"({100 * sum(len(r.unintroduced) for r in measured) / spoken:.1f}% of spoken; "
          f"target <= 1%), spoken sentences over 30 words {sum(r.long for r in measured)} "
          f"({100 * sum(r.long for r in measured) / max(1, sum(r.said for r in measured)):.1f}%"
          f"), lead among the body's "
          f"first two sentences {100 * sum(leads) / max(1, len(leads)):.0f}% (target >= 90%), "
          f"voice stumbles {sum(len(r.stumbles) for r in measured)} (target 0)")
    kinds = sum((r.rewrites for r in measured), Counter())
    splits = sum(r.said for r in measured) - spoken
    print(f"{'':<44} rewrites: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
          + f", long sentences said as two: {max(0, splits)}")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    seconds = [float(a) for a in argv if a != "-v"] or [30.0, 60.0]
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}: nothing to measure (this is not an error)")
        return 0
    rows = [measure(name, page, clean, titled, seconds, held_out(name))
            for name, page, clean, titled in pages()]
    print(f"briefings at {', '.join(f'{s:g}' for s in seconds)} s; leaks and frags count "
          "spoken article sentences over all targets")
    table([r for r in rows if not r.held], "development", verbose)
    table([r for r in rows if r.held], "held out", verbose)
    npr = CORPUS / "scraped" / "00-npr-xi-zelenskyy-call.txt"
    if npr.exists():
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "briefing.cli", "preview", str(npr)],
                       check=True, capture_output=True)
        print(f"\n`briefing preview` on the NPR page, whole process: "
              f"{time.perf_counter() - started:.2f} s (target < 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
