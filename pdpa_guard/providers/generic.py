"""Any other JSON body: every string value is scanned, except fields that are API plumbing.

Used for OpenAI-compatible gateways with their own paths, and for APIs without an adapter: better
to scan a field that never holds personal data than to miss one that does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pdpa_guard.providers.base import ProviderAdapter, TextAt, strings_in

# Keys whose values are identifiers, enums or settings, never prompt text.
_PLUMBING = frozenset(
    {"model", "role", "type", "id", "object", "tool_choice", "response_format", "encoding_format", "stop",
     "service_tier", "user", "anthropic_version", "modelId", "mime_type", "mimeType", "finish_reason",
     "voice", "format", "detail", "image_url", "url", "data", "b64_json"}
)


class GenericJson(ProviderAdapter):
    name = "generic_json"

    def matches(self, path: str, body: Any) -> bool:
        return True

    def iter_text(self, body: Any) -> Iterator[TextAt]:
        for path, text in strings_in(body):
            if not any(isinstance(key, str) and key in _PLUMBING for key in path[-1:]):
                yield path, text
