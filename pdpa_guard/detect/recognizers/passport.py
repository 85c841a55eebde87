"""Passport numbers (``TH_PASSPORT``), reported only after a passport cue.

A Thai passport number is one or two Latin letters and seven digits (``AA1234567``,
``A1234567``); other countries use other shapes (nine digits, a letter and eight digits,
mixed letters and digits such as ``C01X00T47``). Any of these shapes is also the shape of an
order number, SKU or booking code, so a value is reported only after a cue (หนังสือเดินทาง,
พาสปอร์ต, passport, passport no ...). The span is the number, not the cue. Thai-shaped numbers
score higher than generic ones. In a table the cue is the column header (``| Name | Passport |``)
and each cell below it is a value.

Other places a passport number is written, each with its own evidence:

* an answer on the next line of a call or chat ("Agent: your passport number?" / "Caller: Uh,
  B006377.");
* a travel document named less directly (``doc=``, ``Document No.``, ``เอกสารเดินทาง``) in a travel
  record (an autogate or immigration log, a check-in, a visa form): only the Thai shape, which
  order numbers rarely take, and only with travel words nearby;
* the APIS ``DOCS`` element of an airline booking (PNR): ``SSR DOCS TG HK1 P/THA/AA1234567/THA/
  12MAR88/F/12MAR31/SURNAME/GIVEN`` (Amadeus writes dashes: ``SRDOCS TG HK1-P-THA-...``). Its
  fields are fixed: document type (``P`` for a passport), issuing state, number, nationality,
  birth date, sex, expiry, names. ``docs_elements`` is shared with the birth-date recognizer;
* the machine-readable zone of a scanned passport (KYC, hotel and airline OCR): its second line
  (``AA12345674THA8803125F3103128<<<<<<<<<<<<<<02``) starts with the number and its check digit,
  which must agree; ``mrz_lines`` is shared with the birth-date recognizer (the birth date is
  the six digits after the nationality).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pdpa_guard.detect.recognizers._cues import CueHits, CueIndex, anchored, hits
from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer
from pdpa_guard.detect.recognizers.cued_numbers import (
    english_variants,
    header_cells,
    reply_start,
    value_after_cue,
)

_CUES = CueIndex(
    phrases=[
        *("หนังสือเดินทาง", "พาสปอร์ต", "พาสปอต", "พาสฯ", "passport", "pasport"),
        # HR and hotel forms abbreviate: "PP No.", "PPT no", "P/P No.".
        *english_variants("pp", "ppt", "p/p", suffixes=("no", "number", "#")),
    ]
)
# The letters may be set apart from the digits by a space or a dash, as forms and OCR'd scans
# print them ("AR 5578441", "AA-1234567", "E 12345678"); the span then includes the separator.
_NUMBER = r"(?<![A-Za-z0-9])(?:[A-Za-z]{1,2}[ \-](?=\d{6,8}(?![A-Za-z0-9]))\d{6,8}|[A-Za-z0-9]{6,9})"
# "Passport/ID: AD854372" (a form field for either), "หนังสือเดินทางเล่มเดิมเลขที่ A1234567" (the
# old book, on a renewal), "เลขพาสปอร์ตลูกค้าคือ AB1234567" (whose it is): "/", the words for the
# old or new book and the holder may stand between.
_VALUE = value_after_cue(
    _NUMBER,
    extra="/",
    words=(
        *("เล่มเดิม", "เล่มใหม่", "เล่มปัจจุบัน", "เล่ม", "เดิม"),
        *("ลูกค้า", "ผู้โดยสาร", "ผู้เดินทาง", "แขก", "ผู้ป่วย", "พนักงาน", "ผู้สมัคร", "ผู้ยื่นคำขอ", "ผู้ยื่น"),
    ),
)
# The answer on the next line: the number, then the end of the answer.
_REPLY = re.compile(rf"(?P<value>{_NUMBER})(?=[ \t]*(?:[.,!]|ค่ะ|คะ|ครับ|นะ|$|\n))")

# A travel document named less directly: a Thai-shaped number only, in a travel record. Words of
# border crossing and air travel, not of travel in general ("ค่าเดินทาง": a travel expense claim,
# whose document numbers take the same shape).
_DOCUMENT_CUES = CueIndex(phrases=["doc", "document", "travel document", "travel doc", "เอกสารเดินทาง"])
_DOCUMENT_VALUE = value_after_cue(r"[A-Za-z]{1,2}\d{7}")
_TRAVEL_WORDS = CueIndex(
    phrases=[
        *("travel doc", "traveller", "traveler", "passenger", "immigration", "autogate", "auto gate"),
        *("visa", "flight", "airport", "boarding", "check-in", "nationality", "embassy", "consulate"),
        *("mrz", "pnr", "airline"),
        *("เอกสารเดินทาง", "ผู้โดยสาร", "ตรวจคนเข้าเมือง", "ตม.", "วีซ่า", "เที่ยวบิน", "สนามบิน"),
        *("สัญชาติ", "สถานทูต", "กงสุล"),
    ]
)
_TRAVEL_REACH = 300
_THAI_SHAPE = re.compile(r"[A-Z]{1,2}\d{7}")
# A record that types its document, then numbers it: "doc_type=PASSPORT doc_no=MC6614911",
# "id_type": "passport", "id_number": "AA1234567" (a KYC gateway's log or payload).
_TYPED_DOCUMENT = re.compile(
    r"(?i)(?:doc|document|id)[_ ]?type[\"']?[ \t]*[=:][ \t]*[\"']?passport[\"']?[ \t]*[,;]?[ \t]*[\"']?"
    r"(?:doc|document|id|passport)?[_ ]?(?:no|num|number|value)[\"']?[ \t]*[=:][ \t]*[\"']?"
    r"(?P<value>[A-Za-z]{1,2}\d{6,8}|[A-Za-z0-9]{6,9})(?![A-Za-z0-9])"
)
# A cell under a column headed by a passport cue (``| Name | Passport | DOB |``, ``passport_no``
# in a CSV or SQL header): the same shapes, filling the cell.
_CELL = re.compile(r"[A-Za-z]{1,2}[ \-]?\d{6,8}|[A-Za-z0-9]{6,9}")


class PassportRecognizer(ThaiRecognizer):
    """Thai and foreign passport numbers after a passport cue."""

    ENTITIES = ("TH_PASSPORT",)
    NEEDS_DIGIT = True

    def find(self, text: str) -> Iterator[Span]:
        seen: set[int] = set()
        for _, match in anchored(_CUES, _VALUE, text):
            value = match.group("value").replace(" ", "").replace("-", "")
            score = _score(value)
            if score:
                seen.add(match.start("value"))
                yield Span("TH_PASSPORT", match.start("value"), match.end("value"), score)
        for cue in _CUES.find(text) if "\n" in text else ():
            at = reply_start(text, cue.end)
            match = _REPLY.match(text, at) if at is not None else None
            if match and match.start("value") not in seen:
                score = _score(match.group("value").replace(" ", "").replace("-", ""))
                if score:
                    seen.add(match.start("value"))
                    yield Span("TH_PASSPORT", match.start("value"), match.end("value"), score)
        yield from _travel_documents(text, seen)
        for match in _TYPED_DOCUMENT.finditer(text) if "assport" in text or "ASSPORT" in text else ():
            if match.start("value") not in seen and _score(match.group("value")):
                seen.add(match.start("value"))
                yield Span("TH_PASSPORT", match.start("value"), match.end("value"), 0.9)
        for docs in docs_elements(text):
            if docs.start("number") not in seen and _score(docs.group("number")):
                seen.add(docs.start("number"))
                yield Span("TH_PASSPORT", docs.start("number"), docs.end("number"), 0.95)
        for mrz in mrz_lines(text):
            end = mrz.start("number") + len(mrz.group("number").rstrip("<"))
            if mrz.start("number") not in seen and _score(text[mrz.start("number") : end]):
                seen.add(mrz.start("number"))
                yield Span("TH_PASSPORT", mrz.start("number"), end, 0.95)
        for match in _mrz_under_names(text):
            if match.start("number") not in seen and _score(match.group("number")):
                seen.add(match.start("number"))
                yield Span("TH_PASSPORT", match.start("number"), match.end("number"), 0.9)
        for _, start, end in header_cells(_CUES, text):
            cell = text[start:end]
            if start in seen or not _CELL.fullmatch(cell):
                continue
            score = _score(cell.replace(" ", "").replace("-", ""))
            if score:
                seen.add(start)
                yield Span("TH_PASSPORT", start, end, score)


def _score(value: str) -> float:
    if _THAI_SHAPE.fullmatch(value):
        return 0.95
    if _THAI_SHAPE.fullmatch(value.upper()):
        return 0.85  # typed in lower case
    digits = sum(ch.isdigit() for ch in value)
    letters = len(value) - digits
    # Foreign shapes: nine digits (US, UK), a letter and eight digits (China E12345678), or
    # letters and digits mixed (Germany C01X00T47, Cambodia-style CGR3KP4J2).
    if digits >= 3 and value.upper() == value and (digits >= 5 or letters <= 6):
        return 0.85
    return 0.0


def _travel_documents(text: str, seen: set[int]) -> Iterator[Span]:
    """Thai-shaped numbers after a travel-document cue, with travel words nearby."""
    travel: CueHits | None = None
    for _, match in anchored(_DOCUMENT_CUES, _DOCUMENT_VALUE, text):
        start = match.start("value")
        if start in seen or not _THAI_SHAPE.fullmatch(match.group("value").upper()):
            continue
        travel = travel or hits(_TRAVEL_WORDS, text)
        end = match.end()
        near = travel.distance_before(end, _TRAVEL_REACH) is not None
        if near or travel.starts_within(end, end + _TRAVEL_REACH):
            seen.add(start)
            yield Span("TH_PASSPORT", start, match.end("value"), 0.85)


# The APIS DOCS element of a PNR (module doc); GDS output is upper case. A passport is "P".
_DOCS = re.compile(
    r"(?<![A-Za-z])(?:SR)?DOCS[^\n]{0,24}?[/\- ]P(?P<sep>[/\-])(?P<issuer>[A-Z]{2,3})(?P=sep)"
    r"(?P<number>[A-Z0-9]{5,15})(?P=sep)[A-Z]{2,3}(?P=sep)"
    r"(?P<birth>(?P<day>\d{2})(?P<month>[A-Z]{3})(?P<year>\d{2}|\d{4}))(?P=sep)(?:[MFUX]I?)(?![A-Z])"
)


def docs_elements(text: str) -> Iterator[re.Match[str]]:
    """The passport DOCS elements of an airline booking in ``text`` (groups ``number``, ``birth``,
    and ``day``/``month``/``year`` of the birth date)."""
    if "DOCS" not in text:
        return iter(())
    return _DOCS.finditer(text)


# The second line of a passport's machine-readable zone (ICAO 9303 TD3, 44 characters): number,
# check digit, nationality, birth date (YYMMDD) and its check digit, sex, expiry ...
_MRZ_LINE = re.compile(
    r"(?<![A-Z0-9<])(?P<number>[A-Z0-9][A-Z0-9<]{8})(?P<check>\d)[A-Z<]{3}"
    r"(?P<birth>(?P<year>\d\d)(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01]))(?P<birth_check>\d)"
    r"[MFX<]\d{7}[A-Z0-9<]{14}[\d<]\d(?![A-Z0-9<])"
)
_MRZ_VALUES = {**{str(d): d for d in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}


def _mrz_check(field: str) -> int:
    """ICAO 9303 check digit: weights 7, 3, 1 over the character values, modulo 10."""
    return sum(_MRZ_VALUES[ch] * (7, 3, 1)[i % 3] for i, ch in enumerate(field)) % 10


# An MRZ whose second line does not check out: OCR misread a character, the line was cut off
# or retyped ("P<THASRISUK<<NATTHORN<<<<<<" / "AA0013456<8THA1382231M549527<<<"). The first
# line (document type P, issuing state, SURNAME<<GIVEN NAMES) says what the next line is, so the
# next line's first field is the passport number even when the check digits disagree.
_MRZ_NAMES_THEN_NUMBER = re.compile(
    r"(?m)^[ \t]*P[A-Z<][A-Z]{3}[A-Z]+(?:<[A-Z]+)*<<[A-Z<]*[ \t]*\r?\n"
    r"[ \t]*(?P<number>[A-Z0-9]{6,9})(?=<|\d[A-Z<]{3}\d)"
)


def _mrz_under_names(text: str) -> Iterator[re.Match[str]]:
    """Passport numbers opening the line under an MRZ's name line (see above)."""
    if "<<" not in text:
        return iter(())
    return _MRZ_NAMES_THEN_NUMBER.finditer(text)


def mrz_lines(text: str) -> Iterator[re.Match[str]]:
    """Second lines of passport MRZs in ``text`` whose number and birth-date check digits agree
    (groups ``number`` with its ``<`` filler, ``birth``, ``year``/``month``/``day``)."""
    if "<<" not in text:
        return
    for match in _MRZ_LINE.finditer(text):
        if _mrz_check(match.group("number")) == int(match.group("check")) and _mrz_check(
            match.group("birth")
        ) == int(match.group("birth_check")):
            yield match
