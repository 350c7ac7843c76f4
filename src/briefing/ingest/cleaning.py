"""Web-page text dumps to article parts: find the body, drop the cruft around and inside it.

The rules describe shapes that scraped news pages share (menus, player widgets,
captions printed twice, stamps, credits, bios), not any one page.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass

from . import furniture
from .dateline import _WIRES, Dateline, drop_dateline, parse_dateline
from .outlet import declared_name, find_outlet, find_url
from .piece import Kind, declared_kind, piece_kind

_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")

# Whole lines that are never spoken copy, wherever they sit.
_CRUFT_LINE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(updated|published|posted|last updated|first published)\b.{0,60}\d",
        r"^(copyright|\(c\)|©)",
        r"all rights reserved",
        r"\b(contributed|contributing) (reporting|to this report|to this story)\b",
        r"^(additional )?(reporting|writing|editing) by\b",
        r"^(file photo|photo|image|caption|image caption|image copyright|media caption)\b\s*[:|-]?",
        r"\b(getty images|ap photo|reuters/|afp via|/ap$|shutterstock)\b",
        r"^(share|share this|tweet|email|print|comment|comments|save|facebook|twitter)\b.{0,30}$",
        r"^(skip to|jump to|back to top|advertisement|sponsored|read more|more videos|"
        r"related|see also|watch|listen|play|replay|next up|up next)\b.{0,40}$",
        r"^(sign up|subscribe|get our|get the|download the|follow us|follow)\b",
        r"\bnewsletter\b.{0,60}$",
        r"^(click|tap) here\b",
        r"^\d{1,2}:\d{2}(:\d{2})?( \d{1,2}:\d{2}(:\d{2})?)?$",
        r"\b(\d+ min read|min read)\b",
        r"^by [A-Z]",
        r"^\d{1,2} of \d{1,2}\b",  # photo gallery captions: "1 of 4 Grass Valley's ..."
        r"^(updated )?\d+[smhd] ago\b",  # teaser ages: "32M ago", "updated 16M ago"
        # Captions end with a credit: "... (Source: NASA)", "(Jane Doe / Agency)".
        r"\((source|photo|photos|credit|image|video|file)\s*:[^)]*\)\s*$",
        r"\([^()]{3,60} / [^()]{2,40}\)\s*$",
        # Captions date the picture in full: "..., Tuesday, Nov. 19, 2019."
        r"\b(mon|tues|wednes|thurs|fri|satur|sun)day, [a-z]{3,9}\.? \d{1,2}, \d{4}\b",
        # Promotions for the outlet's other products.
        r"\b(subscribe|newsletters?|youtube|podcasts?|ireport|listen live|listen back|"
        r"watch live|share your (videos|photos|pictures|stories)|download (our|the) app)\b",
        r"^(listen|watch|click|tap|read|see|follow)\b.{0,80}(here|now|live)\b\W*$",
        r"^(video|watch|photos?|gallery|live updates)\b[^.]{0,80}:",  # "Video shows ...: ..."
        # Time stamps: "Nov 19, 2026 at 9:08 GMT 1 day ago", "3 hours ago".
        r"\b\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago[\s'\"’”]*$",
        r"^\W*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd"
        r"|rd|th)?,? \d{4}(?: at \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?\W*$",
        # Breadcrumbs: "Home > News > Schools", "News › Local › Courts".
        r"^\w[\w'&-]*(?: [\w'&-]+){0,2}(?:(?: [>›»] \w[\w'&-]*(?: [\w'&-]+){0,2}){1,5}"
        r"|(?: / \w[\w'&-]*(?: [\w'&-]+){0,2}){2,5})$",
    )
]
_CREDIT_LINE = re.compile(
    r"^[^.!?]{0,60}(getty images|ap photo|associated press|reuters|bloomberg|afp|"
    r"shutterstock|epa|pa media)[^.!?]{0,30}$", re.IGNORECASE)
_SUMMARY_HEADER = re.compile(r"^(key points|highlights|story highlights|key takeaways|"
                             r"ai-generated summary|ai summary|summary by ai|"
                             r"in brief|what to know|summary|at a glance|the big picture|"
                             r"what we know|catch up quick|tl;?dr)\s*:?$", re.IGNORECASE)
# Market-data codes that wire pages print inline: ".DJI", "CLc1", "EUR=", "US10YT=RR".
_CODES = re.compile(
    r"\s\.[A-Z][A-Z0-9]{1,14}\b|\s[A-Z]{1,5}[a-z]\d\b|\s[A-Z0-9]{2,10}=[A-Z]*(?=[\s,.])")
_NAME_LINE = re.compile(r"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,3}$")
_BYLINE = re.compile(r"^(?:by|analysis by|written by)\s+(.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class PageParts:
    """What the cleaner found in a page dump."""

    title: str
    byline: str | None
    source: str | None
    published: dt.date | None
    paragraphs: list[str]
    page_words: int = 0
    """Words on the whole page, furniture included: how much else there was."""
    standfirst: str | None = None
    """The summary printed between the headline and the story: shown, never the lead."""
    kind: Kind = Kind.NEWS
    """News, or a piece that argues, judges or explains (opinion, editorial, review...)."""
    dateline: Dateline | None = None
    """Where (and by which agency) the story was filed, parsed off its first paragraph."""

    def with_metadata(self, known) -> PageParts:  # noqa: ANN001 - formats.Extracted
        """Fill from what the page's format declared (HTML metadata): a wire dateline
        still names the source first."""
        from dataclasses import replace

        wire = self.source in set(_WIRES.values())
        return replace(
            self,
            title=known.title or self.title,
            byline=_tidy_name(known.byline) or self.byline,
            source=self.source if wire else declared_name(known.source) or self.source,
            published=known.published or self.published,
            kind=declared_kind(list(known.labels), known.url) or self.kind,
        )


def _words(line: str) -> int:
    return len(line.split())


@functools.lru_cache(maxsize=8192)  # asked of each line by several rules
def is_cruft(line: str) -> bool:
    """True when a line is page furniture rather than article copy."""
    if _words(line) >= 3 and sum(c.isupper() for c in line) > 0.8 * sum(c.isalpha() for c in line):
        return True  # shouted promos: "THE POINT -- NOW ON YOUTUBE!"
    return any(p.search(line) for p in _CRUFT_LINE)


def _title_case(line: str) -> bool:
    """Most longer words capitalised: "Home Depot Stock Is Falling After Its Earnings"."""
    long = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]+", line) if len(w) >= 4]
    return len(long) >= 4 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


@functools.lru_cache(maxsize=8192)
def is_prose(line: str) -> bool:
    """A line that reads like article copy: a sentence or more.

    A lone short question ("Why did it pass?") is a subhead, not copy.
    """
    n = _words(line)
    if n <= 12 and line.rstrip().endswith("?") and line.count("?") == 1:
        return False
    if n <= 20 and _title_case(line):
        return False  # a teaser's headline, full stop or not
    if line.rstrip().endswith(("...", "…")):
        return False  # a truncated teaser
    if n >= 40 and len(re.findall(r"[.!?][\"”’')\]]*\s+[A-Z\"“‘']", line)) >= 2:
        return True  # a long paragraph whose last sentence lost its stop
    # Teasers, decks and captions often run long without a full stop; copy ends with one.
    return n >= 5 and bool(_SENTENCE_END.search(line))


def _body_span(lines: list[str], skip: set[int], notices: frozenset[int] = frozenset(),
               ) -> tuple[int, int]:
    """The run of lines with the most prose, allowing short interruptions (subheads, and
    captions in ``skip``); a notice (``notices``) weighs as furniture does."""
    best, best_span = 0.0, (0, 0)
    run, start = 0.0, 0
    for i, line in enumerate(lines):
        if i in notices:
            weight = -(3.0 + _words(line) / 2)
        elif i in skip:
            weight = -1.0
        elif is_prose(line) and not is_cruft(line):
            weight = float(_words(line))
        else:
            weight = -(3.0 + _words(line) / 2)
        if run <= 0:
            run, start = 0.0, i
        run += weight
        if run > best:
            best, best_span = run, (start, i + 1)
    return best_span


_TRAILING_LINK = re.compile(r"(?<=[.!?\"”’])\s+(read more|continue reading|read the full "
                            r"(story|article)|full story|more)\W{0,3}$", re.IGNORECASE)
_SPEAKER_LABEL = re.compile(r"^[A-Z][A-Z.'’ -]{1,30}:\s+(?=\S)")
"""A transcript's speaker label: "MARTIN: ", "FIONNUALA BREEN: "."""
_STAGE = re.compile(r"\s*[\[(](laughs?|laughter|music|applause|crosstalk|inaudible|"
                    r"unintelligible|sighs?|pause|soundbite[^\])]*|music playing|"
                    r"[^\])]{0,30}\b(playing|plays)|beat)[\])]", re.IGNORECASE)
"""A transcript's stage direction: "[LAUGHS]", "(SOUNDBITE OF MUSIC)"."""
BOX = 12
"""Lines of furniture (a newsletter box, a quote table, "Read more" links) the story may
run across, when it goes on for at least two paragraphs on the other side."""


def _across_boxes(lines: list[str], start: int, end: int, copy) -> tuple[int, int]:  # noqa: ANN001
    """The run widened across boxes set inside the story: a box costs more than one short
    paragraph gains, but a story does not end at a signup box it goes on after."""

    def run_from(i: int, step: int) -> tuple[int, int]:
        """(paragraphs, last index) of the prose run met within BOX lines of ``i``."""
        gap = 0
        while 0 <= i < len(lines) and not copy(i) and gap < BOX:
            i, gap = i + step, gap + 1
        found, last = 0, i - step
        while 0 <= i < len(lines) and (copy(i) or (found and not copy(i) and
                                                  0 <= i + step < len(lines) and copy(i + step))):
            if copy(i):
                found, last = found + 1, i
            i += step
        return found, last

    while True:
        found, last = run_from(end, 1)
        if found < 2:
            break
        end = last + 1
    while start > 0:
        found, last = run_from(start - 1, -1)
        if found < 2:
            break
        start = last
    return start, end


def _similar(a: str, b: str) -> float:
    wa = set(re.findall(r"\w+", a.lower()))
    wb = set(re.findall(r"\w+", b.lower()))
    return len(wa & wb) / max(1, len(wa | wb))


def bare_title(page_title: str) -> str:
    """A <title> without its site furniture: "Headline | UK News | Sky News" -> "Headline"."""
    # Exports and clean copies sometimes label the line: "TITLE: ...", "Headline: ...".
    bare = re.sub(r"^(title|headline)\s*:\s*", "", page_title, flags=re.IGNORECASE)
    # A kind label before it: "Opinion | Headline", "Review: Headline".
    bare = re.sub(r"^(opinion|editorial|analysis|news analysis|review|commentary|column)"
                  r"\s*[|:]\s*(?=\S)", "", bare, flags=re.IGNORECASE)
    # The site's parts after a bar or a spaced dash go ("| Tri-County Record", "- WKRP-TV
    # 8"); a lower-case clause after a dash is the headline's own ("– they are changing").
    from .outlet import split_title

    return split_title(bare, max_words=4, max_chars=40)[0]


def _find_title(lines: list[str], body_start: int, skip: set[int]) -> str:
    bare = bare_title(lines[0] if lines else "")
    candidates = [
        (i, line)
        for i, line in enumerate(lines[1:body_start], start=1)
        if i not in skip and 3 <= _words(line) <= 30 and not is_cruft(line)
        and not _BYLINE.match(line) and not line.endswith(".")
    ]
    # The first line of a dump is the page's <title>: the headline, once its outlet
    # suffix is gone, unless it is furniture ("Play Live Radio") or the story itself.
    if bare and 3 <= _words(bare) <= 30 and not is_cruft(bare) and not is_prose(bare):
        return bare
    if body_start == 0:
        return ""  # the text starts with the story: no headline printed
    scored = [(_similar(line, bare), i, line) for i, line in candidates]
    good = [s for s in scored if s[0] >= 0.5]
    if good:
        return max(good)[2]
    # Nearest headline-shaped line above the body.
    return candidates[-1][1] if candidates else bare


def _find_date(lines: list[str]) -> dt.date | None:
    """The first date printed (day or month first, "2024-05-11", "22·05·24"), never a
    copyright line's."""
    from .dateline import parse_date
    from .outlet import _is_copyright

    for line in lines:
        date = None if _is_copyright(line) else parse_date(line)
        if date:
            return date
    return None


def _bios(lines: list[str]) -> tuple[list[str], set[int]]:
    """Author bios: a name-only line followed by "<that name> is/covers/..." lines."""
    names, bios = [], set()
    for i in range(1, len(lines)):
        name = lines[i - 1]
        if i - 1 in bios or not _NAME_LINE.match(name):
            continue
        if lines[i].startswith(name + " ") and _words(lines[i]) >= 4:
            names.append(name)
            bios.add(i)
            bios.add(i - 1)
    return names, bios


_BIO_WORDS = re.compile(
    r"\b(writes|is the author|author of|columnist|correspondent|joined|covers|reporter|"
    r"has been an?|staff|prize|can be reached|follow (him|her|them))\b", re.IGNORECASE)


def _author_bios(lines: list[str], start: int, byline: str | None) -> set[int]:
    """Bio paragraphs about the byline's author after the story begins, and the He/She
    lines that continue them."""
    if not byline:
        return set()
    surnames = {w for name in re.split(r",| and ", byline)
                for w in name.split()[1:2] if w[:1].isupper()}
    bios: set[int] = set()
    for i in range(start, len(lines)):
        line = lines[i]
        opening = line[:90]
        if any(re.search(rf"\b{re.escape(n)}\b", opening) for n in surnames) and \
                _BIO_WORDS.search(opening) and not re.search(r"\b(said|says|told)\b", opening):
            bios.add(i)
        elif i - 1 in bios and re.match(r"^(he|she|they|his|her|their|as a)\b", line, re.I):
            bios.add(i)
    return bios


_JOBS = r"(columnist|writer|correspondent|reporter|editor|contributor|editor-at-large|staff)"


def _tidy_name(name: str | None) -> str | None:
    """Names printed in capitals ("LISA MASCARO and ERIC TUCKER") in title case, without
    a lead-in ("Analysis by", "Words by"), a job title ("Jane Roe Business Columnist",
    "economics correspondent Nadia Karimi") or a wire ("Jane Roe Associated Press"); a
    company or a copyright line is no one's name."""
    from .outlet import _COMPANY, _is_copyright, bare_person

    if not name:
        return None
    name = re.sub(r"^(analysis|commentary|opinion|written|words|story|text|interviews?|"
                  r"report|reported|posted)?\s*by\s+", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(rf",\s+[^,]*\b{_JOBS}$", "", name, flags=re.IGNORECASE)
    name = re.sub(rf"(\s+[A-Z][a-z]+)?\s+{_JOBS}$", "", name, flags=re.IGNORECASE)
    # "economics correspondent Nadia Karimi", "Rebecca Holloway Associated Press".
    name = bare_person(name)
    if _is_copyright(name) or re.search(rf"{_COMPANY.pattern}$", name, re.IGNORECASE):
        return None  # an owner ("Shire Media Group LLC"), not a person
    if re.search(r"\b(any|all|every|each|some|our|your|my|their|this|that|these|those|"
                 r"none|more|most)\b", name, re.IGNORECASE):
        return None  # a phrase from the menu ("By Any Means Necessary"), not a name
    if not name or len(name) <= 4:
        return name or None
    caps = sum(c.isupper() for c in name)
    if caps > sum(c.islower() for c in name) and " " in name:
        return " ".join(w if w in ("and", "of") else w.title() for w in name.split())
    return name


def _without_cruft_sentences(line: str) -> str:
    """A long paragraph loses only its cruft sentences, not the whole paragraph: a
    single-paragraph article that mentions a podcast is still an article."""
    if _words(line) < 40 or not is_cruft(line):
        return line
    from .sentences import split_sentences

    return " ".join(s for s in split_sentences(line) if not is_cruft(s))


_DROP_CAP = re.compile(r"^([\"“‘']?)([A-Z]) ([a-z]+)\b")


def join_drop_caps(lines: list[str]) -> list[str]:
    """A paragraph's opening letter printed apart ("T he city...", a drop cap in the page's
    design) joined back to its word: when the page uses the joined word elsewhere ("the"),
    or never uses the rest ("hile") as a word. "T cells" with "cells" elsewhere stays as
    it is. A and I are words: "A dam" is joined only when the page names "Adam" elsewhere."""
    # A drop cap on a line of its own: "T", then "he council met...".
    joined: list[str] = []
    for line in lines:
        if joined and re.fullmatch(r"[\"“‘']?[A-Z]", joined[-1]) and line[:1].islower():
            joined[-1] += line
        else:
            joined.append(line)
    lines = joined
    words = Counter(w.lower() for line in lines for w in re.findall(r"[A-Za-z]+", line))
    names = Counter(w for line in lines for w in re.findall(r"\b[A-Z][a-z]+", line))

    def join(m: re.Match) -> str:
        rest = m.group(3)
        joined = m.group(2) + rest
        if len(rest) == 1:  # "I n a call", "A s he left": only into a common word
            return m.group(1) + joined if words[joined.lower()] >= 2 else m.group(0)
        if m.group(2) in "AI":
            # "A fter" when the page says "after" and never "fter"; "A dam" only when the
            # page names Adam.
            if names[joined] >= 1 or (words[joined.lower()] >= 1 and words[rest] <= 1):
                return m.group(1) + joined
            return m.group(0)
        if words[joined.lower()] >= 1 or words[rest] <= 1:
            return m.group(1) + joined
        return m.group(0)

    return [_DROP_CAP.sub(join, line, count=1) for line in lines]


_SPLIT_WORD = re.compile(r"(?<![\w.'’-])([a-z]) ([b-df-hj-np-tv-xz]{1,3})(?![\w'’.-])")
"""A lone letter and a fragment with no vowel: "a nd", a word the page's layout split."""


def join_split_words(lines: list[str]) -> list[str]:
    """A word split after its first letter mid-line ("cannabis a nd alcohol") joined back
    when the page uses the joined word elsewhere; a voice would spell "N D"."""
    words = Counter(w.lower() for line in lines for w in re.findall(r"[A-Za-z]+", line))

    def join(m: re.Match) -> str:
        joined = m.group(1) + m.group(2)
        return joined if words[joined] >= 1 else m.group(0)

    return [_SPLIT_WORD.sub(join, line) for line in lines]


def split_page(text: str) -> PageParts:
    """Split a page's text dump into headline, byline, source, date and body paragraphs."""
    lines = [re.sub(r"\s+", " ", raw).strip() for raw in text.splitlines()]
    # A paragraph with its link glued on: "... journeys. Read more", "... Continue reading".
    lines = [_TRAILING_LINK.sub("", line) if _words(line) > 8 else line for line in lines]
    lines = [_STAGE.sub("", line).strip() for line in lines]
    lines = [_without_cruft_sentences(line) for line in lines if line]
    lines = join_split_words(join_drop_caps([line for line in lines if line]))
    # Captions and embedded headlines are printed twice in a row: drop every copy.
    # A sentence repeated far apart (a standfirst, then the body) keeps its last copy.
    twins = {i for i in range(len(lines)) for j in (i - 2, i - 1, i + 1, i + 2)
             if 0 <= j < len(lines) and j != i and lines[j] == lines[i] and _words(lines[i]) >= 4}
    last = {line: i for i, line in enumerate(lines)}
    counts = Counter(lines)
    repeated = twins | {i for i, line in enumerate(lines)
                        if counts[line] > 1 and _words(line) >= 4 and last[line] != i}
    authors, bios = _bios(lines)
    # A related-story embed prints its headline twice, then a one-line teaser.
    headline = bare_title(lines[0]) if lines else ""
    teasers = {i + 1 for i in twins if i + 1 < len(lines) and i + 1 not in twins
               and not is_prose(lines[i]) and not is_cruft(lines[i])
               and not furniture.is_stamp(lines[i]) and not furniture.is_credit(lines[i])
               and _similar(lines[i], headline) < 0.8}
    # "Key Points" bullets restate the story above the story itself.
    summary = set()
    for i, line in enumerate(lines):
        if _SUMMARY_HEADER.match(line):
            j = i + 1
            # The bullets, up to the box's own note ("generated by AI...") or the story.
            while j < len(lines) and j - i <= 5 and is_prose(lines[j]) and \
                    not furniture.is_site_talk(lines[j]) and _words(lines[j]) <= 40:
                summary.add(j)
                j += 1
            if j < len(lines) and furniture.is_site_talk(lines[j]):
                summary.add(j)
    notices = frozenset(i for i, line in enumerate(lines) if furniture.is_site_talk(line))
    links = {i for i, line in enumerate(lines) if furniture.LINK_LABEL.match(line)}
    skip = repeated | bios | teasers | summary | furniture.captions(lines) | \
        furniture.pull_quotes(lines) | furniture.teaser_lists(lines) | notices | links
    start, end = _body_span(lines, skip, notices)
    # Whether a line reads as story copy, asked again and again below: once a line.
    copy_lines = [is_prose(line) and not is_cruft(line) for line in lines]
    start, end = _across_boxes(lines, start, end, lambda i: i not in skip and copy_lines[i])
    # Reader comments follow the story: a thread that begins inside the run ends it.
    thread = furniture.comment_threads(lines, start)
    if thread:
        end = min(end, max(start, min(thread)))
        skip |= thread
    end = min(end, furniture.boilerplate_start(lines, start + 1) or end)
    start = furniture.header_end(lines, start, end, lambda i: i not in skip and copy_lines[i])
    # A summary that the story then says again in other words is its standfirst, and so is
    # one printed above the byline and again atop the story.
    prose = [i for i in range(start, end) if i not in skip and is_prose(lines[i])]
    if len(prose) > 3 and (any(_similar(lines[prose[0]], lines[j]) >= 0.6 for j in prose[1:])
                           or lines[prose[0]] in lines[:start]):
        start = prose[1]
    title = _find_title(lines, start, skip)
    standfirst = next((lines[i] for i in range(start - 1, max(-1, start - 12), -1)
                       if i not in skip and is_prose(lines[i]) and not is_cruft(lines[i])
                       and lines[i] != title and _words(lines[i]) <= 60), None)
    from .dateline import parse_date
    from .outlet import byline_names, person_line

    byline = None
    for line in lines[: start + 4]:
        names = byline_names(line)  # "By ...", "Words by ...", "Interview by ..."
        if names and _words(names) <= 12:
            byline = names
            break
    if byline is None:
        # Wire pages print the reporter's name alone, just above "3 Min Read"; others print
        # it (after a job title, before a wire) alone under the headline, above the date.
        head = next((i for i in range(1, min(start, len(lines)))
                     if title and _similar(lines[i], title) >= 0.8), None)
        for i in range(min(start, len(lines))):
            following = " ".join(lines[i + 1:i + 3])
            if _NAME_LINE.match(lines[i]) and re.search(r"\bmin read\b", following, re.I):
                byline = lines[i]
                break
            person = person_line(lines[i]) if head is not None and head < i <= head + 4 \
                else None
            if person and i + 1 < len(lines) and _words(lines[i + 1]) <= 12 and \
                    parse_date(lines[i + 1]):
                byline = person
                break
    if byline is None and authors:
        byline = ", ".join(authors[:4])
    skip |= _author_bios(lines, start, byline)
    paragraphs: list[str] = []
    dateline = None
    # A transcript labels its speakers ("MARTIN: ..."): labels, not datelines, not copy.
    labelled = sum(1 for i in range(start, end) if _SPEAKER_LABEL.match(lines[i]))
    transcript = labelled >= 3
    for i in range(start, end):
        line = lines[i]
        if i in skip or is_cruft(line) or not is_prose(line) or (title and line == title):
            continue
        if not paragraphs and title and _similar(line, title) >= 0.9:
            continue  # the headline printed again as the first paragraph
        line = _SPEAKER_LABEL.sub("", line) if transcript else line
        # Datelines are metadata, not copy (the same rule keeps them out of speech).
        parsed = parse_dateline(line) if not paragraphs and not transcript else None
        if parsed:
            dateline, line = parsed, parsed.rest
        line = _CODES.sub("", drop_dateline(line)).strip()
        if line:
            paragraphs.append(line)
    url = find_url(lines)
    outlet = find_outlet(lines, title_line=lines[0] if lines else "", body=paragraphs, url=url)
    source = outlet.name if outlet else None
    kind = piece_kind(lines, title_line=lines[0] if lines else "", url=url, body=paragraphs)
    if byline and source and byline.lower().endswith(", " + source.lower()):
        byline = byline[: -len(source) - 2]  # "Dana Whitfield, Metro24": the outlet is known
    return PageParts(
        title=title,
        byline=_tidy_name(byline),
        source=source,
        published=_find_date([ln for i, ln in enumerate(lines[:start]) if i not in skip]),
        paragraphs=paragraphs,
        page_words=sum(_words(line) for line in lines),
        standfirst=standfirst,
        kind=kind,
        dateline=dateline,
    )
