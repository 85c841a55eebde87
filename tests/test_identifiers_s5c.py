"""Session 5, round 8: identifier kinds, each written in several domains and formats.

* TH_NATIONAL_ID: an epoch-millisecond number under a time key (``t=``, ``exp``, ``CACHE_UNTIL =``)
  or inside code (``= 17...;``, ``Date(17...)``) is a time, whatever language the request above it
  is in; a dashed number in a grouping no citizen ID is printed in is another scheme's number;
  an ID cue after a number but in the next field (``"pid": ...``) is that field's.
* STUDENT_ID: the number right after a student word (``นักเรียนเลขที่ 40213``, ``student=...``)
  or after a slash behind the student's name (``student NAME / B6412345``).
* TH_BANK_ACCOUNT: the value column of a key/value table (``| field | value |``) named by its row's
  key; a headerless payroll / bulk-transfer file (name, account, amount with satang); any grouping
  right after an account-number key (a GSB ``"acct": "020-1234-56789"``).
* LINE_ID: lower-case ``line`` + a plain handle in a person's contacts (after a phone or e-mail).
* ADDRESS: a rural address naming the village after its หมู่ (``หมู่ 2 บ้านเหล่า ตำบล...``).

All values are fabricated (checksums computed, not copied); names are invented.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect import DetectionEngine
from tests.conftest import spans_of

# Fabricated 13-digit numbers that pass the Thai ID checksum and lie in the epoch-ms range.
_EPOCH_A = "1730000000002"
_EPOCH_B = "1745123456785"
_ID = "1101700230708"

# --- TH_NATIONAL_ID: timestamps and other schemes -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A farm's / a cold-chain warehouse's sensor log, pasted under a Thai request.
        f"ช่วยดูค่าเซนเซอร์ห้องเย็นว่าผิดปกติไหม\nsensor=cold-3 t={_EPOCH_A} temp=4.2 rh=71",
        # A developer's code review: a constant and a call.
        f"```js\nconst LAUNCH = {_EPOCH_B}; // do not touch\nif (Date.now() > LAUNCH) start();\n```\nรีวิวให้หน่อย",
        f"```python\nwhen = datetime.fromtimestamp({_EPOCH_A} / 1000)\n```\nแก้ bug timezone ให้หน่อยค่ะ",
        f"```js\nconst d = moment({_EPOCH_B});\n```",
        # A bank's API log with a JWT's claims, a Thai note on the same line.
        f"token exp: {_EPOCH_A} ช่วยดูว่าหมดอายุหรือยัง",
        f'{{"valid_until": "{_EPOCH_B}", "ลูกค้า": "ทดลอง"}}',
        # A scholarship / loan / contract number in its own dashed grouping, no ID cue.
        '{"student_id": "64-123456-7890-4", "pid_verified": true}',
        "เลขสัญญาเงินกู้ 641-2345678-90-4 ชำระงวดที่ 3 แล้ว",
    ],
)
def test_timestamps_and_other_schemes_are_not_national_ids(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "TH_NATIONAL_ID") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A chat: the customer types the ID after a speaker label.
        (f"ลูกค้า: {_ID} ค่ะ", _ID),
        # An HR YAML record's short "nid" key (national ID).
        (f'employee:\n  name: สมหญิง ทดสอบ\n  nid: "{_ID}"\n  dept: บัญชี', _ID),
        # The ID's own printed grouping stays an ID with no cue.
        ("ผู้ขอกู้ 1-1017-00230-70-8 รายได้ 35,000", "1-1017-00230-70-8"),
        # A JSON record: the "pid" key before the value still names it.
        (f'{{"name": "ทดลอง", "pid": "{_ID}", "tel": "0812345678"}}', _ID),
    ],
)
def test_national_ids_kept(engine: DetectionEngine, text: str, expected: str) -> None:
    assert spans_of(engine, text, "TH_NATIONAL_ID") == [expected]


# --- STUDENT_ID: after a student word, after a slash -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A school nurse's daily log.
        ("บันทึกห้องพยาบาล 3/7/2568 นักเรียนเลขที่ 40213 ด.ช.ภูมิ ทดลองดี ปวดท้อง", ["40213"]),
        # An online-exam proctoring log.
        ("proctor.log\n[10:02] student=6512345678 ip=10.2.3.4 face_match=0.32 -> FLAG", ["6512345678"]),
        # A university's log-in audit, a letter-prefixed number.
        ("audit: student=s6401234567 login failed 5 times", ["s6401234567"]),
        # A dean's English memo: the name, then the number after a slash.
        ("Memo: student Somsak Deeprom / B6412345 missed the midterm twice.", ["B6412345"]),
        # A scholarship JSON: the dashed number is the student's, not a citizen ID.
        (
            '{"name": "ทดลอง ใจดี", "student_id": "64-123456-7890-4", "pid": "1101700230708"}',
            ["64-123456-7890-4"],
        ),
    ],
)
def test_student_numbers_after_student_words(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "STUDENT_ID") == expected


@pytest.mark.parametrize(
    "text",
    [
        "โรงเรียนมีนักเรียน 12000 คน ครู 450 คน",
        "กยศ. อนุมัติ student loan 250000 baht ต่อปี",
        "นักศึกษา 2567 รับเพิ่ม 10%",
        "ผู้ปกครองนักเรียน 0812345678 โทรมาสอบถาม",
        "นักศึกษาทั้งหมด (1500000) บาท เป็นงบประมาณ",
        "อัตราส่วน นักเรียน / ครู = 25 / 1",
    ],
)
def test_student_word_negatives(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "STUDENT_ID") == []


# --- TH_BANK_ACCOUNT ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An HR onboarding checklist as a key/value markdown table.
        (
            "ทำ checklist พนักงานใหม่\n| field | value |\n|---|---|\n| ชื่อ | ทดลอง ใจดี |\n"
            "| บัญชีเงินเดือน | 123-4-56789-0 |\n| เบอร์โทร | 081-234-5678 |",
            ["123-4-56789-0"],
        ),
        # A Thai key/value table in a bank's KYC summary.
        (
            "| รายการ | ข้อมูล |\n|---|---|\n| เลขที่บัญชี | 987-6-54321-0 |\n| อาชีพ | ค้าขาย |",
            ["987-6-54321-0"],
        ),
        # A payroll file pasted without its header, for a bank's bulk-transfer format.
        (
            "payroll เดือนนี้ แปลงเป็น format ของ KTB bulk ให้หน่อย\n"
            "ทดลอง ใจดี,1101700230708,4021234567,25000.00\nสมหญิง ทดสอบ,3100600123457,7123456789,18500.50",
            ["4021234567", "7123456789"],
        ),
        # A cooperative's dividend payout, tab-separated.
        (
            "โอนเงินปันผลสหกรณ์เข้าบัญชีสมาชิก (ธ.ก.ส.)\nนายทดลอง ใจดี\t020123456789\t1,250.00",
            ["020123456789"],
        ),
        # A scholarship payload: GSB's 12 digits in the bank's own grouping after "acct".
        ('{"bank": {"name": "ออมสิน", "acct": "020-1234-56789"}}', ["020-1234-56789"]),
    ],
)
def test_bank_accounts_in_records(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "TH_BANK_ACCOUNT") == expected


@pytest.mark.parametrize(
    "text",
    [
        # A key/value table whose rows name other numbers.
        "| field | value |\n|---|---|\n| ธนาคาร | กสิกรไทย |\n| เบอร์โทร | 0812345678 |\n| เลขคำสั่งซื้อ | 4021234567 |",
        # A sales report (a bank word, amounts) with no payout: order numbers, not accounts.
        "สรุปยอดขาย ลูกค้าชำระผ่าน QR ของธนาคาร ทุกรายการยืนยันแล้ว รายละเอียดตามไฟล์แนบด้านล่างนี้ครับ\n"
        "สินค้า A,4021234567,120.00\nสินค้า B,4021234568,99.50",
        # A payroll file's phone column: mobile-shaped, left to the phone recognizer.
        "payroll เดือนนี้ (SCB) ส่ง SMS แจ้งยอดให้พนักงานทุกคนตามรายชื่อด้านล่าง ก่อนวันที่ 25 ของเดือน\n"
        "ทดลอง ใจดี,0812345678,25000.00",
    ],
)
def test_bank_account_record_negatives(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "TH_BANK_ACCOUNT") == []


# --- LINE_ID ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agent: ผู้เช่าใหม่ Tomasz เบอร์ไทย 093-000-1234 line tom.k99", ["tom.k99"]),
        ("ลูกค้าแจ้ง tel 0812345678 line nok_2540 ค่ะ ให้ติดต่อกลับ", ["nok_2540"]),
        ("ผู้ปกครอง: ploy@example.com, line ploy.mom", ["ploy.mom"]),
    ],
)
def test_lower_case_line_in_contacts(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "LINE_ID") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Traceback: error at line main.py in module; name undefined",
        "Name: Somchai, Line manager approved",
        "ผลิต 0812345678 line 12 เสีย",
    ],
)
def test_lower_case_line_negatives(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "LINE_ID") == []


# --- ADDRESS ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ลูกจ้างพักอยู่ 7 หมู่ 2 บ้านเหล่า ตำบลโนนสูง อำเภอเมือง ขอเบิกค่าเดินทาง",
            "7 หมู่ 2 บ้านเหล่า ตำบลโนนสูง อำเภอเมือง",
        ),
        (
            "ผู้ถือกรรมสิทธิ์อยู่บ้านเลขที่ 18 หมู่ที่ 4 บ้านโคกใหญ่ ต.ทดลอง อ.เมือง จ.สุรินทร์\nเนื้อที่ 2 ไร่",
            "บ้านเลขที่ 18 หมู่ที่ 4 บ้านโคกใหญ่ ต.ทดลอง อ.เมือง จ.สุรินทร์",
        ),
    ],
)
def test_village_named_after_moo(engine: DetectionEngine, text: str, expected: str) -> None:
    assert spans_of(engine, text, "ADDRESS") == [expected]


def test_generic_word_after_moo_is_no_village(engine: DetectionEngine) -> None:
    assert spans_of(engine, "ประชุมหมู่ 5 บ้านนี้ ต.สุเทพ เรื่องงบ", "ADDRESS") == []
