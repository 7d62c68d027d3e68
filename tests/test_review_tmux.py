"""`claimcheck review` end to end in a real terminal: tmux runs it, the test types."""

from __future__ import annotations

import datetime as dt
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from claimcheck.desk import review
from claims_db import Store

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = "Kim said \x1b[2J\x1b]0;pwned\x07 it was special."


class Terminal:
    """A tmux server of our own (its own socket), 120 x 60."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, "-f", "/dev/null", *args],
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout

    def start(self, name: str, command: list[str]) -> None:
        # The shell prints the exit code and keeps the pane open for capture-pane.
        line = f"{shlex.join(command)}; echo exit=$?; sleep 60"
        self.tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "60", line)

    def screen(self, name: str) -> str:
        return self.tmux("capture-pane", "-p", "-t", name)

    def keys(self, name: str, *keys: str, literal: bool = False) -> None:
        self.tmux("send-keys", "-t", name, *(["-l"] if literal else []), *keys)

    def wait(self, name: str, until: Callable[[str], bool], seconds: float = 8.0) -> str:
        deadline = time.monotonic() + seconds
        shown = ""
        while time.monotonic() < deadline:
            shown = self.screen(name)
            if until(shown):
                return shown
            time.sleep(0.05)
        raise AssertionError(f"the screen never showed what was expected:\n{shown}")


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    term = Terminal(f"claimcheck-test-{uuid.uuid4().hex[:8]}")
    try:
        yield term
    finally:
        subprocess.run(["tmux", "-L", term.socket, "kill-server"], capture_output=True, check=False)


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file holding the example article's claims, by the main job (once)."""
    folder = tmp_path_factory.mktemp("example")
    url = f"sqlite:///{folder / 'claims.db'}"
    example = ROOT / "examples" / "voa_trump_kim_2019-10-24.txt"
    subprocess.run(
        [sys.executable, "-m", "claimcheck", str(example), "--date", "2019-10-24"]
        + ["--db", url, "--format", "json", "--no-match"],
        check=True,
        capture_output=True,
        cwd=folder,
    )
    return folder / "claims.db"


@pytest.fixture
def checked(example_db: Path, tmp_path: Path) -> str:
    """The URL of a copy of ``example_db`` of the test's own."""
    shutil.copyfile(example_db, tmp_path / "claims.db")
    return f"sqlite:///{tmp_path / 'claims.db'}"


def test_review_in_a_real_terminal(checked: str, terminal: Terminal) -> None:
    # SQLite only: this is about the terminal (and slow); the same review commands run on
    # PostgreSQL too in tests/test_cli_review.py.
    url = checked
    with Store(url) as store:
        order = [i.claim.id for i in review.load_queue(store)]
        # A wording with escape sequences: shown as text, never sent to the terminal.
        store.decide(order[0], "setup", text=HOSTILE)
    command = [sys.executable, "-m", "claimcheck", "review", "--db", url, "--reviewer", "ana"]
    started = dt.datetime.now(dt.UTC)

    terminal.start("one", command)
    screen = terminal.wait("one", lambda s: "[?] help" in s)
    assert f"claim 1 of {len(order)}  #{order[0]}" in screen
    for key, what in review.KEYS:
        assert f"[{key}] {what}" in screen
    assert "Kim said \\x1b[2J\\x1b]0;pwned\\x07 it was special." in screen
    terminal.keys("one", "f")
    terminal.wait("one", lambda s: "false: note (Enter for none):" in s)
    terminal.keys("one", "contradicts the minutes", literal=True)
    terminal.keys("one", "Enter")
    screen = terminal.wait("one", lambda s: f"claim 2 of {len(order)}  #{order[1]}" in s)
    # The next claim's screen confirms what was stored.
    assert f"saved: claim #{order[0]} set to false, with a note" in screen
    terminal.keys("one", "q")
    screen = terminal.wait("one", lambda s: "exit=" in s)
    assert "exit=0" in screen and "1 decision saved by ana" in screen

    with Store(url) as store:
        row = store.get_claim(order[0])
        assert row is not None
        assert (row.status, row.note, row.reviewer) == ("false", "contradicts the minutes", "ana")
        assert row.decided_at is not None and started <= row.decided_at <= dt.datetime.now(dt.UTC)
        status = [e for e in store.history(order[0]) if e.action == "status"]
        assert [(e.reviewer, e.old_value, e.new_value, e.note) for e in status] == [
            ("ana", "unreviewed", "false", "contradicts the minutes")
        ]

    # Opened again, it resumes at the first claim not decided yet.
    terminal.start("two", command)
    screen = terminal.wait("two", lambda s: "[?] help" in s)
    assert f"claim 1 of {len(order)}  #{order[1]}" in screen
    terminal.keys("two", "q")
    assert "exit=0" in terminal.wait("two", lambda s: "exit=" in s)


def test_keys_typed_ahead_are_all_taken(checked: str, terminal: Terminal) -> None:
    # A reviewer who knows the keys types ahead of the screen: every key counts, in order,
    # and what follows a decision's key is its note (click.getchar flushed them, or read
    # them as one key).
    url = checked
    with Store(url) as store:
        order = [i.claim.id for i in review.load_queue(store)]
    command = [sys.executable, "-m", "claimcheck", "review", "--db", url, "--reviewer", "ana"]
    terminal.start("one", command)
    terminal.wait("one", lambda s: "[?] help" in s)
    terminal.keys("one", "s", "Left", "s", "f", "typed ahead", "Enter", "m", "Enter", "q")
    screen = terminal.wait("one", lambda s: "exit=" in s)
    assert "exit=0" in screen and "2 decisions saved by ana" in screen
    with Store(url) as store:
        decided = [store.get_claim(i) for i in order[:4]]
    assert [(c.status, c.note) for c in decided if c is not None] == [
        ("unreviewed", None),
        ("unreviewed", None),
        ("false", "typed ahead"),
        ("misleading", None),
    ]


def test_suspended_with_ctrl_z_and_resumed_with_fg_it_takes_keys_again(
    checked: str, terminal: Terminal
) -> None:
    # An interactive shell with job control: Ctrl-Z stops the review, the shell gets its
    # line mode back, and after `fg` a single key acts again (without the SIGCONT
    # handler the terminal stayed in line mode and waited for Enter).
    url = checked
    with Store(url) as store:
        order = [i.claim.id for i in review.load_queue(store)]
    terminal.tmux("new-session", "-d", "-s", "sh", "-x", "120", "-y", "60", "bash --norc -i")
    command = [sys.executable, "-m", "claimcheck", "review", "--db", url, "--reviewer", "ana"]
    terminal.keys("sh", shlex.join(command), literal=True)
    terminal.keys("sh", "Enter")
    terminal.wait("sh", lambda s: "[?] help" in s)
    terminal.keys("sh", "C-z")
    terminal.wait("sh", lambda s: "Stopped" in s)
    terminal.keys("sh", "echo shell-echo-$((6*7))", "Enter")
    terminal.wait("sh", lambda s: "shell-echo-42" in s)  # the shell's line mode works
    terminal.keys("sh", "fg", "Enter")
    time.sleep(0.5)
    terminal.keys("sh", "s")
    terminal.wait("sh", lambda s: f"claim 2 of {len(order)}  #{order[1]}" in s)
    terminal.keys("sh", "q")
    terminal.wait("sh", lambda s: "0 decisions saved by ana" in s)
