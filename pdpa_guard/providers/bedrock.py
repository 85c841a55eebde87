"""AWS Bedrock Converse (``POST /model/{modelId}/converse`` and ``/converse-stream``).

``system`` is a list of ``{"text": ...}``; message content blocks are ``{"text"}``,
``{"toolUse": {"input": {...}}}`` and ``{"toolResult": {"content": [{"text"} | {"json"}]}}``.
Bedrock ``InvokeModel`` bodies are model-specific; Anthropic ones are read by the Anthropic adapter.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

from pdpa_guard.providers.base import ProviderAdapter, TextAt, items, strings_in


class BedrockConverse(ProviderAdapter):
    name = "bedrock_converse"

    def matches(self, path: str, body: Any) -> bool:
        tail = path.rstrip("/").rsplit("/", 1)[-1]
        return "/model/" in path and tail in {"converse", "converse-stream"}

    def model(self, path: str, body: Any) -> str | None:
        parts = path.split("/")
        return unquote(parts[parts.index("model") + 1]) if "model" in parts[:-1] else None

    def is_stream(self, path: str, body: Any) -> bool:
        return path.rstrip("/").endswith("/converse-stream")

    def iter_text(self, body: Any) -> Iterator[TextAt]:
        for j, block in items(body, "system"):
            if isinstance(block.get("text"), str):
                yield ("system", j, "text"), block["text"]
        for i, message in items(body, "messages"):
            for j, block in items(message, "content"):
                where = ("messages", i, "content", j)
                if isinstance(block.get("text"), str):
                    yield (*where, "text"), block["text"]
                if isinstance(block.get("toolUse"), dict):
                    yield from strings_in(block["toolUse"].get("input"), (*where, "toolUse", "input"))
                if isinstance(block.get("toolResult"), dict):
                    yield from strings_in(block["toolResult"].get("content"), (*where, "toolResult", "content"))
