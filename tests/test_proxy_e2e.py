"""The real proxy, driven by the real OpenAI and Anthropic SDKs and httpx, on loopback.

The rules declare one fake API as a US provider (HTTP and HTTPS) and another as a local model.
Values here are fabricated: the national ID has a valid checksum but belongs to nobody.
"""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
import ssl
import time
from collections.abc import Iterator
from pathlib import Path

import anthropic
import httpx
import openai
import pytest

from tests.proxy_support import ROOT, FakeLLM, RunningProxy

pytestmark = pytest.mark.slow

NATIONAL_ID = "1101700230708"
PHONE = "081-234-5678"
PROMPT = f"ร่างอีเมลถึงลูกค้า เลขบัตรประชาชน {NATIONAL_ID} โทร {PHONE} เรื่องเลื่อนนัดชำระ"
HEALTH_PROMPT = f"ลูกค้าเลขบัตรประชาชน {NATIONAL_ID} ป่วยเป็นโรคเบาหวาน ต้องฉีดอินซูลินทุกวัน"
CRIMINAL_PROMPT = "ผู้สมัครงานรายนี้เคยต้องโทษจำคุกคดียาเสพติด ช่วยสรุปความเหมาะสม"
SEXUAL_PROMPT = "สรุปบันทึกคลินิก: ผู้รับบริการแจ้งว่ามีเพศสัมพันธ์กับคู่นอนหลายคนโดยไม่ป้องกัน ขอคำแนะนำ"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    base = tmp_path_factory.mktemp("proxy")
    cloud, cloud_tls, local, local_tls = FakeLLM(), FakeLLM(tls_dir=base), FakeLLM(), FakeLLM(tls_dir=base)
    rules = base / "rules"
    rules.mkdir()
    destinations = (ROOT / "rules" / "destinations.yaml").read_text(encoding="utf-8")
    declared = (
        "destinations:\n"
        f"  - name: test-us-api\n    hosts: [\"127.0.0.1:{cloud.port}\", \"127.0.0.1:{cloud_tls.port}\"]\n"
        "    provider: Test API posing as a US provider\n    country: US\n    transfer_basis: none\n"
        f"  - name: test-local-model\n    hosts: [\"127.0.0.1:{local.port}\"]\n"
        "    provider: Test local model\n    local: true\n    models: {\"*\": \"local-typhoon\"}\n"
        f"  - name: test-local-tls\n    hosts: [\"127.0.0.1:{local_tls.port}\"]\n"
        "    provider: Test local model behind TLS\n    local: true\n    scheme: https\n"
    )
    (rules / "destinations.yaml").write_text(destinations.replace("destinations:\n", declared, 1), encoding="utf-8")
    policy = (ROOT / "rules" / "policy.yaml").read_text(encoding="utf-8")
    reroute_rule = (
        "rules:\n"
        "  - id: criminal-records-stay-home\n    entities: [CRIMINAL_RECORD]\n    destinations: [cross_border]\n"
        "    action: reroute\n    reroute_to: test-local-model\n"
        "  - id: sexual-behaviour-to-the-tls-model\n    entities: [SEXUAL_BEHAVIOUR]\n    destinations: [cross_border]\n"
        "    action: reroute\n    reroute_to: test-local-tls\n"
    )
    (rules / "policy.yaml").write_text(policy.replace("rules:\n", reroute_rule, 1), encoding="utf-8")
    db = base / "findings.db"
    proxy = RunningProxy(rules, f"sqlite:///{db}", base / "confdir", base)
    yield {"cloud": cloud, "cloud_tls": cloud_tls, "local": local, "local_tls": local_tls, "proxy": proxy, "db": db,
           "base": base}
    proxy.stop()
    for server in (cloud, cloud_tls, local, local_tls):
        server.close()


def http_client(world: dict, **kwargs: object) -> httpx.Client:
    return httpx.Client(proxy=world["proxy"].url, timeout=30, **kwargs)


def openai_client(world: dict, tls: bool = False) -> openai.OpenAI:
    server = world["cloud_tls" if tls else "cloud"]
    verify = ssl.create_default_context(cafile=str(world["proxy"].ca)) if tls else True
    return openai.OpenAI(base_url=f"{server.url}/v1", api_key="sk-test-not-a-key", max_retries=0,
                         http_client=http_client(world, verify=verify))


def anthropic_client(world: dict) -> anthropic.Anthropic:
    import httpx2  # the anthropic SDK 2.x is built on httpx2, not httpx

    return anthropic.Anthropic(base_url=world["cloud"].url, api_key="sk-ant-test", max_retries=0,
                               http_client=httpx2.Client(proxy=world["proxy"].url, timeout=30))


def last_sent(server: FakeLLM) -> str:
    return json.dumps(server.received[-1], ensure_ascii=False)


def test_openai_values_leave_as_placeholders_and_come_back_restored(world: dict) -> None:
    client = openai_client(world)
    answer = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": PROMPT}])
    sent = last_sent(world["cloud"])
    assert NATIONAL_ID not in sent and PHONE not in sent
    assert "<TH_NATIONAL_ID_1>" in sent and "<PHONE_NUMBER_1>" in sent
    assert answer.choices[0].message.content == f"[gpt-4o] echo: {PROMPT}"


def test_openai_stream_is_restored_across_split_chunks(world: dict) -> None:
    client = openai_client(world)
    stream = client.chat.completions.create(model="gpt-4o", stream=True, messages=[{"role": "user", "content": PROMPT}])
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert NATIONAL_ID not in last_sent(world["cloud"])
    assert text == f"[gpt-4o] echo: {PROMPT}"


def test_anthropic_messages_plain_and_streamed(world: dict) -> None:
    client = anthropic_client(world)
    message = client.messages.create(model="claude-test-model", max_tokens=100, messages=[{"role": "user", "content": PROMPT}])
    assert NATIONAL_ID not in last_sent(world["cloud"])
    assert message.content[0].text == f"echo: {PROMPT}"
    with client.messages.stream(model="claude-test-model", max_tokens=100, messages=[{"role": "user", "content": PROMPT}]) as stream:
        text = "".join(stream.text_stream)
    assert text == f"echo: {PROMPT}"


def test_sensitive_data_is_blocked_with_the_providers_own_error(world: dict) -> None:
    before = len(world["cloud"].received)
    with pytest.raises(openai.PermissionDeniedError) as raised:
        openai_client(world).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": HEALTH_PROMPT}])
    error = raised.value.body
    assert isinstance(error, dict) and error["type"] == "pdpa_policy_violation"
    assert "HEALTH_DATA" in error["message"] and NATIONAL_ID not in error["message"]
    with pytest.raises(anthropic.PermissionDeniedError) as raised_anthropic:
        anthropic_client(world).messages.create(model="claude-test-model", max_tokens=10,
                                                messages=[{"role": "user", "content": HEALTH_PROMPT}])
    assert "HEALTH_DATA" in str(raised_anthropic.value)
    assert len(world["cloud"].received) == before, "nothing reached the foreign API"


def test_reroute_sends_the_request_to_the_local_model(world: dict) -> None:
    before = len(world["cloud"].received)
    answer = openai_client(world).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": CRIMINAL_PROMPT}])
    assert len(world["cloud"].received) == before
    assert world["local"].received[-1]["model"] == "local-typhoon"
    assert answer.choices[0].message.content == f"[local-typhoon] echo: {CRIMINAL_PROMPT}"


def test_reroute_reaches_a_local_model_served_over_https(world: dict) -> None:
    # An internal GPU server behind TLS (`scheme: https`): sending it plain HTTP would fail.
    before = len(world["cloud"].received)
    answer = openai_client(world).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": SEXUAL_PROMPT}])
    assert len(world["cloud"].received) == before
    assert world["local_tls"].received[-1]["messages"][0]["content"] == SEXUAL_PROMPT
    assert answer.choices[0].message.content == f"[gpt-4o] echo: {SEXUAL_PROMPT}"


def test_local_destinations_are_untouched(world: dict) -> None:
    local = world["local"]
    client = openai.OpenAI(base_url=f"{local.url}/v1", api_key="x", max_retries=0, http_client=http_client(world))
    client.chat.completions.create(model="typhoon", messages=[{"role": "user", "content": HEALTH_PROMPT}])
    assert local.received[-1]["messages"][0]["content"] == HEALTH_PROMPT


def test_https_interception_with_the_proxy_ca(world: dict) -> None:
    answer = openai_client(world, tls=True).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": PROMPT}])
    assert NATIONAL_ID not in last_sent(world["cloud_tls"])
    assert answer.choices[0].message.content == f"[gpt-4o] echo: {PROMPT}"


def test_compressed_and_malformed_bodies_are_still_protected(world: dict) -> None:
    cloud = world["cloud"]
    body = json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": PROMPT}]}, ensure_ascii=False).encode()
    with http_client(world) as client:
        response = client.post(f"{cloud.url}/v1/chat/completions", content=gzip.compress(body),
                               headers={"content-type": "application/json", "content-encoding": "gzip"})
        assert response.status_code == 200
        assert NATIONAL_ID not in last_sent(cloud)
        assert PROMPT in response.text
        broken = f'{{"model": "gpt-4o", "messages": [{{"role": "user", "content": "{PROMPT}'.encode()
        client.post(f"{cloud.url}/v1/chat/completions", content=broken, headers={"content-type": "application/json"})
        assert NATIONAL_ID not in str(cloud.received[-1])
        # The proxy is still serving after the odd requests.
        assert client.post(f"{cloud.url}/v1/chat/completions", json={"model": "m", "messages": []}).status_code == 200


def test_store_holds_findings_and_no_raw_values(world: dict) -> None:
    db: Path = world["db"]
    deadline = time.monotonic() + 15
    rows, actions = [], set()
    while time.monotonic() < deadline:  # the background writer flushes about every second
        if db.exists():
            try:
                with sqlite3.connect(db) as conn:
                    rows = conn.execute("select entity_type, preview from findings").fetchall()
                    actions = {a for (a,) in conn.execute("select action from exchanges")}
            except sqlite3.OperationalError:  # the file exists a moment before its tables
                rows, actions = [], set()
            if {"block", "reroute", "pseudonymise"} <= actions:
                break
        time.sleep(0.5)
    assert {"block", "reroute", "pseudonymise"} <= actions
    assert ("TH_NATIONAL_ID", "1-xxxx-xxxxx-xx-8") not in rows  # plain 13 digits keep no separators
    assert any(entity == "TH_NATIONAL_ID" for entity, _ in rows)
    copy = world["base"] / "copy.db"
    shutil.copy(db, copy)
    for path in db.parent.glob(db.name + "*"):
        data = path.read_bytes()
        for raw in (NATIONAL_ID, PHONE, "เบาหวาน"):
            assert raw.encode() not in data, f"{raw!r} found in {path.name}"
    log = (world["base"] / "proxy.log").read_text()
    assert NATIONAL_ID not in log and PHONE not in log


def _worker_pid(proxy_pid: int) -> int | None:
    """The pid of the proxy's detection worker process, if it runs."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat[1]) == proxy_pid and b"pdpa_guard.detect.worker" in cmdline:
            return int(entry.name)
    return None


def _cpu_ticks(pid: int) -> int:
    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(stat[11]) + int(stat[12])


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc to find the worker process")
def test_concurrent_requests_are_analysed_by_the_worker_and_all_restored(world: dict) -> None:
    from concurrent.futures import ThreadPoolExecutor

    proxy = world["proxy"]
    deadline = time.monotonic() + 60
    worker = _worker_pid(proxy.process.pid)
    while worker is None and time.monotonic() < deadline:
        time.sleep(0.2)
        worker = _worker_pid(proxy.process.pid)
    assert worker is not None, "the proxy started no detection worker"
    before = _cpu_ticks(worker)
    while time.monotonic() < deadline:  # idle once its engine is built: only analysing moves it now
        time.sleep(1.0)
        now = _cpu_ticks(worker)
        if now == before:
            break
        before = now

    def call(prompt: str) -> str:
        client = openai_client(world)
        answer = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}])
        return answer.choices[0].message.content or ""

    batch = 0
    while True:  # until the worker has built its engine and taken part (a few seconds after start)
        prompts = [f"{PROMPT} (คำขอที่ {batch}-{i}) " + "ช่วยเรียบเรียงให้สุภาพ " * 40 for i in range(12)]
        with ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(call, prompts))
        assert answers == [f"[gpt-4o] echo: {p}" for p in prompts]
        sent = [json.dumps(body, ensure_ascii=False) for body in world["cloud"].received[-len(prompts):]]
        assert all(NATIONAL_ID not in s and PHONE not in s for s in sent)
        batch += 1
        if _cpu_ticks(worker) > before + 2 or time.monotonic() > deadline:
            break
    assert _cpu_ticks(worker) > before + 2, "with flows in flight, the worker should have analysed some"
