"""Session 5, round 7: identifier kinds, each written in several domains and formats.

* STUDENT_ID: a generic ID column (``เลขประจำตัว``, ``รหัส``, ``ID``, ``idnumber``) of a roster about
  students (grade sheets, class lists, dorm lists, LMS exports), a registrar's ``sid`` key, a
  dashed number in brackets after a student's name; not a staff list, a stock list or an order
  export.
* IP_ADDRESS: a network block with its prefix (``10.13.0.0/16``) and a loopback address of a
  local service (``proxy_pass http://127.0.0.1:8080``) are no one's; a client's loopback in a log
  line still is.
* TH_NATIONAL_ID: a Thai product barcode (EAN-13, prefix 885), receipt, policy and voucher
  numbers are not IDs; an ``id_number``/``id_no`` key of a KYC payload names one.
* TH_PASSPORT: the number opening the line under an MRZ's name line, even when OCR broke the
  check digits.
* MEDICAL_RECORD_NUMBER: the number after a patient's name on a ward list's bed line.
* TH_BANK_ACCOUNT: the account alone on the line under a transfer slip's payee line.
* LINE_ID: someone else's LINE after ``ไลน์`` (``ไลน์ญาติ``, ``ไลน์ผู้ปกครอง``, ``ไลน์ลูกค้า``).

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
        # A school's grade summary, markdown: a generic "เลขประจำตัว" column, "ผลการเรียน".
        (
            "ทำสรุปผลการเรียนภาคเรียนที่ 1\n| เลขประจำตัว | ชื่อ-สกุล | เกรดเฉลี่ย |\n|---|---|---|\n"
            "| 6510234567 | สมศรี ทดลองดี | 3.21 |\n| s6510234581 | วิชัย ทดสอบกา | 2.80 |",
            ["6510234567", "s6510234581"],
        ),
        # A lecturer's CSV grade sheet, English "ID" column.
        (
            "Grade sheet CS101 midterm\nID,Name,Score\n6410123456,Somchai J.,78\n6410123470,Suda K.,85",
            ["6410123456", "6410123470"],
        ),
        # A Moodle import file, semicolons, an academic e-mail domain only.
        (
            "Import file\nusername;idnumber;email\nu6410500;6410500123;pim.t@example.ac.th",
            ["6410500123"],
        ),
        # A homeroom teacher's TSV attendance sheet (a school's 5-digit numbers).
        (
            "ครูประจำชั้น ม.3/2 สรุปเวลาเรียน\nรหัส\tชื่อ\tขาด\n31245\tด.ช.ต้นกล้า\t3\n31246\tด.ญ.ฝนริน\t0",
            ["31245", "31246"],
        ),
    ],
)
def test_student_ids_in_academic_rosters(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "STUDENT_ID") == expected


@pytest.mark.parametrize(
    "text",
    [
        # Every way of saying "the student's number", in requests, forms and payloads.
        "รหัส นศ 6410123456 ขอยื่นคำร้องขอผ่อนผันค่าเทอม",
        "แบบฟอร์มขอทุน\nID นักศึกษา: 6410123456\nชื่อ: นายทดสอบ ใจดี",
        "ไอดีนักศึกษา 6410123456 เข้าระบบ reg ไม่ได้ค่ะ",
        "เลขนักศึกษา 6410123456 ค้างชำระค่าหอ",
        "Student#6410123456 requested a late withdrawal",
        "GET /grades?stud_id=6410123456&term=1/2567",
        "นักศึกษาทุน ID 6410123456 ยังไม่ส่งผลการเรียน",
        # A bare รหัส beside a university's faculty or major.
        "นาย ทดสอบ ใจดี รหัส 6410123456 คณะวิทยาศาสตร์ ขอลาป่วย 3 วัน",
        "รหัสประจำตัว 6410123456 สาขาวิชาวิศวกรรมคอมพิวเตอร์",
    ],
)
def test_student_number_cues(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "STUDENT_ID") == ["6410123456"]


@pytest.mark.parametrize(
    "text",
    [
        "ระบบลงทะเบียนนักศึกษาล่ม error ID 50012345 ช่วยดู log",  # an error's ID
        "คณะกรรมการสอบ รหัส 1234567 ประชุมวันจันทร์",  # a committee, not a faculty
        "สมัครทัวร์คณะ ID 1234567 จำนวน 20 คน",  # a tour group
        "Student loan portal: order ID 64101234 paid",
    ],
)
def test_student_number_cue_negatives(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "STUDENT_ID") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A registrar's API payload: "sid" beside a course and a grade.
        ('{"course":"MATH201","sid":"6520301122","name":"Napat","grade":"B+"}', ["6520301122"]),
        # An international office's note: a dashed number in brackets after the student's name.
        ("Dear registrar, student Aung Min (ID 65-102-3344) requests a transcript.", ["65-102-3344"]),
    ],
)
def test_student_ids_in_keys_and_brackets(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "STUDENT_ID") == expected


@pytest.mark.parametrize(
    "text",
    [
        # A university's staff list: school words, but staff numbers.
        "รายชื่อบุคลากรมหาวิทยาลัย\nรหัส,ชื่อ,ตำแหน่ง\n58012345,ดร.สมชาย,อาจารย์\n58012346,นางสุดา,เจ้าหน้าที่",
        # A campus shop's stock list: an ID column, no names.
        "Stock list for the campus bookstore (university)\nID,Item,Qty\n64101234567,Notebook,30",
        # Product and order exports with the same shapes, nothing academic.
        "Product list\nID,Name,Price\n6410123456,Shampoo 400ml,129\n6410123470,Soap,25",
        "รายงานยอดขาย\n| รหัส | สินค้า | ยอด |\n|---|---|---|\n| 6510234567 | ปากกา | 300 |",
        # A web log's session id.
        "GET /api/cart?sid=84512399012 200 12ms\nGET /api/checkout?sid=84512399012 500",
    ],
)
def test_student_id_negatives(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "STUDENT_ID") == []


# --- IP_ADDRESS --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Subnet plan: 10.13.0.0/16 for prod, 172.27.0.0/20 for staging, 192.168.114.0/24 for office.",
        "ACL: allow 203.0.113.0/24; deny all",
        "server {\n  listen 443 ssl;\n  location / {\n    proxy_pass http://127.0.0.1:8080;\n  }\n}",
        "รัน dev server ที่ http://127.0.0.1:5173 แล้วหน้าเว็บขาว ช่วยดูหน่อย",
    ],
)
def test_ip_networks_and_local_services_are_not_reported(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "IP_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('127.0.0.1 - - [12/Mar/2026:10:01:02 +0700] "POST /login HTTP/1.1" 401 user=somchai', ["127.0.0.1"]),
        ("remote_addr=127.0.0.1 user_id=5531 action=download", ["127.0.0.1"]),
        ("login failed for user napat from 127.0.0.1 at 02:13", ["127.0.0.1"]),
        # An interface's own address with its prefix is a device's.
        ("inet 10.8.0.23/24 scope global tun0 (VPN laptop of Somchai)", ["10.8.0.23"]),
    ],
)
def test_client_addresses_still_reported(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "IP_ADDRESS") == expected


# --- TH_NATIONAL_ID ----------------------------------------------------------------------------

# Valid both as an EAN-13 (prefix 885, GS1 Thailand) and as a Thai ID checksum (fabricated).
_BARCODE = "8850012345758"
_ID = "1588206170662"  # valid checksum, inside the epoch-millisecond range


@pytest.mark.parametrize(
    "text",
    [
        f"สต็อกร้าน\nน้ำปลา 700ml {_BARCODE} 35 บาท",
        f"Scan result: {_BARCODE} qty 2",
        f"เลขที่ใบเสร็จ {_ID} ชำระแล้ว",
        f"กรมธรรม์เลขที่ {_ID} คุ้มครองถึง 2570",
        f"Voucher {_ID} ใช้ได้ถึงสิ้นเดือน",
    ],
)
def test_thirteen_digit_numbers_that_are_not_ids(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "TH_NATIONAL_ID") == []


@pytest.mark.parametrize(
    "text",
    [
        f"Explain this NDID response:\nid_number: {_ID}\nfull_name: สมชาย ทดลองดี\n",
        f'{{"id_no": "{_ID}", "name": "Somchai"}}',
        f"ผู้เอาประกัน นายสมชาย ทดลองดี เลขบัตรประชาชน {_ID} กรมธรรม์เลขที่ 3001234",
        f"เลขบัตรประชาชน {_BARCODE}",
    ],
)
def test_ids_with_their_cue(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "TH_NATIONAL_ID") == [_ID if _ID in text else _BARCODE]


# --- TH_PASSPORT -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OCR หน้าพาสปอร์ตลูกค้า อ่านผิดบางตัว:\nP<THATESTDEE<<SOMCHAI<<<<<<<<<<<<<<<<<<\n"
            "AC1234567<1THA8501017M3001011<<<<<<<<<<<<<<02",
            ["AC1234567"],
        ),
        ("hotel check-in scan\nP<MMRAUNG<<KYAW<ZIN<<<<<<<<\nMB12345<<8MMR9003034M2705123", ["MB12345"]),
        ("P<GBRTESTER<<JOHN<<<<<<\n123456789<0GBR8001014M3001015", ["123456789"]),
    ],
)
def test_passport_under_mrz_name_line(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "TH_PASSPORT") == expected


# --- LINE_ID ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ส่งต่อผู้ป่วย นางสาวมาลี ทดสอบ อายุ 56 ปี dx CKD ไลน์ญาติ kanya_2519", ["kanya_2519"]),
        ("ใบสมัครนักเรียนใหม่ ด.ญ.ฝน ไลน์ผู้ปกครอง mali.s77 เบอร์ติดต่อในระบบ", ["mali.s77"]),
        ("ออเดอร์ #5521 ส่งด่วน ไลน์ลูกค้า @nid.k ขอใบกำกับภาษี", ["@nid.k"]),
        ("ไลน์ลูกค้า update ไม่ได้ ช่วยดู", []),
        ("ไลน์แม่ แจ้งเตือนไม่ขึ้น", []),
    ],
)
def test_line_id_of_someone_else(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "LINE_ID") == expected


# --- MEDICAL_RECORD_NUMBER ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ส่งเวรเช้า: เตียง 12 คุณสมใจ ทดสอบดี 5646511 dx CKD stage 4 on O2 cannula\n"
            "เตียง 14 นายอนันต์ ทดลอง 62-641847 post-op day 2",
            ["5646511", "62-641847"],
        ),
        (
            "Ward 5A census\nBed 7: Mr. Arun Testing 1204587 pneumonia, on IV abx\n"
            "Bed 8: Mrs. Lek Sample 998877/65 DM foot",
            ["1204587", "998877/65"],
        ),
        ("ICU handover\nเตียงที่ 3 (ป้าแดง ทดสอบ) 4412093 sepsis", ["4412093"]),
        # Not a hospital number: a phone, a price, blood pressure, a hotel booking's date.
        ("เตียง 3 คุณสมศรี โทร 0812345678 ญาติรับกลับ", []),
        ("ค่าห้องพิเศษ เตียง 2 ห้องรวม 15000 บาท ต่อคืน", []),
        ("เตียง 5 ผู้ป่วยรายใหม่ BP 120/80 HR 88", []),
        ("Hotel room type: king bed 2 adults check-in 20260315", []),
    ],
)
def test_hospital_number_on_a_ward_list(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "MEDICAL_RECORD_NUMBER") == expected


# --- TH_BANK_ACCOUNT ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "อ่านสลิปนี้แล้วบันทึกบัญชี\nโอนเงินสำเร็จ\nจาก นางสาวทดสอบ ประทอง\nxxx-x-x3198-x\n"
            "ไปยัง ส.อ.ทดลอง คำพันธ์\n5573187110\nจำนวน 16,034.50 บาท",
            ["5573187110"],
        ),
        (
            "OCR of the customer's slip:\nTransfer successful\n12 Mar 2026 10:42\nRef. no. 2026031210420051\n"
            "From Somchai Testing\nxxx-x-x1234-x\nTo Mali Testing\n4021387755\nAmount 2,500.00 THB",
            ["4021387755"],
        ),
        (
            "ลูกค้าส่งสลิปมา ช่วยตรวจ\nโอนเงินสำเร็จ\n15 มี.ค. 69 09:12 น.\nเลขที่รายการ: 016075091200ABC\n"
            "จาก นายทดสอบ ใจดี\nxxx-x-x5521-x\nผู้รับเงิน นางทดลอง ศรีสุข\n1102345678\nจำนวนเงิน 1,200.00 บาท",
            ["1102345678"],
        ),
        # "ไปยัง" outside a slip: a document sent to a department, an order number below.
        ("ส่งเอกสารไปยัง ฝ่ายบัญชี\n1234567890 คือเลขที่ใบสั่งซื้อ", []),
    ],
)
def test_payee_account_under_the_payee_line_of_a_slip(
    engine: DetectionEngine, text: str, expected: list[str]
) -> None:
    assert spans_of(engine, text, "TH_BANK_ACCOUNT") == expected


@pytest.mark.parametrize(
    "text",
    [
        "curl -X POST http://10.0.0.5:8080/api/v1/orders ตอบ 502 ช่วยดู",
        "ลิงก์ในอีเมลหลอกลวงชี้ไป https://203.0.113.50/login ให้แจ้งเตือนพนักงาน",
    ],
)
def test_url_hosts_are_servers(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "IP_ADDRESS") == []
