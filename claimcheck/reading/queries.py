"""Queries for ``claimcheck match``: statements to look up, each with an id.

Three layouts: a TSV of ``id<TAB>text`` (CheckThat!'s), JSONL objects (``id``, ``text``
and optionally ``context``, the sentence before it), or plain text with one query a
line (numbered from 1). A blank line is skipped; a bad JSONL line is an error naming it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from claimcheck.errors import InputError
from claimcheck.reading.inputs import MAX_LIST_BYTES, decode_bytes, read_file_bytes

_TEXT_KEYS = ("text", "claim", "query", "tweet_text", "sentence")
_ID_KEYS = ("id", "qid", "query_id", "tweet_id", "iclaim_id")


class Query(NamedTuple):
    id: str
    text: str
    context: str | None = None


def read_queries(spec: str, data: bytes | None = None) -> list[Query]:
    """The queries of a file (or of ``data``, read from standard input as ``spec``)."""
    if data is None:
        data = read_file_bytes(spec, MAX_LIST_BYTES)
    text = decode_bytes(data, name=spec)
    suffix = Path(spec).suffix.lower()
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if not lines:
        raise InputError(f"{spec}: no queries in it")
    if suffix in (".jsonl", ".ndjson") or (suffix != ".tsv" and lines[0][1].lstrip()[:1] == "{"):
        return [_json_query(spec, n, line) for n, line in lines]
    if suffix == ".tsv" or all("\t" in line for _, line in lines):
        out = []
        for n, line in lines:
            qid, _, rest = line.partition("\t")
            if not rest.strip():
                raise InputError(f"{spec} line {n}: expected id<TAB>text")
            out.append(Query(qid.strip(), " ".join(rest.split())))
        return out
    return [Query(str(n), " ".join(line.split())) for n, line in lines]


def _json_query(spec: str, n: int, line: str) -> Query:
    try:
        obj = json.loads(line)
    except ValueError as exc:
        raise InputError(f"{spec} line {n}: not JSON ({exc})") from None
    if not isinstance(obj, dict):
        raise InputError(f"{spec} line {n}: expected a JSON object")
    text = next((obj[k] for k in _TEXT_KEYS if isinstance(obj.get(k), str)), None)
    if not text or not text.strip():
        raise InputError(f"{spec} line {n}: no text (one of: {', '.join(_TEXT_KEYS)})")
    qid = next((obj[k] for k in _ID_KEYS if obj.get(k) is not None), n)
    context = obj.get("context")
    return Query(str(qid), " ".join(text.split()), context if isinstance(context, str) else None)
