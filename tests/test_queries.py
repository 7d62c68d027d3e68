"""Queries for `claimcheck match`: TSV, JSONL and plain text, and their errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.reading.queries import Query, read_queries

DATA = Path(__file__).resolve().parent / "data" / "matching"


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return str(path)


def test_tsv_fixture() -> None:
    queries = read_queries(str(DATA / "queries.tsv"))
    assert [q.id for q in queries] == ["q1", "q2", "q3"]
    assert queries[0].text.startswith("Trump and Kim have met three times since last June")
    assert all(q.context is None for q in queries)


def test_tsv_keeps_the_rest_of_the_line_and_tidies_spaces(tmp_path: Path) -> None:
    spec = write(tmp_path, "q.tsv", " a1 \tOne\ttwo   three \n\nb2\tFour\n")
    assert read_queries(spec) == [Query("a1", "One two three"), Query("b2", "Four")]


def test_tab_separated_lines_are_tsv_whatever_the_extension(tmp_path: Path) -> None:
    spec = write(tmp_path, "q.txt", "x\tFirst query\ny\tSecond query\n")
    assert [q.id for q in read_queries(spec)] == ["x", "y"]


def test_tsv_line_without_text_names_the_line(tmp_path: Path) -> None:
    spec = write(tmp_path, "q.tsv", "a\tfine\n\nb\t   \n")
    with pytest.raises(InputError, match=r"q\.tsv line 3: expected id<TAB>text"):
        read_queries(spec)


def test_jsonl_fixture_with_context_and_other_keys() -> None:
    queries = read_queries(str(DATA / "queries.jsonl"))
    assert queries == [
        Query(
            "j1",
            "Trump and Kim have met three times since last June.",
            "Despite the impasse, Trump has continued to tout his relationship with Kim.",
        ),
        Query("j2", "Talks broke down in February."),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"id": 7, "text": "A claim."}', Query("7", "A claim.")),
        ('{"qid": "q", "query": "A claim."}', Query("q", "A claim.")),
        ('{"tweet_id": 123, "tweet_text": "A  tweet\\n here."}', Query("123", "A tweet here.")),
        ('{"iclaim_id": "i1", "claim": "A claim."}', Query("i1", "A claim.")),
        ('{"sentence": "No id."}', Query("1", "No id.")),
        ('{"id": "c", "text": "A claim.", "context": 5}', Query("c", "A claim.")),
        (
            '{"id": "c", "text": "A claim.", "context": "Before."}',
            Query("c", "A claim.", "Before."),
        ),
    ],
)
def test_jsonl_keys(tmp_path: Path, line: str, expected: Query) -> None:
    assert read_queries(write(tmp_path, "q.jsonl", line + "\n")) == [expected]


def test_jsonl_detected_from_content(tmp_path: Path) -> None:
    spec = write(tmp_path, "queries", '{"id": "a", "text": "A claim."}\n')
    assert read_queries(spec) == [Query("a", "A claim.")]


def test_jsonl_id_defaults_to_the_line_number(tmp_path: Path) -> None:
    spec = write(tmp_path, "q.jsonl", '\n{"text": "First."}\n\n{"text": "Second."}\n')
    assert [q.id for q in read_queries(spec)] == ["2", "4"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": 1, "text": "fine"}\n{"id": 2, "text": \n', r"q\.jsonl line 2: not JSON"),
        ('{"id": 1, "text": "fine"}\n\n["a list"]\n', r"q\.jsonl line 3: expected a JSON object"),
        ('{"id": 1, "text": "fine"}\n{"id": 2}\n', r"q\.jsonl line 2: no text \(one of: text, "),
        ('{"id": 1, "text": "   "}\n', r"q\.jsonl line 1: no text"),
        ('{"id": 1, "text": ["not", "a", "string"]}\n', r"q\.jsonl line 1: no text"),
    ],
)
def test_bad_jsonl_line_is_an_error_naming_it(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_queries(write(tmp_path, "q.jsonl", content))


def test_plain_text_fixture_numbered_by_line() -> None:
    """Ids are line numbers in the file, so a blank line leaves a gap (ids stay findable)."""
    queries = read_queries(str(DATA / "queries.txt"))
    assert queries == [
        Query("1", "Trump and Kim have met three times since last June."),
        Query("3", "Talks broke down in February."),
    ]


def test_plain_text_blank_and_whitespace_lines_skipped(tmp_path: Path) -> None:
    spec = write(tmp_path, "q.txt", "\n  \nOne claim.\r\n\t\n Another   claim. \n")
    assert read_queries(spec) == [Query("3", "One claim."), Query("5", "Another claim.")]


@pytest.mark.parametrize("content", ["", "\n\n", "  \n\t\n"])
@pytest.mark.parametrize("name", ["q.txt", "q.tsv", "q.jsonl"])
def test_empty_file_is_an_error(tmp_path: Path, name: str, content: str) -> None:
    # Named, and said to be empty (by the decoder, or by the reader when lines are blank).
    pattern = re.escape(name) + ": (empty input|no queries in it)"
    with pytest.raises(InputError, match=pattern):
        read_queries(write(tmp_path, name, content))


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file: .*missing.tsv"):
        read_queries(str(tmp_path / "missing.tsv"))


def test_data_given_directly_as_from_stdin() -> None:
    assert read_queries("-", b"First claim.\nSecond claim.\n") == [
        Query("1", "First claim."),
        Query("2", "Second claim."),
    ]
    assert read_queries("-", b'{"id": "s", "text": "From a pipe."}\n') == [
        Query("s", "From a pipe.")
    ]


def test_utf8_bom_and_non_ascii(tmp_path: Path) -> None:
    spec = write(tmp_path, "q.tsv", "\ufeffk1\tKim Jong Un met Moon Jae-in in Panmunjŏm.\n")
    assert read_queries(spec) == [Query("k1", "Kim Jong Un met Moon Jae-in in Panmunjŏm.")]
