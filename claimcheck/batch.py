"""How a claimcheck process works through many sentences: Python's garbage collector
tuned for it, and work shared with forked worker processes.

Extraction makes many small objects that live until the article is written out, and
almost no reference cycles. CPython's default (a young collection every 700 new
objects, a full one every hundred of those) then spends its time walking objects that
are alive: `claimcheck extract FILE --one-per-line --all` on 22,501 lines spent 0.6 of
3.5 s in it. Collecting every 50,000 new objects instead (a full collection every ten
million) gives the time back and leaves the memory as it was (278 MB either way).
The command line and its worker processes set it; a program that calls the library
keeps its own settings.

``forked_map`` runs numbered tasks in worker processes forked from this one, so that a
worker starts with everything this process has worked out (an article's sentences, the
loaded scorer); what only this process can work out (what every sentence shares, in
order) is sent to it as JSON, and what comes back is text, in task order.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import select
import signal
import struct
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

THRESHOLDS = (50_000, 20, 10)
# How much less urgent a worker process is than the main process (see ``_work``).
WORKER_NICENESS = 5


def tune_collector() -> None:
    """Collect garbage for a batch of work: less often, as measured above."""
    gc.set_threshold(*THRESHOLDS)


class WorkerError(RuntimeError):
    """A task failed in a worker process; the message is the worker's exception."""


def usable_cpus() -> int:
    """The processors this process may run on (a container's or ``taskset``'s share)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    """Whether workers can be forked safely here: a POSIX system other than macOS
    (whose system libraries are not safe to use after a fork) and no other thread
    running in this process (a fork copies only the thread that calls it: a lock
    another thread held would stay locked in the worker)."""
    return hasattr(os, "fork") and sys.platform != "darwin" and threading.active_count() == 1


# A frame between processes: its length, negative for a failure's message.
_HEADER = struct.Struct("<q")
_S = TypeVar("_S")


def forked_map(
    task: Callable[[int, _S], str],
    count: int,
    workers: int,
    *,
    shared: Callable[[], Callable[[int], _S]],
    decode: Callable[[Any], _S],
    ahead: Callable[[int], object] | None = None,
) -> Iterator[str]:
    """``task(i, part(i))`` for ``i`` in ``range(count)``, in that order, where ``part =
    shared()``: worked out in ``workers`` forked processes (task ``i`` in worker ``i %
    workers``), or here when one worker is asked for, there is one task, or forking is
    not safe (``can_fork``).

    ``shared`` is the work that only this process can do (it needs every task's input
    in order); the workers are forked before it, and meanwhile each does ``ahead(i)``
    for its tasks (the work that needs nothing shared; ``task`` finds what it left).
    Then each worker is sent its tasks' parts as JSON (``decode`` makes a part again of
    what ``json.loads`` gives: a named tuple comes as a list) and works them out. Each works
    ahead of the reader by what its pipe holds (64 KB on Linux) and then waits, so the
    memory stays bounded however many tasks there are. A task that fails in a worker
    raises :class:`WorkerError` here. Workers are stopped when the caller stops reading
    (an error, Ctrl-C, or the iterator closed); a worker whose reader died gets a
    broken pipe and exits.
    """
    workers = min(workers, count)
    if workers <= 1 or not can_fork():
        part = shared()
        for i in range(count):
            yield task(i, part(i))
        return
    # Output buffered here would be written again by every worker at its exit.
    sys.stdout.flush()
    sys.stderr.flush()
    # Each worker's pid, the end of its input pipe we write, the end of its output we read.
    children: list[tuple[int, int, int]] = []
    try:
        for w in range(workers):
            input_read, input_write = os.pipe()
            output_read, output_write = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker: never returns
                try:
                    for fd in (input_write, output_read, *(f for c in children for f in c[1:])):
                        os.close(fd)
                    numbers = range(w, count, workers)
                    _work(task, decode, ahead, numbers, input_read, output_write)
                finally:
                    os._exit(1)
            os.close(input_read)
            os.close(output_write)
            children.append((pid, input_write, output_read))
        part = shared()
        for w, (_, input_write, _) in enumerate(children):
            parts = json.dumps([part(i) for i in range(w, count, workers)]).encode("ascii")
            try:
                _write(input_write, _HEADER.pack(len(parts)) + parts)
            except BrokenPipeError:
                pass  # the worker failed before it read: its frame says why
        for i in range(count):
            yield _receive(children[i % workers][2])
    finally:
        for pid, input_write, output_read in children:
            os.close(input_write)
            os.close(output_read)
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for pid, _, _ in children:
            os.waitpid(pid, 0)


def _work(
    task: Callable[[int, _S], str],
    decode: Callable[[Any], _S],
    ahead: Callable[[int], object] | None,
    numbers: range,
    source: int,
    out: int,
) -> None:
    """A worker's life: the work ahead, then each task's text in one frame; then exit
    without running the parent's exit handlers or flushing its buffers (``os._exit``)."""
    code = 0
    try:
        # Ctrl-C reaches the whole terminal's process group: the worker stops quietly
        # and the main process reports it.
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        # What only the main process can do is the longest part: on a busy machine its
        # share of the processors comes first (measured: 1.69 -> 1.51 s on 38,922
        # sentences with two processors).
        with contextlib.suppress(OSError):
            os.nice(WORKER_NICENESS)
        try:
            if ahead is not None:
                # Ahead until the parts come (what is left is done with the tasks).
                for i in numbers:
                    if select.select([source], [], [], 0)[0]:
                        break
                    ahead(i)
            header = _read(source, _HEADER.size)
            (size,) = _HEADER.unpack(header)
            parts = [decode(part) for part in json.loads(_read(source, size))]
            os.close(source)
            for i, part in zip(numbers, parts, strict=True):
                data = task(i, part).encode("utf-8", "surrogatepass")
                _write(out, _HEADER.pack(len(data)) + data)
        except Exception as exc:
            message = f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"
            _write(out, _HEADER.pack(-1) + message.encode("utf-8", "replace"))
            code = 1
    except BaseException:  # the reader is gone (broken pipe) or we were stopped
        code = 1
    finally:
        os._exit(code)


def _write(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _receive(fd: int) -> str:
    header = _read(fd, _HEADER.size)
    if len(header) < _HEADER.size:
        raise WorkerError("a worker process ended without its work (killed?)")
    (size,) = _HEADER.unpack(header)
    if size < 0:
        message, _, trace = _read_all(fd).decode("utf-8", "replace").partition("\n")
        error = WorkerError(message)
        error.add_note(f"in the worker process:\n{trace}")
        raise error
    data = _read(fd, size)
    if len(data) < size:
        raise WorkerError("a worker process ended in the middle of its work (killed?)")
    return data.decode("utf-8", "surrogatepass")


def _read(fd: int, size: int) -> bytes:
    parts: list[bytes] = []
    left = size
    while left:
        part = os.read(fd, min(left, 1 << 20))
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _read_all(fd: int) -> bytes:
    parts: list[bytes] = []
    while part := os.read(fd, 1 << 16):
        parts.append(part)
    return b"".join(parts)
