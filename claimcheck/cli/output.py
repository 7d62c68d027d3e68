"""Writing extractions in the format asked for: data to stdout, nothing else."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcheck import serialize
from claimcheck.cli import report
from claimcheck.desk.results import Checked
from claimcheck.escape import visible
from claimcheck.models import Claim, Match

# Above this many articles the table format lists articles instead of every claim.
FULL_REPORT_LIMIT = 5


def _stored_note(done: Checked) -> str | None:
    if done.article_id is None:
        return None
    state = "new" if done.created else "already stored, unchanged"
    if done.created and done.version and done.version > 1:
        state = f"new version {done.version}"
    return f"claims database: article #{done.article_id} ({state})"


def _stored_fields(done: Checked) -> dict[str, Any]:
    if done.article_id is None:
        return {}
    return {"id": done.article_id, "version": done.version, "created": done.created}


def _matched(done: Checked) -> tuple[tuple[Match, ...], ...] | None:
    """The matches of an article that was cross-matched, else None (nothing to count)."""
    return done.matches if done.matched else None


def _claim_objects(done: Checked, all_sentences: bool, with_article: bool) -> list[dict[str, Any]]:
    objects = []
    for index, claim in enumerate(done.extraction.sentences):
        if not (all_sentences or claim.is_claim):
            continue
        extra: dict[str, Any] = {}
        if done.claim_ids:
            extra["id"] = done.claim_ids[index]
        if with_article:
            extra["article"] = done.label
            if done.article_id is not None:
                extra["article_id"] = done.article_id
        if done.matches:
            extra["matches"] = [serialize.match_dict(m) for m in done.matches[index]]
        objects.append(serialize.claim_dict(claim, **extra))
    return objects


def claim_lines(claims: Sequence[Claim], *, all_sentences: bool) -> str:
    """The JSONL lines of claims that are not an article's stored ones (``extract``),
    joined: the claims only, or with ``all_sentences`` every sentence."""
    return "\n".join(
        serialize.dumps(serialize.claim_dict(c)) for c in claims if all_sentences or c.is_claim
    )


def write_one(
    done: Checked,
    fmt: str,
    *,
    all_sentences: bool,
    with_article: bool,
    console: Console,
    explain: bool = False,
) -> None:
    """Write one article as soon as it is done (streaming formats)."""
    if fmt == "jsonl":
        # One write for the article, not one a line: a line-per-sentence input of 20,000
        # lines spent a fifth of its time in echo.
        lines = [serialize.dumps(o) for o in _claim_objects(done, all_sentences, with_article)]
        if lines:
            click.echo("\n".join(lines))
    elif fmt == "table":
        report.render(
            console,
            done.extraction,
            label=done.label,
            stored=_stored_note(done),
            all_sentences=all_sentences,
            explain=explain,
            matches=_matched(done),
        )


def write_all(dones: Sequence[Checked], fmt: str, *, all_sentences: bool, console: Console) -> None:
    """Write the formats that need every article at once."""
    if fmt == "json":
        objects = []
        for done in dones:
            obj = serialize.extraction_dict(
                done.extraction,
                all_sentences=all_sentences,
                matches=_matched(done),
                **_stored_fields(done),
            )
            obj["claims"] = _claim_objects(done, all_sentences, with_article=False)
            objects.append(obj)
        click.echo(serialize.dumps(objects[0] if len(objects) == 1 else objects, indent=2))
    elif fmt == "csv":
        rows = []
        for done in dones:
            x = done.extraction
            rows += [(done.label, c) for c in (x.sentences if all_sentences else x.claims)]
        click.echo(serialize.csv_rows(rows), nl=False)
    elif fmt == "markdown":
        click.echo(
            serialize.markdown(
                [(d.label, d.extraction) for d in dones], all_sentences=all_sentences
            )
        )
    elif fmt == "table" and len(dones) > FULL_REPORT_LIMIT:
        console.print(articles_table(dones))
    if fmt == "table" and len(dones) > 1:
        console.print(Text(total_line(dones), style="bold"))


def total_line(dones: Sequence[Checked]) -> str:
    """The counts of every article checked, summed."""
    total: dict[str, int] = {}
    for done in dones:
        matches = done.matches if done.matched else None
        for key, value in serialize.summary(done.extraction, matches).items():
            total[key] = total.get(key, 0) + value
    line = (
        f"In all: {len(dones)} articles, {total['claims']} claims, {total['flagged']} "
        f"flagged ({total['ambiguous_dates']} ambiguous and {total['unresolved_dates']} "
        "unresolved dates)"
    )
    if "conflicts" in total:
        line += "; " + report.found_line(total)
    return line


def articles_table(dones: Sequence[Checked]) -> Table:
    """One row per article: for folders, where a full report per article would scroll away.
    ``#`` counts the inputs; ``stored`` is the article's id in the claims database, with
    "again" for a text stored before (a duplicate) and "vN" for a new version."""
    new = sum(bool(d.created) for d in dones)
    title = f"{len(dones)} articles checked: {new} new, {len(dones) - new} already stored"
    table = Table(title=title, expand=True)
    table.add_column("#", justify="right")
    # One line per article: a folder's list should scan, not scroll.
    table.add_column("file", no_wrap=True, overflow="ellipsis", max_width=40)
    table.add_column("stored", no_wrap=True)
    table.add_column("claims", justify="right")
    table.add_column("flagged", justify="right")
    table.add_column("conflicts", justify="right")
    table.add_column("top claim", no_wrap=True, overflow="ellipsis", ratio=3)
    for number, done in enumerate(dones, 1):
        x = done.extraction
        top = next(iter(serialize.report_order(x.claims)), None)
        found = serialize.match_counts(x, done.matches) if done.matched else None
        table.add_row(
            str(number),
            Text(_tail(visible(done.label))),
            _stored_cell(done),
            str(len(x.claims)),
            str(len(x.flagged)),
            str(found["conflicts"]) if found else "",
            Text(visible(top.text[:120] if top else "")),
        )
    return table


def _tail(path: str, longest: int = 40) -> str:
    """A path cut at its start, where a long one says least (its file name ends it)."""
    return path if len(path) <= longest else "…" + path[-(longest - 1) :]


def _stored_cell(done: Checked) -> str:
    if done.article_id is None:
        return ""
    if not done.created:
        return f"#{done.article_id} again"
    if done.version and done.version > 1:
        return f"#{done.article_id} v{done.version}"
    return f"#{done.article_id}"
