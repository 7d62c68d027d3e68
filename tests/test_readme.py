"""The README's shell examples run as written, in order, from a copy of the checkout's
examples, each exiting with the code it documents (0 unless a ``# exit N`` comment says
otherwise). Examples that use ``../shared/data`` run when it is there (CI has it).

Lines are run in-process, as `claimcheck ARGS`, with ``> FILE`` honoured: the same
code path as the console script without paying an interpreter start for each. What
the README may show without running it is named below; anything else fails the test,
so that an example cannot be added unchecked.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# Lines shown but not run here: the install line (its claimcheck part runs), the test
# command, benchmarks, installing extras, and what needs a terminal.
NOT_RUN = (
    re.compile(r"^bash \.ci/run$"),
    re.compile(r"^\.venv/bin/python benchmarks/"),
    re.compile(r"^\.venv/bin/pip install "),
    re.compile(r"#.*needs a terminal"),
    re.compile(r"#.*slow"),
)


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.DOTALL):
        lines += [line.strip() for line in block.splitlines() if line.strip()]
    return lines


def test_every_command_is_documented() -> None:
    from claimcheck.cli import cli

    shown = " ".join(readme_commands())
    for name in cli.commands:
        assert f"claimcheck {name}" in shown or name == "check", name
    assert "claimcheck check " in shown


def _runnable(line: str) -> list[str] | None:
    """The argv of a line to run (None: shown, not run here)."""
    if any(p.search(line) for p in NOT_RUN):
        return None
    if line.startswith("python3 -m venv .venv && "):
        line = line.rsplit("&& ", 1)[1]  # the install line: its claimcheck command
    return shlex.split(line, comments=True)


def test_readme_examples_run_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from claimcheck.cli import main

    checkout = tmp_path / "checkout"
    checkout.mkdir()
    shutil.copytree(ROOT / "examples", checkout / "examples")
    if SHARED.exists():
        (tmp_path / "shared").symlink_to(SHARED.resolve())
    monkeypatch.chdir(checkout)
    monkeypatch.delenv("CLAIMCHECK_DB", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    ran = 0
    for line in readme_commands():
        argv = _runnable(line)
        if argv is None:
            continue
        if "../shared/" in line and not SHARED.exists():
            continue
        expected = int(m.group(1)) if (m := re.search(r"#\s*exit (\d+)", line)) else 0
        if argv[0] == "mkdir":
            assert argv[1:2] == ["-p"], line
            for folder in argv[2:]:
                Path(folder).mkdir(parents=True, exist_ok=True)
            continue
        assert argv[0] == "claimcheck", f"the README runs something this test does not: {line}"
        target = None
        if ">" in argv:
            at = argv.index(">")
            argv, target = argv[:at], argv[at + 1]
        capsys.readouterr()
        code = main(argv[1:])
        out, err = capsys.readouterr()
        assert code == expected, f"{line}\n{err}"
        assert "error" not in err, f"{line}\n{err}"
        if target is not None:
            Path(target).write_text(out, encoding="utf-8")
        ran += 1
    assert ran >= 15
    # What the examples wrote stays where git ignores it.
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    written = {p.name for p in checkout.iterdir()} - {"examples"}
    assert written <= {"out", "claims.db", "claims.db-wal", "claims.db-shm"}
    assert {"/out/", "/claims.db*"} <= set(ignored)
