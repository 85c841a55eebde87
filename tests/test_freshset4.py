"""The fourth blind fresh set (bench/freshset4.jsonl) is well formed and reproducible.

It is a measuring instrument written blind on 2026-11-24 (without reading the detector or any other
set): these tests only check the file itself (format, offsets, coverage, valid values,
reproducibility), never detector output. Do not tune recognizers on it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import faker
import pytest
from stdnum.th import pin

ROOT = Path(__file__).resolve().parents[1]
FRESH4 = ROOT / "bench" / "freshset4.jsonl"
sys.path.insert(0, str(ROOT / "bench"))
import make_freshset4  # noqa: E402


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in FRESH4.read_text(encoding="utf-8").splitlines()]


def test_parses_with_required_fields(rows: list[dict]) -> None:
    assert len(rows) >= 200
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    for r in rows:
        assert set(r) == {"id", "split", "domain", "template", "negative", "text", "entities"}
        assert re.fullmatch(r"f4-\d{4}", r["id"])
        assert r["split"] == "test"
        assert r["negative"] == (not r["entities"])
        for e in r["entities"]:
            assert set(e) == {"entity_type", "start", "end"}
            assert e["entity_type"] in make_freshset4.ENTITY_TYPES


def test_offsets_in_range_ordered_and_stripped(rows: list[dict]) -> None:
    for r in rows:
        last = 0
        for e in r["entities"]:
            assert 0 <= last <= e["start"] < e["end"] <= len(r["text"]), r["id"]
            span = r["text"][e["start"]:e["end"]]
            assert span == span.strip(), (r["id"], span)
            last = e["end"]


def test_many_templates_each_consistently_positive_or_negative(rows: list[dict]) -> None:
    kinds: dict[str, set[bool]] = {}
    for r in rows:
        kinds.setdefault(r["template"], set()).add(r["negative"])
    assert len(kinds) >= 50
    assert all(len(v) == 1 for v in kinds.values())


def test_every_entity_type_in_enough_prompts(rows: list[dict]) -> None:
    prompts = Counter(t for r in rows for t in {e["entity_type"] for e in r["entities"]})
    assert set(prompts) == set(make_freshset4.ENTITY_TYPES)
    assert min(prompts.values()) >= 4, prompts
    for etype in make_freshset4.S26_TYPES:
        assert prompts[etype] >= 6, (etype, prompts[etype])


def test_negative_share(rows: list[dict]) -> None:
    negatives = sum(r["negative"] for r in rows)
    assert negatives >= 50
    assert 0.24 <= negatives / len(rows) <= 0.33


def test_hard_negatives_for_every_s26_category(rows: list[dict]) -> None:
    per_template = Counter(r["template"] for r in rows if r["negative"])
    covered: Counter[str] = Counter()
    for t in make_freshset4.TEMPLATES:
        if t.s26_hard_negative:
            assert t.negative, t.name
            covered[t.s26_hard_negative] += per_template[t.name]
    for etype in make_freshset4.S26_TYPES:
        assert covered[etype] >= 3, (etype, covered[etype])


def test_negatives_include_epoch_ms_passing_thai_id_checksum(rows: list[dict]) -> None:
    hits = [m for r in rows if r["negative"] for m in re.findall(r"(?<!\d)1[78]\d{11}(?!\d)", r["text"])
            if pin.is_valid(m)]
    assert len(hits) >= 6


def test_checkable_values_are_valid(rows: list[dict]) -> None:
    for r in rows:
        for e in r["entities"]:
            span = r["text"][e["start"]:e["end"]]
            assert make_freshset4._check_value(e["entity_type"], span), (r["id"], e, span)


@pytest.mark.skipif(faker.VERSION != make_freshset4.GENERATED_WITH_FAKER,
                    reason="Faker draws differ between versions")
def test_generator_check_passes() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "make_freshset4.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stderr


def test_generator_check_fails_on_stale_file(tmp_path: Path) -> None:
    stale = tmp_path / "freshset4.jsonl"
    stale.write_text('{"id": "f4-0001"}\n', encoding="utf-8")
    assert make_freshset4.main(["--check", "--out", str(stale)]) == 1


def test_email_domains_realistic_and_role_mailboxes_unlabelled(rows: list[dict]) -> None:
    for r in rows:
        labelled = [r["text"][e["start"]:e["end"]] for e in r["entities"] if e["entity_type"] == "EMAIL_ADDRESS"]
        for addr in labelled:
            domain = addr.rsplit("@", 1)[1]
            assert domain.count(".") >= 1 and not re.fullmatch(r"(go|co|ac|or|in)\.th", domain), addr
            assert not re.match(r"(info|hr|support|recruit)@", addr), addr
    assert any(re.search(r"\b(info|hr|support|recruit)@", r["text"]) for r in rows if r["negative"])
