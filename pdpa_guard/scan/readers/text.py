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


def read(
    path: Path, start_offset: int = 0, stop_offset: int | None = None, app_header: str = "x-pdpa-app"
) -> Iterator[LogRecord | ReadError]:
    """Yield a LogRecord per block of up to BLOCK_LINES lines / BLOCK_BYTES bytes.

    Lines starting in [start_offset, stop_offset) are read; start must begin a line. Line numbers
    are exact from the start of the file; a resumed or split read names records by byte offset.
    """
    when = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    with open_log(path) as handle:
        if start_offset:
            handle.seek(start_offset)
        offset, block, first_line, count, block_start = start_offset, bytearray(), 1, 0, start_offset
        for number, raw in enumerate(handle, start=1):
            if stop_offset is not None and offset >= stop_offset:
                break
            block += raw
            offset += len(raw)
            count += 1
            if count >= BLOCK_LINES or len(block) >= BLOCK_BYTES:
                yield _block(path, _where(first_line, start_offset, block_start), bytes(block), when, offset)
                block, first_line, count, block_start = bytearray(), number + 1, 0, offset
        if block:
            yield _block(path, _where(first_line, start_offset, block_start), bytes(block), when, offset)


def _where(line: int, start_offset: int, block_start: int) -> str:
    return str(line) if not start_offset else f"@{block_start}"


def _block(path: Path, where: str, raw: bytes, when: datetime, offset: int) -> LogRecord | ReadError:
    ref = f"{path}:{where}" if not where.startswith("@") else f"{path}{where}"
    text = decode_text(raw)
    if text is None:
        return ReadError(ref, "binary content, not text: skipped")
    return LogRecord(ref, host=None, path="/", body=text, timestamp=when, end_offset=offset)
