"""Single keys from the terminal without losing what the reviewer typed ahead.

``click.getchar`` switches the terminal to raw mode for each key with ``TCSAFLUSH``,
which throws away every key pressed while the previous screen was drawn (and reads
several keys typed at once as one). A reviewer who knows the keys types ahead: here the
terminal stays in character mode (no echo) for the whole review, a key is read one
byte at a time (with the rest of its UTF-8 character or escape sequence), and a
prompt's line is edited here too, so that nothing typed ahead is lost or misread.
Not a terminal (the test runner): ``click.getchar`` and ``click.prompt``.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import click
from rich.cells import cell_len

from claimcheck.escape import visible

try:
    import termios
except ImportError:  # pragma: no cover - not on POSIX
    termios = None  # type: ignore[assignment]

CTRL_C, CTRL_D = "\x03", "\x04"
Attrs = list[Any]  # what termios.tcgetattr returns
ESCAPE_WAIT = 0.03  # seconds: the bytes of an arrow key arrive together


class Keyboard:
    """Keys one at a time (``key``) and lines (``line``), from stdin's terminal
    (``fd``), or through click when there is none."""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd

    def key(self) -> str:
        """The next key (an escape sequence as a whole); EOFError on Ctrl-D or end of input,
        KeyboardInterrupt on Ctrl-C. Only that key is taken from the terminal: what was
        typed after it stays there, for the next key or for a prompt."""
        if self._fd is None:
            return click.getchar()
        data = self._byte()
        if data == b"\x1b":
            data += self._sequence()
        elif data[0] >= 0xC0:  # the lead byte of a UTF-8 character
            data += b"".join(self._byte() for _ in range(_continuations(data[0])))
        ch = data.decode(sys.stdin.encoding or "utf-8", "replace")
        if ch == CTRL_C:
            raise KeyboardInterrupt
        if ch == CTRL_D:
            raise EOFError
        return ch

    def _byte(self) -> bytes:
        assert self._fd is not None
        data = os.read(self._fd, 1)
        if not data:
            raise EOFError
        return data

    def _sequence(self) -> bytes:
        """The rest of an escape sequence (CSI ``ESC [ ... final`` or ``ESC O x``), if one
        follows at once; nothing for the Escape key alone."""
        assert self._fd is not None
        if not select.select([self._fd], [], [], ESCAPE_WAIT)[0]:
            return b""
        second = self._byte()
        if second == b"O":
            return second + self._byte()
        if second != b"[":
            return second
        rest = b"["
        while True:
            b = self._byte()
            rest += b
            if 0x40 <= b[0] <= 0x7E or len(rest) > 16:
                return rest

    def line(self, label: str, default: str = "") -> str:
        """A line of text after ``label: `` (``[default]`` shown and returned for an empty
        answer), edited here in character mode: keys typed ahead of the prompt are its
        first characters, and the keys after Enter stay for the screen that follows."""
        if self._fd is None:
            value: str = click.prompt(
                visible(label), default=default, show_default=bool(default), err=True
            )
            return value
        _write(visible(label) + (f" [{visible(default)}]" if default else "") + ": ")
        answer = edit(self._typed(), _write)
        _write("\n")
        return answer or default

    def _typed(self) -> Iterator[str]:
        while True:
            try:
                yield self.key()
            except EOFError:
                raise click.exceptions.Abort from None


def edit(keys: Iterable[str], echo: Callable[[str], None]) -> str:
    """The line typed as ``keys``, up to Enter, with the editing keys of a terminal's line
    mode: Backspace, Ctrl-U (the whole line), Ctrl-W (the last word). Other control keys
    and escape sequences are ignored; what is kept is echoed."""
    chars: list[str] = []

    def erase(n: int) -> None:
        if n <= 0:
            return
        for ch in chars[-n:]:
            w = cell_len(ch)
            echo("\b" * w + " " * w + "\b" * w)
        del chars[len(chars) - n :]

    for key in keys:
        if key in ("\r", "\n"):
            break
        if key in ("\x7f", "\b"):
            erase(1)
        elif key == "\x15":
            erase(len(chars))
        elif key == "\x17":
            n = len(chars)
            while n and chars[n - 1] == " ":
                n -= 1
            while n and chars[n - 1] != " ":
                n -= 1
            erase(len(chars) - n)
        elif key.isprintable():
            chars.append(key)
            echo(key)
    return "".join(chars)


def _write(text: str) -> None:
    sys.stderr.write(text)
    sys.stderr.flush()


def _continuations(lead: int) -> int:
    return 3 if lead >= 0xF0 else 2 if lead >= 0xE0 else 1


def character_mode(attrs: Attrs) -> Attrs:
    """``attrs`` (from ``tcgetattr``) without echo and line editing, one byte at a time;
    signals (Ctrl-C) and output processing unchanged."""
    assert termios is not None
    keys = list(attrs)
    keys[3] &= ~(termios.ECHO | termios.ICANON)
    cc = list(keys[6])
    cc[termios.VMIN] = 1
    cc[termios.VTIME] = 0
    keys[6] = cc
    return keys


@contextlib.contextmanager
def keyboard() -> Iterator[Keyboard]:
    """The review's keyboard: stdin's terminal in character mode until the block ends
    (restored however it ends); ``click.getchar`` when stdin is not a terminal."""
    try:
        fd = sys.stdin.fileno()
        cooked = termios.tcgetattr(fd) if termios is not None and os.isatty(fd) else None
    except (OSError, ValueError):  # io.UnsupportedOperation, termios.error
        cooked = None
    if cooked is None:
        yield Keyboard(None)
        return
    keys = character_mode(cooked)
    termios.tcsetattr(fd, termios.TCSANOW, keys)
    restore = _on_suspend(fd, cooked, keys)
    try:
        yield Keyboard(fd)
    finally:
        restore()
        termios.tcsetattr(fd, termios.TCSADRAIN, cooked)


def _on_suspend(fd: int, cooked: Attrs, keys: Attrs) -> Callable[[], None]:
    """Ctrl-Z gives the shell its line mode back, and ``fg`` takes character mode again
    (a shell does not restore a stopped job's terminal modes: the review would wait for
    Enter). Returns what puts the previous handlers back."""
    if not hasattr(signal, "SIGTSTP") or termios is None:  # pragma: no cover - not POSIX
        return lambda: None
    assert termios is not None
    tcsetattr = termios.tcsetattr
    now, drain = termios.TCSANOW, termios.TCSADRAIN

    def stop(signum: int, frame: object) -> None:
        tcsetattr(fd, drain, cooked)
        signal.signal(signal.SIGTSTP, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTSTP)  # stops here until SIGCONT

    def resume(signum: int, frame: object) -> None:
        signal.signal(signal.SIGTSTP, stop)
        tcsetattr(fd, now, keys)

    try:
        before = signal.signal(signal.SIGTSTP, stop), signal.signal(signal.SIGCONT, resume)
    except ValueError:  # not the main thread
        return lambda: None

    def restore() -> None:
        signal.signal(signal.SIGTSTP, before[0])
        signal.signal(signal.SIGCONT, before[1])

    return restore
