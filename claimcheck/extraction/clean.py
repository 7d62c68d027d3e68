"""Paragraphs and their roles: what in a scraped page is article text and what is not.

Scraped news pages carry navigation ("Accessibility links", "Breaking News"), layout
widgets ("XS SM MD LG"), share buttons, the headline, and photo captions, which sites
often print twice. This module splits the text into paragraphs with offsets and gives
each a role; only ``body`` and ``caption`` paragraphs are searched for claims.

Text is never set aside for want of a final stop: a line is a title or a heading only
when it looks like one where it stands (first, or marked ``#``; alone between blank
lines or in Title Case; short beside the body; not a statement with a number). List
items and Markdown table rows are read as body, without their marker and outer pipes.
"""

from __future__ import annotations

import re

from claimcheck.models import Paragraph

# Whole lines that are page furniture, compared lower-cased with spaces collapsed.
CHROME_LINES: frozenset[str] = frozenset(
    entry.strip()
    for entry in """
    accessibility links|skip to main content|skip to content|skip navigation|main menu|menu
    |breaking news|live|watch live|advertisement|advert|sponsored|sponsored content
    |share|share this|share this article|share this story|share on facebook|share on twitter
    |tweet|email|print|facebook|twitter|linkedin|whatsapp|reddit|pinterest|copy link
    |comments|comment|view comments|show comments|related|related stories|related content
    |related articles|more stories|more from|read more|see also|most read|most popular
    |sign up|sign in|log in|subscribe|newsletter|follow us|search|home|close|back to top
    |cookie settings|accept cookies|image copyright|image caption|media caption|getty images
    |top stories|latest news|trending|next|previous|listen|play|pause|loading|photo|video
    |related topics|more on this story|around the bbc|share this with|share this page
    |xs|sm|md|lg|xl|xxl|en|es|fr|de
    """.split("|")
) - {""}

_CHROME_PREFIXES = re.compile(
    r"(?:share (?:on|via|this)|follow (?:us|@)|sign up for|subscribe to|read more:|"
    r"related:|see also:|image (?:source|copyright)|copyright ©|© \d{4}|"
    r"all rights reserved)",
    re.IGNORECASE,
)
# What a story's end prints about its making and the page's services: wire credits
# ("(Reporting by ...; Editing by ...)", "... contributed to this report"), how to reach
# or follow the newsroom, sign-up and error notices, reprint terms.
_CREDITS = re.compile(
    r"\(?(?:additional )?(?:reporting|writing|editing) by (?-i:[A-Z])"
    r"|.{0,200}\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))\b"
    r"|(?:follow|reach|contact) .{0,60}\b(?:on|at|via) (?:twitter|facebook|instagram|"
    r"linkedin|email|https?:)"
    r"|have a (?:news )?tip\b|thanks? (?:you )?for signing up\b|you may also like\b"
    r"|there was an error\b|an error has occurred\b|this copy is for your personal\b"
    # photo credits: "(Photo by Kevin Mazur/Getty Images)", "Photos courtesy of NASA"
    r"|\(?(?:photos?|images?|pictures?) (?:by|courtesy of|credit:?) (?-i:[A-Z])"
    r"|\(?courtesy of (?-i:[A-Z])[^.]{0,60}\)?\.?\s*$"
    # an embedded post's signature: "— Rep. Ilhan Omar (@Ilhan) November 19, 2019"
    r"|[—–-]+ ?[^\n(]{1,80}\(@\w{1,30}\) (?-i:[A-Z])[a-z]+\.? \d{1,2}, \d{4}\s*$"
    # a one-sentence paragraph on whom the newsroom could not reach
    r"|[^.]{0,120}\b(?:did not|didn['’]t|has not|hasn['’]t|could not|couldn['’]t)"
    r"(?: immediately)? (?:respond|reply|return)[^.]{0,60}\b(?:requests?|comment|inquiry"
    r"|inquiries|calls?|messages?|emails?)\b[^.]{0,60}\.?\s*$",
    re.IGNORECASE,
)
_CAPTION_PREFIX = re.compile(
    r"(?:FILE(?: PHOTO)?\s*[-–—:]|Photo:|Pictured:|Image:|Caption:|Image caption\b"
    r"|Media caption\b|\(Photo\b|\(AP Photo\b)"
)
# A caption's tail: ", <Month> <day>, <year>." ("..., Beijing, Sept.18, 2013.").
_CAPTION_TAIL = re.compile(
    r",\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*\d{1,2},\s*\d{4}\.?\s*$"
)
_BYLINE = re.compile(
    r"^(?:by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}"
    r"|(?:published|updated|posted|last updated)\b.{0,60})$",
    re.IGNORECASE,
)
# Labels a page prints before a caption; "FILE -" stays, it says the photo is old.
_CAPTION_LABEL = re.compile(r"(?:Image caption|Media caption|Caption:|Photo:|Pictured:|Image:)\s*")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A line that is only a date (and perhaps a weekday, a time, "Updated ..."): the dateline
# a page prints by the byline, not a sentence of the story.
_DATE_LINE = re.compile(
    rf"(?:(?:published|updated|posted|last modified)(?: on)?:?\s*)?"
    rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:[\s,/|·-]+(?:[\w:.]*\d[\w:.]*|a\.?m\.?|p\.?m\.?|updated|ago|hours?|minutes?|mins?"
    r"|days?|at|gmt|bst|utc|cet|cest|edt|est|pdt|pst|et|local|time)){0,10}",
    re.IGNORECASE,
)
_HAS_ALNUM = re.compile(r"[^\W_]")
_TERMINAL = re.compile(r"[.!?:;\"'”’)\]]\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


# A list or quote marker ("- ", "* ", "1. ", "2) ", "> ") or a table row's pipe, in front
# of a line's text; and a row's closing pipe.
_MARKER = re.compile(r"(?:[-*+•▪◦‣]|\d{1,3}[.)]|>)[ \t]+(?=\S)|\|[ \t]*")
_CLOSING_PIPE = re.compile(r"[ \t]*\|$")
# Small words Title Case leaves in lower case.
_MINOR = frozenset("a an and as at but by for from in into of on or per the to vs via with".split())
# Words that make a line a statement: common finite verbs, and any "-ed" form.
_VERBS = frozenset(
    """
    is are was were be been being has have had do does did will would can could shall
    should may might must said says say rose rises rise fell falls fall grew grows won
    wins lost loses hit hits made makes took takes gave gives got gets cut cuts set put
    paid pays ran runs saw sees came comes went goes left leaves kept keeps sold sells
    bought buys spent spends held holds led leads told tells became becomes began begins
    shows show topped tops reaches reach remain remains stood stands
    """.split()
)
_DIGIT = re.compile(r"\d")
_MD_HEADING = re.compile(r"#{1,6}[ \t]")


def content_span(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """A line's text without a list marker or a table row's outer pipes, and whether
    it had one (an item: read as body, never a heading, never joined to another line)."""
    marker = _MARKER.match(text, start, end)
    inner_start = start if marker is None else marker.end()
    closing = None
    # The search tries every space of the line: look only when the line ends in a pipe
    # ("$" also matches before a final newline).
    if text.endswith(("|", "|\n"), inner_start, end):
        closing = _CLOSING_PIPE.search(text, inner_start, end)
    if marker is None and (closing is None or closing.start() == closing.end() - 1):
        return start, end, False  # no marker, and no " |" at the end ("a|b" stays)
    inner_end = closing.start() if closing else end
    if inner_end <= inner_start:
        return start, end, True  # "|", "- -": nothing inside; left whole (chrome)
    return inner_start, inner_end, True


def _is_item(text: str, start: int) -> bool:
    """The paragraph at ``start`` follows a marker on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    return start > line_start and not text[line_start:start].isspace()


def line_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines, stripped of surrounding whitespace."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return spans


def _blocks(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group lines into blocks separated by blank lines."""
    blocks: list[list[tuple[int, int]]] = []
    previous_end = -1
    for span in lines:
        if blocks and "\n" not in text[previous_end : span[0]].replace("\n", "", 1):
            blocks[-1].append(span)
        else:
            blocks.append([span])
        previous_end = span[1]
    return blocks


def _is_wrapped(text: str, block: list[tuple[int, int]]) -> bool:
    """A hard-wrapped paragraph: three or more lines of nearly equal length."""
    if len(block) < 3:
        return False
    widths = [e - s for s, e in block[:-1]]
    widest = max(widths)
    return 40 <= widest <= 120 and min(widths) >= 0.7 * widest


def _joins(text: str, line: tuple[int, int], following: tuple[int, int]) -> bool:
    """A line continues on the next one: no closing punctuation, next starts lower case."""
    return text[following[0]].islower() and not _TERMINAL.search(
        text, max(line[0], line[1] - 3), line[1]
    )


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: each line is a paragraph unless the text is hard-wrapped.

    A list item or a table row is a paragraph of its own, its marker and its outer
    pipes left out (a line ending in " |" keeps its sentence)."""
    spans: list[tuple[int, int]] = []
    for block in _blocks(text, line_spans(text)):
        inner = [content_span(text, s, e) for s, e in block]
        if any(item for _, _, item in inner):
            spans += [(s, e) for s, e, _ in inner]
            continue
        if _is_wrapped(text, block):
            spans.append((block[0][0], block[-1][1]))
            continue
        current = previous = block[0]
        for line in block[1:]:
            if _joins(text, previous, line):
                current = (current[0], line[1])
            else:
                spans.append(current)
                current = line
            previous = line
        spans.append(current)
    return spans


def _normalized(chunk: str) -> str:
    lower = chunk.lower()
    # Most paragraphs are already single-spaced: every whitespace character but the
    # space is unprintable, so a printable line without double or outer spaces is its
    # own normal form, and splitting and joining its words would rebuild it.
    if lower.isprintable() and "  " not in lower and lower[:1] != " " and lower[-1:] != " ":
        return lower
    return " ".join(lower.split())


def is_chrome(chunk: str, norm: str | None = None) -> bool:
    """Page furniture rather than article text. ``norm`` is the chunk's normal form
    (lower case, single-spaced) when the caller has it."""
    if len(chunk) > 200:
        return False  # furniture is short; a long paragraph is text
    if not _HAS_ALNUM.search(chunk) or (len(chunk) < 90 and _DATE_LINE.fullmatch(chunk.strip())):
        return True  # "___", "* * *"; "December 19, 2019 / 8:31 AM / Updated 2 hours ago"
    if norm is None:
        norm = _normalized(chunk)
    if norm in CHROME_LINES or len(norm) <= 2:
        return True
    if _CHROME_PREFIXES.match(norm) and len(norm) < 120:
        return True
    if _CREDITS.match(chunk.strip()):
        return True
    words = norm.split()
    # "Share Facebook Twitter Email" and friends: every word is furniture.
    return len(words) <= 8 and all(w.strip("|·•:") in CHROME_LINES for w in words)


def _looks_like_headline(chunk: str) -> bool:
    if len(chunk) > 250 or chunk.rstrip().endswith((".", ":", ";", ",")):
        return False
    words = _WORD.findall(chunk)
    return 2 <= len(words) <= 25 and not chunk.rstrip().endswith((".", ":", ";", ","))


def _capitalised(chunk: str) -> bool:
    """Title Case ("Talks Collapse, Officials Say") or ALL CAPS: as headlines are set."""
    words: list[str] = [w for w in _WORD.findall(chunk) if w.lower() not in _MINOR]
    if len(words) < 2:
        return False
    # ALL CAPS: a letter, and every letter upper case (most lines fail at the second).
    letters = (c for c in chunk if c.isalpha())
    first = next(letters, None)
    if first is not None and first.isupper() and all(c.isupper() for c in letters):
        return True
    capitals = sum(w[0].isupper() for w in words)
    return capitals >= 0.8 * len(words)


def _statement(chunk: str) -> bool:
    """A verb and a number: "Unemployment fell to 3.5% in 2019" says something checkable
    whatever its punctuation, so it is read as a sentence."""
    if _DIGIT.search(chunk) is None:
        return False
    return any(
        w in _VERBS or (len(w) > 4 and w.endswith("ed"))
        for w in _WORD.findall(chunk)
        if w.islower()
    )


class _Layout:
    """Where each paragraph stands: alone between blank lines or not, and how long
    the document's paragraphs usually are."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.text, self.spans = text, spans
        lengths = sorted(e - s for s, e in spans)
        self.median = lengths[len(lengths) // 2] if lengths else 0

    def _gap(self, end: int, start: int) -> bool:
        return self.text.count("\n", end, start) >= 2

    def blank_after(self, index: int) -> bool:
        spans = self.spans
        return index + 1 >= len(spans) or self._gap(spans[index][1], spans[index + 1][0])

    def alone(self, index: int) -> bool:
        spans = self.spans
        before = index == 0 or self._gap(spans[index - 1][1], spans[index][0])
        return before and self.blank_after(index)

    def listed(self, index: int) -> bool:
        """A line with another headline-like line right before or after it (no blank
        line between): an item of a list, not a heading over the text that follows."""
        spans = self.spans
        for other in (index - 1, index + 1):
            if 0 <= other < len(spans):
                first, second = sorted((index, other))
                if not self._gap(spans[first][1], spans[second][0]) and _looks_like_headline(
                    self.text[spans[other][0] : spans[other][1]]
                ):
                    return True
        return False

    def short(self, index: int) -> bool:
        """Shorter than most paragraphs (any length in a document of three or fewer)."""
        s, e = self.spans[index]
        return len(self.spans) <= 3 or (e - s) < 0.75 * self.median


def _is_title(chunk: str, index: int, layout: _Layout) -> bool:
    """A headline at the top: marked ``#``, or with a blank line or a paragraph after
    it, set like a headline or not a statement with a number."""
    if _MD_HEADING.match(chunk):
        return True
    if not _looks_like_headline(chunk) or index + 1 >= len(layout.spans):
        return False
    if _capitalised(chunk):
        return True
    return layout.blank_after(index) and not _statement(chunk)


def _is_heading(chunk: str, index: int, layout: _Layout) -> bool:
    """A subheading: marked ``#``, or short, without a final stop or a statement with a
    number, in Title Case or alone between blank lines and short beside the body; never
    one of a list of such lines (tour dates, standings, a line right under another)."""
    if _MD_HEADING.match(chunk):
        return True
    if len(chunk) >= 80 or not _looks_like_headline(chunk) or _TERMINAL.search(chunk):
        return False
    if _statement(chunk) or layout.listed(index):
        return False
    return _capitalised(chunk) or (layout.alone(index) and layout.short(index))


def assign_roles(
    text: str, spans: list[tuple[int, int]], title: str | None = None
) -> list[Paragraph]:
    """Give each paragraph its role: title, body, caption, heading, chrome or duplicate."""
    seen: dict[str, int] = {}
    roles: list[str] = []
    duplicate_of: list[int | None] = []
    norm_title = _normalized(title) if title else None
    captions: list[tuple[str, int]] = []
    have_title = False
    layout = _Layout(text, spans)
    for index, (start, end) in enumerate(spans):
        chunk = text[start:end]
        item = _is_item(text, start)
        norm = _normalized(chunk)
        original = seen.get(norm)
        duplicate_of.append(original)
        if original is not None:
            roles.append("duplicate")
            if roles[original] == "body":
                roles[original] = "caption"  # a paragraph printed twice is a caption
            continue
        seen[norm] = index
        if captions and len(norm) >= 60 and (within := _in_caption(norm, captions)) is not None:
            # The page's caption, printed again as text without its credit.
            duplicate_of[-1] = within
            roles.append("duplicate")
            continue
        if is_chrome(chunk, norm) or (len(chunk) < 100 and _BYLINE.match(chunk)):
            roles.append("chrome")
        elif not have_title and (
            norm == norm_title
            or (norm_title is None and not item and _is_title(chunk, index, layout))
        ):
            roles.append("title")
            have_title = True
        elif _CAPTION_PREFIX.match(chunk) or _CAPTION_TAIL.search(chunk, max(0, len(chunk) - 40)):
            roles.append("caption")
        elif not item and _is_heading(chunk, index, layout):
            roles.append("heading")
        else:
            roles.append("body")
        if roles[-1] == "caption":
            captions.append((norm, index))
        if roles[-1] != "chrome" and roles[-1] != "title":
            # A headline must come before the story: once the text starts, stop looking.
            have_title = have_title or roles[-1] == "body"
    return [
        Paragraph(
            start=_after_label(text, s, e) if role in ("caption", "heading") else s,
            end=e,
            role=role,
            duplicate_of=dup,
        )
        for (s, e), role, dup in zip(spans, roles, duplicate_of)
    ]


def _in_caption(norm: str, captions: list[tuple[str, int]]) -> int | None:
    """The index of an earlier caption that holds this paragraph's text, if any."""
    return next((index for text, index in captions if norm in text), None)


def _after_label(text: str, start: int, end: int) -> int:
    """Where a caption's text begins after a page's label ("Image caption Boris ..."),
    a heading's after its Markdown marker ("## ")."""
    label = _CAPTION_LABEL.match(text, start, end) or _MD_HEADING.match(text, start, end)
    return label.end() if label and label.end() < end else start


def paragraphs(text: str, title: str | None = None) -> list[Paragraph]:
    """The article's paragraphs with offsets and roles."""
    return assign_roles(text, paragraph_spans(text), title)


def title_of(text: str, paras: list[Paragraph]) -> str | None:
    """The headline's text, when cleaning found one.

    A headline that states something with a number ("US trade gap hits record in
    2004") is read as a sentence, not set aside; it is still the title when it stands
    first, a blank line after it, and is much shorter than the paragraphs of the story.
    """
    for p in paras:
        if p.role == "title":
            return text[p.start : p.end].lstrip("#").strip() or None  # "# Headline" in Markdown
    first = next((i for i, p in enumerate(paras) if p.role != "chrome"), None)
    if first is None or paras[first].role != "body" or first + 1 >= len(paras):
        return None
    chunk = text[paras[first].start : paras[first].end]
    if _item_or_caption(text, paras[first]) or not _looks_like_headline(chunk):
        return None
    layout = _Layout(text, [(p.start, p.end) for p in paras])
    rest = sorted(p.end - p.start for p in paras[first + 1 :] if p.role == "body")
    story = rest[len(rest) // 2] if rest else 0
    if layout.blank_after(first) and len(chunk) < 0.5 * story:
        return chunk
    return None


def _item_or_caption(text: str, para: Paragraph) -> bool:
    return _is_item(text, para.start) or para.role == "caption"
