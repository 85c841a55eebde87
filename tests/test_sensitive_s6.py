"""Session 6: s.26 cases written for this session (fabricated), before any blind row was read.

A test kit is a product: an ad or a product page for a DNA or HIV self-test kit names no one, while
a person who used one still discloses the result.
"""

from __future__ import annotations

import pytest

from tests.conftest import spans_of, types_in


def _types(engine, text: str) -> set[str]:
    return set(types_in(engine, text))


@pytest.mark.parametrize(
    "text",
    [
        "เขียนแคปชันโปรโมตชุดตรวจ DNA บรรพบุรุษ ลด 20% ถึงสิ้นเดือน",
        "ร้านเรามีชุดตรวจดีเอ็นเอส่งฟรีทั่วประเทศ สั่งได้ทางเว็บไซต์",
    ],
)
def test_an_ad_for_a_test_kit_is_not_genetic_data(engine, text: str) -> None:
    assert "GENETIC_DATA" not in _types(engine, text)


@pytest.mark.parametrize(
    ("text", "entity_type"),
    [
        ("ลูกค้าชื่อนายสมชาย ใจดี ซื้อชุดตรวจ DNA แล้วผลตรวจ DNA พบยีน BRCA1", "GENETIC_DATA"),
        ("คุณสมศรีใช้ชุดตรวจ HIV ด้วยตนเองแล้วผลเป็นบวก", "HEALTH_DATA"),
    ],
)
def test_a_person_who_used_a_kit_still_discloses_the_result(engine, text: str, entity_type: str) -> None:
    assert entity_type in _types(engine, text)


def test_a_drug_counted_in_boxes_is_stock_not_a_reading(engine) -> None:
    text = "รายงานยอดขายไตรมาส 3: ยาลดความดัน 1,250 กล่อง ยาเบาหวาน 980 กล่อง วิตามินรวม 2,300 ขวด"
    assert "HEALTH_DATA" not in _types(engine, text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [("ผู้ป่วยนายสมชาย ความดัน 150/90 mmHg", "ความดัน 150/90 mmHg"), ("คนไข้ความดัน 160/100 กินยาวันละ 1 เม็ด", "ความดัน 160/100")],
)
def test_a_blood_pressure_reading_of_a_patient_is_still_health_data(engine, text: str, reading: str) -> None:
    assert reading in spans_of(engine, text, "HEALTH_DATA")


@pytest.mark.parametrize(
    "text",
    [
        "citizen_id,first_name,last_name,religion,blood_type,disability",
        "CSV header only: citizen_id,first_name,last_name,religion,blood_type,disability",
        "df.columns = customer_id | ethnic_group | religion | tel",
    ],
)
def test_a_line_of_column_names_discloses_nothing(engine, text: str) -> None:
    assert not _types(engine, text) & {"DISABILITY", "RELIGION", "ETHNICITY"}


def test_the_values_under_such_a_header_are_still_found(engine) -> None:
    text = "citizen_id,first_name,disability\n1101700230708,Somchai,ตาบอดสนิท\n"
    spans = {(f.entity_type, text[f.start : f.end]) for f in engine.analyze(text)}
    assert ("DISABILITY", "ตาบอดสนิท") in spans
    assert not any(value.startswith("disability") for _, value in spans)


def test_steps_for_anyone_are_no_disclosure_but_a_named_holder_is(engine) -> None:
    assert "DISABILITY" not in _types(
        engine, "Outline the steps for applying for a disability ID card in Thailand (general process only)."
    )
    assert "DISABILITY" in _types(
        engine, "Khun Anan holds a disability ID card (visual impairment) and needs the steps to claim his allowance."
    )


@pytest.mark.parametrize(
    "text",
    [
        "หนูเป็นนักศึกษาพยาบาล อยากได้สรุปเรื่องยาต้านไวรัส HIV เพื่อไปสอบ",
        "Write a short story where the main character is a fictional nurse with HIV who becomes a doctor.",
    ],
)
def test_studying_and_fiction_name_no_one(engine, text: str) -> None:
    assert "HEALTH_DATA" not in _types(engine, text)


def test_a_writer_asking_about_themself_still_discloses(engine) -> None:
    assert "HEALTH_DATA" in _types(engine, "ผมอยากรู้ว่าผมเป็นเบาหวานหรือเปล่า น้ำตาลขึ้น 180")
