"""What the terminal shows: the preview table and script, why sentences were chosen,
the template and voice lists, and the report of a `make`."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .config import Settings
    from .pipeline import Briefing, Preview
    from .script.templates import TemplateInfo

from .clock.ranges import NATURAL_PAUSES, natural
from .clock.timing import clock

BAR = 30


def _bar(start: float, end: float, total: float) -> str:
    if total <= 0:
        return " " * BAR
    a = round(start / total * BAR)
    b = max(a + 1, round(end / total * BAR))
    return " " * a + "█" * (b - a) + " " * (BAR - b)


def _opening(text: str, words: int = 7) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def preview_table(planned: Preview) -> str:
    """Segments with start, duration, words, a proportional timeline and opening words."""
    script, timeline, article = planned.plan.script, planned.timeline, planned.article
    total = max(timeline.total, planned.clock.programme)
    meta = " · ".join(x for x in (article.source, article.byline) if x)
    lines = [script.title, f"{meta}  [template {script.template}, voice {planned.voice.name}]"
             if meta else f"[template {script.template}, voice {planned.voice.name}]", ""]
    width = max([len(s.id) for s in script.segments] + [7])
    lines.append(f"{'segment':<{width}}  {'start':>6}  {'dur':>5}  {'words':>5}  "
                 f"{'timeline':<{BAR}}  opening")
    for seg, t in zip(script.segments, timeline.segments, strict=False):
        lines.append(f"{seg.id:<{width}}  {clock(t.start):>6}  {t.seconds:>4.1f}s  "
                     f"{seg.words:>5}  {_bar(t.start, t.end, total)}  {_opening(seg.text)}")
    diff = timeline.total - planned.clock.programme
    lines.append("")
    lines.append(f"total {timeline.total:.1f} s estimated, target {planned.clock.programme:.1f} s "
                 f"({diff:+.1f} s)")
    if planned.plan.short:
        lines.append("note: the article is too short to fill the target; "
                     "the briefing will run short rather than pad with silence")
    return "\n".join(lines)


def _running_items(planned: Preview) -> list[dict]:
    """The bulletin's items (the opening, each story, the sign-off) with their estimated
    start, length and back-time (how long before the out each must start)."""
    out = planned.clock.programme
    from .script.templates import running_items

    segments, times = planned.plan.script.segments, planned.timeline.segments
    items = [{"id": key, "title": segments[m[0]].title, "start": round(times[m[0]].start, 3),
              "seconds": round(times[m[-1]].end - times[m[0]].start, 3)}
             for key, m in running_items(segments)]
    day = dt.datetime.combine(dt.date(2000, 1, 1), planned.on_air) if planned.on_air else None
    for item in items:
        item["back_time"] = round(item["start"] - out, 3)
        if day is not None:  # on the wall clock, to the second it must start
            item["on_air"] = f"{day + dt.timedelta(seconds=item['start']):%H:%M:%S}"
    return items


def running_order(planned: Preview) -> str:
    """The bulletin's running order as a table, with back-times to the out."""
    items = _running_items(planned)
    wall = planned.on_air is not None
    lines = [f"{planned.plan.script.title}  [template {planned.plan.script.template}, voice "
             f"{planned.voice.name}]", "",
             f"{'item':<6}  {'on air    ' if wall else ''}{'start':>6}  {'back':>7}  "
             f"{'dur':>6}  title"]
    for item in items:
        back = -item["back_time"]
        lines.append(f"{item['id']:<6}  {item['on_air'] + '  ' if wall else ''}"
                     f"{clock(item['start']):>6}  -{clock(back):>6}  "
                     f"{item['seconds']:>5.1f}s  {item['title'][:60]}")
    out = ""
    if wall:
        end = dt.datetime.combine(dt.date(2000, 1, 1), planned.on_air) + \
            dt.timedelta(seconds=planned.clock.programme)
        out = f" ({end:%H:%M:%S} on the clock)"
    lines += ["", f"total {planned.timeline.total:.1f} s estimated, out at "
                  f"{planned.clock.programme:.1f} s{out} (back-time: how long before the out "
                  "each item starts)"]
    return "\n".join(lines)


def running_order_json(planned: Preview) -> dict:
    return {"title": planned.plan.script.title, "target_seconds": planned.clock.programme,
            "on_air": f"{planned.on_air:%H:%M:%S}" if planned.on_air else None,
            "estimated_seconds": round(planned.timeline.total, 3),
            "items": _running_items(planned)}


def script_text(planned: Preview, pronouncers: bool = False) -> str:
    """The script as a reader sees it: each segment's title, time and spoken copy."""
    cast, timeline = planned.voice, planned.timeline
    blocks = []
    for seg, t in zip(planned.plan.script.segments, timeline.segments, strict=False):
        voice = cast.voice(seg.role)
        text = voice.pronouncers(seg.text) if pronouncers else seg.text
        if seg.sound:
            text = f"(plays {seg.sound}, {seg.hold:.1f} s)"
        blocks.append(f"[{clock(t.start)}] {seg.title} ({seg.id})\n{text}")
    return "\n\n".join(blocks)


def explain_text(planned: Preview) -> str:
    """Why each sentence from the lead on was spoken or passed over: the story is told in
    its own order, so every departure from it has a reason."""
    from .writing.condense import is_dangling, is_quote, stands, usable
    from .writing.references import introduced_by, introductions

    scores = {x.sentence.index: x for x in planned.plan.scores}
    where = {i: seg.id for seg in planned.plan.script.segments for i in seg.sources}
    cut = {i: (copy, written, kinds) for seg in planned.plan.script.segments
           for i, copy, written, kinds in zip(seg.sources, seg.copy, seg.written,
                                              seg.rewrites, strict=False)
           if copy != written}
    intros = introductions(planned.article.sentences)
    lines = ["the lead is the story's first sentence that stands alone; the details follow "
             "in the article's order while they fit the time (asides cut when time is "
             "short), then the most central nearby sentence that fits; a quote segment "
             "takes the details' closing quote or the story's next sentence when it is one",
             f"{'segment':<10} {'#':>3}  why / opening"]
    if not where:
        return "\n".join(lines)
    heard: set[int] = set()
    short_of_time = False
    for i in range(min(where), max(where) + 1):
        x = scores[i]
        s = x.sentence
        opening = " ".join(s.text.split()[:9]) + " …"
        if i in where:
            heard.add(i)
            note = " [quote]" if is_quote(s) else ""
            lines.append(f"{where[i]:<10} {i:>3}  {opening}{note}")
            if i in cut:
                copy, written, kinds = cut[i]
                lines += [f"{'':<14} rewritten ({', '.join(kinds)}), said as: {copy}",
                          f"{'':<14} as written: {written}"]
            continue
        missing = sorted(introduced_by(s, intros) - heard)
        if not usable(x) or not stands(s):
            why = "too short, too long or a question to stand on air"
        elif is_dangling(s) and i - 1 not in heard:
            why = "leans on the sentence before, which was not heard"
        elif missing:
            why = f"names someone introduced in sentence {missing[0]}, not heard"
        elif not short_of_time:
            why = "did not fit the time left"
            short_of_time = True
        else:
            later = min((j for j in where if j > i), default=None)
            why = ("time was nearly spent: the last detail is the most central nearby "
                   f"sentence that fits (sentence {later})" if later is not None else
                   "did not fit the time left")
        lines.append(f"{'(passed)':<10} {i:>3}  {why}: {opening}")
    return "\n".join(lines)


def templates_table(templates: list[TemplateInfo]) -> str:
    if not templates:
        return "no templates found (add .j2 files to ./scripts)"
    width = max(len(t.name) for t in templates)
    return "\n".join(f"{t.name:<{width}}  {t.path}\n{'':<{width}}  {t.description}"
                     for t in templates)


def voices_table() -> str:
    """Every voice profile that wins the lookup, with its engine's install state."""
    from .core.errors import BriefingError
    from .voices.profiles import list_voices, load_voice, recommended_for_air
    from .voices.tts import engine_installed

    rows, loaded = [], []
    for name, path in list_voices().items():
        try:
            voice = load_voice(str(path))
            loaded.append((name, voice))
            engine, language = voice.engine, voice.language
            state = "installed" if engine_installed(engine, voice.voice) else "not installed"
            missed = "" if voice.words_missed is None else f"{voice.words_missed:.0%}"
        except BriefingError as exc:
            engine, language, state, missed = "?", "?", f"broken: {exc}", ""
        rows.append([name, engine, language, state, missed, str(path)])
    best = recommended_for_air(loaded)  # the profiles loaded once, here
    for row in rows:
        row[0] += " *" if row[0] == best else ""
    if not rows:
        return "no voice profiles found (add .toml files to ./voices)"
    header = ("voice", "engine", "language", "engine state", "words missed", "file")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(5)]
    table = "\n".join("  ".join(f"{c:<{w}}" for c, w in zip(r[:5], widths, strict=True))
                      + "  " + r[5] for r in [header, *rows])
    if best:
        table += (f"\n* recommended for air: {best}, the installed voice a speech recogniser "
                  "understands best (words missed: bench/intelligibility.py)")
    return table


def make_report(result: Briefing, settings: Settings) -> tuple[list[str], str]:
    """Notes for stderr (why it did not land on the clock, when it did not) and the summary
    of what `make` wrote."""
    target, total, tolerance = settings.target_seconds, result.timeline.total, settings.tolerance
    notes = list(result.notes)
    if total < target - tolerance and result.exhausted:
        notes.append(f"briefing: note: the article is too short for the target: the longest "
                     f"faithful briefing runs {total:.1f} s of the {target:.1f} s asked "
                     "(no silence was added to pad it)")
    elif settings.script and abs(total - target) > tolerance:
        notes.append(f"briefing: warning: the edited script no longer fits: it runs "
                     f"{total:.1f} s for a {target:.1f} s target (cut or add a line, or "
                     "change -d)")
    elif total < target - tolerance:
        notes.append(f"briefing: note: whole sentences could not fill the target: the briefing "
                     f"runs {total:.1f} s of the {target:.1f} s asked (try another -d or a "
                     "wider --tolerance)")
    elif total > target + tolerance:
        notes.append(f"briefing: note: the target is too small: the shortest faithful "
                     f"briefing runs {total:.1f} s, over the {target:.1f} s asked")
    if not natural(result.pause_scale) and abs(total - target) <= tolerance:
        low, high = NATURAL_PAUSES
        how = "stretched" if result.pause_scale > high else "tightened"
        notes.append(f"briefing: note: pauses {how} to {result.pause_scale:.2f}x their length "
                     f"to land on time (natural: {low:g}x to {high:g}x): no choice of whole "
                     "sentences at a natural pace fills it (try another -d)")
    loud = result.loudness
    # What a listener's decoder meets, when there is an MP3 to measure.
    heard = result.heard or loud
    if loud.ceiling_dbtp is None and heard.true_peak_dbtp > 0.0:
        notes.append(f"briefing: warning: with --loudness none the mix peaks at "
                     f"{heard.true_peak_dbtp:+.1f} dBTP and clips: lower the music, or use "
                     "a loudness preset (which limits the peaks)")
    summary = (
        "wrote " + ", ".join(str(p) for p in result.files) + "\n"
        f"duration {total:.2f} s (target {target:.1f} s, estimated "
        f"{result.preview.timeline.total:.2f} s), {len(result.timeline.segments)} chapters, "
        f"{result.passes} render pass{'es' if result.passes > 1 else ''}, {result.rate} wpm; "
        # From the figures as the sidecar rounds them, so the two never disagree.
        f"loudness {round(heard.integrated_lufs, 2):.1f} LUFS, true peak "
        f"{round(heard.true_peak_dbtp, 2):.1f} dBTP ({loud.preset})")
    return notes, summary
