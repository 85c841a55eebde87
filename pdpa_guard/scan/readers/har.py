"""HAR 1.2 (browser DevTools and proxy exports), read entry by entry.

A HAR file is one JSON document, often hundreds of MB because responses are embedded. It is
decoded incrementally: the reader seeks the ``"entries": [`` array and decodes one entry object at
a time with ``JSONDecoder.raw_decode``, so memory holds one entry, not the file.
"""

from __future__ import annotations

import base64
import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path

from pdpa_guard.scan.readers.timestamps import parse_timestamp
from pdpa_guard.scan.record import LogRecord, ReadError
from pdpa_guard.scan.sources import open_log

CHUNK = 1 << 20
_ENTRIES = re.compile(r'"entries"\s*:\s*\[')
_DECODER = json.JSONDecoder()


def read(
    path: Path, start_offset: int = 0, stop_offset: int | None = None, app_header: str = "x-pdpa-app"
) -> Iterator[LogRecord | ReadError]:
    """Yield a LogRecord per HAR entry whose request has a body."""
    with open_log(path) as handle:
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        buffer, position, eof = "", 0, False

        def more() -> bool:
            """Append the next chunk, dropping what was consumed (keeps memory at one entry)."""
            nonlocal buffer, position, eof
            chunk = handle.read(CHUNK)
            eof = not chunk
            buffer = buffer[position:] + decoder.decode(chunk, final=eof)
            position = 0
            return not eof

        while not (match := _ENTRIES.search(buffer)):
            if not more():
                yield ReadError(f"{path}", "not a HAR file: no log.entries array found")
                return
        position, index = match.end(), 0
        while True:
            while True:  # skip separators; stop at the next entry or the end of the array
                while position < len(buffer) and buffer[position] in " \t\r\n,":
                    position += 1
                if position < len(buffer) or not more():
                    break
            if position >= len(buffer):
                yield ReadError(f"{path}:entry {index}", "file is truncated: log.entries array never closes")
                return
            if buffer[position] == "]":
                return
            try:
                entry, end = _DECODER.raw_decode(buffer, position)
            except json.JSONDecodeError:
                if more():
                    continue  # the entry runs past the buffer: read on
                yield ReadError(f"{path}:entry {index}", "file is truncated or corrupt inside this entry")
                return
            record = _record(path, index, entry, app_header)
            if record is not None:
                yield record
            index += 1
            position = end


def _record(path: Path, index: int, entry: object, app_header: str) -> LogRecord | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("request"), dict):
        return None
    request = entry["request"]
    post = request.get("postData")
    if not isinstance(post, dict) or not isinstance(post.get("text"), str) or not post["text"]:
        return None
    body: bytes | str = post["text"]
    if post.get("encoding") == "base64":
        try:
            body = base64.b64decode(post["text"])
        except ValueError:
            return None
    headers = {h.get("name", "").lower(): h.get("value") for h in request.get("headers", []) if isinstance(h, dict)}
    return LogRecord(
        source_ref=f"{path}:entry {index}",
        url=request.get("url"),
        method=request.get("method", "POST"),
        body=body,
        timestamp=parse_timestamp(entry.get("startedDateTime")),
        ip=(entry.get("serverIPAddress") or "").strip("[]") or None,
        app=headers.get(app_header.lower()),
        content_type=post.get("mimeType"),
    )
