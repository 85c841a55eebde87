"""PDPA s.26, session 3b: table columns, injuries, protest leaders, enrolment, stated absences.

Every sentence is invented and every name is made up. The rules checked here:

- a table (CSV, TSV, Markdown) whose header cell is a field key (dx, diagnosis, การวินิจฉัย,
  religion, เชื้อชาติ) makes each cell below it a value, with no cue of its own;
- a phrase that introduces an injury (ได้รับบาดเจ็บ, มีอาการบาดเจ็บ) reports the injury after it;
- leading a protest group, going to a protest against the government, canvassing for a party
  are political opinions; a party's or a group's name alone is news;
- enrolling a fingerprint, a person's voice or face template are biometric data; a policy about
  storing templates for anyone, or a DPIA for "voice biometrics", is not;
- a fine or a judgment in a case is a criminal record; "ไม่มีประวัติอาชญากรรม" / "no criminal
  record" says there is none and is not reported;
- union office holders, visual impairment, DNA identity tests, Burmese (Bamar) people are
  reported about someone; a laboratory's name ("Molecular Genetics Laboratory") is not.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.sensitive import REPORT_THRESHOLD, _column_values, sensitive_model


def found(text: str) -> list[tuple[str, str]]:
    """(type, substring) of every reported s.26 span."""
    return [
        (s.entity_type, text[s.start : s.end])
        for s in sensitive_model().find(text)
        if s.score >= REPORT_THRESHOLD
    ]


POSITIVES: list[tuple[str, str, str]] = [
    # (entity type, text, a substring a finding must overlap)
    # -- table columns: the header names the column, the cells are values
    ("HEALTH_DATA", "id,ชื่อ,dx\n1,กมลชนก ทดสอบ,โรคหืดหอบ\n", "โรคหืดหอบ"),
    ("HEALTH_DATA", "patient\tdiagnosis\tward\nอำไพ สมมุติ\tต้อหินมุมปิด\t5A\n", "ต้อหินมุมปิด"),
    ("HEALTH_DATA", "| เตียง | การวินิจฉัย |\n|---|---|\n| 3 | ปอดอักเสบติดเชื้อ |\n", "ปอดอักเสบติดเชื้อ"),
    ("HEALTH_DATA", "name;Diagnosis;phone\nสุดา ทดลอง;มะเร็งเต้านมระยะที่ 2;0800000000\n", "มะเร็งเต้านม"),
    ("HEALTH_DATA", 'hn,"dx",visit\n5550001,"ลมบ้าหมู",2025-01-02\n', "ลมบ้าหมู"),
    ("RELIGION", "ชื่อ,ศาสนา,อายุ\nวิไล ตัวอย่าง,คริสต์,41\n", "คริสต์"),
    ("ETHNICITY", "name\tethnicity\nAye Aye\tKaren\n", "Karen"),
    # -- injuries after a lead phrase
    ("HEALTH_DATA", "คนงานตกนั่งร้าน ได้รับบาดเจ็บกระดูกข้อมือหัก ส่งโรงพยาบาลแล้ว", "ข้อมือหัก"),
    ("HEALTH_DATA", "ผู้โดยสารได้รับบาดเจ็บ แผลถลอกที่เข่า 3 ซม. ปฐมพยาบาลแล้ว", "แผลถลอกที่เข่า"),
    ("HEALTH_DATA", "เด็กชายคนหนึ่งมีอาการบาดเจ็บซี่โครงร้าว ต้องนอนโรงพยาบาล", "ซี่โครงร้าว"),
    ("HEALTH_DATA", "รายงานอุบัติเหตุ: พนักงานขับรถได้รับบาดเจ็บที่ศีรษะ แพทย์เฝ้าดูอาการ", "ศีรษะ"),
    # -- named conditions and clinical shorthand about a patient
    ("HEALTH_DATA", "นางสาวมาลี ทดสอบ ป่วยด้วยภาวะซึมเศร้าหลังคลอด ต้องพบจิตแพทย์", "ซึมเศร้าหลังคลอด"),
    ("HEALTH_DATA", "ห้อง 4 นายสมปอง ตัวอย่าง CHF exacerbation ให้ยาขับปัสสาวะ", "CHF"),
    ("HEALTH_DATA", "ลุงเป็นโรคพิษสุราเรื้อรังมาหลายปี", "พิษสุราเรื้อรัง"),
    ("HEALTH_DATA", 'รีวิวจาก Nok Sample: "สั่งรองเท้ามาเพราะเป็นโรครูมาตอยด์ ใส่แล้วเจ็บ"', "รูมาตอยด์"),
    ("HEALTH_DATA", 'ความเห็นจากลูกค้า: "ซื้อหมอนมาเพราะเป็นโรคกระดูกทับเส้น แต่ไม่ช่วยเลย"', "กระดูกทับเส้น"),
    ("HEALTH_DATA", "ผลแล็บ: anti-HIV positive → ผู้รับบริการติดเชื้อเอชไอวี นัดฟังผลซ้ำ", "ติดเชื้อเอชไอวี"),
    # -- politics
    ("POLITICAL_OPINION", "น้องชายเป็นแกนนำกลุ่มราษฎรในจังหวัด", "แกนนำกลุ่มราษฎร"),
    ("POLITICAL_OPINION", "เสาร์นี้ผมจะไปร่วมม็อบไล่รัฐบาลที่อนุสาวรีย์", "ไปร่วมม็อบ"),
    ("POLITICAL_OPINION", "คุณวิชัยเป็นหัวคะแนนของพรรคในตำบลนี้", "หัวคะแนน"),
    (
        "POLITICAL_OPINION",
        "Our driver Mr. Anan Testwong is a canvasser for the Progress Party.",
        "canvasser for",
    ),
    (
        "POLITICAL_OPINION",
        "Ms. Dara Example was a campaign volunteer for the mayor last spring.",
        "campaign volunteer",
    ),
    # -- biometrics of a specific person
    ("BIOMETRIC_DATA", "นายธนา ตัวอย่าง ขอลงทะเบียนลายนิ้วมือใหม่เพราะนิ้วเป็นแผล", "ลงทะเบียนลายนิ้วมือ"),
    ("BIOMETRIC_DATA", "ลูกค้า คุณอรทัย สมมุติ แม่แบบเสียงไม่ตรงกับที่บันทึกไว้", "แม่แบบเสียง"),
    ("BIOMETRIC_DATA", "พนักงานรหัส 7781 นางสาวปรียา ทดสอบ: template ใบหน้าเสียหาย ต้องถ่ายใหม่", "template ใบหน้า"),
    ("BIOMETRIC_DATA", "device log 08:01 uid=3321 FAIL_MATCH; ขอให้ลงทะเบียนลายนิ้วมือใหม่ที่ฝ่ายบุคคล", "ลายนิ้วมือ"),
    # -- criminal records
    ("CRIMINAL_RECORD", "ตรวจประวัติแล้วพบว่านายก้อง สมมุติ เคยถูกปรับคดีขับรถขณะเมาสุรา", "ถูกปรับคดี"),
    ("CRIMINAL_RECORD", "ผู้สมัครรายนี้ต้องคำพิพากษาถึงที่สุดคดีฉ้อโกง", "ต้องคำพิพากษา"),
    ("CRIMINAL_RECORD", "นายวีระ ตัวอย่าง เพิ่งพ้นโทษจากเรือนจำเมื่อเดือนก่อน", "พ้นโทษ"),
    ("CRIMINAL_RECORD", "เพื่อนบ้านชื่อนายต้น สมมุติ ตกเป็นผู้ต้องหาคดีฉ้อโกงออนไลน์", "ผู้ต้องหา"),
    ("CRIMINAL_RECORD", "ลูกความของเรา นายเปรม ทดสอบ อยู่ระหว่างประกันตัว", "ประกันตัว"),
    # -- unions, disability, genetics, ethnicity, religion
    ("TRADE_UNION", "FYI: Mr. Boon Example is the union president at the Rayong plant.", "union president"),
    ("TRADE_UNION", "นางสาวจันทร์ ทดสอบ ดำรงตำแหน่งประธานสหภาพแรงงานบริษัท", "ประธานสหภาพแรงงาน"),
    ("DISABILITY", "นักเรียนชื่อ ด.ญ.ฝน ทดสอบ บกพร่องทางการเห็น ต้องใช้อักษรเบรลล์", "บกพร่องทางการเห็น"),
    ("GENETIC_DATA", "แนบผลตรวจสารพันธุกรรมของนายเอก สมมุติ เพื่อยื่นศาล", "ผลตรวจสารพันธุกรรม"),
    ("ETHNICITY", "แรงงานชื่อ Ko Zaw Test เป็นชาวพม่า อายุ 28 ปี", "ชาวพม่า"),
    ("RELIGION", "ชื่อ นางสาวกานดา ทดลอง อายุ 30 ปี ศาสนา อิสลาม อาชีพ ค้าขาย", "อิสลาม"),
]


@pytest.mark.parametrize(("entity_type", "text", "part"), POSITIVES)
def test_reported(entity_type: str, text: str, part: str) -> None:
    start = text.index(part)
    end = start + len(part)
    hits = [
        s
        for s in sensitive_model().find(text)
        if s.score >= REPORT_THRESHOLD and s.entity_type == entity_type
    ]
    assert any(s.start < end and start < s.end for s in hits), (text, found(text))


NEGATIVES: list[tuple[str, str]] = [
    # (entity type that must not be reported, text)
    ("CRIMINAL_RECORD", "ผลการตรวจสอบ: นายภูมิ สมมุติ ไม่มีประวัติอาชญากรรม ผ่านเกณฑ์"),
    ("CRIMINAL_RECORD", "ผู้สมัครไม่เคยต้องโทษและไม่เคยถูกดำเนินคดีใดๆ"),
    ("CRIMINAL_RECORD", "Background check: Ms. Jane Sample has no criminal record."),
    ("CRIMINAL_RECORD", "The candidate has never been convicted of any offence."),
    ("CRIMINAL_RECORD", "ขั้นตอนการยื่นคัดค้านการประกันตัวของพนักงานอัยการมีอะไรบ้าง"),
    ("GENETIC_DATA", "Molecular Genetics Laboratory — ใบรับตัวอย่างเลือด"),
    ("GENETIC_DATA", "ส่งตัวอย่างไปที่ Department of Genetics ชั้น 4"),
    ("BIOMETRIC_DATA", "Write a DPIA checklist section for voice biometrics in a bank."),
    ("DISABILITY", "นายจ้างที่มีลูกจ้าง 100 คน ต้องจ้างคนพิการ 1 คน ตามกฎหมาย"),
    ("RELIGION", '{"guest": "Mr. Tom Sample", "meal": "halal"}'),
    ("HEALTH_DATA", "นัดติดตามอาการ: 12 มีนาคม 2568 เวลา 10.00 น."),
    ("HEALTH_DATA", "มีผู้ได้รับบาดเจ็บ 2 ราย"),
    ("HEALTH_DATA", "บริการตรวจสุขภาพประจำปี ผู้รับบริการทุกคนต้องงดอาหาร 8 ชั่วโมง"),
    ("HEALTH_DATA", "name,notes\nสมศรี ทดสอบ,ชอบกาแฟ\n"),  # the header is not a health key
    ("HEALTH_DATA", "dx_date,name\n2025-01-01,สมศรี ทดสอบ\n"),  # a longer key is another column
]


@pytest.mark.parametrize(("entity_type", "text"), NEGATIVES)
def test_not_reported(entity_type: str, text: str) -> None:
    assert all(t != entity_type for t, _ in found(text)), found(text)


def test_column_values_follow_the_header() -> None:
    text = "hn,dx\n1,หอบหืด\n2,-\n3,ไม่มี\n4, เก๊าท์ \nsummary line\n5,ไม่นับ\n"
    values = [text[s:e] for s, e in _column_values(text, text.index("dx"), text.index("dx") + 2)]
    assert values == ["หอบหืด", "เก๊าท์"]  # none-values skipped; the table ends at "summary line"


def test_column_values_skip_a_markdown_rule() -> None:
    text = "| ชื่อ | dx |\n| --- | --- |\n| สมหมาย | ไข้หวัดใหญ่ |\n"
    start = text.index("dx")
    assert [text[s:e] for s, e in _column_values(text, start, start + 2)] == ["ไข้หวัดใหญ่"]


def test_key_in_prose_is_not_a_header() -> None:
    text = "please explain the dx, and the plan\nfor a, b, c\n"
    start = text.index("dx")
    assert _column_values(text, start, start + 2) == []


def test_lead_reports_the_injury_not_the_phrase() -> None:
    text = "ชาวประมงได้รับบาดเจ็บข้อเท้าพลิก 2 ราย"
    assert ("HEALTH_DATA", "ข้อเท้าพลิก") in found(text)
    assert all("ได้รับบาดเจ็บ" not in part for _, part in found(text))
