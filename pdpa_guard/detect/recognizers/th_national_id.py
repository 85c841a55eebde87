"""Thai 13-digit numbers: citizen ID (``TH_NATIONAL_ID``) and company ID (``TH_JURISTIC_ID``).

Both share one shape and one checksum (mod 11). A leading 1-8 is a person's ID (stdnum
``th.pin``); a leading 0 is a juristic person registered with the Ministry of Commerce (stdnum
``th.moa``), which is business data, not personal data. The number is often glued to Thai text
(``เลขบัตรประชาชน1101700230708``), so the pattern uses digit look-arounds instead of ``\\b``.
It also shares rows with other numbers (``1101700230708 0812345678``), so a run of numbers is
cut at spaces into stretches that can stand alone (``_numbers.windows``).

A 13-digit epoch-millisecond timestamp passes the checksum one time in ten (a random last
digit matches the check digit ``(11 - s % 11) % 10`` with probability 1/10); in logs and tool
payloads it sits under keys such as ``created_at_ms``. Negative context drops such numbers
unless an ID cue is closer.

In a table (a CSV/TSV/markdown row, an SQL ``INSERT ... VALUES`` tuple) the words near a number
belong to other columns: ``created_at`` in ``INSERT INTO t (national_id, phone, created_at)``
says nothing about the ID in the tuple below. For a number that is a table cell, its column name
is judged instead of the words around it (``national_id``: an ID; ``created_at``, ``order_no``:
not).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import mul

from pdpa_guard.detect.recognizers._numbers import REFERENCE_NUMBER_WORDS, has_long_run, windows
from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer
from pdpa_guard.detect.recognizers.cued_numbers import column_name
from pdpa_guard.detect.text import Cues

# Runs of digit groups separated by single spaces or dashes (1-2345-67890-12-3). A run may hold
# several numbers side by side ("1101700230708 0812345678"); ``windows`` cuts it at spaces.
# The lookahead keeps only runs of 13 characters or more (the 12 after the first digit are
# digits, or a separator before a digit): shorter runs never reach the Python loop.
_RUN = re.compile(r"\d(?<!\d\d)(?<!\d[ -]\d)(?=(?:\d|[ -](?=\d)){12})\d*(?:[ -]\d+)*", re.ASCII)

_ID_PHRASES = (
    "บัตรประชาชน",
    "บัตรประจำตัวประชาชน",
    "เลขประจำตัวประชาชน",
    "เลขประชาชน",
    "ประชาชน",
    "ปชช",
    "เลขบัตร",
    "เลขที่บัตร",
    "บัตร ปชช",
    "เลขประจำตัวผู้เสียภาษี",
    "ผู้เสียภาษี",
    "เลขผู้เสียภาษี",
    "citizen id",
    "citizen_id",
    "citizenid",
    "national id",
    "national_id",
    "nationalid",
    "id card",
    "id_card",
    "idcard",
    "id no",
    "id number",
    "thai id",
    "tax id",
    "tax_id",
    "taxid",
    "pid",
    "cid",
    "personal id",
    "identification number",
    "เลขประจำตัว",
)
ID_CUES = Cues(
    phrases=_ID_PHRASES,
    # Bare "บัตร" (card) + number is an ID card unless the card is a payment card.
    patterns=[r"บัตร(?!เครดิต|เดบิต|เอทีเอ็ม|ATM|กดเงิน)"],
)
# Text that every ID cue contains (case-insensitively, as ID_CUES matches): a window without any
# of it holds no ID cue, found with a far cheaper search than ID_CUES' look-around alternation.
# tests/test_speed_equivalence_cues_s3.py checks that each phrase contains one.
_ID_ANCHORS = ("id", "บัตร", "ปชช", "ประชาชน", "ภาษี", "เลขประจำตัว")
_ID_ANCHOR = re.compile("|".join(map(re.escape, _ID_ANCHORS)), re.IGNORECASE)
JURISTIC_CUES = Cues(
    phrases=[
        "นิติบุคคล",
        "ทะเบียนนิติบุคคล",
        "เลขทะเบียนบริษัท",
        "บริษัท",
        "บจก",
        "บมจ",
        "ห้างหุ้นส่วน",
        "หจก",
        "company",
        "juristic",
        "registration no",
        "corporate",
        "co., ltd",
        "co.,ltd",
        "ltd",
        "plc",
    ]
)
# Shapes that make a 13-digit number something other than an ID: epoch timestamps, order,
# invoice, tracking and ISBN numbers, JSON keys ending in _ms/_ts/_at.
_NEGATIVE_PHRASES = (
    *REFERENCE_NUMBER_WORDS,
    "created",
    "updated",
    "modified",
    "expires",
    "time",
    "date",
    "ts",
    "hash",
    "ticket",
    "ใบกำกับ",
    "เลขพัสดุ",
    "ติดตาม",
    "ธุรกรรม",
    "เวลา",
)
NEGATIVE_CUES = Cues(phrases=_NEGATIVE_PHRASES, patterns=[r"_(?:ms|ts|at|time|millis)\b", r"\bms\b"])
# Every negative cue holds a Latin letter or "_" (both patterns do), or is a phrase without one
# (Thai): a window with neither holds no negative cue. The class adds the non-ASCII letters that
# IGNORECASE matches to Latin ones (İ, ı, ſ, the Kelvin sign).
_NEGATIVE_ANCHOR = re.compile(
    "|".join(
        ["[A-Za-z_\u0130\u0131\u017f\u212a]"]
        + [re.escape(p.strip()) for p in _NEGATIVE_PHRASES if p.strip() and not re.search("[A-Za-z]", p)]
    ),
    re.IGNORECASE,
)

# Epoch milliseconds from 2001-09 to 2033-05 are exactly the 13-digit numbers 1000000000000..2000000000000.
_EPOCH_MS_LOW, _EPOCH_MS_HIGH = 1_000_000_000_000, 2_000_000_000_000


class ThaiNationalIdRecognizer(ThaiRecognizer):
    """Checksummed 13-digit Thai IDs, split into persons and companies by the first digit."""

    ENTITIES = ("TH_NATIONAL_ID", "TH_JURISTIC_ID")
    NEEDS_DIGIT = True

    def find(self, text: str) -> Iterator[Span]:
        if not has_long_run(text):
            return  # no run of 13 digits (with separators) anywhere
        for run in _RUN.finditer(text):
            if run.end() - run.start() < 13:
                continue
            taken = -1
            for window in windows(text, run.start(), run.end(), (13,)):
                if window.first <= taken:
                    continue
                span = self._judge(text, window.start, window.end, window.digits)
                if span:
                    taken = window.last
                    yield span

    @staticmethod
    def _judge(text: str, start: int, end: int, digits: str) -> Span | None:
        # ``digits`` is 13 ASCII digits (a window of _RUN), so stdnum's th.moa / th.pin come
        # down to the first digit and the check digit (``thai_id_checksum_ok``).
        first = digits[0]
        if first == "0":
            if thai_id_checksum_ok(digits):  # stdnum th.moa.is_valid
                cue = (
                    JURISTIC_CUES.near(text, start, end)
                    or _id_cue_before(text, start, 40)
                    or _id_cue_after(text, end, 25)
                )
                return Span("TH_JURISTIC_ID", start, end, 0.9 if cue else 0.6)
            return None
        if first == "9" or not thai_id_checksum_ok(digits):  # stdnum th.pin.is_valid
            return None
        if _id_cue_before(text, start, 30) or _id_cue_after(text, end, 15):
            return Span("TH_NATIONAL_ID", start, end, 1.0)
        grouped = end - start != 13
        column = column_name(text, start, end)  # None at once for a number that is no table cell
        if column is not None:
            if NEGATIVE_CUES.in_text(column):
                return None  # created_at, order_no
            if ID_CUES.in_text(column):
                return Span("TH_NATIONAL_ID", start, end, 1.0)
            # Other columns' words say nothing about this one: judge the number without them.
        elif _negative_cue_near(text, start, end):
            return None
        if (
            not grouped
            and _EPOCH_MS_LOW <= int(digits) < _EPOCH_MS_HIGH
            and _looks_machine_made(text, start, end)
        ):
            return None
        return Span("TH_NATIONAL_ID", start, end, 0.85 if grouped else 0.75)


# Weights of stdnum's th.pin.calc_check_digit, ``2 - i`` for the first twelve digits.
_WEIGHTS = tuple(2 - i for i in range(12))
# The weighted sum runs over the digits' ASCII codes; this adds back 48 (``ord("0")``) times the
# weights' sum.
_CODE_OFFSET = -48 * sum(_WEIGHTS)


def thai_id_checksum_ok(digits: str) -> bool:
    """The mod-11 check digit of a 13-digit Thai ID (stdnum ``th.pin``/``th.moa``), inline.

    stdnum's ``is_valid`` cleans, re-validates and raises exceptions (~50 us a call); the digits
    here are already 13 ASCII digits, and this is a few hundred nanoseconds.
    """
    total = (sum(map(mul, _WEIGHTS, digits.encode())) + _CODE_OFFSET) % 11
    return ord(digits[12]) - 48 == (1 - total) % 10


def _id_cue_before(text: str, start: int, window: int) -> bool:
    """``ID_CUES.before``, skipped when the window holds none of ``_ID_ANCHORS``."""
    return _ID_ANCHOR.search(text, max(0, start - window), start) is not None and ID_CUES.before(
        text, start, window
    )


def _id_cue_after(text: str, end: int, window: int) -> bool:
    """``ID_CUES.after``, skipped when the window holds none of ``_ID_ANCHORS``."""
    return _ID_ANCHOR.search(text, end, min(len(text), end + window)) is not None and ID_CUES.after(
        text, end, window
    )


def _negative_cue_near(text: str, start: int, end: int, before: int = 30, after: int = 12) -> bool:
    """``NEGATIVE_CUES.near(text, start, end, before, after)``, each window skipped when it holds
    nothing ``_NEGATIVE_ANCHOR`` finds."""
    lo = max(0, start - before)
    if _NEGATIVE_ANCHOR.search(text, lo, start) is not None and NEGATIVE_CUES.before(text, start, before):
        return True
    hi = min(len(text), end + after)
    return _NEGATIVE_ANCHOR.search(text, end, hi) is not None and NEGATIVE_CUES.after(text, end, after)


def _looks_machine_made(text: str, start: int, end: int) -> bool:
    """A bare epoch-range number inside JSON/log punctuation (``": 17..., ``) is a timestamp.

    Not when Thai words surround it: ``ลูกค้า: 1101700230708 ค่ะ`` in a chat transcript is a
    person typing an ID after a speaker label, not a machine writing a time.
    """
    before = text[max(0, start - 3) : start]
    after = text[end : end + 2]
    if not ((":" in before or "=" in before) and (after[:1] in {",", "}", "", "\n", " ", '"', "&"})):
        return False
    around = text[max(0, start - 20) : start] + text[end : end + 8]
    return not any("\u0e00" <= ch <= "\u0e7f" for ch in around)
