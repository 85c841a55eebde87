"""The proxy's hot-path shortcuts behave exactly like the long way round.

Each shortcut (records built on the writer's thread, headers read from the raw fields, restore
tables looked up once per answer, path-free JSON restore, the plain-text fast path of a restore
table, the frozen start-up heap) is checked against the code it replaces, or against what a user
sees. Values are fabricated: the national ID has a valid checksum but belongs to nobody.
"""

from __future__ import annotations

import copy
import gc
import json
import logging
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from mitmproxy import http
from mitmproxy.test import taddons, tflow
from store_support import FakeDestination, make_record, prompt_with_values, raw_needles

from pdpa_guard.exchange import Exchange
from pdpa_guard.providers.base import set_at, strings_in
from pdpa_guard.providers.responses import StreamRestorer, json_level_at, restore_strings
from pdpa_guard.proxy.addon import PdpaGuard, _lowered_headers
from pdpa_guard.store import BackgroundWriter, Spool, Store
from pdpa_guard.store.records import build_records
from pdpa_guard.store.writer import _STOP
from pdpa_guard.vault import Vault

NATIONAL_ID = "1101700230708"
PROMPT = f"ร่างอีเมลถึงลูกค้า เลขบัตรประชาชน {NATIONAL_ID} เรื่องเลื่อนนัดชำระ"
OPENAI = "https://api.openai.com/v1/chat/completions"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PDPA_GUARD_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("PDPA_GUARD_DB", raising=False)
    monkeypatch.delenv("PDPA_GUARD_HMAC_KEY", raising=False)


# --------------------------------------------------------------------------- deferred records


def _build() -> Any:
    segment, findings = prompt_with_values()
    exchange = Exchange(host="api.openai.com", segments=[segment])
    return build_records(exchange, FakeDestination(), [(segment, f) for f in findings], "pseudonymise",
                         key=b"test-only-hmac-secret-0123456789abcdef")


def test_records_built_on_the_writer_thread_are_written_like_submitted_ones(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'f.db'}")
    with BackgroundWriter(store, spool_path=tmp_path / "s.jsonl", flush_interval=0.05) as writer:
        for _ in range(30):
            writer.submit_later(_build)
        writer.submit(make_record())
        assert writer.flush()
        assert writer.stats()["written"] == 31 and writer.stats()["lost"] == 0
    data = b"".join(p.read_bytes() for p in tmp_path.glob("f.db*"))
    for needle in raw_needles():
        assert needle not in data


def test_a_failing_build_is_logged_by_type_and_counted_lost(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> Any:
        raise ValueError(f"cannot mask {NATIONAL_ID}")  # messages may quote the prompt

    store = Store(f"sqlite:///{tmp_path / 'f.db'}")
    with caplog.at_level(logging.DEBUG), BackgroundWriter(store, spool_path=tmp_path / "s.jsonl") as writer:
        writer.submit_later(broken)
        writer.submit_later(_build)
        assert writer.flush()
        assert writer.stats()["lost"] == 1 and writer.stats()["written"] == 1
    assert "could not build a record for the findings store (ValueError)" in caplog.text
    assert NATIONAL_ID not in caplog.text


def test_a_deferred_record_after_close_is_built_and_spooled_without_values(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'f.db'}")
    spool = tmp_path / "s.jsonl"
    writer = BackgroundWriter(store, spool_path=spool)
    writer.close()
    writer.submit_later(_build)
    assert Spool(spool).pending_count() == 1
    for needle in raw_needles():
        assert needle not in spool.read_bytes()


def test_records_queued_behind_close_are_still_written(tmp_path: Path) -> None:
    """A submit racing close() can queue its record behind the stop marker: it is not dropped."""
    store = Store(f"sqlite:///{tmp_path / 'f.db'}")
    writer = BackgroundWriter(store, spool_path=tmp_path / "s.jsonl", coalesce=0.2)
    writer.submit(make_record())  # the writer now waits for others to join it
    writer._closed = True
    writer._queue.put(_STOP)
    writer._queue.put(make_record())  # behind the stop marker
    writer._thread.join(10)
    assert writer.stats()["written"] == 2


# --------------------------------------------------------------------------- the addon


def _guard_flow(body: dict[str, Any]) -> http.HTTPFlow:
    request = http.Request.make("POST", OPENAI, json.dumps(body, ensure_ascii=False).encode(),
                                {"content-type": "application/json"})
    flow = tflow.tflow(req=request)
    flow.server_conn.peername = None
    return flow


def test_pdpa_record_false_set_after_start_stops_recording(tmp_path: Path) -> None:
    """`pdpa-guard proxy --set pdpa_record=false` applies the option after the defaults started a
    writer: that writer must stop, and nothing is recorded."""
    addon = PdpaGuard()
    db = tmp_path / "f.db"
    with taddons.context(addon) as tctx:
        tctx.configure(addon, pdpa_db=f"sqlite:///{db}")
        assert addon.writer is not None
        tctx.configure(addon, pdpa_record=False)
        assert addon.writer is None
        addon._handle(_guard_flow({"model": "gpt-4o", "messages": [{"role": "user", "content": PROMPT}]}))
        addon.done()
    if db.exists():
        with sqlite3.connect(db) as conn:
            assert conn.execute("select count(*) from exchanges").fetchone() == (0,)


def test_an_answer_with_nothing_to_restore_keeps_its_bytes(tmp_path: Path) -> None:
    addon = PdpaGuard()
    with taddons.context(addon) as tctx:
        tctx.configure(addon, pdpa_db=f"sqlite:///{tmp_path / 'f.db'}")
        flow = _guard_flow({"model": "gpt-4o", "messages": [{"role": "user", "content": PROMPT}]})
        addon._handle(flow)
        assert "<TH_NATIONAL_ID_1>" in (flow.request.get_text() or "")
        raw = b'{"choices":[{"index":0,"message":{"role":"assistant","content":"\\u0e15\\u0e01\\u0e25\\u0e07"}}]}'
        flow.response = http.Response.make(200, raw, {"content-type": "application/json"})
        addon.response(flow)
        assert flow.response.raw_content == raw  # not re-serialised
        addon.done()


def test_running_freezes_the_start_up_heap(tmp_path: Path) -> None:
    addon = PdpaGuard()
    with taddons.context(addon) as tctx:
        tctx.configure(addon, pdpa_db=f"sqlite:///{tmp_path / 'f.db'}")
        try:
            addon.running()
            assert gc.get_freeze_count() > 0
        finally:
            gc.unfreeze()  # the rest of the test session collects as usual
            addon.done()


@pytest.mark.parametrize("fields", [
    [(b"Host", b"api.openai.com"), (b"Content-Type", b"application/json"), (b"X-PDPA-App", b"crm")],
    [(b"Accept", b"a"), (b"accept", b"b"), (b"ACCEPT", b"c"), (b"X-Thai", "ค่า".encode())],
    [(b"Cookie", b"a=1"), (b"Authorization", b"Bearer x"), (b"cookie", b"b=2"), (b"X-Bad", b"\xff\xfe")],
    [],
])
def test_lowered_headers_are_what_headers_items_gives(fields: list[tuple[bytes, bytes]]) -> None:
    headers = http.Headers(fields)
    assert _lowered_headers(headers) == {k.lower(): v for k, v in headers.items()}
    assert list(_lowered_headers(headers)) == list({k.lower(): v for k, v in headers.items()})


# --------------------------------------------------------------------------- restoring answers


def _vault_with_values(surrogates: bool) -> tuple[Vault, str]:
    vault = Vault(rng=random.Random(7))
    conversation = vault.new_conversation()
    vault.assign(conversation, [("PERSON", 'สมหญิง "ใจดี"'), ("TH_NATIONAL_ID", NATIONAL_ID)])
    if surrogates:
        vault.assign(conversation, [("PHONE_NUMBER", "081-234-5678")], surrogates=True)
    return vault, conversation


@pytest.mark.parametrize("surrogates", [False, True])
@pytest.mark.parametrize("level", [0, 1, 2, 3])
def test_the_per_answer_restorer_equals_restore(surrogates: bool, level: int) -> None:
    vault, conversation = _vault_with_values(surrogates)
    tokens = ["<PERSON_1>", "<TH_NATIONAL_ID_1>", "\\u003cPERSON_1\\u003e", "\\\\u003cPERSON_1\\\\u003e", "<PERSON_9>"]
    texts = ["", "plain text", "ข้อความไทยล้วน", "a < b", "back\\slash", *tokens,
             *(f"ก่อน {t} หลัง" for t in tokens), "\\u0e01<TH_NATIONAL_ID_1>", "<PERS", "<PERSON_1"]
    restorer = vault.restorer(conversation)
    for text in texts:
        assert restorer(text, level) == vault.restore(conversation, text, json_level=level), text
        stream = vault.stream_restorer(conversation, json_level=level)
        fed = "".join(stream.feed(ch) for ch in text) + stream.flush()
        assert fed == vault.restore(conversation, text, json_level=level), text


def _restore_strings_by_path(node: Any, restore: Any) -> Any:
    """restore_strings as it was: every (path, string), restored at the level its path implies."""
    for path, text in list(strings_in(node)):
        restored = restore(text, json_level_at(path))
        if restored != text:
            if not path:
                return restored
            set_at(node, path, restored)
    return node


@pytest.mark.parametrize("document", [
    {"choices": [{"index": 0, "message": {"role": "assistant", "content": "ส่งให้ <PERSON_1> แล้ว",
                                          "tool_calls": [{"function": {"name": "send", "arguments":
                                                                       '{"to": "<PERSON_1>", "id": "<TH_NATIONAL_ID_1>"}'}}]}}]},
    {"content": [{"type": "tool_use", "input": {"partial_json": "<PERSON_1>", "list": ["<PERSON_1>", 3, None, ["<X_1>"]]}}]},
    ["<PERSON_1>", {"arguments": "<PERSON_1>"}],
    "<TH_NATIONAL_ID_1>",
    42,
])
def test_restoring_a_whole_answer_in_place_equals_restoring_it_by_path(document: Any) -> None:
    vault, conversation = _vault_with_values(surrogates=False)
    calls: list[tuple[str, int]] = []

    def restore(text: str, level: int) -> str:
        calls.append((text, level))
        return vault.restore(conversation, text, json_level=level)

    expected_calls: list[tuple[str, int]] = []

    def restore_expected(text: str, level: int) -> str:
        expected_calls.append((text, level))
        return vault.restore(conversation, text, json_level=level)

    expected = _restore_strings_by_path(copy.deepcopy(document), restore_expected)
    assert restore_strings(copy.deepcopy(document), restore) == expected
    assert calls == expected_calls


def test_a_slot_closing_in_its_own_last_event_is_not_sent_twice() -> None:
    """The held-back text of a slot is sent in a copy of its last event; when that event is the
    one closing the slot, the event itself must go out unchanged (no aliasing)."""
    vault, conversation = _vault_with_values(surrogates=False)
    restorer = StreamRestorer(
        "openai_chat",
        lambda level: vault.stream_restorer(conversation, json_level=level),
        vault.restorer(conversation),
    )
    events = [
        {"choices": [{"index": 0, "delta": {"content": "สวัสดี "}, "finish_reason": None}]},
        {"choices": [{"index": 0, "delta": {"content": "<PERS"}, "finish_reason": "stop"}]},
    ]
    stream = "".join(f"data: {json.dumps(e, ensure_ascii=False)}\n\n" for e in events) + "data: [DONE]\n\n"
    out = (restorer.feed(stream.encode()) + restorer.flush()).decode()
    texts = [json.loads(line[6:])["choices"][0]["delta"].get("content", "")
             for line in out.splitlines() if line.startswith("data: {")]
    assert "".join(texts) == "สวัสดี <PERS"
    assert out.count("<PERS") == 1
