"""The connections under :mod:`claimcheck.reading.http` (and nothing else uses them):
where a request may connect, for how long, and how it is retried.

- :class:`Call` is one fetch: its deadline, a watchdog thread that shuts the fetch's
  sockets down when the deadline passes (requests' timeouts bound each socket read
  only), and whether private addresses may be reached.
- The connection classes resolve the host once, check every address
  (:func:`claimcheck.reading.urls.non_public`) and connect to those checked addresses,
  so DNS cannot answer differently in between. A connection to a proxy is not checked:
  the user configured it, and :func:`claimcheck.reading.http.fetch` checks the target.
- :class:`Adapter` mounts urllib3's :class:`~urllib3.util.retry.Retry` (429 and 5xx,
  failed connections, a connection dropped before the answer). The subclass adds what
  Retry does not do: the pause is capped (urllib3 obeys any Retry-After, even days) and
  shortened to the time left, the deadline stops retrying, and errors no retry can mend
  (a name that does not resolve, TLS, a read timeout) fail at once.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import socket
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import (
    ConnectTimeoutError,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
)
from urllib3.util.connection import allowed_gai_family, create_connection
from urllib3.util.retry import Retry

from claimcheck.reading.urls import non_public

if TYPE_CHECKING:
    from urllib3._base_connection import BaseHTTPConnection, BaseHTTPSConnection

RETRY_AFTER_CAP = 10.0
"""Longest pause a server's Retry-After can impose, in seconds."""
RETRY_STATUSES = frozenset({429, *range(500, 600)})
_FIRST_BACKOFF = 0.5


class Refused(Exception):
    """The host resolves to an address that may not be fetched."""

    def __init__(self, host: str, address: str, kind: str) -> None:
        super().__init__(host)
        article = "an" if kind[0] in "aeiou" else "a"
        shown = f" ({address})" if address != host else ""
        self.reason = f"{host} is {article} {kind} address{shown}"


class OutOfTime(Exception):
    """The request's deadline passed."""


class Call:
    """One :func:`fetch`: its deadline, whether private addresses may be reached, how
    to pause, and the sockets it opened, which the watchdog cuts at the deadline.

    A duplicate of each socket is kept: shutting it down ends the connection whatever
    urllib3 did with the original (wrapped it in TLS, even mid-handshake), and wakes a
    read blocked in another thread, which close() does not."""

    def __init__(self, timeout: float, allow_private: bool, pause: Callable[[float], None]) -> None:
        self.deadline = time.monotonic() + timeout
        self.allow_private = allow_private
        self.pause = pause
        self.failures = 0
        self._cut = False
        self._done = False
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(timeout, self._expire)
        self._timer.daemon = True

    @property
    def expired(self) -> bool:
        return self._cut or time.monotonic() >= self.deadline

    def remaining(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.cancel()
        with self._lock:
            self._done = True
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()

    def opened(self, sock: socket.socket) -> None:
        with self._lock:
            if not self._done:
                self._sockets.append(sock.dup())

    def _expire(self) -> None:
        with self._lock:
            if self._done:
                return
            self._cut = True
            for sock in self._sockets:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:  # closed by the server already
                    pass


# -- connections: the address check and the deadline ----------------------------------------


def checked_addresses(host: str, port: int, allow_private: bool) -> list[str]:
    """The addresses ``host`` resolves to, each one allowed (else :class:`Refused`)."""
    infos = socket.getaddrinfo(host, port, allowed_gai_family(), socket.SOCK_STREAM)
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not allow_private:
        for address in addresses:
            kind = non_public(address)
            if kind is not None:
                raise Refused(host, address, kind)
    return addresses


def _open(
    conn: HTTPConnection, call: Call | None, plain: Callable[[], socket.socket]
) -> socket.socket:
    if call is None:
        return plain()
    if conn.proxy is not None:
        # To the proxy the user configured; fetch() checked the target itself.
        sock = plain()
    else:
        sock = _connect_checked(conn, call)
    call.opened(sock)
    return sock


def _connect_checked(conn: HTTPConnection, call: Call) -> socket.socket:
    host, port = conn.host, conn.port or 80
    try:
        addresses = checked_addresses(host, port, call.allow_private)
    except socket.gaierror as error:
        raise NameResolutionError(host, conn, error) from error
    failure: Exception = NewConnectionError(conn, "no address to connect to")
    for address in addresses:
        if call.expired:
            raise OutOfTime
        limit = conn.timeout if isinstance(conn.timeout, (int, float)) else None
        timeout = call.remaining() if limit is None else min(limit, call.remaining())
        try:
            return create_connection(
                (address, port),
                timeout,
                source_address=conn.source_address,
                socket_options=conn.socket_options,
            )
        except TimeoutError:
            failure = ConnectTimeoutError(conn, f"Connection to {host} timed out")
        except OSError as error:
            failure = NewConnectionError(conn, f"Failed to establish a new connection: {error}")
            failure.__cause__ = error
    raise failure


class _Connection(HTTPConnection):
    call: Call | None = None

    def _new_conn(self) -> socket.socket:
        return _open(self, self.call, super()._new_conn)


class _TLSConnection(HTTPSConnection):
    call: Call | None = None

    def _new_conn(self) -> socket.socket:
        return _open(self, self.call, super()._new_conn)


class _Pool(HTTPConnectionPool):
    ConnectionCls = _Connection

    def __init__(self, *args: Any, call: Call, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.call = call

    def _new_conn(self) -> BaseHTTPConnection:
        conn = super()._new_conn()
        if isinstance(conn, (_Connection, _TLSConnection)):
            conn.call = self.call
        return conn


class _TLSPool(HTTPSConnectionPool):
    ConnectionCls = _TLSConnection

    def __init__(self, *args: Any, call: Call, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.call = call

    def _new_conn(self) -> BaseHTTPSConnection:
        conn = super()._new_conn()
        if isinstance(conn, _TLSConnection):
            conn.call = self.call
        return conn


POOL_CLASSES = (_Pool, _TLSPool)
"""The connection pools fetch() uses (for cassette tests: vcrpy patches their
``ConnectionCls`` as it patches urllib3's own pools)."""


def _pools(call: Call) -> dict[str, type[HTTPConnectionPool]]:
    # PoolManager only calls these; partial carries this fetch's limits to its pools.
    return {
        "http": cast(type[HTTPConnectionPool], functools.partial(_Pool, call=call)),
        "https": cast(type[HTTPConnectionPool], functools.partial(_TLSPool, call=call)),
    }


class _Retry(Retry):
    def __init__(self, *args: Any, call: Call | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.call = call

    def new(self, **kw: Any) -> _Retry:
        kw.setdefault("call", self.call)
        return super().new(**kw)

    def increment(
        self,
        method: str | None = None,
        url: str | None = None,
        response: Any = None,
        error: Exception | None = None,
        _pool: Any = None,
        _stacktrace: Any = None,
    ) -> _Retry:
        if self.call is not None and self.call.expired:
            raise OutOfTime
        if error is not None and not _mendable(error):
            raise MaxRetryError(_pool, url or "", error) from error
        if self.call is not None:
            self.call.failures += 1
        return super().increment(method, url, response, error, _pool, _stacktrace)

    def sleep(self, response: Any = None) -> None:
        # 0.5 s, 1 s, 2 s...; the server's Retry-After when longer, up to the cap.
        delay = _FIRST_BACKOFF * 2 ** max(0, len(self.history) - 1)
        if response is not None:
            asked = _retry_after(response.headers.get("Retry-After"))
            if asked is not None:
                delay = max(delay, min(asked, RETRY_AFTER_CAP))
        if self.call is None:
            time.sleep(delay)
            return
        delay = min(delay, self.call.remaining())
        if delay > 0:
            self.call.pause(delay)


def _mendable(error: Exception) -> bool:
    """Whether another attempt may succeed: a failed connection (not a name that does
    not resolve) or one dropped before the answer."""
    if isinstance(error, NameResolutionError):
        return False
    return isinstance(error, (NewConnectionError, ConnectTimeoutError, ProtocolError))


class Adapter(HTTPAdapter):
    """requests' adapter with this fetch's pools and retries."""

    def __init__(self, call: Call, retries: int) -> None:
        self.call = call
        retry = _Retry(
            total=retries,
            connect=retries,
            read=retries,
            status=retries,
            other=0,
            redirect=False,
            status_forcelist=RETRY_STATUSES,
            allowed_methods=frozenset({"GET"}),
            raise_on_status=False,
            respect_retry_after_header=True,
            call=call,
        )
        super().__init__(max_retries=retry, pool_connections=4, pool_maxsize=4)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _pools(self.call)

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> urllib3.PoolManager:
        manager: urllib3.PoolManager = super().proxy_manager_for(proxy, **kwargs)
        if not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = _pools(self.call)
        return manager


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
