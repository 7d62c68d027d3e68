"""The storage layer's own exception family, independent of the claimcheck core.

Every message is one line a user can act on; the core maps :class:`StoreError` to its
own error type.
"""

from __future__ import annotations


class StoreError(Exception):
    """The claims database refused or failed an operation. ``retryable`` is True when
    another writer got there first (the same text or row stored meanwhile): the same
    operation tried again sees their row."""

    retryable = False


class SchemaVersionError(StoreError):
    """The database was written by a newer claims_db with migrations this code does not know."""


def one_line(exc: BaseException, *, secret: str | None = None) -> str:
    """The first meaningful line of an exception, for a :class:`StoreError` message.

    SQLAlchemy errors carry the driver's exception in ``orig``; their own text appends
    the SQL, the parameters and a link, which users do not need. ``secret`` (a database
    password) is masked if a driver ever echoes it.
    """
    orig = getattr(exc, "orig", None)
    base = orig if isinstance(orig, BaseException) else exc
    lines = [line.strip() for line in str(base).splitlines() if line.strip()]
    message = lines[0] if lines else type(base).__name__
    if secret:
        message = message.replace(secret, "***")
    return message
