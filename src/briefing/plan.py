"""From article and template to a Script sized to the target, with its estimated Timeline."""

from __future__ import annotations

from dataclasses import dataclass

from .article import Article, Sentence
from .audio_fit import PAUSE_RANGE, pause_scale
from .condense import fill, pick_lead, pick_quote, score_sentences
from .script import Script, ScriptTemplate, Segment, Selection
from .style import speech_text
from .timing import SegmentTime, Timeline, sentence_seconds
from .voices import Voice


@dataclass(frozen=True)
class Plan:
    """A script and its estimate; ``short`` says the article could not fill the target."""

    script: Script
    timeline: Timeline
    short: bool


def estimate(segments: tuple[Segment, ...] | list[Segment], voice: Voice,
             target: float | None = None) -> Timeline:
    """Estimated segment times from the voice's calibrated pace.

    With a target, pauses are scaled the way assembly will scale them, so the
    estimate predicts the rendered file rather than the unfitted script.
    """
    speech = [sum(sentence_seconds(s, voice) for s in seg.sentences) for seg in segments]
    sentence_gaps = [voice.sentence_pause * max(0, len(seg.sentences) - 1) for seg in segments]
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


def plan_script(article: Article, template: ScriptTemplate, voice: Voice,
                target_seconds: float) -> Plan:
    """Choose sentences so the estimated length lands as close to the target as it can."""
    pause = voice.segment_pause
    probe, used = template.render(article, Selection(), target_seconds, pause)
    # Fixed wording, plus a pause after each segment the helpers may add.
    flexible = {"lead": "lead", "fill": "details", "quote": "quote"}
    fixed = estimate(probe, voice).total + pause * len([h for h in used if h in flexible])

    def cost(s: Sentence) -> float:
        return sentence_seconds(speech_text(s.text), voice) + voice.sentence_pause

    scored = score_sentences(article)
    lead = pick_lead(scored) if "lead" in used else None
    quote = None
    if "quote" in used:
        quote = pick_quote(scored, {lead.sentence.index} if lead else set())
    budget = target_seconds - fixed
    taken: set[int] = set()
    selection = Selection()
    if lead:
        selection.lead = [lead.sentence]
        taken.add(lead.sentence.index)
        budget -= cost(lead.sentence)
    if quote and cost(quote.sentence) <= budget * 0.6:
        selection.quote = [quote.sentence]
        taken.add(quote.sentence.index)
        budget -= cost(quote.sentence)
    if "fill" in used:
        # Sentences right after the lead may lean on it; they follow it only through fill.
        slack = (1 - PAUSE_RANGE[0]) * (pause * len(probe) + 4 * voice.sentence_pause)
        selection.fill = fill(scored, budget, cost, exclude=taken, slack=slack)
    segments, _ = template.render(article, selection, target_seconds, pause)
    timeline = estimate(segments, voice, target_seconds)
    script = Script(article.title, template.name, target_seconds, tuple(segments))
    return Plan(script, timeline, short=timeline.total < target_seconds - 0.5)
