"""The findings store's writes in a process of their own (``python -m pdpa_guard.store.sink``).

The proxy's background writer builds each record (masked previews, keyed hashes) on its thread,
but the SQL that writes a batch is Python too (SQLAlchemy binds every row): in the proxy's
process it takes the GIL from mitmproxy's event loop, about a tenth of the process's time under
load. :class:`ProcessSink` hands each batch of built records, which hold no raw values, to a
child process over a private pipe and waits for its answer; the writer thread waits in a
blocking read, without the GIL. Everything else (batching, the spool, retries, rejected records)
stays in :class:`~pdpa_guard.store.writer.BackgroundWriter`, which calls the sink where it would
call :meth:`Store.write`.

Protocol (frames of :mod:`pdpa_guard.ipc`): the parent first sends the database URL (on the pipe,
not the command line, where a password would show in ``ps``), then batches, each a list of records
pickled one by one (see ``_pickled``); the child answers
``("ok", inserted)`` or ``("error", description, outage)``: a value-free description of the
database error (:func:`~pdpa_guard.store.writer.describe_error`) and whether it is an outage (retry
later) or a refusal of the records. The child stops when its stdin closes.
"""

from __future__ import annotations

import contextlib
import logging
import pickle
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from typing import Any

from pdpa_guard.ipc import child_pipes, frame, read_frame
from pdpa_guard.store.database import Store
from pdpa_guard.store.records import StoreItem

log = logging.getLogger("pdpa_guard.store")

GIVE_UP_AFTER = 3  # failed starts in a row before writing in-process for good


class SinkError(Exception):
    """The database refused or failed a batch in the sink process (the message names no values)."""

    def __init__(self, description: str, outage: bool) -> None:
        super().__init__(description)
        self.outage = outage


class SinkUnavailable(OSError):
    """The sink process is gone or could not start: an outage, the batch is spooled and retried."""


class ProcessSink:
    """``write(items)`` in a child process; :meth:`Store.write` in-process if it cannot run.

    Called from one thread (the background writer's); a lock keeps it safe from others too.
    """

    def __init__(self, store: Store, python: str | None = None) -> None:
        self.store = store
        self.python = python or sys.executable
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._failed_starts = 0
        self.in_process = False  # gave up on the child: writing in this process

    def write(self, items: Sequence[StoreItem]) -> int:
        with self._lock:
            if self.in_process:
                return self.store.write(items)
            process = self._process or self._start()
            if process is None:
                return self.store.write(items)
            try:
                assert process.stdin is not None and process.stdout is not None
                process.stdin.write(frame(_pickled(items)))
                process.stdin.flush()
                answer = read_frame(process.stdout)
            except (OSError, ValueError) as exc:
                self._stop()
                raise SinkUnavailable(f"store sink process failed ({type(exc).__name__})") from None
            if answer is None:
                self._stop()
                raise SinkUnavailable("store sink process stopped")
            if answer[0] == "ok":
                return int(answer[1])
            raise SinkError(answer[1], bool(answer[2]))

    def _start(self) -> subprocess.Popen[bytes] | None:
        try:
            # The URL (it may hold a password) goes down the pipe, not on the command line.
            self._process = subprocess.Popen(
                [self.python, "-m", "pdpa_guard.store.sink"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True,
            )
            assert self._process.stdin is not None
            self._process.stdin.write(frame(self.store.url))
            self._process.stdin.flush()
        except OSError as exc:
            self._stop()
            self._failed_starts += 1
            if self._failed_starts >= GIVE_UP_AFTER:
                self.in_process = True
                log.warning("findings store sink process cannot start (%s); writing in the proxy process",
                            type(exc).__name__)
                return None
            raise SinkUnavailable(f"store sink process did not start ({type(exc).__name__})") from None
        self._failed_starts = 0
        return self._process

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        for pipe in (process.stdin, process.stdout):
            with contextlib.suppress(OSError):
                if pipe is not None:
                    pipe.close()
        try:
            process.wait(timeout=10)  # EOF: the child returns from its loop once its batch is written
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def close(self) -> None:
        """Stop the child once the batch it is writing, if any, is in."""
        with self._lock:
            self._stop()


def _pickled(items: Sequence[StoreItem]) -> list[bytes]:
    """Each record pickled on its own, yielding the GIL every few: one ``pickle.dumps`` of a whole
    batch holds it for milliseconds (5 ms for 200 records), and every flow in flight would wait."""
    blobs = []
    for n, item in enumerate(items, 1):
        blobs.append(pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))
        if n % _YIELD_EVERY == 0:
            time.sleep(0)  # let the event loop's thread in
    return blobs


_YIELD_EVERY = 16


def serve(requests: Any, answers: Any, store: Store) -> None:
    """Write every batch on ``requests`` until it ends, answering each on ``answers``."""
    from pdpa_guard.store.writer import _is_outage, describe_error

    while True:
        blobs = read_frame(requests)
        if blobs is None:
            return
        items = [pickle.loads(blob) for blob in blobs]  # our own parent, over a private pipe
        try:
            answer: tuple[Any, ...] = ("ok", store.write(items))
        except Exception as exc:  # the parent decides: spool and retry, or set the records aside
            answer = ("error", describe_error(exc), _is_outage(exc))
        answers.write(frame(answer))
        answers.flush()


def main() -> int:
    requests, answers = child_pipes()
    url = read_frame(requests)
    if not isinstance(url, str):
        return 0  # the parent went away before saying where to write
    store = Store(url)
    try:
        with contextlib.suppress(BrokenPipeError, KeyboardInterrupt):
            serve(requests, answers, store)
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
