"""Session 5: identifier families seen in freshset6, each generalised beyond its rows.

* DATE_OF_BIRTH: a birth date asked for on one line and given on the next (call transcripts,
  chats), spoken month names (``เมษา``), compact ``19880312`` dates, travel documents' fields.
* TH_PASSPORT: ``Passport/ID:``, the old book of a renewal (``เล่มเดิมเลขที่``), an answer on the
  next line, a travel document named ``doc``/``Document No.`` in a travel record, an airline
  booking's DOCS element, a passport's machine-readable zone.
* STUDENT_ID: alumni directories, a number in brackets after a student's name, a pupil's class
  (``ป.3/2``), a numbered list of titled names under a student heading.
* MEDICAL_RECORD_NUMBER: numbers with a letter prefix (``D106189``), OPD numbers.
* TH_BANK_ACCOUNT / PHONE_NUMBER: a salary-account column, a transfer slip's payee account a few
  lines below its heading, a text message "sent to" a mobile number.
* EMAIL_ADDRESS: community and department mailboxes (``pride@``, ``comms@``, ``saraban@``).
* TH_VEHICLE_PLATE: a table header ending in ทะเบียนรถ is not read with the row below.

All values are fabricated; names are invented.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect import DetectionEngine
from tests.conftest import spans_of

# --- DATE_OF_BIRTH ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Asked for by the agent, answered on the caller's line (with an ASR hesitation).
        (
            "AGENT: ขอทราบวันเดือนปีเกิดค่ะ\nCUST: เอ่อ 14 สิงหาคม 2519\nAGENT: ขอบคุณค่ะ",
            ["14 สิงหาคม 2519"],
        ),
        ("Clinic: รบกวนขอวันเกิดเพื่อเปิดประวัติใหม่ค่ะ\nสมพร ทดลองดี: 21/11/2503", ["21/11/2503"]),
        ("Agent: And your date of birth?\nCaller: Uh, 5 March 1981.", ["5 March 1981"]),
        ("[00:30] จนท: ขอวันเดือนปีเกิดผู้ป่วยด้วยครับ\n[00:41] ผู้โทร: 12 มีนาคม 2500 ค่ะ", ["12 มีนาคม 2500"]),
        # An OCR'd form: the label ends its line with a colon, the date is alone on the next.
        ("Date of birth:\n03 APR 1974\nNationality: THAI", ["03 APR 1974"]),
        # Spoken month names and compact dates of payloads.
        ("ลูกค้าแจ้งว่าเกิด 3 เมษา 2517 ค่ะ", ["3 เมษา 2517"]),
        ('{"cust_dob": "19870215", "segment": "retail"}', ["19870215"]),
    ],
)
def test_birth_date_families(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "DATE_OF_BIRTH") == expected


@pytest.mark.parametrize(
    "text",
    [
        "AGENT: ปัญหานี้เกิดตอนไหนคะ\nCUST: 12 มีนาคม 2567",  # เกิด: to happen, not a birth date asked
        "วันเกิด\n12 มีนาคม 2531",  # no dialogue: a line of its own is no answer
        "AGENT: วันเกิดลูกค้าตรงกับระบบ 2 ครั้ง\nCUST: 12 มีนาคม 2531",  # the cue's line has its value
        '{"order_date": "20240115", "sku": "A-1"}',  # a compact date with no birth cue
        "Date of birth:\n03 APR 1974 is when the policy started",  # not a form's value alone
        "โปรโมชันวันเกิด:\n1 มีนาคม 2568\n",  # a birthday promotion's dates, not a form's label
    ],
)
def test_birth_date_negatives(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "DATE_OF_BIRTH") == []


# --- TH_PASSPORT (and the birth dates of travel documents) -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Renter: Somsri Tester   Passport/ID: AC774120\nVehicle: Honda City", ["AC774120"]),
        ("ยืนยันนัดต่ออายุหนังสือเดินทาง เล่มเดิมเลขที่ AB4471203 ณ สำนักงาน", ["AB4471203"]),
        ("Agent: Your passport number for the registration card?\nCaller: Uh, AA7720415.", ["AA7720415"]),
        ("Autogate rejected this traveller. kiosk=BKK-03 doc=AC5513027 face_score=0.41", ["AC5513027"]),
        ("Immigration form - Document No.: AB0012457, nationality THA", ["AB0012457"]),
    ],
)
def test_passport_families(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "TH_PASSPORT") == expected


@pytest.mark.parametrize(
    "text",
    [
        "DMS upload ok: doc=AB1234567 owner=finance",  # no travel record: a document number
        "เบิกค่าเดินทาง เอกสาร doc no. EX2024001 ยอด 1,200 บาท",  # a travel expense claim
        "Agent: Please bring your passport.\nCaller: OK, room 1203 then.",
        "SSR DOCS TG HK1 I/THA/1101700230708/THA/12MAR88/F/12MAR31/TESTER/SOMSRI",  # an ID card
        # A second MRZ line alone whose check digit disagrees. (Under a name line "P<THA...<<..." it
        # is a passport's, check digit or not: see test_identifiers_s5b.py.)
        "scan:\nAB12345670THA8803125F3103128<<<<<<<<<<<<<<02",
    ],
)
def test_passport_negatives(engine: DetectionEngine, text: str) -> None:
    # The last one: a machine-readable zone whose check digit does not agree.
    assert spans_of(engine, text, "TH_PASSPORT") == []


def test_airline_docs_element_gives_passport_and_birth_date(engine: DetectionEngine) -> None:
    text = (
        "Decode this PNR:\n 1.1TESTER/SOMSRI MS\n"
        "SSR DOCS TG HK1 P/THA/AB7712045/THA/20JAN1970/F/12MAR31/TESTER/SOMSRI\n"
        "SRDOCS TG HK1-P-GBR-512345678-GBR-30JUN73-M-14APR29-SAMPLE-JOHN\n"
    )
    assert spans_of(engine, text, "TH_PASSPORT") == ["AB7712045", "512345678"]
    assert spans_of(engine, text, "DATE_OF_BIRTH") == ["20JAN1970", "30JUN73"]


def test_machine_readable_zone_gives_passport_and_birth_date(engine: DetectionEngine) -> None:
    # ICAO 9303's specimen line: number L898902C, check digit 3, born 690806 (check digit 1).
    text = "OCR ของหน้าพาสปอร์ต:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C<3UTO6908061F9406236ZE184226B<<<<<14\n"
    assert spans_of(engine, text, "TH_PASSPORT") == ["L898902C"]
    assert spans_of(engine, text, "DATE_OF_BIRTH") == ["690806"]


# --- STUDENT_ID ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Retrieved from alumni directory (k=2):\n"
            "- Somsri Tester | รหัส 6110023345 | somsri.t@example.com | 081 234 5670\n"
            "- Anan Sample | รหัส 6110067789 | anan.s@example.com | 089 111 2222\n",
            ["6110023345", "6110067789"],
        ),
        ("วาระ 3: นศ. สมศรี ทดลองดี (6612045578) ลอกข้อสอบวิชา 01418112", ["6612045578"]),
        ("Student: Somsri Tester (ID 6401234567) missed the midterm", ["6401234567"]),
        ("แม่น้องข้าวปั้น: ครูคะ น้องข้าวปั้น ป.4/1 เลขประจำตัว 40521 วันนี้ขอลาค่ะ", ["40521"]),
        (
            "ประกาศรายชื่อนักศึกษาที่มีสิทธิ์สอบ\n1. 6410110123 นายสมชาย ทดสอบ\n2. 6410110456 นางสาวสมหญิง ทดสอบ\n",
            ["6410110123", "6410110456"],
        ),
    ],
)
def test_student_number_families(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "STUDENT_ID") == expected


@pytest.mark.parametrize(
    "text",
    [
        "นักศึกษาฝึกงานติดต่อ (0812345678) ได้ทุกวัน",  # a phone number in brackets
        "นักศึกษา (20240115) ส่งงานแล้ว",  # a date
        "งบกิจกรรมนักศึกษาทั้งหมด (1500000) บาท",  # an amount
        "รายชื่อพนักงานที่ผ่านทดลองงาน\n1. 6410110 นายสมชาย ทดสอบ\n",  # staff, not students
        "บ้านเลขที่ 12 ม.4 รหัส 40000",  # หมู่ 4 of an address is no class
    ],
)
def test_student_number_negatives_s5(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "STUDENT_ID") == []


# --- MEDICAL_RECORD_NUMBER -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "hn,patient_name,tel\nD106001,สมศรี ทดลองดี,0812345670\nD213002,อนันต์ ทดสอบ,0898765432\n",
            ["D106001", "D213002"],
        ),
        ("เลขที่ผู้ป่วยนอก 12-345678 นัดติดตามอาการ", ["12-345678"]),
        ("OPD no. 4521339, seen by Dr. Tester", ["4521339"]),
    ],
)
def test_hospital_number_families(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "MEDICAL_RECORD_NUMBER") == expected


# --- TH_BANK_ACCOUNT / PHONE_NUMBER ----------------------------------------------------------


def test_salary_account_column(engine: DetectionEngine) -> None:
    text = (
        "| ผู้กู้ | รายได้/เดือน | บัญชีรับเงินเดือน | มือถือ |\n|---|---|---|---|\n"
        "| สมศรี ทดลองดี | 45,000 | 284 9 23150 1 | 081-234-5670 |\n"
        "| อนันต์ ทดสอบ | 38,500 | 7287954861 | 089-876-5432 |\n"
    )
    assert spans_of(engine, text, "TH_BANK_ACCOUNT") == ["284 9 23150 1", "7287954861"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [("savings_account_no", ["1234567890"]), ("receiving account", ["1234567890"]), ("billing_account", [])],
)
def test_kind_of_account_in_a_header(engine: DetectionEngine, header: str, expected: list[str]) -> None:
    text = f"name,{header},phone\nSomsri Tester,1234567890,0812345670\n"
    assert spans_of(engine, text, "TH_BANK_ACCOUNT") == expected


def test_transfer_slip_payee_account(engine: DetectionEngine) -> None:
    text = (
        "อ่านสลิปนี้แล้วสรุปให้หน่อย\nโอนเงินสำเร็จ\n24 ก.ค. 2569  00:31 น.\n"
        "จาก   นาย สมชาย ทดสอบ\n        xxx-x-x7844-x\nไปยัง  สมศรี ทดลองดี\n        011-700399-2\n"
        "จำนวน  1,052.00 บาท\n"
    )
    assert spans_of(engine, text, "TH_BANK_ACCOUNT") == ["011-700399-2"]


def test_grouped_number_far_from_a_bank_word_stays_unreported(engine: DetectionEngine) -> None:
    # The slip's reach is for a bank's grouping only: a phone-shaped grouping is not an account.
    text = "โอนเงินสำเร็จแล้วนะ\n" + "รายละเอียดเพิ่มเติม " * 4 + "\nติดต่อกลับ 081-234-5670\n"
    assert spans_of(engine, text, "TH_BANK_ACCOUNT") == []


def test_sender_of_a_message_is_not_an_account(engine: DetectionEngine) -> None:
    text = 'ลูกค้าถามว่า SMS "บัญชีของท่านถูกระงับ" ส่งมาจาก 1234567890 จริงไหม'
    assert spans_of(engine, text, "TH_BANK_ACCOUNT") == []


def test_message_sent_to_a_mobile_is_a_phone_not_an_account(engine: DetectionEngine) -> None:
    text = '"หากไม่ใช่คุณ โทร 1333 หรือกดระงับบัญชีในแอป" — ส่งไปที่ 0871234560'
    assert spans_of(engine, text, "PHONE_NUMBER") == ["0871234560"]
    assert spans_of(engine, text, "TH_BANK_ACCOUNT") == []


# --- EMAIL_ADDRESS ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ERG for LGBTQ+ employees and allies; join via pride@example.co.th",
        "Political campaigning on company premises is prohibited. Questions: comms@example.co.th",
        "ส่งหนังสือราชการถึง saraban@example.go.th",
        "Wellness week! Sign up at wellbeing@example.com or sports.club@example.com",
        "Contact: Somsri Tester somsri_t@example.co.th / 081-234-5670 (accounting: ap@example.co.th)",
    ],
)
def test_function_and_community_mailboxes(engine: DetectionEngine, text: str) -> None:
    found = spans_of(engine, text, "EMAIL_ADDRESS")
    assert [e for e in found if not e.startswith("somsri")] == []


def test_person_in_a_department_mailbox_is_still_an_address(engine: DetectionEngine) -> None:
    assert spans_of(engine, "ส่งให้ pim.comms@example.co.th ด้วยค่ะ", "EMAIL_ADDRESS") == [
        "pim.comms@example.co.th"
    ]


# --- TH_VEHICLE_PLATE ------------------------------------------------------------------------


def test_plate_header_is_not_read_with_the_next_row(engine: DetectionEngine) -> None:
    text = "ห้อง | ผู้พักอาศัย | ทะเบียนรถ\n1040 | สมศรี ทดลองดี | 7กข 7302 สมุทรปราการ\n824 | อนันต์ ทดสอบ | บส 3367\n"
    assert spans_of(engine, text, "TH_VEHICLE_PLATE") == ["7กข 7302 สมุทรปราการ", "บส 3367"]


# --- Structured records: HL7 v2 messages, headers with a format note --------------------------


def test_hl7_pid_segment_gives_hospital_number_and_birth_date(engine: DetectionEngine) -> None:
    text = (
        "ช่วยดูว่าทำไม ADT นี้ถูก reject\n"
        "MSH|^~\\&|HIS|HOSP|LIS|LAB|202611240930||ADT^A04|MSG00001|P|2.5\r"
        "PID|1||77881234^^^HOSP^MR~1101700230708^^^MOI^NI||TESTER^SOMSRI^^^MS||198803120000|F\r"
        "PV1|1|O\n"
    )
    assert spans_of(engine, text, "MEDICAL_RECORD_NUMBER") == ["77881234"]  # not the NI repetition
    assert spans_of(engine, text, "DATE_OF_BIRTH") == ["19880312"]


@pytest.mark.parametrize(
    ("text", "entity_type", "expected"),
    [
        ("Name,Date of Birth (DD/MM/YYYY)\nSomsri Tester,12/03/1988\n", "DATE_OF_BIRTH", ["12/03/1988"]),
        (
            "| ชื่อ | วัน/เดือน/ปีเกิด (พ.ศ.) |\n|---|---|\n| สมศรี ทดลองดี | 12/03/2531 |\n",
            "DATE_OF_BIRTH",
            ["12/03/2531"],
        ),
        ("พนักงานต่างด้าว PP No.: MA1234567 วีซ่าหมดอายุเดือนหน้า", "TH_PASSPORT", ["MA1234567"]),
        ("รหัสคนไข้ 5521234 มาตามนัด", "MEDICAL_RECORD_NUMBER", ["5521234"]),
        # Whose number it is, between the cue and the number.
        ("เลขพาสปอร์ตลูกค้าคือ AB1234567 ค่ะ", "TH_PASSPORT", ["AB1234567"]),
        ("รหัสนักศึกษาของน้อง 6401234567 นะคะ", "STUDENT_ID", ["6401234567"]),
        ("HN ผู้ป่วย 1234567 นัดติดตามผล", "MEDICAL_RECORD_NUMBER", ["1234567"]),
        ("ตรวจเวชระเบียนผู้ป่วย 2567 ทั้งปี", "MEDICAL_RECORD_NUMBER", []),  # a year
        ("เลขบัตรโรงพยาบาล 65-004512", "MEDICAL_RECORD_NUMBER", ["65-004512"]),
    ],
)
def test_more_cues_and_headers(
    engine: DetectionEngine, text: str, entity_type: str, expected: list[str]
) -> None:
    assert spans_of(engine, text, entity_type) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("สแกนเวชระเบียน 2500 ราย ภายในเดือนนี้", []),  # a count of records
        ("ค่าทำบัตรโรงพยาบาล 1500 บาท", []),  # a fee
        ("HN 1234567 คนไข้มาตามนัด", ["1234567"]),  # คนไข้ (patient) is no count word
    ],
)
def test_hospital_number_is_no_count_or_price(
    engine: DetectionEngine, text: str, expected: list[str]
) -> None:
    assert spans_of(engine, text, "MEDICAL_RECORD_NUMBER") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An English slip: its heading is the only banking word.
        (
            "Transfer Successful\n24 Jul 2026 00:31\nFrom  MR SOMCHAI TESTER\n      xxx-x-x7844-x\n"
            "To    SOMSRI TESTER\n      011-7-00399-2\nAmount 1,052.00 THB\n",
            ["011-7-00399-2"],
        ),
        # The payee's name between the transfer word and the number, on one line.
        ("รบกวนโอนคืนให้ลูกค้า นางสาวสมศรี ทดลองดีมีสุข เลข 1234567890 ค่ะ", ["1234567890"]),
        # Bookkeeping, not a bank account; a support ticket's number.
        ("ฝ่ายบัญชีแจ้งว่าใบกำกับภาษีเลขที่ 1234567890 ผิด", []),
        ("บัญชีผู้ใช้ของนายสมชาย ทดสอบ ถูกล็อก Ticket 1234567890", []),
    ],
)
def test_account_reach_and_its_limits(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "TH_BANK_ACCOUNT") == expected
