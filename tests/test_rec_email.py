"""EMAIL_ADDRESS: plain, glued to Thai text, Thai (IDN) domains; not file names, URL userinfo or SSH."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.email import EmailAddressRecognizer
from tests.conftest import spans_of

REC = EmailAddressRecognizer()


def emails(text: str) -> list[str]:
    return [text[s.start : s.end] for s in REC.find(text) if s.score >= 0.5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("contact somchai@example.com today", "somchai@example.com"),
        ("อีเมลsomchai.j@example.co.thครับ", "somchai.j@example.co.th"),
        ("ส่งมาที่ first.last+tag@mail.example.org.", "first.last+tag@mail.example.org"),
        ("ติดต่อ somchai@ตัวอย่าง.ไทย ค่ะ", "somchai@ตัวอย่าง.ไทย"),  # info@ is a role mailbox (s3b)
        ("mailto:somchai@example.com", "somchai@example.com"),
        ("<SOMCHAI@EXAMPLE.COM>", "SOMCHAI@EXAMPLE.COM"),
        ("user@mail.xn--o3cw4h", "user@mail.xn--o3cw4h"),
        ('{"email":"nan_99@example.ac.th"}', "nan_99@example.ac.th"),
        ("see https://x.example.com/?email=somchai@example.com", "somchai@example.com"),
        ("somchai@corp.local", "somchai@corp.local"),  # internal mail is still someone's
    ],
)
def test_addresses_are_found(text: str, expected: str) -> None:
    assert emails(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "icon@2x.png",
        "npm i @types/node",
        "git clone git@github.com:org/repo.git",
        "https://user:secret@host.example.com/path",
        "a..b@example.com",
        "x@localhost",
        "name@domain.notarealtld",
        "@somchai on twitter",
        "price @ 1,290 บาท",
    ],
)
def test_things_with_an_at_sign_that_are_not_addresses(text: str) -> None:
    assert emails(text) == []


def test_two_addresses_in_one_text(engine) -> None:
    text = "cc: a.b@example.com, c_d@example.co.th"
    assert spans_of(engine, text, "EMAIL_ADDRESS") == ["a.b@example.com", "c_d@example.co.th"]
