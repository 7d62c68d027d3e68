"""Finding inputs (files, folders, URLs, stdin) and reading them into text.

The text a :class:`Document` carries is the product's coordinate system: every claim
is an offset into it. For plain text and Markdown it is the file decoded with newlines
normalised to ``"\\n"`` and nothing else changed, so offsets agree with what
``open(path).read()`` gives for a UTF-8 file. For HTML it is the extracted main text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from claimcheck.errors import InputError
from claimcheck.reading import http as _http
from claimcheck.reading.html import html_to_document_parts

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_LINE_CHARS",
    "SUPPORTED_SUFFIXES",
    "Document",
    "decode_bytes",
    "document_from_bytes",
    "expand_inputs",
    "link_out_of",
    "read_input",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_FILE_BYTES = 200_000_000
"""Local files and stdin above this size are refused (a long book is about 5 MB)."""
MAX_LINE_CHARS = 1_000_000
"""A line of text longer than this is refused: no article has a paragraph of a million
characters, and one such "sentence" costs every stage of extraction its whole length."""

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_MARKDOWN_SUFFIXES = (".md", ".markdown")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_MARKDOWN_TYPES = ("text/markdown", "text/x-markdown")


@dataclass(frozen=True, slots=True)
class Document:
    """One input as read: its text and what is known about where it came from."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    path: str | None = None
    media_type: str = "text/plain"


# -- finding inputs ------------------------------------------------------------------


def _is_url(spec: str) -> bool:
    return spec[:8].lower().startswith(("http://", "https://"))


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def expand_inputs(
    specs: Sequence[str],
    *,
    follow_symlinks: bool = False,
    on_skip: Callable[[str, str], None] | None = None,
) -> list[str]:
    """Turn what the user typed into the list of inputs to read, in order.

    A spec is a file path, a folder (every supported file inside it, recursively,
    sorted by path, hidden files and folders skipped, symlinked folders not followed),
    an ``http(s)`` URL, or ``"-"`` for stdin. A file named explicitly is kept whatever
    its suffix. An input named twice (or found twice through folders) is kept once.

    A symbolic link inside a folder that leads out of it (``notes.txt -> /etc/passwd``)
    is skipped unless ``follow_symlinks``: reading a folder must not read what lies
    elsewhere. ``on_skip`` is called with each link skipped and a one-line message.
    Links that stay inside the folder are read (once, as the file they lead to).

    Raises :class:`InputError` for a missing path, a folder with no supported file,
    or a URL scheme other than http and https.
    """
    result: list[str] = []
    seen: set[str] = set()

    def add(item: str, key: str) -> None:
        if key not in seen:
            seen.add(key)
            result.append(item)

    for spec in specs:
        if spec == "-" or _is_url(spec):
            add(spec, spec)
        elif _SCHEME.match(spec):
            raise InputError(
                f"unsupported URL: {_http.redact(spec)} (only http and https URLs can be read)"
            )
        elif os.path.isdir(spec):
            files, outside = _folder_files(spec, follow_symlinks)
            for link, target in outside:
                if on_skip is not None:
                    on_skip(
                        link,
                        f"{link}: a link out of the folder {spec} (to {target}), not read;"
                        " pass --follow-symlinks to read it",
                    )
            if not files:
                links = f" ({len(outside)} links out of it skipped)" if outside else ""
                raise InputError(f"no supported files (.txt, .md, .html) in {spec}{links}")
            for file in files:
                add(file, os.path.realpath(file))
        elif os.path.exists(spec):
            add(spec, os.path.realpath(spec))
        else:
            raise InputError(f"no such file: {spec}")
    return result


def link_out_of(folder: str, path: str) -> str | None:
    """Where ``path``, a file found inside ``folder``, leads when it is a symbolic link
    out of the folder; None for a file or a link that stays inside."""
    if not os.path.islink(path):
        return None
    root, target = os.path.realpath(folder), os.path.realpath(path)
    return None if os.path.commonpath([root, target]) == root else target


def _folder_files(folder: str, follow_symlinks: bool) -> tuple[list[str], list[tuple[str, str]]]:
    """The supported files in ``folder``, and the links (with their targets) that lead
    out of it, skipped unless ``follow_symlinks``."""

    def fail(error: OSError) -> None:
        where = error.filename or folder
        raise InputError(f"{where}: cannot read folder ({error.strerror or error})")

    found: list[tuple[tuple[str, ...], str]] = []
    outside: list[tuple[str, str]] = []
    for dirpath, dirnames, filenames in os.walk(folder, onerror=fail):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith(".") or not name.lower().endswith(SUPPORTED_SUFFIXES):
                continue
            full = os.path.join(dirpath, name)
            if not os.path.isfile(full):  # a broken symlink, a socket
                continue
            target = None if follow_symlinks else link_out_of(folder, full)
            if target is not None:
                outside.append((full, target))
                continue
            rel = os.path.relpath(full, folder)
            found.append((Path(rel).parts, full))
    found.sort()
    outside.sort()
    return [full for _, full in found], outside


# -- reading inputs --------------------------------------------------------------------


def read_input(
    spec: str, *, stdin: BinaryIO | None = None, allow_private_urls: bool = False
) -> Document:
    """Read one input named by :func:`expand_inputs`: ``"-"``, a URL or a file path.

    ``stdin`` replaces ``sys.stdin.buffer`` for ``"-"`` (tests, embedding). URLs are
    fetched with :func:`claimcheck.reading.http.fetch` (``allow_private_urls`` lets them
    reach loopback and private addresses). Raises :class:`InputError` (or its
    subclass :class:`FetchError`) with a one-line message.
    """
    if spec == "-":
        return _read_stdin(stdin)
    if _is_url(spec):
        return _read_url(spec, allow_private_urls)
    return _read_file(spec)


def _read_stdin(stdin: BinaryIO | None) -> Document:
    if stdin is None:
        if sys.stdin is None:
            raise InputError("stdin: no standard input to read")
        stdin = sys.stdin.buffer
    data = stdin.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"stdin: too large (more than {_mb(MAX_FILE_BYTES)})")
    return document_from_bytes(data, name="stdin")


def _read_url(url: str, allow_private_urls: bool = False) -> Document:
    result = _http.fetch(url, allow_private_urls=allow_private_urls)
    suffix = os.path.splitext(urlsplit(result.url).path)[1].lower()
    # Fetched with the full URL; stored and shown without credentials and tokens.
    return document_from_bytes(
        result.body,
        name=_http.redact(result.url),
        suffix=suffix,
        content_type=result.content_type,
        charset=result.encoding,
        url=_http.public_url(result.url),
    )


def _read_file(spec: str) -> Document:
    path = Path(spec)
    data = read_file_bytes(spec)
    return document_from_bytes(
        data, name=spec, suffix=path.suffix.lower(), path=os.path.abspath(spec)
    )


# A list a person or a spreadsheet wrote (queries, review decisions): far larger is a
# mistake (`/dev/zero`, a video), refused before it fills the memory.
MAX_LIST_BYTES = 50_000_000


def read_stream(stream: BinaryIO, name: str, limit: int = MAX_LIST_BYTES) -> bytes:
    """At most ``limit`` bytes of a stream (standard input); more is a one-line error."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"{name}: too large (more than {_mb(limit)})")
    return data


def read_file_bytes(spec: str, limit: int | None = None) -> bytes:
    """A local file's bytes, within ``limit`` (default: an article's); one-line
    InputErrors otherwise."""
    limit = MAX_FILE_BYTES if limit is None else limit
    path = Path(spec)
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{spec}: is a folder, not a file")
        # Only regular files have a meaningful size; pipes (<(cmd)) are capped on read.
        if stat.S_ISREG(st.st_mode) and st.st_size > limit:
            raise InputError(f"{spec}: too large ({_mb(st.st_size)}, limit {_mb(limit)})")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"no such file: {spec}") from None
    except PermissionError:
        raise InputError(f"{spec}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{spec}: is a folder, not a file") from None
    except OSError as error:
        raise InputError(f"{spec}: cannot read ({error.strerror or error})") from None
    if len(data) > limit:
        raise InputError(f"{spec}: too large (more than {_mb(limit)})")
    return data


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


# -- bytes to a Document ---------------------------------------------------------------

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# The HTML standard's prescan looks at the first 1024 bytes; pages in the wild put
# long comments or scripts first, so look a little further.
_PRESCAN_BYTES = 4096


def _looks_like_html(text: str) -> bool:
    return _HTML_START.match(text[:2048]) is not None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    if match is None:
        return None
    label = match.group(1) or match.group(2)
    return label.decode("ascii")


def document_from_bytes(
    data: bytes,
    *,
    name: str,
    suffix: str = "",
    content_type: str | None = None,
    charset: str | None = None,
    url: str | None = None,
    path: str | None = None,
) -> Document:
    """Decode and classify raw bytes; the pure core of :func:`read_input`.

    ``name`` is what error messages call the input. ``suffix`` (lower case, with the
    dot) and ``content_type`` (a media type without parameters) say what the input
    claims to be; HTML is also recognised by its first bytes. ``charset`` is a declared
    encoding (an HTTP header); an HTML page's ``<meta charset>`` is used when there is
    none.
    """
    ctype = (content_type or "").lower()
    markdown = suffix in _MARKDOWN_SUFFIXES or ctype in _MARKDOWN_TYPES
    html = not markdown and (
        suffix in _HTML_SUFFIXES
        or ctype in _HTML_TYPES
        or _looks_like_html(data[:2048].decode("latin-1"))
    )
    declared = charset or (_meta_charset(data) if html else None)
    text = decode_bytes(data, name=name, encoding=declared)
    if not html:
        _check_lines(text, name)
    if markdown:
        return Document(text=text, url=url, path=path, media_type="text/markdown")
    if html or _looks_like_html(text):
        try:
            body, title, published = html_to_document_parts(text)
        except InputError as error:  # too large: say which input
            raise InputError(f"{name}: {error}") from None
        if not body.strip():
            raise InputError(f"{name}: no readable text in the HTML page (it may need JavaScript)")
        _check_lines(body, name)
        return Document(body, title, published, url, path, "text/html")
    return Document(text=text, url=url, path=path, media_type="text/plain")


def _check_lines(text: str, name: str, limit: int = MAX_LINE_CHARS) -> None:
    """Refuse text with a line longer than ``limit`` characters, without copying it.

    A line of ``limit`` characters or more covers a whole window of ``limit // 2``
    characters at a multiple of ``limit // 2``: only windows without a line break
    are measured, so the check costs a few ``str.find`` calls per window.
    """
    step = max(1, limit // 2)
    checked_to = 0
    for window in range(0, len(text), step):
        if window < checked_to or text.find("\n", window, window + step) != -1:
            continue
        start = text.rfind("\n", 0, window) + 1
        end = text.find("\n", window)
        end = len(text) if end == -1 else end
        if end - start > limit:
            raise InputError(
                f"{name}: a line of {end - start:,} characters without a line break "
                f"(limit {limit:,}): not text to read for claims"
            )
        checked_to = end


# -- decoding ----------------------------------------------------------------------------


def _latin1_for_undefined(error: UnicodeError) -> tuple[str, int]:
    # cp1252 leaves five bytes undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D); browsers map
    # them to the C1 controls, which is what latin-1 gives.
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("claimcheck-latin1", _latin1_for_undefined)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document; convert it to text first, for example with pdftotext"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an old Microsoft Office document, .doc or .xls; convert it to text first",
    ),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data; decompress it first"),
)

# Labels that mean "Western single-byte": the WHATWG Encoding standard reads them all
# as windows-1252, and pages mislabelled this way are usually really UTF-8.
_WESTERN_CODECS = frozenset({"iso8859-1", "ascii", "cp1252"})
# Control bytes that do not occur in text (tab, newlines, form feed, escape do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_SAMPLE = 8192


def _binary_error(name: str, what: str | None = None) -> InputError:
    detail = f" ({what})" if what else ""
    return InputError(f"{name}: looks like a binary file, not text{detail}")


def _check_magic(data: bytes, name: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            if magic.startswith(b"PK") and (
                b"word/" in data[:_SAMPLE] or b"opendocument" in data[:_SAMPLE]
            ):
                what = "a Word or OpenDocument file, .docx or .odt; convert it to text first"
            raise _binary_error(name, what)


def _codec(label: str | None) -> str | None:
    """The Python codec for a declared charset label, or None when unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    if name in _WESTERN_CODECS:
        return "cp1252"
    if name == "utf-16":
        return "utf-16-le"  # WHATWG: the bare "utf-16" label means little-endian
    if name == "utf-32":
        return "utf-32-le"
    return name


def _utf16_byte_order(data: bytes) -> str | None:
    """ "utf-16-le"/"-be" when NULs sit at odd/even positions only, as in UTF-16 text.

    Every ASCII character (space, newline, digits) gives one NUL, so even text in a
    non-Latin script has some; a stray NUL or two in an 8-bit file is not enough.
    """
    sample = data[: _SAMPLE - _SAMPLE % 2]
    half = len(sample) // 2 or 1
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= max(2, 0.1 * half) and even <= 0.01 * odd:
        return "utf-16-le"
    if even >= max(2, 0.1 * half) and odd <= 0.01 * even:
        return "utf-16-be"
    return None


def _plausible(text: str) -> bool:
    """False when a decoded sample is mostly code points no text uses."""
    sample = text[:2000]
    odd = sum(
        1
        for ch in sample
        if unicodedata.category(ch) in ("Cn", "Co", "Cs", "Cc") and ch not in "\t\n\r\x0b\x0c"
    )
    return odd <= 0.05 * len(sample)


def _decode_utf8_or_legacy(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", "surrogateescape")
    if re.search("[^\x00-\x7f\udc80-\udcff]", escaped) is None:
        return data.decode("cp1252", "claimcheck-latin1")
    # Valid multi-byte UTF-8 next to invalid bytes: text pasted together from two
    # encodings. Keep the UTF-8 and read only the stray bytes as cp1252.
    return re.sub(
        "[\udc80-\udcff]+",
        lambda m: (
            m.group().encode("utf-8", "surrogateescape").decode("cp1252", "claimcheck-latin1")
        ),
        escaped,
    )


def _stray_bom(body: bytes) -> bool:
    """True when the bytes after a UTF-16 or UTF-32 byte order mark are not in that
    encoding but 8-bit text (an editor or a script put the mark before ASCII or UTF-8).

    Every ASCII character (space, newline, digit) has a NUL byte in UTF-16 and UTF-32,
    and text in them without one (CJK only) is almost never valid UTF-8 as well.
    """
    if b"\x00" in body:
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode(data: bytes, name: str, encoding: str | None) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf-8":
                return _decode_utf8_or_legacy(data[len(bom) :])
            if _stray_bom(data[len(bom) :]):
                return _decode(data[len(bom) :], name, encoding)
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                label = codec.upper().replace("-LE", "").replace("-BE", "")
                raise InputError(
                    f"{name}: starts with a {label} byte order mark but is not valid {label}"
                ) from None
            if "\x00" in text:
                raise _binary_error(name)
            return text
    _check_magic(data, name)
    declared: str | None = _codec(encoding)
    # Any ASCII character (newline, space) has NUL bytes in UTF-16 and -32: a page
    # without them is mislabelled (WHATWG reads a <meta> "utf-16" as UTF-8 anyway).
    if declared in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be") and b"\x00" in data:
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            text = "\x00"  # the label lied; let the heuristics decide
        if "\x00" not in text:
            return text
    if b"\x00" in data:
        utf16 = _utf16_byte_order(data)
        if utf16:
            try:
                text = data.decode(utf16)
            except UnicodeDecodeError:
                text = "\x00"
            if "\x00" not in text and _plausible(text):
                return text
        raise _binary_error(name)
    sample = data[:_SAMPLE]
    if len(sample.translate(None, _CONTROL_BYTES)) < 0.9 * len(sample):
        raise _binary_error(name)
    if declared and declared != "utf-8" and not declared.startswith("utf-"):
        if declared == "cp1252":
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                return data.decode("cp1252", "claimcheck-latin1")
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass  # a wrong label is common; fall back to the heuristics
    return _decode_utf8_or_legacy(data)


def decode_bytes(data: bytes, *, name: str, encoding: str | None = None) -> str:
    """Decode an input's bytes to text, with newlines normalised to ``"\\n"``.

    A byte order mark decides (UTF-8, UTF-16 and UTF-32, stripped); else a declared
    ``encoding`` (HTTP header, ``<meta charset>``) when the bytes agree with it; else
    strict UTF-8; else UTF-16 without a BOM when the NULs say so; else cp1252 (bytes
    cp1252 leaves undefined read as latin-1). A file mixing valid UTF-8 with stray
    cp1252 bytes keeps its UTF-8. Nothing else in the text changes.

    Raises :class:`InputError` naming ``name`` for empty or whitespace-only input and
    for binary data (NUL bytes outside UTF-16, control bytes, PDF/Office/image/archive
    signatures).
    """
    if not data.strip():
        raise InputError(f"{name}: empty input")
    text = _decode(data, name, encoding)
    if not text.strip():
        raise InputError(f"{name}: empty input")
    # Universal-newline mode, as open() reads text: offsets then agree with it.
    return text.replace("\r\n", "\n").replace("\r", "\n")
