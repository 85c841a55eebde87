"""The phone recognizer's direct Thai numbering-plan check agrees with libphonenumber."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from pdpa_guard.detect.recognizers.phone import THAI_NUMBERS


def _reference(digits: str) -> str | None:
    try:
        number = phonenumbers.parse(digits, "TH")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number_for_region(number, "TH"):
        return None
    return "mobile" if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE else "other"


def _samples() -> list[str]:
    rng = random.Random(2026)
    out = []
    for _ in range(20000):
        length = rng.choice((9, 10))
        out.append("0" + "".join(rng.choice("0123456789") for _ in range(length - 1)))
    # every two-digit head, so each prefix range of the plan is visited
    out += [f"0{a}{b}" + "1234567" for a in "0123456789" for b in "0123456789"]
    out += [f"0{a}{b}" + "12345678" for a in "0123456789" for b in "0123456789"]
    return out


@pytest.mark.parametrize("chunk", range(4))
def test_plan_agrees_with_libphonenumber(chunk: int) -> None:
    samples = _samples()[chunk::4]
    disagreements = [d for d in samples if THAI_NUMBERS.kind(d) != _reference(d)]
    assert not disagreements, disagreements[:10]


def test_plan_knows_common_shapes() -> None:
    assert THAI_NUMBERS.kind("0812345678") == "mobile"
    assert THAI_NUMBERS.kind("021234567") == "other"  # Bangkok landline
    assert THAI_NUMBERS.kind("0012345678") is None
    assert THAI_NUMBERS.kind("812345678") is None  # no trunk 0: not a domestic number


def _reference_international(digits: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+66" + digits, None))
    except phonenumbers.NumberParseException:
        return False


def test_plan_agrees_after_the_country_code() -> None:
    rng = random.Random(66)
    samples = ["".join(rng.choice("0123456789") for _ in range(rng.choice((8, 9, 10)))) for _ in range(20000)]
    samples += ["0" + s for s in samples[:5000]]
    disagreements = [d for d in samples if (THAI_NUMBERS.kind_after_country_code(d) is not None) != _reference_international(d)]
    assert not disagreements, disagreements[:10]
