"""Seventeenth blind held-out set for pdpa-guard: bench/freshset17.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md and the interface of tests/test_freshsets.py only. Emphasis: schools and universities
(admissions, scholarships, counselling notes, student conduct), government and local administration
(อบต./เทศบาล, welfare cards, household registration, land office), courts, police and law firms (case
summaries, police reports, bail, debt litigation), real estate and condo juristic persons, and
social-media / content-moderation teams pasting user posts and comments (slang, emoji, nicknames, typos,
Thai written without spaces, mixed Thai-English chat). About a quarter of the prompts are English only.
Negatives come from the same domains without personal data (curricula, exam timetables, statutes, public
court news naming public figures, announcements, listings without owner data, moderation guidelines,
code and logs with numbers that look like IDs).

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file.

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, ครู,
อ., ผอ., ร.ต.อ., ทนาย, Mr, Dr ...); a nickname used for a private person is a PERSON too. ADDRESS is one
span from the house number to the postcode (or province); DATE_OF_BIRTH is the date only; cued numbers
(HN, student ID, account ...) are the number only; a plate includes the province written right after
it; s.26 spans are the shortest phrase disclosing the fact about the person. Role mailboxes (info@,
hr@, admission@ ...) and organisation hotlines are not personal data and are left unlabelled. Public
figures in news are not labelled. A topic, policy, statistic, statute or product is never s.26 data.

    python bench/make_freshset17.py            # (re)write bench/freshset17.jsonl
    python bench/make_freshset17.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset17.py --stats    # coverage, negatives, English-only share
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

OUT = Path(__file__).resolve().parent / "freshset17.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset17"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_GIVEN_M = [
    "ภูริณัฐ", "ธนกฤต", "ศักดิ์สิทธิ์", "วีรยุทธ", "ณรงค์ศักดิ์", "บุญส่ง", "สมพงษ์", "อดิศักดิ์", "ปฐมพงศ์",
    "จักรพันธ์", "ธีรวัฒน์", "พีรพัฒน์", "กฤตภาส", "ชยพล", "ทองดี", "สุวิทย์", "เกียรติศักดิ์", "อนันต์",
    "วิชิต", "ภาคิน", "ณัฐพล", "ธเนศ", "คำแปง", "บุญหลาย", "ประยูร", "ศิวกร", "รัฐภูมิ", "อิทธิพล",
]
TH_GIVEN_F = [
    "พิมพ์ลดา", "กัญญาณัฐ", "สุภาวดี", "ชุติมา", "วรรณา", "นิตยา", "ปาริชาติ", "รุ่งนภา", "จุฑามาศ",
    "ศศิธร", "อรวรรณ", "ณิชาภัทร", "ธัญชนก", "มยุรี", "สมจิตร", "บัวลอย", "แสงเดือน", "ประภาพร",
    "ลัดดาวัลย์", "เบญจมาศ", "ปิยธิดา", "ขนิษฐา", "ทองพูน", "ดารุณี", "อัมพร", "วาสนา", "ชลธิชา",
]
TH_SUR = [
    "ศรีสุวรรณ", "ทองประเสริฐ", "วงศ์ใหญ่", "แก้วมณี", "จันทร์หอม", "บุญยืน", "พรหมมา", "สุขเจริญ",
    "อินทร์แก้ว", "ชัยมงคล", "รัตนพันธ์", "เพชรรัตน์", "กิจเจริญ", "ปัญญาดี", "มั่นคง", "ดวงแก้ว",
    "ศรีวิชัย", "นาคสุข", "ทรัพย์มาก", "อุดมสุข", "ธรรมวงศ์", "สิทธิโชค", "เรืองศรี", "ใจดี", "คำมูล",
    "หอมจันทร์", "ยอดสุวรรณ", "เหล่าวัฒนา", "ตันติวงศ์", "โพธิ์ทอง", "แสงอรุณ", "ภูมิพัฒน์",
]
TH_NICK = [
    "ต้นข้าว", "ใบเตย", "แพรว", "มายด์", "ปั้น", "ภูมิ", "เจได", "น้ำหวาน", "ข้าวหอม", "บีม", "ฟ้าใส", "อิ๊ก",
    "ก้อง", "ป่าน", "เฟิร์น", "ต่อ", "แบงค์", "กิ๊ฟ", "นุ่น", "โอ๊ต", "เอิร์ธ", "ปลายฟ้า", "มุก", "จ๋า",
]
ROMAN_GIVEN_M = ["Phurinat", "Thanakrit", "Wirayut", "Narongsak", "Adisak", "Pathompong", "Chakkaphan", "Teerawat",
                 "Itthiphon", "Sittichai", "Kittipat"]
ROMAN_GIVEN_F = ["Phimlada", "Kanyanat", "Supawadee", "Chutima", "Parichat", "Rungnapa", "Juthamas", "Sasithorn",
                 "Nichaphat", "Thanchanok", "Mayuree", "Benjamas", "Piyathida", "Kanittha", "Chonthicha"]
ROMAN_GIVEN = ROMAN_GIVEN_M + ROMAN_GIVEN_F
ROMAN_SUR = [
    "Srisuwan", "Thongprasert", "Wongyai", "Kaewmanee", "Chanhom", "Boonyuen", "Prommma", "Sukcharoen",
    "Inkaew", "Chaimongkol", "Rattanaphan", "Petcharat", "Kitcharoen", "Panyadee", "Duangkaew",
    "Sriwichai", "Naksuk", "Udomsuk", "Thammawong", "Ruangsri", "Tantiwong", "Phothong", "Saeng-arun",
]
ROMAN_NICK = ["Ploy", "Bam", "Mild", "Pun", "Earth", "Fern", "Gift", "Bank", "Oat", "Noon", "Kong", "Jane"]
FOREIGN = [
    "Daniel Hartmann", "Sophie Laurent", "Kenji Watanabe", "Min-jun Park", "Liang Zhiwei", "Aung Ko Ko",
    "Nguyen Thi Lan", "Rahul Mehta", "Oliver Grant", "Elena Petrova", "Marco Bianchi", "Hannah Schulz",
]
FOREIGN_TH = ["อ่อง โก โก", "หม่อง เต็ง", "ขิ่น เมียะ ซาน", "เหงียน ถิ ลาน", "ส่วย มอน"]
OFFICIALS = ["ธวัชชัย อินทร์สุข", "จิรวรรณ ปัญญาวงศ์", "ไพบูลย์ สายทอง", "สุนทรี คงคาหลวง", "ปกรณ์ เลิศวิริยะ"]


def given(r: random.Random, female: bool | None = None) -> str:
    if female is None:
        female = r.random() < 0.5
    return r.choice(TH_GIVEN_F if female else TH_GIVEN_M)


def thn(r: random.Random, female: bool | None = None) -> str:
    return f"{given(r, female)} {r.choice(TH_SUR)}"


def nick(r: random.Random) -> str:
    return r.choice(TH_NICK)


def rom(r: random.Random, female: bool | None = None) -> str:
    pool = ROMAN_GIVEN if female is None else (ROMAN_GIVEN_F if female else ROMAN_GIVEN_M)
    return f"{r.choice(pool)} {r.choice(ROMAN_SUR)}"


def rom_given(r: random.Random, female: bool | None = None) -> str:
    return rom(r, female).split()[0]


def ttl(r: random.Random, female: bool = False) -> str:
    return r.choice(["นาง", "น.ส.", "นางสาว"]) if female else "นาย"


# ----------------------------------------------------------------------------------------------
# Value generators (fabricated, checksum-valid where a checksum exists)
# ----------------------------------------------------------------------------------------------
def _pin_complete(body12: str) -> str:
    for d in "0123456789":
        if pin.is_valid(body12 + d):
            return body12 + d
    raise AssertionError(body12)


def nid(r: random.Random, style: str | None = None, first: str | None = None) -> str:
    first = first or r.choice("1111123458")
    body = first + "".join(r.choice("0123456789") for _ in range(11))
    d = _pin_complete(body)
    style = style or r.choice(["dash", "plain", "space", "dash"])
    if style == "dash":
        return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"
    if style == "space":
        return f"{d[0]} {d[1:5]} {d[5:10]} {d[10:12]} {d[12]}"
    return d


def juristic(r: random.Random, style: str | None = None) -> str:
    while True:
        body = "0" + r.choice(["105", "107", "505", "835", "205", "993", "115"]) + "".join(
            r.choice("0123456789") for _ in range(8))
        for d in "0123456789":
            if moa.is_valid(body + d):
                v = body + d
                style = style or r.choice(["plain", "plain", "dash"])
                if style == "dash":
                    return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
                return v


def epoch_ms(r: random.Random, lo: int = 1_700_000_000_000, hi: int = 1_890_000_000_000) -> str:
    while True:
        v = str(r.randrange(lo, hi))
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


def _luhn_complete(body: str) -> str:
    for d in "0123456789":
        if _luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def card(r: random.Random, style: str | None = None) -> str:
    prefix = r.choice(["4", "4", "5", "5", "3528", "6250"])
    body = prefix + "".join(r.choice("0123456789") for _ in range(15 - len(prefix)))
    d = _luhn_complete(body)
    style = style or r.choice(["space", "dash", "plain"])
    if style == "space":
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    if style == "dash":
        return "-".join(d[i:i + 4] for i in range(0, 16, 4))
    return d


def _valid_phone(v: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, "TH"))
    except phonenumbers.NumberParseException:
        return False


def mobile(r: random.Random, style: str | None = None) -> str:
    while True:
        p2 = r.choice(["81", "82", "84", "86", "87", "89", "61", "62", "63", "64", "65", "91", "92", "93", "94",
                       "95", "96", "97", "98", "99", "80", "83", "85", "88"])
        rest = "".join(r.choice("0123456789") for _ in range(7))
        s = style or r.choice(["dash", "plain", "intl", "space", "dash"])
        if s == "dash":
            v = f"0{p2}-{rest[:3]}-{rest[3:]}"
        elif s == "plain":
            v = f"0{p2}{rest}"
        elif s == "intl":
            v = f"+66 {p2} {rest[:3]} {rest[3:]}"
        else:
            v = f"0{p2} {rest[:3]} {rest[3:]}"
        if _valid_phone(v):
            return v


def landline(r: random.Random) -> str:
    while True:
        if r.random() < 0.5:
            v = f"02-{r.randint(100, 999)}-{r.randint(1000, 9999)}"
        else:
            area = r.choice(["053", "043", "074", "038", "076", "044", "055", "045", "034", "073"])
            v = f"{area}-{r.randint(100, 999)}-{r.randint(100, 999)}"
        if _valid_phone(v):
            return v


EMAIL_FREE = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.co.th", "icloud.com", "live.com"]


def email(r: random.Random, name: str | None = None, domain: str | None = None) -> str:
    name = name or rom(r)
    parts = name.lower().replace("'", "").split()
    g, s = parts[0], parts[-1]
    user = r.choice([f"{g}.{s[:3]}", f"{g}{r.randint(1, 99)}", f"{g}_{s}", f"{g[:4]}{s[:4]}{r.randint(70, 99)}"])
    return f"{user}@{domain or r.choice(EMAIL_FREE)}"


def ipv4(r: random.Random) -> str:
    a = r.choice([1, 27, 49, 58, 101, 110, 115, 124, 171, 182, 183, 202, 203, 223])
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    return "2001:fb1:" + ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(6))


def passport(r: random.Random, kind: str = "th") -> str:
    if kind == "th":
        return r.choice(["AA", "AB", "AC", "AD"]) + f"{r.randint(0, 9999999):07d}"
    if kind == "cn":
        return "E" + r.choice("GHJK") + f"{r.randint(0, 9999999):07d}"
    if kind == "mm":
        return "M" + r.choice("ABCD") + f"{r.randint(0, 999999):06d}"
    if kind == "kr":
        return "M" + f"{r.randint(0, 99999999):08d}"
    return r.choice("CEFGHKLNP") + f"{r.randint(0, 9999999):07d}"


BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงไทย", "กรุงเทพ", "กรุงศรีอยุธยา", "ทีทีบี", "ออมสิน", "ธ.ก.ส."]
BANKS_EN = ["KBank", "SCB", "Krungthai", "Bangkok Bank", "Krungsri", "ttb", "GSB", "BAAC"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["dash", "plain", "dash", "twelve"])
    d = "".join(r.choice("0123456789") for _ in range(10))
    if style == "dash":
        return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"
    if style == "twelve":
        return "0" + "".join(r.choice("0123456789") for _ in range(11))
    return d


PLATE_LETTERS = ["กข", "ขก", "ฆฆ", "งค", "ญท", "ฐศ", "นม", "บพ", "ผจ", "ลล", "วต", "สพ", "อห", "ฮข", "กษ"]
PROVINCES = ["กรุงเทพมหานคร", "นนทบุรี", "สมุทรปราการ", "ชลบุรี", "ระยอง", "เชียงใหม่", "เชียงราย", "ลำปาง",
             "ขอนแก่น", "อุดรธานี", "นครราชสีมา", "สงขลา", "สุราษฎร์ธานี", "พิษณุโลก", "ปทุมธานี", "ภูเก็ต"]


def plate(r: random.Random) -> str:
    pre = r.choice(["", "", "1", "2", "3", "7", "8"])
    letters = r.choice(PLATE_LETTERS)
    sep = r.choice([" ", " ", "-", ""])
    return f"{pre}{letters}{sep}{r.randint(1, 9999)} {r.choice(PROVINCES)}"


ADDR_TH_PROV = [
    ("ต.สันทรายน้อย", "อ.สันทราย", "จ.เชียงใหม่", "50210"),
    ("ตำบลในเมือง", "อำเภอเมืองขอนแก่น", "จังหวัดขอนแก่น", "40000"),
    ("ต.หนองปรือ", "อ.บางละมุง", "จ.ชลบุรี", "20150"),
    ("ต.คอหงส์", "อ.หาดใหญ่", "จ.สงขลา", "90110"),
    ("ตำบลบ้านเป็ด", "อำเภอเมืองขอนแก่น", "จังหวัดขอนแก่น", "40000"),
    ("ต.ท่าตูม", "อ.ศรีมหาโพธิ", "จ.ปราจีนบุรี", "25140"),
    ("ต.แม่สาย", "อ.แม่สาย", "จ.เชียงราย", "57130"),
    ("ตำบลหนองบัว", "อำเภอเมืองอุดรธานี", "จังหวัดอุดรธานี", "41000"),
    ("ต.บ่อวิน", "อ.ศรีราชา", "จ.ชลบุรี", "20230"),
    ("ต.สะเตง", "อ.เมืองยะลา", "จ.ยะลา", "95000"),
    ("ต.แม่ปะ", "อ.แม่สอด", "จ.ตาก", "63110"),
    ("ต.ในเมือง", "อ.เมืองนครราชสีมา", "จ.นครราชสีมา", "30000"),
]
ADDR_TH_BKK = [
    ("แขวงลาดยาว", "เขตจตุจักร", "กรุงเทพฯ", "10900"),
    ("แขวงห้วยขวาง", "เขตห้วยขวาง", "กรุงเทพมหานคร", "10310"),
    ("แขวงบางนาเหนือ", "เขตบางนา", "กรุงเทพฯ", "10260"),
    ("แขวงคลองตันเหนือ", "เขตวัฒนา", "กรุงเทพมหานคร", "10110"),
    ("แขวงบางซื่อ", "เขตบางซื่อ", "กรุงเทพฯ", "10800"),
    ("แขวงสีกัน", "เขตดอนเมือง", "กรุงเทพมหานคร", "10210"),
    ("แขวงหนองบอน", "เขตประเวศ", "กรุงเทพฯ", "10250"),
]
SOI_BKK = ["ซอยพหลโยธิน 48", "ซ.รัชดาภิเษก 36", "ซอยอุดมสุข 31", "ถนนประชาราษฎร์บำเพ็ญ", "ซ.สุขุมวิท 63",
           "ถ.วิภาวดีรังสิต", "ซอยเฉลิมพระเกียรติ ร.9 ซอย 28", "ถนนศรีนครินทร์"]
CONDO_BLDG = ["อาคาร B ชั้น 17", "ตึก A ชั้น 8", "อาคารซี ชั้น 23", "ชั้น 12"]
ADDR_EN = [
    "Moo 5, Tambon San Sai Noi, Amphoe San Sai, Chiang Mai 50210",
    "Soi Phahonyothin 48, Lat Yao, Chatuchak, Bangkok 10900",
    "Moo 9, Nong Prue, Bang Lamung, Chonburi 20150",
    "Sukhumvit 63 Road, Khlong Tan Nuea, Watthana, Bangkok 10110",
    "Moo 2, Kho Hong, Hat Yai, Songkhla 90110",
    "Nimmanhaemin Road, Suthep, Mueang Chiang Mai, Chiang Mai 50200",
    "Srinakarin Road, Nong Bon, Prawet, Bangkok 10250",
]


def house(r: random.Random) -> str:
    return r.choice([f"{r.randint(1, 399)}/{r.randint(1, 99)}", str(r.randint(3, 999)), f"{r.randint(10, 199)}/{r.randint(100, 999)}"])


def addr(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["prov", "bkk", "prov"])
    if kind == "bkk":
        k, d, p, z = r.choice(ADDR_TH_BKK)
        return f"{house(r)} {r.choice(SOI_BKK)} {k} {d} {p} {z}"
    if kind == "condo":
        k, d, p, z = r.choice(ADDR_TH_BKK)
        return f"{r.randint(10, 199)}/{r.randint(100, 999)} {r.choice(CONDO_BLDG)} {r.choice(SOI_BKK)} {k} {d} {p} {z}"
    if kind == "en":
        return f"{house(r)} {r.choice(ADDR_EN)}"
    pool = ADDR_TH_PROV
    if kind == "north":
        pool = [x for x in ADDR_TH_PROV if x[3] in ("50210", "57130", "63110")]
    elif kind == "south":
        pool = [x for x in ADDR_TH_PROV if x[3] in ("95000", "90110")]
    t, a, p, z = r.choice(pool)
    moo = r.choice([f" หมู่ {r.randint(1, 15)}", f" ม.{r.randint(1, 15)}", ""])
    return f"{house(r)}{moo} {t} {a} {p} {z}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def dob(r: random.Random, style: str | None = None, lo: int = 1950, hi: int = 2005) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["th_long", "th_short", "slash_be", "iso"])
    if style == "th_long":
        return f"{d} {TH_MONTHS[m - 1]} {y + 543}"
    if style == "th_short":
        return f"{d} {TH_MON[m - 1]} {(y + 543) % 100:02d}" if r.random() < 0.3 else f"{d} {TH_MON[m - 1]} {y + 543}"
    if style == "slash_be":
        return f"{d:02d}/{m:02d}/{y + 543}"
    if style == "en":
        return f"{d} {EN_MON[m - 1]} {y}"
    if style == "en_us":
        return f"{EN_MON[m - 1][:3]} {d}, {y}"
    return f"{y}-{m:02d}-{d:02d}"


def student_id(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["uni", "school", "uni_dash", "prefixed"])
    if kind == "uni":
        return f"6{r.randint(3, 8)}{r.randint(10, 99)}{r.randint(100000, 999999)}"
    if kind == "school":
        return str(r.randint(10000, 39999))
    if kind == "uni_dash":
        return f"6{r.randint(3, 8)}-{r.randint(1000, 9999)}-{r.randint(100, 999)}-{r.randint(0, 9)}"
    return f"{r.choice('BMDS')}6{r.randint(3, 8)}{r.randint(10000, 99999)}"


def hn(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["yy", "plain", "slash"])
    if style == "yy":
        return f"{r.randint(60, 68)}-{r.randint(0, 999999):06d}"
    if style == "slash":
        return f"{r.randint(10000, 99999)}/{r.randint(60, 68)}"
    return str(r.randint(1000000, 9999999))


def line_id(r: random.Random, base: str | None = None) -> str:
    base = (base or r.choice(ROMAN_NICK + ROMAN_GIVEN)).lower()
    return r.choice([f"{base}{r.randint(1, 999)}", f"{base}.{r.choice(['cm', 'bkk', 'kk', 'hy', 'jj'])}",
                     f"{base}_{r.randint(80, 99)}", f"mae{base}"])


def amount(r: random.Random, lo: int = 100, hi: int = 90000) -> str:
    return f"{r.randint(lo, hi):,}"


def ts(r: random.Random, y: int = 2026) -> str:
    return f"{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def pick(r: random.Random, *lists: list[str]) -> str:
    return r.choice([x for lst in lists for x in lst])


def hexs(r: random.Random, n: int = 12) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


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
        return not re.search(r"\d|^(นาย|นาง|น\.ส\.|คุณ|ครู|อ\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) ", span)
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


# ----------------------------------------------------------------------------------------------
# s.26 vocabulary (phrases stated of a person; the labelled span is the phrase itself)
# ----------------------------------------------------------------------------------------------
H_TH = ["โรคซึมเศร้า", "โรคไบโพลาร์", "โรคลมชัก", "โรคหอบหืด", "ภาวะวิตกกังวลรุนแรง", "โรคสมาธิสั้น (ADHD)",
        "ไตวายเรื้อรังระยะที่ 4", "มะเร็งต่อมน้ำเหลือง", "ติดเชื้อเอชไอวี", "โรคเบาหวานชนิดที่ 1", "โรคแพนิค",
        "ไวรัสตับอักเสบบี", "โรคหัวใจรั่ว", "โรคไทรอยด์เป็นพิษ"]
H_EN = ["major depressive disorder", "bipolar II disorder", "epilepsy", "severe asthma", "generalised anxiety disorder",
        "ADHD", "stage 4 chronic kidney disease", "Hodgkin lymphoma", "HIV-positive", "type 1 diabetes",
        "panic disorder", "chronic hepatitis B", "an eating disorder"]
H_SLANG = ["เป็นซึมเศร้า", "ป่วยจิตเวช", "เป็นมะเร็งเต้านม", "ติดเอดส์", "เป็นแพนิค", "เป็นไบโพล่า"]
REL_TH = ["นับถือศาสนาอิสลาม", "เป็นมุสลิม", "นับถือศาสนาคริสต์", "เป็นคริสเตียน", "นับถือศาสนาซิกข์",
          "เปลี่ยนมานับถือศาสนาอิสลาม", "นับถือคริสต์นิกายโรมันคาทอลิก", "ไม่นับถือศาสนาใด"]
REL_WORD = ["อิสลาม", "คริสต์", "พุทธ", "ซิกข์", "ฮินดู"]
REL_EN = ["Muslim", "Christian", "a practising Muslim", "Catholic", "Sikh", "Hindu", "Buddhist", "Jehovah's Witness"]
ETH_TH = ["ชาติพันธุ์กะเหรี่ยง", "ชาวม้ง", "ชาติพันธุ์ลีซู", "ชาวไทใหญ่", "เชื้อสายมลายู", "ชาวอาข่า", "ชาวมอแกน",
          "ชาติพันธุ์ลาหู่", "เชื้อสายจีนแคะ", "ชาวเมี่ยน"]
ETH_EN = ["ethnic Karen", "Hmong", "Lisu", "ethnic Shan", "Malay-Muslim", "Akha", "Moken", "Lahu", "Mien"]
POL_TH = ["เป็นแกนนำกลุ่มนักเรียนเลว", "ไปร่วมม็อบราษฎร", "สนับสนุนพรรคประชาชน", "เป็นหัวคะแนนพรรคเพื่อไทย",
          "ต่อต้านรัฐประหาร", "สมาชิกพรรครวมไทยสร้างชาติ", "โพสต์เรียกร้องให้ยกเลิก ม.112",
          "เป็นแอดมินเพจการเมืองฝ่ายค้าน"]
POL_EN = ["supports the People's Party", "joined the pro-democracy rallies", "a member of the Pheu Thai Party",
          "organised an anti-coup protest", "campaigned for abolishing Section 112", "a canvasser for the opposition"]
CRIM_TH = ["เคยต้องโทษจำคุกคดียาเสพติด", "ถูกจับข้อหาลักทรัพย์", "มีประวัติคดีทำร้ายร่างกาย", "เคยติดคุกคดีฉ้อโกง",
           "ถูกดำเนินคดีข้อหาหมิ่นประมาทด้วยการโฆษณา", "ต้องคำพิพากษาให้จำคุก 1 ปี รอลงอาญา",
           "ถูกจับข้อหาเมาแล้วขับ", "มีหมายจับคดีฉ้อโกงประชาชน"]
CRIM_EN = ["convicted of drug possession in 2021", "arrested for theft", "has a prior conviction for assault",
           "served two years for fraud", "on probation for drunk driving", "charged with cyber defamation"]
SEX_TH = ["เป็นเกย์", "เป็นเลสเบี้ยน", "เป็นไบเซ็กชวล", "คบกับเพศเดียวกัน", "มีเพศสัมพันธ์กับแฟนแล้ว",
          "มีความสัมพันธ์ชู้สาวกับเพื่อนร่วมงาน", "ขายบริการทางเพศ", "มีเพศสัมพันธ์โดยไม่ป้องกัน"]
SEX_EN = ["gay", "lesbian", "bisexual", "in a same-sex relationship", "sexually active", "had an affair with a colleague",
          "engaged in sex work"]
DIS_TH = ["พิการทางการเคลื่อนไหว", "ใช้รถเข็น", "หูหนวก", "ตาบอด", "พิการทางสติปัญญา", "ออทิสติก",
          "บกพร่องทางการเรียนรู้ (LD)", "พิการขาขาดข้างซ้าย", "สายตาเลือนราง", "พิการทางการได้ยิน"]
DIS_EN = ["uses a wheelchair", "deaf", "blind", "has an intellectual disability", "autistic", "a leg amputee",
          "has low vision", "hard of hearing", "has dyslexia"]
UNION_TH = ["เป็นสมาชิกสหภาพแรงงาน", "เป็นประธานสหภาพแรงงาน", "เป็นกรรมการสหภาพแรงงาน", "สมัครเข้าสหภาพ",
            "เป็นเลขาธิการสหภาพแรงงาน", "ร่วมก่อตั้งสหภาพแรงงาน"]
UNION_EN = ["a union member", "the union chairperson", "a union committee member", "joined the labour union",
            "the union's shop steward", "a founding member of the union"]
GEN_TH = ["เป็นพาหะธาลัสซีเมีย", "ผลตรวจ DNA ยืนยันความเป็นบิดา 99.99%", "ผลตรวจดีเอ็นเอไม่ตรงกับผู้ตาย",
          "มียีน BRCA1 กลายพันธุ์", "ผลตรวจ HLA-B*15:02 เป็นบวก", "ผลตรวจ DNA ตรงกับคราบเลือดในที่เกิดเหตุ",
          "เป็นพาหะฮีโมโกลบินอี"]
GEN_EN = ["DNA test confirmed paternity (99.98%)", "carrier of beta-thalassaemia", "BRCA2 mutation positive",
          "DNA profile matched the crime-scene sample", "HLA-B*58:01 positive", "DNA excluded him as the father"]
BIO_WORD_TH = ["ข้อมูลใบหน้า", "ลายนิ้วมือ", "ภาพใบหน้าสำหรับสแกน", "ลายม่านตา", "เสียงพูด (voiceprint)"]


def bio_vec(r: random.Random, n: int = 6) -> str:
    return "[" + ", ".join(f"{r.uniform(-1, 1):.4f}" for _ in range(n)) + ", ...]"


def fp_template(r: random.Random, n: int = 32) -> str:
    return "".join(r.choice("0123456789ABCDEF") for _ in range(n))


# ==============================================================================================
# Schools and universities
# ==============================================================================================
SCHOOLS = ["โรงเรียนบ้านหนองบัววิทยา", "โรงเรียนเทศบาล 3 วัดศรีมงคล", "โรงเรียนสตรีประจำจังหวัด", "โรงเรียนดาราวิทยาคม",
           "โรงเรียนบ้านแม่ตะละ", "โรงเรียนอนุบาลเมืองใหม่", "โรงเรียนมัธยมวัดหนองจอก"]
UNIS = ["มหาวิทยาลัยราชภัฏเชียงใหม่", "มหาวิทยาลัยขอนแก่น", "มหาวิทยาลัยสงขลานครินทร์", "มหาวิทยาลัยเกษตรศาสตร์",
        "มหาวิทยาลัยรามคำแหง", "มหาวิทยาลัยแม่ฟ้าหลวง", "จุฬาลงกรณ์มหาวิทยาลัย"]
FACULTIES = ["คณะวิศวกรรมศาสตร์", "คณะพยาบาลศาสตร์", "คณะนิติศาสตร์", "คณะมนุษยศาสตร์", "คณะบริหารธุรกิจ", "คณะครุศาสตร์"]


@T("education")
def edu_tcas_application_form(r: random.Random) -> list:
    f = r.random() < 0.5
    name = thn(r, f)
    return [
        "ช่วยตรวจใบสมัคร TCAS รอบ 1 (Portfolio) ว่ากรอกครบไหม แล้วสรุปเป็นตารางให้หน่อย\n",
        "ชื่อ-สกุล: ", "นางสาว" if f else "นาย", " ", P(name), "\n",
        "เลขประจำตัวประชาชน: ", ("TH_NATIONAL_ID", nid(r, first="1")), "\n",
        "วันเกิด: ", ("DATE_OF_BIRTH", dob(r, "th_long", 2007, 2008)), "\n",
        "โทรศัพท์มือถือ: ", ("PHONE_NUMBER", mobile(r)), "\n",
        "อีเมล: ", ("EMAIL_ADDRESS", email(r, rom(r))), "\n",
        "ที่อยู่ปัจจุบัน: ", ("ADDRESS", addr(r, "prov")), "\n",
        f"โรงเรียนเดิม: {r.choice(SCHOOLS)}  GPAX 5 ภาคเรียน: {r.uniform(2.8, 3.98):.2f}\n",
        f"สาขาที่สมัคร: {r.choice(FACULTIES)} / โครงการเด็กดีมีที่เรียน",
    ]


@T("education")
def edu_counselling_session_note(r: random.Random) -> list:
    n = nick(r)
    name = thn(r)
    return [
        "[บันทึกการให้คำปรึกษา – ลับ] ช่วยเรียบเรียงเป็นรายงานส่งฝ่ายแนะแนวแบบกระชับ\n",
        "ผู้รับคำปรึกษา: ", P(name), " (", P(n), ") ม.", str(r.randint(3, 6)), "/", str(r.randint(1, 9)),
        " เลขประจำตัวนักเรียน ", ("STUDENT_ID", student_id(r, "school")), "\n",
        "สรุป: นร.เล่าว่านอนไม่หลับมา 2 เดือน ร้องไห้บ่อย เคยได้รับการวินิจฉัยว่าเป็น",
        ("HEALTH_DATA", r.choice(["โรคซึมเศร้า", "โรคไบโพลาร์", "ภาวะวิตกกังวลรุนแรง"])),
        " จาก รพ.จิตเวช HN ", ("MEDICAL_RECORD_NUMBER", hn(r)),
        " ยังกินยาไม่สม่ำเสมอ นร.เปิดเผยกับครูว่าตัวเอง", ("SEXUAL_BEHAVIOUR", r.choice(["เป็นเกย์", "เป็นไบเซ็กชวล", "คบกับเพศเดียวกัน"])),
        " แต่ยังไม่กล้าบอกที่บ้าน กลัวพ่อรับไม่ได้\n",
        "แผน: นัดติดตามสัปดาห์หน้า ประสานผู้ปกครองเฉพาะเรื่องยา (ได้รับความยินยอมจาก นร. แล้ว)",
    ]


@T("education")
def edu_counselling_note_en(r: random.Random) -> list:
    first = r.choice(ROMAN_NICK)
    full = rom(r)
    return [
        "Rewrite this counsellor note into the SIS template (Concern / Observations / Plan). Keep it factual.\n\n",
        "Student: ", P(full), " (goes by ", P(first), "), Grade ", str(r.randint(9, 12)), ", ID ",
        ("STUDENT_ID", student_id(r, "school")), "\n",
        "Met with student after the incident in the library. Student shared they are ",
        ("SEXUAL_BEHAVIOUR", r.choice(["gay", "bisexual", "in a same-sex relationship"])),
        " and have been teased in the group chat. Reports ", ("HEALTH_DATA", r.choice(["panic attacks", "self-harm urges", "an eating disorder"])),
        " over the past month. Mother (", ("PHONE_NUMBER", mobile(r, "intl")), ") is aware of the anxiety but not of the rest.\n",
        "Plan: weekly check-ins, referral to school psychologist, no disclosure to parents without consent.",
    ]


@T("education")
def edu_hilltribe_scholarship(r: random.Random) -> list:
    f = r.random() < 0.5
    name = thn(r, f)
    return [
        "ช่วยเขียนสรุปผู้สมัครทุนการศึกษาเพื่อนำเสนอกรรมการ ความยาวไม่เกิน 6 บรรทัด\n",
        "ผู้สมัคร: ", ttl(r, f), P(name), " นักศึกษาปี ", str(r.randint(1, 3)), " ", r.choice(UNIS),
        " รหัสนักศึกษา ", ("STUDENT_ID", student_id(r, "uni")), "\n",
        "ภูมิหลัง: เป็น", ("ETHNICITY", r.choice(["ชาติพันธุ์กะเหรี่ยง", "ชาวม้ง", "ชาติพันธุ์ลีซู", "ชาวอาข่า", "ชาติพันธุ์ลาหู่"])),
        " จากบ้านบนดอย ", ("ADDRESS", addr(r, "north")),
        " ครอบครัวทำไร่หมุนเวียน รายได้ไม่ถึง 40,000 บาทต่อปี พ่อ", ("DISABILITY", r.choice(["พิการทางการเคลื่อนไหว", "ตาบอด", "พิการขาขาดข้างซ้าย"])),
        "\nบัญชีรับทุน: ", r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")),
        "  เบอร์ติดต่อ ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("education")
def edu_conduct_committee_drugs(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "ร่างหนังสือแจ้งผลการพิจารณาของคณะกรรมการวินัยนักศึกษา ภาษาทางการ\n\n",
        "ข้อเท็จจริง: นาย", P(name), " รหัส ", ("STUDENT_ID", student_id(r, "uni_dash")), " ", r.choice(FACULTIES),
        " ", ("CRIMINAL_RECORD", r.choice(["ถูกจับกุมข้อหาครอบครองยาไอซ์", "ถูกจับข้อหาเสพยาเสพติดให้โทษประเภท 1", "ถูกตำรวจจับข้อหาครอบครองกัญชาเกินปริมาณที่กฎหมายกำหนด"])),
        " ขณะขับรถจักรยานยนต์ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)),
        f" บริเวณหน้าหอพักเมื่อ {r.randint(1, 28)} {r.choice(TH_MONTHS)} 2569\n",
        "มติ: พักการศึกษา 1 ภาคการศึกษา และให้เข้ารับการบำบัด แจ้งผู้ปกครองที่เบอร์ ", ("PHONE_NUMBER", mobile(r, "dash")),
    ]


@T("education")
def edu_protest_student_discipline(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "สรุปรายงานการประชุมฝ่ายปกครองนี้เป็น bullet 5 ข้อ\n",
        "วาระ 3: กรณีนักเรียนชูป้ายหน้าเสาธง\n",
        "- ", P(a), " ม.5/3 (เลขประจำตัว ", ("STUDENT_ID", student_id(r, "school")), ") ",
        ("POLITICAL_OPINION", r.choice(["เป็นแกนนำกลุ่มนักเรียนเลว", "ไปร่วมม็อบราษฎร", "โพสต์เรียกร้องให้ยกเลิก ม.112"])),
        " และชวนเพื่อนผูกโบว์ขาว\n",
        "- ", P(b), " ม.5/1 เป็นคนถ่ายคลิปลง TikTok, ผู้ปกครองโทร ", ("PHONE_NUMBER", mobile(r)), " มาต่อว่าครู\n",
        "- ที่ประชุมเห็นว่าไม่ควรตัดคะแนนความประพฤติเพราะเป็นการแสดงออกทางความคิด ให้ครูที่ปรึกษาพูดคุยแทน",
    ]


@T("education")
def edu_hijab_request_email(r: random.Random) -> list:
    child, parent = given(r, True), thn(r, True)
    return [
        "แปลอีเมลผู้ปกครองฉบับนี้เป็นภาษาอังกฤษสำหรับครูชาวต่างชาติ\n---\n",
        "เรียน ครูประจำชั้น ป.", str(r.randint(4, 6)), "\n",
        "ดิฉันเป็นแม่ของเด็กหญิง", P(child), " ครอบครัวเรา", ("RELIGION", r.choice(["นับถือศาสนาอิสลาม", "เป็นมุสลิม"])),
        " ขออนุญาตให้ลูกคลุมฮิญาบมาโรงเรียนและงดอาหารกลางวันช่วงเดือนรอมฎอนค่ะ ",
        "หากสะดวกคุยทางไลน์ ไอดี ", ("LINE_ID", line_id(r)), " หรือโทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "ขอบคุณค่ะ\n", P(parent),
    ]


@T("education")
def edu_iep_special_needs(r: random.Random) -> list:
    n = nick(r)
    name = thn(r)
    return [
        "ช่วยร่างแผนการจัดการศึกษาเฉพาะบุคคล (IEP) ภาคเรียนที่ 1 จากข้อมูลนี้\n",
        "ชื่อนักเรียน: เด็กชาย", P(name), " ชื่อเล่น ", P(n), "  เกิด ", ("DATE_OF_BIRTH", dob(r, "slash_be", 2015, 2017)), "\n",
        "ประเภทความพิการ: ", ("DISABILITY", r.choice(["ออทิสติก", "บกพร่องทางการเรียนรู้ (LD)", "พิการทางสติปัญญา", "สายตาเลือนราง"])), "\n",
        "ข้อมูลสุขภาพ: ", ("HEALTH_DATA", r.choice(["โรคลมชัก", "โรคสมาธิสั้น (ADHD)", "โรคหอบหืด"])), " ทานยาหลังอาหารเช้า\n",
        "ผู้ปกครอง: ", P(thn(r, True)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "จุดแข็ง: ชอบวาดรูป จำเส้นทางได้ดี / จุดที่ต้องพัฒนา: การอ่านสะกดคำ การรอคอย",
    ]


@T("education")
def edu_thalassemia_screening_csv(r: random.Random) -> list:
    rows = []
    for i in range(3):
        rows += [("STUDENT_ID", student_id(r, "school")), ",", P(thn(r)), ",", ("MEDICAL_RECORD_NUMBER", hn(r, "yy")), ","]
        rows += [("GENETIC_DATA", r.choice(["พาหะเบต้าธาลัสซีเมีย", "พาหะฮีโมโกลบินอี", "พาหะแอลฟาธาลัสซีเมีย 1"]))
                 if i != 1 else "ปกติ", "\n"]
    return [
        "ผลตรวจคัดกรองธาลัสซีเมีย นร.ม.4 (จาก รพ.สต.) ช่วยนับว่ามีพาหะกี่คน และร่างจดหมายแจ้งผู้ปกครองเฉพาะรายที่เป็นพาหะ\n",
        "student_id,name,hn,result\n", rows,
    ]


@T("education")
def edu_exam_fingerprint_checkin(r: random.Random) -> list:
    sid = student_id(r, "uni")
    return [
        "ระบบยืนยันตัวตนเข้าห้องสอบ log นี้ error อะไร ทำไมนักศึกษาสแกนไม่ผ่าน\n```\n",
        f"{ts(r)} INFO exam=CS{r.randint(100, 499)} room=EN-{r.randint(101, 410)} seat={r.randint(1, 120)}\n",
        f"{ts(r)} DEBUG student_id=", ("STUDENT_ID", sid), " name=\"", P(rom(r)), "\" client_ip=", ("IP_ADDRESS", ipv4(r)), "\n",
        f"{ts(r)} DEBUG fp_template=", ("BIOMETRIC_DATA", fp_template(r, 48)), " quality=", str(r.randint(18, 39)), "\n",
        f"{ts(r)} WARN match_score=0.{r.randint(20, 49)} below threshold 0.62 -> fallback to ID card\n```",
    ]


@T("education")
def edu_lms_login_anomaly_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Is this account compromised? Summarise the evidence for the IT security team.\n\n",
        "user: ", ("EMAIL_ADDRESS", email(r, name, "student.university.ac.th")), " (", P(name), ", student no. ",
        ("STUDENT_ID", student_id(r, "uni")), ")\n",
        f"{ts(r)} login OK  src=", ("IP_ADDRESS", ipv4(r)), " ua=Chrome/126 Windows\n",
        f"{ts(r)} login OK  src=", ("IP_ADDRESS", ipv4(r)), " ua=python-requests/2.31\n",
        f"{ts(r)} download course=GEN{r.randint(100, 199)} files=214\n",
        "Note: student says they were at home in Khon Kaen the whole evening.",
    ]


@T("education")
def edu_tuition_card_dispute_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Draft a polite reply to this parent. The tuition was charged twice by the payment gateway.\n\n",
        "From: ", ("EMAIL_ADDRESS", email(r, name)), "\n",
        "Hi Finance team, I paid my son's semester fee (student ID ", ("STUDENT_ID", student_id(r, "prefixed")),
        ") online on 3 August and my card ", ("CREDIT_CARD", card(r, "space")),
        f" was charged THB {amount(r, 40000, 95000)} twice. Please refund one of them. You can call me on ",
        ("PHONE_NUMBER", mobile(r, "intl")), ".\nRegards, ", P(name),
    ]


@T("education")
def edu_intl_student_visa_letter_en(r: random.Random) -> list:
    who = r.choice(FOREIGN)
    return [
        "Generate the Non-ED visa support letter for Immigration using our standard wording.\n",
        "Name: ", P(who), "\nPassport No.: ", ("TH_PASSPORT", passport(r, r.choice(["cn", "kr", "other", "mm"]))),
        "\nDate of birth: ", ("DATE_OF_BIRTH", dob(r, "en", 1998, 2005)),
        "\nStudent ID: ", ("STUDENT_ID", student_id(r, "uni")),
        "\nProgramme: MBA (International Program), Academic year 2026\nContact: ", ("EMAIL_ADDRESS", email(r, who)),
        " / ", ("PHONE_NUMBER", mobile(r, "intl")),
    ]


@T("education")
def edu_parent_line_group_pickup(r: random.Random) -> list:
    a, b, c = nick(r), nick(r), nick(r)
    return [
        "สรุปแชทกลุ่มผู้ปกครองห้อง อ.2/1 ว่าใครรับเด็กคนไหน วันนี้ครูต้องปล่อยเด็กให้ถูกคน\n",
        "แม่", P(a), ": วันนี้พี่สาวมารับน้อง", P(a), "นะคะ รถเก๋งสีขาว ", ("TH_VEHICLE_PLATE", plate(r)), " 🙏\n",
        "พ่อ", P(b), ": ผมติดประชุมครับ ฝากยายมารับ ถ้ามีอะไรโทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "ครู", P(given(r, True)), ": รับทราบค่า 😊 น้อง", P(c), " วันนี้มีไข้นิดหน่อยนะคะ คุณแม่ทักไลน์ครูได้ที่ ",
        ("LINE_ID", line_id(r)), "\n",
        "แม่", P(c), ": ขอบคุณค่ะครูบ่ายสองไปรับเลยค่ะ",
    ]


@T("education")
def edu_private_teachers_union(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "ช่วยร่างหนังสือถึงผู้รับใบอนุญาตโรงเรียน แจ้งการจัดตั้งสหภาพและขอเจรจาเรื่องเงินเดือน\n",
        "ข้อมูล: ครู", P(a), " (ครูคณิต ม.ปลาย) ", ("TRADE_UNION", r.choice(["เป็นประธานสหภาพแรงงาน", "ร่วมก่อตั้งสหภาพแรงงาน"])),
        "ครูเอกชนของโรงเรียน ส่วนครู", P(b), " ", ("TRADE_UNION", r.choice(["เป็นเลขาธิการสหภาพแรงงาน", "เป็นกรรมการสหภาพแรงงาน"])),
        " ติดต่อกลับที่ ", ("PHONE_NUMBER", mobile(r)), " หรือ ", ("EMAIL_ADDRESS", email(r, rom(r))),
        "\nประเด็น: ไม่ได้ขึ้นเงินเดือนมา 3 ปี, ถูกหักค่าชุดกีฬาสี, ทำงานวันเสาร์ไม่มีค่าตอบแทน",
    ]


@T("education")
def edu_dorm_room_request_lgbt(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "ตอบคำร้องนี้แบบเห็นอกเห็นใจ และบอกขั้นตอนย้ายหอ\n\n",
        "สวัสดีครับงานหอพัก ผม", P(name), " รหัส ", ("STUDENT_ID", student_id(r, "uni")),
        " อยู่หอชาย ", r.choice(["อาคาร 5", "อาคาร 12", "หอ 3"]), " ผม", ("SEXUAL_BEHAVIOUR", r.choice(["เป็นเกย์", "คบกับผู้ชาย"])),
        " แล้วรูมเมทเอาไปพูดในกลุ่มจนโดนล้อทุกวัน ตอนนี้", ("HEALTH_DATA", r.choice(["เป็นแพนิค", "เป็นซึมเศร้า"])),
        " ต้องไปหาหมอที่ รพ.มหาวิทยาลัย ขอย้ายห้องได้ไหมครับ เบอร์ผม ", ("PHONE_NUMBER", mobile(r, "plain")),
    ]


@T("education")
def edu_deaf_student_accommodation_en(r: random.Random) -> list:
    name = rom(r, True)
    return [
        "Summarise this request for the Disability Support Services committee and list the accommodations.\n\n",
        "Student ", P(name), " (ID ", ("STUDENT_ID", student_id(r, "uni")), ", Faculty of Law) is ",
        ("DISABILITY", r.choice(["deaf", "hard of hearing", "blind", "a wheelchair user"])),
        " and also has ", ("HEALTH_DATA", r.choice(["epilepsy", "type 1 diabetes", "severe asthma"])),
        ". She requests a Thai Sign Language interpreter for lectures, 25% extra exam time, and a seat near the exit.\n",
        "Contact: ", ("EMAIL_ADDRESS", email(r, name)), ". Medical certificate attached (HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "yy")), ").",
    ]


@T("education")
def edu_scholarship_disbursement_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [("STUDENT_ID", student_id(r, "uni")), ",", P(thn(r)), ",", r.choice(BANKS), ",",
                 ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), f",{r.choice(['6000', '12000', '8500'])}\n"]
    return [
        "ไฟล์โอนเงินทุน กยศ.เสริม เดือนนี้ แปลงเป็น format ธนาคาร (ตัดขีด, ชื่อตัวพิมพ์ใหญ่ไม่ได้เพราะเป็นภาษาไทย) แล้วรวมยอด\n",
        "รหัส,ชื่อ,ธนาคาร,เลขบัญชี,จำนวนเงิน\n", rows,
    ]


@T("education")
def edu_school_nurse_log(r: random.Random) -> list:
    a, b = nick(r), nick(r)
    return [
        "บันทึกห้องพยาบาลวันนี้ ช่วยแยกเป็นรายการที่ต้องแจ้งผู้ปกครองด่วน\n",
        "09:20 ด.ญ.", P(thn(r, True)), " (", P(a), ") ป.5 หอบ ", ("HEALTH_DATA", r.choice(["โรคหอบหืด", "หอบหืดกำเริบ"])),
        " พ่นยาแล้วดีขึ้น โทรแจ้งแม่ ", ("PHONE_NUMBER", mobile(r)), "\n",
        "11:05 ด.ช.", P(thn(r, False)), " (", P(b), ") ป.3 ชักเกร็ง 1 นาที มีประวัติ", ("HEALTH_DATA", "โรคลมชัก"),
        " ส่ง รพ. HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), "\n",
        "13:40 นร.ม.1 ปวดหัว 3 คน ให้นอนพัก (ไม่ต้องแจ้ง)",
    ]


@T("education")
def edu_foundation_donation_receipt(r: random.Random) -> list:
    name = thn(r)
    return [
        "ออกใบอนุโมทนาบัตร/ใบเสร็จรับเงินบริจาคให้ผู้บริจาคนำไปลดหย่อนภาษีได้ 2 เท่า จากข้อมูลนี้\n",
        "มูลนิธิเพื่อการศึกษาโรงเรียนบ้านหนองบัว เลขประจำตัวผู้เสียภาษี ", ("TH_JURISTIC_ID", juristic(r)), "\n",
        "ผู้บริจาค: ", P(name), "  เลขประจำตัวผู้เสียภาษี (บัตร ปชช.) ", ("TH_NATIONAL_ID", nid(r, "plain")), "\n",
        "ที่อยู่: ", ("ADDRESS", addr(r)), "\n",
        f"จำนวนเงิน {amount(r, 1000, 50000)} บาท วัตถุประสงค์: ทุนอาหารกลางวันนักเรียน",
    ]


@T("education")
def edu_recommendation_letter_en(r: random.Random) -> list:
    name = rom(r, True)
    prof = rom(r)
    return [
        "Polish this recommendation letter. Keep the part about the leave of absence but make it tactful.\n\n",
        "To the Admissions Committee,\nI have taught ", P(name), " (student no. ", ("STUDENT_ID", student_id(r, "uni")),
        ") in three courses. In her second year she took a semester of leave while being treated for ",
        ("HEALTH_DATA", r.choice(["Hodgkin lymphoma", "major depressive disorder", "chronic kidney disease"])),
        ", and returned to graduate with first-class honours.\nDr ", P(prof), "\n", ("EMAIL_ADDRESS", email(r, prof, "kku.ac.th")),
    ]


@T("education")
def edu_advisor_chat_mixed(r: random.Random) -> list:
    n = nick(r)
    return [
        "translate to formal Thai email ถึงอาจารย์ที่ปรึกษา ขอ incomplete วิชา final project\n\n",
        "อาจารย์คะ หนู", P(n), " รหัส ", ("STUDENT_ID", student_id(r, "uni")),
        " ค่ะ sorry ที่ส่งงานช้ามากก ช่วงนี้หนู", ("HEALTH_DATA", r.choice(["เป็นแพนิค", "เป็นไบโพล่า", "เป็นซึมเศร้า"])),
        " หมอเพิ่งปรับยา มีใบรับรองแพทย์ค่ะ hn ", ("MEDICAL_RECORD_NUMBER", hn(r, "yy")),
        " ขอ I ได้มั้ยคะ 🥺 ทักไลน์ ", ("LINE_ID", line_id(r)), " ได้เลยค่ะ",
    ]


@T("education")
def edu_alumni_export_json(r: random.Random) -> list:
    name = rom(r)
    return [
        "Dedupe these alumni records (same person registered twice?) and output one merged JSON.\n",
        '[{"name_en": "', P(name), '", "email": "', ("EMAIL_ADDRESS", email(r, name)), '", "student_no": "',
        ("STUDENT_ID", student_id(r, "uni")), '", "dob": "', ("DATE_OF_BIRTH", dob(r, "iso", 1985, 2000)), '"},\n',
        ' {"name_en": "', P(name.upper()), '", "mobile": "', ("PHONE_NUMBER", mobile(r, "plain")), '", "dob": "',
        ("DATE_OF_BIRTH", dob(r, "iso", 1985, 2000)), '", "grad_year": ', str(r.randint(2008, 2022)), "}]",
    ]


@T("education")
def edu_teacher_misconduct_inquiry(r: random.Random) -> list:
    teacher, student = thn(r, False), thn(r, True)
    return [
        "ช่วยร่างคำสั่งแต่งตั้งคณะกรรมการสอบข้อเท็จจริง (ห้ามใส่รายละเอียดเกินจำเป็น)\n",
        "เรื่องร้องเรียน: ผู้ปกครองของ ด.ญ.", P(student), " แจ้งว่าครู", P(teacher),
        " ", ("SEXUAL_BEHAVIOUR", r.choice(["มีเพศสัมพันธ์กับนักเรียน", "ส่งข้อความชวนนักเรียนไปค้างคืน"])),
        " และ", ("CRIMINAL_RECORD", r.choice(["ถูกแจ้งความข้อหากระทำอนาจารเด็ก", "ถูกดำเนินคดีอาญาข้อหาพรากผู้เยาว์"])),
        " ที่ สภ.เมือง แล้ว ผู้ร้องติดต่อได้ที่ ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("education")
def edu_christian_camp_consent(r: random.Random) -> list:
    child = thn(r)
    return [
        "ช่วยทำตารางรายชื่อนักเรียนที่ผู้ปกครองไม่อนุญาตให้เข้าร่วมกิจกรรมไหว้ครู/ไหว้พระ จากแบบฟอร์มนี้\n",
        "ชื่อนักเรียน: ", P(child), "  ชั้น ม.", str(r.randint(1, 3)), "\n",
        "เหตุผล: ครอบครัว", ("RELIGION", r.choice(["นับถือศาสนาคริสต์", "เป็นคริสเตียน", "นับถือศาสนาซิกข์"])),
        " ขอให้ลูกร่วมกิจกรรมแบบยืนแสดงความเคารพแทนการกราบพระ\n",
        "ผู้ปกครอง: ", P(thn(r)), " ลงชื่อ ", f"{r.randint(1, 28)}/0{r.randint(5, 6)}/2569",
    ]


@T("education")
def edu_ethnic_boarding_roster_en(r: random.Random) -> list:
    a, b = rom(r), rom(r)
    return [
        "Create a dietary and language-support table from this boarding roster.\n",
        "1. ", P(a), ", Grade 8, ", ("ETHNICITY", r.choice(["Akha", "Lahu", "Hmong"])), ", speaks little Thai, DOB ",
        ("DATE_OF_BIRTH", dob(r, "en", 2011, 2013)), "\n",
        "2. ", P(b), ", Grade 7, ", ("ETHNICITY", r.choice(["ethnic Karen", "Lisu", "Mien"])), ", ",
        ("RELIGION", r.choice(["Christian", "Catholic"])), ", no pork on Fridays (family request), guardian ",
        ("PHONE_NUMBER", mobile(r, "intl")), "\n",
        "3. (vacant bed)",
    ]


@T("education", neg=True)
def neg_edu_exam_timetable(r: random.Random) -> list:
    rows = []
    for _ in range(4):
        rows.append(f"{r.choice(['01', '02', '03'])}{r.randint(100, 499)}{r.randint(100, 199)} | "
                    f"{r.randint(1, 28)} พ.ค. 69 | {r.choice(['09:00-12:00', '13:30-16:30'])} | "
                    f"อาคาร {r.randint(1, 9)} ห้อง {r.randint(101, 512)} | {r.randint(40, 320)} ที่นั่ง\n")
    return [
        "จัดตารางสอบปลายภาคนี้ใหม่ให้ไม่มีวิชาชนกัน แล้วแปลงเป็น Markdown\n",
        "รหัสวิชา | วันที่ | เวลา | ห้องสอบ | จำนวน\n", "".join(rows),
        "หมายเหตุ: นิสิตต้องแสดงบัตรประจำตัวนิสิตหรือบัตรประชาชนก่อนเข้าห้องสอบ ห้ามนำโทรศัพท์เข้าห้อง",
    ]


@T("education", hard="HEALTH_DATA")
def neg_edu_health_lesson_depression(r: random.Random) -> list:
    return [
        f"ช่วยทำใบงานสุขศึกษา ม.{r.randint(2, 5)} หัวข้อ 'สัญญาณเตือนโรคซึมเศร้าในวัยรุ่น' 10 ข้อ พร้อมเฉลย\n",
        "เนื้อหาอ้างอิง: โรคซึมเศร้าพบได้ในวัยรุ่นประมาณ 1 ใน 10 คน อาการที่ควรสังเกตคือ เบื่อหน่ายสิ่งที่เคยชอบ ",
        "นอนไม่หลับหรือหลับมากเกินไป แยกตัว ผลการเรียนลดลง หากพบเพื่อนมีอาการควรบอกครูแนะแนว ",
        "หรือโทรสายด่วนสุขภาพจิต 1323 ตลอด 24 ชั่วโมง โรคนี้รักษาได้ด้วยยาและจิตบำบัด",
    ]


@T("education", hard="SEXUAL_BEHAVIOUR")
def neg_edu_sex_ed_lesson(r: random.Random) -> list:
    return [
        "Write a 50-minute lesson plan for Grade 10 sexuality education (Thai national curriculum, strand 2).\n",
        "Topics: consent and saying no, contraception methods and their effectiveness, how STIs such as HIV and ",
        "syphilis are transmitted, where teenagers can get confidential advice (youth-friendly clinics), and respect ",
        f"for sexual diversity including gay, lesbian and bisexual people. Include a {r.choice(['role-play', 'quiz', 'case discussion'])} ",
        "activity and an exit ticket. No real student examples.",
    ]


@T("education", hard="ETHNICITY")
def neg_edu_ethnic_groups_unit(r: random.Random) -> list:
    return [
        "สรุปบทเรียนสังคมศึกษา ป.6 เรื่อง 'กลุ่มชาติพันธุ์ในภาคเหนือ' ให้เป็นแผนผังความคิด\n",
        "ภาคเหนือของไทยมีกลุ่มชาติพันธุ์หลากหลาย เช่น กะเหรี่ยง ม้ง ลีซู อาข่า ลาหู่ และเมี่ยน ",
        "แต่ละกลุ่มมีภาษา การแต่งกาย และประเพณีของตนเอง เช่น ประเพณีกินข้าวใหม่ของกะเหรี่ยง ",
        "และเทศกาลปีใหม่ม้งช่วงเดือนธันวาคม นักเรียนควรเรียนรู้ความแตกต่างอย่างเคารพ",
    ]


@T("education", hard="GENETIC_DATA")
def neg_edu_genetics_quiz_en(r: random.Random) -> list:
    return [
        f"Make {r.randint(8, 12)} multiple-choice questions on Mendelian inheritance for Grade 11 biology.\n",
        "Cover: dominant and recessive alleles, Punnett squares, why two thalassaemia carriers have a 25% chance of ",
        "an affected child, what PCR and DNA fingerprinting are used for in forensics, and how BRCA genes relate to ",
        "hereditary breast cancer. Use fictional pea plants and families A and B only.",
    ]


@T("education", neg=True)
def neg_edu_tcas_announcement(r: random.Random) -> list:
    return [
        "ทำโพสต์เพจคณะประกาศกำหนดการรับสมัคร TCAS รอบ 2 ให้อ่านง่าย ใส่อีโมจิได้\n",
        f"- รับสมัคร {r.randint(1, 10)}-{r.randint(15, 25)} มี.ค. 2570 ผ่านระบบ mytcas.com\n",
        f"- ค่าสมัคร {r.choice(['150', '200', '300'])} บาท จำนวนรับ {r.randint(30, 120)} คน\n",
        "- ประกาศรายชื่อผู้มีสิทธิ์สัมภาษณ์ 2 เม.ย. 2570\n",
        "- สอบถาม admission@eng.university.ac.th หรือสายด่วนคณะ 1102 ในวันเวลาราชการ",
    ]


@T("education", neg=True)
def neg_edu_scholarship_criteria_en(r: random.Random) -> list:
    return [
        "Turn these scholarship criteria into an eligibility checklist for the application portal.\n",
        f"- Thai nationality, GPAX of at least {r.choice(['2.75', '3.00', '3.25'])}\n",
        f"- Household income below THB {r.choice(['200,000', '300,000', '360,000'])} per year\n",
        "- Priority to students from highland communities and students with disabilities\n",
        "- Required documents: transcript, income certificate, one-page essay\n",
        "Questions: scholarships@university.ac.th",
    ]


@T("education", neg=True)
def neg_edu_lms_event_log_epoch(r: random.Random) -> list:
    lines = []
    for _ in range(3):
        lines.append(f'{{"ts_ms": {epoch_ms(r)}, "event": "{r.choice(["quiz_submit", "video_play", "page_view"])}", '
                     f'"course_id": "GEN{r.randint(100, 199)}", "section": {r.randint(1, 12)}, "latency_ms": {r.randint(20, 900)}}}\n')
    return [
        "These Moodle events arrive out of order. Write a Python snippet to sort by ts_ms and count events per course.\n",
        "".join(lines),
    ]


@T("education", hard="RELIGION")
def neg_edu_school_calendar_holidays(r: random.Random) -> list:
    return [
        "จัดปฏิทินกิจกรรมโรงเรียนภาคเรียนที่ 1/2569 เป็นตาราง เดือน | กิจกรรม\n",
        "- พิธีไหว้ครู (มิ.ย.)\n- วันอาสาฬหบูชา/เข้าพรรษา หยุด 2 วัน แห่เทียนพรรษา\n",
        "- วันฮารีรายอ ตามประกาศจุฬาราชมนตรี (โรงเรียนในจังหวัดชายแดนใต้หยุดเพิ่ม)\n",
        "- กิจกรรมวันคริสต์มาสในชั่วโมงภาษาอังกฤษ\n- สอบกลางภาค สัปดาห์ที่ 10",
    ]


@T("education", hard="BIOMETRIC_DATA")
def neg_edu_face_checkin_policy(r: random.Random) -> list:
    return [
        "Rewrite this university announcement in plain English for international students.\n",
        f"From semester {r.choice(['1/2027', '2/2026'])}, exam halls will use face-recognition check-in. Face templates are ",
        "created from the ID photo already held by the Registrar, stored encrypted for one semester and deleted afterwards. ",
        "Students who do not consent may check in with their student card at the manual desk. Fingerprint scanners ",
        "will no longer be used. Contact registrar@university.ac.th for questions.",
    ]


# ==============================================================================================
# Government and local administration
# ==============================================================================================
OBT = ["อบต.หนองแวง", "เทศบาลตำบลสันทรายหลวง", "อบต.บ้านดู่", "เทศบาลเมืองบ้านสวน", "อบต.ท่าช้าง", "เทศบาลนครขอนแก่น"]


@T("government")
def gov_welfare_card_registration(r: random.Random) -> list:
    f = r.random() < 0.5
    name = thn(r, f)
    return [
        "ตรวจแบบลงทะเบียนบัตรสวัสดิการแห่งรัฐนี้ว่าผู้ลงทะเบียนน่าจะผ่านเกณฑ์รายได้ไหม อธิบายสั้นๆ\n",
        "1) ชื่อ ", ttl(r, f), " ", P(name), "\n2) เลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r, "space")), "\n",
        "3) วันเดือนปีเกิด ", ("DATE_OF_BIRTH", dob(r, "th_short", 1950, 1985)), "\n",
        "4) ที่อยู่ตามทะเบียนบ้าน ", ("ADDRESS", addr(r, "prov")), "\n",
        "5) โทรศัพท์ ", ("PHONE_NUMBER", mobile(r)), "\n",
        f"6) อาชีพ รับจ้างทั่วไป รายได้ {amount(r, 30000, 95000)} บาท/ปี  7) บัญชีรับเงิน ", r.choice(BANKS), " ",
        ("TH_BANK_ACCOUNT", bank_acct(r)), "\n8) สมาชิกในครัวเรือน 4 คน มีผู้", ("DISABILITY", r.choice(["พิการทางการเคลื่อนไหว", "ใช้รถเข็น", "ตาบอด"])), " 1 คน (ตัวผู้ลงทะเบียนเอง)",
    ]


@T("government")
def gov_disability_allowance_obt(r: random.Random) -> list:
    name = thn(r)
    return [
        f"ร่างหนังสือ{r.choice(OBT)} แจ้งผลการขึ้นทะเบียนรับเบี้ยความพิการ ถึงผู้ยื่นคำขอ\n",
        "ผู้ยื่น: ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "ประเภทความพิการตามบัตรคนพิการ: ", ("DISABILITY", r.choice(["พิการทางการได้ยิน", "พิการทางสติปัญญา", "พิการทางการเคลื่อนไหว", "สายตาเลือนราง"])), "\n",
        "เอกสารรับรองความพิการจาก รพ.ชุมชน HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "slash")), "\n",
        "โอนเข้าบัญชี ธ.ก.ส. ", ("TH_BANK_ACCOUNT", bank_acct(r, "twelve")), " เริ่มเดือนถัดไป 1,000 บาท/เดือน",
    ]


@T("government")
def gov_household_move_in(r: random.Random) -> list:
    a, b = thn(r, False), thn(r, True)
    return [
        "ช่วยเช็คเอกสารย้ายที่อยู่ (ย้ายเข้า) ว่าขาดอะไร แล้วเขียนข้อความตอบกลับทางไลน์สำนักทะเบียน\n",
        "ผู้ย้าย: ", P(a), " (", ("TH_NATIONAL_ID", nid(r, "dash")), ") และภรรยา ", P(b), " (", ("TH_NATIONAL_ID", nid(r, "dash")), ")\n",
        "ย้ายจาก: ", ("ADDRESS", addr(r, "bkk")), "\n",
        "ย้ายเข้า: ", ("ADDRESS", addr(r, "prov")), "\n",
        "เจ้าบ้านยินยอม: มี  /  สำเนาทะเบียนบ้านปลายทาง: ยังไม่แนบ  /  ใบแจ้งย้ายออก: มี",
    ]


@T("government")
def gov_stateless_registration(r: random.Random) -> list:
    name = thn(r)
    return [
        "สรุปคำขอเพิ่มชื่อในทะเบียนประวัติ (ท.ร.38 ก) สำหรับนายอำเภอพิจารณา\n",
        "ผู้ยื่น: ", P(name), "  เลขประจำตัว ", ("TH_NATIONAL_ID", nid(r, "dash", first=r.choice("678"))),
        "  เกิด ", ("DATE_OF_BIRTH", dob(r, "th_long", 1975, 2000)), "\n",
        "เป็น", ("ETHNICITY", r.choice(["ชาวไทใหญ่", "ชาวอาข่า", "ชาติพันธุ์ลาหู่", "ชาวมอแกน"])),
        " อาศัยอยู่ที่ ", ("ADDRESS", addr(r, "north")), " ตั้งแต่ปี 2540 มีพยานบุคคลคือผู้ใหญ่บ้าน ", P(thn(r, False)), "\n",
        "ประสงค์: ขอสถานะอยู่อาศัยถาวรเพื่อให้ลูกเรียนต่อได้",
    ]


@T("government")
def gov_land_office_transfer(r: random.Random) -> list:
    seller, buyer = thn(r), thn(r)
    return [
        "จากบันทึกนี้ คำนวณค่าธรรมเนียมโอน 2% ภาษีธุรกิจเฉพาะ และอากรแสตมป์ให้หน่อย\n",
        "สำนักงานที่ดินจังหวัด สาขา", r.choice(["สันทราย", "บางละมุง", "หาดใหญ่"]), " – นัดโอนกรรมสิทธิ์\n",
        "ผู้ขาย: ", P(seller), " บัตร ", ("TH_NATIONAL_ID", nid(r, "plain")), " ถือครอง 3 ปี\n",
        "ผู้ซื้อ: ", P(buyer), " โทร ", ("PHONE_NUMBER", mobile(r)), " ที่อยู่ ", ("ADDRESS", addr(r)), "\n",
        f"โฉนดเลขที่ {r.randint(10000, 99999)} เนื้อที่ {r.randint(0, 3)}-{r.randint(0, 3)}-{r.randint(10, 99)} ไร่ "
        f"ราคาประเมิน {amount(r, 800000, 3000000)} บาท ราคาซื้อขาย {amount(r, 900000, 4000000)} บาท",
    ]


@T("government")
def gov_local_election_canvass_sheet(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "ทำสรุปรายชื่อหัวคะแนนแต่ละหมู่บ้านเป็นตาราง (ทีมงานผู้สมัครนายก อบต.)\n",
        "หมู่ 3: ", P(a), " ", ("POLITICAL_OPINION", r.choice(["เป็นหัวคะแนนพรรคเพื่อไทย", "หัวคะแนนฝั่งนายกคนเก่า", "สนับสนุนพรรคประชาชน"])),
        " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "หมู่ 7: ", P(b), " ", ("POLITICAL_OPINION", r.choice(["เปลี่ยนไปเชียร์ทีมผู้สมัครเบอร์ 2", "เป็นสมาชิกพรรครวมไทยสร้างชาติ"])),
        " ต้องระวัง\nหมู่ 9: ยังไม่มีคน",
    ]


@T("government")
def gov_damrongdhamma_complaint(r: random.Random) -> list:
    complainant, headman = thn(r, False), thn(r, False)
    return [
        "จัดหมวดหมู่เรื่องร้องเรียนนี้และร่างหนังสือส่งต่ออำเภอ\n---\n",
        "ผู้ร้อง: ", P(complainant), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "เรื่อง: ผู้ใหญ่บ้าน", P(headman), " ไม่ยอมเซ็นรับรองให้ผมรับเงินเยียวยาน้ำท่วม อ้างว่าผม",
        ("POLITICAL_OPINION", r.choice(["เป็นหัวคะแนนฝั่งตรงข้าม", "ไปช่วยหาเสียงให้พรรคฝ่ายค้าน"])),
        " และพูดในที่ประชุมหมู่บ้านว่าผม", ("CRIMINAL_RECORD", r.choice(["เคยติดคุกคดียา", "เคยต้องโทษคดีลักทรัพย์"])), " ทั้งที่พ้นโทษมา 10 ปีแล้ว",
    ]


@T("government")
def gov_elderly_allowance_csv(r: random.Random) -> list:
    rows = []
    for i in range(3):
        rows += [P(thn(r)), ",", ("TH_NATIONAL_ID", nid(r, "plain", first="3")), ",", ("DATE_OF_BIRTH", dob(r, "slash_be", 1936, 1960)), ",",
                 ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), ","]
        rows += [("HEALTH_DATA", r.choice(["ติดเตียง", "อัมพาตครึ่งซีก", "ไตวายฟอกเลือด"])) if i == 0 else "-", "\n"]
    return [
        "ไฟล์เบี้ยยังชีพผู้สูงอายุ เดือน ต.ค. ช่วยแบ่งขั้นบันได (60-69=600, 70-79=700, 80-89=800, 90+=1000) แล้วเพิ่มคอลัมน์ยอดเงิน\n",
        "ชื่อ,เลขบัตร,วันเกิด,บัญชี,หมายเหตุสุขภาพ\n", rows,
    ]


@T("government")
def gov_municipal_workers_union(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "ช่วยสรุปบันทึกข้อความนี้เพื่อรายงานนายกเทศมนตรี\n",
        "พนักงานจ้างกองสาธารณสุข 2 ราย คือ ", P(a), " ซึ่ง", ("TRADE_UNION", r.choice(["เป็นประธานสหภาพแรงงาน", "เป็นกรรมการสหภาพแรงงาน"])),
        "ลูกจ้างเทศบาล และ ", P(b), " ที่", ("TRADE_UNION", r.choice(["เพิ่งสมัครเข้าสหภาพ", "เป็นสมาชิกสหภาพแรงงาน"])),
        " ยื่นหนังสือขอให้จ่ายค่าเสี่ยงภัยเก็บขยะติดเชื้อย้อนหลัง ติดต่อผู้ประสานงาน ", ("PHONE_NUMBER", landline(r)),
    ]


@T("government")
def gov_dopa_face_verify_log(r: random.Random) -> list:
    return [
        "ทำไม request นี้ถึง fail ช่วยอ่าน log ยืนยันตัวตนผ่าน ThaID ให้หน่อย\n```\n",
        f"{ts(r)} POST /verify/face citizen_id=", ("TH_NATIONAL_ID", nid(r, "plain")), " src=", ("IP_ADDRESS", ipv4(r)), "\n",
        f"{ts(r)} face_embedding=", ("BIOMETRIC_DATA", bio_vec(r, 8)), "\n",
        f"{ts(r)} liveness=0.{r.randint(10, 40)} similarity=0.{r.randint(40, 69)} result=REJECT reason=LOW_LIVENESS\n```",
    ]


@T("government")
def gov_citizen_app_ticket_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Classify this helpdesk ticket (login / data / payment) and draft the first reply.\n\n",
        "Ticket #", str(r.randint(100000, 999999)), " from ", P(name), " <", ("EMAIL_ADDRESS", email(r, name)), ">\n",
        "I cannot log in to the tax e-filing app. It says my ID ", ("TH_NATIONAL_ID", nid(r, "dash")),
        " is already linked to another phone. My number is ", ("PHONE_NUMBER", mobile(r, "intl")),
        ". Last attempt from IP ", ("IP_ADDRESS", ipv4(r)), " around 9pm.",
    ]


@T("government")
def gov_migrant_worker_registration(r: random.Random) -> list:
    w = r.choice(FOREIGN_TH)
    return [
        "เตรียมข้อมูลยื่นขออนุญาตทำงานแรงงานต่างด้าว (MOU) ให้ครบตามแบบ ตรวจว่าขาดอะไร\n",
        "นายจ้าง: บริษัท สยามแพ็คฟู้ด จำกัด เลขนิติบุคคล ", ("TH_JURISTIC_ID", juristic(r)), "\n",
        "ลูกจ้าง: ", P(w), " สัญชาติเมียนมา ", ("ETHNICITY", r.choice(["เชื้อสายมอญ", "ชาติพันธุ์กะเหรี่ยง", "ชาวไทใหญ่"])),
        " หนังสือเดินทาง ", ("TH_PASSPORT", passport(r, "mm")), " เกิด ", ("DATE_OF_BIRTH", dob(r, "slash_be", 1985, 2002)), "\n",
        "ผลตรวจสุขภาพ: ผ่าน ยกเว้น", ("HEALTH_DATA", r.choice(["วัณโรคปอดระยะแพร่เชื้อ", "ซิฟิลิสระยะแฝง"])), " ต้องรักษาก่อน",
    ]


@T("government")
def gov_name_change_conversion(r: random.Random) -> list:
    old = thn(r, True)
    return [
        "ช่วยเขียนคำร้องขอเปลี่ยนชื่อตัว (แบบ ช.1) ส่วนเหตุผลให้ฟังขึ้น\n",
        "ผู้ร้อง: ", P(old), " เลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r)), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_long", 1985, 2000)), "\n",
        "ชื่อใหม่ที่ขอ: ", P(r.choice(["นูรีซะห์", "ฟาตีมะห์", "อามีนะห์", "ซารีฟะห์"])), "\n",
        "เหตุผล: ผู้ร้อง", ("RELIGION", r.choice(["เปลี่ยนมานับถือศาสนาอิสลาม", "เข้ารับอิสลามหลังแต่งงาน"])), " จึงประสงค์ใช้ชื่อตามหลักศาสนา",
    ]


@T("government")
def gov_social_worker_case_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Summarise this home-visit note for the provincial social development office, max 120 words.\n\n",
        "Client: ", P(name), ", born ", ("DATE_OF_BIRTH", dob(r, "en", 1960, 1975)), ", lives alone at ", ("ADDRESS", addr(r, "en")), ".\n",
        "Client is ", ("HEALTH_DATA", r.choice(["HIV-positive", "in stage 4 chronic kidney disease"])), " and ",
        ("DISABILITY", r.choice(["uses a wheelchair", "has low vision", "is a leg amputee"])),
        " since a 2019 accident. Neighbour brings food daily. Requests handrails and a monthly allowance transfer.",
    ]


@T("government")
def gov_birth_registration(r: random.Random) -> list:
    baby, mother, father = given(r), thn(r, True), thn(r, False)
    return [
        "ตรวจข้อมูลแจ้งเกิด (ท.ร.1 ตอนหน้า) ว่ากรอกถูก format ไหม\n",
        "ชื่อเด็ก: ", P(baby), "  เกิดวันที่ ", ("DATE_OF_BIRTH", f"{r.randint(1, 28)} {r.choice(TH_MONTHS)} 2569"), " เวลา 04.12 น.\n",
        "สถานที่เกิด: โรงพยาบาลศูนย์ HN มารดา ", ("MEDICAL_RECORD_NUMBER", hn(r, "yy")), "\n",
        "มารดา: ", P(mother), " (", ("TH_NATIONAL_ID", nid(r, "dash")), ")\n",
        "บิดา: ", P(father), " (", ("TH_NATIONAL_ID", nid(r, "dash")), ")",
    ]


@T("government")
def gov_job_applicant_background_check(r: random.Random) -> list:
    name = thn(r)
    return [
        "ร่างหนังสือแจ้งผู้สมัครพนักงานจ้างตามภารกิจว่าไม่ผ่านคุณสมบัติ โดยไม่ระบุรายละเอียดคดีในหนังสือ\n",
        "ผู้สมัคร: ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "ผลตรวจประวัติจากกองทะเบียนประวัติอาชญากร: ", ("CRIMINAL_RECORD", r.choice(["เคยต้องโทษจำคุกคดียาเสพติด", "ต้องคำพิพากษาให้จำคุก 1 ปี รอลงอาญา", "มีประวัติคดีทำร้ายร่างกาย"])), "\n",
        "ที่อยู่ส่งหนังสือ: ", ("ADDRESS", addr(r)),
    ]


@T("government")
def gov_village_head_line_broadcast(r: random.Random) -> list:
    a, b = nick(r), thn(r)
    return [
        "แปลงข้อความไลน์ผู้ใหญ่บ้านนี้เป็นประกาศเสียงตามสายแบบสุภาพ\n\n",
        "📢📢 พี่น้องหมู่ 4 ฟังทางนี้ พรุ่งนี้ 9 โมง อสม.จะมาฉีดวัคซีนที่ศาลา ใครติดเตียงให้บอกลุง", P(a),
        " ด่วน ยาย", P(b), " ", ("HEALTH_DATA", r.choice(["ป่วยมะเร็งระยะสุดท้าย", "ติดเตียงหลังเส้นเลือดในสมองแตก", "ฟอกไตอาทิตย์ละ 3 ครั้ง"])),
        " ไปเองไม่ได้ ให้ทีมไปที่บ้านเลย ", ("ADDRESS", addr(r, "prov")), " ใครมีปัญหาโทรผู้ใหญ่ ", ("PHONE_NUMBER", mobile(r, "plain")),
    ]


@T("government")
def gov_flood_relief_list(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "รวมรายชื่อผู้ประสบภัยน้ำท่วมที่ต้องการเรือ/รถยกสูงก่อน เรียงตามความเร่งด่วน\n",
        "1. ", P(a), " ", ("ADDRESS", addr(r, "prov")), " มีคน", ("DISABILITY", r.choice(["ใช้รถเข็น", "ตาบอด", "พิการทางการเคลื่อนไหว"])),
        " ติดอยู่ชั้นสอง โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "2. ", P(b), " ", ("HEALTH_DATA", r.choice(["ตั้งครรภ์ 8 เดือน", "ต้องใช้ถังออกซิเจน", "เป็นเบาหวานต้องฉีดอินซูลิน"])),
        " โทร ", ("PHONE_NUMBER", mobile(r)), "\n3. ร้านค้าสหกรณ์ ขอกระสอบทราย 200 ใบ",
    ]


@T("government")
def gov_eservice_kyc_payload_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Our e-KYC call to the welfare registry returns 422. What is wrong with this payload?\n```json\n",
        '{\n  "citizen_id": "', ("TH_NATIONAL_ID", nid(r, "plain")), '",\n  "full_name_en": "', P(name),
        '",\n  "birth_date": "', ("DATE_OF_BIRTH", dob(r, "iso", 1960, 2000)), '",\n  "mobile": "',
        ("PHONE_NUMBER", mobile(r, "plain")), '",\n  "selfie_template": "', ("BIOMETRIC_DATA", "b64:" + hexs(r, 40)),
        '",\n  "consent_version": "v3"\n}\n```',
    ]


@T("government")
def gov_newborn_metabolic_screen_en(r: random.Random) -> list:
    mother = rom(r, True)
    return [
        "Write a short, calm SMS-length explanation for the mother about this newborn screening result.\n",
        "Mother: ", P(mother), ", mobile ", ("PHONE_NUMBER", mobile(r, "intl")), "\nBaby HN: ", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")),
        ", born ", ("DATE_OF_BIRTH", dob(r, "en", 2026, 2026)), "\nResult: ",
        ("GENETIC_DATA", r.choice(["Hb E trait (carrier)", "carrier of beta-thalassaemia", "alpha-thalassaemia 1 carrier"])),
        ". Refer to paediatric genetics clinic for parental testing.",
    ]


@T("government", hard="DISABILITY")
def neg_gov_disability_allowance_rules(r: random.Random) -> list:
    return [
        "สรุปหลักเกณฑ์นี้เป็น FAQ 5 ข้อ สำหรับโพสต์เพจ อบต.\n",
        "ผู้มีสิทธิรับเบี้ยความพิการ ต้องมีสัญชาติไทย มีบัตรประจำตัวคนพิการ และมีภูมิลำเนาในเขตองค์กรปกครองส่วนท้องถิ่น ",
        f"คนพิการอายุต่ำกว่า 18 ปี ได้รับเดือนละ 1,000 บาท ส่วนอายุ 18 ปีขึ้นไปได้รับเดือนละ {r.choice(['800', '1,000'])} บาท ",
        "ความพิการมี 7 ประเภท ได้แก่ การเห็น การได้ยินหรือสื่อความหมาย การเคลื่อนไหว จิตใจหรือพฤติกรรม สติปัญญา การเรียนรู้ และออทิสติก ",
        "ยื่นคำขอได้ที่สำนักปลัด ในวันและเวลาราชการ",
    ]


@T("government", hard="POLITICAL_OPINION")
def neg_gov_local_election_rules(r: random.Random) -> list:
    return [
        "ช่วยทำอินโฟกราฟิกข้อความ: ข้อห้ามผู้สมัครเลือกตั้งนายก อบต. และสมาชิกสภา อบต.\n",
        "- ห้ามให้ เสนอให้ หรือสัญญาว่าจะให้เงินหรือทรัพย์สินเพื่อจูงใจให้ลงคะแนน\n",
        "- ห้ามจัดมหรสพหรืองานรื่นเริง ห้ามเลี้ยงอาหารผู้มีสิทธิเลือกตั้ง\n",
        f"- ค่าใช้จ่ายในการเลือกตั้งต้องไม่เกินที่ กกต. กำหนด (นายก อบต. ไม่เกิน {r.choice(['150,000', '200,000'])} บาท)\n",
        "- แจ้งเบาะแสการซื้อเสียงได้ที่สายด่วน กกต. 1444",
    ]


@T("government", neg=True)
def neg_gov_land_transfer_fee_table(r: random.Random) -> list:
    price = r.randint(1, 9) * 500000
    return [
        f"คำนวณค่าใช้จ่ายโอนบ้านราคาประเมิน {price:,} บาท ราคาขาย {price + 300000:,} บาท ถือครองไม่ถึง 5 ปี ตามตารางนี้\n",
        "- ค่าธรรมเนียมการโอน 2% ของราคาประเมิน\n- ภาษีธุรกิจเฉพาะ 3.3% ของราคาที่สูงกว่า\n",
        "- อากรแสตมป์ 0.5% (ยกเว้นเมื่อเสียภาษีธุรกิจเฉพาะแล้ว)\n- ภาษีเงินได้หัก ณ ที่จ่าย คิดตามปีที่ถือครอง\n",
        "ตอบเป็นตาราง แยกฝั่งผู้ซื้อ/ผู้ขายตามธรรมเนียมครึ่งต่อครึ่ง",
    ]


@T("government", hard="BIOMETRIC_DATA")
def neg_gov_dopa_face_announcement(r: random.Random) -> list:
    return [
        "Translate this Department of Provincial Administration notice into English for the embassy newsletter.\n",
        "ตั้งแต่วันที่ 1 ", r.choice(["มกราคม", "เมษายน"]), " 2570 การทำบัตรประจำตัวประชาชนจะเก็บข้อมูลภาพใบหน้าและลายพิมพ์นิ้วมือ ",
        "ด้วยเครื่องรุ่นใหม่ และสามารถยืนยันตัวตนผ่านแอป ThaID ด้วยการสแกนใบหน้าแทนการไปสำนักงาน ",
        "ข้อมูลชีวมิติจัดเก็บตามพระราชบัญญัติการทะเบียนราษฎร และไม่เปิดเผยต่อบุคคลภายนอก",
    ]


@T("government", hard="ETHNICITY")
def neg_gov_stateless_statistics(r: random.Random) -> list:
    return [
        "Write a one-paragraph brief from these figures for a policy memo.\n",
        f"Registered persons without Thai nationality: about {r.randint(470, 560)},000 nationwide. Largest groups in the ",
        "highland registry: Shan, Karen, Akha, Lahu and Lisu communities in Chiang Rai, Chiang Mai, Mae Hong Son and Tak. ",
        f"A 2024 cabinet resolution fast-tracks status for roughly {r.randint(300, 490)},000 long-term residents. ",
        "Source: Department of Provincial Administration, aggregate data only.",
    ]


@T("government", neg=True)
def neg_gov_api_gateway_log_epoch(r: random.Random) -> list:
    return [
        "สรุป latency p95 ของ API ระบบบริการประชาชนจาก log นี้ แล้วบอกว่า endpoint ไหนช้าสุด\n",
        f"req_id=gw-{hexs(r, 8)} ts={epoch_ms(r)} path=/api/v2/welfare/status status=200 dur_ms={r.randint(80, 400)}\n",
        f"req_id=gw-{hexs(r, 8)} ts={epoch_ms(r)} path=/api/v2/house-reg/queue status=200 dur_ms={r.randint(400, 2400)}\n",
        f"req_id=gw-{hexs(r, 8)} ts={epoch_ms(r)} path=/api/v2/land/fee-calc status=504 dur_ms=30000\n",
    ]


@T("government", hard="RELIGION")
def neg_gov_office_holiday_notice(r: random.Random) -> list:
    return [
        "เขียนประกาศเทศบาลให้สั้นลงเหลือ 3 บรรทัด\n",
        "ด้วยวันที่ ", str(r.randint(1, 28)), " เป็นวันมาฆบูชา และรัฐบาลประกาศให้เป็นวันหยุดราชการ สำนักงานเทศบาลจึงปิดให้บริการ ",
        "ยกเว้นงานป้องกันและบรรเทาสาธารณภัย ขอเชิญชวนประชาชนร่วมเวียนเทียนที่วัดในเขตเทศบาล ",
        "สำหรับพี่น้องชาวมุสลิม เทศบาลร่วมกับมัสยิดกลางจัดละศีลอดร่วมกันในเดือนรอมฎอน ณ ลานหน้าสำนักงาน",
    ]


@T("government", neg=True)
def neg_gov_municipal_budget_en(r: random.Random) -> list:
    return [
        "Turn this municipal budget summary into a bar-chart-ready CSV.\n",
        f"FY2027 total: THB {r.randint(120, 380)} million. Education {r.randint(18, 30)}%, public health {r.randint(8, 15)}%, ",
        f"roads and drainage {r.randint(20, 35)}%, elderly and disability allowances {r.randint(12, 20)}%, ",
        "waste management 9%, administration the rest. Approved by the municipal council on 14 August.",
    ]


@T("government", hard="HEALTH_DATA")
def neg_gov_dengue_campaign(r: random.Random) -> list:
    return [
        "ช่วยแต่งสคริปต์เสียงตามสายรณรงค์ป้องกันไข้เลือดออก 1 นาที\n",
        f"ข้อมูล: ปีนี้จังหวัดพบผู้ป่วยไข้เลือดออกสะสม {r.randint(300, 1500)} ราย มากกว่าปีก่อน ",
        "อาการสำคัญคือไข้สูงลอย 2-7 วัน ปวดกล้ามเนื้อ มีจุดเลือดออก ห้ามกินยาแอสไพรินหรือไอบูโพรเฟน ",
        "มาตรการ 3 เก็บ: เก็บบ้าน เก็บขยะ เก็บน้ำ ป้องกัน 3 โรค ไข้เลือดออก ไข้ซิกา ไข้ปวดข้อยุงลาย",
    ]


# ==============================================================================================
# Courts, police and law firms
# ==============================================================================================
STATIONS = ["สภ.เมืองเชียงใหม่", "สน.ห้วยขวาง", "สภ.หาดใหญ่", "สน.บางซื่อ", "สภ.บางละมุง", "สภ.เมืองขอนแก่น"]
RANKS = ["ร.ต.อ.", "พ.ต.ท.", "ด.ต.", "ส.ต.อ.", "พ.ต.อ."]


@T("legal")
def legal_police_daily_record(r: random.Random) -> list:
    victim = thn(r)
    officer = thn(r, False)
    return [
        "เรียบเรียงบันทึกประจำวันนี้ให้อ่านง่าย เพื่อแนบเคลมประกันรถ\n",
        f"สำเนารายงานประจำวันเกี่ยวกับคดี {r.choice(STATIONS)} ข้อ {r.randint(1, 40)} ลง {r.randint(1, 28)}/{r.randint(1, 12)}/2569\n",
        "ผู้แจ้ง ", P(victim), " อายุ ", str(r.randint(22, 60)), " ปี บัตรประชาชน ", ("TH_NATIONAL_ID", nid(r)),
        " ที่อยู่ ", ("ADDRESS", addr(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "แจ้งว่าจอดรถยนต์ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), " ไว้หน้าตลาด กลับมาพบกระจกแตก กระเป๋าหาย\n",
        "ลงชื่อ ", r.choice(RANKS), P(officer), " ร้อยเวร",
    ]


@T("legal")
def legal_bail_petition(r: random.Random) -> list:
    defendant, guarantor = thn(r, False), thn(r, True)
    return [
        "ช่วยปรับคำร้องขอปล่อยชั่วคราวนี้ให้หนักแน่นขึ้น เน้นเหตุผลด้านสุขภาพ\n\n",
        f"คดีหมายเลขดำที่ อ.{r.randint(100, 4999)}/2569\n",
        "จำเลย นาย", P(defendant), " ", ("CRIMINAL_RECORD", r.choice(["ถูกฟ้องข้อหาฉ้อโกงประชาชน", "ต้องหาคดีครอบครองยาเสพติดเพื่อจำหน่าย", "ถูกฟ้องข้อหาทำร้ายร่างกายผู้อื่นสาหัส"])),
        " จำเลย", ("HEALTH_DATA", r.choice(["ป่วยเป็นไตวายเรื้อรังระยะที่ 4", "เป็นโรคหัวใจรั่ว", "เป็นมะเร็งต่อมน้ำเหลือง"])),
        " ต้องรักษาต่อเนื่อง (ใบรับรองแพทย์ HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), ")\n",
        "ผู้ขอประกัน: ", P(guarantor), " (มารดา) บัตรประชาชน ", ("TH_NATIONAL_ID", nid(r)),
        f" หลักประกันเงินสด {amount(r, 50000, 300000)} บาท",
    ]


@T("legal")
def legal_112_case_summary(r: random.Random) -> list:
    name = thn(r)
    return [
        "สรุปข้อเท็จจริงคดีเพื่อทำ case brief ภายในสำนักงาน ไม่เกิน 150 คำ\n",
        "ลูกความ: ", P(name), " อายุ ", str(r.randint(19, 35)), " ปี ", ("POLITICAL_OPINION", r.choice(["เป็นแอดมินเพจการเมืองฝ่ายค้าน", "ไปร่วมม็อบราษฎร", "โพสต์เรียกร้องให้ยกเลิก ม.112"])),
        " ", ("CRIMINAL_RECORD", r.choice(["ถูกฟ้องตามประมวลกฎหมายอาญา ม.112 และ พ.ร.บ.คอมพิวเตอร์ฯ ม.14", "ถูกศาลชั้นต้นพิพากษาจำคุก 3 ปีคดี ม.112"])),
        " จากโพสต์เฟซบุ๊ก 2 ข้อความ ได้ประกันตัวด้วยหลักทรัพย์ 150,000 บาท ติดต่อลูกความทาง ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("legal")
def legal_debt_litigation_batch_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [f"CC{r.randint(10000, 99999)},", P(thn(r)), ",", ("TH_NATIONAL_ID", nid(r, "plain")), ",\"",
                 ("ADDRESS", addr(r)), f"\",{r.randint(15000, 480000)},{r.choice(['บัตรเครดิต', 'สินเชื่อบุคคล', 'เช่าซื้อรถ'])}\n"]
    return [
        "แปลง CSV ลูกหนี้ค้างชำระนี้เป็นคำฟ้องแบบพิมพ์ (ศาลแขวง) ทีละราย เอาเฉพาะยอดเกิน 100,000\n",
        "contract,ชื่อ,เลขบัตร,ที่อยู่,ยอดหนี้,ประเภท\n", rows,
    ]


@T("legal")
def legal_demand_letter_card_debt(r: random.Random) -> list:
    name = thn(r)
    return [
        "ปรับหนังสือบอกกล่าวทวงถามนี้ให้สุภาพและถูกต้องตาม พ.ร.บ.การทวงถามหนี้ ห้ามข่มขู่\n\n",
        "เรียน คุณ", P(name), "\nที่อยู่ ", ("ADDRESS", addr(r, "bkk")), "\n",
        "ตามที่ท่านใช้บัตรเครดิตหมายเลข ", ("CREDIT_CARD", card(r, "dash")),
        f" และค้างชำระเป็นเงิน {amount(r, 20000, 200000)} บาท ขอให้ชำระภายใน 30 วัน ",
        "มิฉะนั้นสำนักงานจะดำเนินคดีตามกฎหมาย หากมีข้อสงสัยโทร ", ("PHONE_NUMBER", landline(r)), " (ทนาย", P(given(r)), ")",
    ]


@T("legal")
def legal_paternity_dna_memo_en(r: random.Random) -> list:
    mother, father, child = rom(r, True), rom(r, False), r.choice(ROMAN_NICK)
    return [
        "Draft a short memo to the client explaining what this DNA result means for the child-support claim.\n\n",
        "Case: ", P(mother), " v. ", P(father), ", Central Juvenile and Family Court\n",
        "Child: ", P(child), ", born ", ("DATE_OF_BIRTH", dob(r, "en", 2018, 2022)), "\n",
        "Lab report (Institute of Forensic Medicine): ", ("GENETIC_DATA", r.choice(["DNA test confirmed paternity (99.98%)", "probability of paternity 99.997% at 21 STR loci"])),
        ". Defendant previously denied the relationship in writing.",
    ]


@T("legal")
def legal_divorce_adultery_evidence(r: random.Random) -> list:
    wife, husband, other = thn(r, True), thn(r, False), thn(r, True)
    return [
        "ช่วยเรียงพยานหลักฐานคดีฟ้องหย่าตาม ป.พ.พ. ม.1516(1) เป็นไทม์ไลน์\n",
        "โจทก์: ", P(wife), "  จำเลย: ", P(husband), "\n",
        "- แชทไลน์ระหว่างจำเลยกับ ", P(other), " (ไลน์ไอดี ", ("LINE_ID", line_id(r)), ") แสดงว่าจำเลย",
        ("SEXUAL_BEHAVIOUR", r.choice(["มีความสัมพันธ์ชู้สาวกับเพื่อนร่วมงาน", "มีเพศสัมพันธ์กับหญิงอื่น"])), "\n",
        "- ภาพจากกล้องหน้าคอนโด รถของจำเลยทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), " เข้าออกทุกวันศุกร์\n",
        "- โจทก์ต้องพบจิตแพทย์ด้วย", ("HEALTH_DATA", r.choice(["ภาวะวิตกกังวลรุนแรง", "โรคซึมเศร้า"])),
    ]


@T("legal")
def legal_labour_court_union_dismissal(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "ร่างคำฟ้องศาลแรงงาน ประเด็นเลิกจ้างไม่เป็นธรรมเพราะเหตุเป็นกรรมการสหภาพ (พ.ร.บ.แรงงานสัมพันธ์ ม.121)\n",
        "นายจ้าง: บริษัท ไทยออโต้พาร์ท จำกัด ทะเบียนนิติบุคคล ", ("TH_JURISTIC_ID", juristic(r)), "\n",
        "ลูกจ้างผู้ถูกเลิกจ้าง: ", P(a), " ", ("TRADE_UNION", r.choice(["เป็นประธานสหภาพแรงงาน", "เป็นกรรมการสหภาพแรงงาน"])),
        " และ ", P(b), " ", ("TRADE_UNION", r.choice(["เป็นสมาชิกสหภาพแรงงาน", "เป็นเลขาธิการสหภาพแรงงาน"])),
        " ถูกเลิกจ้างหลังยื่นข้อเรียกร้อง 7 วัน",
    ]


@T("legal")
def legal_forensic_dna_report(r: random.Random) -> list:
    suspect = thn(r, False)
    return [
        "สรุปรายงานผลตรวจพิสูจน์นี้เป็นภาษาง่ายสำหรับอธิบายญาติผู้เสียหาย\n",
        "ผู้ต้องหา: นาย", P(suspect), " เลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "ผลการตรวจ: ", ("GENETIC_DATA", r.choice(["ผลตรวจ DNA ตรงกับคราบเลือดในที่เกิดเหตุ", "ดีเอ็นเอจากก้นบุหรี่ตรงกับผู้ต้องหา"])), "\n",
        "ลายพิมพ์นิ้วมือแฝงบนขวด: ", ("BIOMETRIC_DATA", r.choice(["ตรงกับลายพิมพ์นิ้วมือนิ้วชี้ขวาของผู้ต้องหา 14 จุด", "ตรงกับลายนิ้วหัวแม่มือซ้ายของผู้ต้องหา"])), "\n",
        "ผู้ต้องหา", ("CRIMINAL_RECORD", r.choice(["เคยต้องโทษจำคุกคดีลักทรัพย์", "มีประวัติคดีทำร้ายร่างกาย"])), " พ้นโทษปี 2565",
    ]


@T("legal")
def legal_deaf_defendant_interpreter(r: random.Random) -> list:
    name = thn(r)
    return [
        "ร่างคำร้องขอให้ศาลจัดหาล่ามภาษามือและล่ามภาษาถิ่นให้จำเลย\n",
        "จำเลย: ", P(name), " ", ("DISABILITY", r.choice(["หูหนวก", "พิการทางการได้ยิน"])), " ใช้ภาษามือไทยได้บางส่วน และเป็น",
        ("ETHNICITY", r.choice(["ชาติพันธุ์กะเหรี่ยง", "ชาวม้ง", "ชาวอาข่า"])), " สื่อสารภาษาไทยไม่คล่อง\n",
        f"คดีหมายเลขดำที่ อ.{r.randint(100, 3000)}/2569 นัดสืบพยาน {r.randint(1, 28)} {r.choice(TH_MONTHS)} 2569\n",
        "ทนายจำเลย: ", P(thn(r)), " โทร ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("legal")
def legal_foreign_defendant_brief_en(r: random.Random) -> list:
    who = r.choice(FOREIGN)
    return [
        "Prepare a one-page brief for the embassy's consular officer from these notes.\n",
        "Client: ", P(who), ", passport ", ("TH_PASSPORT", passport(r, "other")), ", DOB ", ("DATE_OF_BIRTH", dob(r, "en", 1970, 1995)), "\n",
        "Status: ", ("CRIMINAL_RECORD", r.choice(["charged with cyber defamation", "arrested for drug possession in Pattaya", "charged with overstaying and assault"])),
        ", held at the provincial remand prison. Family contact in Bangkok: ", ("PHONE_NUMBER", mobile(r, "intl")),
        ".\nClient ", ("HEALTH_DATA", r.choice(["has type 1 diabetes", "is HIV-positive"])), " and needs medication daily.",
    ]


@T("legal")
def legal_cyber_defamation_complaint(r: random.Random) -> list:
    victim, poster = thn(r, True), thn(r)
    return [
        "ช่วยเขียนคำร้องทุกข์กล่าวโทษคดีหมิ่นประมาททางออนไลน์ ส่งกองบังคับการปราบปรามการกระทำความผิดเกี่ยวกับอาชญากรรมทางเทคโนโลยี\n",
        "ผู้เสียหาย: ", P(victim), " อีเมล ", ("EMAIL_ADDRESS", email(r, rom(r))), "\n",
        "ผู้โพสต์: บัญชีเฟซบุ๊กชื่อ \"", P(poster), "\" โพสต์ว่าผู้เสียหาย", ("SEXUAL_BEHAVIOUR", r.choice(["ขายบริการทางเพศ", "มีความสัมพันธ์ชู้สาวกับหัวหน้า"])),
        "\nข้อมูลจากแพลตฟอร์ม: login IP ", ("IP_ADDRESS", ipv4(r)), f" เวลา {ts(r)}",
    ]


@T("legal")
def legal_firm_intake_line_chat(r: random.Random) -> list:
    n = nick(r)
    return [
        "สรุปแชทลูกความใหม่นี้เป็นแบบฟอร์ม intake (ประเด็น, ข้อเท็จจริง, เอกสารที่ต้องขอ)\n\n",
        "ลูกค้า: สวัสดีค่ะทนาย หนูชื่อ", P(n), "ค่ะ แฟนเก่าเอารูปหนูไปโพสต์แล้วบอกทุกคนว่าหนู", ("HEALTH_DATA", r.choice(["ติดเอดส์", "ติดเชื้อเอชไอวี", "เป็นโรคจิต"])),
        " ตอนนี้โดนไล่ออกจากงานเลยค่ะ😭\n",
        "แอดมิน: เสียใจด้วยนะครับ ขอเบอร์ติดต่อกลับหน่อยครับ\n",
        "ลูกค้า: ", ("PHONE_NUMBER", mobile(r, "plain")), " ค่ะ หรือไลน์ ", ("LINE_ID", line_id(r)), " ค่ะ\n",
        "ลูกค้า: แฟนเก่าชื่อ ", P(thn(r, False)), " ค่ะ", ("CRIMINAL_RECORD", r.choice(["เคยติดคุกคดีฉ้อโกง", "มีหมายจับคดีฉ้อโกงประชาชน"])), "ด้วย",
    ]


@T("legal")
def legal_inheritance_dna_dispute(r: random.Random) -> list:
    deceased, claimant = thn(r, False), thn(r)
    return [
        "ช่วยวิเคราะห์ว่าผู้ร้องมีสิทธิรับมรดกหรือไม่ตาม ป.พ.พ. บรรพ 6 จากข้อเท็จจริงนี้\n",
        "เจ้ามรดก: ", P(deceased), " (ถึงแก่กรรม) ที่อยู่ ", ("ADDRESS", addr(r)), "\n",
        "ผู้ร้อง: ", P(claimant), " อ้างเป็นบุตรนอกสมรส บัตรประชาชน ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "ผลตรวจ: ", ("GENETIC_DATA", r.choice(["ผลตรวจดีเอ็นเอไม่ตรงกับผู้ตาย", "ผลตรวจ DNA เทียบกับพี่ชายต่างมารดายืนยันความเป็นพี่น้องร่วมบิดา"])),
    ]


@T("legal")
def legal_fingerprint_record_request(r: random.Random) -> list:
    name = thn(r)
    return [
        "ช่วยจัดรูปแบบหนังสือขอตรวจสอบประวัติบุคคลนี้ ส่งกองทะเบียนประวัติอาชญากร\n",
        "ชื่อ ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), " วันเกิด ", ("DATE_OF_BIRTH", dob(r, "th_long", 1970, 2000)), "\n",
        "แนบแบบพิมพ์ลายนิ้วมือ 10 นิ้ว รหัสเทมเพลต: ", ("BIOMETRIC_DATA", fp_template(r, 40)), "\n",
        "ผลตรวจเบื้องต้น: ", ("CRIMINAL_RECORD", r.choice(["เคยถูกจับข้อหาเมาแล้วขับ", "ต้องคำพิพากษาให้จำคุก 1 ปี รอลงอาญา"])),
    ]


@T("legal")
def legal_witness_oath_list(r: random.Random) -> list:
    a, b, c = thn(r), thn(r), thn(r)
    return [
        "ทำบัญชีระบุพยานให้ถูกแบบ แล้วหมายเหตุวิธีสาบานตนของพยานแต่ละคน\n",
        "1. ", P(a), " (พยานผู้เห็นเหตุการณ์) – สาบานตนตามศาสนา", ("RELIGION", r.choice(["อิสลาม", "คริสต์"])), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "2. ", P(b), " (แพทย์ผู้ตรวจบาดแผล) – ปฏิญาณตน\n",
        "3. ", P(c), " (เพื่อนบ้าน) – สาบานตนตามศาสนา", ("RELIGION", r.choice(["พุทธ", "ซิกข์", "ฮินดู"])),
    ]


@T("legal")
def legal_scam_victim_complaint(r: random.Random) -> list:
    victim = thn(r)
    return [
        "เรียงลำดับเหตุการณ์คดีหลอกลงทุนนี้ เพื่อยื่นแจ้งความออนไลน์ thaipoliceonline\n",
        "ผู้เสียหาย ", P(victim), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "- มิจฉาชีพใช้ไลน์ชื่อ 'โค้ชหุ้นเงินล้าน' ไอดี ", ("LINE_ID", line_id(r, "coach")), "\n",
        f"- โอนเงิน 3 ครั้ง รวม {amount(r, 50000, 900000)} บาท เข้าบัญชีม้า ", r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")),
        " ชื่อบัญชี ", P(thn(r)), "\n- ครั้งสุดท้ายรูดบัตร ", ("CREDIT_CARD", card(r, "plain")), " ซื้อ 'แพ็กเกจ VIP'",
    ]


@T("legal")
def legal_probation_report_en(r: random.Random) -> list:
    name = rom(r, False)
    return [
        "Summarise this probation officer report in three bullet points for the judge.\n\n",
        "Probationer: ", P(name), " of ", ("ADDRESS", addr(r, "en")), "\n",
        "Offence: ", ("CRIMINAL_RECORD", r.choice(["on probation for drunk driving", "convicted of drug possession in 2021", "served two years for fraud"])), ".\n",
        "He has attended all reporting sessions, completed 48 hours of community service and is in treatment for ",
        ("HEALTH_DATA", r.choice(["alcohol use disorder", "methamphetamine dependence"])), ". Employer confirms steady work.",
    ]


@T("legal")
def legal_condo_eviction_notice(r: random.Random) -> list:
    tenant = thn(r)
    return [
        "ตรวจหนังสือบอกเลิกสัญญาเช่าและให้ขนย้ายออกนี้ ว่าระยะเวลาแจ้งชอบด้วยกฎหมายหรือไม่\n",
        "ถึง คุณ", P(tenant), " ผู้เช่าห้องชุดเลขที่ ", ("ADDRESS", addr(r, "condo")), "\n",
        f"ท่านค้างชำระค่าเช่า {r.randint(3, 6)} เดือน รวม {amount(r, 30000, 120000)} บาท ผู้ให้เช่าจึงบอกเลิกสัญญา ",
        "โปรดขนย้ายภายใน 30 วัน ติดต่อผู้ให้เช่า ", P(thn(r)), " ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("legal")
def legal_accident_claim_en(r: random.Random) -> list:
    claimant = rom(r)
    return [
        "Estimate a reasonable settlement range for this personal-injury claim under Thai tort law.\n",
        "Claimant: ", P(claimant), ", born ", ("DATE_OF_BIRTH", dob(r, "en_us", 1980, 2000)), ", motorcycle rider. Hit by a delivery van ",
        "owned by a logistics company (juristic ID ", ("TH_JURISTIC_ID", juristic(r)), ").\n",
        "Injuries: fractured femur; now ", ("DISABILITY", r.choice(["a leg amputee", "uses a wheelchair", "has a permanent mobility impairment"])),
        ". Hospital HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "yy")), ". Lost income THB 25,000/month.",
    ]


@T("legal")
def legal_union_strike_injunction_en(r: random.Random) -> list:
    a, b = rom(r), rom(r)
    return [
        "Our client wants an injunction against the strike. List the weaknesses of their position.\n\n",
        "Facts: ", P(a), " is ", ("TRADE_UNION", r.choice(["the union chairperson", "the union's shop steward"])), " at the Rayong plant and ",
        P(b), " is ", ("TRADE_UNION", r.choice(["a union committee member", "a founding member of the union"])),
        ". Both were suspended after the union filed demands. HR emailed them at ", ("EMAIL_ADDRESS", email(r, a)), ".",
    ]


@T("legal", hard="CRIMINAL_RECORD")
def neg_legal_criminal_code_articles(r: random.Random) -> list:
    return [
        "อธิบายความแตกต่างระหว่างลักทรัพย์ ฉ้อโกง และยักยอก ให้นักศึกษานิติปี 1 พร้อมตัวอย่างสมมติ\n",
        "ประมวลกฎหมายอาญา มาตรา 334 ผู้ใดเอาทรัพย์ของผู้อื่นไปโดยทุจริต ผู้นั้นกระทำความผิดฐานลักทรัพย์ ",
        "ต้องระวางโทษจำคุกไม่เกินสามปี และปรับไม่เกินหกหมื่นบาท\n",
        "มาตรา 341 ผู้ใดโดยทุจริต หลอกลวงผู้อื่นด้วยการแสดงข้อความอันเป็นเท็จ... ผู้นั้นกระทำความผิดฐานฉ้อโกง\n",
        "มาตรา 352 ผู้ใดครอบครองทรัพย์ซึ่งเป็นของผู้อื่น... เบียดบังเอาทรัพย์นั้นเป็นของตน ... ผู้นั้นกระทำความผิดฐานยักยอก",
    ]


@T("legal", hard="POLITICAL_OPINION")
def neg_legal_court_news_public_figures(r: random.Random) -> list:
    return [
        "สรุปข่าวนี้ 3 บรรทัดสำหรับจดหมายข่าวสำนักงานกฎหมาย\n",
        r.choice([
            "ศาลรัฐธรรมนูญมีคำวินิจฉัยเมื่อเดือนสิงหาคม 2567 ให้ยุบพรรคก้าวไกล และเพิกถอนสิทธิสมัครรับเลือกตั้งของกรรมการบริหารพรรค "
            "รวมถึงนายพิธา ลิ้มเจริญรัตน์ เป็นเวลา 10 ปี ต่อมาสมาชิกพรรคได้ย้ายไปสังกัดพรรคประชาชน",
            "ศาลรัฐธรรมนูญมีคำวินิจฉัยเมื่อ 14 สิงหาคม 2567 ให้นายเศรษฐา ทวีสิน พ้นจากตำแหน่งนายกรัฐมนตรี "
            "กรณีแต่งตั้งรัฐมนตรีที่ขาดคุณสมบัติ ต่อมารัฐสภาลงมติเลือก น.ส.แพทองธาร ชินวัตร เป็นนายกรัฐมนตรี",
        ]),
        " นักวิชาการด้านกฎหมายมหาชนมองว่าคำวินิจฉัยนี้จะเป็นบรรทัดฐานเรื่องมาตรฐานทางจริยธรรมของผู้ดำรงตำแหน่งทางการเมือง",
    ]


@T("legal", hard="GENETIC_DATA")
def neg_legal_dna_evidence_article(r: random.Random) -> list:
    return [
        "ย่อบทความกฎหมายนี้เป็น 5 bullet สำหรับสไลด์อบรมทนายความรุ่นใหม่\n",
        "ประมวลกฎหมายวิธีพิจารณาความแพ่ง มาตรา 99/1 และประมวลกฎหมายวิธีพิจารณาความอาญา มาตรา 131/1 ให้อำนาจศาลและพนักงานสอบสวน ",
        "สั่งให้ตรวจพิสูจน์บุคคล วัตถุ หรือเอกสาร โดยวิธีการทางวิทยาศาสตร์ เช่น การตรวจดีเอ็นเอ ในคดีฟ้องรับรองบุตร ",
        "ศาลมักถือผลตรวจ DNA ที่มีความน่าจะเป็นเกิน 99.9% เป็นพยานหลักฐานที่มีน้ำหนักสูง แต่ต้องพิจารณาความต่อเนื่องในการเก็บรักษาตัวอย่าง (chain of custody)",
    ]


@T("legal", hard="CRIMINAL_RECORD")
def neg_legal_court_caseload_stats_en(r: random.Random) -> list:
    return [
        "Write a short paragraph interpreting these court statistics for an annual report.\n",
        f"Criminal cases received nationwide: {r.randint(560, 690)},{r.randint(100, 999)}; drug offences {r.randint(38, 52)}%, ",
        f"traffic offences {r.randint(10, 20)}%, theft {r.randint(4, 9)}%. Median time to judgment in provincial courts: ",
        f"{r.randint(5, 9)}.{r.randint(0, 9)} months. Bail granted in {r.randint(80, 94)}% of applications. Source: Office of the Judiciary (aggregate).",
    ]


@T("legal", neg=True)
def neg_legal_efiling_queue_epoch(r: random.Random) -> list:
    return [
        "Parse these e-filing queue messages and tell me which court has the longest backlog.\n",
        f'{{"court":"ศาลแพ่ง","black_case":"พ.{r.randint(1000, 9999)}/2569","queued_at":{epoch_ms(r)},"pages":{r.randint(3, 90)}}}\n',
        f'{{"court":"ศาลแขวงดุสิต","black_case":"ผบ.{r.randint(100, 999)}/2569","queued_at":{epoch_ms(r)},"pages":{r.randint(3, 90)}}}\n',
        f'{{"court":"ศาลจังหวัดเชียงใหม่","black_case":"พ.{r.randint(100, 999)}/2569","queued_at":{epoch_ms(r)},"pages":{r.randint(3, 90)}}}\n',
    ]


@T("legal", neg=True)
def neg_legal_lease_contract_template(r: random.Random) -> list:
    return [
        "ตรวจร่างสัญญาเช่าห้องชุดแบบฟอร์มนี้ว่ามีข้อไหนขัดประกาศ สคบ. เรื่องธุรกิจให้เช่าที่อยู่อาศัย\n",
        "สัญญาฉบับนี้ทำขึ้นระหว่าง ______ (ผู้ให้เช่า) กับ ______ (ผู้เช่า)\n",
        f"ข้อ 3 ผู้เช่าตกลงชำระค่าเช่าเดือนละ ______ บาท เงินประกัน {r.choice(['2', '3'])} เดือน\n",
        "ข้อ 7 ผู้ให้เช่าต้องคืนเงินประกันภายใน 7 วันนับแต่วันสิ้นสุดสัญญา\n",
        "ข้อ 9 ห้ามเลี้ยงสัตว์ ห้ามสูบบุหรี่ในห้อง",
    ]


@T("legal", neg=True)
def neg_legal_fee_schedule_en(r: random.Random) -> list:
    return [
        "Format our fee schedule as a clean table for the website.\n",
        f"Initial consultation (45 min): THB {r.choice(['2,000', '2,500', '3,000'])}\n",
        "Debt-collection suit, district court: THB 15,000 + 10% of amount recovered\n",
        "Divorce by mutual consent, drafting and registration: THB 8,000\n",
        "Work permit and visa package: THB 12,000. Contact: contact@siamlegal.co.th",
    ]


@T("legal", hard="SEXUAL_BEHAVIOUR")
def neg_legal_marriage_equality_explainer(r: random.Random) -> list:
    return [
        "สรุป พ.ร.บ.แก้ไขเพิ่มเติมประมวลกฎหมายแพ่งและพาณิชย์ (สมรสเท่าเทียม) ให้ประชาชนทั่วไปเข้าใจ 5 ข้อ\n",
        "กฎหมายมีผลใช้บังคับวันที่ 23 มกราคม 2568 เปลี่ยนคำว่า 'ชาย หญิง สามี ภริยา' เป็น 'บุคคล คู่สมรส' ",
        "ทำให้คู่รักเพศเดียวกันจดทะเบียนสมรสได้ มีสิทธิรับมรดก จัดการสินสมรส และรับบุตรบุญธรรมเช่นเดียวกับคู่สมรสชายหญิง ",
        f"อายุขั้นต่ำในการหมั้นและสมรสปรับเป็น {r.choice(['18', '18'])} ปีบริบูรณ์",
    ]


@T("legal", hard="TRADE_UNION")
def neg_legal_labour_relations_act(r: random.Random) -> list:
    return [
        "Explain these provisions of the Labour Relations Act B.E. 2518 in plain English for HR managers.\n",
        "Section 88: at least ten employees of the same employer may apply to register a labour union. ",
        "Section 121: an employer shall not terminate an employee because the employee has filed a demand or is a union member. ",
        "Section 123: while an agreement is in force, an employer may not dismiss union committee members except for listed grounds. ",
        f"Give {r.randint(3, 5)} do/don't examples using a fictional company.",
    ]


# ==============================================================================================
# Real estate and condominium juristic persons
# ==============================================================================================
CONDOS = ["นิติบุคคลอาคารชุด เดอะ ริเวอร์ไลน์ คอนโด", "นิติบุคคลอาคารชุด ศุภาลัย ปาร์ค วิว", "นิติบุคคลหมู่บ้านจัดสรร ชัยพฤกษ์ 3",
          "นิติบุคคลอาคารชุด ลุมพินี เพลส ทาวเวอร์", "นิติบุคคลอาคารชุด ไอดีโอ สเตชั่น"]


@T("real_estate")
def re_common_fee_arrears_list(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "ร่างข้อความแจ้งเตือนค่าส่วนกลางค้างชำระ ส่งทางไลน์ทีละห้อง ให้สุภาพแต่ชัดเจน\n",
        f"{r.choice(CONDOS)} – รายการค้าง ณ สิ้นเดือน\n",
        f"ห้อง {r.randint(1, 30)}{r.randint(1, 40):02d} ", P(a), " โทร ", ("PHONE_NUMBER", mobile(r)), f" ค้าง {r.randint(3, 14)} เดือน {amount(r, 6000, 60000)} บาท\n",
        f"ห้อง {r.randint(1, 30)}{r.randint(1, 40):02d} ", P(b), " ไลน์ ", ("LINE_ID", line_id(r)), f" ค้าง {r.randint(3, 14)} เดือน {amount(r, 6000, 60000)} บาท\n",
        "หมายเหตุ: ค้างเกิน 6 เดือนระงับการออกหนังสือปลอดหนี้ตาม พ.ร.บ.อาคารชุด ม.18",
    ]


@T("real_estate")
def re_face_access_enrolment(r: random.Random) -> list:
    name = thn(r)
    return [
        "ระบบลงทะเบียนสแกนหน้าเข้าอาคารส่ง payload นี้แล้ว error 500 ช่วย debug ให้หน่อย\n```json\n",
        '{"unit": "', f"{r.randint(1, 35)}/{r.randint(1, 20)}", '", "resident_name": "', P(name), '", "mobile": "', ("PHONE_NUMBER", mobile(r, "plain")),
        '",\n "face_vector": ', ("BIOMETRIC_DATA", bio_vec(r, 7)), ', "card_uid": "', hexs(r, 8).upper(), '"}\n```',
    ]


@T("real_estate")
def re_parking_sticker_registration(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "รวมข้อมูลขอสติ๊กเกอร์จอดรถปีนี้เป็นตาราง ห้อง | ชื่อ | ทะเบียน | โทร\n",
        f"- ห้อง A-{r.randint(101, 2540)} คุณ", P(a), " รถ Honda City ", ("TH_VEHICLE_PLATE", plate(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        f"- ห้อง B-{r.randint(101, 2540)} คุณ", P(b), " มอเตอร์ไซค์ ", ("TH_VEHICLE_PLATE", plate(r)), " (ผู้เช่า สัญญาหมด ธ.ค.)\n",
        "- ห้อง C-0912 ยังไม่ส่งสำเนาทะเบียนรถ",
    ]


@T("real_estate")
def re_foreign_quota_purchase_en(r: random.Random) -> list:
    buyer = r.choice(FOREIGN)
    return [
        "Check this foreign-quota condo purchase file for completeness before the Land Office appointment.\n\n",
        "Buyer: ", P(buyer), ", passport ", ("TH_PASSPORT", passport(r, r.choice(["cn", "kr", "other"]))), ", email ", ("EMAIL_ADDRESS", email(r, buyer)), "\n",
        "Developer: Riverside Estate Co., Ltd. (registration no. ", ("TH_JURISTIC_ID", juristic(r)), ")\n",
        f"Unit: {r.randint(10, 45)}0{r.randint(1, 9)}, {r.randint(28, 95)} sq m. Foreign quota used: {r.randint(20, 48)}%.\n",
        "FET form: received from Bangkok Bank for USD 210,000. Thai address for correspondence: ", ("ADDRESS", addr(r, "en")),
    ]


@T("real_estate")
def re_tenant_screening_report(r: random.Random) -> list:
    name = thn(r)
    return [
        "สรุปผลคัดกรองผู้เช่าให้เจ้าของห้องตัดสินใจ พร้อมคำแนะนำ\n",
        "ผู้ขอเช่า: ", P(name), " บัตรประชาชน ", ("TH_NATIONAL_ID", nid(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        f"รายได้: {amount(r, 18000, 80000)} บาท/เดือน (สลิปเงินเดือน 3 เดือน)\n",
        "ตรวจสอบประวัติ: ", ("CRIMINAL_RECORD", r.choice(["เคยติดคุกคดีฉ้อโกง", "มีประวัติคดีทำร้ายร่างกาย", "ถูกดำเนินคดีข้อหาหมิ่นประมาทด้วยการโฆษณา"])),
        " (ปี 2562) เจ้าของห้องเดิมให้ข้อมูลว่าจ่ายตรงเวลา",
    ]


@T("real_estate")
def re_neighbour_complaint_chat(r: random.Random) -> list:
    a, b = nick(r), nick(r)
    return [
        "สรุปปัญหาจากแชทกลุ่มลูกบ้านนี้ แล้วเสนอทางออกที่ไม่ละเมิดความเป็นส่วนตัว\n\n",
        "ห้อง 1208 พี่", P(a), ": ห้องข้างๆ 1210 ตะโกนทั้งคืนอีกแล้วค่ะ นอนไม่ได้เลย 😤\n",
        "ห้อง 1506: เค้า", ("HEALTH_DATA", r.choice(["ป่วยจิตเวช", "เป็นไบโพล่า", "เป็นโรคจิตเภท"])), " นะครับ ญาติเคยบอก อย่าไปยุ่งเลย\n",
        "นิติฯ ", P(b), ": รับเรื่องค่ะ จะโทรหาญาติผู้เช่าที่ ", ("PHONE_NUMBER", mobile(r)), " ก่อนนะคะ",
    ]


@T("real_estate")
def re_wheelchair_ramp_request(r: random.Random) -> list:
    name = thn(r)
    return [
        "ร่างบันทึกเสนอคณะกรรมการนิติบุคคลขออนุมัติงบทำทางลาด อ้างกฎกระทรวงสิ่งอำนวยความสะดวกฯ\n",
        "ผู้ร้องขอ: ", P(name), " เจ้าของร่วมห้อง ", ("ADDRESS", addr(r, "condo")), "\n",
        "เหตุผล: ผู้ร้อง", ("DISABILITY", r.choice(["ใช้รถเข็น", "พิการขาขาดข้างซ้าย", "พิการทางการเคลื่อนไหว"])),
        " หลังอุบัติเหตุ ทางเข้าล็อบบี้มีขั้นบันได 3 ขั้น ติดต่อ ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("real_estate")
def re_deposit_refund_email(r: random.Random) -> list:
    name = thn(r, True)
    return [
        "เขียนอีเมลตอบผู้เช่าเรื่องหักเงินประกันค่าซ่อมแอร์ แนบรายการหักให้ชัดเจน\n\n",
        "จาก: ", ("EMAIL_ADDRESS", email(r, rom(r))), "\n",
        "สวัสดีค่ะ ดิฉัน", P(name), " ย้ายออกจากห้องแล้วเมื่อสิ้นเดือน ขอเงินประกัน ",
        f"{amount(r, 10000, 40000)} บาท คืนเข้าบัญชี ", r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r)),
        " ที่อยู่ใหม่สำหรับส่งใบเสร็จ ", ("ADDRESS", addr(r)),
    ]


@T("real_estate")
def re_juristic_manager_appointment(r: random.Random) -> list:
    manager = thn(r)
    return [
        "ร่างหนังสือแจ้งสำนักงานที่ดินเรื่องเปลี่ยนผู้จัดการนิติบุคคลอาคารชุด ตามมติที่ประชุมใหญ่\n",
        f"{r.choice(CONDOS)} ทะเบียนนิติบุคคลเลขที่ ", ("TH_JURISTIC_ID", juristic(r, "dash")), "\n",
        "ผู้จัดการคนใหม่: ", P(manager), " เลขบัตรประชาชน ", ("TH_NATIONAL_ID", nid(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "บริษัทบริหารอาคาร: บริษัท พร็อพเพอร์ตี้แคร์ จำกัด ทะเบียน ", ("TH_JURISTIC_ID", juristic(r)),
    ]


@T("real_estate")
def re_guard_union_complaint(r: random.Random) -> list:
    a = thn(r, False)
    return [
        "ตอบข้อร้องเรียนจาก รปภ. นี้แบบระมัดระวังทางกฎหมาย (เรามีสัญญากับบริษัท รปภ. ไม่ใช่นายจ้างโดยตรง)\n",
        "รปภ.", P(a), " แจ้งว่าเขา", ("TRADE_UNION", r.choice(["เป็นสมาชิกสหภาพแรงงาน", "เป็นกรรมการสหภาพแรงงาน", "สมัครเข้าสหภาพ"])),
        "ธุรกิจรักษาความปลอดภัย และถูกหัวหน้ากะขู่ว่าจะย้ายไปประจำไซต์ไกลถ้าไม่ลาออกจากสหภาพ เบอร์ ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("real_estate")
def re_agent_chat_mixed(r: random.Random) -> list:
    buyer = r.choice(FOREIGN)
    agent = nick(r)
    return [
        "สรุปแชทนี้ให้เจ้าของห้อง + next steps (ภาษาไทย)\n\n",
        "Client: hi, can I view the 2BR unit this Sat? I'm ", P(buyer), "\n",
        "Agent ", P(agent), ": ได้ค่ะ sure! 10am ok? pls send passport copy for booking ค่ะ\n",
        "Client: passport no. ", ("TH_PASSPORT", passport(r, r.choice(["cn", "other"]))), ", my whatsapp ", ("PHONE_NUMBER", mobile(r, "intl")), "\n",
        "Agent ", P(agent), ": noted ka 🙏 add line นะคะ ", ("LINE_ID", line_id(r, agent_latin(agent))),
    ]


def agent_latin(thai_nick: str) -> str:
    table = {"ต้นข้าว": "tonkhao", "ใบเตย": "baitoey", "แพรว": "praew", "มายด์": "mind", "ปั้น": "pun", "ภูมิ": "poom",
             "เจได": "jedi", "น้ำหวาน": "namwan", "ข้าวหอม": "khaohom", "บีม": "beam", "ฟ้าใส": "fahsai", "อิ๊ก": "ik",
             "ก้อง": "kong", "ป่าน": "parn", "เฟิร์น": "fern", "ต่อ": "tor", "แบงค์": "bank", "กิ๊ฟ": "gift",
             "นุ่น": "noon", "โอ๊ต": "oat", "เอิร์ธ": "earth", "ปลายฟ้า": "plaifah", "มุก": "mook", "จ๋า": "jaa"}
    return table[thai_nick]


@T("real_estate")
def re_card_autopay_failure_en(r: random.Random) -> list:
    owner = rom(r)
    return [
        "Write a short email to the owner explaining why the common-fee autopay failed and how to update it.\n",
        "Owner: ", P(owner), " (", ("EMAIL_ADDRESS", email(r, owner)), "), unit ", str(r.randint(101, 3208)), "\n",
        f"Gateway response {ts(r)}: card ", ("CREDIT_CARD", card(r, "plain")), " declined, code 05 (do not honour), amount THB ",
        amount(r, 2500, 12000), "\nPrevious successful charge: last quarter.",
    ]


@T("real_estate")
def re_lease_ocr_scan(r: random.Random) -> list:
    tenant, landlord = thn(r), thn(r)
    return [
        "ข้อความนี้ OCR จากสัญญาเช่า ช่วยแก้คำผิดและดึงข้อมูลเป็น JSON (ผู้เช่า, ผู้ให้เช่า, ค่าเช่า, วันเริ่ม)\n\n",
        "สัญญาเช่าห้องพัก\nทำที่ ", r.choice(["หอพักบ้านสวนอพาร์ทเมนท์", "ศุภาลัยแมนชั่น"]), "\n",
        "ข้าพเจ้า ", P(landlord), " ซึ่งต่อไปนี้เรียกว่า \"ผู้ให้เช่า\" กับ ", P(tenant), " เลขประจําตัวประชาซน ",
        ("TH_NATIONAL_ID", nid(r, "space")), " เกิดวันที่ ", ("DATE_OF_BIRTH", dob(r, "th_long", 1980, 2004)),
        " อยู่บ้านเลขที่ ", ("ADDRESS", addr(r)), " ซึ่งต่อไปนี้เรียกว่า \"ผู้เช่า\"\nค่าเช่าเดือนละ ",
        f"{amount(r, 3500, 15000)}.- บาท (ชำระทุกวันที่ 5)",
    ]


@T("real_estate")
def re_dialysis_power_outage(r: random.Random) -> list:
    name = thn(r)
    return [
        "ช่วยเขียนประกาศแจ้งดับไฟซ่อมหม้อแปลง และข้อความส่วนตัวถึงลูกบ้านที่ต้องใช้ไฟฟ้ากับอุปกรณ์การแพทย์\n",
        "ดับไฟ: วันเสาร์ 08:00-14:00\n",
        "ลูกบ้านที่ต้องแจ้งเป็นพิเศษ: คุณ", P(name), " ห้อง ", str(r.randint(201, 1809)), " ", ("HEALTH_DATA", r.choice(["ล้างไตทางช่องท้องด้วยเครื่องอัตโนมัติ", "ต้องใช้เครื่องผลิตออกซิเจนตลอดเวลา"])),
        " ญาติเบอร์ ", ("PHONE_NUMBER", mobile(r)), " ให้นิติฯ สำรองเครื่องปั่นไฟชั้นล่างให้",
    ]


@T("real_estate")
def re_cctv_theft_incident(r: random.Random) -> list:
    return [
        "สรุปรายงานเหตุการณ์นี้สำหรับแจ้งความ และร่างประกาศเตือนลูกบ้าน (ห้ามระบุตัวผู้ต้องสงสัยในประกาศ)\n",
        f"{ts(r)} กล้อง P2-04: ชายสวมหมวกกันน็อกงัดรถจักรยานยนต์ในลานจอด ขับออกทางประตู B รถทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), "\n",
        "ระบบจดจำใบหน้าจับคู่กับผู้มาติดต่อที่ลงทะเบียนไว้: ", P(thn(r, False)), " (face match ",
        ("BIOMETRIC_DATA", f"score 0.{r.randint(88, 99)} template#{hexs(r, 6)}"), ")\n",
        "เจ้าของรถ: คุณ", P(thn(r)), " ห้อง 7/", str(r.randint(101, 1200)), " โทร ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("real_estate")
def re_ramadan_quiet_hours_request(r: random.Random) -> list:
    name = thn(r, True)
    return [
        "ตอบคำขอลูกบ้านนี้ทางไลน์ แบบให้เกียรติทั้งสองฝ่าย\n\n",
        "ลูกบ้าน: สวัสดีค่ะนิติ ดิฉัน", P(name), " ห้อง 502 ครอบครัว", ("RELIGION", r.choice(["เป็นมุสลิม", "นับถือศาสนาอิสลาม"])),
        " ช่วงเดือนรอมฎอนต้องตื่นตีสามทำอาหารซุโฮร์ อาจมีเสียงบ้าง รบกวนแจ้งห้องข้างล่างให้ด้วยนะคะ ",
        "หรือจะโทรคุยก็ได้ค่ะ ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("real_estate")
def re_agm_minutes_long(r: random.Random) -> list:
    chair, a, b, c = thn(r), thn(r), thn(r), thn(r, False)
    return [
        "ช่วยย่อรายงานการประชุมใหญ่สามัญประจำปีนี้เหลือ 1 หน้า และทำ action items พร้อมผู้รับผิดชอบ\n\n",
        f"รายงานการประชุมใหญ่สามัญเจ้าของร่วม ครั้งที่ 1/2569 {r.choice(CONDOS)}\n",
        f"ผู้เข้าประชุม {r.randint(60, 180)} ราย คิดเป็นอัตราส่วนกรรมสิทธิ์ {r.randint(30, 55)}.{r.randint(10, 99)}%\n",
        "ประธานที่ประชุม: ", P(chair), "\n",
        "วาระ 1 รับรองงบการเงิน: ที่ประชุมรับรองเป็นเอกฉันท์\n",
        "วาระ 2 เลือกตั้งกรรมการ: ได้แก่ ", P(a), ", ", P(b), " และ ", P(c), "\n",
        "วาระ 3 ปรับค่าส่วนกลาง: ", P(b), " เสนอปรับจาก 40 เป็น 45 บาท/ตร.ม. ผ่านด้วยเสียงข้างมาก\n",
        "วาระ 4 เรื่องอื่นๆ: เจ้าของร่วมห้อง 1803 ขอให้ติดกล้องเพิ่มที่ลานจอด ติดต่อเสนอราคาได้ที่ ", ("PHONE_NUMBER", mobile(r)), "\n",
        "ปิดประชุมเวลา 16.40 น.\n", "ผู้บันทึก ", P(thn(r, True)),
    ]


@T("real_estate", neg=True)
def neg_re_condo_listing_th(r: random.Random) -> list:
    return [
        "เขียนโพสต์ขายคอนโดนี้ใหม่ให้น่าสนใจ ลงเว็บประกาศและเฟซบุ๊กกลุ่ม\n",
        f"ขายคอนโดใกล้ BTS {r.choice(['อ่อนนุช', 'หมอชิต', 'บางจาก', 'อารีย์'])} 1 ห้องนอน {r.randint(26, 38)} ตร.ม. ชั้น {r.randint(8, 30)} ",
        f"วิวเมือง ห้องมุม เฟอร์ครบ ราคา {r.uniform(2.1, 4.9):.2f} ล้าน ค่าส่วนกลาง {r.randint(35, 60)} บาท/ตร.ม. ",
        "ฟรีค่าโอน มีสระว่ายน้ำ ฟิตเนส ที่จอดรถ 40% สนใจติดต่อผ่านแชทของเพจ",
    ]


@T("real_estate", neg=True)
def neg_re_listing_en(r: random.Random) -> list:
    return [
        "Shorten this listing to 280 characters for X/Twitter.\n",
        f"For rent: {r.randint(1, 3)}-bedroom condo on Sukhumvit Soi {r.randint(11, 77)}, {r.randint(45, 120)} sq m, ",
        f"high floor, fully furnished, pet-friendly building. THB {r.randint(25, 90)},000/month, minimum 12-month lease, ",
        "two months' deposit. Walk to BTS. Foreign tenants welcome; our agency handles TM30 registration.",
    ]


@T("real_estate", hard="BIOMETRIC_DATA")
def neg_re_house_rules_face_access(r: random.Random) -> list:
    return [
        "แปลระเบียบนิติบุคคลข้อนี้เป็นภาษาอังกฤษสำหรับลูกบ้านต่างชาติ\n",
        "ข้อ 12 การเข้าออกอาคาร ใช้ระบบสแกนใบหน้าหรือคีย์การ์ดอย่างใดอย่างหนึ่ง ลูกบ้านที่ไม่ประสงค์ให้เก็บข้อมูลใบหน้า ",
        "สามารถขอรับคีย์การ์ดได้ที่สำนักงานนิติบุคคลโดยไม่มีค่าใช้จ่าย ข้อมูลใบหน้าจะถูกลบภายใน 30 วันหลังย้ายออก ",
        f"ค่าออกคีย์การ์ดใหม่กรณีสูญหาย {r.choice(['200', '300', '500'])} บาท",
    ]


@T("real_estate", hard="DISABILITY")
def neg_re_accessibility_spec(r: random.Random) -> list:
    return [
        "Check whether this lobby renovation spec meets the Thai ministerial regulation on facilities for persons with disabilities.\n",
        f"Ramp slope 1:{r.choice(['10', '12', '14'])}, width 1.50 m, handrails both sides at 0.80-0.90 m, tactile paving at top and bottom. ",
        "One accessible toilet per floor, door width 0.90 m, grab bars. Lift buttons with Braille at 0.90-1.20 m. ",
        "Two accessible parking bays, 2.40 m plus 1.00 m side aisle, next to the lobby entrance.",
    ]


@T("real_estate", neg=True)
def neg_re_access_door_log_epoch(r: random.Random) -> list:
    return [
        "ประตูทางเข้า B ปลดล็อกเองบ่อย ดูจาก log นี้แล้วน่าจะเป็นที่ firmware หรือ sensor\n",
        f"door=B-LOBBY evt=UNLOCK src=SCHEDULE t={epoch_ms(r)}\n",
        f"door=B-LOBBY evt=UNLOCK src=UNKNOWN t={epoch_ms(r)} fw=2.4.{r.randint(0, 9)}\n",
        f"door=B-LOBBY evt=DOOR_FORCED t={epoch_ms(r)} rssi=-{r.randint(60, 90)}\n",
    ]


@T("real_estate", neg=True)
def neg_re_common_fee_calc_en(r: random.Random) -> list:
    return [
        "Build a spreadsheet formula for annual common fees.\n",
        f"Rate: THB {r.randint(35, 75)} per sq m per month, billed yearly in advance. Sinking fund: THB {r.randint(500, 1000)} per sq m, one-off at transfer. ",
        "Late payment: 12% per year; above 6 months, 20% per year (Condominium Act s.18). ",
        "Unit sizes range from 28 to 140 sq m. Output: unit_size, monthly, annual, sinking_fund.",
    ]


@T("real_estate", neg=True)
def neg_re_agm_agenda(r: random.Random) -> list:
    return [
        "จัดรูปแบบหนังสือเชิญประชุมใหญ่สามัญประจำปีให้สวยงาม\n",
        f"วันอาทิตย์ที่ {r.randint(1, 28)} {r.choice(TH_MONTHS)} 2569 เวลา 13.30 น. ณ ห้องประชุมชั้น 2\n",
        "วาระที่ 1 แต่งตั้งประธานที่ประชุม\nวาระที่ 2 รับรองงบดุลประจำปี\nวาระที่ 3 แต่งตั้งผู้สอบบัญชี\n",
        "วาระที่ 4 พิจารณางบประมาณซ่อมบำรุงลิฟต์\nวาระที่ 5 เรื่องอื่นๆ\n",
        "เจ้าของร่วมที่ไม่สามารถเข้าประชุมได้ โปรดมอบฉันทะตามแบบที่แนบ",
    ]


# ==============================================================================================
# Social media and content moderation
# ==============================================================================================
@T("social")
def soc_doxx_post_no_spaces(r: random.Random) -> list:
    name = thn(r)
    return [
        "โพสต์นี้ถูกรีพอร์ตว่าเป็นการ doxxing ช่วยตัดสินตามนโยบาย (remove / keep) พร้อมเหตุผล\n\n",
        "\"แฉค่ะะะ!!! คนนี้ชื่อ", P(name), "โกงเงินแชร์ไปเกือบแสนแล้วหนีไปเลยบ้านอยู่",
        ("ADDRESS", addr(r, "prov")), "เบอร์", ("PHONE_NUMBER", mobile(r, "plain")),
        "ใครเจอบอกด้วยนะคะ", ("CRIMINAL_RECORD", r.choice(["เคยติดคุกคดีฉ้อโกง", "เคยติดคุกมาแล้ว", "มีหมายจับคดีฉ้อโกงประชาชน"])),
        "ด้วยอย่าไปหลงเชื่อ😡😡 #แชร์ด่วน\"",
    ]


@T("social")
def soc_scam_mule_comment(r: random.Random) -> list:
    return [
        "คอมเมนต์นี้ควรซ่อนไหม มีข้อมูลส่วนบุคคลอะไรบ้าง list มา\n\n",
        "เตือนภัยยยย ร้านนี้ไม่ส่งของ โอนไป ", amount(r, 500, 5000), " บช ", r.choice(BANKS), " ",
        ("TH_BANK_ACCOUNT", bank_acct(r)), " ชื่อบช ", P(thn(r)), " โทรไปไม่รับ ", ("PHONE_NUMBER", mobile(r, "dash")),
        " ใครโดนเหมือนกันทักมา ไลน์ ", ("LINE_ID", line_id(r)), " จะรวมตัวไปแจ้งความ 🙏",
    ]


@T("social")
def soc_outing_comment_thread(r: random.Random) -> list:
    target = nick(r)
    full = thn(r, False)
    return [
        "Moderation: ประเมินว่าเธรดนี้เข้าข่าย harassment / outing หรือไม่ ตอบเป็น JSON {decision, reasons}\n\n",
        "user_a: รู้ยังว่า", P(target), "ม.6/2อ่ะ", ("SEXUAL_BEHAVIOUR", r.choice(["เป็นเกย์", "เป็นไบเซ็กชวล", "คบกับเพศเดียวกัน"])), "555555 🏳️‍🌈🤣\n",
        "user_b: จริงดิ ชื่อจริง", P(full), "ใช่ปะ\n",
        "user_c: พอเหอะ ไม่ใช่เรื่องของเรา\n",
        "user_a: เดี๋ยวเอาแชทมาแปะให้ดู",
    ]


@T("social")
def soc_ethnic_slur_reply(r: random.Random) -> list:
    target = thn(r)
    return [
        "Classify this reply under our hate-speech policy (protected attribute? targeted at a person?). Reply in English.\n\n",
        "โพสต์ต้นทาง: ขายส้มตำเจ้าอร่อยตลาดเช้า\n",
        "คอมเมนต์: แม่ค้าคนนี้ชื่อ", P(target), "เป็น", ("ETHNICITY", r.choice(["ชาวไทใหญ่", "เชื้อสายมลายู", "ชาวม้ง", "ชาติพันธุ์กะเหรี่ยง"])),
        "แอบมาอยู่ อย่าไปซื้อ!! 🤬 ",
        "เรียกตำรวจมาจับเลย", ("PHONE_NUMBER", mobile(r)), "เบอร์มัน",
    ]


@T("social")
def soc_political_post_review(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "review this post for our political-ads policy: is it an ad, personal opinion, or coordinated inauthentic? ตอบไทย\n\n",
        "ผู้โพสต์: ", P(name), " (บัญชีส่วนตัว)\n",
        "ข้อความ: \"ผม", ("POLITICAL_OPINION", r.choice(["สนับสนุนพรรคประชาชน", "ต่อต้านรัฐประหาร", "เป็นสมาชิกพรรครวมไทยสร้างชาติ"])),
        " มาตลอด เลือกตั้งรอบนี้ไม่เปลี่ยนใจ ใครอยากคุยนโยบายทัก ", ("LINE_ID", line_id(r)), " ได้ครับ #เลือกตั้ง70\"",
    ]


@T("social")
def soc_health_fundraising_post(r: random.Random) -> list:
    n = nick(r)
    return [
        "โพสต์ขอรับบริจาคนี้ถูกรีพอร์ตว่าหลอกลวง ช่วยเช็คว่ามีสัญญาณ scam ไหม\n\n",
        "สวัสดีค่ะทุกคน เราชื่อ", P(n), "นะคะ ตอนนี้เรา", ("HEALTH_DATA", r.choice(["เป็นมะเร็งเต้านม", "ป่วยเป็นมะเร็งต่อมน้ำเหลือง", "ไตวายต้องฟอกไต"])),
        "ระยะที่3 ค่ายาเคมีบำบัดแพงมากกก🥺 ใครพอช่วยได้โอนมาที่ ", r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r)),
        " ชื่อ ", P(thn(r, True)), " ขอบคุณทุกน้ำใจค่ะ 🙏💕",
    ]


@T("social")
def soc_moderation_queue_json_en(r: random.Random) -> list:
    user = rom(r)
    return [
        "Triage these reports. For each: violation type, severity 1-5, action. Output JSON only.\n",
        '[{"report_id": "R', str(r.randint(100000, 999999)), '", "reported_user": "', P(user), '", "email": "',
        ("EMAIL_ADDRESS", email(r, user)), '", "last_ip": "', ("IP_ADDRESS", ipv4(r)), '",\n',
        '  "content": "lol everyone knows ', P(rom_given(r, True)), ' is ', ("RELIGION", r.choice(["a Jehovah's Witness", "Muslim", "Sikh"])),
        ', that is why she never comes to the office party"},\n',
        '  {"report_id": "R', str(r.randint(100000, 999999)), '", "content": "buy followers cheap!!!", "reported_user": "spam_bot_1123"}]',
    ]


@T("social")
def soc_ban_appeal_ticket_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Draft a reply to this appeal. Our policy: under-13 accounts are removed; we may ask for age proof.\n\n",
        "Subject: my account was banned for being underage??\n",
        "Hi, I'm ", P(name), ". I'm not 12, I was born ", ("DATE_OF_BIRTH", dob(r, "en_us", 2000, 2006)),
        ". You can verify with my phone ", ("PHONE_NUMBER", mobile(r, "intl")), " or email ", ("EMAIL_ADDRESS", email(r, name)),
        ". Please restore it, I run my shop on it.",
    ]


@T("social")
def soc_card_photo_caption(r: random.Random) -> list:
    n = nick(r)
    return [
        "ผู้ใช้โพสต์รูปบัตรเครดิตพร้อมแคปชันนี้ ต้อง blur อะไรบ้างก่อนอนุญาตให้โพสต์อยู่ต่อ?\n\n",
        "แคปชัน: \"ได้บัตรใบแรกแล้วววว 💳✨ ", ("CREDIT_CARD", card(r, "space")), " หมดอายุ 09/30 ขอบคุณแม่",
        P(n), "ที่ค้ำให้นะ ใครจะให้เลี้ยงทักมา 555\"",
    ]


@T("social")
def soc_road_rage_clip(r: random.Random) -> list:
    driver = thn(r, False)
    return [
        "คลิปนี้มีคนคอมเมนต์ข้อมูลคนขับ ช่วยเลือกคอมเมนต์ที่ต้องลบ และบอกเหตุผล\n\n",
        "1) ปาดหน้าแล้วลงมาชกคนอื่น ทุเรศ!!\n",
        "2) ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), " ชื่อ", P(driver), "ค่ะ ทำงานที่อู่แถวบ้าน ",
        ("CRIMINAL_RECORD", r.choice(["เคยโดนจับข้อหาเมาแล้วขับ", "มีประวัติคดีทำร้ายร่างกาย"])), "\n",
        "3) บ้านมันอยู่ ", ("ADDRESS", addr(r)), " ไปถล่มเลย\n",
        "4) ส่งคลิปให้ตำรวจแล้วนะครับ",
    ]


@T("social")
def soc_student_bullying_post(r: random.Random) -> list:
    target = nick(r)
    return [
        "เพจโรงเรียนได้รับข้อความร้องเรียนนี้ ช่วยร่างคำตอบและบอกว่าควรแจ้งฝ่ายไหน\n\n",
        "มีคนทำแอคหลุม IG ล้อน้อง", P(target), " ป.6 ว่าเป็นเด็ก", ("DISABILITY", r.choice(["ออทิสติก", "พิการทางสติปัญญา", "หูหนวก"])),
        " ถ่ายคลิปตอนน้องกินข้าวแล้วลงทุกวันเลยค่ะ ลูกดิฉันไม่กล้าไปโรงเรียน เลขประจำตัวนักเรียน ",
        ("STUDENT_ID", student_id(r, "school")), " ติดต่อแม่ได้ที่ ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("social")
def soc_union_post_employer_report(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "นายจ้างรีพอร์ตโพสต์นี้ว่า 'เปิดเผยข้อมูลบริษัท' เราควรลบไหม ให้พิจารณาตามนโยบายเสรีภาพในการแสดงออก\n\n",
        "โพสต์โดย ", P(name), ": \"ผม", ("TRADE_UNION", r.choice(["เป็นประธานสหภาพแรงงาน", "เป็นกรรมการสหภาพแรงงาน", "ร่วมก่อตั้งสหภาพแรงงาน"])),
        "โรงงานนี้ครับ บริษัทไม่จ่ายโอทีมา 4 เดือน พนักงานไลน์ผลิตกว่า 300 คนเดือดร้อน ใครต้องการข้อมูลติดต่อ ",
        ("PHONE_NUMBER", mobile(r)), " ✊\"",
    ]


@T("social")
def soc_tiktok_comment_batch(r: random.Random) -> list:
    a, b = nick(r), nick(r)
    return [
        "จัดกลุ่มคอมเมนต์ใต้คลิปนี้เป็น spam / personal info / ok\n",
        "- ตลกมากกก 🤣🤣\n",
        "- ขายครีมหน้าใส ทักไลน์ ", ("LINE_ID", line_id(r)), " เลยจ้า\n",
        "- พี่", P(a), "ในคลิปคือแฟนเก่าเรา ", ("SEXUAL_BEHAVIOUR", r.choice(["นอนกับผู้ชายไปทั่ว", "ขายบริการทางเพศ"])), " อย่าไปเชื่อ\n",
        "- เบอร์", P(b), "ค่ะใครอยากได้ ", ("PHONE_NUMBER", mobile(r, "plain")), "\n",
        "- ชอบเพลงประกอบ ชื่อเพลงอะไรคะ",
    ]


@T("social")
def soc_lost_id_card_post(r: random.Random) -> list:
    name = thn(r)
    return [
        "โพสต์ตามหาเจ้าของบัตรนี้เปิดเผยข้อมูลเกินไปไหม ช่วยเขียนเวอร์ชันที่ปลอดภัยกว่า\n\n",
        "เก็บบัตรประชาชนได้ที่ป้ายรถเมล์หน้าเซ็นทรัลค่ะ ชื่อ ", P(name), " เลข ", ("TH_NATIONAL_ID", nid(r, "space")),
        " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_short")), " ที่อยู่ ", ("ADDRESS", addr(r)), " ใครรู้จักช่วยแท็กหน่อยนะคะ 🙏",
    ]


@T("social")
def soc_conversion_story_post(r: random.Random) -> list:
    n = nick(r)
    return [
        "โพสต์นี้ถูกรีพอร์ตโดยญาติผู้โพสต์ว่าไม่เหมาะสม มันผิดนโยบายข้อไหนหรือไม่ผิดเลย\n\n",
        "\"ชื่อ", P(n), "นะคะ วันนี้ครบ1ปีที่เรา", ("RELIGION", r.choice(["เปลี่ยนมานับถือศาสนาคริสต์", "เปลี่ยนมานับถือศาสนาอิสลาม"])),
        " ครอบครัวยังไม่ยอมรับ แม่บอกว่าจะตัดแม่ตัดลูก เหนื่อยมากแต่ไม่เสียใจค่ะ 🙏\"",
    ]


@T("social")
def soc_dna_family_search_post(r: random.Random) -> list:
    name = thn(r, True)
    return [
        "Please translate this Thai post to English for our Trust & Safety reviewer in Singapore.\n\n",
        "ตามหาพ่อแท้ๆค่ะ หนูชื่อ", P(name), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_long", 1990, 2002)),
        " ที่ รพ.แม่สาย แม่เพิ่งบอกว่าพ่อที่เลี้ยงมา", ("GENETIC_DATA", r.choice(["ไม่ใช่พ่อทางสายเลือด ตรวจ DNA แล้วไม่ตรง", "ผลตรวจดีเอ็นเอไม่ตรงกับหนู"])),
        " ใครมีข้อมูลติดต่อ ", ("PHONE_NUMBER", mobile(r)), " 🙏",
    ]


@T("social")
def soc_admin_group_chat_mixed(r: random.Random) -> list:
    a, b = nick(r), nick(r)
    return [
        "summarise this mod team chat into action items (Thai/English ok)\n\n",
        "[", P(a), "] guys user ที่ spam ห้อง crypto ตะกี้ IP ซ้ำกับ acc ที่แบนเมื่อวาน ", ("IP_ADDRESS", ipv4(r)), "\n",
        "[", P(b), "] confirm ครับ อีเมลสมัครก็ ", ("EMAIL_ADDRESS", email(r)), " เหมือนเดิม\n",
        "[", P(a), "] ban ทั้งคู่เลย + report ให้ T&S\n",
        "[", P(b), "] ok done ✅",
    ]


@T("social")
def soc_live_transcript_flag(r: random.Random) -> list:
    host = nick(r)
    return [
        "Transcript จากไลฟ์ขายของ ช่วยหาช่วงที่มีข้อมูลส่วนบุคคลเพื่อ mute ในคลิปย้อนหลัง\n\n",
        "[00:12:03] แม่ค้า", P(host), ": โอเคค่า คุณ", P(given(r)), " CF ชุดเซ็ต 2 นะคะ\n",
        "[00:12:40] แม่ค้า", P(host), ": อ้อ พี่", P(given(r)), " ที่ทักมาถามยาลดน้ำหนัก พี่", ("HEALTH_DATA", r.choice(["เป็นเบาหวาน", "เป็นโรคไทรอยด์เป็นพิษ", "ความดันสูง"])),
        " ไม่ควรกินนะคะ\n",
        "[00:13:15] แม่ค้า", P(host), ": ส่งของไปที่ ", ("ADDRESS", addr(r)), " เบอร์ ", ("PHONE_NUMBER", mobile(r)), " ถูกไหมคะ",
    ]


@T("social")
def soc_voice_clone_report_en(r: random.Random) -> list:
    victim = rom(r, True)
    return [
        "Write an internal escalation note for this deepfake report (impersonation + biometric misuse).\n\n",
        "Reporter ", P(victim), " (", ("EMAIL_ADDRESS", email(r, victim)), ") says an account is posting ads using a clone of her voice. ",
        "She attached her enrolment record from our voice-login feature: voiceprint ID ", ("BIOMETRIC_DATA", f"vp_{hexs(r, 16)}"),
        ", and says the scam ads ask followers to call ", ("PHONE_NUMBER", mobile(r, "intl")), ".",
    ]


@T("social")
def soc_hiv_gossip_reply(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "คอมเมนต์นี้ใต้โพสต์ชุมชน ควร remove ไหม ตอบสั้นๆ\n\n",
        "\"อย่าไปกินร้านลุงเลยนะ ลูกชายแกชื่อ", P(name), " ", ("HEALTH_DATA", r.choice(["ติดเอดส์", "ติดเชื้อเอชไอวี", "เป็นวัณโรค"])),
        " แล้วก็", ("SEXUAL_BEHAVIOUR", r.choice(["เป็นเกย์", "ขายบริการทางเพศ"])), " ด้วย ทั้งซอยรู้กันหมด\"",
    ]


@T("social")
def soc_anti_protest_doxx_en(r: random.Random) -> list:
    name = rom(r, True)
    return [
        "Is this post allowed? It names a private individual. Give the decision and policy section.\n\n",
        "\"This is ", P(name), " who ", ("POLITICAL_OPINION", r.choice(["joined the pro-democracy rallies", "organised an anti-coup protest", "campaigned for abolishing Section 112"])),
        " last weekend. She works at the clinic on Nimman. Her number is ", ("PHONE_NUMBER", mobile(r, "intl")),
        " - let her know what you think.\"",
    ]


@T("social", hard="SEXUAL_BEHAVIOUR")
def neg_soc_adult_content_guideline(r: random.Random) -> list:
    return [
        "สรุปแนวทางการกลั่นกรองเนื้อหาทางเพศนี้เป็น decision tree สำหรับทีม moderator ใหม่\n",
        "1) ภาพเปลือยหรือกิจกรรมทางเพศโจ่งแจ้ง: ลบ\n2) เนื้อหาเพศศึกษา การคุมกำเนิด การป้องกันโรคติดต่อทางเพศสัมพันธ์: อนุญาต\n",
        "3) การเปิดเผยรสนิยมทางเพศของผู้อื่นโดยไม่ยินยอม (outing): ลบ และเตือนบัญชี\n",
        "4) การชักชวนค้าประเวณี: ลบ แบนถาวร\n",
        f"5) เนื้อหาไพรด์ การสมรสเท่าเทียม: อนุญาต (อัปเดต v{r.randint(3, 6)}.{r.randint(0, 9)})",
    ]


@T("social", hard="RELIGION")
def neg_soc_hate_policy_en(r: random.Random) -> list:
    return [
        "Rewrite this hate-speech policy excerpt so that 14-year-olds can understand it.\n",
        "We remove content that attacks people based on protected characteristics: race, ethnicity, national origin, ",
        "religious affiliation (for example Buddhists, Muslims, Christians, Hindus or Sikhs), caste, sexual orientation, ",
        "sex, gender identity, disability or serious disease. Criticism of religions as ideas is allowed; ",
        f"dehumanising comparisons of believers are not. Policy ref HS-{r.randint(10, 40)}.",
    ]


@T("social", hard="POLITICAL_OPINION")
def neg_soc_election_integrity_policy(r: random.Random) -> list:
    return [
        "ทำสรุปนโยบายช่วงเลือกตั้งเป็นภาษาไทยให้ทีม moderator (10 บรรทัด)\n",
        "During the election period we label state-controlled media, require 'Paid for by' disclaimers on political ads, ",
        "and remove false claims about voting dates or procedures. Personal political opinions from users are allowed, ",
        f"including criticism of candidates and parties. Blackout for new political ads starts {r.randint(1, 3)} days before polling day.",
    ]


@T("social", neg=True)
def neg_soc_pii_regex_code(r: random.Random) -> list:
    return [
        "รีวิวโค้ดนี้หน่อย regex จับเบอร์มือถือในคอมเมนต์ false positive เยอะ เพราะไปจับ post_id ด้วย\n```python\n",
        "import re\nMOBILE = re.compile(r\"0[689]\\d{8}\")\n",
        f"samples = [\"post_id={r.randint(10**15, 10**16 - 1)}\", \"order #{r.randint(10**9, 10**10 - 1)}\", \"เจอกัน 10 โมงนะ\"]\n",
        "for s in samples:\n    print(s, bool(MOBILE.search(s)))\n```",
    ]


@T("social", neg=True)
def neg_soc_moderation_metrics_epoch(r: random.Random) -> list:
    return [
        "Compute median time-to-action per queue from these rows (created_ms, actioned_ms are epoch milliseconds).\n",
        "queue,created_ms,actioned_ms,action\n",
        [f"{q},{c},{epoch_ms(r, int(c), int(c) + 40_000_000)},{a}\n"
         for q, a in (("hate_th", "remove"), ("spam_th", "keep"), ("adult_en", "age_gate")) for c in [epoch_ms(r)]],
    ]


@T("social", neg=True)
def neg_soc_trending_hashtags(r: random.Random) -> list:
    return [
        "สรุปเทรนด์ X วันนี้ให้ทีมคอนเทนต์ อันไหนแบรนด์ควรเลี่ยง\n",
        f"1. #{r.choice(['ลอยกระทง2569', 'หยุดยาว', 'บอลไทย'])} {r.randint(50, 400)}K โพสต์\n",
        "2. #งบประมาณ70 เกี่ยวกับการอภิปรายงบประมาณในสภา\n",
        "3. #คอนเสิร์ตBLACKPINK บัตรหมดใน 5 นาที\n",
        f"4. #ฝุ่นPM25 ค่าฝุ่นกรุงเทพฯ {r.randint(60, 140)} มคก./ลบ.ม.",
    ]


@T("social", neg=True)
def neg_soc_brand_post_copy(r: random.Random) -> list:
    return [
        "Write 3 variations of this Facebook post for a university open house, friendly tone, emoji allowed.\n",
        f"Open House {r.randint(2026, 2027)} - Saturday {r.randint(1, 28)} November, 9:00-16:00. Campus tours every hour, ",
        "mock lectures from every faculty, portfolio clinic with admission staff, free shuttle from the BTS. ",
        "Register at the link in bio. Questions: openhouse@university.ac.th",
    ]


@T("social", hard="TRADE_UNION")
def neg_soc_union_news_summary(r: random.Random) -> list:
    return [
        "สรุปข่าวนี้เป็นโพสต์สั้นสำหรับเพจข่าวแรงงาน ไม่เกิน 4 บรรทัด\n",
        f"สหภาพแรงงานรัฐวิสาหกิจ {r.randint(8, 20)} แห่งยื่นหนังสือต่อรัฐบาลคัดค้านการแปรรูป พร้อมเรียกร้องให้ไทยให้สัตยาบัน ",
        "อนุสัญญา ILO ฉบับที่ 87 และ 98 ว่าด้วยเสรีภาพในการสมาคมและการร่วมเจรจาต่อรอง ",
        "ขณะที่กระทรวงแรงงานระบุว่าอยู่ระหว่างศึกษาผลกระทบทางกฎหมาย",
    ]


# ==============================================================================================
# More mixed formats across the same domains (code, OCR, SMS, transcripts, long documents)
# ==============================================================================================
@T("education")
def edu_pandas_merge_snippet(r: random.Random) -> list:
    return [
        "ทำไม merge แล้ว row หาย? โค้ดกับตัวอย่างข้อมูลอยู่ข้างล่าง\n```python\nimport pandas as pd\n",
        "reg = pd.DataFrame({'student_id': ['", ("STUDENT_ID", student_id(r, "uni")), "', '", ("STUDENT_ID", student_id(r, "uni")), "'],\n",
        "                    'citizen_id': ['", ("TH_NATIONAL_ID", nid(r, "plain")), "', '", ("TH_NATIONAL_ID", nid(r, "plain")), "']})\n",
        "loan = pd.DataFrame({'citizen_id': ['", ("TH_NATIONAL_ID", nid(r, "dash")), "'], 'name': ['", P(thn(r)), "']})\n",
        "out = reg.merge(loan, on='citizen_id', how='inner')\nprint(out)  # empty!\n```",
    ]


@T("legal")
def legal_sedition_judgment_long(r: random.Random) -> list:
    d1, d2 = thn(r), thn(r, False)
    judge = thn(r)
    return [
        "ย่อคำพิพากษานี้ (ฉบับไม่เปิดเผยต่อสาธารณะ) ให้เหลือ 1 ย่อหน้า สำหรับแฟ้มลูกความ\n\n",
        f"คำพิพากษา คดีหมายเลขดำที่ อ.{r.randint(100, 999)}/2568 คดีหมายเลขแดงที่ อ.{r.randint(100, 999)}/2569\n",
        "พนักงานอัยการจังหวัด โจทก์ ", P(d1), " ที่ 1 ", P(d2), " ที่ 2 จำเลย\n",
        "โจทก์ฟ้องว่า จำเลยทั้งสองร่วมกันปราศรัยบนเวทีชุมนุมหน้าศาลากลางจังหวัด จำเลยที่ 1 ",
        ("POLITICAL_OPINION", r.choice(["เป็นแกนนำกลุ่มเยาวชนปลดแอก", "ปราศรัยเรียกร้องให้นายกรัฐมนตรีลาออก"])),
        " จำเลยที่ 2 ", ("POLITICAL_OPINION", r.choice(["เป็นผู้ประสานงานม็อบราษฎรในจังหวัด", "ชูป้ายต่อต้านรัฐประหาร"])), "\n",
        "ศาลพิเคราะห์แล้ว พิพากษาว่าจำเลยที่ 1 ", ("CRIMINAL_RECORD", r.choice(["มีความผิดตามประมวลกฎหมายอาญา ม.116 จำคุก 2 ปี รอการลงโทษ", "มีความผิดฐานยุยงปลุกปั่น จำคุก 1 ปี 6 เดือน"])),
        " ส่วนจำเลยที่ 2 พยานหลักฐานโจทก์ยังมีข้อสงสัย ให้ยกฟ้อง\n",
        "จำเลยที่ 1 แถลงว่า", ("HEALTH_DATA", r.choice(["ป่วยเป็นโรคซึมเศร้า", "เป็นโรคลมชัก"])), " ขอให้ศาลรอการลงโทษ\n",
        "ผู้พิพากษา ", P(judge),
    ]


@T("government")
def gov_deep_south_remedy_payment(r: random.Random) -> list:
    name = thn(r)
    return [
        "ตรวจรายการขอรับเงินเยียวยาผู้ได้รับผลกระทบจากเหตุความไม่สงบ ว่าเอกสารครบตามระเบียบไหม\n",
        "ผู้ขอ: ", P(name), " ", ("ETHNICITY", r.choice(["เชื้อสายมลายู", "ชาวมลายูมุสลิม"])), " ", ("RELIGION", "นับถือศาสนาอิสลาม"),
        " บัตรประชาชน ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "ที่อยู่: ", ("ADDRESS", addr(r, "south")), "\n",
        "ความเสียหาย: บุตรชาย", ("DISABILITY", r.choice(["พิการขาขาดข้างซ้าย", "ตาบอด", "พิการทางการเคลื่อนไหว"])), " จากเหตุระเบิด\n",
        "บัญชีรับเงิน: ธนาคารอิสลามแห่งประเทศไทย ", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")),
    ]


@T("education")
def edu_staff_union_email_en(r: random.Random) -> list:
    a, b = rom(r), rom(r, True)
    return [
        "Summarise this email thread for the Vice-President for Human Resources, neutral tone.\n\n",
        "From: ", ("EMAIL_ADDRESS", email(r, a, "staff.university.ac.th")), "\n",
        "I am writing as ", ("TRADE_UNION", r.choice(["the union chairperson", "a union committee member"])), " of the University Employees' Union. ",
        "Our member ", P(b), ", who is ", ("TRADE_UNION", "a union member"), " and a contract lecturer, was told her contract would not be renewed ",
        "two days after she spoke at our meeting. We request a hearing.\nRegards, ", P(a),
    ]


@T("social")
def soc_ocr_chat_screenshot(r: random.Random) -> list:
    a, b = nick(r), nick(r)
    return [
        "ข้อความนี้ OCR จากภาพแคปแชทที่ผู้ใช้โพสต์ ช่วยบอกว่าควรเบลอตรงไหน (ตัวอักษรอาจเพี้ยน)\n\n",
        "< ", P(a), "  ออนไลน์\n",
        P(a), ": เเกรู้ป่าว ตรวจ DNA เเล้วนะ ", ("GENETIC_DATA", r.choice(["ลูกไม่ใช่ลูกพี่", "ผลตรวจดีเอ็นเอยืนยันว่าเป็นพ่อจริง"])), "\n",
        P(b), ": จริงดิ๊ เบอร์พี่เขา ", ("PHONE_NUMBER", mobile(r, "space")), " ป้ะ\n",
        P(a), ": อืม อย่าบอกใครนะ 🤫\n",
        "12:4O น.  อ่านแล้ว",
    ]


@T("real_estate")
def re_sms_arrears_reminder(r: random.Random) -> list:
    name = given(r)
    return [
        "ย่อ SMS นี้ให้ไม่เกิน 70 ตัวอักษร (ภาษาไทย 1 ข้อความ)\n\n",
        "เรียนคุณ", P(name), " ห้อง ", f"{r.randint(2, 30)}{r.randint(1, 30):02d}", " ค่าส่วนกลางค้าง ", amount(r, 3000, 30000),
        " บ. ชำระที่สำนักงานนิติฯ หรือโอน ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), " แจ้งสลิป ", ("PHONE_NUMBER", mobile(r, "plain")),
    ]


@T("legal")
def legal_debt_call_transcript(r: random.Random) -> list:
    debtor = thn(r)
    agent = given(r, False)
    return [
        "Check this collection call transcript for breaches of the Debt Collection Act (time, threats, disclosure to third parties). ตอบไทย\n\n",
        "Agent (", P(agent), "): สวัสดีครับ ติดต่อจากสำนักงานกฎหมายในนามธนาคาร ขอเรียนสายคุณ", P(debtor), " ครับ\n",
        "ลูกหนี้: ค่ะ พูดอยู่ค่ะ\n",
        "Agent: ขอยืนยันตัวตน เลขบัตรประชาชนครับ\nลูกหนี้: ", ("TH_NATIONAL_ID", nid(r, "plain")), "\n",
        "Agent: บัตรเครดิตลงท้าย ... ขอทวนเลขเต็ม ", ("CREDIT_CARD", card(r, "space")), " ยอดค้าง ", amount(r, 10000, 90000),
        " บาท ถ้าไม่จ่ายภายในวันนี้จะไปบอกที่ทำงานนะครับ\n",
        "ลูกหนี้: ตอนนี้", ("HEALTH_DATA", r.choice(["ป่วยเป็นมะเร็งเต้านม", "เป็นโรคไตต้องฟอกเลือด"])), " ไม่ได้ทำงานค่ะ ขอผ่อนได้ไหม",
    ]


@T("government")
def gov_highland_id_card_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Fill in the English summary box of this district registration file for the NGO legal clinic.\n",
        "Applicant: ", P(name), "\nID no. (highland community card): ", ("TH_NATIONAL_ID", nid(r, "dash", first=r.choice("68"))),
        "\nBorn: ", ("DATE_OF_BIRTH", dob(r, "en", 1965, 1990)), " in a village in Mae Fa Luang\nEthnic group: ", ("ETHNICITY", r.choice(["Akha", "Lahu", "Lisu", "Mien"])),
        "\nRequest: upgrade to Thai nationality under section 23; two village witnesses available.",
    ]


@T("education")
def edu_genetic_research_participants(r: random.Random) -> list:
    return [
        "จัดตารางผลวิจัยนี้ใหม่ โดยตัดชื่อจริงออกและใช้รหัสอาสาสมัครแทน (เพื่อส่งวารสาร)\n",
        "อาสาสมัคร | ชื่อ | ผลจีโนไทป์\n",
        "V01 | ", P(thn(r)), " | ", ("GENETIC_DATA", r.choice(["พาหะฮีโมโกลบินอี", "เป็นพาหะธาลัสซีเมีย"])), "\n",
        "V02 | ", P(thn(r)), " | ", ("GENETIC_DATA", r.choice(["ผลตรวจ HLA-B*15:02 เป็นบวก", "มียีน BRCA1 กลายพันธุ์"])), "\n",
        "V03 | ", P(thn(r)), " | ปกติ\n",
        "ผู้วิจัยหลัก: ผศ.ดร.", P(thn(r)), " ", r.choice(UNIS),
    ]


@T("education", neg=True)
def neg_edu_grading_rubric_en(r: random.Random) -> list:
    return [
        "Convert this rubric into a Google Form grading scale.\n",
        f"Report (40%): structure 10, evidence 15, citations 5, language 10. Presentation (30%): {r.randint(8, 12)} minutes, ",
        "clarity, slides, Q&A. Peer evaluation (10%). Final exam (20%): 30 MCQ + 2 essays. ",
        "Late submission: -10% per day. Course code ENG 2103, section 01-04.",
    ]


@T("legal", neg=True)
def neg_legal_police_report_faq(r: random.Random) -> list:
    return [
        "เขียน FAQ สั้นๆ 'แจ้งความออนไลน์ทำอย่างไร' ให้เพจสำนักงานกฎหมาย\n",
        "- คดีออนไลน์ เช่น หลอกขายของ หลอกลงทุน แจ้งได้ที่ thaipoliceonline.go.th ตลอด 24 ชม.\n",
        "- เตรียมหลักฐาน: สลิปโอนเงิน แชท ลิงก์โปรไฟล์ผู้กระทำ\n",
        "- ระงับบัญชีม้าเร่งด่วน โทร 1441 ศูนย์ AOC\n",
        f"- เหตุด่วนเหตุร้ายโทร 191 ระยะเวลาดำเนินการโดยเฉลี่ย {r.randint(7, 30)} วัน",
    ]


@T("government", neg=True)
def neg_gov_house_reg_howto(r: random.Random) -> list:
    return [
        "Translate these household-registration steps into English for foreign spouses.\n",
        "การแจ้งย้ายที่อยู่ปลายทาง: เจ้าบ้านหรือผู้ได้รับมอบหมายยื่นที่สำนักทะเบียนใดก็ได้ ",
        "ใช้บัตรประชาชนผู้ย้าย ทะเบียนบ้านฉบับเจ้าบ้าน และหนังสือยินยอมของเจ้าบ้าน ",
        f"ค่าธรรมเนียม {r.choice(['20', '20'])} บาท ต้องแจ้งภายใน 15 วันนับแต่วันย้ายเข้า หากเกินกำหนดปรับไม่เกิน 1,000 บาท",
    ]


@T("education", neg=True)
def neg_edu_sql_schema_review(r: random.Random) -> list:
    return [
        "Review this schema for PDPA: which columns should be encrypted or tokenised?\n```sql\n",
        "CREATE TABLE applicant (\n  applicant_id BIGINT PRIMARY KEY,\n  citizen_id CHAR(13) NOT NULL,\n  full_name_th VARCHAR(200),\n",
        "  birth_date DATE,\n  religion VARCHAR(40),\n  disability_type SMALLINT,\n  created_at_ms BIGINT DEFAULT ",
        epoch_ms(r), "\n);\nCREATE INDEX ix_app_created ON applicant(created_at_ms);\n```",
    ]


# ----------------------------------------------------------------------------------------------
# Build, check, write
# ----------------------------------------------------------------------------------------------
_THAI = re.compile(r"[\u0e00-\u0e7f]")


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
        row["id"] = f"f17-{n:04d}"
    return shuffled


def coverage(rows: list[dict]) -> Counter:
    return Counter(t for r in rows for t in {e["entity_type"] for e in r["entities"]})


def english_only(rows: list[dict]) -> int:
    return sum(not _THAI.search(r["text"]) for r in rows)


def _self_check(rows: list[dict]) -> list[str]:
    problems = []
    names = [t.name for t in TEMPLATES]
    if len(set(names)) != len(names):
        problems.append("duplicate template names")
    negatives = sum(r["negative"] for r in rows)
    if len(rows) < 300 or len(TEMPLATES) < 150 or negatives < 80 or not 0.24 <= negatives / len(rows) <= 0.33:
        problems.append(f"size: rows={len(rows)} templates={len(TEMPLATES)} negatives={negatives}")
    if not 0.20 <= english_only(rows) / len(rows) <= 0.30:
        problems.append(f"English-only share {english_only(rows) / len(rows):.2f} outside 0.20-0.30")
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
        negatives = sum(r["negative"] for r in rows)
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={negatives} ({negatives / len(rows):.1%}) "
              f"english_only={english_only(rows)} ({english_only(rows) / len(rows):.1%})")
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
            print(f"{args.out} is stale: rerun bench/make_freshset17.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
