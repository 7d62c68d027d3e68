"""Read a source into references: articles, fact-check archives, pages, folders.

A source is named the way inputs are: a file, a folder, or an ``http(s)`` URL.
- ``.txt``, ``.md`` and article pages: every sentence becomes a reference, with the
  article's title, date and path (cleaned and split as extraction cleans and splits,
  page chrome left out);
- ``.json``, ``.jsonl``, ``.csv``, ``.tsv`` and pages carrying ClaimReview JSON-LD:
  fact-check archives (:mod:`claimcheck.sources.archives`);
- a folder: each such file in it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urlsplit

from claimcheck.errors import InputError
from claimcheck.extraction import clean, segment
from claimcheck.extraction.pipeline import CLAIM_ROLES, dateline
from claimcheck.models import Reference
from claimcheck.reading import http
from claimcheck.reading.inputs import (
    Document,
    decode_bytes,
    document_from_bytes,
    expand_inputs,
    link_out_of,
    read_input,
)
from claimcheck.sources.archives import Columns, archive_from_text, read_archive
from claimcheck.sources.references import Problem, ReadResult

ARCHIVE_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".csv", ".tsv"})


def read_source(
    spec: str,
    *,
    name: str | None = None,
    columns: Columns | None = None,
    fmt: str | None = None,
    allow_private_urls: bool = False,
) -> ReadResult:
    """The references of a source; bad files and records are named in ``problems``.

    ``name`` is what the references give as their source (default: ``spec``, a URL
    without its credentials and tokens); ``columns`` and ``fmt`` say how to read
    archives (see :class:`Columns`); ``allow_private_urls`` lets a URL reach loopback
    and private addresses (see :func:`claimcheck.reading.http.fetch`).
    Raises :class:`InputError` when the source itself cannot be read at all.
    """
    url = spec.startswith(("http://", "https://"))
    source = name or (http.public_url(spec) if url else spec)
    path = Path(spec)
    if not url and path.is_dir():
        return _folder(spec, source, columns, fmt)
    return _one(spec, source, columns, fmt, allow_private_urls)


def _folder(spec: str, source: str, columns: Columns | None, fmt: str | None) -> ReadResult:
    files = sorted(
        str(p)
        for p in Path(spec).rglob("*")
        if p.is_file() and p.suffix.lower() in ARCHIVE_SUFFIXES and not p.name.startswith(".")
    )
    problems: list[Problem] = []
    outside = [f for f in files if link_out_of(spec, f) is not None]
    problems += [Problem(f, "a link out of the folder") for f in outside]
    articles = expand_inputs(
        [spec], on_skip=lambda link, _: problems.append(Problem(link, "a link out of the folder"))
    )
    files = sorted(set(files) - set(outside) | set(articles))
    references: list[Reference] = []
    for file in files:
        try:
            got = _one(file, source, columns, fmt)
        except InputError as exc:
            problems.append(Problem(file, str(exc)))
            continue
        references += got.references
        problems += got.problems
    if not references and not problems:
        raise InputError(f"{spec}: no articles or archives in this folder")
    return ReadResult(references, problems)


def _one(
    spec: str,
    source: str,
    columns: Columns | None,
    fmt: str | None,
    allow_private_urls: bool = False,
) -> ReadResult:
    suffix = Path(spec).suffix.lower()
    if fmt or suffix in ARCHIVE_SUFFIXES:
        return read_archive(spec, source=source, columns=columns, fmt=fmt)
    if spec.startswith(("http://", "https://")):
        return _page(spec, source, allow_private_urls)
    if suffix in (".html", ".htm", ".xhtml"):
        # A fact-check page carries its verdict as ClaimReview; any other page is an article.
        found = read_archive(spec, source=source, fmt="claimreview")
        if found.references:
            return found
    return ReadResult(article_references(read_input(spec), source), [])


def _page(url: str, source: str, allow_private_urls: bool) -> ReadResult:
    result = http.fetch(url, allow_private_urls=allow_private_urls)
    name = http.redact(result.url)
    # Fetched with the full URL; stored and shown without credentials and tokens.
    public = http.public_url(result.url)
    if result.content_type in ("text/html", "application/xhtml+xml"):
        html = decode_bytes(result.body, name=name, encoding=result.encoding)
        found = archive_from_text(html, source=source, name=name, fmt="claimreview")
        if found.references:
            return ReadResult([r._replace(url=r.url or public) for r in found.references], [])
    doc = document_from_bytes(
        result.body,
        name=name,
        suffix=Path(urlsplit(result.url).path).suffix.lower(),
        content_type=result.content_type,
        charset=result.encoding,
        url=public,
    )
    return ReadResult(article_references(doc, source), [])


def article_references(doc: Document, source: str) -> list[Reference]:
    """Every sentence of an article (body and captions) as a reference."""
    paras = clean.paragraphs(doc.text, doc.title)
    title = doc.title or clean.title_of(doc.text, paras)
    published: dt.date | None = doc.published or dateline(doc.text, paras)
    where = doc.url or doc.path or source
    out: list[Reference] = []
    for para in paras:
        if para.role not in CLAIM_ROLES:
            continue
        for start, end in segment.sentence_spans(doc.text, para.start, para.end):
            out.append(
                Reference(
                    id=f"{where}#{len(out) + 1}",
                    text=doc.text[start:end],
                    source=source,
                    kind="article",
                    title=title,
                    published=published,
                    url=doc.url,
                    path=doc.path,
                )
            )
    return out
