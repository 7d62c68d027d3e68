"""`claimcheck check FOLDER --workers N`: extraction in worker processes, storing in order;
and a run killed half-way (SIGKILL) leaves a consistent database that a rerun completes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.pool import NullPool

from claims_db import Store

ROOT = Path(__file__).resolve().parent.parent


def write_articles(folder: Path, n: int) -> list[Path]:
    """``n`` small, different articles with numbers, dates and places."""
    folder.mkdir()
    paths = []
    for i in range(n):
        body = (
            f"Article {i}\n\n"
            f"The city council of Springfield voted {i + 3} to 2 on Tuesday to raise the "
            f"budget by {10 + i} percent. Unemployment fell to {4 + i % 5}.{i % 10} percent "
            f"in March {2010 + i}, the lowest level since {1990 + i}.\n\n"
            f'"We have built {100 * (i + 1)} new homes since last June," said Mayor Jane Roe. '
            f"The river rose {i + 1} metres overnight."
        )
        path = folder / f"article_{i:02d}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


def stored(url: str) -> list[tuple[Any, ...]]:
    """Every stored article and its scored sentences with their slots, by path."""
    rows: list[tuple[Any, ...]] = []
    with Store(url) as store:
        for a in sorted(store.list_articles(), key=lambda a: a.path or ""):
            claims = tuple(
                (c.seq, c.text, c.start, c.end, c.score, c.kinds, c.is_claim)
                + tuple((s.type, s.text, s.start, s.end, s.value) for s in c.slots)
                for c in store.claims(a.id)
            )
            rows.append((a.path, a.sha256, a.version, a.sentence_count, a.published, claims))
    return rows


def test_workers_store_the_same_rows_as_one_process(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, db_url: str, other_db_url: str
) -> None:
    folder = tmp_path / "news"
    write_articles(folder, 12)
    (folder / "empty.txt").write_text("", encoding="utf-8")  # cannot be read: skipped
    serial = run("check", folder, "--db", db_url, "--no-match", "--format", "jsonl")
    parallel = run(
        "check", folder, "--db", other_db_url, "--no-match", "--format", "jsonl", "--workers", "2"
    )
    assert serial.code == parallel.code != 0  # the empty file
    assert serial.out == parallel.out  # the same report, in input order
    assert serial.err == parallel.err
    rows = stored(db_url)
    assert len(rows) == 12 and all(r[5] for r in rows)
    assert rows == stored(other_db_url)


def test_workers_must_be_positive(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write_articles(tmp_path / "news", 1)
    result = run("check", tmp_path / "news", "--workers", "0")
    assert result.code != 0 and "--workers" in result.err


class Articles:
    """Counts the stored articles while another process writes them, without changing
    the database: read-only for SQLite (the file may not exist yet), one engine for
    PostgreSQL (the tables may not exist yet)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = None if url.startswith("sqlite") else create_engine(url, poolclass=NullPool)

    def count(self) -> int:
        if self.engine is None:
            db = self.url.removeprefix("sqlite:///")
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
                    return int(conn.execute("SELECT count(*) FROM article").fetchone()[0])
            except sqlite3.OperationalError:  # not created yet, or no table yet
                return 0
        try:
            with self.engine.connect() as conn:
                return int(conn.execute(text("SELECT count(*) FROM article")).scalar_one())
        except ProgrammingError:  # no table yet
            return 0

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()


def _gone(group: int) -> bool:
    """Whether no process is left in the process group ``group`` (zombies aside)."""
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return True
    return False


def _check_consistent(url: str) -> list[tuple[str, int]]:
    """(sha256, claims) of every stored article, once the database is checked whole:
    no row without its parent, and every article with all its sentences."""
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # PostgreSQL enforces its foreign keys on every commit; on both, look for orphans too.
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            orphans = conn.execute(
                text(
                    "SELECT (SELECT count(*) FROM claim c WHERE NOT EXISTS "
                    "(SELECT 1 FROM article a WHERE a.id = c.article_id)) + "
                    "(SELECT count(*) FROM slot s WHERE NOT EXISTS "
                    "(SELECT 1 FROM claim c WHERE c.id = s.claim_id))"
                )
            ).scalar_one()
            rows = conn.execute(
                text(
                    "SELECT a.sha256, a.sentence_count, count(c.id) FROM article a "
                    "LEFT JOIN claim c ON c.article_id = a.id GROUP BY a.id, a.sha256, "
                    "a.sentence_count"
                )
            ).all()
    finally:
        engine.dispose()
    assert orphans == 0
    assert rows and all(count == sentences > 0 for _, sentences, count in rows), rows
    return [(sha, count) for sha, _, count in rows]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_run_killed_half_way_is_consistent_and_a_rerun_finishes(
    tmp_path: Path, db_url: str
) -> None:
    n = 20
    folder = tmp_path / "news"
    write_articles(folder, n)
    command = [sys.executable, "-m", "claimcheck", "check", str(folder)]
    command += ["--db", db_url, "--no-match", "--format", "jsonl"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CLAIMCHECK_DB", None)
    articles = Articles(db_url)
    # Killed with worker processes running (the harder case); the rerun in one process.
    proc = subprocess.Popen(
        [*command, "--workers", "2"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: its workers can be found
    )
    try:
        deadline = time.monotonic() + 60
        while articles.count() < 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        assert proc.stderr is not None
        err = proc.stderr.read().decode()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, err
    try:
        killed_at = articles.count()
    finally:
        articles.close()
    deadline = time.monotonic() + 10  # the workers notice and exit
    while not _gone(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    if not _gone(proc.pid):
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("worker processes outlived the killed run")
    assert 0 < killed_at < n, "the run was not killed half-way: make the articles bigger"

    assert len(_check_consistent(db_url)) == killed_at
    rerun = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr.decode()
    after = _check_consistent(db_url)
    assert len(after) == n
    assert len({sha for sha, _ in after}) == n  # no article stored twice
