"""Passport numbers (``TH_PASSPORT``), reported only after a passport cue.

A Thai passport number is one or two Latin letters and seven digits (``AA1234567``,
``A1234567``); other countries use other shapes (nine digits, a letter and eight digits,
mixed letters and digits such as ``C01X00T47``). Any of these shapes is also the shape of an
order number, SKU or booking code, so a value is reported only after a cue (หนังสือเดินทาง,
พาสปอร์ต, passport, passport no ...). The span is the number, not the cue. Thai-shaped numbers
score higher than generic ones. In a table the cue is the column header (``| Name | Passport |``)
and each cell below it is a value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pdpa_guard.detect.recognizers._cues import CueIndex, anchored
from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer
from pdpa_guard.detect.recognizers.cued_numbers import header_cells, value_after_cue

_CUES = CueIndex(phrases=["หนังสือเดินทาง", "พาสปอร์ต", "พาสปอต", "พาสฯ", "passport", "pasport"])
# The letters may be set apart from the digits by a space or a dash, as forms and OCR'd scans
# print them ("AR 5578441", "AA-1234567", "E 12345678"); the span then includes the separator.
_VALUE = value_after_cue(
    r"(?<![A-Za-z0-9])(?:[A-Za-z]{1,2}[ \-](?=\d{6,8}(?![A-Za-z0-9]))\d{6,8}|[A-Za-z0-9]{6,9})"
)
_THAI_SHAPE = re.compile(r"[A-Z]{1,2}\d{7}")
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
