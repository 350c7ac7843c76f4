"""An article from the web: fetched once, with a time limit and a size cap, each way it
can fail said in one line with what to do about it."""

from __future__ import annotations

import time

from ..core.errors import ArticleError

DEFAULT_TIMEOUT = 15.0
"""Seconds to wait for a server to answer, and between pieces of its answer."""
WHOLE_TIMEOUT = 30.0
"""Seconds for the whole page: a server that sends a little at a time never holds a run
(or the studio) longer."""
USER_AGENT = "briefing (an offline radio newsroom tool; fetches one page when asked)"
READABLE = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")
"""The content types that can hold an article."""


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def fetch(url: str, limit: int, timeout: float = DEFAULT_TIMEOUT,
          kinds: tuple[str, ...] = READABLE, what: str = "a web page or text") -> bytes:
    """The page at ``url`` (at most ``limit`` bytes, one of the content types ``kinds``),
    or an ArticleError that says why not."""
    import urllib.error
    import urllib.request  # here, not at start-up: only a run given a URL pays for it
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ArticleError(f"{url} is not a web address briefing can fetch: give an "
                           "http:// or https:// address, or save the page to a file")
    host = parts.hostname
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": ", ".join(kinds)})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310 - http(s) only, checked above
            kind = answer.headers.get_content_type()
            if kind not in kinds:
                raise ArticleError(f"{url} is not {what} (the server sent {kind}): check the "
                                   "address")
            size = answer.headers.get("Content-Length")
            if size is not None and size.isdigit() and int(size) > limit:
                raise _too_big(url, limit)
            data = _read_whole(answer, limit, time.monotonic() + WHOLE_TIMEOUT, url)
    except urllib.error.HTTPError as exc:
        raise ArticleError(f"{url}: the server answered {exc.code} {exc.reason} (check the "
                           "address, or save the page from a browser)") from None
    except urllib.error.URLError as exc:
        raise _unreachable(url, host, exc.reason, timeout) from None
    except OSError as exc:  # a timeout, a reset, a failed handshake while reading
        raise _unreachable(url, host, exc, timeout) from None
    if len(data) > limit:
        raise _too_big(url, limit)
    return data


def _read_whole(answer, limit: int, deadline: float, url: str) -> bytes:  # noqa: ANN001
    """The answer's body, at most ``limit + 1`` bytes, refused once past ``deadline``."""
    pieces, size = [], 0
    while size <= limit:
        piece = answer.read1(min(65536, limit + 1 - size))  # what has come, not a wait
        if not piece:
            break
        pieces.append(piece)
        size += len(piece)
        if time.monotonic() > deadline:
            raise ArticleError(f"{url} took longer than {WHOLE_TIMEOUT:g} s to send the page "
                               "(a slow server): try again, or save the page to a file")
    return b"".join(pieces)


def _too_big(url: str, limit: int) -> ArticleError:
    return ArticleError(f"{url} is larger than {limit // 2**20} MB: give the article's own "
                        "page, not a download or an archive")


def _unreachable(url: str, host: str, reason: object, timeout: float) -> ArticleError:
    import socket
    import ssl

    if isinstance(reason, socket.gaierror):
        return ArticleError(f"cannot find {host}: check the address (or this machine's "
                            "network), or save the page to a file")
    if isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return ArticleError(f"{url} did not answer within {timeout:g} s: try again later, "
                            "or save the page to a file")
    if isinstance(reason, ConnectionRefusedError):
        return ArticleError(f"{host} refused the connection: check the address and port")
    if isinstance(reason, ssl.SSLError):
        return ArticleError(f"{url}: the secure connection failed ({reason}): save the page "
                            "from a browser instead")
    return ArticleError(f"cannot fetch {url}: {reason} (save the page to a file instead)")
