"""Who published a page, what kind of piece it is, and what its dateline says.

The outlet credited in a briefing's sign-off ("That report from the Daily Planet.") must
be the publication's name as a listener knows it, taken from where a page names itself:
a declared site name, a wire dateline, the <title>'s suffix, the byline, the masthead, or
the page's own address. A copyright line names the owner, not the outlet ("NYP Holdings",
"2019", "Zurek Design"), so no name is ever taken from one, nor any name with a company
suffix. When nothing names the outlet the answer is None: the sign-off then says nothing
rather than something false. Section labels ("Local News", "Page 2"), taglines and a
headline's own dash clause are no names either. A press release is its issuer's statement
("SOURCE Verdanta Foods Inc." -> "Verdanta Foods", found in "release"), never the release
wire's nor the site's that printed it.

The rules describe shapes that pages share, never a particular outlet; the only names
known in advance are the wire agencies, whose credit travels with their stories.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .dateline import _CONNECTORS, _WIRE_ALT, _WIRE_NAME, _WIRES, parse_dateline

_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b|\ball rights reserved\b|®|™", re.IGNORECASE)
# Owners, not outlets: "CNBC LLC", "NYP Holdings", "Mortons Media Group", "Hearst Communications".
_COMPANY = re.compile(
    r"(?<![.\w])(inc|incorporated|llc|l\.l\.c|ltd|limited|plc|corp|corporation|company|holdings?|"
    r"group|publishing|publishers|publications|gmbh|ag|s\.?a|n\.?v|b\.?v|s\.?p\.?a|pty|pvt|"
    r"private|lp|llp|communications|enterprises|media network|ventures|interactive)"
    r"(?!\.?\w)\.?", re.IGNORECASE)
# Words that label page furniture, never a publication ("Home", "Latest News", "About Us").
_FURNITURE = {
    "home", "homepage", "hosted", "news", "latest", "latest news", "top stories", "blog",
    "menu", "index", "page", "article", "story", "stories", "welcome", "untitled", "search",
    "breaking", "breaking news", "us", "me", "the author", "author", "this site", "site",
    "more", "all", "video", "videos", "photos", "live", "podcasts", "newsletters",
    "newsletter", "sections", "topics", "account", "profile", "login", "log in", "sign in",
    "subscribe", "share", "comments", "contact", "contact us", "about", "privacy",
    "official site", "official website", "website", "online", "world", "local", "sport",
    "sports", "politics", "business", "opinion", "entertainment", "lifestyle", "health",
    "science", "tech", "technology", "culture", "weather", "travel", "markets", "money",
    "photo", "file", "file photo", "pictured", "image", "audio", "graphic", "map",
    "watch", "listen", "update", "updated", "source", "sources", "credit",
    "press release", "press releases", "news release", "news releases", "newsroom",
}
# Words of the section and furniture labels a <title> or a menu prints ("Local News", "UK
# News", "Q&A", "Page 2"): see _label.
_LABEL_WORDS = {
    "home", "homepage", "news", "latest", "top", "stories", "story", "blog", "blogs", "page",
    "article", "articles", "breaking", "video", "videos", "photos", "photo", "pictures",
    "gallery", "galleries", "live", "podcast", "podcasts", "newsletter", "newsletters",
    "sections", "topics", "world", "local", "national", "international", "regional", "uk",
    "u.s", "sport", "sports", "politics", "business", "opinion", "opinions", "entertainment",
    "lifestyle", "health", "science", "tech", "technology", "culture", "weather", "travel",
    "markets", "money", "audio", "q&a", "interview", "interviews", "explainer", "explainers",
    "explained", "analysis", "review", "reviews", "feature", "features", "comment", "column",
    "columns", "editorial", "editorials", "letters", "obituaries", "obits", "auto", "autos",
    "cars", "motoring", "property", "jobs", "education", "crime", "courts", "recipes", "food",
    "arts", "books", "music", "film", "films", "movies", "tv", "events", "deals", "guide",
    "guides", "part", "p", "pg", "no", "updates", "update"}
_SECTION_HEADS = {"news", "stories", "updates", "headlines", "videos", "photos", "podcasts",
                  "newsletters", "blogs", "features", "opinion", "opinions", "q&a", "sport",
                  "sports", "explainers", "interviews"}
# A tagline, not a name: "Local news since 1887", "Your Source for Coastal News".
_TAGLINE = re.compile(r"\b(your|our|you|we|since|serving|trusted)\b", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$", re.I)
_TITLE_SPLIT = re.compile(r"\s+[|–—-]\s+|\s*[|｜]\s*")
_TITLE_SEPARATOR = re.compile(r"(\s+[|–—-]\s+|\s*[|｜]\s*)")
_JOB = re.compile(
    r"\b(writer|reporter|correspondent|editor|columnist|contributor|staff|producer|"
    r"photographer|analyst|critic|chief|senior|associate|special|freelance|intern|"
    r"journalist|desk|bureau|digital|sports|political)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Outlet:
    """The publication a page credits, and where on the page its name was found."""

    name: str
    """As a listener knows it: "The Daily Planet", "the Ledger", "metro24.com"."""
    found_in: str
    """Where: "declared", "dateline", "title", "byline", "masthead" (the page's furniture
    naming itself: a logo, a banner, "About X" links, an author's bio), "url", or
    "release" (a press release's issuer: the statement is theirs, not a report)."""


# --- Names ---------------------------------------------------------------------------

def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _host_labels(host: str) -> list[str]:
    """The parts of a host that name the site: "www.ctpost.com" -> ["ctpost"]."""
    parts = host.lower().removeprefix("www.").split(".")
    # Drop the suffix ("com", "co.uk", "org.au") and service labels ("m", "edition").
    if len(parts) > 1:
        parts.pop()
    if len(parts) > 1 and parts[-1] in ("co", "com", "org", "net", "gov", "ac", "edu", "ne"):
        parts.pop()
    return [p.replace("-", "") for p in parts if p not in ("www", "m", "amp", "edition")] or parts


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _common_run(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def matches_host(name: str, host: str) -> bool:
    """Whether a name plausibly names the site at a host, by its letters.

    "Connecticut Post" ~ ctpost.com and "New York Post" ~ nypost.com (the host's letters in
    order, from the first), "San Antonio Express-News" ~ mysanantonio.com (a long common
    run), "The Verge" ~ theverge.com, "Sky News" ~ sky.com (the host begins the name);
    "Amazon" is not msn.com, nor "Working at Metro" metro.com.
    """
    letters = _letters(name)
    bare = _letters(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE))
    if not letters:
        return False
    for label in _host_labels(host):
        if not label:
            continue
        for n in {letters, bare}:
            if label == n or n.startswith(label) or (len(n) >= 3 and n in label) \
                    or (len(n) >= 4 and n == _letters(host.removeprefix("www."))):
                return True  # "Sky News" ~ sky.com, "Metro" ~ metronews.com, "nj.com"
            if len(label) >= 3 and n[0] == label[0] and _subsequence(label, n) and \
                    len(n) <= 4 * len(label):
                return True  # "Connecticut Post" ~ ctpost.com
            run = _common_run(label, n)
            if run >= 5 and run >= 0.6 * len(label) and run >= 0.4 * len(n):
                return True  # "San Antonio Express-News" ~ mysanantonio.com
    return False


def host_of(url: str | None) -> str | None:
    """The host of an address, without "www.": "https://www.ctpost.com/x" -> "ctpost.com"."""
    if not url:
        return None
    netloc = urlsplit(url if "://" in url else "//" + url).netloc.lower()
    netloc = netloc.rsplit("@", 1)[-1].split(":")[0]
    return netloc.removeprefix("www.") or None


def _is_copyright(line: str) -> bool:
    return bool(_COPYRIGHT.search(line))


def _name_shaped(name: str, *, strict: bool = True) -> bool:
    """A publication's name: short, no sentence punctuation, every word capitalised (or a
    small connector), or a bare domain ("nj.com")."""
    if not 2 <= len(name) <= 45 or _DOMAIN.match(name):
        return 2 <= len(name) <= 45
    if any(_DOMAIN.match(w) for w in name.split()):
        return False  # "Search Metro24.com": a domain is a name on its own
    if re.search(r"[:;,!?\"“”()\[\]{}<>@#/\\=+*]|\.\s|\.$|['’]s?$|\d{4}", name):
        return False
    words = name.split()
    if not 1 <= len(words) <= 5 or not re.search(r"[A-Za-z]", name):
        return False
    if not strict:
        return True
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _CONNECTORS
               for w in words) and (words[0][0].isupper() or words[0][0].isdigit()
                                    or words[0].lower() == "the")


def _shouted(word: str) -> bool:
    """A word in capitals that reads as a word, not an acronym: vowels among its letters
    like in ordinary words ("POLYGRAPH", "WIRED"); "CNBC", "KTVU", "BBC" are not."""
    letters = re.sub(r"[^A-Za-z]", "", word)
    if len(letters) <= 4 or not letters.isupper():
        return False
    vowels = sum(c in "AEIOUY" for c in letters)
    return vowels / len(letters) >= 0.25


class _Page:
    """What the outlet rules read from a page: its lines, where the headline and the body
    sit, and the text outside copyright lines (where a name may be looked up)."""

    def __init__(self, lines: list[str], title_line: str, body: list[str]) -> None:
        self.lines = lines
        self.title_line = title_line
        self.body = body
        self.headline = _bare_title(title_line)
        self.free = [ln for ln in lines if not _is_copyright(ln)]
        self.text = "\n".join(self.free[1:] if self.free[:1] == [title_line] else self.free)
        self.body_start = self._find_body(0)
        self.body_end = self._find_body(-1)
        self.headline_at = self._find_headline()

    def _find_body(self, which: int) -> int | None:
        if not self.body:
            return None
        probe = _letters(self.body[which])[:60]
        if not probe:
            return None
        found = [i for i, ln in enumerate(self.lines) if probe in _letters(ln)]
        return (found[0] if which == 0 else found[-1]) if found else None

    def _find_headline(self) -> int | None:
        head = _words(self.headline)
        if not head:
            return None
        stop = self.body_start if self.body_start is not None else len(self.lines)
        for i in range(1, min(stop + 1, len(self.lines))):
            words = _words(self.lines[i])
            if words and len(head & words) / len(head | words) >= 0.6:
                return i
        return None

    def header(self) -> list[tuple[int, str]]:
        """The lines above the headline (or the body): masthead and menus."""
        stop = self.headline_at or self.body_start or min(len(self.lines), 80)
        return list(enumerate(self.lines[:stop]))[1:]

    def near_headline(self, before: int, after: int) -> list[tuple[int, str]]:
        at = self.headline_at if self.headline_at is not None else self.body_start
        if at is None:
            return []
        return [(i, self.lines[i]) for i in range(max(1, at - before),
                                                   min(len(self.lines), at + after + 1))]

    def mentions(self, name: str) -> list[str]:
        """Lines (outside copyright lines and the <title>) that print the name as a whole."""
        pattern = re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w])", re.IGNORECASE)
        return [ln for ln in self.text.split("\n") if pattern.search(ln)]


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _bare_title(title_line: str) -> str:
    parts = _title_parts(title_line)
    return parts[0] if parts else ""


def _title_parts(title_line: str) -> list[str]:
    """"Headline | Section | Outlet" -> ["Headline", "Section", "Outlet"]. The headline keeps
    any dash of its own: only the short tail parts are split off."""
    headline, tail = split_title(title_line)
    return [headline, *tail]


def _clause(part: str, separator: str) -> bool:
    """A lower-case clause after a dash goes on with the headline ("Our high streets are
    not dying – they are changing"): it opens and ends in lower case, and is no address.
    A brand styled in lower case ends on a capital ("pv magazine International")."""
    words = part.split()
    return not re.search(r"[|｜]", separator) and len(words) >= 2 and \
        words[0][:1].islower() and words[-1][:1].islower() and not _DOMAIN.match(part)


def split_title(title_line: str, *, max_words: int = 6, max_chars: int = 60
                ) -> tuple[str, list[str]]:
    """A <title> as its headline and the site's parts after it: "Headline | Section |
    Outlet" -> ("Headline", ["Section", "Outlet"]). Only short parts after a bar or a
    spaced dash are split off (up to max_words, six for a tagline: "Local news since
    1887"), never one that leaves less than a headline, nor a lower-case clause after a
    dash (the headline's own); the headline keeps its dashes as printed. A hyphen inside a
    word ("Tri-County", "WKRP-TV") splits nothing."""
    text = re.sub(r"^(title|headline)\s*:\s*", "", title_line.strip(), flags=re.IGNORECASE)
    pieces = _TITLE_SEPARATOR.split(text)  # [headline, separator, part, separator, part...]
    tail: list[str] = []
    while len(pieces) > 1:
        part, separator = pieces[-1].strip(), pieces[-2]
        words, chars = max_words, max_chars
        if _TAGLINE.search(part):
            words, chars = max(words, 6), max(chars, 60)
        if len(part.split()) > words or len(part) > chars or \
                len("".join(pieces[:-2]).strip()) < 12 or _clause(part, separator):
            break
        if part:
            tail.insert(0, part)
        del pieces[-2:]
    return "".join(pieces).strip(), tail


def _respell(name: str, page: _Page) -> str | None:
    """A name in capitals as the page spells it in mixed case ("WIRED" -> "Wired"), kept
    when it is an acronym ("CNBC"), dropped when it is a shouted word with no other
    spelling (page furniture, not a name)."""
    if not any(_shouted(w) for w in name.split()):
        return name
    pattern = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)", re.IGNORECASE)
    for line in page.text.split("\n"):
        for m in pattern.finditer(line):
            found = m.group(0)
            if found[0].isupper() and not any(_shouted(w) for w in found.split()):
                return found
    return None


def _usable(name: str | None, page: _Page, *, strict: bool = True) -> str | None:
    """The name as credited, or None when it is no publication's name."""
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).strip(" .,;:-–—|·•")
    name = re.sub(r"^(www\.)", "", name, flags=re.IGNORECASE)
    if not name or _is_copyright(name) or _COMPANY.search(name):
        return None
    if name.lower() in _FURNITURE or re.fullmatch(r"[\d\W]+", name) or _TAGLINE.search(name):
        return None
    if _label(name) and not _named_elsewhere(name, page):
        return None  # "Local News" is a section; "Live Science" a name its page bears out
    if not _name_shaped(name, strict=strict):
        return None
    if name.split()[-1].lower() in _CONNECTORS and len(name.split()) > 1:
        return None  # a phrase cut short ("Notes to"), not a name
    return _respell(name, page)


def _label(name: str) -> bool:
    """A section or page label, not a name: one label word ("Opinion", "Q&A"), with a
    number ("Page 2"), or label words ending in a section's head noun ("Local News", "UK
    News", "Live Updates"). Label words that end otherwise may be a name ("Live Science")."""
    words = re.findall(r"[\w&.]+", re.sub(r"\.(?=\s|$)", "", name.lower()))
    content = [w for w in words if w not in _CONNECTORS and not w.isdigit()]
    return bool(content) and all(w in _LABEL_WORDS for w in content) and (
        len(content) == 1 or content[-1] in _SECTION_HEADS)


def declared_name(name: str | None) -> str | None:
    """A name a page's metadata declares (og:site_name, a JSON-LD publisher, front matter)
    as it may be credited, or None when it is an owner's ("Shire Media Group LLC"), a
    copyright line, a label or a tagline: the same test as every other name."""
    page = _Page([], "", [])
    return _usable(name, page) or _usable(name, page, strict=False)


def _wire(name: str) -> str | None:
    return _WIRES.get(name.strip().lower())


# --- Press releases ---------------------------------------------------------------------

# A release wire's mark in a release's dateline: "CHICAGO, May 9, 2024 /PRNewswire/ --",
# "(BUSINESS WIRE) --", "/GLOBE NEWSWIRE/ --". The wire carries the release; it wrote none.
_RELEASE_MARK = re.compile(r"[/(]\s*[A-Z][A-Za-z .-]{0,30}?wire(?:[ -][A-Za-z]+)?\s*[/)]",
                           re.IGNORECASE)
# PR Newswire's closing line names the issuer: "SOURCE Verdanta Foods Inc."
_SOURCE_LINE = re.compile(r"^SOURCE\s+([A-Z0-9][^|]{1,60}?)\.?$")
_ABOUT_LINE = re.compile(r"^(?i:about)\s+((?:the\s+)?[A-Z0-9][\w&.'’-]*(?:\s+[\w&.'’-]+){0,5})"
                         r"\s*:?$")
_CONTACT = re.compile(r"^(?:media|press|investor)\s+(?:contacts?|enquiries|inquiries|"
                      r"relations)\b|^###$|^forward[- ]looking statements?\b", re.IGNORECASE)
_ANNOUNCES = re.compile(r"\b(?:today\s+)?(?:announced|announces|unveiled|unveils|launched|"
                        r"launches)\b")
# A legal form ends an issuer's name as registered, not as said: "Verdanta Foods Inc."
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:inc|incorporated|llc|l\.l\.c|ltd|limited|plc|corp|corporation|co|gmbh|ag|"
    r"s\.?a|n\.?v|b\.?v|s\.?p\.?a|pty|lp|llp)\.?)+$", re.IGNORECASE)


def _issuer_name(name: str) -> str | None:
    """An issuer as said aloud: "Verdanta Foods Inc." -> "Verdanta Foods"."""
    name = _LEGAL_FORM.sub("", re.sub(r"\s+", " ", name).strip(" .,;:")).strip(" .,;:")
    if not 2 <= len(name) <= 45 or len(name.split()) > 6 or not name[:1].isupper() or \
            _is_copyright(name) or re.search(r"[:;!?\"“”()\[\]{}<>@#/\\=+*]", name):
        return None
    return name


def _release_signs(page: _Page) -> tuple[str | None, set[str]]:
    """(the issuer, the signs that the page is a press release): a release wire's mark
    opening the story, PR Newswire's "SOURCE X", an "About X" boilerplate whose next line
    describes X, a media contact, "today announced" in the lead."""
    signs: set[str] = set()
    issuers: list[str] = []
    opening = [p for p in page.body[:2] if p]
    if page.body_start is not None:
        opening += page.lines[max(1, page.body_start - 2):page.body_start + 2]
    if any(_RELEASE_MARK.search(p[:160]) for p in opening):
        signs.add("wire")
    for i, line in enumerate(page.lines):
        m = _SOURCE_LINE.match(line)
        if m and i > (page.body_start or 0):
            signs.add("source")
            issuers.insert(0, m.group(1))
            continue
        m = _ABOUT_LINE.match(line)
        if m and i + 1 < len(page.lines) and i > (page.body_start or 0):
            about = re.sub(r"^the\s+", "", _LEGAL_FORM.sub("", m.group(1)), flags=re.I)
            described = page.lines[i + 1]
            if about and _letters(described).startswith(_letters(about)) and \
                    len(described.split()) >= 8:
                signs.add("about")
                issuers.append(m.group(1))
        if _CONTACT.match(line) and i > (page.body_start or 0):
            signs.add("contact")
    if page.body and _ANNOUNCES.search(page.body[0][:300]):
        signs.add("announces")
    if signs & {"wire", "source"} or len(signs) >= 2 and "about" in signs:
        names = [n for n in map(_issuer_name, issuers) if n]
        return (names[0] if names else None), signs
    return None, set()


def is_press_release(lines: list[str], *, title_line: str, body: list[str]) -> bool:
    """Whether a page is a press release (a company's or a body's own statement, carried by
    a release wire or printed as issued): see _release_signs."""
    return bool(_release_signs(_Page(lines, title_line, body))[1])


# --- Sources of the name --------------------------------------------------------------

def _from_dateline(page: _Page) -> Outlet | None:
    """A wire dateline opening the story: "WASHINGTON (AP) — ..."."""
    firsts = [p for p in page.body[:4] if p]
    candidates = list(firsts)
    # The cleaner's paragraphs have lost their datelines: look at the page's own lines.
    for line in page.lines:
        d = parse_dateline(line)
        if d and d.agency:
            start = _letters(d.rest)[:40]
            if not firsts and len(line.split()) >= 12:
                candidates.append(line)
            elif start and any(_letters(p).startswith(start) or start.startswith(
                    _letters(p)[:40]) for p in firsts):
                candidates.append(line)
    for paragraph in candidates:
        d = parse_dateline(paragraph)
        if d and d.agency and (_wire(d.agency) or _usable(d.agency, page)):
            return Outlet(_wire(d.agency) or _usable(d.agency, page) or d.agency, "dateline")
    return None


# A byline's lead-in: "By", "Words by", "Interview by" (a picture's "Photos by" is none).
_LEAD_IN = (r"(?:by|written by|words by|words and pictures by|story by|text by|interview by|"
            r"interviews by|analysis by|report by|reported by|posted by|commentary by|"
            r"opinion by)")
_BYLINE = re.compile(rf"^{_LEAD_IN}\s*:?\s+(.+)$", re.IGNORECASE)
_JOB_TITLE = (r"(?:correspondent|editor|reporter|writer|columnist|contributor|producer|critic|"
              r"analyst|journalist|editor-at-large|presenter|host)s?")
# "economics correspondent Nadia Karimi", "Senior Writer Jane Roe": the job before the name.
_JOB_BEFORE = re.compile(rf"^(?:[A-Za-z&'’-]+\s+){{0,3}}?(?i:{_JOB_TITLE})\s+(?=[A-Z][a-z])")
# "Rebecca Holloway Associated Press", "Jane Roe, Reuters": a wire after the name.
_WIRE_AFTER = re.compile(rf",?\s+(?:the\s+)?(?:{_WIRE_ALT})$", re.IGNORECASE)
_PERSON = re.compile(r"^[A-Z][A-Za-z'’-]*[a-z]\.?"
                     r"(?:\s(?:[A-Z]\.|[A-Z][A-Za-z'’-]*[a-z]|van|de|der|von)){1,3}$")


def _people(text: str) -> bool:
    """Whether text is one or more people's names: "Jane Roe", "JANE ROE and JOHN DOE",
    "Jane Roe, John Doe and Ann Poe"."""
    names = [n for n in re.split(r",\s*|\s+(?:and|&)\s+", text.strip()) if n]
    return bool(names) and all(_PERSON.match(n.title() if n.isupper() else n) for n in names)


def byline_names(line: str) -> str | None:
    """The names a byline line gives, without its lead-in and the outlet or wire after
    them, or the date: "By Jane Roe | Metro Ledger", "Words by Jane Roe", "Interview by
    Jane Roe", "By Jane Roe, Associated Press", "Posted by Jane Roe on May 9, 2024" ->
    "Jane Roe"."""
    m = _BYLINE.match(line.strip())
    if not m:
        return None
    names = re.split(rf"\s+\|\s+|,\s+(?:the\s+)?(?:{_WIRE_ALT})\b|\s+[•·]\s+"
                     r"|,?\s+(?:on|at|-|–|—)\s+(?=\d|[A-Z][a-z]{2,8}\.?,?\s+\d)",
                     m.group(1), flags=re.IGNORECASE)[0]
    return names.strip(" ,") or None


def bare_person(text: str) -> str:
    """A byline's names without a job title before them or a wire after them:
    "economics correspondent Nadia Karimi" -> "Nadia Karimi", "Rebecca Holloway
    Associated Press" -> "Rebecca Holloway"."""
    text = _JOB_BEFORE.sub("", text.strip())
    stripped = _WIRE_AFTER.sub("", text)
    return stripped if stripped and _people(stripped) else text


def person_line(line: str) -> str | None:
    """A line that is only a person's name, bare or with a job title before it or a wire
    after it (the byline a page prints without "By"), as the name alone."""
    name = bare_person(line)
    return name if len(name.split()) <= 8 and _people(name) else None


_STAFF = re.compile(r"^(?:the\s+)?(.+?)\s+(?:wire services|wire reports|staff reports?|"
                    r"staff and wire reports|news services|editorial staff|editorial team|"
                    r"editors|staff)$", re.IGNORECASE)


def _byline_lines(page: _Page) -> list[str]:
    """Lines where a byline sits: just under the headline, or any "By ..." line between the
    headline and the story's opening."""
    near = [ln for _, ln in page.near_headline(0, 4)]
    start = page.headline_at or 0
    stop = (page.body_start or start + 8) + 3
    bys = [ln for ln in page.lines[start:stop] if _BYLINE.match(ln)]
    return list(dict.fromkeys(near + bys))


def _byline_names(page: _Page) -> tuple[list[str], list[str], list[str]]:
    """(wires, outlets, maybe outlets) named in the byline: "By Jane Roe | Daily Planet",
    "Metro Ledger wire services", "Jane Roe, Associated Press", "Jane Roe Associated
    Press". After a comma a name may be an outlet or another person ("Jane Roe, John
    Doe"): those are the maybes."""
    wires, outlets, maybes = [], [], []
    for line in _byline_lines(page):
        if len(line.split()) > 14 or _is_copyright(line):
            continue
        m = _BYLINE.match(line)
        by = m.group(1) if m else line
        if " | " in by:
            if not m:
                continue  # "Jane Roe | Picture Agency" is a photo credit
            head, _, tail = by.partition(" | ")
            if not _people(head):
                continue
            tail = tail.split(" | ")[0]
            # "NJ Advance Media for NJ.com": the outlet is the last "for" part.
            tail = re.split(r"\s+for\s+", tail)[-1]
            if not re.search(r"\d", tail):
                (wires if _wire(tail) else outlets).append(_wire(tail) or tail)
            continue
        if "," in by:
            first, last = (part.strip() for part in by.rsplit(",", 1))
            if not _people(first):
                continue  # "BAAR, SWITZERLAND", "By the time it docked, ...": no byline
            wm = _WIRE_NAME.match(last)
            if wm:
                wires.append(_WIRES[wm.group(1).lower()])  # "Ap Sports Writer"
            elif last and not _JOB.search(last.replace("Staff", "")) and \
                    " and " not in last and not re.search(r"\d", last):
                maybes.append(re.sub(r"\s+staff$", "", last, flags=re.IGNORECASE))
            continue
        wm = re.search(rf"\s(the\s+)?({_WIRE_ALT})$", by, re.IGNORECASE)
        if wm and _people(by[:wm.start()]):
            wires.append(_WIRES[wm.group(2).lower()])  # "Tom Davies Associated Press"
            continue
        sm = _STAFF.match(by)
        if sm and not m:
            outlets.append(sm.group(1))  # "Metro Ledger wire services"
    return wires, outlets, maybes


_SELF = re.compile(r"^(?:about|follow|more from|work at|join|subscribe to)\s+(.{2,40}?)$",
                   re.IGNORECASE)
_WELCOME = re.compile(r"^welcome to\s+(.{2,40}?)(?:['’]s\b.*|[!.].*)?$", re.IGNORECASE)
_LOGO = re.compile(r"^(.{2,40}?)\s+logo\b.*$", re.IGNORECASE)
_SITE_MENTION = re.compile(r"(?<![\w@.])([A-Za-z0-9][\w-]*\.(?:com|org|net|co\.uk|com\.au|"
                           r"co|io|news|info|tv|fm|ca|de|in|uk))(?![\w.])")


def _domains(page: _Page, url_host: str | None) -> list[str]:
    """Hosts the page names (its own address, e-mail addresses, "SiteName.com" in text)."""
    found = [url_host] if url_host else []
    for line in page.free:
        found += re.findall(r"@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", line, re.IGNORECASE)
        found += [m.group(1) for m in _SITE_MENTION.finditer(line)]
    return [d.lower() for d in found if d]


# How much each shape says that a name is the page's own. A header line or a mention in
# the text alone proves little (menus print section names, stories print other names);
# a logo, a welcome banner, a <title> that is only the name, "About X" / "Follow X", or a
# host the page names with the same letters say more. The page's first line of its own
# ("top": a masthead standing alone above the menus) counts once the page names it again
# in a line of other words ("named": "Thank you for reading the Coastal Record", a
# copyright line), or its host bears it out.
_WEIGHTS = {"logo": 3, "welcome": 3, "host": 3, "bio": 3, "title-only": 2, "self": 2,
            "header": 1, "prose": 1, "top": 1, "named": 1}
_ENOUGH = 3
_STRONG = {"logo", "welcome", "title-only", "self", "bio"}
_CAP = r"[A-Z0-9][\w&'’-]*(?:\.[\w&'’-]+)*"
_NAME = rf"((?:[Tt]he\s+)?{_CAP}(?:\s+(?:(?:of|and|&)\s+)?{_CAP}){{0,4}})"
# An author's bio names the employer: "Jane Roe is the Ledger's transport reporter",
# "Jane Roe is a staff writer at the Ledger covering ports".
_ROLE = (r"(?i:writer|reporter|correspondent|editor|columnist|contributor|producer|host|"
         r"anchor|critic|photographer)s?")
_BIO = re.compile(
    rf"\bis\s+{_NAME}['’]s\s+(?:[a-z-]+\s+){{0,3}}{_ROLE}\b"
    rf"|\b{_ROLE}\s+(?:at|for|with)\s+{_NAME}(?=[\s.,;]|$)")
_PREPOSITIONS = r"(?:at|for|on|to|from|with|of|told|joined|joins|visit|via)"


def _masthead(page: _Page, domains: list[str]) -> list[Outlet]:
    """Names the page prints as its own, scored by the shapes that bear them out (see
    _WEIGHTS); the best first."""
    evidence: dict[str, set[str]] = {}

    def note(name: str | None, how: str) -> None:
        if name:
            name = re.sub(r"^the\s+", "The ", name.strip(), flags=re.IGNORECASE)
            evidence.setdefault(name, set()).add(how)

    header = {i for i, _ in page.header()}
    top = _top_line(page)
    if top:
        at, name = top
        note(name, "header")
        note(name, "top")
        if _named_elsewhere(name, page, at):
            note(name, "named")
    if not _TITLE_SPLIT.search(page.title_line) and len(page.title_line.split()) <= 4:
        note(page.title_line, "title-only")
    for i, line in enumerate(page.lines):
        if i == 0 or _is_copyright(line) or len(line.split()) > 6:
            continue
        m = _LOGO.match(line)
        if m and i in header:
            note(m.group(1), "logo")
        m = _WELCOME.match(line)
        if m and i in header:
            note(m.group(1), "welcome")
        m = _SELF.match(line)
        if m:
            note(m.group(1), "self")
        if i in header and 1 <= len(line.split()) <= 4:
            note(line, "header")
    paragraphs = set(page.body)
    for line in page.free[1:]:
        if line not in paragraphs:
            for m in _BIO.finditer(line):
                note(m.group(1) or m.group(2), "bio")
    links: dict[str, int] = {}  # how many "About X"-like links name each
    for line in page.lines:
        m = _SELF.match(line) if not _is_copyright(line) else None
        if m:
            name = re.sub(r"^the\s+", "The ", m.group(1).strip(), flags=re.IGNORECASE)
            links[name] = links.get(name, 0) + 1
    scored = []
    for name, hows in evidence.items():
        usable = _usable(name, page)
        if not usable:
            continue
        # "About Quanta" bears out a <title> "Quanta Magazine", and "Subscribe to Metro24
        # Pro" bears out "Metro24": a name and the longer names it begins or ends share
        # their strong shapes.
        support, self_links = set(hows), links.get(name, 0)
        for other, other_hows in evidence.items():
            if other != name and _related(name, other) and _usable(other, page):
                support |= other_hows & _STRONG
                self_links += links.get(other, 0)
        if _in_prose(name, page):
            support.add("prose")
        if any(matches_host(name, d) for d in domains):
            support.add("host")
        score = sum(_WEIGHTS[h] for h in support) + min(2, max(0, self_links - 1))
        own = 2 if hows & _STRONG - {"self"} else 1 if "self" in hows else 0
        scored.append((score, own, len(page.mentions(name)), len(name), usable))
    scored.sort(key=lambda s: s[:4], reverse=True)
    return [Outlet(name, "masthead") for score, *_, name in scored if score >= _ENOUGH]


# Page chrome above a masthead: skip links, the menu button, sign-in links, icons.
_CHROME = re.compile(r"^(?:skip to\b.*|jump to\b.*|(?:main |open |toggle )?(?:menu|navigation)"
                     r"(?: menu)?|open navigation menu|search|close|sign in|log in|login|"
                     r"sign up|register|subscribe(?: now)?|my account|account|"
                     r"accessibility links|next|previous|prev|back|trending|advertisement|"
                     r"loading|skip ad|close ad|[^A-Za-z]*)$", re.IGNORECASE)


def _unshouted(line: str) -> str:
    """A masthead printed in capitals as a name is written: "TOWN HERALD" -> "Town
    Herald", "THE DAILY FORGE" -> "The Daily Forge"; call signs stay ("WKRP-TV 8")."""
    words = line.split()
    if line.upper() != line or not any(_shouted(w) for w in words):
        return line
    out = []
    for i, word in enumerate(words):
        letters = re.sub(r"[^A-Za-z]", "", word)
        if letters and sum(c in "AEIOUY" for c in letters) / len(letters) >= 0.25:
            word = word.lower() if i and word.lower() in _CONNECTORS else word.capitalize()
        out.append(word)
    return " ".join(out)


def _top_line(page: _Page) -> tuple[int, str] | None:
    """The page's first line of its own, past the chrome (skip links, menu button), as a
    name, when it is one: where a masthead stands. A menu's first item is a section
    ("News", "Home"): no name."""
    stop = min(page.headline_at or page.body_start or len(page.lines), 8)
    for i in range(1, stop):
        line = page.lines[i]
        if _CHROME.match(line):
            continue
        name = _unshouted(line)
        if _LOGO.match(line) or _WELCOME.match(line):
            return None  # the logo's and the banner's own rules read it
        if _is_copyright(line) or not _name_shaped(name) or _label(name) or \
                name.lower() in _FURNITURE:
            return None
        return i, name
    return None


def _named_elsewhere(name: str, page: _Page, at: int | None = None) -> bool:
    """Whether the page prints the name again as a name is printed, outside its <title>,
    its headline and the line at `at`: in a copyright line ("© 2024 Coastal Record"), in a
    sentence of the page's own ("Thank you for reading the Coastal Record"), or in the text
    the way text names a publication; never as a person's (a byline, a bio). A menu's
    "More Local News" is no sentence."""
    bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    pattern = re.compile(rf"(?<![\w.]){re.escape(bare)}(?!\w)", re.IGNORECASE)
    person = re.compile(rf"\bby\s+{re.escape(bare)}\b|^{re.escape(bare)}\s+(?:is|was|writes|"
                        rf"covers|reports|has|joined)\b", re.IGNORECASE)
    story = set(page.body)
    found = False
    for j, line in enumerate(page.lines):
        if person.search(line):
            return False
        if j in (0, at, page.headline_at) or line in story:
            continue
        m = pattern.search(line)
        if not m or not m.group(0)[:1].isupper():
            continue
        words = line.split()
        if _is_copyright(line) or (len(words) >= 5 and
                                   sum(w[:1].islower() for w in words) >= 2):
            found = True
    return found or _in_prose(name, page)


def _related(name: str, other: str) -> bool:
    """Whether one name begins or ends the other, word for word."""
    a = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE).lower().split()
    b = re.sub(r"^the\s+", "", other, flags=re.IGNORECASE).lower().split()
    short, long = sorted((a, b), key=len)
    return bool(short) and (long[:len(short)] == short or long[-len(short):] == short)


def _in_prose(name: str, page: _Page) -> bool:
    """Whether running text names the publication the way text names one: after a
    preposition ("writes for the Ledger", "told Metro24"), or as a site ("Metro24.com")."""
    bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    pattern = re.compile(rf"\b{_PREPOSITIONS}\s+(?:[Tt]he\s+)?{re.escape(bare)}\b(?!\s+[A-Z])"
                         rf"|(?<![\w.]){re.escape(bare)}\.(?:com|org|net|co\.uk)\b")
    for line in page.text.split("\n"):
        words = line.split()
        if len(words) >= 4 and sum(w[:1].islower() for w in words) >= 2 and \
                pattern.search(line):
            return True
    return False


def _title_names(page: _Page) -> list[str]:
    """The <title>'s tail parts, the last (usually the outlet) first."""
    names = []
    for part in reversed(_title_parts(page.title_line)[1:]):
        strict = _usable(part, page)
        if strict:
            names.append(strict)
            continue
        # A brand styled in lower case ("pv magazine Global") counts when the page prints
        # it again outside the <title> and the headline (a word alone, on a short line).
        loose = _usable(part, page, strict=False)
        head = _words(page.headline + " " + part)
        mentioned = [ln for ln in page.mentions(" ".join(part.split()[:2]))
                     if len(_words(ln) & head) < 0.6 * len(_words(ln) | head)
                     and (len(part.split()) > 1 or len(ln.split()) <= 4)]
        if loose and part[:1].islower() and mentioned:
            names.append(loose)
    return names


def _host_spelling(page: _Page, host: str) -> str | None:
    """The page's own spelling of its host ("MetroLedger.com" for metroledger.com)."""
    for line in page.free[1:]:
        for m in _SITE_MENTION.finditer(line):
            if m.group(1).lower() == host and m.group(1) != m.group(1).lower():
                return m.group(1)
    return None


def find_url(lines: list[str]) -> str | None:
    """The page's own address, when a dump prints it as a line (share and canonical links):
    the bare address whose path reads most like the headline, else the only one printed."""
    title = _words(_bare_title(lines[0])) if lines else set()
    urls = []
    for line in lines:
        if re.fullmatch(r"https?://[^\s/]+\.[^\s/]+(?:/\S*)?", line):
            path = urlsplit(line).path.lower()
            if re.search(r"\.(png|jpe?g|gif|svg|webp|css|js|ico|mp[34])$|/(images?|assets?|"
                         r"static|img|media)/", path):
                continue  # a picture or a script, not the page
            urls.append(line)
    best, best_score = None, 0.0
    for url in urls:
        slug = set(re.findall(r"[a-z0-9]+", urlsplit(url).path.lower()))
        score = len(slug & title) / max(1, len(title))
        if score > best_score:
            best, best_score = url, score
    if best and best_score >= 0.3:
        return best
    hosts = {host_of(u) for u in urls}
    return urls[0] if len(hosts) == 1 else None


def find_outlet(lines: list[str], *, title_line: str, body: list[str], url: str | None = None,
                declared: str | None = None) -> Outlet | None:
    """The publication to credit for a page, or None when the page does not say.

    A press release is credited to its issuer (found_in "release": "SOURCE Verdanta Foods
    Inc." -> "Verdanta Foods"), or to no one. Then, in order: a wire dateline or a wire
    byline (a wire story carried by a local paper is the wire's); a declared site name
    (HTML og:site_name, front matter); then the <title>'s suffix, the byline's outlet and
    the masthead. When the page's address is known, the first of those whose letters match
    its host wins, else the page's own spelling of the host, else the <title>'s or byline's
    name, else the bare host. A copyright line is never read for a name (it may bear out a
    masthead's), and no name with a company suffix is credited but a release's issuer.
    """
    page = _Page(lines, title_line or (lines[0] if lines else ""), body)
    # A press release is its issuer's statement: neither the release wire that carried it
    # nor the site that printed it reported it. No issuer named, no credit.
    issuer, release = _release_signs(page)
    if release:
        return Outlet(issuer, "release") if issuer else None
    dated = _from_dateline(page)
    if dated:
        return dated
    wires, byline_outlets, maybes = _byline_names(page)
    if wires:
        return Outlet(wires[0], "byline")
    host = host_of(url)
    if declared and _DOMAIN.match(declared.strip()) and not host:
        host = host_of(declared.strip())  # formats._site falls back on the hostname
    elif declared:
        name = _usable(declared, page) or _usable(declared, page, strict=False)
        if name:
            return Outlet(name, "declared")
    domains = _domains(page, host)
    titled = [Outlet(n, "title") for n in _title_names(page)]
    # A byline's ", Outlet" is a name only when the page bears it out: "Jane Roe, John Doe"
    # lists two people.
    maybes = [n for n in (_usable(b, page) for b in maybes) if n and (
        page.mentions(n)[1:] or any(matches_host(n, d) for d in domains)
        or any(_letters(n) in _letters(t.name) for t in titled))]
    bylined = [Outlet(n, "byline") for n in (_usable(b, page) for b in byline_outlets) if n]
    bylined += [Outlet(n, "byline") for n in maybes]
    mastheads = _masthead(page, domains)
    candidates = titled + bylined + mastheads
    if host:
        for outlet in candidates:
            if matches_host(outlet.name, host):
                return outlet
        spelled = _host_spelling(page, host)
        if spelled:
            return Outlet(spelled, "url")
        # The site's own <title> or byline name, though spelled unlike its host, before
        # the bare host.
        named = titled + bylined
        return named[0] if named else Outlet(host, "url")
    return candidates[0] if candidates else None


_MASTHEAD_NOUNS = frozenset(
    "Times Post Herald Journal Tribune Gazette Chronicle Record Ledger Telegraph Guardian "
    "Independent Examiner Globe Courier Mercury Register Observer Inquirer Dispatch Bulletin "
    "Standard Reporter Sentinel Advertiser Enquirer Star Sun Mirror Express Union Leader "
    "Press Argus Beacon Banner Clarion Democrat Republican Pioneer Citizen Messenger".split())
"""A newspaper's name ending in one of these takes "the" when said: "the Boston Globe"."""


_RUN_TOGETHER = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z]{2})")
"""Where words meet in a name written as one: "TheHill", "HawaiiNewsNow" (not "McCall")."""


def said_as(name: str) -> str:
    """An outlet's name as a newsreader says it: "the New York Post", "NBC News"; a site
    named by its address with a capital ("Sportsnet.ca") by its name, one known only as an
    address ("nj.com") as it is."""
    site = re.fullmatch(r"([A-Z][\w-]*)\.[a-z.]{2,8}", name, re.IGNORECASE)
    if site and not name.islower():
        return site.group(1)
    if " " not in name:  # a name run together as its address has it: "HarbourNewsNow"
        name = _RUN_TOGETHER.sub(" ", name)
    words = name.split()
    if len(words) > 1 and words[0].lower() != "the" and words[-1] in _MASTHEAD_NOUNS:
        return "the " + name
    return name
