"""Claims as data: the JSON/JSONL/CSV/Markdown contract that scripts rely on.

``claim_dict`` defines the machine contract of ``claimcheck extract``: ``text``, ``start``,
``end`` (``input[start:end] == text``), ``score``, ``kinds``, ``dates``, ``numbers``,
``quote`` and ``speaker``. Everything else is added, never renamed: ``reported_speech``
holds the words of a sentence that reports what ``speaker`` said without quoting them
("Smith said that the deal ..."), whose ``quote`` is null.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from claimcheck.escape import csv_cell, json_text
from claimcheck.escape import markdown_text as _md
from claimcheck.models import Article, Claim, DateSlot, Entity, Extraction, Match, NumberSlot

FORMATS = ("table", "json", "jsonl", "csv", "markdown")


def plain_number(value: float) -> int | float:
    """A whole number as an int (3.0 -> 3), so that JSON and CSV show it as written."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def date_dict(d: DateSlot) -> dict[str, Any]:
    return {
        "text": d.text,
        "start": d.start,
        "end": d.end,
        "interval": [d.interval[0].isoformat(), d.interval[1].isoformat()] if d.interval else None,
        "granularity": d.granularity,
        "ambiguous": d.ambiguous,
        "readings": [[a.isoformat(), b.isoformat()] for a, b in d.readings],
        "relative": d.relative,
        "note": d.note,
        "part": d.part,
    }


def number_dict(n: NumberSlot) -> dict[str, Any]:
    return {
        "text": n.text,
        "start": n.start,
        "end": n.end,
        "value": plain_number(n.value),
        "unit": n.unit,
        "kind": n.kind,
        "qualifier": n.qualifier,
        "upper": None if n.upper is None else plain_number(n.upper),
    }


def entity_dict(e: Entity) -> dict[str, Any]:
    return {"text": e.text, "start": e.start, "end": e.end, "name": e.name}


def claim_dict(c: Claim, **extra: Any) -> dict[str, Any]:
    """One claim as the JSON object of the extract contract."""
    out: dict[str, Any] = dict(extra)
    out.update(
        text=c.text,
        start=c.start,
        end=c.end,
        score=c.score,
        is_claim=c.is_claim,
        kinds=list(c.kinds),
        reasons=list(c.reasons),
        role=c.role,
        paragraph=c.paragraph,
        dates=[date_dict(d) for d in c.dates],
        numbers=[number_dict(n) for n in c.numbers],
        places=[entity_dict(e) for e in c.places],
        people=[entity_dict(e) for e in c.people],
        orgs=[entity_dict(e) for e in c.orgs],
        quote=quoted(c),
        speaker=c.quote.speaker if c.quote else None,
        reported_speech=c.quote.text if c.quote and c.quote.reported else None,
    )
    return out


def quoted(c: Claim) -> str | None:
    """The words a claim quotes between quotation marks (not reported speech)."""
    return c.quote.text if c.quote and not c.quote.reported else None


def is_caption(c: Claim) -> bool:
    """Whether a claim is a photo caption's, not the article's own statement."""
    return c.role == "caption"


# Kinds of a statement a desk can check against a record: a figure or a date.
CONCRETE_KINDS = frozenset({"number", "count", "date"})


def concrete(c: Claim) -> bool:
    """Whether a claim states something checkable against a record: it gives a figure or
    a date in its own words (not inside a quotation, which is checked for who said it)."""
    return c.is_claim and not CONCRETE_KINDS.isdisjoint(c.kinds) and "quote" not in c.kinds


def report_order(claims: Iterable[Claim]) -> list[Claim]:
    """Claims as reports list them: the article's own statements, those that give a
    figure or a date first, each group by score; then its photo captions by score (ties
    in text order); sentences that are not claims (``--all``) last. Captions are claims,
    but the article's own statements come first, whatever a caption's score; events with
    dates and counts come before background, opinion and quotations (on our news set:
    AP 0.805 -> 0.821, precision of each article's top ten 0.820 -> 0.847)."""
    return sorted(
        claims, key=lambda c: (is_caption(c), not c.is_claim, not concrete(c), -c.score, c.start)
    )


def match_dict(m: Match) -> dict[str, Any]:
    """One match as the JSON object of the ``matches`` lists."""
    r = m.reference
    return {
        "id": r.id,
        "text": r.text,
        "source": r.source,
        "kind": r.kind,
        "score": m.score,
        "relation": m.relation,
        "confident": m.confident,
        "reasons": list(m.reasons),
        "shared": list(m.shared),
        "clashes": list(m.clashes),
        "span": list(m.span) if m.span else None,
        "excerpt": list(m.excerpt) if m.excerpt else None,
        "rating": r.rating,
        "publisher": r.publisher,
        "title": r.title,
        "url": r.url,
        "date": r.published.isoformat() if r.published else None,
        "claim_date": r.claim_date.isoformat() if r.claim_date else None,
        "claimant": r.claimant,
    }


def article_dict(a: Article, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "title": a.title,
        "published": a.published.isoformat() if a.published else None,
        "published_source": a.published_source,
        "url": a.url,
        "path": a.path,
        "sha256": a.sha256,
        "length": len(a.text),
    }
    out.update(extra)
    return out


def extraction_dict(
    x: Extraction,
    *,
    all_sentences: bool = False,
    matches: Sequence[Sequence[Match]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """``{"article": {...}, "claims": [...], "summary": {...}}`` for one article; with
    ``all_sentences``, also ``"set_aside"``: the lines not read for claims (see
    :func:`set_aside`)."""
    chosen = x.sentences if all_sentences else x.claims
    out = {
        "article": article_dict(x.article, **extra),
        "claims": [claim_dict(c) for c in chosen],
        "summary": summary(x, matches),
        "warnings": list(x.warnings),
    }
    if all_sentences:
        out["set_aside"] = set_aside(x)
    return out


# The paragraph roles searched for claims; every other paragraph was set aside.
SEARCHED_ROLES = ("body", "heading", "caption")


def set_aside(x: Extraction) -> list[dict[str, Any]]:
    """The paragraphs not searched for claims, in text order: ``role`` (title, heading,
    chrome, duplicate), ``text``, ``start``, ``end`` (offsets into the article text),
    ``paragraph`` and, for a duplicate, the paragraph it repeats."""
    text = x.article.text
    return [
        {
            "role": p.role,
            "text": text[p.start : p.end],
            "start": p.start,
            "end": p.end,
            "paragraph": index,
            "duplicate_of": p.duplicate_of,
        }
        for index, p in enumerate(x.paragraphs)
        if p.role not in SEARCHED_ROLES
    ]


# What cross-matching found, counted in claims: confident findings by relation, and
# claims whose matches are all suggestions (for a person to look at).
MATCH_COUNTS = ("conflicts", "corroborated", "checked_before", "suggestions")
_FOUND = {
    "conflicts": "conflicts",
    "corroborates": "corroborated",
    "checked-before": "checked_before",
}


def match_counts(x: Extraction, matches: Sequence[Sequence[Match]]) -> dict[str, int]:
    """How many claims have a confident conflict, corroboration or earlier fact-check
    among their matches (``matches`` parallel to ``x.sentences``), and how many have
    suggestions only."""
    counts = dict.fromkeys(MATCH_COUNTS, 0)
    for claim, found in zip(x.sentences, matches):
        if not claim.is_claim or not found:
            continue
        confident = {_FOUND.get(m.relation) for m in found if m.confident}
        for key in confident - {None}:
            counts[str(key)] += 1
        if not any(m.confident for m in found):
            counts["suggestions"] += 1
    return counts


def summary(x: Extraction, matches: Sequence[Sequence[Match]] | None = None) -> dict[str, int]:
    """The counts of an article; with ``matches`` (when it was cross-matched), what
    matching found too (see :func:`match_counts`)."""
    claims = x.claims
    found = match_counts(x, matches) if matches is not None else {}
    return {
        "sentences": len(x.sentences),
        "claims": len(claims),
        "flagged": len(x.flagged),
        "ambiguous_dates": sum(d.ambiguous for c in claims for d in c.dates),
        "unresolved_dates": sum(d.interval is None for c in claims for d in c.dates),
        "captions": sum(p.role == "caption" for p in x.paragraphs),
        "titles_skipped": sum(p.role == "title" for p in x.paragraphs),
        "headings": sum(p.role == "heading" for p in x.paragraphs),
        "duplicates_skipped": sum(p.role == "duplicate" for p in x.paragraphs),
        "chrome_skipped": sum(p.role == "chrome" for p in x.paragraphs),
        **found,
    }


# One encoder for every line (``json.dumps`` with options builds one per call).
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """JSON text that is safe to print to a terminal (see :func:`claimcheck.escape.json_text`)."""
    if indent is None:
        return json_text(_ENCODE(obj))
    return json_text(json.dumps(obj, ensure_ascii=False, indent=indent))


CSV_COLUMNS = (
    "article",
    "start",
    "end",
    "score",
    "is_claim",
    "kinds",
    "text",
    "quote",
    "speaker",
    "dates",
    "numbers",
    "places",
    "people",
)


def date_text(d: Mapping[str, Any]) -> str:
    """A date slot in one cell, from its JSON form (:func:`date_dict`, or a stored
    slot's value with its text): "last June=2019-06-01/2019-06-30 (ambiguous; or
    2018-06-01/2018-06-30)", "end of year=2019-01-01/2019-12-31 (part: end)", "fiscal
    1997=1997-01-01/1997-12-31 (fiscal period: the calendar's stands in)", "Monday=?"
    when unresolved."""
    interval = d.get("interval")
    if not interval:
        return f"{d['text']}=?"
    out = f"{d['text']}={_span(interval)}"
    if d.get("part"):
        out += f" (part: {d['part']})"
    if d.get("ambiguous"):
        others = [_span(r) for r in d.get("readings") or () if list(r) != list(interval)]
        out += f" (ambiguous; or {' or '.join(others)})" if others else " (ambiguous)"
    if d.get("note"):  # "fiscal period: the calendar's stands in"
        out += f" ({d['note']})"
    return out


def _span(interval: Sequence[str]) -> str:
    a, b = interval
    return a if a == b else f"{a}/{b}"


def number_text(n: Mapping[str, Any]) -> str:
    """A number slot in one cell, from its JSON form: "30-39=30 to 39 year"."""
    value = n.get("value")
    shown = plain_number(value) if isinstance(value, int | float) else value
    upper = n.get("upper")
    if isinstance(upper, int | float):
        shown = f"{shown} to {plain_number(upper)}"
    return f"{n['text']}={shown} {n.get('unit') or ''}".strip()


def _date_text(d: DateSlot) -> str:
    return date_text(date_dict(d))


def _number_text(n: NumberSlot) -> str:
    return number_text(number_dict(n))


def csv_rows(rows: Iterable[tuple[str, Claim]]) -> str:
    """CSV with a header; one row per claim, lists joined with "; "."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for label, c in rows:
        writer.writerow(
            [
                csv_cell(label),
                c.start,
                c.end,
                f"{c.score:.3f}",
                int(c.is_claim),
                ";".join(c.kinds),
                csv_cell(c.text),
                csv_cell(quoted(c) or ""),
                csv_cell(c.quote.speaker or "") if c.quote else "",
                csv_cell("; ".join(_date_text(d) for d in c.dates)),
                csv_cell("; ".join(_number_text(n) for n in c.numbers)),
                csv_cell("; ".join(e.name for e in c.places)),
                csv_cell("; ".join(e.name for e in c.people)),
            ]
        )
    return buf.getvalue()


def markdown(extractions: Sequence[tuple[str, Extraction]], *, all_sentences: bool = False) -> str:
    """A readable Markdown report: one section per article, its own claims (those that
    give a date or a figure first, then the others under their own heading, each ranked
    by score), then its photo captions under their own heading."""
    out: list[str] = []
    for label, x in extractions:
        a = x.article
        out.append(f"## {_md(a.title or label)}\n")
        out.append(f"- Source: {_md(a.url or a.path or label)}")
        out.append(f"- Published: {a.published.isoformat() if a.published else 'unknown'}")
        s = summary(x)
        out.append(
            f"- {s['claims']} claims in {s['sentences']} sentences, {s['flagged']} flagged\n"
        )
        ranked = report_order(x.sentences if all_sentences else x.claims)
        own = [c for c in ranked if not is_caption(c)]
        first = [c for c in own if concrete(c)]
        out += _markdown_rows(first, 1)
        if len(own) > len(first):
            if first:
                out.append("### Other claims\n")
            out += _markdown_rows(own[len(first) :], len(first) + 1)
        captions = ranked[len(own) :]
        if captions:
            out.append("### Photo captions\n")
            out += _markdown_rows(captions, len(own) + 1)
    return "\n".join(out)


def _markdown_rows(claims: Sequence[Claim], first: int) -> list[str]:
    """A Markdown table of claims, ranked from ``first``, and a blank line."""
    out = ["| # | score | kinds | claim | resolved |", "|---|---|---|---|---|"]
    for rank, c in enumerate(claims, first):
        resolved = "; ".join(
            [_date_text(d) for d in c.dates] + [_number_text(n) for n in c.numbers]
        )
        kinds = ", ".join(c.kinds)
        out.append(f"| {rank} | {c.score:.2f} | {kinds} | {_md(c.text)} | {_md(resolved)} |")
    out.append("")
    return out
