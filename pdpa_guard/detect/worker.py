"""The detection engine in a process of its own, answering over a pipe (``python -m pdpa_guard.detect.worker``).

The proxy runs mitmproxy's event loop in one thread: while it analyses a prompt, no other flow of
any client moves, and the GIL keeps a second thread from helping. A worker process analyses on
another core while the loop goes on relaying, so the proxy's own time per request falls to the
parsing, deciding and rewriting around the detection.

Protocol: frames (:mod:`pdpa_guard.ipc`) on the worker's stdin and stdout.
The worker first sends ``("ready", pid)`` once its engine is built; then for each request
``(id, [text, ...])`` it answers ``(id, [[finding tuple, ...], ...])``, one list per text, each
analysed as one part of an exchange (``whole_document=False``, as :meth:`Pipeline.analyze`
does), or ``(id, "ExceptionType")`` when the detector failed (the type only: an exception's
message may quote the text). The texts travel only through the pipe; the worker writes nothing
anywhere. It stops when its stdin closes, so it never outlives the proxy.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable
from typing import Any, BinaryIO

from pdpa_guard.detect.finding import Finding
from pdpa_guard.ipc import child_pipes, frame, read_frame

READY = "ready"

FindingTuple = tuple[str, int, int, float, str, bool]


def encode(finding: Finding) -> FindingTuple:
    """A finding as a plain tuple: pickles in a fraction of the time a dataclass takes."""
    return (finding.entity_type, finding.start, finding.end, finding.score, finding.recognizer, finding.anchored)


def decode(row: FindingTuple) -> Finding:
    return Finding(*row)


def serve(requests: BinaryIO, answers: BinaryIO, analyze: Callable[[str], list[Finding]]) -> None:
    """Answer every request on ``requests`` until it ends."""
    while True:
        message = read_frame(requests)
        if message is None:
            return
        request_id, texts = message
        try:
            result: Any = [[encode(f) for f in analyze(text)] for text in texts]
        except Exception as exc:  # the parent applies its fail mode; the worker keeps serving
            result = type(exc).__name__
        answers.write(frame((request_id, result)))
        answers.flush()


def main() -> int:
    requests, answers = child_pipes()
    from pdpa_guard.detect.engine import WARM_UP_TEXT, get_engine

    engine = get_engine()
    engine.analyze(WARM_UP_TEXT)  # lazily built tables exist before the heap is frozen
    gc.collect()
    gc.freeze()  # the engine lives as long as the worker: no collection need traverse it again
    answers.write(frame((READY, os.getpid())))
    answers.flush()
    with contextlib.suppress(BrokenPipeError, KeyboardInterrupt):  # the proxy is gone or stopping
        serve(requests, answers, lambda text: engine.analyze(text, whole_document=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
