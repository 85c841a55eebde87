"""Plain text and CSV: scanned as text in blocks of lines, destination unknown unless given.

Blocks keep each detection call small (a recognizer's context window never needs more than a few
lines) while keeping line numbers exact for the report.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from pdpa_guard.providers import decode_text
from pdpa_guard.scan.record import LogRecord, ReadError
from pdpa_guard.scan.sources import open_log

BLOCK_LINES = 50
BLOCK_BYTES = 16 * 1024


def read(path: Path, start_offset: int = 0, app_header: str = "x-pdpa-app") -> Iterator[LogRecord | ReadError]:
    """Yield a LogRecord per block of up to BLOCK_LINES lines / BLOCK_BYTES bytes."""
    when = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    with open_log(path) as handle:
        if start_offset:
            handle.seek(start_offset)
        offset, block, first_line, count = start_offset, bytearray(), 1, 0
        for number, raw in enumerate(handle, start=1):
            block += raw
            offset += len(raw)
            count += 1
            if count >= BLOCK_LINES or len(block) >= BLOCK_BYTES:
                yield _block(path, first_line, bytes(block), when, offset)
                block, first_line, count = bytearray(), number + 1, 0
        if block:
            yield _block(path, first_line, bytes(block), when, offset)


def _block(path: Path, line: int, raw: bytes, when: datetime, offset: int) -> LogRecord | ReadError:
    text = decode_text(raw)
    if text is None:
        return ReadError(f"{path}:{line}", "binary content, not text: skipped")
    return LogRecord(f"{path}:{line}", host=None, path="/", body=text, timestamp=when, end_offset=offset)
