"""The unit both entry points produce: one outbound request to an LLM API.

The proxy builds an Exchange from a live mitmproxy flow, the scanner from a log record. Everything
after that (detect, locate, decide, act, record) sees only this type, which is how the proxy and
the scanner share one pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


class Source(StrEnum):
    """Where an exchange was seen: enforced live, or only recorded from a log."""

    PROXY = "proxy"
    SCAN = "scan"


@dataclass(slots=True)
class TextSegment:
    """A piece of prompt text and where it sits in the request body.

    ``path`` is a JSON path such as ``$.messages[2].content[0].text`` (``$`` for a whole
    non-JSON body) so that a provider adapter can write rewritten text back to the same place.
    """

    path: str
    text: str


@dataclass(slots=True)
class Exchange:
    """One request to an LLM API, reduced to what the pipeline needs."""

    host: str
    path: str = "/"
    method: str = "POST"
    port: int = 443
    ip: str | None = None
    timestamp: datetime = field(default_factory=lambda: datetime.now(UTC))
    app: str | None = None
    provider_format: str | None = None
    model: str | None = None
    segments: list[TextSegment] = field(default_factory=list)
    request_bytes: int = 0
    source: Source = Source.PROXY
    source_ref: str | None = None  # scanned file and line/offset, or the proxy flow id
    conversation: str | None = None  # stable key for the vault: same conversation, same placeholders

    @property
    def text_chars(self) -> int:
        """Characters of prompt text across segments (the basis of token estimates)."""
        return sum(len(s.text) for s in self.segments)
