"""Exporting the claims database: CSV, JSON, JSONL, Markdown, ClaimReview, SQLite.

:func:`export_rows` reads what to export; the formatters are pure (items in, text out).
The JSON and JSONL exports hold every stored field, so that ``claimcheck import`` can
recreate the claims exactly (see :mod:`claimcheck.desk.importer`). The CSV carries the
columns fact-checkers know from Meedan Check, then ours.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck import errors
from claimcheck.escape import csv_cell
from claimcheck.escape import markdown_text as _md
from claimcheck.models import NO_VERDICT, STATUSES
from claimcheck.serialize import date_text, dumps, number_text

if TYPE_CHECKING:  # the rows are only read here: this module loads no database code
    from claims_db import ArticleRecord, ClaimRecord, MatchRecord, ReviewEvent, SlotRecord, Store

FORMATS = ("csv", "json", "jsonl", "markdown", "claimreview", "sqlite")

DEFAULT_RATINGS: dict[str, int] = {"false": 1, "misleading": 2, "unverifiable": 3, "verified": 5}
BEST_RATING, WORST_RATING = 5, 1
EXPORT_FORMAT = "claimcheck-export/1"

CSV_COLUMNS = (
    # Meedan Check's columns
    "Claim",
    "Item page URL",
    "Status",
    "Created by",
    "Submitted at",
    "Report Published at",
    "Tags",
    "Note",
    # ours
    "claim_id",
    # The claim's version the row shows: a decisions file made from this CSV carries it,
    # so that a claim decided since is not silently overwritten.
    "version",
    "article_id",
    "article_title",
    "score",
    "kinds",
    "dates",
    "numbers",
    "speaker",
    "best_match",
    "best_match_source",
    "best_match_relation",
    "reviewer",
    "decided_at",
    "assigned_to",
    "edited_text",
)


@dataclass(frozen=True)
class Filters:
    """Which claims to export; None or empty means no restriction."""

    statuses: tuple[str, ...] = ()
    article_ids: tuple[int, ...] = ()
    since: dt.date | None = None
    reviewer: str | None = None
    # Every stored sentence, not only those scored as claims.
    all_sentences: bool = False


@dataclass(frozen=True)
class ExportItem:
    """One claim with its article, its stored matches (best first) and its audit log."""

    article: ArticleRecord
    claim: ClaimRecord
    matches: tuple[MatchRecord, ...] = ()
    history: tuple[ReviewEvent, ...] = field(default_factory=tuple)

    @property
    def best(self) -> MatchRecord | None:
        return self.matches[0] if self.matches else None


def export_rows(store: Store, filters: Filters | None = None) -> list[ExportItem]:
    """The claims (sentences scored as claims; every sentence with ``all_sentences``)
    that pass the filters, by article and position. ``since`` keeps claims decided (or,
    never decided, stored) on or after it."""
    f = filters or Filters()
    articles: dict[int, ArticleRecord] = {a.id: a for a in store.list_articles()}
    for wanted in f.article_ids:
        if wanted not in articles:
            raise errors.UsageError(f"no article #{wanted} in the database")
    claims: list[ClaimRecord] = store.review_queue(
        statuses=list(f.statuses) or None, all_sentences=f.all_sentences
    )
    chosen = []
    for c in claims:
        if f.article_ids and c.article_id not in f.article_ids:
            continue
        if f.reviewer is not None and c.reviewer != f.reviewer:
            continue
        if f.since is not None and (c.decided_at or c.created_at).date() < f.since:
            continue
        chosen.append(c)
    matches: dict[int, list[MatchRecord]] = store.matches([c.id for c in chosen])
    return [
        ExportItem(
            article=articles[c.article_id],
            claim=c,
            matches=tuple(matches.get(c.id, ())),
            history=tuple(store.history(c.id)),
        )
        for c in chosen
    ]


# JSON and JSONL: every field, so that an import recreates the claims exactly.


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        # Sorted: PostgreSQL's JSONB does not keep key order, and exports must not differ.
        return {k: _jsonable(v) for k, v in sorted(value.items())}
    return value


def row_dict(row: Any) -> dict[str, Any]:
    """A stored record (a claims_db table class) as JSON-ready data, every column kept."""
    return {name: _jsonable(getattr(row, name)) for name in type(row).model_fields}


def _claim_record(item: ExportItem) -> dict[str, Any]:
    out = row_dict(item.claim)
    out["slots"] = [row_dict(s) for s in item.claim.slots]
    out["matches"] = [row_dict(m) for m in item.matches]
    out["history"] = [row_dict(e) for e in item.history]
    return out


def _grouped(items: Sequence[ExportItem]) -> list[tuple[ArticleRecord, list[ExportItem]]]:
    groups: dict[int, tuple[ArticleRecord, list[ExportItem]]] = {}
    for item in items:
        groups.setdefault(item.article.id, (item.article, []))[1].append(item)
    return list(groups.values())


def to_json(items: Sequence[ExportItem]) -> str:
    """``{"format", "articles": [{...article, "claims": [...]}]}``, indented."""
    articles = [
        {**row_dict(article), "claims": [_claim_record(i) for i in group]}
        for article, group in _grouped(items)
    ]
    return dumps({"format": EXPORT_FORMAT, "articles": articles}, indent=2) + "\n"


def to_jsonl(items: Sequence[ExportItem]) -> str:
    """One line per article (``"record": "article"``) followed by one per claim."""
    lines = []
    for article, group in _grouped(items):
        lines.append(dumps({"record": "article", "format": EXPORT_FORMAT, **row_dict(article)}))
        lines.extend(dumps({"record": "claim", **_claim_record(i)}) for i in group)
    return "".join(line + "\n" for line in lines)


# CSV: one row per claim, for a spreadsheet.


def _when(value: dt.datetime | None) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if value else ""


def _slot_text(slot: SlotRecord) -> str:
    v = slot.value
    if slot.type == "date":
        return date_text({**v, "text": slot.text})
    if slot.type == "number":
        return number_text({**v, "text": slot.text})
    return slot.text


def _slots(claim: ClaimRecord, kind: str) -> str:
    return "; ".join(_slot_text(s) for s in claim.slots if s.type == kind)


def item_url(item: ExportItem) -> str:
    """Where the claim appears: the article's URL, else its path."""
    return item.article.url or item.article.path or ""


def to_csv(items: Sequence[ExportItem], *, bom: bool = False) -> str:
    """CSV with a header row, one row per claim; every text cell is neutralised for
    spreadsheets (a cell starting with ``=``, ``+``, ``-``, ``@`` gets a ``'``)."""
    buf = io.StringIO()
    if bom:
        buf.write("\ufeff")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for item in items:
        c, a, best = item.claim, item.article, item.best
        writer.writerow(
            [
                csv_cell(c.text),
                csv_cell(item_url(item)),
                csv_cell(c.status),
                csv_cell(c.reviewer or ""),
                _when(c.created_at),
                _when(c.decided_at) if c.status not in NO_VERDICT else "",
                csv_cell(", ".join(c.kinds)),
                csv_cell(c.note or ""),
                c.id,
                c.version,
                a.id,
                csv_cell(a.title or ""),
                f"{c.score:.3f}",
                csv_cell(";".join(c.kinds)),
                csv_cell(_slots(c, "date")),
                csv_cell(_slots(c, "number")),
                csv_cell(c.speaker or ""),
                csv_cell(best.text) if best else "",
                csv_cell(best.source) if best else "",
                csv_cell(best.relation) if best else "",
                csv_cell(c.reviewer or ""),
                _when(c.decided_at),
                csv_cell(c.assigned_to or ""),
                csv_cell(c.edited_text or ""),
            ]
        )
    return buf.getvalue()


# Markdown: a report for an editor.


def to_markdown(items: Sequence[ExportItem]) -> str:
    """One section per article; each claim with its verdict, note, reviewer and match."""
    out = [f"# Claims report ({len(items)} claim{'' if len(items) == 1 else 's'})", ""]
    for article, group in _grouped(items):
        out.append(f"## {_md(article.title or article.url or article.path or f'#{article.id}')}")
        out.append("")
        out.append(f"- Source: {_md(article.url or article.path or 'unknown')}")
        published = article.published.isoformat() if article.published else "unknown"
        out.append(f"- Published: {published}")
        counts: dict[str, int] = {}
        for i in group:
            counts[i.claim.status] = counts.get(i.claim.status, 0) + 1
        out.append("- Claims: " + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())))
        out.append("")
        for i in group:
            c = i.claim
            out.append(f"### Claim {c.id}: **{_md(c.status)}**")
            out.append("")
            out.append(f"> {_md(c.edited_text or c.text)}")
            out.append("")
            if c.edited_text:
                out.append(f"- Original wording: {_md(c.text)}")
            if c.speaker:
                out.append(f"- Speaker: {_md(c.speaker)}")
            out.append(f"- Score: {c.score:.2f}; kinds: {_md(', '.join(c.kinds) or 'none')}")
            resolved = "; ".join(x for x in (_slots(c, "date"), _slots(c, "number")) if x)
            if resolved:
                out.append(f"- Resolved: {_md(resolved)}")
            if c.reviewer:
                out.append(f"- Decided by {_md(c.reviewer)} at {_when(c.decided_at)}")
            if c.note:
                out.append(f"- Note: {_md(c.note)}")
            if i.best:
                b = i.best
                out.append(
                    f"- Best match ({_md(b.relation)}, {b.score:.2f}, {_md(b.source)}): "
                    f"{_md(b.text)}"
                )
            out.append("")
    return "\n".join(out)


# ClaimReview: schema.org JSON-LD for every claim with a verdict.


def claim_url(item: ExportItem) -> str:
    """A stable address for the review of a claim."""
    if item.article.url:
        return f"{item.article.url}#claim-{item.claim.id}"
    return f"urn:claimcheck:claim:{item.claim.id}"


def to_claimreview(
    items: Sequence[ExportItem],
    ratings: Mapping[str, int] | None = None,
    author: str | None = None,
) -> str:
    """A JSON array of ClaimReview objects, one per claim with a verdict. ``ratings``
    maps statuses to ``ratingValue`` (1 worst .. 5 best; a status missing from it gets
    no ``ratingValue``); ``author`` names the publishing organisation, else the
    reviewer is the author."""
    mapping = DEFAULT_RATINGS if ratings is None else ratings
    reviews = [_claimreview(i, mapping, author) for i in items if i.claim.status not in NO_VERDICT]
    return script_safe(dumps(reviews, indent=2)) + "\n"


# ClaimReview is published inside <script type="application/ld+json">: an article's
# "</script>" must not end the element. These characters occur only inside JSON strings,
# where their escapes mean the same.
_SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def script_safe(json_text: str) -> str:
    """JSON text that stays inert and valid inside an HTML <script> element."""
    return json_text.translate(_SCRIPT_SAFE)


def _claimreview(
    item: ExportItem, ratings: Mapping[str, int], author: str | None
) -> dict[str, Any]:
    c, a = item.claim, item.article
    # The textual verdict as readers see it ("False", "Not a claim"), as fact-checkers
    # publish it.
    verdict = c.status.replace("-", " ").capitalize()
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict}
    if c.status in ratings:
        rating.update(
            ratingValue=ratings[c.status], bestRating=BEST_RATING, worstRating=WORST_RATING
        )
    claim: dict[str, Any] = {"@type": "Claim"}
    where = item_url(item)
    if where:
        claim["appearance"] = [{"@type": "CreativeWork", "url": where}]
    if a.published:
        claim["datePublished"] = a.published.isoformat()
    if c.speaker:
        claim["author"] = {"@type": "Person", "name": c.speaker}
    if author:
        by: dict[str, Any] = {"@type": "Organization", "name": author}
    else:
        by = {"@type": "Person", "name": c.reviewer or "unknown"}
    out: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": claim_url(item),
        "claimReviewed": c.edited_text or c.text,
        "reviewRating": rating,
        "itemReviewed": claim,
        "author": by,
        "datePublished": (c.decided_at or c.created_at).isoformat(timespec="seconds"),
    }
    if c.note:
        out["reviewBody"] = c.note
    return out


def read_ratings(path: str) -> dict[str, int]:
    """A ``--rating-map`` file: a JSON object of status to integer rating, 1 to 5."""
    import json

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise errors.InputError(f"cannot read rating map {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise errors.InputError(f"rating map {path} is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise errors.InputError(f"rating map {path} must be a JSON object of status: rating")
    out: dict[str, int] = {}
    for key, value in data.items():
        if isinstance(value, bool) or not isinstance(value, int):
            raise errors.InputError(f"rating map {path}: {key!r} must map to a whole number")
        if not WORST_RATING <= value <= BEST_RATING:
            raise errors.InputError(
                f"rating map {path}: {key!r} must be between {WORST_RATING} and {BEST_RATING}"
            )
        out[str(key)] = value
    return out


# Writing a file safely.


def check_output(path: str, *, force: bool = False, keep: Sequence[str] = ()) -> None:
    """Refuse an output path that is anything but a missing path or (with ``force``) a
    regular file: a device, FIFO, socket, link or folder is never replaced, nor one of
    the files in ``keep`` (the database being exported)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise errors.UsageError(f"cannot write {path}: {exc.strerror}") from None
    if stat.S_ISDIR(mode):
        raise errors.UsageError(f"{path} is a folder, not a file")
    if stat.S_ISLNK(mode):
        raise errors.UsageError(f"{path} is a symbolic link: name the file itself")
    if not stat.S_ISREG(mode):
        raise errors.UsageError(f"{path} is not a regular file (a device, FIFO or socket)")
    for kept in keep:
        if os.path.exists(kept) and os.path.samefile(path, kept):
            raise errors.UsageError(f"{path} is the claims database being exported")
    if not force:
        raise errors.UsageError(f"{path} already exists (use --force to overwrite it)")


def write_atomic(
    path: str, write: Callable[[str], None], *, force: bool = False, keep: Sequence[str] = ()
) -> None:
    """Make ``path`` by calling ``write`` with a temporary path in the same folder, then
    renaming it into place: a failed export leaves nothing. Refuses what
    :func:`check_output` refuses."""
    target = Path(path)
    check_output(path, force=force, keep=keep)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise errors.UsageError(f"no folder {folder} to write {target.name} into")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except PermissionError:
        raise errors.UsageError(f"cannot write into {folder}: permission denied") from None
    os.close(fd)
    os.unlink(tmp)
    try:
        write(tmp)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_text_atomic(
    path: str, text: str, *, force: bool = False, keep: Sequence[str] = ()
) -> None:
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8", newline="") as out:
            out.write(text)

    write_atomic(path, write, force=force, keep=keep)


def render(
    items: Sequence[ExportItem],
    fmt: str,
    *,
    bom: bool = False,
    ratings: Mapping[str, int] | None = None,
    author: str | None = None,
) -> str:
    """The export of ``items`` in a text format."""
    if fmt == "csv":
        return to_csv(items, bom=bom)
    if fmt == "json":
        return to_json(items)
    if fmt == "jsonl":
        return to_jsonl(items)
    if fmt == "markdown":
        return to_markdown(items)
    if fmt == "claimreview":
        return to_claimreview(items, ratings, author)
    raise errors.UsageError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")


def statuses_of(values: Iterable[str]) -> tuple[str, ...]:
    """``--status`` values (repeatable, comma-separated), checked."""
    out = tuple(s.strip() for v in values for s in v.split(",") if s.strip())
    for s in out:
        if s not in STATUSES:
            raise errors.UsageError(f"unknown status {s!r} (one of: {', '.join(STATUSES)})")
    return out
