"""Thai 13-digit numbers: citizen ID (``TH_NATIONAL_ID``) and company ID (``TH_JURISTIC_ID``).

Both share one shape and one checksum (mod 11). A leading 1-8 is a person's ID (stdnum
``th.pin``); a leading 0 is a juristic person registered with the Ministry of Commerce (stdnum
``th.moa``), which is business data, not personal data. The number is often glued to Thai text
(``เลขบัตรประชาชน1101700230708``), so the pattern uses digit look-arounds instead of ``\\b``.

A 13-digit epoch-millisecond timestamp passes the checksum one time in eleven; in logs and tool
payloads it sits under keys such as ``created_at_ms``. Negative context drops such numbers unless
an ID cue is closer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.th import moa, pin

from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer
from pdpa_guard.detect.text import Cues

# 13 digits, optionally grouped by single spaces or dashes (1-2345-67890-12-3), never part of a
# longer run of digits or of a longer dashed/spaced number. An ungrouped block of 13 digits is
# its own number even when a space and another number follow or precede it (a row such as
# "1101700230708 0812345678"), so it is tried first, with looser look-arounds.
_CANDIDATE = re.compile(
    r"(?<!\d)(?<!\d-)\d{13}(?!\d|-\d)|(?<!\d)(?<!\d[ -])\d(?:[ -]?\d){12}(?![ -]?\d)", re.ASCII
)

ID_CUES = Cues(
    phrases=[
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
        "personal id",
        "identification number",
        "เลขประจำตัว",
    ],
    # Bare "บัตร" (card) + number is an ID card unless the card is a payment card.
    patterns=[r"บัตร(?!เครดิต|เดบิต|เอทีเอ็ม|ATM|กดเงิน)"],
)
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
NEGATIVE_CUES = Cues(
    phrases=[
        "timestamp",
        "epoch",
        "created",
        "updated",
        "modified",
        "expires",
        "time",
        "date",
        "ts",
        "order",
        "invoice",
        "tracking",
        "parcel",
        "isbn",
        "ean",
        "barcode",
        "sku",
        "serial",
        "ref",
        "reference",
        "transaction",
        "txn",
        "hash",
        "ticket",
        "คำสั่งซื้อ",
        "ออเดอร์",
        "ใบแจ้งหนี้",
        "ใบกำกับ",
        "พัสดุ",
        "เลขพัสดุ",
        "ติดตาม",
        "รหัสสินค้า",
        "บาร์โค้ด",
        "อ้างอิง",
        "ธุรกรรม",
        "เวลา",
    ],
    patterns=[r"_(?:ms|ts|at|time|millis)\b", r"\bms\b"],
)

# Epoch milliseconds from 2001-09 to 2033-05 are exactly the 13-digit numbers 1000000000000..2000000000000.
_EPOCH_MS_LOW, _EPOCH_MS_HIGH = 1_000_000_000_000, 2_000_000_000_000


class ThaiNationalIdRecognizer(ThaiRecognizer):
    """Checksummed 13-digit Thai IDs, split into persons and companies by the first digit."""

    ENTITIES = ("TH_NATIONAL_ID", "TH_JURISTIC_ID")

    def find(self, text: str) -> Iterator[Span]:
        for match in _CANDIDATE.finditer(text):
            raw = match.group()
            digits = raw.replace("-", "").replace(" ", "")
            start, end = match.span()
            if digits[0] == "0":
                if moa.is_valid(digits):
                    cue = JURISTIC_CUES.near(text, start, end) or ID_CUES.near(text, start, end)
                    yield Span("TH_JURISTIC_ID", start, end, 0.9 if cue else 0.6)
                continue
            if not pin.is_valid(digits):
                continue
            if ID_CUES.before(text, start, 30) or ID_CUES.after(text, end, 15):
                yield Span("TH_NATIONAL_ID", start, end, 1.0)
                continue
            grouped = raw != digits
            negative = NEGATIVE_CUES.near(text, start, end, before=30, after=12)
            if negative:
                continue
            if (
                not grouped
                and _EPOCH_MS_LOW <= int(digits) < _EPOCH_MS_HIGH
                and _looks_machine_made(text, start, end)
            ):
                continue
            yield Span("TH_NATIONAL_ID", start, end, 0.85 if grouped else 0.75)


def _looks_machine_made(text: str, start: int, end: int) -> bool:
    """A bare epoch-range number inside JSON/log punctuation (``": 17..., ``) is a timestamp."""
    before = text[max(0, start - 3) : start]
    after = text[end : end + 2]
    return (":" in before or "=" in before) and (after[:1] in {",", "}", "", "\n", " ", '"', "&"})
