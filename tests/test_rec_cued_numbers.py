"""STUDENT_ID and MEDICAL_RECORD_NUMBER: only after their cue; the span is the number alone."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.cued_numbers import MedicalRecordNumberRecognizer, StudentIdRecognizer
from pdpa_guard.detect.text import fold_digits
from tests.conftest import spans_of

STUDENT, MEDICAL = StudentIdRecognizer(), MedicalRecordNumberRecognizer()


def found(text: str) -> list[tuple[str, str]]:
    folded = fold_digits(text)
    spans = [*STUDENT.find(folded), *MEDICAL.find(folded)]
    return [(s.entity_type, text[s.start : s.end]) for s in spans if s.score >= 0.5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("รหัสนักศึกษา 6401234567", "6401234567"),
        ("รหัสนักศึกษา: 64-0123-456 ค่ะ", "64-0123-456"),
        ("student id: B6012345", "B6012345"),
        ('{"student_id": "6401234567"}', "6401234567"),
        ("รหัสนักเรียน12345", "12345"),
        ("Student No. 6401234567.", "6401234567"),
        ("เลขประจำตัวนักเรียน ๖๔๐๑๒๓๔๕", "๖๔๐๑๒๓๔๕"),
        ("นักศึกษานายสมชาย ใจดี รหัส 640123456-7 ขอลาป่วย", "640123456-7"),  # student mentioned before
        ("รหัสนิสิต 6431012345 คณะวิศวกรรมศาสตร์", "6431012345"),  # นิสิต: university student
    ],
)
def test_student_ids(text: str, expected: str) -> None:
    assert found(text) == [("STUDENT_ID", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HN 64-012345", "64-012345"),
        ("HN0012345", "0012345"),
        ("H.N. 6401234", "6401234"),
        ("ผู้ป่วย HN: 12345/64 แพทย์เจ้าของไข้", "12345/64"),
        ("เลขประจำตัวผู้ป่วย 640012345", "640012345"),
        ("MRN 00123456", "00123456"),
        ("medical record no. 1234567", "1234567"),
        ("เลขที่ผู้ป่วย: 64-012345", "64-012345"),
        ('{"patient": {"hn": "0012345", "name": "x"}}', "0012345"),
    ],
)
def test_hospital_numbers(text: str, expected: str) -> None:
    assert found(text) == [("MEDICAL_RECORD_NUMBER", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "6401234567",  # no cue
        "John 1234567",  # "hn" inside a word is not a cue
        "HNA 12345",
        "the HN 12",  # too short
        "HN 2567-01-15",  # a date after the cue
        "นักเรียน 30 คน",
        "student id card lost",
        "รหัส 6401234567",  # a bare code with no student in sight
        "นักศึกษา 30 คน รหัสไปรษณีย์ 10110",
    ],
)
def test_no_cue_no_number(text: str) -> None:
    assert found(text) == []


def test_engine_keeps_the_cue_out_of_the_span(engine) -> None:
    assert spans_of(engine, "ผู้ป่วย HN 64-012345 มาตรวจ", "MEDICAL_RECORD_NUMBER") == ["64-012345"]
