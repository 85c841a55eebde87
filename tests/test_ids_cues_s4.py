"""Session 4: identifiers whose cue is glued, doubled or implied, and network addresses that
belong to no one.

All values are fabricated; names are invented.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect import DetectionEngine
from tests.conftest import spans_of

# --- STUDENT_ID: เลขประจำตัว at school, รหัส + 7-10 digits in a pupil's dealings with a teacher ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ฝ่ายปกครอง: นักเรียน สมชาย ทดสอบ เลขประจำตัว 62-758553 ผู้ปกครองติดต่อด่วน", "62-758553"),
        ("อาจารย์ครับ ผมสมชาย ทดสอบ รหัส 6636405 ขอเลื่อนสอบเพราะป่วยครับ", "6636405"),
        ("เรียนอาจารย์ หนูวารี ทดสอบ รหัส 6377-0606-98 ขาดสอบย่อยเมื่อวานค่ะ", "6377-0606-98"),
        ("Dear professor, I am Jane Roe รหัส 6512345678 and I missed the midterm", "6512345678"),
        ("หนังสือถึงผู้ปกครอง: เด็กหญิงมานี ทดสอบ เลขประจำตัว B6523240 มาสายบ่อย", "B6523240"),
    ],
)
def test_student_numbers_in_school_dealings(engine: DetectionEngine, text: str, expected: str) -> None:
    assert spans_of(engine, text, "STUDENT_ID") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "ลูกค้ารหัส 1234567 กรุณาตรวจสอบยอดค้างชำระ",
        "พนักงาน เลขประจำตัว 6636405 เข้าอบรมความปลอดภัย",
        "สอบถามรหัส 7654321 ของสินค้าได้ที่หน้าร้าน",
    ],
)
def test_codes_outside_school(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "STUDENT_ID") == []


# --- MEDICAL_RECORD_NUMBER: the cue typed twice ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["นัดผู้ป่วยHNHN73816562คุณเอิร์ธมาตรวจเลือดซ้ำ", "ผู้ป่วย HNHN 0012345 นัดติดตามอาการ", "hnhn:64-012345 admit"],
)
def test_doubled_hn(engine: DetectionEngine, text: str) -> None:
    assert len(spans_of(engine, text, "MEDICAL_RECORD_NUMBER")) == 1


# --- PHONE_NUMBER: +66 without the plus ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ผู้รับ: พญ.สมใจ ทดสอบ (66945644449)\n779 ตำบลแม่สอด อำเภอแม่สอด จังหวัดตาก 63110",
        "คุณสมชาย ทดสอบ 66812345678 ครับ ฝากของไว้ที่ป้อม",
        "name,email,department,phone\nสมชาย ทดสอบ,s.t@example.com,การเงิน,6621234567",
    ],
)
def test_country_code_without_plus(engine: DetectionEngine, text: str) -> None:
    assert len(spans_of(engine, text, "PHONE_NUMBER")) == 1


@pytest.mark.parametrize(
    "text",
    ["ยอดรวม 66812345678 บาท", "user_id=66812345678 status=ok", "id,amount\n1,6621234567", "66812345678.50"],
)
def test_country_code_numbers_that_are_no_phones(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "PHONE_NUMBER") == []


# --- TH_VEHICLE_PLATE after a vehicle word ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ใครเห็นรถ กป1249 ขับเร็วมาก", "กป1249"),
        ("รถกข 1234 จอดขวางทางเข้าหมู่บ้าน", "กข 1234"),
        ("มอเตอร์ไซค์ ขค 567 ชนแล้วหนี", "ขค 567"),
    ],
)
def test_plate_after_vehicle_word(engine: DetectionEngine, text: str, expected: str) -> None:
    assert spans_of(engine, text, "TH_VEHICLE_PLATE") == [expected]


@pytest.mark.parametrize("text", ["รถ 2 คัน", "ค่าเช่ารถ กก 300 บาท", "สามารถ ลด 20% ได้", "รถตู้ 12 ที่นั่ง"])
def test_vehicle_words_without_plate(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "TH_VEHICLE_PLATE") == []


# --- ADDRESS starting at a room or floor -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ส่งถึง คุณสมใจ ห้อง 681 อาคารศุภาลัยพาร์ค ถ.ราษฎร์บำรุง ตำบลบางพระ อำเภอศรีราชา จังหวัดชลบุรี โทร 080",
        "Ship to: Jane Roe\nห้อง 1955 อาคารเดอะเบส ตำบลบางกระสอ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี\nTel",
    ],
)
def test_address_from_a_room(engine: DetectionEngine, text: str) -> None:
    assert len(spans_of(engine, text, "ADDRESS")) == 1


@pytest.mark.parametrize("text", ["จัดอบรมที่ห้อง 301 อาคารเรียนรวม เขตบางเขน", "ห้อง 301 อาคาร 2 ชั้น 3"])
def test_room_of_a_venue_is_no_address(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "ADDRESS") == []


# --- LINE_ID right after a verb of getting in touch ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ผู้ปกครองติดต่อ tonkla840 ช่วยร่างหนังสือ", "tonkla840"),
        ("ผู้ปกครองติดต่อ @namwan.cute ได้เลย", "@namwan.cute"),
        ("ทักมาที่ nattapong_bkk นะคะ", "nattapong_bkk"),
    ],
)
def test_handle_after_contact_verb(engine: DetectionEngine, text: str, expected: str) -> None:
    assert spans_of(engine, text, "LINE_ID") == [expected]


@pytest.mark.parametrize(
    "text", ["ติดต่อ HR ได้ทุกวัน", "ติดต่อ Dr.Somchai ที่ห้องตรวจ", "ติดต่อ ext.1234", "ติดต่อ www.example.com"]
)
def test_words_after_contact_verb(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "LINE_ID") == []


# --- EMAIL_ADDRESS at a second-level suffix --------------------------------------------------


def test_mailbox_at_second_level_suffix(engine: DetectionEngine) -> None:
    assert spans_of(engine, "งานด่วนส่งหา jroe@go.th แทนนะครับ", "EMAIL_ADDRESS") == ["jroe@go.th"]


# --- IP_ADDRESS: the network's own equipment -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ตั้งค่า gateway 10.0.0.1 และ subnet 255.255.255.0",
        "DNS: 8.8.8.8, 8.8.4.4",
        "เปิดเบราว์เซอร์ไปที่ 192.168.1.1 เพื่อเข้าหน้าตั้งค่าเราเตอร์",
        "default gateway = 192.168.10.1",
        "เกตเวย์คือ 192.168.0.254 ส่วน DNS ใช้ 1.1.1.1",
    ],
)
def test_network_config_is_not_personal(engine: DetectionEngine, text: str) -> None:
    assert spans_of(engine, text, "IP_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("client IP 10.196.132.233 gateway 10.0.0.1 error 809", ["10.196.132.233"]),
        ("login from 192.168.1.1 user jroe failed", ["192.168.1.1"]),
        ("gateway 49.228.10.77 ของบ้านคุณสมชาย", ["49.228.10.77"]),  # a home line on the internet
    ],
)
def test_device_addresses_still_reported(engine: DetectionEngine, text: str, expected: list[str]) -> None:
    assert spans_of(engine, text, "IP_ADDRESS") == expected
