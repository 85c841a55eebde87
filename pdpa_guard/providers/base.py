"""What every provider adapter does, and the JSON-path plumbing they share.

An adapter knows one API family's request shape: where the prompt text is (so that it can be
scanned), how to put rewritten text back in exactly that place (so that nothing else in the
request changes), which model is asked for, and whether the answer will stream.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import Any, ClassVar

JsonPath = tuple[str | int, ...]
TextAt = tuple[JsonPath, str]


class ProviderAdapter(ABC):
    """One API family's request format."""

    name: ClassVar[str]

    @abstractmethod
    def matches(self, path: str, body: Any) -> bool:
        """True when a request to ``path`` with JSON ``body`` is in this format."""

    @abstractmethod
    def iter_text(self, body: Any) -> Iterator[TextAt]:
        """Every piece of prompt text in ``body`` with its JSON path, in document order."""

    def model(self, path: str, body: Any) -> str | None:
        """The model the request asks for, where the format says."""
        value = body.get("model") if isinstance(body, dict) else None
        return value if isinstance(value, str) else None

    def is_stream(self, path: str, body: Any) -> bool:
        """True when the answer will be streamed (server-sent events)."""
        return isinstance(body, dict) and body.get("stream") is True


def render_path(path: JsonPath) -> str:
    """``("messages", 2, "content")`` -> ``$.messages[2].content`` (the TextSegment.path form)."""
    out = ["$"]
    for key in path:
        if isinstance(key, int):
            out.append(f"[{key}]")
        elif key.isidentifier():
            out.append(f".{key}")
        else:
            out.append("[" + repr(key) + "]")
    return "".join(out)


def get_at(body: Any, path: JsonPath) -> Any:
    """The value at ``path``."""
    node = body
    for key in path:
        node = node[key]
    return node


def set_at(body: Any, path: JsonPath, value: Any) -> None:
    """Replace the value at ``path`` (which must exist) in place."""
    if not path:
        raise ValueError("cannot replace the document root in place")
    parent = get_at(body, path[:-1])
    parent[path[-1]] = value


def strings_in(node: Any, path: JsonPath = ()) -> Iterator[TextAt]:
    """Every string value under ``node`` (not keys), for free-form payloads such as tool arguments."""
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from strings_in(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from strings_in(value, (*path, index))


def text_or_parts(node: Any, path: JsonPath, text_keys: tuple[str, ...] = ("text",)) -> Iterator[TextAt]:
    """A content field that is a string or a list of parts carrying text under ``text_keys``.

    Most APIs accept both ``"content": "hi"`` and ``"content": [{"type": "text", "text": "hi"}]``.
    Parts that carry other data (images, audio) are skipped.
    """
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, list):
        for index, part in enumerate(node):
            if isinstance(part, str):
                yield (*path, index), part
            elif isinstance(part, dict):
                for key in text_keys:
                    if isinstance(part.get(key), str):
                        yield (*path, index, key), part[key]


def items(body: Any, key: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(index, item)`` for the dict items of the list ``body[key]``; tolerant of odd shapes."""
    value = body.get(key) if isinstance(body, dict) else None
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict):
                yield index, item
