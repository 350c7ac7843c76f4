"""From article and template to a Script sized to the target, with its estimated Timeline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from ..core.errors import TemplateError
from ..ingest.article import Article, Sentence
from ..script.templates import Script, ScriptTemplate, Segment, Selection
from ..voices.profiles import Cast, Voice, as_cast
from ..writing.condense import (
    Scored,
    fill,
    goes_with,
    inside_quotes,
    is_dangling,
    is_quote,
    lead_candidates,
    may_add,
    not_alone,
    pick_lead,
    placed,
    reordered,
    score_sentences,
    shorter_forms,
    stands,
    usable,
)
from ..writing.references import introduced_by, introductions
from ..writing.standards import screen
from ..writing.style import speech_text
from .ranges import NATURAL_PAUSES, PAUSE_RANGE, RATE_RANGE, pause_scale
from .timing import SegmentTime, Timeline, sentence_seconds

OVERRUN = 1.0
"""Share of what tighter pauses can absorb that a strong sentence may take to be heard
whole; the speaking rate is left for the fit's corrections."""

SpeechTime = Callable[[str, str], float]
"""Seconds to say one sentence of broadcast copy in a role (estimated or measured)."""
Replan = Callable[[Cast, SpeechTime, int], "Plan"]
"""A new plan for the cast as now paced, its sentences timed by the given lengths, the
rate's range measured from the given base rate (``replanner``)."""


@dataclass(frozen=True)
class Plan:
    """A script and its estimate; ``short`` says the article could not fill the target."""

    script: Script
    timeline: Timeline
    short: bool
    """The article ran out: every usable sentence is in and it still falls short."""
    rate: int
    """Speaking rate the plan expects to need (the profile's, or moved within ±8%)."""
    scores: tuple[Scored, ...] = ()
    """Every article sentence's score parts, for `preview --explain`."""


def estimator(cast: Cast) -> SpeechTime:
    """The calibrated estimate of each role's voice."""
    return lambda text, role: sentence_seconds(text, cast.voice(role))


def estimate(segments: tuple[Segment, ...] | list[Segment], voice: Cast | Voice,
             target: float | None = None, seconds: SpeechTime | None = None) -> Timeline:
    """Segment times from per-sentence speaking times and the voice's pauses.

    With a target, pauses are scaled the way assembly will scale them, so the
    estimate predicts the rendered file rather than the unfitted script.
    """
    voice = as_cast(voice)
    seconds = seconds or estimator(voice)
    speech = [sum(seconds(s, seg.role) for s in seg.sentences) + seg.hold for seg in segments]
    sentence_gaps = [voice.anchor.sentence_pause * max(0, len(seg.sentences) - 1)
                     for seg in segments]
    segment_gaps = [seg.pause_after for seg in segments[:-1]] + [0.0] if segments else []
    scale = 1.0
    if target is not None:
        scale = pause_scale(sum(speech), sum(sentence_gaps) + sum(segment_gaps), target)
    times, clock = [], 0.0
    for i, seg in enumerate(segments):
        end = clock + speech[i] + scale * (sentence_gaps[i] + segment_gaps[i])
        times.append(SegmentTime(seg.id, round(clock, 3), round(end, 3)))
        clock = end
    return Timeline(tuple(times), round(clock, 3), measured=False)


FIXED_OVERRUN = 2.0
"""How far past the target a template's fixed wording may run before it is refused rather
than voiced."""


def plan_script(article: Article, template: ScriptTemplate, voice: Cast | Voice,
                target_seconds: float, seconds: SpeechTime | None = None,
                base_rate: int | None = None) -> Plan:
    """Choose sentences so the estimated length lands as close to the target as it can.

    ``seconds`` gives each sentence's speaking time; the calibrated estimate by
    default, measured durations when the fit re-plans after a render. ``base_rate``
    is the profile's rate, which the ±8% range is measured from (``voice.rate`` if None).
    """
    voice = as_cast(voice)
    seconds = seconds or estimator(voice)
    base_rate = base_rate or voice.rate
    pause = voice.anchor.segment_pause
    probe, used = template.render(article, Selection(), target_seconds, pause)
    fixed = estimate(probe, voice, seconds=seconds).total
    if fixed > FIXED_OVERRUN * target_seconds + 10:
        raise TemplateError(f"{template.path}: its fixed wording alone runs about {fixed:.0f} s, "
                            f"far past the {target_seconds:.0f} s target: shorten the template, "
                            "or give a longer -d")
    # What the fit can absorb when a sentence overruns: tighter pauses, a brisker read.
    pauses = pause * (len(probe) + 2) + 4 * voice.anchor.sentence_pause
    slack = (1 - PAUSE_RANGE[0]) * pauses + (1 - 1 / RATE_RANGE[1]) * 0.8 * target_seconds

    costs: dict[tuple[str, str], float] = {}

    def cost(s: Sentence, helper: str = "fill") -> float:
        # Asked for again and again while choosing: styled and timed once per sentence.
        key = (s.text, used.get(helper, "anchor"))
        if key not in costs:
            costs[key] = seconds(speech_text(s.text), key[1]) + voice.anchor.sentence_pause
        return costs[key]

    scored = screen(score_sentences(article), template.station)  # standards: what may air
    intros = introductions(article.sentences)  # once: every choice of lead asks it
    leads: list[Scored | None] = [None]
    if "lead" in used:
        following = {x.sentence.index - 1: x.sentence for x in scored}

        def with_answer(s: Sentence) -> float:
            # A claim is only heard with its denial: both must fit.
            answer = following.get(s.index)
            return cost(s) + (cost(answer) if answer and goes_with(s, answer) else 0.0)

        first = pick_lead(scored,
                          fits=lambda s: with_answer(s) + pause <= target_seconds - fixed + slack)
        leads = [first] + [x for x in lead_candidates(scored)[:3] if x is not first]
    best: tuple[float, Plan] | None = None
    for lead in leads:
        plan = _plan_with_lead(article, template, voice, target_seconds, seconds, scored, lead,
                               "quote" in used, "fill" in used, fixed, intros, cost, base_rate,
                               OVERRUN * (1 - PAUSE_RANGE[0]) * pauses)
        miss = _reach_miss(plan.script.segments, voice, target_seconds, seconds, base_rate)
        if best is None or miss < best[0] - 0.25:  # a better opening wins near-ties
            best = (miss, plan)
        if miss <= 0.25:
            break
    assert best is not None
    return best[1]


def replanner(article: Article, template: ScriptTemplate, target_seconds: float) -> Replan:
    """How the fit plans the same article and template again from measured lengths."""
    return lambda cast, seconds, base_rate: plan_script(article, template, cast,
                                                        target_seconds, seconds=seconds,
                                                        base_rate=base_rate)


def _plan_with_lead(article: Article, template: ScriptTemplate, voice: Cast, target: float,
                    seconds: SpeechTime, scored: list[Scored], lead: Scored | None,
                    want_quote: bool, want_fill: bool, fixed: float, intros: dict[str, int],
                    cost: Callable[..., float], base_rate: int, overrun: float) -> Plan:
    """Fill the budget around one choice of opening sentence."""
    pause = voice.anchor.segment_pause
    # Each helper's segment adds a segment pause once it has something to say.
    budget = target - fixed
    taken: set[int] = set()
    selection = Selection()
    if lead:
        lead = replace(lead, sentence=placed(lead.sentence, article))
        selection.lead = [lead.sentence]
        taken.add(lead.sentence.index)
        budget -= cost(lead.sentence, "lead") + pause
    if want_fill:
        # The story after the lead, in its own order.
        selection.fill = fill(scored, budget - pause, cost, exclude=taken,
                              after=lead.sentence.index if lead else None,
                              overrun=overrun, intros=intros)
        budget -= sum(cost(s) for s in selection.fill) + pause
    if want_quote:
        selection.fill, selection.quote = _quote_in_order(
            scored, selection.fill, lead, budget, pause, cost, intros)
        taken |= {s.index for s in selection.quote}
    segments, _ = template.render(article, selection, target, pause)
    chosen = taken | {s.index for s in selection.fill}
    apart = not_alone([x.sentence for x in scored])
    # What the story told before its lead is not told after it: it leads up to the lead.
    later = [x for x in scored if lead is None or x.sentence.index > lead.sentence.index]
    if want_fill and _reach_miss(segments, voice, target, seconds, base_rate) > 0:
        # Short of what rate and pauses can reach: one more sentence, if one lands nearer.
        extra = _nearer(later, chosen, segments, voice, target, seconds, base_rate, intros,
                        apart)
        if extra is not None:
            selection.fill = sorted([*selection.fill, extra], key=lambda s: s.index)
            chosen.add(extra.index)
            segments, _ = template.render(article, selection, target, pause)
    if want_fill and _reach_miss(segments, voice, target, seconds, base_rate) > 0:
        # Still off the clock: an aside cut from what was chosen, or from the sentence added.
        selection, segments = _land(
            selection, lambda sel: template.render(article, sel, target, pause)[0],
            lambda segs: _reach_miss(segs, voice, target, seconds, base_rate),
            [x.sentence for x in later
             if may_add(x, chosen, [c for seg in segments for c in seg.copy], intros, apart)])
        chosen = {s.index for h in HELPERS for s in getattr(selection, h)}
    # Long quotes with their speaker said first: the same words, so the same time.
    selection = replace(selection, **{h: [reordered(s) for s in getattr(selection, h)]
                                      for h in HELPERS})
    segments, _ = template.render(article, selection, target, pause)
    # Ran out: every sentence that could stand on air in this order is in.
    said = [c for seg in segments for c in seg.copy]
    inside = inside_quotes([x.sentence for x in scored])  # a quote's opening may still come
    exhausted = all(x.sentence.index in chosen
                    or (lead is not None and x.sentence.index < lead.sentence.index)
                    or not may_add(x, chosen, said, intros, inside) for x in scored)
    rate = paced_rate(segments, voice, target, seconds, base_rate)
    if rate != voice.rate:
        factor = voice.rate / rate
        base = seconds
        seconds = lambda text, role: base(text, role) * factor  # noqa: E731 - scaled
    timeline = estimate(segments, voice, target, seconds)
    script = Script(article.title, template.name, target, tuple(segments))
    return Plan(script, timeline, short=exhausted and timeline.total < target - 0.5, rate=rate,
                scores=tuple(scored))


def _quote_in_order(scored: list[Scored], details: list[Sentence], lead: Scored | None,
                    budget: float, pause: float, cost: Callable[..., float],
                    intros: dict[str, int]) -> tuple[list[Sentence], list[Sentence]]:
    """The quote segment without leaving the story's order: the details' closing quote (and
    the quoted sentences that carry it on) when the facts came first, else the story's next
    sentence when it is a quote that fits the time left and its speaker was introduced."""
    # The details' closing quote, with the quoted sentences that carry it on.
    for k in range(len(details) - 1, 1, -1):
        if is_quote(details[k]):
            tail = details[k:]
            follows = all(b.index == a.index + 1 and b.text[:1] in "\"“"
                          for a, b in zip(tail, tail[1:], strict=False))
            if follows:
                return details[:k], tail
            break
    heard = {s.index for s in details} | ({lead.sentence.index} if lead else set())
    last = max(heard, default=-1)
    for x in scored:
        s = x.sentence
        if s.index <= last or not usable(x) or not stands(s):
            continue
        # Only the story's next sentence: a later quote would skip what comes between.
        if not is_quote(s) or is_dangling(s) or not 8 <= s.words <= 50:
            break
        if introduced_by(s, intros) <= heard and cost(s, "quote") + pause <= budget:
            return details, [s]
        break
    return details, []


HELPERS = ("lead", "fill", "quote")


def _land(selection: Selection, render: Callable[[Selection], list[Segment]],
          miss: Callable[[list[Segment]], float],
          unused: list[Sentence]) -> tuple[Selection, list[Segment]]:
    """Cut asides (``condense.shorter_forms``) until the script lands within what pace and
    pauses reach: from a chosen sentence when it runs long, from an unused sentence added
    when it runs short. Each step takes the cut that lands nearest, the smallest cut among
    equals; nothing changes when no cut brings it nearer."""
    segments = render(selection)
    now = miss(segments)
    for _ in range(3):
        if now <= 0:
            break
        best: tuple[tuple[float, int], Selection, list[Segment]] | None = None
        for trial, removed in _trials(selection, unused):
            segs = render(trial)
            key = (round(miss(segs), 2), removed)
            if best is None or key < best[0]:
                best = (key, trial, segs)
        if best is None or best[0][0] >= now:
            break
        (now, _), selection, segments = best
    return selection, segments


def _trials(selection: Selection, unused: list[Sentence]):  # noqa: ANN202 - a generator
    """Each one-step change: one chosen sentence cut once more, or one unused sentence
    (whole or cut) added in the story's order; with the words it takes away."""
    for helper in HELPERS:
        chosen = getattr(selection, helper)
        for k, s in enumerate(chosen):
            forms = shorter_forms(s)
            if forms:
                short = forms[0]
                trial = replace(selection, **{helper: [*chosen[:k], short, *chosen[k + 1:]]})
                yield trial, s.words - short.words
    heard = {s.index for h in HELPERS for s in getattr(selection, h)}
    for s in unused:
        if s.index in heard:
            continue
        for form in [s, *shorter_forms(s)]:
            added = sorted([*selection.fill, form], key=lambda x: x.index)
            yield replace(selection, fill=added), s.words - form.words


def _speech(segments: tuple[Segment, ...] | list[Segment], seconds: SpeechTime) -> float:
    return sum(seconds(s, seg.role) for seg in segments for s in seg.sentences)


def held(segments: tuple[Segment, ...] | list[Segment]) -> float:
    """Seconds held for sounds (stings): on the clock, but neither speech nor pause."""
    return sum(seg.hold for seg in segments)


def _rates(voice: Cast, base_rate: int) -> tuple[float, float]:
    """Rate factors (slowest, fastest) the fit may still use, relative to the cast's now."""
    return base_rate * RATE_RANGE[0] / voice.rate, base_rate * RATE_RANGE[1] / voice.rate


def _nearer(scored: list[Scored], chosen: set[int], segments: tuple[Segment, ...] | list[Segment],
            voice: Cast, target: float, seconds: SpeechTime, base_rate: int,
            intros: dict[str, int], apart: set[int]) -> Sentence | None:
    """The unused standalone sentence whose addition best closes a shortfall, if any does."""
    speech, pauses, rates = _speech(segments, seconds), gaps(segments, voice), \
        _rates(voice, base_rate)
    target -= held(segments)
    now = reach(speech, pauses, target, rates)
    said = [c for seg in segments for c in seg.copy]
    best = None
    for x in scored:
        s = x.sentence
        if not may_add(x, chosen, said, intros, apart):
            continue
        miss = reach(speech + seconds(speech_text(s.text), "anchor"),
                      pauses + voice.anchor.sentence_pause,
                      target, rates)
        # Any sentence that closes the gap will do: the next the story tells among them.
        if miss < now and (best is None or (miss <= 0.0, -s.index) > (best[0] <= 0.0, best[2])):
            best = (miss, s, -s.index)
    return best[1] if best else None


def reach(speech: float, pauses: float, target: float,
          rates: tuple[float, float] = (1.0, 1.0),
          within: tuple[float, float] = NATURAL_PAUSES) -> float:
    """Seconds the target lies beyond what pauses scaled ``within`` (natural ones unless
    told) and rate factors ``rates`` (slowest, fastest) can reach; 0 when within reach."""
    low = speech / rates[1] + within[0] * pauses
    high = speech / rates[0] + within[1] * pauses
    return max(low - target, target - high, 0.0)


def _reach_miss(segments: tuple[Segment, ...], voice: Cast, target: float,
                seconds: SpeechTime, base_rate: int) -> float:
    """How far the target lies beyond what rate and pause changes can reach, seconds."""
    return reach(_speech(segments, seconds), gaps(segments, voice), target - held(segments),
                 _rates(voice, base_rate))


def gaps(segments: tuple[Segment, ...] | list[Segment], voice: Cast) -> float:
    """Inserted pause time at the anchor profile's lengths."""
    pause = voice.anchor.sentence_pause
    total = sum(pause * max(0, len(seg.sentences) - 1) for seg in segments)
    return total + sum(seg.pause_after for seg in segments[:-1])


AIM = (0.9, 1.1)
"""The pause scale a re-paced plan aims at: inside ``NATURAL_PAUSES`` by half its width, so
that a render a little longer or shorter than estimated still lands there."""


def paced_rate(segments: tuple[Segment, ...] | list[Segment], voice: Cast, target: float,
               seconds: SpeechTime, base_rate: int | None = None) -> int:
    """The rate that lets natural pauses land the script on target: the voice's own when
    it can.

    Otherwise the rate moves (within ±8% of ``base_rate``) so that pauses land well inside
    their natural range (``AIM``), leaving room for the estimate's error.
    """
    base_rate = base_rate or voice.rate
    speech, pauses = _speech(segments, seconds), gaps(segments, voice)
    target -= held(segments)
    if reach(speech, pauses, target, within=AIM) == 0.0 or speech <= 0:
        return voice.rate
    aim = min(AIM[1], max(AIM[0], (target - speech) / pauses)) if pauses > 0 else 1.0
    factor = speech / max(target - aim * pauses, 0.1)
    wanted = voice.rate * factor
    return round(min(base_rate * RATE_RANGE[1], max(base_rate * RATE_RANGE[0], wanted)))
