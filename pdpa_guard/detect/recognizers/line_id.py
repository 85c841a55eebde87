"""LINE IDs (``LINE_ID``): the handle people give out to be added on LINE, only after a cue.

A LINE ID is 3-20 characters of ``[A-Za-z0-9._-]`` (an official account's is ``@handle``), which
is the shape of any short word, so the recognizer reports one only right after a cue:

* Thai cues (ไลน์, ไอดีไลน์, ไลน์ไอดี, แอดไลน์) and ``line id``/``lineid``/``line_id`` take any
  value of that shape; ``ไลน์`` inside ``ออนไลน์`` (online) is not a cue;
* bare ``line``/``Line``/``LINE`` is also an English word (a line of code, a log's ``line 12``),
  so it needs a colon, ``is`` or an ``@handle`` after it (``line: somchai99``, ``Their LINE is
  natthong.k``, ``Line @shopname``), or a space after the brand spelling ``LINE``; and a plain
  word is not a handle unless a colon follows ``Line``/``LINE`` (``line: error`` in a log,
  ``LINE is popular`` in prose).

People also put a few words between the cue and the ID (``ไลน์นี้ได้เลย id kittiphon-985 ค่ะ``,
``ทักไลน์มาได้เลยค่ะ @shop-99``): after a cue, a short stretch of Thai words may come before the
ID when an ``id``/``ไอดี`` introduces it or when the value is plainly a handle (an ``@handle``,
or one with a digit, ``_`` or ``.`` after a word such as ``เป็น``, ``ที่`` or ``เลย``). And a
handle may sit bare between Thai words after the brand spelling (``ติดต่อทาง LINE phiphi
เท่านั้น``). ``ไลน์ผลิต`` (a production line) and ``ไลน์แมน`` (LINE MAN) are no cues.

A value must contain a letter, or be a phone number (people use their phone number as their
LINE ID); ``line 12`` and ``line: 42`` are never IDs. The span includes a leading ``@``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pdpa_guard.detect.recognizers._cues import Cue, CueIndex
from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer
from pdpa_guard.detect.recognizers.cued_numbers import english_variants, header_cells

_VALUE = r"(?P<value>@?[A-Za-z0-9._\-]{3,20})(?![A-Za-z0-9._\-@])"
_STRONG_CUES = CueIndex(
    phrases=[
        "ไอดีไลน์",
        "ไลน์ไอดี",
        "แอดไลน์",
        "ไลน์",
        *english_variants("line", suffixes=("id",)),
        *english_variants("id", "add", suffixes=("line",)),
        # S7: "LINE me at siriporn.pet", "add me on LINE: ploy_jira"
        "line me at",
        "line me on",
        "add me on line",
    ],
    not_after={"ไลน์": ("ออน",)},  # ออนไลน์ is "online"
    not_before={"ไลน์": ("ผลิต", "การผลิต", "ประกอบ", "แมน")},  # a production line; LINE MAN
)
# Between a strong cue and the ID: spaces, ":", "=", the quotes of a JSON/YAML key
# ("line_id": "somchai99", escaped inside a tool call's arguments: \"line_id\":\"somchai99\"),
# and a few words ("คือ", "มาที่", "ของผม", "is"). Thai drops ของ before the owner: "ไอดีไลน์หนู
# nut_99", "ไลน์ผม somchai99", "ไลน์ร้าน @shop99", "ไลน์ส่วนตัว fern.k". Or someone else's, as
# a ward's referral, a school's or a shop's note writes it: "ไลน์ญาติ sakka940", "ไลน์ผู้ปกครอง
# mali_2541", "ไลน์ลูกค้า @nid.k", "ไลน์แม่ ploy.p".
_OWNER = (
    r"(?:ผม|ฉัน|หนู|เรา|ดิฉัน|พี่|น้อง|เค้า|เขา|ชั้น|ร้าน|ส่วนตัว"
    r"|ญาติ|ผู้ปกครอง|ลูกค้า|ลูกสาว|ลูกชาย|ลูก|คนไข้|ผู้ป่วย|แม่|พ่อ|สามี|ภรรยา|แฟน|เพื่อน|ผู้ติดต่อ)"
)
_OWNER_RE = re.compile(_OWNER)
_STRONG_VALUE = re.compile(
    rf"(?:[\s:：=\-\"'\\]|คือ|มาที่|ได้ที่|ที่|มา|ของ{_OWNER}?|{_OWNER}|(?i:is)(?![A-Za-z])){{0,6}}" + _VALUE
)
_WEAK_CUES = CueIndex(exact=["line", "Line", "LINE"])
# After bare "line": a colon, an @handle, "is"/"คือ", or (after the brand spelling LINE) a space.
_WEAK_VALUE = re.compile(r"(?P<link>\s?[:：]\s?|\s(?=@)|\s(?:is|คือ)\s|\s)" + _VALUE)
_PHONE_LIKE = re.compile(r"0\d{8,9}")
_PAREN_VALUE = re.compile(
    r" \((?:(?i:his|her|my|their|the)[ ])?(?:(?i:line[ ])?(?i:id)[ ]?[:：][ ]?)?(?P<value>@?[A-Za-z0-9._\-]{3,20})\)"
)
# A few Thai words (no digits, no new line) between a cue and the ID: "ไลน์นี้ได้เลย id ...".
_THAI_GAP = r"[\u0e00-\u0e7f \t,:：]{0,30}?"
_ID_WORD = r"(?:(?<![A-Za-z])(?i:id)(?![A-Za-z])|ไอดี)"
# ... then "id"/"ไอดี" (and whose: "ไอดีผม khunmayd") and the value, or a value that is plainly a handle.
_GAP_VALUE = re.compile(
    rf"{_THAI_GAP}(?:(?P<id>{_ID_WORD})(?:[\s:：=\-\"']|คือ|(?i:is)(?![A-Za-z])|{_OWNER}){{0,4}}|(?<=[\s\u0e00-\u0e7f]))"
    + _VALUE
)
_HANDLE = re.compile(r"[^@]*[\d_.][^@]*")
_DOMAIN = re.compile(r"(?i)\.(?:com|net|org|co|th|io|me|app|ai|info|biz)$")
# Without "id", the gap must end in a word that hands over to a value ("ไลน์ส่วนตัวเป็น nut_99",
# "ทักไลน์มาได้เลยค่ะ nut_99"), not name a thing ("ไลน์กลุ่ม dev_team").
_LINK_END = re.compile(r"(?:คือ|เป็น|ชื่อ|ที่|เลย|ค่ะ|คะ|ครับ|นะ|จ้า)[\s:：]*$")
# After the brand spelling between Thai words: "ติดต่อทาง LINE phiphi เท่านั้น".
_THAI_BEFORE = re.compile(r"[\u0e00-\u0e7f]\s?$")
_THAI_AFTER = re.compile(r"\s?[\u0e00-\u0e7f]")
# Words written after "LINE" that name a LINE product or feature, not a person's handle.
_PRODUCT_WORDS_TEXT = (
    "official oa account group chat app pay man notify login call works today shopping tv "
    "my melody gift sticker stickers theme id messenger voom keep web desktop mobile pc ads bot "
    "liff api sdk business lineman card number no and or the ok please "
    "album albums note notes openchat square video voice meeting timeline story bank bk music games "
    "point points coupon coupons"
)
_PRODUCT_WORDS = frozenset(_PRODUCT_WORDS_TEXT.split())
# A group chat named after the cue: "แชทกลุ่ม LINE ward อายุรกรรม", "ในกลุ่มไลน์ nurses",
# "LINE group: sales", "ห้องแชท LINE finance". A group's name is ordinary words, not a person's
# handle; a plain word there is dropped (a handle with a digit, "_", "." or "@" still counts:
# "แชทกลุ่ม LINE แอด @nan_2540").
_GROUP_BEFORE = re.compile(r"(?:กลุ่ม|แชท|ห้อง|โอเพนแชท|(?i:group|chat|openchat|room))[\s:：]*\Z")
_GROUP_AFTER = re.compile(r"[\s:：]*(?:กลุ่ม|(?i:group|openchat|chat)(?![A-Za-z]))")


# Structured data. A JSON key "line" with a string value (``"line": "@jaja.za"``, also escaped
# inside a tool call's arguments: ``\\"line\\": \\"fern485\\"``), and a table column headed
# line / line_id / ไลน์. Bare "line" is also a line of code or a production line, so a plain word
# there counts only in a contact record: an e-mail, phone or name key or column beside it.
_QUOTE = r"""\\?["']"""
_JSON_VALUE = re.compile(rf"{_QUOTE}\s*[:：]\s*{_QUOTE}{_VALUE}{_QUOTE}")
_CELL = re.compile(r"@?[A-Za-z0-9._\-]{3,20}")
_CONTACT_KEYS = re.compile(r"(?i)e-?mail|phone|mobile|(?<![a-z])tel|(?<![a-z])name|ชื่อ|เบอร์|โทร|อีเมล")
_RECORD_REACH = 300  # how far back the keys of the same record may be
# A handle right after a verb of getting in touch, with no LINE cue: "ผู้ปกครองติดต่อ
# tonkla840", "ทักมาที่ @shop_99". Only a value that is plainly a handle: lower case, with a
# digit, "_" or "." inside, or an @handle (not "ติดต่อ HR", "ติดต่อ Dr.Somchai", "ext.12").
_CONTACT_CUES = CueIndex(phrases=["ติดต่อ", "ทักมาที่", "ทักไปที่", "แอดมาที่", "แอดไปที่"])
_CONTACT_VALUE = re.compile(r"[ \t:：]{0,3}" + _VALUE + r"(?=\.?(?:\s|[\u0e00-\u0e7f]|$))")
_PLAIN_HANDLE = re.compile(r"@[A-Za-z0-9._\-]{3,20}|(?=[a-z0-9._]*[a-z])(?=[a-z0-9._]*[\d_.])[a-z0-9._]{3,20}")
_NOT_HANDLE = re.compile(r"(?i)ext|www\.|v?\d+(?:\.\d+)+$")


class LineIdRecognizer(ThaiRecognizer):
    """LINE IDs after a LINE cue."""

    ENTITIES = ("LINE_ID",)

    def find(self, text: str) -> Iterator[Span]:
        for span in self._find(text):
            if text[span.start : span.end].isalpha() and _in_group_chat(text, span.start):
                continue
            yield span

    def _find(self, text: str) -> Iterator[Span]:
        seen: set[int] = set()
        unmatched = []
        for cue in _STRONG_CUES.find(text):
            match = _STRONG_VALUE.match(text, cue.end)
            # "ไลน์ผม update ไม่ได้": after bare ไลน์ and an owner, a plain word is no handle.
            strict = bool(match) and cue.phrase == "ไลน์" and _OWNER_RE.search(text, cue.end, match.start("value"))
            span = _judge(match, strict=bool(strict), score=0.9) if match else None
            if span is None:
                unmatched.append(cue)
            elif span.start not in seen:
                seen.add(span.start)
                yield span
        for cue in unmatched:  # an ID a few words after the cue ("ไลน์นี้ได้เลย id ...")
            span = _after_gap(text, cue.end, 0.85)
            if span and span.start not in seen:
                seen.add(span.start)
                yield span
        for cue in _WEAK_CUES.find(text):
            keyed = _JSON_VALUE.match(text, cue.end) if cue.start and text[cue.start - 1] in "\"'" else None
            if keyed is not None:
                span = _judge(keyed, strict=not _in_contact_record(text, cue.start), score=0.85)
                if span and span.start not in seen:
                    seen.add(span.start)
                    yield span
                continue
            match = _WEAK_VALUE.match(text, cue.end)
            span = self._after_weak(text, cue, match) if match else None
            if span is None and cue.phrase == "LINE":
                span = _after_gap(text, cue.end, 0.8)
            if span is None and text.startswith(" (", cue.end):
                # "moved to LINE (lisa_money49)", "LINE (his ID: capt.john.love67)": a handle alone
                # in the brackets after the app's name.
                paren = _PAREN_VALUE.match(text, cue.end)
                if paren and _PLAIN_HANDLE.fullmatch(paren.group("value")) and not _DOMAIN.search(paren.group("value")):
                    span = _judge(paren, strict=False, score=0.8)
            if span and span.start not in seen:
                seen.add(span.start)
                yield span

        yield from _columns(text, seen)
        yield from _social_handles(text, seen)
        if "LINE" in text or "ไลน์" in text:
            for match in _HANDLE_BEFORE_LINE.finditer(text):
                # Only a value plainly a handle: "the team on LINE", "him on LINE" are words.
                if match.start("value") not in seen and _PLAIN_HANDLE.fullmatch(match.group("value")):
                    span = _judge(match, strict=False, score=0.8)
                    if span:
                        seen.add(span.start)
                        yield span
        for cue in _CONTACT_CUES.find(text):
            match = _CONTACT_VALUE.match(text, cue.end)
            if match is None or match.start("value") in seen:
                continue
            value = match.group("value").rstrip(".")
            if _PLAIN_HANDLE.fullmatch(value) and not _NOT_HANDLE.match(value) and not _DOMAIN.search(value):
                span = _judge(match, strict=False, score=0.75)
                if span:
                    seen.add(span.start)
                    yield span

    @staticmethod
    def _after_weak(text: str, cue: Cue, match: re.Match[str]) -> Span | None:
        link, value = match.group("link"), match.group("value")
        colon = ":" in link or "：" in link
        if link.isspace() and cue.phrase != "LINE" and not value.startswith("@"):
            # "line 12", "Line manager": only LINE (the brand) takes a bare space; except a value
            # that is plainly a handle in a person's contacts, as a chat or a form types it in
            # lower case: "เบอร์ 093-832-0951 line boss.cm", "tel 0812345678, line nok_99".
            if not _contact_handle(text, cue, value):
                return None
            return _judge(match, strict=False, score=0.8)
        # "line: error", "LINE is popular": a plain word after these is not a handle, unless it
        # stands between Thai words after the brand ("ทาง LINE phiphi เท่านั้น").
        strict = cue.phrase == "line" or not colon
        if strict and cue.phrase == "LINE" and link.isspace() and value.islower():
            strict = not (
                (_THAI_BEFORE.search(text, max(0, cue.start - 2), cue.start) and _THAI_AFTER.match(text, match.end()))
                # or right after a phone number, the contact listed before it: "ติดต่อแม่: 081-438-6143 /
                # LINE khrumook" (any lower-case word there; a product word is refused by _judge)
                or _PHONE_BEFORE.search(text, max(0, cue.start - 24), cue.start) is not None
            )
        return _judge(match, strict=strict, score=0.85)


# A phone number just before the cue (the contact listed before the LINE handle).
_PHONE_BEFORE = re.compile(r"(?:\+66[ \-]?|0)\d(?:[ \-]?\d){7,9}\D{0,4}\Z")
_CONTACT_LINE_REACH = 60


def _contact_handle(text: str, cue: Cue, value: str) -> bool:
    """After bare ``line``/``Line`` and a space: ``value`` is plainly a handle (see
    ``_PLAIN_HANDLE``) and a phone number or contact key precedes it on its line."""
    handle = value.rstrip(".")
    if not _PLAIN_HANDLE.fullmatch(handle) or _NOT_HANDLE.match(handle) or _DOMAIN.search(handle):
        return False
    lo = max(text.rfind("\n", 0, cue.start) + 1, cue.start - _CONTACT_LINE_REACH)
    return (
        _CONTACT_KEYS.search(text, lo, cue.start) is not None
        or _PHONE_BEFORE.search(text, lo, cue.start) is not None
        or text.find("@", lo, cue.start) >= 0  # an e-mail address listed before it
    )


def _in_contact_record(text: str, at: int) -> bool:
    """An e-mail, phone or name key shortly before ``at``: the record is a person's contacts."""
    return _CONTACT_KEYS.search(text, max(0, at - _RECORD_REACH), at) is not None


def _header_has_contact(text: str, start: int, end: int) -> bool:
    """The header line around ``text[start:end]`` names an e-mail, phone or name column too."""
    line_end = text.find("\n", end)
    return _CONTACT_KEYS.search(text, text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end) is not None


def _columns(text: str, seen: set[int]) -> Iterator[Span]:
    """LINE IDs in a table column headed by a LINE cue (``name,email,line``)."""
    for index, strong in ((_STRONG_CUES, True), (_WEAK_CUES, False)):
        for cue, start, end in header_cells(index, text):
            if start in seen or not _CELL.fullmatch(text, start, end):
                continue
            value = text[start:end]
            if value.lstrip("@").lower() in _PRODUCT_WORDS or not any(ch.isalpha() for ch in value):
                continue
            # Under a bare "line" header, outside a contact table (no e-mail, phone or name
            # column), only an @handle: "line" also heads production lines and code lines.
            if not strong and not value.startswith("@") and not _header_has_contact(text, cue.start, cue.end):
                continue
            seen.add(start)
            yield Span("LINE_ID", start, end, 0.85)


# A social-media export names the person's handle under a "handle"/"screen_name" key beside
# their name ({"author": "Htun Thida", "handle": "ekwatsri6", "text": ...}): the account a
# person is reached at, reported as their chat ID. Only beside an author/name/user key: a
# "handle" alone is also a file or a window handle.
# A handle written before the app it is on: "(@ann.wara on LINE)", "somchai99 (LINE)", "@shop99 ทางไลน์".
_HANDLE_BEFORE_LINE = re.compile(
    r"(?<![A-Za-z0-9._\-@])(?P<value>@?[A-Za-z0-9._\-]{3,20})[ ]?(?:(?:on|via)[ ]LINE\b|\((?:LINE|ไลน์)\)|(?:บน|ทาง)[ ]?(?:LINE|ไลน์))"
)
_SOCIAL_KEY = re.compile(
    rf"{_QUOTE}(?:handle|screen_name|screenname|user_handle){_QUOTE}\s*[:：]\s*{_QUOTE}{_VALUE}{_QUOTE}", re.IGNORECASE
)
_AUTHOR_KEY = re.compile(rf"(?i){_QUOTE}(?:author|name|display_name|user|poster|from){_QUOTE}\s*[:：]")


def _social_handles(text: str, seen: set[int]) -> Iterator[Span]:
    """Handles under a social export's ``handle`` key in a record that names its author."""
    if "handle" not in text and "screen" not in text:
        return
    for match in _SOCIAL_KEY.finditer(text):
        if match.start("value") in seen:
            continue
        record = text.rfind("{", max(0, match.start() - _RECORD_REACH), match.start())
        if record < 0 or not _AUTHOR_KEY.search(text, record, match.start()):
            continue
        span = _judge(match, strict=False, score=0.75)
        if span:
            seen.add(span.start)
            yield span


def _in_group_chat(text: str, value_start: int) -> bool:
    """The LINE cue before a value at ``value_start`` names a group chat (see ``_GROUP_BEFORE``)."""
    lo = max(0, value_start - 40)
    window = text[lo:value_start].lower()
    at = max(window.rfind("line"), window.rfind("ไลน์"))
    if at < 0:
        return False
    cue_start = lo + at
    cue_end = cue_start + 4  # "line" and "ไลน์" are both four code points
    return (
        _GROUP_BEFORE.search(text, max(0, cue_start - 12), cue_start) is not None
        or _GROUP_AFTER.match(text, cue_end) is not None
    )


def _after_gap(text: str, at: int, score: float) -> Span | None:
    """The ID a few Thai words after a cue: introduced by "id"/"ไอดี", or plainly a handle."""
    match = _GAP_VALUE.match(text, at)
    if match is None:
        return None
    value = match.group("value")
    if _DOMAIN.search(value):
        return None  # "gmail.com": a web address after the words, not a handle
    handed_over = _HANDLE.fullmatch(value) and _LINK_END.search(text, at, match.start("value"))
    if match.group("id") is None and not value.startswith("@") and not handed_over:
        return None  # "ไลน์ดีกว่า email", "ไลน์กลุ่ม dev_team": not handed over as an ID
    return _judge(match, strict=False, score=score)


def _judge(match: re.Match[str], strict: bool, score: float) -> Span | None:
    value = match.group("value")
    start, end = match.start("value"), match.end("value")
    while value and value[-1] in ".-":  # "ไลน์ somchai99." ends a sentence
        value, end = value[:-1], end - 1
    handle = value.lstrip("@")
    if len(handle) < 3:
        return None
    if handle.lower() in _PRODUCT_WORDS:
        return None  # "ไลน์ Official", "LINE Pay"
    has_letter = any(ch.isalpha() for ch in handle)
    if not has_letter and not _PHONE_LIKE.fullmatch(handle):
        return None  # "line 12", "line: 42"
    if strict and not value.startswith("@") and handle.isalpha():
        return None  # a plain word, not a handle
    return Span("LINE_ID", start, end, score)
