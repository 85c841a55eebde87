"""Ollama's native API (``/api/chat``, ``/api/generate``, ``/api/embed``) and DashScope's native
text-generation API (``/api/v1/services/aigc/text-generation/generation``: ``input.messages`` /
``input.prompt``).

Ollama streams by default: ``stream`` absent means true, and the answer is JSON lines, not SSE.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pdpa_guard.providers.base import ProviderAdapter, TextAt, items, text_or_parts


class OllamaNative(ProviderAdapter):
    name = "ollama"

    def matches(self, path: str, body: Any) -> bool:
        return path.rstrip("/") in {"/api/chat", "/api/generate", "/api/embed", "/api/embeddings"}

    def is_stream(self, path: str, body: Any) -> bool:
        if path.rstrip("/") in {"/api/embed", "/api/embeddings"}:
            return False
        return not (isinstance(body, dict) and body.get("stream") is False)

    def iter_text(self, body: Any) -> Iterator[TextAt]:
        if not isinstance(body, dict):
            return
        for key in ("system", "prompt", "suffix"):
            if isinstance(body.get(key), str):
                yield (key,), body[key]
        given = body.get("input")
        if isinstance(given, str):
            yield ("input",), given
        elif isinstance(given, list):
            yield from ((("input", i), s) for i, s in enumerate(given) if isinstance(s, str))
        for i, message in items(body, "messages"):
            if isinstance(message.get("content"), str):
                yield ("messages", i, "content"), message["content"]


class DashScopeNative(ProviderAdapter):
    name = "dashscope"

    def matches(self, path: str, body: Any) -> bool:
        return "/services/aigc/" in path

    def is_stream(self, path: str, body: Any) -> bool:
        parameters = body.get("parameters") if isinstance(body, dict) else None
        return isinstance(parameters, dict) and parameters.get("incremental_output") is True

    def iter_text(self, body: Any) -> Iterator[TextAt]:
        given = body.get("input") if isinstance(body, dict) else None
        if not isinstance(given, dict):
            return
        if isinstance(given.get("prompt"), str):
            yield ("input", "prompt"), given["prompt"]
        for i, message in items(given, "messages"):
            yield from text_or_parts(message.get("content"), ("input", "messages", i, "content"))
