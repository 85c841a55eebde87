"""Session 4: an identifier under its column header, in every table shape.

A table names the kind of a value once, in its header; the cells below are then values of that
kind however far the cue word is. Each family is tried in several shapes (semicolon, CSV, TSV,
markdown, SQL INSERT, JSON array of objects, ``key: value`` block), and a number under a header
that names something else (``amount``, ``order_id``, ``sku``) stays silent.

All values are fabricated; names are invented.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect import DetectionEngine
from tests.conftest import spans_of

# --- TH_BANK_ACCOUNT --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "name;account;note\nสมพร ทดสอบ;985-3-68759-2;หักค่าสมาชิก 100 บาท\nวารี ตัวอย่าง;514-5-39685-8;-",
            ["985-3-68759-2", "514-5-39685-8"],
        ),
        (
            "id,name,email,account,religion\nE1,สมศรี ทดลอง,a.b@example.com,2999765101,พุทธ\n"
            "E2,มานพ ลองดู,c.d@example.com,540-6-13941-8,Islam",
            ["2999765101", "540-6-13941-8"],
        ),
        (
            "| ชื่อ | เลขบัญชี | หมายเหตุ |\n|---|---|---|\n| สุดา ทดสอบ | 123-4-56789-0 | โบนัส |",
            ["123-4-56789-0"],
        ),
        (
            "name\tbank_account\tbranch\tdepartment\tcity\nJane Roe\t0203-4567-8901\tสีลม\tการเงิน\tกรุงเทพ\n"
            "John Roe\t9876543210\tบางนา\tบัญชี\tกรุงเทพ",
            ["0203-4567-8901", "9876543210"],
        ),
        (
            "INSERT INTO payroll (emp_name, account, amount) VALUES ('สมชาย ทดสอบ', '1112223334', 25000),"
            " ('สมหญิง ทดสอบ', '4445556667', 30000);",
            ["1112223334", "4445556667"],
        ),
        ('[{"name": "Jane Roe", "account": "1234509876"}, {"name": "John Roe", "account": "123-4-50987-6"}]',
         ["1234509876", "123-4-50987-6"]),
        ("ผู้รับเงิน: Jane Roe\nAccount: 6543210987\nหมายเหตุ: ค่าเช่า", ["6543210987"]),
        (
            "บัญชีธนาคาร,ชื่อผู้รับ,อีเมล\n020-1-23456-789,สมใจ ทดสอบ,s.t@example.com\n"
            "1234567890,มานี ทดสอบ,m.t@example.com\n2345678901,ปิติ ทดสอบ,p.t@example.com",
            ["020-1-23456-789", "1234567890", "2345678901"],
        ),
    ],
)
def test_account_under_its_header(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "TH_BANK_ACCOUNT") == expected


@pytest.mark.parametrize(
    "text",
    [
        "order_id,amount,sku\n1234567890,1500,SKU-1\n2234567890,200,SKU-2",
        "account_type,account_name,amount\nsavings,ทั่วไป,1234567890",
        "aws_account_id,region\n123456789012,ap-southeast-1",
        "ตั้งค่า Google Ads account 123-456-7890 ให้ทีมการตลาด",
        "amount;account;note\n1234567890;ACC-001;ทดสอบระบบ",
        "user account ของระบบถูกล็อกหลังพยายามเข้า 5 ครั้ง รหัสคำขอ 1234567890",
    ],
)
def test_numbers_not_under_an_account_header(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "TH_BANK_ACCOUNT") == []


# --- TH_PASSPORT ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| Name | Passport | DOB |\n|---|---|---|\n| Eric Sample | AA7170066 | 14/09/2548 |\n"
            "| Laura Sample | AC8571267 | 22/08/1993 |",
            ["AA7170066", "AC8571267"],
        ),
        ("name,passport_no,nationality\nLi Wei,E12345678,CN\nสมชาย ทดสอบ,AB1234567,TH", ["E12345678", "AB1234567"]),
        ("ชื่อ;หนังสือเดินทาง;เที่ยวบิน\nวารี ทดสอบ;AA7654321;TG600", ["AA7654321"]),
        (
            "INSERT INTO travellers (full_name, passport) VALUES ('Jane Roe', 'AB7654321'), ('John Roe', 'AC1234765');",
            ["AB7654321", "AC1234765"],
        ),
        ("Name\tPassport No.\nJane Roe\tAD2272566", ["AD2272566"]),
    ],
)
def test_passport_under_its_header(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "TH_PASSPORT") == expected


@pytest.mark.parametrize(
    "text",
    [
        "passport_expiry,passport_country\n2030-01-01,THAILAND",
        "sku,qty,price\nAB1234567,2,1500\nAC7654321,1,990",
        "| booking | flight |\n|---|---|\n| AB1234567 | TG600 |",
    ],
)
def test_codes_not_under_a_passport_header(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "TH_PASSPORT") == []


# --- DATE_OF_BIRTH ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| Name | Passport | DOB |\n|---|---|---|\n| Jane Roe | AA7170066 | 9 ต.ค. 23 |\n"
            "| John Roe | AA1609290 | 21 มิ.ย. 47 |",
            ["9 ต.ค. 23", "21 มิ.ย. 47"],
        ),
        ("ชื่อ;วันเกิด;แผนก\nสมชาย ทดสอบ;12/03/2531;IT\nสมหญิง ทดสอบ;1/1/1990;HR", ["12/03/2531", "1/1/1990"]),
        ("name,birthdate,team\nJane Roe,1988-03-12,sales", ["1988-03-12"]),
        ("name\tdate_of_birth\nJohn Roe\t03/08/1981", ["03/08/1981"]),
        ("| ชื่อ-สกุล | ว/ด/ป เกิด |\n|---|---|\n| วารี ทดสอบ | 04/05/2549 |", ["04/05/2549"]),
    ],
)
def test_birth_date_under_its_header(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "DATE_OF_BIRTH") == expected


@pytest.mark.parametrize(
    "text",
    [
        "เหตุการณ์,วันที่เกิดเหตุ,สถานที่\nไฟไหม้,12/03/2566,ตลาด",
        "order_id,order_date,amount\nA1,12/03/2531,500",
        "name,birthplace,joined\nJane Roe,Chiang Mai,12/03/2560",
    ],
)
def test_dates_not_under_a_birth_header(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "DATE_OF_BIRTH") == []


# --- LINE_ID ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name,email,line\nสมชาย ทดสอบ,a.b@example.com,somchai99\nวารี ทดสอบ,c.d@example.com,benzza",
         ["somchai99", "benzza"]),
        ("| ชื่อ | ไลน์ |\n|---|---|\n| สุดา ทดสอบ | kitty_2540 |", ["kitty_2540"]),
        ('{"name": "สุดา ทดสอบ", "email": "s.t@example.com", "line": "fern485"}', ["fern485"]),
        ('{"tool":"crm","arguments":"{\\"name\\": \\"วารี\\", \\"line\\": \\"@jaja.za\\"}"}', ["@jaja.za"]),
        ('[{"name": "Jane", "line": "jane_roe"}, {"name": "John", "line": "@johnny"}]', ["jane_roe", "@johnny"]),
    ],
)
def test_line_id_in_structured_data(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "LINE_ID") == expected


@pytest.mark.parametrize(
    "text",
    [
        '{"file": "app.py", "line": "main", "message": "boom"}',
        "line,product,qty\nA3x,widget,5\nmain,gear,3",
        '{"route": "BTS", "line": "Sukhumvit"}',
    ],
)
def test_line_key_that_is_no_line_id(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "LINE_ID") == []
