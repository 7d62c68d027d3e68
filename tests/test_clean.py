import sys

import pytest

from claimcheck.extraction.clean import (
    _capitalised,
    _normalized,
    content_span,
    is_chrome,
    paragraph_spans,
    paragraphs,
    title_of,
)

PAGE = """Accessibility links

Breaking News

Talks Collapse, Officials Say


FILE - Two leaders meet at the border, June 30, 2019.
FILE - Two leaders meet at the border, June 30, 2019.

The talks collapsed on Monday. Both sides blamed each other.

Share this article

XS
SM
MD
LG"""


def roles(text: str) -> list[tuple[str, str]]:
    return [(p.role, text[p.start : p.end]) for p in paragraphs(text)]


def test_page_roles() -> None:
    got = roles(PAGE)
    assert got == [
        ("chrome", "Accessibility links"),
        ("chrome", "Breaking News"),
        ("title", "Talks Collapse, Officials Say"),
        ("caption", "FILE - Two leaders meet at the border, June 30, 2019."),
        ("duplicate", "FILE - Two leaders meet at the border, June 30, 2019."),
        ("body", "The talks collapsed on Monday. Both sides blamed each other."),
        ("chrome", "Share this article"),
        ("chrome", "XS"),
        ("chrome", "SM"),
        ("chrome", "MD"),
        ("chrome", "LG"),
    ]
    assert title_of(PAGE, paragraphs(PAGE)) == "Talks Collapse, Officials Say"


def test_a_paragraph_printed_twice_is_a_caption_even_without_a_marker() -> None:
    text = "Body text starts here. It goes on.\n\nA man waves.\nA man waves.\n\nMore text follows."
    got = roles(text)
    assert ("caption", "A man waves.") in got
    assert ("duplicate", "A man waves.") in got


def test_a_caption_printed_again_without_its_credit_is_a_duplicate() -> None:
    caption = "In a micrograph of lung tissue, newly emerging tuft cells are stained green."
    text = (
        f"Title here\n\nThe study began in 2018. It found cells.\n\nCaption: {caption}"
        f" Courtesy of Andrew Vaughan\n\n{caption}\n\nCourtesy of Andrew Vaughan\n\nMore text."
    )
    got = roles(text)
    assert ("duplicate", caption) in got
    assert ("chrome", "Courtesy of Andrew Vaughan") in got


def test_caption_by_its_date_tail() -> None:
    text = (
        "Story starts. It goes on.\n\n"
        "Envoy Kent Harstedt attends a news conference in Minsk, Belarus, Sept. 12, 2016."
    )
    assert roles(text)[-1][0] == "caption"


def test_metadata_title_marks_the_headline() -> None:
    text = "Menu\n\nBig Story Here\n\nIt happened. Really."
    paras = paragraphs(text, title="Big Story Here")
    assert [p.role for p in paras] == ["chrome", "title", "body"]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "The committee said on Tuesday that the budget would rise by ten percent\n"
        "next year, the largest increase since 2008, according to the documents\n"
        "seen by reporters at the meeting in the capital on Monday afternoon.\n"
        "\n"
        "A second paragraph.\n"
    )
    spans = paragraph_spans(text)
    assert len(spans) == 2
    assert text[spans[0][0] : spans[0][1]].endswith("Monday afternoon.")


def test_lowercase_continuation_is_joined_but_separate_lines_are_not() -> None:
    text = "He said the talks would\ncontinue next week.\nThe North disagreed."
    assert [text[s:e] for s, e in paragraph_spans(text)] == [
        "He said the talks would\ncontinue next week.",
        "The North disagreed.",
    ]


def test_chrome_detection() -> None:
    for chrome in [
        "Share",
        "Share on Facebook",
        "Facebook Twitter Email",
        "XS",
        "Skip to main content",
    ]:
        assert is_chrome(chrome), chrome
    for text in ["Talks broke down in February.", "Trump said Monday he likes Kim."]:
        assert not is_chrome(text), text


def test_a_story_s_credits_and_service_notices_are_chrome() -> None:
    for chrome in [
        "(Reporting by Greg Roumeliotis; Editing by Megan Davies)",
        "Associated Press writer Alan Fram contributed to this report.",
        "Keith Bradsher contributed reporting from Hong Kong.",
        "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
        "Reach the reporter on Twitter at http://twitter.com/example",
        "Thanks for signing up!",
        "There was an error processing your subscription.",
        "(Photo by Kevin Mazur/Getty Images for Ithaca Holdings)",
        "(Photos by Richard Shotwell, left, and Mark Von Holden/Invision/AP)",
        "— Rep. Ilhan Omar (@Ilhan) November 19, 2019",  # an embedded post's signature
        "The governor's office didn't immediately respond to The Hill's request for comment.",
        "The company did not return calls seeking comment on Friday.",
    ]:
        assert is_chrome(chrome), chrome
    for text in [
        "Photo by the author shows the bridge collapsed on Monday, killing 20 people.",
        "Russia did not respond to the attack with force, officials said.",
        "The Pentagon did not respond to the claims. Officials said 500 troops left.",
        "Reporting by phone is allowed, the court said.",  # not "Reporting by <name>"
        "The union contributed $5 million to the campaign.",
        "Police followed the suspect on foot.",
    ]:
        assert not is_chrome(text), text


def test_a_list_of_headline_like_lines_is_body_not_headings() -> None:
    text = (
        "The band announced its summer tour on Monday, with these dates.\n\n"
        "June 10 -- MidFlorida Credit Union Amphitheatre, Tampa, FL\n"
        "June 17 -- PPL Center, Allentown, PA\n"
        "June 19 -- PNC Music Pavilion, Charlotte, NC\n"
        "June 20 -- Coastal Credit Union Music Park at Walnut Creek, Raleigh, NC\n\n"
        "Tickets go on sale on Friday at the usual outlets across the country.\n"
    )
    assert [r for r, _ in roles(text)] == ["body"] * 6


def test_markdown_headline_loses_its_marks() -> None:
    text = "# Rates Rise Again\n\nThe bank raised rates by 0.5% on Monday.\n"
    assert title_of(text, paragraphs(text)) == "Rates Rise Again"


def test_labelled_captions_are_captions_and_credits_are_chrome() -> None:
    text = (
        "Story starts here. It goes on.\n\n"
        "Image copyright Getty Images\n"
        "Image caption Workers at a factory in Ohio, Sept. 5, 2019\n"
    )
    assert [r for r, _ in roles(text)] == ["body", "chrome", "caption"]


def test_date_lines_and_rules_are_chrome() -> None:
    for line in [
        "December 19, 2019",
        "October 24, 2019 / 8:31 AM / Updated 2 hours ago",
        "Thursday 24 October 2019 14.03 BST",
        "Published: 24 Oct 2019",
        "Updated: October 24, 2019 at 3:05 p.m. ET",
        "Last modified on Thu 24 Oct 2019 14.03 BST",
        "2019-10-24",
        "___",
        "* * *",
    ]:
        assert is_chrome(line), line
    assert not is_chrome("December 19, 2019 was the day the Senate passed the bill.")


def test_a_date_line_dates_the_article() -> None:
    from claimcheck import extract

    text = "Senate Passes Bill\n\nBy ALAN FRAM\nDecember 19, 2019\n\nThe Senate voted Thursday.\n"
    x = extract(text)
    assert str(x.article.published) == "2019-12-19"
    assert [c.text for c in x.sentences] == ["The Senate voted Thursday."]


def test_caption_labels_are_not_part_of_the_caption() -> None:
    text = "Story starts here. It goes on.\n\nImage caption Boris Johnson at Downing Street\n"
    caption = paragraphs(text)[-1]
    assert caption.role == "caption"
    assert text[caption.start : caption.end] == "Boris Johnson at Downing Street"


@pytest.mark.parametrize(
    "text",
    [
        "Unemployment fell to 3.5% in 2019, the lowest in 50 years\n",
        "Unemployment fell to 3.5% in 2019\n\nThe rate rose to 4% in 2020\n",
        "The rate rose to 4% in 2020 |\n",
        "Prices rose sharply in May\nWages fell\nRents went up by 12%\n",
    ],
    ids=["one-line", "first-of-two", "trailing-pipe", "lines-without-stops"],
)
def test_lines_without_a_final_stop_are_body(text: str) -> None:
    assert {r for r, _ in roles(text)} == {"body"}


def test_headings_in_context() -> None:
    text = (
        "Jobs Report For May\n\n"
        "The economy added 200,000 jobs in May. Wages rose by 3% on the year.\n\n"
        "What comes next\n\n"
        "The central bank meets in June and is expected to hold its rates steady.\n\n"
        "Rates Held Steady\n"
        "The bank kept its main rate at 5.25% for a fifth meeting in a row.\n\n"
        "## Sales rose 4% in April\n\n"
        "Retail sales figures came out on Tuesday and surprised most forecasters.\n"
    )
    assert [r for r, _ in roles(text)] == [
        "title",
        "body",
        "heading",  # alone between blank lines, short beside the body
        "body",
        "heading",  # Title Case
        "body",
        "heading",  # marked in Markdown, whatever it says
        "body",
    ]


def test_a_statement_with_a_number_on_top_is_read_and_still_titles_a_story() -> None:
    text = (
        "Exports rose 7% in March\n\n"
        "The trade office said so on Monday, citing stronger demand from its neighbours.\n"
    )
    assert [r for r, _ in roles(text)] == ["body", "body"]
    assert title_of(text, paragraphs(text)) == "Exports rose 7% in March"
    # Lines of statements alike in length: none of them is the story's headline.
    notes = "Exports rose 7% in March\n\nImports fell 2% in April\n\nPrices rose 1% in May\n"
    assert title_of(notes, paragraphs(notes)) is None


def test_markdown_tables_and_lists_are_read_without_markers() -> None:
    text = (
        "| Year | Rate |\n"
        "|------|:----:|\n"
        "| 2019 | 3.5% |\n"
        "- Wages grew 3% in 2019\n"
        "* 1.2 million jobs were added |\n"
        "12. The deficit widened to $984bn\n"
        "> Exports fell 2% in May\n"
        "Sales rose sharply in June. |\n"
    )
    got = roles(text)
    assert got == [
        ("body", "Year | Rate"),
        ("chrome", "------|:----:"),
        ("body", "2019 | 3.5%"),
        ("body", "Wages grew 3% in 2019"),
        ("body", "1.2 million jobs were added"),
        ("body", "The deficit widened to $984bn"),
        ("body", "Exports fell 2% in May"),
        ("body", "Sales rose sharply in June."),
    ]


def test_rows_of_equal_length_are_not_joined_as_a_wrapped_paragraph() -> None:
    rows = "".join(
        f"| {year} | the rate was {year % 7}.0% that year on average |\n"
        for year in range(2010, 2016)
    )
    assert len(paragraph_spans(rows)) == 6


@pytest.mark.parametrize(
    "line, inner",
    [
        ("| a | b |", "a | b"),
        ("| a | b |\n", "a | b"),
        ("- item |  ", "item |  "),
        ("- item", "item"),
        ("a|b", "a|b"),
        ("| a | b", "a | b"),
        ("plain line ending in a pipe |", "plain line ending in a pipe"),
    ],
)
def test_content_span_strips_markers_and_outer_pipes(line: str, inner: str) -> None:
    start, end, _ = content_span(line, 0, len(line))
    assert line[start:end] == inner


@pytest.mark.parametrize(
    "chunk",
    [
        "Already single spaced",
        "Two  spaces",
        " leading and trailing ",
        "tab\there",
        "non\xa0breaking",
        "thin\u2009space and line\u2028separator",
        "unit\x1fseparator",
        "",
        "İstanbul",
    ],
)
def test_normalized_is_lowercase_words_single_spaced(chunk: str) -> None:
    assert _normalized(chunk) == " ".join(chunk.lower().split())


def test_every_whitespace_but_the_space_is_unprintable() -> None:
    # _normalized's shortcut rests on it: a printable line holds no whitespace but spaces.
    odd = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c.isprintable()]
    assert odd == [" "]


@pytest.mark.parametrize(
    "chunk, capitalised",
    [
        ("TALKS COLLAPSE, OFFICIALS SAY", True),
        ("Talks Collapse, Officials Say", True),
        ("Talks collapse as officials walk out of the room", False),
        ("UK GDP 2.5% IN Q3 ⅷ", True),  # only letters count: a lowercase numeral is none
        ("NASA AND esa agree", False),
    ],
)
def test_headline_capitals(chunk: str, capitalised: bool) -> None:
    assert _capitalised(chunk) is capitalised


def test_is_chrome_takes_the_normal_form_the_caller_has() -> None:
    for chunk in ("Share  this  article", "The talks collapsed on Monday."):
        assert is_chrome(chunk, _normalized(chunk)) is is_chrome(chunk)
