"""PERSON, session 3 round 3: one-off speakers under a group-chat header, nicknames before a
school class, Latin names before passport/birth-date fields or as the subject of reported gossip,
people-only CSV name columns (emp_name, staff_name), donor/interview/owner cues. All names are
fabricated."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.person import PersonRecognizer


@pytest.fixture(scope="module")
def rec() -> PersonRecognizer:
    return PersonRecognizer()


def _found(rec: PersonRecognizer, text: str) -> list[str]:
    return [text[s.start : s.end] for s in rec.find(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("แชทกลุ่มห้อง ม.6/1\nปาล์ม: พรุ่งนี้ส่งงานกี่โมง\nอิ๋ว: บ่ายสองจ้า", ["ปาล์ม", "อิ๋ว"]),
        ("LINE group คอนโด\nจอย: ลิฟต์เสียอีกแล้ว\nบอม: แจ้งนิติยัง", ["จอย", "บอม"]),
        ("[กลุ่มผู้ปกครอง]\nเก๋: ใครรับลูกแทนได้บ้าง\nหนิง: ได้ค่ะ", ["เก๋", "หนิง"]),
    ],
)
def test_one_off_speakers_under_group_header(rec: PersonRecognizer, text: str, names: list[str]) -> None:
    found = _found(rec, text)
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    "text",
    [
        "ชื่อ: สมหญิง\nที่อยู่: 5 ซอยสุขใจ\nหมายเหตุ: ไม่มี",  # a form, no group header
        "กลุ่มเป้าหมาย: วัยทำงาน\nสรุป: ยอดขายดี\nราคา: 200 บาท",  # labels are ordinary words
    ],
)
def test_form_fields_are_no_speakers(rec: PersonRecognizer, text: str) -> None:
    assert _found(rec, text) == [] or "สมหญิง" in _found(rec, text)
    assert "ที่อยู่" not in _found(rec, text) and "สรุป" not in _found(rec, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("บันทึกครูประจำชั้น: ปอ ม.2/4 ขาดเรียนบ่อย", "ปอ"),
        ("สรุปเคส\nมิ้นท์ ป.6/1 ร้องไห้ในห้อง", "มิ้นท์"),
        ("รายงานครู: เจมส์ ชั้น ม.3 ทะเลาะกับเพื่อน", "เจมส์"),
    ],
)
def test_nickname_before_class_level(rec: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(rec, text)


def test_class_level_alone_is_no_name(rec: PersonRecognizer) -> None:
    assert _found(rec, "สรุป: ม.3 เรียนดี\nห้อง: ม.5/3 ย้ายไป ป.4") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please book a room for Hannah Whitfield, passport number X1234567", "Hannah Whitfield"),
        ("ข้อมูลผู้เข้าพัก: Oliver Grant passport no. 99887766", "Oliver Grant"),
        ("ผู้เดินทาง Maria Lopez หนังสือเดินทาง AB1234567", "Maria Lopez"),
        ("Applicant: Sean Doyle, DOB 1988-04-02", "Sean Doyle"),
    ],
)
def test_latin_name_before_document_field(rec: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(rec, text)


def test_title_before_passport_field_is_no_name(rec: PersonRecognizer) -> None:
    assert _found(rec, "Travel Insurance Form, passport no. required. Apply Now, passport photo") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a coworker said Rachel Moss ติดการพนันหนักมาก", "Rachel Moss"),
        ("someone posted that Kevin Ward เป็นเกย์ on the forum", "Kevin Ward"),
        ("HR confirmed Laura Fitch ป่วยเป็นซึมเศร้า", "Laura Fitch"),
    ],
)
def test_latin_name_as_subject_of_gossip(rec: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(rec, text)


def test_things_in_reported_speech_are_no_names(rec: PersonRecognizer) -> None:
    assert _found(rec, "IT reported that Google Drive ล่มทั้งเช้า and they said New York หนาวมาก") == []


def test_emp_name_column(rec: PersonRecognizer) -> None:
    text = "staff_name,dept,bonus\nพิมพ์ลดา ศรีเพ็ชร,บัญชี,3000\nกานต์ ทองประเสริฐ,ขาย,2500"
    found = _found(rec, text)
    assert "พิมพ์ลดา ศรีเพ็ชร" in found and "กานต์ ทองประเสริฐ" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("เจ้าของคือ สมศักดิ์ ใจงาม ห้อง 1204", "สมศักดิ์ ใจงาม"),
        ("รายชื่อผู้บริจาค: วิไลวรรณ สุขสวัสดิ์ 500 บาท", "วิไลวรรณ สุขสวัสดิ์"),
    ],
)
def test_owner_and_donor_cues(rec: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(rec, text)


def test_owner_cue_before_ordinary_words(rec: PersonRecognizer) -> None:
    assert _found(rec, "สัมภาษณ์งานพรุ่งนี้ เจ้าของคือบริษัทแม่ ขอบคุณผู้บริจาคทุกท่าน") == []


def test_semicolon_separated_rows(rec: PersonRecognizer) -> None:
    text = "emp_no;full_name;dept\n001;Kanya Srisuk;HR\n002;สมพร แก้วดี;IT"
    found = _found(rec, text)
    assert "Kanya Srisuk" in found and "สมพร แก้วดี" in found
    assert _found(rec, "sku;name;price\nA1;ปากกา;10\nA2;สมุด;20") == []
