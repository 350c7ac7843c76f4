"""The studio's web app (Starlette): the page, its scripts and styles, and the API the page
calls. Every route answers with the CLI's one-line messages; none reads or writes outside
the studio's folder and the station's output folder."""

from __future__ import annotations

import hmac
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from ..core.errors import BriefingError, OptionError
from ..core.files import Output, write_all
from .drafts import AUDIO, MAX_TEXT_BYTES, Drafts, Options

STATIC = Path(__file__).parent / "static"
DOWNLOADS = {"mp3": AUDIO, "wav": "briefing.wav", "json": "briefing.json",
             "script": "script.md"}
WAVEFORM_BINS = 600
MAX_RENDERS = 4
"""Renders waiting or running at once: one more is refused until one ends."""
MAX_JSON_BYTES = MAX_TEXT_BYTES + 64 * 1024
"""A request's JSON: an article's text and the form around it."""


@dataclass
class Job:
    """A draft's render in the background."""

    state: str = "rendering"
    stage: str = "waiting"
    """What the render is doing: waiting, planning, voicing, mixing, writing."""
    started: float = field(default_factory=time.monotonic)
    took: float = 0.0
    error: str = ""
    result: dict = field(default_factory=dict)


class Studio:
    """The app's state: its drafts, the render worker and its jobs, the token."""

    def __init__(self, folder: Path, station: object = None, token: str = "",
                 local: bool = True) -> None:
        self.drafts = Drafts(folder, station)
        self.token = token
        self.local = local
        """Served on this machine only: an address it fetches may be this machine's own."""
        self.jobs: dict[str, Job] = {}
        self.lock = threading.Lock()
        self.worker = ThreadPoolExecutor(max_workers=1)  # one render at a time

    def rendering(self, draft: str) -> bool:
        job = self.jobs.get(draft)
        return job is not None and job.state == "rendering"

    def render(self, draft: str) -> Job:
        with self.lock:
            job = self.jobs.get(draft)
            if job is not None and job.state == "rendering":
                return job
            busy = sum(j.state == "rendering" for j in self.jobs.values())
            if busy >= MAX_RENDERS:
                raise OptionError(f"the studio is rendering {busy} briefings: render this "
                                  "one when one of them is done")
            job = self.jobs[draft] = Job()
        self.worker.submit(self._render, draft, job)
        return job

    def _render(self, draft: str, job: Job) -> None:
        try:
            job.started = time.monotonic()

            def stage(name: str) -> None:
                job.stage = name

            made = self.drafts.make(draft, stage)
            job.result = _result(made, self.drafts.path(draft, "briefing.json"))
            job.state = "done"
        except BriefingError as exc:
            job.state, job.error = "failed", str(exc)
        except Exception as exc:  # noqa: BLE001 - a bug: the page shows it as one line
            job.state, job.error = "failed", f"unexpected {type(exc).__name__}: {exc}"
        job.took = time.monotonic() - job.started


def _result(made, sidecar: Path) -> dict:  # noqa: ANN001 - pipeline.Briefing
    """What the player shows: length, chapters, loudness against the preset."""
    data = json.loads(sidecar.read_text("utf-8"))
    loud = made.loudness
    heard = data.get("loudness", {}).get("mp3", {})
    return {"seconds": round(made.timeline.total, 3), "target": data.get("target_seconds"),
            "wav": any(p.suffix == ".wav" for p in made.files),
            "chapters": [{"id": s["id"], "title": s["title"], "start": s["start"]}
                         for s in data["segments"]],
            "loudness": {"preset": loud.preset, "target_lufs": loud.target_lufs,
                         "ceiling_dbtp": loud.ceiling_dbtp,
                         "lufs": heard.get("integrated_lufs", loud.integrated_lufs),
                         "true_peak_dbtp": heard.get("true_peak_dbtp", loud.true_peak_dbtp)}}


class TokenCheck(BaseHTTPMiddleware):
    """The API only for the studio's own page: a change asked with the page's header and
    from its own origin (another site's page cannot send either without the browser
    asking first), and with the studio's token when it has one."""

    async def dispatch(self, request: Request, call_next):  # noqa: ANN001, ANN201
        studio: Studio = request.app.state.studio
        if request.url.path.startswith("/api/") and request.method not in ("GET", "HEAD"):
            origin = request.headers.get("origin")
            own = f"{request.url.scheme}://{request.headers.get('host', '')}"
            if request.headers.get("x-studio") != "1" or (origin and origin != own):
                return JSONResponse({"error": "only the studio's own page may change a "
                                     "draft: open it at its address"}, status_code=403)
        if studio.token and request.url.path.startswith("/api/"):
            given = request.headers.get("x-studio-token", "")
            if not hmac.compare_digest(given.encode(), studio.token.encode()):
                return JSONResponse({"error": "wrong or missing token: give the token "
                                     "briefing studio was started with (--token)"},
                                    status_code=401)
        response = await call_next(request)
        # Never framed by another site's page (a click on "Approve" it did not mean).
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Content-Security-Policy"] = ("default-src 'self'; media-src 'self' "
                                                       "blob:; frame-ancestors 'none'")
        return response


def _error(exc: Exception) -> JSONResponse:
    return JSONResponse({"error": str(exc)}, status_code=400)


async def _json(request: Request) -> dict:
    body = await _body(request, MAX_JSON_BYTES)
    try:
        data = json.loads(body or b"{}")
    except (ValueError, RecursionError) as exc:
        raise OptionError("the request is not JSON: reload the page") from exc
    if not isinstance(data, dict):
        raise OptionError("the request is not a JSON object: reload the page")
    return data


async def _body(request: Request, limit: int) -> bytes:
    """The request's body, refused past ``limit`` bytes (before reading all of it)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise OptionError(f"the upload is larger than {limit // 2**20} MB: give the story "
                          "itself")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise OptionError(f"the upload is larger than {limit // 2**20} MB: give the story "
                              "itself")
        chunks.append(chunk)
    return b"".join(chunks)


def _studio(request: Request) -> Studio:
    return request.app.state.studio


def _guard(handler):  # noqa: ANN001, ANN202 - a route's handler
    """A route whose errors are one line of JSON, as on the command line: the project's
    own (400, the studio's folder not named), a request of the wrong shape (400), a bug
    (500, never a traceback)."""
    async def wrapped(request: Request) -> Response:
        try:
            return await handler(request)
        except BriefingError as exc:
            folder = str(_studio(request).drafts.folder)
            return _error(OptionError(str(exc).replace(folder + "/", "").replace(folder, "")))
        except (ValueError, TypeError, KeyError, UnicodeError, RecursionError):
            return _error(OptionError("the request is not what the page sends: reload it"))
        except Exception as exc:  # noqa: BLE001 - a bug: one line, not a traceback
            return JSONResponse({"error": f"unexpected {type(exc).__name__} (please report "
                                 "it)"}, status_code=500)
    return wrapped


def _off(function, *args):  # noqa: ANN001, ANN002, ANN202 - any call
    """A blocking call (planning, reading, decoding) off the server's loop, so every other
    request is still answered."""
    return run_in_threadpool(function, *args)


def _text(value: object) -> str:
    """A text field as the page sends it: text with no lone surrogates."""
    if not isinstance(value, str):
        raise OptionError("a text field is not text: reload the page")
    value.encode("utf-8")  # UnicodeEncodeError for a lone surrogate: a request of no page
    return value


async def page(request: Request) -> Response:
    return FileResponse(STATIC / "index.html")


async def static(request: Request) -> Response:
    name = request.path_params["name"]
    known = {p.name: p for p in STATIC.iterdir() if p.is_file()}
    if name not in known:  # never a path: only the files the app ships
        return JSONResponse({"error": f"no file {name[:40]!r}"}, status_code=404)
    return FileResponse(known[name])


@_guard
async def options(request: Request) -> Response:
    from ..audio.loudness import Preset
    from ..script.template_check import frames_bulletin
    from ..script.templates import list_templates
    from ..voices.profiles import list_voices
    from .drafts import DEFAULT_OPTIONS

    return JSONResponse({
        "templates": [{"name": t.name, "description": t.description}
                      for t in list_templates() if not frames_bulletin(t.path)],
        "voices": sorted(list_voices()), "loudness": [p.value for p in Preset],
        "defaults": DEFAULT_OPTIONS, "max_text_bytes": MAX_TEXT_BYTES})


@_guard
async def create(request: Request) -> Response:
    data = await _json(request)
    chosen = Options.from_form(data.get("options") or {})
    text, url = data.get("text"), data.get("url")
    stories = data.get("stories")
    studio = _studio(request)
    if stories is not None:  # a bulletin: its stories' texts, the lead first
        if not isinstance(stories, list) or len(stories) < 2:
            raise OptionError("a bulletin needs two stories or more: paste each")
        text = [_text(t) for t in stories]
    elif url:
        text = await _off(_fetched, _text(url), studio.local)
    elif text is not None:
        text = _text(text)
    else:
        raise OptionError("paste the article's text, upload its file or give its address")
    return JSONResponse(await _off(_new_draft, studio, text, chosen))


def _fetched(url: str, local: bool) -> str:
    """An article from its address; served beyond this machine, never from this machine's
    own or its network's private addresses."""
    import ipaddress
    import socket
    from urllib.parse import urlsplit

    from ..ingest.article import read_article_text
    from ..ingest.fetch import is_url

    if not is_url(url):
        raise OptionError("give the article's http(s) address")
    if not local:
        host = urlsplit(url).hostname or ""
        try:
            addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
        except (OSError, UnicodeError):
            addresses = set()
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%")[0])
            if not ip.is_global:
                raise OptionError(f"{host} is this machine's or its network's own: the "
                                  "studio fetches public pages only")
    return read_article_text(url)


def _new_draft(studio: Studio, text: str | list[str], chosen: Options) -> dict:
    """A draft of the text, planned; one that cannot be planned is not kept."""
    draft = studio.drafts.create(text, chosen)
    try:
        return studio.drafts.view(draft)
    except BaseException:
        studio.drafts.remove(draft)
        raise


@_guard
async def upload(request: Request) -> Response:
    body = await _body(request, MAX_TEXT_BYTES)
    chosen = Options.from_form(dict(request.query_params))
    studio = _studio(request)
    from ..ingest.article import decode  # any encoding the ingest reads

    return JSONResponse(await _off(_new_draft, studio, decode(body), chosen))


@_guard
async def show(request: Request) -> Response:
    return JSONResponse(await _off(_studio(request).drafts.view,
                                   request.path_params["draft"]))


@_guard
async def discard(request: Request) -> Response:
    studio, draft = _studio(request), request.path_params["draft"]
    studio.drafts.path(draft)  # one of ours
    if studio.rendering(draft):
        raise OptionError("the briefing is rendering: discard it when the render is done")
    await _off(studio.drafts.remove, draft)
    studio.jobs.pop(draft, None)
    return JSONResponse({"discarded": draft})


@_guard
async def set_options(request: Request) -> Response:
    studio, draft = _studio(request), request.path_params["draft"]
    before = studio.drafts.options(draft)
    chosen = Options.from_form(await _json(request), before)
    return JSONResponse(await _off(_new_options, studio, draft, before, chosen))


def _new_options(studio: Studio, draft: str, before: Options, chosen: Options) -> dict:
    """The draft under new options, planned; refused, it stays as it was. A new template
    or length plans afresh from the article (the edits go); a new voice, loudness or
    format keeps them."""
    script = studio.drafts.path(draft, "script.md")
    replan = script.is_file() and (chosen.template, chosen.duration) != \
        (before.template, before.duration)
    kept = script.read_bytes() if replan else None
    studio.drafts.set_options(draft, chosen)
    if replan:
        script.unlink()
    try:
        return studio.drafts.view(draft) | {"edits_dropped": replan}
    except BaseException:
        studio.drafts.set_options(draft, before)
        if kept is not None:
            write_all([Output(script, kept)])
        raise


@_guard
async def edit(request: Request) -> Response:
    studio, draft = _studio(request), request.path_params["draft"]
    data = await _json(request)
    line, source = data.get("line"), data.get("source")
    if not isinstance(line, int) or isinstance(line, bool) or \
            source is not None and (not isinstance(source, int) or isinstance(source, bool)):
        raise OptionError("a line and a sentence are numbers: reload the page")
    if studio.rendering(draft):
        raise OptionError("the briefing is rendering: edit it when the render is done")

    def change() -> dict:
        studio.drafts.edit(draft, _text(data.get("segment", "")), line,
                           _text(data.get("action", "")), _text(data.get("text", "")), source)
        return studio.drafts.view(draft)
    return JSONResponse(await _off(change))


@_guard
async def render(request: Request) -> Response:
    studio, draft = _studio(request), request.path_params["draft"]
    studio.drafts.path(draft)
    if request.method == "POST":
        await _off(studio.drafts.settings, draft)  # a bad option is said now
        job = studio.render(draft)
    else:
        job = studio.jobs.get(draft)
        if job is None:
            return JSONResponse({"state": "none"})
    took = job.took if job.state != "rendering" else time.monotonic() - job.started
    return JSONResponse({"state": job.state, "stage": job.stage, "seconds": round(took, 1),
                         "error": job.error,
                         "result": job.result})


@_guard
async def audio(request: Request) -> Response:
    path = _studio(request).drafts.path(request.path_params["draft"], AUDIO)
    if not path.is_file():
        raise OptionError("render the briefing first")
    return FileResponse(path, media_type="audio/mpeg")


@_guard
async def waveform(request: Request) -> Response:
    """The rendered audio's peaks, drawn from the decoded file."""
    import miniaudio
    import numpy as np

    path = _studio(request).drafts.path(request.path_params["draft"], AUDIO)
    if not path.is_file():
        raise OptionError("render the briefing first")
    decoded = await _off(lambda: miniaudio.decode_file(
        str(path), output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1, sample_rate=8000))
    samples = np.abs(np.asarray(decoded.samples, dtype=np.float32))
    bins = np.array_split(samples, WAVEFORM_BINS) if samples.size else []
    return JSONResponse({"seconds": round(samples.size / 8000, 3),
                         "peaks": [round(float(b.max()), 4) if b.size else 0.0 for b in bins]})


@_guard
async def download(request: Request) -> Response:
    kind = request.path_params["kind"]
    if kind not in DOWNLOADS:
        raise OptionError(f"{kind[:20]!r} is not a download: mp3, wav, json or script")
    path = _studio(request).drafts.path(request.path_params["draft"], DOWNLOADS[kind])
    if not path.is_file():
        raise OptionError("render the briefing first" if kind != "script" else
                          "the script is written once a line is edited")
    return FileResponse(path, filename=f"briefing-{request.path_params['draft'][:6]}"
                                       f"{Path(DOWNLOADS[kind]).suffix}")


@_guard
async def approve(request: Request) -> Response:
    studio, draft = _studio(request), request.path_params["draft"]
    data = await _json(request)
    if studio.rendering(draft):
        raise OptionError("the briefing is rendering: approve it when you have heard it")
    files = await _off(studio.drafts.approve, draft, _text(data.get("who", "")))
    return JSONResponse({"files": [str(p) for p in files]})


def create_app(folder: Path, station: object = None, token: str = "",
               host: str = "127.0.0.1") -> Starlette:
    """The studio over the drafts in ``folder``; with a ``token``, the API asks for it.
    Only requests naming this machine (or ``host``) are answered: a page elsewhere that
    points its own name at 127.0.0.1 (DNS rebinding) is refused."""
    local = {"127.0.0.1", "localhost", "[::1]", "::1"}
    hosts = sorted(local | {host})
    app = Starlette(routes=[
        Route("/", page),
        Route("/static/{name}", static),
        Route("/api/options", options),
        Route("/api/drafts", create, methods=["POST"]),
        Route("/api/drafts/upload", upload, methods=["POST"]),
        Route("/api/drafts/{draft}", show),
        Route("/api/drafts/{draft}", discard, methods=["DELETE"]),
        Route("/api/drafts/{draft}/options", set_options, methods=["PUT"]),
        Route("/api/drafts/{draft}/edit", edit, methods=["POST"]),
        Route("/api/drafts/{draft}/render", render, methods=["GET", "POST"]),
        Route("/api/drafts/{draft}/audio", audio),
        Route("/api/drafts/{draft}/waveform", waveform),
        Route("/api/drafts/{draft}/files/{kind}", download),
        Route("/api/drafts/{draft}/approve", approve, methods=["POST"]),
    ], middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts),
                   Middleware(TokenCheck)],
        exception_handlers={HTTPException: _http_error})
    app.state.studio = Studio(folder, station, token, local=host in local)
    return app


async def _http_error(request: Request, exc: HTTPException) -> Response:
    """Starlette's own refusals (no such route, method) as the studio's one line."""
    return JSONResponse({"error": f"{exc.detail.lower()}: {request.url.path[:60]} (the "
                         "page's routes are under /api/)"}, status_code=exc.status_code)
