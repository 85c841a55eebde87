"""PDPA s.26 families of session 5 for religion, ethnicity, politics, crime, sex, disability, unions.

Negatives first: a table of counts, a law or a house rule, an office's name, a benefits notice and
a course that lists groups use the categories' words about no one. Then the disclosures the
lexicons lacked: suspended sentences, probation, orientation and affairs in the speaker's words,
sexual-history keys, paralysis, airline service codes, named unions and party moves. Every name,
number and sentence is invented.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.catalogue import SENSITIVE_TYPES
from pdpa_guard.detect.engine import DetectionEngine
from tests.conftest import spans_of


def _sensitive(engine: DetectionEngine, text: str) -> set[str]:
    return {f.entity_type for f in engine.analyze(text) if f.entity_type in SENSITIVE_TYPES}


# A statistic: a label and numbers per row under a header of measures (counts, shares, years).
STATISTICS_TABLES: list[str] = [
    "ศาสนา | จำนวน (คน) | ร้อยละ\nพุทธ | 612,400 | 92.1\nอิสลาม | 40,300 | 6.1\nคริสต์ | 11,900 | 1.8",
    "religion,share_pct\nBuddhist,91.2\nMuslim,7.1\nChristian,1.4\nother,0.3",
    "offence;2566;2567\nเมาแล้วขับ;41210;43980\nฉ้อโกง;12004;12876\nลักทรัพย์;30111;28760",
    "| ปี | จำนวนสหภาพแรงงาน | สมาชิกสหภาพ (คน) |\n|---|---|---|\n| 2566 | 1,402 | 611,020 |\n| 2567 | 1,455 | 598,300 |",
    "เชื้อชาติ,จำนวนผู้ป่วย\nไทย,1200\nจีน,85\nมอญ,40",
]


# A program's options, a code list, a schema, a form's choices: the categories themselves.
CATEGORY_DEFINITIONS: list[str] = [
    'religion_choices = ["พุทธ", "อิสลาม", "คริสต์", "ซิกข์", "อื่นๆ"]',
    "ตัวเลือก: ☐ นับถือศาสนาพุทธ ☐ นับถือศาสนาอิสลาม ☐ นับถือศาสนาคริสต์ ☐ อื่นๆ",
    "| รหัส | ประเภทความพิการ |\n|---|---|\n| 1 | ทางการมองเห็น |\n| 2 | ทางการได้ยิน |\n| 3 | ทางสติปัญญา |",
    "CREATE TABLE staff (id INT, religion VARCHAR(20), union_member BOOLEAN, disability_type TEXT);",
]


@pytest.mark.parametrize("text", CATEGORY_DEFINITIONS)
def test_a_definition_of_the_categories_is_not_a_disclosure(engine: DetectionEngine, text: str) -> None:
    assert _sensitive(engine, text) == set()


def test_a_record_table_with_short_rows_is_still_a_record(engine: DetectionEngine) -> None:
    """A column of HNs is no code list: each row is a patient."""
    text = "| HN | ประเภทความพิการ |\n|---|---|\n| 5512345 | ทางการมองเห็น |\n| 5512399 | ทางการได้ยิน |"
    assert "DISABILITY" in _sensitive(engine, text)


@pytest.mark.parametrize("text", STATISTICS_TABLES)
def test_a_table_of_counts_is_not_a_disclosure(engine: DetectionEngine, text: str) -> None:
    assert _sensitive(engine, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "hn,ศาสนา,จำนวนครั้งที่มา\n551234,อิสลาม,3\n551240,พุทธ,5",  # a column that names its patients
        "ชื่อ|ศาสนา|ร้อยละการเข้าร่วม\nสมใจ|อิสลาม|80\nมานี|คริสต์|75",
    ],
)
def test_a_record_with_numbers_is_still_a_record(engine: DetectionEngine, text: str) -> None:
    assert "RELIGION" in _sensitive(engine, text)


# The category's words in a rule, an office's name, a benefits notice, a course, a news item.
ABOUT_NO_ONE: list[str] = [
    # a house rule names a topic and a kind of person ("เพื่อนร่วมงาน"), not someone
    "ระเบียบบริษัท ข้อ 7: ห้ามนำเรื่องรสนิยมทางเพศของเพื่อนร่วมงานไปพูดต่อในที่ทำงาน",
    # the Criminal Records Division is an office
    "ติดต่อกองทะเบียนประวัติอาชญากรรม ชั้น 3 เพื่อขอหนังสือรับรอง ค่าธรรมเนียม 100 บาท",
    # a certificate's name heads a procedure, not a record's field
    "ขั้นตอนขอใบรับรองประวัติอาชญากรรม: ยื่นคำร้องที่สถานีตำรวจ ใช้เวลา 7 วันทำการ ค่าธรรมเนียม 100 บาท",
    # a list of form fields to fill in
    "Please fill the claim form fields: insured, HN, diagnosis, disability status",
    # labour law about any employee
    "ตาม พ.ร.บ.แรงงานสัมพันธ์ ห้ามมิให้นายจ้างเลิกจ้างเพราะเหตุที่ลูกจ้างเป็นกรรมการสหภาพแรงงาน",
    "สรุปกฎหมายให้ผู้จัดการโรงงาน: นายจ้างห้ามเลิกจ้างเพราะลูกจ้างเป็นสมาชิกสหภาพ",
    # an HR benefits notice: partners in the plural are a group
    "New benefits from 1 July: same-sex partners of employees can join the dental plan.",
    # a list of groups or religions is about the groups
    "Museum guide: galleries on Buddhism, Islam, Hinduism and Sikhism open daily.",
    "เส้นทางท่องเที่ยว 3 วัน: เยี่ยมชาวกะเหรี่ยง ลัวะ และไทใหญ่ ที่แม่ฮ่องสอน",
    "ศึกษาระบบเครือญาติและพิธีกรรมของชาวลาหู่ในภาคเหนือ",
    # a named union or a bill in the news, an airline's rule
    "Members of the Dock Workers' Union marched on Monday, local news reported.",
    "The bill to abolish lese-majeste was debated in parliament today.",
    "SSR WCHR requests must be made 48 hours before departure.",
    # a question, a survey's shares, a hypothetical person, a template, every applicant
    "ตัวอย่างคำถามที่ห้ามถามผู้สมัคร: คุณนับถือศาสนาอะไร",
    "ผลสำรวจพนักงานปีนี้: 9% ระบุว่าเป็น LGBTQ+ และ 4% มีความพิการ",
    "How should a bank handle a customer who says they are on parole? Give general guidance.",
    "HR template: [employee name] requests prayer breaks on Fridays during Ramadan.",
    "บริษัทจะตรวจสอบประวัติอาชญากรรมของผู้สมัครทุกคนก่อนเริ่มงาน",
    # a field's name, a language, a reminder to whoever has not joined
    "Fix the import script: the religion column has trailing spaces.",
    "ขอล่ามภาษากะเหรี่ยงสำหรับคลินิกวันพุธ",
    "แจ้งในกลุ่ม: ใครยังไม่สมัครสหภาพ มาเซ็นชื่อได้ที่ห้องประชุมเล็ก",
]


@pytest.mark.parametrize("text", ABOUT_NO_ONE)
def test_the_words_about_no_one_are_not_reported(engine: DetectionEngine, text: str) -> None:
    assert _sensitive(engine, text) == set()


# (text, the s.26 categories it must be reported under)
DISCLOSURES: list[tuple[str, list[str]]] = [
    # suspended sentences and probation in the words of courts and probation offices
    ("สรุปคำพิพากษา: จำเลยที่ 2 นางสาวพิมพ์ ใจงาม ศาลให้รอการลงโทษไว้ 1 ปี", ["CRIMINAL_RECORD"]),
    ("ลูกความ (สมศรี ทองมา) ศาลรอการกำหนดโทษ 2 ปี คดีลักทรัพย์ในห้าง", ["CRIMINAL_RECORD"]),
    ("รายงานประจำเดือน\n- ผู้ถูกคุมความประพฤติ: ธนา ศรีสุข\n- รายงานตัวตรงเวลา", ["CRIMINAL_RECORD"]),
    (
        '{"candidate":{"name":"Anan Chaiyo"},"check":"criminal","detail":"drink-driving conviction 2021"}',
        ["CRIMINAL_RECORD"],
    ),
    (
        "Intake: Mrs. Ploy Suk (HN 771203) disclosed a criminal record at the first visit.",
        ["CRIMINAL_RECORD"],
    ),
    (
        "บันทึกกรรมการวินัย: นศ. กานต์ ดีงาม ถูกศาลพิพากษาจำคุก 6 เดือน จึงพักการศึกษา หลังทุจริตการสอบวิชา 2101",
        ["CRIMINAL_RECORD"],
    ),
    # orientation and affairs in the speaker's own words; a sexual-history key
    ('{"profile":"Nok","bio":"ชอบได้ทั้งผู้ชายและผู้หญิง คุยก่อนได้"}', ["SEXUAL_BEHAVIOUR"]),
    ("ลูกค้าแชท: แฟนผมเป็นผู้ชายครับ อยากทำประกันให้เขาเป็นผู้รับประโยชน์", ["SEXUAL_BEHAVIOUR"]),
    ("ปรึกษาทนาย: ภรรยาผมคบชู้กับเพื่อนร่วมงาน ผมอยากฟ้องหย่า", ["SEXUAL_BEHAVIOUR"]),
    (
        "fertility intake\npatient: Dao K.\nsexual_history: two partners in the last 6 months",
        ["SEXUAL_BEHAVIOUR"],
    ),
    # paralysis said in English; airline remarks after a wheelchair request; a blind passenger's code
    (
        "Seating request: Mr. Chai Wong is paralysed from the waist down and needs an aisle chair.",
        ["DISABILITY"],
    ),
    ("SSR WCHS TG HK1 /P1 PAX UNABLE TO WALK STAIRS", ["DISABILITY"]),
    ("1.1KAEWDEE/ANONG MS\nSSR BLND TG HK1 /P1", ["DISABILITY"]),
    # a petition's signatories, a source on a union's committee
    (
        "We, Anong Phrom and Somsak Thong, members of the Port Workers' Union, ask for a meeting.",
        ["TRADE_UNION"],
    ),
    ("Source notes: Krit S. (081-000-0000)\n- union committee member since 2020", ["TRADE_UNION"]),
    ("แชทกลุ่มกะดึก: เจ๊หน่อย ผมสมัครสหภาพแล้วนะ", ["TRADE_UNION"]),
    # a stance on the lese-majeste law, a party's youth wing, a move to another party
    (
        "Interview: she says she would vote for anyone who promises to abolish lese-majeste.",
        ["POLITICAL_OPINION"],
    ),
    ("Asylum note: Ko Min Thu fled after he became a member of the ABSDF youth wing.", ["POLITICAL_OPINION"]),
    ("ประวัติ: นายสุรชัย อเนกชัย อดีต ส.ส. ย้ายไปสังกัดพรรคฟ้าใหม่เมื่อปีที่แล้ว", ["POLITICAL_OPINION"]),
    # a group of the Thai-Myanmar border in a case note
    ("Case note: the client is Karenni and arrived in 2019.", ["ETHNICITY"]),
]


@pytest.mark.parametrize(("text", "types"), DISCLOSURES)
def test_the_disclosure_is_reported(engine: DetectionEngine, text: str, types: list[str]) -> None:
    assert set(types) <= _sensitive(engine, text)


def test_a_record_field_after_a_certificate_word_still_counts(engine: DetectionEngine) -> None:
    """Only a certificate's name hides the field: "ผลตรวจประวัติอาชญากรรม: ..." is a record."""
    text = "ผู้สมัคร: นายเอก ดีมาก\nผลตรวจประวัติอาชญากรรม: พบประวัติคดีลักทรัพย์"
    assert "CRIMINAL_RECORD" in _sensitive(engine, text)


def test_a_column_header_gives_way_to_its_values(engine: DetectionEngine) -> None:
    """ "| เชื้อชาติ |" over "| มอญ |": the values are the disclosure, not the header word too."""
    text = "ทะเบียนแรงงาน\n| ชื่อ | เชื้อชาติ | โทร |\n|---|---|---|\n| หม่อง ซอ | มอญ | 0810000000 |"
    assert spans_of(engine, text, "ETHNICITY") == ["มอญ"]


def test_a_mixed_descent_is_not_a_list_of_groups(engine: DetectionEngine) -> None:
    """Two values ("จีน", "มอญ") describe one person's descent; only three or more list groups."""
    text = "นายสมชาย ใจดี เป็นคนเชื้อสายจีน มอญ"
    assert "ETHNICITY" in _sensitive(engine, text)
