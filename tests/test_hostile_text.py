"""Degenerate article text: extraction never raises and offsets still slice.

Sizes are large enough that a quadratic step would take minutes instead of a second.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck import extract
from tests.spans import assert_offsets_slice

CASES = {
    "one long line of words": " ".join(
        ["the", "Trump", "met", "Kim", "in", "June", "U.S.", "$5"] * 6000
    ),
    "no spaces": "a" * 100_000,
    "initials": "a. " * 30_000,
    "digits": "1" * 100_000,
    "digits and commas": "1," * 50_000,
    "capitals": "Abc " * 25_000,
    "quote marks": '"' * 100_000,
    "short quotes": '"a b c" ' * 12_000,
    "dates": "June 30, " * 12_000,
    "one letter lines": "a\n" * 50_000,
    "blank lines": "\n" * 100_000,
    "dots": "." * 100_000,
    "ellipses": "... " * 25_000,
    "money": "$1 " * 30_000,
    "titles": "Mr. " * 25_000,
    "speech": 'he said "yes it is" ' * 5_000,
    "pipes": "|" * 50_000,
    "table rows": "| a | 1 |\n" * 10_000,
    "separator rows": "|---|:---:|\n" * 10_000,
    "bullets": "- \n* x\n1. \n" * 10_000,
    "headings": "# \n## A B\n" * 10_000,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_degenerate_text(name: str) -> None:
    text = CASES[name]
    assert_offsets_slice(text, extract(text, published=dt.date(2019, 10, 24)))


def test_every_row_of_a_markdown_table_is_a_sentence() -> None:
    rows = "".join(f"| {year} | Sales rose {year % 9}% |\n" for year in range(1900, 3900))
    text = "| year | sales |\n|---|---|\n" + rows
    x = extract(text, published=dt.date(2019, 10, 24))
    assert_offsets_slice(text, x)
    assert len(x.sentences) == 2001  # the header row and every row; the rule set aside
    assert x.sentences[1].text == "1900 | Sales rose 1%"
    assert [p.role for p in x.paragraphs].count("chrome") == 1
