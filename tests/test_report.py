"""The Rich report, rendered to an injected console at a fixed width, without colour."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from rich.console import Console

from claimcheck import extract
from claimcheck.cli.report import STYLES, highlighted, interval_text, render


def test_slots_are_styled_by_offset() -> None:
    x = extract(
        "Trump and Kim have met three times since last June.", published=dt.date(2019, 10, 24)
    )
    claim = x.sentences[0]
    text = highlighted(claim)
    styled = {(text.plain[s.start : s.end], str(s.style)) for s in text.spans}
    assert ("three times", STYLES["number"]) in styled
    assert ("last June", STYLES["date"]) in styled


def test_report_at_80_columns() -> None:
    article = (
        "Talks Collapse\n\n"
        "Talks broke down in February when the envoy walked away after just one day.\n"
        "The [red]minister[/red] said on Monday that 3 people \x1b[2Jdied.\n"
        "The envoy set an end of year deadline for 4 new talks.\n"
    )
    console = Console(width=80, record=True, color_system=None, force_terminal=False)
    render(console, extract(article, published=dt.date(2019, 10, 24)), label="t.txt")
    out = console.export_text()
    assert "why" not in out
    assert all(len(line) <= 80 for line in out.splitlines())
    assert "Talks Collapse" in out
    assert "February -> 2019-02 (month)" in out
    assert "one day -> duration just 1 day" in out
    assert "end of year -> 2019 (year, its end)" in out
    assert "[red]minister[/red]" in out and "\\x1b[2J" in out and "\x1b" not in out
    assert "claims in 3 sentences" in out


def test_a_date_placed_with_a_note_shows_the_note() -> None:
    article = "Budget Rises\n\nThe agency's budget for fiscal 2017 rose by 4%, to $3.2 billion.\n"
    console = Console(width=100, record=True, color_system=None, force_terminal=False)
    render(console, extract(article, published=dt.date(2019, 10, 24)), label="t.txt")
    assert "2017 -> 2017 (year)  (fiscal period: the calendar's stands in)" in console.export_text()


def test_unknown_date_is_called_out() -> None:
    console = Console(width=80, record=True, color_system=None)
    render(console, extract("Talks broke down on Monday in Hanoi, officials said."))
    out = console.export_text()
    assert "publication date unknown" in out
    assert "unresolved (pass --date)" in out


def test_explain_lists_the_weighed_signals() -> None:
    console = Console(width=80, record=True, color_system=None)
    x = extract("Unemployment fell to 4% in 2019.", published=dt.date(2019, 10, 24))
    render(console, x, explain=True)
    out = console.export_text()
    assert "why" in out and "has a number (+" in out


def test_a_huge_sentence_is_shown_by_its_start_and_end_with_its_slots_counted() -> None:
    # A page with no punctuation is one 100,000-character "claim": the report stays
    # readable (the JSON output keeps the whole text).
    unit = "the minister said 3 people died in March 2019 and "
    article = unit * 2000 + "that was all."
    x = extract(article, published=dt.date(2019, 10, 24))
    assert len(x.claims) == 1 and len(x.claims[0].numbers) == 2000
    console = Console(width=80, record=True, color_system=None)
    render(console, x)
    out = console.export_text()
    assert len(out) < 8_000
    assert out.count("3 people -> count 3 people") == 12
    assert out.count("March 2019 -> 2019-03 (month)") == 12
    assert "… and 1,988 more" in out
    assert f"[… {len(article) - 1500:,} characters not shown …]" in out
    assert "that was all." in out


def test_a_range_is_shown_with_both_ends_and_kept_in_json() -> None:
    from claimcheck.cli.report import format_number
    from claimcheck.models import NumberSlot
    from claimcheck.serialize import number_dict

    span = NumberSlot("30-39 years", 0, 11, 30.0, "year", "duration", None, 39.0)
    assert format_number(span) == "duration 30 to 39 years"
    assert number_dict(span)["upper"] == 39
    assert number_dict(span._replace(upper=None))["upper"] is None


def test_organisations_are_among_the_names_and_extract_counts_no_matches() -> None:
    console = Console(width=100, record=True, color_system=None)
    x = extract(
        "The Securities and Exchange Commission fined Acme Corp $5 million in Ohio in 2019.",
        published=dt.date(2019, 10, 24),
    )
    assert x.claims[0].orgs
    render(console, x)
    out = console.export_text()
    names = next(line for line in out.splitlines() if line.strip().startswith("names"))
    for org in x.claims[0].orgs:
        assert org.name in names
    assert "conflict with a source" not in out  # nothing was matched


def test_numbers_are_shown_without_saying_the_unit_twice() -> None:
    from claimcheck.cli.report import format_number
    from claimcheck.models import NumberSlot

    assert format_number(NumberSlot("27%", 0, 3, 27.0, "%", "percent")) == "27 percent"
    around = NumberSlot("around 5%", 0, 9, 5.0, "%", "percent", "about")
    assert format_number(around) == "about 5 percent"
    money = NumberSlot("$1.2 billion", 0, 12, 1.2e9, "USD", "money")
    assert format_number(money) == "1,200,000,000 USD"
    assert format_number(NumberSlot("3 months", 0, 8, 3.0, "month", "duration")) == (
        "duration 3 months"
    )
    assert format_number(NumberSlot("three times", 0, 11, 3.0, None, "count")) == "count 3"


def test_the_review_screen_shows_a_stored_number_as_the_report_does() -> None:
    from claimcheck.cli.review_screen import _number_value

    stored = {"value": 3, "unit": "month", "kind": "duration", "qualifier": None, "upper": None}
    assert _number_value("3 months", stored) == "duration 3 months"
    assert _number_value("30-39", {**stored, "value": 30, "upper": 39, "unit": "year"}) == (
        "duration 30 to 39 years"
    )
    assert _number_value("x", {"value": "[red]x", "kind": "count"}) == "[red]x"


@pytest.mark.parametrize("width", [60, 80, 120])
def test_a_long_title_wraps_at_words_at_any_width(width: int) -> None:
    title = "Trump-Kim Relationship Remains Special, North Korea Says After Stockholm Talks"
    console = Console(width=width, record=True, color_system=None)
    render(console, extract(f"{title}\n\nExports rose 40 percent in 2019, the ministry said.\n"))
    out = console.export_text()
    assert all(len(line) <= width for line in out.splitlines())
    words = {w for line in out.splitlines() for w in line.strip("│ ").split()}
    assert set(title.split()) <= words


def _ranked_heads(out: str) -> list[tuple[int, str]]:
    """(line number, claim head line) of each ranked claim in a rendered report."""
    return [
        (i, line)
        for i, line in enumerate(out.splitlines())
        if re.match(r"\s*\d+\. \d\.\d\d  ", line)
    ]


@pytest.mark.parametrize("width", [100, 60])
def test_captions_come_after_the_articles_own_claims_under_their_heading(
    voa,  # type: ignore[no-untyped-def]
    width: int,
) -> None:
    captions = [c for c in voa.claims if c.role == "caption"]
    own = [c for c in voa.claims if c.role != "caption"]
    # The example's captions outscore some of its own statements: ranking by score alone
    # would list them among them.
    assert captions and own and max(c.score for c in captions) > min(c.score for c in own)
    console = Console(width=width, record=True, color_system=None)
    render(console, voa)
    out = console.export_text()
    assert all(len(line) <= width for line in out.splitlines())
    lines = out.splitlines()
    heading = next(i for i, line in enumerate(lines) if line.startswith("Photo captions"))
    heads = _ranked_heads(out)
    assert [int(h.split(".")[0]) for _, h in heads] == list(range(1, len(voa.claims) + 1))
    before = [h for i, h in heads if i < heading]
    after = [h for i, h in heads if i > heading]
    assert len(before) == len(own) and not any("[caption]" in h for h in before)
    assert len(after) == len(captions) and all("[caption]" in h for h in after)
    # Each group is ranked by score: the own claims that give a date or figure, the
    # others (under their rule), the captions.
    others = next(i for i, line in enumerate(lines) if line.startswith("Other claims"))
    first = [h for i, h in heads if i < others]
    rest = [h for i, h in heads if others < i < heading]
    assert first and rest and len(first) + len(rest) == len(own)
    for group in (first, rest, after):
        scores = [float(h.split()[1]) for h in group]
        assert scores == sorted(scores, reverse=True)


def test_a_report_of_captions_alone_says_the_article_itself_has_none(voa) -> None:  # type: ignore[no-untyped-def]
    captions = tuple(c for c in voa.sentences if c.role == "caption")
    console = Console(width=80, record=True, color_system=None)
    render(console, dataclasses.replace(voa, sentences=captions))
    out = console.export_text()
    assert out.index("No checkable claims in the article's own text") < out.index("Photo captions")
    assert "No checkable claims above the threshold" not in out


def test_report_order_lists_statements_with_a_date_or_figure_first() -> None:
    """Events with dates and counts before background, opinion and quotations: the three
    statements a desk checks first in the example are in its top ten."""
    from claimcheck.models import Claim
    from claimcheck.serialize import report_order

    def claim(start: int, score: float, kinds: tuple[str, ...], is_claim: bool = True) -> Claim:
        return Claim("x", start, start + 1, score, kinds, is_claim, 0, "body")

    claims = [
        claim(0, 0.99, ("quote", "date")),  # a quotation is checked for who said it
        claim(3, 0.95, ("place",)),
        claim(6, 0.45, ("count", "event")),
        claim(9, 0.70, ("date",)),
        claim(12, 0.20, ("date",), is_claim=False),  # --all: not a claim, last
    ]
    assert [c.start for c in report_order(claims)] == [9, 6, 0, 3, 12]


def test_the_example_articles_dated_and_counted_events_are_in_its_top_ten(voa) -> None:  # type: ignore[no-untyped-def]
    from claimcheck.serialize import report_order

    top = [c.text for c in report_order(voa.claims)[:10]]
    for wanted in ("met three times since last June", "broke down in February", "one day of"):
        assert any(wanted in t for t in top), wanted


def test_report_order_puts_every_caption_after_the_body() -> None:
    from claimcheck.models import Claim
    from claimcheck.serialize import report_order

    def claim(start: int, score: float, role: str) -> Claim:
        return Claim("x", start, start + 1, score, (), True, 0, role)

    claims = [
        claim(0, 0.99, "caption"),
        claim(5, 0.40, "body"),
        claim(9, 0.80, "body"),
        claim(12, 0.60, "caption"),
        claim(15, 0.40, "heading"),
    ]
    ordered = report_order(claims)
    assert [(c.start, c.role) for c in ordered] == [
        (9, "body"),
        (5, "body"),
        (15, "heading"),
        (0, "caption"),
        (12, "caption"),
    ]


@pytest.mark.parametrize(
    ("first", "last", "granularity", "shown"),
    [
        ("2019-10-23", "2019-10-23", "day", "2019-10-23"),
        ("2019-10-01", "2019-10-31", "month", "2019-10"),
        ("2019-01-01", "2019-12-31", "year", "2019"),
        # A run of months or years is shown whole, not by its first one.
        ("2019-03-01", "2019-05-31", "month", "2019-03-01 to 2019-05-31"),
        ("1986-01-01", "1988-12-31", "year", "1986-01-01 to 1988-12-31"),
        ("2019-10-01", "2019-10-24", "month", "2019-10-01 to 2019-10-24"),
    ],
)
def test_an_interval_is_shown_as_short_as_it_reads(
    first: str, last: str, granularity: str, shown: str
) -> None:
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    assert interval_text(a, b, granularity) == shown


def test_a_part_of_the_articles_own_period_says_its_side_in_words() -> None:
    article = "Talks\n\nEarlier this week the envoy walked away from the talks in Geneva.\n"
    console = Console(width=100, record=True, color_system=None, force_terminal=False)
    render(console, extract(article, published=dt.date(2019, 11, 20)), label="t.txt")
    out = console.export_text()
    assert "2019-11-18 to 2019-11-24 (week, its part before the article)" in out
