"""Session 3: numbers named by a table header, pupils' codes, LINE IDs a few words after the cue,
and Thai IDs that a table's other columns or a card word must not take away.

All values are fabricated (checksums computed); names are invented.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.cued_numbers import (
    MedicalRecordNumberRecognizer,
    StudentIdRecognizer,
    column_cells,
    column_name,
)
from pdpa_guard.detect.recognizers.line_id import LineIdRecognizer
from tests.conftest import spans_of

STUDENT, MEDICAL, LINE = StudentIdRecognizer(), MedicalRecordNumberRecognizer(), LineIdRecognizer()
THAI_ID, THAI_ID_2, THAI_ID_EPOCH = "8877893287924", "2742180967926", "1810033907570"
VISA_AND_THAI_ID = "4052177862593"  # 13 digits: Luhn-valid with a Visa prefix, and a valid Thai ID


def medical(text: str) -> list[str]:
    return [text[s.start : s.end] for s in MEDICAL.find(text) if s.score >= 0.5]


def students(text: str) -> list[str]:
    return [text[s.start : s.end] for s in STUDENT.find(text) if s.score >= 0.5]


def line_ids(text: str) -> list[str]:
    return [text[s.start : s.end] for s in LINE.find(text) if s.score >= 0.5]


# --- MEDICAL_RECORD_NUMBER under a table header ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ตรวจข้อมูลนี้ให้หน่อย\nhn,ชื่อ,ผลตรวจ\n63-114208,กมลชนก ทดสอบ,ปกติ\n4471902/65,ธนพล สมมติ,สูง\n",
            ["63-114208", "4471902/65"],
        ),
        (
            "HN\tชื่อผู้ป่วย\tวอร์ด\n0092213\tวีรยา ตัวอย่าง\t5A\n81-22-104455\tอนันต์ สมมุติ\t3B",
            ["0092213", "81-22-104455"],
        ),
        (
            "| เลขที่ผู้ป่วย | อายุ | การวินิจฉัย |\n|:---|---:|---|\n| 58-770213 | 45 | DM |\n| 660915 | 61 | HT |",
            ["58-770213", "660915"],
        ),
        (
            "visit_date;patient_hn;ward\n2024-03-02;44-551902;ICU\n2024-03-03;7730045;OPD",
            ["44-551902", "7730045"],
        ),
        ("id,mrn\n1,20094417\n2,20094418\n", ["20094417", "20094418"]),  # the cue heads the last column
        ('name,H.N.,note\n"สายใจ, ตัวอย่าง",12-880017,"แพ้ยา, penicillin"\n', ["12-880017"]),
        (
            "INSERT INTO admissions (full_name, hn_no, admitted_at)\nVALUES ('จิราพร ทดลอง', '65-440871', NOW()),\n"
            "       ('ภาคิน ตัวอย่าง', '3390417/66', NOW());",
            ["65-440871", "3390417/66"],
        ),
        ("| HN | 70-118822 |\n| ชื่อ | ปรียา สมมุติ |", ["70-118822"]),  # a key/value table
    ],
)
def test_hospital_numbers_under_a_header(text: str, expected: list[str]) -> None:
    assert medical(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "order_no,sku,qty\n99812345,SKU-4411,2\n",  # no HN column
        "hn,visit\n2567-01-15,OPD\n15/01/2567,ER\n",  # dates in the HN column
        "patient,test,result\nวีรยา ตัวอย่าง,HbA1c,7.9\n",  # "patient" alone names no number
        "ผู้ป่วยบางรายไม่มี HN ในระบบ, ให้ตรวจสอบก่อน\nยอด 1500, ตามใบแจ้ง\n",  # prose with commas
        "version,build\n1.2.3,4567\n",
    ],
)
def test_tables_without_hospital_numbers(text: str) -> None:
    assert medical(text) == []


def test_column_helpers() -> None:
    text = "sku,hn,qty\nA1,64-0001,3\nB2,64-0002,4\n\nhn is empty here"
    cue = text.index("hn")
    assert [text[s:e] for s, e in column_cells(text, cue, cue + 2)] == ["64-0001", "64-0002"]
    value = text.index("64-0002")
    assert column_name(text, value, value + 7) == "hn"
    assert column_name('{"created_at_ms": 1700000000000}', 18, 31) is None  # a JSON value, not a cell


def test_engine_reports_a_column_of_hospital_numbers(engine) -> None:
    text = "สรุปผลแล็บจากตารางนี้\nHN,ผล\n52-009931,ปกติ\n6104417,ผิดปกติ\n"
    assert spans_of(engine, text, "MEDICAL_RECORD_NUMBER") == ["52-009931", "6104417"]


# --- STUDENT_ID: a pupil's รหัส, and a student_id column ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("บันทึกครูประจำชั้น: ด.ช.ธนกร ทดสอบ รหัส 41207 ขาดเรียน 3 วัน", ["41207"]),
        ("เด็กหญิงปาริชาติ สมมติ รหัส52118 ชั้น ป.4 ได้รับทุน", ["52118"]),
        ("นักเรียน: ณัฐวุฒิ ตัวอย่าง (รหัส 30961) ส่งงานช้า", ["30961"]),
        (
            "student_id\tname\tgpa\n6630112345\tAlice Test\t3.45\ns6630112346\tBen Sample\t2.80",
            ["6630112345", "s6630112346"],
        ),
        ("| รหัสนักศึกษา | ชื่อ |\n|---|---|\n| 65-1234-5678 | ใจดี สมมุติ |", ["65-1234-5678"]),
    ],
)
def test_student_ids(text: str, expected: list[str]) -> None:
    assert students(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ด.ช.ธนกร ทดสอบ กรอกรหัส 41207 เพื่อเข้าระบบ",  # a code typed in, not who he is
        "รหัส 41207",  # no pupil in sight
        "นักเรียนทั้งหมด 40 คน ครูเล่าเรื่องยาวมากเกี่ยวกับการเดินทางไปทัศนศึกษาที่ต่างจังหวัดเมื่อเดือนก่อน รหัสห้อง 30961",
        "เด็กชายคนหนึ่งซื้อของ รหัสสินค้า 55012",
    ],
)
def test_not_student_ids(text: str) -> None:
    assert students(text) == []


# --- LINE_ID: a few words between the cue and the ID -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ถ้าสะดวกทักไลน์มาได้เลย id mintra-442 นะคะ", "mintra-442"),
        ("แอดไลน์ส่วนตัวได้ค่ะ ไอดี: @bee_shop-7 ค่ะ", "@bee_shop-7"),
        ("ไลน์ส่วนตัวผมคือ korn.th_88 ครับ", "korn.th_88"),
        ("ทักไลน์มาได้เลยค่ะ @somjai.bakery", "@somjai.bakery"),
        ("ติดต่อผ่าน LINE นะคะ ไอดี pimmy_21", "pimmy_21"),
        ("ส่งสลิปทาง LINE nokky เท่านั้นนะคะ", "nokky"),
        ("ไลน์ไอดี tong_za ค่ะ", "tong_za"),
    ],
)
def test_line_ids_a_few_words_after_the_cue(text: str, expected: str) -> None:
    assert line_ids(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "ไลน์กลุ่ม dev_team ประชุมพรุ่งนี้",
        "ไลน์ล่มหลังอัปเดต version 13.2.0",
        "ไลน์ดีกว่า email",
        "ส่งรูปทางไลน์ได้เลย id card ด้วยนะ",
        "ไลน์ได้เลยค่ะ shopee.co.th",
        "ผ่าน LINE and Facebook",
        "ใช้ LINE messenger ไม่ได้",
        "ไลน์กลุ่มผู้ปกครอง ID 55012",
        "line 42: user_id = uuid4()",
    ],
)
def test_not_line_ids(text: str) -> None:
    assert line_ids(text) == []


# --- TH_NATIONAL_ID: a table's other columns, and an ID card that is not a payment card -------------


@pytest.mark.parametrize(
    "text",
    [
        f"INSERT INTO members (name, citizen_id, mobile, joined_at)\nVALUES ('อรทัย ทดสอบ', '{THAI_ID}', '0812345678', NOW());",
        f"INSERT INTO t (a, id_card, updated_at) VALUES ('x', '{THAI_ID_EPOCH}', '2024-01-01');",
        f"id,national_id,created_at\n7,{THAI_ID_2},2024-05-01T10:00:00Z\n",
        f"INSERT INTO notes (author, body, created_at) VALUES ('ก', '{THAI_ID}', NOW());",  # no word for it
    ],
)
def test_thai_ids_in_tables(engine, text: str) -> None:
    value = next(v for v in (THAI_ID, THAI_ID_2, THAI_ID_EPOCH) if v in text)
    assert spans_of(engine, text, "TH_NATIONAL_ID") == [value]


@pytest.mark.parametrize(
    "text",
    [
        f"INSERT INTO events (kind, created_at_ms) VALUES ('login', '{THAI_ID_EPOCH}');",
        f"order_no,created_at\n{THAI_ID_EPOCH},2024-05-01\n",
        f'{{"created_at_ms": {THAI_ID_EPOCH}, "status": "ok"}}',
        f"| สินค้า | order_no |\n|---|---|\n| ผ้าไหม | {THAI_ID} |",
    ],
)
def test_machine_numbers_in_tables_stay_unreported(engine, text: str) -> None:
    assert spans_of(engine, text, "TH_NATIONAL_ID") == []


@pytest.mark.parametrize(
    "text",
    [
        f'drivers:\n  - name: สมปอง ทดสอบ\n    driver_id_card: "{VISA_AND_THAI_ID}"\n',
        f"เลขบัตร {VISA_AND_THAI_ID} ของผู้เช่า",
        f"ID card no. {VISA_AND_THAI_ID}",
    ],
)
def test_an_id_card_number_is_not_a_payment_card(engine, text: str) -> None:
    assert spans_of(engine, text, "TH_NATIONAL_ID") == [VISA_AND_THAI_ID]
    assert spans_of(engine, text, "CREDIT_CARD") == []


@pytest.mark.parametrize(
    "text", [f"ชำระด้วยบัตรเครดิต {VISA_AND_THAI_ID}", f"Visa {VISA_AND_THAI_ID} exp 09/28"]
)
def test_a_payment_cue_keeps_a_13_digit_card(engine, text: str) -> None:
    assert spans_of(engine, text, "CREDIT_CARD") == [VISA_AND_THAI_ID]
