"""JSON-lines request logs: one JSON object per line.

Recognised shapes, tried in this order (README lists them with examples):

1. OpenAI Batch API input: ``{"custom_id", "method", "url", "body"}`` (url is a path on
   api.openai.com).
2. LiteLLM standard logging payload: ``{"call_type", "model", "messages", "startTime",
   "api_base", ...}``.
3. Generic request logs: a timestamp under one of ``TIME_KEYS``, a destination under ``URL_KEYS`` or
   ``HOST_KEYS`` (+ optional ``path``), a body under ``BODY_KEYS`` (object or JSON string), or the
   prompt fields themselves at top level (``messages``, ``input``, ``contents``, ``prompt``).
   A line matching none of these is scanned as generic JSON with an unknown destination.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pdpa_guard.scan.readers.timestamps import parse_timestamp
from pdpa_guard.scan.record import LogRecord, ReadError
from pdpa_guard.scan.sources import open_log

TIME_KEYS = ("timestamp", "@timestamp", "time", "ts", "created_at", "createdAt", "startTime", "start_time",
             "request_time", "datetime", "date")
URL_KEYS = ("url", "request_url", "requestUrl", "endpoint", "uri", "api_base", "base_url")
HOST_KEYS = ("host", "hostname", "server", "destination", "upstream")
BODY_KEYS = ("body", "request_body", "requestBody", "request", "payload", "json", "data")
PROMPT_KEYS = ("messages", "input", "contents", "prompt", "system")
IP_KEYS = ("server_ip", "serverIPAddress", "upstream_ip", "remote_ip", "ip")
APP_KEYS = ("app", "application", "client", "service", "x-pdpa-app", "user_api_key_alias")
_LITELLM_PATHS = {"embedding": "/embeddings", "aembedding": "/embeddings", "text_completion": "/completions",
                  "atext_completion": "/completions"}


def read(
    path: Path, start_offset: int = 0, stop_offset: int | None = None, app_header: str = "x-pdpa-app"
) -> Iterator[LogRecord | ReadError]:
    """Yield a LogRecord per line starting in [start_offset, stop_offset); start must begin a line."""
    fallback_time = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    with open_log(path) as handle:
        if start_offset:
            handle.seek(start_offset)
        offset = start_offset
        for number, raw in enumerate(handle, start=1):
            if stop_offset is not None and offset >= stop_offset:
                return
            offset += len(raw)
            ref = f"{path}:{number}" if not start_offset else f"{path}@{offset - len(raw)}"
            if not raw.strip():
                continue
            if not raw.endswith(b"\n"):
                # The last line of a log still being written: not an error, read it next time.
                try:
                    json.loads(raw)
                except ValueError:
                    yield ReadError(ref, "line is truncated (no newline and not complete JSON)")
                    return
            try:
                line = json.loads(raw)
            except ValueError as exc:
                yield ReadError(ref, f"not valid JSON (column {getattr(exc, 'colno', '?')})")
                continue
            if not isinstance(line, dict):
                yield ReadError(ref, "JSON line is not an object")
                continue
            record = from_line(line, ref, fallback_time)
            record.end_offset = offset
            yield record


def from_line(line: dict[str, Any], ref: str, fallback_time: datetime) -> LogRecord:
    """The LogRecord a recognised JSONL shape describes."""
    if {"custom_id", "url", "body"} <= line.keys():
        return LogRecord(ref, host="api.openai.com", port=443, path=str(line["url"]),
                         method=str(line.get("method", "POST")), body=line["body"], timestamp=fallback_time)
    if "call_type" in line and ("messages" in line or "model" in line):
        return _litellm(line, ref, fallback_time)
    timestamp = next((t for k in TIME_KEYS if k in line if (t := parse_timestamp(line[k]))), None)
    url = next((line[k] for k in URL_KEYS if isinstance(line.get(k), str)), None)
    host = None if url else next((line[k] for k in HOST_KEYS if isinstance(line.get(k), str)), None)
    body = next((line[k] for k in BODY_KEYS if isinstance(line.get(k), dict | list | str)), None)
    if body is None:
        prompt = {k: line[k] for k in (*PROMPT_KEYS, "model") if k in line}
        body = prompt if any(k in prompt for k in PROMPT_KEYS) else line
    if isinstance(body, str) and body.lstrip()[:1] in ("{", "["):
        with contextlib.suppress(ValueError):  # not JSON after all: scanned as text
            body = json.loads(body)
    record = LogRecord(
        ref,
        url=url,
        host=host,
        path=str(line.get("path") or "/") if not url else "/",
        method=str(line.get("method", "POST")),
        body=body,
        timestamp=timestamp or fallback_time,
        ip=next((line[k] for k in IP_KEYS if isinstance(line.get(k), str)), None),
        app=next((line[k] for k in APP_KEYS if isinstance(line.get(k), str)), None),
    )
    if url and isinstance(line.get("path"), str) and record.path in ("", "/"):
        record.path = line["path"]
    return record


def _litellm(line: dict[str, Any], ref: str, fallback_time: datetime) -> LogRecord:
    api_base = line.get("api_base") or ""
    path = _LITELLM_PATHS.get(str(line.get("call_type")), "/chat/completions")
    body: dict[str, Any] = {"model": line.get("model"), "messages": line.get("messages")}
    if not isinstance(line.get("messages"), list):
        body = {"model": line.get("model"), "input": line.get("messages")}
    metadata = line.get("metadata") if isinstance(line.get("metadata"), dict) else {}
    return LogRecord(
        ref,
        url=(api_base.rstrip("/") + path) if api_base else None,
        host=None if api_base else str(line.get("custom_llm_provider") or "") or None,
        path=path,
        body=body,
        timestamp=parse_timestamp(line.get("startTime")) or fallback_time,
        app=metadata.get("user_api_key_alias") or metadata.get("user_api_key_team_alias"),
    )
