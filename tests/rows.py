"""Rows for the store's bulk writes, built the short way in tests: each function takes
the columns in their table's order and returns the mapping the store takes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def slot(
    type: str, text: str, start: int, end: int, value: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    return {"type": type, "text": text, "start": start, "end": end, "value": dict(value or {})}


def claim(
    text: str,
    start: int,
    end: int,
    score: float,
    kinds: Iterable[str] = (),
    is_claim: bool = True,
    paragraph: int = 0,
    role: str = "body",
    *,
    slots: Iterable[Mapping[str, Any]] = (),
    **columns: Any,
) -> dict[str, Any]:
    return {
        "text": text,
        "start": start,
        "end": end,
        "score": score,
        "kinds": list(kinds),
        "is_claim": is_claim,
        "paragraph": paragraph,
        "role": role,
        "slots": list(slots),
        **columns,
    }


def match(
    source: str,
    ref_id: str,
    kind: str,
    text: str,
    score: float,
    relation: str,
    confident: bool,
    reasons: Iterable[str] = (),
    detail: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "source": source,
        "ref_id": ref_id,
        "kind": kind,
        "text": text,
        "score": score,
        "relation": relation,
        "confident": confident,
        "reasons": list(reasons),
        "detail": dict(detail or {}),
    }


def reference(ref_id: str, text: str, terms: str, kind: str, **columns: Any) -> dict[str, Any]:
    return {"ref_id": ref_id, "text": text, "terms": terms, "kind": kind, **columns}


Row = dict[str, Any]
"""A row as the store takes it in bulk."""
