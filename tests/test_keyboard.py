"""The review's keyboard: line editing of a prompt, and the terminal mode it reads keys in.
(Keys typed ahead in a real terminal: tests/test_review_tmux.py.)"""

from __future__ import annotations

import termios

from claimcheck.cli.keyboard import character_mode, edit


def typed(keys: list[str]) -> tuple[str, str, list[str]]:
    echoed: list[str] = []
    rest = iter(keys)
    line = edit(rest, echoed.append)
    return line, "".join(echoed), list(rest)


def test_a_line_ends_at_enter_and_leaves_the_keys_after_it() -> None:
    assert typed(list("note") + ["\r", "m", "q"]) == ("note", "note", ["m", "q"])
    assert typed(list("ok") + ["\n"]) == ("ok", "ok", [])


def test_backspace_ctrl_u_and_ctrl_w_edit_as_in_a_terminal() -> None:
    assert typed(list("noet") + ["\x7f", "\x7f"] + list("te") + ["\r"])[0] == "note"
    assert typed(list("ab") + ["\b", "\b", "\b"] + ["c", "\r"])[0] == "c"  # past the start
    assert typed(list("wrong words") + ["\x15"] + list("right") + ["\r"])[0] == "right"
    assert typed(list("keep this  gone ") + ["\x17"] + ["\r"])[0] == "keep this  "
    assert typed(["\x17", "x", "\r"])[0] == "x"


def test_backspace_erases_a_wide_character_by_its_width() -> None:
    line, echoed, _ = typed(["好", "\x7f", "\r"])
    assert line == "" and echoed == "好" + "\b\b  \b\b"


def test_escape_sequences_and_control_keys_are_not_part_of_the_line() -> None:
    line, echoed, _ = typed(["a", "\x1b[D", "\x1b", "\x07", "\t", "b", "\r"])
    assert (line, echoed) == ("ab", "ab")


def test_input_ending_without_enter_gives_what_was_typed() -> None:
    assert typed(list("half"))[:2] == ("half", "half")


def test_character_mode_keeps_signals_and_reads_a_byte_at_a_time() -> None:
    cooked = [0, 0, 0, termios.ECHO | termios.ICANON | termios.ISIG, 0, 0, [b"\0"] * 32]
    keys = character_mode(cooked)
    assert keys[3] == termios.ISIG
    assert keys[6][termios.VMIN] == 1 and keys[6][termios.VTIME] == 0
    assert cooked[3] == termios.ECHO | termios.ICANON | termios.ISIG  # not changed in place
    assert cooked[6][termios.VMIN] == b"\0"
