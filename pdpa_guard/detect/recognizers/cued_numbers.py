"""Numbers that mean something only because of the word before them: ``STUDENT_ID`` and
``MEDICAL_RECORD_NUMBER`` (a hospital number, HN).

Neither has a national format or a checksum: universities and hospitals number as they like
(``6401234567``, ``64-0123-456``, ``B6012345``; ``64-012345``, ``12345/64``, ``0012345``). A
bare number of that shape is everywhere in text, so these are reported only right after their
cue (``รหัสนักศึกษา``, ``student id``, ``HN``, ``เลขประจำตัวผู้ป่วย``, ``MRN`` ...), with at most a
few filler characters or words between (``:``, ``เลขที่``, ``no.``, ``คือ``); a bare ``รหัส`` (code)
counts for a student ID when a student was mentioned just before
(``นักศึกษานายสมชาย ใจดี รหัส 6401234567``). The span is the
number only, not the cue (``HN 64-012345`` -> ``64-012345``; ``HN0012345`` -> ``0012345``).

A table names the number once, in its header: a CSV/TSV/markdown column headed ``hn``,
``เลขที่ผู้ป่วย`` or ``student_id``, or a column of an SQL ``INSERT INTO t (hn, ...) VALUES (...)``.
The cue is then the header cell, and each cell of that column in the rows below is a value
(``column_cells``). ``column_name`` answers the other way round (which header is this cell
under?) for recognizers that weigh a number's context, so that a word in another column
(``created_at``) is not taken for this number's context.

A FHIR payload names no HN: the hospital number is the ``identifier`` of the Patient resource or
of the ``subject``/``patient`` reference of a clinical one (``"subject": {"display": "...",
"identifier": "196053/65"}``, ``"identifier": [{"system": ".../hn", "value": "56-213259"}]``). Such
a value is an HN when the payload is a medical record (a clinical ``resourceType``, or a hospital
or clinic named in it) and the identifier belongs to the patient, or its ``system`` says HN/MRN;
an ``identifier`` of a device, an order or a practitioner is not. An HL7 v2 message names none
either: the HN is the first component of the PID segment's PID-3 (``hl7_pid_fields`` also gives
the birth-date recognizer PID-7).

Some lists name neither number, and their shape and subject do instead: a roster about students
(a grade sheet, a dorm list, an LMS export) under a generic ``ID``/``รหัส``/``เลขประจำตัว`` column
(``_roster_ids``), and a ward's handover, where the HN follows the patient's name on a bed's line
(``_bed_list_numbers``).

A value asked for on one line may be given on the next, in a chat or a call transcript
(``reply_start``, shared with the passport and birth-date recognizers).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from pdpa_guard.detect.recognizers._cues import Cue, CueHits, CueIndex, anchored, hits
from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer

# Between cue and value: punctuation, spaces, quotes of a JSON key ("student_id": "..."), a
# few filler words ("เลขที่", "no.", "is", "คือ"), and a qualifier in brackets before the colon
# ("Student ID (ม.เกษตรฯ): ...", "Hospital HN (Bangkok Hospital): ...").
_FILLER_CHARS = r"\s:：#=.\-()\"'_"
_FILLER_WORDS = (
    r"เลขที่|หมายเลข|เลข|คือ|ของ|(?i:(?<![A-Za-z])(?:no|number|num|is|id|code)(?![A-Za-z]))"
    r"|\([^()\n\d]{2,40}\)(?=[ ]?[:：])"
)
FILLER = rf"(?:[{_FILLER_CHARS}]|{_FILLER_WORDS}){{0,8}}"


def value_after_cue(value: str, extra: str = "", words: tuple[str, ...] = ()) -> re.Pattern[str]:
    """Filler, then ``value`` as group ``value``, not continued by a letter or digit.

    ``extra`` adds filler characters (``|``: the cell border of a key/value markdown table);
    ``words`` adds filler words of one kind of number (``เล่มเดิม``: the old book of a passport).
    """
    if not extra and not words:
        filler = FILLER
    else:
        more_words = "".join(f"|{re.escape(w)}" for w in sorted(words, key=len, reverse=True))
        filler = rf"(?:[{_FILLER_CHARS}{re.escape(extra)}]|{_FILLER_WORDS}{more_words}){{0,8}}"
    return re.compile(rf"{filler}(?P<value>{value})(?![A-Za-z0-9])(?![-/]\d)")


def english_variants(*stems: str, suffixes: tuple[str, ...] = ("id", "no", "number", "code")) -> list[str]:
    """``student id``, ``student_id``, ``student-id``, ``studentid``, ... for each stem."""
    return [f"{stem}{sep}{suffix}" for stem in stems for sep in ("", " ", "_", "-") for suffix in suffixes]


def _number_of_student_phrases() -> list[str]:
    """``<number word><space?><student word>`` for each pair (see ``_STUDENT_CUES``)."""
    numbers = ("รหัส", "เลข", "หมายเลข", "เลขทะเบียน", "ไอดี", "id")
    students = ("นักศึกษา", "นิสิต", "นักเรียน", "นศ.", "นศ", "นร.")
    return [f"{n}{sep}{w}" for n in numbers for w in students for sep in ("", " ")]


_STUDENT_CUES = CueIndex(
    phrases=[
        "รหัสนักศึกษา",
        "รหัสประจำตัวนักศึกษา",
        "เลขประจำตัวนักศึกษา",
        "รหัสนักเรียน",
        "เลขประจำตัวนักเรียน",
        "รหัสประจำตัวนักเรียน",
        "นักศึกษารหัส",
        "รหัส นศ.",
        "รหัสนศ.",
        # นิสิต: the word for a university student at Chulalongkorn, Kasetsart, Srinakharinwirot ...
        "รหัสนิสิต",
        "รหัสประจำตัวนิสิต",
        "เลขประจำตัวนิสิต",
        "นิสิตรหัส",
        *english_variants("student"),
        "student#",
        # Registrar and LMS field names: std_id, stu_no, stud_id, matric_no.
        *english_variants("std", "stu", "stud", "matric", suffixes=("id", "no", "code")),
        "matriculation number",
        # Every way of saying "the student's number": a number word (รหัส, เลข, หมายเลข, เลขทะเบียน,
        # ไอดี, ID) before a word for the student (นักศึกษา, นิสิต, นักเรียน, นศ., นร.), with or
        # without a space or the abbreviation's dot: "เลขนักศึกษา", "ID นักศึกษา", "รหัส นศ".
        *_number_of_student_phrases(),
    ]
)
_STUDENT_NUMBER = r"[A-Za-z]?\d(?:-?\d){3,14}"
# Whose number it is may stand between, in a parent's or a student's message: "รหัสนักเรียนลูก
# 40213", "รหัสนักศึกษาของน้อง 6401234567", "รหัสนักศึกษาผม 6401234567".
_STUDENT_VALUE = value_after_cue(
    _STUDENT_NUMBER, extra="|", words=("น้อง", "ลูก", "ผม", "หนู", "ดิฉัน", "ฉัน", "เรา")
)
_STUDENT_CELL = re.compile(_STUDENT_NUMBER)
# "นักศึกษานายสมชาย ใจดี รหัส 6401234567": a bare "รหัส" (code) is a student-ID cue when a
# student was just mentioned.
# Not after a verb of typing: "กรอกรหัส 123456" is a code someone enters, not who they are.
# "เลขประจำตัว" (personal number) too: a school writes "นักเรียน ... เลขประจำตัว 62-758553";
# after it, "ผู้ป่วย"/"ประชาชน"/"ผู้เสียภาษี" make other cues and no value follows directly.
# An upper-case "ID" after a student: "นักศึกษาทุน ID 6410123456" (not "id", a record's key).
_CODE_CUES = CueIndex(
    phrases=["รหัส", "รหัสประจำตัว", "เลขประจำตัว"],
    exact=["ID"],
    not_after={"รหัส": ("ใส่", "กรอก", "ป้อน", "พิมพ์", "ตั้ง", "เปลี่ยน", "ส่ง")},
)
_LATIN_WORD_BEFORE = re.compile(r"[A-Za-z][ \t_\-]?\Z")
_NATIONAL_ID_DIGITS = 13  # after a bare "เลขประจำตัว", 13 digits are the national ID
# A student, or a pupil: schools write a child's name after ด.ช./ด.ญ. (เด็กชาย/เด็กหญิง), and a
# school number is often five digits ("ด.ญ.มานี ใจดี รหัส 40213").
_STUDENT_WORDS = CueIndex(
    phrases=[
        "นักศึกษา",
        "นักเรียน",
        "นิสิต",
        "นศ.",
        "นร.",
        "ลูกศิษย์",
        "student",
        "pupil",
        "ด.ช.",
        "ด.ญ.",
        "เด็กชาย",
        "เด็กหญิง",
        # A pupil's class: "น้องมิ้นท์ ป.3/2 เลขประจำตัว 73829" (ประถม 3, room 2). Not a bare
        # "ม.4": that is also หมู่ 4 of an address; a secondary class is written "ชั้น ม.4".
        *(f"ป.{grade}" for grade in range(1, 7)),
        "ชั้น ม.",
        "ชั้นม.",
        "อนุบาล",
    ]
)
# Words of a school's or university's pastoral and academic record: a note of a counsellor or an
# advisor about "นาย ก รหัส 6401234567" names a student even when นักศึกษา is a paragraph back.
_SCHOOL_WORDS = CueIndex(
    # คณะ is a university's faculty, and also a committee or a cabinet (คณะกรรมการ, คณะรัฐมนตรี).
    not_before={"คณะ": ("กรรมการ", "รัฐมนตรี", "ทำงาน", "ผู้บริหาร", "บุคคล", "ทัวร์", "ผู้แทน")},
    not_after={"คณะ": ("ทัวร์",)},
    phrases=[
        # A university's own units and records: faculty, major, programme, academic year,
        # scholarships and the student loan fund (กยศ.).
        "คณะ",
        "สาขาวิชา",
        "วิชาเอก",
        "หลักสูตร",
        "ปีการศึกษา",
        "ทุนการศึกษา",
        "กยศ",
        "ผลการเรียน",
        "faculty",
        "transcript",
        "registrar",
        "อาจารย์ที่ปรึกษา",
        "ครูที่ปรึกษา",
        "ครูแนะแนว",
        "ครูประจำชั้น",
        "แนะแนว",
        "มหาวิทยาลัย",
        "ภาคเรียน",
        "ชั้นปีที่",
        "เกรดเฉลี่ย",
        "ลงทะเบียนเรียน",
        "advisor",
        "adviser",
        "university",
        "undergraduate",
        "semester",
        "gpa",
        # A pupil's or student's dealings with the school: "อาจารย์ครับ ผม... รหัส 6636405
        # ขอเลื่อนสอบ", "ฝ่ายปกครอง: ... ผู้ปกครองติดต่อ". Exams by name, not bare สอบ
        # (ตรวจสอบ: to check; สอบถาม: to ask).
        "อาจารย์",
        "โรงเรียน",
        "ผู้ปกครอง",
        "ฝ่ายปกครอง",
        "เลื่อนสอบ",
        "ขาดสอบ",
        "สอบกลางภาค",
        "สอบปลายภาค",
        "สอบย่อย",
        "ผลสอบ",
        "คะแนนสอบ",
        "รายวิชา",
        "teacher",
        "lecturer",
        "professor",
        "exam",
        "midterm",
        # Former students: an alumni directory or a reunion list keeps the student number
        # ("Name | รหัส 6210017662 | mail | phone").
        "alumni",
        "alumnae",
        "alumnus",
        "ศิษย์เก่า",
        "คืนสู่เหย้า",
        "graduation",
        "รับปริญญา",
    ],
)
_STUDENT_WORD_WINDOW = 80
_PUPIL_WINDOW = 50  # a five-digit code needs the student or pupil this near
# A long code (8+ digits: a university's student number) may sit further from the student
# words, in the same note: the paragraph before, or just after it ("รหัส 6401234567 นักศึกษาปี 2").
_LONG_CODE_DIGITS = 7
_LONG_CODE_WINDOW = 300
_AFTER_WINDOW = 40
# After a full student cue a school's own number may be four digits ("เลขประจำตัวนักเรียน 2320"),
# but not a year: "รหัสนักศึกษา 2567" is more likely the intake year.
_YEAR_LIKE = re.compile(r"(?:19|20|25)\d\d")

# Not a cue for a number right after it: it says that the text may hold a FHIR identifier, and
# comes from the same pass over the text as the cues (see MedicalRecordNumberRecognizer.find).
_FHIR_KEY_WORD = "identifier"
_MEDICAL_CUES = CueIndex(
    phrases=[
        "เลขที่ผู้ป่วย",
        "เลขประจำตัวผู้ป่วย",
        "รหัสผู้ป่วย",
        "เลขผู้ป่วย",
        "เลขที่เวชระเบียน",
        "เลขเวชระเบียน",
        "เวชระเบียน",
        "medical record",
        "medical_record",
        "medical-record",
        "hospital number",
        "hospital_number",
        # "Hospital No. 91341958", "Hosp. No 123456", "hospital_id": the English spellings of HN
        # on discharge summaries and referral letters.
        *english_variants("hospital", "hosp", "hosp.", suffixes=("no", "no.", "number", "id", "#")),
        "hn no",
        "hn number",
        # The hospital's number for the patient, in Thai: เลขที่โรงพยาบาล, เลข รพ.
        "เลขที่โรงพยาบาล",
        "เลขโรงพยาบาล",
        "เลขที่ รพ.",
        "เลข รพ.",
        # AN: the admission number of an in-patient stay, written beside or instead of the HN.
        "admission no",
        "admission number",
        "admission_no",
        "admission_number",
        "เลขที่ผู้ป่วยใน",
        "เลขที่รับผู้ป่วยใน",
        # คนไข้: the everyday word for a patient; the hospital card that carries the HN.
        "รหัสคนไข้",
        "เลขคนไข้",
        "เลขที่คนไข้",
        "เลขประจำตัวคนไข้",
        "บัตรโรงพยาบาล",
        "บัตร รพ.",
        # The out-patient / in-patient department's number for the patient.
        "เลขที่ผู้ป่วยนอก",
        "เลขผู้ป่วยนอก",
        "เลขผู้ป่วยใน",
        *english_variants("opd", "ipd", suffixes=("no", "no.", "number", "#")),
        "เลขที่แอดมิท",
        *english_variants("patient", suffixes=("id", "no", "number")),
        _FHIR_KEY_WORD,
    ],
    # Case-sensitive: "HN"/"hn" (a JSON key) but not "Hn"; never inside a word ("John").
    exact=["HN", "hn", "H.N.", "MRN", "mrn", "M.R.N.", "AN", "A.N."],
)
# Some clinics and hospitals prefix the number with a letter or two ("D106189" at a dental
# clinic, "N-2045513"); the digits still decide (4-12 of them, see _hospital_number).
_MEDICAL_NUMBER = r"(?:[A-Za-z]{1,2}-?)?\d{1,10}(?:[-/]\d{1,8}){0,2}"
# "HN ผู้ป่วย 1234567", "เลขเวชระเบียนคนไข้ 64-012345": the patient may be named between, also
# by kinship in a relative's message ("HN แม่ 94642/50", "HN ทารก: 9122820", "HN ลูก 123456").
_MEDICAL_VALUE = value_after_cue(
    _MEDICAL_NUMBER,
    extra="|",
    words=("ผู้ป่วย", "คนไข้", "ลูกค้า", "แม่", "พ่อ", "ลูก", "ทารก", "เด็ก", "ยาย", "ย่า", "ปู่", "สามี", "ภรรยา", "น้อง"),
)

_DOUBLED_HN = re.compile(rf"(?<![A-Za-z])(?:HN|hn){{2,}}[\s:.#]*(?P<value>{_MEDICAL_NUMBER})(?![A-Za-z0-9])")

# A unit or a count noun after the number: records counted, a fee paid, not a patient's number.
# Thai glues words, so a count word may start a longer one: คนไข้ (patient), รายงาน (report),
# รายละเอียด (details) and รายชื่อ (name list) follow a patient's number as often.
_COUNT_AFTER = re.compile(
    r"[ \t]?(?:บาท|฿|แฟ้ม|ฉบับ|คน(?!ไข้)|ราย(?!งาน|ละเอียด|ชื่อ|การ|วิชา|ได้)"
    r"|(?i:thb|baht|records?|patients?|files?|pages?|cases?)(?![A-Za-z_=:]))"
)  # (a key after the number, "hn=34606246 patient=...", is the log's next field, no count)
# A date right after the cue ("HN 2567-01-15", "HN 15/01/2567") is a visit date, not a number.
_DATE = re.compile(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}")


# --- Tables: a value under a column header ---------------------------------------------------

_DELIMITERS = ("|", "\t", ",", ";")  # tried in this order on the header line
_RULE_CHARS = frozenset(" \t\r|:-+")  # "+": psql's "-----+-----" rule
_CELL_TRIM = " \t\r\n\"'`*[]"
_MAX_LINE = 2000  # a header or row longer than this is not looked at (bounded work per cue)
_MAX_ROWS = 5000
_MAX_HEADER = 40  # characters of a header cell
_HEADER_EXTRA = 12  # characters of a header cell beside its cue
_FORMAT_NOTE = 20  # characters of a bracketed note ending a header cell: "(DD/MM/YYYY)"
_LEAD_PROSE, _LEAD_WORDS = 24, 4  # a first header cell this long, or of this many words, is a sentence
_SQL_HEAD = re.compile(r"(?i)\binsert\s+(?:ignore\s+)?into\s+[^\s(]{1,80}\s*$")
_SQL_VALUES = re.compile(r"(?i)\s*values\s*")


def _is_rule(text: str, start: int, end: int) -> bool:
    """The ``|---|:---:|`` line under a markdown table's header."""
    return text.find("--", start, end) >= 0 and _RULE_CHARS.issuperset(text[start:end])


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The line around ``text[start:end]``, or None when it is longer than ``_MAX_LINE``."""
    line_start = text.rfind("\n", max(0, start - _MAX_LINE), start) + 1
    if line_start == 0 and start > _MAX_LINE:
        return None
    line_end = text.find("\n", end, end + _MAX_LINE)
    if line_end < 0:
        if len(text) - end > _MAX_LINE:
            return None
        line_end = len(text)
    return line_start, line_end


def split_cells(text: str, start: int, end: int, delimiter: str, sql: bool = False) -> list[tuple[int, int]]:
    """Offsets of the cells of the row ``text[start:end]``; a delimiter inside double quotes does
    not split (``"Bangkok, Thailand"``), nor in SQL (``sql``) one inside single quotes or
    brackets (``'a, b'``, ``COALESCE(a, b)``). An apostrophe in a CSV cell (``don't``) is text."""
    cells: list[tuple[int, int]] = []
    quotes = "\"'" if sql else '"'
    if not any(text.find(ch, start, end) >= 0 for ch in (quotes + "(" if sql else quotes)):
        at = start
        while True:
            cut = text.find(delimiter, at, end)
            if cut < 0:
                cells.append((at, end))
                return cells
            cells.append((at, cut))
            at = cut + 1
    quote, depth, at = "", 0, start
    for i in range(start, end):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = ""
        elif ch in quotes:
            quote = ch
        elif sql and ch == "(":
            depth += 1
        elif sql and ch == ")":
            depth -= 1
        elif ch == delimiter and depth <= 0:
            cells.append((at, i))
            at = i + 1
    cells.append((at, end))
    return cells


# A "SURNAME, GIVEN" name in an unquoted CSV cell splits in two as well.
_NAME_WORD_CELL = re.compile(r"[ ]?[A-Za-z][A-Za-z'\-]+")
_GIVEN_AFTER_COMMA = re.compile(r"[ ][A-Za-z][A-Za-z'\-]+(?:[ ][A-Za-z][A-Za-z.'\-]*)?")
# An amount written with a thousands comma in an unquoted CSV cell splits in two: "5,793.00".
_THOUSANDS_HEAD = re.compile(r"[ ]?\d{1,3}")
_THOUSANDS_TAIL = re.compile(r"\d{3}(?:\.\d+)?[ ]?")


def _join_thousands(text: str, row: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """``row`` with the halves of amounts such as ``5,793.00`` joined again, from the right,
    until it has ``width`` cells (a CSV writer that did not quote them); unchanged otherwise."""
    cells = list(row)
    i = len(cells) - 2
    while len(cells) > width and i >= 0:
        (a, b), (c, d) = cells[i], cells[i + 1]
        if _THOUSANDS_HEAD.fullmatch(text, a, b) and _THOUSANDS_TAIL.fullmatch(text, c, d):
            cells[i : i + 2] = [(a, d)]
        i -= 1
    return cells if len(cells) == width else row


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _CELL_TRIM:
        start += 1
    while end > start and text[end - 1] in _CELL_TRIM:
        end -= 1
    return start, end


def _cell_index(cells: list[tuple[int, int]], start: int, end: int) -> int | None:
    for i, (cell_start, cell_end) in enumerate(cells):
        if cell_start <= start and end <= cell_end:
            return i
    return None


def _is_header_cell(text: str, start: int, end: int, cue_length: int = 0) -> bool:
    """A column name: short, no digits (a row cell ``HN 64-012345`` is a value, not a header);
    with ``cue_length``, mostly the cue (``patient_hn``, ``เลขที่ผู้ป่วย (HN)``), not a clause of
    prose that mentions it between commas. A format note in brackets at the end of the name
    (``Date of Birth (DD/MM/YYYY)``, ``วัน/เดือน/ปีเกิด (พ.ศ.)``) does not count towards its length."""
    name_end = end
    if text.endswith(")", start, end):
        note = text.rfind("(", start, end)
        if note > start and end - note <= _FORMAT_NOTE:
            name_end = note
            while name_end > start and text[name_end - 1] in " \t":
                name_end -= 1
    if cue_length and name_end - start > cue_length + _HEADER_EXTRA:
        return False
    return end - start <= _MAX_HEADER and not any(ch.isdigit() for ch in text[start:end])


def _sql_rows(text: str, paren: int) -> tuple[list[tuple[int, int]], list[list[tuple[int, int]]]] | None:
    """Columns and value rows of ``INSERT INTO t (columns) VALUES (...), (...)`` whose column
    list opens at ``paren``; None when ``paren`` opens no such column list."""
    if not _SQL_HEAD.search(text, max(0, paren - 120), paren):
        return None
    close = text.find(")", paren, paren + _MAX_LINE)
    if close < 0:
        return None
    columns = split_cells(text, paren + 1, close, ",", sql=True)
    values = _SQL_VALUES.match(text, close + 1)
    if values is None:
        return None
    rows, at, limit = [], values.end(), min(len(text), values.end() + 200 * _MAX_LINE)
    while at < limit and text.startswith("(", at) and len(rows) < _MAX_ROWS:
        end = _closing(text, at, limit)
        if end < 0:
            # The last tuple never closes: a statement cut off when pasted, or the very syntax
            # error the user asks about ("VALUES ('a', '1234567890'"). Its cells up to the end of
            # the line still hold values; a row of the wrong width is dropped by the caller.
            line_end = text.find("\n", at, limit)
            rows.append(split_cells(text, at + 1, limit if line_end < 0 else line_end, ",", sql=True))
            break
        rows.append(split_cells(text, at + 1, end, ",", sql=True))
        at = end + 1
        while at < limit and text[at] in ", \t\r\n":
            at += 1
    return columns, rows


def _closing(text: str, opening: int, limit: int) -> int:
    """Offset of the ``)`` closing the ``(`` at ``opening``, outside quotes; -1 if none."""
    quote, depth = "", 0
    for i in range(opening, limit):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def column_cells(text: str, cue_start: int, cue_end: int) -> Iterator[tuple[int, int]]:
    """When the cue ``text[cue_start:cue_end]`` is a column header, the (trimmed) cells of that
    column in the rows below it: a CSV/TSV/markdown table, or an SQL INSERT's value tuples."""
    bounds = _line_bounds(text, cue_start, cue_end)
    if bounds is None:
        return
    line_start, line_end = bounds
    paren = text.rfind("(", max(0, cue_start - 500), cue_start)  # a column list may span lines
    if paren >= 0 and text.find(")", paren, cue_start) < 0:
        sql = _sql_rows(text, paren)
        if sql is not None:
            columns, rows = sql
            col = _cell_index(columns, cue_start, cue_end)
            if col is not None and _is_header_cell(text, *_trim(text, *columns[col]), cue_end - cue_start):
                for row in rows:
                    if len(row) == len(columns):
                        start, end = _trim(text, *row[col])
                        if start < end:
                            yield start, end
            return
    delimiter = next((d for d in _DELIMITERS if text.find(d, line_start, line_end) >= 0), None)
    if delimiter is None:
        return
    header = split_cells(text, line_start, line_end, delimiter)
    col = _cell_index(header, cue_start, cue_end)
    if (
        len(header) < 2
        or col is None
        or not _is_header_cell(text, *_trim(text, *header[col]), cue_end - cue_start)
        or _same_shape_above(text, line_start, delimiter, len(header))
    ):
        return  # not a header, or a row inside a table (a "type" column holding "hn")
    at, rows, shift = line_end + 1, 0, 0
    while at < len(text) and rows < _MAX_ROWS:
        end = text.find("\n", at, at + _MAX_LINE)
        end = len(text) if end < 0 and len(text) - at <= _MAX_LINE else end
        if end < 0:
            return
        if rows == 0 and delimiter == "|" and _is_rule(text, at, end):
            at = end + 1
            continue
        row = split_cells(text, at, end, delimiter)
        if rows == 0 and len(row) == len(header) - 1 and _prose_lead(text, header, col):
            shift = 1  # "จัดเรียงรายชื่อตามจุดจอด;รหัสนักเรียน;ชื่อ" over "72188;เมย์": see _prose_lead
        if len(row) + shift > len(header) and delimiter == ",":
            row = _join_thousands(text, row, len(header) - shift)
            if (
                len(row) + shift == len(header) + 1
                and _NAME_WORD_CELL.fullmatch(text, *row[0])
                and _GIVEN_AFTER_COMMA.fullmatch(text, *row[1])
            ):
                # "PANYADEE, THEERAWAT,1990-05-05,M,...": a "SURNAME, GIVEN" name left unquoted.
                row = [(row[0][0], row[1][1]), *row[2:]]
        if len(row) + shift != len(header):
            return  # the table ended
        start, stop = _trim(text, *row[col - shift])
        if start < stop:
            yield start, stop
        at, rows = end + 1, rows + 1


def _prose_lead(text: str, header: list[tuple[int, int]], col: int) -> bool:
    """The header line starts with a sentence glued on by the delimiter (an instruction pasted
    on the header's line: "Sort by stop;student_id;name;phone"), so it has one cell more than
    the rows below; the columns line up from the second cell. The first cell must read as a
    sentence, not a column name (longer than any column name, four words or more, or a digit),
    and the cue must not be in it."""
    if col < 1:
        return False
    start, end = _trim(text, *header[0])
    lead = text[start:end]
    return end - start > _LEAD_PROSE or len(lead.split()) >= _LEAD_WORDS or not _is_header_cell(text, start, end)


def header_cells(index: CueIndex, text: str) -> Iterator[tuple[Cue, int, int]]:
    """Every cell under a column header that a cue of ``index`` names: (cue, start, end).

    The one mechanism behind "a value under its column header" for every identifier whose
    value is too weak to stand alone (an account number, a passport number, a birth date, a
    LINE ID): a CSV/TSV/semicolon row, a markdown table or an SQL INSERT names the kind once,
    in its header, and each cell below it is such a value. The caller checks each cell's shape.
    Cheap when no cue heads a column: one line split per cue; nothing at all for a one-line text
    without an SQL ``VALUES`` (a header needs rows below it), as most prose is.
    """
    if "\n" not in text and "VALUES" not in text and "values" not in text:
        return
    for cue in index.find(text):
        for start, end in column_cells(text, cue.start, cue.end):
            yield cue, start, end


def header_text(text: str, cue: Cue) -> str:
    """The whole (trimmed) header cell around ``cue``, lower-cased: ``bank_account_no``."""
    line_start = text.rfind("\n", 0, cue.start) + 1
    left = max(text.rfind(d, line_start, cue.start) for d in (*_DELIMITERS, "("))
    start = max(left + 1, line_start)
    ends = [e for e in (text.find(d, cue.end) for d in (*_DELIMITERS, "\n", ")")) if e >= 0]
    end = min(ends) if ends else len(text)
    return text[start:end].strip(_CELL_TRIM).lower()


def column_name(text: str, start: int, end: int) -> str | None:
    """The header of the column that the cell ``text[start:end]`` is in (a CSV/TSV/markdown row
    under a header row, or a value tuple of an SQL INSERT), or None when it is in no table.

    For recognizers that weigh context: in a table, a number's context is its column name, not
    the words of the neighbouring cells or of the header's other columns.
    """
    if not _alone_in_cell(text, start, end):
        return None  # "created_at_ms": 17..., ts=17..., or a number inside prose
    bounds = _line_bounds(text, start, end)
    if bounds is None:
        return None
    line_start, line_end = bounds
    # A value of an SQL tuple has its "(" before it on its line; most texts hold no INSERT.
    if text.rfind("(", line_start, start) >= 0 and ("INSERT" in text or "insert" in text):
        sql = _sql_column(text, start, end)
        if sql is not None:
            return sql
    delimiter = next((d for d in _DELIMITERS if text.find(d, line_start, line_end) >= 0), None)
    if delimiter is None:
        return None
    cells = split_cells(text, line_start, line_end, delimiter)
    col = _cell_index(cells, start, end)
    if len(cells) < 2 or col is None or _trim(text, *cells[col]) != (start, end):
        return None  # not a cell of its own ("ลูกค้า (1101700230708), โทร ...": prose)
    top = _first_row(text, line_start, delimiter, len(cells))
    if top == line_start:
        return None  # no row above: a lone line with commas
    header = split_cells(text, top, text.find("\n", top), delimiter)
    name_start, name_end = _trim(text, *header[col])
    if not _is_header_cell(text, name_start, name_end):
        return None
    name = text[name_start:name_end]
    if col > 0 and _VALUE_HEADER.fullmatch(name):
        # A key/value table ("| field | value |", "รายการ,ข้อมูล"): the row's key cell names it.
        key_start, key_end = _trim(text, *cells[col - 1])
        if key_end > key_start:
            return text[key_start:key_end]
    return name


# The value column of a key/value table: it names no kind of value; each row's key does.
_VALUE_HEADER = re.compile(r"(?i)values?|val|ค่า|ข้อมูล|รายละเอียด|details?|answer|คำตอบ|content|เนื้อหา")


def _line_above(text: str, at: int) -> int:
    """Start of the line above the one starting at ``at`` (-1 at the top, or past ``_MAX_LINE``)."""
    if at <= 0:
        return -1
    above = text.rfind("\n", max(0, at - 1 - _MAX_LINE), at - 1) + 1
    return -1 if above == 0 and at - 1 > _MAX_LINE else above


def _same_shape_above(text: str, at: int, delimiter: str, count: int) -> bool:
    """The line above the one at ``at`` is a row of the same table (same count of cells)."""
    above = _line_above(text, at)
    return above >= 0 and len(split_cells(text, above, at - 1, delimiter)) == count


@functools.lru_cache(maxsize=4)
def _first_rows(text: str) -> dict[tuple[int, str, int], int]:
    """Per text, the first row of the table each visited row belongs to (see ``_first_row``)."""
    return {}


def _first_row(text: str, at: int, delimiter: str, count: int) -> int:
    """Start of the first row (the header) of the table whose row starts at ``at``: rows above
    with the same count of cells, a markdown rule skipped. Remembered per text, so that the IDs
    of a long table cost one walk up, not one per row."""
    memo = _first_rows(text)
    visited: list[int] = []
    top = at
    while len(visited) < _MAX_ROWS:
        known = memo.get((at, delimiter, count))
        if known is not None:
            top = known
            break
        visited.append(at)
        top = at
        above = _line_above(text, at)
        if above >= 0 and delimiter == "|" and _is_rule(text, above, at - 1):
            above = _line_above(text, above)
        if above < 0 or len(split_cells(text, above, text.find("\n", above), delimiter)) != count:
            break
        at = above
    for row in visited:
        memo[(row, delimiter, count)] = top
    return top


_CELL_EDGE = frozenset(",;|\t\n()")


def _alone_in_cell(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` fills its cell: only quotes and spaces separate it from a delimiter
    (or the text's edge) on each side. A quick test before any table parsing."""
    before = start - 1
    while before >= 0 and text[before] in " \"'`\r":
        before -= 1
    if before >= 0 and text[before] not in _CELL_EDGE:
        return False
    after = end
    while after < len(text) and text[after] in " \"'`\r":
        after += 1
    return after == len(text) or text[after] in _CELL_EDGE


def _sql_column(text: str, start: int, end: int) -> str | None:
    """The column of an SQL INSERT that the value ``text[start:end]`` is given for, if any."""
    for columns, rows, starts in _sql_statements(text):
        if not rows or start < starts[0] or end > rows[-1][-1][1]:
            continue
        row = rows[bisect.bisect_right(starts, start) - 1]
        col = _cell_index(row, start, end)
        if col is None or len(row) != len(columns) or _trim(text, *row[col]) != (start, end):
            return None
        name_start, name_end = _trim(text, *columns[col])
        return text[name_start:name_end]
    return None


_SQL_INSERT = re.compile(r"(?i)\binsert\s+(?:ignore\s+)?into\s+[^\s(]{1,80}\s*(?=\()")


_Statement = tuple[list[tuple[int, int]], list[list[tuple[int, int]]], list[int]]


@functools.lru_cache(maxsize=4)
def _sql_statements(text: str) -> list[_Statement]:
    """Every INSERT ... VALUES statement of ``text``: columns, value rows and where each row
    starts (cached: asked once per candidate)."""
    statements = []
    for head in _SQL_INSERT.finditer(text):
        parsed = _sql_rows(text, head.end())
        if parsed is not None:
            columns, rows = parsed
            statements.append((columns, rows, [row[0][0] for row in rows]))
    return statements


def _digit_count(value: str) -> int:
    return sum(ch.isdigit() for ch in value)


# A cue inside the name of a function that is called: code that checks or formats such numbers
# (``assert is_student_id("6400000000")``, ``validate_hn("12345/67")``). Its arguments are
# examples in a test or a snippet, whoever's shape they have.
_CALLED_NAME_REST = re.compile(r"[A-Za-z0-9_]*\(")


def _in_called_name(text: str, cue: Cue) -> bool:
    """``cue`` is part of a called function's name: glued to "_" on one side, "(" after the name."""
    glued = (cue.start and text[cue.start - 1] == "_") or text.startswith("_", cue.end)
    return bool(glued) and _CALLED_NAME_REST.match(text, cue.end) is not None


def _on_next_line(text: str, cue_end: int, match: re.Match[str]) -> bool:
    """The value after the cue is on another line: in a table whose last column the cue heads
    (``id,hn`` over ``1001,6401234``) it is the first cell of the next row, not this cue's value."""
    return text.find("\n", cue_end, match.start("value")) >= 0


class StudentIdRecognizer(ThaiRecognizer):
    """Student numbers of schools and universities, after their cue."""

    ENTITIES = ("STUDENT_ID",)
    NEEDS_DIGIT = True  # a student number has at least five digits

    def find(self, text: str) -> Iterator[Span]:
        seen = set()
        for cue in _STUDENT_CUES.find(text):
            if _in_called_name(text, cue):
                continue
            match = _STUDENT_VALUE.match(text, cue.end)
            if match is None or _on_next_line(text, cue.end, match):
                # The cue may head a table column ("student_id,name,...").
                cells = False
                for start, end in column_cells(text, cue.start, cue.end):
                    cells = True
                    value = text[start:end]
                    if (
                        start not in seen
                        and _STUDENT_CELL.fullmatch(value)
                        and 5 <= _digit_count(value) <= 13
                    ):
                        seen.add(start)
                        yield Span("STUDENT_ID", start, end, 0.85)
                if cells:
                    continue
            if match and match.start("value") not in seen and _full_cue_value(match.group("value")):
                seen.add(match.start("value"))
                yield Span("STUDENT_ID", match.start("value"), match.end("value"), 0.9)
            elif match is None:
                reply = _reply_value(text, cue.end)
                if reply and reply[0] not in seen:
                    seen.add(reply[0])
                    yield Span("STUDENT_ID", reply[0], reply[1], 0.8)
        yield from _extra_forms(text, seen)
        students: CueHits | None = None
        school: CueHits | None = None
        for cue, match in anchored(_CODE_CUES, _STUDENT_VALUE, text):
            digits = _digit_count(match.group("value"))
            if match.start("value") in seen or not 5 <= digits <= 13 or _in_called_name(text, cue):
                continue
            if cue.phrase in ("เลขประจำตัว", "ID") and digits >= _NATIONAL_ID_DIGITS:
                continue
            if cue.phrase == "ID" and _LATIN_WORD_BEFORE.search(text, max(0, cue.start - 3), cue.start):
                continue  # "error ID 50012345", "order ID ...": the ID of something English names
            students = students or hits(_STUDENT_WORDS, text)
            distance = students.distance_before(cue.start, _STUDENT_WORD_WINDOW)
            if distance is not None and (digits >= 6 or distance <= _PUPIL_WINDOW):
                yield Span("STUDENT_ID", match.start("value"), match.end("value"), 0.8)
                continue
            if digits < _LONG_CODE_DIGITS:
                continue
            school = school or hits(_SCHOOL_WORDS, text)
            if (
                students.distance_before(cue.start, _LONG_CODE_WINDOW) is not None
                or students.starts_within(match.end(), match.end() + _AFTER_WINDOW)
                or school.distance_before(cue.start, _LONG_CODE_WINDOW) is not None
                or school.starts_within(match.end(), match.end() + _AFTER_WINDOW)
            ):
                yield Span("STUDENT_ID", match.start("value"), match.end("value"), 0.8)


# A request for the number answered on the next line of a chat: "ครู: ฝากส่งเลขประจำตัว
# นักเรียนมาด้วยนะคะ" / "ผู้ปกครอง: 96151 ค่ะ", "Bot: What is your student ID?" / "User:
# 6401234567". The reply is the number alone after an optional speaker name, or the first of the
# two asked for together ("กรุณาระบุรหัสนักศึกษาและเลขบัตรประชาชน" / "ผู้ใช้: 6455597018 / 1784...").
_REPLY = re.compile(
    rf"(?P<value>{_STUDENT_NUMBER})(?![A-Za-z0-9])(?![-/.,]\d)"
    r"(?=[ \t]*(?:ค่ะ|คะ|ครับ|นะ|จ้า|เลย|\.|$|\n|[ \t][\u0e00-\u0e7f]|[/,|][ \t]*\d))"
)
_REPLY_LINE_REACH = 200  # the rest of the cue's line may hold a few words ("มาด้วยนะคะ")
# The lead of an answer on its own line: an optional speaker ("CUST:", "แม่น้องมิ้นท์:", "Caller:")
# and the hesitations a call transcript keeps ("เอ่อ", "อ่า...", "Uh,", "um"); a Latin one must be
# followed by a space or a comma, so it is never the start of a word.
_REPLY_LEAD = re.compile(
    r"[ \t]*(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]*)?"  # a transcript's time stamp: "[00:41] ผู้โทร:"
    r"(?P<speaker>[^\n:：\d]{1,30}[:：])?[ \t]*"
    r"(?:(?:เอ่อ|อ่า|อืม|เออ)[ \t,.…]*|(?i:uh|um|erm|er|ah|hmm|it'?s|it is)[ \t,.…]+)*"
)


def reply_start(text: str, cue_end: int, speaker: bool = False) -> int | None:
    """Where the answer to a cue starts when it is on the next line, in a chat or a call
    transcript ("AGENT: วันเดือนปีเกิดค่ะ" / "CUST: เอ่อ 28 มิถุนายน 2521", "Agent: your passport
    number?" / "Caller: Uh, B006377."): after the next line's speaker and hesitations. None when
    the cue's own line goes on with a digit (its value is there) or runs on too long, and, with
    ``speaker``, when the next line is not a speaker's turn (a value too common to stand on a
    line of its own, such as a date, needs the dialogue).

    The caller matches its value at the returned offset, and decides which cues may be answered
    this way (a noun asked for, such as ``วันเกิด``, not a verb).
    """
    newline = text.find("\n", cue_end, cue_end + _REPLY_LINE_REACH)
    if newline < 0 or any(ch.isdigit() for ch in text[cue_end:newline]):
        return None
    lead = _REPLY_LEAD.match(text, newline + 1)
    if speaker and lead.group("speaker") is None:
        return None
    return lead.end()


def _reply_value(text: str, cue_end: int) -> tuple[int, int] | None:
    """The number on the line after a cue that none follows on its own line (see ``_REPLY``)."""
    at = reply_start(text, cue_end)
    match = _REPLY.match(text, at) if at is not None else None
    value = match.group("value") if match else ""
    if match is None or not _full_cue_value(value) or _MOBILE_LIKE.fullmatch(value):
        return None
    return match.start("value"), match.end("value")


_MOBILE_LIKE = re.compile(r"0[1-9]\d{7,8}")  # "โทร" answered with a phone number, not an ID

# A generic ID column ("เลขประจำตัว", "รหัส") in a roster that is about pupils or students:
# "เลขประจำตัว,ชื่อ-สกุล,ศาสนา\n99552,...\nนับจำนวนนักเรียนแยกตามศาสนา".
_ROSTER_REACH = 400  # student words this far before the header or after its last row

# A student number inside a submitted file's name, in coursework: "HW3_6444522941_final.pdf",
# "6530012345-lab2.zip", "รายงาน_B6412345_สมชาย.docx". 8-11 digits (a university's number), not
# a date (20240115) or a phone number.
_FILE_EXTENSIONS = r"(?:pdf|docx?|zip|rar|7z|ipynb|py|java|cpp|c|pptx?|xlsx?|txt|md|jpe?g|png)"
_FILE_NUMBER = re.compile(
    r"(?<![A-Za-z0-9])(?:[\w\u0e00-\u0e7f.\-]{0,40}[_\-])?(?P<value>[A-Za-z]?\d{8,11})"
    rf"(?=[_\-.])[\w\u0e00-\u0e7f.\-]{{0,40}}?\.{_FILE_EXTENSIONS}"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_FILE_EXT = re.compile(rf"(?i)\.{_FILE_EXTENSIONS}(?![A-Za-z0-9])")
_COURSEWORK = re.compile(
    r"(?i)การบ้าน|ส่งงาน|ตรวจงาน|รายงาน|แบบฝึกหัด|โปรเจ[คก]|อาจารย์|นักศึกษา|นักเรียน|นิสิต|หักคะแนน|"
    r"assignment|homework|(?<![a-z])hw\d|(?<![a-z])lab\s?\d|submission|coursework|student|grading|"
    r"teacher|lecturer|professor"
)
_DATE_LIKE = re.compile(r"(?:19|20|25)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])\d{0,3}")
# An LMS's own field for the student number: Moodle's "idnumber" (idnumber=s6401234567), only
# in an academic record (a university address, a course, an enrolment).
# A registrar's or a course app's short key "sid" (student id) the same way, with a university's
# number: {"course": "MATH201", "sid": "6520301122", "grade": "B+"}.
_LMS_KEY = re.compile(
    r"(?i)(?<![A-Za-z_])(?P<key>idnumber|sid)[\"'\\]*\s*[=:]\s*[\"'\\]*(?P<value>[A-Za-z]?\d{5,12})(?![A-Za-z0-9])"
)
_LMS_GATE = re.compile(r"(?i)idnumber|(?<![a-z_])sid(?![a-z])")
# The same two keys in the shared automaton pass, which every text gets anyway: a case-insensitive
# regex with a look-behind has no literal to skip to and costs ~20 us on 2 KB of Thai, so it runs
# only on texts where a key occurs (a necessary condition for a match of _LMS_GATE).
_LMS_KEYS = CueIndex(["idnumber", "sid"])
_ACADEMIC = re.compile(
    r"(?i)\.ac\.th|\.edu(?![a-z])|moodle|course|enrol|student|lms|canvas|นักศึกษา|รายวิชา"
    r"|(?<![a-z])(?:gpa|gpax|grade|transcript|registrar|semester|faculty)(?![a-z])|ผลการเรียน|เกรด|ภาคเรียน"
)
_ACADEMIC_REACH = 300


def _extra_forms(text: str, seen: set[int]) -> Iterator[Span]:
    """Student numbers in a generic ID column of a roster, in a coursework file name, and under
    an LMS's ``idnumber`` field; each gated by a cheap test, since most texts hold none."""
    for span in (
        *_roster_ids(text),
        *_file_name_ids(text),
        *_lms_ids(text),
        *_bracketed_ids(text),
        *_listed_ids(text),
    ):
        if span.start not in seen:
            seen.add(span.start)
            yield span


# A generic ID column header, the whole cell: Thai "รหัส"/"เลขประจำตัว", English "ID"/"SID", an
# LMS's "idnumber". Such a column holds student numbers in an academic roster (a grade sheet, a
# dorm list, an LMS export), and staff, product or order numbers elsewhere: the academic words
# around the table decide (see ``_roster_ids``).
_GENERIC_HEADER_CELL = re.compile(
    r"(?im)(?:^|(?<=[|,;\t]))[ \t\"'`*]*"
    r"(?P<cue>รหัส|รหัสประจำตัว|เลขประจำตัว|เลขที่ประจำตัว|id|sid|idnumber|id no\.?)"
    r"[ \t\"'`*]*(?=[|,;\t]|\r?$)"
)
# Cells of a Latin "id" column: a university's number (8-11 digits, maybe a letter before or a
# check digit after a dash), since a row counter or a small record id is not a student number.
_UNIVERSITY_NUMBER = re.compile(r"[A-Za-z]{0,2}\d(?:-?\d){7,10}")


# A staff list of a school or a university (บุคลากร, ตำแหน่ง, salary) numbers its staff, not
# students: school words alone do not make its ID column student numbers.
_STAFF = re.compile(
    r"บุคลากร|พนักงาน|ลูกจ้าง|ข้าราชการ|ตำแหน่ง|เงินเดือน|(?i:employee|staff|payroll|salary|position)"
)


def _academic_near(text: str, lo: int, hi: int, students: CueHits, school: CueHits) -> bool:
    """Student words in ``text[lo:hi]``; or school words or an academic domain/LMS word there,
    in a list that is not of staff."""
    if students.first_start_within(lo, hi) is not None:
        return True
    return (
        school.first_start_within(lo, hi) is not None or _ACADEMIC.search(text, lo, hi) is not None
    ) and _STAFF.search(text, lo, hi) is None


def _roster_ids(text: str) -> Iterator[Span]:
    """Student numbers under a generic ID column of a roster about students (a grade sheet, a
    class list, a dorm list, an LMS export), with student or school words before its header or
    after its last row: "ทำสรุปผลการเรียน\n| เลขประจำตัว | ชื่อ | GPA |", "Grade sheet\nID,Name"."""
    if "\n" not in text:
        return
    students, school = hits(_STUDENT_WORDS, text), hits(_SCHOOL_WORDS, text)
    if not students and not school and ".ac.th" not in text and "moodle" not in text.lower():
        return  # the usual case, known from the shared cue pass: no roster is looked for
    for header in _GENERIC_HEADER_CELL.finditer(text):
        latin = header.group("cue").isascii()
        cells = [
            (start, end)
            for start, end in column_cells(text, header.start("cue"), header.end("cue"))
            if _roster_cell(text[start:end], latin)
        ]
        if not cells:
            continue
        lo, hi = max(0, header.start() - _ROSTER_REACH), min(len(text), cells[-1][1] + _ROSTER_REACH)
        if students.first_start_within(lo, hi) is not None or (
            _academic_near(text, lo, hi, students, school) and _names_people(text, header.start())
        ):
            for start, end in cells:
                yield Span("STUDENT_ID", start, end, 0.8)


# A column of people's names (or log-ins) beside the ID column: a roster lists people; a stock
# list or a timetable of the same school does not.
_PERSON_COLUMN = re.compile(r"ชื่อ|นามสกุล|(?i:name|first|last|surname|username|e-?mail|student)")


def _names_people(text: str, at: int) -> bool:
    """The header line around ``at`` has a column of names."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    return _PERSON_COLUMN.search(text, line_start, len(text) if line_end < 0 else line_end) is not None


def _roster_cell(value: str, latin: bool) -> bool:
    """A roster's ID cell that may be a student number: a school's 5-12 digits under a Thai
    header, a university's number under a Latin one; never a phone number or a date."""
    if latin:
        if not _UNIVERSITY_NUMBER.fullmatch(value):
            return False
    elif not (_STUDENT_CELL.fullmatch(value) and 5 <= _digit_count(value) < _NATIONAL_ID_DIGITS):
        return False
    digits = "".join(ch for ch in value if ch.isdigit())
    return not _MOBILE_LIKE.fullmatch(digits) and not _DATE_LIKE.fullmatch(digits)


# A student named with the number in brackets or after a slash, as minutes, notices and memos
# write it: "นศ. สมชาย ใจดี (6401234567) ทุจริตการสอบ", "นักศึกษา Aung Zaw (ID 6701333676)",
# "student SOMCHAI JAIDEE / B6401234 was ...". The number follows the student word and a name (no
# digit between, same line); 7-11 digits (a letter first: up to 13), not a phone number.
_BRACKETED = re.compile(
    r"[^\d\n()/]{1,50}?(?:\((?:(?i:id|no\.?)|รหัส|เลขประจำตัว)?[ \t:]*(?P<value>[A-Za-z]?\d(?:-?\d){6,10})\)"
    r"|[ \t]/[ \t]?(?P<slashed>[A-Za-z]\d{6,13}|\d(?:-?\d){6,10})(?![A-Za-z0-9/]))"
)
# A student word right before the number, as a school's register, a log or a form writes it:
# "นักเรียนเลขที่ 84736", "student=6871266647", "นักศึกษา: 6401234567", "pupil no. 40213".
# Only the nouns (not ด.ช./ป.3/ชั้น ม., which come before a name or a class).
_STUDENT_NOUNS = frozenset({"นักศึกษา", "นักเรียน", "นิสิต", "student", "pupil"})
_NOUN_VALUE = value_after_cue(_STUDENT_NUMBER)


def _bracketed_ids(text: str) -> Iterator[Span]:
    """Numbers right after a student word, or in brackets / after a slash behind the name."""
    bracket = "(" in text or "/" in text
    for word in _STUDENT_WORDS.find(text):
        if _in_called_name(text, word):
            continue  # is_student("64...") in code
        if word.phrase in _STUDENT_NOUNS:
            direct = _NOUN_VALUE.match(text, word.end)
            if direct and _plausible_student_number(text, direct, "value"):
                yield Span("STUDENT_ID", direct.start("value"), direct.end("value"), 0.8)
                continue
        match = _BRACKETED.match(text, word.end) if bracket else None
        group = "value" if match and match.group("value") else "slashed"
        if match and _plausible_student_number(text, match, group):
            yield Span("STUDENT_ID", match.start(group), match.end(group), 0.8)


def _plausible_student_number(text: str, match: re.Match[str], group: str) -> bool:
    """The value of ``match`` may be a student number: 5-13 digits (a letter first allowed), no
    phone number, date or count ("นักศึกษาทั้งหมด (1500000) บาท", "นักเรียน 12000 คน")."""
    value = match.group(group)
    digits = value.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz").replace("-", "")
    return (
        5 <= len(digits) <= 13
        and not _MOBILE_LIKE.fullmatch(digits)
        and not _DATE_LIKE.fullmatch(digits)
        and not _COUNT_AFTER.match(text, match.end(group))
        and not _COUNT_AFTER.match(text, match.end())  # after the closing bracket
    )


# A list of students, one a line, each number before a titled name, as a faculty's announcements
# write it: "ประกาศรายชื่อนักศึกษาที่มีสิทธิ์สอบ\n1. 6410110123 นายสมชาย ใจดี\n2. ...". The title
# (นาย, นางสาว, ด.ช., Mr ...) says a person follows; student or school words before the line
# say whose number it is (a staff list has neither).
_LISTED = re.compile(
    r"(?m)^[ \t]*(?:[-*•]|\d{1,3}[.)])?[ \t]*(?P<value>[A-Za-z]?\d{7,11})[ \t]*[,|:\-\t]?[ \t]*"
    r"(?=นาย|นางสาว|นาง|น\.ส\.|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง|(?i:mr|ms|mrs|miss)\.?\s)"
)


def _listed_ids(text: str) -> Iterator[Span]:
    if "\n" not in text:
        return
    students, school = hits(_STUDENT_WORDS, text), hits(_SCHOOL_WORDS, text)
    if not students and not school:
        return  # the usual case, known from the shared cue pass: no list is scanned for
    for match in _LISTED.finditer(text):
        value = match.group("value")
        if _MOBILE_LIKE.fullmatch(value) or _DATE_LIKE.fullmatch(value):
            continue
        # Student or school words before the list, or on the number's own line after the name
        # ("6410123456 นายก ใจดี วิศวกรรมโยธา ชั้นปีที่ 3").
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        if (
            students.distance_before(match.start(), _ROSTER_REACH) is not None
            or students.starts_within(match.end(), line_end)
            or (
                (
                    school.distance_before(match.start(), _ROSTER_REACH) is not None
                    or school.starts_within(match.end(), line_end)
                )
                and _STAFF.search(text, max(0, match.start() - _ROSTER_REACH), line_end) is None
            )
        ):
            yield Span("STUDENT_ID", match.start("value"), match.end("value"), 0.8)


def _file_name_ids(text: str) -> Iterator[Span]:
    if not _FILE_EXT.search(text) or not _COURSEWORK.search(text):
        return
    for match in _FILE_NUMBER.finditer(text):
        value = match.group("value")
        digits = value.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        if _DATE_LIKE.fullmatch(digits) or _MOBILE_LIKE.fullmatch(digits):
            continue
        yield Span("STUDENT_ID", match.start("value"), match.end("value"), 0.75)


def _lms_ids(text: str) -> Iterator[Span]:
    if not _LMS_KEYS.occurs_in(text) or not _LMS_GATE.search(text):
        return
    for match in _LMS_KEY.finditer(text):
        if match.group("key").lower() == "sid" and _digit_count(match.group("value")) < 8:
            continue  # a session or sequence id, not a university's number
        lo, hi = max(0, match.start() - _ACADEMIC_REACH), match.end() + _ACADEMIC_REACH
        if _ACADEMIC.search(text, lo, hi):
            yield Span("STUDENT_ID", match.start("value"), match.end("value"), 0.8)


def _full_cue_value(value: str) -> bool:
    """A value after a full student cue: 5-13 digits, or a 4-digit school number that is no year."""
    digits = _digit_count(value)
    if digits == 4:
        return value.isdigit() and not _YEAR_LIKE.fullmatch(value)
    return 5 <= digits <= 13


def _hospital_number(value: str) -> bool:
    """``value`` is shaped like a hospital number (4-12 digits, dashes or slashes) and no date."""
    return (
        re.fullmatch(_MEDICAL_NUMBER, value) is not None
        and 4 <= _digit_count(value) <= 12
        and not _DATE.fullmatch(value)
    )


# FHIR: a payload is a medical record when it holds a clinical resource. Keys and values may be
# quoted with " or ', and escaped (\"resourceType\": ...) inside a JSON string of tool arguments.
_Q = r"""\\?["']"""
_FHIR_CLINICAL = re.compile(
    rf"{_Q}resourceType{_Q}\s*:\s*{_Q}(?:Patient|DiagnosticReport|Observation|Condition|Encounter|"
    r"Procedure|MedicationRequest|MedicationStatement|MedicationAdministration|AllergyIntolerance|"
    r"ServiceRequest|Specimen|ImagingStudy|CarePlan|Immunization|EpisodeOfCare|Claim|Coverage|"
    rf"DocumentReference|Composition|ClinicalImpression|FamilyMemberHistory){_Q}"
)
# Or a payload that names a hospital or a clinic (then only a patient's identifier counts).
_HOSPITAL = re.compile(r"(?i)hospital|clinic|โรงพยาบาล|รพ\.|คลินิก|เวชระเบียน")
_FHIR_RESOURCE_TYPE = re.compile(rf"{_Q}resourceType{_Q}\s*:\s*{_Q}(?P<type>\w+){_Q}")
_FHIR_IDENTIFIER = re.compile(rf"{_Q}identifier{_Q}\s*:\s*")
_TEXT = r"""[^"'\\\n]"""  # a character of a quoted value
# The identifier is a plain string ("identifier": "196053/65"): the HN itself.
_FHIR_STRING_VALUE = re.compile(rf"{_Q}(?P<value>{_TEXT}{{1,40}}){_Q}")
# Inside an identifier object: its "value", and its "system", which may say what it numbers.
_FHIR_VALUE = re.compile(rf"{_Q}value{_Q}\s*:\s*{_Q}(?P<value>{_TEXT}{{1,40}}){_Q}")
_FHIR_SYSTEM = re.compile(rf"{_Q}system{_Q}\s*:\s*{_Q}(?P<system>{_TEXT}{{0,200}}){_Q}")
_HN_SYSTEM = re.compile(
    r"(?i)(?<![a-z])(?:hn|mrn)(?![a-z])|medical[-_ ]?record|hospital[-_ ]?number|patient[-_ ]?id"
)
# A system naming another kind of number: the national ID, a passport, an insurance policy.
_OTHER_SYSTEM = re.compile(
    r"(?i)cid|citizen|national|passport|tax|insurance|policy|visit|encounter|order|device"
)
# The identifier sits in the object of a patient reference ("subject": {... "identifier": ...}).
_PATIENT_REFERENCE = re.compile(rf"{_Q}(?:subject|patient|beneficiary){_Q}\s*:\s*\{{")
_REFERENCE_REACH = 300  # how far back the opening of the reference object may be


def _enclosing_object(text: str, pos: int, reach: int) -> int:
    """Offset of the ``{`` that opens the object around ``pos`` (within ``reach``), or -1."""
    depth = 0
    for i in range(pos - 1, max(-1, pos - reach - 1), -1):
        ch = text[i]
        if ch == "}":
            depth += 1
        elif ch == "{":
            if depth == 0:
                return i
            depth -= 1
    return -1


def _block_end(text: str, start: int, limit: int = 600) -> int:
    """End of the JSON array or object opening at ``start`` (bounded by ``limit`` characters)."""
    depth = 0
    stop = min(len(text), start + limit)
    for i in range(start, stop):
        ch = text[i]
        if ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
            if depth == 0:
                return i + 1
    return stop


def _of_patient(text: str, key: int) -> bool:
    """The ``identifier`` key at ``key`` belongs to a Patient resource or to a patient reference."""
    opening = _enclosing_object(text, key, _REFERENCE_REACH)
    if opening >= 0 and _PATIENT_REFERENCE.search(text, max(0, opening - 40), opening + 1):
        return True
    # The nearest resourceType before the key names the resource it belongs to.
    types = [m.group("type") for m in _FHIR_RESOURCE_TYPE.finditer(text, max(0, key - 2000), key)]
    return bool(types) and types[-1] == "Patient"


def _fhir_patient_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Spans of hospital numbers written as FHIR identifiers of a patient (see the module doc)."""
    if not _FHIR_CLINICAL.search(text) and not _HOSPITAL.search(text):
        return
    for key in _FHIR_IDENTIFIER.finditer(text):
        at = key.end()
        if text.startswith(("[", "{"), at):
            end = _block_end(text, at)
            patient = _of_patient(text, key.start())
            # Each identifier object: {"system": ..., "value": ...} in either order.
            for value in _FHIR_VALUE.finditer(text, at, end):
                opening = _enclosing_object(text, value.start(), value.start() - at)
                entry_end = _block_end(text, opening) if opening >= 0 else end
                system = _FHIR_SYSTEM.search(text, max(at, opening), entry_end)
                named = system.group("system") if system else ""
                if _OTHER_SYSTEM.search(named) and not _HN_SYSTEM.search(named):
                    continue
                if (patient or _HN_SYSTEM.search(named)) and _hospital_number(value.group("value")):
                    yield value.start("value"), value.end("value")
            continue
        value = _FHIR_STRING_VALUE.match(text, at)
        if value and _hospital_number(value.group("value")) and _of_patient(text, key.start()):
            yield value.start("value"), value.end("value")


# An HL7 v2 message pasted from a hospital information system ("why is this ADT rejected?"): the
# PID segment names the patient by position, not by a cue. PID-3 is the patient's identifier list
# (repetitions split by "~", components by "^": number^^^assigning authority^type), PID-7 the
# birth date (YYYYMMDD, a time may follow). A repetition typed as another kind of number (national
# ID "NI"/"NNTHA", passport "PPN", driver's licence "DL", social security "SS") is not an HN.
_HL7_SEGMENT = re.compile(r"(?:^|(?<=[\r\n]))PID\|[^\r\n]*")
_HL7_OTHER_TYPES = frozenset({"NI", "NNTHA", "NN", "SS", "PPN", "DL", "BC", "TAX", "PEN", "AN", "VN"})
HL7_PID_IDENTIFIERS, HL7_PID_BIRTH_DATE = 3, 7  # field numbers


def hl7_pid_fields(text: str) -> Iterator[list[tuple[int, int]]]:
    """Per PID segment of an HL7 v2 message in ``text``, the offsets of its fields, indexed by
    field number (index 0 is the segment name ``PID``)."""
    if "PID|" not in text:
        return
    for segment in _HL7_SEGMENT.finditer(text):
        yield split_cells(text, segment.start(), segment.end(), "|")


def _hl7_patient_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the hospital numbers in the PID-3 field of HL7 v2 messages."""
    for fields in hl7_pid_fields(text):
        if len(fields) <= HL7_PID_IDENTIFIERS:
            continue
        start, end = fields[HL7_PID_IDENTIFIERS]
        for repetition in split_cells(text, start, end, "~"):
            components = split_cells(text, *repetition, "^")
            number = components[0]
            kind = text[slice(*components[4])].strip().upper() if len(components) > 4 else ""
            if kind not in _HL7_OTHER_TYPES and _hospital_number(text[slice(*number)]):
                yield number


class MedicalRecordNumberRecognizer(ThaiRecognizer):
    """Hospital numbers (HN) and medical record numbers (MRN), after their cue or as the FHIR
    identifier of a patient."""

    ENTITIES = ("MEDICAL_RECORD_NUMBER",)
    NEEDS_DIGIT = True  # a hospital number has at least four digits

    def find(self, text: str) -> Iterator[Span]:
        fhir = False
        seen: set[int] = set()  # as in _cues.anchored: a value reached from two cues is given once
        for cue in _MEDICAL_CUES.find(text):
            if cue.phrase == _FHIR_KEY_WORD:
                fhir = True
                continue
            if _in_called_name(text, cue):
                continue
            match = _MEDICAL_VALUE.match(text, cue.end)
            if match is None or _on_next_line(text, cue.end, match):
                # The cue may head a table column ("hn,patient,..." or an SQL column list).
                cells = False
                for start, end in column_cells(text, cue.start, cue.end):
                    cells = True
                    if end not in seen and _hospital_number(text[start:end]):
                        seen.add(end)
                        yield Span("MEDICAL_RECORD_NUMBER", start, end, 0.85)
                if cells:
                    continue
            if match is None or match.end() in seen:
                continue
            seen.add(match.end())
            value = match.group("value")
            if _COUNT_AFTER.match(text, match.end()) or _YEAR_LIKE.fullmatch(value):
                continue  # "สแกนเวชระเบียน 2500 ราย", "ค่าบัตรโรงพยาบาล 1500 บาท", "เวชระเบียนปี 2567"
            if 4 <= _digit_count(value) <= 12 and not _DATE.fullmatch(value):
                yield Span("MEDICAL_RECORD_NUMBER", match.start("value"), match.end("value"), 0.9)
        # "HNHN73816562": the cue typed twice and glued, which no boundary check of a cue accepts.
        if "HNHN" in text or "hnhn" in text:
            for m in _DOUBLED_HN.finditer(text):
                if m.end() not in seen and _hospital_number(m.group("value")):
                    seen.add(m.end())
                    yield Span("MEDICAL_RECORD_NUMBER", m.start("value"), m.end("value"), 0.85)
        # Most texts hold no FHIR payload. A number found both ways is one span to the engine
        # (a span inside another of the same type with no higher score is dropped).
        if fhir:
            for start, end in _fhir_patient_numbers(text):
                yield Span("MEDICAL_RECORD_NUMBER", start, end, 0.85)
        for start, end in _hl7_patient_numbers(text):
            if end not in seen:
                seen.add(end)
                yield Span("MEDICAL_RECORD_NUMBER", start, end, 0.85)
        for start, end in _bed_list_numbers(text):
            if end not in seen:
                seen.add(end)
                yield Span("MEDICAL_RECORD_NUMBER", start, end, 0.8)


# A ward's handover or census, one patient a line (the bed opens a line or a list item): bed,
# name, hospital number, then the clinical note ("เตียง 12 คุณสมใจ ทดสอบ 5646511 dx CKD", "Bed 7: Mr. Arun T. 62-641847 post-op day 2").
# Nurses write the HN right after the name with no cue. The name is a short stretch without
# digits; the number is shaped like an HN (5-10 digits, or with a dash or a year after a slash),
# and is neither a phone number nor a count ("15000 บาท").
_BED_LINE = re.compile(
    r"(?:^|(?<=\n)|(?<=[:;,•*\-])[ \t]*)[ \t]*(?:เตียง|(?i:bed))[ \t]*(?:ที่|no\.?|#)?[ \t]*\d{1,3}[A-Za-z]?[ \t]*[:\-.)]?[ \t]*"
    r"(?P<name>[^\d\n]{3,50}?)[ \t(]+"
    r"(?P<value>\d{5,10}|\d{2}-\d{4,8}|\d{4,8}/\d{2})(?![\d/\-]|\.\d)"
)


def _bed_list_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Hospital numbers after a patient's name on a bed's line (see ``_BED_LINE``)."""
    if "เตียง" not in text and "bed" not in text and "Bed" not in text and "BED" not in text:
        return
    for match in _BED_LINE.finditer(text):
        value = match.group("value")
        if _MOBILE_LIKE.fullmatch(value) or _DATE_LIKE.fullmatch(value):
            continue
        if _COUNT_AFTER.match(text, match.end()):
            continue  # "เตียง 2 ห้องรวม 15000 บาท": a price
        if not any("\u0e00" <= ch <= "\u0e7f" or ch.isalpha() for ch in match.group("name")):
            continue
        yield match.start("value"), match.end("value")
