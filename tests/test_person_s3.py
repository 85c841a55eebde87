"""PERSON kinds added in session 3: names found by letter/chat structure, self-introductions,
pronouns glued to a full name, nicknames after คุณ, chat speakers, SQL/CSV rows, and the
false positives the new rules must not make. Every name here is fabricated."""

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
        # self-introductions
        ("Good morning, this is Warunee Khamsuk from the billing team.", "Warunee Khamsuk"),
        ("I'm Trevor Oakes, the tenant of unit 4B, and my deposit is late.", "Trevor Oakes"),
        ("Dear Ajarn,\nI am Sirilak Phonthep, section 2, and I missed the quiz.", "Sirilak Phonthep"),
        ("hello there, my name is Gwen and I need help", "Gwen"),
        # cues that name a person
        ("Shipment held at depot. Consignee: Rattana Boonmee, 88/1 Moo 4", "Rattana Boonmee"),
        ('{"pan": "5500 0000 0000 0004", "holder": "Maren Fiske", "exp": "09/29"}', "Maren Fiske"),
        ("Client: Oskar Lindqvist, tel +66 81 000 1234\nReason: second opinion", "Oskar Lindqvist"),
        ("กรุณาแปล: เรียน Harriet Vance ใบอนุญาตทำงานของท่านได้รับการต่ออายุแล้ว", "Harriet Vance"),
        # a sign-off, then the writer's name on its own line
        ("See the attached quote.\n\nKind regards,\nPornthip Saengdao\nRegional Sales | Acme", "Pornthip Saengdao"),
        ("Let me know.\nCheers,\nDmitri\n", "Dmitri"),
        ("แนบใบเสนอราคามาให้แล้วค่ะ\nขอแสดงความนับถือ\nอรอุมา ทองประเสริฐ\nฝ่ายขาย", "อรอุมา ทองประเสริฐ"),
        # an identifier, e-mail or age in brackets after a full name
        ("Please approve: Colin Hartley (ext. 3051) needs a ramp at gate B.", "Colin Hartley"),
        ("Volunteer spotlight: Ingrid Solberg (ingrid.s@mailbox.example) coaches the kids.", "Ingrid Solberg"),
        # bulleted lists with the person's role
        ("Roster:\n- Priya Raman, night-shift supervisor, is on leave\n", "Priya Raman"),
        ("Team:\n• Tomas Novak (forklift driver) starts Monday\n", "Tomas Novak"),
    ],
)
def test_english_names_found_by_structure(rec: PersonRecognizer, text: str, name: str) -> None:
    assert name in _names(rec, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # pronouns and service nouns glued to a full name
        ("กระผมวรเชษฐ์ ศรีสวัสดิ์ ขอแจ้งย้ายที่อยู่", "วรเชษฐ์ ศรีสวัสดิ์"),
        ("สวัสดีค่ะ ดิฉันกัลยกร เพชรประดับ ต้องการยกเลิกบัตร", "กัลยกร เพชรประดับ"),
        ("ผู้รับบริการพัชรมน แสงสุวรรณ อายุ 31 ปี มาตามนัด", "พัชรมน แสงสุวรรณ"),
        # rare ranks before a name and a surname built of ordinary words
        ("ผู้ถือกรมธรรม์ ว่าที่ร.ต.ธนกฤตย์ ดิสกะประกาย ต่ออายุแล้ว", "ว่าที่ร.ต.ธนกฤตย์ ดิสกะประกาย"),
        # nicknames after คุณ, also when made of ordinary words
        ("ฝากบอกคุณมายด์ (สาขาลาดพร้าว) ว่าของมาถึงแล้ว", "คุณมายด์"),
        ("ขอบคุณคุณน้ำหวาน ที่สั่งเค้ก 2 ปอนด์", "คุณน้ำหวาน"),
        # an untitled pair whose given name leaves no doubt
        ("บันทึก exit interview: ปุณณวิช ตันเผ่า ลาออกเพราะย้ายบ้าน", "ปุณณวิช ตันเผ่า"),
    ],
)
def test_thai_names_after_pronouns_ranks_and_khun(rec: PersonRecognizer, text: str, name: str) -> None:
    assert name in _names(rec, text)


def test_chat_speakers_after_a_time_or_on_repeated_lines(rec: PersonRecognizer) -> None:
    timed = "สรุปแชทนี้ให้หน่อย\n09:02 เมย์: สวัสดีค่ะ ขอจองคิว\n09:03 Admin: ได้ค่ะ\n09:05 เมย์: ขอบคุณค่ะ"
    found = _names(rec, timed)
    assert found.count("เมย์") == 2
    assert "Admin" not in found
    bracketed = "[14:10] Jomkwan: is the parcel here?\n[14:12] Bot: checking"
    assert _names(rec, bracketed) == ["Jomkwan"]
    untimed = "แก้ม: ถึงยัง\nแอดมิน: กำลังส่งค่ะ\nแก้ม: โอเคค่ะ"
    assert _names(rec, untimed) == ["แก้ม", "แก้ม"]


def test_form_labels_and_role_speakers_are_not_names(rec: PersonRecognizer) -> None:
    form = "ที่อยู่: 12 ถนนสุขุมวิท\nหมายเหตุ: ส่งช่วงเช้า\nสถานะ: รอชำระ"
    assert _names(rec, form) == []
    roles = "10:01 ลูกค้า: สินค้าเสีย\n10:02 เจ้าหน้าที่: ขออภัยค่ะ\n10:03 ระบบ: ปิดเคส"
    assert _names(rec, roles) == []


def test_sql_and_csv_rows_next_to_other_personal_columns(rec: PersonRecognizer) -> None:
    sql = (
        "INSERT INTO members (full_name, phone, joined_at) VALUES\n"
        "('ชนิดา บุญเรือง', '081-000-1111', NOW()),\n('Felix Brandt', '082-000-2222', NOW());"
    )
    assert _names(rec, sql) == ["ชนิดา บุญเรือง", "Felix Brandt"]
    csv = "mrn,patient,ward\nA-1001,สุดารัตน์ คงมั่น,5B\nA-1002,Olga Petrenko,6A\n"
    assert _names(rec, csv) == ["สุดารัตน์ คงมั่น", "Olga Petrenko"]


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ajarn, please find my report attached.",
        "Dear Kru,\nthank you for the lesson.",
        "This is Central World, the mall near Siam.",
        "I am Data Scientist at a bank.",
        "id,name,price,stock\n1,Fresh Mango,59,120\n",
        "Menu:\n- Green Curry, spicy, 120 baht\n- Pad Thai, 90 baht\n",
        "Notes:\n1. Night Shift (staff only)\n2. Day Shift (staff only)\n",
        "Thanks,\nCustomer Service Team\n",
        "ขอบคุณค่ะ\nฝ่ายบริการลูกค้า\n",
        "ขอบคุณคุณภาพดีมาก ส่งไว",
    ],
)
def test_structures_without_a_person(rec: PersonRecognizer, text: str) -> None:
    assert _names(rec, text) == []


def test_ajarn_is_a_title_before_a_name(rec: PersonRecognizer) -> None:
    assert _names(rec, "Dear Ajarn Kittisak Pholsri, thank you.") == ["Ajarn Kittisak Pholsri"]
