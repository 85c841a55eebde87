"""TH_NATIONAL_ID and TH_JURISTIC_ID: checksum, formats, glued Thai text, negative context."""

from __future__ import annotations

import pytest
from stdnum.th import moa, pin

from tests.conftest import spans_of, types_in

VALID = "1101700230708"  # checksum-valid, fabricated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"เลขบัตรประชาชน{VALID}", VALID),
        ("เลขประจำตัวประชาชน 1-1017-00230-70-8 ค่ะ", "1-1017-00230-70-8"),
        ("citizen id: 1 1017 00230 70 8", "1 1017 00230 70 8"),
        ("ปชช.๑๑๐๑๗๐๐๒๓๐๗๐๘", "๑๑๐๑๗๐๐๒๓๐๗๐๘"),
        (f'{{"dob": "1990-01-01", "cid": "{VALID}", "phone": "x"}}', VALID),  # CID: citizen ID
        (f"ลูกค้า {VALID} ขอเปลี่ยนที่อยู่", VALID),
    ],
)
def test_valid_ids_are_found_in_every_format(engine, text: str, expected: str) -> None:
    assert spans_of(engine, text, "TH_NATIONAL_ID") == [expected]


def test_bad_checksum_is_not_an_id(engine) -> None:
    assert "TH_NATIONAL_ID" not in types_in(engine, "เลขบัตรประชาชน 1101700230709")


def test_epoch_millisecond_timestamp_is_not_an_id(engine) -> None:
    # 1101700230708 passes the checksum and lies in the epoch-ms range: in a log it is a time.
    assert pin.is_valid(VALID)
    assert types_in(engine, f'{{"created_at_ms": {VALID}, "status": "ok"}}') == []
    assert types_in(engine, f"ts={VALID}&event=click") == []
    assert types_in(engine, f"order number {VALID}") == []


def test_company_number_is_business_data_not_personal(engine) -> None:
    company = "0105558000006"[:12]
    company += (
        moa.calc_check_digit(company) if hasattr(moa, "calc_check_digit") else pin.calc_check_digit(company)
    )
    assert moa.is_valid(company)
    assert types_in(engine, f"บริษัท ตัวอย่าง จำกัด เลขทะเบียนนิติบุคคล {company}") == ["TH_JURISTIC_ID"]


def test_id_inside_longer_digit_run_is_ignored(engine) -> None:
    assert types_in(engine, f"9{VALID}7") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"ลูกค้า {VALID} 0812345678", ["TH_NATIONAL_ID", "PHONE_NUMBER"]),
        (f"0812345678 {VALID}", ["PHONE_NUMBER", "TH_NATIONAL_ID"]),
        ("id 1-1017-00230-70-8 1500", ["TH_NATIONAL_ID"]),
        (f"ลูกค้า {VALID} 25", ["TH_NATIONAL_ID"]),
    ],
)
def test_id_sharing_a_row_with_other_numbers_is_found(engine, text: str, expected: list[str]) -> None:
    assert types_in(engine, text) == expected


def test_id_typed_in_a_chat_transcript_is_not_a_timestamp(engine) -> None:
    # Epoch-range and after a colon, like a log field, but a person typed it between Thai words.
    assert types_in(engine, f"[10:17] ลูกค้า: {VALID} ค่ะ") == ["TH_NATIONAL_ID"]
    assert types_in(engine, f'{{"role": "user", "content": "{VALID} ค่ะ"}}') == ["TH_NATIONAL_ID"]


def test_spaced_id_is_not_cut_into_smaller_numbers(engine) -> None:
    assert types_in(engine, "1 1017 00230 70 8 9") == []  # a 14-digit spaced run: not an ID


def test_bare_card_word_is_an_id_cue_but_a_payment_card_is_not() -> None:
    from pdpa_guard.detect.recognizers.th_national_id import ThaiNationalIdRecognizer

    rec = ThaiNationalIdRecognizer()
    assert [s.score for s in rec.find(f"บัตร {VALID}")] == [1.0]
    assert [s.score for s in rec.find(f"บัตรเครดิต {VALID}")] == [0.75]
