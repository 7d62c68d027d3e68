"""The one module that talks HTTP: limits, retries and redaction live here.

Every request sends a descriptive User-Agent (Wikimedia refuses generic ones), has a
connect and read timeout plus a wall-clock deadline for the whole download, caps the
body size while streaming, refuses content types it was not asked for, and retries
429 and 5xx answers and failed connections with exponential backoff. Error messages
never carry secrets: query parameters such as ``key`` are shown as ``REDACTED``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import http
import re
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
import urllib3

from claimcheck.errors import FetchError

__all__ = [
    "DEFAULT_ACCEPT",
    "MAX_REDIRECTS",
    "USER_AGENT",
    "FetchResult",
    "fetch",
    "redact",
]

USER_AGENT = "claimcheck/0.1 (+https://github.com/claimcheck; fact-checking tool)"
DEFAULT_ACCEPT = ("text/html", "text/plain", "application/xhtml+xml", "text/markdown")
MAX_REDIRECTS = 10
RETRY_AFTER_CAP = 10.0
"""Longest pause a server's Retry-After can impose, in seconds."""
_FIRST_BACKOFF = 0.5
_CHUNK = 64 * 1024

# Tests replace this to run retries without waiting.
_sleep: Callable[[float], None] = time.sleep


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A successful (2xx) response read in full.

    ``url`` is the final URL after redirects; ``content_type`` the media type alone, in
    lower case ("" when the server sent none); ``encoding`` the ``charset`` parameter of
    Content-Type, or None (not requests' ISO-8859-1 default for text).
    """

    url: str
    status: int
    content_type: str
    encoding: str | None
    body: bytes


_SECRET_PARAMS = "key|token|api_key|apikey|api-key|access_token|client_secret|password|secret"
# A value ends at the next parameter, at whitespace, or at the ": " our messages put
# after a URL; redacting twice gives the same text.
_SECRET_QUERY = re.compile(rf"(?i)([?&;](?:{_SECRET_PARAMS})=)(?:[^&#\s'\"<>:]|:(?![\s]|$))*")
_USERINFO = re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^/@\s:]+:)[^/@\s]+@")


def redact(text: str) -> str:
    """``text`` with secret query values and URL passwords replaced by ``REDACTED``.

    Works on a URL or on any message that contains URLs:
    ``"https://x/api?query=a&key=abc"`` -> ``"https://x/api?query=a&key=REDACTED"``.
    """
    return _USERINFO.sub(r"\1REDACTED@", _SECRET_QUERY.sub(r"\1REDACTED", text))


class _Retryable(Exception):
    """An attempt failed in a way a later attempt may not."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


def fetch(
    url: str,
    *,
    timeout: float = 20.0,
    max_bytes: int = 10_000_000,
    accept: tuple[str, ...] = DEFAULT_ACCEPT,
    retries: int = 3,
    session: requests.Session | None = None,
    sleep: Callable[[float], None] | None = None,
) -> FetchResult:
    """GET ``url`` within limits and return the whole body.

    ``timeout`` (seconds) bounds connecting, each wait for data, and also the whole
    download of one attempt, so a server that drips bytes cannot hang the caller.
    ``max_bytes`` caps the (decompressed) body. ``accept`` lists the media types taken.
    ``retries`` more attempts follow a 429, a 5xx or a failed connection, after 0.5 s,
    1 s, 2 s... or the server's Retry-After (at most 10 s). ``session`` lets callers
    share connections (its own ``max_redirects`` then applies; ours is 10). ``sleep``
    replaces :func:`time.sleep` for the pauses.

    Raises :class:`FetchError`, one line, secrets redacted.
    """
    shown = redact(url)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"{shown}: only http and https URLs can be fetched")
    if not parts.hostname:
        raise FetchError(f"{shown}: not a valid URL (no host name)")
    pause = sleep if sleep is not None else _sleep
    own = session is None
    active = session if session is not None else _new_session()
    try:
        attempt = 0
        while True:
            try:
                return _attempt(active, url, timeout, max_bytes, accept)
            except _Retryable as failure:
                if attempt >= retries:
                    tries = "attempt" if attempt == 0 else "attempts"
                    raise FetchError(
                        redact(f"{failure.message} (gave up after {attempt + 1} {tries})")
                    ) from None
                delay = _FIRST_BACKOFF * 2**attempt
                if failure.retry_after is not None:
                    delay = max(delay, min(failure.retry_after, RETRY_AFTER_CAP))
                pause(delay)
                attempt += 1
    finally:
        if own:
            active.close()


def _new_session() -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.max_redirects = MAX_REDIRECTS
    return session


def _attempt(
    session: requests.Session,
    url: str,
    timeout: float,
    max_bytes: int,
    accept: tuple[str, ...],
) -> FetchResult:
    shown = redact(url)
    deadline = time.monotonic() + timeout
    headers = {"Accept": ", ".join(accept)}
    if str(session.headers.get("User-Agent", "")).startswith("python-requests"):
        headers["User-Agent"] = USER_AGENT
    try:
        response = session.get(
            url, headers=headers, timeout=(timeout, timeout), stream=True, allow_redirects=True
        )
    except requests.TooManyRedirects:
        raise FetchError(
            f"{shown}: too many redirects (more than {session.max_redirects})"
        ) from None
    except requests.exceptions.SSLError:
        raise FetchError(f"{shown}: TLS/SSL error (certificate or protocol problem)") from None
    except requests.ConnectTimeout:
        raise _Retryable(f"{shown}: could not connect within {timeout:g} s") from None
    except requests.ReadTimeout:
        raise FetchError(f"{shown}: no response within {timeout:g} s") from None
    except requests.ConnectionError as error:
        if _is_name_error(error):
            host = urlsplit(url).hostname
            raise FetchError(f"{shown}: cannot find host {host}") from None
        raise _Retryable(f"{shown}: cannot connect ({_reason(error)})") from None
    except (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema):
        raise FetchError(f"{shown}: not a fetchable URL (or redirected to one)") from None
    except requests.RequestException as error:
        raise FetchError(f"{shown}: request failed ({type(error).__name__})") from None

    with response:
        final = redact(response.url)
        status = response.status_code
        reason = response.reason or _phrase(status)
        if status == 429 or 500 <= status <= 599:
            raise _Retryable(
                f"{final}: HTTP {status} {reason}",
                _retry_after(response.headers.get("Retry-After")),
            )
        if status >= 400:
            raise FetchError(f"{final}: HTTP {status} {reason}")
        if not 200 <= status < 300:
            raise FetchError(f"{final}: unexpected HTTP {status} {reason}")
        media_type, charset = _parse_content_type(response.headers.get("Content-Type", ""))
        if media_type and media_type not in accept:
            raise FetchError(f"{final}: unsupported content type {media_type}")
        declared = _int(response.headers.get("Content-Length"))
        if declared is not None and declared > max_bytes:
            raise FetchError(f"{final}: too large ({_mb(declared)}, limit {_mb(max_bytes)})")
        body = _read_body(response, final, deadline, timeout, max_bytes)
        return FetchResult(response.url, status, media_type, charset, body)


def _read_body(
    response: requests.Response, shown: str, deadline: float, timeout: float, max_bytes: int
) -> bytes:
    # iter_content() is not used: urllib3's read(amt) blocks until amt bytes arrive, so
    # a server sending one byte a second would never let the deadline be checked.
    # read1() returns whatever has arrived.
    raw = response.raw
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"{shown}: download did not finish within {timeout:g} s")
        try:
            chunk = raw.read1(_CHUNK, decode_content=True)
        except urllib3.exceptions.ReadTimeoutError:
            raise FetchError(f"{shown}: the server stopped sending for {timeout:g} s") from None
        except urllib3.exceptions.DecodeError:
            raise FetchError(f"{shown}: the response is corrupt (bad compression)") from None
        except (urllib3.exceptions.HTTPError, OSError):
            raise _Retryable(f"{shown}: connection broken while reading the response") from None
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{shown}: too large (more than {_mb(max_bytes)})")
        chunks.append(chunk)
    return b"".join(chunks)


def _parse_content_type(value: str) -> tuple[str, str | None]:
    media_type, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, val = param.partition("=")
        if name.strip().lower() == "charset" and val.strip().strip("\"'"):
            charset = val.strip().strip("\"'")
    return media_type.strip().lower(), charset


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB" if size >= 1_000_000 else f"{size:,} bytes"


def _phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


def _chain(error: BaseException) -> Iterator[BaseException]:
    """The exception and everything it wraps (requests and urllib3 nest them deeply)."""
    todo: list[BaseException] = [error]
    seen: set[int] = set()
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for inner in (
            current.__cause__,
            current.__context__,
            getattr(current, "reason", None),
            *current.args,
        ):
            if isinstance(inner, BaseException):
                todo.append(inner)


def _is_name_error(error: BaseException) -> bool:
    return any(
        isinstance(e, (socket.gaierror, urllib3.exceptions.NameResolutionError))
        for e in _chain(error)
    )


def _reason(error: BaseException) -> str:
    for inner in _chain(error):
        if isinstance(inner, OSError) and inner.strerror:
            return inner.strerror
    return "connection failed"
