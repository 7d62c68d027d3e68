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


# Units that convert into one another, by what they measure: the factor to the first
# unit of the group ("7 miles" and "11 km" are compared in metres). Temperatures are
# not scaled, and "pound" and "ton" are left out: a currency, or which ton?
_UNITS: dict[str, tuple[str, float]] = {
    unit: (dimension, factor)
    for dimension, table in {
        "length": {
            "metre": 1.0, "kilometre": 1e3, "centimetre": 1e-2, "millimetre": 1e-3,
            "mile": 1609.344, "nautical mile": 1852.0, "foot": 0.3048, "inch": 0.0254,
            "yard": 0.9144,
        },
        "mass": {"kilogram": 1.0, "gram": 1e-3, "milligram": 1e-6, "tonne": 1e3,
                 "ounce": 0.028349523125},
        "area": {
            "square metre": 1.0, "square kilometre": 1e6, "square mile": 2589988.110336,
            "hectare": 1e4, "acre": 4046.8564224, "square foot": 0.09290304,
        },
        "volume": {"litre": 1.0, "millilitre": 1e-3, "cubic metre": 1e3, "gallon": 3.785411784},
        "speed": {"kilometre per hour": 1.0, "mile per hour": 1.609344},
    }.items()
    for unit, factor in table.items()
}  # fmt: skip


def measure(unit: str | None) -> tuple[str, float] | None:
    """What ``unit`` measures and its factor to that measure's first unit, or None for a
    unit that converts into no other."""
    return _UNITS.get(unit) if unit else None


def interval(n: NumberSlot, factor: float = 1.0) -> Interval | None:
    """What ``n`` allows (in its unit times ``factor``), or None when its qualifier is
    vague ("thousands", "several") and nothing can be said against another figure."""
    allowed = _interval(n)
    if allowed is None or factor == 1.0:
        return allowed
    return allowed._replace(low=allowed.low * factor, high=allowed.high * factor)


# A rank "above 26th" is a smaller number: for ordinals, above and below swap.
_RANK_SWAP = {
    "above": "below",
    "higher than": "lower than",
    "below": "above",
    "lower than": "higher than",
}


def _interval(n: NumberSlot) -> Interval | None:
    qualifier = " ".join((n.qualifier or "").lower().split())
    if n.kind == "ordinal":
        qualifier = _RANK_SWAP.get(qualifier, qualifier)
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
    # Half open, as rounding is: "23 million" (22.5 to 23.5 million) and "24 million"
    # differ; an exact count is the number itself.
    return Interval(low - tolerance, high + tolerance, high_open=tolerance > 0)


def rounding(n: NumberSlot) -> float:
    """Half a unit of the last digit written: "$18.7 million" may be anything from
    18.65 to 18.75 million, "23 million" from 22.5 to 23.5 million, "7 miles" from 6.5 to
    7.5. A whole count written out in full ("195 reviews", "three times") is exact; a
    figure without digits counts in ones (of its scale)."""
    found = _NUMERAL.search(n.text)
    written = float(found.group().replace(",", "") or 0) if found else None
    if n.kind == "count" and n.value.is_integer() and written in (None, n.value):
        return 0.0  # people, reviews, times counted: a whole number is exact
    if found is None or not written:
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
