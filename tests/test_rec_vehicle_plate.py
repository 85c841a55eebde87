"""TH_VEHICLE_PLATE: car and motorcycle plates with their province; Thai abbreviations, units and
address parts followed by numbers are not plates."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.vehicle_plate import VehiclePlateRecognizer, province_names
from pdpa_guard.detect.text import fold_digits

REC = VehiclePlateRecognizer()


def plates(text: str) -> list[str]:
    return [text[s.start : s.end] for s in REC.find(fold_digits(text)) if s.score >= 0.5]


def test_provinces_come_from_pythainlp_and_include_bangkok_forms() -> None:
    names = province_names()
    assert len(set(names)) >= 77
    assert {"กรุงเทพมหานคร", "กรุงเทพฯ", "เชียงใหม่", "บึงกาฬ"} <= set(names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("รถทะเบียน 1กข 1234 กรุงเทพมหานคร ชนท้าย", "1กข 1234 กรุงเทพมหานคร"),
        ("กข-1234", "กข-1234"),
        ("กข 1234 เชียงใหม่", "กข 1234 เชียงใหม่"),
        ("1กก-123", "1กก-123"),
        ("ป้ายทะเบียน กขค 123", "กขค 123"),  # motorcycle form, with its cue
        ("ทะเบียนกข1234", "กข1234"),
        ("1กข 1234กรุงเทพฯ", "1กข 1234กรุงเทพฯ"),
        ("license plate: 2ขก 5678", "2ขก 5678"),
        ("เลขทะเบียนรถ ๑กข ๑๒๓๔ ขอนแก่น", "๑กข ๑๒๓๔ ขอนแก่น"),
        ("กก 123 ขอนแก่น", "กก 123 ขอนแก่น"),
        ("พบรถ 1กข 1234 จอดอยู่", "1กข 1234"),
        ("รถบรรทุกทะเบียน 70-1234 ระนอง", "70-1234 ระนอง"),  # commercial plates are numbers only
    ],
)
def test_plates(text: str, expected: str) -> None:
    assert plates(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "พ.ศ. 2567",
        "ชั้น ม. 4",
        "วันที่ 5 ก.ย. 2567",
        "ซอย 12",
        "ถนน 5",
        "บ้านเลขที่ 12 หมู่ 4",
        "จำนวนคน 30",
        "มา 2คน 300 บาท",
        "ราคา 5กก 300",
        "คน 1234 คน",
        "พศ 2567",
        "กข 1234",  # bare two letters and a number: too much ordinary Thai looks like this
        "ทะเบียนบ้าน 123/4",
        "ลงทะเบียน 1234",
        "ทะเบียนสมรส กข 1234",
        "ห้อง 70-1234",  # a numbers-only plate needs its cue
    ],
)
def test_not_plates(text: str) -> None:
    assert plates(text) == []


def _plate_like_texts(seed: int, n: int) -> list[str]:
    import random

    rng = random.Random(seed)
    pieces = ["กข", "1กข", "ขค", "กขค", "คน", "กก", " ", "-", " - ", "1234", "12", "5", "บาท",
              "กรุงเทพมหานคร", "ชลบุรี", "ทะเบียน", "ซอย", "abc", ".", "0", "๑", "รถ", "\n"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) for _ in range(n)]


def test_bare_plates_found_at_candidate_positions_only_match_a_full_scan() -> None:
    rec = REC
    texts = [fold_digits(t) for t in _plate_like_texts(7, 4000)]
    for text in texts:
        fast = [m.span() for m in rec._bare_matches(text)]
        full = [m.span() for m in rec._bare.finditer(text)]
        assert fast == full, text
