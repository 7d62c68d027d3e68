"""Sources, their references and the full-text search over them; claims' matches.

The SQL behind :class:`claims_db.store.Store`'s source and match methods, one function
per operation, each on an open session. Candidate search is BM25: SQLite FTS5's
``reference_fts`` index and its vocabulary on SQLite; on PostgreSQL, a GIN index over
the stored tsvector and the ``reference_vocab`` counts migration 4 keeps. BM25 itself
is computed here, from the same statistics on both.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from itertools import combinations
from typing import Any, NamedTuple

from sqlalchemy import Row, delete, func, insert, text
from sqlmodel import Session, col, select

from claims_db.errors import StoreError
from claims_db.tables import ClaimMatchTable, ClaimTable, ReferenceTable, SourceTable, utc_now
from claims_db.values import (
    DEFAULT_STATUS,
    MatchIn,
    MatchRow,
    ReferenceIn,
    ReferenceRow,
    SourceRow,
)


class Bm25(NamedTuple):
    """BM25's parameters, as the caller ranks (claimcheck's in-memory index uses the
    same, so that scores mean the same in memory and on every engine)."""

    k1: float
    b: float


# How many candidates the engine's own ranking passes on to be scored by BM25 here.
_POOL = 300
# Up to this many postings in all, every reference holding the rarest terms is scored.
_EXACT = 5000
# How many of the commoner terms are paired ("holds two of them") in step 2.
_PAIRED = 8
# An advisory lock key of its own ("refs"), apart from the migrations' one.
_REFERENCES_LOCK = 0x72656673
_REFERENCE = ReferenceTable.__table__  # type: ignore[attr-defined]
_BATCH = 5000
# The columns insert_references writes, with their PostgreSQL array types.
_INSERTED = {
    "source_id": "integer",
    "ref_id": "text",
    "text": "text",
    "extra": "text",
    "terms": "text",
    "length": "integer",
    "kind": "text",
    "title": "text",
    "published": "date",
    "claim_date": "date",
    "url": "text",
    "rating": "text",
    "publisher": "text",
    "claimant": "text",
    "path": "text",
    "claim_id": "integer",
}
_INSERT_UNNEST = text(
    f"INSERT INTO reference ({', '.join(_INSERTED)}) SELECT * FROM unnest("
    + ", ".join(f"CAST(:{c} AS {t}[])" for c, t in _INSERTED.items())
    + ")"
)

_DELETE_UNNEST = text(
    "DELETE FROM reference r USING unnest(CAST(:ids AS text[])) AS gone(ref_id) "
    "WHERE r.source_id = :source AND r.ref_id = gone.ref_id"
)


def source_row(record: SourceTable) -> SourceRow:
    assert record.id is not None
    return SourceRow(
        id=record.id,
        name=record.name,
        spec=record.spec,
        options=dict(record.options),
        reference_count=record.reference_count,
        problems=tuple(record.problems),
        added_at=record.added_at,
        refreshed_at=record.refreshed_at,
    )


def lock_references(session: Session) -> None:
    """On PostgreSQL, one writer of references at a time (until the transaction ends).

    Each statement's trigger locks the counts of its terms in sorted order, but a
    writer of many statements (a large source) takes them in several runs; a second
    writer between two runs could wait on the first while holding what it needs, a
    deadlock. Writers queue instead. SQLite has one writer anyway."""
    if session.connection().dialect.name == "postgresql":
        session.connection().execute(
            text("SELECT pg_advisory_xact_lock(:key)"), {"key": _REFERENCES_LOCK}
        )


def find_source(session: Session, name: str) -> SourceTable | None:
    return session.exec(select(SourceTable).where(SourceTable.name == name)).first()


def insert_references(session: Session, source_id: int, references: Sequence[ReferenceIn]) -> int:
    """Insert references in batches; a repeated ``ref_id`` keeps the first."""
    seen: set[str] = set()
    rows = []
    for r in references:
        if r.ref_id in seen:
            continue
        seen.add(r.ref_id)
        rows.append(
            {
                "source_id": source_id,
                "ref_id": r.ref_id,
                "text": r.text,
                "extra": r.extra,
                "terms": (terms := normal_terms(r.terms)),
                "length": len(terms.split()),
                "kind": r.kind,
                "title": r.title,
                "published": r.published,
                "claim_date": r.claim_date,
                "url": r.url,
                "rating": r.rating,
                "publisher": r.publisher,
                "claimant": r.claimant,
                "path": r.path,
                "claim_id": r.claim_id,
            }
        )
    connection = session.connection()
    for start in range(0, len(rows), _BATCH):
        batch = rows[start : start + _BATCH]
        if connection.dialect.name == "postgresql":
            # One statement for the batch: psycopg's executemany sends a statement a
            # row, and the term counts' statement trigger would run once a row (a
            # 50,000-row source took 94 s instead of 4 s); columns as arrays, because a
            # multi-row VALUES costs SQLAlchemy more to compile than the server to run.
            connection.execute(_INSERT_UNNEST, {c: [r[c] for r in batch] for c in _INSERTED})
        else:
            connection.execute(insert(_REFERENCE), batch)
    return len(rows)


def delete_references(session: Session, source_id: int, ref_ids: Sequence[str]) -> int:
    """Delete the source's references with these ids; how many there were."""
    connection = session.connection()
    removed = 0
    for start in range(0, len(ref_ids), 500):
        chunk = list(ref_ids[start : start + 500])
        if connection.dialect.name == "postgresql":
            # A join with the ids, not ``IN (...)``: planned on a table whose statistics
            # are not yet current (a source growing in one transaction), ``IN`` became a
            # filter comparing every row with every id (1 s a statement at 50,000 rows);
            # a join is at worst a hash join, linear.
            result = connection.execute(_DELETE_UNNEST, {"ids": chunk, "source": source_id})
        else:
            result = connection.execute(
                delete(ReferenceTable).where(
                    col(ReferenceTable.source_id) == source_id,
                    col(ReferenceTable.ref_id).in_(chunk),
                )
            )
        removed += max(result.rowcount, 0)
    return removed


def replace_references(
    session: Session, source: SourceTable, references: Sequence[ReferenceIn], problems: list[str]
) -> SourceRow:
    assert source.id is not None
    session.exec(delete(ReferenceTable).where(col(ReferenceTable.source_id) == source.id))
    source.reference_count = insert_references(session, source.id, references)
    source.problems = problems
    source.refreshed_at = utc_now()
    session.add(source)
    session.flush()
    return source_row(source)


def add_source(
    session: Session,
    name: str,
    spec: str,
    options: dict[str, Any],
    references: Sequence[ReferenceIn],
    problems: Sequence[str],
) -> SourceRow:
    if find_source(session, name) is not None:
        raise StoreError(f"a source named {name!r} is already registered (refresh or remove it)")
    record = SourceTable(name=name, spec=spec, options=options, problems=list(problems))
    session.add(record)
    session.flush()
    return replace_references(session, record, references, list(problems))


_TERM = re.compile(r"[a-z0-9]+")


def normal_terms(terms: str) -> str:
    """Index terms as stored and searched: lower-case ``[a-z0-9]+`` words, so that the
    full-text index's counts and the scores computed here agree."""
    return " ".join(_TERM.findall(terms.lower()))


def searchable(session: Session, reviewed_only: bool) -> bool:
    """Whether any reference could be found (reviewed claims only, if asked)."""
    sql = _ANY_SEARCHABLE if reviewed_only else "SELECT EXISTS (SELECT 1 FROM reference)"
    return bool(session.connection().execute(text(sql)).scalar())


def corpus_stats(session: Session) -> tuple[int, float]:
    """How many references there are, and their average length in terms (for BM25)."""
    n, average = (
        session.connection()
        .execute(text("SELECT count(*), coalesce(avg(length), 1) FROM reference"))
        .one()
    )
    return int(n), float(average or 1)


def search(
    session: Session,
    terms: Sequence[str],
    k: int,
    bm25: Bm25,
    exclude_article: int | None,
    stats: tuple[int, float] | None = None,
    reviewed_only: bool = False,
) -> list[tuple[ReferenceRow, float]]:
    """The ``k`` references that best match the terms by BM25, best first.

    Scores are computed here with the formula and idf of claimcheck's in-memory index
    (:mod:`claimcheck.matching.bm25`) and the caller's parameters, so they mean the
    same on every engine.
    Candidates come from the engine's full-text index (FTS5 on SQLite, GIN over a
    stored tsvector on PostgreSQL), in two steps, as max-score retrieval does:

    1. every reference holding one of the query's rarest terms (up to ``_EXACT``
       postings in all) is scored; the ``k``-th best score is the bar;
    2. a reference holding none of those terms scores at most the sum of the other
       terms' bounds (idf times ``k1 + 1``). When that sum is under the bar, step 1's
       best are exact. Otherwise the references that could pass it are those holding
       a term whose bound alone passes it, or two of the others; the engine's own
       ranking picks the best of those (FTS5's ``bm25()``, or ``ts_rank``).
    """
    unique = list(dict.fromkeys(t for t in (x.lower() for x in terms) if _TERM.fullmatch(t)))
    if not unique or k <= 0:
        return []
    connection = session.connection()
    if reviewed_only and not searchable(session, True):
        return []
    where = Filter(exclude_article, reviewed_only)
    df = _frequencies(connection, unique)
    present = sorted((t for t in unique if df.get(t)), key=lambda t: (df[t], t))
    if not present:
        return []
    n, average = stats if stats is not None else corpus_stats(session)
    idf = {t: _idf(df[t], n) for t in present}
    rare = present[:1]
    for t in present[1:]:
        if sum(df[r] for r in rare) + df[t] > _EXACT:
            break
        rare.append(t)
    scored = _scores(_candidates(connection, rare, where), idf, present, average, bm25)
    rest = present[len(rare) :]
    bound = {t: idf[t] * (bm25.k1 + 1) for t in rest}
    ranked = sorted(scored.values(), reverse=True)
    bar = ranked[k - 1] if len(ranked) >= k else 0.0
    if rest and sum(bound.values()) > bar:
        alone = [t for t in rest if bound[t] > bar]
        # The commonest terms weigh least: past a few, their pairs bring nothing new.
        paired = [t for t in rest if bound[t] <= bar][:_PAIRED]
        groups: list[tuple[str, ...]] = [(t,) for t in alone]
        groups += combinations(paired, 2)
        if groups:
            found = _ranked(connection, groups, max(_POOL, 3 * k), where)
            scored.update(_scores(found, idf, present, average, bm25))
    best = sorted(((score, ref_id) for ref_id, score in scored.items() if score > 0), key=_order)
    best = best[:k]
    # Only the best are read in full.
    full = _rows(connection, [ref_id for _, ref_id in best])
    return _with_status(session, [(full[ref_id], score) for score, ref_id in best])


def _order(pair: tuple[float, int]) -> tuple[float, int]:
    return -pair[0], pair[1]


def _scores(
    rows: Sequence[Row[Any]],
    idf: dict[str, float],
    present: list[str],
    average: float,
    bm25: Bm25,
) -> dict[int, float]:
    """BM25 of each (id, terms, length) row for the query terms ``present``."""
    out = {}
    k1, b = bm25
    for row in rows:
        ref_id, terms_text, length = tuple(row)
        counts: dict[str, int] = {}
        for word in terms_text.split():
            if word in idf:
                counts[word] = counts.get(word, 0) + 1
        norm = k1 * (1 - b + b * length / average)
        # Summed in the query's order for every reference: equal scores stay equal.
        out[ref_id] = sum(
            idf[t] * c * (k1 + 1) / (c + norm) for t in present if (c := counts.get(t))
        )
    return out


def _rows(connection: Any, ids: list[int]) -> dict[int, ReferenceRow]:
    if not ids:
        return {}
    marks = ", ".join(f":i{i}" for i in range(len(ids)))
    sql = (
        f"SELECT {_COLUMNS} FROM reference r JOIN source s ON s.id = r.source_id "
        f"WHERE r.id IN ({marks})"
    )
    found = connection.execute(text(sql), {f"i{i}": v for i, v in enumerate(ids)}).all()
    return {row[0]: _row(row) for row in found}


class Filter(NamedTuple):
    """Which references a search leaves out: an article's own claims, and (for bulk
    runs) stored claims that nobody has reviewed yet."""

    exclude_article: int | None
    reviewed_only: bool

    def sql(self) -> str:
        out = _EXCLUDE if self.exclude_article is not None else ""
        return out + (_REVIEWED if self.reviewed_only else "")


def _candidates(connection: Any, terms: list[str], where: Filter) -> list[Row[Any]]:
    """Every reference holding any of the terms, as (id, terms, length)."""
    params: dict[str, Any] = {"article": where.exclude_article}
    if connection.dialect.name == "sqlite":
        params["query"] = " OR ".join(f'"{t}"' for t in terms)
        sql = (
            "SELECT r.id, r.terms, r.length FROM reference_fts "
            "JOIN reference r ON r.id = reference_fts.rowid "
            f"WHERE reference_fts MATCH :query{where.sql()}"
        )
    else:
        params["query"] = " | ".join(terms)
        sql = (
            "SELECT r.id, r.terms, r.length FROM reference r "
            f"WHERE r.tsv @@ to_tsquery('simple', :query){where.sql()}"
        )
    return list(connection.execute(text(sql), params).all())


def _ranked(
    connection: Any, groups: list[tuple[str, ...]], limit: int, where: Filter
) -> list[Row[Any]]:
    """The engine's best ``limit`` references holding every term of any group."""
    params: dict[str, Any] = {"article": where.exclude_article, "limit": limit}
    if connection.dialect.name == "sqlite":
        params["query"] = " OR ".join(
            "(" + " AND ".join(f'"{t}"' for t in group) + ")" for group in groups
        )
        if where.sql():
            sql = (
                "SELECT r.id, r.terms, r.length FROM reference_fts "
                "JOIN reference r ON r.id = reference_fts.rowid "
                f"WHERE reference_fts MATCH :query{where.sql()} "
                "ORDER BY bm25(reference_fts) LIMIT :limit"
            )
        else:
            # Ranked inside the full-text index alone: joining every match to its row
            # before the limit costs a lookup per match.
            sql = (
                "SELECT r.id, r.terms, r.length FROM (SELECT rowid AS id FROM reference_fts "
                "WHERE reference_fts MATCH :query ORDER BY bm25(reference_fts) LIMIT :limit) f "
                "JOIN reference r ON r.id = f.id"
            )
    else:
        params["query"] = " | ".join("(" + " & ".join(group) + ")" for group in groups)
        query = "to_tsquery('simple', :query)"
        sql = (
            f"SELECT r.id, r.terms, r.length FROM reference r WHERE r.tsv @@ {query}"
            f"{where.sql()} ORDER BY ts_rank(r.tsv, {query}, 1) DESC LIMIT :limit"
        )
    return list(connection.execute(text(sql), params).all())


def _idf(df: int, n: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def _frequencies(connection: Any, terms: list[str]) -> dict[str, int]:
    """How many references contain each term: FTS5's vocabulary table on SQLite, the
    one migration 4 keeps by trigger on PostgreSQL."""
    marks = ", ".join(f":t{i}" for i in range(len(terms)))
    rows = connection.execute(
        text(f"SELECT term, doc FROM reference_vocab WHERE term IN ({marks})"),
        {f"t{i}": t for i, t in enumerate(terms)},
    ).all()
    return {term: int(doc) for term, doc in rows}


_COLUMNS = (
    "r.id, r.source_id, s.name, r.ref_id, r.text, r.kind, r.extra, r.title, r.published, "
    "r.claim_date, r.url, r.rating, r.publisher, r.claimant, r.path, r.claim_id"
)
_REVIEWED = (
    " AND (r.claim_id IS NULL OR r.claim_id IN "
    "(SELECT c.id FROM claim c WHERE c.status <> 'unreviewed'))"
)
_ANY_SEARCHABLE = (
    "SELECT EXISTS (SELECT 1 FROM reference WHERE claim_id IS NULL) "
    "OR EXISTS (SELECT 1 FROM claim WHERE status <> 'unreviewed')"
)
_EXCLUDE = (
    " AND (r.claim_id IS NULL OR r.claim_id NOT IN "
    "(SELECT c.id FROM claim c WHERE c.article_id = :article))"
)


def _row(row: Row[Any]) -> ReferenceRow:
    r: Sequence[Any] = tuple(row)
    return ReferenceRow(
        id=r[0],
        source_id=r[1],
        source=r[2],
        ref_id=r[3],
        text=r[4],
        kind=r[5],
        extra=r[6],
        title=r[7],
        published=_date(r[8]),
        claim_date=_date(r[9]),
        url=r[10],
        rating=r[11],
        publisher=r[12],
        claimant=r[13],
        path=r[14],
        claim_id=r[15],
    )


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _with_status(
    session: Session, found: list[tuple[ReferenceRow, float]]
) -> list[tuple[ReferenceRow, float]]:
    """Stored claims carry their review status as their rating once they have one."""
    ids = [r.claim_id for r, _ in found if r.claim_id is not None]
    if not ids:
        return found
    statuses = dict(
        session.exec(
            select(ClaimTable.id, ClaimTable.status).where(col(ClaimTable.id).in_(ids))
        ).all()
    )
    out = []
    for row, score in found:
        status = statuses.get(row.claim_id) if row.claim_id is not None else None
        if status and status != DEFAULT_STATUS:
            row = ReferenceRow(**{**_asdict(row), "rating": status})
        out.append((row, score))
    return out


def _asdict(row: ReferenceRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in ReferenceRow.__slots__}


def save_matches(session: Session, claim_id: int, matches: Sequence[MatchIn]) -> None:
    """The claim's matches, replacing those of an earlier check."""
    session.exec(delete(ClaimMatchTable).where(col(ClaimMatchTable.claim_id) == claim_id))
    now = utc_now()
    for rank, m in enumerate(matches):
        session.add(
            ClaimMatchTable(
                claim_id=claim_id,
                rank=rank,
                source=m.source,
                ref_id=m.ref_id,
                kind=m.kind,
                text=m.text,
                score=m.score,
                relation=m.relation,
                confident=m.confident,
                reasons=list(m.reasons),
                detail=dict(m.detail),
                created_at=now,
            )
        )


def matches_of(session: Session, claim_ids: Sequence[int]) -> dict[int, list[MatchRow]]:
    out: dict[int, list[MatchRow]] = {i: [] for i in claim_ids}
    if not claim_ids:
        return out
    records = session.exec(
        select(ClaimMatchTable)
        .where(col(ClaimMatchTable.claim_id).in_(claim_ids))
        .order_by(col(ClaimMatchTable.claim_id), col(ClaimMatchTable.rank))
    ).all()
    for m in records:
        assert m.id is not None
        out[m.claim_id].append(
            MatchRow(
                id=m.id,
                claim_id=m.claim_id,
                rank=m.rank,
                source=m.source,
                ref_id=m.ref_id,
                kind=m.kind,
                text=m.text,
                score=m.score,
                relation=m.relation,
                confident=m.confident,
                reasons=tuple(m.reasons),
                detail=dict(m.detail),
                decision=m.decision,
                created_at=m.created_at,
            )
        )
    return out


def count_references(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(ReferenceTable)).one())
