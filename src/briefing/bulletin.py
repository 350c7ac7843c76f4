"""A bulletin: several stories read to one clock. Each story is condensed by the story
template to its share of the time (shared by weight: the lead story more; a story that
runs out gives back what it cannot fill); the bulletin template (``bulletin.j2``) opens,
says the headlines when asked, places each item of the running order and signs off; and
the whole is voiced and landed like one briefing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from .clock.plan import Plan, Replan, SpeechTime, estimate, estimator, paced_rate, plan_script
from .clock.timing import Timeline
from .core.errors import OptionError, TemplateError
from .ingest.article import Article, split_sentences
from .script.bulletin_template import BulletinTemplate, ItemFacts
from .script.templates import Script, ScriptTemplate, Segment
from .voices.profiles import Cast
from .writing.style import speech_text

LEAD_WEIGHT = 1.5
"""The first story's share of the time against 1 for each of the others."""
MAX_STORIES = 12
DEFAULT_LENGTH = "3:00"
"""A bulletin's length when neither -d, --out, its running order nor its template gives
one."""
DEFAULT_TEMPLATE = "story"
"""How each story is read."""
DEFAULT_BULLETIN = "bulletin"
"""The bulletin's own template: its opening, headlines, running order and sign-off."""
ROUNDS = 3
"""Times the time a short story gives back is shared out again."""


@dataclass(frozen=True)
class Entry:
    """One line of a running order as given: a story to read, a text read as written (the
    weather, a station ID), or a sound played as it is (a sting)."""

    source: str
    """An article file or address; for a text or a sound, its file."""
    text: bool = False
    title: str | None = None
    """A text's or a sound's chapter title."""
    weight: float | None = None
    """A story's share of the time against the others' (the lead 1.5 and the rest 1
    when none is given)."""
    seconds: float | None = None
    """A story's own length, taken off the clock before the rest is shared."""
    least: float | None = None
    """The shortest a story's share may be, seconds (``min`` in a running order)."""
    most: float | None = None
    """The longest a story's share may be, seconds (``max``)."""
    template: ScriptTemplate | None = None
    """How this story is read, when not the bulletin's template."""
    sound: bool = False
    role: str | None = None
    """The voice role that reads this story ("reader": a second newsreader of the cast),
    instead of each segment's own."""

    @property
    def story(self) -> bool:
        return not (self.text or self.sound)


@dataclass(frozen=True)
class Story:
    """One story of the running order: its entry as given, its article, its weight."""

    entry: Entry
    article: Article
    weight: float
    """The entry's, or the lead's 1.5 and the others' 1 when it gave none."""


@dataclass(frozen=True)
class Insert:
    """A text of the running order read as written."""

    title: str
    text: str
    source: str = ""
    """The file it was read from."""


@dataclass(frozen=True)
class Sound:
    """A sound of the running order played as it is (a sting)."""

    title: str
    source: str
    """Its file."""
    seconds: float


OrderItem = Story | Insert | Sound
"""One item of a bulletin's running order as read: a story, a text, a sound."""


def item_ids(items: list[OrderItem]) -> list[str]:
    """Each item's id in the running order: the stories "s1", "s2"..., the texts "t1"...,
    the sounds "a1"..."""
    counts = {"s": 0, "t": 0, "a": 0}
    ids = []
    for item in items:
        kind = "s" if isinstance(item, Story) else "t" if isinstance(item, Insert) else "a"
        counts[kind] += 1
        ids.append(f"{kind}{counts[kind]}")
    return ids


def stories_from(articles: list[tuple[Entry, Article | str | float]]
                 ) -> tuple[list[OrderItem], list[str]]:
    """The running order, in the order given, the first story the lead; and a note for
    each article dropped as the same story as one before it (a wire and its rewrite).
    Each entry comes with its article, a text's words, or a sound's seconds."""
    from .ingest.same_story import same_story

    count = sum(e.story for e, _ in articles)
    if not count:
        raise OptionError("give the bulletin's stories: article files or addresses")
    if count > MAX_STORIES:
        raise OptionError(f"{count} stories are more than a bulletin reads (at most "
                          f"{MAX_STORIES}): choose the top ones")
    items: list[OrderItem] = []
    notes = []
    for entry, read in articles:
        if isinstance(read, float):
            items.append(Sound(entry.title or "Sting", entry.source, read))
            continue
        if isinstance(read, str):
            items.append(Insert(entry.title or "Item", read, entry.source))
            continue
        twin = next((s.entry.source for s in items
                     if isinstance(s, Story) and same_story(s.article, read)), None)
        if twin is not None:
            notes.append(f"briefing: note: {entry.source} tells the same story as {twin}: "
                         "read once, from the first")
            continue
        lead = not any(isinstance(s, Story) for s in items)
        weight = entry.weight if entry.weight is not None else LEAD_WEIGHT if lead else 1.0
        items.append(Story(entry, read, weight))
    return items, notes


def fixed(seg_id: str, title: str, text: str, pause: float) -> Segment | None:
    """A segment of words read as written (a text of the running order)."""
    copy = tuple(split_sentences(" ".join(text.split())))
    if not copy:
        return None
    return Segment(seg_id, title, "anchor",
                   tuple(p for c in copy for p in split_sentences(speech_text(c))), copy, (),
                   pause_after=pause, item=seg_id)


HEADLINE_WORDS = (4, 16)
"""A title says as a headline when it runs this many words."""
_NOT_A_HEADLINE = re.compile(
    r"^[\"'“‘«]"                                 # opens on a quote
    r"|[:|]"                                      # a label: "Name: ...", "... | Site"
    r"|^(?:how|why|what|when|where|which|who|here's|here are)\b"  # how-tos and teasers
    r"|^(?:the )?(?:\d+ |best\b)"                  # a list: "4 things to do", "The 10 best"
    r"|[?!]\W*$"                                 # a question, a shout
    r"|\b(?:i|i'm|we|we're|our|my|you|your)\b"   # the writer's or the reader's voice
    r"|\bago\b|\b\d{1,2}:\d{2}\b",                # a time stamp
    re.IGNORECASE)


def headline(article: Article) -> str:
    """The story in one sentence for the headlines: its title when it reads as one on air
    (a few words; not a quote, a label, a how-to, a list, a question or a shout, not in the
    writer's or reader's voice, not in capitals), without a kicker ("BREAKING: ") when the
    rest does; else nothing: a story with no sayable headline is read without one (its
    opening sentence would be heard twice, and an editor heard it so)."""
    title = " ".join(article.title.split()).strip()
    # A kicker before the headline proper is the page's, not the story's: "BREAKING: ...".
    kicker = re.match(r"^(?:\S+ ){0,3}\S+:\s+(?=[A-Z0-9])", title)
    for said in (title, title[kicker.end():] if kicker else ""):
        words = said.split()
        capitals = sum(w.isupper() and len(w) > 1 for w in words)
        if HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1] and \
                capitals * 3 < len(words) and not _NOT_A_HEADLINE.search(said):
            return said if said.endswith((".", "!", "?")) else said + "."
    return ""


def facts(items: list[OrderItem]) -> list[ItemFacts]:
    """What the bulletin template knows of each item of the running order."""
    return [ItemFacts("story", x.article.title, headline(x.article), x.article.credit or "")
            if isinstance(x, Story) else ItemFacts("text" if isinstance(x, Insert) else "sound",
                                                   x.title) for x in items]


def plan_bulletin(items: list[OrderItem], template: ScriptTemplate, cast: Cast,
                  target: float, frame: BulletinTemplate, headlines: bool = False,
                  seconds: SpeechTime | None = None, base_rate: int | None = None,
                  at: dt.time | None = None) -> Plan:
    """The bulletin's script, each story cut to its share, and its estimate: ``frame``
    (the bulletin template) opens, places the items and signs off; each story is read by
    its own template or ``template``; ``at``, the time it goes on air, is the template's to
    say."""
    seconds = seconds or estimator(cast)
    base_rate = base_rate or cast.rate
    pause = cast.anchor.segment_pause
    values = {"time_said": time_said(at) if at is not None else "",
              "at": f"{at:%H:%M}" if at is not None else "", "headlines": headlines,
              "target_seconds": target}
    made = frame.frame(facts(items), values, pause)
    own = [dataclasses.replace(s, item=s.id) for s in made.segments]
    stories = [x for x in items if isinstance(x, Story)]
    ids = item_ids(items)
    inserts = {id(x): fixed(key, x.title, x.text, pause) if isinstance(x, Insert) else
               Segment(key, x.title, "anchor", (), (), (), pause_after=pause, item=key,
                       sound=x.source, hold=x.seconds)
               for key, x in zip(ids, items, strict=True) if not isinstance(x, Story)}
    fixed_segments = [s for s in (*own, *inserts.values()) if s is not None]
    budget = target - estimate(fixed_segments, cast, seconds=seconds).total - \
        pause * len(fixed_segments) - sum(s.entry.seconds or 0.0 for s in stories)
    shared = [s for s in stories if s.entry.seconds is None]
    if budget < 5 * len(shared) or (not shared and budget < -5):
        raise OptionError(f"{len(stories)} stories cannot be read in {target:.0f} s: give a "
                          "longer -d, fewer stories or shorter fixed lengths")
    planned = dict(zip(map(id, stories), _shares(stories, template, cast, budget, seconds,
                                                 base_rate), strict=True))
    read: dict[int, list[Segment]] = {}
    for index, (key, item) in enumerate(zip(ids, items, strict=True)):
        if not isinstance(item, Story):
            read[index] = [inserts[id(item)]] if inserts[id(item)] else []
            continue
        read[index] = [
            dataclasses.replace(seg, id=f"{key}-{seg.id}", item=key,
                                role=item.entry.role or seg.role,
                                title=(item.article.title if k == 0 else
                                       f"{item.article.title}: {seg.title}")[:120],
                                pause_after=pause)
            for k, seg in enumerate(planned[id(item)].script.segments)]
    segments: list[Segment] = []
    for position in range(len(own) + 1):
        for at_, index in made.places:
            if at_ == position:
                segments += read[index]
        segments += own[position:position + 1]
    seg_ids = [s.id for s in segments]
    if len(set(seg_ids)) != len(seg_ids):
        twice = next(i for i in seg_ids if seg_ids.count(i) > 1)
        raise TemplateError(f"{frame.path}: segment id '{twice}' is a story's too: give the "
                            "bulletin's own segments other ids")
    rate = paced_rate(segments, cast, target, seconds, base_rate)
    paced = cast.paced(rate) if rate != cast.rate else cast
    timeline: Timeline = estimate(segments, paced, target,
                                  lambda text, role: seconds(text, role) * cast.rate / rate)
    origins = tuple((key, x.entry.source if isinstance(x, Story) else x.source)
                    for key, x in zip(ids, items, strict=True))
    script = Script("News bulletin", "bulletin", target, tuple(segments), origins)
    return Plan(script, timeline, short=all(planned[id(s)].short for s in stories) and
                timeline.total < target - 0.5, rate=rate)


def _shares(stories: list[Story], template: ScriptTemplate, cast: Cast, budget: float,
            seconds: SpeechTime, base_rate: int) -> list[Plan]:
    """Each story planned to its share of ``budget``, by weight; a story that runs out
    gives back what it cannot fill, to the others by weight."""
    shares = shared_out(stories, budget)
    plans: list[Plan] = []
    for _ in range(ROUNDS):
        plans = [plan_script(s.article, s.entry.template or template, cast, share,
                             seconds=seconds, base_rate=base_rate)
                 for s, share in zip(stories, shares, strict=True)]
        spare = sum(max(0.0, share - p.timeline.total) for p, share in
                    zip(plans, shares, strict=True) if p.short)
        hungry = [i for i, p in enumerate(plans)
                  if not p.short and stories[i].entry.seconds is None]
        if spare < 1.0 or not hungry:
            break
        weight = sum(stories[i].weight for i in hungry)
        shares = [p.timeline.total if p.short else
                  min(share + spare * stories[i].weight / weight,
                      stories[i].entry.most or float("inf")) if i in hungry else share
                  for i, (p, share) in enumerate(zip(plans, shares, strict=True))]
    return plans


def shared_out(stories: list[Story], budget: float) -> list[float]:
    """Each story's share: its own length when it has one; else a share of ``budget`` (the
    seconds left to stories without one) by weight, within its bounds (``least``,
    ``most``), a story held at a bound leaving the rest to the others by weight."""
    shares: list[float | None] = [s.entry.seconds for s in stories]
    fixed = {i for i, x in enumerate(shares) if x is not None}
    while True:
        free = [i for i, x in enumerate(shares) if x is None]
        if not free:
            return [x or 0.0 for x in shares]
        weight = sum(stories[i].weight for i in free) or 1.0
        left = budget - sum(x or 0.0 for i, x in enumerate(shares) if i not in fixed | set(free))
        trial = {i: left * stories[i].weight / weight for i in free}
        held = {i: min(max(v, stories[i].entry.least or 0.0),
                       stories[i].entry.most or float("inf")) for i, v in trial.items()}
        bound = [i for i in free if held[i] != trial[i]]
        if not bound:
            return [x if x is not None else trial[i] for i, x in enumerate(shares)]
        # The one furthest past its bound is held there first; the rest share again.
        worst = max(bound, key=lambda i: abs(held[i] - trial[i]))
        shares[worst] = held[worst]


def replanner(items: list[OrderItem], template: ScriptTemplate, target: float,
              frame: BulletinTemplate, headlines: bool, at: dt.time | None = None) -> Replan:
    """How the fit plans the bulletin again from measured lengths."""
    return lambda cast, seconds, base_rate: plan_bulletin(
        items, template, cast, target, frame, headlines, seconds, base_rate, at)


def time_said(at: dt.time) -> str:
    """The time as a newsreader says it: "It's four o'clock.", "It's four fifteen.",
    "It's four oh five."."""
    from num2words import num2words

    hour = num2words(at.hour % 12 or 12)
    if at.minute == 0:
        return f"It's {hour} o'clock."
    minute = num2words(at.minute)
    return f"It's {hour} {'oh ' if at.minute < 10 else ''}{minute}."


def airtime(at: str | None, out: str | None) -> tuple[dt.time | None, float | None]:
    """``--at HH:MM[:SS]`` (when it goes on air) and ``--out HH:MM:SS`` (its hard out) as
    the time said in the opening and the seconds between them (None without an out). An
    out without a start begins at the top of its hour."""
    start = _clock_time(at, "--at") if at else None
    if out is None:
        return start, None
    end = _clock_time(out, "--out")
    if start is None:
        start = end.replace(minute=0, second=0)
    day = dt.date(2000, 1, 1)
    seconds = (dt.datetime.combine(day, end) - dt.datetime.combine(day, start)).total_seconds()
    if seconds <= 0:
        raise OptionError(f"--out {out} is not after the start ({start:%H:%M:%S}): give the "
                          "time the bulletin must end, after --at")
    return start, seconds


def _clock_time(text: str, option: str) -> dt.time:
    text = text.strip()
    try:
        return dt.time.fromisoformat("0" + text if text[1:2] == ":" else text)  # 7:00
    except ValueError:
        raise OptionError(f"{option} {text!r} is not a time of day: give HH:MM or HH:MM:SS, "
                          "e.g. 16:05:50") from None
