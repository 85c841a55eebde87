"""OpenAI embeddings (``input``: string or list of strings) and legacy completions (``prompt``).

Token-id inputs (lists of integers) carry no readable text and are not scanned.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pdpa_guard.providers.base import ProviderAdapter, TextAt


def _string_or_list(body: Any, key: str) -> Iterator[TextAt]:
    value = body.get(key) if isinstance(body, dict) else None
    if isinstance(value, str):
        yield (key,), value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str):
                yield (key, index), item


class OpenAIEmbeddings(ProviderAdapter):
    name = "openai_embeddings"

    def matches(self, path: str, body: Any) -> bool:
        return path.rstrip("/").endswith("/embeddings")

    def iter_text(self, body: Any) -> Iterator[TextAt]:
        yield from _string_or_list(body, "input")


class OpenAICompletions(ProviderAdapter):
    name = "openai_completions"

    def matches(self, path: str, body: Any) -> bool:
        return path.rstrip("/").endswith("/completions") and not path.rstrip("/").endswith("/chat/completions")

    def iter_text(self, body: Any) -> Iterator[TextAt]:
        yield from _string_or_list(body, "prompt")
        if isinstance(body, dict) and isinstance(body.get("suffix"), str):
            yield ("suffix",), body["suffix"]
