"""Twenty-second blind held-out set for pdpa-guard: bench/freshset22.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md, the interface of tests/test_freshsets.py and the file plumbing of make_freshset10.py only.
Its emphasis is what engineers and analysts at Thai companies paste into LLMs: SQL query results and
table dumps, CSV extracts, pandas output, JSON API bodies (including whole OpenAI / Anthropic / Gemini
request bodies whose messages carry customer data), stack traces and log lines with customer fields,
data-quality tickets, RAG chunks extracted from PDFs (claims, contracts, medical certificates, HR files),
spreadsheets pasted as tab-separated text, Jira / GitHub issue text. About half the prompts have Thai
context and about a third are English-only. Negatives are the same kind of machine text with no personal
data: schemas and DDL, code, metrics dashboards, build logs, UUIDs / hashes / epoch timestamps / order
numbers, test fixtures with obviously generated placeholder values, API documentation, analytics
aggregates, public data sets about diseases or elections (public figures may be named there).

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file.

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, Mr,
Dr ...); ADDRESS is one span from the house number to the postcode (or province); DATE_OF_BIRTH is the
date only; cued numbers (HN, student ID, account ...) are the number only; a plate includes the province
written right after it; s.26 spans are the shortest phrase disclosing the fact about the person.
Role mailboxes (info@, hr@, support@ ...) are not personal data and are left unlabelled; masked values
(081-xxx-5678, 4111 **** **** 1234) are left unlabelled; public figures named in news or public data
are not labelled.

    python bench/make_freshset22.py            # (re)write bench/freshset22.jsonl
    python bench/make_freshset22.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset22.py --stats    # print coverage
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import re
import sys
import uuid
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

OUT = Path(__file__).resolve().parent / "freshset22.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset22"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_GIVEN = [
    "กนกวรรณ", "ชยพล", "ธิดารัตน์", "พัชราภรณ์", "วรางคณา", "ศักดิ์ดา", "อดิศักดิ์", "นันทนา", "สุภาวดี",
    "เจษฎา", "ธนวัฒน์", "ปาริชาติ", "กฤติน", "ภัทรา", "รุ่งนภา", "สิทธิชัย", "อารีรัตน์", "ณรงค์ศักดิ์",
    "วิชุดา", "ยุพิน", "บรรจง", "ทองสุข", "เพ็ญศรี", "อำนาจ", "ชลธิชา", "ธีรวัฒน์", "นิตยา", "ประภาพร",
    "มานพ", "สุนทร", "เยาวลักษณ์", "อนันต์", "จักรพันธ์", "พัชรินทร์", "ศิรินภา", "วีรยุทธ", "ลัดดาวัลย์",
    "สมพงษ์", "กัลยา", "ธนาธิป", "บุษบา", "คมสัน", "จุฑามาศ", "ไพศาล", "ดารุณี", "ภูริพัฒน์", "อัมพร",
    "เกียรติศักดิ์", "นฤมล", "สมคิด", "ปิยวัฒน์", "ทัศนีย์", "วัชระ", "รัชนี", "ชาตรี", "สุกัญญา",
]
TH_SUR = [
    "ศรีสุข", "วงศ์สวัสดิ์", "แก้วประเสริฐ", "บุญยืน", "ทองดี", "พึ่งบุญ", "จันทร์หอม", "รัตนวิจิตร",
    "สายทอง", "อินทรประเสริฐ", "เพชรรัตน์", "นาคสวัสดิ์", "ชัยมงคล", "มีสุข", "ธนสาร", "อุดมศักดิ์",
    "พรหมมา", "ปัญญาดี", "ลิ้มเจริญ", "ตั้งวิริยะ", "เอี่ยมสะอาด", "สุวรรณรัตน์", "คงเจริญ", "หอมจันทร์",
    "ภูมิวิเศษ", "แสงอรุณ", "ศรีวิไล", "บัวแก้ว", "โพธิ์ทอง", "เจริญผล", "ดวงแก้ว", "วิเศษสุวรรณ",
    "สิทธิโชค", "กิจเจริญ", "นิลวงศ์", "อ่อนละมัย", "พันธุ์ดี", "ขำเจริญ", "ทิพย์มณี", "สุขประเสริฐ",
]
TH_NICK = ["มิ้นท์", "แนน", "ต้น", "ปอ", "ฝ้าย", "บอล", "เบียร์", "แพรว", "นุ่น", "ก้อง", "ออม", "เจน", "บีม", "โอ๊ต"]
RO_GIVEN = [
    "Kanokwan", "Chayaphon", "Thidarat", "Phatcharaphorn", "Warangkana", "Sakda", "Adisak", "Nantana",
    "Supawadee", "Jessada", "Thanawat", "Parichat", "Krittin", "Phattra", "Rungnapa", "Sittichai", "Areerat",
    "Narongsak", "Wichuda", "Yupin", "Khomsan", "Juthamas", "Paisan", "Nareumon", "Piyawat", "Watchara",
    "Ratchanee", "Chatree", "Sukanya", "Thanathip", "Busaba", "Amporn",
]
RO_SUR = [
    "Srisuk", "Wongsawat", "Kaewprasert", "Boonyuen", "Thongdee", "Phuengboon", "Janhom", "Rattanawijit",
    "Saithong", "Intharaprasert", "Petcharat", "Naksawat", "Chaimongkol", "Meesuk", "Thanasarn",
    "Udomsak", "Phromma", "Panyadee", "Limcharoen", "Tangwiriya", "Iamsa-ard", "Suwannarat", "Kongcharoen",
    "Homjan", "Phumiwiset", "Saengarun", "Sriwilai", "Buakaew", "Phothong", "Charoenphon",
]
FOREIGN = [
    "Aung Ko Ko", "Nilar Win", "Sai Hseng Mong", "Naw Paw Htoo", "Zaw Min Htet", "Khin Thandar Aye",
    "Daniel Hartmann", "Rachel Kim", "Kenji Watanabe", "Priya Raman", "Ahmad Yusof", "Nguyen Thi Lan",
    "Sophie Laurent", "Mark O'Donnell", "Li Jiayi", "Vannak Sok", "Bounthanh Phommavong", "Erik Johansson",
]
DOCTORS_TH = ["อรรถพล วิริยะกุล", "ธนกฤต ศรีเวชกุล", "ปกรณ์ ชาญเวช", "วิโรจน์ ตันติวงศ์", "ณัฐพงศ์ อัครเดช"]
TH_FEMALE = {
    "กนกวรรณ", "ธิดารัตน์", "พัชราภรณ์", "วรางคณา", "นันทนา", "สุภาวดี", "ปาริชาติ", "ภัทรา", "รุ่งนภา", "อารีรัตน์",
    "วิชุดา", "ยุพิน", "เพ็ญศรี", "ชลธิชา", "นิตยา", "ประภาพร", "เยาวลักษณ์", "พัชรินทร์", "ศิรินภา", "ลัดดาวัลย์",
    "กัลยา", "บุษบา", "จุฑามาศ", "ดารุณี", "อัมพร", "นฤมล", "ทัศนีย์", "รัชนี", "สุกัญญา",
}
RO_FEMALE = {
    "Kanokwan", "Thidarat", "Phatcharaphorn", "Warangkana", "Nantana", "Supawadee", "Parichat", "Phattra", "Rungnapa",
    "Areerat", "Wichuda", "Yupin", "Juthamas", "Nareumon", "Ratchanee", "Sukanya", "Busaba", "Amporn",
}
DOCTORS_RO = ["Attaphon Wiriyakul", "Sasithorn Lertwattana", "Pakorn Chanwet", "Malinee Tantiwong"]


def _given(r: random.Random, names: list[str], female_set: set[str], female: bool | None) -> str:
    if female is None:
        return r.choice(names)
    return r.choice([n for n in names if (n in female_set) == female])


def thn(r: random.Random, female: bool | None = None) -> str:
    return f"{_given(r, TH_GIVEN, TH_FEMALE, female)} {r.choice(TH_SUR)}"


def rom(r: random.Random, female: bool | None = None) -> str:
    return f"{_given(r, RO_GIVEN, RO_FEMALE, female)} {r.choice(RO_SUR)}"


def th_en_pair(r: random.Random, female: bool) -> tuple[str, str]:
    """The same person's name in Thai and in its romanisation (the first 20 given names and 24 surnames align)."""
    i = r.choice([k for k in range(20) if (TH_GIVEN[k] in TH_FEMALE) == female])
    j = r.randrange(24)
    return f"{TH_GIVEN[i]} {TH_SUR[j]}", f"{RO_GIVEN[i]} {RO_SUR[j]}"


def titled(r: random.Random, female: bool | None = None) -> list:
    """A Thai title and a PERSON name of the matching gender: the title stays outside the span."""
    female = r.random() < 0.5 if female is None else female
    title = r.choice(["นาง", "นางสาว", "น.ส."]) if female else "นาย"
    return [title, P(thn(r, female))]


def foreign(r: random.Random) -> str:
    return r.choice(FOREIGN)


def nick(r: random.Random) -> str:
    return r.choice(TH_NICK)


def ettl(r: random.Random, female: bool) -> str:
    return r.choice(["Ms. ", "Mrs. ", "Ms "]) if female else r.choice(["Mr. ", "Mr "])


# ----------------------------------------------------------------------------------------------
# Values (fabricated; checksums computed here)
# ----------------------------------------------------------------------------------------------
PROVINCE_CODES = ["10", "11", "12", "13", "20", "21", "30", "34", "40", "41", "50", "57", "65", "80", "83", "90"]


def _pin12(r: random.Random, first: str | None = None) -> str:
    head = first or r.choice("1111133358")
    return head + r.choice(PROVINCE_CODES) + "".join(r.choice("0123456789") for _ in range(9))


def nid(r: random.Random, style: str | None = None, first: str | None = None) -> str:
    body = _pin12(r, first)
    d = body + pin.calc_check_digit(body)
    style = style or r.choice(["plain", "plain", "dash", "space"])
    if style == "dash":
        return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"
    if style == "space":
        return f"{d[0]} {d[1:5]} {d[5:10]} {d[10:12]} {d[12]}"
    return d


def juristic(r: random.Random, style: str | None = None) -> str:
    body = "0" + r.choice(["105", "107", "205", "505", "835", "994"]) + "".join(r.choice("0123456789") for _ in range(8))
    d = body + moa.calc_check_digit(body)
    style = style or r.choice(["plain", "plain", "dash"])
    if style == "dash":
        return f"{d[0]}-{d[1:3]}-{d[3]}-{d[4:7]}-{d[7:12]}-{d[12]}"
    return d


def epoch_ms(r: random.Random, lo: int = 1_700_000_000_000, hi: int = 1_860_000_000_000) -> str:
    """A 13-digit epoch-ms timestamp whose digits also pass the Thai national-ID checksum."""
    body = str(r.randint(lo, hi))[:12]
    return body + pin.calc_check_digit(body)


def epoch_pair(r: random.Random, max_gap_ms: int = 9_000_000) -> tuple[str, str]:
    """Two checksum-passing epoch-ms values a few minutes or hours apart, in order (start, end)."""
    base = r.randint(1_700_000_000_000, 1_850_000_000_000)
    return epoch_ms(r, base, base + max_gap_ms // 4), epoch_ms(r, base + max_gap_ms // 2, base + max_gap_ms)


def epoch_s(r: random.Random) -> str:
    return str(r.randint(1_700_000_000, 1_790_000_000))


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


def card(r: random.Random, style: str | None = None, brand: str | None = None) -> str:
    brand = brand or r.choice(["visa", "visa", "mc", "jcb", "amex"])
    if brand == "amex":
        d = _luhn_complete(r.choice(["34", "37"]) + "".join(r.choice("0123456789") for _ in range(12)))
        return f"{d[:4]} {d[4:10]} {d[10:]}" if (style or "space") == "space" else d
    prefix = {"visa": "4" + r.choice(["0", "2", "5", "8"]), "mc": "5" + r.choice("12345"), "jcb": "35" + r.choice(["28", "41", "66"])}[brand]
    d = _luhn_complete(prefix + "".join(r.choice("0123456789") for _ in range(15 - len(prefix))))
    style = style or r.choice(["space", "plain", "dash"])
    if style == "space":
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    if style == "dash":
        return "-".join(d[i:i + 4] for i in range(0, 16, 4))
    return d


def masked_card(r: random.Random) -> str:
    return f"{r.choice(['4', '5'])}{r.randint(100, 999)} **** **** {r.randint(1000, 9999)}"


def _valid_phone(v: str) -> bool:
    try:
        n = phonenumbers.parse(v, None if v.startswith("+") else "TH")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n)


def mobile(r: random.Random, style: str | None = None) -> str:
    while True:
        d = "0" + r.choice(["6", "8", "9"]) + "".join(r.choice("0123456789") for _ in range(8))
        style = style or r.choice(["dash", "plain", "plain", "space", "intl", "intl_plain"])
        if style == "dash":
            v = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        elif style == "space":
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        elif style == "intl":
            v = f"+66 {d[1:3]} {d[3:6]} {d[6:]}"
        elif style == "intl_plain":
            v = "+66" + d[1:]
        elif style == "msisdn":
            v = "66" + d[1:]
        else:
            v = d
        if _valid_phone(v):
            return v


def landline(r: random.Random) -> str:
    while True:
        if r.random() < 0.6:
            v = f"02-{r.randint(100, 999)}-{r.randint(1000, 9999)}"
        else:
            v = f"0{r.choice(['53', '38', '43', '74', '76', '44'])}-{r.randint(100, 999)}-{r.randint(100, 999)}"
        if _valid_phone(v):
            return v


def mm_phone(r: random.Random) -> str:
    while True:
        v = f"+95 9 {r.randint(250, 799)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if _valid_phone(v):
            return v


MAIL_FREE = ["gmail.com", "hotmail.com", "yahoo.co.th", "outlook.com", "icloud.com", "hotmail.co.th"]


def email(r: random.Random, local: str | None = None, domain: str | None = None) -> str:
    if local is None:
        local = r.choice(RO_GIVEN).lower() + r.choice([".", "_", ""]) + r.choice(RO_SUR).lower().replace("-", "")[:6]
        if r.random() < 0.4:
            local += str(r.randint(1, 99))
    return f"{local}@{domain or r.choice(MAIL_FREE)}"


def email_of(r: random.Random, name: str, domain: str | None = None) -> str:
    given, _, sur = name.partition(" ")
    local = r.choice([f"{given}.{sur[:1]}", f"{given}.{sur}", f"{given}{r.randint(1, 99)}", f"{given[:1]}{sur}"])
    return email(r, re.sub(r"[^a-z0-9.]", "", local.lower()), domain)


def ipv4(r: random.Random) -> str:
    return f"{r.choice([1, 27, 49, 58, 61, 101, 110, 115, 118, 124, 171, 182, 183, 184, 202, 203])}." \
           f"{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    return str(ipaddress.IPv6Address((0x2403_6200 << 96) | r.getrandbits(96)))


def passport(r: random.Random, kind: str = "th") -> str:
    if kind == "th":
        return r.choice("ABE") + r.choice("ABCDEFGHJ") + "".join(r.choice("0123456789") for _ in range(7))
    if kind == "mm":
        return "M" + r.choice("ABCDE") + "".join(r.choice("0123456789") for _ in range(6))
    return r.choice("CEKNPX") + "".join(r.choice("0123456789") for _ in range(8))


BANKS_TH = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา", "ทีทีบี", "ออมสิน", "ยูโอบี"]
BANK_CODES = ["KBANK", "SCB", "BBL", "KTB", "BAY", "TTB", "GSB", "UOBT"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["dash", "plain", "dash", "twelve"])
    if style == "twelve":
        d = "0" + "".join(r.choice("0123456789") for _ in range(11))
        return d
    d = "".join(r.choice("0123456789") for _ in range(10))
    if style == "dash":
        return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"
    return d


PLATE_LETTERS = ["กข", "ขจ", "ฆต", "งพ", "ชร", "ฌอ", "ญม", "ฐน", "ทว", "บบ", "ผล", "พก", "ภม", "วษ", "สฮ", "อท"]
PLATE_PROVINCES = ["กรุงเทพมหานคร", "นนทบุรี", "ชลบุรี", "เชียงใหม่", "นครราชสีมา", "ขอนแก่น", "สงขลา",
                   "ภูเก็ต", "ระยอง", "สมุทรปราการ", "อุดรธานี", "พระนครศรีอยุธยา"]


def plate(r: random.Random) -> str:
    letters = r.choice(PLATE_LETTERS)
    num = str(r.randint(1, 9999))
    prov = r.choice(PLATE_PROVINCES)
    if r.random() < 0.45:
        return f"{r.randint(1, 9)}{letters} {num} {prov}"
    return f"{letters}{r.choice([' ', '-', ' '])}{num} {prov}"


AREAS = [
    ("ต.บางพูด", "อ.ปากเกร็ด", "จ.นนทบุรี", "11120", "Bang Phut", "Pak Kret", "Nonthaburi"),
    ("ต.หนองปรือ", "อ.บางละมุง", "จ.ชลบุรี", "20150", "Nong Prue", "Bang Lamung", "Chon Buri"),
    ("ต.สุเทพ", "อ.เมืองเชียงใหม่", "จ.เชียงใหม่", "50200", "Suthep", "Mueang Chiang Mai", "Chiang Mai"),
    ("ต.ในเมือง", "อ.เมืองขอนแก่น", "จ.ขอนแก่น", "40000", "Nai Mueang", "Mueang Khon Kaen", "Khon Kaen"),
    ("ต.คอหงส์", "อ.หาดใหญ่", "จ.สงขลา", "90110", "Kho Hong", "Hat Yai", "Songkhla"),
    ("ต.ราไวย์", "อ.เมืองภูเก็ต", "จ.ภูเก็ต", "83130", "Rawai", "Mueang Phuket", "Phuket"),
    ("ต.บางเมือง", "อ.เมืองสมุทรปราการ", "จ.สมุทรปราการ", "10270", "Bang Mueang", "Mueang Samut Prakan", "Samut Prakan"),
    ("ต.หมากแข้ง", "อ.เมืองอุดรธานี", "จ.อุดรธานี", "41000", "Mak Khaeng", "Mueang Udon Thani", "Udon Thani"),
    ("ต.คลองหนึ่ง", "อ.คลองหลวง", "จ.ปทุมธานี", "12120", "Khlong Nueng", "Khlong Luang", "Pathum Thani"),
    ("ต.เนินพระ", "อ.เมืองระยอง", "จ.ระยอง", "21000", "Noen Phra", "Mueang Rayong", "Rayong"),
]
BKK = [
    ("แขวงจอมพล", "เขตจตุจักร", "10900", "Chom Phon", "Chatuchak"),
    ("แขวงบางนาใต้", "เขตบางนา", "10260", "Bang Na Tai", "Bang Na"),
    ("แขวงหัวหมาก", "เขตบางกะปิ", "10240", "Hua Mak", "Bang Kapi"),
    ("แขวงบางหว้า", "เขตภาษีเจริญ", "10160", "Bang Wa", "Phasi Charoen"),
    ("แขวงคลองตันเหนือ", "เขตวัฒนา", "10110", "Khlong Tan Nuea", "Watthana"),
    ("แขวงสามเสนใน", "เขตพญาไท", "10400", "Samsen Nai", "Phaya Thai"),
]
SOI_TH = ["ซอยลาดพร้าว 101", "ซ.รามอินทรา 40", "ถนนเพชรเกษม", "ซอยอ่อนนุช 17", "ถ.งามวงศ์วาน", "ซ.พหลโยธิน 48"]
ROAD_EN = ["Soi Lat Phrao 101", "Ramintra Soi 40", "Phetkasem Road", "Soi On Nut 17", "Ngamwongwan Road"]


def house(r: random.Random) -> str:
    return r.choice([f"{r.randint(1, 299)}/{r.randint(1, 99)}", str(r.randint(3, 999)), f"{r.randint(10, 99)}/{r.randint(100, 999)}"])


def addr(r: random.Random, en: bool = False) -> str:
    if r.random() < 0.4:
        k, kh, pc, k_en, kh_en = r.choice(BKK)
        if en:
            return f"{house(r)} {r.choice(ROAD_EN)}, {k_en}, {kh_en}, Bangkok {pc}"
        return f"{house(r)} {r.choice(SOI_TH)} {k} {kh} {r.choice(['กรุงเทพฯ', 'กรุงเทพมหานคร', 'กทม.'])} {pc}"
    t, a, p, pc, t_en, a_en, p_en = r.choice(AREAS)
    moo = r.randint(1, 12)
    if en:
        return f"{house(r)} Moo {moo}, {t_en}, {a_en}, {p_en} {pc}"
    return f"{house(r)} หมู่ {moo} {t} {a} {p} {pc}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dob(r: random.Random, style: str | None = None, lo: int = 1960, hi: int = 2004) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["iso", "th_long", "th_short", "slash_be", "en"])
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "th_long":
        return f"{d} {TH_MONTHS[m - 1]} {y + 543}"
    if style == "th_short":
        return f"{d} {TH_MON[m - 1]} {y + 543}"
    if style == "slash_be":
        return f"{d:02d}/{m:02d}/{y + 543}"
    if style == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    return f"{d} {EN_MON[m - 1]} {y}"


def student_id(r: random.Random, style: str | None = None) -> str:
    y = r.randint(63, 68)
    style = style or r.choice(["ten", "b", "dash"])
    if style == "b":
        return f"B{y}{r.randint(10000, 99999)}"
    if style == "dash":
        return f"{y}-{r.randint(1000, 9999)}-{r.randint(100, 999)}"
    return f"{y}{r.randint(10000000, 99999999)}"


def hn(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["dash", "plain", "slash"])
    if style == "dash":
        return f"{r.randint(58, 68)}-{r.randint(10000, 99999):06d}"
    if style == "slash":
        return f"{r.randint(10000, 99999)}/{r.randint(58, 68)}"
    return f"{r.randint(100000, 9999999):07d}"


def line_id(r: random.Random) -> str:
    base = r.choice(["mint", "nan", "ton", "por", "fai", "ball", "beer", "praew", "noon", "kong", "aom", "jane",
                     "beam", "oat"])
    return base + r.choice([".", "_", ""]) + r.choice(["sweet", "bkk", "cnx", "zaa", "story", "jung", "555", "th"]) + \
        r.choice(["", str(r.randint(1, 99))])


def hexs(r: random.Random, n: int = 16) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def order_no(r: random.Random, prefix: str = "SO") -> str:
    return f"{prefix}{r.randint(2025, 2026)}{r.randint(1, 12):02d}{r.randint(100000, 999999)}"


def tracking(r: random.Random) -> str:
    return r.choice(["TH", "KEX", "FLA"]) + "".join(r.choice("0123456789") for _ in range(12)) + r.choice(["", "TH", "A"])


def amount(r: random.Random, lo: int = 100, hi: int = 90000) -> str:
    return f"{r.randint(lo, hi):,}.{r.choice(['00', '50', '25', '75'])}"


def ts(r: random.Random, month: int | None = None) -> str:
    mo = month or r.randint(1, 12)
    return f"2026-{mo:02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def day(r: random.Random) -> str:
    return f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def bio_vec(r: random.Random, n: int = 8) -> str:
    return "[" + ", ".join(f"{r.uniform(-0.4, 0.4):.4f}" for _ in range(n)) + ", ...]"


def fp_template(r: random.Random) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "Rk1SACAyMAAAAA" + "".join(r.choice(alphabet) for _ in range(40)) + "=="


def pick(r: random.Random, *lists: list[str]) -> str:
    return r.choice([x for lst in lists for x in lst])


# ----------------------------------------------------------------------------------------------
# Labelled-value check (used by the tests on every labelled span)
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
HEALTH_TH = ["เบาหวานชนิดที่ 2", "ความดันโลหิตสูง", "โรคซึมเศร้า", "มะเร็งลำไส้ใหญ่ระยะที่ 3", "ไตวายเรื้อรังระยะที่ 4",
             "ติดเชื้อเอชไอวี", "โรคไบโพลาร์", "หลอดเลือดสมองตีบ", "ไวรัสตับอักเสบบีเรื้อรัง", "โรคลมชัก"]
HEALTH_EN = ["type 2 diabetes", "major depressive disorder", "stage III colon cancer", "chronic kidney disease stage 4",
             "HIV positive", "bipolar I disorder", "ischemic stroke", "chronic hepatitis B", "epilepsy",
             "generalized anxiety disorder"]
ICD = [("E11.9", "Type 2 diabetes mellitus without complications"), ("I10", "Essential (primary) hypertension"),
       ("F32.1", "Moderate depressive episode"), ("C18.7", "Malignant neoplasm of sigmoid colon"),
       ("N18.4", "Chronic kidney disease, stage 4"), ("B20", "HIV disease"), ("G40.9", "Epilepsy, unspecified"),
       ("J45.9", "Asthma, unspecified"), ("K70.3", "Alcoholic cirrhosis of liver")]
RELIGION_TH = ["นับถือศาสนาอิสลาม", "นับถือศาสนาคริสต์", "เป็นมุสลิม", "นับถือศาสนาซิกข์", "เป็นคริสเตียน"]
RELIGION_WORD = ["อิสลาม", "คริสต์", "พุทธ", "ซิกข์", "ฮินดู"]
RELIGION_EN = ["Muslim", "Christian", "Buddhist", "Hindu", "Sikh", "Catholic"]
ETH_TH = ["ชาวกะเหรี่ยง", "เชื้อสายมลายู", "ชาติพันธุ์ม้ง", "ชาวไทใหญ่", "ชาวอาข่า", "ชาวมอแกน", "ชาวลีซู"]
ETH_WORD = ["กะเหรี่ยง", "ม้ง", "ไทใหญ่", "อาข่า", "ลีซู", "มลายู", "ลาหู่"]
ETH_EN = ["ethnic Karen", "Shan", "Hmong", "Akha", "Rohingya", "Moken", "Lisu", "ethnic Malay"]
POL_TH = ["เป็นสมาชิกพรรคประชาชน", "ไปร่วมชุมนุมกับกลุ่มราษฎร", "สนับสนุนพรรคเพื่อไทย", "เป็นหัวคะแนนพรรครวมไทยสร้างชาติ",
          "โพสต์ต่อต้านรัฐประหาร", "ลงชื่อเสนอแก้ไข ม.112"]
POL_EN = ["member of the People's Party", "attended pro-democracy rallies", "volunteer canvasser for Pheu Thai",
          "openly supports the opposition", "signed the petition to amend Section 112"]
CRIM_TH = ["เคยต้องคำพิพากษาจำคุก 3 ปี คดียาเสพติด", "ถูกดำเนินคดีฉ้อโกง", "มีประวัติถูกจับข้อหาลักทรัพย์",
           "ต้องโทษคดีเมาแล้วขับ รอลงอาญา 1 ปี", "เคยถูกคุมประพฤติคดีทำร้ายร่างกาย"]
CRIM_EN = ["convicted of embezzlement in 2021", "prior DUI conviction", "arrested for assault in 2022",
           "served 2 years for drug trafficking", "on probation for fraud"]
SEX_TH = ["เป็นเกย์", "เป็นเลสเบี้ยน", "มีเพศสัมพันธ์กับชายโดยไม่ป้องกัน", "มีคู่นอนหลายคน", "เป็นไบเซ็กชวล"]
SEX_EN = ["gay", "lesbian", "bisexual", "MSM with multiple partners", "had unprotected sex with a casual partner"]
DIS_TH = ["พิการทางการเคลื่อนไหว", "หูหนวก", "ตาบอดทั้งสองข้าง", "พิการทางสติปัญญา", "ออทิสติก", "ขาขาดข้างซ้ายใต้เข่า",
          "ใช้รถเข็น"]
DIS_EN = ["wheelchair user", "hearing impaired", "legally blind", "autistic", "lower-limb amputee", "cerebral palsy"]
UNION_TH = ["สมาชิกสหภาพแรงงาน", "ประธานสหภาพแรงงาน", "กรรมการสหภาพแรงงาน", "เหรัญญิกสหภาพแรงงาน"]
UNION_EN = ["union member", "union shop steward", "joined the labour union", "union treasurer"]
GEN_TH = ["พาหะธาลัสซีเมียชนิด HbE", "ยีน BRCA1 กลายพันธุ์", "HLA-B*15:02 ผลบวก", "พาหะแอลฟาธาลัสซีเมีย 1",
          "ยีน CYP2C19 ทำงานช้า"]
GEN_EN = ["BRCA1 pathogenic variant c.68_69delAG", "HLA-B*58:01 positive", "carrier of alpha-thalassemia 1",
          "Lynch syndrome MLH1 variant", "CYP2C19 poor metabolizer", "BRCA2 c.5946delT carrier"]


# ==============================================================================================
# Positive templates
# ==============================================================================================
def pad(part: Part, width: int) -> list:
    """A table cell: the value followed by spaces up to width (psql / mysql alignment)."""
    v = part if isinstance(part, str) else part[1]
    return [part, " " * max(1, width - len(v))]


# ---- SQL query results ------------------------------------------------------------------------
@T("bank")
def sql_psql_customer_dupes(r: random.Random) -> list:
    name, n, ph = thn(r, False), nid(r, "plain"), mobile(r, "plain")
    cid = r.randint(10_000_000, 99_999_999)
    return [
        "ช่วยดูหน่อยครับ ทำไม query นี้ได้ลูกค้าซ้ำ 2 แถว ทั้งที่ join ด้วย customer_id อย่างเดียว\n\n",
        "core=> SELECT c.customer_id, c.full_name_th, c.citizen_id, c.mobile_no, a.province\n",
        "core->   FROM cust.customer c JOIN cust.address a USING (customer_id)\n",
        "core->  WHERE c.citizen_id = '", ("TH_NATIONAL_ID", n), "';\n",
        " customer_id |      full_name_th      |  citizen_id   | mobile_no  | province\n",
        "-------------+------------------------+---------------+------------+----------\n",
        f"    {cid} | นาย", pad(P(name), 19), "| ", ("TH_NATIONAL_ID", n), " | ", ("PHONE_NUMBER", ph),
        " | นนทบุรี\n",
        f"    {cid} | นาย", pad(P(name), 19), "| ", ("TH_NATIONAL_ID", n), " | ", ("PHONE_NUMBER", ph),
        " | ชลบุรี\n(2 rows)\n\nตาราง address มี is_current ด้วยนะ แต่ผมไม่แน่ใจว่าควร filter ตรงไหน",
    ]


@T("insurance")
def sql_mysql_policyholders_en(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        nm = rom(r)
        rows += ["| ", f"P{r.randint(10_000_000, 99_999_999)} | ", pad(P(nm), 26), "| ",
                 pad(("DATE_OF_BIRTH", dob(r, "iso")), 11), "| ", pad(("EMAIL_ADDRESS", email_of(r, nm)), 34),
                 f"| {r.choice(['ACTIVE', 'LAPSED', 'ACTIVE'])} |\n"]
    return [
        "Our renewal job skipped some policyholders. Here is the output, can you spot a pattern?\n\n",
        "mysql> SELECT policy_no, holder_name, dob, email, status FROM policy WHERE renew_due < CURDATE() LIMIT 3;\n",
        "+-----------+---------------------------+------------+-----------------------------------+--------+\n",
        "| policy_no | holder_name               | dob        | email                             | status |\n",
        "+-----------+---------------------------+------------+-----------------------------------+--------+\n",
        rows,
        "+-----------+---------------------------+------------+-----------------------------------+--------+\n",
        f"3 rows in set (0.{r.randint(10, 99)} sec)\n",
    ]


@T("insurance")
def sql_bigquery_claims_json(r: random.Random) -> list:
    code, desc = r.choice(ICD)
    name = thn(r)
    return [
        "ผลจาก BigQuery (export เป็น JSON) อยากให้ช่วยสรุปว่าเคลมนี้ควร flag ว่า pre-existing condition ไหม\n",
        "[\n  {\n",
        f'    "claim_id": "CLM-{r.randint(2025, 2026)}-{r.randint(100000, 999999)}",\n',
        '    "insured_name": "', P(name), '",\n',
        '    "hn": "', ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), '",\n',
        f'    "icd10": "{code}",\n',
        '    "diagnosis_text": "', ("HEALTH_DATA", desc), '",\n',
        '    "history_note": "ผู้ป่วยแจ้งว่า', ("HEALTH_DATA", r.choice(["เป็นเบาหวานมา 5 ปี", "รักษาความดันสูงต่อเนื่องตั้งแต่ปี 2563",
                                                                         "เคยผ่าตัดหัวใจ"])), '",\n',
        f'    "admit_date": "{day(r)}",\n',
        f'    "billed_amount": {r.randint(8000, 420000)}\n',
        "  }\n]",
    ]


@T("bank")
def sql_loan_arrears_collection(r: random.Random) -> list:
    lines = []
    for _ in range(3):
        lines += [f"{r.randint(3, 120)}\t", P(thn(r)), "\t", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), "\t",
                  ("PHONE_NUMBER", mobile(r, "dash")), f"\t{amount(r, 1500, 60000)}\n"]
    return [
        "ผลลัพธ์จาก query ลูกหนี้ค้างชำระ (DBeaver copy as TSV) ช่วยร่างข้อความ SMS ทวงถามแบบสุภาพ แยกตามจำนวนวันค้าง\n",
        "dpd\tcustomer_name\tloan_account\tmobile\toutstanding\n", lines,
        "ห้ามขู่ ห้ามพูดถึงบุคคลที่สาม ตามแนวทาง ธปท.",
    ]


@T("hr")
def sql_payroll_diff_th(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "เงินเดือนงวด มี.ค. ไม่ตรงกับไฟล์ธนาคาร 2 คน ผล EXCEPT ออกมาแบบนี้ ช่วยไล่ให้หน่อยว่าผิดที่ขั้นไหน\n\n",
        " emp_no | emp_name | bank_acct | net_pay | src\n",
        "--------+----------+-----------+---------+--------\n",
        f" E{r.randint(10000, 99999)} | ", P(a), " | ", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), f" | {amount(r, 18000, 85000)} | hris\n",
        f" E{r.randint(10000, 99999)} | ", P(b), " | ", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), f" | {amount(r, 18000, 85000)} | bank_file\n",
        "(2 rows)\n\nสงสัยว่าคนที่สองเพิ่งเปลี่ยนบัญชีกลางเดือน",
    ]


@T("hr")
def sql_union_dues_deduction(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [f" {r.randint(10000, 99999)} | ", P(thn(r)), " | 4105 | ", ("TRADE_UNION", "ค่าบำรุงสหภาพแรงงาน"),
                 f" | {r.choice(['100.00', '150.00', '200.00'])}\n"]
    return [
        "HR ขอให้ตรวจว่ารายการหักเงินรหัส 4105 หักถูกคนไหม ผลจาก payroll DB:\n",
        " emp_id | name | ded_code | ded_desc | amount\n", rows,
        "ถ้าจะทำ report ส่งให้สหภาพ ควรตัดคอลัมน์ไหนออกบ้าง",
    ]


@T("bank")
def sql_explain_with_literals_en(r: random.Random) -> list:
    em, n = email(r), nid(r, "plain")
    return [
        "This query takes 14 s in prod. EXPLAIN ANALYZE below, why isn't it using idx_customer_email?\n\n",
        "EXPLAIN ANALYZE SELECT * FROM customers WHERE lower(email) = '", ("EMAIL_ADDRESS", em),
        "' OR citizen_id = '", ("TH_NATIONAL_ID", n), "';\n\n",
        " Seq Scan on customers  (cost=0.00..412873.20 rows=2 width=611) (actual time=3.118..14020.552 rows=1 loops=1)\n",
        "   Filter: ((lower((email)::text) = '", ("EMAIL_ADDRESS", em), "'::text) OR ((citizen_id)::text = '",
        ("TH_NATIONAL_ID", n), "'::text))\n",
        f"   Rows Removed by Filter: {r.randint(4_000_000, 9_000_000)}\n",
        f" Planning Time: 0.{r.randint(100, 999)} ms\n Execution Time: {r.randint(13000, 15000)}.{r.randint(100, 999)} ms\n",
    ]


@T("ecommerce")
def sql_mysql_slow_log(r: random.Random) -> list:
    ph, ip = mobile(r, "plain"), ipv4(r)
    return [
        "slow log ตัวนี้หมายความว่าอะไร ควรสร้าง index แบบไหนครับ\n\n",
        f"# Time: {ts(r)}.{r.randint(100000, 999999)}Z\n",
        f"# User@Host: app_rw[app_rw] @ orders-api-{r.randint(1, 9)} []  Id: {r.randint(100000, 999999)}\n",
        f"# Query_time: {r.randint(3, 9)}.{r.randint(100000, 999999)}  Lock_time: 0.000112 Rows_sent: 1  Rows_examined: {r.randint(2_000_000, 5_000_000)}\n",
        f"SET timestamp={epoch_s(r)};\n",
        "SELECT m.member_id, m.tier FROM members m WHERE m.phone = '", ("PHONE_NUMBER", ph),
        "' AND m.last_login_ip = '", ("IP_ADDRESS", ip), "';\n",
    ]


@T("education")
def sql_student_grades_th(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [" ", ("STUDENT_ID", student_id(r, "ten")), " | ", P(thn(r)), f" | CS{r.randint(100, 499)} | ",
                 r.choice(["F", "W", "I"]), "\n"]
    return [
        "อาจารย์ขอรายชื่อนักศึกษาที่ติด F/W/I เทอม 2/2568 ผมรัน query แล้วได้แบบนี้ ช่วยเขียนอีเมลแจ้งนักศึกษาแต่ละคนหน่อย\n",
        " student_id | full_name | course | grade\n------------+-----------+--------+------\n", rows,
    ]


@T("hospital")
def sql_opd_visits_hn(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        rows += [" ", ("MEDICAL_RECORD_NUMBER", hn(r, "dash")), " | ", P(thn(r)), f" | {day(r)} | ",
                 ("HEALTH_DATA", r.choice(HEALTH_TH)), "\n"]
    return [
        "ตาราง opd_visit ของ HIS ได้ผลแบบนี้ อยากเขียน SQL หาคนไข้ที่มาเกิน 3 ครั้งใน 30 วัน ช่วยแก้ query ให้หน่อย\n\n",
        "SELECT hn, patient_name, visit_date, dx_th FROM opd_visit ORDER BY visit_date DESC LIMIT 2;\n",
        " hn | patient_name | visit_date | dx_th\n", rows,
    ]


# ---- CSV extracts -----------------------------------------------------------------------------
@T("ecommerce")
def csv_order_export_addresses(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [f"{order_no(r)},", P(thn(r)), ",", ("PHONE_NUMBER", mobile(r, "plain")), ',"',
                 ("ADDRESS", addr(r)), f'",{r.choice(["COD", "PREPAID"])}\n']
    return [
        "ไฟล์ export ออเดอร์จากหลังบ้าน อยากให้ช่วยแยกที่อยู่เป็นคอลัมน์ บ้านเลขที่/ตำบล/อำเภอ/จังหวัด/รหัสไปรษณีย์\n",
        "order_no,recipient,phone,address,payment\n", rows,
    ]


@T("bank")
def csv_ekyc_rejects_en(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        nm = foreign(r)
        rows += [f"{uid(r)[:8]},", P(nm), ",", ("TH_PASSPORT", passport(r, r.choice(["mm", "other"]))), ",",
                 ("DATE_OF_BIRTH", dob(r, "iso", 1975, 2003)), f",{r.choice(['FACE_MISMATCH', 'DOC_EXPIRED', 'MRZ_UNREADABLE'])}\n"]
    return [
        "Attached are yesterday's eKYC rejects for foreign applicants. Group them by reason and draft the reply "
        "template for each reason.\n\n",
        "session,full_name,passport_no,date_of_birth,reject_reason\n", rows,
    ]


@T("telecom")
def csv_telesales_leads(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(thn(r)), ",", ("PHONE_NUMBER", mobile(r, "dash")), ",", ("LINE_ID", line_id(r)),
                 f",{r.choice(['สนใจแพ็กเกจ 5G', 'ย้ายค่าย', 'ขอโทรกลับหลัง 6 โมง'])}\n"]
    return [
        "ลีดจากงานแฟร์ ช่วยจัดลำดับว่าควรโทรหาใครก่อน และเขียนสคริปต์ทักไลน์\n",
        "name,phone,line_id,note\n", rows,
    ]


@T("hospital")
def csv_clinic_appointments_en(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [f"{day(r)} {r.randint(8, 16)}:{r.choice(['00', '30'])},", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), ",",
                 P(rom(r)), ",", ("HEALTH_DATA", r.choice(["HbA1c follow-up for type 2 diabetes", "chemo cycle 4",
                                                             "dialysis", "psychiatry follow-up (MDD)", "ARV refill"])), "\n"]
    return [
        "Convert this appointment extract into reminder messages (English, max 160 chars each):\n",
        "slot,hn,patient,reason\n", rows,
    ]


@T("bank")
def csv_card_dispute_en(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        nm = rom(r)
        rows += [f"DSP{r.randint(100000, 999999)},", P(nm), ",", ("CREDIT_CARD", card(r, "plain")),
                 f",{amount(r, 300, 50000).replace(',', '')},{r.choice(['not recognised', 'double charge', 'goods not received'])}\n"]
    return [
        "Summarise these chargeback cases for the weekly ops review. Keep it short.\n\n",
        "case_id,cardholder,pan,amount_thb,reason\n", rows,
    ]


@T("logistics")
def csv_fleet_drivers(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [f"D{r.randint(100, 999)},", P(thn(r)), ",", ("TH_VEHICLE_PLATE", plate(r)), ",",
                 ("PHONE_NUMBER", mobile(r, "plain")), f",{r.choice(['4 ล้อ', '6 ล้อ', 'มอเตอร์ไซค์'])}\n"]
    return [
        "รายชื่อคนขับรถรับจ้างขนส่ง (CSV) ช่วยจัดรอบวิ่งสายตะวันออกวันพรุ่งนี้ให้หน่อย\n",
        "driver_id,name,plate,phone,vehicle_type\n", rows,
    ]


@T("hr")
def csv_canteen_meal_pref(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [f"{r.randint(10000, 99999)},", P(thn(r)), ",", ("RELIGION", r.choice(["มุสลิม", "อิสลาม"])), ",ฮาลาล\n"]
    rows += [f"{r.randint(10000, 99999)},", P(thn(r)), ",-,มังสวิรัติ\n"]
    return [
        "แผนกจัดเลี้ยงส่งไฟล์นี้มา ช่วยนับจำนวนชุดอาหารแต่ละแบบสำหรับงานปีใหม่\n",
        "emp_id,name,religion,meal\n", rows,
    ]


@T("hr")
def csv_migrant_workers_en(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(r.choice(FOREIGN[:6])), ",", ("TH_PASSPORT", passport(r, "mm")), ",", ("ETHNICITY", r.choice(["Shan", "Karen", "Mon", "Kachin"])),
                 ",", ("PHONE_NUMBER", mobile(r, "plain")), f",{r.choice(['Line 2', 'Packing', 'Cold room'])}\n"]
    return [
        "Build a pivot of headcount by section and by ethnicity from this MOU-worker list for the buyer's "
        "social compliance audit.\n",
        "name,passport,ethnicity,mobile,section\n", rows,
    ]


# ---- pandas output ----------------------------------------------------------------------------
@T("telecom")
def pandas_head_customers_en(r: random.Random) -> list:
    rows = []
    bad = f"{r.randint(13, 28)}/{r.randint(1, 12):02d}/{r.randint(1965, 2003)}"
    for i in range(4):
        good = f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1965, 2003)}"
        rows += [f"{i}  ", pad(P(rom(r)), 24), pad(("PHONE_NUMBER", mobile(r, "intl_plain")), 14),
                 pad(("DATE_OF_BIRTH", bad if i == 3 else good), 12), f"{r.choice(['postpaid', 'prepaid'])}\n"]
    return [
        "Why does pd.to_datetime fail on dob? dtype is object.\n\n",
        ">>> df.head(4)\n", "   full_name               msisdn        dob         plan\n", rows,
        ">>> pd.to_datetime(df['dob'])\n",
        "ValueError: time data \"", ("DATE_OF_BIRTH", bad), "\" doesn't match format \"%m/%d/%Y\", at position 3.",
    ]


@T("bank")
def pandas_duplicated_nid(r: random.Random) -> list:
    n = nid(r, "plain")
    a, b = thn(r), thn(r)
    return [
        "df[df.duplicated('citizen_id', keep=False)] ได้แบบนี้ เลขบัตรเดียวกันแต่ชื่อคนละคน น่าจะ key ผิดตอน onboarding "
        "ช่วยเขียน rule ตรวจให้หน่อย\n\n",
        "        citizen_id       name_th              branch   open_date\n",
        f"{r.randint(1000, 9999)}  ", ("TH_NATIONAL_ID", n), "  ", P(a), f"   สาขาบางนา  {day(r)}\n",
        f"{r.randint(10000, 99999)}  ", ("TH_NATIONAL_ID", n), "  ", P(b), f"   สาขารังสิต  {day(r)}\n",
    ]


@T("ecommerce")
def pandas_merge_mismatch_en(r: random.Random) -> list:
    e1, e2 = email(r), email(r)
    n1 = rom(r)
    return [
        "After merging CRM and shop exports on email I lose rows. Both frames below:\n\n",
        ">>> crm.loc[crm.email.str.contains('hotmail|gmail')].head(2)\n",
        "        email                              name                 tier\n",
        "0   ", ("EMAIL_ADDRESS", e1), "     ", P(n1), "     GOLD\n",
        "1   ", ("EMAIL_ADDRESS", e2), "     ", P(rom(r)), "     SILVER\n",
        ">>> shop.head(1)\n        buyer_email                    orders\n",
        "0   ", ("EMAIL_ADDRESS", e1.upper()), "     7\n",
        "Is it just case? What else commonly breaks email joins?",
    ]


@T("insurance")
def pandas_sample_health_cols(r: random.Random) -> list:
    rows = []
    for _i in range(2):
        rows += [f"{r.randint(100, 9999)}  ", P(thn(r)), "  ", ("DATE_OF_BIRTH", dob(r, "iso")),
                 f"  {r.randint(18, 35)}.{r.randint(0, 9)}  ", ("HEALTH_DATA", r.choice(["สูบบุหรี่วันละ 1 ซอง", "ความดันโลหิตสูง",
                                                                                         "เบาหวานชนิดที่ 2", "เคยผ่าตัดต่อมไทรอยด์"])), "\n"]
    return [
        "ทำ feature engineering สำหรับโมเดล underwriting ช่วยแนะนำวิธี encode คอลัมน์ medical_declaration ที่เป็นข้อความอิสระ\n\n",
        ">>> df[['applicant','dob','bmi','medical_declaration']].sample(2, random_state=7)\n", rows,
    ]


@T("bank")
def pandas_keyerror_row_dict(r: random.Random) -> list:
    nm = rom(r)
    return [
        "Traceback (most recent call last):\n",
        '  File "/opt/etl/jobs/kyc_refresh.py", line 88, in <module>\n    out = df.apply(normalise, axis=1)\n',
        '  File "/opt/etl/jobs/kyc_refresh.py", line 41, in normalise\n    return row["passport_no"].strip()\n',
        "KeyError: 'passport_no'\n\nDuring handling, the row was:\n",
        "{'cust_id': ", str(r.randint(100000, 999999)), ", 'name_en': '", P(nm), "', 'citizen_id': '",
        ("TH_NATIONAL_ID", nid(r, "plain")), "', 'dob': '", ("DATE_OF_BIRTH", dob(r, "iso")), "', 'mobile': '",
        ("PHONE_NUMBER", mobile(r, "plain")), "'}\n\nจะแก้ฟังก์ชันให้ทนกับคอลัมน์ที่หายไปยังไงดี",
    ]


# ---- LLM request bodies carrying customer data ---------------------------------------------------
@T("insurance")
def openai_chat_body_claim_th(r: random.Random) -> list:
    name = thn(r, False)
    return [
        '{"model": "gpt-4o-mini", "temperature": 0, "messages": [\n',
        '  {"role": "system", "content": "คุณเป็นผู้ช่วยพิจารณาสินไหม ตอบเป็น JSON เท่านั้น"},\n',
        '  {"role": "user", "content": "สรุปเคลมนี้: ผู้เอาประกัน นาย', P(name), " เลขบัตรประชาชน ",
        ("TH_NATIONAL_ID", nid(r, "dash")), " แอดมิท ร.พ. วันที่ ", f"{r.randint(1, 28)} {r.choice(TH_MON)} 2569",
        " ด้วย", ("HEALTH_DATA", r.choice(["ไข้เลือดออก", "ปอดอักเสบ", "ไส้ติ่งอักเสบเฉียบพลัน", "กล้ามเนื้อหัวใจขาดเลือด"])),
        " ค่ารักษา ", amount(r, 12000, 250000), ' บาท ขอโอนเข้าบัญชี ', ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), '"}\n',
        '], "response_format": {"type": "json_object"}}',
    ]


@T("hr")
def anthropic_messages_body_hr_en(r: random.Random) -> list:
    nm = rom(r, True)
    return [
        '{\n  "model": "claude-sonnet-4-5",\n  "max_tokens": 1024,\n',
        '  "system": "You are an HR case assistant for a Thai manufacturer. Be neutral.",\n',
        '  "messages": [{"role": "user", "content": "Draft a reply to ', P(nm), " (employee ", f"{r.randint(10000, 99999)}",
        "), who says her shift change was retaliation because she is a ", ("TRADE_UNION", r.choice(UNION_EN)),
        ". She also asked for a ground-floor station as she is a ", ("DISABILITY", r.choice(["wheelchair user", "lower-limb amputee"])),
        '. Contact: ', ("EMAIL_ADDRESS", email_of(r, nm)), '"}]\n}',
    ]


@T("hospital")
def gemini_body_medcert_ocr(r: random.Random) -> list:
    doc, pt = r.choice(DOCTORS_TH), thn(r, False)
    return [
        'POST /v1beta/models/gemini-2.0-flash:generateContent\n',
        '{"contents": [{"role": "user", "parts": [\n',
        '  {"text": "แปลงใบรับรองแพทย์ต่อไปนี้เป็น JSON fields: name, hn, diagnosis, rest_days"},\n',
        '  {"text": "ใบรับรองแพทย์\\nข้าพเจ้า นพ.', P(doc), ' ได้ตรวจร่างกาย นาย', P(pt), " HN ",
        ("MEDICAL_RECORD_NUMBER", hn(r, "dash")), "\\nพบว่าป่วยเป็น ", ("HEALTH_DATA", r.choice(HEALTH_TH)),
        f'\\nสมควรพักรักษาตัว {r.randint(2, 14)} วัน"}}\n]}}],\n',
        ' "generationConfig": {"responseMimeType": "application/json"}}',
    ]


@T("ecommerce")
def openai_tool_call_arguments(r: random.Random) -> list:
    nm = thn(r)
    return [
        "The model returned this tool call but our create_shipment endpoint rejects it with 422. What's wrong?\n\n",
        '{"id": "call_', hexs(r, 24), '", "type": "function", "function": {"name": "create_shipment", "arguments": ',
        '"{\\"recipient\\": \\"', P(nm), '\\", \\"phone\\": \\"', ("PHONE_NUMBER", mobile(r, "dash")),
        '\\", \\"address\\": \\"', ("ADDRESS", addr(r)), '\\", \\"cod_amount\\": \\"', amount(r, 200, 3000), '\\"}"}}',
    ]


@T("ecommerce")
def openai_batch_jsonl_en(r: random.Random) -> list:
    out = ["First lines of our Batch API input file. Some requests fail with invalid_request_error, see line 2:\n\n"]
    for i in range(2):
        nm = rom(r)
        out += ['{"custom_id": "ticket-', str(r.randint(100000, 999999)), '", "method": "POST", "url": "/v1/chat/completions", '
                '"body": {"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "Classify this ticket: ',
                "Hi, this is ", P(nm), ", my refund for order ", order_no(r), " never arrived. Reach me at ",
                ("EMAIL_ADDRESS", email_of(r, nm)), '"}]', ', "max_tokens": 64}}' if i == 0 else ', "max_tokens": "64"}}', "\n"]
    return out


@T("bank")
def anthropic_tool_result_crm(r: random.Random) -> list:
    nm = thn(r)
    return [
        '{"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_', hexs(r, 20), '", "content": ',
        '"{\\"customer\\": {\\"name_th\\": \\"', P(nm), '\\", \\"account_no\\": \\"', ("TH_BANK_ACCOUNT", bank_acct(r, "plain")),
        '\\", \\"mobile\\": \\"', ("PHONE_NUMBER", mobile(r, "plain")), '\\", \\"segment\\": \\"MASS\\", \\"kyc_level\\": 2}}"}, ',
        '{"type": "text", "text": "ลูกค้าคนนี้ถามว่าทำไมโอนเงินไม่ได้ ช่วยตอบแบบสุภาพ"}]}',
    ]


@T("telecom")
def azure_embeddings_body_tickets(r: random.Random) -> list:
    return [
        'POST https://th-prod-aoai.openai.azure.com/openai/deployments/emb-3-large/embeddings?api-version=2024-10-21\n',
        '{"input": [\n',
        '  "ลูกค้า ', P(thn(r)), " โทรมาจากเบอร์ ", ("PHONE_NUMBER", mobile(r, "plain")), ' แจ้งเน็ตบ้านหลุดทุกคืน",\n',
        '  "คุณ', P(thn(r)), " ขอย้ายที่ติดตั้งไป ", ("ADDRESS", addr(r)), '",\n',
        '  "แพ็กเกจ Fiber 1Gbps ราคาเท่าไหร่"\n], "dimensions": 1024}',
    ]


@T("government")
def gemini_body_passport_ocr_en(r: random.Random) -> list:
    nm = rom(r)
    return [
        '{"contents": [{"parts": [{"inline_data": {"mime_type": "image/jpeg", "data": "/9j/4AAQSkZJRgABAQ..."}}, ',
        '{"text": "Previous OCR pass gave: Surname/Given: ', P(nm), "; Passport No: ", ("TH_PASSPORT", passport(r, "th")),
        "; Date of birth: ", ("DATE_OF_BIRTH", dob(r, "en")), "; Nationality: THAI. ",
        'Verify each field against the image and return corrections only."}]}]}',
    ]


@T("retail")
def openai_responses_complaint_political(r: random.Random) -> list:
    nm = thn(r, True)
    return [
        '{"model": "gpt-4.1", "input": [{"role": "user", "content": [{"type": "input_text", "text": ',
        '"ร้องเรียนจากลูกค้า: ดิฉัน ', P(nm), " ถูกพนักงานสาขาเซ็นทรัลพูดจาดูถูกว่าดิฉัน",
        ("POLITICAL_OPINION", r.choice(["เป็นพวกเสื้อแดง", "ไปร่วมชุมนุมกับกลุ่มราษฎร", "เป็นสมาชิกพรรคประชาชน"])),
        " ต่อหน้าลูกค้าคนอื่น ติดต่อกลับที่ ", ("PHONE_NUMBER", mobile(r, "dash")),
        ' ช่วยจัดหมวดและเสนอการชดเชย"}]}], "store": false}',
    ]


@T("hr")
def openai_body_fewshot_extraction(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        '{"model": "gpt-4o", "messages": [\n',
        ' {"role": "system", "content": "Extract applicant fields as JSON."},\n',
        ' {"role": "user", "content": "ชื่อ ', P(a), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_long")), " ศาสนา ",
        ("RELIGION", r.choice(RELIGION_WORD)), ' โทร ', ("PHONE_NUMBER", mobile(r, "dash")), '"},\n',
        ' {"role": "assistant", "content": "{\\"name\\": \\"', P(a), '\\", ...}"},\n',
        ' {"role": "user", "content": "ชื่อ ', P(b), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_short")), " สัญชาติไทย เชื้อชาติ ",
        ("ETHNICITY", r.choice(["ม้ง", "กะเหรี่ยง", "อาข่า"])), ' อีเมล ', ("EMAIL_ADDRESS", email(r)), '"}\n]}',
    ]


@T("insurance")
def anthropic_body_underwriting_en(r: random.Random) -> list:
    nm = rom(r)
    return [
        '{"model": "claude-3-5-haiku-latest", "max_tokens": 800, "messages": [{"role": "user", "content": ',
        '"Underwriting note for applicant ', P(nm), ", DOB ", ("DATE_OF_BIRTH", dob(r, "en")), ": declares ",
        ("HEALTH_DATA", r.choice(HEALTH_EN)), "; genetic panel shows ", ("GENETIC_DATA", r.choice(GEN_EN)),
        '. Suggest loading or exclusion per our guideline v3."}]}',
    ]


@T("hospital")
def gemini_body_sti_clinic(r: random.Random) -> list:
    return [
        '{"systemInstruction": {"parts": [{"text": "สรุปบันทึกคลินิกเป็น SOAP"}]}, "contents": [{"role": "user", "parts": [{"text": ',
        '"ผู้รับบริการชาย อายุ 27 ชื่อ ', P(thn(r, False)), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), " ให้ประวัติว่า",
        ("SEXUAL_BEHAVIOUR", r.choice(["มีเพศสัมพันธ์กับชายโดยไม่ป้องกัน", "มีคู่นอนหลายคนในช่วง 3 เดือน"])),
        " ผลตรวจ ", ("HEALTH_DATA", r.choice(["ซิฟิลิสระยะแรก", "หนองในแท้", "anti-HIV reactive"])), ' นัดฟังผลซ้ำ 2 สัปดาห์"}]}]}',
    ]


# ---- JSON API bodies --------------------------------------------------------------------------
@T("payments")
def api_payment_webhook_en(r: random.Random) -> list:
    nm = rom(r)
    return [
        "Our webhook handler crashes on this payload from the gateway (charge.failed). Which field is null-unsafe?\n\n",
        '{"event": "charge.failed", "created": ', epoch_ms(r), ', "data": {"id": "chrg_', hexs(r, 18), '", ',
        '"amount": ', str(r.randint(10000, 900000)), ', "currency": "THB", "card": {"name": "', P(nm), '", "number": "',
        ("CREDIT_CARD", card(r, "plain", "visa")), '", "expiry_month": ', str(r.randint(1, 12)), ', "expiry_year": 2029}, ',
        '"customer": {"email": "', ("EMAIL_ADDRESS", email_of(r, nm)), '", "ip": "', ("IP_ADDRESS", ipv4(r)), '"}, ',
        '"failure_code": "insufficient_fund", "metadata": null}}',
    ]


@T("retail")
def api_crm_contact_get(r: random.Random) -> list:
    nm = thn(r)
    return [
        "GET /api/v2/contacts/", str(r.randint(100000, 999999)), " คืนค่าแบบนี้ แต่หน้าแอปแสดงวันเกิดผิดไป 1 วัน น่าจะเรื่อง timezone ใช่ไหม\n",
        '{\n  "display_name": "', P(nm), '",\n  "birthday": "', ("DATE_OF_BIRTH", dob(r, "iso")), 'T00:00:00+07:00",\n',
        '  "line_id": "', ("LINE_ID", line_id(r)), '",\n  "mobile": "', ("PHONE_NUMBER", mobile(r, "intl_plain")), '",\n',
        f'  "points": {r.randint(0, 20000)},\n  "updated_at": "{ts(r)}Z"\n}}',
    ]


@T("retail")
def api_line_oa_webhook(r: random.Random) -> list:
    return [
        "LINE OA webhook body ที่ได้ ช่วยเขียน handler Python ดึงเบอร์โทรกับที่อยู่จาก text ไปสร้างออเดอร์\n",
        '{"destination": "U', hexs(r, 32), '", "events": [{"type": "message", "timestamp": ', epoch_ms(r), ', ',
        '"source": {"type": "user", "userId": "U', hexs(r, 32), '"}, "message": {"type": "text", "id": "',
        str(r.randint(10**17, 10**18 - 1)), '", "text": "สั่ง 2 กล่องค่ะ ส่งที่ ', ("ADDRESS", addr(r)), " ชื่อ ", P(thn(r)),
        " เบอร์ ", ("PHONE_NUMBER", mobile(r, "plain")), '"}}]}',
    ]


@T("bank")
def api_dopa_verify_response(r: random.Random) -> list:
    nm = thn(r)
    return [
        "Response จาก service ตรวจสอบบัตรประชาชนกับกรมการปกครอง ช่วยเขียน dataclass สำหรับ parse ให้หน่อย\n",
        '{"code": "0", "desc": "สถานะปกติ", "result": {"pid": "', ("TH_NATIONAL_ID", nid(r, "plain")), '", ',
        '"firstName": "', P(nm.split(" ")[0]), '", "lastName": "', P(nm.split(" ")[1]), '", "birthDate": "',
        ("DATE_OF_BIRTH", f"{r.randint(2505, 2547)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"), '", ',
        '"laserId": "JT', str(r.randint(1, 9)), "-", str(r.randint(1000000, 9999999)), "-", str(r.randint(10, 99)), '", "isActive": true}}',
    ]


@T("dating")
def api_graphql_profile_en(r: random.Random) -> list:
    nm = rom(r)
    return [
        "This GraphQL query over-fetches. Rewrite it so the match card only gets what it needs. Current response:\n",
        '{"data": {"profile": {"id": "', uid(r), '", "displayName": "', P(nm.split(" ")[0]), '", "fullName": "', P(nm), '", ',
        '"orientation": "', ("SEXUAL_BEHAVIOUR", r.choice(["gay", "bisexual", "lesbian"])), '", "religion": "',
        ("RELIGION", r.choice(RELIGION_EN)), '", "phone": "', ("PHONE_NUMBER", mobile(r, "intl_plain")), '", ',
        '"lastIp": "', ("IP_ADDRESS", ipv4(r)), '", "photos": 6}}}',
    ]


@T("insurance")
def api_underwriting_response_en(r: random.Random) -> list:
    nm = rom(r)
    return [
        "Explain this underwriting engine decision in plain English for the agent:\n",
        '{"applicationId": "APP', str(r.randint(1000000, 9999999)), '", "applicant": {"name": "', P(nm), '", "nationalId": "',
        ("TH_NATIONAL_ID", nid(r, "plain")), '"}, "rulesFired": [{"rule": "MED-014", "evidence": "',
        ("HEALTH_DATA", r.choice(["HbA1c 9.2% (uncontrolled diabetes)", "BMI 38.4, sleep apnea", "history of myocardial infarction 2023"])),
        '"}, {"rule": "GEN-002", "evidence": "', ("GENETIC_DATA", r.choice(GEN_EN)), '"}], "decision": "REFER"}',
    ]


@T("telecom")
def api_sim_registration_json(r: random.Random) -> list:
    return [
        "Request body ลงทะเบียนซิมที่ partner ส่งมา validation ไม่ผ่าน field ไหนผิด format\n",
        '{"msisdn": "', ("PHONE_NUMBER", mobile(r, "msisdn")), '", "id_type": "CITIZEN", "id_no": "', ("TH_NATIONAL_ID", nid(r, "dash")),
        '", "name_th": "', P(thn(r)), '", "birth_date": "', ("DATE_OF_BIRTH", dob(r, "slash_be")), '", ',
        '"face_image_sha256": "', hexs(r, 64), '", "face_match_score": 0.', str(r.randint(80, 99)), ', "dealer_code": "D',
        str(r.randint(10000, 99999)), '"}',
    ]


@T("bank")
def api_face_verify_biometric(r: random.Random) -> list:
    return [
        "callback จาก NDID face verify ทีมเก็บ `template` ไว้ใน audit table ทำได้ไหมตาม PDPA payload:\n",
        '{"request_id": "', uid(r), '", "subject": {"name_en": "', P(rom(r)), '", "pid": "', ("TH_NATIONAL_ID", nid(r, "plain")),
        '"}, "liveness": "PASS", "template": "', ("BIOMETRIC_DATA", bio_vec(r, 10)), '", "created_ms": ', epoch_ms(r), '}',
    ]


@T("hospital")
def api_fhir_patient(r: random.Random) -> list:
    nm = rom(r)
    given, fam = nm.split(" ")
    return [
        "FHIR Patient ที่ได้จาก HIS ผ่าน validator ไม่ผ่าน (identifier.system ผิด?) ช่วยดูหน่อย\n",
        '{"resourceType": "Patient", "id": "', uid(r), '", "identifier": [{"system": "https://www.dopa.go.th", "value": "',
        ("TH_NATIONAL_ID", nid(r, "plain")), '"}, {"system": "urn:oid:1.2.764.1.1.hn", "value": "', ("MEDICAL_RECORD_NUMBER", hn(r, "plain")),
        '"}], "name": [{"family": "', P(fam), '", "given": ["', P(given), '"]}], "telecom": [{"system": "phone", "value": "',
        ("PHONE_NUMBER", mobile(r, "plain")), '"}], "birthDate": "', ("DATE_OF_BIRTH", dob(r, "iso")), '"}',
    ]


@T("hospital")
def api_fhir_condition_en(r: random.Random) -> list:
    code, desc = r.choice(ICD)
    return [
        "Map this FHIR bundle entry to our claims table columns:\n",
        '{"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/', uid(r)[:8], '", "display": "', P(rom(r)),
        '"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "', code, '", "display": "',
        ("HEALTH_DATA", desc), '"}]}, "clinicalStatus": {"coding": [{"code": "active"}]}, "recordedDate": "', day(r), '"}}',
    ]


@T("bank")
def soap_core_banking_response(r: random.Random) -> list:
    return [
        "Core banking ตอบ SOAP แบบนี้ อยากแปลงเป็น JSON สำหรับ mobile API ช่วยเขียน mapping\n",
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>\n',
        "<InqAcctResp><AcctNo>", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), "</AcctNo><AcctName>", P(thn(r)),
        "</AcctName><CIFNo>", str(r.randint(10000000, 99999999)), "</CIFNo><IdNo>", ("TH_NATIONAL_ID", nid(r, "plain")),
        f"</IdNo><AvailBal>{amount(r, 100, 900000).replace(',', '')}</AvailBal><Status>A</Status></InqAcctResp>\n",
        "</soapenv:Body></soapenv:Envelope>",
    ]


@T("government")
def curl_command_with_body(r: random.Random) -> list:
    return [
        "curl นี้ได้ 400 Bad Request จาก API สวัสดิการ ช่วยดูว่า header หรือ body ผิด\n\n",
        "curl -X POST https://api.welfare.example/v1/applicants \\\n  -H 'Content-Type: application/json' \\\n",
        "  -H 'Authorization: Bearer ", hexs(r, 12), "...' \\\n  -d '{\"pid\":\"", ("TH_NATIONAL_ID", nid(r, "plain")),
        "\",\"name\":\"", P(thn(r)), "\",\"address\":\"", ("ADDRESS", addr(r)), "\",\"disability\":\"",
        ("DISABILITY", r.choice(DIS_TH)), "\",\"income\":36000}'",
    ]


@T("bank")
def api_fraud_alert_json_en(r: random.Random) -> list:
    nm = rom(r)
    return [
        "Write a short analyst summary of this fraud alert:\n",
        '{"alert_id": "FA-', str(r.randint(100000, 999999)), '", "score": 0.93, "customer": "', P(nm), '", "card": "',
        ("CREDIT_CARD", card(r, "space", "mc")), '", "device_ip": "', ("IP_ADDRESS", ipv4(r)), '", "geo": "KH", ',
        '"signals": ["new_device", "ip_country_mismatch", "velocity_3_in_5min"], "ts": ', epoch_ms(r), '}',
    ]


# ---- Stack traces and logs ----------------------------------------------------------------------
@T("bank")
def log_java_exception_nid(r: random.Random) -> list:
    nm = rom(r)
    return [
        f"{ts(r)}.{r.randint(100, 999)} ERROR [http-nio-8080-exec-{r.randint(1, 40)}] c.b.onboard.KycService - Validation failed\n",
        "java.lang.IllegalArgumentException: Invalid citizen id ", ("TH_NATIONAL_ID", nid(r, "plain")), " for customer ", P(nm),
        " (dob=", ("DATE_OF_BIRTH", dob(r, "iso")), ")\n",
        "\tat com.bank.onboard.KycService.verify(KycService.java:214)\n\tat com.bank.onboard.KycController.submit(KycController.java:77)\n",
        "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n",
        "\nเลขบัตรดูถูกต้องแต่ทำไม validate ไม่ผ่าน โค้ด check digit เราใช้ mod 11 ปกติ",
    ]


@T("ecommerce")
def log_pydantic_validation_error(r: random.Random) -> list:
    em = email(r)
    return [
        "pydantic.ValidationError ตอนรับ webhook สมัครสมาชิก ช่วยแก้ model ให้รับเบอร์แบบ +66 ได้\n\n",
        "pydantic_core._pydantic_core.ValidationError: 1 validation error for SignupIn\nphone\n",
        "  String should match pattern '^0\\d{9}$' [type=string_pattern_mismatch, input_value='",
        ("PHONE_NUMBER", mobile(r, "intl")), "', input_type=str]\n",
        "    For further information visit https://errors.pydantic.dev/2.9/v/string_pattern_mismatch\n",
        "request body: {\"email\": \"", ("EMAIL_ADDRESS", em), "\", \"name\": \"", P(thn(r)), "\"}",
    ]


@T("ecommerce")
def log_nginx_access_query_en(r: random.Random) -> list:
    out = ["Security asked why customer data is in our access logs. Sample lines:\n\n"]
    for _ in range(2):
        out += [("IP_ADDRESS", ipv4(r)), f' - - [{r.randint(1, 28)}/Mar/2026:{r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)} +0700] '
                '"GET /api/track?email=', ("EMAIL_ADDRESS", email(r)), "&phone=", ("PHONE_NUMBER", mobile(r, "plain")),
                f' HTTP/1.1" 200 {r.randint(300, 2000)} "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X)"\n']
    out.append("\nHow should we change the endpoint and the log format?")
    return out


@T("logistics")
def log_structured_json_th(r: random.Random) -> list:
    out = ["log จาก service จัดส่ง ช่วยหาว่าทำไม status ค้างที่ OUT_FOR_DELIVERY\n"]
    for st in ("ASSIGNED", "OUT_FOR_DELIVERY"):
        out += ['{"ts":', epoch_ms(r), ',"level":"info","svc":"dispatch","msg":"status ', st, '","awb":"', tracking(r),
                '","consignee":"', P(thn(r)), '","tel":"', ("PHONE_NUMBER", mobile(r, "plain")), '"}\n']
    return out


@T("retail")
def log_sentry_event_en(r: random.Random) -> list:
    nm = rom(r)
    return [
        "Sentry issue JSON below. Is the crash in our code or the SDK?\n",
        '{"event_id": "', hexs(r, 32), '", "level": "error", "exception": {"values": [{"type": "TypeError", ',
        '"value": "Cannot read properties of undefined (reading \'tier\')"}]}, "user": {"id": "', str(r.randint(100000, 999999)),
        '", "email": "', ("EMAIL_ADDRESS", email_of(r, nm)), '", "username": "', P(nm), '", "ip_address": "', ("IP_ADDRESS", ipv4(r)),
        '"}, "extra": {"profile": {"birthday": "', ("DATE_OF_BIRTH", dob(r, "iso")), '"}}}',
    ]


@T("hr")
def log_airflow_bad_row(r: random.Random) -> list:
    return [
        f"[{day(r)}, 02:{r.randint(10, 59)}:{r.randint(10, 59)} UTC] {{taskinstance.py:2905}} ERROR - Task failed with exception\n",
        "Traceback (most recent call last):\n  File \"/opt/airflow/dags/payroll_to_bank.py\", line 63, in build_file\n",
        "    raise ValueError(f\"bad account for {row}\")\n",
        "ValueError: bad account for {'emp': '", P(thn(r)), "', 'bank': '", r.choice(BANK_CODES), "', 'acct': '",
        ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), "', 'amt': ", str(r.randint(15000, 90000)), "}\n",
        "\nDAG นี้ต้องการเลขบัญชี 10 หลักไม่มีขีด ควรแก้ที่ source หรือที่ DAG ดี",
    ]


@T("payments")
def log_node_unhandled_card_en(r: random.Random) -> list:
    return [
        "(node:", str(r.randint(1000, 40000)), ") UnhandledPromiseRejectionWarning: Error: Request failed with status code 402\n",
        "    at createError (/srv/app/node_modules/axios/lib/core/createError.js:16:15)\n",
        "  config: { data: '{\"holder\":\"", P(rom(r)), "\",\"pan\":\"", ("CREDIT_CARD", card(r, "plain")),
        "\",\"cvv\":\"", str(r.randint(100, 999)), "\",\"exp\":\"", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", "\"}' }\n",
        "\nThis got printed to stdout in prod. What do we need to do now from a PCI point of view?",
    ]


@T("retail")
def log_kibana_export_csv_en(r: random.Random) -> list:
    out = ["Kibana discover export — find users who hit the password reset more than twice:\n",
           "@timestamp,client.ip,user.email,event.action\n"]
    for _ in range(3):
        out += [f"{ts(r)}.{r.randint(100, 999)}Z,", ("IP_ADDRESS", ipv4(r)), ",", ("EMAIL_ADDRESS", email(r)),
                f",{r.choice(['password_reset', 'login_failed', 'password_reset'])}\n"]
    return out


@T("telecom")
def log_sms_otp_gateway_th(r: random.Random) -> list:
    return [
        "log SMS gateway ฝั่งเรา ลูกค้าบอกไม่ได้รับ OTP ช่วยอ่านว่าติดที่ไหน\n",
        f"{ts(r)} DEBUG otp.sender send to=", ("PHONE_NUMBER", mobile(r, "msisdn")), " name=", P(thn(r)),
        f" tpl=OTP_LOGIN ref={hexs(r, 6).upper()}\n",
        f"{ts(r)} WARN  otp.sender provider=sms-th-2 resp=DELIVRD_UNKNOWN retry=1\n",
        f"{ts(r)} ERROR otp.sender provider=sms-th-2 resp=REJECTD err=ABSENT_SUBSCRIBER",
    ]


@T("security")
def log_face_match_service(r: random.Random) -> list:
    return [
        "Log ของระบบสแกนหน้าเข้าออฟฟิศ ช่วยหาสาเหตุว่าทำไมพนักงานคนนี้ match ไม่ผ่านทุกเช้า\n",
        f"{ts(r)} INFO face.match cam=LOBBY-02 emp=", P(thn(r)), " score=0.61 threshold=0.72 result=REJECT\n",
        f"{ts(r)} DEBUG face.match probe_embedding=", ("BIOMETRIC_DATA", bio_vec(r, 8)), "\n",
        f"{ts(r)} DEBUG face.match enrolled_template_age_days=812",
    ]


# ---- Data-quality tickets -----------------------------------------------------------------------
@T("bank")
def dq_ticket_duplicate_customers(r: random.Random) -> list:
    n = nid(r, "plain")
    return [
        f"[DQ-{r.randint(100, 999)}] ลูกค้าซ้ำใน MDM หลัง migrate สาขา\nPriority: High   Component: customer-master\n\n",
        "อาการ: golden record ถูก merge ผิด ตัวอย่าง\n",
        "- CIF ", str(r.randint(10**7, 10**8 - 1)), " ", P(thn(r)), " / ", ("TH_NATIONAL_ID", n), " / ", ("PHONE_NUMBER", mobile(r, "dash")), "\n",
        "- CIF ", str(r.randint(10**7, 10**8 - 1)), " ", P(thn(r)), " / ", ("TH_NATIONAL_ID", n), " / ", ("PHONE_NUMBER", mobile(r, "dash")), "\n",
        "\nขอให้ AI ช่วยร่าง root cause analysis และ rule การ match ใหม่ (ชื่อ + วันเกิด + เลขบัตร)",
    ]


@T("telecom")
def dq_ticket_invalid_phone_en(r: random.Random) -> list:
    owner = rom(r)
    return [
        f"DATA-{r.randint(1000, 9999)}: msisdn column has mixed formats\n\nSample values from subscriber_profile (prod):\n",
        "  '", ("PHONE_NUMBER", mobile(r, "intl")), "'  -> ok after normalise\n",
        "  '", ("PHONE_NUMBER", mobile(r, "msisdn")), "'  -> ok\n",
        "  '08-1234'  -> truncated\n  'n/a'  -> null\n",
        "Owner for these rows: ", P(owner), " (", ("EMAIL_ADDRESS", email_of(r, owner, "nexadata.co.th")), ")\n",
        "Please propose a normalisation function and a DQ rule threshold.",
    ]


@T("logistics")
def dq_ticket_address_parse(r: random.Random) -> list:
    return [
        "ตั๋ว DQ: parser ที่อยู่แยกรหัสไปรษณีย์ไม่ออกในเคสเหล่านี้ (จาก shipment_raw)\n",
        "1) ", ("ADDRESS", addr(r)), "\n",
        "2) ", ("ADDRESS", addr(r)), "\n",
        "3) ที่ทำงาน ตึกเอ็มไพร์ ชั้น 30 สาทร (ไม่มีเลขที่)\n",
        "ผู้รับในเคส 1 คือ ", P(thn(r)), " โทร ", ("PHONE_NUMBER", mobile(r, "plain")), "\nช่วยเขียน regex ที่รองรับทั้ง 3 แบบ",
    ]


@T("insurance")
def dq_great_expectations_result(r: random.Random) -> list:
    return [
        "Great Expectations รันบน policy_holder แล้ว fail อธิบายหน่อยว่าพังตรงไหน ควร block pipeline ไหม\n",
        '{"expectation_type": "expect_column_values_to_match_regex", "kwargs": {"column": "email", "regex": "^[^@]+@[^@]+\\\\.[a-z]+$"}, ',
        '"result": {"element_count": 48211, "unexpected_count": 3, "partial_unexpected_list": ["', ("EMAIL_ADDRESS", email(r)),
        ' ", "', ("EMAIL_ADDRESS", email(r)), ',", "', ("EMAIL_ADDRESS", email(r)), '.."]}, "success": false}',
    ]


@T("hospital")
def dq_dbt_test_future_dob(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        rows += ["| ", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), " | ", P(thn(r)), " | ",
                 ("DATE_OF_BIRTH", f"{r.randint(2026, 2030)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"), " |\n"]
    return [
        "dbt test `assert_dob_not_in_future` fail: Got 2 results, configured to fail if != 0\n",
        "dbt show ได้แบบนี้ น่าจะมีคนกรอกปี พ.ศ. ลงช่อง ค.ศ. แล้วระบบลบ 543 ผิด ช่วยเขียน model แก้ให้หน่อย\n",
        "| hn | patient_name | birth_date |\n", rows,
    ]


@T("hospital")
def dq_free_text_health_leak_en(r: random.Random) -> list:
    return [
        f"DQ-{r.randint(100, 999)} Free-text 'remarks' in appointment_booking contains clinical info\n\n",
        "Examples found by the weekly scan:\n",
        "  booking ", str(r.randint(100000, 999999)), ": \"patient ", P(rom(r, True)), " says she is ",
        ("HEALTH_DATA", r.choice(["8 weeks pregnant", "on chemo for breast cancer", "HIV positive, on ARV"])), "\"\n",
        "  booking ", str(r.randint(100000, 999999)), ": \"", P(rom(r)), " needs sign-language interpreter, ",
        ("DISABILITY", "deaf"), "\"\n",
        "Ask: propose a UI change and a classifier to route these into the clinical record instead.",
    ]


# ---- RAG chunks extracted from PDFs -------------------------------------------------------------
@T("insurance")
def rag_claim_form_chunk(r: random.Random) -> list:
    return [
        "[chunk 3/9 | source: claim_form_", str(r.randint(10000, 99999)), ".pdf | page 1]\n",
        "แบบฟอร์มเรียกร้องค่าสินไหมทดแทน (สุขภาพ)\nส่วนที่ 1 ข้อมูลผู้เอาประกันภัย\nชื่อ-นามสกุล ", titled(r),
        "   เลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r, "space")), "\nวันเดือนปีเกิด ", ("DATE_OF_BIRTH", dob(r, "slash_be")),
        "   โทรศัพท์มือถือ ", ("PHONE_NUMBER", mobile(r, "dash")), "\nส่วนที่ 2 รายละเอียดการเจ็บป่วย\nอาการสำคัญ/การวินิจฉัย ",
        ("HEALTH_DATA", r.choice(["นิ่วในไต ปวดท้องรุนแรง", "ไส้ติ่งอักเสบ", "ข้อเข่าเสื่อม ผ่าตัดเปลี่ยนข้อ", "ต้อกระจก ผ่าตัดใส่เลนส์แก้วตาเทียม"])),
        "\nส่วนที่ 3 การโอนเงิน ธนาคาร", r.choice(BANKS_TH), " เลขที่บัญชี ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")),
        "\n\nคำถาม: เคลมนี้เข้าข่ายยกเว้นตามข้อ 4.2 ไหม",
    ]


@T("bank")
def rag_loan_contract_chunk(r: random.Random) -> list:
    return [
        "Context (retrieved from สัญญากู้ยืมเงิน.pdf, p.1):\n\"\"\"\n",
        "สัญญาฉบับนี้ทำขึ้นระหว่าง บริษัท สินเชื่อพัฒนา จำกัด เลขทะเบียนนิติบุคคล ", ("TH_JURISTIC_ID", juristic(r)),
        " ซึ่งต่อไปเรียกว่า \"ผู้ให้กู้\" ฝ่ายหนึ่ง กับ ", titled(r), " ผู้ถือบัตรประจำตัวประชาชนเลขที่ ",
        ("TH_NATIONAL_ID", nid(r, "dash")), " อยู่บ้านเลขที่ ", ("ADDRESS", addr(r)),
        " ซึ่งต่อไปเรียกว่า \"ผู้กู้\" อีกฝ่ายหนึ่ง\n\"\"\"\nQuestion: อัตราดอกเบี้ยผิดนัดในสัญญานี้เกินเพดานตามกฎหมายหรือไม่",
    ]


@T("hospital")
def rag_medical_certificate_chunk(r: random.Random) -> list:
    return [
        "<<doc id=medcert-", str(r.randint(1000, 9999)), " page=1 ocr=true>>\n",
        "ใบรับรองแพทย์\nสถานที่ตรวจ โรงพยาบาลศรีนครินทร์ราษฎร์   วันที่ ", f"{r.randint(1, 28)} {r.choice(TH_MONTHS)} 2569\n",
        "ข้าพเจ้า นายแพทย์", P(r.choice(DOCTORS_TH)), " ใบอนุญาตประกอบวิชาชีพเวชกรรมเลขที่ ว.", str(r.randint(10000, 60000)), "\n",
        "ได้ตรวจร่างกาย ", titled(r), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "slash")), "\n",
        "มีผลการตรวจ/ความเห็นแพทย์ ", ("HEALTH_DATA", r.choice(["กระดูกข้อมือขวาหัก", "ภาวะซึมเศร้า ควรงดทำงานกะดึก",
                                                                  "โรคลมชัก ไม่ควรขับขี่ยานพาหนะ", "เอ็นข้อเท้าฉีกขาด ต้องใส่เฝือก"])), "\n<<end>>\n",
        "จากเอกสารนี้ พนักงานมีสิทธิลาป่วยกี่วันตามระเบียบบริษัท",
    ]


@T("hr")
def rag_hr_personnel_file_chunk(r: random.Random) -> list:
    return [
        "### Retrieved: personnel_file_", str(r.randint(1000, 9999)), ".pdf (page 2 of 6)\n",
        "ประวัติพนักงาน\nชื่อ ", P(thn(r)), "  ชื่อเล่น ", P(nick(r)), "\nเกิดวันที่ ", ("DATE_OF_BIRTH", dob(r, "th_long")),
        "  ศาสนา ", ("RELIGION", r.choice(RELIGION_WORD)), "\nที่อยู่ตามทะเบียนบ้าน ", ("ADDRESS", addr(r)),
        "\nบุคคลติดต่อกรณีฉุกเฉิน ", P(thn(r, True)), " (มารดา) โทร ", ("PHONE_NUMBER", mobile(r, "dash")),
        "\n### Question: พนักงานคนนี้อายุงานครบ 5 ปีเมื่อไหร่ และมีสิทธิ์ลาเพิ่มไหม",
    ]


@T("real_estate")
def rag_lease_contract_en(r: random.Random) -> list:
    nm = foreign(r)
    return [
        "Source: lease_agreement_signed.pdf, chunk 1\n---\nThis Lease Agreement is made between Riverside Residence Co., Ltd. "
        "(Registration No. ", ("TH_JURISTIC_ID", juristic(r)), ") (the \"Lessor\") and ", P(nm), ", holder of passport no. ",
        ("TH_PASSPORT", passport(r, "other")), " (the \"Lessee\"), for Unit ", f"{r.randint(5, 40)}{r.randint(1, 20):02d}", " at ",
        ("ADDRESS", addr(r, en=True)), ". The Lessee may be reached at ", ("PHONE_NUMBER", mobile(r, "intl")), ".\n---\n",
        "Q: What is the notice period for early termination under this lease?",
    ]


@T("legal")
def rag_court_judgment_chunk(r: random.Random) -> list:
    return [
        "[source: คำพิพากษาศาลจังหวัด_", str(r.randint(100, 999)), ".pdf, chunk 12]\n",
        "…จำเลยคือ ", titled(r), " อายุ ", str(r.randint(20, 60)), " ปี ", ("CRIMINAL_RECORD", r.choice(
            ["ต้องคำพิพากษาให้จำคุก 2 ปี ฐานยักยอกทรัพย์", "ศาลพิพากษาว่ามีความผิดฐานฉ้อโกงประชาชน", "ถูกลงโทษจำคุก 1 ปี 6 เดือน ฐานครอบครองยาเสพติด"])),
        " ทั้งนี้ จำเลย", ("CRIMINAL_RECORD", "เคยต้องโทษมาก่อน"), "ในคดีหมายเลขแดงที่ ", f"{r.randint(100, 2000)}/{r.randint(2560, 2566)}", "…\n\n",
        "HR ถามว่า ถ้าผู้สมัครงานคนนี้มาสมัคร เราควรพิจารณาอย่างไรตามกฎหมายแรงงาน",
    ]


@T("government")
def rag_disability_card_ocr(r: random.Random) -> list:
    return [
        "OCR บัตรประจำตัวคนพิการ (สแกนจาก PDF) ข้อความเพี้ยนนิดหน่อย ช่วยแก้ให้เป็นฟิลด์\n",
        "บัตรประจําตัวคนพิการ\nเลขประจําตัวประชาชน ", ("TH_NATIONAL_ID", nid(r, "space")), "\nชื่อ ", titled(r),
        "\nประเภทความพิการ ", ("DISABILITY", r.choice(["ความพิการทางการเห็น", "ความพิการทางการได้ยินหรือสื่อความหมาย",
                                                      "ความพิการทางการเคลื่อนไหวหรือทางร่างกาย", "ความพิการทางสติปัญญา"])),
        "\nวันออกบัตร ", f"{r.randint(1, 28)}/{r.randint(1, 12)}/2567", "  บัตรหมดอายุ ", f"{r.randint(1, 28)}/{r.randint(1, 12)}/2575",
    ]


@T("hr")
def rag_employment_certificate_en(r: random.Random) -> list:
    fem = r.random() < 0.5
    return [
        "Retrieved chunk (employment_certificate.pdf):\n\"To whom it may concern, this is to certify that ", ettl(r, fem), P(rom(r, fem)),
        ", Thai ID ", ("TH_NATIONAL_ID", nid(r, "dash")), ", has been employed by Siam Precision Parts Co., Ltd. since ",
        f"{r.randint(1, 28)} {r.choice(EN_MON)} {r.randint(2012, 2022)}", f" as Senior Planner, with a monthly salary of THB {amount(r, 35000, 95000)}. "
        "Salary is paid to account ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), ".\"\n",
        "User question: does this letter meet the bank's requirement for a home loan application?",
    ]


@T("hospital")
def rag_genetic_report_chunk(r: random.Random) -> list:
    return [
        "[page 1 of genomic_report.pdf]\nGENETIC TESTING REPORT — Hereditary Cancer Panel (30 genes)\n",
        "Patient: ", P(rom(r)), "   HN: ", ("MEDICAL_RECORD_NUMBER", hn(r, "dash")), "   DOB: ", ("DATE_OF_BIRTH", dob(r, "slash")), "\n",
        "Result: POSITIVE — ", ("GENETIC_DATA", r.choice(GEN_EN)), "\nOrdering physician: Dr. ", P(r.choice(DOCTORS_RO)), "\n",
        "[end chunk]\nช่วยสรุปเป็นภาษาไทยง่าย ๆ สำหรับการให้คำปรึกษาทางพันธุกรรม",
    ]


@T("hospital")
def rag_premarital_thal_screen(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "chunk from ผลตรวจก่อนสมรส.pdf:\nคู่ที่ 1: ", P(a), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), " ผล Hb typing: ",
        ("GENETIC_DATA", r.choice(["พาหะธาลัสซีเมียชนิด HbE", "พาหะเบต้าธาลัสซีเมีย"])), "\nคู่ที่ 2: ", P(b), " HN ",
        ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), " ผล DNA: ", ("GENETIC_DATA", "พาหะแอลฟาธาลัสซีเมีย 1"), "\n",
        "ช่วยอธิบายความเสี่ยงที่ลูกจะเป็นโรครุนแรงให้คู่นี้เข้าใจง่าย ๆ",
    ]


@T("legal")
def rag_police_record_check(r: random.Random) -> list:
    return [
        "[retrieved from: ผลตรวจประวัติบุคคล_สตช.pdf]\nหนังสือรับรองผลการตรวจสอบประวัติบุคคล\nชื่อ ", titled(r),
        " เลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r, "plain")), "\nผลการตรวจสอบ: ", ("CRIMINAL_RECORD", r.choice(
            ["พบประวัติต้องโทษจำคุก คดีลักทรัพย์ ปี 2561", "พบประวัติถูกจับกุมคดีพนันออนไลน์", "พบประวัติคดีเมาแล้วขับ รอการลงโทษ"])), "\n",
        "Q (from recruiter): ตำแหน่งพนักงานขับรถส่งของ รับคนนี้ได้ไหม ต้องพิจารณาอะไรบ้าง",
    ]


@T("insurance")
def rag_consent_form_filled_en(r: random.Random) -> list:
    nm = rom(r)
    return [
        "Chunk 2 of consent_form_scanned.pdf (OCR):\nI, ", P(nm), ", date of birth ", ("DATE_OF_BIRTH", dob(r, "en")),
        ", consent to the Company collecting my health information including ", ("HEALTH_DATA", r.choice(
            ["my treatment for chronic hepatitis B", "my diagnosis of bipolar disorder", "my dialysis records"])),
        " for underwriting. Email for copies: ", ("EMAIL_ADDRESS", email_of(r, nm)), "\nSignature: ______\n",
        "Question: is this consent granular enough under PDPA s.26?",
    ]


# ---- Spreadsheets pasted as tab-separated text -----------------------------------------------------
@T("hr")
def tsv_headcount_religion_holidays(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [f"{r.randint(10000, 99999)}\t", P(thn(r)), "\t", ("DATE_OF_BIRTH", dob(r, "slash_be")), "\t",
                 ("TH_NATIONAL_ID", nid(r, "plain")), "\t", ("RELIGION", r.choice(["อิสลาม", "คริสต์", "ซิกข์"])), "\n"]
    return [
        "ก๊อปมาจาก Excel ค่ะ อยากให้ช่วยวางแผนวันหยุดตามประเพณีทางศาสนาของพนักงานแต่ละคนปีหน้า\n",
        "รหัส\tชื่อ-สกุล\tวันเกิด\tเลขบัตร\tศาสนา\n", rows,
    ]


@T("events")
def tsv_seminar_registration_en(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        nm = rom(r)
        rows += [P(nm), "\t", ("EMAIL_ADDRESS", email_of(r, nm, r.choice(["gmail.com", "scg-chem.co.th", "kbtg.tech"]))), "\t",
                 ("PHONE_NUMBER", mobile(r, "dash")), "\t", r.choice(["Regular", "Vegetarian", "No beef"]), "\n"]
    return [
        "Pasted from our Google Sheet. Dedupe by email and write a confirmation email template with the venue map link.\n",
        "Name\tEmail\tMobile\tMeal\n", rows,
    ]


@T("education")
def tsv_scholarship_ethnicity(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [("STUDENT_ID", student_id(r, "ten")), "\t", P(thn(r)), "\t", ("ETHNICITY", r.choice(ETH_WORD)), "\t",
                 f"{r.randint(2, 3)}.{r.randint(10, 99)}\t", r.choice(["อ.แม่สะเรียง", "อ.อุ้มผาง", "อ.แม่จัน"]), "\n"]
    return [
        "รายชื่อผู้ขอทุนนักเรียนชาติพันธุ์ (วางจาก Google Sheets) ช่วยคัดคนที่ GPA ≥ 2.75 และเขียนประกาศผล\n",
        "รหัสนักศึกษา\tชื่อ\tกลุ่มชาติพันธุ์\tGPA\tภูมิลำเนา\n", rows,
    ]


@T("airline")
def tsv_special_assistance_en(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [f"TG{r.randint(100, 699)}\t{r.choice(['BKK', 'CNX', 'HKT'])}\t", P(rom(r).upper()), "\t",
                 f"{r.randint(10, 60)}{r.choice('ACDHK')}\t", ("DISABILITY", r.choice(DIS_EN)), "\n"]
    return [
        "Tomorrow's special assistance list from the DCS. Draft the briefing for ground staff per flight.\n",
        "Flight\tDep\tPassenger\tSeat\tRemark\n", rows,
    ]


@T("labour")
def tsv_union_committee(r: random.Random) -> list:
    rows = []
    union = r.choice(["สหภาพแรงงานเครื่องดื่มปทุมธานี", "สหภาพแรงงานยานยนต์ระยอง", "สหภาพแรงงานอิเล็กทรอนิกส์ลำพูน"])
    for role in ("ประธาน", "เลขาธิการ", "เหรัญญิก"):
        rows += [role, "\t", P(thn(r)), "\t", ("PHONE_NUMBER", mobile(r, "dash")), "\t", ("TRADE_UNION", union), "\n"]
    return [
        "ตารางกรรมการสหภาพชุดใหม่ที่ HR ได้รับ ช่วยร่างหนังสือเชิญประชุมเจรจาข้อเรียกร้องถึงแต่ละท่าน\n",
        "ตำแหน่ง\tชื่อ\tโทร\tสังกัด\n", rows,
    ]


@T("hr")
def tsv_payroll_bank_batch(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [r.choice(BANK_CODES), "\t", ("TH_BANK_ACCOUNT", bank_acct(r, r.choice(["plain", "twelve"]))), "\t", P(thn(r)),
                 f"\t{r.randint(15000, 90000)}.00\n"]
    return [
        "ไฟล์ Direct Credit ก่อนส่งธนาคาร (ก๊อปจาก Excel) ยอดรวมไม่ตรงกับ header ช่วยรวมยอดใหม่ให้หน่อย\n",
        "H\t", str(r.randint(100, 999)), f"\t{day(r)}\n", "bank\taccount\tname\tamount\n", rows,
    ]


@T("hospital")
def tsv_vaccine_log(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [("MEDICAL_RECORD_NUMBER", hn(r, "plain")), "\t", P(thn(r)), "\t", ("DATE_OF_BIRTH", dob(r, "slash_be", 2019, 2025)),
                 "\t", r.choice(["MMR 2", "HPV 1", "IPV", "JE 2"]), f"\t{day(r)}\n"]
    return [
        "log ฉีดวัคซีนเด็ก (วางจาก Excel) ช่วยหาว่าใครฉีดไม่ตรงตามตารางกระทรวง\n",
        "HN\tชื่อเด็ก\tวันเกิด\tวัคซีน\tวันที่ฉีด\n", rows,
    ]


@T("real_estate")
def tsv_condo_tenant_roster_th(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [f"{r.randint(2, 35)}{r.randint(1, 24):02d}\t", P(thn(r)), "\t", ("PHONE_NUMBER", mobile(r, "plain")), "\t",
                 ("TH_VEHICLE_PLATE", plate(r)), "\n"]
    return [
        "ทะเบียนผู้พักอาศัย (จาก Excel นิติบุคคลอาคารชุด) ช่วยทำรายการสติกเกอร์จอดรถใหม่ให้\n",
        "ห้อง\tชื่อ\tโทร\tทะเบียนรถ\n", rows,
    ]


@T("retail")
def tsv_loyalty_export_en(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        nm = rom(r)
        rows += [f"M{r.randint(1000000, 9999999)}\t", P(nm), "\t", ("EMAIL_ADDRESS", email_of(r, nm)), "\t",
                 ("DATE_OF_BIRTH", dob(r, "iso")), f"\t{r.randint(0, 50000)}\n"]
    return [
        "Pasted from Sheets. Pick members with a birthday next month and more than 10k points, and write the birthday "
        "coupon copy.\n", "member_no\tname\temail\tbirthday\tpoints\n", rows,
    ]


# ---- Jira / GitHub issue text -------------------------------------------------------------------
@T("telecom")
def jira_sms_wrong_recipient(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        f"[BUG] INC-{r.randint(1000, 9999)}: SMS ยืนยันการชำระเงินส่งไปผิดคน\nReporter: ", P(thn(r)), "   Assignee: ", P(thn(r)), "\n\n",
        "ลูกค้า ", P(a), " (", ("PHONE_NUMBER", mobile(r, "dash")), ") ได้ SMS ยอดชำระของลูกค้า ", P(b), " (", ("PHONE_NUMBER", mobile(r, "dash")),
        ") เกิดหลัง deploy v3.14.2\nSteps: จ่ายบิลผ่านแอปพร้อมกัน 2 เครื่อง\nช่วยเดาว่า race condition อยู่ตรงไหนใน flow ส่ง SMS",
    ]


@T("ecommerce")
def github_issue_repro_payload_en(r: random.Random) -> list:
    nm = rom(r)
    return [
        "### Bug: checkout 500 when address line has a slash\n\n**Steps to reproduce**\n\nPOST /checkout with:\n```json\n",
        '{"name": "', P(nm), '", "email": "', ("EMAIL_ADDRESS", email_of(r, nm)), '", "address": "', ("ADDRESS", addr(r, en=True)),
        '", "card": "', ("CREDIT_CARD", card(r, "plain", "visa")), '"}\n```\n\n',
        "**Expected** 200\n**Actual** 500 `ValueError: invalid literal for int()`\n\n",
        "_edit: oops, that's a real customer's order I copied from the logs, can an admin scrub this?_",
    ]


@T("bank")
def jira_incident_dob_export_en(r: random.Random) -> list:
    out = [f"SEV-2 INC-{r.randint(10000, 99999)} Marketing export included date of birth column\n\n",
           "Impact: the weekly CSV sent to the agency had DOB for 18,204 customers. First rows as received:\n"]
    for _ in range(2):
        nm = rom(r)
        out += ["  ", P(nm), ", ", ("EMAIL_ADDRESS", email_of(r, nm)), ", ", ("DATE_OF_BIRTH", dob(r, "iso")), "\n"]
    out.append("Ask: draft the PDPC breach-notification assessment (72h) and the internal timeline.")
    return out


@T("government")
def jira_feature_thai_name_parse(r: random.Random) -> list:
    return [
        f"STORY-{r.randint(100, 999)} รองรับการแยกคำนำหน้าชื่อภาษาไทย\n\nตัวอย่างจากระบบจริงที่ parse ผิด:\n",
        "- \"ว่าที่ร้อยตรี", P(thn(r)), "\" -> first_name ได้ \"ว่าที่ร้อยตรี...\"\n",
        "- \"ด.ญ.", P(thn(r)), "\" -> title ว่าง\n",
        "- \"พระมหา", P(thn(r)), "\" (เลขบัตร ", ("TH_NATIONAL_ID", nid(r, "plain")), ")\n",
        "Acceptance: แยก title/first/last ได้ถูก 99% ใน sample ชุดนี้ ช่วยเขียน test case เพิ่ม",
    ]


@T("software")
def github_pr_review_real_fixture(r: random.Random) -> list:
    return [
        "Review comment on PR #", str(r.randint(1000, 4000)), " (tests/fixtures/customers.yaml):\n\n",
        "> ```yaml\n> - name: ", P(rom(r)), "\n>   citizen_id: \"", ("TH_NATIONAL_ID", nid(r, "plain")), "\"\n>   mobile: \"",
        ("PHONE_NUMBER", mobile(r, "plain")), "\"\n> ```\n\n",
        "@qa-team this looks like a real customer copied from UAT which is a prod clone. Please replace with synthetic data. ",
        "Can the LLM suggest a generator that produces checksum-valid but obviously fake IDs?",
    ]


@T("insurance")
def jira_support_premium_waiver(r: random.Random) -> list:
    return [
        f"CS-{r.randint(10000, 99999)} | ขอยกเว้นเบี้ยกรณีทุพพลภาพ\nลูกค้า: ", P(thn(r)), " กรมธรรม์ ", f"L{r.randint(10**8, 10**9 - 1)}", "\n",
        "รายละเอียด: ลูกค้าแจ้งว่า", ("HEALTH_DATA", r.choice(["ป่วยเป็นโรคซึมเศร้ารุนแรง", "เป็นอัมพาตครึ่งซีกหลังเส้นเลือดในสมองแตก"])),
        " ปัจจุบัน", ("DISABILITY", r.choice(["ใช้รถเข็น", "พิการทางการเคลื่อนไหว"])), " ทำงานไม่ได้ แนบใบรับรองแพทย์แล้ว\n",
        "ติดต่อกลับ: ", ("PHONE_NUMBER", mobile(r, "dash")), "\nช่วยร่างคำตอบว่าต้องใช้เอกสารอะไรเพิ่ม",
    ]


@T("hr")
def jira_hr_case_union_grievance_en(r: random.Random) -> list:
    nm = rom(r, True)
    return [
        f"HRCASE-{r.randint(100, 999)}  Grievance: overtime allocation\nEmployee: ", P(nm), f" (#{r.randint(10000, 99999)})\n",
        "Summary: employee, a ", ("TRADE_UNION", r.choice(UNION_EN)), ", claims OT was cut after she spoke at the union meeting. "
        "Line manager ", P(rom(r)), " denies it.\nPlease draft an investigation plan and interview questions.",
    ]


@T("software")
def github_issue_ocr_idcard_en(r: random.Random) -> list:
    return [
        "**OCR returns wrong religion field on old ID cards**\n\nRunning v0.9.2 on a customer's card (sorry, the only sample "
        "I have):\n```\n{'id_number': '", ("TH_NATIONAL_ID", nid(r, "space")), "', 'name_en': '", P(rom(r)), "', 'dob': '",
        ("DATE_OF_BIRTH", dob(r, "en")), "', 'religion': '", ("RELIGION", r.choice(["Islam", "Christianity", "Buddhism"])),
        "', 'address': '", ("ADDRESS", addr(r, en=True)), "'}\n```\nThe printed card says something else for religion.",
    ]


# ---- Other things engineers and analysts paste ------------------------------------------------------
@T("insurance")
def email_forward_excel_table(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        rows += [P(thn(r)), "    ", f"{day(r)}    ", ("HEALTH_DATA", r.choice(["ไข้เลือดออก", "ไส้ติ่งอักเสบ", "นิ่วในถุงน้ำดี", "ปอดบวม"])),
                 f"    {amount(r, 9000, 180000)}\n"]
    return [
        "---------- Forwarded message ---------\nFrom: ", P(thn(r, True)), " <", ("EMAIL_ADDRESS", email(r, None, "thaisure-life.co.th")), ">\n",
        "Subject: เคลมรอพิจารณาเกิน 15 วัน\n\nรบกวนเร่งเคสตามตารางด้านล่างค่ะ\n\nผู้เอาประกัน    วันที่รับเคลม    การวินิจฉัย    ยอดเรียกร้อง\n",
        rows, "\n---\nช่วยเขียนอีเมลตอบกลับสั้น ๆ พร้อมสรุปสาเหตุที่ล่าช้าแต่ละเคส",
    ]


@T("bank")
def slack_thread_login_issue_en(r: random.Random) -> list:
    return [
        "Slack #mobile-oncall thread, summarise for the postmortem:\n\n", P(rom(r)), "  10:41\n",
        "  user ", ("PHONE_NUMBER", mobile(r, "plain")), " can't log in since 9am, device bound to another phone?\n",
        P(rom(r)), "  10:44\n  logs show login from ", ("IP_ADDRESS", ipv4(r)), " then ", ("IP_ADDRESS", ipv6(r)),
        " 30 s later, risk engine locked it\n", P(rom(r)), "  10:52\n  unlocked after call-back verification",
    ]


@T("government")
def excel_vlookup_help_th(r: random.Random) -> list:
    dashed = nid(r, "dash")
    return [
        "สูตร VLOOKUP นี้ได้ #N/A ทั้งที่เลขบัตรตรงกัน ช่วยดูหน่อยค่ะ\n=VLOOKUP(A2,'ทะเบียนผู้สูงอายุ'!A:F,3,FALSE)\n\n",
        "ชีต 1 A2: ", ("TH_NATIONAL_ID", dashed), "\n",
        "ชีต ทะเบียนผู้สูงอายุ: ", ("TH_NATIONAL_ID", dashed.replace("-", "")), " | ", P(thn(r)), " | ", ("DATE_OF_BIRTH", dob(r, "slash_be", 1940, 1964)),
        " | เบี้ยยังชีพ 700\n",
    ]


@T("bank")
def regex_help_with_samples(r: random.Random) -> list:
    return [
        "ขอ regex Python ดึงเลขบัญชีจากคำอธิบายรายการ statement พวกนี้\n\n",
        "TRF FR ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), " ", P(rom(r).upper()), "\n",
        "PROMPTPAY ", ("PHONE_NUMBER", mobile(r, "plain")), " ", P(rom(r).upper()), "\n",
        "FUND TRF ", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), " REF ", str(r.randint(10**9, 10**10 - 1)), "\n",
        "เลข REF ต้องไม่ถูกจับ",
    ]


@T("legal")
def translate_customer_letter_en_th(r: random.Random) -> list:
    nm = foreign(r)
    return [
        "Translate into formal Thai for the district office:\n\n\"Dear Sir/Madam, I, ", P(nm), ", passport ", ("TH_PASSPORT", passport(r, "other")),
        ", residing at ", ("ADDRESS", addr(r, en=True)), ", request a certified copy of my house registration extract. "
        "I can be contacted at ", ("EMAIL_ADDRESS", email(r)), ".\"",
    ]


@T("bank")
def call_transcript_verification(r: random.Random) -> list:
    return [
        "ถอดเทปสายโทรเข้า Call Center (ASR) ช่วยสรุปประเด็นและติ๊ก checklist การยืนยันตัวตน\n\n",
        "[00:05] AGENT: สวัสดีค่ะ ธนาคารยินดีให้บริการ ดิฉันชื่อ", P(nick(r)), "ค่ะ\n",
        "[00:11] CUST: ครับ ผม", P(thn(r, False)), " โทรเรื่องบัตรเครดิตโดนรูดครับ\n",
        "[00:19] AGENT: รบกวนขอเลขบัตรประชาชนและวันเกิดค่ะ\n",
        "[00:25] CUST: ", ("TH_NATIONAL_ID", nid(r, "space")), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_long")), " ครับ\n",
        "[00:40] CUST: บัตรเลข ", ("CREDIT_CARD", card(r, "space", "visa")), " ครับ รายการที่ไม่ได้ทำคือ ", amount(r, 1000, 30000), " บาท\n",
    ]


@T("retail")
def crm_notes_export_religion_pol(r: random.Random) -> list:
    return [
        "โน้ตจาก CRM (export) ของลูกค้า VIP ช่วยสรุปเป็น profile สั้น ๆ ให้เซลส์ก่อนนัดพบ\n",
        f"[{day(r)}] ", P(thn(r)), ": ", ("RELIGION", r.choice(["เป็นคริสเตียน", "เป็นมุสลิม"])), " ไม่สะดวกนัดวัน",
        r.choice(["อาทิตย์เช้า", "ศุกร์เที่ยง"]), "\n",
        f"[{day(r)}] คุยเรื่องการเมืองเยอะ ", ("POLITICAL_OPINION", r.choice(POL_TH)), " อย่าพูดเรื่องนี้\n",
        f"[{day(r)}] ไลน์ส่วนตัว: ", ("LINE_ID", line_id(r)), "",
    ]


@T("bank")
def ocr_id_card_json(r: random.Random) -> list:
    fem = r.random() < 0.5
    nm_th, nm_en = th_en_pair(r, fem)
    th_title = r.choice(["นาง", "นางสาว"]) if fem else "นาย"
    return [
        "OCR output บัตรประชาชน (รุ่นเก่ามีศาสนา) ฟิลด์ไหนควรเก็บ ฟิลด์ไหนควรทิ้งตาม PDPA\n",
        '{"id": "', ("TH_NATIONAL_ID", nid(r, "space")), '", "th_name": "', th_title, P(nm_th), '", "en_name": "', ettl(r, fem), P(nm_en),
        '", "dob_th": "', ("DATE_OF_BIRTH", dob(r, "th_short")), '", "religion": "', ("RELIGION", r.choice(RELIGION_WORD)),
        '", "address": "', ("ADDRESS", addr(r)), '", "issue": "', f"{r.randint(1, 28)} {r.choice(TH_MON)} 2566", '"}',
    ]


@T("insurance")
def ocr_driving_license_claim(r: random.Random) -> list:
    return [
        "ข้อความจาก OCR ใบขับขี่ + ใบเคลมรถ (ภาพเอียง) ช่วยแยกฟิลด์ และเช็กว่าทะเบียนรถตรงกับกรมธรรม์\n",
        "ใบอนุญาตขับรถยนต์ส่วนบุคคล\nฉบับที่ ", str(r.randint(10**7, 10**8 - 1)), "\nชื่อ ", titled(r), "\nเลขประจำตัวประชาชน ",
        ("TH_NATIONAL_ID", nid(r, "space")), "\nเกิดวันที่ ", ("DATE_OF_BIRTH", dob(r, "th_short")), "\n---\nรถคันเอาประกัน ",
        ("TH_VEHICLE_PLATE", plate(r)), "  ชนท้ายรถคู่กรณี ", ("TH_VEHICLE_PLATE", plate(r)),
    ]


@T("ml")
def fewshot_ner_dataset_real(r: random.Random) -> list:
    return [
        "I'm building few-shot examples for our Thai NER prompt from real support chats. Check the labels:\n\n",
        "Input: \"สวัสดีค่ะ ", P(thn(r)), " นะคะ เบอร์ ", ("PHONE_NUMBER", mobile(r, "dash")), "\"\nLabels: PERSON, PHONE\n\n",
        "Input: \"ส่งของไปที่ ", ("ADDRESS", addr(r)), " ค่ะ\"\nLabels: ADDRESS\n\n",
        "Input: \"อีเมลผม ", ("EMAIL_ADDRESS", email(r)), " ครับ\"\nLabels: EMAIL\n",
    ]


@T("ml")
def eval_dataset_jsonl_en(r: random.Random) -> list:
    out = ["Our eval set for the support bot, first lines. Are these good test cases for tone?\n"]
    for _ in range(2):
        nm = rom(r)
        out += ['{"input": "Hi I am ', P(nm), ", my parcel to ", ("ADDRESS", addr(r, en=True)), ' is late", "ideal": "apologise, give ETA", ',
                '"meta": {"customer_email": "', ("EMAIL_ADDRESS", email_of(r, nm)), '"}}\n']
    return out


@T("retail")
def kafka_customer_updated_dump(r: random.Random) -> list:
    return [
        "kcat -C -t customer.updated -o -2 -e  output ช่วยดูว่า schema v2 ตัด field อะไรไป\n",
        '{"schema":2,"ts":', epoch_ms(r), ',"id":"', uid(r), '","after":{"name":"', P(thn(r)), '","dob":"', ("DATE_OF_BIRTH", dob(r, "iso")),
        '","addr":"', ("ADDRESS", addr(r)), '"}}\n',
        '{"schema":2,"ts":', epoch_ms(r), ',"id":"', uid(r), '","after":{"name":"', P(thn(r)), '","dob":null,"addr":null}}\n',
        "% Reached end of topic customer.updated [0] at offset ", str(r.randint(100000, 999999)),
    ]


@T("telecom")
def redis_session_hgetall(r: random.Random) -> list:
    key = hexs(r, 20)
    return [
        "ทำไม session หมดอายุเร็วกว่าที่ตั้งไว้ ผลจาก redis-cli:\n",
        f"sess-redis.internal:6379> HGETALL sess:{key}\n",
        ' 1) "name"\n 2) "', P(rom(r)), '"\n 3) "msisdn"\n 4) "', ("PHONE_NUMBER", mobile(r, "msisdn")), '"\n',
        ' 5) "login_ip"\n 6) "', ("IP_ADDRESS", ipv4(r)), '"\n 7) "exp"\n 8) "', epoch_s(r), '"\n',
        f"sess-redis.internal:6379> TTL sess:{key}\n(integer) {r.randint(10, 300)}",
    ]


@T("telehealth")
def mongo_find_consult(r: random.Random) -> list:
    return [
        "mongosh ผลแบบนี้ อยากทำ aggregation นับจำนวนปรึกษาต่อแพทย์ต่อเดือน\n",
        "telemed> db.consults.find({status: 'closed'}).limit(1)\n[\n  {\n",
        f"    _id: ObjectId('{hexs(r, 24)}'),\n", "    patient: { name: '", P(thn(r)), "', hn: '", ("MEDICAL_RECORD_NUMBER", hn(r, "dash")), "' },\n",
        "    doctor: '", P(r.choice(DOCTORS_TH)), "',\n    chief_complaint: '", ("HEALTH_DATA", r.choice(["นอนไม่หลับ เครียด คิดทำร้ายตัวเอง",
                                                                                           "ปัสสาวะแสบขัด มีหนอง", "น้ำตาลในเลือดสูง 280"])), "',\n",
        f"    closed_at: ISODate('{ts(r)}.000Z')\n  }}\n]",
    ]


@T("hospital")
def elastic_search_hit_en(r: random.Random) -> list:
    return [
        "Why does this match score so high for the query 'chest pain'? Hit:\n",
        '{"_index": "ed-notes-2026.03", "_id": "', hexs(r, 20), '", "_score": 14.2, "_source": {"patient_name": "', P(rom(r)),
        '", "mrn": "', ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), '", "note": "58M, ', ("HEALTH_DATA", r.choice(
            ["known CAD s/p PCI 2022, chest pain radiating to left arm", "HIV on TLD, chest pain and dyspnoea", "ESRD on HD, chest tightness"])),
        '"}}',
    ]


@T("government")
def s3_listing_named_files(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "aws s3 ls ออกมาแบบนี้ ต้องการ script rename ให้ไม่มีชื่อคนในชื่อไฟล์\n",
        f"{day(r)} 10:12:01     {r.randint(100000, 900000)} สำเนาบัตร_", P(a.replace(" ", "_")), "_", ("TH_NATIONAL_ID", nid(r, "plain")), ".pdf\n",
        f"{day(r)} 10:12:03     {r.randint(100000, 900000)} ทะเบียนบ้าน_", P(b.replace(" ", "_")), ".pdf\n",
        f"{day(r)} 10:12:04     {r.randint(1000, 9000)} manifest.json",
    ]


@T("software")
def git_diff_seed_sql(r: random.Random) -> list:
    return [
        "รีวิว diff ของ seed.sql อันนี้ให้หน่อย merge ได้ไหม\n\n",
        "@@ -12,3 +12,5 @@ INSERT INTO customers (name, citizen_id, email) VALUES\n",
        " ('Test User A', '0000000000000', 'a@example.com'),\n",
        "+('", P(rom(r)), "', '", ("TH_NATIONAL_ID", nid(r, "plain")), "', '", ("EMAIL_ADDRESS", email(r)), "'),\n",
        "+('", P(rom(r)), "', '", ("TH_NATIONAL_ID", nid(r, "plain")), "', '", ("EMAIL_ADDRESS", email(r)), "');\n",
    ]


@T("government")
def postman_saved_request_en(r: random.Random) -> list:
    return [
        "Exported Postman collection item. Convert to a pytest using httpx:\n",
        '{"name": "create applicant", "request": {"method": "POST", "url": "{{base}}/v1/applicants", "body": {"mode": "raw", "raw": ',
        '"{\\"pid\\": \\"', ("TH_NATIONAL_ID", nid(r, "plain")), '\\", \\"name_en\\": \\"', P(rom(r)), '\\", \\"mobile\\": \\"',
        ("PHONE_NUMBER", mobile(r, "plain")), '\\", \\"plate\\": \\"', ("TH_VEHICLE_PLATE", plate(r)), '\\"}"}}}',
    ]


@T("bank")
def voice_biometric_enrol_log(r: random.Random) -> list:
    return [
        "log ลงทะเบียนเสียง (voiceprint) ใน IVR อธิบายสาเหตุ FAIL และควร retry อัตโนมัติไหม\n",
        f"{ts(r)} vb-enrol caller=", ("PHONE_NUMBER", mobile(r, "intl_plain")), " cif=", str(r.randint(10**7, 10**8 - 1)), " name=", P(rom(r)), "\n",
        f"{ts(r)} vb-enrol voiceprint=", ("BIOMETRIC_DATA", "ivec:" + bio_vec(r, 6)), " net_speech=7.9s\n",
        f"{ts(r)} vb-enrol status=FAIL reason=INSUFFICIENT_NET_SPEECH min=8.0s",
    ]


@T("hr")
def fingerprint_device_export(r: random.Random) -> list:
    return [
        "ไฟล์ export จากเครื่องสแกนนิ้ว ZK ย้ายไปเครื่องใหม่แล้ว import ไม่ได้ ช่วยดู format\n",
        "PIN,Name,FingerID,Template\n",
        f"{r.randint(100, 999)},", P(thn(r)), ",6,", ("BIOMETRIC_DATA", fp_template(r)), "\n",
        f"{r.randint(100, 999)},", P(thn(r)), ",1,", ("BIOMETRIC_DATA", fp_template(r)), "\n",
    ]


@T("security")
def cctv_face_search_result_en(r: random.Random) -> list:
    return [
        "Face search API result from the mall VMS. Write the incident summary for security:\n",
        '{"query": "watchlist", "matches": [{"subject": "', P(rom(r)), '", "note": "', ("CRIMINAL_RECORD", r.choice(
            ["shoplifting conviction 2024", "arrested for pickpocketing in 2025"])), '", "similarity": 0.91, "camera": "B1-EXIT-3", ',
        '"embedding": "', ("BIOMETRIC_DATA", bio_vec(r, 6)), '", "seen_ms": ', epoch_ms(r), '}]}',
    ]


@T("politics")
def party_member_sheet(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(thn(r)), "\t", ("TH_NATIONAL_ID", nid(r, "plain")), "\t", ("PHONE_NUMBER", mobile(r, "dash")), "\t",
                 ("POLITICAL_OPINION", r.choice(["สมาชิกพรรคประชาชน", "สมาชิกพรรคเพื่อไทย", "สมาชิกพรรคภูมิใจไทย"])), "\n"]
    return [
        "ตารางรายชื่อสมาชิกพรรค (วางจาก Excel) ของผู้สมัครรับเลือกตั้ง อบจ. ช่วยตรวจรูปแบบเลขบัตรและทำ mail merge\n",
        "ชื่อ\tเลขบัตร\tโทร\tสถานะ\n", rows,
    ]


@T("hr")
def hr_social_screen_note_en(r: random.Random) -> list:
    nm = rom(r)
    return [
        "Background-check vendor note (copied from their portal). Summarise risks for the hiring manager:\n",
        "Candidate: ", P(nm), "  DOB ", ("DATE_OF_BIRTH", dob(r, "en")), "\nSocial media: candidate ", ("POLITICAL_OPINION", r.choice(POL_EN)),
        "; posts about being ", ("SEXUAL_BEHAVIOUR", r.choice(["gay", "bisexual"])), ".\nCourt records: ", ("CRIMINAL_RECORD", r.choice(CRIM_EN)), ".",
    ]


@T("legal")
def police_blotter_extract_th(r: random.Random) -> list:
    return [
        "สำเนาบันทึกประจำวัน (พิมพ์ใหม่จาก PDF) ช่วยสรุปให้ทนายเป็นลำดับเหตุการณ์\n",
        "ลงวันที่ ", f"{r.randint(1, 28)} {r.choice(TH_MONTHS)} 2569", " เวลา ", f"{r.randint(10, 23)}.{r.randint(10, 59)}", " น.\n",
        "ผู้แจ้ง ", titled(r), " โทร ", ("PHONE_NUMBER", mobile(r, "dash")), " แจ้งว่าถูก", titled(r),
        " ซึ่ง", ("CRIMINAL_RECORD", r.choice(["เคยถูกจับคดีทำร้ายร่างกายมาแล้ว", "มีหมายจับคดียาเสพติด"])),
        " ขับรถทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), " เฉี่ยวชนแล้วหลบหนี",
    ]


@T("insurance")
def insurer_hiv_underwriting_en(r: random.Random) -> list:
    return [
        "Email from the reinsurer pasted below, draft our reply:\n\n> Re: case ", f"UW{r.randint(100000, 999999)}", " — ", P(rom(r)),
        "\n> Applicant discloses ", ("HEALTH_DATA", "HIV positive, undetectable viral load on ART since 2019"), " and reports being ",
        ("SEXUAL_BEHAVIOUR", "in a monogamous same-sex relationship"), ". We can offer +75% loading.",
    ]


@T("dating")
def dating_app_report_moderation(r: random.Random) -> list:
    return [
        "รายงานจากผู้ใช้ในแอปหาคู่ ช่วยจัดหมวดว่าเป็น harassment / scam / outing และแนะนำ action\n",
        '{"reporter": "', P(thn(r)), '", "reported": "', P(thn(r)), '", "text": "เขาเอาแชทที่เราเล่าว่าเรา',
        ("SEXUAL_BEHAVIOUR", r.choice([*SEX_TH[:2], "เป็นไบเซ็กชวล"])), "ไปโพสต์ในกลุ่มที่ทำงาน แล้วขู่จะส่งให้แม่ดูที่เบอร์ ",
        ("PHONE_NUMBER", mobile(r, "plain")), '"}',
    ]


@T("lab")
def lims_export_genotype_csv(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        rows += [f"S{r.randint(10000, 99999)},", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), ",", P(rom(r)), ",",
                 ("GENETIC_DATA", r.choice(["HLA-B*15:02 detected", "HLA-B*58:01 detected", "CYP2C9*3/*3", "BRCA1 c.5266dupC het"])), "\n"]
    return [
        "LIMS export (CSV) ช่วยเขียนข้อความแจ้งเตือนเภสัชกรสำหรับแต่ละแถว\n", "sample_id,hn,patient,genotype\n", rows,
    ]


@T("hospital")
def pharmacogenomic_card_th(r: random.Random) -> list:
    return [
        "ข้อความบนบัตรแพ้ยา/เภสัชพันธุศาสตร์ที่ scan มา ช่วยแปลเป็นอังกฤษให้คนไข้พกไปต่างประเทศ\n",
        "บัตรผลตรวจยีนที่สัมพันธ์กับการแพ้ยา\nชื่อ ", P(thn(r)), "  HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "dash")), "\nผลตรวจ: ",
        ("GENETIC_DATA", r.choice(["HLA-B*15:02 ผลบวก", "HLA-B*58:01 ผลบวก"])), "\nห้ามใช้ยา: Carbamazepine, Oxcarbazepine",
    ]


@T("labour")
def union_election_ballot_list(r: random.Random) -> list:
    rows = []
    for i in range(3):
        rows += [f"{i + 1}. ", P(thn(r)), f" แผนก{r.choice(['ประกอบ', 'พ่นสี', 'คลังสินค้า'])} (", ("TRADE_UNION", "สมาชิกสหภาพฯ"),
                 " เลขที่ ", str(r.randint(100, 2999)), ")\n"]
    return [
        "รายชื่อผู้สมัครกรรมการสหภาพแรงงาน ช่วยทำบัตรเลือกตั้งและประกาศ\n", rows,
    ]



# ---- More Thai-context machine text --------------------------------------------------------------
@T("education")
def uni_registration_error_log(r: random.Random) -> list:
    out = ["ระบบลงทะเบียนเรียนล่มช่วงเปิดลงทะเบียน log ตามนี้ ช่วยหาสาเหตุ deadlock\n"]
    for _ in range(2):
        nm = rom(r)
        out += [f"{ts(r)} ERROR reg.enroll sid=", ("STUDENT_ID", student_id(r, "ten")), " name=\"", P(nm), "\" email=",
                ("EMAIL_ADDRESS", email_of(r, nm, "ku.th")), f" course=01204{r.randint(100, 499)} err=\"deadlock detected\"\n"]
    return out


@T("education")
def school_lms_export_special_needs(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        rows += [("STUDENT_ID", student_id(r, "dash")), ",", P(thn(r)), ",", ("DISABILITY", r.choice(["ออทิสติก", "บกพร่องทางการได้ยิน",
                                                                                                    "บกพร่องทางการเรียนรู้ (LD)", "สมาธิสั้น"])),
                 ",", ("LINE_ID", line_id(r)), "\n"]
    return [
        "ไฟล์ export จาก LMS โรงเรียน (CSV) ช่วยจัดกลุ่มนักเรียนที่ต้องการแผน IEP และร่างข้อความแจ้งผู้ปกครองทางไลน์\n",
        "student_no,name,special_need,parent_line\n", rows,
    ]


@T("procurement")
def vendor_master_sql_juristic(r: random.Random) -> list:
    return [
        "vendor master ใน ERP มีผู้ขายซ้ำ ช่วยเขียน SQL รวมรายการที่เลขนิติบุคคลเดียวกัน\n\n",
        " vendor_code | vendor_name | tax_id | contact | contact_tel | pay_acct\n",
        f" V{r.randint(10000, 99999)} | บจก. สยามแพ็คกิ้ง | ", ("TH_JURISTIC_ID", juristic(r, "plain")), " | ", P(thn(r)), " | ",
        ("PHONE_NUMBER", mobile(r, "dash")), " | ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), "\n",
        f" V{r.randint(10000, 99999)} | ห้างหุ้นส่วนจำกัด ทองดีการช่าง | ", ("TH_JURISTIC_ID", juristic(r, "dash")), " | ", P(thn(r)), " | ",
        ("PHONE_NUMBER", landline(r)), " | ", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), "\n",
    ]


@T("finance")
def etax_invoice_json(r: random.Random) -> list:
    nm = rom(r)
    return [
        "JSON ใบกำกับภาษีอิเล็กทรอนิกส์ (e-Tax) ที่ส่งไปกรมสรรพากรถูก reject ช่วยดู field ที่ผิด\n",
        '{"doc_type": "T02", "doc_no": "INV', str(r.randint(10**6, 10**7 - 1)), '", "seller": {"tax_id": "', ("TH_JURISTIC_ID", juristic(r, "plain")),
        '", "branch": "00000"}, "buyer": {"tax_id": "', ("TH_JURISTIC_ID", juristic(r, "plain")), '", "branch": "00001", ',
        '"contact_name": "', P(nm), '", "contact_email": "', ("EMAIL_ADDRESS", email_of(r, nm, "siamsteelpipe.co.th")), '"}, ',
        f'"grand_total": {r.randint(1000, 900000)}.00, "vat": 7}}',
    ]


@T("government")
def highland_registry_tsv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [("TH_NATIONAL_ID", nid(r, "dash", first=r.choice("678"))), "\t", P(thn(r)), "\t", ("ETHNICITY", r.choice(ETH_WORD[:5])),
                 "\t", r.choice(["บ้านห้วยหก", "บ้านแม่ละอุป", "บ้านดอยช้าง"]), "\n"]
    return [
        "ทะเบียนประวัติชุมชนบนพื้นที่สูง (วางจาก Excel อำเภอ) ช่วยนับจำนวนคนที่ยังไม่ได้สัญชาติแยกตามหมู่บ้าน\n",
        "เลขประจำตัว\tชื่อ\tกลุ่มชาติพันธุ์\tหมู่บ้าน\n", rows,
    ]


@T("hospital")
def his_patient_demographics_ethnicity(r: random.Random) -> list:
    fem = r.random() < 0.5
    th_title = r.choice(["นาง", "น.ส."]) if fem else "นาย"
    return [
        "JSON ข้อมูลผู้ป่วยจาก HIS ส่งเข้า data warehouse ทีม BI ถามว่าควร hash field ไหน\n",
        '{"hn": "', ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), '", "pname": "', th_title, '", "fname": "', P(_given(r, TH_GIVEN, TH_FEMALE, fem)),
        '", "lname": "', P(r.choice(TH_SUR)), '", "birth": "', ("DATE_OF_BIRTH", dob(r, "iso")), '", "nation": "ไทย", "race": "',
        ("ETHNICITY", r.choice(["กะเหรี่ยง", "ม้ง", "มลายู", "ไทใหญ่"])), '", "religion": "', ("RELIGION", r.choice(RELIGION_WORD)),
        '", "cid": "', ("TH_NATIONAL_ID", nid(r, "plain")), '"}',
    ]


@T("education")
def stateless_student_registry(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        rows += [" ", ("STUDENT_ID", student_id(r, "ten")), " | ", P(thn(r)), " | G", str(r.randint(10**11, 10**12 - 1)), " | ",
                 ("ETHNICITY", r.choice(["ไทใหญ่", "อาข่า", "ลาหู่", "กะเหรี่ยง"])), "\n"]
    return [
        "นักเรียนรหัส G (ไม่มีเลขบัตร) ในระบบ DMC ผลจาก query ตามนี้ ช่วยร่างหนังสือขอสิทธิหลักประกันสุขภาพให้เด็กกลุ่มนี้\n",
        " student_no | name | g_code | ethnic_group\n", rows,
    ]


@T("hr")
def hr_social_listening_json(r: random.Random) -> list:
    return [
        "output จาก social listening tool ที่ HR ซื้อมา ฝ่ายกฎหมายถามว่าเก็บแบบนี้ผิด PDPA ไหม ช่วยวิเคราะห์\n",
        '[{"employee": "', P(thn(r)), '", "emp_no": "', str(r.randint(10000, 99999)), '", "platform": "X", "flag": "political", ',
        '"excerpt": "', ("POLITICAL_OPINION", r.choice(["ไปม็อบราษฎรมาอีกแล้ว", "โหวตพรรคประชาชนทั้งบ้าน", "ต่อต้านรัฐประหารทุกรูปแบบ"])),
        '"},\n {"employee": "', P(thn(r)), '", "flag": "union", "excerpt": "', ("TRADE_UNION", "เพิ่งสมัครเป็นสมาชิกสหภาพแรงงาน"), '"}]',
    ]


@T("ngo")
def petition_signers_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        nm = rom(r)
        rows += [P(thn(r)), ",", ("EMAIL_ADDRESS", email_of(r, nm)), ",", ("PHONE_NUMBER", mobile(r, "plain")), "\n"]
    return [
        "รายชื่อผู้", ("POLITICAL_OPINION", "ลงชื่อสนับสนุนร่างรัฐธรรมนูญฉบับประชาชน"),
        " (export จากฟอร์มออนไลน์) ช่วยลบรายการซ้ำและตรวจว่าอีเมลถูก format\n", "name,email,mobile\n", rows,
    ]


@T("government")
def probation_case_json(r: random.Random) -> list:
    return [
        "JSON จากระบบคุมประพฤติ ช่วยสรุปเป็นรายงานสั้นให้พนักงานคุมประพฤติ\n",
        '{"case": "คป.', str(r.randint(100, 9999)), "/", str(r.randint(2566, 2569)), '", "offender": {"name": "', P(thn(r)),
        '", "pid": "', ("TH_NATIONAL_ID", nid(r, "plain")), '", "phone": "', ("PHONE_NUMBER", mobile(r, "plain")), '"}, ',
        '"offence": "', ("CRIMINAL_RECORD", r.choice(["ขับรถขณะเมาสุรา ศาลรอการลงโทษ 2 ปี", "ทำร้ายร่างกาย คุมประพฤติ 1 ปี",
                                                     "เสพยาเสพติด ส่งบำบัด"])), '", "report_every_days": 60}',
    ]


@T("hospital")
def prep_clinic_followup_tsv(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        risk = r.choice(["ชายมีเพศสัมพันธ์กับชาย", "มีคู่นอนหลายคน ไม่ใช้ถุงยาง", "พนักงานบริการทางเพศ"])
        rows += [("MEDICAL_RECORD_NUMBER", hn(r, "dash")), "\t", P(thn(r, False if risk.startswith("ชาย") else None)), "\t",
                 ("SEXUAL_BEHAVIOUR", risk), "\t",
                 ("HEALTH_DATA", r.choice(["anti-HIV negative, เริ่ม PrEP", "ซิฟิลิส รักษาครบ", "HBsAg positive"])), "\n"]
    return [
        "ตารางติดตามผู้รับ PrEP (วางจาก Excel คลินิก) ช่วยหาคนที่ขาดนัดเกิน 30 วัน และเขียนข้อความ SMS ที่ไม่เปิดเผยเรื่องคลินิก\n",
        "HN\tชื่อ\tกลุ่มเสี่ยง\tผลล่าสุด\n", rows,
    ]


@T("labour")
def union_line_group_export(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "แชทไลน์กลุ่มที่ export มา (ไฟล์ .txt) ช่วยสรุปว่ากรรมการตกลงอะไรกันบ้าง\n",
        f"[LINE] ประวัติแชทกลุ่ม \"กรรมการสหภาพฯ โรงงาน 2\"\n{day(r)}\n",
        "09:12\t", P(a), "\tผมในฐานะ", ("TRADE_UNION", "ประธานสหภาพแรงงาน"), " ขอนัดประชุมวันเสาร์\n",
        "09:15\t", P(b), "\tได้ครับ ใครยังไม่มีไลน์ผมแอดได้ที่ ", ("LINE_ID", line_id(r)), "\n",
        "09:20\t", P(a), "\tฝากแจ้งสมาชิกกะดึกด้วย",
    ]


@T("real_estate")
def condo_face_access_enrol_api(r: random.Random) -> list:
    return [
        "API ลงทะเบียนใบหน้าเข้าอาคารชุด ตอบ 413 Payload Too Large ช่วยดูว่าควรส่งอะไรบ้าง\n",
        '{"unit": "', f"{r.randint(2, 40)}/{r.randint(100, 999)}", '", "resident": "', P(thn(r)), '", "mobile": "', ("PHONE_NUMBER", mobile(r, "plain")),
        '", "car_plate": "', ("TH_VEHICLE_PLATE", plate(r)), '", "face_template": "', ("BIOMETRIC_DATA", bio_vec(r, 12)), '"}',
    ]


# ==============================================================================================
# Negatives: the same kinds of machine text with no personal data
# ==============================================================================================
# ---- s.26 hard negatives (the vocabulary without a person) --------------------------------------
@T("public_health", hard="HEALTH_DATA")
def hn_health_dengue_public_csv(r: random.Random) -> list:
    rows = "".join(f"{p},{w},{r.randint(5, 480)},{r.randint(0, 3)}\n" for p, w in
                   [("เชียงใหม่", 31), ("ชลบุรี", 31), ("สงขลา", 31), ("ขอนแก่น", 32), ("นครราชสีมา", 32)])
    return [
        "ข้อมูลเปิดจากกรมควบคุมโรค (ไข้เลือดออก รายสัปดาห์) ช่วยเขียนโค้ด matplotlib ทำกราฟแนวโน้มรายจังหวัด และอธิบายว่า"
        "ทำไมภาคใต้พีคช้ากว่า\n", "province,epi_week,dengue_cases,deaths\n", rows,
    ]


@T("insurance", hard="HEALTH_DATA")
def hn_health_icd10_dim_ddl(r: random.Random) -> list:
    return [
        "Review this dimension table and seed. Should chapter be a separate table?\n\n",
        "CREATE TABLE dim_diagnosis (\n  icd10_code VARCHAR(8) PRIMARY KEY,\n  description_en TEXT NOT NULL,\n",
        "  description_th TEXT,\n  chapter SMALLINT,\n  is_chronic BOOLEAN DEFAULT FALSE\n);\n",
        "INSERT INTO dim_diagnosis VALUES\n ('E11.9', 'Type 2 diabetes mellitus without complications', 'เบาหวานชนิดที่ 2', 4, TRUE),\n",
        " ('F32.1', 'Moderate depressive episode', 'โรคซึมเศร้า ระดับปานกลาง', 5, TRUE),\n",
        " ('B20', 'HIV disease', 'โรคติดเชื้อเอชไอวี', 1, TRUE),\n",
        f" ('A90', 'Dengue fever', 'ไข้เดงกี', 1, FALSE);  -- v{r.randint(2, 9)}",
    ]


@T("insurance", hard="HEALTH_DATA")
def hn_health_claims_by_dx_aggregate(r: random.Random) -> list:
    lines = "".join(f"{c:<7}{d:<40}{r.randint(200, 9000):>7}{r.randint(10, 900):>10}.{r.randint(0, 9)}\n" for c, d in
                    [("I10", "Essential hypertension"), ("E11.9", "Type 2 diabetes"), ("J18.9", "Pneumonia"),
                     ("K35.8", "Acute appendicitis"), ("F32.9", "Depressive episode")])
    return [
        ">>> claims.groupby(['icd10','dx_name']).agg(n=('claim_id','count'), paid_m=('paid','sum'))\n",
        "icd10  dx_name                                       n    paid_m\n", lines,
        "Which diagnoses drive the 2026 loss ratio increase? Portfolio-level answer only.",
    ]


@T("hr", hard="RELIGION")
def hn_relig_holiday_config_json(r: random.Random) -> list:
    return [
        "config วันหยุดบริษัทปี 2570 ช่วยตรวจว่ามีวันสำคัญทางศาสนาที่ตกหล่นไหม และแก้ JSON ให้ valid\n",
        '{"year": 2027, "holidays": [\n  {"date": "2027-02-20", "name_th": "วันมาฆบูชา", "type": "buddhist"},\n',
        '  {"date": "2027-03-10", "name_th": "วันฮารีรายอ (อีดิ้ลฟิตรี)", "type": "islamic", "regions": ["ปัตตานี", "ยะลา", "นราธิวาส", "สตูล"]},\n',
        '  {"date": "2027-05-20", "name_th": "วันวิสาขบูชา", "type": "buddhist"},\n',
        '  {"date": "2027-12-25", "name_th": "วันคริสต์มาส", "type": "christian", "optional": true},\n]}\n',
        f"# generated by hr-calendar v{r.randint(1, 4)}.{r.randint(0, 9)}",
    ]


@T("retail", hard="RELIGION")
def hn_relig_halal_catalog_api(r: random.Random) -> list:
    items = ",\n".join(
        f'  {{"sku": "{r.choice(["FD", "BV", "SN"])}-{r.randint(10000, 99999)}", "name": "{n}", "halal_cert": "{c}", '
        f'"price": {r.randint(19, 250)}.00}}'
        for n, c in [("Chicken massaman curry 400g", "CICOT-TH"), ("Beef rendang paste", "CICOT-TH"),
                     ("Kosher-style crackers", "none"), ("Vegan jerky", "none")])
    return [
        "Product API response for the Ramadan landing page. Write copy for each halal-certified item, and explain what "
        "'CICOT' means for shoppers who are not Muslim.\n", '{"items": [\n', items, "\n]}",
    ]


@T("public_data", hard="ETHNICITY")
def hn_eth_census_aggregate(r: random.Random) -> list:
    rows = "".join(f"{g}\t{p}\t{r.randint(2000, 90000):,}\n" for g, p in
                   [("กะเหรี่ยง", "ตาก"), ("ม้ง", "เพชรบูรณ์"), ("อาข่า", "เชียงราย"), ("ลีซู", "เชียงใหม่"), ("มอแกน", "พังงา")])
    return [
        "ตารางสรุปประชากรกลุ่มชาติพันธุ์ (ข้อมูลเปิด) วางจาก Excel ช่วยทำ choropleth map และเขียนคำบรรยายภาพ\n",
        "กลุ่มชาติพันธุ์\tจังหวัด\tประชากร (โดยประมาณ)\n", rows, "ที่มา: รายงานสำรวจปี 2565 (ข้อมูลระดับจังหวัด ไม่มีรายบุคคล)",
    ]


@T("ml", hard="ETHNICITY")
def hn_eth_speech_dataset_card(r: random.Random) -> list:
    return [
        "Improve this dataset card for our release:\n\n---\nlanguage: [kjp, hmn, shn]\nlicense: cc-by-sa-4.0\n---\n",
        "# Northern Thailand minority-language speech corpus\n",
        f"- {r.randint(80, 300)} hours of read speech in Pwo Karen, Hmong Daw and Shan.\n",
        "- Speakers are anonymised; only language and age band are released.\n",
        "- Intended use: ASR for public health announcements in ethnic-minority villages.\n",
        "- Known gaps: few speakers of Akha and Lisu; dialect coverage uneven.\n",
    ]


@T("public_data", hard="POLITICAL_OPINION")
def hn_pol_election_results_csv(r: random.Random) -> list:
    rows = "".join(f"{p},{s},{v}\n" for p, s, v in
                   [("ก้าวไกล", 151, 14438851), ("เพื่อไทย", 141, 10962522), ("ภูมิใจไทย", 71, 1138202),
                    ("พลังประชารัฐ", 40, 537625), ("รวมไทยสร้างชาติ", 36, 4766408)])
    return [
        "ผลเลือกตั้ง สส. 2566 (ข้อมูลสาธารณะ กกต.) ช่วยเขียน SQL สร้างตารางและคำนวณสัดส่วนที่นั่งต่อคะแนนบัญชีรายชื่อ\n",
        "party,seats,party_list_votes\n", rows,
    ]


@T("media", hard="POLITICAL_OPINION")
def hn_pol_news_summariser_ticket(r: random.Random) -> list:
    return [
        f"NEWS-{r.randint(100, 999)} Summariser ตัดชื่อพรรคผิด\nตัวอย่างบทความ (ข่าวสาธารณะ):\n",
        "\"นายอนุทิน ชาญวีรกูล นายกรัฐมนตรี ชี้แจงต่อสภาฯ ว่ารัฐบาลจะเดินหน้าแก้รัฐธรรมนูญ ขณะที่นายณัฐพงษ์ เรืองปัญญาวุฒิ "
        "หัวหน้าพรรคประชาชน ในฐานะผู้นำฝ่ายค้าน ตั้งคำถามเรื่องกรอบเวลา\"\n",
        "Output ที่ได้: \"หัวหน้าพรรคเพื่อไทยชี้แจง...\" ซึ่งผิด\nขอ prompt ใหม่ที่บังคับให้อ้างชื่อพรรคจากบทความเท่านั้น",
    ]


@T("public_data", hard="CRIMINAL_RECORD")
def hn_crim_stats_dashboard(r: random.Random) -> list:
    series = ", ".join(f'{{"month": "2026-{m:02d}", "theft": {r.randint(800, 2000)}, "fraud_online": {r.randint(1500, 4000)}, '
                       f'"drugs": {r.randint(3000, 9000)}}}' for m in (1, 2, 3))
    return [
        "Dashboard JSON from the provincial police open-data portal. Describe the trend and suggest a better chart:\n",
        '{"panel": "cases_reported", "unit": "cases", "series": [', series, '], "note": "counts only, no personal data"}',
    ]


@T("hr", hard="CRIMINAL_RECORD")
def hn_crim_background_api_docs(r: random.Random) -> list:
    return [
        "Turn this vendor doc into a short integration checklist:\n\n",
        "## POST /v2/checks/criminal\nRequests a criminal record check from the Royal Thai Police via the vendor.\n\n",
        "| field | type | note |\n|---|---|---|\n| citizen_id | string(13) | required, checksum validated |\n",
        "| consent_ref | string | required; PDPA s.26 explicit consent |\n| callback_url | string | HTTPS only |\n\n",
        "Response `status`: `PENDING` | `CLEAR` | `RECORD_FOUND`. Typical turnaround ", str(r.randint(3, 7)), " working days. "
        "Results must not be stored longer than the hiring decision requires.",
    ]


@T("hospital", hard="SEXUAL_BEHAVIOUR")
def hn_sex_clinic_faq_rag(r: random.Random) -> list:
    return [
        "[chunk from คลินิกสุขภาพทางเพศ_FAQ.pdf]\nถาม: ใครควรรับยา PrEP\nตอบ: ผู้ที่มีความเสี่ยงสูงต่อการติดเชื้อเอชไอวี เช่น "
        "ชายที่มีเพศสัมพันธ์กับชาย ผู้ที่มีคู่นอนหลายคน หรือไม่ใช้ถุงยางอนามัยสม่ำเสมอ ควรตรวจเลือดทุก 3 เดือน\n",
        "ถาม: ตรวจโรคติดต่อทางเพศสัมพันธ์ต้องนัดไหม\nตอบ: walk-in ได้ จันทร์–ศุกร์ 8.00–15.00 น.\n[end]\n",
        f"ช่วยเขียนคำตอบแชทบอทให้กระชับ ไม่ตัดสิน ความยาวไม่เกิน {r.randint(2, 4)} ประโยค",
    ]


@T("public_data", hard="SEXUAL_BEHAVIOUR")
def hn_sex_survey_aggregate(r: random.Random) -> list:
    rows = "".join(f"{a:<8}{r.randint(30, 70)}.{r.randint(0, 9)}%{r.randint(5, 25):>10}.{r.randint(0, 9)}%\n"
                   for a in ("15-19", "20-24", "25-34", "35-49"))
    return [
        "National survey tables (aggregate, weighted). Write a two-paragraph brief for the school sex-education programme:\n",
        "age     condom_use_last_sex  multiple_partners_12m\n", rows,
    ]


@T("software", hard="DISABILITY")
def hn_dis_a11y_github_issue(r: random.Random) -> list:
    return [
        f"### a11y: OTP field not announced by TalkBack (#{r.randint(1000, 5000)})\n\n",
        "Blind and low-vision users relying on screen readers cannot hear the OTP countdown. Also the 'ยืนยัน' button has "
        "a contrast ratio of 2.8:1 (WCAG 2.2 AA needs 4.5:1), which fails for users with colour-vision deficiency.\n\n",
        "- [ ] add `accessibilityLiveRegion`\n- [ ] increase contrast\n- [ ] test with VoiceOver and TalkBack\n\n",
        "Please write the acceptance criteria.",
    ]


@T("hr", hard="DISABILITY")
def hn_dis_quota_aggregate(r: random.Random) -> list:
    rows = "".join(f" {b:<10}| {r.randint(20, 400):>5} | {r.randint(40, 95)}.{r.randint(0, 9)}\n"
                   for b in ("100-199", "200-499", "500-999", "1000+"))
    return [
        "ผลรวมการปฏิบัติตาม ม.33 พ.ร.บ.ส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ (ระดับสถานประกอบการ ไม่มีรายบุคคล) "
        "ช่วยเขียนบทสรุปผู้บริหาร\n", " size_band | firms | pct_compliant\n", rows,
    ]


@T("legal", hard="TRADE_UNION")
def hn_union_law_rag_chunk(r: random.Random) -> list:
    return [
        "[retrieved: พรบ.แรงงานสัมพันธ์_2518.pdf, p.", str(r.randint(20, 40)), "]\n",
        "มาตรา 88 ลูกจ้างซึ่งเป็นผู้บรรลุนิติภาวะ และมีสัญชาติไทย มีสิทธิจัดตั้งสหภาพแรงงานได้ … มาตรา 95 ผู้ซึ่งจะเป็นสมาชิก"
        "ของสหภาพแรงงานได้ต้องเป็นลูกจ้างของนายจ้างคนเดียวกัน…\n",
        "Question: ลูกจ้างสัญญาจ้างรายปีเป็นสมาชิกสหภาพได้ไหม ตอบโดยอ้างมาตรา",
    ]


@T("public_data", hard="TRADE_UNION")
def hn_union_registration_stats(r: random.Random) -> list:
    rows = "".join(f"{p},{r.randint(5, 200)},{r.randint(1000, 90000)}\n" for p in ("Rayong", "Chon Buri", "Samut Prakan", "Ayutthaya"))
    return [
        "Department of Labour Protection open data: registered unions by province. Plot and comment on the trend vs 2020:\n",
        "province,registered_unions,total_members\n", rows,
    ]


@T("lab", hard="GENETIC_DATA")
def hn_gen_variant_pipeline_log(r: random.Random) -> list:
    return [
        "nextflow run nf-core/sarek -r 3.4.0 -profile docker --genome GATK.GRCh38\n",
        f"executor >  local ({r.randint(10, 90)})\n",
        f"[{hexs(r, 2)}/{hexs(r, 6)}] process > NFCORE_SAREK:SAREK:FASTQC (NA12878_L001)      [100%] 2 of 2 ✔\n",
        f"[{hexs(r, 2)}/{hexs(r, 6)}] process > NFCORE_SAREK:SAREK:BWAMEM1_MEM (NA12878_L001) [100%] 2 of 2 ✔\n",
        f"[{hexs(r, 2)}/{hexs(r, 6)}] process > NFCORE_SAREK:SAREK:GATK4_HAPLOTYPECALLER     [ 45%] 9 of 20\n",
        "ERROR ~ Error executing process > 'GATK4_HAPLOTYPECALLER (chr17)'\nCaused by: java.lang.OutOfMemoryError: Java heap space\n\n",
        "This is the public GIAB sample. How do I raise memory for this process only?",
    ]


@T("retail", hard="GENETIC_DATA")
def hn_gen_dnakit_product_json(r: random.Random) -> list:
    return [
        "JSON สินค้าชุดตรวจ DNA สำหรับหน้าเว็บ ช่วยเขียนคำอธิบายสินค้าที่ไม่เกินจริงตามหลัก อย.\n",
        '[{"sku": "DNA-', str(r.randint(100, 999)), '", "name": "ชุดตรวจพาหะธาลัสซีเมีย", "genes": ["HBA1", "HBA2", "HBB"], "price": 4900},\n',
        ' {"sku": "DNA-', str(r.randint(100, 999)), '", "name": "แพ็กเกจเภสัชพันธุศาสตร์ HLA-B*15:02 / HLA-B*58:01", "price": 3500},\n',
        ' {"sku": "DNA-', str(r.randint(100, 999)), '", "name": "BRCA1/BRCA2 hereditary cancer panel", "price": 18900}]',
    ]


@T("security", hard="BIOMETRIC_DATA")
def hn_bio_face_model_benchmark(r: random.Random) -> list:
    rows = "".join(f"| {v} | {r.randint(1, 9)}e-{r.randint(4, 6)} | {r.randint(1, 5)}.{r.randint(0, 99):02d}% | {r.randint(20, 90)} ms |\n"
                   for v in ("arcface-r100-v3", "arcface-r100-v4", "mobileface-int8"))
    return [
        "Face-recognition model benchmark (internal, on the public LFW + CFP-FP sets). Which should we ship for the gate "
        "readers?\n\n| model | FAR | FRR @FAR | latency p95 |\n|---|---|---|---|\n", rows,
    ]


@T("software", hard="BIOMETRIC_DATA")
def hn_bio_fingerprint_sdk_docs(r: random.Random) -> list:
    return [
        "ช่วยสรุป API ของ SDK สแกนลายนิ้วมือนี้เป็นภาษาไทยสำหรับทีม\n\n",
        "int FP_Enroll(HANDLE dev, int finger_index, uint8_t *tpl_out, size_t *tpl_len);\n",
        "  Captures 3 impressions and writes an ISO/IEC 19794-2 template (max 1568 bytes).\n",
        "int FP_Verify(HANDLE dev, const uint8_t *tpl, size_t tpl_len, int *score);\n",
        f"  Returns FP_OK when score >= threshold (default {r.randint(40, 60)}). Templates should be stored encrypted.\n",
    ]


# ---- Schemas, code, dashboards, build logs, ids and timestamps ------------------------------------
@T("bank", neg=True)
def neg_ddl_customer_schema(r: random.Random) -> list:
    return [
        "ออกแบบตารางนี้ถูกต้องตาม PDPA ไหม ควร encrypt คอลัมน์ไหนบ้าง\n\n",
        "CREATE TABLE cust.customer (\n  customer_id BIGINT PRIMARY KEY,\n  full_name_th VARCHAR(200) NOT NULL, -- ชื่อ-สกุล\n",
        "  citizen_id CHAR(13) NOT NULL,        -- เลขบัตรประชาชน\n  mobile_no VARCHAR(15),\n  religion VARCHAR(30),           -- ศาสนา (ไม่บังคับ)\n",
        "  birth_date DATE,\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n",
        f"CREATE UNIQUE INDEX ux_customer_cid ON cust.customer (citizen_id);  -- ticket DB-{r.randint(100, 999)}",
    ]


@T("software", neg=True)
def neg_code_pii_masker(r: random.Random) -> list:
    return [
        "Refactor this masker and add tests:\n\n```python\nimport re\n\nTHAI_ID = re.compile(r\"\\b\\d{1}-?\\d{4}-?\\d{5}-?\\d{2}-?\\d{1}\\b\")\n",
        "PHONE = re.compile(r\"\\b0[689]\\d{8}\\b\")\n\n",
        "def mask(text: str) -> str:\n    text = THAI_ID.sub(\"X-XXXX-XXXXX-XX-X\", text)\n    return PHONE.sub(\"0XX-XXX-XXXX\", text)\n```\n",
        f"Coverage is {r.randint(40, 70)}%.",
    ]


@T("platform", neg=True)
def neg_grafana_dashboard_json(r: random.Random) -> list:
    a = epoch_ms(r, 1_760_000_000_000, 1_770_000_000_000)
    b = epoch_ms(r, 1_770_000_000_000, 1_780_000_000_000)
    return [
        "panel JSON ของ Grafana พอแชร์ลิงก์แล้ว time range ไม่ติดไปด้วย เพราะอะไร\n",
        '{"title": "p95 latency /v1/chat", "time": {"from": "', a, '", "to": "', b, '"}, ',
        '"targets": [{"expr": "histogram_quantile(0.95, sum(rate(http_server_duration_seconds_bucket{route=\\"/v1/chat\\"}[5m])) by (le))"}], ',
        f'"refresh": "30s", "version": {r.randint(3, 40)}}}',
    ]


@T("software", neg=True)
def neg_gradle_build_log(r: random.Random) -> list:
    start, end = epoch_pair(r, 300_000)
    return [
        "> Task :app:compileReleaseKotlin FAILED\n",
        "e: file:///builds/mobile/app/src/main/java/th/co/app/OtpFragment.kt:88:23 Unresolved reference: binding\n\n",
        "FAILURE: Build failed with an exception.\n* What went wrong:\nExecution failed for task ':app:compileReleaseKotlin'.\n\n",
        f"BUILD FAILED in {r.randint(1, 5)}m {r.randint(1, 59)}s\n",
        "build-scan: startedAtMs=", start, " finishedAtMs=", end, f" gradle=8.{r.randint(5, 11)}\n",
        "CI job log; what's the likely cause after the viewBinding upgrade?",
    ]


@T("platform", neg=True)
def neg_kafka_consumer_lag_log(r: random.Random) -> list:
    out = ["consumer lag พุ่งตอนตีสอง log แบบนี้ ช่วยวิเคราะห์\n"]
    for p in range(3):
        out += [f"GROUP notif-sender TOPIC payment.settled PARTITION {p} CURRENT-OFFSET {r.randint(10**6, 10**7)} "
                f"LOG-END-OFFSET {r.randint(10**7, 2 * 10**7)} LAG {r.randint(1000, 90000)} LAST-COMMIT-MS ", epoch_ms(r), "\n"]
    return out


@T("platform", neg=True)
def neg_sentry_perf_transaction(r: random.Random) -> list:
    start, end = epoch_pair(r, 2_500_000)
    return [
        "Which span dominates this transaction?\n",
        '{"type": "transaction", "transaction": "POST /api/orders", "trace_id": "', hexs(r, 32), '", ',
        '"start_timestamp_ms": ', start, ', "spans": [{"op": "db.query", "description": "SELECT ... FROM orders WHERE id = $1", ',
        f'"duration_ms": {r.randint(200, 900)}}}, {{"op": "http.client", "description": "POST payment-gw/charge", "duration_ms": {r.randint(50, 400)}}}], ',
        '"end_timestamp_ms": ', end, '}',
    ]


@T("ecommerce", neg=True)
def neg_order_status_api(r: random.Random) -> list:
    picked, hub = epoch_pair(r, 30_000_000)
    return [
        "API สถานะออเดอร์คืนค่าแบบนี้ ช่วยแปลง epoch เป็นเวลาไทยและเขียนข้อความแจ้งสถานะ (ไม่มีข้อมูลลูกค้าใน payload)\n",
        '{"order_no": "', order_no(r), '", "tracking_no": "', tracking(r), '", "status": "IN_TRANSIT", "events": [',
        '{"code": "PICKED_UP", "at": ', picked, '}, {"code": "HUB_SCAN", "hub": "BKK-LKB", "at": ', hub, '}]}',
    ]


@T("software", neg=True)
def neg_test_fixture_placeholders(r: random.Random) -> list:
    return [
        "fixture นี้ใช้ใน unit test ช่วยทำเป็น factory_boy แทน\n\n```python\n@pytest.fixture\ndef customer():\n",
        "    return {\n        \"name\": \"ทดสอบ ระบบ\",\n        \"citizen_id\": \"0000000000000\",\n",
        "        \"email\": \"test.user@example.com\",\n        \"mobile\": \"08X-XXX-XXXX\",\n",
        f"        \"address\": \"<ADDRESS_PLACEHOLDER>\",\n        \"seed\": {r.randint(1, 999)},\n    }}\n```",
    ]


@T("software", neg=True)
def neg_openapi_spec_doc(r: random.Random) -> list:
    return [
        "Generate a TypeScript client type from this spec fragment:\n\n",
        "paths:\n  /v1/customers/{customerId}:\n    get:\n      summary: Get a customer profile\n      parameters:\n",
        "        - name: customerId\n          in: path\n          schema: {type: string, format: uuid}\n",
        "      responses:\n        '200':\n          content:\n            application/json:\n              schema:\n",
        "                $ref: '#/components/schemas/Customer'\ncomponents:\n  schemas:\n    Customer:\n      properties:\n",
        "        citizenId: {type: string, pattern: '^[1-8][0-9]{12}$', example: '<13-digit id>'}\n",
        f"        email: {{type: string, format: email, example: user@example.com}}\n# spec v{r.randint(1, 3)}.{r.randint(0, 20)}",
    ]


@T("ecommerce", neg=True)
def neg_funnel_sql_result(r: random.Random) -> list:
    rows = "".join(f" {c:<10}| {r.randint(10000, 90000):>7} | {r.randint(2000, 9000):>6} | {r.randint(100, 1900):>5}\n"
                   for c in ("line_oa", "facebook", "tiktok", "organic"))
    return [
        "Funnel result for March. Which channel should get more budget? Aggregates only.\n",
        " channel   |  visits | carts | paid\n-----------+---------+-------+------\n", rows,
    ]


@T("retail", neg=True)
def neg_pandas_groupby_province_sales(r: random.Random) -> list:
    rows = "".join(f"{p:<16}{r.randint(100, 9000):>8}{r.randint(10**5, 10**7):>14,}\n"
                   for p in ("กรุงเทพมหานคร", "เชียงใหม่", "ขอนแก่น", "ภูเก็ต", "สงขลา"))
    return [
        ">>> sales.groupby('province')[['orders','revenue_thb']].sum().sort_values('revenue_thb', ascending=False)\n",
        "province          orders   revenue_thb\n", rows, "ช่วยเขียนสรุปยอดขายรายภาคสำหรับผู้บริหาร",
    ]


@T("data_platform", neg=True)
def neg_dbt_run_log(r: random.Random) -> list:
    return [
        f"{r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)}  Running with dbt=1.{r.randint(6, 9)}.2\n",
        f"  Found {r.randint(100, 400)} models, {r.randint(200, 900)} data tests, 14 sources\n",
        "  1 of 3 START sql table model mart.fct_claims ........ [RUN]\n",
        "  1 of 3 ERROR creating sql table model mart.fct_claims  [ERROR in 12.31s]\n",
        "  Database Error in model fct_claims (models/mart/fct_claims.sql)\n    division by zero\n",
        "Done. PASS=2 WARN=0 ERROR=1 SKIP=0 TOTAL=3\nWhere would a division by zero come from in a loss ratio model?",
    ]


@T("platform", neg=True)
def neg_k8s_events(r: random.Random) -> list:
    pod = f"claims-api-{hexs(r, 10)}-{hexs(r, 5)}"
    return [
        "kubectl get events -n claims --sort-by=.lastTimestamp\n",
        "LAST SEEN   TYPE      REASON      OBJECT                 MESSAGE\n",
        f"{r.randint(1, 9)}m          Warning   BackOff     pod/{pod}   Back-off restarting failed container api\n",
        f"{r.randint(1, 9)}m          Warning   OOMKilled   pod/{pod}   Container api exceeded memory limit (512Mi)\n",
        "ควรตั้ง requests/limits เท่าไหร่สำหรับ FastAPI 4 workers",
    ]


@T("software", neg=True)
def neg_jira_refactor_ticket(r: random.Random) -> list:
    return [
        f"TECH-{r.randint(1000, 9999)} แยก module consent ออกจาก monolith\n\nContext: ตอนนี้ consent, marketing-preference และ "
        "DSAR อยู่ใน service เดียว deploy ทีเสี่ยงทั้งก้อน\nScope: ย้าย endpoint /consents/* ไป service ใหม่, dual-write 2 สัปดาห์\n",
        "Out of scope: ข้อมูลลูกค้าจริง (ใช้ synthetic ใน staging)\nช่วยแตก subtasks พร้อม estimate",
    ]


@T("retail", neg=True)
def neg_csv_product_inventory(r: random.Random) -> list:
    rows = "".join(f"{r.choice(['HB', 'SK', 'TV'])}-{r.randint(1000, 9999)},885{r.randint(10**9, 10**10 - 1)},{r.randint(0, 400)},"
                   f"{r.randint(29, 2990)}.00\n" for _ in range(4))
    return [
        "Stock extract. Flag SKUs with fewer than 20 units and suggest reorder quantities:\n", "sku,ean13,on_hand,price_thb\n", rows,
    ]


@T("retail", neg=True)
def neg_openai_body_product_copy(r: random.Random) -> list:
    return [
        '{"model": "gpt-4o-mini", "messages": [{"role": "system", "content": "คุณเป็นนักเขียนคำโฆษณา"}, ',
        '{"role": "user", "content": "เขียนคำบรรยายสินค้า หม้อทอดไร้น้ำมัน 5.5 ลิตร ราคา ', f"{r.randint(1990, 4990):,}",
        ' บาท รับประกัน 2 ปี สำหรับแคมเปญ 11.11 ความยาว 3 บรรทัด"}], "temperature": 0.8, "n": 3}',
    ]


@T("legal", neg=True)
def neg_gemini_body_translate_notice(r: random.Random) -> list:
    return [
        '{"contents": [{"role": "user", "parts": [{"text": "Translate into English, keep headings: \\n',
        "ประกาศความเป็นส่วนตัว บริษัทเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็น ท่านสามารถใช้สิทธิขอเข้าถึงหรือลบข้อมูลได้โดยติดต่อ",
        'เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลที่ dpo@', r.choice(["thaibev-example.co.th", "siamretail.co.th"]),
        ' หรือ privacy@', r.choice(["siamretail.co.th", "krungsiam.co.th"]), '"}]}], "generationConfig": {"temperature": 0.2}}',
    ]


@T("ecommerce", neg=True)
def neg_stacktrace_order_service(r: random.Random) -> list:
    return [
        f"{ts(r)}.{r.randint(100, 999)} ERROR [order-worker-{r.randint(1, 8)}] OrderService - failed to settle\n",
        f"java.lang.NullPointerException: Cannot invoke \"Voucher.getAmount()\" because \"v\" is null (order={order_no(r)}, "
        f"trace={uid(r)})\n",
        "\tat th.shop.order.OrderService.settle(OrderService.java:311)\n\tat th.shop.order.SettleJob.run(SettleJob.java:52)\n",
        "ช่วยแนะนำวิธีแก้",
    ]


@T("platform", neg=True)
def neg_redis_info_metrics(r: random.Random) -> list:
    return [
        "redis INFO memory ตอน latency สูง ช่วยอ่านค่าให้หน่อย\n",
        f"used_memory:{r.randint(10**9, 4 * 10**9)}\nused_memory_human:{r.randint(1, 4)}.{r.randint(10, 99)}G\n",
        f"mem_fragmentation_ratio:{r.randint(1, 3)}.{r.randint(10, 99)}\nevicted_keys:{r.randint(0, 90000)}\n",
        f"maxmemory_policy:allkeys-lru\nrdb_last_save_time:{epoch_s(r)}",
    ]


@T("software", neg=True)
def neg_git_log_oneline(r: random.Random) -> list:
    msgs = ["fix(otp): debounce resend button", "chore(deps): bump axios to 1.7.9", "feat(kyc): add NDID fallback",
            "refactor: extract consent client", "test: synthetic customer factory"]
    lines = "".join(f"{hexs(r, 7)} {m}\n" for m in msgs)
    return ["Write release notes (Thai + English) from this log:\n\n", lines]


@T("finance", neg=True)
def neg_fx_rates_api(r: random.Random) -> list:
    asof, nxt = epoch_pair(r, 3_700_000)
    return [
        "FX rate API ตอบแบบนี้ ช่วยเขียนฟังก์ชันแปลง USD→THB ที่ใช้ rate ล่าสุดและ cache 5 นาที\n",
        '{"base": "USD", "asof_ms": ', asof, ', "rates": {"THB": ', f"{r.randint(32, 36)}.{r.randint(1000, 9999)}",
        ', "JPY": ', f"{r.randint(140, 160)}.{r.randint(10, 99)}", '}, "next_update_ms": ', nxt, '}',
    ]


@T("insurance", neg=True)
def neg_rag_policy_wording(r: random.Random) -> list:
    return [
        "[chunk from กรมธรรม์ประกันสุขภาพ_เงื่อนไขทั่วไป.pdf, p.", str(r.randint(3, 12)), "]\n",
        "ข้อ 4 ข้อยกเว้นทั่วไป การประกันภัยนี้ไม่คุ้มครองค่าใช้จ่ายที่เกิดจาก (1) โรคที่เป็นมาก่อนการทำสัญญา (2) การรักษาภาวะมีบุตรยาก "
        "(3) การตรวจทางพันธุกรรม เว้นแต่แพทย์สั่ง … ระยะเวลารอคอย 30 วัน, 120 วันสำหรับเนื้องอกและริดสีดวงทวาร\n",
        "Question: ลูกค้าสมัครเดือนที่แล้ว ตอนนี้ผ่าตัดไส้ติ่งได้ไหม (คำถามทั่วไป ไม่มีเคสจริง)",
    ]


@T("hospital", neg=True)
def neg_bed_occupancy_dashboard(r: random.Random) -> list:
    rows = "".join(f"{w:<14}{r.randint(20, 60):>5}{r.randint(60, 100):>7}%\n" for w in ("อายุรกรรมชาย", "ศัลยกรรมหญิง", "ICU", "กุมารเวช"))
    return [
        "ข้อมูลอัตราครองเตียงรายวอร์ด (รวม ไม่มีรายชื่อผู้ป่วย) ช่วยทำ executive summary และ alert rule เมื่อเกิน 90%\n",
        "ward           beds  occupancy\n", rows,
    ]


@T("data_platform", neg=True)
def neg_anthropic_body_sql_help(r: random.Random) -> list:
    return [
        '{"model": "claude-sonnet-4-5", "max_tokens": 2000, "messages": [{"role": "user", "content": "Given tables ',
        "orders(order_id, customer_id, amount, created_at) and customers(customer_id, segment, province), write a PostgreSQL "
        f"query for monthly revenue per segment for the last {r.randint(6, 18)} months, with a window function for MoM growth.", '"}]}',
    ]


@T("retail", neg=True)
def neg_support_macros_role_mailbox(r: random.Random) -> list:
    return [
        "Improve these support macros. Keep placeholders as is.\n\n",
        "[REFUND_DELAY] Hi {{first_name}}, your refund for {{order_no}} is being processed and usually takes 7-14 days. "
        "If it is not received, reply to support@", r.choice(["siamretail.co.th", "shopdee.co.th"]), ".\n",
        "[ADDRESS_CHANGE] Hi {{first_name}}, we can update the address until the parcel is packed. Please email "
        "help@", r.choice(["siamretail.co.th", "shopdee.co.th"]), " with {{order_no}}.\n",
    ]


@T("platform", neg=True)
def neg_cron_batch_log_epochs(r: random.Random) -> list:
    out = ["batch รายวันรันนานขึ้นเรื่อย ๆ ช่วยดู run history\n", "run_id,started_ms,finished_ms,rows\n"]
    for _ in range(2):
        start, end = epoch_pair(r)
        out += [f"run-{hexs(r, 8)},", start, ",", end, f",{r.randint(10**5, 10**6)}\n"]
    return out



@T("retail", neg=True)
def neg_line_broadcast_api_body(r: random.Random) -> list:
    return [
        "body ที่ยิง LINE Messaging API แบบ broadcast ได้ 400 ช่วยดูว่า flex message ผิดตรงไหน\n",
        '{"messages": [{"type": "flex", "altText": "ลดสูงสุด 50% วันนี้ถึงสิ้นเดือน", "contents": {"type": "bubble", ',
        '"body": {"type": "box", "layout": "vertical", "contents": [{"type": "text", "text": "โค้ด MEGA', str(r.randint(10, 99)),
        ' ลดเพิ่ม ', str(r.randint(50, 300)), ' บาท", "wrap": true}]}}}], "notificationDisabled": false}',
    ]


@T("education", neg=True)
def neg_school_timetable_tsv(r: random.Random) -> list:
    rows = "".join(f"{d}\t{r.choice(['ค21101', 'ว21101', 'อ21101'])}\tห้อง {r.randint(101, 420)}\t{r.randint(8, 14)}:00\n"
                   for d in ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี"))
    return [
        "ตารางสอน ม.1 (วางจาก Excel) ช่วยหาคาบที่ชนกันและจัดใหม่ให้ไม่เกิน 6 คาบต่อวัน\n", "วัน\tรหัสวิชา\tห้อง\tเวลา\n", rows,
    ]


# ==============================================================================================
# Build, check, write
# ==============================================================================================
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
        row["id"] = f"f22-{n:04d}"
    return shuffled


def coverage(rows: list[dict]) -> Counter:
    return Counter(t for r in rows for t in {e["entity_type"] for e in r["entities"]})


def english_only_share(rows: list[dict]) -> float:
    return sum(not re.search(r"[\u0e00-\u0e7f]", r["text"]) for r in rows) / len(rows)


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
        negatives = sum(r["negative"] for r in rows)
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={negatives} ({negatives / len(rows):.1%}) "
              f"english_only={english_only_share(rows):.1%}")
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
            print(f"{args.out} is stale: rerun bench/make_freshset22.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
