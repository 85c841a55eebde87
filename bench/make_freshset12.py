"""Twelfth blind held-out set for pdpa-guard: bench/freshset12.jsonl.

Written blind (without reading the detector, its tests or any other labelled set), from the entity
catalogue in DESIGN.md, the interface of tests/test_freshsets.py and the file-format plumbing of
make_freshset10.py only. Emphasis of this set: documents and machine text -- RAG context chunks,
OCR'd scans and forms, discharge summaries, insurance claim files, HR files, court and police
documents, school records, Thai government letters (หนังสือราชการ), CSV/TSV/markdown tables, JSON tool
payloads and API logs, SQL, code with fixtures, config files, e-mail threads with signatures. Hard
negatives take the same shapes: templates with placeholders, schemas, statistics tables, public
reports, policy texts, test fixtures with obviously fake or public data, news. About a third of the
templates are English-only.

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file (Faker is imported only to pin the environment).

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, Mr,
Dr ...); ADDRESS is one span from the house number to the postcode (or province); DATE_OF_BIRTH is the
date only; cued numbers (HN, student ID, account ...) are the number only; a plate includes the province
written right after it; s.26 spans are the shortest phrase disclosing the fact about the person (the
writer included). Topics, policies, statistics, laws and products are not s.26 data. Public figures in
news are not labelled. Role mailboxes (info@, hr@, support@ ...) are not personal data.

    python bench/make_freshset12.py            # (re)write bench/freshset12.jsonl
    python bench/make_freshset12.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset12.py --stats    # print coverage
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
_ = faker

ENTITY_TYPES = [
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IP_ADDRESS", "TH_NATIONAL_ID",
    "TH_PASSPORT", "TH_BANK_ACCOUNT", "TH_VEHICLE_PLATE", "ADDRESS", "DATE_OF_BIRTH", "STUDENT_ID",
    "MEDICAL_RECORD_NUMBER", "LINE_ID", "TH_JURISTIC_ID",
    "HEALTH_DATA", "RELIGION", "ETHNICITY", "POLITICAL_OPINION", "CRIMINAL_RECORD", "SEXUAL_BEHAVIOUR",
    "DISABILITY", "TRADE_UNION", "GENETIC_DATA", "BIOMETRIC_DATA",
]
S26_TYPES = ENTITY_TYPES[-10:]

OUT = Path(__file__).resolve().parent / "freshset12.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset12"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_FIRST = [
    "ประภาพร", "ชาญวิทย์", "สุดารัตน์", "อภิชาติ", "นงลักษณ์", "ธีรวัฒน์", "เพ็ญศรี", "วรากร", "ศศิธร", "ปกรณ์",
    "ละเอียด", "สมบัติ", "กัลยา", "ณรงค์ศักดิ์", "พัชรินทร์", "วิชัย", "รุ่งนภา", "ทองสุข", "เบญจวรรณ", "อดิศร",
    "จุฑามาศ", "ไพศาล", "สุนิสา", "บรรจง", "ปิยวัฒน์", "ลัดดาวัลย์", "ศักดิ์ชัย", "อรอนงค์", "ชูชาติ", "ดารุณี",
    "ภัทรานิษฐ์", "สิทธิชัย", "นันทนา", "เกียรติศักดิ์", "มาลัย", "ยุพิน", "คมสันต์", "อัมพร", "ธนวัฒน์", "วิไลวรรณ",
    "ฮาซัน", "ซูไฮลา", "อับดุลเลาะ", "นูรีดา", "มะยูโซะ", "สมพงษ์", "บุญส่ง", "จำเนียร", "พรรณี", "ปัณณ์",
]
TH_LAST = [
    "ศรีสุวรรณ", "วงศ์ไพศาล", "ทองประเสริฐ", "แก้วมณี", "จันทร์หอม", "พรหมวิเศษ", "สุขเจริญ", "บุญยืน",
    "ปัญญาดี", "เรืองศรี", "อินทรสุวรรณ", "ชัยมงคล", "ศักดิ์สิทธิ์", "ธรรมรักษ์", "มณีวงศ์", "นาคประเสริฐ",
    "เพชรรัตน์", "สายทอง", "กิจเจริญ", "ภูมิพัฒน์", "ตั้งวงศ์ไชย", "หอมจันทร์", "ดวงแก้ว", "ลิ้มสกุล",
    "บินหะยีอาแว", "สะมะแอ", "ยีหมะ", "แซ่ลี้", "โพธิ์ทอง", "คำภักดี", "สีดา", "ยอดเมือง", "บุญมา", "วิเศษสุข",
]
TH_NICKS = ["ต้น", "แพร", "บอล", "จูน", "เก่ง", "ฝน", "โอ๊ต", "มายด์", "นุ่น", "เจ", "กิ๊ฟ", "ปาล์ม", "บีม", "แนน"]
EN_FIRST = [
    "Prapaporn", "Chanwit", "Sudarat", "Apichart", "Nongluck", "Teerawat", "Pensri", "Warakorn", "Sasithorn",
    "Pakorn", "Kanlaya", "Narongsak", "Patcharin", "Wichai", "Rungnapa", "Benjawan", "Adisorn", "Jutamas",
    "Paisan", "Sunisa", "Piyawat", "Siriporn", "Kiattisak", "Nantana", "Thanawat", "Wilaiwan", "Hassan",
]
EN_LAST = [
    "Srisuwan", "Wongpaisan", "Thongprasert", "Kaewmanee", "Chanhom", "Promwiset", "Sukcharoen", "Boonyuen",
    "Panyadee", "Ruangsri", "Chaimongkol", "Thammarak", "Maneewong", "Nakprasert", "Petcharat", "Saithong",
    "Kitcharoen", "Tangwongchai", "Duangkaew", "Limsakul", "Phothong", "Yodmuang", "Wisetsuk", "Samae",
]
FOREIGN = ["Daniel Hargreaves", "Mei Ling Tan", "Aung Kyaw Min", "Nguyen Thi Hoa", "Rahul Mehta", "Sophie Laurent",
           "Kenji Watanabe", "Oliver Brandt", "Zaw Lin Htet", "Maria Santos", "Park Ji-woo", "Lukas Novak"]
FOREIGN_TH = ["อ่อง เมียว ทุน", "ขิ่น มา ลา", "ทุน อ่อง", "มิ้น ไข่", "จ่อ จ่อ วิน", "ทิน ทิน เอ"]
DOCS = ["วรพจน์ อัศวเดช", "กนกพร รัตนโชติ", "ศิวกร ตันติวงศ์", "พิชญา จิรวัฒน์", "อนันต์ เลิศวิริยะ"]
DOCS_EN = ["Worapot Atsawadet", "Kanokporn Rattanachot", "Siwakorn Tantiwong", "Pitchaya Jirawat"]


def thn(r: random.Random) -> str:
    return f"{r.choice(TH_FIRST)} {r.choice(TH_LAST)}"


def enn(r: random.Random) -> str:
    return f"{r.choice(EN_FIRST)} {r.choice(EN_LAST)}"


def thf(r: random.Random) -> str:
    return r.choice(TH_FIRST)


def enf(r: random.Random) -> str:
    return r.choice(EN_FIRST)


TH_FEMALE = {"ประภาพร", "สุดารัตน์", "นงลักษณ์", "เพ็ญศรี", "ศศิธร", "กัลยา", "พัชรินทร์", "รุ่งนภา", "เบญจวรรณ", "จุฑามาศ",
             "สุนิสา", "ลัดดาวัลย์", "อรอนงค์", "ดารุณี", "ภัทรานิษฐ์", "นันทนา", "มาลัย", "ยุพิน", "อัมพร", "วิไลวรรณ",
             "ซูไฮลา", "นูรีดา", "จำเนียร", "พรรณี", "ละเอียด"}
ID_PAIRS = [("ประภาพร ศรีสุวรรณ", "Prapaporn Srisuwan", True), ("ชาญวิทย์ วงศ์ไพศาล", "Chanwit Wongpaisan", False),
            ("สุดารัตน์ ทองประเสริฐ", "Sudarat Thongprasert", True), ("อภิชาติ แก้วมณี", "Apichart Kaewmanee", False),
            ("ธีรวัฒน์ พรหมวิเศษ", "Teerawat Promwiset", False), ("ศศิธร สุขเจริญ", "Sasithorn Sukcharoen", True)]


def title_th(r: random.Random, name: str | None = None) -> str:
    if name is None:
        return r.choice(["นาย", "นางสาว", "นาง", "น.ส."])
    return r.choice(["นางสาว", "นาง", "น.ส."]) if name.split()[0] in TH_FEMALE else "นาย"


def thn_f(r: random.Random) -> str:
    return f"{r.choice(sorted(TH_FEMALE))} {r.choice(TH_LAST)}"


def thn_m(r: random.Random) -> str:
    return f"{r.choice([n for n in TH_FIRST if n not in TH_FEMALE])} {r.choice(TH_LAST)}"


def title_en(r: random.Random) -> str:
    return r.choice(["Mr.", "Ms.", "Mrs.", "Mr", "Ms"])


# ----------------------------------------------------------------------------------------------
# Fabricated values
# ----------------------------------------------------------------------------------------------
def _d(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def nid(r: random.Random, style: str | None = None) -> str:
    body = str(r.randint(1, 8)) + _d(r, 11)
    n = body + pin.calc_check_digit(body)
    style = style or r.choice(["plain", "dash", "dash", "space"])
    if style == "plain":
        return n
    sep = "-" if style == "dash" else " "
    return sep.join([n[0], n[1:5], n[5:10], n[10:12], n[12]])


def juristic(r: random.Random, style: str | None = None) -> str:
    body = "0" + r.choice(["105", "107", "115", "135", "205", "505", "994"]) + _d(r, 8)
    n = body + moa.calc_check_digit(body)
    style = style or r.choice(["plain", "plain", "dash", "space"])
    if style == "plain":
        return n
    sep = "-" if style == "dash" else " "
    return sep.join([n[0], n[1:3], n[3], n[4:7], n[7:12], n[12]])


def epoch_ms(r: random.Random) -> str:
    while True:
        v = str(r.randint(1_700_000_000_000, 1_869_999_999_999))
        if pin.is_valid(v):
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
    prefix = r.choice(["4", "4", "5", "52", "54", "35", "2223"])
    body = prefix + _d(r, 15 - len(prefix))
    d = next(body + c for c in "0123456789" if _luhn_ok(body + c))
    style = style or r.choice(["space", "dash", "plain"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    return sep.join([d[0:4], d[4:8], d[8:12], d[12:16]])


def masked_card(r: random.Random) -> str:
    return f"{r.choice(['4', '5'])}{_d(r, 3)} XXXX XXXX {_d(r, 4)}"


def _valid_phone(v: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, "TH"))
    except phonenumbers.NumberParseException:
        return False


def mobile(r: random.Random, style: str | None = None) -> str:
    while True:
        d = "0" + r.choice(["6", "8", "9"]) + _d(r, 8)
        s = style or r.choice(["dash", "plain", "space", "intl", "dash"])
        v = {"dash": f"{d[:3]}-{d[3:6]}-{d[6:]}", "plain": d, "space": f"{d[:3]} {d[3:6]} {d[6:]}",
             "intl": f"+66 {d[1:3]} {d[3:6]} {d[6:]}", "intl_plain": f"+66{d[1:]}"}[s]
        if _valid_phone(v):
            return v


def landline(r: random.Random) -> str:
    while True:
        area = r.choice(["02", "02", "053", "043", "074", "038", "076"])
        rest = _d(r, 7 if area == "02" else 6)
        v = f"{area}-{rest[:3]}-{rest[3:]}" if area == "02" else f"{area}-{rest}"
        if _valid_phone(v):
            return v


FREE_MAIL = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.co.th", "icloud.com", "hotmail.co.th"]
ROMAN_HANDLES = ["prapa", "chanwit", "sudarat", "apichart", "nong", "teera", "pensri", "warakorn", "sasi",
                 "pakorn", "kanlaya", "narong", "patcha", "wichai", "rungnapa", "benja", "adisorn", "jutamas"]


def email(r: random.Random, name: str | None = None, domain: str | None = None) -> str:
    if name and re.fullmatch(r"[A-Za-z]+ [A-Za-z-]+", name):
        first, last = name.lower().split(" ")
        user = r.choice([f"{first}.{last}", f"{first}.{last[:1]}", f"{first}{r.randint(1, 99)}", f"{first[:1]}{last}"])
    else:
        user = r.choice(ROMAN_HANDLES) + r.choice(["", ".", "_"]) + r.choice(["", str(r.randint(70, 99)),
                                                                              r.choice(EN_LAST).lower()])
    user = user.replace("-", "").strip("._") or "user"
    return f"{user}@{domain or r.choice(FREE_MAIL)}"


def ipv4(r: random.Random, private: bool = False) -> str:
    if private:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    return f"{r.choice([49, 58, 110, 124, 171, 182, 203])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"


def ipv6(r: random.Random) -> str:
    return "2405:9800:" + ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(6))


def passport(r: random.Random, kind: str = "th") -> str:
    if kind == "th":
        return r.choice(["AA", "AB", "AC", "AD", "AE"]) + _d(r, 7)
    if kind == "mm":
        return r.choice(["MA", "MB", "MC"]) + _d(r, 6)
    return r.choice(["C", "E", "P", "N"]) + _d(r, 7)


BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา", "ออมสิน", "ทีทีบี"]
BANKS_EN = ["KBank", "SCB", "Bangkok Bank", "Krungthai", "Krungsri", "GSB", "ttb"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    d = _d(r, 10)
    style = style or r.choice(["dash", "plain", "dash"])
    return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}" if style == "dash" else d


PLATE_CH = ["กพ", "ขง", "ฒย", "1กท", "2ขบ", "3กฮ", "นข", "บม", "ศร", "7กล", "อว", "ฆฉ"]
PROVS = ["กรุงเทพมหานคร", "นนทบุรี", "เชียงใหม่", "ขอนแก่น", "ชลบุรี", "นครราชสีมา", "สงขลา", "อุดรธานี",
         "ระยอง", "สุราษฎร์ธานี", "ปทุมธานี", "พิษณุโลก"]


def plate(r: random.Random) -> str:
    return f"{r.choice(PLATE_CH)} {r.randint(1, 9999)} {r.choice(PROVS)}"


AREAS = [
    ("แขวงคลองตันเหนือ เขตวัฒนา", "กรุงเทพมหานคร", "10110"), ("แขวงสามเสนนอก เขตห้วยขวาง", "กรุงเทพฯ", "10310"),
    ("แขวงบางหว้า เขตภาษีเจริญ", "กรุงเทพมหานคร", "10160"), ("ต.บางกระสอ อ.เมืองนนทบุรี", "จ.นนทบุรี", "11000"),
    ("ตำบลสุเทพ อำเภอเมืองเชียงใหม่", "จังหวัดเชียงใหม่", "50200"), ("ต.ในเมือง อ.เมืองขอนแก่น", "จ.ขอนแก่น", "40000"),
    ("ต.หาดใหญ่ อ.หาดใหญ่", "จ.สงขลา", "90110"), ("ต.บ้านสวน อ.เมืองชลบุรี", "จ.ชลบุรี", "20000"),
    ("ต.สะเตง อ.เมืองยะลา", "จ.ยะลา", "95000"), ("ตำบลหมากแข้ง อำเภอเมืองอุดรธานี", "จังหวัดอุดรธานี", "41000"),
    ("ต.คลองหนึ่ง อ.คลองหลวง", "จ.ปทุมธานี", "12120"), ("ต.ในเมือง อ.เมืองนครราชสีมา", "จ.นครราชสีมา", "30000"),
]
STREETS = ["ซอยสุขุมวิท 49", "ถนนประชาราษฎร์บำเพ็ญ", "ซ.อ่อนนุช 17", "ถ.ห้วยแก้ว", "ถนนมิตรภาพ", "ซอยเพชรเกษม 63",
           "ถ.ศรีจันทร์", "ถนนนิพัทธ์อุทิศ 3", "หมู่ 4", "ม.7"]
AREAS_EN = [
    ("Khlong Toei Nuea, Watthana", "Bangkok", "10110"), ("Samsen Nai, Phaya Thai", "Bangkok", "10400"),
    ("Suthep, Mueang Chiang Mai", "Chiang Mai", "50200"), ("Nong Prue, Bang Lamung", "Chonburi", "20150"),
    ("Talat Yai, Mueang Phuket", "Phuket", "83000"), ("Nai Mueang, Mueang Khon Kaen", "Khon Kaen", "40000"),
]
STREETS_EN = ["Soi Sukhumvit 31", "Phahonyothin Rd.", "Soi Ari 4", "Nimmanhaemin Rd. Soi 7", "Thepkrasattri Rd."]


def house(r: random.Random) -> str:
    return r.choice([str(r.randint(1, 999)), f"{r.randint(1, 299)}/{r.randint(1, 150)}"])


def addr(r: random.Random, short: bool = False) -> str:
    a, p, z = r.choice(AREAS)
    s = r.choice(STREETS)
    if short:
        return f"{house(r)} {s} {a} {p}"
    return f"{house(r)} {s} {a} {p} {z}"


def addr_en(r: random.Random) -> str:
    a, p, z = r.choice(AREAS_EN)
    return f"{house(r)} {r.choice(STREETS_EN)}, {a}, {p} {z}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
             "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def dob(r: random.Random, style: str | None = None, lo: int = 1955, hi: int = 2005) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["th", "thshort", "iso", "slash_be"])
    if style == "th":
        return f"{d} {TH_MONTHS[m - 1]} {y + 543}"
    if style == "thshort":
        return f"{d} {TH_MON[m - 1]} {str(y + 543)[2:] if r.random() < 0.4 else y + 543}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "en":
        return f"{d} {EN_MONTHS[m - 1]} {y}"
    if style == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    return f"{d:02d}/{m:02d}/{y + 543}"


def student_id(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["uni", "school", "dash"])
    if style == "uni":
        return f"{r.randint(63, 68)}{_d(r, 8)}"
    if style == "school":
        return _d(r, 5)
    return f"{r.randint(64, 68)}-{_d(r, 4)}-{_d(r, 3)}"


def hn(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["slash", "dash", "plain"])
    if style == "slash":
        return f"{_d(r, 6)}/{r.randint(60, 68)}"
    if style == "dash":
        return f"{r.randint(60, 68)}-{_d(r, 6)}"
    return f"{r.randint(1, 9)}{_d(r, 7)}"


def line_id(r: random.Random) -> str:
    return r.choice(ROMAN_HANDLES) + r.choice(["", ".", "_"]) + r.choice(["bkk", "2537", "cute", "99", "naja", "th"])


def money(r: random.Random, lo: int = 500, hi: int = 250000) -> str:
    return f"{r.randint(lo, hi):,}.{r.choice(['00', '50', '00', '25'])}"


def ref(r: random.Random, prefix: str) -> str:
    return f"{prefix}{_d(r, r.choice([8, 10]))}"


def thai_digits(s: str) -> str:
    return s.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


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
        return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", span)) and not re.match(
            r"(info|hr|support|recruit|admin|noreply|no-reply|contact|saraban|claims|ops)@", span)
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
        return not re.search(r"\d|^(นาย|นาง|น\.ส\.|คุณ|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) ", span)
    return entity_type in ENTITY_TYPES


# ----------------------------------------------------------------------------------------------
# Template plumbing
# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Template:
    name: str
    domain: str
    negative: bool
    s26_hard_negative: str | None
    english: bool
    fn: Callable[[random.Random], list]


TEMPLATES: list[Template] = []


def T(domain: str, neg: bool = False, hard: str | None = None, en: bool = False) -> Callable:
    def deco(fn: Callable[[random.Random], list]) -> Callable[[random.Random], list]:
        TEMPLATES.append(Template(fn.__name__, domain, neg or hard is not None, hard, en, fn))
        return fn
    return deco


def P(v: str) -> tuple[str, str]:
    return ("PERSON", v)


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


def tj(v: str) -> str:
    """JSON-escape a plain string for hand-built JSON payloads (without the quotes)."""
    return json.dumps(v, ensure_ascii=False)[1:-1]


# ----------------------------------------------------------------------------------------------
# s.26 vocabulary (phrases stated of a person; the labelled span is the phrase itself)
# ----------------------------------------------------------------------------------------------
DX_TH = ["เบาหวานชนิดที่ 2", "ความดันโลหิตสูง", "ไตวายเรื้อรังระยะที่ 4", "มะเร็งลำไส้ใหญ่ระยะที่ 3", "โรคซึมเศร้า",
         "ไบโพลาร์", "หอบหืด", "วัณโรคปอด", "ไวรัสตับอักเสบบี", "หลอดเลือดสมองตีบ", "ติดเชื้อเอชไอวี"]
DX_EN = ["type 2 diabetes mellitus", "chronic kidney disease stage 4", "major depressive disorder",
         "HIV infection", "stage III colon cancer", "pulmonary tuberculosis", "chronic hepatitis B",
         "bipolar I disorder", "acute ischemic stroke", "generalised anxiety disorder"]
ICD = [("E11.9", "Type 2 diabetes mellitus without complications"), ("I10", "Essential hypertension"),
       ("F32.1", "Moderate depressive episode"), ("J45.9", "Asthma, unspecified"), ("N18.4", "CKD stage 4"),
       ("B20", "HIV disease"), ("C18.7", "Malignant neoplasm of sigmoid colon"), ("A15.0", "Tuberculosis of lung")]
REL_TH = ["นับถือศาสนาอิสลาม", "นับถือศาสนาคริสต์", "นับถือศาสนาพุทธ", "เป็นมุสลิม", "เป็นคริสเตียน", "นับถือศาสนาซิกข์"]
REL_FIELD = ["อิสลาม", "คริสต์", "พุทธ", "ซิกข์", "ฮินดู", "คริสต์ (คาทอลิก)"]
REL_EN = ["Muslim", "Christian", "Buddhist", "Hindu", "Roman Catholic", "Sikh"]
ETH_FIELD = ["ไทใหญ่", "กะเหรี่ยง", "ม้ง", "อาข่า", "มลายู", "ลาหู่", "มอแกน", "ลีซู"]
ETH_TH = ["เป็นชาวกะเหรี่ยง", "เชื้อสายม้ง", "ชาติพันธุ์อาข่า", "เชื้อสายมลายู", "เป็นชาวไทใหญ่", "ชาติพันธุ์ลาหู่"]
ETH_EN = ["ethnic Karen", "ethnic Hmong", "Akha", "Shan (Tai Yai)", "Malay-Muslim", "Lahu", "Moken"]
POL_TH = ["เป็นสมาชิกพรรคฝ่ายค้าน", "ไปร่วมชุมนุมต่อต้านรัฐบาล", "สนับสนุนพรรคก้าวหน้า", "เป็นแกนนำกลุ่มราษฎร",
          "โพสต์สนับสนุนการยกเลิก ม.112", "เป็นหัวคะแนนพรรครัฐบาล", "เป็นผู้สนับสนุนพรรคเพื่อชาติ"]
POL_EN = ["member of an opposition party", "took part in the anti-government rally", "campaigns for the ruling party",
          "openly supports abolishing Section 112", "volunteer canvasser for the opposition"]
CRIM_TH = ["เคยต้องโทษจำคุก 2 ปี คดียาเสพติด", "มีประวัติถูกจับคดีลักทรัพย์", "ต้องคำพิพากษาคดีฉ้อโกง",
           "เคยถูกคุมประพฤติคดีเมาแล้วขับ", "มีหมายจับคดีพนันออนไลน์", "ถูกตัดสินจำคุกคดีทำร้ายร่างกาย"]
CRIM_EN = ["convicted of fraud in 2019", "served 18 months for drug possession", "prior conviction for drunk driving",
           "arrest record for theft", "on probation for assault"]
SEX_TH = ["มีเพศสัมพันธ์กับชายโดยไม่ใช้ถุงยาง", "เป็นเกย์", "เป็นหญิงรักหญิง", "มีคู่นอนหลายคน",
          "มีเพศสัมพันธ์กับผู้ให้บริการทางเพศ", "เป็นไบเซ็กชวล"]
SEX_EN = ["men who have sex with men (MSM)", "is gay", "has multiple sexual partners", "unprotected sex with a new partner",
          "is bisexual", "is a lesbian"]
DIS_TH = ["พิการทางการเคลื่อนไหว", "ตาบอดทั้งสองข้าง", "หูหนวก", "พิการทางสติปัญญา", "ออทิสติก", "ขาขาดข้างซ้ายใช้ขาเทียม",
          "พิการทางการได้ยิน", "ใช้รถเข็นวีลแชร์"]
DIS_EN = ["wheelchair user", "profoundly deaf", "legally blind", "intellectual disability", "below-knee amputee",
          "autism spectrum disorder"]
UNION_TH = ["เป็นสมาชิกสหภาพแรงงาน", "เป็นกรรมการสหภาพแรงงาน", "เป็นประธานสหภาพแรงงาน", "สมัครเข้าสหภาพแรงงาน",
            "เป็นสมาชิกสหภาพแรงงานรัฐวิสาหกิจ"]
UNION_EN = ["union member", "shop steward of the workers' union", "member of the labour union",
            "joined the employees' union", "union committee member"]
GEN_TH = ["เป็นพาหะธาลัสซีเมีย", "ตรวจพบยีน BRCA1 กลายพันธุ์", "มียีน HLA-B*15:02", "ผลตรวจ DNA ยืนยันเป็นบิดา",
          "ตรวจพบยีน BRCA2 กลายพันธุ์", "มียีน HLA-B*58:01"]
GEN_EN = ["BRCA1 pathogenic variant carrier", "HLA-B*15:02 positive", "carrier of beta-thalassemia trait",
          "APOE e4/e4 genotype", "Lynch syndrome (MLH1 variant)", "HLA-B*58:01 positive"]


def b64(r: random.Random, n: int = 40) -> str:
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(r.choice(al) for _ in range(n)) + "=="


def vec(r: random.Random, n: int = 6) -> str:
    return "[" + ", ".join(f"{r.uniform(-1, 1):.4f}" for _ in range(n)) + ", ...]"


# ----------------------------------------------------------------------------------------------
# Templates: hospital, clinic, insurance
# ----------------------------------------------------------------------------------------------
@T("hospital")
def discharge_summary_th(r):
    n, doc = thn(r), r.choice(DOCS)
    return ["สรุปข้อมูลการจำหน่ายผู้ป่วย (Discharge Summary)\nโรงพยาบาลศูนย์ขอนแก่น\n",
            "ชื่อ-สกุล: ", title_th(r, n), " ", P(n), "   HN: ", ("MEDICAL_RECORD_NUMBER", hn(r)), "   AN: ",
            f"{r.randint(66, 68)}{_d(r, 5)}\nวันเกิด: ", ("DATE_OF_BIRTH", dob(r, "th")),
            "   เลขประจำตัวประชาชน: ", ("TH_NATIONAL_ID", nid(r)), "\nวันที่รับไว้: 3 ก.ย. 2568  วันที่จำหน่าย: 9 ก.ย. 2568\n",
            "การวินิจฉัยหลัก: ", ("HEALTH_DATA", r.choice(DX_TH)), "\nโรคร่วม: ", ("HEALTH_DATA", r.choice(DX_TH[:4])),
            "\nการรักษา: ให้ยาตามแผน ติดตามระดับน้ำตาลทุก 6 ชม.\nแพทย์ผู้รักษา: พญ. ", P(doc),
            "\n\nช่วยสรุปเป็นภาษาที่ญาติเข้าใจง่าย ไม่เกิน 5 บรรทัด"]


@T("hospital", en=True)
def discharge_summary_en(r):
    n, doc = enn(r), r.choice(DOCS_EN)
    return ["Summarise this discharge note for the referral letter.\n---\nDISCHARGE SUMMARY\nPatient: ", P(n),
            "  MRN: ", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), "  DOB: ", ("DATE_OF_BIRTH", dob(r, "en")),
            "\nAdmitted: 2025-08-14  Discharged: 2025-08-20\nPrincipal diagnosis: ", ("HEALTH_DATA", r.choice(DX_EN)),
            "\nHospital course: responded to treatment, no complications.\nAllergies: ", ("HEALTH_DATA", "penicillin allergy"),
            "\nAttending: Dr. ", P(doc), "\nFollow-up: OPD in 2 weeks.\n---"]


@T("hospital")
def ocr_opd_card(r):
    n = thn(r)
    return ["[OCR page 1/1 | confidence 0.81]\nบัตรตรวจโรคผู้ป่วยนอก  รพ.สต.บ้านหนองแวง\nชื่อ ", title_th(r, n), P(n),
            " อายุ ", str(r.randint(40, 80)), " ปี\nHN ", ("MEDICAL_RECORD_NUMBER", hn(r, "slash")), "  สิทธิ: บัตรทอง\n",
            "ที่อยู่ ", ("ADDRESS", addr(r)), "\nโทร ", ("PHONE_NUMBER", mobile(r, "plain")), "\nCC: เวียนศีรษะ 2 วัน\n",
            "Dx: ", ("HEALTH_DATA", r.choice(["HT uncontrolled", "DM c hyperglycemia", "CKD st.3"])),
            "\nRx: Amlodipine 5mg 1x1 pc\n\nแก้คำที่ OCR อ่านผิดแล้วจัดเป็นตารางให้หน่อย"]


@T("insurance")
def claim_file_th(r):
    n = thn(r)
    return ["แฟ้มเคลม #CLM-", _d(r, 8), "\nผู้เอาประกัน: ", P(n), "\nเลขบัตรประชาชน: ", ("TH_NATIONAL_ID", nid(r, "plain")),
            "\nกรมธรรม์: HL-", _d(r, 9), " (สุขภาพเหมาจ่าย)\nสาเหตุการเคลม: ผ่าตัด", ("HEALTH_DATA", "ไส้ติ่งอักเสบเฉียบพลัน"),
            "\nประวัติเดิม: ", ("HEALTH_DATA", r.choice(["เป็นเบาหวานมา 5 ปี", "เคยรักษาโรคซึมเศร้า", "มีประวัติความดันสูง"])),
            "\nโอนเงินเข้าบัญชี ", r.choice(BANKS), " เลขที่ ", ("TH_BANK_ACCOUNT", bank_acct(r)), "\nยอดเรียกร้อง ",
            money(r, 20000, 180000), " บาท\n\nตรวจว่ามีการปกปิดข้อเท็จจริงก่อนทำประกัน (non-disclosure) หรือไม่"]


@T("insurance", en=True)
def claim_json_en(r):
    n = enn(r)
    return ['POST /v2/claims/assess\n{"claim_id": "CLM', _d(r, 9), '", "claimant": {"name": "', P(n),
            '", "passport": "', ("TH_PASSPORT", passport(r)), '", "email": "', ("EMAIL_ADDRESS", email(r, n)),
            '"}, "incident": {"type": "inpatient", "diagnosis": "', ("HEALTH_DATA", r.choice(DX_EN)),
            '", "icd10": "', r.choice(ICD)[0], '"}, "payout": {"method": "card", "card_number": "',
            ("CREDIT_CARD", card(r, "plain")), '"}, "submitted_at_ms": ', epoch_ms(r), "}"]


@T("insurance")
def motor_claim_csv(r):
    rows = []
    for _ in range(3):
        rows += [("PERSON", thn(r)), ",", ("TH_VEHICLE_PLATE", plate(r)), ",", ("PHONE_NUMBER", mobile(r, "dash")),
                 ",", r.choice(["ชนท้าย", "เฉี่ยวชน", "น้ำท่วม", "กระจกแตก"]), ",", money(r, 3000, 90000), "\n"]
    return ["จัดกลุ่มเคลมรถยนต์ต่อไปนี้ตามประเภทความเสียหายและหาเคสที่น่าสงสัยฉ้อฉล\n```csv\n",
            "ผู้เอาประกัน,ทะเบียนรถ,เบอร์ติดต่อ,เหตุ,ค่าซ่อมประเมิน\n", rows, "```"]


@T("insurance", en=True)
def underwriting_genetic_en(r):
    n = enn(r)
    return ["Underwriting note (life, sum assured THB 5,000,000)\nApplicant: ", P(n), ", DOB ", ("DATE_OF_BIRTH", dob(r, "en")),
            "\nDisclosed: mother had breast cancer at 42. Applicant's genetic panel (Aug 2025): ",
            ("GENETIC_DATA", r.choice(["BRCA1 pathogenic variant carrier", "BRCA2 c.5946delT carrier"])),
            ".\nBMI 23, non-smoker.\nQuestion for the assistant: does our reinsurance treaty let us load the premium on this basis?"]


@T("hospital")
def lab_result_json(r):
    n = thn(r)
    return ['{"tool":"lis.fetch_result","result":{"hn":"', ("MEDICAL_RECORD_NUMBER", hn(r, "dash")), '","patient":"', P(n),
            '","tests":[{"code":"CBC","status":"final"},{"code":"LFT","status":"final"}],',
            '"interpretation":"', ("HEALTH_DATA", "ผล Anti-HIV เป็นบวก"), '","genotype":"', ("GENETIC_DATA", "HLA-B*58:01 positive"),
            '"}}\nเขียนข้อความแจ้งผลให้แพทย์เจ้าของไข้ทางไลน์กลุ่มวอร์ด แบบสุภาพ']


@T("hospital")
def referral_letter(r):
    n, doc = thn(r), r.choice(DOCS)
    return ["ที่ ขก ๐๐๓๒.๓๐๑/", thai_digits(str(r.randint(100, 999))), "\nเรื่อง ขอส่งตัวผู้ป่วยเพื่อรับการรักษาต่อ\n",
            "เรียน ผู้อำนวยการโรงพยาบาลศรีนครินทร์\n\tด้วยโรงพยาบาลชุมแพได้ให้การรักษา ", title_th(r, n), P(n),
            " HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), " ผู้ป่วย", ("HEALTH_DATA", r.choice(["มะเร็งตับระยะลุกลาม", "ไตวายเรื้อรังระยะสุดท้าย", "ลิ้นหัวใจรั่วรุนแรง"])),
            " ซึ่งเกินศักยภาพของโรงพยาบาล จึงขอส่งตัวเพื่อรับการรักษาต่อ ทั้งนี้ผู้ป่วย",
            ("DISABILITY", r.choice(["ตาบอดทั้งสองข้าง", "ใช้รถเข็นวีลแชร์", "หูหนวก"])),
            " ต้องมีญาติติดตาม\n\nขอแสดงความนับถือ\n(", P(doc), ")\nนายแพทย์ชำนาญการ\n\nแปลงเป็นภาษาอังกฤษแบบทางการ"]


@T("hospital", en=True)
def pgx_alert_en(r):
    n = enn(r)
    return ["[CDS alert 2025-10-02 08:14] Patient ", P(n), " (MRN ", ("MEDICAL_RECORD_NUMBER", hn(r, "dash")),
            ") ordered carbamazepine. Pharmacogenomic result on file: ", ("GENETIC_DATA", "HLA-B*15:02 positive"),
            ". Indication: ", ("HEALTH_DATA", "trigeminal neuralgia"),
            ".\nDraft a short message to the prescriber recommending an alternative."]


@T("clinic")
def hiv_clinic_note(r):
    n = thn(r)
    return ["บันทึกการให้คำปรึกษาก่อนเริ่ม PrEP\nผู้รับบริการ: ", P(n), " (ชื่อเล่น ", r.choice(TH_NICKS), ")  LINE: ",
            ("LINE_ID", line_id(r)), "\nประวัติ: ", ("SEXUAL_BEHAVIOUR", r.choice(SEX_TH[:1] + SEX_TH[3:5])),
            " ในช่วง 3 เดือนที่ผ่านมา ผลตรวจครั้งนี้พบ", ("HEALTH_DATA", "ซิฟิลิสระยะแรก"),
            "\nแผน: เริ่ม TDF/FTC วันละ 1 เม็ด นัด 1 เดือน\n\nช่วยสรุปเป็นภาษาอังกฤษสำหรับส่งต่อแพทย์"]


@T("clinic", en=True)
def sti_clinic_ticket_en(r):
    n = enn(r)
    return ["Ticket #", _d(r, 6), " | Sexual Health Clinic Silom\nFrom: ", P(n), " <", ("EMAIL_ADDRESS", email(r, n)), ">\n",
            "Hi, I tested positive for ", ("HEALTH_DATA", "chlamydia"), " last week. I ", ("SEXUAL_BEHAVIOUR", "had unprotected sex with two different partners"),
            " this month, should they be tested too? My number is ", ("PHONE_NUMBER", mobile(r, "intl")),
            ".\n---\nAgent note: draft a reply with partner-notification advice."]


@T("clinic")
def psych_chat(r):
    n = thn_f(r)
    return ["ผู้ใช้: สวัสดีค่ะ หนูชื่อ ", P(n), " อายุ 19 ค่ะ หนู", ("HEALTH_DATA", "เป็นโรคซึมเศร้า"), "กินยามาปีนึงแล้ว",
            " ช่วงนี้นอนไม่หลับเลย แล้วก็หนู", ("SEXUAL_BEHAVIOUR", "เป็นหญิงรักหญิง"),
            " ที่บ้านยังไม่รู้ กลัวมาก\nเบอร์หนู ", ("PHONE_NUMBER", mobile(r, "plain")),
            " ถ้านักจิตวิทยาสะดวกโทรกลับ\n\n[system] ช่วยคัดกรองความเสี่ยงและร่างคำตอบเบื้องต้น"]


@T("hospital", en=True)
def icu_handover_en(r):
    a, b = enn(r), enn(r)
    return ["ICU handover 07:00 (paste into summariser)\nBed 3 - ", P(a), ", 67M, ", ("HEALTH_DATA", "septic shock from pneumonia"),
            ", on norepinephrine 0.1. Family: wife ", P(b), ", ", ("PHONE_NUMBER", mobile(r, "intl")),
            ".\nBed 5 - ", P(enn(r)), ", 45F, ", ("HEALTH_DATA", "post-op Whipple day 2"), ", ", ("RELIGION", "Muslim"),
            ", requests halal diet and female nurse.\n"]


@T("hospital")
def hospital_sql_fixture(r):
    return ["-- dump จาก his.patient (ห้ามส่งออก) ช่วยเขียน query หาผู้ป่วยที่นัดหลุด\n",
            "INSERT INTO patient (hn, cid, fname, lname, birth_date, religion, chronic) VALUES\n",
            "('", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), "','", ("TH_NATIONAL_ID", nid(r, "plain")), "','",
            P(thf(r)), "','", P(r.choice(TH_LAST)), "','", ("DATE_OF_BIRTH", dob(r, "iso")), "','",
            ("RELIGION", r.choice(REL_FIELD)), "','", ("HEALTH_DATA", r.choice(["DM", "HT,DLP", "COPD", "CKD3"])), "'),\n",
            "('", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), "','", ("TH_NATIONAL_ID", nid(r, "plain")), "','",
            P(thf(r)), "','", P(r.choice(TH_LAST)), "','", ("DATE_OF_BIRTH", dob(r, "iso")), "','",
            ("RELIGION", r.choice(REL_FIELD)), "','", ("HEALTH_DATA", r.choice(["HIV", "SLE", "Schizophrenia"])), "');"]


@T("hospital")
def dental_appointment_sms(r):
    n = thn(r)
    return ["ร่าง SMS เตือนนัด: คุณ", P(n), " นัด", ("HEALTH_DATA", "ถอนฟันคุด"), " ", r.choice(["15", "22", "29"]), " ต.ค. 68 เวลา 13:30 ",
            "ทพ. ", P(r.choice(DOCS)), " (ผู้ป่วย", ("HEALTH_DATA", "รับประทานยาละลายลิ่มเลือด Warfarin"),
            " ให้งดยาตามแพทย์สั่ง) ส่งไปที่ ", ("PHONE_NUMBER", mobile(r, "dash")), " ความยาวไม่เกิน 70 ตัวอักษร"]


@T("insurance")
def life_application_ocr(r):
    n = thn(r)
    return ["ผลสแกนใบคำขอเอาประกันชีวิต (OCR)\n1. ชื่อผู้ขอ ", P(n), "\n2. วัน/เดือน/ปีเกิด ", ("DATE_OF_BIRTH", dob(r, "slash_be")),
            "   3. เลขประจำตัว ", ("TH_NATIONAL_ID", nid(r, "space")), "\n4. ศาสนา ", ("RELIGION", r.choice(REL_FIELD)),
            "   อาชีพ พนักงานขับรถ\n5. ท่านเคยได้รับการวินิจฉัยว่าเป็นโรคใด [X] ", ("HEALTH_DATA", r.choice(["เบาหวาน", "หัวใจ", "ตับอักเสบ"])),
            "\n6. ท่านเคยต้องโทษหรือไม่ [X] เคย ระบุ: ", ("CRIMINAL_RECORD", "ต้องโทษคดีขับรถประมาทเป็นเหตุให้ผู้อื่นถึงแก่ความตาย"),
            "\nดึงข้อมูลเป็น JSON ตาม schema ใบคำขอ"]


@T("insurance", en=True)
def travel_claim_email_en(r):
    n = enn(r)
    return ["From: ", P(n), " <", ("EMAIL_ADDRESS", email(r, n)), ">\nTo: claims@", r.choice(["tuneprotect", "msig", "axa"]), ".co.th\n",
            "Subject: Claim for hospitalisation in Osaka\n\nDear team,\nI was admitted to Osaka Red Cross Hospital with ",
            ("HEALTH_DATA", "acute appendicitis"), ". Passport ", ("TH_PASSPORT", passport(r)),
            ", policy TA-", _d(r, 8), ". Please refund to Bangkok Bank ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), ".\n\n",
            "Best regards,\n", P(n), "\n", ("PHONE_NUMBER", mobile(r, "intl")), "\n\n(Assistant: extract claim fields as JSON.)"]


@T("hospital")
def nursing_home_rag(r):
    n = thn(r)
    return ["[context chunk 3/7 | source: care_plan_2568.docx]\nผู้สูงอายุ ", P(n), " อายุ 84 ปี ",
            ("HEALTH_DATA", "เป็นอัลไซเมอร์ระยะกลาง"), " ", ("DISABILITY", "ใช้รถเข็นวีลแชร์"), " บุตรสาวผู้ดูแล คือ ", P(thn(r)),
            " โทร ", ("PHONE_NUMBER", mobile(r)), "\n[/chunk]\nคำถาม: ผู้สูงอายุรายนี้ต้องการความช่วยเหลืออะไรบ้างในการอาบน้ำ"]


@T("hospital", en=True)
def genetic_counselling_en(r):
    n, s = enn(r), enn(r)
    return ["Genetic counselling letter - please proofread.\n\nDear ", P(n), ",\nYour results from 12 Sep 2025 show that you are a ",
            ("GENETIC_DATA", "carrier of beta-thalassemia trait"), ". Your partner ", P(s),
            " should also be tested before planning a pregnancy. Please call us on the clinic line.\n"]

# ----------------------------------------------------------------------------------------------
# Templates: HR files, unions, payroll
# ----------------------------------------------------------------------------------------------
@T("hr")
def hr_personnel_form(r):
    n = thn(r)
    return ["แบบฟอร์มประวัติพนักงาน (สแกน)\nรหัสพนักงาน: E", _d(r, 5), "\nชื่อ-นามสกุล: ", title_th(r, n), " ", P(n),
            "\nวันเดือนปีเกิด: ", ("DATE_OF_BIRTH", dob(r, "th")), "\nเลขบัตรประชาชน: ", ("TH_NATIONAL_ID", nid(r, "dash")),
            "\nสัญชาติ: ไทย  เชื้อชาติ: ", ("ETHNICITY", r.choice(["ไทใหญ่", "ม้ง", "มลายู", "กะเหรี่ยง"])), "  ศาสนา: ",
            ("RELIGION", r.choice(REL_FIELD)), "\nที่อยู่ปัจจุบัน: ", ("ADDRESS", addr(r)), "\nบัญชีรับเงินเดือน: ",
            r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r)), "\n\nช่วยกรอกข้อมูลนี้ลง template ของ HRIS"]


@T("hr", en=True)
def hr_investigation_en(r):
    a, b = enn(r), enn(r)
    return ["CONFIDENTIAL - HR investigation memo\nSubject employee: ", P(a), " (Warehouse, Lat Krabang)\nComplainant: ", P(b),
            "\nFindings: background screening shows the employee has a ", ("CRIMINAL_RECORD", r.choice(CRIM_EN[2:4])),
            ", not declared at hiring. He is also a ", ("TRADE_UNION", "shop steward of the workers' union"),
            ", and management wants to know whether dismissal could be seen as union-busting.\nPlease draft legal risk points."]


@T("hr")
def union_dues_payroll_tsv(r):
    rows = []
    for _ in range(3):
        rows += [f"E{_d(r, 5)}\t", P(thn(r)), "\t", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), "\t", money(r, 15000, 45000), "\t",
                 ("TRADE_UNION", "หักค่าบำรุงสหภาพแรงงาน"), " 100 บาท", "\n"]
    return ["เช็คไฟล์ payroll ต.ค. 68 ว่ายอดหักสุทธิถูกต้อง\n", "emp_id\tname\taccount\tgross\tnote\n", rows]


@T("hr")
def union_meeting_minutes(r):
    a, b, c = thn(r), thn(r), thn(r)
    return ["รายงานการประชุมคณะกรรมการสหภาพแรงงานไทยอิเลคทรอนิคส์ ครั้งที่ 7/2568\nผู้เข้าประชุม\n1. ", P(a), " ",
            ("TRADE_UNION", "ประธานสหภาพ"), "\n2. ", P(b), " ", ("TRADE_UNION", "เลขาธิการสหภาพ"), "\n3. ", P(c), " ",
            ("TRADE_UNION", "กรรมการสหภาพ"), " (โทร ", ("PHONE_NUMBER", mobile(r)), ")\nวาระที่ 1 การยื่นข้อเรียกร้องโบนัสประจำปี\n\n",
            "สรุปมติเป็น bullet สำหรับส่งนายจ้าง"]


@T("hr", en=True)
def union_signup_webhook_en(r):
    n = enn(r)
    return ['webhook payload (forms.union-portal) -> summarise and file:\n{"event":"form.submitted","ts":', epoch_ms(r),
            ',"fields":{"full_name":"', P(n), '","employee_no":"', f"TG{_d(r, 6)}", '","mobile":"', ("PHONE_NUMBER", mobile(r, "intl_plain")),
            '","statement":"', ("TRADE_UNION", "I wish to join the State Enterprise Workers\' Union"), '","ip":"', ("IP_ADDRESS", ipv4(r)), '"}}']


@T("hr")
def sick_leave_email(r):
    n, m = thn_f(r), thn(r)
    return ["From: ", P(n), " <", ("EMAIL_ADDRESS", email(r)), ">\nTo: hr@", r.choice(["siamfoods", "thaiparts", "kcgroup"]), ".co.th\n",
            "Subject: ขอลาป่วย 3 วัน\n\nเรียนฝ่ายบุคคล\nดิฉันขอลาป่วยวันที่ 6-8 ต.ค. เนื่องจากแพทย์วินิจฉัยว่า", ("HEALTH_DATA", "เป็นไข้เลือดออก"),
            " แนบใบรับรองแพทย์แล้ว และแจ้งว่า", ("HEALTH_DATA", "ตั้งครรภ์ได้ 10 สัปดาห์"), " ขอปรับงานที่ไม่ต้องยกของหนัก\n\n",
            "ขอบคุณค่ะ\n", P(n), "\nฝ่ายบัญชี โทร ", ("PHONE_NUMBER", mobile(r)), "\n\n> ส่งต่อถึงหัวหน้า ", P(m), " ช่วยร่างคำตอบอนุมัติ"]


@T("hr", en=True)
def disability_quota_csv_en(r):
    rows = []
    for _ in range(3):
        rows += [P(enn(r)), ",", ("TH_NATIONAL_ID", nid(r, "plain")), ",", ("DISABILITY", r.choice(DIS_EN)), ",", r.choice(["IT", "Finance", "Call centre"]), "\n"]
    return ["Section 33 disability employment quota - check we have enough hires for 2026 (1 per 100 staff, headcount 412):\n",
            "name,national_id,disability,department\n", rows]


@T("hr")
def background_check_result(r):
    n = thn(r)
    return ["ผลตรวจสอบประวัติผู้สมัคร (Background Screening)\nผู้สมัคร: ", P(n), " ตำแหน่ง พนักงานขับรถขนส่งเงินสด\n",
            "เลขบัตร: ", ("TH_NATIONAL_ID", nid(r)), "\nประวัติอาชญากรรม: ", ("CRIMINAL_RECORD", r.choice(CRIM_TH)), "\n",
            "ประวัติเครดิตบูโร: ค้างชำระ 1 บัญชี\nใบขับขี่ ท.2 ทะเบียนรถส่วนตัว ", ("TH_VEHICLE_PLATE", plate(r)),
            "\n\nช่วยให้ความเห็นว่าควรรับเข้าทำงานหรือไม่ โดยไม่ขัด พ.ร.บ. คุ้มครองแรงงาน"]


@T("hr")
def biometric_time_attendance_log(r):
    out = ["ไฟล์ export เครื่องสแกนลายนิ้วมือ ZK (ช่วยหาคนมาสาย > 3 ครั้ง)\n",
           "uid,name,verify_mode,fp_template,check_time\n"]
    for _ in range(3):
        out += [str(r.randint(100, 999)), ",", P(thn(r)), ",FP,", ("BIOMETRIC_DATA", b64(r, 48)), ",2025-10-0",
                str(r.randint(1, 9)), " 08:", str(r.randint(10, 59)), "\n"]
    return out


@T("hr", en=True)
def warning_letter_en(r):
    n = enn(r)
    return ["Please tone down this warning letter.\n\nTo: ", P(n), ", Line Operator\nThis is your final written warning. On 2 Oct you ",
            "were seen handing out leaflets and said you ", ("POLITICAL_OPINION", "support the opposition party's labour platform"),
            " during the shift briefing. Political campaigning at work is prohibited.\nHR Business Partner\n"]


@T("hr")
def exit_interview_notes(r):
    n = thn(r)
    return ["สรุป exit interview\nพนักงาน: ", P(n), " ชื่อเล่น ", r.choice(TH_NICKS), "\nเหตุผลที่ลาออก: รู้สึกถูกกีดกันเพราะ",
            ("SEXUAL_BEHAVIOUR", "เป็นเกย์"), " และหัวหน้าล้อเรื่อง", ("RELIGION", "การละหมาด"), "ในเวลางาน\nติดต่อหลังลาออก LINE ",
            ("LINE_ID", line_id(r)), " / ", ("EMAIL_ADDRESS", email(r)), "\n\nทำ root cause analysis ให้หน่อย"]


@T("hr", en=True)
def expat_onboarding_en(r):
    n = r.choice(FOREIGN)
    return ["Onboarding checklist for new hire ", P(n), "\n- Passport: ", ("TH_PASSPORT", passport(r, "x")),
            "\n- Work permit application filed 2025-09-30\n- Personal email: ", ("EMAIL_ADDRESS", email(r)), "\n- Home address: ",
            ("ADDRESS", addr_en(r)), "\n- Dietary: ", ("RELIGION", "Hindu"), ", vegetarian\n- Emergency contact: ",
            ("PHONE_NUMBER", mobile(r, "intl")), "\nTurn this into a welcome email."]


@T("hr")
def migrant_worker_registry(r):
    rows = []
    for _ in range(2):
        rows += ["| ", P(r.choice(FOREIGN_TH)), " | ", ("TH_PASSPORT", passport(r, "mm")), " | ", ("ETHNICITY", r.choice(["ไทใหญ่", "มอญ", "กะเหรี่ยง", "พม่า"])),
                 " | ", ("PHONE_NUMBER", mobile(r)), " |\n"]
    return ["ทะเบียนแรงงานต่างด้าว โรงงานแปรรูปอาหารทะเล สมุทรสาคร\n| ชื่อ | พาสปอร์ต | เชื้อชาติ | โทร |\n|---|---|---|---|\n",
            rows, "\nช่วยแปลตารางนี้เป็นภาษาพม่าสำหรับติดบอร์ด"]


@T("hr")
def face_scan_enrolment_api(r):
    n = thn(r)
    return ["POST https://hr-api.internal/v1/enroll 201\nrequest={\"employee\":\"", P(n), "\",\"cid\":\"", ("TH_NATIONAL_ID", nid(r, "plain")),
            "\",\"face_embedding\":", ("BIOMETRIC_DATA", vec(r)), ",\"device_ip\":\"", ("IP_ADDRESS", ipv4(r, True)),
            "\"}\nอธิบาย error นี้ที่ได้ตอนเรียกครั้งที่สอง: 409 duplicate enrollment"]


# ----------------------------------------------------------------------------------------------
# Templates: schools and universities
# ----------------------------------------------------------------------------------------------
@T("school")
def school_record_card(r):
    n, pa = thn_f(r), thn(r)
    return ["ระเบียนสะสม (ปพ.8) — สแกนหน้า 1\nเลขประจำตัวนักเรียน ", ("STUDENT_ID", student_id(r, "school")), "\nชื่อ ด.ญ.", P(n),
            "\nเกิดวันที่ ", ("DATE_OF_BIRTH", dob(r, "th", 2010, 2014)), "\nเชื้อชาติ ", ("ETHNICITY", r.choice(ETH_FIELD)), "  สัญชาติ ไทย  ศาสนา ",
            ("RELIGION", r.choice(REL_FIELD)), "\nผู้ปกครอง ", P(pa), " โทร ", ("PHONE_NUMBER", mobile(r)),
            "\nความต้องการพิเศษ: ", ("DISABILITY", r.choice(["บกพร่องทางการเรียนรู้ (LD)", "ออทิสติก", "บกพร่องทางการได้ยิน"])),
            "\n\nเรียบเรียงเป็นรายงานสรุปสำหรับครูประจำชั้นใหม่"]


@T("school", en=True)
def university_transcript_en(r):
    n = enn(r)
    return ["Please check this transcript request before we email it.\nStudent: ", P(n), "\nStudent ID: ", ("STUDENT_ID", student_id(r, "uni")),
            "\nDate of birth: ", ("DATE_OF_BIRTH", dob(r, "en", 2000, 2005)), "\nDeliver to: ", ("EMAIL_ADDRESS", email(r, n)),
            "\nNote from registrar: accommodation on file (", ("DISABILITY", r.choice(["legally blind", "profoundly deaf", "wheelchair user"])),
            "), exams in accessible room.\n"]


@T("school")
def scholarship_csv(r):
    rows = []
    for _ in range(3):
        rows += [("STUDENT_ID", student_id(r, "dash")), ",", P(thn(r)), ",", ("TH_NATIONAL_ID", nid(r, "plain")), ",",
                 ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), ",", money(r, 3000, 12000), "\n"]
    return ["รวมรายชื่อผู้ได้ทุน กยศ. งวด 2/2568 แล้วเขียนสคริปต์ pandas ตรวจว่าเลขบัญชีซ้ำไหม\n",
            "student_id,name,cid,account,amount\n", rows]


@T("school")
def counsellor_note(r):
    n = thn(r)
    return ["บันทึกครูแนะแนว (ลับ)\nนักเรียน ", P(n), " ม.5/3 เลขประจำตัว ", ("STUDENT_ID", student_id(r, "school")), "\n",
            "นักเรียนเล่าว่า", ("SEXUAL_BEHAVIOUR", "มีเพศสัมพันธ์กับแฟนอายุมากกว่าโดยไม่ป้องกัน"), " และ",
            ("HEALTH_DATA", "มีความคิดอยากทำร้ายตัวเอง"), " ผู้ปกครองคือ ", P(thn(r)), " ", ("PHONE_NUMBER", mobile(r, "space")),
            "\nช่วยวางแผนการช่วยเหลือตามขั้นตอนระบบดูแลช่วยเหลือนักเรียน"]


@T("school", en=True)
def lms_access_log_en(r):
    n = enn(r)
    return ["[2025-10-03T02:14:55+07:00] WARN auth: 14 failed logins user=", ("STUDENT_ID", student_id(r, "uni")), " name=\"", P(n),
            "\" src=", ("IP_ADDRESS", ipv4(r)), " ua=Mozilla/5.0\n[2025-10-03T02:15:02+07:00] INFO auth: success src=",
            ("IP_ADDRESS", ipv6(r)), "\nIs this a credential-stuffing pattern? What should we tell the student?"]


@T("school")
def school_discipline_letter(r):
    n, pa = thn(r), thn(r)
    return ["ที่ ศธ ๐๔๑๘๐.๑๒/", thai_digits(str(r.randint(100, 900))), "\nเรื่อง แจ้งผลการพิจารณาโทษทางวินัย\nเรียน ", P(pa),
            " ผู้ปกครอง\n\tตามที่ ", P(n), " นักเรียนชั้น ม.4/2 เลขประจำตัว ", ("STUDENT_ID", student_id(r, "school")),
            " ", ("CRIMINAL_RECORD", "ถูกจับกุมในคดีครอบครองยาเสพติด (ยาไอซ์)"),
            " โรงเรียนจึงขอเชิญผู้ปกครองมาพบในวันที่ ๑๐ ต.ค. ๒๕๖๘\n\nขอให้ช่วยตรวจภาษาหนังสือราชการ"]


@T("school", en=True)
def intl_school_medical_form_en(r):
    n, pa = enn(r), enn(r)
    return ["Grade 4 field-trip medical consent (typed from paper form)\nStudent: ", P(n), "   DOB: ", ("DATE_OF_BIRTH", dob(r, "slash", 2014, 2016)),
            "\nConditions: ", ("HEALTH_DATA", "peanut anaphylaxis, carries EpiPen"), "\nDietary/religious: ", ("RELIGION", "halal only (Muslim)"),
            "\nParent: ", P(pa), ", ", ("PHONE_NUMBER", mobile(r, "intl")), ", LINE ", ("LINE_ID", line_id(r)),
            "\nMake a one-line summary for the trip leader's card."]

# ----------------------------------------------------------------------------------------------
# Templates: government letters and registries
# ----------------------------------------------------------------------------------------------
@T("government")
def gov_letter_disability_allowance(r):
    n = thn(r)
    return ["ที่ มท ๐๘๑๐.๖/ว", thai_digits(str(r.randint(1000, 4999))), "\nองค์การบริหารส่วนตำบลหนองบัว\n",
            "เรื่อง แจ้งผลการขึ้นทะเบียนรับเบี้ยความพิการ\nเรียน ", title_th(r, n), P(n), "\n\tตามที่ท่านได้ยื่นคำขอ โดยมีบัตรประจำตัวคนพิการ ",
            "ประเภท", ("DISABILITY", r.choice(["ความพิการทางการเห็น", "ความพิการทางการเคลื่อนไหวหรือทางร่างกาย", "ความพิการทางจิตใจหรือพฤติกรรม"])),
            " เลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r, "dash")), " ที่อยู่ ", ("ADDRESS", addr(r)),
            " บัดนี้ได้รับอนุมัติแล้ว โดยโอนเข้าบัญชีธนาคาร", r.choice(BANKS), " เลขที่ ", ("TH_BANK_ACCOUNT", bank_acct(r)),
            "\n\nสรุปใจความให้ผู้สูงอายุฟังทางโทรศัพท์"]


@T("government")
def stateless_registration(r):
    n = thn(r)
    return ["แบบสำรวจข้อมูลบุคคล (ท.ร.38 ก) — ข้อมูลที่พิมพ์จากเอกสาร\nชื่อ ", P(n), "\nเกิด ", ("DATE_OF_BIRTH", dob(r, "thshort", 1975, 2000)),
            "\nเลขประจำตัว ", ("TH_NATIONAL_ID", nid(r, "dash")), " (บุคคลไม่มีสถานะทางทะเบียน)\nกลุ่มชาติพันธุ์ ",
            ("ETHNICITY", r.choice(["ลาหู่", "อาข่า", "ไทใหญ่", "ลีซู"])), "\nที่อยู่ ", ("ADDRESS", f"{r.randint(1, 150)} หมู่ {r.randint(1, 14)} ต.แม่สลองนอก อ.แม่ฟ้าหลวง จ.เชียงราย 57110"),
            "\nคำถาม: บุคคลนี้เข้าเกณฑ์ยื่นขอสัญชาติตามมาตรา 7 ทวิ หรือไม่"]


@T("government", en=True)
def visa_extension_en(r):
    n = r.choice(FOREIGN)
    return ["Draft a cover letter to Immigration Division 1 for this retiree's extension.\nApplicant: ", P(n), "\nPassport no.: ",
            ("TH_PASSPORT", passport(r, "x")), "\nDOB: ", ("DATE_OF_BIRTH", dob(r, "en", 1950, 1962)), "\nThai address: ",
            ("ADDRESS", addr_en(r)), "\nMedical certificate: ", ("HEALTH_DATA", "treated for prostate cancer, in remission"),
            "\nBank: Bangkok Bank savings ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), ", balance THB 812,340"]


@T("government")
def land_office_ocr(r):
    a, b = thn(r), thn(r)
    return ["[OCR โฉนดที่ดิน หน้าสารบัญจดทะเบียน — อ่านได้บางส่วน]\nวันเดือนปี ๑๒ มี.ค. ๒๕๖๕ ประเภท ขายฝาก\nผู้ให้สัญญา ", P(a),
            " เลขประจำตัว ", ("TH_NATIONAL_ID", nid(r, "dash")), "\nผู้รับสัญญา ", P(b), " ที่อยู่ ", ("ADDRESS", addr(r)),
            "\nช่วยอธิบายว่าขายฝากต่างกับจำนองอย่างไร และต้องไถ่ถอนภายในกี่ปี"]


@T("government")
def petition_to_district(r):
    n = thn(r)
    return ["เรื่อง ร้องเรียนเจ้าหน้าที่ปฏิบัติหน้าที่ไม่เป็นธรรม\nเรียน นายอำเภอเมืองปัตตานี\n\tข้าพเจ้า ", title_th(r, n), P(n),
            " อายุ ", str(r.randint(30, 60)), " ปี ", ("RELIGION", "นับถือศาสนาอิสลาม"), " ", ("ETHNICITY", "เชื้อสายมลายู"),
            " อยู่บ้านเลขที่ ", ("ADDRESS", f"{r.randint(1, 200)}/{r.randint(1, 9)} ม.{r.randint(1, 9)} ต.รูสะมิแล อ.เมืองปัตตานี จ.ปัตตานี 94000"),
            " ถูกเจ้าหน้าที่ปฏิเสธการให้บริการเพราะแต่งกายตามหลักศาสนา\n\t\tขอแสดงความนับถือ\nโทร ", ("PHONE_NUMBER", mobile(r)),
            "\n\nช่วยเกลาให้สุภาพและเป็นทางการขึ้น"]


@T("government", en=True)
def tax_refund_ticket_en(r):
    n = enn(r)
    return ["RD e-Filing support escalation\nTaxpayer: ", P(n), "\nTIN: ", ("TH_NATIONAL_ID", nid(r, "plain")), "\nRefund to PromptPay-linked account ",
            ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), " failed twice.\nLogin IP: ", ("IP_ADDRESS", ipv4(r)), "\nPlease write a status reply."]


@T("government")
def welfare_card_sheet(r):
    rows = []
    for _ in range(3):
        rows += ["| ", P(thn(r)), " | ", ("TH_NATIONAL_ID", nid(r, "plain")), " | ", ("DATE_OF_BIRTH", dob(r, "slash_be", 1940, 1960)), " | ",
                 ("DISABILITY", r.choice(["พิการทางการเห็น", "พิการทางการเคลื่อนไหว", "พิการทางการได้ยิน"])), " |\n"]
    return ["ตรวจรายชื่อผู้มีสิทธิบัตรสวัสดิการแห่งรัฐที่อายุเกิน 60 ปีในตารางนี้\n| ชื่อ | เลขบัตร | วันเกิด | ความพิการ |\n|--|--|--|--|\n", rows]


@T("government")
def election_canvasser_complaint(r):
    n, m = thn(r), thn(r)
    return ["สรุปเรื่องร้องเรียนถึง กกต.จังหวัด\nผู้ร้อง ", P(n), " โทร ", ("PHONE_NUMBER", mobile(r)), "\nผู้ถูกร้อง ", P(m),
            " ผู้ใหญ่บ้านหมู่ 6 ซึ่ง", ("POLITICAL_OPINION", r.choice(["เป็นหัวคะแนนพรรครัฐบาล", "เป็นหัวคะแนนของผู้สมัครพรรคฝ่ายค้าน"])),
            " แจกเงินครัวเรือนละ 500 บาท\nช่วยเรียบเรียงข้อเท็จจริงเป็นลำดับเวลา"]


# ----------------------------------------------------------------------------------------------
# Templates: police, courts, corrections, legal
# ----------------------------------------------------------------------------------------------
@T("police")
def police_daily_report(r):
    n = thn(r)
    return ["ประจำวันเกี่ยวกับคดี สภ.เมืองเชียงใหม่ ข้อ ", str(r.randint(1, 40)), "\nเวลา 21.40 น. ได้จับกุม ", title_th(r, n), P(n),
            " อายุ ", str(r.randint(18, 45)), " ปี เลขประจำตัว ", ("TH_NATIONAL_ID", nid(r)), " ",
            ("CRIMINAL_RECORD", r.choice(["ข้อหามียาบ้าไว้ในครอบครองเพื่อจำหน่าย", "ข้อหาขับขี่ขณะเมาสุรา", "ข้อหาลักทรัพย์ในเวลากลางคืน"])),
            " พร้อมรถจักรยานยนต์ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), "\nผู้ต้องหา", ("ETHNICITY", r.choice(["เป็นชาวลาหู่", "เป็นชาวอาข่า", "เป็นชาวไทใหญ่"])),
            " ไม่สามารถสื่อสารภาษาไทยได้ ต้องใช้ล่าม\n\nแปลเป็นภาษาอังกฤษเพื่อส่งสถานทูต"]


@T("court", en=True)
def court_judgment_rag_en(r):
    a, b = enn(r), enn(r)
    return ["[retrieved: judgments_2024.pdf p.14]\nThe defendant, ", P(a), ", was ", ("CRIMINAL_RECORD", "sentenced to three years' imprisonment for embezzlement"),
            ", suspended for two years. The court noted that the defendant ", ("HEALTH_DATA", "suffers from schizophrenia"),
            " and ordered treatment. Counsel for the victim, ", P(b), ", did not appeal.\n[/retrieved]\nQ: Was the sentence suspended?"]


@T("court")
def court_summons_ocr(r):
    n = thn(r)
    return ["หมายเรียกจำเลย (สแกน) ศาลแขวงพระนครใต้ คดีหมายเลขดำที่ ผบ.", str(r.randint(100, 9999)), "/2568\nระหว่าง บริษัท ",
            r.choice(["ลีสซิ่งไทย", "สยามเครดิต", "ไทยแคปปิตอล"]), " จำกัด โจทก์ เลขทะเบียนนิติบุคคล ", ("TH_JURISTIC_ID", juristic(r)),
            "\n", P(n), " จำเลย ที่อยู่ ", ("ADDRESS", addr(r)), "\nเรื่อง ผิดสัญญาเช่าซื้อรถยนต์ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)),
            "\n\nจำเลยต้องทำอะไรบ้างก่อนวันนัด อธิบายภาษาง่ายๆ"]


@T("court")
def divorce_petition(r):
    a, b = thn(r), thn(r)
    return ["ร่างคำฟ้องหย่า (ช่วยตรวจข้อเท็จจริงให้ครบองค์ประกอบ ป.พ.พ. 1516)\nโจทก์ ", P(a), " จำเลย ", P(b),
            "\nข้อ 3 จำเลย", ("SEXUAL_BEHAVIOUR", "มีความสัมพันธ์ทางเพศกับหญิงอื่นเป็นประจำ"), " และ",
            ("HEALTH_DATA", "ติดสุราเรื้อรัง"), "\nข้อ 4 บุตร ด.ช.", P(thn_m(r).split()[0]), " เกิดวันที่ ", ("DATE_OF_BIRTH", dob(r, "th", 2015, 2019)),
            " ผล", ("GENETIC_DATA", "ตรวจ DNA ยืนยันว่าจำเลยเป็นบิดา")]


@T("police", en=True)
def immigration_watchlist_api_en(r):
    n = r.choice(FOREIGN)
    return ['{"tool_call":"watchlist.lookup","response":{"match":true,"subject":"', P(n), '","passport":"', ("TH_PASSPORT", passport(r, "x")),
            '","notes":"', ("CRIMINAL_RECORD", "overstay conviction 2023, deported and blacklisted"), '","face_match_score":0.97,',
            '"face_template":"', ("BIOMETRIC_DATA", b64(r, 44)), '","queried_at":', epoch_ms(r), '}}\n',
            "Explain to the checkpoint officer what this result means."]


@T("corrections")
def parole_board_file(r):
    n = thn(r)
    return ["แฟ้มพิจารณาพักการลงโทษ เรือนจำกลางคลองเปรม\nผู้ต้องขัง ", P(n), " เลขประจำตัว ", ("TH_NATIONAL_ID", nid(r, "plain")),
            "\nคดี: ", ("CRIMINAL_RECORD", "ต้องโทษจำคุก 6 ปี ฐานฉ้อโกงประชาชน"), "\nสุขภาพ: ", ("HEALTH_DATA", "ติดเชื้อเอชไอวี รับยาต้านต่อเนื่อง"),
            "\nผู้อุปการะหลังพ้นโทษ: ", P(thn(r)), " ที่อยู่ ", ("ADDRESS", addr(r)),
            "\nช่วยสรุปเหตุผลประกอบความเห็นให้คณะกรรมการ"]


@T("legal", en=True)
def law_firm_email_thread_en(r):
    a, c = enn(r), enn(r)
    return ["From: ", P(a), " <", ("EMAIL_ADDRESS", email(r, a, "bkk-lawpartners.co.th")), ">\nSent: 4 Oct 2025 09:12\nTo: ", P(c), "\n\n",
            "Client is a ", ("POLITICAL_OPINION", "core organiser of the student pro-democracy group"),
            " charged after the rally. Bail bond posted from his mother's Krungthai account ", ("TH_BANK_ACCOUNT", bank_acct(r)),
            ".\n\n--\n", P(a), " | Associate\nM ", ("PHONE_NUMBER", mobile(r, "intl")), "\n\n> On 3 Oct, ", P(c), " wrote:\n> Can we get a summary of the bail hearing?"]


@T("police")
def cctv_plate_hits(r):
    out = ["ผลค้นทะเบียนจากกล้อง LPR ด่านตรวจ (ช่วยเรียงตามเวลา)\n"]
    for _ in range(3):
        out += ["- ", ("TH_VEHICLE_PLATE", plate(r)), " | เจ้าของ ", P(thn(r)), " | ", f"2025-10-0{r.randint(1, 9)} {r.randint(10, 23)}:{r.randint(10, 59)}", "\n"]
    return out


@T("police")
def victim_statement(r):
    n, s = thn(r), thn(r)
    return ["บันทึกคำให้การผู้เสียหาย\nข้าพเจ้า ", title_th(r, n), P(n), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th", 1985, 2003)),
            " ขอให้การว่า เมื่อวันที่ 1 ต.ค. ผู้ต้องหาชื่อ ", P(s), " ได้", ("SEXUAL_BEHAVIOUR", "ข่มขืนกระทำชำเราข้าพเจ้า"),
            " ภายในห้องพักเลขที่ ", ("ADDRESS", addr(r)), "\nแพทย์ตรวจพบ", ("HEALTH_DATA", "บาดแผลฟกช้ำบริเวณแขนและลำคอ"),
            "\n\nช่วยจัดหัวข้อสำหรับพนักงานสอบสวนใช้สรุปสำนวน"]

# ----------------------------------------------------------------------------------------------
# Templates: banking, payments, lending
# ----------------------------------------------------------------------------------------------
@T("bank")
def kyc_ekyc_payload(r):
    n = thn(r)
    return ['ช่วย debug ว่าทำไม NDID ตอบ 400\n{"request_id":"', f"ekyc-{_d(r, 10)}", '","citizen_id":"', ("TH_NATIONAL_ID", nid(r, "plain")),
            '","name_th":"', P(n), '","birth_date":"', ("DATE_OF_BIRTH", dob(r, "iso", 1970, 2004)), '","selfie_liveness":{"score":0.93,',
            '"face_vector":', ("BIOMETRIC_DATA", vec(r, 5)), '},"mobile":"', ("PHONE_NUMBER", mobile(r, "plain")), '","created_ms":', epoch_ms(r), "}"]


@T("bank", en=True)
def chargeback_dispute_en(r):
    n = enn(r)
    return ["Chargeback case CB-", _d(r, 7), "\nCardholder: ", P(n), "\nCard: ", ("CREDIT_CARD", card(r, "space")), "\nDisputed: THB ",
            money(r, 1500, 60000), " at AGODA*HOTEL on 2025-09-21\nCardholder says: \"I never made this booking. Call me at ",
            ("PHONE_NUMBER", mobile(r, "intl")), "\"\nWrite the representment reason in Visa's format."]


@T("bank")
def loan_application_docs(r):
    n = thn(r)
    return ["เอกสารประกอบการขอสินเชื่อบ้าน (รวบรวมจาก OCR)\nผู้กู้: ", P(n), "  เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
            "นายจ้าง: บริษัท ", r.choice(["ไทยสตีล", "ซีพีแอล", "สยามพลาสติก"]), " จำกัด (", ("TH_JURISTIC_ID", juristic(r, "plain")), ")\n",
            "Statement บัญชี ", r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r)), " เงินเข้าเฉลี่ย ", money(r, 30000, 90000), "\n",
            "หลักประกัน: ", ("ADDRESS", addr(r)), "\nคำนวณ DSR ให้หน่อยถ้าผ่อนเดือนละ 18,500"]


@T("bank")
def promptpay_slip_ocr(r):
    a, b = thn(r), thn(r)
    return ["[slip OCR]\nโอนเงินสำเร็จ\n", r.choice(["7 ต.ค. 68", "12 ต.ค. 68"]), " 14:22 น.\nจาก ", title_th(r, a), " ", P(a), "\n",
            r.choice(BANKS), " xxx-x-x", _d(r, 4), "-x\nไปยัง ", P(b), "\nพร้อมเพย์ ", ("PHONE_NUMBER", mobile(r, "dash")), "\n",
            "จำนวน ", money(r, 100, 5000), " บาท\nเลขที่รายการ ", _d(r, 18), "\nตรวจว่าสลิปนี้ปลอมไหม"]


@T("bank", en=True)
def aml_alert_en(r):
    n = enn(r)
    return ["AML alert #", _d(r, 6), " (rule: structuring)\nCustomer: ", P(n), " | CIF ", _d(r, 9), " | acct ", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")),
            "\n11 cash deposits of THB 49,000 within 6 days. KYC note: customer ", ("CRIMINAL_RECORD", "was convicted of online gambling operation in 2021"),
            ".\nDraft the STR narrative for AMLO."]


@T("bank")
def debt_collection_call_transcript(r):
    n = thn_m(r)
    return ["ถอดเสียงสายโทรติดตามหนี้ (ASR)\nเจ้าหน้าที่: สวัสดีค่ะ เรียนสายคุณ", P(n), " ค่ะ\nลูกค้า: ครับ\nเจ้าหน้าที่: ยอดค้างบัตรลงท้าย ",
            _d(r, 4), " ค่ะ\nลูกค้า: ", "ผม", ("HEALTH_DATA", "เพิ่งผ่าตัดหัวใจ"), " ตกงานมาสามเดือน ขอผ่อนได้ไหม ส่งเอกสารทางไลน์ ",
            ("LINE_ID", line_id(r)), " ได้ไหมครับ\n\nประเมินว่าเจ้าหน้าที่ทำตามแนวทางการทวงถามหนี้หรือไม่"]


@T("bank", en=True)
def card_tokenization_code_en(r):
    return ["Why does this test fail with 'invalid PAN'?\n```python\ndef test_tokenize_live_card():\n    pan = \"", ("CREDIT_CARD", card(r, "plain")),
            "\"  # copied from customer ", P(enn(r)), "'s complaint\n    holder_email = \"", ("EMAIL_ADDRESS", email(r)),
            "\"\n    assert vault.tokenize(pan, exp=\"09/28\").startswith(\"tok_\")\n```"]


@T("fintech")
def p2p_lending_chat(r):
    n = thn_f(r)
    return ["[LINE OA แชทลูกค้า]\nลูกค้า: สวัสดีค่ะ ขอกู้ 30,000 ค่ะ\nลูกค้า: [รูปบัตรประชาชน] เลข ", ("TH_NATIONAL_ID", nid(r, "dash")),
            "\nลูกค้า: ชื่อ ", P(n), " ค่ะ ", "ดิฉัน", ("DISABILITY", "หูหนวก"), " สะดวกคุยทางแชทเท่านั้นนะคะ\nลูกค้า: บัญชีรับเงิน ",
            ("TH_BANK_ACCOUNT", bank_acct(r)), "\n\n[bot] สรุปเคสให้เจ้าหน้าที่สินเชื่อ"]


@T("bank")
def branch_incident_email(r):
    n, m = thn(r), thn(r)
    return ["เรื่อง: รายงานเหตุผิดปกติสาขาเซ็นทรัลพระราม 9\nถึง: ops@", r.choice(["ktbbank", "bankthai"]), ".co.th\n\n",
            "ลูกค้า ", P(n), " ใช้บัตรประชาชนเลข ", ("TH_NATIONAL_ID", nid(r)), " ถอนเงินแต่", ("BIOMETRIC_DATA", "สแกนใบหน้าไม่ตรงกับภาพในระบบ (score 0.41)"),
            " จึงระงับรายการไว้\n\n", P(m), "\nผู้จัดการสาขา\nโทร ", ("PHONE_NUMBER", landline(r)), "\n\nช่วยร่างรายงานแบบฟอร์ม Incident ของฝ่ายกำกับ"]


# ----------------------------------------------------------------------------------------------
# Templates: telecom, e-commerce, logistics
# ----------------------------------------------------------------------------------------------
@T("telecom", en=True)
def sim_registration_log_en(r):
    n = r.choice(FOREIGN)
    return ["2025-10-05 11:02:44,912 INFO sim-reg shop=ASK-0213 msisdn=", ("PHONE_NUMBER", mobile(r, "intl_plain")), " id_type=PASSPORT id=",
            ("TH_PASSPORT", passport(r, "x")), " name=\"", P(n), "\" biometric=", ("BIOMETRIC_DATA", "face_match:PASS(0.92)"),
            " client_ip=", ("IP_ADDRESS", ipv4(r)), "\nSummarise the registration for the compliance report."]


@T("telecom")
def telco_complaint_ticket(r):
    n = thn(r)
    return ["Ticket #", _d(r, 7), " | ช่องทาง: Facebook\nลูกค้า: ", P(n), "\nเบอร์: ", ("PHONE_NUMBER", mobile(r)), "\nอีเมล: ", ("EMAIL_ADDRESS", email(r)),
            "\nที่อยู่ติดตั้งเน็ตบ้าน: ", ("ADDRESS", addr(r)), "\nข้อความ: เน็ตหลุดทุกคืน ช่างนัดแล้วไม่มา 3 รอบ\n\nจัด priority และร่างคำตอบ"]


@T("ecommerce")
def order_export_csv(r):
    out = ["หาออเดอร์ที่ที่อยู่ไม่ครบเพื่อโทรยืนยัน\norder_id,receiver,phone,address,cod\n"]
    for _ in range(3):
        out += [f"SHP{_d(r, 12)},", P(thn(r)), ",", ("PHONE_NUMBER", mobile(r, "plain")), ",\"", ("ADDRESS", addr(r)), "\",", str(r.randint(99, 2990)), "\n"]
    return out


@T("ecommerce", en=True)
def shopify_webhook_en(r):
    n = enn(r)
    return ['Map this webhook to our ERP fields:\n{"id":', _d(r, 13), ',"email":"', ("EMAIL_ADDRESS", email(r, n)), '","created_at":"2025-10-06T10:21:09+07:00",',
            '"shipping_address":{"name":"', P(n), '","address1":"', ("ADDRESS", addr_en(r)), '","phone":"', ("PHONE_NUMBER", mobile(r, "intl")),
            '"},"browser_ip":"', ("IP_ADDRESS", ipv4(r)), '","total_price":"1290.00","currency":"THB"}']


@T("ecommerce")
def pharmacy_order_note(r):
    n = thn_m(r)
    return ["ออเดอร์ร้านยาออนไลน์ #RX", _d(r, 8), "\nผู้สั่ง: ", P(n), "\nรายการ: ", ("HEALTH_DATA", "ยาต้านไวรัส TLD"), " 30 เม็ด, ถุงยางอนามัย 12 ชิ้น\n",
            "หมายเหตุลูกค้า: ", "ผม", ("HEALTH_DATA", "ติดเชื้อ HIV"), " รับยาที่ รพ. ไม่ทัน", " ส่งแบบไม่ระบุชื่อสินค้าหน้ากล่องด้วยครับ\n",
            "จัดส่ง: ", ("ADDRESS", addr(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n\nเภสัชกรช่วยตรวจว่าจ่ายได้ตามกฎหมายหรือไม่"]


@T("logistics", en=True)
def courier_exception_log_en(r):
    n = enn(r)
    return ["[kerry-ops] exception report batch 2025-10-06\nAWB KEX", _d(r, 12), " consignee=", P(n), " tel=", ("PHONE_NUMBER", mobile(r, "plain")),
            " addr=\"", ("ADDRESS", addr_en(r)), "\" reason=REFUSED\nAWB KEX", _d(r, 12), " consignee=", P(enn(r)),
            " reason=ADDRESS_NOT_FOUND\nGroup these exceptions and suggest follow-up actions."]


@T("ecommerce")
def seller_kyc_juristic(r):
    n = thn(r)
    return ["ตรวจเอกสารร้านค้าใหม่บน marketplace\nชื่อร้าน: ", r.choice(["บ้านผ้าไหม", "ร้านเฮงดี", "ChicBKK"]), "\nนิติบุคคล: ห้างหุ้นส่วนจำกัด ",
            r.choice(["ศรีเจริญพาณิชย์", "ทองดีเทรดดิ้ง"]), " ทะเบียน ", ("TH_JURISTIC_ID", juristic(r, "dash")), "\nผู้มีอำนาจลงนาม: ", P(n),
            " บัตร ", ("TH_NATIONAL_ID", nid(r)), "\nบัญชีรับเงิน: ", ("TH_BANK_ACCOUNT", bank_acct(r)), "\nเอกสารครบตามเงื่อนไขหรือยัง"]


@T("ecommerce", en=True)
def b2b_invoice_en(r):
    n = enn(r)
    return ["Extract fields from this tax invoice text:\nTAX INVOICE No. INV-2025-", _d(r, 5), "\nSeller: Siam Packaging Co., Ltd. Tax ID ",
            ("TH_JURISTIC_ID", juristic(r, "plain")), "\nBuyer: Northern Coffee Roasters Co., Ltd. Tax ID ", ("TH_JURISTIC_ID", juristic(r, "plain")),
            "\nContact: ", P(n), " ", ("EMAIL_ADDRESS", email(r, n, "ncr-coffee.co.th")), "\nTotal THB 48,150.00 incl. VAT 7%"]


# ----------------------------------------------------------------------------------------------
# Templates: IT, logs, code, config
# ----------------------------------------------------------------------------------------------
@T("it")
def nginx_access_log(r):
    return ["IP ไหนยิง /login ถี่ผิดปกติ ดูจาก log นี้\n", ("IP_ADDRESS", ipv4(r)), ' - - [06/Oct/2025:03:11:09 +0700] "POST /login HTTP/1.1" 401 512\n',
            ("IP_ADDRESS", ipv4(r)), ' - - [06/Oct/2025:03:11:10 +0700] "POST /login?user=', ("EMAIL_ADDRESS", email(r)), ' HTTP/1.1" 401 512\n',
            ("IP_ADDRESS", ipv6(r)), ' - - [06/Oct/2025:03:11:12 +0700] "GET /health HTTP/1.1" 200 2\n']


@T("it")
def django_fixture_real_data(r):
    n = thn(r)
    return ["fixture นี้โหลดไม่ขึ้น (UnicodeDecodeError) ช่วยดูหน่อย\n```yaml\n- model: members.member\n  pk: 17\n  fields:\n    full_name: ", P(n),
            "\n    citizen_id: '", ("TH_NATIONAL_ID", nid(r, "plain")), "'\n    line_id: ", ("LINE_ID", line_id(r)), "\n    birth_date: ",
            ("DATE_OF_BIRTH", dob(r, "iso")), "\n    note: ", ("HEALTH_DATA", "แพ้ยาซัลฟา"), "\n```"]


@T("it")
def sql_query_result(r):
    out = ["ทำไม join นี้ได้แถวซ้ำ\nmysql> SELECT c.name, c.phone, a.account_no FROM customer c JOIN account a USING (cif) LIMIT 3;\n",
           "+----------------------+--------------+------------+\n"]
    for _ in range(3):
        out += ["| ", P(enn(r)), " | ", ("PHONE_NUMBER", mobile(r, "plain")), " | ", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), " |\n"]
    return out


@T("it")
def env_config_leak(r):
    n = thn(r)
    return ["ตั้งค่านี้ deploy แล้ว SMTP ไม่ออก\n```ini\n[smtp]\nhost = smtp.office365.com\nuser = ", ("EMAIL_ADDRESS", email(r)),
            "\n[alert]\noncall_name = ", P(n), "\noncall_mobile = ", ("PHONE_NUMBER", mobile(r, "intl_plain")), "\nallow_ip = ", ("IP_ADDRESS", ipv4(r)), "\n```"]


@T("it", en=True)
def support_bot_trace_en(r):
    n = enn(r)
    return ['trace_id=9f3c tool=crm.get_customer args={"phone":"', ("PHONE_NUMBER", mobile(r, "plain")), '"} -> {"name":"', P(n),
            '","dob":"', ("DATE_OF_BIRTH", dob(r, "iso")), '","tier":"gold","last_ip":"', ("IP_ADDRESS", ipv4(r)), '","ts":', epoch_ms(r),
            "}\nThe bot greeted the wrong customer. What went wrong in the lookup?"]


@T("it")
def access_control_yaml(r):
    out = ["ระบบประตูห้อง server ล็อกคนออก ช่วยดู config\n```yaml\nusers:\n"]
    for _ in range(2):
        out += ["  - name: ", P(thn(r)), "\n    card: ", _d(r, 10), "\n    fingerprint: ", ("BIOMETRIC_DATA", b64(r, 32)), "\n    zones: [dc1, noc]\n"]
    return [*out, "```"]


@T("it", en=True)
def jira_bug_with_customer_en(r):
    n = enn(r)
    return ["JIRA PAY-", str(r.randint(1000, 9999)), ": Refund not credited\nReporter: ", P(enn(r)), "\nSteps: customer ", P(n), " (", ("EMAIL_ADDRESS", email(r, n)),
            ") paid with ", ("CREDIT_CARD", card(r, "dash")), " on 2025-10-01; refund API returned 200 but no credit.\nWrite the bug description in Given/When/Then form."]

# ----------------------------------------------------------------------------------------------
# Templates: mixed documents (RAG chunks, threads, notes)
# ----------------------------------------------------------------------------------------------
@T("media")
def newsroom_source_notes(r):
    n = thn(r)
    return ["โน้ตแหล่งข่าว (ห้ามเผยแพร่)\nแหล่งข่าว: ", P(n), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n- ", ("POLITICAL_OPINION", "เป็นแกนนำกลุ่มราษฎรภาคอีสาน"),
            "\n- ", ("CRIMINAL_RECORD", "ถูกดำเนินคดีมาตรา 116 อยู่ระหว่างประกันตัว"), "\nช่วยเรียบเรียงเป็นโปรไฟล์สั้นโดยไม่ให้ระบุตัวตนได้"]


@T("social", en=True)
def social_listening_export_en(r):
    out = ["Classify sentiment of these mentions (export from listening tool):\nhandle,name,post,ip\n"]
    out += ["@", r.choice(ROMAN_HANDLES), "_", str(r.randint(10, 99)), ",", P(enn(r)), ",\"I ", ("POLITICAL_OPINION", "voted for the opposition"), " and I'll march again on Sunday",
            "\",", ("IP_ADDRESS", ipv4(r)), "\n"]
    out += ["@", r.choice(ROMAN_HANDLES), "bkk,", P(enn(r)), ",\"Bank app down again, third time this week\",", ("IP_ADDRESS", ipv4(r)), "\n"]
    return out


@T("government")
def civil_servant_vetting(r):
    n = thn(r)
    return ["บันทึกข้อความ\nส่วนราชการ กองการเจ้าหน้าที่\nเรื่อง ผลการตรวจสอบคุณสมบัติผู้สอบแข่งขันได้\n\t", title_th(r, n), P(n),
            " เลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r)), " ตรวจสอบแล้วพบว่า", ("POLITICAL_OPINION", "ดำรงตำแหน่งกรรมการบริหารพรรคการเมือง"),
            " ซึ่งเป็นลักษณะต้องห้าม\n\nช่วยอ้างมาตราใน พ.ร.บ.ระเบียบข้าราชการพลเรือนที่เกี่ยวข้อง"]


@T("hr")
def candidate_screening_chat(r):
    n = thn(r)
    return ["หัวหน้า: คนนี้ ", P(n), " เรซูเม่ดีนะ\nHR: แต่เห็นใน Facebook ว่า", ("POLITICAL_OPINION", "ไปร่วมชุมนุมต่อต้านรัฐบาล"),
            " บ่อยมาก แล้วก็", ("TRADE_UNION", "เคยเป็นกรรมการสหภาพแรงงาน"), "ที่เก่า\nหัวหน้า: อีเมลเขา ", ("EMAIL_ADDRESS", email(r)),
            "\n\n[ขอให้ AI ให้คะแนนผู้สมัครคนนี้จากบทสนทนา]"]


@T("hr", en=True)
def strike_roster_en(r):
    out = ["Collective bargaining prep - list of union reps to invite (turn into an email):\n"]
    for _ in range(3):
        n = enn(r)
        out += ["* ", P(n), " - ", ("TRADE_UNION", r.choice(UNION_EN)), " - ", ("EMAIL_ADDRESS", email(r, n)), "\n"]
    return out


@T("hospital")
def thalassemia_screening_sheet(r):
    out = ["สรุปผลคัดกรองธาลัสซีเมียคู่สมรส ANC (ช่วยระบุคู่เสี่ยง)\n| HN | ชื่อ | ผล |\n|---|---|---|\n"]
    for _ in range(3):
        out += ["| ", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), " | ", P(thn(r)), " | ",
                ("GENETIC_DATA", r.choice(["พาหะ α-thal 1", "พาหะ β-thal", "Hb E trait", "พาหะ β-thal/Hb E"])), " |\n"]
    return out


@T("legal")
def paternity_case_email(r):
    a, b = thn(r), thn_m(r)
    return ["เรียนทนาย", P(a), "\nผลตรวจ DNA ของศูนย์พันธุศาสตร์ระบุว่านาย", P(b), " ", ("GENETIC_DATA", "มีโอกาสเป็นบิดาของลูกดิฉัน 99.99%"),
            " ดิฉันอยากฟ้องเรียกค่าอุปการะเลี้ยงดู ติดต่อกลับที่ ", ("PHONE_NUMBER", mobile(r)), " หรือ ", ("EMAIL_ADDRESS", email(r)), "\n\nสรุปประเด็นข้อกฎหมาย"]


@T("it", en=True)
def biometric_db_migration_en(r):
    return ["Review this migration; the fixture was copied from prod by mistake:\n```sql\nINSERT INTO voice_enrolment (customer_name, msisdn, voiceprint) VALUES\n('",
            P(enn(r)), "', '", ("PHONE_NUMBER", mobile(r, "intl_plain")), "', '", ("BIOMETRIC_DATA", b64(r, 40)), "'),\n('",
            P(enn(r)), "', '", ("PHONE_NUMBER", mobile(r, "intl_plain")), "', '", ("BIOMETRIC_DATA", b64(r, 40)), "');\n```"]


@T("condo")
def condo_access_ocr(r):
    n = thn(r)
    return ["แบบฟอร์มลงทะเบียนผู้พักอาศัย คอนโดลุมพินี (สแกน)\nห้อง ", f"{r.randint(2, 30)}{r.randint(1, 40):02d}", "\nชื่อ ", P(n), "  LINE ",
            ("LINE_ID", line_id(r)), "\nทะเบียนรถ ", ("TH_VEHICLE_PLATE", plate(r)), "\n[X] ยินยอมให้เก็บ", ("BIOMETRIC_DATA", "ภาพใบหน้าเพื่อใช้เปิดประตู (Face ID)"),
            "\nแปลงเป็น JSON สำหรับนำเข้าระบบ"]


@T("ngo", en=True)
def refugee_case_file_en(r):
    n = r.choice(["Aung Kyaw Min", "Zaw Lin Htet", "Paw Htoo", "Eh Moo Say"])
    return ["[Case file extract - Mae La] Name: ", P(n), ". ", ("ETHNICITY", r.choice(["Karen", "ethnic Karenni", "Shan"])), ", ", ("RELIGION", "Baptist Christian"),
            ". UNHCR no. ", _d(r, 3), "-", _d(r, 8), ". Reports ", ("HEALTH_DATA", "PTSD symptoms after detention"),
            ". Contact via camp leader.\nTranslate to Thai for the district office."]


@T("ngo")
def hill_tribe_scholarship_email(r):
    n = thn(r)
    return ["From: ", P(n), " <", ("EMAIL_ADDRESS", email(r)), ">\nSubject: สมัครทุนเด็กดอย\n\nหนูชื่อ", P(n), " ", ("ETHNICITY", r.choice(["เป็นชาวม้ง", "เป็นชาวอาข่า", "เป็นชาวลีซู"])),
            " จากบ้าน", r.choice(["ห้วยน้ำขุ่น", "ปางมะผ้า", "แม่แจ่ม"]), " รหัสนักศึกษา ", ("STUDENT_ID", student_id(r, "uni")),
            "\nคุณพ่อ", ("HEALTH_DATA", "ป่วยเป็นมะเร็งตับ"), " ไม่มีรายได้\n\nช่วยให้คะแนนใบสมัครตามเกณฑ์ทุน"]


@T("hospital", en=True)
def rag_patient_portal_en(r):
    n = enn(r)
    return ["[context]\nportal_user: ", P(n), "\nmrn: ", ("MEDICAL_RECORD_NUMBER", hn(r, "slash")), "\nproblem_list: ", ("HEALTH_DATA", r.choice(DX_EN)), "; ",
            ("HEALTH_DATA", "obesity class II"), "\nmobility: ", ("DISABILITY", r.choice(["wheelchair user", "below-knee amputee"])),
            "\n[/context]\nUser question: can I book a telehealth slot next Tuesday?"]


@T("insurance")
def group_health_census(r):
    out = ["ตรวจ census ประกันกลุ่มก่อนส่งบริษัทประกัน ว่ามีคนอายุเกิน 65 ไหม\nลำดับ,ชื่อ,วันเกิด,เลขบัตร,โรคประจำตัว\n"]
    for i in range(3):
        out += [str(i + 1), ",", P(thn(r)), ",", ("DATE_OF_BIRTH", dob(r, "slash_be")), ",", ("TH_NATIONAL_ID", nid(r, "plain")), ",",
                ("HEALTH_DATA", r.choice(["ความดันสูง", "เบาหวาน", "ไขมันในเลือดสูง", "หอบหืด"])), "\n"]
    return out


@T("bank", en=True)
def wealth_client_note_en(r):
    n = enn(r)
    return ["RM call note, 2025-10-06\nClient ", P(n), " (", ("EMAIL_ADDRESS", email(r, n)), ") wants a Sharia-compliant deposit product since he is ",
            ("RELIGION", "a practising Muslim"), ". Also asked about inheritance for his son, ", P(enn(r)), ", who is ",
            ("DISABILITY", "on the autism spectrum"), ".\nSuggest products and next steps."]


@T("government")
def passport_appointment_sms_log(r):
    out = ["สรุปจำนวน SMS ที่ส่งไม่สำเร็จจาก log นี้\n"]
    for _ in range(3):
        out += [epoch_ms(r), " to=", ("PHONE_NUMBER", mobile(r, "intl_plain")), " body=\"คุณ", P(thf(r)), " นัดทำหนังสือเดินทาง 14 ต.ค. 09:00 น.\" status=",
                r.choice(["DELIVERED", "FAILED", "FAILED"]), "\n"]
    return out


@T("hr", en=True)
def payroll_bank_file_en(r):
    out = ["Validate this SMART credit file (fixed width) before upload:\n"]
    for _ in range(3):
        out += ["D", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), " ", P(enn(r).upper()), "   ", f"{r.randint(15000, 90000):010d}", "\n"]
    return out


@T("telecom")
def roaming_fraud_case(r):
    n = thn(r)
    return ["เคสทุจริต SIM swap\nเจ้าของเบอร์ ", P(n), " ", ("PHONE_NUMBER", mobile(r)), "\nเปลี่ยนซิมที่ร้าน ", r.choice(["สาขาบางกะปิ", "สาขาหาดใหญ่"]),
            " โดยใช้สำเนาบัตร ", ("TH_NATIONAL_ID", nid(r)), " และ", ("BIOMETRIC_DATA", "ภาพใบหน้าที่ผ่านการตรวจ liveness"),
            "\nIP ที่เข้าแอปธนาคารหลังสลับซิม ", ("IP_ADDRESS", ipv4(r)), "\nเขียนไทม์ไลน์เหตุการณ์"]


@T("union")
def union_letter_to_employer(r):
    a, b = thn(r), thn(r)
    return ["ที่ สร.ขส. ๐๒๑/๒๕๖๘\nเรื่อง แจ้งรายชื่อผู้แทนเจรจา\nเรียน กรรมการผู้จัดการ\n\tสหภาพแรงงานขนส่งสินค้าขอแจ้งว่า ", P(a), " และ ", P(b),
            " ", ("TRADE_UNION", "เป็นกรรมการสหภาพแรงงาน"), " ได้รับมอบหมายเป็นผู้แทนเจรจา ติดต่อ ", ("PHONE_NUMBER", mobile(r)),
            "\n\nช่วยร่างหนังสือตอบรับในนามบริษัท"]


@T("it")
def prompt_log_jsonl(r):
    n = thn_m(r)
    return ["วิเคราะห์ log prompt ที่ผู้ใช้ส่งเข้า chatbot นี้ ว่าเกี่ยวกับเรื่องอะไรบ้าง\n", '{"ts":', epoch_ms(r), ',"user":"u_', _d(r, 6),
            '","prompt":"ผมชื่อ', P(n), ' ', "ผม", ("HEALTH_DATA", "เป็นเบาหวานกับความดัน"), ' กินทุเรียนได้ไหม"}\n', '{"ts":', epoch_ms(r),
            ',"user":"u_', _d(r, 6), '","prompt":"โปรโมชั่นบัตรเครดิตเดือนนี้มีอะไรบ้าง"}']

# ----------------------------------------------------------------------------------------------
# Hard negatives for the s.26 categories (topics, policies, statistics, products, laws)
# ----------------------------------------------------------------------------------------------
@T("hospital", hard="HEALTH_DATA")
def neg_health_article_rag(r):
    return ["[context chunk 2/5 | source: กรมควบคุมโรค, บทความสุขภาพ]\nโรคเบาหวานชนิดที่ 2 เป็นโรคเรื้อรังที่พบบ่อยในผู้ใหญ่ไทย ",
            "ประมาณ ", str(r.randint(8, 10)), " ล้านคน ผู้ป่วยควรตรวจ HbA1c ทุก 3-6 เดือน ยาเมทฟอร์มินเป็นยาขนานแรก ",
            "ภาวะแทรกซ้อนได้แก่ไตวายเรื้อรัง เบาหวานขึ้นตา และแผลที่เท้า\n[/chunk]\nคำถาม: ผู้ป่วยเบาหวานควรตรวจน้ำตาลสะสมบ่อยแค่ไหน"]


@T("hospital", hard="HEALTH_DATA", en=True)
def neg_icd_case_counts_en(r):
    out = ["Make a bar chart spec (Vega-Lite) from this OPD case-mix table, FY2025, all sites:\n| ICD-10 | Description | Visits |\n|---|---|---|\n"]
    for code, desc in r.sample(ICD, 4):
        out += [f"| {code} | {desc} | {r.randint(1200, 48000):,} |\n"]
    return out


@T("government", hard="RELIGION")
def neg_holiday_circular(r):
    return ["ที่ นร ๐๑๐๕/ว ", thai_digits(str(r.randint(100, 400))), "\nเรื่อง การจัดกิจกรรมเนื่องในวัน", r.choice(["มาฆบูชา", "วิสาขบูชา", "อาสาฬหบูชา"]),
            " ประจำปี ๒๕๖๙\nเรียน หัวหน้าส่วนราชการ\n\tด้วยรัฐบาลกำหนดให้ส่วนราชการร่วมกิจกรรมเวียนเทียน ฟังเทศน์ และงดจำหน่ายสุรา ",
            "ทั้งนี้ บุคลากรที่นับถือศาสนาอื่นสามารถเข้าร่วมได้ตามความสมัครใจ และขอให้จัดสถานที่ละหมาดสำหรับข้าราชการมุสลิมตามปกติ\n",
            "\nช่วยสรุปเป็นประกาศภายในสั้นๆ 3 ข้อ"]


@T("ecommerce", hard="RELIGION", en=True)
def neg_halal_product_copy_en(r):
    return ["Rewrite this product copy for Shopee, 80 words max:\n\"", r.choice(["Mae Noi Chicken Massaman Paste", "Pattani Gold Beef Rendang Kit"]),
            " is certified halal by the Central Islamic Council of Thailand, suitable for Muslim, Buddhist and Christian families alike. ",
            "No pork, no lard, no alcohol. Net wt 120 g, THB ", str(r.randint(39, 89)), ". Ramadan bundle available while stocks last.\""]


@T("ngo", hard="ETHNICITY")
def neg_hill_tribe_stats(r):
    rows = "".join(f"| {g} | {r.randint(40, 480) * 1000:,} | {r.randint(5, 40)}% |\n" for g in r.sample(ETH_FIELD, 4))
    return ["สรุปรายงานสถานการณ์กลุ่มชาติพันธุ์บนพื้นที่สูง (ข้อมูลสาธารณะ ปี 2567)\n| กลุ่มชาติพันธุ์ | ประชากรโดยประมาณ | ยังไม่มีสัญชาติ |\n|---|---|---|\n",
            rows, "\nช่วยเขียนบทวิเคราะห์ 1 ย่อหน้าเรื่องการเข้าถึงบริการสาธารณสุข"]


@T("tourism", hard="ETHNICITY", en=True)
def neg_ethnic_culture_tour_en(r):
    return ["Write an Instagram caption for our Mae Hong Son tour: Visit Karen and Shan villages, learn Lisu embroidery from the women's cooperative, ",
            "and join an Akha swing festival in late August. ", str(r.randint(3, 5)), " days, THB ", f"{r.randint(8, 19)},900", " per person. ",
            "Community-based tourism, fair revenue share with each village."]


@T("media", hard="POLITICAL_OPINION")
def neg_election_news(r):
    rows = [("พรรคประชาชน", r.randint(120, 160)), ("พรรคเพื่อไทย", r.randint(110, 150)), ("พรรคภูมิใจไทย", r.randint(60, 90)), ("พรรครวมไทยสร้างชาติ", r.randint(30, 50))]
    return ["สรุปข่าวนี้เป็น 3 bullet:\nกกต. ประกาศผลการเลือกตั้งอย่างไม่เป็นทางการ ", "".join(f"{p} {s} ที่นั่ง, " for p, s in rows),
            "ผู้มาใช้สิทธิร้อยละ ", f"{r.uniform(68, 78):.1f}", " หัวหน้าพรรคอันดับหนึ่งแถลงว่าพร้อมจัดตั้งรัฐบาลผสม ขณะที่พรรคฝ่ายค้านเดิมระบุจะตรวจสอบการใช้งบประมาณอย่างเข้มข้น"]


@T("government", hard="POLITICAL_OPINION", en=True)
def neg_bill_summary_en(r):
    return ["Summarise for our public-affairs newsletter: The House passed the first reading of the amnesty bill by ", str(r.randint(260, 330)),
            " votes to ", str(r.randint(80, 150)), ". Opposition parties argued that cases under Section 112 should be included; the ruling coalition ",
            "said such cases remain excluded. A joint committee of 35 members will review the draft within 30 days."]


@T("police", hard="CRIMINAL_RECORD", en=True)
def neg_crime_stats_csv_en(r):
    out = ["Compute year-on-year change per offence (Royal Thai Police open data):\noffence,2023,2024\n"]
    for o in ["drug possession", "theft", "fraud (online)", "assault", "drunk driving"]:
        out.append(f"{o},{r.randint(5000, 90000)},{r.randint(5000, 90000)}\n")
    return out


@T("legal", hard="CRIMINAL_RECORD")
def neg_penal_code_rag(r):
    return ["[ที่มา: ประมวลกฎหมายอาญา]\nมาตรา 341 ผู้ใดโดยทุจริต หลอกลวงผู้อื่นด้วยการแสดงข้อความอันเป็นเท็จ ... ผู้นั้นกระทำความผิดฐานฉ้อโกง ",
            "ต้องระวางโทษจำคุกไม่เกินสามปี หรือปรับไม่เกินหกหมื่นบาท หรือทั้งจำทั้งปรับ\nมาตรา 352 ผู้ใดครอบครองทรัพย์ซึ่งเป็นของผู้อื่น ... ยักยอก\n",
            "คำถาม: ฉ้อโกงกับยักยอกต่างกันอย่างไร ยกตัวอย่างสมมติ"]


@T("hr", hard="CRIMINAL_RECORD")
def neg_background_check_policy(r):
    return ["นโยบายการตรวจสอบประวัติผู้สมัครงาน (ฉบับร่าง v", str(r.randint(2, 5)), ")\n1. ตรวจประวัติอาชญากรรมเฉพาะตำแหน่งที่เกี่ยวกับเงินสดและข้อมูลลูกค้า\n",
            "2. ต้องได้รับความยินยอมเป็นหนังสือก่อนส่งคำขอไปสำนักงานพิสูจน์หลักฐานตำรวจ\n3. การเคยต้องโทษไม่ใช่เหตุตัดสิทธิโดยอัตโนมัติ ให้พิจารณาลักษณะความผิดและระยะเวลา\n",
            "ช่วยตรวจว่าสอดคล้องกับ PDPA มาตรา 26 หรือไม่"]


@T("school", hard="SEXUAL_BEHAVIOUR")
def neg_sex_ed_curriculum(r):
    return ["แผนการสอนเพศวิถีศึกษา ม.", str(r.randint(1, 3)), " คาบที่ 4\nหัวข้อ: ความหลากหลายทางเพศ, การมีเพศสัมพันธ์ที่ปลอดภัย, การใช้ถุงยางอนามัย, ",
            "การป้องกันการตั้งครรภ์ไม่พร้อม\nกิจกรรม: อภิปรายกลุ่มเรื่องความยินยอม (consent) และการเคารพคนที่เป็น LGBTQ+\nช่วยทำใบงาน 10 ข้อพร้อมเฉลย"]


@T("clinic", hard="SEXUAL_BEHAVIOUR", en=True)
def neg_prep_faq_en(r):
    return ["Turn this into a 5-question FAQ for our clinic site: PrEP is recommended for men who have sex with men, transgender women, ",
            "sex workers and anyone with a partner living with HIV. Daily oral PrEP is over 99% effective against sexual transmission when taken as prescribed. ",
            "Free under the UC scheme at ", str(r.randint(300, 500)), " sites nationwide; no parental consent needed from age 18."]


@T("hr", hard="DISABILITY", en=True)
def neg_accessibility_policy_en(r):
    return ["Edit for clarity: Workplace Accessibility Standard (rev. ", str(r.randint(3, 7)),
            "). All new offices shall provide step-free access, an accessible toilet on every floor, and screen-reader-compatible HR systems. ",
            "Employees with disabilities may request reasonable accommodation through the HR portal. Section 33 requires one employee with ",
            "a disability per 100 staff; otherwise the company contributes to the Fund under Section 34."]


@T("government", hard="DISABILITY")
def neg_disability_allowance_template(r):
    return ["แม่แบบหนังสือแจ้งผล (ห้ามแก้ช่องตัวแปร)\nที่ {{doc_no}}\nเรื่อง แจ้งผลการขึ้นทะเบียนรับเบี้ยความพิการ\nเรียน {{title}}{{full_name}}\n",
            "\tตามที่ท่านยื่นคำขอรับเบี้ยความพิการ ประเภท {{disability_type}} บัดนี้ได้รับอนุมัติ อัตราเดือนละ ", r.choice(["800", "1,000"]),
            " บาท โอนเข้าบัญชี {{bank_account}}\nช่วยเติมประโยคท้ายเรื่องช่องทางติดต่อสอบถาม โดยไม่ใส่เบอร์ส่วนตัว"]


@T("union", hard="TRADE_UNION")
def neg_labour_relations_act(r):
    return ["[ที่มา: พ.ร.บ.แรงงานสัมพันธ์ พ.ศ. ๒๕๑๘]\nมาตรา 88 สหภาพแรงงานจะจัดตั้งได้ก็แต่โดยลูกจ้างซึ่งทำงานให้แก่นายจ้างคนเดียวกัน ...\n",
            "มาตรา 121 ห้ามมิให้นายจ้างเลิกจ้างลูกจ้างเพราะเหตุที่ลูกจ้างเป็นสมาชิกสหภาพแรงงาน\nคำถาม: บริษัทเราพนักงาน ", str(r.randint(80, 900)),
            " คน ถ้าพนักงานอยากตั้งสหภาพต้องใช้กี่คน"]


@T("media", hard="TRADE_UNION", en=True)
def neg_union_strike_news_en(r):
    return ["Summarise in two sentences: The State Railway Workers' Union said on Monday that members would hold a ", str(r.randint(1, 3)),
            "-day work-to-rule protest over delayed safety investment. The railway's governor said services would run normally. ",
            "Union membership nationwide fell to about ", f"{r.uniform(3, 4):.1f}", "% of the workforce last year, the labour ministry reported."]


@T("ecommerce", hard="GENETIC_DATA", en=True)
def neg_dna_kit_copy_en(r):
    return ["Shorten this landing-page copy: GeneWise Ancestry+ analyses over 700,000 markers, including carrier screening for thalassemia, ",
            "BRCA1/BRCA2 variants and HLA-B*15:02 drug sensitivity. Results in ", str(r.randint(3, 6)),
            " weeks via the app. Price THB 7,900. Samples are destroyed after 90 days."]


@T("hospital", hard="GENETIC_DATA")
def neg_thalassemia_program(r):
    return ["แนวทางโครงการป้องกันและควบคุมโรคธาลัสซีเมีย (สรุปจาก สปสช.)\n- คัดกรองหญิงตั้งครรภ์ทุกรายด้วย MCV/DCIP\n- ถ้าผลบวก ให้ตรวจคู่สมรส และตรวจ Hb typing/DNA analysis\n",
            "- คู่เสี่ยงให้ตรวจวินิจฉัยทารกในครรภ์ก่อนอายุครรภ์ ", str(r.randint(16, 20)), " สัปดาห์\nช่วยทำ flowchart แบบ mermaid"]


@T("it", hard="BIOMETRIC_DATA", en=True)
def neg_face_api_schema_en(r):
    return ["Document this OpenAPI fragment in plain English:\n```yaml\n/v1/face/verify:\n  post:\n    requestBody:\n      properties:\n",
            "        selfie_jpeg: {type: string, format: byte, description: Base64 selfie}\n        template: {type: string, description: 512-d face embedding, never logged}\n",
            "        threshold: {type: number, default: 0.", str(r.randint(60, 85)), "}\n    responses:\n      '200': {example: {match: true, score: 0.91, ts: ", epoch_ms(r), "}}\n```"]


@T("hr", hard="BIOMETRIC_DATA")
def neg_fingerprint_policy(r):
    return ["ร่างประกาศบริษัท เรื่อง การใช้เครื่องสแกนลายนิ้วมือบันทึกเวลา\nบริษัทจะเก็บเฉพาะแม่แบบลายนิ้วมือ (template) ที่เข้ารหัส ไม่เก็บภาพ ",
            "เก็บรักษาไม่เกิน ", str(r.randint(1, 3)), " ปีหลังพ้นสภาพพนักงาน พนักงานที่ไม่ยินยอมสามารถใช้บัตรพนักงานแทนได้\nสอบถามที่ hr@company.co.th\nช่วยปรับภาษาให้เป็นทางการ"]

# ----------------------------------------------------------------------------------------------
# More positives: scans, threads, tables
# ----------------------------------------------------------------------------------------------
@T("government")
def id_card_ocr(r):
    n, en_name, female = r.choice(ID_PAIRS)
    return ["[OCR บัตรประจำตัวประชาชน ด้านหน้า]\nเลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r, "space")), "\nชื่อตัวและชื่อสกุล ", title_th(r, n), " ", P(n),
            "\nName ", r.choice(["Miss", "Mrs."]) if female else "Mr.", " ", P(en_name), "\nเกิดวันที่ ", ("DATE_OF_BIRTH", dob(r, "thshort")), "\nศาสนา ", ("RELIGION", r.choice(["พุทธ", "อิสลาม", "คริสต์"])),
            "\nที่อยู่ ", ("ADDRESS", addr(r, short=True)), "\n\nแยกฟิลด์เป็น JSON (ชื่อไทย ชื่ออังกฤษ วันเกิดเป็น ค.ศ.)"]


@T("hr")
def email_thread_signature_th(r):
    a, b = thn(r), thn(r)
    return ["ช่วยสรุปเธรดนี้ให้ผู้บริหาร\n\nจาก: ", P(a), " <", ("EMAIL_ADDRESS", email(r, None, "thaiparts.co.th")), ">\nถึง: ", P(b), "\n\n",
            "พี่คะ น้อง", P(thf(r)), "ฝ่ายผลิตแจ้งว่าผลตรวจสุขภาพประจำปีพบ", ("HEALTH_DATA", "วัณโรคปอด"), " ต้องหยุดงาน 2 สัปดาห์ค่ะ ",
            "จะให้แจ้งทีมหรือไม่คะ\n\n--\n", P(a), "\nเจ้าหน้าที่สรรหา | บริษัท ไทยพาร์ท จำกัด\nมือถือ ", ("PHONE_NUMBER", mobile(r, "dash")),
            "\n\n> เมื่อ 6 ต.ค. 2568 ", P(b), " เขียนว่า:\n> ส่งรายชื่อคนที่ยังไม่ตรวจสุขภาพมาด้วยนะ"]


@T("police")
def traffic_fine_notice(r):
    n = enn(r)
    return ["Translate this e-Ticket for the rental customer:\nTraffic Violation Notice No. ", _d(r, 12), "\nVehicle: ", ("TH_VEHICLE_PLATE", plate(r)),
            "\nRegistered keeper: ", P(n), "\nOffence: speeding 127 km/h in 90 zone, Motorway 7, 2025-09-28 16:41\nFine: THB 1,000"]


@T("university")
def dorm_application_tsv(r):
    out = ["จัดห้องหอพักนักศึกษาปี 1 ตามเงื่อนไข (ห้องละ 2 คน เพศเดียวกัน)\nstudent_id\tname\tnote\tline\n"]
    for note in [("HEALTH_DATA", "เป็นโรคลมชัก"), ("DISABILITY", "ใช้ไม้ค้ำยัน"), ("RELIGION", "มุสลิม")]:
        tail = {"HEALTH_DATA": "", "DISABILITY": " ขอชั้น 1", "RELIGION": " ขอรูมเมทที่ไม่ทานหมู"}[note[0]]
        out += [("STUDENT_ID", student_id(r, "uni")), "\t", P(thn(r)), "\t", note, tail, "\t", ("LINE_ID", line_id(r)), "\n"]
    return out


@T("insurance", en=True)
def claims_markdown_table_en(r):
    out = ["Flag claims that need a medical review:\n| Claim | Insured | National ID | Diagnosis |\n|---|---|---|---|\n"]
    for _ in range(3):
        out += [f"| C{_d(r, 7)} | ", P(enn(r)), " | ", ("TH_NATIONAL_ID", nid(r, "dash")), " | ", ("HEALTH_DATA", r.choice(DX_EN)), " |\n"]
    return out


@T("government")
def land_tax_notice(r):
    n = thn(r)
    return ["หนังสือแจ้งประเมินภาษีที่ดินและสิ่งปลูกสร้าง (ภ.ด.ส.6) พิมพ์จากระบบ\nผู้เสียภาษี ", P(n), " เลขประจำตัว ", ("TH_NATIONAL_ID", nid(r, "plain")),
            "\nที่ตั้งทรัพย์สิน ", ("ADDRESS", addr(r)), "\nภาษีที่ต้องชำระ ", money(r, 300, 9000), " บาท\nช่วยอธิบายว่าทำไมปีนี้ภาษีขึ้น"]


@T("bank", en=True)
def mobile_banking_device_log_en(r):
    n = enn(r)
    return ["Fraud team: is this an account takeover?\n2025-10-06T01:02:11Z login ok user=", P(n), " device=new ip=", ("IP_ADDRESS", ipv4(r)),
            " biometric=", ("BIOMETRIC_DATA", "fingerprint_auth:bypassed"), "\n2025-10-06T01:03:40Z transfer 49,900 THB to acct ", ("TH_BANK_ACCOUNT", bank_acct(r)),
            "\n2025-10-06T01:04:02Z change_mobile to ", ("PHONE_NUMBER", mobile(r, "intl_plain"))]


@T("court")
def labour_court_complaint(r):
    n = thn(r)
    return ["คำฟ้องศาลแรงงาน (ร่าง)\nโจทก์ ", P(n), " อายุ ", str(r.randint(28, 55)), " ปี\nข้อ 2 โจทก์", ("TRADE_UNION", "เป็นสมาชิกสหภาพแรงงาน"),
            "และ", ("POLITICAL_OPINION", "เป็นผู้สนับสนุนพรรคฝ่ายค้าน"), " จำเลยเลิกจ้างโจทก์หลังโจทก์ยื่นข้อเรียกร้องเพียง 3 วัน\nติดต่อโจทก์ ",
            ("PHONE_NUMBER", mobile(r)), "\n\nตรวจว่าคำฟ้องครบตาม พ.ร.บ.จัดตั้งศาลแรงงานหรือไม่"]


@T("hospital", en=True)
def biobank_consent_en(r):
    n = enn(r)
    return ["Biobank sample registry export (check for missing consent):\nsubject,mrn,sample,result\n", P(n), ",", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")),
            ",whole blood,", ("GENETIC_DATA", r.choice(GEN_EN)), "\n", P(enn(r)), ",", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), ",saliva,",
            ("GENETIC_DATA", r.choice(GEN_EN)), "\n"]

# ----------------------------------------------------------------------------------------------
# Other hard negatives: templates, schemas, logs, statistics, fixtures, public text
# ----------------------------------------------------------------------------------------------
@T("bank", neg=True)
def neg_email_template_jinja(r):
    return ["แก้ template นี้ให้รองรับกรณีไม่มีชื่อกลาง\n```jinja\nเรียน คุณ{{ customer.first_name }} {{ customer.last_name }}\n",
            "บัตรเครดิตหมายเลข {{ card.masked }} ของท่านจะครบกำหนดชำระวันที่ {{ due_date|thai_date }} ยอดขั้นต่ำ {{ min_due|baht }}\n",
            "หากชำระแล้วโปรดละเว้น สอบถามโทร 1558\n```"]


@T("it", neg=True, en=True)
def neg_json_schema_customer_en(r):
    return ['Is this JSON Schema too strict for Thai IDs?\n{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",',
            '"properties":{"national_id":{"type":"string","pattern":"^[0-9]{13}$"},"phone":{"type":"string","pattern":"^0[689][0-9]{8}$"},',
            '"email":{"type":"string","format":"email"},"dob":{"type":"string","format":"date"}},"required":["national_id"],"maxProperties":', str(r.randint(8, 20)), "}"]


@T("hospital", neg=True)
def neg_sql_ddl_patient(r):
    return ["ออกแบบ index ให้ตารางนี้หน่อย query หลักคือค้นด้วย hn และ visit_date\n```sql\nCREATE TABLE opd_visit (\n  visit_id BIGINT PRIMARY KEY,\n",
            "  hn VARCHAR(12) NOT NULL,\n  cid CHAR(13),\n  visit_date DATE NOT NULL,\n  icd10 VARCHAR(8),\n  religion_code SMALLINT,\n",
            "  created_ms BIGINT DEFAULT ", epoch_ms(r), "\n) PARTITION BY RANGE (visit_date);\n```"]


@T("it", neg=True, en=True)
def neg_api_latency_log_en(r):
    out = ["p95 looks off; compute it from these lines:\n"]
    for _ in range(4):
        out.append(f"ts={epoch_ms(r)} route=/v1/quote status=200 dur_ms={r.randint(40, 900)} region=ap-southeast-1\n")
    return out


@T("ecommerce", neg=True)
def neg_kafka_order_events(r):
    return ["consumer ของ topic order.events ประมวลผลซ้ำ ช่วยดูว่า offset ไหนซ้ำ\n",
            f'{{"offset":{r.randint(10000, 99999)},"order_id":"TH{_d(r, 12)}","status":"PAID","amount":{r.randint(99, 5000)}.00,"event_time":{epoch_ms(r)}}}\n',
            f'{{"offset":{r.randint(10000, 99999)},"order_id":"TH{_d(r, 12)}","status":"SHIPPED","tracking":"TH{_d(r, 11)}A","event_time":{epoch_ms(r)}}}\n']


@T("fintech", neg=True, en=True)
def neg_stripe_test_fixture_en(r):
    return ["Our CI fails on this fixture, why?\n```python\nTEST_CARDS = {\n    \"visa_ok\": \"4242 4242 4242 4242\",\n    \"visa_debit\": \"4000 0566 5566 5556\",\n",
            "    \"declined\": \"4000 0000 0000 0002\",\n}\nTEST_CUSTOMER = {\"name\": \"Jane Doe\", \"email\": \"jane.doe@example.com\"}\n",
            f"def test_charge():\n    assert charge(TEST_CARDS['visa_ok'], amount={r.randint(100, 9999)}).status == 'succeeded'\n```"]


@T("government", neg=True)
def neg_form_sample_instructions(r):
    return ["ตัวอย่างการกรอกแบบคำขอ (ข้อมูลสมมติ)\nชื่อ-สกุล: นายสมชาย ใจดี\nเลขประจำตัวประชาชน: X-XXXX-XXXXX-XX-X\nวันเกิด: วว/ดด/ปปปป\n",
            "ที่อยู่: บ้านเลขที่ ... หมู่ที่ ... ตำบล ... อำเภอ ... จังหวัด ... รหัสไปรษณีย์ .....\nหมายเหตุ: กรอกด้วยตัวบรรจง ใช้ปากกาสีน้ำเงิน\n",
            "ช่วยแปลคำแนะนำนี้เป็นภาษาอังกฤษสำหรับแรงงานต่างด้าว (ฉบับที่ ", str(r.randint(2, 9)), ")"]


@T("ecommerce", neg=True)
def neg_price_table_md(r):
    items = r.sample(["หม้อทอดไร้น้ำมัน 5L", "พัดลมตั้งพื้น 16\"", "ไมโครเวฟ 23L", "เครื่องฟอกอากาศ", "กระทะไฟฟ้า", "เตารีดไอน้ำ"], 4)
    rows = "".join(f"| {i} | SKU-{_d(r, 6)} | {r.randint(390, 5990):,} | {r.randint(0, 300)} |\n" for i in items)
    return ["เขียนคำโปรยสั้นๆ ให้สินค้าที่สต็อกต่ำกว่า 50\n| สินค้า | SKU | ราคา (บาท) | คงเหลือ |\n|---|---|---|---|\n", rows]


@T("logistics", neg=True, en=True)
def neg_tracking_csv_en(r):
    out = ["Which parcels are stuck more than 3 days?\ntracking_no,origin_hub,last_scan,status\n"]
    for _ in range(4):
        out.append(f"TH{_d(r, 12)}{r.choice('ABCDE')},{r.choice(['BKK-LKB', 'CNX-01', 'HDY-02', 'KKC-03'])},2025-10-0{r.randint(1, 8)} {r.randint(6, 22)}:{r.randint(10, 59)},{r.choice(['IN_TRANSIT', 'AT_HUB', 'OUT_FOR_DELIVERY'])}\n")
    return out


@T("education", neg=True)
def neg_isbn_reading_list(r):
    books = r.sample([("Atomic Habits", "9780735211292"), ("Sapiens", "9780062316097"), ("Thinking, Fast and Slow", "9780374533557"),
                      ("The Pragmatic Programmer", "9780135957059"), ("Clean Code", "9780132350884")], 3)
    return ["จัดรายการหนังสือนี้เป็นบรรณานุกรมแบบ APA:\n", "".join(f"- {t} (ISBN {i})\n" for t, i in books)]


@T("bank", neg=True)
def neg_fee_schedule(r):
    return ["สรุปตารางค่าธรรมเนียมนี้เป็นภาษาอังกฤษ\n| บริการ | ค่าธรรมเนียม |\n|---|---|\n| โอนต่างธนาคารผ่านแอป | ฟรี |\n",
            f"| ถอนเงินตู้ต่างธนาคาร (เกิน 4 ครั้ง) | {r.choice([10, 15, 20])} บาท/ครั้ง |\n| ออกบัตรเดบิตใหม่ | {r.choice([100, 200, 300])} บาท |\n",
            f"| ค่ารักษาบัญชีไม่เคลื่อนไหว 1 ปี | {r.choice([50, 100])} บาท/ปี |\n"]


@T("hr", neg=True, en=True)
def neg_job_ad_en(r):
    return ["Polish this job ad for LinkedIn:\nWe're hiring a ", r.choice(["Senior Data Engineer", "Claims Analyst", "Registered Nurse (ICU)"]),
            " in Bangkok. Salary THB ", f"{r.randint(45, 90)},000-{r.randint(95, 160)},000", ". Benefits: group health insurance, provident fund 5%, ",
            "hybrid work. Equal opportunity employer; applicants of any religion, ethnicity or disability are welcome. Send CV to recruit@thaiinsure.co.th"]


@T("media", neg=True)
def neg_interest_rate_news(r):
    return ["เขียนหัวข่าว 3 แบบจากเนื้อข่าว: คณะกรรมการนโยบายการเงิน (กนง.) มีมติ ", r.choice(["5 ต่อ 2", "6 ต่อ 1", "เอกฉันท์"]),
            " ให้ลดอัตราดอกเบี้ยนโยบายลง 0.25% เหลือ ", r.choice(["1.50", "1.25", "1.75"]), "% ต่อปี ผู้ว่าการธนาคารแห่งประเทศไทยระบุว่าเศรษฐกิจขยายตัวต่ำกว่าศักยภาพ ",
            "และอัตราเงินเฟ้อทั่วไปยังติดลบ"]


@T("hospital", neg=True)
def neg_bed_occupancy(r):
    wards = ["Medicine", "Surgery", "ICU", "Pediatrics", "OB-GYN"]
    rows = "".join(f"{w}\t{r.randint(20, 60)}\t{r.randint(10, 60)}\n" for w in wards)
    return ["คำนวณอัตราครองเตียงแต่ละวอร์ด และไฮไลต์วอร์ดที่เกิน 90%\nward\tbeds\toccupied\n", rows]


@T("it", neg=True, en=True)
def neg_prometheus_scrape_en(r):
    return ["Why is this alert firing?\n", f"http_requests_total{{job=\"pdpa-api\",code=\"500\"}} {r.randint(100, 999)} {epoch_ms(r)}\n",
            f"http_requests_total{{job=\"pdpa-api\",code=\"200\"}} {r.randint(10000, 99999)} {epoch_ms(r)}\n",
            "ALERT HighErrorRate expr: rate(http_requests_total{code=\"500\"}[5m]) > 0.05"]


@T("it", neg=True, en=True)
def neg_k8s_manifest_en(r):
    return ["Review resources in this manifest:\n```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: claims-ocr\nspec:\n  replicas: ",
            str(r.randint(2, 6)), "\n  template:\n    spec:\n      containers:\n      - name: ocr\n        image: registry.local/claims-ocr:1.", str(r.randint(2, 19)),
            ".0\n        env:\n        - {name: DB_HOST, value: postgres.claims.svc}\n        - {name: ALERT_EMAIL, value: ops@claims.example}\n```"]


@T("legal", neg=True)
def neg_privacy_notice(r):
    return ["ตรวจภาษาประกาศความเป็นส่วนตัวนี้\nบริษัทเก็บรวบรวมข้อมูลส่วนบุคคล เช่น ชื่อ เลขประจำตัวประชาชน หมายเลขโทรศัพท์ และข้อมูลสุขภาพ (เมื่อได้รับความยินยอมโดยชัดแจ้ง) ",
            "เพื่อการพิจารณารับประกันภัยและจ่ายค่าสินไหม ระยะเวลาเก็บรักษา ", str(r.randint(5, 10)), " ปีนับแต่สิ้นสุดสัญญา ท่านสามารถใช้สิทธิตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล ",
            "ผ่าน dpo@", r.choice(["thaiinsure", "siamlife"]), ".co.th"]


@T("insurance", neg=True)
def neg_product_brochure(r):
    return ["เขียนแคปชันโฆษณาจากข้อมูลนี้: ประกันโรคร้ายแรง CI Care คุ้มครอง 50 โรค รวมมะเร็ง หลอดเลือดสมอง และโรคหัวใจ ทุนประกัน ",
            f"{r.choice(['500,000', '1,000,000', '2,000,000'])} บาท เบี้ยเริ่มต้นวันละ {r.randint(9, 25)} บาท รับสมัครอายุ 20-60 ปี ไม่ต้องตรวจสุขภาพ ระยะเวลารอคอย 90 วัน"]


@T("school", neg=True)
def neg_school_closure_letter(r):
    return ["ที่ ศธ ๐๔๐๐๗/ว", thai_digits(str(r.randint(1000, 4000))), "\nเรื่อง ปิดสถานศึกษาชั่วคราวเนื่องจากสถานการณ์อุทกภัย\nเรียน ผู้อำนวยการสถานศึกษาทุกแห่ง\n",
            "\tด้วยจังหวัดประกาศเขตพื้นที่ประสบสาธารณภัย จึงให้สถานศึกษาในอำเภอที่ได้รับผลกระทบปิดการเรียนการสอนตั้งแต่วันที่ ", thai_digits(str(r.randint(1, 20))),
            " ต.ค. ๒๕๖๘ และจัดสอนชดเชยภายหลัง\n\nช่วยทำเป็นข้อความ LINE แจ้งผู้ปกครอง"]


@T("it", neg=True)
def neg_sprint_retro_notes(r):
    return ["สรุป retro sprint ", str(r.randint(20, 60)), "\n+ deploy อัตโนมัติเสถียรขึ้น\n- ทีม QA ได้ requirement ช้า\n- ระบบ OCR อ่านเลขบัตรผิด 3% ในชุดทดสอบ\n",
            "action: เพิ่ม test data สังเคราะห์, ประชุม grooming ทุกวันพุธ\nช่วยเขียนเป็นอีเมลถึงทีม"]


@T("hospital", neg=True)
def neg_dengue_stats(r):
    provs = r.sample(PROVS, 4)
    rows = "".join(f"{p},{r.randint(200, 4000)},{r.randint(0, 6)}\n" for p in provs)
    return ["รายงานสถานการณ์ไข้เลือดออกสัปดาห์ที่ ", str(r.randint(30, 42)), " (ข้อมูลสาธารณะ)\nจังหวัด,ผู้ป่วยสะสม,เสียชีวิต\n", rows,
            "ช่วยเขียนข่าวประชาสัมพันธ์ให้ประชาชนกำจัดแหล่งเพาะพันธุ์ยุงลาย"]


@T("telecom", neg=True)
def neg_otp_sms_template(r):
    return ["ตรวจข้อความ SMS template ให้ไม่เกิน 70 ตัวอักษร:\n\"รหัส OTP ของคุณคือ {otp} (Ref: {ref}) ใช้ได้ภายใน 5 นาที ห้ามบอกรหัสนี้กับผู้อื่น\"\n",
            "ตัวอย่างที่ render แล้ว: รหัส OTP ของคุณคือ ", _d(r, 6), " (Ref: ", "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)), ")"]


@T("it", neg=True, en=True)
def neg_sentry_trace_en(r):
    return ["Explain this error:\nsentry event_id=", _d(r, 8), "f", _d(r, 6), " timestamp=", epoch_ms(r), "\nTraceback (most recent call last):\n",
            '  File "app/claims/ocr.py", line ', str(r.randint(40, 300)), ", in parse_id_card\n    return IdCard(number=m.group(1))\nAttributeError: 'NoneType' object has no attribute 'group'\n",
            "request_received_ms=", epoch_ms(r)]


@T("ecommerce", neg=True)
def neg_sales_by_province(r):
    rows = "".join(f"{p},{r.randint(1000, 90000)},{r.randint(100, 9000)}\n" for p in ["Bangkok", "Chiang Mai", "Khon Kaen", "Songkhla", "Chonburi"])
    return ["สรุปยอด GMV ไตรมาส 3 รายจังหวัดเป็น pivot ให้หน่อย\nprovince,orders,gmv_thb_thousand\n", rows]


@T("legal", neg=True)
def neg_lease_contract_template(r):
    return ["ร่างสัญญาเช่าคอนโด (แม่แบบ)\nสัญญานี้ทำขึ้นระหว่าง [ชื่อผู้ให้เช่า] ผู้ถือบัตรประจำตัวประชาชนเลขที่ [_____________] ซึ่งต่อไปเรียกว่า \"ผู้ให้เช่า\" ",
            "กับ [ชื่อผู้เช่า] ซึ่งต่อไปเรียกว่า \"ผู้เช่า\"\nข้อ 1 ค่าเช่าเดือนละ [____] บาท ชำระภายในวันที่ ", str(r.randint(1, 5)), " ของทุกเดือน\n",
            "ข้อ 2 เงินประกัน 2 เดือน\nช่วยเพิ่มข้อห้ามเลี้ยงสัตว์และเงื่อนไขการบอกเลิกสัญญา"]


@T("hr", neg=True)
def neg_company_announcement(r):
    return ["From: hr@siamfoods.co.th\nTo: all-staff@siamfoods.co.th\nSubject: ปรับเวลาทำงานช่วงเทศกาลออกพรรษา\n\nเรียนพนักงานทุกท่าน\n",
            "ตั้งแต่วันที่ ", str(r.randint(6, 10)), " ต.ค. บริษัทปรับเวลาเข้างานเป็น 09:00-17:00 น. และจัดทำบุญตักบาตรหน้าอาคาร A เวลา 07:30 น. (ไม่บังคับ)\n\n",
            "ฝ่ายทรัพยากรบุคคล\n\nช่วยแปลเป็นภาษาอังกฤษและพม่า"]


@T("government", neg=True, en=True)
def neg_ministry_press_release_en(r):
    return ["Condense this press release: The Minister of Public Health today launched a nationwide screening campaign for ",
            r.choice(["cervical cancer", "colorectal cancer", "hepatitis C"]), " targeting ", f"{r.uniform(1, 6):.1f}", " million people aged 50-70. ",
            "The Prime Minister said the programme would be fully funded under the universal coverage scheme. Screening is free at all district hospitals."]


@T("transport", neg=True)
def neg_plate_auction_news(r):
    return ["สรุปข่าว: กรมการขนส่งทางบกเปิดประมูลป้ายทะเบียนรถเลขสวยหมวดใหม่ ", r.choice(["กรุงเทพมหานคร", "เชียงใหม่"]),
            " กว่า ", str(r.randint(500, 3000)), " หมายเลข เงินประมูลเข้ากองทุนความปลอดภัยทางถนน ราคาเริ่มต้น ", f"{r.randint(3, 9)},000", " บาท ",
            "ประมูลผ่านระบบออนไลน์ 3 วัน"]


@T("it", neg=True)
def neg_pii_regex_unittest(r):
    return ["ทำไม regex นี้ยอมรับเลขบัตรที่ผิด checksum\n```python\nTHAI_ID = re.compile(r\"\\b\\d-?\\d{4}-?\\d{5}-?\\d{2}-?\\d\\b\")\n",
            "def test_rejects_bad_checksum():\n    assert not is_valid_thai_id(\"1-2345-67890-12-", str(r.choice([0, 2, 4, 6, 8])), "\")\n",
            "    assert not is_valid_thai_id(\"0-0000-00000-00-0\")\n```"]


# ----------------------------------------------------------------------------------------------
# Build, check, write
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
        row["id"] = f"f12-{n:04d}"
    return shuffled


def coverage(rows: list[dict]) -> Counter:
    return Counter(t for r in rows for t in {e["entity_type"] for e in r["entities"]})


def _english_only(text: str) -> bool:
    return not re.search(r"[\u0e00-\u0e7f]", text)


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
    by_name = {t.name: t for t in TEMPLATES}
    for row in rows:
        if by_name[row["template"]].english != _english_only(row["text"]):
            problems.append(f"{row['template']}: english flag does not match its text")
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
        negatives = sum(r["negative"] for r in rows)
        english = sum(_english_only(r["text"]) for r in rows)
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={negatives} ({negatives / len(rows):.1%}) "
              f"english_only={english} ({english / len(rows):.1%})")
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
            print(f"{args.out} is stale: rerun bench/make_freshset12.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
