"""The Rich report of one article's claims, for a fact-checker at a terminal.

Article text is untrusted: it never goes through Rich markup (only ``Text`` objects with
styles set by offsets) and control characters are shown as escapes, so an article cannot
restyle or take over the terminal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from claimcheck.escape import visible
from claimcheck.models import Claim, DateSlot, Extraction, Match, NumberSlot, needs_attention
from claimcheck.serialize import concrete, is_caption, report_order, set_aside, summary

STYLES = {
    "date": "bold cyan",
    "number": "bold magenta",
    "place": "green",
    "person": "yellow",
    "quote": "italic",
}


# A claim or a match longer than this is shown as its start and its end: a
# 200,000-character "sentence" would otherwise push everything else off the screen.
LONGEST = 1500
# Date rows and number rows shown for a claim, and names.
MOST_SLOTS, MOST_NAMES = 12, 30


def clip(text: Text, longest: int = LONGEST) -> Text:
    """``text`` as it is, or its first two thirds of ``longest`` and its last third, with
    the number of characters left out between them (styles kept)."""
    if len(text) <= longest:
        return text
    head, tail = longest * 2 // 3, longest // 3
    out = text[:head]
    out.append(f" [… {len(text) - head - tail:,} characters not shown …] ", "dim italic")
    out.append_text(text[len(text) - tail :])
    return out


def _fmt_figure(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4g}"


def format_number(n: NumberSlot) -> str:
    """A number as resolved: "27 percent", "about 1,200,000,000 USD", "count 3 people",
    "duration 2 weeks" (the kind is named where the unit does not say it)."""
    shown = _fmt_figure(n.value)
    if n.upper is not None:
        shown += f" to {_fmt_figure(n.upper)}"
    high = n.value if n.upper is None else n.upper
    plural = "s" if n.kind == "duration" and high != 1 and n.unit else ""
    unit = f" {n.unit}{plural}" if n.unit else ""
    qual = f"{n.qualifier} " if n.qualifier else ""
    if n.kind == "percent":
        return f"{qual}{shown} percent"
    if n.kind == "money" and n.unit:
        return f"{qual}{shown}{unit}"
    return f"{n.kind} {qual}{shown}{unit}"


# A vague date's part of its period, as the report names it beside the granularity.
PART_WORDS = {
    "start": "its start",
    "mid": "its middle",
    "end": "its end",
    # "2019-11-18 to 2019-11-24 (week, its part before the article)": the interval is
    # the whole period, as TimeML gives it; the words say which side of the day is meant.
    "earlier": "its part before the article",
    "later": "its part after the article",
}


def date_kind(granularity: str, part: str | None) -> str:
    """ "(month)", or "(year, its end)" for "the end of the year"."""
    if part in PART_WORDS:
        return f"({granularity}, {PART_WORDS[part]})"
    return f"({granularity})"


def _fmt_interval(d: DateSlot) -> str:
    if d.interval is None:
        return "unresolved"
    return interval_text(*d.interval, d.granularity)


def interval_text(a: dt.date, b: dt.date, granularity: str) -> str:
    """An interval as short as it reads: "2019-10-23", "2019-10", "2019", else both days."""
    if a == b:
        return a.isoformat()
    whole_months = a.day == 1 and (b + dt.timedelta(days=1)).day == 1
    if granularity == "month" and whole_months and (a.year, a.month) == (b.year, b.month):
        return a.strftime("%Y-%m")
    if (
        granularity == "year"
        and a.year == b.year
        and (a.month, a.day, b.month, b.day) == (1, 1, 12, 31)
    ):
        return str(a.year)
    return f"{a.isoformat()} to {b.isoformat()}"


def highlighted(claim: Claim) -> Text:
    """The sentence with its slots styled by offset (never parsed as markup)."""
    spans: list[tuple[int, int, str]] = []
    spans += [(d.start, d.end, STYLES["date"]) for d in claim.dates]
    spans += [(n.start, n.end, STYLES["number"]) for n in claim.numbers]
    spans += [(e.start, e.end, STYLES["place"]) for e in claim.places]
    spans += [(e.start, e.end, STYLES["person"]) for e in claim.people]
    spans.sort()
    text = Text()
    pos = claim.start
    for start, end, style in spans:
        if start < pos:
            continue  # overlapping slots: the first one wins
        text.append(visible(claim.text[pos - claim.start : start - claim.start]))
        text.append(visible(claim.text[start - claim.start : end - claim.start]), style)
        pos = end
    text.append(visible(claim.text[pos - claim.start :]))
    return text


def _slot_lines(claim: Claim, published_known: bool, explain: bool) -> list[tuple[str, Text]]:
    lines: list[tuple[str, Text]] = []
    for d in claim.dates[:MOST_SLOTS]:
        line = Text()
        line.append(visible(d.text), STYLES["date"])
        if d.ambiguous:
            line.append("  ambiguous: ", "bold red")
            line.append(" or ".join(interval_text(*r, d.granularity) for r in d.readings))
            line.append(f"  (taken as {_fmt_interval(d)})", "dim")
        elif d.interval is None:
            line.append("  unresolved", "bold red")
            hint = "pass --date" if d.relative and not published_known else (d.note or "")
            if hint:
                line.append(f" ({visible(hint)})", "dim")
        else:
            line.append(f" -> {_fmt_interval(d)} {date_kind(d.granularity, d.part)}")
            if d.note:  # "fiscal 1997": the calendar year stands in
                line.append(f"  ({visible(d.note)})", "dim")
        lines.append(("date", clip(line)))
    lines += more(len(claim.dates))
    for n in claim.numbers[:MOST_SLOTS]:
        line = Text()
        line.append(visible(n.text), STYLES["number"])
        line.append(f" -> {format_number(n)}")
        lines.append(("number", clip(line)))
    lines += more(len(claim.numbers))
    if claim.quote:
        speaker = claim.quote.speaker
        line = Text(visible(speaker), STYLES["person"]) if speaker else Text("not named", "dim")
        if claim.quote.reported:
            line.append(" (reported speech, not a quotation)", "dim")
        lines.append(("speaker", line))
    who = [e.name for e in (*claim.people, *claim.orgs, *claim.places)]
    if who:
        lines.append(("names", names_line(who)))
    if explain and claim.reasons:
        lines.append(("why", Text(", ".join(claim.reasons), style="dim")))
    return lines


def found_line(s: Mapping[str, int]) -> str:
    """What cross-matching found, in claims ("2 conflict with a source · ...")."""
    return (
        f"{s['conflicts']} conflict with a source · {s['corroborated']} corroborated · "
        f"{s['checked_before']} checked before · {s['suggestions']} with suggestions only"
    )


def more(count: int) -> list[tuple[str, Text]]:
    """The row that says how many of ``count`` slot rows were not shown, if any."""
    extra = count - MOST_SLOTS
    return [("", Text(f"… and {extra:,} more", "dim"))] if extra > 0 else []


def names_line(names: Sequence[str]) -> Text:
    """Names once each, in order, the first MOST_NAMES of them and how many more."""
    unique = list(dict.fromkeys(names))
    line = Text(visible(", ".join(unique[:MOST_NAMES])))
    if len(unique) > MOST_NAMES:
        line.append(f" … and {len(unique) - MOST_NAMES:,} more", "dim")
    return clip(line)


_RELATION_STYLES = {
    "checked-before": "bold magenta",
    "conflicts": "bold red",
    "corroborates": "bold green",
    "related": "dim",
}


def _match_lines(found: Sequence[Match]) -> list[RenderableType]:
    """What cross-matching found for a claim: relation, score, source, the aligned span
    of the reference highlighted, and why."""
    out: list[RenderableType] = []
    for m in found:
        r = m.reference
        head = Text()
        head.append(m.relation, _RELATION_STYLES.get(m.relation, ""))
        head.append(f" {m.score:.2f}", "bold")
        head.append("" if m.confident else " suggestion", "dim")
        head.append(f"  {visible(r.source)}", "cyan")
        if r.rating:
            head.append(f"  rated {visible(r.rating)}", "bold magenta")
        if r.publisher:
            head.append(f" by {visible(r.publisher)}", "magenta")
        if r.published:
            head.append(f"  {r.published.isoformat()}", "dim")
        body = Text("“")
        if m.span:
            start, end = m.span
            body.append(visible(r.text[:start]))
            body.append(visible(r.text[start:end]), "underline")
            body.append(visible(r.text[end:]))
        else:
            body.append(visible(r.text))
        body.append("”")
        body = clip(body)
        detail = [*(f"differs: {c}" for c in m.clashes), *(f"same {x}" for x in m.shared)]
        if r.url:
            detail.append(r.url)
        lines: list[RenderableType] = [head, Padding(body, (0, 0, 0, 2))]
        if detail:
            lines.append(Padding(Text(visible("; ".join(detail)), "dim"), (0, 0, 0, 2)))
        out.append(Group(*lines))
    return out


def _claim_block(
    rank: int,
    claim: Claim,
    published_known: bool,
    explain: bool,
    found: Sequence[Match] = (),
) -> Group:
    head = Text(f"{rank:>2}. ", style="bold")
    colour = "bold red" if claim.score >= 0.8 else "bold yellow" if claim.score >= 0.6 else "bold"
    head.append(f"{claim.score:.2f}", colour)
    head.append("  " + ", ".join(claim.kinds), "cyan")
    if claim.role != "body":
        head.append(f"  [{claim.role}]", "dim")
    if needs_attention(claim):
        head.append("  check date", "bold red")
    body = Padding(clip(highlighted(claim)), (0, 0, 0, 4))
    slots = Table.grid(padding=(0, 1))
    slots.add_column(style="dim", no_wrap=True, min_width=7)
    slots.add_column()
    for label, line in _slot_lines(claim, published_known, explain):
        slots.add_row(label, line)
    for i, block in enumerate(_match_lines(found)):
        slots.add_row("found" if i == 0 else "", block)
    return Group(head, body, Padding(slots, (0, 0, 0, 4)))


_SOURCES = {"option": "--date", "metadata": "the page's metadata", "dateline": "the dateline"}


def _header(x: Extraction, label: str, stored: str | None) -> Panel:
    a = x.article
    # The title inside the panel, where it wraps at words (a border title is cut).
    lines = Text(visible(a.title or "untitled article"), style="bold")
    lines.append("\n" + visible(a.url or a.path or label), "dim")
    when = (
        f"published {a.published.isoformat()} (from {_SOURCES.get(a.published_source or '', '?')})"
        if a.published
        else "publication date unknown: relative dates unresolved (pass --date)"
    )
    lines.append("\n" + when, "" if a.published else "bold red")
    if stored:
        lines.append("\n" + stored, "dim")
    return Panel(lines, expand=True)


def set_aside_block(x: Extraction) -> Group:
    """The lines not searched for claims, each with its role (with ``--all``)."""
    lines = set_aside(x)
    table = Table.grid(padding=(0, 1))
    table.add_column(style="dim", no_wrap=True, min_width=9)
    table.add_column()
    for line in lines:
        table.add_row(line["role"], clip(Text(visible(line["text"]), style="dim")))
    head = Text(f"Set aside, not searched for claims: {len(lines)} lines", style="bold")
    return Group(head, Padding(table, (0, 0, 0, 4)))


def render(
    console: Console,
    x: Extraction,
    *,
    label: str = "",
    stored: str | None = None,
    all_sentences: bool = False,
    explain: bool = False,
    matches: Sequence[Sequence[Match]] | None = None,
) -> None:
    """Print one article's report: header, the article's own claims (those that give a
    date or a figure first, then the others under their own rule, each ranked by score),
    then its photo captions under their own heading, and the summary.

    With ``explain`` each claim also lists the signals that weighed most in its score;
    ``matches`` (parallel to ``x.sentences``) are shown under their claims.
    """
    found_for = {(c.start, c.end): tuple(f) for c, f in zip(x.sentences, matches or ()) if f}
    console.print(_header(x, label, stored))
    ranked = report_order(x.sentences if all_sentences else x.claims)
    own = sum(not is_caption(c) for c in ranked)
    known = x.article.published is not None
    # Where the statements without a date or figure of their own begin, after some with.
    others = next(
        (i for i, c in enumerate(ranked, 1) if not concrete(c) and not is_caption(c)), None
    )
    for rank, claim in enumerate(ranked, 1):
        if rank == others and rank > 1:
            console.print(Rule(Text("Other claims", style="bold"), align="left", style="dim"))
        if rank == own + 1:
            if not own:
                console.print(Text("No checkable claims in the article's own text.", style="dim"))
            console.print(Rule(Text("Photo captions", style="bold"), align="left", style="dim"))
        found = found_for.get((claim.start, claim.end), ())
        console.print(_claim_block(rank, claim, known, explain, found))
    if not ranked:
        console.print(Text("No checkable claims above the threshold.", style="dim"))
    if all_sentences:
        console.print(set_aside_block(x))
    s = summary(x, matches)
    line = Text(f"{s['claims']} claims in {s['sentences']} sentences", style="bold")
    line.append(
        f" · {s['captions']} captions · {s['headings']} headings · "
        f"{s['titles_skipped']} title, {s['duplicates_skipped']} duplicates and "
        f"{s['chrome_skipped']} page-chrome lines set aside"
    )
    if matches is not None:
        line.append("\n" + found_line(s), "bold red" if s["conflicts"] else "")
    if s["flagged"]:
        line.append(
            f"\n{s['flagged']} flagged: {s['ambiguous_dates']} ambiguous and "
            f"{s['unresolved_dates']} unresolved dates",
            "bold red",
        )
    for warning in x.warnings:
        line.append("\nwarning: " + visible(warning), "yellow")
    console.print(Panel(line, expand=True))
