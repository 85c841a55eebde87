"""Provider adapters: find the prompt text of a request and write rewritten text back.

Shared by the proxy (live requests) and the scanner (logged requests): ``parse_request`` turns a
path and a body into the text segments the pipeline scans, and ``ParsedRequest.rewrite`` puts
pseudonymised or redacted text back in the same places, leaving every other byte of meaning alone.

A body that is not JSON is scanned as text; a body that is not text at all (images, protobuf,
truncated multi-byte data with NULs) is reported as binary and not scanned, never silently passed
as clean: the caller sees ``format == "binary"`` and decides by its fail mode.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pdpa_guard.exchange import TextSegment
from pdpa_guard.providers.anthropic import AnthropicMessages
from pdpa_guard.providers.base import JsonPath, ProviderAdapter, TextAt, render_path, set_at
from pdpa_guard.providers.bedrock import BedrockConverse
from pdpa_guard.providers.cohere import Cohere
from pdpa_guard.providers.gemini import Gemini
from pdpa_guard.providers.generic import GenericJson
from pdpa_guard.providers.ollama import DashScopeNative, OllamaNative
from pdpa_guard.providers.openai_chat import OpenAIChat
from pdpa_guard.providers.openai_embeddings import OpenAICompletions, OpenAIEmbeddings
from pdpa_guard.providers.openai_responses import OpenAIResponses

# Most specific first: path-based matches before the body-shape fallbacks, generic JSON last.
ADAPTERS: tuple[ProviderAdapter, ...] = (
    OpenAIResponses(),
    OpenAIEmbeddings(),
    Gemini(),
    BedrockConverse(),
    Cohere(),
    OllamaNative(),
    DashScopeNative(),
    AnthropicMessages(),
    OpenAIChat(),
    OpenAICompletions(),
    GenericJson(),
)
BY_NAME: dict[str, ProviderAdapter] = {adapter.name: adapter for adapter in ADAPTERS}

TEXT_FORMAT, BINARY_FORMAT, EMPTY_FORMAT = "text", "binary", "empty"
# json.dumps(..., ensure_ascii=False, separators=(",", ":")) builds this encoder on every call.
_COMPACT_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


@dataclass(slots=True)
class ParsedRequest:
    """A request body taken apart: its format, its prompt texts and where each one sits."""

    format: str
    body: Any = None
    texts: list[TextAt] = field(default_factory=list)
    model: str | None = None
    stream: bool = False
    note: str | None = None  # why the body was read the way it was (never quotes the body)

    @property
    def segments(self) -> list[TextSegment]:
        """The texts as TextSegments, with JSON paths such as ``$.messages[0].content``."""
        return [TextSegment(render_path(path), text) for path, text in self.texts]

    def rewrite(self, new_texts: Mapping[int, str]) -> bytes:
        """The body with ``texts[i]`` replaced by ``new_texts[i]``; everything else unchanged.

        JSON is re-serialised compactly with non-ASCII kept as UTF-8 (Thai would triple in size as
        ``\\u`` escapes); the caller fixes Content-Length.
        """
        if self.format == TEXT_FORMAT:
            return (new_texts.get(0, self.texts[0][1]) if self.texts else "").encode("utf-8")
        if self.format in (BINARY_FORMAT, EMPTY_FORMAT):
            raise ValueError(f"a {self.format} body has no text to rewrite")
        for index, text in new_texts.items():
            path: JsonPath = self.texts[index][0]
            set_at(self.body, path, text)
        return _COMPACT_JSON.encode(self.body).encode("utf-8")


def decode_text(raw: bytes) -> str | None:
    """``raw`` as text, or None when it is binary (NUL bytes, or mostly undecodable)."""
    if b"\x00" in raw[:8192]:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        # A few bad bytes (a truncated log line) still leave text worth scanning.
        return text if text.count("\ufffd") <= max(8, len(text) // 100) else None


def parse_request(path: str, raw: bytes | str, content_type: str | None = None) -> ParsedRequest:
    """Take a request body apart. ``path`` is the URL path (query ignored), ``raw`` the decoded body."""
    path = path.split("?", 1)[0] or "/"
    if not raw:
        return ParsedRequest(EMPTY_FORMAT)
    text = raw if isinstance(raw, str) else decode_text(raw)
    if text is None:
        return ParsedRequest(BINARY_FORMAT, note=f"binary body ({len(raw)} bytes) cannot be scanned")
    try:
        body = json.loads(text)
    except ValueError:
        looks_json = text.lstrip()[:1] in ("{", "[") or (content_type or "").startswith("application/json")
        note = "body is not valid JSON: scanned as text" if looks_json else None
        return ParsedRequest(TEXT_FORMAT, texts=[((), text)], note=note)
    return parse_json_body(path, body)


def parse_json_body(path: str, body: Any) -> ParsedRequest:
    """Like :func:`parse_request` for a body a log reader has already decoded from JSON."""
    path = path.split("?", 1)[0] or "/"
    if isinstance(body, str):
        return ParsedRequest(TEXT_FORMAT, texts=[((), body)])
    adapter = next(a for a in ADAPTERS if a.matches(path, body))
    return ParsedRequest(
        adapter.name,
        body=body,
        texts=list(adapter.iter_text(body)),
        model=adapter.model(path, body),
        stream=adapter.is_stream(path, body),
    )


__all__ = ["ADAPTERS", "BY_NAME", "ParsedRequest", "ProviderAdapter", "decode_text", "parse_json_body", "parse_request"]
