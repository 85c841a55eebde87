"""`pdpa-guard scan`: the CLI contract, incremental rescans, parallel splits and bad input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from stdnum.th import pin

from pdpa_guard.scan.scanner import scan_paths
from pdpa_guard.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "logs"


def national_id(n: int) -> str:
    base = f"3{n:011d}"[:12]
    return base + pin.calc_check_digit(base)


def gateway_line(i: int, pii: bool) -> str:
    text = f"ลูกค้าเลขบัตรประชาชน {national_id(i)} ขอเปลี่ยนที่อยู่" if pii else f"สรุปยอดขายสินค้า SKU-{i:05d} ราคา 1,290 บาท"
    return json.dumps({"timestamp": f"2026-10-{1 + i % 28:02d}T08:00:00Z", "url": "https://api.openai.com/v1/chat/completions",
                       "body": {"model": "gpt-4o", "messages": [{"role": "user", "content": text}]}}, ensure_ascii=False)


def run_cli(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PDPA_GUARD_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "pdpa_guard.cli", "scan", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)


def test_examples_json_contract_and_exit_codes(tmp_path: Path) -> None:
    result = run_cli([str(EXAMPLES), "--json", "--workers", "1"], tmp_path)
    assert result.returncode == 1, result.stderr  # the bundled logs break the default policy
    summary = json.loads(result.stdout)  # exactly one JSON object on stdout
    assert {"files", "records", "findings", "violations", "by_entity", "by_destination"} <= summary.keys()
    assert summary["files"] == 2 and summary["records"] == 9
    assert summary["by_entity"]["TH_NATIONAL_ID"] >= 3
    assert summary["by_destination"]["anthropic"]["country"] == "US"
    assert summary["violations"] >= 4
    # Rescanning the same files stores nothing twice and, with --fail-on never, exits 0.
    again = run_cli([str(EXAMPLES), "--json", "--full", "--fail-on", "never"], tmp_path)
    assert again.returncode == 0 and json.loads(again.stdout)["records"] == 9
    with Store(f"sqlite:///{tmp_path / 'findings.db'}") as store:
        assert store.stats().exchanges == 9


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_cli(["no/such/dir"], tmp_path).returncode == 2
    assert run_cli([str(EXAMPLES), "--since", "last tuesday"], tmp_path).returncode == 2
    bad_rules = tmp_path / "rules"
    bad_rules.mkdir()
    shutil.copy(ROOT / "rules" / "destinations.yaml", bad_rules)
    (bad_rules / "policy.yaml").write_text("version: 1\nrules:\n  - id: x\n    entities: [TH_NATIONAL_IDD]\n    action: allow\n")
    result = run_cli([str(EXAMPLES), "--rules", str(bad_rules)], tmp_path)
    assert result.returncode == 2 and "policy.yaml:4" in result.stderr


def test_corrupt_file_is_named_and_the_rest_is_scanned(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "good.jsonl").write_text("\n".join(gateway_line(i, i == 3) for i in range(10)) + "\n", encoding="utf-8")
    (logs / "bad.jsonl").write_text(gateway_line(1, True) + "\n{oops\n" + gateway_line(2, False) + "\n", encoding="utf-8")
    result = run_cli([str(logs), "--json", "--fail-on", "never"], tmp_path / "home")
    assert result.returncode == 2
    summary = json.loads(result.stdout)
    assert summary["records"] == 12
    assert [e["where"] for e in summary["errors"]] == [f"{logs / 'bad.jsonl'}:2"]
    assert national_id(1) not in result.stdout + result.stderr


def test_appended_log_is_scanned_from_where_it_ended(tmp_path: Path) -> None:
    log = tmp_path / "gateway.jsonl"
    log.write_text("\n".join(gateway_line(i, i % 4 == 0) for i in range(8)) + "\n", encoding="utf-8")
    with Store(f"sqlite:///{tmp_path / 'f.db'}") as store:

        def scan() -> int:
            items: list = []
            summary = scan_paths([log], submit=items.append, previous_state=store.get_scan, workers=1)
            store.write(items)
            return summary.records

        assert scan() == 8
        assert scan() == 0  # unchanged: skipped
        with log.open("a", encoding="utf-8") as handle:
            handle.write("\n".join(gateway_line(i, True) for i in range(8, 11)) + "\n")
        assert scan() == 3  # only the appended lines
        assert store.stats().exchanges == 11


@pytest.mark.parametrize("workers", [1, 2])
def test_large_files_are_split_between_workers_without_losing_or_doubling_lines(tmp_path: Path, workers: int) -> None:
    log = tmp_path / "big.jsonl"
    log.write_text("\n".join(gateway_line(i, i % 10 == 0) for i in range(300)) + "\n", encoding="utf-8")
    items: list = []
    summary = scan_paths([log], submit=items.append, previous_state=lambda _: None, workers=workers,
                         split_bytes=4096, parallel_from_bytes=0)
    records = [i for i in items if hasattr(i, "findings")]
    assert summary.records == 300 and len(records) == 300
    assert len({r.id for r in records}) == 300
    assert summary.by_entity["TH_NATIONAL_ID"] == 30
    assert summary.violations == 30


@pytest.mark.parametrize("workers", [1, 2])
def test_unsplittable_logs_spill_records_to_disk_and_lose_none(tmp_path: Path, workers: int) -> None:
    import gzip as gz

    logs = tmp_path / "logs"
    logs.mkdir()
    for n in range(2):  # compressed logs cannot be split: each is one unit, read whole
        lines = "\n".join(gateway_line(100 * n + i, i % 5 == 0) for i in range(60)) + "\n"
        (logs / f"gateway-{n}.jsonl.gz").write_bytes(gz.compress(lines.encode("utf-8")))
    items: list = []
    summary = scan_paths([logs], submit=items.append, previous_state=lambda _: None, workers=workers,
                         parallel_from_bytes=0, spill_after=7)
    records = [i for i in items if hasattr(i, "findings")]
    assert summary.records == 120 and len({r.id for r in records}) == 120
    assert summary.by_entity["TH_NATIONAL_ID"] == 24
    assert not list(Path(tempfile.gettempdir()).glob("pdpa-guard-scan-*.jsonl")), "spill files are removed"


def test_database_down_spools_every_record(tmp_path: Path) -> None:
    home = tmp_path / "home"
    unreachable = "postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=1"
    result = run_cli([str(EXAMPLES), "--json", "--db", unreachable, "--fail-on", "never"], home)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["records"] == 9 and "spooled" in summary["store"]
    spooled = b"".join(p.read_bytes() for p in (home / "spool").rglob("*") if p.is_file())
    assert spooled.count(b'"kind": "exchange"') + spooled.count(b'"kind":"exchange"') == 9
    assert national_id(1).encode() not in spooled


def test_resent_history_is_analysed_once() -> None:
    from pdpa_guard.exchange import Exchange, TextSegment
    from pdpa_guard.pipeline import Pipeline

    pipeline = Pipeline.from_rules_dir()
    calls: list[str] = []
    real = pipeline.engine.analyze
    pipeline.engine = type("Counting", (), {"analyze": lambda self, text, **kw: calls.append(text) or real(text, **kw)})()
    history = [TextSegment("$.messages[0].content", f"ลูกค้าเลขบัตรประชาชน {national_id(7)}")]
    first = pipeline.detect(Exchange(host="api.openai.com", segments=history))
    second = pipeline.detect(Exchange(host="api.openai.com", segments=[*history, TextSegment("$.messages[1].content", "ขอบคุณครับ")]))
    assert [f.entity_type for _, f in first] == ["TH_NATIONAL_ID"] == [f.entity_type for _, f in second]
    assert len(calls) == 2  # the repeated first message was not analysed again
