"""The command line: parse options, call the pipeline, print. Nothing else lives here."""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from . import pipeline
from .config import DEFAULT_DROP_NAME, Settings, settings_from_cli
from .core.errors import BriefingError, OptionError
from .report import (
    make_report,
    preview_table,
    running_order,
    running_order_json,
    templates_table,
)

app = typer.Typer(
    help="Turn a news article into a timed on-air radio briefing.",
    add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
templates_app = typer.Typer(help="Script templates: list, show, copy to edit, check.",
                            rich_markup_mode=None)
voices_app = typer.Typer(help="Voice profiles: list them, test them, measure their pace.",
                         rich_markup_mode=None)
app.add_typer(templates_app, name="templates")
app.add_typer(voices_app, name="voices")
_state = {"debug": False}
F = TypeVar("F", bound=Callable[..., object])

ArticleArg = Annotated[str | None, typer.Argument(
    help="Article: text dump, HTML or Markdown file, or - for stdin.")]
ForceOpt = Annotated[bool, typer.Option(
    "--force", help="Voice what was found even when the page's story was not found with "
                    "confidence (a page of links, a paywall stub).")]
DurationOpt = Annotated[str | None, typer.Option(
    "--duration", "-d", help="Target length: seconds (60) or m:ss (1:30). Default: the "
                            "station's, else the template's own length, else 60.")]
TemplateOpt = Annotated[str | None, typer.Option(
    "--template", "-t", help="Template name or path. Default brief.")]
VoiceOpt = Annotated[str | None, typer.Option(
    "--voice", "-v", help="Voice profile, or a cast: anchor=joe,reader=reader.")]
ScriptOpt = Annotated[str | None, typer.Option(
    "--script", help="An edited script (from `briefing script`) to voice as written.")]
LoudnessOpt = Annotated[str | None, typer.Option(
    "--loudness", help="ebu (-23 LUFS), podcast (-16, default), alexa (-14), atsc (-24) or "
                       "none.")]
FormatOpt = Annotated[str | None, typer.Option(
    "--format", help="mp3, wav (Broadcast WAV) or both.")]
SidecarsOpt = Annotated[str, typer.Option(
    "--sidecars", help="Any of json,vtt,srt,words,transcript,labels,chapters.")]
FeedOpt = Annotated[str | None, typer.Option(
    "--feed", help="An RSS or Atom feed (a file or an address): its newest stories' pages.")]
StoriesOpt = Annotated[int, typer.Option("--stories", help="How many of the feed's stories.")]
SinceOpt = Annotated[str | None, typer.Option(
    "--since", help="Only the feed's stories from this long ago: 90m, 6h, 2d.")]


IntroOpt = Annotated[str | None, typer.Option("--intro", help="Stinger before.")]
OutroOpt = Annotated[str | None, typer.Option("--outro", help="Stinger after.")]
BedOpt = Annotated[str | None, typer.Option("--bed", help="Music under the voice.")]
BedLevelOpt = Annotated[float, typer.Option(
    "--bed-level", help="Bed level between phrases, dB.")]
DuckOpt = Annotated[float, typer.Option(
    "--duck", help="How far the bed drops under speech, dB.")]
RoomToneOpt = Annotated[float | None, typer.Option(
    "--room-tone", help="A quiet noise floor under the programme, dBFS (e.g. -66), so pauses "
                        "are not digital silence.")]
DropFolderOpt = Annotated[str | None, typer.Option(
    "--drop-folder", help="A playout system's import folder: the WAV (by default) is written "
                          "there, named by --name, atomically.")]
DropNameOpt = Annotated[str, typer.Option(
    "--name", help="The drop folder's file name: {cart}, {date:%Y%m%d}, {time:%H%M}, {slug}.")]
CartOpt = Annotated[str, typer.Option(
    "--cart", help="The cart number, written as the WAV's AES46 CutID.")]
KillAfterOpt = Annotated[str, typer.Option(
    "--kill-after", help="The cart's end (kill) date, from now: 90m, 6h, 2d.")]
AlexaFeedOpt = Annotated[str | None, typer.Option(
    "--alexa-feed", help="Add the programme to this Alexa Flash Briefing feed (JSON; made if "
                         "absent): alexa loudness, at most 10 min.")]
PodcastFeedOpt = Annotated[str | None, typer.Option(
    "--podcast-feed", help="Add the programme as an episode of this podcast RSS feed (made if "
                           "absent).")]
BaseUrlOpt = Annotated[str, typer.Option(
    "--base-url", help="The http(s) address the files are served from.")]


def _one_line(message: str) -> str:
    """A message as one line: a newline or control character a user typed is shown as an
    escape, not obeyed."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)


def _fail(message: str, code: int = 1) -> None:
    try:
        typer.echo(f"briefing: error: {_one_line(message)}", err=True)
    except (OSError, ValueError, AttributeError):
        pass  # stderr is closed or full: the exit code still says it failed
    raise typer.Exit(code)


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP, handled like Ctrl-C: the run stops and writes nothing."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _interrupt(signum: int, _frame: object) -> None:
    raise Interrupted(signum)


def _interrupt_behind(exc: BaseException) -> KeyboardInterrupt | None:
    """The Ctrl-C (or SIGTERM) an error was raised while handling, if any."""
    seen = exc.__context__ or exc.__cause__
    while seen is not None and not isinstance(seen, KeyboardInterrupt):
        seen = seen.__context__ or seen.__cause__
    return seen


def _interrupted(exc: KeyboardInterrupt) -> None:
    """An interrupted run: one line and 128 + the signal. From the console, the process
    ends at once: an interrupt that passed through an extension's own code can leave the
    interpreter set to end by the signal itself, with no exit code of ours."""
    code = 128 + exc.signum if isinstance(exc, Interrupted) else 130
    if not _state.get("console"):
        _fail("interrupted; no output was written", code)
    with contextlib.suppress(OSError, ValueError, AttributeError):
        typer.echo("briefing: error: interrupted; no output was written", err=True)
        sys.stderr.flush()
    os._exit(code)


class _StdoutLost(Exception):
    """Standard output failed (closed pipe, full disk) while printing."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


def _out(text: str = "", nl: bool = True) -> None:
    """Print to stdout, flushed, so a closed or full stdout shows here and not at exit."""
    try:
        typer.echo(text, nl=nl)
        sys.stdout.flush()
    except (OSError, ValueError, AttributeError) as exc:  # AttributeError: no stdout at all
        raise _StdoutLost(exc if isinstance(exc, OSError) else OSError(errno.EBADF, str(exc))
                          ) from exc


def _report_lost(error: OSError, written: bool) -> None:
    """Stdout failed: a closed pipe is not worth a word; otherwise say so, and fail only
    when the printout was the product (a command that wrote its files succeeded)."""
    _quiet_stdout()
    if error.errno == errno.EPIPE:
        raise typer.Exit(0)
    with contextlib.suppress(OSError, ValueError, AttributeError):
        typer.echo(f"briefing: {'note' if written else 'error'}: could not print to standard "
                   f"output ({error.strerror or error})"
                   + ("; the files were written" if written else ""), err=True)
    raise typer.Exit(0 if written else 1)


def _guarded(fn: F | None = None, *, writes: bool = False) -> F:
    """Our errors as one line on stderr and exit 1; tracebacks only with --debug.
    ``writes``: the command's product is a file, so a lost report is not a failure."""
    if fn is None:
        return functools.partial(_guarded, writes=writes)  # type: ignore[return-value]

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        try:
            return fn(*args, **kwargs)
        except typer.Exit:
            raise
        except _StdoutLost as lost:
            _report_lost(lost.error, writes)
        except BriefingError as exc:
            if _state["debug"]:
                raise
            _fail(str(exc))
        except KeyboardInterrupt as exc:
            _interrupted(exc)
        except MemoryError:
            if _state["debug"]:
                raise
            _fail("ran out of memory (try a shorter -d, a smaller article or music file)")
        except Exception as exc:  # a bug: still one line, the traceback with --debug
            cause = _interrupt_behind(exc)
            if cause is not None:  # Ctrl-C inside a module's loading: an ImportError
                _interrupted(cause)
            if _state["debug"]:
                raise
            _fail(f"unexpected {type(exc).__name__}: {exc} (run `briefing --debug ...` "
                  "for the traceback, and please report it)", 2)

    return wrapper  # type: ignore[return-value]


def _report(result: pipeline.Briefing, settings: Settings) -> None:
    """A made programme's notes on stderr and its summary on stdout."""
    notes, summary = make_report(result, settings)
    for note in notes:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            typer.echo(note, err=True)
    _out(summary)


def _station():  # noqa: ANN202 - station.Station
    from .station import load

    return load()


def _source(article: str | None, script: str | None) -> str:
    if article is None and script is None:
        raise OptionError("give an ARTICLE (a file, or - for stdin) or --script FILE")
    if article == "":
        raise OptionError("the article's name is empty: give a file, or - for stdin")
    return "-" if article is None else article


@app.callback()
def _root(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
          ) -> None:
    _state["debug"] = debug


@app.command()
@_guarded(writes=True)
def make(article: ArticleArg = None, duration: DurationOpt = None,
         template: TemplateOpt = None, voice: VoiceOpt = None, script: ScriptOpt = None,
         output: Annotated[str | None, typer.Option(
             "--output", "-o", help="File to write, .mp3 or .wav (default "
                                    "briefings/<slug>.mp3); sidecars go beside it.")] = None,
         tolerance: Annotated[float, typer.Option(
             "--tolerance", help="Seconds the result may differ from the target.")] = 0.5,
         loudness: LoudnessOpt = None, audio_format: FormatOpt = None,
         sidecars: SidecarsOpt = "json",
         captions: Annotated[str, typer.Option(
             "--captions", help="VTT/SRT cues: phrases (two short lines, a few seconds "
                                "each; default) or sentences (one cue each).")] = "phrases",
         caption_chars: Annotated[int, typer.Option(
             "--caption-chars", help="Characters a caption line holds at most.")] = 42,
         bitrate: Annotated[int, typer.Option("--bitrate", help="MP3 kbps (CBR).")] = 128,
         mp3_rate: Annotated[int, typer.Option("--mp3-rate", help="MP3 sample rate.")] = 44100,
         channels: Annotated[int, typer.Option("--channels", help="1 or 2.")] = 1,
         wav_rate: Annotated[int, typer.Option("--wav-rate", help="44100 or 48000.")] = 44100,
         wav_bits: Annotated[int, typer.Option("--wav-bits", help="16 or 24.")] = 24,
         intro: IntroOpt = None, outro: OutroOpt = None, bed: BedOpt = None,
         bed_level: BedLevelOpt = -20.0, duck: DuckOpt = 12.0, room_tone: RoomToneOpt = None,
         drop_folder: DropFolderOpt = None, name: DropNameOpt = DEFAULT_DROP_NAME,
         cart: CartOpt = "", kill_after: KillAfterOpt = "24h",
         alexa_feed: AlexaFeedOpt = None, podcast_feed: PodcastFeedOpt = None,
         base_url: BaseUrlOpt = "",
         id3: Annotated[str, typer.Option(
             "--id3", help="The MP3's ID3 version: 2.4 (default) or 2.3 for players that "
                           "read only that.")] = "2.4",
         force: ForceOpt = False,
         ) -> None:
    """Render ARTICLE (or an edited --script) to audio with chapters and sidecar files."""
    settings = settings_from_cli(
        _source(article, script), duration, template, voice, output, tolerance,
        loudness=loudness, audio_format=audio_format, bitrate=bitrate, mp3_rate=mp3_rate,
        channels=channels, wav_rate=wav_rate, wav_bits=wav_bits, sidecars=sidecars,
        intro=intro, outro=outro, bed=bed, bed_level=bed_level, duck=duck,
        station=_station(), script=script, force=force, room_tone=room_tone, id3=id3,
        captions=captions, caption_chars=caption_chars, drop_folder=drop_folder,
        drop_name=name, cart=cart, kill_after=kill_after, alexa_feed=alexa_feed,
        podcast_feed=podcast_feed, base_url=base_url)
    result = pipeline.make(settings)
    _report(result, settings)


@app.command()
@_guarded
def studio(port: Annotated[int, typer.Option("--port", help="The port to serve on.")] = 8470,
           host: Annotated[str, typer.Option(
               "--host", help="The address to serve on; beyond this machine only with "
                              "--token.")] = "127.0.0.1",
           token: Annotated[str, typer.Option(
               "--token", help="A secret the page asks for (needed with --host).")] = "",
           folder: Annotated[str, typer.Option(
               "--folder", help="Where drafts are kept.")] = "studio") -> None:
    """Review, edit and approve briefings in the browser: a local web page."""
    from pathlib import Path

    try:
        import uvicorn

        from .studio.app import create_app
    except ImportError as exc:
        raise OptionError("the studio needs its extra: pip install 'briefing[studio]'") from exc
    if host in ("0.0.0.0", "::", "") or host.startswith("0."):
        raise OptionError(f"--host {host or repr(host)} is every address at once: give the one "
                          "this machine is reached at (e.g. 192.168.1.20), with --token")
    if token and (len(token) < 12 or not all(c.isprintable() and not c.isspace()
                                             for c in token)):
        raise OptionError("--token must be 12 characters or more, printable, no spaces")
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        raise OptionError(f"--host {host} serves beyond this machine: give --token with a "
                          "secret of 12 characters or more")
    if not 0 < port < 65536:
        raise OptionError(f"--port {port} is not a port: give 1 to 65535")
    typer.echo(f"briefing studio on http://{host}:{port}/ (drafts in {folder}/; Ctrl-C "
               "stops it)", err=True)
    uvicorn.run(create_app(Path(folder), _station(), token, host), host=host, port=port,
                log_level="warning")


@app.command()
@_guarded(writes=True)
def bulletin(stories: Annotated[list[str] | None, typer.Argument(
                 help="The stories in running order, the lead first: article files or "
                      "http(s) addresses; or one running order file (rundown.toml).")] = None,
             feed: FeedOpt = None, count: StoriesOpt = 5, since: SinceOpt = None,
             at: Annotated[str | None, typer.Option(
                 "--at", help="When it goes on air, HH:MM (said in the opening: \"It's four "
                              "o'clock.\").")] = None,
             out: Annotated[str | None, typer.Option(
                 "--out", help="Its hard out, HH:MM:SS: the length is from --at (or the top "
                               "of the hour) to the out, instead of -d.")] = None,
             preview_only: Annotated[bool, typer.Option(
                 "--preview", help="Print the running order with each item's time and "
                                   "back-time; no audio.")] = False,
             as_json: Annotated[bool, typer.Option(
                 "--json", help="With --preview: as JSON.")] = False,
             duration: DurationOpt = None,
             template: Annotated[str | None, typer.Option(
                 "--template", "-t", help="How each story is read (default story).")] = None,
             frame: Annotated[str | None, typer.Option(
                 "--bulletin", "-b", help="The bulletin's own template: opening, headlines, "
                                          "running order, sign-off (default bulletin).")] = None,
             voice: VoiceOpt = None,
             headlines: Annotated[bool, typer.Option(
                 "--headlines", help="Open with each story's headline.")] = False,
             output: Annotated[str | None, typer.Option(
                 "--output", "-o", help="File to write, .mp3 or .wav.")] = None,
             loudness: LoudnessOpt = None, audio_format: FormatOpt = None,
             sidecars: SidecarsOpt = "json",
             intro: IntroOpt = None, outro: OutroOpt = None, bed: BedOpt = None,
             bed_level: BedLevelOpt = -20.0, duck: DuckOpt = 12.0,
             room_tone: RoomToneOpt = None,
             drop_folder: DropFolderOpt = None, name: DropNameOpt = DEFAULT_DROP_NAME,
             cart: CartOpt = "", kill_after: KillAfterOpt = "24h",
             alexa_feed: AlexaFeedOpt = None, podcast_feed: PodcastFeedOpt = None,
             base_url: BaseUrlOpt = "",
             force: ForceOpt = False,
             ) -> None:
    """Read several stories as one bulletin that lands on the clock: an opening (with the
    headlines), each story cut to its share of the time (the lead more), a sign-off."""
    from .rundown import resolve_order

    station = _station()
    plan = resolve_order(stories, feed, count, since, at, out, duration, headlines, template,
                         station, frame)
    settings = settings_from_cli(
        plan.first, plan.duration, plan.template, voice, output, loudness=loudness,
        audio_format=audio_format, sidecars=sidecars, station=station, force=force,
        intro=intro, outro=outro, bed=bed, bed_level=bed_level, duck=duck,
        room_tone=room_tone, drop_folder=drop_folder, drop_name=name, cart=cart,
        kill_after=kill_after, alexa_feed=alexa_feed, podcast_feed=podcast_feed,
        base_url=base_url)
    if preview_only:
        planned = pipeline.preview_bulletin(settings, plan.entries, plan.headlines, plan.at,
                                            plan.bulletin)
        for note in planned.notes:
            typer.echo(note, err=True)
        if as_json:
            _out(json.dumps(running_order_json(planned), indent=2))
            return
        from .report import script_text

        _out(running_order(planned) + "\n\n" + script_text(planned))
        return
    _report(pipeline.make_bulletin(settings, plan.entries, plan.headlines, plan.at,
                                   plan.bulletin), settings)


@app.command()
@_guarded(writes=True)
def batch(folder: Annotated[str | None, typer.Argument(
              help="A folder of articles (.txt, .md, .html).")] = None,
          feed: FeedOpt = None, stories: StoriesOpt = 5, since: SinceOpt = None,
          duration: DurationOpt = None, template: TemplateOpt = None, voice: VoiceOpt = None,
          output_dir: Annotated[str, typer.Option(
              "--output-dir", help="Where the briefings go, one per article, named after "
                                   "it (default briefings/).")] = "",
          jobs: Annotated[int, typer.Option(
              "--jobs", "-j", help="Briefings made at once (default: every core).")] = 0,
          loudness: LoudnessOpt = None, audio_format: FormatOpt = None,
          sidecars: SidecarsOpt = "json",
          force: ForceOpt = False,
          ) -> None:
    """Make every article in FOLDER (or the newest stories of a --feed) into its own
    briefing, on every core; one made before from the same inputs is skipped, and one that
    fails never stops the rest."""
    from pathlib import Path

    from . import batch as batches

    if (folder is None) == (feed is None):
        raise OptionError("give a FOLDER of articles, or --feed FEED (one of them)")
    if stories < 1:
        raise OptionError(f"--stories {stories} must be 1 or more")
    station = _station()
    settings = settings_from_cli(folder or feed, duration, template, voice, loudness=loudness,
                                 audio_format=audio_format, sidecars=sidecars,
                                 station=station, force=force)
    if jobs < 0:
        raise OptionError(f"--jobs {jobs} must be 0 (every core) or more")
    out = Path(output_dir) if output_dir else settings.output_dir

    def progress(k: int, n: int, done: batches.Done) -> None:
        typer.echo(f"[{k}/{n}] {done.article}: {done.state}"
                   + (f": {done.detail}" if done.state == "failed" else ""), err=True)

    items = batches.articles(Path(folder)) if folder is not None else \
        batches.from_feed(feed, stories, since)
    results = batches.run(items, settings, out, jobs or None, progress)
    for line in batches.summary(results):
        _out(line)
    if any(d.state == "failed" for d in results):
        raise typer.Exit(1)


@app.command()
@_guarded
def preview(article: ArticleArg = None, duration: DurationOpt = None,
            template: TemplateOpt = None, voice: VoiceOpt = None, script: ScriptOpt = None,
            as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
            explain: Annotated[bool, typer.Option(
                "--explain", help="Show why each sentence was chosen (its score parts).")] = False,
            pronouncers: Annotated[bool, typer.Option(
                "--pronouncers", help="Print the script with pronouncers beside names.")] = False,
            watch: Annotated[bool, typer.Option(
                "--watch", help="Re-print whenever the article, template, script or lexicon "
                                "changes (Ctrl-C to stop).")] = False,
            watch_limit: Annotated[int, typer.Option("--watch-limit", hidden=True)] = 0,
            intro: Annotated[str | None, typer.Option(
                "--intro", help="Stinger before (its length comes off the clock).")] = None,
            outro: Annotated[str | None, typer.Option(
                "--outro", help="Stinger after (its length comes off the clock).")] = None,
            force: ForceOpt = False,
            ) -> None:
    """Show the script and each segment's estimated timing, without rendering audio."""
    settings = settings_from_cli(_source(article, script), duration, template, voice,
                                 station=_station(), script=script, intro=intro, outro=outro,
                                 force=force)

    def show() -> None:
        planned = pipeline.preview(settings)
        if as_json:
            _out(json.dumps(pipeline.preview_json(planned), indent=2, ensure_ascii=False))
            return
        _out(preview_table(planned))
        if explain and planned.plan.scores:
            from .report import explain_text

            _out("")
            _out(explain_text(planned))
        if pronouncers:
            from .report import script_text

            _out("")
            _out(script_text(planned, pronouncers=True))

    if not watch:
        show()
        return
    if settings.article == "-" and settings.script is None:
        raise OptionError("--watch re-reads the article when it changes: give its file, "
                          "not standard input")
    from .watch import watch_files, watched_paths

    def again() -> None:
        _out("\n" + "─" * 72)
        try:
            show()
        except BriefingError as exc:  # a half-typed edit: say so, keep watching
            typer.echo(f"briefing: error: {exc}", err=True)

    again()
    watch_files(lambda: watched_paths(settings), again, limit=watch_limit)


@app.command("script")
@_guarded(writes=True)
def script_cmd(article: Annotated[str, typer.Argument(help="Article file, or - for stdin.")],
               duration: DurationOpt = None, template: TemplateOpt = None,
               voice: VoiceOpt = None,
               output: Annotated[str | None, typer.Option(
                   "--output", "-o", help="Markdown file (default briefings/<slug>.script.md)."
               )] = None,
               force: ForceOpt = False,
               ) -> None:
    """Write the briefing's script as editable Markdown, to voice later with --script."""
    settings = settings_from_cli(article, duration, template, voice, station=_station(),
                                 force=force)
    path, _text = pipeline.write_script(settings, Path(output) if output else None)
    _out(f"wrote {path}; edit it, then: briefing make --script {path}")


@app.command()
@_guarded(writes=True)
def init(name: Annotated[str, typer.Option("--name", help="The station's name.")] =
         "Our Station") -> None:
    """Start a newsroom folder: briefing.toml, scripts/, voices/ and briefings/."""
    from .station import init as init_station

    for path in init_station(Path.cwd(), name):
        _out(f"created {path}")


@templates_app.callback(invoke_without_command=True)
@_guarded
def templates(ctx: typer.Context) -> None:
    """List templates with where they live and what they are for."""
    if ctx.invoked_subcommand is None:
        from .script.templates import list_templates

        _out(templates_table(list_templates()))


@templates_app.command("show")
@_guarded
def templates_show(name: Annotated[str, typer.Argument(help="Template name or path.")]) -> None:
    """Print a template's source and where it lives."""
    from .script.templates import find_template

    path = find_template(name)
    _out(f"# {path}")
    _out(path.read_text(encoding="utf-8", errors="replace"), nl=False)


@templates_app.command("new")
@_guarded(writes=True)
def templates_new(name: Annotated[str, typer.Argument(help="Name of the new template.")],
                  source: Annotated[str, typer.Option(
                      "--from", help="Template to start from.")] = "brief") -> None:
    """Copy a template into ./scripts/NAME.j2, ready to edit."""
    from .template_tools import new_template

    _out(f"created {new_template(name, source)}")


@templates_app.command("check")
@_guarded
def templates_check(
    name: Annotated[str, typer.Argument(help="Template name or path.")],
    article: Annotated[str | None, typer.Argument(
        help="Article to render it with (default: the bundled sample).")] = None,
    duration: DurationOpt = None,
) -> None:
    """Check a template (syntax, names, helpers, segment ids), render it, show the timing."""
    from .template_tools import check

    problems, planned = check(name, article, duration, _station())
    if problems:
        for problem in problems:
            typer.echo(f"briefing: error: {problem.where}: {problem}", err=True)
        raise typer.Exit(1)
    _out(f"{planned.plan.script.template}: no problems found")
    _out(running_order(planned) if planned.plan.script.template == "bulletin"
         else preview_table(planned))


@voices_app.callback(invoke_without_command=True)
@_guarded
def voices(ctx: typer.Context) -> None:
    """List voice profiles: name, engine, language, file, whether the engine is installed."""
    if ctx.invoked_subcommand is None:
        from .report import voices_table

        _out(voices_table())


@voices_app.command("calibrate")
@_guarded(writes=True)
def voices_calibrate(
    name: Annotated[str, typer.Argument(help="Voice profile name or path.")],
    sentences: Annotated[str | None, typer.Option(
        "--sentences", help="Text file, one sentence a line (default: built-in text).")] = None,
) -> None:
    """Measure a voice's pace on a fixed text and write it into the profile."""
    from .clock import voice_desk

    result = voice_desk.calibrate_voice(name, sentences)
    if result.copied_from is not None:
        _out(f"copied the built-in profile {result.copied_from} to {result.path}")
    report = result.report
    _out(f"measured {report.sentences} sentences, {report.speech_seconds:.1f} s of speech "
               f"at {report.words_per_minute:.0f} words per minute; mean sentence error "
               f"{report.mean_error * 100:.1f}%")
    _out(f"wrote [calibration] into {result.path}")


@voices_app.command("test")
@_guarded(writes=True)
def voices_test(
    name: Annotated[str, typer.Argument(help="Voice profile name or path.")],
    output: Annotated[str, typer.Option("--output", "-o", help="WAV file to write.")] = "",
    text: Annotated[str, typer.Option("--text", help="What to say.")] =
        "This is a test of the briefing voice, reading the news at a steady pace.",
) -> None:
    """Render a sample sentence with a voice to a WAV file and print its measured pace."""
    from .clock import voice_desk

    result = voice_desk.test_voice(name, text, output or f"{Path(name).stem}-test.wav")
    _out(f"wrote {result.path}: {result.seconds:.2f} s, {result.words} words, "
               f"{result.wpm:.0f} words per minute (profile rate {result.rate}, "
               f"estimate {result.estimated:.2f} s)")


def main() -> None:
    """Console entry point."""
    _state["console"] = True
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _interrupt)
    for stream in (sys.stdout, sys.stderr):
        # A terminal or pipe that cannot show a character gets a stand-in, not a crash.
        try:
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
        except (AttributeError, OSError, ValueError):
            pass  # no stream, or a closed one: writing to it is handled where it happens
    try:
        app(prog_name="briefing")
    except BrokenPipeError:
        _quiet_stdout()
    except OSError:  # an output stream failed outside a command: never claim success
        _quiet_stdout()
        sys.exit(1)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush does not fail too."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
