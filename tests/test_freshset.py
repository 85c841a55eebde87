"""The blind fresh set (bench/freshset.jsonl) is well formed and reproducible.

It is a measuring instrument written without looking at the detector: these tests only check the
file itself, never detector output.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import faker
import pytest

ROOT = Path(__file__).resolve().parents[1]
FRESH = ROOT / "bench" / "freshset.jsonl"
sys.path.insert(0, str(ROOT / "bench"))
import make_freshset  # noqa: E402


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in FRESH.read_text(encoding="utf-8").splitlines()]


def test_parses_with_required_fields(rows: list[dict]) -> None:
    assert len(rows) >= 260
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    for r in rows:
        assert set(r) == {"id", "split", "domain", "template", "negative", "text", "entities"}
        assert r["split"] == "test"
        assert r["negative"] == (not r["entities"])


def test_offsets_in_range_and_ordered(rows: list[dict]) -> None:
    for r in rows:
        last = 0
        for e in r["entities"]:
            assert 0 <= last <= e["start"] < e["end"] <= len(r["text"]), r["id"]
            span = r["text"][e["start"]:e["end"]]
            assert span == span.strip(), (r["id"], span)
            last = e["end"]


def test_every_entity_type_in_at_least_five_prompts(rows: list[dict]) -> None:
    prompts = Counter(t for r in rows for t in {e["entity_type"] for e in r["entities"]})
    assert set(prompts) == set(make_freshset.ENTITY_TYPES)
    assert min(prompts.values()) >= 5, prompts


def test_about_a_quarter_negative(rows: list[dict]) -> None:
    share = sum(r["negative"] for r in rows) / len(rows)
    assert 0.2 <= share <= 0.35


def test_checkable_values_are_valid(rows: list[dict]) -> None:
    for r in rows:
        for e in r["entities"]:
            assert make_freshset._check_value(e["entity_type"], r["text"][e["start"]:e["end"]]), (r["id"], e)


@pytest.mark.skipif(faker.VERSION != make_freshset.GENERATED_WITH_FAKER,
                    reason="Faker draws differ between versions")
def test_generator_check_passes() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "make_freshset.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stderr
