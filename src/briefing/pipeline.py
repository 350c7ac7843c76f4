"""make() and preview(): the stages composed; no stage logic lives here."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .audio.loudness import Loudness, Measured
from .clock.plan import Plan, Replan, plan_script, replanner
from .clock.programme import Clock
from .clock.timing import Timeline
from .config import Settings, slugify
from .core.errors import BriefingError, EngineError, OptionError
from .delivery import sidecars
from .ingest.article import Article, parse_article, read_article_text
from .ingest.fetch import is_url
from .script.loading import load_template
from .script.templates import ScriptTemplate
from .voices.profiles import Cast, load_cast


@dataclass(frozen=True)
class Preview:
    """A planned briefing before any audio: what `briefing preview` shows."""

    article: Article
    voice: Cast
    """Who reads: one voice, or a voice per role."""
    plan: Plan
    clock: Clock
    """The length asked for, and what plays around the voice."""
    notes: tuple[str, ...] = ()
    """What the run says on stderr besides (a bulletin's story read once, not twice)."""
    on_air: dt.time | None = None
    """When a bulletin goes on air (``--at``, or the top of its out's hour)."""

    @property
    def timeline(self) -> Timeline:
        """The plan's estimate placed in the finished file."""
        return self.clock.placed(self.plan.timeline)


@dataclass(frozen=True)
class Briefing:
    """A rendered briefing: the files written and the measured timeline."""

    files: tuple[Path, ...]
    """Audio first, then sidecars."""
    preview: Preview
    timeline: Timeline
    pause_scale: float
    passes: int
    """Render passes the fit took (each renders only what changed)."""
    rate: int
    """Speaking rate used, words per minute (the fit may move it within ±8%)."""
    exhausted: bool
    """Every usable sentence of the article is in: the article is too short for the target."""
    loudness: Loudness
    """What the mix measures, and the preset it was normalised to."""
    heard: Measured | None = None
    """What the MP3 measures as a listener's decoder plays it, when there is one."""
    notes: tuple[str, ...] = ()
    """What the run says on stderr besides the report's own."""
    sentence_pause: float | None = None
    """Seconds between sentences before ``pause_scale``: the profile's, or longer when the
    engine paused longer inside a sentence (``clock.fit.ordered``)."""

    @property
    def audio(self) -> Path:
        """The first audio file written (the MP3 when there is one)."""
        return next(p for p in self.files if p.suffix in (".mp3", ".wav"))

    @property
    def sidecar(self) -> Path:
        return next(p for p in self.files if p.name.endswith(".json")
                    and not p.name.endswith(".chapters.json"))


def _music(settings: Settings, rate: int, bed: bool = True):  # noqa: ANN202 - music.Music
    """The music files decoded; without ``bed``, only what takes time on the clock."""
    from .audio.music import Music, load

    # Nothing longer than the whole programme can be used: decode no further.
    limit = settings.target_seconds
    return Music(intro=load(settings.intro, rate, "intro", limit, whole=True),
                 outro=load(settings.outro, rate, "outro", limit, whole=True),
                 bed=load(settings.bed, rate, "bed", limit) if bed else None,
                 bed_level_db=settings.bed_level_db, duck_db=settings.duck_db)


def _clock(settings: Settings, music=None) -> Clock:  # noqa: ANN001 - music.Music
    """The run's clock: the length asked for, the intro and outro, and the delay an MP3
    decoder plays as silence. Without ``music`` (a preview), only the intro and outro are
    read, and only if given."""
    from .audio.rate import OUTPUT_RATE
    from .delivery.export import encoder_delay

    intro = outro = 0.0
    if music is None and (settings.intro or settings.outro):
        music = _music(settings, OUTPUT_RATE, bed=False)
    if music is not None:
        intro, outro = music.seconds(OUTPUT_RATE)
    delay = encoder_delay(settings.mp3_rate) if settings.format.mp3 else 0.0
    clock = Clock(settings.target_seconds, intro, outro, delay)
    if clock.voice < 3.0:
        raise OptionError(f"the intro and outro ({intro + outro:.1f} s) leave no time for the "
                          f"voice in {settings.target_seconds:g} s: give a longer -d")
    return clock


@dataclass(frozen=True)
class _Job:
    """What make and preview share: the inputs resolved and the first plan."""

    template: ScriptTemplate | None
    cast: Cast
    article: Article
    plan: Plan
    voice_target: float
    replan: bool
    """False for an edited script: voiced as written."""


OVERRUN = 2.0
"""How far past the target an edited script or a template's fixed wording may run before
the run is refused rather than voiced (the pace moves only 8%)."""


def _job(settings: Settings, voice_target: float) -> _Job:
    if settings.script is not None:
        from .clock.plan import estimate, estimator, paced_rate
        from .delivery import scriptfile

        cast = load_cast(settings.voice)
        sf = scriptfile.read(settings.script, cast.anchor.segment_pause)
        if sf.voice and settings.voice == "default":
            cast = load_cast(sf.voice)
        article = Article(title=sf.script.title, byline=sf.byline, source=sf.source,
                          published=sf.published)
        script = dataclasses.replace(sf.script, target_seconds=voice_target)
        # An edited script keeps its words; only the pace may move to meet the clock.
        written = cast.paced(sf.rate) if sf.rate else cast
        rate = paced_rate(script.segments, written, voice_target, estimator(written), cast.rate)
        timeline = estimate(script.segments, cast.paced(rate), voice_target)
        if timeline.total > OVERRUN * voice_target + 10:
            raise OptionError(f"script {settings.script} runs about {timeline.total:.0f} s, "
                              f"far past the {settings.target_seconds:g} s asked for: cut it, "
                              "or give a longer -d")
        plan = Plan(script, timeline, short=False, rate=rate)
        return _Job(None, cast, article, plan, voice_target, replan=False)
    from .core.language import check_readable

    template = load_template(settings.template, settings.station)
    cast = load_cast(settings.voice)
    source = "stdin" if settings.article == "-" else settings.article
    text = read_article_text(settings.article)
    for words in (text, None):  # the page, then the body found in it
        if words is None:
            article = parse_article(text, source, force=settings.force)
            words = " ".join(s.text for s in article.sentences)
        check_readable(words, cast.anchor.language, cast.anchor.name, f"article {source}")
    return _Job(template, cast, article, plan_script(article, template, cast, voice_target),
                voice_target, replan=True)


def _replanner(job: _Job) -> Replan | None:
    """The fit's way to plan again: none for an edited script, voiced as written."""
    return replanner(job.article, job.template, job.voice_target) \
        if job.replan and job.template is not None else None


def _inputs(settings: Settings, job: _Job | None = None) -> list[Path]:
    """Every file the run reads: none of them may become one of its outputs."""
    paths = [Path(settings.article) if settings.article != "-" and not is_url(settings.article)
             else None, settings.script,
             settings.intro, settings.outro, settings.bed, settings.station.path]
    if job is not None:
        if job.template is not None:
            paths += job.template.files
        for _role, voice in job.cast.voices:
            paths += [voice.path, voice.lexicon]
    return [p for p in paths if p is not None]


def _stem(settings: Settings, article: Article) -> Path:
    if settings.output is not None:
        return settings.output.with_suffix("")
    if settings.drop_folder is not None:
        import datetime as dt

        from .config import drop_name

        return settings.drop_folder / drop_name(settings.drop_name, settings.cart_id,
                                                slugify(article.title), dt.datetime.now())
    return settings.output_dir / slugify(article.title)


def preview(settings: Settings) -> Preview:
    """Ingest, condense and template the article (or read an edited script); estimate
    each segment's time."""
    clock = _clock(settings)
    job = _job(settings, clock.voice)
    return Preview(job.article, job.cast, job.plan, clock)


Progress = Callable[[str], None]
"""Told each stage of a make as it starts ("planning", "voicing", "mixing", "writing")."""


def _unheard(stage: str) -> None:
    """The progress of a run nobody watches."""


def make(settings: Settings, progress: Progress | None = None) -> Briefing:
    """Everything preview does, then voice, mix, normalise and write the files."""
    from .audio.rate import OUTPUT_RATE

    progress = progress or _unheard
    progress("planning")
    music = _music(settings, OUTPUT_RATE)
    clock = _clock(settings, music)
    job = _job(settings, clock.voice)
    made = _produce(settings, job, clock, music, _replanner(job), _inputs(settings, job),
                    progress)
    _publish(settings, made, job.cast)
    return made


def _publish(settings: Settings, made: Briefing, cast: Cast) -> None:
    """The made files named in the feeds asked for (Alexa, podcast), once they are in place."""
    script = made.preview.plan.script
    publish(settings, script.title, " ".join(c for seg in script.segments for c in seg.copy),
            list(made.files), made.timeline.total, cast.anchor.language)


def publish(settings: Settings, title: str, text: str, files: list[Path], seconds: float,
            language: str) -> None:
    """Files in place named in the feeds ``settings`` asks for (Alexa, podcast)."""
    import datetime as dt

    now = dt.datetime.now()
    if settings.alexa_feed is not None:
        from .delivery.alexa import add_to_feed, feed_item

        mp3 = next(p for p in files if p.suffix == ".mp3")
        add_to_feed(settings.alexa_feed, feed_item(title, mp3, settings.base_url, now))
    if settings.podcast_feed is not None:
        from .delivery.podcast import add_episode, episode

        name = settings.station.name
        channel = {"title": f"{name} news" if name else "News briefings",
                   "link": settings.base_url, "language": language,
                   "description": f"News briefings{' from ' + name if name else ''}."}
        add_episode(settings.podcast_feed, episode(title, text, files, settings.base_url,
                                                   seconds, now), channel)


def make_bulletin(settings: Settings, entries: list, headlines: bool = False,
                  at: dt.time | None = None, bulletin: str = "bulletin",
                  progress: Progress | None = None) -> Briefing:
    """Several stories (``bulletin.Entry``: files or addresses, texts read as written) read
    as one bulletin to ``settings``' clock, framed by the ``bulletin`` template."""
    from .audio.rate import OUTPUT_RATE

    progress = progress or _unheard
    progress("planning")
    music = _music(settings, OUTPUT_RATE)
    clock = _clock(settings, music)
    job, replan, inputs, notes = _bulletin_job(settings, entries, headlines, clock, at,
                                               bulletin)
    made = dataclasses.replace(_produce(settings, job, clock, music, replan, inputs,
                                        progress), notes=tuple(notes))
    _publish(settings, made, job.cast)
    return made


def preview_bulletin(settings: Settings, entries: list, headlines: bool = False,
                     at: dt.time | None = None, bulletin: str = "bulletin") -> Preview:
    """The bulletin's running order and estimate, without audio."""
    clock = _clock(settings)
    job, _replan, _inputs_read, notes = _bulletin_job(settings, entries, headlines, clock, at,
                                                      bulletin)
    return Preview(job.article, job.cast, job.plan, clock, tuple(notes), at)


def _bulletin_job(settings: Settings, entries: list, headlines: bool, clock: Clock,
                  at: dt.time | None, bulletin: str
                  ) -> tuple[_Job, Replan, list[Path], list[str]]:
    from .audio.music import sound_seconds
    from .bulletin import Entry, plan_bulletin, replanner, stories_from
    from .core.language import check_readable
    from .ingest.fetch import is_url
    from .script.loading import load_frame

    template = load_template(settings.template, settings.station)
    frame = load_frame(bulletin, settings.station)
    cast = load_cast(settings.voice)
    read, skipped = [], []
    for entry in entries:
        entry = entry if isinstance(entry, Entry) else Entry(str(entry))
        if entry.sound:  # a sting that cannot be played is the producer's to fix: refused
            read.append((entry, sound_seconds(entry.source)))
            continue
        try:  # a story that cannot be read is left out with a note; the rest are read
            text = read_article_text(entry.source)
            if entry.text:
                read.append((entry, text))
                continue
            article = parse_article(text, entry.source, force=settings.force)
            check_readable(" ".join(s.text for s in article.sentences), cast.anchor.language,
                           cast.anchor.name, f"article {entry.source}")
        except BriefingError as exc:
            if len(entries) == 1:
                raise
            skipped.append((entry.source, str(exc)))
            continue
        read.append((entry, article))
    if skipped and not any(e.story for e, _ in read):
        source, reason = skipped[0]
        raise OptionError(f"no story could be read ({len(skipped)} tried); the first: {reason}")
    items, notes = stories_from(read)
    notes = [f"briefing: note: left out {source}: {reason}" for source, reason in skipped] + notes
    station = settings.station.name
    plan = plan_bulletin(items, template, cast, clock.voice, frame, headlines, at=at)
    article = Article(title=f"{station} news" if station else "News bulletin", source=station,
                      published=dt.date.today())
    job = _Job(template, cast, article, plan, clock.voice, replan=True)
    files = [Path(e.source) for e, _ in read if not is_url(e.source)]  # never written over
    files += [f for e, _ in read if e.template is not None for f in e.template.files]
    inputs = files + list(frame.files) + _inputs(dataclasses.replace(settings, article="-"),
                                                 job)
    return job, replanner(items, template, clock.voice, frame, headlines, at), inputs, notes


def _produce(settings: Settings, job: _Job, clock: Clock, music,  # noqa: ANN001 - music.Music
             replan: Replan | None, inputs: list[Path],
             progress: Progress | None = None) -> Briefing:
    """Voice the job's plan to the clock, mix, normalise and write the files."""
    from .audio.assembly import assemble, audible
    from .audio.level import centre, settle
    from .audio.loudness import normalise
    from .audio.music import mix, play_sounds
    from .audio.rate import OUTPUT_RATE
    from .audio.room_tone import add_room_tone
    from .clock.fit import Budget, RenderCache, fit
    from .core.files import check_targets, refuse_inputs
    from .delivery.deliver import Programme, deliver
    from .delivery.outputs import output_paths

    article, voice, first = job.article, job.cast, job.plan
    stem = _stem(settings, article)
    check_targets(output_paths(settings.deliverables, stem))  # before the work, not after it
    refuse_inputs(output_paths(settings.deliverables, stem), inputs)
    progress = progress or _unheard
    progress("voicing")
    fitted = fit(first, voice, Budget(clock.voice, settings.tolerance), RenderCache(), replan)
    progress("mixing")
    rendered = assemble(fitted.script.segments, fitted.chunks,
                        fitted.voice.anchor.sentence_pause,
                        clock.voice, offset=clock.voice_starts, rate=OUTPUT_RATE)
    if not audible(rendered.samples):
        raise EngineError(f"the voice came out silent (check volume and voice in "
                          f"{voice.anchor.path}, and that the text has words to say)")
    speech = [(clock.in_voice(s.start), clock.in_voice(s.end)) for s in rendered.sentences]
    # A bulletin's stings, each in the time held for it (a bed ducks under them as speech).
    speech += play_sounds(rendered.samples, OUTPUT_RATE, [
        (clock.in_voice(t.start), seg.sound) for seg, t in
        zip(fitted.script.segments, rendered.timeline.segments, strict=True) if seg.sound])
    # The voice is whole in `rendered`: its sentence audio, and then the voice itself once
    # mixed, are let go, so a long programme is held in as few copies as can be.
    fitted = dataclasses.replace(fitted, chunks=())
    mixed = mix(rendered.samples, OUTPUT_RATE, music, speech)
    rendered = dataclasses.replace(rendered, samples=rendered.samples[:0].copy())
    samples, loud = normalise(mixed, OUTPUT_RATE, settings.loudness, settings.channels,
                              in_place=True, peak_later=True)
    del mixed
    spans = [(round((s.start - clock.encoder_delay) * OUTPUT_RATE),
              round((s.end - clock.encoder_delay) * OUTPUT_RATE)) for s in rendered.sentences]
    if loud.ceiling_dbtp is not None and settle(samples, OUTPUT_RATE, spans):
        first_gain = loud.gain_db
        samples, loud = normalise(samples, OUTPUT_RATE, settings.loudness, settings.channels,
                                  in_place=True, peak_later=True)
        loud = dataclasses.replace(loud, gain_db=first_gain + loud.gain_db)
    centre(samples, OUTPUT_RATE, spans)
    if settings.room_tone is not None:  # after the level is set: the floor is absolute
        add_room_tone(samples, OUTPUT_RATE, settings.room_tone)
    total = clock.heard(samples.size / OUTPUT_RATE)
    segments = rendered.timeline.segments
    if segments:  # the sign-off's chapter runs to the end, outro included
        segments = (*segments[:-1], dataclasses.replace(segments[-1], end=total))
    timeline = dataclasses.replace(rendered.timeline, segments=segments, total=total)
    planned = Preview(article, voice, first, clock)
    speakers = {seg.id: voice.voice(seg.role).name for seg in fitted.script.segments}
    programme = Programme(samples, OUTPUT_RATE, fitted.script, timeline, rendered.sentences,
                          loud, fitted.script.title, article.source, article.published, speakers)
    progress("writing")
    delivered = deliver(
        programme, settings.deliverables, stem,
        lambda loudness, heard: sidecars.sidecar_json(
            fitted.plan.script, article, voice, timeline, fitted.voice.rate, clock.programme,
            loudness, heard, rendered.sentences),
        clock.encoder_delay, protect=inputs)
    return Briefing(delivered.files, planned, timeline, rendered.pause_scale, fitted.passes,
                    fitted.voice.rate, fitted.plan.short, delivered.loudness, delivered.mp3,
                    sentence_pause=fitted.voice.anchor.sentence_pause)


def preview_json(planned: Preview) -> dict:
    """The preview: the sidecar's shape with estimated times and word counts."""
    return sidecars.preview_json(planned.plan.script, planned.article, planned.voice,
                                 planned.timeline, planned.clock.programme)


def write_script(settings: Settings, output: Path | None) -> tuple[Path, str]:
    """Plan and fit the briefing (speech rendered to measure it, nothing written but the
    script), then write it as editable Markdown; voicing that file unedited gives the
    same audio as `make` on the article."""
    from .clock.fit import Budget, RenderCache, fit, measured_time
    from .clock.plan import estimate
    from .core.files import Output, write_all
    from .delivery import scriptfile

    clock = _clock(settings)
    job = _job(settings, clock.voice)
    cache = RenderCache()
    fitted = fit(job.plan, job.cast, Budget(job.voice_target, settings.tolerance), cache,
                 _replanner(job))
    timeline = estimate(fitted.script.segments, fitted.voice, job.voice_target,
                        measured_time(fitted.voice, cache, 1.0))
    text = scriptfile.write(
        fitted.script, timeline, programme=clock.programme, voice=job.cast.name,
        rate=fitted.voice.rate, source=job.article.source, byline=job.article.byline,
        published=job.article.published)
    path = output or settings.output_dir / f"{slugify(job.article.title)}.script.md"
    write_all([Output(path, text.encode("utf-8"))], protect=_inputs(settings, job))
    return path, text
