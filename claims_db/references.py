"""Sources, their references and the full-text search over them; claims' matches.

The SQL behind :class:`claims_db.store.Store`'s source and match methods, one function
per operation, each on an open session. Candidate search is BM25: SQLite FTS5's
``bm25()`` over the ``reference_fts`` index on SQLite; on PostgreSQL, a GIN full-text
index finds the references sharing a term and BM25 is computed here for the best of
them, from the same statistics.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
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

K1, B = 1.2, 0.75
# How many candidates the engine's own ranking passes on to be scored by BM25 here.
_POOL = 100
# How many of a query's commoner terms get a candidate query of their own.
_COMMON_TERMS = 4
# Up to this many postings in all, every reference holding a query term is scored.
_EXACT = 3000
_REFERENCE = ReferenceTable.__table__  # type: ignore[attr-defined]
_BATCH = 5000


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
        connection.execute(insert(_REFERENCE), rows[start : start + _BATCH])
    return len(rows)


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
    exclude_article: int | None,
    stats: tuple[int, float] | None = None,
    reviewed_only: bool = False,
) -> list[tuple[ReferenceRow, float]]:
    """The ``k`` references that best match the terms by BM25, best first.

    Candidates: every reference holding one of the rare query terms (those in fewer
    references than the pool), then for each commoner term its best references by the
    engine's own ranking (FTS5's ``bm25()`` on SQLite, ``ts_rank`` with length
    normalisation on PostgreSQL). Their BM25
    scores are computed here with the formula, idf and parameters of
    :mod:`claimcheck.bm25`'s in-memory index, so scores mean the same on every engine.
    """
    unique = list(dict.fromkeys(t for t in (x.lower() for x in terms) if _TERM.fullmatch(t)))
    if not unique or k <= 0:
        return []
    connection = session.connection()
    if reviewed_only and not searchable(session, True):
        return []
    where = Filter(exclude_article, reviewed_only)
    sqlite = connection.dialect.name == "sqlite"
    df = _frequencies(session, unique, sqlite)
    present = sorted((t for t in unique if df.get(t)), key=lambda t: (df[t], t))
    if not present:
        return []
    pool = max(_POOL, 3 * k)
    rows: dict[int, Any] = {}
    if sum(df[t] for t in present) <= _EXACT:
        # Few references hold any query term: score them all, exactly.
        present_rows = _candidates(connection, present, None, where)
        rows.update((r[0], r) for r in present_rows)
        present_all = True
    else:
        present_all = False
    rare: list[str] = [] if not present_all else list(present)
    for t in present if not present_all else ():
        if sum(df[r] for r in rare) + df[t] > pool:
            break
        rare.append(t)
    if rare and not present_all:
        rows.update((r[0], r) for r in _candidates(connection, rare, None, where))
    # Each commoner term brings its own best: for one term the engine's ranking is
    # BM25's (tf and length), whatever idf it uses; a sum's best are among the union.
    # The commonest terms weigh least: past a few, they bring nothing new.
    for t in present[len(rare) : len(rare) + _COMMON_TERMS]:
        rows.update((r[0], r) for r in _candidates(connection, [t], pool, where))
    if not rows:
        return []
    if stats is None:
        stats = corpus_stats(session)
    n, average = stats
    idf = {t: _idf(df[t], n) for t in present}
    scored = []
    for ref_id, terms_text, length in rows.values():
        counts: dict[str, int] = {}
        for word in terms_text.split():
            if word in idf:
                counts[word] = counts.get(word, 0) + 1
        norm = K1 * (1 - B + B * length / average)
        # Summed in the query's order for every reference: equal scores stay equal.
        score = sum(idf[t] * c * (K1 + 1) / (c + norm) for t in present if (c := counts.get(t)))
        if score > 0:
            scored.append((score, ref_id))
    scored.sort(key=lambda p: (-p[0], p[1]))
    best = scored[:k]
    # Only the best are read in full.
    full = _rows(connection, [ref_id for _, ref_id in best])
    return _with_status(session, [(full[ref_id], score) for score, ref_id in best])


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


def _candidates(
    connection: Any, terms: list[str], limit: int | None, where: Filter
) -> list[Row[Any]]:
    """References holding any of the terms: all of them, or the engine's best ``limit``."""
    params: dict[str, Any] = {"article": where.exclude_article, "limit": limit}
    exclude = where.sql()
    if connection.dialect.name == "sqlite":
        params["query"] = " OR ".join(f'"{t}"' for t in terms)
        sql = (
            "SELECT r.id, r.terms, r.length FROM reference_fts "
            "JOIN reference r ON r.id = reference_fts.rowid "
            f"WHERE reference_fts MATCH :query{exclude}"
            + (" ORDER BY bm25(reference_fts) LIMIT :limit" if limit else "")
        )
    else:
        params["query"] = " | ".join(terms)
        vector, query = "to_tsvector('simple', r.terms)", "to_tsquery('simple', :query)"
        sql = (
            f"SELECT r.id, r.terms, r.length FROM reference r WHERE {vector} @@ {query}{exclude}"
            + (f" ORDER BY ts_rank({vector}, {query}, 1) DESC LIMIT :limit" if limit else "")
        )
    return list(connection.execute(text(sql), params).all())


def _idf(df: int, n: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def _frequencies(session: Session, terms: list[str], sqlite: bool) -> dict[str, int]:
    """How many references contain each term."""
    connection = session.connection()
    if sqlite:
        marks = ", ".join(f":t{i}" for i in range(len(terms)))
        rows = connection.execute(
            text(f"SELECT term, doc FROM reference_vocab WHERE term IN ({marks})"),
            {f"t{i}": t for i, t in enumerate(terms)},
        ).all()
        return {term: int(doc) for term, doc in rows}
    return {
        t: int(
            connection.execute(
                text(
                    "SELECT count(*) FROM reference "
                    "WHERE to_tsvector('simple', terms) @@ to_tsquery('simple', :t)"
                ),
                {"t": t},
            ).scalar_one()
        )
        for t in terms
    }


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
