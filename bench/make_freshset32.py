"""Thirty-second blind held-out set for pdpa-guard: bench/freshset32.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md and the interface of tests/test_freshsets.py only. Emphasis: agentic LLM traffic as text --
tool/function-call arguments and results (CRM, ticketing, calendar, payments, HR systems) serialised as
JSON (some with ensure_ascii escapes such as \\u0e2a, some nested as escaped JSON strings inside
``arguments``), multi-turn histories carrying a persisted user-memory block, RAG prompts with several
retrieved chunks (policies, past tickets, patient letters, contracts), filled structured-output schemas,
batch embedding inputs, evaluation and few-shot sets, agent scratchpads and traces; Thai, English and
mixed, some as markdown tables. Negatives come from the same traffic: system prompts, tool schemas, API
docs, few-shot sets that say they are fictional (placeholders only), traces whose numbers are request
IDs, trace IDs and epoch milliseconds, product catalogues, policies and statistics.

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are fabricated;
names are hand-written in this file (Faker is never used for a value).

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, Mr, Dr
...); staff, doctors and agents named in the traffic are persons too; ADDRESS is one span from the house
number to the postcode (or province); DATE_OF_BIRTH is the date only; cued numbers (HN, student ID,
account ...) are the number only; a plate includes the province written right after it; s.26 spans are
the shortest phrase disclosing the fact about the person (the writer included). Role mailboxes (info@,
hr@, support@ ...), company hotlines given as short codes, request/trace IDs and public figures in news
or history are not personal data and are left unlabelled. In JSON written with ensure_ascii, a labelled
value is the escaped text exactly as it appears in the prompt; names in such bodies are romanised.

    python bench/make_freshset32.py            # (re)write bench/freshset32.jsonl
    python bench/make_freshset32.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset32.py --stats    # print coverage
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

OUT = Path(__file__).resolve().parent / "freshset32.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset32"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_GIVEN = [
    "กนกวรรณ", "จักรพันธ์", "ชุติมา", "ณัฐพล", "ดารุณี", "ทศพล", "ธิดารัตน์", "นพดล", "บุษบา", "ปกรณ์",
    "ผกามาศ", "พัชราภรณ์", "ภัทรา", "มานพ", "ยุพดี", "รังสิมันต์", "ลัดดาวัลย์", "วรพจน์", "ศศิธร", "สมพงษ์",
    "หทัยรัตน์", "อดิศักดิ์", "อรวรรณ", "เกียรติศักดิ์", "เจนจิรา", "ไชยา", "ฐิติพร", "ทรงศักดิ์", "นันทนา",
    "ประภาพร", "พีระพงษ์", "มยุรี", "วิชัย", "สุดารัตน์", "อนันต์", "เบญจวรรณ", "ชลธิชา", "ธนวัฒน์", "ปิยะพงษ์",
    "รุ่งนภา", "สิทธิชัย", "อัมพร", "คมสัน", "จารุวรรณ", "ณรงค์", "ทองสุข", "บุญส่ง", "พรรณี", "ยศพล", "วาสนา",
    "ศักดิ์ชัย", "สมใจ", "อำนาจ", "แสงเดือน", "นิภาพร", "ชาญวิทย์", "กัลยา", "ธีระ", "ปราณี", "วัชระ",
    "สุภาวดี", "เอื้อมพร", "ภูมิพัฒน์", "กิตติยา", "พิชญ์สินี", "ธัญญ์ชนก", "ปุณยวีร์", "ศิรประภา", "อิทธิพล",
    "บุญเลิศ", "คำแปง", "จำเนียร", "สายทอง", "ฮาซัน", "ซูไรดา", "อับดุลเลาะ", "นูรีซัน", "มารีแย",
]
TH_SUR = [
    "แก้วมณี", "ศรีสุข", "บุญประเสริฐ", "วงศ์ใหญ่", "ทองคำ", "สุขเจริญ", "ปัญญาดี", "รัตนพันธ์", "เพชรรัตน์",
    "จันทร์แก้ว", "ชัยมงคล", "ศรีวิไล", "อินทร์แก้ว", "พรหมมา", "บุญมาก", "ทองดี", "แสงอรุณ", "วัฒนากุล",
    "เลิศวิริยะ", "ธนสาร", "กิตติวงศ์", "สมบูรณ์ชัย", "นาคสวัสดิ์", "ประเสริฐสุข", "มีทรัพย์", "ขำวิไล",
    "เจริญผล", "ดวงแก้ว", "สิทธิโชค", "อุ่นเรือน", "พึ่งบุญ", "คงสวัสดิ์", "ลิ้มเจริญ", "แซ่ตั้ง", "แซ่ลี้",
    "อัศวเมธี", "ตันติวงศ์", "บุญเรือง", "หอมจันทร์", "ปานทอง", "ชูศรี", "มณีวงศ์", "นิลสุวรรณ", "ใจมั่น",
    "คำภิระ", "ยอดเมือง", "หมัดอะดั้ม", "สาและ", "เจ๊ะมะ", "อาแวบือซา", "ไชยวงค์", "ศรีบุญเรือง", "โพธิ์ทอง",
]
ROMAN = [
    ("Kanokwan", "Srisuk"), ("Natthaphon", "Kaewmanee"), ("Chutima", "Boonprasert"), ("Thitiporn", "Wongyai"),
    ("Pakorn", "Thongkham"), ("Nopadol", "Sukcharoen"), ("Busaba", "Panyadee"), ("Wasana", "Rattanapan"),
    ("Adisak", "Phetrat"), ("Sirinya", "Chanthakaew"), ("Teerapat", "Chaimongkol"), ("Jenjira", "Srivilai"),
    ("Kittisak", "Intharakaew"), ("Pimpaka", "Prommas"), ("Worapoj", "Boonmak"), ("Sudarat", "Thongdee"),
    ("Anan", "Saengarun"), ("Yupadee", "Wattanakul"), ("Thanawat", "Lertwiriya"), ("Ratchanok", "Tanasarn"),
    ("Pornthip", "Nakswat"), ("Chanwit", "Meesap"), ("Duangjai", "Khamwilai"), ("Somkiat", "Limcharoen"),
    ("Nualchan", "Tantiwong"), ("Phuwadol", "Hormchan"), ("Arisa", "Panthong"), ("Yossapol", "Chaisri"),
]
FOREIGN = [
    "Aung Ko Ko", "Thida Win", "Zaw Min Htet", "Nang Seng Hom", "Saw Eh Htoo", "Souksavanh Phommachanh",
    "Keo Vongsa", "Sokha Chea", "Dara Meas", "Li Wenjie", "Chen Yuting", "Tanaka Hiroshi", "Emily Carter",
    "Marcus Lindqvist", "Sophie Dubois", "Daniel O'Connor", "Priya Raman", "Nguyen Thi Lan", "Rahul Mehta",
]
TH_NICK = ["ต้น", "แพร", "บีม", "ฝ้าย", "โอ๊ต", "เมย์", "กอล์ฟ", "ปุ้ย", "นุ่น", "ตั้ม", "แนน", "มายด์", "ไอซ์"]
ROMAN_NICK = ["ton", "prae", "beam", "fai", "oat", "may", "golf", "pui", "noon", "tum", "nan", "mild", "ice",
              "bank", "pond", "jeab", "kwan"]
PAIRED = [("กนกวรรณ ศรีสุข", "Kanokwan Srisuk"), ("ณัฐพล แก้วมณี", "Natthaphon Kaewmanee"),
          ("ชุติมา บุญประเสริฐ", "Chutima Boonprasert"), ("ปกรณ์ ทองคำ", "Pakorn Thongkham"),
          ("บุษบา ปัญญาดี", "Busaba Panyadee"), ("อดิศักดิ์ เพชรรัตน์", "Adisak Phetrat"),
          ("เจนจิรา ศรีวิไล", "Jenjira Srivilai"), ("สุดารัตน์ ทองดี", "Sudarat Thongdee"),
          ("อนันต์ แสงอรุณ", "Anan Saengarun"), ("ยุพดี วัฒนากุล", "Yupadee Wattanakul")]
DOCTORS = ["วีรยุทธ ธนสาร", "อรอนงค์ มณีวงศ์", "ภาคิน ศรีประเสริฐ", "ณิชา ตันติวงศ์", "ธวัช อัศวเมธี"]
DOCTORS_EN = ["Dr. Weerayut Tanasarn", "Dr. Orn-anong Maneewong", "Dr. Pakin Sriprasert", "Dr. Nicha Tantiwong"]


def thn(r: random.Random) -> str:
    return f"{r.choice(TH_GIVEN)} {r.choice(TH_SUR)}"


def given(r: random.Random) -> str:
    return r.choice(TH_GIVEN)


def rom(r: random.Random) -> str:
    g, s = r.choice(ROMAN)
    return f"{g} {s}"


def rom_gs(r: random.Random) -> tuple[str, str]:
    return r.choice(ROMAN)


def foreign(r: random.Random) -> str:
    return r.choice(FOREIGN)


def nick(r: random.Random) -> str:
    return r.choice(TH_NICK)


def ttl(r: random.Random) -> str:
    return r.choice(["นาย", "นาง", "นางสาว", "น.ส.", "คุณ"])


# ----------------------------------------------------------------------------------------------
# Fabricated values
# ----------------------------------------------------------------------------------------------
def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def nid(r: random.Random, style: str | None = None) -> str:
    body = str(r.randint(1, 8)) + _digits(r, 11)
    d = body + pin.calc_check_digit(body)
    style = style or r.choice(["dash", "plain", "space", "plain"])
    if style == "plain":
        return d
    sep = "-" if style == "dash" else " "
    return sep.join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def bad_nid(r: random.Random) -> str:
    """13 digits shaped like an ID whose checksum fails (documentation / test-fixture style)."""
    while True:
        d = str(r.randint(1, 8)) + _digits(r, 12)
        if not pin.is_valid(d):
            return "-".join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def juristic(r: random.Random, style: str | None = None) -> str:
    body = "0" + r.choice(["105", "107", "135", "205", "505", "835"]) + _digits(r, 8)
    d = body + moa.calc_check_digit(body)
    style = style or r.choice(["plain", "dash", "plain"])
    if style == "plain":
        return d
    return "-".join([d[0], d[1:3], d[3], d[4:7], d[7:12], d[12]])


def epoch_ms(r: random.Random, lo: int = 1_700_000_000_000, hi: int = 1_880_000_000_000) -> str:
    """A 13-digit epoch-ms value (2023-2029) that happens to pass the Thai ID checksum."""
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
    prefix = r.choice(["4", "4", "52", "54", "3530", "2223", "4966"])
    body = prefix + _digits(r, 15 - len(prefix))
    d = next(body + c for c in "0123456789" if _luhn_ok(body + c))
    style = style or r.choice(["space", "dash", "plain"])
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
        d = "0" + r.choice(["6", "8", "9"]) + _digits(r, 8)
        n = d[1:]
        s = style or r.choice(["dash", "plain", "intl", "space", "e164", "dash"])
        v = {"dash": f"{d[:3]}-{d[3:6]}-{d[6:]}", "plain": d, "space": f"{d[:3]} {d[3:6]} {d[6:]}",
             "intl": f"+66 {n[:2]} {n[2:5]} {n[5:]}", "e164": f"+66{n}"}[s]
        if _valid_phone(v):
            return v


def landline(r: random.Random) -> str:
    while True:
        area = r.choice(["02", "053", "043", "074", "038", "076"])
        rest = _digits(r, 9 - len(area))
        if area == "02":
            rest = str(r.randint(2, 9)) + rest[1:]
            v = f"02-{rest[:3]}-{rest[3:]}"
        else:
            v = f"{area}-{rest[:3]}-{rest[3:]}"
        if _valid_phone(v):
            return v


def foreign_phone(r: random.Random) -> str:
    while True:
        v = r.choice([f"+95 9 {r.randint(250, 799)} {r.randint(100, 999)} {r.randint(100, 999)}",
                      f"+856 20 {r.randint(5000, 9999)} {r.randint(1000, 9999)}",
                      f"+855 {r.choice(['12', '17', '92'])} {r.randint(100, 999)} {r.randint(100, 999)}"])
        if _valid_phone(v):
            return v


def lao_phone(r: random.Random) -> str:
    while True:
        v = f"+856 20 {r.randint(5000, 9999)} {r.randint(1000, 9999)}"
        if _valid_phone(v):
            return v


EMAIL_FREE = ["gmail.com", "hotmail.com", "outlook.co.th", "yahoo.com", "icloud.com", "proton.me"]


def email(r: random.Random, person: str | None = None, domain: str | None = None) -> str:
    if person and re.fullmatch(r"[A-Za-z' ]+", person):
        parts = person.replace("'", "").lower().split()
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
    return f"2001:fb1:{r.randint(0x10, 0xfff):x}:{r.randint(0, 0xffff):x}:{r.randint(1, 0xffff):x}::{r.randint(1, 0xff):x}"


def passport(r: random.Random, kind: str = "th") -> str:
    if kind == "th":
        return r.choice(["AA", "AB", "AC", "A"]) + _digits(r, 7)
    if kind == "mm":
        return r.choice(["MD", "ME", "MF"]) + _digits(r, 6)
    if kind == "la":
        return "P" + _digits(r, 7)
    return r.choice(["E", "C", "K", "XR"]) + _digits(r, 7)


BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา", "ทีทีบี", "ออมสิน", "ธ.ก.ส.", "ยูโอบี"]
BANKS_EN = ["KBANK", "SCB", "BBL", "KTB", "BAY", "TTB", "GSB", "BAAC", "UOB"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    d = _digits(r, 10)
    style = style or r.choice(["dash", "plain", "dash", "twelve"])
    if style == "plain":
        return d
    if style == "twelve":
        return "0" + _digits(r, 11)
    return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"


PLATE_LETTERS = ["กข", "ขก", "ฆม", "งบ", "ชค", "ฌล", "ญย", "ฐน", "ธม", "บจ", "พล", "วท", "สห", "อก", "ฮฮ"]
PROVINCES = ["กรุงเทพมหานคร", "นนทบุรี", "ปทุมธานี", "สมุทรปราการ", "ชลบุรี", "เชียงใหม่", "ขอนแก่น",
             "นครราชสีมา", "ภูเก็ต", "สงขลา", "อุบลราชธานี", "พิษณุโลก", "สุราษฎร์ธานี", "ราชบุรี"]


def plate(r: random.Random) -> str:
    num = str(r.randint(1, 9999))
    letters = r.choice(PLATE_LETTERS)
    prov = r.choice(PROVINCES)
    form = r.choice(["pre", "plain", "dash", "pre"])
    core = {"pre": f"{r.randint(1, 9)}{letters} {num}", "plain": f"{letters} {num}",
            "dash": f"{letters}-{num}"}[form]
    return f"{core} {prov}"


ADDR_AREAS = [
    ("แขวงจอมพล", "เขตจตุจักร", "กรุงเทพมหานคร", "10900"),
    ("แขวงสามเสนใน", "เขตพญาไท", "กรุงเทพฯ", "10400"),
    ("แขวงพระโขนงเหนือ", "เขตวัฒนา", "กรุงเทพมหานคร", "10110"),
    ("แขวงหัวหมาก", "เขตบางกะปิ", "กรุงเทพฯ", "10240"),
    ("แขวงบางแค", "เขตบางแค", "กรุงเทพมหานคร", "10160"),
    ("ต.ช้างเผือก", "อ.เมืองเชียงใหม่", "จ.เชียงใหม่", "50300"),
    ("ต.ศิลา", "อ.เมืองขอนแก่น", "จ.ขอนแก่น", "40000"),
    ("ต.บางกระสอ", "อ.เมืองนนทบุรี", "จ.นนทบุรี", "11000"),
    ("ต.คอหงส์", "อ.หาดใหญ่", "จ.สงขลา", "90110"),
    ("ต.บ้านสวน", "อ.เมืองชลบุรี", "จ.ชลบุรี", "20000"),
    ("ตำบลประชาธิปัตย์", "อำเภอธัญบุรี", "จังหวัดปทุมธานี", "12130"),
    ("ตำบลในเมือง", "อำเภอเมืองนครราชสีมา", "จังหวัดนครราชสีมา", "30000"),
    ("ต.สะเตง", "อ.เมืองยะลา", "จ.ยะลา", "95000"),
    ("ต.แม่ปะ", "อ.แม่สอด", "จ.ตาก", "63110"),
    ("ต.รัษฎา", "อ.เมืองภูเก็ต", "จ.ภูเก็ต", "83000"),
    ("ต.มะขามเตี้ย", "อ.เมืองสุราษฎร์ธานี", "จ.สุราษฎร์ธานี", "84000"),
]
STREETS_BKK = ["ซอยพหลโยธิน 32", "ซ.สุขุมวิท 63", "ซอยรามคำแหง 53", "ถนนพระราม 9", "ซอยเพชรเกษม 69",
               "ถนนวิภาวดีรังสิต", "ซ.ลาดพร้าว 101"]
STREETS_PROV = ["ถ.นิมมานเหมินท์", "ถนนมิตรภาพ", "ถ.เพชรเกษม", "ถนนกาญจนวณิชย์", "ซอย 5", "ถ.สุขุมวิท"]
ADDR_EN = [
    ("Soi Sukhumvit 63", "Khlong Tan Nuea", "Watthana", "Bangkok", "10110"),
    ("Chang Khlan Rd.", "Chang Khlan", "Mueang Chiang Mai", "Chiang Mai", "50100"),
    ("Phahonyothin Rd.", "Chom Phon", "Chatuchak", "Bangkok", "10900"),
    ("Rat-U-Thit 200 Pi Rd.", "Patong", "Kathu", "Phuket", "83150"),
    ("Soi Buakhao", "Nong Prue", "Bang Lamung", "Chon Buri", "20150"),
    ("Mittraphap Rd.", "Nai Mueang", "Mueang Khon Kaen", "Khon Kaen", "40000"),
]


def house(r: random.Random) -> str:
    return r.choice([str(r.randint(1, 999)), f"{r.randint(1, 399)}/{r.randint(1, 250)}"])


def addr(r: random.Random, en: bool = False, short: bool = False) -> str:
    if en:
        st, sub, dist, prov, pc = r.choice(ADDR_EN)
        unit = r.choice(["", f"Moo {r.randint(1, 12)}, ", f"Room {r.randint(101, 1905)}, "])
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


def dob(r: random.Random, style: str | None = None, lo: int = 1955, hi: int = 2007) -> str:
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
    style = style or r.choice(["ten", "ten", "dash", "letter", "school"])
    if style == "ten":
        return f"{yy}{r.randint(10, 99)}{r.randint(100000, 999999)}"
    if style == "dash":
        return f"{yy}-{r.randint(1000, 9999)}-{r.randint(100, 999)}"
    if style == "letter":
        return f"{r.choice('BMSU')}{yy}{r.randint(10000, 99999)}"
    return str(r.randint(10000, 59999))


def hn(r: random.Random, style: str | None = None) -> str:
    yy = r.randint(55, 68)
    style = style or r.choice(["slash", "dash", "plain", "rev"])
    if style == "slash":
        return f"{r.randint(10000, 99999)}/{yy}"
    if style == "dash":
        return f"{yy}-{r.randint(10000, 999999):06d}"
    if style == "rev":
        return f"{r.randint(100000, 999999)}-{yy}"
    return f"{r.randint(1000000, 9999999)}"


def line_id(r: random.Random, base: str | None = None) -> str:
    b = (base or r.choice(ROMAN_NICK)).lower()
    return r.choice([f"{b}{r.randint(1, 99)}", f"{b}_{r.choice(['za', 'jung', 'naja', 'kub', 'bkk'])}",
                     f"{b}.{r.choice(['cnx', 'kk', 'hy', 'pk'])}{r.randint(0, 9)}", f"{b}{b[-1]}{b[-1]}",
                     f"{r.choice(['nong', 'p', 'khun'])}{b}"])


def order_no(r: random.Random, prefix: str = "ORD") -> str:
    return f"{prefix}-{r.randint(2400000, 2699999)}-{r.randint(1000, 9999)}"


def amount(r: random.Random, lo: int = 100, hi: int = 90000) -> str:
    return f"{r.randint(lo, hi):,}"


def hexs(r: random.Random, n: int = 16) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uuid(r: random.Random) -> str:
    h = hexs(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def hhmm(r: random.Random) -> str:
    return f"{r.randint(8, 20):02d}:{r.choice(['00', '15', '30', '45'])}"


def day_iso(r: random.Random, year: int = 2026) -> str:
    return f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64(r: random.Random, n: int = 44) -> str:
    return "".join(r.choice(_B64) for _ in range(n))


def vec(r: random.Random, n: int = 6, ellipsis: bool = True) -> str:
    xs = [f"{r.uniform(-0.25, 0.25):.4f}" for _ in range(n)]
    return "[" + ", ".join(xs[:-1]) + (", ..., " if ellipsis else ", ") + xs[-1] + "]"


def uesc(s: str) -> str:
    """How json.dumps(ensure_ascii=True) writes a string (without the quotes)."""
    return json.dumps(s, ensure_ascii=True)[1:-1]


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
        return not re.search(r"\d|\\u|^(นาย|นาง|น\.ส\.|คุณ|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) ", span)
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
    fn: Callable[[random.Random], list]


TEMPLATES: list[Template] = []


def T(domain: str, neg: bool = False, hard: str | None = None) -> Callable:
    def deco(fn: Callable[[random.Random], list]) -> Callable[[random.Random], list]:
        TEMPLATES.append(Template(fn.__name__, domain, neg or hard is not None, hard, fn))
        return fn
    return deco


def _e(etype: str) -> Callable[[str], tuple[str, str]]:
    return lambda v: (etype, v)


PER, PHO, EML, CC, IP = _e("PERSON"), _e("PHONE_NUMBER"), _e("EMAIL_ADDRESS"), _e("CREDIT_CARD"), _e("IP_ADDRESS")
NID, PP, ACC, PLT, ADR = (_e("TH_NATIONAL_ID"), _e("TH_PASSPORT"), _e("TH_BANK_ACCOUNT"), _e("TH_VEHICLE_PLATE"),
                          _e("ADDRESS"))
DOB, SID, MRN, LID, JUR = (_e("DATE_OF_BIRTH"), _e("STUDENT_ID"), _e("MEDICAL_RECORD_NUMBER"), _e("LINE_ID"),
                           _e("TH_JURISTIC_ID"))
HEA, REL, ETH, POL, CRI = (_e("HEALTH_DATA"), _e("RELIGION"), _e("ETHNICITY"), _e("POLITICAL_OPINION"),
                           _e("CRIMINAL_RECORD"))
SEX, DIS, UNI, GEN, BIO = (_e("SEXUAL_BEHAVIOUR"), _e("DISABILITY"), _e("TRADE_UNION"), _e("GENETIC_DATA"),
                           _e("BIOMETRIC_DATA"))


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


# ---- JSON / table builders that keep entity tuples as parts ----------------------------------
class S:
    """A JSON string value assembled from plain strings and entity tuples (each escaped as JSON would)."""

    def __init__(self, *parts: object) -> None:
        self.parts = _flatten(list(parts))


class Raw:
    """An entity written unquoted in JSON (a number)."""

    def __init__(self, ent: tuple[str, str]) -> None:
        self.ent = ent


def _js(s: str, asc: bool) -> str:
    return json.dumps(s, ensure_ascii=asc)[1:-1]


def J(obj: object, indent: int | None = None, asc: bool = False, tight: bool = False, _lvl: int = 0) -> list:
    """Serialise like json.dumps, returning parts in which entity tuples survive as tuples."""
    if isinstance(obj, tuple):
        return ['"', (obj[0], _js(obj[1], asc)), '"']
    if isinstance(obj, S):
        out: list = ['"']
        for p in obj.parts:
            out.append((p[0], _js(p[1], asc)) if isinstance(p, tuple) else _js(p, asc))
        return [*out, '"']
    if isinstance(obj, Raw):
        return [obj.ent]
    if isinstance(obj, (dict, list)):
        if not obj:
            return ["{}" if isinstance(obj, dict) else "[]"]
        opn, cls = ("{", "}") if isinstance(obj, dict) else ("[", "]")
        items = list(obj.items()) if isinstance(obj, dict) else [(None, v) for v in obj]
        if indent is None:
            sep, kv = ("," if tight else ", "), (":" if tight else ": ")
            out = [opn]
            for i, (k, v) in enumerate(items):
                if i:
                    out.append(sep)
                if k is not None:
                    out.append(json.dumps(k, ensure_ascii=asc) + kv)
                out.extend(J(v, None, asc, tight, _lvl + 1))
            return [*out, cls]
        pad, pad_in = " " * (indent * _lvl), " " * (indent * (_lvl + 1))
        out = [opn + "\n"]
        for i, (k, v) in enumerate(items):
            out.append(pad_in + (json.dumps(k, ensure_ascii=asc) + ": " if k is not None else ""))
            out.extend(J(v, indent, asc, tight, _lvl + 1))
            out.append(",\n" if i < len(items) - 1 else "\n")
        return [*out, pad + cls]
    return [json.dumps(obj, ensure_ascii=asc)]


def md(header: list[str], rows: list[list]) -> list:
    out: list = ["| " + " | ".join(header) + " |\n", "|" + "|".join("---" for _ in header) + "|\n"]
    for row in rows:
        out.append("| ")
        for i, c in enumerate(row):
            if i:
                out.append(" | ")
            out.append(c)
        out.append(" |\n")
    return out


def pick(r: random.Random, *lists: list[str]) -> str:
    return r.choice(r.choice(lists))


# ----------------------------------------------------------------------------------------------
# s.26 vocabulary (phrases stated of a person; the labelled span is the phrase itself)
# ----------------------------------------------------------------------------------------------
HEALTH_TH = ["เบาหวานชนิดที่ 2", "ความดันโลหิตสูง", "โรคซึมเศร้า", "มะเร็งลำไส้ใหญ่ระยะที่ 3", "วัณโรคปอด",
             "ไตเสื่อมระยะที่ 4", "ไวรัสตับอักเสบซีเรื้อรัง", "โรคหืด", "โรคไบโพลาร์", "ไขมันในเลือดสูง",
             "เส้นเลือดในสมองตีบ", "ติดเชื้อเอชไอวี", "โรคลมชัก", "โรคแพนิค", "ภาวะหัวใจล้มเหลว", "โรคเกาต์",
             "โรคพาร์กินสัน", "ต้อกระจกตาขวา", "นิ่วในถุงน้ำดี", "โรคสะเก็ดเงิน"]
HEALTH_EN = ["type 2 diabetes", "major depressive disorder", "stage III colon cancer", "hypertension",
             "chronic kidney disease stage 4", "HIV-positive", "pulmonary TB", "generalised anxiety disorder",
             "epilepsy", "chronic hepatitis C", "bipolar II disorder", "asthma", "heart failure", "ADHD",
             "post-traumatic stress disorder", "rheumatoid arthritis"]
HEALTH_DRUG = ["Metformin 850 mg", "Sertraline 50 mg", "TDF/FTC (PrEP)", "Insulin aspart", "Lithium 300 mg",
               "Valproate 500 mg", "Warfarin 3 mg", "Fluoxetine 20 mg", "Methylphenidate 10 mg",
               "Dolutegravir 50 mg"]
ICD = [("E11.9", "Type 2 diabetes mellitus"), ("F32.1", "Moderate depressive episode"), ("I10", "Essential hypertension"),
       ("C18.7", "Malignant neoplasm of sigmoid colon"), ("B20", "HIV disease"), ("F41.0", "Panic disorder"),
       ("N18.4", "Chronic kidney disease, stage 4"), ("G40.9", "Epilepsy, unspecified")]
RELIGION_TH = ["นับถือศาสนาอิสลาม", "นับถือศาสนาคริสต์", "เป็นมุสลิม", "เป็นคริสเตียน", "นับถือศาสนาพุทธ",
               "นับถือศาสนาซิกข์", "นับถือศาสนาฮินดู", "เป็นคาทอลิก", "เป็นพยานพระยะโฮวา"]
RELIGION_WORD = ["อิสลาม", "คริสต์", "พุทธ", "ซิกข์", "ฮินดู"]
RELIGION_EN = ["Muslim", "Christian", "Buddhist", "Hindu", "Sikh", "Catholic", "Jehovah's Witness"]
ETH_TH = ["ชาวกะเหรี่ยง", "ชาวม้ง", "ชาวไทใหญ่", "เชื้อสายมลายู", "ชาวอาข่า", "ชาวลาหู่", "เชื้อสายมอญ",
          "ชาวมอแกน", "ชาวเขมรถิ่นไทย", "ชาวลีซู", "ชาวเมี่ยน", "ชาวลัวะ"]
ETH_EN = ["ethnic Karen", "Hmong", "Shan", "Akha", "Rohingya", "Lahu", "Mon", "Malay Muslim", "Moken"]
POL_TH = ["สนับสนุนพรรคฝ่ายค้าน", "ไปร่วมชุมนุมต้านรัฐบาล", "เป็นสมาชิกพรรคการเมือง", "เป็นหัวคะแนนให้ผู้สมัครพรรครัฐบาล",
          "เป็นแอดมินเพจการเมืองฝ่ายประชาธิปไตย", "เคยเป็นการ์ดม็อบ", "โพสต์สนับสนุนให้ยกเลิก ม.112",
          "ไม่ชอบรัฐบาลชุดนี้และจะไม่เลือกพรรคนี้อีก", "บริจาคเงินให้พรรคการเมือง"]
POL_EN = ["supports the opposition party", "joined the anti-government protest", "a registered party member",
          "volunteers for a pro-democracy group", "strongly royalist", "campaigned against the ruling party"]
CRIM_TH = ["เคยต้องโทษจำคุกคดียาเสพติด", "ถูกจับข้อหาลักทรัพย์", "มีประวัติคดีฉ้อโกง", "ถูกพิพากษาจำคุก 6 เดือน รอลงอาญา",
           "เคยถูกจับคดีเมาแล้วขับ", "อยู่ระหว่างคุมประพฤติ", "มีหมายจับคดียักยอกทรัพย์", "เคยติดคุกคดีทำร้ายร่างกาย",
           "ถูกดำเนินคดีพนันออนไลน์"]
CRIM_EN = ["convicted of fraud in 2021", "arrested for drug possession", "served 14 months for theft",
           "on probation for assault", "a prior DUI conviction", "an outstanding arrest warrant",
           "convicted of embezzlement"]
SEX_TH = ["เป็นเกย์", "เป็นหญิงรักหญิง", "มีคู่นอนหลายคน", "มีเพศสัมพันธ์โดยไม่ใช้ถุงยาง", "เป็นไบเซ็กชวล",
          "มีความสัมพันธ์ชู้สาวกับเพื่อนร่วมงาน", "ชายที่มีเพศสัมพันธ์กับชาย", "มีแฟนเป็นผู้หญิง (ผู้ใช้เป็นผู้หญิง)"]
SEX_EN = ["gay", "bisexual", "has multiple sexual partners", "had condomless sex", "in a same-sex relationship",
          "MSM", "lesbian"]
DIS_TH = ["พิการทางการเคลื่อนไหว", "นั่งวีลแชร์", "หูหนวก", "ตาบอดทั้งสองข้าง", "พิการทางการได้ยิน",
          "ใส่ขาเทียมข้างขวา", "บกพร่องทางสติปัญญา", "สายตาเลือนราง", "ออทิสติก", "บกพร่องทางการเรียนรู้"]
DIS_EN = ["wheelchair user", "Deaf", "blind", "below-knee amputee", "intellectual disability", "hard of hearing",
          "low vision", "autistic"]
UNION_TH = ["เป็นสมาชิกสหภาพแรงงาน", "ประธานสหภาพแรงงาน", "กรรมการสหภาพแรงงาน", "เพิ่งสมัครเข้าสหภาพแรงงาน",
            "สมาชิกสหภาพแรงงานรัฐวิสาหกิจ", "ผู้แทนสหภาพฯ ในคณะกรรมการสวัสดิการ"]
UNION_EN = ["union member", "shop steward", "joined the labour union", "union committee member", "union rep"]
GEN_TH = ["พาหะธาลัสซีเมียชนิดเบต้า", "พบยีน BRCA1 กลายพันธุ์", "HLA-B*15:02 ผลบวก", "ผลตรวจ DNA ยืนยันความเป็นบิดา 99.98%",
          "มียีน APOE4 สองชุด", "โครโมโซม 47,XXY", "พาหะฮีโมโกลบินอี", "พาหะแอลฟ่าธาลัสซีเมีย 1"]
GEN_EN = ["BRCA2 pathogenic variant", "HLA-B*58:01 positive", "carrier of HbE trait", "CYP2C19 poor metaboliser",
          "trisomy 21 on NIPT", "Lynch syndrome (MSH2 variant)", "heterozygous for the CFTR F508del variant"]


def call_id(r: random.Random) -> str:
    return "call_" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))


def toolu_id(r: random.Random) -> str:
    return "toolu_01" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789") for _ in range(22))


# ============================== CRM / ticketing / calendar / payments / HR tool traffic ==============================
@T("crm")
def crm_openai_toolcall_lookup(r: random.Random) -> list:
    name, ph, em, ad, cid = thn(r), mobile(r, "plain"), email(r), addr(r), call_id(r)
    result = J({"customer_id": f"C{r.randint(100000, 999999)}", "name": PER(name), "email": EML(em),
                "tier": r.choice(["gold", "silver", "platinum"]), "default_address": ADR(ad),
                "last_order": order_no(r, "SN"), "open_tickets": r.randint(0, 2)})
    msgs = [
        {"role": "system", "content": "คุณคือผู้ช่วยฝ่ายบริการลูกค้าของร้าน ShopNow ตอบสุภาพ กระชับ ใช้เครื่องมือเมื่อจำเป็น"},
        {"role": "user", "content": S("เช็คสถานะออเดอร์ล่าสุดให้หน่อยค่ะ เบอร์ที่สมัครไว้คือ ", PHO(ph))},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": cid, "type": "function", "function": {"name": "crm_get_customer",
                                                         "arguments": S(*J({"phone": PHO(ph)}))}}]},
        {"role": "tool", "tool_call_id": cid, "content": S(*result)},
    ]
    return J({"model": "gpt-4o-mini", "temperature": 0.2, "messages": msgs}, indent=2)


@T("crm")
def crm_anthropic_tool_result_escaped(r: random.Random) -> list:
    g, s = rom_gs(r)
    ad, ph, tid = addr(r), mobile(r, "e164"), toolu_id(r)
    cond = r.choice(["ผ่าตัดนิ่วในถุงน้ำดี", "นอนโรงพยาบาลด้วยไข้เลือดออก", "รักษาตัวจากเส้นเลือดในสมองตีบ"])
    inner = J({"contact": {"first_name": PER(g), "last_name": PER(s), "mobile": PHO(ph)},
               "shipping_address": ADR(ad),
               "agent_note": S("ลูกค้าขอเลื่อนการติดตั้งเพราะ", HEA(cond), " ให้โทรก่อนเข้าไป")}, asc=True)
    body = {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid, "content": S(*inner)},
                                         {"type": "text", "text": "Summarise this contact for the installer in Thai."}]}
    return J(body, asc=True)


@T("crm")
def crm_salesforce_soql_result_en(r: random.Random) -> list:
    recs = []
    for _ in range(2):
        n = rom(r)
        recs.append({"attributes": {"type": "Contact"}, "Id": "003" + b64(r, 15).replace("+", "x").replace("/", "y"),
                     "Name": PER(n), "Email": EML(email(r, n)), "MobilePhone": PHO(mobile(r, "intl")),
                     "MailingStreet": ADR(addr(r, en=True)), "LeadSource": r.choice(["Web", "Event", "Referral"])})
    return ["Tool `salesforce_query` returned:\n", J({"totalSize": 2, "done": True, "records": recs}, indent=2),
            "\n\nWrite a short follow-up email to each contact about the condo launch on Saturday."]


@T("crm")
def crm_hubspot_note_args(r: random.Random) -> list:
    name, em = thn(r), email(r)
    rel = r.choice(["เป็นมุสลิม", "นับถือศาสนาอิสลาม"])
    return ["function_call: hubspot.create_note\narguments: ",
            J({"contact_email": EML(em), "owner": "key-account-team",
               "body": S("คุณ", PER(name), " ", REL(rel),
                         " ของขวัญปีใหม่ห้ามส่งกระเช้าที่มีไวน์หรือแฮม ให้เปลี่ยนเป็นชุดอินทผลัมแทน")}, indent=2),
            "\nstatus: pending_confirmation"]


@T("ticketing")
def ticket_zendesk_search_result(r: random.Random) -> list:
    n1, n2 = thn(r), rom(r)
    dis = r.choice(DIS_TH[:4])
    tickets = [
        {"id": r.randint(180000, 199999), "subject": "ขอเปลี่ยนรอบจัดส่ง", "requester": {"name": PER(n1), "email": EML(email(r))},
         "description": S("แม่", DIS(dis), " ต้องมีคนอยู่บ้านตอนส่งของ กรุณาส่งช่วงเย็นหลัง 17.00")},
        {"id": r.randint(180000, 199999), "subject": "Refund not received", "requester": {"name": PER(n2), "email": EML(email(r, n2))},
         "description": "Returned the kettle 12 days ago, still no refund."},
    ]
    return ["<tool_output name=\"zendesk.search\" query=\"status:open tag:delivery\">\n",
            J({"results": tickets, "count": 2}, indent=1), "\n</tool_output>\nจัดลำดับความเร่งด่วนของทิกเก็ตข้างบนและร่างคำตอบ"]


@T("ticketing")
def ticket_jira_create_args_en(r: random.Random) -> list:
    rep = rom(r)
    ip, ph = ipv4(r), mobile(r, "dash")
    return ["Assistant is calling tool jira_create_issue with:\n",
            J({"project": "CSUP", "issuetype": "Bug", "reporter": EML(email(r, rep, "kasetpay.co.th")),
               "summary": "Customer locked out after OTP loop",
               "description": S("Customer called from ", PHO(ph), ", login attempts from ", IP(ip),
                                " keep failing at OTP step. Agent: ", PER(rep), ".")}, indent=2)]


@T("ticketing")
def ticket_freshdesk_reply_draft(r: random.Random) -> list:
    name, ad, ph = thn(r), addr(r), mobile(r)
    return ["ร่างคำตอบถึงลูกค้าจากทิกเก็ตนี้ โทนเป็นกันเอง ไม่เกิน 5 บรรทัด\n\n```json\n",
            J({"ticket": {"id": f"FD-{r.randint(40000, 99999)}", "priority": "high", "channel": "email",
                          "contact": {"name": PER(name), "phone": PHO(ph)},
                          "body": S("ได้รับพัสดุแล้วแต่กล่องบุบ ของข้างในแตก 2 ชิ้น ขอเปลี่ยนใหม่ ส่งมาที่ ", ADR(ad), " เหมือนเดิมค่ะ")}},
              indent=2, asc=False), "\n```"]


@T("calendar")
def calendar_insert_event_args(r: random.Random) -> list:
    name, doc, h = thn(r), r.choice(DOCTORS), hn(r)
    cond = r.choice(["ติดตามผลเคมีบำบัดรอบที่ 4", "ฟอกไตทางหน้าท้อง ตรวจติดตาม", "ตรวจติดตามโรคซึมเศร้า"])
    return ["Tool call → google_calendar.events.insert\n",
            J({"calendarId": "primary", "summary": S("นัดคุณ", PER(name), " – ", HEA(cond)),
               "start": {"dateTime": f"{day_iso(r)}T{hhmm(r)}:00+07:00"},
               "attendees": [{"email": EML(email(r))}, {"email": "opd-scheduler@hospital.example.org"}],
               "description": S("HN ", MRN(h), " แพทย์ผู้ดูแล พญ./นพ. ", PER(doc))}, indent=2)]


@T("calendar")
def calendar_list_events_en(r: random.Random) -> list:
    a, b = rom(r), rom(r)
    ev = [
        {"summary": S("1:1 ", PER(a), " / ", PER(b)), "start": f"{day_iso(r)}T10:00:00+07:00",
         "attendees": [EML(email(r, a, "siamlogix.com")), EML(email(r, b, "siamlogix.com"))]},
        {"summary": S("Prep for grievance hearing – ", PER(b), " (", UNI(r.choice(["shop steward", "union rep"])), ")"),
         "start": f"{day_iso(r)}T15:30:00+07:00", "attendees": []},
    ]
    return ["Observation: ", J({"items": ev}), "\nThought: I should find a slot where both are free next week."]


@T("calendar")
def calendar_reschedule_chat_th(r: random.Random) -> list:
    n, ph = given(r), mobile(r)
    cond = r.choice(["ฟอกไต", "ฉายแสงรักษามะเร็ง", "กายภาพบำบัดหลังผ่าตัดเข่า"])
    return ["[history]\nuser: ช่วยเลื่อนนัด", HEA(cond), "วันพฤหัสไปวันศุกร์ได้ไหมคะ\n",
            "assistant: ได้ค่ะ ขอชื่อและเบอร์ติดต่อเพื่อส่ง SMS ยืนยันนะคะ\n",
            "user: ", PER(n), " ค่ะ ", PHO(ph), "\n[/history]\n",
            "ตอบกลับผู้ใช้และเรียก reschedule_appointment ให้ถูกต้อง"]


@T("payments")
def payments_refund_toolcall_card(r: random.Random) -> list:
    n, c = rom(r), card(r)
    return ["<function_calls>\n<invoke name=\"payment_gateway.manual_refund\">\n",
            "<parameter name=\"cardholder\">", PER(n), "</parameter>\n",
            "<parameter name=\"card_number\">", CC(c), "</parameter>\n",
            f"<parameter name=\"amount\">{amount(r, 200, 9000)}.00</parameter>\n<parameter name=\"currency\">THB</parameter>\n",
            f"<parameter name=\"reason\">duplicate charge {order_no(r, 'INV')}</parameter>\n</invoke>\n</function_calls>"]


@T("payments")
def payments_promptpay_transfer(r: random.Random) -> list:
    n, i, a = thn(r), nid(r, "plain"), bank_acct(r, "plain")
    return ["→ tool promptpay.resolve ", J({"proxy_type": "NATID", "proxy_value": NID(i)}),
            "\n← ", J({"account_name": PER(n), "bank": r.choice(BANKS_EN), "account_no": ACC(a), "status": "ACTIVE"}),
            f"\nยืนยันกับผู้ใช้ก่อนโอน {amount(r, 500, 20000)} บาท"]


@T("payments")
def payments_payout_batch_csv(r: random.Random) -> list:
    rows = ["payee_name,payee_tax_id,bank,account_no,amount_thb\n"]
    for _ in range(2):
        rows += [PER(thn(r)), ",", NID(nid(r, "plain")), f",{r.choice(BANKS_EN)},", ACC(bank_acct(r, "plain")),
                 f",{r.randint(1500, 48000)}.00\n"]
    rows += [f"บริษัท {r.choice(['สยามแพ็ค', 'เอเชียทรานส์', 'ไทยคลีน'])} จำกัด,", JUR(juristic(r, "plain")),
             f",{r.choice(BANKS_EN)},", ACC(bank_acct(r, "plain")), f",{r.randint(50000, 300000)}.00\n"]
    return ["Validate this payout file before I upload it to the bank portal. Flag rows with missing data.\n\n", rows]


@T("payments")
def payments_chargeback_agent_en(r: random.Random) -> list:
    n, c, ip, em = rom(r), card(r, "plain"), ipv4(r), ""
    em = email(r, n)
    return ["## Agent scratchpad (chargeback-bot)\n",
            f"- Dispute DP-{r.randint(10000, 99999)} opened, reason code 10.4\n",
            "- Cardholder ", PER(n), ", card ", CC(c), ", email ", EML(em), "\n",
            "- Order placed from IP ", IP(ip), " — geo does not match billing country\n",
            "- Next: pull 3DS result, compare device fingerprint with previous orders\n"]


@T("hr")
def hr_get_worker_result(r: random.Random) -> list:
    n = thn(r)
    res = {"worker_id": f"E{r.randint(10000, 99999)}", "full_name_th": PER(n), "date_of_birth": DOB(dob(r, "iso")),
           "national_id": NID(nid(r, "dash")), "religion": REL(r.choice(RELIGION_WORD)),
           "payroll": {"bank": r.choice(BANKS), "account": ACC(bank_acct(r, "dash"))},
           "emergency_contact": {"relation": "มารดา", "phone": PHO(mobile(r, "dash"))}}
    return ["tool_result (hris.get_worker):\n", J(res, indent=2),
            "\n\nกรอกแบบฟอร์ม สปส.1-03 แจ้งเข้าประกันสังคมจากข้อมูลข้างบน"]


@T("hr")
def hr_leave_hajj_toolcall(r: random.Random) -> list:
    n, mgr = thn(r), rom(r)
    return ["assistant → tool `leave.create_request`\n",
            J({"employee_name": PER(n), "employee_id": f"TH{r.randint(10000, 99999)}", "leave_type": "religious",
               "days": 40, "reason": S("ลาไป", REL("ประกอบพิธีฮัจญ์"), " ที่นครมักกะฮ์"),
               "approver_email": EML(email(r, mgr, "thaifoodgroup.co.th"))}, indent=2)]


@T("hr")
def hr_sick_leave_bot_history(r: random.Random) -> list:
    n, cond = given(r), r.choice(["โรคซึมเศร้า", "โรคแพนิค", "โรคไบโพลาร์"])
    return ["### conversation so far\n", "Employee (", PER(n), "): หมอให้หยุดงาน 2 สัปดาห์ค่ะ เป็น", HEA(cond),
            " ไม่อยากให้หัวหน้ารู้รายละเอียดได้ไหม\n",
            "HR-Bot: ได้ค่ะ ระบบจะบันทึกเป็นลาป่วยทั่วไป แนบใบรับรองแพทย์ได้เลยนะคะ\n### next action\n",
            "call leave.create(type=\"sick\", days=14, attachment=\"medcert.pdf\", confidential=true)"]


@T("hr")
def hr_payroll_union_dues_md(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows.append([PER(thn(r)), ACC(bank_acct(r, "dash")), f"{r.randint(18000, 42000):,}",
                     [UNI("หักค่าบำรุงสหภาพแรงงาน"), " 100"] if r.random() < 0.7 else "-"])
    rows[0][3] = [UNI("หักค่าบำรุงสหภาพแรงงาน"), " 100"]
    return ["ตารางจาก payroll export เดือนนี้ ช่วยรวมยอดหักทั้งหมดให้หน่อย\n\n",
            md(["ชื่อ", "บัญชี", "เงินเดือน", "รายการหัก"], rows)]


@T("hr")
def hr_onboarding_structured_output(r: random.Random) -> list:
    n = thn(r)
    return ["```json\n",
            J({"schema": "OnboardingForm.v3", "data": {
                "full_name": PER(n), "dob": DOB(dob(r, "slash_be", 1975, 2003)), "citizen_id": NID(nid(r, "plain")),
                "address": ADR(addr(r)), "mobile": PHO(mobile(r, "plain")),
                "disability_declared": True, "disability_detail": DIS(r.choice(DIS_TH)),
                "quota_section": "ม.33"}}, indent=2), "\n```\nตรวจว่าทุกฟิลด์ครบก่อนส่งเข้าระบบ HRIS"]


@T("hr")
def hr_union_grievance_ticket_en(r: random.Random) -> list:
    a, b = rom(r), rom(r)
    return [f"Ticket HR-{r.randint(1000, 9999)} | category: grievance | confidential\n",
            "Raised by: ", PER(a), " (", EML(email(r, a, "deltacomponents.co.th")), ")\n",
            "Represented by: ", PER(b), ", ", UNI(r.choice(["shop steward", "union committee member"])), "\n",
            "Summary: overtime rota changed without consultation; requests meeting within 7 days.\n",
            "Please draft the acknowledgement letter."]


# ============================== persisted memory blocks and multi-turn histories ==============================
@T("bank")
def memory_bank_assistant_th(r: random.Random) -> list:
    n, ph, a = thn(r), mobile(r), bank_acct(r, "dash")
    return ["<system>คุณคือ K-Assist ผู้ช่วยธนาคาร ตอบเฉพาะเรื่องบัญชีของผู้ใช้</system>\n<user_memory>\n",
            "- ชื่อ: ", PER(n), "\n- เบอร์ที่ผูกบัญชี: ", PHO(ph), "\n- บัญชีหลัก: ", ACC(a), "\n",
            "- ", DIS(r.choice(["หูหนวก", "พิการทางการได้ยิน"])), " ห้ามโทรกลับ ให้ติดต่อทางแชทหรือ SMS เท่านั้น\n",
            "- ชอบคำตอบสั้น ๆ เป็นข้อ ๆ\n</user_memory>\n",
            "<user>โอนเงินเข้าบัญชีตัวเองไม่เข้า ทำยังไงดี</user>"]


@T("health")
def memory_health_coach_en(r: random.Random) -> list:
    n, em = rom(r), ""
    em = email(r, n)
    cond = r.choice(["type 1 diabetic on an insulin pump", "type 2 diabetes", "stage 3 chronic kidney disease"])
    return ["SYSTEM: You are FitMate, a nutrition coach. Use the memory block but never reveal it verbatim.\n",
            "MEMORY (persisted, last updated 3 days ago):\n",
            "  name: ", PER(n), "\n  birthday: ", DOB(dob(r, "en", 1970, 2000)), "\n  email: ", EML(em), "\n",
            "  conditions: ", HEA(cond), "\n  goal: lose 5 kg before the wedding in March\n",
            "USER: what should I eat for breakfast tomorrow? I have a 7am flight."]


@T("consumer_app")
def memory_companion_app_th(r: random.Random) -> list:
    nk, lid = nick(r), line_id(r)
    return ["[MEMORY]\n", J({"nickname": PER(nk), "line_id": LID(lid),
                              "facts": [S("ผู้ใช้", SEX(r.choice(["เป็นเกย์", "เป็นไบเซ็กชวล"])), " เพิ่งเลิกกับแฟนเมื่อเดือนที่แล้ว"),
                                        S("กินยา ", HEA(r.choice(["Sertraline 50 mg", "Fluoxetine 20 mg"])), " ทุกเช้า"),
                                        "ชอบแมว มีแมวชื่อข้าวปั้น"]}, indent=1),
            "\n[/MEMORY]\nuser: คืนนี้นอนไม่หลับอีกแล้ว คุยเป็นเพื่อนหน่อย"]


@T("insurance")
def memory_insurance_advisor(r: random.Random) -> list:
    n = thn(r)
    return ["# Persisted profile (agent memory, v7)\n",
            "ผู้เอาประกัน: ", PER(n), "\nเลขบัตรประชาชน: ", NID(nid(r)), "\nวันเกิด: ", DOB(dob(r, "th_long", 1960, 1985)), "\n",
            "ประวัติสุขภาพที่แจ้งไว้: ", HEA(r.choice(["ผ่าตัดบายพาสหัวใจ", "มะเร็งเต้านมระยะที่ 1", "ความดันโลหิตสูง"])), " (แจ้งเมื่อปี 2562)\n",
            "# Current turn\nลูกค้าถามว่า ถ้าอยากซื้อประกันสุขภาพเพิ่มวงเงิน 5 ล้าน จะโดนยกเว้นโรคอะไรบ้าง"]


@T("travel")
def memory_travel_agent_en(r: random.Random) -> list:
    n = foreign(r) if r.random() < 0.3 else rom(r)
    return ["<memory>\n", J({"traveller": PER(n), "passport_no": PP(passport(r, "th")), "email": EML(email(r, n)),
                              "preferences": {"meal": S(REL(r.choice(["Muslim", "Hindu"])), " – no pork, no alcohol"),
                                              "mobility": S(DIS(r.choice(["wheelchair user", "below-knee amputee"])),
                                                            ", needs aisle chair and WCHC")}}, indent=2),
            "\n</memory>\nUser: find me a Bangkok–Osaka flight on 14 Feb, morning departure."]


@T("telecom")
def history_telecom_th(r: random.Random) -> list:
    n, ad, ph, ip = thn(r), addr(r), mobile(r, "dash"), ipv4(r)
    return [J([{"role": "user", "content": "เน็ตบ้านหลุดทุกคืนตั้งแต่สามทุ่ม"},
               {"role": "assistant", "content": "ขออภัยค่ะ ขอชื่อผู้ใช้บริการและที่อยู่ติดตั้งเพื่อตรวจสอบนะคะ"},
               {"role": "user", "content": S("ชื่อ ", PER(n), " ที่อยู่ ", ADR(ad), " เบอร์ติดต่อ ", PHO(ph))},
               {"role": "assistant", "content": S("ตรวจพบว่าเราเตอร์ของคุณได้ IP ", IP(ip), " และมีการรีบูตบ่อย ขอส่งช่างเข้าไปนะคะ")},
               {"role": "user", "content": "ได้ค่ะ ช่างมาวันเสาร์ได้ไหม"}], indent=1)]


@T("legal")
def history_legal_aid_en(r: random.Random) -> list:
    n, ph = rom(r), mobile(r, "intl")
    crime = r.choice(["a prior DUI conviction", "a theft conviction from 2019", "a fraud conviction from 2021"])
    return ["Previous turns:\nUser: Hi, my name is ", PER(n), ". I have ", CRI(crime),
            " and a company just withdrew my job offer after a background check. Is that legal in Thailand?\n",
            "Assistant: I'm sorry to hear that. Could you tell me which industry the job was in?\n",
            "User: logistics, driver. You can call me on ", PHO(ph), " if a lawyer can help.\n",
            "Current instruction: answer the question and say whether the free legal clinic can call back."]


@T("labour")
def history_union_organiser_line(r: random.Random) -> list:
    a, b, ph = given(r), thn(r), mobile(r)
    return ["LINE OA chat export (ส่งให้ AI สรุป)\n", f"[{hhmm(r)}] ", PER(a), ": พี่คะ หนู", UNI(r.choice(["เพิ่งสมัครเข้าสหภาพแรงงาน", "เป็นสมาชิกสหภาพแรงงาน"])),
            " แล้วหัวหน้าไลน์เริ่มไม่ให้ OT เลย\n", f"[{hhmm(r)}] ผู้ประสานงาน: เดี๋ยวให้พี่", PER(b), " ",
            UNI("ประธานสหภาพแรงงาน"), " โทรกลับนะ เบอร์น้องคือ ", PHO(ph), " ใช่ไหม\n",
            f"[{hhmm(r)}] ", PER(a), ": ใช่ค่ะ"]


@T("consumer_app")
def memory_mem0_records(r: random.Random) -> list:
    n, kid = thn(r), given(r)
    recs = [{"id": uuid(r), "memory": S("ชื่อผู้ใช้คือ ", PER(n)), "created_at": int(epoch_ms(r)) // 1000},
            {"id": uuid(r), "memory": S("ผู้ใช้", REL(r.choice(["นับถือศาสนาคริสต์", "เป็นคาทอลิก", "เป็นคริสเตียน"])), " ไปโบสถ์ทุกวันอาทิตย์")},
            {"id": uuid(r), "memory": S("ลูกสาวชื่อน้อง", PER(kid), " เรียน ป.4")},
            {"id": uuid(r), "memory": S("เบอร์สำหรับแจ้งเตือน ", PHO(mobile(r, "plain")))}]
    return ["relevant_memories = ", J(recs, indent=2), "\n\nUser asked: ช่วยวางแผนวันหยุดยาวสงกรานต์ให้ครอบครัวหน่อย"]


@T("education")
def memory_tutor_app(r: random.Random) -> list:
    nk, sid, ph = nick(r), student_id(r, "school"), mobile(r)
    return ["### Learner profile (memory)\n- ชื่อเล่น: น้อง", PER(nk), "\n- รหัสนักเรียน: ", SID(sid), "\n",
            "- หมายเหตุจากผู้ปกครอง: ลูกเป็น", DIS(r.choice(["ออทิสติก", "บกพร่องทางการเรียนรู้"])),
            " ให้อธิบายทีละขั้น ใช้ภาพประกอบ\n- เบอร์ผู้ปกครอง: ", PHO(ph), "\n### Task\nสอนเรื่องเศษส่วนแบบง่าย ๆ 3 ข้อ"]


@T("pharmacy")
def history_pharmacy_refill_line(r: random.Random) -> list:
    n, h, lid = thn(r), hn(r), line_id(r)
    drug = r.choice(["Dolutegravir 50 mg", "TLD", "Efavirenz 600 mg"])
    return ["ประวัติแชท LINE (@pharmacare) ที่ส่งให้โมเดลร่างคำตอบ\n",
            "ลูกค้า (LINE: ", LID(lid), "): ขอรีฟิลยา ", HEA(drug), " เดือนนี้ค่ะ เหลือแค่ 3 เม็ด\n",
            "เภสัชกร: รบกวนแจ้งชื่อและ HN ค่ะ\n", "ลูกค้า: ", PER(n), " HN ", MRN(h), "\n",
            "งาน: ร่างข้อความยืนยันรีฟิลแบบส่งพัสดุปิดทึบ ไม่ระบุชื่อยาบนกล่อง"]


@T("civic")
def memory_civic_chatbot_political(r: random.Random) -> list:
    n = thn(r)
    return ["[persisted_user_memory]\n", "display_name=", PER(n), "\n",
            "stance_notes=ผู้ใช้บอกว่า", POL(r.choice(POL_TH[:3] + POL_TH[7:8])), "\n",
            "district=เขตเลือกตั้งที่ 4\n[/persisted_user_memory]\n",
            "user: หน่วยเลือกตั้งของผมอยู่ที่ไหน แล้วต้องเอาอะไรไปบ้าง"]


# ============================== RAG prompts with retrieved chunks ==============================
def chunk(i: int, src: str, score: float, body: list) -> list:
    return [f"[chunk {i}] source={src} score={score:.3f}\n", body, "\n\n"]


@T("ecommerce")
def rag_ecom_policy_and_past_tickets(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return ["ใช้ข้อมูลต่อไปนี้ตอบคำถามลูกค้า ถ้าไม่มีคำตอบให้บอกว่าไม่ทราบ\n\n",
            chunk(1, "policy/returns.md", r.uniform(0.8, 0.9),
                  ["สินค้าที่ซื้อผ่านแอปสามารถคืนได้ภายใน 15 วันนับจากวันที่ได้รับ ยกเว้นสินค้าเพื่อสุขอนามัย"]),
            chunk(2, f"tickets/{r.randint(100000, 999999)}", r.uniform(0.7, 0.8),
                  ["ลูกค้า ", PER(a), " (", PHO(mobile(r)), ") คืนหม้อทอดไร้น้ำมันแล้ว แต่ไรเดอร์ไปรับผิดที่ ขอให้ไปรับที่ ", ADR(addr(r))]),
            chunk(3, f"tickets/{r.randint(100000, 999999)}", r.uniform(0.6, 0.7),
                  ["คุณ", PER(b), " ขอคืนเงินเข้าบัญชี ", ACC(bank_acct(r)), " แทนการคืนเป็นเครดิต"]),
            "คำถาม: คืนสินค้าที่เปิดกล่องแล้วได้ไหม"]


@T("hospital")
def rag_patient_letters(r: random.Random) -> list:
    n1, n2, d = thn(r), thn(r), r.choice(DOCTORS)
    return ["Context (retrieved from referral_letters index, top-2):\n---\n",
            "เรียน แพทย์ผู้รับปรึกษา\nขอส่งตัวผู้ป่วย ", PER(n1), " HN ", MRN(hn(r)), " อายุ 58 ปี ได้รับการวินิจฉัยเป็น ",
            HEA(r.choice(["มะเร็งลำไส้ใหญ่ระยะที่ 3", "ไตเสื่อมระยะที่ 4", "ภาวะหัวใจล้มเหลว"])),
            " เพื่อรับการรักษาต่อ\nลงชื่อ ", PER(d), "\n---\n",
            "ผู้ป่วย ", PER(n2), " HN ", MRN(hn(r)), " มีประวัติ", HEA(r.choice(["โรคลมชัก", "เบาหวานชนิดที่ 2"])),
            " ควบคุมได้ดี\n---\nQuestion: ผู้ป่วยรายไหนต้องนัดติดตามภายใน 2 สัปดาห์"]


@T("property")
def rag_contract_lease(r: random.Random) -> list:
    n = thn(r)
    co = r.choice(["บริษัท ริเวอร์ไซด์ เรสซิเดนซ์ จำกัด", "บริษัท แกรนด์ลิฟวิ่ง แอสเซท จำกัด"])
    return ["<retrieved_documents>\n<doc id=\"lease_2026_014.pdf#p1\">\nสัญญาเช่าห้องชุดฉบับนี้ทำขึ้นระหว่าง ", co,
            " ทะเบียนนิติบุคคลเลขที่ ", JUR(juristic(r)), " (\"ผู้ให้เช่า\") กับ ", ttl(r), PER(n),
            " เลขประจำตัวประชาชน ", NID(nid(r, "dash")), " อยู่บ้านเลขที่ ", ADR(addr(r)), " (\"ผู้เช่า\")\n</doc>\n",
            "<doc id=\"lease_2026_014.pdf#p3\">\nข้อ 7 ผู้เช่าต้องวางเงินประกันเท่ากับค่าเช่าสองเดือน และจะได้รับคืนภายใน 30 วันหลังส่งมอบห้อง\n</doc>\n",
            "</retrieved_documents>\nผู้เช่าถามว่าถ้าย้ายออกก่อนครบสัญญาจะได้เงินประกันคืนไหม"]


@T("hr")
def rag_hr_policy_plus_case(r: random.Random) -> list:
    n = rom(r)
    return ["You are an HR policy assistant. Answer using only the sources.\n\n",
            "Source A (HR-POL-112 Reasonable adjustments): The company provides adjustments such as flexible hours,\n"
            "assistive software and accessible workstations for employees with disabilities.\n\n",
            "Source B (case note, HRBP, restricted): ", PER(n), " (", DIS(r.choice(["low vision", "hard of hearing", "wheelchair user"])),
            ") has requested a screen reader licence and a desk near the lift. Contact: ",
            EML(email(r, n, "thaiglobalfoods.com")), "\n\nQuestion: can we approve both requests under HR-POL-112?"]


@T("insurance")
def rag_claims_history_en(r: random.Random) -> list:
    n = rom(r)
    code, desc = r.choice(ICD)
    return ["Retrieved claim records for underwriting review:\n",
            md(["claim_no", "insured", "hospital HN", "ICD-10", "paid (THB)"],
               [[f"CLM-{r.randint(100000, 999999)}", PER(n), MRN(hn(r, "plain")), HEA(f"{code} {desc}"), amount(r, 8000, 250000)],
                [f"CLM-{r.randint(100000, 999999)}", PER(n), MRN(hn(r, "plain")), "Z00.0 General examination", amount(r, 1200, 4000)]]),
            "\nSummarise the insured's claim pattern in two sentences."]


@T("education")
def rag_school_counsel_notes(r: random.Random) -> list:
    n, sid = thn(r), student_id(r, "school")
    return ["### Retrieved: counselling_notes (teacher-only)\n",
            "นักเรียน ", PER(n), " เลขประจำตัว ", SID(sid), " ครอบครัวเป็น", ETH(r.choice(ETH_TH[:6])),
            " ย้ายมาจากอำเภอแม่ระมาด ผู้ปกครองพูดไทยได้น้อย ติดต่อผ่านพี่สาว ", PHO(mobile(r)), "\n",
            "### Retrieved: school_policy/scholarship.md\nทุนการศึกษาสำหรับนักเรียนด้อยโอกาส ปีละ 3,000 บาท\n",
            "### Question\nนักเรียนคนนี้มีสิทธิ์ขอทุนหรือไม่ และควรสื่อสารกับผู้ปกครองอย่างไร"]


@T("legal")
def rag_law_firm_case_files_en(r: random.Random) -> list:
    a, b = rom(r), rom(r)
    return ["<context>\n<file name=\"matter_8812/client_intake.docx\">Client ", PER(a), " (DOB ", DOB(dob(r, "en")),
            ") has ", CRI(r.choice(CRIM_EN)), "; now charged again under s.352 Criminal Code.</file>\n",
            "<file name=\"matter_8812/witness.txt\">Witness ", PER(b), ", phone ", PHO(mobile(r, "intl")),
            ", saw the client at the warehouse at 21:40.</file>\n</context>\n",
            "Draft a bail application outline. Keep it under 300 words."]


@T("bank")
def rag_kyc_documents(r: random.Random) -> list:
    n = foreign(r)
    return ["Retrieved KYC artefacts for onboarding ticket KYC-", str(r.randint(20000, 99999)), ":\n",
            "1) passport_bio_page.txt — Surname/Given names: ", PER(n), " | Passport No: ", PP(passport(r, r.choice(["mm", "other"]))),
            " | Date of birth: ", DOB(dob(r, "en", 1970, 2000)), "\n",
            "2) utility_bill.txt — service address: ", ADR(addr(r, en=True)), "\n",
            "3) kyc_policy.md — Non-resident customers must provide proof of address issued within 90 days.\n",
            "Does this application satisfy the policy?"]


@T("hospital")
def rag_genetic_counselling_letters_en(r: random.Random) -> list:
    n, rel = rom(r), rom(r)
    return ["Sources:\n[1] genetics_clinic/letters/2026-", f"{r.randint(1, 12):02d}", ".txt: \"Dear ", PER(n),
            ", your test result: ", GEN(r.choice(GEN_EN[:3] + GEN_EN[5:6])), ". We recommend cascade testing for your sister ",
            PER(rel), ".\"\n[2] guidelines/cascade_testing.md: First-degree relatives should be offered testing.\n",
            "Write a plain-language follow-up letter for the patient."]


@T("government")
def rag_municipal_complaints(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return ["ข้อมูลจากระบบร้องเรียนเทศบาล (ค้นหาด้วยคำว่า \"น้ำท่วมขัง\")\n",
            md(["เลขเรื่อง", "ผู้ร้อง", "โทร", "สถานที่"],
               [[f"R{r.randint(660000, 689999)}", PER(a), PHO(mobile(r, "dash")), ADR(addr(r))],
                [f"R{r.randint(660000, 689999)}", PER(b), PHO(mobile(r, "dash")), "หน้าตลาดสด ซอย 3"]]),
            "\nจัดกลุ่มเรื่องร้องเรียนตามพื้นที่และแนะนำลำดับการลงพื้นที่"]


@T("labour")
def rag_union_minutes(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return ["Retrieved passages (union_docs):\n• รายงานการประชุมครั้งที่ 3/2569: ที่ประชุมเลือก", PER(a), " เป็น",
            UNI("ประธานสหภาพแรงงาน"), " และ", PER(b), " เป็น", UNI("กรรมการสหภาพแรงงาน"), "\n",
            "• ข้อบังคับสหภาพ ข้อ 12: ค่าบำรุงสมาชิกเดือนละ 100 บาท\n",
            "Q: ใครมีอำนาจลงนามในหนังสือยื่นข้อเรียกร้อง"]


@T("insurance")
def rag_policy_plus_applicant_genetic(r: random.Random) -> list:
    n = thn(r)
    return ["[doc: underwriting_manual §4.2] ผู้ขอเอาประกันที่มีประวัติครอบครัวเป็นมะเร็ง ให้พิจารณาผลตรวจทางพันธุกรรมประกอบ\n",
            "[doc: application APP-", str(r.randint(100000, 999999)), "] ผู้ขอ ", PER(n), " วันเกิด ", DOB(dob(r, "th_short", 1975, 1995)),
            " แจ้งว่า", GEN(r.choice(["พบยีน BRCA1 กลายพันธุ์", "พาหะธาลัสซีเมียชนิดเบต้า", "มียีน APOE4 สองชุด"])), "\n",
            "คำถาม: ตามคู่มือ ควรรับประกันแบบมีเงื่อนไขหรือไม่"]


# ============================== structured outputs, filled ==============================
@T("accounting")
def so_invoice_extraction(r: random.Random) -> list:
    n, ph = thn(r), landline(r) if r.random() < 0.5 else mobile(r)
    out = {"vendor_name": r.choice(["ห้างหุ้นส่วนจำกัด ช่างดีการไฟฟ้า", "บริษัท ไทยวัสดุภัณฑ์ จำกัด"]),
           "vendor_tax_id": JUR(juristic(r, "plain")), "invoice_no": f"IV{r.randint(6900000, 6999999)}",
           "contact_person": PER(n), "contact_phone": PHO(ph),
           "lines": [{"desc": "สายไฟ THW 2.5 มม.", "qty": 4, "unit_price": 1250.0}], "vat": 350.0, "total": 5350.0}
    return ["response_format=InvoiceExtraction → model output:\n", J(out, indent=2)]


@T("hospital")
def so_medical_intake(r: random.Random) -> list:
    n = thn(r)
    return ["Extracted by intake-agent (schema PatientIntake v2):\n",
            J({"patient_name": PER(n), "hn": MRN(hn(r)), "dob": DOB(dob(r, "slash_be")),
               "chief_complaint": "เจ็บหน้าอกร้าวไปแขนซ้าย 2 ชั่วโมง",
               "past_history": [HEA(r.choice(["ความดันโลหิตสูง", "เบาหวานชนิดที่ 2", "ไขมันในเลือดสูง"])),
                                HEA(r.choice(["โรคเกาต์", "โรคหืด"]))],
               "allergies": ["Penicillin"], "triage_level": 2}, indent=2)]


@T("hr")
def so_resume_parse_en(r: random.Random) -> list:
    n = rom(r)
    return ["```json\n", J({"candidate": {"name": PER(n), "email": EML(email(r, n)), "phone": PHO(mobile(r, "intl")),
                                          "location": "Bangkok", "years_experience": r.randint(2, 12)},
                            "skills": ["SQL", "Power BI", "Python"],
                            "self_declared": {"disability": DIS(r.choice(["hard of hearing", "low vision", "wheelchair user"])),
                                              "requires_accommodation": True}}, indent=2),
            "\n```\nRank this candidate against the Data Analyst JD."]


@T("government")
def so_idcard_ocr(r: random.Random) -> list:
    n, gn = r.choice(PAIRED)
    male = gn.split()[0] in ("Natthaphon", "Pakorn", "Adisak", "Anan")
    t_th, t_en = ("นาย", "Mr.") if male else r.choice([("นาง", "Mrs."), ("นางสาว", "Miss")])
    return ["OCR → structured (thai_id_card_front+back):\n",
            J({"id_number": NID(nid(r, "space")), "name_th": S(t_th, " ", PER(n)), "name_en": S(t_en, " ", PER(gn)),
               "date_of_birth": DOB(dob(r, "th_short")), "religion": REL(r.choice(["พุทธ", "อิสลาม", "คริสต์"])),
               "address": ADR(addr(r)), "issue_date": "12 ม.ค. 2566", "expiry_date": "11 ม.ค. 2575",
               "confidence": round(r.uniform(0.86, 0.98), 2)}, indent=2)]


@T("bank")
def so_call_summary(r: random.Random) -> list:
    n = thn(r)
    return ["CallSummary:\n", J({"customer": PER(n), "verified_by": "OTP", "account": ACC(bank_acct(r, "dash")),
                                 "callback_number": PHO(mobile(r)), "intent": "dispute_transfer",
                                 "summary": "ลูกค้าโอนเงินผิดบัญชี 12,500 บาท ขอให้ธนาคารติดต่อผู้รับโอน",
                                 "sentiment": "negative", "follow_up_sla_hours": 24}, indent=2)]


@T("police")
def so_police_report_extract(r: random.Random) -> list:
    n = thn(r)
    return ["Extraction (IncidentReport):\n",
            J({"suspect": {"name": PER(n), "age": r.randint(19, 55), "prior_record": CRI(r.choice(CRIM_TH))},
               "vehicle": PLT(plate(r)), "location": "หน้าร้านสะดวกซื้อ ถนนมิตรภาพ", "time": hhmm(r),
               "incident": "ชนแล้วหนี"}, indent=2),
            "\nตรวจว่าข้อมูลที่สกัดครบตามแบบ ปจว. หรือไม่"]


@T("bank")
def so_loan_application_parse(r: random.Random) -> list:
    n = thn(r)
    return ["LoanApplication (parsed from uploaded PDF):\n",
            J({"applicant": PER(n), "citizen_id": NID(nid(r, "dash")), "employer": "บริษัท สยามฟู้ดส์ โปรดักส์ จำกัด",
               "employer_tax_id": JUR(juristic(r, "dash")), "monthly_income": r.randint(22000, 95000),
               "salary_account": ACC(bank_acct(r)), "requested_amount": 300000, "term_months": 48}, indent=2)]


@T("travel")
def so_visa_form_en(r: random.Random) -> list:
    n = rom(r)
    return ["Model filled the VisaApplication schema:\n",
            J({"surname": PER(n.split()[1]), "given_names": PER(n.split()[0]), "passport_number": PP(passport(r)),
               "date_of_birth": DOB(dob(r, "iso")), "home_address": ADR(addr(r, en=True)),
               "purpose": "Tourism", "intended_arrival": day_iso(r)}, indent=2)]


@T("consumer_app")
def so_dating_moderation_report(r: random.Random) -> list:
    lid, nk = line_id(r), nick(r)
    return ["ModerationDecision:\n",
            J({"reported_user_display": PER(nk), "violation": "off-platform contact sharing",
               "evidence": S("โปรไฟล์เขียนว่า ", SEX(r.choice(["เป็นเกย์", "เป็นไบเซ็กชวล", "ชายที่มีเพศสัมพันธ์กับชาย"])),
                             " แอดไลน์ ", LID(lid), " คุยต่อ"),
               "action": "warn", "confidence": 0.91}, indent=2)]


@T("ticketing")
def so_ticket_triage_batch(r: random.Random) -> list:
    a, b = thn(r), rom(r)
    return ["[\n", J({"ticket": f"T-{r.randint(1000, 9999)}", "category": "billing", "priority": "P2",
                      "entities": {"customer": PER(a), "phone": PHO(mobile(r))}}), ",\n",
            J({"ticket": f"T-{r.randint(1000, 9999)}", "category": "account_access", "priority": "P1",
               "entities": {"customer": PER(b), "email": EML(email(r, b))}}), "\n]"]


# ============================== batch embedding inputs ==============================
@T("ticketing")
def embed_batch_tickets_th(r: random.Random) -> list:
    return ["POST /v1/embeddings\n",
            J({"model": "text-embedding-3-small", "input": [
                S("ลูกค้า ", PER(thn(r)), " แจ้งว่าได้รับสินค้าไม่ครบ โทรกลับ ", PHO(mobile(r))),
                "สอบถามวิธีเปลี่ยนที่อยู่จัดส่ง",
                S("ขอใบกำกับภาษีในนาม ", PER(thn(r)), " ส่งอีเมล ", EML(email(r)))]}, indent=2)]


@T("hospital")
def embed_batch_patient_notes_escaped(r: random.Random) -> list:
    return [J({"model": "bge-m3", "input": [
        S("Pt ", PER(rom(r)), " HN ", MRN(hn(r)), ": ", HEA(r.choice(["เบาหวานชนิดที่ 2", "โรคซึมเศร้า", "ติดเชื้อเอชไอวี"])),
          " ติดตามทุก 3 เดือน"),
        S("Pt ", PER(rom(r)), " HN ", MRN(hn(r)), ": ", HEA(r.choice(["วัณโรคปอด", "โรคลมชัก"])), " รับยาต่อเนื่อง")],
        "encoding_format": "float"}, asc=True)]


@T("hr")
def embed_batch_resumes_en(r: random.Random) -> list:
    a, b = rom(r), foreign(r)
    return ["Embedding job enqueued — payload:\n",
            J({"input": [S(PER(a), " | ", EML(email(r, a)), " | 6 yrs supply-chain analyst, SAP MM, Bangkok"),
                         S(PER(b), " | ", PHO(mobile(r, "intl")), " | Registered nurse, IELTS 7.0, open to Chiang Mai")],
               "model": "text-embedding-3-large", "dimensions": 1024}, indent=2)]


@T("consumer_app")
def embed_batch_chat_mixed(r: random.Random) -> list:
    return ["texts = ", J([S("พี่ค่ะ หนูชื่อ", PER(given(r)), " เป็น", ETH(r.choice(["ชาวกะเหรี่ยง", "ชาวม้ง", "ชาวอาข่า"])),
                               " อยากถามเรื่องทำบัตรประชาชนค่ะ"),
                             S("my line id is ", LID(line_id(r)), " pls add"),
                             "โปรโมชั่นเดือนนี้มีอะไรบ้าง"], indent=1),
            "\nvectors = client.embeddings.create(model=\"embed-multilingual-v3.0\", input=texts, input_type=\"search_document\")"]


@T("hr")
def embed_batch_hr_cases(r: random.Random) -> list:
    return [J({"inputs": [
        S("เคส 1: ", PER(thn(r)), " ร้องเรียนว่าหัวหน้า", SEX(r.choice(["มีความสัมพันธ์ชู้สาวกับเพื่อนร่วมงาน"])),
          " และให้ความดีความชอบไม่เป็นธรรม"),
        S("เคส 2: ", PER(thn(r)), " ", UNI(r.choice(["เป็นสมาชิกสหภาพแรงงาน", "กรรมการสหภาพแรงงาน"])),
          " ถูกย้ายแผนกหลังยื่นข้อเรียกร้อง")],
        "truncate": "END"}, indent=2), "\n# sent to TEI /embed for clustering HR cases"]


# ============================== evaluation and few-shot sets from production ==============================
@T("ecommerce")
def eval_intent_jsonl(r: random.Random) -> list:
    out = []
    for intent in ("track_order", "change_address"):
        if intent == "track_order":
            out += [J({"input": S("ของยังไม่มาเลยค่ะ ชื่อ ", PER(thn(r)), " เบอร์ ", PHO(mobile(r, "plain"))),
                       "expected_intent": intent}), "\n"]
        else:
            out += [J({"input": S("เปลี่ยนที่อยู่เป็น ", ADR(addr(r)), " ได้ไหม"), "expected_intent": intent}), "\n"]
    return ["# eval/intents_prod_sample.jsonl (sampled from last week's chats)\n", out]


@T("bank")
def fewshot_extraction_from_prod(r: random.Random) -> list:
    return ["Extract name, account and amount. Examples:\n\n",
            "Input: โอนให้", PER(thn(r)), " บัญชี ", ACC(bank_acct(r, "dash")), " 3,000 บาท\n",
            "Output: {\"name\": \"...\", \"account\": \"...\", \"amount\": 3000}\n\n",
            "Input: pay ", PER(rom(r)), " acct ", ACC(bank_acct(r, "plain")), " 1200\n",
            "Output: {\"name\": \"...\", \"account\": \"...\", \"amount\": 1200}\n\n",
            "Input: โอน 500 ให้แม่ บัญชี ", ACC(bank_acct(r, "dash")), "\nOutput:"]


@T("ecommerce")
def eval_llm_judge_transcript(r: random.Random) -> list:
    n, ad = thn(r), addr(r)
    return ["You are grading a support agent. Score 1-5 for accuracy and empathy.\n\n<transcript>\n",
            "Customer: สั่งของไปแล้วแต่ที่อยู่ผิด ต้องเป็น ", ADR(ad), " นะคะ ชื่อ ", PER(n), "\n",
            "Agent: แก้ไขให้แล้วค่ะ พัสดุจะถึงภายใน 2 วัน\n</transcript>\n\n<reference>\n",
            "Agent should confirm the new address back to the customer before editing.\n</reference>"]


@T("telecom")
def golden_csv_complaints(r: random.Random) -> list:
    rows = ["id,text,label\n"]
    rows += [f"{r.randint(1000, 9999)},\"สัญญาณหายแถวบ้าน ", ADR(addr(r, short=True)), "\",coverage\n"]
    rows += [f"{r.randint(1000, 9999)},\"โดนตัดเน็ตทั้งที่จ่ายแล้ว เบอร์ ", PHO(mobile(r, "dash")), "\",billing\n"]
    rows += [f"{r.randint(1000, 9999)},\"อยากย้ายค่ายแต่เก็บเบอร์เดิม\",porting\n"]
    return ["golden_set_v4.csv (first rows) — compute per-label F1 against model predictions:\n", rows]


@T("ml_platform")
def eval_redaction_regression_en(r: random.Random) -> list:
    n, ph, i = rom(r), mobile(r, "dash"), nid(r, "dash")
    return ["Regression case #", str(r.randint(100, 999)), " (copied from a production incident):\n",
            "input: \"Please update ", PER(n), "'s phone to ", PHO(ph), ", ID ", NID(i), "\"\n",
            "expected: \"Please update [PERSON]'s phone to [PHONE], ID [TH_ID]\"\n",
            "actual:   \"Please update [PERSON]'s phone to [PHONE], ID ", NID(i), "\"\n",
            "Explain why the ID was not redacted."]


# ============================== agent scratchpads, traces and logs ==============================
@T("crm")
def react_scratchpad_crm(r: random.Random) -> list:
    n, ph, em = thn(r), mobile(r), email(r)
    return ["Question: ลูกค้าโทรมาถามยอดค้างชำระ\n",
            "Thought: ต้องหาลูกค้าจากเบอร์ก่อน\nAction: crm_search\nAction Input: ", PHO(ph), "\n",
            "Observation: found 1 record → name=", PER(n), "; email=", EML(em), f"; outstanding={amount(r, 300, 20000)} THB\n",
            "Thought: ส่งลิงก์ชำระเงินทางอีเมล\nAction: send_payment_link\nAction Input: ", EML(em), "\nObservation:"]


@T("ml_platform")
def langchain_verbose_log(r: random.Random) -> list:
    n, i = thn(r), nid(r, "plain")
    return ["[chain/start] [1:chain:AgentExecutor] Entering Chain run with input:\n",
            J({"input": S("ตรวจสิทธิ์บัตรทองของ ", PER(n), " เลขบัตร ", NID(i))}, indent=2), "\n",
            "[tool/start] [1:chain:AgentExecutor > 3:tool:nhso_eligibility] Entering Tool run with input:\n\"", NID(i), "\"\n",
            "[tool/end] [1:chain:AgentExecutor > 3:tool:nhso_eligibility] [812ms] Exiting Tool run with output:\n\"สิทธิหลักประกันสุขภาพแห่งชาติ หน่วยบริการประจำ: รพ.สต.บ้านใหม่\""]


@T("ml_platform")
def otel_trace_span_json(r: random.Random) -> list:
    em, ph = email(r), mobile(r, "e164")
    span = {"traceId": hexs(r, 32), "spanId": hexs(r, 16), "name": "llm.chat",
            "startTimeUnixNano": epoch_ms(r) + "000000",
            "attributes": {"enduser.id": EML(em), "gen_ai.request.model": "gpt-4.1",
                           "gen_ai.prompt.0.content": S("เบอร์ ", PHO(ph), " ค้างค่าบริการเดือนไหนบ้าง"),
                           "http.client_ip": IP(ipv4(r))}}
    return ["Exported span (Langfuse → OTLP):\n", J(span, indent=2)]


@T("hr")
def agent_plan_hr_investigation(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return ["PLAN (investigation-agent, step 2 of 5)\n",
            "1. ✅ pulled complaint HRC-", str(r.randint(100, 999)), ": ", PER(a), " alleges supervisor ", PER(b),
            " ", SEX("มีความสัมพันธ์ชู้สาวกับเพื่อนร่วมงาน"), " and favours that staff member in shift allocation\n",
            "2. ⏳ fetch badge-in logs for both for March\n3. schedule interviews (HRBP + legal)\n",
            "4. draft interim findings\n5. close out"]


@T("payments")
def agent_fraud_scratchpad(r: random.Random) -> list:
    c, ip1, ip2, n = card(r), ipv4(r), ipv6(r), rom(r)
    return ["<scratchpad>\n", "txn 8 of 12 share card ", CC(c), " (holder ", PER(n), ")\n",
            "logins: ", IP(ip1), " (TH, Bangkok) then ", IP(ip2), " 4 minutes later (TH, Hat Yai) — impossible travel?\n",
            "velocity: 9 attempts / 10 min, 3DS frictionless\n", "decision: step-up + hold\n</scratchpad>"]


@T("health")
def agent_memory_save_call(r: random.Random) -> list:
    n = rom(r)
    return ["tool_use: memory.save\ninput: ",
            J({"user": PER(n), "fact": S("User said they are ", HEA(r.choice(["HIV-positive", "bipolar II disorder", "in remission from stage III colon cancer"])),
                                          " and wants reminders for clinic visits."), "ttl_days": 365}),
            "\ntool_result: {\"ok\": true}"]


@T("insurance")
def autogen_group_chat_log(r: random.Random) -> list:
    n, pol = thn(r), f"PL{r.randint(10000000, 99999999)}"
    return ["----- GroupChat (claims_team) -----\nintake_agent (to chat_manager):\n",
            "ผู้เอาประกัน ", PER(n), f" กรมธรรม์ {pol} เคลมค่ารักษา ", HEA(r.choice(["ผ่าตัดต้อกระจกตาขวา", "นิ่วในถุงน้ำดี", "ไข้เลือดออก"])),
            " ยอด ", amount(r, 20000, 120000), " บาท\n\nfraud_agent (to chat_manager):\n",
            "ไม่พบรูปแบบผิดปกติ โอนเข้าบัญชี ", ACC(bank_acct(r)), " ได้\n\napprover_agent (to chat_manager):\nAPPROVE"]


@T("logistics")
def crewai_task_output_en(r: random.Random) -> list:
    n, ph, ad = rom(r), mobile(r, "intl"), addr(r, en=True)
    return ["# Agent: Delivery Exception Handler\n## Final Answer:\n",
            "Redelivery booked for ", PER(n), " (", PHO(ph), ") at ", ADR(ad), " tomorrow 13:00-17:00. ",
            "Customer asked the rider to leave it with the condo guard."]


@T("ml_platform")
def agent_error_log_payload(r: random.Random) -> list:
    i, n = nid(r, "plain"), thn(r)
    return [f"ERROR {day_iso(r)}T{hhmm(r)}:07.114Z agent-runner request_id=req_{hexs(r, 20)}\n",
            "ToolExecutionError: dopa_verify failed (HTTP 422)\n  payload=",
            J({"pid": NID(i), "first_name": PER(n.split()[0]), "last_name": PER(n.split()[1]),
               "birth_date": DOB(dob(r, "iso"))}),
            "\n  at tools/dopa.py:88 in call()\nretrying in 2s (attempt 2/3)"]


@T("ml_platform")
def mcp_jsonrpc_tool_call(r: random.Random) -> list:
    n, em = rom(r), ""
    em = email(r, n, "bluewave.co.th")
    return [J({"jsonrpc": "2.0", "id": r.randint(10, 999), "method": "tools/call",
               "params": {"name": "hr_directory.lookup", "arguments": {"email": EML(em)}}}), "\n",
            J({"jsonrpc": "2.0", "id": 7, "result": {"content": [{"type": "text", "text": S(
                "name=", PER(n), "; dept=Finance; mobile=", PHO(mobile(r, "dash")), "; desk=12F-041")}]}})]


# ============================== hospitals, labs, insurers ==============================
@T("hospital")
def hosp_book_appointment_tool(r: random.Random) -> list:
    n, h, ph = thn(r), hn(r), mobile(r)
    return ["assistant.tool_calls[0] = book_appointment(",
            J({"hn": MRN(h), "patient_name": PER(n), "clinic": "จิตเวช",
               "reason": S("ติดตามอาการ", HEA(r.choice(["โรคซึมเศร้า", "โรคแพนิค", "โรคไบโพลาร์"])), " ปรับยา"),
               "sms_to": PHO(ph), "slot": f"{day_iso(r)} {hhmm(r)}"}), ")"]


@T("hospital")
def lab_results_tool_genetic(r: random.Random) -> list:
    n, h = rom(r), hn(r, "plain")
    return ["Tool get_lab_results returned:\n",
            md(["test", "result", "flag"],
               [["Hb typing (HPLC)", GEN(r.choice(["HbE trait (A2+E 28%)", "beta-thalassemia trait"])), "abnormal"],
                ["CBC - Hb", f"{r.uniform(10.5, 12.5):.1f} g/dL", "L"]]),
            "patient: ", PER(n), " | HN ", MRN(h), "\nExplain these results to the patient in simple Thai."]


@T("hospital")
def ivf_clinic_crm(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return ["CRM note → LLM summariser\n", "คู่สมรส: ", PER(a), " / ", PER(b), " โทร ", PHO(mobile(r)), "\n",
            "ผล PGT-A ตัวอ่อน 3 ตัว: ตัวอ่อนหมายเลข 2 ", GEN(r.choice(["โครโมโซม 47,XXY", "trisomy 21 on PGT-A"])), "\n",
            "ฝ่ายหญิง", GEN(r.choice(["พาหะแอลฟ่าธาลัสซีเมีย 1", "พาหะฮีโมโกลบินอี"])), "\nสรุปเป็นข้อความแจ้งคนไข้แบบนุ่มนวล"]


@T("insurance")
def insurer_claim_submit_tool(r: random.Random) -> list:
    n = thn(r)
    code, desc = r.choice(ICD)
    return ["Calling `claims.submit` with\n",
            J({"policy_no": f"H{r.randint(10000000, 99999999)}", "insured_name": PER(n), "hospital_hn": MRN(hn(r)),
               "diagnosis": [HEA(f"{code} {desc}")], "admit_date": day_iso(r), "claimed_amount": r.randint(15000, 180000),
               "payout": {"bank": r.choice(BANKS_EN), "account_no": ACC(bank_acct(r, "plain"))}}, indent=2)]


@T("insurance")
def insurer_underwriting_agent_en(r: random.Random) -> list:
    n = rom(r)
    return ["Underwriting agent — applicant disclosures to assess:\n", "- Applicant: ", PER(n), ", born ", DOB(dob(r, "en", 1965, 1995)), "\n",
            "- Declares ", HEA(r.choice(["chronic hepatitis C", "hypertension", "asthma"])), ", controlled with medication\n",
            "- Mother's genetic test: n/a; applicant's own test: ", GEN(r.choice(["BRCA2 pathogenic variant", "Lynch syndrome (MSH2 variant)"])), "\n",
            "Return: decision (standard / rated / decline) with reasons."]


@T("hospital")
def pharmacogenomic_alert(r: random.Random) -> list:
    n, h = thn(r), hn(r)
    return ["CDS alert passed to LLM for a patient-friendly explanation:\n",
            "ALERT: ", PER(n), " (HN ", MRN(h), ") ", GEN(r.choice(["HLA-B*15:02 ผลบวก", "HLA-B*58:01 positive"])),
            " — avoid carbamazepine/allopurinol; order was Carbamazepine 200 mg.\n", "Explain to the patient why the drug was changed."]


@T("legal")
def paternity_dna_case(r: random.Random) -> list:
    a, b, c = thn(r), thn(r), given(r)
    return ["ช่วยร่างคำร้องขอให้ศาลรับรองบุตร โดยอ้างผลตรวจนี้\n\n",
            "ผลตรวจ: ผู้ร้อง ", PER(a), " กับเด็กชาย", PER(c), " ", GEN("ผลตรวจ DNA ยืนยันความเป็นบิดา 99.98%"), "\n",
            "มารดาเด็ก: ", PER(b), " เลขประจำตัวประชาชน ", NID(nid(r, "dash")), "\n"]


@T("health")
def mental_health_chatbot_history(r: random.Random) -> list:
    lid = line_id(r)
    return ["messages (last 4):\nuser: ช่วงนี้ไม่อยากตื่นมาเลย ", r.choice(["เป็น", "หมอวินิจฉัยว่าเป็น"]), HEA("โรคซึมเศร้า"), "\n",
            "assistant: ขอบคุณที่เล่าให้ฟังนะ ตอนนี้ปลอดภัยดีไหม\n",
            "user: โอเค แต่กินยา ", HEA(r.choice(["Fluoxetine 20 mg", "Sertraline 50 mg"])), " แล้วไม่ค่อยดีขึ้น\n",
            "user: ถ้ามีนักจิตวิทยาว่าง ทักไลน์ ", LID(lid), " ได้เลย\n",
            "system: follow the crisis protocol; offer hotline 1323."]


@T("hospital")
def translate_patient_letter(r: random.Random) -> list:
    n, h, d = thn(r), hn(r), r.choice(DOCTORS)
    return ["Translate into English for the patient's insurer abroad:\n\n",
            "ใบรับรองแพทย์\nข้าพเจ้า ", PER(d), " ได้ตรวจ ", ttl(r), PER(n), " HN ", MRN(h), " เมื่อวันที่ ",
            f"{r.randint(1, 28)} {TH_MONTHS[r.randint(0, 11)]} 2569", " พบว่าป่วยเป็น",
            HEA(r.choice(["ไส้ติ่งอักเสบเฉียบพลัน", "ไข้เลือดออก", "กระดูกข้อมือหัก"])), " ควรพักรักษาตัว 7 วัน"]


@T("telemedicine")
def telemedicine_summary_en(r: random.Random) -> list:
    n = rom(r)
    return ["Summarise this teleconsult for the EHR (SOAP):\n",
            "Pt ", PER(n), ", DOB ", DOB(dob(r, "slash_ce")), ", MRN ", MRN(hn(r, "dash")), "\n",
            "S: 3 days of dysuria, known ", HEA(r.choice(HEALTH_EN[:4])), "\n",
            "O: self-reported temp 38.1\nA/P: likely UTI, start nitrofurantoin, urine culture at clinic"]


@T("health")
def sexual_health_clinic_booking(r: random.Random) -> list:
    n, ph = nick(r), mobile(r)
    return ["User message to clinic bot: สวัสดีครับ ผม", PER(n), " ", SEX(r.choice(["มีเพศสัมพันธ์โดยไม่ใช้ถุงยาง", "มีคู่นอนหลายคน"])),
            " เมื่อสัปดาห์ก่อน อยากนัดตรวจและขอรับ ", HEA("PEP"), " ครับ เบอร์ ", PHO(ph), "\n",
            "Bot task: route to same-day PEP slot and send SMS confirmation without naming the service."]


# ============================== biometrics ==============================
@T("bank")
def bank_voiceprint_enrol_log(r: random.Random) -> list:
    n, ph = thn(r), mobile(r, "e164")
    return [f"{day_iso(r)}T{hhmm(r)}:12+07:00 INFO voice-bio enrol ok customer=", PER(n), " ani=", PHO(ph),
            "\n  voiceprint_vector=", BIO(vec(r, 6)), "\n  quality=0.88 channel=IVR\n",
            "Explain to the agent in one paragraph why the customer's later verification failed."]


@T("bank")
def ekyc_face_match_result(r: random.Random) -> list:
    i, n = nid(r, "plain"), thn(r)
    return ["ekyc.verify_identity → ",
            J({"citizen_id": NID(i), "name": PER(n), "dopa_status": "valid",
               "face": {"selfie_embedding": BIO(vec(r, 5)), "similarity": round(r.uniform(0.62, 0.71), 3),
                        "threshold": 0.75, "liveness": "pass"}}, indent=2),
            "\nThe match failed. Draft the message asking the customer to retry in better light."]


@T("hr")
def hr_fingerprint_sync(r: random.Random) -> list:
    rows = ["emp_code,name,finger,template_b64\n"]
    for _ in range(2):
        rows += [f"E{r.randint(1000, 9999)},", PER(thn(r)), f",{r.choice(['R1', 'L1', 'R2'])},", BIO("Rk1S" + b64(r, 40) + "=="), "\n"]
    return ["ช่วยเขียนสคริปต์ Python อ่านไฟล์นี้แล้ว upsert เข้าเครื่องสแกนนิ้วรุ่นใหม่\n\n", rows]


@T("property")
def condo_face_enroll(r: random.Random) -> list:
    n = thn(r)
    return ["Condo access system – resident enrolment payload sent to the assistant for validation:\n",
            J({"resident": PER(n), "unit": ADR(f"{r.randint(99, 199)}/{r.randint(10, 450)} อาคาร B ถนนพระราม 9 แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพฯ 10310"),
               "car_plate": PLT(plate(r)), "face_template": BIO(b64(r, 48)), "template_format": "ISO19794-5"}, indent=2)]


@T("security")
def cctv_face_search_agent(r: random.Random) -> list:
    n = rom(r)
    return ["Action: face_search\nAction Input: ", J({"probe_embedding": BIO(vec(r, 6)), "top_k": 3}), "\n",
            "Observation: best match watchlist_id=WL-", str(r.randint(100, 999)), " name=", PER(n),
            " score=0.93 camera=LOBBY-02\nThought: alert the guard post and log the incident."]


@T("education")
def exam_proctoring_face(r: random.Random) -> list:
    sid, n = student_id(r), thn(r)
    return ["proctoring-event ", J({"student_id": SID(sid), "student_name": PER(n), "event": "face_mismatch",
                                    "reference_embedding": BIO(vec(r, 5)), "live_embedding": BIO(vec(r, 5)),
                                    "cosine": 0.41}), "\nWrite a neutral note for the exam committee."]


@T("bank")
def atm_palm_vein_log(r: random.Random) -> list:
    n, a = thn(r), bank_acct(r, "dash")
    return ["ATM incident log for summarisation:\n", f"{hhmm(r)} palm-vein auth failed x3 account=", ACC(a), " holder=", PER(n), "\n",
            "stored_palm_template_hash=", BIO("pv1$" + hexs(r, 40)), "\n", "card retained; customer to visit branch with ID."]


# ============================== telecom, e-commerce, logistics ==============================
@T("telecom")
def telecom_sim_registration_tool(r: random.Random) -> list:
    if r.random() < 0.5:
        who = ["customer_name", PER(thn(r)), "id_type", "CITIZEN_ID", "id_no", NID(nid(r, "plain"))]
    else:
        who = ["customer_name", PER(foreign(r)), "id_type", "PASSPORT", "id_no", PP(passport(r, r.choice(["mm", "la", "other"])))]
    body = {who[0]: who[1], who[2]: who[3], who[4]: who[5], "msisdn": PHO(mobile(r, "plain")),
            "channel": "dealer_app", "dealer_device_ip": IP(ipv4(r))}
    return ["Tool `sim_register` request (logged for audit, sent to LLM for anomaly explanation):\n", J(body, indent=2)]


@T("telecom")
def telecom_tickets_md_table(r: random.Random) -> list:
    rows = [[f"INC{r.randint(100000, 999999)}", PHO(mobile(r, "dash")), ADR(addr(r)), "FTTH ไฟ LOS แดง"],
            [f"INC{r.randint(100000, 999999)}", PHO(mobile(r, "dash")), ADR(addr(r)), "ความเร็วไม่ถึงแพ็กเกจ"]]
    return ["ทิกเก็ตค้างของทีมช่างโซนเหนือ วางแผนเส้นทางให้หน่อย\n\n", md(["ticket", "เบอร์ลูกค้า", "ที่อยู่ติดตั้ง", "อาการ"], rows)]


@T("ecommerce")
def ecom_order_lookup_escaped(r: random.Random) -> list:
    n, ad, ph = rom(r), addr(r), mobile(r, "plain")
    return ["<tool_response name=\"orders.get\">",
            J({"order_id": order_no(r, "SHP"), "status": "\u0e23\u0e2d\u0e08\u0e31\u0e14\u0e2a\u0e48\u0e07",
               "recipient": PER(n), "phone": PHO(ph), "ship_to": ADR(ad), "cod": True}, asc=True, tight=True),
            "</tool_response>\nTell the customer when the order will arrive."]


@T("hr")
def hr_app_request_escaped(r: random.Random) -> list:
    n = rom(r)
    body = J({"employee_name_en": PER(n), "work_email": EML(email(r, n, "siamsteel.co.th")),
              "request_type": "workplace_adjustment",
              "note": S("\u0e1c\u0e21", DIS(r.choice(["นั่งวีลแชร์", "ใส่ขาเทียมข้างขวา"])),
                        " ขอที่จอดรถใกล้ลิฟต์และโต๊ะปรับระดับได้"),
              "submitted_at": int(epoch_ms(r))}, asc=True, tight=True)
    return ["Request body captured by the gateway (HR self-service → LLM classifier):\n", body]


@T("ecommerce")
def ecom_return_chat_en(r: random.Random) -> list:
    n = r.choice(FOREIGN[11:])
    return ["Conversation:\nCustomer: Hi, I'm ", PER(n), ". The blender arrived cracked. Please collect it from ",
            ADR(addr(r, en=True)), ".\nAgent: Sorry about that! Can I confirm your email?\nCustomer: ", EML(email(r, n)),
            "\n\nNext agent message:"]


@T("logistics")
def logistics_driver_vetting_tool(r: random.Random) -> list:
    n, ph, pl = thn(r), mobile(r), plate(r)
    return ["driver_onboarding.check → ",
            J({"driver": PER(n), "phone": PHO(ph), "vehicle_plate": PLT(pl),
               "background_check": {"provider": "checkpro", "result": "review",
                                    "detail": CRI(r.choice(["มีประวัติคดีลักทรัพย์ปี 2563", "ถูกพิพากษาจำคุก 6 เดือน รอลงอาญา", "เคยถูกจับคดีเมาแล้วขับ"]))}}, indent=2),
            "\nควรรับเข้าทำงานไหม ตามนโยบายต้องไม่มีคดีเกี่ยวกับทรัพย์ภายใน 5 ปี"]


@T("logistics")
def delivery_rider_gig_agent(r: random.Random) -> list:
    n, pl, lid = nick(r), plate(r), line_id(r)
    return ["Rider support agent — context:\nrider: ", PER(n), " | bike ", PLT(pl), " | LINE ", LID(lid), "\n",
            "issue: ถูกปรับเพราะส่งช้า แต่ร้านทำอาหารช้า 25 นาที\ninstruction: ตอบไรเดอร์และตัดสินว่าจะคืนค่าปรับไหม"]


@T("insurance")
def car_insurance_claim_plate(r: random.Random) -> list:
    n, ph, pl, pl2 = thn(r), mobile(r), plate(r), plate(r)
    return ["FNOL agent output:\n", J({"insured": PER(n), "insured_vehicle": PLT(pl), "third_party_vehicle": PLT(pl2),
                                       "contact": PHO(ph), "location": "แยกลาดพร้าว 71", "injuries": False}, indent=2)]


@T("property")
def parking_lpr_agent_log(r: random.Random) -> list:
    pl = plate(r)
    return [f"[lpr-agent] trace={hexs(r, 16)} ts={epoch_ms(r)} cam=B2-ENTRY plate=\"", PLT(pl), "\" conf=0.97\n",
            "[lpr-agent] lookup resident → unit 1804 owner=", PER(thn(r)), " (overdue fee 2 months)\n",
            "[lpr-agent] asking LLM: compose polite reminder to be shown on the gate screen"]


@T("finance")
def debt_collection_agent_tool(r: random.Random) -> list:
    n = thn(r)
    return ["collections.next_action input:\n",
            J({"debtor": PER(n), "citizen_id": NID(nid(r, "dash")), "mobile": PHO(mobile(r)), "address": ADR(addr(r)),
               "loan_account": ACC(bank_acct(r, "plain")), "dpd": r.randint(31, 120), "last_promise": day_iso(r)}, indent=2),
            "\nGenerate the next SMS; comply with the debt-collection act (no threats, 08:00-20:00 only)."]


@T("finance")
def remittance_agent_laos(r: random.Random) -> list:
    s, rc = r.sample(["Keo Vongsa", "Souksavanh Phommachanh", "Bounmy Sisouphanh", "Vanh Inthavong"], 2)
    return ["Remittance chat (mixed TH/EN):\n", "Sender ", PER(s), " passport ", PP(passport(r, "la")), " Thai mobile ", PHO(mobile(r)), "\n",
            "Receiver ", PER(rc), " in Vientiane, phone ", PHO(lao_phone(r)), "\n",
            "Sender: ส่ง 5,000 บาทไปเวียงจันทน์ ค่าธรรมเนียมเท่าไหร่\nAssistant (draft):"]


# ============================== government, education, legal ==============================
@T("government")
def gov_welfare_eligibility_tool(r: random.Random) -> list:
    n = thn(r)
    return ["tool: welfare.check_eligibility\nargs: ",
            J({"citizen_id": NID(nid(r, "plain")), "name": PER(n), "address": ADR(addr(r)),
               "disability_card_type": DIS(r.choice(["พิการทางการเคลื่อนไหว", "พิการทางการมองเห็น", "พิการทางการได้ยิน"])),
               "household_note": S("ครอบครัว", ETH(r.choice(["ชาวม้ง", "ชาวลีซู", "ชาวเมี่ยน"])), " ไม่มีที่ดินทำกิน")}, indent=2)]


@T("government")
def gov_tax_refund_agent(r: random.Random) -> list:
    n, i = thn(r), nid(r, "dash")
    return ["ผู้ใช้: ทำไมยังไม่ได้เงินคืนภาษีคะ ", PER(n), " เลขผู้เสียภาษี ", NID(i), "\n",
            "tool(rd.refund_status) → ", J({"tin": NID(i), "status": "รอตรวจสอบเอกสาร", "promptpay_linked": False,
                                            "refund_account": ACC(bank_acct(r))}),
            "\nผู้ช่วย: (ตอบผู้ใช้ อธิบายขั้นตอนผูกพร้อมเพย์)"]


@T("education")
def school_lms_agent(r: random.Random) -> list:
    nk, sid, lid = nick(r), student_id(r), line_id(r)
    return ["LMS copilot request\n", "student: ด.ญ.", PER(nk), " (", SID(sid), ")\n",
            "teacher note: ", DIS("บกพร่องทางการเรียนรู้"), " (อ่านช้า) ขอเวลาสอบเพิ่ม 30 นาที\n",
            "parent LINE: ", LID(lid), "\n", "task: เขียนข้อความแจ้งผู้ปกครองเรื่องการจัดสอบแยกห้อง"]


@T("education")
def uni_scholarship_structured(r: random.Random) -> list:
    n, sid = thn(r), student_id(r, "ten")
    return ["Scoring rubric applied by model →\n",
            J({"applicant": PER(n), "student_id": SID(sid), "faculty": "พยาบาลศาสตร์", "gpa": round(r.uniform(2.8, 3.9), 2),
               "household_income": r.randint(4000, 12000), "priority_group": S(ETH(r.choice(ETH_TH[:6])), " จากพื้นที่สูง"),
               "score": r.randint(70, 95)}, indent=2)]


@T("education")
def student_loan_gsl_chat(r: random.Random) -> list:
    n, sid, i = thn(r), student_id(r, "letter"), nid(r, "dash")
    return ["แชทกับน้องบอท กยศ. (ส่งต่อให้โมเดลตอบ)\nผู้ใช้: ", PER(n), " รหัสนักศึกษา ", SID(sid), " เลขบัตร ", NID(i),
            " ค่ะ ยื่นกู้ปีนี้แล้วสถานะขึ้นว่ารอสถานศึกษายืนยัน ต้องทำอะไรต่อ"]


@T("education")
def uni_registrar_email_en(r: random.Random) -> list:
    n = rom(r)
    return ["Draft a reply to this email:\n\nFrom: ", EML(email(r, n)), "\nSubject: Transcript request\n\n",
            "Dear Registrar, I am ", PER(n), ", student ID ", SID(student_id(r, "ten")), ", graduated 2025. ",
            "Please send two sealed copies to ", ADR(addr(r, en=True)), ". Thank you."]


@T("legal")
def legal_contract_review_mixed(r: random.Random) -> list:
    a, co = thn(r), r.choice(["บริษัท ซันไรส์ ดิจิทัล จำกัด", "บริษัท นอร์ธสตาร์ ลอจิสติกส์ จำกัด"])
    return ["Review this clause for risk (answer in English):\n\n",
            "สัญญาจ้างทำของ ระหว่าง ", co, " เลขทะเบียน ", JUR(juristic(r)), " (ผู้ว่าจ้าง) และ ", ttl(r), PER(a),
            " เลขประจำตัวประชาชน ", NID(nid(r)), " (ผู้รับจ้าง) ผู้รับจ้างตกลงส่งมอบงานภายใน 60 วัน หากล่าช้าปรับวันละ 0.1% ของค่าจ้าง"]


@T("hr")
def recruiting_background_check_tool(r: random.Random) -> list:
    n = thn(r)
    return ["bgcheck.fetch_report output (to be summarised for the hiring manager — keep only job-relevant facts):\n",
            J({"candidate": PER(n), "id": NID(nid(r, "plain")), "criminal": CRI(r.choice(CRIM_TH)),
               "education_verified": True, "employment_verified": "2 of 3"}, indent=2)]


@T("justice")
def prison_visit_booking(r: random.Random) -> list:
    v, p = thn(r), thn(r)
    return ["ผู้ใช้: จองเยี่ยมญาติออนไลน์ค่ะ ผู้เยี่ยมคือ ", PER(v), " เลขบัตร ", NID(nid(r, "dash")), "\n",
            "ผู้ต้องขังคือ ", PER(p), " ", CRI(r.choice(["ผู้ต้องขังคดียาเสพติด", "ต้องโทษจำคุก 3 ปีคดีฉ้อโกง"])), " แดน 4\n",
            "ผู้ช่วย: (เรียก booking.create แล้วแจ้งวันเวลาที่ว่าง)"]


@T("justice")
def probation_officer_notes(r: random.Random) -> list:
    n, ph = rom(r), mobile(r)
    return ["Summarise for the monthly report:\n", "Client ", PER(n), " — ", CRI(r.choice(["on probation for assault", "convicted of embezzlement"])),
            "; reported on time; employed at a car wash; phone ", PHO(ph), "; next check-in ", day_iso(r), "."]


@T("legal")
def protest_legal_aid_intake(r: random.Random) -> list:
    n, ph = thn(r), mobile(r)
    return ["แบบรับเรื่องศูนย์ช่วยเหลือทางกฎหมาย (ให้ AI จัดหมวด)\nชื่อ: ", PER(n), "\nโทร: ", PHO(ph), "\n",
            "ข้อเท็จจริง: ", POL("ไปร่วมชุมนุมต้านรัฐบาล"), " ที่แยกราชประสงค์ ถูกตั้งข้อหา", CRI("ฝ่าฝืนพ.ร.ก.ฉุกเฉิน"),
            " ได้รับหมายเรียกแล้ว"]


# ============================== political opinion ==============================
@T("politics")
def politics_canvass_crm(r: random.Random) -> list:
    rows = [[PER(thn(r)), ADR(addr(r, short=True)), PHO(mobile(r, "dash")), POL(r.choice(POL_TH[:2] + POL_TH[7:8]))],
            [PER(thn(r)), ADR(addr(r, short=True)), PHO(mobile(r, "dash")), "ยังไม่ตัดสินใจ"]]
    return ["ข้อมูลเคาะประตูวันนี้ ช่วยสรุปว่าควรกลับไปหาใครซ้ำ\n\n", md(["ชื่อ", "ที่อยู่", "โทร", "ท่าที"], rows)]


@T("media")
def social_listening_agent(r: random.Random) -> list:
    n = thn(r)
    return ["social_listening.collect → 1 post flagged for brand-safety review:\n",
            J({"author_display_name": PER(n), "author_contact_in_bio": EML(email(r)),
               "text": S("แบรนด์นี้สปอนเซอร์รัฐบาล ขอบอยคอต เรา", POL(r.choice(["สนับสนุนพรรคฝ่ายค้าน", "เป็นแอดมินเพจการเมืองฝ่ายประชาธิปไตย"])), " มาตลอด"),
               "likes": r.randint(20, 900)}, indent=2), "\nShould the brand reply?"]


@T("media")
def newsroom_source_notes(r: random.Random) -> list:
    n, ph = rom(r), mobile(r, "intl")
    return ["Notes for the reporter's assistant (do not publish):\n",
            "Source: ", PER(n), ", ", POL(r.choice(["volunteers for a pro-democracy group", "a registered party member", "campaigned against the ruling party"])),
            ", reachable on Signal ", PHO(ph), ".\nAsk: turn these into 5 interview questions about the land-compensation dispute."]


@T("politics")
def political_donation_reconciliation(r: random.Random) -> list:
    n, i = thn(r), nid(r, "plain")
    return ["กระทบยอดเงินบริจาคกับรายงานต่อ กกต. รายการนี้ไม่ตรง:\n",
            "ผู้บริจาค ", PER(n), " เลขประจำตัว ", NID(i), " ", POL("บริจาคเงินให้พรรคการเมือง"), f" {amount(r, 1000, 50000)} บาท ",
            "โอนจากบัญชี ", ACC(bank_acct(r)), "\nหาสาเหตุที่ยอดไม่ตรงกับใบเสร็จ"]


# ============================== religion, ethnicity, disability, sexuality, unions ==============================
@T("religion")
def mosque_zakat_payment(r: random.Random) -> list:
    n = thn(r)
    return ["payments.create_receipt(", J({"payer": PER(n), "payer_note": S(REL("มุสลิม"), " สมาชิกมัสยิดประจำตำบล"),
                                            "purpose": "ซะกาตประจำปี", "from_account": ACC(bank_acct(r)),
                                            "amount": r.randint(500, 20000)}), ")"]


@T("religion")
def church_member_crm_en(r: random.Random) -> list:
    n = rom(r)
    return ["Member record from church CRM (to draft a welcome email):\n", "Name: ", PER(n), "\nEmail: ", EML(email(r, n)), "\n",
            "Status: ", REL(r.choice(["baptised Catholic", "Christian", "Jehovah's Witness"])), ", joined 2025, volunteers at Sunday school\n"]


@T("religion")
def temple_ordination_registration(r: random.Random) -> list:
    n = thn(r)
    return ["ตรวจเอกสารผู้ขออุปสมบทหมู่ (สกัดจากไฟล์ที่อัปโหลด)\n",
            J({"ชื่อ": PER(n), "เลขบัตรประชาชน": NID(nid(r, "dash")), "วันเกิด": DOB(dob(r, "th_long", 1985, 2005)),
               "ศาสนา": REL("พุทธ"), "ที่อยู่": ADR(addr(r)), "ใบรับรองแพทย์": "แนบแล้ว"}, indent=2)]


@T("hr")
def spreadsheet_agent_ramadan_shift(r: random.Random) -> list:
    rows = [[PER(thn(r)), "กะเช้า", REL("มุสลิม"), "ขอเลิก 17.30 ช่วงรอมฎอน"],
            [PER(thn(r)), "กะบ่าย", REL(r.choice(["มุสลิม", "อิสลาม"])), "ขอพักละหมาดวันศุกร์"],
            [PER(thn(r)), "กะดึก", "-", "-"]]
    return ["Sheet 'shift_requests' (selected range A1:D4):\n", md(["พนักงาน", "กะ", "ศาสนา", "คำขอ"], rows),
            "\nReorganise shifts for next month so all requests are met."]


@T("ngo")
def migrant_worker_registration(r: random.Random) -> list:
    n = r.choice(["Aung Ko Ko", "Thida Win", "Zaw Min Htet", "Nang Seng Hom", "Saw Eh Htoo"])
    return ["แปลและกรอกแบบฟอร์มขึ้นทะเบียนแรงงาน (ข้อมูลจากล่าม)\n", "ชื่อ: ", PER(n), "\nหนังสือเดินทาง: ", PP(passport(r, "mm")), "\n",
            "เชื้อชาติ/ชาติพันธุ์: ", ETH(r.choice(["ไทใหญ่", "กะเหรี่ยง", "มอญ"])), "\nโทร: ", PHO(foreign_phone(r)), " / ", PHO(mobile(r)), "\n"]


@T("ngo")
def refugee_ngo_case_en(r: random.Random) -> list:
    n = r.choice(["Mohammed Rafiq", "Noor Begum", "Saw Eh Htoo", "Naw Paw Wah"])
    return ["Case intake (NGO CMS) → summarise for the protection officer:\n",
            "Client: ", PER(n), ", ", ETH(r.choice(["Rohingya", "ethnic Karen"])), ", arrived via Mae Sot 2024\n",
            "Health: ", HEA(r.choice(["pulmonary TB", "PTSD"])), ", on treatment\nContact via caseworker only.\n"]


@T("hr")
def disability_quota_md(r: random.Random) -> list:
    rows = [[PER(thn(r)), NID(nid(r, "dash")), DIS(r.choice(DIS_TH[:5]))],
            [PER(thn(r)), NID(nid(r, "dash")), DIS(r.choice(DIS_TH[5:]))]]
    return ["รายงาน ม.33 ส่งกรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ — ตรวจความครบถ้วน\n\n",
            md(["ชื่อ-สกุล", "เลขบัตร", "ประเภทความพิการ"], rows)]


@T("travel")
def hotel_guest_profile(r: random.Random) -> list:
    n = foreign(r)
    return ["PMS guest profile → concierge agent context\n",
            J({"guest": PER(n), "passport": PP(passport(r, "other")), "mobile": PHO(mobile(r, "intl")),
               "notes": S("Guest is ", DIS(r.choice(["Deaf", "blind", "a wheelchair user"]).removeprefix("a ")),
                          "; prefers text messages; vegetarian")}, indent=2)]


@T("hr")
def samesex_partner_benefit_claim(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return ["HR benefits bot — user turn:\nผม", PER(a), " ขอเพิ่มคู่สมรส", PER(b), " เข้าประกันกลุ่มครับ เรา",
            SEX("เป็นคู่รักเพศเดียวกัน"), " จดทะเบียนสมรสแล้วเมื่อเดือนมกราคม\n",
            "assistant: (check policy v2026 section 5 and list required documents)"]


@T("labour")
def union_strike_roster(r: random.Random) -> list:
    rows = ["name,dept,role,phone\n"]
    for role in ("ประธานสหภาพแรงงาน", "กรรมการสหภาพแรงงาน"):
        rows += [PER(thn(r)), ",ฝ่ายผลิต,", UNI(role), ",", PHO(mobile(r, "plain")), "\n"]
    return ["จัดตารางเวรเฝ้าหน้าโรงงานระหว่างนัดหยุดงาน จากรายชื่อนี้\n", rows]


@T("hr")
def meeting_transcript_summariser(r: random.Random) -> list:
    a, b = given(r), given(r)
    return ["Transcribe→summarise (Teams, auto-captions)\n", f"[00:{r.randint(10, 59)}:12] ", PER(a), ": ทีมผลิตกะดึกขาดคนอีกแล้วค่ะ\n",
            f"[00:{r.randint(10, 59)}:40] ", PER(b), ": ผมขอแจ้งว่าผม", UNI(r.choice(["เพิ่งสมัครเข้าสหภาพแรงงาน", "เป็นกรรมการสหภาพแรงงาน"])),
            " แล้วนะครับ เรื่อง OT ต้องคุยกับสหภาพด้วย\n", "Summarise action items only."]


# ============================== general office traffic ==============================
@T("office")
def email_triage_agent_input(r: random.Random) -> list:
    n = rom(r)
    return ["Classify each email (sales / support / spam) and extract the sender's callback number.\n\n",
            "--- email 1 ---\nFrom: ", EML(email(r, n)), "\nHi team, please call me back about the 50-unit order. ",
            "Regards, ", PER(n), " | ", PHO(mobile(r, "intl")), "\n--- email 2 ---\nFrom: newsletter@deals.example.net\nFLASH SALE 70% OFF!"]


@T("data")
def text_to_sql_result(r: random.Random) -> list:
    rows = []
    for g, sn in r.sample(ROMAN, 2):
        n = f"{g} {sn}"
        rows.append([PER(n), EML(email(r, n)), PHO(mobile(r, "plain")), f"{r.randint(3, 40)}"])
    return ["SQL: SELECT name, email, phone, orders FROM customers ORDER BY orders DESC LIMIT 2;\nResult:\n",
            md(["name", "email", "phone", "orders"], rows), "\nWrite a thank-you message for our top customers."]


@T("callcenter")
def asr_callcenter_transcript(r: random.Random) -> list:
    i, n = nid(r, "space"), thn(r)
    return ["ASR transcript (diarised) — fix punctuation and summarise:\n",
            "AGENT: สวัสดีค่ะ ยินดีให้บริการ ขอชื่อและเลขบัตรประชาชนเพื่อยืนยันตัวตนค่ะ\n",
            "CUSTOMER: ชื่อ ", PER(n), " ครับ เลขบัตร ", NID(i), "\n",
            "CUSTOMER: บัตรเครดิตโดนรูดที่ต่างประเทศ ผมไม่ได้ใช้ครับ\n"]


@T("sms")
def sms_batch_classify(r: random.Random) -> list:
    return ["Label each inbound SMS as {payment_promise, dispute, other}:\n",
            "1. \"จะโอนวันศุกร์นี้ค่ะ ", PER(thn(r)), "\" from ", PHO(mobile(r, "e164")), "\n",
            "2. \"ไม่เคยกู้ ใครเอาชื่อไปใช้\" from ", PHO(mobile(r, "e164")), "\n",
            "3. \"STOP\" (sender withheld)"]


@T("bank")
def mobile_banking_login_audit(r: random.Random) -> list:
    n = rom(r)
    return ["Security copilot — explain this sequence to the customer:\n",
            f"{hhmm(r)} login ok user=", PER(n), " ip=", IP(ipv4(r)), " device=iPhone15,2\n",
            f"{hhmm(r)} new device bind attempt ip=", IP(ipv4(r)), " (VN) blocked\n",
            f"{hhmm(r)} password reset requested to ", EML(email(r, n)), "\n"]


@T("ecommerce")
def ecom_fraud_ip_check(r: random.Random) -> list:
    em, ip = email(r), ipv4(r)
    return ["Function result (risk.score_order):\n",
            J({"order": order_no(r, "WEB"), "buyer_email": EML(em), "ip": IP(ip), "ip_country": "TH",
               "bin_country": "US", "score": 87, "rules": ["bin_geo_mismatch", "new_account_high_value"]}),
            "\nWrite the manual-review note."]


@T("web")
def web_form_submission_log(r: random.Random) -> list:
    n = thn(r)
    return [f"POST /api/lead 201 {r.randint(40, 300)}ms ip=", IP(ipv4(r)), " body=",
            J({"name": PER(n), "tel": PHO(mobile(r, "plain")), "email": EML(email(r)), "interest": "สินเชื่อบ้าน"}, tight=True),
            "\n→ forwarded to lead-qualifier LLM"]


@T("procurement")
def vendor_onboarding_toolcall(r: random.Random) -> list:
    n = thn(r)
    return ["create_vendor(",
            J({"legal_name": "บริษัท ไทยเฟรช ซัพพลาย จำกัด", "tax_id": JUR(juristic(r)), "branch": "00000",
               "contact_name": PER(n), "contact_mobile": PHO(mobile(r)),
               "bank": {"name": r.choice(BANKS), "account_no": ACC(bank_acct(r))}}), ")"]


@T("retail")
def tax_invoice_request_line(r: random.Random) -> list:
    co = r.choice(["บริษัท ทองไทย เทรดดิ้ง จำกัด", "ห้างหุ้นส่วนจำกัด สุขใจการช่าง"])
    return ["ลูกค้าทักไลน์ร้าน: ขอใบกำกับภาษีเต็มรูปค่ะ ออกในนาม ", co, " เลขผู้เสียภาษี ", JUR(juristic(r, "plain")),
            " ที่อยู่ ", ADR(addr(r)), " สาขาสำนักงานใหญ่ ส่งไฟล์มาที่อีเมล ", EML(email(r)), "\nตอบลูกค้าว่าออกได้ภายในกี่วัน"]


@T("data")
def code_fixture_real_customers(r: random.Random) -> list:
    n = thn(r)
    return ["Why does this test fail? (fixture copied from prod)\n```python\nCUSTOMER = {\n",
            "    \"name\": \"", PER(n), "\",\n    \"citizen_id\": \"", NID(nid(r, "plain")), "\",\n",
            "    \"dob\": \"", DOB(dob(r, "iso")), "\",\n    \"card\": \"", CC(card(r, "plain")), "\",\n}\n",
            "assert mask(CUSTOMER)[\"card\"].endswith(CUSTOMER[\"card\"][-4:])\n```"]


@T("office")
def whatsapp_export_en(r: random.Random) -> list:
    a, d = r.choice(FOREIGN[11:]), f"{r.randint(1, 28)}/{r.randint(1, 12)}/26"
    return ["Summarise this WhatsApp thread for the property manager:\n",
            f"[{d}, 09:12] ", PER(a), ": The aircon in my unit is leaking again\n",
            f"[{d}, 09:13] ", PER(a), ": I'm at ", ADR(addr(r, en=True)), ", call ", PHO(mobile(r, "intl")), "\n",
            f"[{d}, 09:40] Technician: will come at 3pm"]


@T("ocr")
def ocr_house_registration(r: random.Random) -> list:
    n = thn(r)
    return ["OCR ทะเบียนบ้าน (ท.ร.14) หน้า 2 — จัดให้อ่านง่าย\n",
            "ชื่อ ", PER(n), "  เลขประจำตัวประชาชน ", NID(nid(r, "dash")), "\nเกิดวันที่ ", DOB(dob(r, "th_short")),
            "   สัญชาติ ไทย\nที่อยู่ ", ADR(addr(r)), "\nมารดาชื่อ ", PER(thn(r)), "\n"]


# ============================== hard negatives, one pair per s.26 category ==============================
@T("insurance", hard="HEALTH_DATA")
def hn_health_rag_exclusions(r: random.Random) -> list:
    return ["Answer from the policy wording only.\n\n[chunk 1] สัญญาเพิ่มเติมสุขภาพ หมวด 5 ข้อยกเว้น: ไม่คุ้มครองโรคที่เป็นมาก่อนการทำประกัน ",
            "(pre-existing conditions) เช่น เบาหวาน ความดันโลหิตสูง มะเร็ง ภายใน 2 ปีแรก\n",
            f"[chunk 2] ระยะเวลารอคอย: โรคทั่วไป 30 วัน, โรคเฉพาะ {r.choice([90, 120])} วัน ได้แก่ ต้อกระจก นิ่ว ไส้เลื่อน ริดสีดวงทวาร\n",
            "[chunk 3] การรักษาโรคซึมเศร้าแบบผู้ป่วยนอก คุ้มครองไม่เกิน 10 ครั้งต่อปี\n\n",
            "Question: Is outpatient depression treatment covered in the first year?"]


@T("health", hard="HEALTH_DATA")
def hn_health_embed_faq(r: random.Random) -> list:
    return [J({"model": "text-embedding-3-small", "input": [
        "เบาหวานชนิดที่ 2 คืออะไร และควบคุมน้ำตาลอย่างไร",
        "ยา PrEP รับได้ที่ไหน ต้องตรวจเลือดก่อนหรือไม่",
        "อาการของโรคซึมเศร้าที่ควรพบจิตแพทย์",
        f"ค่าตรวจคัดกรองมะเร็งลำไส้ใหญ่ (FIT test) ราคา {r.choice([350, 450, 500])} บาท"],
        "user": "faq-indexer"}, indent=2)]


@T("food_delivery", hard="RELIGION")
def hn_rel_system_prompt_halal(r: random.Random) -> list:
    return ["SYSTEM: You are the menu assistant for a food-delivery app. When the user turns on the \"Halal\" filter, ",
            "only recommend restaurants with a valid certificate from the Central Islamic Council of Thailand. ",
            "During Ramadan, show iftar sets after 18:00. For vegetarian festival (เทศกาลกินเจ) tag items with the yellow flag. ",
            "Never assume a user's religion from their order history; ask about dietary needs instead.\n",
            f"Certificate cache TTL: {r.choice([6, 12, 24])}h."]


@T("calendar", hard="RELIGION")
def hn_rel_holiday_tool_result(r: random.Random) -> list:
    items = [{"name": "วันมาฆบูชา", "type": "buddhist", "start_ms": int(epoch_ms(r, 1_770_000_000_000, 1_775_000_000_000))},
             {"name": "วันฮารีรายอ (อีดิ้ลฟิตริ)", "type": "islamic_regional", "start_ms": int(epoch_ms(r, 1_773_000_000_000, 1_776_000_000_000))},
             {"name": "วันคริสต์มาส", "type": "observance", "start_ms": int(epoch_ms(r, 1_795_000_000_000, 1_798_000_000_000))}]
    return ["tool_result(holidays.list, country=TH, year=2026):\n", J({"items": items, "source": "gov-calendar"}, indent=2),
            "\nWhich of these close our Pattani and Yala branches?"]


@T("government", hard="ETHNICITY")
def hn_eth_tool_schema_enum(r: random.Random) -> list:
    schema = {"name": "record_household_survey", "description": "บันทึกแบบสำรวจครัวเรือน (ไม่เก็บชื่อผู้ตอบ)",
              "parameters": {"type": "object", "properties": {
                  "village_code": {"type": "string", "pattern": "^[0-9]{8}$"},
                  "ethnic_group": {"type": "string", "enum": ["ไทย", "กะเหรี่ยง", "ม้ง", "อาข่า", "ลาหู่", "ลีซู", "เมี่ยน", "ลัวะ", "อื่น ๆ"]},
                  "household_size": {"type": "integer", "minimum": 1}}, "required": ["village_code", "ethnic_group"]}}
    return ["tools = [\n", J(schema, indent=2), "\n]"]


@T("government", hard="ETHNICITY")
def hn_eth_stats_rag(r: random.Random) -> list:
    return ["Context:\n[1] รายงานประชากรกลุ่มชาติพันธุ์บนพื้นที่สูง: กะเหรี่ยงมีสัดส่วนมากที่สุด ราว ", f"{r.randint(40, 46)}%",
            " รองลงมาคือม้งและลาหู่\n[2] Rohingya arrivals registered by UNHCR Thailand fell by ", f"{r.randint(10, 30)}%",
            " year on year.\nQ: Summarise the two sources in one paragraph for a policy brief."]


@T("media", hard="POLITICAL_OPINION")
def hn_pol_news_tool_result(r: random.Random) -> list:
    res = [{"title": "กกต. ประกาศวันเลือกตั้งท้องถิ่น อบจ. ทั่วประเทศ", "source": "ข่าวการเมือง", "published": day_iso(r)},
           {"title": "นายกรัฐมนตรีแถลงนโยบายค่าแรงขั้นต่ำต่อรัฐสภา", "source": "สำนักข่าวไทย", "published": day_iso(r)},
           {"title": "Opposition leader files no-confidence motion against cabinet", "source": "wire", "published": day_iso(r)}]
    return ["news_search results:\n", J(res, indent=2), "\nWrite a neutral 3-bullet morning briefing."]


@T("education", hard="POLITICAL_OPINION")
def hn_pol_civics_quiz_eval(r: random.Random) -> list:
    return ["Eval item ", str(r.randint(100, 999)), " (history, grade 11)\nQ: ใครเป็นผู้ก่อตั้งมหาวิทยาลัยวิชาธรรมศาสตร์และการเมือง และมีบทบาทในการเปลี่ยนแปลงการปกครอง พ.ศ. 2475?\n",
            "Reference answer: ปรีดี พนมยงค์ (หลวงประดิษฐ์มนูธรรม) แกนนำคณะราษฎรฝ่ายพลเรือน\n",
            "Model answer: ปรีดี พนมยงค์\nGrade: correct / incorrect?"]


@T("hr", hard="CRIMINAL_RECORD")
def hn_crim_api_docs(r: random.Random) -> list:
    return ["## POST /v2/background-checks\nRequest body:\n```json\n",
            '{\n  "citizen_id": "', bad_nid(r), '",\n  "consent_token": "<token from consent flow>",\n  "checks": ["criminal", "education"]\n}\n```\n',
            "`citizen_id` in the example is not a real number (checksum fails). Response `criminal.status` is one of ",
            "`clear`, `record_found`, `pending`. Results are retained for 90 days.\nExplain this endpoint to a junior developer."]


@T("justice", hard="CRIMINAL_RECORD")
def hn_crim_stats_dashboard(r: random.Random) -> list:
    rows = [[p, f"{r.randint(200, 4000):,}", f"{r.randint(30, 90)}%"] for p in ("เชียงใหม่", "ชลบุรี", "สงขลา")]
    return ["dashboard.query(\"คดียาเสพติด ปีงบ 2568\") →\n", md(["จังหวัด", "จำนวนคดี", "จับกุมได้"], rows),
            "\nเขียนบทวิเคราะห์แนวโน้มสั้น ๆ"]


@T("health", hard="SEXUAL_BEHAVIOUR")
def hn_sex_rag_prep_criteria(r: random.Random) -> list:
    return ["<context>\nPrEP eligibility (national guideline 2568): offer PrEP to men who have sex with men, transgender women, ",
            "sex workers, and serodiscordant couples. Test HIV and creatinine before starting; follow up every ",
            f"{r.choice([1, 3])} months.\n</context>\nUser: ผู้หญิงทั่วไปขอรับ PrEP ได้ไหม"]


@T("legal", hard="SEXUAL_BEHAVIOUR")
def hn_sex_marriage_equality_explainer(r: random.Random) -> list:
    return ["Summarise for the HR newsletter: พ.ร.บ.แก้ไขเพิ่มเติมประมวลกฎหมายแพ่งและพาณิชย์ (สมรสเท่าเทียม) ",
            "ให้บุคคลสองคนไม่ว่าเพศใดจดทะเบียนสมรสได้เมื่ออายุครบ 18 ปี มีสิทธิรับมรดก ลดหย่อนภาษี และสวัสดิการคู่สมรสเท่ากัน ",
            f"บริษัทจึงปรับนโยบายสวัสดิการคู่สมรสให้ครอบคลุมคู่เพศเดียวกันตั้งแต่ {r.choice(['1 มกราคม', '1 เมษายน'])} 2569"]


@T("web", hard="DISABILITY")
def hn_dis_accessibility_system_prompt(r: random.Random) -> list:
    return ["SYSTEM: Rewrite web copy to meet WCAG 2.2 AA. Write alt text for every image, keep sentences short for ",
            "readers with intellectual disabilities, never rely on colour alone (colour-blind users), and add captions ",
            "for Deaf and hard-of-hearing users. Output Thai and English.\nUSER: <p>คลิกปุ่มสีเขียวเพื่อสมัคร</p>"]


@T("government", hard="DISABILITY")
def hn_dis_allowance_tool_result(r: random.Random) -> list:
    return ["tool_result (welfare_rules.get, program=disability_allowance):\n",
            J({"monthly_amount_thb": 800, "under_18_amount_thb": 1000, "eligibility": "ผู้ถือบัตรประจำตัวคนพิการ ทุกประเภท",
               "payment_day": 10, "documents": ["บัตรคนพิการ", "สมุดบัญชีเงินฝาก"], "updated_at_ms": int(epoch_ms(r))}, indent=2)]


@T("labour", hard="TRADE_UNION")
def hn_union_labour_law_rag(r: random.Random) -> list:
    return ["[1] พ.ร.บ.แรงงานสัมพันธ์ มาตรา 88: ลูกจ้างซึ่งบรรลุนิติภาวะและมีสัญชาติไทยมีสิทธิจัดตั้งสหภาพแรงงาน\n",
            "[2] มาตรา 121: ห้ามนายจ้างเลิกจ้างลูกจ้างเพราะเหตุที่ลูกจ้างเป็นสมาชิกสหภาพแรงงาน\n",
            "[3] ILO C87 (Freedom of Association) has not been ratified by Thailand.\n",
            "Question: can an employer refuse to negotiate with a newly registered union?"]


@T("labour", hard="TRADE_UNION")
def hn_union_agenda_template(r: random.Random) -> list:
    return ["Fill this template later; for now only fix grammar:\n",
            "วาระการประชุมใหญ่สามัญประจำปี สหภาพแรงงาน{{union_name}}\n1. ประธานแจ้งให้ทราบ\n2. รับรองรายงานการประชุมครั้งที่แล้ว\n",
            "3. รายงานงบการเงิน (ค่าบำรุงสมาชิก {{dues}} บาท/เดือน)\n4. เลือกตั้งกรรมการ {{seats}} ตำแหน่ง\n5. เรื่องอื่น ๆ\n",
            f"สถานที่: ห้องประชุม {r.choice(['A', 'B'])} เวลา {hhmm(r)} น."]


@T("retail", hard="GENETIC_DATA")
def hn_gen_product_catalogue(r: random.Random) -> list:
    items = [{"sku": f"DNA-{r.randint(100, 999)}", "name": "ชุดตรวจพันธุกรรมหาเชื้อสายบรรพบุรุษ", "price": 5900},
             {"sku": f"DNA-{r.randint(100, 999)}", "name": "Thalassemia carrier screening (couple)", "price": 3500},
             {"sku": f"DNA-{r.randint(100, 999)}", "name": "Pharmacogenomics panel 12 genes (HLA-B, CYP2C19)", "price": 12900}]
    return ["catalogue.list() →\n", J(items, indent=2), "\nWrite SEO product descriptions without medical claims."]


@T("ml_platform", hard="GENETIC_DATA")
def hn_gen_eval_rubric(r: random.Random) -> list:
    return ["Classifier rubric v", str(r.randint(2, 5)), ": label a text GENETIC only if it reports a test result about an identified person.\n",
            "- \"ยีน BRCA1 เพิ่มความเสี่ยงมะเร็งเต้านม\" → NOT_GENETIC (general fact)\n",
            "- \"Thalassemia carrier rate in Thailand is about 30-40%\" → NOT_GENETIC (statistic)\n",
            "- \"<result about a named patient>\" → GENETIC\nApply the rubric to the next batch."]


@T("security", hard="BIOMETRIC_DATA")
def hn_bio_face_api_docs(r: random.Random) -> list:
    return ["### Face Compare API\n`POST /face/v1/compare`\n| field | type | note |\n|---|---|---|\n",
            "| image_a | base64 | JPEG, max 2 MB |\n| image_b | base64 | JPEG, max 2 MB |\n| threshold | float | default 0.78 |\n\n",
            "Returns `{\"similarity\": <0..1>, \"match\": <bool>}`. Images are deleted after ", f"{r.choice([1, 24])}",
            " hours; templates are never stored.\nTranslate this section to Thai."]


@T("security", hard="BIOMETRIC_DATA")
def hn_bio_device_config_log(r: random.Random) -> list:
    return ["Diagnose why the scanners keep rebooting:\n",
            f"device=ZK-F{r.randint(10, 99)} sn=CQZ{r.randint(1000000, 9999999)} fw=6.60 ts_ms={(t0 := epoch_ms(r))} event=boot\n",
            f"device=ZK-F{r.randint(10, 99)} sn=CQZ{r.randint(1000000, 9999999)} fw=6.60 ts_ms={epoch_ms(r, int(t0) + 5_000, int(t0) + 900_000)} event=template_db_full capacity=3000\n",
            "config: match_threshold=45 anti_spoof=on store_images=false"]


# ============================== negatives: agent machinery, docs, catalogues, policy ==============================
@T("ml_platform", neg=True)
def neg_epoch_agent_trace_log(r: random.Random) -> list:
    t0 = int(epoch_ms(r))
    lines: list[str] = []
    for step, tool in enumerate(["planner", "kb_search", "answer"], 1):
        lines.append(f"trace_id={hexs(r, 32)} span={hexs(r, 16)} step={step} tool={tool} start_ms={epoch_ms(r, t0 + step * 40_000, t0 + step * 40_000 + 30_000)} "
                     f"tokens_in={r.randint(300, 4000)} tokens_out={r.randint(20, 600)}\n")
    return ["Why is step 2 so slow? Agent trace:\n", lines]


@T("ml_platform", neg=True)
def neg_epoch_tool_latency_metrics(r: random.Random) -> list:
    t0 = int(epoch_ms(r))
    return [J({"window_start_ms": t0, "window_end_ms": int(epoch_ms(r, t0 + 3_000_000, t0 + 3_700_000)),
               "tools": {"crm_get_customer": {"p50_ms": r.randint(80, 200), "p95_ms": r.randint(300, 900), "errors": r.randint(0, 9)},
                         "calendar.events.insert": {"p50_ms": r.randint(150, 400), "p95_ms": r.randint(600, 2000), "errors": 0}}}, indent=2),
            "\nWrite an SLO status update for Slack."]


@T("integration", neg=True)
def neg_epoch_webhook_retry_log(r: random.Random) -> list:
    t0, wid = int(epoch_ms(r)), hexs(r, 12)
    t1 = int(epoch_ms(r, t0 + 1_000, t0 + 30_000))
    t2 = int(epoch_ms(r, t1 + 30_000, t1 + 120_000))
    return [f"webhook id=wh_{wid} event=ticket.updated attempt=1 sent_at={t0} status=503\n",
            f"webhook id=wh_{wid} event=ticket.updated attempt=2 sent_at={t1} status=503\n",
            f"webhook id=wh_{wid} event=ticket.updated attempt=3 sent_at={t2} status=200\n",
            "Propose a backoff policy so we stop hammering the endpoint."]


@T("calendar", neg=True)
def neg_epoch_calendar_freebusy_rooms(r: random.Random) -> list:
    t0 = int(epoch_ms(r))
    busy = [{"start_ms": t0, "end_ms": t0 + 3_600_000},
            {"start_ms": t0 + 7_200_000, "end_ms": int(epoch_ms(r, t0 + 9_000_000, t0 + 12_000_000))}]
    return ["freebusy.query result:\n", J({"calendars": {"room-12a@resource.calendar.example.com": {"busy": busy},
                                                         "room-14c@resource.calendar.example.com": {"busy": []}}}, indent=2),
            "\nBook the first free room for a 45-minute workshop."]


@T("payments", neg=True)
def neg_epoch_payment_gateway_status(r: random.Random) -> list:
    return ["GET /v1/charges?limit=2 →\n",
            J({"data": [{"id": f"ch_{hexs(r, 24)}", "amount": r.randint(10000, 900000), "currency": "thb", "status": "succeeded",
                         "created": int(epoch_ms(r)), "payment_method_types": ["promptpay"]},
                        {"id": f"ch_{hexs(r, 24)}", "amount": r.randint(10000, 900000), "currency": "thb", "status": "failed",
                         "created": int(epoch_ms(r)), "failure_code": "expired_qr"}], "has_more": True}, indent=2),
            "\nWhat share of QR charges expire before payment?"]


@T("data", neg=True)
def neg_epoch_kafka_offsets(r: random.Random) -> list:
    rows = ["topic,partition,offset,ts_ms,lag\n"]
    t0 = int(epoch_ms(r))
    for p in range(3):
        rows.append(f"crm.events.v2,{p},{r.randint(10**6, 10**8)},{epoch_ms(r, t0, t0 + 600_000)},{r.randint(0, 5000)}\n")
    return ["Consumer lag report — is the CRM sync consumer falling behind?\n", rows]


@T("bank", neg=True)
def neg_system_prompt_bank(r: random.Random) -> list:
    return ["SYSTEM PROMPT (prod, v", str(r.randint(10, 40)), ")\nคุณคือผู้ช่วยของธนาคาร ตอบเรื่องผลิตภัณฑ์ อัตราดอกเบี้ย และขั้นตอนการใช้แอปเท่านั้น ",
            "ห้ามขอรหัส OTP รหัส PIN หรือเลขบัตรเครดิตจากลูกค้าโดยเด็ดขาด หากลูกค้าต้องการทำธุรกรรม ให้แนะนำให้โทร 1333 ",
            "หรือติดต่อสาขา ตอบเป็นภาษาเดียวกับที่ลูกค้าใช้ ความยาวไม่เกิน 120 คำ"]


@T("hospital", neg=True)
def neg_system_prompt_triage(r: random.Random) -> list:
    return ["<system>\nYou are a symptom-triage assistant for a hospital website. You do not diagnose. ",
            "If the user reports chest pain, stroke signs (face droop, arm weakness, speech difficulty) or suicidal thoughts, ",
            "tell them to call 1669 (or 1323 for mental health) immediately. Otherwise suggest the right clinic: ",
            "อายุรกรรม, ศัลยกรรม, สูติ-นรีเวช, กุมารเวช, จิตเวช. Ask at most ", f"{r.choice([3, 4])}", " questions.\n</system>"]


@T("crm", neg=True)
def neg_tool_schema_crm(r: random.Random) -> list:
    tool = {"type": "function", "function": {"name": "crm_get_customer",
            "description": "ค้นหาลูกค้าจากเบอร์โทรศัพท์หรืออีเมล คืนค่าชื่อ ระดับสมาชิก และออเดอร์ล่าสุด",
            "parameters": {"type": "object", "properties": {
                "phone": {"type": "string", "description": "เบอร์มือถือ 10 หลัก เช่น 08XXXXXXXX", "pattern": "^0[689][0-9]{8}$"},
                "email": {"type": "string", "format": "email"}}, "anyOf": [{"required": ["phone"]}, {"required": ["email"]}]}}}
    return ["\"tools\": [", J(tool, indent=2), "]"]


@T("payments", neg=True)
def neg_tool_schema_payments(r: random.Random) -> list:
    return ["<tools>\n", J({"name": "create_refund", "description": "Refund a captured charge. Never pass raw card numbers; use charge_id.",
                             "input_schema": {"type": "object", "properties": {
                                 "charge_id": {"type": "string", "pattern": "^ch_[a-f0-9]{24}$"},
                                 "amount_satang": {"type": "integer", "minimum": 100},
                                 "reason": {"type": "string", "enum": ["duplicate", "fraudulent", "requested_by_customer"]}},
                                 "required": ["charge_id"]}}, indent=2), "\n</tools>"]


@T("ticketing", neg=True)
def neg_openapi_ticketing_docs(r: random.Random) -> list:
    return ["openapi: 3.0.3\ninfo: {title: Ticket API, version: ", f"{r.randint(1, 3)}.{r.randint(0, 9)}.0", "}\npaths:\n",
            "  /tickets/{id}:\n    get:\n      parameters:\n        - {name: id, in: path, required: true, schema: {type: integer, example: 184467}}\n",
            "      responses:\n        '200': {description: Ticket with requester reference (no contact fields)}\n",
            "Generate a TypeScript client for this endpoint."]


@T("ml_platform", neg=True)
def neg_fewshot_fictional_placeholders_th(r: random.Random) -> list:
    return ["ตัวอย่างต่อไปนี้เป็นข้อมูลสมมติทั้งหมด ไม่ใช่บุคคลจริง\n",
            "ข้อความ: นาย ก. โทร 08X-XXX-XXXX ขอเปลี่ยนที่อยู่เป็น [ที่อยู่]\nผลลัพธ์: {\"intent\": \"change_address\"}\n",
            "ข้อความ: นาง ข. ถามยอดค้างบัตร xxxx-xxxx-xxxx-1234\nผลลัพธ์: {\"intent\": \"balance_inquiry\"}\n",
            f"ข้อความ: {r.choice(['ลูกค้า', 'ผู้ใช้'])}แจ้งว่าแอปเด้งออกตอนสแกนจ่าย\nผลลัพธ์:"]


@T("ml_platform", neg=True)
def neg_fewshot_synthetic_en(r: random.Random) -> list:
    return ["The following examples are synthetic and do not describe real people.\n",
            "Input: \"Hi, I'm [CUSTOMER_NAME], my order [ORDER_ID] is late\" → {\"intent\": \"late_delivery\"}\n",
            "Input: \"Please call me at [PHONE]\" → {\"intent\": \"callback\"}\n",
            f"Input: \"Can I pay in {r.choice([3, 6, 10])} instalments?\" →"]


@T("retail", neg=True)
def neg_product_catalogue_json(r: random.Random) -> list:
    items = [{"sku": f"AC-{r.randint(1000, 9999)}", "ean": f"885{r.randint(10**9, 10**10 - 1)}", "name": "แอร์ติดผนัง Inverter 12000 BTU",
              "price_thb": 15990, "stock": r.randint(0, 80)},
             {"sku": f"FR-{r.randint(1000, 9999)}", "ean": f"885{r.randint(10**9, 10**10 - 1)}", "name": "ตู้เย็น 2 ประตู 14.6 คิว",
              "price_thb": 12490, "stock": r.randint(0, 80)}]
    return ["product_search result:\n", J(items, indent=2), "\nแนะนำรุ่นที่ประหยัดไฟที่สุดให้ลูกค้า"]


@T("retail", neg=True)
def neg_product_catalogue_md(r: random.Random) -> list:
    rows = [[f"SKU{r.randint(100000, 999999)}", "Wireless earbuds ANC", f"{r.randint(900, 4000):,}", "12 เดือน"],
            [f"SKU{r.randint(100000, 999999)}", "Power bank 20,000 mAh", f"{r.randint(500, 1500):,}", "6 เดือน"]]
    return ["Rewrite these rows as short LINE broadcast copy:\n", md(["รหัส", "สินค้า", "ราคา", "ประกัน"], rows)]


@T("ecommerce", neg=True)
def neg_rag_refund_policy(r: random.Random) -> list:
    return ["[1] refunds.md: Refunds to cards take 7-14 business days; PromptPay refunds take 1-3 days.\n",
            "[2] returns.md: Items must be unused with original tags. Underwear and cosmetics cannot be returned.\n",
            f"[3] faq.md: Return shipping is free for orders above {r.choice([500, 990])} THB.\n",
            "User: ขอคืนลิปสติกที่ยังไม่แกะได้ไหม"]


@T("retail", neg=True)
def neg_embed_product_descriptions(r: random.Random) -> list:
    return [J({"model": "text-embedding-3-small", "input": ["หม้อหุงข้าวดิจิทัล 1.8 ลิตร เคลือบเทฟล่อน", "Air fryer 5.5L, 1700W",
                                                           f"ผ้าห่มนวม 6 ฟุต ราคา {r.randint(590, 1290)} บาท"]}, tight=True)]


@T("ml_platform", neg=True)
def neg_eval_metrics_report(r: random.Random) -> list:
    rows = [[m, f"{r.uniform(0.7, 0.95):.3f}", f"{r.uniform(0.7, 0.95):.3f}", str(r.randint(200, 900))]
            for m in ("intent-v7", "intent-v8-rc1")]
    return ["Compare the two runs and recommend which to ship:\n", md(["model", "macro-F1", "accuracy", "n"], rows)]


@T("finance", neg=True)
def neg_agent_scratchpad_fx_rates(r: random.Random) -> list:
    usd = r.uniform(32.5, 36.5)
    return ["Thought: user wants to know how much 1,200 USD is in THB\nAction: fx.get_rate\nAction Input: {\"pair\": \"USDTHB\"}\n",
            f"Observation: {{\"rate\": {usd:.4f}, \"as_of\": \"{day_iso(r)}T09:00:00+07:00\"}}\n",
            f"Thought: 1,200 × {usd:.4f} = {1200 * usd:,.2f}\nFinal Answer:"]


@T("logistics", neg=True)
def neg_order_tracking_result(r: random.Random) -> list:
    return ["tracking.get →\n", J({"tracking_no": f"TH{r.randint(10**11, 10**12 - 1)}{r.choice(['A', 'B', 'C'])}",
                                  "order_no": order_no(r), "events": [
                                      {"at": f"{day_iso(r)} {hhmm(r)}", "desc": "พัสดุถึงศูนย์คัดแยกบางนา"},
                                      {"at": f"{day_iso(r)} {hhmm(r)}", "desc": "อยู่ระหว่างนำจ่าย"}]}, indent=2),
            "\nตอบลูกค้าว่าของจะถึงเมื่อไร"]


@T("education", neg=True)
def neg_isbn_library_tool(r: random.Random) -> list:
    return ["library.search(\"machine learning ภาษาไทย\") →\n",
            f"1. ISBN 978-616-{r.randint(10, 99)}-{r.randint(1000, 9999)}-{r.randint(0, 9)} | พื้นฐาน Machine Learning | ชั้น 3 QA76.9\n",
            f"2. ISBN 978-974-{r.randint(10, 99)}-{r.randint(1000, 9999)}-{r.randint(0, 9)} | สถิติสำหรับวิทยาการข้อมูล | ยืมได้ 14 วัน\n",
            "แนะนำเล่มที่เหมาะกับนักศึกษาปี 1"]


@T("hr", neg=True)
def neg_job_ad_role_mailbox(r: random.Random) -> list:
    return ["Polish this job ad:\nรับสมัคร AI Engineer (LLM Ops) ", f"{r.randint(1, 3)}", " อัตรา ประสบการณ์ 2 ปีขึ้นไป ",
            "เงินเดือน 60,000-90,000 บาท ทำงานไฮบริด สนใจส่ง CV มาที่ recruit@ และ hr@ ของบริษัท หรือ jobs@thaiai-labs.example.com ",
            "ภายในวันที่ 30 นี้"]


@T("sms", neg=True)
def neg_promo_sms_batch(r: random.Random) -> list:
    return ["Pick the best-performing variant for A/B test:\n",
            f"A) ช้อปครบ 999 ลด 100 ใช้โค้ด SAVE{r.randint(10, 99)} ถึง 31 นี้ ยกเลิกรับข่าวสารกด *137\n",
            f"B) Flash sale 12.12 เริ่มเที่ยงคืน! ส่วนลดสูงสุด 70% สอบถาม 1{r.randint(100, 999)}\n"]


@T("data", neg=True)
def neg_sql_migration(r: random.Random) -> list:
    return ["Review this migration:\n```sql\nALTER TABLE customers ADD COLUMN citizen_id_hash CHAR(64);\n",
            "UPDATE customers SET citizen_id_hash = encode(hmac(citizen_id, current_setting('app.pepper'), 'sha256'), 'hex');\n",
            "ALTER TABLE customers DROP COLUMN citizen_id;\n",
            f"CREATE INDEX CONCURRENTLY idx_cust_cid_hash_{r.randint(1, 9)} ON customers (citizen_id_hash);\n```"]


@T("data", neg=True)
def neg_code_validator_invalid_ids(r: random.Random) -> list:
    a, b = bad_nid(r), bad_nid(r)
    return ["Unit tests for the Thai ID validator — are the expectations right?\n```python\n",
            f"@pytest.mark.parametrize(\"value\", [\"{a}\", \"{b}\", \"0000000000000\", \"1111111111111\"])\n",
            "def test_rejects_bad_checksum(value):\n    assert not is_valid_thai_id(value)\n```"]


@T("consumer_app", neg=True)
def neg_memory_preferences_only(r: random.Random) -> list:
    return ["<user_memory>\n- ชอบคำตอบสั้น เป็นข้อ ๆ\n- ใช้ภาษาไทยปนอังกฤษได้\n- สนใจการลงทุนกองทุนรวมดัชนี\n",
            f"- ตั้งค่าหน่วยเป็นเมตริก, โซนเวลา Asia/Bangkok\n</user_memory>\nuser: สรุปข่าวตลาดหุ้นวันนี้ {r.choice(['3', '5'])} ข้อ"]


@T("government", neg=True)
def neg_history_tax_question_generic(r: random.Random) -> list:
    return [J([{"role": "user", "content": "ลดหย่อนภาษีค่าประกันสุขภาพพ่อแม่ได้สูงสุดเท่าไหร่"},
               {"role": "assistant", "content": "ได้ตามจริงไม่เกิน 15,000 บาท รวมทั้งพ่อและแม่"},
               {"role": "user", "content": f"แล้วถ้าซื้อ Easy e-Receipt {r.choice([30000, 50000])} บาท ลดได้เท่าไหร่"}], indent=1)]


@T("ticketing", neg=True)
def neg_structured_output_aggregates(r: random.Random) -> list:
    return ["WeeklyTicketReport:\n", J({"week": f"2026-W{r.randint(1, 52):02d}", "opened": r.randint(800, 2000),
                                         "closed": r.randint(800, 2000), "median_first_response_min": r.randint(5, 60),
                                         "top_categories": [{"name": "delivery", "share": 0.41}, {"name": "refund", "share": 0.22}]}, indent=2)]


@T("bank", neg=True)
def neg_branch_hours_md(r: random.Random) -> list:
    return ["Answer the user with this table only:\n",
            md(["สาขา", "วันทำการ", "เวลา"], [["เซ็นทรัลเวิลด์", "ทุกวัน", "10:30-19:30"], ["สีลม", "จันทร์-ศุกร์", "08:30-15:30"]]),
            f"\nCall centre: 1{r.choice(['333', '558', '572'])}\nUser: สาขาไหนเปิดวันอาทิตย์"]


@T("hospital", neg=True)
def neg_hospital_price_list(r: random.Random) -> list:
    return ["แพ็กเกจตรวจสุขภาพ ช่วยเขียนเป็นโพสต์เฟซบุ๊ก:\n",
            f"- Basic: CBC, FBS, Lipid {r.randint(1500, 2500):,} บาท\n- Executive: + Ultrasound, EST {r.randint(6000, 9000):,} บาท\n",
            "- ตรวจคัดกรองธาลัสซีเมียคู่สมรส 2,400 บาท\nนัดหมายผ่านแอปหรือโทร 1719"]


@T("ml_platform", neg=True)
def neg_ci_build_log(r: random.Random) -> list:
    return [f"#{r.randint(1000, 9999)} build prompt-service@{hexs(r, 7)} started\n",
            f"  step test ... {r.randint(40, 200)}s ok (312 passed, 2 skipped)\n",
            f"  step eval ... {r.randint(100, 600)}s FAIL: faithfulness 0.81 < 0.85\n",
            "Explain the failure and suggest what to check in the retrieval config."]


@T("ml_platform", neg=True)
def neg_llm_usage_billing_csv(r: random.Random) -> list:
    rows = ["ts_ms,project,model,input_tokens,output_tokens,cost_usd\n"]
    t0 = int(epoch_ms(r))
    for proj in ("callcenter-summary", "hr-bot", "rag-policy"):
        rows.append(f"{epoch_ms(r, t0, t0 + 86_400_000)},{proj},gpt-4.1-mini,{r.randint(10**5, 10**7)},{r.randint(10**4, 10**6)},{r.uniform(1, 300):.2f}\n")
    return ["Which project should move to the local model first?\n", rows]


@T("ml_platform", neg=True)
def neg_prompt_template_with_vars(r: random.Random) -> list:
    return ["prompts/collections_sms.jinja (v", str(r.randint(2, 9)), "):\n",
            "เรียน คุณ{{ customer.first_name }} ยอดค้างชำระ {{ balance | money }} บาท ครบกำหนด {{ due_date | thai_date }} ",
            "ชำระผ่าน {{ payment_link }} หากชำระแล้วขออภัยมา ณ ที่นี้\n",
            "Check the template for tone and compliance with the debt-collection act."]


@T("education", neg=True)
def neg_school_closure_notice(r: random.Random) -> list:
    return ["แปลเป็นภาษาอังกฤษสำหรับผู้ปกครองต่างชาติ:\nประกาศ โรงเรียนปิดทำการวันที่ ", f"{r.randint(10, 14)}",
            " เนื่องในวันหยุดราชการ และเปิดเรียนตามปกติในวันถัดไป รถรับส่งงดให้บริการ ",
            "สอบถามเพิ่มเติมที่ห้องธุรการ หรืออีเมล info@ ของโรงเรียน"]


@T("hr", neg=True)
def neg_hr_policy_leave_rag(r: random.Random) -> list:
    return ["[policy/leave.md#sick] ลาป่วยได้ปีละไม่เกิน 30 วันทำงานโดยได้รับค่าจ้าง ลาเกิน 3 วันต้องมีใบรับรองแพทย์\n",
            "[policy/leave.md#ordination] ลาอุปสมบทหรือไปประกอบพิธีฮัจญ์ได้ 1 ครั้งตลอดอายุงาน ไม่เกิน 120 วัน\n",
            f"[policy/leave.md#training] ลาเพื่อฝึกอบรมได้ปีละ {r.choice([10, 15])} วัน\nQ: พนักงานอายุงาน 1 ปีลาบวชได้ไหม"]


@T("telecom", neg=True)
def neg_telecom_package_compare(r: random.Random) -> list:
    return ["Compare these plans for a user who streams 3 hours a day:\n",
            md(["แพ็กเกจ", "ราคา/เดือน", "เน็ต", "โทร"],
               [["5G Max Speed", f"{r.choice([599, 699])}", "40 GB + ไม่ลดสปีด 10 Mbps", "300 นาที"],
                ["Unlimited 20Mbps", f"{r.choice([499, 549])}", "ไม่จำกัด", "100 นาที"]])]


@T("insurance", neg=True)
def neg_escaped_faq_payload(r: random.Random) -> list:
    faq = [{"q": "เคลมค่ารักษาผู้ป่วยนอกต้องใช้เอกสารอะไรบ้าง", "a": "ใบเสร็จตัวจริง ใบรับรองแพทย์ และสำเนาหน้าสมุดบัญชี"},
           {"q": "ประกันสุขภาพคุ้มครองโรคซึมเศร้าหรือไม่", "a": "คุ้มครองตามเงื่อนไขหมวด 5 หลังพ้นระยะรอคอย 120 วัน"}]
    return ["kb.sync payload (as sent, ensure_ascii):\n",
            J({"collection": "faq_health_th", "updated_ms": int(epoch_ms(r)), "items": faq}, asc=True, tight=True),
            "\nDecode the Thai and check the answers for outdated wording."]


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
        row["id"] = f"f32-{n:04d}"
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
        english = sum(not re.search(r"[\u0e00-\u0e7f]", r["text"]) for r in rows)
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={sum(r['negative'] for r in rows)} "
              f"english_only={english}")
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
            print(f"{args.out} is stale: rerun bench/make_freshset32.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
