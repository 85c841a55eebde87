"""PERSON, round 5: Latin-script names with no title, by family (fabricated names only).

* a capitalised two/three-word run is name-shaped when it opens with a common English given
  name, leans romanised Thai, or is made of Burmese syllables; it is a person next to a role
  noun, a name key, a personal field, an e-mail address in angle brackets, or when it fills a
  table cell / opens a line before a comma, a colon (a speaker) or an age-and-sex note;
* strong slots (a name key, a role noun, an e-mail header, a cell of its own) accept runs that
  lean romanised Thai only weakly;
* spoken self-introductions without "is" ("my name X", "uh yes it's X");
* airline passenger names SURNAME/GIVEN in a booking text;
* negatives: offices, products, places, headings and acronyms in the same slots.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.person import PersonRecognizer
from tests.conftest import names_found as _found


@pytest.fixture(scope="module")
def recognizer() -> PersonRecognizer:
    return PersonRecognizer()



@pytest.mark.parametrize(
    ("text", "names"),
    [
        # role nouns and name keys before the name, with or without a colon or a comma
        ("Lessor: Derek Holloway, landlord of unit 4B", ["Derek Holloway"]),
        ("The plaintiff, Thanakorn Srisawat, filed a motion on Monday.", ["Thanakorn Srisawat"]),
        ("Passenger Melissa Ortega requested a wheelchair at gate 5.", ["Melissa Ortega"]),
        ('{"booking": "B77", "traveller": "Kanokwan Phetmanee", "seats": 2}', ["Kanokwan Phetmanee"]),
        ("Respondent Aung Kyaw Min was interviewed by the panel.", ["Aung Kyaw Min"]),
        ("ผู้ประสานงาน donor Gregory Fleming บริจาค 20,000 บาท", ["Gregory Fleming"]),
        # line or cell openers before a comma, a colon (speaker) or an age-and-sex note
        ("Room list\nNatalie Brennan, room 804, late checkout", ["Natalie Brennan"]),
        ("Triage:\nSupaporn Kaewmanee 45F, chest pain since morning", ["Supaporn Kaewmanee"]),
        ("INTERVIEW\nQ: when did you start?\nHla Myint Oo: last year, at the factory", ["Hla Myint Oo"]),
        ("id\tname\tshift\n17\tRebecca Lawson\tnight", ["Rebecca Lawson"]),
        ("ลำดับ;ผู้บริจาค;ยอด\n1;Wanchai Rattanakorn;5,000", ["Wanchai Rattanakorn"]),
        ("> thanks for the reference\n> Pornthip Sangkaew\n> HR Lead", ["Pornthip Sangkaew"]),
        # an e-mail header, a colleague "from" a unit, a weakly romanised name in a strong slot
        ("On Tue, Siralak Bunmee <s.bunmee@mail.example> wrote:", ["Siralak Bunmee"]),
        ("FYI Jonathan Pierce from procurement is out today.", ["Jonathan Pierce"]),
        ("Name Suprin Phetlert, DOB 1990-02-03, needs a visa letter", ["Suprin Phetlert"]),
        # spoken self-introductions
        ("AGENT: may I have the account holder?\nCALLER: yeah it's Katherine Doyle", ["Katherine Doyle"]),
        ("hello my name Zaw Min Htet, I lost my work permit", ["Zaw Min Htet"]),
        # airline passenger names
        ("PNR QX7Y2L: SAENGTHONG/PRAPHAN MR, seat 14C, flight TG 661", ["SAENGTHONG/PRAPHAN"]),
        ("booking ref 8812 pax HOWARD/CAROLINE MS needs special meal", ["HOWARD/CAROLINE"]),
    ],
)
def test_latin_names_without_a_title_are_found(recognizer: PersonRecognizer, text: str, names: list[str]) -> None:
    found = _found(recognizer, text)
    for name in names:
        assert name in found, (name, found)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Admissions Office,\nplease find my transcript attached.",
        "Dear Scholarship Committee,\nthank you for your time.",
        "Guest Relations Desk: open 24 hours",
        "Passenger Rights Charter, 2023 edition",
        "Annual Leave, 10 days per year\nNight Shift: 22:00-06:00",
        "Jasmine Rice, 5 kg, 250 THB\nGrace Period: 30 days",
        "| product | price |\n|---|---|\n| Green Curry | 120 |\n| Mango Sticky | 90 |",
        "On Mon, Acme Billing <billing@acme.example> wrote:",
        "Booking checklist for the flight: TCP/IP and INPUT/OUTPUT logs, AND/OR rules",
        "This is Central World, the biggest mall in town.",
        "Chao Phraya, the river of kings, floods in October.",
        "Sales Forecast, Q3\nNorth Region, up 5%",
        "the defendant, Acme Holdings, appealed the ruling",
        "Thai Airways from the airport runs every hour.",
    ],
)
def test_offices_products_places_are_not_names(recognizer: PersonRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []
