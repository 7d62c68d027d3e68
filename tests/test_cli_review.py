"""`claimcheck review` through the runner: typed keys, no terminal, batch decisions."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import click
import pytest

from claimcheck.cli.review_cmd import NO_TERMINAL
from claims_db import Store, StoreError
from tests.test_review import _seed


class Typed(io.StringIO):
    """Standard input as a terminal with these keystrokes typed in advance."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def seeded(db_url: str) -> list[int]:
    """The claims of tests/test_review.py in ``db_url``: the tests that use it run on
    SQLite and on PostgreSQL, every command going to that database."""
    with Store(db_url) as store:
        return _seed(store)


def _type(monkeypatch: pytest.MonkeyPatch, keys: str) -> None:
    stdin = Typed(keys)
    monkeypatch.setattr("sys.stdin", stdin)

    def getchar(echo: bool = False) -> str:
        key = stdin.read(1)
        if not key:
            raise EOFError
        return key

    monkeypatch.setattr(click, "getchar", getchar)


def test_without_a_terminal_it_refuses_in_one_line(run: Any, seeded: list[int]) -> None:
    result = run("review", "--reviewer", "ana")
    assert result.code == 2
    assert result.err == f"claimcheck: error: {NO_TERMINAL}\n"
    assert result.out == ""


def test_typed_keys_decide_and_a_rerun_resumes(
    run: Any, seeded: list[int], db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMCHECK_REVIEWER", "ana")
    # "Exports rose 7% in June." comes first (a conflicting source): false with a note,
    # then skip one, note the next, go back, and quit.
    _type(monkeypatch, "fmade up\nstask the ministry\nbq")
    result = run("review")
    assert result.code == 0, result
    assert "claim 1 of 4" in result.err and "[f] false" in result.err
    assert "false: note (Enter for none):" in result.err
    assert result.err.endswith(
        "claimcheck: 2 decisions saved by ana; `claimcheck review` resumes at the first "
        "undecided claim\n"
    )
    with Store(db_url) as store:
        first = store.get_claim(seeded[0])
        assert first is not None
        assert (first.status, first.note, first.reviewer) == ("false", "made up", "ana")
        third = store.get_claim(seeded[2])
        assert third is not None and (third.status, third.note) == (
            "unreviewed",
            "ask the ministry",
        )
    _type(monkeypatch, "q")
    again = run("review")
    assert again.code == 0
    assert f"claim 1 of 4  #{seeded[3]}" in again.err


def test_filters_help_and_end_of_input(
    run: Any, seeded: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    _type(monkeypatch, "? ")  # help, any key, then the input ends: like q
    result = run("review", "--reviewer", "bo", "--min-score", "0.55", "--status", "unreviewed")
    assert result.code == 0, result
    assert "claim 1 of 2" in result.err
    assert "claimcheck review: keys" in result.err and "press any key" in result.err
    _type(monkeypatch, "")
    empty = run("review", "--reviewer", "bo", "--assigned-to", "nobody")
    assert empty.code == 0 and "no claims to review" in empty.err


def test_ctrl_c_exits_130_keeping_what_was_decided(
    run: Any, seeded: list[int], db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = Typed("v\n")
    monkeypatch.setattr("sys.stdin", stdin)
    keys = iter(["v"])

    def getchar(echo: bool = False) -> str:
        try:
            return next(keys)
        except StopIteration:
            raise KeyboardInterrupt from None

    monkeypatch.setattr(click, "getchar", getchar)
    result = run("review", "--reviewer", "ana")
    assert result.code == 130
    with Store(db_url) as store:
        row = store.get_claim(seeded[0])
        assert row is not None and row.status == "verified"


def test_decisions_jsonl_applies_good_lines_and_names_bad_ones(
    run: Any, seeded: list[int], tmp_path: Path, db_url: str
) -> None:
    lines = [
        json.dumps({"id": seeded[0], "status": "false", "note": "see the data"}),
        json.dumps({"id": str(seeded[1]), "status": "verified"}),
        "{not json",
        json.dumps({"id": seeded[2], "status": "flase"}),
        "",
        json.dumps({"id": 999, "status": "false"}),
        json.dumps({"id": seeded[3], "note": "ask them"}),
        json.dumps({"id": seeded[1], "status": "verified"}),
    ]
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("review", "--decisions", "d.jsonl", "--reviewer", "ana")
    assert result.code == 1
    assert result.err.splitlines() == [
        "claimcheck: error: d.jsonl line 3: not JSON: Expecting property name enclosed in "
        "double quotes",
        "claimcheck: error: d.jsonl line 4: unknown status 'flase' (one of unreviewed, verified, "
        "false, misleading, unverifiable, not-a-claim, in-progress)",
        "claimcheck: error: d.jsonl line 6: no claim #999",
        "claimcheck: 3 decisions applied, 1 already so, 3 lines refused",
    ]
    with Store(db_url) as store:
        row = store.get_claim(seeded[0])
        assert row is not None and (row.status, row.note, row.reviewer) == (
            "false",
            "see the data",
            "ana",
        )
        events = store.history(seeded[0])
        assert events[0].note == "see the data" and events[0].reviewer == "ana"
        noted = store.get_claim(seeded[3])
        assert noted is not None and (noted.status, noted.note) == ("unreviewed", "ask them")


def test_decisions_csv(run: Any, seeded: list[int], tmp_path: Path, db_url: str) -> None:
    (tmp_path / "d.csv").write_text(
        f'id,status,note\n{seeded[0]},misleading,"cherry-picked, see note"\nx,false,\n',
        encoding="utf-8",
    )
    result = run("review", "--decisions", "d.csv", "--reviewer", "ana")
    assert result.code == 1
    assert result.err.splitlines() == [
        "claimcheck: error: d.csv line 3: id must be a claim's number, not 'x'",
        "claimcheck: 1 decisions applied, 0 already so, 1 lines refused",
    ]
    (tmp_path / "bad.csv").write_text("name,verdict\n1,false\n", encoding="utf-8")
    bad = run("review", "--decisions", "bad.csv", "--reviewer", "ana")
    assert bad.code == 1
    assert "bad.csv line 1: a CSV of decisions needs a header with id (or claim_id" in bad.err
    with Store(db_url) as store:
        row = store.get_claim(seeded[0])
        assert row is not None and (row.status, row.note) == (
            "misleading",
            "cherry-picked, see note",
        )


def test_decisions_from_meedan_check_columns_and_from_an_export(
    run: Any, seeded: list[int], tmp_path: Path, db_url: str
) -> None:
    with Store(db_url) as store:
        texts = {i: (store.get_claim(i) or pytest.fail()).text for i in seeded[:2]}
    rows = [
        "Claim,Item page URL,Status,Created by,Submitted at,Report Published at,Tags,Note",
        f'"{texts[seeded[0]]}",,False,ana,,,,contradicts the minutes',
        f'"{texts[seeded[1]]}",,In progress,ana,,,,',
        "A sentence nobody stored.,,Verified,ana,,,,",
        f'"{texts[seeded[0]]}",,Maybe,ana,,,,',
    ]
    (tmp_path / "check.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = run("review", "--decisions", "check.csv", "--reviewer", "bob")
    assert result.code == 1
    assert result.err.splitlines() == [
        "claimcheck: error: check.csv line 4: no stored claim with the text "
        "'A sentence nobody stored.'",
        "claimcheck: error: check.csv line 5: unknown status 'Maybe' (one of "
        "unreviewed, verified, false, misleading, unverifiable, not-a-claim, in-progress)",
        "claimcheck: 2 decisions applied, 0 already so, 2 lines refused",
    ]
    with Store(db_url) as store:
        first, second = (store.get_claim(i) for i in seeded[:2])
        assert first is not None and second is not None
        assert (first.status, first.note, first.reviewer) == (
            "false",
            "contradicts the minutes",
            "bob",
        )
        assert second.status == "in-progress"
    # An export's CSV (Check's columns, then claim_id) reads back: nothing changes.
    exported = run("export", "--format", "csv", "-o", "export.csv")
    assert exported.code == 0, exported
    again = run("review", "--decisions", "export.csv", "--reviewer", "bob")
    assert again.code == 0, again
    assert again.err.startswith("claimcheck: 0 decisions applied, ")


def test_decisions_file_that_is_missing_is_a_usage_error(run: Any, seeded: list[int]) -> None:
    result = run("review", "--decisions", "nope.jsonl", "--reviewer", "ana")
    assert result.code == 2
    assert result.err.startswith(
        "claimcheck: error: cannot read decisions: no such file: nope.jsonl"
    )
    assert len(result.err.splitlines()) == 1


def test_a_reviewer_is_needed(run: Any, seeded: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMCHECK_REVIEWER", raising=False)
    monkeypatch.setenv("USER", "")
    monkeypatch.setattr("claimcheck.cli.review_cmd.getpass.getuser", lambda: "")
    result = run("review", "--decisions", "x.jsonl")
    assert result.code == 2 and "--reviewer NAME" in result.err


def test_decisions_take_no_filters(run: Any, seeded: list[int]) -> None:
    result = run("review", "--decisions", "d.jsonl", "--reviewer", "ana", "--article", "1")
    assert result.code == 2
    assert result.err.startswith("claimcheck: error: --decisions applies every line")
    assert len(result.err.splitlines()) == 1


def test_a_database_failing_under_review_is_one_line_and_exit_1(
    run: Any, seeded: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The server went away between two decisions: the message the store gives, on one
    # line, with no class name and no traceback.
    def gone(*args: Any, **kwargs: Any) -> None:
        raise StoreError("cannot record a decision on claim #1: server closed the connection")

    monkeypatch.setattr(Store, "decide", gone)
    _type(monkeypatch, "f\n")
    result = run("review", "--reviewer", "ana")
    assert result.code == 1
    # (The runner does not echo the Enter that ended the prompt: same line here.)
    assert result.err.endswith(
        "claimcheck: error: cannot record a decision on claim #1: server closed the connection\n"
    )
    assert "StoreError" not in result.err and "Traceback" not in result.err


def test_batches_made_against_one_export_do_not_overwrite_each_other(
    run: Any, seeded: list[int], tmp_path: Path, db_url: str
) -> None:
    exported = run("export", "--format", "csv", "-o", "desk.csv")
    assert exported.code == 0, exported
    rows = (tmp_path / "desk.csv").read_text(encoding="utf-8").splitlines()
    header, first = rows[0], next(r for r in rows[1:] if f",{seeded[0]}," in r)
    assert ",version," in header

    def batch(name: str, status: str) -> None:
        line = first.replace(",unreviewed,", f",{status},", 1)
        (tmp_path / name).write_text(f"{header}\n{line}\n", encoding="utf-8")

    batch("ana.csv", "false")
    batch("bob.csv", "verified")
    ana = run("review", "--decisions", "ana.csv", "--reviewer", "ana")
    assert ana.code == 0 and "1 decisions applied" in ana.err, ana
    bob = run("review", "--decisions", "bob.csv", "--reviewer", "bob")
    assert bob.code == 1
    assert f"claim #{seeded[0]} was changed by ana since this decision was made" in bob.err
    assert "0 decisions applied, 0 already so, 1 lines refused" in bob.err
    with Store(db_url) as store:
        kept = store.get_claim(seeded[0])
        assert kept is not None and (kept.status, kept.reviewer) == ("false", "ana")
    forced = run("review", "--decisions", "bob.csv", "--reviewer", "bob", "--overwrite")
    assert forced.code == 0 and "1 decisions applied" in forced.err, forced
    with Store(db_url) as store:
        kept = store.get_claim(seeded[0])
        assert kept is not None and (kept.status, kept.reviewer) == ("verified", "bob")


def test_a_read_only_database_is_exported_but_not_reviewed(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "archive.db"
    with Store(str(path)) as store:
        _seed(store)
    # As a user would find it in a read-only folder (root ignores permission bits).
    monkeypatch.setattr("claims_db.store.unwritable_sqlite_file", lambda url: True)
    exported = run("export", "--db", str(path), "--format", "jsonl")
    assert exported.code == 0 and exported.out.count("\n") >= 1
    (tmp_path / "d.jsonl").write_text('{"claim_id": 1, "status": "verified"}\n')
    result = run("review", "--db", str(path), "--decisions", str(tmp_path / "d.jsonl"))
    assert result.code == 1
    assert result.err == (
        f"claimcheck: error: cannot review: {path} is read-only here, "
        "decisions could not be saved\n"
    )
