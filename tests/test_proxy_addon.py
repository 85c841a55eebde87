"""The mitmproxy addon in-process, through mitmproxy's own test helpers: faults, formats, records.

No sockets and no subprocess: flows are built with ``mitmproxy.test.tflow`` and handed to the hooks
under ``mitmproxy.test.taddons.context``, the way mitmproxy itself calls them. What is asserted is
what a user sees: the bytes that would leave for the provider, the answer the client gets, the
error its SDK would parse, and the rows of the findings store. (tests/test_proxy_e2e.py drives the
real proxy with real SDKs; this file covers the many cases that would be slow to run that way.)

Values are fabricated: the national ID has a valid checksum but belongs to nobody.
"""

from __future__ import annotations

import asyncio
import dataclasses
import gzip
import json
import logging
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import brotli
import pytest
import yaml
import zstandard
from mitmproxy import http
from mitmproxy.test import taddons, tflow
from stdnum.th import pin

from pdpa_guard.destinations import DestinationTable
from pdpa_guard.detect import Finding
from pdpa_guard.pipeline import Pipeline
from pdpa_guard.proxy.addon import PdpaGuard
from tests.proxy_support import ROOT

NATIONAL_ID = "1101700230708"
PHONE = "081-234-5678"
PROMPT = f"ร่างอีเมลถึงลูกค้า เลขบัตรประชาชน {NATIONAL_ID} โทร {PHONE} เรื่องเลื่อนนัดชำระ"
HEALTH_PROMPT = f"ลูกค้าเลขบัตรประชาชน {NATIONAL_ID} ป่วยเป็นโรคเบาหวาน ต้องฉีดอินซูลินทุกวัน"
CRIMINAL_PROMPT = "ผู้สมัครงานรายนี้เคยต้องโทษจำคุกคดียาเสพติด ช่วยสรุปความเหมาะสม"
RAW_VALUES = (NATIONAL_ID, PHONE, "เบาหวาน")
PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*_[0-9]+>")

OPENAI = "https://api.openai.com/v1/chat/completions"
ANTHROPIC = "https://api.anthropic.com/v1/messages"
RESPONSES = "https://api.openai.com/v1/responses"
GEMINI = "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent"
GEMINI_SSE = "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse"
BEDROCK = "https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku/converse"
BEDROCK_TH = "https://bedrock-runtime.ap-southeast-7.amazonaws.com/model/anthropic.claude-3-haiku/converse"
COHERE = "https://api.cohere.com/v2/chat"
OLLAMA_ABROAD = "https://ollama.test.example/api/chat"  # unlisted host: unknown country = cross-border
OLLAMA_LOCAL = "http://localhost:11434/api/chat"
DOMESTIC = "https://llm.test.co.th/v1/chat/completions"
LOCAL_GPU = "gpu.test.internal"

TEST_DESTINATIONS = f"""destinations:
  - name: test-gpu
    hosts: ["{LOCAL_GPU}:8000"]
    provider: Test GPU server
    local: true
    models: {{"gpt-4o": "typhoon2-70b", "*": "typhoon2-8b"}}
  - name: test-th-cloud
    hosts: [llm.test.co.th]
    provider: Test Thai cloud
    country: TH
    transfer_basis: none
"""
REROUTE_RULE = """rules:
  - id: criminal-records-stay-home
    entities: [CRIMINAL_RECORD]
    destinations: [cross_border]
    action: reroute
    reroute_to: test-gpu
"""


# --------------------------------------------------------------------------- harness


@pytest.fixture(scope="module")
def rules_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped rules plus a local GPU server (reroute target), a Thai cloud and a reroute rule."""
    rules = tmp_path_factory.mktemp("rules")
    destinations = (ROOT / "rules" / "destinations.yaml").read_text(encoding="utf-8")
    (rules / "destinations.yaml").write_text(destinations.replace("destinations:\n", TEST_DESTINATIONS, 1), encoding="utf-8")
    policy = (ROOT / "rules" / "policy.yaml").read_text(encoding="utf-8")
    (rules / "policy.yaml").write_text(policy.replace("rules:\n", REROUTE_RULE, 1), encoding="utf-8")
    return rules


@dataclasses.dataclass
class Guard:
    """The addon under a mitmproxy test context, with a SQLite store of its own."""

    addon: PdpaGuard
    tctx: taddons.context
    db: Path

    def configure(self, **options: Any) -> None:
        self.tctx.configure(self.addon, **options)

    def send(self, flow: http.HTTPFlow) -> http.HTTPFlow:
        """Run the request hooks, as mitmproxy does once the client's request is in."""
        self.addon.requestheaders(flow)
        asyncio.run(self.addon.request(flow))
        return flow

    def answer(self, flow: http.HTTPFlow, body: Any, content_type: str = "application/json") -> bytes:
        """Give ``flow`` an upstream answer (non-streamed) and return what the client gets."""
        content = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
        flow.response = http.Response.make(200, content, {"content-type": content_type})
        self.addon.responseheaders(flow)
        assert not flow.response.stream
        self.addon.response(flow)
        return flow.response.content or b""

    def stream(self, flow: http.HTTPFlow, chunks: list[bytes], content_type: str = "text/event-stream") -> bytes:
        """Stream ``chunks`` through the addon's stream function (then b"" for the end)."""
        flow.response = http.Response.make(200, b"", {"content-type": content_type})
        flow.response.headers["transfer-encoding"] = "chunked"
        self.addon.responseheaders(flow)
        restore = flow.response.stream
        assert callable(restore), "a streamed answer of a pseudonymised request must be restored on the fly"
        out = b"".join(_as_bytes(restore(chunk)) for chunk in chunks)
        return out + _as_bytes(restore(b""))

    def rows(self) -> list[dict[str, Any]]:
        """The store's exchanges, after the background writer has been closed (and flushed)."""
        self.addon.done()
        if not self.db.exists():
            return []
        with sqlite3.connect(self.db) as conn:
            conn.row_factory = sqlite3.Row
            return [dict(r) for r in conn.execute("select * from exchanges order by time")]


def _as_bytes(value: bytes | Iterator[bytes]) -> bytes:
    return value if isinstance(value, bytes) else b"".join(value)


@pytest.fixture
def guard(tmp_path: Path, rules_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Guard]:
    monkeypatch.setenv("PDPA_GUARD_HOME", str(tmp_path))  # HMAC key and spool of this test only
    monkeypatch.delenv("PDPA_GUARD_DB", raising=False)
    monkeypatch.delenv("PDPA_GUARD_HMAC_KEY", raising=False)
    addon = PdpaGuard()
    db = tmp_path / "findings.db"
    with taddons.context(addon) as tctx:
        tctx.configure(addon, pdpa_rules=str(rules_dir), pdpa_db=f"sqlite:///{db}")
        yield Guard(addon, tctx, db)
        addon.done()


def make_flow(url: str, body: Any = None, *, method: str = "POST", headers: dict[str, str] | None = None,
              raw: bytes | None = None) -> http.HTTPFlow:
    """A flow as the request hook sees it: before the upstream connection exists (no server IP)."""
    request = http.Request.make(method, url, b"", {"content-type": "application/json", **(headers or {})})
    if raw is not None:
        request.raw_content = raw
        request.headers["content-length"] = str(len(raw))
    elif body is not None:
        request.content = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    flow = tflow.tflow(req=request)
    flow.server_conn.peername = None
    return flow


def chat(text: str, model: str = "gpt-4o", **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": text}], **extra}


def error_text(flow: http.HTTPFlow) -> str:
    assert flow.response is not None
    return flow.response.get_text() or ""


def assert_no_values(*texts: str) -> None:
    for text in texts:
        for raw in RAW_VALUES:
            assert raw not in text


# --------------------------------------------------------------------------- compressed bodies

ENCODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.compress,
    "deflate": zlib.compress,
    "br": brotli.compress,
    "zstd": lambda data: zstandard.ZstdCompressor().compress(data),
}


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
def test_compressed_bodies_are_decoded_pseudonymised_and_resent_plain(guard: Guard, encoding: str) -> None:
    plain = json.dumps(chat(PROMPT), ensure_ascii=False).encode()
    flow = guard.send(make_flow(OPENAI, raw=ENCODERS[encoding](plain), headers={"content-encoding": encoding}))
    assert flow.response is None, "the request goes on"
    request = flow.request
    assert "content-encoding" not in request.headers
    assert int(request.headers["content-length"]) == len(request.raw_content or b"")
    sent = json.loads(request.raw_content or b"")["messages"][0]["content"]
    assert_no_values(sent)
    assert "<TH_NATIONAL_ID_1>" in sent and "<PHONE_NUMBER_1>" in sent
    answer = guard.answer(flow, {"choices": [{"index": 0, "message": {"role": "assistant", "content": sent}}]})
    assert json.loads(answer)["choices"][0]["message"]["content"] == PROMPT


@pytest.mark.parametrize(("mode", "blocked"), [("closed", True), ("auto", True), ("open", False)])
def test_an_undecodable_content_encoding_follows_the_fail_mode(guard: Guard, mode: str, blocked: bool) -> None:
    guard.configure(pdpa_fail_mode=mode)
    corrupt = b"\x1f\x8b not really gzip " + PROMPT.encode()
    flow = guard.send(make_flow(OPENAI, raw=corrupt, headers={"content-encoding": "gzip"}))
    if blocked:
        assert flow.response is not None and flow.response.status_code == 403
        message = json.loads(error_text(flow))["error"]["message"]
        assert "content-encoding 'gzip' could not be decoded" in message
        assert_no_values(message)
    else:
        assert flow.response is None
        assert flow.request.raw_content == corrupt and flow.request.headers["content-encoding"] == "gzip"
    [row] = guard.rows()
    assert (row["action"], row["enforced"]) == ("block" if blocked else "allow", 1)
    assert row["note"].startswith("failed closed" if blocked else "failed open")


# --------------------------------------------------------------------------- binary and oversized bodies

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


@pytest.mark.parametrize(
    ("mode", "url", "blocked"),
    [
        ("closed", ANTHROPIC, True),
        ("closed", OLLAMA_LOCAL, True),
        ("open", ANTHROPIC, False),
        ("auto", ANTHROPIC, True),  # cross-border: closed
        ("auto", OLLAMA_LOCAL, False),  # local: open
        ("auto", DOMESTIC, False),  # processed in Thailand: open
        ("auto", BEDROCK_TH, False),  # a Thai cloud region is domestic too
    ],
)
def test_binary_bodies_follow_the_fail_mode(guard: Guard, mode: str, url: str, blocked: bool) -> None:
    guard.configure(pdpa_fail_mode=mode)
    flow = guard.send(make_flow(url, raw=PNG, headers={"content-type": "image/png"}))
    [row] = guard.rows()
    if blocked:
        assert flow.response is not None and flow.response.status_code == 403
        assert flow.response.headers["x-pdpa-guard"] == "pdpa_unchecked"
        body = json.loads(error_text(flow))
        if url == ANTHROPIC:  # the path alone tells the API: the SDK gets its own error shape
            assert body["type"] == "error" and body["error"]["type"] == "permission_error"
        assert "could not be checked" in error_text(flow) and "binary body" in error_text(flow)
        assert (row["action"], row["note"][:13]) == ("block", "failed closed")
    else:
        assert flow.response is None and flow.request.raw_content == PNG
        assert row["action"] == "allow" and row["note"].startswith("failed open: binary body")
    assert row["enforced"] == 1


@pytest.mark.parametrize(("mode", "blocked"), [("closed", True), ("auto", True), ("open", False)])
def test_bodies_over_pdpa_max_body_follow_the_fail_mode(guard: Guard, mode: str, blocked: bool) -> None:
    guard.configure(pdpa_fail_mode=mode, pdpa_max_body=2000)
    body = json.dumps(chat(PROMPT + " " + "ก" * 2000), ensure_ascii=False).encode()
    flow = guard.send(make_flow(OPENAI, body))
    if blocked:
        assert flow.response is not None and flow.response.status_code == 403
        error = json.loads(error_text(flow))["error"]
        assert error["type"] == "pdpa_policy_violation" and error["code"] == "pdpa_unchecked"
        assert "exceeds pdpa_max_body (2000)" in error["message"]
        assert_no_values(error["message"])
    else:
        assert flow.response is None and flow.request.raw_content == body
    [row] = guard.rows()
    assert row["note"].startswith(("failed closed" if blocked else "failed open") + ": request body of")


def test_a_small_compressed_body_that_inflates_past_the_limit_is_oversized(guard: Guard) -> None:
    guard.configure(pdpa_fail_mode="closed", pdpa_max_body=4000)
    plain = json.dumps(chat(PROMPT + " " + "ก" * 10_000), ensure_ascii=False).encode()
    packed = gzip.compress(plain)
    assert len(packed) < 4000 < len(plain)
    flow = guard.send(make_flow(OPENAI, raw=packed, headers={"content-encoding": "gzip"}))
    assert flow.response is not None and flow.response.status_code == 403
    assert "decoded request body" in error_text(flow)


def test_an_oversized_upload_to_a_site_that_is_no_llm_api_is_left_alone(guard: Guard) -> None:
    guard.configure(pdpa_fail_mode="closed", pdpa_max_body=1000)
    upload = make_flow("https://files.example.org/upload", raw=PNG * 4, headers={"content-type": "image/png"})
    guard.send(upload)
    assert upload.response is None and upload.request.raw_content == PNG * 4
    assert guard.rows() == []


@pytest.mark.parametrize(("mode", "url", "killed"), [
    ("auto", OPENAI, True), ("closed", OLLAMA_LOCAL, True), ("auto", OLLAMA_LOCAL, False), ("open", OPENAI, False)])
def test_request_bodies_streamed_by_mitmproxy_follow_the_fail_mode(guard: Guard, mode: str, url: str, killed: bool) -> None:
    # With stream_large_bodies, mitmproxy streams a body it knows to be large before the request
    # hook: it cannot be checked, so "closed" kills the flow (nothing more is sent upstream).
    guard.configure(pdpa_fail_mode=mode)
    flow = make_flow(url, chat(PROMPT))
    flow.request.stream = True
    guard.send(flow)
    assert flow.response is None
    assert (flow.error is not None and flow.error.msg == flow.error.KILLED_MESSAGE) is killed
    [row] = guard.rows()
    assert row["action"] == ("block" if killed else "allow")
    assert row["note"] == f"failed {'closed' if killed else 'open'}: request body streamed by mitmproxy (stream_large_bodies) cannot be checked"


def test_a_request_streamed_before_the_hooks_could_stop_it_is_recorded_as_failed_open(guard: Guard) -> None:
    guard.configure(pdpa_fail_mode="closed")
    flow = make_flow(OPENAI, chat(PROMPT))
    guard.addon.requestheaders(flow)  # chunked: nothing known yet, so mitmproxy streams mid-body
    flow.request.stream = True
    asyncio.run(guard.addon.request(flow))  # (with store_streamed_bodies the content is there, and moot)
    assert json.loads(flow.request.raw_content or b"")["messages"][0]["content"] == PROMPT, "not rewritten after the fact"
    [row] = guard.rows()
    assert (row["action"], row["note"][:11]) == ("allow", "failed open")


def test_streamed_uploads_to_sites_that_are_no_llm_api_are_left_alone(guard: Guard) -> None:
    guard.configure(pdpa_fail_mode="closed")
    upload = make_flow("https://files.example.org/upload", raw=PNG)
    upload.request.stream = True
    guard.send(upload)
    assert upload.error is None and guard.rows() == []


# --------------------------------------------------------------------------- exceptions in the pipeline


def _raise_with_values(*args: object, **kwargs: object) -> None:
    raise RuntimeError(f"detector choked on {NATIONAL_ID} and {PHONE}")  # messages may quote the prompt


@pytest.mark.parametrize("stage", ["inspect", "decide", "rewrite"])
@pytest.mark.parametrize("mode", ["closed", "auto", "open"])
def test_pipeline_errors_follow_the_fail_mode_and_the_proxy_keeps_serving(
    guard: Guard, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, stage: str, mode: str
) -> None:
    guard.configure(pdpa_fail_mode=mode)
    pipeline = guard.addon.pipeline
    assert pipeline is not None
    body = json.dumps(chat(PROMPT), ensure_ascii=False).encode()
    with monkeypatch.context() as patch, caplog.at_level(logging.DEBUG):
        patch.setattr(pipeline, stage, _raise_with_values)
        flow = guard.send(make_flow(OPENAI, body))
    closed = mode != "open"  # api.openai.com is cross-border: auto fails closed
    if closed:
        assert flow.response is not None and flow.response.status_code == 403
        error = json.loads(error_text(flow))["error"]
        assert error["message"] == "Blocked by pdpa-guard: request could not be checked: analysis error (RuntimeError)"
        assert_no_values(error_text(flow))
    else:
        assert flow.response is None and flow.request.raw_content == body, "passed unchanged, never half-rewritten"
        assert "pdpa_guard" not in flow.metadata, "nothing to restore in the answer"
    assert f"analysis error (RuntimeError) for api.openai.com: failing {'closed' if closed else 'open'}" in caplog.text
    assert_no_values(caplog.text)

    following = guard.send(make_flow(OPENAI, chat(PROMPT)))
    assert following.response is None
    assert "<TH_NATIONAL_ID_1>" in (following.request.get_text() or "")
    failed, ok = guard.rows()
    assert (failed["action"], failed["note"]) == (
        "block" if closed else "allow", f"failed {'closed' if closed else 'open'}: analysis error (RuntimeError)")
    assert ok["action"] == "pseudonymise" and ok["note"] is None
    assert guard.addon.stats["failed"] == 1


# --------------------------------------------------------------------------- traffic left alone


def test_non_llm_traffic_and_websockets_pass_untouched_and_unrecorded(guard: Guard) -> None:
    get = make_flow(f"{OPENAI[:-len('/chat/completions')]}/models?customer={NATIONAL_ID}", method="GET")
    form_body = f"name=Somchai&id={NATIONAL_ID}&phone={PHONE}".encode()
    form = make_flow("https://shop.example.org/contact", raw=form_body,
                     headers={"content-type": "application/x-www-form-urlencoded"})
    rest = make_flow("https://crm.example.org/api/customers", {"name": "สมชาย", "national_id": NATIONAL_ID})
    websocket = make_flow(OPENAI, chat(PROMPT))
    websocket.websocket = tflow.twebsocket()
    before = {id(f): (f.request.raw_content, dict(f.request.headers)) for f in (get, form, rest, websocket)}
    for flow in (get, form, rest, websocket):
        guard.send(flow)
        assert flow.response is None
        assert (flow.request.raw_content, dict(flow.request.headers)) == before[id(flow)]
        assert "pdpa_guard" not in flow.metadata
    assert guard.rows() == []


@pytest.mark.parametrize("url", [OLLAMA_LOCAL, "http://10.20.30.40:9000/v1/chat/completions"])
def test_local_destinations_pass_unchanged_and_are_recorded_as_allow(guard: Guard, url: str) -> None:
    body = json.dumps(chat(HEALTH_PROMPT, model="typhoon"), ensure_ascii=False).encode()
    flow = guard.send(make_flow(url, body))
    assert flow.response is None and flow.request.raw_content == body
    [row] = guard.rows()
    assert (row["action"], row["enforced"], row["dest_local"]) == ("allow", 1, 1)
    assert row["finding_count"] >= 2 and row["sensitive_count"] >= 1


# --------------------------------------------------------------------------- blocks, in each provider's shape


def _openai_error(body: dict[str, Any], headers: http.Headers) -> str:
    assert body["error"]["type"] == "pdpa_policy_violation" and body["error"]["code"] == "pdpa_blocked"
    return body["error"]["message"]


def _anthropic_error(body: dict[str, Any], headers: http.Headers) -> str:
    assert body["type"] == "error" and body["error"]["type"] == "permission_error"
    return body["error"]["message"]


def _gemini_error(body: dict[str, Any], headers: http.Headers) -> str:
    assert body["error"]["code"] == 403 and body["error"]["status"] == "PERMISSION_DENIED"
    return body["error"]["message"]


def _bedrock_error(body: dict[str, Any], headers: http.Headers) -> str:
    assert headers["x-amzn-errortype"] == "AccessDeniedException"  # botocore reads the code here
    return body["message"]


def _cohere_error(body: dict[str, Any], headers: http.Headers) -> str:
    assert body["code"] == "pdpa_blocked"
    return body["message"]


def _ollama_error(body: dict[str, Any], headers: http.Headers) -> str:
    assert list(body) == ["error"]  # the ollama client raises ResponseError(body["error"])
    return body["error"]


BLOCK_CASES = {
    "openai": (OPENAI, chat(HEALTH_PROMPT), _openai_error),
    "openai-compatible": ("https://api.groq.com/openai/v1/chat/completions", chat(HEALTH_PROMPT, model="llama"), _openai_error),
    "anthropic": (ANTHROPIC, chat(HEALTH_PROMPT, model="claude-test", max_tokens=10), _anthropic_error),
    "gemini": (GEMINI, {"contents": [{"role": "user", "parts": [{"text": HEALTH_PROMPT}]}]}, _gemini_error),
    "bedrock": (BEDROCK, {"messages": [{"role": "user", "content": [{"text": HEALTH_PROMPT}]}]}, _bedrock_error),
    "cohere": (COHERE, chat(HEALTH_PROMPT, model="command-r"), _cohere_error),
    "ollama": (OLLAMA_ABROAD, chat(HEALTH_PROMPT, model="llama3"), _ollama_error),
}


@pytest.mark.parametrize("case", sorted(BLOCK_CASES))
def test_blocks_answer_in_the_providers_own_error_shape(guard: Guard, case: str) -> None:
    url, body, read_message = BLOCK_CASES[case]
    flow = guard.send(make_flow(url, body))
    assert flow.response is not None and flow.response.status_code == 403
    assert flow.response.headers["content-type"] == "application/json"
    message = read_message(json.loads(error_text(flow)), flow.response.headers)
    assert message.startswith("Blocked by pdpa-guard:")
    assert "HEALTH_DATA" in message and "sensitive-cross-border-without-basis" in message
    assert_no_values(message)
    [row] = guard.rows()
    assert (row["action"], row["rule"]) == ("block", "sensitive-cross-border-without-basis")


# --------------------------------------------------------------------------- reroute


def test_reroute_goes_to_the_local_server_with_the_model_name_translated(guard: Guard) -> None:
    flows = [guard.send(make_flow(OPENAI, chat(CRIMINAL_PROMPT, model=model))) for model in ("gpt-4o", "o3-mini")]
    for flow, local_model in zip(flows, ("typhoon2-70b", "typhoon2-8b"), strict=True):
        request = flow.request
        assert flow.response is None
        assert (request.scheme, request.host, request.port) == ("http", LOCAL_GPU, 8000)
        assert request.headers["host"] == f"{LOCAL_GPU}:8000"
        sent = json.loads(request.raw_content or b"")
        assert sent["model"] == local_model
        assert sent["messages"][0]["content"] == CRIMINAL_PROMPT, "the local model gets the request unchanged"
        assert int(request.headers["content-length"]) == len(request.raw_content or b"")
    assert [(r["action"], r["rule"]) for r in guard.rows()] == [("reroute", "criminal-records-stay-home")] * 2


def test_a_compressed_rerouted_request_is_resent_plain(guard: Guard) -> None:
    plain = json.dumps(chat(CRIMINAL_PROMPT), ensure_ascii=False).encode()
    flow = guard.send(make_flow(OPENAI, raw=gzip.compress(plain), headers={"content-encoding": "gzip"}))
    assert flow.request.host == LOCAL_GPU and "content-encoding" not in flow.request.headers
    assert json.loads(flow.request.raw_content or b"")["model"] == "typhoon2-70b"


def test_a_reroute_target_without_host_and_port_fails_closed(guard: Guard, rules_dir: Path) -> None:
    # `rules check` refuses such a target; the addon still never sends the data abroad if one slips by.
    text = (rules_dir / "destinations.yaml").read_text(encoding="utf-8").replace(f"{LOCAL_GPU}:8000", LOCAL_GPU)
    portless = DestinationTable.from_data(yaml.safe_load(text))
    pipeline = guard.addon.pipeline
    assert pipeline is not None
    guard.addon.pipeline = Pipeline(dataclasses.replace(pipeline.rules, destinations=portless), pipeline.engine)
    flow = guard.send(make_flow(OPENAI, chat(CRIMINAL_PROMPT)))
    assert flow.request.host == "api.openai.com"
    assert flow.response is not None and flow.response.status_code == 403
    error = json.loads(error_text(flow))["error"]
    assert error["code"] == "pdpa_reroute_failed"
    assert "reroute target 'test-gpu' has no host:port" in error["message"]
    [row] = guard.rows()
    assert row["action"] == "block" and row["note"] == "reroute target 'test-gpu' has no host:port"


# --------------------------------------------------------------------------- restored answers (whole JSON)


def _sent_text(flow: http.HTTPFlow, path: tuple[Any, ...]) -> str:
    node: Any = json.loads(flow.request.raw_content or b"")
    for key in path:
        node = node[key]
    assert isinstance(node, str)
    return node


RESTORE_CASES: dict[str, tuple[str, dict[str, Any], tuple[Any, ...], Callable[[str], Any], Callable[[Any], list[str]]]] = {
    "openai-chat": (
        OPENAI, chat(PROMPT), ("messages", 0, "content"),
        lambda echo: {"choices": [{"index": 0, "message": {"role": "assistant", "content": echo, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "send", "arguments": json.dumps({"body": echo})}}]}}]},
        lambda a: [a["choices"][0]["message"]["content"],
                   json.loads(a["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"])["body"]],
    ),
    "openai-responses": (
        RESPONSES, {"model": "gpt-4o", "input": PROMPT}, ("input",),
        lambda echo: {"object": "response", "output": [
            {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": echo, "annotations": []}]}]},
        lambda a: [a["output"][0]["content"][0]["text"]],
    ),
    "anthropic": (
        ANTHROPIC, chat(PROMPT, model="claude-test", max_tokens=100), ("messages", 0, "content"),
        lambda echo: {"type": "message", "role": "assistant", "content": [
            {"type": "text", "text": echo}, {"type": "tool_use", "id": "tu_1", "name": "send", "input": {"body": echo}}]},
        lambda a: [a["content"][0]["text"], a["content"][1]["input"]["body"]],
    ),
    "gemini": (
        GEMINI, {"contents": [{"role": "user", "parts": [{"text": PROMPT}]}]}, ("contents", 0, "parts", 0, "text"),
        lambda echo: {"candidates": [{"index": 0, "content": {"role": "model", "parts": [{"text": echo}]}, "finishReason": "STOP"}]},
        lambda a: [a["candidates"][0]["content"]["parts"][0]["text"]],
    ),
    "ollama": (
        OLLAMA_ABROAD, chat(PROMPT, model="llama3", stream=False), ("messages", 0, "content"),
        lambda echo: {"model": "llama3", "message": {"role": "assistant", "content": echo}, "done": True},
        lambda a: [a["message"]["content"]],
    ),
}


@pytest.mark.parametrize("case", sorted(RESTORE_CASES))
def test_whole_json_answers_are_restored_in_each_format(guard: Guard, case: str) -> None:
    url, body, prompt_at, answer, texts = RESTORE_CASES[case]
    flow = guard.send(make_flow(url, body))
    sent = _sent_text(flow, prompt_at)
    assert_no_values(flow.request.get_text() or "")
    assert PLACEHOLDER.search(sent)
    restored = json.loads(guard.answer(flow, answer(sent)))
    assert texts(restored) == [PROMPT] * len(texts(restored))


QUOTED_NAME = 'Nan "Noi" Testperson'  # fabricated; a quote inside a value must survive JSON-in-JSON


class _NameSpotter:
    """The real engine, plus a PERSON finding for QUOTED_NAME (no real recognizer sees quotes in names)."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine

    def analyze(self, text: str, *args: Any, **kwargs: Any) -> list[Finding]:
        found = list(self.engine.analyze(text, *args, **kwargs))
        start = text.find(QUOTED_NAME)
        if start >= 0:
            found.append(Finding("PERSON", start, start + len(QUOTED_NAME), 0.9, "test"))
        return sorted(found, key=lambda f: f.start)


def test_tool_call_arguments_are_restored_as_valid_json_when_a_value_holds_a_quote(guard: Guard) -> None:
    pipeline = guard.addon.pipeline
    assert pipeline is not None
    pipeline.engine = _NameSpotter(pipeline.engine)  # type: ignore[assignment]
    prompt = f"ส่งเอกสารให้ผู้รับ {QUOTED_NAME} เลขบัตร {NATIONAL_ID}"
    flow = guard.send(make_flow(OPENAI, chat(prompt)))
    sent = _sent_text(flow, ("messages", 0, "content"))
    assert QUOTED_NAME not in sent and "<PERSON_1>" in sent
    arguments = json.dumps({"to": "<PERSON_1>", "id": "<TH_NATIONAL_ID_1>"})
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": None, "tool_calls": [
        {"id": "call_1", "type": "function", "function": {"name": "send", "arguments": arguments}}]}}]}
    restored = json.loads(guard.answer(flow, answer))
    assert json.loads(restored["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]) == {
        "to": QUOTED_NAME, "id": NATIONAL_ID}


def test_plain_text_answers_are_restored_too(guard: Guard) -> None:
    flow = guard.send(make_flow(OPENAI, chat(PROMPT)))
    sent = _sent_text(flow, ("messages", 0, "content"))
    assert guard.answer(flow, sent.encode(), content_type="text/plain").decode() == PROMPT


def test_a_record_pasted_with_escaped_thai_is_pseudonymised_and_restored(guard: Guard) -> None:
    """Apps paste ``json.dumps(record)`` into prompts: the Thai arrives as \\uXXXX escapes."""
    record = json.dumps({"name": "นางสาวพิมพ์ชนก แสงทอง", "cid": NATIONAL_ID})
    prompt = f"Draft a reply to this customer: {record}"
    assert "\\u0e1e" in prompt
    flow = guard.send(make_flow(OPENAI, chat(prompt)))
    sent = _sent_text(flow, ("messages", 0, "content"))
    name_escaped = record.split('"')[3]
    assert name_escaped not in sent and NATIONAL_ID not in sent and "<PERSON_" in sent
    json.loads(sent.split(": ", 1)[1])  # the record is still valid JSON for the model
    # An echo gets the values back as the reader saw them: the same record, Thai unescaped.
    echoed = json.loads(guard.answer(flow, chat(sent)))["messages"][0]["content"]
    assert json.loads(echoed.split(": ", 1)[1]) == {"name": "นางสาวพิมพ์ชนก แสงทอง", "cid": NATIONAL_ID}
    again = guard.send(make_flow(OPENAI, chat(prompt)))
    token = re.search(r"<PERSON_\d+>", _sent_text(again, ("messages", 0, "content")))
    assert token is not None
    prose = json.loads(guard.answer(again, chat(f"Dear {token.group()}, noted.")))["messages"][0]["content"]
    assert "พิมพ์ชนก แสงทอง" in prose  # in Thai, not as \\u escapes


# --------------------------------------------------------------------------- restored answers (streamed)


def _pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def _sse(events: list[Any], named: bool = False) -> bytes:
    out = []
    for event in events:
        data = event if isinstance(event, str) else json.dumps(event, ensure_ascii=False)
        head = f"event: {event['type']}\n" if named and isinstance(event, dict) else ""
        out.append(f"{head}data: {data}\n\n")
    return "".join(out).encode()


def _sse_data(stream: bytes) -> list[Any]:
    return [json.loads(line[5:]) for line in stream.decode().splitlines()
            if line.startswith("data:") and line[5:].strip() != "[DONE]"]


def _openai_stream(echo: str) -> bytes:
    events: list[Any] = [{"object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]}
                         for p in _pieces(echo, 4)]
    events += [{"object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}, "[DONE]"]
    return _sse(events)


def _openai_text(stream: bytes) -> str:
    return "".join(c["choices"][0]["delta"].get("content") or "" for c in _sse_data(stream) if c["choices"])


def _anthropic_stream(echo: str) -> bytes:
    events: list[Any] = [{"type": "message_start", "message": {"id": "m", "content": []}},
                         {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}]
    events += [{"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}} for p in _pieces(echo, 5)]
    events += [{"type": "content_block_stop", "index": 0}, {"type": "message_stop"}]
    return _sse(events, named=True)


def _anthropic_text(stream: bytes) -> str:
    return "".join(e["delta"]["text"] for e in _sse_data(stream) if e["type"] == "content_block_delta")


def _responses_stream(echo: str) -> bytes:
    events: list[Any] = [{"type": "response.output_text.delta", "item_id": "msg_1", "output_index": 0, "content_index": 0,
                          "delta": p} for p in _pieces(echo, 3)]
    events += [{"type": "response.output_text.done", "item_id": "msg_1", "output_index": 0, "content_index": 0, "text": echo},
               {"type": "response.completed", "response": {"output": []}}]
    return _sse(events, named=True)


def _responses_text(stream: bytes) -> str:
    events = _sse_data(stream)
    done = next(e["text"] for e in events if e["type"] == "response.output_text.done")
    deltas = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
    assert done == deltas, "the final text event is restored like the deltas"
    return deltas


def _gemini_stream(echo: str) -> bytes:
    parts = _pieces(echo, 6)
    events: list[Any] = [{"candidates": [{"index": 0, "content": {"role": "model", "parts": [{"text": p}]}}]} for p in parts[:-1]]
    events.append({"candidates": [{"index": 0, "content": {"role": "model", "parts": [{"text": parts[-1]}]}, "finishReason": "STOP"}]})
    return _sse(events)


def _gemini_text(stream: bytes) -> str:
    return "".join(p["text"] for e in _sse_data(stream) for c in e["candidates"] for p in c["content"]["parts"])


def _ollama_stream(echo: str) -> bytes:
    lines = [{"model": "llama3", "message": {"role": "assistant", "content": p}, "done": False} for p in _pieces(echo, 4)]
    lines.append({"model": "llama3", "message": {"role": "assistant", "content": ""}, "done": True})
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()


def _ollama_text(stream: bytes) -> str:
    return "".join(json.loads(line)["message"]["content"] for line in stream.decode().splitlines() if line)


STREAM_CASES: dict[str, tuple[str, dict[str, Any], tuple[Any, ...], Callable[[str], bytes], Callable[[bytes], str], str]] = {
    "openai-chat": (OPENAI, chat(PROMPT, stream=True), ("messages", 0, "content"), _openai_stream, _openai_text,
                    "text/event-stream"),
    "openai-responses": (RESPONSES, {"model": "gpt-4o", "input": PROMPT, "stream": True}, ("input",), _responses_stream,
                         _responses_text, "text/event-stream"),
    "anthropic": (ANTHROPIC, chat(PROMPT, model="claude-test", max_tokens=100, stream=True), ("messages", 0, "content"),
                  _anthropic_stream, _anthropic_text, "text/event-stream; charset=utf-8"),
    "gemini": (GEMINI_SSE, {"contents": [{"role": "user", "parts": [{"text": PROMPT}]}]}, ("contents", 0, "parts", 0, "text"),
               _gemini_stream, _gemini_text, "text/event-stream"),
    "ollama": (OLLAMA_ABROAD, chat(PROMPT, model="llama3"), ("messages", 0, "content"), _ollama_stream, _ollama_text,
               "application/x-ndjson"),
}


@pytest.mark.parametrize("chunk_size", [7, 64])
@pytest.mark.parametrize("case", sorted(STREAM_CASES))
def test_streamed_answers_are_restored_chunk_by_chunk(guard: Guard, case: str, chunk_size: int) -> None:
    url, body, prompt_at, make_stream, text_of, content_type = STREAM_CASES[case]
    flow = guard.send(make_flow(url, body))
    sent = _sent_text(flow, prompt_at)
    assert PLACEHOLDER.search(sent) and NATIONAL_ID not in sent
    upstream = make_stream(sent)
    # Byte chunks that cut placeholders (and Thai characters) in half, on top of events that do:
    # at 7 bytes no placeholder (18 bytes for <TH_NATIONAL_ID_1>) ever arrives whole.
    chunks = [upstream[i : i + chunk_size] for i in range(0, len(upstream), chunk_size)]
    client = guard.stream(flow, chunks, content_type)
    assert "content-length" not in flow.response.headers  # type: ignore[union-attr]
    assert text_of(client) == PROMPT
    assert not PLACEHOLDER.search(client.decode())


def test_the_first_chunk_is_not_held_back_until_the_end(guard: Guard) -> None:
    flow = guard.send(make_flow(OPENAI, chat(PROMPT, stream=True)))
    sent = _sent_text(flow, ("messages", 0, "content"))
    upstream = _openai_stream(sent)
    flow.response = http.Response.make(200, b"", {"content-type": "text/event-stream"})
    guard.addon.responseheaders(flow)
    assert callable(flow.response.stream)
    first_event = upstream[: upstream.index(b"\n\n") + 2]
    assert _openai_text(_as_bytes(flow.response.stream(first_event))) == sent[:4]


def test_a_compressed_stream_is_buffered_and_restored_whole(guard: Guard) -> None:
    flow = guard.send(make_flow(OPENAI, chat(PROMPT, stream=True)))
    assert flow.request.headers["accept-encoding"] == "identity"
    sent = _sent_text(flow, ("messages", 0, "content"))
    upstream = _openai_stream(sent)
    flow.response = http.Response.make(200, b"", {"content-type": "text/event-stream", "content-encoding": "gzip"})
    flow.response.raw_content = gzip.compress(upstream)  # an upstream that ignored accept-encoding: identity
    guard.addon.responseheaders(flow)
    assert not flow.response.stream
    guard.addon.response(flow)
    assert _openai_text(flow.response.get_content() or b"") == PROMPT


def test_a_large_answer_streamed_by_mitmproxy_is_restored_as_it_passes(guard: Guard) -> None:
    flow = guard.send(make_flow(OPENAI, chat(PROMPT)))
    sent = _sent_text(flow, ("messages", 0, "content"))
    upstream = json.dumps({"choices": [{"index": 0, "message": {"content": sent}}]}, ensure_ascii=False).encode()
    flow.response = http.Response.make(200, b"", {"content-type": "application/json"})
    flow.response.stream = True  # what stream_large_bodies does before our responseheaders runs
    guard.addon.responseheaders(flow)
    assert callable(flow.response.stream)
    out = b"".join(_as_bytes(flow.response.stream(upstream[i : i + 5])) for i in range(0, len(upstream), 5))
    out += _as_bytes(flow.response.stream(b""))
    assert json.loads(out)["choices"][0]["message"]["content"] == PROMPT


# --------------------------------------------------------------------------- the store


def test_the_store_records_every_llm_exchange_and_no_value(guard: Guard) -> None:
    guard.configure(pdpa_fail_mode="auto")
    guard.send(make_flow(OPENAI, chat(PROMPT)))  # pseudonymise
    guard.send(make_flow(ANTHROPIC, chat(HEALTH_PROMPT, model="claude-test", max_tokens=10)))  # block
    guard.send(make_flow(OPENAI, chat(CRIMINAL_PROMPT)))  # reroute
    guard.send(make_flow(OLLAMA_LOCAL, chat(HEALTH_PROMPT, model="typhoon")))  # local: allow
    guard.send(make_flow(OLLAMA_LOCAL, raw=PNG))  # local, unreadable: failed open
    guard.send(make_flow(OPENAI, raw=PNG))  # cross-border, unreadable: failed closed
    guard.send(make_flow("https://shop.example.org/contact", raw=f"id={NATIONAL_ID}".encode()))  # not LLM traffic
    guard.send(make_flow(OPENAI, method="GET"))  # not LLM traffic
    rows = guard.rows()
    assert [(r["dest_host"], r["action"], r["enforced"], r["note"]) for r in rows] == [
        ("api.openai.com", "pseudonymise", 1, None),
        ("api.anthropic.com", "block", 1, None),
        ("api.openai.com", "reroute", 1, None),
        ("localhost", "allow", 1, None),
        ("localhost", "allow", 1, f"failed open: binary body ({len(PNG)} bytes) cannot be scanned"),
        ("api.openai.com", "block", 1, f"failed closed: binary body ({len(PNG)} bytes) cannot be scanned"),
    ]
    assert all(r["source"] == "proxy" for r in rows)
    with sqlite3.connect(guard.db) as conn:
        types = {t for (t,) in conn.execute("select entity_type from findings")}
    assert {"TH_NATIONAL_ID", "PHONE_NUMBER", "HEALTH_DATA", "CRIMINAL_RECORD"} <= types
    for path in guard.db.parent.glob(guard.db.name + "*"):
        data = path.read_bytes()
        for raw in RAW_VALUES:
            assert raw.encode() not in data, f"{raw!r} in {path.name}"


# --------------------------------------------------------------------------- surrogates


def test_pdpa_surrogates_sends_realistic_fake_values_and_restores_them(guard: Guard) -> None:
    guard.configure(pdpa_surrogates=True)
    flow = guard.send(make_flow(OPENAI, chat(PROMPT)))
    sent = _sent_text(flow, ("messages", 0, "content"))
    assert_no_values(sent)
    assert not PLACEHOLDER.search(sent), "fake values instead of <TH_NATIONAL_ID_1>"
    fake_ids = re.findall(r"\d{13}", sent)
    assert len(fake_ids) == 1 and pin.is_valid(fake_ids[0]) and fake_ids[0] != NATIONAL_ID
    answer = guard.answer(flow, {"choices": [{"index": 0, "message": {"role": "assistant", "content": f"ยืนยัน: {sent}"}}]})
    assert json.loads(answer)["choices"][0]["message"]["content"] == f"ยืนยัน: {PROMPT}"
