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

A FHIR payload names no HN: the hospital number is the ``identifier`` of the Patient resource or
of the ``subject``/``patient`` reference of a clinical one (``"subject": {"display": "...",
"identifier": "196053/65"}``, ``"identifier": [{"system": ".../hn", "value": "56-213259"}]``). Such
a value is an HN when the payload is a medical record (a clinical ``resourceType``, or a hospital
or clinic named in it) and the identifier belongs to the patient, or its ``system`` says HN/MRN;
an ``identifier`` of a device, an order or a practitioner is not.
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
        "hn no",
        "hn number",
        *english_variants("patient", suffixes=("id", "no", "number")),
        _FHIR_KEY_WORD,
    ],
    # Case-sensitive: "HN"/"hn" (a JSON key) but not "Hn"; never inside a word ("John").
    exact=["HN", "hn", "H.N.", "MRN", "mrn", "M.R.N."],
)
_MEDICAL_NUMBER = r"\d{1,10}(?:[-/]\d{1,8}){0,2}"
_MEDICAL_VALUE = value_after_cue(_MEDICAL_NUMBER)

# A date right after the cue ("HN 2567-01-15", "HN 15/01/2567") is a visit date, not a number.
_DATE = re.compile(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}")


def _digit_count(value: str) -> int:
    return sum(ch.isdigit() for ch in value)


class StudentIdRecognizer(ThaiRecognizer):
    """Student numbers of schools and universities, after their cue."""

    ENTITIES = ("STUDENT_ID",)
    NEEDS_DIGIT = True  # a student number has at least five digits

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
            match = _MEDICAL_VALUE.match(text, cue.end)
            if match is None or match.end() in seen:
                continue
            seen.add(match.end())
            value = match.group("value")
            if 4 <= _digit_count(value) <= 12 and not _DATE.fullmatch(value):
                yield Span("MEDICAL_RECORD_NUMBER", match.start("value"), match.end("value"), 0.9)
        # Most texts hold no FHIR payload. A number found both ways is one span to the engine
        # (a span inside another of the same type with no higher score is dropped).
        if fhir:
            for start, end in _fhir_patient_numbers(text):
                yield Span("MEDICAL_RECORD_NUMBER", start, end, 0.85)
