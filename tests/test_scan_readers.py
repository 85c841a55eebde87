"""Log readers: every format, compressed or not, sniffed by content; bad parts reported, not fatal."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import zstandard

from pdpa_guard.scan.readers import READERS, LogRecord, ReadError
from pdpa_guard.scan.sources import sniff_file

PROMPT = {"model": "gpt-4o", "messages": [{"role": "user", "content": "ลูกค้าเลขบัตรประชาชน1101700230708"}]}


def har_document(n: int) -> dict:
    entries = [
        {
            "startedDateTime": f"2026-10-0{1 + i % 9}T08:00:00.000Z",
            "serverIPAddress": "[2606:4700::6810:1]" if i % 2 else "104.18.6.192",
            "request": {
                "method": "POST",
                "url": "https://api.openai.com/v1/chat/completions",
                "headers": [{"name": "X-PDPA-App", "value": "crm-bot"}],
                "postData": {"mimeType": "application/json", "text": json.dumps(PROMPT, ensure_ascii=False)},
            },
            "response": {"status": 200, "content": {"size": 10, "text": "x" * 100}},
        }
        for i in range(n)
    ]
    entries.append({"startedDateTime": "2026-10-01T00:00:00Z", "request": {"method": "GET", "url": "https://x/"}})
    return {"log": {"version": "1.2", "creator": {"name": "test"}, "pages": [], "entries": entries}}


def read_all(path: Path) -> list[LogRecord | ReadError]:
    return list(READERS[sniff_file(path)](path))


def test_har_entries_become_records_with_their_own_time_url_ip_and_app(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"  # extension lies; content decides
    path.write_text(json.dumps(har_document(3), indent=2, ensure_ascii=False), encoding="utf-8")
    assert sniff_file(path) == "har"
    records = read_all(path)
    assert len(records) == 3 and all(isinstance(r, LogRecord) for r in records)
    first = records[0]
    assert first.host == "api.openai.com" and first.path == "/v1/chat/completions"
    assert first.timestamp and first.timestamp.isoformat().startswith("2026-10-01T08:00")
    assert first.ip == "104.18.6.192" and records[1].ip == "2606:4700::6810:1"
    assert first.app == "crm-bot"
    assert json.loads(first.body)["model"] == "gpt-4o"


def test_large_har_streams_across_chunk_boundaries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pdpa_guard.scan.readers import har

    monkeypatch.setattr(har, "CHUNK", 1000)  # force entries to straddle reads
    path = tmp_path / "big.har"
    path.write_text(json.dumps(har_document(200), ensure_ascii=False), encoding="utf-8")
    records = read_all(path)
    assert len(records) == 200 and all(isinstance(r, LogRecord) for r in records)


def test_truncated_har_keeps_complete_entries_and_reports_the_break(tmp_path: Path) -> None:
    text = json.dumps(har_document(5), ensure_ascii=False)
    path = tmp_path / "cut.har"
    path.write_text(text[: int(len(text) * 0.7)], encoding="utf-8")
    records = read_all(path)
    good = [r for r in records if isinstance(r, LogRecord)]
    errors = [r for r in records if isinstance(r, ReadError)]
    assert 1 <= len(good) < 5
    assert len(errors) == 1 and "truncated" in errors[0].message and "cut.har:entry" in errors[0].source_ref
    assert "1101700230708" not in errors[0].message


@pytest.mark.parametrize("compress", ["none", "gzip", "zstd"])
def test_jsonl_shapes_and_compression(tmp_path: Path, compress: str) -> None:
    lines = [
        {"custom_id": "r1", "method": "POST", "url": "/v1/chat/completions", "body": PROMPT},
        {"call_type": "acompletion", "model": "claude-3-5-sonnet", "messages": PROMPT["messages"],
         "startTime": 1759305600.5, "api_base": "https://api.anthropic.com/v1", "metadata": {"user_api_key_alias": "hr-app"}},
        {"timestamp": "2026-10-02T01:02:03Z", "url": "https://api.deepseek.com/chat/completions", "request_body": json.dumps(PROMPT)},
        {"ts": 1759400000000, "host": "dashscope-intl.aliyuncs.com", "path": "/compatible-mode/v1/chat/completions", "body": PROMPT, "app": "shop"},
        {"time": "2026-10-03T00:00:00+07:00", "messages": PROMPT["messages"], "model": "gpt-4o"},
    ]
    data = ("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n").encode()
    path = tmp_path / "requests.log"
    if compress == "gzip":
        path.write_bytes(gzip.compress(data))
    elif compress == "zstd":
        path.write_bytes(zstandard.ZstdCompressor().compress(data))
    else:
        path.write_bytes(data)
    assert sniff_file(path) == "jsonl"
    records = read_all(path)
    assert [r.host for r in records] == ["api.openai.com", "api.anthropic.com", "api.deepseek.com", "dashscope-intl.aliyuncs.com", None]
    assert records[1].path == "/v1/chat/completions" and records[1].app == "hr-app"
    assert records[1].timestamp and records[1].timestamp.year == 2025
    assert isinstance(records[2].body, dict)
    assert records[3].timestamp and records[3].timestamp.year == 2025 and records[3].app == "shop"
    assert records[4].timestamp and records[4].timestamp.hour == 17  # +07:00 normalised to UTC
    assert [r.source_ref.rsplit(":", 1)[1] for r in records] == ["1", "2", "3", "4", "5"]


def test_jsonl_bad_lines_are_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"url": "https://api.openai.com/v1/embeddings", "body": {"input": "x"}})
    path.write_text(f"{good}\n{{not json\n[1,2]\n{good}\n{good[:20]}", encoding="utf-8")
    records = read_all(path)
    kinds = [type(r).__name__ for r in records]
    assert kinds == ["LogRecord", "ReadError", "ReadError", "LogRecord", "ReadError"]
    assert records[1].source_ref.endswith("mixed.jsonl:2")
    assert "truncated" in records[4].message


def test_mitmproxy_flow_dump(tmp_path: Path) -> None:
    from mitmproxy import io
    from mitmproxy.test import tflow

    path = tmp_path / "capture"
    with path.open("wb") as handle:
        writer = io.FlowWriter(handle)
        for _ in range(2):
            flow = tflow.tflow(resp=True)
            flow.request.host, flow.request.port, flow.request.path = "api.anthropic.com", 443, "/v1/messages"
            flow.request.headers["x-pdpa-app"] = "support"
            flow.request.set_content(json.dumps(PROMPT).encode())
            flow.request.headers["content-encoding"] = "gzip"
            flow.request.content = json.dumps(PROMPT).encode()  # encoded as gzip on the wire
            writer.add(flow)
    assert sniff_file(path) == "flows"
    records = read_all(path)
    assert len(records) == 2 and isinstance(records[0], LogRecord)
    assert records[0].host == "api.anthropic.com" and records[0].app == "support"
    assert json.loads(records[0].body) == PROMPT

    truncated = tmp_path / "capture.cut"
    truncated.write_bytes(path.read_bytes()[:-40])
    records = read_all(truncated)
    assert isinstance(records[0], LogRecord) and isinstance(records[-1], ReadError)


def test_text_files_are_blocks_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("".join(f"row {i},ข้อความ\n" for i in range(120)), encoding="utf-8")
    assert sniff_file(path) == "text"
    records = read_all(path)
    assert [r.source_ref.rsplit(":", 1)[1] for r in records] == ["1", "51", "101"]
    assert records[0].host is None and "ข้อความ" in records[0].body
