"""LINE_ID: handles after a LINE cue; "line 12" in code and logs is not an ID."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.line_id import LineIdRecognizer

REC = LineIdRecognizer()


def line_ids(text: str) -> list[str]:
    return [text[s.start : s.end] for s in REC.find(text) if s.score >= 0.5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ไลน์ somchai99 นะคะ", "somchai99"),
        ("ไอดีไลน์: somchai.j", "somchai.j"),
        ("line id: somchai_99", "somchai_99"),
        ("LINE: somchai99", "somchai99"),
        ("Line @shopname", "@shopname"),
        ("แอดไลน์มาที่ @myshop ค่ะ", "@myshop"),
        ("ไลน์ของผม somchai99.", "somchai99"),
        ("ไลน์somchaiค่ะ", "somchai"),
        ("lineid=abc_12", "abc_12"),
        ("ไลน์ 0812345678", "0812345678"),  # a phone number used as the LINE ID
        ('{"phone": "0812345678", "line_id": "somchai_2546"}', "somchai_2546"),
        ("Their LINE is natthong.k and", "natthong.k"),
    ],
)
def test_ids_after_a_cue(text: str, expected: str) -> None:
    assert line_ids(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "line 12",
        'File "app.py", line 12, in main',
        "error at line: 42",
        "line: error",
        "ออนไลน์ 24ชม",
        "ซื้อออนไลน์ abc123",
        "line: somchai@example.com",  # an e-mail address, reported as such
        "ทักไลน์ Official",
        "LINE is popular in Thailand",
        "Line manager: Somchai",
        "the line is busy",
        "somchai99",
    ],
)
def test_not_line_ids(text: str) -> None:
    assert line_ids(text) == []
