"""Inserting many rows at once, cheaply.

SQLAlchemy builds each execution's parameters row by row with its type processors and
caches; for an article's sentences, slots and index entries that cost more than SQLite
spent storing them (1.7 ms an article, most of the store's time in a folder ingest). On
SQLite an :class:`Insert` compiles its statement once and converts each row with the
same processors SQLAlchemy uses (so values are stored exactly as it would store them),
then hands the rows to the driver in one call. Other engines take the Core path.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.exc import StatementError

# SQLite takes at most 32,766 parameters a statement.
_MOST_PARAMETERS = 30_000


class Insert:
    """``INSERT INTO table (columns)``, optionally ``RETURNING`` some columns."""

    def __init__(self, table: Table, columns: Sequence[str], returning: Sequence[str] = ()):
        self.table = table
        self.columns = tuple(columns)
        self.returning = tuple(returning)
        self._processors: dict[str, list[Callable[[Any], Any] | None]] = {}

    def run(self, connection: Connection, rows: Sequence[Mapping[str, Any]]) -> list[Any]:
        """Insert the rows (a missing column is NULL); the returned columns of each row
        inserted (in no promised order), or [] without ``returning``."""
        if not rows:
            return []
        if connection.dialect.name != "sqlite":
            statement = insert(self.table)
            if self.returning:
                result = connection.execute(
                    statement.returning(*(self.table.c[c] for c in self.returning)),
                    [dict(r) for r in rows],
                )
                return list(result)
            connection.execute(statement, [dict(r) for r in rows])
            return []
        convert = self._row_converter(connection)
        try:
            values = [convert(row) for row in rows]
        except (TypeError, ValueError) as exc:  # as SQLAlchemy reports a value it cannot bind
            raise StatementError(str(exc), f"INSERT INTO {self.table.name}", None, exc) from exc
        names = ", ".join(f'"{c}"' for c in self.columns)
        one = "(" + ", ".join("?" * len(self.columns)) + ")"
        if not self.returning:
            connection.exec_driver_sql(
                f'INSERT INTO "{self.table.name}" ({names}) VALUES {one}', values
            )
            return []
        out: list[Any] = []
        per_statement = max(1, _MOST_PARAMETERS // len(self.columns))
        back = ", ".join(f'"{c}"' for c in self.returning)
        for start in range(0, len(values), per_statement):
            chunk = values[start : start + per_statement]
            sql = (
                f'INSERT INTO "{self.table.name}" ({names}) VALUES '
                + ", ".join([one] * len(chunk))
                + f" RETURNING {back}"
            )
            flat = tuple(v for row in chunk for v in row)
            out += connection.exec_driver_sql(sql, flat).all()
        return out

    def _row_converter(
        self, connection: Connection
    ) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
        dialect = connection.dialect
        processors = self._processors.get(dialect.name)
        if processors is None:
            processors = [
                self.table.c[c].type.dialect_impl(dialect).bind_processor(dialect)
                for c in self.columns
            ]
            self._processors[dialect.name] = processors
        pairs = list(zip(self.columns, processors))

        def convert(row: Mapping[str, Any]) -> tuple[Any, ...]:
            out = []
            for name, process in pairs:
                value = row.get(name)
                out.append(process(value) if process is not None and value is not None else value)
            return tuple(out)

        return convert
