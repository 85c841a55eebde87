"""Session 8: s.26 health data in chat bodies pasted as JSON, and injuries (fabricated values)."""

from __future__ import annotations

import json

import pytest

from pdpa_guard.detect.engine import get_engine


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in get_engine().analyze(text)]


def _health(text: str) -> list[str]:
    return [value for entity, value in _found(text) if entity == "HEALTH_DATA"]


def test_advice_in_another_message_does_not_hedge_what_the_customer_says() -> None:
    body = json.dumps(
        {"messages": [
            {"role": "system", "content": "You are the assistant of a nano-finance app. Offer restructuring options per policy."},
            {"role": "user", "content": "ขอเลื่อนงวดค่ะ ชื่อ ทองสุข ใจงาม บัตร 3625905357705"},
            {"role": "assistant", "content": "รับทราบค่ะ ขอทราบสาเหตุเพื่อพิจารณาทางเลือกค่ะ"},
            {"role": "user", "content": "ตอนนี้ป่วยเป็นมะเร็งเต้านมกำลังให้คีโม ทำงานไม่ได้ค่ะ"},
        ]},
        ensure_ascii=False,
    )
    assert any("มะเร็งเต้านม" in value for value in _health(body))


def test_advice_in_the_same_message_still_hedges() -> None:
    body = json.dumps({"messages": [{"role": "user", "content": "ช่วยอธิบายอาการของโรคเบาหวานให้เข้าใจง่าย"}]},
                      ensure_ascii=False)
    assert _health(body) == []


@pytest.mark.parametrize(
    ("text", "injury"),
    [
        ("ผู้ป่วย นายสมชาย ใจดี กระดูกแขนซ้ายหัก ค่ารักษา 18,681 บาท", "กระดูกแขนซ้ายหัก"),
        ("นักศึกษา วิชัย ทองดี - ข้อเท้าแพลงจากการเล่นฟุตบอล ค่ารักษา 1,560", "ข้อเท้าแพลง"),
        ("ลูกค้า สมศรี ใจงาม โทร 0812345678 ไหล่ขวาหลุดจากอุบัติเหตุ", "ไหล่ขวาหลุด"),
        ("I was treated in Krabi for a torn ACL. Refund to Somchai Jaidee, 0812345678.", "torn ACL"),
        ("Claimant Somchai Jaidee: fractured left wrist after a fall, 2 nights in hospital.", "fractured left wrist"),
    ],
)
def test_an_injury_of_a_person_is_health_data(text: str, injury: str) -> None:
    assert injury in _health(text)


@pytest.mark.parametrize(
    "text",
    ["วิธีปฐมพยาบาลเมื่อข้อเท้าแพลง", "How to treat a sprained ankle at home", "Sale: broken arm chair, 500 baht",
     "ขาดทุน 5 ล้านบาท ลูกค้า สมชาย ใจดี"],
)
def test_injuries_in_general_are_no_disclosure(text: str) -> None:
    assert _health(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "แบบฟอร์มสรุปการจำหน่ายผู้ป่วย\nชื่อผู้ป่วย: ____________ HN: __________\n"
        "การวินิจฉัยหลัก: ☐ เบาหวาน ☐ ความดันโลหิตสูง ☐ อื่นๆ ______",
        "Discharge summary template\nPatient name: ..................  HN: ..........\n"
        "Diagnosis: [ ] diabetes [ ] hypertension\nMedications: ________",
        "Order set: Community-acquired pneumonia\nPatient: {{patient_name}} HN {{hn}}\n- Ceftriaxone 2 g IV OD",
    ],
)
def test_a_blank_form_is_about_no_one(text: str) -> None:
    assert _health(text) == []


def test_a_form_filled_in_with_a_patient_is_still_health_data() -> None:
    text = "ชื่อผู้ป่วย: นายสมชาย ใจดี HN: 6612345\nการวินิจฉัย: เบาหวาน\nหมายเหตุ: ______"
    assert any("เบาหวาน" in value for value in _health(text))
    filled = "Patient name: Somchai Jaidee  HN: 6612345\nDiagnosis: [x] diabetes [ ] hypertension"
    assert "diabetes" in " ".join(_health(filled))


def test_options_left_unticked_on_a_form_are_not_the_persons() -> None:
    text = "ชื่อผู้ป่วย: นายสมชาย ใจดี HN: 6612345\nโรคประจำตัว: [x] เบาหวาน [ ] ความดันโลหิตสูง [ ] หอบหืด"
    found = " ".join(_health(text))
    assert "เบาหวาน" in found and "ความดันโลหิตสูง" not in found and "หอบหืด" not in found
    english = "Patient: Somchai Jaidee HN 6612345\nHistory: ☑ diabetes ☐ hypertension ☐ asthma"
    assert _health(english) == ["diabetes"]


def test_an_embedding_written_out_for_a_person_is_biometric_data() -> None:
    vector = "[0.0213, -0.1187, 0.0932, 0.2291, -0.0412, 0.1733, -0.0871, 0.0156, 0.1102, -0.2034]"
    text = f"face vector for Somchai Jaidee: {vector}"
    assert ("BIOMETRIC_DATA", vector) in _found(text)
    assert "BIOMETRIC_DATA" not in {e for e, _ in _found(f"face detection model weights: {vector} loaded")}


def test_kinship_words_quoted_to_be_talked_about_name_no_one() -> None:
    text = ("สรุป พ.ร.บ.สมรสเท่าเทียม: เปลี่ยนคำว่า 'ชาย หญิง สามี ภริยา' เป็น 'บุคคล คู่สมรส' "
            "ทำให้คู่รักเพศเดียวกันจดทะเบียนสมรสได้")
    assert "SEXUAL_BEHAVIOUR" not in {e for e, _ in _found(text)}
    assert "HEALTH_DATA" in {e for e, _ in _found("สามีของลูกค้าเป็นเบาหวาน ชื่อ สมชาย ใจดี")}
