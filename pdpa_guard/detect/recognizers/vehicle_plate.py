"""Thai vehicle registration plates (``TH_VEHICLE_PLATE``), with the province when written.

Plates read: an optional series digit, two Thai consonants, a number of 1-4 digits, and the
province (``1กข 1234 กรุงเทพมหานคร``, ``กข-1234``, ``กข 1234 เชียงใหม่``, ``1กก-123``);
motorcycles add forms with three consonants (``กขค 123``). The span covers the province when
it follows the number.

Two Thai consonants followed by a number are also ordinary Thai: a word spelled without
vowel marks (``คน 30``, ``รถ 2 คัน``), a unit (``กก.``, ``ซม``), an abbreviation with dots
(``พ.ศ. 2567``, ``ก.ย. 2567``, ``ม. 4``), an address part (``ซอย 12``, ``ถนน 5``). So a plate
needs evidence beyond its letters:

* a cue (ทะเบียนรถ, ป้ายทะเบียน, ทะเบียน + the plate, license plate ...), which also admits the
  numbers-only plates of commercial vehicles (``รถทะเบียน 70-1234``); ``ทะเบียนบ้าน`` (house
  registration), ``ทะเบียนสมรส`` and ``ลงทะเบียน`` are not cues;
* or a province name right after the number;
* or the distinctive shapes: a series digit (``1กข 1234``) or a dash (``กข-1234``).

The letters must start a word: a letter pair at the end of a longer Thai word (``จำนวนคน 30``)
is not a plate. Province names come from PyThaiNLP's wheel-shipped
``thailand_provinces_th.csv`` (read once), plus the forms people write for Bangkok.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path

from pdpa_guard.detect.recognizers._cues import CueIndex, anchored
from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer

_BANGKOK_FORMS = ("กรุงเทพฯ", "กรุงเทพ", "กทม.", "กทม")
# The short names people write for long provinces ("8ผล 2195 อยุธยา", "กข 1234 โคราช").
_SHORT_FORMS = (
    "อยุธยา", "โคราช", "สุราษฎร์ฯ", "สุราษฎร์", "อุบลฯ", "อุบล", "อุดร", "นครศรีฯ", "นครศรี",
    "ปทุมฯ", "ปทุม", "สุพรรณ", "ประจวบฯ", "ประจวบ", "แปดริ้ว",
)


@functools.cache
def province_names() -> tuple[str, ...]:
    """Thai province names from PyThaiNLP's bundled CSV (no import of pythainlp, no download)."""
    spec = importlib.util.find_spec("pythainlp")
    if spec is None or not spec.submodule_search_locations:
        return _BANGKOK_FORMS + _SHORT_FORMS
    path = Path(next(iter(spec.submodule_search_locations))) / "corpus" / "thailand_provinces_th.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        names = [row[0].strip() for row in csv.reader(handle) if row and row[0].strip()]
    return tuple(names) + _BANGKOK_FORMS + _SHORT_FORMS


_CONSONANT = "[ก-ฮ]"
_THAI = "\u0e00-\u0e7f"
# Common words and units of two or three consonants that are written before numbers.
_NOT_LETTERS_TEXT = (
    "คน รถ ผล นก ลด ยก จบ ชม กก ซม มม กม มล ลบ ตร บท ทน ตน งบ สด พบ รบ ตก หก ปก วง จด กด "
    "นม ลม ชน ขน ผม พศ คศ มค กพ ธค พย ตค กย สค กค มย ซอย ถนน ตรอก ยอด รวม บจ"
)
_NOT_LETTERS = frozenset(_NOT_LETTERS_TEXT.split())
_UNIT_AFTER = re.compile(
    r"\s?(?:บาท|฿|คน|ครั้ง|ชิ้น|ตัว|คัน|กม|ซม|มม|กก|ปี|เดือน|วัน|นาที|ชั่วโมง|ชม|%|เปอร์เซ็นต์|(?i:km|kg|cm|mm))"
)

_NOT_REGISTRATION_OF_A_CAR = (
    *("บ้าน", "สมรส", "พาณิชย์", "นิติ", "ราษฎร", "การค้า", "เรียน", "หย่า", "ผู้", "ยา", "ประวัติ"),
    *("สินค้า", "การ", "ไว้"),
)
_CUES = CueIndex(
    phrases=[
        "ป้ายทะเบียน",
        "ทะเบียนรถ",
        "ทะเบียนรถยนต์",
        "ทะเบียนรถจักรยานยนต์",
        "เลขทะเบียน",
        "เลขทะเบียนรถ",
        "ทะเบียน",
        "plate",
        "plate no",
        "plate no.",
        "plate number",
        "plate_no",
        "plate_number",
    ],
    not_after={"ทะเบียน": ("ลง",)},  # ลงทะเบียน: to register (for a course, an event)
    # "ทะเบียนรถ" is its own cue: its "รถ" is not the letters of a plate after "ทะเบียน".
    not_before={
        "ทะเบียน": (*_NOT_REGISTRATION_OF_A_CAR, "รถ"),
        "เลขทะเบียน": (*_NOT_REGISTRATION_OF_A_CAR, "รถ"),
    },
)
# A vehicle word right before a plate ("ใครเห็นรถ กป1249 ขับเร็วมาก", "รถกข 1234 จอดขวาง"):
# weaker than ทะเบียน, so the plate's letters must not be a common word or unit (``_judge``
# with ``vehicle``), and numbers-only forms need ทะเบียน.
_VEHICLE_CUES = CueIndex(
    phrases=["รถ", "รถยนต์", "รถเก๋ง", "รถกระบะ", "รถตู้", "รถมอเตอร์ไซค์", "มอเตอร์ไซค์", "มอไซค์", "จยย."],
    not_after={"รถ": ("สามา",)},  # สามารถ: "can"
    not_before={"รถ": ("ทะเบียน",)},  # "รถทะเบียน ...": the ทะเบียน cue reads it
)
_DIGIT = re.compile(r"\d")
# A Thai consonant, a separator the bare pattern allows, then a digit: every bare plate has one.
_LETTERS_THEN_DIGIT = re.compile(
    r"\d(?:(?<=[ก-ฮ]\d)|(?<=[ก-ฮ]\s\d)|(?<=[ก-ฮ]-\d)|(?<=[ก-ฮ]\s-\d)|(?<=[ก-ฮ]-\s\d)|(?<=[ก-ฮ]\s-\s\d))"
)
_MAX_HEAD = 7  # series digit + three letters + " - ": the most a bare plate holds before its number
# Where a bare plate can start: its first character (series digit or letter) with the bare
# pattern's look-behind. Most positions before a digit are inside a Thai word and fail it.
_BARE_START = re.compile(rf"(?<![{_THAI}\d.])(?:[1-9]|{_CONSONANT})")
_FILLER = r"[\s:：#=\-\"'.]{0,3}(?:เลขที่|หมายเลข|คือ)?[\s:：#=\-\"']{0,3}"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    provinces = "|".join(re.escape(p) for p in sorted(set(province_names()), key=len, reverse=True))
    after = rf"(?!\d)(?![.,:/]\d)(?:\s?(?P<province>{provinces})|(?![{_THAI}]))"
    letters_plate = (
        # A plate is on one line: "ทะเบียนรถ" ending a table header is not read with the first
        # cell of the row below ("ห้อง | ทะเบียนรถ" over "1040 | ...").
        rf"(?P<series>[1-9])?(?P<letters>{_CONSONANT}{{2,3}})(?P<sep>[ \t]?-[ \t]?|[ \t])?(?P<number>\d{{1,4}})"
    )
    # Trucks, buses and other commercial vehicles carry numbers only: "70-1234 ระนอง". Too
    # generic without a cue, so only the cued pattern has this form.
    numeric_plate = r"(?P<numeric>\d{2}-\d{4})"
    bare = re.compile(rf"(?<![{_THAI}\d.]){letters_plate}{after}")
    cued = re.compile(rf"{_FILLER}(?:{letters_plate}|{numeric_plate}){after}")  # matched at a cue's end
    vehicle = re.compile(rf"[ \t]?{letters_plate}{after}")  # right after a vehicle word
    return bare, cued, vehicle


class VehiclePlateRecognizer(ThaiRecognizer):
    """Thai licence plates: cue, province or distinctive shape required."""

    ENTITIES = ("TH_VEHICLE_PLATE",)
    NEEDS_DIGIT = True

    def __init__(self, supported_language: str = "th") -> None:
        super().__init__(supported_language)
        self._bare, self._cued, self._vehicle = _patterns()

    def find(self, text: str) -> Iterator[Span]:
        if not _DIGIT.search(text):
            return  # every plate form has digits
        seen: set[int] = set()
        for _, match in anchored(_CUES, self._cued, text):
            span = self._judge(text, match, cued=True)
            if span:
                seen.add(span.start)
                yield span
        for _, match in anchored(_VEHICLE_CUES, self._vehicle, text):
            span = self._judge(text, match, cued=False, vehicle=True)
            if span and span.start not in seen:
                seen.add(span.start)
                yield span
        # Bare plates are written with Thai letters: an ASCII text (str.isascii is O(1)) has none.
        plain: list[Span] = []
        for match in () if text.isascii() else self._bare_matches(text):
            span = self._judge(text, match, cued=False)
            if span and span.start not in seen:
                seen.add(span.start)
                yield span
            elif span is None and match.start() not in seen:
                sibling = _plain_plate(text, match)
                if sibling:
                    plain.append(sibling)
        # A list of plates (a gate camera's log, a parking roster) writes the province on some
        # rows and not on others: once a text holds a plate shown by its cue, province or shape,
        # a bare "กข 1234" beside it is one too ("[08:19] ษห 5779 -> ห้อง B-733").
        if seen:
            yield from plain

    def _bare_matches(self, text: str) -> Iterator[re.Match[str]]:
        """``self._bare.finditer(text)``, tried only where a plate can start.

        A finditer of the bare pattern tries it at every Thai consonant of the text. Every bare
        plate has a consonant then a digit (``_LETTERS_THEN_DIGIT``), and starts at most
        ``_MAX_HEAD`` characters before that digit (series digit, three letters, `` - ``), so
        matching at those few positions finds the same plates, in the same order
        (``tests/test_rec_vehicle_plate.py`` checks the two agree). Of those, only the positions
        ``_BARE_START`` accepts can start a match: the others are skipped without a call.
        """
        pos = 0  # where finditer would resume: the end of the last match
        tried = 0  # every start before this has been tried
        for hit in _LETTERS_THEN_DIGIT.finditer(text):
            digit = hit.start()
            for head in _BARE_START.finditer(text, max(pos, tried, digit - _MAX_HEAD), digit - 1):
                match = self._bare.match(text, head.start())
                if match:
                    yield match
                    pos = match.end()
                    break
            tried = max(tried, digit - 1)

    @staticmethod
    def _judge(text: str, match: re.Match[str], cued: bool, vehicle: bool = False) -> Span | None:
        province = match.group("province")
        if "numeric" in match.re.groupindex and match.group("numeric"):
            end = match.end("province") if province else match.end("numeric")
            return Span("TH_VEHICLE_PLATE", match.start("numeric"), end, 0.9)
        series, letters, sep = match.group("series"), match.group("letters"), match.group("sep") or ""
        start = match.start("series") if series else match.start("letters")
        end = match.end("province") if province else match.end("number")
        if len(letters) == 3 and series:
            return None  # car series are two letters: "1กขค" is not a plate
        if cued:
            return Span("TH_VEHICLE_PLATE", start, end, 0.95)
        if len(letters) == 3:
            return None  # motorcycle three-letter forms look like words ("ซอย 12"): cue needed
        dashed = "-" in sep
        if letters in _NOT_LETTERS and not (province or (series and dashed)):
            return None  # "คน 30", "5กก 300"; but "1กก-123" and "กก 123 ขอนแก่น" are plates
        if province:
            return Span("TH_VEHICLE_PLATE", start, end, 0.9)
        if _UNIT_AFTER.match(text, end):
            return None  # "2คน 300 บาท": a count and a price
        if series:
            return Span("TH_VEHICLE_PLATE", start, end, 0.8 if dashed else 0.75)
        if vehicle:
            return Span("TH_VEHICLE_PLATE", start, end, 0.8)  # "รถ กป1249"
        if dashed:
            return Span("TH_VEHICLE_PLATE", start, end, 0.6)
        return None


_MIN_SIBLING_DIGITS = 2  # "กข 5" is too short to stand on its neighbours alone


def _plain_plate(text: str, match: re.Match[str]) -> Span | None:
    """A bare two-letter plate with no evidence of its own (no cue, province, series or dash),
    kept for when another plate in the same text vouches for it; None for words and units."""
    letters, number = match.group("letters"), match.group("number")
    if match.group("series") or match.group("province") or len(letters) != 2 or letters in _NOT_LETTERS:
        return None
    if len(number) < _MIN_SIBLING_DIGITS or _UNIT_AFTER.match(text, match.end("number")):
        return None
    return Span("TH_VEHICLE_PLATE", match.start("letters"), match.end("number"), 0.6)
