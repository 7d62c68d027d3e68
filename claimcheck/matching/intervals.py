"""What a figure allows: a number slot as an interval, its qualifier and rounding included.

"more than $19 million" allows anything above 19 million, "$18.7 million" anything that
rounds to it (18.65 to 18.75 million), "about 300" anything within a tenth of 300. Two
statements clash on a figure when what they allow does not overlap: "more than $19
million" and "$18.7 million" clash, "23.5 million" and "23 million" do not (a reporter
rounds), "over 90%" and "93%" do not. Pure functions.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from claimcheck.models import NumberSlot


class Interval(NamedTuple):
    """The values a figure allows; an open end excludes its bound."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False


# Qualifiers by what they do to the figure (as the number finder writes them, lower case).
_ABOVE = frozenset(
    "more than|over|just over|well over|greater than|larger than|higher than|bigger than"
    "|above|in excess of".split("|")
)
_AT_LEAST = frozenset({"at least", "no fewer than", "no less than"})
_BELOW = frozenset(
    "less than|fewer than|under|just under|well under|smaller than|lower than|below".split("|")
)
_AT_MOST = frozenset(
    {"at most", "up to", "as many as", "as much as", "as few as", "no more than", "not more than"}
)
_ABOUT = frozenset(
    {"about", "around", "approximately", "roughly", "some", "close to", "an estimated"}
)
_NEARLY = frozenset({"nearly", "almost"})
_EXACT = frozenset({"just", "only"})
# "about 300" allows what is within a tenth of 300, at the least.
_APPROXIMATE = 0.1

_NUMERAL = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def interval(n: NumberSlot) -> Interval | None:
    """What ``n`` allows, or None when its qualifier is vague ("thousands", "several")
    and nothing can be said against another figure."""
    qualifier = " ".join((n.qualifier or "").lower().split())
    low, high = n.value, n.upper if n.upper is not None else n.value
    if qualifier in _ABOVE:
        return Interval(high, math.inf, low_open=True)
    if qualifier in _AT_LEAST:
        return Interval(high, math.inf)
    if qualifier in _BELOW:
        return Interval(-math.inf, low, high_open=True)
    if qualifier in _AT_MOST:
        return Interval(-math.inf, high)
    tolerance = rounding(n)
    if qualifier in _ABOUT:
        tolerance = max(tolerance, _APPROXIMATE * abs(high))
        return Interval(low - tolerance, high + tolerance)
    if qualifier in _NEARLY:
        return Interval(
            low - max(tolerance, _APPROXIMATE * abs(low)), high + tolerance, high_open=True
        )
    if qualifier and qualifier not in _EXACT:
        return None  # vague: "thousands", "a couple", "several"
    # Half open, as rounding is: "three" (2.5 to 3.5) and "twice" (1.5 to 2.5) differ.
    return Interval(low - tolerance, high + tolerance, high_open=True)


def rounding(n: NumberSlot) -> float:
    """Half a unit of the last digit written: "$18.7 million" may be anything from
    18.65 to 18.75 million, "23 million" from 22.5 to 23.5 million, "three" from 2.5 to
    3.5. A figure without digits counts in ones (of its scale)."""
    found = _NUMERAL.search(n.text)
    if found is None:
        return 0.5
    written = float(found.group().replace(",", "") or 0)
    if written == 0:
        return 0.5
    decimals = len(found.group(1) or "")
    # The scale the text applies to its digits ("million"), as the value shows it.
    scale = abs(n.value) / written if n.upper is None else 1.0
    if not (scale >= 1 and math.isfinite(scale)):
        scale = 1.0
    return 0.5 * 10.0**-decimals * scale


def overlap(a: Interval, b: Interval) -> bool:
    """Whether some value is allowed by both."""
    if a.high < b.low or b.high < a.low:
        return False
    if a.high == b.low:
        return not (a.high_open or b.low_open)
    if b.high == a.low:
        return not (b.high_open or a.low_open)
    return True
