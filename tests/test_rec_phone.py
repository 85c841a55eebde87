"""PHONE_NUMBER: Thai mobiles and landlines in every common form, international numbers, and the
ordinary numbers of a prompt (prices, dates, IDs, order numbers, accounts) that are not phones."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.phone import ThaiPhoneRecognizer
from pdpa_guard.detect.text import fold_digits
from tests.conftest import spans_of, types_in

REC = ThaiPhoneRecognizer()


def phones(text: str) -> list[str]:
    """Substrings reported as phones with a score the engine keeps (>= 0.5)."""
    spans = sorted(REC.find(fold_digits(text)), key=lambda s: s.start)
    return [text[s.start : s.end] for s in spans if s.score >= 0.5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("โทร 081-234-5678 ค่ะ", "081-234-5678"),
        ("เบอร์ 0812345678", "0812345678"),
        ("call +66 81 234 5678 now", "+66 81 234 5678"),
        ("ติดต่อ (+66) 81-234-5678", "(+66) 81-234-5678"),
        ("mobile:+66812345678", "+66812345678"),
        ("+66 (0) 81 234 5678", "+66 (0) 81 234 5678"),
        ("สำนักงาน 02-123-4567", "02-123-4567"),
        ("ศูนย์ 0-2248-7417", "0-2248-7417"),
        ("เชียงใหม่ 053 123 456", "053 123 456"),
        ("โทรศัพท์ : 0 42-587100", "0 42-587100"),
        ("(02) 123-4567", "(02) 123-4567"),
        ("โทร ๐๘๑-๒๓๔-๕๖๗๘", "๐๘๑-๒๓๔-๕๖๗๘"),
        ("โทร0812345678ครับ", "0812345678"),
        ("08-1234-5678", "08-1234-5678"),
        ("London office +44 20 7946 0958.", "+44 20 7946 0958"),
        ("US: +1 (415) 555-2671", "+1 (415) 555-2671"),
        ("src_ip=10.0.0.1 msisdn=66812345678 session=ab12", "66812345678"),
    ],
)
def test_thai_and_international_numbers_are_found_in_every_form(text: str, expected: str) -> None:
    assert phones(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("โทร 02 123 4567 ต่อ 123", "02 123 4567 ต่อ 123"),
        ("tel 02-123-4567 ext. 12", "02-123-4567 ext. 12"),
        ("02-123-4567 x12", "02-123-4567 x12"),
    ],
)
def test_extension_is_part_of_the_span(text: str, expected: str) -> None:
    assert phones(text) == [expected]


def test_number_followed_by_another_number_is_still_found() -> None:
    assert phones("โทร 0812345678 1500 บาท") == ["0812345678"]
    assert phones("โทร 081 234 5678 2 เครื่อง") == ["081 234 5678"]
    assert phones("02-123-4567-8") == ["02-123-4567"]  # a range of two lines


def test_cue_raises_the_score() -> None:
    bare = next(iter(REC.find("0812345678")))
    cued = next(iter(REC.find("เบอร์โทร 0812345678")))
    assert cued.score > bare.score >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "ราคา 1,290 บาท",
        "วันที่ 2024-01-15 เวลา 08:30",
        "นัด 01-02-2567",
        "python 3.12.1 and 0.9.1",
        "order ORD-2024-000871",
        "ORD-2024-0812345678",
        "order no. 0812345678",
        "เลขพัสดุ 0812345678",
        "เลขบัตรประชาชน 1101700230708",
        "1 1017 00230 70 8",
        "4111 1111 1111 1111",
        '{"amount": 129000, "qty": 3, "id": 123456789}',
        "ISBN 978-616-00-1234-5",
        "0512345678",  # 05 + 8 digits is not a Thai number
        "SKU A0812345678",
        "+5 points",
        "amount 66812345678",  # country code without "+" needs a phone cue
        "สายด่วน 1669",  # a public hotline, not a person's number
    ],
)
def test_ordinary_numbers_are_not_phones(text: str) -> None:
    assert phones(text) == []


def test_ten_digits_after_a_bank_cue_are_an_account_not_a_phone(engine) -> None:
    assert phones("เลขบัญชี 0812345678") == []
    assert types_in(engine, "โอนเข้าบัญชีกสิกร 0812345678") == ["TH_BANK_ACCOUNT"]
    # ... unless a phone cue is nearer than the bank cue.
    assert phones("บัญชีกสิกร 123-4-56789-0 โทร 0812345678") == ["0812345678"]


def test_promptpay_by_phone_number_is_a_phone(engine) -> None:
    text = "โอนเงินเข้าพร้อมเพย์ 0812345678 ได้เลย"
    assert spans_of(engine, text, "PHONE_NUMBER") == ["0812345678"]
    assert "TH_BANK_ACCOUNT" not in types_in(engine, text)


def test_engine_reports_the_phone_with_thai_digit_offsets(engine) -> None:
    text = "ติดต่อคุณแนน โทร.๐๘๑๒๓๔๕๖๗๘ ค่ะ"
    assert spans_of(engine, text, "PHONE_NUMBER") == ["๐๘๑๒๓๔๕๖๗๘"]


def test_every_number_of_a_list_is_found_whatever_comes_later() -> None:
    text = "นายเอ (091 469 2754), นายบี ((+66) 86-722-5937), นายซี 02-123-4567"
    assert phones(text) == ["091 469 2754", "(+66) 86-722-5937", "02-123-4567"]
