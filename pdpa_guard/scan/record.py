"""What a log reader yields: one logged request, or a note that part of a file is unreadable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit


@dataclass(slots=True)
class LogRecord:
    """One logged request to an API, as close to the wire as the log allows.

    ``body`` is the request body as bytes/str, or an already-decoded JSON value when the log
    stores it that way (JSONL logs), so it is not serialised only to be parsed again.
    """

    source_ref: str  # "file:line" or "file@byte-offset": where a human finds the record
    url: str | None = None
    host: str | None = None
    port: int | None = None
    path: str = "/"
    method: str = "POST"
    body: Any = None
    timestamp: datetime | None = None
    ip: str | None = None
    app: str | None = None
    content_type: str | None = None
    end_offset: int | None = None  # byte offset just after this record, for resuming appended logs

    def __post_init__(self) -> None:
        if self.url and not self.host:
            parts = urlsplit(self.url if "//" in self.url else "//" + self.url)
            self.host = parts.hostname
            self.port = parts.port or (80 if parts.scheme == "http" else 443)
            self.path = parts.path or "/"
            if parts.query:
                self.path += "?" + parts.query


@dataclass(slots=True)
class ReadError:
    """Part of a file that could not be read: reported by name and position, then skipped."""

    source_ref: str
    message: str  # says what is wrong; never quotes the content (it may hold personal data)
