"""PERSON, session 5 round 8: kinds of names the recognizer missed on the retired sets (freshset7,
freshset8), each checked on new wording in several domains with fabricated names, with the
negatives the same rule must leave alone.

* names written in capitals (passports, card embossing, AS/400 and core-banking exports);
* Latin names with diacritics (Élodie, Jürgen, Wójcik, Nguyễn);
* names in machine formats: HL7 FAMILY^GIVEN, the passport MRZ SURNAME<<GIVEN;
* "cust" (customer) as a key, a multi-word name label without a colon ("Name on card X"),
  a tax identifier after a name.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.person import PersonRecognizer
from tests.conftest import names_found as _found


@pytest.fixture(scope="module")
def recognizer() -> PersonRecognizer:
    return PersonRecognizer()



# ------------------------------------------------------------------------- names in capitals
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # bank: core-banking export, tab-separated
        ("acct\tname\tbranch\n1234567890\tNATTHAWUT SRIPHROM\tSILOM\n", "NATTHAWUT SRIPHROM"),
        # hotel / airline: passenger list with passport numbers
        ("guest list\nname,passport\nKANYARAT BOONMEE,AA1234567\n", "KANYARAT BOONMEE"),
        # card dispute e-mail: embossed name after a name label
        (
            "Card ending 4421 was charged twice. Name on card WANIDA THONGCHAI. Please refund.",
            "WANIDA THONGCHAI",
        ),
        # HR: role noun, no colon
        ("Please update payroll: employee SOMPHONG KHAMLA, account 123-4-56789-0", "SOMPHONG KHAMLA"),
        # call-centre log: abbreviated customer key
        ("2026-01-03 10:22 call_id=88 cust=PHANIDA CHAROENSUK intent=card_block", "PHANIDA CHAROENSUK"),
        # CRM de-duplication with the e-mail spelled from the name
        ("merge these:\nTHITIMA RATTANAWONG   THITIMA.R@MAIL.EXAMPLE   0812345678", "THITIMA RATTANAWONG"),
    ],
)
def test_names_in_capitals(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "IMPORTANT NOTICE\nPLEASE READ THE TERMS AND CONDITIONS BEFORE SIGNING",
        "Promotion: JUNE SALE on all phones, 50% off until Friday",
        "Open a KASIKORN BANK account at CENTRAL WORLD this weekend",
        "error: CONNECTION REFUSED at 10.0.0.5, retry in 30 s",
        "NAME\tPASSPORT\tDOB\tNOTE\n",
        "Employee ID CARD must be worn at all times",
        "cust=NEW ACCOUNT tier=GOLD",
    ],
)
def test_capitals_that_are_not_names(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


# ------------------------------------------------------------------- Latin names, diacritics
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patient: Zoë Kowalczyk, 34, admitted for observation", "Zoë Kowalczyk"),  # hospital
        ("Applicant Name: Søren Lindgaard\nPassport: X1234567", "Søren Lindgaard"),  # visa desk
        ("Dear Mr. Jürgen Häberle,\nyour parcel is waiting", "Mr. Jürgen Häberle"),  # e-commerce mail
        ('{"customer_name": "Nguyễn Thị Lan", "tel": "0812345678"}', "Nguyễn Thị Lan"),  # JSON
    ],
)
def test_latin_names_with_diacritics(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(recognizer, text)


def test_accented_words_that_are_not_names(recognizer: PersonRecognizer) -> None:
    assert _found(recognizer, "Menu: Crème Brûlée and Café Latte, 120 baht") == []


# ---------------------------------------------------------------------- machine formats
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "MSH|^~\\&|HIS|BKK|||202601011200||ADT^A01|1|P|2.5\nPID|1||556677^^^HN||SRIWONG^KANYA||19800101|F",
            "SRIWONG^KANYA",
        ),
        ("NK1|1|BOONMA^SOMSAK^^^MR|SPO|0812345678", "BOONMA^SOMSAK"),  # next of kin
        ("PID|1||99^^^HN||ใจดี^สมหญิง||19900202|F", "ใจดี^สมหญิง"),  # Thai-script HL7
        (
            "fix this MRZ:\nP<THAKHAMLA<<SOMPHONG<<<<<<<<<<<<<<<<<<<<<<<<\nAB1234567<8THA8001014M3001012<<<<<<<<<<<<<<06",
            "KHAMLA<<SOMPHONG",
        ),
        ("ID card back, line 3:\nBOONMEE<<KANYARAT<NOK<<<<<<<<<<<<", "BOONMEE<<KANYARAT<NOK"),
    ],
)
def test_names_in_machine_formats(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "OBX|1|NM|GLU^Glucose^L||98|mg/dL|70-110|N",  # an observation code, not a person segment
        "MSH|^~\\&|LAB|BKK|||202601011200||ORU^R01|1|P|2.5",
        "std::cout<<VALUE<<std::endl;",
        "cat <<EOF\nHELLO<<WORLD\nEOF",
    ],
)
def test_machine_formats_without_names(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


# ---------------------------------------------------------------------- cues and fields
def test_name_before_tax_id(recognizer: PersonRecognizer) -> None:
    text = "Refund request. My details: Siriwan Thongkham, TIN 1234567890123, bank SCB."
    assert "Siriwan Thongkham" in _found(recognizer, text)


# ---------------------------------------------------------------------- nickname columns
@pytest.mark.parametrize(
    ("text", "names"),
    [
        # clinic outreach sheet, semicolons
        ("hn;nickname;risk;result\n65-123456;แบงค์;สูง;ซิฟิลิส\n00-11-22;อ๊อฟ;ต่ำ;ปกติ\n", ["แบงค์", "อ๊อฟ"]),
        # HR roster, Latin and Thai nicknames
        (
            "employee_id,nickname,department,phone\nE1001,Ploy,Finance,0812345678\nE1002,ต้นกล้า,IT,0898765432\n",
            ["Ploy", "ต้นกล้า"],
        ),
        # school sheet with a Thai header
        ("เลขที่,ชื่อเล่น,ชั้น,หมายเหตุ\n1,มายด์,ป.3,แพ้ถั่ว\n2,ไม่มี,ป.3,-\n", ["มายด์"]),
    ],
)
def test_nickname_columns(recognizer: PersonRecognizer, text: str, names: list[str]) -> None:
    assert _found(recognizer, text) == names


def test_product_nickname_column_is_not_a_person(recognizer: PersonRecognizer) -> None:
    assert _found(recognizer, "sku,nickname,price\nA1,Blue Whale,990\n") == []


# ---------------------------------------------------------------------- sign-off on one line
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi team,\nthe refund for order 5521 has not arrived.\nRegards, Ponthip", "Ponthip"),  # e-commerce
        ("Dear HR,\nI will be off sick on Monday (fever).\nThanks, Kanokwan", "Kanokwan"),  # HR
        ("To the registrar:\nplease resend my transcript.\nBest regards, Thanawat.", "Thanawat"),  # school
    ],
)
def test_sign_off_and_name_on_one_line(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(recognizer, text)


@pytest.mark.parametrize("text", ["Q3 summary attached.\nThanks, Team", "Quarterly notes.\nBest, Regards"])
def test_sign_off_without_a_name(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


# ---------------------------------------------------------------------- record roles as keys
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "creditor_tax_id=0105551234567\ndebtor=ใบบัว ขำคม\ndebtor_pid=1234567890121",
            "ใบบัว ขำคม",
        ),  # collections
        ("case 123/2568 defendant: Somchai Meesuk, hearing 3 Feb", "Somchai Meesuk"),  # court
        ('{"subscriber": "อรุณี แสงทอง", "plan": "fibre 500"}', "อรุณี แสงทอง"),  # telecom JSON
        ("inmate=Anan Thongdee cell=4B visit=2026-01-05", "Anan Thongdee"),  # prison visit log
    ],
)
def test_record_roles_as_keys(recognizer: PersonRecognizer, text: str, name: str) -> None:
    assert name in _found(recognizer, text)


def test_role_words_in_a_sentence(recognizer: PersonRecognizer) -> None:
    assert _found(recognizer, "Fields: debtor, lessee, defendant are required.") == []
