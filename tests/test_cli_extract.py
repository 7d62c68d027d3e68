"""`claimcheck extract`: the machine contract scripts and acceptance checks rely on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.cli import cli


def test_jsonl_contract(run, example_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("extract", example_path, "--date", "2019-10-24", "--format", "jsonl")
    assert result.code == 0, result
    text = example_path.read_text(encoding="utf-8")
    objects = [json.loads(line) for line in result.out.splitlines()]
    assert objects
    starts = [o["start"] for o in objects]
    assert starts == sorted(starts)
    for o in objects:
        assert text[o["start"] : o["end"]] == o["text"]
        assert 0 <= o["score"] <= 1
        for d in o["dates"]:
            assert {"text", "start", "end", "interval", "granularity", "ambiguous"} <= d.keys()
            assert text[d["start"] : d["end"]] == d["text"]
        for n in o["numbers"]:
            assert {"text", "value", "unit"} <= n.keys()
        assert "quote" in o and "speaker" in o
    assert not (tmp_path / "claims.db").exists(), "extract stores nothing"
    met = [o for o in objects if "three times" in o["text"]][0]
    june = [d for d in met["dates"] if d["text"].endswith("June")][0]
    assert june["ambiguous"] and ["2018-06-01", "2018-06-30"] in june["readings"]


def test_json_wraps_article_and_claims(run, example_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("extract", example_path, "--date", "2019-10-24", "--format", "json")
    data = json.loads(result.out)
    assert data["article"]["published"] == "2019-10-24"
    assert data["article"]["title"].startswith("Trump-Kim")
    assert data["claims"]


def test_one_per_line_all(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "lines.txt"
    f.write_text("Thank you.\n\nTaxes rose 20% in 2019. Then they fell.\nU.S. jobs grew.\n")
    result = run("extract", f, "--one-per-line", "--all", "--format", "jsonl")
    objects = [json.loads(line) for line in result.out.splitlines()]
    assert [o["text"] for o in objects] == [
        "Thank you.",
        "Taxes rose 20% in 2019. Then they fell.",
        "U.S. jobs grew.",
    ]
    assert all("is_claim" in o and "score" in o for o in objects)
    assert objects[1]["is_claim"] and not objects[0]["is_claim"]


def test_min_score_filters(run, example_path: Path) -> None:  # type: ignore[no-untyped-def]
    low = run("extract", example_path, "--min-score", "0", "--format", "jsonl").out.splitlines()
    high = run("extract", example_path, "--min-score", "0.9", "--format", "jsonl").out.splitlines()
    assert len(low) > len(high)


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example_and_is_in_the_readme(run, name: str) -> None:  # type: ignore[no-untyped-def]
    result = run(name, "--help")
    assert result.code == 0
    assert "Example:" in result.out
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    assert f"claimcheck {name}" in readme


def test_top_level_help_and_version(run) -> None:  # type: ignore[no-untyped-def]
    assert "claimcheck FILE" in run("--help").out
    assert run("--version").code == 0


def test_broken_pipe_is_quiet(example_path: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    extract = f"{sys.executable} -m claimcheck extract {example_path}"
    cmd = f"{extract} --format jsonl --min-score 0 | head -c 10"
    done = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0
    assert "Traceback" not in done.stderr and "Broken pipe" not in done.stderr


MARKDOWN = """# Jobs Report

## The numbers

Unemployment fell to 3.5% in 2019, the lowest in 50 years

| Year | Rate |
|------|------|
| 2020 | 8.1% |

- Wages grew 3% in 2019 |
"""


def test_all_lists_every_line_set_aside_with_its_role(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "jobs.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    data = json.loads(run("extract", path, "--all", "--format", "json").out)
    # A sub-heading is searched (without its Markdown marker), labelled as a heading.
    texts = [(c["role"], c["text"]) for c in data["claims"]]
    assert texts == [
        ("heading", "The numbers"),
        ("body", "Unemployment fell to 3.5% in 2019, the lowest in 50 years"),
        ("body", "Year | Rate"),
        ("body", "2020 | 8.1%"),
        ("body", "Wages grew 3% in 2019"),
    ]
    aside = [(a["role"], a["text"]) for a in data["set_aside"]]
    assert aside == [("title", "# Jobs Report"), ("chrome", "------|------")]
    for item in data["set_aside"] + data["claims"]:
        assert MARKDOWN[item["start"] : item["end"]] == item["text"]
    summary = data["summary"]
    assert (summary["titles_skipped"], summary["headings"], summary["chrome_skipped"]) == (1, 1, 1)
    assert "set_aside" not in json.loads(run("extract", path, "--format", "json").out)
    report = run("extract", path, "--all", "--format", "table").out
    assert "Set aside, not searched for claims: 2 lines" in report
    assert "chrome    ------|------" in report
    assert "1 headings · 1 title, 0 duplicates" in report
    assert "1 page-chrome lines set aside" in " ".join(report.replace("│", " ").split())


def test_a_line_without_a_final_stop_is_a_sentence(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    line = "Unemployment fell to 3.5% in 2019, the lowest in 50 years"
    path = tmp_path / "one.txt"
    path.write_text(line + "\n", encoding="utf-8")
    result = run("extract", path, "--all", "--format", "jsonl")
    assert [json.loads(o)["text"] for o in result.out.splitlines()] == [line]
