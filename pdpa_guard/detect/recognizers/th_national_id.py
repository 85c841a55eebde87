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

from pdpa_guard.detect.recognizers._cues import CueIndex
from pdpa_guard.detect.recognizers._numbers import REFERENCE_NUMBER_WORDS, has_long_run, run_matches, windows
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
    # A KYC / e-KYC payload's keys (NDID, a bank's onboarding API): "id_number: 1...".
    "id_number",
    "id_no",
    "id-number",
    "id-no",
    "thai id",
    # PromptPay and NITMX lookups name the proxy's type: "proxy_type=NATID proxy=1...".
    "natid",
    "nat_id",
    "nat id",
    "tax id",
    "tax_id",
    "taxid",
    "pid",
    "cid",
    # "nid" (national ID): a YAML/JSON record's short key, as "pid" and "cid" are.
    "nid",
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
        "registration",
        "reg. no",
        "เลขทะเบียน",
        "ทะเบียนเลขที่",
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
    # Other long numbers of a person's dealings that are not who they are: a receipt, an
    # insurance policy, a voucher, a product's barcode (GTIN/UPC) or a device (IMEI), a meter.
    "receipt",
    "ใบเสร็จ",
    # A release's build number and a parcel's last scan event.
    "build",
    "last scan",
    "policy no",
    "policy number",
    "กรมธรรม์",
    "voucher",
    "coupon",
    "คูปอง",
    "gtin",
    "upc",
    "imei",
    "meter",
    "มิเตอร์",
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

# The Ministry of Commerce prints a juristic person's number as 0-1234-56789-01-2: that grouping
# is the registration number's own format (a phone never has a 13-digit 1-4-5-2-1 shape).
_MOA_GROUPING = re.compile(r"0([ -])\d{4}\1\d{5}\1\d{2}\1\d", re.ASCII)
# A citizen ID in the card's own grouping, 1-4-5-2-1, with spaces or dashes.
_CARD_GROUPING = re.compile(r"\d[ -]\d{4}[ -]\d{5}[ -]\d{2}[ -]\d")

# A Prometheus/OpenMetrics sample line: ``name{labels} value timestamp``. Its trailing 13-digit
# timestamp (epoch milliseconds) passes the ID checksum one time in ten; the line's shape, not
# its words, says what it is. Matched against the line up to the number (``fullmatch``).
_METRIC_SAMPLE_HEAD = re.compile(
    r"[ \t]*[A-Za-z_:][\w:.]*(?:\{[^{}\n]*\})?[ \t]+"
    r"(?:[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|NaN|[-+]?Inf)[ \t]+",
    re.ASCII,
)


# OCR'd forms (scanned house registrations, ID card copies) misspell the cue and space the digits
# irregularly: "เลขประจําตัวประซาซน   1  259  894  7745  01". ซ is read for ช, and ำ comes out as
# the two code points ํ + า. Such a number is taken only right after a (fuzzy) ID cue, as 13 digits
# with up to three spaces, dots or dashes between any two, and a valid checksum.
def _ocr_variants(*words: str) -> list[str]:
    """Each word with every ช read as either ช or ซ, and ำ as either ำ or ํา."""
    out: set[str] = set()
    for word in words:
        forms = [""]
        for ch in word:
            options = ("ช", "ซ") if ch == "ช" else ("ำ", "ํา") if ch == "ำ" else (ch,)
            forms = [f + o for f in forms for o in options]
        out.update(forms)
    return sorted(out)


_OCR_ID_CUES = CueIndex(
    phrases=[
        *_ocr_variants("ประชาชน", "ปชช", "เลขประจำตัว", "เลขบัตร"),
        "citizen id",
        "national id",
        "id no",
        "id card",
        "identification no",
    ]
)
_OCR_ID_VALUE = re.compile(
    r"[^\d\n]{0,20}?(?P<value>[1-8](?:[ \t.\-]{0,3}\d){12})(?!\d)(?![ \t.\-]{1,3}\d)", re.ASCII
)

# A field keyed by a bare "ID" that opens its line or cell ("...\nID: 1568204373221", "|ID=...") is the
# person's ID in a record; "Order ID", "User ID", "Trace ID" are other keys (a word before).
_BARE_ID_KEY = re.compile(r"(?:^|[\n,;|{\t])[ \t]*[\"']?I[Dd][\"']?[ \t]*[:：=][ \t]*[\"']?\Z")

# A login's user name that is a citizen ID ("LOGIN_OK user=1126159227545"): Thai e-services use the
# ID as the user name, so a log's user key names a person, not a time.
_USER_KEY_BEFORE = re.compile(r"(?i)(?<![A-Za-z])(?:user|username|user_id|login|uid|citizen)[\"']?[ \t]*[:=][ \t]*[\"']?\Z")

# A Thai passport's machine-readable zone, second line: document number, check digit, THA, birth
# date and check digit, sex, expiry and check digit, then the optional data: the holder's citizen ID.
_MRZ_TH_LINE = re.compile(r"(?m)^[A-Z0-9<]{9}\d[A-Z<]{3}\d{7}[MFX<]\d{7}(\d{13})<")


def _mrz_ids(text: str) -> list[Span]:
    """Citizen IDs in the optional-data field of a passport's machine-readable zone (checksum valid)."""
    return [
        Span("TH_NATIONAL_ID", m.start(1), m.end(1), 0.95)
        for m in _MRZ_TH_LINE.finditer(text)
        if m.group(1)[0] in "12345678" and thai_id_checksum_ok(m.group(1))
    ]


# Epoch milliseconds from 2001-09 to 2033-05 are exactly the 13-digit numbers 1000000000000..2000000000000.
_EPOCH_MS_LOW, _EPOCH_MS_HIGH = 1_000_000_000_000, 2_000_000_000_000


class ThaiNationalIdRecognizer(ThaiRecognizer):
    """Checksummed 13-digit Thai IDs, split into persons and companies by the first digit."""

    ENTITIES = ("TH_NATIONAL_ID", "TH_JURISTIC_ID")
    NEEDS_DIGIT = True

    def find(self, text: str) -> Iterator[Span]:
        if not has_long_run(text):
            return  # no run of 13 digits (with separators) anywhere
        ocr = list(_ocr_spaced_ids(text))  # empty unless a fuzzy ID cue is in the text
        if "<" in text:
            ocr += _mrz_ids(text)
        yield from ocr
        for run in run_matches(_RUN, text):
            if run.end() - run.start() < 13:
                continue
            taken = -1
            for window in windows(text, run.start(), run.end(), (13,)):
                if window.first <= taken:
                    continue
                if ocr and any(s.start <= window.start < s.end for s in ocr):
                    continue  # found already after its OCR'd cue
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
                if end - start == 17 and _MOA_GROUPING.fullmatch(text, start, end):
                    return Span("TH_JURISTIC_ID", start, end, 0.95)
                cue = (
                    JURISTIC_CUES.near(text, start, end)
                    or _id_cue_before(text, start, 40)
                    or _id_cue_after(text, end, 25)
                )
                return Span("TH_JURISTIC_ID", start, end, 0.9 if cue else 0.6)
            return None
        if first == "9" or not thai_id_checksum_ok(digits):  # stdnum th.pin.is_valid
            return None
        if _id_cue_before(text, start, 30) or _id_cue_after(text, end, _field_window(text, end, 15)):
            return Span("TH_NATIONAL_ID", start, end, 1.0)
        grouped = end - start != 13
        if grouped and _other_dashed_scheme(text, start, end):
            return None  # "student_id": "67-707662-9880-1": another number's own print
        column = column_name(text, start, end)  # None at once for a number that is no table cell
        if column is not None:
            if NEGATIVE_CUES.in_text(column):
                return None  # created_at, order_no
            if ID_CUES.in_text(column):
                return Span("TH_NATIONAL_ID", start, end, 1.0)
            # Other columns' words say nothing about this one: judge the number without them.
        elif _negative_cue_near(text, start, end) and not (grouped and _CARD_GROUPING.fullmatch(text, start, end)):
            # (Printed as the card prints it, 1 2345 67890 12 3, a number is an ID whatever words are
            # near: no timestamp, order or tracking number is grouped that way. "Personal No. ...\n
            # Date of expiry ..." on a passport page.)
            return None
        if not grouped and _thai_barcode(digits):
            return None
        if _BARE_ID_KEY.search(text, max(0, start - 10), start) is not None:
            return Span("TH_NATIONAL_ID", start, end, 0.85)  # "\nID: 1...": the record's own ID field
        if _USER_KEY_BEFORE.search(text, max(0, start - 12), start) is not None:
            return Span("TH_NATIONAL_ID", start, end, 0.85)
        if (
            not grouped
            and _EPOCH_MS_LOW <= int(digits) < _EPOCH_MS_HIGH
            and (
                _looks_machine_made(text, start, end)
                or _time_key_before(text, start)
                or _metric_timestamp(text, start, end)
                or _in_file_name(text, start, end)
                or _log_line_stamp(text, start, end)
                or _in_number_array(text, start, end)
            )
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


def _other_dashed_scheme(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is printed with dashes in groups no citizen ID is printed in.

    A citizen ID is printed 1-2345-67890-12-3 (the card's own grouping; a 1-digit category
    first). Spaces vary (OCR, speech: "4 2868 79866 248"), but dashes are typed on purpose, in
    the grouping of the scheme the number belongs to: a student number "67-707662-9880-1", a
    policy, a contract or a loan "123-45678-9012-3". One such number in ten passes the ID
    checksum; with no ID cue it is that other scheme's number.
    """
    return text.find("-", start, end) >= 0 and text[start + 1].isdigit()  # first group > 1 digit


def _thai_barcode(digits: str) -> bool:
    """An EAN-13 barcode of a Thai product (GS1 Thailand's prefix 885, valid EAN check digit):
    product lists, receipts and stock sheets are full of them, and one in ten also passes the ID
    checksum. A citizen ID starting 885 (category 8, province code 85) is rare, and one with an
    ID cue is taken before this test."""
    if not digits.startswith("885"):
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


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


# What ends a field: a cue after it names the next field ("student_id": "67-...", "pid": ...;
# a CSV's next cell), not this number.
_FIELD_END = re.compile(r"[,;|\t\n]")


def _field_window(text: str, end: int, window: int) -> int:
    """``window``, cut short at the end of the number's field (see ``_FIELD_END``)."""
    field_end = _FIELD_END.search(text, end, end + window)
    return window if field_end is None else field_end.start() - end


def _negative_cue_near(text: str, start: int, end: int, before: int = 30, after: int = 12) -> bool:
    """``NEGATIVE_CUES.near(text, start, end, before, after)``, each window skipped when it holds
    nothing ``_NEGATIVE_ANCHOR`` finds."""
    lo = max(0, start - before)
    if _NEGATIVE_ANCHOR.search(text, lo, start) is not None and NEGATIVE_CUES.before(text, start, before):
        return True
    hi = min(len(text), end + after)
    return _NEGATIVE_ANCHOR.search(text, end, hi) is not None and NEGATIVE_CUES.after(text, end, after)


# What ends a value a program wrote: a JSON/log separator, or a statement or call in code
# (``const CACHE_UNTIL = 17...;``, ``new Date(17...)``, ``[17..., 17...]``).
_MACHINE_VALUE_END = frozenset({",", "}", "", "\n", "\r", " ", "\t", '"', "&", ";", ")", "]"})
# An argument of a call: an identifier right before "(" (``Date(``, ``fromtimestamp(``), not
# prose's "Somchai (1101700230708)".
_CALL_OPEN = re.compile(r"[A-Za-z0-9_]\(\s?\Z")


def _looks_machine_made(text: str, start: int, end: int) -> bool:
    """A bare epoch-range number inside JSON/log/code punctuation (``": 17..., ``, ``t=17... ``,
    ``= 17...;``, ``Date(17...)``) is a timestamp.

    Not when Thai words surround it: ``ลูกค้า: 1101700230708 ค่ะ`` in a chat transcript is a
    person typing an ID after a speaker label, and ``name: ธัชญา`` / ``nid: "1..."`` a record
    about a person, not a machine writing a time. (A time key says so whatever the words around
    it: ``_time_key_before``.)
    """
    before = text[max(0, start - 3) : start]
    if text[end : end + 1] not in _MACHINE_VALUE_END:
        return False
    if not (":" in before or "=" in before or _CALL_OPEN.search(before)):
        return False
    return not _has_thai(text[max(0, start - 20) : start] + text[end : end + 8])


# A key that names a time, written right before the value: a sensor's or a log's ``t=``/``ts:``,
# a flight feed's ``sched=``/``est=``,
# JWT claims (``exp``, ``iat``, ``nbf``), ``expires=``, code's ``CACHE_UNTIL =``,
# ``valid_until``, ``last_seen``, ``deadline``. Whatever language the text around is in, an
# epoch-range number under such a key is a time.
_TIME_KEY = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:[A-Za-z0-9]+[_.\-])?"
    r"(?:t|ts|tstamp|time|timestamp|epoch|until|since|exp|expiry|expires?|iat|nbf|deadline|ttl|when|"
    r"seen|last_seen|date|dt|at|"
    # a timetable's scheduled and estimated/actual times of departure and arrival, a job's start/end
    r"sched|scheduled|est|eta|etd|sta|std|ata|atd|start|end|begin|due|sent|logged)"
    r"[\"']?[ \t]*[=:][ \t]*[\"']?\Z"
)
_TIME_KEY_REACH = 24


# A preposition of time right before the number: a log's "failed ... at 17...", "cached since 17...".
# Nobody writes a person's ID after "at" or "until".
_TIME_WORD = re.compile(r"(?i)(?<![A-Za-z])(?:at|since|until|till)[ ]\Z|@[ ]?\Z")


def _time_key_before(text: str, start: int) -> bool:
    """The value at ``start`` is written under a key that names a time (see ``_TIME_KEY``), or
    after a preposition of time (``_TIME_WORD``)."""
    lo = max(0, start - _TIME_KEY_REACH)
    return _TIME_KEY.search(text, lo, start) is not None or _TIME_WORD.search(text, max(0, start - 7), start) is not None


# A file or object name a program made from a time: "IMG_17....jpg", "snapshot-17....tar.gz",
# "orgchart_17....json": a name part glued on by "_" or "-" before, an extension or another part after.
_NAME_PART_BEFORE = re.compile(r"[A-Za-z0-9][_\-]\Z")
_NAME_PART_AFTER = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}\b|[_\-][A-Za-z0-9]")


# A name part that says the number is an ID after all ("idcard-1...-front.jpg", "cid_1....pdf").
_ID_NAME_PART = re.compile(r"(?i)id|card|citizen|pin|บัตร|ปชช")


def _in_file_name(text: str, start: int, end: int) -> bool:
    """The epoch-range number at ``text[start:end]`` is one part of a file or object name that no
    part calls an ID."""
    if _NAME_PART_BEFORE.search(text, max(0, start - 2), start) is None or _NAME_PART_AFTER.match(text, end) is None:
        return False
    token_start = start
    while token_start and not text[token_start - 1].isspace() and text[token_start - 1] not in "'\"/(=:[":
        token_start -= 1
    token_end = end
    while token_end < len(text) and not text[token_end].isspace() and text[token_end] not in "'\")],;":
        token_end += 1
    name = text[token_start:start] + text[end:token_end]
    return _ID_NAME_PART.search(name) is None


# What a program writes after an event's time stamp: a status in capitals (PICKED_UP, IN_TRANSIT),
# a dotted event name (payroll.batch), a key=value, a log level or an HTTP method (WARN, GET), or a
# code of capitals glued to digits (a flight TG661, a unit A12): no name holds a digit.
_EVENT_AFTER = re.compile(
    r"[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|[a-z][a-z0-9_]*\.[a-z]|[a-z][a-z0-9_]*="
    r"|(?:WARN(?:ING)?|ERROR|ERR|INFO|DEBUG|TRACE|FATAL|CRIT(?:ICAL)?|NOTICE|ALERT|"
    r"GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b|[A-Z]{1,4}[0-9]{1,5}\b"
)
_LOWER_WORD = re.compile(r"[a-z]{3,}\b")
_LINE_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ ]|\[)?\Z")


def _log_line_stamp(text: str, start: int, end: int) -> bool:
    """``[17...] payroll.batch ...``, ``- 17... PICKED_UP hub=BKK-02``: the stamp that opens a log or
    event line, before what a program wrote, not a person's ID before their name."""
    if _LINE_LEAD.search(text, max(0, start - 6), start) is None:
        return False
    after = end + 2 if text.startswith("] ", end) else end + 1 if text.startswith(" ", end) else -1
    if after < 0 or (text[start - 1 : start] == "[") != text.startswith("]", end):
        return False
    if _EVENT_AFTER.match(text, after) is not None:
        return True
    # "[17...] posting room_charge": after a bracketed stamp, a program's lower-case verb (a name
    # is capitalised or Thai).
    return text.startswith("]", end) and _LOWER_WORD.match(text, after) is not None


_ARRAY_ITEM_BEFORE = re.compile(r"[\[(,][ ]?\Z")
_ARRAY_ITEM_AFTER = re.compile(r"[ ]?[,\])]")
_ARRAY_SIBLING = re.compile(r"(?<!\d)1\d{12}(?!\d)")


def _in_number_array(text: str, start: int, end: int) -> bool:
    """``[1764886503537,17...,17...]``: an item of a JSON array (or a call's arguments) of
    epoch-range numbers (slots, event times). A person's ID is written under a key, not as one
    bare number among others."""
    if _ARRAY_ITEM_BEFORE.search(text, max(0, start - 2), start) is None or _ARRAY_ITEM_AFTER.match(text, end) is None:
        return False
    # (Or the arguments of a call: "is_late(1750981449435, 1735244400209)".)
    open_at = max(text.rfind("[", max(0, start - 200), start), text.rfind("(", max(0, start - 200), start))
    close_at = min((at for at in (text.find("]", end, end + 200), text.find(")", end, end + 200)) if at >= 0), default=-1)
    if open_at < 0 or close_at < 0:
        return False
    if _has_thai(text[open_at:close_at]):
        return False
    if any(m.start() != start for m in _ARRAY_SIBLING.finditer(text, open_at, close_at)):
        return True
    # A chart's point, [time, value], in a list of points: "points": [[1846671046272, 28], [...]].
    return (
        text[open_at] == "["
        and _SERIES_POINT.fullmatch(text, open_at, close_at + 1) is not None
        and _POINT_LIST_BEFORE.search(text, max(0, open_at - 3), open_at) is not None
    )


_SERIES_POINT = re.compile(r"\[[ ]?\d{13}[ ]?,[ ]?-?\d+(?:\.\d+)?[ ]?\]")
_POINT_LIST_BEFORE = re.compile(r"[\[,][ ]?\Z")


def _has_thai(chunk: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in chunk)


def _metric_timestamp(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends a Prometheus/OpenMetrics sample line (``name{labels} 42 17...``)."""
    line_end = text.find("\n", end)
    if text[end : len(text) if line_end < 0 else line_end].strip():
        return False  # more on the line after the number
    line_start = text.rfind("\n", max(0, start - 2000), start) + 1
    return _METRIC_SAMPLE_HEAD.fullmatch(text, line_start, start) is not None


def _ocr_spaced_ids(text: str) -> Iterator[Span]:
    """Citizen IDs spaced irregularly (OCR) right after a possibly misspelled ID cue."""
    seen = -1
    for cue in _OCR_ID_CUES.find(text):
        match = _OCR_ID_VALUE.match(text, cue.end)
        if match is None or match.start("value") <= seen:
            continue
        raw = match.group("value")
        digits = "".join(ch for ch in raw if ch.isdigit())
        if len(digits) == 13 and thai_id_checksum_ok(digits):
            seen = match.start("value")
            yield Span("TH_NATIONAL_ID", match.start("value"), match.end("value"), 1.0)
