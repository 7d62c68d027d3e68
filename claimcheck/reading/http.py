"""The one module that talks HTTP: every request claimcheck makes goes through :func:`fetch`.

Every request sends a descriptive User-Agent (Wikimedia refuses generic ones) and has
one wall-clock deadline for all of it: connecting, the headers, the body, redirects and
retries (a watchdog ends it; see :mod:`claimcheck.reading.transport`). The body size is
capped while streaming; content types that were not asked for are refused.

Loopback, private, link-local (cloud metadata), multicast and reserved addresses are
refused unless ``allow_private_urls`` (``--allow-private-urls``: a newsroom intranet),
checked where each connection is made. Redirects are followed here, one hop at a time,
each checked the same way, at most ``max_redirects``. Behind a proxy the proxy
connects: the target's addresses are checked as this machine resolves them, and a name
only the proxy can resolve is left to it.

Retries are urllib3's ``Retry`` on the connection pool (429 and 5xx, failed
connections), with Retry-After capped. Error messages never carry secrets
(:func:`claimcheck.reading.urls.redact`); :func:`public_url` is a URL as it may be
stored and exported.
"""

from __future__ import annotations

import dataclasses
import http
import socket
import time
from collections.abc import Callable, Iterator
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.cookies import extract_cookies_to_jar
from requests.utils import select_proxy
from urllib3.exceptions import NameResolutionError, ReadTimeoutError

from claimcheck.errors import FetchError
from claimcheck.reading.transport import (
    RETRY_AFTER_CAP,
    RETRY_STATUSES,
    Adapter,
    Call,
    OutOfTime,
    Refused,
    checked_addresses,
)
from claimcheck.reading.urls import public_url, redact

__all__ = [
    "DEFAULT_ACCEPT",
    "MAX_REDIRECTS",
    "RETRY_AFTER_CAP",
    "USER_AGENT",
    "FetchResult",
    "fetch",
    "public_url",
    "redact",
]

USER_AGENT = "claimcheck/0.1 (+https://github.com/claimcheck; fact-checking tool)"
DEFAULT_ACCEPT = ("text/html", "text/plain", "application/xhtml+xml", "text/markdown")
MAX_REDIRECTS = 10
ALLOW_OPTION = "--allow-private-urls"
_CHUNK = 64 * 1024

# Tests replace this to run retries without waiting.
_sleep: Callable[[float], None] = time.sleep


@dataclasses.dataclass(frozen=True, slots=True)
class FetchResult:
    """A successful (2xx) response read in full.

    ``url`` is the final URL after redirects, as fetched (credentials included: use
    :func:`public_url` for what is stored or shown); ``content_type`` the media type
    alone, in lower case ("" when the server sent none); ``encoding`` the ``charset``
    parameter of Content-Type, or None (not requests' ISO-8859-1 default for text).
    """

    url: str
    status: int
    content_type: str
    encoding: str | None
    body: bytes


def fetch(
    url: str,
    *,
    timeout: float = 20.0,
    max_bytes: int = 10_000_000,
    accept: tuple[str, ...] = DEFAULT_ACCEPT,
    retries: int = 3,
    session: requests.Session | None = None,
    sleep: Callable[[float], None] | None = None,
    allow_private_urls: bool = False,
) -> FetchResult:
    """GET ``url`` within limits and return the whole body.

    ``timeout`` (seconds) is the deadline for the whole request: connecting, the
    headers, the body, redirects and the pauses between retries. ``max_bytes`` caps the
    (decompressed) body. ``accept`` lists the media types taken. ``retries`` more
    attempts follow a 429, a 5xx or a failed connection, after 0.5 s, 1 s, 2 s... or the
    server's Retry-After (at most 10 s). ``session`` gives the headers (User-Agent),
    cookies, proxies and ``max_redirects`` (ours is 10) to use. ``sleep`` replaces
    :func:`time.sleep` for the pauses. ``allow_private_urls`` lets the URL and its
    redirects reach loopback, private and link-local addresses.

    Raises :class:`FetchError`, one line, secrets redacted.
    """
    shown = redact(url)
    _check_scheme(url, shown)
    own = session is None
    active = session if session is not None else _new_session()
    call = Call(timeout, allow_private_urls, sleep if sleep is not None else _sleep)
    adapter = Adapter(call, retries)
    call.start()
    try:
        response = _follow(active, adapter, call, url, timeout, accept)
        with response:
            return _read(response, call, timeout, max_bytes, accept)
    finally:
        call.stop()
        adapter.close()
        if own:
            active.close()


def _check_scheme(url: str, shown: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"{shown}: only http and https URLs can be fetched")
    if not parts.hostname:
        raise FetchError(f"{shown}: not a valid URL (no host name)")


def _new_session() -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.max_redirects = MAX_REDIRECTS
    return session


def _follow(
    session: requests.Session,
    adapter: Adapter,
    call: Call,
    url: str,
    timeout: float,
    accept: tuple[str, ...],
) -> requests.Response:
    """The first answer that is not a redirect; each hop checked before it is sent."""
    shown = redact(url)
    current = url
    for _ in range(session.max_redirects + 1):
        response = _send(session, adapter, call, url, current, timeout, accept)
        target = session.get_redirect_target(response) if response.is_redirect else None
        if target is None:
            return response
        response.close()
        current = urljoin(response.url, target)
        if urlsplit(current).scheme.lower() not in ("http", "https"):
            raise FetchError(f"{shown}: not a fetchable URL (or redirected to one)")
    raise FetchError(f"{shown}: too many redirects (more than {session.max_redirects})")


def _send(
    session: requests.Session,
    adapter: Adapter,
    call: Call,
    first: str,
    url: str,
    timeout: float,
    accept: tuple[str, ...],
) -> requests.Response:
    shown = redact(first) if url == first else f"{redact(first)}: redirected to {redact(url)}"
    headers = {"Accept": ", ".join(accept)}
    if str(session.headers.get("User-Agent", "")).startswith("python-requests"):
        headers["User-Agent"] = USER_AGENT
    call.failures = 0
    try:
        prepared = session.prepare_request(requests.Request("GET", url, headers=headers))
        if url != first and session.should_strip_auth(first, url):
            prepared.headers.pop("Authorization", None)
        settings = session.merge_environment_settings(prepared.url or url, {}, True, None, None)
        if not call.allow_private and select_proxy(url, settings["proxies"]):
            _check_behind_proxy(url)
        if call.expired:
            raise OutOfTime
        left = call.remaining()
        response = adapter.send(
            prepared,
            stream=True,
            timeout=(left, left),
            verify=settings["verify"],
            cert=settings["cert"],
            proxies=settings["proxies"],
        )
    except Refused as refused:
        raise FetchError(
            f"{shown}: {refused.reason}, not fetched ({ALLOW_OPTION} allows it)"
        ) from None
    except OutOfTime:
        raise FetchError(f"{shown}: no response within {timeout:g} s") from None
    except requests.exceptions.SSLError:
        raise FetchError(f"{shown}: TLS/SSL error (certificate or protocol problem)") from None
    except requests.ConnectTimeout:
        raise FetchError(
            f"{shown}: could not connect within {timeout:g} s{_gave_up(call)}"
        ) from None
    except (requests.ReadTimeout, requests.ConnectionError) as error:
        if call.expired or _caused_by(error, ReadTimeoutError):
            raise FetchError(f"{shown}: no response within {timeout:g} s") from None
        if _caused_by(error, socket.gaierror, NameResolutionError):
            host = urlsplit(url).hostname
            raise FetchError(f"{shown}: cannot find host {host}") from None
        raise FetchError(f"{shown}: cannot connect ({_reason(error)}){_gave_up(call)}") from None
    except (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema):
        raise FetchError(f"{shown}: not a fetchable URL (or redirected to one)") from None
    except requests.RequestException as error:
        raise FetchError(f"{shown}: request failed ({type(error).__name__})") from None
    extract_cookies_to_jar(session.cookies, prepared, response.raw)
    if call.expired:  # the headers may have been cut short
        response.close()
        raise FetchError(f"{shown}: no response within {timeout:g} s")
    return response


def _check_behind_proxy(url: str) -> None:
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        checked_addresses(host, parts.port or 443, allow_private=False)
    except (socket.gaierror, UnicodeError):
        pass  # a name only the proxy resolves: the proxy decides


def _gave_up(call: Call) -> str:
    attempts = max(1, call.failures)
    return f" (gave up after {attempts} {'attempt' if attempts == 1 else 'attempts'})"


def _read(
    response: requests.Response,
    call: Call,
    timeout: float,
    max_bytes: int,
    accept: tuple[str, ...],
) -> FetchResult:
    final = redact(response.url)
    status = response.status_code
    reason = response.reason or _phrase(status)
    if status in RETRY_STATUSES:
        raise FetchError(f"{final}: HTTP {status} {reason}{_gave_up(call)}")
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
    body = _read_body(response, final, call, timeout, max_bytes)
    return FetchResult(response.url, status, media_type, charset, body)


def _read_body(
    response: requests.Response, shown: str, call: Call, timeout: float, max_bytes: int
) -> bytes:
    # iter_content() is not used: urllib3's read(amt) blocks until amt bytes arrive, so
    # a server sending one byte a second would never let the deadline be checked.
    # read1() returns whatever has arrived; the watchdog ends a read that waits.
    late = f"{shown}: download did not finish within {timeout:g} s"
    raw = response.raw
    chunks: list[bytes] = []
    size = 0
    while True:
        if call.expired:
            raise FetchError(late)
        try:
            chunk = raw.read1(_CHUNK, decode_content=True)
        except urllib3.exceptions.ReadTimeoutError:
            raise FetchError(
                late if call.expired else f"{shown}: the server stopped sending"
            ) from None
        except urllib3.exceptions.DecodeError:
            raise FetchError(f"{shown}: the response is corrupt (bad compression)") from None
        except (urllib3.exceptions.HTTPError, OSError):
            if call.expired:
                raise FetchError(late) from None
            raise FetchError(f"{shown}: connection broken while reading the response") from None
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{shown}: too large (more than {_mb(max_bytes)})")
        chunks.append(chunk)
    if call.expired:  # the watchdog's cut looks like the end of the body
        raise FetchError(late)
    return b"".join(chunks)


def _parse_content_type(value: str) -> tuple[str, str | None]:
    media_type, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, val = param.partition("=")
        if name.strip().lower() == "charset" and val.strip().strip("\"'"):
            charset = val.strip().strip("\"'")
    return media_type.strip().lower(), charset


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


def _caused_by(error: BaseException, *kinds: type[BaseException]) -> bool:
    return any(isinstance(e, kinds) for e in _chain(error))


def _reason(error: BaseException) -> str:
    for inner in _chain(error):
        if isinstance(inner, OSError) and inner.strerror:
            return inner.strerror
    return "connection failed"
