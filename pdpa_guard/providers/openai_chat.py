"""OpenAI Chat Completions, and every gateway that speaks it.

Azure OpenAI, DeepSeek, Mistral, Groq, Together, OpenRouter, DashScope's compatible mode, vLLM,
llama.cpp and LiteLLM all accept this body at a path ending in ``/chat/completions``.
Prompt text lives in ``messages[].content`` (a string or text parts), in the arguments of earlier
tool calls (which echo user data back) and in tool results.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pdpa_guard.providers.base import ProviderAdapter, TextAt, items, text_or_parts


class OpenAIChat(ProviderAdapter):
    name = "openai_chat"

    def matches(self, path: str, body: Any) -> bool:
        return path.rstrip("/").endswith("/chat/completions") or (
            isinstance(body, dict) and isinstance(body.get("messages"), list) and "model" in body
        )

    def iter_text(self, body: Any) -> Iterator[TextAt]:
        for i, message in items(body, "messages"):
            yield from text_or_parts(message.get("content"), ("messages", i, "content"))
            for k, call in items(message, "tool_calls"):
                function = call.get("function")
                if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                    yield ("messages", i, "tool_calls", k, "function", "arguments"), function["arguments"]
            legacy = message.get("function_call")
            if isinstance(legacy, dict) and isinstance(legacy.get("arguments"), str):
                yield ("messages", i, "function_call", "arguments"), legacy["arguments"]
