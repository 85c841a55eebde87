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
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pdpa_guard.detect.recognizers._cues import CueHits, CueIndex, anchored, hits
from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer

# Between cue and value: punctuation, spaces, quotes of a JSON key ("student_id": "..."), and a
# few filler words ("เลขที่", "no.", "is", "คือ").
FILLER = (
    r"(?:[\s:：#=.\-()\"'_]|เลขที่|หมายเลข|เลข|คือ|ของ|"
    r"(?i:(?<![A-Za-z])(?:no|number|num|is|id|code)(?![A-Za-z]))){0,8}"
)


def value_after_cue(value: str) -> re.Pattern[str]:
    """Filler, then ``value`` as group ``value``, not continued by a letter or digit."""
    return re.compile(rf"{FILLER}(?P<value>{value})(?![A-Za-z0-9])(?![-/]\d)")


def english_variants(*stems: str, suffixes: tuple[str, ...] = ("id", "no", "number", "code")) -> list[str]:
    """``student id``, ``student_id``, ``student-id``, ``studentid``, ... for each stem."""
    return [f"{stem}{sep}{suffix}" for stem in stems for sep in ("", " ", "_", "-") for suffix in suffixes]


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
    ]
)
_STUDENT_VALUE = value_after_cue(r"[A-Za-z]?\d(?:-?\d){3,14}")
# "นักศึกษานายสมชาย ใจดี รหัส 6401234567": a bare "รหัส" (code) is a student-ID cue when a
# student was just mentioned.
_CODE_CUES = CueIndex(phrases=["รหัส", "รหัสประจำตัว"])
_STUDENT_WORDS = CueIndex(phrases=["นักศึกษา", "นักเรียน", "นิสิต", "นศ.", "student"])
_STUDENT_WORD_WINDOW = 80

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
        "hn no",
        "hn number",
        *english_variants("patient", suffixes=("id", "no", "number")),
    ],
    # Case-sensitive: "HN"/"hn" (a JSON key) but not "Hn"; never inside a word ("John").
    exact=["HN", "hn", "H.N.", "MRN", "mrn", "M.R.N."],
)
_MEDICAL_VALUE = value_after_cue(r"\d{1,10}(?:[-/]\d{1,8}){0,2}")

# A date right after the cue ("HN 2567-01-15", "HN 15/01/2567") is a visit date, not a number.
_DATE = re.compile(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}")


def _digit_count(value: str) -> int:
    return sum(ch.isdigit() for ch in value)


class StudentIdRecognizer(ThaiRecognizer):
    """Student numbers of schools and universities, after their cue."""

    ENTITIES = ("STUDENT_ID",)

    def find(self, text: str) -> Iterator[Span]:
        seen = set()
        for _, match in anchored(_STUDENT_CUES, _STUDENT_VALUE, text):
            if 5 <= _digit_count(match.group("value")) <= 13:
                seen.add(match.start("value"))
                yield Span("STUDENT_ID", match.start("value"), match.end("value"), 0.9)
        students: CueHits | None = None
        for cue, match in anchored(_CODE_CUES, _STUDENT_VALUE, text):
            if match.start("value") in seen or not 6 <= _digit_count(match.group("value")) <= 13:
                continue
            students = students or hits(_STUDENT_WORDS, text)
            if students.distance_before(cue.start, _STUDENT_WORD_WINDOW) is not None:
                yield Span("STUDENT_ID", match.start("value"), match.end("value"), 0.8)


class MedicalRecordNumberRecognizer(ThaiRecognizer):
    """Hospital numbers (HN) and medical record numbers (MRN), after their cue."""

    ENTITIES = ("MEDICAL_RECORD_NUMBER",)

    def find(self, text: str) -> Iterator[Span]:
        for _, match in anchored(_MEDICAL_CUES, _MEDICAL_VALUE, text):
            value = match.group("value")
            if 4 <= _digit_count(value) <= 12 and not _DATE.fullmatch(value):
                yield Span("MEDICAL_RECORD_NUMBER", match.start("value"), match.end("value"), 0.9)
