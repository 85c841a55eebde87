"""Google Gemini ``generateContent`` / ``streamGenerateContent`` (AI Studio and Vertex AI).

Text is in ``contents[].parts[].text`` and ``systemInstruction.parts[].text`` (snake_case in some
SDKs); ``functionCall.args`` and ``functionResponse.response`` carry user data as JSON objects.
The model is in the path: ``.../models/{model}:generateContent``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pdpa_guard.providers.base import ProviderAdapter, TextAt, items, strings_in

_MODEL_IN_PATH = re.compile(r"/models/([^/:]+):(?:stream)?[gG]enerate[cC]ontent")


class Gemini(ProviderAdapter):
    name = "gemini"

    def matches(self, path: str, body: Any) -> bool:
        return ":generateContent" in path or ":streamGenerateContent" in path

    def model(self, path: str, body: Any) -> str | None:
        match = _MODEL_IN_PATH.search(path)
        return match.group(1) if match else super().model(path, body)

    def is_stream(self, path: str, body: Any) -> bool:
        return ":streamGenerateContent" in path

    def iter_text(self, body: Any) -> Iterator[TextAt]:
        if not isinstance(body, dict):
            return
        for key in ("systemInstruction", "system_instruction"):
            if isinstance(body.get(key), dict):
                yield from _parts(body[key], (key,))
        for i, content in items(body, "contents"):
            yield from _parts(content, ("contents", i))


def _parts(content: dict[str, Any], where: tuple[str | int, ...]) -> Iterator[TextAt]:
    for j, part in items(content, "parts"):
        here = (*where, "parts", j)
        if isinstance(part.get("text"), str):
            yield (*here, "text"), part["text"]
        for key, inner in (("functionCall", "args"), ("function_call", "args"),
                           ("functionResponse", "response"), ("function_response", "response")):
            if isinstance(part.get(key), dict):
                yield from strings_in(part[key].get(inner), (*here, key, inner))
