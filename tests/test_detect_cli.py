"""The `pdpa-guard detect` contract of DESIGN.md, driven through the real console script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PDPA_GUARD = [sys.executable, "-m", "pdpa_guard.cli"]


def run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        PDPA_GUARD + args, input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def test_jsonl_gives_one_line_per_input_line_with_python_offsets() -> None:
    lines = [
        {"text": "ลูกค้าเลขบัตรประชาชน1101700230708โทรมา"},
        {"text": "nothing personal here, price 1,290 THB"},
        {"text": "บัตรประชาชน ๑๑๐๑๗๐๐๒๓๐๗๐๘"},
    ]
    result = run(
        ["detect", "--jsonl", "-"], "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n"
    )
    assert result.returncode == 0, result.stderr
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(outputs) == 3
    first = outputs[0]["entities"]
    assert [e["entity_type"] for e in first] == ["TH_NATIONAL_ID"]
    assert lines[0]["text"][first[0]["start"] : first[0]["end"]] == "1101700230708"
    assert set(first[0]) == {"entity_type", "start", "end", "score"}
    assert outputs[1]["entities"] == []
    third = outputs[2]["entities"][0]
    assert lines[2]["text"][third["start"] : third["end"]] == "๑๑๐๑๗๐๐๒๓๐๗๐๘"


def test_jsonl_bad_line_still_answers_in_place_and_exits_2() -> None:
    result = run(["detect", "--jsonl"], '{"text": "ok"}\n{broken\n{"nottext": 1}\n')
    assert result.returncode == 2
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(outputs) == 3
    assert outputs[1]["entities"] == [] and "line 2" in outputs[1]["error"]
    assert "line 3" in outputs[2]["error"]


def test_table_shows_masked_preview_never_the_value() -> None:
    result = run(["detect", "examples/prompt.txt"])
    assert result.returncode == 0, result.stderr
    assert "TH_NATIONAL_ID" in result.stdout
    assert "1-1017-00230-70-8" not in result.stdout
    assert "1-xxxx-xxxxx-xx-8" in result.stdout


def test_missing_file_is_a_usage_error() -> None:
    result = run(["detect", "no/such/file.txt"])
    assert result.returncode == 2
    assert "no such file" in result.stderr
