"""TH_PASSPORT: Thai and foreign passport numbers, only after a passport cue; span is the number."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.passport import PassportRecognizer

REC = PassportRecognizer()


def passports(text: str) -> list[str]:
    return [text[s.start : s.end] for s in REC.find(text) if s.score >= 0.5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("หนังสือเดินทางเลขที่ AA1234567", "AA1234567"),
        ("พาสปอร์ตaa1234567ค่ะ", "aa1234567"),
        ("passport no.: A1234567", "A1234567"),
        ("Passport Number: C01X00T47", "C01X00T47"),
        ('{"passport_no": "123456789"}', "123456789"),
        ("passport is E12345678.", "E12345678"),
        ("เลขหนังสือเดินทาง: AB1234567 หมดอายุ 2030", "AB1234567"),
        ("สัญชาติกัมพูชา หนังสือเดินทาง CGR3KP4J2 ผู้ประสานงาน", "CGR3KP4J2"),
    ],
)
def test_numbers_after_a_cue(text: str, expected: str) -> None:
    assert passports(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "AA1234567",  # no cue: also the shape of a booking code
        "booking ref AB1234567",
        "passport expires 2030-01-01",
        "ทำหนังสือเดินทาง 3 วัน",
        "passport number ABCDEFGH",
        "passport COVID19 rules",
        "หนังสือเดินทาง: AB1234567890",  # too long
    ],
)
def test_no_cue_or_wrong_shape(text: str) -> None:
    assert passports(text) == []


def test_thai_shape_scores_higher_than_generic() -> None:
    thai = next(iter(REC.find("passport AA1234567"))).score
    generic = next(iter(REC.find("passport 123456789"))).score
    assert thai > generic >= 0.5
