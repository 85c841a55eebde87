"""PDPA s.26 families of round 5: how people state votes, orientation, union dues, verdicts, results.

Each family is written in several wordings, domains and formats (Thai and English, chat, CSV,
JSON, notes), with negatives that use the same words about no one (laws, statistics, product ads,
FAQs, news). Every name, code and sentence is invented.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.catalogue import SENSITIVE_TYPES
from pdpa_guard.detect.engine import DetectionEngine
from tests.conftest import spans_of

# (text, the s.26 categories it must be reported under)
FAMILY_POSITIVES: list[tuple[str, list[str]]] = [
    # political: voting intention, liking a policy, a party recognised by its frame, donations
    ("| 12 | ดวงใจ ศรีสวัสดิ์ | จะเลือกผู้สมัครพรรคฟ้าใหม่แน่นอน |", ["POLITICAL_OPINION"]),
    ("แชทกลุ่ม: ฉันชอบนโยบายพรรคฝ่ายค้านมากกว่า", ["POLITICAL_OPINION"]),
    ("รีวิวจาก @mint_k: ฉันสนับสนุนกลุ่มรักสถาบัน ไม่ซื้อแบรนด์นี้อีกแล้ว", ["POLITICAL_OPINION"]),
    ("นักศึกษาคนนี้ขึ้นปราศรัยวิจารณ์รัฐบาลที่ลานหน้าคณะ", ["POLITICAL_OPINION"]),
    ("donor,amount,note\nKrit Somboon;12,000;donation to the Bright Future Party", ["POLITICAL_OPINION"]),
    ("Myo Aung;2,500;member, Morning Star Party youth wing", ["POLITICAL_OPINION"]),
    # sexual: self-disclosure in chats and bios, same-sex couples, sex lives
    ("ผู้ใช้ (น้องฟ้า ม.4): หนูเป็นไบ แต่ยังไม่กล้าบอกพ่อ", ["SEXUAL_BEHAVIOUR"]),
    ("ข้อความจากผู้ใช้: หนูชอบผู้ชายด้วยกัน กลัวเพื่อนรู้", ["SEXUAL_BEHAVIOUR"]),
    ("ขอแบบฟอร์มจดทะเบียนให้ สมพร ใจดี ซึ่งเป็นคู่ชีวิตเพศเดียวกันของผม", ["SEXUAL_BEHAVIOUR"]),
    ('{"user":"tn_88","bio":"bi หาfwb ทักได้"}', ["SEXUAL_BEHAVIOUR"]),
    ('{"display":"Kai","bio":"lesbian, 27, no ONS"}', ["SEXUAL_BEHAVIOUR"]),
    ("Complaint: the supervisor kept asking about her sex life and told others she sleeps around.", ["SEXUAL_BEHAVIOUR"]),
    ("HR note: colleagues gossip about his bisexuality and say he is in an open relationship.", ["SEXUAL_BEHAVIOUR"]),
    ("สายด่วน: ผู้โทร อายุ 20 ถูกถ่ายคลิปขณะมีเพศสัมพันธ์แล้วถูกขู่", ["SEXUAL_BEHAVIOUR"]),
    # trade union: payroll codes with the employee's name, "member, X union" form values
    ("emp_id,name,code,amount\n40211,สมศักดิ์ ทองดี,UNION_DUES_KRU,150", ["TRADE_UNION"]),
    ('{"employee":"Napat Srisuk","deductions":[{"code":"union_dues","amount":200}]}', ["TRADE_UNION"]),
    ("Name: Kanda Phromma\nUnion: member, Harbour Dockers union\nShift: night", ["TRADE_UNION"]),
    # genetic: classification words around a gene symbol, relatives who may carry it, germline rows
    ("Dear Mr Boonmee, your panel shows a pathogenic LDLR variant; your sister Nid may also carry the variant.", ["GENETIC_DATA"]),
    ("pid,name,dob,result\n88120,Suda Chaiyawong,1999-04-02,TP53 R248Q germline", ["GENETIC_DATA"]),
    ("ร่างหนังสือ: ผลตรวจระหว่าง นายก้อง กับ ด.ช.ภูมิ ไม่พบความสัมพันธ์ทางสายเลือด", ["GENETIC_DATA"]),
    # health: a keyed payload value, a food allergy in a school note, a gout spelling
    ('{"claim":{"id":"C-1201","diagnosis_text":"ปวดหลังจากหมอนรองกระดูกทับเส้น"}}', ["HEALTH_DATA"]),
    ("บันทึกห้องพยาบาล: ด.ญ.ใบเตย มีอาการแพ้ถั่วลิสงรุนแรง ให้ยาตามแผนแล้ว", ["HEALTH_DATA"]),
    ("หมอบอกผมเป็นโรคเก๊าท์ ต้องกินยาตลอด", ["HEALTH_DATA"]),
    # biometric: payload keys of a face check
    ('{"applicant":"Somsri K","checks":{"face_match_score":0.58,"threshold":0.8}}', ["BIOMETRIC_DATA"]),
    ("[kyc] emp=Pim Rattana step=face_template status=rejected", ["BIOMETRIC_DATA"]),
    # criminal: verdicts, detention, prior cases, parole notes, seizures
    ("Refugee intake: Htoo Say, 41, says he was held without charge for 8 months.", ["CRIMINAL_RECORD"]),
    ("เจ้าหน้าที่พบของกลางยาบ้า 200 เม็ดในรถของ นายต้น ใจกล้า", ["CRIMINAL_RECORD"]),
    ("Case file: Somchai K. released after 6 yrs for armed robbery, reports weekly.", ["CRIMINAL_RECORD"]),
    # ethnicity: the category word glued to the group
]

# The same words about no one: laws, statistics, product ads, population genetics, FAQs, news.
FAMILY_NEGATIVES: list[str] = [
    "The Act says employers may not treat union members differently, and union dues can be deducted on request.",
    "พ.ร.บ.ใหม่เปิดทางให้แรงงานข้ามชาติเป็นกรรมการสหภาพแรงงานได้ ปัจจุบันมีสหภาพแรงงาน 1,400 แห่ง สมาชิกราว 600,000 คน",
    "เขียนคำโฆษณาชุดตรวจ DNA รุ่นใหม่: ตรวจยีน 150+ ตำแหน่ง ราคาพิเศษ",
    "HLA-B*58:01 is common in Han Chinese, so screening before allopurinol is advised.",
    "บัตรทอง FAQ\nQ: ผู้ป่วยมะเร็งต้องเตรียมเอกสารอะไร?\nA: ใบส่งตัวและผลชิ้นเนื้อ",
    "กฎหมายสมรสเท่าเทียมให้คู่ชีวิตเพศเดียวกันจดทะเบียนได้ตั้งแต่ปี 2568",
    "The Sunrise Party received donations totalling 3 million baht in 2024.",
    "พรรคฟ้าใหม่ประกาศนโยบายค่าแรงขั้นต่ำ 600 บาท",
    "Embezzlement under section 352 is punishable by up to 3 years in prison.",
    "ผู้ที่มีประวัติคดีฉ้อโกงไม่สามารถสมัครตำแหน่งนี้ได้",
    "กลุ่มชาติพันธุ์อาข่ามีประชากรราว 80,000 คนในภาคเหนือ",
    "ผู้สมัครประกันมะเร็งต้องกรอกแบบฟอร์มสุขภาพ",
    "Germany is a member, with France, of the European Union.",
    "Staff memo: she donated to the Office Christmas Party fund and joined the Songkran Party.",
]


def _sensitive(engine: DetectionEngine, text: str) -> set[str]:
    return {f.entity_type for f in engine.analyze(text) if f.entity_type in SENSITIVE_TYPES}


@pytest.mark.parametrize(("text", "types"), FAMILY_POSITIVES)
def test_family_positive_is_reported(engine: DetectionEngine, text: str, types: list[str]) -> None:
    assert set(types) <= _sensitive(engine, text)


@pytest.mark.parametrize("text", FAMILY_NEGATIVES)
def test_family_negative_has_no_s26_finding(engine: DetectionEngine, text: str) -> None:
    assert _sensitive(engine, text) == set()


def test_bipolar_stays_a_mood_disorder(engine: DetectionEngine) -> None:
    """"เป็นไบ" (is bi) must not fire inside "เป็นไบโพลาร์" (has bipolar disorder)."""
    text = "ผมเป็นไบโพลาร์ กินยาอยู่"
    assert _sensitive(engine, text) == {"HEALTH_DATA"}


def test_a_form_key_in_snake_case_is_not_its_own_value(engine: DetectionEngine) -> None:
    """A payload key such as "special_needs" is a label: only its value is the disclosure."""
    text = '{"name": "Ann Lee", "special_needs": "wheelchair user"}'
    assert spans_of(engine, text, "DISABILITY") == ["wheelchair user"]


def test_a_lower_case_identifier_is_still_not_a_record(engine: DetectionEngine) -> None:
    """An upper-case payroll code counts, a user name with the same word does not."""
    text = "สมศักดิ์ ทองดี อีเมล union_dues@example.com"
    assert "TRADE_UNION" not in _sensitive(engine, text)
