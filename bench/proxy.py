#!/usr/bin/env python3
"""Latency and throughput of the pdpa-guard proxy against bare mitmproxy, in one run.

Both proxies forward to the same loopback upstream, a fake OpenAI chat-completions API
(``tests/proxy_support.FakeLLM``, run in its own process so that it does not share the client's
GIL), and are driven by the same client: httpx with keep-alive (one ``httpx.Client`` per client
thread), plain HTTP through the proxy. The rules declare the upstream ``127.0.0.1:PORT`` as a US
provider without transfer basis, so every request is inspected, pseudonymised on the way out and
restored on the way back: the proxy's full hot path. The prompt is ~2 KB of Thai with a few
fabricated identifiers (a national ID with a valid checksum, a phone number, a name), made unique
per request by a reference number.

Per proxy: warm-up, then ``--requests`` sequential requests (latency p50/p99) and the same number
spread over ``--concurrency`` client threads (requests/s), in ``--rounds`` interleaved rounds.
Goals (issue 4): median latency at most 1.5x bare mitmproxy's, p99 at most 2x, throughput at
least 60% of bare mitmproxy's.

A third variant, pdpa-guard with ``pdpa_record=false``, shows what the store's background writer
costs (it builds and writes the records in a thread of the proxy process, so it competes for the
GIL, never for the hook).

``--profile`` runs one more pdpa-guard with cProfile switched on after warm-up and prints where the
request and response hooks' time goes. On Python 3.12+ cProfile records every thread
(sys.monitoring), so the busy time and the hottest functions include the store writer's thread
(record building, SQL); the hook rows are the event loop's. Those figures include cProfile's own
overhead (roughly 2x on pure-Python code), so it also times the addon's stages in this process
on mitmproxy test flows, without a profiler.

Usage::

    .venv/bin/python bench/proxy.py                       # 300 requests, 4 client threads
    .venv/bin/python bench/proxy.py --requests 500 --concurrency 8 --json
    .venv/bin/python bench/proxy.py --profile

Everything talks to 127.0.0.1 only; every loop is bounded.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import pstats
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.proxy_support import ListeningProcess, RunningProxy, free_port  # noqa: E402

MITMDUMP = ROOT / ".venv" / "bin" / "mitmdump"
GOALS = {"p50": 1.5, "p99": 2.0, "throughput": 0.6}

# Fabricated values only: the national ID has a valid checksum but belongs to nobody.
NATIONAL_ID = "1101700230708"
PHONE = "081-234-5678"
NAME = "นายสมชาย ใจดี"
_FILLER = (
    "ช่วยร่างอีเมลตอบกลับลูกค้าเรื่องขอเลื่อนนัดชำระค่างวดสินเชื่อบ้านออกไปหนึ่งเดือน โดยใช้ถ้อยคำสุภาพ "
    "อธิบายเอกสารที่ต้องยื่นเพิ่มเติม ได้แก่ สลิปเงินเดือนย้อนหลังสามเดือนและหนังสือรับรองการทำงาน "
    "และแจ้งว่าธนาคารจะพิจารณาภายในเจ็ดวันทำการนับจากวันที่ได้รับเอกสารครบถ้วน "
)


def make_prompt(size: int = 2048) -> str:
    """About ``size`` bytes of UTF-8 Thai with three identifiers near the start and the end."""
    head = f"ลูกค้าชื่อ {NAME} เลขบัตรประชาชน {NATIONAL_ID} "
    tail = f" หากมีข้อสงสัยให้ติดต่อกลับที่เบอร์ {PHONE} ในเวลาทำการ"
    body = ""
    while len((head + body + tail).encode("utf-8")) < size:
        body += _FILLER
    text = head + body + tail
    while len(text.encode("utf-8")) > size and len(body) > 10:  # trim the filler, keep the identifiers
        body = body[: -max(1, (len(text.encode("utf-8")) - size) // 3)]
        text = head + body + tail
    return text


# --- the peers --------------------------------------------------------------------------------

_UPSTREAM = """
import sys, time
sys.path.insert(0, sys.argv[1])
from tests.proxy_support import FakeLLM
server = FakeLLM()
# http.server writes the headers and the body in two sends; with Nagle on, the second waits for
# the client's delayed ACK (~40 ms), which would swamp every figure here.
server.server.RequestHandlerClass.disable_nagle_algorithm = True
print(server.port, flush=True)
sys.stdin.read()  # until the bench closes our stdin
server.close()
"""


class Upstream:
    """FakeLLM in a child process (its own GIL); stops when the bench closes its stdin."""

    def __init__(self) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", _UPSTREAM, str(ROOT)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert self.process.stdout is not None
        self.port = int(self.process.stdout.readline())

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


class BareMitmdump(ListeningProcess):
    """``mitmdump`` with no addon, the baseline."""

    def __init__(self, base: Path) -> None:
        port = free_port()
        super().__init__(
            [str(MITMDUMP), "--listen-host", "127.0.0.1", "--listen-port", str(port), "--set", "ssl_insecure=true",
             "--set", f"confdir={base / 'confdir'}", "-q"],
            base / "mitmdump.log", port)


_PROFILED = """
import cProfile, os, signal, sys
profiler, out = cProfile.Profile(), os.environ["PDPA_BENCH_PROFILE"]

def start(*_):
    profiler.enable()

def stop(*_):
    profiler.disable()
    profiler.dump_stats(out + ".tmp")
    os.replace(out + ".tmp", out)

signal.signal(signal.SIGUSR1, start)
signal.signal(signal.SIGUSR2, stop)
sys.argv = ["pdpa-guard", *sys.argv[1:]]
from pdpa_guard.cli import main
main()
"""


class ProfiledGuard(ListeningProcess):
    """``pdpa-guard proxy`` with a cProfile switched on and off by SIGUSR1/SIGUSR2.

    Profiling only the measured requests keeps start-up (engine and lexicon build) out of the
    figures. Signal handlers run on the main thread, which is mitmproxy's event loop, where the
    hooks run; on Python 3.12+ the profiler records the store writer's thread as well.
    """

    def __init__(self, rules: Path, db_url: str, base: Path, out: Path) -> None:
        port = free_port()
        self.out = out
        env = {**os.environ, "PDPA_GUARD_HOME": str(base), "PDPA_BENCH_PROFILE": str(out)}
        super().__init__(
            [sys.executable, "-c", _PROFILED, "proxy", "--listen-port", str(port), "--rules", str(rules),
             "--db", db_url, "--confdir", str(base / "confdir"), "--set", "ssl_insecure=true"],
            base / "proxy-profiled.log", port, env)

    def start_profile(self) -> None:
        self.process.send_signal(signal.SIGUSR1)
        time.sleep(0.2)  # the handler runs when the event loop wakes up

    def stop_profile(self) -> None:
        self.process.send_signal(signal.SIGUSR2)
        deadline = time.monotonic() + 30
        while not self.out.exists() and time.monotonic() < deadline:
            time.sleep(0.1)


def write_rules(base: Path, upstream_port: int) -> Path:
    """The shipped rules plus the upstream declared as a US provider without transfer basis."""
    rules = base / "rules"
    rules.mkdir()
    destinations = (ROOT / "rules" / "destinations.yaml").read_text(encoding="utf-8")
    declared = (
        "destinations:\n"
        f"  - name: bench-us-api\n    hosts: [\"127.0.0.1:{upstream_port}\"]\n"
        "    provider: Bench API posing as a US provider\n    country: US\n    transfer_basis: none\n"
    )
    (rules / "destinations.yaml").write_text(destinations.replace("destinations:\n", declared, 1), encoding="utf-8")
    (rules / "policy.yaml").write_text((ROOT / "rules" / "policy.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return rules


# --- the client -------------------------------------------------------------------------------


_SERIAL = itertools.count(1)


def next_request(prompt: str) -> tuple[dict[str, Any], str]:
    """A chat-completions body for ``prompt`` made unique by a request reference (so that no cache
    anywhere could flatter the figures), and the answer the echoing upstream will give."""
    text = f"{prompt} (คำขอ REQ-{next(_SERIAL):07X})"
    payload = {"model": "gpt-4o", "messages": [{"role": "system", "content": "You are a helpful assistant."},
                                               {"role": "user", "content": text}]}
    return payload, f"[gpt-4o] echo: {text}"


class Target:
    def __init__(self, name: str, proxy_url: str, upstream_url: str, prompt: str) -> None:
        self.name, self.proxy_url, self.upstream_url, self.prompt = name, proxy_url, upstream_url, prompt

    def client(self) -> httpx.Client:
        return httpx.Client(proxy=self.proxy_url, timeout=30)

    def call(self, client: httpx.Client) -> None:
        payload, expect = next_request(self.prompt)
        response = client.post(f"{self.upstream_url}/v1/chat/completions", json=payload)
        response.raise_for_status()
        content = response.json()["choices"][0]["message"]["content"]
        if content != expect:  # restoration broken, or the proxy changed the answer
            raise AssertionError(f"{self.name}: unexpected answer ({len(content)} chars)")


def sequential(target: Target, n: int, warmup: int) -> list[float]:
    """Latencies (seconds) of n requests on one keep-alive connection."""
    latencies = []
    with target.client() as client:
        for _ in range(warmup):
            target.call(client)
        for _ in range(n):
            started = time.perf_counter()
            target.call(client)
            latencies.append(time.perf_counter() - started)
    return latencies


def concurrent(target: Target, n: int, threads: int, warmup: int) -> tuple[float, list[float]]:
    """(elapsed seconds, latencies) of n requests spread over ``threads`` keep-alive clients."""
    per_thread = [n // threads + (1 if i < n % threads else 0) for i in range(threads)]
    clients = [target.client() for _ in range(threads)]
    for client in clients:
        for _ in range(max(1, warmup // threads)):
            target.call(client)
    latencies: list[float] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    barrier = threading.Barrier(threads + 1)

    def work(client: httpx.Client, count: int) -> None:
        mine = []
        barrier.wait()
        try:
            for _ in range(count):
                started = time.perf_counter()
                target.call(client)
                mine.append(time.perf_counter() - started)
        except BaseException as exc:  # reported below
            errors.append(exc)
        with lock:
            latencies.extend(mine)

    workers = [threading.Thread(target=work, args=(c, k)) for c, k in zip(clients, per_thread, strict=True)]
    for w in workers:
        w.start()
    barrier.wait()
    started = time.perf_counter()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - started
    for client in clients:
        client.close()
    if errors:
        raise errors[0]
    return elapsed, latencies


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def measure_all(targets: list[Target], n: int, threads: int, warmup: int, rounds: int,
                say: Callable[[str], None]) -> dict[str, dict[str, float]]:
    """Every target measured in ``rounds`` interleaved rounds of n/rounds requests per phase.

    Interleaving spreads any drift of the machine's load (other processes on 2 cores) evenly over
    the proxies instead of letting it land on whichever ran last.
    """
    sizes = [n // rounds + (1 if i < n % rounds else 0) for i in range(rounds)]
    seq: dict[str, list[float]] = {t.name: [] for t in targets}
    loaded: dict[str, list[float]] = {t.name: [] for t in targets}
    busy: dict[str, float] = {t.name: 0.0 for t in targets}
    for target in targets:
        sequential(target, 0, warmup)
    for r, size in enumerate(sizes):
        order = targets[r % len(targets):] + targets[: r % len(targets)]
        for target in order:
            say(f"round {r + 1}/{rounds}: {target.name}")
            seq[target.name] += sequential(target, size, 0)
            elapsed, latencies = concurrent(target, size, threads, warmup=threads)
            busy[target.name] += elapsed
            loaded[target.name] += latencies
    return {
        t.name: {
            "p50_ms": percentile(seq[t.name], 50) * 1000,
            "p99_ms": percentile(seq[t.name], 99) * 1000,
            "mean_ms": sum(seq[t.name]) / len(seq[t.name]) * 1000,
            "rps": len(loaded[t.name]) / busy[t.name],
            "loaded_p50_ms": percentile(loaded[t.name], 50) * 1000,
            "loaded_p99_ms": percentile(loaded[t.name], 99) * 1000,
        }
        for t in targets
    }


def store_actions(db: Path) -> dict[str, int]:
    """Exchanges recorded by the proxy, by action (proves the hot path really pseudonymised)."""
    if not db.exists():
        return {}
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT action, COUNT(*) FROM exchanges GROUP BY action").fetchall())


# --- profile ----------------------------------------------------------------------------------

# (label, file suffix, function name): where the hooks' time goes, in call-tree order.
PROFILE_ROWS = [
    ("request hook (PdpaGuard.request)", "proxy/addon.py", "request"),
    ("  build Exchange (_exchange)", "proxy/addon.py", "_exchange"),
    ("  locate destination", "pdpa_guard/pipeline.py", "locate"),
    ("  parse body (parse_request)", "providers/__init__.py", "parse_request"),
    ("  inspect (detect+decide)", "pdpa_guard/pipeline.py", "inspect"),
    ("    detect (engine.analyze)", "detect/engine.py", "analyze"),
    ("      Presidio AnalyzerEngine.analyze", "presidio_analyzer/analyzer_engine.py", "analyze"),
    ("      resolve_overlaps", "detect/engine.py", "resolve_overlaps"),
    ("    decide (policy)", "pdpa_guard/pipeline.py", "decide"),
    ("  enforce (_enforce)", "proxy/addon.py", "_enforce"),
    ("    rewrite body (pseudonymise)", "pdpa_guard/pipeline.py", "rewrite"),
    ("    record (hand to the writer)", "proxy/addon.py", "_record"),
    ("      BackgroundWriter.submit_later", "store/writer.py", "submit_later"),
    ("response hook (PdpaGuard.response)", "proxy/addon.py", "response"),
    ("store writer thread: build_records", "store/records.py", "build_records"),
]


def profile_report(path: Path, requests: int, top: int = 20) -> dict[str, Any]:
    stats = pstats.Stats(str(path))
    table: dict[tuple[str, int, str], tuple] = stats.stats  # type: ignore[attr-defined]
    rows = []
    hook_total = None
    for label, suffix, name in PROFILE_ROWS:
        matches = [v for (file, _, func), v in table.items() if func == name and file.endswith(suffix)]
        if not matches:
            continue
        calls = sum(v[1] for v in matches)
        cumulative = sum(v[3] for v in matches)
        if hook_total is None:
            hook_total = cumulative
        rows.append({"what": label, "calls": calls, "ms_per_call": cumulative / calls * 1000 if calls else 0.0,
                     "share_of_request_hook": cumulative / hook_total if hook_total else 0.0})
    # The event loop's busy time (everything but waiting in epoll), and its hottest functions.
    idle = ("select.epoll", "select.select")
    busy = [(v[2], f, line, func, v[1]) for (f, line, func), v in table.items() if not any(i in func for i in idle)]
    own = sorted(busy, reverse=True)[:top]
    hottest = [{"own_ms_per_request": t / requests * 1000, "calls": n, "where": f"{_short(f)}:{line}({func})"}
               for t, f, line, func, n in own]
    return {"rows": rows, "hottest": hottest, "busy_ms_per_request": sum(b[0] for b in busy) / requests * 1000,
            "request_hook_ms_per_request": (hook_total or 0.0) / requests * 1000}


def stage_timings(rules: Path, home: Path, upstream_port: int, prompt: str, n: int) -> dict[str, float]:
    """Median wall time (ms) of each stage of the addon, in this process, without a profiler.

    The real ``PdpaGuard`` runs on a test flow (mitmproxy's ``taddons``), so the figures are the
    addon's own cost: no sockets, no mitmproxy event dispatch, no profiler overhead.
    """
    import statistics

    from mitmproxy.test import taddons, tflow

    from pdpa_guard.proxy.addon import PdpaGuard

    home.mkdir(parents=True, exist_ok=True)
    os.environ["PDPA_GUARD_HOME"] = str(home)
    addon = PdpaGuard()
    times: dict[str, list[float]] = {}

    def timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                times.setdefault(name, []).append(time.perf_counter() - started)
        return wrapper

    with taddons.context(addon) as tctx:
        tctx.configure(addon, pdpa_rules=str(rules), pdpa_db=f"sqlite:///{home / 'stages.db'}")
        assert addon.pipeline is not None
        pipeline = addon.pipeline
        pipeline.inspect = timed("inspect (detect + locate + decide)", pipeline.inspect)  # type: ignore[method-assign]
        pipeline.detect = timed("  detect (all segments)", pipeline.detect)  # type: ignore[method-assign]
        pipeline.rewrite = timed("rewrite (pseudonymise)", pipeline.rewrite)  # type: ignore[method-assign]
        # Records are built on the writer's thread (submit_later): off the hook, timed there.
        pipeline.record = timed("record (build_records, writer thread)", pipeline.record)  # type: ignore[method-assign]
        addon.writer.submit_later = timed("writer.submit_later", addon.writer.submit_later)
        addon._exchange = timed("build Exchange", addon._exchange)  # type: ignore[method-assign]
        for i in range(n + 20):
            flow = tflow.tflow()
            flow.request.method, flow.request.path = "POST", "/v1/chat/completions"
            flow.request.host, flow.request.port = "127.0.0.1", upstream_port  # the declared US provider
            flow.request.headers["content-type"] = "application/json"
            payload, expect = next_request(prompt)
            flow.request.content = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            started = time.perf_counter()
            addon._handle(flow)
            handled = time.perf_counter() - started
            sent = json.loads(flow.request.get_text() or "{}")["messages"][-1]["content"]  # as FakeLLM echoes it
            echo = {"choices": [{"index": 0, "message": {"role": "assistant", "content": f"[gpt-4o] echo: {sent}"}}]}
            flow.response = tflow.tresp(content=json.dumps(echo, ensure_ascii=False).encode("utf-8"))
            flow.response.headers["content-type"] = "application/json"
            started = time.perf_counter()
            addon.response(flow)
            responded = time.perf_counter() - started
            if json.loads(flow.response.get_text() or "{}")["choices"][0]["message"]["content"] != expect:
                raise AssertionError("stage timing: the answer was not restored")
            if i == 19:
                times.clear()  # the first requests warm caches up
            if i >= 20:
                times.setdefault("request hook (_handle)", []).append(handled)
                times.setdefault("response hook (restore)", []).append(responded)
        addon.done()  # the writer has built every record by now
    order = ["request hook (_handle)", "build Exchange", "inspect (detect + locate + decide)", "  detect (all segments)",
             "rewrite (pseudonymise)", "writer.submit_later", "response hook (restore)",
             "record (build_records, writer thread)"]
    return {name: statistics.median(times[name]) * 1000 for name in order if name in times}


def _short(file: str) -> str:
    for marker in ("site-packages/", "/work/main/", str(ROOT) + "/"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


def print_profile(report: dict[str, Any]) -> None:
    print("\nWhere the request hook's time goes (cProfile; includes profiler overhead):")
    print(f"  {'':44} {'calls':>7} {'ms/call':>8} {'share':>7}")
    for row in report["rows"]:
        print(f"  {row['what']:44} {row['calls']:>7} {row['ms_per_call']:>8.3f} {row['share_of_request_hook']:>6.0%}")
    print(f"\nprocess busy {report['busy_ms_per_request']:.2f} ms per request (all threads), of which the request "
          f"hook {report['request_hook_ms_per_request']:.2f} ms (the rest: mitmproxy, socket I/O, response hook, "
          "store writer)")
    print("Hottest functions by own time (ms per proxied request):")
    for row in report["hottest"]:
        print(f"  {row['own_ms_per_request']:7.3f}  {row['calls']:>8}  {row['where']}")


# --- main -------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=300, help="measured requests per phase and proxy (default 300; quote figures from >= 200)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads for the throughput phase (default 4)")
    parser.add_argument("--warmup", type=int, default=30, help="warm-up requests per proxy (default 30)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds the requests are split into (default 3)")
    parser.add_argument("--prompt-bytes", type=int, default=2048, help="prompt size in UTF-8 bytes (default 2048)")
    parser.add_argument("--no-unrecorded", action="store_true", help="skip the pdpa_record=false variant")
    parser.add_argument("--profile", action="store_true", help="also run pdpa-guard under cProfile and print the hook profile")
    parser.add_argument("--profile-out", type=Path, help="with --profile: keep the cProfile data here (for pstats/snakeviz)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = parser.parse_args(argv)
    if args.requests < 1 or args.concurrency < 1 or not 1 <= args.rounds <= args.requests:
        parser.error("--requests, --concurrency and --rounds must be positive, rounds <= requests")

    suffix = len(next_request("")[0]["messages"][-1]["content"].encode("utf-8"))  # the unique reference
    prompt = make_prompt(args.prompt_bytes - suffix)
    results: dict[str, Any] = {"requests": args.requests, "concurrency": args.concurrency, "rounds": args.rounds,
                               "prompt_bytes": len(prompt.encode("utf-8")) + suffix, "cores": os.cpu_count()}
    stoppers: list[Callable[[], None]] = []
    with tempfile.TemporaryDirectory(prefix="pdpa-bench-proxy-") as tmp:
        base = Path(tmp)
        try:
            upstream = Upstream()
            stoppers.append(upstream.stop)
            upstream_url = f"http://127.0.0.1:{upstream.port}"
            rules = write_rules(base, upstream.port)
            bare = BareMitmdump(base)
            stoppers.append(bare.stop)
            db = base / "findings.db"
            guard = RunningProxy(rules, f"sqlite:///{db}", base / "confdir", base)
            stoppers.append(guard.stop)
            targets = [Target("bare mitmdump", bare.url, upstream_url, prompt),
                       Target("pdpa-guard", guard.url, upstream_url, prompt)]
            if not args.no_unrecorded:
                quiet_home = base / "unrecorded"
                quiet_home.mkdir()
                unrecorded = RunningProxy(rules, f"sqlite:///{quiet_home / 'unused.db'}", base / "confdir", quiet_home,
                                          extra=["--set", "pdpa_record=false"])
                stoppers.append(unrecorded.stop)
                targets.append(Target("pdpa-guard, pdpa_record=false", unrecorded.url, upstream_url, prompt))
            say = (lambda _: None) if args.json else (lambda m: print(m, file=sys.stderr))
            results.update(measure_all(targets, args.requests, args.concurrency, args.warmup, args.rounds, say))
            for stop in reversed(stoppers):
                stop()
            stoppers = []
            results["store_actions"] = store_actions(db)
            if args.profile:
                upstream = Upstream()
                stoppers.append(upstream.stop)
                profiled_rules = base / "profiled"
                profiled_rules.mkdir()
                rules = write_rules(profiled_rules, upstream.port)
                out = base / "proxy.prof"
                profiled = ProfiledGuard(rules, f"sqlite:///{base / 'profiled.db'}", base, out)
                stoppers.append(profiled.stop)
                target = Target("pdpa-guard (cProfile)", profiled.url, f"http://127.0.0.1:{upstream.port}", prompt)
                sequential(target, 0, args.warmup)
                profiled.start_profile()
                sequential(target, args.requests, 0)
                profiled.stop_profile()
                results["profile"] = profile_report(out, args.requests)
                results["stages_ms"] = stage_timings(rules, base / "stages", upstream.port, prompt, args.requests)
                if args.profile_out:
                    shutil.copyfile(out, args.profile_out)
        finally:
            for stop in reversed(stoppers):
                stop()

    bare_r, guard_r = results["bare mitmdump"], results["pdpa-guard"]
    results["ratios"] = {
        "p50": guard_r["p50_ms"] / bare_r["p50_ms"],
        "p99": guard_r["p99_ms"] / bare_r["p99_ms"],
        "throughput": guard_r["rps"] / bare_r["rps"],
    }
    results["goals"] = GOALS
    results["met"] = {
        "p50": results["ratios"]["p50"] <= GOALS["p50"],
        "p99": results["ratios"]["p99"] <= GOALS["p99"],
        "throughput": results["ratios"]["throughput"] >= GOALS["throughput"],
    }
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        print_table(results)
    return 0


def print_table(results: dict[str, Any]) -> None:
    print(f"\n{results['requests']} requests per phase in {results['rounds']} interleaved rounds, "
          f"{results['concurrency']} client threads, "
          f"prompt {results['prompt_bytes']} bytes, {results['cores']} cores, HTTP keep-alive via 127.0.0.1")
    print(f"{'':32} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>8} {'loaded p50':>11} {'loaded p99':>11}")
    for name in ("bare mitmdump", "pdpa-guard", "pdpa-guard, pdpa_record=false"):
        r = results.get(name)
        if r:
            print(f"{name:32} {r['p50_ms']:8.2f} {r['p99_ms']:8.2f} {r['rps']:8.1f} {r['loaded_p50_ms']:11.2f} "
                  f"{r['loaded_p99_ms']:11.2f}")
    ratios, goals, met = results["ratios"], results["goals"], results["met"]
    print(f"\nmedian latency  {ratios['p50']:.2f}x bare (goal <= {goals['p50']}x)  {'met' if met['p50'] else 'NOT met'}")
    print(f"p99 latency     {ratios['p99']:.2f}x bare (goal <= {goals['p99']}x)  {'met' if met['p99'] else 'NOT met'}")
    print(f"throughput      {ratios['throughput']:.0%} of bare (goal >= {goals['throughput']:.0%})  "
          f"{'met' if met['throughput'] else 'NOT met'}")
    print(f"store: exchanges by action {results.get('store_actions')}")
    if "profile" in results:
        print_profile(results["profile"])
    if "stages_ms" in results:
        print("\nThe addon's stages in-process, no profiler, no sockets (median ms per request):")
        for name, ms in results["stages_ms"].items():
            print(f"  {name:40} {ms:7.3f}")


if __name__ == "__main__":
    sys.exit(main())
