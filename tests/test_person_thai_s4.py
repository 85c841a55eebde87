"""Round 5: foreign names in Thai script (Burmese, Lao, Malay) in strong slots.

The slot (a role noun or cue and a space, a name column, a list item before personal fields,
a form label alone on its line) says a person comes next; the name is accepted when it is no
ordinary Thai and has a surname-shaped second word or the syllables of a foreign name. The
negatives use the same nouns before ordinary Thai. All names are fabricated.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.person import PersonRecognizer


@pytest.fixture(scope="module")
def rec() -> PersonRecognizer:
    return PersonRecognizer()


def _names(rec: PersonRecognizer, text: str) -> list[str]:
    return [text[s.start : s.end] for s in rec.find(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ลูกความ ละโมซอ ขอเลื่อนนัดไต่สวน", "ละโมซอ"),
        ("ผู้ต้องหา ทูนซูเอ ถูกจับพร้อมของกลาง", "ทูนซูเอ"),
        ("ข้าพเจ้า  มินซอซู  อายุ  25  ปี", "มินซอซู"),
        ("ขอมอบอำนาจให้ คำเพ็ด สุวงสา เป็นผู้ดำเนินการแทน", "คำเพ็ด สุวงสา"),
        ("ที่ประชุมมีมติแต่งตั้ง อาซัน ลาอาแว เป็นกรรมการแทน", "อาซัน ลาอาแว"),
        ("สมาชิก อาตีมะห์ ยูลี ร้องเรียนเรื่องเงินปันผล", "อาตีมะห์ ยูลี"),
        ("พนักงาน พอนสะหวัน แก้วมะนี แผนกขาย ลาป่วย", "พอนสะหวัน แก้วมะนี"),
        ("please translate: ผู้ป่วย มูฮัมเลาะ ดอลี HN 12345", "มูฮัมเลาะ ดอลี"),
        ("ลูกค้า โมละทิดา 0812345678 รับยาทุกวัน", "โมละทิดา"),
    ],
)
def test_foreign_name_after_role_noun(rec: PersonRecognizer, text: str, name: str) -> None:
    assert name in _names(rec, text)


def test_foreign_names_in_list_items(rec: PersonRecognizer) -> None:
    text = "ทะเบียนแรงงาน:\n1) เอละอ่อง สัญชาติเมียนมา โทร +95 9 752 831543\n2) จันสอน วงยะวง สัญชาติลาว อายุ 30 ปี"
    found = _names(rec, text)
    assert "เอละอ่อง" in found and "จันสอน วงยะวง" in found


def test_foreign_name_in_name_columns(rec: PersonRecognizer) -> None:
    csv = 'awb,consignee,phone,cod\nKEX1,หม่องมิน,0617537600,0\nKEX2,แวรอฮิม มะและ,0645185896,250\n'
    assert {"หม่องมิน", "แวรอฮิม มะและ"} <= set(_names(rec, csv))
    semi = "รหัส;ผู้ปกครอง;เบอร์\n72188;ซูยะ กาเลาะ;0942295326\n87331;ทองไซ แก้วสะหวัด;0608279863\n"
    assert {"ซูยะ กาเลาะ", "ทองไซ แก้วสะหวัด"} <= set(_names(rec, semi))


def test_value_on_the_line_after_a_name_label(rec: PersonRecognizer) -> None:
    assert "จอมินโม" in _names(rec, "ใบส่งตัว\nชื่อ\nจอมินโม\nเลข HN\n3036021")


def test_chat_under_an_app_header(rec: PersonRecognizer) -> None:
    found = _names(rec, "[Messenger]\nฟ้า: พรุ่งนี้ไปไหม\nอ้อม: ไปดิ\n---\nแปลเป็นอังกฤษ")
    assert "ฟ้า" in found and "อ้อม" in found


@pytest.mark.parametrize(
    "text",
    [
        "ลูกค้า ไม่พอใจ บริการหลังการขาย",
        "ผู้ป่วย นอก ต้องยื่นบัตรคิวก่อน",
        "ผู้โทร เข้ามาสอบถามเรื่องค่าบริการจำนวนมาก",
        "สมาชิก ทุกคนต้องจ่ายค่าบำรุงรายปี",
        "ที่ประชุมมีมติแต่งตั้ง คณะกรรมการ ชุดใหม่",
        "พนักงาน ใหม่ต้องผ่านการอบรม",
        "ลูกความ ทะเลาะวิวาทกับคู่กรณี",
        "ข้าพเจ้า ขอรับรองว่าข้อมูลถูกต้อง",
        "ลูกค้า ซอยเดียวกันสั่งการ์ตูนเพิ่ม",
        "มอบอำนาจให้ ผู้จัดการสาขา ดำเนินการแทน",
        "รหัส;ผู้ปกครอง;เบอร์\n1;ไม่ระบุ;-\n2;ไม่มี;-\n",
        "ชื่อ\nสินค้าใหม่\nราคา\n120",
        "[LINE]\nโปรโมชั่นเดือนนี้ลดราคา 20%\nสั่งซื้อได้ที่ร้าน",
    ],
)
def test_ordinary_thai_in_the_same_slots_is_no_name(rec: PersonRecognizer, text: str) -> None:
    assert _names(rec, text) == []
