"""Main text and metadata from HTML: claimcheck.reading.html."""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.reading import html as html_module
from claimcheck.reading.html import HtmlParts, html_to_document_parts
from claimcheck.reading.inputs import document_from_bytes
from claimcheck.reading.metadata import clean_title, parse_date

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def news_page() -> str:
    return (DATA / "news_article.html").read_text(encoding="utf-8")


def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def _text(html: str) -> str:
    return html_to_document_parts(html).text


# -- the realistic news page -------------------------------------------------------------


def test_news_page_text_is_the_article_paragraphs_in_order(news_page: str) -> None:
    text, _, _ = html_to_document_parts(news_page)
    assert text.split("\n\n") == [
        "Talks on Port Deal Stall After Third Round",
        "Negotiators from the two cities met for a third time on Thursday, but failed to"
        " agree on how to split the $1.2 billion cost of the new port.",
        "Caption: Cranes stand idle at the container terminal, Oct. 22, 2019.",
        "“We are closer than we were in June,” said Mayor Lena Ortiz, who has attended"
        " all three rounds.",
        "The talks began last June. A fourth round is planned for Nov.\u00a012 & 13.".replace(
            "\u00a0", " "
        ),
    ]


@pytest.mark.parametrize(
    "chrome",
    [
        "Skip to main content",
        "cookies",
        "Accept all",
        "Business",
        "Search",
        "Home",
        "By Ana Ruiz",
        "Share on",
        "Advertisement",
        "Related stories",
        "Port workers strike",
        "Filed under",
        "newsletter",
        "morning briefing",
        "42 comments",
        "All rights reserved",
        "Injected by script",
        "not text",
        "font-family",
        "dataLayer",
        "trackQuote",
        "NewsArticle",
    ],
)
def test_news_page_has_no_chrome(news_page: str, chrome: str) -> None:
    assert chrome not in html_to_document_parts(news_page).text


def test_news_page_metadata(news_page: str) -> None:
    parts = html_to_document_parts(news_page)
    assert isinstance(parts, HtmlParts)
    assert parts.title == "Talks on Port Deal Stall After Third Round"
    # JSON-LD says 2019-10-24T23:30:00-04:00: the 24th where it was published, although
    # it is already the 25th in UTC. The <meta name="date"> decoy ranks below.
    assert parts.published == dt.date(2019, 10, 24)


# -- choosing the main text ----------------------------------------------------------------

_LONG = "Officials said the agreement covers three ports and forty thousand workers. " * 4
_OTHER = "The second round of talks ended without a date for the next one, aides said. " * 3


def _story(middle: str = "") -> str:
    return _page(
        f"<article><h1>Port talks stall</h1><p>{_LONG}</p>{middle}<p>{_OTHER}</p></article>"
    )


def _paragraphs(html: str) -> list[str]:
    return _text(html).split("\n\n")


@pytest.mark.parametrize(
    "chrome",
    [
        '<div role="navigation">Nav links</div>',
        '<div class="social-links">Follow us</div>',
        '<div class="c-ShareBar">Tweet this</div>',
        '<div id="cookieNotice">Cookies settings</div>',
        '<div class="newsletter">Sign up today</div>',
        '<div class="related-articles">More reading</div>',
        '<div class="advert">Buy now</div>',
        '<span class="sr-only">Opens in new window</span>',
        "<div hidden>Hidden words</div>",
        '<div style="display: none">Invisible words</div>',
        "<button>Click here</button>",
        "<select><option>One option</option></select>",
        "<noscript>Enable JavaScript</noscript>",
        "<template><p>Template words</p></template>",
        "<svg><title>Icon title</title><text>SVG words</text></svg>",
        '<form class="newsletter-form"><label>Email address</label></form>',
        "<aside>Aside words</aside>",
    ],
)
def test_chrome_inside_an_article_is_skipped(chrome: str) -> None:
    paragraphs = _paragraphs(_story(chrome))
    assert paragraphs[-2:] == [_LONG.strip(), _OTHER.strip()]
    assert len(paragraphs) <= 3


def test_article_inside_an_ad_named_wrapper_keeps_its_body() -> None:
    # latimes.com wraps the whole page in "Page-ad-margins"; other sites use
    # "non-ad-column-l": the old reader dropped everything inside.
    page = (DATA / "html" / "ad_wrapper.html").read_text(encoding="utf-8")
    text = _text(page)
    assert "The city council voted 9-4 on Tuesday" in text
    assert "Construction is expected to start in March 2020" in text
    assert "Most Popular" not in text


def test_page_without_article_or_main_drops_menus() -> None:
    page = (DATA / "html" / "no_article.html").read_text(encoding="utf-8")
    paragraphs = _paragraphs(page)
    assert any("unemployment rate fell to 3.5%" in p for p in paragraphs)
    assert any("lowest level since 1969" in p for p in paragraphs)
    one_word = [p for p in paragraphs if len(p.split()) == 1]
    assert one_word == []


def test_captions_are_kept_once_and_marked() -> None:
    page = (DATA / "html" / "captions.html").read_text(encoding="utf-8")
    paragraphs = _paragraphs(page)
    captions = [p for p in paragraphs if p.startswith("Caption: ")]
    assert captions == [
        "Caption: Firefighters work near Paradise, California, Nov. 9, 2018.",
        "Caption: Residents return to the town in December 2018.",
    ]
    # Already labelled by the page: not labelled twice.
    assert "Image caption Smoke over the valley on Nov. 8, 2018." in paragraphs


def test_captions_are_a_separate_role_in_the_extraction() -> None:
    from claimcheck import extract

    page = (DATA / "html" / "captions.html").read_text(encoding="utf-8")
    parts = html_to_document_parts(page)
    extraction = extract(parts.text, title=parts.title, published=parts.published)
    captions = [parts.text[p.start : p.end] for p in extraction.paragraphs if p.role == "caption"]
    assert "Firefighters work near Paradise, California, Nov. 9, 2018." in captions
    assert all(not c.startswith("Caption:") for c in captions)
    for claim in extraction.sentences:
        assert parts.text[claim.start : claim.end] == claim.text


_STATEMENT = "Unemployment fell to 3.5% in 2019, the lowest in 50 years."


@pytest.mark.parametrize(
    "body",
    [
        # Nothing for trafilatura's default run; its favor_recall run reads these.
        f"<nav>Menu<p>{_STATEMENT}",
        f"<aside>{_STATEMENT}</aside>",
        # Nothing for either run: trafilatura's baseline, the page's plain text.
        f'<div class="comments">{_STATEMENT}</div>',
    ],
)
def test_a_page_with_text_never_reads_empty(body: str) -> None:
    assert _STATEMENT in _text(_page(body))


def test_lists_and_tables_read_one_paragraph_per_item_and_row() -> None:
    middle = (
        "<ul><li>Ports covered: three in the north.</li><li>Workers: forty thousand.</li></ul>"
        "<table><tr><td>Ports</td><td>3</td></tr><tr><td>Workers</td><td>40,000</td></tr></table>"
        "<p>Line one<br>line two</p>"
    )
    paragraphs = _paragraphs(_story(middle))
    for expected in (
        "- Ports covered: three in the north.",
        "- Workers: forty thousand.",
        "| Ports | 3 |",
        "| Workers | 40,000 |",
        "Line one\nline two",
    ):
        assert expected in paragraphs


def test_whitespace_is_collapsed_inside_paragraphs() -> None:
    html = _story("<p>  Many\n\t spaces\u00a0and\u2009thin   ones\r\n </p><p>\n</p>")
    assert "Many spaces and thin ones" in _paragraphs(html)


def test_invisible_characters_are_removed() -> None:
    assert "accord reached" in _paragraphs(_story("<p>ac\u00adcord\u200b reached&shy;</p>"))


def test_entities_are_unescaped() -> None:
    html = _story(
        "<p>Q&amp;A: &ldquo;caf&eacute;&rdquo; &#8212; &#x2019;s &lt;tag&gt; &nbsp;x&copy</p>"
    )
    html = html.replace(
        "<head>", '<head><meta property="og:title" content="Q&amp;A &quot;Talks&quot;">'
    )
    parts = html_to_document_parts(html)
    assert "Q&A: “café” — ’s <tag> x©" in parts.text.split("\n\n")
    assert parts.title == 'Q&A "Talks"'


# -- malformed and hostile HTML ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>One<p>Two", "One\n\nTwo"),
        ("</div></div><p>Stray closers</p></span></article>", "Stray closers"),
        ("<html><body><p>No closing tags", "No closing tags"),
        ("Just text, no tags at all.", "Just text, no tags at all."),
        ("<head><title>T</title><p>Body without body tag</p>", "Body without body tag"),
        ("<p>a < b and c > d</p>", "a < b and c > d"),
        # As in a browser, an unclosed comment hides the rest of the page.
        ("<p>x</p><!-- unclosed comment <p>y</p>", "x"),
        ("<p>Good</p><script>never closed <p>swallowed</p>", "Good"),
        ("<p>Trailing &", "Trailing &"),
        ("<P CLASS=X>Upper Case</P>", "Upper Case"),
        ("", ""),
        ("\x00\x01\x02 \n", ""),
        ("<html><body><script>var a = 1;</script></body></html>", ""),
    ],
)
def test_malformed_html(html: str, expected: str) -> None:
    assert _text(html) == expected


def test_unclosed_attribute_quote_does_not_raise() -> None:
    # As in a browser, the rest of the page is the attribute's value.
    assert _text("<p title='unclosed>Text</p><p>After</p>") == ""


def test_page_over_the_size_limit_is_refused_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_module, "MAX_HTML_CHARS", 1000)
    with pytest.raises(InputError, match=r"has 1,001 characters, over the limit of 1,000"):
        html_to_document_parts("x" * 1001)
    with pytest.raises(InputError, match=r"^page\.html: the HTML page has 1,004 characters"):
        document_from_bytes(b"<p>" + b"x" * 1001, name="page.html", suffix=".html")


_P = "<p>Officials said the agreement covers three ports and forty thousand workers.</p>" * 5


@pytest.mark.parametrize(
    ("name", "html"),
    [
        ("nesting 2,000 deep", "<html><body>" + "<div>" * 2000 + _P + "</div>" * 2000),
        ("text, then nesting past the limit", "<html><body>" + _P + "<div><span>" * 5000),
        ("a 5 MB class attribute", '<html><body><div class="' + "x" * 5_000_000 + '">' + _P),
        ("a tag of 200,000 attributes", "<html><body><div " + "a=1 " * 200_000 + ">" + _P),
        ("entity definitions", '<!DOCTYPE html [<!ENTITY a "aaaa">]><html><body>' + _P + "&a;"),
    ],
)
def test_hostile_pages_read_quickly(name: str, html: str) -> None:
    start = time.perf_counter()
    text = _text(html)
    assert time.perf_counter() - start < 3.0
    assert "forty thousand workers" in text


def test_nesting_past_the_parser_limit_is_empty_not_slow() -> None:
    html = "<html><body>" + "<div><span>" * 5_000 + _P
    start = time.perf_counter()
    assert _text(html) == ""
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(
    "piece",
    ["<", "</", "<!--", "<!", "<?", "<![", "<a ", "<a", '<a b="', "<a b=", "&#", "<!-", "</a"],
)
def test_pathological_input_is_linear(piece: str) -> None:
    """Repetitions that made Python 3.11's html.parser quadratic (minutes for 1 MB)."""
    html = piece * (300_000 // len(piece))
    start = time.perf_counter()
    html_to_document_parts(html)
    html_to_document_parts(html + ">")
    assert time.perf_counter() - start < 2.0


def _junk_page(size: int, seed: int = 0) -> str:
    page = (DATA / "news_article.html").read_text(encoding="utf-8")
    rnd = random.Random(seed)
    tokens = [
        "<div>",
        "</div>",
        "<p>",
        "word ",
        "<span class='x'>",
        "</span>",
        "<!-- c -->",
        "<a href='#'>",
        "</a>",
        "&amp;",
        "<",
        "</",
        "<!--",
        "<br>",
        "\n",
        "<li>",
        "<div class=share>",
        "<b",
        '"',
        ">",
        "</article>",
        "<article>",
    ]
    script = "<script>" + "var s = '<div>' + (1 < 2) + \"</p>\"; " * 2000 + "</script>"
    parts: list[str] = []
    total = 0
    while total < size:
        roll = rnd.random()
        junk = "".join(rnd.choices(tokens, k=4000))
        piece = script if roll < 0.3 else page if roll < 0.5 else junk
        parts.append(piece)
        total += len(piece)
    return "".join(parts)


def test_junk_page_parses_quickly() -> None:
    # trafilatura's link-density pass is the slow part (about 1.5 s here).
    html = _junk_page(1_000_000)
    start = time.perf_counter()
    html_to_document_parts(html)
    assert time.perf_counter() - start < 4.0


@pytest.mark.slow
def test_five_megabytes_of_junk_and_scripts_under_five_seconds() -> None:
    html = _junk_page(5_000_000, seed=1)
    start = time.perf_counter()
    parts = html_to_document_parts(html)
    assert time.perf_counter() - start < 5.0
    assert parts.text


# -- title ---------------------------------------------------------------------------------


def test_title_sources_in_order() -> None:
    body = "<h1>From H1</h1><p>Text.</p>"
    ld = _ld({"@type": "NewsArticle", "headline": "From LD"})
    full = (
        '<meta property="og:title" content="From OG"><meta name="twitter:title" content="From TW">'
        + ld
        + "<title>From Title - Site</title>"
    )
    assert html_to_document_parts(_page(body, full)).title == "From OG"
    assert html_to_document_parts(_page(body, full.split(">", 1)[1])).title == "From TW"
    assert html_to_document_parts(_page(body, ld + "<title>X - Site</title>")).title == "From LD"
    assert html_to_document_parts(_page(body, "<title>From Title Tag - Site</title>")).title == (
        "From Title Tag"
    )
    assert html_to_document_parts(_page(body)).title == "From H1"
    assert html_to_document_parts(_page("<p>Text.</p>")).title is None


def test_title_is_cut_to_the_h1_it_starts_with() -> None:
    html = _page(
        "<h1>Kim - Trump Talks</h1><p>Text.</p>", "<title>Kim - Trump Talks | World | VOA</title>"
    )
    assert html_to_document_parts(html).title == "Kim - Trump Talks"


def test_svg_title_is_not_the_page_title() -> None:
    html = "<body><svg><title>Close icon</title></svg><h1>Real</h1></body>"
    assert html_to_document_parts(html).title == "Real"


@pytest.mark.parametrize(
    ("raw", "site", "expected"),
    [
        ("North Korea says talks broke down - BBC News", None, "North Korea says talks broke down"),
        ("Trump, Kim have met three times | VOA", None, "Trump, Kim have met three times"),
        ("World | Trump and Kim meet again | VOA", None, "Trump and Kim meet again"),
        ("Voice of America - Talks resume in Hanoi", "Voice of America", "Talks resume in Hanoi"),
        ("Talks resume — The Harbour Times", "The Harbour Times", "Talks resume"),
        ("Trump - Kim Talks", None, "Trump - Kim Talks"),
        ("Talks stall over $1.2 billion - analysis", None, "Talks stall over $1.2 billion"),
        ("  Spaces\n  collapse  ", None, "Spaces collapse"),
        ("BBC News", "BBC News", "BBC News"),
    ],
)
def test_clean_title(raw: str, site: str | None, expected: str) -> None:
    assert clean_title(raw, site) == expected


# -- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-10-24T14:03:00Z", dt.date(2019, 10, 24)),
        ("2019-10-24", dt.date(2019, 10, 24)),
        ("2019-10-24T23:30:00-04:00", dt.date(2019, 10, 24)),
        ("2019-10-25T01:30:00+09:00", dt.date(2019, 10, 25)),
        ("2019-10-24 14:03:00.123456", dt.date(2019, 10, 24)),
        ("  2019-1-5  ", dt.date(2019, 1, 5)),
        ("20191024", dt.date(2019, 10, 24)),
        ("20191024T140300Z", dt.date(2019, 10, 24)),
        ("2019/10/24", dt.date(2019, 10, 24)),
        ("Thu, 24 Oct 2019 14:03:00 GMT", dt.date(2019, 10, 24)),
        ("24 October 2019", dt.date(2019, 10, 24)),
        ("October 24, 2019 11:21 AM", dt.date(2019, 10, 24)),
        ("Oct. 24th, 2019", dt.date(2019, 10, 24)),
        ("2019-02-30", None),
        ("0000-00-00", None),
        ("0001-01-01T00:00:00Z", None),
        ("yesterday", None),
        ("", None),
        ("2019", None),
    ],
)
def test_parse_date(value: str, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


def _ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        pytest.param(
            '<meta property="article:published_time" content="2019-10-24T10:00:00Z">'
            + _ld({"@type": "NewsArticle", "datePublished": "2018-01-01"}),
            "",
            dt.date(2019, 10, 24),
            id="article-published-time-first",
        ),
        pytest.param(
            '<meta itemprop="datePublished" content="2019-10-24">',
            "",
            dt.date(2019, 10, 24),
            id="itemprop-meta",
        ),
        pytest.param(
            "",
            '<article><span itemprop="datePublished">October 24, 2019</span><p>x</p></article>',
            dt.date(2019, 10, 24),
            id="itemprop-text",
        ),
        pytest.param(
            _ld(
                {
                    "@context": "https://schema.org",
                    "@graph": [
                        {"@type": "WebSite", "name": "S"},
                        {"@type": ["NewsArticle"], "datePublished": "2019-10-24T08:00:00+02:00"},
                    ],
                }
            ),
            "",
            dt.date(2019, 10, 24),
            id="json-ld-graph",
        ),
        pytest.param(
            _ld(
                {
                    "@type": "ClaimReview",
                    "datePublished": "2019-10-24",
                    "itemReviewed": {"@type": "Claim", "datePublished": "2019-06-30"},
                }
            ),
            "",
            dt.date(2019, 10, 24),
            id="claimreview-not-the-claim-date",
        ),
        pytest.param(
            _ld({"@type": "Claim", "datePublished": "2019-06-30"}),
            "",
            # htmldate reads any datePublished: on a page whose only date is a claim's,
            # that is the date it gives (the article's own date, when there is one, wins).
            dt.date(2019, 6, 30),
            id="claim-alone-htmldate-takes-its-date",
        ),
        pytest.param(
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
            '"2019-10-24",}</script>',
            "",
            dt.date(2019, 10, 24),
            id="broken-json-ld-still-read-by-htmldate",
        ),
        pytest.param(
            "",
            '<article><p>x</p><time datetime="2019-10-24T09:00">Thursday</time></article>',
            dt.date(2019, 10, 24),
            id="time-inside-article",
        ),
        pytest.param(
            "",
            '<p><time datetime="2019-10-24">event</time> outside any article</p>',
            dt.date(2019, 10, 24),
            id="time-anywhere",
        ),
        pytest.param(
            '<meta name="DC.date" content="2019-10-24">',
            "<p>x</p>",
            dt.date(2019, 10, 24),
            id="dc-date",
        ),
        pytest.param(
            '<meta name="pubdate" content="20191024">',
            "<p>x</p>",
            dt.date(2019, 10, 24),
            id="pubdate",
        ),
        pytest.param(
            '<meta property="article:published_time" content="not a date">'
            '<meta name="date" content="2019-10-24">',
            "<p>x</p>",
            dt.date(2019, 10, 24),
            id="unparsable-falls-through",
        ),
    ],
)
def test_published_date_sources(head: str, body: str, expected: dt.date | None) -> None:
    assert html_to_document_parts(_page(body or "<p>text</p>", head)).published == expected


def test_date_comes_from_metadata_through_htmldate() -> None:
    # <meta itemprop="datePublished">: read by htmldate, not by claimcheck's own rules.
    page = (DATA / "html" / "captions.html").read_text(encoding="utf-8")
    assert html_to_document_parts(page).published == dt.date(2019, 11, 8)


def test_date_in_free_text_is_not_guessed() -> None:
    body = (
        f"<article><p>{_LONG}</p><p>Posted by the desk, a note from October 24, 2019.</p></article>"
    )
    assert html_to_document_parts(_page(body)).published is None


def test_a_hover_card_inside_a_paragraph_does_not_cut_it() -> None:
    # The Hill puts a card of photo and links after each politician's name; the text
    # after the card was lost and the paragraph's stub read as a heading.
    card = (
        '<span class="rollover-people"><a href="/people/x">Ilhan Omar</a>'
        '<span class="rollover-people-block"><span class="rollover-block"><span>'
        '<img src="/x.jpg" alt=""><a class="name" href="/people/x">Ilhan Omar</a>'
        '<a href="/a">Progressives oppose funding bill over surveillance authority</a> '
        '<a href="/b">Omar asks court to apply compassion</a></span></span></span></span>'
    )
    lede = (
        f"<p>A New York man pleaded guilty to charges he threatened to kill Rep. {card}"
        " (D-Minn.), the U.S. Attorney's Office for the Western District announced Monday.</p>"
    )
    rest = "".join(f"<p>{_LONG} Paragraph {k} of the story.</p>" for k in range(4))
    text = _text(_page(f"<article><h1>Man pleads guilty</h1>{lede}{rest}</article>"))
    assert "kill Rep. Ilhan Omar (D-Minn.), the U.S. Attorney's Office" in text
    assert "Progressives oppose" not in text


def test_the_page_address_day_comes_before_a_stock_photo_folder() -> None:
    # Gannett pages: a placeholder datePublished, the photo's folder in og:image
    # (2016/04/05), the story's day in og:url; htmldate took the oldest, 3.5 years off.
    head = (
        '<meta property="og:url" content="https://www.example.com/story/sports/2019/11/20/'
        'viera-defeats-rockledge/4246736002/">'
        '<meta property="og:image" content="https://cdn.example.com/media/2016/04/05/ball.jpg">'
        + _ld({"@type": "NewsArticle", "datePublished": "0001-01-01"})
    )
    body = f"<article><h1>Viera defeats Rockledge</h1><p>{_LONG}</p></article>"
    assert html_to_document_parts(_page(body, head)).published == dt.date(2019, 11, 20)
