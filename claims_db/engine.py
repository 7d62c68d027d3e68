"""Opening a database: URL handling, SQLite connection settings, error messages."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.pool import StaticPool

from claims_db.errors import StoreError, one_line

DEFAULT_URL = "sqlite:///claims.db"

# Connection execution option asking for a write transaction (BEGIN IMMEDIATE on SQLite).
WRITE = "claims_db_write"


def normalize_url(url: str) -> URL:
    """Parse a database URL; a plain path such as ``claims.db`` means a SQLite file."""
    if "://" not in url:
        return URL.create("sqlite", database=url)
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"cannot open database: invalid database URL ({one_line(exc)})") from exc


def display_url(url: URL) -> str:
    """The URL as it may be shown to a user: with the password hidden."""
    return url.render_as_string(hide_password=True)


def sqlite_file(url: URL) -> str | None:
    """The file of a SQLite URL (None in memory, for a URI filename or another engine)."""
    if url.get_backend_name() != "sqlite" or _is_sqlite_memory(url):
        return None
    database = url.database or ""
    return None if database.startswith("file:") else database


def missing_sqlite_file(url: URL) -> bool:
    """Whether ``url`` names a SQLite file that does not exist (yet)."""
    path = sqlite_file(url)
    return path is not None and not os.path.exists(path)


def unwritable_sqlite_file(url: URL) -> bool:
    """Whether ``url`` names an existing SQLite file that this process cannot write: the
    file, or the folder where SQLite keeps its write-ahead log beside it, is read-only
    (a shared archive, a mounted snapshot)."""
    path = sqlite_file(url)
    if path is None or not os.path.exists(path):
        return False
    folder = os.path.dirname(os.path.abspath(path))
    return not (os.access(path, os.W_OK) and os.access(folder, os.W_OK))


def read_only_url(url: URL) -> URL:
    """``url`` (a SQLite file) opened read-only. Without a write-ahead log beside it the
    file is opened immutable: SQLite then needs neither the log nor its shared-memory
    file, which it could not create in a read-only folder. With a log (a writer that has
    not checkpointed yet), plain read-only mode reads it too."""
    path = os.path.abspath(sqlite_file(url) or "")
    query = {"mode": "ro", "uri": "true"}
    if not os.path.exists(path + "-wal"):
        query["immutable"] = "1"
    return URL.create("sqlite", database=f"file:{path}", query=query)


def _is_sqlite_memory(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def make_engine(url: URL, *, read_only: bool = False) -> Engine:
    """An engine for ``url``, with SQLite's settings applied on every connection;
    ``read_only`` (a SQLite URI in mode=ro) leaves the journal mode alone."""
    kwargs: dict[str, Any] = {}
    if _is_sqlite_memory(url):
        # One shared connection, or every connection would see its own empty database.
        kwargs["poolclass"] = StaticPool
        kwargs["connect_args"] = {"check_same_thread": False}
    elif url.get_backend_name() != "sqlite":
        # A server drops connections (a restart, an idle timeout, a proxy): each one is
        # tried before use and replaced if gone, so that a reviewer's next decision after
        # a long read does not fail on a dead connection.
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(url, **kwargs)
    except NoSuchModuleError as exc:
        raise StoreError(
            f"cannot open database {display_url(url)}: unknown database type {url.drivername!r}"
        ) from exc
    except ImportError as exc:
        raise StoreError(
            f"cannot open database {display_url(url)}: driver not installed ({one_line(exc)})"
        ) from exc
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, read_only=read_only)
    return engine


def _configure_sqlite(engine: Engine, *, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite opens transactions itself, but not before DDL, so a failed migration
        # would be half applied; we emit BEGIN ourselves (the recipe in SQLAlchemy's docs).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
            if not read_only:
                cursor.execute("PRAGMA journal_mode=WAL")
                # In WAL mode NORMAL cannot corrupt the database; it only lets a power
                # cut lose the last commits, and saves one fsync per article saved.
                cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A write transaction takes the write lock up front: a deferred one that reads
        # first fails with "database is locked" if another writer commits meanwhile.
        write = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@contextmanager
def transaction(engine: Engine, *, write: bool) -> Iterator[Connection]:
    """A connection inside one transaction: committed on success, rolled back on error."""
    with engine.connect() as connection:
        if write:
            connection.execution_options(**{WRITE: True})
        with connection.begin():
            yield connection


def describe_error(exc: BaseException, url: URL) -> str:
    """Why an operation on the database at ``url`` failed, in one line."""
    reason = one_line(exc, secret=url.password)
    if url.get_backend_name() == "sqlite":
        if "file is not a database" in reason:
            return "not a claims database (the file is not a SQLite database)"
        if "unable to open database file" in reason and url.database:
            folder = os.path.dirname(os.path.abspath(url.database))
            if not os.path.isdir(folder):
                return f"{reason} (folder {folder} does not exist)"
    return reason
