"""Numbers written in words ("seven hundred thousand", "two point two million", "a dozen")."""

from __future__ import annotations

import re
from fractions import Fraction

from claimcheck.extraction.numbers.patterns import (
    _ABBR_SCALES,
    _DENOMINATORS,
    _DENOMS,
    _FRACTION,
    _IRREGULAR,
    _ONES,
    _ORDINALS,
    _RATING,
    _SCALES,
    _STOP,
    _TEENS,
    _TENS,
    _TOKENS,
    _VAGUE,
    _ZEROS,
    VULGAR,
)

__all__ = ["parse_number_words", "phrase_value", "plural", "words_value"]

# parse_number_words by phrase: a few dozen ordinals and fractions ("first", "half",
# "two-thirds") make up nearly all the phrases a news corpus asks about.
_PHRASES: dict[str, float | None] = {}


def phrase_value(phrase: str) -> float | None:
    """:func:`parse_number_words` of ``phrase``, remembered (up to 4,096 phrases): tokenising
    "first" again at every ordinal cost more than the rest of reading the slot."""
    try:
        return _PHRASES[phrase]
    except KeyError:  # the first time only
        if len(_PHRASES) >= 4096:
            _PHRASES.clear()
        value = _PHRASES[phrase] = parse_number_words(phrase)
        return value


def parse_number_words(words: str) -> float | None:
    """Value of a number written in words, digits or both, or None if it is not one.

    "seven hundred thousand" -> 700000.0, "a dozen" -> 12.0, "1.2 million" -> 1200000.0,
    "two and a half" -> 2.5, "half a million" -> 500000.0, "two-thirds" -> 0.666...,
    "twenty-first" -> 21.0, "dozens" -> 24.0 (vague plurals take their smallest reading).
    """
    toks = [t.lower() for t in _TOKENS.findall(words.replace("−", "-"))]
    sign = 1
    if words.lstrip().startswith("-") or (toks and toks[0] in ("minus", "negative")):
        sign = -1
        toks = toks[1:] if toks and toks[0] in ("minus", "negative") else toks
    if not toks:
        return None
    if (vague := _VAGUE.get(" ".join(toks))) is not None:
        return float(sign * vague)
    if len(toks) == 1 and toks[0] in _ZEROS:
        return 0.0
    if "point" in toks:
        return _point(toks, sign)
    if toks[0] == "half":
        rest = toks[2:] if toks[1:2] in (["a"], ["an"]) else toks[1:]
        inner = _cardinal(rest) if rest else 1
        return None if inner is None else float(sign * Fraction(inner) / 2)
    if len(toks) == 2 and toks[1] in _DENOMS:
        top = 1 if toks[0] in ("a", "an") else _ONES.get(toks[0])
        if top and (top == 1 or toks[1].endswith("s")):
            return float(sign * Fraction(top, _DENOMS[toks[1]]))
    if "half" in toks:
        i = toks.index("half")
        head, tail = _cardinal(toks[: i - 2]), toks[i + 1 :]
        if toks[i - 2 : i] != ["and", "a"] or head is None or len(tail) > 1:
            return None
        value: Fraction | int = head + Fraction(1, 2)
        if tail:
            if tail[0] not in _SCALES:
                return None
            value *= _SCALES[tail[0]]
        return float(sign * value)
    if toks[-1] in _ORDINALS:
        toks[-1] = _ORDINALS[toks[-1]]
    whole = _cardinal(toks)
    return None if whole is None else float(sign * whole)


def _point(toks: list[str], sign: int) -> float | None:
    """ "two point two million" -> 2200000.0: digits one by one after "point"."""
    i = toks.index("point")
    head, tail = _cardinal(toks[:i]), toks[i + 1 :]
    scale = _SCALES.get(tail[-1], 1) if tail else 1
    digits = [str(_ONES[t]) if t in _ONES else t for t in tail[: -1 if scale > 1 else None]]
    if head is None or not digits or not all(d.isdigit() for d in digits):
        return None
    return float(sign * (head + Fraction("0." + "".join(digits))) * scale)


def _cardinal(toks: list[str]) -> Fraction | int | None:
    """Sum a run of number tokens, rejecting runs no writer would produce ("two three")."""
    total: Fraction | int = 0
    group: Fraction | int = 0
    prev = ""
    last_scale = 10**15
    for i, tok in enumerate(toks):
        if tok in ("a", "an"):
            if i:
                return None
            group, prev = 1, "a"
        elif tok == "and":
            if prev not in ("hundred", "scale"):
                return None
            prev = "and"
        elif tok in _ONES:
            if prev not in ("", "tens", "hundred", "scale", "and"):
                return None
            group, prev = group + _ONES[tok], "ones"
        elif tok in _TEENS:
            if prev not in ("", "hundred", "scale", "and"):
                return None
            group, prev = group + _TEENS[tok], "teen"
        elif tok in _TENS:
            if prev not in ("", "hundred", "scale", "and"):
                return None
            group, prev = group + _TENS[tok], "tens"
        elif tok[0].isdigit():
            if prev:
                return None
            clean = tok.replace(",", "")
            group, prev = (Fraction(clean) if "." in clean else int(clean)), "num"
        elif tok in ("hundred", "dozen"):
            if prev not in ("", "a", "ones", "teen", "tens", "num") or (prev and group >= 100):
                return None
            group, prev = (group or 1) * (100 if tok == "hundred" else 12), "hundred"
        elif tok in _SCALES or (tok in _ABBR_SCALES and prev == "num"):
            scale = _SCALES.get(tok) or _ABBR_SCALES[tok]
            if prev in ("and", "scale") or scale >= last_scale:
                return None
            total, group, prev, last_scale = total + (group or 1) * scale, 0, "scale", scale
        else:
            return None
    return None if prev in ("a", "and") else total + group


def words_value(text: str, start: int, end: int) -> tuple[float | None, int]:
    """Value of the word run text[start:end], shortened to its longest valid prefix."""
    phrase = text[start:end]
    if (value := parse_number_words(phrase)) is not None:
        return value, end
    if phrase.lower().strip() in ("a", "an"):  # "a decade"
        return 1.0, end
    cuts = [t.end() for t in re.finditer(r"[a-z]+", phrase, re.I)]
    for cut in reversed(cuts[:-1]):
        if (value := parse_number_words(phrase[:cut])) is not None:
            return value, start + cut
    return None, end


def scaled(numeral: str, mult: int) -> float:
    """A numeral ("1.13", "2,500", "7½", "7 3/4", "3/4") times a scale, in integer
    arithmetic with one rounding: in floats 1.13 * 1e9 is 1130000000.0000002."""
    numeral = numeral.replace(",", "")
    if numeral[-1] in VULGAR:  # "7½", "½"
        part = Fraction(VULGAR[numeral[-1]]).limit_denominator(8)
        numeral = numeral[:-1]
    elif "/" in numeral:  # "7 3/4", "3/4"
        numeral, _, fraction = numeral.rpartition(" ")
        part = Fraction(fraction)
    else:
        whole, _, frac = numeral.partition(".")
        return float(int(whole + frac) * mult / 10 ** len(frac))
    whole, _, frac = (numeral or "0").partition(".")
    return float((Fraction(int(whole + frac), 10 ** len(frac)) + part) * mult)


def slash_fraction(text: str, low: str, end: int, digits: str) -> tuple[int, str] | None:
    """(end, "3/4") of a fraction written with a slash after ``digits``; None for a date
    ("9/11"), "24/7", a rating ("4/5 stars") or a score."""
    m = _FRACTION.match(text, end)
    if m is None or not digits.isdigit():
        return None
    top, bottom = int(digits), int(m[1])
    if not 0 < top < bottom or bottom not in _DENOMINATORS or _RATING.match(low, m.end()):
        return None
    return m.end(), f"{top}/{bottom}"


def plural(word: str) -> bool:
    """Whether a lower-case noun is plural ("people", "jets"; not "bus", "news")."""
    if word in _IRREGULAR:
        return True
    return (
        len(word) > 3 and word[-1] == "s" and not word.endswith(("ss", "us", "is", "ous"))
        and word not in _STOP
    )  # fmt: skip
