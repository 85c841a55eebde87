"""PERSON, session 4: families of misses and false alarms from the development sets, each
checked on varied wording (fabricated names) with the matching negatives.

* full names alone in the cells of a name column (markdown, CSV, TSV, semicolons), no title;
* a speaker label ("Customer:", "Patient:") followed by what the speaker said is no name;
* a nickname glued between คุณ/น้อง/พี่ and ordinary words (ของคุณแบงค์ด่วน...);
* surnames coined from two ordinary words (ถนัด|รบ, ถนัด|อาวุธ) after a clear given name.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.person import PersonRecognizer
from tests.conftest import names_found as _found


@pytest.fixture(scope="module")
def recognizer() -> PersonRecognizer:
    return PersonRecognizer()



@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("| Name | Passport | DOB |\n|---|---|---|\n| Eric Anderson | AA7170066 | 14/09/2548 |", ["Eric Anderson"]),
        ("name;account;note\nEric Anderson;123-4-56789-0;VIP\nJeffrey Mack;222;-", ["Eric Anderson", "Jeffrey Mack"]),
        ("full_name,email\nCynthia Moreno,c.moreno@example.com", ["Cynthia Moreno"]),
        ("guest_name|room\nAbigail Cline|1203", ["Abigail Cline"]),
        ("Customer Name\tPhone\nChad Baxter\t0812345678", ["Chad Baxter"]),
        ("| # | Full name | Nationality |\n|---|---|---|\n| 1 | Jeffrey Mack | US |", ["Jeffrey Mack"]),
        ("ชื่อ,อายุ,อาชีพ\nEric Anderson,34,engineer", ["Eric Anderson"]),
        ("| ชื่อ-สกุล | เบอร์ |\n|---|---|\n| Abigail Cline | 0899999999 |", ["Abigail Cline"]),
    ],
)
def test_full_names_in_a_name_column_are_found(recognizer: PersonRecognizer, text: str, names: list[str]) -> None:
    found = _found(recognizer, text)
    for name in names:
        assert name in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "| Name | Price | Stock |\n|---|---|---|\n| Premium Plan | 990 | 3 |",
        "| Name | Description |\n|---|---|\n| Google Drive | cloud storage |\n| Power BI | dashboards |",
        "name,version,license\nRequests Toolbelt,1.0,MIT",
        "| Project name | Owner team | Status |\n|---|---|---|\n| Data Lake | Platform | Done |",
        "product_name;account;note\nGold Card;123;VIP",
    ],
)
def test_names_of_things_in_a_name_column_are_not_people(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Agent: ค้างชำระค่ะ\nCustomer: ตอนนี้ป่วยเป็นโรคไบโพลาร์ ยังทำงานไม่ได้ครับ",
        "Patient: ช่วงนี้กินยาแก้ซึมเศร้าอยู่ค่ะ",
        "Client: เพิ่งผ่าตัดไส้ติ่งมาเมื่อสัปดาห์ก่อน",
        "Employee: ตอนนี้รักษาโรคไทรอยด์อยู่ครับ",
        "Tenant: เดือนนี้ขอผ่อนค่าเช่าก่อนนะคะ",
    ],
)
def test_a_speaker_label_before_what_they_said_is_no_name(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Customer: สมศรี ทองดี", "สมศรี ทองดี"),
        ("Patient: กมลวรรณ สุขเจริญ อายุ 45", "กมลวรรณ สุขเจริญ"),
        ("Customer: วรัญญา", "วรัญญา"),
        ('"customer": "ปวีณ์ธิดา"', "ปวีณ์ธิดา"),
    ],
)
def test_a_role_label_before_a_name_still_names_it(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert _found(recognizer, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ยัดบัตรเลขที่5305958577766652ของคุณแบงค์ด่วนเพราะทำหาย", "คุณแบงค์"),
        ("ของคุณตาลด่วนเพราะทำหาย", "คุณตาล"),
        ("ฝากน้องมายด์ส่งของให้ด้วย", "น้องมายด์"),
        ("กระเป๋าของน้องโอ๊ตหายที่สนามบิน", "น้องโอ๊ต"),
        ("พัสดุของคุณจูนมาถึงแล้ว", "คุณจูน"),
        ("บอกคุณแพรว่าพรุ่งนี้ประชุม", "คุณแพร"),
        ("ช่วยเตือนพี่มิ้นท์ด้วยว่าพรุ่งนี้มีประชุม", "พี่มิ้นท์"),
        ("เอาของไปให้คุณตูนที่ออฟฟิศ", "คุณตูน"),
    ],
)
def test_a_nickname_glued_to_the_words_after_it_is_found(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert _found(recognizer, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "บัญชีของคุณถูกระงับชั่วคราว",
        "ข้อมูลของคุณปลอดภัยเสมอ",
        "คำสั่งซื้อของคุณกำลังจัดส่ง",
        "น้องแมวป่วยหนักมาก",
        "คุณภาพดีมากเลย",
        "คุณตาไปโรงพยาบาล",
        "พี่ชายไปทำงาน",
        "คุณครูประจำชั้นแจ้งว่า",
        "ผู้ทรงคุณวุฒิกองทัพบก",
        "ของคุณเองทั้งหมดเลย",
    ],
)
def test_your_and_kin_words_are_no_glued_nickname(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("นายสมชาย ถนัดรบ โทร 0812345678", "นายสมชาย ถนัดรบ"),
        ("นางสาวมณีรัตน์ ถนัดรบ", "นางสาวมณีรัตน์ ถนัดรบ"),
        ("ชื่อ ปกรณ์ ถนัดรบ", "ปกรณ์ ถนัดรบ"),
        ("customer_name: นางสาวนันทวุฒิ ถนัดอาวุธ\ncitizen_no: -", "นางสาวนันทวุฒิ ถนัดอาวุธ"),
        ("ชื่อ-สกุล: นายวิสาร เหล็กยืนยง | เพศ: ชาย", "นายวิสาร เหล็กยืนยง"),
    ],
)
def test_a_surname_coined_from_ordinary_words_is_kept(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(recognizer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("นายสมชาย ขับรถชนเสาไฟ", "นายสมชาย"),
        ("นางสมศรี กินข้าวเสร็จ", "นางสมศรี"),
        ("นายกิตติ ตอบว่าไม่รู้", "นายกิตติ"),
        ("นายสมชาย ชอบกิน", "นายสมชาย"),
        ("นางสมศรี ขายของ", "นางสมศรี"),
        ("นายปกรณ์ สอบตก", "นายปกรณ์"),
        ("ผู้ป่วยชื่อวรัญญา ปวดท้อง", "วรัญญา"),
    ],
)
def test_words_after_a_name_are_no_surname(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert _found(recognizer, text) == [name]
