"""Thai postal addresses (``ADDRESS``), written in Thai or in English, reported as one span.

A Thai address is a chain of components, most of them introduced by a cue word glued to a name:
house number (``99/12``, ``เลขที่ 99/12``), ``หมู่ 4``/``ม.4``, ``หมู่บ้าน…``, ``อาคาร…``/``ชั้น 5``/
``ห้อง 501``, ``ซอย…``/``ซ.``, ``ถนน…``/``ถ.``, ``ตำบล…``/``ต.``/``แขวง…``, ``อำเภอ…``/``อ.``/``เขต…``,
``จังหวัด…``/``จ.``, a province name and a postcode. English-written addresses use ``Moo``, ``Soi``,
``Rd.``, ``Tambon``/``Khwaeng``, ``Amphoe``/``Khet``, ``District``, ``Province`` and English province
names. Any component may be missing, abbreviated or glued to its neighbours.

How it works (one pass to find anchors, then local work around them):

1. One Aho-Corasick pass finds every cue word, province name and stop word, and one digit-run
   regex finds postcodes and house-number-like numbers (``_find_anchors``).
2. Each cue takes its name from the text after it (``ถนน`` + ``พหลโยธิน``), or before it for
   English suffixes (``Phahonyothin`` + ``Rd.``), never reaching into the next cue: Thai glues
   ``ซอยสุขใจถนนพหลโยธิน`` without spaces, so the next anchor is the only reliable boundary.
3. Components separated only by spaces/commas (one line break at most) chain into a candidate.
   Unlabelled sub-district/district names between components (``Lat Yao, Chatuchak,``) are
   allowed only on the way to a postcode. A span therefore never runs into unrelated text: it ends
   at the last component, before sentence punctuation, ``โทร``, an e-mail and so on.
4. A chain is an address when it has a house number, ``หมู่``, ``หมู่บ้าน`` or ``ซอย`` plus another
   component, or a postcode with a province/district (``ถนน`` + district alone describes a public
   place and scores below the engine threshold unless an address cue such as ``ที่อยู่`` is near).

Province names come from PyThaiNLP's wheel-shipped ``thailand_provinces_th.csv``. The wheel ships no
district or sub-district list, so districts are recognised by their cue words and by position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

import ahocorasick
from pythainlp.corpus import provinces

from pdpa_guard.detect.recognizers._cues import CueIndex
from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer
from pdpa_guard.detect.text import Cues

HOUSE, MOO, VILLAGE, BUILDING, SOI, ROAD = "house", "moo", "village", "building", "soi", "road"
SUB, DIST, PROV, POST = "subdistrict", "district", "province", "postcode"
_ADMIN = frozenset({SUB, DIST, PROV})
# Components that locate a dwelling rather than a public area; one of them (or a postcode) is
# what makes a chain an address of someone rather than a place name.
_DWELLING = frozenset({HOUSE, MOO, VILLAGE, SOI})

_THAI = "\u0e01-\u0e4e"  # Thai letters, vowels, tone marks, ฯ and ๆ (digits are folded to ASCII)

# Thai cue words (value follows). The automaton takes the longest match, so "หมู่บ้าน" wins
# over "หมู่" and "บ้านเลขที่" over "เลขที่".
_THAI_CUES: dict[str, str] = {
    "บ้านเลขที่": HOUSE,
    "เลขที่": HOUSE,
    "หมู่ที่": MOO,
    "หมู่": MOO,
    "หมู่บ้าน": VILLAGE,
    "อาคาร": BUILDING,
    "ตึก": BUILDING,
    "คอนโดมิเนียม": BUILDING,
    "คอนโด": BUILDING,
    "ชั้นที่": BUILDING,
    "ชั้น": BUILDING,
    "ห้องเลขที่": BUILDING,
    "ห้อง": BUILDING,
    "ซอย": SOI,
    "ถนน": ROAD,
    "ตำบล": SUB,
    "แขวง": SUB,
    "กิ่งอำเภอ": DIST,
    "อำเภอ": DIST,
    "เขต": DIST,
    "จังหวัด": PROV,
}
# One-letter dotted abbreviations (ม.4, ซ.5, ถ.พหลโยธิน, ต./อ./จ.). They also occur inside ranks,
# months and acronyms (พ.ต.อ., ม.ค., จ.ส.อ., ผอ.), so they may not follow a Thai letter or a dot
# and may not be followed by another letter-dot pair.
_THAI_ABBREVIATIONS: dict[str, str] = {
    "ม.": MOO,
    "มบ.": VILLAGE,
    "ซ.": SOI,
    "ถ.": ROAD,
    "ต.": SUB,
    "อ.": DIST,
    "จ.": PROV,
}
# English cue words followed by their value ("Moo 4", "Soi Sukjai", "Khet Chatuchak").
_EN_PREFIX_CUES: dict[str, str] = {
    "house no.": HOUSE,
    "no.": HOUSE,
    "moo": MOO,
    "mu": MOO,
    "mooban": VILLAGE,
    "moo ban": VILLAGE,
    "floor": BUILDING,
    "fl.": BUILDING,
    "room": BUILDING,
    "rm.": BUILDING,
    "unit": BUILDING,
    "soi": SOI,
    "thanon": ROAD,
    "tambon": SUB,
    "t.": SUB,
    "khwaeng": SUB,
    "kwaeng": SUB,
    "amphoe": DIST,
    "amphur": DIST,
    "a.": DIST,
    "amphoe mueang": DIST,
    "khet": DIST,
    "mueang": DIST,
    "muang": DIST,
    "changwat": PROV,
}
# English cue words preceded by their value ("Phahonyothin Rd.", "Chatuchak District", "12th Floor").
_EN_SUFFIX_CUES: dict[str, str] = {
    "rd.": ROAD,
    "rd": ROAD,
    "road": ROAD,
    "street": ROAD,
    "st.": ROAD,
    "subdistrict": SUB,
    "sub-district": SUB,
    "sub district": SUB,
    "district": DIST,
    "province": PROV,
    "village": VILLAGE,
    "tower": BUILDING,
    "building": BUILDING,
    "bldg.": BUILDING,
    "condominium": BUILDING,
    "floor": BUILDING,
}
# Words that end a component's name without being part of an address: contact cues that often
# follow an address on the same line, and the country (not part of the span by convention).
_STOP_WORDS = (
    "โทรศัพท์",
    "โทร",
    "เบอร์",
    "มือถือ",
    "อีเมล์",
    "อีเมล",
    "ติดต่อ",
    "ประเทศไทย",
    "เลขบัตร",
    "ค่ะ",
    "ครับ",
)
_EN_STOP_WORDS = ("Tel", "Phone", "Mobile", "Email", "E-mail", "Thailand", "THAILAND", "Contact")

# Bangkok's short names and the PyThaiNLP province list. Some province names are everyday words
# ("เลย" = at all, "แพร่" = to spread, "ตาก" = to dry); those count only after จ./จังหวัด or
# right before a postcode.
_PROVINCE_DETAILS = provinces(details=True)
_THAI_PROVINCES = {p["name_th"] for p in _PROVINCE_DETAILS} | {"กรุงเทพฯ", "กรุงเทพ", "กทม.", "กทม"}
_EN_PROVINCES = {p["name_en"] for p in _PROVINCE_DETAILS}
# Common alternative spellings: run-together names (Chonburi) and short forms.
_EN_PROVINCES |= {n.replace(" ", "") for n in _EN_PROVINCES if " " in n} | {
    "Ayutthaya",
    "Phang Nga",
    "Korat",
    "Sisaket",
    "Nong Bua Lamphu",
    "Bangkok Metropolis",
}
_EN_PROVINCES |= {n.upper() for n in _EN_PROVINCES}
_AMBIGUOUS_PROVINCES = frozenset(
    {"เลย", "แพร่", "ตาก", "ตรัง", "น่าน", "Nan", "Tak", "Loei", "NAN", "TAK", "LOEI"}
)

# Names after a cue that are ordinary words, not place names ("ถนนสายนี้", "เขตพื้นที่", "ตึกแถว").
_GENERIC_PREFIXES = (
    "นี้",
    "นั้น",
    "สายนี้",
    "สายนั้น",
    "สายหลัก",
    "สายรอง",
    "เส้นนี้",
    "เส้นนั้น",
    "เส้นทาง",
    "ลูกรัง",
    "คอนกรีต",
    "ลาดยาง",
    "หนทาง",
    "ต่างๆ",
    "ต่าง ๆ",
    "ใกล้เคียง",
    "เดียวกัน",
    "ดังกล่าว",
    "พื้นที่",
    "อำนาจ",
    "การทาง",
    "การศึกษา",
    "การปกครอง",
    "ปลอดภาษี",
    "เศรษฐกิจ",
    "เลือกตั้ง",
    "ห้าม",
    "ก่อสร้าง",
    "ทางหลวง",
    "แถว",
    "พาณิชย์",
    # function words: "8 จังหวัด โดยเป็น…", "หมู่บ้านของพื้นที่", "จังหวัด ได้แก่ …"
    "โดย",
    "ซึ่ง",
    "ของ",
    "คือ",
    "ได้",
    "ทั่ว",
    "ทั้ง",
    "เดิม",
    "ที่",
    # places counted, not named: "133 หมู่บ้านบนพื้นที่สูงใน...", "หมู่บ้านในเขต..."
    "บนพื้นที่",
    "ในเขต",
    "ในพื้นที่",
    "ในจังหวัด",
    "ในอำเภอ",
    "กว่า",
)
_GENERIC_EXACT = frozenset({"ใหญ่", "เล็ก", "ใน", "และ", "หรือ", "ของ", "ไป", "มา", "ตัน", "เปลี่ยว", "เดียว"})

# Address cues raise the score ("ที่อยู่ 12 ถนน…" is someone's address, not directions).
_ADDRESS_CUE_PHRASES = (
    "ที่อยู่",
    "ทะเบียนบ้าน",
    "บ้านอยู่",
    "อาศัยอยู่",
    "พักอยู่",
    "อยู่บ้าน",
    "จัดส่ง",
    "ส่งของ",
    "ส่งพัสดุ",
    "ส่งไปที่",
    "ภูมิลำเนา",
    "address",
    "addr",
    "shipping",
    "billing",
    "deliver to",
    "lives at",
    "living at",
    "resides at",
    "residing at",
    "domicile",
)
ADDRESS_CUES = Cues(phrases=_ADDRESS_CUE_PHRASES)
# Every cue above holds one of these (``tests/test_speed_equivalence_s3.py`` checks it), in any
# case the cue regex accepts: "i" also matches "İ" and "ı" when case is ignored. The case-blind
# alternation of the cues is slow to search (it tries every phrase at every position of the
# window, ~11 µs); most windows before an address hold none of these and skip it.
_ADDRESS_CUE_HINT = re.compile("[dDiIİı]|อยู่|ส่ง|ทะเบียน|ภูมิ")
_CUE_WINDOW = 30


def _address_cue_before(text: str, start: int) -> bool:
    """``ADDRESS_CUES.before(text, start, 30)``, skipping the cue search when no hint is there."""
    if _ADDRESS_CUE_HINT.search(text, max(0, start - _CUE_WINDOW), start) is None:
        return False
    return ADDRESS_CUES.before(text, start, _CUE_WINDOW)


class _Anchor(NamedTuple):
    """A word or number that may start (or, for English suffixes, end) an address component.

    ``group``: tc = Thai cue, ta = Thai abbreviation, ep/es = English prefix/suffix cue,
    pt/pe = province name, st/se = stop word, pc = postcode, hn = house-number shape.
    """

    group: str
    start: int
    end: int
    word: str


# ``_Anchor(group, start, end, word)`` without the Python-level ``__new__`` of a NamedTuple: the
# same tuple at about half the cost (thousands of anchors per pass over the corpus).
_new_anchor = tuple.__new__


def _english_variants(word: str) -> set[str]:
    """``Soi``, ``soi``, ``SOI`` and ``Sub-District``: English cues vary only in capitals."""
    if len(word) == 2 and word.endswith("."):  # "T. Suthep A. Mueang": capitals only, not "don't."
        return {word.upper()}
    return {word.lower(), word.capitalize(), word.upper(), word.title()}


def _build_automaton() -> ahocorasick.Automaton:
    """One Aho-Corasick automaton over every word anchor: a single linear pass per text."""
    automaton = ahocorasick.Automaton()
    entries: list[tuple[str, Iterable[str]]] = [
        ("tc", _THAI_CUES),
        ("ta", _THAI_ABBREVIATIONS),
        ("pt", _THAI_PROVINCES),
        ("st", _STOP_WORDS),
        ("pe", _EN_PROVINCES),
        ("se", _EN_STOP_WORDS),
        ("es", (v for w in _EN_SUFFIX_CUES for v in _english_variants(w))),
        # Prefix cues last: "Floor" is both, and is read as a prefix first ("Floor 12").
        ("ep", (v for w in _EN_PREFIX_CUES for v in _english_variants(w))),
    ]
    for group, words in entries:
        for word in words:
            automaton.add_word(word, (group, word, len(word), _boundary_check(group, word)))
    automaton.make_automaton()
    return automaton


# Which boundary check a hit of the automaton needs (see _word_anchors); decided once per word
# when the automaton is built rather than by comparing groups at every hit.
_NO_CHECK, _LATIN_CHECK, _ABBREVIATION_CHECK, _KHET_CHECK = range(4)


def _boundary_check(group: str, word: str) -> int:
    if group in ("ep", "es", "pe", "se"):
        return _LATIN_CHECK
    if group == "ta":
        return _ABBREVIATION_CHECK
    return _KHET_CHECK if word == "เขต" else _NO_CHECK


_AUTOMATON = _build_automaton()
# Anchor groups that can start a component other than a number (cues and province names).
_WORD_COMPONENT_GROUPS = frozenset({"tc", "ta", "ep", "es", "pt", "pe"})


def _word_component_keys() -> CueIndex:
    """The words of ``_WORD_COMPONENT_GROUPS`` as a family of the shared cue pass.

    Most texts hold none of them and so no address (see ``_components``); the shared pass,
    which runs anyway, tells so without this module's own automaton pass over the text. Every
    word is Thai or ASCII (tests/test_speed_equivalence_s5.py checks), so its lower-case form
    occurs in the lower-cased text wherever the word occurs in the text.
    """
    words = [word for word, (group, *_) in _AUTOMATON.items() if group in _WORD_COMPONENT_GROUPS]
    return CueIndex(phrases=words)


_WORD_COMPONENT_KEYS = _word_component_keys()
# Digit runs, with slashes (99/12) kept together so that dates (12/03/2531) stay one token.
_NUMBER = re.compile(r"\d+(?:/\d+)*")
# The runs of _NUMBER that may become anchors, each matched whole: a run starts at a digit that
# no digit and no "digit/" precedes (the look-behinds follow the first digit so that the scan
# jumps from digit to digit), and is a 2-part "99/12" of at most 4 digits a part, 5 digits
# (postcode), or at most 4 digits not glued to a word character or a slash. None may be followed
# by glue and an ASCII digit (1,290 / 10.2.3 / 12:30). A superset of what _number_anchors keeps.
_NUMBER_CANDIDATE = re.compile(
    r"\d(?<!\d\d)(?<!\d/\d)"
    r"(?:\d{0,3}/\d{1,4}(?!\d)(?!/\d)|\d{4}(?!\d)(?!/\d)|(?<!\w\d)\d{0,3}(?![\w/]))"
    r"(?![.,:-][0-9])"
)
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_THAI_CHARS = frozenset(chr(c) for c in range(0x0E01, 0x0E4F))
_THAI_CONSONANTS = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))
_NUMBER_GLUE = frozenset(".,:/-")


def _find_anchors(text: str) -> list[_Anchor]:
    """Every anchor in ``text``, by position: one automaton pass and one digit-run pass."""
    anchors = _word_anchors(text)
    anchors.extend(_number_anchors(text))
    anchors.sort(key=_START)
    return anchors


_START = attrgetter("start")


def _word_anchors(text: str) -> list[_Anchor]:
    """The anchors of the automaton pass (cue words, provinces, stop words), by end offset."""
    anchors: list[_Anchor] = []
    append = anchors.append
    size = len(text)
    for last, (group, word, length, check) in _AUTOMATON.iter_long(text):
        end = last + 1
        start = end - length
        # Most hits are Thai cues, provinces and stop words, which need no check.
        if check == _LATIN_CHECK:
            if (start and text[start - 1] in _ASCII_LETTERS) or (end < size and text[end] in _ASCII_LETTERS):
                continue  # "Soi" in "Soil"
        elif check == _ABBREVIATION_CHECK:
            # ม./ซ./ต./อ./จ. also occur in ranks, months and acronyms (พ.ต.อ., ม.ค., ผอ.).
            if start and (text[start - 1] == "." or text[start - 1] in _THAI_CHARS):
                continue
            if end < size and text[end] in _THAI_CONSONANTS and text[end + 1 : end + 2] == ".":
                continue
        elif check == _KHET_CHECK and text[max(0, start - 4) : start].endswith(("ขอบ", "อาณา")):
            continue
        append(_new_anchor(_Anchor, (group, start, end, word)))
    return anchors


_TERM_BEFORE = re.compile(r"(?:(?i:semester|term|trimester)|ภาคเรียน|ภาคการศึกษา|เทอม|ปีการศึกษา)(?:ที่)?[ ]?\Z")


def _number_anchors(text: str, runs: re.Pattern[str] = _NUMBER_CANDIDATE) -> list[_Anchor]:
    """Postcodes and house-number-shaped numbers, by position.

    ``_NUMBER_CANDIDATE`` yields only the digit runs of ``_NUMBER`` that can pass the checks
    below (most runs cannot: long numbers, numbers glued to words, ``1,290``), so the checks run
    on a few runs per text instead of all of them; they are kept as they were, so the anchors are
    the same (``tests/test_speed_equivalence_s3.py`` compares them with ``runs=_NUMBER``).
    """
    anchors: list[_Anchor] = []
    for m in runs.finditer(text):
        value = m.group()
        start, end = m.span()
        before = text[start - 1] if start else ""
        after = text[end : end + 2]
        if after[:1] in _NUMBER_GLUE and after[1:2].isdigit():  # 1,290 / 10.2.3 / 12:30
            continue
        if "/" in value:
            parts = value.split("/")
            shaped = len(parts) == 2 and all(len(p) <= 4 for p in parts)
            if shaped and _TERM_BEFORE.search(text, max(0, start - 24), start):
                continue  # "Semester 1/2026", "ภาคเรียนที่ 2/2568": an academic term, not a house
            if shaped and not (before in _NUMBER_GLUE or before in _ASCII_LETTERS or before == "_"):
                anchors.append(_new_anchor(_Anchor, ("hn", start, end, value)))
        elif len(value) == 5 and value[0] != "0":
            if before not in _NUMBER_GLUE:
                anchors.append(_new_anchor(_Anchor, ("pc", start, end, value)))
        elif len(value) <= 4:
            glued = before.isalnum() or before == "_" or after[:1].isalnum() or after[:1] in ("_", "/")
            if not glued and before not in _NUMBER_GLUE:
                anchors.append(_new_anchor(_Anchor, ("hn", start, end, value)))
    return anchors


_NUM_AFTER_NAME = r"(?:[ \t]?\d{1,3}(?:/\d{1,2})?(?![\d/]))?(?:[ \t]?แยก[ \t]?\d{1,3}(?!\d))?"
_THAI_NAME = re.compile(
    rf"[ \t]?(?:(?:[{_THAI}]+(?:-[{_THAI}]+)?|[A-Za-z][A-Za-z'-]*){_NUM_AFTER_NAME}|\d{{1,3}}(?![\d/]){_NUM_AFTER_NAME})"
)
_EN_NAME = re.compile(
    r"\.?[ \t]+(?:[A-Z][A-Za-z'-]*(?:[ -][A-Z][A-Za-z'-]*){0,2}(?:[ \t]\d{1,3}[A-Za-z]?(?![\d/]))?"
    r"|\d{1,3}[A-Za-z]?(?![\d/]))"
)
_HOUSE_VALUE = re.compile(r"[ \t]?\d{1,5}(?:/\d{1,5})?(?![\d-])")
_MOO_VALUE = re.compile(r"\.?[ \t]?(?:ที่[ \t]?)?\d{1,2}(?!\d)")
# A rural address names the village after its หมู่: "หมู่ที่ 8 บ้านโคกสูง ต.สุเทพ", "ม.3 บ้านหนองบัว".
# Only right after the หมู่ number: a bare "บ้าน" (house, home) elsewhere is an ordinary word.
_MOO_VILLAGE = re.compile(r"[ \t]{1,2}บ้าน[\u0e01-\u0e4e]{2,25}(?=[ \t,]|$)", re.M)
_FLOOR_VALUE = re.compile(r"[ \t]?(?:ที่[ \t]?)?\d{1,3}(?!\d)")
_ROOM_VALUE = re.compile(r"[ \t]?(?:เลขที่[ \t]?)?[A-Za-z]?\d{1,5}[A-Za-z]?(?!\d)")
# English names before a suffix cue: up to four capitalised words or numbers ("Rama 9 Rd.",
# "Lat Yao Subdistrict", "12th Floor").
_EN_PRE_NAME = re.compile(
    r"(?<![A-Za-z\d])(?:[A-Z][A-Za-z'-]*|\d{1,3}(?:st|nd|rd|th))(?:[ -](?:[A-Z][A-Za-z'-]*|\d{1,3})){0,3}[ \t]$"
)
_UNIT_AFTER_NUMBER = re.compile(
    r"[ \t]?(?:บาท|baht|thb|usd|คน|ราย|ชิ้น|ตัว|ครั้ง|หน่วย|กม|km|kg|กก|ม\.(?!\s?\d)|%|ปี|วัน(?!ที่)|บ\.|\$|฿|x\b)",
    re.IGNORECASE,
)
_WORD_GAP = re.compile(
    rf"[ \t,]*(?:[{_THAI}]{{2,30}}[ \t,]+){{1,3}}"
    r"|[ \t,]*(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},?[ \t]+){1,3}"
)


def _pure_gap(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds only spaces, tabs and commas, and one line break at most.

    The test of ``re.compile(r"[ \\t,]*\\n?[ \\t,]*").fullmatch(text, start, end)``, also where the
    bounds cross (past the end of the text both stand at its end, an empty gap), without a regex
    call: most gaps between components are empty or one space, and this runs for every pair.
    """
    if end <= start:
        return end == start or end >= len(text)
    gap = text[start:end]
    return not gap.strip(" \t,\n") and gap.count("\n") <= 1


def _is_year(value: int) -> bool:
    """A year, CE 1900-2100 or BE 2400-2700: a bare year is not a house number."""
    return 1900 <= value <= 2100 or 2400 <= value <= 2700


# "8 จังหวัด", "50 เขต", "ห้องประชุม 301 ตึกบัญชาการ", "ห้องรับรอง 1 ชั้น 2": a bare number before
# a full area/building word counts things or numbers a room; a house number comes before
# ถนน/ซอย/หมู่/หมู่บ้าน… or the abbreviations ต./อ./จ.
_COUNTED_CUES = ("ตำบล", "แขวง", "อำเภอ", "กิ่งอำเภอ", "เขต", "จังหวัด", "อาคาร", "ตึก", "คอนโด", "ชั้น", "ห้อง")
_MAX_NAME = 30  # a longer run of Thai letters after a cue is prose glued to it, not a place name


@dataclass(slots=True)
class _Component:
    kind: str
    start: int
    end: int
    weak: bool = False  # counts only when a postcode follows (ambiguous province, bare number)


class ThaiAddressRecognizer(ThaiRecognizer):
    """Thai and English-written Thai postal addresses, one span from first component to postcode."""

    ENTITIES = ("ADDRESS",)

    def find(self, text: str) -> Iterator[Span]:
        components = self._components(text)
        i = 0
        while i < len(components):
            j = i
            while j + 1 < len(components) and self._joins(text, components, j):
                j += 1
            chain = components[i : j + 1]
            score = self._score(text, chain)
            if score > 0:
                yield Span("ADDRESS", chain[0].start, chain[-1].end, score)
            i = j + 1

    # -- components ---------------------------------------------------------------------------

    def _components(self, text: str) -> list[_Component]:
        if not _WORD_COMPONENT_KEYS.occurs_in(text):
            return []  # no cue or province word: the check below would fail (most texts)
        anchors = _word_anchors(text)
        if not any(a.group in _WORD_COMPONENT_GROUPS for a in anchors):
            # Numbers alone make no address: a bare house number needs a street or area after
            # it, and a postcode a province or district. Most texts stop here, before the
            # digit-run pass.
            return []
        # Cue names stop at the next anchor that is a word (cue, province, stop word), not at a
        # number, which may be part of the name ("ซอยสุขุมวิท 31"). Word anchors do not overlap,
        # so their starts are in order.
        hard = [a.start for a in anchors]
        numbers = _number_anchors(text)
        if numbers:
            anchors.extend(numbers)
            anchors.sort(key=_START)
        components: list[_Component] = []
        consumed = 0  # end of the text already claimed by a component
        word_end = 0  # end of the last component that is not a bare number
        pending: tuple[int, int] | None = None  # (start, index of the anchor it belongs to)
        h = 0
        n_hard = len(hard)
        size = len(text)
        for k, m in enumerate(anchors):
            group, start, end, _ = m
            if start < consumed:
                continue
            while h < n_hard and hard[h] <= start:
                h += 1
            limit = hard[h] if h < n_hard else size
            component: _Component | None = None
            if group == "hn":  # the most frequent anchor: bare numbers
                value = m.word
                if "/" in value or not _is_year(int(value)):
                    component = _Component(HOUSE, start, end, weak=True)
            elif group in ("tc", "ta"):
                component = self._thai_cue(text, m, limit, anchors, k)
            elif group == "ep":
                component = self._english_prefix(text, m, limit, anchors, k)
            elif group == "es":
                kind = _EN_SUFFIX_CUES[m.word.lower()]
                name_start = _english_name_before(text, start, word_end, components)
                if name_start is not None:
                    component = _Component(kind, name_start, end)
                elif (
                    components
                    and components[-1].kind == kind
                    and _pure_gap(text, components[-1].end, start)
                ):
                    # "Chiang Mai Province", "Mueang Chiang Mai District": the name was already
                    # read as a component of the same kind; the suffix extends it.
                    components[-1].end = end
                    consumed = end
            elif group in ("pt", "pe"):
                component = _Component(PROV, start, end, weak=m.word in _AMBIGUOUS_PROVINCES)
            elif group == "pc" and not _UNIT_AFTER_NUMBER.match(text, end):
                # Thai postcodes run from 10xxx to 96xxx; others count only right after an area.
                component = _Component(POST, start, end, weak=int(m.word[:2]) > 96)
            if component is None:
                if group in ("tc", "ta", "ep"):
                    # "A. Mueang Chiang Mai": a cue whose name is itself a cue of the same kind.
                    nxt = anchors[k + 1] if k + 1 < len(anchors) else None
                    if nxt is not None and nxt.group in ("tc", "ta", "ep") and nxt.start - end <= 1:
                        pending = (start, k + 1)
                continue
            if pending is not None and pending[1] == k:
                component.start = pending[0]
            pending = None
            if group == "ep" and component.kind == SOI:
                # "Sukhumvit Soi 11": English writes the soi's road before the word Soi.
                name_start = _english_name_before(text, start, word_end, components)
                if name_start is not None:
                    component.start = name_start
            components.append(component)
            consumed = component.end
            if group != "hn":
                word_end = component.end
        return self._drop_unsupported(text, components)

    def _thai_cue(
        self, text: str, m: _Anchor, limit: int, anchors: list[_Anchor], k: int
    ) -> _Component | None:
        cue = m.word
        kind = _THAI_CUES.get(cue) or _THAI_ABBREVIATIONS[cue]
        end = m.end
        if kind == HOUSE:
            value = _HOUSE_VALUE.match(text, end)
        elif kind == MOO:
            value = _MOO_VALUE.match(text, end)
            village = _MOO_VILLAGE.match(text, value.end(), max(value.end(), limit)) if value else None
            if village is not None and not _is_generic(village.group().strip()[4:]):
                return _Component(kind, m.start, village.end())
        elif cue.startswith("ชั้น"):
            value = _FLOOR_VALUE.match(text, end)
        elif cue.startswith("ห้อง"):
            value = _ROOM_VALUE.match(text, end)
        else:
            province = _adjacent_province(text, end, anchors, k)
            if province is not None:  # "จ.เชียงใหม่", "ถนนนครสวรรค์": the province is the name
                return _Component(kind, m.start, province)
            value = _THAI_NAME.match(text, end, max(end, limit))
            if value is not None and _is_generic(value.group().strip()):
                return None
            if value is not None and value.end() - end > _MAX_NAME:
                return None
        if value is None or value.end() == end:
            return None
        return _Component(kind, m.start, value.end())

    def _english_prefix(
        self, text: str, m: _Anchor, limit: int, anchors: list[_Anchor], k: int
    ) -> _Component | None:
        cue = m.word.lower()
        kind = _EN_PREFIX_CUES[cue]
        end = m.end
        if kind == HOUSE:
            value = _HOUSE_VALUE.match(text, end)
        elif kind == MOO:
            value = _MOO_VALUE.match(text, end)
        elif kind == BUILDING:
            value = _ROOM_VALUE.match(text, end)
            if value is None and cue in _EN_SUFFIX_CUES:  # "12th Floor": the number comes first
                pre = _EN_PRE_NAME.search(text, max(0, m.start - 60), m.start)
                return _Component(kind, pre.start(), end) if pre else None
        else:
            province = _adjacent_province(text, end, anchors, k)
            if province is not None:  # "Mueang Chiang Mai", "Changwat Chiang Mai"
                return _Component(kind, m.start, province)
            value = _EN_NAME.match(text, end, max(end, limit))
        if value is None or value.end() == end:
            return None
        return _Component(kind, m.start, value.end())

    @staticmethod
    def _drop_unsupported(text: str, components: list[_Component]) -> list[_Component]:
        """Keep weak components only where they read as address parts.

        A bare number is a house number only when a street or area component follows it
        directly; an ambiguous province word ("เลย") only right before a postcode or right after
        a district; a 5-digit number outside the Thai postcode range only right after an area.
        """
        kept: list[_Component] = []
        for n, c in enumerate(components):
            if c.weak:
                after = components[n + 1] if n + 1 < len(components) else None
                before = kept[-1] if kept else None
                follows = after is not None and _pure_gap(text, c.end, after.start)
                precedes = before is not None and _pure_gap(text, before.end, c.start)
                if c.kind == HOUSE:
                    bare = "/" not in text[c.start : c.end]
                    ok = (
                        follows
                        and after is not None
                        and after.kind not in (POST, HOUSE, PROV)  # "กข 911 กทม." is a plate
                        and not (bare and text.startswith(_COUNTED_CUES, after.start))
                    )
                    if ok and bare and after is not None and after.kind == VILLAGE:
                        # "15 หมู่บ้าน" counts villages; "779 หมู่บ้านสุพัตรา …" must go on to an area.
                        nxt = components[n + 2] if n + 2 < len(components) else None
                        ok = (
                            nxt is not None
                            and nxt.kind in (SUB, DIST, PROV, POST)
                            and bool(
                                _pure_gap(text, after.end, nxt.start)
                                or _WORD_GAP.fullmatch(text, after.end, nxt.start)
                            )
                        )
                elif c.kind == PROV:
                    ok = (follows and after is not None and after.kind == POST) or (
                        precedes and before is not None and before.kind in (SUB, DIST)
                    )
                else:
                    ok = precedes and before is not None and before.kind in _ADMIN
                if not ok:
                    continue
            kept.append(c)
        return kept

    # -- chaining and scoring -----------------------------------------------------------------

    @staticmethod
    def _joins(text: str, components: list[_Component], j: int) -> bool:
        """True when ``components[j + 1]`` continues the address that ``components[j]`` is in."""
        left, right = components[j], components[j + 1]
        if left.kind == POST:  # the postcode ends an address
            return False
        if left.kind == PROV and right.kind not in (PROV, POST):  # so does the province
            return False
        if _pure_gap(text, left.end, right.start):
            return True
        # Unlabelled names ("บางแค บางสะพานน้อย", "Lat Yao, Chatuchak,") only on the way to a
        # postcode, where the postcode vouches that the words in between are place names.
        if right.kind not in _ADMIN and right.kind != POST:
            return False
        if not _WORD_GAP.fullmatch(text, left.end, right.start):
            return False
        n = j + 1
        while components[n].kind != POST:
            if n + 1 >= len(components) or components[n + 1].kind not in (_ADMIN | {POST}):
                return False
            if not _pure_gap(text, components[n].end, components[n + 1].start):
                return False
            n += 1
        return True

    @staticmethod
    def _score(text: str, chain: list[_Component]) -> float:
        """0 for "not an address"; otherwise a score that grows with the evidence."""
        kinds = {c.kind for c in chain}
        street = kinds & {HOUSE, MOO, VILLAGE, SOI, ROAD}
        has_post = POST in kinds
        if _unit_in_area(text, chain, kinds):
            # "ห้อง 681 อาคารศุภาลัยพาร์ค ถ.ราษฎร์บำรุง ต.บางพระ อ.ศรีราชา จ.ชลบุรี": a numbered
            # room or floor of a named building, placed in an area, is where someone lives or
            # works, as a house number is.
            kinds = kinds | {HOUSE}
            street = street | {HOUSE}
        if not ((street and len(kinds) >= 2) or (has_post and kinds & _ADMIN)):
            return 0.0
        if kinds == {BUILDING, MOO} and "\n" in text[chain[0].start : chain[-1].end]:
            return 0.0  # "ห้อง 411" ending one line of a timetable, "ม.4" (a school year) opening the next
        cue = _address_cue_before(text, chain[0].start)
        if not (kinds & _DWELLING or has_post or cue):
            return 0.45  # "ถนนสีลม เขตบางรัก": a public place, below the engine threshold
        score = 0.6 + 0.05 * min(len(kinds) - 2, 4)
        if has_post and (street or BUILDING in kinds):
            score += 0.15
        if HOUSE in kinds:
            score += 0.05
        if cue:
            score += 0.15
        return min(score, 1.0)


_UNIT_START = ("ห้อง", "ชั้น", "room", "Room", "ROOM", "unit", "Unit", "rm.", "Rm.", "fl.", "Fl.", "floor", "Floor")
_UNIT_NUMBER = re.compile(r"\D{0,12}\d")


def _unit_in_area(text: str, chain: list[_Component], kinds: set[str]) -> bool:
    """The chain holds a numbered room/floor, a named building (or a road), and two levels of
    area: ``ห้อง 1955 อาคารเดอะเบส ต.บางกระสอ อ.เมืองนนทบุรี``."""
    if BUILDING not in kinds or len(kinds & _ADMIN) < 2:
        return False  # "ห้อง 301 อาคารเรียนรวม เขตบางเขน": a venue, not placed as a home is
    units = [c for c in chain if c.kind == BUILDING and text.startswith(_UNIT_START, c.start)]
    if not units or not any(_UNIT_NUMBER.match(text, c.start, c.end) for c in units):
        return False
    named = [c for c in chain if c.kind == BUILDING and c not in units]
    return bool(named) or ROAD in kinds


def _english_name_before(text: str, start: int, word_end: int, components: list[_Component]) -> int | None:
    """Start of the capitalised name before an English cue ("Rama 9 Rd.", "Sukhumvit Soi 11").

    Numbers inside the name were read as bare house-number candidates; they are dropped from
    ``components`` in place, since they belong to the name.
    """
    pre = _EN_PRE_NAME.search(text, max(word_end, start - 60), start)
    if pre is None:
        return None
    while components and components[-1].start >= pre.start():
        components.pop()
    return pre.start()


def _adjacent_province(text: str, end: int, anchors: list[_Anchor], k: int) -> int | None:
    """End of a province name that directly follows a cue (``จ.เชียงใหม่``, ``จังหวัด ตาก``)."""
    if k + 1 < len(anchors):
        nxt = anchors[k + 1]
        if nxt.group in ("pt", "pe") and text[end : nxt.start] in ("", " "):
            return nxt.end
    return None


def _is_generic(name: str) -> bool:
    return not name or name in _GENERIC_EXACT or name.startswith(_GENERIC_PREFIXES)
