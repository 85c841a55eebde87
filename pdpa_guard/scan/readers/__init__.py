"""Log readers, one per format. Each streams a file and yields LogRecord or ReadError items.

Readers never raise on bad content: a corrupt or truncated part becomes a ReadError naming the
file and line/offset, and reading goes on where it can, so one bad line never hides the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from pdpa_guard.scan.readers import flows, har, jsonl, text
from pdpa_guard.scan.record import LogRecord, ReadError
from pdpa_guard.scan.sources import FLOWS, HAR, JSONL, TEXT

Reader = Callable[..., Iterator[LogRecord | ReadError]]

READERS: dict[str, Reader] = {HAR: har.read, FLOWS: flows.read, JSONL: jsonl.read, TEXT: text.read}

__all__ = ["READERS", "LogRecord", "Path", "ReadError", "Reader"]
