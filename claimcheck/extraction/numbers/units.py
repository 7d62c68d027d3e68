"""Units of numbers: currencies by ISO 4217 code, measures, and durations in whole units.

Currencies come from two sorted word lists in ``extraction/entities/lists/``, read at first
use: ``currency_codes.txt`` (code or written abbreviation, tab, ISO code: "RM" is MYR) and
``currency_names.txt`` (name, tab, ISO code or "-" when the name alone does not say which
currency, tab, minor units per major unit: "cent" is 1/100 USD). A currency named but not
identified ("42 bucks", "10 dinars") is money with no code, never a guessed one.

Measures are named as quantulum3's unit list names them (:func:`unit_of`): "kilometre",
"kilowatt", "horsepower", "pound-force foot" for the torque "lb-ft" (not "pound-mass").

Durations follow one rule, so that "half an hour" and "30 minutes" compare: a fractional
duration is written in the next smaller unit until it is whole (1.5 hours is 90 minutes,
half a day 12 hours, a month and a half 45 days), and a compound duration ("2 years and 3
months") is summed in its smallest unit (27 months). A month is 30 days, a year 12 months
or 365 days. A duration never whole in a smaller unit stays as written ("3.2 years" is 3.2
years, not 38.4 months nor 1152 days of 30-day months); so does one in years or quarters
that only a 30-day month would make whole.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from claimcheck.extraction.numbers.patterns import _DUR_ADJ, _DUR_UNITS, _MEASURES

__all__ = [
    "add_durations",
    "currency_after",
    "currency_code",
    "led_by_unit",
    "unit_of",
    "whole_duration",
]
# A number found: start, end, value, unit, kind, qualifier.
Found = tuple[int, int, float, str | None, str, str | None]
# "an hour and 15 minutes", "a year and six months": a unit of one before a duration.
_A_UNIT_AND = re.compile(r"\ban?[ \t]+(year|month|week|day|hour|minute)[ \t]+and[ \t]+\Z")

_WORD = re.compile(r"[a-z]+")  # "u" of "u.s. dollars" is among the first words
# First words of the currency names in all their forms, filled when the list is read.
_FIRSTS: set[str] = set()
_PREFIXES: set[str] = set()
_SYMBOLS = {
    "$": ("USD", 1), "£": ("GBP", 1), "€": ("EUR", 1), "¥": ("JPY", 1), "₹": ("INR", 1),
    "¢": ("USD", 100), "₩": ("KRW", 1), "₽": ("RUB", 1), "₺": ("TRY", 1), "₪": ("ILS", 1),
    "₦": ("NGN", 1), "₴": ("UAH", 1), "฿": ("THB", 1), "₱": ("PHP", 1), "₫": ("VND", 1),
}  # fmt: skip


def _read(name: str) -> list[list[str]]:
    lists = resources.files("claimcheck.extraction.entities") / "lists"
    text = (lists / f"{name}.txt").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip()]


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@cache
def _codes() -> tuple[dict[str, str], re.Pattern[str]]:
    codes = {alias: code for alias, code in _read("currency_codes")}
    # Matched on the text as written: a code is upper case ("42 MYR", "MYR42").
    pattern = re.compile(rf"[ \t]?({_alt([re.escape(c) for c in codes])})(?![A-Za-z])")
    return codes, pattern


@cache
def _names() -> tuple[dict[str, tuple[str | None, int]], re.Pattern[str]]:
    names = {n: (None if c == "-" else c, int(per)) for n, c, per in _read("currency_names")}
    forms = []
    for name in names:
        # "dollars", "pennies", "riyals": the plural of every name is allowed.
        stem = re.escape(name).replace(r"\ ", r"[ \t]+")
        forms.append(stem[:-1] + "(?:y|ies)" if name.endswith("y") else stem + "(?:e?s)?")
    pattern = re.compile(rf"[ \t]+({_alt(forms)})(?![a-z])")
    # The first word of every name in every form: a set test before the long regex.
    heads = {n.split()[0].split(".")[0] for n in names}
    _FIRSTS.update(heads | {h + "s" for h in heads} | {h + "es" for h in heads}
                   | {h[:-1] + "ies" for h in heads if h.endswith("y")})  # fmt: skip
    _PREFIXES.update(h[:2] for h in heads)
    return names, pattern


# Video resolutions written with "p" for progressive lines.
_LINES = frozenset([" 144", " 240", " 360", " 480", " 576", " 720", "1080", "1440", "2160", "4320"])


def currency_code(written: str) -> str | None:
    """The ISO 4217 code of a code or abbreviation as written ("USD", "RM"), else None."""
    return _codes()[0].get(written)


def currency_after(text: str, low: str, pos: int) -> tuple[int, str | None, int] | None:
    """(end, ISO code or None, minor units per major unit) of a currency named at ``pos``,
    right after a number: "20€", "42 MYR", "ten shekels", "42 kuwaiti dinars", "10 cents"."""
    if not _FIRSTS:
        _names()
    c = text[pos : pos + 1]
    if c == " ":
        i = pos + 1
        c = text[i : i + 1]
    elif c in ("c", "p"):
        if c == "p" and text[max(0, pos - 4) : pos] in _LINES:
            return None  # "1080p", "720p": a video's lines, not pence
        if not text[pos + 1 : pos + 2].isalnum():
            return pos + 1, "USD" if c == "c" else "GBP", 100  # "43c", "50p"
        return None
    else:
        i = pos
    if c.islower():  # the common case, a word: most are no currency
        if low[i : i + 2] not in _PREFIXES:
            return None
        word = _WORD.match(low, i)
        if word is None or word[0] not in _FIRSTS:
            return None
    elif c in _SYMBOLS:
        return (i + 1, *_SYMBOLS[c])
    elif c.isupper():
        codes, code_re = _codes()
        if (m := code_re.match(text, pos)) is not None:
            return m.end(), codes[m[1]], 1
    names, name_re = _names()
    if (m := name_re.match(low, pos)) is None:
        return None
    if text[m.start(1)].isupper() and m[1].startswith("cent"):
        return None  # "50 Cent": a name
    found = " ".join(m[1].split())
    key = found if found in names else _singular(found, names)
    if key is None:
        return None
    return (m.end(), *names[key])


def _singular(word: str, names: dict[str, tuple[str | None, int]]) -> str | None:
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(cut) and (stem := word[: -len(cut)] + add) in names:
            return stem
    return None


_DOWN = {
    "year": ("month", 12), "quarter": ("month", 3), "month": ("day", 30), "week": ("day", 7),
    "day": ("hour", 24), "hour": ("minute", 60), "minute": ("second", 60),
}  # fmt: skip
_MONTHS = {"year": 12, "quarter": 3, "month": 1}
_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800,
            "month": 2592000, "quarter": 7776000, "year": 31536000}  # fmt: skip


def whole_duration(value: float, unit: str) -> tuple[float, str]:
    """A fractional duration in the first smaller unit where it is whole: (1.5, "hour") is
    (90, "minute"), (2.5, "year") (30, "month"); one never whole stays as written.

    Large values stay as written (2.7 billion years is not made months), and so do years and
    quarters that are not whole in months: (3.2, "year") is not 1152 days, a 360-day year
    made of 30-day months; the 30-day month is only for what was written in months."""
    written = value, unit
    while abs(value - round(value)) > 1e-9:
        if unit not in _DOWN or abs(value) >= 1000 or (unit == "month" and written[1] != unit):
            return written
        unit, per = _DOWN[unit]
        value = round(value * per, 9)
    return value, unit


def led_by_unit(low: str, found: Found, lo: int) -> Found:
    """A duration slot (start, end, value, unit, ...) with "an hour and " or "a year and "
    just before it in the lower-cased text (no further back than ``lo``) taken in: "an
    hour and 15 minutes" is 75 minutes. Else the slot as it was."""
    m = _A_UNIT_AND.search(low, max(lo, found[0] - 16), found[0])
    total = None if m is None else add_durations([(1.0, m[1]), (found[2], found[3] or "")])
    return found if m is None or total is None else (m.start(), found[1], *total, *found[4:])


def add_durations(parts: list[tuple[float, str]]) -> tuple[float, str] | None:
    """The sum of a compound duration in its smallest unit, then made whole: [(2, "year"),
    (3, "month")] is (27, "month"); None if a unit is not a duration."""
    if any(u not in _SECONDS for _, u in parts):
        return None
    table = _MONTHS if all(u in _MONTHS for _, u in parts) else _SECONDS
    smallest = min((u for _, u in parts), key=table.__getitem__)
    total = sum(v * table[u] for v, u in parts) / table[smallest]
    return whole_duration(round(total, 9), smallest)


def unit_of(after: re.Match[str]) -> tuple[str, str, float]:
    """(kind, canonical unit, multiplier) for a unit matched right after a number."""
    group, raw = after.lastgroup, " ".join(after.group().lower().replace("-", " ").split())
    if group == "pp":
        return "percent", "percentage point", 1
    if group == "pct":
        return "percent", "percent", 1
    if group == "times":
        return "count", "times", 1
    if group == "dur":
        word = raw.split()[1] if raw.split()[0] in _DUR_ADJ else raw  # "two additional minutes"
        unit = next(u for w, u in _DUR_UNITS if word.startswith(w))
        count = unit.rstrip("abcdefghijklmnopqrstuvwxyz")  # "10year": a decade is 10 years
        return "duration", unit[len(count) :], int(count or 1)
    rate = ""
    if raw.endswith((" per hour", " an hour", " a hour")):
        rate, raw = " per hour", raw.rsplit(" ", 2)[0]  # "50 miles an hour", not "kilowatt hour"
    power = ""
    if raw.endswith(("²", "^2", "2", " squared")) and not raw.startswith("°"):
        power, raw = "square ", raw.rstrip("^2²").removesuffix(" squared")
    elif raw.endswith(("³", "^3", "3", " cubed")):
        power, raw = "cubic ", raw.rstrip("^3³").removesuffix(" cubed")
    raw = raw.replace("sq ", "square ")
    if raw.startswith(("square ", "cubic ")):
        head, _, rest = raw.partition(" ")
        return "quantity", f"{head} {_measure(rest)}", 1
    if raw.startswith(("degree", "°")):
        if raw.endswith(("c", "celsius", "centigrade")):
            return "quantity", "degree Celsius", 1
        return "quantity", "degree fahrenheit" if raw.endswith(("f", "fahrenheit")) else "degree", 1
    return "quantity", power + _measure(raw) + rate, 1


def _measure(word: str) -> str:
    return next((u.replace("_", " ") for w, u in _MEASURES if word.startswith(w)), word)
