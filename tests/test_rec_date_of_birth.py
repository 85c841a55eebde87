"""DATE_OF_BIRTH: dates introduced by a birth cue, BE or CE, Thai or English, named or numeric.

The dates are fabricated. Unit tests fix "today" so that plausibility checks do not drift.
"""

from __future__ import annotations

from datetime import date

import pytest

from pdpa_guard.detect.recognizers.date_of_birth import DateOfBirthRecognizer
from tests.conftest import spans_of, types_in

RECOGNIZER = DateOfBirthRecognizer(today=date(2025, 6, 1))


def births(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("เกิดวันที่ 12 มีนาคม 2531 ลูกค้าแจ้งว่า", "12 มีนาคม 2531"),
        ("วันเกิด 12 มี.ค. 31", "12 มี.ค. 31"),
        ("วันเกิด: 7 ก.พ. 2529", "7 ก.พ. 2529"),
        ("เกิดเมื่อ 5 ธ.ค. พ.ศ. 2500", "5 ธ.ค. พ.ศ. 2500"),
        ("เกิด 12 เดือนมีนาคม ปี 2531", "12 เดือนมีนาคม ปี 2531"),
        ("วัน/เดือน/ปีเกิด 12/03/2531", "12/03/2531"),
        ("ว/ด/ป เกิด: 01/01/2500", "01/01/2500"),
        ("ว.ด.ป.เกิด 12-03-1988", "12-03-1988"),
        ("วันเดือนปีเกิด (ตามบัตร) 12.03.31", "12.03.31"),
        ("DOB: 1988-03-12", "1988-03-12"),
        ("D.O.B. 3 Sept 1975", "3 Sept 1975"),
        ('{"dateOfBirth": "12.03.31", "name": "x"}', "12.03.31"),
        ('{"patient_birth_date":"1988-03-12T00:00:00Z"}', "1988-03-12"),
        ("born on March 12, 1988", "March 12, 1988"),
        ("Born 12th of March 1988 in Chiang Mai", "12th of March 1988"),
        ("date of birth: 31/12/1988", "31/12/1988"),
        ("birthday: 12/31/1988", "12/31/1988"),  # month first when the day cannot be a month
        ("birth date 29/02/2531", "29/02/2531"),  # BE 2531 = 1988, a leap year
        ("ผู้ป่วยชายเกิดวันที่ 1 ม.ค. 2490 มาตรวจตามนัด", "1 ม.ค. 2490"),
        # English day-month-year as medical and HR records write it
        ("Mr. Tawan Khemkaew (DOB 04-Feb-1979) was seen today", "04-Feb-1979"),
        ("Pt 52M, HN 7001234, DOB 21-Sep-1972. Follow-up.", "21-Sep-1972"),
        ("DOB 08/Nov/1990", "08/Nov/1990"),
        ("DOB: 2 Jan 1976", "2 Jan 1976"),
        ("born 2nd January 1976 in Lampang", "2nd January 1976"),
        ("applicant (DOB 1976-01-02, passport on file)", "1976-01-02"),
    ],
)
def test_birth_dates_in_every_format(text: str, expected: str) -> None:
    assert births(text) == [expected]


def test_birth_date_column_of_an_sql_insert() -> None:
    sql = (
        "INSERT INTO members (full_name, phone, birth_date, joined) VALUES "
        "('Suda Jaiyen', '0812345678', '1991-07-15', '2024-01-02'), "
        "('Anan Meesuk', NULL, '03/11/2530', NOW());"
    )
    assert births(sql) == ["1991-07-15", "03/11/2530"]
    # the same dates in a column that is not a birth date are not reported
    orders = "INSERT INTO orders (id, created_at, total) VALUES (1, '1991-07-15', 990);"
    assert births(orders) == []


def test_thai_digits_through_the_engine(engine) -> None:
    text = "ผู้ป่วยเกิดวันที่ ๑๒ มีนาคม ๒๕๓๑ มีโรคประจำตัว"
    assert spans_of(engine, text, "DATE_OF_BIRTH") == ["๑๒ มีนาคม ๒๕๓๑"]


def test_only_the_date_after_the_cue_is_a_birth_date(engine) -> None:
    text = "เกิดวันที่ 12 มีนาคม 2531 นัดวันที่ 5 เมษายน 2568"
    assert spans_of(engine, text, "DATE_OF_BIRTH") == ["12 มีนาคม 2531"]
    later = "นัดตรวจครั้งถัดไป 12/03/2568 (ผู้ป่วยเกิด 01/01/2500)"
    assert births(later) == ["01/01/2500"]


@pytest.mark.parametrize(
    "text",
    [
        "birth date 30/02/2531",  # no 30 February
        "DOB 13/13/1988",  # no month 13 either way round
        "DOB 12/03/2030",  # in the future
        "เกิดวันที่ 12 มีนาคม 2300",  # nobody alive was born in CE 1757
        "วันเกิด 12/13/14/15",
        "เกิด 1.2.3",
        "DOB 31-Feb-1980",  # no 31 February
        "DOB 02-Jan/1976",  # mixed separators are not one date
    ],
)
def test_impossible_dates_are_not_birth_dates(text: str) -> None:
    assert births(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "นัดวันที่ 12 มีนาคม 2568 เวลา 10.00 น.",  # appointment
        "สั่งซื้อวันที่ 12/03/2024 ยอด 1,290 บาท",  # order date
        "order placed 1988-03-12, invoice due March 12, 2024",
        "อายุ 35 ปี",  # an age is not a date
        "ลูกค้าเกิดปี 2531 อายุ 37 ปี",  # a birth year alone is not a date
        "เกิดเหตุเมื่อวันที่ 12 มีนาคม 2567",  # เกิด = to happen
        "ปัญหาเกิดเมื่อ 12 มี.ค. 2567 ระบบล่ม",
        "อุบัติเหตุเกิดขึ้นวันที่ 3 มกราคม 2567",
        "version 12.03.31 was born out of a rewrite",  # cue after the number
        "วันเกิด 12 มีนาคม",  # no year
        "ราคา 12.03 บาท born",
        "เกิดวันที่\n12 มีนาคม 2531",  # a line break separates the cue from the date
        "invoice 02-Jan-2024, DOB not given",  # the date is before the cue
    ],
)
def test_dates_without_a_birth_cue_are_not_reported(text: str) -> None:
    assert births(text) == []


def test_appointment_with_no_cue_is_not_a_dob_through_the_engine(engine) -> None:
    assert "DATE_OF_BIRTH" not in types_in(engine, "ยืนยันนัดหมายวันที่ 12 มีนาคม 2568 ที่คลินิก")
