"""Untrusted text made safe where it lands: a terminal, a message line, a spreadsheet
cell, a Markdown report, JSON printed to a terminal.

Article text and fetched pages are untrusted: a terminal escape in them must never
drive the terminal, a bidirectional override must not show text in another order than
it is ("Trojan Source"), a cell must not run as a spreadsheet formula, and Markdown
must not render an article's ``<script>`` or ``[link](javascript:...)`` live.
"""

from __future__ import annotations

import re

_BIDI = "\u202a-\u202e\u2066-\u2069"
# JSON escapes C0 controls itself; C1 controls and DEL can drive some terminals, so
# they are escaped too, and so are the bidirectional overrides and isolates. The
# output stays valid JSON and round-trips exactly.
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f\u2028\u2029{_BIDI}]")
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_BREAKS = str.maketrans({"\n": "\\n", "\r": "\\r", "\t": "\\t"})
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What Markdown (CommonMark, GitHub's tables) would read as markup or raw HTML.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def json_text(text: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with the characters
    that can drive a terminal written as ``\\u`` escapes: still valid, equal JSON."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def visible(text: str) -> str:
    """Control characters and bidirectional overrides shown as escapes ("\\x1b",
    "\\u202e"), for human-facing output."""
    return _CONTROL.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """:func:`visible`, and line breaks and tabs shown as escapes too: for messages that
    must stay on one line (a file named "a\\nb.txt" must not forge a second message)."""
    return visible(text).translate(_BREAKS)


def csv_cell(value: str) -> str:
    """A spreadsheet cell: :func:`visible`, and a leading ``'`` on what a spreadsheet
    would run as a formula."""
    text = visible(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def markdown_text(text: str) -> str:
    """Untrusted text as literal Markdown on one line: markup and HTML escaped with a
    backslash, so that whatever renders the report shows it as text."""
    return _MD_SPECIAL.sub(r"\\\1", visible(text)).replace("\n", " ")
