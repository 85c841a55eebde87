"""Session 8: names in a form's person field, after a label and a colon (fabricated names)."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.engine import get_engine


def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in get_engine().analyze(text) if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Given names that are ordinary words (มาลัย "garland", อุดม "abundant") before a surname.
        ("ผู้สมัคร: มาลัย วงศ์ใหญ่ อายุ 34 ปี เกิด 10 ก.พ. 2524", "มาลัย วงศ์ใหญ่"),
        ("ข้อเท็จจริง\nผู้ร้อง: อุดม คงสวัสดิ์ พนักงานฝ่ายผลิต โทร 0985540057", "อุดม คงสวัสดิ์"),
        ("ผู้ต้องหา: มาลัย ธรรมวงศ์ อายุ 22 ปี นักศึกษา", "มาลัย ธรรมวงศ์"),
        ("ลูกค้า: อุดม คงสวัสดิ์\nเรื่อง: ขอเลื่อนนัด", "อุดม คงสวัสดิ์"),
        # A label no cue list holds: ผู้ + a verb at the start of a line.
        ("เหตุการณ์: ผู้ป่วยหมดสติ\nผู้ดูแลเวร: ปกรณ์ คงสวัสดิ์", "ปกรณ์ คงสวัสดิ์"),
        ("- ผู้แจ้ง : อุดม ทองประเสริฐ (ญาติ)", "อุดม ทองประเสริฐ"),
    ],
)
def test_a_person_field_holds_a_name_even_when_the_given_name_is_a_word(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "ผู้ป่วย: ปวดหัว มาก ตั้งแต่เมื่อวาน",
        "ลูกค้า: ต้องการ ยกเลิกบริการ",
        "ลูกค้า: เอ่อ สวัสดีค่ะ ขอสอบถามหน่อย",  # a speaker's turn in a transcript
        "ผู้ให้บริการ: สยาม ฟาร์มาซี",  # an organisation's label
        "ผู้ขาย: บริษัท สยามฟาร์มา จำกัด",
        "ผู้รับผิดชอบ: ฝ่าย ไอทีซัพพอร์ต",
    ],
)
def test_other_field_values_are_no_names(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Present: Wasana Ruangrit (union president), Sunisa Saengarun (union treasurer)",
         ["Wasana Ruangrit", "Sunisa Saengarun"]),
        ("Attendees: Witsanu Janhom, Sunisa Saengarun and Peter Smith",
         ["Witsanu Janhom", "Sunisa Saengarun", "Peter Smith"]),
        ("Sponsor: Kim Min-jun (kim94@gmail.com)", ["Kim Min-jun"]),
        ('{"flight":"WE 271","pax":"PAKORN THAMMAWONG","doc":"AB3737169"}', ["PAKORN THAMMAWONG"]),
    ],
)
def test_every_name_of_a_list_of_people_is_found(text: str, names: list[str]) -> None:
    assert [n for n in _persons(text) if n in names] == names


@pytest.mark.parametrize(
    "text",
    [
        "Customer: Somchai Jaidee, Bangkok Bank, Silom branch",  # a company after the person
        "Contact: Somchai Jaidee; Marketing Department",
    ],
)
def test_a_list_goes_on_only_with_names(text: str) -> None:
    assert _persons(text) == ["Somchai Jaidee"]


@pytest.mark.parametrize("text", ["At present Bangkok Bank offers 2% interest.", "The resident doctor will see you.",
                                  "Sponsor: Bangkok Bank"])
def test_the_new_labels_need_a_name_after_them(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Boarding roster:\n1. Phurinat Kitcharoen, Grade 8, Hmong\n2. Thanchanok Tantiwong, Grade 7, Lisu",
         ["Phurinat Kitcharoen", "Thanchanok Tantiwong"]),
        ("แม่นุ่น: วันนี้พี่สาวมารับนะคะ\nพ่อเฟิร์น: ผมติดประชุมครับ", ["เฟิร์น"]),
        ("ห้อง 1208 พี่เอิร์ธ: ห้องข้างๆ ตะโกนทุกคืน", ["เอิร์ธ"]),
        ('"ชื่อแบงค์นะคะ วันนี้ขอสอบถามค่ะ"', ["แบงค์"]),
        ("Probationer: Narongsak Wongyai of 287 Soi Phahonyothin 48", ["Narongsak Wongyai"]),
    ],
)
def test_chat_labels_rosters_and_self_introductions(text: str, names: list[str]) -> None:
    found = _persons(text)
    assert all(any(name in value for value in found) for name in names)


@pytest.mark.parametrize(
    "text",
    ["Steps:\n1. Open Settings, Grade 8 view\n2. Select Account", "แม่ค้า: โอเคค่า ส่งพรุ่งนี้", "พี่เลี้ยง: เด็กหลับแล้วค่ะ",
     "ชื่อซ้ำค่ะ กรุณาตั้งใหม่", "ชื่อเสียงนะคะ สำคัญมาก"],
)
def test_menus_trades_and_words_after_the_cue_are_no_names(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "nick"),
    [("Student: Supawadee Phothong (goes by Gift), Grade 10", "Gift"), ("Somchai, aka Noi, called today", "Noi"),
     ("Kanya Srisuk, she goes by Bam at work", "Bam")],
)
def test_a_nickname_after_the_words_that_introduce_one(text: str, nick: str) -> None:
    assert nick in _persons(text)


@pytest.mark.parametrize("text", ["Payment goes by Visa or Mastercard", "The campus is known as Rangsit among students"])
def test_goes_by_and_known_as_of_things_name_no_one(text: str) -> None:
    assert _persons(text) == []
