"""Page furniture that reads like prose: the shapes around an article that a line-by-line
test for sentences lets through.

Each finder takes the page's lines (non-empty, whitespace collapsed) and returns the
indices it claims. The shapes are those that pages of every kind share: a photo caption
beside its credit, a reader-comment thread, a site talking about itself (cookies,
accounts, newsletters), a press release's boilerplate, and the header block (byline,
date stamp) that separates a standfirst from the story.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_TIME = r"\d{1,2}(:\d{2})?\s*(a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}"
_MONTH = (r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_STAMP = re.compile(
    rf"({_TIME}|\b\d+\s+(minutes?|hours?|days?|weeks?|months?)\s+ago\b|\bsays:\s*$|"
    r"\b(like|reply)\b.{0,12}\b\d{1,2}[smhdwy]\b|"
    rf"\b{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}\b|\b\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\b|"
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b)", re.IGNORECASE)
"""A time, a date or "<name> says:": what a comment's header line and an article's
date line carry."""
LINK_LABEL = re.compile(r"^(read more|read next|more|related|see also|also read|also see|"
                        r"recommended|most read|watch|listen|read|continue reading|"
                        r"more on this( story)?|in other news)\b\s*[:>»|-]", re.IGNORECASE)
"""A link to another story set between paragraphs ("Read more: ..."), not a headline."""
_RELATIVE = re.compile(r"\bago\b|\bsays:|\b(like|reply)\b|•|·", re.IGNORECASE)
"""What a comment's header has and a dated story line does not."""
_CREDIT = re.compile(
    r"©|\b(credits?|photo(graph)?s?|images?|picture|illustration|courtesy|getty|shutterstock|"
    r"pool|handout|file)\b\s*[:/|.]|\b(getty images|ap photo|afp|reuters|/ap\b|epa|"
    r"photo(graph)? by|courtesy of|(?-i:for [A-Z][\w ]{2,30})$)", re.IGNORECASE)
"""A photo credit: "(Image: © Agency)", "Credit: Jane Roe", "Jane Roe | Getty Images"."""
_NAME_SLASH = re.compile(r"^[A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,3}\s?/\s?(the )?[A-Z][\w.'’&-]*"
                         r"( [A-Z][\w.'’&-]*){0,4}$", re.IGNORECASE)
"""A photographer and their outlet: "Jane Doe/The Herald", "JANE DOE / THE HERALD"."""
_STAFF = re.compile(r"^(staff|file|handout|submitted|contributed|supplied) (photo|image|"
                    r"picture|photograph)s?\.?$", re.IGNORECASE)
_COPYRIGHT_LINE = re.compile(r"\b(copyright|all rights reserved)\b|©\s*\d{4}", re.IGNORECASE)
_CAPTION_LABEL = re.compile(r"^(toggle|hide|show|view|expand|close) caption$|^caption$",
                            re.IGNORECASE)
"""A player's caption button: the caption follows it."""
_CAPTION_LEAD = re.compile(r"^(above|below|pictured|top|left|right|main image|inset|"
                           r"photo|image|file photo)\s*[:\-—–]", re.IGNORECASE)
_MEDIA_LABEL = re.compile(r"^(video|watch|play|play video|now playing|listen|audio|"
                          r"gallery|photos?|slideshow)\b\W{0,3}$", re.IGNORECASE)
_SITE_TERMS = re.compile(
    r"\b(cookies?|privacy|terms of (use|service)|(user )?account|e-?mail address|inbox|"
    r"newsletters?|subscri(be|bed|ber|bers|ption|ptions)|sign (in|up)|log ?in|password|"
    r"browser|website|this site|our site|comments?|commenting|spam|notif(y|ications)|"
    r"consent|personal (data|information)|affiliate|commission|advertis(ing|ers?|ements?)|"
    r"market data|quotes delayed|reproduced|app store|google play|membership|"
    r"ad[- ]?blocker|javascript|unsubscribe|promo code|discount code|"
    r"delivered (to|through) your)\b", re.IGNORECASE)
_ADDRESSED = re.compile(r"\b(you|your|you're|we|our|us|we're|we'll)\b", re.IGNORECASE)
_ABOUT = re.compile(r"^(?i:about|über|a propos|à propos) (the )?[A-Z][\w&.'-]*(\s+[\w&.'-]+){0,4}"
                    r"\s*:?$")
_PLACE_LINE = re.compile(r"^[A-Z][A-Z.'-]+( [A-Z][A-Z.'-]+){0,3}(, [A-Z][A-Za-z.'-]+"
                         r"( [A-Z][A-Za-z.'-]+){0,2})?\s*[-—–:]?$")
"""A dateline printed on its own line: "BAAR, SWITZERLAND", "NEW DELHI"."""
_END_MARKS = re.compile(
    r"^(###|-?\s*ends?\s*-?|- ?30 ?-|media (contacts?|enquiries|inquiries)|press contacts?|"
    r"notes? (to|for) editors?|condolences( \(\d+\))?|guest ?book|leave a (condolence|"
    r"tribute)|"
    r"for (more|further) information|forward[- ]looking statements?|safe harbou?r statement|"
    r"contacts?:?|investor relations)\s*:?$"
    # "For more information on X, please visit www.x.com"; footnotes ("[1] Ruskin KJ ...").
    r"|^for (more|further) information\b.{0,160}\b(visit|contact|see|go to)\b"
    r"|^\[\d{1,2}\]\s", re.IGNORECASE)


def _words(line: str) -> int:
    return len(line.split())


def _sentence_like(line: str) -> bool:
    return _words(line) >= 5 and bool(re.search(r"[.!?][\"”’')]*$", line))


def is_stamp(line: str) -> bool:
    """A short line that dates something: "Posted Nov. 3, 2020 at 6:21 am", "2 days ago",
    "jane_doe says:"."""
    if line.startswith(("—", "– ", "- ")) or "(@" in line:
        return False  # an embedded post's signature: "— Jane Roe (@jroe) May 3, 2021"
    if _words(line) > 14 or (_words(line) > 6 and re.search(r"[.!?][\"”’')]*$", line)):
        return False  # a sentence that mentions a time is copy
    return bool(_STAMP.search(line))


def is_credit(line: str) -> bool:
    """A short line naming who took or owns a picture (a copyright footer is not one)."""
    if _words(line) > 12 or line.rstrip().endswith(("?", "!")) or _COPYRIGHT_LINE.search(line):
        return False
    return bool(_CREDIT.search(line) or _NAME_SLASH.match(line) or _STAFF.match(line))


_NOTICE = re.compile(
    r"\b(for subscribers only|subscribers only|to continue reading|continue reading with|"
    r"already a subscriber|unlimited (digital )?access|page (was )?not found|"
    r"page you (requested|are looking for)|check the (link|url|address)|error 404|"
    r"print edition|thank you for reading|an earlier version of this (article|story)|"
    r"write to [A-Z][\w.' -]{2,40} at|news tip|tips? (line|desk)|produced in partnership|"
    r"(republish|reprint)(ed)? (this|our) (story|stories|article)|creative commons|"
    r"support (independent|local|our|quality) journalism|donate (today|now)|"
    r"this (story|article) (has been|was) (updated|corrected)|^correction:|"
    r"follow (him|her|them|us) (on|at)|contact (the|our) newsroom|search (box|bar)|"
    r"share (it|this) with|stay up to date with|^\(?(additional )?(reporting|writing|"
    r"editing) by|for more, learn more|"
    r"top of this page|^(legal notice|editor'?s note|disclaimer|note to readers|"
    r"contempt of court|content warning|trigger warning)\b|generated (by|with|using) "
    r"(ai|artificial intelligence)|\bai-generated\b|(automatically|machine)[- ]generated|"
    r"rush deadline|may contain errors|checked by our (journalists|editors)|"
    r"comments (are|have been) (closed|disabled)|^welcome to\b|"
    r"\byour (source|home|destination|guide) for\b)", re.IGNORECASE)
"""Notices a page appends to a story: paywalls, error pages, corrections, end notes,
appeals. Each alone marks a line as the site speaking, not the story."""


def is_site_talk(line: str) -> bool:
    """The site speaking to its reader about itself: cookies, accounts, subscriptions,
    comment forms, affiliate links, paywalls and end notes. News copy rarely says "you"
    and "cookies" at once."""
    if _NOTICE.search(line) and _words(line) <= 40:
        return True
    terms = len(_SITE_TERMS.findall(line))
    if not terms:
        return False
    addressed = len(_ADDRESSED.findall(line))
    n = _words(line)  # a long paragraph that mentions them is a story about them
    return (terms >= 3 and terms * 15 >= n) or (addressed >= 1 and terms * 25 >= n) or \
        (addressed >= 2 and terms >= 2 and terms * 20 >= n)


def captions(lines: list[str]) -> set[int]:
    """Captions: a line beside a photo credit (the credit printed above or below it), a
    line that says where the picture is ("Above: ..."), and the line or two after a media
    label ("Video" then the clip's title and its blurb)."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if _CAPTION_LEAD.match(line):
            found.add(i)
        if is_credit(line):
            found.add(i)
            # The caption is printed above its credit, or below it when the photo heads
            # the page; then it stands alone, and the story's first paragraph does not.
            after = lines[i + 1] if i + 1 < len(lines) else ""
            if _words(line) > 6 or re.match(r"^(image |photo )?caption\b", after, re.I):
                continue  # the credit carries its own caption, or labels the next line
            before = lines[i - 1] if i else ""
            if _sentence_like(before) and not is_stamp(before) and before[0] not in "\"“‘'":
                found.add(i - 1)
            elif _sentence_like(after) and after[0] not in "\"“‘'" and \
                    (i + 2 >= len(lines) or not _sentence_like(lines[i + 2])):
                found.add(i + 1)
        if _MEDIA_LABEL.match(line):
            found.update(j for j in (i + 1, i + 2) if j < len(lines))
        if _CAPTION_LABEL.match(line) and i + 1 < len(lines):
            found.update((i, i + 1))
    return found


def pull_quotes(lines: list[str]) -> set[int]:
    """A quotation set apart with its speaker on the next line ("— Dr. Ann Lee"): a pull
    quote repeating the story, or an embedded post; never the story's own paragraph."""
    found: set[int] = set()
    for i in range(1, len(lines)):
        if re.match(r"^[—–―]\s*[A-Z]", lines[i]) and _words(lines[i]) <= 8 and \
                lines[i - 1][:1] in "\"“‘'":
            found.update((i - 1, i))
    return found


def comment_threads(lines: list[str], start: int = 0) -> set[int]:
    """Reader comments: three or more header lines (a name and a time, or "<name> says:"),
    each a few lines from the next, with the comment's text between; the thread runs from
    the line before its first header to the end of its last comment. Only headers after
    ``start`` (where the story begins) count: the story's own date line is not a comment's.
    """
    stamps = [i for i, line in enumerate(lines) if i > start and is_stamp(line)]
    # A live blog's entries are stamped too, with a clock time; a comment's header names
    # its writer ("asmith • 2 hours ago", "jo says:", a user name above the time).
    stamps = [i for i in stamps if _RELATIVE.search(lines[i]) or (
        _words(lines[i - 1]) <= 3 and not _sentence_like(lines[i - 1]) and
        not is_stamp(lines[i - 1]))]
    found: set[int] = set()
    run: list[int] = []
    for i in stamps + [len(lines) + 100]:
        if run and i - run[-1] > 12:
            # Comments have text between their headers; a list of dated links does not.
            texts = sum(1 for a, b in zip(run, run[1:], strict=False)
                        if any(_sentence_like(lines[j]) for j in range(a + 1, b)))
            if len(run) >= 3 and texts >= 2:
                # The commenter's name may sit on the line above the first header.
                first = run[0] - 1 if run[0] and _words(lines[run[0] - 1]) <= 4 and \
                    not _sentence_like(lines[run[0] - 1]) else run[0]
                found.update(range(first, min(len(lines), run[-1] + 4)))
            run = []
        run.append(i)
    return found


def teaser_lists(lines: list[str]) -> set[int]:
    """Other stories' teasers: three or more headline-and-blurb pairs in a row (a line
    without a full stop, then one short paragraph), as a sidebar or "More guides" prints
    them. A story's subheads each lead more than one paragraph, or a paragraph of more than
    one sentence; a numbered item is the story's own list."""
    found: set[int] = set()
    pairs: list[int] = []
    i = 0
    while i < len(lines) - 1:
        head, blurb = lines[i], lines[i + 1]
        if 2 <= _words(head) <= 16 and head[0].isalpha() and blurb[0].isalnum() and \
                not LINK_LABEL.match(head) and \
                not re.search(r"[.!?:][\"”’')]*$", head) and _sentence_like(blurb) and \
                _words(blurb) <= 45 and not re.search(r"[.!?][\"”’')]*\s+[A-Z]", blurb):
            pairs.append(i)
            i += 2
            continue
        if len(pairs) >= 3:
            found.update(j for p in pairs for j in (p, p + 1))
        pairs = []
        i += 1
    if len(pairs) >= 3:
        found.update(j for p in pairs for j in (p, p + 1))
    # A comment anywhere on the page, told by its buttons: "Reply · 22 likes" under it.
    for i in range(1, len(lines)):
        if _REPLY_LINE.match(lines[i]) and _words(lines[i]) <= 8:
            found.update((i, i - 1))  # the buttons and the comment above them
            j = i - 2
            if j >= 0 and is_stamp(lines[j]):
                found.add(j)
                j -= 1
            if j >= 0 and _words(lines[j]) <= 3 and not _sentence_like(lines[j]):
                found.add(j)  # the commenter's name
    return found


_REPLY_LINE = re.compile(r"^(reply|report|like|likes?|share)\b.*(\d+\s+likes?|reply|report)\b"
                         r"|^reply$|^\d+\s+(likes?|replies)\b", re.IGNORECASE)
"""A comment's buttons: "Reply · 22 likes", "Like · Reply · 2d", "Reply"."""


def boilerplate_start(lines: list[str], start: int) -> int | None:
    """Where a press release's boilerplate begins after the story: "About <Company>",
    "###", "Media contact", "Forward-looking statements"."""
    for i in range(start, len(lines)):
        if _END_MARKS.match(lines[i]) or (_ABOUT.match(lines[i]) and _words(lines[i]) <= 6):
            return i
    return None


def header_end(lines: list[str], start: int, end: int, copy: Callable[[int], bool]) -> int:
    """The story's first line: after the byline and the date stamp that follow a standfirst.

    Pages print the headline, then a standfirst (a one- or two-sentence summary), then
    the byline and date, then the story. A byline or stamp near the top of the run found
    as the body means the prose above it was the standfirst, not the lead.
    """
    words = sum(_words(lines[i]) for i in range(start, end) if copy(i))
    # A live blog stamps every entry: there a stamp is no header.
    dated = sum(1 for i in range(start, end) if is_stamp(lines[i])) < 3
    # Subheads in capitals ("NISSAN SENTRA", "FORD MUSTANG") look like a dateline on its
    # own line; a story has one dateline.
    placed = sum(1 for i in range(start, end) if _PLACE_LINE.match(lines[i])) < 2
    before, paragraphs, cut = 0, 0, start
    for i in range(start, end):
        line = lines[i]
        if copy(i) and not is_stamp(line):
            before += _words(line)
            paragraphs += 1
            if paragraphs > 2 or before * 4 > words:
                break
        elif re.match(r"^(by|written by|words by|posted by)\s", line, re.IGNORECASE) or \
                (dated and is_stamp(line)) or \
                re.search(r"\bmin(ute)?s? read\b", line, re.IGNORECASE) or \
                (placed and paragraphs <= 1 and _PLACE_LINE.match(line)):
            cut = i + 1
    return _past_standfirst(lines, cut, end, copy)


def _past_standfirst(lines: list[str], start: int, end: int, copy: Callable[[int], bool]) -> int:
    """A short first paragraph cut off from the story by a picture (its caption and
    credit) is the standfirst above the photo, not the lead below it."""
    first = next((i for i in range(start, end) if copy(i)), None)
    if first is None or _words(lines[first]) > 30:
        return start
    gap = []
    for j in range(first + 1, end):
        if copy(j):
            break
        gap.append(j)
    pictured = any(is_credit(lines[j]) or _CAPTION_LEAD.match(lines[j]) for j in gap)
    return gap[-1] + 1 if len(gap) >= 2 and pictured and gap[-1] + 1 < end else start
