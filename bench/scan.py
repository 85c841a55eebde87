#!/usr/bin/env python3
"""Throughput and memory of ``pdpa-guard scan`` on a generated, realistic log corpus.

The corpus (``--size-mb``, default 200 MB, written to a temporary directory or ``--dir``):

* one big JSON-lines gateway log (55% of the bytes, at least 100 MB at the default size, so that
  the runner splits it into byte ranges shared by the workers), mixing generic request logs,
  LiteLLM standard logging payloads and OpenAI Batch input lines, each with its answer and the
  usual metadata (latency, tokens, status, request id);
* HAR exports (25%): browser sessions with page loads, static assets and API calls, request and
  response bodies embedded, as DevTools writes them;
* mitmproxy flow dumps (20%), written with mitmproxy's own ``io.FlowWriter``.

Prompts are Thai and English business text, multi-turn chats resending their history, and
code questions; about 3% of requests carry personal data (fabricated: national IDs with a valid
checksum that belong to nobody, 08x phone numbers, invented names, example.com addresses,
sometimes a health condition). Generation writes templated JSON (no detector involved).

Then ``pdpa-guard scan DIR --json --workers 1`` and ``--workers 2`` run as subprocesses, each
against a fresh SQLite store (``PDPA_GUARD_HOME`` in a temporary directory), and the bench prints
MB/s of log input, records/s and the peak resident memory of the process tree (polled from
/proc: the scanner plus its worker processes). Memory must not grow with file size: the same
scan runs on one JSONL file of ``--mem-mb`` and of 4x that size and the peaks are compared.

Goal (issue 5): at least 5 MB/s of log input on this 2-core machine; memory flat in file size.

Usage::

    .venv/bin/python bench/scan.py                  # 200 MB corpus, ~5-10 minutes
    .venv/bin/python bench/scan.py --size-mb 20     # a quick look
    .venv/bin/python bench/scan.py --dir /tmp/corpus --keep --json
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOAL_MB_S = 5.0
PII_RATE = 0.03
MB = 1_000_000

# --- fabricated content -----------------------------------------------------------------------

THAI_PARAGRAPHS = [
    "ช่วยสรุปรายงานการประชุมฝ่ายขายประจำไตรมาสที่สาม โดยเน้นยอดขายที่เพิ่มขึ้นในภาคตะวันออกเฉียงเหนือ "
    "และแผนการเปิดตัวผลิตภัณฑ์ใหม่ในเดือนหน้า ให้เขียนเป็นข้อ ๆ ไม่เกินหนึ่งหน้ากระดาษ",
    "ร่างอีเมลถึงคู่ค้าเพื่อแจ้งการเปลี่ยนแปลงกำหนดส่งสินค้า เนื่องจากโรงงานปิดปรับปรุงเครื่องจักร "
    "ขอให้ใช้ภาษาสุภาพและเสนอทางเลือกในการจัดส่งบางส่วนล่วงหน้า",
    "แปลข้อความต่อไปนี้เป็นภาษาอังกฤษ: บริษัทขอขอบคุณลูกค้าทุกท่านที่ให้ความไว้วางใจใช้บริการของเรามาโดยตลอด "
    "เรามุ่งมั่นพัฒนาคุณภาพการบริการอย่างต่อเนื่อง",
    "อธิบายความแตกต่างระหว่างสินเชื่อบ้านแบบอัตราดอกเบี้ยคงที่และลอยตัว พร้อมยกตัวอย่างการคำนวณค่างวด "
    "สำหรับวงเงินสามล้านบาท ระยะเวลายี่สิบปี",
    "เขียนคำบรรยายสินค้าสำหรับร้านค้าออนไลน์ สินค้าคือกระเป๋าผ้าฝ้ายทอมือจากจังหวัดน่าน "
    "ย้อมสีธรรมชาติ เหมาะสำหรับใช้งานประจำวัน ความยาวประมาณหนึ่งร้อยห้าสิบคำ",
    "จัดทำแผนการสอนวิชาวิทยาศาสตร์ชั้นมัธยมศึกษาปีที่สอง เรื่องระบบสุริยะ "
    "แบ่งเป็นสามคาบ คาบละห้าสิบนาที พร้อมกิจกรรมกลุ่มและแบบประเมิน",
    "สรุปข้อกำหนดหลักของนโยบายการทำงานจากที่บ้าน สำหรับประกาศให้พนักงานทราบ "
    "รวมถึงเวลาทำงานหลัก การเข้าประชุมออนไลน์ และการเบิกค่าอินเทอร์เน็ต",
]
ENGLISH_PARAGRAPHS = [
    "Summarise the attached quarterly sales figures and highlight the three regions with the "
    "strongest growth. Keep it under 200 words and use bullet points for the key numbers.",
    "Write a Python function that parses an ISO 8601 timestamp with an optional timezone offset "
    "and returns a timezone-aware datetime in UTC. Include type hints and two unit tests.",
    "Explain the difference between a left join and an inner join in SQL, with a short example "
    "using an orders table and a customers table.",
    "Draft a polite reply to a supplier who has delayed a shipment by two weeks, asking for a "
    "revised delivery schedule and partial delivery of the items already produced.",
    "Refactor this React component so that the data fetching happens in a custom hook and the "
    "loading and error states are rendered by a shared wrapper component.",
]
ANSWERS = [
    "แน่นอนครับ ต่อไปนี้คือสรุปประเด็นสำคัญ: หนึ่ง ยอดขายเพิ่มขึ้นร้อยละสิบสองเมื่อเทียบกับไตรมาสก่อน "
    "สอง ลูกค้ารายใหม่มาจากช่องทางออนไลน์เป็นหลัก สาม ควรเพิ่มงบประมาณการตลาดในภูมิภาคที่เติบโตเร็ว",
    "Here is a concise summary. Growth was driven mainly by online channels; the north-east region "
    "grew fastest. I recommend reallocating part of the marketing budget accordingly.",
    "```python\nfrom datetime import datetime, timezone\n\ndef parse(ts: str) -> datetime:\n    value = "
    "datetime.fromisoformat(ts)\n    return value.astimezone(timezone.utc)\n```",
]
FIRST_NAMES = ["สมชาย", "สมหญิง", "วิภาวดี", "ประเสริฐ", "กิตติพงษ์", "ณัฐธิดา", "อนุชา", "พรทิพย์"]
LAST_NAMES = ["ใจดี", "รักไทย", "มั่นคงทรัพย์", "ศรีสุขใส", "วงศ์ประเสริฐ", "ทองมาก"]
TITLES = ["นาย", "นางสาว", "นาง", "คุณ"]
HOSTS = [("api.openai.com", "/v1/chat/completions"), ("api.anthropic.com", "/v1/messages"),
         ("generativelanguage.googleapis.com", "/v1beta/models/gemini-1.5-pro:generateContent"),
         ("llm-gateway.internal.example", "/v1/chat/completions")]
APPS = ["crm-bot", "hr-assistant", "support-desk", "code-helper", "marketing-writer"]


def national_id(rng: random.Random) -> str:
    """A 13-digit number with a valid Thai ID checksum (random: it belongs to nobody we know)."""
    digits = [rng.randint(1, 8)] + [rng.randint(0, 9) for _ in range(11)]
    check = (11 - sum(d * (13 - i) for i, d in enumerate(digits)) % 11) % 10
    return "".join(map(str, digits)) + str(check)


def pii_sentence(rng: random.Random) -> str:
    name = f"{rng.choice(TITLES)}{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    nid = national_id(rng)
    phone = f"08{rng.randint(1, 9)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    options = [
        f"ลูกค้าชื่อ {name} เลขบัตรประชาชน {nid} ติดต่อที่เบอร์ {phone} ขอเลื่อนนัดชำระ",
        f"ผู้สมัครงาน {name} โทร {phone} อีเมล applicant{rng.randint(1, 999)}@example.com",
        f"ผู้ป่วย {name} เลขบัตร {nid} ป่วยเป็นโรคเบาหวาน ขอให้สรุปประวัติการรักษา",
        f"Customer {rng.choice(FIRST_NAMES)} (ID {nid}, phone {phone}) asked to change the delivery address.",
    ]
    return rng.choice(options)


def prompt_text(rng: random.Random, pii: bool) -> str:
    pool = THAI_PARAGRAPHS if rng.random() < 0.7 else ENGLISH_PARAGRAPHS
    parts = [rng.choice(pool) for _ in range(rng.choice((1, 1, 2, 3, 4)))]
    if pii:
        parts.insert(rng.randrange(len(parts) + 1), pii_sentence(rng))
    return " ".join(parts)


def chat_messages(rng: random.Random, pii: bool) -> list[dict[str, str]]:
    """A system prompt and 1-3 turns (chat apps resend the history with every request)."""
    messages = [{"role": "system", "content": "You are a helpful assistant for a Thai company. Answer in the user's language."}]
    turns = rng.choice((1, 1, 1, 2, 3))
    for turn in range(turns):
        text = prompt_text(rng, pii and turn == turns - 1)
        if turn == turns - 1:
            text += f" (คำขอเลขที่ {REF})"  # made unique per logged request by the writers
        messages.append({"role": "user", "content": text})
        if turn < turns - 1:
            messages.append({"role": "assistant", "content": rng.choice(ANSWERS)})
    return messages


REF = "REQ-@@REF@@"


_REFS = itertools.count(1)


def unique(body_json: str) -> str:
    """The body with a fresh request reference: no two logged requests are identical (as in real
    logs), so no cache anywhere could make the corpus look cheaper than real traffic."""
    return body_json.replace("@@REF@@", f"{next(_REFS):07X}", 1)


class Pool:
    """Pre-built request bodies (JSON strings), so that writing the corpus is string templating."""

    def __init__(self, rng: random.Random, size: int = 3000) -> None:
        self.items: list[tuple[dict[str, Any], str, bool]] = []
        for _ in range(size):
            pii = rng.random() < PII_RATE
            body = {"model": rng.choice(("gpt-4o", "gpt-4o-mini", "claude-sonnet-4", "gemini-1.5-pro")),
                    "messages": chat_messages(rng, pii), "temperature": 0.2, "max_tokens": 1024}
            self.items.append((body, json.dumps(body, ensure_ascii=False), pii))
        self.answers = [json.dumps(a, ensure_ascii=False) for a in ANSWERS]

    def pick(self, rng: random.Random) -> tuple[dict[str, Any], str, bool]:
        return self.items[rng.randrange(len(self.items))]


# --- writers ----------------------------------------------------------------------------------

START = datetime(2026, 10, 1, tzinfo=UTC)


def write_jsonl(path: Path, target: int, rng: random.Random, pool: Pool) -> dict[str, int]:
    """Gateway logs: generic request lines (70%), LiteLLM payloads (20%), OpenAI batch lines (10%)."""
    written = records = text = 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            body, body_json, _ = pool.pick(rng)
            body_json = unique(body_json)
            when = START + timedelta(seconds=records * 7 + rng.randint(0, 6))
            host, api_path = rng.choice(HOSTS)
            answer = rng.choice(pool.answers)
            kind = rng.random()
            if kind < 0.7:
                line = (f'{{"timestamp":"{when.isoformat()}","request_id":"req-{records:09d}","app":"{rng.choice(APPS)}",'
                        f'"url":"https://{host}{api_path}","method":"POST","status":200,"latency_ms":{rng.randint(200, 9000)},'
                        f'"request_body":{body_json},"response_body":{{"choices":[{{"message":{{"role":"assistant",'
                        f'"content":{answer}}}}}],"usage":{{"prompt_tokens":{rng.randint(50, 2000)},'
                        f'"completion_tokens":{rng.randint(20, 800)}}}}}}}\n')
            elif kind < 0.9:
                line = (f'{{"id":"litellm-{records:09d}","call_type":"acompletion","model":"{body["model"]}",'
                        f'"messages":{unique(json.dumps(body["messages"], ensure_ascii=False))},'
                        f'"startTime":{when.timestamp():.3f},"endTime":{when.timestamp() + 2.5:.3f},'
                        f'"api_base":"https://{host}","response":{answer},"status":"success",'
                        f'"metadata":{{"user_api_key_alias":"{rng.choice(APPS)}","spend":0.0012}}}}\n')
            else:
                line = (f'{{"custom_id":"batch-{records:09d}","method":"POST","url":"/v1/chat/completions",'
                        f'"body":{body_json}}}\n')
            out.write(line)
            written += len(line.encode("utf-8"))
            records += 1
            text += sum(len(m["content"].encode("utf-8")) for m in body["messages"])
    return {"bytes": written, "records": records, "prompt_bytes": text}


_STATIC = ["/static/app.js", "/static/app.css", "/favicon.ico", "/api/session", "/static/logo.svg"]


def _har_headers(extra: list[tuple[str, str]]) -> str:
    base = [("accept", "application/json"), ("accept-language", "th-TH,th;q=0.9,en;q=0.8"),
            ("user-agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"),
            ("sec-fetch-mode", "cors"), ("sec-fetch-site", "same-site"), ("origin", "https://chat.example.co.th"),
            ("accept-encoding", "gzip, deflate, br, zstd"), *extra]
    return json.dumps([{"name": k, "value": v} for k, v in base])


def write_har(path: Path, target: int, rng: random.Random, pool: Pool) -> dict[str, int]:
    """A browser session: static assets and GETs (no body), and API calls with request and answer."""
    written = records = text = 0
    with path.open("w", encoding="utf-8") as out:
        head = ('{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},'
                '"pages":[{"startedDateTime":"2026-10-01T08:00:00.000Z","id":"page_1","title":"Chat",'
                '"pageTimings":{"onLoad":812}}],"entries":[\n')
        out.write(head)
        written += len(head)
        first = True
        index = 0
        while written < target:
            when = (START + timedelta(seconds=index * 3)).isoformat().replace("+00:00", "Z")
            timings = f'"timings":{{"send":0.1,"wait":{rng.randint(200, 5000)},"receive":3.2}}'
            if rng.random() < 0.35:
                url = "https://chat.example.co.th" + rng.choice(_STATIC)
                entry = (f'{{"startedDateTime":"{when}","time":12.5,"request":{{"method":"GET","url":"{url}",'
                         f'"httpVersion":"h2","headers":{_har_headers([])},"queryString":[],"cookies":[],'
                         f'"headersSize":-1,"bodySize":0}},"response":{{"status":200,"statusText":"","httpVersion":"h2",'
                         f'"headers":[],"content":{{"size":{rng.randint(500, 90000)},"mimeType":"text/javascript"}},'
                         f'"redirectURL":"","headersSize":-1,"bodySize":-1}},"cache":{{}},{timings},'
                         f'"serverIPAddress":"203.0.113.{rng.randint(1, 254)}"}}')
            else:
                body, body_json, _ = pool.pick(rng)
                body_json = unique(body_json)
                host, api_path = rng.choice(HOSTS)
                answer = rng.choice(pool.answers)
                response = json.dumps({"id": f"chatcmpl-{index}", "object": "chat.completion",
                                       "choices": [{"index": 0, "message": {"role": "assistant", "content": json.loads(answer)}}]},
                                      ensure_ascii=False)
                entry = (f'{{"startedDateTime":"{when}","time":{rng.randint(300, 9000)},"request":{{"method":"POST",'
                         f'"url":"https://{host}{api_path}","httpVersion":"h2",'
                         f'"headers":{_har_headers([("content-type", "application/json"), ("x-pdpa-app", rng.choice(APPS))])},'
                         f'"queryString":[],"cookies":[],"headersSize":-1,"bodySize":{len(body_json)},'
                         f'"postData":{{"mimeType":"application/json","text":{json.dumps(body_json, ensure_ascii=False)}}}}},'
                         f'"response":{{"status":200,"statusText":"","httpVersion":"h2","headers":[],'
                         f'"content":{{"size":{len(response)},"mimeType":"application/json","text":{json.dumps(response, ensure_ascii=False)}}},'
                         f'"redirectURL":"","headersSize":-1,"bodySize":-1}},"cache":{{}},{timings},'
                         f'"serverIPAddress":"104.18.{rng.randint(0, 255)}.{rng.randint(1, 254)}"}}')
                records += 1
                text += sum(len(m["content"].encode("utf-8")) for m in body["messages"])
            chunk = ("" if first else ",\n") + entry
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
            first = False
            index += 1
        out.write("\n]}}\n")
    return {"bytes": path.stat().st_size, "records": records, "prompt_bytes": text}


def write_flows(path: Path, target: int, rng: random.Random, pool: Pool) -> dict[str, int]:
    """A mitmproxy capture (``mitmdump -w``) of API calls with their answers."""
    from mitmproxy import io
    from mitmproxy.test import tflow

    records = text = 0
    with path.open("wb") as handle:
        writer = io.FlowWriter(handle)
        flow = tflow.tflow(resp=True)  # one flow object, updated and written again: fast
        while handle.tell() < target:
            body, body_json, _ = pool.pick(rng)
            body_json = unique(body_json)
            host, api_path = rng.choice(HOSTS)
            request = flow.request
            request.host, request.port, request.path, request.method = host, 443, api_path, "POST"
            request.headers["content-type"] = "application/json"
            request.headers["x-pdpa-app"] = rng.choice(APPS)
            request.content = body_json.encode("utf-8")
            request.timestamp_start = (START + timedelta(seconds=records * 5)).timestamp()
            assert flow.response is not None
            flow.response.content = rng.choice(pool.answers).encode("utf-8")
            flow.id = f"00000000-0000-4000-8000-{records:012d}"
            writer.add(flow)
            records += 1
            text += sum(len(m["content"].encode("utf-8")) for m in body["messages"])
    return {"bytes": path.stat().st_size, "records": records, "prompt_bytes": text}


def generate(directory: Path, size_mb: float, seed: int = 2026) -> dict[str, Any]:
    """The corpus: one big JSONL (55%), 5 HAR files (25%), 4 flow dumps (20%)."""
    rng = random.Random(seed)
    pool = Pool(rng)
    total = int(size_mb * MB)
    directory.mkdir(parents=True, exist_ok=True)
    parts: dict[str, dict[str, int]] = {}
    started = time.perf_counter()
    parts["gateway.jsonl"] = write_jsonl(directory / "gateway.jsonl", int(total * 0.55), rng, pool)
    for i in range(5):
        parts[f"session-{i}.har"] = write_har(directory / f"session-{i}.har", int(total * 0.05), rng, pool)
    for i in range(4):
        parts[f"capture-{i}.flows"] = write_flows(directory / f"capture-{i}.flows", int(total * 0.05), rng, pool)
    return {
        "seconds": time.perf_counter() - started,
        "bytes": sum(p["bytes"] for p in parts.values()),
        "records": sum(p["records"] for p in parts.values()),
        "prompt_bytes": sum(p["prompt_bytes"] for p in parts.values()),
        "files": parts,
    }


# --- running scans ----------------------------------------------------------------------------


def tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        children.setdefault(int(stat[1]), []).append(pid)  # field 4: ppid
        rss[pid] = int(stat[21]) * os.sysconf("SC_PAGE_SIZE")  # field 24: rss pages
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def run_scan(target: Path, workers: int, home: Path, timeout: float) -> dict[str, Any]:
    """``pdpa-guard scan TARGET --json --workers N`` with a fresh store; time, summary, peak RSS."""
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PDPA_GUARD_HOME": str(home)}
    env.pop("PDPA_GUARD_DB", None)
    command = [sys.executable, "-m", "pdpa_guard.cli", "scan", str(target), "--json", "--workers", str(workers),
               "--fail-on", "never"]
    peak = 0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stop = threading.Event()

    def poll() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss(process.pid))
            stop.wait(0.2)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        stdout, stderr = process.communicate()
        raise RuntimeError(f"scan did not finish within {timeout:.0f} s") from None
    finally:
        stop.set()
        poller.join()
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the scanner and its workers, reaped
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if process.returncode not in (0, 1):
        raise RuntimeError(f"scan exited {process.returncode}: {stderr.decode(errors='replace')[-2000:]}")
    summary = json.loads(stdout)
    return {
        "workers": workers,
        "seconds": elapsed,
        "bytes": summary["bytes"],
        "records": summary["records"],
        "findings": summary["findings"],
        "violations": summary["violations"],
        "errors": len(summary["errors"]),
        "store": summary["store"],
        "mb_s": summary["bytes"] / MB / elapsed,
        "records_s": summary["records"] / elapsed,
        "peak_rss_mb": peak / MB,
        "cpu_seconds": cpu,  # over elapsed: how many cores the scan really got on a shared machine
    }


def big_jsonl(path: Path, size_mb: float, rng: random.Random, pool: Pool) -> None:
    write_jsonl(path, int(size_mb * MB), rng, pool)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=200, help="corpus size in MB (default 200)")
    parser.add_argument("--mem-mb", type=float, default=40,
                        help="memory check: scan one JSONL of this size and of 4x it, --workers 2 (default 40, "
                             "so that both are split into several units; 0 skips)")
    parser.add_argument("--dir", type=Path, help="write the corpus here (default: a temporary directory)")
    parser.add_argument("--keep", action="store_true", help="keep the corpus and the stores")
    parser.add_argument("--workers", default="1,2", help="worker counts to run, comma-separated (default 1,2)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds allowed per scan (default 900)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = parser.parse_args(argv)
    say: Callable[[str], None] = (lambda _: None) if args.json else (lambda m: print(m, file=sys.stderr, flush=True))

    base = args.dir or Path(tempfile.mkdtemp(prefix="pdpa-bench-scan-"))
    corpus = base / "corpus"
    results: dict[str, Any] = {"cores": len(os.sched_getaffinity(0)), "goal_mb_s": GOAL_MB_S,
                               "date": datetime.now().astimezone().isoformat(timespec="seconds"),
                               "load_before": os.getloadavg()[0]}
    try:
        say(f"generating a {args.size_mb:g} MB corpus in {corpus} ...")
        results["corpus"] = generate(corpus, args.size_mb)
        say(f"  {results['corpus']['bytes'] / MB:.0f} MB, {results['corpus']['records']} requests, "
            f"written in {results['corpus']['seconds']:.1f} s")
        results["scans"] = []
        for workers in (int(w) for w in args.workers.split(",")):
            say(f"scanning with --workers {workers} ...")
            scan = run_scan(corpus, workers, base / f"home-w{workers}", args.timeout)
            scan["prompt_mb_s"] = results["corpus"]["prompt_bytes"] / MB / scan["seconds"]
            results["scans"].append(scan)
        if args.mem_mb > 0:
            rng = random.Random(7)
            pool = Pool(rng, size=1000)
            memory = []
            for factor in (1, 4):
                single = base / f"single-{factor}x"
                single.mkdir(exist_ok=True)
                big_jsonl(single / "gateway.jsonl", args.mem_mb * factor, rng, pool)
                say(f"memory check: one {args.mem_mb * factor:g} MB JSONL, --workers 2 ...")
                memory.append({"file_mb": args.mem_mb * factor,
                               **run_scan(single, 2, base / f"home-mem-{factor}x", args.timeout)})
                shutil.rmtree(single)
            results["memory"] = memory
        results["load_after"] = os.getloadavg()[0]
        results["children_max_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / MB
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
        else:
            say(f"kept {base}")
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        print_table(results)
    return 0


def print_table(results: dict[str, Any]) -> None:
    corpus = results["corpus"]
    share = corpus["prompt_bytes"] / corpus["bytes"]
    print(f"\ncorpus: {corpus['bytes'] / MB:.0f} MB, {corpus['records']} API requests "
          f"(prompt text {share:.0%} of the bytes), generated in {corpus['seconds']:.1f} s; {results['cores']} cores, "
          f"load average {results['load_before']:.1f} before / {results['load_after']:.1f} after")
    for name, part in corpus["files"].items():
        if name in ("gateway.jsonl", "session-0.har", "capture-0.flows"):
            print(f"  {name:18} {part['bytes'] / MB:7.1f} MB  {part['records']:>7} requests")
    print(f"\n{'workers':>7} {'seconds':>8} {'MB/s':>6} {'text MB/s':>9} {'records/s':>10} {'cores used':>10} "
          f"{'MB/CPU-s':>8} {'peak RSS MB':>12} {'findings':>9} {'violations':>10} {'errors':>6}")
    for scan in results["scans"]:
        print(f"{scan['workers']:>7} {scan['seconds']:8.1f} {scan['mb_s']:6.2f} {scan['prompt_mb_s']:9.2f} {scan['records_s']:10.0f} "
              f"{scan['cpu_seconds'] / scan['seconds']:10.2f} {scan['bytes'] / MB / scan['cpu_seconds']:8.2f} "
              f"{scan['peak_rss_mb']:12.0f} {scan['findings']:>9} {scan['violations']:>10} {scan['errors']:>6}")
    best = max(s["mb_s"] for s in results["scans"])
    print(f"\nbest {best:.2f} MB/s of log input (goal >= {results['goal_mb_s']:g} MB/s): "
          f"{'met' if best >= results['goal_mb_s'] else 'NOT met'}")
    if "memory" in results:
        small, large = results["memory"]
        print(f"memory: one JSONL of {small['file_mb']:g} MB -> peak {small['peak_rss_mb']:.0f} MB; "
              f"{large['file_mb']:g} MB -> peak {large['peak_rss_mb']:.0f} MB "
              f"(x{large['peak_rss_mb'] / small['peak_rss_mb']:.2f} for x4 the file; --workers 2, "
              f"{small['mb_s']:.2f} / {large['mb_s']:.2f} MB/s)")
    print(f"largest single process (getrusage children max RSS): {results['children_max_rss_mb']:.0f} MB")
    stores = {s["store"] for s in results["scans"]}
    print(f"stores: {', '.join(sorted(stores))}")


if __name__ == "__main__":
    sys.exit(main())
