"""Public figures in the news a prompt asks about: whose names the conventions leave unlabelled.

DESIGN.md's annotation conventions (and every blind writer since session 5) leave public figures in
news and public facts unlabelled; ThaiNER, real news, labels them. The two agree on a narrower
rule: in a request about the news ("สรุปข่าวนี้", "summarise this news article") a name written with a
national political office beside it (นายกรัฐมนตรี, หัวหน้าพรรค, opposition leader) is a public
figure. A company's director or a school's principal stays a private person in his role, and a
name with its office in a complaint or a case file stays a name. ThaiNER's raw news holds no such
request. The PERSON recognizer drops such names; the s.26 model does not let them anchor a term.
"""

from __future__ import annotations

import re

_POLITICAL_OFFICE = (
    r"(?:อดีต|รอง)?(?:นายกรัฐมนตรี|นายกฯ|รัฐมนตรี(?:ว่าการ|ช่วยว่าการ)?(?:กระทรวง[ก-๙]+)?|รมว\.[ก-๙.]*|รมช\.[ก-๙.]*"
    r"|หัวหน้าพรรค[ก-๙]*|ผู้นำฝ่ายค้าน(?:ในสภา)?|ประธานสภา[ก-๙]*|ประธานวุฒิสภา|ผู้ว่าราชการกรุงเทพมหานคร|ผู้ว่าฯ[ ]?กทม\.?"
    r"|เลขาธิการพรรค[ก-๙]*|โฆษกพรรค[ก-๙]*|โฆษกรัฐบาล"
    # The heads of national agencies, who speak for them in the news: a department's director-
    # general, a commission's secretary-general, a ministry's permanent secretary, the central
    # bank's governor, the police chief, the attorney general, the ombudsman.
    r"|อธิบดีกรม[ก-๙]+|เลขาธิการคณะกรรมการ[ก-๙]+|เลขาธิการ[ ]?(?:กกต|สปสช|กสทช|ป\.ป\.ช|สพฐ|สมช|ก\.ล\.ต)\.?"
    r"|ปลัดกระทรวง[ก-๙]+|ผู้ว่าการธนาคารแห่งประเทศไทย|ผู้ว่าการ[ ]?ธปท\.?|ผู้บัญชาการตำรวจแห่งชาติ|อัยการสูงสุด"
    r"|ผู้ตรวจการแผ่นดิน)"
)
_OFFICE_BEFORE = re.compile(
    _POLITICAL_OFFICE + r"[ ]{0,2}\Z"
    r"|(?i:(?:former |deputy |acting )?(?:prime minister|pm|opposition leader|party leader|leader of the [a-z]+ party"
    r"|finance minister|foreign minister|interior minister|health minister|minister of [a-z]+|bangkok governor"
    r"|director-general of the [a-z ]+ department|secretary-general of the [a-z ]+ commission))[ ]\Z"
)
# After the name: the office itself, or held, left or taken ("พ้นจากตำแหน่งนายกรัฐมนตรี", "ดำรงตำแหน่ง
# รัฐมนตรีว่าการ...", "เป็นนายกรัฐมนตรี").
_OFFICE_AFTER = re.compile(
    r"[ ]{0,2}(?:\(?(?:พ้นจากตำแหน่ง|ดำรงตำแหน่ง|เป็น)?" + _POLITICAL_OFFICE + r")"
    r"|,[ ](?i:(?:the )?(?:former |deputy )?(?:prime minister|opposition leader|leader of the|party leader|minister"
    r"|director-general of|secretary-general of))"
)
_OFFICE_HINTS = (
    "นายก", "รัฐมนตรี", "รมว.", "รมช.", "พรรค", "ฝ่ายค้าน", "ประธานสภา", "วุฒิสภา", "ผู้ว่า",
    "inister", "leader", "PM ", "overnor", "อธิบดี", "เลขาธิการ", "ปลัดกระทรวง", "ผู้ว่าการ", "ตำรวจแห่งชาติ",
    "อัยการสูงสุด", "ผู้ตรวจการแผ่นดิน", "โฆษกรัฐบาล", "irector-general", "ecretary-general",
)
_NEWS_REQUEST = re.compile(
    r"ข่าวนี้|สรุปข่าว|บทความข่าว|ข่าวต่อไปนี้|ข่าวสำนักงาน|ข่าวประชาสัมพันธ์|ย้อนรอย|บทวิเคราะห์|วิเคราะห์ตลาด|แถลงข่าว"
    r"|(?:[Nn]ews|NEWS|[Hh]eadlines?|[Pp]ress release|[Mm]arket commentary|[Ee]ditorial)(?![a-z])"
)
# Substrings of every _NEWS_REQUEST match: a text without one asks about no news (one C scan each).
_NEWS_HINTS = ("ข่าว", "ย้อนรอย", "วิเคราะห์", "ews", "EWS", "eadline", "ress release", "ommentary", "ditorial")
OFFICE_REACH = 40


def names_office_holders(text: str) -> bool:
    """``text`` is a request about the news and names a political office."""
    return (
        any(word in text for word in _NEWS_HINTS)
        and any(word in text for word in _OFFICE_HINTS)
        and _NEWS_REQUEST.search(text) is not None
    )


def public_office_holder(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` is written with a political office right before or after it."""
    return (
        _OFFICE_BEFORE.search(text, max(0, start - OFFICE_REACH), start) is not None
        or _OFFICE_AFTER.match(text, end) is not None
    )
