"""Work shared with forked worker processes: in order, the same as here, errors carried
back, no worker left behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from claimcheck.batch import WorkerError, forked_map


def _in_a_fresh_process(code: str) -> str:
    """Run ``code`` in a new interpreter (no thread of this test session in it, so the
    workers are forked) and give what it printed."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_tasks_come_back_in_order_from_the_workers_with_their_shared_parts() -> None:
    out = _in_a_fresh_process(
        """
        import json, os
        from claimcheck.batch import forked_map
        main = os.getpid()
        calls = []
        early = {}

        def shared():
            calls.append("shared")
            return lambda i: i * 10

        def ahead(i):
            early[i] = os.getpid()

        def task(i, part):
            return json.dumps([i, part, os.getpid(), early.get(i) == os.getpid()])

        texts = forked_map(task, 7, 3, shared=shared, decode=int, ahead=ahead)
        got = [json.loads(t) for t in texts]
        print(json.dumps({"got": got, "main": main, "calls": calls}))
        """
    )
    result = json.loads(out)
    got = result["got"]
    assert [g[:2] for g in got] == [[i, i * 10] for i in range(7)]
    pids = {g[2] for g in got}
    assert len(pids) == 3 and result["main"] not in pids, "three forked workers did the tasks"
    assert all(g[2] == got[g[0] % 3][2] for g in got), "task i in worker i % 3"
    assert result["calls"] == ["shared"], "the shared part is worked out once, here"


def test_a_failure_in_a_worker_is_raised_here_with_its_message() -> None:
    out = _in_a_fresh_process(
        """
        import os
        from claimcheck.batch import WorkerError, forked_map

        def task(i, part):
            if i == 3:
                raise ValueError("no sentence 3")
            return str(i)

        got = []
        try:
            for text in forked_map(task, 6, 2, shared=lambda: (lambda i: None), decode=str):
                got.append(text)
        except WorkerError as exc:
            print(got, exc, "in the worker process" in "".join(exc.__notes__))
        # No worker is left: waiting for a child now finds none.
        try:
            os.wait()
        except ChildProcessError:
            print("no children")
        """
    )
    assert out.splitlines() == ["['0', '1', '2'] ValueError: no sentence 3 True", "no children"]


def test_a_reader_that_stops_early_stops_the_workers() -> None:
    out = _in_a_fresh_process(
        """
        import os
        from claimcheck.batch import forked_map
        texts = forked_map(
            lambda i, p: "x" * 100_000, 50, 2, shared=lambda: (lambda i: None), decode=str
        )
        print(next(texts) == "x" * 100_000)
        texts.close()
        try:
            os.wait()
        except ChildProcessError:
            print("no children")
        """
    )
    assert out.split() == ["True", "no", "children"]


def test_one_worker_or_one_task_runs_here() -> None:
    main = os.getpid()
    for count, workers in ((3, 1), (1, 4)):
        got = list(
            forked_map(
                lambda i, p: f"{i}{p}{os.getpid()}", count, workers, shared=lambda: str, decode=str
            )
        )
        assert got == [f"{i}{i}{main}" for i in range(count)]


def test_the_fallback_raises_the_task_s_own_error() -> None:
    def task(i: int, part: None) -> str:
        raise KeyError("no such block")

    with pytest.raises(KeyError):
        list(forked_map(task, 2, 1, shared=lambda: lambda i: None, decode=str))
    assert issubclass(WorkerError, RuntimeError)


def test_extract_jsonl_in_workers_is_the_same_as_in_one_process(tmp_path: Path) -> None:
    """Blocks of five lines in two workers: the surname and "he said" of a later block
    hang on the names of an earlier one (the shared slots are the whole input's), and
    slots across terminal escapes are dropped there as here."""
    lines = []
    people = ("Kent Norrbacka", "Ada Lindqvist", "Per Harstedt", "Ola Brandvik", "Mia Oster")
    for i, person in enumerate((*people, "Lena Dunmore")):
        lines += [
            f"{person}, a Finnish MP, said taxes rose 4% in 2019.",
            f"{person.split()[1]} met the minister on Monday.",
            '"We will cut them by half," he said.',
            "Thank you.",
            f"The {i + 2} countries signed the deal in June.",
            "Unemployment fell to 3.5 percent, the lowest in 50 years.",
            f"\x1b]0;{i}\x07 Prices rose 2% in \x1b[31mMay\x1b[0m, Oster said.",
            "",
        ]
    source = tmp_path / "lines.txt"
    source.write_text("\n".join(lines), encoding="utf-8")
    code = f"""
        import sys
        from claimcheck.cli import extract_cmd, main
        extract_cmd.BLOCK_SENTENCES = 5
        sys.exit(main(["extract", {str(source)!r}, "--one-per-line", "--all", "--format",
                       "jsonl", "--date", "2020-01-15", "--workers", sys.argv[1]]))
        """
    outs = []
    for workers in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code), workers],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        outs.append(done.stdout)
    assert outs[0] == outs[1]
    objects = [json.loads(line) for line in outs[1].splitlines()]
    assert len(objects) == 42
    later = objects[29]  # block 6 of 9: "Oster met the minister on Monday."
    assert [p["name"] for p in later["people"]] == ["Mia Oster"]
    assert objects[30]["speaker"] == "Mia Oster"
    assert later["dates"][0]["interval"] == ["2020-01-13", "2020-01-13"]
    # A terminal escape yields no number (the title's "0" is none); what it colours is read.
    marked = objects[34]
    assert [n["text"] for n in marked["numbers"]] == ["2%"]
    assert [d["text"] for d in marked["dates"]] == ["May"]
    assert marked["speaker"] == "Mia Oster"
