"""Cohere Chat v2 (``POST /v2/chat``) and v1 (``POST /v1/chat``).

v2: ``messages[].content`` is a string or text parts; ``documents`` (RAG) are strings or objects
whose values are text. v1: ``message``, ``preamble``, ``chat_history[].message``, ``documents``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pdpa_guard.providers.base import ProviderAdapter, TextAt, items, strings_in, text_or_parts


class Cohere(ProviderAdapter):
    name = "cohere"

    def matches(self, path: str, body: Any) -> bool:
        return path.rstrip("/") in {"/v2/chat", "/v1/chat"} or path.rstrip("/").endswith(("/v2/chat", "/v1/chat"))

    def iter_text(self, body: Any) -> Iterator[TextAt]:
        if not isinstance(body, dict):
            return
        for key in ("preamble", "message"):
            if isinstance(body.get(key), str):
                yield (key,), body[key]
        for i, message in items(body, "messages"):
            yield from text_or_parts(message.get("content"), ("messages", i, "content"))
        for i, turn in items(body, "chat_history"):
            if isinstance(turn.get("message"), str):
                yield ("chat_history", i, "message"), turn["message"]
        yield from strings_in(body.get("documents"), ("documents",))
