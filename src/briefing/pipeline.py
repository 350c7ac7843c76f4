"""make() and preview(): the stages composed; no stage logic lives here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .article import Article, load_article
from .config import Settings, slugify
from .plan import Plan, plan_script
from .script import ScriptTemplate, Segment, find_template
from .timing import Timeline
from .voices import Voice, load_voice


@dataclass(frozen=True)
class Preview:
    """A planned briefing before any audio: what `briefing preview` shows."""

    article: Article
    voice: Voice
    plan: Plan


@dataclass(frozen=True)
class Briefing:
    """A rendered briefing: the files written and the measured timeline."""

    mp3: Path
    sidecar: Path
    preview: Preview
    timeline: Timeline
    pause_scale: float
    passes: int
    """Render passes the fit took (each renders only what changed)."""
    rate: int
    """Speaking rate used, words per minute (the fit may move it within ±8%)."""
    exhausted: bool
    """Every usable sentence of the article is in: the article is too short for the target."""


def preview(settings: Settings) -> Preview:
    """Ingest, condense and template the article; estimate each segment's time."""
    template = ScriptTemplate(find_template(settings.template))
    voice = load_voice(settings.voice)
    article = load_article(settings.article)
    return Preview(article, voice, plan_script(article, template, voice, settings.target_seconds))


def make(settings: Settings) -> Briefing:
    """Everything preview does, then voice, assemble and export the MP3 and sidecar."""
    from .audio import OUTPUT_RATE, assemble
    from .export import encode_mp3, encoder_delay, id3_tags, write_outputs
    from .fit import RenderCache, fit

    template = ScriptTemplate(find_template(settings.template))
    voice = load_voice(settings.voice)
    article = load_article(settings.article)
    first = plan_script(article, template, voice, settings.target_seconds)
    planned = Preview(article, voice, first)
    delay = encoder_delay(OUTPUT_RATE)
    fitted = fit(article, template, voice, settings.target_seconds - delay,
                 settings.tolerance, RenderCache(), first)
    script = fitted.script
    rendered = assemble(script.segments, fitted.chunks, voice.sentence_pause,
                        settings.target_seconds - delay, offset=delay)
    mp3 = encode_mp3(rendered.audio.raw_data, OUTPUT_RATE, settings.bitrate)
    chapters = [(seg.id, seg.title, t.start, t.end)
                for seg, t in zip(script.segments, rendered.timeline.segments, strict=False)]
    tags = id3_tags(script.title, article.source, article.published, chapters)
    out = settings.output or Path("briefings") / f"{slugify(article.title)}.mp3"
    sidecar = sidecar_json(Preview(article, voice, fitted.plan), rendered.timeline,
                           fitted.voice.rate, settings.target_seconds)
    json_path = write_outputs(out, mp3, tags, sidecar)
    return Briefing(out, json_path, planned, rendered.timeline, rendered.pause_scale,
                    fitted.passes, fitted.voice.rate, fitted.plan.short)


def _segment_json(segment: Segment, start: float, end: float) -> dict:
    return {"id": segment.id, "title": segment.title, "role": segment.role,
            "start": round(start, 3), "end": round(end, 3), "text": segment.text,
            "copy": " ".join(segment.copy), "sources": list(segment.sources)}


def sidecar_json(planned: Preview, timeline: Timeline, rate: int, target: float) -> dict:
    """The sidecar: the script with measured times (shape in ARCHITECTURE.md)."""
    script, article = planned.plan.script, planned.article
    return {
        "title": script.title, "source": article.source, "byline": article.byline,
        "published": article.published.isoformat() if article.published else None,
        "template": script.template, "voice": planned.voice.name, "rate_wpm": rate,
        "target_seconds": target, "duration_seconds": round(timeline.total, 3),
        "segments": [_segment_json(seg, t.start, t.end)
                     for seg, t in zip(script.segments, timeline.segments, strict=False)],
    }


def preview_json(planned: Preview) -> dict:
    """The preview: the sidecar's shape with estimated times and word counts."""
    script, article, timeline = planned.plan.script, planned.article, planned.plan.timeline
    segments = []
    for seg, t in zip(script.segments, timeline.segments, strict=False):
        row = _segment_json(seg, t.start, t.end)
        row["words"] = seg.words
        segments.append(row)
    return {
        "title": script.title, "source": article.source, "byline": article.byline,
        "published": article.published.isoformat() if article.published else None,
        "template": script.template, "voice": planned.voice.name,
        "target_seconds": script.target_seconds, "estimated_seconds": round(timeline.total, 3),
        "segments": segments,
    }


@dataclass(frozen=True)
class Calibrated:
    """A voice calibration written into a profile."""

    path: Path
    report: object
    """calibration.CalibrationReport"""
    copied_from: Path | None
    """The built-in profile copied into ./voices first, when it was one."""


def calibrate_voice(name: str, sentences_file: str | None = None) -> Calibrated:
    """Render the calibration text with a voice and store the fitted figures in its profile."""
    import shutil

    from .article import read_article_text
    from .calibration import calibrate, write_calibration
    from .resources import builtin_dir
    from .tts import get_engine
    from .voices import find_voice

    path = find_voice(name)
    voice = load_voice(str(path))
    sentences = None
    if sentences_file is not None:
        lines = read_article_text(sentences_file).splitlines()
        sentences = [line.strip() for line in lines if line.strip()]
    report = calibrate(get_engine(voice), voice, sentences)
    copied = None
    packaged = builtin_dir("voices")
    if "_data" in packaged.parts and path.resolve().is_relative_to(packaged.resolve()):
        # Never edit the installed package: the working folder's copy wins the lookup.
        target = Path.cwd() / "voices" / path.name
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(path, target)
        copied, path = path, target
    write_calibration(path, report.calibration, report)
    return Calibrated(path, report, copied)
