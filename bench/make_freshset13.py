"""Thirteenth blind held-out set for pdpa-guard: bench/freshset13.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md and the interface of tests/test_freshsets.py only. Emphasis: the work of Thai back offices as
staff paste it into an LLM -- insurance claims and underwriting, hospital admin and pharmacy, government
counter services (อำเภอ/เขต, สรรพากร, ประกันสังคม), court and police paperwork, school and university
admin, HR and payroll. Prompts are Thai-heavy, long-form and semi-structured (forms pasted as text,
tables, bullet lists, quoted e-mails, LINE group chats of staff), with names written every way Thais
write them (with and without titles, ranks, nicknames, romanised, surname first in tables, initials).
Hard negatives come from the same offices (circulars, procedures, statistics, templates with
placeholders, public announcements, news about public figures). About a fifth of the prompts are
English-only.

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file (Faker is imported only for the version pin).

Conventions: PERSON is the name without its title, rank or kinship prefix (นาย, น.ส., ด.ช., คุณ, พี่,
น้อง, ร.ต.อ., นพ., Mr, Dr ...); a nickname written next to a full name is its own PERSON span;
ADDRESS is one span from the house number to the postcode (or province); DATE_OF_BIRTH is the date
only; cued numbers (HN, student ID, account ...) are the number only; a plate includes the province
written right after it; s.26 spans are the shortest phrase disclosing the fact about the person.
Role mailboxes (info@, hr@, claims@ ...) are not personal data and are left unlabelled; public figures
in news are not labelled.

    python bench/make_freshset13.py            # (re)write bench/freshset13.jsonl
    python bench/make_freshset13.py --check    # exit 1 unless the file matches what this script writes
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

OUT = Path(__file__).resolve().parent / "freshset13.jsonl"
PROMPTS_PER_TEMPLATE = 2

# ----------------------------------------------------------------------------------------------
# Hand-written people: (Thai given, Thai surname, romanised given, romanised surname, sex)
# ----------------------------------------------------------------------------------------------
PEOPLE = [
    ("สมชาย", "ใจดี", "Somchai", "Jaidee", "m"),
    ("วราภรณ์", "ศรีสุข", "Waraporn", "Srisuk", "f"),
    ("ธนวัฒน์", "พึ่งบุญ", "Thanawat", "Phuengboon", "m"),
    ("กัญญารัตน์", "แก้วประเสริฐ", "Kanyarat", "Kaewprasert", "f"),
    ("ประยูร", "ทองมา", "Prayoon", "Thongma", "m"),
    ("สุภาพร", "จันทร์หอม", "Supaporn", "Chanhom", "f"),
    ("อดิศักดิ์", "บุญประคอง", "Adisak", "Boonprakong", "m"),
    ("นงลักษณ์", "วงศ์สวัสดิ์", "Nongluck", "Wongsawat", "f"),
    ("เกียรติศักดิ์", "มณีวงศ์", "Kiattisak", "Maneewong", "m"),
    ("พัชราภา", "สิทธิโชค", "Patcharapa", "Sittichok", "f"),
    ("บุญส่ง", "คำแก้ว", "Boonsong", "Khamkaew", "m"),
    ("จิราภรณ์", "พรหมมา", "Jiraporn", "Prommas", "f"),
    ("ณัฐพล", "อินทร์แก้ว", "Nattapon", "Inkaew", "m"),
    ("ศิริพร", "เพชรรัตน์", "Siriporn", "Petcharat", "f"),
    ("วิชัย", "แสงทอง", "Wichai", "Saengthong", "m"),
    ("อรวรรณ", "ชัยมงคล", "Orawan", "Chaimongkol", "f"),
    ("ภูมิพัฒน์", "เรืองศรี", "Phoomipat", "Ruangsri", "m"),
    ("ลัดดาวัลย์", "สมบูรณ์ชัย", "Laddawan", "Somboonchai", "f"),
    ("สุริยา", "ดวงแก้ว", "Suriya", "Duangkaew", "m"),
    ("ปาริชาติ", "นาคสวัสดิ์", "Parichat", "Naksawat", "f"),
    ("ชาตรี", "บุญเกิด", "Chatree", "Boonkerd", "m"),
    ("เบญจวรรณ", "ทรัพย์มาก", "Benjawan", "Sapmak", "f"),
    ("ไพศาล", "หอมจันทร์", "Paisan", "Homchan", "m"),
    ("รุ่งนภา", "อ่อนศรี", "Rungnapa", "Onsri", "f"),
    ("ธีรวัฒน์", "ปัญญาดี", "Theerawat", "Panyadee", "m"),
    ("สุนิสา", "คงสมบัติ", "Sunisa", "Kongsombat", "f"),
    ("อำนาจ", "ศรีวิชัย", "Amnat", "Sriwichai", "m"),
    ("มาลัย", "บัวขาว", "Malai", "Buakhao", "f"),
    ("ก้องภพ", "ลิ้มเจริญ", "Kongpop", "Limcharoen", "m"),
    ("ชุติมา", "แซ่ตั้ง", "Chutima", "Saetang", "f"),
    ("ยุทธพงษ์", "มหาวงศ์", "Yutthapong", "Mahawong", "m"),
    ("ดารุณี", "เจริญผล", "Darunee", "Charoenphon", "f"),
    ("สมบัติ", "ภูผาทอง", "Sombat", "Phuphathong", "m"),
    ("อารีรัตน์", "หมั่นเพียร", "Areerat", "Manpian", "f"),
    ("ปกรณ์", "วัฒนากุล", "Pakorn", "Wattanakul", "m"),
    ("ทิพย์สุดา", "ไชยวงศ์", "Tipsuda", "Chaiyawong", "f"),
    ("มานพ", "เสือเหลือง", "Manop", "Suealueang", "m"),
    ("สายฝน", "ทองคำ", "Saifon", "Thongkham", "f"),
    ("อภิสิทธิ์", "นิลสุวรรณ", "Apisit", "Ninsuwan", "m"),
    ("นฤมล", "กิตติวงศ์", "Naruemon", "Kittiwong", "f"),
    ("อับดุลเลาะ", "สาและ", "Abdullah", "Saleh", "m"),
    ("ฟาตีมะห์", "ดอเลาะ", "Fatimah", "Doloh", "f"),
    ("หมัด", "เจะมะ", "Mat", "Chema", "m"),
    ("จะหวะ", "แสนลี", "Chawa", "Saenlee", "m"),
    ("หมี่", "เลายะ", "Mee", "Laoya", "f"),
]
NICK_TH = ["ปุ๊", "แบงค์", "มิ้นท์", "ต้น", "ฝน", "เบียร์", "ปอ", "แนน", "โอ๊ต", "บอย", "จูน", "นุ่น", "เก่ง",
           "ตูน", "อ้อม", "หนิง", "กอล์ฟ", "เอ็ม", "พลอย", "ก้อย", "แอน", "จ๋า", "เปิ้ล", "โจ้", "ตั้ม", "ดาว"]
NICK_EN = ["Bank", "Mint", "Ton", "Fon", "Beer", "Por", "Nan", "Oat", "Boy", "June", "Noon", "Keng", "Toon",
           "Aom", "Ning", "Golf", "Em", "Ploy", "Koy", "Ann", "Jah", "Apple", "Joe", "Tum", "Dao"]
FOREIGN = ["Aung Ko Ko", "Zaw Min Htet", "Thida Win", "Souksavanh Phommachanh", "Sokha Chea",
           "Nguyen Van Long", "Daniel Hartmann", "Rebecca Walsh", "Kenji Morita", "Priya Raman"]
FOREIGN_TH = ["อ่อง โก โก", "ซอ มิน เทต", "ธิดา วิน", "สุกสะหวัน พมมะจัน", "โสภา เจีย"]
POLICE_RANK = ["ร.ต.อ.", "พ.ต.ท.", "ด.ต.", "จ.ส.ต.", "ร.ต.ท.", "พ.ต.ต.", "ส.ต.อ."]
ACAD_TITLE = ["ผศ.ดร.", "รศ.", "อ.", "ดร.", "ผศ."]


_USED: set[str] = set()  # people already used in the prompt being built (reset per prompt)


def person(r: random.Random, sex: str | None = None) -> tuple:
    """A hand-written person not yet used in the current prompt."""
    pool = [p for p in PEOPLE if (sex is None or p[4] == sex) and p[0] not in _USED]
    if not pool:
        _USED.clear()
        pool = [p for p in PEOPLE if sex is None or p[4] == sex]
    p = r.choice(pool)
    _USED.add(p[0])
    return p


def doctor(r: random.Random) -> list:
    """A physician written with the Thai medical title (นพ. / พญ.), no space, as on forms."""
    p = person(r)
    return ["นพ." if p[4] == "m" else "พญ.", P(full_th(p))]


def pharmacist(r: random.Random) -> list:
    p = person(r)
    return ["ภก. " if p[4] == "m" else "ภญ. ", P(full_th(p))]


def th_title(p: tuple, r: random.Random, child: bool = False) -> str:
    if child:
        return "ด.ช." if p[4] == "m" else "ด.ญ."
    if p[4] == "m":
        return "นาย"
    return r.choice(["นางสาว", "น.ส.", "นาง"])


def en_title(p: tuple) -> str:
    return "Mr. " if p[4] == "m" else "Ms. "


def full_th(p: tuple) -> str:
    return f"{p[0]} {p[1]}"


def full_en(p: tuple) -> str:
    return f"{p[2]} {p[3]}"


def nm(r: random.Random, style: str | None = None, sex: str | None = None, p: tuple | None = None) -> list:
    """A person written one of the ways Thai office staff write people: parts ready for assemble()."""
    p = p or person(r, sex)
    style = style or r.choice(["title", "title_nosp", "plain", "khun", "rom", "rom_title", "initial",
                               "with_nick", "title", "plain"])
    if style == "title":
        return [th_title(p, r) + " ", P(full_th(p))]
    if style == "title_nosp":
        return [th_title(p, r), P(full_th(p))]
    if style == "plain":
        return [P(full_th(p))]
    if style == "khun":
        return ["คุณ", P(p[0])]
    if style == "khun_sp":
        return ["คุณ ", P(full_th(p))]
    if style == "given":
        return [P(p[0])]
    if style == "rom":
        return [P(full_en(p))]
    if style == "rom_title":
        return [en_title(p), P(full_en(p))]
    if style == "rom_upper_surfirst":
        return [P(f"{p[3].upper()} {p[2].upper()}")]
    if style == "surfirst":
        return [P(f"{p[1]} {p[0]}")]
    if style == "initial":
        return [P(f"{p[0][0]}. {p[1]}")]
    if style == "initial_en":
        return [P(f"{p[2][0]}. {p[3]}")]
    if style == "with_nick":
        return [th_title(p, r), P(full_th(p)), " (", P(r.choice(NICK_TH)), ")"]
    raise ValueError(style)


def nick(r: random.Random) -> str:
    return r.choice(NICK_TH)


def nick_en(r: random.Random) -> str:
    return r.choice(NICK_EN)


# ----------------------------------------------------------------------------------------------
# Values (fabricated, valid where a checksum exists)
# ----------------------------------------------------------------------------------------------
def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def nid(r: random.Random, style: str | None = None, first: str | None = None) -> str:
    while True:
        d = (first or r.choice("1123358")) + _digits(r, 12)
        if pin.is_valid(d):
            break
    style = style or r.choice(["plain", "dash", "space", "dash", "plain"])
    if style == "plain":
        return d
    sep = "-" if style == "dash" else " "
    return sep.join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def juristic(r: random.Random, style: str | None = None) -> str:
    while True:
        d = r.choice(["0105", "0105", "0107", "0115", "0125", "0205", "0505", "0994"]) + _digits(r, 9)
        if moa.is_valid(d):
            break
    style = style or r.choice(["plain", "dash", "plain"])
    if style == "plain":
        return d
    return "-".join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def epoch_ms(r: random.Random) -> str:
    """A 13-digit epoch-ms timestamp (2023-2028) that happens to pass the Thai ID checksum."""
    while True:
        v = str(r.randint(1_700_000_000_000, 1_850_000_000_000))
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
    prefix = r.choice(["4", "4", "52", "54", "3563", "2223", "4", "53"])
    body = prefix + _digits(r, 15 - len(prefix))
    d = next(body + c for c in "0123456789" if _luhn_ok(body + c))
    style = style or r.choice(["space", "dash", "plain", "space"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    return sep.join([d[0:4], d[4:8], d[8:12], d[12:16]])


def masked_card(r: random.Random) -> str:
    return f"{r.choice(['4', '5'])}{_digits(r, 5)}XXXXXX{_digits(r, 4)}"


def _valid_phone(v: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, "TH"))
    except phonenumbers.NumberParseException:
        return False


def mobile(r: random.Random, style: str | None = None) -> str:
    while True:
        d = "0" + r.choice("689") + _digits(r, 8)
        s = style or r.choice(["dash", "plain", "plain", "space", "intl", "dash2", "dash"])
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
        area = r.choice(["02", "053", "043", "074", "038", "045", "073", "042"])
        rest = _digits(r, 9 - len(area))
        if area == "02":
            rest = str(r.randint(2, 9)) + rest[1:]
        d = area + rest
        v = f"02-{d[2:5]}-{d[5:]}" if area == "02" else f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if _valid_phone(v):
            return v


FREE_MAIL = ["gmail.com", "hotmail.com", "yahoo.com", "outlook.co.th", "icloud.com", "hotmail.co.th"]


def email(r: random.Random, p: tuple | None = None, domain: str | None = None) -> str:
    p = p or person(r)
    g, s = p[2].lower(), p[3].lower()
    local = r.choice([f"{g}.{s}", f"{g}.{s[0]}", f"{g}{r.randint(70, 99)}", f"{g}_{s[:4]}",
                      f"{s}.{g}", f"{g[:3]}{s[:3]}{r.randint(1, 99)}"])
    return f"{local}@{domain or r.choice(FREE_MAIL)}"


def ipv4(r: random.Random) -> str:
    while True:
        v = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
        if v.is_global:
            return str(v)


def passport(r: random.Random, kind: str = "th") -> str:
    if kind == "th":
        return r.choice(["A", "AA", "AB", "AC"]) + _digits(r, 7)
    if kind == "mm":
        return r.choice(["MC", "MD", "ME"]) + _digits(r, 6)
    return r.choice(["C", "E", "P", "TK"]) + _digits(r, 7)


BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา", "ทหารไทยธนชาต", "ออมสิน", "ธ.ก.ส."]
BANKS_EN = ["KBank", "SCB", "Bangkok Bank", "Krungthai", "Krungsri", "ttb", "GSB"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    d = _digits(r, 10)
    style = style or r.choice(["dash", "plain", "dash"])
    if style == "plain":
        return d
    return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"


PLATE_LETTERS = ["กข", "ขก", "งษ", "ฒพ", "ศร", "ภธ", "กท", "ชม", "นข", "บษ", "ฎร", "กก", "ขม", "วจ"]
PROVINCES = ["กรุงเทพมหานคร", "นนทบุรี", "สมุทรปราการ", "ชลบุรี", "ขอนแก่น", "เชียงใหม่", "นครราชสีมา",
             "สงขลา", "อุดรธานี", "ปทุมธานี", "ระยอง", "พิษณุโลก", "ยะลา", "ปัตตานี"]


def plate(r: random.Random, prov: str | None = None) -> str:
    letters = r.choice(PLATE_LETTERS)
    pre = r.choice(["", "", "1", "2", "3", "8"])
    num = str(r.randint(1, 9999))
    sep = r.choice([" ", "", "-", " "])
    return f"{pre}{letters}{sep}{num} {prov or r.choice(PROVINCES)}"


ADDR_TH = [
    "แขวงลาดยาว เขตจตุจักร กรุงเทพมหานคร 10900",
    "แขวงบางนาเหนือ เขตบางนา กทม. 10260",
    "ต.บางกระสอ อ.เมืองนนทบุรี จ.นนทบุรี 11000",
    "ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000",
    "ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50200",
    "ต.หาดใหญ่ อ.หาดใหญ่ จ.สงขลา 90110",
    "ตำบลบ้านสวน อำเภอเมืองชลบุรี จังหวัดชลบุรี 20000",
    "ต.สะเตง อ.เมืองยะลา จ.ยะลา 95000",
    "แขวงคลองจั่น เขตบางกะปิ กรุงเทพฯ 10240",
    "ต.หมากแข้ง อ.เมืองอุดรธานี จ.อุดรธานี 41000",
    "ต.คลองหนึ่ง อ.คลองหลวง จ.ปทุมธานี 12120",
    "ต.ในเมือง อ.เมืองนครราชสีมา จ.นครราชสีมา 30000",
]
STREETS = ["ซอยลาดพร้าว 64", "ถ.แจ้งวัฒนะ", "ซ.รามอินทรา 40", "ถนนมิตรภาพ", "หมู่ 4", "หมู่ที่ 7",
           "ถ.สุขุมวิท", "ซอยวัดลาดปลาดุก", "ม.2", "ถนนเพชรเกษม"]
ADDR_EN = [
    "Lat Yao, Chatuchak, Bangkok 10900",
    "Khlong Toei Nuea, Watthana, Bangkok 10110",
    "Suthep, Mueang Chiang Mai, Chiang Mai 50200",
    "Nai Mueang, Mueang Khon Kaen, Khon Kaen 40000",
    "Bang Kraso, Mueang Nonthaburi, Nonthaburi 11000",
]


def house(r: random.Random) -> str:
    return r.choice([f"{r.randint(1, 999)}/{r.randint(1, 99)}", str(r.randint(1, 450)),
                     f"{r.randint(10, 99)}/{r.randint(100, 999)}"])


def addr(r: random.Random, en: bool = False) -> str:
    if en:
        return f"{house(r)} Soi {r.choice(['Ladprao 64', 'Sukhumvit 39', 'Ramintra 40', 'Ngamwongwan 23'])}, " \
               f"{r.choice(ADDR_EN)}"
    return f"{house(r)} {r.choice(STREETS)} {r.choice(ADDR_TH)}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dob(r: random.Random, style: str | None = None, lo: int = 1955, hi: int = 2005) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["th_long", "th_short", "slash_be", "iso", "en", "slash_be"])
    if style == "th_long":
        return f"{d} {TH_MONTHS[m - 1]} {y + 543}"
    if style == "th_short":
        return f"{d} {TH_MON[m - 1]} {str(y + 543)[2:]}"
    if style == "slash_be":
        return f"{d:02d}/{m:02d}/{y + 543}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d} {EN_MON[m - 1]} {y}"


def student_id(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["uni", "school", "dash", "uni"])
    if style == "uni":
        return f"6{r.randint(4, 8)}{_digits(r, 8)}"
    if style == "school":
        return str(r.randint(10000, 69999))
    return f"6{r.randint(4, 8)}-{_digits(r, 4)}-{_digits(r, 3)}"


def hn(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["slash", "dash", "plain"])
    if style == "slash":
        return f"{r.randint(1000, 99999)}/{r.randint(60, 68)}"
    if style == "dash":
        return f"{r.randint(60, 68)}-{_digits(r, 6)}"
    return _digits(r, 7)


def line_id(r: random.Random, p: tuple | None = None) -> str:
    p = p or person(r)
    g = p[2].lower()
    return r.choice([f"{g}{r.randint(11, 99)}", f"{g}.{p[3][:3].lower()}", f"{nick_en(r).lower()}_{g[:4]}",
                     f"{g}-{r.randint(1990, 2005)}", f"{nick_en(r).lower()}{r.randint(1, 999)}"])


def amount(r: random.Random, lo: int = 500, hi: int = 90000) -> str:
    return f"{r.randint(lo, hi):,}"


def th_date(r: random.Random, y: int = 2568) -> str:
    return f"{r.randint(1, 28)} {r.choice(TH_MON)} {y}"


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
        return not re.search(r"\d|^(นาย|นาง|น\.ส\.|คุณ|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) ", span)
    return entity_type in ENTITY_TYPES


# ----------------------------------------------------------------------------------------------
# Template plumbing
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


def ID(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("TH_NATIONAL_ID", nid(r, style))


def PH(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("PHONE_NUMBER", mobile(r, style))


def EM(r: random.Random, p: tuple | None = None, domain: str | None = None) -> tuple[str, str]:
    return ("EMAIL_ADDRESS", email(r, p, domain))


def AD(r: random.Random, en: bool = False) -> tuple[str, str]:
    return ("ADDRESS", addr(r, en))


def DB(r: random.Random, style: str | None = None, lo: int = 1955, hi: int = 2005) -> tuple[str, str]:
    return ("DATE_OF_BIRTH", dob(r, style, lo, hi))


def S(etype: str, r: random.Random, choices: list[str]) -> tuple[str, str]:
    return (etype, r.choice(choices))


# ----------------------------------------------------------------------------------------------
# s.26 vocabulary (phrases stated of a person; the labelled span is the phrase itself)
# ----------------------------------------------------------------------------------------------
DX_TH = ["ไส้ติ่งอักเสบเฉียบพลัน", "ไข้เลือดออกเดงกี", "ปอดอักเสบจากเชื้อแบคทีเรีย", "นิ่วในท่อไต",
         "กล้ามเนื้อหัวใจขาดเลือดเฉียบพลัน", "เบาหวานชนิดที่ 2", "มะเร็งลำไส้ใหญ่ระยะที่ 3", "ไตวายเรื้อรังระยะที่ 4",
         "โรคซึมเศร้า", "ไวรัสตับอักเสบบีเรื้อรัง", "ภาวะหลอดเลือดสมองตีบ", "ต้อกระจกตาขวา"]
DX_EN = ["acute appendicitis", "dengue fever", "community-acquired pneumonia", "ureteric stone",
         "acute myocardial infarction", "type 2 diabetes mellitus", "stage III colon cancer",
         "chronic kidney disease stage 4", "major depressive disorder", "chronic hepatitis B", "ischemic stroke"]
RELIG_TH = ["นับถือศาสนาอิสลาม", "นับถือศาสนาคริสต์", "เป็นมุสลิม", "นับถือศาสนาซิกข์", "เป็นคริสเตียน",
            "นับถือศาสนาพุทธ"]
RELIG_FIELD = ["อิสลาม", "คริสต์", "พุทธ", "ฮินดู", "ซิกข์"]
RELIG_EN = ["Muslim", "Christian", "Buddhist", "Catholic", "Hindu"]
ETH_TH = ["ชาวกะเหรี่ยง", "ชาวม้ง", "เชื้อสายมลายู", "ชาวไทใหญ่", "ชาวอาข่า", "ชาวลีซู", "ชาวมอแกน", "เชื้อสายจีนแต้จิ๋ว"]
ETH_FIELD = ["กะเหรี่ยง", "ม้ง", "มลายู", "ไทใหญ่", "อาข่า", "ลีซู", "ลาหู่", "เมี่ยน"]
ETH_EN = ["ethnic Karen", "Hmong", "Malay-Muslim", "Shan", "Akha", "Lisu"]
POL_TH = ["เป็นสมาชิกพรรคประชาชน", "ไปร่วมชุมนุมของกลุ่มราษฎร", "สนับสนุนพรรคเพื่อไทย", "เป็นหัวคะแนนพรรคภูมิใจไทย",
          "โพสต์เชียร์พรรคฝ่ายค้าน", "เป็นแนวร่วมกลุ่มนักศึกษาเรียกร้องประชาธิปไตย", "เป็นสมาชิกพรรครวมไทยสร้างชาติ"]
POL_EN = ["member of the People's Party", "attended the pro-democracy rally", "campaign volunteer for Pheu Thai",
          "openly supports the opposition"]
CRIM_TH = ["เคยต้องโทษจำคุก 2 ปี คดียาเสพติด", "มีประวัติถูกจับกุมคดีลักทรัพย์", "ต้องหาว่าขับรถขณะเมาสุรา",
           "เคยถูกพิพากษาจำคุกคดีฉ้อโกง", "ถูกออกหมายจับคดีพนันออนไลน์", "เคยรอลงอาญาคดีทำร้ายร่างกาย",
           "ต้องหาคดีครอบครองยาบ้า 200 เม็ด"]
CRIM_EN = ["convicted of fraud in 2019", "arrested for drunk driving", "served 18 months for theft",
           "has a prior conviction for assault", "charged with possession of methamphetamine"]
SEX_TH = ["เป็นเกย์", "มีเพศสัมพันธ์กับชาย", "มีคู่นอนหลายคน", "เป็นหญิงรักหญิง", "มีเพศสัมพันธ์โดยไม่ป้องกัน",
          "เป็นไบเซ็กชวล"]
SEX_EN = ["is gay", "has sex with men", "has multiple sexual partners", "is bisexual", "had unprotected sex"]
DIS_TH = ["พิการทางการเคลื่อนไหว", "พิการทางการได้ยิน", "ตาบอดสนิททั้งสองข้าง", "พิการทางสติปัญญา", "ใช้รถเข็นตลอดเวลา",
          "เป็นออทิสติก", "ขาขาดข้างซ้ายใต้เข่า"]
DIS_EN = ["wheelchair user", "deaf", "visually impaired", "has an intellectual disability", "lower-limb amputee"]
UNION_TH = ["เป็นสมาชิกสหภาพแรงงาน", "เป็นกรรมการสหภาพแรงงาน", "เป็นประธานสหภาพแรงงาน", "สมัครเข้าสหภาพแรงงาน",
            "เป็นสมาชิกสหภาพแรงงานรัฐวิสาหกิจ"]
UNION_EN = ["union member", "shop steward of the labour union", "member of the workers' union",
            "elected to the union committee"]
GENE_TH = ["ผลตรวจยีน HLA-B*15:02 เป็นบวก", "เป็นพาหะธาลัสซีเมียชนิดแอลฟา 1", "ตรวจพบยีน BRCA1 กลายพันธุ์",
           "ผลตรวจ DNA ยืนยันความเป็นบิดา 99.99%", "พบยีน HLA-B*58:01", "เป็นพาหะโรคฮีโมฟีเลีย"]
GENE_EN = ["HLA-B*15:02 positive", "BRCA2 pathogenic variant carrier", "alpha-thalassemia 1 carrier",
           "DNA paternity probability 99.98%", "CYP2C19 poor metabolizer"]
BIO_TH = ["แม่แบบลายนิ้วมือ", "ข้อมูลจำลองใบหน้า", "ภาพม่านตา", "ลายนิ้วมือทั้งสิบนิ้ว", "ข้อมูลใบหน้า"]
BIO_EN = ["fingerprint template", "face embedding", "iris scan", "voiceprint"]


def b64(r: random.Random, n: int = 24) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(r.choice(alphabet) for _ in range(n))


# ----------------------------------------------------------------------------------------------
# Templates
# ----------------------------------------------------------------------------------------------
# ---- insurance: claims and underwriting ------------------------------------------------------
@T("insurance")
def ins_claim_form_paste(r):
    p = person(r)
    return ["ช่วยสรุปแบบฟอร์มเรียกร้องสินไหมสุขภาพด้านล่างเป็นภาษาอังกฤษให้ทีม reinsurer หน่อยครับ\n\n",
            "แบบเรียกร้องค่าสินไหมทดแทน (ผู้ป่วยใน)\n",
            f"เลขที่กรมธรรม์: HL-{r.randint(100000, 999999)}      เลขที่เคลม: CL68-{r.randint(10000, 99999)}\n",
            "ชื่อผู้เอาประกัน: ", th_title(p, r), P(full_th(p)), "\n",
            "เลขประจำตัวประชาชน: ", ID(r), "\n",
            "วันเกิด: ", DB(r, "th_long"), "      โทร: ", PH(r), "\n",
            "โรงพยาบาล: รพ.เอกชนแห่งหนึ่ง   HN: ", ("MEDICAL_RECORD_NUMBER", hn(r)),
            f"   AN: {r.randint(6800000, 6899999)}\n",
            "การวินิจฉัย: ", S("HEALTH_DATA", r, DX_TH), "\n",
            f"วันที่เข้ารักษา: {(d := r.randint(1, 20))} {(m := r.choice(TH_MON))} 2568  จำหน่าย: {d + 4} {m} 2568\n",
            f"ค่ารักษาพยาบาลรวม: {amount(r, 20000, 300000)} บาท\n"]


@T("insurance")
def ins_claim_email_quoted(r):
    p = person(r, "f")
    return ["Draft a polite Thai reply to this customer. Keep it under 120 words.\n\n",
            "----- Forwarded message -----\nFrom: ", EM(r, p), "\nTo: claims@muangthai-demo.co.th\n",
            "Subject: ติดตามเคลมค่ารักษา\n\n",
            "เรียนเจ้าหน้าที่ค่ะ\n", "ดิฉัน ", P(full_th(p)), " ยื่นเคลมค่ารักษาไปตั้งแต่ต้นเดือนแล้ว ",
            "ตอนนั้นนอนโรงพยาบาลเพราะ", S("HEALTH_DATA", r, DX_TH), " 4 คืน ยังไม่ได้รับเงินโอนเข้าบัญชี",
            r.choice(BANKS), " เลขที่ ", ("TH_BANK_ACCOUNT", bank_acct(r)), " เลยค่ะ\n",
            "รบกวนตรวจสอบให้ด้วย ติดต่อกลับเบอร์ ", PH(r), "\nขอบคุณค่ะ\n", P(full_th(p))]


@T("insurance")
def ins_underwriting_note(r):
    p = person(r, "m")
    return ["Underwriting memo – please rewrite in formal English for the reinsurance file.\n\n",
            "ผู้ขอเอาประกัน: ", P(full_th(p)), " (", P(full_en(p)), ") อายุ 47 ปี วันเกิด ", DB(r, "slash_be", 1975, 1980), "\n",
            "ทุนประกันชีวิต 5,000,000 บาท + ค่ารักษาแบบเหมาจ่าย\n",
            "ประวัติสุขภาพ:\n- ", S("HEALTH_DATA", r, ["ความดันโลหิตสูง ทานยา Amlodipine 5 mg", "ไขมันในเลือดสูง",
                                                     "เคยผ่าตัดต่อมลูกหมากโต ปี 2563", "ไขมันพอกตับระยะที่ 2"]),
            "\n- ", S("GENETIC_DATA", r, ["บิดาและผู้ขอฯ ตรวจพบยีน BRCA2 กลายพันธุ์",
                                                                "ผลตรวจยีนพบ Lynch syndrome (MLH1)"]),
            "\nความเห็น: รับประกันโดยเพิ่มเบี้ย 50%"]


@T("insurance")
def ins_motor_claim_line(r):
    p, q = person(r), person(r)
    return ["[LINE กลุ่ม ทีมเคลมรถยนต์ สาขาบางนา]\n",
            "พี่หน่อย เซอร์เวย์: เคสชนท้ายที่ศรีนครินทร์นะครับ รถประกันเรา ", ("TH_VEHICLE_PLATE", plate(r)),
            " คนขับ ", "คุณ", P(full_th(p)), " เบอร์ ", PH(r, "dash"), "\n",
            "พี่หน่อย เซอร์เวย์: คู่กรณีคือ ", ("TH_VEHICLE_PLATE", plate(r)), " ชื่อ ", P(full_th(q)),
            " ยอมรับผิด มีใบขับขี่ ", ID(r, "plain"), "\n",
            "น้องเจน แอดมิน: รับทราบค่ะ เปิดเคลม ", f"MC{r.randint(1000000, 9999999)}", " แล้ว\n",
            "\nช่วยแปลงข้อความแชทด้านบนเป็นรายงานอุบัติเหตุแบบฟอร์มบริษัทให้หน่อย"]


@T("insurance")
def ins_pa_claim_en(r):
    p = person(r)
    return ["Summarise this personal-accident claim for the claims committee:\n\n",
            "Claimant: ", en_title(p), P(full_en(p)), "\nDOB: ", DB(r, "en"), "\nPassport: ",
            ("TH_PASSPORT", passport(r)), "\nMobile: ", PH(r, "intl"), "\n",
            "Incident: motorbike accident in Pattaya on 14 Mar 2025, right tibia fracture, ORIF performed.\n",
            "Outcome: ", S("DISABILITY", r, ["permanent loss of use of the right leg", "lower-limb amputee"]),
            " per orthopaedic report dated 2 Jun 2025.\n",
            "Payout requested: 40% of sum insured (THB 400,000) to account ",
            ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), " (", r.choice(BANKS_EN), ")."]


@T("insurance")
def ins_beneficiary_table(r):
    a, b, c = person(r), person(r), person(r)
    return ["ตารางผู้รับผลประโยชน์ (คัดลอกจาก Excel) ช่วยเช็กว่าเลขบัตรครบทุกคนไหม\n",
            "ลำดับ\tนามสกุล ชื่อ\tความสัมพันธ์\tเลขบัตรประชาชน\tสัดส่วน\n",
            "1\t", P(f"{b[1]} {b[0]}"), "\tคู่สมรส\t", ID(r, "dash"), "\t50%\n",
            "2\t", P(f"{c[1]} {c[0]}"), "\tบุตร\t", ID(r, "dash"), "\t25%\n",
            "3\t", P(f"{a[1]} {a[0]}"), "\tบุตร\t", ID(r, "dash"), "\t25%\n",
            "ผู้เอาประกัน: ", P(f"{a[3].upper()} {a[2].upper()}"), f" กรมธรรม์ 77-{r.randint(1000000, 9999999)}"]


@T("insurance")
def ins_hiv_underwriting(r):
    p = person(r, "m")
    return ["สรุปผลพิจารณารับประกันรายนี้ให้ตัวแทนหน่อย ใช้ภาษาที่สุภาพ ไม่ตีตรา\n\n",
            "ผู้สมัคร: ", nm(r, "title", p=p), " เลขบัตร ", ID(r), "\n",
            "ผลตรวจเลือด: ", S("HEALTH_DATA", r, ["Anti-HIV positive", "ติดเชื้อเอชไอวี ทานยาต้านไวรัสมา 3 ปี"]), "\n",
            "จากแบบสอบถามเพิ่มเติม ผู้สมัครแจ้งว่า", S("SEXUAL_BEHAVIOUR", r, ["มีเพศสัมพันธ์กับชาย", "มีคู่นอนหลายคน"]),
            " และตรวจสุขภาพทุก 6 เดือน\n", "ตัวแทน: ", nm(r, "khun"), " โทร ", PH(r)]


@T("insurance")
def ins_fraud_check(r):
    p = person(r)
    return ["ทีม SIU ขอให้ช่วยร่างบันทึกส่งต่อฝ่ายกฎหมาย จากข้อมูลนี้:\n",
            "• ผู้เรียกร้อง: ", nm(r, "with_nick", p=p), "\n• ที่อยู่ตามทะเบียนบ้าน: ", AD(r), "\n",
            "• ตรวจสอบประวัติพบว่า", S("CRIMINAL_RECORD", r, ["เคยถูกพิพากษาจำคุกคดีฉ้อโกง", "เคยต้องโทษคดีฉ้อโกงประกันภัย ปี 2561"]),
            "\n• เคลมซ้ำ 3 ครั้งใน 8 เดือน อ้างว่ารถหาย ", ("TH_VEHICLE_PLATE", plate(r)), "\n",
            "• ติดต่อผ่าน LINE ID: ", ("LINE_ID", line_id(r, p)), "\n"]


@T("insurance")
def ins_group_health_census(r):
    rows = []
    for _ in range(3):
        p = person(r)
        rows += [P(f"{p[3].upper()}, {p[2].upper()}"), ",", DB(r, "iso", 1970, 2000), ",",
                 p[4].upper(), ",", ("TH_NATIONAL_ID", nid(r, "plain")), "\n"]
    return ["Group health renewal – census extract. Check the CSV for format errors only:\n\n",
            "name,dob,sex,citizen_id\n", rows, "\nPolicy holder juristic ID: ", ("TH_JURISTIC_ID", juristic(r))]


@T("insurance")
def ins_call_transcript(r):
    p = person(r, "f")
    return ["ถอดเสียงสายโทรเข้า Call Center (ASR) ช่วยสรุปประเด็นและ next action\n\n",
            "เจ้าหน้าที่: สวัสดีค่ะ ประกันชีวิต ยินดีให้บริการค่ะ\n",
            "ลูกค้า: ค่ะ ชื่อ", P(full_th(p)), "นะคะ จะสอบถามเรื่องเบิกค่าคลอดค่ะ\n",
            "เจ้าหน้าที่: รบกวนขอเลขบัตรประชาชนค่ะ\nลูกค้า: ", ("TH_NATIONAL_ID", " ".join(nid(r, "plain"))), "\n",
            "ลูกค้า: คือหมอบอกว่า", S("HEALTH_DATA", r, ["ครรภ์เป็นพิษ", "มีภาวะเบาหวานขณะตั้งครรภ์"]),
            " ต้องผ่าคลอดก่อนกำหนดค่ะ แล้วลูกก็", S("GENETIC_DATA", r, ["ตรวจพบว่าเป็นธาลัสซีเมียชนิดรุนแรง",
                                                                            "ผลตรวจโครโมโซมพบดาวน์ซินโดรม"]), "\n",
            "เจ้าหน้าที่: รับทราบค่ะ เบอร์ติดต่อกลับ ", PH(r, "dash"), " ถูกต้องไหมคะ\nลูกค้า: ถูกค่ะ"]


@T("insurance")
def ins_premium_card_decline(r):
    p = person(r)
    return ["ลูกค้าร้องเรียนมาแบบนี้ ช่วยเขียนอีเมลขอโทษเป็นภาษาอังกฤษให้หน่อย\n\n",
            '"My premium auto-debit failed again on card ', ("CREDIT_CARD", card(r)),
            ". I've been a customer for 9 years. Please call me at ", PH(r, "intl"), ". — ",
            P(full_en(p)), '"\n\nPolicy: UL-', str(r.randint(100000, 999999))]


@T("insurance", hard="HEALTH_DATA")
def ins_neg_exclusions(r):
    return ["ช่วยเขียนข้อความนี้ใหม่ให้ลูกค้าเข้าใจง่าย (ข้อยกเว้นทั่วไปของกรมธรรม์สุขภาพ)\n\n",
            "ข้อ 5 บริษัทจะไม่คุ้มครองค่าใช้จ่ายที่เกิดจาก\n",
            "5.1 โรคเรื้อรังที่เป็นมาก่อนวันเริ่มสัญญา (pre-existing condition) เช่น เบาหวาน ความดันโลหิตสูง ",
            "โรคไตวายเรื้อรัง มะเร็ง ภายในระยะเวลา 5 ปีก่อนทำสัญญา\n",
            "5.2 การรักษาภาวะมีบุตรยาก การทำหมัน หรือการแปลงเพศ\n",
            "5.3 โรคเอดส์ หรือกามโรค\n5.4 การบำบัดการติดยาเสพติดหรือสุรา\n",
            f"5.5 ระยะเวลารอคอย {r.choice([30, 90, 120])} วันสำหรับโรคต้อกระจก ริดสีดวงทวาร นิ่ว ไส้เลื่อน"]


@T("insurance", neg=True)
def ins_neg_claim_kpi(r):
    return ["Turn this into a short slide for the monthly claims meeting:\n\n",
            f"Claims received Oct 2025: {r.randint(8000, 9999):,}\nAverage turnaround: {r.randint(3, 9)}.{r.randint(0, 9)} days\n",
            "Top diagnoses by paid amount: dengue fever, pneumonia, acute gastroenteritis, knee OA\n",
            f"Fraud referrals: {r.randint(20, 60)} (SIU)\nLoss ratio group health: {r.randint(70, 95)}%\n",
            f"Dashboard refreshed at {epoch_ms(r)} (epoch ms)."]


@T("insurance", hard="GENETIC_DATA")
def ins_neg_genetic_product(r):
    return ["ช่วยเขียนโพสต์ Facebook โปรโมตแพ็กเกจตรวจยีนของโรงพยาบาลพันธมิตร ความยาว 5 บรรทัด\n\n",
            "ข้อมูลสินค้า:\n- ตรวจยีนมะเร็งเต้านมและรังไข่ (BRCA1/BRCA2) ราคา ",
            f"{r.choice(['15,900', '18,500', '22,000'])} บาท\n",
            "- ตรวจพาหะธาลัสซีเมียสำหรับคู่แต่งงาน 2,500 บาท\n- ตรวจยีนแพ้ยา HLA-B*15:02 ก่อนใช้ยากันชัก\n",
            "- ผลตรวจพันธุกรรมไม่ใช้ในการพิจารณารับประกัน ตามแนวปฏิบัติของ คปภ."]
# ---- hospital admin and pharmacy -------------------------------------------------------------
@T("hospital")
def hos_discharge_summary(r):
    p = person(r)
    return ["สรุป discharge summary ด้านล่างเป็นภาษาไทยสำหรับญาติ อ่านง่าย ไม่เกิน 10 บรรทัด\n\n",
            "DISCHARGE SUMMARY\nPatient: ", P(full_en(p)), "   HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "dash")),
            "   DOB ", DB(r, "en"), "\n",
            "Principal Dx: ", S("HEALTH_DATA", r, DX_EN), "\nComorbid: ",
            S("HEALTH_DATA", r, ["hypertension", "dyslipidemia", "gout", "asthma"]), "\n",
            "Attending: ", doctor(r), "\n",
            "Follow-up: OPD อายุรกรรม 2 wk"]


@T("hospital")
def hos_opd_queue_line(r):
    a, b = person(r, "f"), person(r, "m")
    return ["[LINE กลุ่ม งานเวชระเบียน รพ.สต.]\n",
            "เจ๊ติ๋ม: ใครเห็นแฟ้ม HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "slash")), " บ้าง ของป้า", P(a[0]), " ",
            P(a[1]), " ที่มา", ("HEALTH_DATA", "ฟอกไต"), "ทุกอังคาร\n",
            "น้องบีม: ", "ยืมไปห้องยาค่ะพี่ เพราะแก", ("HEALTH_DATA", "แพ้ยา Allopurinol"), "\n",
            "เจ๊ติ๋ม: อ้อ แล้วของลุง", P(b[0]), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), " ",
            S("HEALTH_DATA", r, ["ผลเสมหะเป็นวัณโรค", "ผลเลือดติดเชื้อซิฟิลิส", "น้ำตาลในเลือดสูง 350"]),
            " ส่งต่อ รพ.จังหวัดหรือยัง\nน้องบีม: ส่งแล้วค่ะ\n\n",
            "ช่วยสรุปแชทนี้เป็น to-do list ของงานเวชระเบียน"]


@T("hospital")
def hos_referral_letter(r):
    p = person(r)
    return ["ร่างใบส่งตัวผู้ป่วย (Refer) จากข้อมูลนี้ รูปแบบทางการ:\n",
            "ชื่อ-สกุล ", nm(r, "title", p=p), " อายุ 63 ปี\n",
            "เลขบัตรประชาชน ", ID(r, "dash"), "  สิทธิ บัตรทอง (UC)\n",
            "ที่อยู่ ", AD(r), "\n",
            "อาการสำคัญ: ", ("HEALTH_DATA", "เจ็บแน่นหน้าอก"), " 2 ชม.\nการวินิจฉัย: ", S("HEALTH_DATA", r, ["STEMI inferior wall",
                                                                                      "กล้ามเนื้อหัวใจขาดเลือดเฉียบพลัน"]),
            "\nเหตุผลส่งต่อ: เพื่อทำ PCI\nแพทย์ผู้ส่ง: ", doctor(r)]


@T("pharmacy")
def pharm_hla_alert(r):
    p = person(r)
    return ["Pharmacist note, please turn into a short alert for the HIS allergy banner (Thai + English):\n\n",
            "ผป. ", P(full_th(p)), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), "\n",
            "แพทย์สั่ง Carbamazepine 200 mg สำหรับโรคลมชัก\n",
            "ผลตรวจ: ", S("GENETIC_DATA", r, ["HLA-B*15:02 positive", "ผลตรวจยีน HLA-B*15:02 เป็นบวก"]),
            " (ตรวจเมื่อ 12/08/2567)\n", "=> เสี่ยง SJS/TEN ห้ามใช้ ให้เปลี่ยนเป็น Levetiracetam\n",
            pharmacist(r)]


@T("pharmacy")
def pharm_arv_refill(r):
    p = person(r)
    return ["ช่วยเขียน SMS เตือนนัดรับยาแบบไม่ระบุชื่อยา (ผู้ป่วยขอให้ปิดบัง)\n\n",
            "รายชื่อรับยาต่อเนื่อง คลินิกนภา:\n",
            "- ", P(full_th(p)), " โทร ", PH(r, "plain"), " ยา TLD 1x1 ",
            "(", S("HEALTH_DATA", r, ["ผู้ติดเชื้อเอชไอวี", "HIV VL undetectable"]), ") นัด 5 ม.ค. 69\n",
            "- หมายเหตุ: ผู้ป่วย", S("SEXUAL_BEHAVIOUR", r, ["เป็นเกย์", "มีเพศสัมพันธ์กับชาย"]),
            " ขอไม่ให้โทรเข้าเบอร์บ้าน"]


@T("pharmacy")
def pharm_prescription_ocr(r):
    p = person(r)
    return ["OCR ใบสั่งยา เพี้ยนบางตัว ช่วยแก้และจัดเป็นตาราง\n\n",
            "โรงพยาบาลศูนย์ ใบสั่งยาผู้ป่วยนอก\nชื่อ ", nm(r, "title_nosp", p=p), "  HN ",
            ("MEDICAL_RECORD_NUMBER", hn(r, "slash")), "  อายุ 5l ปี\n",
            "Dx: ", S("HEALTH_DATA", r, ["DM type 2 c HT", "Major depressive disorder", "Schizophrenia"]), "\n",
            "Rx 1. Metf0rmin 500 mg #60  1x2 pc\n   2. Enalapri1 5 mg #30 1x1\n",
            "แพทย์ผู้สั่ง พญ.", P(full_th(person(r, "f"))), " ว.", str(r.randint(10000, 59999))]


@T("hospital")
def hos_incident_report(r):
    p = person(r)
    return ["Rewrite as a formal incident report (English):\n\n",
            "เวรดึก ward 7 ผู้ป่วย ", nm(r, "khun", p=p), " เตียง 12 HN ", ("MEDICAL_RECORD_NUMBER", hn(r)),
            " ลื่นล้มในห้องน้ำ เพราะ", S("DISABILITY", r, ["ตาบอดสนิททั้งสองข้าง", "พิการทางการเคลื่อนไหว", "ใช้รถเข็นตลอดเวลา"]),
            " และไม่มีญาติเฝ้า พยาบาลเวร ", P(f"{person(r, 'f')[0]}"), " แจ้งแพทย์แล้ว ไม่พบกระดูกหัก"]


@T("hospital")
def hos_billing_dispute_en(r):
    p = person(r)
    return ["Reply to this billing email in a neutral tone.\n\n> From: ", EM(r, p), "\n",
            "> I was charged twice for my MRI (HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")),
            "). The card ending in ", str(r.randint(1000, 9999)), " was charged on 3 and 4 Nov. ",
            "Full card number for your reference: ", ("CREDIT_CARD", card(r, "dash")), ".\n",
            "> The MRI was for my ", S("HEALTH_DATA", r, ["lumbar disc herniation", "suspected multiple sclerosis",
                                                         "brain tumour follow-up"]), ".\n> Regards, ",
            P(full_en(p))]


@T("hospital")
def hos_foreign_worker_checkup(r):
    a, b = r.choice(FOREIGN[:3]), r.choice(FOREIGN_TH)
    return ["ช่วยทำสรุปผลตรวจสุขภาพแรงงานต่างด้าวส่งนายจ้าง ตัดข้อมูลที่ไม่จำเป็นออก\n\n",
            "1) ", P(a), " พาสปอร์ต ", ("TH_PASSPORT", passport(r, "mm")), " CXR ปกติ ",
            S("HEALTH_DATA", r, ["VDRL reactive", "ตรวจพบโรคเท้าช้าง", "ผลปัสสาวะพบสารเสพติด (แอมเฟตามีน)"]), "\n",
            "2) ", P(b), " พาสปอร์ต ", ("TH_PASSPORT", passport(r, "mm")), " ผลตรวจทุกรายการปกติ\n",
            "นายจ้าง: หจก. รุ่งเรืองก่อสร้าง เลขนิติบุคคล ", ("TH_JURISTIC_ID", juristic(r))]


@T("hospital")
def hos_mental_health_appt(r):
    p = person(r, "f")
    return ["Please draft a reschedule message to this patient, friendly tone, English:\n\n",
            "Name: ", P(full_en(p)), " (", P(nick_en(r)), ")\nLINE: ", ("LINE_ID", line_id(r, p)),
            "\nMobile: ", PH(r, "dash"), "\n",
            "Clinic: Psychiatry – ", S("HEALTH_DATA", r, ["bipolar I disorder", "PTSD", "generalized anxiety disorder"]),
            ", biweekly CBT\nOld slot: Tue 14:00 → new slot: Thu 10:30"]


@T("hospital")
def hos_birth_cert_request(r):
    mom, baby = person(r, "f"), person(r)
    return ["ช่วยกรอกแบบ ทร.1/1 (หนังสือรับรองการเกิด) จากข้อมูลที่พยาบาลห้องคลอดส่งมา:\n",
            "มารดา: ", P(full_th(mom)), " เลขประจำตัว ", ID(r), " ", S("ETHNICITY", r, ["เชื้อชาติ ม้ง", "เป็นชาวอาข่า", "เชื้อสายกะเหรี่ยง"]),
            "\nบุตร: ", th_title(baby, r, child=True), P(f"{baby[0]} {mom[1]}"), " เกิด ", DB(r, "th_long", 2025, 2025),
            " เวลา 03:12 น. น้ำหนัก 2,950 กรัม\n", "ที่อยู่มารดา: ", AD(r)]


@T("hospital")
def hos_blood_bank_donor(r):
    p = person(r)
    return ["Convert this donor deferral note to a JSON record for the blood bank system:\n",
            f"donor_no D{r.randint(100000, 999999)}; name ", P(full_en(p)), "; citizen id ", ID(r, "plain"),
            "; deferral reason: ", S("SEXUAL_BEHAVIOUR", r, SEX_EN[1:]), " within last 3 months; ",
            S("HEALTH_DATA", r, ["HBsAg reactive", "anti-HCV reactive", "Hb 10.2 g/dL (anaemia)"]),
            "; phone ", PH(r, "intl_plain")]


@T("hospital", hard="HEALTH_DATA")
def hos_neg_dengue_circular(r):
    return ["ช่วยสรุปหนังสือเวียนนี้เป็น bullet 5 ข้อ\n\n",
            f"ที่ สธ 0{r.randint(200, 999)}/ว {r.randint(100, 999)}  เรื่อง มาตรการเฝ้าระวังโรคไข้เลือดออก\n",
            "ด้วยสถานการณ์โรคไข้เลือดออกปี 2568 พบผู้ป่วยสะสม ",
            f"{r.randint(20000, 60000):,} ราย เสียชีวิต {r.randint(20, 80)} ราย ",
            "กลุ่มอายุ 5-14 ปีมีอัตราป่วยสูงสุด จึงขอให้ รพ.สต. ทุกแห่งเร่งกำจัดแหล่งเพาะพันธุ์ยุงลาย ",
            "รายงานผู้ป่วยสงสัยภายใน 24 ชั่วโมงผ่านระบบ 506 และงดจ่ายยา NSAIDs แก่ผู้ป่วยสงสัยไข้เลือดออก"]


@T("pharmacy", hard="GENETIC_DATA")
def pharm_neg_hla_guideline(r):
    return ["Summarise this pharmacogenomics guideline for pharmacy interns (English, 6 bullets):\n\n",
            "HLA-B*15:02 screening is recommended before starting carbamazepine in patients of Southeast ",
            "Asian ancestry. HLA-B*58:01 screening is recommended before allopurinol. Carriers have a markedly ",
            "increased risk of SJS/TEN. Testing is covered by the UC scheme since 2022. CYP2C19 poor ",
            "metabolizers should avoid clopidogrel. Results should be recorded in the allergy module."]


@T("pharmacy", neg=True)
def pharm_neg_stock_log(r):
    lines = []
    for _ in range(4):
        lines.append(f'{{"ts": {epoch_ms(r)}, "sku": "RX{r.randint(10000, 99999)}", '
                     f'"lot": "L{r.randint(2400, 2612)}{r.randint(10, 99)}", "qty": {r.randint(-50, 200)}, '
                     f'"store": "PH-{r.randint(1, 40):02d}"}}\n')
    return ["ทำไม stock ยาติดลบ ช่วยดู log นี้หน่อย\n\n", "".join(lines)]


@T("hospital", neg=True)
def hos_neg_service_hours(r):
    return ["Translate into English for the hospital website:\n\n",
            "ประกาศ เปลี่ยนแปลงเวลาให้บริการคลินิกนอกเวลา\n",
            "ตั้งแต่วันที่ 1 ธันวาคม 2568 คลินิกนอกเวลาเปิดให้บริการ จันทร์-ศุกร์ 16.00-20.00 น. ",
            "ผู้ป่วยสิทธิประกันสังคมกรุณานำบัตรประชาชนมาแสดงทุกครั้ง สอบถามโทร 1669 (ฉุกเฉิน) ",
            "หรือติดต่อ info@hospital-demo.go.th"]
# ---- government counter services: อำเภอ/เขต, สรรพากร, ประกันสังคม -----------------------------
@T("government")
def gov_move_house_reg(r):
    p = person(r)
    return ["ช่วยตรวจคำร้องย้ายที่อยู่ (ท.ร.6) ที่เจ้าหน้าที่เขตพิมพ์มา ว่าข้อมูลขาดอะไร\n\n",
            "คำร้องแจ้งย้ายออก/ย้ายเข้า\n",
            "ผู้ย้าย: ", th_title(p, r), P(full_th(p)), "  เลขประจำตัวประชาชน ", ID(r, "dash"), "\n",
            "เกิดวันที่ ", DB(r, "th_long"), "  สัญชาติ ไทย\n",
            "ย้ายจากบ้านเลขที่ ", AD(r), "\n", "ย้ายไปบ้านเลขที่ ", AD(r), "\n",
            "เจ้าบ้านยินยอม: ", nm(r, "title"), "  ผู้รับแจ้ง: จนท.", P(person(r)[0])]


@T("government")
def gov_id_card_lost_line(r):
    p = person(r)
    return ["[LINE กลุ่ม เจ้าหน้าที่งานทะเบียน อ.เมือง]\n",
            "ปลัดแดง: มีคนมาทำบัตรใหม่ บัตรหาย ชื่อ ", P(full_th(p)), " เลข ", ID(r, "plain"),
            " แต่ระบบขึ้นว่า", S("CRIMINAL_RECORD", r, ["มีหมายจับค้างคดียาเสพติด", "มีหมายจับค้างคดีฉ้อโกง"]),
            " ต้องทำไงครับ\n", "หน.ทะเบียน: ทำบัตรให้ได้ตามปกติ แล้วแจ้ง สภ. ตามหนังสือสั่งการ\n",
            "ปลัดแดง: ครับ แกมากับลูก ", "ด.ญ.", P(f"{person(r, 'f')[0]} {p[1]}"), "\n\n",
            "ร่างบันทึกข้อความแจ้งสถานีตำรวจจากแชทนี้ให้หน่อย"]


@T("government")
def gov_birth_registration_hilltribe(r):
    p, c = person(r), person(r)
    return ["เรียบเรียงบันทึกสอบข้อเท็จจริงนี้ให้เป็นภาษาราชการ\n\n",
            "วันนี้ ", P(full_th(p)), " อายุ 34 ปี ", S("ETHNICITY", r, ["เป็นชาวม้ง", "เป็นชาวลีซู", "เป็นชาวอาข่า"]),
            " ถือบัตรประจำตัวบุคคลที่ไม่มีสถานะทางทะเบียน เลข ", ("TH_NATIONAL_ID", nid(r, "dash", first="6")),
            " มายื่นขอแจ้งเกิดเกินกำหนดให้บุตร ชื่อ ", P(c[0]), " เกิดเมื่อ ", DB(r, "th_long", 2016, 2019),
            " ที่บ้านเลขที่ ", AD(r), " โดยมีผู้ใหญ่บ้านเป็นพยาน"]


@T("government")
def gov_pnd91_help(r):
    p = person(r)
    return ["ช่วยคำนวณภาษีเงินได้บุคคลธรรมดาเบื้องต้นจากข้อมูลนี้ (ภ.ง.ด.91)\n\n",
            "ผู้มีเงินได้: ", nm(r, "title", p=p), "  เลขประจำตัวผู้เสียภาษี ", ID(r, "plain"), "\n",
            "เงินเดือนทั้งปี 684,000 บาท (หัก ณ ที่จ่ายแล้ว 21,300)\n",
            "ลดหย่อน: ประกันสังคม 9,000 / ประกันชีวิต 35,000 / บิดามารดา 60,000\n",
            "ลดหย่อนผู้พิการ: บุตร ", P(person(r)[0]), " ", S("DISABILITY", r, ["พิการทางสติปัญญา", "เป็นออทิสติก", "พิการทางการได้ยิน"]),
            " มีบัตรคนพิการ 60,000\n", "ขอคืนภาษีเข้าพร้อมเพย์เลขบัตรประชาชน"]


@T("government")
def gov_revenue_refund_email_en(r):
    p = person(r)
    return ["Translate this e-mail into Thai for the taxpayer.\n\n",
            "Dear ", en_title(p), P(p[3]), ",\n\nYour 2024 PIT refund of THB 12,480 for taxpayer ID ",
            ID(r, "dash"), " could not be paid to PromptPay. Please verify your bank account ",
            ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), " at the Area Revenue Office, ",
            "or call the officer in charge, ", P(full_en(person(r))), ", at ", ("PHONE_NUMBER", landline(r)), ".\n",
            "\nRevenue Department (demo)"]


@T("government")
def gov_sso_sick_benefit(r):
    p = person(r)
    return ["ร่างหนังสือแจ้งผลการพิจารณาเงินทดแทนการขาดรายได้ (ประกันสังคม) จากบันทึกนี้\n",
            "ผู้ประกันตน ม.33: ", P(full_th(p)), " เลขที่บัตร ", ID(r), "\n",
            "นายจ้าง: บริษัท สยามแพ็คกิ้ง จำกัด เลขทะเบียนนิติบุคคล ", ("TH_JURISTIC_ID", juristic(r, "dash")), "\n",
            "ใบรับรองแพทย์: ", S("HEALTH_DATA", r, ["ผ่าตัดหมอนรองกระดูกสันหลังเคลื่อน", "มะเร็งเต้านม รับเคมีบำบัด",
                                                   "วัณโรคปอด"]), " หยุดงาน 45 วัน\n",
            "โอนเงินเข้าบัญชี ", r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r)), "\n"]


@T("government")
def gov_sso_section40_form(r):
    p = person(r)
    return ["แบบฟอร์มสมัครผู้ประกันตนมาตรา 40 ที่ลูกค้ากรอกมาในแชท ช่วยแปลงเป็น JSON\n\n",
            "ชื่อ ", nm(r, "title_nosp", p=p), "\nเลขบัตร ", ID(r, "space"), "\nวันเดือนปีเกิด ", DB(r, "slash_be"),
            "\nอาชีพ ขายลูกชิ้นทอด\nที่อยู่ ", AD(r), "\nมือถือ ", PH(r, "plain"), "\nเลือกทางเลือกที่ 2 (100 บาท/เดือน)"]


@T("government")
def gov_disability_card_renewal(r):
    p = person(r, "f")
    return ["ช่วยเขียนรายการเอกสารที่ต้องเตรียมสำหรับคุณป้าคนนี้ สั้นๆ\n\n",
            "ญาติโทรมาถามว่า ", P(full_th(p)), " เลขบัตรประชาชน ", ID(r), " ",
            S("DISABILITY", r, ["พิการทางการมองเห็น", "พิการทางการเคลื่อนไหว ขาขาดข้างซ้าย", "พิการทางจิตใจหรือพฤติกรรม"]),
            " บัตรคนพิการหมดอายุเดือนหน้า อยากต่ออายุที่ พมจ. และรับเบี้ยความพิการ 1,000 บาท เบอร์ญาติ ",
            PH(r, "dash2")]


@T("government")
def gov_counter_queue_en(r):
    p = person(r)
    return ["ช่วยเขียน SMS ภาษาอังกฤษสั้นๆ จากบัตรคิวนี้\n",
            "Service: District Office – ID card renewal\nName: ", P(f"{p[3].upper()} {p[2]}"), "\nQueue: B-0", str(r.randint(10, 99)),
            "\nAppointment: 09:40, 18 Dec 2025\nMobile: ", PH(r, "intl")]


@T("government")
def gov_death_registration(r):
    d, inf = person(r), person(r)
    return ["ช่วยร่างหนังสือแจ้งธนาคารเรื่องการเสียชีวิตของเจ้าของบัญชีจากข้อมูลมรณบัตร:\n",
            "ผู้ตาย: ", nm(r, "title_nosp", p=d), " เลขประจำตัว ", ID(r), "\n",
            "สาเหตุการตาย: ", S("HEALTH_DATA", r, ["มะเร็งปอดระยะสุดท้าย", "ภาวะติดเชื้อในกระแสเลือด", "เส้นเลือดในสมองแตก"]), "\n",
            "ผู้แจ้ง (บุตร): ", nm(r, "title", p=inf), " โทร ", PH(r), "\n",
            "บัญชีผู้ตาย: ", r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r))]


@T("government")
def gov_name_change(r):
    p = person(r, "f")
    new_first = r.choice(["ณิชาภัทร", "ปุณยวีร์", "ธัญญ์ณิชา", "กชพรรณ"])
    return ["ช่วยเรียงข้อความขอเปลี่ยนชื่อตัวนี้ให้สละสลวย\n\n",
            "ข้าพเจ้า ", "นางสาว", P(full_th(p)), " ขอเปลี่ยนชื่อตัวเป็น ", P(f"{new_first} {p[1]}"),
            " เนื่องจากหมอดูทักว่าชื่อเดิมไม่เป็นมงคล เลขประจำตัวประชาชน ", ID(r), " ที่อยู่ ", AD(r)]


@T("government", hard="RELIGION")
def gov_neg_buddhist_holiday(r):
    return ["ช่วยเขียนประกาศปิดทำการให้ดูเป็นทางการ\n\n",
            "สำนักงานเขตปิดให้บริการวันที่ 10 ก.ค. 2568 เนื่องในวันอาสาฬหบูชา และ 11 ก.ค. วันเข้าพรรษา ",
            "ขอเชิญข้าราชการและประชาชนร่วมเวียนเทียน ณ วัดในพื้นที่ งดจำหน่ายสุรา ",
            "เปิดให้บริการตามปกติวันจันทร์ที่ 14 ก.ค. 2568 ตั้งแต่ 08.30 น."]


@T("government", hard="RELIGION")
def gov_neg_ramadan_hours(r):
    return ["Translate to English, keep it official:\n\n",
            "ศาลากลางจังหวัดปัตตานี แจ้งว่าในช่วงเดือนรอมฎอน ฮ.ศ. 1447 ข้าราชการที่นับถือศาสนาอิสลาม ",
            "สามารถเลิกงานได้ตั้งแต่เวลา 15.00 น. ตามระเบียบสำนักนายกรัฐมนตรี ทั้งนี้ให้หัวหน้าส่วนราชการ ",
            "จัดเวรให้บริการประชาชนให้ครบถ้วน ห้องละหมาดชั้น 2 เปิดตลอดวัน"]


@T("government", neg=True)
def gov_neg_id_card_procedure(r):
    return ["สรุปขั้นตอนทำบัตรประชาชนครั้งแรกให้วัยรุ่นอ่านง่าย (ใช้อีโมจิได้)\n\n",
            "1. อายุครบ 7 ปีต้องทำบัตรภายใน 60 วัน\n2. หลักฐาน: สูติบัตร ทะเบียนบ้าน (ท.ร.14)\n",
            "3. ค่าธรรมเนียม: ครั้งแรกไม่เสีย / บัตรหาย 100 บาท\n4. ยื่นได้ทุกเขต/อำเภอ\n",
            "5. ตัวอย่างเลขในคู่มือ: 1-2345-67890-12-3 (ตัวอย่างเท่านั้น)\n",
            "6. ติดต่อสายด่วน 1548"]


@T("government", neg=True)
def gov_neg_revenue_circular(r):
    return ["ช่วยสรุปประกาศกรมสรรพากรนี้ให้ฝ่ายบัญชี\n\n",
            "ประกาศอธิบดีกรมสรรพากร เกี่ยวกับภาษีเงินได้ (ฉบับที่ ", str(r.randint(400, 480)), ")\n",
            "ให้ผู้มีหน้าที่หักภาษี ณ ที่จ่ายยื่นแบบ ภ.ง.ด.1 ภ.ง.ด.3 และ ภ.ง.ด.53 ผ่านระบบ e-Filing ",
            "ภายในวันที่ 15 ของเดือนถัดไป กรณียื่นทางอินเทอร์เน็ตขยายได้อีก 8 วัน ",
            "ผู้ประกอบการที่มีรายได้เกิน 1.8 ล้านบาทต้องจดทะเบียนภาษีมูลค่าเพิ่ม อัตราภาษี 7% ",
            "สอบถามศูนย์สารนิเทศสรรพากร 1161"]


@T("government", hard="DISABILITY")
def gov_neg_disability_quota(r):
    return ["ช่วยทำ FAQ 4 ข้อจากสรุปกฎหมายนี้สำหรับฝ่าย HR\n\n",
            "ตาม พ.ร.บ.ส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ พ.ศ. 2550 มาตรา 33 นายจ้างที่มีลูกจ้างตั้งแต่ 100 คน ",
            "ต้องรับคนพิการเข้าทำงานในอัตรา 100:1 หากไม่รับต้องส่งเงินเข้ากองทุนตามมาตรา 34 ",
            f"ปี 2568 คิดเป็น {r.choice(['120,450', '124,100'])} บาทต่อคน หรือจัดสัมปทานตามมาตรา 35 ",
            "เช่น จ้างเหมาบริการ ฝึกงาน จัดสถานที่จำหน่ายสินค้า"]


@T("government", neg=True)
def gov_neg_sso_stats_en(r):
    return ["Make a 3-sentence summary for a news brief:\n\n",
            f"Social Security Office, Q3 2025: insured persons under Section 33: {r.randint(11, 12)}.{r.randint(0, 9)} million; ",
            f"Section 39: {r.randint(1, 2)}.{r.randint(0, 9)} million; Section 40: {r.randint(10, 11)}.{r.randint(0, 9)} million. ",
            "Sickness benefit claims rose 6% year on year, unemployment claims fell 3%. ",
            "The contribution ceiling will rise from THB 15,000 to 17,500 in 2026."]
# ---- court and police paperwork ----------------------------------------------------------------
@T("police")
def pol_daily_log(r):
    rank = r.choice(POLICE_RANK)
    a, b = person(r, "m"), person(r)
    return ["ช่วยเรียบเรียงรายงานประจำวันเกี่ยวกับคดีให้เป็นภาษาราชการ และแก้คำผิด\n\n",
            f"ปจว.ข้อ {r.randint(1, 30)} เวลา 22.40 น. ", rank, " ", P(full_th(person(r, "m"))), " พร้อมพวก ",
            "จับกุมตัว ", "นาย", P(full_th(a)), " อายุ 29 ปี เลขประจำตัวประชาชน ", ID(r), " ที่อยู่ ", AD(r), " ",
            S("CRIMINAL_RECORD", r, ["ต้องหาคดีครอบครองยาบ้า 200 เม็ด", "ต้องหาว่าขับรถขณะเมาสุรา", "ต้องหาว่าลักทรัพย์ในเวลากลางคืน"]),
            " พร้อมรถจักรยานยนต์ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), " ผู้แจ้งคือ ", nm(r, "title", p=b),
            " โทร ", PH(r)]


@T("police")
def pol_complaint_online_fraud(r):
    p = person(r, "f")
    return ["ร่างคำร้องทุกข์คดีฉ้อโกงออนไลน์ (ส่ง thaipoliceonline) จากที่ผู้เสียหายเล่า\n\n",
            "\"ดิฉันชื่อ", P(full_th(p)), " โดนหลอกให้โอนเงินลงทุนคริปโต 3 ครั้ง รวม 182,000 บาท ",
            "โอนจากบัญชีตัวเอง ", ("TH_BANK_ACCOUNT", bank_acct(r)), " ไปเข้าบัญชีม้าชื่อ ", P(full_th(person(r))),
            " เลขที่ ", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), " คนร้ายใช้ไลน์ ", ("LINE_ID", line_id(r)),
            " เบอร์ ", PH(r, "dash"), " ตอนนี้บล็อกดิฉันแล้วค่ะ\""]


@T("police")
def pol_traffic_ticket_en(r):
    p = person(r)
    return ["Translate this e-ticket notice to English for a tourist-police helpdesk reply:\n\n",
            "ใบสั่งจราจรอิเล็กทรอนิกส์ เลขที่ PTM", str(r.randint(10000000, 99999999)), "\n",
            "ผู้ขับขี่: ", P(f"{p[3].upper()} {p[2].upper()}"), "  หนังสือเดินทาง ", ("TH_PASSPORT", passport(r, "x")), "\n",
            "รถเช่า ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r, "ภูเก็ต")), "  ข้อหา ขับรถเร็วเกินกำหนด 128/90 กม./ชม.\n",
            "ค่าปรับ 1,000 บาท ชำระภายใน 15 วัน"]


@T("court")
def court_bail_request(r):
    p = person(r)
    return ["ช่วยเกลาคำร้องขอปล่อยชั่วคราวนี้ให้กระชับ\n\n",
            f"คดีหมายเลขดำที่ อ.{r.randint(1000, 4999)}/2568\n",
            "ผู้ต้องหา ", nm(r, "title_nosp", p=p), " ", S("CRIMINAL_RECORD", r, ["ต้องหาคดีพนันออนไลน์", "ต้องหาคดีทำร้ายร่างกายผู้อื่นบาดเจ็บ",
                                                                                  "ต้องหาคดีฉ้อโกงประชาชน"]),
            " ขอยื่นหลักทรัพย์เป็นเงินสด 150,000 บาท โดยมี ", nm(r, "title", sex="f"), " มารดา เป็นนายประกัน ",
            "เลขบัตร ", ID(r), " ผู้ต้องหามีโรคประจำตัว คือ", S("HEALTH_DATA", r, ["โรคหอบหืดรุนแรง", "เบาหวานต้องฉีดอินซูลิน", "โรคลมชัก"]),
            " จึงขอความกรุณาศาล"]


@T("court")
def court_judgment_summary(r):
    a = person(r, "m")
    return ["สรุปคำพิพากษาฉบับย่อนี้ให้ลูกความเข้าใจ ไม่เกิน 8 บรรทัด\n\n",
            "ศาลพิเคราะห์แล้ว จำเลย ", P(f"{a[0]} {a[1]}"), " ", S("CRIMINAL_RECORD", r, [
                "มีความผิดตาม พ.ร.บ.ยาเสพติด พิพากษาจำคุก 3 ปี", "มีความผิดฐานฉ้อโกง จำคุก 1 ปี 6 เดือน ไม่รอการลงโทษ",
                "มีความผิดฐานขับรถขณะเมาสุรา ปรับ 10,000 บาท รอลงอาญา 2 ปี"]),
            " ทนายจำเลย: ", nm(r, "title"), " ใบอนุญาตทนายความ ", f"{r.randint(10000, 99999)}/25{r.randint(50, 67)}",
            " โทร ", PH(r)]


@T("court")
def court_divorce_petition(r):
    h, w = person(r, "m"), person(r, "f")
    return ["Help me translate this Thai divorce petition excerpt into English:\n\n",
            "โจทก์ ", "นาง", P(full_th(w)), " ฟ้องหย่า ", "นาย", P(full_th(h)), " จำเลย ด้วยเหตุว่าจำเลย",
            S("SEXUAL_BEHAVIOUR", r, ["มีความสัมพันธ์ทางเพศกับหญิงอื่น", "มีเพศสัมพันธ์กับชายอื่นหลายครั้ง"]),
            " และทำร้ายร่างกายโจทก์ บุตร ", "ด.ญ.", P(f"{person(r, 'f')[0]} {h[1]}"), " เกิด ", DB(r, "th_long", 2015, 2019),
            " ขอให้โจทก์เป็นผู้ใช้อำนาจปกครอง ที่อยู่โจทก์ ", AD(r)]


@T("court")
def court_summons_line(r):
    p = person(r)
    return ["[LINE กลุ่ม เจ้าหน้าที่เดินหมาย ศาลจังหวัด]\n",
            "พี่เอก: หมายเรียกจำเลยคดีผู้บริโภค ส่งไม่ได้ บ้านปิด ", AD(r), "\n",
            "พี่เอก: จำเลยชื่อ ", P(full_th(p)), " (", P(nick(r)), ") เพื่อนบ้านบอกย้ายไปอยู่กับลูกสาว เบอร์ ", PH(r), "\n",
            "น้องฝ้าย: ปิดหมายได้เลยค่ะพี่ แล้วรายงานศาล\n\nสรุปแชทนี้เป็นรายงานการส่งหมาย"]


@T("court")
def court_labour_case_union(r):
    p = person(r)
    return ["ช่วยสรุปข้อเท็จจริงคดีแรงงานนี้ให้ทนาย (ภาษาอังกฤษ)\n\n",
            "ลูกจ้าง ", nm(r, "title", p=p), " ทำงานตำแหน่งช่างซ่อมบำรุง ถูกเลิกจ้างหลังจาก",
            S("TRADE_UNION", r, ["เป็นกรรมการสหภาพแรงงาน", "สมัครเข้าสหภาพแรงงาน", "เป็นประธานสหภาพแรงงาน"]),
            "ของบริษัท ไทยออโตพาร์ท จำกัด (เลขนิติบุคคล ", ("TH_JURISTIC_ID", juristic(r)),
            ") ได้ 2 เดือน นายจ้างอ้างว่าขาดงาน แต่ลูกจ้างมีใบรับรองแพทย์ว่า", S("HEALTH_DATA", r, ["ป่วยเป็นไข้เลือดออก", "กระดูกข้อมือหัก"])]


@T("police")
def pol_protest_arrest_en(r):
    p = person(r)
    return ["Summarise for our legal-aid intake form (keep names):\n\n",
            "Client ", P(full_en(p)), ", 22, student, ", S("POLITICAL_OPINION", r, POL_EN),
            ". Arrested at Democracy Monument on 14 Oct, ", S("CRIMINAL_RECORD", r, ["charged under Section 116 (sedition)",
                                                                                      "charged with violating the Public Assembly Act"]),
            ". Citizen ID ", ID(r, "dash"), ", phone ", PH(r, "intl"), ". Mother: ", en_title(person(r, "f")).strip(), " ",
            P(full_en(person(r, "f")))]


@T("police")
def pol_cctv_face_match(r):
    p = person(r)
    return ["ช่วยเขียนรายงานสืบสวนสั้นๆ จากผลระบบ AI กล้องวงจรปิด\n\n",
            f"ระบบจดจำใบหน้า กล้อง CAM-{r.randint(100, 999)} แยกอโศก 02:14 น.\n",
            "ผลเทียบ: ", ("BIOMETRIC_DATA", f"face match score 0.{r.randint(930, 989)}"), " กับภาพบัตรประชาชนของ ",
            P(full_th(p)), " เลขบัตร ", ID(r), "\n",
            "ผู้ต้องสงสัย", S("CRIMINAL_RECORD", r, ["มีประวัติถูกจับกุมคดีลักทรัพย์", "มีหมายจับคดีชิงทรัพย์"]),
            "\nเจ้าของสำนวน ", r.choice(POLICE_RANK), P(full_th(person(r, "m")))]


@T("police")
def pol_fingerprint_record(r):
    p = person(r, "m")
    return ["Convert to a JSON payload for the AFIS upload API (fields: name, id, template, source):\n\n",
            "name: ", P(full_th(p)), "\ncitizen_id: ", ID(r, "plain"), "\n",
            "fingerprint (R-index, ISO 19794-2): ", ("BIOMETRIC_DATA", "Rk1SACAyMAAA" + b64(r, 40)), "\n",
            "source: สภ.เมืองเชียงใหม่ booking ", f"{r.randint(100, 999)}/2568"]


@T("court", hard="CRIMINAL_RECORD")
def court_neg_criminal_check_procedure(r):
    return ["ช่วยสรุปขั้นตอนนี้ให้พนักงานใหม่ (HR) อ่านง่าย\n\n",
            "การขอตรวจสอบประวัติอาชญากรรมเพื่อประกอบการสมัครงาน: ยื่นที่กองทะเบียนประวัติอาชญากร ",
            "สำนักงานตำรวจแห่งชาติ หรือ สภ. ทั่วประเทศ พร้อมบัตรประชาชน หนังสือยินยอมของผู้ถูกตรวจ ",
            "ค่าธรรมเนียม 100 บาท ใช้เวลา 3-10 วันทำการ ผลการตรวจใช้ได้ 3 เดือน ",
            "นายจ้างต้องได้รับความยินยอมตาม PDPA ก่อนขอประวัติ"]


@T("court", hard="CRIMINAL_RECORD")
def court_neg_case_stats_en(r):
    return ["Write two paragraphs for the annual report:\n\n",
            f"In fiscal 2025 the Courts of First Instance received {r.randint(900, 999)},{r.randint(100, 999)} criminal cases; ",
            f"{r.randint(40, 55)}% were drug offences, {r.randint(8, 15)}% fraud and {r.randint(5, 9)}% traffic offences. ",
            "Electronic monitoring (EM) bracelets were used in 12,300 bail releases. Average time to judgment fell to 7.2 months."]


@T("police", hard="POLITICAL_OPINION")
def pol_neg_election_neutrality(r):
    return ["ร่างหนังสือเวียนแจ้งกำลังพลจากประเด็นนี้\n\n",
            "ช่วงการเลือกตั้ง สส. ข้าราชการตำรวจต้องวางตัวเป็นกลางทางการเมือง ห้ามใช้ตำแหน่งหน้าที่สนับสนุน ",
            "พรรคการเมืองใด ห้ามโพสต์ภาพหาเสียงในสื่อสังคมออนไลน์ขณะแต่งเครื่องแบบ ",
            "การไปใช้สิทธิเลือกตั้งเป็นสิทธิส่วนบุคคล ผู้บังคับบัญชาห้ามชี้นำ"]


@T("court", neg=True)
def court_neg_hearing_board(r):
    return ["Format this as an HTML table:\n\n",
            "ห้องพิจารณา 3 | 09.00 น. | คดีหมายเลขดำ พ.", f"{r.randint(100, 999)}/2568 | นัดสืบพยานโจทก์\n",
            "ห้องพิจารณา 5 | 10.30 น. | คดีหมายเลขดำ ผบ.", f"{r.randint(100, 999)}/2568 | นัดไกล่เกลี่ย\n",
            "ห้องพิจารณา 7 | 13.30 น. | คดีหมายเลขแดง อ.", f"{r.randint(1000, 2999)}/2567 | อ่านคำพิพากษา\n",
            f"(ประกาศ ณ {r.randint(1, 28)} พ.ย. 2568 ศาลอาญา)"]
# ---- school and university admin -----------------------------------------------------------------
@T("school")
def sch_scholarship_list(r):
    rows = []
    for _ in range(3):
        p = person(r)
        rows += [("STUDENT_ID", student_id(r, "school")), " | ", th_title(p, r, child=True), P(full_th(p)),
                 " | ม.", str(r.randint(1, 6)), "/", str(r.randint(1, 9)), " | ",
                 ("TH_NATIONAL_ID", nid(r, "plain")), "\n"]
    return ["ตรวจรายชื่อนักเรียนทุนเสมอภาค (กสศ.) ว่าเลขบัตรซ้ำกันไหม\n\n",
            "เลขประจำตัว | ชื่อ | ชั้น | เลขบัตร\n", rows]


@T("school")
def sch_parent_line_group(r):
    kid, mom = person(r), person(r, "f")
    return ["[LINE กลุ่ม ผู้ปกครอง ป.4/2]\n",
            "ครูแอน: แจ้งผู้ปกครองน้อง", P(nick(r)), " นะคะ ", "ด.ช." if kid[4] == "m" else "ด.ญ.", P(full_th(kid)),
            " มีไข้สูงและ", S("HEALTH_DATA", r, ["ผื่นขึ้นทั้งตัว สงสัยอีสุกอีใส", "หอบกำเริบ", "ชักเกร็งจากไข้สูง"]),
            " ตอนนี้อยู่ห้องพยาบาลค่ะ\n",
            "แม่", P(mom[0]), ": ขอบคุณค่ะครู กำลังไปรับค่ะ ติดต่อแม่ได้ที่ ", PH(r), "\n",
            "\nช่วยสรุปข้อความนี้ส่งผู้อำนวยการ"]


@T("school")
def sch_iep_special_needs(r):
    p = person(r)
    return ["ช่วยเขียนแผนการศึกษาเฉพาะบุคคล (IEP) ฉบับย่อ จากข้อมูลนี้\n\n",
            "นักเรียน: ", th_title(p, r, child=True), P(full_th(p)), "  เลขประจำตัว ", ("STUDENT_ID", student_id(r, "school")),
            "  วันเกิด ", DB(r, "th_long", 2013, 2016), "\n",
            "ลักษณะ: ", S("DISABILITY", r, ["บกพร่องทางการเรียนรู้ (LD) ด้านการอ่าน", "เป็นออทิสติก", "บกพร่องทางการได้ยินระดับรุนแรง",
                                            "สมาธิสั้น (ADHD)"]), "\n",
            "ผู้ปกครอง: ", nm(r, "title"), " โทร ", PH(r, "dash"), "\nเป้าหมาย: อ่านคำพื้นฐาน 200 คำภายในภาคเรียน"]


@T("university")
def uni_grade_appeal_en(r):
    p = person(r)
    return ["ช่วยแก้ภาษาอังกฤษในอีเมลของนักศึกษาคนนี้ให้ถูกต้อง คงเนื้อหาเดิม\n\n",
            "Dear Ajarn,\nMy name is ", P(full_en(p)), ", student ID ", ("STUDENT_ID", student_id(r, "uni")),
            ". I missed the midterm because I was admitted for ", S("HEALTH_DATA", r, DX_EN[:4]),
            ". I attach the medical certificate. Could I take a make-up exam? My email is ", EM(r, p),
            ".\nBest regards"]


@T("university")
def uni_registrar_transcript(r):
    p = person(r)
    return ["ช่วยแปลใบรับรองนี้เป็นภาษาอังกฤษแบบทางการ\n\n",
            "หนังสือรับรองสถานภาพนิสิต\nมหาวิทยาลัยขอรับรองว่า ", nm(r, "title_nosp", p=p), " รหัสนิสิต ",
            ("STUDENT_ID", student_id(r, "dash")), " เลขประจำตัวประชาชน ", ID(r), " เกิดวันที่ ", DB(r, "th_long", 2002, 2005),
            " เป็นนิสิตชั้นปีที่ 3 คณะเศรษฐศาสตร์ ภาคปกติ ให้ไว้ ณ วันที่ 1 ธันวาคม 2568"]


@T("university")
def uni_dorm_roster_csv(r):
    rows = []
    for _ in range(3):
        p = person(r)
        rows += [("STUDENT_ID", student_id(r, "uni")), ",", P(f"{p[2]} {p[3]}"), ",",
                 S("RELIGION", r, RELIG_EN), ",", PH(r, "plain"), "\n"]
    return ["Dorm roster for halal meal planning. Group by religion and count:\n\n",
            "student_id,name,religion,phone\n", rows]


@T("university")
def uni_activity_political(r):
    p = person(r)
    return ["ช่วยร่างหนังสือเชิญผู้ปกครองมาพบ (ภาษาสุภาพ ไม่กล่าวหา)\n\n",
            "กองกิจการนิสิตรายงานว่า ", P(full_th(p)), " รหัส ", ("STUDENT_ID", student_id(r, "uni")), " ",
            S("POLITICAL_OPINION", r, ["เป็นแกนนำกลุ่มนักศึกษาเรียกร้องประชาธิปไตย", "ไปร่วมชุมนุมของกลุ่มราษฎร",
                                       "โพสต์สนับสนุนการยกเลิกมาตรา 112"]),
            " และขาดเรียนเกิน 20% ผู้ปกครอง ", nm(r, "title"), " ที่อยู่ ", AD(r)]


@T("university")
def uni_counselling_referral(r):
    p = person(r)
    return ["Rewrite as a confidential referral note to the campus psychologist (English):\n\n",
            "นศ. ", P(full_th(p)), " (", P(nick(r)), ") ปี 2 LINE ", ("LINE_ID", line_id(r, p)),
            " มาปรึกษาว่า", S("SEXUAL_BEHAVIOUR", r, ["เป็นเกย์", "เป็นหญิงรักหญิง", "เป็นไบเซ็กชวล"]),
            " แต่ที่บ้านไม่ยอมรับ มีอาการ", S("HEALTH_DATA", r, ["นอนไม่หลับและคิดทำร้ายตัวเอง", "ซึมเศร้า ร้องไห้ทุกวัน"])]


@T("university")
def uni_wifi_log(r):
    p = person(r)
    return ["ทำไม user นี้ login ไม่ได้ ช่วยอ่าน log RADIUS\n\n",
            f"{r.randint(10, 28)}/11/2025 08:1{r.randint(0, 9)}:22 auth fail user=", ("STUDENT_ID", student_id(r, "uni")),
            " mac=3c:22:fb:9a:1e:0c ip=", ("IP_ADDRESS", ipv4(r)), " ssid=KU-WiFi reason=password expired\n",
            "display_name=", P(full_en(p)), " mail=", EM(r, p, "ku.th")]


@T("university")
def uni_thesis_participants(r):
    a, b = person(r), person(r)
    return ["ช่วยนิรนามข้อมูลตารางผู้ให้สัมภาษณ์วิทยานิพนธ์นี้ โดยแทนชื่อด้วยรหัส P1, P2\n\n",
            "| ชื่อ | อายุ | ชาติพันธุ์ | ศาสนา | สังกัด |\n",
            "| ", P(f"{a[1]} {a[0]}"), " | 41 | ", S("ETHNICITY", r, ETH_FIELD), " | ", S("RELIGION", r, RELIG_FIELD),
            " | ", S("TRADE_UNION", r, ["สหภาพแรงงานไทยเรยอน", "สหภาพแรงงานรถไฟแห่งประเทศไทย", "สหภาพแรงงานการไฟฟ้าส่วนภูมิภาค"]), " |\n",
            "| ", P(f"{b[1]} {b[0]}"), " | 36 | ", S("ETHNICITY", r, ETH_FIELD), " | ", S("RELIGION", r, RELIG_FIELD),
            " | ไม่มี |\n"]


@T("school")
def sch_tuition_refund(r):
    p = person(r, "f")
    return ["ร่างอีเมลตอบผู้ปกครองเรื่องคืนค่าเทอม\n\n",
            "> จาก: ", EM(r, p), "\n> เรียนฝ่ายการเงิน ดิฉันแม่ของ ", "ด.ญ.", P(f"{person(r, 'f')[0]} {p[1]}"),
            " เลขประจำตัว ", ("STUDENT_ID", student_id(r, "school")), " ย้ายโรงเรียนแล้ว ขอคืนเงินประกัน 5,000 บาท ",
            "โอนเข้า ", r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r)), " ชื่อบัญชี ", P(full_th(p))]


@T("university")
def uni_exam_proctor_face(r):
    p = person(r)
    return ["Explain this proctoring flag to the exam committee in plain English:\n\n",
            '{"student_id": "', ("STUDENT_ID", student_id(r, "uni")), '", "name": "', P(full_en(p)), '", ',
            '"flag": "identity_mismatch", "face_embedding": "', ("BIOMETRIC_DATA", b64(r, 44)),
            '", "ip": "', ("IP_ADDRESS", ipv4(r)), '", "ts": ', str(epoch_ms(r)), "}"]


@T("school", hard="ETHNICITY")
def sch_neg_ethnic_stats(r):
    return ["ช่วยทำกราฟแท่งจากตารางนี้ (บอกโค้ด matplotlib)\n\n",
            "จำนวนนักเรียนในโรงเรียนตำรวจตระเวนชายแดน จ.ตาก จำแนกตามกลุ่มชาติพันธุ์ ปีการศึกษา 2568\n",
            f"กะเหรี่ยง {r.randint(2000, 3000)}\nม้ง {r.randint(500, 900)}\nลีซู {r.randint(200, 400)}\n",
            f"มูเซอ {r.randint(100, 300)}\nอื่นๆ {r.randint(50, 150)}"]


@T("university", hard="ETHNICITY")
def uni_neg_course_description(r):
    return ["Polish this course description (English):\n\n",
            "ANTH 341 Ethnic Groups of Mainland Southeast Asia. Histories and identities of the Karen, Hmong, ",
            "Shan, Akha and Malay-Muslim communities in Thailand; statelessness, citizenship registration and ",
            "highland development policy. 3 credits. Prerequisite: ANTH 101."]


@T("school", neg=True)
def sch_neg_admission_notice(r):
    return ["ทำโปสเตอร์ข้อความสั้นจากประกาศนี้\n\n",
            "ประกาศรับสมัครนักเรียน ม.1 ปีการศึกษา 2569 รับ 400 คน สอบวันที่ 22 มี.ค. 2569 ",
            "หลักฐาน: สำเนาทะเบียนบ้าน สำเนาบัตรประชาชนนักเรียนและผู้ปกครอง ใบ ปพ.1 ",
            "สอบถามงานทะเบียน 02-xxx-xxxx หรือ admission@school-demo.ac.th"]


@T("university", neg=True)
def uni_neg_template_placeholders(r):
    return ["ช่วยแก้ mail merge template นี้ให้ใช้ได้กับ Jinja2\n\n",
            "เรียน {{title}}{{first_name}} {{last_name}}\nรหัสนักศึกษา {{student_id}}\n",
            "ท่านค้างชำระค่าธรรมเนียม {{amount}} บาท กรุณาชำระภายใน {{due_date}} ",
            "ผ่าน QR ในแอป หรือติดต่อ finance@uni-demo.ac.th\nงานคลัง มหาวิทยาลัย"]
# ---- HR and payroll ------------------------------------------------------------------------------
@T("hr")
def hr_payroll_tsv(r):
    rows = []
    for i in range(3):
        p = person(r)
        rows += [f"E{r.randint(10000, 99999)}\t", P(f"{p[1]} {p[0]}"), "\t", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")),
                 f"\t{amount(r, 15000, 85000)}\t", S("TRADE_UNION", r, ["หักค่าบำรุงสหภาพ 100", "สมาชิกสหภาพฯ หัก 150"])
                 if i == 0 or r.random() < 0.4 else "-", "\n"]
    return ["ไฟล์จ่ายเงินเดือน พ.ย. ช่วยเช็กว่ายอดรวมเท่าไหร่ และใครยังไม่มีเลขบัญชี\n\n",
            "รหัส\tนามสกุล ชื่อ\tบัญชี\tสุทธิ\tหมายเหตุ\n", rows]


@T("hr")
def hr_sick_leave_line(r):
    a, b = person(r), person(r, "f")
    return ["[LINE กลุ่ม HR & หัวหน้าแผนก ไลน์ผลิต 2]\n",
            "หัวหน้าไลน์ แจ๊ค: ", P(full_th(a)), " (", P(nick(r)), ") ขอลาป่วย 3 วัน หมอบอก", S("HEALTH_DATA", r,
                                                                                         ["เป็นโควิด", "เป็นไข้หวัดใหญ่ชนิด A", "ไส้ติ่งอักเสบต้องผ่าตัด"]),
            " แนบใบรับรองแพทย์แล้ว\n", "HR ฝน: รับทราบค่ะ แล้วคุณ", P(b[0]), " ที่", S("HEALTH_DATA", r, ["ตั้งครรภ์", "ผ่าตัดเข่า"]),
            " ลาคลอด/ลาพักฟื้นเริ่มวันไหนคะ\n", "หัวหน้าไลน์ แจ๊ค: 1 ธ.ค. ครับ\n\nทำตารางสรุปการลาจากแชทนี้ให้หน่อย"]


@T("hr")
def hr_job_application_form(r):
    p = person(r)
    return ["สกัดข้อมูลใบสมัครงานนี้ลงฟิลด์ JSON (name, dob, id, phone, email, address, religion)\n\n",
            "ใบสมัครงาน ตำแหน่ง เจ้าหน้าที่บัญชี\nชื่อ-นามสกุล ", th_title(p, r), P(full_th(p)), "  ชื่อเล่น ", P(nick(r)), "\n",
            "วัน/เดือน/ปีเกิด ", DB(r, "slash_be", 1990, 2001), "  ศาสนา ", S("RELIGION", r, RELIG_FIELD),
            "  สัญชาติ ไทย\n", "เลขบัตรประชาชน ", ID(r, "dash"), "\n", "ที่อยู่ปัจจุบัน ", AD(r), "\n",
            "โทร ", PH(r), "  E-mail ", EM(r, p), "\n", "สถานภาพทางทหาร: ได้รับการยกเว้น"]


@T("hr")
def hr_disciplinary_memo(r):
    p = person(r, "m")
    return ["Translate this disciplinary memo into English for the Japanese MD:\n\n",
            "บันทึกข้อความ เรื่อง ลงโทษทางวินัย\n", "พนักงาน ", nm(r, "title", p=p), " รหัส ", f"{r.randint(20000, 29999)}",
            " ขาดงาน 4 วันติด ตรวจสอบพบว่า", S("CRIMINAL_RECORD", r, ["ถูกควบคุมตัวคดียาเสพติด", "ถูกจับกุมคดีทำร้ายร่างกาย"]),
            " และเคยได้รับหนังสือเตือนแล้ว 1 ครั้ง จึงพิจารณาเลิกจ้างตามข้อบังคับข้อ 12.4"]


@T("hr")
def hr_union_negotiation_en(r):
    a, b = person(r), person(r)
    return ["Summarise these meeting notes (English, bullets):\n\n",
            "Wage negotiation round 3 – attendees: ", P(full_en(a)), " (", S("TRADE_UNION", r, ["union president", "union secretary"]),
            "), ", P(full_en(b)), " (", S("TRADE_UNION", r, ["shop steward of the labour union", "union committee member"]),
            "), HR director K. ", P(r.choice(PEOPLE)[2]), ".\n",
            "Union demands 4.5% raise and 2.5 months bonus; company offers 3% and 2 months. Next round 9 Dec."]


@T("hr")
def hr_biometric_timeclock(r):
    p = person(r)
    return ["ช่วยเขียนอีเมลแจ้งพนักงานให้มาลงทะเบียนสแกนหน้าใหม่\n\n",
            "export จากเครื่องสแกน ZK:\n", "emp=", str(r.randint(1000, 9999)), " name=", P(f"{p[2]} {p[3][0]}."),
            " face_tpl=", ("BIOMETRIC_DATA", b64(r, 32)), " quality=41(low)\n",
            "emp=", str(r.randint(1000, 9999)), " name=", P(r.choice(PEOPLE)[2]), " fp_tpl=",
            ("BIOMETRIC_DATA", b64(r, 28)), " quality=38(low)\n", "HR contact: hr@factory-demo.co.th"]


@T("hr")
def hr_reference_check(r):
    p = person(r, "f")
    return ["เรียบเรียงบันทึก reference check นี้ให้ผู้บริหารอ่าน\n\n",
            "ผู้สมัคร: ", P(full_th(p)), " (", P(full_en(p)), ")\n",
            "โทรคุยกับหัวหน้าเก่า ", nm(r, "khun"), " ", PH(r), ": ทำงานดี แต่ช่วงหลัง", S("HEALTH_DATA", r,
                                                                                     ["ป่วยเป็นโรคซึมเศร้า", "เข้ารับการรักษามะเร็งไทรอยด์"]),
            " ลาบ่อย และ", S("POLITICAL_OPINION", r, ["โพสต์การเมืองแรงๆ สนับสนุนพรรคประชาชน", "ไปร่วมชุมนุมของกลุ่มราษฎร"])]


@T("hr")
def hr_foreign_worker_permit(r):
    a, b = r.choice(FOREIGN[:5]), r.choice(FOREIGN[:5])
    return ["Prepare a checklist e-mail (English) for renewing these work permits:\n\n",
            "1. ", P(a), " – passport ", ("TH_PASSPORT", passport(r, "mm")), ", 13-digit ID ", ("TH_NATIONAL_ID", nid(r, "plain", "6")),
            ", permit expires 31 Jan 2026\n", "2. ", P(b), " – passport ", ("TH_PASSPORT", passport(r, "mm")),
            ", mobile ", PH(r, "dash"), ", permit expires 15 Feb 2026\n",
            "Employer: Sahakarn Seafood Co., Ltd. juristic ID ", ("TH_JURISTIC_ID", juristic(r))]


@T("hr")
def hr_resignation_email(r):
    p = person(r)
    return ["Please rewrite this resignation email to sound more professional:\n\n",
            "hi khun ", P(r.choice(NICK_EN)), ",\nim resigning effective 31 dec. honestly its because of my ",
            S("HEALTH_DATA", r, ["long covid", "panic disorder", "chronic migraine"]), " and I need rest. ",
            "pls send my 50 tawi to ", EM(r, p), " and final pay to ", r.choice(BANKS_EN), " ",
            ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), ".\nthx\n", P(p[2])]


@T("hr")
def hr_tax_certificate_50tawi(r):
    p = person(r)
    return ["ตรวจหนังสือรับรองการหักภาษี ณ ที่จ่าย (50 ทวิ) ที่ OCR มาว่าตัวเลขถูกไหม\n\n",
            "ผู้มีหน้าที่หักภาษี: บริษัท ดิจิทัลเซอร์วิส จำกัด เลขประจำตัวผู้เสียภาษี ", ("TH_JURISTIC_ID", juristic(r, "dash")), "\n",
            "ผู้ถูกหักภาษี: ", nm(r, "title_nosp", p=p), " เลขประจำตัวผู้เสียภาษี ", ID(r, "space"), "\n",
            "ที่อยู่ ", AD(r), "\n", "เงินได้ตาม ม.40(1) 540,000.00  ภาษีที่หัก 14,350.00\n",
            "เงินสมทบกองทุนประกันสังคม 9,000.00"]


@T("hr")
def hr_welfare_muslim(r):
    p = person(r, "m")
    return ["ช่วยตอบพนักงานคนนี้ว่าขอลาได้กี่วัน ตามระเบียบบริษัท\n\n",
            "\"สวัสดีครับ ผม", P(full_th(p)), " แผนกคลังสินค้า ", S("RELIGION", r, ["นับถือศาสนาอิสลาม", "เป็นมุสลิม"]),
            " ขอลาไปประกอบพิธีฮัจญ์ที่ซาอุฯ 40 วัน ตั้งแต่ พ.ค. 69 ครับ ติดต่อผม ", PH(r), "\""]


@T("hr")
def hr_accommodation_request_en(r):
    p = person(r)
    return ["Draft HR's reply approving this request (English, warm):\n\n",
            "From: ", P(full_en(p)), " <", EM(r, p, "siamtech-demo.com"), ">\n",
            "I am ", S("DISABILITY", r, ["a wheelchair user", "deaf", "visually impaired"]),
            " and would like to request a desk near the lift and screen-reader software. My employee card was ",
            "issued with the old photo; LINE me at ", ("LINE_ID", line_id(r, p)), " if you need anything."]


@T("hr")
def hr_background_genetic(r):
    p = person(r)
    return ["ช่วยดูว่าข้อความนี้มีปัญหา PDPA อะไรบ้าง แล้วเขียนใหม่\n\n",
            "ถึงทีมสรรหา: ผู้สมัคร ", P(full_th(p)), " แจ้งระหว่างสัมภาษณ์ว่า", S("GENETIC_DATA", r,
                                                                                ["ตรวจพบยีน BRCA1 กลายพันธุ์", "เป็นพาหะโรคฮีโมฟีเลีย", "มียีนเสี่ยงโรคฮันติงตัน"]),
            " เสนอให้ตัดออกจากรายชื่อเพราะกังวลเรื่องเบี้ยประกันกลุ่ม"]


@T("hr", hard="TRADE_UNION")
def hr_neg_union_law(r):
    return ["สรุปกฎหมายนี้ให้หัวหน้างานฟัง 5 ข้อ\n\n",
            "พ.ร.บ.แรงงานสัมพันธ์ พ.ศ. 2518 มาตรา 121 ห้ามนายจ้างเลิกจ้างลูกจ้างเพราะเหตุที่ลูกจ้างเป็นสมาชิกสหภาพแรงงาน ",
            "หรือเข้าร่วมการชุมนุม ยื่นข้อเรียกร้อง มาตรา 88 การจัดตั้งสหภาพต้องมีผู้เริ่มก่อการไม่น้อยกว่า 10 คน ",
            "การหักค่าบำรุงสหภาพจากค่าจ้างทำได้เมื่อลูกจ้างยินยอมเป็นหนังสือ"]


@T("hr", hard="TRADE_UNION")
def hr_neg_union_election_notice_en(r):
    return ["Translate into Thai for the notice board:\n\n",
            "NOTICE: The Labour Union of Eastern Seaboard Electronics will hold its annual general meeting and ",
            "committee election on Saturday 20 December 2025, 09:00, Canteen B. Members should bring their union ",
            "card. Nomination forms are available from the union office until 12 December."]


@T("hr", hard="BIOMETRIC_DATA")
def hr_neg_biometric_policy(r):
    return ["ช่วยเกลานโยบายนี้ให้สอดคล้อง PDPA มากขึ้น\n\n",
            "นโยบายการใช้ระบบลงเวลาด้วยใบหน้าและลายนิ้วมือ: บริษัทเก็บแม่แบบ (template) ไม่เก็บภาพดิบ ",
            "เข้ารหัส AES-256 เก็บไว้ไม่เกิน 90 วันหลังพ้นสภาพพนักงาน ต้องขอความยินยอมโดยชัดแจ้งตามมาตรา 26 ",
            "พนักงานที่ไม่ยินยอมสามารถใช้บัตร RFID แทนได้"]


@T("hr", neg=True)
def hr_neg_job_ad(r):
    return ["Rewrite this job ad to be more inclusive (English):\n\n",
            f"HIRING: Payroll Officer (Bangna). Salary {r.randint(22, 30)},000-{r.randint(32, 40)},000 THB. Female only, ",
            "age 25-32, Buddhist preferred, no tattoos. Send CV to recruit@bangna-demo.co.th"]


@T("hr", neg=True)
def hr_neg_payroll_batch_log(r):
    lines = []
    for _ in range(3):
        lines.append(f"[{epoch_ms(r)}] payroll.batch id=PB{r.randint(100000, 999999)} rows={r.randint(200, 900)} "
                     f"status={r.choice(['OK', 'OK', 'RETRY'])} bank_file=KTB_{r.randint(10000, 99999)}.txt\n")
    return ["ช่วยดูว่า batch ไหน retry และเพราะอะไร\n\n", "".join(lines)]
# ---- more back-office traffic ----------------------------------------------------------------------
@T("insurance")
def ins_travel_claim_card_en(r):
    p = person(r)
    return ["Check this travel-insurance claim for missing documents and reply to the broker:\n\n",
            "Insured: ", P(f"{p[3].upper()}/{p[2].upper()}"), " (as in passport ", ("TH_PASSPORT", passport(r)), ")\n",
            "Trip: Tokyo 3-12 Oct 2025. Hospital visit in Shinjuku for ", S("HEALTH_DATA", r, ["acute gastroenteritis", "a sprained ankle", "influenza A"]),
            ", JPY 48,200 paid by card ", ("CREDIT_CARD", card(r, "space")), ".\nBroker: ", P(full_en(person(r))), ", ",
            EM(r, None, "bkk-broker-demo.com")]


@T("insurance")
def ins_agent_line_underwriting(r):
    p = person(r)
    return ["[LINE กลุ่ม ตัวแทนประกัน ทีมพี่ต่าย]\n",
            "พี่ต่าย: ลูกค้าพี่ ", nm(r, "khun_sp", p=p), " อยากทำประกันสุขภาพ แต่", S("HEALTH_DATA", r, ["เคยเป็นไทรอยด์เป็นพิษ", "เคยผ่าตัดเนื้องอกที่มดลูก"]),
            " ต้องแถลงไหม\n", "น้องเบล UW: ต้องแถลงค่ะพี่ ส่งผลตรวจมาให้ด้วยนะคะ\n",
            "พี่ต่าย: ได้ ลูกค้าวันเกิด ", DB(r, "th_short"), " ", ("PHONE_NUMBER", mobile(r, "plain")), "\n\nสรุปเป็นเคสส่ง UW"]


@T("insurance")
def ins_life_claim_death(r):
    d, b = person(r, "m"), person(r, "f")
    return ["ช่วยร่างจดหมายแจ้งผลอนุมัติสินไหมมรณกรรม\n\n",
            "ผู้เอาประกันผู้เสียชีวิต: ", "นาย", P(full_th(d)), " (", ID(r), ")\n",
            "สาเหตุ: ", S("HEALTH_DATA", r, ["มะเร็งตับระยะสุดท้าย", "หัวใจล้มเหลวเฉียบพลัน"]), "  ผลชันสูตรไม่พบสารเสพติด\n",
            "ผู้รับประโยชน์: ภรรยา ", "นาง", P(full_th(b)), " ที่อยู่ ", AD(r), "\n",
            "จ่ายเงิน 1,000,000 บาท เข้าบัญชี ", ("TH_BANK_ACCOUNT", bank_acct(r))]


@T("insurance")
def ins_vehicle_inspection_json(r):
    p = person(r)
    return ["แปลง JSON งานตรวจสภาพรถก่อนรับประกันเป็นข้อความแจ้งลูกค้า\n\n",
            '{"job": "INSP-', str(r.randint(10000, 99999)), '", "plate": "', ("TH_VEHICLE_PLATE", plate(r)), '", ',
            '"owner": "', P(full_th(p)), '", "tel": "', PH(r, "plain"), '", "photos": 8, "damage": "กันชนหน้าร้าว", ',
            '"created_ms": ', epoch_ms(r), '}']


@T("hospital")
def hos_ward_handover(r):
    a, b = person(r), person(r, "m")
    return ["สรุป handover เวรเช้าเป็นตาราง\n\n",
            "เตียง 3 ", P(a[0]), " ", P(a[1]), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), " ", S("HEALTH_DATA", r, ["post-op TKA day 2", "pneumonia on ceftriaxone", "DKA แก้ไขแล้ว"]),
            " ", S("RELIGION", r, ["มุสลิม งดหมู", "นับถืออิสลาม ขออาหารฮาลาล"]), "\n",
            "เตียง 5 ลุง", P(b[0]), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "dash")), " ", S("HEALTH_DATA", r, ["stroke ซีกซ้ายอ่อนแรง", "CHF ให้ Lasix"]),
            " ญาติ ", PH(r)]


@T("hospital")
def hos_jehovah_refusal_en(r):
    p = person(r)
    return ["Turn this into a formal note for the medico-legal file:\n\n",
            "Patient ", P(full_en(p)), " (HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "slash")), "), ",
            S("RELIGION", r, ["a Jehovah's Witness", "a practising Jehovah's Witness"]),
            ", refuses blood transfusion before ", S("HEALTH_DATA", r, ["hip replacement surgery", "hysterectomy"]),
            ". Signed refusal witnessed by nurse ", P(r.choice(PEOPLE)[2]), "."]


@T("hospital")
def hos_pdpa_access_request(r):
    p = person(r, "m")
    return ["ร่างอีเมลตอบคำขอใช้สิทธิเข้าถึงข้อมูล (DSAR) ตาม PDPA\n\n",
            "> ผมชื่อ ", P(full_th(p)), " เลขบัตร ", ID(r), " ขอสำเนาเวชระเบียนทั้งหมด HN ", ("MEDICAL_RECORD_NUMBER", hn(r)),
            " รวมถึงผลตรวจ", S("GENETIC_DATA", r, ["ยีน HLA-B*58:01", "พาหะธาลัสซีเมีย", "DNA เพื่อพิสูจน์ความเป็นบิดา"]),
            " ส่งที่ ", EM(r, p), "\n> ขอบคุณครับ"]


@T("hospital")
def hos_appointment_sms_batch(r):
    lines = []
    for _ in range(3):
        p = person(r)
        lines += [PH(r, "plain"), ",", P(p[0]), ",", f"{r.randint(1, 28)}/12/68 ", f"{r.randint(8, 15)}:00,",
                  S("HEALTH_DATA", r, ["คลินิกเบาหวาน", "คลินิกยาต้านไวรัส", "คลินิกจิตเวช", "คลินิกโรคไต"]), "\n"]
    return ["เขียน SMS template แจ้งเตือนนัดจาก CSV นี้ โดยไม่ระบุชื่อคลินิกในข้อความ\n\n",
            "phone,name,date,clinic\n", lines]


@T("pharmacy")
def pharm_drug_interaction_question(r):
    p = person(r)
    return ["I'm a pharmacist. Check interactions for this patient and answer in Thai:\n\n",
            "ผป. ", P(full_th(p)), " อายุ 58  ", S("HEALTH_DATA", r, ["AF on warfarin", "HIV on efavirenz-based ART", "epilepsy on phenytoin"]),
            " now prescribed clarithromycin. ", S("GENETIC_DATA", r, ["CYP2C9*3 carrier", "CYP2C19 poor metabolizer"]),
            ". Contact: ", PH(r)]


@T("government")
def gov_stateless_status(r):
    p = person(r)
    return ["ช่วยตรวจร่างหนังสือขอพิจารณาสถานะบุคคล (ภาษาราชการ)\n\n",
            "ข้าพเจ้า ", P(full_th(p)), " ", S("ETHNICITY", r, ["ชาวไทใหญ่", "ชาวลาหู่", "ชาวกะเหรี่ยง"]),
            " อพยพเข้ามาตั้งแต่ปี 2535 ถือบัตรเลข ", ("TH_NATIONAL_ID", nid(r, "dash", "6")),
            " อาศัยอยู่บ้านเลขที่ ", AD(r), " ขอยื่นคำร้องขอลงรายการสัญชาติไทยตามมาตรา 23"]


@T("government")
def gov_village_welfare_list(r):
    rows = []
    for _ in range(3):
        p = person(r)
        rows += ["- ", nm(r, r.choice(["title_nosp", "title"]), p=p), " ", ("TH_NATIONAL_ID", nid(r, "dash")), " ",
                 S("DISABILITY", r, ["พิการทางการเคลื่อนไหว", "พิการทางการมองเห็น", "ติดเตียง"]) if r.random() < 0.7 else "ผู้สูงอายุ",
                 "\n"]
    return ["ทำรายชื่อผู้มีสิทธิรับเบี้ยความพิการ/ผู้สูงอายุของหมู่ 5 ให้เป็นตาราง\n\n", rows,
            "ผู้รวบรวม: ผู้ใหญ่บ้าน ", P(full_th(person(r, "m"))), " โทร ", PH(r)]


@T("government")
def gov_tax_audit_email_en(r):
    p = person(r)
    return ["Summarise this thread for my boss:\n\n",
            "> From: ", P(full_en(p)), " <", EM(r, p), ">\n",
            "> The Revenue officer asked for my 2023 bank statements for account ", ("TH_BANK_ACCOUNT", bank_acct(r)),
            " and my company's VAT filings (Tax ID ", ("TH_JURISTIC_ID", juristic(r)), "). I'll send them by Friday.\n",
            "> Reply from our accountant: please also include the PND 50 and the list of directors."]


@T("government")
def gov_sso_hospital_change(r):
    p = person(r, "f")
    return ["ช่วยตอบลูกจ้างในแชทเพจประกันสังคมให้สุภาพ\n\n",
            "ลูกจ้าง: สวัสดีค่ะ ดิฉัน ", P(full_th(p)), " ", ID(r, "plain"), " อยากเปลี่ยนโรงพยาบาลประกันสังคม ",
            "เพราะต้อง", S("HEALTH_DATA", r, ["ฟอกไตสัปดาห์ละ 3 ครั้ง", "ให้คีโมทุก 3 สัปดาห์", "รักษาวัณโรคต่อเนื่อง 6 เดือน"]),
            " รพ.เดิมไกลมากค่ะ ย้ายมาอยู่ ", AD(r), " แล้วค่ะ"]


@T("government")
def gov_online_portal_log(r):
    p = person(r)
    return ["อธิบาย error นี้ให้เจ้าหน้าที่ helpdesk\n\n",
            f"2025-11-{r.randint(10, 28)}T10:2{r.randint(0, 9)}:11+07:00 ERROR eservice.dopa login_failed ",
            "pid=", ID(r, "plain"), " laser_code=JT", str(r.randint(1000000000, 9999999999)),
            " client_ip=", ("IP_ADDRESS", ipv4(r)), " reason=DOPA_MISMATCH name=", P(full_th(p))]


@T("government")
def gov_house_registration_ocr(r):
    a, b = person(r), person(r)
    return ["ข้อความนี้ OCR มาจากสำเนาทะเบียนบ้าน ช่วยจัดรูปแบบให้อ่านง่าย\n\n",
            "ทะเบียนบ้าน (ท.ร.14)  เลขรหัสประจำบ้าน ", f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}-{r.randint(1, 9)}\n",
            "ที่อยู่ ", AD(r), "\n",
            "ลำดับที่ 1  ชื่อ ", P(full_th(a)), "  เพศ ", "ชาย" if a[4] == "m" else "หญิง", "  เกิด ", DB(r, "th_long"),
            "  เลขประจำตัว ", ID(r, "dash"), "  สถานภาพ เจ้าบ้าน\n",
            "ลำดับที่ 2  ชื่อ ", P(full_th(b)), "  เพศ ", "ชาย" if b[4] == "m" else "หญิง", "  เกิด ", DB(r, "th_long"),
            "  เลขประจำตัว ", ID(r, "dash"), "  สถานภาพ ผู้อาศัย"]


@T("police")
def pol_lost_property_en(r):
    p = person(r)
    return ["Write the English version of this lost-property report for the embassy:\n\n",
            "ผู้แจ้ง ", P(full_en(p)), " สัญชาติไทย หนังสือเดินทาง ", ("TH_PASSPORT", passport(r)), " แจ้งว่ากระเป๋าหายที่สนามบิน ",
            "ภายในมีบัตรเครดิต ", ("CREDIT_CARD", card(r, "dash")), " และบัตรประชาชน ", ID(r),
            " ติดต่อกลับ ", PH(r, "intl")]


@T("police")
def pol_victim_statement_sexual(r):
    v = person(r, "f")
    return ["ช่วยเรียบเรียงคำให้การผู้เสียหายเป็นบันทึกสอบปากคำ (รักษาความลับ)\n\n",
            "ผู้เสียหาย ", "น.ส.", P(full_th(v)), " อายุ 19 ปี ให้การว่ารู้จักผู้ต้องหา ", "นาย", P(full_th(person(r, "m"))),
            " ทางแอปหาคู่ และ", S("SEXUAL_BEHAVIOUR", r, ["เคยมีเพศสัมพันธ์ด้วยความยินยอม 1 ครั้ง", "มีเพศสัมพันธ์กับผู้ต้องหาก่อนเกิดเหตุ"]),
            " ต่อมาผู้ต้องหาขู่จะเผยแพร่คลิป ผู้เสียหายติดต่อได้ที่ ", PH(r)]


@T("court")
def court_lawyer_client_intake_en(r):
    p = person(r)
    return ["Organise this intake note into headings (Facts / Risks / Next steps):\n\n",
            "Client: ", P(full_en(p)), " (nickname ", P(nick_en(r)), "), mobile ", PH(r, "intl"), ", email ", EM(r, p), ".\n",
            "Facts: client ", S("CRIMINAL_RECORD", r, CRIM_EN), ", now applying for a visa to Australia and worried it will appear. ",
            "Also ", S("HEALTH_DATA", r, ["in rehab for alcohol use disorder", "on methadone maintenance"]), " since March."]


@T("court")
def court_execution_asset_search(r):
    p = person(r)
    return ["ร่างคำแถลงขอให้เจ้าพนักงานบังคับคดียึดทรัพย์จากข้อมูลนี้\n\n",
            "ลูกหนี้ตามคำพิพากษา: ", nm(r, "title_nosp", p=p), " เลขบัตร ", ID(r), "\n",
            "ทรัพย์ที่สืบพบ: รถยนต์ ", ("TH_VEHICLE_PLATE", plate(r)), ", บัญชีเงินฝาก ", r.choice(BANKS), " ",
            ("TH_BANK_ACCOUNT", bank_acct(r)), ", ที่ดินโฉนดเลขที่ ", str(r.randint(10000, 99999)), "\n",
            "ภูมิลำเนา: ", AD(r)]


@T("school")
def sch_student_record_muslim_south(r):
    p = person(r)
    return ["ช่วยแปลระเบียนนักเรียนนี้เป็นภาษาอังกฤษเพื่อขอทุนต่างประเทศ\n\n",
            "ชื่อ ", th_title(p, r, child=True), P(full_th(p)), "  เลขประจำตัวนักเรียน ", ("STUDENT_ID", student_id(r, "school")), "\n",
            "เกิด ", DB(r, "th_long", 2010, 2012), "  ", S("RELIGION", r, ["ศาสนาอิสลาม", "นับถือศาสนาอิสลาม"]), "  ",
            S("ETHNICITY", r, ["เชื้อสายมลายู", "เชื้อชาติมลายู"]), "\n",
            "ที่อยู่ ", AD(r), "\nบิดา ", nm(r, "title", sex="m"), " อาชีพ กรีดยาง"]


@T("school")
def sch_bullying_report(r):
    a, b = person(r), person(r)
    return ["สรุปรายงานเหตุนี้ส่งเขตพื้นที่การศึกษา (ไม่ต้องใส่ชื่อเล่น)\n\n",
            "น้อง", P(nick(r)), " (", th_title(a, r, child=True), P(full_th(a)), ") ถูกเพื่อนกลุ่มหนึ่งล้อว่า",
            S("SEXUAL_BEHAVIOUR", r, ["เป็นเกย์", "ชอบเพศเดียวกัน"]), " และแกล้งในห้องน้ำ ",
            "แม่เด็กโทรมาแจ้งครู ", P(full_th(b)), " เบอร์แม่ ", PH(r)]


@T("university")
def uni_admission_portfolio(r):
    p = person(r)
    return ["Rate this TCAS portfolio summary and suggest improvements (English):\n\n",
            "Applicant: ", P(full_en(p)), ", DOB ", DB(r, "en", 2006, 2007), ", ID ", ID(r, "dash"), "\n",
            "Background: ", S("ETHNICITY", r, ["Hmong", "ethnic Karen", "Akha"]), " student from Tak; first in family to apply for university; ",
            S("DISABILITY", r, ["hearing impaired since birth", "visually impaired (low vision)"]), ".\n",
            "Achievements: national robotics finalist 2024."]


@T("university")
def uni_staff_union_email(r):
    p = person(r)
    return ["ช่วยแปลอีเมลนี้เป็นภาษาอังกฤษส่งอาจารย์ชาวต่างชาติ\n\n",
            "จาก: ", nm(r, "rom", p=p), " <", EM(r, p, "staff-demo.ac.th"), ">\n",
            "เรียนอาจารย์ทุกท่าน ผมในฐานะ", S("TRADE_UNION", r, ["ประธานสหภาพพนักงานมหาวิทยาลัย", "เลขาธิการสหภาพแรงงานพนักงานมหาวิทยาลัย"]),
            " ขอเชิญร่วมประชุมเรื่องสัญญาจ้างพนักงานมหาวิทยาลัย วันพุธนี้ 12.00 น."]


@T("university")
def uni_lab_access_iris(r):
    p = person(r)
    return ["Write a short how-to reply for this ticket:\n\n",
            "Ticket #", str(r.randint(40000, 49999)), " from ", P(full_en(p)), " (student ", ("STUDENT_ID", student_id(r, "uni")), "): ",
            "the BSL-3 lab door rejects my iris. Enrollment record: ", ("BIOMETRIC_DATA", f"IRIS:{b64(r, 36)}"),
            ". Tried from lab PC ", ("IP_ADDRESS", ipv4(r)), "."]


@T("hr")
def hr_exit_interview(r):
    p = person(r)
    return ["สรุป exit interview นี้ 3 ประเด็น\n\n",
            "พนักงาน: ", nm(r, "with_nick", p=p), " แผนกขาย 4 ปี\n",
            "เหตุผลที่ลาออก: รู้สึกถูกกดดันเพราะ", S("POLITICAL_OPINION", r, ["ไปร่วมชุมนุมของกลุ่มราษฎร", "เป็นสมาชิกพรรคประชาชน"]),
            " หัวหน้าชอบแซว และ", S("TRADE_UNION", r, ["เป็นสมาชิกสหภาพแรงงาน", "เพิ่งสมัครเข้าสหภาพแรงงาน"]),
            " แล้วไม่ได้ขึ้นเงินเดือน\nติดต่อหลังลาออก: ", PH(r), "  LINE ", ("LINE_ID", line_id(r, p))]


@T("hr")
def hr_credit_card_corporate(r):
    p = person(r)
    return ["ช่วยทำอีเมลแจ้งธนาคารยกเลิกบัตรเครดิตบริษัทของพนักงานที่ลาออก\n\n",
            "ผู้ถือบัตร: ", P(full_en(p)), " (", P(full_th(p)), ")\nหมายเลขบัตร: ", ("CREDIT_CARD", card(r, "space")),
            "\nรหัสพนักงาน ", f"EMP{r.randint(1000, 9999)}", "\nบริษัท: เลขทะเบียน ", ("TH_JURISTIC_ID", juristic(r))]


@T("hr")
def hr_medical_checkup_results(r):
    rows = []
    for _ in range(2):
        p = person(r)
        rows += [P(f"{p[1]} {p[0]}"), " | ", S("HEALTH_DATA", r, ["ไขมันสูง", "น้ำตาลสูง", "ค่าตับสูง", "ความดันสูง"]), " | ",
                 S("HEALTH_DATA", r, ["ผลปัสสาวะพบสารเสพติด", "HBsAg positive", "สายตาสั้น", "ได้ยินลดลงหูซ้าย"]), "\n"]
    return ["HR ขอให้สรุปผลตรวจสุขภาพประจำปีเป็นภาพรวมแผนก ห้ามระบุชื่อ\n\n", "ชื่อ | ผลตรวจ 1 | ผลตรวจ 2\n", rows]


@T("hr")
def hr_whistleblow_en(r):
    return ["Classify this hotline report (category, severity) and draft a response:\n\n",
            "I want to report my supervisor ", P(full_en(person(r, "m"))), " in the Rayong plant. He told the team that anyone who ",
            "joins the union will be fired, and he knows I ", S("TRADE_UNION", r, ["am a union member", "signed up for the union"]),
            ". He also mocks my colleague ", P(person(r, "f")[2]), " because she ", S("RELIGION", r, ["wears a hijab", "is Muslim"]), "."]


@T("bank")
def bank_loan_application_paste(r):
    p = person(r)
    return ["ช่วยตรวจสอบความครบถ้วนของใบสมัครสินเชื่อสวัสดิการข้าราชการนี้\n\n",
            "ผู้กู้: ", nm(r, "title", p=p), " ตำแหน่ง ครูชำนาญการ\nเลขบัตร ", ID(r), "  วันเกิด ", DB(r, "th_short"), "\n",
            "ที่อยู่ ", AD(r), "\nเงินเดือน 38,750 บาท  บัญชีรับเงินเดือน ", ("TH_BANK_ACCOUNT", bank_acct(r)), "\n",
            "ผู้ค้ำ: ", nm(r, "title"), " โทร ", PH(r)]


@T("bank")
def bank_card_dispute_chat(r):
    p = person(r)
    return ["แชทลูกค้าบัตรเครดิต ช่วยจัด intent และดึง entity ออกมา\n\n",
            "customer: hi my name is ", P(full_en(p)), "\ncustomer: there is a charge I don't recognise on my card ",
            ("CREDIT_CARD", card(r, "plain")), "\nagent: may I have your registered mobile?\ncustomer: ", PH(r, "plain"),
            "\ncustomer: it was made from ip ", ("IP_ADDRESS", ipv4(r)), " which is not me"]


@T("telecom")
def tel_sim_registration(r):
    p = r.choice(FOREIGN)
    return ["ช่วยเขียนข้อความแจ้งลูกค้าต่างชาติให้มายืนยันตัวตนซิม (ภาษาอังกฤษ)\n\n",
            "ลูกค้า: ", P(p), "  พาสปอร์ต ", ("TH_PASSPORT", passport(r, "x")), "  เบอร์ ", PH(r),
            "\nระบบยืนยันใบหน้าไม่ผ่าน: ", ("BIOMETRIC_DATA", f"liveness=FAIL face_sim=0.{r.randint(30, 55)}"), "\nสาขา: เซ็นทรัลลาดพร้าว"]


@T("government")
def gov_election_officer_en(r):
    p = person(r)
    return ["Draft a warning letter in English based on this complaint:\n\n",
            "Village election officer ", P(full_en(p)), " (ID ", ID(r, "plain"), ") was seen handing out leaflets and ",
            "is ", S("POLITICAL_OPINION", r, ["a canvasser for the Bhumjaithai Party", "a registered member of the People's Party",
                                              "an active campaigner for Pheu Thai"]),
            ", which breaches neutrality rules. Complainant asked to stay anonymous."]


@T("government")
def gov_local_council_line(r):
    a = person(r, "m")
    return ["[LINE กลุ่ม เจ้าหน้าที่ อบต.]\n",
            "ปลัดเอ: พรุ่งนี้นายก อบต. ประชุมเรื่องงบถนน ใครรับเรื่องร้องเรียนของลุง", P(a[0]), " ", P(a[1]),
            " บ้านเลขที่ ", AD(r), " บ้าง\n",
            "จ่าเบิร์ด: ผมเองครับ แกบอกว่า", S("POLITICAL_OPINION", r, ["เป็นหัวคะแนนฝ่ายตรงข้ามนายก", "สนับสนุนผู้สมัครอีกฝ่ายในการเลือกตั้ง อบต."]),
            " เลยไม่ได้ถนน แกจะไปร้อง ป.ป.ช. เบอร์แก ", PH(r), "\n\nสรุปประเด็นเพื่อเตรียมตอบข้อร้องเรียน"]
# ---- more hard negatives from the same offices -----------------------------------------------------
@T("hr", hard="SEXUAL_BEHAVIOUR")
def hr_neg_harassment_policy(r):
    return ["ช่วยย่อนโยบายนี้เป็นสไลด์ 5 หน้า\n\n",
            "นโยบายป้องกันการล่วงละเมิดและคุกคามทางเพศในที่ทำงาน: บริษัทไม่ยอมรับพฤติกรรมทางเพศที่ไม่พึงประสงค์ ",
            "ทุกรูปแบบ ไม่เลือกปฏิบัติต่อพนักงานด้วยเหตุแห่งเพศ อัตลักษณ์ทางเพศ หรือรสนิยมทางเพศ (LGBTQ+) ",
            "ผู้ถูกกระทำร้องเรียนได้ทางช่องทางลับ ethics@company-demo.co.th คณะกรรมการจะสอบสวนภายใน 30 วัน"]


@T("hospital", hard="SEXUAL_BEHAVIOUR")
def hos_neg_sexual_health_article_en(r):
    return ["Edit this patient-education leaflet for readability (English, grade 8):\n\n",
            "PrEP is a daily pill that lowers the risk of getting HIV from sex by about 99%. It is free under the ",
            "UC scheme for people at higher risk, including men who have sex with men, transgender women and sex ",
            "workers. Condoms still protect against syphilis and gonorrhoea. Get tested every 3 months."]


@T("hr", hard="DISABILITY")
def hr_neg_accessibility_checklist(r):
    return ["Turn this into a checklist table (English):\n\n",
            "Office accessibility audit items: ramps with 1:12 slope at both entrances; lift with braille buttons and ",
            "audio announcements; one accessible toilet per floor; sign-language interpreter on request for town hall ",
            "meetings; screen-reader compatible HR portal; reserved parking bays near lobby."]


@T("government", hard="POLITICAL_OPINION")
def gov_neg_political_news(r):
    return ["ช่วยสรุปข่าวนี้ 3 บรรทัด ไม่แสดงความเห็นทางการเมือง\n\n",
            "นายกรัฐมนตรี อนุทิน ชาญวีรกูล เปิดเผยหลังประชุม ครม. ว่ารัฐบาลจะเร่งรัดการแจกเงินดิจิทัลเฟส 3 ",
            "ขณะที่ นายณัฐพงษ์ เรืองปัญญาวุฒิ หัวหน้าพรรคประชาชน ในฐานะผู้นำฝ่ายค้าน ระบุว่าจะยื่นญัตติอภิปราย",
            "ไม่ไว้วางใจในสมัยประชุมหน้า ด้าน กกต. ยืนยันความพร้อมจัดการเลือกตั้ง"]


@T("police", hard="BIOMETRIC_DATA")
def pol_neg_face_camera_tor(r):
    return ["ช่วยตรวจ TOR จัดซื้อนี้ว่าขาดข้อกำหนดด้านความปลอดภัยอะไร\n\n",
            f"โครงการจัดซื้อกล้องจดจำใบหน้า {r.randint(40, 120)} ชุด วงเงิน {r.randint(20, 60)} ล้านบาท ",
            "ความแม่นยำไม่น้อยกว่า 99% ตามมาตรฐาน NIST FRVT รองรับฐานข้อมูลใบหน้า 1 ล้านรายการ ",
            "เก็บแม่แบบใบหน้าเข้ารหัส ไม่ส่งออกนอกประเทศ รับประกัน 3 ปี"]


@T("hospital", neg=True)
def hos_neg_public_figure_news(r):
    return ["Summarise this news item in one sentence:\n\n",
            "Former prime minister Thaksin Shinawatra was transferred from the Police General Hospital back to ",
            "Bangkok Remand Prison, the Corrections Department said on Tuesday. The department declined to comment ",
            "on his medical condition. Reporters gathered at the hospital gate from early morning."]


@T("government", neg=True)
def gov_neg_blank_form(r):
    return ["ช่วยแปลงแบบฟอร์มเปล่านี้เป็น Google Form (บอกประเภทคำถามแต่ละข้อ)\n\n",
            "คำร้องทั่วไป (แบบ ท.ร.31)\nชื่อ-สกุล ....................................... อายุ ....... ปี\n",
            "เลขประจำตัวประชาชน _-____-_____-__-_\nที่อยู่ บ้านเลขที่ ...... หมู่ที่ ..... ตำบล .......... ",
            "อำเภอ .......... จังหวัด ..........\nศาสนา ........  เชื้อชาติ ........  สัญชาติ ........\n",
            "เบอร์โทรศัพท์ 0__-___-____\nลงชื่อ .................... ผู้ยื่นคำร้อง"]


@T("insurance", neg=True)
def ins_neg_rate_table(r):
    return ["ทำตารางเบี้ยนี้เป็น markdown และคำนวณเบี้ยรายเดือน\n\n",
            "แผน Smart Health  อายุ 31-35: 18,450 บาท/ปี  อายุ 36-40: 21,300 บาท/ปี\n",
            "อายุ 41-45: 26,900  อายุ 46-50: 33,100  อายุ 51-55: 41,700\n",
            "ค่าห้อง 4,000/คืน  OPD 1,500/ครั้ง ไม่เกิน 30 ครั้ง  ความคุ้มครองผู้ป่วยในสูงสุด 1,000,000 บาท"]


@T("insurance", neg=True)
def ins_neg_api_code(r):
    return ["ทำไมเทสนี้ fail ครับ (Python)\n\n```python\n",
            "def test_policy_number_format():\n",
            f"    created_at = {epoch_ms(r)}  # ms\n",
            f"    policy = make_policy(seq={r.randint(100, 999)}, created_at=created_at)\n",
            "    assert policy.number == f\"HL-{created_at % 1000000:06d}\"\n",
            f"    assert policy.premium == Decimal(\"{r.randint(10, 40)},{r.randint(100, 999)}.00\")\n```"]


@T("government", neg=True)
def gov_neg_parcel_sms(r):
    return ["ข้อความนี้เป็น SMS หลอกลวงไหม\n\n",
            f"[ไปรษณีย์] พัสดุ EF{r.randint(100000000, 999999999)}TH ของท่านค้างชำระภาษีนำเข้า 39 บาท ",
            f"กรุณาชำระภายในวันนี้ที่ thpost-tax{r.randint(10, 99)}.top มิฉะนั้นพัสดุจะถูกตีกลับ"]


@T("school", neg=True)
def sch_neg_library_isbn(r):
    return ["จัดรายการหนังสือใหม่ห้องสมุดนี้เป็นบรรณานุกรม APA\n\n",
            "1. จิตวิทยาวัยรุ่น พิมพ์ครั้งที่ 5 ISBN 978-616-", f"{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(0, 9)}\n",
            "2. Thai Grammar for Beginners ISBN 978-974-", f"{r.randint(1000, 9999)}-{r.randint(10, 99)}-{r.randint(0, 9)}\n",
            "3. คู่มือสอบ O-NET ม.6 ISBN 978-616-", f"{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(0, 9)}"]


@T("university", neg=True)
def uni_neg_analytics_log(r):
    lines = [f'{{"event": "{r.choice(["page_view", "course_enroll", "video_play"])}", "course": "ECON{r.randint(100, 499)}", '
             f'"client_ts": {epoch_ms(r)}, "session": "s_{b64(r, 10)}"}}\n' for _ in range(3)]
    return ["ช่วยนับ event ต่อรายวิชาจาก log ของ LMS นี้\n\n", "".join(lines)]


@T("hr", neg=True)
def hr_neg_leave_policy_en(r):
    return ["Compare our leave policy with the Labour Protection Act and list gaps:\n\n",
            "Annual leave: 6 days after 1 year of service, up to 12 days after 5 years.\n",
            "Sick leave: up to 30 days paid per year; a medical certificate is required for 3 consecutive days.\n",
            "Maternity leave: 98 days, of which 45 days are paid by the employer.\n",
            "Religious leave: ordination leave 15 days (once), Hajj leave 30 days (once)."]


@T("court", neg=True)
def court_neg_fee_schedule(r):
    return ["อธิบายค่าธรรมเนียมศาลให้ลูกความเข้าใจง่าย\n\n",
            "คดีแพ่งทุนทรัพย์ไม่เกิน 50 ล้านบาท เสียค่าขึ้นศาลร้อยละ 2 แต่ไม่เกิน 200,000 บาท ",
            "ส่วนที่เกิน 50 ล้านบาท ร้อยละ 0.1 คดีผู้บริโภคได้รับยกเว้นค่าธรรมเนียม ",
            "ค่าส่งหมายตามระยะทาง ค่าถ่ายสำเนาหน้าละ 5 บาท การยื่นฟ้องผ่านระบบ e-Filing ทำได้ตลอด 24 ชั่วโมง"]


@T("police", neg=True)
def pol_neg_press_release_en(r):
    return ["Translate into Thai for the station's Facebook page:\n\n",
            f"Operation Safe Songkran 2025: {r.randint(1500, 2500):,} checkpoints, {r.randint(80, 120):,},000 vehicles inspected, ",
            f"{r.randint(5000, 9000):,} drunk-driving cases filed nationwide. The Royal Thai Police thanks all officers and ",
            "volunteers. Report accidents to 1193 (Highway Police)."]


@T("hospital", neg=True)
def hos_neg_hl7_sample(r):
    return ["Explain each segment of this sample HL7 message (it's from the vendor spec, dummy data):\n\n",
            f"MSH|^~\\&|HIS|DEMO|LIS|DEMO|{r.randint(2024, 2025)}1101083000||ORM^O01|MSG{r.randint(10000, 99999)}|P|2.5\n",
            "PID|1||PATIENT_ID^^^HN||LASTNAME^FIRSTNAME||YYYYMMDD|U\n",
            "ORC|NW|ORDER_NO\nOBR|1|ORDER_NO||CBC^Complete Blood Count"]


@T("pharmacy", neg=True)
def pharm_neg_drug_leaflet(r):
    return ["ช่วยเขียนฉลากยาช่วยให้ผู้สูงอายุอ่านง่าย\n\n",
            "ยาเมทฟอร์มิน 500 มิลลิกรัม รับประทานครั้งละ 1 เม็ด วันละ 2 ครั้ง หลังอาหารเช้า-เย็น ",
            "อาจมีอาการท้องเสีย คลื่นไส้ในช่วงแรก ห้ามใช้ในผู้ที่มีภาวะไตเสื่อมรุนแรง ",
            f"เก็บที่อุณหภูมิไม่เกิน 30 องศา Lot {r.randint(240000, 259999)} EXP 0{r.randint(1, 9)}/2027"]


@T("government", neg=True)
def gov_neg_sso_rates_line(r):
    return ["[LINE OA ประกันสังคม - ข้อความบรอดแคสต์]\n",
            "📢 ผู้ประกันตนมาตรา 39 ส่งเงินสมทบเดือนละ 432 บาท ชำระได้ที่เคาน์เตอร์เซอร์วิส หรือหักบัญชีอัตโนมัติ ",
            "ขาดส่ง 3 เดือนติดต่อกันสิ้นสภาพ ❗ ตรวจสอบสิทธิผ่านแอป SSO Connect\n\n",
            "ช่วยแปลงข้อความนี้เป็นภาษาอังกฤษสำหรับแรงงานต่างชาติ"]


@T("hr", neg=True)
def hr_neg_org_chart_code(r):
    return ["Refactor this function, it's slow on large org charts:\n\n```python\n",
            "def headcount(tree, dept_id):\n    total = 0\n    for node in tree[dept_id]['children']:\n",
            "        total += 1 + headcount(tree, node)\n    return total\n\n",
            f"tree = load('orgchart_{epoch_ms(r)}.json')\nprint(headcount(tree, 'D{r.randint(100, 999)}'))\n```"]


@T("school", neg=True)
def sch_neg_exam_timetable(r):
    return ["จัดตารางสอบนี้ใหม่ไม่ให้ชนกัน\n\n",
            "ม.4 คณิตศาสตร์ 3 มี.ค. 08.30-10.30 ห้อง 411\nม.4 ภาษาอังกฤษ 3 มี.ค. 09.00-11.00 ห้อง 411\n",
            "ม.5 ฟิสิกส์ 4 มี.ค. 13.00-15.00 ห้อง 512\nม.6 สังคมศึกษา 4 มี.ค. 13.00-14.30 หอประชุม"]
# ---- more Thai long-form back-office prompts ---------------------------------------------------------
@T("government")
def gov_meeting_minutes_district(r):
    a, b, c = person(r), person(r), person(r, "f")
    return ["ช่วยทำรายงานการประชุมฉบับย่อจากบันทึกนี้ (รูปแบบราชการ)\n\n",
            "การประชุมคณะกรรมการช่วยเหลือผู้ประสบภัย อำเภอ ครั้งที่ 4/2568\n",
            "ผู้เข้าประชุม: 1) นายอำเภอ (ประธาน) 2) ", "ปลัดอำเภอ ", P(f"{a[0][0]}. {a[1]}"), " 3) ", "ผอ.รพ.สต. ", P(full_th(b)), "\n",
            "วาระ 3.1 ผู้ประสบอุทกภัยหมู่ 7 จำนวน 42 ครัวเรือน รายที่ต้องเร่งช่วยเหลือคือ ", "นาง", P(full_th(c)),
            " ", S("DISABILITY", r, ["ติดเตียง", "พิการทางการเคลื่อนไหว", "ตาบอดสนิททั้งสองข้าง"]),
            " บ้านเลขที่ ", AD(r), " ให้ อบต. จัดเรือรับส่ง\nมติที่ประชุม: รับทราบ"]


@T("police")
def pol_case_file_cover(r):
    s_, o = person(r, "m"), person(r, "m")
    return ["พิมพ์ปกสำนวนใหม่ให้เรียบร้อย (OCR เพี้ยน)\n\n",
            "สำนวนการสอบสวน คดีอาญาที่ ", f"{r.randint(100, 999)}/2568", "  สภ.หาดใหญ่\n",
            "ผู้ต้องหา: ", P(f"{s_[1]} {s_[0]}"), " (กลับนามสกุล-ชื่อ ตามระบบ CRIMES)  เลขประจำตัว ", ID(r, "plain"), "\n",
            "ข้อหา: ", S("CRIMINAL_RECORD", r, ["ร่วมกันลักทรัพย์โดยใช้ยานพาหนะ", "จำหน่ายยาเสพติดประเภท 1 (ยาบ้า)", "ฉ้อโกงโดยแสดงตนเป็นบุคคลอื่น"]), "\n",
            "ของกลาง: รถกระบะ ", ("TH_VEHICLE_PLATE", plate(r, "สงขลา")), "\n",
            "พนักงานสอบสวน: ", r.choice(POLICE_RANK), P(full_th(o)), " โทร ", PH(r)]


@T("police")
def pol_missing_person_line(r):
    p = person(r)
    return ["[LINE กลุ่ม ศูนย์วิทยุ สน.บางเขน]\n",
            "ร้อยเวร: ประกาศคนหาย ", P(full_th(p)), " ชื่อเล่น", P(nick(r)), " อายุ 71 ", S("HEALTH_DATA", r, ["เป็นอัลไซเมอร์", "มีภาวะสมองเสื่อม"]),
            " ออกจากบ้าน ", AD(r), " ตั้งแต่ 6 โมงเช้า ใส่เสื้อสีฟ้า\n", "สายตรวจ 2: รับทราบครับ ญาติเบอร์อะไรครับ\n",
            "ร้อยเวร: ", PH(r), " ลูกสาวชื่อ", P(person(r, "f")[0]), "\n\nช่วยเขียนโพสต์ประกาศตามหาคนหายจากแชทนี้"]


@T("court")
def court_mediation_record(r):
    a, b = person(r), person(r)
    return ["สรุปบันทึกการไกล่เกลี่ยนี้ให้เป็นสัญญาประนีประนอมยอมความ\n\n",
            "คู่กรณี: ฝ่ายที่ 1 ", nm(r, "title", p=a), " เลขบัตร ", ID(r), "\nฝ่ายที่ 2 ", nm(r, "title", p=b), " เลขบัตร ", ID(r), "\n",
            "ฝ่ายที่ 2 ยอมชำระหนี้ 85,000 บาท ผ่อนเดือนละ 5,000 บาท เข้าบัญชี ", r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r)),
            " ของฝ่ายที่ 1 เริ่ม 5 ม.ค. 2569\nผู้ไกล่เกลี่ย: ", r.choice(ACAD_TITLE), P(full_th(person(r)))]


@T("school")
def sch_teacher_transfer_request(r):
    p = person(r)
    return ["ช่วยเขียนคำร้องขอย้ายของครูให้เหตุผลหนักแน่นขึ้น\n\n",
            "ข้าพเจ้า ", nm(r, "title_nosp", p=p), " ตำแหน่งครู วิทยฐานะชำนาญการ โรงเรียนบ้านห้วยน้ำริน ",
            "ขอย้ายไปโรงเรียนในเขตอำเภอเมือง เนื่องจากบุตรชาย", S("DISABILITY", r, ["เป็นออทิสติก", "พิการทางสติปัญญา", "มีภาวะสมองพิการ"]),
            " ต้องพบแพทย์ทุกสัปดาห์ และมารดา", S("HEALTH_DATA", r, ["ป่วยเป็นมะเร็งเต้านม", "เป็นโรคไตวายเรื้อรัง"]),
            " ภูมิลำเนา ", AD(r), " โทร ", PH(r)]


@T("school")
def sch_student_discipline_record(r):
    p = person(r, "m")
    return ["จากบันทึกนี้ ร่างหนังสือเชิญผู้ปกครองมาพบ\n\n",
            "ฝ่ายปกครอง: ", "นาย", P(full_th(p)), " ม.5/3 เลขประจำตัว ", ("STUDENT_ID", student_id(r, "school")),
            " ถูกตำรวจ", S("CRIMINAL_RECORD", r, ["จับกุมคดีแข่งรถในทาง", "ควบคุมตัวคดีพกพาอาวุธ", "จับกุมข้อหาเสพกัญชาในสถานศึกษา"]),
            " เมื่อคืนวันศุกร์ ผู้ปกครองคือ ", nm(r, "title"), " ที่อยู่ ", AD(r)]


@T("university")
def uni_scholarship_committee(r):
    a, b = person(r), person(r)
    return ["ช่วยจัดอันดับผู้สมัครทุนจากข้อมูลนี้ พร้อมเหตุผลสั้นๆ\n\n",
            "1) ", P(f"{a[1]} {a[0]}"), " รหัส ", ("STUDENT_ID", student_id(r, "uni")), " GPAX 3.71 รายได้ครอบครัว 8,000/เดือน ",
            S("ETHNICITY", r, ["ชาวกะเหรี่ยง", "ชาวลีซู", "ชาวม้ง"]), " จากอมก๋อย\n",
            "2) ", P(f"{b[1]} {b[0]}"), " รหัส ", ("STUDENT_ID", student_id(r, "uni")), " GPAX 3.45 ", S("DISABILITY", r, ["พิการทางการได้ยิน", "ใช้รถเข็นตลอดเวลา"]),
            " บิดาเสียชีวิต\n"]


@T("university")
def uni_research_ethics_consent(r):
    p = person(r)
    return ["ตรวจเอกสารแสดงความยินยอม (consent) ฉบับที่ผู้เข้าร่วมกรอกแล้วนี้ ว่ากรอกครบไหม\n\n",
            "ชื่อผู้เข้าร่วมวิจัย: ", P(full_th(p)), "  อายุ 34\nโครงการ: การศึกษายีนดื้อยาต้านวัณโรค\n",
            "ยินยอมให้เก็บตัวอย่างเลือดเพื่อ", S("GENETIC_DATA", r, ["ถอดรหัสพันธุกรรมทั้งจีโนม", "ตรวจลำดับยีน NAT2"]),
            " และ", S("BIOMETRIC_DATA", r, ["ลายนิ้วมือยืนยันตัวตน", "สแกนใบหน้ายืนยันตัวตน"]), "\nโทร ", PH(r), "  ลงชื่อ ", P(f"{p[0][0]}. {p[1]}")]


@T("hr")
def hr_probation_review_thai(r):
    p = person(r)
    return ["ช่วยเรียบเรียงแบบประเมินทดลองงาน ให้ภาษาดูเป็นมืออาชีพ\n\n",
            "ชื่อพนักงาน: ", P(f"{p[1]} {p[0]}"), " (", P(nick(r)), ")  ตำแหน่ง เจ้าหน้าที่ธุรการ\n",
            "ผลงาน: ดี ตรงเวลา\nข้อสังเกต: ขอลาละหมาดวันศุกร์เพราะ", S("RELIGION", r, ["เป็นมุสลิม", "นับถือศาสนาอิสลาม"]),
            " และขอพักเที่ยงเพิ่มช่วงรอมฎอน\nสรุป: ผ่านทดลองงาน\nผู้ประเมิน: ", nm(r, "khun")]


@T("hr")
def hr_garnishment_order(r):
    p = person(r)
    return ["HR ได้รับหมายอายัดเงินเดือน ช่วยสรุปว่าต้องทำอะไร\n\n",
            "หมายอายัดเงินเดือนของจำเลย ", nm(r, "title_nosp", p=p), " เลขประจำตัวประชาชน ", ID(r), " ",
            "ตามคดีหมายเลขแดงที่ ผบ.", f"{r.randint(1000, 9999)}/2567", " ให้นายจ้างหักเงินเดือนร้อยละ 30 ส่งกรมบังคับคดี ",
            "ทุกวันที่ 5 ของเดือน บัญชีรับเงินเดือนของลูกจ้าง ", ("TH_BANK_ACCOUNT", bank_acct(r))]


@T("hr")
def hr_payroll_sso_upload(r):
    rows = []
    for _ in range(3):
        p = person(r)
        rows += [("TH_NATIONAL_ID", nid(r, "plain")), "|", th_title(p, r), "|", P(p[0]), "|", P(p[1]), "|",
                 f"{r.randint(15000, 17500)}|{r.randint(750, 875)}\n"]
    return ["ไฟล์ส่งเงินสมทบประกันสังคม (สปส.1-10) ช่วยเช็กว่ายอดสมทบคิด 5% ถูกไหม\n\n",
            "เลขบัตร|คำนำหน้า|ชื่อ|นามสกุล|ค่าจ้าง|เงินสมทบ\n", rows]


@T("insurance")
def ins_claim_reject_letter(r):
    p = person(r)
    return ["ช่วยปรับจดหมายปฏิเสธเคลมนี้ให้นุ่มนวลขึ้น แต่ยังชัดเจน\n\n",
            "เรียน ", "คุณ", P(full_th(p)), "\n",
            "บริษัทฯ ได้พิจารณาคำเรียกร้องเลขที่ ", f"CL{r.randint(1000000, 9999999)}", " แล้ว พบว่าท่าน",
            S("HEALTH_DATA", r, ["เป็นโรคเบาหวานและความดันโลหิตสูงมาก่อนทำประกัน", "เคยรักษาโรคไตเรื้อรังก่อนวันเริ่มสัญญา"]),
            " แต่มิได้แถลงไว้ในใบคำขอ บริษัทฯ จึงขอบอกล้างสัญญา และคืนเบี้ยประกันเข้าบัญชี ", ("TH_BANK_ACCOUNT", bank_acct(r)),
            "\nจัดส่งถึง: ", AD(r)]


@T("insurance")
def ins_hospital_preauth_line(r):
    p = person(r)
    return ["[LINE กลุ่ม ประสานงานเคลม รพ. - บริษัทประกัน]\n",
            "รพ.(น้องแพรว): ขอ pre-auth ค่ะ คนไข้ ", P(full_th(p)), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), " บัตรประกัน ",
            f"GH{r.randint(100000, 999999)}", " Dx ", S("HEALTH_DATA", r, ["นิ่วในถุงน้ำดี นัดผ่าตัดส่องกล้อง", "ต้อกระจกตาขวา นัดผ่าตัด"]), "\n",
            "บริษัท(พี่โอ๋): รับเรื่องค่ะ ขอสำเนาบัตรประชาชนเลข ", ID(r, "dash"), " ด้วยนะคะ\n\nสรุปสถานะ pre-auth จากแชท"]


@T("hospital")
def hos_social_worker_note(r):
    p = person(r)
    return ["เรียบเรียงบันทึกนักสังคมสงเคราะห์นี้ให้เป็นทางการ\n\n",
            "ผู้ป่วย ", P(full_th(p)), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "slash")), " ", S("ETHNICITY", r, ["ชาวอาข่า", "ชาวมอแกน", "ชาวลาหู่"]),
            " ไม่มีสิทธิการรักษา ", S("HEALTH_DATA", r, ["คลอดก่อนกำหนด 32 สัปดาห์", "ไส้ติ่งแตก", "ปอดติดเชื้อรุนแรง"]),
            " ค่ารักษา 68,000 บาท ขอสงเคราะห์ 100% ติดต่อญาติ ", PH(r)]


@T("pharmacy")
def pharm_controlled_drug_register(r):
    p = person(r)
    return ["ช่วยตรวจบัญชีรับ-จ่ายยาเสพติดให้โทษประเภท 2 ว่าช่องไหนกรอกไม่ครบ\n\n",
            "วันที่ 12/11/68 | Morphine 10 mg inj 2 amp | ผู้ป่วย ", P(f"{p[1]} {p[0]}"), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)),
            " | ", S("HEALTH_DATA", r, ["มะเร็งตับอ่อนระยะลุกลาม", "ปวดจากมะเร็งกระดูก"]), " | ผู้สั่ง ", doctor(r),
            " | ผู้จ่าย ", P(f"{person(r)[0][0]}. {person(r)[1]}")]


@T("government")
def gov_revenue_counter_chat(r):
    p = person(r, "m")
    return ["ถอดความจากคลิปเสียงที่เคาน์เตอร์สรรพากรพื้นที่ ช่วยสรุปเป็นบันทึกการให้คำปรึกษา\n\n",
            "ผู้มาติดต่อ: ผมชื่อ", P(full_th(p)), " ครับ ขายของออนไลน์ใน Shopee เลขผู้เสียภาษี ", ("TH_NATIONAL_ID", " ".join(nid(r, "plain"))),
            " ปีที่แล้วไม่ได้ยื่นภาษีเพราะ", S("HEALTH_DATA", r, ["นอนโรงพยาบาลผ่าตัดหัวใจ", "ป่วยเป็นมะเร็งต่อมน้ำเหลือง"]),
            " ครับ จะโดนเบี้ยปรับไหม\nเจ้าหน้าที่: ต้องยื่นเพิ่มเติมค่ะ ขอเบอร์ติดต่อด้วยค่ะ\nผู้มาติดต่อ: ", PH(r)]


# ----------------------------------------------------------------------------------------------
# Build, check, write
# ----------------------------------------------------------------------------------------------
def build_rows() -> list[dict]:
    rows: list[dict] = []
    for t in TEMPLATES:
        for i in range(PROMPTS_PER_TEMPLATE):
            r = random.Random(f"freshset13:{t.name}:{i}")
            _USED.clear()
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
    random.Random("freshset13:order").shuffle(order)
    shuffled = [rows[k] for k in order]
    for n, row in enumerate(shuffled, 1):
        row["id"] = f"f13-{n:04d}"
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
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={sum(r['negative'] for r in rows)}")
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
            print(f"{args.out} is stale: rerun bench/make_freshset13.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
