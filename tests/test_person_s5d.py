"""PERSON, session 5 round 9: kinds of names the recognizer missed (or took wrongly) on the retired
sets, each checked on new wording in several domains with fabricated names, with the negatives
the same rule must leave alone.

* chat speakers: emoji after the display name, parents labelled by their child (แม่อั๋น:), a
  nickname who speaks once in a dialogue;
* a given name followed by the surname's label (ชื่อ เฉลิม นามสกุล ใจดี);
* "I" + name + particle in transcripts (คือ หนู ประยูร ค่ะ);
* a name before a bracket of the person's details (user ต้น (last ip ...), Guest X (room 781));
* a name in a code comment (SQL "--", "#");
* Burmese and hill-tribe names in Thai script;
* organisations: a JSON "name" under a thing's key, a firm after a colon cue.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.person import PersonRecognizer
from tests.conftest import names_found as _found


@pytest.fixture(scope="module")
def recognizer() -> PersonRecognizer:
    return PersonRecognizer()


# ------------------------------------------------------------------------------ chat speakers
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # e-commerce: LINE OA chat with a decorated display name
        ("น้ำหวาน 🐰: พรุ่งนี้ส่งของกี่โมงคะ\nแอดมิน: บ่ายสองค่ะ", "น้ำหวาน"),
        # bank: chat export headed by the app
        ("[LINE]\nก้อย 🌸✨: ยอดโอนเข้าแล้วยังคะ\nพนักงาน: ตรวจสอบให้ค่ะ", "ก้อย"),
        # HR: a nickname who speaks once to the supervisor
        ("ต้น: พรุ่งนี้เข้ากะเช้าไหมครับ\nหัวหน้า: เข้าครับ", "ต้น"),
        # school: a parent labelled by the child's nickname
        ("แม่อั๋น: ครูคะ พรุ่งนี้ขอลานะคะ\nครูประจำชั้น: รับทราบค่ะ", "อั๋น"),
        ("พ่อปาล์ม: ลูกมีไข้ครับ\nครู: หายไวๆ นะคะ", "ปาล์ม"),
    ],
)
def test_chat_speakers(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(recognizer, text)


def test_parent_label_names_the_child_in_the_message(recognizer: PersonRecognizer) -> None:
    text = "แม่อั๋น: ครูคะ อั๋น แพ้ถั่วนะคะ\nครูแอน: รับทราบค่ะ"
    assert _found(recognizer, text).count("อั๋น") == 2


@pytest.mark.parametrize(
    "text",
    [
        "ราคา: 590 บาท\nสี: ดำ\nขนาด: XL",  # a product's fields, no speech
        "แม่ค้า: ขายดีค่ะ\nลูกค้า: ขอบคุณค่ะ",  # แม่ค้า is a word, not แม่ + a name
        "ปัญหา: เปิดเครื่องไม่ติดครับ\nวิธีแก้: กดค้างสิบวินาทีค่ะ",  # FAQ labels
    ],
)
def test_chat_negatives(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


# ------------------------------------------------------------------- surname spelt after label
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("เอ่อ สวัสดีค่ะ ชื่อ เฉลิม นามสกุล ใจดี ค่ะ", ["เฉลิม", "ใจดี"]),  # call transcript
        ("ผู้ป่วยชื่อ สมหวัง นามสกุล ทองดี อายุ 40", ["สมหวัง", "ทองดี"]),  # hospital note
    ],
)
def test_surname_after_its_label(recognizer: PersonRecognizer, text: str, names: list[str]) -> None:
    assert _found(recognizer, text) == names


def test_surname_label_alone_is_no_name(recognizer: PersonRecognizer) -> None:
    assert _found(recognizer, "นามสกุล ของผู้สมัครต้องตรงกับบัตรประชาชน") == []


# ------------------------------------------------------------------------- "I" + name + particle
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ผู้ร้อง: คือ หนู ประยูร ค่ะ หัวหน้าเขาว่า", "ประยูร"),  # labour complaint
        ("ลูกค้า: ผม ธีรวัฒน์ ครับ โทรเรื่องบัตรหาย", "ธีรวัฒน์"),  # bank call centre
    ],
)
def test_pronoun_intro(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(recognizer, text)


@pytest.mark.parametrize("text", ["หนู ไม่สบาย ค่ะ", "ผม เข้าใจ ครับ", "หนู ขอบคุณ ค่ะ", "ดิฉัน เอง ค่ะ"])
def test_pronoun_intro_negatives(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


# -------------------------------------------------------------- name before a details bracket
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("report #12: user จุ๊บแจง (last ip 10.2.3.4) posted spam", "จุ๊บแจง"),  # moderation log
        ("ban user ต้น (last ip 10.9.8.7)", "ต้น"),
        ("Guest Marta Lindqvist (room 781) had an allergic reaction", "Marta Lindqvist"),  # hotel
        ("member Kanya Srisuk (ID 5531) has an overdue book", "Kanya Srisuk"),  # library
    ],
)
def test_name_before_details(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "user Settings (id 4) changed",
        "Guest WiFi (room 12 only)",
        "customer ทั่วไป (อายุ 20-30 ปี)",
        "user ทดสอบ (id 4)",
    ],
)
def test_name_before_details_negatives(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


# --------------------------------------------------------------------------------- code comments
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("UPDATE members SET flag = 1 WHERE acct = '0998500150'; -- ชื่น ซื่อตรงกิจ, สมาชิกสหภาพ", "ชื่น ซื่อตรงกิจ"),
        ("DELETE FROM loans WHERE id=7; -- สมศรี ทองดี ผู้กู้ร่วม ขอปิดบัญชี", "สมศรี ทองดี"),
        ("# บุญมี ศรีสุข อายุ 52 ปี\nprint(row)", "บุญมี ศรีสุข"),
    ],
)
def test_name_in_code_comment(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(recognizer, text)


@pytest.mark.parametrize("text", ["-- ตารางลูกค้า ทั้งหมด\nSELECT * FROM t;", "// ฟังก์ชัน คำนวณ ภาษี"])
def test_code_comment_negatives(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


# ------------------------------------------------------------- Burmese and hill-tribe names
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("1. เอ เอ มอ เกิด 09/10/2004 เชื้อชาติ ไทใหญ่", "เอ เอ มอ"),  # worker list for a clinic
        ("ผู้รับบริการ เอ เอ มอ ชาวพม่า ทำงานไร่ข้าวโพด", "เอ เอ มอ"),
        ("ผู้ต้องหา: โก โก ลวิน ครับ", "โก โก ลวิน"),  # police interview
        ("พัสดุ ผู้รับ จะลอ พนาไพรสณฑ์ 62/5 หมู่ 1", "จะลอ พนาไพรสณฑ์"),  # parcel label
    ],
)
def test_minority_names(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(recognizer, text)


@pytest.mark.parametrize(
    "text", ["ลูกค้า จะโอน พรุ่งนี้", "ผู้รับ จะได้ รับเงินคืน", "ลูกค้า จะโอน ภายในวันนี้", "สมาชิก ได้รับ ส่วนลด"]
)
def test_minority_names_negatives(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


# ------------------------------------------------------------------------------- organisations
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('{"bank":{"name":"ออมสิน","branch":"สีลม"},"customer":{"name":"สมหญิง รักดี"}}', ["สมหญิง รักดี"]),
        ('{"school": {"name": "สาธิตพัฒนา"}, "guardian": {"name": "จะลอ ใจดี"}}', ["จะลอ ใจดี"]),
        ('{"hospital":{"name":"Bumrungrad"},"patient":{"name":"Kanya Srisuk"}}', ["Kanya Srisuk"]),
        ("plaintiff: Kasikorn Leasing Co., Ltd.\ndefendant: Somchai Jaidee", ["Somchai Jaidee"]),
        ("payee: Siam Motors\npayer: Wanida Thongchai", ["Wanida Thongchai"]),
    ],
)
def test_organisations_are_no_person(recognizer: PersonRecognizer, text: str, names: list[str]) -> None:
    assert _found(recognizer, text) == names
