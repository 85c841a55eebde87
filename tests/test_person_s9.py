"""Session 9: names in exports, transcripts and signatures (fabricated names and numbers)."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.engine import get_engine


def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in get_engine().analyze(text) if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A payroll upload splits the name in two columns, in capitals.
        (
            "SEQ,LAST_NAME,FIRST_NAME,ACCOUNT_NO,AMOUNT\n1,KITTIWONG,WUTTICHAI,4859931513,47281.00\n"
            "2,Kaewmanee,Onanong,2409812649,29876.00\n",
            ["KITTIWONG", "WUTTICHAI", "Kaewmanee", "Onanong"],
        ),
        # A fingerprint scanner's export: a user id column makes "NAME" a person's.
        ("USERID,NAME,FINGER_INDEX\nE512691,SUPHAKON YIMYAM,1\nE26098,PONGSAKORN CHOTCHUANG,6\n",
         ["SUPHAKON YIMYAM", "PONGSAKORN CHOTCHUANG"]),
        # A social-security file: a cell with only a title, then the given name and the surname.
        ("H|0505953970|000001|10/2568\n1512004397695|นาย|เอกราช|พึ่งบุญ|9618.00|480.90\n"
         "5816267537084|น.ส.|จิราภา|สมบูรณ์ชัย|25222.00|750.00\n",
         ["เอกราช", "พึ่งบุญ", "จิราภา", "สมบูรณ์ชัย"]),
        ("no,title,given,surname\n1,Mrs,Kanya,Srisuk\n", ["Kanya", "Srisuk"]),
    ],
)
def test_names_in_exports_are_found_cell_by_cell(text: str, names: list[str]) -> None:
    assert _persons(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[00:00:04] Agent(Aom): ธนาคาร สวัสดีค่ะ", "Aom"),
        ("AGENT (Tony): Thank you for calling, how can I help?", "Tony"),
        ("Customer message (Boonmee Wongsawat): Hi, I ordered the kit", "Boonmee Wongsawat"),
        ("Manager comment (Tony): reliable, fast learner", "Tony"),
        ("Bella (seller): hello ka, order นี้ ship แล้วนะคะ", "Bella"),
        # An agent's "I" and name before the service greeting, the name glued to the pronoun.
        ("ธนาคาร สวัสดีค่ะ ดิฉันออม ยินดีให้บริการค่ะ", "ออม"),
        ("สวัสดีครับ ผมต้น ยินดีให้บริการครับ", "ต้น"),
        # An agent noun as a record's key, and a nickname before a romanised Thai name.
        ("Interviewer: Somchai Kittiwong\nScore: 4/5", "Somchai Kittiwong"),
        ("Investigator: Onanong Wongsawat", "Onanong Wongsawat"),
        ("Interviewer: Max Kittiwong\n", "Max Kittiwong"),
        ("Seller contact: Grace Wisetsuwan <grace.w@example.com>", "Grace Wisetsuwan"),
        ("ผู้รีวิว: Earth Supawadee ⭐⭐", "Earth Supawadee"),
    ],
)
def test_speakers_and_record_keys_name_people(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Step (Optional): run the migration",
        "Note (Admin): the queue is empty",
        "Agent note (Collections): follow up next week",
        "สวัสดีครับ ผมยินดีให้บริการครับ",
        "Server: Apache Tomcat\nCarrier: Kerry Express",
        "Branch: Central Ekkamai\nOpening hours: 10:00-21:00",
        "To: Regional HR\nSubject: headcount plan",
        "Complainant: see attached (Teller)",
        "Policy HR-17\n1. Prayer rooms are used by employees of any faith.\n2. During Ramadan, Muslim employees may "
        "request a shifted schedule.",
        "> Customer Care Specialist\n> Rungrueang Printing Co., Ltd.",
    ],
)
def test_roles_departments_and_places_are_not_names(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Turn this into a timeline.\n\n[Pawarisa]: victim reports a SIM swap\n[Pawarisa]: swap done at a dealer shop",
         ["Pawarisa", "Pawarisa"]),
        ("rota. Constraints from the team:\n- Teerawat Wongpaisal: can't take Sunday mornings\n"
         "- Malai Panyawong: no nights in week 2\n", ["Teerawat Wongpaisal", "Malai Panyawong"]),
        ("Standup Ops 9:30\n- อิทธิพล: billing run ช้า 40 นาที\n- อนันต์: VIP escalation", ["อิทธิพล", "อนันต์"]),
        ("incident channel:\n\n[Thanakrit Petcharat] 10:41  found raw PANs\n[Malai] 10:44  from the retry path",
         ["Thanakrit Petcharat", "Malai"]),
        # Plain labels: a timeline's speaker, a Slack export's author and time.
        ("Turn this thread into a timeline.\n\nPawarisa: swap done at a dealer shop\nPawarisa: case opened\n"
         "sec-bot: ticket SEC-2199", ["Pawarisa", "Pawarisa"]),
        ("Summarise:\n\nThanakrit Petcharat 10:41  found raw PANs in logs\nMalai 10:44  that's from the retry path",
         ["Thanakrit Petcharat", "Malai"]),
        ("rota:\n- Busaba Limprasert: no nights in week 2\n- Supawadee Inkaew: prefers weekdays",
         ["Busaba Limprasert", "Supawadee Inkaew"]),
    ],
)
def test_line_labels_of_chats_and_notes_name_their_people(text: str, names: list[str]) -> None:
    assert _persons(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "- Pros: fast\n- Cons: slow\n- Owner: team\n[INFO]: started\n[INFO]: done",
        "- ราคา: 100 บาท\n- สี: แดง\n- ขนาด: XL\n- สถานะ: ส่งแล้ว",
        "- Bangkok: 3 branches\n- Phuket: 2 branches",
        "Note: a\nSummary: b\nStatus: c\nReason: d\nChiang Mai: 3\nHat Yai: 4\nMain Points: x\nAction Items: y",
        "อาการ: ไอ\nที่อยู่: 12 ถนน\nลูกค้า: สวัสดี\nลูกค้า: ครับ",
        "ที่ อยู่ : 81/5 หมู่ 1\nการ วินิจฉัย : โรคแพนิค",  # OCR'd keys with a space in them
    ],
)
def test_line_labels_that_are_fields_or_places_are_no_names(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ช่วยสรุปข่าวนี้ 3 บรรทัด\n\nนายกรัฐมนตรี อนุทิน ชาญวีรกูล เปิดเผยหลังประชุม ครม. ขณะที่ นายณัฐพงษ์ "
        "เรืองปัญญาวุฒิ หัวหน้าพรรคประชาชน ในฐานะผู้นำฝ่ายค้าน ระบุว่าจะยื่นญัตติ",
        "Summarise this news in 2 lines: the government will push the scheme, while opposition leader Pita "
        "Limjaroenrat called it fiscally risky.",
    ],
)
def test_office_holders_in_the_news_are_public_figures(text: str) -> None:
    assert [f.entity_type for f in get_engine().analyze(text)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Not a request about the news: a complaint naming the minister's name stays a name.
        ("ร้องเรียน: นายกรัฐมนตรี อนุทิน ชาญวีรกูล ยังไม่ตอบหนังสือของผม", "อนุทิน ชาญวีรกูล"),
        # A company's director in the news is a private person in his role.
        ("สรุปข่าวนี้: ผู้อำนวยการ นายสมชาย ใจดี ของบริษัทแจ้งว่า", "นายสมชาย ใจดี"),
    ],
)
def test_other_names_with_offices_stay_names(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("This is to certify that Hannelore Whitcombe, holder of passport TR3781614, born", "Hannelore Whitcombe"),
        ("Reference: Haruka Lindqvist, former manager, 044 291828", "Haruka Lindqvist"),
        ("reply for foreign customer. He is Yusuke Yamaguchi, account 738-790-6384.", "Yusuke Yamaguchi"),
        ("Public Prosecutor v. Tanawat Tongkham\nThe defendant", "Tanawat Tongkham"),
        ("Customer name KAEWMANI, SOMKIAT , postpaid no. +66 (0) 66 223 3631", "KAEWMANI, SOMKIAT"),
        ("ชื่อในพาสปอร์ต: INTARASOMBAT, ANUWAT", "INTARASOMBAT, ANUWAT"),
    ],
)
def test_foreign_and_inverted_names_with_person_evidence(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize("text", ["ERROR, WARNING, INFO: disk full", "Ship to: BANGKOK, THAILAND",
                                  "Central World (+66 2 021 9999)"])
def test_capitals_and_places_are_not_inverted_names(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("เลขนิติ: 0105579231198\nเจ้าของ: มิโปะ คีรีมาศ บัตร 1675207653540", "มิโปะ คีรีมาศ"),
        ("ผู้รับบริการ: จะหยี แซ่ย่าง\nชาติพันธุ์: ลีซู", "จะหยี แซ่ย่าง"),
        ("ลงชื่อผู้ขอเอาประกัน หน่อเปาะ เบเชอ", "หน่อเปาะ เบเชอ"),
        ("ลงชื่อ นางสาว กาญจนศิลป์ชัย ผู้ให้ถ้อยคำ", "นางสาว กาญจนศิลป์ชัย"),
    ],
)
def test_names_in_thai_script_without_a_thai_names_shape_fill_a_persons_label(text: str, name: str) -> None:
    assert _persons(text) == [name]


def test_a_label_followed_by_an_address_keeps_the_address_apart() -> None:
    text = "ชื่อ ชุติมา ศรีวิเศษ บ้านเลขที่ 42/44 หมู่ 9 ต.บางรักพัฒนา อ.บางบัวทอง จ.นนทบุรี 11110"
    found = [(f.entity_type, text[f.start : f.end]) for f in get_engine().analyze(text)]
    assert ("PERSON", "ชุติมา ศรีวิเศษ") in found
    assert any(t == "ADDRESS" and v.endswith("11110") for t, v in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("สวัสดีค่ะ แพร นะคะ อยากโอนแต้ม", "แพร"),
        ("แอดครับ ผมนัท ไรเดอร์โซนดอนเมือง โดนปิดบัญชี", "นัท"),
        ("ของหนูต่าย รหัส 67-355-3118", "ต่าย"),
        ("ช้ามากกก ชื่อ จ๋า เบอ 0947265063 ค่ะะ", "จ๋า"),
        ("ไม่อุดหนุนแล้ว 😤😤 แพร 068-345-6365", "แพร"),
        ("ชื่อผู้สั่ง ก้อย โทร 0993632075", "ก้อย"),
    ],
)
def test_chat_nicknames_in_the_slots_people_give_them(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize("text", ["ได้เลย 081-234-5678", "ฝากเบอร์ด้วยนะ 081-234-5678", "ยอดรวม 2 ชิ้น ส่งด่วน 089-123-4567",
                                  "ชื่อสินค้า เบอร์ 5"])
def test_replies_before_a_phone_are_no_nicknames(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cardholder Oliver Grant disputes a charge on 3530 5926", "Oliver Grant"),
        ("Passenger Henrik Nilsson reports a delayed bag", "Henrik Nilsson"),
        ("Carer: Markus Vogel.", "Markus Vogel"),
    ],
)
def test_european_given_names_after_a_role(text: str, name: str) -> None:
    assert name in _persons(text)
