"""Fifteenth blind held-out set for pdpa-guard: bench/freshset15.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md, the interface of tests/test_freshsets.py and the file-format plumbing of make_freshset10.py
only. Emphasis: sectors the earlier writers covered little -- hotels, airlines and travel agencies, real
estate and condominium management, car dealers and leasing, retail loyalty programmes, NGOs and
foundations, religious organisations (temples, mosques, churches) managing members and donations, labour
unions' own administration, political party offices, sexual and reproductive health clinics,
rehabilitation centres, elder care, disability services, security firms (CCTV, access control) and
gyms / health apps. Mixed Thai / English (about a third English-only), every register: chat, email,
forms, tables, CSV / JSON / log lines, code, SMS, OCR'd scans, call transcripts, long documents.
Negatives are hard negatives from the same sectors (policy texts, product copy, notices, statistics,
news about public figures, logs with epoch-ms timestamps, booking / order / tracking numbers).

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file (Faker is imported only to pin the environment).

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, Mr,
Dr ...); ADDRESS is one span from the house number to the postcode (or province); DATE_OF_BIRTH is the
date only; cued numbers (HN, student ID, account ...) are the number only; a plate includes the province
written right after it; s.26 spans are the shortest phrase disclosing the fact about the person.
Role mailboxes (info@, hr@, reservations@ ...) are not personal data and are left unlabelled. Public
figures in news or public facts are not labelled. s.26 is labelled only as a fact about a specific
person in the prompt (the writer included), never for a topic, policy, statistic, product or law.
Passport numbers of any nationality are labelled TH_PASSPORT (the catalogue has one passport type).

    python bench/make_freshset15.py            # (re)write bench/freshset15.jsonl
    python bench/make_freshset15.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset15.py --stats    # print coverage
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

OUT = Path(__file__).resolve().parent / "freshset15.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset15"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_GIVEN = [
    "ชุติมา", "ธนวัฒน์", "เบญจวรรณ", "สุภาพร", "วิษณุ", "กัลยา", "ณรงค์ศักดิ์", "พัชราภรณ์", "อดิศร", "รุ่งนภา",
    "สมพงษ์", "ลัดดาวัลย์", "ปกรณ์", "จารุวรรณ", "ศักดิ์ดา", "นันทนา", "ธีระ", "อรวรรณ", "บุญส่ง", "วาสนา",
    "เฉลิมชัย", "สุดารัตน์", "ทองสุข", "ประภาพร", "กฤษณะ", "มาลัย", "วรเชษฐ์", "พิไลพร", "สมบัติ", "จิตรลดา",
    "อนันต์", "ยุพิน", "ชาญวิทย์", "เพ็ญศรี", "ณัฐพล", "ศรีสุดา", "ไพศาล", "ละเอียด", "ธิติพันธ์", "กนกวรรณ",
    "สำราญ", "บังอร", "ภูริพัฒน์", "เยาวลักษณ์", "อุดม", "ฉวีวรรณ", "ทินกร", "ปราณี", "วิชัย", "สุนิสา",
]
TH_SUR = [
    "ศรีสุข", "แก้วประเสริฐ", "วงศ์ใหญ่", "ทองคำ", "จันทร์หอม", "พรหมมา", "สุขเจริญ", "บุญยืน", "ศักดิ์สิทธิ์",
    "เพชรรัตน์", "อินทร์แก้ว", "มั่นคง", "ธรรมวงศ์", "รุ่งเรืองศรี", "คงสวัสดิ์", "ปัญญาดี", "สายทอง",
    "ชัยมงคล", "หอมจันทร์", "นาคสุข", "เรืองฤทธิ์", "พูลสวัสดิ์", "ศรีวิไล", "กิตติวงศ์", "อ่อนละมัย",
    "ภูมิสุวรรณ", "แสงอรุณ", "มีสุข", "บุญประคอง", "เจริญผล", "ตั้งตระกูล", "วัฒนกุล", "สิทธิโชค",
]
TH_NICK = ["แนน", "บอย", "ต้น", "ฝน", "เก่ง", "ปุ้ย", "หนึ่ง", "ตูน", "แป้ง", "โอ๊ต", "นุ่น", "เอก", "มด", "ปลา", "จ๋า"]
ROMAN = [
    ("Chutima", "Srisuk"), ("Thanawat", "Kaewprasert"), ("Benjawan", "Wongyai"), ("Supaporn", "Thongkham"),
    ("Witsanu", "Janhom"), ("Kanlaya", "Prommas"), ("Narongsak", "Sukcharoen"), ("Patcharaporn", "Boonyuen"),
    ("Adisorn", "Saksit"), ("Rungnapa", "Petcharat"), ("Sompong", "Inkaew"), ("Pakorn", "Thammawong"),
    ("Jaruwan", "Rungruangsri"), ("Nantana", "Khongsawat"), ("Teera", "Panyadee"), ("Orawan", "Saithong"),
    ("Chalermchai", "Chaimongkol"), ("Sudarat", "Homjan"), ("Krit", "Naksuk"), ("Wasana", "Ruangrit"),
    ("Natthaphon", "Poolsawat"), ("Kanokwan", "Kittiwong"), ("Thinakorn", "Phumsuwan"), ("Sunisa", "Saengarun"),
]
ROMAN_NICK = ["Nan", "Boy", "Ton", "Fon", "Keng", "Pui", "Toon", "Paeng", "Oat", "Noon", "Ake", "Mod", "Pla",
              "Gift", "Bow", "Mew", "Pete", "Kwan"]
FOREIGN = [
    "Hiroshi Tanaka", "Yuki Nakamura", "Kim Min-jun", "Park Soo-yeon", "Rajesh Iyer", "Priya Sharma",
    "Daniel Hoffmann", "Sophie Martin", "Lucas Andersen", "Emily Carter", "Mark Sullivan", "Chloe Dupont",
    "Zhou Lan", "Huang Jiawei", "Nguyen Van Minh", "Tran Thi Hoa", "Aung Ko Ko", "Thandar Win",
    "Ahmad Faizal", "Siti Rahmah", "Oliver Grant", "Isabella Costa", "Mateo Fernández", "Hannah Schulz",
]
STAFF = ["วิไลวรรณ คงเจริญ", "ประพันธ์ ยอดดี", "สุกัญญา ใจงาม", "อำนาจ ศรีทอง", "รัชนี บุญมาก", "ธงชัย แสนดี"]


def thn(r: random.Random) -> str:
    """A Thai full name: given name + surname."""
    return f"{r.choice(TH_GIVEN)} {r.choice(TH_SUR)}"


def thg(r: random.Random) -> str:
    return r.choice(TH_GIVEN)


def rom(r: random.Random) -> str:
    g, s = r.choice(ROMAN)
    return f"{g} {s}"


def fgn(r: random.Random) -> str:
    return r.choice(FOREIGN)


def nick(r: random.Random) -> str:
    return r.choice(TH_NICK)


def ttl(r: random.Random) -> str:
    return r.choice(["นาย", "นาง", "นางสาว", "น.ส.", "คุณ"])


def ettl(r: random.Random) -> str:
    return r.choice(["Mr.", "Ms.", "Mrs.", "Mr", "Ms"])


# ----------------------------------------------------------------------------------------------
# Fabricated values
# ----------------------------------------------------------------------------------------------
def _pin_digits(r: random.Random, first: str | None = None) -> str:
    body = (first or str(r.randint(1, 8))) + "".join(str(r.randint(0, 9)) for _ in range(11))
    return body + pin.calc_check_digit(body)


def nid(r: random.Random, style: str | None = None) -> str:
    d = _pin_digits(r)
    style = style or r.choice(["dash", "plain", "space", "dash", "plain"])
    if style == "plain":
        return d
    sep = "-" if style == "dash" else " "
    return sep.join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def juristic(r: random.Random, style: str | None = None) -> str:
    body = "0" + r.choice(["105", "107", "115", "135", "505", "993", "994", "834"]) + "5" + "".join(
        str(r.randint(0, 9)) for _ in range(7))
    body = body[:12]
    d = body + moa.calc_check_digit(body)
    style = style or r.choice(["plain", "dash", "plain"])
    if style == "plain":
        return d
    return "-".join([d[0], d[1:3], d[3], d[4:7], d[7:12], d[12]])


def epoch_ms(r: random.Random, lo: int = 1_700_000_000_000, hi: int = 1_860_000_000_000) -> str:
    """A 13-digit epoch-ms timestamp (2023-2028) that happens to pass the Thai ID checksum."""
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


def _luhn_complete(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card(r: random.Random, style: str | None = None) -> str:
    prefix = r.choice(["4", "4", "52", "54", "3530", "2223", "4"])
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(15 - len(prefix)))
    d = _luhn_complete(body)
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
        s = style or r.choice(["dash", "plain", "space", "intl", "intl_plain", "dash", "dot"])
        n = d[1:]
        v = {
            "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}",
            "plain": d,
            "space": f"{d[:3]} {d[3:6]} {d[6:]}",
            "dot": f"{d[:3]}.{d[3:6]}.{d[6:]}",
            "intl": f"+66 {n[:2]} {n[2:5]} {n[5:]}",
            "intl_plain": f"+66{n}",
        }[s]
        if _valid_phone(v):
            return v


def landline(r: random.Random) -> str:
    while True:
        area = r.choice(["02", "053", "076", "038", "043", "077"])
        rest = "".join(str(r.randint(0, 9)) for _ in range(9 - len(area)))
        if area == "02":
            rest = str(r.randint(2, 9)) + rest[1:]
        d = area + rest
        v = f"02-{d[2:5]}-{d[5:]}" if area == "02" else f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if _valid_phone(v):
            return v


EMAIL_FREE = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.co.th", "icloud.com", "hotmail.co.th"]


def email(r: random.Random, person: str | None = None, domain: str | None = None) -> str:
    if person and re.fullmatch(r"[A-Za-z' -]+", person):
        parts = person.replace("'", "").replace("-", "").lower().split()
        g, s = parts[0], parts[-1]
    else:
        g, s = (x.lower() for x in r.choice(ROMAN))
    local = r.choice([f"{g}.{s}", f"{g}.{s[0]}", f"{g}{r.randint(70, 99)}", f"{g}_{s[:3]}", f"{s}.{g}",
                      f"{g[:4]}{s[:2]}{r.randint(1, 999)}"])
    return f"{local}@{domain or r.choice(EMAIL_FREE)}"


def ipv4(r: random.Random) -> str:
    while True:
        v = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
        if v.is_global:
            return str(v)


def ipv6(r: random.Random) -> str:
    return f"2001:fb1:{r.randint(0x10, 0xfff):x}:{r.randint(0x100, 0xffff):x}::{r.randint(1, 0xfff):x}"


def passport(r: random.Random, kind: str = "th") -> str:
    if kind == "th":
        return r.choice(["AA", "AB", "AC", "AD", "AE"]) + "".join(str(r.randint(0, 9)) for _ in range(7))
    if kind == "jp":
        return r.choice(["TK", "TR", "MZ"]) + "".join(str(r.randint(0, 9)) for _ in range(7))
    if kind == "mm":
        return r.choice(["MD", "ME", "MF"]) + "".join(str(r.randint(0, 9)) for _ in range(6))
    return r.choice(["C", "K", "P", "X"]) + "".join(str(r.randint(0, 9)) for _ in range(8))


BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา", "ทีทีบี", "ออมสิน", "อิสลามแห่งประเทศไทย"]
BANKS_EN = ["KBank", "SCB", "Bangkok Bank", "Krungthai", "Krungsri", "ttb", "GSB", "UOB"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(10))
    style = style or r.choice(["dash", "plain", "dash"])
    if style == "plain":
        return d
    return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"


PLATE_LETTERS = ["กค", "ขง", "ฉช", "ญฐ", "ฒณ", "ทธ", "นบ", "ปผ", "พภ", "มย", "รล", "วศ", "สห", "อฮ", "กง"]
PROVINCES = ["กรุงเทพมหานคร", "เชียงราย", "ชลบุรี", "นครปฐม", "นนทบุรี", "ภูเก็ต", "สุราษฎร์ธานี", "ปทุมธานี",
             "นครราชสีมา", "ระยอง", "สมุทรปราการ", "พิษณุโลก", "กระบี่"]


def plate(r: random.Random) -> str:
    num = str(r.randint(1, 9999))
    letters = r.choice(PLATE_LETTERS)
    prov = r.choice(PROVINCES)
    form = r.choice(["pre", "plain", "dash", "pre"])
    if form == "pre":
        core = f"{r.randint(1, 9)}{letters} {num}"
    elif form == "dash":
        core = f"{letters}-{num}"
    else:
        core = f"{letters} {num}"
    return f"{core} {prov}"


ADDR_AREAS = [
    ("แขวงสามเสนใน", "เขตพญาไท", "กรุงเทพมหานคร", "10400"),
    ("แขวงพระโขนงเหนือ", "เขตวัฒนา", "กรุงเทพฯ", "10110"),
    ("แขวงบางจาก", "เขตพระโขนง", "กรุงเทพมหานคร", "10260"),
    ("แขวงดอกไม้", "เขตประเวศ", "กรุงเทพฯ", "10250"),
    ("แขวงท่าแร้ง", "เขตบางเขน", "กรุงเทพมหานคร", "10220"),
    ("ต.ช้างเผือก", "อ.เมืองเชียงใหม่", "จ.เชียงใหม่", "50300"),
    ("ต.ในเมือง", "อ.เมืองนครราชสีมา", "จ.นครราชสีมา", "30000"),
    ("ต.ปากเกร็ด", "อ.ปากเกร็ด", "จ.นนทบุรี", "11120"),
    ("ต.กะรน", "อ.เมืองภูเก็ต", "จ.ภูเก็ต", "83100"),
    ("ต.หนองปรือ", "อ.บางละมุง", "จ.ชลบุรี", "20150"),
    ("ตำบลบางพลีใหญ่", "อำเภอบางพลี", "จังหวัดสมุทรปราการ", "10540"),
    ("ตำบลอ่าวนาง", "อำเภอเมืองกระบี่", "จังหวัดกระบี่", "81180"),
    ("ต.สะเตง", "อ.เมืองยะลา", "จ.ยะลา", "95000"),
    ("ต.เวียง", "อ.เมืองเชียงราย", "จ.เชียงราย", "57000"),
]
STREETS_BKK = ["ซอยอารีย์ 4", "ซ.สุขุมวิท 49", "ซอยอ่อนนุช 44", "ถนนพระราม 6", "ซอยวัชรพล 2", "ถนนเอกมัย"]
STREETS_PROV = ["ถ.ห้วยแก้ว", "ถนนมิตรภาพ", "ถ.สุขุมวิท", "ถนนพัทยาสาย 3", "ซอย 7", "ถ.พหลโยธิน"]
ADDR_EN = [
    ("Soi Ari 4, Phahonyothin Rd.", "Samsen Nai", "Phaya Thai", "Bangkok", "10400"),
    ("Sukhumvit 49", "Khlong Tan Nuea", "Watthana", "Bangkok", "10110"),
    ("Huay Kaew Rd.", "Chang Phueak", "Mueang Chiang Mai", "Chiang Mai", "50300"),
    ("Patak Rd.", "Karon", "Mueang Phuket", "Phuket", "83100"),
    ("Thappraya Rd.", "Nong Prue", "Bang Lamung", "Chon Buri", "20150"),
    ("Ao Nang Rd.", "Ao Nang", "Mueang Krabi", "Krabi", "81180"),
]


def house(r: random.Random) -> str:
    return r.choice([str(r.randint(1, 999)), f"{r.randint(1, 399)}/{r.randint(1, 250)}"])


def addr(r: random.Random, en: bool = False, short: bool = False) -> str:
    if en:
        st, sub, dist, prov, pc = r.choice(ADDR_EN)
        unit = r.choice(["", f"Unit {r.randint(101, 2805)}, ", f"Moo {r.randint(1, 12)}, "])
        return f"{house(r)} {unit}{st}, {sub}, {dist}, {prov} {pc}"
    t, a, p, pc = r.choice(ADDR_AREAS)
    moo = r.choice(["", f" หมู่ {r.randint(1, 14)}", f" ม.{r.randint(1, 14)}"]) if not t.startswith("แขวง") else ""
    street = r.choice(["", " " + r.choice(STREETS_BKK if t.startswith("แขวง") else STREETS_PROV)])
    if short:
        return f"{house(r)}{moo}{street} {t} {a} {p}"
    return f"{house(r)}{moo}{street} {t} {a} {p} {pc}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dob(r: random.Random, style: str | None = None, lo: int = 1950, hi: int = 2006) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    be = y + 543
    style = style or r.choice(["th_long", "th_short", "slash_be", "iso", "en", "slash_ce"])
    return {
        "th_long": f"{d} {TH_MONTHS[m - 1]} {be}",
        "th_short": f"{d} {TH_MON[m - 1]} {be}",
        "slash_be": f"{d:02d}/{m:02d}/{be}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "en": f"{d} {EN_MON[m - 1]} {y}",
        "slash_ce": f"{d:02d}/{m:02d}/{y}",
    }[style]


def student_id(r: random.Random, style: str | None = None) -> str:
    yy = r.randint(64, 68)
    style = style or r.choice(["ten", "ten", "dash", "b"])
    if style == "ten":
        return f"{yy}{r.randint(10, 99)}{r.randint(100000, 999999)}"
    if style == "dash":
        return f"{yy}-{r.randint(1000, 9999)}-{r.randint(100, 999)}"
    return f"B{yy}{r.randint(10000, 99999)}"


def hn(r: random.Random, style: str | None = None) -> str:
    yy = r.randint(58, 68)
    style = style or r.choice(["slash", "dash", "plain"])
    if style == "slash":
        return f"{r.randint(10000, 999999)}/{yy}"
    if style == "dash":
        return f"{yy}-{r.randint(10000, 999999):06d}"
    return f"{r.randint(1000000, 9999999)}"


def line_id(r: random.Random, base: str | None = None) -> str:
    b = (base or r.choice(ROMAN_NICK)).lower()
    return r.choice([f"{b}{r.randint(1, 99)}", f"{b}_{r.choice(['jaa', 'na', 'kub', 'zaa', 'ja'])}",
                     f"{b}.{r.choice(['hkt', 'cm', 'bkk', 'ry'])}{r.randint(0, 9)}", f"{b}{b[-1]}{b[-1]}",
                     f"{r.choice(['mae', 'pa', 'khun'])}{b}"])


def amount(r: random.Random, lo: int = 100, hi: int = 90000) -> str:
    return f"{r.randint(lo, hi):,}"


def ts(r: random.Random) -> str:
    return f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def thdate(r: random.Random) -> str:
    return f"{r.randint(1, 28)} {r.choice(TH_MON)} {r.choice(['68', '69', '2568', '2569'])}"


def endate(r: random.Random) -> str:
    return f"{r.randint(1, 28)} {r.choice(EN_MON)} {r.choice(['2025', '2026'])}"


def ref(r: random.Random, prefix: str = "", n: int = 8) -> str:
    return prefix + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


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
        return not re.search(r"\d|^(นาย|นาง|น\.ส\.|คุณ|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) ", span)
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


# ----------------------------------------------------------------------------------------------
# Short constructors for labelled parts
# ----------------------------------------------------------------------------------------------
def PH(v: str) -> tuple[str, str]:
    return ("PHONE_NUMBER", v)


def EM(v: str) -> tuple[str, str]:
    return ("EMAIL_ADDRESS", v)


def HD(v: str) -> tuple[str, str]:
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


def TU(v: str) -> tuple[str, str]:
    return ("TRADE_UNION", v)


def GEN(v: str) -> tuple[str, str]:
    return ("GENETIC_DATA", v)


def BIO(v: str) -> tuple[str, str]:
    return ("BIOMETRIC_DATA", v)


def NID(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("TH_NATIONAL_ID", nid(r, style))


def ADR(r: random.Random, en: bool = False, short: bool = False) -> tuple[str, str]:
    return ("ADDRESS", addr(r, en, short))


def DOB(r: random.Random, style: str | None = None, lo: int = 1950, hi: int = 2006) -> tuple[str, str]:
    return ("DATE_OF_BIRTH", dob(r, style, lo, hi))


def CARD(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("CREDIT_CARD", card(r, style))


def ACC(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("TH_BANK_ACCOUNT", bank_acct(r, style))


def PLATE(r: random.Random) -> tuple[str, str]:
    return ("TH_VEHICLE_PLATE", plate(r))


def PP(r: random.Random, kind: str = "th") -> tuple[str, str]:
    return ("TH_PASSPORT", passport(r, kind))


def HN(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("MEDICAL_RECORD_NUMBER", hn(r, style))


def LID(r: random.Random, base: str | None = None) -> tuple[str, str]:
    return ("LINE_ID", line_id(r, base))


def SID(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("STUDENT_ID", student_id(r, style))


def IP(r: random.Random, v6: bool = False) -> tuple[str, str]:
    return ("IP_ADDRESS", ipv6(r) if v6 else ipv4(r))


def JUR(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("TH_JURISTIC_ID", juristic(r, style))


HOTELS = ["Andaman Breeze Resort", "The Riverside Sathorn", "Lanna Hills Boutique Hotel", "Karon Sands Villa",
          "Baan Suan Hua Hin", "Skyline Ratchada Hotel"]
HOTELS_TH = ["โรงแรมริมน้ำสาทร", "โรงแรมล้านนาฮิลส์", "กะรนแซนด์วิลล่า", "บ้านสวนหัวหิน รีสอร์ท", "โรงแรมสกายไลน์รัชดา"]
CONDOS = ["ศุภาลัย ริเวอร์พาร์ค", "เดอะ ทรี อารีย์", "ลุมพินี วิลล์ อ่อนนุช", "ไอดีโอ สาทร-ท่าพระ", "แชปเตอร์ วัน เอกมัย"]
CARS = ["Toyota Yaris Ativ", "Honda City e:HEV", "Isuzu D-Max Hi-Lander", "BYD Atto 3", "MG ZS EV", "Toyota Hilux Revo",
        "Ford Ranger Wildtrak", "Honda HR-V"]
FOUNDATIONS = ["มูลนิธิเด็กดอย", "มูลนิธิเพื่อคนไร้รัฐ", "มูลนิธิแสงเทียนการศึกษา", "มูลนิธิพัฒนาชุมชนชายแดน"]
TEMPLES = ["วัดป่าสันติธรรม", "วัดโพธิ์ทองวนาราม", "วัดศรีสุดาราม", "วัดบางพลีน้อย"]
MOSQUES = ["มัสยิดดารุลอามาน", "มัสยิดนูรุลฮูดา", "มัสยิดบ้านสวน", "มัสยิดอัลอิสติกอมะฮ์"]
UNIONS = ["สหภาพแรงงานโรงแรมและบริการภาคใต้", "สหภาพแรงงานรถยนต์สัมพันธ์", "สหภาพแรงงานรักษาความปลอดภัยไทย",
          "สหภาพพนักงานต้อนรับบนเครื่องบิน"]
UNIONS_EN = ["Thai Cabin Crew Union", "Eastern Auto Workers' Union", "Hotel & Hospitality Workers' Union of Phuket",
             "Security Guards Workers' Federation"]


# ----------------------------------------------------------------------------------------------
# Hotels
# ----------------------------------------------------------------------------------------------
@T("hotel")
def hotel_registration_card_ocr(r: random.Random) -> list:
    name = fgn(r)
    return ["ผลลัพธ์ OCR จากบัตรลงทะเบียนแขก ช่วยจัดให้เป็น JSON ตามฟิลด์ PMS ของเรา\n",
            f"{r.choice(HOTELS).upper()}   REGISTRATION CARD   Room {r.randint(201, 1820)}\n",
            "Guest name: ", P(name), "   Nationality: ", r.choice(["JAPANESE", "GERMAN", "KOREAN", "INDIAN"]), "\n",
            "Passport No.: ", PP(r, r.choice(["jp", "other"])), "   Date of birth: ", DOB(r, "en"), "\n",
            "Home address: ", ADR(r, en=True), "\n",
            "Mobile: ", PH(mobile(r, "intl")), "  E-mail: ", EM(email(r, name)), "\n",
            "Guarantee: VISA ", CARD(r, "space"), "  exp 0", str(r.randint(1, 9)), "/2", str(r.randint(7, 9)), "\n",
            "Arr ", endate(r), "  Dep ", endate(r), "  Rate code BAR-RO"]


@T("hotel")
def hotel_guest_line_chat(r: random.Random) -> list:
    name = thn(r)
    return ["ช่วยสรุปแชท LINE OA ของโรงแรมนี้ให้ทีม F&B หน่อยค่ะ\n",
            "[ลูกค้า] สวัสดีค่ะ จองห้องไว้ในชื่อ ", P(name), " เช็คอินพรุ่งนี้นะคะ\n",
            "[ลูกค้า] ขอแจ้งว่าดิฉัน", HD(r.choice(["แพ้ถั่วลิสงรุนแรง", "แพ้อาหารทะเลรุนแรง", "แพ้กลูเตน (celiac)"])),
            " พกยา EpiPen มาด้วย รบกวนแจ้งห้องอาหารเช้าด้วยนะคะ\n",
            "[ลูกค้า] ถ้าติดต่อไม่ได้โทร ", PH(mobile(r)), " หรือแอดไลน์ ", LID(r), " ได้เลยค่ะ\n",
            "[Admin] รับทราบค่ะ ยืนยันห้อง Deluxe Pool View 2 คืนค่ะ"]


@T("hotel")
def hotel_complaint_email_wheelchair(r: random.Random) -> list:
    name = fgn(r)
    return ["Draft a polite apology reply to this guest email and propose compensation.\n\n",
            f"From: {name} <", EM(email(r, name)), ">\nSubject: Room not accessible as promised\n\n",
            "Dear Front Office Manager,\nI booked an accessible room at ", r.choice(HOTELS),
            " for 3 nights because I am a ", DIS(r.choice(["wheelchair user", "below-knee amputee", "paraplegic"])),
            ". On arrival the bathroom had a step and no grab bars. Your night manager ",
            P(rom(r)), " said nothing could be done until morning.\nPlease call me on ", PH(mobile(r, "intl")),
            ".\nRegards,\n", P(name)]


@T("hotel")
def hotel_face_checkin_kiosk_log(r: random.Random) -> list:
    name = rom(r)
    return ["ทำไม self check-in ถึงไม่ผ่าน ดู log จากตู้ K-03 ให้หน่อย\n",
            '{"ts":"', ts(r), '","kiosk":"K-03","guest":"', P(name), '","id_doc":"', NID(r, "plain"),
            '","step":"face_verify","result":"', BIO("face template mismatch score 0.41"),
            '","threshold":0.62,"retry":2,"fallback":"front_desk"}']


@T("hotel")
def hotel_hr_union_committee_letter(r: random.Random) -> list:
    name = thn(r)
    return ["ฝ่ายบุคคล", r.choice(HOTELS_TH), " ขอให้ช่วยร่างหนังสือเชิญประชุมเรื่องปรับค่าบริการ (service charge) ถึงพนักงาน\n",
            "ผู้รับ: ", ttl(r), P(name), " รหัสพนักงาน HTL-", str(r.randint(1000, 9999)), " แผนก Housekeeping\n",
            "หมายเหตุ: คุณ", P(name.split()[0]), " ", TU("เป็นกรรมการสหภาพแรงงานโรงแรม"),
            " จึงต้องเชิญเข้าร่วมในฐานะตัวแทนลูกจ้างด้วย โทรติดต่อ ", PH(mobile(r)),
            "\nขอภาษาสุภาพ ไม่เกินครึ่งหน้า"]


@T("hotel")
def hotel_group_rooming_list_halal(r: random.Random) -> list:
    a, b, c = fgn(r), rom(r), rom(r)
    return ["Please format this rooming list from our travel agent into a table and flag special meals.\n",
            "Group: ASEAN Dental Congress, arr ", endate(r), "\n",
            "1) ", P(a), " – twin with 2) ", P(b), "; ", P(b.split()[0]), " is a ", REL("practising Muslim"),
            ", halal meals only\n",
            "3) ", P(c), " – single, ", HD("lactose intolerant"), "\n",
            "Contact on site: ", PH(mobile(r, "intl")), " (tour leader)\n",
            "Billing: all rooms to master account, incidentals own account."]


@T("hotel")
def hotel_security_incident_report(r: random.Random) -> list:
    name = thn(r)
    return ["ช่วยเรียบเรียงรายงานเหตุการณ์นี้เป็นภาษาอังกฤษเพื่อส่งเครือโรงแรม\n",
            "เวลา 02.15 น. แขกห้อง ", str(r.randint(301, 1205)), " ชื่อ ", P(name),
            " มีอาการมึนเมาและทะเลาะวิวาทกับพนักงานที่ล็อบบี้ รปภ. เรียกตำรวจ สภ.กะรน มาระงับเหตุ\n",
            "ตรวจสอบพบว่าแขก", CRIM("เคยถูกจำคุกคดียาเสพติด"), " ตามที่ตำรวจแจ้ง\n",
            "รถของแขกทะเบียน ", PLATE(r), " จอดขวางทางเข้า ได้ล็อกล้อไว้\n",
            "บัตรประชาชนที่ให้ไว้ตอนเช็คอิน ", NID(r)]


@T("hotel")
def hotel_spa_intake_form(r: random.Random) -> list:
    name = thn(r)
    return ["Spa consultation form (ลูกค้ากรอกเอง) — สรุปข้อห้ามสำหรับเทอราพิสต์\n",
            "ชื่อ-สกุล: ", P(name), "  วันเกิด: ", DOB(r, "slash_be", 1975, 2000), "\n",
            "โทร: ", PH(mobile(r)), "\n",
            "ข้อมูลสุขภาพ: ", HD(r.choice(["ตั้งครรภ์ 20 สัปดาห์", "หมอนรองกระดูกทับเส้นประสาท", "เพิ่งผ่าตัดไส้ติ่งเมื่อเดือนที่แล้ว"])),
            "\nแพ้น้ำมัน: ไม่มี\nโปรแกรมที่เลือก: Thai herbal compress 90 นาที"]


@T("hotel")
def hotel_wifi_portal_log(r: random.Random) -> list:
    name = rom(r)
    return ["แขกแจ้งว่า Wi-Fi หลุดบ่อย ดู log captive portal นี้ให้หน่อยว่าเป็นอะไร\n",
            ts(r), " portal auth OK room=", str(r.randint(101, 999)), " lastname=", P(name.split()[1]),
            " mac=3c:22:fb:", f"{r.randint(16, 255):02x}:{r.randint(16, 255):02x}:{r.randint(16, 255):02x}",
            " wan_ip=", IP(r), "\n", ts(r), " session timeout idle=900s\n",
            ts(r), " reauth failed: voucher expired (plan=1DAY)"]


@T("hotel")
def hotel_lost_and_found_email(r: random.Random) -> list:
    name = fgn(r)
    return ["Write a short reply confirming we found the item and ask for shipping details.\n---\n",
            "Hi, I stayed in room ", str(r.randint(100, 999)), " last week under ", P(name),
            ". I think I left my Kindle and a blue pill box with my ", HD(r.choice(["HIV medication", "epilepsy medication",
                                                                               "insulin pens"])),
            " in the bedside drawer. Please email me at ", EM(email(r, name)), ". Thanks!"]


@T("hotel")
def hotel_guest_with_escort_report(r: random.Random) -> list:
    name = thn(r)
    return ["Night audit log (แปลเป็นอังกฤษให้ GM อ่าน):\n",
            "23:40 แขกห้อง ", str(r.randint(500, 1500)), " ", ttl(r), P(name), " ", SEX("พาพนักงานบริการทางเพศขึ้นห้อง"),
            " ไม่ได้ลงทะเบียนผู้เข้าพักเพิ่ม รปภ. ", P(thn(r)), " ขอดูบัตรประชาชนผู้มาเยือนแล้ว\n",
            "00:15 เก็บค่าผู้เข้าพักเพิ่ม 800 บาท ชำระด้วยบัตร ", CARD(r)]


@T("hotel", hard="DISABILITY")
def hotel_accessible_room_copy(r: random.Random) -> list:
    return ["Improve this web copy for our accessible rooms (EN + TH):\n",
            f"{r.choice(HOTELS)} offers {r.randint(4, 12)} accessible rooms designed for guests with reduced mobility ",
            "and wheelchair users: 90 cm doorways, roll-in showers, grab bars, lowered wardrobes, visual fire alarms for ",
            "deaf or hard-of-hearing guests and braille room numbers. Service animals welcome.\n",
            "ห้องพักสำหรับผู้พิการและผู้สูงอายุ มีทางลาดและห้องน้ำแบบไม่มีธรณีประตู จองได้ที่ reservations@",
            "riversidesathorn.com"]


@T("hotel", hard="RELIGION")
def hotel_halal_kitchen_copy(r: random.Random) -> list:
    return ["ช่วยแปลข้อความนี้เป็นภาษาอังกฤษและมลายูสำหรับเว็บไซต์\n",
            "ห้องอาหารของเราได้รับเครื่องหมายรับรองฮาลาลจากคณะกรรมการกลางอิสลามแห่งประเทศไทย เลขที่ ",
            f"{r.randint(1000, 9999)}/{r.randint(2560, 2568)} ",
            "แยกครัวและภาชนะไม่ปะปนกับอาหารที่ไม่ใช่ฮาลาล มีห้องละหมาดชั้น 2 และบอกทิศกิบลัตในทุกห้องพัก ",
            "ช่วงเดือนรอมฎอนมีบริการอาหารซะฮูร์เวลา 03.30–04.45 น."]


@T("hotel", neg=True)
def hotel_pms_night_audit_log(r: random.Random) -> list:
    return ["สรุป error ใน log night audit ของ PMS นี้\n",
            f"[{epoch_ms(r)}] audit.start property=KRN01 business_date=2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}\n",
            f"[{epoch_ms(r)}] posting room_charge folios=214 total=THB {amount(r, 300000, 900000)}\n",
            f"[{epoch_ms(r)}] WARN rate_code=PKG-BB mismatch on confirmation {ref(r, 'CNF', 9)}\n",
            "[audit.end] occupancy=87.4% ADR=3,412.50 RevPAR=2,982.52"]


@T("hotel", neg=True)
def hotel_revenue_weekly_report(r: random.Random) -> list:
    return ["เขียน insight 3 ข้อจากตารางรายได้รายสัปดาห์นี้\n",
            "Segment | Room nights | ADR (THB) | Revenue\n",
            f"OTA | {r.randint(800, 1500)} | 2,890 | {amount(r, 2000000, 4000000)}\n",
            f"Corporate | {r.randint(200, 600)} | 3,150 | {amount(r, 600000, 1800000)}\n",
            f"MICE groups | {r.randint(100, 400)} | 2,400 | {amount(r, 200000, 900000)}\n",
            "Pick-up vs last year: +6.2%. Forecast for Songkran week: 94% occupancy."]


# ----------------------------------------------------------------------------------------------
# Airlines and travel agencies
# ----------------------------------------------------------------------------------------------
@T("airline")
def airline_pnr_dump(r: random.Random) -> list:
    a, b = r.choice(ROMAN), r.choice(ROMAN)
    return ["อธิบาย PNR นี้เป็นภาษาไทยให้พนักงานใหม่เข้าใจ\n",
            f"RP/BKKTG08AA/ {ref(r, '', 6)}\n",
            "  1.", P(f"{a[1].upper()}/{a[0].upper()}"), " MR  2.", P(f"{b[1].upper()}/{b[0].upper()}"), " MS\n",
            f"  3  TG 676 Y {r.randint(10, 28)}MAR BKKNRT HK2 2345 0730\n",
            "  4 APM ", PH(mobile(r, "intl_plain")), "\n",
            "  5 APE ", EM(email(r, f"{a[0]} {a[1]}")), "\n",
            "  6 SSR DOCS TG HK1 P/THA/", PP(r), "/THA/", DOB(r, "en"), "/M/", endate(r), "\n",
            "  7 SSR WCHC TG HK1 /P2 ", DIS(r.choice(["PAX PARAPLEGIC", "PAX IMMOBILE SINCE STROKE"])), "\n",
            "  8 TK OK", f"{r.randint(1, 28):02d}APR/BKKTG08AA"]


@T("airline")
def airline_medif_form(r: random.Random) -> list:
    name = thn(r)
    return ["แปลแบบฟอร์ม MEDIF นี้เป็นภาษาอังกฤษให้ฝ่าย medical clearance\n",
            "ผู้โดยสาร: ", P(name), "  อายุ ", str(r.randint(60, 85)), " ปี\n",
            "โรงพยาบาลที่รักษา: รพ.กรุงเทพคริสเตียน HN ", HN(r), "\n",
            "การวินิจฉัย: ", HD(r.choice(["ผ่าตัดเปลี่ยนข้อสะโพกเมื่อ 10 วันก่อน", "ปอดอุดกั้นเรื้อรัง ต้องใช้ออกซิเจน 2 ลิตร/นาที",
                                          "หัวใจล้มเหลว NYHA class II"])), "\n",
            "เที่ยวบิน TG 922 BKK-FRA วันที่ ", thdate(r), " ต้องการรถเข็นถึงประตูเครื่อง\n",
            "ผู้ติดต่อ: ลูกสาว ", P(thn(r)), " ", PH(mobile(r))]


@T("travel")
def travel_agency_schengen_visa_chat(r: random.Random) -> list:
    name = thn(r)
    return ["ลูกค้าส่งเอกสารทำวีซ่าเชงเก้นมาทาง LINE ช่วยเช็คว่าขาดอะไรบ้าง\n",
            "ลูกค้า: ชื่อ ", P(name), " ค่ะ พาสปอร์ตเลข ", PP(r), " หมดอายุปี 2572\n",
            "ลูกค้า: เลขบัตรประชาชน ", NID(r), "\n",
            "ลูกค้า: ที่อยู่ตามทะเบียนบ้าน ", ADR(r), "\n",
            "ลูกค้า: statement บัญชี", r.choice(BANKS), " เลขที่ ", ACC(r), " ย้อนหลัง 6 เดือน แนบแล้วค่ะ\n",
            "ลูกค้า: ทริปไปอิตาลี 12 วัน ตั๋ว TG 944"]


@T("travel")
def travel_umrah_group_manifest(r: random.Random) -> list:
    rows = []
    for i in range(3):
        rows += [f"{i + 1} | ", P(thn(r)), " | ", PP(r), " | ", DOB(r, "slash_be", 1950, 1995), " | ",
                 REL("อิสลาม"), "\n"]
    return ["บริษัททัวร์อุมเราะห์ ขอให้ตรวจรายชื่อคณะเดินทางนี้ก่อนส่งสถานทูตซาอุฯ ว่าพาสปอร์ตครบ 9 หลักไหม\n",
            "ลำดับ | ชื่อ-สกุล | Passport | วันเกิด | ศาสนา\n", rows,
            "ออกเดินทาง ", thdate(r), " เที่ยวบิน SV 845"]


@T("airline")
def airline_lost_bag_call_transcript(r: random.Random) -> list:
    name = fgn(r)
    return ["Summarise this call transcript and list the follow-up actions.\n",
            "Agent: Thank you for calling, may I have your name?\nCaller: ", P(name),
            ". My bag didn't arrive on flight FD 3012.\n",
            "Caller: It has my son's hearing aids — he is ", DIS("profoundly deaf"), " and can't manage without them.\n",
            "Agent: I'm sorry. A callback number?\nCaller: ", PH(mobile(r, "intl")),
            ". And refund the delivery fee to the card ending... actually the full number is ", CARD(r, "plain"), ".\n",
            "Agent: File reference DMKFD", str(r.randint(10000, 99999)), " created."]


@T("airline")
def airline_crew_roster_union_note(r: random.Random) -> list:
    name = rom(r)
    return ["Rewrite this crew scheduling note more neutrally before it goes to HR:\n",
            "FA ", P(name), " (staff no. ", str(r.randint(40000, 49999)), ", ", EM(email(r, name, "crew.thaiskyair.com")),
            ") keeps swapping standby duties. Note she ", TU("sits on the cabin crew union committee"),
            " and is on protected time for union meetings every second Tuesday."]


@T("airline")
def airline_biometric_boarding_event(r: random.Random) -> list:
    name = rom(r)
    return ["ถอดความ event นี้ลงรายงานอุบัติการณ์เป็นภาษาไทย\n",
            '{"flight":"WE 271","gate":"D5","pax":"', P(name.upper()), '","doc":"', PP(r),
            '","event":"', BIO("facial biometric token matched"), '","score":0.97,"ts":"', ts(r), '"}\n',
            "Passenger claims she never consented to face enrolment."]


@T("travel")
def travel_insurance_claim_japan(r: random.Random) -> list:
    name = thn(r)
    return ["ช่วยร่างอีเมลเคลมประกันการเดินทางถึงบริษัทประกัน\n",
            "ผู้เอาประกัน ", P(name), " เลขบัตรประชาชน ", NID(r), "\n",
            "ระหว่างทัวร์โอซาก้า ลูกค้า", HD(r.choice(["ไส้ติ่งอักเสบเฉียบพลันต้องผ่าตัด", "กระดูกข้อมือหักจากการลื่นล้ม",
                                                        "ติดเชื้อไข้หวัดใหญ่ชนิด A นอนโรงพยาบาล 3 คืน"])),
            " ที่ Osaka Red Cross Hospital ค่ารักษา 412,000 เยน\n",
            "ขอให้โอนเงินเข้าบัญชี", r.choice(BANKS), " ", ACC(r), " ชื่อบัญชีเดียวกับผู้เอาประกัน"]


@T("travel")
def travel_student_exchange_docs(r: random.Random) -> list:
    name = rom(r)
    return ["เช็คใบสมัครค่ายฤดูร้อนนี้ว่าขาดช่องไหนบ้าง\n",
            "Student: ", P(name), "\nUniversity student no.: ", SID(r), "\n",
            "Passport: ", PP(r), "  DOB: ", DOB(r, "iso", 2003, 2007), "\n",
            "Parent contact: ", PH(mobile(r)), "\nProgramme: Work & Travel USA, J-1, Wisconsin Dells"]


@T("travel")
def travel_hmong_guide_profile(r: random.Random) -> list:
    name = thn(r)
    return ["ช่วยเขียนโปรไฟล์ไกด์ท้องถิ่นลงเว็บแบบสั้นๆ จากข้อมูลนี้\n",
            "ไกด์: ", P(name), " (", nick(r), ") ", ETH(r.choice(["เป็นชาวม้ง", "เป็นชาวลีซู", "เป็นชาวอาข่า"])),
            " เกิดและโตที่ดอยปุย พูดไทย อังกฤษ จีนกลางได้ เบอร์ส่วนตัว ", PH(mobile(r)),
            "\nความถนัด: เดินป่า 2 วัน 1 คืน, ทัวร์ชงกาแฟ"]


@T("airline", neg=True)
def airline_ops_delay_log(r: random.Random) -> list:
    return ["จัดกลุ่มข้อความ OCC พวกนี้ตาม delay code\n",
            f"{epoch_ms(r)} TG661 HS-TKX ETD 0105 DLY 41 (AOG hydraulic leak)\n",
            f"{epoch_ms(r)} FD3224 HS-BBQ ETD 0730 DLY 93 (late inbound)\n",
            "TG415 HS-TGW ON TIME gate C2 load 278/305\n", "WE271 HS-PPB DLY 17 catering"]


@T("airline", neg=True)
def airline_baggage_tracking_sms(r: random.Random) -> list:
    return ["Translate this automated SMS to Thai, keep the reference:\n",
            f"Your delayed bag BKKTG{r.randint(10000, 99999)} was located at HKG and will arrive on TG601 tonight. ",
            f"Tag 0217 TG {r.randint(100000, 999999)}. Track at worldtracer. Last scan {epoch_ms(r)}."]


@T("travel", neg=True)
def travel_itinerary_generic(r: random.Random) -> list:
    return ["Make this 4-day Krabi itinerary more fun for a family:\n",
            "Day 1: TG 241 BKK 07:10 – KBV 08:30, transfer to Ao Nang, check-in 14:00\n",
            "Day 2: 4-island longtail tour (THB 1,200 pp, national park fee THB 400)\n",
            "Day 3: Tiger Cave Temple 1,260 steps, Emerald Pool\n", "Day 4: FD 3128 KBV 19:45 – DMK 21:05"]


@T("travel", hard="ETHNICITY")
def travel_karen_village_tour_copy(r: random.Random) -> list:
    return ["ช่วยเขียนคำโฆษณาทัวร์ใหม่ให้ไม่เป็นการเหยียดหรือ exploit ชุมชน\n",
            "\"ทัวร์หมู่บ้านกะเหรี่ยงคอยาว ห้วยปูแกง แม่ฮ่องสอน ชมวิถีชาติพันธุ์กะยัน ถ่ายรูปกับสาวคอยาว ",
            f"ราคา {amount(r, 1500, 3900)} บาท/ท่าน รวมรถตู้ อาหารกลางวัน และค่าเข้าหมู่บ้าน\"\n",
            "กลุ่มลูกค้า: นักท่องเที่ยวยุโรป 30-50 ปี"]


@T("airline", hard="HEALTH_DATA")
def airline_medical_clearance_policy(r: random.Random) -> list:
    return ["Summarise this policy for the call-centre FAQ:\n",
            "Passengers with a medical condition that may worsen in flight, recent surgery, or who need in-flight ",
            "oxygen must submit a MEDIF at least 72 hours before departure. Pregnant passengers beyond 28 weeks need ",
            "a fit-to-fly certificate issued within 7 days; beyond 36 weeks (32 for multiple pregnancy) travel is not ",
            "accepted. Portable oxygen concentrators must be FAA-approved. Contact medical@ for queries."]


# ----------------------------------------------------------------------------------------------
# Real estate and condominium management
# ----------------------------------------------------------------------------------------------
@T("condo")
def condo_common_fee_refund_letter(r: random.Random) -> list:
    name = thn(r)
    return ["ร่างหนังสือแจ้งคืนเงินค่าส่วนกลางที่ชำระเกินให้เจ้าของร่วม\n",
            "นิติบุคคลอาคารชุด ", r.choice(CONDOS), " ทะเบียนนิติบุคคลเลขที่ ", JUR(r), "\n",
            "เรียน ", ttl(r), P(name), " เจ้าของห้องชุดเลขที่ ", f"{r.randint(1, 38)}/{r.randint(1, 40):02d}", "\n",
            "ยอดชำระเกิน ", amount(r, 1000, 25000), " บาท จะโอนคืนเข้าบัญชี", r.choice(BANKS), " เลขที่ ", ACC(r),
            " ภายใน 15 วันทำการ"]


@T("condo")
def condo_parking_sticker_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [f"{r.randint(1, 30)}{r.randint(1, 40):02d},", P(thn(r)), ",", PLATE(r), ",", PH(mobile(r, "plain")), "\n"]
    return ["Dedupe this parking sticker list and tell me which units have more than one car:\n",
            "unit,owner,plate,phone\n", rows]


@T("condo")
def condo_committee_line_summary(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return ["สรุปประเด็นจากแชทกลุ่มกรรมการนิติฯ ให้หน่อย อย่าใส่ดราม่า\n",
            "[", P(a.split()[0]), "] เรื่องเปลี่ยนบริษัท รปภ. ใครเห็นด้วยบ้าง\n",
            "[", P(b.split()[0]), "] ผมว่าอย่าให้พี่", P(a.split()[0]), "คุมเรื่องนี้เลย แก",
            POL(r.choice(["เป็นหัวคะแนนพรรคเพื่อไทย", "เป็นแกนนำ กปปส. เก่า", "เชียร์พรรคประชาชนสุดตัว"])),
            " เดี๋ยวลากการเมืองเข้ามาอีก\n",
            "[", P(a.split()[0]), "] ไม่เกี่ยวกันครับ ห้อง ", f"{r.randint(1, 30)}{r.randint(1, 40):02d}", " โหวตได้ปกติ"]


@T("real_estate")
def real_estate_mortgage_preapproval_email(r: random.Random) -> list:
    name = rom(r)
    return ["Summarise the applicant's profile for the bank's mortgage desk:\n\n",
            "Buyer: ", P(name), " (", EM(email(r, name)), ")\nThai ID: ", NID(r), "  DOB: ", DOB(r, "en", 1975, 1998),
            "\nCurrent address: ", ADR(r, en=True), "\n",
            f"Unit: 2-bed, 68 sqm, THB {amount(r, 4500000, 9900000)}, transfer planned {endate(r)}\n",
            "Monthly income THB 95,000 (salary) + 20,000 (rental), existing car loan 11,400/month."]


@T("condo")
def condo_face_access_enrolment(r: random.Random) -> list:
    name = thn(r)
    return ["ช่วยเขียนข้อความ SMS ยืนยันการลงทะเบียนให้ลูกบ้าน\n",
            "ห้อง ", f"{r.randint(1, 30)}{r.randint(1, 40):02d}", " ", P(name), " ", PH(mobile(r)), " ",
            BIO(r.choice(["ลงทะเบียนสแกนใบหน้าเรียบร้อย", "บันทึกลายนิ้วมือ 2 นิ้วเข้าระบบประตูแล้ว"])),
            " ใช้เข้าลิฟต์และที่จอดรถได้ตั้งแต่วันที่ ", thdate(r)]


@T("real_estate")
def rental_tenant_screening_chat(r: random.Random) -> list:
    name = fgn(r)
    return ["I'm a landlord. Is it legal to refuse this tenant? Details:\n",
            "Applicant ", P(name), ", passport ", PP(r, "other"), ", wants a 1-year lease on my Sukhumvit condo. ",
            "A background check says he ", CRIM(r.choice(["served 18 months in Australia for fraud",
                                                        "was convicted of drink-driving causing injury in 2021",
                                                        "has a conviction for assault in the UK"])),
            ". He can pay 6 months upfront. His phone ", PH(mobile(r, "intl")), "."]


@T("condo")
def condo_move_in_form_en(r: random.Random) -> list:
    name = fgn(r)
    return ["Fill the building's move-in checklist from this email (English form):\n",
            "Tenant: ", P(name), "\nPassport: ", PP(r, r.choice(["jp", "other"])), "\nMobile: ", PH(mobile(r, "intl")),
            "\nEmail: ", EM(email(r, name)), "\nCar: ", PLATE(r), " (rented from landlord)\n",
            "Move-in: ", endate(r), ", moving truck 09:00–12:00, service lift B"]


@T("condo", neg=True)
def condo_house_rules_notice(r: random.Random) -> list:
    return ["แปลประกาศนี้เป็นภาษาอังกฤษและจีน\n",
            "ประกาศนิติบุคคลอาคารชุด เรื่อง การใช้สระว่ายน้ำและฟิตเนส\n",
            "1. เปิดบริการ 06.00–22.00 น. ปิดทำความสะอาดทุกวันจันทร์ที่ 1 ของเดือน\n",
            "2. เด็กอายุต่ำกว่า 12 ปีต้องมีผู้ปกครองดูแล\n3. ห้ามนำสัตว์เลี้ยงและเครื่องดื่มแอลกอฮอล์\n",
            f"4. ค่าปรับกรณีฝ่าฝืน {r.choice(['500', '1,000'])} บาท\nสอบถาม juristic@", "thetreeari.com"]


@T("real_estate", neg=True)
def real_estate_listing_copy(r: random.Random) -> list:
    return ["ช่วยเขียนประกาศนี้ใหม่ให้น่าสนใจขึ้น (ภาษาอังกฤษ)\n",
            f"Listing ID RS-{r.randint(100000, 999999)} | 1 bed 35 sqm | floor {r.randint(5, 35)} | ",
            f"THB {amount(r, 2500000, 6500000)} | 450 m to BTS Ari | common fee 55 THB/sqm | ",
            "fully furnished, pool & gym, pets not allowed | freehold, foreign quota available"]


@T("condo", hard="BIOMETRIC_DATA")
def condo_access_system_policy(r: random.Random) -> list:
    return ["ตรวจร่างนโยบายนี้ว่าสอดคล้อง PDPA ไหม\n",
            "นโยบายระบบควบคุมการเข้าออกอาคาร: นิติบุคคลจะใช้เครื่องสแกนใบหน้าแทนคีย์การ์ด ",
            "ระบบเก็บเฉพาะ template ที่เข้ารหัส ไม่เก็บภาพใบหน้า ลบภายใน 30 วันหลังย้ายออก ",
            "ลูกบ้านที่ไม่ยินยอมสามารถขอคีย์การ์ดแทนได้โดยไม่มีค่าใช้จ่าย ผู้ให้บริการระบบ: ", r.choice(["ZKTeco", "Hikvision"])]


# ----------------------------------------------------------------------------------------------
# Car dealers and leasing
# ----------------------------------------------------------------------------------------------
@T("car_leasing")
def car_hire_purchase_application(r: random.Random) -> list:
    name, g = thn(r), thn(r)
    return ["ช่วยตรวจใบสมัครเช่าซื้อรถนี้และสรุปความเสี่ยงเครดิตเบื้องต้น\n",
            "ผู้เช่าซื้อ: ", P(name), "  เลขประจำตัวประชาชน: ", NID(r), "\nวันเกิด: ", DOB(r, "th_long", 1970, 2002), "\n",
            "ที่อยู่: ", ADR(r), "\nมือถือ: ", PH(mobile(r)), "\n",
            f"รถ: {r.choice(CARS)} ราคา {amount(r, 600000, 1400000)} บาท ดาวน์ 15% ผ่อน 72 งวด\n",
            "หักบัญชีอัตโนมัติ: ", r.choice(BANKS), " ", ACC(r), "\nผู้ค้ำประกัน: ", P(g), " (พี่ชาย)"]


@T("car_dealer")
def car_dealer_sales_lead_chat(r: random.Random) -> list:
    name = thn(r)
    return ["สรุป lead นี้ลง CRM ให้หน่อย\n",
            "ลูกค้า: สนใจ ", r.choice(CARS), " ครับ มีรถเก่าจะเทิร์น ทะเบียน ", PLATE(r), " ปี 2018\n",
            "เซลส์: ขอชื่อกับเบอร์ติดต่อด้วยครับ\nลูกค้า: ", P(name), " ", PH(mobile(r)), " ไลน์ ", LID(r), "\n",
            "ลูกค้า: สะดวกทดลองขับเสาร์นี้ที่โชว์รูมบางนา"]


@T("car_leasing")
def car_repossession_field_note(r: random.Random) -> list:
    name = thn(r)
    return ["เรียบเรียงบันทึกทีมติดตามรถนี้เป็นรายงานทางการ\n",
            "ลูกหนี้ ", P(name), " ค้าง 4 งวด รถทะเบียน ", PLATE(r), "\n",
            "ไปที่บ้าน ", ADR(r), " ไม่พบรถ เพื่อนบ้านบอกว่าลูกหนี้", CRIM(r.choice(["เพิ่งพ้นโทษคดีลักทรัพย์",
                                                                                  "ถูกจำคุกคดีฉ้อโกงอยู่ตอนนี้"])),
            " รถน่าจะถูกนำไปจำนำ"]


@T("car_dealer")
def car_service_booking_en(r: random.Random) -> list:
    name = rom(r)
    return ["Confirm this service appointment by email (short, friendly):\n",
            "Customer: ", ettl(r), " ", P(name), "\nEmail: ", EM(email(r, name)), "\nMobile: ", PH(mobile(r)), "\n",
            "Vehicle: ", r.choice(CARS), ", plate ", PLATE(r), ", 40,000 km service\n",
            "Slot: ", endate(r), " 09:30, waiting in lounge"]


@T("car_dealer")
def car_test_drive_waiver_en(r: random.Random) -> list:
    name = fgn(r)
    return ["ดึงข้อมูลจากใบสละสิทธิ์ทดลองขับที่สแกนมา (OCR ไม่ค่อยชัด)\n",
            "TEST DRIVE AGREEMENT  Showroom: Rama 9\nDriver name: ", P(name), "\nPassport/ID: ", PP(r, "other"),
            "  D.O.B ", DOB(r, "slash_ce", 1970, 2000), "\nIntl driving permit: yes  Tel: ", PH(mobile(r, "space")),
            "\nSignature: ______  Model: ", r.choice(CARS)]


@T("car_leasing")
def car_leasing_collection_call(r: random.Random) -> list:
    name = thn(r)
    return ["สรุปบทสนทนาโทรทวงถามหนี้นี้ และแนะนำแผนปรับโครงสร้างหนี้\n",
            "พนักงาน: สวัสดีค่ะ ขอเรียนสายคุณ", P(name), " สัญญาเลขที่ HP", str(r.randint(10**7, 10**8 - 1)), " ค่ะ\n",
            "ลูกค้า: ครับ ผมรู้ว่าค้าง 2 งวด พอดี", HD(r.choice(["ผมป่วยเป็นมะเร็งลำไส้ ต้องให้คีโมอยู่",
                                                              "ผมเส้นเลือดในสมองตีบ เพิ่งออกจากโรงพยาบาล"])),
            "\nลูกค้า: ติดต่อภรรยาผมแทนได้ที่ ", PH(mobile(r)), "\nพนักงาน: รับทราบค่ะ"]


@T("car_insurance")
def car_insurance_claim_th(r: random.Random) -> list:
    name = thn(r)
    return ["เขียนรายงานเคลมรถชนแบบสั้นจากข้อมูลนี้\n",
            "ผู้ขับขี่: ", P(name), " บัตร ปชช. ", NID(r), " ทะเบียนรถประกัน ", PLATE(r), "\n",
            "คู่กรณี: ", P(thn(r)), " ทะเบียน ", PLATE(r), "\nเหตุ: ชนท้ายที่แยกบางนา คู่กรณียอมรับผิด\n",
            "ผู้ขับขี่", HD("ได้รับบาดเจ็บกระดูกซี่โครงร้าว"), " ส่งรพ.บางนา 2"]


@T("car_dealer", neg=True)
def car_promo_copy(r: random.Random) -> list:
    return ["ช่วยย่อข้อความโปรโมชันนี้ให้เหลือ 2 บรรทัดสำหรับ SMS\n",
            f"{r.choice(CARS)} ดอกเบี้ย 0% นาน 48 เดือน หรือรับส่วนลดเงินสด {amount(r, 20000, 80000)} บาท ",
            "ฟรีประกันชั้น 1 ปีแรก ฟรีเช็คระยะ 100,000 กม. เฉพาะจองภายใน 31 มี.ค. 2569 ",
            "สอบถาม Call Center 1734 หรือ sales@ ของโชว์รูมใกล้บ้าน"]


@T("car_dealer", neg=True)
def dealer_inventory_sync_log(r: random.Random) -> list:
    return ["ทำไม record สต็อกพวกนี้ถึงถูก DMS reject\n",
            f"{epoch_ms(r)} stock=STK-{r.randint(10000, 99999)} vin=MR0BA3CD{r.randint(100000000, 999999999)} status=IN_TRANSIT\n",
            f"{epoch_ms(r)} stock=STK-{r.randint(10000, 99999)} vin=LGXCE4CB{r.randint(100000000, 999999999)} ",
            "status=DEMO error=missing colour_code\n",
            "retry_after=300s batch=44"]


@T("car_leasing", neg=True)
def car_leasing_rate_table(r: random.Random) -> list:
    return ["Turn this into a clear comparison for the brochure (EN):\n",
            "Term 48 m: flat rate 2.49% | 60 m: 2.79% | 72 m: 3.19% | 84 m: 3.59%\n",
            f"Example: car price THB {amount(r, 700000, 1200000)}, down 20%, 60 months → instalment approx. ",
            f"THB {amount(r, 11000, 19000)}/month incl. VAT. Early settlement discount per BoT rules."]


# ----------------------------------------------------------------------------------------------
# Retail loyalty programmes
# ----------------------------------------------------------------------------------------------
@T("loyalty")
def loyalty_signup_payload(r: random.Random) -> list:
    name = rom(r)
    g, s = name.split()
    return ["ช่วย validate payload สมัครสมาชิกนี้กับ schema ของเรา แล้วลิสต์ปัญหา\n",
            '{"first_name":"', P(g), '","last_name":"', P(s), '","mobile":"', PH(mobile(r, "intl_plain")),
            '","email":"', EM(email(r, name)), '","birthdate":"', DOB(r, "iso", 1960, 2005),
            '","cobrand_card":"', CARD(r, "plain"), '","signup_ip":"', IP(r), '","tier":"SILVER","consent_mkt":true}']


@T("loyalty")
def loyalty_points_dispute_email(r: random.Random) -> list:
    name = thn(r)
    return ["ร่างคำตอบลูกค้าที่ร้องเรียนเรื่องคะแนนสะสมหาย\n",
            "จาก: ", P(name), " <", EM(email(r)), ">\n",
            "ฉันเป็นสมาชิกบัตร The1 มา 10 ปี คะแนน 12,400 หายไปหลังเปลี่ยนเบอร์จาก ", PH(mobile(r)), " เป็น ",
            PH(mobile(r)), "\nใบเสร็จล่าสุดจ่ายด้วยบัตรเครดิต ", CARD(r), " ที่สาขาเซ็นทรัลพระราม 9"]


@T("loyalty")
def loyalty_pharmacy_segment(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        name = rom(r)
        rows += [P(name), ",", EM(email(r, name)), ",", PH(mobile(r, "plain")), ",",
                 HD(r.choice(["diabetic - insulin pens monthly", "hypertension - amlodipine refills",
                              "on antidepressants (sertraline)"])), "\n"]
    return ["Pharmacy loyalty: write a personalised refill reminder for each member below.\n",
            "name,email,mobile,notes\n", rows]


@T("loyalty")
def loyalty_app_login_log(r: random.Random) -> list:
    e1 = email(r)
    return ["ช่วยดูว่า log นี้เป็น credential stuffing หรือเปล่า (log จากแอปสะสมแต้ม)\n",
            ts(r), " login FAIL user=", EM(e1), " ip=", IP(r), " ua=okhttp/4.9\n",
            ts(r), " login FAIL user=", EM(email(r)), " ip=", IP(r), " ua=okhttp/4.9\n",
            ts(r), " login OK user=", EM(e1), " ip=", IP(r, v6=True), " ua=LoyaltyApp/7.2 iOS"]


@T("loyalty")
def loyalty_birthday_sms_batch(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return ["เขียน SMS อวยพรวันเกิดพร้อมคูปองให้สมาชิก 2 คนนี้ ไม่เกิน 70 ตัวอักษร\n",
            P(a), " | ", PH(mobile(r)), " | เกิด ", DOB(r, "th_short"), " | Gold\n",
            P(b), " | ", PH(mobile(r)), " | เกิด ", DOB(r, "th_short"), " | Platinum"]


@T("loyalty", neg=True)
def loyalty_terms_and_conditions(r: random.Random) -> list:
    return ["Simplify these loyalty T&Cs for the app (EN):\n",
            "Members earn 1 point per THB 25 spent. Points expire on 31 December two years after earning. ",
            f"Tier upgrade: Gold at {amount(r, 20000, 40000)} points/year, Platinum at {amount(r, 80000, 120000)}. ",
            "Points cannot be exchanged for cash. Contact 1281 or support@ for help."]


@T("loyalty", neg=True)
def loyalty_campaign_stats_json(r: random.Random) -> list:
    return ["สรุปผลแคมเปญจาก JSON นี้\n",
            '{"campaign":"SONGKRAN-X2","start_ms":', epoch_ms(r), ',"end_ms":', epoch_ms(r),
            f',"members_reached":{r.randint(100000, 900000)},"redemptions":{r.randint(5000, 40000)},',
            f'"avg_basket_thb":{r.randint(400, 1500)}.{r.randint(10, 99)},"coupon_code":"SK{r.randint(1000, 9999)}"}}']


@T("loyalty", neg=True)
def loyalty_points_code_snippet(r: random.Random) -> list:
    return ["ช่วยรีวิวฟังก์ชันนี้ การปัดเศษถูกไหม\n```python\n",
            f"TIER_CUTOFF_MS = {epoch_ms(r)}  # promo end\n",
            "def points(amount_thb: float, tier: str, now_ms: int) -> int:\n",
            "    rate = {'SILVER': 25, 'GOLD': 20, 'PLATINUM': 15}[tier]\n",
            "    base = int(amount_thb // rate)\n",
            "    return base * 2 if now_ms < TIER_CUTOFF_MS else base\n```"]


# ----------------------------------------------------------------------------------------------
# NGOs and foundations
# ----------------------------------------------------------------------------------------------
@T("ngo")
def ngo_edonation_receipt(r: random.Random) -> list:
    name = thn(r)
    return ["ช่วยตรวจข้อมูลใบเสร็จรับเงินบริจาคก่อนส่งเข้าระบบ e-Donation กรมสรรพากร\n",
            r.choice(FOUNDATIONS), " เลขประจำตัวผู้เสียภาษี ", JUR(r, "plain"), "\n",
            "ผู้บริจาค: ", ttl(r), P(name), "  เลขประจำตัวประชาชน ", NID(r, "plain"), "\n",
            "ที่อยู่: ", ADR(r), "\nจำนวนเงิน ", amount(r, 500, 50000), " บาท โอนเมื่อ ", thdate(r)]


@T("ngo")
def ngo_stateless_casework(r: random.Random) -> list:
    name = thn(r)
    return ["สรุปเคสนี้เป็นภาษาอังกฤษสำหรับรายงานผู้ให้ทุน\n",
            "ผู้รับบริการ: ", P(name), " ", ETH(r.choice(["ชาวอาข่า", "ชาวลาหู่", "ชาวไทใหญ่", "ชาวลีซู"])),
            " เกิด ", DOB(r, "th_long", 1985, 2010), " ยังไม่มีสัญชาติไทย ถือบัตรเลข ", NID(r), "\n",
            "ที่อยู่: ", ADR(r, short=True), "\nเบอร์ผู้ประสานงานหมู่บ้าน ", PH(mobile(r)), "\n",
            "สถานะ: ยื่นคำร้องขอสัญชาติตามมาตรา 7 ทวิ รอผลตรวจ DNA พิสูจน์ความสัมพันธ์กับบิดา"]


@T("ngo")
def ngo_scholarship_shortlist(r: random.Random) -> list:
    name = thn(r)
    return ["เขียนจดหมายแจ้งผลทุนการศึกษาให้นักศึกษาคนนี้\n",
            "ชื่อ: ", P(name), " รหัสนักศึกษา ", SID(r), " มหาวิทยาลัยราชภัฏเชียงราย\n",
            "ครอบครัว: บิดา ", P(thn(r)), " ", CRIM("ต้องโทษจำคุกคดียาเสพติด"), " มารดาเลี้ยงดูคนเดียว\n",
            "โอนทุนเข้าบัญชี", r.choice(BANKS), " ", ACC(r)]


@T("ngo")
def ngo_outreach_record_en(r: random.Random) -> list:
    nk = r.choice(ROMAN_NICK)
    return ["Turn these outreach notes into the donor report format (no judgement in wording):\n",
            "Client \"", P(nk), "\", 24, ", SEX(r.choice(["does sex work in Pattaya bars", "sex worker, 3-5 clients a week"])),
            ", tested ", HD("HIV positive"), " at drop-in, referred to ART at Banglamung Hospital HN ", HN(r), ".\n",
            "Phone ", PH(mobile(r)), " (ok to SMS, no voicemail)."]


@T("ngo")
def ngo_refugee_case_file(r: random.Random) -> list:
    name = r.choice(["Mohammed Rafiq", "Nur Begum", "Abdul Shukur", "Hasina Khatun"])
    return ["Draft a referral letter to the legal clinic from this case file:\n",
            "Name: ", P(name), "\nBackground: ", ETH("Rohingya"), ", ", REL("Muslim"),
            ", arrived by boat to Satun in 2023, held at IDC then released on bail\n",
            "Contact: ", PH(mobile(r, "intl")), " (via caseworker)\n",
            "Needs: asylum claim support, TB follow-up (", HD("on TB treatment month 4"), ")"]


@T("ngo")
def ngo_volunteer_signup_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        name = rom(r)
        rows += [P(name), ",", EM(email(r, name)), ",", PH(mobile(r, "dash")), ",", LID(r), ",",
                 DOB(r, "iso", 1985, 2005), "\n"]
    return ["ช่วยแบ่งกลุ่มอาสาสมัครตามช่วงอายุสำหรับทีมเก็บขยะชายหาด\n",
            "name,email,phone,line,dob\n", rows]


@T("ngo")
def ngo_legal_aid_protester(r: random.Random) -> list:
    name = thn(r)
    return ["ศูนย์ทนายความ: ช่วยร่างคำร้องขอประกันตัวจากข้อเท็จจริงนี้\n",
            "ผู้ต้องหา: ", P(name), " อายุ 22 ปี นักศึกษา\n",
            "ข้อเท็จจริง: ", POL("ร่วมชุมนุมเรียกร้องปฏิรูปสถาบัน"), " และ", CRIM("ถูกแจ้งข้อหาตามมาตรา 112 จากการปราศรัย"),
            "\nที่อยู่ติดต่อ: ", ADR(r), "\nมารดา ", P(thn(r)), " เบอร์ ", PH(mobile(r))]


@T("ngo")
def ngo_child_sponsor_update_en(r: random.Random) -> list:
    child = thg(r)
    sponsor = fgn(r)
    return ["Write a warm update letter to the sponsor from these field notes:\n",
            "Sponsor: ", P(sponsor), " (", EM(email(r, sponsor)), ")\nChild: ", P(child), ", born ",
            DOB(r, "en", 2012, 2018), ", lives at ", ADR(r, en=True), "\n",
            "Notes: passed grade 4, loves football, ", DIS("has a hearing impairment"), " and now uses hearing aids."]


@T("ngo", hard="ETHNICITY")
def ngo_annual_report_ethnic_stats(r: random.Random) -> list:
    return ["ช่วยทำกราฟแท่งจากข้อมูลรายงานประจำปีนี้\n",
            "ประชากรกลุ่มชาติพันธุ์บนพื้นที่สูงในพื้นที่ดำเนินงาน: กะเหรี่ยง ", amount(r, 20000, 60000),
            " คน, ม้ง ", amount(r, 8000, 30000), " คน, อาข่า ", amount(r, 5000, 20000), " คน, ลาหู่ ",
            amount(r, 3000, 15000), " คน\nร้อยละผู้ไม่มีสถานะทางทะเบียน 18.6% ลดลงจากปีก่อน 2.3 จุด"]


@T("ngo", neg=True)
def ngo_fundraising_copy(r: random.Random) -> list:
    return ["Make this donation appeal shorter and add a call to action (TH+EN):\n",
            "ร่วมบริจาคเพื่อสร้างห้องเรียนให้เด็กบนดอย ทุก 500 บาทช่วยซื้อหนังสือได้ 10 เล่ม ",
            "บริจาคผ่าน e-Donation ลดหย่อนภาษีได้ 2 เท่า สแกน QR หน้าเพจ หรือสอบถาม donate@ ",
            f"เป้าหมายปีนี้ {amount(r, 1000000, 5000000)} บาท ระดมได้แล้ว {r.randint(20, 80)}%"]


@T("ngo", neg=True)
def ngo_grant_budget_en(r: random.Random) -> list:
    return ["Check the arithmetic in this grant budget:\n",
            "Personnel: 2 field officers x 12 months x THB 28,000 = THB 672,000\n",
            f"Travel: {r.randint(20, 60)} village visits x THB 3,500 = THB {amount(r, 70000, 210000)}\n",
            "Materials: THB 150,000\nIndirect (10%): THB 97,200\nGrant ref: GF-2026-TH-0417"]


# ----------------------------------------------------------------------------------------------
# Religious organisations (temples, mosques, churches)
# ----------------------------------------------------------------------------------------------
@T("temple")
def temple_phapa_donor_ledger(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(thn(r)), " ", amount(r, 100, 20000), " บาท โทร ", PH(mobile(r)), "\n"]
    return ["ช่วยรวมยอดเงินทำบุญผ้าป่าสามัคคีจากรายการนี้และเรียงจากมากไปน้อย\n",
            r.choice(TEMPLES), " งานทอดผ้าป่า ", thdate(r), "\n", rows,
            "โอนเข้าบัญชีวัด ออมทรัพย์ ", r.choice(BANKS), " ชื่อบัญชีวัด"]


@T("mosque")
def mosque_member_registry(r: random.Random) -> list:
    name = thn(r)
    return ["ช่วยจัดรูปแบบข้อมูลสัปบุรุษใหม่ของมัสยิดให้เป็นตาราง\n",
            r.choice(MOSQUES), " ทะเบียนสัปบุรุษ\n",
            "ชื่อ: ", P(name), " เลขบัตร ", NID(r), " ที่อยู่ ", ADR(r, short=True), "\n",
            "หมายเหตุ: ", REL(r.choice(["เข้ารับอิสลามเมื่อปี 2562", "เปลี่ยนมานับถือศาสนาอิสลามหลังสมรส"])),
            " โทร ", PH(mobile(r))]


@T("church")
def church_baptism_certificate_ocr(r: random.Random) -> list:
    child, f, m = rom(r), rom(r), rom(r)
    return ["Transcribe this OCR'd baptism certificate into the parish database fields:\n",
            "CERTIFICATE OF BAPTISM — Holy Redeemer Church, Bangkok\nThis is to certify that ", P(child),
            "\nborn on ", DOB(r, "en", 1990, 2020), "\nchild of ", P(f), " and ", P(m), "\n",
            REL("was baptised in the Roman Catholic faith"), " on ", endate(r), "\nRegister Vol. 14, p. 227"]


@T("church")
def church_prayer_request_email(r: random.Random) -> list:
    w, h = fgn(r), fgn(r)
    return ["Please draft a short, caring reply to this prayer request for the pastoral team.\n",
            "From: ", EM(email(r, w)), "\nPastor, please pray for my husband ", P(h), ". He was ",
            HD(r.choice(["diagnosed with stage 3 lung cancer", "admitted to ICU after a heart attack",
                         "diagnosed with early-onset Alzheimer's"])),
            " last month. We would love a home visit; you can reach me on ", PH(mobile(r, "intl")), ".\n", P(w)]


@T("temple")
def temple_ordination_application(r: random.Random) -> list:
    name = thn(r)
    return ["ตรวจใบสมัครบวชเนกขัมมะ/อุปสมบทหมู่นี้ว่ากรอกครบหรือไม่\n",
            "ผู้สมัคร: ", P(name), " อายุ ", str(r.randint(20, 45)), " ปี เกิด ", DOB(r, "th_short", 1980, 2005), "\n",
            "เลขบัตรประชาชน: ", NID(r), "\nที่อยู่: ", ADR(r), "\n",
            "บิดา ", P(thn(r)), " มารดา ", P(thn(r)), " โทร ", PH(mobile(r)), "\n",
            "โรคประจำตัว: ", HD(r.choice(["ลมชัก ทานยา Valproate", "หอบหืด", "ไทรอยด์เป็นพิษ"]))]


@T("mosque")
def mosque_zakat_recipients(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return ["คณะกรรมการมัสยิดให้ช่วยสรุปรายชื่อผู้รับซะกาตรอบนี้เป็นภาษาอังกฤษ\n",
            "1. ", P(a), " ", NID(r), " ", DIS("ผู้ป่วยติดเตียง พิการทางการเคลื่อนไหว"), " บัญชี ", ACC(r), "\n",
            "2. ", P(b), " ", NID(r), " หญิงหม้ายลูก 4 คน ", REL("เพิ่งเข้ารับอิสลาม"), " บัญชี ", ACC(r)]


@T("church")
def church_small_group_chat_en(r: random.Random) -> list:
    a, b = rom(r), rom(r)
    return ["Summarise this small-group leaders' chat and suggest how to support the member, respectfully:\n",
            P(a.split()[0]), ": ", P(b), " told me in confidence they are ", SEX(r.choice(["gay and in a relationship with a man",
                                                                                      "sleeping with their partner before marriage"])),
            " and feel they can't come to church anymore.\n",
            P(a.split()[0]), ": their number is ", PH(mobile(r)), " if the pastor wants to call."]


@T("temple")
def temple_monk_hospital_referral(r: random.Random) -> list:
    name = thn(r)
    return ["ช่วยร่างหนังสือส่งตัวพระภิกษุไปโรงพยาบาลสงฆ์\n",
            "พระภิกษุ ", P(name), " ฉายา ", r.choice(["ปัญญาวโร", "ธัมมทีโป", "จันทสาโร"]), " วัด", r.choice(TEMPLES)[3:],
            " HN เดิม ", HN(r), "\nอาการ: ", HD(r.choice(["อาพาธด้วยโรคเบาหวาน ระดับน้ำตาล 380", "อาพาธไตวายเรื้อรังระยะ 4",
                                                           "อาพาธด้วยวัณโรคปอด"])),
            "\nบัตรประชาชน ", NID(r)]


@T("temple", hard="RELIGION")
def temple_makha_bucha_notice(r: random.Random) -> list:
    return ["ช่วยแปลประกาศงานวัดนี้เป็นภาษาอังกฤษสำหรับชาวต่างชาติ\n",
            f"ขอเชิญร่วมงานวันมาฆบูชา {r.choice(['3 มี.ค. 2569', 'วันอังคารที่ 3 มีนาคม 2569'])} กำหนดการ 07.00 น. ตักบาตรพระ 108 รูป ",
            "19.00 น. เวียนเทียนรอบพระอุโบสถ 3 รอบ ฟังธรรมเทศนาเรื่องโอวาทปาติโมกข์ ",
            "แต่งกายสุภาพ ชุดขาว งดเครื่องดื่มแอลกอฮอล์ ที่จอดรถมีจำกัด"]


@T("mosque", hard="RELIGION")
def mosque_ramadan_timetable(r: random.Random) -> list:
    return ["Format this Ramadan timetable as a table (EN/TH):\n",
            f"Day 1: Sahur ends 04:{r.randint(50, 59)} | Iftar 18:2{r.randint(0, 9)}\n",
            "Day 2: Sahur ends 04:49 | Iftar 18:21\nTarawih prayers nightly 20:00 at the main hall.\n",
            "Zakat al-Fitr this year: 50 THB per person, collected until Eid prayer."]


@T("church", neg=True)
def church_sunday_bulletin(r: random.Random) -> list:
    return ["Shorten this Sunday bulletin for the LINE OA broadcast:\n",
            f"Worship 10:00 | Sermon: Romans 8:{r.randint(1, 39)} 'More than conquerors'\n",
            f"Hymns 112, 348, {r.randint(100, 600)} | Offering last week: THB {amount(r, 20000, 90000)}\n",
            "Youth camp registration closes Friday. Choir practice Wed 19:30, room B2."]


# ----------------------------------------------------------------------------------------------
# Labour unions' own administration
# ----------------------------------------------------------------------------------------------
@T("union")
def union_dues_deduction_list(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [f"E{r.randint(10000, 99999)} | ", P(thn(r)), " | ", NID(r, "plain"), " | ", TU("สมาชิกสหภาพฯ"),
                 " | 120\n"]
    return ["ฝ่ายบัญชีสหภาพ: ช่วยทำไฟล์ส่งฝ่ายบุคคลให้หักค่าบำรุงสมาชิกจากเงินเดือน\n",
            "รหัสพนักงาน | ชื่อ | เลขบัตร | สถานะ | ค่าบำรุง (บาท)\n", rows]


@T("union")
def union_unfair_dismissal_grievance(r: random.Random) -> list:
    name = thn(r)
    return ["ช่วยร่างคำร้องต่อคณะกรรมการแรงงานสัมพันธ์ (ครส.) จากข้อเท็จจริงนี้\n",
            "ผู้ร้อง: ", P(name), " พนักงานฝ่ายผลิต โทร ", PH(mobile(r)), "\n",
            "ข้อเท็จจริง: ผู้ร้อง", TU(r.choice(["เป็นเลขาธิการ", "เป็นกรรมการ"]) + r.choice(UNIONS)),
            " ถูกเลิกจ้างหลังยื่นข้อเรียกร้องเพียง 5 วัน นายจ้างอ้างว่าขาดงาน"]


@T("union")
def union_strike_committee_minutes_en(r: random.Random) -> list:
    a, b = rom(r), rom(r)
    return ["Clean up these minutes for the members' newsletter:\n",
            f"{r.choice(UNIONS_EN)} – Executive Committee, {endate(r)}\n",
            "Present: ", P(a), " (", TU("union president"), "), ", P(b), " (", TU("union treasurer"), ")\n",
            "1. Strike ballot: 82% in favour. 2. Negotiation with management set for next week.\n",
            "Treasurer's mobile for strike fund questions: ", PH(mobile(r))]


@T("union")
def union_membership_application(r: random.Random) -> list:
    name = thn(r)
    return ["แปลงใบสมัครนี้เป็น JSON สำหรับระบบทะเบียนสมาชิก\n",
            "ใบสมัครสมาชิก", r.choice(UNIONS), "\n",
            "ข้าพเจ้า ", ttl(r), P(name), " ", TU("ขอสมัครเป็นสมาชิกสหภาพแรงงาน"), "\n",
            "เลขบัตรประชาชน ", NID(r), " วันเกิด ", DOB(r, "slash_be", 1970, 2004), "\n",
            "ที่อยู่ ", ADR(r), "\nโทร ", PH(mobile(r)), " LINE ", LID(r), "\n",
            "สถานประกอบการ: บริษัท ออโต้พาร์ทส์ อีสเทิร์น จำกัด ทะเบียนนิติบุคคล ", JUR(r)]


@T("union")
def union_welfare_claim(r: random.Random) -> list:
    name = thn(r)
    return ["ช่วยตรวจเอกสารขอเงินสวัสดิการสมาชิกนี้ว่าครบตามระเบียบไหม\n",
            "ผู้ขอ: ", P(name), " (", TU("สมาชิกสหภาพเลขที่ " + str(r.randint(100, 3999))), ")\n",
            "เหตุ: ", HD(r.choice(["ผ่าตัดต้อกระจกตาขวา", "นอนโรงพยาบาลด้วยไข้เลือดออก 4 วัน", "คลอดบุตรโดยการผ่าตัด"])),
            " รพ.สมุทรปราการ HN ", HN(r), "\nโอนเข้าบัญชี ", ACC(r)]


@T("union")
def union_migrant_workers_karen(r: random.Random) -> list:
    name = r.choice(["Saw Htoo Klei", "Naw Paw Say", "Saw Eh Doh", "Naw Mu Mu"])
    return ["Translate into Thai for the labour office: a new member record.\n",
            "Name: ", P(name), "\nPassport: ", PP(r, "mm"), "\nBackground: ", ETH("Karen"), ", ",
            REL("Baptist Christian"), "\nStatus: ", TU("joined the Samut Sakhon seafood workers' union"), " on ", endate(r),
            "\nPhone: ", PH(mobile(r))]


@T("union", hard="TRADE_UNION")
def union_minimum_wage_statement(r: random.Random) -> list:
    return ["ช่วยเกลาแถลงการณ์นี้ให้กระชับ\n",
            "แถลงการณ์สภาองค์การลูกจ้าง เรื่อง ค่าจ้างขั้นต่ำ ปี 2569: เครือข่ายสหภาพแรงงานทั่วประเทศเรียกร้องให้ปรับค่าจ้าง",
            f"ขั้นต่ำเป็น {r.choice(['450', '492', '500'])} บาทต่อวันเท่ากันทั่วประเทศ และให้รัฐบาลรับรองอนุสัญญา ILO ",
            "ฉบับที่ 87 และ 98 ว่าด้วยเสรีภาพในการสมาคมและการร่วมเจรจาต่อรอง"]


@T("union", hard="TRADE_UNION")
def labour_relations_act_summary_en(r: random.Random) -> list:
    return ["Summarise for HR managers (EN, bullet points):\n",
            "Under the Labour Relations Act B.E. 2518, a labour union may be registered by at least 10 employees of ",
            "the same employer or industry. An employer may not dismiss an employee because the employee has filed ",
            "a demand or is a union committee member (Section 121, 123). Penalties up to 6 months' imprisonment ",
            f"or a fine of up to THB {r.choice(['10,000', '20,000'])}."]


@T("union", neg=True)
def union_election_rules(r: random.Random) -> list:
    return ["ช่วยทำ infographic สั้นๆ จากระเบียบการเลือกตั้งกรรมการนี้\n",
            f"1. เปิดรับสมัคร {thdate(r)} ถึง {thdate(r)}\n2. ผู้สมัครต้องเป็นสมาชิกไม่น้อยกว่า 1 ปี ",
            "และไม่ค้างชำระค่าบำรุง\n3. ลงคะแนนลับ หน่วยเลือกตั้งโรงอาหาร 2 จุด 08.00–17.00 น.\n",
            "4. นับคะแนนเปิดเผยทันทีเมื่อปิดหีบ"]


# ----------------------------------------------------------------------------------------------
# Political party offices
# ----------------------------------------------------------------------------------------------
@T("party")
def party_membership_application(r: random.Random) -> list:
    name = thn(r)
    return ["ตรวจความครบถ้วนของใบสมัครสมาชิกพรรคนี้ก่อนส่ง กกต.\n",
            "ชื่อ ", P(name), " เลขประจำตัวประชาชน ", NID(r), " เกิด ", DOB(r, "th_long", 1955, 2005), "\n",
            "ที่อยู่ตามทะเบียนบ้าน ", ADR(r), " โทร ", PH(mobile(r)), "\n",
            POL(r.choice(["ขอสมัครเป็นสมาชิกพรรคประชาชน", "ขอสมัครเป็นสมาชิกพรรคภูมิใจไทย", "ขอสมัครเป็นสมาชิกพรรคเพื่อไทย"])),
            " ชำระค่าบำรุงตลอดชีพผ่านบัตร ", CARD(r)]


@T("party")
def party_donor_pledges_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        name = rom(r)
        rows += [P(name), ",", EM(email(r, name)), ",", str(r.randint(500, 20000)), ",", POL("pledged party supporter"), "\n"]
    return ["Write a thank-you email template and merge fields for these donors:\n",
            "name,email,amount_thb,status\n", rows]


@T("party")
def party_canvasser_chat(r: random.Random) -> list:
    name = thn(r)
    return ["สรุปรายงานลงพื้นที่ของอาสาสมัครให้ผู้สมัคร ส.ส. แบบเป็นข้อๆ\n",
            "อาสา: วันนี้เคาะประตูซอย 7 ได้ 40 หลัง\n",
            "อาสา: บ้านเลขที่ ", ADR(r, short=True), " ลุง", P(name), " ", POL(r.choice(["บอกว่าเชียร์พรรคฝ่ายค้านแน่นอน",
                                                                                   "บอกว่าจะเลือกพรรครัฐบาลเหมือนเดิม"])),
            " ขอเบอร์ไว้ ", PH(mobile(r)), "\nอาสา: ป้ายหาเสียงหน้าตลาดโดนลมพัดล้ม"]


@T("party")
def party_constituent_email_en(r: random.Random) -> list:
    name = fgn(r) if r.random() < 0.3 else rom(r)
    son = rom(r)
    return ["Draft a reply from the MP's office to this constituent email.\n",
            "From: ", P(name), " <", EM(email(r, name)), ">\n",
            "Dear MP, ", POL("I voted for your party"), " in the last election. My son ", P(son), " was ",
            CRIM(r.choice(["arrested for possession of 5 meth pills", "charged with drunk driving"])),
            " last week and is held at Huai Khwang police station. Can your office help? Call me on ",
            PH(mobile(r)), "."]


@T("party")
def party_event_rsvp_log(r: random.Random) -> list:
    name = rom(r)
    return ["ช่วย parse webhook RSVP นี้ และบอกว่าทำไมอีเมลยืนยันเด้งกลับ\n",
            '{"form":"townhall-khonkaen","name":"', P(name), '","email":"', EM(email(r, name)), '","phone":"',
            PH(mobile(r, "intl_plain")), '","client_ip":"', IP(r), '","smtp":"550 5.1.1 mailbox unavailable"}']


@T("party")
def party_staff_hr_note_en(r: random.Random) -> list:
    name = rom(r)
    return ["Rewrite this HR note for the party office so it focuses on conduct only:\n",
            "Staffer ", P(name), " (", EM(email(r, name, "gmail.com")), ") was seen at a rally ",
            POL("campaigning for a rival party"), " during work hours. The staffer also ",
            CRIM("has a pending defamation conviction appeal"), ". Manager: ", P(rom(r)), "."]


@T("party", hard="POLITICAL_OPINION")
def party_policy_news_summary(r: random.Random) -> list:
    return ["Summarise this news article in 3 bullets (EN):\n",
            "หัวหน้าพรรคประชาชน ณัฐพงษ์ เรืองปัญญาวุฒิ แถลงนโยบายกระจายอำนาจ เสนอให้มีการเลือกตั้งผู้ว่าราชการจังหวัดทุกจังหวัด ",
            "ขณะที่ อนุทิน ชาญวีรกูล หัวหน้าพรรคภูมิใจไทย ระบุว่าจะเดินหน้านโยบายพักหนี้เกษตรกร ",
            f"ผลสำรวจนิด้าโพลล่าสุด (n={amount(r, 1200, 2500)}) ชี้ว่าประชาชนให้ความสำคัญกับปัญหาเศรษฐกิจมากที่สุด"]


@T("party", hard="POLITICAL_OPINION")
def election_turnout_stats(r: random.Random) -> list:
    return ["ทำตารางจากตัวเลข กกต. นี้\n",
            f"General election turnout 75.71%; invalid ballots {r.randint(1, 3)}.{r.randint(10, 99)}%; ",
            "party-list seats: People's Party 39 (then Move Forward), Pheu Thai 29, Bhumjaithai 3, ",
            "United Thai Nation 13. Constituency seats total 400."]


@T("party", neg=True)
def party_rally_logistics(r: random.Random) -> list:
    return ["ทำ checklist จากบันทึกเตรียมงานปราศรัยใหญ่นี้\n",
            f"สถานที่: ลานหน้าศาลากลาง {thdate(r)} 17.00 น. เวที 8x12 ม. เครื่องเสียง 20 kW ",
            f"เต็นท์ {r.randint(10, 40)} หลัง น้ำดื่ม {amount(r, 2000, 8000)} ขวด ขออนุญาตใช้เสียงที่เทศบาลแล้ว ",
            "ประสานงานผ่าน events@ ของพรรค"]


# ----------------------------------------------------------------------------------------------
# Sexual and reproductive health clinics
# ----------------------------------------------------------------------------------------------
@T("srh_clinic")
def srh_prep_followup_note(r: random.Random) -> list:
    name = thn(r)
    return ["ช่วยสรุปโน้ตติดตาม PrEP นี้เป็นภาษาอังกฤษ\n",
            "ผู้รับบริการ ", P(name), " HN ", HN(r), " อายุ ", str(r.randint(19, 40)), " ปี\n",
            "ประวัติ: ", SEX(r.choice(["มีเพศสัมพันธ์ทางทวารหนักกับชายโดยไม่ใช้ถุงยาง", "มีคู่นอนหลายคนในเดือนที่ผ่านมา"])),
            "\nผลตรวจ: ", HD("Anti-HIV negative, creatinine ปกติ"), " จ่าย TDF/FTC 30 เม็ด นัด 3 เดือน\n",
            "โทรนัด: ", PH(mobile(r))]


@T("srh_clinic")
def srh_pregnancy_options_chat(r: random.Random) -> list:
    return ["ตอบแชทนี้แบบให้คำปรึกษาทางเลือกอย่างเป็นกลาง (คลินิกวางแผนครอบครัว)\n",
            "ผู้ใช้: หนูอายุ 19 ", HD(r.choice(["ตั้งครรภ์ได้ 9 สัปดาห์", "ตรวจครรภ์ขึ้น 2 ขีด ประจำเดือนขาด 7 สัปดาห์"])),
            " ยังไม่พร้อมค่ะ อยากปรึกษาเรื่องยุติการตั้งครรภ์\n",
            "ผู้ใช้: ชื่อ", P(thg(r)), "ค่ะ ติดต่อกลับทางไลน์ ", LID(r), " หรือ ", PH(mobile(r)), " ได้ค่ะ อย่าโทรตอนเย็นนะคะ"]


@T("srh_clinic")
def srh_sti_result_sms_en(r: random.Random) -> list:
    name = rom(r)
    return ["Rewrite this result SMS to be discreet (no diagnosis in the text):\n",
            "To ", PH(mobile(r, "intl")), ": Dear ", P(name.split()[0]), ", your ",
            HD(r.choice(["syphilis test (VDRL) is reactive", "gonorrhoea PCR is positive", "chlamydia test is positive"])),
            ". Please return to the Silom clinic within 7 days for treatment. Ref HN ", HN(r)]


@T("srh_clinic")
def srh_ivf_carrier_screening(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return ["สรุปผลให้คู่สมรสเข้าใจง่าย (คลินิกมีบุตรยาก)\n",
            "ภรรยา: ", P(a), " HN ", HN(r), " เกิด ", DOB(r, "th_short", 1985, 1996), " ",
            GEN(r.choice(["เป็นพาหะอัลฟาธาลัสซีเมีย 1 (SEA deletion)", "เป็นพาหะ Hb E"])), "\n",
            "สามี: ", P(b), " ", GEN(r.choice(["เป็นพาหะเบต้าธาลัสซีเมีย (codon 41/42)", "เป็นพาหะอัลฟาธาลัสซีเมีย 1"])), "\n",
            "แผน: ทำ PGT-M ในรอบ IVF ถัดไป"]


@T("srh_clinic")
def srh_partner_notification_en(r: random.Random) -> list:
    name = rom(r)
    return ["Draft a partner-notification script for the counsellor from this note:\n",
            "Index patient ", P(name), " (", EM(email(r, name)), "), ", HD("newly diagnosed HIV, CD4 410"), ". ",
            SEX(r.choice(["Reports 3 male sexual partners in the past month", "Reports condomless sex with 2 casual partners"])),
            ", one contactable via ", PH(mobile(r)), "."]


@T("srh_clinic")
def srh_gender_affirming_hormone(r: random.Random) -> list:
    name = thn(r)
    return ["แปลใบส่งตัวนี้เป็นภาษาอังกฤษสำหรับคลินิกปลายทาง\n",
            "ผู้รับบริการ ", P(name), " HN ", HN(r), " ", HD("ได้รับฮอร์โมน estradiol valerate 4 mg/วัน มา 2 ปี"),
            " ผลเลือด E2 210 pg/mL\nส่งต่อเพื่อประเมินผ่าตัด ติดต่อ ", EM(email(r))]


@T("srh_clinic")
def srh_vasectomy_booking_en(r: random.Random) -> list:
    name = fgn(r)
    return ["Confirm this booking by email and list pre-op instructions:\n",
            "Patient: ", P(name), ", DOB ", DOB(r, "en", 1975, 1992), ", ", EM(email(r, name)), "\n",
            "Procedure: no-scalpel vasectomy, ", HD("semen analysis to follow at 12 weeks"), "\n",
            "Payment: card ", CARD(r, "dash"), " (deposit THB 3,000)"]


@T("srh_clinic", hard="SEXUAL_BEHAVIOUR")
def srh_prep_eligibility_page(r: random.Random) -> list:
    return ["ช่วยย่อหน้าเว็บนี้ให้อ่านง่ายสำหรับวัยรุ่น\n",
            "PrEP เหมาะสำหรับผู้ที่มีความเสี่ยงสูงต่อการติดเชื้อ HIV เช่น ชายที่มีเพศสัมพันธ์กับชาย ผู้ที่มีคู่นอนหลายคน ",
            "ผู้ที่ไม่ใช้ถุงยางอนามัยสม่ำเสมอ หรือมีคู่ที่ติดเชื้อ HIV และยังตรวจพบเชื้อ ",
            f"รับบริการฟรีตามสิทธิ สปสช. ที่คลินิกกว่า {r.randint(200, 400)} แห่งทั่วประเทศ"]


@T("srh_clinic", hard="SEXUAL_BEHAVIOUR")
def sexual_health_survey_stats_en(r: random.Random) -> list:
    return ["Turn these survey findings into a slide (EN):\n",
            f"Youth sexual health survey 2025 (n={amount(r, 3000, 9000)}): {r.randint(30, 45)}% of respondents aged 15-24 ",
            "reported condomless sex in the past 6 months; 12% reported more than one partner; median age at first ",
            "sex 17.2 years. Only 38% had ever tested for HIV."]


@T("srh_clinic", hard="GENETIC_DATA")
def srh_nipt_package_prices(r: random.Random) -> list:
    return ["ทำตารางเปรียบเทียบแพ็กเกจนี้ลงโซเชียล\n",
            f"NIPT Basic (T21, T18, T13) {amount(r, 6000, 9000)} บาท | NIPT Plus (+ sex chromosome aneuploidy) ",
            f"{amount(r, 10000, 14000)} บาท | ตรวจคัดกรองพาหะธาลัสซีเมียคู่สมรส 1,800 บาท\n",
            "รู้ผลใน 7-10 วัน ความแม่นยำ >99% สำหรับ trisomy 21"]


@T("srh_clinic", hard="HEALTH_DATA")
def srh_clinic_services_hours(r: random.Random) -> list:
    return ["Translate to Thai for the clinic's Google Business profile:\n",
            "Open Mon–Sat 11:00–20:00. Walk-in HIV and syphilis testing (results in 1 hour), PEP within 72 hours, ",
            f"HPV vaccine THB {amount(r, 2500, 5000)} per dose, contraceptive implants and IUDs. ",
            "Anonymous services available; no ID needed for testing."]


# ----------------------------------------------------------------------------------------------
# Rehabilitation centres
# ----------------------------------------------------------------------------------------------
@T("rehab")
def rehab_court_ordered_admission(r: random.Random) -> list:
    name = thn(r)
    return ["ช่วยทำสรุปแรกรับผู้ป่วยบำบัดยาเสพติดนี้ให้สั้นลง\n",
            "ชื่อ ", P(name), " เลขบัตร ", NID(r), " HN ", HN(r), "\n",
            "ที่มา: ", CRIM("ศาลมีคำสั่งให้เข้ารับการบำบัดแทนการลงโทษ คดีเสพเมทแอมเฟตามีน"), "\n",
            "การวินิจฉัย: ", HD(r.choice(["ติดยาบ้า ใช้วันละ 5-10 เม็ด มีอาการหูแว่ว", "ติดไอซ์ร่วมกับสุรา มีภาวะหวาดระแวง"])),
            "\nญาติ: มารดา ", PH(mobile(r))]


@T("rehab")
def rehab_progress_note_en(r: random.Random) -> list:
    name = rom(r)
    return ["Rewrite this progress note in SOAP format:\n",
            "Client ", P(name), ", MRN ", HN(r), ". Week 3 of residential programme. ",
            HD(r.choice(["Alcohol use disorder, severe; relapsed on day pass", "Opioid use disorder on buprenorphine 8 mg",
                         "Gambling disorder with moderate depression"])),
            ". Engaged in group therapy, sleep improving. Family meeting with next of kin ", P(rom(r)), " on Friday."]


@T("rehab")
def rehab_stroke_physio_plan(r: random.Random) -> list:
    name = thn(r)
    return ["ศูนย์ฟื้นฟู: วางแผนกายภาพบำบัด 4 สัปดาห์ จากข้อมูลนี้\n",
            ttl(r), P(name), " อายุ ", str(r.randint(55, 80)), " ปี HN ", HN(r), "\n",
            DIS(r.choice(["อัมพาตครึ่งซีกขวา", "อ่อนแรงครึ่งซีกซ้าย เดินไม่ได้"])), " หลัง", HD("เส้นเลือดสมองตีบ"), " เมื่อ 6 สัปดาห์ก่อน\n",
            "ผู้ดูแล: ลูกสาว ", P(thn(r)), " โทร ", PH(mobile(r))]


@T("rehab")
def rehab_family_enquiry_email_en(r: random.Random) -> list:
    sender, pat = fgn(r), fgn(r)
    return ["Reply to this family enquiry without disclosing anything we are not allowed to.\n",
            "From: ", P(sender), " <", EM(email(r, sender)), ">\n",
            "My partner ", P(pat), " was admitted to your Hua Hin centre last week. My partner ",
            HD(r.choice(["has bipolar disorder and stopped lithium", "is detoxing from alcohol and had a seizure in 2022"])),
            ". Could someone update me? My number is ", PH(mobile(r, "intl")), "."]


@T("rehab")
def rehab_invoice_payment(r: random.Random) -> list:
    name = rom(r)
    return ["Create a payment reminder email from this billing record (EN):\n",
            "Patient: ", P(name), " | HN ", HN(r), " | 28-day programme THB ", amount(r, 250000, 600000), "\n",
            "Deposit paid by card ", CARD(r), "; balance due by bank transfer. Refund account on file: ",
            r.choice(BANKS_EN), " ", ACC(r)]


@T("rehab")
def rehab_parolee_intake_en(r: random.Random) -> list:
    name = rom(r)
    return ["Summarise this intake for the halfway-house case conference:\n",
            "Resident: ", P(name), " | Thai ID ", NID(r), " | DOB ", DOB(r, "en", 1975, 1999), "\n",
            "History: ", CRIM(r.choice(["released on parole after 4 years for drug trafficking",
                                        "served 3 years for robbery, released March"])),
            "; ", HD("hepatitis C, treated"), ". Probation officer: ", P(rom(r)), "."]


@T("rehab", hard="CRIMINAL_RECORD")
def rehab_compulsory_treatment_law(r: random.Random) -> list:
    return ["สรุปหลักกฎหมายนี้ให้เจ้าหน้าที่ศูนย์ฟื้นฟูใหม่อ่าน\n",
            "ตามประมวลกฎหมายยาเสพติด ผู้เสพที่สมัครใจเข้ารับการบำบัดก่อนถูกดำเนินคดีไม่ถือว่ามีความผิด ",
            "ส่วนผู้ต้องหาคดีเสพที่ศาลเห็นสมควรอาจสั่งให้เข้ารับการบำบัดฟื้นฟูแทนการลงโทษ ",
            f"ระยะเวลาบำบัดไม่เกิน {r.choice(['6', '12'])} เดือน หากผ่านการบำบัดแล้วให้ถือว่าไม่เคยต้องคำพิพากษา"]


@T("rehab", neg=True)
def rehab_bed_occupancy_metrics(r: random.Random) -> list:
    return ["อธิบายแนวโน้มของตัวเลขเหล่านี้\n",
            f"snapshot_ms={epoch_ms(r)} beds=60 occupied={r.randint(40, 60)} waitlist={r.randint(5, 25)}\n",
            f"snapshot_ms={epoch_ms(r)} beds=60 occupied={r.randint(40, 60)} waitlist={r.randint(5, 25)}\n",
            "avg_length_of_stay_days=31.4 completion_rate=0.68"]


# ----------------------------------------------------------------------------------------------
# Elder care
# ----------------------------------------------------------------------------------------------
@T("elder_care")
def eldercare_admission_form(r: random.Random) -> list:
    name = thn(r)
    return ["บ้านพักผู้สูงอายุ: ช่วยสรุปใบรับเข้าพักนี้สำหรับพยาบาลเวร\n",
            "ผู้พัก: ", ttl(r), P(name), " เกิด ", DOB(r, "th_long", 1930, 1955), " เลขบัตร ", NID(r), "\n",
            "โรคประจำตัว: ", HD(r.choice(["สมองเสื่อมระยะกลาง (Alzheimer)", "พาร์กินสัน ทานยา Levodopa", "ไตวายเรื้อรัง ฟอกไตสัปดาห์ละ 2 ครั้ง"])),
            "\nผู้ติดต่อ: บุตร ", P(thn(r)), " ", PH(mobile(r)), " ที่อยู่ ", ADR(r)]


@T("elder_care")
def eldercare_mar_table_en(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        rows += ["Rm ", str(r.randint(101, 130)), " | ", P(rom(r)), " | MRN ", HN(r), " | ",
                 HD(r.choice(["Donepezil 10 mg (Alzheimer's)", "Warfarin 3 mg (atrial fibrillation)",
                              "Metformin 500 mg bid (type 2 diabetes)"])), "\n"]
    return ["ช่วยเช็คตารางบันทึกการให้ยานี้ว่ามียามื้อดึกที่ยังไม่ได้เซ็นไหม\n",
            "Room | Resident | MRN | Medication\n", rows, "Night shift: 2 doses not signed."]


@T("elder_care")
def eldercare_fall_incident(r: random.Random) -> list:
    name = thn(r)
    return ["ช่วยเขียนรายงานอุบัติการณ์ผู้สูงอายุหกล้มเพื่อแจ้งญาติ\n",
            "ผู้พัก: ", P(name), " HN ", HN(r), " ", DIS(r.choice(["ตาบอดข้างซ้าย", "หูตึงทั้งสองข้าง ใช้เครื่องช่วยฟัง",
                                                            "ขาขวาถูกตัดใต้เข่า"])),
            "\nเหตุ: ลื่นล้มในห้องน้ำ 03.20 น. ศีรษะกระแทก ไม่หมดสติ ส่งเอกซเรย์แล้ว\n",
            "ผู้ดูแลเวร: ", P(thn(r))]


@T("elder_care")
def eldercare_apoe_question_en(r: random.Random) -> list:
    name = fgn(r)
    return ["Explain this result in simple terms for the family meeting:\n",
            "Resident ", P(name), " (DOB ", DOB(r, "en", 1938, 1952), ") had a private genetic test: ",
            GEN(r.choice(["APOE e4/e4 homozygous", "APOE e3/e4 genotype"])), ". Her daughter asks whether she ",
            "should also be tested. Daughter's email: ", EM(email(r))]


@T("elder_care")
def eldercare_family_line_chat(r: random.Random) -> list:
    return ["ตอบแชทญาติผู้สูงอายุนี้ให้สุภาพ\n",
            "ญาติ: สวัสดีค่ะ ดิฉันลูกสาวคุณยาย", P(thn(r)), " นะคะ\n",
            "ญาติ: ช่วงนี้", DIS("แม่ต้องใช้วีลแชร์ตลอด"), " อยากขอเปลี่ยนไปห้องชั้นล่างได้ไหมคะ\n",
            "ญาติ: ติดต่อดิฉันที่ไลน์ ", LID(r), " หรือโทร ", PH(mobile(r)), " ค่ะ"]


@T("elder_care")
def eldercare_monthly_billing_en(r: random.Random) -> list:
    name = rom(r)
    return ["Draft the monthly invoice email (EN) for this resident's family:\n",
            "Resident: ", P(name), " — assisted living, room 214, THB ", amount(r, 35000, 90000), "/month\n",
            "Autopay card ", CARD(r), " declined; alternative direct debit from ", r.choice(BANKS_EN), " account ",
            ACC(r), "\nPayer (next of kin): ", P(rom(r)), ", ", EM(email(r))]


@T("elder_care")
def eldercare_fingerprint_med_dispense(r: random.Random) -> list:
    name = thn(r)
    return ["ระบบจ่ายยาอัตโนมัติแจ้ง error แบบนี้ ช่วยแปลความหมาย\n",
            ts(r), " dispense_request resident=\"", P(name), "\" ", BIO("fingerprint_verify=FAIL (template quality 23)"),
            " fallback=nurse_pin cart=B2\n", ts(r), " dispense_ok drug=Amlodipine 5mg"]


@T("elder_care", hard="HEALTH_DATA")
def eldercare_dementia_article(r: random.Random) -> list:
    return ["ช่วยเขียนบทความนี้ใหม่ให้ผู้ดูแลอ่านง่าย\n",
            "ภาวะสมองเสื่อมพบในผู้สูงอายุไทยราวร้อยละ 8-10 อาการเริ่มต้นคือหลงลืมเรื่องใหม่ ถามซ้ำ หลงทาง ",
            "ผู้ดูแลควรจัดบ้านให้ปลอดภัย ติดป้ายบอกห้อง และพาไปพบแพทย์ตามนัด ยา Donepezil ช่วยชะลออาการได้ในบางราย ",
            "ปรึกษาสายด่วนสุขภาพจิต 1323 ได้ตลอด 24 ชม."]


@T("elder_care", neg=True)
def eldercare_activity_schedule(r: random.Random) -> list:
    return ["Translate this weekly activity schedule into Thai:\n",
            "Mon 10:00 chair yoga | Tue 14:00 music therapy (Luk Thung hits) | Wed 09:30 garden club | ",
            f"Thu 15:00 bingo (prizes up to THB {r.choice(['100', '200'])}) | Fri 10:00 temple visit, van leaves 08:30"]


# ----------------------------------------------------------------------------------------------
# Disability services
# ----------------------------------------------------------------------------------------------
@T("disability")
def disability_card_application(r: random.Random) -> list:
    name = thn(r)
    return ["ช่วยตรวจคำขอมีบัตรประจำตัวคนพิการนี้ว่าเอกสารครบไหม\n",
            "ผู้ขอ: ", P(name), " เลขประจำตัวประชาชน ", NID(r), " วันเกิด ", DOB(r, "slash_be"), "\n",
            "ประเภทความพิการ: ", DIS(r.choice(["พิการทางการได้ยินหรือสื่อความหมาย", "พิการทางการมองเห็น (ตาบอดสนิท)",
                                               "พิการทางสติปัญญา"])),
            "\nที่อยู่: ", ADR(r), "\nผู้ดูแล: ", P(thn(r)), " โทร ", PH(mobile(r))]


@T("disability")
def disability_job_placement_en(r: random.Random) -> list:
    name = rom(r)
    return ["Write a one-paragraph candidate summary for the employer (Section 33 hiring):\n",
            "Candidate ", P(name), ", ", DIS(r.choice(["visually impaired (low vision, 6/60)", "uses a wheelchair (spinal cord injury)"])),
            ", BA Accounting, screen-reader proficient. Email ", EM(email(r, name)), ", mobile ", PH(mobile(r)), ".\n",
            "Employer: Siam Logistics Co., Ltd., juristic ID ", JUR(r, "plain"), ", needs 3 hires to meet the 100:1 quota."]


@T("disability")
def disability_sign_interpreter_booking(r: random.Random) -> list:
    name = thn(r)
    return ["ช่วยทำข้อความยืนยันการจองล่ามภาษามือ\n",
            "ผู้ขอใช้บริการ: ", P(name), " (", DIS("หูหนวก"), ") ต้องการล่ามไปโรงพยาบาลราชวิถี ", thdate(r),
            " 09.00 น.\nติดต่อผ่านวิดีโอคอลไลน์ ", LID(r), " เท่านั้น (ไม่รับสายโทรศัพท์)"]


@T("disability")
def disability_student_accommodation_en(r: random.Random) -> list:
    name = rom(r)
    return ["Draft an accommodation letter to lecturers from the Disability Support Office:\n",
            "Student: ", P(name), ", student ID ", SID(r), ", Faculty of Engineering\n",
            "Condition: ", DIS("dyslexia"), " and ", HD("ADHD (on methylphenidate)"), "\n",
            "Accommodations: 25% extra exam time, separate room, lecture slides in advance."]


@T("disability")
def disability_allowance_bank_update(r: random.Random) -> list:
    name = thn(r)
    return ["อบต. ขอให้ช่วยทำหนังสือแจ้งเปลี่ยนบัญชีรับเบี้ยความพิการ\n",
            "ผู้มีสิทธิ: ", P(name), " ", NID(r), " ", DIS("พิการทางการเคลื่อนไหว ขาลีบสองข้าง"), "\n",
            "บัญชีเดิม: ", ACC(r), " บัญชีใหม่: ธ.ก.ส. ", ACC(r), "\nเบี้ยความพิการเดือนละ 1,000 บาท"]


@T("disability")
def disability_down_syndrome_counselling(r: random.Random) -> list:
    child = thg(r)
    return ["ช่วยเรียบเรียงสรุปการให้คำปรึกษาครอบครัวนี้\n",
            "เด็กชาย", P(child), " อายุ 3 ปี HN ", HN(r), " ", GEN("ผลตรวจโครโมโซม 47,XY,+21"), " ",
            DIS("พัฒนาการล่าช้าด้านภาษาและกล้ามเนื้อ"), "\nมารดา ", P(thn(r)), " ", PH(mobile(r)),
            " ต้องการข้อมูลศูนย์การศึกษาพิเศษใกล้บ้าน"]


@T("disability", hard="DISABILITY")
def disability_employment_quota_law(r: random.Random) -> list:
    return ["Summarise for our HR newsletter (EN):\n",
            "Under the Persons with Disabilities Empowerment Act, employers with 100 or more employees must hire one ",
            "person with disabilities per 100 employees (Section 33), or contribute to the Empowerment Fund ",
            f"(Section 34, THB {amount(r, 110000, 130000)} per position per year), or provide concessions (Section 35)."]


@T("disability", neg=True)
def disability_registration_stats_en(r: random.Random) -> list:
    return ["Make a pie chart description from these figures:\n",
            f"Registered persons with disabilities: {amount(r, 2000000, 2300000)}. Mobility 49.6%, hearing 18.9%, ",
            "visual 8.5%, intellectual 6.9%, psychosocial 7.3%, multiple 5.1%, learning 1.1%, autism 1.0%."]


# ----------------------------------------------------------------------------------------------
# Security firms: CCTV, access control
# ----------------------------------------------------------------------------------------------
@T("security")
def security_guard_background_check(r: random.Random) -> list:
    name = thn(r)
    return ["สรุปผลตรวจประวัติผู้สมัคร รปภ. นี้ และแนะนำว่าควรรับหรือไม่\n",
            "ผู้สมัคร: ", P(name), " เลขบัตร ", NID(r), " เกิด ", DOB(r, "th_short", 1970, 2003), "\n",
            "ผลตรวจประวัติอาชญากรรม: ", CRIM(r.choice(["เคยต้องโทษจำคุก 1 ปี คดีทำร้ายร่างกาย", "มีประวัติคดีลักทรัพย์ รอลงอาญา"])),
            "\nโทร ", PH(mobile(r))]


@T("security")
def security_access_controller_log(r: random.Random) -> list:
    a, b = rom(r), rom(r)
    return ["หาการเดินตามเข้าประตู (tailgating) ใน log นี้ให้หน่อย\n",
            ts(r), " door=DC-03 badge=", str(r.randint(10000, 99999)), " user=", P(a), " ",
            BIO("fingerprint verified (FAR 1:50000)"), " GRANTED\n",
            ts(r), " door=DC-03 badge=- user=- forced_open=1\n",
            ts(r), " door=DC-03 badge=", str(r.randint(10000, 99999)), " user=", P(b), " card only GRANTED"]


@T("security")
def security_cctv_police_request(r: random.Random) -> list:
    name = thn(r)
    return ["ร่างหนังสือตอบตำรวจเรื่องขอภาพ CCTV\n",
            "ตำรวจ สน.ลุมพินี ขอภาพวันที่ ", thdate(r), " 21.00-23.00 น. ของ ", P(name), " ซึ่ง",
            BIO("ระบบ face recognition จับคู่ใบหน้าได้ 94%"), " ขับรถทะเบียน ", PLATE(r), " เข้าลานจอด B2"]


@T("security")
def security_guard_union_en(r: random.Random) -> list:
    name = rom(r)
    return ["Advise the ops manager: can we move this guard to night shift?\n",
            "Guard ", P(name), " (ID SG-", str(r.randint(1000, 9999)), ", ", PH(mobile(r)), ") ",
            TU("was elected shop steward of the security guards' union"), " last month and asked for day shifts.",
            " Contract with the site renews in June."]


@T("security")
def security_lpr_watchlist_alert(r: random.Random) -> list:
    return ["Explain this LPR alert JSON to the guard on duty in Thai:\n",
            '{"cam":"GATE-IN-1","plate":"', PLATE(r), '","conf":0.93,"list":"watchlist","owner":"', P(thn(r)),
            '","note":"', CRIM("outstanding arrest warrant for fraud"), '","ts":"', ts(r), '"}']


@T("security")
def security_guard_roster_shan(r: random.Random) -> list:
    a, b = r.choice(["Sai Kham", "Nang Hom", "Sai Lao Seng"]), r.choice(["Aung Myo", "Kyaw Zin", "Min Htet"])
    return ["จัดเวรยามจากรายชื่อนี้ ให้คนที่พูดไทยได้คล่องอยู่ป้อมหน้า\n",
            "1. ", P(a), " พาสปอร์ต ", PP(r, "mm"), " ", ETH("ชาวไทใหญ่"), " พูดไทยคล่อง ", PH(mobile(r)), "\n",
            "2. ", P(b), " พาสปอร์ต ", PP(r, "mm"), " สัญชาติเมียนมา พูดไทยได้น้อย ", PH(mobile(r))]


@T("security")
def security_visitor_log_csv(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        rows += [ts(r), ",", P(thn(r)), ",", NID(r, "plain"), ",", PLATE(r), ",Tower B 18F\n"]
    return ["Which visitors overstayed more than 4 hours? Visitor log export:\n",
            "time_in,name,id_card,plate,destination\n", rows]


@T("security", hard="BIOMETRIC_DATA")
def security_face_terminal_spec_en(r: random.Random) -> list:
    return ["Write a tender-ready spec paragraph from these notes:\n",
            "Face recognition terminal, 8\" touchscreen, 50,000 face templates, 1:N match < 0.2 s, liveness ",
            "detection (IR), fingerprint module optional, stores templates encrypted (AES-256) on device, ",
            f"IP65, PoE. Unit price THB {amount(r, 18000, 35000)}, warranty 3 years."]


@T("security", hard="CRIMINAL_RECORD")
def security_guard_job_ad(r: random.Random) -> list:
    return ["ช่วยปรับประกาศรับสมัครงานนี้ให้ไม่เลือกปฏิบัติเกินจำเป็น\n",
            "รับสมัคร รปภ. ประจำคอนโด ชาย/หญิง อายุ 20-55 ปี ไม่มีประวัติอาชญากรรม ไม่ติดยาเสพติด ",
            "ผ่านการอบรมตาม พ.ร.บ.ธุรกิจรักษาความปลอดภัย 2558 มีใบอนุญาต รปภ. ",
            f"เงินเดือน {amount(r, 12000, 16000)} บาท + OT สมัครที่ recruit@ หรือ walk-in สำนักงานใหญ่"]


@T("security", neg=True)
def security_nvr_health_log(r: random.Random) -> list:
    return ["กล้องตัวไหนต้องซ่อมบ้าง ดูจาก log ของ NVR นี้\n",
            f"{epoch_ms(r)} cam=CAM-B2-07 status=OFFLINE last_frame_ms={epoch_ms(r)}\n",
            f"{epoch_ms(r)} cam=CAM-L1-02 status=OK fps=25 storage=87%\n", "cam=CAM-PK-11 status=IR_FAULT"]


# ----------------------------------------------------------------------------------------------
# Gyms and health apps
# ----------------------------------------------------------------------------------------------
@T("gym")
def gym_membership_parq_form(r: random.Random) -> list:
    name = thn(r)
    return ["ตรวจแบบฟอร์มสมัครสมาชิกฟิตเนสนี้ และบอกเทรนเนอร์ว่าต้องระวังอะไร\n",
            "ชื่อ: ", P(name), " วันเกิด: ", DOB(r, "slash_be", 1965, 2004), " โทร: ", PH(mobile(r)), "\n",
            "อีเมล: ", EM(email(r)), "\nPAR-Q: ", HD(r.choice(["เคยผ่าตัดทำบอลลูนหัวใจเมื่อปี 2565", "เป็นโรคหอบหืด พกยาพ่น",
                                                               "ความดันสูง ทานยา Losartan"])),
            "\nชำระรายเดือนตัดบัตร ", CARD(r)]


@T("gym")
def gym_face_entry_enrolment_en(r: random.Random) -> list:
    name = rom(r)
    return ["สมาชิกแจ้งว่าประตูหมุนไม่รู้จำใบหน้า ช่วยอธิบาย log นี้\n",
            '{"member":"', P(name), '","email":"', EM(email(r, name)), '","club":"Thonglor",',
            '"enrol":"', BIO("face embedding v2 enrolled"), '","match_score":0.48,"threshold":0.70}']


@T("health_app")
def healthapp_wearable_sync_payload(r: random.Random) -> list:
    e = email(r)
    return ["ทำไม sync request นี้ได้ 422 ช่วยดู payload หน่อยครับ\n",
            '{"user":"', EM(e), '","device":"band-7","ip":"', IP(r), '","alerts":[{"type":"',
            HD(r.choice(["irregular rhythm - possible atrial fibrillation", "SpO2 below 88% during sleep"])),
            '","at":"', ts(r), '"}],"steps":8412}']


@T("health_app")
def healthapp_dna_fitness_report_en(r: random.Random) -> list:
    name = rom(r)
    return ["Turn these DNA-fitness results into a training plan:\n",
            "Customer: ", P(name), " (", EM(email(r, name)), ")\nResults: ",
            GEN(r.choice(["ACTN3 RR genotype (power)", "ACE II genotype", "FTO rs9939609 AA"])), "; ",
            GEN("MTHFR C677T heterozygous"), "\nGoal: half marathon in 5 months."]


@T("gym")
def gym_trainer_client_chat(r: random.Random) -> list:
    return ["เทรนเนอร์ขอให้ช่วยตอบแชทลูกค้าแบบให้กำลังใจ\n",
            "ลูกค้า: โค้ชคะ ช่วงนี้หนูขาดเทรนบ่อย เพราะ", HD(r.choice(["หนูเป็นโรคซึมเศร้า กินยาแล้วง่วงมาก",
                                                                     "หนูเป็นโรคกินผิดปกติ (bulimia) กำลังรักษาอยู่"])),
            "\nลูกค้า: ชื่อเล่น", P(nick(r)), "นะคะ แอดไลน์ ", LID(r), " ส่งตารางมาได้ค่ะ"]


@T("health_app")
def period_tracker_support_ticket_en(r: random.Random) -> list:
    e = email(r)
    return ["Classify this support ticket and draft a reply:\n",
            "From: ", EM(e), "\nThe app's fertile window is wrong. We are trying to conceive and ",
            SEX("had unprotected sex on cycle day 14"), " but it marked day 18 as ovulation. I also ",
            HD("have PCOS"), ". Please fix!"]


@T("gym")
def gym_membership_freeze_surgery(r: random.Random) -> list:
    name = thn(r)
    return ["ร่างอีเมลอนุมัติการพักสมาชิกภาพ 3 เดือน\n",
            "สมาชิก: ", P(name), " ขอพักสมาชิกเพราะ", HD(r.choice(["ผ่าตัดเอ็นไขว้หน้าเข่าซ้าย", "ตั้งครรภ์ 5 เดือน"])),
            " แนบใบรับรองแพทย์แล้ว\nขอคืนเงินค่าเทรนเนอร์ที่เหลือเข้าบัญชี ", ACC(r)]


@T("gym")
def gym_student_discount_check(r: random.Random) -> list:
    name = thn(r)
    return ["ตรวจสิทธิ์ส่วนลดนักศึกษา ว่าบัตรนักศึกษายังไม่หมดอายุไหม\n",
            "ชื่อ ", P(name), " รหัสนักศึกษา ", SID(r), " จุฬาลงกรณ์มหาวิทยาลัย บัตรหมดอายุ 2570\n",
            "สมัครแพ็กเกจ 12 เดือน 7,900 บาท โทร ", PH(mobile(r))]


@T("gym")
def gym_personal_training_intake_en(r: random.Random) -> list:
    name = fgn(r)
    return ["Summarise for the PT team:\n",
            "New client ", P(name), ", ", PH(mobile(r, "intl")), ". Goals: lose 8 kg. ",
            HD(r.choice(["Type 1 diabetic on an insulin pump", "Had a knee replacement in 2023"])), ". ",
            "Prefers a female trainer for religious reasons — she ", REL("is a Muslim who wears hijab"), "."]


@T("gym", neg=True)
def gym_class_timetable(r: random.Random) -> list:
    return ["แปลตารางคลาสนี้เป็นภาษาอังกฤษ\n",
            "จันทร์ 18.00 Body Pump (สตูดิโอ 1) | อังคาร 19.00 Yoga Flow | พุธ 07.00 Spin 45 นาที | ",
            f"พฤหัส 18.30 Muay Thai พื้นฐาน | ศุกร์ 12.15 HIIT 30 นาที (จำกัด {r.randint(15, 25)} คน)"]


@T("health_app", neg=True)
def healthapp_release_notes(r: random.Random) -> list:
    return ["Polish these release notes for the App Store (EN):\n",
            f"v5.{r.randint(1, 9)}.{r.randint(0, 20)} (build {epoch_ms(r)})\n",
            "- New: VO2 max trend card\n- Fixed: sleep stages missing after DST change\n",
            "- Improved: Bluetooth reconnect for band-7\n- Min iOS 16.0, Android 9"]


@T("health_app", hard="GENETIC_DATA")
def genetic_testing_explainer_article(r: random.Random) -> list:
    return ["Rewrite this explainer for a general audience (EN):\n",
            "Consumer DNA tests look at single-nucleotide polymorphisms such as ACTN3 R577X or APOE e4. ",
            "Having an APOE e4 allele raises Alzheimer's risk but does not mean a person will develop it. ",
            f"Most kits cost THB {amount(r, 3000, 15000)} and results take 4-6 weeks. Genetic counselling is advised."]


@T("health_app", hard="BIOMETRIC_DATA")
def healthapp_biometric_privacy_policy(r: random.Random) -> list:
    return ["ตรวจนโยบายความเป็นส่วนตัวนี้ว่าครบถ้วนตาม PDPA มาตรา 26 หรือไม่\n",
            "แอปอาจใช้ข้อมูลชีวภาพ เช่น ลายนิ้วมือหรือใบหน้า เพื่อปลดล็อกแอปผ่านระบบของอุปกรณ์ (Face ID/Touch ID) ",
            "บริษัทไม่ได้รับหรือจัดเก็บแม่แบบข้อมูลชีวภาพ ข้อมูลสุขภาพจะถูกเก็บเมื่อได้รับความยินยอมโดยชัดแจ้งเท่านั้น ",
            f"ผู้ใช้ถอนความยินยอมได้ทุกเมื่อ ติดต่อ dpo@ (ฉบับปรับปรุง {thdate(r)})"]


@T("health_app", neg=True)
def healthapp_api_rate_limit_code(r: random.Random) -> list:
    return ["rate limiter นี้เขียนถูกไหม (TypeScript)\n```ts\n",
            f"const WINDOW_START_MS = {epoch_ms(r)};\n",
            "export function allow(count: number, nowMs: number): boolean {\n",
            "  const windowIdx = Math.floor((nowMs - WINDOW_START_MS) / 60_000);\n",
            "  return count < (windowIdx % 2 === 0 ? 120 : 100);\n}\n```"]


# ----------------------------------------------------------------------------------------------
# More prompts across the emphasised sectors
# ----------------------------------------------------------------------------------------------
@T("srh_clinic")
def srh_brca_counselling(r: random.Random) -> list:
    name = thn(r)
    return ["ช่วยเขียนจดหมายเชิญญาติสายตรงมาตรวจยีน (cascade testing) จากสรุปนี้\n",
            "ผู้ป่วย ", P(name), " HN ", HN(r), " ผลตรวจ ", GEN(r.choice(["พบการกลายพันธุ์ของยีน BRCA1 (c.5266dupC)",
                                                                          "พบ BRCA2 pathogenic variant"])),
            "\nญาติที่ควรตรวจ: น้องสาว ", P(thn(r)), " โทร ", PH(mobile(r)), " อีเมล ", EM(email(r))]


@T("hotel")
def hotel_staff_roster_moken(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return ["ช่วยเขียนเรื่องเล่าพนักงาน (staff story) ลงจดหมายข่าวของรีสอร์ท จากข้อมูลนี้ ขอแบบให้เกียรติ\n",
            "พนักงาน: ", P(a), " ตำแหน่งกัปตันเรือ ", ETH(r.choice(["เป็นชาวมอแกน", "เป็นชาวอูรักลาโว้ย"])),
            " จากเกาะเหลาเหลียง ทำงานกับเรา 12 ปี\n",
            "หัวหน้างาน ", P(b), " (", PH(mobile(r)), ") เล่าว่าเขารู้จักทะเลดีกว่าใคร"]


@T("ngo")
def ngo_hilltribe_scholar_record(r: random.Random) -> list:
    name = thn(r)
    return ["แปลประวัติผู้รับทุนนี้เป็นภาษาอังกฤษสำหรับผู้บริจาคต่างชาติ\n",
            "ผู้รับทุน: ", P(name), " ", ETH("เป็นชาวลาหู่"), " จาก อ.เวียงแหง\n",
            "รหัสนักศึกษา ", SID(r), " คณะพยาบาลศาสตร์ ชั้นปีที่ 2 เกรดเฉลี่ย 3.41\n",
            "ติดต่อ: ", PH(mobile(r)), " ไลน์ ", LID(r)]


@T("condo")
def condo_agm_proxy_form(r: random.Random) -> list:
    owner, proxy = thn(r), thn(r)
    return ["ตรวจหนังสือมอบฉันทะประชุมใหญ่เจ้าของร่วมนี้ว่าใช้ได้ไหม\n",
            "นิติบุคคลอาคารชุด ", r.choice(CONDOS), " (", JUR(r, "dash"), ")\n",
            "ข้าพเจ้า ", P(owner), " เลขบัตร ", NID(r), " เจ้าของห้อง ", f"{r.randint(1, 30)}{r.randint(1, 40):02d}",
            " ขอมอบฉันทะให้ ", P(proxy), " เลขบัตร ", NID(r), " เข้าประชุมและลงมติแทน"]


@T("car_dealer")
def car_fleet_invoice_company(r: random.Random) -> list:
    contact = thn(r)
    return ["ร่างใบเสนอราคารถ fleet จากข้อมูลนี้\n",
            "ลูกค้า: บริษัท ลานนาโลจิสติกส์ จำกัด เลขประจำตัวผู้เสียภาษี ", JUR(r, "plain"), "\n",
            f"รุ่น: {r.choice(CARS)} จำนวน {r.randint(5, 30)} คัน ส่วนลด fleet 7%\n",
            "ผู้ติดต่อ: ", P(contact), " ฝ่ายจัดซื้อ ", PH(mobile(r)), " ", EM(email(r))]


@T("temple")
def temple_volunteer_line_roster(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return ["จัดเวรจิตอาสางานบวชหมู่ จากรายชื่อที่ส่งมาทางไลน์\n",
            "1) ", P(a), " ไลน์ ", LID(r), " ว่างเสาร์-อาทิตย์ ขับรถได้ ทะเบียน ", PLATE(r), "\n",
            "2) ", P(b), " โทร ", PH(mobile(r)), " ว่างเฉพาะเช้า ", HD("เป็นโรคเก๊าท์ ยืนนานไม่ได้")]


@T("temple", neg=True)
def temple_kathin_budget(r: random.Random) -> list:
    return ["ช่วยตรวจยอดรวมงบงานกฐินนี้\n",
            f"ค่าผ้าไตรและบริขาร {amount(r, 15000, 30000)} บาท | ค่าอาหารเลี้ยงพระและญาติโยม {amount(r, 20000, 60000)} บาท | ",
            "ค่าเครื่องเสียงและเต็นท์ 18,500 บาท | ค่ารถบัส 2 คัน 24,000 บาท\n",
            "ยอดปัจจัยรวมจะประกาศหลังพิธีถวายผ้ากฐิน"]


@T("security", neg=True)
def security_patrol_sop(r: random.Random) -> list:
    return ["ช่วยทำ SOP การเดินตรวจนี้เป็นตารางสองภาษา\n",
            f"เดินตรวจทุก {r.choice(['1', '2'])} ชั่วโมง สแกน QR ที่จุดตรวจ 14 จุด (CP-01 ถึง CP-14) ",
            "ตรวจประตูหนีไฟชั้น B1-B3 ทดสอบวิทยุสื่อสารช่อง 3 ทุกต้นกะ รายงานเหตุผิดปกติในกลุ่มไลน์ศูนย์ควบคุม ",
            "ห้ามเปิดเผยภาพจากกล้องวงจรปิดต่อบุคคลภายนอกโดยไม่มีหนังสือขอจากหน่วยงานรัฐ"]


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
        row["id"] = f"f15-{n:04d}"
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
        eng = sum(_english_only(r["text"]) for r in rows)
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={neg} ({neg / len(rows):.1%}) "
              f"english_only={eng} ({eng / len(rows):.1%})")
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
            print(f"{args.out} is stale: rerun bench/make_freshset15.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
