"""Restore pseudonymised values in model answers, whole or streamed.

Whole JSON answers are easy: a placeholder can only appear where the model wrote text, so every
string value is restored. Streams are harder: a placeholder such as ``<PERSON_1>`` may arrive split
over two events (``"<PER"`` then ``"SON_1>"``). Each stream *slot* (a choice, a content block, a
tool call's arguments) gets its own incremental restorer that holds back only a possible placeholder
prefix, so the client still sees tokens as they come.

Where each format puts its streamed text (its *delta slots*) and which event closes a slot is the only
format-specific knowledge here. When a slot closes with text still held back, a copy of the slot's last
delta event carrying that text is sent just before the closing event, so nothing is ever dropped.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from pdpa_guard.providers.base import JsonPath, get_at, set_at, strings_in

Slot = tuple[Any, ...]
ALL_SLOTS: Slot = ("*",)
# Fields whose string value is itself JSON (tool-call arguments, streamed tool input).
_JSON_FIELDS = frozenset({"arguments", "partial_json"})
# What json.dumps(..., ensure_ascii=False) uses, made once (json.dumps builds one per call).
_JSON = json.JSONEncoder(ensure_ascii=False)


def json_level_at(path: JsonPath) -> int:
    """How deep a decoded string at ``path`` sits in JSON: tool-call arguments are JSON inside a
    string, so a value restored there is JSON-escaped once (1); ordinary text needs none (0)."""
    return _level_under(path[-1]) if path else 0


def _level_under(key: str | int) -> int:
    """:func:`json_level_at` for a string stored under ``key`` (a dict key or a list index)."""
    return 1 if key in _JSON_FIELDS else 0


class TextRestorer(Protocol):
    """Incremental placeholder restorer for one stream slot (the vault provides it)."""

    def feed(self, text: str) -> str: ...

    def flush(self) -> str: ...


def restore_strings(node: Any, restore: Callable[[str, int], str], skip: set[JsonPath] | None = None) -> Any:
    """Restore every string value in a JSON document in place (and return it).

    ``restore(text, json_level)`` gets level 1 for strings that are JSON themselves (tool-call
    arguments), where a restored value must be JSON-escaped, and 0 for ordinary text.
    """
    if isinstance(node, str):
        return restore(node, 0)
    if not skip:
        _restore_in_place(node, restore)
        return node
    for path, text in list(strings_in(node)):
        if path in skip:
            continue
        restored = restore(text, json_level_at(path))
        if restored != text:
            set_at(node, path, restored)
    return node


def _restore_in_place(node: Any, restore: Callable[[str, int], str]) -> None:
    """``restore_strings`` without paths: the same calls in the same order, each string replaced
    where it sits (a whole answer has no slots to skip, and building a path per string costs more
    than restoring it)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str):
                restored = restore(value, _level_under(key))
                if restored != value:
                    node[key] = restored  # same key: the dict's size does not change under iteration
            elif isinstance(value, dict | list):
                _restore_in_place(value, restore)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, str):
                restored = restore(value, 0)
                if restored != value:
                    node[index] = restored
            elif isinstance(value, dict | list):
                _restore_in_place(value, restore)


# --- where each format streams text -----------------------------------------------------------

def _openai_chat(event: dict[str, Any]) -> Iterator[tuple[Slot, JsonPath]]:
    for i, choice in enumerate(event.get("choices") or []):
        if not isinstance(choice, dict) or not isinstance(choice.get("delta"), dict):
            continue
        number, delta = choice.get("index", i), choice["delta"]
        for key in ("content", "reasoning_content", "refusal"):
            if isinstance(delta.get(key), str):
                yield (number, key), ("choices", i, "delta", key)
        for k, call in enumerate(delta.get("tool_calls") or []):
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                yield (number, "tool", call.get("index", k)), ("choices", i, "delta", "tool_calls", k, "function", "arguments")


def _openai_chat_closes(event: dict[str, Any]) -> set[Slot]:
    closed: set[Slot] = set()
    for i, choice in enumerate(event.get("choices") or []):
        if isinstance(choice, dict) and choice.get("finish_reason"):
            closed.add((choice.get("index", i),))
    return closed


def _responses(event: dict[str, Any]) -> Iterator[tuple[Slot, JsonPath]]:
    kind = str(event.get("type", ""))
    if kind.endswith(".delta") and isinstance(event.get("delta"), str):
        yield (event.get("item_id"), event.get("output_index"), event.get("content_index"), kind), ("delta",)


def _responses_closes(event: dict[str, Any]) -> set[Slot]:
    kind = str(event.get("type", ""))
    return {ALL_SLOTS} if kind.endswith(".done") or kind in {"response.completed", "response.failed"} else set()


def _anthropic(event: dict[str, Any]) -> Iterator[tuple[Slot, JsonPath]]:
    delta = event.get("delta")
    if event.get("type") == "content_block_delta" and isinstance(delta, dict):
        for key in ("text", "partial_json", "thinking"):
            if isinstance(delta.get(key), str):
                yield (event.get("index"), key), ("delta", key)


def _anthropic_closes(event: dict[str, Any]) -> set[Slot]:
    return {ALL_SLOTS} if event.get("type") in {"content_block_stop", "message_delta", "message_stop"} else set()


def _gemini(event: dict[str, Any]) -> Iterator[tuple[Slot, JsonPath]]:
    for i, candidate in enumerate(event.get("candidates") or []):
        content = candidate.get("content") if isinstance(candidate, dict) else None
        for j, part in enumerate((content or {}).get("parts") or []):
            if isinstance(part, dict) and isinstance(part.get("text"), str):
                yield (candidate.get("index", i), "text"), ("candidates", i, "content", "parts", j, "text")


def _gemini_closes(event: dict[str, Any]) -> set[Slot]:
    return {ALL_SLOTS} if any(isinstance(c, dict) and c.get("finishReason") for c in event.get("candidates") or []) else set()


def _cohere(event: dict[str, Any]) -> Iterator[tuple[Slot, JsonPath]]:
    if event.get("type") == "content-delta":
        path: JsonPath = ("delta", "message", "content", "text")
        try:
            if isinstance(get_at(event, path), str):
                yield (event.get("index"), "text"), path
        except (KeyError, IndexError, TypeError):
            return
    elif event.get("event_type") == "text-generation" and isinstance(event.get("text"), str):
        yield ("v1", "text"), ("text",)


def _cohere_closes(event: dict[str, Any]) -> set[Slot]:
    return {ALL_SLOTS} if event.get("type") in {"content-end", "message-end"} or event.get("is_finished") else set()


def _ollama(event: dict[str, Any]) -> Iterator[tuple[Slot, JsonPath]]:
    if isinstance(event.get("message"), dict) and isinstance(event["message"].get("content"), str):
        yield ("message",), ("message", "content")
    if isinstance(event.get("response"), str):
        yield ("response",), ("response",)


def _ollama_closes(event: dict[str, Any]) -> set[Slot]:
    return {ALL_SLOTS} if event.get("done") is True else set()


def _dashscope(event: dict[str, Any]) -> Iterator[tuple[Slot, JsonPath]]:
    output = event.get("output")
    if isinstance(output, dict) and isinstance(output.get("text"), str):
        yield ("text",), ("output", "text")
    for i, choice in enumerate((output or {}).get("choices") or []):
        message = choice.get("message") if isinstance(choice, dict) else None
        if isinstance(message, dict) and isinstance(message.get("content"), str):
            yield (i, "content"), ("output", "choices", i, "message", "content")


def _no_close(event: dict[str, Any]) -> set[Slot]:
    return set()


SlotFinder = Callable[[dict[str, Any]], Iterator[tuple[Slot, JsonPath]]]
SLOT_FORMATS: dict[str, tuple[SlotFinder, Callable[[dict[str, Any]], set[Slot]]]] = {
    "openai_chat": (_openai_chat, _openai_chat_closes),
    "openai_completions": (_openai_chat, _openai_chat_closes),
    "openai_responses": (_responses, _responses_closes),
    "anthropic_messages": (_anthropic, _anthropic_closes),
    "gemini": (_gemini, _gemini_closes),
    "cohere": (_cohere, _cohere_closes),
    "ollama": (_ollama, _ollama_closes),
    "dashscope": (_dashscope, _no_close),
}


def _all_slot_finder(event: dict[str, Any]) -> Iterator[tuple[Slot, JsonPath]]:
    for finder, _ in SLOT_FORMATS.values():
        yield from finder(event)


class StreamRestorer:
    """Restores placeholders in a streamed answer, event by event, for any supported format.

    ``feed`` takes raw bytes as they arrive from upstream and returns the bytes to send to the
    client now; ``flush`` returns whatever is left at the end of the stream. Server-sent events
    (``data: {...}`` blocks) and JSON lines (Ollama) are both handled; anything unparseable is
    restored as plain text, so a placeholder is never passed through just because an event was odd.
    """

    def __init__(
        self,
        response_format: str,
        new_restorer: Callable[[int], TextRestorer],
        restore: Callable[[str, int], str],
    ) -> None:
        """``new_restorer(json_level)`` makes a slot's incremental restorer; ``restore(text,
        json_level)`` restores a complete string (the vault's ``stream_restorer``/``restore``)."""
        self._find, self._closes = SLOT_FORMATS.get(response_format, (_all_slot_finder, _no_close))
        self._new_restorer = new_restorer
        self._restore_at = restore
        self._slots: dict[Slot, TextRestorer] = {}
        self._last_event: dict[Slot, tuple[str, dict[str, Any], JsonPath]] = {}
        self._pending = b""
        self._json_lines = response_format == "ollama"

    def feed(self, data: bytes) -> bytes:
        self._pending += data
        out: list[bytes] = []
        while True:
            cut, sep = self._next_boundary()
            if cut < 0:
                break
            block, self._pending = self._pending[:cut], self._pending[cut + len(sep) :]
            out.append(self._process_block(block) + sep)
        return b"".join(out)

    def flush(self) -> bytes:
        """The end of the stream: the unterminated last block and every held-back text."""
        tail = self._process_block(self._pending) if self._pending else b""
        self._pending = b""
        return self._close_slots({ALL_SLOTS}) + tail

    # -- internals ----------------------------------------------------------------------------

    def _next_boundary(self) -> tuple[int, bytes]:
        if self._json_lines:
            return self._pending.find(b"\n"), b"\n"
        candidates = [(self._pending.find(sep), sep) for sep in (b"\n\n", b"\r\n\r\n")]
        found = [(i, sep) for i, sep in candidates if i >= 0]
        return min(found) if found else (-1, b"")

    def _process_block(self, block: bytes) -> bytes:
        text = block.decode("utf-8", errors="surrogateescape")
        if self._json_lines:
            before, line = self._process_payload(text, header="")
            return (before + line).encode("utf-8", errors="surrogateescape")
        lines = text.splitlines()
        data_lines = [i for i, line in enumerate(lines) if line.startswith("data:")]
        if len(data_lines) != 1:
            return self._restore_at(text, 1).encode("utf-8", errors="surrogateescape")
        index = data_lines[0]
        payload = lines[index][5:]
        header = "\n".join(line for line in lines[:index] if not line.startswith("id:"))
        before, processed = self._process_payload(payload.strip(), header)
        lines[index] = ("data: " if payload.startswith(" ") else "data:") + processed
        ending = "\r\n" if "\r\n" in text else "\n"
        return (before + ending.join(lines)).encode("utf-8", errors="surrogateescape")

    def _process_payload(self, payload: str, header: str) -> tuple[str, str]:
        """(synthetic events to send first, the payload restored)."""
        try:
            event = json.loads(payload)
        except ValueError:
            if payload.strip() == "[DONE]":
                return self._close_slots({ALL_SLOTS}).decode("utf-8", errors="surrogateescape"), payload
            return "", self._restore_at(payload, 1)
        if not isinstance(event, dict):
            return "", _JSON.encode(restore_strings(event, self._restore_at))
        handled: set[JsonPath] = set()
        for slot, path in list(self._find(event)):
            restorer = self._slots.get(slot)
            if restorer is None:
                restorer = self._slots[slot] = self._new_restorer(json_level_at(path))
            set_at(event, path, restorer.feed(get_at(event, path)))
            # Kept by reference: the event is not changed once serialised below, and a copy is
            # only needed in the rare case that the slot closes with text held back.
            self._last_event[slot] = (header, event, path)
            handled.add(path)
        restore_strings(event, self._restore_at, skip=handled)
        closed = self._closes(event)
        before = self._close_slots(closed).decode("utf-8", errors="surrogateescape") if closed else ""
        return before, _JSON.encode(event)

    def _close_slots(self, which: set[Slot]) -> bytes:
        """Synthetic events carrying each closed slot's held-back text, in slot order."""
        out: list[str] = []
        for slot in list(self._slots):
            if ALL_SLOTS not in which and not any(slot[: len(w)] == w for w in which):
                continue
            held = self._slots.pop(slot).flush()
            header, last, path = self._last_event.pop(slot, ("", None, ()))
            if not held or last is None:
                continue
            last = copy.deepcopy(last)  # it may be the event being processed, or shared by slots
            for _, other_path in list(self._find(last)):
                if other_path != path:
                    set_at(last, other_path, "")
            set_at(last, path, held)
            line = _JSON.encode(last)
            if self._json_lines:
                out.append(line + "\n")
            else:
                out.append((header + "\n" if header else "") + "data: " + line + "\n\n")
        return "".join(out).encode("utf-8", errors="surrogateescape")
