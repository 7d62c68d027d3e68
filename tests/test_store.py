"""The storage layer: migrations, schema, saving and reading, errors."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, Engine, UniqueConstraint, inspect, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

import claims_db.articles
from claims_db import (
    MIGRATIONS,
    SCHEMA_VERSION,
    ArticleRecord,
    Migration,
    SchemaVersionError,
    Store,
    StoreError,
    text_sha256,
)
from claims_db.engine import make_engine, normalize_url, transaction
from claims_db.migrations import applied_versions, migrate
from tests.rows import Row, claim, slot

TEXT = "North Korea tested missiles three times in February 2019, officials said."


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "claims.db"


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    """A raw engine on ``db_path`` with the store's connection settings, for inspection."""
    eng = make_engine(normalize_url(str(db_path)))
    yield eng
    eng.dispose()


def sample_claims() -> list[Row]:
    return [
        claim(text="Officials said.", start=60, end=75, score=0.1, is_claim=False),
        claim(
            text="North Korea tested missiles three times in February 2019",
            start=0,
            end=56,
            score=0.875,
            kinds=("count", "date", "place"),
            paragraph=2,
            role="body",
            quote="tested missiles",
            speaker="officials",
            reasons=("number", "date"),
            slots=(
                slot(
                    "date",
                    "February 2019",
                    43,
                    56,
                    {
                        "interval": ["2019-02-01", "2019-02-28"],
                        "granularity": "month",
                        "ambiguous": False,
                        "readings": [["2019-02-01", "2019-02-28"]],
                        "note": None,
                    },
                ),
                slot(
                    "number", "three times", 28, 39, {"value": 3, "unit": "times", "kind": "count"}
                ),
                slot("place", "North Korea", 0, 11, {"name": "North Korea"}),
            ),
        ),
    ]


def an_article(text_: str = TEXT, **fields: Any) -> ArticleRecord:
    return ArticleRecord(text=text_, **fields)


def get(store: Store, article_id: int) -> ArticleRecord:
    row = store.get_article(article_id)
    assert row is not None
    return row


# Migrations and schema


def test_migrations_apply_on_a_fresh_database(db_path: Path, engine: Engine) -> None:
    with Store(sqlite_url(db_path)):
        pass
    with transaction(engine, write=False) as connection:
        assert applied_versions(connection) == {m.version for m in MIGRATIONS}
        rows = connection.execute(
            text("SELECT version, name FROM schema_migrations ORDER BY version")
        ).all()
    assert [tuple(row) for row in rows] == [(m.version, m.name) for m in MIGRATIONS]


def test_migrations_are_idempotent_on_reopen(db_path: Path, engine: Engine) -> None:
    with Store(str(db_path)) as store:
        store.save_article(an_article(), sample_claims())
    assert migrate(engine) == []
    with Store(str(db_path)) as store:
        assert store.counts() == {"articles": 1, "claims": 2, "slots": 3}
    with transaction(engine, write=False) as connection:
        count = connection.execute(text("SELECT count(*) FROM schema_migrations")).scalar_one()
    assert count == len(MIGRATIONS)


def test_migrations_are_numbered_in_order() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert SCHEMA_VERSION == MIGRATIONS[-1].version
    assert all(m.name for m in MIGRATIONS)


def _model_schema(engine: Engine) -> dict[str, Any]:
    schema: dict[str, Any] = {}
    for table in SQLModel.metadata.sorted_tables:
        schema[table.name] = {
            "columns": {
                c.name: (c.type.compile(dialect=engine.dialect), c.nullable, c.primary_key)
                for c in table.columns
            },
            "foreign_keys": sorted(
                (fk.parent.name, fk.column.table.name, fk.column.name, fk.ondelete)
                for fk in table.foreign_keys
            ),
            "indexes": sorted((ix.name, tuple(c.name for c in ix.columns)) for ix in table.indexes),
            "unique": sorted(
                (uc.name, tuple(c.name for c in uc.columns))
                for uc in table.constraints
                if isinstance(uc, UniqueConstraint)
            ),
        }
    return schema


def _database_schema(engine: Engine) -> dict[str, Any]:
    inspector = inspect(engine)
    schema: dict[str, Any] = {}
    for name in SQLModel.metadata.tables:
        assert inspector.has_table(name), f"migrations do not create table {name}"
        pk = set(inspector.get_pk_constraint(name)["constrained_columns"])
        schema[name] = {
            "columns": {
                c["name"]: (
                    c["type"].compile(dialect=engine.dialect),
                    c["nullable"],
                    c["name"] in pk,
                )
                for c in inspector.get_columns(name)
            },
            "foreign_keys": sorted(
                (col, fk["referred_table"], ref, fk["options"].get("ondelete"))
                for fk in inspector.get_foreign_keys(name)
                for col, ref in zip(fk["constrained_columns"], fk["referred_columns"], strict=True)
            ),
            "indexes": sorted(
                (ix["name"], tuple(ix["column_names"])) for ix in inspector.get_indexes(name)
            ),
            "unique": sorted(
                (uc["name"], tuple(uc["column_names"]))
                for uc in inspector.get_unique_constraints(name)
            ),
        }
    return schema


def test_migrated_schema_matches_the_models(db_path: Path, engine: Engine) -> None:
    with Store(str(db_path)):
        pass
    model, database = _model_schema(engine), _database_schema(engine)
    assert set(database) == set(model)
    for table in model:
        assert database[table] == model[table], table


def test_a_failed_migration_leaves_no_trace(engine: Engine) -> None:
    def broken(connection: Connection) -> None:
        connection.execute(text("CREATE TABLE half_done (id INTEGER PRIMARY KEY)"))
        connection.execute(text("ALTER TABLE no_such_table ADD COLUMN x INTEGER"))

    broken_version = SCHEMA_VERSION + 1
    with pytest.raises(
        StoreError, match=rf"^migration {broken_version} \(broken\) failed: no such table"
    ):
        migrate(engine, (*MIGRATIONS, Migration(broken_version, "broken", broken)))
    with transaction(engine, write=False) as connection:
        assert applied_versions(connection) == set(range(1, broken_version))
        assert not inspect(connection).has_table("half_done")


def test_a_later_migration_applies_once_and_newer_schemas_are_refused(
    db_path: Path, engine: Engine
) -> None:
    def add_flag(connection: Connection) -> None:
        connection.execute(text("ALTER TABLE claim ADD COLUMN flag VARCHAR"))

    future = (*MIGRATIONS, Migration(SCHEMA_VERSION + 1, "claim flags", add_flag))
    assert migrate(engine, future) == [v for v in range(1, SCHEMA_VERSION + 2)]
    assert migrate(engine, future) == []
    assert "flag" in {c["name"] for c in inspect(engine).get_columns("claim")}
    engine.dispose()

    with pytest.raises(SchemaVersionError) as caught:
        Store(str(db_path))
    message = str(caught.value)
    assert message == (
        f"cannot open database sqlite:///{db_path}: its schema version {SCHEMA_VERSION + 1} "
        f"is newer than this claims_db knows ({SCHEMA_VERSION}): upgrade claimcheck"
    )


# Saving and reading


def test_round_trip_of_article_claims_and_slots(store: Store) -> None:
    article = an_article(
        title="Missiles",
        url="https://example.org/nk",
        path="examples/nk.txt",
        published=dt.date(2019, 10, 24),
        published_source="dateline",
        sentence_count=2,
        meta={"warnings": ["no byline"], "min_score": 0.5, "nested": {"ok": True, "none": None}},
    )
    before = dt.datetime.now(dt.UTC)
    saved = store.save_article(article, sample_claims())
    after = dt.datetime.now(dt.UTC)
    assert saved.created and saved.version == 1

    row = get(store, saved.article_id)
    assert (row.sha256, row.text, row.title, row.url, row.path) == (
        text_sha256(TEXT),
        TEXT,
        "Missiles",
        "https://example.org/nk",
        "examples/nk.txt",
    )
    assert row.source_key == "https://example.org/nk"
    assert (row.version, row.supersedes_id) == (1, None)
    assert row.published == dt.date(2019, 10, 24)
    assert row.published_source == "dateline"
    assert row.sentence_count == 2
    assert row.meta == article.meta
    assert row.created_at.tzinfo is dt.UTC
    assert before <= row.created_at <= after
    assert store.find_article(row.sha256) == row
    assert store.find_article(row.sha256.upper()) == row
    assert store.list_articles() == [row]

    claims = store.claims(saved.article_id)
    assert [c.seq for c in claims] == [0, 1]
    for stored, given_ in zip(claims, sample_claims(), strict=True):
        assert stored.article_id == saved.article_id
        for column in ("text", "start", "end", "score", "kinds", "is_claim", "paragraph"):
            assert getattr(stored, column) == given_[column], column
        for column, default in (("role", "body"), ("quote", None), ("speaker", None)):
            assert getattr(stored, column) == given_.get(column, default), column
        assert stored.reasons == list(given_.get("reasons", ()))
        assert stored.status == "unreviewed"
        assert stored.created_at == row.created_at
        assert [(s.type, s.text, s.start, s.end, s.value) for s in stored.slots] == [
            (s["type"], s["text"], s["start"], s["end"], s["value"]) for s in given_["slots"]
        ]
        assert all(s.claim_id == stored.id for s in stored.slots)


def test_only_claims_leaves_out_sentences_below_the_threshold(store: Store) -> None:
    saved = store.save_article(an_article(), sample_claims())
    only = store.claims(saved.article_id, only_claims=True)
    assert [(c.seq, c.is_claim, len(c.slots)) for c in only] == [(1, True, 3)]


def test_reading_what_is_not_there(store: Store) -> None:
    assert store.get_article(42) is None
    assert store.find_article("0" * 64) is None
    assert store.list_articles() == []
    assert store.claims(42) == []
    assert store.counts() == {"articles": 0, "claims": 0, "slots": 0}


def test_rows_stay_usable_after_the_store_is_closed(db_path: Path) -> None:
    with Store(str(db_path)) as store:
        saved = store.save_article(an_article(), sample_claims())
        claims = store.claims(saved.article_id)
    assert claims[1].slots[2].value == {"name": "North Korea"}
    with pytest.raises(StoreError, match="is closed"):
        store.counts()


def test_saving_the_same_text_twice_stores_it_once(store: Store) -> None:
    first = store.save_article(an_article(url="https://example.org/a"), sample_claims())
    again = store.save_article(an_article(path="elsewhere.txt"), [])
    assert again == type(first)(article_id=first.article_id, created=False, version=1)
    assert store.counts() == {"articles": 1, "claims": 2, "slots": 3}


def test_changed_text_at_the_same_url_is_a_new_version(store: Store) -> None:
    url = "https://example.org/story"
    v1 = store.save_article(an_article("First draft.", url=url), [])
    v2 = store.save_article(an_article("Second draft.", url=url), [])
    v3 = store.save_article(an_article("Third draft.", url=url), [])
    other = store.save_article(an_article("Another story.", url=url + "-2"), [])
    assert [(r.version, r.created) for r in (v1, v2, v3, other)] == [
        (1, True),
        (2, True),
        (3, True),
        (1, True),
    ]
    rows = {row.id: row for row in store.list_articles()}
    assert rows[v2.article_id].supersedes_id == v1.article_id
    assert rows[v3.article_id].supersedes_id == v2.article_id
    assert rows[other.article_id].supersedes_id is None
    # Text seen before is the row it was first stored as, not a new version.
    assert store.save_article(an_article("First draft.", url=url), []) == type(v1)(
        article_id=v1.article_id, created=False, version=1
    )


def test_a_path_identifies_an_article_by_its_absolute_form(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    v1 = store.save_article(an_article("Draft.", path="story.txt"), [])
    v2 = store.save_article(an_article("Draft, revised.", path=str(tmp_path / "story.txt")), [])
    assert (v2.version, get(store, v2.article_id).supersedes_id) == (2, v1.article_id)
    assert get(store, v1.article_id).source_key == str(tmp_path / "story.txt")


def test_articles_without_url_or_path_are_never_versions(store: Store) -> None:
    a = store.save_article(an_article("Pasted text."), [])
    b = store.save_article(an_article("Other pasted text."), [])
    assert (a.version, b.version) == (1, 1)
    assert get(store, b.article_id).source_key is None


def _unserializable_slot(claims: list[Row]) -> list[Row]:
    bad = claim("Bad.", 0, 4, 0.9, slots=(slot("date", "x", 0, 1, {"when": object()}),))
    return [claims[1], bad, claims[0]]


def _null_text(claims: list[Row]) -> list[Row]:
    return [claims[1], claim(None, 0, 4, 0.9), claims[0]]  # type: ignore[arg-type]


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)  # SQLite's messages and ids
@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (_unserializable_slot, "is not JSON serializable"),
        (_null_text, "NOT NULL constraint failed: claim.text"),
    ],
)
def test_a_failure_midway_saves_nothing(store: Store, spoil: Any, reason: str) -> None:
    store.save_article(an_article("Already there."), sample_claims())
    before = store.counts()
    with pytest.raises(StoreError) as caught:
        store.save_article(an_article(), spoil(sample_claims()))
    message = str(caught.value)
    assert message.startswith(f"cannot save article {text_sha256(TEXT)[:12]}: ")
    assert reason in message and "\n" not in message
    assert store.counts() == before
    assert store.find_article(text_sha256(TEXT)) is None


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)  # SQLite's messages and ids
def test_an_error_outside_the_database_also_rolls_back(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = claims_db.articles._claim_params

    def fail_on_second(article_id: int, seq: int, claim: Row, now: dt.datetime) -> Any:
        if seq == 1:
            raise RuntimeError("injected")
        return real(article_id, seq, claim, now)

    monkeypatch.setattr(claims_db.articles, "_claim_params", fail_on_second)
    with pytest.raises(RuntimeError, match="injected"):
        store.save_article(an_article(), sample_claims())
    monkeypatch.undo()
    assert store.counts() == {"articles": 0, "claims": 0, "slots": 0}
    assert store.save_article(an_article(), sample_claims()).article_id == 1


def test_a_conflicting_concurrent_save_is_retried_once(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = claims_db.articles.save
    calls = []

    def lose_the_race_once(*args: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            orig = Exception("UNIQUE constraint failed: article.sha256")
            raise IntegrityError("INSERT", {}, orig)
        return real(*args)

    monkeypatch.setattr(claims_db.articles, "save", lose_the_race_once)
    assert store.save_article(an_article(), []).created
    assert len(calls) == 2


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)  # SQLite's messages and ids
def test_foreign_keys_are_enforced_and_deletes_cascade(store: Store, engine: Engine) -> None:
    saved = store.save_article(an_article(), sample_claims())
    with pytest.raises(IntegrityError, match="FOREIGN KEY constraint failed"):
        with transaction(engine, write=True) as connection:
            connection.execute(
                text(
                    'INSERT INTO claim (article_id, seq, text, start, "end", score, kinds, '
                    "is_claim, paragraph, role, reasons, created_at) VALUES (:a, 0, 'x', 0, 1, "
                    "0.5, '[]', 1, 0, 'body', '[]', '2026-01-01 00:00:00')"
                ),
                {"a": saved.article_id + 100},
            )
    with transaction(engine, write=True) as connection:
        connection.execute(text("DELETE FROM article WHERE id = :id"), {"id": saved.article_id})
    assert store.counts() == {"articles": 0, "claims": 0, "slots": 0}


def test_sqlite_connections_use_wal_and_a_busy_timeout(store: Store, engine: Engine) -> None:
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.characters(blacklist_characters="\x00")),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=40, deadline=None)
@given(
    value=st.dictionaries(st.text(max_size=8), json_values, max_size=5),
    meta=st.dictionaries(st.text(max_size=8), json_values, max_size=5),
)
def test_json_values_round_trip(value: dict[str, Any], meta: dict[str, Any]) -> None:
    with Store("sqlite://") as memory:
        saved = memory.save_article(
            an_article(meta=meta),
            [claim("x", 0, 1, 0.5, slots=(slot("org", "x", 0, 1, value),))],
        )
        assert get(memory, saved.article_id).meta == meta
        assert memory.claims(saved.article_id)[0].slots[0].value == value


def test_inputs_are_checked_when_saved(store: Store) -> None:
    with pytest.raises(ValueError, match="slot type must be one of"):
        store.save_article(
            ArticleRecord(text="x"), [claim("x", 0, 1, 0.5, slots=[slot("time", "now", 0, 3)])]
        )
    with pytest.raises(ValueError, match="claim: no such column: txt"):
        store.save_article(ArticleRecord(text="x"), [{"txt": "x", "start": 0, "end": 1}])
    with pytest.raises(ValueError, match="sha256 must be 64 hex digits"):
        store.save_article(ArticleRecord(text="x", sha256="abc"), [])
    saved = store.save_article(ArticleRecord(text="x", sha256="A" * 64), [])
    assert store.get_article(saved.article_id).sha256 == "a" * 64  # type: ignore[union-attr]
    assert store.counts() == {"articles": 1, "claims": 0, "slots": 0}


# Opening: URLs and errors


def test_the_default_database_is_claims_db_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The store itself reads no environment: $CLAIMCHECK_DB is claimcheck's
    # (claimcheck.open_store, tested in test_cli_check).
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMCHECK_DB", sqlite_url(tmp_path / "elsewhere.db"))
    with Store() as store:
        assert store.url == "sqlite:///claims.db"
    assert (tmp_path / "claims.db").exists()
    assert not (tmp_path / "elsewhere.db").exists()


def test_no_url_means_claims_db_in_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLAIMCHECK_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    with Store() as store:
        assert store.url == "sqlite:///claims.db"
    assert (tmp_path / "claims.db").exists()


def test_a_plain_path_is_a_sqlite_file(tmp_path: Path) -> None:
    with Store(str(tmp_path / "plain.db")) as store:
        assert store.url == f"sqlite:///{tmp_path / 'plain.db'}"
    assert (tmp_path / "plain.db").exists()


def _open_error(url: str) -> str:
    with pytest.raises(StoreError) as caught:
        Store(url)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_missing_folder_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = os.path.join(tmp_path, "nope")
    expected = (
        "cannot open database sqlite:///nope/x.db: unable to open database file "
        f"(folder {folder} does not exist)"
    )
    assert _open_error("sqlite:///nope/x.db") == expected
    assert _open_error("nope/x.db") == expected
    assert not os.path.exists(folder)


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    message = _open_error(str(tmp_path))
    assert message == f"cannot open database sqlite:///{tmp_path}: unable to open database file"


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Not a database, only some notes about claims.\n" * 50)
    assert _open_error(str(notes)) == (
        f"cannot open database sqlite:///{notes}: "
        "not a claims database (the file is not a SQLite database)"
    )
    assert notes.read_text().startswith("Not a database")


def test_passwords_never_appear_in_messages() -> None:
    message = _open_error("postgresql+psycopg://reporter:s3cret@127.0.0.1:1/claims")
    assert "s3cret" not in message
    assert message.startswith("cannot open database postgresql+psycopg://reporter:***@127.0.0.1:1/")


def test_unknown_database_types_are_refused() -> None:
    assert _open_error("oracle+nosuch://x/y") == (
        "cannot open database oracle+nosuch://x/y: unknown database type 'oracle+nosuch'"
    )
    assert _open_error("::not a url://").startswith("cannot open database: invalid database URL")


def test_claim_ids_by_span_are_the_claims_ids(store: Store) -> None:
    text = "Exports rose. Nobody cared. Taxes fell."
    sentences = [claim("Exports rose.", 0, 13, 0.9), claim("Nobody cared.", 14, 27, 0.1)]
    sentences.append(claim("Taxes fell.", 28, 39, 0.8, is_claim=False))
    saved = store.save_article(ArticleRecord(text=text), sentences)
    rows = store.claims(saved.article_id)
    assert store.claim_ids(saved.article_id) == {(r.start, r.end): r.id for r in rows}
    assert len(rows) == 3 and store.claim_ids(saved.article_id + 1) == {}


def _store_in_read_only_folder(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database in ``folder``, which is then made read-only for this process. As root
    the permission bits do not bind, so os.access is told what a user would be told; a
    plain user gets the real thing too (chmod)."""
    path = folder / "shared.db"
    with Store(str(path)) as store:
        store.save_article(an_article(), sample_claims())
    real_access = os.access

    def access(p: Any, mode: int, **kw: Any) -> bool:
        if mode & os.W_OK and Path(p).resolve() in (folder.resolve(), path.resolve()):
            return False
        return real_access(p, mode, **kw)

    monkeypatch.setattr(os, "access", access)
    folder.chmod(0o555)
    return path


def test_a_database_in_a_read_only_folder_is_read_by_commands_that_only_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    path = _store_in_read_only_folder(folder, monkeypatch)
    try:
        with Store(str(path), create=False) as store:
            assert store.read_only
            assert store.counts()["claims"] == len(sample_claims())
            copied = store.copy_to_sqlite(tmp_path / "copy.db")
            assert copied["claim"] == len(sample_claims())
            with pytest.raises(StoreError, match="read-only here"):
                store.save_article(an_article("Another text."), sample_claims())
        # Nothing was written beside it: no log, no shared-memory file.
        assert sorted(p.name for p in folder.iterdir()) == ["shared.db"]
    finally:
        folder.chmod(0o755)


def test_a_writer_opens_a_writable_database_read_write(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    Store(str(path)).close()
    with Store(str(path), create=False) as store:
        assert not store.read_only
