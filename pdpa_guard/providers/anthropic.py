"""Anthropic Messages (``POST /v1/messages``), also as the body of Bedrock ``InvokeModel``.

``system`` is a string or text blocks; each message's ``content`` is a string or blocks: ``text``,
``tool_use`` (its ``input`` object echoes user data) and ``tool_result`` (string or text blocks).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pdpa_guard.providers.base import ProviderAdapter, TextAt, items, strings_in, text_or_parts


class AnthropicMessages(ProviderAdapter):
    name = "anthropic_messages"

    def matches(self, path: str, body: Any) -> bool:
        if path.rstrip("/").endswith("/v1/messages"):
            return True
        # Bedrock InvokeModel with an Anthropic model carries this body under /model/{id}/invoke.
        return isinstance(body, dict) and "anthropic_version" in body and isinstance(body.get("messages"), list)

    def model(self, path: str, body: Any) -> str | None:
        return super().model(path, body) or _bedrock_model(path)

    def is_stream(self, path: str, body: Any) -> bool:
        return super().is_stream(path, body) or path.rstrip("/").endswith("/invoke-with-response-stream")

    def iter_text(self, body: Any) -> Iterator[TextAt]:
        if isinstance(body, dict):
            yield from text_or_parts(body.get("system"), ("system",))
        for i, message in items(body, "messages"):
            content = message.get("content")
            if isinstance(content, str):
                yield ("messages", i, "content"), content
                continue
            for j, block in items(message, "content"):
                where = ("messages", i, "content", j)
                kind = block.get("type")
                if kind == "text" and isinstance(block.get("text"), str):
                    yield (*where, "text"), block["text"]
                elif kind == "tool_use":
                    yield from strings_in(block.get("input"), (*where, "input"))
                elif kind == "tool_result":
                    yield from text_or_parts(block.get("content"), (*where, "content"))


def _bedrock_model(path: str) -> str | None:
    parts = path.split("/")
    if "model" in parts:
        index = parts.index("model")
        if index + 1 < len(parts):
            from urllib.parse import unquote

            return unquote(parts[index + 1])
    return None
