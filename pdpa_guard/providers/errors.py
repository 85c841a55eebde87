"""Errors in each provider's own shape, so that the application's SDK raises its usual exception.

A blocked request must fail the way the provider would fail it, or SDKs retry, crash on parsing
or report a generic network error. 403 is surfaced by every SDK as a permission error and is not
retried. Messages name entity types and the rule, never values.
"""

from __future__ import annotations

import json

ERROR_TYPE = "pdpa_policy_violation"


def error_response(response_format: str | None, message: str, status: int = 403, code: str = "pdpa_blocked") -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) of an error response in ``response_format``'s shape."""
    headers = {"content-type": "application/json", "x-pdpa-guard": code}
    body: object
    if response_format == "anthropic_messages":
        body = {"type": "error", "error": {"type": "permission_error", "message": message}}
    elif response_format == "gemini":
        body = {"error": {"code": status, "message": message, "status": "PERMISSION_DENIED",
                          "details": [{"reason": ERROR_TYPE, "code": code}]}}
    elif response_format == "bedrock_converse":
        headers["x-amzn-errortype"] = "AccessDeniedException"
        body = {"message": message, "__type": "AccessDeniedException"}
    elif response_format in {"cohere", "dashscope"}:
        body = {"message": message, "code": code}
    elif response_format == "ollama":
        body = {"error": message}
    else:  # OpenAI and every OpenAI-compatible gateway
        body = {"error": {"message": message, "type": ERROR_TYPE, "param": None, "code": code}}
    return status, headers, json.dumps(body, ensure_ascii=False).encode("utf-8")
