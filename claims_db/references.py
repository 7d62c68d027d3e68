"""Sources, their references and the full-text search over them; claims' matches.

The SQL behind :class:`claims_db.store.Store`'s source and match methods, one function
per operation, each on an open session. Candidate search is BM25: SQLite FTS5's
``reference_fts`` index and its vocabulary on SQLite; on PostgreSQL, a GIN index over
the stored tsvector and the ``reference_vocab`` counts migration 4 keeps. BM25 itself
is computed here, from the same statistics on both.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import combinations
from typing import Any, NamedTuple

from sqlalchemy import Row, delete, func, insert, text
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from claims_db.bulk import Insert
from claims_db.errors import StoreError
from claims_db.tables import ClaimRecord, MatchRecord, ReferenceRecord, SourceRecord, utc_now
from claims_db.values import DEFAULT_STATUS, checked


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
_REFERENCE = ReferenceRecord.__table__  # type: ignore[attr-defined]
_MATCH = MatchRecord.__table__  # type: ignore[attr-defined]
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
_INSERT_REFERENCES = Insert(_REFERENCE, list(_INSERTED))
_INSERT_UNNEST = text(
    f"INSERT INTO reference ({', '.join(_INSERTED)}) SELECT * FROM unnest("
    + ", ".join(f"CAST(:{c} AS {t}[])" for c, t in _INSERTED.items())
    + ")"
)

_DELETE_UNNEST = text(
    "DELETE FROM reference r USING unnest(CAST(:ids AS text[])) AS gone(ref_id) "
    "WHERE r.source_id = :source AND r.ref_id = gone.ref_id"
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


def find_source(session: Session, name: str) -> SourceRecord | None:
    return session.exec(select(SourceRecord).where(SourceRecord.name == name)).first()


def source_id(session: Session, name: str) -> int | None:
    """The id of the source with this name (a cheaper read than the whole record)."""
    found = session.connection().execute(_SOURCE_ID, {"name": name}).scalar()
    return int(found) if found is not None else None


_SOURCE_ID = text("SELECT id FROM source WHERE name = :name")
COUNT_ADDED = text(
    "UPDATE source SET reference_count = reference_count + :added WHERE id = :id "
    "RETURNING reference_count"
)


# What a caller gives for a reference: its columns but the ids, the source (the store's)
# and the length (counted from the terms). ``terms`` are the words it is found by, the
# caller's normalised index terms separated by spaces.
_REFERENCE_INPUT = frozenset(_INSERTED) - {"source_id", "length"}
_MATCH_INPUT = frozenset("source ref_id kind text score relation confident reasons detail".split())


def insert_references(
    session: Session, source_id: int, references: Sequence[Mapping[str, Any]]
) -> int:
    """Insert references in batches; a repeated ``ref_id`` keeps the first."""
    seen: set[str] = set()
    rows = []
    for r in checked(references, _REFERENCE_INPUT, "reference"):
        if r["ref_id"] in seen:
            continue
        seen.add(r["ref_id"])
        terms = normal_terms(r["terms"])
        row = dict.fromkeys(_INSERTED)
        row.update(r, source_id=source_id, terms=terms, length=len(terms.split()))
        rows.append(row)
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
            _INSERT_REFERENCES.run(connection, batch)
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
                delete(ReferenceRecord).where(
                    col(ReferenceRecord.source_id) == source_id,
                    col(ReferenceRecord.ref_id).in_(chunk),
                )
            )
        removed += max(result.rowcount, 0)
    return removed


def replace_references(
    session: Session,
    source: SourceRecord,
    references: Sequence[Mapping[str, Any]],
    problems: list[str],
) -> SourceRecord:
    assert source.id is not None
    session.exec(delete(ReferenceRecord).where(col(ReferenceRecord.source_id) == source.id))
    source.reference_count = insert_references(session, source.id, references)
    source.problems = problems
    source.refreshed_at = utc_now()
    session.add(source)
    session.flush()
    return source


def add_source(
    session: Session,
    name: str,
    spec: str,
    options: dict[str, Any],
    references: Sequence[Mapping[str, Any]],
    problems: Sequence[str],
) -> SourceRecord:
    if find_source(session, name) is not None:
        raise StoreError(f"a source named {name!r} is already registered (refresh or remove it)")
    record = SourceRecord(name=name, spec=spec, options=options, problems=list(problems))
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
    exclude_key: str | None = None,
) -> list[tuple[ReferenceRecord, float]]:
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
    where = Filter(exclude_article, reviewed_only, exclude_key)
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
    full = _records(session, [ref_id for _, ref_id in best])
    return [(full[ref_id], score) for score, ref_id in best]


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
        if len(terms_text) > _LONG_TERMS:
            counts = _term_counts(terms_text)
        else:
            counts = {}
            for word in terms_text.split():
                if word in idf:
                    counts[word] = counts.get(word, 0) + 1
        norm = k1 * (1 - b + b * length / average)
        # Summed in the query's order for every reference: equal scores stay equal.
        out[ref_id] = sum(
            idf[t] * c * (k1 + 1) / (c + norm) for t in present if (c := counts.get(t))
        )
    return out


# A reference's terms longer than this (a whole report in one field) are counted once
# and the counts kept for the next claims: every claim of an article meets it again.
_LONG_TERMS = 20_000


@lru_cache(maxsize=32)
def _term_counts(terms_text: str) -> dict[str, int]:
    return Counter(terms_text.split())


def _records(session: Session, ids: list[int]) -> dict[int, ReferenceRecord]:
    """The references with these ids, each with its source, and a stored claim with its
    review status as its rating once it has one."""
    if not ids:
        return {}
    found = session.exec(
        select(ReferenceRecord, SourceRecord, ClaimRecord.status)
        .join(SourceRecord, col(SourceRecord.id) == col(ReferenceRecord.source_id))
        .outerjoin(ClaimRecord, col(ClaimRecord.id) == col(ReferenceRecord.claim_id))
        .where(col(ReferenceRecord.id).in_(ids))
    ).all()
    out = {}
    for record, source, status in found:
        # Set as loaded, not as changes: nothing here is written back.
        set_committed_value(record, "source", source)
        if status and status != DEFAULT_STATUS:
            set_committed_value(record, "rating", status)
        out[_id(record.id)] = record
    return out


def _id(value: int | None) -> int:
    assert value is not None
    return value


class Filter(NamedTuple):
    """Which references a search leaves out: an article's own claims, the claims of
    every version of it (articles with the same ``source_key``), and (for bulk runs)
    stored claims that nobody has reviewed yet."""

    exclude_article: int | None
    reviewed_only: bool
    exclude_key: str | None = None

    def sql(self) -> str:
        out = _EXCLUDE if self.exclude_article is not None else ""
        out += _EXCLUDE_VERSIONS if self.exclude_key is not None else ""
        return out + (_REVIEWED if self.reviewed_only else "")

    def params(self) -> dict[str, Any]:
        return {"article": self.exclude_article, "key": self.exclude_key}


def _candidates(connection: Any, terms: list[str], where: Filter) -> list[Row[Any]]:
    """Every reference holding any of the terms, as (id, terms, length)."""
    params: dict[str, Any] = where.params()
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
    params: dict[str, Any] = {**where.params(), "limit": limit}
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


# "Reviewed" as two ranges either side of 'unreviewed', which the index on status
# answers with a seek each; "<> 'unreviewed'" scanned the whole index (1.4 ms at 40,000
# claims, asked once an article).
_IS_REVIEWED = "(c.status < 'unreviewed' OR c.status > 'unreviewed')"
_REVIEWED = (
    f" AND (r.claim_id IS NULL OR r.claim_id IN (SELECT c.id FROM claim c WHERE {_IS_REVIEWED}))"
)
_ANY_SEARCHABLE = (
    "SELECT EXISTS (SELECT 1 FROM reference WHERE claim_id IS NULL) "
    "OR EXISTS (SELECT 1 FROM claim c WHERE c.status < 'unreviewed') "
    "OR EXISTS (SELECT 1 FROM claim c WHERE c.status > 'unreviewed')"
)
_EXCLUDE = (
    " AND (r.claim_id IS NULL OR r.claim_id NOT IN "
    "(SELECT c.id FROM claim c WHERE c.article_id = :article))"
)
_EXCLUDE_VERSIONS = (
    " AND (r.claim_id IS NULL OR r.claim_id NOT IN "
    "(SELECT c.id FROM claim c JOIN article a ON a.id = c.article_id WHERE a.source_key = :key))"
)


def lock_claims(session: Session, claim_ids: Iterable[int]) -> None:
    """Lock the claims' rows until commit, in id order (no deadlock between two
    writers), before their matches are replaced: a second check of the same article
    then waits, and its delete sees the first one's rows (on PostgreSQL it would read
    the old rows, delete nothing and hit the unique rank on insert). SQLite's write
    transaction already holds the whole database."""
    if session.get_bind().dialect.name == "sqlite":
        return
    ids = sorted(set(claim_ids))
    for start in range(0, len(ids), 500):
        session.exec(
            select(ClaimRecord.id)
            .where(col(ClaimRecord.id).in_(ids[start : start + 500]))
            .order_by(col(ClaimRecord.id))
            .with_for_update()
        ).all()


def save_matches(
    session: Session, claim_id: int, matches: Sequence[Mapping[str, Any]], replace: bool = True
) -> None:
    """The claim's matches, ranked in the order given, replacing those of an earlier
    check (a new claim has none to replace)."""
    rows = checked(matches, _MATCH_INPUT, "match")
    connection = session.connection()
    if replace:
        connection.execute(delete(_MATCH).where(_MATCH.c.claim_id == claim_id))
    if rows:
        now = utc_now()
        connection.execute(
            insert(_MATCH),
            [
                {
                    "reasons": [],
                    "detail": {},
                    **m,
                    "claim_id": claim_id,
                    "rank": rank,
                    "created_at": now,
                }
                for rank, m in enumerate(rows)
            ],
        )


def matches_of(session: Session, claim_ids: Sequence[int]) -> dict[int, list[MatchRecord]]:
    out: dict[int, list[MatchRecord]] = {i: [] for i in claim_ids}
    for start in range(0, len(claim_ids), 500):
        records = session.exec(
            select(MatchRecord)
            .where(col(MatchRecord.claim_id).in_(list(claim_ids[start : start + 500])))
            .order_by(col(MatchRecord.claim_id), col(MatchRecord.rank))
        ).all()
        for m in records:
            out[m.claim_id].append(m)
    return out


def count_references(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(ReferenceRecord)).one())
