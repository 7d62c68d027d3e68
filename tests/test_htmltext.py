"""Main text and metadata from HTML: claimcheck.reading.html."""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from pathlib import Path

import pytest

from claimcheck.reading.html import HtmlParts, html_to_document_parts
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
        "Cranes stand idle at the container terminal, Oct. 22, 2019.",
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


def test_body_is_used_when_there_is_no_article() -> None:
    html = _page(f"<nav>Menu</nav><div><p>First.</p><p>{_LONG}</p></div><footer>Foot</footer>")
    assert _text(html) == f"First.\n\n{_LONG.strip()}"


def test_small_article_teaser_does_not_win_over_the_body() -> None:
    html = _page(f"<div><p>{_LONG}</p><p>{_LONG}</p></div><article><p>Teaser.</p></article>")
    assert _text(html).startswith(_LONG.strip())
    assert "Teaser." in _text(html)


def test_largest_article_is_chosen() -> None:
    html = _page(
        "<article><p>Short teaser about something else entirely.</p></article>"
        f"<article><h1>Headline</h1><p>{_LONG}</p></article>"
        "<article><p>Another teaser.</p></article>"
    )
    assert _text(html) == f"Headline\n\n{_LONG.strip()}"


def test_main_then_article_body_are_used_without_article() -> None:
    html = _page(f"<div>Sidebar junk text here.</div><main><p>{_LONG}</p></main>")
    assert _text(html) == _LONG.strip()
    html = _page(f'<div>Chrome text.</div><div itemprop="articleBody"><p>{_LONG}</p></div>')
    assert _text(html) == _LONG.strip()


def test_headline_above_article_body_is_kept_first() -> None:
    html = _page(
        '<div class="top"><h1>Port Deal Stalls</h1><p>Chrome line.</p></div>'
        f'<div itemprop="articleBody"><p>{_LONG}</p></div>',
        head='<meta property="og:title" content="Port Deal Stalls">',
    )
    assert _text(html) == f"Port Deal Stalls\n\n{_LONG.strip()}"


def test_site_name_h1_is_not_taken_for_a_headline() -> None:
    html = _page(
        f'<h1>The Daily Planet</h1><div itemprop="articleBody"><p>{_LONG}</p></div>',
        head='<meta property="og:title" content="Port Deal Stalls">',
    )
    assert _text(html) == _LONG.strip()


@pytest.mark.parametrize(
    "chrome",
    [
        '<div role="navigation">Nav</div>',
        '<div role="banner">Banner</div>',
        '<div role="contentinfo">Info</div>',
        '<div class="social-links">Follow</div>',
        '<div class="c-ShareBar">Tweet</div>',
        '<div id="cookieNotice">Cookies</div>',
        '<div class="newsletter">Sign up</div>',
        '<div class="related-articles">More</div>',
        '<nav class="breadcrumb">Home</nav>',
        '<section id="comments">Say something</section>',
        '<div class="subscribe-box">Subscribe</div>',
        '<div class="advert">Buy</div>',
        '<div class="ad-container">Buy</div>',
        '<div class="top_ads">Buy</div>',
        '<span class="sr-only">Opens in new window</span>',
        "<div hidden>Hidden</div>",
        '<div aria-hidden="true">Icon</div>',
        '<div style="display: none">Invisible</div>',
        "<button>Click</button>",
        "<select><option>One</option></select>",
        "<iframe>Frame</iframe>",
        "<noscript>Enable JS</noscript>",
        "<template><p>Tpl</p></template>",
        "<svg><title>Icon title</title><text>SVG</text></svg>",
        "<div><form><label>Email</label><input></form></div>",
        '<form class="newsletter-form"><label>Email</label></form>',
        '<form role="search"><label>Find</label></form>',
        "<aside>Aside</aside>",
    ],
)
def test_chrome_is_skipped(chrome: str) -> None:
    assert _text(_page(f"<p>Before.</p>{chrome}<p>After.</p>")) == "Before.\n\nAfter."


@pytest.mark.parametrize(
    "ordinary",
    [
        '<div class="shadow-box">Kept</div>',
        '<div class="header-text">Kept</div>',
        '<div class="commentary">Kept</div>',
        '<div class="loaded">Kept</div>',
    ],
)
def test_similar_class_names_are_not_chrome(ordinary: str) -> None:
    assert _text(_page(ordinary)) == "Kept"


def test_page_wide_classes_do_not_drop_the_page() -> None:
    html = '<html><body class="has-social-bar cookie-consent-given"><p>Text.</p></body></html>'
    assert _text(html) == "Text."
    html = '<body><article class="story share-enabled"><p>Text.</p></article></body>'
    assert _text(html) == "Text."


def test_page_wrapped_in_one_form_is_kept() -> None:
    html = '<body><form id="aspnetForm"><div><p>Article text.</p></div></form></body>'
    assert _text(html) == "Article text."


def test_article_header_is_kept_page_header_is_not() -> None:
    html = _page(
        "<header><p>Site tagline</p></header>"
        "<article><header><h1>Headline</h1></header><p>Body text of the story.</p></article>"
    )
    assert _text(html) == "Headline\n\nBody text of the story."


# -- paragraphs, whitespace, entities ------------------------------------------------------


def test_blocks_make_paragraphs_and_inline_elements_do_not() -> None:
    html = _page(
        "<div>Para <b>one</b>, <a href='#'>still</a><span>one</span>.</div>"
        "<ul><li>Item 1</li><li>Item 2</li></ul>"
        "<blockquote>Quote</blockquote>Line<br>break<br/>again"
        "<table><tr><td>a</td><td>b</td></tr></table>"
        "<figure><img src=x alt='ignored'><figcaption>Caption.</figcaption></figure>"
    )
    assert _text(html).split("\n\n") == [
        "Para one, stillone.",
        "Item 1",
        "Item 2",
        "Quote",
        "Line",
        "break",
        "again",
        "a b",
        "Caption.",
    ]


def test_whitespace_is_collapsed_inside_paragraphs() -> None:
    html = _page("<p>  Many\n\t spaces\u00a0and\u2009thin   ones\r\n </p><p>\n</p><p>Next</p>")
    assert _text(html) == "Many spaces and thin ones\n\nNext"


def test_invisible_characters_are_removed() -> None:
    assert _text(_page("<p>ac\u00adcord\u200b reached&shy;</p>")) == "accord reached"


def test_entities_are_unescaped() -> None:
    html = _page(
        "<p>Q&amp;A: &ldquo;caf&eacute;&rdquo; &#8212; &#x2019;s &lt;tag&gt; &nbsp;x&copy</p>",
        head='<meta property="og:title" content="Q&amp;A &quot;Talks&quot;">',
    )
    parts = html_to_document_parts(html)
    assert parts.text == "Q&A: “café” — ’s <tag> x©"
    assert parts.title == 'Q&A "Talks"'


# -- malformed HTML --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>One<p>Two<div>Three", "One\n\nTwo\n\nThree"),
        ("</div></div><p>Stray closers</p></span></article>", "Stray closers"),
        ("<html><body><p>No closing tags", "No closing tags"),
        ("Just text, no tags at all.", "Just text, no tags at all."),
        ("<head><title>T</title><p>Body without body tag</p>", "Body without body tag"),
        ("<head><title>T</title>Text straight after head", "Text straight after head"),
        ("<p>a < b and c > d</p>", "a < b and c > d"),
        # Browsers hide everything after an unclosed "<!--"; keeping the rest is the
        # safer mistake when the "<!--" sat inside a script.
        ("<p>x</p><!-- unclosed comment <p>y</p>", "x\n\n<!-- unclosed comment\n\ny"),
        ("<p>x</p><![CDATA[ junk ]]><p>y</p>", "x\n\ny"),
        ("<p>x</p><![if !IE]><p>y</p><![endif]>", "x\n\ny"),
        ("<p>Good</p><script>never closed <p>swallowed</p>", "Good"),
        ("<article><p>In</p><aside>Rel<p>ated</article><p>Out</p>", "In\n\nOut"),
        ("<nav>Menu<p>never closed, browsers hide the rest too", ""),
        ("<p>Trailing &", "Trailing &"),
        ("<p>Trailing <", "Trailing <"),
        ("<P CLASS=X>Upper Case</P>", "Upper Case"),
    ],
)
def test_malformed_html(html: str, expected: str) -> None:
    assert _text(html) == expected


def test_unclosed_attribute_quote_does_not_lose_the_rest() -> None:
    assert _text("<p title='unclosed>Text</p><p>After</p>").endswith("After")


@pytest.mark.parametrize(
    "piece",
    ["<", "</", "<!--", "<!", "<?", "<![", "<a ", "<a", '<a b="', "<a b=", "&#", "<!-", "</a"],
)
def test_pathological_input_is_linear(piece: str) -> None:
    """Repetitions that make Python 3.11's html.parser quadratic (minutes for 1 MB)."""
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
    html = _junk_page(1_000_000)
    start = time.perf_counter()
    html_to_document_parts(html)
    assert time.perf_counter() - start < 1.0


@pytest.mark.slow
def test_five_megabytes_of_junk_and_scripts_under_two_seconds() -> None:
    html = _junk_page(5_000_000, seed=1)
    start = time.perf_counter()
    parts = html_to_document_parts(html)
    assert time.perf_counter() - start < 2.0
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
            None,
            id="claim-alone-is-not-the-page",
        ),
        pytest.param(
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
            '"2019-10-24",}</script>',
            "",
            None,
            id="broken-json-ld-ignored",
        ),
        pytest.param(
            "",
            '<aside><time datetime="2001-01-01">old</time></aside>'
            '<article><p>x</p><time datetime="2019-10-24T09:00">Thursday</time></article>',
            dt.date(2019, 10, 24),
            id="time-inside-article",
        ),
        pytest.param(
            "",
            '<p><time datetime="2019-10-24">event</time> outside any article</p>',
            None,
            id="time-outside-article-ignored",
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
