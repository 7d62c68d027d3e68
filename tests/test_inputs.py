"""Finding inputs and decoding them: claimcheck.reading.inputs."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import os
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from claimcheck.errors import InputError
from claimcheck.reading.inputs import (
    MAX_FILE_BYTES,
    MAX_LINE_CHARS,
    Document,
    decode_bytes,
    document_from_bytes,
    expand_inputs,
    read_input,
)

DATA = Path(__file__).parent / "data"


# -- decode_bytes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(b"caf\xc3\xa9", "café", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + b"caf\xc3\xa9", "café", id="utf-8-bom-stripped"),
        pytest.param("café\n".encode("utf-16"), "café\n", id="utf-16-native-bom"),
        pytest.param(codecs.BOM_UTF16_LE + "café".encode("utf-16-le"), "café", id="u16le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + "café".encode("utf-16-be"), "café", id="u16be-bom"),
        pytest.param(codecs.BOM_UTF32_LE + "café".encode("utf-32-le"), "café", id="u32le-bom"),
        pytest.param(codecs.BOM_UTF32_BE + "café".encode("utf-32-be"), "café", id="u32be-bom"),
        pytest.param("Talks resumed.\n".encode("utf-16-le"), "Talks resumed.\n", id="u16le-no-bom"),
        pytest.param("Talks resumed.\n".encode("utf-16-be"), "Talks resumed.\n", id="u16be-no-bom"),
        pytest.param("北京 2019 年\n".encode("utf-16-le"), "北京 2019 年\n", id="u16le-no-bom-cjk"),
        pytest.param(b"caf\xe9", "café", id="cp1252"),
        pytest.param(b"\x93Yes,\x94 he said \x96 ok", "“Yes,” he said – ok", id="cp1252-quotes"),
        pytest.param(b"odd \x81 byte \xe9", "odd \x81 byte é", id="cp1252-undefined-as-latin-1"),
        pytest.param(b"\xc3\x9cber caf\xe9", "Über café", id="mixed-utf-8-and-cp1252"),
        pytest.param(b"a\r\nb\rc\n", "a\nb\nc\n", id="newlines-normalised"),
        pytest.param(b"a\r\n\r\nb", "a\n\nb", id="blank-line-crlf"),
        pytest.param(b"  tabs\tand  spaces  ", "  tabs\tand  spaces  ", id="whitespace-kept"),
        pytest.param(b"page\x0cbreak \x1b[0m", "page\x0cbreak \x1b[0m", id="form-feed-escape"),
    ],
)
def test_decode_bytes(data: bytes, expected: str) -> None:
    assert decode_bytes(data, name="x") == expected


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        pytest.param(b"caf\xe9", "windows-1252", "café", id="declared-cp1252"),
        pytest.param(b"caf\xe9", "iso-8859-1", "café", id="latin-1-read-as-cp1252"),
        pytest.param(b"\x93x\x94", "iso-8859-1", "“x”", id="latin-1-label-cp1252-bytes"),
        pytest.param(b"caf\xc3\xa9", "iso-8859-1", "café", id="mislabelled-utf-8"),
        pytest.param("日本".encode("shift_jis"), "shift_jis", "日本", id="declared-shift-jis"),
        pytest.param(b"caf\xc3\xa9", "no-such-charset", "café", id="unknown-label-ignored"),
        pytest.param(b"plain ascii", "utf-16", "plain ascii", id="utf-16-label-without-nuls"),
        pytest.param("hi\n".encode("utf-16-be"), "utf-16be", "hi\n", id="declared-utf-16-be"),
    ],
)
def test_decode_bytes_declared_encoding(data: bytes, encoding: str, expected: str) -> None:
    assert decode_bytes(data, name="x", encoding=encoding) == expected


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF", id="pdf"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "Word", id="docx"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00data.csv", "ZIP", id="zip"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG", id="png"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG", id="jpeg"),
        pytest.param(b"GIF89a\x01\x00", "GIF", id="gif"),
        pytest.param(b"\x1f\x8b\x08\x00", "gzip", id="gzip"),
        pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", ".doc", id="ole-doc"),
        pytest.param(b"text with a \x00 NUL byte", "", id="nul"),
        pytest.param(b"\x00\x01\x02\x03" * 64, "", id="nul-at-every-position"),
        pytest.param(bytes([0, 0xFF, 0xE0, 0, 0xF1, 0, 0xE7, 0]) * 64, "", id="u16-like-garbage"),
        pytest.param(b"\x7fELF\x02\x01\x01\x00\x00\x00", "", id="elf"),
        pytest.param(bytes(range(1, 9)) * 20 + b"abc", "", id="control-bytes"),
    ],
)
def test_decode_bytes_refuses_binary(data: bytes, detail: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, name="report.bin")
    message = str(info.value)
    assert message.startswith("report.bin: looks like a binary file, not text")
    assert detail in message
    assert "\n" not in message


def test_pdf_message_says_to_convert_first() -> None:
    with pytest.raises(InputError, match="convert it to text first"):
        decode_bytes(b"%PDF-1.4 rest", name="a.pdf")


@pytest.mark.parametrize(
    "data",
    [b"", b"   ", b"\n\r\n\t ", codecs.BOM_UTF8, codecs.BOM_UTF8 + b" \n", "  \n".encode("utf-16")],
)
def test_decode_bytes_refuses_empty(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^notes\.txt: empty input$"):
        decode_bytes(data, name="notes.txt")


def test_bad_utf16_after_bom_is_one_line_error() -> None:
    with pytest.raises(InputError, match="UTF-16 byte order mark"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8a", name="x")


_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc")), st.sampled_from("\r\n\t ")
    ),
    max_size=200,
)


@given(_TEXT)
def test_offsets_match_universal_newline_reading(text: str) -> None:
    """The contract: decoded text equals what open(path).read() gives for a UTF-8 file."""
    assume(not text.startswith("\ufeff"))
    data = text.encode("utf-8")
    expected = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=None).read()
    if not expected.strip():
        with pytest.raises(InputError):
            decode_bytes(data, name="x")
    else:
        assert decode_bytes(data, name="x") == expected


# -- read_input: files -------------------------------------------------------------------


def test_read_text_file(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(b"Talks broke down in February.\r\nThey met three times.\r\n")
    doc = read_input(str(path))
    assert doc == Document(
        text="Talks broke down in February.\nThey met three times.\n",
        path=str(path.resolve()),
        media_type="text/plain",
    )
    with open(path, encoding="utf-8") as handle:
        assert doc.text == handle.read()


def test_read_markdown_keeps_text_as_is(tmp_path: Path) -> None:
    text = "# Port talks\n\n*Negotiators* met <b>three</b> times.\n"
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    doc = read_input(str(path))
    assert (doc.text, doc.media_type, doc.title) == (text, "text/markdown", None)


def test_relative_path_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Some text.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert read_input("a.txt").path == os.path.join(os.getcwd(), "a.txt")


def test_read_html_file() -> None:
    doc = read_input(str(DATA / "news_article.html"))
    assert doc.media_type == "text/html"
    assert doc.title == "Talks on Port Deal Stall After Third Round"
    assert doc.published == dt.date(2019, 10, 24)
    assert doc.text.startswith("Talks on Port Deal Stall After Third Round\n\nNegotiators")
    assert doc.path == str((DATA / "news_article.html").resolve())


def test_html_is_sniffed_whatever_the_suffix(tmp_path: Path) -> None:
    path = tmp_path / "saved-page.txt"
    path.write_bytes(b"\n  <!DOCTYPE html><html><body><nav>Menu</nav><p>Body text.</p></body>")
    doc = read_input(str(path))
    assert (doc.text, doc.media_type) == ("Body text.", "text/html")


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "old.htm"
    path.write_bytes(
        b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        b"</head><body><p>\x93Caf\xe9\x94 \x96 open</p></body></html>"
    )
    assert read_input(str(path)).text == "“Café” – open"


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "app.html"
    path.write_text('<html><body><div id="root"></div><script>render()</script></body></html>')
    with pytest.raises(InputError, match="no readable text"):
        read_input(str(path))


def test_unsupported_suffix_is_read_when_it_is_text(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text("claim,verdict\nThree meetings,true\n", encoding="utf-8")
    assert read_input(str(path)).text == "claim,verdict\nThree meetings,true\n"


def test_pdf_given_explicitly_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n")
    with pytest.raises(InputError, match=r"report\.pdf: looks like a binary file.*PDF"):
        read_input(str(path))


def test_missing_file(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    with pytest.raises(InputError, match=r"^no such file: .*nope\.txt$"):
        read_input(missing)


def test_folder_where_a_file_is_expected(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder, not a file"):
        read_input(str(tmp_path))


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.touch()
    with pytest.raises(InputError, match=r"empty\.txt: empty input$"):
        read_input(str(path))


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text")

    def denied(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    # chmod does not stop root, who runs these tests in containers.
    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(InputError, match=r"secret\.txt: permission denied$"):
        read_input(str(path))


def test_too_large_file_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1_000_000)  # sparse: nothing is written
    with pytest.raises(InputError, match=r"huge\.txt: too large \(201 MB, limit 200 MB\)"):
        read_input(str(path))


# -- read_input: stdin -------------------------------------------------------------------


def test_stdin() -> None:
    doc = read_input("-", stdin=io.BytesIO(b"Piped text.\r\n"))
    assert doc == Document(text="Piped text.\n")


def test_stdin_html_is_extracted() -> None:
    page = b"<!doctype html><title>Port talks stall - Site</title><p>One.</p><footer>F</footer>"
    doc = read_input("-", stdin=io.BytesIO(page))
    assert (doc.text, doc.title, doc.media_type) == ("One.", "Port talks stall", "text/html")


def test_stdin_empty() -> None:
    with pytest.raises(InputError, match="^stdin: empty input$"):
        read_input("-", stdin=io.BytesIO(b""))


# -- document_from_bytes -----------------------------------------------------------------


def test_content_type_decides_over_suffix() -> None:
    doc = document_from_bytes(b"# Title\n", name="u", content_type="text/markdown")
    assert doc.media_type == "text/markdown"
    doc = document_from_bytes(b"<p>Hi</p>", name="u", content_type="text/html", url="http://x/")
    assert (doc.text, doc.media_type, doc.url) == ("Hi", "text/html", "http://x/")


# -- expand_inputs -----------------------------------------------------------------------


def _tree(root: Path, files: list[str]) -> None:
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("text", encoding="utf-8")


def test_folder_expansion_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        [
            "b.txt",
            "a.md",
            "sub/z.html",
            "sub/deeper/c.htm",
            "sub-2/d.markdown",
            "UPPER.TXT",
            ".hidden.txt",
            ".git/config.txt",
            "sub/.cache/e.txt",
            "image.png",
            "notes.docx",
        ],
    )
    root = str(tmp_path)
    assert expand_inputs([root]) == [
        os.path.join(root, rel)
        for rel in [
            "UPPER.TXT",
            "a.md",
            "b.txt",
            "sub/deeper/c.htm",
            "sub/z.html",
            "sub-2/d.markdown",
        ]
    ]


def test_folder_without_supported_files(tmp_path: Path) -> None:
    _tree(tmp_path, ["photo.jpg", ".hidden.txt"])
    with pytest.raises(InputError) as info:
        expand_inputs([str(tmp_path)])
    assert str(info.value) == f"no supported files (.txt, .md, .html) in {tmp_path}"


def test_specs_keep_their_order_and_kinds(tmp_path: Path) -> None:
    _tree(tmp_path, ["one.txt", "dir/two.txt", "data.json"])
    one, folder, other = (str(tmp_path / n) for n in ("one.txt", "dir", "data.json"))
    specs = ["-", "https://example.org/a?b=1", one, folder, other, "HTTP://EXAMPLE.ORG/"]
    assert expand_inputs(specs) == [
        "-",
        "https://example.org/a?b=1",
        one,
        os.path.join(folder, "two.txt"),
        other,
        "HTTP://EXAMPLE.ORG/",
    ]


def test_duplicates_are_read_once(tmp_path: Path) -> None:
    _tree(tmp_path, ["a.txt"])
    a = str(tmp_path / "a.txt")
    assert expand_inputs([a, str(tmp_path), a, "-", "-"]) == [a, "-"]


def test_missing_path_in_specs(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^no such file: .*missing\.txt$"):
        expand_inputs([str(tmp_path / "missing.txt")])


def test_other_url_schemes_are_refused() -> None:
    with pytest.raises(InputError, match="only http and https"):
        expand_inputs(["ftp://example.org/a.txt?key=abc"])
    with pytest.raises(InputError) as info:
        expand_inputs(["ftp://example.org/a.txt?key=abc"])
    assert "abc" not in str(info.value)


# -- hostile inputs: stray byte order marks, one endless line, links out of a folder -------

ASCII = b"Unemployment fell to 3.5% in 2019, the lowest in 50 years.\n"


@pytest.mark.parametrize(
    "bom",
    [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE],
    ids=["u16le", "u16be", "u32le", "u32be"],
)
@pytest.mark.parametrize("tail", [b"", b"!", b"\xc3\xa9\n"], ids=["even", "odd", "utf8"])
def test_utf16_or_32_bom_before_8bit_text_is_stripped(bom: bytes, tail: bytes) -> None:
    # The mark says UTF-16/32, the bytes are ASCII (or UTF-8): read as UTF-16 they were
    # CJK garbage, stored with 0 sentences.
    assert decode_bytes(bom + ASCII + tail, name="x") == (ASCII + tail).decode("utf-8")


def test_real_utf16_cjk_after_a_bom_is_still_utf16() -> None:
    text = "北京上海广州深圳"  # no ASCII at all: no NUL byte in its UTF-16
    data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    assert b"\x00" not in data
    assert decode_bytes(data, name="x") == text


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_a_line_over_the_cap_is_refused_in_one_line(suffix: str) -> None:
    line = "x" * (MAX_LINE_CHARS + 1)
    data = ("Short first line.\n" + line + "\nlast").encode()
    if suffix == ".html":
        data = b"<html><body><p>" + line.encode() + b"</p></body></html>"
    with pytest.raises(InputError) as info:
        document_from_bytes(data, name="big" + suffix, suffix=suffix)
    message = str(info.value)
    assert "\n" not in message and message.startswith("big" + suffix + ": a line of ")
    assert f"(limit {MAX_LINE_CHARS:,})" in message


@pytest.mark.parametrize("length", [MAX_LINE_CHARS - 1, MAX_LINE_CHARS])
@pytest.mark.parametrize("before", [0, 1, MAX_LINE_CHARS // 2 - 3])
def test_lines_up_to_the_cap_are_read(length: int, before: int) -> None:
    # The line starts anywhere relative to the windows the check measures.
    text = "a\n" * before + "y" * length + "\nlast line"
    assert document_from_bytes(text.encode(), name="x").text == text


@pytest.mark.parametrize("before", [0, 7, MAX_LINE_CHARS // 2 - 1, MAX_LINE_CHARS // 2 + 1])
def test_a_line_just_over_the_cap_is_found_wherever_it_starts(before: int) -> None:
    text = "ab\n" * before + "y" * (MAX_LINE_CHARS + 1)
    with pytest.raises(InputError, match=r"a line of 1,000,001 characters"):
        document_from_bytes(text.encode(), name="x")


def _links(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "in"
    _tree(folder, ["a.txt", "sub/b.md"])
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0", encoding="utf-8")
    (folder / "passwd.txt").symlink_to(outside)
    (folder / "sub" / "same.txt").symlink_to(folder / "a.txt")  # inside: read once
    (folder / "up").symlink_to(tmp_path)  # a linked folder: never walked
    return folder, outside


def test_links_out_of_a_folder_are_skipped_and_named(tmp_path: Path) -> None:
    folder, outside = _links(tmp_path)
    skipped: list[tuple[str, str]] = []
    found = expand_inputs([str(folder)], on_skip=lambda link, why: skipped.append((link, why)))
    assert found == [str(folder / "a.txt"), str(folder / "sub" / "b.md")]
    assert [link for link, _ in skipped] == [str(folder / "passwd.txt")]
    assert str(outside) in skipped[0][1] and "--follow-symlinks" in skipped[0][1]


def test_links_out_are_followed_when_asked(tmp_path: Path) -> None:
    folder, _ = _links(tmp_path)
    found = expand_inputs([str(folder)], follow_symlinks=True)
    assert str(folder / "passwd.txt") in found


def test_a_folder_of_links_out_only_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (tmp_path / "x.txt").write_text("text", encoding="utf-8")
    (folder / "x.txt").symlink_to(tmp_path / "x.txt")
    with pytest.raises(InputError, match=r"no supported files .* \(1 links out of it skipped\)"):
        expand_inputs([str(folder)])


def test_a_linked_folder_named_itself_is_read(tmp_path: Path) -> None:
    folder, _ = _links(tmp_path)
    alias = tmp_path / "alias"
    alias.symlink_to(folder)
    assert expand_inputs([str(alias)]) == [str(alias / "a.txt"), str(alias / "sub" / "b.md")]


def test_a_source_folder_names_its_links_out_as_problems(tmp_path: Path) -> None:
    from claimcheck.sources.reader import read_source

    folder = tmp_path / "refs"
    folder.mkdir()
    (folder / "a.txt").write_text("Trump and Kim met twice since June 2018.\n", encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("The secret rose to 9% in 2020.\n", encoding="utf-8")
    archive = tmp_path / "archive.jsonl"
    archive.write_text('{"claim": "The moon is cheese.", "rating": "False"}\n', encoding="utf-8")
    (folder / "s.txt").symlink_to(secret)
    (folder / "r.jsonl").symlink_to(archive)
    got = read_source(str(folder))
    assert sorted(Path(p.where).name for p in got.problems) == ["r.jsonl", "s.txt"]
    assert all("link out of the folder" in p.reason for p in got.problems)
    assert not any("secret" in r.text or "cheese" in r.text for r in got.references)
