"""Session 6: PERSON cases written for this session (fabricated), before any blind row was read."""

from __future__ import annotations

import pytest

from tests.conftest import spans_of


def _names(engine, text: str) -> set[str]:
    return set(spans_of(engine, text, "PERSON"))


@pytest.mark.parametrize(
    "text", ["ช่วยตั้งชื่อแคมเปญรณรงค์เลือกตั้งให้คนรุ่นใหม่ออกไปใช้สิทธิ์", "ช่วยตั้งชื่อร้านกาแฟเล็กๆ ให้หน่อย"]
)
def test_naming_a_thing_is_no_name_cue(engine, text: str) -> None:
    assert _names(engine, text) == set()


def test_names_after_the_name_cue_are_still_found(engine) -> None:
    assert "ปัณณ์ชนก ศรีสุข" in _names(engine, "ผู้ป่วยชื่อ ปัณณ์ชนก ศรีสุข")


@pytest.mark.parametrize(
    ("text", "name"),
    [("Hello, this is Kittipong from the bank, about your loan", "Kittipong"), ("Hi, this is Sarah here", "Sarah")],
)
def test_one_word_self_introduction_between_greeting_and_from(engine, text: str, name: str) -> None:
    assert name in _names(engine, text)


@pytest.mark.parametrize(
    "text", ["Hi this is Google calling", "Good morning, this is Netflix speaking", "Hi, this is Acme from Bangkok"]
)
def test_a_company_introducing_itself_is_no_person(engine, text: str) -> None:
    assert _names(engine, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please explain the steps for Ms. Somsri Kaewta's disability ID card renewal", "Ms. Somsri Kaewta"),
        ("Forward Mr. John O'Brien's file to claims", "Mr. John O'Brien"),
        ("Customer: Priya D'Souza, phone 0812345678", "Priya D'Souza"),
        ("Mr. Jean-Paul Martin arrived at 9", "Mr. Jean-Paul Martin"),
    ],
)
def test_apostrophes_inside_a_name_but_not_a_possessive(engine, text: str, name: str) -> None:
    assert name in _names(engine, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("DOB: 03/07/1991, passport AA1234567, name on passport: SUDARAT PHROMSRI", "SUDARAT PHROMSRI"),
        ("Name as per passport: Zaw Min Htet", "Zaw Min Htet"),
    ],
)
def test_the_name_on_a_passport_is_a_name_key(engine, text: str, name: str) -> None:
    assert name in _names(engine, text)
