"""Lines with a verb and a number that never reach a sentence: the BBC news articles as
plain text and rendered as Markdown, with the paragraph roles of this tree against the
roles before issue 13 (``clean.py`` at a git revision), in the same run.

    python benchmarks/lines_kept.py [--data ../shared/data] [--baseline-rev 5f1cb5a]

Each article (2,225, 2004-05) is given three ways:
- ``plain``: the headline, a blank line, the story, as the data set has it;
- ``no stops``: the headline, then one sentence a line without its final stop (notes,
  subtitles, exported lists);
- ``markdown``: ``# headline``, a ``##`` heading before every third paragraph, every
  second paragraph as a bullet list (``-`` or ``1.``) of its sentences, every fifth as a
  table with one sentence a row, and a line ending in `` |`` now and then.

A line counts when it has a digit and a verb-ish word (a lower-case word in a small list
of verbs, or ending in -ed), by this script's own rule, not the cleaner's. It reaches a
sentence when a sentence of ``extract --all`` (its body and caption paragraphs, split as
the pipeline splits them) overlaps it. Lines that do not are counted by the role their
paragraph got; before issue 13 these were dropped silently, now ``--all`` lists them
(``set_aside``). The headline is expected to be set aside as the title.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"
sys.path.insert(0, str(HERE.parent))

from claimcheck.extraction import clean, segment  # noqa: E402
from claimcheck.extraction.pipeline import CLAIM_ROLES  # noqa: E402
from claimcheck.models import Paragraph  # noqa: E402

BASELINE_REV = "5f1cb5a"  # main before issue 13
DIGIT = re.compile(r"\d")
VERBISH = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|said|says|rose|fell|grew|won|lost"
    r"|made|took|paid|cut|hit|[a-z]{3,}ed)\b"
)
SENTENCE_END = re.compile(r"(?<=[a-z0-9%)\"'][.!?])\s+(?=[A-Z\"'])")

Roles = Callable[[str], list[Paragraph]]


def counted(line: str) -> bool:
    return DIGIT.search(line) is not None and VERBISH.search(line) is not None


def sentences_of(paragraph: str) -> list[str]:
    return [s for s in SENTENCE_END.split(paragraph) if s.strip()]


def renderings(title: str, story: str) -> dict[str, str]:
    paragraphs = [p.strip() for p in story.split("\n\n") if p.strip()]
    plain = f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"
    lines = [s.rstrip(".") for p in paragraphs for s in sentences_of(p)]
    no_stops = f"{title}\n\n" + "\n".join(lines) + "\n"
    md = [f"# {title}", ""]
    for i, p in enumerate(paragraphs):
        if i % 3 == 2:
            md += [f"## Part {i // 3 + 1}", ""]
        sentences = sentences_of(p)
        if i % 5 == 4:
            md += ["| # | sentence |", "|---|---|"]
            md += [f"| {n} | {s} |" for n, s in enumerate(sentences, 1)]
        elif i % 2 == 1:
            marker = "-" if i % 4 == 1 else None
            md += [f"{marker or f'{n}.'} {s}" for n, s in enumerate(sentences, 1)]
        elif i % 7 == 6:
            md.append(p + " |")
        else:
            md.append(p)
        md.append("")
    return {"plain": plain, "no stops": no_stops, "markdown": "\n".join(md)}


def reached(text: str, paras: list[Paragraph]) -> tuple[int, int, Counter[str]]:
    """(lines counted, lines reaching a sentence, the roles of the others)."""
    spans: list[tuple[int, int]] = []
    for p in paras:
        if p.role in CLAIM_ROLES:
            spans += segment.sentence_spans(text, p.start, p.end)
    lost: Counter[str] = Counter()
    total = hit = 0
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not counted(line):
            continue
        total += 1
        if any(s < end and start < e for s, e in spans):
            hit += 1
            continue
        role = next((p.role for p in paras if p.start < end and start < p.end), "none")
        lost[role] += 1
    return total, hit, lost


def baseline_roles(rev: str) -> Roles | None:
    """``clean.paragraphs`` as it was at ``rev``, or None without git."""
    try:
        source = subprocess.run(
            ["git", "show", f"{rev}:claimcheck/extraction/clean.py"],
            cwd=HERE.parent,
            capture_output=True,
            check=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    module = ModuleType("clean_before")
    exec(compile(source, f"clean.py@{rev}", "exec"), module.__dict__)
    paragraphs: Roles = module.paragraphs
    return paragraphs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--baseline-rev", default=BASELINE_REV)
    ap.add_argument("--limit", type=int, default=None, help="read only the first N articles")
    args = ap.parse_args()
    with open(args.data / "bbc_news" / "bbc_articles.jsonl", encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle][: args.limit]
    rules: dict[str, Roles] = {}
    before = baseline_roles(args.baseline_rev)
    if before is not None:
        rules[f"before ({args.baseline_rev})"] = before
    rules["now"] = clean.paragraphs
    print(f"BBC news: {len(articles)} articles; lines with a digit and a verb-ish word\n")
    print(
        f"{'rendering':10} {'rules':18} {'lines':>7} {'sentence':>9} {'not':>6}  not read, by role"
    )
    for kind in ("plain", "no stops", "markdown"):
        texts = [renderings(a["title"], a["text"])[kind] for a in articles]
        for name, roles in rules.items():
            total = hit = 0
            lost: Counter[str] = Counter()
            for text in texts:
                t, h, found = reached(text, roles(text))
                total, hit = total + t, hit + h
                lost += found
            shown = ", ".join(f"{role} {n}" for role, n in lost.most_common()) or "-"
            print(f"{kind:10} {name:18} {total:7} {hit:9} {total - hit:6}  {shown}")
    print(
        "\nBefore, lines not read were dropped silently; now `extract --all` lists each "
        "one with its role (set_aside)."
    )


if __name__ == "__main__":
    main()
