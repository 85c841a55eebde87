"""Tenth blind held-out set for pdpa-guard: bench/freshset10.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md and the interface of tests/test_freshsets.py only. Every prompt comes from a template (one
function below) that assembles it from plain strings and ``(entity_type, value)`` tuples, so the gold
offsets are exact by construction. All values are fabricated; names are hand-written in this file.

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, Mr,
Dr ...); ADDRESS is one span from the house number to the postcode (or province); DATE_OF_BIRTH is the
date only; cued numbers (HN, student ID, account ...) are the number only; a plate includes the province
written right after it; s.26 spans are the shortest phrase disclosing the fact about the person.
Role mailboxes (info@, hr@, support@ ...) are not personal data and are left unlabelled.

    python bench/make_freshset10.py            # (re)write bench/freshset10.jsonl
    python bench/make_freshset10.py --check    # exit 1 unless the file matches what this script writes
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

OUT = Path(__file__).resolve().parent / "freshset10.jsonl"
PROMPTS_PER_TEMPLATE = 2

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_GIVEN = [
    "สมชาย", "สมศรี", "วิภาวดี", "ณัฐวุฒิ", "กิตติพงษ์", "ธนพร", "ปิยะนุช", "อรุณี", "สุทธิพงษ์", "จันทร์เพ็ญ",
    "ศุภชัย", "พรทิพย์", "ชนิดา", "วรวุฒิ", "อัญชลี", "ธีรภัทร", "ณัฐธิดา", "พงศกร", "กมลชนก", "ปรีชา",
    "บุญเรือน", "ทองใบ", "สายสุนีย์", "เกศินี", "ภานุวัฒน์", "ศิริลักษณ์", "อนุชา", "รัตนาภรณ์", "ชัยวัฒน์",
    "มณีรัตน์", "ประเสริฐ", "วันเพ็ญ", "ธวัชชัย", "นภัสสร", "จิราพร", "สุรเชษฐ์", "พิมพ์ชนก", "ยุทธนา",
    "ลำดวน", "บุญมี", "คำปุ่น", "อำไพ", "ทิพวรรณ", "เอกชัย", "ปวีณา", "สราวุธ", "กาญจนา", "ธนากร",
    "อภิญญา", "วีระพงษ์", "ศรัณย์", "ปัณณวัฒน์", "ขวัญใจ", "ดวงใจ", "สมหมาย", "บัวผัน", "ไพโรจน์", "อุไรวรรณ",
]
TH_SUR = [
    "ใจดี", "ศรีสุข", "วงศ์สวัสดิ์", "แก้วมณี", "ทองคำ", "บุญประเสริฐ", "สุขเจริญ", "พรหมมา", "จันทร์หอม",
    "ศรีวิไล", "เพชรรัตน์", "รัตนพันธ์", "ชัยมงคล", "อินทร์แก้ว", "สิทธิโชค", "มณีวงศ์", "ปัญญาดี", "ธนสาร",
    "ภู่ระหงษ์", "คงสมบูรณ์", "นาคสวัสดิ์", "แสงทอง", "บัวขาว", "โพธิ์ศรี", "กิตติวัฒนากุล",
    "เลิศวิริยะกิจ", "ตั้งจิตเจริญ", "อุดมสุข", "ปานทอง", "คำภีระ", "ดวงแก้ว", "สีหาราช", "พิมพ์ทอง",
    "หอมจันทร์", "ยอดเมือง", "ขันทอง", "เจริญผล", "นิลสนิท", "ทองประเสริฐ", "วิเศษศักดิ์", "ชูชื่น", "มีสุข",
]
TH_NICK = [
    "มิ้นท์", "ต้อม", "แนน", "บอล", "ปุ๊ก", "เจี๊ยบ", "ฝน", "โอ๊ต", "แบงค์", "เฟิร์น", "ก้อย", "หนิง", "ป๊อป",
    "จ๋า", "ตูน", "อ้อม", "เอ๋", "นุ่น", "บีม", "ปลา", "กิ๊ฟ", "ต่าย", "หมิว", "อาร์ม", "เบียร์", "ปอนด์",
    "แพร", "ออม", "ไอซ์", "เก่ง", "หนุ่ม", "โบว์", "จูน", "ปิ่น",
]
ROMAN = [
    ("Somchai", "Jaidee"), ("Nattawut", "Sirisuk"), ("Pimchanok", "Wongsawat"), ("Thanaporn", "Kaewmanee"),
    ("Kittipong", "Thongkham"), ("Siriluck", "Boonprasert"), ("Anucha", "Sukcharoen"),
    ("Rattanaporn", "Phromma"), ("Chaiwat", "Chanhom"), ("Waraporn", "Srivilai"), ("Teerapat", "Petcharat"),
    ("Kanokwan", "Rattanapan"), ("Supachai", "Chaimongkol"), ("Apinya", "Inkaew"), ("Pongsakorn", "Sittichok"),
    ("Jiraporn", "Maneewong"), ("Ekachai", "Panyadee"), ("Nuttida", "Thanasarn"), ("Yuttana", "Khongsomboon"),
    ("Patcharee", "Nakswasdi"), ("Wanchai", "Saengthong"), ("Duangjai", "Buakhao"), ("Sarawut", "Phosri"),
]
ROMAN_NICK = ["Mint", "Tom", "Nan", "Ball", "Fern", "Oat", "Bank", "Ploy", "Beam", "Ice", "Pop", "Aom", "Joy"]
BURMESE = [
    "Aung Kyaw Moe", "Thandar Win", "Zaw Min Htet", "Nyein Nyein Aye", "Kyaw Zin Oo", "Hnin Wai Phyo",
    "Min Thu", "Su Myat Noe", "Htet Aung Lin", "Ei Mon Kyaw", "Ko Ko Naing", "Khin Sandar",
]
BURMESE_TH = ["อ่อง จ่อ โม", "ซอ มิน เทต", "ขิ่น ซานดา", "จ่อ ซิน อู", "มิน ตู", "เอ มน จ่อ"]
LAO = ["Souksavanh Phommachanh", "Khamla Vongsavath", "Bounmy Sihalath", "Noy Keomany", "Phonesavanh Inthavong"]
LAO_TH = ["คำหล้า วงสะหวัด", "บุญมี สีหาลาด", "น้อย แก้วมะนี", "สุกสะหวัน พมมะจัน"]
KHMER = ["Sokha Chea", "Dara Sok", "Srey Mom Kim", "Vannak Pich", "Sophea Heng", "Chanthou Meas"]
CHINESE_TH = ["เล็ก แซ่ตั้ง", "ฮง แซ่ลิ้ม", "กิมฮวย แซ่โค้ว", "เซ่งกี่ แซ่อึ้ง", "บุญชัย แซ่เจีย", "ซุ่ยเอ็ง แซ่ลี้"]
CHINESE = ["Li Wei", "Zhang Xiaoyu", "Chen Jiahui", "Wang Hao", "Liu Mingzhe"]
WESTERN_M = ["John Mitchell", "Klaus Becker", "Pierre Dubois", "Michael Thompson", "James Whitfield", "Thomas Müller",
             "Daniel Harper"]
WESTERN_F = ["Sarah O'Connor", "Emma Lindqvist", "Laura Rossi", "Anna Kowalski", "Olivia Bennett"]
WESTERN = [
    "John Mitchell", "Sarah O'Connor", "Klaus Becker", "Emma Lindqvist", "Pierre Dubois", "Michael Thompson",
    "Laura Rossi", "James Whitfield", "Anna Kowalski", "Thomas Müller", "Olivia Bennett", "Daniel Harper",
]
DOCTORS = ["ปวีณ์ ศักดิ์ชัย", "อรอุมา เตชะวงศ์", "ภัทรพล มหาวงศ์", "สุนันทา ลีลาวัฒน์", "กฤษดา วัฒนศิริ"]


def thn(r: random.Random) -> str:
    """A Thai full name: given name + surname."""
    return f"{r.choice(TH_GIVEN)} {r.choice(TH_SUR)}"


def rom(r: random.Random) -> str:
    g, s = r.choice(ROMAN)
    return f"{g} {s}"


def foreign(r: random.Random) -> str:
    return r.choice(r.choice([BURMESE, LAO, KHMER, CHINESE, WESTERN]))


def nick(r: random.Random) -> str:
    return r.choice(TH_NICK)


def ttl(r: random.Random, female: bool | None = None) -> str:
    if female is None:
        return r.choice(["นาย", "นาง", "นางสาว", "น.ส.", "คุณ"])
    return r.choice(["นาง", "นางสาว", "น.ส."]) if female else "นาย"


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


def nid_first(r: random.Random, first: str) -> str:
    d = _pin_digits(r, first)
    return "-".join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def juristic(r: random.Random, style: str | None = None) -> str:
    body = "0" + r.choice(["105", "107", "125", "205", "505", "994"]) + "5" + "".join(
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


def _luhn_complete(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


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
    prefix = r.choice(["4", "4", "51", "53", "55", "3528", "3540", "2221"])
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
        s = style or r.choice(["dash", "plain", "space", "intl", "intl_plain", "dash2", "paren", "dash"])
        n = d[1:]
        v = {
            "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}",
            "dash2": f"{d[:2]}-{d[2:6]}-{d[6:]}",
            "plain": d,
            "space": f"{d[:3]} {d[3:6]} {d[6:]}",
            "intl": f"+66 {n[:2]} {n[2:5]} {n[5:]}",
            "intl_plain": f"+66{n}",
            "paren": f"(+66) {n[:2]}-{n[2:5]}-{n[5:]}",
            "bare66": f"66{n}",
        }[s]
        if _valid_phone(v):
            return v


def landline(r: random.Random, style: str | None = None) -> str:
    while True:
        area = r.choice(["02", "053", "043", "074", "038", "045", "055", "076", "034", "044"])
        rest = "".join(str(r.randint(0, 9)) for _ in range(9 - len(area)))
        if area == "02":
            rest = str(r.randint(2, 9)) + rest[1:]
        d = area + rest
        s = style or r.choice(["dash", "plain", "intl"])
        if s == "plain":
            v = d
        elif s == "intl":
            v = f"+66 {d[1:]}" if area != "02" else f"+66 2 {d[2:5]} {d[5:]}"
        elif area == "02":
            v = f"02-{d[2:5]}-{d[5:]}"
        else:
            v = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if _valid_phone(v):
            return v


def laos_phone(r: random.Random) -> str:
    while True:
        v = f"+856 20 {r.randint(5000, 9999)} {r.randint(1000, 9999)}"
        if _valid_phone(v):
            return v


EMAIL_FREE = ["gmail.com", "hotmail.com", "outlook.co.th", "yahoo.com", "icloud.com", "hotmail.co.th"]


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
    return f"2405:9800:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"


def passport(r: random.Random, kind: str = "th") -> str:
    if kind == "th":
        return r.choice(["A", "AA", "AB", "AC", "AD"]) + "".join(str(r.randint(0, 9)) for _ in range(7))
    if kind == "mm":
        return r.choice(["MA", "MB", "MC", "ME"]) + "".join(str(r.randint(0, 9)) for _ in range(6))
    if kind == "la":
        return r.choice(["P", "PA"]) + "".join(str(r.randint(0, 9)) for _ in range(7))
    if kind == "kh":
        return "N" + "".join(str(r.randint(0, 9)) for _ in range(7))
    return r.choice(["C", "E", "GK", "PA"]) + "".join(str(r.randint(0, 9)) for _ in range(7))


BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีฯ", "ทหารไทยธนชาต", "ออมสิน", "ธ.ก.ส."]
BANKS_EN = ["KBank", "SCB", "BBL", "Krungthai", "Krungsri", "ttb", "GSB", "BAAC"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(10))
    style = style or r.choice(["dash", "plain", "dash", "gsb"])
    if style == "plain":
        return d
    if style == "gsb":
        d12 = "0" + "".join(str(r.randint(0, 9)) for _ in range(11))
        return r.choice([d12, f"{d12[:4]} {d12[4:8]} {d12[8:]}"])
    return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"


PLATE_LETTERS = ["กข", "กท", "ขค", "งจ", "ฌฐ", "ธศ", "กก", "ภล", "วม", "ชบ", "สน", "บค", "ฆท", "ผอ", "ยย"]
PROVINCES = ["กรุงเทพมหานคร", "เชียงใหม่", "ชลบุรี", "ขอนแก่น", "นนทบุรี", "ภูเก็ต", "สงขลา", "ปทุมธานี",
             "นครราชสีมา", "ระยอง", "สมุทรปราการ", "อุดรธานี"]


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
    ("แขวงลาดยาว", "เขตจตุจักร", "กรุงเทพมหานคร", "10900"),
    ("แขวงบางกะปิ", "เขตห้วยขวาง", "กรุงเทพฯ", "10310"),
    ("แขวงคลองตันเหนือ", "เขตวัฒนา", "กรุงเทพมหานคร", "10110"),
    ("แขวงบางนาใต้", "เขตบางนา", "กรุงเทพฯ", "10260"),
    ("แขวงหนองบอน", "เขตประเวศ", "กรุงเทพมหานคร", "10250"),
    ("ต.สุเทพ", "อ.เมืองเชียงใหม่", "จ.เชียงใหม่", "50200"),
    ("ต.ในเมือง", "อ.เมืองขอนแก่น", "จ.ขอนแก่น", "40000"),
    ("ต.บางพูด", "อ.ปากเกร็ด", "จ.นนทบุรี", "11120"),
    ("ต.หาดใหญ่", "อ.หาดใหญ่", "จ.สงขลา", "90110"),
    ("ต.แสนสุข", "อ.เมืองชลบุรี", "จ.ชลบุรี", "20130"),
    ("ตำบลคลองหนึ่ง", "อำเภอคลองหลวง", "จังหวัดปทุมธานี", "12120"),
    ("ตำบลนาเกลือ", "อำเภอบางละมุง", "จังหวัดชลบุรี", "20150"),
    ("ต.ในเมือง", "อ.เมืองอุบลราชธานี", "จ.อุบลราชธานี", "34000"),
    ("ตำบลมหาชัย", "อำเภอเมืองสมุทรสาคร", "จังหวัดสมุทรสาคร", "74000"),
    ("ต.แม่สอด", "อ.แม่สอด", "จ.ตาก", "63110"),
    ("ต.ตลาดใหญ่", "อ.เมืองภูเก็ต", "จ.ภูเก็ต", "83000"),
]
STREETS_BKK = ["ซอยลาดพร้าว 71", "ซ.สุขุมวิท 101/1", "ซอยรามคำแหง 24", "ถนนพหลโยธิน", "ซอยประชาอุทิศ 45",
               "ถนนศรีนครินทร์", "ซ.อ่อนนุช 17"]
STREETS_PROV = ["ถ.มิตรภาพ", "ถนนเพชรเกษม", "ถ.สุขุมวิท", "ถนนซุปเปอร์ไฮเวย์", "ซอย 3", "ถ.ราษฎร์อุทิศ"]
ADDR_EN = [
    ("Sukhumvit Soi 101/1", "Bang Chak", "Phra Khanong", "Bangkok", "10260"),
    ("Nimmanhaemin Rd.", "Suthep", "Mueang Chiang Mai", "Chiang Mai", "50200"),
    ("Ratchadaphisek Rd.", "Din Daeng", "Din Daeng", "Bangkok", "10400"),
    ("Thepkasattri Rd.", "Ratsada", "Mueang Phuket", "Phuket", "83000"),
    ("Soi Pattaya 3", "Nong Prue", "Bang Lamung", "Chon Buri", "20150"),
]


def house(r: random.Random) -> str:
    return r.choice([str(r.randint(1, 999)), f"{r.randint(1, 399)}/{r.randint(1, 250)}"])


def addr(r: random.Random, en: bool = False, short: bool = False) -> str:
    if en:
        st, sub, dist, prov, pc = r.choice(ADDR_EN)
        unit = r.choice(["", f"Moo {r.randint(1, 12)}, "])
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


def dob(r: random.Random, style: str | None = None, lo: int = 1958, hi: int = 2006) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    be = y + 543
    style = style or r.choice(["th_long", "th_short", "slash_be", "iso", "en", "slash_ce", "th_short2"])
    return {
        "th_long": f"{d} {TH_MONTHS[m - 1]} {be}",
        "th_short": f"{d} {TH_MON[m - 1]} {be}",
        "th_short2": f"{d} {TH_MON[m - 1]} {str(be)[2:]}",
        "slash_be": f"{d:02d}/{m:02d}/{be}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "en": f"{d} {EN_MON[m - 1]} {y}",
        "slash_ce": f"{d:02d}/{m:02d}/{y}",
    }[style]


def student_id(r: random.Random, style: str | None = None) -> str:
    yy = r.randint(63, 68)
    style = style or r.choice(["ten", "ten", "dash", "b", "school"])
    if style == "ten":
        return f"{yy}{r.randint(10, 99)}{r.randint(100000, 999999)}"
    if style == "dash":
        return f"{yy}-{r.randint(1000, 9999)}-{r.randint(100, 999)}"
    if style == "b":
        return f"B{yy}{r.randint(10000, 99999)}"
    return str(r.randint(20000, 49999))


def hn(r: random.Random, style: str | None = None) -> str:
    yy = r.randint(55, 68)
    style = style or r.choice(["slash", "dash", "plain", "rev"])
    if style == "slash":
        return f"{r.randint(1, 99999)}/{yy}"
    if style == "dash":
        return f"{yy}-{r.randint(10000, 999999):06d}"
    if style == "rev":
        return f"{r.randint(100000, 999999)}-{yy}"
    return f"{r.randint(1000000, 9999999)}"


def line_id(r: random.Random, base: str | None = None) -> str:
    b = (base or r.choice(ROMAN_NICK)).lower()
    return r.choice([f"{b}{r.randint(1, 99)}", f"{b}_{r.choice(['za', 'jung', 'cute', 'naka', 'kub'])}",
                     f"{b}.{r.choice(['bkk', 'cnx', 'kk', 'ss'])}{r.randint(0, 9)}", f"{b}{b[-1]}{b[-1]}",
                     f"{r.choice(['nong', 'pee', 'khun'])}{b}"])


def order_no(r: random.Random, prefix: str = "TH") -> str:
    return f"{prefix}{r.randint(10**9, 10**10 - 1)}"


def amount(r: random.Random, lo: int = 100, hi: int = 90000) -> str:
    return f"{r.randint(lo, hi):,}"


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
# s.26 vocabulary (phrases stated of a person; the labelled span is the phrase itself)
# ----------------------------------------------------------------------------------------------
HEALTH_TH = ["โรคเบาหวานชนิดที่ 2", "ความดันโลหิตสูง", "โรคซึมเศร้า", "มะเร็งเต้านมระยะที่ 2", "วัณโรคปอด",
             "ไตวายเรื้อรังระยะที่ 4", "ไวรัสตับอักเสบบีเรื้อรัง", "โรคหอบหืด", "โรคไบโพลาร์", "ไขมันในเลือดสูง",
             "หลอดเลือดสมองตีบ", "ติดเชื้อเอชไอวี", "โรคลมชัก", "ไทรอยด์เป็นพิษ", "โรคแพนิค", "ไข้เลือดออก"]
HEALTH_EN = ["type 2 diabetes", "major depressive disorder", "stage II breast cancer", "hypertension",
             "chronic kidney disease stage 3", "HIV positive", "pulmonary tuberculosis",
             "generalized anxiety disorder", "epilepsy", "chronic hepatitis B", "bipolar I disorder", "asthma"]
HEALTH_DRUG = ["Metformin 500 mg", "Sertraline 50 mg", "TLD (Tenofovir/Lamivudine/Dolutegravir)", "Insulin glargine",
               "Lithium carbonate 300 mg", "Levetiracetam 500 mg", "Methotrexate 2.5 mg", "Quetiapine 25 mg"]
RELIGION_TH = ["นับถือศาสนาอิสลาม", "นับถือศาสนาคริสต์", "เป็นมุสลิม", "นับถือศาสนาพุทธ", "เป็นคริสเตียน",
               "นับถือศาสนาซิกข์", "นับถือศาสนาฮินดู", "เป็นคาทอลิก"]
RELIGION_WORD = ["อิสลาม", "คริสต์", "พุทธ", "ซิกข์", "ฮินดู"]
RELIGION_EN = ["Muslim", "Christian", "Buddhist", "Hindu", "Sikh", "Catholic"]
ETH_TH = ["เชื้อสายกะเหรี่ยง", "ชาวม้ง", "ชาติพันธุ์ไทใหญ่", "เชื้อสายมลายู", "ชาวอาข่า", "ชาวลาหู่",
          "เชื้อสายจีนแต้จิ๋ว", "ชาวมอแกน", "ชาวเขมรถิ่นไทย", "ชาวลีซู"]
ETH_EN = ["ethnic Karen", "Hmong", "ethnic Shan", "Akha", "Rohingya", "Lahu", "Mon"]
POL_TH = ["เป็นแกนนำม็อบราษฎร", "สนับสนุนพรรคฝ่ายค้าน", "เป็นสมาชิกพรรคประชาชน", "ไปร่วมชุมนุมเรียกร้องแก้ ม.112",
          "เป็นหัวคะแนนพรรคเพื่อไทย", "เคยเป็นการ์ด กปปส.", "เป็นแอดมินเพจต่อต้านรัฐบาล", "ลงสมัคร สส. พรรคไทยสร้างไทย"]
POL_EN = ["member of the People's Party", "supports the pro-democracy movement", "campaigned for the opposition",
          "a vocal royalist activist", "organiser of the anti-government rally"]
CRIM_TH = ["เคยต้องโทษจำคุก 2 ปีคดียาเสพติด", "ถูกจับข้อหาลักทรัพย์", "มีประวัติคดีฉ้อโกง",
           "ถูกพิพากษาจำคุก 8 เดือน รอลงอาญา", "เคยถูกจับคดีเมาแล้วขับ", "อยู่ระหว่างคุมประพฤติ",
           "มีหมายจับคดียักยอกทรัพย์", "เคยติดคุกคดีทำร้ายร่างกาย"]
CRIM_EN = ["convicted of fraud in 2019", "arrested for drug possession", "served 18 months for theft",
           "on probation for assault", "a previous DUI conviction", "an outstanding arrest warrant"]
SEX_TH = ["เป็นเกย์", "เป็นหญิงรักหญิง", "มีคู่นอนหลายคน", "มีเพศสัมพันธ์โดยไม่ป้องกัน", "เป็นไบเซ็กชวล",
          "ทำงานบริการทางเพศ", "มีความสัมพันธ์ชู้สาวกับหัวหน้า"]
SEX_EN = ["gay", "bisexual", "has multiple sexual partners", "had unprotected sex", "in a same-sex relationship",
          "men who have sex with men"]
DIS_TH = ["พิการทางการเคลื่อนไหว", "ใช้วีลแชร์", "หูหนวก", "ตาบอดสนิททั้งสองข้าง", "พิการทางการได้ยิน",
          "ขาขาดข้างซ้าย", "บกพร่องทางสติปัญญา", "สายตาเลือนราง", "ออทิสติก"]
DIS_EN = ["wheelchair user", "deaf", "visually impaired", "below-knee amputee", "intellectual disability",
          "hard of hearing"]
UNION_TH = ["เป็นสมาชิกสหภาพแรงงาน", "ประธานสหภาพแรงงาน", "กรรมการสหภาพแรงงาน", "สมัครเป็นสมาชิกสหภาพ",
            "เป็นสมาชิกสหภาพแรงงานรัฐวิสาหกิจ"]
UNION_EN = ["union member", "shop steward", "joined the workers' union", "elected union committee member"]
GEN_TH = ["พาหะธาลัสซีเมียชนิดเบต้า", "ตรวจพบยีน BRCA1 กลายพันธุ์", "HLA-B*15:02 ให้ผลบวก",
          "ผลตรวจ DNA ยืนยันความเป็นบิดา 99.99%", "มียีน APOE ε4 สองชุด", "โครโมโซม 47,XXY", "พาหะฮีโมโกลบินอี"]
GEN_EN = ["BRCA2 pathogenic variant", "HLA-B*58:01 positive", "carrier of HbE trait",
          "CYP2C19 poor metabolizer genotype", "karyotype 47,XY,+21", "Lynch syndrome (MLH1 variant)"]


def bio_vec(r: random.Random) -> str:
    xs = [f"{r.uniform(-0.3, 0.3):.4f}" for _ in range(5)]
    return "[" + ", ".join(xs[:4]) + ", ..., " + xs[4] + "]"


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def bio_tpl(r: random.Random, n: int = 40) -> str:
    return "Rk1SACAyMAAA" + "".join(r.choice(_B64) for _ in range(n)) + "=="


def hexs(r: random.Random, n: int = 16) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def pick(r: random.Random, *lists: list[str]) -> str:
    return r.choice(r.choice(lists))


def ts(r: random.Random, day: int | None = None) -> str:
    return f"{r.randint(8, 22):02d}:{r.randint(0, 59):02d}"


# ============================== insurance ==============================
@T("insurance")
def ins_claim_email(r: random.Random) -> list:
    n = thn(r)
    return [
        "ช่วยสรุปเคลมนี้เป็นภาษาอังกฤษให้ underwriter หน่อยค่ะ\n\n---\nเรียน ฝ่ายสินไหม\n\nผู้เอาประกัน ", ttl(r), " ",
        P(n), " เลขบัตรประชาชน ", ("TH_NATIONAL_ID", nid(r)), " กรมธรรม์เลขที่ PA-", str(r.randint(10**7, 10**8)),
        "\nเข้ารับการรักษาที่ รพ.เอกชนย่านบางนา วันที่ ", str(r.randint(1, 28)), "/", str(r.randint(1, 12)),
        "/2568 ด้วยอาการ ", ("HEALTH_DATA", r.choice(["ไข้เลือดออก", "ไส้ติ่งอักเสบเฉียบพลัน", "ปอดอักเสบ"])),
        " นอนโรงพยาบาล ", str(r.randint(2, 6)), " คืน ค่าใช้จ่ายรวม ", amount(r, 20000, 180000), " บาท\n",
        "ขอให้โอนเงินเข้าบัญชี", r.choice(BANKS), " เลขที่ ", ("TH_BANK_ACCOUNT", bank_acct(r)),
        "\nติดต่อกลับ ", ("PHONE_NUMBER", mobile(r)), "\n---",
    ]


@T("insurance")
def ins_underwriting_json(r: random.Random) -> list:
    n = rom(r)
    return [
        '{"model":"gpt-4o-mini","messages":[{"role":"system","content":"You are an underwriting assistant. Score risk 1-5 and explain."},',
        '{"role":"user","content":"Applicant: ', P(n), ", DOB ", ("DATE_OF_BIRTH", dob(r, "iso")), ", smoker: ",
        r.choice(["yes", "no"]), ". Declared conditions: ", ("HEALTH_DATA", r.choice(HEALTH_EN)), ", ",
        ("GENETIC_DATA", r.choice(GEN_EN)), " (from a private lab report). Sum assured THB ", amount(r, 500000, 5000000),
        '."}],"temperature":0.2}',
    ]


@T("insurance")
def ins_line_agent_chat(r: random.Random) -> list:
    nk = nick(r)
    n = thn(r)
    return [
        "[LINE] แชทกับ ", P(nk), " ตัวแทนประกัน\n", ts(r), " ", P(nk), ": พี่คะ ลูกค้าหนูชื่อ ", P(n),
        " อายุ 52 จะทำประกันสุขภาพเพิ่มค่ะ แต่เค้ากิน ", ("HEALTH_DATA", r.choice(HEALTH_DRUG)),
        " ทุกวันนะคะ ไม่รู้ผ่านมั้ย 😅\n", ts(r), " พี่", P("เอ"), ": เคสแบบนี้ส่วนใหญ่โดนยกเว้นโรคเดิมจ้า ขอสำเนาบัตร ปชช. กับใบรับรองแพทย์ด้วย\n",
        ts(r), " ", P(nk), ": ได้ค่ะ เลขบัตรเค้า ", ("TH_NATIONAL_ID", nid(r, "plain")), " ค่ะ เดี๋ยวส่งรูปตามไป\n\n",
        "ช่วยร่างข้อความตอบลูกค้าแบบสุภาพให้หน่อย",
    ]


@T("insurance")
def ins_motor_claim_ocr(r: random.Random) -> list:
    n = thn(r)
    return [
        "OCR output (ใบแจ้งเหตุรถยนต์) — please extract fields to JSON\n",
        "บริษัท ประกันภัย จำกัด (มหาชน)\nใบแจ้งอุบัติเหตุ  เลขรับแจ้ง CL", str(r.randint(10**6, 10**7)), "\n",
        "ชื่อผู้ขับขี่ ", ttl(r), " ", P(n), "\nทะเบียนรถ ", ("TH_VEHICLE_PLATE", plate(r)),
        "\nโทร ", ("PHONE_NUMBER", mobile(r, "dash")), "\nใบขับขี่ผู้ขับขี่เลขที่ ", str(r.randint(10**7, 10**8)),
        "\nลักษณะเหตุ: ชนท้ายรถกระบะที่แยกไฟแดง คู่กรณี", "ยอมรับผิด\nผู้ขับขี่", ("CRIMINAL_RECORD", "ถูกตั้งข้อหาขับรถขณะเมาสุรา"),
        " (แอลกอฮอล์ 82 mg%)\nที่เกิดเหตุ ถ.บางนา-ตราด กม.", str(r.randint(1, 40)),
    ]


@T("insurance")
def ins_life_beneficiary_table(r: random.Random) -> list:
    rows = []
    for i in range(3):
        rows += ["| ", str(i + 1), " | ", P(thn(r)), " | ", r.choice(["บุตร", "คู่สมรส", "บิดา", "มารดา"]), " | ",
                 ("TH_NATIONAL_ID", nid(r, "dash")), " | ", str(r.choice([20, 30, 50])), "% |\n"]
    return [
        "Convert this beneficiary table to CSV, keep Thai text as is:\n\n| # | ชื่อ-สกุล | ความสัมพันธ์ | เลขประจำตัวประชาชน | สัดส่วน |\n",
        "|---|---|---|---|---|\n", *rows,
    ]


@T("insurance")
def ins_genetic_disclosure(r: random.Random) -> list:
    n = rom(r)
    return [
        "Draft a polite reply in English declining to use genetic test results in pricing, per our policy.\n\n",
        "Customer message (forwarded by call centre):\n\"Hi, I am ", P(n), ". My sister and I did a test at a private lab and I am ",
        ("GENETIC_DATA", r.choice(["BRCA1 positive", "a BRCA2 pathogenic variant carrier", "HLA-B*58:01 positive"])),
        ". Will my premium go up? My policy no. is LF", str(r.randint(10**7, 10**8)), ". Email me at ",
        ("EMAIL_ADDRESS", email(r, n)), " not phone please.\"",
    ]


# ============================== hospitals & clinics ==============================
@T("hospital")
def hos_discharge_summary(r: random.Random) -> list:
    n = thn(r)
    return [
        "สรุป discharge summary นี้ให้เป็นภาษาที่คนไข้เข้าใจง่าย ไม่เกิน 5 บรรทัด\n\n",
        "DISCHARGE SUMMARY\nPatient: ", ttl(r), P(n), "   HN: ", ("MEDICAL_RECORD_NUMBER", hn(r)),
        "   DOB: ", ("DATE_OF_BIRTH", dob(r, "slash_be")), "\nAttending: นพ.", P(r.choice(DOCTORS)),
        "\nPrincipal Dx: ", ("HEALTH_DATA", r.choice(HEALTH_EN)), "\nComorbidity: ", ("HEALTH_DATA", r.choice(HEALTH_TH)),
        "\nHome meds: ", ("HEALTH_DATA", r.choice(HEALTH_DRUG)), " OD pc\nF/U OPD อายุรกรรม 2 wk\n",
    ]


@T("hospital")
def hos_appointment_sms(r: random.Random) -> list:
    n = thn(r)
    return [
        "rewrite this SMS shorter (<=70 chars Thai):\nto: ", ("PHONE_NUMBER", mobile(r, "plain")), "\n",
        "รพ.แจ้ง: คุณ", P(n), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "slash")), " มีนัดคลินิก",
        ("HEALTH_DATA", r.choice(["ยาต้านไวรัส (ARV)", "จิตเวช", "ฟอกไต", "เคมีบำบัด"])),
        " วันพฤหัสบดี 08:30 น. หากไม่สะดวกกรุณาเลื่อนนัดผ่านแอป",
    ]


@T("hospital")
def hos_nurse_handover_chat(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "ช่วยทำ handover เป็นตาราง SBAR จากแชทนี้\n", ts(r), " พยาบาลเวรเช้า: เตียง 12 ", P(a), " ", ("HEALTH_DATA", "post-op TKA day 2"),
        " pain 4/10 ได้ morphine ล่าสุด 10 โมง ญาติขอให้ใช้ล่ามภาษา", ("ETHNICITY", "กะเหรี่ยง"),
        " เพราะคนไข้พูดไทยไม่ได้\n", ts(r), " พยาบาลเวรเช้า: เตียง 14 ", P(b), " ", ("HEALTH_DATA", "DKA"),
        " on insulin drip, คนไข้", ("RELIGION", "นับถือศาสนาอิสลาม"), " ขออาหารฮาลาล\n", ts(r), " หัวหน้าเวร: รับทราบค่ะ",
    ]


@T("hospital")
def hos_lab_hl7(r: random.Random) -> list:
    n = rom(r)
    g, s = n.split()
    return [
        "Parse this HL7 and tell me which result is abnormal:\n",
        "MSH|^~\\&|LIS|BKKHOSP|HIS|BKKHOSP|20251104093011||ORU^R01|", str(r.randint(10**6, 10**7)), "|P|2.5\n",
        "PID|1||", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), "^^^HN||", P(f"{s}^{g}"), "||",
        ("DATE_OF_BIRTH", dob(r, "iso").replace("-", "")), "|", r.choice(["M", "F"]), "|||",
        ("ADDRESS", addr(r, en=True)), "\nOBX|1|NM|HBA1C^HbA1c||", str(r.randint(7, 12)), ".", str(r.randint(0, 9)),
        "|%|4.0-6.0|H\nOBX|2|ST|HB_TYPING^Hb typing||", ("GENETIC_DATA", "EA Bart's (HbE trait)"), "||||F\n",
    ]


@T("hospital")
def hos_psych_referral(r: random.Random) -> list:
    n = thn(r)
    return [
        "แปลใบส่งตัวนี้เป็นอังกฤษ (ส่งต่อ รพ.ในสิงคโปร์)\n\nใบส่งตัวผู้ป่วย\nชื่อ ", ttl(r), " ", P(n),
        " อายุ ", str(r.randint(19, 45)), " ปี\nเลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r, "space")),
        "\nเลขที่หนังสือเดินทาง ", ("TH_PASSPORT", passport(r)),
        "\nการวินิจฉัย ", ("HEALTH_DATA", r.choice(["โรคซึมเศร้า", "โรคไบโพลาร์", "โรคจิตเภท"])), " มีความคิดฆ่าตัวตาย\n",
        "ประวัติอื่น: ", ("SEXUAL_BEHAVIOUR", r.choice(["เป็นเกย์", "เป็นหญิงรักหญิง"])), " ครอบครัวไม่ยอมรับ เป็นปัจจัยกระตุ้น\n",
        "แพทย์ผู้ส่ง พญ.", P(r.choice(DOCTORS)),
    ]


@T("hospital")
def hos_vcct_clinic_note(r: random.Random) -> list:
    return [
        "You are a clinical coder. Give ICD-10 codes only.\n\nNote: ", r.choice(["28M", "31M", "24F"]), " ",
        P(rom(r)), ", HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "dash")), ", walk-in VCCT. Reports ",
        ("SEXUAL_BEHAVIOUR", r.choice(["had unprotected sex", "has multiple sexual partners"])),
        " last month. Rapid test: ", ("HEALTH_DATA", r.choice(["HIV reactive", "syphilis TPHA positive"])),
        ". Counselled, started PEP? no. Contact ", ("PHONE_NUMBER", mobile(r, "intl")),
    ]


@T("hospital")
def hos_premarital_thal(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "สรุปผลตรวจก่อนแต่งงานให้คู่นี้เป็นภาษาง่ายๆ ไม่ต้องใส่ศัพท์แพทย์\n", "ฝ่ายชาย: ", P(a), " HN ",
        ("MEDICAL_RECORD_NUMBER", hn(r, "rev")), " ผล Hb typing: ", ("GENETIC_DATA", "พาหะฮีโมโกลบินอี"), "\n",
        "ฝ่ายหญิง: ", P(b), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "rev")), " ผล: ",
        ("GENETIC_DATA", "พาหะแอลฟาธาลัสซีเมีย 1"), "\nความเสี่ยงบุตรเป็นโรครุนแรง: ต่ำ\n",
    ]


@T("clinic")
def clinic_dental_booking(r: random.Random) -> list:
    nk = nick(r)
    return [
        "จัดคิวให้หน่อย ตอบลูกค้าแบบเป็นกันเอง\n\nลูกค้า: สวัสดีค่าา อยากจองจัดฟันค่ะ ชื่อ", P(nk),
        " นะคะ เบอร์ ", ("PHONE_NUMBER", mobile(r, "plain")), " แอดไลน์ ", ("LINE_ID", line_id(r)),
        " ได้เลยค่ะ เสาร์นี้ว่างมั้ยคะ ปล.หนูแพ้ยา", ("HEALTH_DATA", "เพนนิซิลลิน"), "นะคะ",
    ]


@T("clinic")
def clinic_ivf_pgt(r: random.Random) -> list:
    return [
        "Summarise for the couple (English, warm tone, 120 words):\n\nIVF cycle #", str(r.randint(2, 5)), " — ",
        P(rom(r)), " & ", P(foreign(r)), "\nPGT-A result embryo 3: ", ("GENETIC_DATA", r.choice(["46,XX normal", "47,XY,+21"])),
        "; embryo 5: ", ("GENETIC_DATA", "45,X"), "\nPartner sperm: ", ("HEALTH_DATA", "severe oligozoospermia"),
        "\nNext visit with Dr. ", P(r.choice(WESTERN)), ".",
    ]


@T("hospital")
def hos_wheelchair_transfer(r: random.Random) -> list:
    n = thn(r)
    return [
        "ร่างอีเมลขอรถพยาบาลรับส่งผู้ป่วย\n\nผู้ป่วย ", P(n), " ", ("DISABILITY", r.choice(["ใช้วีลแชร์", "พิการทางการเคลื่อนไหว"])),
        " อาศัยอยู่ที่ ", ("ADDRESS", addr(r)), " นัดฟอกไตทุกวันจันทร์-พฤหัส (", ("HEALTH_DATA", "ไตวายเรื้อรังระยะสุดท้าย"),
        ") ญาติติดต่อ ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("hospital")
def hos_pharmacogenomic_alert(r: random.Random) -> list:
    return [
        "Rewrite this EHR alert to be less alarming but keep the content:\n",
        "⚠ PGx ALERT — pt ", P(thn(r)), " (HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), ") genotype ",
        ("GENETIC_DATA", r.choice(["HLA-B*15:02 positive", "HLA-B*58:01 positive", "CYP2C9*3/*3"])),
        ". DO NOT prescribe carbamazepine/allopurinol. Ordered by: ", P(r.choice(DOCTORS)),
    ]


@T("hospital")
def hos_incident_report_long(r: random.Random) -> list:
    n = thn(r)
    filler = ("ทั้งนี้หน่วยงานได้ทบทวนขั้นตอนการระบุตัวผู้ป่วย (patient identification) ตามแนวทาง 2 identifiers "
              "และการสื่อสารระหว่างเวร โดยพบว่าในช่วงเวลาดังกล่าวมีผู้ป่วยรับใหม่ 6 ราย อัตรากำลังพยาบาลต่อผู้ป่วย 1:8 "
              "ซึ่งสูงกว่าเกณฑ์ที่กำหนด ทีมได้เสนอให้มีการใช้สายรัดข้อมือบาร์โค้ดทุกเตียงและสแกนก่อนให้ยา ")
    return [
        "ช่วยเขียนรายงานอุบัติการณ์ (RCA) ฉบับนี้ให้กระชับลง และแยกหัวข้อสาเหตุ/แนวทางแก้ไข\n\n",
        "รายงานอุบัติการณ์ความเสี่ยง ระดับ E\nวันที่เกิดเหตุ ", str(r.randint(1, 28)), " ต.ค. 2568 เวลา 02:15 น.\n",
        "ผู้ป่วย: ", P(n), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), " หอผู้ป่วยอายุรกรรมหญิง 2\n",
        "รายละเอียด: ผู้ป่วยได้รับยา ", ("HEALTH_DATA", "Warfarin 3 mg"), " ซึ่งเป็นยาของผู้ป่วยเตียงข้างเคียง ",
        "ผู้ป่วยมีภาวะ", ("DISABILITY", "หูตึงทั้งสองข้าง"), " จึงไม่ได้ตอบเมื่อพยาบาลเรียกชื่อ\n", filler, "\n", filler,
        "\nผู้รายงาน: พยาบาลวิชาชีพ ", P(thn(r)), " โทรภายใน 2214",
    ]


# ============================== telecom ==============================
@T("telecom")
def tel_sim_reg_log(r: random.Random) -> list:
    return [
        "อธิบาย error ใน log นี้ และบอกวิธีแก้\n",
        "2025-11-03T10:22:41+07:00 ERROR sim-activation req_id=", hexs(r, 12), " msisdn=",
        ("PHONE_NUMBER", mobile(r, "bare66")), " id_card=", ("TH_NATIONAL_ID", nid(r, "plain")),
        " face_match=0.41 threshold=0.80 reason=FACE_MISMATCH selfie_vec=", ("BIOMETRIC_DATA", bio_vec(r)),
        "\n2025-11-03T10:22:41+07:00 WARN retry scheduled in 30s",
    ]


@T("telecom")
def tel_call_transcript(r: random.Random) -> list:
    n = thn(r)
    return [
        "สรุปสายนี้เป็น bullet 3 ข้อ + sentiment\n\n[00:00] Agent: สวัสดีค่ะ ยินดีให้บริการค่ะ\n",
        "[00:04] ลูกค้า: ครับ ผมชื่อ ", P(n), " ครับ เน็ตบ้านหลุดทุกคืนเลย\n",
        "[00:09] Agent: ขอเลขบัตรประชาชนยืนยันตัวตนค่ะ\n[00:12] ลูกค้า: ",
        ("TH_NATIONAL_ID", " ".join(nid(r, "plain"))), "\n[00:31] Agent: ขอบคุณค่ะ ที่อยู่ติดตั้ง ",
        ("ADDRESS", addr(r)), " ถูกต้องนะคะ\n[00:40] ลูกค้า: ถูกครับ ด่วนนะ ผมทำงานที่บ้าน แม่ผม",
        ("DISABILITY", "ติดเตียง"), "ด้วย\n[00:52] Agent: รับทราบค่ะ จะส่งช่างภายใน 24 ชม. ค่ะ",
    ]


@T("telecom")
def tel_number_port_form(r: random.Random) -> list:
    n = foreign(r)
    return [
        "Fill the MNP porting request JSON from this note. Keys: name, passport, msisdn, alt_contact.\n",
        "Note: customer ", P(n), " (passport ", ("TH_PASSPORT", passport(r, r.choice(["mm", "la", "kh", "xx"]))),
        ") wants to port ", ("PHONE_NUMBER", mobile(r, "space")), " to us. Alt contact: ",
        ("EMAIL_ADDRESS", email(r, n)), ". Works night shift at a factory in Samut Sakhon.",
    ]


@T("telecom")
def tel_cdr_csv(r: random.Random) -> list:
    rows: list = []
    for _ in range(4):
        rows += [f"2025-10-{r.randint(10, 30)} {ts(r)}:{r.randint(10, 59)},", ("PHONE_NUMBER", mobile(r, "plain")), ",",
                 ("PHONE_NUMBER", mobile(r, "plain")), f",{r.randint(5, 900)},{r.choice(['MO', 'MT'])},",
                 ("IP_ADDRESS", ipv4(r)), "\n"]
    return ["Find calls longer than 5 minutes:\n```csv\nstart,a_party,b_party,dur_s,dir,ue_public_ip\n", *rows, "```"]


# ============================== banks & lending ==============================
@T("bank")
def bank_ekyc_payload(r: random.Random) -> list:
    n = thn(r)
    return [
        'Function call arguments (debug, explain why status=REJECTED):\n{"name":"submit_ekyc","arguments":"{\\"full_name_th\\":\\"',
        P(n), '\\",\\"citizen_id\\":\\"', ("TH_NATIONAL_ID", nid(r, "plain")), '\\",\\"birth_date\\":\\"',
        ("DATE_OF_BIRTH", dob(r, "iso")), '\\",\\"mobile\\":\\"', ("PHONE_NUMBER", mobile(r, "plain")),
        '\\",\\"face_template\\":\\"', ("BIOMETRIC_DATA", bio_tpl(r)), '\\",\\"liveness\\":0.32,\\"dopa_check\\":\\"MISMATCH_LASER_CODE\\"}"}',
    ]


@T("bank")
def bank_dispute_email(r: random.Random) -> list:
    n = rom(r)
    return [
        "Classify this complaint (fraud / service / fee) and draft a reply.\n\nFrom: ", ("EMAIL_ADDRESS", email(r, n)),
        "\nSubject: unauthorised charges!!\n\nDear bank, my card ", ("CREDIT_CARD", card(r)),
        " was charged 3 times at an online game store last night (THB ", amount(r, 1000, 30000),
        " each). I did not do this. Please block the card and refund to my savings account ",
        ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), ".\nRegards,\n", P(n), "\n", ("PHONE_NUMBER", mobile(r, "intl")),
    ]


@T("lending")
def loan_application_yaml(r: random.Random) -> list:
    n = thn(r)
    return [
        "validate this YAML against our schema and list missing fields\n```yaml\napplicant:\n  name_th: ", P(n),
        "\n  national_id: \"", ("TH_NATIONAL_ID", nid(r, "dash")), "\"\n  dob: ", ("DATE_OF_BIRTH", dob(r, "iso")),
        "\n  address: \"", ("ADDRESS", addr(r)), "\"\n  employer_tax_id: \"", ("TH_JURISTIC_ID", juristic(r, "plain")),
        "\"\n  monthly_income: ", str(r.randint(15, 90) * 1000), "\n  payroll_account: \"",
        ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), "\"\nloan:\n  product: personal\n  amount: ", str(r.randint(5, 50) * 10000),
        "\n```",
    ]


@T("lending")
def loan_officer_line_chat(r: random.Random) -> list:
    n = thn(r)
    nk = nick(r)
    return [
        "ช่วยสรุปความเสี่ยงเคสนี้\n\n", ts(r), " ", P(nk), ": พี่ เคสคุณ", P(n), " ที่ยื่นกู้ซื้อรถ เช็คบูโรแล้วค้างบัตร 2 ใบ\n",
        ts(r), " ", P(nk), ": แล้วเพื่อนบ้านบอกว่าเค้า", ("CRIMINAL_RECORD", r.choice(CRIM_TH)), " ด้วยนะ 😬\n",
        ts(r), " หัวหน้า: อย่าเอาข่าวลือมาใส่ในแฟ้มนะ ดูแค่ statement ย้อนหลัง 6 เดือนพอ บัญชีเค้า ",
        ("TH_BANK_ACCOUNT", bank_acct(r)), "\n",
    ]


@T("bank")
def bank_voice_biometric_ticket(r: random.Random) -> list:
    n = rom(r)
    return [
        "JIRA-", str(r.randint(1000, 9999)), ": Voice ID enrolment fails for VIP customer\n\nCustomer ", P(n),
        " (CIF ", str(r.randint(10**8, 10**9)), ") tried to enrol voiceprint 3 times. Stored voiceprint hash ",
        ("BIOMETRIC_DATA", "vp_" + hexs(r, 32)), " looks truncated. Customer is ", ("DISABILITY", r.choice(["hard of hearing", "deaf"])),
        " in one ear and asked for an alternative. Can you propose an alternative auth flow?",
    ]


@T("bank")
def bank_aml_case(r: random.Random) -> list:
    n = thn(r)
    return [
        "Write an STR (suspicious transaction report) narrative in English from these notes:\n",
        "- customer: ", P(n), ", ID ", ("TH_NATIONAL_ID", nid(r)), "\n- acct ", ("TH_BANK_ACCOUNT", bank_acct(r)),
        " received 47 transfers < 50,000 THB in 3 days from mule accounts\n- news: ", ("CRIMINAL_RECORD", "ถูกจับกุมคดีแก๊งคอลเซ็นเตอร์"),
        " เมื่อปี 2566 (ข่าวช่อง 3)\n- login IP ", ("IP_ADDRESS", ipv4(r)), " (Cambodia)\n",
    ]


@T("lending")
def loan_nano_sms_collection(r: random.Random) -> list:
    n = thn(r)
    return [
        "ปรับข้อความทวงหนี้ให้ถูกตาม พ.ร.บ.ทวงถามหนี้ ไม่ข่มขู่\n\n\"คุณ", P(n), " ค้างชำระสินเชื่อ 3 งวด ",
        amount(r, 3000, 20000), " บ. ถ้าไม่จ่ายภายในวันศุกร์ จะไปหาที่ ", ("ADDRESS", addr(r, short=True)),
        " และแจ้งที่ทำงาน! ติดต่อด่วน\" (ส่งถึงเบอร์ลูกหนี้ ", ("PHONE_NUMBER", landline(r)), ")",
    ]


# ============================== e-commerce & logistics ==============================
@T("ecommerce")
def ecom_order_export_tsv(r: random.Random) -> list:
    rows: list = []
    for _ in range(3):
        n = thn(r)
        rows += [order_no(r, "SHP"), "\t", P(n), "\t", ("PHONE_NUMBER", mobile(r, "plain")), "\t",
                 ("ADDRESS", addr(r)), "\t", r.choice(["COD", "CARD", "PromptPay"]), "\n"]
    return ["จัดกลุ่มออเดอร์ตามจังหวัดให้หน่อย\norder_id\tname\ttel\taddress\tpay\n", *rows]


@T("ecommerce")
def ecom_review_moderation(r: random.Random) -> list:
    return [
        "Moderate this product review (pharmacy shop). Remove personal info, keep the opinion.\n\nReview by ",
        P(rom(r)), " ★★★★☆\n\"ซื้อ ", ("HEALTH_DATA", r.choice(["Metformin", "ยาต้านซึมเศร้า Sertraline", "แผ่นแปะนิโคติน"])),
        " ให้ตัวเองค่ะ ส่งไว ห่อดี แต่อยากให้มีแบบแผงเล็ก ใครอยากถามแอดไลน์ ", ("LINE_ID", line_id(r)), " นะคะ\"",
    ]


@T("logistics")
def log_courier_failed_delivery(r: random.Random) -> list:
    n = thn(r)
    return [
        "แปลเป็นภาษาเมียนมาสำหรับพนักงานส่งของ\n\nพัสดุ TH", str(r.randint(10**11, 10**12)), " ส่งไม่สำเร็จ ผู้รับ ", P(n),
        " ", ("PHONE_NUMBER", mobile(r, "dash2")), " ที่อยู่ ", ("ADDRESS", addr(r)),
        " หมายเหตุ: ลูกค้า", ("DISABILITY", "ตาบอด"), " ให้โทรก่อนและรอหน้าบ้าน",
    ]


@T("logistics")
def log_driver_roster_sql(r: random.Random) -> list:
    vals: list = []
    for i in range(3):
        vals += [f"({i + 1}, '", P(r.choice([thn(r), *BURMESE_TH])), "', '", ("TH_VEHICLE_PLATE", plate(r)), "', '",
                 ("PHONE_NUMBER", mobile(r, "plain")), "')", ",\n" if i < 2 else ";\n"]
    return ["Optimise this seed script, and why does it fail on Postgres 16?\n```sql\n",
            "INSERT INTO drivers (id, full_name, plate, phone) VALUES\n", *vals, "```"]


@T("ecommerce")
def ecom_chargeback_json(r: random.Random) -> list:
    n = rom(r)
    return [
        "summarise webhook payload:\n```json\n{\n  \"event\": \"charge.dispute.created\",\n  \"card\": {\"number\": \"",
        ("CREDIT_CARD", card(r, "plain")), "\", \"holder\": \"", P(n.upper()), "\"},\n  \"billing_email\": \"",
        ("EMAIL_ADDRESS", email(r, n)), "\",\n  \"ip\": \"", ("IP_ADDRESS", ipv4(r)), "\",\n  \"amount\": ",
        str(r.randint(500, 20000)), ",\n  \"reason\": \"fraudulent\"\n}\n```",
    ]


@T("ecommerce")
def ecom_halal_custom_cake(r: random.Random) -> list:
    nk = nick(r)
    return [
        "แชทร้านเค้ก → ช่วยสรุปออเดอร์\nลูกค้า: สวัสดีค่ะ สั่งเค้กวันเกิดให้ลูกสาว ", P(nk), " ค่ะ ครบ 7 ขวบ\n",
        "ลูกค้า: ที่บ้าน", ("RELIGION", "เป็นมุสลิม"), "นะคะ ขอใช้วัตถุดิบฮาลาลทั้งหมด ไม่ใส่เจลาตินหมู 🙏\n",
        "ลูกค้า: ส่งที่ ", ("ADDRESS", addr(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), " ค่ะ\nร้าน: รับทราบค่ะ",
    ]


# ============================== HR & recruitment ==============================
@T("hr")
def hr_resume_screen(r: random.Random) -> list:
    n = thn(r)
    return [
        "You are a recruiter assistant. Score this CV 1-10 for the Senior Accountant role. Ignore age/religion.\n\n",
        "ประวัติย่อ\nชื่อ-สกุล: ", ttl(r), " ", P(n), "\nวันเกิด: ", ("DATE_OF_BIRTH", dob(r, "th_long", 1980, 1998)),
        "\nศาสนา: ", ("RELIGION", r.choice(RELIGION_WORD)), "\nโทร: ", ("PHONE_NUMBER", mobile(r)),
        "\nอีเมล: ", ("EMAIL_ADDRESS", email(r)), "\nที่อยู่: ", ("ADDRESS", addr(r)),
        "\nประสบการณ์: บัญชีเจ้าหนี้ 6 ปี, ปิดงบรายเดือน, SAP FI\nการศึกษา: บช.บ. ม.รามคำแหง",
    ]


@T("hr")
def hr_background_check_result(r: random.Random) -> list:
    n = thn(r)
    return [
        "Rewrite in neutral HR English for the hiring manager; keep only what is job relevant.\n",
        "ผลตรวจประวัติ (บริษัทภายนอก) ผู้สมัคร ", P(n), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)),
        ": ตรวจสอบกับกองทะเบียนประวัติอาชญากร พบว่า", ("CRIMINAL_RECORD", r.choice(CRIM_TH)),
        " ; ประวัติการศึกษาตรงตามที่แจ้ง ; ผู้อ้างอิงคุณ", P(thn(r)), " ให้ข้อมูลดี",
    ]


@T("hr")
def hr_fingerprint_attendance_csv(r: random.Random) -> list:
    rows: list = []
    for i in range(3):
        rows += [f"E{r.randint(1000, 9999)},", P(r.choice([thn(r), *BURMESE])), ",",
                 ("BIOMETRIC_DATA", bio_tpl(r, 24)), f",2025-11-0{i + 3} 07:{r.randint(10, 59)}\n"]
    return ["Our ZKTeco export is broken — why are there commas inside fields? fix the CSV\n",
            "emp_code,name,finger_tpl,check_in\n", *rows]


@T("hr")
def hr_union_dismissal_memo(r: random.Random) -> list:
    n = thn(r)
    return [
        "ช่วยตรวจร่างหนังสือนี้ว่าเสี่ยงผิด พ.ร.บ.แรงงานสัมพันธ์ ม.121 หรือไม่\n\nบันทึกข้อความ (ลับ)\n",
        "เรื่อง พิจารณาเลิกจ้างพนักงาน\nพนักงาน ", P(n), " รหัส ", str(r.randint(10000, 99999)), " แผนกประกอบ 2 ",
        "ซึ่ง", ("TRADE_UNION", r.choice(UNION_TH)), " และเป็นผู้ยื่นข้อเรียกร้องเมื่อ ก.ย. ",
        "ฝ่ายบริหารเห็นควรเลิกจ้างด้วยเหตุปรับโครงสร้าง\nผู้เสนอ ", P(thn(r)), " ผจก.ฝ่ายบุคคล",
    ]


@T("hr")
def hr_reasonable_accommodation(r: random.Random) -> list:
    n = rom(r)
    return [
        "Draft a Slack message to Facilities. Keep it short.\n\nNew hire ", P(n), " starts Monday (",
        ("EMAIL_ADDRESS", email(r, n, "siamlogix.co.th")), "). Disclosed on her onboarding form: ", ("DISABILITY", r.choice(DIS_EN)),
        ". She needs a desk near the lift plus a parking spot for ", ("TH_VEHICLE_PLATE", plate(r)),
        ". She also asked for a prayer room as she is ", ("RELIGION", "Muslim"), ".",
    ]


@T("hr")
def hr_harassment_complaint(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "สรุปข้อร้องเรียนเป็นไทม์ไลน์ ห้ามตัดสินถูกผิด\n\nผู้ร้อง: ", P(a), " ฝ่ายขาย\nผู้ถูกร้อง: ", P(b), " หัวหน้าทีม\n",
        "รายละเอียด: ผู้ถูกร้องเล่าในกลุ่มไลน์ทีมว่าผู้ร้อง", ("SEXUAL_BEHAVIOUR", r.choice(["เป็นหญิงรักหญิง", "เป็นไบเซ็กชวล"])),
        " และพูดจาเหยียดในที่ประชุม 2 ครั้ง ผู้ร้องมีอาการ", ("HEALTH_DATA", "นอนไม่หลับ วิตกกังวล ต้องพบจิตแพทย์"),
        "\nพยาน: คุณ", P(nick(r)), " (ไลน์ ", ("LINE_ID", line_id(r)), ")",
    ]


@T("hr")
def hr_migrant_worker_roster(r: random.Random) -> list:
    rows: list = []
    for _ in range(3):
        nm = r.choice(BURMESE + KHMER + LAO)
        kind = {True: "mm"}.get(nm in BURMESE, "kh" if nm in KHMER else "la")
        rows += ["| ", P(nm), " | ", ("TH_PASSPORT", passport(r, kind)), " | ",
                 ("DATE_OF_BIRTH", dob(r, "slash_ce", 1985, 2004)), " | ",
                 r.choice(["สัญชาติเมียนมา", "สัญชาติกัมพูชา", "สัญชาติลาว"]), " |\n"]
    return [
        "ตารางแรงงานต่างด้าว MOU รอบต่อใบอนุญาต ช่วยเช็ควันหมดอายุ passport ที่ต้องต่อก่อน\n",
        "| ชื่อ | passport | วันเกิด | สัญชาติ |\n|---|---|---|---|\n", *rows,
    ]


@T("hr")
def hr_exit_interview_en(r: random.Random) -> list:
    n = rom(r)
    return [
        "Extract themes from this exit interview (bullets).\n\nEmployee: ", P(n), ", warehouse supervisor, 4 yrs.\n",
        "Q: Why are you leaving?\nA: Honestly, since I was ", ("TRADE_UNION", "elected union committee member"),
        " last year my shifts got worse. Also management knew I am ", ("ETHNICITY", r.choice(["ethnic Karen", "Hmong", "ethnic Shan"])),
        " and made jokes. My new employer pays more. You can reach me at ", ("PHONE_NUMBER", mobile(r, "intl")), ".",
    ]


@T("hr")
def hr_payroll_bank_file(r: random.Random) -> list:
    rows: list = []
    for _ in range(4):
        rows += [("TH_BANK_ACCOUNT", bank_acct(r, "plain")), "|", P(thn(r)), "|", str(r.randint(12000, 65000)), ".00|",
                 ("TH_NATIONAL_ID", nid(r, "plain")), "\n"]
    return ["why does the bank reject this payroll text file? (KTB corporate format)\nH|",
            ("TH_JURISTIC_ID", juristic(r, "plain")), "|20251125|PAYROLL\n", *rows, "T|4\n"]


# ============================== schools & universities ==============================
@T("university")
def uni_grade_appeal(r: random.Random) -> list:
    n = thn(r)
    return [
        "ช่วยเกลาอีเมลขอแก้ผลการเรียนให้สุภาพขึ้นค่ะ\n\nเรียน อาจารย์ที่เคารพ\nหนู", P(n), " รหัสนักศึกษา ",
        ("STUDENT_ID", student_id(r, "ten")), " ขอยื่นคำร้องขอสอบย้อนหลังวิชา STAT201 เนื่องจากช่วงสอบหนูป่วยเป็น",
        ("HEALTH_DATA", r.choice(["ไข้เลือดออก", "ไส้ติ่งอักเสบ", "โรคซึมเศร้า"])), " มีใบรับรองแพทย์แนบมาค่ะ\n",
        "ติดต่อ ", ("EMAIL_ADDRESS", email(r, None, "student.chula.ac.th")),
    ]


@T("school")
def school_special_needs_iep(r: random.Random) -> list:
    nk = nick(r)
    return [
        "ร่างแผน IEP สั้นๆ สำหรับครูประจำชั้น\n\nนักเรียน: ด.ช.", P(thn(r)), " (", P(nk), ") ชั้น ป.3/2 เลขประจำตัว ",
        ("STUDENT_ID", student_id(r, "school")), "\nภาวะ: ", ("DISABILITY", r.choice(["ออทิสติก", "บกพร่องทางการเรียนรู้", "สมาธิสั้น"])),
        "\nผู้ปกครอง: ", P(thn(r)), " ", ("PHONE_NUMBER", mobile(r)), "\n",
    ]


@T("university")
def uni_scholarship_hilltribe(r: random.Random) -> list:
    n = thn(r)
    return [
        "Translate to English for the foundation (scholarship shortlist):\n\n", "1) ", P(n), " รหัส ",
        ("STUDENT_ID", student_id(r, "dash")), " ", ("ETHNICITY", r.choice(["ชาวอาข่า", "ชาวลาหู่", "ชาวม้ง", "ชาวลีซู"])),
        " จาก อ.แม่ฟ้าหลวง เกรดเฉลี่ย 3.6", r.choice(["2", "7", "9"]), " บิดา", ("HEALTH_DATA", "ป่วยเป็นวัณโรค"),
        " ครอบครัวมีรายได้ต่ำ\n2) ", P(thn(r)), " รหัส ", ("STUDENT_ID", student_id(r, "dash")), " เกรด 3.41 ทำงานพิเศษร้านกาแฟ",
    ]


@T("university")
def uni_lms_log(r: random.Random) -> list:
    sid = student_id(r, "ten")
    return [
        "is this login pattern suspicious? short answer\n",
        f"[2025-11-20 23:{r.randint(10, 59)}:0{r.randint(0, 9)}] moodle auth ok user=", ("STUDENT_ID", sid), " ip=",
        ("IP_ADDRESS", ipv4(r)), " ua=Mozilla/5.0\n", f"[2025-11-20 23:{r.randint(10, 59)}:1{r.randint(0, 9)}] moodle auth ok user=",
        ("STUDENT_ID", sid), " ip=", ("IP_ADDRESS", ipv6(r)), " ua=python-requests/2.32\n",
    ]


@T("school")
def school_parent_group_chat(r: random.Random) -> list:
    a, b = nick(r), nick(r)
    return [
        "กลุ่มไลน์ผู้ปกครอง ป.5/1 — ช่วยสรุปว่าสรุปแล้วทัศนศึกษาวันไหน\n", ts(r), " แม่", P(a), ": วันศุกร์ใช่มั้ยคะ\n",
        ts(r), " ครู", P(b), ": ใช่ค่ะ 7 โมงเช้า ใครแพ้อาหารแจ้งครูนะคะ\n", ts(r), " พ่อ", P(nick(r)),
        ": ลูกผม", ("HEALTH_DATA", "แพ้ถั่วลิสงรุนแรง"), "ครับ พกยาฉีด EpiPen ไปด้วย\n", ts(r), " แม่", P(a),
        ": น้องเป็น", ("RELIGION", "คริสเตียน"), " ไม่ไหว้พระได้มั้ยคะ ตอนแวะวัด\n", ts(r), " ครู", P(b), ": ได้ค่ะ 👍",
    ]


@T("university")
def uni_face_attendance_api(r: random.Random) -> list:
    return [
        "Why does this return 422? request body:\n", "POST /api/v2/attendance/face\n{\n  \"student_id\": \"",
        ("STUDENT_ID", student_id(r, "b")), "\",\n  \"course\": \"ENG1001\",\n  \"embedding\": ",
        ("BIOMETRIC_DATA", bio_vec(r)), ",\n  \"device_id\": \"CAM-R204\"\n}",
    ]


@T("university")
def uni_activist_discipline(r: random.Random) -> list:
    n = thn(r)
    return [
        "ช่วยตรวจว่าคำสั่งนี้ขัดเสรีภาพทางวิชาการหรือไม่ ตอบเป็นข้อๆ\n\nคำสั่งคณะฯ ที่ ", str(r.randint(100, 999)), "/2568\n",
        "ตามที่นักศึกษา ", P(n), " รหัส ", ("STUDENT_ID", student_id(r, "ten")), " ", ("POLITICAL_OPINION", r.choice(POL_TH)),
        " และโพสต์เชิญชวนในเพจคณะ จึงให้ตัดคะแนนความประพฤติ 20 คะแนน\n",
    ]


# ============================== government e-services ==============================
@T("government")
def gov_welfare_card_form(r: random.Random) -> list:
    n = thn(r)
    return [
        "ตรวจแบบฟอร์มลงทะเบียนบัตรสวัสดิการแห่งรัฐ ว่ากรอกครบไหม\n", "ชื่อ-สกุล: ", P(n), "\nเลขประจำตัวประชาชน: ",
        ("TH_NATIONAL_ID", nid(r, "dash")), "\nวันเดือนปีเกิด: ", ("DATE_OF_BIRTH", dob(r, "th_short", 1950, 1990)),
        "\nที่อยู่ตามทะเบียนบ้าน: ", ("ADDRESS", addr(r)), "\nคนพิการ: [x] ใช่  ประเภท ",
        ("DISABILITY", r.choice(["ความพิการทางการเห็น", "ความพิการทางการเคลื่อนไหวหรือทางร่างกาย", "ความพิการทางการได้ยิน"])),
        "\nบัญชีรับเงิน: ", ("TH_BANK_ACCOUNT", bank_acct(r, "gsb")), "\n",
    ]


@T("government")
def gov_immigration_tm30(r: random.Random) -> list:
    n = r.choice(WESTERN + CHINESE)
    return [
        "Fill the TM.30 online form fields from the hotel's note (return key: value):\n",
        "Guest ", P(n), ", passport ", ("TH_PASSPORT", passport(r, "xx")), ", DOB ", ("DATE_OF_BIRTH", dob(r, "en")),
        ", room 1204, check-in 22/11, mobile ", ("PHONE_NUMBER", mobile(r, "intl")), ", fingerprints taken at BKK arrival: ",
        ("BIOMETRIC_DATA", "FP-ref " + hexs(r, 20)), "\n",
    ]


@T("government")
def gov_complaint_damrongdham(r: random.Random) -> list:
    n = thn(r)
    return [
        "ช่วยเรียบเรียงหนังสือร้องเรียนศูนย์ดำรงธรรมให้เป็นทางการ\n\nผม", P(n), " อยู่บ้านเลขที่ ", ("ADDRESS", addr(r)),
        " ขอร้องเรียนว่าผู้ใหญ่บ้านไม่จ่ายเงินช่วยเหลือน้ำท่วมให้ผม เพราะรู้ว่าผม", ("POLITICAL_OPINION", r.choice(["เลือกพรรคฝ่ายค้าน", "เป็นหัวคะแนนฝ่ายตรงข้ามนายก อบต."])),
        " ทั้งที่บ้านผมน้ำท่วมสูง 1 เมตร ติดต่อผมได้ที่ ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("government")
def gov_dopa_api_error(r: random.Random) -> list:
    return [
        "DOPA verify API returns 'code 4' — what does it mean? raw request:\n",
        "curl -X POST https://api.example.go.th/dopa/verify -d 'pid=", ("TH_NATIONAL_ID", nid(r, "plain")),
        "&fname=", P(r.choice(TH_GIVEN)), "&lname=", P(r.choice(TH_SUR)), "&dob=",
        ("DATE_OF_BIRTH", dob(r, "iso").replace("-", "")), "&laser=JT", str(r.randint(10**9, 10**10)), "'",
    ]


@T("government")
def gov_probation_summary(r: random.Random) -> list:
    n = thn(r)
    return [
        "สรุปรายงานการคุมประพฤติเป็นย่อหน้าเดียว\n\nผู้ถูกคุมความประพฤติ: ", P(n), " เลขบัตร ",
        ("TH_NATIONAL_ID", nid(r, "space")), "\nความผิด: ", ("CRIMINAL_RECORD", "ครอบครองยาบ้า 12 เม็ด"),
        "\nผลตรวจปัสสาวะเดือนนี้: ", ("HEALTH_DATA", "พบสารแอมเฟตามีน"), "\nเจ้าหน้าที่: ", P(thn(r)),
    ]


@T("government")
def gov_census_hilltribe_reg(r: random.Random) -> list:
    n = r.choice(["หมี่ แซ่ย่าง", "อาจา เชอมือ", "จะนุ มาเยอ", "หน่อแก้ว จะพือ"])
    return [
        "ช่วยตรวจคำร้องขอสัญชาติ (บุคคลบนพื้นที่สูง) ว่ามีเอกสารอะไรขาด\n\nผู้ยื่น ", P(n), " ",
        ("ETHNICITY", r.choice(["ชาวอาข่า", "ชาวลาหู่", "เชื้อสายกะเหรี่ยง", "ชาวม้ง"])), " เลขประจำตัว ",
        ("TH_NATIONAL_ID", nid_first(r, r.choice("678"))), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_long")),
        " ที่อยู่ ", ("ADDRESS", addr(r, short=True)),
    ]


# ============================== real estate ==============================
@T("real_estate")
def re_tenant_screening(r: random.Random) -> list:
    n = foreign(r)
    return [
        "Landlord here. Is it legal in Thailand to reject this tenant? Be factual.\n\nApplicant: ", P(n),
        "\nPassport: ", ("TH_PASSPORT", passport(r, "xx")), "\nPhone: ", ("PHONE_NUMBER", mobile(r, "intl_plain")),
        "\nAgent note: applicant disclosed ", ("CRIMINAL_RECORD", r.choice(CRIM_EN)),
        " in his home country and says he is ", ("SEXUAL_BEHAVIOUR", r.choice(["in a same-sex relationship", "gay"])),
        ", moving in with partner.\n",
    ]


@T("real_estate")
def re_condo_juristic_notice(r: random.Random) -> list:
    n = thn(r)
    return [
        "ร่างประกาศนิติบุคคลอาคารชุดแจ้งค้างค่าส่วนกลาง ไม่ต้องระบุชื่อเจ้าของห้องในประกาศ\n\nข้อมูล: ห้อง ",
        str(r.randint(101, 3210)), " เจ้าของ ", P(n), " ค้าง 14 เดือน ", amount(r, 20000, 80000), " บาท ",
        "อีเมลที่ลงทะเบียน ", ("EMAIL_ADDRESS", email(r)), " ทะเบียนรถที่จอด ", ("TH_VEHICLE_PLATE", plate(r)),
        "\nนิติบุคคลฯ เลขทะเบียน ", ("TH_JURISTIC_ID", juristic(r, "dash")),
    ]


@T("real_estate")
def re_land_deed_ocr(r: random.Random) -> list:
    n = thn(r)
    return [
        "แก้ OCR ให้อ่านรู้เรื่อง (โฉนดที่ดิน) ไม่ต้องแปล\n-----\nโฉนดที่ดิน เลขที่ ", str(r.randint(1000, 99999)),
        " ระวาง 5136 I\n ผู้ถือกรรมสิทธิ์\n  ", ttl(r), " ", P(n), "\n  สัญ ชาติ ไทย  ", ("ETHNICITY", "เชื้อสายจีนแต้จิ๋ว"),
        "\n  อยู่บ้าน เลขที่ ", ("ADDRESS", addr(r)), "\n  เลขประจำ ตัวประชาชน ",
        ("TH_NATIONAL_ID", nid(r, "dash")), "\n-----",
    ]


@T("real_estate")
def re_agent_whatsapp_en(r: random.Random) -> list:
    n = r.choice(WESTERN)
    return [
        "reply for me, friendly, short:\n[", ts(r), "] ", P(n), ": Hi! Saw the 2BR in Thonglor. I'm a ",
        ("DISABILITY", "wheelchair user"), " so need step-free access + lift. Can view Sat? My email ",
        ("EMAIL_ADDRESS", email(r, n)), "\n",
    ]


# ============================== legal & debt collection ==============================
@T("legal")
def legal_court_summons_summary(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "Summarise this Thai summons in English (5 bullets) for our foreign director.\n\nหมายเรียกและสำเนาคำฟ้อง คดีหมายเลขดำที่ ผบ.",
        str(r.randint(100, 9999)), "/2568\nโจทก์ บริษัท ", r.choice(["สยามลีสซิ่ง", "ไทยเครดิตพลัส", "กรุงทองแคปปิตอล"]),
        " จำกัด ทะเบียน ", ("TH_JURISTIC_ID", juristic(r)), "\nจำเลยที่ 1 ", P(a), " จำเลยที่ 2 ", P(b),
        " (ผู้ค้ำประกัน)\nจำเลยที่ 1 ภูมิลำเนา ", ("ADDRESS", addr(r)), "\nมูลหนี้ เช่าซื้อรถยนต์ ทะเบียน ",
        ("TH_VEHICLE_PLATE", plate(r)), " ค้างชำระ ", amount(r, 100000, 600000), " บาท\n",
    ]


@T("legal")
def legal_paternity_dna(r: random.Random) -> list:
    a, b = thn(r), nick(r)
    return [
        "ร่างคำร้องขอให้ศาลรับรองบุตร โดยอ้างผลตรวจ DNA\n\nผู้ร้อง ", P(a), " ขอให้ศาลพิพากษาว่า ด.ญ.", P(thn(r)),
        " (", P(b), ") เป็นบุตรชอบด้วยกฎหมายของผู้คัดค้าน ", P(thn(r)), " ผลตรวจจากสถาบันนิติวิทยาศาสตร์: ",
        ("GENETIC_DATA", r.choice(["ดัชนีความเป็นบิดา 99.998%", "ผลตรวจ DNA ยืนยันความเป็นบิดา 99.99%"])), "\n",
    ]


@T("debt_collection")
def debt_collector_script_csv(r: random.Random) -> list:
    rows: list = []
    for _ in range(3):
        rows += [str(r.randint(10**6, 10**7)), ",", P(thn(r)), ",", ("PHONE_NUMBER", mobile(r, "dash")), ",",
                 amount(r, 2000, 90000).replace(",", ""), ",", r.choice(["30", "60", "90+"]), "\n"]
    return [
        "เขียนสคริปต์โทรทวงแบบสุภาพแยกตามกลุ่ม DPD ให้แต่ละแถว\ncontract,name,tel,outstanding,dpd\n", *rows,
    ]


@T("legal")
def legal_defence_brief_en(r: random.Random) -> list:
    n = rom(r)
    return [
        "Tighten this paragraph of our defence brief (plain English):\n\n\"The defendant, Mr. ", P(n),
        ", has ", ("CRIMINAL_RECORD", "no prior convictions except a 2017 fine for drunk driving"),
        ". At the time of the incident he was receiving treatment for ", ("HEALTH_DATA", r.choice(["bipolar I disorder", "major depressive disorder"])),
        " at a clinic in Chiang Mai under HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "slash")), ".\"",
    ]


@T("legal")
def legal_lese_majeste_aid(r: random.Random) -> list:
    n = thn(r)
    return [
        "จัดทำบันทึกรับเรื่องขอความช่วยเหลือทางกฎหมาย (ภาษาทางการ)\n",
        "วันที่ 3 พ.ย. ", P(n), " อายุ 22 ปี ", ("POLITICAL_OPINION", "ไปร่วมชุมนุมเรียกร้องแก้ ม.112"),
        " ที่แยกราชประสงค์ ต่อมา", ("CRIMINAL_RECORD", "ถูกแจ้งข้อหาตามมาตรา 116"), " ขอทนายช่วยประกันตัว\n",
        "ติดต่อผ่าน Signal เท่านั้น หรืออีเมล ", ("EMAIL_ADDRESS", email(r, None, "proton.me")),
    ]


# ============================== travel ==============================
@T("travel")
def travel_pnr_ssr(r: random.Random) -> list:
    n = rom(r)
    g, s = n.split()
    return [
        "Explain each line of this PNR to a new agent:\n", "1.1", P(f"{s.upper()}/{g.upper()}"), " MR\n",
        " 1 TG 628 Y 12DEC BKKHND HK1  0910 1510\n SSR WCHC TG HK1 ", ("DISABILITY", "PAX CANNOT WALK WHEELCHAIR TO SEAT"),
        "\n SSR MOML TG HK1 ", ("RELIGION", "MUSLIM MEAL"), "\n SSR DOCS TG HK1 P/THA/", ("TH_PASSPORT", passport(r)),
        "/THA/", ("DATE_OF_BIRTH", r.choice(["12MAR88", "03JAN79", "28AUG95", "15OCT01"])), "/M/",
        "14JUN32/", P(f"{s.upper()}/{g.upper()}"), "\n CTCM TG HK1 ", ("PHONE_NUMBER", "66" + mobile(r, "plain")[1:]), "\n",
    ]


@T("travel")
def travel_tour_group_list(r: random.Random) -> list:
    rows: list = []
    for _ in range(3):
        rows += ["- ", P(thn(r)), " | พาสปอร์ต ", ("TH_PASSPORT", passport(r)), " | อาหาร: ",
                 r.choice(["ปกติ", "มังสวิรัติ", "ไม่ทานเนื้อวัว"]), "\n"]
    return [
        "ทัวร์ญี่ปุ่น 5 วัน — ช่วยทำ rooming list จับคู่ห้องคู่ให้หน่อย\n", *rows,
        "- ", P(thn(r)), " | พาสปอร์ต ", ("TH_PASSPORT", passport(r)), " | อาหาร: ฮาลาล (", ("RELIGION", "นับถืออิสลาม"), ")\n",
    ]


@T("travel")
def travel_hotel_incident(r: random.Random) -> list:
    n = r.choice(WESTERN_M)
    return [
        "Write an internal incident note (English, neutral).\nGuest ", P(n), " room 812, passport ", ("TH_PASSPORT", passport(r, "xx")),
        ", was found unconscious near the pool at 01:40. Paramedics said ", ("HEALTH_DATA", "suspected overdose (GHB)"),
        ". Guest later said he had ", ("SEXUAL_BEHAVIOUR", "met several men via a dating app that night"),
        ". Tourist police called; ", ("CRIMINAL_RECORD", "guest detained for possession of narcotics"), ".\n",
    ]


# ============================== security & CCTV ==============================
@T("security")
def sec_cctv_face_match(r: random.Random) -> list:
    n = thn(r)
    return [
        "แปลงเป็นรายงานเหตุการณ์ภาษาไทยสำหรับ รปภ.\n",
        '{"camera":"GATE-03","ts":"2025-11-19T18:42:10+07:00","match":{"person":"', P(n), '","watchlist":"banned",',
        '"reason":"', ("CRIMINAL_RECORD", "ลักทรัพย์ในห้าง ม.ค. 2568 แจ้งความแล้ว"), '","score":0.93,',
        '"face_vector":', ("BIOMETRIC_DATA", bio_vec(r)), '},"plate":"', ("TH_VEHICLE_PLATE", plate(r)), '"}',
    ]


@T("security")
def sec_guard_license_roster(r: random.Random) -> list:
    rows: list = []
    for _ in range(2):
        rows += ["* ", P(thn(r)), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r, "dash")), " ใบอนุญาต รปภ. หมดอายุ ",
                 f"{r.randint(1, 28)}/{r.randint(1, 12)}/2569", "\n"]
    return [
        "ทำตารางเวรยามเดือน ธ.ค. จากรายชื่อนี้ (3 กะ)\n", *rows, "* ", P(thn(r)), " เลขบัตร ",
        ("TH_NATIONAL_ID", nid(r, "dash")), " — ", ("CRIMINAL_RECORD", "มีประวัติคดีทำร้ายร่างกาย"), " ห้ามลงกะกลางคืน\n",
    ]


@T("security")
def sec_access_control_log(r: random.Random) -> list:
    lines: list = []
    for _ in range(3):
        lines += [f"2025-11-2{r.randint(0, 4)} {ts(r)}:{r.randint(10, 59)} DOOR=R&D-2 USER=", P(rom(r)), " METHOD=",
                  r.choice(["FACE", "FINGER"]), " TEMPLATE=", ("BIOMETRIC_DATA", hexs(r, 24)), " RESULT=",
                  r.choice(["GRANTED", "DENIED"]), "\n"]
    return ["Summarise who was denied and when:\n", *lines]


# ============================== religion & community groups ==============================
@T("religion_community")
def relig_mosque_zakat_list(r: random.Random) -> list:
    rows: list = []
    for _ in range(3):
        rows += [P(thn(r)), "\t", ("PHONE_NUMBER", mobile(r, "plain")), "\t", str(r.randint(2, 8)), "\n"]
    return [
        "คำนวณซะกาตฟิฏเราะฮ์ให้แต่ละครอบครัว (คนละ 2.7 กก.)\nรายชื่อสัปบุรุษมัสยิด (", ("RELIGION", "ชาวมุสลิม"),
        ") ชุมชนบ้านครัว\nชื่อ\tโทร\tจำนวนคนในบ้าน\n", *rows,
    ]


@T("religion_community")
def relig_church_prayer_email(r: random.Random) -> list:
    n = r.choice(WESTERN_F)
    return [
        "Edit this prayer-chain email so it does not overshare medical details:\n\nDear church family,\nPlease pray for ",
        P(n), " who was diagnosed with ", ("HEALTH_DATA", r.choice(HEALTH_EN)), " last week. ",
        "Her husband ", P(r.choice(WESTERN_M)), " asked that visitors call first: ", ("PHONE_NUMBER", mobile(r, "intl")),
        ". She was baptised in our ", ("RELIGION", "Catholic"), " parish in 2009.\n",
    ]


@T("religion_community")
def relig_temple_ordination(r: random.Random) -> list:
    n = thn(r)
    return [
        "ทำใบปลิวเชิญงานบวช สวยๆ\nเจ้าภาพขอเชิญร่วมงานอุปสมบท ", P(n), " ณ วัดป่าโนนสูง วันเสาร์ที่ 13 ธ.ค.\n",
        "(นาค ", ("RELIGION", "นับถือศาสนาพุทธ"), "มาตลอด แต่แฟนเป็นคริสต์ ตกลงกันแล้ว) ติดต่อเจ้าภาพ ",
        ("PHONE_NUMBER", mobile(r)), " ไลน์ ", ("LINE_ID", line_id(r)),
    ]


@T("community")
def community_village_fund_minutes(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "สรุปรายงานการประชุมกองทุนหมู่บ้านให้สั้นลงครึ่งหนึ่ง\n\nวาระที่ 3 ผู้กู้ค้างชำระ\n- ", P(a), " ค้าง 2 งวด แจ้งว่า",
        ("HEALTH_DATA", "ป่วยเป็นมะเร็งลำไส้"), " รักษาที่ รพ.ศูนย์\n- ", P(b), " ค้าง 5 งวด ปัจจุบัน",
        ("CRIMINAL_RECORD", "ถูกคุมขังอยู่เรือนจำจังหวัด"), "\nมติ: ให้ผ่อนผัน ", P(a), " 3 เดือน\n",
    ]


# ============================== unions ==============================
@T("union")
def union_membership_sheet(r: random.Random) -> list:
    rows: list = []
    for _ in range(3):
        rows += [P(thn(r)), ",", ("PHONE_NUMBER", mobile(r, "plain")), ",", ("TRADE_UNION", "สมาชิกสหภาพฯ"), ",",
                 r.choice(["ผลิต", "คลังสินค้า", "ซ่อมบำรุง"]), "\n"]
    return [
        "make a mail-merge letter inviting these members to the AGM (Thai):\nname,tel,status,dept\n", *rows,
    ]


@T("union")
def union_strike_line(r: random.Random) -> list:
    nk = nick(r)
    return [
        "ช่วยแปลแชทนี้เป็นอังกฤษให้ ILO\n", ts(r), " ", P(nk), ": พรุ่งนี้ 6 โมง หน้าประตู 2 นะ ใครเป็น",
        ("TRADE_UNION", "สมาชิกสหภาพแรงงานอิเล็กทรอนิกส์"), " ใส่เสื้อแดงมา\n", ts(r), " ", P(nick(r)),
        ": HR เรียก", P(thn(r)), "ไปคุยแล้ว ขู่ไม่ต่อสัญญาเพราะเค้า", ("TRADE_UNION", "เป็นกรรมการสหภาพ"), "\n",
        ts(r), " ", P(nk), ": เดี๋ยวทนายโทรหา ", ("PHONE_NUMBER", mobile(r, "dash")), " นะ\n",
    ]


@T("union")
def union_grievance_en(r: random.Random) -> list:
    n = r.choice(BURMESE + KHMER)
    return [
        "Turn this into a formal grievance letter to the employer:\n\nWorker ", P(n), " (work permit / passport ",
        ("TH_PASSPORT", passport(r, "mm" if n in BURMESE else "kh")), ") says since he ", ("TRADE_UNION", "joined the workers' union"),
        " the supervisor cut his OT. He is ", ("ETHNICITY", r.choice(["Mon", "ethnic Karen", "ethnic Shan"])) if n in BURMESE else
        ("ETHNICITY", "Khmer Krom"), " and the supervisor mocks his accent.\n",
    ]


# ============================== NGOs ==============================
@T("ngo")
def ngo_case_intake_json(r: random.Random) -> list:
    n = r.choice([*BURMESE_TH, *BURMESE])
    return [
        "Convert this intake to our case-management JSON schema v3 (keys: name, contact, vulnerabilities[]):\n",
        "ชื่อ ", P(n), " อายุ 19 ", ("ETHNICITY", r.choice(["ชาวโรฮีนจา", "ชาวไทใหญ่", "ชาวมอญ"])), " ข้ามมาทางแม่สอด ",
        ("SEXUAL_BEHAVIOUR", "ถูกบังคับให้ค้าประเวณี"), " 3 เดือน ปัจจุบัน", ("HEALTH_DATA", "ตั้งครรภ์ 5 เดือน"),
        " ติดต่อผ่านล่าม ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("ngo")
def ngo_hiv_peer_outreach(r: random.Random) -> list:
    a = nick(r)
    return [
        "เขียนรายงานกิจกรรมลงพื้นที่ ไม่ระบุตัวตน\nน้อง", P(a), " (ไลน์ ", ("LINE_ID", line_id(r)), ") ",
        ("SEXUAL_BEHAVIOUR", "ชายมีเพศสัมพันธ์กับชาย"), " อายุ 21 ตรวจเลือดที่คลินิกชุมชนวันนี้ ผล ",
        ("HEALTH_DATA", r.choice(["HIV reactive", "ซิฟิลิสบวก"])), " พาเข้าสิทธิบัตรทองแล้ว\n",
    ]


@T("ngo")
def ngo_disability_grant_table(r: random.Random) -> list:
    rows: list = []
    for _ in range(3):
        rows += ["| ", P(thn(r)), " | ", ("DISABILITY", r.choice(DIS_TH)), " | ", ("ADDRESS", addr(r, short=True)),
                 " | ", amount(r, 3000, 15000), " |\n"]
    return [
        "ทำสรุปผู้รับทุนกายอุปกรณ์สำหรับรายงานผู้บริจาค (รวมยอดเงินด้วย)\n| ชื่อ | ความพิการ | ที่อยู่ | ทุน |\n|---|---|---|---|\n",
        *rows,
    ]


@T("ngo")
def ngo_land_rights_petition(r: random.Random) -> list:
    n = thn(r)
    return [
        "Translate this petition header to English:\n\nหนังสือร้องเรียน เรื่อง ขอให้ชะลอการไล่รื้อชุมชน\nผู้ร้อง ", P(n), " ",
        ("ETHNICITY", "ชาวมอแกน"), " ผู้แทนชุมชน บ้านเลขที่ ", ("ADDRESS", addr(r)), " โทร ", ("PHONE_NUMBER", mobile(r)),
        " ผู้ร้อง", ("POLITICAL_OPINION", "เป็นแกนนำคัดค้านโครงการท่าเรือของรัฐบาล"),
    ]


# ============================== mixed forms: few-shot, RAG, code, long threads ==============================
@T("hr")
def fewshot_pii_extractor_system(r: random.Random) -> list:
    return [
        "SYSTEM: You extract contact details from Thai job applications. Output JSON only.\n\n",
        "Example input: \"ชื่อ ", P(thn(r)), " โทร ", ("PHONE_NUMBER", mobile(r, "dash")), "\"\n",
        "Example output: {\"name\": \"", P(thn(r)), "\", \"phone\": \"", ("PHONE_NUMBER", mobile(r, "plain")), "\"}\n\n",
        "Input: \"สวัสดีค่ะ ดิฉัน", P(thn(r)), " สนใจตำแหน่งแคชเชียร์ค่ะ อีเมล ", ("EMAIL_ADDRESS", email(r)),
        " ไลน์ ", ("LINE_ID", line_id(r)), "\"\nOutput:",
    ]


@T("hospital")
def rag_chunk_patient_notes(r: random.Random) -> list:
    n = thn(r)
    return [
        "Answer using ONLY the context. Question: ผู้ป่วยรายนี้แพ้ยาอะไร\n\n<context>\n### source: emr/opd/2025-10/",
        hexs(r, 8), ".md (chunk 3/7)\n", "ผู้ป่วย ", P(n), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "dash")),
        " มาด้วยผื่นทั่วตัวหลังได้ยา allopurinol 3 สัปดาห์ ตรวจ ", ("GENETIC_DATA", "HLA-B*58:01 positive"),
        " วินิจฉัย ", ("HEALTH_DATA", "SJS/TEN"), " บันทึกแพ้ยาในระบบแล้ว\n### source: emr/opd/2025-10/", hexs(r, 8),
        ".md (chunk 4/7)\nนัดติดตาม 2 สัปดาห์ที่คลินิกผิวหนัง\n</context>",
    ]


@T("bank")
def code_pandas_kyc(r: random.Random) -> list:
    return [
        "This pandas code drops rows it shouldn't. Why?\n```python\nimport pandas as pd\ndf = pd.DataFrame([\n",
        "    {\"cid\": \"", ("TH_NATIONAL_ID", nid(r, "plain")), "\", \"name\": \"", P(thn(r)), "\", \"card\": \"",
        ("CREDIT_CARD", card(r, "plain")), "\"},\n", "    {\"cid\": \"", ("TH_NATIONAL_ID", nid(r, "dash")), "\", \"name\": \"",
        P(thn(r)), "\", \"card\": None},\n])\ndf = df[df.cid.str.len() == 13].dropna()\nprint(df)\n```",
    ]


@T("ecommerce")
def sql_customer_dedupe(r: random.Random) -> list:
    e = email(r)
    return [
        "Write a query to merge these duplicate customers, keep the newest row.\n",
        "mysql> SELECT id, full_name, email, phone, created_at FROM customers WHERE email = '", ("EMAIL_ADDRESS", e), "';\n",
        "+------+-----------------+----------------------------+--------------+---------------------+\n",
        f"| {r.randint(1000, 9999)} | ", P(rom(r)), " | ", ("EMAIL_ADDRESS", e), " | ", ("PHONE_NUMBER", mobile(r, "plain")),
        " | 2024-02-11 09:12:44 |\n", f"| {r.randint(10000, 99999)} | ", P(rom(r)), " | ", ("EMAIL_ADDRESS", e), " | ",
        ("PHONE_NUMBER", mobile(r, "intl_plain")), " | 2025-08-30 21:03:19 |\n",
        "+------+-----------------+----------------------------+--------------+---------------------+\n",
    ]


@T("telecom")
def k8s_log_leak(r: random.Random) -> list:
    return [
        "our pod crashes with this trace, what is wrong?\n",
        "Traceback (most recent call last):\n  File \"/app/worker.py\", line 88, in handle\n    send_otp(msisdn, payload)\n",
        "  File \"/app/sms.py\", line 31, in send_otp\n    raise GatewayError(f\"rejected: {resp.text}\")\n",
        "sms.GatewayError: rejected: {\"to\":\"", ("PHONE_NUMBER", mobile(r, "bare66")), "\",\"name\":\"", P(thn(r)),
        "\",\"err\":\"SENDER_NOT_WHITELISTED\",\"client_ip\":\"", ("IP_ADDRESS", ipv4(r)), "\"}\n",
    ]


@T("insurance")
def long_email_thread_claim(r: random.Random) -> list:
    n = thn(r)
    doc = r.choice(DOCTORS)
    para = ("ตามเงื่อนไขกรมธรรม์ข้อ 4.2 บริษัทจะพิจารณาจ่ายค่าสินไหมทดแทนเฉพาะค่ารักษาพยาบาลที่จำเป็นทางการแพทย์ "
            "และเป็นไปตามมาตรฐานการรักษา โดยอ้างอิงจากเวชระเบียนฉบับสมบูรณ์ ใบสรุปค่ารักษา และใบรับรองแพทย์ "
            "ที่ระบุการวินิจฉัย วันเข้ารับการรักษา และวิธีการรักษาอย่างละเอียด ")
    return [
        "ช่วยตอบอีเมลล่าสุดในเธรดนี้ (ฝ่ายสินไหม) ให้สุภาพ อธิบายเหตุผลที่ขอเอกสารเพิ่ม\n\n",
        "-----Original Message-----\nFrom: ", ("EMAIL_ADDRESS", email(r)), "\nSent: Monday, November 17, 2025 9:14 AM\n",
        "Subject: RE: เคลม IPD เลขรับแจ้ง ", str(r.randint(10**8, 10**9)), "\n\nเรียนเจ้าหน้าที่\n\n",
        "ดิฉัน", P(n), " ได้ส่งเอกสารครบแล้วตั้งแต่วันที่ 2 พ.ย. แต่ยังไม่ได้รับเงินเลยค่ะ คุณแม่ของดิฉันคือ", P(thn(r)),
        " ผู้เอาประกัน เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), " ท่าน", ("HEALTH_DATA", "เป็นอัมพาตครึ่งซีกจากเส้นเลือดสมองแตก"),
        " ต้องกายภาพทุกวัน และ", ("DISABILITY", "ช่วยเหลือตัวเองไม่ได้"), " ค่าใช้จ่ายสูงมาก รบกวนเร่งด้วยค่ะ\n\n",
        "-----Original Message-----\nFrom: claims-noreply@example-insure.co.th\nSent: Friday, November 14, 2025 4:40 PM\n\n",
        "เรียนคุณลูกค้า\n\n", para, para, "\n\nขอเอกสารเพิ่มเติมดังนี้ 1) เวชระเบียนย้อนหลัง 5 ปี 2) ใบรับรองแพทย์จาก พญ.", P(doc),
        " 3) สำเนาสมุดบัญชีธนาคาร\n\n", para, "\n\nขอแสดงความนับถือ\nฝ่ายสินไหมทดแทน\n",
    ]


@T("government")
def long_rag_policy_with_case(r: random.Random) -> list:
    n = thn(r)
    law = ("มาตรา 20 คนพิการมีสิทธิเข้าถึงและใช้ประโยชน์ได้จากสิ่งอำนวยความสะดวกอันเป็นสาธารณะ ตลอดจนสวัสดิการ "
           "และความช่วยเหลืออื่นจากรัฐ ดังต่อไปนี้ (1) การบริการฟื้นฟูสมรรถภาพโดยกระบวนการทางการแพทย์ "
           "และค่าใช้จ่ายในการรักษาพยาบาล ค่าอุปกรณ์เครื่องช่วยความพิการ (2) การศึกษาตามกฎหมายว่าด้วยการศึกษาแห่งชาติ ")
    return [
        "ใช้เอกสารอ้างอิงด้านล่างตอบคำถามของประชาชน ตอบสั้นและอ้างมาตรา\n\n[doc 1: พ.ร.บ.ส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ พ.ศ. 2550]\n",
        law, "\n", law.replace("มาตรา 20", "มาตรา 20/1"), "\n[doc 2: ระเบียบเบี้ยความพิการ]\nผู้มีสิทธิได้รับเบี้ยความพิการต้องมีบัตรประจำตัวคนพิการ ",
        "และไม่เป็นบุคคลซึ่งอยู่ในความอุปการะของสถานสงเคราะห์ของรัฐ\n\nคำถามจากประชาชน (ผ่าน Traffy): ",
        "ผมชื่อ", P(n), " ", ("DISABILITY", r.choice(["ขาขาดข้างซ้าย", "ตาบอดสนิททั้งสองข้าง"])), " จากอุบัติเหตุ ",
        "ยังไม่ได้เบี้ยความพิการเลยครับ บัตรคนพิการเลขเดียวกับบัตรประชาชน ", ("TH_NATIONAL_ID", nid(r)),
        " โทร ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("hr")
def long_chat_export_hr(r: random.Random) -> list:
    a, b, c = nick(r), nick(r), thn(r)
    small = ["ได้ครับ", "โอเคค่ะ", "รับทราบ", "👍", "เดี๋ยวเช็คให้นะ", "555", "ขอบคุณค่ะ", "ok จ้า"]
    lines: list = []
    for _ in range(8):
        lines += [f"2025-11-1{r.randint(0, 9)} {ts(r)} ", P(r.choice([a, b])), ": ", r.choice(small), "\n"]
    return [
        "[LINE chat export: ทีม HR สาขาชลบุรี]\nSaved on: 2025/11/20 18:03\n\n", *lines,
        f"2025-11-19 {ts(r)} ", P(a), ": เรื่องน้องใหม่ ", P(c), " นะ ตอนตรวจสุขภาพก่อนเข้างานพบว่า",
        ("HEALTH_DATA", r.choice(["ติดเชื้อไวรัสตับอักเสบบี", "เป็นวัณโรคระยะติดต่อ", "เป็นโรคลมชัก"])), " จะทำยังไงดี\n",
        f"2025-11-19 {ts(r)} ", P(b), ": ห้ามเอาผลสุขภาพมาตัดสิทธิ์นะ ถามกฎหมายก่อน\n", *lines[:10],
        "\nสรุปให้หน่อยว่าทีมตกลงอะไรกันบ้าง และมีอะไรที่ผิด PDPA มั้ย",
    ]


@T("ecommerce")
def codeswitch_seller_chat(r: random.Random) -> list:
    return [
        "ช่วย reply ลูกค้าหน่อย tone friendly ใช้ภาษาไทยปน eng ได้\n\nCustomer: hi kaa สั่งของไป order ",
        order_no(r, "LZ"), " ยังไม่ได้เลยย 3 วันแล้วว\nCustomer: ที่อยู่ ", ("ADDRESS", addr(r)), " นะคะ\n",
        "Customer: pls call ", ("PHONE_NUMBER", mobile(r, "space")), " ก่อนส่ง ค่ะ ไม่อยู่บ้านช่วงเย็น งานเยอะ mak mak 😭",
    ]


@T("travel")
def visa_letter_en(r: random.Random) -> list:
    n = rom(r)
    return [
        "Proofread:\n\nTo: Embassy of Japan, Visa Section\n\nThis is to certify that ", P(n), ", holder of Thai passport no. ",
        ("TH_PASSPORT", passport(r)), ", born ", ("DATE_OF_BIRTH", dob(r, "en")), ", residing at ", ("ADDRESS", addr(r, en=True)),
        ", is employed by our company (registration no. ", ("TH_JURISTIC_ID", juristic(r)), ") as Senior Engineer since 2019.\n",
        "Contact: ", ("EMAIL_ADDRESS", email(r, n, r.choice(["thaipower.co.th", "bkkdigital.com"]))), "\n",
    ]


@T("security")
def ocr_police_report_broken(r: random.Random) -> list:
    n = thn(r)
    return [
        "ข้อความนี้สแกนมาเพี้ยน ช่วยเรียงใหม่\n\nบันทึกประจำวัน\nเกี่ยวกับคดี  ข้อ ที่ ", str(r.randint(10, 999)), "\nผู้แจ้ง  ",
        P(n), "\nอายุ ", str(r.randint(20, 60)), " ปี  เลข\nประจำตัว ประชาชน\n", ("TH_NATIONAL_ID", nid(r, "dash")),
        "\nโทร ", ("PHONE_NUMBER", mobile(r, "dash")), "\nแจ้งว่า ถูกคนร้ายขโมยรถจักรยานยนต์ หมาย\nเลขทะเบียน ",
        ("TH_VEHICLE_PLATE", plate(r)), "\nผู้ต้องสงสัย ", P(thn(r)), " ซึ่ง", ("CRIMINAL_RECORD", "เคยต้องโทษคดีลักรถมาแล้ว 2 ครั้ง"), "\n",
    ]


@T("insurance")
def csv_health_checkup_batch(r: random.Random) -> list:
    rows: list = []
    for _ in range(3):
        rows += [P(thn(r)), ",", ("DATE_OF_BIRTH", dob(r, "slash_be")), ",", ("HEALTH_DATA", r.choice(
            ["FBS 182 (เบาหวาน)", "BP 168/102 (ความดันสูง)", "ALT 140 (ไขมันพอกตับ)", "Anti-HCV positive"])), "\n"]
    return ["Summarise abnormal results by department for the group-insurance renewal:\nname,dob,abnormal\n", *rows]


@T("government")
def gov_mobile_app_feedback_en(r: random.Random) -> list:
    return [
        "Classify app reviews by issue. Reviews:\n1. \"face scan never works for me, I'm ", ("DISABILITY", "visually impaired"),
        " and can't frame my face. ", P(rom(r)), "\"\n2. \"OTP to ", ("PHONE_NUMBER", mobile(r, "dash")), " never arrives\"\n",
        "3. \"love the new UI\"\n",
    ]


@T("bank")
def bank_ops_yaml_rule(r: random.Random) -> list:
    return [
        "Our fraud rule file — add a rule that blocks cards from this IP too:\n```yaml\nblocklist:\n  cards:\n    - \"",
        ("CREDIT_CARD", card(r, "dash")), "\"  # reported by ", P(rom(r)), "\n  ips:\n    - ", ("IP_ADDRESS", ipv4(r)),
        "\n  accounts:\n    - \"", ("TH_BANK_ACCOUNT", bank_acct(r)), "\"\n```",
    ]


@T("union")
def union_member_roster_yaml(r: random.Random) -> list:
    return [
        "convert to CSV:\nmembers:\n  - name: ", P(thn(r)), "\n    role: ", ("TRADE_UNION", "เหรัญญิกสหภาพแรงงานขนส่ง"),
        "\n    phone: \"", ("PHONE_NUMBER", mobile(r)), "\"\n  - name: ", P(thn(r)), "\n    role: ",
        ("TRADE_UNION", "สมาชิกสหภาพแรงงานขนส่ง"), "\n    phone: \"", ("PHONE_NUMBER", mobile(r)), "\"\n",
    ]


@T("community")
def community_funeral_fb_post(r: random.Random) -> list:
    n = thn(r)
    return [
        "ช่วยเขียนโพสต์แจ้งข่าวงานศพให้หน่อยค่ะ\nข้อมูล: คุณพ่อ", P(n), " เสียชีวิตด้วย", ("HEALTH_DATA", "มะเร็งตับระยะสุดท้าย"),
        " สวดพระอภิธรรม 3 คืน ที่วัดบางพลีใหญ่ใน ", "ท่านเป็น", ("ETHNICITY", "เชื้อสายมอญ"), " ญาติจากปทุมฯ จะมาช่วยงาน ",
        "ติดต่อลูกสาว ", P(nick(r)), " ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("clinic")
def clinic_gender_clinic_en(r: random.Random) -> list:
    return [
        "Write a referral letter, English, formal.\nPatient ", P(rom(r)), ", 26, HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")),
        ", on PrEP, ", ("SEXUAL_BEHAVIOUR", r.choice(SEX_EN)), ". Requests hormone therapy; ",
        ("HEALTH_DATA", "gender dysphoria (F64.0)"), ". Refer to endocrinology.\n",
    ]


@T("political")
def pol_canvass_spreadsheet(r: random.Random) -> list:
    rows: list = []
    for _ in range(3):
        rows += [P(thn(r)), "\t", ("PHONE_NUMBER", mobile(r, "plain")), "\t",
                 ("POLITICAL_OPINION", r.choice(["เลือกเรา", "เลือกพรรคคู่แข่ง", "เสียงสวิง เอียงฝ่ายค้าน"])), "\n"]
    return [
        "จากข้อมูลเคาะประตูเขต 4 ช่วยวางแผนว่าควรกลับไปหาใครก่อน\nชื่อ\tเบอร์\tแนวโน้มการเลือกตั้ง\n", *rows,
    ]


@T("media")
def media_source_protection(r: random.Random) -> list:
    n = thn(r)
    return [
        "Anonymise this interview note before I send it to my editor:\n\nSource ", P(n), " (", ("LINE_ID", line_id(r)),
        "), former soldier, ", ("POLITICAL_OPINION", r.choice(POL_EN)), ", ", ("RELIGION", r.choice(RELIGION_EN)),
        ", lives in ", ("ADDRESS", addr(r, en=True)), ". Says he saw the ballot boxes moved at 2am.\n",
    ]


# ============================== more positives: one-liners, long documents ==============================
@T("government")
def oneliner_nid_check(r: random.Random) -> list:
    return ["เลขบัตร ", ("TH_NATIONAL_ID", nid(r, r.choice(["dash", "plain"]))), " ของแม่ผม checksum ถูกมั้ย เว็บบอกไม่ถูก"]


@T("telecom")
def oneliner_whatsapp_en(r: random.Random) -> list:
    return ["is ", ("PHONE_NUMBER", mobile(r, r.choice(["intl", "paren", "intl_plain"]))),
            " the right format for WhatsApp Business API? it keeps failing"]


@T("ecommerce")
def oneliner_line_add(r: random.Random) -> list:
    return ["ตอบลูกค้าว่า แอดไลน์ร้านแล้วแต่ แอดมินตอบช้า ขอโทษด้วย ลูกค้าไอดี ", ("LINE_ID", line_id(r)),
            " ชื่อ", P(nick(r)), " ค่ะ"]


@T("hr")
def hr_social_media_screen_en(r: random.Random) -> list:
    n = rom(r)
    return [
        "Our vendor sent this 'social media screening' for a candidate. Is it OK under PDPA to use it? Answer briefly.\n\n",
        "Candidate: ", P(n), "\nFindings: frequently posts that he ", ("POLITICAL_OPINION", r.choice(POL_EN)),
        "; shares content from a ", ("RELIGION", r.choice(["Christian", "Muslim"])), " youth group; ",
        "no profanity. Twitter handle hidden. Contact ", ("EMAIL_ADDRESS", email(r, n)), ".",
    ]


@T("union")
def union_cba_email_en(r: random.Random) -> list:
    a, b = rom(r), r.choice(WESTERN)
    return [
        "Make this email firmer but still polite:\n\nFrom: ", ("EMAIL_ADDRESS", email(r, a)), "\nTo: ",
        ("EMAIL_ADDRESS", email(r, b, "example-mfg.com")), "\n\nDear ", P(b), ",\n\nAs ", ("TRADE_UNION", "president of the plant's labour union"),
        " I request the CBA meeting be moved to 4 Dec. Three of our committee members, including ", P(rom(r)),
        ", who is ", ("TRADE_UNION", "union treasurer"), ", are on night shift that week.\n\nRegards,\n", P(a),
    ]


@T("ecommerce")
def card_slip_ocr(r: random.Random) -> list:
    c = card(r, "plain")
    return [
        "อ่านสลิปบัตรเครดิตจาก OCR แล้วสรุปยอด\n--- OCR ---\nTAX INV (ABB)\nTID 0", str(r.randint(10**6, 10**7)),
        "  MID ", str(r.randint(10**11, 10**12)), "\nVISA    ", ("CREDIT_CARD", c[:4] + " " + c[4:8] + " " + c[8:12] + " " + c[12:]),
        "\nEXP **/**\nSALE          THB ", amount(r, 200, 9000), ".00\nAPPR CODE ", str(r.randint(100000, 999999)),
        "\n", P(rom(r).upper()), "\nNO SIGNATURE REQUIRED\n",
    ]


@T("school")
def school_enrolment_form(r: random.Random) -> list:
    return [
        "ตรวจใบมอบตัวนักเรียนว่ากรอกครบไหม\nชื่อนักเรียน ด.ญ.", P(thn(r)), "  วันเกิด ", ("DATE_OF_BIRTH", dob(r, "th_long", 2011, 2015)),
        "\nเชื้อชาติ ", ("ETHNICITY", r.choice(["ไทใหญ่", "กะเหรี่ยง", "ม้ง", "จีน"])), "  สัญชาติ ไทย  ศาสนา ",
        ("RELIGION", r.choice(RELIGION_WORD)), "\nเลขประจำตัวนักเรียน ", ("STUDENT_ID", student_id(r, "school")),
        "\nบิดา ", P(thn(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
    ]


@T("government")
def gov_passport_appointment(r: random.Random) -> list:
    n = thn(r)
    return [
        "ช่วยเขียนข้อความเตือนนัดทำพาสปอร์ตใหม่\nผู้ขอ ", P(n), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)),
        " พาสปอร์ตเล่มเดิม ", ("TH_PASSPORT", passport(r)), " หมดอายุ นัด สนง.หนังสือเดินทางชั่วคราว ",
        r.choice(["บางนา", "ศูนย์ราชการแจ้งวัฒนะ", "เชียงใหม่"]), " วันอังคาร 09:40",
    ]


@T("debt_collection")
def debt_skiptrace_tool_output(r: random.Random) -> list:
    n = thn(r)
    return [
        "Tool result (skip_trace) — summarise where to contact the debtor:\n",
        '{"tool":"skip_trace","result":{"debtor":"', P(n), '","last_known_address":"', ("ADDRESS", addr(r)),
        '","employer":{"name":"บริษัท สยามพาร์ท จำกัด","tax_id":"', ("TH_JURISTIC_ID", juristic(r, "plain")),
        '"},"vehicles":["', ("TH_VEHICLE_PLATE", plate(r)), '"],"phones":["', ("PHONE_NUMBER", mobile(r, "plain")),
        '","', ("PHONE_NUMBER", landline(r, "plain")), '"]}}',
    ]


@T("real_estate")
def condo_face_access_chat(r: random.Random) -> list:
    nk = nick(r)
    return [
        "สรุปปัญหาให้ทีมนิติฯ\nลูกบ้านห้อง ", str(r.randint(101, 2899)), " (", P(nk), "): สแกนหน้าเข้าไม่ได้ตั้งแต่เมื่อวาน ",
        "ต้องให้ รปภ. เปิดให้ตลอด 😤\nนิติฯ: ขออภัยค่ะ ระบบบันทึกใบหน้าคุณ", P(nk), " ไว้เป็นค่า ", ("BIOMETRIC_DATA", "face_id=" + hexs(r, 24)),
        " แต่ไฟล์เสีย ต้องลงทะเบียนใหม่ค่ะ\n",
    ]


@T("hr")
def long_hr_investigation(r: random.Random) -> list:
    a, b, c = thn(r), thn(r), thn(r)
    proc = ("คณะกรรมการสอบข้อเท็จจริงได้ดำเนินการตามระเบียบบริษัทว่าด้วยวินัยและการลงโทษ พ.ศ. 2565 หมวด 3 "
            "โดยเปิดโอกาสให้ผู้ถูกกล่าวหาชี้แจงข้อเท็จจริงเป็นลายลักษณ์อักษรภายใน 7 วัน และเรียกพยานบุคคลมาให้ถ้อยคำ "
            "รวมทั้งตรวจสอบบันทึกกล้องวงจรปิดบริเวณลานจอดรถและประตูทางเข้าฝ่ายผลิต ")
    return [
        "ช่วยย่อรายงานสอบสวนวินัยนี้เหลือ 1 หน้า A4 และชี้ว่าตรงไหนมีข้อมูลที่ไม่เกี่ยวกับประเด็นควรตัดออก\n\n",
        "รายงานผลการสอบข้อเท็จจริง (ลับเฉพาะ)\n\n1. ความเป็นมา\nเมื่อวันที่ 8 ต.ค. 2568 ", P(a), " หัวหน้าแผนกประกอบ ",
        "ร้องเรียนว่า ", P(b), " พนักงานฝ่ายผลิต ได้ปลุกระดมพนักงานให้หยุดงานโดยไม่ชอบด้วยกฎหมาย\n\n2. ข้อเท็จจริง\n", proc, proc,
        "\nพยาน ", P(c), " ให้ถ้อยคำว่า ", P(b), " ", ("TRADE_UNION", "เป็นรองประธานสหภาพแรงงาน"), " และนัดประชุมสมาชิกหลังเลิกงาน ",
        "ไม่ได้ปลุกระดมในเวลางาน นอกจากนี้ผู้ร้องกล่าวว่า ", P(b), " ", ("POLITICAL_OPINION", "ชอบโพสต์ด่ารัฐบาลในเฟซบุ๊ก"),
        " ซึ่งคณะกรรมการเห็นว่าไม่เกี่ยวข้องกับประเด็น\n", proc, "\nรถยนต์ของผู้ถูกกล่าวหา ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)),
        " ปรากฏในกล้องเวลา 17:42 น. ซึ่งเป็นเวลาหลังเลิกงาน\n\n3. ความเห็น\nพยานหลักฐานไม่พอฟังว่าผู้ถูกกล่าวหากระทำผิดวินัย\n", proc,
    ]


@T("bank")
def long_call_transcript_bank(r: random.Random) -> list:
    n = thn(r)
    filler = ["ครับ", "ค่ะ รอสักครู่นะคะ", "อ๋อ ครับ", "ค่ะ ขออนุญาตพักสายสักครู่นะคะ", "ได้ครับ ไม่เป็นไร"]
    chit: list = []
    for k in range(10):
        chit += [f"[{k + 3:02d}:{r.randint(10, 59)}] ", r.choice(["Agent", "ลูกค้า"]), ": ", r.choice(filler), "\n"]
    return [
        "QA call scoring: did the agent follow the verification script? score 1-5 each step and quote evidence.\n\n",
        "[00:00] Agent: ขอบคุณที่โทรหาศูนย์บริการบัตรเครดิตค่ะ ดิฉันชื่อ", P(r.choice(["เมย์", "ฝ้าย", "แอน"])), "ค่ะ\n",
        "[00:05] ลูกค้า: ครับ ผม", P(n), " บัตรผมโดนรูดแปลกๆ\n[00:10] Agent: ขอทราบวันเดือนปีเกิดค่ะ\n",
        "[00:14] ลูกค้า: ", ("DATE_OF_BIRTH", dob(r, "th_long")), "\n[00:20] Agent: และเลขบัตรประชาชน 4 ตัวท้ายค่ะ\n",
        "[00:25] ลูกค้า: เอาเต็มเลยก็ได้ ", ("TH_NATIONAL_ID", nid(r, "plain")), "\n", *chit,
        "[02:40] Agent: ขอทวนหมายเลขบัตรที่ต้องการอายัดนะคะ ", ("CREDIT_CARD", card(r, "space")), "\n",
        "[02:50] ลูกค้า: ใช่ครับ ส่งบัตรใหม่ไปที่ ", ("ADDRESS", addr(r)), " นะครับ\n", *chit,
        "[05:12] Agent: ดำเนินการเรียบร้อยค่ะ มีอะไรให้ช่วยเพิ่มเติมไหมคะ\n",
    ]


@T("hr")
def long_rag_handbook_question(r: random.Random) -> list:
    n = thn(r)
    handbook = ("ข้อ 12 การลาป่วย พนักงานมีสิทธิลาป่วยได้เท่าที่ป่วยจริง โดยได้รับค่าจ้างไม่เกิน 30 วันทำงานต่อปี "
                "การลาป่วยตั้งแต่ 3 วันทำงานขึ้นไป บริษัทอาจขอให้แสดงใบรับรองแพทย์แผนปัจจุบันชั้นหนึ่ง "
                "หรือของสถานพยาบาลของทางราชการ ข้อมูลสุขภาพที่ได้รับจะเก็บเป็นความลับตามนโยบายคุ้มครองข้อมูลส่วนบุคคล "
                "และเปิดเผยเฉพาะผู้ที่จำเป็นต้องทราบเท่านั้น ")
    return [
        "You are the HR policy bot. Answer in Thai using only the handbook excerpts.\n\n",
        "<<handbook p.14>>\n", handbook, "\n<<handbook p.15>>\n", handbook.replace("ข้อ 12", "ข้อ 13").replace("ลาป่วย", "ลากิจ"),
        "\n<<handbook p.16>>\n", handbook.replace("ข้อ 12", "ข้อ 14"), "\n\n<<employee question>>\n",
        "สวัสดีค่ะ ดิฉัน", P(n), " ฝ่ายบัญชี รหัสพนักงาน ", str(r.randint(10000, 99999)), " ตอนนี้", ("HEALTH_DATA", "ตั้งครรภ์ 7 เดือน"),
        " และแพทย์วินิจฉัยว่ามี", ("HEALTH_DATA", "ภาวะครรภ์เป็นพิษ"), " ต้องพักยาว ลาป่วยได้กี่วันคะ และต้องส่งใบรับรองแพทย์ให้ใครบ้างคะ",
    ]


@T("ecommerce")
def long_en_postmortem(r: random.Random) -> list:
    boiler = ("Between 14:05 and 15:20 ICT the checkout service returned HTTP 502 for roughly 18% of requests. "
              "The on-call engineer was paged at 14:09 by the SLO burn-rate alert and rolled back release 2025.11.3 "
              "at 14:52; error rates recovered fully by 15:20. Root cause was an exhausted connection pool to the "
              "payments database after a retry policy change doubled the number of in-flight queries. ")
    lines: list = []
    for _ in range(3):
        lines += [f"2025-11-18T14:{r.randint(10, 59)}:{r.randint(10, 59)}+07:00 level=error svc=checkout user_email=",
                  ("EMAIL_ADDRESS", email(r)), " client_ip=", ("IP_ADDRESS", ipv4(r)),
                  " msg=\"pool timeout after 30000ms\"\n"]
    return [
        "Edit this postmortem for the public status page: remove anything customer-identifying, keep it factual, ",
        "max 250 words.\n\n# Incident 2025-11-18: checkout errors\n\n## Summary\n", boiler, "\n\n## Timeline\n", boiler,
        "\n\n## Evidence (raw log excerpt)\n```\n", *lines, "```\n\nOne customer, ", P(r.choice([*WESTERN, rom(r)])),
        ", was charged twice on card ", ("CREDIT_CARD", card(r, "dash")), " and has been refunded manually.\n\n",
        "## Action items\n", boiler.replace("Between", "Previously, between"), "\n- add pool saturation alert\n",
        "- load-test retry policy changes\n- document manual refund runbook\n",
    ]


# ============================== negatives: epoch-ms timestamps that pass the Thai ID checksum ==============================
@T("telecom", neg=True)
def neg_epoch_kafka_consumer_log(r: random.Random) -> list:
    a, b = epoch_ms(r), epoch_ms(r)
    return [
        "consumer lag keeps growing, what's going on?\n",
        f"[consumer-3] partition=7 offset={r.randint(10**6, 10**7)} record.timestamp={a} (CreateTime) lag=48211\n",
        f"[consumer-3] partition=7 offset={r.randint(10**7, 10**8)} record.timestamp={b} (CreateTime) lag=51877\n",
        "[consumer-3] WARN Commit failed: CommitFailedException: rebalance in progress\n",
    ]


@T("ecommerce", neg=True)
def neg_epoch_js_date(r: random.Random) -> list:
    a = epoch_ms(r)
    return [
        "ทำไม new Date(", a, ") แสดงวันที่ถูก แต่ dayjs แสดงผิด timezone คะ\n```js\nconst createdAtMs = ", a,
        "; // Date.now() ตอนกดสั่งซื้อ\nconsole.log(dayjs(createdAtMs).tz('Asia/Bangkok').format('DD/MM/YYYY HH:mm'))\n```",
    ]


@T("logistics", neg=True)
def neg_epoch_tracking_api(r: random.Random) -> list:
    a, b = epoch_ms(r), epoch_ms(r)
    return [
        "Explain the status history in plain Thai for a customer service bot:\n",
        '{"tracking":"TH', str(r.randint(10**11, 10**12)), 'X","events":[{"code":"PICKED_UP","at_ms":', a,
        '},{"code":"HUB_SCAN","hub":"BKK-LKB","at_ms":', b, '}],"server_time_ms":', b, "}",
    ]


@T("bank", neg=True)
def neg_epoch_grafana_query(r: random.Random) -> list:
    a = epoch_ms(r, 1_730_000_000_000, 1_790_000_000_000)
    return [
        "PromQL help: panel shows nothing for this range (epoch millis from the URL)\n",
        f"https://grafana.internal/d/payments?orgId=1&from={a}&to=now&var-env=prod\n",
        "query: sum(rate(promptpay_txn_total{status=\"failed\"}[5m])) by (bank_code)",
    ]


@T("hospital", neg=True)
def neg_epoch_device_telemetry_csv(r: random.Random) -> list:
    rows = [f"{epoch_ms(r)},INF-PUMP-{r.randint(10, 99)},{r.choice(['OK', 'OCCLUSION', 'OK'])},{r.randint(20, 99)}\n"
            for _ in range(2)]
    return [
        "These infusion-pump telemetry rows — which device alarmed? ts column is unix ms.\nts_ms,device,status,battery\n",
        *rows,
    ]


@T("security", neg=True)
def neg_epoch_nvr_export(r: random.Random) -> list:
    return [
        "กล้อง NVR export ชื่อไฟล์แบบนี้ ช่วยเขียน bash แยกวันเวลาให้หน่อย (เลขหลังขีดคือ timestamp มิลลิวินาที)\n",
        f"CAM07_{epoch_ms(r)}.mp4\nCAM07_{epoch_ms(r)}.mp4\n",
    ]


# ============================== s.26 hard negatives (vocabulary about groups, laws, products, stats) ==============================
@T("hospital", hard="HEALTH_DATA")
def hn_health_dengue_stats(r: random.Random) -> list:
    return [
        "ช่วยเขียนข่าวประชาสัมพันธ์จากสถิตินี้ (ไม่เกิน 150 คำ)\n",
        f"สถานการณ์โรคไข้เลือดออก จ.{r.choice(PROVINCES)} สัปดาห์ที่ {r.randint(30, 45)}: ผู้ป่วยสะสม {r.randint(300, 2000)} ราย ",
        f"อัตราป่วย {r.randint(30, 140)}.{r.randint(0, 9)} ต่อแสนประชากร กลุ่มอายุ 5-14 ปีสูงสุด เสียชีวิต {r.randint(0, 4)} ราย ",
        "ผู้ป่วยเบาหวานและความดันโลหิตสูงเป็นกลุ่มเสี่ยงอาการรุนแรง",
    ]


@T("insurance", hard="HEALTH_DATA")
def hn_health_ci_product(r: random.Random) -> list:
    return [
        "Rewrite this product blurb for Gen Z, Thai, fun tone:\n\n",
        f"ประกันโรคร้ายแรง CI {r.choice(['Plus', 'Care 48', 'Max'])} คุ้มครอง 48 โรค ได้แก่ มะเร็งทุกระยะ หลอดเลือดสมอง ",
        "กล้ามเนื้อหัวใจตายเฉียบพลัน ไตวายเรื้อรัง และโรคซึมเศร้ารุนแรง จ่ายก้อนทันทีเมื่อตรวจพบ ",
        f"เบี้ยเริ่มต้น {r.randint(8, 30)} บาท/วัน สมัครได้อายุ 20-60 ปี ไม่ต้องตรวจสุขภาพ*",
    ]


@T("government", hard="RELIGION")
def hn_relig_holiday_calendar(r: random.Random) -> list:
    return [
        f"Make an English table of {r.choice([2026, 2027])} Thai religious holidays, {r.choice(['one line', 'two lines'])} about each:\n",
        "วันมาฆบูชา, วันวิสาขบูชา, วันอาสาฬหบูชา, วันเข้าพรรษา (ศาสนาพุทธ); วันฮารีรายอ (ศาสนาอิสลาม, ",
        "ประกาศเป็นวันหยุดใน 5 จังหวัดชายแดนใต้); วันคริสต์มาส (ศาสนาคริสต์, ไม่ใช่วันหยุดราชการ)",
    ]


@T("travel", hard="RELIGION")
def hn_relig_heritage_tour(r: random.Random) -> list:
    return [
        f"วางแผนทริปเดินเที่ยว {r.choice(['ฝั่งธนฯ', 'กะดีจีน-คลองสาน'])} ครึ่งวัน เน้นศาสนสถานหลากศาสนา\n",
        "- โบสถ์ซางตาครู้ส (คาทอลิก สร้างสมัยกรุงธนบุรี)\n- มัสยิดบางหลวง (กุฎีขาว ศิลปะไทยแบบอิสลาม)\n",
        "- วัดกัลยาณมิตร (พุทธ) \n- ศาลเจ้าเกียนอันเกง\nช่วยบอกเวลาเปิดปิดคร่าวๆ และการแต่งกายที่เหมาะสม",
    ]


@T("museum", hard="ETHNICITY")
def hn_eth_museum_label(r: random.Random) -> list:
    return [
        "Translate this exhibit label into English (max 80 words):\n\n",
        "ผ้าทอกะเหรี่ยงโปว์ ชาวกะเหรี่ยงในภาคตะวันตกของไทยนิยมทอผ้าด้วยกี่เอว ลวดลายสื่อถึงธรรมชาติ ",
        f"หญิงสาวที่ยังไม่แต่งงานจะสวมชุดเชวาสีขาวยาว ส่วนหญิงที่แต่งงานแล้วสวมเสื้อสีดำ ชิ้นนี้อายุราว {r.randint(60, 120)} ปี",
    ]


@T("government", hard="ETHNICITY")
def hn_eth_population_stats(r: random.Random) -> list:
    return [
        "ทำกราฟแท่งจากข้อมูลนี้ (ตอบเป็นโค้ด matplotlib)\nประชากรกลุ่มชาติพันธุ์บนพื้นที่สูง (ประมาณการ):\n",
        f"กะเหรี่ยง {r.randint(400, 500)},000\nม้ง {r.randint(150, 260)},000\nลาหู่ {r.randint(90, 130)},000\n",
        f"อาข่า {r.randint(60, 90)},000\nเมี่ยน {r.randint(40, 60)},000\nลีซู {r.randint(30, 50)},000\n",
    ]


@T("government", hard="POLITICAL_OPINION")
def hn_pol_election_rules(r: random.Random) -> list:
    return [
        "Summarise for volunteers: what campaign activities are banned in the last 24 hours before election day?\n",
        "ระเบียบ กกต. ว่าด้วยการหาเสียงเลือกตั้ง: ห้ามจัดมหรสพหรืองานรื่นเริง ห้ามให้ทรัพย์สินเพื่อจูงใจให้ลงคะแนน ",
        f"พรรคการเมืองใช้จ่ายได้ไม่เกิน {r.randint(35, 45)} ล้านบาท ผู้สมัครรายละไม่เกิน {r.randint(1, 2)}.9 ล้านบาท",
    ]


@T("school", hard="POLITICAL_OPINION")
def hn_pol_civics_quiz(r: random.Random) -> list:
    return [
        f"ออกข้อสอบปรนัย {r.choice([5, 8, 10, 12])} ข้อ วิชาหน้าที่พลเมือง ม.{r.randint(1, 6)} จากเนื้อหานี้", r.choice(["\n", " พร้อมเฉลย\n"]),
        "ระบอบประชาธิปไตยอันมีพระมหากษัตริย์ทรงเป็นประมุข อำนาจอธิปไตย 3 ฝ่าย นิติบัญญัติ บริหาร ตุลาการ ",
        "พรรคการเมืองทำหน้าที่รวบรวมความคิดเห็นทางการเมืองของประชาชน ฝ่ายค้านตรวจสอบรัฐบาลผ่านการอภิปรายไม่ไว้วางใจ",
    ]


@T("hr", hard="CRIMINAL_RECORD")
def hn_crim_check_howto(r: random.Random) -> list:
    return [
        "How long does a police criminal record check take for a work visa? Our HR guideline says:\n",
        "การขอหนังสือรับรองความประพฤติ (ตรวจประวัติอาชญากรรม) ยื่นที่กองทะเบียนประวัติอาชญากร สำนักงานตำรวจแห่งชาติ ",
        f"หรือออนไลน์ ใช้เวลาประมาณ {r.randint(3, 15)} วันทำการ ค่าธรรมเนียม 100 บาท ผลระบุว่ามีหรือไม่มีประวัติคดีอาญา",
    ]


@T("security", hard="CRIMINAL_RECORD")
def hn_crim_stats_dashboard(r: random.Random) -> list:
    return [
        "Write 3 insights for the weekly safety bulletin:\n| ประเภทคดี | ต.ค. | พ.ย. |\n|---|---|---|\n",
        f"| ลักทรัพย์ | {r.randint(40, 90)} | {r.randint(40, 90)} |\n| ยาเสพติด | {r.randint(100, 200)} | {r.randint(100, 200)} |\n",
        f"| ฉ้อโกงออนไลน์ | {r.randint(200, 400)} | {r.randint(200, 400)} |\n| เมาแล้วขับ | {r.randint(10, 60)} | {r.randint(10, 60)} |\n",
    ]


@T("school", hard="SEXUAL_BEHAVIOUR")
def hn_sex_ed_lesson(r: random.Random) -> list:
    return [
        f"ช่วยออกแบบแผนการสอนเพศวิถีศึกษา ม.{r.randint(1, 6)} {r.choice([50, 100])} นาที หัวข้อ ",
        r.choice(["การป้องกันโรคติดต่อทางเพศสัมพันธ์", "การป้องกันการตั้งครรภ์ไม่พร้อม", "ความสัมพันธ์ที่ปลอดภัย"]), "\n",
        "ประเด็น: การใช้ถุงยางอนามัย, การมีเพศสัมพันธ์ที่ปลอดภัย, ความหลากหลายทางเพศ (LGBTQ+), การยินยอม (consent) ",
        "ให้มีกิจกรรมกลุ่มและคำถามสะท้อนคิด",
    ]


@T("legal", hard="SEXUAL_BEHAVIOUR")
def hn_sex_marriage_equality(r: random.Random) -> list:
    return [
        "Explain in simple English what changed under Thailand's marriage equality amendment (effective January 2025), ",
        "for same-sex couples and LGBTQ+ people: engagement, marriage registration, adoption, inheritance. ",
        f"Keep it under {r.choice([150, 200, 250])} words.",
    ]


@T("real_estate", hard="DISABILITY")
def hn_dis_building_code(r: random.Random) -> list:
    return [
        f"Checklist from this regulation for our {r.choice(['condo', 'hospital', 'mall'])} project (accessibility for disabled and elderly):\n",
        "กฎกระทรวงกำหนดสิ่งอำนวยความสะดวกในอาคารสำหรับผู้พิการหรือทุพพลภาพ และคนชรา: ทางลาดความชันไม่เกิน 1:12 ",
        f"ที่จอดรถคนพิการอย่างน้อย 1 คันต่อ 50 คัน ขนาดกว้าง 2.40 ม. ห้องน้ำคนพิการ {r.choice(['1', '2'])} ห้องต่อชั้น ",
        "อักษรเบรลล์ในลิฟต์สำหรับผู้พิการทางการเห็น",
    ]


@T("hr", hard="DISABILITY")
def hn_dis_employment_quota(r: random.Random) -> list:
    n = r.randint(150, 900)
    return [
        f"บริษัทเรามีพนักงาน {n} คน ตาม ม.33 พ.ร.บ.ส่งเสริมคุณภาพชีวิตคนพิการ ต้องจ้างคนพิการกี่คน ",
        "และถ้าไม่จ้างต้องส่งเงินเข้ากองทุนเท่าไร (ค่าแรงขั้นต่ำ x 365) คำนวณให้ด้วย",
    ]


@T("union", hard="TRADE_UNION")
def hn_union_law_faq(r: random.Random) -> list:
    return [
        "Answer as an FAQ in Thai: can workers on fixed-term contracts join a labour union? cite the Labour Relations Act.\n",
        f"Context: the factory has about {r.randint(300, 2000)} workers, two existing unions and one employee committee.",
    ]


@T("media", hard="TRADE_UNION")
def hn_union_news_summary(r: random.Random) -> list:
    return [
        "สรุปข่าวนี้ 3 บรรทัด\n", "สหภาพแรงงานรัฐวิสาหกิจ 12 แห่ง ยื่นหนังสือคัดค้านการแปรรูป ",
        f"สมาชิกสหภาพกว่า {r.randint(2, 9)},000 คน รวมตัวหน้าทำเนียบ สมาพันธ์แรงงานฯ ขู่นัดหยุดงานหากไม่ได้รับคำตอบภายใน 7 วัน",
    ]


@T("school", hard="GENETIC_DATA")
def hn_gen_thal_textbook(r: random.Random) -> list:
    return [
        r.choice(["อธิบายโจทย์ชีววิทยานี้แบบ step by step\n", "ช่วยเฉลยข้อนี้ให้นักเรียน ม.5 แบบเข้าใจง่าย\n"]),
        "พ่อและแม่เป็นพาหะ", r.choice(["ธาลัสซีเมียชนิดเบต้า", "ฮีโมโกลบินอี"]), "ทั้งคู่ (genotype Bb) จงหาความน่าจะเป็นที่ลูกจะเป็นโรค เป็นพาหะ และปกติ ",
        "และอธิบายว่าทำไมการตรวจยีน BRCA1 จึงมีประโยชน์ในครอบครัวที่มีประวัติมะเร็งเต้านม",
    ]


@T("ecommerce", hard="GENETIC_DATA")
def hn_gen_dna_kit_ad(r: random.Random) -> list:
    return [
        "Write 3 Facebook ad variations (Thai) for our DNA test kit:\n",
        f"GeneFit Kit ราคา {r.choice(['2,990', '3,490', '4,900'])} บาท ตรวจ 80+ ยีน เช่น ACTN3 (สายพันธุ์นักวิ่ง), MTHFR, ",
        "ยีนแพ้แลคโตส, APOE ความเสี่ยงอัลไซเมอร์ ผลภายใน 21 วัน ข้อมูลพันธุกรรมเข้ารหัส ไม่ขายต่อ",
    ]


@T("government", hard="BIOMETRIC_DATA")
def hn_bio_tor_spec(r: random.Random) -> list:
    return [
        "Review this TOR for a face-recognition time-attendance tender and list unrealistic requirements:\n",
        f"- รองรับใบหน้าไม่น้อยกว่า {r.choice(['10,000', '30,000', '50,000'])} ใบหน้า และลายนิ้วมือ 3,000 แม่แบบ\n",
        "- อัตรา FAR <= 0.0001% FRR <= 0.1%\n- สแกนม่านตาได้ในระยะ 1 เมตร\n- จัดเก็บ template แบบเข้ารหัส AES-256 ไม่เก็บภาพใบหน้าดิบ\n",
    ]


@T("legal", hard="BIOMETRIC_DATA")
def hn_bio_pdpa_explainer(r: random.Random) -> list:
    return [
        "ช่วยเขียนบทความสั้นสำหรับพนักงาน: ข้อมูลชีวภาพ (biometric) เช่น ภาพจำลองใบหน้า ลายนิ้วมือ ม่านตา เสียง ",
        "เป็นข้อมูลอ่อนไหวตาม ม.26 PDPA ต้องขอความยินยอมโดยชัดแจ้ง ยกเว้นกรณีตามกฎหมาย ",
        f"ให้มีตัวอย่างการใช้สแกนนิ้วเข้าออฟฟิศ และความยาวไม่เกิน {r.choice([300, 400, 500])} คำ",
    ]


# ============================== plain negatives ==============================
def ean13(r: random.Random) -> str:
    body = "885" + "".join(str(r.randint(0, 9)) for _ in range(9))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


@T("ecommerce", neg=True)
def neg_barcode_inventory(r: random.Random) -> list:
    rows = [f"{ean13(r)},{r.choice(['น้ำปลา 700ml', 'บะหมี่กึ่งสำเร็จรูป ต้มยำ', 'นมUHT 200ml', 'สบู่เหลว 500ml'])},{r.randint(0, 400)}\n"
            for _ in range(4)]
    return ["หาสินค้าที่ต่ำกว่า 50 ชิ้น แล้วร่างใบสั่งซื้อ\nbarcode,item,stock\n", *rows]


@T("hr", neg=True)
def neg_job_post_role_mailbox(r: random.Random) -> list:
    return [
        f"Polish this job post (English):\nWe're hiring {r.choice(['2 Data Engineers', 'a QA Lead', '3 Sales Executives'])} in Bangkok. ",
        "Hybrid, 3 days office near BTS Ari. Send CV to hr@", r.choice(["siamlogix.co.th", "thaifintech.com"]),
        " or recruit@", r.choice(["siamlogix.co.th", "bkkdigital.com"]), " by 15 Dec. No agencies please.",
    ]


@T("telecom", neg=True)
def neg_promo_sms_variants(r: random.Random) -> list:
    return [
        "เขียน SMS โปร 5 แบบ ไม่เกิน 70 ตัวอักษร\nแพ็กเกจเน็ตไม่อั้น ", f"{r.choice([15, 20, 30])} Mbps ",
        f"{r.choice([199, 299, 349])} บาท/เดือน กด *{r.randint(100, 999)}*{r.randint(1, 99)}# โทรออก สอบถาม 1{r.randint(100, 999)}",
    ]


@T("bank", neg=True)
def neg_loan_amortisation(r: random.Random) -> list:
    return [
        f"คำนวณตารางผ่อนบ้าน วงเงิน {r.randint(2, 6)},{r.randint(0, 9)}00,000 บาท ดอกเบี้ย 3 ปีแรก {r.randint(2, 3)}.{r.randint(0, 9)}% ",
        f"หลังจากนั้น MRR-{r.randint(1, 2)}.{r.randint(0, 9)}% (MRR 7.3%) ระยะ 30 ปี งวดแรกเท่าไร ทำเป็น Excel formula ให้ด้วย",
    ]


@T("ecommerce", neg=True)
def neg_sql_schema_review(r: random.Random) -> list:
    return [
        "Review this schema for PDPA: which columns would hold personal data once populated?\n```sql\n",
        "CREATE TABLE customers (\n  id BIGSERIAL PRIMARY KEY,\n  citizen_id CHAR(13),\n  full_name TEXT,\n",
        "  phone VARCHAR(15),\n  email CITEXT UNIQUE,\n  dob DATE,\n  consent_marketing BOOLEAN DEFAULT false,\n",
        f"  created_at TIMESTAMPTZ DEFAULT now()\n);\nCREATE INDEX idx_{r.choice(['cust', 'c'])}_phone ON customers(phone);\n```",
    ]


@T("logistics", neg=True)
def neg_shipping_rate_table(r: random.Random) -> list:
    return [
        "make this into a pricing JSON:\n| น้ำหนัก (กก.) | กทม.-ปริมณฑล | ต่างจังหวัด | พื้นที่ห่างไกล |\n|---|---|---|---|\n",
        f"| 0-1 | {r.randint(25, 35)} | {r.randint(35, 45)} | {r.randint(50, 70)} |\n",
        f"| 1-3 | {r.randint(40, 50)} | {r.randint(55, 65)} | {r.randint(80, 100)} |\n",
        f"| 3-5 | {r.randint(60, 70)} | {r.randint(75, 90)} | {r.randint(110, 140)} |\n",
    ]


@T("hospital", neg=True)
def neg_hospital_campaign_post(r: random.Random) -> list:
    return [
        "เขียนโพสต์", r.choice(["เฟซบุ๊ก", "ลง LINE OA", "ติดบอร์ด"]), "เชิญชวนฉีดวัคซีนไข้หวัดใหญ่ฟรี ",
        f"สำหรับผู้สูงอายุ 65 ปีขึ้นไปและหญิงตั้งครรภ์ {r.choice(['1 พ.ค.-31 ส.ค.', 'ตลอดเดือนมิถุนายน', 'ทุกวันพุธ'])} ",
        "ที่ตึกผู้ป่วยนอก ชั้น 2 ไม่ต้องนัด นำบัตรประชาชนมาด้วย มีคำถามสายด่วน 1669 ไม่ได้นะ ใช้เบอร์ศูนย์บริการ 1330",
    ]


@T("government", neg=True)
def neg_eservice_downtime(r: random.Random) -> list:
    return [
        "Translate to English for the expat newsletter:\n",
        f"ประกาศ ระบบยื่นภาษีออนไลน์จะปิดปรับปรุงวันที่ {r.randint(1, 28)} ธ.ค. 2568 เวลา 22:00-06:00 น. ",
        "ผู้เสียภาษีสามารถยื่นแบบ ภ.ง.ด.90/91 ได้ตามปกติหลังระบบเปิด ขยายเวลายื่นถึง 8 เม.ย. 2569 ",
        "ติดต่อสอบถาม info@", "example-rd.go.th",
    ]


@T("school", neg=True)
def neg_timetable(r: random.Random) -> list:
    subj = ["คณิต", "ไทย", "อังกฤษ", "วิทย์", "สังคม", "พละ", "ศิลปะ", "คอม"]
    r.shuffle(subj)
    return [
        "จัดตารางสอน ม.2/3 ใหม่ ไม่ให้วิชาหนักติดกัน 3 คาบ\nจันทร์: ", " | ".join(subj[:6]), "\nอังคาร: ",
        " | ".join(reversed(subj[2:])), "\n",
    ]


@T("real_estate", neg=True)
def neg_listing_copy(r: random.Random) -> list:
    return [
        "เขียนแคปชั่นขายคอนโดให้น่าสนใจ (TH+EN)\n",
        f"1 ห้องนอน {r.randint(28, 40)} ตร.ม. ชั้น {r.randint(8, 35)} วิวสระ ใกล้ BTS อ่อนนุช 300 ม. ",
        f"ราคา {r.randint(2, 4)}.{r.randint(1, 9)} ลบ. รวมเฟอร์ โอนครึ่ง-ครึ่ง เลี้ยงสัตว์ไม่ได้",
    ]


@T("travel", neg=True)
def neg_itinerary(r: random.Random) -> list:
    return [
        f"Plan a {r.choice([3, 4, 5])}-day Chiang Mai trip in December for a family with 2 kids, budget 25,000 THB, ",
        "no red-eye flights, include Doi Inthanon, Jing Jai market on Sunday, and one rainy-day backup.",
    ]


@T("security", neg=True)
def neg_camera_config_yaml(r: random.Random) -> list:
    return [
        "Why does motion detection trigger all night? config:\n```yaml\ncameras:\n  gate_north:\n",
        f"    rtsp: rtsp://nvr.local:554/ch{r.randint(1, 16)}\n    motion:\n      threshold: {r.randint(10, 40)}\n",
        "      mask: [[0,0],[640,0],[640,120],[0,120]]\n    record: {retain_days: 14}\n```",
    ]


@T("union", neg=True)
def neg_union_meeting_agenda(r: random.Random) -> list:
    return [
        "จัดรูปแบบวาระการประชุมใหญ่สามัญประจำปีให้สวยงาม\n1. ประธานแจ้งที่ประชุม\n2. รับรองรายงานการประชุมครั้งที่แล้ว\n",
        f"3. งบการเงินปี {r.choice([2567, 2568])}\n4. {r.choice(['เลือกตั้งกรรมการชุดใหม่', 'แก้ไขข้อบังคับ', 'พิจารณาข้อเรียกร้องประจำปี'])}\n5. เรื่องอื่นๆ\n",
        f"สถานที่: หอประชุมโรงงาน เวลา {r.choice(['09:00', '13:30', '17:30'])} น.",
    ]


@T("ngo", neg=True)
def neg_ngo_grant_budget(r: random.Random) -> list:
    return [
        "Check the arithmetic in this grant budget and suggest cuts of 10%:\n",
        f"Field staff 2 x 24,000 x 12 = 576,000\nTravel {r.randint(80, 160)},000\nTraining workshops 6 x 35,000 = 210,000\n",
        f"Overhead 12% = {r.randint(100, 130)},000\nTOTAL 1,0{r.randint(10, 90)},000",
    ]


@T("religion_community", neg=True)
def neg_temple_fair_budget(r: random.Random) -> list:
    return [
        "ทำสรุปรายรับรายจ่ายงานทอดกฐินวัดประจำหมู่บ้าน\n",
        f"รายรับ: ผ้าป่า {r.randint(50, 150)},000 บาท ตู้บริจาค {r.randint(10, 40)},500 บาท\n",
        f"รายจ่าย: เครื่องเสียง 8,000 อาหาร {r.randint(15, 30)},000 ดอกไม้ 3,200\n",
    ]


@T("insurance", neg=True)
def neg_policy_number_lookup_code(r: random.Random) -> list:
    return [
        "Refactor to avoid the N+1 query:\n```python\nfor policy_no in ['PA", str(r.randint(10**7, 10**8)), "', 'PA",
        str(r.randint(10**7, 10**8)), "']:\n    policy = session.get(Policy, policy_no)\n    for rider in policy.riders:\n",
        "        print(rider.code, rider.premium)\n```",
    ]


@T("legal", neg=True)
def neg_contract_clause(r: random.Random) -> list:
    return [
        "แปลข้อสัญญานี้เป็นภาษาอังกฤษแบบกฎหมาย\n",
        f"ข้อ {r.randint(5, 15)} คู่สัญญาฝ่ายใดผิดสัญญา ให้อีกฝ่ายมีสิทธิบอกเลิกสัญญาได้ทันที โดยแจ้งเป็นหนังสือล่วงหน้าไม่น้อยกว่า ",
        f"{r.choice([15, 30, 60])} วัน และเรียกค่าเสียหายได้ไม่เกินร้อยละ 10 ของมูลค่าสัญญา",
    ]


@T("telecom", neg=True)
def neg_network_ticket(r: random.Random) -> list:
    return [
        f"Summarise for the NOC shift report: cell site BKK-{r.randint(1000, 9999)} down 02:10-03:45, ",
        "power failure at the site, generator did not start, ~4,200 subscribers affected, RCA pending. ",
        f"Ticket INC{r.randint(10**6, 10**7)}. Escalated to support@", "example-telco.co.th",
    ]


@T("hr", neg=True)
def neg_leave_policy_question(r: random.Random) -> list:
    return [
        f"พนักงาน{r.choice(['รายเดือน', 'รายวัน', 'ทดลองงาน'])}ทำงานครบ {r.randint(1, 9)} ปี ลาพักร้อนได้กี่วันตาม พ.ร.บ.คุ้มครองแรงงาน และลาป่วยเกิน 3 วัน ",
        "ต้องใช้ใบรับรองแพทย์ไหม ตอบสั้นๆ อ้างมาตรา",
    ]


@T("ecommerce", neg=True)
def neg_order_ids_reconcile(r: random.Random) -> list:
    rows = [f"{order_no(r, 'SHP')},{r.randint(100, 5000)}.00,{r.choice(['paid', 'refunded', 'pending'])}\n" for _ in range(4)]
    return ["reconcile with the payment gateway, which ones are mismatched?\norder,amount,status\n", *rows]


@T("university", neg=True)
def neg_course_syllabus(r: random.Random) -> list:
    return [
        "Turn into a weekly syllabus table: Data Privacy & AI (3 credits). Weeks 1-3 PDPA basics; 4-6 anonymisation, ",
        "k-anonymity, differential privacy; 7 midterm; 8-11 LLM risks, prompt injection, PII leakage; ",
        f"12-{r.choice([14, 15])} projects; final exam.",
    ]


@T("bank", neg=True)
def neg_fx_rates(r: random.Random) -> list:
    return [
        "ทำกราฟเส้นอัตราแลกเปลี่ยนสัปดาห์นี้\n",
        ", ".join(f"{d} USD/THB {r.randint(32, 36)}.{r.randint(10, 99)}" for d in ["จ.", "อ.", "พ.", "พฤ.", "ศ."]),
    ]


@T("logistics", neg=True)
def neg_fleet_fuel_report(r: random.Random) -> list:
    return [
        "Write a 3-line summary: fleet of 42 trucks used ", f"{r.randint(30, 60)},{r.randint(100, 999)} litres diesel in October, ",
        f"avg {r.randint(5, 8)}.{r.randint(0, 9)} km/l, 3 trucks in maintenance, on-time rate {r.randint(88, 99)}%.",
    ]


@T("clinic", neg=True)
def neg_clinic_opening_faq(r: random.Random) -> list:
    return [
        "ตอบคำถามลูกค้าจาก FAQ นี้: คลินิกเปิด จ-ศ 10:00-20:00 ส-อา 10:00-18:00 ",
        f"ขูดหินปูน {r.choice([800, 900, 1000])} บาท ใช้สิทธิประกันสังคมได้ 900 บาท/ปี ติดต่อผ่าน LINE OA ของคลินิก\n",
        "คำถาม: เสาร์นี้เปิดกี่โมงคะ ใช้ประกันสังคมได้ไหม",
    ]


# ----------------------------------------------------------------------------------------------
# Build, self-check, write
# ----------------------------------------------------------------------------------------------
def build_rows() -> list[dict]:
    rows: list[dict] = []
    for t in TEMPLATES:
        for i in range(PROMPTS_PER_TEMPLATE):
            r = random.Random(f"freshset10:{t.name}:{i}")
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
    random.Random("freshset10:order").shuffle(order)
    shuffled = [rows[k] for k in order]
    for n, row in enumerate(shuffled, 1):
        row["id"] = f"f10-{n:04d}"
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
            print(f"{args.out} is stale: rerun bench/make_freshset10.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
