"""Integrity of the labelled development set ``bench/devset.jsonl``.

The set is the yardstick for every recognizer, so a wrong gold span silently moves every figure.
These tests check what a careless edit or a generator bug would break: shape and size, coverage
of the catalogue in both splits, span sanity, the annotation conventions, and that fabricated
identifiers are valid the way real ones are (checksums, phone numbering plans), since a recognizer
that validates checksums must be able to find them.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

import phonenumbers
import pytest
from stdnum import luhn
from stdnum.th import moa, pin

from pdpa_guard.detect.catalogue import BUSINESS_TYPES, ENTITY_TYPES, IDENTIFIER_TYPES, SENSITIVE_TYPES
from pdpa_guard.detect.text import digits_only, fold_digits

BENCH = Path(__file__).resolve().parents[1] / "bench"
DEVSET = BENCH / "devset.jsonl"
THAI_LETTER = re.compile(r"[\u0E01-\u0E4F]")


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines() if line.strip()]


def _province_names() -> tuple[str, ...]:
    import pythainlp

    csv_path = Path(pythainlp.__file__).parent / "corpus" / "thailand_provinces_th.csv"
    rows = [line.split(",") for line in csv_path.read_text(encoding="utf-8").splitlines() if line]
    return (*(r[0] for r in rows), *(r[2] for r in rows), "กรุงเทพฯ", "กทม.")


def _spans(docs: list[dict], entity_type: str) -> list[tuple[dict, str]]:
    return [(d, d["text"][e["start"]:e["end"]]) for d in docs for e in d["entities"] if e["entity_type"] == entity_type]


def test_size_shape_and_splits(docs: list[dict]) -> None:
    assert len(docs) >= 600
    assert sum(d["negative"] for d in docs) >= 150
    assert len({d["id"] for d in docs}) == len(docs)
    for d in docs:
        assert {"id", "text", "domain", "negative", "entities", "split"} <= d.keys()
        assert d["split"] in ("dev", "test")
        assert isinstance(d["negative"], bool) and d["text"].strip()
    test_share = sum(d["split"] == "test" for d in docs) / len(docs)
    assert 0.25 <= test_share <= 0.35


def test_test_split_is_held_out_by_template(docs: list[dict]) -> None:
    # The held-out figure must come from sentence shapes that tuning on dev never saw.
    splits_of: dict[str, set[str]] = {}
    for d in docs:
        splits_of.setdefault(d["template"], set()).add(d["split"])
    assert all(len(s) == 1 for s in splits_of.values())
    assert len({d["template"] for d in docs if not d["negative"]}) >= 80


def test_every_entity_type_in_both_splits(docs: list[dict]) -> None:
    for split in ("dev", "test"):
        present = Counter(e["entity_type"] for d in docs if d["split"] == split for e in d["entities"])
        missing = [t for t in ENTITY_TYPES if present[t] < 5]
        assert not missing, f"{split} lacks {missing}"
        s26_docs = Counter(c for d in docs if d["split"] == split for c in {e["entity_type"] for e in d["entities"]})
        assert all(s26_docs[c] >= 8 for c in SENSITIVE_TYPES), s26_docs


def test_spans_in_range_non_empty_and_trimmed(docs: list[dict]) -> None:
    for d in docs:
        for e in d["entities"]:
            assert e["entity_type"] in ENTITY_TYPES
            assert 0 <= e["start"] < e["end"] <= len(d["text"]), (d["id"], e)
            value = d["text"][e["start"]:e["end"]]
            assert value == value.strip(), (d["id"], value)


def test_negatives_have_no_entities_and_positives_have_some(docs: list[dict]) -> None:
    for d in docs:
        assert (not d["entities"]) == d["negative"], d["id"]


def test_identifier_gold_spans_do_not_overlap(docs: list[dict]) -> None:
    kinds = IDENTIFIER_TYPES | BUSINESS_TYPES
    for d in docs:
        spans = sorted((e["start"], e["end"]) for e in d["entities"] if e["entity_type"] in kinds)
        for (_, end), (start, _) in pairwise(spans):
            assert end <= start, d["id"]


def test_checksummed_identifiers_are_valid(docs: list[dict]) -> None:
    ids = _spans(docs, "TH_NATIONAL_ID")
    assert all(pin.is_valid(digits_only(v)) for _, v in ids)
    assert all(moa.is_valid(digits_only(v)) for _, v in _spans(docs, "TH_JURISTIC_ID"))
    assert all(luhn.is_valid(digits_only(v)) for _, v in _spans(docs, "CREDIT_CARD"))
    # The formats the issue names all occur: dashed, spaced, Thai digits, glued to Thai text.
    assert any("-" in v for _, v in ids) and any(" " in v for _, v in ids)
    assert any(v != fold_digits(v) for _, v in ids)
    glued = [d for d in docs for e in d["entities"] if e["entity_type"] == "TH_NATIONAL_ID"
             and e["start"] > 0 and THAI_LETTER.match(d["text"][e["start"] - 1])]
    assert glued


def test_phone_numbers_are_valid(docs: list[dict]) -> None:
    for d, value in _spans(docs, "PHONE_NUMBER"):
        number = re.split(r"\s*(?:ต่อ|ext\.?|กด|#)\s*\d+$", fold_digits(value))[0]
        candidates = [number, "+" + number] if number.startswith("66") else [number]
        assert any(phonenumbers.is_valid_number(phonenumbers.parse(c, "TH")) for c in candidates), (d["id"], value)


def test_spans_follow_the_annotation_conventions(docs: list[dict]) -> None:
    # Cue words stay outside the span of numbers with a cue ("HN 64-012345" -> "64-012345").
    for kind in ("MEDICAL_RECORD_NUMBER", "STUDENT_ID", "TH_PASSPORT", "TH_BANK_ACCOUNT"):
        for d, value in _spans(docs, kind):
            assert not re.search(r"HN|MRN|รหัส|บัญชี|passport|เลข", value, re.IGNORECASE), (d["id"], value)
    for d, value in _spans(docs, "DATE_OF_BIRTH"):
        assert not re.search(r"เกิด|DOB|birth", value, re.IGNORECASE), (d["id"], value)
    for d, value in _spans(docs, "LINE_ID"):
        assert " " not in value and not value.lower().startswith("line"), (d["id"], value)
    # An address runs to its postcode, or to its province when there is no postcode.
    provinces = _province_names()
    for d, value in _spans(docs, "ADDRESS"):
        assert re.search(r"\d{5}$", fold_digits(value)) or value.endswith(provinces), (d["id"], value)
    # PERSON spans carry their title; some names come with none, some with a rank or English title.
    names = [v for _, v in _spans(docs, "PERSON")]
    assert any(v.startswith(("นาย", "นาง", "น.ส.")) for v in names)
    assert any(v.startswith(("พ.ต.", "พล.ต.", "ร.ต.", "ผศ.", "รศ.", "นพ.", "พญ.", "ด.ช.", "ด.ญ.")) for v in names)
    assert any(v.startswith(("Mr", "Ms", "Mrs", "Miss", "Dr", "MR.")) for v in names)


def test_generator_reproduces_the_committed_file() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import make_devset
    finally:
        sys.path.remove(str(BENCH))
    import faker

    if faker.VERSION != make_devset.GENERATED_WITH_FAKER:
        pytest.skip(f"Faker {faker.VERSION} draws differently from {make_devset.GENERATED_WITH_FAKER}")
    assert make_devset.to_jsonl(make_devset.generate()) == DEVSET.read_text(encoding="utf-8")


def test_scorer_counts_overlaps_per_type_and_documents_per_category() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from accuracy import Span, score
    finally:
        sys.path.remove(str(BENCH))
    docs = [
        {"negative": False, "entities": [{"entity_type": "PERSON", "start": 0, "end": 10},
                                         {"entity_type": "PHONE_NUMBER", "start": 20, "end": 30},
                                         {"entity_type": "HEALTH_DATA", "start": 40, "end": 45}]},
        {"negative": True, "entities": []},
        {"negative": True, "entities": []},
    ]
    predictions = [
        # a partial overlap counts; a same-span prediction of another type does not
        [Span("PERSON", 5, 12), Span("TH_NATIONAL_ID", 20, 30), Span("HEALTH_DATA", 41, 43)],
        [Span("RELIGION", 0, 3)],
        [],
    ]
    report = score(docs, predictions, ["PERSON", "PHONE_NUMBER", "TH_NATIONAL_ID"], ["HEALTH_DATA", "RELIGION"])
    assert (report.per_type["PERSON"].precision, report.per_type["PERSON"].recall) == (1.0, 1.0)
    assert report.per_type["PHONE_NUMBER"].recall == 0.0
    assert report.per_type["TH_NATIONAL_ID"].precision == 0.0
    overall = report.overall
    assert (overall.gold, overall.gold_found, overall.pred, overall.pred_matched) == (3, 2, 4, 2)
    assert report.negatives_flagged == 1 and report.fp_per_100 == 50.0
    assert (report.s26["HEALTH_DATA"].tp, report.s26["RELIGION"].fp) == (1, 1)
