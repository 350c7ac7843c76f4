"""The studio's drafts: an article a producer is working on, in a folder of its own under
the studio's folder (the article as given, the options chosen, the script once edited, the
rendered files), and what the page shows of it.

The script is the Markdown file `briefing script` writes: the page's edits are kept
there, so `briefing make --script DRAFT/script.md` voices what the page shows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from ..config import DEFAULT_DROP_NAME, Settings, settings_from_cli
from ..core.errors import OptionError
from ..core.files import Output, write_all
from ..station import Delivery

MAX_TEXT_BYTES = 2 * 1024 * 1024
"""The largest article pasted or uploaded (a saved page with its markup is well under)."""
_ID = re.compile(r"[0-9a-f]{16}")
_NAME = re.compile(r"[A-Za-z0-9][\w-]{0,59}")
ARTICLE, OPTIONS, SCRIPT, AUDIO = "article.txt", "options.json", "script.md", "briefing.mp3"
RENDERED = ("briefing.mp3", "briefing.wav", "briefing.json")
MADE = "made.json"
"""What the last render made, and from what (``Drafts.stamp``)."""
STORIES = "stories"
"""A bulletin draft's folder of stories: 1.txt, 2.txt... in running order."""
MAX_STORIES = 8
DEFAULT_OPTIONS = {"template": "brief", "voice": "default", "duration": "60",
                   "loudness": "podcast", "format": "mp3"}


@dataclass(frozen=True)
class Options:
    """What the page's form chose: names from the lookup folders, never paths."""

    template: str = DEFAULT_OPTIONS["template"]
    voice: str = DEFAULT_OPTIONS["voice"]
    duration: str = DEFAULT_OPTIONS["duration"]
    loudness: str = DEFAULT_OPTIONS["loudness"]
    format: str = DEFAULT_OPTIONS["format"]
    """mp3, or both (a Broadcast WAV beside the MP3)."""

    @classmethod
    def from_form(cls, form: object, base: Options | None = None) -> Options:
        """The options a request gives (over ``base``'s, or the defaults), each checked; a
        template or voice is a name."""
        if not isinstance(form, dict):
            raise OptionError("the options are not a form: reload the page")
        given = {k: v for k, v in form.items() if k in DEFAULT_OPTIONS and v not in (None, "")}
        if any(not isinstance(v, (str, int, float)) or isinstance(v, bool)
               for v in given.values()):
            raise OptionError("an option is not a value: reload the page")
        start = dataclasses.asdict(base) if base else DEFAULT_OPTIONS
        values = {**start, **{k: str(v) for k, v in given.items()}}
        if values["format"] not in ("mp3", "both"):
            raise OptionError(f"format {values['format'][:20]!r} is not one: mp3 or both")
        for key in ("template", "voice"):
            if not _NAME.fullmatch(values[key]):
                raise OptionError(f"{key} {values[key][:40]!r} is not a name: choose one "
                                  "from the list")
        return cls(**values)


class Drafts:
    """The drafts under ``folder``; every path the studio touches is one of its own."""

    def __init__(self, folder: Path, station: object = None) -> None:
        self.folder = folder.resolve()
        self.station = station

    def create(self, text: str | list[str], options: Options) -> str:
        """A new draft of ``text`` (a page, HTML or Markdown), or of a bulletin's stories
        (a list, the lead first); its id."""
        texts = text if isinstance(text, list) else [text]
        if sum(len(t.encode("utf-8")) for t in texts) > MAX_TEXT_BYTES:
            raise OptionError(f"the article is larger than {MAX_TEXT_BYTES // 2**20} MB: "
                              "paste the story itself")
        if not texts or any(not t.strip() for t in texts):
            raise OptionError("an article is empty: paste its text, or upload its file")
        if len(texts) > MAX_STORIES:
            raise OptionError(f"{len(texts)} stories are more than the studio's bulletin "
                              f"reads (at most {MAX_STORIES})")
        draft = secrets.token_hex(8)
        folder = self.folder / draft
        folder.mkdir(parents=True)
        files = [Output(folder / ARTICLE, texts[0].encode("utf-8"))] if len(texts) == 1 \
            else [Output(folder / STORIES / f"{k}.txt", t.encode("utf-8"))
                  for k, t in enumerate(texts, start=1)]
        write_all([*files, Output(folder / OPTIONS, json.dumps(dataclasses.asdict(options))
                                  .encode("utf-8"))])
        return draft

    def remove(self, draft: str) -> None:
        """Forget a draft (one whose article could not be planned)."""
        import shutil

        shutil.rmtree(self.path(draft), ignore_errors=True)

    def stamp(self, draft: str) -> str:
        """What a render of the draft is made from, as one digest: its article or stories,
        its script and its options. A render is approved only with the stamp it was made
        with."""
        import hashlib

        digest = hashlib.sha256()
        folder = self.path(draft)
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in (".txt", ".md") or path.name == OPTIONS:
                digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
        return digest.hexdigest()

    def stories(self, draft: str) -> list[Path]:
        """A bulletin draft's stories in running order; none for a briefing's."""
        folder = self.path(draft, STORIES)
        if not folder.is_dir():
            return []
        return sorted(folder.glob("*.txt"), key=lambda p: int(p.stem))

    def path(self, draft: str, name: str = "") -> Path:
        """A draft's folder, or one of its files; an id that is not one is refused."""
        if not _ID.fullmatch(draft) or not (self.folder / draft).is_dir():
            raise OptionError(f"no draft {draft[:20]!r}: start again from the form")
        return self.folder / draft / name if name else self.folder / draft

    def options(self, draft: str) -> Options:
        return Options.from_form(json.loads(self.path(draft, OPTIONS).read_text("utf-8")))

    def set_options(self, draft: str, options: Options) -> None:
        write_all([Output(self.path(draft, OPTIONS),
                          json.dumps(dataclasses.asdict(options)).encode("utf-8"))])

    def edited(self, draft: str) -> bool:
        return self.path(draft, SCRIPT).is_file()

    def settings(self, draft: str, output: Path | None = None) -> Settings:
        """The run's settings for the draft: its article, or its edited script."""
        from ..script.templates import list_templates
        from ..voices.profiles import list_voices

        chosen = self.options(draft)
        if chosen.template not in {t.name for t in list_templates()}:
            raise OptionError(f"template {chosen.template!r} is not one of this station's: "
                              "choose one from the list")
        if chosen.voice not in list_voices():
            raise OptionError(f"voice {chosen.voice!r} is not one of this station's: choose "
                              "one from the list")
        script = str(self.path(draft, SCRIPT)) if self.edited(draft) else None
        stories = self.stories(draft)
        delivery = self.delivery
        return settings_from_cli(
            str(stories[0] if stories else self.path(draft, ARTICLE)), chosen.duration,
            "story" if stories else chosen.template, chosen.voice,
            str(output) if output else None, loudness=chosen.loudness,
            # The playout folder takes the Broadcast WAV, its cart chunk written now.
            audio_format="both" if delivery.drop_folder else chosen.format,
            cart=delivery.cart or "", kill_after=delivery.kill_after or "24h",
            station=self.station, script=script)

    @property
    def delivery(self) -> Delivery:
        """The station's [delivery]: where an approved briefing goes besides its output
        folder (a playout drop folder, feeds)."""
        return getattr(self.station, "delivery", None) or Delivery()

    def view(self, draft: str) -> dict:
        """What the page shows: the running order with times against the target, each
        line with the article sentence it came from and the rewrites made, and the
        article's sentences."""
        from ..pipeline import preview, preview_bulletin

        stories = self.stories(draft)
        if stories:
            planned = preview_bulletin(self.settings(draft), [str(p) for p in stories],
                                       headlines=True)
            articles = {f"s{k}": _parsed(p) for k, p in enumerate(stories, start=1)}
        else:
            planned = preview(self.settings(draft))
            # The preview parsed the article; an edited script's preview has only a stub.
            articles = {"": planned.article if planned.article.paragraphs
                        else self._article(draft)}
        return view_of(draft, planned, articles, self.edited(draft), self.options(draft))

    def make(self, draft: str, progress) -> object:  # noqa: ANN001 - pipeline.Progress
        """Render the draft into its folder (``briefing.mp3`` and its sidecar)."""
        from ..pipeline import make, make_bulletin

        stamp = self.stamp(draft)
        settings = self.settings(draft, self.path(draft, AUDIO))
        stories = self.stories(draft)
        for name in RENDERED + (MADE,):  # an earlier render's files never go with this one
            self.path(draft, name).unlink(missing_ok=True)
        if stories and not self.edited(draft):
            made = make_bulletin(settings, [str(p) for p in stories], headlines=True,
                                 progress=progress)
        else:
            made = make(settings, progress)
        write_all([Output(self.path(draft, MADE), json.dumps(
            {"stamp": stamp, "files": sorted(p.name for p in made.files)}).encode("utf-8"))])
        return made

    def _article(self, draft: str):  # noqa: ANN202 - ingest.article.Article
        return _parsed(self.path(draft, ARTICLE))

    def edit(self, draft: str, segment: str, line: int, action: str,
             text: str = "", source: int | None = None) -> None:
        """Change one line of the script: ``edit`` to ``text``, ``drop`` it, or ``swap``
        it for the article's sentence ``source``; kept as the draft's script file."""
        from ..clock.plan import estimate
        from ..delivery import scriptfile
        from ..ingest.article import split_sentences
        from ..pipeline import preview
        from ..writing.style import speech_text

        if self.stories(draft):
            raise OptionError("a bulletin's lines are its stories' own: change the stories, "
                              "or edit a story as a briefing of its own")
        planned = preview(self.settings(draft))
        script = planned.plan.script
        index = next((i for i, s in enumerate(script.segments) if s.id == segment), None)
        if index is None or not 0 <= line < len(script.segments[index].sentences):
            raise OptionError(f"no line {line} in segment {segment[:40]!r}: reload the page")
        seg = script.segments[index]
        lines = list(seg.sentences)
        sources = list(seg.sources)
        if action == "drop":
            del lines[line]
        elif action == "edit":
            if not isinstance(text, str):
                raise OptionError("an edited line is text: reload the page")
            new = [s for s in split_sentences(" ".join(text.split())) if s.strip()]
            if not new or len(text) > 2000:
                raise OptionError("an edited line must say something (at most 2,000 "
                                  "characters): or drop it")
            lines[line:line + 1] = new
        elif action == "swap":
            sentences = self._article(draft).sentences
            if source is None or not 0 <= source < len(sentences):
                raise OptionError("choose a sentence of the article to swap in")
            lines[line:line + 1] = split_sentences(speech_text(sentences[source].text))
            sources = sorted({*sources, source})
        else:
            raise OptionError(f"{action!r} is not an edit: edit, drop or swap")
        segments = list(script.segments)
        if lines:
            segments[index] = dataclasses.replace(seg, sentences=tuple(lines),
                                                  copy=tuple(lines), sources=tuple(sources),
                                                  written=(), rewrites=())
        else:
            del segments[index]
        if not segments:
            raise OptionError("that would leave the briefing with nothing to say")
        script = dataclasses.replace(script, segments=tuple(segments))
        timeline = estimate(script.segments, planned.voice, planned.clock.voice)
        article = planned.article
        text_md = scriptfile.write(script, timeline, programme=planned.clock.programme,
                                   voice=planned.voice.name, rate=planned.plan.rate,
                                   source=article.source, byline=article.byline,
                                   published=article.published)
        write_all([Output(self.path(draft, SCRIPT), text_md.encode("utf-8"))])

    def approve(self, draft: str, who: str) -> list[Path]:
        """The rendered draft written where the station's settings say (its output folder),
        with who approved it and when in the sidecar; the files written."""
        from ..config import slugify

        made = self.path(draft, MADE)
        if not made.is_file():
            raise OptionError("render the briefing before approving it")
        record = json.loads(made.read_text("utf-8"))
        if record.get("stamp") != self.stamp(draft):
            raise OptionError("the script or options changed since the render: render it "
                              "again, then approve what you heard")
        if not isinstance(who, str) or not (who := "".join(
                c for c in " ".join(who.split()) if c.isprintable())[:80]):
            raise OptionError("say who approves it (a name or initials)")
        sidecar = self.path(draft, "briefing.json")
        data = json.loads(sidecar.read_text("utf-8"))
        now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        # One name per draft: another draft of the same headline never replaces this one.
        stem = self.settings(draft).output_dir / \
            f"{slugify(data.get('title') or 'briefing')}-{draft[:8]}"
        earlier = stem.with_suffix(".json")
        history = json.loads(earlier.read_text("utf-8")).get("approvals", []) \
            if earlier.is_file() else []
        data["approved"] = {"by": who, "at": now}
        data["approvals"] = [*history, data["approved"]]
        outputs = [Output(stem.with_suffix(Path(name).suffix), self.path(draft, name)
                          .read_bytes()) for name in record["files"] if name != sidecar.name]
        outputs.append(Output(earlier, (json.dumps(data, indent=2, ensure_ascii=False) + "\n")
                              .encode("utf-8")))
        delivered = self._delivered(draft, data, record["files"], now)
        write_all(outputs + delivered)
        self._published(draft, data, [o.path for o in outputs])
        return [o.path for o in outputs + delivered]

    def _delivery_settings(self, draft: str, data: dict) -> Settings | None:
        """The run's settings with the station's drop folder and feeds, every value
        checked; None when the station sends nowhere else."""
        delivery = self.delivery
        if not delivery.anywhere:
            return None
        chosen = self.options(draft)
        if delivery.alexa_feed and data.get("loudness", {}).get("preset") != "alexa":
            raise OptionError("the station's Alexa feed plays -14 LUFS audio: choose loudness "
                              "alexa and render again")
        stories = self.stories(draft)
        return settings_from_cli(
            str(stories[0] if stories else self.path(draft, ARTICLE)), chosen.duration, None,
            chosen.voice,
            loudness=None if delivery.alexa_feed else chosen.loudness,
            audio_format="both", station=self.station, drop_folder=delivery.drop_folder,
            drop_name=delivery.drop_name or DEFAULT_DROP_NAME, cart=delivery.cart or "",
            kill_after=delivery.kill_after or "24h", alexa_feed=delivery.alexa_feed,
            podcast_feed=delivery.podcast_feed, base_url=delivery.base_url or "")

    def _delivered(self, draft: str, data: dict, files: list[str], now: str) -> list[Output]:
        """The playout system's copy: the Broadcast WAV (the MP3 when there is none) in
        the station's drop folder, named by its pattern."""
        from ..config import drop_name, slugify

        settings = self._delivery_settings(draft, data)
        if settings is None or settings.drop_folder is None:
            return []
        name = "briefing.wav" if "briefing.wav" in files else AUDIO
        stem = drop_name(settings.drop_name, settings.cart_id,
                         slugify(data.get("title") or "briefing"), dt.datetime.fromisoformat(now))
        return [Output(settings.drop_folder / f"{stem}{Path(name).suffix}",
                       self.path(draft, name).read_bytes())]

    def _published(self, draft: str, data: dict, files: list[Path]) -> None:
        """The approved files named in the station's feeds (podcast, Alexa)."""
        from ..pipeline import publish
        from ..voices.profiles import load_cast

        settings = self._delivery_settings(draft, data)
        if settings is None or not (settings.podcast_feed or settings.alexa_feed):
            return
        text = " ".join(s.get("copy", "") for s in data.get("segments", []))
        publish(settings, data.get("title") or "Briefing", text, files,
                float(data.get("duration_seconds", 0.0)),
                load_cast(self.options(draft).voice).anchor.language)


def _parsed(path: Path):  # noqa: ANN202 - ingest.article.Article
    from ..ingest.article import parse_article

    return parse_article(path.read_text("utf-8"), "the article", force=True)


def view_of(draft: str, planned, articles: dict,  # noqa: ANN001 - pipeline.Preview
            edited: bool, options: Options) -> dict:
    """The page's view of a planned draft (``studio.drafts.Drafts.view``): ``articles`` by
    running-order item ("" for a briefing's one article; "s1", "s2"... a bulletin's)."""
    from ..writing.style import speech_text

    spoken: dict[str, dict[str, int]] = {}
    for item, article in articles.items():
        for s in article.sentences:
            spoken.setdefault(item, {}).setdefault(" ".join(speech_text(s.text).split()),
                                                   s.index)
    segments = []
    for seg, t in zip(planned.plan.script.segments, planned.timeline.segments, strict=True):
        item = seg.item if seg.item in articles else ""
        article = articles.get(item)
        lines = []
        rewrites = list(seg.rewrites) if len(seg.rewrites) == len(seg.sentences) else []
        written = list(seg.written) if len(seg.written) == len(seg.sentences) else []
        for k, line in enumerate(seg.sentences):
            source = _source_of(line, seg.sources, article.sentences, spoken.get(item, {})) \
                if article is not None else None
            lines.append({"text": line, "source": source,
                          "key": f"{item}:{source}" if source is not None else None,
                          "written": written[k] if written else None,
                          "rewrites": list(rewrites[k]) if rewrites else []})
        segments.append({"id": seg.id, "title": seg.title, "role": seg.role,
                         "item": seg.item or seg.id, "start": round(t.start, 3),
                         "end": round(t.end, 3), "lines": lines})
    total, target = planned.timeline.total, planned.clock.programme
    return {"id": draft, "title": planned.plan.script.title, "edited": edited,
            "kind": "bulletin" if "" not in articles else "briefing",
            "options": dataclasses.asdict(options), "target": target,
            "total": round(total, 3), "fits": abs(total - target) <= 0.5,
            "segments": segments,
            "article": [{"index": s.index, "key": f"{item}:{s.index}", "story": item,
                         "heading": article.title if s.index == 0 else None,
                         "text": s.text, "paragraph": f"{item}:{s.paragraph}"}
                        for item, article in articles.items() for s in article.sentences]}


def _source_of(line: str, sources: tuple[int, ...], sentences: list,  # noqa: ANN001
               spoken: dict[str, int]) -> int | None:
    """The article sentence a script line was taken from, if any: the segment's sources
    first (a long sentence said as two lines belongs to one), then any with its words."""
    key = " ".join(line.split())
    if key in spoken:
        return spoken[key]
    from ..writing.style import speech_text

    probe = key.rstrip(".!?\"'”’ ")[:60]
    for index in sources:
        if index < len(sentences) and probe in " ".join(speech_text(sentences[index].text)
                                                        .split()):
            return index
    return None

