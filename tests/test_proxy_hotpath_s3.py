"""Hot-path shortcuts of the request and response hooks, checked against the code they replace.

Headers rewritten in one pass over the raw fields, the Host taken from the lowered headers,
options copied at configure time, JSON encoders made once, and the reserve pre-filter: each must
give exactly what the long way round gives. Values are fabricated (the national ID has a valid
checksum but belongs to nobody).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mitmproxy import http
from mitmproxy.test import taddons, tflow

from pdpa_guard.providers import parse_request
from pdpa_guard.proxy.addon import (
    PdpaGuard,
    _lowered_headers,
    _pretty_host,
    _send_rewritten,
    _set_plain_content,
)
from pdpa_guard.vault import Vault

NATIONAL_ID = "1101700230708"
PROMPT = f"ร่างอีเมลถึงลูกค้า เลขบัตรประชาชน {NATIONAL_ID} เรื่องเลื่อนนัดชำระ"

FIELD_SETS = [
    [],
    [(b"Host", b"api.openai.com"), (b"Content-Type", b"application/json"), (b"Content-Length", b"12")],
    [(b"Content-Encoding", b"gzip"), (b"content-length", b"5"), (b"Accept-Encoding", b"gzip, br")],
    [(b"CONTENT-LENGTH", b"1"), (b"X-A", b"a"), (b"content-length", b"2"), (b"accept-encoding", b"br"),
     (b"Accept-Encoding", b"gzip"), (b"content-encoding", b"br"), (b"Content-Encoding", b"gzip")],
    [(b"Transfer-Encoding", b"chunked"), (b"Content-Length", b"9"), (b"X-Thai", "ค่า".encode())],
    [(b"transfer-encoding", b"chunked"), (b"X-Bad", b"\xff\xfe")],
    [(b"Accept-Encoding", b"identity"), (b"Cookie", b"a=1"), (b"cookie", b"b=2")],
]


def _request(fields: list[tuple[bytes, bytes]]) -> http.Request:
    request = tflow.treq()
    request.headers = http.Headers(fields)
    request.raw_content = b"old body"
    return request


@pytest.mark.parametrize("fields", FIELD_SETS)
@pytest.mark.parametrize("body", [b"", b'{"a":1}', "ข้อความ".encode()])
def test_send_rewritten_sets_what_the_three_header_steps_set(fields: list[tuple[bytes, bytes]], body: bytes) -> None:
    expected, actual = _request(fields), _request(fields)
    expected.headers.pop("content-encoding", None)
    expected.content = body
    expected.headers["accept-encoding"] = "identity"
    _send_rewritten(actual, body)
    assert actual.headers.fields == expected.headers.fields
    assert actual.raw_content == expected.raw_content == body


@pytest.mark.parametrize("fields", [f for f in FIELD_SETS if not any(n.lower() == b"content-encoding" for n, _ in f)])
def test_set_plain_content_is_set_content_without_an_encoding(fields: list[tuple[bytes, bytes]]) -> None:
    expected, actual = _request(fields), _request(fields)
    expected.set_content(b"restored")
    chunked = any(n.lower() == b"transfer-encoding" for n, _ in fields)
    _set_plain_content(actual, b"restored", chunked=chunked)
    assert actual.headers.fields == expected.headers.fields
    assert actual.raw_content == expected.raw_content


@pytest.mark.parametrize("version", ["HTTP/1.1", "HTTP/2.0"])
@pytest.mark.parametrize("host_fields", [[], [(b"Host", b"api.openai.com")], [(b"host", b"example.com:8443")],
                                         [(b"Host", b"a.example"), (b"HOST", b"b.example")]])
@pytest.mark.parametrize("authority", ["", "api.anthropic.com:443"])
def test_pretty_host_from_lowered_headers_is_mitmproxys(version: str, host_fields: list, authority: str) -> None:
    request = _request(host_fields)
    request.http_version = version
    request.authority = authority
    assert _pretty_host(request, _lowered_headers(request.headers)) == request.pretty_host


def test_reserve_still_withdraws_plain_and_escaped_placeholders() -> None:
    vault = Vault()
    conversation = vault.new_conversation()
    first, second = vault.assign(conversation, [("PERSON", "สมชาย ใจดี"), ("PHONE_NUMBER", "081-234-5678")])
    assert vault.restore(conversation, f"{first} {second}") == "สมชาย ใจดี 081-234-5678"
    # Typed into a prompt (the second JSON-escaped): neither may be restored any more.
    vault.reserve(conversation, ["ไม่มีอะไร", f"ดู {first}", "json: \\u003c" + second[1:-1] + "\\u003e"])
    assert vault.restore(conversation, f"{first} {second}") == f"{first} {second}"
    again = vault.assign(conversation, [("PERSON", "สมชาย ใจดี")])[0]
    assert again not in (first, second)


def test_compact_body_rewrite_is_json_dumps() -> None:
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": PROMPT}], "n": 1.5, "x": None,
            "nested": {"k": ["ก", "\u2028", "<tag>", "\"q\""]}}
    parsed = parse_request("/v1/chat/completions", json.dumps(body, ensure_ascii=True, indent=2).encode())
    out = parsed.rewrite({0: "ข้อความใหม่ <TH_NATIONAL_ID_1>"})
    body["messages"][0]["content"] = "ข้อความใหม่ <TH_NATIONAL_ID_1>"
    assert out == json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _flow(body: bytes, fields: list[tuple[bytes, bytes]] | None = None) -> http.HTTPFlow:
    flow = tflow.tflow()
    flow.request.method, flow.request.path = "POST", "/v1/chat/completions"
    flow.request.host, flow.request.port = "api.openai.com", 443
    flow.request.headers["content-type"] = "application/json"
    for name, value in fields or []:
        flow.request.headers.add(name.decode(), value.decode())
    flow.request.content = body
    return flow


def _chat(text: str) -> bytes:
    return json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": text}]}, ensure_ascii=False).encode()


def test_options_changed_at_run_time_take_effect(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PDPA_GUARD_HOME", str(tmp_path / "home"))
    addon = PdpaGuard()
    with taddons.context(addon) as tctx:
        tctx.configure(addon, pdpa_record=False)
        flow = _flow(_chat(PROMPT))
        addon._handle(flow)
        assert "<TH_NATIONAL_ID_1>" in flow.request.get_text()
        tctx.configure(addon, pdpa_surrogates=True)
        flow = _flow(_chat(PROMPT))
        addon._handle(flow)
        assert NATIONAL_ID not in flow.request.get_text() and "<TH_NATIONAL_ID_1>" not in flow.request.get_text()
        tctx.configure(addon, pdpa_max_body=10, pdpa_fail_mode="open")
        flow = _flow(_chat(PROMPT))
        addon._handle(flow)
        assert NATIONAL_ID in flow.request.get_text() and flow.response is None  # too large: failed open
        tctx.configure(addon, pdpa_max_body=10 * 1024 * 1024, pdpa_app_header="X-Team")
        flow = _flow(_chat(PROMPT), [(b"X-Team", b"crm")])
        assert addon._exchange(flow, _lowered_headers(flow.request.headers)).app == "crm"


def test_rewritten_request_and_restored_answer_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PDPA_GUARD_HOME", str(tmp_path / "home"))
    addon = PdpaGuard()
    with taddons.context(addon) as tctx:
        tctx.configure(addon, pdpa_record=False)
        flow = _flow(_chat(PROMPT), [(b"Accept-Encoding", b"gzip"), (b"Content-Length", b"1")])
        addon._handle(flow)
        sent = flow.request.get_text()
        assert sent == json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": PROMPT.replace(
            NATIONAL_ID, "<TH_NATIONAL_ID_1>")}]}, ensure_ascii=False, separators=(",", ":"))
        assert flow.request.headers.get_all("accept-encoding") == ["identity"]
        assert flow.request.headers["content-length"] == str(len(flow.request.raw_content))
        answer = {"choices": [{"message": {"content": f"echo: {json.loads(sent)['messages'][0]['content']}"}}]}
        flow.response = tflow.tresp(content=json.dumps(answer, ensure_ascii=False).encode())
        addon.response(flow)
        answer["choices"][0]["message"]["content"] = f"echo: {PROMPT}"
        assert flow.response.raw_content == json.dumps(answer, ensure_ascii=False).encode()
        assert flow.response.headers["content-length"] == str(len(flow.response.raw_content))
