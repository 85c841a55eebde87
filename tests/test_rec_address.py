"""ADDRESS: Thai and English-written Thai postal addresses, one span each, and what is not one.

Every address here is fabricated (invented house numbers, sois and village names on real
district/province names, which are public).
"""

from __future__ import annotations

import pytest
from faker import Faker
from hypothesis import given, settings
from hypothesis import strategies as st

from pdpa_guard.detect.recognizers.address import ThaiAddressRecognizer
from tests.conftest import spans_of, types_in

RECOGNIZER = ThaiAddressRecognizer()


def addresses(text: str) -> list[str]:
    """Spans the recognizer itself reports at or above the engine threshold (0.5)."""
    return [text[s.start : s.end] for s in RECOGNIZER.find(text) if s.score >= 0.5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Full Thai address with a phone cue after it: the span stops before "โทร".
        (
            "ที่อยู่ 99/12 หมู่ 4 ซอยสุขใจ ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพมหานคร 10900 โทร 081-234-5678",
            "99/12 หมู่ 4 ซอยสุขใจ ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพมหานคร 10900",
        ),
        # Abbreviations ม./ต./อ./จ. and เลขที่.
        ("ส่งที่ เลขที่ 5 ม.3 ต.บางแค อ.เมือง จ.นครปฐม 73000 ด่วน", "เลขที่ 5 ม.3 ต.บางแค อ.เมือง จ.นครปฐม 73000"),
        # Full words, บ้านเลขที่ and หมู่ที่.
        (
            "บ้านเลขที่ 45/6 หมู่ที่ 2 ตำบลหนองหาร อำเภอสันทราย จังหวัดเชียงใหม่ 50290",
            "บ้านเลขที่ 45/6 หมู่ที่ 2 ตำบลหนองหาร อำเภอสันทราย จังหวัดเชียงใหม่ 50290",
        ),
        # No postcode: the span ends at the province.
        ("บ้านอยู่ 45/6 ม.2 ต.หนองหาร อ.สันทราย จ.เชียงใหม่ นะคะ", "45/6 ม.2 ต.หนองหาร อ.สันทราย จ.เชียงใหม่"),
        # Soi with a number and แยก, กทม. short form, a polite particle after the postcode.
        (
            "ส่งของที่ 88 ซ.ลาดพร้าว 101 แยก 5 แขวงคลองจั่น เขตบางกะปิ กทม. 10240 ค่ะ",
            "88 ซ.ลาดพร้าว 101 แยก 5 แขวงคลองจั่น เขตบางกะปิ กทม. 10240",
        ),
        # Building, floor and room.
        (
            "ออฟฟิศลูกค้า อาคารสุขใจทาวเวอร์ ชั้น 12 ห้อง 1205 ถนนสาทรใต้ แขวงทุ่งมหาเมฆ เขตสาทร กรุงเทพฯ 10120",
            "อาคารสุขใจทาวเวอร์ ชั้น 12 ห้อง 1205 ถนนสาทรใต้ แขวงทุ่งมหาเมฆ เขตสาทร กรุงเทพฯ 10120",
        ),
        # Village name, province without จ., unlabelled names on the way to the postcode.
        (
            "12/3 หมู่บ้านสวนสุขใจ ต.คลองสาม อ.คลองหลวง ปทุมธานี 12120",
            "12/3 หมู่บ้านสวนสุขใจ ต.คลองสาม อ.คลองหลวง ปทุมธานี 12120",
        ),
        ("123 ถนนสมใจนึก บางแค บางสะพานน้อย นครปฐม 73000", "123 ถนนสมใจนึก บางแค บางสะพานน้อย นครปฐม 73000"),
        # Glued without spaces, and a house number glued to หมู่.
        (
            "ซอยสุขใจถนนพหลโยธินแขวงลาดยาวเขตจตุจักรกรุงเทพมหานคร10900",
            "ซอยสุขใจถนนพหลโยธินแขวงลาดยาวเขตจตุจักรกรุงเทพมหานคร10900",
        ),
        ("ที่อยู่: 99/12หมู่4 ต.บางแค อ.เมือง จ.นครปฐม 73000. ส่งด่วน", "99/12หมู่4 ต.บางแค อ.เมือง จ.นครปฐม 73000"),
        # A road named after a province is still a road.
        ("7 ถนนเชียงใหม่ ต.ในเมือง อ.เมือง จ.ลำปาง 52000", "7 ถนนเชียงใหม่ ต.ในเมือง อ.เมือง จ.ลำปาง 52000"),
        # An ambiguous province word ("ตาก" = to dry) right after a district.
        ("56 หมู่ 3 ต.แม่สอด อ.แม่สอด ตาก", "56 หมู่ 3 ต.แม่สอด อ.แม่สอด ตาก"),
        # Spread over lines.
        ("ที่อยู่ 99/12 ม.4\nต.บางแค อ.เมือง\nจ.นครปฐม 73000", "99/12 ม.4\nต.บางแค อ.เมือง\nจ.นครปฐม 73000"),
    ],
)
def test_thai_addresses_are_one_span(text: str, expected: str) -> None:
    assert addresses(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Please ship to 99/12 Moo 4, Soi Sukjai, Phahonyothin Rd., Lat Yao, Chatuchak, Bangkok 10900. Thanks",
            "99/12 Moo 4, Soi Sukjai, Phahonyothin Rd., Lat Yao, Chatuchak, Bangkok 10900",
        ),
        (
            "Address: 12 Sukhumvit Soi 11, Khlong Toei Nuea, Watthana, Bangkok 10110, Thailand",
            "12 Sukhumvit Soi 11, Khlong Toei Nuea, Watthana, Bangkok 10110",
        ),
        (
            "Customer lives at 45 Rama 9 Road, Huai Khwang District, Bangkok 10310 tel 0812345678",
            "45 Rama 9 Road, Huai Khwang District, Bangkok 10310",
        ),
        (
            "1/1 Moo 2 Tambon Ban Waen Amphoe Hang Dong Changwat Chiang Mai 50230",
            "1/1 Moo 2 Tambon Ban Waen Amphoe Hang Dong Changwat Chiang Mai 50230",
        ),
        ("77 Moo 3 T. Suthep A. Mueang Chiang Mai 50200", "77 Moo 3 T. Suthep A. Mueang Chiang Mai 50200"),
        ("Khwaeng Lat Yao, Khet Chatuchak, Bangkok 10900", "Khwaeng Lat Yao, Khet Chatuchak, Bangkok 10900"),
        (
            "Unit 5B, 19th Floor, Sukjai Tower, 170 Sukhumvit Rd, Khlong Toei, Bangkok 10110",
            "Unit 5B, 19th Floor, Sukjai Tower, 170 Sukhumvit Rd, Khlong Toei, Bangkok 10110",
        ),
        (
            "88/8 Moo 5, Nong Prue, Bang Lamung, Chonburi 20150",
            "88/8 Moo 5, Nong Prue, Bang Lamung, Chonburi 20150",
        ),
    ],
)
def test_english_written_thai_addresses(text: str, expected: str) -> None:
    assert addresses(text) == [expected]


def test_example_prompt_address_through_the_engine(engine) -> None:
    text = (
        "ลูกค้าชื่อ นางสาวมาลี ใจดี อีเมล malee@example.co.th ที่อยู่ 99/12 หมู่ 4 ซอยสุขใจ ถนนพหลโยธิน "
        "แขวงลาดยาว เขตจตุจักร กรุงเทพมหานคร 10900\nเกิดวันที่ 12 มีนาคม 2531"
    )
    assert spans_of(engine, text, "ADDRESS") == [
        "99/12 หมู่ 4 ซอยสุขใจ ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพมหานคร 10900"
    ]


def test_thai_digits_and_json_payloads(engine) -> None:
    text = "อาศัยอยู่บ้านเลขที่ ๔๕/๖ หมู่ที่ ๒ ตำบลหนองหาร อำเภอสันทราย จังหวัดเชียงใหม่ ๕๐๒๙๐"
    assert spans_of(engine, text, "ADDRESS") == [text[text.index("บ้านเลขที่") :]]
    payload = '{"address": "99/12 Moo 4, Bang Khae, Bangkok 10160", "phone": "0812345678"}'
    assert spans_of(engine, payload, "ADDRESS") == ["99/12 Moo 4, Bang Khae, Bangkok 10160"]


def test_stronger_evidence_scores_higher() -> None:
    full = "ที่อยู่ 99/12 หมู่ 4 ซอยสุขใจ ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพมหานคร 10900"
    partial = "บ้านเลขที่ 7 ถ.ราชดำเนิน"
    (strong,) = RECOGNIZER.find(full)
    (weak,) = RECOGNIZER.find(partial)
    assert strong.score >= 0.95
    assert 0.5 <= weak.score < 0.85


@pytest.mark.parametrize(
    "text",
    [
        "ผู้ว่าราชการจังหวัดเชียงใหม่ เปิดเผยว่าฝุ่นลดลง",  # a province in news
        "สาขาเชียงใหม่ เปิดทุกวัน 10.00-20.00 น.",
        "ลูกค้าย้ายไปอยู่จังหวัดเชียงใหม่แล้ว",
        "กรุงเทพ",
        "ถนนสายนี้ไปอำเภอเมืองได้",
        "ซอย 5",
        "เลี้ยวเข้าซอย 5 เลย",  # "เลย" is a province name and an everyday word
        "ประกาศเขตภัยพิบัติ 8 จังหวัด โดยเป็นจังหวัดเดิม",  # counting provinces
        "ประชุมที่ห้องประชุม 301 ตึกบัญชาการ 1",
        "ราคา 10900 บาท ส่งฟรีทั่วกรุงเทพ",
        "version 10.2.3 build 50200 deployed in Chiang Mai",
        "ลูกค้า 3 คน อยู่ กรุงเทพ 10900 คน",
        "ทะเบียนรถ 1กข 1234 กรุงเทพมหานคร",
        "พล.ต.อ.สมชาย ใจดี เดินทางไป จ.เชียงใหม่ เมื่อ ม.ค.",
        "The Bangkok office is on Sukhumvit Road.",
        "Our Chiang Mai branch opened in 2019, Room 301 of Building 5.",
        "โอนเข้าบัญชีเลขที่ 123-4-56789-0 ภายในวันที่ 30 ก.ย.",
        "ต.บางแค อ.เมือง จ.นครปฐม",  # an area, no street and no postcode: public place
    ],
)
def test_not_addresses(text: str) -> None:
    assert addresses(text) == []


def test_a_street_in_a_district_is_a_public_place_below_the_threshold(engine) -> None:
    text = "เกิดเหตุไฟไหม้ร้านอาหารบนถนนนิมมานเหมินท์ อ.เมือง จ.เชียงใหม่ เมื่อคืนนี้"
    assert "ADDRESS" not in types_in(engine, text)
    # …but the same components after an address cue are someone's address.
    cued = "ที่อยู่ลูกค้า ถนนนิมมานเหมินท์ อ.เมือง จ.เชียงใหม่"
    assert spans_of(engine, cued, "ADDRESS") == ["ถนนนิมมานเหมินท์ อ.เมือง จ.เชียงใหม่"]


def test_two_addresses_in_one_text_are_two_spans() -> None:
    text = "ผู้ส่ง 12 ซอยสุขใจ ถนนพหลโยธิน เขตจตุจักร กรุงเทพฯ 10900 ผู้รับ 5 ม.3 ต.บางแค อ.เมือง จ.นครปฐม 73000"
    assert addresses(text) == [
        "12 ซอยสุขใจ ถนนพหลโยธิน เขตจตุจักร กรุงเทพฯ 10900",
        "5 ม.3 ต.บางแค อ.เมือง จ.นครปฐม 73000",
    ]


def test_faker_thai_addresses_are_found_whole() -> None:
    fake = Faker("th_TH")
    fake.seed_instance(20240312)
    for _ in range(200):
        address = fake.address()
        text = f"ลูกค้าขอเปลี่ยนที่อยู่เป็น {address} โทร 081-234-5678"
        start = text.index(address)
        found = [(s.start, s.end) for s in RECOGNIZER.find(text) if s.score >= 0.5]
        assert found == [(start, start + len(address))], address


# Address parts, numbers and punctuation, to build texts that stress the chaining rules.
FRAGMENTS = [
    "ซอย",
    "ซ.",
    "ถ.",
    "ถนน",
    "ต.",
    "อ.",
    "จ.",
    "เขต",
    "แขวง",
    "หมู่",
    "ม.",
    "หมู่บ้าน",
    "ชั้น",
    "ห้อง",
    "เลขที่",
    "99/12",
    "12",
    "10900",
    "97000",
    "เชียงใหม่",
    "เลย",
    "กทม.",
    "Soi",
    "Moo",
    "Rd.",
    "District",
    "Bangkok",
    "A.",
    "Mueang",
    " ",
    ", ",
    "\n",
    ".",
    "โทร",
    "บางแค",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=5), max_size=14))
def test_never_raises_and_spans_stay_in_the_text(parts: list[str]) -> None:
    text = "".join(parts)
    for span in RECOGNIZER.find(text):
        assert 0 <= span.start < span.end <= len(text)
        assert 0 < span.score <= 1.0
