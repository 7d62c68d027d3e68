"""The Rich report, rendered to an injected console at a fixed width, without colour."""

from __future__ import annotations

import datetime as dt

from rich.console import Console

from claimcheck import extract
from claimcheck.report import STYLES, highlighted, render


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
    )
    console = Console(width=80, record=True, color_system=None, force_terminal=False)
    render(console, extract(article, published=dt.date(2019, 10, 24)), label="t.txt")
    out = console.export_text()
    assert "why" not in out
    assert all(len(line) <= 80 for line in out.splitlines())
    assert "Talks Collapse" in out
    assert "February -> 2019-02 (month)" in out
    assert "one day -> duration just 1 day" in out
    assert "[red]minister[/red]" in out and "\\x1b[2J" in out and "\x1b" not in out
    assert "claims in 2 sentences" in out


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
