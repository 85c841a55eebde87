"""Hospital numbers as FHIR identifiers, and birth dates under code-style keys.

Every value is fabricated. A FHIR payload writes no "HN" before the number: the number is the
``identifier`` of the Patient or of the ``subject`` a clinical resource is about. An identifier
of anything else (a device, an order, a practitioner) is not a hospital number. Code, SQL, YAML
and .env snippets name a birth date by a key (``BIRTH=``, ``birth_dt:``, ``PATIENT_BIRTH=``).
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from pdpa_guard.detect.recognizers import date_of_birth
from pdpa_guard.detect.recognizers.cued_numbers import MedicalRecordNumberRecognizer
from pdpa_guard.detect.recognizers.date_of_birth import DateOfBirthRecognizer
from pdpa_guard.detect.text import fold_digits
from tests.conftest import spans_of

MEDICAL = MedicalRecordNumberRecognizer()
BIRTHS = DateOfBirthRecognizer(today=date(2025, 6, 1))


def hospital_numbers(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for s in MEDICAL.find(fold_digits(text))})


def birth_dates(text: str) -> list[str]:
    return [text[s.start : s.end] for s in BIRTHS.find(fold_digits(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '{"resourceType": "DiagnosticReport", "subject": {"display": "นายวิชัย ทองมา", '
            '"identifier": "196053/65"}, "conclusion": "normal"}',
            "196053/65",
        ),
        (
            '{"resourceType": "Patient", "identifier": [{"system": "https://hospital.example.go.th/hn", '
            '"value": "56-213259"}], "name": [{"text": "นางสาวพร สุขใจ"}]}',
            "56-213259",
        ),
        ('{"resourceType":"Patient","identifier":[{"use":"official","value":"5523064"}]}', "5523064"),
        (
            '{"resourceType": "Encounter", "subject": {"identifier": '
            '{"system": "http://rama.example/hn", "value": "0012345"}}}',
            "0012345",
        ),
        (
            '{"resourceType": "Observation", "subject": {"identifier": {"value": "4412367"}, "display": "S"}}',
            "4412367",
        ),
        # No resourceType, but a hospital's payload about a patient.
        (
            '{"hospital": "โรงพยาบาลตัวอย่าง", "patient": {"name": "x", "identifier": "56-213259"}}',
            "56-213259",
        ),
        # A DiagnosticReport about someone whose identifier system names the HN.
        (
            '{"resourceType": "DiagnosticReport", "performer": [{"display": "Lab"}], '
            '"identifier": [{"system": "urn:example:mrn", "value": "778812"}]}',
            "778812",
        ),
    ],
)
def test_a_patient_identifier_in_fhir_is_a_hospital_number(text: str, expected: str) -> None:
    assert hospital_numbers(text) == [expected]


def test_escaped_fhir_inside_tool_arguments() -> None:
    inner = {
        "resourceType": "Patient",
        "identifier": [{"system": "https://h.example/hn", "value": "56-213259"}],
    }
    text = json.dumps({"name": "create_report", "arguments": json.dumps(inner)})
    assert hospital_numbers(text) == ["56-213259"]


def test_a_bundle_reports_the_patient_not_the_device_nor_the_citizen_id() -> None:
    text = json.dumps(
        {
            "resourceType": "Bundle",
            "entry": [
                {"resource": {"resourceType": "Device", "identifier": [{"value": "7781234"}]}},
                {
                    "resource": {
                        "resourceType": "Patient",
                        "identifier": [
                            {"system": "https://www.dopa.go.th/cid", "value": "1101700230708"},
                            {"system": "https://insurer.example/policy", "value": "88123456"},
                            {"value": "61-004321"},
                        ],
                    }
                },
            ],
        }
    )
    assert hospital_numbers(text) == ["61-004321"]


@pytest.mark.parametrize(
    "text",
    [
        '{"order": {"identifier": "8812345", "sku": "A-1"}}',  # not a medical record
        '{"patient": {"identifier": "8812345"}, "shop": "pet store"}',  # no hospital, no FHIR
        '{"resourceType": "Device", "identifier": [{"system": "http://acme/serial", "value": "5523064"}]}',
        '{"device": {"identifier": "2231-44"}, "hospital": "none"}',
        '{"resourceType": "Practitioner", "identifier": [{"value": "334455"}]}',
        '{"resourceType": "Patient", "identifier": [{"value": "2024-01-15"}]}',  # a date
        '{"resourceType": "Patient", "identifier": [{"value": "12"}]}',  # too short
    ],
)
def test_other_identifiers_are_not_hospital_numbers(text: str) -> None:
    assert hospital_numbers(text) == []


def test_fhir_hospital_number_through_the_engine(engine) -> None:
    text = (
        '{"resourceType": "Patient", "identifier": [{"system": "https://h.example/hn", "value": "5523064"}]}'
    )
    assert spans_of(engine, text, "MEDICAL_RECORD_NUMBER") == ["5523064"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BIRTH='2000-06-05'", "2000-06-05"),
        ("birth_dt: 1995-12-05", "1995-12-05"),
        ("dob=1988-03-12", "1988-03-12"),
        ("BIRTHDATE=1979-01-30", "1979-01-30"),
        ('export PATIENT_BIRTH="1990-11-02"', "1990-11-02"),
        ('cust = {"name": "A", "birth_dt": "1995-12-05"}', "1995-12-05"),
        ("WHERE BIRTH_DATE = '1985-07-21'", "1985-07-21"),
        ('df["BIRTH"] = "2001-02-03"', "2001-02-03"),
        ("birthDt: 02/03/1992", "02/03/1992"),
        ("date_birth: 1995-12-05", "1995-12-05"),
        ("cust_bdate: 1977-04-09", "1977-04-09"),
        ('bday = "12/03/1990"', "12/03/1990"),
        ("patient:\n  birth: 1993-08-14\n  sex: F", "1993-08-14"),
    ],
)
def test_birth_dates_under_code_style_keys(text: str, expected: str) -> None:
    assert birth_dates(text) == [expected]


def test_birth_column_of_an_sql_insert_named_in_capitals() -> None:
    text = "INSERT INTO patients (hn, full_name, BIRTH) VALUES ('0012345', 'A B', '1988-03-12');"
    assert birth_dates(text) == ["1988-03-12"]


@pytest.mark.parametrize(
    "text",
    [
        "build_dt: 2023-12-05",
        "BIRTH_RATE=2000-06-05",
        "sub_date = 2020-01-01",  # b_date inside another word
        "UPDATE users SET updated_at = '2024-01-05' WHERE id = 3",
        'if birth == "2000-01-01": pass',  # a comparison, not a value
        "birth_place: Bangkok 1990-01-01",
        "INSERT INTO t (id, birthplace) VALUES (1, '2001-01-01');",
    ],
)
def test_other_keys_and_comparisons_are_not_birth_dates(text: str) -> None:
    assert birth_dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Date of Birth: 1990-01-01 and DATE_OF_BIRTH=1990-01-01",
        "D.O.B. 12/03/1988, born on March 3, 1990; BirthDay: 1990-01-01",
        "เกิดวันที่ 12 มีนาคม 2531 birth_dt: 1995-12-05 dob 1980-01-01",
        "update the record; the bday = 1990-02-02; nobody was born here",
        "x" * 500 + " date of birth: 1990-01-01",
    ],
)
def test_cues_found_around_hints_equal_a_scan_of_the_whole_text(text: str) -> None:
    scanned = [(m.start(), m.end(), m.group()) for m in date_of_birth._BIRTH_CUE.finditer(text)]
    assert date_of_birth._cues(text) == scanned


def test_every_latin_cue_holds_a_hint() -> None:
    """The speed-up rests on this: a Latin cue is never found where the hint is absent."""
    for cue in ("dob", "D.O.B", "born", "birth", "BIRTH_DT", "bdate", "b_day", "Date-of-Birth"):
        assert date_of_birth._HINT.search(cue), cue
        assert re.search(date_of_birth._HINT, cue.upper()) and re.search(date_of_birth._HINT, cue.lower())
