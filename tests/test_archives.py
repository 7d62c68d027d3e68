"""Fact-check archives read into References: claimcheck.sources.archives and
claimcheck.sources.claimreview."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from claimcheck.errors import InputError, UsageError
from claimcheck.models import Reference
from claimcheck.sources.archives import (
    Columns,
    archive_from_text,
    claimreviews_from_html,
    claimreviews_from_json,
    factcheck_api_response,
    read_archive,
    rows_from_csv,
    rows_from_jsonl,
)
from claimcheck.sources.claimreview import IdRegistry, clean_text, jsonld_scripts, read_date
from claimcheck.sources.references import Problem, ReadResult

DATA = Path(__file__).parent / "data" / "archives"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
LIAR_COLUMNS = Columns(id="0", text=("2",), rating="1", claimant="4", header=False)


def _read(fixture: str, columns: Columns | None = None) -> ReadResult:
    """A fixture read through its per-format function, named by its bare file name."""
    text = (DATA / fixture).read_text(encoding="utf-8")
    return archive_from_text(
        text, source="test", name=fixture, columns=columns, suffix=Path(fixture).suffix
    )


def _fields(ref: Reference) -> dict[str, Any]:
    """A Reference's fields without the ones every test would repeat."""
    return {k: v for k, v in ref._asdict().items() if k not in ("source", "kind", "path")}


def _expected(id: str, text: str, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = dict.fromkeys(
        ("title", "extra", "published", "claim_date", "url", "rating", "publisher", "claimant")
    )
    return {"id": id, "text": text, **base, **fields}


def _check(result: ReadResult, expected: list[dict[str, Any]], problems: list[Problem]) -> None:
    assert [_fields(r) for r in result.references] == expected
    assert {(r.source, r.kind) for r in result.references} == {("test", "factcheck")}
    assert result.problems == problems


# -- the fixtures, field by field ----------------------------------------------------------

TOLL = "https://factcheck.example/2024/05/bridge-toll"

FIXTURES: list[Any] = [
    pytest.param(
        "claimreviews.json",
        None,
        [
            _expected(
                TOLL,
                "The new bridge toll will cost drivers £12 a day.",
                title="No, the bridge toll is not £12 a day",
                published=dt.date(2024, 5, 3),
                claim_date=dt.date(2024, 4, 29),
                url=TOLL,
                rating="False",
                publisher="Example Fact Check",
                claimant="Jane Roe",
            ),
            # Same page URL, another claim: the id is made unique; ratingValue/bestRating.
            _expected(
                TOLL + "#2",
                "The bridge will close at night.",
                published=dt.date(2024, 5, 3),
                url=TOLL,
                rating="3/5",
                publisher="A. Writer, B. Editor",
            ),
            # No URL: id from the item number; an unreadable date is dropped, not fatal.
            _expected(
                "claimreviews.json#4",
                "Unemployment fell to 3.9% in April.",
                rating="True",
                publisher="Example Fact Check",
            ),
        ],
        [Problem("claimreviews.json item 3", "ClaimReview without claimReviewed text; skipped")],
        id="claimreview-list",
    ),
    pytest.param(
        "claimreview_graph.json",
        None,
        [
            _expected(
                "https://checks.example/a/1",
                "The city planted 10,000 trees last year.",
                title="Did the city plant 10,000 trees?",
                published=dt.date(2023, 11, 2),
                claim_date=dt.date(2023, 10, 22),  # from itemReviewed.firstAppearance
                url="https://checks.example/a/1",
                rating="Mostly true",
                publisher="Checks Example",
                claimant="Mayor Sam Lee",
            )
        ],
        [],
        id="claimreview-graph",
    ),
    pytest.param(
        "factcheck_page.html",
        None,
        [
            _expected(
                "https://harbourchecks.example/port-containers",
                "The port handled 2 million containers in 2023 & more.",
                published=dt.date(2024, 2, 12),
                claim_date=dt.date(2024, 2, 8),
                url="https://harbourchecks.example/port-containers",
                rating="Exaggerated",
                publisher="Harbour Checks",
                claimant="Transport Minister",
            )
        ],
        [],
        id="claimreview-html",
    ),
    pytest.param(
        "factcheck_api.json",
        None,
        [
            _expected(
                "https://healthcheckers.example/hot-water",
                "Drinking hot water cures the flu.",
                title="Hot water does not cure the flu",
                published=dt.date(2024, 1, 20),
                claim_date=dt.date(2024, 1, 15),
                url="https://healthcheckers.example/hot-water",
                rating="False",
                publisher="Health Checkers",
                claimant="Social media posts",
            ),
            _expected(
                "https://othercheck.example/flu-water",
                "Drinking hot water cures the flu.",
                title="No evidence hot water cures flu",
                published=dt.date(2024, 1, 22),
                claim_date=dt.date(2024, 1, 15),
                url="https://othercheck.example/flu-water",
                rating="Misleading",
                publisher="othercheck.example",  # no name: the site
                claimant="Social media posts",
            ),
            _expected(
                "factcheck_api.json#2.1",  # no review URL
                "The river flooded 40 homes in March.",
                title="Yes, 40 homes were flooded",
                published=dt.date(2024, 3, 30),
                rating="True",
                publisher="Local Verify",
            ),
        ],
        [],
        id="factcheck-api",
    ),
    pytest.param(
        "archive.csv",
        None,
        [
            _expected(
                "c1",
                "The school budget rose by 4% this year.",
                title="School budget",
                published=dt.date(2024, 2, 1),
                url="https://verify.example/c1",
                rating="True",
            ),
            _expected(
                "c2",
                'The mayor said: "We will build 500 homes."',
                title="Homes pledge",
                published=dt.date(2024, 3, 3),
                url="https://verify.example/c2",
                rating="Half true",
            ),
            # A BEL control character dropped, a tab made a space, "05/02/2024" unread.
            _expected("c5", "A cell with a bell and a tab", rating="Mostly false"),
            # Kept although the row before it leaves a quote mark open.
            _expected(
                "c7",
                "The row after the broken one is kept.",
                published=dt.date(2024, 2, 10),
                rating="True",
            ),
        ],
        [
            Problem("archive.csv line 5", "no claim text in column 'claim'; skipped"),
            Problem("archive.csv line 6", "2 cells, expected 6; skipped"),
            Problem(
                "archive.csv line 7", "duplicate id 'c1' (first in archive.csv line 2); skipped"
            ),
            Problem("archive.csv line 10", "a quote mark is never closed; skipped"),
        ],
        id="csv",
    ),
    pytest.param(
        "liar_like.tsv",
        LIAR_COLUMNS,
        [
            _expected(
                "101.json",
                "Says the county spent $2 million on a bridge to nowhere.",
                rating="false",
                claimant="pat-smith",
            ),
            # A cell starting with a quote mark stays one cell (no CSV quoting in TSV).
            _expected(
                "102.json",
                '"We have cut taxes every year," the governor said in 2019.',
                rating="half-true",
                claimant="lee-jones",
            ),
            # Excel's quoting ("""Nobody"" ...") is undone.
            _expected(
                "103.json",
                '"Nobody" pays the toll on weekends.',
                rating="pants-fire",
                claimant="dana-white",
            ),
        ],
        [],
        id="tsv-liar-layout",
    ),
    pytest.param(
        "archive.jsonl",
        None,
        [
            _expected(
                "v1",
                "A photo shows a shark swimming on a flooded highway.",
                title="Shark on the highway?",
                published=dt.date(2015, 5, 26),
                rating="false",
            ),
            # A numeric id, a boolean rating, a list of speakers, a "stated on" date.
            _expected(
                "3",
                "The moon landing footage was filmed in 1969.",
                title="Moon footage",
                claim_date=dt.date(2019, 10, 22),
                rating="true",
                claimant="Ann Bee, Cy Dee",
            ),
        ],
        [
            Problem(
                "archive.jsonl line 2", "not valid JSON (Unterminated string starting at); skipped"
            ),
            Problem("archive.jsonl line 5", "not a JSON object; skipped"),
            Problem("archive.jsonl line 6", "no claim text in field 'vclaim'; skipped"),
        ],
        id="jsonl",
    ),
]


@pytest.mark.parametrize(("fixture", "columns", "expected", "problems"), FIXTURES)
def test_fixture_fields(
    fixture: str,
    columns: Columns | None,
    expected: list[dict[str, Any]],
    problems: list[Problem],
) -> None:
    _check(_read(fixture, columns), expected, problems)


@pytest.mark.parametrize(
    ("fixture", "fmt", "count"),
    [
        ("claimreviews.json", None, 3),
        ("claimreviews.json", "claimreview", 3),
        ("claimreview_graph.json", None, 1),
        ("factcheck_page.html", None, 1),
        ("factcheck_page.html", "claimreview", 1),
        ("factcheck_api.json", None, 3),
        ("factcheck_api.json", "factcheck-api", 3),
        ("archive.csv", None, 4),
        ("archive.jsonl", None, 2),
        ("archive.jsonl", "jsonl", 2),
    ],
)
def test_read_archive_detects_the_format(fixture: str, fmt: str | None, count: int) -> None:
    path = DATA / fixture
    result = read_archive(path, source="s", fmt=fmt)
    assert len(result.references) == count
    assert {r.path for r in result.references} == {os.path.abspath(path)}
    assert all(p.where.startswith(str(path)) for p in result.problems)


def test_read_archive_liar_layout_with_numbered_columns() -> None:
    result = read_archive(DATA / "liar_like.tsv", source="liar", columns=LIAR_COLUMNS)
    assert [r.id for r in result.references] == ["101.json", "102.json", "103.json"]
    assert result.problems == []


@pytest.mark.parametrize(
    ("text", "suffix", "count"),
    [
        pytest.param('{"@type": "ClaimReview", "claimReviewed": "x"}', "", 1, id="json-object"),
        pytest.param(
            "<html><script type=application/ld+json>" + '{"@type": "ClaimReview",'
            ' "claimReviewed": "x"}</script></html>',
            ".txt",
            1,
            id="html",
        ),
        pytest.param('{"claims": []}', "", 0, id="empty-api-page"),
        pytest.param("{}", ".json", 0, id="api-no-results"),
        pytest.param('{"claim": "a"}\n{"claim": "b"}\n', ".json", 2, id="jsonl-named-json"),
        pytest.param("claim\tlabel\na\ttrue\n", "", 1, id="tsv"),
        pytest.param("claim,label\na,true\nb,false\n", "", 2, id="csv"),
    ],
)
def test_format_sniffed_from_content(text: str, suffix: str, count: int) -> None:
    result = archive_from_text(text, source="s", name="in", suffix=suffix)
    assert len(result.references) == count


# -- ClaimReview and Fact Check Tools details ---------------------------------------------


def _review(**fields: Any) -> dict[str, Any]:
    return {"@type": "ClaimReview", "claimReviewed": "The claim.", **fields}


@pytest.mark.parametrize(
    ("review", "field", "value"),
    [
        (_review(reviewRating={"ratingValue": 2}), "rating", "2"),
        (_review(reviewRating=[{"alternateName": "Pants on fire"}]), "rating", "Pants on fire"),
        (_review(reviewRating={"name": "Misleading", "ratingValue": 2}), "rating", "Misleading"),
        (_review(author="Solo Checker"), "publisher", "Solo Checker"),
        (_review(publisher={"name": "Pub Org"}), "publisher", "Pub Org"),
        (_review(itemReviewed={"author": "Anon"}), "claimant", "Anon"),
        (_review(claimReviewed=["First", "Second"]), "text", "First"),
        (_review(claimReviewed={"@value": "Tagged", "@language": "en"}), "text", "Tagged"),
        (_review(datePublished="2020-02-30"), "published", None),
        (_review(headline="Head", name="Name"), "title", "Head"),
        ({"@type": ["Review", "ClaimReview"], "claimReviewed": "x"}, "text", "x"),
        ({"@type": "https://schema.org/ClaimReview", "claimReviewed": "x"}, "text", "x"),
    ],
)
def test_claimreview_values(review: dict[str, Any], field: str, value: object) -> None:
    (ref,) = claimreviews_from_json(json.dumps(review), "s", "in").references
    assert getattr(ref, field) == value


def test_claimreviews_nested_in_other_nodes_are_found_in_order() -> None:
    data = {
        "@type": "NewsArticle",
        "mainEntity": _review(claimReviewed="First"),
        "review": [_review(claimReviewed="Second"), {"@type": "Review", "name": "not one"}],
    }
    result = claimreviews_from_json(json.dumps(data), "s", "in")
    assert [r.text for r in result.references] == ["First", "Second"]


def test_same_url_and_text_twice_is_a_duplicate() -> None:
    review = _review(url="https://x.example/a")
    result = claimreviews_from_json(json.dumps([review, review]), "s", "in")
    assert [r.id for r in result.references] == ["https://x.example/a"]
    assert result.problems == [Problem("in item 2", "same claim and id as in item 1; skipped")]


def test_html_page_without_claimreview_is_empty_not_an_error() -> None:
    html = (DATA / "factcheck_page.html").read_text(encoding="utf-8")
    html = html.replace('"ClaimReview"', '"NewsArticle"')
    assert claimreviews_from_html(html, "s", "page.html") == ReadResult([], [])


def test_html_broken_json_ld_block_is_a_problem() -> None:
    html = (
        '<script type="application/ld+json">{"@type": "ClaimReview",</script>'
        '<script type="application/ld+json"><!--\n'
        + json.dumps(_review(url="https://x.example/b"))
        + "\n--></script>"
    )
    result = claimreviews_from_html(html, "s", "page.html")
    assert [r.id for r in result.references] == ["https://x.example/b"]
    assert [p.where for p in result.problems] == ["page.html script 1"]


@pytest.mark.parametrize(
    "html",
    [
        "<script" * 200_000,
        "<script type=application/ld+json>" * 100_000,
        "<script>" + "</scrip" * 200_000,
        "<!--" * 250_000,
    ],
    ids=["unclosed-tags", "unclosed-scripts", "near-closings", "comments"],
)
def test_hostile_html_is_linear(html: str) -> None:
    start = time.perf_counter()
    assert jsonld_scripts(html) == []
    # A bound only a quadratic scan would miss (it takes minutes on this input).
    assert time.perf_counter() - start < 2.0


def test_factcheck_api_pages_saved_together_number_claims_across_pages() -> None:
    page1 = json.loads((DATA / "factcheck_api.json").read_text(encoding="utf-8"))
    page2 = {"claims": [page1["claims"][1], {"text": "No reviews"}, {"claimReview": [{}]}]}
    result = factcheck_api_response(json.dumps([page1, page2]), "s", "pages.json")
    assert [r.id for r in result.references] == [
        "https://healthcheckers.example/hot-water",
        "https://othercheck.example/flu-water",
        "pages.json#2.1",
        "pages.json#3.1",
    ]
    assert result.problems == [
        Problem("pages.json claim 4", "claim without claimReview; skipped"),
        Problem("pages.json claim 5", "claim without claim text; skipped"),
    ]


# -- CSV, TSV, JSONL details --------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "columns", "field", "value"),
    [
        ("claimReviewed,textualRating,reviewDate", None, "rating", "R"),
        ("Claim,Item page URL,Status,Report Published at", None, "url", "R"),
        ("statement,truth_label,claim_id", None, "id", "R"),
        ("text,speaker,publisher", None, "claimant", "R"),
        ("TEXT , Label", None, "rating", "R"),  # names matched ignoring case and spaces
        ("claim,label,rating", None, "rating", "R"),  # "rating" is preferred to "label"
        ("body,verdict", Columns(text=("body",), rating="verdict"), "rating", "R"),
        ("body,head", Columns(text=("body", "head")), "extra", "R"),
        ("claim,label", Columns(text=("0",), rating="1"), "rating", "R"),
        ("claim,label", Columns(text=("0",)), "rating", "R"),  # unset fields inferred
        ("claim,label", Columns(text="claim"), "rating", "R"),  # type: ignore[arg-type]
        ("claim,label", Columns(rating="1"), "rating", "R"),  # the text column inferred
    ],
)
def test_csv_columns(header: str, columns: Columns | None, field: str, value: str) -> None:
    row = ",".join(["T", *(["R"] * header.count(","))])
    (ref,) = rows_from_csv(f"{header}\n{row}\n", "s", "in", columns).references
    assert ref.text == "T"
    assert getattr(ref, field) == value


@pytest.mark.parametrize(
    ("text", "columns", "message"),
    [
        (
            "body,verdict\nx,y\n",
            None,
            "in: no claim text column among: body, verdict; name it with --text-field"
            " (a column number for a file without a header row)",
        ),
        ("claim\nx\n", Columns(text=("body",)), "in: no column 'body' among: claim"),
        ("x,y\n", Columns(text=("claim",), header=False), "in: no header row, so column"),
        ("\n\n", None, "in: no rows"),
    ],
)
def test_csv_errors(text: str, columns: Columns | None, message: str) -> None:
    with pytest.raises(InputError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        rows_from_csv(text, "s", "in", columns)


@pytest.mark.parametrize(
    ("first_row", "header"),
    [("statement\tlabel", True), ("Says the sky is green.\tfalse", False)],
)
def test_header_detected_for_numbered_columns(first_row: str, header: bool) -> None:
    text = f"{first_row}\nThe sea is dry.\ttrue\n"
    result = rows_from_csv(text, "s", "in", Columns(text=("0",), rating="1"), "\t")
    assert len(result.references) == (1 if header else 2)


def test_csv_quote_problems_do_not_swallow_later_rows() -> None:
    text = 'id,claim\n1,"x" y\n2,"open,\n3,"broken\n4,fine\n'
    result = rows_from_csv(text, "s", "in")
    assert [r.id for r in result.references] == ["4"]
    reason = "text right after a closing quote mark (a quote mark left open?); skipped"
    assert result.problems == [
        Problem("in line 2", reason),
        Problem("in line 3", reason),
        Problem("in line 4", "a quote mark is never closed; skipped"),
    ]


def test_csv_line_numbers_count_crlf_and_multiline_cells() -> None:
    text = 'id,claim\r\n1,"a\r\nb"\r\n2,\r\n3,c\r\n'
    result = rows_from_csv(text, "s", "in")
    assert [(r.id, r.text) for r in result.references] == [("1", "a b"), ("3", "c")]
    assert result.problems == [Problem("in line 4", "no claim text in column 'claim'; skipped")]


def test_rows_without_id_get_the_line_number() -> None:
    result = rows_from_csv("claim\n\nfirst\nsecond\n", "s", "in")
    assert [r.id for r in result.references] == ["in#3", "in#4"]


def test_jsonl_arrays_with_numbered_columns() -> None:
    text = '["a1", "First claim", "false"]\n["a2", "Second claim"]\n'
    result = rows_from_jsonl(text, "s", "in", Columns(id="0", text=("1",), rating="2"))
    assert [(r.id, r.text, r.rating) for r in result.references] == [
        ("a1", "First claim", "false"),
        ("a2", "Second claim", None),
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-10-24T23:30:00-04:00", dt.date(2019, 10, 24)),
        ("26 May 2015", dt.date(2015, 5, 26)),
        ("October 22, 2019", dt.date(2019, 10, 22)),
        ("stated on October 22, 2019 in a campaign mailer.:", dt.date(2019, 10, 22)),
        ("21February 2009", dt.date(2009, 2, 21)),
        ("1st May 2020", dt.date(2020, 5, 1)),
        ("2019-02-30", None),
        ("The circulating text and photos shown above", None),
        ("", None),
        (None, None),
    ],
)
def test_read_date(value: str | None, expected: dt.date | None) -> None:
    assert read_date(value) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  two\n\tlines  ", "two lines"),
        ("nul\x00padded\x00", "nulpadded"),
        ("bell\x07 and escape\x1b", "bell and escape"),
        ("vertical\x0btab", "vertical tab"),
        ("\x00 \x00", None),
        (None, None),
    ],
)
def test_clean_text(raw: str | None, expected: str | None) -> None:
    assert clean_text(raw) == expected


def test_id_registry() -> None:
    ids = IdRegistry()
    assert ids.assign("u", "a", "f item 1", strict=False) == "u"
    assert ids.assign("u", "b", "f item 2", strict=False) == "u#2"
    assert ids.assign("u#3", "c", "f item 3", strict=False) == "u#3"
    assert ids.assign("u", "d", "f item 4", strict=False) == "u#4"
    assert ids.assign("u", "a", "f item 5", strict=False) == Problem(
        "f item 5", "same claim and id as f item 1; skipped"
    )
    assert ids.assign("u", "z", "f line 9", strict=True) == Problem(
        "f line 9", "duplicate id 'u' (first in f item 1); skipped"
    )


# -- files --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "name", "kwargs", "error", "message"),
    [
        (None, "missing.csv", {}, InputError, "no such file: "),
        (b"", "empty.csv", {}, InputError, ".*empty.csv: empty input"),
        (b"%PDF-1.4 \x00\x01", "doc.json", {}, InputError, ".*looks like a binary file"),
        (b"{not json", "bad.json", {}, InputError, ".*bad.json: not valid JSON"),
        (b'{"@type": "Thing"}', "x.json", {}, InputError, ".*x.json: no ClaimReview found"),
        (b"[1]", "x.json", {"fmt": "factcheck-api"}, InputError, ".*not a Fact Check Tools"),
        (b"a,b", "x.csv", {"fmt": "xml"}, UsageError, "unknown archive format 'xml'"),
    ],
)
def test_unreadable_files(
    tmp_path: Path,
    content: bytes | None,
    name: str,
    kwargs: dict[str, Any],
    error: type[Exception],
    message: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error, match=message):
        read_archive(path, source="s", **kwargs)


def test_a_few_nul_bytes_in_a_spreadsheet_export_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    rows = "".join(f"{i},Claim number {i} is checked,false\n" for i in range(50))
    path.write_bytes(b"id,claim,rating\n" + rows.encode() + b"50,Padded\x00\x00 cell,true\n")
    result = read_archive(path, source="s")
    assert result.references[-1].text == "Padded cell"
    assert len(result.references) == 51


def test_utf16_tsv_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "excel.tsv"
    path.write_bytes("claim\tStatus\nÉté chaud\tFalse\n".encode("utf-16"))
    (ref,) = read_archive(path, source="s").references
    assert (ref.text, ref.rating) == ("Été chaud", "False")


def test_large_csv_is_read_whole() -> None:
    rows = "".join(f'{i},"Claim {i}, with ""quotes"" and commas",false\n' for i in range(40_000))
    long_cell = "word " * 300_000  # 1.5 MB in one cell, over csv's default field limit
    text = f"id,claim,rating\n{rows}x,{long_cell},true\n"
    result = rows_from_csv(text, "s", "big.csv")
    assert len(result.references) == 40_001
    assert result.references[0].text == 'Claim 0, with "quotes" and commas'
    assert len(result.references[-1].text) == len(long_cell) - 1


# -- real archives, when the shared data is present ------------------------------------------


def _shared(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


def test_real_checkthat_vclaims_with_inferred_columns() -> None:
    result = read_archive(_shared("checkthat2022_task2a/vclaims.jsonl"), source="snopes")
    assert len(result.references) == 14231
    assert result.problems == []
    first = result.references[0]
    assert first.id == "vclaim-sno-1-mcdonald39s-any-size-fries"
    assert first.title == "$1 McDonald's Any Size Fries"
    assert first.published == dt.date(2015, 5, 26)
    # 287 records have an empty date and two hold text instead; every other date is read.
    assert sum(r.published is None for r in result.references) == 289


def test_real_liar_train_with_numbered_columns() -> None:
    result = read_archive(_shared("liar/train.tsv"), source="liar", columns=LIAR_COLUMNS)
    # 10,269 rows, one per line, as LIAR's paper counts; CSV quoting would merge 29 of them
    # into their neighbours (10,240).
    assert len(result.references) == 10269
    assert result.problems == []
    first = result.references[0]
    assert first._replace(path=None) == Reference(
        id="2635.json",
        text="Says the Annies List political group supports third-trimester abortions on demand.",
        source="liar",
        kind="factcheck",
        rating="false",
        claimant="dwayne-bohac",
    )
    # The absolute path as given: ../shared may be a symlink, so compare both resolved.
    assert first.path is not None and Path(first.path).is_absolute()
    assert Path(first.path).resolve() == SHARED.joinpath("liar/train.tsv").resolve()


def test_a_status_that_is_no_verdict_is_no_rating(tmp_path: Path) -> None:
    # Meedan Check's columns, as claimcheck's CSV export writes them: claims not yet
    # rated must not read as fact-checks ("checked before").
    path = tmp_path / "desk.csv"
    path.write_text(
        "Claim,Item page URL,Status,Note\n"
        "Exports rose 40 percent in 2019.,,Unstarted,\n"
        "Exports fell 10 percent in 2018.,,In progress,\n"
        "Imports rose 5 percent in 2017.,,unreviewed,\n"
        "Imports fell 3 percent in 2016.,,False,\n"
        "Tariffs rose 2 percent in 2015.,,Inconclusive,\n",
        encoding="utf-8",
    )
    result = read_archive(path, source="desk")
    assert [r.rating for r in result.references] == [None, None, None, "False", "Inconclusive"]
