"""Provider adapters find every piece of prompt text and put rewritten text back in place."""

from __future__ import annotations

import json

import pytest

from pdpa_guard.providers import parse_request

SECRET = "SECRET-VALUE"  # stands for personal data placed in each slot of each format

CASES = [
    (
        "/v1/chat/completions",
        {
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "system", "content": f"sys {SECRET}"},
                {"role": "user", "content": [{"type": "text", "text": f"user {SECRET}"}, {"type": "image_url", "image_url": {"url": "https://x/y.png"}}]},
                {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": json.dumps({"q": SECRET})}}]},
                {"role": "tool", "tool_call_id": "c1", "content": f"tool {SECRET}"},
            ],
        },
        "openai_chat", "gpt-4o-mini", 4,
    ),
    (
        "/openai/deployments/prod-gpt4/chat/completions",
        {"messages": [{"role": "user", "content": f"azure {SECRET}"}], "stream": True},
        "openai_chat", None, 1,
    ),
    (
        "/v1/responses",
        {
            "model": "gpt-4.1",
            "instructions": f"be brief {SECRET}",
            "input": [
                {"role": "user", "content": [{"type": "input_text", "text": f"in {SECRET}"}]},
                {"type": "function_call", "call_id": "x", "name": "f", "arguments": json.dumps({"id": SECRET})},
                {"type": "function_call_output", "call_id": "x", "output": f"out {SECRET}"},
            ],
        },
        "openai_responses", "gpt-4.1", 4,
    ),
    ("/v1/responses", {"model": "gpt-4.1", "input": f"plain {SECRET}"}, "openai_responses", "gpt-4.1", 1),
    ("/v1/embeddings", {"model": "text-embedding-3-small", "input": [f"a {SECRET}", "b", [1, 2, 3]]}, "openai_embeddings", "text-embedding-3-small", 2),
    (
        "/v1/messages",
        {
            "model": "claude-sonnet-4-5",
            "system": [{"type": "text", "text": f"sys {SECRET}"}],
            "messages": [
                {"role": "user", "content": f"hello {SECRET}"},
                {"role": "assistant", "content": [{"type": "tool_use", "id": "t", "name": "crm", "input": {"customer": {"name": SECRET}}}]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t", "content": [{"type": "text", "text": f"found {SECRET}"}]}]},
            ],
            "max_tokens": 100,
        },
        "anthropic_messages", "claude-sonnet-4-5", 4,
    ),
    (
        "/v1beta/models/gemini-2.5-flash:streamGenerateContent",
        {
            "systemInstruction": {"parts": [{"text": f"sys {SECRET}"}]},
            "contents": [
                {"role": "user", "parts": [{"text": f"q {SECRET}"}, {"inlineData": {"mimeType": "image/png", "data": "AAAA"}}]},
                {"role": "model", "parts": [{"functionCall": {"name": "f", "args": {"who": SECRET}}}]},
            ],
        },
        "gemini", "gemini-2.5-flash", 3,
    ),
    (
        "/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse",
        {
            "system": [{"text": f"sys {SECRET}"}],
            "messages": [{"role": "user", "content": [{"text": f"q {SECRET}"}, {"toolResult": {"toolUseId": "t", "content": [{"json": {"v": SECRET}}]}}]}],
        },
        "bedrock_converse", "anthropic.claude-3-haiku-20240307-v1:0", 3,
    ),
    (
        "/model/anthropic.claude-3-haiku-20240307-v1:0/invoke",
        {"anthropic_version": "bedrock-2023-05-31", "messages": [{"role": "user", "content": f"x {SECRET}"}], "max_tokens": 10},
        "anthropic_messages", "anthropic.claude-3-haiku-20240307-v1:0", 1,
    ),
    ("/v2/chat", {"model": "command-r-plus", "messages": [{"role": "user", "content": f"c {SECRET}"}], "documents": [{"data": {"text": f"doc {SECRET}"}}]}, "cohere", "command-r-plus", 2),
    ("/api/chat", {"model": "llama3.1", "messages": [{"role": "user", "content": f"o {SECRET}"}]}, "ollama", "llama3.1", 1),
    ("/api/v1/services/aigc/text-generation/generation", {"model": "qwen-plus", "input": {"messages": [{"role": "user", "content": f"q {SECRET}"}]}}, "dashscope", "qwen-plus", 1),
    ("/compatible-mode/v1/chat/completions", {"model": "qwen-plus", "messages": [{"role": "user", "content": f"q {SECRET}"}]}, "openai_chat", "qwen-plus", 1),
    ("/internal/llm/run", {"model": "x", "payload": {"question": f"q {SECRET}", "tags": ["t"]}}, "generic_json", "x", 2),
]


@pytest.mark.parametrize(("path", "body", "fmt", "model", "count"), CASES, ids=[c[2] + ":" + c[0] for c in CASES])
def test_every_prompt_text_is_found_and_rewritten_in_place(path, body, fmt, model, count) -> None:
    parsed = parse_request(path, json.dumps(body, ensure_ascii=False).encode())
    assert parsed.format == fmt
    assert parsed.model == model
    assert len(parsed.texts) == count
    with_secret = [i for i, (_, text) in enumerate(parsed.texts) if SECRET in text]
    assert with_secret, "every case puts the secret in at least one prompt slot"
    rewritten = parsed.rewrite({i: parsed.texts[i][1].replace(SECRET, "<PERSON_1>") for i in with_secret})
    assert SECRET.encode() not in rewritten
    # Nothing but the rewritten strings changed.
    expected = json.loads(json.dumps(body).replace(SECRET, "<PERSON_1>"))
    assert json.loads(rewritten) == expected


def test_streaming_flags() -> None:
    assert parse_request("/v1/chat/completions", b'{"model":"m","messages":[],"stream":true}').stream
    assert not parse_request("/v1/chat/completions", b'{"model":"m","messages":[]}').stream
    assert parse_request("/api/chat", b'{"model":"m","messages":[]}').stream  # Ollama streams by default
    assert parse_request("/v1beta/models/g:streamGenerateContent", b'{"contents":[]}').stream


def test_malformed_json_is_scanned_as_text() -> None:
    parsed = parse_request("/v1/chat/completions", b'{"messages": [{"role": "user", "content": "broken')
    assert parsed.format == "text"
    assert parsed.texts[0][1].endswith("broken")
    assert parsed.note and "not valid JSON" in parsed.note
    assert parsed.rewrite({0: "x"}) == b"x"


def test_binary_body_is_flagged_not_scanned() -> None:
    parsed = parse_request("/v1/audio/transcriptions", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert parsed.format == "binary" and parsed.texts == []
    assert parsed.note and "binary" in parsed.note
    with pytest.raises(ValueError):
        parsed.rewrite({})


def test_thai_text_stays_utf8_after_rewrite() -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "สวัสดีครับ คุณสมหญิง"}]}
    parsed = parse_request("/v1/chat/completions", json.dumps(body).encode())
    out = parsed.rewrite({0: "สวัสดีครับ <PERSON_1>"})
    assert "สวัสดีครับ".encode() in out
    assert parsed.segments[0].path == "$.messages[0].content"
