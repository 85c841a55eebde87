"""Birth dates (``DATE_OF_BIRTH``): a real date that a birth cue introduces.

A date alone is not personal data of the kind the PDPA cares about (appointments, orders,
deadlines); a date someone was born on is. So the recognizer starts from the cue, which is rare,
and looks for a date right after it: ``เกิดวันที่ 12 มีนาคม 2531``, ``วัน/เดือน/ปีเกิด 12/03/2531``,
``DOB: 1988-03-12``, ``born on March 12, 1988``, ``"dateOfBirth": "12.03.31"``.

Thai writes years in the Buddhist Era (BE = CE + 543), often as two digits, with full
(``มีนาคม``) or abbreviated (``มี.ค.``) month names; forms and JSON use numeric dates. Every
candidate is validated as a calendar date that a living person could have been born on.

``เกิด`` also means "to happen" (``เกิดเหตุ``, ``เกิดขึ้น``, ``ปัญหาเกิดเมื่อ``): those senses are
excluded by the words around it. An age (``อายุ 35 ปี``) is not a date and is not reported.

A date asked for on one line of a chat or call transcript may be given on the next, after the
speaker's name ("AGENT: วันเดือนปีเกิดค่ะ" / "CUST: เอ่อ 28 มิถุนายน 2521"). Some records hold the
birth date in a fixed field, with no cue word: an airline booking's DOCS element and a passport's
machine-readable zone (read in ``passport.py``), and PID-7 of an HL7 v2 message
(``cued_numbers.hl7_pid_fields``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from pdpa_guard.detect.recognizers._cues import CueIndex
from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer
from pdpa_guard.detect.recognizers.cued_numbers import (
    HL7_PID_BIRTH_DATE,
    header_cells,
    hl7_pid_fields,
    reply_start,
)
from pdpa_guard.detect.recognizers.passport import docs_elements, mrz_lines

# Between the cue and the date: at most this many characters, no digits, no line break and no
# sentence end ("เกิดวันที่ ", "DOB (dd/mm/yyyy): ", "born in Chiang Mai on ").
_MAX_GAP = 32
# A qualifier in brackets between the cue and its colon, skipped before the gap is measured.
_QUALIFIER = re.compile(r"[ ]?\([^()\n\d]{2,48}\)")
_GAP = re.compile(r"[^\d\n.!?;]*(?:\.(?!\s)[^\d\n.!?;]*)*")

# "เกิด" in the sense of "to happen": เกิดเหตุ, เกิดขึ้น, เกิดอุบัติเหตุ, ปัญหาเกิดเมื่อ…
_HAPPEN_AFTER = (
    "เหตุ",
    "ขึ้น",
    "อุบัติ",
    "ปัญหา",
    "ข้อ",
    "การ",
    "ความ",
    "ไฟ",
    "ผล",
    "ภัย",
    "โรค",
    "อาการ",
    "จาก",
    "ได้",
    "อะไร",
    "แผ่นดินไหว",
    "น้ำท่วม",
    "พายุ",
    "เพลิง",
    "ระเบิด",
    "คดี",
    "สงคราม",
    "กระแส",
    "ประโยชน์",
    "ขัดข้อง",
    "ความผิดพลาด",
    "ข้อผิดพลาด",
    "ปัญหา",
)
_HAPPEN_BEFORE = re.compile(
    r"(?:เหตุ|เหตุการณ์|ปัญหา|อุบัติเหตุ|ไฟไหม้|เพลิงไหม้|ข้อผิดพลาด|ความเสียหาย|ระบบล่ม|error|incident|ที่)\s*$",
    re.IGNORECASE,
)

_BIRTH_CUE = re.compile(
    r"เกิด|กำเนิด"
    r"|(?<![A-Za-z])(?:d\.o\.b\.?|dob|born)(?![A-Za-z])"
    r"|date[\s_-]?of[\s_-]?birth|birth[\s_-]?date|birthday|birth[\s_-]?day"
    # A key in code, SQL, YAML or .env: BIRTH='2000-06-05', birth_dt: ..., PATIENT_BIRTH=...,
    # bdate = ...: "birth" (or b_date, bday) ends the key, or is followed by a date-ish suffix,
    # and an assignment follows (a closing quote or bracket may sit between).
    r"|(?:birth|(?<![A-Za-z0-9])b[_-]?(?:date|day))(?:[_-]?(?:dt|d|ymd|yyyymmdd|ts|time|datetime))?"
    r"""(?![A-Za-z0-9])(?=["'`\]]*\s*(?::|=(?!=)|\bis\b))""",
    re.IGNORECASE,
)

# _BIRTH_CUE without its Thai words. Thai and Latin cues are made of different characters, so
# they never overlap: the Thai words are found with str.find (เกิด is frequent in news, and a
# case-insensitive regex scan of a whole text is slow) and merged with this pattern's matches.
_THAI_CUE_WORDS = ("เกิด", "กำเนิด")
_BIRTH_CUE_LATIN = re.compile(_BIRTH_CUE.pattern.split("|", 2)[2], re.IGNORECASE)

# A case-insensitive alternation defeats the regex engine's literal scan (it tries every branch at
# every position), and most texts hold no cue. Every match of _BIRTH_CUE_LATIN contains a match of
# this hint (birth, dob, d.o.b, born, bdate, bday...; cased by hand: without IGNORECASE the engine
# skips to the next b or d in C); it starts at most _HINT_BEFORE characters before the hint
# ("date of birth") and, with what its look-ahead reads, ends within _HINT_AFTER after it.
_HINT = re.compile(r"[bdBD](?:\.[oO]\.[bB]|[oO][bBrR]|[iI][rR][tT][hH]|[_-]?[dD][aA][tTyY])")
_HINT_BEFORE, _HINT_AFTER = 10, 48


def _may_have_cue(text: str) -> bool:
    return "เกิด" in text or "กำเนิด" in text or _HINT.search(text) is not None


def _cues(text: str) -> list[tuple[int, int, str]]:
    """(start, end, cue) of every _BIRTH_CUE match in ``text``, in order."""
    found = []
    for word in _THAI_CUE_WORDS:
        at = text.find(word)
        while at != -1:
            found.append((at, at + len(word), word))
            at = text.find(word, at + len(word))
    seen = set()
    for at in [m.start() for m in _HINT.finditer(text)]:
        # Only around a hint: one short search each instead of a scan of the whole text.
        low = max(0, at - _HINT_BEFORE)
        for m in _BIRTH_CUE_LATIN.finditer(text, low, min(len(text), at + _HINT_AFTER)):
            if m.start() <= at < m.end() and m.start() not in seen:
                seen.add(m.start())
                found.append((m.start(), m.end(), m.group()))
    found.sort()
    return found


_TH_MONTHS = {
    "มกราคม": 1,
    "กุมภาพันธ์": 2,
    "มีนาคม": 3,
    "เมษายน": 4,
    "พฤษภาคม": 5,
    "มิถุนายน": 6,
    "กรกฎาคม": 7,
    "กรกฏาคม": 7,  # a common misspelling
    "สิงหาคม": 8,
    "กันยายน": 9,
    "ตุลาคม": 10,
    "พฤศจิกายน": 11,
    "ธันวาคม": 12,
    # Spoken and chat forms, without the -คม/-ยน/-พันธ์ ending: "เกิด 3 เมษา 2517".
    "มกรา": 1,
    "กุมภา": 2,
    "มีนา": 3,
    "เมษา": 4,
    "พฤษภา": 5,
    "มิถุนา": 6,
    "กรกฎา": 7,
    "สิงหา": 8,
    "กันยา": 9,
    "ตุลา": 10,
    "พฤศจิกา": 11,
    "ธันวา": 12,
}
# Abbreviations as two syllables, dots and a space optional: "มี.ค.", "มี.ค", "มีค", "มี. ค."
_TH_MONTH_ABBREVIATIONS = {
    ("ม", "ค"): 1,
    ("ก", "พ"): 2,
    ("มี", "ค"): 3,
    ("เม", "ย"): 4,
    ("พ", "ค"): 5,
    ("มิ", "ย"): 6,
    ("ก", "ค"): 7,
    ("ส", "ค"): 8,
    ("ก", "ย"): 9,
    ("ต", "ค"): 10,
    ("พ", "ย"): 11,
    ("ธ", "ค"): 12,
}
_EN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}


def _longest_first(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_TH_ABBR_RE = "|".join(
    rf"{re.escape(a)}\.?\s?{re.escape(b)}\.?"
    for a, b in sorted(_TH_MONTH_ABBREVIATIONS, key=lambda k: len(k[0]) + len(k[1]), reverse=True)
)
_EN_MONTH_RE = rf"(?:{_longest_first(list(_EN_MONTHS))})\.?(?![A-Za-z])"
_ERA = r"(?:(?:ปี\s?)?(?:พ\.?\s?ศ\.?|ค\.?\s?ศ\.?)|ปี|B\.?E\.?|C\.?E\.?|A\.?D\.?)"
_YEAR = r"(?P<{}>\d{{4}}|\d{{2}})(?!\d)"

_DATE = re.compile(
    # 12 มีนาคม 2531 · 12 มี.ค. 31 · 12 เดือนมีนาคม พ.ศ. 2531 · 12th of March, 1988
    # 02-Jan-1976 · 02/Jan/1976 (forms, medical and HR records: separator on both sides)
    rf"(?<![\d/.-])(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s?(?:of\s)?(?:เดือน\s?)?|(?P<s1>[-/]))"
    rf"(?P<m1>{_longest_first(list(_TH_MONTHS))}|{_TH_ABBR_RE}|{_EN_MONTH_RE})(?(s1)(?P=s1)|,?\s?)"
    rf"(?:(?P<e1>{_ERA})\s?)?{_YEAR.format('y1')}"
    # March 12, 1988 · Mar 12 1988
    rf"|(?<![A-Za-z])(?P<m2>{_EN_MONTH_RE})\s?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s(?P<y2>\d{{4}})(?!\d)"
    # 12/03/2531 · 12-03-1988 · 12.03.31 (day first; month first when the day cannot be a month)
    rf"|(?<![\d/.-])(?P<d3>\d{{1,2}})(?P<s3>[/.-])(?P<m3>\d{{1,2}})(?P=s3){_YEAR.format('y3')}(?![/.-]\d)"
    # 1988-03-12 · 2531/03/12 (ISO order; a time may follow)
    rf"|(?<![\d/.-])(?P<y4>\d{{4}})(?P<s4>[/.-])(?P<m4>\d{{1,2}})(?P=s4)(?P<d4>\d{{1,2}})(?!\d)(?![/.-]\d)"
    # 19880312 · 25310312 (core banking and HIS payloads: "dob": "19880312")
    r"|(?<![\d/.-])(?P<y5>(?:19|20|24|25)\d\d)(?P<m5>0[1-9]|1[0-2])(?P<d5>0[1-9]|[12]\d|3[01])(?![\d/.-])",
    re.IGNORECASE,
)

_OLDEST_AGE = 120


class DateOfBirthRecognizer(ThaiRecognizer):
    """Dates introduced by a birth cue, Buddhist or Common Era, Thai or English, named or numeric."""

    ENTITIES = ("DATE_OF_BIRTH",)
    NEEDS_DIGIT = True  # every date it reports is written with digits
    SCORE = 0.9

    def __init__(self, supported_language: str = "th", today: date | None = None) -> None:
        super().__init__(supported_language=supported_language)
        self._today = today  # fixed in tests; otherwise the current day at each call

    def find(self, text: str) -> Iterator[Span]:
        today = self._today or date.today()
        # Travel documents' fixed fields need no cue word: an airline booking's DOCS element,
        # a passport's machine-readable zone (see passport.py).
        for docs in docs_elements(text):
            month = _EN_MONTHS.get(docs.group("month").lower(), 0)
            if _fixed_field_date(docs.group("day"), month, docs.group("year"), today) is not None:
                yield Span("DATE_OF_BIRTH", docs.start("birth"), docs.end("birth"), self.SCORE)
        for mrz in mrz_lines(text):
            if _fixed_field_date(mrz.group("day"), int(mrz.group("month")), mrz.group("year"), today):
                yield Span("DATE_OF_BIRTH", mrz.start("birth"), mrz.end("birth"), self.SCORE)
        yield from _hl7_birth_dates(text, today)  # an HL7 message's PID-7 (see cued_numbers.py)
        if not _may_have_cue(text):
            return
        seen: set[tuple[int, int]] = set()
        for cue_start, lo, cue in _cues(text):
            if not _is_birth_sense(text, cue_start, lo, cue):
                continue
            qualifier = _QUALIFIER.match(text, lo)
            if qualifier:
                lo = qualifier.end()  # "Date of birth (for certificate verification): ..."
            gap = _GAP.match(text, lo, min(len(text), lo + _MAX_GAP))
            if gap is None:
                continue
            m = _DATE.search(text, lo, min(len(text), gap.end() + 40))
            if m is None or m.start() > gap.end():
                m = _answered_date(text, cue_start, lo, cue)
                if m is None:
                    continue
            span = (m.start(), m.end())
            if span not in seen and _birth_date(m, today) is not None:
                seen.add(span)
                yield Span("DATE_OF_BIRTH", m.start(), m.end(), self.SCORE)
        for start, end in _sql_birth_values(text, today):
            if (start, end) not in seen:
                seen.add((start, end))
                yield Span("DATE_OF_BIRTH", start, end, self.SCORE)
        for start, end in _column_birth_values(text, today):
            if (start, end) not in seen:
                seen.add((start, end))
                yield Span("DATE_OF_BIRTH", start, end, 0.85)


_HL7_DATE = re.compile(r"\d{8}(?=\d{0,6}(?:[.+\-]\d+)?$)")  # YYYYMMDD, then an optional time


def _hl7_birth_dates(text: str, today: date) -> Iterator[Span]:
    """The date part of PID-7 (``19880312``, ``198803120000``) of each HL7 v2 PID segment."""
    for fields in hl7_pid_fields(text):
        if len(fields) > HL7_PID_BIRTH_DATE:
            start, end = fields[HL7_PID_BIRTH_DATE]
            m = _HL7_DATE.match(text[start:end])
            found = _DATE.fullmatch(m.group()) if m else None
            if found and _birth_date(found, today) is not None:
                yield Span("DATE_OF_BIRTH", start, start + m.end(), 0.85)


def _fixed_field_date(day: str, month: int, year: str, today: date) -> date | None:
    """The birth date in a travel document's field (``20JAN1970``, ``30JUN73``, ``730630``): a
    two-digit year is read in the latest century that puts the date in the past."""
    years = [int(year)] if len(year) == 4 else [2000 + int(year), 1900 + int(year)]
    for ce_year in years:
        try:
            born = date(ce_year, month, int(day))
        except ValueError:
            return None
        if born <= today and today.year - born.year <= _OLDEST_AGE:
            return born
    return None


# A birth-date column of a CSV/TSV/semicolon/markdown table (``| Name | Passport | DOB |``,
# ``ชื่อ,วันเกิด``): the cue is the header, each cell below it that is a plausible birth date is
# one. Phrases of the shared cue pass (found with the other recognizers' cues in one scan).
_HEADER_CUES = CueIndex(
    phrases=[
        "dob",
        "d.o.b",
        # Not bare "birth": "birthplace", "birth_order" head other columns.
        "birth_date",
        "birth date",
        "birth_dt",
        "birthdate",
        "birthday",
        "date of birth",
        "date_of_birth",
        "dateofbirth",
        "bdate",
        "b_date",
        "เกิด",
        "กำเนิด",
    ]
)


def _column_birth_values(text: str, today: date) -> Iterator[tuple[int, int]]:
    """Spans of the dates under a birth-date column header."""
    for cue, start, end in header_cells(_HEADER_CUES, text):
        if not _is_birth_sense(text, cue.start, cue.end, cue.phrase):
            continue  # "วันที่เกิดเหตุ": the date something happened
        m = _DATE.fullmatch(text, start, end)
        if m is not None and _birth_date(m, today) is not None:
            yield start, end


# INSERT INTO t (name, birth_date, ...) VALUES ('...', '1988-03-12', ...), (...): the cue is a
# column name and the date sits at the same position in each row of values.
_SQL_INSERT = re.compile(r"insert\s+into\s+[\w.`\"\[\]]+\s*\(([^()]*)\)\s*values\s*", re.IGNORECASE)
_SQL_ROW = re.compile(r"\s*,?\s*\(")
# A birth-date column: what _BIRTH_CUE finds as a key, standing alone (BIRTH, birth_dt, cust_bdate).
_SQL_BIRTH_COLUMN = re.compile(
    r"(?:\w*[_-])?(?:birth|b[_-]?(?:date|day))(?:[_-]?(?:dt|d|ymd|yyyymmdd|ts|time|datetime))?",
    re.IGNORECASE,
)
_SQL_VALUE = re.compile(r"\s*(?:'((?:[^']|'')*)'|\w+\s*\([^()]*\)|[^,()']*)\s*(?:,|(\)))")


def _sql_birth_values(text: str, today: date) -> Iterator[tuple[int, int]]:
    """Spans of the dates in the birth-date column of SQL INSERT statements."""
    if "(" not in text or not ("INSERT" in text or "insert" in text or "Insert" in text):
        return
    for insert in _SQL_INSERT.finditer(text):
        columns = [c.strip().strip('`"[]') for c in insert.group(1).split(",")]
        wanted = [
            i
            for i, c in enumerate(columns)
            if _BIRTH_CUE_LATIN.fullmatch(c) or _BIRTH_CUE.fullmatch(c) or _SQL_BIRTH_COLUMN.fullmatch(c)
        ]
        if not wanted:
            continue
        pos = insert.end()
        while (row := _SQL_ROW.match(text, pos)) is not None:
            pos, index = row.end(), 0
            while (value := _SQL_VALUE.match(text, pos)) is not None and value.end() > pos:
                pos = value.end()
                if index in wanted and value.group(1):
                    m = _DATE.match(text, value.start(1), value.end(1))
                    if m and _birth_date(m, today) is not None:
                        yield m.start(), m.end()
                index += 1
                if value.group(2):
                    break
            else:
                return


# A birth date asked for on one line and given on the next, in a chat or a call transcript
# ("AGENT: วันเดือนปีเกิดค่ะ" / "CUST: เอ่อ 28 มิถุนายน 2521", "Clinic: ขอวันเกิดด้วยค่ะ" /
# "ลูกค้า: 04/09/2498"). Only a cue that names the date (วันเกิด, ปีเกิด, วันเดือนปีเกิด, เกิดวันที่,
# DOB, date of birth) asks for one; a bare เกิด is a verb ("ปัญหานี้เกิดเมื่อไหร่").
_ASKED_BEFORE = ("วัน", "ปี", "ว/ด/ป", "ว.ด.ป.")
_ASKED_AFTER = ("วันที่",)
_LABEL_END = re.compile(r"[ \t]*(?:\([^()\n]{0,20}\))?[ \t]*[:：][ \t]*\r?\n[ \t]*")
_LINE_END = re.compile(r"[ \t]*(?:\r?\n|$)")
_LABEL_START = re.compile(r"[ \t\-*•\d.)]*(?:วัน[ \t]*/?[ \t]*เดือน[ \t]*/?[ \t]*ปี|วัน|ปี|ว/ด/ป|ว\.ด\.ป\.)?[ \t]*")


def _answered_date(text: str, cue_start: int, cue_end: int, cue: str) -> re.Match[str] | None:
    """The date that opens the line after a cue asking for it (see ``_ASKED_BEFORE``), in a
    speaker's turn, or alone on the line after a form label (``Date of birth:``), if any."""
    if cue in _THAI_CUE_WORDS and not (
        text.endswith(_ASKED_BEFORE, max(0, cue_start - 8), cue_start)
        or text.startswith(_ASKED_AFTER, cue_end)
    ):
        return None
    at = reply_start(text, cue_end, speaker=True)
    if at is not None:
        return _DATE.match(text, at)
    # A form's label ending its line with a colon, the date alone on the next (an OCR'd form);
    # the label starts its line ("โปรโมชันวันเกิด:" heads a promotion's dates).
    label = _LABEL_END.match(text, cue_end)
    line_start = text.rfind("\n", 0, cue_start) + 1
    if label is None or not _LABEL_START.fullmatch(text, line_start, cue_start):
        return None
    m = _DATE.match(text, label.end())
    return m if m and _LINE_END.match(text, m.end()) else None


def _is_birth_sense(text: str, start: int, end: int, cue: str) -> bool:
    """False for the "to happen" sense of เกิด (เกิดเหตุ…, ปัญหาเกิดเมื่อ…)."""
    if cue != "เกิด":
        return True
    if text.startswith(_HAPPEN_AFTER, end):
        return False
    return not _HAPPEN_BEFORE.search(text, max(0, start - 15), start)


def _birth_date(m: re.Match[str], today: date) -> date | None:
    """The Common Era date of a match, or None when it is not a plausible birth date."""
    groups = m.groupdict()
    if groups["m1"]:
        day, month, year, era = int(groups["d1"]), _month_number(groups["m1"]), groups["y1"], groups["e1"]
        candidates = [(day, month)]
    elif groups["m2"]:
        day, month, year, era = int(groups["d2"]), _month_number(groups["m2"]), groups["y2"], None
        candidates = [(day, month)]
    elif groups["d3"]:
        first, second, year, era = int(groups["d3"]), int(groups["m3"]), groups["y3"], None
        candidates = [(first, second), (second, first)]  # day first; US order as a fallback
    elif groups["y4"]:
        day, month, year, era = int(groups["d4"]), int(groups["m4"]), groups["y4"], None
        candidates = [(day, month)]
    else:
        day, month, year, era = int(groups["d5"]), int(groups["m5"]), groups["y5"], None
        candidates = [(day, month)]
    for ce_year in _ce_years(year, era, today):
        for day, month in candidates:
            try:
                born = date(ce_year, month, day)
            except ValueError:
                continue
            if born <= today and today.year - born.year <= _OLDEST_AGE:
                return born
    return None


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    if key in _EN_MONTHS:
        return _EN_MONTHS[key]
    if name in _TH_MONTHS:
        return _TH_MONTHS[name]
    letters = re.sub(r"[.\s]", "", name)
    for (a, b), number in _TH_MONTH_ABBREVIATIONS.items():
        if letters == a + b:
            return number
    return 0  # unreachable for text the pattern matched; date() rejects month 0


def _ce_years(year: str, era: str | None, today: date) -> list[int]:
    """Common Era readings of a written year, most likely first.

    Four digits: 24xx-27xx is Buddhist Era, 18xx-22xx Common Era (an era marker decides when
    present). Two digits: Thai forms mean BE 25xx (or 24xx for the very old), else CE 19xx/20xx.
    """
    value = int(year)
    buddhist = bool(era) and era.replace(".", "").replace(" ", "").lstrip("ปี") in ("พศ", "BE", "be")
    common = bool(era) and not buddhist and era.strip() != "ปี"
    if len(year) == 4:
        if buddhist:
            return [value - 543]
        if common:
            return [value]
        if 2400 <= value <= 2700:
            return [value - 543]
        return [value] if 1800 <= value <= 2200 else []
    readings = [2500 + value - 543, 2400 + value - 543]
    if not buddhist:
        readings += [1900 + value, 2000 + value]
    return [y for y in readings if y <= today.year]
