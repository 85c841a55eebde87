"""CREDIT_CARD: Luhn-valid, known issuer, plain or grouped; not IDs, timestamps or order numbers."""

from __future__ import annotations

import pytest
from stdnum import luhn
from stdnum.th import pin

from pdpa_guard.detect.recognizers.credit_card import CardNumberRecognizer, issuer_matches
from pdpa_guard.detect.text import fold_digits
from tests.conftest import types_in

REC = CardNumberRecognizer()


def cards(text: str) -> list[str]:
    return [text[s.start : s.end] for s in REC.find(fold_digits(text)) if s.score >= 0.5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4111 1111 1111 1111", "4111 1111 1111 1111"),
        ("card 4111-1111-1111-1111 exp 12/27", "4111-1111-1111-1111"),
        ("บัตรเครดิต4111111111111111ค่ะ", "4111111111111111"),
        ("Amex 3782 822463 10005", "3782 822463 10005"),
        ("MC 5500 0000 0000 0004", "5500 0000 0000 0004"),
        ("JCB 3530111333300000", "3530111333300000"),
        ("Discover 6011000990139424", "6011000990139424"),
        ("บัตร ๔๑๑๑ ๑๑๑๑ ๑๑๑๑ ๑๑๑๑", "๔๑๑๑ ๑๑๑๑ ๑๑๑๑ ๑๑๑๑"),
        ("4111 1111 1111 1111 123", "4111 1111 1111 1111"),  # CVV after the number
        ("บัตร 4222222222222", "4222222222222"),  # a 13-digit Visa needs its cue
        ("ยอด 500 4111 1111 1111 1111 หมดอายุ 12 27", "4111 1111 1111 1111"),  # numbers around it
        ("#342728,สมชาย ใจดี,4111111111111111,3137,a@example.com", "4111111111111111"),  # a CSV row
    ],
)
def test_cards_are_found(text: str, expected: str) -> None:
    assert cards(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "4111 1111 1111 1112",  # Luhn fails
        "1234567812345670",  # Luhn passes, no issuer starts with 1
        "4222222222222",  # 13 digits without a card cue: more likely an ID or a timestamp
        "order 4111111111111111",
        '{"ts_ms": 4111111111111111}',
        "SKU4111111111111111",
        "4111 11111111 1111",  # not a grouping cards are written in
        "tracking number 5500000000000004",
        "IMEI 490154203237518",  # 15 digits, Luhn-valid, but no card network uses that shape
    ],
)
def test_non_cards_are_not_reported(text: str) -> None:
    assert cards(text) == []


def test_thai_national_id_is_not_a_card(engine) -> None:
    # A 13-digit number that passes both the Thai ID checksum and Luhn, with a Visa prefix.
    candidate = next(
        n for n in (f"4101700230{i:03d}" for i in range(1000)) if pin.is_valid(n) and luhn.is_valid(n)
    )
    assert issuer_matches(candidate)
    assert types_in(engine, f"เลขบัตรประชาชน {candidate}") == ["TH_NATIONAL_ID"]
    assert types_in(engine, f"ลูกค้า {candidate}") == ["TH_NATIONAL_ID"]
