"""Article text from web pages: what claimcheck searches for claims against the true body.

    python benchmarks/html_extraction.py [--data ../shared/data] [--show N]

Reads ``accuracy/html_extraction/`` (scrapinghub's article-extraction-benchmark: 181 real
news pages, ``html/<sha>.html.gz``, and ``ground-truth.json`` {sha: {articleBody, url}}) and
scores each extractor with the benchmark's own metric: per page, the 4-word shingles of the
extracted text and of ``articleBody`` (lower-cased, words split on whitespace and
punctuation, counted as multisets as the benchmark's ``evaluate.py`` does) give TP, FP, FN;
precision and recall are averaged over pages, and F1 is computed from the two means. A page
"with nothing read" gives no text at all (an error counts as none); a page "with the body
dropped" has recall under 0.2.

Compared in the same run:

* claimcheck searched: the paragraphs the pipeline searches for claims, i.e. those
  :func:`claimcheck.extraction.clean.paragraphs` gives a role in ``CLAIM_ROLES`` (body and
  captions), read from the page as ``claimcheck`` reads a file (``document_from_bytes``);
* claimcheck stored: the whole text claimcheck stores for the page (with headline,
  headings and the lines cleaning sets aside);
* baseline: trafilatura alone with its defaults (``trafilatura.extract(html)``).

The hand-written ``html.parser`` extractor this replaced scored, searched, P 0.822
R 0.890 F1 0.855 (3 pages with nothing read, 11 with the body dropped), measured with this
script at commit 5f1cb5a.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from claimcheck.errors import InputError  # noqa: E402
from claimcheck.extraction import clean  # noqa: E402
from claimcheck.extraction.pipeline import CLAIM_ROLES  # noqa: E402
from claimcheck.reading.inputs import document_from_bytes  # noqa: E402

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[str]:
    words = _WORD.findall(text.lower())
    return Counter(" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1)) if words)


def precision_recall(extracted: str, truth: str) -> tuple[float, float]:
    got, want = shingles(extracted), shingles(truth)
    tp = sum((got & want).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    if fp == fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def _document(raw: bytes) -> tuple[str, str | None] | None:
    try:
        doc = document_from_bytes(raw, name="page", suffix=".html")
    except InputError:
        return None
    return doc.text, doc.title


def claimcheck_searched(raw: bytes) -> str:
    found = _document(raw)
    if found is None:
        return ""
    text, title = found
    paras = clean.paragraphs(text, title)
    return "\n".join(text[p.start : p.end] for p in paras if p.role in CLAIM_ROLES)


def claimcheck_stored(raw: bytes) -> str:
    found = _document(raw)
    return found[0] if found else ""


def trafilatura_defaults(raw: bytes) -> str:
    import trafilatura

    return trafilatura.extract(raw) or ""


EXTRACTORS: dict[str, Callable[[bytes], str]] = {
    "claimcheck searched": claimcheck_searched,
    "claimcheck stored": claimcheck_stored,
    "trafilatura defaults (baseline)": trafilatura_defaults,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=HERE.parent / ".." / "shared" / "data")
    parser.add_argument("--show", type=int, default=0, help="list the N pages of lowest F1")
    args = parser.parse_args()
    folder = args.data / "accuracy" / "html_extraction"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {
        sha: gzip.decompress((folder / "html" / f"{sha}.html.gz").read_bytes()) for sha in truth
    }
    logging.getLogger("trafilatura").addHandler(logging.NullHandler())
    logging.getLogger("trafilatura").propagate = False

    print(f"{len(pages)} pages; 4-word shingles against articleBody\n")
    print(
        f"| {'extractor':<32} | {'P':>5} | {'R':>5} | {'F1':>5} | nothing read | body dropped | s |"
    )
    print(f"|{'-' * 34}|------:|------:|------:|-------------:|-------------:|--:|")
    for name, extractor in EXTRACTORS.items():
        start = time.perf_counter()
        scores: list[tuple[float, float, str]] = []
        empty = 0
        for sha, raw in sorted(pages.items()):
            text = extractor(raw)
            empty += not text.strip()
            p, r = precision_recall(text, truth[sha]["articleBody"])
            scores.append((p, r, sha))
        elapsed = time.perf_counter() - start
        mp = sum(p for p, _, _ in scores) / len(scores)
        mr = sum(r for _, r, _ in scores) / len(scores)
        f1 = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
        dropped = sum(r < 0.2 for _, r, _ in scores)
        print(
            f"| {name:<32} | {mp:.3f} | {mr:.3f} | {f1:.3f} | {empty:>12} | {dropped:>12} |"
            f" {elapsed:.0f} |"
        )
        if args.show:
            worst = sorted(scores, key=lambda s: 2 * s[0] * s[1] / (s[0] + s[1] or 1))
            for p, r, sha in worst[: args.show]:
                print(f"    {sha[:12]}  P {p:.2f} R {r:.2f}  {truth[sha]['url']}")


if __name__ == "__main__":
    main()
