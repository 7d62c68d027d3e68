import re

import pytest

from claimcheck.extraction.segment import sentence_spans, split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "U.S. President Donald Trump met Kim. They talked.",
            ["U.S. President Donald Trump met Kim.", "They talked."],
        ),
        (
            "The U.S. Senate voted on Sept. 18 and Aug. 27. Gen. Smith and Mr. Jones agreed.",
            ["The U.S. Senate voted on Sept. 18 and Aug. 27.", "Gen. Smith and Mr. Jones agreed."],
        ),
        (
            "He shook hands in Beijing, Sept.18, 2013. Then he left.",
            ["He shook hands in Beijing, Sept.18, 2013.", "Then he left."],
        ),
        (
            "He lives at No. 10 Downing Street. It is old.",
            ["He lives at No. 10 Downing Street.", "It is old."],
        ),
        (
            "Talks stalled in the U.S. The North walked away.",
            ["Talks stalled in the U.S.", "The North walked away."],
        ),
        ("They met at 9 p.m. Then they left.", ["They met at 9 p.m.", "Then they left."]),
        (
            '"I like him. He likes me. You could end up in a war," Trump said Monday.',
            ['"I like him.', "He likes me.", 'You could end up in a war," Trump said Monday.'],
        ),
        ("Washington, D.C. But nothing happened.", ["Washington, D.C.", "But nothing happened."]),
        # a named attribution after a quote's own question or exclamation mark
        (
            "“Is this fair to the voters?” Mr. Trump asked. He left.",
            ["“Is this fair to the voters?” Mr. Trump asked.", "He left."],
        ),
        (
            '"Why?" Smith said on Monday. "Because."',
            ['"Why?" Smith said on Monday.', '"Because."'],
        ),
        # not a quote's mark, or more than an attribution after it
        ("Why now? Smith said nothing.", ["Why now?", "Smith said nothing."]),
        (
            '"Why?" Smith said the plan would fail in the end anyway, and then he left.',
            ['"Why?"', "Smith said the plan would fail in the end anyway, and then he left."],
        ),
    ],
)
def test_news_abbreviations(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_spans_are_offsets_into_the_whole_text() -> None:
    text = "Header\n\nFirst one. Second one.\n"
    start = text.index("First")
    spans = sentence_spans(text, start, text.index("\n", start))
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one."]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from nltk.tokenize.punkt import PunktSentenceTokenizer  # noqa: E402

from claimcheck.extraction.segment import tokenizer  # noqa: E402

PIECES = st.sampled_from(
    [
        "Talks",
        "broke",
        "down",
        "U.S.",
        "Mr.",
        "said.",
        "co.",
        "e.g.",
        "well-known.",
        "J.",
        "G.K.",
        "10",
        ".",
        "?",
        "!",
        '"',
        "'",
        ")",
        " ",
        "  ",
        "\t",
        "end",
        "It",
        "the",
        "Sept.18,",
        "2013",
        "…",
        "a.m.",
        "He",
        ",",
    ]
)


class _InitialsPunkt(PunktSentenceTokenizer):  # type: ignore[misc]
    """Plain NLTK Punkt with the one rule NewsPunkt adds to its decisions: joined
    initials ("G.K.", "A.F.L.-C.I.O.") are an abbreviation."""

    def _first_pass_annotation(self, aug_tok) -> None:  # type: ignore[no-untyped-def]
        super()._first_pass_annotation(aug_tok)
        joined = r"(?:[^\W\d_]\.){2,}(?:-(?:[^\W\d_]\.){2,})*"
        if aug_tok.sentbreak and re.fullmatch(joined, aug_tok.tok):
            aug_tok.sentbreak, aug_tok.abbr = False, True


def test_joined_initials_do_not_end_a_sentence() -> None:
    text = (
        "Rep. G.K. Butterfield (D-N.C.) said no. J.R.R. Tolkien wrote it. "
        "He left the U.S.S.R. The talks ended. The A.F.L.-C.I.O. president agreed."
    )
    assert split_sentences(text) == [
        "Rep. G.K. Butterfield (D-N.C.) said no.",
        "J.R.R. Tolkien wrote it.",
        "He left the U.S.S.R.",
        "The talks ended.",
        "The A.F.L.-C.I.O. president agreed.",
    ]


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_the_shortcuts_agree_with_punkt(text: str) -> None:
    # Single-sentence paragraphs and plain "word." breaks are decided without Punkt's
    # tokenizer; the spans must be exactly Punkt's (trimmed of surrounding space).
    def trimmed(s: int, e: int) -> tuple[int, int]:
        chunk = text[s:e]
        return s + len(chunk) - len(chunk.lstrip()), s + len(chunk.rstrip())

    reference = _InitialsPunkt(tokenizer()._params)
    punkt: list[tuple[int, int]] = []
    for s, e in reference.span_tokenize(text):
        if not text[s:e].strip():
            continue
        s, e = trimmed(s, e)
        # The one join after Punkt: lower-case words after a quote's own "!", "?", or
        # a closed quote's "." or "," are its attribution ('"Go!" he said').
        before = text[: punkt[-1][1]] if punkt else ""
        bare = before.rstrip("\"'”’)]")
        if text[s].islower() and (
            bare.endswith(("?", "!")) or (len(bare) < len(before) and bare.endswith((".", ",")))
        ):
            punkt[-1] = (punkt[-1][0], e)
        else:
            punkt.append((s, e))
    assert sentence_spans(text) == punkt


RAW_PIECES = st.sampled_from(
    [
        "Talks",
        "U.S.",
        "Mr.",
        "said.",
        "No.",
        "10",
        ".",
        "..",
        "?",
        "!",
        "!!",
        '"',
        "“",
        "”",
        "’",
        "'",
        "(",
        ")",
        "]",
        "--",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\x0b",
        "\xa0",
        "He",
        "the",
        ",",
        ";",
        "a.m.",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(RAW_PIECES, max_size=40).map("".join))
def test_the_one_pass_span_tokenize_is_punkts(text: str) -> None:
    # NewsPunkt walks the candidate marks, the breaks and the realignment in one pass;
    # its raw spans (untrimmed, whole text, any whitespace) must be NLTK's own.
    reference = _InitialsPunkt(tokenizer()._params)
    assert tokenizer().span_tokenize(text) == list(reference.span_tokenize(text))
    assert tokenizer().span_tokenize(text, False) == list(reference.span_tokenize(text, False))


def test_the_realignment_shortcut_knows_every_mark_punkt_moves() -> None:
    from claimcheck.extraction.segment import _REALIGNED, NewsLanguageVars

    pattern = NewsLanguageVars.re_boundary_realignment
    moved = [chr(i) for i in range(0x3000) if pattern.match(chr(i) + " next")]
    assert sorted(moved) == sorted(_REALIGNED)


@pytest.mark.parametrize(
    "text, stop, found",
    [("No mark", 7, False), ("Ends.", 4, False), ("Ends.", 5, True), ("Why? Yes", 8, True)],
)
def test_a_sentence_end_is_looked_for_before_stop(text: str, stop: int, found: bool) -> None:
    from claimcheck.extraction.segment import _has_end

    assert _has_end(text, stop) is found
