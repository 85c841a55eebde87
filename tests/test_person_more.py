"""PERSON in the shapes of text the first recognizer missed: romanised Thai names without a
title, role nouns glued to a name, "คุณ" with a space, ชื่อ + name before a phone in a chat line,
names that open the items of a numbered list of people; and the false alarms those rules must
not raise (places, organisations, dishes, product and English phrases, a chat agent's "Done.").

Every name here is invented for this file (composed from common Thai name parts), never taken
from ThaiNER or the development set.
"""

from __future__ import annotations

import pytest
from conftest import spans_of

from pdpa_guard.detect.recognizers.person import PersonRecognizer
from pdpa_guard.detect.recognizers.person_lexicon import RomanisedShape, _spellings, load_lexicon


def persons(engine, text: str) -> list[str]:
    return spans_of(engine, text, "PERSON")


# ---------------------------------------------------------------- romanised Thai names
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word that takes a person before the name
        ("Refund approved for Wimonrat Saengsuwan after review.", "Wimonrat Saengsuwan"),
        ("The complaint was filed by Thitiporn Chaiwattana last week.", "Thitiporn Chaiwattana"),
        ("Please email Pongsakorn Limthongkul the revised contract.", "Pongsakorn Limthongkul"),
        ("billing name Kornkanok Suwannarat, card ending 4402", "Kornkanok Suwannarat"),
        ("Interviewed Jirawat Khamsaen for the driver role.", "Jirawat Khamsaen"),
        ("The task is assigned to Oranuch Pitakwong.", "Oranuch Pitakwong"),
        ("Hi Supattra Inthanon, your booking is confirmed.", "Supattra Inthanon"),
        ("From: Kamolwan Yodsuwan\nSubject: leave request", "Kamolwan Yodsuwan"),
        ("Account holder Nattawut Srisombat requested a new card.", "Nattawut Srisombat"),
        # a record key that holds a person's name (FHIR reference display)
        ('{"subject": {"reference": "Patient/77", "display": "Ratchanee Boonmee"}}', "Ratchanee Boonmee"),
        # evidence after the name: an age, an identifier in brackets, a possessive, a phone, a verb
        ("Summarise: Sasithorn Kaewmanee, 42, was admitted with chest pain.", "Sasithorn Kaewmanee"),
        ("Door log: access denied for Chanathip Rattanakosol (badge K-20931).", "Chanathip Rattanakosol"),
        ("Siriwan Thongprasert's claim was rejected twice.", "Siriwan Thongprasert"),
        ("Call back Duangjai Sukprasert, +66 81 555 0101, about the loan.", "Duangjai Sukprasert"),
        ("Great service! Apinya Wongchai delivered the documents on time.", "Apinya Wongchai"),
        # popular spellings as well as the Royal Institute system
        ("Forward the slip to Jiraporn Jaidee today.", "Jiraporn Jaidee"),
        # a Thai cue before a romanised name in mixed text
        ("ส่งสรุปให้ Kritsada Phanthong ภายในวันนี้", "Kritsada Phanthong"),
    ],
)
def test_romanised_thai_names_next_to_person_evidence(engine, text: str, name: str) -> None:
    assert persons(engine, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "We flew from Bangkok to Chiang Mai and then on to Nakhon Ratchasima.",
        "Transfer the patient to Siriraj Piyamaharajkarun Hospital tomorrow.",
        "He was referred to Ramathibodi Hospital and later to Bumrungrad International.",
        "Shipped by Kerry Express from Lat Krabang warehouse to Bang Na.",
        "A guide to Wat Phra Kaew, Wat Arun and Wat Pho for first-time visitors.",
        "Flights to Ubon Ratchathani and Udon Thani are delayed.",
        "The tour goes from Hua Hin to Khao Takiap and back to Pran Buri.",
        "Book a table for Tom Yum and Pad Kra Pao.",
        "A recipe for Khao Soi with Sai Ua sausage.",
        "Walk to Chinatown via Yaowarat Road and Charoen Krung.",
        "Visit Ayutthaya Historical Park and Bang Pa-In Palace.",
        "Sponsored by Muang Thai Life Assurance and Bangkok Dusit Medical Services.",
        "Compare Premium Plan with Basic Plan for small shops.",
        "Upgrade to Premium Plan for more storage.",
        "Built with Python and Django on Ubuntu Server.",
        '{"code": "E11", "display": "Type Two Diabetes"}',
        "Students from Kasetsart University and Mahidol University.",
        "Greetings from Koh Phangan, the party was great.",
    ],
)
def test_romanised_places_organisations_dishes_and_products_are_not_names(engine, text: str) -> None:
    assert persons(engine, text) == []


def test_romanised_name_shape_needs_person_evidence(engine) -> None:
    """Shape alone is not enough: a headline or a list of words is not about a person."""
    assert persons(engine, "Thanawat Phromma") == []
    assert persons(engine, "Report: Thanawat Phromma") == []


def test_romanised_shape_scores_names_above_english_words() -> None:
    shape = load_lexicon().romanised_shape
    for name in ("Srisuk", "Wongsakul", "Kittiphong", "Saengthong", "Jaidee", "Boonsong", "Pornthip"):
        assert shape.score(name) > 1.0, name
    for word in ("Premium", "Done", "Hospital", "Express", "Report", "Support", "Friday"):
        assert shape.score(word) < 0.0, word


def test_romanised_shape_table_loads_from_the_shipped_file(tmp_path) -> None:
    table = tmp_path / "shape.tsv"
    table.write_text("# comment\n#default\t-1.000\n^s\t2.00\nsr\t3.00\n", encoding="utf-8")
    shape = RomanisedShape.load(table)
    assert shape.score("Sr") > shape.score("Xq")


def test_popular_spellings_are_derived_from_royin_romanisation() -> None:
    assert "jaidee" in _spellings("chaidi")
    assert "pornthip" in _spellings("phonthip")
    assert "boonsong" in _spellings("bunsong")


# ---------------------------------------------------------------- Thai role nouns, คุณ, ชื่อ
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("หัวหน้างานปรียาภัทร์แจ้งว่าพรุ่งนี้หยุด", "ปรียาภัทร์"),
        ("หัวหน้าทีมธนพัฒน์ชัย อนุมัติแล้ว", "ธนพัฒน์ชัย"),
        ("ไรเดอร์ณัฐวรินทร์ ส่งของช้ากว่ากำหนด", "ณัฐวรินทร์"),
        ("เจ้าหน้าที่ปวีณ์ธิดา รับเรื่องไว้แล้ว", "ปวีณ์ธิดา"),
        ("ติดต่อพยาบาลกัลยรัตน์ ที่ 02-555-0101 ต่อ 12", "กัลยรัตน์"),
        ("ญาติสุดาวรรณ พึ่งบุญ มาเยี่ยมช่วงบ่าย", "สุดาวรรณ พึ่งบุญ"),
        ("ผู้จัดการสาขาธนวัฒน์ ศรีประเสริฐ อนุมัติวงเงิน", "ธนวัฒน์ ศรีประเสริฐ"),
        # a role noun, then คุณ glued: คุณ is a title here, not "you"
        ("หัวหน้างานคุณวราเอื้อแจ้งว่าเลื่อนประชุม", "คุณวราเอื้อ"),
        ("ไรเดอร์คุณฤทธิ์เอื้อรุ่ง โทรมาว่าถึงแล้ว", "คุณฤทธิ์เอื้อรุ่ง"),
    ],
)
def test_role_nouns_glued_to_a_name(engine, text: str, name: str) -> None:
    assert persons(engine, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "เลขาธิการสภาพัฒน์แถลงตัวเลขเศรษฐกิจ",
        "เจ้าหน้าที่ตำรวจเข้าตรวจสอบพื้นที่",
        "ญาติสนิทของผู้ป่วยรออยู่หน้าห้อง",
        "เจ้าหน้าที่ ปภ. ลงพื้นที่ช่วยเหลือ",
        "พยาบาลได้แจ้งให้ญาติทราบแล้ว",
        "ผู้จัดการฝ่ายบุคคลจะสัมภาษณ์พรุ่งนี้",
        "หัวหน้างานคุณภาพตรวจสินค้าทุกล็อต",
        "ไรเดอร์ส่งอาหารไม่ทันเวลา",
        "โรงพยาบาลรับผู้ป่วยใหม่วันละ 40 ราย",
    ],
)
def test_role_nouns_before_ordinary_words_are_not_names(engine, text: str) -> None:
    assert persons(engine, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ช่วยเขียนจดหมายถึงคุณ ลักษณ์ญาปาน เรื่องค่าปรับ", "คุณ ลักษณ์ญาปาน"),
        # ชื่อ + a given name made of ordinary words but shaped like a name, then a surname and
        # a phone in Thai digits
        ("C: ชื่อธารสิริ ตัณฑนุช ๐๖๘ ๙๘๐ ๖๔๙๘", "ธารสิริ ตัณฑนุช"),
    ],
)
def test_khun_with_a_space_and_name_cue_before_a_phone(engine, text: str, name: str) -> None:
    assert name in persons(engine, text)


def test_khun_with_a_space_before_an_ordinary_word_is_you(engine) -> None:
    assert persons(engine, "ขอบคุณ ครับ คุณ สามารถ ส่งเอกสารได้เลย") == []


# ---------------------------------------------------------------- numbered lists of people
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("รายชื่อผู้เข้าอบรม\n1. สมศรี ทองดี\n2. วิภาวรรณ แก้วมณี\n", ["สมศรี ทองดี", "วิภาวรรณ แก้วมณี"]),
        ("Attendees:\n1) Kanya Srisuk\n2) Thanawat Phromma\n", ["Kanya Srisuk", "Thanawat Phromma"]),
        (
            "ขอใบอนุญาตทำงานให้แรงงาน: 1) Sok Dara สัญชาติกัมพูชา 2) Aung Kyaw สัญชาติเมียนมา",
            ["Sok Dara", "Aung Kyaw"],
        ),
    ],
)
def test_names_that_open_items_of_a_list_of_people(engine, text: str, names: list[str]) -> None:
    assert persons(engine, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Staff handbook:\n1. Annual Leave\n2. Sick Leave\n3. Night Shift (staff only)\n",
        "Steps:\n1) Open Settings\n2) Choose Export Data\n",
        "เมนูแนะนำ\n1. ข้าวผัด กุ้ง\n2. ต้มยำ ทะเล\n",
        "Top sellers: 1. Premium Plan 2. Gold Bundle",
    ],
)
def test_lists_of_things_are_not_lists_of_people(engine, text: str) -> None:
    assert persons(engine, text) == []


# ---------------------------------------------------------------- chat transcripts
@pytest.mark.parametrize(
    "text",
    [
        "agent: Done. Your case number is SR168190987.",
        "agent: Sure, let me check that for you.",
        "user: Thanks, that helps a lot!",
        "[10:02] agent: Noted. We will call back tomorrow.",
    ],
)
def test_what_a_speaker_says_is_not_a_name(engine, text: str) -> None:
    assert persons(engine, text) == []


def test_a_name_after_a_speaker_label_is_still_found(engine) -> None:
    assert persons(engine, "Customer: Kanya Srisuk, 0812345678") == ["Kanya Srisuk"]
    assert persons(engine, "Name: Somchai.") == ["Somchai"]


def test_recognizer_alone_finds_the_new_shapes() -> None:
    """The recognizer without the engine (no other entity takes part in these spans)."""
    recognizer = PersonRecognizer()
    text = "Refund approved for Wimonrat Saengsuwan; หัวหน้างานปรียาภัทร์แจ้งว่าพรุ่งนี้หยุด"
    found = [text[s.start : s.end] for s in recognizer.find(text)]
    assert found == ["Wimonrat Saengsuwan", "ปรียาภัทร์"]
