"""PERSON, session 3 round 2: Latin speakers after dated time stamps, names on cards, quoted
full-name values in (escaped) JSON, role nouns before Latin and Burmese names, kinship term +
nickname in group chats. All names are fabricated."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.person import PersonRecognizer


@pytest.fixture(scope="module")
def rec() -> PersonRecognizer:
    return PersonRecognizer()


def _found(rec: PersonRecognizer, text: str) -> list[str]:
    return [text[s.start : s.end] for s in rec.find(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2025-03-04 08:15 Kittiya Phromsuwan: ขอเลื่อนนัดเป็นบ่ายได้ไหมคะ", "Kittiya Phromsuwan"),
        ("04/03/2025 08:15 Worawut Kaewmanee: รบกวนส่งใบเสนอราคาอีกรอบ", "Worawut Kaewmanee"),
        ("[2025-03-04 08:15] Suchada Intharasuk: ได้รับของแล้วค่ะ", "Suchada Intharasuk"),
        ("2025/03/04, 21:40 Thanawat Boonyarit ใครว่างบ้างพรุ่งนี้", "Thanawat Boonyarit"),
        ("4.3.2568 21:40 - Pornthip Jaroenwong: โอนแล้วนะ", "Pornthip Jaroenwong"),
    ],
)
def test_latin_speaker_after_dated_stamp(rec: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(rec, text)


def test_english_speaker_repeated_in_log(rec: PersonRecognizer) -> None:
    text = "2025-01-09 10:01 Gareth Holloway: สวัสดีครับ\n2025-01-09 10:03 Gareth Holloway: ขอบคุณครับ\n"
    assert _found(rec, text) == ["Gareth Holloway", "Gareth Holloway"]


@pytest.mark.parametrize(
    "text",
    [
        "09:00 Opening Ceremony เปิดงาน\n10:30 Coffee Break พักเบรก\n",
        "2025-02-01 10:00 Team Meeting: สรุปงานไตรมาส\n2025-02-01 11:00 Product Demo: สาธิตระบบ\n",
        "2025-02-01 13:00 Central World นัดเจอหน้าลาน",
    ],
)
def test_agenda_lines_are_no_speakers(rec: PersonRecognizer, text: str) -> None:
    assert _found(rec, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("บัตรหมดอายุ 09/29 ชื่อบนบัตร WARAPORN SINGHAKUL ช่วยเช็คให้ที", "WARAPORN SINGHAKUL"),
        ("ชื่อบนหน้าบัตร: KRITSADA MEEBOON", "KRITSADA MEEBOON"),
        ("Name on card: JIRAPAT LERTWONG", "JIRAPAT LERTWONG"),
        ("card holder name = SOMPONG CHAIDEE", "SOMPONG CHAIDEE"),
    ],
)
def test_name_on_card(rec: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(rec, text)


def test_caps_headings_stay_clear(rec: PersonRecognizer) -> None:
    assert _found(rec, "ยอดรวม TOTAL AMOUNT 1,250 บาท โอนเข้า BANGKOK BANK สาขาสีลม") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('{"tool": "crm", "args": "{\\"full_name\\": \\"อัมพวัน ศรีระหานนท์\\", \\"tel\\": \\"0'
         '81\\"}"}', "อัมพวัน ศรีระหานนท์"),
        ("{'customer_name': 'อัมพวัน ศรีระหานนท์', 'email': 'a@example.com'}", "อัมพวัน ศรีระหานนท์"),
    ],
)
def test_quoted_full_name_value_kept_whole(rec: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(rec, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("นักท่องเที่ยว Marta Lindqvist แจ้งว่ากระเป๋าหาย", "Marta Lindqvist"),
        ("ผู้โดยสาร Daw Khin Nwe Aye นั่งแถว 12", "Daw Khin Nwe Aye"),
        ("ผู้ขอความช่วยเหลือ U Tun Lwin อายุ 52 ปี", "U Tun Lwin"),
        ("ญาติ Ko Min Ko Naing มารับที่โรงพยาบาล", "Ko Min Ko Naing"),
        ("คนขับ Mg Thet Paing ส่งของตอนเช้า", "Mg Thet Paing"),
    ],
)
def test_role_noun_before_latin_or_burmese_name(rec: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(rec, text)


@pytest.mark.parametrize(
    "text",
    [
        "นักท่องเที่ยว Ko Samui คึกคักมาก",
        "ผู้โดยสาร Bangkok Airways ล่าช้า",
        "นักท่องเที่ยวต่างชาติ มาเที่ยวภูเก็ตเยอะ",
    ],
)
def test_role_noun_before_places_stays_clear(rec: PersonRecognizer, text: str) -> None:
    assert _found(rec, text) == []


def test_kin_nickname_in_group_chat(rec: PersonRecognizer) -> None:
    text = (
        "05/12/2567 18:20 วาสนา ปัญญาดี: ป้าฝ้าย รับฝากเลี้ยงแมวค่ะ\n"
        "05/12/2567 18:22 Nok: พี่น้องเมย์ ขายขนมครกหน้าหมู่บ้าน\n"
    )
    found = _found(rec, text)
    assert "ฝ้าย" in found or "ป้าฝ้าย" in found
    assert any("เมย์" in f for f in found)


@pytest.mark.parametrize(
    "line",
    ["แม่ค้า ขายดีมาก", "พ่อบ้าน มาแล้ว", "พี่ชาย ไปไหน", "แม่ครัว ทำอาหาร", "แม่บ้าน มาแล้ว", "พี่เลี้ยง มาแล้ว"],
)
def test_kin_nouns_are_no_nicknames(rec: PersonRecognizer, line: str) -> None:
    text = f"20:01 Nok: {line}\n20:02 Nok: ok\n"
    assert _found(rec, text) == ["Nok", "Nok"]


def test_tsv_name_column_in_staff_table(rec: PersonRecognizer) -> None:
    text = "ตารางเวร\nstaff_no\tname\tshift\n101\tจันทร์เพ็ญ ดอนมูลตรี\tเช้า\n102\tอรรถพล สีหะวงศ์\tดึก\n"
    assert _found(rec, text) == ["จันทร์เพ็ญ ดอนมูลตรี", "อรรถพล สีหะวงศ์"]


def test_tsv_product_table_stays_clear(rec: PersonRecognizer) -> None:
    assert _found(rec, "sku\tname\tprice\tqty\nA1\tน้ำดื่ม ตราช้าง\t10\t5\n") == []
