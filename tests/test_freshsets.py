"""The blind held-out sets of sessions 3 to 6 (bench/freshset2-15.jsonl) are well formed and reproducible.

Each set is a measuring instrument written blind on 2026-11-24 (without reading the detector or any
other set), then used for development once its blind figure was taken (bench/README, "Which figure
to trust"). These tests only check the files themselves (format, offsets, coverage, valid values,
reproducibility), never detector output. One module for all of them: the sets differ only in size.
"""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import faker
import pytest
from stdnum.th import pin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


@dataclass(frozen=True)
class SetSpec:
    """One held-out set and the minimum coverage its author promised."""

    number: int
    rows: int
    templates: int
    prompts_per_type: int
    prompts_per_s26: int
    negatives: int
    epoch_ms_negatives: int
    max_per_template: int | None = None

    @property
    def path(self) -> Path:
        return ROOT / "bench" / f"freshset{self.number}.jsonl"

    @property
    def generator(self) -> ModuleType:
        return importlib.import_module(f"make_freshset{self.number}")


SETS = [
    SetSpec(2, rows=400, templates=90, prompts_per_type=8, prompts_per_s26=15, negatives=110, epoch_ms_negatives=10),
    SetSpec(3, rows=330, templates=70, prompts_per_type=6, prompts_per_s26=12, negatives=90, epoch_ms_negatives=10),
    SetSpec(4, rows=200, templates=50, prompts_per_type=4, prompts_per_s26=6, negatives=50, epoch_ms_negatives=6),
    # Session 4: at most two prompts per template, so the set is broad rather than repetitive.
    SetSpec(5, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(6, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(7, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    # Session 5: the eighth blind set, written like 5-7.
    SetSpec(8, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(9, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    # Session 6: the tenth, written blind like 5-9.
    SetSpec(10, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    # Session 7: the eleventh (conversational traffic) and twelfth (documents and machine text),
    # by two writers who read neither the detector nor any other set.
    SetSpec(11, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(12, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(13, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(14, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(15, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    # Session 8: the sixteenth (insurers, brokers, fintech, telecom, logistics; a third are the JSON
    # bodies apps send, some with escaped Thai) and the seventeenth (schools, local government,
    # courts, condos, content moderation), each by a writer who read neither the detector nor any set.
    SetSpec(16, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(17, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    # The eighteenth (hospitals, clinics, pharmacies, TPAs, telemedicine) and the nineteenth (HR and
    # payroll, bank branches and call centres, e-commerce customer service).
    SetSpec(18, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(19, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    # Session 9: retail, marketplaces, food delivery and parcels (20); the public sector and legal
    # work (21); what engineers and analysts paste (22).
    SetSpec(20, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(21, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(22, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    # Written at the end of session 9 for the next one: utilities, travel, property, automotive and
    # agriculture (23); education, welfare, media and gig work (24).
    SetSpec(23, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(24, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    # Written during session 10, quoted blind at its end: cross-border and multinational work,
    # foreign residents' names, agent traffic and voice transcripts (25); SMEs and office users:
    # accountants, brokers, clinics' LINE OA, pawn shops, collectors, temples, recruiters, OCR of
    # ID cards and house registrations (26).
    SetSpec(25, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(26, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    # Written during session 10 for the next session, blind and unquoted: citizen-facing government
    # chatbots and their back offices (27); fraud, security and risk operations (28).
    SetSpec(27, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(28, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(29, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(30, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(31, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
    SetSpec(32, rows=300, templates=150, prompts_per_type=6, prompts_per_s26=10, negatives=80, epoch_ms_negatives=8,
            max_per_template=2),
]


@pytest.fixture(scope="module", params=SETS, ids=[f"freshset{s.number}" for s in SETS])
def spec(request: pytest.FixtureRequest) -> SetSpec:
    return request.param


@pytest.fixture(scope="module")
def rows(spec: SetSpec) -> list[dict]:
    return [json.loads(line) for line in spec.path.read_text(encoding="utf-8").splitlines()]


def test_parses_with_required_fields(spec: SetSpec, rows: list[dict]) -> None:
    assert len(rows) >= spec.rows
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    for r in rows:
        assert set(r) == {"id", "split", "domain", "template", "negative", "text", "entities"}
        assert re.fullmatch(rf"f{spec.number}-\d{{4}}", r["id"])
        assert r["split"] == "test"
        assert r["negative"] == (not r["entities"])
        for e in r["entities"]:
            assert set(e) == {"entity_type", "start", "end"}
            assert e["entity_type"] in spec.generator.ENTITY_TYPES


def test_offsets_in_range_ordered_and_stripped(rows: list[dict]) -> None:
    for r in rows:
        last = 0
        for e in r["entities"]:
            assert 0 <= last <= e["start"] < e["end"] <= len(r["text"]), r["id"]
            span = r["text"][e["start"]:e["end"]]
            assert span == span.strip(), (r["id"], span)
            last = e["end"]


def test_many_templates_each_consistently_positive_or_negative(spec: SetSpec, rows: list[dict]) -> None:
    kinds: dict[str, set[bool]] = {}
    for r in rows:
        kinds.setdefault(r["template"], set()).add(r["negative"])
    assert len(kinds) >= spec.templates
    assert all(len(v) == 1 for v in kinds.values())
    if spec.max_per_template is not None:
        uses = Counter(r["template"] for r in rows)
        assert max(uses.values()) <= spec.max_per_template, uses.most_common(3)


def test_every_entity_type_in_enough_prompts(spec: SetSpec, rows: list[dict]) -> None:
    prompts = Counter(t for r in rows for t in {e["entity_type"] for e in r["entities"]})
    assert set(prompts) == set(spec.generator.ENTITY_TYPES)
    assert min(prompts.values()) >= spec.prompts_per_type, prompts
    for etype in spec.generator.S26_TYPES:
        assert prompts[etype] >= spec.prompts_per_s26, (etype, prompts[etype])


def test_negative_share(spec: SetSpec, rows: list[dict]) -> None:
    negatives = sum(r["negative"] for r in rows)
    assert negatives >= spec.negatives
    assert 0.24 <= negatives / len(rows) <= 0.33


def test_hard_negatives_for_every_s26_category(spec: SetSpec, rows: list[dict]) -> None:
    per_template = Counter(r["template"] for r in rows if r["negative"])
    covered: Counter[str] = Counter()
    for t in spec.generator.TEMPLATES:
        if t.s26_hard_negative:
            assert t.negative, t.name
            covered[t.s26_hard_negative] += per_template[t.name]
    for etype in spec.generator.S26_TYPES:
        assert covered[etype] >= 3, (etype, covered[etype])


def test_negatives_include_epoch_ms_passing_thai_id_checksum(spec: SetSpec, rows: list[dict]) -> None:
    hits = [m for r in rows if r["negative"] for m in re.findall(r"(?<!\d)1[78]\d{11}(?!\d)", r["text"])
            if pin.is_valid(m)]
    assert len(hits) >= spec.epoch_ms_negatives


def test_checkable_values_are_valid(spec: SetSpec, rows: list[dict]) -> None:
    for r in rows:
        for e in r["entities"]:
            span = r["text"][e["start"]:e["end"]]
            assert spec.generator._check_value(e["entity_type"], span), (r["id"], e, span)


def test_generator_check_passes(spec: SetSpec) -> None:
    if faker.VERSION != spec.generator.GENERATED_WITH_FAKER:
        pytest.skip("Faker draws differ between versions")
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / f"make_freshset{spec.number}.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stderr


def test_generator_check_fails_on_stale_file(spec: SetSpec, tmp_path: Path) -> None:
    stale = tmp_path / spec.path.name
    stale.write_text(f'{{"id": "f{spec.number}-0001"}}\n', encoding="utf-8")
    assert spec.generator.main(["--check", "--out", str(stale)]) == 1


def test_freshset4_email_domains_realistic_and_role_mailboxes_unlabelled() -> None:
    rows = [json.loads(line) for line in SETS[2].path.read_text(encoding="utf-8").splitlines()]
    for r in rows:
        labelled = [r["text"][e["start"]:e["end"]] for e in r["entities"] if e["entity_type"] == "EMAIL_ADDRESS"]
        for addr in labelled:
            domain = addr.rsplit("@", 1)[1]
            assert domain.count(".") >= 1 and not re.fullmatch(r"(go|co|ac|or|in)\.th", domain), addr
            assert not re.match(r"(info|hr|support|recruit)@", addr), addr
    assert any(re.search(r"\b(info|hr|support|recruit)@", r["text"]) for r in rows if r["negative"])
