"""The screen of `claimcheck review`: one claim, rendered with Rich.

Every text that comes from an article, a source, a note or a name is untrusted: it goes
through :func:`~claimcheck.escape.visible` into ``Text`` objects (never Rich markup),
so it cannot restyle the screen or send the terminal escape sequences.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from rich.columns import Columns
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from claimcheck.cli.report import (
    MOST_SLOTS,
    STYLES,
    clip,
    date_kind,
    format_number,
    interval_text,
    more,
    names_line,
)
from claimcheck.desk.review import HELP, KEYS, Item, Session
from claimcheck.escape import visible
from claimcheck.models import NumberSlot
from claims_db import ArticleRecord, ClaimRecord, MatchRecord, ReviewEvent, SlotRecord

# How much of a long paragraph is shown on each side of the claim.
_CONTEXT = 500
_SLOT_STYLES = {**STYLES, "org": "green"}
_NAMES = ("person", "place", "org")
_RELATION_STYLES = {
    "checked-before": "bold magenta",
    "conflicts": "bold red",
    "corroborates": "bold green",
    "related": "dim",
}


def key_line() -> Columns:
    """Every key and what it does, in columns (an entry is never split across lines)."""
    entries = []
    for key, what in KEYS:
        entry = Text(f"[{key}]", "bold")
        entry.append(f" {what}")
        entries.append(entry)
    return Columns(entries, padding=(0, 2))


def paragraph(claim: ClaimRecord, article: ArticleRecord | None) -> Text:
    """The claim's paragraph with the sentence highlighted and its slots styled."""
    if article is None or article.text[claim.start : claim.end] != claim.text:
        before, after = "", ""
    else:
        text = article.text
        start = text.rfind("\n", 0, claim.start) + 1
        end = text.find("\n", claim.end)
        end = len(text) if end < 0 else end
        start, end = max(start, claim.start - _CONTEXT), min(end, claim.end + _CONTEXT)
        before, after = text[start : claim.start], text[claim.end : end]
    out = Text(visible(before), "dim")
    out.append_text(clip(_styled_claim(claim)))
    out.append(visible(after), "dim")
    return out


def _styled_claim(claim: ClaimRecord) -> Text:
    out = Text()
    pos = claim.start
    for slot in sorted(claim.slots, key=lambda s: (s.start, s.end)):
        if slot.start < pos or slot.end > claim.end:
            continue  # overlapping slots: the first one wins
        out.append(visible(claim.text[pos - claim.start : slot.start - claim.start]), "bold")
        style = f"bold underline {_SLOT_STYLES.get(slot.type, '')}".strip()
        out.append(visible(claim.text[slot.start - claim.start : slot.end - claim.start]), style)
        pos = slot.end
    out.append(visible(claim.text[pos - claim.start :]), "bold")
    return out


def _slot_value(slot: SlotRecord) -> str:
    v = slot.value
    if slot.type == "date":
        interval = v.get("interval")
        granularity = str(v.get("granularity"))
        if v.get("ambiguous"):
            readings = v.get("readings") or ([interval] if interval else [])
            return "ambiguous: " + " or ".join(_stored_interval(r, granularity) for r in readings)
        note = f" ({v['note']})" if v.get("note") else ""  # "fiscal period: ..."
        if not interval:
            return "unresolved" + note
        kind = date_kind(granularity, v.get("part"))
        return f"{_stored_interval(interval, granularity)} {kind}{note}"
    if slot.type == "number":
        return _number_value(slot.text, v)
    return str(v.get("name") or "")


def _stored_interval(interval: Sequence[str], granularity: str) -> str:
    """A stored [first, last] of ISO days as the report shows it ("2019-10", "2019")."""
    try:
        first, last = (dt.date.fromisoformat(day) for day in interval)
    except (TypeError, ValueError):
        return " to ".join(map(str, interval))
    return interval_text(first, last, granularity)


def _number_value(text: str, v: Mapping[str, Any]) -> str:
    """A stored number as the report shows one ("27 percent", "duration 3 months")."""
    value, upper = v.get("value"), v.get("upper")
    if not isinstance(value, int | float) or not isinstance(upper, int | float | None):
        return str(value)  # an imported row with something else in it: shown as it is
    number = NumberSlot(
        text,
        0,
        0,
        float(value),
        str(v["unit"]) if v.get("unit") else None,
        str(v.get("kind") or "quantity"),
        str(v["qualifier"]) if v.get("qualifier") else None,
        None if upper is None else float(upper),
    )
    return format_number(number)


def _slots(claim: ClaimRecord) -> Table:
    table = Table.grid(padding=(0, 1))
    table.add_column(style="dim", no_wrap=True, min_width=8)
    table.add_column()
    valued = [s for s in claim.slots if s.type in ("date", "number")]
    for slot in valued[:MOST_SLOTS]:
        line = Text(visible(slot.text), _SLOT_STYLES[slot.type])
        line.append(" -> " + visible(_slot_value(slot)))
        table.add_row(slot.type, clip(line))
    for row in more(len(valued)):
        table.add_row(*row)
    if claim.quote is not None or claim.speaker:
        who = Text(visible(claim.speaker), STYLES["person"]) if claim.speaker else None
        table.add_row("speaker", who or Text("not named", "dim"))
    names = [_slot_value(s) for s in claim.slots if s.type in _NAMES]
    if names:
        table.add_row("names", names_line(names))
    return table


def _matches(matches: Sequence[MatchRecord]) -> list[RenderableType]:
    out: list[RenderableType] = []
    for n, m in enumerate(matches, 1):
        head = Text(f"{n}. ")
        head.append(m.relation, _RELATION_STYLES.get(m.relation, ""))
        head.append(f" {m.score:.2f}", "bold")
        head.append("" if m.confident else " suggestion", "dim")
        head.append(f"  {visible(m.source)}", "cyan")
        rating, publisher = m.detail.get("rating"), m.detail.get("publisher")
        if rating:
            head.append(f"  rated {visible(str(rating))}", "bold magenta")
        if publisher:
            head.append(f" by {visible(str(publisher))}", "magenta")
        if m.decision:
            head.append(f"  [{m.decision}]", "bold green" if m.decision == "accepted" else "red")
        body = clip(Text("“" + visible(m.text) + "”"))
        # The stored reasons already name the clashing and shared slots.
        why = list(m.reasons)
        if m.detail.get("url"):
            why.append(str(m.detail["url"]))
        lines: list[RenderableType] = [head, Padding(body, (0, 0, 0, 3))]
        if why:
            lines.append(Padding(Text(visible("; ".join(why)), "dim"), (0, 0, 0, 3)))
        out.append(Group(*lines))
    return out


# Notes, decisions and messages are the reviewer's asides: a few lines each, so that a
# long one (a pasted document) never pushes the claim off the screen.
SHORT = 320


def _event(e: ReviewEvent) -> Text:
    line = Text(e.at.strftime("%Y-%m-%d %H:%M "), "dim")
    line.append(visible(e.reviewer), "bold")
    if e.action == "note":
        line.append(" note: " + visible(e.new_value or "(cleared)"))
        return clip(line, SHORT)
    old, new = visible(e.old_value or "-"), visible(e.new_value or "-")
    label = {"assigned_to": "assigned", "text": "wording"}.get(e.action, visible(e.action))
    line.append(f" {label}: {old} -> {new}")
    if e.note:
        line.append(f" ({visible(e.note)})", "italic")
    return clip(line, SHORT)


def claim_screen(session: Session, item: Item, messages: Sequence[str] = ()) -> Group:
    """Everything a reviewer needs to decide on one claim, and the keys."""
    claim = item.claim
    article = session.article(claim.article_id)
    head = Text(f"claim {session.position + 1} of {len(session.queue)}  ", "bold")
    head.append(f"#{claim.id}  ", "bold cyan")
    head.append(f"score {claim.score:.2f}  status {visible(claim.status)}")
    if claim.assigned_to:
        head.append(f"  assigned to {visible(claim.assigned_to)}", "yellow")
    for flag in item.flags:
        head.append(f"  {flag}", "bold red")
    where = Text(f"article #{claim.article_id}: ", "dim")
    if article is not None:
        where.append(visible(article.title or article.url or article.path or "untitled"), "dim")
    parts: list[RenderableType] = [head, where, Padding(paragraph(claim, article), (1, 0, 0, 2))]
    if claim.edited_text:
        reworded = Text("reworded: ", "bold")
        reworded.append_text(clip(Text(visible(claim.edited_text))))
        parts.append(Padding(reworded, (0, 0, 0, 2)))
    parts.append(Padding(_slots(claim), (1, 0, 0, 2)))
    if item.matches:
        parts.append(Text("matches", "bold"))
        parts += [Padding(m, (0, 0, 0, 2)) for m in _matches(item.matches)]
    if claim.note:
        parts.append(Text("note: ", "bold") + clip(Text(visible(claim.note)), SHORT))
    events = session.history()
    if events:
        parts.append(Text("decisions", "bold"))
        parts += [Padding(_event(e), (0, 0, 0, 2)) for e in events[-8:]]
    parts += [clip(Text(visible(m), "yellow"), SHORT) for m in messages]
    parts.append(Padding(key_line(), (1, 0, 0, 0)))
    return Group(*parts)


def help_screen() -> Group:
    return Group(Text("claimcheck review: keys", "bold"), *(Text(line) for line in HELP))


def show(console: Console, session: Session, messages: Sequence[str] = ()) -> None:
    """Clear the terminal and draw the current claim."""
    item = session.current
    if item is None:
        return
    console.clear()
    console.print(claim_screen(session, item, messages))
