"""Readers of fact-check archives: files of claims already checked, as References.

An archive is read into a :class:`~claimcheck.sources.references.ReadResult`: one
:class:`~claimcheck.sources.references.Reference` of kind ``"factcheck"`` per usable record,
and a :class:`~claimcheck.sources.references.Problem` per skipped one (``"archive.csv line
17"``, with the line number in the file). A file that cannot be read at all raises
:class:`~claimcheck.errors.InputError`.

Formats (``fmt``), detected from the extension and then the content when not given:

- ``"claimreview"``: schema.org ClaimReview JSON-LD, in a ``.json`` file (an object, a
  list, an ``@graph``) or in the ``<script type="application/ld+json">`` blocks of an
  ``.html`` page;
- ``"factcheck-api"``: a saved Google Fact Check Tools ``claims:search`` response
  (``{"claims": [...], "nextPageToken": ...}``), or a list of them;
- ``"csv"``, ``"tsv"``, ``"jsonl"`` (also ``.ndjson``): one record per row or line,
  with the fields named by :class:`Columns`. Fields left unset are inferred from
  common column names (``claimReviewed``, ``claim``, ``vclaim``, ``text``,
  ``statement`` for the text; ``rating``, ``truth_label``, ``label``,
  ``textualRating``, ``Status`` for the rating; ...) when the file has a header.

TSV is read as the IANA format: no quoting, so a statement that starts with a quote
mark stays one cell (reading LIAR with CSV quoting merges 29 rows into others). A
cell wrapped in quotes with its inner quotes doubled, as Excel writes, is unwrapped.
CSV follows RFC 4180 quoting.

A headerless TSV in LIAR's layout (``2635.json<TAB>false<TAB>Says the ...<TAB>
abortion<TAB>dwayne-bohac<TAB>...``) names its columns by number::

    read_archive("liar/train.tsv", source="liar",
                 columns=Columns(id="0", text=("2",), rating="1", claimant="4", header=False))

A date cell that says when the claim was stated (PolitiFact's ``"stated on October 22,
2019 in a campaign mailer.:"``) gives ``claim_date``; any other gives ``published``.
"""

from __future__ import annotations

import _csv
import csv
import io
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from claimcheck.errors import InputError, UsageError
from claimcheck.models import Reference
from claimcheck.reading.inputs import decode_bytes, read_file_bytes
from claimcheck.sources.claimreview import (
    KIND,
    IdRegistry,
    claimreviews_from_data,
    claimreviews_from_html,
    claimreviews_from_json,
    clean_text,
    factcheck_api_data,
    factcheck_api_response,
    is_factcheck_api,
    load_json,
    read_date,
    verdict,
)
from claimcheck.sources.references import Problem, ReadResult

__all__ = [
    "FORMATS",
    "Columns",
    "archive_from_text",
    "claimreviews_from_html",
    "claimreviews_from_json",
    "factcheck_api_response",
    "read_archive",
    "rows_from_csv",
    "rows_from_jsonl",
]

FORMATS = ("claimreview", "factcheck-api", "csv", "tsv", "jsonl")


@dataclass(frozen=True)
class Columns:
    """Which fields of a CSV/TSV/JSONL record hold what.

    Names, or 0-based column numbers (as str digits) for headerless files. ``text``:
    the first is the statement; further ones (a title, a summary) go to
    ``Reference.extra`` joined by ``" "``. ``header``: None detects it (a file named by
    column names has one; a file named by numbers has one when the text column's first
    cell is a common column name such as ``"statement"``). Fields left unset are
    inferred from the header's names. ``claim_date`` is when the claim was made;
    ``date`` the fact-check's own date.
    """

    id: str | None = None
    text: tuple[str, ...] = ()
    rating: str | None = None
    date: str | None = None
    url: str | None = None
    title: str | None = None
    claimant: str | None = None
    publisher: str | None = None
    header: bool | None = None
    claim_date: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.text, str):  # Columns(text="claim") means one column, not letters
            object.__setattr__(self, "text", (self.text,))


# The single-valued fields of Columns, in the order they are looked up.
_FIELDS = ("id", "rating", "date", "claim_date", "url", "title", "claimant", "publisher")
# Common names, in order of preference, matched ignoring case.
_INFER: dict[str, tuple[str, ...]] = {
    "text": ("claimReviewed", "claim", "vclaim", "text", "statement"),
    "id": ("id", "vclaim_id", "claim_id"),
    "rating": ("rating", "truth_label", "label", "textualRating", "Status"),
    "date": ("date", "datePublished", "reviewDate", "Report Published at"),
    "claim_date": ("claimDate", "claim_date"),
    "url": ("url", "Item page URL"),
    "title": ("title", "headline"),
    "claimant": ("claimant", "speaker"),
    "publisher": ("publisher",),
}
_RESTATEMENTS = ("subtitle", "summary", "description")
_KNOWN_NAMES = frozenset(n.casefold() for names in _INFER.values() for n in names)
_STATED = re.compile(r"\s*stated\s+on\b", re.IGNORECASE)


def _shown(names: Iterable[str], limit: int = 20) -> str:
    shown = [n if len(n) <= 30 else n[:30] + "..." for n in names]
    more = f", ... ({len(shown)} in all)" if len(shown) > limit else ""
    return ", ".join(shown[:limit]) + more


def _complete(columns: Columns | None, keys: Sequence[str] | None, name: str) -> Columns:
    """``columns`` with its unset fields inferred from the header ``keys``."""
    columns = columns or Columns()
    if keys is None:  # no header: only what the caller named
        if not columns.text:
            raise InputError(f"{name}: no header row; give the text column's number (--text-field)")
        return columns
    by_fold: dict[str, str] = {}
    for key in keys:
        by_fold.setdefault(key.strip().casefold(), key)

    def infer(field: str) -> str | None:
        return next((by_fold[c.casefold()] for c in _INFER[field] if c.casefold() in by_fold), None)

    text = columns.text
    if not text:
        found = infer("text")
        if found is None:
            raise InputError(
                f"{name}: no claim text column among: {_shown(keys)}; name it with"
                " --text-field (a column number for a file without a header row)"
            )
        # A fact-check's subtitle or summary restates the claim in other words: worth
        # matching on (CheckThat! 2A: MAP@5 0.909 without, 0.938 with).
        text = (found, *(by_fold[c] for c in _RESTATEMENTS if c in by_fold))
    changes: dict[str, Any] = {"text": text}
    for field in _FIELDS:
        if getattr(columns, field) is None:
            changes[field] = infer(field)
    return replace(columns, **changes)


def _specs(columns: Columns) -> list[str]:
    return [*columns.text, *(s for f in _FIELDS if (s := getattr(columns, f)) is not None)]


# -- building records --------------------------------------------------------------------


class _Builder:
    """Turns the cells of one record into a Reference, or a Problem."""

    def __init__(self, source: str, name: str) -> None:
        self.source, self.name = source, name
        self.ids = IdRegistry()
        self.references: list[Reference] = []
        self.problems: list[Problem] = []

    def add(
        self, line: int, texts: Sequence[str | None], cells: Mapping[str, str | None], what: str
    ) -> None:
        where = f"{self.name} line {line}"
        cleaned = [clean_text(t) for t in texts]
        text = cleaned[0]
        if text is None:
            self.problems.append(Problem(where, f"no claim text in {what}; skipped"))
            return
        given = clean_text(cells.get("id"))
        got = self.ids.assign(given or f"{self.name}#{line}", text, where, strict=given is not None)
        if isinstance(got, Problem):
            self.problems.append(got)
            return
        date_cell, claim_cell = cells.get("date"), cells.get("claim_date")
        if date_cell and _STATED.match(date_cell) and not claim_cell:
            date_cell, claim_cell = None, date_cell
        self.references.append(
            Reference(
                id=got,
                text=text,
                source=self.source,
                kind=KIND,
                title=clean_text(cells.get("title")),
                extra=" ".join(t for t in cleaned[1:] if t) or None,
                published=read_date(date_cell),
                claim_date=read_date(claim_cell),
                url=clean_text(cells.get("url")),
                rating=verdict(cells.get("rating")),
                publisher=clean_text(cells.get("publisher")),
                claimant=clean_text(cells.get("claimant")),
            )
        )


# -- CSV and TSV -------------------------------------------------------------------------

# Excel's tab-delimited export quotes a cell with quotes in it and doubles them.
_EXCEL_QUOTED = re.compile(r'"((?:[^"]|"")*""(?:[^"]|"")*)"')


def _unquote(cell: str) -> str:
    match = _EXCEL_QUOTED.fullmatch(cell) if cell.startswith('"') else None
    return match[1].replace('""', '"') if match else cell


def _is_header(columns: Columns | None, first: list[str]) -> bool:
    if columns is None:
        return True
    if columns.header is not None:
        return columns.header
    specs = _specs(columns)
    if not columns.text or any(not s.isdecimal() for s in specs):
        return True
    index = int(columns.text[0])
    return index < len(first) and first[index].strip().casefold() in _KNOWN_NAMES


def _column_index(spec: str, header: list[str] | None, name: str) -> int:
    if header is not None:
        folded = [h.strip().casefold() for h in header]
        for names, wanted in ((header, spec), (folded, spec.strip().casefold())):
            if wanted in names:
                return names.index(wanted)
    if spec.isdecimal():
        return int(spec)
    if header is None:
        raise InputError(f"{name}: no header row, so column {spec!r} must be given by number")
    raise InputError(f"{name}: no column {spec!r} among: {_shown(header)}")


@dataclass(frozen=True)
class _Plan:
    """Where a CSV row's fields are, decided on the file's first row."""

    header: bool
    texts: list[int]
    cells: list[tuple[str, int]]
    needed: int  # cells a row must have
    what: str  # the text column, for messages


def _plan(columns: Columns | None, first: list[str], name: str) -> _Plan:
    header = [cell.strip() for cell in first] if _is_header(columns, first) else None
    full = _complete(columns, header, name)
    texts = [_column_index(spec, header, name) for spec in full.text]
    cells = [(f, _column_index(s, header, name)) for f in _FIELDS if (s := getattr(full, f))]
    needed = max([*texts, *(index for _, index in cells)]) + 1
    return _Plan(header is not None, texts, cells, needed, f"column {full.text[0]!r}")


class _CsvRecords:
    """The records of CSV text, each with the lines it spans; can go back to a line.

    CSV is read in strict mode so that a quote mark left open shows as an error (a
    quote followed by text, or the end of the file) instead of silently joining the
    rows after it into one cell.
    """

    def __init__(self, text: str, delimiter: str) -> None:
        self.text, self.delimiter = text, delimiter
        self.stream = io.StringIO(text, newline="\n")
        self.reader = self._reader()
        self.base = self.done = 0  # lines before the reader's start; lines it consumed
        self.starts: list[int] | None = None

    def _reader(self) -> _csv.Reader:
        if self.delimiter == "\t":
            return csv.reader(self.stream, delimiter="\t", quoting=csv.QUOTE_NONE, strict=True)
        return csv.reader(self.stream, delimiter=self.delimiter, strict=True)

    def __iter__(self) -> Iterator[tuple[int, int, list[str] | csv.Error]]:
        while True:
            line = self.base + self.done + 1
            row: list[str] | csv.Error
            try:
                row = next(self.reader)
            except StopIteration:
                return
            except csv.Error as error:
                row = error
            self.done = self.reader.line_num
            yield line, self.base + self.done, row

    def restart_at(self, line: int) -> None:
        """Read on from the start of ``line`` (1-based)."""
        if self.starts is None:
            self.starts = [0, *(m.end() for m in re.finditer("\n", self.text))]
        self.stream.seek(self.starts[line - 1])
        self.reader = self._reader()
        self.base, self.done = line - 1, 0


def _quoting_reason(error: csv.Error) -> str:
    message = str(error)
    if "end of data" in message:
        return "a quote mark is never closed"
    if "expected after" in message:
        return "text right after a closing quote mark (a quote mark left open?)"
    return f"cannot read the row ({message})"


def rows_from_csv(
    text: str, source: str, name: str, columns: Columns | None = None, delimiter: str = ","
) -> ReadResult:
    """References from CSV (or, with ``delimiter="\\t"``, TSV) text, one per row.

    Rows without text, with fewer cells than the named columns need, or repeating an
    id are Problems named by the row's first line in the file. Blank rows are skipped.
    A row with a quote mark left open is a Problem, and reading resumes on the line
    after the one it starts on, so that the rows it swallowed are kept.
    """
    # The default limit (128 KiB) rejects long cells; 2**31 - 1 fits a C long everywhere.
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    tsv = delimiter == "\t"
    # Line numbers count "\n" only, as an editor does.
    records = _CsvRecords(text.replace("\r\n", "\n").replace("\r", "\n"), delimiter)
    builder = _Builder(source, name)
    plan: _Plan | None = None
    for line, last, row in records:
        where = f"{name} line {line}"
        if isinstance(row, csv.Error):
            builder.problems.append(Problem(where, f"{_quoting_reason(row)}; skipped"))
            if last > line:
                records.restart_at(line + 1)
            continue
        if tsv:
            row = [_unquote(cell) for cell in row]
        if not any(cell.strip() for cell in row):
            continue
        if plan is None:
            plan = _plan(columns, row, name)
            if plan.header:
                continue
        if len(row) < plan.needed:
            reason = f"{len(row)} cells, expected {plan.needed}; skipped"
            if last > line:  # a short row over several lines: a quote mark left open
                reason = f"a quote mark left open? {reason}"
                records.restart_at(line + 1)
            builder.problems.append(Problem(where, reason))
            continue
        cells = {field: row[index] for field, index in plan.cells}
        builder.add(line, [row[index] for index in plan.texts], cells, plan.what)
    if plan is None:
        raise InputError(f"{name}: no rows")
    return ReadResult(builder.references, builder.problems)


# -- JSON Lines --------------------------------------------------------------------------


def _scalar(value: Any) -> str | None:
    """A JSON value as cell text: numbers and booleans spelled out, lists joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):  # {"name": "PolitiFact", ...}
        return _scalar(value.get("name"))
    if isinstance(value, list):
        return ", ".join(s for v in value if (s := _scalar(v))) or None
    return None


def rows_from_jsonl(
    text: str, source: str, name: str, columns: Columns | None = None
) -> ReadResult:
    """References from JSON Lines text: one JSON object (or array) per line.

    A line that is not JSON, or not an object (an array when columns are numbered), is a
    Problem; so is a record without text. Unset columns are inferred from the keys of
    the first 100 objects.
    """
    records: list[tuple[int, Any, str | None]] = []  # line, value, why it is unusable
    keys: dict[str, None] = {}  # an ordered set
    # split("\n"), not splitlines(): U+2028 may stand raw inside a JSON string.
    for line, raw in enumerate(text.split("\n"), 1):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw, strict=False)
        except (ValueError, RecursionError) as error:
            reason = error.msg if isinstance(error, json.JSONDecodeError) else "nested too deeply"
            records.append((line, None, f"not valid JSON ({reason}); skipped"))
            continue
        if not isinstance(value, dict | list):
            records.append((line, None, "not a JSON object; skipped"))
            continue
        if isinstance(value, dict) and len(keys) < 10_000 and len(records) < 100:
            keys.update(dict.fromkeys(value))
        records.append((line, value, None))
    if not records:
        raise InputError(f"{name}: no JSON records")
    full = _complete(columns, list(keys) if keys else None, name)
    plan = [(f, s) for f in _FIELDS if (s := getattr(full, f))]
    get = _jsonl_getter(keys)
    builder = _Builder(source, name)
    for line, value, unusable in records:
        if unusable is not None:
            builder.problems.append(Problem(f"{name} line {line}", unusable))
            continue
        cells = {field: _scalar(get(value, spec)) for field, spec in plan}
        texts = [_scalar(get(value, spec)) for spec in full.text]
        builder.add(line, texts, cells, f"field {full.text[0]!r}")
    return ReadResult(builder.references, builder.problems)


def _jsonl_getter(keys: Mapping[str, None]) -> Callable[[Any, str], Any]:
    folded = {k.strip().casefold(): k for k in reversed(list(keys))}

    def get(value: Any, spec: str) -> Any:
        if isinstance(value, list):
            index = int(spec) if spec.isdecimal() else len(value)
            return value[index] if index < len(value) else None
        if spec in value:
            return value[spec]
        return value.get(folded.get(spec.strip().casefold(), spec))

    return get


# -- files -------------------------------------------------------------------------------

_SUFFIXES = {
    "json": ".json .jsonld",
    "html": ".html .htm .xhtml",
    "csv": ".csv",
    "tsv": ".tsv .tab",
    "jsonl": ".jsonl .ndjson",
}
_SUFFIX_FORMATS = {suffix: kind for kind, names in _SUFFIXES.items() for suffix in names.split()}


def _sniff(text: str) -> str:
    start = text.lstrip()[:1]
    if start in ("{", "["):
        return "json"
    if start == "<":
        return "html"
    first = text.lstrip("\n").split("\n", 1)[0]
    return "tsv" if first.count("\t") >= max(1, first.count(",")) else "csv"


def _json_or_jsonl(text: str, source: str, name: str, columns: Columns | None) -> ReadResult:
    try:
        data = load_json(text, name)
    except InputError:
        # Several JSON objects, one per line, in a file named .json.
        first = text.lstrip().split("\n", 1)[0]
        try:
            jsonl = isinstance(json.loads(first, strict=False), dict)
        except (ValueError, RecursionError):
            jsonl = False
        if jsonl:
            return rows_from_jsonl(text, source, name, columns)
        raise
    if is_factcheck_api(data):
        return factcheck_api_data(data, source, name)
    return claimreviews_from_data([data], source, name)


def archive_from_text(
    text: str,
    *,
    source: str,
    name: str,
    columns: Columns | None = None,
    fmt: str | None = None,
    suffix: str = "",
) -> ReadResult:
    """Read an archive's decoded text; the pure core of :func:`read_archive`.

    ``name`` is what Problems, errors and generated ids call the input; ``suffix``
    (lower case, with the dot) helps detect the format when ``fmt`` is None.
    ``columns`` only applies to CSV, TSV and JSONL.
    """
    if fmt is not None and fmt not in FORMATS:
        raise UsageError(f"unknown archive format {fmt!r} (one of: {', '.join(FORMATS)})")
    kind = fmt or _SUFFIX_FORMATS.get(suffix) or _sniff(text)
    if kind == "claimreview":
        html = _SUFFIX_FORMATS.get(suffix) == "html" or text.lstrip()[:1] == "<"
        kind = "html" if html else "claimreview"
    if kind == "html":
        return claimreviews_from_html(text, source, name)
    if kind == "claimreview":
        return claimreviews_from_json(text, source, name)
    if kind == "factcheck-api":
        return factcheck_api_response(text, source, name)
    if kind == "json":
        return _json_or_jsonl(text, source, name, columns)
    if kind == "jsonl":
        return rows_from_jsonl(text, source, name, columns)
    return rows_from_csv(text, source, name, columns, "\t" if kind == "tsv" else ",")


def _decode(data: bytes, name: str) -> str:
    try:
        return decode_bytes(data, name=name)
    except InputError:
        # Spreadsheet exports sometimes pad cells with a few NUL bytes; the decoder
        # takes any NUL outside UTF-16 for a binary file. A few in a text file are dropped.
        nuls = data.count(0)
        if not nuls or nuls > len(data) // 100:
            raise
        return decode_bytes(data.replace(b"\x00", b""), name=name)


def read_archive(
    path: str | os.PathLike[str],
    *,
    source: str,
    columns: Columns | None = None,
    fmt: str | None = None,
) -> ReadResult:
    """Read a fact-check archive file: ClaimReview, Fact Check Tools, CSV, TSV or JSONL.

    ``source`` names the archive in every Reference; ``fmt`` (one of :data:`FORMATS`)
    overrides detection from the extension and content; ``columns`` says which fields
    hold what in CSV, TSV and JSONL (inferred from common names when None). Each
    Reference's ``path`` is the file's absolute path. Raises :class:`InputError` for a
    file that cannot be read at all, :class:`UsageError` for an unknown ``fmt``.
    """
    name = os.fspath(path)
    text = _decode(read_file_bytes(name), name)
    result = archive_from_text(
        text, source=source, name=name, columns=columns, fmt=fmt, suffix=Path(name).suffix.lower()
    )
    where = os.path.abspath(name)
    return ReadResult([r._replace(path=where) for r in result.references], result.problems)
