"""Session 3b: families of identifier misses and false alarms (all values fabricated).

Each test covers a family of phrasings, not one row of an evaluation set: other cue spellings,
other sentence shapes, Thai and English.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect import detect
from pdpa_guard.detect.recognizers.bank_account import ThaiBankAccountRecognizer
from pdpa_guard.detect.recognizers.cued_numbers import MedicalRecordNumberRecognizer, StudentIdRecognizer
from pdpa_guard.detect.recognizers.email import EmailAddressRecognizer, is_role_mailbox
from pdpa_guard.detect.recognizers.ip_address import IpAddressRecognizer
from pdpa_guard.detect.recognizers.line_id import LineIdRecognizer
from pdpa_guard.detect.recognizers.passport import PassportRecognizer
from pdpa_guard.detect.recognizers.phone import ThaiPhoneRecognizer
from pdpa_guard.detect.recognizers.th_national_id import ThaiNationalIdRecognizer, thai_id_checksum_ok


def found(recognizer, text: str, entity: str | None = None) -> list[str]:
    return [text[s.start : s.end] for s in recognizer.find(text) if entity is None or s.entity_type == entity]


def _with_check_digit(twelve: str) -> str:
    for last in "0123456789":
        if thai_id_checksum_ok(twelve + last):
            return twelve + last
    raise AssertionError("no check digit")


# --- MEDICAL_RECORD_NUMBER: English and Thai names of the hospital number, and AN ---------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Referral letter. Hospital No. 77120394, please forward imaging.", "77120394"),
        ("Hospital Number: 66-004512 (Siriraj)", "66-004512"),
        ("pt admitted, Hosp. No 5566123, ward 7", "5566123"),
        ('{"hospital_id": "4410987"}', "4410987"),
        ("ผู้ป่วยหญิง เลขที่โรงพยาบาล 12345/66 นัดติดตาม", "12345/66"),
        ("เลข รพ. 0098765 ค่ะ", "0098765"),
        ("Admit ward 5 AN 67-004321", "67-004321"),
        ("admission no. 2024-88812 bed 12", "2024-88812"),
        ("เลขที่ผู้ป่วยใน 6700123 ค่ะ", "6700123"),
    ],
)
def test_hospital_number_spellings(text: str, value: str) -> None:
    assert value in found(MedicalRecordNumberRecognizer(), text)


def test_an_in_capitals_as_a_word_is_no_cue() -> None:
    assert found(MedicalRecordNumberRecognizer(), "AN AUDIT OF 2024 CASES and ANother 5555 things") == []


# --- TH_PASSPORT: letters set apart from the digits ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Passport No.: KT 4419027 | Nationality: Thai", "KT 4419027"),
        ("passport: AB-7710452 exp 2030", "AB-7710452"),
        ("หนังสือเดินทางเลขที่ AC 1029384 หมดอายุปี 2572", "AC 1029384"),
        ("Passport E 55120987 (China)", "E 55120987"),
        ("พาสปอร์ต AA1234567 ค่ะ", "AA1234567"),
    ],
)
def test_passport_letters_and_digits_apart(text: str, value: str) -> None:
    assert found(PassportRecognizer(), text) == [value]


def test_passport_words_after_cue_are_not_numbers() -> None:
    assert found(PassportRecognizer(), "Passport AB section 12 of the form") == []


# --- TH_BANK_ACCOUNT: transfer words without บัญชี --------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("เมื่อวานโอนผิดไปที่ 612-3-45678-9 ช่วยตามคืนให้หน่อย", "612-3-45678-9"),
        ("ปลายทางที่โอนไปคือ5123456789 ชื่อผู้รับไม่ตรง", "5123456789"),
        ("เลขปลายทาง 402-7-11223-4 นะคะ", "402-7-11223-4"),
        ("Please wire to 123-456789-0 before Friday", "123-456789-0"),
        ("payee: 7012345678, amount 5,000", "7012345678"),
        ("funds were transferred to 3344556677 by mistake", "3344556677"),
    ],
)
def test_transfer_destination_is_an_account(text: str, value: str) -> None:
    assert found(ThaiBankAccountRecognizer(), text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "โอนไป 0812345678 ได้เลย",  # PromptPay by phone: left to the phone recognizer
        "โอนกรรมสิทธิ์ที่ดิน โฉนดเลขที่ 1234567890",
        "โอนรถ เลขตัวถัง 1234567890",
    ],
)
def test_transfer_words_that_name_no_account(text: str) -> None:
    assert found(ThaiBankAccountRecognizer(), text) == []


def test_mobile_after_transfer_word_stays_a_phone() -> None:
    assert found(ThaiPhoneRecognizer(), "โอนไป 0812345678 ได้เลย") == ["0812345678"]


# --- TH_NATIONAL_ID: OCR'd cue and irregular spacing -------------------------------------------


@pytest.mark.parametrize(
    "cue",
    ["เลขประจําตัวประซาซน", "เลขประจำตัวประชาซน", "บัตรประซาชน", "เลขประจําตัว", "national id"],
)
@pytest.mark.parametrize(
    "spacing",
    ["{0}  {1}{2}{3}  {4}{5}{6}  {7}{8}{9}{10}  {11}{12}", "{0}{1} {2}  {3} {4}{5}{6}{7}{8}{9}{10}{11}{12}"],
)
def test_ocr_spaced_id_after_fuzzy_cue(cue: str, spacing: str) -> None:
    digits = _with_check_digit("310170023070")
    value = spacing.format(*digits)
    text = f"สัญชาติ  ไทย\n{cue}   {value}\nวันเดือนปีเกิด   1 มกราคม 2520"
    assert found(ThaiNationalIdRecognizer(), text, "TH_NATIONAL_ID") == [value]


def test_irregular_spacing_without_cue_or_checksum_is_no_id() -> None:
    digits = _with_check_digit("310170023070")
    spaced = f"{digits[:2]}  {digits[2:7]}  {digits[7:]}"
    assert found(ThaiNationalIdRecognizer(), f"ยอดรวม {spaced} บาท") == []
    bad = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    assert found(ThaiNationalIdRecognizer(), f"เลขประจําตัวประซาซน  {bad[:3]}  {bad[3:]}") == []


# --- TH_JURISTIC_ID in the Ministry of Commerce grouping: never a phone ------------------------


@pytest.mark.parametrize("sep", ["-", " "])
def test_moa_grouping_is_juristic_not_phone(sep: str) -> None:
    d = _with_check_digit("083566404504")
    value = sep.join((d[0], d[1:5], d[5:10], d[10:12], d[12]))
    for text in (f"Parent company (registration {value}).", f"ผู้ขาย {value} ออกใบกำกับ", value):
        assert found(ThaiNationalIdRecognizer(), text) == [value]
        assert found(ThaiPhoneRecognizer(), text) == []


# --- STUDENT_ID ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "บันทึกของอาจารย์ที่ปรึกษา ภาคเรียนที่ 2/2567 เรื่องการติดตามผลการเรียนและสุขภาพจิตของผู้เรียนกลุ่มเสี่ยง"
        "\nน้องมิ้นท์ (นางสาว กานดา ใจงาม รหัส 6512345678) ขาดเรียนบ่อย",
        "ครูแนะแนวรายงานการพบนักศึกษารายบุคคลประจำเดือน ซึ่งต้องเก็บเป็นความลับตามระเบียบของมหาวิทยาลัย\n"
        "(นายภูมิ สายทอง รหัส 6630001234) มาขอคำปรึกษาเรื่องทุน",
        "นายเอก ทองดี รหัส 6401234567 นักศึกษาชั้นปีที่ 3 ขอผ่อนผันค่าเทอม",
    ],
)
def test_bare_code_in_a_student_counselling_note(text: str) -> None:
    assert len(found(StudentIdRecognizer(), text)) == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("เลขประจำตัวนักเรียน 4817\nชื่อ ด.ญ.ฝน ใจดี", "4817"),
        ("รหัสนักเรียน: 0932 ชั้น ม.1/3", "0932"),
        ("Student ID 7305, Grade 4", "7305"),
    ],
)
def test_four_digit_school_number_after_full_cue(text: str, value: str) -> None:
    assert found(StudentIdRecognizer(), text) == [value]


@pytest.mark.parametrize("text", ["รหัสนักศึกษา 2567 ขึ้นไปเรียนวิชานี้ได้", "ลูกค้า รหัส 6618155171 สั่งซื้อสินค้า"])
def test_years_and_customer_codes_are_no_student_ids(text: str) -> None:
    assert found(StudentIdRecognizer(), text) == []


# --- False alarms: metrics timestamps, firmware versions, session ids, LINE groups -------------


def test_prometheus_sample_timestamp_is_no_id() -> None:
    ts = _with_check_digit("176543210987")
    for line in (
        f'http_requests_total{{method="post",code="200"}} 1027 {ts}',
        f"process_cpu_seconds_total 12.47 {ts}",
        f'api_latency_seconds_bucket{{le="0.5"}} 3.2e+03 {ts}',
    ):
        assert found(ThaiNationalIdRecognizer(), f"```\n{line}\n```") == []


def test_cued_id_in_a_log_line_still_found() -> None:
    pid = _with_check_digit("110170023070")
    assert found(ThaiNationalIdRecognizer(), f"user citizen_id={pid} login ok") == [pid]


@pytest.mark.parametrize(
    "text",
    [
        "Firmware router อัปเดตจาก 3.1.2.7 เป็น 3.1.3.0 แล้วหลุดบ่อย",
        "we upgraded from 4.2.0.1 to 4.3.0.0 last night",
        "ควร rollback กลับไป 1.0.2.3 ไหม",
        "เฟิร์มแวร์ของกล้องตอนนี้ 5.4.2.11 ครับ",
        "BIOS release 2.19.1.0 fixes the fan bug",
    ],
)
def test_versions_after_release_words_are_no_ips(text: str) -> None:
    assert found(IpAddressRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("หลังอัปเดต firmware แล้ว ไอพี 203.0.113.9 เข้าไม่ได้", "203.0.113.9"),
        ("Updated record: user logged in from 198.51.100.7", "198.51.100.7"),
        ("changed ip from 10.0.0.1", "10.0.0.1"),
    ],
)
def test_addresses_near_release_words_still_found(text: str, value: str) -> None:
    assert found(IpAddressRecognizer(), text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "1755363949228 sess=0812345678 apn=internet",
        "session_id: 0891234567 expired",
        'trace="0623456789" span=12',
        "nonce=0934567890&sig=abc",
        "req_id=0812345678 status=200",
    ],
)
def test_machine_ids_in_key_value_logs_are_no_phones(text: str) -> None:
    assert found(ThaiPhoneRecognizer(), text) == []


def test_msisdn_next_to_session_is_still_a_phone() -> None:
    assert found(ThaiPhoneRecognizer(), "sess=ab12 msisdn=0812345678") == ["0812345678"]


@pytest.mark.parametrize(
    "text",
    [
        "สรุปแชทกลุ่ม LINE ward ศัลยกรรมชาย ให้หน่อย",
        "ในกลุ่มไลน์ nurses มีคนแจ้งว่า",
        "LINE group: finance แจ้งว่าปิดงบแล้ว",
        "ห้องแชท LINE marketing ส่งไฟล์มา",
    ],
)
def test_line_group_names_are_no_ids(text: str) -> None:
    assert found(LineIdRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ในแชทกลุ่ม LINE แอด @somchai_99 ไว้", "@somchai_99"),
        ("ติดต่อทาง LINE phiphi เท่านั้น", "phiphi"),
        ("ไลน์ nattaya.k ค่ะ", "nattaya.k"),
    ],
)
def test_handles_still_found(text: str, value: str) -> None:
    assert found(LineIdRecognizer(), text) == [value]


# --- EMAIL: role mailboxes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "local",
    [
        "info",
        "support",
        "hr",
        "noreply",
        "no-reply",
        "claims.desk",
        "plant-managers",
        "customerservice",
        "it.helpdesk",
        "admissions2024",
        "support+tickets",
    ],
)
def test_role_mailboxes_are_not_reported(local: str) -> None:
    assert is_role_mailbox(local)
    assert found(EmailAddressRecognizer(), f"To: {local}@example-corp.co.th") == []


@pytest.mark.parametrize(
    "local", ["somchai.k", "hr.pim", "sales.nattaya", "j.smith", "bill", "mark.t", "ar", "ann", "team.alpha"]
)
def test_addresses_that_may_name_a_person_stay(local: str) -> None:
    assert not is_role_mailbox(local)
    assert found(EmailAddressRecognizer(), f"cc {local}@example.com") == [f"{local}@example.com"]


# --------------------------------------------------------------------------- document numbers


@pytest.mark.parametrize(
    "text",
    [
        "ภาษีมูลค่าเพิ่ม 7% PO#0995549848 คำนวณ VAT แยก",
        "PO No. 0812345678 approved",
        "Purchase order: 0861234567",
        "Invoice #0891234567 is overdue",
        "เลขที่ใบสั่งซื้อ 0891234567",
        "แนบใบเสร็จ0891234567 แล้วค่ะ",
    ],
)
def test_a_document_number_after_its_key_is_not_a_phone(text: str) -> None:
    assert not [f for f in detect(text) if f.entity_type == "PHONE_NUMBER"], text


@pytest.mark.parametrize(
    "text",
    [
        "ติดต่อ 0891234567",
        "ลูกค้าสั่งซื้อ โทร 0891234567",
        "Contact Bill 0812345678",
        "invoice sent to the buyer, call 0812345678",
    ],
)
def test_a_phone_near_order_words_is_still_a_phone(text: str) -> None:
    assert [f for f in detect(text) if f.entity_type == "PHONE_NUMBER"], text
