"""Phone numbers (``PHONE_NUMBER``): Thai mobiles and landlines, and international numbers.

Candidates are runs of digit groups in the shapes people write: ``081-234-5678``,
``0812345678``, ``02 123 4567``, ``0-2248-7417``, ``(02) 123-4567``, ``+66 81 234 5678``,
``(+66) 81-234-5678``, ``+66 (0) 81 234 5678``, ``+44 20 7946 0958``; glued to Thai text
(``โทร0812345678``) because Thai has no spaces. libphonenumber decides: a domestic number must
be a valid Thai number (its prefix ranges rule out most random digit runs), an international
one a valid number of its country.

What stops the ordinary numbers of a prompt from being phones:

* a run must start at a number boundary: not inside a word, a longer number or a code
  (``ORD-2024-0812345678``, ``1 1017 00230 70 8``, ``2024-01-15``);
* Thai domestic numbers start with a trunk ``0`` and have 9 (landline) or 10 (mobile) digits,
  so prices, years, 13-digit IDs and card numbers never fit;
* a banking cue nearer than any phone cue makes 10 digits an account (TH_BANK_ACCOUNT), and
  reference/order/tracking cues drop the number unless a phone cue is nearer.

An extension written after the number (``ต่อ 123``, ``ext. 12``, ``x12``) is part of the span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

import phonenumbers

from pdpa_guard.detect.recognizers._cues import CueHits, CueIndex, hits
from pdpa_guard.detect.recognizers._numbers import Prefix, has_long_run, prefixes, run_matches
from pdpa_guard.detect.recognizers.bank_account import BANK_CUES, SMS_CUE_WORDS
from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer
from pdpa_guard.detect.recognizers.cued_numbers import column_name
from pdpa_guard.detect.recognizers.th_national_id import thai_id_checksum_ok

PHONE_CUES = CueIndex(
    phrases=[
        "โทร",
        "โทรศัพท์",
        "เบอร์",
        "เบอร์โทร",
        "มือถือ",
        "ติดต่อ",
        "แฟกซ์",
        "โทรสาร",
        "หมายเลข",
        "พร้อมเพย์",
        "promptpay",
        "phone",
        "mobile",
        "cell",
        "tel",
        "tel.",
        "telephone",
        "fax",
        "call",
        "contact",
        "whatsapp",
        "msisdn",
        *SMS_CUE_WORDS,
    ],
)

# Numbers that are something else when one of these is nearer than any phone cue.
_NEGATIVE_CUES = CueIndex(
    phrases=[
        "order",
        "invoice",
        "tracking",
        "parcel",
        "isbn",
        "sku",
        "serial",
        "ref",
        "reference",
        "transaction",
        "txn",
        "barcode",
        "ean",
        "imei",
        "คำสั่งซื้อ",
        "ออเดอร์",
        "ใบแจ้งหนี้",
        "ใบเสร็จ",
        "ใบกำกับ",
        "พัสดุ",
        "อ้างอิง",
        "รหัสสินค้า",
        "บาร์โค้ด",
        "บัตรประชาชน",
        "เลขบัตร",
        "ราคา",
        "price",
    ]
)

# A domestic run: trunk 0 first (optionally in brackets, "(02) 123-4567"), then digit groups
# separated by one space, dash or dot. It may not continue a word, a number or a code.
_DOMESTIC = re.compile(
    r"(?:\((?<![A-Za-z0-9_]\()0\d{1,2}\)\s?\d+"
    # look-behinds after the first character, so the scan can jump from "0" to "0" (3x faster)
    r"|0(?<![A-Za-z0-9_]0)(?<![A-Za-z0-9][-/]0)(?<!\d[.:]0)\d*)(?:[-. ]\d+)*",
    re.ASCII,
)
# An international run: "+CC" or "(+CC)", then groups that may include "(0)" or "(415)".
_INTERNATIONAL = re.compile(
    r"(?<![A-Za-z0-9_+])(?:\(\s?\+\s?\d{1,3}\s?\)|\+\s?\d{1,3})(?:[-. ]?(?:\(\d{1,4}\)|\d+))*",
    re.ASCII,
)
# Thai numbers with the country code but no "+" ("msisdn=66812345678"), reported after a phone
# cue; without one, only a mobile's 11 digits standing alone, or a cell of a phone column
# (``_bare_mobile``): 10 digits starting with 66 are as likely an amount or an ID.
_BARE_COUNTRY_CODE = re.compile(r"6(?<![A-Za-z0-9_+]6)6\d{8,9}(?!\d)", re.ASCII)
_EXTENSION = re.compile(r"\s?(?:ต่อ|(?i:ext\.?|extension|x))\s?\d{1,5}(?!\d)")
_DATE_LIKE = re.compile(r"\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}", re.ASCII)

_CUE_BEFORE, _CUE_AFTER = 30, 15

# A 13-digit number in the Ministry of Commerce's 1-4-5-2-1 grouping (0-1234-56789-01-2) is a
# juristic person's registration number; its first three groups look like a landline with a line
# range ("0-8356-64045-04"), so such a run is left to the ID recognizer when its checksum holds.
_MOA_RUN = re.compile(r"0([ -])\d{4}\1\d{5}\1\d{2}\1\d(?![\d])", re.ASCII)
# The value of a key=value log field naming a session, a trace or a request (``sess=0978965091``,
# ``trace_id=...``, ``nonce: ...``): a machine's identifier that happens to start with 0, not a
# phone. Matched against the few characters before a candidate.
_MACHINE_KEY = re.compile(
    r"(?i:(?<![A-Za-z])(?:sess(?:ion)?|sid|trace|span|req(?:uest)?|nonce|corr(?:elation)?|conn(?:ection)?"
    r"|txn|tx|job|run|pid|tid|thread|seq|uuid|token|cookie)(?:[_-]?(?:id|no|key))?)[ \t]?[=:][ \t]?[\"']?\Z"
)

# A document number written right after its key (``PO#0995549848``, ``Invoice No. 0891234567``,
# ``เลขที่ใบสั่งซื้อ 0812345678``): purchase orders and invoices are often numbered from 0 in ten
# digits, which a phone check alone cannot tell apart. Only the key itself, directly before the
# number, counts: "order from คุณสมชาย โทร 081..." is still a phone.
_DOCUMENT_KEY = re.compile(
    r"(?:(?i:(?<![A-Za-z])(?:P\.?O|purchase[ _-]?order|invoice|inv|receipt|quotation)"
    r"(?:[ \t]*(?:no\.?|number|num|id))?)|(?:เลขที่)?ใบ(?:สั่งซื้อ|แจ้งหนี้|เสร็จ(?:รับเงิน)?|เสนอราคา|กำกับภาษี))"
    r"[ \t]*[#:=]?[ \t]*\Z"
)
# What every _DOCUMENT_KEY match holds: a letter its case-insensitive Latin keys match (the class
# adds the non-ASCII letters IGNORECASE matches to Latin ones: İ, ı, ſ, the Kelvin sign) or ใบ.
_DOCUMENT_ANCHOR = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]|ใบ")


class ThaiPhoneRecognizer(ThaiRecognizer):
    """Thai and international phone numbers validated by libphonenumber."""

    ENTITIES = ("PHONE_NUMBER",)
    NEEDS_DIGIT = True

    def find(self, text: str) -> Iterator[Span]:
        context: _Context | None = None  # cue positions, looked up once a candidate exists
        international: list[tuple[int, int]] = []
        # The international pattern starts with a look-behind, so the regex engine tries it at
        # every position; every match holds a "+", which most texts lack.
        for run in _INTERNATIONAL.finditer(text) if "+" in text else ():
            context = context or _Context.of(text)
            span = self._international(text, run.start(), run.end(), context)
            if span:
                international.append((span.start, span.end))
                yield span
        if not has_long_run(text):
            return  # no run of 9+ digits (with separators): no domestic or bare +66 number
        for match in _BARE_COUNTRY_CODE.finditer(text):
            context = context or _Context.of(text)
            if not _parse("+" + match.group(), None):
                continue
            score = context.score(match.start(), match.end())
            if score is None:
                continue  # a banking or negative cue is nearer: an account, an order number
            if not score and not _bare_mobile(text, match.start(), match.end()):
                continue
            yield Span("PHONE_NUMBER", match.start(), match.end(), 0.85 if score else 0.6)
        for run in run_matches(_DOMESTIC, text):
            if run.end() - run.start() < 9 or any(s <= run.start() < e for s, e in international):
                continue  # too short, or the "(0)" / national part of "+66 (0) 81 234 5678"
            found = _domestic_prefix(text, run.start(), run.end())
            if found is None:
                continue  # no Thai number in the run: no need to look up the text's cues
            if _not_a_phone(text, run.start(), run.end()):
                continue
            context = context or _Context.of(text)
            span = self._domestic(text, run.start(), found, context)
            if span:
                yield span

    def _international(self, text: str, start: int, end: int, context: _Context) -> Span | None:
        if context.blocked(start):
            return None  # whatever prefix validates would be dropped: skip libphonenumber
        for prefix in prefixes(text, start, end):
            if not 8 <= len(prefix.digits) <= 15 or not prefix.splits_cleanly(2):
                continue
            if prefix.digits.startswith("66"):  # Thai: the plan's patterns, without a parse
                if THAI_NUMBERS.kind_after_country_code(prefix.digits[2:]) is None:
                    continue
            elif _parse(text[start : prefix.end], None) is None:
                continue
            cue = context.score(start, prefix.end)
            if cue is None:
                return None
            stop = self._with_extension(text, prefix.end)
            return Span("PHONE_NUMBER", start, stop, max(cue, 0.85))
        return None

    def _domestic(self, text: str, start: int, found: tuple[Prefix, str], context: _Context) -> Span | None:
        """The phone span of a run starting at ``start`` whose first valid prefix is ``found``.

        Only the run's first valid prefix was ever judged (its cues decide, whatever they say),
        so it is looked for before the text's cues are (``_domestic_prefix``).
        """
        if context.blocked(start):
            return None  # a banking or negative cue is nearer than any phone cue
        prefix, kind = found
        cue = context.score(start, prefix.end)
        if cue is None:
            return None
        if not cue:
            grouped = len(prefix.sizes) > 1
            mobile = kind == "mobile"
            cue = (0.8 if grouped else 0.7) if mobile else (0.7 if grouped else 0.55)
        stop = self._with_extension(text, prefix.end)
        return Span("PHONE_NUMBER", start, stop, cue)

    @staticmethod
    def _with_extension(text: str, end: int) -> int:
        match = _EXTENSION.match(text, end)
        return match.end() if match else end


class _Context(NamedTuple):
    """Phone, banking and negative cues of one text."""

    phone: CueHits
    bank: CueHits
    negative: CueHits

    @classmethod
    def of(cls, text: str) -> _Context:
        return cls(hits(PHONE_CUES, text), hits(BANK_CUES, text), hits(_NEGATIVE_CUES, text))

    def blocked(self, start: int) -> bool:
        """True when :meth:`score` is None for a number starting at ``start``, whatever its end:
        a banking or negative cue is nearer before it than any phone cue."""
        phone = self.phone.distance_before(start, _CUE_BEFORE)
        bank = self.bank.distance_before(start, 40)
        negative = self.negative.distance_before(start, _CUE_BEFORE)
        nearest_other = min((d for d in (bank, negative) if d is not None), default=None)
        return nearest_other is not None and (phone is None or phone > nearest_other)

    def score(self, start: int, end: int) -> float | None:
        """0.95 next to a phone cue, 0.0 without any cue, None when the number is something else.

        The nearest cue before the number wins: ``บัญชี 0812345678`` is an account, ``บัญชี ...
        โทร 0812345678`` a phone. ``พร้อมเพย์`` is a phone cue (PromptPay by phone number), so
        ``โอนเข้าพร้อมเพย์ 0812345678`` stays a phone.
        """
        phone = self.phone.distance_before(start, _CUE_BEFORE)
        bank = self.bank.distance_before(start, 40)
        negative = self.negative.distance_before(start, _CUE_BEFORE)
        nearest_other = min((d for d in (bank, negative) if d is not None), default=None)
        if phone is not None and (nearest_other is None or phone <= nearest_other):
            return 0.95
        if nearest_other is not None:
            return None
        if self.phone.starts_within(end, end + _CUE_AFTER):
            return 0.9
        return 0.0


class _ThaiNumberPlan:
    """libphonenumber's Thai numbering plan, applied to a domestic number's digits directly.

    ``phonenumbers.parse`` + ``is_valid_number`` cost ~14 µs a call, most of it generic
    normalisation a run of digit groups starting with the trunk ``0`` does not need; for those,
    the answer is the plan's patterns on the national number (the digits after the ``0``). The
    patterns are read from the phonenumbers package at import, so they follow its updates;
    ``tests/test_phone_plan.py`` checks the two agree.
    """

    _TYPES = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail")

    def __init__(self) -> None:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region("TH")
        self._general = self._desc(metadata.general_desc)
        self._fixed = self._desc(metadata.fixed_line)
        self._mobile = self._desc(metadata.mobile)
        self._others = [d for d in (self._desc(getattr(metadata, t)) for t in self._TYPES) if d]

    @staticmethod
    def _desc(desc: phonenumbers.PhoneNumberDesc | None) -> tuple[frozenset[int], re.Pattern[str]] | None:
        if desc is None or desc.national_number_pattern is None:
            return None
        return frozenset(desc.possible_length or ()), re.compile(desc.national_number_pattern)

    @staticmethod
    def _matches(national: str, desc: tuple[frozenset[int], re.Pattern[str]] | None) -> bool:
        if desc is None:
            return False
        lengths, pattern = desc
        return (not lengths or len(national) in lengths) and pattern.fullmatch(national) is not None

    def kind(self, digits: str) -> str | None:
        """``"mobile"``, ``"other"`` (a valid non-mobile number) or None (not a valid Thai number)
        for the digits of a domestic number written with its trunk ``0``."""
        if not digits.startswith("0"):
            return None
        national = digits[1:]
        if not self._matches(national, self._general):
            return None
        if self._matches(national, self._fixed):
            return "other"  # fixed line, or fixed-or-mobile: libphonenumber never says MOBILE
        if self._matches(national, self._mobile):
            return "mobile"
        return "other" if any(self._matches(national, d) for d in self._others) else None

    def kind_after_country_code(self, digits: str) -> str | None:
        """:meth:`kind` for the digits written after ``+66``, with or without the trunk ``0``
        (``+66 81 234 5678``, ``+66 (0) 81 234 5678``)."""
        return self.kind(digits if digits.startswith("0") else "0" + digits)


THAI_NUMBERS = _ThaiNumberPlan()


def _parse(raw: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def _domestic_prefix(text: str, start: int, end: int) -> tuple[Prefix, str] | None:
    """The longest prefix of the run ``text[start:end]`` that is a Thai number written as Thai
    numbers are, and its kind (see ``_ThaiNumberPlan.kind``); None when no prefix is."""
    for prefix in prefixes(text, start, end):
        if len(prefix.digits) not in (9, 10) or not _thai_grouping(prefix.sizes):
            continue
        # "02-123-4567-8" names a range of lines and may split at its dash; any other
        # dash or dot after the number means it continues as a longer code.
        if not (prefix.splits_cleanly(1) or _is_line_range(prefix)):
            continue
        if _DATE_LIKE.fullmatch(text, start, prefix.end):
            continue
        kind = THAI_NUMBERS.kind(prefix.digits)
        if kind is not None:
            return prefix, kind
    return None


# What may follow a number written as an amount, a measure or a decimal: "66812345678 บาท".
_AMOUNT_AFTER = re.compile(r"[.,]\d|\s?(?:บาท|฿|baht|THB|%|ชิ้น|หน่วย|units?)", re.IGNORECASE)


# Before a number that is a quantity or another key's value: "amount 66812345678",
# "ยอดรวม 66812345678", "user_id=66812345678", "เลขที่ 66812345678".
_VALUE_KEY_BEFORE = re.compile(
    r"(?:(?i:amount|total|sum|balance|qty|quantity|price|value|count|(?<![a-z])(?:id|no|num|number|code)"
    r"|[A-Za-z_]+[ \t]?[=:])|ยอด|จำนวน|รวม|มูลค่า|เลขที่|รหัส|ราคา)[ \t:=#\"']*\Z"
)


def _bare_mobile(text: str, start: int, end: int) -> bool:
    """A Thai mobile written with the country code and no ``+`` (``66945644449``) and no cue:
    shaped like a phone (a mobile's 66 + 9 digits, standing alone, not an amount), or a cell
    under a phone column's header."""
    if THAI_NUMBERS.kind_after_country_code(text[start + 2 : end]) == "mobile" and end - start == 11:
        return (
            _AMOUNT_AFTER.match(text, end) is None
            and _VALUE_KEY_BEFORE.search(text, max(0, start - 24), start) is None
        )
    name = column_name(text, start, end)
    return name is not None and bool(PHONE_CUES.find(name))


def _not_a_phone(text: str, start: int, end: int) -> bool:
    """A valid domestic run that is something else: a juristic registration number in its
    printed grouping, the value of a session/trace/request key in a log line, or a purchase
    order / invoice / receipt number right after its key."""
    moa = _MOA_RUN.match(text, start) if end - start >= 17 else None
    if moa is not None and thai_id_checksum_ok("".join(ch for ch in moa.group() if ch.isdigit())):
        return True
    if start == 0:
        return False
    lo = max(0, start - 24)
    # Each key pattern is searched only when what it needs is there: a machine key's "=" or ":"
    # in the last three characters, a document key's Latin letter or ใบ (_DOCUMENT_ANCHOR).
    tail = text[max(0, start - 3) : start]
    if (
        tail[-1] in "=:\"' \t"
        and ("=" in tail or ":" in tail)
        and _MACHINE_KEY.search(text, lo, start) is not None
    ):
        return True
    # Thai keys are glued to the number as often as not ("ใบสั่งซื้อ0891234567").
    return (
        _DOCUMENT_ANCHOR.search(text, lo, start) is not None
        and _DOCUMENT_KEY.search(text, lo, start) is not None
    )


def _thai_grouping(sizes: tuple[int, ...]) -> bool:
    """Groupings Thai numbers are written in: a 1-4 digit head, then groups of 3 or more digits.

    ``081-234-5678``, ``08-1234-5678``, ``0-2248-7417``, ``053 123 456``, ``0 42-587100``; not a
    bank account's ``081-2-34567-8`` nor a date's ``01-02-2567``. Four-digit hotlines (``1669``)
    are public services, not personal data, and are not reported.
    """
    if len(sizes) == 1:
        return True
    if len(sizes) > 4 or sizes[0] > 4:
        return False
    # A lone trunk 0 may be followed by a 2-digit area code: "0 42-587100", "0-53-123456".
    rest = sizes[2:] if sizes[0] == 1 and sizes[1] == 2 else sizes[1:]
    return all(size >= 3 for size in rest)


def _is_line_range(prefix: Prefix) -> bool:
    """``02-123-4567-8``: the last digits name a second line, not a longer number."""
    return prefix.next_separator in ("-", "/") and 1 <= prefix.next_size <= 2
