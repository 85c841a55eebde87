"""TH_BANK_ACCOUNT: 10/12-digit accounts only next to a banking cue; PromptPay numbers are phones."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.bank_account import ThaiBankAccountRecognizer
from pdpa_guard.detect.text import fold_digits
from tests.conftest import types_in

REC = ThaiBankAccountRecognizer()


def accounts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in REC.find(fold_digits(text)) if s.score >= 0.5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("โอนเข้าบัญชี 123-4-56789-0 ค่ะ", "123-4-56789-0"),
        ("เลขบัญชี1234567890", "1234567890"),
        ("ธนาคารกสิกรไทย 123-456789-0", "123-456789-0"),
        ("KBank 123 4 56789 0", "123 4 56789 0"),
        ("SCB: 1234567890", "1234567890"),
        ("โอนเงินมาที่ ไทยพาณิชย์ ๑๒๓๔๕๖๗๘๙๐", "๑๒๓๔๕๖๗๘๙๐"),
        ("บัญชีออมสิน 020123456789", "020123456789"),  # GSB: 12 digits
        ("โอนเข้าบัญชีธ.ก.ส. เลขที่ 0203 4567 8901 แล้ว", "0203 4567 8901"),
        ("BAAC account 02-0345678901.", "02-0345678901"),
        ("ธ.ก.ส. 0-2012-34567-8", None),  # 11 digits: not an account shape
        ("123-4-56789-0 (กรุงศรี)", "123-4-56789-0"),  # bank name after the number
        ("bank account no. 1234567890", "1234567890"),
        ("ttb 123-4-56789-0", "123-4-56789-0"),
        ("บัญชี 1234567890 ยอด 1500 บาท", "1234567890"),
        ('{"from_account": "123-4-56789-0", "amount": 500}', "123-4-56789-0"),
    ],
)
def test_accounts_next_to_a_banking_cue(text: str, expected: str | None) -> None:
    assert accounts(text) == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text",
    [
        "1234567890",  # no cue
        "123-4-56789-0",
        "bay area 1234567890",  # "bay" is not BAY
        "กรุงเทพมหานคร 1234567890",  # the city, not Bangkok Bank
        "บัญชี ... โทร 0812345678",  # a phone cue is nearer
        "บัญชี อ้างอิง 1234567890",  # a reference number
        "โอนเงินเข้าพร้อมเพย์ 0812345678",  # PromptPay by phone number
        "บัญชี 1101700230708",  # 13 digits: an ID
        "บัญชี 1 1017 00230 70 8",  # a spaced ID does not split into an account
        "บัญชี 1,234,567,890 บาท",  # an amount
        "ลูกค้า 0812345678 somchai@example.com บัญชีออมสิน",  # the bank name belongs to something else
        "ตัดบัญชีผ่านบัตร 4111 1111 1111 1111",  # the first 12 digits of a card
    ],
)
def test_not_accounts(text: str) -> None:
    assert accounts(text) == []


def test_engine_prefers_the_account_over_a_phone_after_a_bank_cue(engine) -> None:
    assert types_in(engine, "เลขที่บัญชีกรุงไทย 0812345678") == ["TH_BANK_ACCOUNT"]
