"""Eleventh blind held-out set for pdpa-guard: bench/freshset11.jsonl (conversational traffic).

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md and the interface of tests/test_freshsets.py only. The emphasis of this set is conversational
traffic: customer chat messages typed by ordinary people (typos, slang, missing spaces, emoji, Thai-English
code-switching, nicknames), call-centre transcripts, agent notes, LINE/Messenger exports, chatbot
histories (JSON arrays of role/content messages), first-person disclosures, relatives talked about, and
hard negatives in the same register (people asking general questions about diseases, religions, politics,
laws and products without disclosing anything about a specific person). About a quarter is English-only.

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file (Faker is imported only to pin the environment).

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, แม่,
Mr, Dr ...); a nickname that names a specific person is a PERSON. ADDRESS is one span from the house
number to the postcode (or province); DATE_OF_BIRTH is the date only; cued numbers (HN, student ID,
account ...) are the number only; a plate includes the province written right after it; s.26 spans are
the shortest phrase disclosing the fact about the person (the writer included: "ผมเป็นเบาหวาน" labels
"เบาหวาน"). A topic, a policy, a statistic, a product or a general question is not s.26 data. Role
mailboxes (info@, hr@, support@ ...) and public figures in news are not personal data and are left
unlabelled. Chatbot persona names and agent role titles ("แอดมิน", "Agent") are not labelled.

    python bench/make_freshset11.py            # (re)write bench/freshset11.jsonl
    python bench/make_freshset11.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset11.py --stats    # print coverage
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import faker
import phonenumbers
from stdnum.th import moa, pin

# Faker is not used for any value in this set; the pin only records the environment it was built in.
GENERATED_WITH_FAKER = "40.54.0"
_ = faker  # imported so the pin above can be compared with the installed version by the tests

ENTITY_TYPES = [
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IP_ADDRESS", "TH_NATIONAL_ID",
    "TH_PASSPORT", "TH_BANK_ACCOUNT", "TH_VEHICLE_PLATE", "ADDRESS", "DATE_OF_BIRTH", "STUDENT_ID",
    "MEDICAL_RECORD_NUMBER", "LINE_ID", "TH_JURISTIC_ID",
    "HEALTH_DATA", "RELIGION", "ETHNICITY", "POLITICAL_OPINION", "CRIMINAL_RECORD", "SEXUAL_BEHAVIOUR",
    "DISABILITY", "TRADE_UNION", "GENETIC_DATA", "BIOMETRIC_DATA",
]
S26_TYPES = ENTITY_TYPES[-10:]

OUT = Path(__file__).resolve().parent / "freshset11.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset11"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_M = ["สมพงษ์", "ธนากร", "วีรยุทธ", "ชยพล", "ณรงค์ศักดิ์", "อดิศร", "กฤษณะ", "ภาคภูมิ", "ศักดิ์ดา", "เอกพล",
        "ปิยะพงษ์", "วิชัย", "สุวิทย์", "ธีระ", "อนันต์", "จักรพันธ์", "พีรพัฒน์", "ณัฐพล", "ทวีศักดิ์", "บุญส่ง"]
TH_F = ["ศิริพร", "กัญญารัตน์", "พัชราภรณ์", "นันทนา", "วาสนา", "รุ่งทิวา", "ปาริชาต", "สุภาวดี", "จุฑามาศ",
        "ชุติมา", "อรวรรณ", "เพ็ญศรี", "ลัดดาวัลย์", "มยุรี", "ธิดารัตน์", "ประภาพร", "สายใจ", "บุษบา", "นิตยา",
        "แพรวพรรณ"]
TH_OLD = ["บุญเรือน", "ทองคำ", "สำราญ", "คำแปง", "บัวลอย", "จำปี", "เฉลียว", "พยอม", "ทองหล่อ", "สมจิต"]
TH_SUR = ["ศรีสุข", "ทองดี", "แสงอรุณ", "บุญประเสริฐ", "วงศ์สวัสดิ์", "จันทร์หอม", "พรหมมา", "สุขเจริญ",
          "อินทร์แก้ว", "ชัยมงคล", "เพชรรัตน์", "ปัญญาดี", "ศรีวิเศษ", "คงสมบูรณ์", "รัตนพันธ์", "มีสุข",
          "ภูมิสวัสดิ์", "แก้วประเสริฐ", "ทรัพย์มาก", "นาคสุวรรณ", "สิทธิโชค", "พึ่งบุญ", "โพธิ์ทอง", "ดวงแก้ว"]
TH_NICK = ["ต้น", "เมย์", "บอล", "แนน", "ปุ้ย", "ตั้ม", "ฝน", "โอ๊ต", "มิ้นท์", "เบียร์", "กอล์ฟ", "จูน", "ปาล์ม",
           "แพร", "ฟ้า", "นุ่น", "เอก", "ปู", "ก้อย", "บีม", "อ้อม", "หนิง", "เต้ย", "โบว์"]
ROMAN = [("Thanakorn", "Srisuk"), ("Siriporn", "Thongdee"), ("Weerayut", "Saengarun"), ("Kanyarat", "Boonprasert"),
         ("Chayapol", "Wongsawat"), ("Patcharaporn", "Chanhom"), ("Adisorn", "Promma"), ("Nantana", "Sukcharoen"),
         ("Pheeraphat", "Inkaew"), ("Chutima", "Chaimongkol"), ("Jirawat", "Petcharat"), ("Orawan", "Panyadee"),
         ("Narongsak", "Khongsomboon"), ("Wassana", "Meesuk"), ("Ekkapol", "Naksuwan"), ("Pimchanok", "Sittichok")]
ROMAN_NICK = ["Ton", "May", "Ball", "Nan", "Tum", "Fon", "Oat", "Mint", "Beer", "Golf", "June", "Palm", "Prae",
              "Fah", "Noon", "Bow", "Tey", "Ning"]
WESTERN = ["Daniel Hughes", "Rebecca Lyons", "Marco Bianchi", "Sophie Laurent", "Kenji Tanaka", "Hannah Schmidt",
           "Ryan O'Neill", "Priya Raman", "Lucas Moreau", "Grace Whitaker", "Ahmed Karim", "Ingrid Halvorsen"]
MYANMAR = ["Aung Ko Latt", "Thida Win", "Kyaw Zin Htet", "Nilar Aye", "Zaw Min Oo"]
MYANMAR_TH = ["อ่อง โก ลัต", "ธิดา วิน", "จ่อ ซิน เท็ต", "นิลา เอ", "ซอ มิน อู"]
AGENTS = ["กมลวรรณ", "สุนิสา", "ภัทรา", "วิไลพร", "ศุภกิจ", "ธนวัฒน์"]


def thn(r: random.Random, female: bool | None = None) -> str:
    pool = TH_F if female else TH_M if female is False else r.choice([TH_M, TH_F])
    return f"{r.choice(pool)} {r.choice(TH_SUR)}"


def thn_nospace(r: random.Random) -> str:
    return f"{r.choice(r.choice([TH_M, TH_F]))}{r.choice(TH_SUR)}"


def old(r: random.Random) -> str:
    return f"{r.choice(TH_OLD)} {r.choice(TH_SUR)}"


def given(r: random.Random, female: bool | None = None) -> str:
    return r.choice(TH_F if female else TH_M if female is False else TH_M + TH_F)


def rom(r: random.Random, female: bool | None = None) -> str:
    pool = ROMAN if female is None else ROMAN[1::2] if female else ROMAN[0::2]  # the list alternates M, F
    g, s = r.choice(pool)
    return f"{g} {s}"


def nick(r: random.Random) -> str:
    return r.choice(TH_NICK)


def rnick(r: random.Random) -> str:
    return r.choice(ROMAN_NICK)


def west(r: random.Random, female: bool | None = None) -> str:
    return r.choice(WESTERN if female is None else WESTERN[1::2] if female else WESTERN[0::2])


def P(v: str) -> tuple[str, str]:
    return ("PERSON", v)


# ----------------------------------------------------------------------------------------------
# Fabricated values
# ----------------------------------------------------------------------------------------------
def _pin_digits(r: random.Random, first: str | None = None) -> str:
    body = (first or str(r.randint(1, 8))) + "".join(str(r.randint(0, 9)) for _ in range(11))
    return body + pin.calc_check_digit(body)


def nid(r: random.Random, style: str | None = None) -> str:
    d = _pin_digits(r)
    style = style or r.choice(["dash", "plain", "space", "plain"])
    if style == "plain":
        return d
    sep = "-" if style == "dash" else " "
    return sep.join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def juristic(r: random.Random, style: str | None = None) -> str:
    body = "0" + r.choice(["105", "107", "125", "135", "505", "835"]) + "5" + "".join(
        str(r.randint(0, 9)) for _ in range(7))
    body = body[:12]
    d = body + moa.calc_check_digit(body)
    style = style or r.choice(["plain", "dash", "plain"])
    if style == "plain":
        return d
    return "-".join([d[0], d[1:3], d[3], d[4:7], d[7:12], d[12]])


def epoch_ms(r: random.Random, lo: int = 1_700_000_000_000, hi: int = 1_860_000_000_000) -> str:
    """A 13-digit epoch-ms timestamp that happens to pass the Thai ID checksum."""
    while True:
        v = str(r.randint(lo, hi))
        if v[:2] in ("17", "18") and pin.is_valid(v):
            return v


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def card(r: random.Random, style: str | None = None) -> str:
    prefix = r.choice(["4", "4", "52", "54", "3530", "2223", "4"])
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(15 - len(prefix)))
    d = next(body + c for c in "0123456789" if _luhn_ok(body + c))
    style = style or r.choice(["space", "dash", "plain", "space"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    return sep.join([d[0:4], d[4:8], d[8:12], d[12:16]])


def _valid_phone(v: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, "TH"))
    except phonenumbers.NumberParseException:
        return False


def mobile(r: random.Random, style: str | None = None) -> str:
    while True:
        d = "0" + r.choice(["6", "8", "9"]) + "".join(str(r.randint(0, 9)) for _ in range(8))
        s = style or r.choice(["dash", "plain", "plain", "space", "intl", "intl_plain", "dash2"])
        n = d[1:]
        v = {
            "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}",
            "dash2": f"{d[:2]}-{d[2:6]}-{d[6:]}",
            "plain": d,
            "space": f"{d[:3]} {d[3:6]} {d[6:]}",
            "intl": f"+66 {n[:2]} {n[2:5]} {n[5:]}",
            "intl_plain": f"+66{n}",
        }[s]
        if _valid_phone(v):
            return v


def landline(r: random.Random) -> str:
    while True:
        area = r.choice(["02", "053", "043", "074", "038", "076"])
        rest = "".join(str(r.randint(0, 9)) for _ in range(9 - len(area)))
        if area == "02":
            rest = str(r.randint(2, 9)) + rest[1:]
        d = area + rest
        v = f"02-{d[2:5]}-{d[5:]}" if area == "02" else f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if _valid_phone(v):
            return v


FREE_MAIL = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.co.th", "icloud.com", "hotmail.co.th"]


def email(r: random.Random, who: str | None = None) -> str:
    if who and re.fullmatch(r"[A-Za-z' ]+", who):
        parts = who.replace("'", "").lower().split()
        g, s = parts[0], parts[-1]
    else:
        g, s = (x.lower() for x in r.choice(ROMAN))
    local = r.choice([f"{g}.{s}", f"{g}{r.randint(80, 99)}", f"{g}_{s[:3]}", f"{g[:3]}{s[:3]}{r.randint(1, 99)}",
                      f"{s}.{g[0]}"])
    return f"{local}@{r.choice(FREE_MAIL)}"


def ipv4(r: random.Random) -> str:
    while True:
        v = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
        if v.is_global:
            return str(v)


def passport(r: random.Random, kind: str = "th") -> str:
    if kind == "th":
        return r.choice(["AA", "AB", "AC", "A"]) + "".join(str(r.randint(0, 9)) for _ in range(7))
    if kind == "mm":
        return r.choice(["MC", "MD", "ME"]) + "".join(str(r.randint(0, 9)) for _ in range(6))
    return r.choice(["C", "E", "K"]) + "".join(str(r.randint(0, 9)) for _ in range(8))


BANKS = ["กสิกร", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรี", "ttb", "ออมสิน"]
BANKS_EN = ["KBank", "SCB", "Bangkok Bank", "Krungthai", "Krungsri", "ttb"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(10))
    style = style or r.choice(["dash", "plain", "plain", "gsb"])
    if style == "plain":
        return d
    if style == "gsb":
        return "0" + "".join(str(r.randint(0, 9)) for _ in range(11))
    return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"


PLATE_LETTERS = ["กข", "ขจ", "งก", "ฆย", "1กท", "2ขค", "3กจ", "ภข", "ศษ", "8กฐ", "วท", "ชน", "7กส"]
PROVINCES = ["กรุงเทพมหานคร", "นนทบุรี", "ชลบุรี", "เชียงใหม่", "ขอนแก่น", "สมุทรปราการ", "ปทุมธานี", "ระยอง",
             "นครปฐม", "ภูเก็ต"]


def plate(r: random.Random) -> str:
    letters = r.choice(PLATE_LETTERS)
    sep = r.choice([" ", " ", "-"]) if not letters[0].isdigit() else " "
    return f"{letters}{sep}{r.randint(1, 9999)} {r.choice(PROVINCES)}"


AREAS = [
    ("แขวงจอมพล", "เขตจตุจักร", "กรุงเทพฯ", "10900"),
    ("แขวงสวนหลวง", "เขตสวนหลวง", "กรุงเทพมหานคร", "10250"),
    ("แขวงบางจาก", "เขตพระโขนง", "กรุงเทพฯ", "10260"),
    ("แขวงทุ่งสองห้อง", "เขตหลักสี่", "กรุงเทพมหานคร", "10210"),
    ("ต.บางรักพัฒนา", "อ.บางบัวทอง", "จ.นนทบุรี", "11110"),
    ("ต.ช้างเผือก", "อ.เมืองเชียงใหม่", "จ.เชียงใหม่", "50300"),
    ("ต.ศิลา", "อ.เมืองขอนแก่น", "จ.ขอนแก่น", "40000"),
    ("ต.บ้านสวน", "อ.เมืองชลบุรี", "จ.ชลบุรี", "20000"),
    ("ตำบลรัษฎา", "อำเภอเมืองภูเก็ต", "จังหวัดภูเก็ต", "83000"),
    ("ตำบลบางพลีใหญ่", "อำเภอบางพลี", "จังหวัดสมุทรปราการ", "10540"),
    ("ต.คอหงส์", "อ.หาดใหญ่", "จ.สงขลา", "90110"),
    ("ต.ในเมือง", "อ.เมืองนครราชสีมา", "จ.นครราชสีมา", "30000"),
]
STREETS = ["ซ.ลาดพร้าว 101", "ซอยอ่อนนุช 44", "ถ.พหลโยธิน", "ซ.รามอินทรา 40", "ถนนสุขุมวิท", "ซอยวัดบัวขวัญ"]
ADDR_EN = [
    ("Soi On Nut 44", "Suan Luang", "Suan Luang", "Bangkok", "10250"),
    ("Huay Kaew Rd.", "Chang Phueak", "Mueang Chiang Mai", "Chiang Mai", "50300"),
    ("Phahonyothin Rd.", "Chom Phon", "Chatuchak", "Bangkok", "10900"),
    ("Soi Bang Phli 12", "Bang Phli Yai", "Bang Phli", "Samut Prakan", "10540"),
]


def house(r: random.Random) -> str:
    return r.choice([str(r.randint(3, 899)), f"{r.randint(1, 299)}/{r.randint(1, 120)}"])


def addr(r: random.Random, en: bool = False, postcode: bool = True) -> str:
    if en:
        st, sub, dist, prov, pc = r.choice(ADDR_EN)
        return f"{house(r)} {st}, {sub}, {dist}, {prov} {pc}"
    t, a, p, pc = r.choice(AREAS)
    moo = "" if t.startswith("แขวง") else r.choice(["", f" ม.{r.randint(1, 12)}", f" หมู่ {r.randint(1, 12)}"])
    street = r.choice(["", " " + r.choice(STREETS)]) if t.startswith("แขวง") else ""
    tail = f" {pc}" if postcode else ""
    return f"{house(r)}{moo}{street} {t} {a} {p}{tail}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dob(r: random.Random, style: str | None = None, lo: int = 1950, hi: int = 2007) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    be = y + 543
    style = style or r.choice(["th_long", "th_short", "slash_be", "en", "slash_ce", "th_short2"])
    return {
        "th_long": f"{d} {TH_MONTHS[m - 1]} {be}",
        "th_short": f"{d} {TH_MON[m - 1]} {be}",
        "th_short2": f"{d} {TH_MON[m - 1]} {str(be)[2:]}",
        "slash_be": f"{d}/{m}/{be}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "en": f"{d} {EN_MON[m - 1]} {y}",
        "slash_ce": f"{d:02d}/{m:02d}/{y}",
    }[style]


def student_id(r: random.Random, style: str | None = None) -> str:
    yy = r.randint(64, 69)
    style = style or r.choice(["ten", "ten", "dash", "b", "school"])
    if style == "ten":
        return f"{yy}{r.randint(10, 99)}{r.randint(100000, 999999)}"
    if style == "dash":
        return f"{yy}-{r.randint(1000, 9999)}-{r.randint(100, 999)}"
    if style == "b":
        return f"B{yy}{r.randint(10000, 99999)}"
    return str(r.randint(10000, 39999))


def hn(r: random.Random, style: str | None = None) -> str:
    yy = r.randint(58, 68)
    style = style or r.choice(["slash", "dash", "plain"])
    if style == "slash":
        return f"{r.randint(100, 99999)}/{yy}"
    if style == "dash":
        return f"{yy}-{r.randint(10000, 999999):06d}"
    return f"{r.randint(1000000, 9999999)}"


def line_id(r: random.Random) -> str:
    b = rnick(r).lower()
    return r.choice([f"{b}{r.randint(1, 99)}", f"{b}_{r.choice(['za', 'jaa', 'naja', 'kub', 'cute'])}",
                     f"{b}.{r.choice(['bkk', 'cm', 'kk'])}", f"{b}{b[-1]}{b[-1]}{b[-1]}", f"nong{b}"])


def order_no(r: random.Random, prefix: str = "TH") -> str:
    return f"{prefix}{r.randint(10**9, 10**10 - 1)}"


def amount(r: random.Random, lo: int = 100, hi: int = 90000) -> str:
    return f"{r.randint(lo, hi):,}"


def tstamp(r: random.Random) -> str:
    return f"{r.randint(8, 22):02d}:{r.randint(0, 59):02d}"


# ----------------------------------------------------------------------------------------------
# Value checks used by tests/test_freshsets.py on every labelled span
# ----------------------------------------------------------------------------------------------
def _check_value(entity_type: str, span: str) -> bool:
    """True when a labelled span is a well-formed fabricated value of its type."""
    digits = re.sub(r"\D", "", span)
    if not span or span != span.strip():
        return False
    if entity_type == "TH_NATIONAL_ID":
        return bool(re.fullmatch(r"[\d -]+", span)) and pin.is_valid(digits)
    if entity_type == "TH_JURISTIC_ID":
        return bool(re.fullmatch(r"[\d -]+", span)) and moa.is_valid(digits)
    if entity_type == "CREDIT_CARD":
        return bool(re.fullmatch(r"[\d -]+", span)) and 13 <= len(digits) <= 19 and _luhn_ok(digits)
    if entity_type == "PHONE_NUMBER":
        return _valid_phone(span)
    if entity_type == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", span))
    if entity_type == "IP_ADDRESS":
        try:
            ipaddress.ip_address(span)
        except ValueError:
            return False
        return True
    if entity_type == "TH_PASSPORT":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d{6,8}", span))
    if entity_type == "TH_BANK_ACCOUNT":
        return bool(re.fullmatch(r"[\d -]+", span)) and len(digits) in (10, 12)
    if entity_type == "TH_VEHICLE_PLATE":
        return bool(re.fullmatch(r"\d?[ก-ฮ]{1,2}[ -]?\d{1,4} [ก-๙]+", span))
    if entity_type == "ADDRESS":
        return bool(re.match(r"\d", span)) and len(span) >= 12
    if entity_type == "DATE_OF_BIRTH":
        return bool(re.search(r"\d", span)) and len(span) <= 30
    if entity_type == "STUDENT_ID":
        return bool(re.fullmatch(r"[A-Z]?\d[\d-]{3,12}", span))
    if entity_type == "MEDICAL_RECORD_NUMBER":
        return bool(re.fullmatch(r"\d[\d/-]{4,11}", span)) and len(digits) >= 5
    if entity_type == "LINE_ID":
        return bool(re.fullmatch(r"[a-z0-9._-]{3,20}", span))
    if entity_type == "PERSON":
        return not re.search(r"\d|^(นาย|นาง|น\.ส\.|คุณ|พี่|น้อง|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) ", span)
    return entity_type in ENTITY_TYPES


# ----------------------------------------------------------------------------------------------
# Templates
# ----------------------------------------------------------------------------------------------
Part = str | tuple[str, str] | list


@dataclass(frozen=True)
class Template:
    name: str
    domain: str
    negative: bool
    s26_hard_negative: str | None
    fn: Callable[[random.Random], list]


TEMPLATES: list[Template] = []


def T(domain: str, neg: bool = False, hard: str | None = None) -> Callable:
    def deco(fn: Callable[[random.Random], list]) -> Callable[[random.Random], list]:
        TEMPLATES.append(Template(fn.__name__, domain, neg or hard is not None, hard, fn))
        return fn
    return deco


def _flatten(parts: list) -> list:
    out: list = []
    for p in parts:
        if isinstance(p, list):
            out.extend(_flatten(p))
        else:
            out.append(p)
    return out


def assemble(parts: list) -> tuple[str, list[dict]]:
    text = ""
    ents: list[dict] = []
    for p in _flatten(parts):
        if isinstance(p, str):
            text += p
            continue
        etype, value = p
        if etype not in ENTITY_TYPES or not value or value != value.strip():
            raise ValueError(f"bad part {p!r}")
        ents.append({"entity_type": etype, "start": len(text), "end": len(text) + len(value)})
        text += value
    return text, ents


def H(v: str) -> tuple[str, str]:
    return ("HEALTH_DATA", v)


def REL(v: str) -> tuple[str, str]:
    return ("RELIGION", v)


def ETH(v: str) -> tuple[str, str]:
    return ("ETHNICITY", v)


def POL(v: str) -> tuple[str, str]:
    return ("POLITICAL_OPINION", v)


def CRIM(v: str) -> tuple[str, str]:
    return ("CRIMINAL_RECORD", v)


def SEX(v: str) -> tuple[str, str]:
    return ("SEXUAL_BEHAVIOUR", v)


def DIS(v: str) -> tuple[str, str]:
    return ("DISABILITY", v)


def UNION(v: str) -> tuple[str, str]:
    return ("TRADE_UNION", v)


def GEN(v: str) -> tuple[str, str]:
    return ("GENETIC_DATA", v)


def BIO(v: str) -> tuple[str, str]:
    return ("BIOMETRIC_DATA", v)


def msg(role: str, parts: list, last: bool = False) -> list:
    """One chatbot-history message as JSON text ({"role": ..., "content": ...})."""
    return ['{"role": "', role, '", "content": "', parts, '"}' + ("" if last else ", ")]


def ENDING(r: random.Random, female: bool | None = None) -> str:
    if female is None:
        female = r.random() < 0.5
    return r.choice(["ค่ะ", "คะ", "ค่า", "จ้า"]) if female else r.choice(["ครับ", "คับ", "ครับผม", "คร้าบ"])


THAI_LEADS = [
    "ลูกค้าต่างชาติทักมาแบบนี้ ช่วยร่างคำตอบภาษาอังกฤษให้หน่อย:\n",
    "แปลเป็นไทยให้หน่อย:\n",
    "สรุปเคสนี้เป็นภาษาไทยสั้นๆ:\n",
    "ข้อความจากแชทหน้าเว็บ ตอบยังไงดีคะ:\n",
    "ช่วยจัดหมวดหมู่ข้อความนี้ (ร้องเรียน/สอบถาม/อื่นๆ):\n",
]


def thai_lead(r: random.Random) -> str:
    """A Thai instruction an agent puts in front of an English customer message."""
    return r.choice(THAI_LEADS)


# ----------------------------------------------------------------------------------------------
# s.26 vocabulary
# ----------------------------------------------------------------------------------------------
DISEASE_TH = ["เบาหวาน", "ความดันสูง", "ไทรอยด์เป็นพิษ", "โรคซึมเศร้า", "ไบโพลาร์", "มะเร็งเต้านม", "ไตวายเรื้อรัง",
              "โรคหัวใจ", "ไมเกรนเรื้อรัง", "ลมชัก", "วัณโรค", "ไวรัสตับอักเสบบี", "โรคแพนิค", "หอบหืด"]
DISEASE_EN = ["type 2 diabetes", "depression", "bipolar disorder", "stage 2 breast cancer", "chronic kidney disease",
              "epilepsy", "hepatitis B", "an anxiety disorder", "asthma", "HIV"]


# ==============================================================================================
# POSITIVE: banking / payments chat
# ==============================================================================================
@T("bank")
def chat_th_wrong_transfer(r):
    _ = r.random() < 0.6  # an unused draw, kept so the written set stays reproducible
    return [r.choice(["แอดมินคะ ", "สวัสดีค่าา ", "ขอความช่วยเหลือด่วนนน "]), "หนูโอนเงินผิดบัญชี😭😭 โอนไป ",
            r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r)), " ยอด ", amount(r, 500, 30000),
            " บาท ชื่อปลายทางขึ้นว่า ", P(thn(r)), " ค่ะ ของหนูชื่อ", P(thn_nospace(r)),
            " เบอร์ติดต่อกลับ", ("PHONE_NUMBER", mobile(r, "plain")), " " + ENDING(r, True) + " รบกวนช่วยดึงเงินคืนให้หน่อยยย"]


@T("bank")
def chat_th_card_lost(r):
    return ["บัตรเครดิตหายครับ ทำไงดี อายัดให้หน่อย เลขบัตร ", ("CREDIT_CARD", card(r)),
            " ชื่อ ", P(thn(r, False)), " เลขบัตรปชช.", ("TH_NATIONAL_ID", nid(r, "plain")),
            " เมื่อคืนมีแจ้งเตือนรูดที่ 7-11 ", amount(r, 100, 900), " บาท ไม่ใช่ผมรูดนะครับ"]


@T("bank")
def mix_chat_card_dispute(r):
    who = rom(r)
    return [thai_lead(r), "hi, there's a charge of THB ", amount(r, 1000, 20000), " on my card ", ("CREDIT_CARD", card(r)),
            " that I did NOT make. name on card is ", P(who), ". pls call me back on ", ("PHONE_NUMBER", mobile(r, "intl")),
            " or email ", ("EMAIL_ADDRESS", email(r, who)), " asap, thx"]


@T("bank")
def call_transcript_kyc_update(r):
    ag = r.choice(AGENTS)
    return ["[Call transcript | queue: KYC-update | dur 04:12]\nAgent: สวัสดีค่ะ ", P(ag),
            " ยินดีให้บริการค่ะ\nCustomer: ครับ จะขอเปลี่ยนเบอร์โทรที่ผูกกับบัญชีครับ\n"
            "Agent: รบกวนแจ้งชื่อ-นามสกุลและวันเกิดเพื่อยืนยันตัวตนค่ะ\nCustomer: ", P(thn(r)), " ครับ เกิด ",
            ("DATE_OF_BIRTH", dob(r, "th_long")), "\nAgent: ขอบคุณค่ะ เบอร์ใหม่คือ?\nCustomer: ",
            ("PHONE_NUMBER", mobile(r, "dash")), " ครับ เลขบัญชี ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")),
            "\nAgent: ระบบจะส่ง OTP ไปที่เบอร์ใหม่นะคะ"]


@T("bank")
def agent_note_hardship_health(r):
    return ["Agent note (Collections): ลูกค้า ", P(thn(r)), " บัญชีสินเชื่อ ", ("TH_BANK_ACCOUNT", bank_acct(r)),
            " ค้างชำระ 2 งวด แจ้งว่า", r.choice(["ตกงานและ", "ช่วงนี้"]), "ป่วยเป็น",
            H(r.choice(["มะเร็งลำไส้ระยะที่ 3", "ไตวายเรื้อรัง ต้องฟอกไต", "โรคหลอดเลือดสมอง", "วัณโรคปอด"])),
            " ขอพักชำระหนี้ 3 เดือน แนบใบรับรองแพทย์แล้ว ติดต่อกลับ ", ("PHONE_NUMBER", mobile(r)),
            " — ช่วยร่างอีเมลตอบลูกค้าแบบสุภาพให้หน่อย"]


@T("bank")
def line_export_promptpay(r):
    a, b = nick(r), nick(r)
    return ["[LINE] Chat history with ก๊วนเที่ยวเขาใหญ่\nSaved on: ", f"{r.randint(1, 28)}/0{r.randint(1, 9)}/2025",
            "\n\n", tstamp(r), "\t", P(a), "\tใครยังไม่โอนค่าบ้านพักบ้าง 555\n", tstamp(r), "\t", P(b),
            "\tโอนแล้วจ้า\n", tstamp(r), "\t", P(a), "\tพร้อมเพย์เค้า ", ("PHONE_NUMBER", mobile(r, "dash2")),
            " หรือบัญชี", r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), " นะ คนละ ",
            amount(r, 800, 2500), "\n", tstamp(r), "\t", P(b), "\t[Sticker]\n\nสรุปให้หน่อยว่าใครโอนแล้วบ้าง"]


@T("bank")
def en_chatbot_history_loan(r):
    who = rom(r)
    return ['[{"role": "system", "content": "You are KBuddy, a helpful loan assistant."}, ',
            msg("user", ["hi im ", P(who), ", want to apply personal loan. my salary 38k, ID card ",
                         ("TH_NATIONAL_ID", nid(r, "dash")), ", born ", ("DATE_OF_BIRTH", dob(r, "en"))]),
            msg("assistant", ["Thanks! Could you share a phone number we can reach you on?"]),
            msg("user", [("PHONE_NUMBER", mobile(r, "plain")), " after 6pm pls"], last=True), "]"]


@T("bank")
def chat_th_slip_ocr(r):
    return ["ส่งสลิปให้แล้วนะคะ ช่วยเช็คหน่อย🙏\n--- OCR ---\nโอนเงินสำเร็จ\n", f"{r.randint(1, 28)} ",
            r.choice(TH_MON), " 68 ", tstamp(r), " น.\nจาก ", P(thn(r, True)), "\n", r.choice(BANKS), " xxx-x-x",
            f"{r.randint(1000, 9999)}-x\nไปยัง ", P(thn(r)), "\n", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")),
            "\nจำนวน: ", amount(r, 200, 9000), ".00 บาท\nเลขที่รายการ: ", f"{r.randint(10**15, 10**16 - 1)}"]


@T("bank")
def en_call_transcript_fraud(r):
    who = west(r)
    return ["Transcript – Fraud hotline\nAGENT: Can I have your full name please?\nCALLER: ", P(who),
            ".\nAGENT: And the last card you used?\nCALLER: It's ", ("CREDIT_CARD", card(r, "space")),
            ". Someone in Pattaya used it, I'm in Chiang Mai.\nAGENT: Your passport number for verification?\n"
            "CALLER: ", ("TH_PASSPORT", passport(r, "xx")), "\nAGENT: Thank you, I'm blocking the card now."]


# ==============================================================================================
# POSITIVE: e-commerce / delivery chat
# ==============================================================================================
@T("ecommerce")
def chat_th_order_not_arrived(r):
    f = r.random() < 0.5
    return ["ของยังไม่มาส่งเลย" + ENDING(r, f) + " สั่งตั้งแต่อาทิตย์ที่แล้ว order ", order_no(r, "SP"),
            " ชื่อผู้รับ ", P(thn(r, f)), " ที่อยู่ ", ("ADDRESS", addr(r)), " โทร ", ("PHONE_NUMBER", mobile(r)),
            r.choice([" 😤", " ช่วยเช็คให้ทีน้า", " ไรเดอร์โทรมาแล้วหายไปเลย"])]


@T("ecommerce")
def chat_th_change_address_nospace(r):
    return ["ขอเปลี่ยนที่อยู่จัดส่งค่าา ที่อยู่ใหม่", ("ADDRESS", addr(r)), "ผู้รับ", P(thn_nospace(r)),
            "เบอร์", ("PHONE_NUMBER", mobile(r, "plain")), "ค่ะ ขอบคุณค่า💕"]


@T("ecommerce")
def mix_chat_return_request(r):
    who = rom(r)
    return [thai_lead(r), "Hello, I want to return the air fryer from order #", str(r.randint(10**8, 10**9)),
            ", it arrived broken. Pickup address: ", ("ADDRESS", addr(r, en=True)), ". My name is ", P(who),
            ", mobile ", ("PHONE_NUMBER", mobile(r, "intl_plain")), ". Refund to my card ending ",
            str(r.randint(1000, 9999)), " please."]


@T("ecommerce")
def messenger_export_seller(r):
    c = nick(r)
    return ["Messenger export – เพจ ร้านเสื้อผ้ามือสองบายแพรว\n", "[", tstamp(r), "] ", P(c),
            ": สนใจตัวนี้ค่ะ ยังอยู่มั้ยคะ\n[", tstamp(r), "] Page: อยู่ค่ะ 290 รวมส่ง\n[", tstamp(r), "] ", P(c),
            ": เอาค่ะ ส่ง ", P(thn(r, True)), " ", ("ADDRESS", addr(r)), " ", ("PHONE_NUMBER", mobile(r, "dash")),
            "\n[", tstamp(r), "] ", P(c), ": แอดไลน์ไว้นะคะ ไอดี ", ("LINE_ID", line_id(r)),
            "\n\nช่วยดึงข้อมูลจัดส่งเป็น JSON"]


@T("ecommerce")
def chat_th_cod_rider_plate(r):
    return ["ไรเดอร์เอาของมาส่งผิดบ้านค่ะ😡 พนักงานชื่อ", P(given(r, False)), " ขี่มอไซค์ทะเบียน ",
            ("TH_VEHICLE_PLATE", plate(r)), " บ้านหนูอยู่ ", ("ADDRESS", addr(r)),
            " ช่วยตามให้ด้วย เบอร์หนู ", ("PHONE_NUMBER", mobile(r))]


@T("ecommerce")
def en_chat_promo_angry(r):
    who = rnick(r)
    return ["wtf ur promo code didn't work!!! 😡 I'm ", P(who), ", account email ", ("EMAIL_ADDRESS", email(r)),
            ", fix it or cancel my order. also stop calling ", ("PHONE_NUMBER", mobile(r, "dash")), " at 7am"]


@T("ecommerce")
def chat_th_pharmacy_order(r):
    f = r.random() < 0.6
    cond, drug = r.choice([("เบาหวาน", "Metformin 500"), ("ความดันสูง", "Amlodipine 5mg"), ("ไทรอยด์ต่ำ", "Euthyrox 50")])
    return ["สั่งยาออนไลน์" + ENDING(r, f) + " ", "หนู" if f else "ผม", "เป็น", H(cond), " กินยา ", drug, " อยู่ ต้องการเพิ่ม 2 กล่อง ส่งที่ ",
            ("ADDRESS", addr(r)), " ชื่อ ", P(thn(r, f))]


# ==============================================================================================
# POSITIVE: telecom chat
# ==============================================================================================
@T("telecom")
def chat_th_sim_reregister(r):
    return ["ลงทะเบียนซิมใหม่ยังไงครับ เบอร์ ", ("PHONE_NUMBER", mobile(r, "plain")), " ใช้บัตร ",
            ("TH_NATIONAL_ID", nid(r)), " ชื่อ ", P(thn(r, False)), " เกิด ", ("DATE_OF_BIRTH", dob(r, "slash_be")),
            " ส่งรูปบัตรไปแล้วแต่ไม่ผ่าน งงมาก"]


@T("telecom")
def mix_chat_roaming_foreigner(r):
    who = west(r)
    return [thai_lead(r), "Hi I'm ", P(who), ", tourist SIM ", ("PHONE_NUMBER", mobile(r, "intl")),
            " stopped working after 8 days. Registered with passport ", ("TH_PASSPORT", passport(r, "xx")),
            " at the airport. Hotel wifi IP is ", ("IP_ADDRESS", ipv4(r)), " if that helps lol"]


@T("telecom")
def chat_th_fiber_install(r):
    return ["นัดช่างติดเน็ตบ้านหน่อยค่ะ ชื่อ ", P(thn(r, True)), " บ้านเลขที่ ", ("ADDRESS", addr(r)),
            " คนที่บ้านชื่อ", P(nick(r)), " จะอยู่รอ เบอร์ ", ("PHONE_NUMBER", mobile(r)),
            " ตอนนี้ router ได้ IP ", ("IP_ADDRESS", ipv4(r)), " แต่เข้าเว็บไม่ได้"]


@T("telecom")
def mix_agent_note_bill_dispute(r):
    who = rom(r)
    return [thai_lead(r), "CRM note: Cust ", P(who), " (DOB ", ("DATE_OF_BIRTH", dob(r, "slash_ce")), ") disputes THB ",
            amount(r, 300, 3000), " data overage. Contact ", ("PHONE_NUMBER", mobile(r, "dash")),
            ". Offered 50% credit, cust declined. Summarize for supervisor."]


# ==============================================================================================
# POSITIVE: hospital / health chat (patients and relatives)
# ==============================================================================================
@T("hospital")
def chat_th_mother_appointment(r):
    return ["สวัสดีค่ะ จะเลื่อนนัดให้แม่ค่ะ แม่ชื่อ ", P(old(r)), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)),
            " นัดเดิมคลินิก", r.choice(["อายุรกรรม", "ไต", "หัวใจ"]), " เบอร์บ้าน ", ("PHONE_NUMBER", landline(r)), " แม่เป็น",
            H(r.choice(["ไตวายระยะ 4", "หัวใจล้มเหลว", "เบาหวานขึ้นตา", "ความดันสูงกับไขมันในเลือด"])),
            " ช่วงนี้ไม่สบายไปไม่ไหว เบอร์ลูกสาว ", ("PHONE_NUMBER", mobile(r))]


@T("hospital")
def chat_th_first_person_depression(r):
    f = r.random() < 0.6
    return ["หนู" if f else "ผม", "อยากปรึกษาหมอออนไลน์" + ENDING(r, f) + " ช่วงนี้นอนไม่หลับ ร้องไห้ทุกวัน เคยได้รับการวินิจฉัยว่าเป็น",
            H(r.choice(["โรคซึมเศร้า", "ไบโพลาร์", "โรควิตกกังวล"])), " ตอนปี 66 กินยา",
            r.choice(["Sertraline", "Fluoxetine", "Lithium"]), " อยู่ ชื่อ ", P(thn(r, f)), " HN ",
            ("MEDICAL_RECORD_NUMBER", hn(r, "slash"))]


@T("hospital")
def en_chat_telehealth_hiv(r):
    who = rom(r)
    return ["hey doc, I'm ", P(who), ", ", H(r.choice(["HIV positive", "living with HIV"])),
            " since 2021, on TLD. ran out of meds while travelling. can the clinic ship to ",
            ("ADDRESS", addr(r, en=True)), "? my HN is ", ("MEDICAL_RECORD_NUMBER", hn(r, "dash"))]


@T("hospital")
def call_transcript_er_relative(r):
    return ["ถอดเสียงสายเข้า 1669\nเจ้าหน้าที่: แจ้งเหตุอะไรครับ\nผู้แจ้ง: พ่อหนูล้มในห้องน้ำค่ะ ",
            "หมดสติ พ่อเป็น", H(r.choice(["ลมชัก", "โรคหัวใจ ใส่ขดลวดไว้", "เบาหวานกับความดัน"])),
            "\nเจ้าหน้าที่: ชื่อผู้ป่วยครับ\nผู้แจ้ง: ", P(old(r)), " ค่ะ อายุ 72\nเจ้าหน้าที่: ที่อยู่ครับ\n"
            "ผู้แจ้ง: ", ("ADDRESS", addr(r)), "\nเจ้าหน้าที่: เบอร์ติดต่อกลับ\nผู้แจ้ง: ", ("PHONE_NUMBER", mobile(r, "plain"))]


@T("hospital")
def chatbot_history_symptom_checker(r):
    return ['[{"role": "system", "content": "คุณคือผู้ช่วยคัดกรองอาการของโรงพยาบาล"}, ',
            msg("user", ["ผม ", P(thn(r, False)), " ครับ ผมเป็น", H(r.choice(["ไวรัสตับอักเสบบี", "เก๊าท์", "หอบหืด"])),
                         " อยู่แล้ว เมื่อวานเริ่มปวดท้องขวาบน ควรไปหาหมอไหมครับ"]),
            msg("assistant", ["แนะนำให้พบแพทย์ค่ะ ต้องการให้จองคิวไหมคะ"]),
            msg("user", ["จองเลยครับ HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), " เบอร์ ", ("PHONE_NUMBER", mobile(r, "dash"))],
                last=True), "]"]


@T("hospital")
def chat_th_pregnancy_disclosure(r):
    return ["พี่คะ หนู", H(f"ตั้งครรภ์ได้ {r.randint(6, 30)} สัปดาห์"), "ค่ะ อยากย้ายมาฝากครรภ์ที่นี่ ชื่อ ", P(thn(r, True)), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_short", 1990, 2004)),
            " บัตรปชช ", ("TH_NATIONAL_ID", nid(r, "dash")), " ต้องใช้เอกสารอะไรบ้างคะ"]


@T("hospital")
def en_agent_note_patient_complaint(r):
    return ["Patient relations note: ", P(west(r, False)), " (HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "slash")),
            ") complained that staff discussed his ", H(r.choice(["colon cancer diagnosis", "HIV test result", "psychiatric history"])),
            " in the waiting area. Wants written apology. Draft reply pls."]


@T("hospital")
def line_oa_clinic_blood_test(r):
    return ["LINE OA คลินิกเวชกรรม\nลูกค้า: ผลเลือดออกยังคะ ", P(thn(r, True)), " เจาะไปวันจันทร์\n"
            "แอดมิน: ออกแล้วค่ะ ค่าน้ำตาล 182 ", H("ค่าน้ำตาลสูงเข้าข่ายเบาหวาน"),
            " คุณหมอให้มาพบวันเสาร์นะคะ\nลูกค้า: โอเคค่ะ ไลน์ส่วนตัวหนู ", ("LINE_ID", line_id(r)),
            "\n\nช่วยสรุปบทสนทนานี้ลงบันทึกเวชระเบียน"]


@T("hospital")
def chat_th_son_autism_school(r):
    return ["สวัสดีครับ ลูกชายผมน้อง", P(nick(r)), " เป็น", DIS(r.choice(["ออทิสติก", "ดาวน์ซินโดรม", "เด็กพิการทางการได้ยิน"])),
            " อายุ 7 ขวบ อยากสมัครเรียนห้องเรียนร่วมครับ เลขประจำตัวนักเรียนเดิม ", ("STUDENT_ID", student_id(r, "school")),
            " ติดต่อผม ", ("PHONE_NUMBER", mobile(r))]


# ==============================================================================================
# POSITIVE: HR / workplace (union, religion, disability, criminal background)
# ==============================================================================================
@T("hr")
def chat_th_hr_leave_ramadan(r):
    return ["พี่ HR คะ หนู ", P(thn(r, True)), " แผนกบัญชี ค่ะ หนู", REL(r.choice(["เป็นมุสลิม", "นับถือศาสนาอิสลาม"])),
            " ช่วงรอมฎอนขอเข้างานเร็วเลิกเร็วได้ไหมคะ แล้ววันฮารีรายอขอลาพักร้อน 2 วันค่ะ 🙏"]


@T("hr")
def en_chat_hr_union_rep(r):
    who = rom(r)
    return ["Hi HR, this is ", P(who), " from Line 3. As the elected ", UNION(r.choice(["shop steward of the Workers' Union",
            "union rep for the night shift", "committee member of our labour union"])),
            " I'd like to book a room for Friday's meeting. Reach me at ", ("PHONE_NUMBER", mobile(r, "dash")), "."]


@T("hr")
def agent_note_hr_union_member_dismissal(r):
    return ["บันทึกฝ่ายบุคคล: พนักงาน ", P(thn(r)), " รหัส EMP-", str(r.randint(10000, 99999)), " ",
            UNION(r.choice(["เป็นสมาชิกสหภาพแรงงานรัฐวิสาหกิจ", "เป็นกรรมการสหภาพแรงงานบริษัท", "สมัครเข้าสหภาพแรงงานเมื่อเดือนที่แล้ว"])),
            " หัวหน้าเสนอให้ไม่ต่อสัญญา ช่วยดูว่าขัดกฎหมายแรงงานสัมพันธ์ไหม"]


@T("hr")
def chat_th_employee_wheelchair(r):
    return ["สวัสดีครับ ผม ", P(thn(r, False)), " พนักงานใหม่เริ่มงานวันจันทร์ ผม", DIS(r.choice(["ใช้วีลแชร์", "พิการขาทั้งสองข้าง", "เป็นอัมพาตครึ่งล่าง"])),
            " อยากทราบว่าตึก B มีทางลาดไหมครับ บัตรคนพิการเลขที่ ", ("TH_NATIONAL_ID", nid(r)), " ต้องส่งให้ HR ไหม"]


@T("hr")
def en_chatbot_hr_background_check(r):
    who = west(r)
    return ['[{"role": "system", "content": "HR screening assistant. Summarize candidate answers."}, ',
            msg("user", ["Candidate ", P(who), " disclosed ", CRIM(r.choice(["a 2019 DUI conviction in Australia",
                         "a prior conviction for shoplifting", "a suspended sentence for assault in 2017"])),
                         ". Passport ", ("TH_PASSPORT", passport(r, "xx")), ". Should we proceed?"]),
            msg("assistant", ["Under Thai law you should assess relevance to the role..."], last=True), "]"]


@T("hr")
def chat_th_hr_criminal_record_self(r):
    return ["ถามหน่อยครับ ผม", CRIM(r.choice(["เคยติดคุกคดียาเสพติด 2 ปี", "เคยโดนคดีลักทรัพย์ตอนอายุ 19",
                                             "มีประวัติคดีเมาแล้วขับ"])), " ตอนนี้พ้นโทษแล้ว จะสมัครงานตำแหน่งพนักงานขับรถได้ไหม "
            "ผมชื่อ", P(thn_nospace(r)), " โทร ", ("PHONE_NUMBER", mobile(r, "plain"))]


@T("hr")
def hr_interview_notes_ethnicity(r):
    return ["Interview notes (แปลเป็นอังกฤษให้หน่อย): ผู้สมัคร ", P(r.choice(MYANMAR_TH)), " ",
            ETH(r.choice(["เป็นชาวไทใหญ่", "เชื้อสายมอญ", "ชาวกะเหรี่ยง"])), " ถือพาสปอร์ต ", ("TH_PASSPORT", passport(r, "mm")),
            " พูดไทยได้ดี เคยทำงานโรงงานอาหารทะเลที่มหาชัย 3 ปี เบอร์ ", ("PHONE_NUMBER", mobile(r))]


@T("hr")
def mix_slack_export_coworker_gossip(r):
    a, b, c = rnick(r), rnick(r), rom(r)
    return [thai_lead(r), "#team-ops export\n[", tstamp(r), "] ", P(a), ": did u hear ", P(c), " is ",
            SEX(r.choice(["gay", "dating a guy from finance", "bisexual"])), "?\n[", tstamp(r), "] ", P(b),
            ": dude not our business\n[", tstamp(r), "] ", P(a), ": lol ok\n\n"
            "Flag any HR policy violations in this chat."]


@T("hr")
def chat_th_hr_payroll_account(r):
    return ["แจ้งเปลี่ยนบัญชีรับเงินเดือนค่ะ ", P(thn(r, True)), " รหัสพนักงาน ", str(r.randint(100000, 999999)),
            " บัญชีใหม่ ", r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r)), " เลขบัตร ",
            ("TH_NATIONAL_ID", nid(r, "space")), " ค่ะ"]


@T("hr")
def en_email_union_grievance(r):
    who = rom(r, False)
    return ["Subject: grievance\n\nDear Khun ", P(rom(r)), ",\nI'm writing on behalf of ", P(who), ", who ",
            UNION(r.choice(["is a registered member of the Electronics Workers Union", "joined the union in March"])),
            ". Since then his shifts were cut. Please reply to ", ("EMAIL_ADDRESS", email(r, who)), ".\n\nRegards"]


# ==============================================================================================
# POSITIVE: religion / ethnicity in service chats
# ==============================================================================================
@T("airline")
def mix_chat_halal_meal(r):
    who = west(r)
    return [thai_lead(r), "Hi, booking ref ", "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), " for ", P(who),
            ". I'm ", REL(r.choice(["Muslim", "a practising Muslim", "Hindu"])), " so need the right meal, and my passport is ",
            ("TH_PASSPORT", passport(r, "xx")), ". thanks!!"]


@T("school")
def chat_th_parent_religion_school(r):
    return ["คุณครูคะ ลูกสาวน้อง", P(nick(r)), " ชั้น ป.4 รหัสนักเรียน ", ("STUDENT_ID", student_id(r, "school")),
            " บ้านเรา", REL(r.choice(["นับถือคริสต์", "เป็นคริสเตียน", "นับถืออิสลาม"])),
            " ขอให้น้องไม่ต้องเข้าพิธีไหว้ครูแบบกราบได้ไหมคะ แม่", P(given(r, True)), "ค่ะ"]


@T("government")
def chat_th_ethnic_id_card(r):
    return ["สอบถามค่ะ หนูเป็น", ETH(r.choice(["ชาวม้ง", "ชาวอาข่า", "ชาวลีซู", "คนเชื้อสายกะเหรี่ยง"])),
            " อยู่ ", ("ADDRESS", addr(r, postcode=False)), " มีบัตรเลข ", ("TH_NATIONAL_ID", _pin_digits(r, r.choice(["0", "6"]))),
            " ขอสัญชาติไทยต้องทำยังไงคะ"]


@T("bank")
def mix_agent_note_ethnicity_kyc(r):
    return [thai_lead(r), "KYC note: applicant ", P(r.choice(MYANMAR)), ", ", ETH(r.choice(["Rohingya", "ethnic Kachin", "Shan ethnicity"])),
            ", holds pink card no. ", ("TH_NATIONAL_ID", nid(r, "dash")), ", works in Samut Sakhon. "
            "Wants savings account; DOB ", ("DATE_OF_BIRTH", dob(r, "en", 1985, 2000)), ". Is this allowed?"]


@T("ecommerce")
def chat_th_chinese_descent_gift(r):
    return ["สั่งกระเช้าไหว้เจ้าค่ะ บ้านหนู", ETH("เป็นคนจีนแต้จิ๋ว"), " ตรุษจีนต้องไหว้บรรพบุรุษ "
            "ส่งถึงอาม่า ", P(old(r)), " ", ("ADDRESS", addr(r)), " เบอร์ ", ("PHONE_NUMBER", mobile(r))]


@T("community")
def chat_th_temple_donation(r):
    return ["โอนทำบุญให้วัดแล้วครับ ผม ", P(thn(r, False)), " ", REL("นับถือพุทธ"),
            " อยากได้ใบอนุโมทนาบัตรลดหย่อนภาษี เลขปชช. ", ("TH_NATIONAL_ID", nid(r, "plain")), " ครับ"]


# ==============================================================================================
# POSITIVE: politics in chats
# ==============================================================================================
@T("legal")
def chat_th_protest_arrest_help(r):
    return ["ศูนย์ทนายช่วยด้วยครับ น้องชายผม ", P(thn(r, False)), " ", POL(r.choice(["ไปร่วมชุมนุมเรียกร้องประชาธิปไตย",
            "ไปม็อบราษฎรที่แยกราชประสงค์", "ชูป้ายต่อต้านรัฐบาล"])), " แล้วโดนจับ ", CRIM("ถูกแจ้งข้อหาฝ่าฝืน พ.ร.ก.ฉุกเฉิน"),
            " ตอนนี้อยู่ สน.ปทุมวัน ติดต่อผม ", ("PHONE_NUMBER", mobile(r))]


@T("hr")
def en_chat_political_self(r):
    who = rom(r)
    return ["ok honestly i'm ", P(who), " and ", POL(r.choice(["i'm a card-carrying member of the People's Party",
            "i volunteer for the opposition party every election", "i support the monarchy reform movement"])),
            ". my boss saw my FB and now he's cold to me. is that discrimination? what can i do"]


@T("government")
def line_group_village_election(r):
    a, b = nick(r), given(r)
    return ["แชทไลน์กลุ่ม หมู่บ้านสุขใจ\n", P(a), ": ผู้ใหญ่", P(b), " ", POL(r.choice(["เป็นหัวคะแนนพรรคสีน้ำเงิน",
            "ประกาศตัวเชียร์พรรคเพื่อไทย", "สนับสนุนพรรคฝ่ายค้าน"])), " ชัดเจนนะ\n", P(nick(r)),
            ": เรื่องของเขา อย่าเอามาคุยในกลุ่ม\n\nกลุ่มนี้มีการแบ่งขั้วทางการเมืองไหม วิเคราะห์ให้หน่อย"]


@T("media")
def chat_th_journalist_source(r):
    return ["ช่วยเรียบเรียงบทสัมภาษณ์: ", P(thn(r, False)), " อายุ 34 พนักงานโรงงาน บอกว่า \"ผม", POL(r.choice(["เลือกพรรคประชาชนมาตลอด",
            "ไม่เอาทหาร ไม่เอารัฐประหาร", "เป็นแฟนคลับพรรคพลังประชารัฐ"])), " และผม", UNION("เป็นสมาชิกสหภาพแรงงานยานยนต์"),
            "\" ขอให้ปกปิดชื่อในบทความ"]


@T("government")
def en_petition_signatory(r):
    return ["Format as CSV: name, email, statement\n", P(rom(r)), " | ", ("EMAIL_ADDRESS", email(r)), " | ",
            POL("I signed because I oppose the coup-era constitution"), "\n", P(west(r)), " | ",
            ("EMAIL_ADDRESS", email(r)), " | ", POL("I support amending Section 112 from abroad")]


# ==============================================================================================
# POSITIVE: criminal record / legal chats
# ==============================================================================================
@T("legal")
def chat_th_lawyer_consult_dui(r):
    return ["ปรึกษาทนายออนไลน์ค่ะ แฟนหนู ", P(thn(r, False)), " ", CRIM(r.choice(["โดนจับข้อหาเมาแล้วขับ", "ถูกศาลตัดสินจำคุก 1 ปี รอลงอาญา",
            "เคยต้องโทษคดีฉ้อโกง"])), " รถที่ขับทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)),
            " โดนยึดไว้ จะขอคืนได้ไหมคะ ติดต่อหนู ", ("PHONE_NUMBER", mobile(r))]


@T("legal")
def mix_chat_tenant_screening(r):
    who = west(r, False)
    return [thai_lead(r), "landlord here. applicant ", P(who), " told me he ", CRIM(r.choice(["served 3 years for drug possession in the UK",
            "has a conviction for domestic violence", "was jailed for fraud in 2018"])),
            ". his work permit address is ", ("ADDRESS", addr(r, en=True)), ". can I legally refuse to rent to him in Thailand?"]


@T("legal")
def agent_note_insurance_claim_criminal(r):
    return ["บันทึกเคลม: ผู้เอาประกัน ", P(thn(r)), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r, "dash")),
            " เคลมรถชน ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), " ตรวจพบว่า", CRIM("มีหมายจับคดียักยอกทรัพย์"),
            " ค้างอยู่ ควรจ่ายเคลมหรือระงับ? ร่างบันทึกเสนอผู้จัดการ"]


@T("government")
def chat_th_police_clearance_self(r):
    return ["จะขอใบรับรองความประพฤติไปทำงานญี่ปุ่นครับ แต่ผม", CRIM(r.choice(["เคยถูกปรับคดีพนันออนไลน์", "เคยโดนคุมประพฤติคดีทำร้ายร่างกาย"])),
            " จะขึ้นในใบไหมครับ ผมชื่อ ", P(thn(r, False)), " พาสปอร์ต ", ("TH_PASSPORT", passport(r)),
            " วันเกิด ", ("DATE_OF_BIRTH", dob(r, "th_short2", 1990, 2003))]


@T("legal")
def line_export_debt_threat(r):
    a = nick(r)
    return ["[LINE] แชทกับ ", P(a), " (หนี้นอกระบบ)\n", tstamp(r), " ", P(a), ": ถ้าไม่จ่ายพรุ่งนี้จะไปหาที่บ้าน ",
            ("ADDRESS", addr(r)), "\n", tstamp(r), " ", P(a), ": รู้นะว่าแม่มึงชื่อ", P(old(r)),
            "\n\nหนูโดนขู่ค่ะ ข้อความแบบนี้แจ้งความได้ไหม ช่วยเรียบเรียงเป็นคำร้องทุกข์"]


# ==============================================================================================
# POSITIVE: sexual behaviour / orientation
# ==============================================================================================
@T("hospital")
def chat_th_prep_clinic(r):
    f = r.random() < 0.3
    return ["สวัสดีครับ อยากเริ่มกิน PrEP ครับ ผม", SEX(r.choice(["เป็นเกย์", "มีเพศสัมพันธ์กับผู้ชาย", "มีคู่นอนหลายคน"])),
            " ไม่ได้ใส่ถุงยางบ้าง ", r.choice(["กังวลมาก", "ช่วงนี้กลัวๆ"]), " ชื่อ ", P(thn(r, f)),
            " ไลน์ ", ("LINE_ID", line_id(r)), " นัดตรวจได้วันไหนบ้างครับ"]


@T("insurance")
def en_chat_insurance_partner_beneficiary(r):
    a, b = (" ".join(x) for x in r.sample(ROMAN[0::2], 2))
    return ["Hi, I'm ", P(a), ". I want to name my same-sex partner ", P(b), " as beneficiary — ",
            SEX("we've been a gay couple for 8 years"), " and registered under the marriage equality act. "
            "Policy no. LF", str(r.randint(10**7, 10**8)), ", my ID ", ("TH_NATIONAL_ID", nid(r, "plain"))]


@T("government")
def chat_th_marriage_equality_register(r):
    return ["จะไปจดทะเบียนสมรสกับแฟนค่ะ ", SEX(r.choice(["หนูเป็นเลสเบี้ยน", "เราเป็นคู่รักหญิงหญิง", "หนูเป็นทอม แฟนเป็นดี้"])),
            " ต้องเตรียมอะไรบ้าง หนูชื่อ ", P(thn(r, True)), " แฟนชื่อ ", P(thn(r, True)), " เขตบางเขนรับไหมคะ"]


@T("hospital")
def en_chatbot_sti_history(r):
    return ['[{"role": "user", "content": "', "I'm ", P(west(r)), ", 29. ", SEX("I had unprotected sex with two different partners last month"),
            " and now ", H("I have burning when I pee"), ". Which clinic in Bangkok can test me anonymously? DOB ",
            ("DATE_OF_BIRTH", dob(r, "en", 1990, 1998)), '"}]']


@T("hr")
def chat_th_transgender_uniform(r):
    return ["ถามฝ่ายบุคคลค่ะ หนู ", P(thn(r, False)), " ", SEX(r.choice(["เป็นผู้หญิงข้ามเพศ", "เป็นกะเทย"])),
            " ขอแต่งชุดพนักงานหญิงได้ไหมคะ ในบัตรยังเป็นนาย เลข ", ("TH_NATIONAL_ID", nid(r))]


# ==============================================================================================
# POSITIVE: genetic data
# ==============================================================================================
@T("hospital")
def chat_th_brca_result(r):
    return ["ผลตรวจยีนออกแล้วค่ะ หมอบอกว่า", GEN(r.choice(["หนูมียีน BRCA1 กลายพันธุ์", "ตรวจพบยีน BRCA2 ผิดปกติ"])),
            " แม่หนูก็", H("เป็นมะเร็งรังไข่"), " ควรตัดเต้านมป้องกันไหมคะ หนูชื่อ ", P(thn(r, True)),
            " HN ", ("MEDICAL_RECORD_NUMBER", hn(r))]


@T("legal")
def en_chat_dna_paternity(r):
    who = rom(r, False)
    return ["need help drafting a message to my ex. ", GEN(r.choice(["the DNA paternity test shows 99.98% probability I'm the father",
            "DNA test confirmed I'm NOT the biological father"])), " of her son ", P(rnick(r)),
            ". I'm ", P(who), ", lab case no. ", str(r.randint(10**5, 10**6)), ". how do I say this nicely"]


@T("insurance")
def agent_note_thalassemia_carrier(r):
    return ["บันทึกพิจารณารับประกัน: ผู้ขอ ", P(thn(r)), " เกิด ", ("DATE_OF_BIRTH", dob(r, "slash_be")),
            " แนบผลตรวจ", GEN(r.choice(["พาหะธาลัสซีเมียชนิด HbE", "ยีนพาหะธาลัสซีเมียแอลฟา 1"])),
            " ถามว่าต้องเพิ่มเบี้ยไหม ช่วยร่างคำตอบ"]


@T("hospital")
def chatbot_history_genetic_test_app(r):
    return ['[{"role": "system", "content": "คุณคือผู้ช่วยอธิบายผลตรวจพันธุกรรม"}, ',
            msg("user", ["ผลตรวจ DNA ของหนู ", P(thn(r, True)), " บอกว่า", GEN(r.choice(["มียีน APOE4 หนึ่งชุด", "มียีน CYP2C19 แบบ poor metabolizer",
                         "พบยีน HLA-B*1502"])), " แปลว่าอะไรคะ"]),
            msg("assistant", ["ผลนี้หมายถึง..."]), msg("user", ["ส่งผลไปที่ ", ("EMAIL_ADDRESS", email(r)), " ด้วยค่ะ"], last=True), "]"]


@T("hospital")
def en_chat_newborn_screening(r):
    return ["our baby ", P(rnick(r)), " (born ", ("DATE_OF_BIRTH", dob(r, "en", 2025, 2025)), ") — the genetic panel says ",
            GEN(r.choice(["she carries two copies of the SMN1 deletion", "he has a G6PD gene variant"])),
            ". Pediatrician is Dr. ", P(west(r)), ". what questions should we ask?"]


@T("family")
def chat_th_sibling_genetic(r):
    return ["พี่สาวผม ", P(thn(r, True)), " ", GEN("ผลตรวจยีนพบว่าเป็นพาหะโรคฮันติงตัน"), " ผมควรไปตรวจด้วยไหมครับ ติดต่อ ",
            ("PHONE_NUMBER", mobile(r, "dash"))]


# ==============================================================================================
# POSITIVE: biometric data
# ==============================================================================================
@T("bank")
def chat_th_face_scan_failed(r):
    return ["สแกนหน้าเปิดบัญชีไม่ผ่านค่า😭 ลองมา 5 รอบแล้ว ชื่อ ", P(thn(r, True)), " บัตร ", ("TH_NATIONAL_ID", nid(r)),
            " ระบบขึ้นว่า ", BIO(r.choice(["ภาพใบหน้าไม่ตรงกับฐานข้อมูลทะเบียนราษฎร์", "ค่าความเหมือนใบหน้า 0.41 ต่ำกว่าเกณฑ์"])),
            " ทำไงดีคะ"]


@T("hr")
def en_log_fingerprint_timeclock(r):
    return ["Why did this employee's clock-in fail? log:\n", "emp=", P(rom(r)), " device=ZK-", str(r.randint(100, 999)),
            " ", BIO(f"fp_template=0x{r.getrandbits(96):024X}"), " match_score=", str(r.randint(10, 39)), " threshold=40 result=REJECT"]


@T("government")
def chat_th_immigration_biometric(r):
    return ["Agent note: ผู้ติดต่อ ", P(r.choice(MYANMAR_TH)), " พาสปอร์ต ", ("TH_PASSPORT", passport(r, "mm")),
            " มาทำ MOU ", BIO(r.choice(["เก็บลายนิ้วมือ 10 นิ้วและภาพม่านตาแล้ว", "บันทึกลายนิ้วมือและใบหน้าเข้าระบบแล้ว"])),
            " แต่ระบบล่ม ขอให้มาใหม่ เบอร์ผู้ติดต่อ ", ("PHONE_NUMBER", mobile(r))]


@T("bank")
def en_chatbot_voiceprint(r):
    who = west(r)
    return ['[{"role": "user", "content": "', "hi it's ", P(who), ". you guys enrolled my ", BIO("voiceprint"),
            " on the phone line without asking. delete it. account ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), '"}, ',
            '{"role": "assistant", "content": "I understand your concern. I will raise a request to remove your voice biometric profile."}]']


@T("security")
def json_face_embedding_log(r):
    vec = ", ".join(f"{r.uniform(-1, 1):.4f}" for _ in range(6))
    return ['{"event": "door_access", "site": "อาคาร A", "person": "', P(thn(r)), '", ',
            BIO(f'"face_embedding": [{vec}, ...]'), ', "granted": true}\nอธิบาย log นี้ให้ทีม security ฟังหน่อย']


@T("school")
def chat_th_school_face_attendance(r):
    return ["คุณครูคะ ระบบสแกนหน้าเช็คชื่อบอกว่าน้อง", P(nick(r)), " ขาดเรียน แต่น้องไปโรงเรียนนะคะ รหัส ",
            ("STUDENT_ID", student_id(r)), " ", BIO("รูปใบหน้าที่ลงทะเบียนไว้ตอน ม.1"), " อาจจะเก่าไปไหมคะ"]


# ==============================================================================================
# POSITIVE: disability
# ==============================================================================================
@T("transport")
def mix_chat_airport_assistance(r):
    who = west(r, True)
    return [thai_lead(r), "hello, flying BKK->CNX tomorrow. my mum ", P(who), " ", DIS(r.choice(["is blind", "uses a wheelchair and can't walk stairs",
            "is profoundly deaf"])), ", she needs assistance at the gate. her passport ", ("TH_PASSPORT", passport(r, "xx")),
            ", my number ", ("PHONE_NUMBER", mobile(r, "intl")), " 🙏"]


@T("government")
def chat_th_disability_allowance(r):
    return ["สอบถามเบี้ยคนพิการค่ะ พ่อหนู ", P(old(r)), " ", DIS(r.choice(["ตาบอดสองข้าง", "ขาขาดจากอุบัติเหตุ", "หูหนวกตั้งแต่เกิด",
            "พิการทางการเคลื่อนไหว"])), " มีบัตรคนพิการแล้ว เลขบัตร ", ("TH_NATIONAL_ID", nid(r, "dash")),
            " ยังไม่ได้เงินเข้าบัญชี ", ("TH_BANK_ACCOUNT", bank_acct(r)), " เลยค่ะ"]


@T("bank")
def call_transcript_sign_language(r):
    return ["[Video relay call – TTRS]\nล่าม: สวัสดีค่ะ ดิฉันเป็นล่ามภาษามือแทนลูกค้านะคะ ลูกค้า", DIS("เป็นผู้พิการทางการได้ยิน"),
            "\nAgent: รับทราบครับ ขอชื่อลูกค้าครับ\nล่าม: ", P(thn(r)), " ค่ะ ต้องการเปิดบัตรเดบิตใหม่ เลขบัญชี ",
            ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), "\nAgent: ได้ครับ"]


@T("insurance")
def en_chat_claim_amputation(r):
    who = rom(r)
    return ["Claim follow-up: I'm ", P(who), ", policy PA-", str(r.randint(100000, 999999)), ". After the motorbike crash I ",
            DIS(r.choice(["lost my left leg below the knee", "am permanently paralysed from the waist down"])),
            ". It's been 60 days, no payout. Email me at ", ("EMAIL_ADDRESS", email(r, who))]


@T("school")
def chat_th_university_dyslexia(r):
    return ["อาจารย์ครับ ผม ", P(thn(r, False)), " รหัส ", ("STUDENT_ID", student_id(r, "ten")), " ผม",
            DIS(r.choice(["มีภาวะบกพร่องทางการเรียนรู้ (ดิสเล็กเซีย)", "สายตาเลือนราง"])), " ขอเวลาสอบเพิ่มได้ไหมครับ มีใบรับรองแพทย์ครับ"]


# ==============================================================================================
# POSITIVE: more union / religion / ethnicity / politics
# ==============================================================================================
@T("hr")
def line_group_union_strike(r):
    a, b = nick(r), nick(r)
    return ["ไลน์กลุ่ม สหภาพฯ กะดึก\n", P(a), ": พรุ่งนี้นัดหยุดงานหน้าโรงงาน 7 โมงนะ\n", P(b), ": ", UNION("ผมสมัครสมาชิกสหภาพแล้ว"),
            " จ่ายค่าบำรุงผ่าน ", ("TH_BANK_ACCOUNT", bank_acct(r)), " แล้วนะพี่\n", P(a), ": โอเค\n\n"
            "สรุปข้อความกลุ่มนี้ให้ฝ่ายบริหาร"]


@T("transport")
def en_chat_driver_union(r):
    who = rom(r)
    return ["yo admin, rider ", P(who), " here, ", UNION(r.choice(["I'm in the Riders' Union", "I'm a member of the delivery workers union"])),
            " and the new fee cut is bs. my bike ", ("TH_VEHICLE_PLATE", plate(r)), ", rider ID R", str(r.randint(100000, 999999)),
            ". who do we talk to?"]


@T("hospital")
def chat_th_jehovah_blood(r):
    return ["ญาติผู้ป่วยแจ้งค่ะ คุณแม่ ", P(old(r)), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "slash")), " ",
            REL("เป็นพยานพระยะโฮวา"), " ไม่รับเลือด ขอให้หมอใช้วิธีอื่นในการผ่าตัดค่ะ"]


@T("hr")
def mix_chat_sikh_turban_uniform(r):
    who = r.choice(["Harpreet Singh", "Gurdeep Singh Sandhu", "Manjit Kaur"])
    return [thai_lead(r), "Hi, new hire ", P(who), " here (staff no. ", str(r.randint(10000, 99999)), "). I'm ", REL("a Sikh"),
            " and wear a turban — is that ok with the hotel uniform policy? Mobile ", ("PHONE_NUMBER", mobile(r, "plain"))]


@T("government")
def en_chat_stateless_student(r):
    return ["My friend ", P(r.choice(["Naw Eh Paw", "Naw Say Wah", "Mi Mi Aung"])), " is ", ETH(r.choice(["Karen", "ethnic Mon"])),
            ", born in Tak, no Thai citizenship. uni student ID ", ("STUDENT_ID", student_id(r, "b")),
            ". can she get a scholarship? pls answer simply"]


@T("ecommerce")
def chat_th_akha_coffee_seller(r):
    return ["ช่วยเขียนแคปชั่นขายกาแฟให้หน่อย เจ้าของสวนคือพี่", P(nick(r)), " ", ETH("เป็นชาวอาข่า"),
            " ปลูกที่ดอยช้าง สั่งได้ที่ไลน์ ", ("LINE_ID", line_id(r)), " หรือโทร ", ("PHONE_NUMBER", mobile(r, "dash"))]


@T("legal")
def en_agent_note_asylum(r):
    return ["Case note (NGO hotline): caller ", P(r.choice(MYANMAR)), " fled after ", POL("joining anti-junta protests in Yangon"),
            "; ", ETH("ethnic Chin"), ". Staying at ", ("ADDRESS", addr(r, en=True)), ". Phone ", ("PHONE_NUMBER", mobile(r, "intl")),
            ". Draft referral to UNHCR."]


# ==============================================================================================
# POSITIVE: education
# ==============================================================================================
@T("school")
def chat_th_student_grade_appeal(r):
    return ["อาจารย์ขาา หนู", P(nick(r)), "ค่ะ ", P(thn(r, True)), " รหัส", ("STUDENT_ID", student_id(r, "ten")),
            " เกรดวิชา Stat ขึ้น F ค่ะ หนูส่งงานครบแล้วน้า😭 อีเมลหนู ", ("EMAIL_ADDRESS", email(r))]


@T("school")
def mix_chat_exchange_student(r):
    who = west(r)
    return [thai_lead(r), "Hi, exchange student ", P(who), " (ID ", ("STUDENT_ID", student_id(r, "b")), "). My visa extension needs a letter. "
            "Passport ", ("TH_PASSPORT", passport(r, "xx")), ", DOB ", ("DATE_OF_BIRTH", dob(r, "en", 1999, 2005)), ". Thanks!"]


@T("school")
def line_group_parents(r):
    a = nick(r)
    return ["ไลน์กลุ่มผู้ปกครอง ป.2/3\nแม่น้อง", P(a), ": ใครเห็นกระติกน้ำสีชมพูไหมคะ\nครู", P(given(r, True)),
            ": แจ้งผู้ปกครองค่ะ น้อง", P(nick(r)), " ", H(r.choice(["เป็นอีสุกอีใส", "ติดโควิด", "เป็นมือเท้าปาก"])),
            " หยุดเรียน 7 วันนะคะ\n\nสรุปประกาศจากครูให้หน่อย"]


@T("school")
def chat_th_tutor_booking(r):
    return ["จองคิวติวค่ะ ลูกชื่อน้อง", P(nick(r)), " เรียนอยู่ ม.5 รหัสนักเรียน ", ("STUDENT_ID", student_id(r, "school")),
            " แม่ชื่อ ", P(thn(r, True)), " ไลน์ ", ("LINE_ID", line_id(r)), " ค่ะ"]


# ==============================================================================================
# POSITIVE: government / legal / property / automotive
# ==============================================================================================
@T("government")
def chat_th_tax_refund(r):
    return ["ภาษียังไม่คืนเลยครับ ยื่นตั้งแต่ ก.พ. เลขผู้เสียภาษี ", ("TH_NATIONAL_ID", nid(r, "plain")), " ชื่อ ", P(thn(r, False)),
            " บัญชีพร้อมเพย์ผูกบัตร ปชช. แล้ว ติดต่อ ", ("PHONE_NUMBER", mobile(r))]


@T("automotive")
def chat_th_car_insurance_accident(r):
    return ["โดนชนท้ายค่ะ😭 รถหนูทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), " คู่กรณีทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)),
            " ชื่อ", P(thn(r, False)), " เค้ายอมรับผิด เบอร์เค้า ", ("PHONE_NUMBER", mobile(r, "plain")), " ส่งเคลมยังไงคะ"]


@T("automotive")
def en_chat_car_rental(r):
    who = west(r)
    return ["Rental extension request: ", P(who), ", car ", ("TH_VEHICLE_PLATE", plate(r)), ", want 3 more days. Charge the same card ",
            ("CREDIT_CARD", card(r, "dash")), ". I'm at ", ("ADDRESS", addr(r, en=True)), "."]


@T("property")
def chat_th_condo_juristic_person(r):
    return ["นิติบุคคลคอนโดคะ ห้อง ", f"{r.randint(2, 35)}0{r.randint(1, 9)}", " ", P(thn(r, True)),
            " ขอใบเสร็จค่าส่วนกลางในนามบริษัท เลขผู้เสียภาษี ", ("TH_JURISTIC_ID", juristic(r)), " ค่ะ ส่งมาที่ ",
            ("EMAIL_ADDRESS", email(r))]


@T("ecommerce")
def chat_th_tax_invoice_company(r):
    return ["ขอใบกำกับภาษีเต็มรูปค่ะ ออกในนาม บจก.", r.choice(["สยามฟู้ดเทรด", "รุ่งเรืองพลาสติก", "ไทยเจริญโลจิสติกส์"]),
            " เลขที่ ", ("TH_JURISTIC_ID", juristic(r)), " ผู้ติดต่อ ", P(thn(r, True)), " ", ("PHONE_NUMBER", mobile(r)),
            " order ", order_no(r, "LZ")]


@T("bank")
def mix_chat_sme_loan(r):
    who = rom(r)
    return [thai_lead(r), "Hi, SME loan question. My company tax ID ", ("TH_JURISTIC_ID", juristic(r, "dash")), ", I'm the director ", P(who),
            ", personal ID ", ("TH_NATIONAL_ID", nid(r, "dash")), ". How much can we borrow with 2M revenue?"]


@T("legal")
def chat_th_contract_review_landlord(r):
    return ["ช่วยตรวจสัญญาเช่าให้หน่อยครับ ผู้ให้เช่า บริษัท ทรัพย์ทวีเอสเตท จำกัด (", ("TH_JURISTIC_ID", juristic(r)),
            ") ผู้เช่า ", P(thn(r, False)), " บัตร ", ("TH_NATIONAL_ID", nid(r, "dash")), " ที่อยู่ทรัพย์ ", ("ADDRESS", addr(r)),
            " ผมกลัวโดนเอาเปรียบเรื่องมัดจำ"]


@T("ecommerce")
def mix_chat_b2b_supplier(r):
    who = rom(r)
    return [thai_lead(r), "hey, invoice to Chaiyo Packaging Co., Ltd., tax id ", ("TH_JURISTIC_ID", juristic(r)), ", attn ", P(who),
            " – ", ("EMAIL_ADDRESS", email(r, who)), ". net 30 ok?"]


# ==============================================================================================
# POSITIVE: IT support / logs inside chats
# ==============================================================================================
@T("it")
def mix_chat_account_hacked(r):
    who = rom(r)
    return [thai_lead(r), "my account got hacked!! someone logged in from ", ("IP_ADDRESS", ipv4(r)), " at 3am. I'm ", P(who), ", login ",
            ("EMAIL_ADDRESS", email(r, who)), ". Please lock it"]


@T("it")
def chat_th_wifi_login_log(r):
    return ["ทำไมเน็ตหอใช้ไม่ได้คะ log ขึ้นแบบนี้\n", "user=", ("STUDENT_ID", student_id(r, "ten")), " src=", ("IP_ADDRESS", ipv4(r)),
            " status=BLOCKED reason=quota\nหนูชื่อ ", P(thn(r, True)), " ห้อง 512 ค่ะ"]


@T("it")
def mix_support_ticket_vpn(r):
    who = west(r)
    return [thai_lead(r), "Ticket #", str(r.randint(10000, 99999)), " from ", P(who), " <", ("EMAIL_ADDRESS", email(r, who)), ">: "
            "VPN drops every 10 min, my home IP ", ("IP_ADDRESS", ipv4(r)), ", laptop TH-LT-", str(r.randint(1000, 9999)),
            ". Also I'm ", DIS("partially sighted"), " so please make the reply large font."]


# ==============================================================================================
# POSITIVE: more conversational (English-heavy)
# ==============================================================================================
@T("insurance")
def en_chat_health_insurance_preexisting(r):
    who = rom(r)
    return ["hey, buying your health plan for my dad ", P(rom(r, False)), ". he has ", H(r.choice(DISEASE_EN)),
            " and had a bypass in 2022, is that a pre-existing condition? I'm ", P(who), ", ", ("PHONE_NUMBER", mobile(r, "dash"))]


@T("hospital")
def mix_whatsapp_export_nurse(r):
    a = r.choice(["Nurse Joy", "Ward 7B"])
    return [thai_lead(r), "WhatsApp chat export\n[", f"{r.randint(1, 28)}/0{r.randint(1, 9)}/25, ", tstamp(r), "] ", a, ": bed 12 ", P(west(r)),
            " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), " ", H(r.choice(["post-op day 2, fever 38.4", "BP 180/110, on IV labetalol",
            "blood sugar 40, given D50"])), "\n[", tstamp(r), "] Dr: ok coming\n\nTurn this into a handover note."]


@T("hospital")
def en_chatbot_history_mental_health(r):
    return ['[{"role": "system", "content": "You are a supportive wellbeing companion."}, ',
            msg("user", ["its ", P(rnick(r)), " again. ", H(r.choice(["had another panic attack at work", "i relapsed and drank again last night",
                         "the psychiatrist raised my lithium dose"])), ". my sister ", P(rnick(r)), " doesnt know"]),
            msg("assistant", ["Thank you for telling me. How are you feeling right now?"], last=True), "]"]


@T("bank")
def mix_chat_joint_account(r):
    a, b = rom(r, False), rom(r, True)
    return [thai_lead(r), "Can I add my wife ", P(b), " to my account ", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")),
            "? I'm ", P(a), ", DOB ", ("DATE_OF_BIRTH", dob(r, "iso")), ". She's at the branch now with her ID."]


@T("telecom")
def en_chat_sim_swap(r):
    who = rom(r)
    return ["urgent!! my number ", ("PHONE_NUMBER", mobile(r, "intl")), " suddenly no signal and I got OTPs I didn't request. "
            "name ", P(who), ", ID ", ("TH_NATIONAL_ID", nid(r, "plain")), ". did someone do a SIM swap???"]


@T("ecommerce")
def mix_chat_food_delivery_allergy(r):
    return [thai_lead(r), "Order for ", P(rnick(r)), ", ", ("ADDRESS", addr(r, en=True)), ". PLEASE no peanuts, ", H(r.choice(["I have a severe peanut allergy",
            "my son is anaphylactic to shellfish"])), ". call ", ("PHONE_NUMBER", mobile(r, "plain")), " when downstairs"]


@T("hr")
def en_teams_message_sick_leave(r):
    return ["Hi ", P(rnick(r)), ", just letting you know I won't be in this week. ", H(r.choice(["My doctor confirmed I have dengue fever",
            "I'm starting chemo on Tuesday", "I've been diagnosed with shingles"])), ". — ", P(rom(r)),
            "\n\n(rewrite this more professionally)"]


@T("legal")
def en_chat_immigration_overstay(r):
    who = west(r, False)
    return ["My friend ", P(who), ", passport ", ("TH_PASSPORT", passport(r, "xx")), ", ", CRIM(r.choice(["was arrested for overstaying 200 days",
            "got a 5-year ban after a drug charge in Phuket"])), ". Can he come back to Thailand? He's at ", ("PHONE_NUMBER", mobile(r, "dash"))]


@T("dating")
def en_chat_dating_app_report(r):
    return ["Report user: this guy ", P(r.choice(["Golf", "Tum", "Oat", "Beer", "Ball", "Ton"])), " on the app keeps asking for money, says his LINE is ",
            ("LINE_ID", line_id(r)), " and phone ", ("PHONE_NUMBER", mobile(r, "intl_plain")), ". he told me he's ",
            SEX("bi and married to a woman"), " lol. please ban"]


@T("dating")
def chat_th_dating_profile_help(r):
    return ["ช่วยเขียน bio แอปหาคู่ให้หน่อย ผม", P(nick(r)), " อายุ 31 ", SEX(r.choice(["เป็นเกย์", "ชอบผู้ชาย"])),
            " ", REL("เป็นคริสต์"), " ชอบเดินป่า ไลน์ ", ("LINE_ID", line_id(r))]


@T("hospital")
def chat_th_grandma_dementia(r):
    return ["ยายผม ", P(old(r)), " ", H(r.choice(["เป็นอัลไซเมอร์", "สมองเสื่อม"])), " ออกจากบ้านไปตั้งแต่เช้า ใส่เสื้อสีฟ้า "
            "บ้านอยู่ ", ("ADDRESS", addr(r)), " ใครเจอโทร ", ("PHONE_NUMBER", mobile(r)), " ช่วยแต่งโพสต์ตามหาให้หน่อยครับ"]


@T("bank")
def chat_th_mixed_codeswitch_limit(r):
    return ["เพิ่ม limit บัตรหน่อยค่ะ จะไปเที่ยว Japan เดือนหน้า card no. ", ("CREDIT_CARD", card(r, "plain")),
            " ชื่อบนบัตร ", P(rom(r).upper()), " อยากได้ limit 200k ได้มะ"]


# ==============================================================================================
# NEGATIVE (hard, per s.26 category): same register, general questions, no specific person
# ==============================================================================================
@T("hospital", hard="HEALTH_DATA")
def neg_th_diabetes_durian_question(r):
    return [r.choice(["สงสัยค่ะ ", "ถามหน่อยครับ ", "แอดคะ "]), "คนเป็นเบาหวานกินทุเรียนได้ไหม วันละกี่พู",
            r.choice(["คะ", "ครับ", "555"]), " แล้วถ้าความดันสูงด้วยต้องงดอะไรบ้าง ขอแบบสรุปสั้นๆ"]


@T("hospital", hard="HEALTH_DATA")
def en_neg_dengue_symptoms_question(r):
    return [r.choice(["hi, ", "quick q: ", ""]), "what are the warning signs of dengue fever and when should someone go to the ER? "
            "also is paracetamol ok or should people avoid ibuprofen? asking for the rainy season newsletter"]


@T("insurance", hard="HEALTH_DATA")
def neg_th_insurance_cancer_coverage(r):
    return ["ประกันมะเร็งแผน Care", r.choice(["Plus", "Max"]), " คุ้มครองมะเร็งระยะลุกลามไหมคะ ถ้าตรวจเจอโรคซึมเศร้าหรือเบาหวานก่อนทำประกันจะรับไหม "
            "เบี้ยปีละ ", amount(r, 3000, 20000), " บาทใช่มั้ย"]


@T("bank", hard="RELIGION")
def neg_th_buddhist_holiday_branch(r):
    return ["วัน", r.choice(["วิสาขบูชา", "มาฆบูชา", "อาสาฬหบูชา"]), "ปีนี้ธนาคารปิดไหมครับ แล้วโอนเงินข้ามธนาคารจะเข้าทันทีหรือรอวันทำการ "
            "แล้วสาขาในห้างเปิดกี่โมง"]


@T("ecommerce", hard="RELIGION")
def en_neg_ramadan_hours(r):
    return ["Do your restaurants in Pattani stay open during Ramadan? Do you have halal-certified menus, and what time is iftar delivery "
            "available? Also is there a Christmas set menu in December? Thanks!"]


@T("tourism", hard="ETHNICITY")
def neg_th_hmong_newyear_tour(r):
    return ["ทัวร์ดอยปุยช่วงปีใหม่ม้งมีไหมคะ อยากไปดูประเพณีชาวม้งกับชาวกะเหรี่ยง ไปกัน ", str(r.randint(2, 6)),
            " คน ราคาเท่าไหร่ ต้องเตรียมเสื้อกันหนาวแค่ไหน 🥶"]


@T("tourism", hard="ETHNICITY")
def en_neg_hilltribe_museum(r):
    return ["Is the Hill Tribe Museum in Chiang Rai worth it? I'd like to learn about Akha, Lahu and Karen cultures "
            "respectfully, not a 'human zoo' long-neck village. Any ethical tour operators? Budget ", amount(r, 1000, 5000), " THB"]


@T("government", hard="POLITICAL_OPINION")
def neg_th_election_day_question(r):
    return ["เลือกตั้ง", r.choice(["นายก อบจ.", "ส.ส.", "ผู้ว่าฯ กทม."]), "ครั้งนี้วันไหนคะ ต้องใช้บัตรอะไรไปบ้าง "
            "ลงทะเบียนเลือกตั้งนอกเขตถึงวันไหน ไม่ไปเลือกจะเสียสิทธิ์อะไรบ้าง"]


@T("media", hard="POLITICAL_OPINION")
def en_neg_news_public_figure(r):
    return ["Summarise this news in 3 bullets: Prime Minister ", r.choice(["Paetongtarn Shinawatra", "Srettha Thavisin"]),
            " said on Tuesday the government would push the digital wallet scheme, while opposition leader ",
            r.choice(["Natthaphong Ruengpanyawut", "Pita Limjaroenrat"]), " called it fiscally risky. The Election Commission has not commented."]


@T("legal", hard="CRIMINAL_RECORD")
def neg_th_police_clearance_howto(r):
    return ["ขอใบรับรองความประพฤติ (ใบผ่านการตรวจสอบประวัติอาชญากรรม) ทำออนไลน์ได้ไหมครับ ใช้เวลากี่วัน ค่าธรรมเนียม ",
            str(r.choice([100, 150])), " บาทใช่มั้ย ถ้าเคยมีคดีแต่ศาลยกฟ้องจะขึ้นไหม"]


@T("legal", hard="CRIMINAL_RECORD")
def en_neg_dui_penalty_question(r):
    return ["what's the penalty for drunk driving in Thailand in 2025? is it jail or just a fine? and does a DUI show up "
            "on a Thai police clearance certificate for a work permit? general info pls"]


@T("government", hard="SEXUAL_BEHAVIOUR")
def neg_th_marriage_equality_docs(r):
    return ["กฎหมายสมรสเท่าเทียมมีผลแล้ว คู่รัก LGBTQ+ ไปจดทะเบียนที่เขตไหนก็ได้ไหมคะ ต้องใช้เอกสารอะไรบ้าง "
            "ต่างชาติจดกับคนไทยได้ไหม 🏳️‍🌈"]


@T("marketing", hard="SEXUAL_BEHAVIOUR")
def en_neg_pride_campaign_copy(r):
    return ["Write 3 Instagram captions for our Bangkok Pride ", r.choice(["2025", "2026"]), " campaign. Inclusive tone, mention "
            "that all genders and orientations are welcome, 20% off rainbow tote bags, code PRIDE", str(r.randint(10, 99)), "."]


@T("transport", hard="DISABILITY")
def neg_th_bts_wheelchair_lift(r):
    return ["สถานี BTS ", r.choice(["อโศก", "สยาม", "หมอชิต", "อ่อนนุช"]), " มีลิฟต์สำหรับรถเข็นวีลแชร์ไหมครับ "
            "คนพิการขึ้นฟรีไหม ต้องแสดงบัตรอะไร"]


@T("government", hard="DISABILITY")
def en_neg_disability_tax_deduction(r):
    return ["How does the Thai tax deduction for caring for a disabled relative work? Is it 60,000 baht per person "
            "and what documents are needed? Please explain like a FAQ."]


@T("hr", hard="TRADE_UNION")
def neg_th_union_law_question(r):
    return ["ถามเรื่องกฎหมายค่ะ ถ้าลูกจ้างอยากตั้งสหภาพแรงงานต้องมีสมาชิกขั้นต่ำกี่คน นายจ้างเลิกจ้างเพราะไปเป็นสมาชิกสหภาพได้ไหม "
            "ตาม พ.ร.บ.แรงงานสัมพันธ์ 2518"]


@T("media", hard="TRADE_UNION")
def en_neg_union_news(r):
    return ["Translate to Thai: The State Railway Workers' Union said it would hold a rally next week over pension changes. "
            "Union membership in Thailand remains below ", str(r.randint(2, 4)), "% of the workforce, according to labour ministry figures."]


@T("hospital", hard="GENETIC_DATA")
def neg_th_dna_test_price(r):
    return ["ตรวจ DNA พิสูจน์ความเป็นพ่อลูกราคาเท่าไหร่คะ ใช้เวลากี่วัน แล้วตรวจยีนมะเร็ง BRCA ต่างจากตรวจคัดกรองธรรมดายังไง ",
            "แพ็กเกจ ", amount(r, 5000, 30000), " บาทรวมอะไรบ้าง"]


@T("hospital", hard="GENETIC_DATA")
def en_neg_nipt_explainer(r):
    return ["Can you explain NIPT in simple words for expecting parents? Which chromosomal conditions does it screen for, "
            "how accurate is it, and how is it different from amniocentesis? Keep it under 200 words."]


@T("bank", hard="BIOMETRIC_DATA")
def neg_th_face_scan_safe_question(r):
    return ["ทำไมแอปธนาคารต้องสแกนหน้าตอนโอนเกิน 50,000 คะ ข้อมูลใบหน้าเก็บไว้ที่ไหน ปลอดภัยไหม "
            "ถ้าโดนมิจฉาชีพเอารูปไปใช้จะผ่านไหม งงมาก🤔"]


@T("telecom", hard="BIOMETRIC_DATA")
def mix_neg_faceid_howto(r):
    return [thai_lead(r), "How do I turn on fingerprint or Face ID login in the app? My phone is a ", r.choice(["Galaxy A55", "iPhone 13", "Redmi Note 13"]),
            ". Is biometric login safer than a PIN?"]


# ==============================================================================================
# NEGATIVE: other hard negatives in the chat register
# ==============================================================================================
@T("chatbot", neg=True)
def neg_chatbot_log_epoch_th(r):
    t0 = epoch_ms(r)
    t1 = epoch_ms(r, int(t0), int(t0) + 9_000_000)
    return ['[{"role": "user", "content": "ค่าส่งไปต่างจังหวัดเท่าไหร่คะ", "created_at": ', t0, '}, ',
            '{"role": "assistant", "content": "ค่าส่งเริ่มต้น 45 บาท ส่งฟรีเมื่อซื้อครบ 599 บาทค่ะ", "created_at": ', t1, '}]']


@T("chatbot", neg=True)
def en_neg_webhook_epoch(r):
    t0, t1 = sorted([epoch_ms(r), epoch_ms(r)])
    return ['{"destination": "channel-prod", "events": [{"type": "message", "timestamp": ', t0,
            ', "message": {"type": "text", "text": "opening hours on Sunday?"}}, {"type": "follow", "timestamp": ', t1,
            '}]}\nwhy does the second event have no message?']


@T("ecommerce", neg=True)
def neg_th_tracking_epoch(r):
    t0, t1 = sorted([epoch_ms(r), epoch_ms(r)])
    return ["พัสดุไม่ขยับเลยค่ะ ดู log ให้หน่อย\n", "status=PICKED_UP ts=", t0, " hub=BKK-03\n", "status=IN_TRANSIT ts=",
            t1, " hub=KKN-01\nเลขพัสดุ ", f"TH{r.randint(10**11, 10**12 - 1)}", "A ค้างที่ขอนแก่นมา 3 วันแล้ว"]


@T("it", neg=True)
def en_neg_analytics_epoch(r):
    a0 = epoch_ms(r)
    a1 = epoch_ms(r, int(a0), int(a0) + 3_600_000)
    b0 = epoch_ms(r)
    b1 = epoch_ms(r, int(b0), int(b0) + 3_600_000)
    return ["session_id,start_ms,end_ms,pages,converted\n", f"s_{r.getrandbits(32):08x},", a0, ",", a1, ",",
            str(r.randint(1, 20)), ",false\n", f"s_{r.getrandbits(32):08x},", b0, ",", b1, ",",
            str(r.randint(1, 20)), ",true\nCompute avg session length in minutes."]


@T("ecommerce", neg=True)
def neg_th_slang_size_question(r):
    return [r.choice(["แอดคะ ", "ทักค่าา ", "หวัดดีครับบ "]), "เสื้อตัวนี้มีไซส์ XL มั้ย อก 44 ใส่ได้ป่าว 555 ส่งฟรีมั้ยยย 🥺 "
            "ราคา ", str(r.randint(199, 890)), " ใช่ป่ะ cf ได้เลยมั้ย"]


@T("ecommerce", neg=True)
def mix_neg_refund_policy_question(r):
    return [thai_lead(r), "hey whats ur refund policy if the item arrives damaged? do I need to film the unboxing?? order total was ",
            amount(r, 300, 5000), " baht btw. also how long does refund to card take"]


@T("ecommerce", neg=True)
def neg_th_promo_code_question(r):
    return ["โค้ด ", r.choice(["SAVE100", "NEWUSER50", "PAYDAY25"]), " ใช้ไม่ได้ค่ะ ขึ้นว่า error code ", str(r.randint(4000, 4999)),
            " ซื้อขั้นต่ำ ", str(r.randint(3, 9)), "00 แล้วนะคะ โปร 11.11 หมดแล้วเหรอ"]


@T("hr", neg=True)
def neg_th_role_mailbox(r):
    return ["สนใจสมัครงานตำแหน่ง Call Center ค่ะ ส่งเรซูเม่ไปที่ ", r.choice(["hr@", "recruit@", "jobs@"]),
            r.choice(["siamservice.co.th", "thaicallcenter.com"]), " ได้เลยไหมคะ หรือต้องกรอกฟอร์มบนเว็บ เงินเดือนเริ่มเท่าไหร่"]


@T("it", neg=True)
def mix_neg_support_mailbox(r):
    return [thai_lead(r), "Which address should I cc for a billing issue — support@", r.choice(["truemoveh.example", "shopee.example"]),
            " or billing@ the same domain? Ticket TCK-", str(r.randint(100000, 999999)), " has been open 5 days."]


@T("telecom", neg=True)
def neg_th_mobile_package_question(r):
    return ["โปรเน็ตไม่อั้น ", r.choice(["15Mbps", "20Mbps", "30Mbps"]), " เดือนละ ", str(r.choice([299, 399, 499])),
            " บาท ยังมีไหมครับ เปลี่ยนจากเติมเงินเป็นรายเดือนต้องไปศูนย์ไหม กด *", str(r.randint(100, 999)), "# ได้ป่าว"]


@T("lottery", neg=True)
def neg_th_lottery_numbers(r):
    return ["ตรวจหวยงวด ", str(r.randint(1, 16)), " ", r.choice(TH_MONTHS), " ให้หน่อย รางวัลที่ 1 ", f"{r.randint(0, 999999):06d}",
            " เลขท้าย 2 ตัว ", f"{r.randint(0, 99):02d}", " ของเราซื้อ ", f"{r.randint(0, 999999):06d}", " กับ ",
            f"{r.randint(0, 999999):06d}", " ถูกไหม 555"]


@T("transport", neg=True)
def mix_neg_flight_status(r):
    return [thai_lead(r), "is flight ", r.choice(["TG", "FD", "WE"]), str(r.randint(100, 999)), " BKK-HKT on ", str(r.randint(1, 28)),
            " Mar delayed? booking shows departure ", tstamp(r), ", gate C", str(r.randint(1, 9)), ". do I need to rebook"]


@T("bank", neg=True)
def neg_th_interest_rate_question(r):
    return ["ดอกเบี้ยเงินฝากประจำ 12 เดือนตอนนี้กี่เปอร์เซ็นต์คะ ", r.choice(["1.5", "1.65", "1.9"]),
            "% ใช่ไหม ฝากขั้นต่ำเท่าไหร่ ถ้าถอนก่อนกำหนดเสียอะไรบ้าง"]


@T("it", neg=True)
def mix_neg_code_snippet(r):
    return [thai_lead(r), "why does this throw KeyError?\n```python\norders = {\"ORD-", str(r.randint(10**6, 10**7)), "\": 1290.50}\n"
            "def total(order_id: str) -> float:\n    return orders[order_id.strip()] * 1.07\nprint(total(\"ORD-",
            str(r.randint(10**6, 10**7)), "\"))\n```"]


@T("callcentre", neg=True)
def neg_th_agent_script_placeholders(r):
    return ["ปรับสคริปต์นี้ให้สุภาพขึ้น: \"สวัสดีค่ะ คุณ{ชื่อลูกค้า} ติดต่อจาก{ชื่อธนาคาร} แจ้งยอดค้างชำระ {ยอดเงิน} บาท "
            "กรุณาชำระภายใน {วันที่} หากชำระแล้วขออภัยค่ะ\""]


@T("callcentre", neg=True)
def en_neg_canned_reply(r):
    return ["Make this canned reply shorter: 'Thank you for contacting us. We're sorry for the delay with your parcel. "
            "Our team is checking with the courier and will update you within ", str(r.randint(24, 72)), " hours. Reference: CS-",
            str(r.randint(10**5, 10**6)), ".'"]


@T("community", neg=True)
def neg_th_traffic_chat(r):
    return ["รถติดมากแถว", r.choice(["บางนา", "รัชดา", "แจ้งวัฒนะ", "พระราม 2"]), " ฝนตกหนัก 🌧️ มีทางเลี่ยงไหม จะไปสนามบินให้ทัน ",
            tstamp(r), " น. ควรขึ้นทางด่วนไหม ค่าทางด่วนกี่บาท"]


@T("community", neg=True)
def neg_th_songkran_shop_notice(r):
    return ["ช่วยเขียนประกาศร้านหน่อย: ร้านหยุดช่วงสงกรานต์ ", str(r.randint(12, 13)), "-", str(r.randint(15, 16)),
            " เม.ย. ออเดอร์ที่สั่งช่วงนี้จะจัดส่งวันที่ 17 นะคะ ขอให้ทุกคนเที่ยวสงกรานต์อย่างปลอดภัย 💦"]


@T("ecommerce", neg=True)
def mix_neg_product_review(r):
    return [thai_lead(r), "Summarise these reviews: 'battery lasts 2 days, great' / 'strap broke after a week, 2 stars' / "
            "'heart-rate sensor is way off during running' / 'good value for ", amount(r, 900, 3000), " baht'"]


@T("hr", neg=True)
def neg_th_job_ad(r):
    return ["รับสมัครพนักงานขับรถส่งของ ", str(r.randint(3, 10)), " อัตรา เงินเดือน ", amount(r, 12000, 18000),
            " + ค่าเที่ยว มีใบขับขี่ประเภท 2 ไม่จำกัดเพศ ศาสนา ยินดีรับผู้พิการ สนใจทักแชทเพจ"]


@T("hr", neg=True)
def en_neg_hr_policy_question(r):
    return ["Under the Thai Labour Protection Act how many days of sick leave are paid per year? Is a medical certificate "
            "required after 3 days? Draft a short policy paragraph."]


@T("utility", neg=True)
def neg_th_electric_bill_question(r):
    return ["ค่าไฟเดือนนี้ ", amount(r, 1200, 6000), " บาท ขึ้นมาเยอะมาก หน่วยละ ", r.choice(["4.18", "3.99", "4.72"]),
            " บาทใช่ไหม เปิดแอร์ 12000 BTU วันละ 8 ชม. ควรเสียเท่าไหร่ คำนวณให้หน่อย"]


@T("ecommerce", neg=True)
def mix_neg_book_isbn(r):
    isbn_body = "978616" + "".join(str(r.randint(0, 9)) for _ in range(6))
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(isbn_body)) % 10) % 10
    return [thai_lead(r), "do you have ISBN ", isbn_body, str(chk), " in stock? the Thai cookbook, hardcover. price says ", str(r.randint(250, 690)),
            " THB on the site"]


@T("bank", neg=True)
def neg_th_scam_awareness_chat(r):
    return ["มี SMS แจ้งว่าบัญชีถูกระงับ ให้กดลิงก์ bit.ly/", "".join(r.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(6)),
            " อันนี้มิจฉาชีพใช่ไหมคะ ธนาคารไม่ส่งลิงก์ทาง SMS แล้วใช่มั้ย แจ้งได้ที่ 1441 หรือเปล่า"]


@T("hospital", neg=True)
def neg_th_hospital_opening_hours(r):
    return ["คลินิกนอกเวลาเปิดกี่โมงถึงกี่โมงคะ วันเสาร์มีหมอเด็กไหม ใช้สิทธิบัตรทองได้มั้ย ค่าตรวจประมาณ ",
            str(r.randint(300, 900)), " บาทใช่ไหม"]


@T("insurance", neg=True)
def mix_neg_car_insurance_quote(r):
    return [thai_lead(r), "Quote for class 1 car insurance, ", r.choice(["Honda City", "Toyota Yaris Ativ", "Mazda 2"]), " ", str(r.randint(2019, 2024)),
            ", 1.2L, garage repair vs dealer repair — what's the premium difference? Deductible ", str(r.choice([1000, 2000, 3000])), " THB."]


@T("government", neg=True)
def neg_th_passport_renewal_howto(r):
    return ["ทำพาสปอร์ตใหม่ต้องจองคิวออนไลน์ไหมครับ เล่ม 5 ปี 1,000 บาท 10 ปี 1,500 บาท ",
            r.choice(["ทำด่วนได้ไหม ", ""]), " ใช้บัตรประชาชนอย่างเดียวพอไหม ที่ศูนย์แจ้งวัฒนะคนเยอะมั้ย"]


@T("chatbot", neg=True)
def en_neg_chatbot_faq_history(r):
    return ['[{"role": "system", "content": "You are the FAQ bot of a Thai telco."}, {"role": "user", "content": "how to check my remaining data"}, '
            '{"role": "assistant", "content": "Dial *', str(r.randint(100, 199)), '# or open the app > My Usage."}]']


# ----------------------------------------------------------------------------------------------
# Build, self-check, write
# ----------------------------------------------------------------------------------------------
def build_rows() -> list[dict]:
    rows: list[dict] = []
    for t in TEMPLATES:
        for i in range(PROMPTS_PER_TEMPLATE):
            r = random.Random(f"{SEED}:{t.name}:{i}")
            text, ents = assemble(t.fn(r))
            if t.negative != (not ents):
                raise AssertionError(f"{t.name}: negative={t.negative} but {len(ents)} entities")
            for e in ents:
                span = text[e["start"]:e["end"]]
                if not _check_value(e["entity_type"], span):
                    raise AssertionError(f"{t.name}: invalid {e['entity_type']} value {span!r}")
            rows.append({"id": "", "split": "test", "domain": t.domain, "template": t.name,
                         "negative": not ents, "text": text, "entities": ents})
    order = list(range(len(rows)))
    random.Random(f"{SEED}:order").shuffle(order)
    shuffled = [rows[k] for k in order]
    for n, row in enumerate(shuffled, 1):
        row["id"] = f"f11-{n:04d}"
    return shuffled


def coverage(rows: list[dict]) -> Counter:
    return Counter(t for r in rows for t in {e["entity_type"] for e in r["entities"]})


def _self_check(rows: list[dict]) -> list[str]:
    problems = []
    names = [t.name for t in TEMPLATES]
    if len(set(names)) != len(names):
        problems.append("duplicate template names")
    negatives = sum(r["negative"] for r in rows)
    if len(rows) < 300 or len(TEMPLATES) < 150 or negatives < 80 or not 0.24 <= negatives / len(rows) <= 0.33:
        problems.append(f"size: rows={len(rows)} templates={len(TEMPLATES)} negatives={negatives}")
    cov = coverage(rows)
    for etype in ENTITY_TYPES:
        need = 10 if etype in S26_TYPES else 6
        if cov[etype] < need:
            problems.append(f"{etype}: {cov[etype]} prompts < {need}")
    hard = Counter(t.s26_hard_negative for t in TEMPLATES if t.s26_hard_negative)
    for etype in S26_TYPES:
        if hard[etype] * PROMPTS_PER_TEMPLATE < 3:
            problems.append(f"hard negatives for {etype}: {hard[etype]} templates")
    epoch = [m for r in rows if r["negative"] for m in re.findall(r"(?<!\d)1[78]\d{11}(?!\d)", r["text"])
             if pin.is_valid(m)]
    if len(epoch) < 8:
        problems.append(f"epoch-ms negatives: {len(epoch)}")
    return problems


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 unless --out matches what this script writes")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--stats", action="store_true", help="print coverage")
    args = ap.parse_args(argv)
    rows = build_rows()
    if args.stats:
        cov = coverage(rows)
        neg = sum(r["negative"] for r in rows)
        en = sum(not re.search(r"[\u0E00-\u0E7F]", r["text"]) for r in rows)
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={neg} ({neg / len(rows):.1%}) "
              f"english_only={en} ({en / len(rows):.1%})")
        for etype in ENTITY_TYPES:
            print(f"  {etype:24s} {cov[etype]}")
    problems = _self_check(rows)
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    text = render(rows)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is stale: rerun bench/make_freshset11.py", file=sys.stderr)
            return 1
        return 0
    if not args.stats:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
