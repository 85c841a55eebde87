"""Round 5: identifier families seen in freshset5, each generalised beyond its rows.

* STUDENT_ID: a header line with a sentence glued on before it, a generic ID column of a pupils'
  roster, a request answered on the next chat line, a number inside a coursework file name, an
  LMS ``idnumber`` field and registrar keys (``std_id``).
* LINE_ID: an owner word without ของ (``ไอดีไลน์หนู ...``), escaped JSON keys, social handles.
* TH_BANK_ACCOUNT: "payment to", a copula before the bank word after the number, an SQL tuple
  cut off before its closing parenthesis.
* TH_VEHICLE_PLATE: a bare plate in a list where other rows are proven plates.
* EMAIL_ADDRESS: function mailboxes (disputes@, refunds@, ap@ after invoicing words).

All values are fabricated; names are invented.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect import DetectionEngine
from tests.conftest import spans_of

# --- STUDENT_ID ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence glued onto the header line by the delimiter: rows have one cell fewer.
        (
            "จัดเรียงรายชื่อตามจุดจอดรถรับส่งให้หน่อย;รหัสนักเรียน;ชื่อเล่น;เบอร์\n"
            "72188;น้องเมย์;0942295326\n87331;น้องไอซ์;0608279863\n",
            ["72188", "87331"],
        ),
        (
            "Please sort these rows by bus stop for me, student_id, nickname\n51234, May\n51235, Ice\n",
            ["51234", "51235"],
        ),
        # A generic ID column ("เลขประจำตัว", "รหัส") in a roster about pupils.
        (
            "เลขประจำตัว,ชื่อ-สกุล,ศาสนา\n99552,สมหญิง ทดสอบ,พุทธ\n21800,สมชาย ตัวอย่าง,คริสต์\n"
            "นับจำนวนนักเรียนแยกตามศาสนาให้หน่อย",
            ["99552", "21800"],
        ),
        ("รายชื่อนักศึกษาที่ยังไม่ส่งงาน\nรหัส|ชื่อ\n6401234567|สมชาย ทดสอบ\n6401234568|สมหญิง ทดสอบ", ["6401234567", "6401234568"]),
        # A request answered on the next line of a chat.
        (
            "ครูประจำชั้น: ฝากส่งเลขประจำตัวนักเรียนมาด้วยนะคะ\nผู้ปกครอง: 96151 ค่ะ",
            ["96151"],
        ),
        ("Bot: What is your student ID?\nUser: 6401234567", ["6401234567"]),
        ("เจ้าหน้าที่: ขอรหัสนักศึกษาด้วยครับ\n6512345678 ครับ", ["6512345678"]),
        # A student number inside a coursework file name.
        ("ไฟล์การบ้านชื่อ HW3_6444522941_final.pdf ส่งช้า 2 วัน", ["6444522941"]),
        ("Grading: the submission 6530012345-lab2.zip has no README", ["6530012345"]),
        ("อาจารย์คะ ส่งรายงาน_B6412345678_v2.docx แล้วค่ะ", ["B6412345678"]),
        # An LMS's idnumber field, and registrar keys.
        ("[error] enrol_self: user somchai.t@example.ac.th idnumber=s693029434 course=ENG-1102", ["s693029434"]),
        ('{"std_id": "6401234567", "name": "สมชาย ทดสอบ"}', ["6401234567"]),
        ("stu_no: B6512345", ["B6512345"]),
    ],
)
def test_student_number_families(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "STUDENT_ID") == expected


@pytest.mark.parametrize(
    "text",
    [
        "เลขประจำตัว,ชื่อ,แผนก\n10023,สมชาย ทดสอบ,บัญชี\n10024,สมหญิง ทดสอบ,ขาย",  # staff, not pupils
        "รหัส,สินค้า,ราคา\n100234,ปากกา,20\n100235,ดินสอ,10\nสรุปยอดขายให้ลูกค้า",  # product codes
        "รหัสวิชา,ชื่อวิชา\n2110101,Computer Programming\nนักศึกษาลงทะเบียนได้ถึงวันศุกร์",  # course codes
        "ส่งไฟล์ invoice_20240115_final.pdf ให้อาจารย์ด้วย",  # a date in a file name
        "IMG_20231105_123456.jpg แนบในรายงาน",
        "report_0812345678_final.pdf ของนักศึกษา",  # a phone number in a file name
        "กรุณาแจ้งรหัสนักศึกษา\nโทร: 0812345678",  # a phone number on the next line
        "product idnumber=123456 sku=AB-1",  # no academic record
    ],
)
def test_student_number_negatives(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "STUDENT_ID") == []


# --- LINE_ID ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("กลัวโดนไล่ออกจากบ้าน ไอดีไลน์หนู chantha_chaiyaphan", ["chantha_chaiyaphan"]),
        ('เลิกส่งโปรมาได้แล้ว ไอดีไลน์ผม jirarat72 เบอร์ 082-000-0000', ["jirarat72"]),
        ("ไลน์ผม somchai99 นะ", ["somchai99"]),
        ("ไลน์พี่ nut_99 นะคะ", ["nut_99"]),
        ('{"arguments":"{\\"email\\":\\"a@example.com\\",\\"line_id\\":\\"chanpol.ph\\"}"}', ["chanpol.ph"]),
        ('[{"author":"Jane Roe","handle":"ekwatsri6","text":"..."}]', ["ekwatsri6"]),
        ('{"name": "John Doe", "screen_name": "@n.wongwong"}', ["@n.wongwong"]),
    ],
)
def test_line_id_families(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "LINE_ID") == expected


@pytest.mark.parametrize(
    "text",
    [
        "ไลน์ผม update ไม่ได้ตั้งแต่เมื่อวาน",  # a plain English word after ไลน์ + owner
        "ไลน์เรา 3 คนคุยกันอยู่",
        '{"handle": "0x1f", "type": "file"}',  # a file handle, no author in the record
    ],
)
def test_line_id_negatives(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "LINE_ID") == []


# --- TH_BANK_ACCOUNT -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vendor form\nPayment to: 628-8-11402-8\nContact: somchai@example.com", ["628-8-11402-8"]),
        ("Remit to 123-4-56789-0 within 30 days", ["123-4-56789-0"]),
        ("คืนเงินเข้า 1234567890 ภายในวันนี้", ["1234567890"]),
        ("6005838103972 อันนี้เลขบัตรลูกค้า ส่วน 5600417492 คือเลขบัญชีที่จะโอนคืน", ["5600417492"]),
        ("เลข 1234567890 เป็นบัญชีออมทรัพย์ของผม", ["1234567890"]),
        ("1234567890 is my KBank account", ["1234567890"]),
        (
            "syntax error near VALUES:\nINSERT INTO t (full_name, phone, bank_acct)\n"
            "VALUES ('สมชาย ทดสอบ', '0838251642', '4561293339'",
            ["4561293339"],
        ),
    ],
)
def test_bank_account_families(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "TH_BANK_ACCOUNT") == expected


@pytest.mark.parametrize(
    "text",
    [
        "order 1234567890 คือเลขคำสั่งซื้อ",
        "Payment terms: net 30; invoice 1234567890 tracking",
        "ติดต่อ 0812345678 คือเบอร์ผู้ดูแลบัญชีผู้ใช้",
    ],
)
def test_bank_account_negatives(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "TH_BANK_ACCOUNT") == []


# --- TH_VEHICLE_PLATE ------------------------------------------------------------------------


def test_bare_plate_beside_proven_plates(engine: DetectionEngine) -> None:
    text = (
        "กล้อง LPR อ่านป้ายได้แบบนี้:\n[08:12] 1วศ 9425 อุบลราชธานี -> ห้อง A-135\n"
        "[08:15] 5ตบ 7173 ชลบุรี -> ไม่พบ\n[08:19] ษห 5779 -> ห้อง B-733"
    )
    assert spans_of(engine, text, "TH_VEHICLE_PLATE") == ["1วศ 9425 อุบลราชธานี", "5ตบ 7173 ชลบุรี", "ษห 5779"]


@pytest.mark.parametrize(
    "text",
    [
        "ษห 5779 -> ห้อง B-733",  # alone: no plate vouches for it
        "รถทะเบียน กข 1234 กรุงเทพ จ่าย 300 บาท คน 30 ชม 12",  # units and words beside a plate
    ],
)
def test_bare_plate_negatives(engine: DetectionEngine, text: str) -> None:
    assert "ษห 5779" not in spans_of(engine, text, "TH_VEHICLE_PLATE")
    assert not any(s.startswith(("คน", "ชม")) for s in spans_of(engine, text, "TH_VEHICLE_PLATE"))


# --- EMAIL_ADDRESS ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "From: disputes@partnerbank.co.th\nSubject: Chargeback",
        "ส่งคำขอคืนเงินไปที่ refunds@shop.co.th",
        "collections@lender.com will contact you",
        "ครบกำหนดชำระ 30 วัน ส่งสำเนาที่ ap@thaiagro.co.th",
        "Payment to: 123-4-56789-0\nAP contact: ap@hotel.com",
        "ใบแจ้งหนี้ลูกหนี้ให้ส่ง ar@company.co.th",
    ],
)
def test_function_mailboxes_not_reported(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "EMAIL_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ติดต่อคุณอนันต์ที่ ar@startup.io ได้เลย", "ar@startup.io"),  # initials, no invoicing
        ("ส่งใบแจ้งหนี้ถึง ap@gmail.com", "ap@gmail.com"),  # a free-mail account is someone's
        ("disputes handled by somchai.k@partnerbank.co.th", "somchai.k@partnerbank.co.th"),
    ],
)
def test_personal_addresses_kept(engine: DetectionEngine, text: str, expected: str) -> None:
    assert spans_of(engine, text, "EMAIL_ADDRESS") == [expected]
