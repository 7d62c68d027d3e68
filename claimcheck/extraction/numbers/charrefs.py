"""HTML character references left in plain text ("earned &#163;5m", "Andr&#233;
Previn"), as copy pasted out of a web system has them: the number finder reads each as
the character it stands for, never its code as a number (233, 163).

A reference is blanked to spaces of its own length (offsets into the text hold), except
a currency sign, which is kept at the reference's end ("     £5m"); a slot that starts at
such a sign starts at its reference, so that ``text[slot.start:slot.end] == slot.text``
still holds ("&#163;5m").
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

from claimcheck.models import NumberSlot

_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,7});")
_SIGNS = frozenset("$£€¥₹₩₽")


class Masked(NamedTuple):
    """The text as the finder reads it, and where each kept sign's reference starts."""

    text: str
    signs: dict[int, int]


def masked(text: str) -> Masked | None:
    """``text`` with its character references blanked, or None when it has none."""
    signs: dict[int, int] = {}

    def blank(m: re.Match[str]) -> str:
        ref = m.group()
        char = html.unescape(ref)
        if char in _SIGNS:
            signs[m.end() - 1] = m.start()
            return " " * (len(ref) - 1) + char
        return " " * len(ref)

    out = _REF.sub(blank, text)
    return None if out == text and not signs else Masked(out, signs)


def restored(
    slots: list[NumberSlot], text: str, offset: int, signs: dict[int, int]
) -> list[NumberSlot]:
    """Slots found in the masked text, as the text has them: one that starts at a kept
    sign starts at its reference."""
    out = []
    for slot in slots:
        start = signs.get(slot.start - offset)
        if start is not None:
            slot = slot._replace(start=start + offset, text=text[start : slot.end - offset])
        out.append(slot)
    return out
