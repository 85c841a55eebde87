"""The proxy's side of a detection worker (:mod:`pdpa_guard.detect.worker`): asyncio, never blocking.

Requests are written to the worker's stdin through asyncio's transport (buffered, so a large
prompt never stalls the event loop) and answered in order on its stdout. Whatever goes wrong
with the worker (not started yet, crashed, hung) surfaces as :class:`WorkerUnavailable`, and the
caller analyses in its own process instead: a worker can make the proxy faster, never make it
drop or pass a request it would otherwise have checked. A worker that dies is restarted, after a
back-off that grows while it keeps dying.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import pickle
import sys
from collections.abc import Sequence

from pdpa_guard.detect.finding import Finding
from pdpa_guard.detect.worker import READY, decode
from pdpa_guard.ipc import HEADER, decode_payload, frame

log = logging.getLogger("pdpa_guard.proxy")

START_TIMEOUT = 120.0  # seconds for a worker to build its engine (a few on a laptop)
ANSWER_TIMEOUT = 60.0  # seconds for one answer: far beyond the largest body pdpa_max_body admits
RESTART_MIN, RESTART_MAX = 1.0, 60.0
GIVE_UP_AFTER = 5  # failed starts in a row


class WorkerUnavailable(Exception):
    """The worker cannot answer now; analyse in-process."""


class WorkerFailed(Exception):
    """The detector raised in the worker (the message is the exception's type only)."""


class DetectionWorker:
    """One worker process; :meth:`analyze` texts while :attr:`ready`."""

    def __init__(self, python: str | None = None) -> None:
        self.python = python or sys.executable
        self.ready = False
        self.starts = 0
        self._process: asyncio.subprocess.Process | None = None
        self._pending: dict[int, asyncio.Future[list[tuple[Finding, ...]]]] = {}
        self._ids = itertools.count(1)
        self._reader: asyncio.Task[None] | None = None
        self._closed = False
        self._backoff = RESTART_MIN
        self._failed_starts = 0

    async def start(self) -> None:
        """Start the worker and wait until its engine is built (in the background of the proxy)."""
        if self._closed:
            return
        self.starts += 1
        try:
            self._process = await asyncio.create_subprocess_exec(
                self.python, "-m", "pdpa_guard.detect.worker",
                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            )
            assert self._process.stdout is not None
            hello = await asyncio.wait_for(_read_frame(self._process.stdout), START_TIMEOUT)
            if not (isinstance(hello, tuple) and hello[0] == READY):
                raise WorkerUnavailable("unexpected greeting")
        except Exception as exc:  # the proxy keeps analysing in-process
            self._kill()
            self._failed_starts += 1
            if self._failed_starts >= GIVE_UP_AFTER:
                # Never going to work here (a frozen mitmdump binary cannot run ``-m``): say so once.
                log.warning("pdpa-guard: detection worker did not start %d times in a row (%s); the proxy "
                            "analyses in its own process from now on", self._failed_starts, type(exc).__name__)
                return
            log.warning("pdpa-guard: detection worker did not start (%s); analysing in the proxy process",
                        type(exc).__name__)
            self._schedule_restart()
            return
        if self._closed:
            self._kill()
            return
        self.ready = True
        self._backoff = RESTART_MIN
        self._failed_starts = 0
        self._reader = asyncio.get_running_loop().create_task(self._read_answers(self._process))
        log.info("pdpa-guard: detection worker %s ready", hello[1])

    async def analyze(self, texts: Sequence[str]) -> list[tuple[Finding, ...]]:
        """The findings of each text (``whole_document=False``), in order.

        Raises :class:`WorkerUnavailable` (analyse in-process instead) or :class:`WorkerFailed`
        (the detector itself failed: the caller's fail mode applies).
        """
        process = self._process
        if not self.ready or process is None or process.stdin is None:
            raise WorkerUnavailable("not ready")
        request_id = next(self._ids)
        future: asyncio.Future[list[tuple[Finding, ...]]] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        try:
            process.stdin.write(frame((request_id, list(texts))))
        except (ConnectionError, RuntimeError) as exc:  # the pipe is closed: the worker is gone
            self._pending.pop(request_id, None)
            raise WorkerUnavailable(type(exc).__name__) from None
        try:
            return await asyncio.wait_for(future, ANSWER_TIMEOUT)
        except TimeoutError:
            log.warning("pdpa-guard: detection worker gave no answer in %.0f s; restarting it", ANSWER_TIMEOUT)
            self._lost(process)
            raise WorkerUnavailable("timed out") from None
        finally:
            self._pending.pop(request_id, None)

    async def _read_answers(self, process: asyncio.subprocess.Process) -> None:
        assert process.stdout is not None
        try:
            while True:
                request_id, result = await _read_frame(process.stdout)
                future = self._pending.pop(request_id, None)
                if future is None or future.done():
                    continue  # its caller timed out
                if isinstance(result, str):
                    future.set_exception(WorkerFailed(result))
                else:
                    future.set_result([tuple(decode(row) for row in rows) for rows in result])
        except (asyncio.IncompleteReadError, ConnectionError, pickle.UnpicklingError, ValueError, TypeError) as exc:
            if not self._closed:
                log.warning("pdpa-guard: detection worker stopped (%s); analysing in the proxy process until "
                            "it is restarted", type(exc).__name__)
            self._lost(process)

    def _lost(self, process: asyncio.subprocess.Process) -> None:
        """The worker is gone or useless: fail what waits on it, kill it, restart it later."""
        if process is not self._process:
            return
        self.ready = False
        for future in self._pending.values():
            if not future.done():
                future.set_exception(WorkerUnavailable("worker stopped"))
        self._pending.clear()
        self._kill()
        self._schedule_restart()

    def _schedule_restart(self) -> None:
        if self._closed:
            return
        delay, self._backoff = self._backoff, min(self._backoff * 2, RESTART_MAX)
        loop = asyncio.get_running_loop()
        loop.call_later(delay, lambda: loop.create_task(self.start()))

    def _kill(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            _close(process)

    def close(self) -> None:
        """Stop the worker (it would stop by itself once the proxy's end of its pipe closes)."""
        self._closed = True
        self.ready = False
        for future in self._pending.values():
            if not future.done():
                future.set_exception(WorkerUnavailable("closing"))
        self._pending.clear()
        process, self._process = self._process, None
        if process is not None:
            _close(process)
        if self._reader is not None:
            self._reader.cancel()


def _close(process: asyncio.subprocess.Process) -> None:
    """Stop the worker and release its pipes now, while the event loop still runs: a subprocess
    transport left to the garbage collector would try to close itself on a closed loop (and
    print a traceback as the proxy exits). The worker holds nothing worth a graceful exit."""
    transport = getattr(process, "_transport", None)  # asyncio.subprocess.Process's own transport
    if transport is not None:
        transport.close()  # closes the pipes and kills the process if it still runs
        return
    if process.stdin is not None:
        process.stdin.close()
    with contextlib.suppress(ProcessLookupError):
        process.kill()


async def _read_frame(stream: asyncio.StreamReader) -> object:
    (size,) = HEADER.unpack(await stream.readexactly(HEADER.size))
    return decode_payload(await stream.readexactly(size))
