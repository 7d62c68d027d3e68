"""What the command line says when the user is wrong, and how it ends when the reader of
its output goes away: one line that tells what to do, and the exit code of the outcome."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize(
    ("typed", "meant"), [("extrct", "extract"), ("revew", "review"), ("expor", "export")]
)
def test_a_mistyped_command_is_named_with_the_command_meant(run, typed: str, meant: str) -> None:  # type: ignore[no-untyped-def]
    result = run(typed, "foo.txt")
    assert result.code == 2, result
    assert result.err == (
        f"claimcheck: error: no such command or file: {typed} (did you mean '{meant}'?)\n"
    )


def test_a_file_named_like_a_mistyped_command_is_still_read(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "extrct").write_text("Unemployment fell to 4% in 2019.\n", encoding="utf-8")
    result = run("extrct", "--format", "json", "--no-match")
    assert result.code == 0, result


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("2019-02-30", "'2019-02-30': February 2019 has 28 days, not 30"),
        ("2020-02-30", "'2020-02-30': February 2020 has 29 days, not 30"),
        ("2019-13-01", "'2019-13-01': there is no month 13"),
        ("2019-04-00", "'2019-04-00': there is no day 0"),
        ("24/10/2019", "'24/10/2019' is not a date in the form YYYY-MM-DD"),
    ],
)
def test_a_date_that_does_not_exist_says_why(run, tmp_path: Path, given: str, said: str) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Unemployment fell to 4% in 2019.\n", encoding="utf-8")
    result = run("extract", "a.txt", "--date", given)
    assert result.code == 2
    assert said in result.err


def test_a_folder_check_piped_into_head_ends_quietly_with_success(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(8):
        text = "".join(f"Exports rose {n + i}% in 2019, the ministry said. " for i in range(300))
        (folder / f"{n}.txt").write_text(text + "\n", encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1", "CLAIMCHECK_DB": str(tmp_path / "claims.db")}
    reader = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "check", str(folder), "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert reader.stdout is not None and reader.stderr is not None
    assert reader.stdout.readline()  # the first claim, then the reader goes away
    reader.stdout.close()
    err = reader.stderr.read()
    assert reader.wait(timeout=120) == 0, err
    assert err == b""


def test_ctrl_c_during_a_folder_check_with_workers_says_one_line(tmp_path: Path) -> None:
    import signal

    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(400):
        text = "".join(f"Exports rose {n + i}% in 2019, the ministry said. " for i in range(40))
        (folder / f"{n:03}.txt").write_text(text + "\n", encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1", "CLAIMCHECK_DB": str(tmp_path / "claims.db")}
    command = [sys.executable, "-m", "claimcheck", "check", str(folder), "--format", "jsonl"]
    checking = subprocess.Popen(
        [*command, "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # a group of its own, as a terminal's Ctrl-C reaches
    )
    assert checking.stdout is not None and checking.stderr is not None
    assert checking.stdout.readline()  # the workers are extracting
    os.killpg(checking.pid, signal.SIGINT)
    checking.stdout.read()
    err = checking.stderr.read().decode()
    assert checking.wait(timeout=120) == 130
    (line,) = err.splitlines()  # no worker tracebacks
    assert line.startswith("claimcheck: interrupted: ") and "of 400 inputs checked" in line


def test_queries_and_decisions_have_a_size_cap_named_in_the_error(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Exports rose 40 percent in 2019.\n", encoding="utf-8")
    assert run("check", "a.txt", "--format", "json").code == 0
    matched = run("match", "/dev/zero", "--against", "a.txt")
    assert matched.code == 1
    assert matched.err == "claimcheck: error: /dev/zero: too large (more than 50 MB)\n"
    decided = run("review", "--decisions", "/dev/zero", "--reviewer", "ana")
    assert decided.code == 2
    assert decided.err == (
        "claimcheck: error: cannot read decisions: /dev/zero: too large (more than 50 MB)\n"
    )


# Ctrl-C arrives while the command line's modules are being imported (here: as click
# is about to be imported), before its own handling is in place.
_CTRL_C_WHILE_STARTING = """
import importlib.abc, os, signal, sys
class Interrupt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "click":
            os.kill(os.getpid(), signal.SIGINT)
        return None
sys.meta_path.insert(0, Interrupt())
sys.argv = ["claimcheck", "--version"]
from claimcheck.__main__ import run
run()
"""


def test_ctrl_c_while_the_command_line_starts_prints_no_traceback() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CTRL_C_WHILE_STARTING],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stdout, done.stderr) == (130, "", "\nclaimcheck: interrupted\n")
