"""OpenAI Responses API (``POST /v1/responses``).

``instructions`` is a string; ``input`` is a string or a list of items: messages whose content is a
string or ``input_text`` parts, ``function_call`` items (arguments echo user data) and
``function_call_output`` items (tool results).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pdpa_guard.providers.base import ProviderAdapter, TextAt, text_or_parts


class OpenAIResponses(ProviderAdapter):
    name = "openai_responses"

    def matches(self, path: str, body: Any) -> bool:
        return path.rstrip("/").endswith("/responses")

    def iter_text(self, body: Any) -> Iterator[TextAt]:
        if not isinstance(body, dict):
            return
        if isinstance(body.get("instructions"), str):
            yield ("instructions",), body["instructions"]
        given = body.get("input")
        if isinstance(given, str):
            yield ("input",), given
            return
        if not isinstance(given, list):
            return
        for i, item in enumerate(given):
            if isinstance(item, str):
                yield ("input", i), item
                continue
            if not isinstance(item, dict):
                continue
            if "content" in item:
                yield from text_or_parts(item["content"], ("input", i, "content"))
            for key in ("arguments", "output"):
                if isinstance(item.get(key), str):
                    yield ("input", i, key), item[key]
            if isinstance(item.get("output"), list):
                yield from text_or_parts(item["output"], ("input", i, "output"))
