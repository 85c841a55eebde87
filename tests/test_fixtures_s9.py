"""Session 9: placeholders in samples and fixtures are no one's data; the same values elsewhere are."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.engine import get_engine
from pdpa_guard.detect.fixtures import declares_samples, is_placeholder_name, is_test_card


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in get_engine().analyze(text)]


@pytest.mark.parametrize(
    "text",
    [
        "ตัวอย่างการกรอกแบบคำขอ (ข้อมูลสมมติ)\nชื่อ-สกุล: นายสมชาย ใจดี\nเลขประจำตัวประชาชน: X-XXXX-XXXXX-XX-X",
        'TEST_CARDS = {"visa_ok": "4242 4242 4242 4242", "declined": "4000 0000 0000 0002"}\n'
        'TEST_CUSTOMER = {"name": "Jane Doe", "email": "jane.doe@example.com"}',
    ],
)
def test_placeholders_in_a_sample_are_not_reported(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A placeholder value in a real record is still someone's.
        ("ลูกค้าชื่อ นายสมชาย ใจดี บัตร 4111 1111 1111 1111",
         [("PERSON", "นายสมชาย ใจดี"), ("CREDIT_CARD", "4111 1111 1111 1111")]),
        # A real value in a test file is still reported.
        ("test data leak: customer Kanya Srisuk card 4532015112830366",
         [("PERSON", "Kanya Srisuk"), ("CREDIT_CARD", "4532015112830366")]),
    ],
)
def test_only_a_placeholder_value_in_a_sample_is_dropped(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_the_helpers() -> None:
    assert declares_samples("ใช้ข้อมูลทดสอบ") and declares_samples("pytest fixture") and not declares_samples("ลูกค้า")
    assert is_placeholder_name("นายสมชาย  ใจดี") and not is_placeholder_name("นายสมชาย ใจงาม")
    assert is_test_card("4242424242424242") and not is_test_card("4532015112830366")
