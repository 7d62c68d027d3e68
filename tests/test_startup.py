"""A command line that starts at once: --version and every --help load none of the heavy
libraries (each costs tenths of a second to import; NLTK with SciPy beside it, a second).
Each case runs in a fresh interpreter, where nothing else has loaded them yet."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = (
    "numpy",
    "sqlalchemy",
    "sqlmodel",
    "nltk",
    "rapidfuzz",
    "rich",
    "requests",
    "claims_db",
    "trafilatura",
    "htmldate",
    "lxml",
)

PROBE = """
import contextlib, io, json, sys
from claimcheck.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(sys.argv[1:])
heavy = sorted({m.split('.')[0] for m in sys.modules} & set(json.loads(HEAVY)))
print(json.dumps({"code": code, "heavy": heavy, "out": out.getvalue()[:200]}))
"""


def _probe(*args: str) -> dict[str, object]:
    code = PROBE.replace("json.loads(HEAVY)", repr(list(HEAVY)))
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


COMMANDS = [
    (),
    ("check",),
    ("extract",),
    ("match",),
    ("review",),
    ("sources",),
    ("sources", "add"),
    ("sources", "list"),
    ("sources", "refresh"),
    ("sources", "remove"),
    ("export",),
    ("import",),
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "claimcheck")
def test_help_loads_no_heavy_module(command: tuple[str, ...]) -> None:
    result = _probe(*command, "--help")
    assert result["code"] == 0
    assert "Usage:" in str(result["out"])
    assert result["heavy"] == []


def test_version_loads_no_heavy_module() -> None:
    result = _probe("--version")
    assert result["code"] == 0 and "claimcheck, version" in str(result["out"])
    assert result["heavy"] == []


def test_the_probe_sees_heavy_modules_when_a_command_runs(tmp_path: object) -> None:
    # The test above would pass if the probe could not see imports at all.
    result = _probe("extract", "--format", "json", "-", "--help")
    assert result["heavy"] == []
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            PROBE.replace("json.loads(HEAVY)", repr(list(HEAVY))),
            "extract",
            "--format",
            "json",
            "-",
        ],
        input="Trump and Kim have met three times since last June.",
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = json.loads(done.stdout.splitlines()[-1])["heavy"]
    assert "nltk" in loaded


def test_the_command_line_collects_garbage_for_a_batch() -> None:
    import gc

    from claimcheck.batch import THRESHOLDS
    from claimcheck.cli import main

    before = gc.get_threshold()
    try:
        assert main(["--version"]) == 0
        assert gc.get_threshold() == THRESHOLDS
    finally:
        gc.set_threshold(*before)
