"""The s.26 recognizer reads the names the engine's PERSON pass found instead of searching again.

Whether a sensitive term is about a person can hang on an untitled name next to it ("ระตา
เณรานุสนธิ์ ชาวกะเหรี่ยง"). The engine runs PERSON before s.26 on the same string, so the s.26
recognizer takes PERSON's result (``PersonRecognizer.found_in``) rather than building a PERSON
recognizer of its own (a third of a second, paid by the first request that needed it) and
searching the text twice. Alone, it still finds the names itself.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.engine import get_engine
from pdpa_guard.detect.recognizers import RECOGNIZER_CLASSES, sensitive
from pdpa_guard.detect.recognizers.person import PersonRecognizer
from pdpa_guard.detect.recognizers.sensitive import SensitiveDataRecognizer

# Fabricated people; the group name is the disclosure, the untitled name makes it personal.
UNTITLED = [
    "บันทึกภาคสนาม: กัญญ์วรา ทองอินทร์ชัย ชาวกะเหรี่ยง อาศัยอยู่บนดอยมา 20 ปี",
    "ทะเบียนผู้ลงทะเบียน: ธีรวีร์ ศรีสุขประเสริฐ ชาวม้ง ย้ายมาจากน่าน",
]


def _ethnicity(findings) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in findings if f.entity_type == "ETHNICITY"]


@pytest.mark.parametrize("text", UNTITLED)
def test_engine_finds_the_disclosure_without_a_second_person_recognizer(text: str) -> None:
    sensitive._person_recognizer.cache_clear()
    findings = get_engine().analyze(text)
    assert _ethnicity(findings), "the group name next to an untitled name is a disclosure"
    assert any(f.entity_type == "PERSON" for f in findings)
    assert sensitive._person_recognizer.cache_info().currsize == 0, "s.26 built its own PERSON recognizer"


@pytest.mark.parametrize("text", UNTITLED)
def test_alone_the_s26_recognizer_still_finds_names_itself(text: str) -> None:
    PersonRecognizer._last = None
    spans = list(SensitiveDataRecognizer().find(text))
    assert [s for s in spans if s.entity_type == "ETHNICITY"]


def test_names_are_reused_only_for_the_very_same_string() -> None:
    person = PersonRecognizer()
    first = "ผู้ป่วย นางสาวอรุณี ทองคำ มาตามนัด"
    second = "ติดต่อ นายวีรยุทธ แสงทองดี เรื่องใบเสร็จ"
    found_first = list(person.find(first))
    assert PersonRecognizer.found_in(first) == tuple(found_first)
    assert PersonRecognizer.found_in("".join(list(first))) is None  # equal text, other object
    found_second = list(person.find(second))
    assert found_second and found_second != found_first
    assert PersonRecognizer.found_in(first) is None


def test_person_runs_before_s26_in_the_engine() -> None:
    order = list(RECOGNIZER_CLASSES)
    assert order.index(PersonRecognizer) < order.index(SensitiveDataRecognizer)


def test_clear_caches_forgets_the_name_shape_scores_too() -> None:
    """``detect_speed.py`` clears the caches before each timed pass; a memo that survived would make
    every pass after the first look cheaper than a cold one."""
    engine = get_engine()
    engine.analyze("ผู้ป่วย นางสาวอรุณี ทองคำ ติดต่อ Ms. Siriporn Kaewkanya")
    lex = next(r for r in engine._recognizers if isinstance(r, PersonRecognizer))._lex
    shapes = (lex.given_shape, lex.family_shape, lex.romanised_shape)
    assert any(shape._cache for shape in shapes)
    engine.clear_caches()
    assert not any(shape._cache for shape in shapes)
