"""Shared fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings

from claims_db import Store

# The suite's property tests draw the same examples on every run, so that CI passes or
# fails on the code and not on the draw. Fuzzing for new cases is a separate, long run
# with fresh draws: ``pytest --hypothesis-profile=explore -p no:randomly tests``
# (each run with a new seed); what it finds goes into the tests as an ``@example``.
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("ci")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, migrated claims database: a SQLite file under ``tmp_path``, and (the
    same test again) a fresh PostgreSQL database, so that storage behaves alike on both.
    Some tests pick one engine (``indirect=True``); command-line tests use ``db_url``."""
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_url")
    else:
        url = f"sqlite:///{tmp_path / 'claims.db'}"
    with Store(url) as fresh:
        yield fresh


EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "voa_trump_kim_2019-10-24.txt"


@pytest.fixture
def example_path() -> Path:
    """The example article: VOA, Thursday 24 October 2019, page text as scraped."""
    return EXAMPLE


@pytest.fixture(scope="session")
def voa():  # type: ignore[no-untyped-def]
    """The example article extracted with its publication date (computed once)."""
    import datetime as dt

    from claimcheck import extract

    return extract(EXAMPLE.read_text(encoding="utf-8"), published=dt.date(2019, 10, 24))


class Result:
    """What a command-line run printed and returned."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"Result(code={self.code}, err={self.err!r}, out={self.out[:200]!r})"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The claims database of a command-line test, on each engine in turn: the SQLite
    file ``claims.db`` in tmp_path, then (the same test again) a fresh PostgreSQL database.

    Opt-in: a test (or a fixture it uses) that asks for ``db_url`` runs twice, and the
    ``run`` fixture sends every command to this database (CLAIMCHECK_DB). Tests that never
    open a database do not ask for it, so that they run once.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'claims.db'}"
        return
    yield str(request.getfixturevalue("postgres_url"))
    # Else a command that missed the setting would pass on SQLite and prove nothing.
    assert not (tmp_path / "claims.db").exists(), "a command used the default SQLite file"


@pytest.fixture
def run(  # type: ignore[no-untyped-def]
    request: pytest.FixtureRequest,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
):
    """Run `claimcheck ARGS` in-process, in tmp_path.

    The database is ``db_url`` when the test asks for it (each engine in turn), else the
    default: ``claims.db`` in tmp_path, the working directory.
    """
    from claimcheck.cli import main

    monkeypatch.chdir(tmp_path)
    # request.fixturenames is the test's whole fixture closure, so a fixture such as
    # `seeded` that asks for db_url is enough, whatever the order of the arguments.
    if "db_url" in request.fixturenames:
        monkeypatch.setenv("CLAIMCHECK_DB", request.getfixturevalue("db_url"))
    else:
        monkeypatch.delenv("CLAIMCHECK_DB", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")

    def invoke(*args: str) -> Result:
        capsys.readouterr()
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


@contextmanager
def _postgres_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database (its URL), dropped afterwards.

    The server comes from CLAIMCHECK_TEST_POSTGRES_URL (`.ci/run` starts one). Without
    it the test fails, unless CLAIMCHECK_SKIP_POSTGRES=1 says PostgreSQL is not wanted.
    """
    import os
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = os.environ.get("CLAIMCHECK_TEST_POSTGRES_URL")
    if not base:
        if os.environ.get("CLAIMCHECK_SKIP_POSTGRES") == "1":
            pytest.skip("PostgreSQL not wanted (CLAIMCHECK_SKIP_POSTGRES=1)")
        pytest.fail(
            "no PostgreSQL for the postgres tests: run `bash .ci/run`, or set "
            "CLAIMCHECK_TEST_POSTGRES_URL (or CLAIMCHECK_SKIP_POSTGRES=1 to skip them)"
        )
    name = f"claimcheck_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards (see
    ``_postgres_database`` for where the server comes from)."""
    with _postgres_database() as url:
        yield url


@pytest.fixture
def other_db_url(db_url: str, tmp_path: Path) -> Iterator[str]:
    """A second, empty claims database on the same engine as ``db_url`` (for copying
    from one database to another: an import into an empty database keeps the ids)."""
    if db_url.startswith("postgresql"):
        with _postgres_database() as url:
            yield url
    else:
        yield f"sqlite:///{tmp_path / 'other.db'}"


# Cassettes (pytest-recording): one folder per test module under the repository's
# cassettes/, secrets filtered, vcrpy's read1 stub fixed. See tests/cassettes.py.


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    from tests.cassettes import ROOT

    return str(ROOT / request.module.__name__.rsplit(".", 1)[-1])


@pytest.fixture
def vcr_config() -> dict[str, object]:
    from tests.cassettes import config

    return config()


@pytest.fixture(autouse=True)
def _vcr_read1(monkeypatch: pytest.MonkeyPatch) -> None:
    # Harmless where no cassette plays: only vcrpy's stub class is patched.
    from vcr.stubs import VCRHTTPResponse

    from tests.cassettes import read1

    monkeypatch.setattr(VCRHTTPResponse, "read1", read1)
