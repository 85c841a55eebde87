"""PDPA s.26 families of session 5, round 7: paperwork words, same-sex relationships, templates.

- HR and clinic paperwork (sick leave, a medical certificate, the attending physician) names a
  process, not a condition: the diagnosis it gives is the fact, and alone it reports nothing.
- A relationship verb with "เพศเดียวกัน / ผู้ชายด้วยกัน" (dating, living with the same sex) states
  an orientation, in a chat summary, an HR complaint or a clinic's risk form; a law or an article
  with the same words names no one.
- Biometric templates under a generic key or in prose when the line names a modality
  ("face_match ... emb=<hex>", "selfie liveness vector [...]"), under a two-modality key
  ("palm_vein"), inside escaped JSON, and base64 ISO/IEC 19794 records under any key.

Every name, number and blob is invented.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.catalogue import SENSITIVE_TYPES
from pdpa_guard.detect.engine import DetectionEngine
from tests.conftest import spans_of


def _sensitive(engine: DetectionEngine, text: str) -> set[str]:
    return {f.entity_type for f in engine.analyze(text) if f.entity_type in SENSITIVE_TYPES}


# ---------------------------------------------------------------- paperwork is not the fact

PAPERWORK_ALONE: list[str] = [
    "ร่างใบรับรองแพทย์ (สมัครงาน) ให้ น.ส.กานดา ศรีสุข ตรวจร่างกายทั่วไปปกติ",  # clinic form
    "เคลมค่ารักษา นายวีระ ดีมาก กรมธรรม์ 55-1234 แนบใบเสร็จและใบรับรองแพทย์แล้ว",  # insurance claim
    "Reminder to Ms. Araya Boonmee: please upload your medical certificate for the driving licence.",
    "คนไข้ นางมาลี ทองดี เบอร์แพทย์เจ้าของไข้ 081 234 5678 ติดต่อได้ตลอด",  # ward note: attending doctor
]


@pytest.mark.parametrize("text", PAPERWORK_ALONE)
def test_paperwork_alone_is_not_health_data(engine: DetectionEngine, text: str) -> None:
    assert "HEALTH_DATA" not in _sensitive(engine, text)


@pytest.mark.parametrize(
    ("text", "diagnosis"),
    [
        ("HR: นายสมพงษ์ ใจดี แผนกบัญชี ลาป่วยสะสม 12 วัน เนื่องจากโรคหอบหืด ช่วยสรุปให้ผู้จัดการ", "โรคหอบหืด"),
        ("ครูคะ น้องแพรว ป.2/1 ขอลาป่วยวันนี้นะคะ หมอบอกว่าเป็นไข้หวัดใหญ่", "ไข้หวัดใหญ่"),
        (
            "Ms. Araya Boonmee took sick leave twice this month; her doctor diagnosed chronic migraine.",
            "migraine",
        ),
    ],
)
def test_sick_leave_gives_way_to_its_diagnosis(engine: DetectionEngine, text: str, diagnosis: str) -> None:
    spans = spans_of(engine, text, "HEALTH_DATA")
    assert spans and all(diagnosis in span for span in spans)


def test_sick_leave_alone_is_still_reported(engine: DetectionEngine) -> None:
    assert spans_of(engine, "เรียน หัวหน้า ผมขอลาป่วย 3 วันครับ", "HEALTH_DATA") == ["ลาป่วย"]


# ---------------------------------------------------------------- same-sex relationships

SAME_SEX: list[tuple[str, str]] = [
    ("สรุปแชท: ลูกค้าแจ้งว่าคุณต้นคบหากับเพศเดียวกันมา 3 ปี อยากเพิ่มแฟนเป็นผู้รับผลประโยชน์", "คบหากับเพศเดียวกัน"),
    (
        "HR complaint: manager told the team that Somchai คบผู้ชายด้วยกัน, employee asks for a transfer",
        "คบผู้ชายด้วยกัน",
    ),
    ("แบบคัดกรองคลินิก\nชื่อ: นายวีระ สุขใจ\nพฤติกรรมเสี่ยง: มีความสัมพันธ์กับเพศเดียวกัน", "มีความสัมพันธ์กับเพศเดียวกัน"),
]


@pytest.mark.parametrize(("text", "phrase"), SAME_SEX)
def test_same_sex_relationship_is_sexual_behaviour(engine: DetectionEngine, text: str, phrase: str) -> None:
    assert any(phrase in span for span in spans_of(engine, text, "SEXUAL_BEHAVIOUR"))


@pytest.mark.parametrize(
    "text",
    [
        "กฎหมายสมรสเท่าเทียม ให้คู่รักที่คบหากับเพศเดียวกันจดทะเบียนสมรสได้ทั่วประเทศ",
        "บทความ: วัยรุ่นที่คบกับเพศเดียวกันมักถูกกลั่นแกล้งในโรงเรียน สถิติปี 2566",
    ],
)
def test_same_sex_words_about_no_one(engine: DetectionEngine, text: str) -> None:
    assert "SEXUAL_BEHAVIOUR" not in _sensitive(engine, text)


# ---------------------------------------------------------------- biometric templates

ISO_FINGER = "Rk1SACAyMAAAAOQAAAFAAeAAxQDFAQAAABAhQIEAcgsAgH8A=="
TEMPLATES: list[tuple[str, str]] = [
    (
        '{"member":"สมหญิง ใจงาม","phone":"0812345678","palm_vein":"Qm9ndXNUZW1wbGF0ZTEyMzQ1Njc4OTA="}',
        "Qm9ndXNUZW1wbGF0ZTEyMzQ1Njc4OTA=",
    ),
    (
        '{"tool":"kyc","arguments":"{\\"name\\":\\"Anan Srisuk\\",\\"face_template\\":\\"[0.1234, -0.5678, 0.9101, -0.1121, 0.3141]\\"}"}',
        "[0.1234, -0.5678, 0.9101, -0.1121, 0.3141]",
    ),
    (
        "2026-01-05 10:11:12 face_match user=Wipada Thongdee emb=ab12cd34ef56ab78cd90ef12 score=0.88",
        "ab12cd34ef56ab78cd90ef12",
    ),
    (
        "ลูกค้า นางสาวพรทิพย์ สายใจ ทำ eKYC ไม่ผ่าน selfie liveness vector [0.12, -0.44, 0.91, 0.05, -0.33] ถูกใช้ซ้ำ",
        "[0.12, -0.44, 0.91, 0.05, -0.33]",
    ),
    (f"enroll ok emp=E1023 finger=L1 template={ISO_FINGER}", ISO_FINGER),
    (f"แนบไฟล์พนักงานรหัส E2231 นายกิตติ ดีมาก: {ISO_FINGER}", ISO_FINGER),
]


@pytest.mark.parametrize(("text", "blob"), TEMPLATES)
def test_template_value_is_biometric(engine: DetectionEngine, text: str, blob: str) -> None:
    assert any(blob in span for span in spans_of(engine, text, "BIOMETRIC_DATA"))


NOT_TEMPLATES: list[str] = [
    "face_detection_model=retinaface embedding=sentence-transformers/all-MiniLM-L6-v2",
    "face recognition model: vector=ArcFace-r100-glint360k dim=512",
    "device_fingerprint=9f86d081884c7d659a2feaa0c55ad015 template=default",
    "How do I store face embeddings? Example: embedding = model.encode(img) returns a vector like [0.1, 0.2, 0.3, 0.4]",
    "Selfie check: template version 3.2.1 loaded, vector size 512",
]


@pytest.mark.parametrize("text", NOT_TEMPLATES)
def test_settings_and_models_are_not_templates(engine: DetectionEngine, text: str) -> None:
    assert "BIOMETRIC_DATA" not in _sensitive(engine, text)


# ---------------------------------------------------------------- advised, not taken; one fact

ADVISED: list[str] = [
    "แบบคัดกรองคลินิกนิรนาม\nชื่อเล่น/รหัส: คุณฟ้า\nเบอร์: 093 427 2829\nช่วยสรุปความเสี่ยงและแนะนำ PrEP",  # clinic
    "Pharmacist chat: customer Mr. Chai (62) asks which is cheaper; please recommend metformin brand options",
    "ผู้ป่วย นายอนุชา ดีใจ HN 55-123456 ห้ามสั่ง carbamazepine ช่วยเขียนข้อความเตือนแพทย์",  # alert draft
]


@pytest.mark.parametrize("text", ADVISED)
def test_advised_or_forbidden_drug_is_not_health_data(engine: DetectionEngine, text: str) -> None:
    assert "HEALTH_DATA" not in _sensitive(engine, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("คนไข้ นางสมศรี ใจดี กินยา metformin วันละ 2 เม็ด ช่วยสรุปประวัติ", "metformin"),
        ("ลูกค้า คุณบี กิน PrEP อยู่ทุกวัน ขอสั่งเพิ่ม 1 ขวด", "PrEP"),
    ],
)
def test_drug_taken_is_still_health_data(engine: DetectionEngine, text: str, span: str) -> None:
    assert spans_of(engine, text, "HEALTH_DATA") == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("ผู้ป่วย นายสมชาย ใจดี แพทย์สั่ง carbamazepine สำหรับโรคลมชัก", "carbamazepine สำหรับโรคลมชัก"),
        (
            "Discharge: Mr. Anan Dee, 58, on metformin for type 2 diabetes, follow up 2 weeks",
            "metformin for type 2 diabetes",
        ),
        ("ผู้ป่วย นางสาวมาลี ดีใจ ได้รับยา ARV สำหรับ HIV ตั้งแต่ปี 2564", "ARV สำหรับ HIV"),
        (
            "[00:41] ผู้โทร: คุณพ่อ นายสมชาย ตอนนี้ต้องฟอกไตด้วยค่ะ เพราะไตวายเรื้อรังระยะสุดท้าย",
            "ฟอกไตด้วยค่ะ เพราะไตวายเรื้อรังระยะสุดท้าย",
        ),
    ],
)
def test_drug_for_disease_is_one_span(engine: DetectionEngine, text: str, span: str) -> None:
    assert spans_of(engine, text, "HEALTH_DATA") == [span]


# ---------------------------------------------------------------- accessibility for anyone

ACCESSIBILITY: list[str] = [
    "ร่าง TOR จัดจ้างงานสัมมนาประจำปี: ห้องประชุม 300 ที่นั่ง อาหารว่าง 2 มื้อ และล่ามภาษามือสำหรับผู้พิการทางการได้ยิน",
    "โรงแรมขอคำบรรยายหน้าเว็บ: ห้องพัก 120 ห้อง สระว่ายน้ำ ฟิตเนส ร้านอาหาร 2 ร้าน ห้องพักสำหรับผู้ใช้วีลแชร์ 4 ห้อง",
    "แผนปรับปรุงสถานีปี 2570: ลิฟต์ใหม่ 4 ตัว ห้องน้ำชาย-หญิง ทางเดินยกระดับ และที่จอดรถสำหรับผู้พิการทางการเคลื่อนไหว",
]


@pytest.mark.parametrize("text", ACCESSIBILITY)
def test_accessibility_for_a_kind_of_person(engine: DetectionEngine, text: str) -> None:
    assert "DISABILITY" not in _sensitive(engine, text)


def test_disabled_customer_is_still_found(engine: DetectionEngine) -> None:
    text = "ลูกค้า นายสมชาย ใจดี เป็นผู้พิการทางการได้ยิน ขอให้ติดต่อทาง SMS เท่านั้น"
    assert spans_of(engine, text, "DISABILITY") == ["เป็นผู้พิการทางการได้ยิน"]


# ---------------------------------------------------------------- descent said as an origin


def test_origin_of_a_person_is_ethnicity(engine: DetectionEngine) -> None:
    text = "Patient Mr. Somsak, 52, Thai of Lao origin, presents with chest pain."
    assert spans_of(engine, text, "ETHNICITY") == ["Lao origin"]


@pytest.mark.parametrize(
    "text",
    [
        "The product is of Japanese origin and ships in 3 days.",
        "Shipment from China origin port, country of Origin: Vietnam, HS code 8517",
        "Our brand celebrates Thai heritage and Lanna heritage crafts in every store",
    ],
)
def test_origin_of_goods_is_not_ethnicity(engine: DetectionEngine, text: str) -> None:
    assert "ETHNICITY" not in _sensitive(engine, text)


# ---------------------------------------------------------------- a person's disease clinic


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("SMS แจ้งเตือน: 0812345678|คุณสมศรี นัดคลินิกโรคลมชัก พรุ่งนี้ 09:00", "โรคลมชัก"),
        ("นายสมชาย ใจดี HN 12-3456 มีนัดที่คลินิกโรคไตเรื้อรัง วันที่ 5 มี.ค.", "โรคไตเรื้อรัง"),
    ],
)
def test_appointment_at_a_disease_clinic(engine: DetectionEngine, text: str, span: str) -> None:
    assert spans_of(engine, text, "HEALTH_DATA") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "คลินิกโรคเบาหวาน เปิดทุกวันอังคาร 08:00-12:00 ชั้น 3",
        "ประกาศ: ผู้ป่วยนัดคลินิกโรคเบาหวานได้ทุกวันอังคาร โทร 02 123 4567",
    ],
)
def test_a_clinic_notice_names_no_one(engine: DetectionEngine, text: str) -> None:
    assert "HEALTH_DATA" not in _sensitive(engine, text)
