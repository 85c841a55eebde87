"""Thai bank account numbers (``TH_BANK_ACCOUNT``), reported only next to a banking cue.

A Thai account number is 10 digits (12 at some state banks such as GSB and BAAC) with no public
checksum, so on its own it is indistinguishable from a phone number, an order number or a
counter. It is reported only when a banking cue (บัญชี, ธนาคาร, โอนเข้า, a bank's name in Thai or
English, KBank, SCB, ...) lies within a character window, and no competing cue (โทร, เบอร์,
อ้างอิง, order ...) lies nearer to the number.

PromptPay (พร้อมเพย์) is not an account: it links a phone number or a national ID to an
account, so a mobile-shaped number next to ``พร้อมเพย์`` is left to the phone recognizer, and so
is one a text message was sent to (``ส่งไปที่``, ``SMS``).

The window reaches further in two cases: a number in a bank's own grouping (``123-4-56789-0``)
a few lines below a slip's heading (``โอนเงินสำเร็จ``, ``Transfer Successful``), and a plain
number on the cue's line with only words between (the payee's name).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from pdpa_guard.detect.recognizers._cues import CueHits, CueIndex, anchored, hits
from pdpa_guard.detect.recognizers._numbers import has_long_run, run_matches, windows
from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer
from pdpa_guard.detect.recognizers.cued_numbers import column_name, header_cells, header_text, value_after_cue

BANK_CUES = CueIndex(
    phrases=[
        # generic banking words
        "บัญชี",
        "บช.",
        "ธนาคาร",
        "โอนเข้า",
        "โอนเงิน",
        "โอนไปที่",
        "ออมทรัพย์",
        "กระแสรายวัน",
        "ฝากประจำ",
        "bank",
        "bank account",
        "account no",
        "account number",
        "acct",
        "a/c",
        # keys of payment payloads
        "from_account",
        "to_account",
        "account_no",
        "account_number",
        "accountno",
        "acc_no",
        "acct_no",
        "bank_account",
        "payee_account",
        "beneficiary_account",
        # bank names, Thai
        "กสิกร",
        "กสิกรไทย",
        "ไทยพาณิชย์",
        "บัวหลวง",
        "กรุงไทย",
        "กรุงศรี",
        "กรุงศรีอยุธยา",
        "ทหารไทยธนชาต",
        "ทหารไทย",
        "ธนชาต",
        "ทีทีบี",
        "ทีเอ็มบี",
        "ออมสิน",
        "ธ.ก.ส.",
        "ธกส",
        "ยูโอบี",
        "ซีไอเอ็มบี",
        "เกียรตินาคิน",
        "เกียรตินาคินภัทร",
        "ทิสโก้",
        "แลนด์ แอนด์ เฮ้าส์",
        "แลนด์แอนด์เฮ้าส์",
        "ธอส.",
        "อาคารสงเคราะห์",
        "ไอซีบีซี",
        "ซิตี้แบงก์",
        "อิสลามแห่งประเทศไทย",
        # bank names, English
        "kasikorn",
        "kasikornbank",
        "siam commercial",
        "bangkok bank",
        "krungthai",
        "krung thai",
        "krungsri",
        "ayudhya",
        "tmbthanachart",
        "thanachart",
        "government savings",
        "kiatnakin",
        "tisco",
        "lh bank",
        "land and houses",
        "government housing",
        "citibank",
    ],
    # Upper-case abbreviations: "bay", "scb" in lower case are not cues.
    exact=[
        *("KBANK", "KBank", "SCB", "BBL", "KTB", "BAY", "TTB", "ttb", "TMB", "GSB", "BAAC", "UOB"),
        *("CIMB", "KKP", "TISCO", "GHB", "LHB", "ICBC", "IBANK"),
    ],
    # บัญชี is also bookkeeping: the accounting department, an accountant, an accounting firm.
    not_after={"บัญชี": ("ฝ่าย", "แผนก", "นัก", "ผู้ทำ", "สำนักงาน")},
)
# "ธนาคารกรุงเทพ" is caught by ธนาคาร; bare "กรุงเทพ" is the city (and every Bangkok address).

# Words of a transfer that say where money went without the word บัญชี (account): "ปลายทางที่
# โอนผิดคือ 123-4-56789-0", "โอนไป 1234567890", "เลขปลายทาง", "destination account", "pay to".
# Kept apart from BANK_CUES, which the phone recognizer also reads: "โอนไป 0812345678" is as
# often a PromptPay phone number, so after these words alone a mobile-shaped number is left to
# the phone recognizer. Not the transfer of a title, a car or shares (โอนกรรมสิทธิ์, โอนรถ).
TRANSFER_CUES = CueIndex(
    phrases=[
        "โอน",
        "เลขปลายทาง",
        "ปลายทางที่โอน",
        "บชปลายทาง",
        "ผู้รับโอน",
        "destination account",
        "recipient account",
        "receiving account",
        "beneficiary",
        "payee",
        "transfer to",
        "transferred to",
        "transfer into",
        "wire to",
        "wired to",
        "paid into",
        "pay into",
        "deposit into",
        "deposited into",
        # The heading of an English transfer slip, above the payee's name and account.
        "transfer successful",
        "transfer completed",
        "transfer complete",
        "successful transfer",
        "fund transfer",
        "funds transfer",
        # Where a payment or a refund goes, in a vendor form or a refund note: "Payment to:
        # 123-4-56789-0", "remit to", "refund to", "ชำระเข้า", "คืนเงินเข้า".
        "payment to",
        "pay to",
        "paid to",
        "remit to",
        "remittance to",
        "refund to",
        "ชำระเข้า",
        "ชำระเงินเข้า",
        "จ่ายเข้า",
        "คืนเงินเข้า",
    ],
    not_before={"โอน": ("กรรมสิทธิ", "สิทธิ", "รถ", "ที่ดิน", "หุ้น", "ย้าย", "สาย", "ลาย", "ถ่าย")},
)

PROMPTPAY_CUES = CueIndex(phrases=["พร้อมเพย์", "พร้อมเพ", "promptpay", "prompt pay"])

# Where a text message or a notification was sent, or where it came from: a phone number follows
# ("...กดระงับบัญชีในแอป" — ส่งไปที่ 0812345678", "ส่งมาจาก 0812345678"), whatever account the
# message spoke of.
# Shared with the phone recognizer, for which they are phone cues.
SMS_CUE_WORDS: tuple[str, ...] = (
    *("ส่งไปที่", "ส่งถึง", "ส่งมาจาก", "ส่งจากเบอร์", "sms"),
    *("sent to", "sent from", "texted to", "text to", "sender"),
)

# Cues that say the number is something else: a phone, an ID, a reference or order number.
_COMPETING_CUES = CueIndex(
    phrases=[
        *SMS_CUE_WORDS,
        "โทร",
        "เบอร์",
        "มือถือ",
        "ติดต่อ",
        "แฟกซ์",
        "phone",
        "mobile",
        "tel",
        "fax",
        "call",
        "พร้อมเพย์",
        "promptpay",
        "บัตรประชาชน",
        "อ้างอิง",
        "เลขที่รายการ",
        "รหัสรายการ",
        "คำสั่งซื้อ",
        "ออเดอร์",
        "ใบแจ้งหนี้",
        "พัสดุ",
        "order",
        "invoice",
        "ref",
        "reference",
        "transaction",
        "txn",
        "tracking",
        "customer id",
        "member id",
        "รหัสลูกค้า",
        "รหัสสมาชิก",
        # Numbers of a support case or of a document, not of an account.
        *("ticket", "case no", "case id", "เลขที่เคส", "ใบกำกับ", "ใบเสร็จ", "เลขที่เอกสาร"),
        *("purchase order", "po no", "po number"),
    ]
)

# Runs of digit groups separated by single spaces or dashes; not inside a word or a longer code.
# (The look-behinds follow the first digit so that the scan can jump from digit to digit. Commas
# may touch a run: CSV fields; amounts grouped in thousands never have 10-digit groups.)
_RUN = re.compile(
    r"\d(?<![A-Za-z0-9_]\d)(?<![0-9][-/.]\d)\d*(?:(?:-| )\d+)*(?![A-Za-z0-9_])(?![-/.]\d)", re.ASCII
)
_FOURTH_GROUP = re.compile(r"[ -]\d{4}(?!\d)", re.ASCII)
_FOURTH_GROUP_BEFORE = re.compile(r"(?<!\d)\d{4}[ -]\Z", re.ASCII)
_MOBILE = re.compile(r"0[689]\d{8}", re.ASCII)
# Groupings banks print: 123-4-56789-0 (most banks), 123-456789-0, 1234-567890; 12-digit state
# bank accounts (GSB, BAAC) as 0203-4567-8901, 02-0345678901, 020-1-23456-789 ...
_BANK_GROUPINGS = frozenset(
    {(3, 1, 5, 1), (3, 6, 1), (3, 7), (4, 6), (3, 3, 4), (1, 4, 5)}
    | {(3, 1, 5, 3), (2, 4, 6), (4, 4, 4), (2, 10), (3, 9)}
)

_BEFORE, _AFTER = 40, 12
# What may separate a number from a bank name written after it: "123-4-56789-0 (กรุงศรี)",
# "1234567890 ธนาคารกสิกรไทย", "1234567890, SCB"; or a copula that names it ("ส่วน 1234567890
# คือเลขบัญชีที่จะโอนคืน", "1234567890 เป็นบัญชีออมทรัพย์", "1234567890 is my KBank account").
# Anything else (an e-mail, a word) breaks the link.
_GAP_TO_BANK_AFTER = re.compile(
    r"[\s(\[,:/\-]*(?:(?:คือ|เป็น|=|(?i:is|was)(?:\s+(?:my|our|the|his|her|their))?)\s*(?:เลข(?:ที่)?\s*)?)?"
)


# --- Structured data: a column headed "account", or an "account" key -------------------------
# A table names the kind once, in its header (``name;account;note``, ``| ชื่อ | เลขบัญชี |``,
# ``INSERT INTO payroll (name, bank_account)``); each cell below is then an account, however far
# the banking word is. Bare ``account`` (not a banking cue in prose: a user account, an e-mail
# account) counts only as a header or as a key right before the number (``"account":
# "1234567890"``, ``Account: 123-4-56789-0``).
_HEADER_CUES = CueIndex(
    phrases=[
        "account",
        "acct",
        "acc_no",
        "acc no",
        "a/c",
        "บัญชี",
        "บช.",
        "bank_acc",
        "bankacc",
    ]
)
# A header that names something about the account other than its number.
_NOT_NUMBER_HEADER = re.compile(
    r"amount|balance|type|name|holder|status|manag|owner|mail|user|login|aws|cloud|gcp|azure|"
    r"project|tenant|(?<!sav)(?<!receiv)ing|ชื่อ|ยอด|ประเภท|สถานะ|จำนวน|คงเหลือ|วงเงิน|ดอกเบี้ย|สาขา|branch"
)
# Not bare "เงิน" (money): "บัญชีรับเงินเดือน", "บัญชีรับเงิน" (the account a salary or a payment
# goes to) name the number; an amount column is ยอด/จำนวน/คงเหลือ, and its values are no account's
# shape anyway. "-ing" names another kind of account (billing, marketing, trading), except a
# savings or a receiving account.
# A header or key that says bank outright: a 12-digit state-bank number or any bank grouping.
_STRONG_HEADER = re.compile(r"bank|บัญชี|ธนาคาร|บช|acct|a/c")
_ACCOUNT_SHAPE = re.compile(r"\d+(?:[- ]\d+){0,3}", re.ASCII)
_KEY_VALUE = value_after_cue(r"\d+(?:[- ]\d+){0,3}")
_KEY_CUES = CueIndex(phrases=["account"])  # the other keys are BANK_CUES already


def account_shaped(value: str, strong: bool) -> bool:
    """``value`` is written as a Thai account number: 10 digits (12 when ``strong``: the header
    says bank), or a grouping banks print. ``123-456-7890`` (an ads or customer ID as often)
    only under a header that says bank."""
    if not _ACCOUNT_SHAPE.fullmatch(value):
        return False
    groups = value.replace("-", " ").split()
    sizes = tuple(len(g) for g in groups)
    if len(sizes) == 1:
        return sizes[0] == 10 or (strong and sizes[0] == 12)
    return sizes in _BANK_GROUPINGS and (strong or sizes != (3, 3, 4))


def _structured(text: str) -> Iterator[Span]:
    """Accounts under a column header naming them, or right after a bare ``account`` key."""
    for cue, start, end in header_cells(_HEADER_CUES, text):
        header = header_text(text, cue)
        if _NOT_NUMBER_HEADER.search(header):
            continue
        if account_shaped(text[start:end], strong=_STRONG_HEADER.search(header) is not None):
            yield Span("TH_BANK_ACCOUNT", start, end, 0.85)
    for cue, match in anchored(_KEY_CUES, _KEY_VALUE, text):
        if text.find("\n", cue.end, match.start("value")) >= 0:
            continue  # a header's last column: the next row is not this key's value
        if _NOT_NUMBER_HEADER.search(header_text(text, cue)):
            continue
        if account_shaped(match.group("value"), strong=False):
            yield Span("TH_BANK_ACCOUNT", match.start("value"), match.end("value"), 0.85)


# English prose names the account by the bare word, with a few words between ("THB 325,061 left
# my account 327-4-31453-4", "changed the payout account to 807-4-60383-2"). "account" alone is
# as often a login, so the number must be printed the way a bank prints it, or be a plain 10
# digits (not a mobile's) in a text that speaks of baht.
_PROSE_VALUE = re.compile(
    r"(?i)(?:[ ](?:no\.?|number|#))?(?:[ ]?(?:is|was|to|of|ending in|[:#]))?[ ]"
    r"(?P<value>\d+(?:[- ]\d+){0,3})(?![A-Za-z0-9])(?![-/]\d)"
)
_BAHT = re.compile(r"(?i)(?<![a-z])(?:thb|baht)(?![a-z])|฿|บาท")
_BAHT_REACH = 200


def _prose_accounts(text: str) -> Iterator[Span]:
    """Numbers after the English word "account" in prose (see ``_PROSE_VALUE``)."""
    for _cue, match in anchored(_KEY_CUES, _PROSE_VALUE, text):
        start, end = match.span("value")
        digits = match.group("value").replace("-", "").replace(" ", "")
        sizes = tuple(len(g) for g in match.group("value").replace("-", " ").split())
        if _printed_by_a_bank(digits, sizes) or (
            len(sizes) == 1
            and len(digits) == 10
            and not _MOBILE.fullmatch(digits)
            and _BAHT.search(text, max(0, start - _BAHT_REACH), end + _BAHT_REACH) is not None
        ):
            yield Span("TH_BANK_ACCOUNT", start, end, 0.8)


class ThaiBankAccountRecognizer(ThaiRecognizer):
    """10- and 12-digit account numbers next to a banking cue."""

    ENTITIES = ("TH_BANK_ACCOUNT",)
    NEEDS_DIGIT = True

    def find(self, text: str) -> Iterator[Span]:
        if not has_long_run(text):
            return  # no run of 10 digits (with separators) anywhere
        structured: set[int] = set()
        for span in itertools.chain(_structured(text), _prose_accounts(text)):
            if span.start not in structured:
                structured.add(span.start)
                yield span
        # Banking words are rarer than long digit runs (IDs, phones, order numbers), and the
        # text's cue pass is shared with the other recognizers (done once per text): look for
        # them before scanning the text for runs.
        bank = hits(BANK_CUES, text)
        transfer = hits(TRANSFER_CUES, text)
        if not bank and not transfer:
            return  # the common case: no banking word anywhere
        runs = [m.span() for m in run_matches(_RUN, text) if m.end() - m.start() >= 10]
        if not runs:
            return
        context = _Context(text, bank, hits(_COMPETING_CUES, text), hits(PROMPTPAY_CUES, text), transfer)
        for start, end in runs:
            taken = -1
            if start in structured:
                continue  # found as a table cell or a keyed value
            for window in windows(text, start, end, (10, 12)):
                if window.first <= taken:
                    continue
                if (
                    len(window.sizes) > 1
                    and window.sizes not in _BANK_GROUPINGS
                    and not _account_key_before(text, window.start)
                ):
                    continue  # not how banks print numbers
                if window.sizes == (4, 4, 4) and (
                    _FOURTH_GROUP.match(text, window.end)
                    or _FOURTH_GROUP_BEFORE.search(text, max(0, window.start - 5), window.start)
                ):
                    continue  # "4111 1111 1111 1111": 12 of the 16 digits of a card
                score = context.score(window.start, window.end, window.digits, window.sizes)
                if score and _in_other_column(text, window.start, window.end):
                    score = 0.0
                if not score and _payout_row(text, window.start, window.end, window.digits):
                    score = 0.8
                if score:
                    taken = window.last
                    yield Span("TH_BANK_ACCOUNT", window.start, window.end, score)


# A payroll or bulk-payment file pasted without its header ("convert to the KTB bulk format",
# "ไฟล์โอนเงินเดือน"): each line a payee, their account and the amount ("สมชาย ใจดี,
# 1101700230708,1234567890,25000.00"). The line's shape (a name, an amount with satang) and a
# payout word in the text say what the bare 10/12-digit cell is; the text's banking word
# (required before the runs are scanned) says it is a bank's file.
_PAYOUT_WORDS = re.compile(
    r"(?i)payroll|salary|salaries|bulk|disburse|payout|wages?(?![a-z])|เงินเดือน|ค่าจ้าง|ค่าแรง|เบิกจ่าย|จ่ายเงิน|โอนเงิน"
)
_CELL_DELIMITERS = ",;\t|"
_SATANG_AMOUNT = re.compile(r"(?<![\d.])\d{1,3}(?:,?\d{3})*\.\d{2}(?![\d.])")
_NAME_CELL = re.compile(r"[A-Za-z\u0e01-\u0e2e]{2,}")


# A competing cue this close before a number is the number's own label ("ref 8434...").
_OWN_CUE_NEAR = 6


def _payout_row(text: str, start: int, end: int, digits: str) -> bool:
    """``text[start:end]`` is a whole cell of a delimited line holding a name and a baht amount,
    in a text about paying people (see ``_PAYOUT_WORDS``)."""
    if len(digits) not in (10, 12) or _MOBILE.fullmatch(digits):
        return False
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    if before not in _CELL_DELIMITERS + "\n" or after not in _CELL_DELIMITERS + "\r\n":
        return False
    if before == "\n" and after in "\r\n":
        return False  # alone on its line: no row
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > 300:
        return False
    rest = text[line_start:start] + " " + text[end:line_end]
    return (
        _SATANG_AMOUNT.search(rest) is not None
        and _NAME_CELL.search(rest) is not None
        and _mentions_payout(text)
    )


@functools.lru_cache(maxsize=8)
def _mentions_payout(text: str) -> bool:
    """Once per text (a payroll file has thousands of rows): see ``_PAYOUT_WORDS``."""
    return _PAYOUT_WORDS.search(text) is not None


# A key or label that says "account number" right before the value ("acct": "002-4024-13628",
# "เลขที่บัญชี: 020-1234-56789", "A/C No. 12-3456-7890"): then any grouping of 10 or 12 digits
# is the account, printed the way that bank (or that form) groups it.
_ACCOUNT_KEY_BEFORE = re.compile(
    r"(?i)(?:(?:acct|a/c|บัญชี|บช\.?)(?:[ _\-]?(?:no\.?|number|num))?|(?:account|acc)[ _\-]?(?:no\.?|number|num))"
    r"[\"'\\]*[ \t]*[:=：][ \t]*[\"'\\]*\Z"
)


def _account_key_before(text: str, start: int) -> bool:
    return _ACCOUNT_KEY_BEFORE.search(text, max(0, start - 24), start) is not None


def _in_other_column(text: str, start: int, end: int) -> bool:
    """The number is a table cell under a column that names something else (``phone``,
    ``citizen_id``): a banking word nearby is another column's header, not this number's."""
    name = column_name(text, start, end)
    return name is not None and not _STRONG_HEADER.search(name.lower()) and "account" not in name.lower()


# A transfer slip or a statement prints the account in a bank's own grouping (123-4-56789-0,
# 123-456789-0) under the payee's name, a few lines below its heading ("โอนเงินสำเร็จ", "ไปยัง
# ชื่อ" / "011-700377-6"): three groups or more are the bank's print, not a phone's or an order's,
# so the banking word may be this far back (a nearer competing cue still wins).
_SLIP_BEFORE = 200
_CLAUSE_BEFORE = 80  # on the number's line with only words between (see _Context._cue_before)
_NOT_BANK_PRINT = frozenset({(3, 3, 4), (4, 4, 4)})  # a phone's grouping; 12 of a card's 16


def _printed_by_a_bank(digits: str, sizes: tuple[int, ...]) -> bool:
    return (
        len(sizes) >= 3
        and sizes in _BANK_GROUPINGS
        and sizes not in _NOT_BANK_PRINT
        and not _MOBILE.fullmatch(digits)
    )


# A transfer slip (or a bank app's screenshot, OCR'd) prints the payee as "ไปยัง <name>" / "To
# <name>" and the account, ungrouped or masked, alone on the next line. The payee line says whose
# account the number is even when the slip's heading is several lines up.
_PAYEE_LINE = re.compile(
    r"[ \t]*(?:ไปยัง|ไปที่|ถึง|ผู้รับ(?:เงิน|โอน)?|(?i:to|payee|recipient)(?![A-Za-z]))[ \t:]*[^\d\n]{2,60}"
)


def _under_payee_line(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is alone on its line (a bank's name after it may stay), right under a
    payee line (see ``_PAYEE_LINE``)."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip(" \t"):
        return False
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    if any(ch.isdigit() for ch in rest):
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return _PAYEE_LINE.fullmatch(text, above, line_start - 1) is not None


class _Context(NamedTuple):
    """The cues of one text that decide whether a number is an account."""

    text: str
    bank: CueHits
    competing: CueHits
    promptpay: CueHits
    transfer: CueHits

    def score(self, start: int, end: int, digits: str, sizes: tuple[int, ...]) -> float:
        mobile = bool(_MOBILE.fullmatch(digits))
        reach = _BEFORE if mobile else _CLAUSE_BEFORE
        reach = _SLIP_BEFORE if _printed_by_a_bank(digits, sizes) else reach
        bank_before = self._cue_before(self.bank, start, reach)
        if bank_before is None and not (len(sizes) == 1 and mobile):
            bank_before = self._cue_before(self.transfer, start, reach)  # see TRANSFER_CUES
        other_before = self.competing.distance_before(start, reach)
        if bank_before is not None and other_before is not None and other_before < bank_before:
            bank_before = None  # "บัญชี ... โทร 0812345678": the phone cue is nearer
        after = self.bank.first_start_within(end, end + _AFTER)
        if after is not None and (
            not _GAP_TO_BANK_AFTER.fullmatch(self.text, end, after)
            # "ref 843490750235 / โอนเข้า ...": the reference's own cue right before it, and the
            # banking word after it opens the next entry
            or (other_before is not None and other_before <= _OWN_CUE_NEAR)
        ):
            after = None
        # A slip's payee account alone under "ไปยัง <name>" (see _under_payee_line).
        payee = not mobile and _under_payee_line(self.text, start, end) and self._slip_heading(start)
        if bank_before is None and after is None and not payee:
            return 0.0
        if _MOBILE.fullmatch(digits) and self.promptpay.distance_before(start, _BEFORE) is not None:
            return 0.0  # PromptPay by phone number: a phone, not an account
        if len(sizes) > 1:
            return 0.95  # a grouping banks print
        return 0.9 if len(digits) == 10 else 0.85

    def _slip_heading(self, start: int) -> bool:
        """A transfer or banking word within a slip's height above ``start``."""
        return (
            self.transfer.distance_before(start, _SLIP_BEFORE) is not None
            or self.bank.distance_before(start, _SLIP_BEFORE) is not None
        )

    def _cue_before(self, cues: CueHits, start: int, reach: int) -> int | None:
        """Distance back to the nearest cue of ``cues``: within ``_BEFORE`` always, and up to
        ``reach`` when the number is printed by a bank (``_SLIP_BEFORE``) or when only words lie
        between, on one line (``_CLAUSE_BEFORE``: the payee's name, "โอนคืนให้ลูกค้า นางสาว...
        เลข 1234567890")."""
        distance = cues.distance_before(start, reach)
        if distance is None or distance <= _BEFORE or reach == _SLIP_BEFORE:
            return distance
        between = self.text[start - distance : start]
        return None if "\n" in between or any(ch.isdigit() for ch in between) else distance
