"""``claimcheck import``: our own JSON/JSONL export, ClaimReview, Fact Check Tools.

Our export is restored row for row (:meth:`claims_db.Store.restore`): claims, review
state, notes, decisions with their times, matches and audit log, so that exporting
again gives the same output. ClaimReview JSON-LD and Google Fact Check Tools responses
become a registered source of references, named after the file, that matching searches.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck import errors
from claimcheck.desk import registry
from claimcheck.desk.export import EXPORT_FORMAT
from claimcheck.models import KINDS, REFERENCE_KINDS, RELATIONS, STATUSES, Reference
from claims_db import (
    AUDIT_ACTIONS,
    SLOT_TYPES,
    ArticleRecord,
    ClaimRecord,
    MatchRecord,
    ReviewEvent,
    SlotRecord,
    Store,
)

_DATETIMES = frozenset({"created_at", "decided_at", "at"})
_DATES = frozenset({"published"})


@dataclass(frozen=True)
class ImportResult:
    """What an import did: ``kind`` is ``export`` (ours) or ``source`` (references)."""

    kind: str
    articles: int = 0
    skipped_articles: int = 0
    claims: int = 0
    references: int = 0
    source: str | None = None
    problems: tuple[str, ...] = ()


def _value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _DATETIMES:
        return dt.datetime.fromisoformat(value)
    if name in _DATES:
        return dt.date.fromisoformat(value)
    return value


def _row(cls: Any, data: dict[str, Any], where: str) -> Any:
    """A record from its exported columns; a column without a default must be there."""
    missing = [n for n, f in cls.model_fields.items() if f.is_required() and n not in data]
    if missing:
        raise errors.InputError(f"{where}: not a claimcheck export record (no {missing[0]!r})")
    try:
        return cls(**{n: _value(n, data[n]) for n in cls.model_fields if n in data})
    except (TypeError, ValueError) as exc:
        raise errors.InputError(f"{where}: not a claimcheck export record ({exc})") from exc


# The values an export may hold in its closed fields; anything else is refused (an
# edited file could otherwise carry escape sequences into `claimcheck review`).
_ROLES = ("title", "heading", "body", "caption", "chrome", "duplicate")
_MATCH_DECISIONS = (None, "accepted", "rejected")


def _known(where: str, what: str, value: Any, allowed: Sequence[Any]) -> None:
    if value not in allowed:
        shown = ", ".join(a for a in allowed if a is not None)
        raise errors.InputError(f"{where}: unknown {what} {value!r} (one of {shown})")


def _claim(
    data: dict[str, Any], where: str
) -> tuple[ClaimRecord, list[MatchRecord], list[ReviewEvent]]:
    claim = _row(ClaimRecord, data, where)
    where = f"{where}, claim {data.get('id', '?')}"
    _known(where, "status", claim.status, STATUSES)
    _known(where, "role", claim.role, _ROLES)
    for kind in claim.kinds:
        _known(where, "kind", kind, KINDS)
    claim.slots = [_row(SlotRecord, s, where) for s in data.get("slots") or ()]
    for slot in claim.slots:
        _known(where, "slot type", slot.type, SLOT_TYPES)
    matches = [_row(MatchRecord, m, where) for m in data.get("matches") or ()]
    for match in matches:
        _known(where, "match kind", match.kind, REFERENCE_KINDS)
        _known(where, "relation", match.relation, RELATIONS)
        _known(where, "match decision", match.decision, _MATCH_DECISIONS)
    events = [_row(ReviewEvent, e, where) for e in data.get("history") or ()]
    for event in events:
        _known(where, "action", event.action, AUDIT_ACTIONS)
        if event.action == "status":
            for value in (event.old_value, event.new_value):
                _known(where, "status", value, STATUSES)
    return claim, matches, events


def _export_articles(
    text: str, name: str
) -> list[tuple[dict[str, Any], list[dict[str, Any]]]] | None:
    """Our export's articles with their claim records, or None if this is not one."""
    stripped = text.lstrip("\ufeff").lstrip()
    if stripped.startswith("{"):
        first_line = stripped.split("\n", 1)[0]
        try:
            first = json.loads(first_line)
        except ValueError:
            first = None
        if isinstance(first, dict) and first.get("record") == "article":
            return _jsonl_articles(stripped, name)
        try:
            data = json.loads(stripped)
        except ValueError:
            return None
        if isinstance(data, dict) and data.get("format") == EXPORT_FORMAT:
            articles = data.get("articles")
            if not isinstance(articles, list):
                raise errors.InputError(f"{name}: no list of articles")
            return [(a, list(a.get("claims") or ())) for a in articles if isinstance(a, dict)]
    return None


def _jsonl_articles(text: str, name: str) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    out: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise errors.InputError(f"{name}, line {number}: not JSON ({exc.args[0]})") from exc
        kind = record.get("record") if isinstance(record, dict) else None
        if kind == "article":
            out.append((record, []))
        elif kind == "claim" and out:
            out[-1][1].append(record)
        else:
            raise errors.InputError(f"{name}, line {number}: not a claimcheck export record")
    return out


def import_export(
    store: Store, articles: list[tuple[dict[str, Any], list[dict[str, Any]]]], name: str
) -> ImportResult:
    """Restore our export's articles; ids are kept when the database has no articles."""
    keep_ids = not store.list_articles()
    created = skipped = claims = 0
    # Every record is read and checked before anything is stored: a bad one refuses the file.
    read = []
    for number, (article_data, claim_data) in enumerate(articles, 1):
        where = f"{name}, article {number}"
        read.append(
            (_row(ArticleRecord, article_data, where), [_claim(c, where) for c in claim_data])
        )
    for article, parsed in read:
        rows = [c for c, _, _ in parsed]
        # Stored and indexed in one transaction: an import killed half-way leaves no
        # article whose claims are missing from the index (a rerun skips it as stored).
        with store.transaction():
            result = store.restore(
                article,
                rows,
                {c.id: m for c, m, _ in parsed},
                {c.id: e for c, _, e in parsed},
                keep_ids=keep_ids,
            )
            if result.created:
                _index(store, result.article_id, article)
        if not result.created:
            skipped += 1
            continue
        created += 1
        claims += len(rows)
    return ImportResult("export", articles=created, skipped_articles=skipped, claims=claims)


def _index(store: Store, article_id: int, article: ArticleRecord) -> None:
    # Restored claims are searched like checked ones: index them under "claims".
    refs = [
        registry.stored(
            Reference(
                id=f"claim:{c.id}",
                text=c.text,
                source=registry.CLAIMS_SOURCE,
                kind="claim",
                title=article.title,
                published=article.published,
                url=article.url,
                path=article.path,
            ),
            c.id,
        )
        for c in store.claims(article_id, only_claims=True)
    ]
    if refs:
        store.add_references(registry.CLAIMS_SOURCE, "the claims database", refs)


def import_file(store: Store, path: str, *, name: str | None = None) -> ImportResult:
    """Import a file: our JSON/JSONL export, ClaimReview JSON-LD (JSON or HTML) or a
    Fact Check Tools response. References are registered as a source called ``name``
    (default: the file's name)."""
    file = Path(path)
    if not file.is_file():
        raise errors.InputError(f"cannot read {path}: no such file")
    try:
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise errors.InputError(f"cannot read {path}: not UTF-8 text") from exc
    except OSError as exc:
        raise errors.InputError(f"cannot read {path}: {exc.strerror}") from exc
    ours = _export_articles(text, path)
    if ours is not None:
        return import_export(store, ours, path)
    source = name or file.name
    if store.get_source(source) is not None:
        raise errors.UsageError(
            f"a source named {source!r} exists (use --name, or claimcheck sources refresh)"
        )
    fmt = "factcheck-api" if _is_factcheck_api(text) else "claimreview"
    row, problems = registry.register(store, path, name=source, fmt=fmt)
    return ImportResult(
        "source",
        references=row.reference_count,
        source=row.name,
        problems=tuple(str(p) for p in problems),
    )


def _is_factcheck_api(text: str) -> bool:
    from claimcheck.sources.claimreview import is_factcheck_api

    try:
        return bool(is_factcheck_api(json.loads(text)))
    except ValueError:
        return False
