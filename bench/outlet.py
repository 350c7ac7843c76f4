"""Outlet credits and piece kinds on real pages: is the credited outlet the page's site?

Usage: python bench/outlet.py [-v] [--with-url]

For every whole-page dump in ../shared/corpus/scraped and ../shared/corpus/bench/scraped,
runs `briefing.ingest.outlet` on the page's lines (the body as `cleaning.split_page` finds it,
the address only when the dump prints it) and prints, per page: the outlet credited,
where it was found, the kind of piece, and whether the credit names the page's site
(the manifest's outlet for scraped/, the URL's host for bench/, compared by letters).
A wire credit ("AP" on a local paper's copy of an AP story) counts apart: right, as the
story is the wire's; so does a press release's issuer ("release"). Totals are printed for
the development and the held-out half apart (a page is held out by a hash of its name, as
in bench/ingest.py), with the credits that have a copyright or company shape (target 0).
With -v, each page's address and dateline; with --with-url, the manifest's URL is given to
`find_outlet` as a fetched page's would be.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from corpus import CORPUS, held_out

_COMPANY = re.compile(r"©|\bcopyright\b|\ball rights reserved\b|\b(inc|llc|ltd|corp|plc|"
                      r"gmbh|holdings|group|publishing|media group|company)\b\.?$|^\d{4}$",
                      re.I)
_WIRES = {"AP", "Reuters", "AFP", "UPI", "CNN"}


def pages() -> list[tuple[str, Path, str | None]]:
    """(name, page, the site it came from: a host or the manifest's outlet)."""
    found = []
    manifest = CORPUS / "MANIFEST.json"
    known = json.loads(manifest.read_text()) if manifest.exists() else {}
    for page in sorted((CORPUS / "scraped").glob("*.txt")):
        entry = known.get(page.name, {})
        site = entry.get("url") or entry.get("outlet")
        found.append((page.stem, page, site))
    manifest = CORPUS / "bench" / "MANIFEST.json"
    known = json.loads(manifest.read_text()) if manifest.exists() else {}
    for page in sorted((CORPUS / "bench" / "scraped").glob("*.txt")):
        found.append((page.stem, page, known.get(page.name, {}).get("url")))
    return found


def verdict(name: str | None, found_in: str | None, site: str | None) -> str:
    from briefing.ingest.outlet import host_of, matches_host

    if name is None:
        return "none"
    if found_in in ("dateline", "byline") and name in _WIRES:
        return "wire"
    if found_in == "release":
        return "release"  # a press release's issuer: its author, whatever site printed it
    if not site:
        return "?"
    host = host_of(site) if ("://" in site or "." in site.split()[0]) else None
    if host:
        return "right" if matches_host(name, host) else "WRONG"
    # A manifest outlet given as a name ("NPR (seed document)").
    return "right" if re.sub(r"\W", "", name.lower()) in re.sub(r"\W", "", site.lower()) \
        else "WRONG"


def main(argv: list[str]) -> int:
    if not CORPUS.exists():
        print(f"corpus not found at {CORPUS}: nothing to measure")
        return 0
    from briefing.ingest.cleaning import split_page
    from briefing.ingest.dateline import parse_dateline
    from briefing.ingest.outlet import find_outlet, find_url, host_of
    from briefing.ingest.piece import piece_kind

    verbose = "-v" in argv
    with_url = "--with-url" in argv
    totals = {False: Counter(), True: Counter()}
    kinds = {False: Counter(), True: Counter()}
    odd = {False: [], True: []}
    print(f"{'page':44} {'outlet':28} {'found in':9} {'kind':9} {'site':26} verdict")
    for name, path, site in pages():
        text = path.read_text(encoding="utf-8", errors="replace")
        lines = [re.sub(r"\s+", " ", raw).strip() for raw in text.splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            continue
        body = split_page(text).paragraphs
        url = find_url(lines)
        if with_url and site and "://" in site:
            url = site
        outlet = find_outlet(lines, title_line=lines[0], body=body, url=url)
        kind = piece_kind(lines, title_line=lines[0], url=url, body=body)
        held = held_out(name)
        said, where = (outlet.name, outlet.found_in) if outlet else (None, None)
        mark = verdict(said, where, site)
        totals[held][mark] += 1
        kinds[held][kind.value] += 1
        if said and _COMPANY.search(said):
            odd[held].append(f"{name}: {said}")
        shown_site = (host_of(site) if site and "://" in site else site) or "-"
        print(f"{name[:44]:44} {str(said)[:28]:28} {str(where):9} {kind.value:9} "
              f"{shown_site[:26]:26} {mark}{'  [held out]' if held else ''}")
        if verbose:
            dated = next((d for d in map(parse_dateline, body[:1] + lines) if d and d.agency),
                         None)
            print(f"    url in page: {url}  dateline: {dated and (dated.places, dated.agency)}")
    for held, label in ((False, "development"), (True, "held out")):
        t = totals[held]
        print(f"\n{label}: {sum(t.values())} pages: right {t['right']}, wire {t['wire']}, "
              f"release {t['release']}, "
              f"wrong {t['WRONG']}, none {t['none']}, unjudged {t['?']}; "
              f"copyright/company-shaped credits {len(odd[held])}"
              + (f" ({'; '.join(odd[held])})" if odd[held] else ""))
        print(f"  kinds: {dict(sorted(kinds[held].items()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
