"""Payment card numbers (``CREDIT_CARD``): 13-19 digits, Luhn-valid, with a known issuer prefix.

Luhn alone lets one random number in ten through; the issuer identification number (IIN)
ranges and lengths of the networks cards in Thailand carry (Visa, Mastercard, Amex, JCB,
UnionPay, Discover, Diners, Maestro) cut that further, and the grouping must be one that cards
are printed or typed in (``4111 1111 1111 1111``, ``3782 822463 10005``). What is left is
dropped next to order/tracking/timestamp cues unless a card cue is nearer.

Two overlaps with Thai IDs are handled here: a 13-digit Visa-shaped number is far more often
a Thai national ID (first digit 1-8, its own checksum) or an epoch-millisecond timestamp than
one of the old 13-digit Visa cards, so 13-digit numbers need a card cue. When such a number also
passes the Thai ID checksum, a generic card word is not enough: ``id_card``, ``เลขบัตร`` and
``บัตร`` name the ID card as often as a payment card, so only a payment cue (``บัตรเครดิต``,
``credit``, ``visa`` ...) makes it a card.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pdpa_guard.detect.recognizers._cues import CueHits, CueIndex, hits
from pdpa_guard.detect.recognizers._numbers import REFERENCE_NUMBER_WORDS, has_long_run, run_matches, windows
from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer
from pdpa_guard.detect.recognizers.th_national_id import thai_id_checksum_ok

CARD_CUES = CueIndex(
    phrases=[
        "บัตรเครดิต",
        "บัตรเดบิต",
        "เลขบัตร",
        "หมายเลขบัตร",
        "เลขที่บัตร",
        "บัตร",
        "credit card",
        "debit card",
        "card no",
        "card number",
        "card_number",
        "cardnumber",
        "card",
        "pan",
        "cc",
        "visa",
        "mastercard",
        "master card",
        "amex",
        "american express",
        "jcb",
        "unionpay",
        "ยูเนี่ยนเพย์",
        "วีซ่า",
        "มาสเตอร์การ์ด",
        "ชำระด้วยบัตร",
    ]
)
# Card words that also name an ID card ("id_card", "เลขบัตร"): not enough for a 13-digit number
# that is a valid Thai ID as well.
_GENERIC_CARD_CUES = frozenset(
    {"เลขบัตร", "หมายเลขบัตร", "เลขที่บัตร", "บัตร", "card", "card no", "card number", "card_number", "cardnumber"}
)
_NEGATIVE_CUES = CueIndex(
    phrases=[
        # "reference" alone is the idiom as often ("Full card number for your reference: ..."):
        # a reference number is named as one.
        *(w for w in REFERENCE_NUMBER_WORDS if w != "reference"),
        "reference no",
        "reference number",
        "reference code",
        "reference id",
        "payment reference",
        "booking reference",
        "imei",
        "iccid",
        "บัญชี",
        "ประชาชน",
        "_ms",
        "_ts",
        "_at",
        "_id",
    ],
)

# Digit-group runs, not inside a word or a longer number; the look-behinds follow the first digit
# so that the scan can jump from digit to digit. A comma may touch the run: in CSV rows it
# separates fields, and a thousands-grouped amount never has a group of 13 digits. The lookahead
# after the first digit skips runs shorter than 13 characters in the regex engine (such a run
# can give no card); no other match changes, since no run can start inside a skipped one.
_RUN = re.compile(
    r"\d(?<![A-Za-z0-9_]\d)(?<!\d[-. ]\d)(?=(?:\d|[- ](?=\d)){12})\d*(?:[- ]\d+)*(?![A-Za-z0-9_])(?![-.]\d)",
    re.ASCII,
)

# (prefix range low, high, allowed lengths): IIN ranges compared on the number's first digits.
_IIN_RANGES: tuple[tuple[str, str, frozenset[int]], ...] = (
    ("4", "4", frozenset({13, 16, 19})),  # Visa
    ("51", "55", frozenset({16})),  # Mastercard
    ("2221", "2720", frozenset({16})),  # Mastercard 2-series
    ("34", "34", frozenset({15})),  # American Express
    ("37", "37", frozenset({15})),
    ("3528", "3589", frozenset({16, 17, 18, 19})),  # JCB
    ("62", "62", frozenset({16, 17, 18, 19})),  # UnionPay
    ("6011", "6011", frozenset({16, 17, 18, 19})),  # Discover
    ("644", "649", frozenset({16, 17, 18, 19})),
    ("65", "65", frozenset({16, 17, 18, 19})),
    ("300", "305", frozenset({14, 16, 17, 18, 19})),  # Diners Club
    ("36", "36", frozenset({14, 16, 17, 18, 19})),
    ("38", "39", frozenset({16, 17, 18, 19})),
    ("50", "50", frozenset({12, 13, 14, 15, 16, 17, 18, 19})),  # Maestro
    ("56", "58", frozenset({12, 13, 14, 15, 16, 17, 18, 19})),
    ("639", "639", frozenset({16, 17, 18, 19})),
    ("67", "67", frozenset({12, 13, 14, 15, 16, 17, 18, 19})),
)
# Groupings cards are written in: 4-4-4-4 (most), 4-6-5 (Amex), 4-6-4 (Diners), 4-4-4-4-3 (19).
_CARD_GROUPINGS = frozenset({(4, 4, 4, 4), (4, 6, 5), (4, 6, 4), (4, 4, 4, 4, 3), (4, 4, 4, 1), (4, 4, 4, 3)})


_LENGTHS = range(13, 20)
# A run can give a card only if it holds one group of 13-19 digits (an ungrouped card) or a group
# of 4 digits followed by one of 4 or 6 (every grouping in _CARD_GROUPINGS starts so). Runs
# without either (a Thai ID written 1-2345-67890-12-3, phone numbers in a row) skip ``windows``.
# (Or two halves of a 15/16-digit number, as people type it: "52926163 37838303".)
_CARD_SHAPE = re.compile(r"(?<!\d)(?:\d{13,19}|\d{4}[- ]\d{4}|\d{4}[- ]\d{6}|\d{7,8}[ ]\d{7,8})(?!\d)", re.ASCII)


def _iin_table() -> dict[str, frozenset[int]]:
    """Every prefix of ``_IIN_RANGES`` spelled out (``"2221"`` ... ``"2720"``), with the lengths
    its networks issue: one dict look-up per prefix length instead of a loop over the ranges."""
    table: dict[str, frozenset[int]] = {}
    for low, high, lengths in _IIN_RANGES:
        for value in range(int(low), int(high) + 1):
            key = str(value).zfill(len(low))
            table[key] = table.get(key, frozenset()) | lengths
    return table


_IIN_TABLE = _iin_table()
_IIN_PREFIX_SIZES = tuple(sorted({len(low) for low, _, _ in _IIN_RANGES}))


def issuer_matches(digits: str) -> bool:
    """True when ``digits`` starts with a known IIN range and has a length that network issues."""
    size = len(digits)
    for prefix in _IIN_PREFIX_SIZES:
        lengths = _IIN_TABLE.get(digits[:prefix])
        if lengths is not None and size in lengths:
            return True
    return False


class CardNumberRecognizer(ThaiRecognizer):
    """Luhn-valid card numbers with a known issuer prefix, plain or grouped."""

    ENTITIES = ("CREDIT_CARD",)
    NEEDS_DIGIT = True

    def find(self, text: str) -> Iterator[Span]:
        if not has_long_run(text):
            return  # no run of 13 digits (with separators) anywhere
        cues: tuple[CueHits, CueHits] | None = None  # looked up once a candidate exists
        for run in run_matches(_RUN, text):
            run_start, run_end = run.span()
            if run_end - run_start < 13 or _CARD_SHAPE.search(text, run_start, run_end) is None:
                continue
            taken = -1
            for window in windows(text, run_start, run_end, _LENGTHS):
                digits = window.digits
                if window.first <= taken:
                    continue
                grouped = len(window.sizes) > 1
                if not _luhn_ok(digits):
                    continue
                cues = cues or (hits(CARD_CUES, text), hits(_NEGATIVE_CUES, text))
                if grouped and window.sizes not in _CARD_GROUPINGS and not (
                    # Typed or read out by a person ("52926163 37838303", "5476 5298 32 47 9606"
                    # in a call transcript): any grouping of a 15/16-digit number of a known issuer
                    # right after the card's cue.
                    len(digits) in _UNLISTED_LENGTHS
                    and issuer_matches(digits)
                    and cues[0].distance_before(window.start, _TYPED_CUE_REACH) is not None
                ):
                    continue
                if not issuer_matches(digits) and not (
                    len(digits) in _UNLISTED_LENGTHS
                    and (
                        _payment_cue(cues[0], window.start, window.end)
                        or (window.sizes == _CARD_PRINT and cues[0].distance_before(window.start, 40) is not None)
                    )
                ):
                    # Outside the known issuer ranges, a Luhn-valid number is a card only where the
                    # text says "credit/debit card" next to it, or "card" before it printed 4-4-4-4
                    # (ranges are added; the cue and the print are the card).
                    continue
                score = _score(*cues, window.start, window.end, digits, grouped)
                if (
                    score
                    and len(digits) == 13
                    and digits[0] not in "09"
                    and thai_id_checksum_ok(digits)  # stdnum th.pin.is_valid
                    and not _payment_cue(cues[0], window.start, window.end)
                ):
                    score = 0.0  # a Thai ID under "id_card" / "เลขบัตร", not an old Visa card
                if score:
                    taken = window.last
                    yield Span("CREDIT_CARD", window.start, window.end, score)


_TYPED_CUE_REACH = 30  # a card cue this close before a number in a grouping cards are not printed in
# Lengths a card outside the known IIN ranges is accepted at, next to a payment cue.
_UNLISTED_LENGTHS = frozenset({15, 16})
_CARD_PRINT = (4, 4, 4, 4)
# Luhn's doubled digit, with 9 taken off when it has two digits (the sum of its digits).
_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def _luhn_ok(digits: str) -> bool:
    """stdnum ``luhn.is_valid`` for a string of ASCII digits, without its generic cleaning."""
    total = sum(map(int, digits[-1::-2])) + sum([_DOUBLED[int(ch)] for ch in digits[-2::-2]])
    return total % 10 == 0


def _payment_cue(card_cues: CueHits, start: int, end: int) -> bool:
    """A cue that names a payment card (not just "card") within the card-cue windows."""
    return any(
        cue.phrase not in _GENERIC_CARD_CUES
        and (start - 40 <= cue.end <= start or end <= cue.start < end + 20)
        for cue in card_cues.cues
    )


def _score(
    card_cues: CueHits, negative_cues: CueHits, start: int, end: int, digits: str, grouped: bool
) -> float:
    card = card_cues.distance_before(start, 40)
    negative = negative_cues.distance_before(start, 30)
    if card is not None and (negative is None or card <= negative):
        return 1.0
    if card is not None and negative is not None and card - negative <= 5 and not grouped and len(digits) >= 15:
        # "card_ref=5198...", "card ref: 4532...": the card's own key, "ref" glued on; a number
        # of the card's full length under it is the card (a log with masking switched off).
        return 0.95
    if card is None and card_cues.starts_within(end, end + 20):
        card = 0
    if negative is not None:
        return 0.0
    if len(digits) == 13:
        return 0.9 if card is not None else 0.0  # more often a Thai ID or a timestamp
    if card is not None:
        return 0.95
    return 0.85 if grouped else 0.8
