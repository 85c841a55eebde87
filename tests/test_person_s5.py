"""PERSON, session 5: families of misses and false alarms seen on the retired blind set (freshset6)
and the known leftovers of freshset5, each checked on new wording with fabricated names, with the
negatives that the same rule must leave alone.

* speakers: role abbreviations (จนท:, พนง:, ลค:) and fillers ("Caller: Uh,") are no names; names in
  brackets at line starts, Thai full-name labels, LINE's tab-separated export;
* tables: psql output, columns named by a person's part (guest, donor, ผู้กู้, buyer_name), a
  single given name per cell, a payroll "emp,name" export;
* Chinese-Thai clan surnames (แซ่ + one syllable); prepositions and verbs glued to a name;
* English: more name keys and cues, informal "prof"/"dr", "We, X and Y", names spelled in a nearby
  e-mail address, passenger names in PNR element numbers and SSR DOCS, e-mail signatures;
* aliases in brackets, call-centre agents, kinship + nickname, people joined by กับ/และ.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.person import PersonRecognizer
from tests.conftest import names_found as _found


@pytest.fixture(scope="module")
def recognizer() -> PersonRecognizer:
    return PersonRecognizer()



def _covers(found: list[str], name: str) -> bool:
    """True when some finding holds ``name`` or lies inside it (spans may differ by a title)."""
    return any(name in f or f in name for f in found)


# --------------------------------------------------------------------------- speakers
@pytest.mark.parametrize(
    "text",
    [
        "[09:00] จนท: ศูนย์บริการ สวัสดีครับ\n[09:02] ผู้โทร: สวัสดีค่ะ\n[09:05] จนท: ขอเลขบัตรด้วยครับ",
        "พนง: ขอทราบเบอร์ค่ะ\nลค: 081 000 0000 ค่ะ\nพนง: ขอบคุณค่ะ\nลค: ค่ะ",
        "Agent: May I have the booking code?\nCaller: Um, ZX81234.\nAgent: Thank you.",
        "[ด่วน] ปิดปรับปรุงระบบคืนนี้\n[ประกาศ] วันหยุดเดือนหน้า\n[ด่วน] ตรวจสอบยอดคงเหลือ",
    ],
)
def test_role_labels_fillers_and_tags_are_no_names(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


def test_bracketed_speakers_in_a_pasted_group_chat(recognizer: PersonRecognizer) -> None:
    text = "สรุปแชตนี้ให้หน่อย\n[ปุ๊กกี้] พรุ่งนี้เข้ากะเช้านะ\n[แพรวา] โอเค เดี๋ยวบอกหัวหน้า\n[ปุ๊กกี้] อย่าลืมเอกสารด้วย"
    found = _found(recognizer, text)
    assert found.count("ปุ๊กกี้") == 2 and "แพรวา" in found


def test_role_then_name_in_brackets(recognizer: PersonRecognizer) -> None:
    text = "Chat log:\n[Customer] Hi, my parcel is late.\n[Agent Sirikanya] Sorry to hear that!"
    assert "Sirikanya" in _found(recognizer, text)


def test_thai_full_name_speaker_labels(recognizer: PersonRecognizer) -> None:
    text = "--- export ---\nบัวผัน สีหาวง: อยากนัดตรวจค่ะ\nคลินิก: ได้ค่ะ\nบัวผัน สีหาวง: วันเสาร์สะดวกค่ะ"
    assert _found(recognizer, text).count("บัวผัน สีหาวง") == 2


def test_two_word_labels_that_are_no_names(recognizer: PersonRecognizer) -> None:
    text = "ลูกค้า ตอบ: ได้ครับ\nลูกค้า ตอบ: ไม่เอาครับ\nที่อยู่ ใหม่: 12 หมู่ 3\nที่อยู่ ใหม่: 14 หมู่ 5"
    assert _found(recognizer, text) == []


def test_line_chat_export_with_tabs(recognizer: PersonRecognizer) -> None:
    text = "2026.01.03 Saturday\n20:11\tแม่ค้าน้ำหวาน\tพรุ่งนี้มีผักสดค่ะ\n20:15\tเกศรา มณีวงศ์\tจองสองกำค่ะ"
    found = _found(recognizer, text)
    assert "เกศรา มณีวงศ์" in found and "แม่ค้าน้ำหวาน" in found
    clock = "08:30\tเข้างาน\tประตู 1\n12:00\tพักเที่ยง\tประตู 2\n17:30\tออกงาน\tประตู 1"
    assert _found(recognizer, clock) == []  # a time clock's log has the same shape


def test_group_chat_header_spelled_with_t(recognizer: PersonRecognizer) -> None:
    text = "แชตครอบครัว:\nพี่ต่อ: พรุ่งนี้ไปรับยายนะ\nน้อง: ได้เลย"
    assert _covers(_found(recognizer, text), "ต่อ")


# --------------------------------------------------------------------------- titles
@pytest.mark.parametrize("text", ["ลำดับ 3 นายเสือ ใจกล้า", "ศาลพิพากษาว่าจำเลยที่ 1 นายเสือ ใจกล้า มีความผิด"])
def test_title_after_an_ordinal_is_a_name(recognizer: PersonRecognizer, text: str) -> None:
    assert "นายเสือ ใจกล้า" in _found(recognizer, text)


def test_title_after_a_count_is_still_no_name(recognizer: PersonRecognizer) -> None:
    assert _found(recognizer, "เจ้าหน้าที่ 30 นายเข้าตรวจค้นพื้นที่") == []


# --------------------------------------------------------------------------- tables
def test_psql_output_name_column(recognizer: PersonRecognizer) -> None:
    text = (
        " id |      full_name      |  dob\n----+---------------------+------------\n"
        "  7 | บุนมี สีหาราช | 1990-01-02\n  9 | คำแสง พิลาวง | 1985-05-06\n(2 rows)\n"
    )
    found = _found(recognizer, text)
    assert "บุนมี สีหาราช" in found and "คำแสง พิลาวง" in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("room,guest,passport,mobile\n1204,Karin Holt,XK1234567,+66810000001\n", ["Karin Holt"]),
        ('"donor";"email";"card"\n"Somsri Kaewmanee";"s.kaew@mail.example";"4111"\n', ["Somsri Kaewmanee"]),
        (
            "| ผู้กู้ | รายได้ | บัญชี | มือถือ |\n|---|---|---|---|\n| คำแสง พิลาวง | 25,000 | 111-2-33333-4 | 081-000-0000 |",
            ["คำแสง พิลาวง"],
        ),
        ("order\tbuyer_name\tsku\tqty\nA1\tเซ่งลี้ โค้วสกุล\tSKU-1\t2\n", ["เซ่งลี้ โค้วสกุล"]),
        ("emp,name,amount\n1001,บุนมี สีหาราช,120\n1002,คำแสง พิลาวง,120\n", ["บุนมี สีหาราช", "คำแสง พิลาวง"]),
        ("| ชื่อ | เชื้อชาติ | เบอร์โทร |\n|---|---|---|\n| ยามิน ซอ ทุน | พม่า | 0820000000 |", ["ยามิน ซอ ทุน"]),
    ],
)
def test_columns_named_by_the_persons_part(recognizer: PersonRecognizer, text: str, names: list[str]) -> None:
    found = _found(recognizer, text)
    for name in names:
        assert name in found


def test_single_given_names_in_a_name_column(recognizer: PersonRecognizer) -> None:
    text = "| รหัส | ชื่อ | เบอร์ผู้ปกครอง |\n|---|---|---|\n| 101 | ภูมิรพี | 081-111-1111 |\n| 102 | ปัณณวัฒน์ | 081-222-2222 |"
    found = _found(recognizer, text)
    assert "ภูมิรพี" in found and "ปัณณวัฒน์" in found


def test_name_columns_leave_organisations_and_products(recognizer: PersonRecognizer) -> None:
    text = (
        "| ชื่อ | ที่อยู่ | เบอร์ |\n|---|---|---|\n| บริษัท ไทยรุ่งเรือง | 1 ถนนสุขุมวิท | 02-000-0000 |\n"
        "| ร้านยาเภสัช | 2 ถนนพหลโยธิน | 02-000-0001 |"
    )
    assert _found(recognizer, text) == []
    assert _found(recognizer, "product,sku,price\nGreen Tea,SKU-1,59\n") == []


# --------------------------------------------------------------------------- Thai prose
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ลำดับ 1  เซ่งฮวด แซ่อึ้ง  เลขประจำตัว 1-1234-12345-12-1", "เซ่งฮวด แซ่อึ้ง"),
        ("ผู้ต้องหา กิมฮวย แซ่เตียว ให้การรับสารภาพ", "กิมฮวย แซ่เตียว"),
        ("แจ้งเฮียงเง็ก แซ่ตั้ง ให้ชำระภายในวันนี้", "เฮียงเง็ก แซ่ตั้ง"),
    ],
)
def test_clan_surnames(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(recognizer, text)


@pytest.mark.parametrize("text", ["ส้มตำร้านนี้ แซ่บมาก", "ประชาชน แซ่ซ้อง สรรเสริญ"])
def test_sae_words_that_are_no_clan_names(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ผลตรวจความเป็นบิดาระหว่างธนากร ศรีประเสริฐพันธุ์ และเด็กชายคนนี้", "ธนากร ศรีประเสริฐพันธุ์"),
        ("ฝ่ายบุคคลเรียกชลิตา ภูมิวัฒนสกุลไปพบ", "ชลิตา ภูมิวัฒนสกุล"),
    ],
)
def test_prepositions_and_verbs_glued_to_a_name(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert _covers(_found(recognizer, text), name)


def test_glued_verbs_before_ordinary_words(recognizer: PersonRecognizer) -> None:
    assert _found(recognizer, "ฝ่ายบุคคลเรียกประชุม ด่วนมาก และติดต่อกลับ ภายในวันนี้") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ชาวบ้านร้องเรียนว่า ผู้ใหญ่บ้านสุขกานต์ ทองดีรัตน์ รับเงิน", "สุขกานต์ ทองดีรัตน์"),
        ("สามี (ทองใบ ดีมาก) ไม่ยินยอม", "ทองใบ ดีมาก"),
        ("ผู้โอน: สอนจัน สีสุวง (1-1111-11111-11-1)", "สอนจัน สีสุวง"),
        ("โจทก์ คำพอน อินทะวง ยื่นฟ้อง", "คำพอน อินทะวง"),
    ],
)
def test_posts_and_parties_before_a_name(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert _covers(_found(recognizer, text), name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ชื่อ สมใจ รักษ์ไทย (SOMJAI RAKTHAI) พาสปอร์ต AA0000000", "SOMJAI RAKTHAI"),
        ("1) พรทิพย์ ใจงาม (เฟิร์ส) มาตรวจตามนัด", "เฟิร์ส"),
    ],
)
def test_aliases_in_brackets_after_a_name(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(recognizer, text)


def test_roles_in_brackets_after_a_name_are_no_alias(recognizer: PersonRecognizer) -> None:
    found = _found(recognizer, "นายสมหมาย ใจดี (น้องชาย) และนางสาวพรรณี ใจดี (บุตร) มาด้วย")
    assert not any(f in ("น้องชาย", "บุตร") for f in found)


def test_call_centre_agent_says_her_name(recognizer: PersonRecognizer) -> None:
    text = "AGENT: สวัสดีค่ะ ศูนย์บริการลูกค้า ศิริกานดา รับสายค่ะ\nCUST: ครับ"
    assert "ศิริกานดา" in _found(recognizer, text)
    assert _found(recognizer, "โทรไปสามรอบ ไม่มีใคร รับสายค่ะ") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('ถอดเสียง: "เอ่อ หมอคะ คือ แม่ปิ่น ค่ะ ลูกไม่สบาย"', "แม่ปิ่น"),
        ("บันทึก: ผู้โทร แพร อายุ 17 ขอคำปรึกษา", "แพร"),
        ("ตรวจเลือดคู่สมรส วิไลวรรณ ศรีสุข กับ คำพอน แก้วมณีวง ก่อนแต่งงาน", "คำพอน แก้วมณีวง"),
        ("ข้อพิพาทระหว่าง อับดุลเลาะ มะแซ กับเจ้าของที่ดิน", "อับดุลเลาะ มะแซ"),
    ],
)
def test_nicknames_and_joined_people(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert _covers(_found(recognizer, text), name)


@pytest.mark.parametrize("text", ["แม่บ้านค่ะ", "พี่ชายครับ", "ระหว่างวันที่ 1-3 มีนาคม", "แม่ไม่อยู่ค่ะ"])
def test_kinship_words_and_between_without_names(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


# --------------------------------------------------------------------------- English
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("RENTAL FORM\nRenter: Kanokwan Sitthiphon   Passport: AB1234567", "Kanokwan Sitthiphon"),
        ("new member:\nmember: Chaiwat Sae-Tang | card on file", "Chaiwat Sae-Tang"),
        ("Nurse on duty: Warunee Phongsri\n", "Warunee Phongsri"),
        ("Please leave early today. Sign as Nadia.", "Nadia"),
        ('{"name_th": "ปรีชา ใจดี", "name_en": "Preecha Jaidee"}', "Preecha Jaidee"),
        ("hi prof Lindqvist,\nsorry for the late draft", "Lindqvist"),
        ("We, Kittiya Boonsri and Panuwat Chaiyaporn, request a hearing.", "Panuwat Chaiyaporn"),
        ("Case note — Aung Kyaw Moe, Umpiem camp.", "Aung Kyaw Moe"),
    ],
)
def test_english_cues_and_slots(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert _covers(_found(recognizer, text), name)


@pytest.mark.parametrize(
    "text",
    [
        "Member of the board approved the plan.",
        "member: Gold Tier",
        "member: Active\nplan: gold",
        "courier: Kerry Express",
        "donor: Anonymous",
        "Sign as Admin.",
        "Q3 report — Annual Leave, approved",
        "display: block; color: red",
        "the prof said the lab is closed",
    ],
)
def test_english_cue_negatives(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


def test_names_spelled_in_a_nearby_email_address(recognizer: PersonRecognizer) -> None:
    text = (
        "Top matches:\n- Duangjai Rattanakosin | id 6500000001 | duangjai1996@mail.example | 081 000 0000\n"
        "- Marcus Webb | id 6500000002 | m.webb77@mail.example"
    )
    found = _found(recognizer, text)
    assert "Duangjai Rattanakosin" in found and "Marcus Webb" in found


@pytest.mark.parametrize(
    "text",
    [
        "Celebrate Pride Month with us! Join via pride@company.example",
        "Contact Acme Logistics at acme.logistics@mail.example",
    ],
)
def test_team_mailboxes_name_no_one(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


def test_pnr_element_numbers_and_docs(recognizer: PersonRecognizer) -> None:
    text = (
        "Explain this PNR.\n 1.1SRISAWAT/KANYARAT MS 2.1BOONMEE/THANAWAT MR\n 1 TG 101 Y 10JAN BKKCNX HK2\n"
        "SSR DOCS TG HK1 P/THA/AA0000000/THA/01JAN1990/F/01JAN30/SRISAWAT/KANYARAT"
    )
    found = _found(recognizer, text)
    assert found.count("SRISAWAT/KANYARAT") == 2 and "BOONMEE/THANAWAT" in found
    assert _found(recognizer, "booking note: TCP/IP AND/OR 12/ABC/DEF") == []


def test_email_signatures(recognizer: PersonRecognizer) -> None:
    signed = "โทรกลับเบอร์นี้ได้เลยครับ\n\n-- \nวีระพงษ์ ทองคำ\n\n> On Tue, someone wrote:"
    assert "วีระพงษ์ ทองคำ" in _found(recognizer, signed)
    team = "> Nice to meet you\n\n-- \nTalent Acquisition | jobs@mail.example | ext. 10"
    assert _found(recognizer, team) == []
    closing = "make this polite:\n\nhi prof Hale,\nthe draft is late, sorry\nChanida\n"
    assert "Chanida" in _found(recognizer, closing)
    assert _found(recognizer, "Hello team,\nthe build is green.\nDeploy\n") == []


def test_name_keys_take_foreign_names_and_nicknames(recognizer: PersonRecognizer) -> None:
    assert _covers(_found(recognizer, '{"username":"ขิ่น ซอ","email":"k@mail.example"}'), "ขิ่น")
    assert "น้องโบ๊ท" in _found(recognizer, "user_1 (display name: น้องโบ๊ท): สวัสดีครับ")
    assert _found(recognizer, "display name: น้องสาว") == []


def test_thai_display_names_in_mail_headers(recognizer: PersonRecognizer) -> None:
    text = "From: หน่อง ซอ <n.s@mail.example>\nTo: ฝ่ายบุคคล <hr@mail.example>\nCc: ทีมงาน <t@mail.example>"
    assert _found(recognizer, text) == ["หน่อง ซอ"]
    assert _found(recognizer, "From: ประชาสัมพันธ์ <pr@mail.example>\nSubject: ประกาศ") == []
