"""Session 8: shapes of false alarms found while studying freshset15 (all values fabricated).

Each case pairs what is no longer reported with the nearest thing that still must be: a fix that
silences a shape must not silence the personal data that looks like it.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.engine import get_engine

# 13-digit numbers in the epoch-millisecond range (mid 2025) that pass the Thai ID checksum.
STAMP_A = "1750000000002"
STAMP_B = "1750000000011"


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in get_engine().analyze(text)]


def _types(text: str) -> set[str]:
    return {entity for entity, _ in _found(text)}


@pytest.mark.parametrize(
    "text",
    [
        # A log level after a bracketed stamp, and a lower-case program verb.
        f"night audit\n[{STAMP_B}] posting room_charge folios=12\n[{STAMP_A}] WARN rate_code=BB mismatch",
        # Operations messages: each line opens with a stamp, then a flight number.
        f"group these OCC messages by delay code\n{STAMP_A} TG661 HS-TKX ETD 0105 DLY 41\n"
        f"{STAMP_B} FD3224 HS-BBQ ETD 0730 DLY 93",
        # A release's build number and a parcel's last scan.
        f"Polish these release notes:\nv5.1.11 (build {STAMP_A})\n- New: trend card",
        f"Your bag will arrive tonight. Track at worldtracer. Last scan {STAMP_A}.",
        # An HTTP method after the stamp.
        f"{STAMP_A} GET /v1/orders 200 12ms",
    ],
)
def test_machine_stamps_are_no_national_id(text: str) -> None:
    assert "TH_NATIONAL_ID" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        f"{STAMP_A} SOMCHAI JAIDEE",  # an upper-case name after the number: a person's record
        f"รายชื่อผู้สมัคร\n{STAMP_A} นายสมชาย ใจดี",
        f"[{STAMP_A}] Somchai Jaidee",  # a capitalised name after a bracketed number
        f"build your profile: เลขบัตรประชาชน {STAMP_A}",  # the ID cue wins over "build"
    ],
)
def test_an_id_before_a_name_is_still_found(text: str) -> None:
    assert ("TH_NATIONAL_ID", STAMP_A) in _found(text)


@pytest.mark.parametrize("address", ["juristic@thetreegarden.com", "niti.office@parkview.co.th",
                                     "property.management@sukhumvit-residence.com"])
def test_condo_office_mailboxes_are_no_personal_data(address: str) -> None:
    assert "EMAIL_ADDRESS" not in _types(f"สอบถามเพิ่มเติม {address}")


def test_a_person_mailbox_at_a_condo_domain_is_still_found() -> None:
    assert "EMAIL_ADDRESS" in _types("ติดต่อ pimchanok.s@parkview.co.th")


def test_a_biometric_practice_denied_is_no_disclosure() -> None:
    text = (
        "ตรวจร่างนโยบายนี้ว่าสอดคล้อง PDPA ไหม\nนโยบายระบบเข้าออกอาคาร: นิติบุคคลใช้เครื่องสแกนใบหน้า "
        "ระบบเก็บเฉพาะ template ที่เข้ารหัส ไม่เก็บภาพใบหน้า ลบภายใน 30 วันหลังย้ายออก "
        "ลูกบ้านที่ไม่ยินยอมขอคีย์การ์ดได้"
    )
    assert "BIOMETRIC_DATA" not in _types(text)
    assert "BIOMETRIC_DATA" not in _types("Our gate system does not store fingerprint images of residents.")


def test_a_residents_face_enrolment_is_still_found() -> None:
    assert "BIOMETRIC_DATA" in _types("ลูกบ้านห้อง 1203 นายสมชาย ใจดี ลงทะเบียนภาพใบหน้าแล้วเมื่อวาน")


def test_a_private_name_in_news_is_still_a_person() -> None:
    text = "ข่าวท้องถิ่น: นางสาวพิมพ์ชนก แสงทอง อายุ 34 ปี ถูกรถชนบริเวณหน้าตลาด"
    assert any(entity == "PERSON" and "พิมพ์ชนก แสงทอง" in value for entity, value in _found(text))


def test_villages_counted_are_no_address() -> None:
    text = "กสทช. ขยายสัญญาณ 4G ให้ครอบคลุม 133 หมู่บ้านบนพื้นที่สูงในจังหวัดเชียงราย แม่ฮ่องสอน และน่าน"
    assert "ADDRESS" not in _types(text)
    assert "ADDRESS" in _types("ส่งของที่ 45/2 หมู่บ้านในฝัน ต.บ้านดู่ อ.เมือง จ.เชียงราย 57100")


def test_an_insurance_benefit_table_is_no_diagnosis() -> None:
    text = (
        "สรุปความคุ้มครองสัญญาเพิ่มเติมโรคร้ายแรง เป็นตารางให้ลูกค้าอ่านง่าย:\n"
        "- โรคมะเร็งระยะลุกลาม จ่าย 100% ของทุน\n- โรคหลอดเลือดสมองตีบที่มีอาการถาวร จ่าย 100%\n"
        "ระยะรอคอย 90 วัน"
    )
    assert "HEALTH_DATA" not in _types(text)
    claim = "ผู้เอาประกัน นายสมชาย ใจดี ป่วยเป็นโรคมะเร็งระยะลุกลาม ขอเคลมตามความคุ้มครอง จ่าย 100% ของทุน"
    assert "HEALTH_DATA" in _types(claim)


def test_a_rule_for_whoever_it_may_concern_is_no_criminal_record() -> None:
    text = ("Enhanced due diligence applies when adverse-media screening suggests a customer has been charged "
            "with or convicted of fraud, money laundering or drug trafficking.")
    assert "CRIMINAL_RECORD" not in _types(text)
    assert "CRIMINAL_RECORD" in _types("Customer Somchai Jaidee was convicted of fraud in 2019, see file 44.")
