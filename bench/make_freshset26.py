"""Twenty-sixth blind held-out set for pdpa-guard: bench/freshset26.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md and the interface of tests/test_freshsets.py only. Emphasis: Thai SMEs and everyday office
users pasting into chatbots -- accountants and tax preparers (ภ.ง.ด. withholding forms, social
security), real-estate and car-loan brokers, clinics' LINE OA admins, beauty and dental clinics, pawn
shops, debt collectors, wedding planners, funeral homes and temple donor lists, sports clubs and
fitness coaches, pet clinics (owner data vs animal data), recruitment agencies and lawyers' intake
notes. Much of the text is messy: OCR of ID cards and house registrations with broken labels, copied
spreadsheets with Thai headers, LINE chat exports with sticker markers, Thai numerals, typos, emoji.

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file.

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, ลุง,
Mr, Dr ...); nicknames and chat display names of people are PERSON too. ADDRESS is one span from the
house number to the postcode (or province); DATE_OF_BIRTH is the date only; cued numbers (HN, student
ID, account ...) are the number only; a plate includes the province written right after it; s.26
spans are the shortest phrase disclosing the fact about the person (for a form field such as
``ศาสนา: อิสลาม`` or ``เชื้อชาติ: ไทย`` the value only). Animals' names, health and DNA are not
personal data; a pet's record number is not a MEDICAL_RECORD_NUMBER. Role mailboxes (info@, hr@ ...),
public figures in news, and hotline short codes are not labelled. Numbers may be written in Thai
digits (๐-๙); they are labelled like Arabic ones.

    python bench/make_freshset26.py            # (re)write bench/freshset26.jsonl
    python bench/make_freshset26.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset26.py --stats    # print coverage
"""

from __future__ import annotations

import argparse
import datetime
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

OUT = Path(__file__).resolve().parent / "freshset26.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset26"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_MALE = [
    "ธนวัฒน์", "ศักดิ์ชัย", "ประยูร", "วิโรจน์", "ชาญวิทย์", "อดิศักดิ์", "ณรงค์ฤทธิ์", "พีระพัฒน์", "สุริยา",
    "บุญส่ง", "เฉลิมพล", "ธีรวัฒน์", "กฤษณะ", "ทรงศักดิ์", "อำนาจ", "วสันต์", "จักรพันธ์", "ภูริณัฐ", "ปกรณ์",
    "สมบัติ", "เอนก", "ไชยา", "ธนกฤต", "วรเมธ", "อิทธิพล", "สุเมธ", "บรรจง", "คมสัน", "เกียรติศักดิ์", "ทองดี",
]
TH_FEMALE = [
    "สุภาวดี", "กัญญารัตน์", "ปาริชาติ", "วรรณภา", "ศิริพร", "นันทนา", "เยาวลักษณ์", "พัชราภรณ์", "ชุติมา",
    "อรทัย", "มาลัย", "ละเอียด", "สุดารัตน์", "ณัฐณิชา", "ภัทราวดี", "จุฑามาศ", "ลัดดาวัลย์", "บุษบา",
    "ปิยาภรณ์", "ทองสุข", "รัชนี", "ดารุณี", "กนกวรรณ", "สมพร", "เพ็ญศรี", "วิไลวรรณ", "อัมพร", "ขนิษฐา",
]
TH_SUR = [
    "แก้วมณี", "ศรีสุข", "บุญประเสริฐ", "ทองคำ", "จันทร์หอม", "วงศ์สวัสดิ์", "พรหมวงศ์", "สุขเจริญ",
    "อินทร์แก้ว", "ศรีวิไล", "มณีวงศ์", "เพชรรัตน์", "รุ่งเรืองศรี", "ชัยมงคล", "นาคประเสริฐ", "ปัญญาดี",
    "คงสมบูรณ์", "ธนสาร", "บัวแก้ว", "ทรัพย์มาก", "ภักดีวงศ์", "สิทธิโชค", "อ่อนละมัย", "เหลืองอ่อน",
    "กิจเจริญ", "ลิ้มสกุล", "แซ่ตั๋น", "ตันติวัฒน์", "โพธิ์ทอง", "ดวงแก้ว", "หอมจันทร์", "ยอดมณี", "พึ่งบุญ",
    "ขันทอง", "เทพสุวรรณ", "ศรีบุญเรือง", "วัฒนกุล", "มีสุข", "จิตต์ประเสริฐ", "อุดมพร",
]
TH_MUSLIM = ["อับดุลเลาะ สาและ", "ฟาตีมะห์ ดอเลาะ", "มูฮัมหมัด ยูโซ๊ะ", "นูรีซัน มะแซ", "ซูไฮมี หะยีเต๊ะ",
             "อามีเนาะ เจ๊ะมะ", "รอฮานี บินอาหลี", "อิสมาแอ สะมะแอ"]
TH_MUSLIM_F = ["ฟาตีมะห์ ดอเลาะ", "นูรีซัน มะแซ", "อามีเนาะ เจ๊ะมะ", "รอฮานี บินอาหลี"]
NICK = ["ต้น", "มายด์", "แพร", "ฝน", "บอล", "เก่ง", "ปู", "นก", "แอน", "กุ้ง", "ตั๊ก", "เจ", "ป๊อป", "โอ๊ต",
        "ฟ้า", "เฟิร์น", "หนิง", "อ้อม", "จ๋า", "ตูน", "เบนซ์", "มิ้นท์", "กอล์ฟ", "แบงค์", "ปอนด์", "ขวัญ"]
NICK_ROMAN = {"ต้น": "ton", "มายด์": "mind", "แพร": "prae", "ฝน": "fon", "บอล": "ball", "เก่ง": "keng",
              "ปู": "poo", "นก": "nok", "แอน": "ann", "กุ้ง": "kung", "ตั๊ก": "tuk", "เจ": "jay", "ป๊อป": "pop",
              "โอ๊ต": "oat", "ฟ้า": "fah", "เฟิร์น": "fern", "หนิง": "ning", "อ้อม": "aom", "จ๋า": "ja",
              "ตูน": "toon", "เบนซ์": "benz", "มิ้นท์": "mint", "กอล์ฟ": "golf", "แบงค์": "bank",
              "ปอนด์": "pond", "ขวัญ": "kwan"}
ROMAN = [
    "Siriporn Kaewmanee", "Thanawat Srisuk", "Pattaraporn Bunprasert", "Chaiwat Thongkham",
    "Kanyarat Janhom", "Wirot Wongsawat", "Nantana Phromwong", "Adisak Sukcharoen", "Jutamas Inkaew",
    "Peerapat Sriwilai", "Suthida Maneewong", "Kittipong Petcharat", "Warunee Chaimongkol",
    "Narongrit Nakprasert", "Chutima Panyadee", "Somchai Kongsomboon", "Pimchanok Thanasarn",
    "Teerawat Buakaew", "Oranuch Supmak", "Ekkachai Pakdeewong",
]
FOREIGN = ["David Harrington", "Sophie Laurent", "Kenji Watanabe", "Marco Bianchi", "Hannah Schultz",
           "Liam O'Brien", "Rachel Goldberg", "Pieter van Dijk", "Min-jun Park", "Ahmed Karimi"]
MYANMAR = ["Aung Ko Latt", "Hnin Wai Phyo", "Zaw Min Oo", "Thin Thin Aye", "Kyaw Zin Htet", "Nang Seng Hom"]
MYANMAR_TH = ["อ่อง โก ลัต", "ซอ มิน อู", "ติน ติน เอ", "จอ ซิน เทต", "นาง แสง หอม", "หน่อ คำ"]
KHMER = ["Sokun Rath", "Bopha Chhim", "Vuthy Keo", "Sreyneang Pov"]


def th_name(r: random.Random, female: bool | None = None) -> str:
    if female is None:
        female = r.random() < 0.5
    return f"{r.choice(TH_FEMALE if female else TH_MALE)} {r.choice(TH_SUR)}"


def th_first(r: random.Random, female: bool | None = None) -> str:
    if female is None:
        female = r.random() < 0.5
    return r.choice(TH_FEMALE if female else TH_MALE)


def title(r: random.Random, female: bool) -> str:
    return r.choice(["นาง", "น.ส.", "นางสาว"]) if female else "นาย"


def nick(r: random.Random) -> str:
    return r.choice(NICK)


# ----------------------------------------------------------------------------------------------
# Value generators (all fabricated, all checksum-valid)
# ----------------------------------------------------------------------------------------------
_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def thd(s: str) -> str:
    """Write the digits of s in Thai numerals."""
    return s.translate(_TO_THAI)


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


PROV_CODES = ["10", "11", "12", "13", "20", "21", "30", "34", "40", "41", "50", "57", "65", "80", "83", "90", "95"]


def _fmt13(d: str, style: str) -> str:
    if style == "dash":
        return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"
    if style == "space":
        return f"{d[0]} {d[1:5]} {d[5:10]} {d[10:12]} {d[12]}"
    return d


def nid(r: random.Random, style: str | None = None, first: str | None = None) -> str:
    while True:
        body = (first or r.choice("111113335")) + r.choice(PROV_CODES) + _digits(r, 9)
        for c in "0123456789":
            if pin.is_valid(body + c):
                return _fmt13(body + c, style or r.choice(["plain", "plain", "dash", "space"]))


def juristic(r: random.Random, style: str | None = None) -> str:
    while True:
        body = "0" + r.choice(["105", "105", "107", "115", "125", "135", "205", "505", "405", "835"]) + _digits(r, 8)
        for c in "0123456789":
            if moa.is_valid(body + c):
                return _fmt13(body + c, style or r.choice(["plain", "plain", "dash"]))


def epoch_ms(r: random.Random, after: str | None = None) -> str:
    """A 13-digit epoch-ms timestamp (Nov 2023 - Nov 2026) that happens to pass the Thai ID checksum."""
    v = int(after) + r.randint(500, 3_600_000) if after else r.randint(1_700_000_000_000, 1_795_000_000_000)
    while not pin.is_valid(str(v)):
        v += 1
    return str(v)


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
    kind = r.choice(["visa", "visa", "mc", "jcb", "amex", "upi"])
    prefix, length = {"visa": ("4" + r.choice(["11111", "53221", "09843", "62788"]), 16),
                      "mc": ("5" + r.choice("12345") + _digits(r, 4), 16), "jcb": ("35" + _digits(r, 4), 16),
                      "amex": ("3" + r.choice("47") + _digits(r, 4), 15), "upi": ("62" + _digits(r, 4), 16)}[kind]
    body = prefix + _digits(r, length - len(prefix) - 1)
    for c in "0123456789":
        if _luhn_ok(body + c):
            d = body + c
            break
    style = style or r.choice(["space", "dash", "plain", "space"])
    groups = [d[:4], d[4:10], d[10:]] if len(d) == 15 else [d[i:i + 4] for i in range(0, 16, 4)]
    return {"space": " ".join(groups), "dash": "-".join(groups), "plain": d}[style]


def _valid_phone(v: str) -> bool:
    try:
        n = phonenumbers.parse(v.translate(_TO_ARABIC), "TH")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n)


def mobile(r: random.Random, style: str | None = None) -> str:
    while True:
        d = "0" + r.choice("689") + r.choice("0123456789") + _digits(r, 7)
        if _valid_phone(d):
            break
    style = style or r.choice(["dash", "plain", "dash", "intl", "space", "intl_plain"])
    if style == "dash":
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if style == "space":
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if style == "intl":
        return f"+66 {d[1:3]} {d[3:6]} {d[6:]}"
    if style == "intl_plain":
        return "+66" + d[1:]
    return d


def landline(r: random.Random) -> str:
    while True:
        if r.random() < 0.5:
            v = f"02-{_digits(r, 3)}-{_digits(r, 4)}"
        else:
            v = f"0{r.choice(['53', '43', '74', '76', '38', '44', '45'])}-{_digits(r, 3)}-{_digits(r, 3)}"
        if _valid_phone(v):
            return v


EMAIL_FREE = ["gmail.com", "hotmail.com", "outlook.co.th", "yahoo.com", "icloud.com", "hotmail.co.th", "outlook.com"]


def email(r: random.Random, base: str | None = None, domain: str | None = None) -> str:
    if base is None:
        first, last = r.choice(ROMAN).lower().split()
        base = r.choice([f"{first}.{last[:4]}", f"{first}{r.randint(1, 99)}", f"{first[:3]}_{last}",
                         f"{first}.{last}"])
    base = re.sub(r"[^a-z0-9._-]", "", base.lower())
    return f"{base}@{domain or r.choice(EMAIL_FREE)}"


def ipv4(r: random.Random) -> str:
    a = r.choice(["49.228", "49.230", "171.97", "183.88", "58.8", "110.168", "1.46", "27.55", "184.82",
                  "125.25", "223.24", "115.87"])
    return f"{a}.{r.randint(1, 254)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    v = f"2405:9800:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"
    return str(ipaddress.ip_address(v))


def passport(r: random.Random) -> str:
    return r.choice(["AA", "AB", "AC", "AD", "AE", "AF", "AH", "AJ"]) + _digits(r, 7)


def passport_mm(r: random.Random) -> str:
    return r.choice(["MA", "MB", "MC", "MD", "ME"]) + _digits(r, 6)


BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรี", "ttb", "ออมสิน", "ธ.ก.ส."]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["dash", "dash", "plain", "twelve"])
    if style == "twelve":
        d = "0" + _digits(r, 11)
        return r.choice([d, f"{d[:4]}-{d[4:8]}-{d[8:]}"])
    d = r.choice("0123456789") + _digits(r, 9)
    return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}" if style == "dash" else d


PLATE_LETTERS = ["กข", "กท", "ขง", "งจ", "ฆก", "ธศ", "กก", "ภล", "วม", "ชบ", "สน", "บค", "ฆท", "ผอ", "ยย", "ขข",
                 "ศษ", "นข", "ฒพ", "ญว"]
PROVINCES = ["กรุงเทพมหานคร", "เชียงใหม่", "ชลบุรี", "ขอนแก่น", "นนทบุรี", "ภูเก็ต", "สงขลา", "ปทุมธานี",
             "นครราชสีมา", "อุดรธานี", "สมุทรปราการ", "ระยอง", "เชียงราย", "อุบลราชธานี", "พระนครศรีอยุธยา"]


def plate(r: random.Random, thai_digits: bool = False) -> str:
    lead = r.choice(["", "1", "2", "3", "4", "5", "6", "7", "8", "9"])
    v = f"{lead}{r.choice(PLATE_LETTERS)}{r.choice([' ', ' ', '-', ''])}{r.randint(1, 9999)} {r.choice(PROVINCES)}"
    return thd(v) if thai_digits else v


AREAS = [
    ("ต.ในเมือง", "อ.เมืองขอนแก่น", "จ.ขอนแก่น", "40000"),
    ("ต.สุเทพ", "อ.เมืองเชียงใหม่", "จ.เชียงใหม่", "50200"),
    ("ต.บางพูด", "อ.ปากเกร็ด", "จ.นนทบุรี", "11120"),
    ("ต.หาดใหญ่", "อ.หาดใหญ่", "จ.สงขลา", "90110"),
    ("ต.บ้านสวน", "อ.เมืองชลบุรี", "จ.ชลบุรี", "20000"),
    ("ต.คลองหนึ่ง", "อ.คลองหลวง", "จ.ปทุมธานี", "12120"),
    ("ต.ในเมือง", "อ.เมืองนครราชสีมา", "จ.นครราชสีมา", "30000"),
    ("ต.ตลาดใหญ่", "อ.เมืองภูเก็ต", "จ.ภูเก็ต", "83000"),
    ("ต.สะเตง", "อ.เมืองยะลา", "จ.ยะลา", "95000"),
    ("ต.หนองปรือ", "อ.บางละมุง", "จ.ชลบุรี", "20150"),
    ("ต.เวียง", "อ.เมืองเชียงราย", "จ.เชียงราย", "57000"),
    ("ต.ในเมือง", "อ.เมืองอุบลราชธานี", "จ.อุบลราชธานี", "34000"),
    ("ต.บางเมือง", "อ.เมืองสมุทรปราการ", "จ.สมุทรปราการ", "10270"),
    ("ต.หมากแข้ง", "อ.เมืองอุดรธานี", "จ.อุดรธานี", "41000"),
    ("แขวงจอมพล", "เขตจตุจักร", "กรุงเทพมหานคร", "10900"),
    ("แขวงบางนาเหนือ", "เขตบางนา", "กรุงเทพฯ", "10260"),
    ("แขวงหัวหมาก", "เขตบางกะปิ", "กรุงเทพมหานคร", "10240"),
    ("แขวงคลองตันเหนือ", "เขตวัฒนา", "กรุงเทพฯ", "10110"),
    ("แขวงบางซื่อ", "เขตบางซื่อ", "กรุงเทพมหานคร", "10800"),
    ("แขวงดินแดง", "เขตดินแดง", "กทม.", "10400"),
]
STREETS = ["ซ.ลาดพร้าว 101", "ถ.มิตรภาพ", "ซอยรามอินทรา 40", "ถนนเพชรเกษม", "ซ.แจ้งวัฒนะ 14", "ถ.สุขุมวิท",
           "ซอยประชาราษฎร์บำเพ็ญ", "ถ.นิมมานเหมินท์", "ถนนศรีนครินทร์", "ซ.วัดไผ่เงิน"]
ADDR_EN = [
    "Nong Prue, Bang Lamung, Chon Buri 20150", "Khlong Tan Nuea, Watthana, Bangkok 10110",
    "Suthep, Mueang Chiang Mai, Chiang Mai 50200", "Bang Phut, Pak Kret, Nonthaburi 11120",
    "Talat Yai, Mueang Phuket, Phuket 83000", "Hua Mak, Bang Kapi, Bangkok 10240",
]


def house(r: random.Random) -> str:
    return r.choice([f"{r.randint(1, 399)}/{r.randint(1, 120)}", str(r.randint(1, 999)), f"{r.randint(10, 99)}/{r.randint(1, 9)}"])


def addr(r: random.Random, style: str | None = None) -> str:
    t, a, p, z = r.choice(AREAS)
    style = style or r.choice(["abbr", "abbr", "full", "nospace", "street"])
    h = house(r)
    bkk = t.startswith("แขวง")
    moo = "" if bkk else f"หมู่ {r.randint(1, 14)} "
    if style == "full" and not bkk:
        return f"{h} หมู่ที่ {r.randint(1, 14)} ตำบล{t[2:]} อำเภอ{a[2:]} จังหวัด{p[2:]} {z}"
    if style == "nospace":
        return f"{h} ม.{r.randint(1, 14)} {t}  {a}  {p}  {z}" if not bkk else f"{h} {r.choice(STREETS)} {t} {a} {p}{z}"
    if style == "street":
        return f"{h} {moo}{r.choice(STREETS)} {t} {a} {p} {z}"
    if style == "noprov":
        return f"{h} {moo}{t} {a} {p}"
    return f"{h} {moo}{t} {a} {p} {z}"


def addr_en(r: random.Random) -> str:
    return f"{house(r)} {r.choice(['Moo 3, ', 'Soi Sukhumvit 39, ', 'Moo 7, ', 'Soi Ramkhamhaeng 24, ', ''])}{r.choice(ADDR_EN)}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]


def dob(r: random.Random, style: str | None = None, lo: int = 1960, hi: int = 2004) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["th", "th_abbr", "slash_be", "iso", "en", "slash_ce"])
    return {
        "th": f"{d} {TH_MONTHS[m - 1]} {y + 543}",
        "th_abbr": f"{d} {TH_MON[m - 1]} {y + 543}",
        "slash_be": f"{d:02d}/{m:02d}/{y + 543}",
        "slash_ce": f"{d:02d}/{m:02d}/{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "en": f"{d} {EN_MON[m - 1]} {y}",
        "en_long": f"{EN_MONTH[m - 1]} {d}, {y}",
        "card_en": f"{d} {EN_MON[m - 1]}. {y}",
        "thai_num": thd(f"{d} {TH_MON[m - 1]} {y + 543}"),
        "compact": f"{y % 100:02d}{m:02d}{d:02d}",
        "dicom": f"{y}{m:02d}{d:02d}",
    }[style]


def student_id(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["ten", "ten", "letter", "dash"])
    yy = str(r.randint(62, 68))
    if style == "letter":
        return r.choice("BMD") + yy + _digits(r, 5)
    if style == "dash":
        return f"{yy}-{_digits(r, 3)}-{_digits(r, 4)}"
    if style == "school":
        return _digits(r, 5)
    return yy + _digits(r, 8)


def hn(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["dash", "plain", "slash"])
    if style == "dash":
        return f"{r.randint(60, 68)}-{_digits(r, 6)}"
    if style == "slash":
        return f"{_digits(r, 5)}/{r.randint(60, 68)}"
    return r.choice("123456789") + _digits(r, 6)


def line_id(r: random.Random, base: str | None = None) -> str:
    base = base or NICK_ROMAN[r.choice(NICK)]
    return r.choice([f"{base}.{r.randint(10, 99)}", f"{base}_{r.choice(['bkk', 'cm', 'jung', 'zz'])}",
                     f"{base}{r.randint(1980, 2004)}", f"{base}-{base}", f"{base}.{r.choice(['n', 's', 'p'])}"])


def amount(r: random.Random, lo: int = 500, hi: int = 90000, dec: bool = False) -> str:
    v = r.randint(lo, hi)
    return f"{v:,}.{r.randint(0, 99):02d}" if dec else f"{v:,}"


def face_vec(r: random.Random, n: int = 8) -> str:
    return "[" + ", ".join(f"{r.uniform(-0.3, 0.3):.4f}" for _ in range(n)) + ", ...]"


def fmr_b64(r: random.Random, n: int = 48) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "Rk1SACAyMAAA" + "".join(r.choice(alphabet) for _ in range(n)) + "=="


def hexs(r: random.Random, n: int = 12) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def hhmm(r: random.Random, lo: int = 7, hi: int = 22) -> str:
    return f"{r.randint(lo, hi):02d}:{r.randint(0, 59):02d}"


def pick(r: random.Random, *opts: str) -> str:
    return r.choice(opts)


STICKERS = ["[สติกเกอร์]", "[Sticker]", "[รูปภาพ]", "[Photo]", "[สติ๊กเกอร์]"]
EMOJI = ["🙏", "😊", "🥲", "👍", "🙏🙏", "😅", "❤️", "✨", "🤣", "😭", ""]


def _check_value(entity_type: str, span: str) -> bool:
    """True when a labelled span is a well-formed fabricated value of its type (Thai digits allowed)."""
    if not span or span != span.strip():
        return False
    arabic = span.translate(_TO_ARABIC)
    digits = re.sub(r"[^0-9]", "", arabic)
    if entity_type == "TH_NATIONAL_ID":
        return bool(re.fullmatch(r"[0-9 -]+", arabic)) and pin.is_valid(digits)
    if entity_type == "TH_JURISTIC_ID":
        return bool(re.fullmatch(r"[0-9 -]+", arabic)) and moa.is_valid(digits)
    if entity_type == "CREDIT_CARD":
        return bool(re.fullmatch(r"[0-9 -]+", arabic)) and 13 <= len(digits) <= 19 and _luhn_ok(digits)
    if entity_type == "PHONE_NUMBER":
        return _valid_phone(arabic)
    if entity_type == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", span)) and not re.match(
            r"(info|hr|support|recruit|admin|contact|sales|noreply)@", span)
    if entity_type == "IP_ADDRESS":
        try:
            ipaddress.ip_address(span)
        except ValueError:
            return False
        return True
    if entity_type == "TH_PASSPORT":
        return bool(re.fullmatch(r"[A-Z]{1,2}[0-9]{6,8}", span))
    if entity_type == "TH_BANK_ACCOUNT":
        return bool(re.fullmatch(r"[0-9 -]+", arabic)) and len(digits) in (10, 12)
    if entity_type == "TH_VEHICLE_PLATE":
        return bool(re.fullmatch(r"[0-9]?[ก-ฮ]{1,2}[ -]?[0-9]{1,4} [ก-ฮะ-ู็-์เ-ไ]+", arabic))
    if entity_type == "ADDRESS":
        return bool(re.match(r"[0-9]", arabic)) and len(span) >= 12
    if entity_type == "DATE_OF_BIRTH":
        return bool(re.search(r"[0-9]", arabic)) and len(span) <= 30
    if entity_type == "STUDENT_ID":
        return bool(re.fullmatch(r"[A-Z]?[0-9][0-9-]{3,12}", arabic))
    if entity_type == "MEDICAL_RECORD_NUMBER":
        return bool(re.fullmatch(r"[0-9][0-9/-]{4,11}", arabic)) and len(digits) >= 5
    if entity_type == "LINE_ID":
        return bool(re.fullmatch(r"[a-z0-9._-]{3,20}", span))
    if entity_type == "PERSON":
        return not re.search(r"[0-9]|^(นาย|นาง|น\.ส\.|คุณ|พี่|น้อง|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) ", arabic)
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


def NID(v: str) -> tuple[str, str]:
    return ("TH_NATIONAL_ID", v)


def PH(v: str) -> tuple[str, str]:
    return ("PHONE_NUMBER", v)


def EM(v: str) -> tuple[str, str]:
    return ("EMAIL_ADDRESS", v)


def CC(v: str) -> tuple[str, str]:
    return ("CREDIT_CARD", v)


def IP(v: str) -> tuple[str, str]:
    return ("IP_ADDRESS", v)


def PP(v: str) -> tuple[str, str]:
    return ("TH_PASSPORT", v)


def BA(v: str) -> tuple[str, str]:
    return ("TH_BANK_ACCOUNT", v)


def PL(v: str) -> tuple[str, str]:
    return ("TH_VEHICLE_PLATE", v)


def AD(v: str) -> tuple[str, str]:
    return ("ADDRESS", v)


def DB(v: str) -> tuple[str, str]:
    return ("DATE_OF_BIRTH", v)


def SID(v: str) -> tuple[str, str]:
    return ("STUDENT_ID", v)


def HN(v: str) -> tuple[str, str]:
    return ("MEDICAL_RECORD_NUMBER", v)


def LID(v: str) -> tuple[str, str]:
    return ("LINE_ID", v)


def JUR(v: str) -> tuple[str, str]:
    return ("TH_JURISTIC_ID", v)


def HE(v: str) -> tuple[str, str]:
    return ("HEALTH_DATA", v)


def REL(v: str) -> tuple[str, str]:
    return ("RELIGION", v)


def ETH(v: str) -> tuple[str, str]:
    return ("ETHNICITY", v)


def POL(v: str) -> tuple[str, str]:
    return ("POLITICAL_OPINION", v)


def CR(v: str) -> tuple[str, str]:
    return ("CRIMINAL_RECORD", v)


def SX(v: str) -> tuple[str, str]:
    return ("SEXUAL_BEHAVIOUR", v)


def DIS(v: str) -> tuple[str, str]:
    return ("DISABILITY", v)


def TU(v: str) -> tuple[str, str]:
    return ("TRADE_UNION", v)


def GEN(v: str) -> tuple[str, str]:
    return ("GENETIC_DATA", v)


def BIO(v: str) -> tuple[str, str]:
    return ("BIOMETRIC_DATA", v)


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


# ################################################################################################
# TEMPLATES
# ################################################################################################
TH_WEEKDAY = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]


def line_header(r: random.Random, group: str, en: bool = False) -> str:
    day = datetime.date(r.choice([2024, 2025]), r.randint(1, 12), r.randint(1, 28))
    dmy = day.strftime("%d/%m/%Y")
    if en:
        return (f"[LINE] Chat history in {group}\nSaved on: {dmy} 23:{r.randint(10, 59)}\n\n"
                f"{day.strftime('%a')}, {dmy}\n")
    return (f"[LINE] ประวัติการแชทในกลุ่ม \"{group}\"\nวันที่บันทึก: {dmy} 23:{r.randint(10, 59)}\n\n"
            f"{TH_WEEKDAY[day.weekday()]}, {dmy}\n")


def ticker(r: random.Random, start_h: int = 8) -> Callable[[], str]:
    """Increasing HH:MM times for one chat export."""
    state = [start_h * 60 + r.randint(0, 50)]

    def tick() -> str:
        state[0] += r.randint(1, 25)
        h, m = divmod(state[0] % 1440, 60)
        return f"{h:02d}:{m:02d}"
    return tick


def month_be(r: random.Random) -> str:
    return f"{r.choice(TH_MONTHS)} {r.choice([2567, 2568])}"


# ================================================================================================
# Accountants and tax preparers
# ================================================================================================
@T("accounting")
def acc_pnd1_employee_sheet(r: random.Random) -> list:
    rows = []
    for i in range(r.randint(3, 4)):
        female = r.random() < 0.5
        first, last = th_first(r, female), r.choice(TH_SUR)
        pay = r.randint(18, 65) * 1000
        rows += [f"{i + 1}\t", NID(nid(r, "plain")), f"\t{title(r, female)}\t", P(first), "\t", P(last),
                 f"\t25/{r.randint(1, 12):02d}/2568\t{pay:,}.00\t{pay * r.choice([0, 1, 2, 3]) // 100:,}.00\n"]
    return [f"ช่วยรวมยอดเงินได้กับภาษีหัก ณ ที่จ่ายจากตารางนี้ให้หน่อยค่ะ จะยื่น ภ.ง.ด.1 เดือน{month_be(r)} "
            "(บริษัท ", pick(r, "ทองดีการบัญชี", "สยามเวดดิ้งสตูดิโอ", "บ้านสวนคลินิกสัตว์", "ฟิตแอนด์เฟิร์ม"),
            " จำกัด เลขผู้เสียภาษี ", JUR(juristic(r)), ")\n\n"
            "ลำดับ\tเลขประจำตัวผู้เสียภาษี\tคำนำหน้า\tชื่อ\tนามสกุล\tวันที่จ่าย\tเงินได้\tภาษีที่หัก\n", rows,
            "\nแล้วบอกด้วยว่าใครไม่ต้องหักภาษีเลยบ้าง"]


@T("accounting")
def acc_50tawi_ocr(r: random.Random) -> list:
    female = r.random() < 0.5
    name = th_name(r, female)
    paid = r.randint(8, 60) * 1000
    return ["ข้อความนี้ OCR มาจากใบ 50 ทวิ ช่วยแปลงเป็น JSON (payer_tax_id, payee_name, payee_tax_id, "
            "payee_address, income_type, amount, tax) ให้หน่อย\n---\n"
            "หนังสือรับรองการหักภาษี ณ ที่จ่าย\nตามมาตรา 50 ทวิ แห่งประมวลรัษฎากร      เล่มที่ 0l2  เลขที่ 0458\n"
            "ผู้มีหน้าที่หักภาษี ณ ที่จ่าย :- ชือ บริษัท ", pick(r, "เอเวอร์กรีน อีเว้นท์", "ดีดี ทันตกรรม", "รุ่งเรืองลิสซิ่ง"),
            " จำกัด\nเลขประจําตัวผู้เสียภาษีอากร (13 หลัก)* ", JUR(juristic(r, "space")),
            "\nผู้ถูกหักภาษี ณ ทีจ่าย :- ชือ ", title(r, female), " ", P(name),
            "\nเลขประจําตัวผู้เสียภาษีอากร (13 หลัก)* ", NID(nid(r, "space")),
            "\nทีอยู่ ", AD(addr(r)),
            "\nลําดับที่ 1 ในแบบ  (4) ภ.ง.ด.3\n"
            "ประเภทเงินได้พึงประเมินที่จ่าย | วัน เดือน หรือปีภาษี ที่จ่าย | จํานวนเงินที่จ่าย | ภาษีทีหักและนําส่งไว้\n"
            f"5. การจ่ายเงินได้ที่ต้องหักภาษี ณ ที่จ่าย ตามคําสั่งกรมสรรพากร ... ค่าจ้างทําของ | 15 ก.ย. 2567 | "
            f"{paid:,}.00 | {paid * 3 // 100:,}.00\n(ลงชื่อ) .............. ผู้จ่ายเงิน"]


@T("accounting")
def acc_sso_new_hire_line(r: random.Random) -> list:
    tk = ticker(r, 9)
    owner, acc = r.sample(NICK, 2)
    first = tk()
    hires = []
    for i in range(2):
        hires += [f"{tk()}\t", P(NICK_ROMAN[owner].title()), f" 🌷\t{i + 1}) ", P(th_name(r)), " บัตร ",
                  NID(nid(r)), " เกิด ", DB(dob(r, pick(r, "slash_be", "th_abbr"), 1995, 2005)),
                  f" เริ่มงาน {r.randint(1, 15)}/{r.randint(1, 12)}/68 เงินเดือน {r.choice([12000, 13500, 15000])}\n"]
    return ["ช่วยสรุปแชทนี้เป็นรายการที่ต้องทำ (สปส.1-03) ให้หน่อย\n", line_header(r, "บัญชีร้าน x สำนักงานบัญชี"),
            f"{first}\t", P(NICK_ROMAN[owner].title()), " 🌷\tพี่", P(acc),
            "คะ มีน้องเข้างานใหม่ 2 คน ฝากขึ้นทะเบียนประกันสังคมให้ด้วยนะคะ\n", hires,
            f"{tk()}\t", P(NICK_ROMAN[owner].title()), f" 🌷\t{r.choice(STICKERS)}\n",
            f"{tk()}\tพี่", P(acc), " บัญชี\tได้ค่ะ ขอเบอร์น้องคนแรกด้วยนะคะ จะได้แจ้งเรื่องเลือก รพ.\n",
            f"{tk()}\t", P(NICK_ROMAN[owner].title()), " 🌷\t", PH(mobile(r)), " ค่ะ 🙏"]


@T("accounting")
def acc_sso_sick_claim_email(r: random.Random) -> list:
    female = r.random() < 0.5
    emp = th_name(r, female)
    sick = r.choice(["ผ่าตัดไส้ติ่งและแผลติดเชื้อ", "กระดูกข้อเท้าหักจากอุบัติเหตุรถจักรยานยนต์", "ป่วยเป็นไข้เลือดออก นอนโรงพยาบาล 9 วัน",
                     "ผ่าตัดมดลูกออกเนื่องจากเนื้องอก", "เป็นวัณโรคปอด แพทย์ให้หยุดงาน 60 วัน"])
    return ["เรื่อง: ขอเอกสารเบิกเงินทดแทนการขาดรายได้ (กรณีเจ็บป่วย) ม.33\n\nเรียนคุณ", P(th_name(r)),
            "\n\nพนักงานของร้านเรา ", title(r, female), " ", P(emp), " เลขบัตรประชาชน ", NID(nid(r)),
            " ลาป่วยตั้งแต่ต้นเดือนเพราะ", HE(sick), " มีใบรับรองแพทย์แล้ว ร้านจ่ายค่าจ้างให้ 30 วันแรก "
            "ส่วนที่เกินขอเบิกจากประกันสังคม โดยให้โอนเข้าบัญชี", r.choice(BANKS), " เลขที่ ", BA(bank_acct(r)),
            " ของพนักงานเอง\nรบกวนช่วยร่างหนังสือถึงสำนักงานประกันสังคมจังหวัดให้ด้วยครับ แนบแบบ สปส.2-01 ด้วย\n\nขอบคุณครับ"]


@T("accounting")
def acc_tax_deduction_client_chat(r: random.Random) -> list:
    party = r.choice(["พรรคประชาชน", "พรรคเพื่อไทย", "พรรคภูมิใจไทย", "พรรครวมไทยสร้างชาติ", "พรรคประชาธิปัตย์"])
    who, dis = r.choice([("แม่", "เป็นคนพิการทางการเคลื่อนไหว"), ("แม่", "ตาบอดทั้งสองข้าง"),
                         ("พ่อ", "เป็นคนพิการทางการได้ยิน"), ("พ่อ", "พิการขาขาดจากอุบัติเหตุ")])
    return ["ช่วยคำนวณภาษีบุคคลธรรมดาปี 2567 ของลูกค้าคนนี้ให้หน่อย แล้วบอกว่าลดหย่อนอะไรได้/ไม่ได้\n\n"
            "ผู้ยื่น: ", P(th_name(r)), "  เลขผู้เสียภาษี ", NID(nid(r, "dash")),
            "\nเงินเดือนทั้งปี 720,000 / ประกันสังคม 9,000 / ประกันชีวิต 24,000\n"
            "ลดหย่อนบิดามารดา: พ่อ ", P(th_name(r, False)), " (", NID(nid(r, "plain", "3")), ")  แม่ ",
            P(th_name(r, True)), " (", NID(nid(r, "plain", "3")), ")\n", who, DIS(dis),
            " มีบัตรคนพิการ อยากใช้สิทธิอุปการะเลี้ยงดูคนพิการด้วย\n"
            f"บริจาค: วัดใกล้บ้าน {r.randint(1, 9)},000 (e-Donation) , ", POL(f"บริจาคให้{party}"),
            " 10,000 ผ่านแอป\nลูกค้าถามว่าบริจาคพรรคได้ลดหย่อนเต็มไหม"]


@T("accounting")
def acc_pnd3_freelancer_csv(r: random.Random) -> list:
    rows = []
    for i in range(3):
        female = r.random() < 0.5
        pay = r.randint(3, 40) * 1000
        rows += [f"{i + 1},", NID(nid(r, "plain")), f",{title(r, female)} ", P(th_name(r, female)), ",\"",
                 AD(addr(r, "abbr")), f"\",{r.randint(1, 28):02d}/0{r.randint(1, 9)}/2568,ค่าจ้างทำของ,3,{pay}.00,"
                 f"{pay * 3 / 100:.2f}\n"]
    return ["ไฟล์ CSV นี้ import เข้าโปรแกรมยื่น ภ.ง.ด.3 ไม่ผ่าน ขึ้นว่า 'รูปแบบไม่ถูกต้อง แถวที่ 2' ช่วยดูหน่อยว่าผิดตรงไหน\n\n"
            "ลำดับ,เลขประจำตัวผู้เสียภาษี,ชื่อผู้มีเงินได้,ที่อยู่,วันที่จ่าย,ประเภทเงินได้,อัตราภาษี,จำนวนเงิน,ภาษีที่หัก\n",
            rows]


@T("accounting")
def acc_payroll_union_dues(r: random.Random) -> list:
    lines = []
    for _ in range(3):
        net = r.randint(12, 35) * 1000 + r.choice([0, 250, 500, 750])
        lines += ["• ", P(th_name(r)), " (", BA(bank_acct(r, "plain")), f") สุทธิ {net:,} — ",
                  TU(r.choice(["สมาชิกสหภาพแรงงาน", "สมาชิกสหภาพฯ", "กรรมการสหภาพแรงงาน"])),
                  f" หักค่าบำรุง {r.choice([50, 100, 150])} บาท\n"]
    return ["ก่อนส่งไฟล์เงินเดือนเข้า KTB Corporate ช่วยเช็คยอดสุทธิให้หน่อย (เงินเดือน - ประกันสังคม 5% - ค่าบำรุงสหภาพ)\n",
            lines, "คนที่เหลือไม่ได้เป็นสมาชิก ไม่ต้องหัก"]


@T("accounting")
def acc_efiling_access_log(r: random.Random) -> list:
    idv = nid(r, "plain")
    return ["ลูกค้าบอกว่ามีคนแอบเข้า e-Filing ของเขาแล้วเปลี่ยนอีเมล ช่วยอ่าน log ที่เจ้าหน้าที่ส่งมาว่าผิดปกติตรงไหน\n```\n"
            f"2025-03-1{r.randint(0, 9)} 21:4{r.randint(0, 9)}:07 LOGIN_OK   user=", NID(idv), " ip=", IP(ipv4(r)),
            " ua=\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)\"\n"
            f"2025-03-1{r.randint(0, 9)} 02:13:55 LOGIN_FAIL user=", NID(idv), " ip=", IP(ipv4(r)), " reason=BAD_PASSWORD\n"
            f"2025-03-1{r.randint(0, 9)} 02:14:31 LOGIN_OK   user=", NID(idv), " ip=", IP(ipv6(r)), "\n"
            f"2025-03-1{r.randint(0, 9)} 02:16:02 CHANGE_EMAIL old=", EM(email(r)), " new=", EM(email(r)), "\n"
            f"2025-03-1{r.randint(0, 9)} 02:17:40 REFUND_ACCOUNT_VIEW status=200\n```"]


@T("accounting")
def acc_expat_onboarding_en(r: random.Random) -> list:
    wife = r.choice(ROMAN)
    husband = r.choice(FOREIGN)
    return ["Hi Khun ", P(nick(r)), ",\n\nFollowing our call, here are my wife's details for her 2024 personal income tax "
            "(PND 90) and the rental income from the condo:\n\n- Name: ", P(wife), "\n- Thai ID: ", NID(nid(r, "dash")),
            "\n- Passport: ", PP(passport(r)), "\n- Date of birth: ", DB(dob(r, "en", 1978, 1992)),
            "\n- Email: ", EM(email(r, wife.split()[0].lower() + "." + wife.split()[1][:3].lower())),
            "\n- Mobile: ", PH(mobile(r, "intl")),
            "\n\nI'm on a Non-B visa so I'll file separately. Could you also tell us whether the condo rent should be "
            "declared under 40(5)?\n\nBest regards,\n", P(husband)]


@T("accounting")
def acc_health_claim_deduction(r: random.Random) -> list:
    dx = r.choice(["ตรวจพบมะเร็งต่อมไทรอยด์", "ผ่าตัดต้อกระจกทั้งสองข้าง", "เป็นนิ่วในไต ต้องสลายนิ่ว 2 ครั้ง",
                   "เข้ารับการฟอกไตสัปดาห์ละ 2 ครั้ง", "เป็นโรคซึมเศร้า รักษากับจิตแพทย์"])
    return ["ลูกค้า ", P(th_name(r)), " (โทร ", PH(mobile(r)), ") ส่งใบเสร็จเบี้ยประกันสุขภาพ 25,000 มา ปีที่แล้ว",
            HE(dx), " จ่ายค่ารักษาส่วนเกินเองไป 48,000 บาท ถามว่าค่ารักษาที่จ่ายเองนำมาลดหย่อนภาษีได้ไหม "
            "แล้วเบี้ยประกันสุขภาพรวมกับประกันชีวิตได้สูงสุดเท่าไหร่ ตอบแบบสั้นๆ ส่งไลน์ลูกค้า"]


@T("accounting")
def acc_thai_numeral_withholding_line(r: random.Random) -> list:
    tk = ticker(r, 9)
    name = th_name(r, False)
    pay = r.randint(2, 15) * 1000
    return ["ช่วยอ่านแชทแล้วออกใบ 50 ทวิ ให้ช่างคนนี้ (เลขไทยนะ แปลงให้ด้วย)\n", line_header(r, "ฝ่ายบัญชี ร้านแอร์เย็นฉ่ำ"),
            f"{tk()}\tพี่", P(nick(r)), "\tจ่ายค่าล้างแอร์ช่าง", P(name), " ไป ", thd(f"{pay:,}"), " บาท หัก ๓%\n",
            f"{tk()}\tพี่", P(nick(r)), "\tเลขบัตรช่าง ", NID(thd(nid(r, "dash"))), " ที่อยู่ ", AD(thd(addr(r, "abbr"))),
            "\n", f"{tk()}\tแอดมินบัญชี\t{r.choice(STICKERS)}\n", f"{tk()}\tแอดมินบัญชี\tรับทราบค่ะ"]


# ================================================================================================
# Real-estate brokers
# ================================================================================================
@T("real_estate")
def re_lease_draft(r: random.Random) -> list:
    landlord = th_name(r)
    return ["ช่วยร่างสัญญาเช่าคอนโด 1 ปี ภาษาไทย ให้มีข้อห้ามเลี้ยงสัตว์และข้อหักเงินประกัน\n\n"
            "ผู้ให้เช่า: ", P(landlord), " บัตรประชาชน ", NID(nid(r)), " ที่อยู่ ", AD(addr(r)), "\n"
            "ผู้เช่า: ", P(th_name(r)), " บัตรประชาชน ", NID(nid(r)), " โทร ", PH(mobile(r)), "\n"
            f"ห้อง: {r.choice(['ลุมพินี วิลล์', 'เดอะ ทรี', 'ไอดีโอ โมบิ', 'ศุภาลัย ลอฟท์'])} ชั้น {r.randint(3, 30)} "
            f"ค่าเช่า {r.choice([8500, 12000, 15000, 18500])} บาท/เดือน มัดจำ 2 เดือน\n"
            "ชำระเข้าบัญชี", r.choice(BANKS), " ", BA(bank_acct(r)), " ชื่อบัญชี ", P(landlord)]


@T("real_estate")
def re_tenant_screening_line(r: random.Random) -> list:
    tk = ticker(r, 9)
    crim = r.choice(["เคยติดคุกคดียาเสพติด", "เคยโดนคดีลักทรัพย์", "มีประวัติคดีทำร้ายร่างกาย", "เคยต้องโทษคดีฉ้อโกง"])
    eth = r.choice(["ชาวกะเหรี่ยง", "ชาวไทใหญ่", "คนม้ง", "เชื้อสายมอญ", "ชาวอาข่า"])
    return [line_header(r, "นายหน้าเช่า-ขาย โซนบางนา"),
            f"{tk()}\t", P(NICK_ROMAN[nick(r)].title()), " Agent\tห้อง 1208 มีคนจะเช่า ชื่อ ", P(th_name(r)), " (", P(nick(r)),
            ") โทร ", PH(mobile(r, "dash")), "\n",
            f"{tk()}\t", P(NICK_ROMAN[nick(r)].title()), " Agent\tเช็คกับคนรู้จักแล้ว ", CR(crim), " ออกมาได้สองปี\n",
            f"{tk()}\t", P(NICK_ROMAN[nick(r)].title()), " Agent\tแล้วก็เป็น", ETH(eth), " ทำงานโรงแรมแถวสุขุมวิท\n",
            f"{tk()}\tเจ้าของห้อง 1208\t{r.choice(STICKERS)}\n",
            "\nช่วยเขียนข้อความตอบเจ้าของห้องหน่อย ว่าเราควรพิจารณาผู้เช่ายังไงโดยไม่เลือกปฏิบัติ"]


@T("real_estate")
def re_buyer_loan_precheck(r: random.Random) -> list:
    return ["ข้อมูลลูกค้ายื่นกู้บ้าน ช่วยประเมินว่าน่าจะกู้ได้เท่าไหร่ (ราคาบ้าน 3.2 ล้าน)\n"
            "ชื่อ: ", P(th_name(r)), "\nเกิด: ", DB(dob(r, "slash_be", 1980, 1995)), "\nเลขบัตร: ", NID(nid(r)),
            "\nที่ทำงาน: ", pick(r, "บริษัท ไทยโพลีแพ็ค จำกัด", "บริษัท สยามคาร์พาร์ท จำกัด", "บริษัท เอเชียฟู้ดส์ จำกัด"),
            " (เลขนิติบุคคล ", JUR(juristic(r)), ") อายุงาน 9 ปี\nเงินเดือน 38,500 + OT เฉลี่ย 6,000\n"
            "บัญชีเงินเดือน: ", BA(bank_acct(r)), "\nหมายเหตุ: ", TU("เป็นสมาชิกสหภาพแรงงาน"),
            "ของบริษัท มีสวัสดิการเงินกู้ผ่านสหกรณ์ อยากรู้ว่าใช้ร่วมกันได้ไหม"]


@T("real_estate")
def re_viewing_sms_batch(r: random.Random) -> list:
    out = []
    for _ in range(3):
        female = r.random() < 0.5
        out += [f"[{r.randint(10, 20)}/{r.randint(1, 12)} {hhmm(r, 9, 17)}] นัดชมบ้านตัวอย่าง คุณ", P(th_first(r, female)),
                " ", PH(mobile(r, "plain")), " รถ ", PL(plate(r)), " จอดช่อง VIP\n"]
    return ["ช่วยเรียง SMS นัดหมายนี้ตามเวลา แล้วเขียนข้อความเตือนล่วงหน้า 1 ชม.\n", out]


@T("real_estate")
def re_land_title_ocr(r: random.Random) -> list:
    female = r.random() < 0.5
    return ["OCR โฉนดออกมาแบบนี้ ช่วยบอกว่าใครเป็นเจ้าของ แล้วมีภาระจำนองไหม\n---\n"
            f"โฉนดทีดิน\nเลขท {r.randint(10000, 99999)}   เล่ม {r.randint(100, 999)}  หน้า {r.randint(1, 99)}\n"
            f"ระวาง 5136 IV {r.randint(1000, 9999)}-{r.randint(10, 99)}  เลขที่ดิน {r.randint(1, 300)}\n"
            "ผู้ถือกรรมสิทธิ  ", title(r, female), " ", P(th_name(r, female)), "  สัญชาติ  ไทย\n"
            "อยู่บ้านเลขที่ ", AD(addr(r, "full")), "\nสารบัญจดทะเบียน\n"
            f"  {r.randint(1, 28)} ม.ค. 25{r.randint(55, 66)}  จำนอง  ธนาคาร{r.choice(BANKS)}  วงเงิน {amount(r, 500000, 3000000)} บาท"]


@T("real_estate")
def re_foreign_buyer_en(r: random.Random) -> list:
    wife = r.choice(ROMAN)
    return ["Please draft a short reservation agreement for condo unit ", f"{r.randint(2, 30)}{r.randint(1, 20):02d}",
            " at The Riviera, Jomtien.\n\nBuyer (foreign quota): ", P(r.choice(FOREIGN)), ", UK national\n"
            "Co-signer: his wife ", P(wife), ", Thai passport ", PP(passport(r)), ", Thai ID ", NID(nid(r)), "\n"
            "Contact: ", EM(email(r, wife.split()[0].lower())), " / ", PH(mobile(r, "intl")), "\n"
            "Correspondence address: ", AD(addr_en(r)), "\nReservation fee THB 50,000, paid by transfer on signing."]


@T("real_estate")
def re_tenant_couple_owner_check(r: random.Random) -> list:
    sx = r.choice(["เป็นคู่รักเพศเดียวกัน", "เป็นคู่เกย์", "เป็นคู่รักหญิงรักหญิง", "เป็นแฟนกัน (ผู้ชายทั้งคู่)"])
    return ["ช่วยเกลาข้อความนี้ให้สุภาพก่อนส่งให้เจ้าของบ้าน:\n\n\"สวัสดีครับพี่", P(nick(r)), " ผู้เช่าบ้านหลังที่ซอยวัดไผ่เงิน "
            "มีสองคนคือคุณ", P(th_name(r, False)), " กับคุณ", P(th_name(r, False)), " ", SX(sx),
            " ทำงานบริษัทไอทีทั้งคู่ พร้อมจ่ายล่วงหน้า 3 เดือน อยากถามว่าพี่โอเคไหมครับ เบอร์ผู้เช่า ", PH(mobile(r)), "\""]


# ================================================================================================
# Car-loan brokers
# ================================================================================================
@T("car_loan")
def car_loan_application_json(r: random.Random) -> list:
    return ["เขียน Python ตรวจ JSON ใบสมัครสินเชื่อรถนี้ ว่าช่องไหนว่าง/ผิดรูปแบบ\n```json\n{\n  \"applicant\": {\n"
            "    \"name_th\": \"", P(th_name(r)), "\",\n    \"citizen_id\": \"", NID(nid(r, "plain")), "\",\n"
            "    \"dob\": \"", DB(dob(r, "iso")), "\",\n    \"mobile\": \"", PH(mobile(r, "plain")), "\",\n"
            "    \"line_id\": \"", LID(line_id(r)), "\"\n  },\n  \"vehicle\": {\"plate\": \"", PL(plate(r)),
            f"\", \"model\": \"{r.choice(['Toyota Yaris ATIV', 'Honda City', 'Isuzu D-Max', 'Mazda 2'])}\", "
            f"\"year\": {r.randint(2015, 2023)}}},\n  \"income\": {r.randint(15, 60) * 1000},\n"
            "  \"salary_account\": \"", BA(bank_acct(r, "plain")), "\",\n  \"requested_amount\": 350000\n}\n```"]


@T("car_loan")
def car_broker_group_chat(r: random.Random) -> list:
    tk = ticker(r, 9)
    crim = r.choice(["เคยโดนคดีเช็คเด้ง", "เคยติดคุกคดีพนันออนไลน์", "มีคดีฉ้อโกงค้างอยู่ที่ศาล", "เคยถูกจับคดียาบ้า"])
    return ["สรุปเคสจากแชทนี้ให้หน่อย ว่าไฟแนนซ์ไหนน่าจะรับ\n", line_header(r, "ทีมรีไฟแนนซ์รถ 🚗"),
            f"{tk()}\t", P(NICK_ROMAN[nick(r)].title()), "\tเคสคุณ", P(th_name(r)), " ทะเบียน ", PL(plate(r)), " ไฟแนนซ์ตีกลับ\n",
            f"{tk()}\t", P(NICK_ROMAN[nick(r)].title()), f"\t{r.choice(STICKERS)}\n",
            f"{tk()}\tเจ้", P(nick(r)), "\tเพราะอะไรอะ\n",
            f"{tk()}\t", P(NICK_ROMAN[nick(r)].title()), "\tเช็คบูโรแล้วไม่ติด แต่เจ้าหน้าที่บอกลูกค้า", CR(crim), " 🥲\n",
            f"{tk()}\tเจ้", P(nick(r)), "\tลองยื่นเจ้าเล็กดู เบอร์ลูกค้าขอหน่อย\n",
            f"{tk()}\t", P(NICK_ROMAN[nick(r)].title()), "\t", PH(mobile(r))]


@T("car_loan")
def car_bluebook_ocr(r: random.Random) -> list:
    female = r.random() < 0.5
    return ["OCR เล่มทะเบียนรถ หน้า 'รายการจดทะเบียน/ผู้ครอบครอง' อ่านเพี้ยน ช่วยเรียบเรียงใหม่เป็นตาราง\n---\n"
            "รายการจดทะเบยน\nวันจดทะเบียน  12 ม.ค. 2564      ทะเบียน ", PL(plate(r)),
            "\nประเภท  รย.1   ลักษณะ เก๋งสองตอน  ยี่ห้อ TOYOTA\nเลขตัวรถ MR053HY93051" + _digits(r, 5) +
            "\nผู้ถอกรรมสิทธิ์  บริษัท ลีสซิ่ง จำกัด\nผู้ครอบครอง  ", title(r, female), " ", P(th_name(r, female)),
            "\nเลขที่บัตร  ", NID(nid(r, "space")), "\nวันเกิด ", DB(dob(r, "th_abbr")),
            "\nทีอยู่  ", AD(addr(r)), "\nโทร. ", PH(mobile(r))]


@T("car_loan")
def car_guarantor_form(r: random.Random) -> list:
    dis = r.choice(["พิการขาขวา เดินด้วยไม้ค้ำ", "เป็นคนพิการทางการได้ยิน", "ตาบอดข้างหนึ่ง ถือบัตรคนพิการ", "พิการทางการเคลื่อนไหว ใช้รถเข็น"])
    return ["ข้อมูลผู้ค้ำประกันสินเชื่อรถ ช่วยดูว่าไฟแนนซ์จะรับผู้ค้ำแบบนี้ไหม\n\nชื่อผู้ค้ำ: ", P(th_name(r)),
            "\nวันเกิด: ", DB(dob(r, "th", 1960, 1980)), "\nบัตร ปชช.: ", NID(nid(r, "dash")), "\nที่อยู่: ", AD(addr(r)),
            "\nโทร: ", PH(mobile(r)), "\nอาชีพ: ขายของชำหน้าบ้าน รายได้ 20,000/เดือน\nหมายเหตุ: ผู้ค้ำ", DIS(dis),
            " ได้เบี้ยความพิการเดือนละ 1,000"]


@T("car_loan")
def car_ekyc_face_match(r: random.Random) -> list:
    return ["API e-KYC ของไฟแนนซ์ตอบกลับแบบนี้ แล้วแอปเราค้างที่หน้า 'กำลังยืนยันตัวตน' ช่วยดูหน่อย\n```\n"
            "POST /v2/kyc/face-compare 200 1843ms\n{\"ref\":\"KYC-", hexs(r, 8).upper(), "\",\"citizen_id\":\"", NID(nid(r, "plain")),
            "\",\"full_name\":\"", P(th_name(r)), "\",\"selfie_embedding\":", BIO(face_vec(r, 6)),
            f",\"similarity\":0.{r.randint(60, 99)},\"liveness\":\"PASS\",\"status\":\"PENDING_REVIEW\"}}\n```"]


# ================================================================================================
# Clinics' LINE OA admins
# ================================================================================================
@T("clinic_line_oa")
def oa_booking_chat_export(r: random.Random) -> list:
    tk = ticker(r, 9)
    cust = NICK_ROMAN[nick(r)].title()
    sym = r.choice(["เป็นผื่นแพ้ยาขึ้นทั้งตัว", "ไอเรื้อรังมา 3 สัปดาห์ มีไข้ตอนกลางคืน", "ปวดท้องน้อยด้านขวามาก",
                    "เป็นเริมที่ปากซ้ำรอบที่สาม", "ไมเกรนกำเริบ ทานยาแล้วไม่หาย"])
    return ["ช่วยสรุปคิวนัดจากแชท LINE OA คลินิกนี้เป็นตาราง (ชื่อ, HN, อาการ, เวลา)\n",
            line_header(r, "ชุมชนอบอุ่นคลินิกเวชกรรม", en=r.random() < 0.3),
            f"{tk()}\t", P(cust), " 🌸\tสวัสดีค่ะ อยากนัดหมอพรุ่งนี้เช้าค่ะ ", HE(sym), "\n",
            f"{tk()}\tแอดมิน\tสวัสดีค่ะ เคยมาที่คลินิกไหมคะ ขอชื่อ-นามสกุลหรือ HN ด้วยค่ะ\n",
            f"{tk()}\t", P(cust), " 🌸\t", P(th_name(r)), " ค่ะ HN ", HN(hn(r)), "\n",
            f"{tk()}\t", P(cust), f" 🌸\t{r.choice(STICKERS)}\n",
            f"{tk()}\tแอดมิน\tได้คิว 09:30 น. นะคะ พบแพทย์หญิง", P(th_name(r, True)), " ค่ะ"]


@T("clinic_line_oa")
def oa_reply_draft_pregnant_botox(r: random.Random) -> list:
    cond = r.choice(["ตั้งครรภ์ได้ 3 เดือน", "กำลังให้นมลูกอายุ 4 เดือน", "เป็นโรคกล้ามเนื้ออ่อนแรง (MG)", "แพ้ยาชา Lidocaine"])
    return ["ช่วยร่างข้อความตอบลูกค้าใน LINE OA ให้สุภาพและปลอดภัย: ลูกค้าชื่อ ", P(th_name(r, True)), " (ไลน์ ",
            LID(line_id(r)), ") ทักมาว่า ", HE(cond), " แต่อยากฉีดโบท็อกซ์กรามกับฟิลเลอร์ใต้ตาโปรฯ 9.9 "
            "ต้องบอกว่ายังทำไม่ได้และเสนอเลื่อนนัด"]


@T("clinic_line_oa")
def oa_webhook_debug(r: random.Random) -> list:
    return ["webhook LINE OA ของคลินิก parse ข้อความลูกค้าไม่ได้ (regex หาเบอร์ไม่เจอ) ช่วยแก้ regex ให้หน่อย\n```json\n"
            "{\"destination\":\"xxxxxxxxxx\",\"events\":[{\"type\":\"message\",\"message\":{\"type\":\"text\",\"id\":\"",
            _digits(r, 17), "\",\"text\":\"จองคิวทำฟันค่ะ ชื่อ ", P(th_name(r)), " เบอร์ ", PH(mobile(r, "space")),
            " เลขบัตร ", NID(nid(r, "dash")), " วันเสาร์นี้ได้ไหมคะ\"},\"timestamp\":", epoch_ms(r),
            ",\"mode\":\"active\"}]}\n```"]


@T("clinic_line_oa")
def oa_broadcast_segment_csv(r: random.Random) -> list:
    tags = ["เบาหวาน", "ความดันสูง", "HIV+ (รับยาต้าน)", "ไตเรื้อรังระยะ 3", "หอบหืด", "ไขมันในเลือดสูง", "ไทรอยด์เป็นพิษ"]
    rows = []
    for _ in range(4):
        rows += [P(NICK_ROMAN[nick(r)].title()), f" {r.choice(EMOJI)},".replace(" ,", ","), PH(mobile(r, "plain")),
                 ",\"", HE(r.choice(tags)), f"|{r.choice(['VIP', 'ลูกค้าใหม่', 'ผู้สูงอายุ'])}\"\n"]
    return ["ไฟล์นี้ export จาก LINE OA (tag ลูกค้า) ช่วยเขียนข้อความบรอดแคสต์แยกตาม tag โรค เชิญตรวจสุขภาพประจำปี\n"
            "display_name,phone,tags\n", rows]


@T("clinic_line_oa")
def oa_complaint_en(r: random.Random) -> list:
    name = r.choice(FOREIGN)
    allergy = r.choice(["I am allergic to penicillin", "I have severe asthma and cannot take NSAIDs", "I'm on warfarin after a valve replacement",
                        "I'm severely allergic to sulfa drugs"])
    return ["Customer message in our clinic's LINE OA, please help me write a calm apology and next steps:\n\n\"Hello, my name is ",
            P(name), " (HN ", HN(hn(r)), "). Yesterday the doctor prescribed amoxicillin although my file clearly says ",
            HE(allergy), ". I had a rash all night. I want to speak to the clinic manager. Email me at ",
            EM(email(r, name.split()[0].lower() + "." + name.split()[-1].lower().replace("'", ""))), " or call ",
            PH(mobile(r, "intl")), ".\""]


@T("clinic_line_oa")
def oa_g6pd_child_question(r: random.Random) -> list:
    kid = nick(r)
    return ["แม่ของคนไข้เด็กทักมาทาง LINE OA: \"ลูก", P(kid), " (ด.ช.", P(th_name(r, False)), ") HN ", HN(hn(r)), " ",
            GEN(r.choice(["เป็นภาวะพร่องเอนไซม์ G6PD", "เป็นพาหะธาลัสซีเมีย HbE", "ตรวจพบยีนฮีโมฟีเลียเอ"])),
            " ตอนนี้เป็นไข้หวัด ห้ามกินยาอะไรบ้างคะ\" เบอร์แม่ ", PH(mobile(r)),
            "\nช่วยร่างคำตอบเบื้องต้น แล้วบอกให้รอเภสัชกรโทรกลับ"]


@T("clinic_line_oa")
def oa_prep_clinic_case(r: random.Random) -> list:
    sx = r.choice(["มีเพศสัมพันธ์กับผู้ชายโดยไม่ใช้ถุงยาง", "ถุงยางแตกตอนมีเพศสัมพันธ์กับคู่ชั่วคราว",
                   "มีเพศสัมพันธ์ทางทวารหนักกับแฟนผู้ชายโดยไม่ป้องกัน", "มีคู่นอนหลายคนในเดือนนี้"])
    return ["เคสจาก LINE OA คลินิกสุขภาพทางเพศ ช่วยจัดลำดับความเร่งด่วน: ลูกค้า ", P(NICK_ROMAN[nick(r)].title()),
            " (", PH(mobile(r)), ") บอกว่าเมื่อ 40 ชั่วโมงก่อน ", SX(sx), " ", HE("ผลตรวจ HIV ครั้งล่าสุดเป็นลบ"),
            " อยากรับยา PEP วันนี้ คลินิกเปิดถึง 20:00"]


@T("clinic_line_oa")
def oa_webform_booking_log(r: random.Random) -> list:
    return ["ฟอร์มจองคิวหน้าเว็บคลินิกโดนสแปม ช่วยแยกว่ารายการไหนเป็นคนจริง\n```\n"
            f"[{r.randint(10, 28)}/Mar/2025:10:{r.randint(10, 59)}:02 +0700] POST /booking 200 ip=", IP(ipv4(r)),
            " name=\"", P(th_name(r)), "\" tel=", PH(mobile(r, "plain")), " email=", EM(email(r)), " service=\"ตรวจสุขภาพ\"\n"
            f"[{r.randint(10, 28)}/Mar/2025:10:{r.randint(10, 59)}:05 +0700] POST /booking 200 ip=", IP(ipv4(r)),
            " name=\"asdasd\" tel=0000000000 email=test@test service=\"ตรวจสุขภาพ\"\n"
            f"[{r.randint(10, 28)}/Mar/2025:10:{r.randint(10, 59)}:07 +0700] POST /booking 429 ip=", IP(ipv4(r)),
            " name=\"asdasd\"\n```"]


@T("clinic_line_oa")
def oa_nipt_result_message(r: random.Random) -> list:
    res = r.choice(["ผล NIPT พบความเสี่ยงสูงต่อกลุ่มอาการดาวน์ (Trisomy 21) ในทารก", "ผลตรวจยีนพบว่าเป็นพาหะโรค SMA",
                    "ผลตรวจคัดกรองพาหะพบยีนธาลัสซีเมียแอลฟา-1"])
    return ["ช่วยเรียบเรียงข้อความแจ้งผลให้คนไข้ทาง LINE OA ให้อ่อนโยน แนะนำให้มาพบแพทย์ ห้ามใช้ศัพท์ยาก:\n"
            "คนไข้: ", P(th_name(r, True)), " HN ", HN(hn(r)), " อายุครรภ์ 13 สัปดาห์\nผล: ", GEN(res),
            "\nนัดพบ ผศ.นพ.", P(th_name(r, False)), " วันพุธ"]


# ================================================================================================
# Beauty clinics
# ================================================================================================
@T("beauty_clinic")
def beauty_consult_form(r: random.Random) -> list:
    return ["สรุปใบประเมินก่อนทำหัตถการให้แพทย์อ่านใน 3 บรรทัด\n\nชื่อ-สกุล: ", P(th_name(r, True)), "   ชื่อเล่น: ", P(nick(r)),
            "\nวันเกิด: ", DB(dob(r, pick(r, "slash_be", "th"), 1985, 2003)), "   โทร: ", PH(mobile(r)), "   LINE: ", LID(line_id(r)),
            "\nโรคประจำตัว: ", HE(r.choice(["ไทรอยด์ ทาน Euthyrox", "ลมชัก ทาน Depakine", "ภูมิแพ้ผิวหนัง", "SLE ทานสเตียรอยด์"])),
            "\nประวัติศัลยกรรม: ", HE(r.choice(["เสริมจมูกซิลิโคน ปี 2563", "ฉีดฟิลเลอร์ขมับแล้วติดเชื้อ", "ดูดไขมันหน้าท้อง 2565"])),
            "\nแพ้ยา: ไม่มี\nหัตถการที่ต้องการ: ร้อยไหมก้างปลา"]


@T("beauty_clinic")
def beauty_face_analyzer_export(r: random.Random) -> list:
    return ["เครื่องวิเคราะห์ผิวหน้า export ข้อมูลลูกค้าออกมาแบบนี้ จะเอาไปเก็บใน Google Sheet ได้ไหม ผิด PDPA ไหม\n```\n"
            "customer: ", P(th_name(r, True)), "\nid_card: ", NID(nid(r)), "\nscan_date: 2025-02-1", str(r.randint(0, 9)),
            "\nface_mesh_template: ", BIO(face_vec(r, 10)), "\nwrinkle_score: 42\npore_score: 61\n```"]


@T("beauty_clinic")
def beauty_card_declined(r: random.Random) -> list:
    return ["ช่วยร่างข้อความ LINE แจ้งลูกค้าว่าตัดบัตรไม่ผ่าน ให้สุภาพ: ลูกค้า ", P(th_name(r)), " ซื้อคอร์สเลเซอร์ 10 ครั้ง ",
            f"{amount(r, 9000, 59000)} บาท บัตร ", CC(card(r)), " ถูกปฏิเสธ (code 05) เบอร์ติดต่อ ", PH(mobile(r))]


@T("beauty_clinic")
def beauty_dna_skin_report(r: random.Random) -> list:
    g1 = r.choice(["ยีน MMP1 แบบ AA (ริ้วรอยเกิดเร็ว)", "ยีน MC1R variant (ไวต่อแดด)", "ยีน SOD2 แบบ CC (ต้านอนุมูลอิสระต่ำ)"])
    g2 = r.choice(["ยีน COL1A1 แบบ GT", "ยีน ELN แบบ TT", "ยีน GPX1 แบบ CT"])
    return ["ช่วยเขียนผล DNA ผิวของลูกค้าให้อ่านง่าย แล้วแนะนำทรีตเมนต์ 3 อย่าง\nลูกค้า: ", P(th_name(r, True)),
            " (", EM(email(r)), ")\nผล: ", GEN(g1), ", ", GEN(g2)]


@T("beauty_clinic")
def beauty_review_reply(r: random.Random) -> list:
    name = r.choice(ROMAN)
    return ["รีวิว Google Maps ของคลินิก ช่วยตอบกลับแบบมืออาชีพ ไม่เถียงลูกค้า:\n\n", P(name),
            " ★☆☆☆☆\nทำทรีตเมนต์หน้าใส 3 ครั้ง สุดท้าย", HE(r.choice(["หน้าแพ้สเตียรอยด์ ต้องไปหาหมอผิวหนังที่ รพ.",
                                                                       "เป็นสิวอักเสบทั้งหน้า ต้องกินยา Isotretinoin",
                                                                       "ผิวไหม้เป็นแผลพุพองจากเลเซอร์"])),
            " พนักงานไม่รับผิดชอบเลย 😡"]


@T("beauty_clinic")
def beauty_hpv_vaccine_consult(r: random.Random) -> list:
    sx = r.choice(["มีเพศสัมพันธ์ครั้งแรกตอนอายุ 16 และมีคู่นอนมาแล้ว 4 คน", "มีแฟนเป็นผู้หญิง ไม่เคยมีเพศสัมพันธ์กับผู้ชาย",
                   "มีเพศสัมพันธ์กับคู่นอนหลายคนโดยใช้ถุงยางบ้างไม่ใช้บ้าง"])
    return ["คลินิกความงามของเรามีวัคซีน HPV 9 สายพันธุ์ ลูกค้าถามมาแบบนี้ ช่วยร่างคำตอบสุภาพ ไม่ตัดสิน:\n\"สวัสดีค่ะ ",
            P(th_name(r, True)), " ค่ะ อายุ 27 ", SX(sx), " ยังฉีดวัคซีนได้ผลไหมคะ ต้องตรวจแปปสเมียร์ก่อนไหม\" "
            "(ทักมาทางไลน์ ", LID(line_id(r)), ")"]


@T("beauty_clinic")
def beauty_installment_refund(r: random.Random) -> list:
    name = th_name(r, True)
    return ["ลูกค้ายกเลิกคอร์ส ต้องคืนเงินส่วนที่เหลือ ช่วยคำนวณให้หน่อย\nลูกค้า: ", P(name),
            "\nผ่อน 0% 10 เดือน ผ่านบัตร ", CC(card(r, "dash")), " จ่ายไปแล้ว 4 งวด งวดละ 3,900\n"
            "ใช้บริการไป 2 ครั้งจาก 8 ครั้ง\nขอคืนเข้าบัญชี", r.choice(BANKS), " ", BA(bank_acct(r)), " ชื่อบัญชี ", P(name)]


# ================================================================================================
# Dental clinics
# ================================================================================================
@T("dental")
def dent_extraction_plan(r: random.Random) -> list:
    return ["ช่วยร่างคำแนะนำก่อน-หลังถอนฟันให้คนไข้รายนี้ โดยคำนึงถึงโรคประจำตัว\n"
            "HN ", HN(hn(r)), "  ", P(th_name(r)), "  อายุ ", str(r.randint(50, 75)), "\nโรคประจำตัว: ",
            HE(r.choice(["เบาหวาน ทาน Metformin", "ความดันโลหิตสูง", "โรคไตเรื้อรัง"])), ", ",
            HE(r.choice(["เคยผ่าตัดเปลี่ยนลิ้นหัวใจ ทานวาร์ฟาริน", "ใส่ขดลวดหัวใจ ทาน Aspirin + Clopidogrel", "รักษามะเร็งด้วยยา Zoledronic acid"])),
            "\nแผน: ถอนฟัน 36, 37  ขูดหินปูน"]


@T("dental")
def dent_autistic_child_sedation(r: random.Random) -> list:
    kid = nick(r)
    return ["ผู้ปกครองทักมา ช่วยตอบว่าต้องเตรียมตัวยังไงก่อนทำฟันภายใต้การดมยา\n\n\"สวัสดีค่ะ ลูก", P(kid), " (", P(th_name(r)),
            ") อายุ 8 ขวบ ", DIS(r.choice(["เป็นออทิสติก", "มีภาวะสมาธิสั้นและบกพร่องทางสติปัญญา", "เป็นเด็กดาวน์ซินโดรม"])),
            " ไม่ยอมให้หมอตรวจเลย ทางโรงเรียนส่งใบนัดมา รหัสนักเรียน ", SID(student_id(r, "school")),
            " ติดต่อแม่ได้ที่ ", PH(mobile(r)), " ค่ะ\""]


@T("dental")
def dent_school_screening_csv(r: random.Random) -> list:
    rows = []
    for i in range(4):
        rows += [f"{i + 1},", SID(student_id(r, "school")), ",", P(th_name(r)), f",ป.{r.randint(1, 6)}/{r.randint(1, 3)},",
                 DB(dob(r, "slash_be", 2013, 2018)), ",", HE(r.choice(["ฟันผุ 4 ซี่", "เหงือกอักเสบ", "ฟันผุลึกถึงโพรงประสาท 2 ซี่",
                                                                     "ฟันซ้อนเก ควรพบทันตแพทย์จัดฟัน"])), "\n"]
    return ["ผลตรวจฟันโครงการทันตกรรมโรงเรียน ช่วยทำสรุปให้ครูประจำชั้น (ใครต้องนัดมาคลินิกก่อน)\n"
            "ลำดับ,เลขประจำตัวนักเรียน,ชื่อ-สกุล,ชั้น,วันเกิด,ผลตรวจ\n", rows]


@T("dental")
def dent_insurance_claim_en(r: random.Random) -> list:
    name = r.choice(ROMAN)
    return ["Draft a claim cover letter to the insurer (OPD dental rider) in English:\n\nPatient: ", P(name), "\nDOB: ",
            DB(dob(r, "en")), "\nHN: ", HN(hn(r)), "\nPolicy: TLI-", _digits(r, 8), "\nDiagnosis: ",
            HE(r.choice(["impacted lower third molar with pericoronitis", "acute apical abscess, tooth 46", "fractured crown after a fall"])),
            "\nProcedure: surgical removal under LA, THB 6,500\nPaid by card ", CC(card(r)), " on 03/02/2025"]


@T("dental")
def dent_dicom_tags(r: random.Random) -> list:
    first, last = r.choice(ROMAN).upper().split()
    return ["DICOM จากเครื่อง CBCT ส่งเข้า PACS ไม่ได้ ช่วยดูว่า tag ไหนผิด\n```\n(0008,0060) Modality: CT\n"
            "(0008,0080) InstitutionName: SMILE DENTAL CLINIC\n(0010,0010) PatientName: ", P(f"{last}^{first}"),
            "\n(0010,0020) PatientID: ", HN(hn(r, "plain")), "\n(0010,0030) PatientBirthDate: ", DB(dob(r, "dicom")),
            "\n(0010,0040) PatientSex: ", r.choice("MF"), "\n(0020,000D) StudyInstanceUID: 1.2.392.200036.9116.2.", _digits(r, 10),
            "\n(0028,0010) Rows: 0\n```"]


# ================================================================================================
# Pawn shops
# ================================================================================================
@T("pawn_shop")
def pawn_ticket_ocr(r: random.Random) -> list:
    female = r.random() < 0.5
    return ["OCR ตั๋วจำนำ อ่านออกมาเพี้ยน ช่วยดึง ชื่อผู้จำนำ เลขบัตร ทรัพย์ ยอด วันครบกำหนด ออกมาเป็น JSON\n---\n"
            f"โรงรับจํานํา ท่าพระ\nตั๋วเลขที {r.randint(60, 68)}/{_digits(r, 6)}   วันที่ {r.randint(1, 28)} ก.พ. 2568\n"
            "ชือผู้จํานํา ", title(r, female), " ", P(th_name(r, female)), "\nบัตรประจําตัวประชาชน เลขที ", NID(nid(r, "space")),
            "\nทีอยู ", AD(addr(r, "nospace")),
            f"\nทรัพย์ที่จํานํา  สร้อยคอทองคํา 96.5% หนัก {r.choice(['1 บาท', '2 สลึง', '2 บาท'])}\n"
            f"เงินต้น {amount(r, 8000, 60000)} บาท  ดอกเบี้ย 1.25% ต่อเดือน  ครบกําหนด 4 เดือน"]


@T("pawn_shop")
def pawn_police_letter(r: random.Random) -> list:
    crim = r.choice(["ถูกจับกุมข้อหารับของโจร", "ต้องหาคดีลักทรัพย์ในเคหสถาน", "ถูกออกหมายจับคดีวิ่งราวทรัพย์"])
    return ["ช่วยร่างหนังสือตอบ สภ.เมือง กรณีขอข้อมูลลูกค้า ให้เป็นทางการ\n\nข้อเท็จจริง: ลูกค้าชื่อ ", P(th_name(r, False)),
            " เลขบัตร ", NID(nid(r)), " นำโทรศัพท์ iPhone มาจำนำ 3 ครั้งในเดือน ม.ค. ตำรวจแจ้งว่าลูกค้ารายนี้ ", CR(crim),
            " ขอสำเนาตั๋วจำนำและภาพกล้องวงจรปิด ลูกค้ามาด้วยรถจักรยานยนต์ทะเบียน ", PL(plate(r)), " เบอร์ที่ให้ไว้ ", PH(mobile(r))]


@T("pawn_shop")
def pawn_car_no_park_line(r: random.Random) -> list:
    return ["ลูกค้าทักมาขอจำนำรถแบบไม่จอด ช่วยเขียนเช็กลิสต์เอกสารที่ต้องขอ แล้วร่างข้อความตอบ\n\n"
            "ลูกค้า: ", P(th_name(r)), "\nรถ: ", PL(plate(r)), " (Honda Civic ปี 2019 ผ่อนหมดแล้ว)\nไลน์: ", LID(line_id(r)),
            "\nโทร: ", PH(mobile(r)), "\nต้องการยอด 150,000"]


@T("pawn_shop")
def pawn_fingerprint_kyc_log(r: random.Random) -> list:
    return ["ระบบรับจำนำสาขาใหม่ error ตอนบันทึกลายนิ้วมือ ช่วยดู stack trace\n```\n"
            f"2025-01-0{r.randint(1, 9)}T1{r.randint(0, 9)}:22:10+07:00 ERROR kyc.save customer_nid=", NID(nid(r, "plain")),
            " fp_right_thumb=", BIO(fmr_b64(r)),
            "\nTraceback (most recent call last):\n  File \"kyc/store.py\", line 88, in save\n"
            "    cur.execute(SQL_INSERT, params)\npsycopg.errors.StringDataRightTruncation: value too long for type "
            "character varying(64)\n```"]


# ================================================================================================
# Debt collectors
# ================================================================================================
@T("debt_collection")
def debt_call_transcript(r: random.Random) -> list:
    agent = th_first(r, True)
    debtor = th_name(r, False)
    ill = r.choice(["เพิ่งออกจากโรงพยาบาล เป็นมะเร็งลำไส้ระยะ 3", "เส้นเลือดในสมองแตก ตอนนี้ยังพูดไม่ค่อยชัด",
                    "ติดเชื้อในกระแสเลือด นอน ICU มาสองอาทิตย์", "ต้องฟอกไตอาทิตย์ละสามครั้ง"])
    return ["ถอดเสียงสายทวงหนี้ ช่วยให้คะแนนว่าพนักงานทำตาม พ.ร.บ.การทวงถามหนี้ ไหม\n\n"
            "พนักงาน: สวัสดีค่ะ ดิฉัน", P(agent), " จากบริษัทติดตามหนี้สิน ขอเรียนสายคุณ", P(debtor), " ค่ะ\n"
            "ลูกหนี้: ครับ พูดอยู่\nพนักงาน: เพื่อยืนยันตัวตน ขอเลขบัตรประชาชนด้วยค่ะ\nลูกหนี้: ", NID(nid(r, "space")), "\n"
            "พนักงาน: ยอดค้างชำระบัตรกดเงินสด 38,450 บาท ค้างมา 4 งวดแล้วนะคะ\nลูกหนี้: ผม", HE(ill),
            " ไม่มีรายได้เลยครับ ขอผ่อนได้ไหม\nพนักงาน: ถ้าไม่จ่ายภายในศุกร์นี้ จะส่งคนไปที่บ้าน ", AD(addr(r)), " นะคะ"]


@T("debt_collection")
def debt_skiptrace_sheet(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(th_name(r)), "\t", PH(mobile(r, "dash")), "\t", PH(mobile(r, "plain")), "\t",
                 r.choice(["ร้านอาหารตามสั่ง", "โรงงานย่านบางปู", "วินมอเตอร์ไซค์", "รับจ้างทั่วไป"]), "\t", PL(plate(r)),
                 "\t", r.choice(["ไม่รับสาย", "เบอร์ปิด", "ย้ายบ้าน", "นัดจ่าย 25"]), "\n"]
    return ["ก๊อปจาก Excel มา ช่วยจัดลำดับว่าควรโทรใครก่อน (คนที่มีรถให้ติดตามก่อน)\n"
            "ชื่อลูกหนี้\tเบอร์เดิม\tเบอร์ใหม่\tที่ทำงาน\tทะเบียนรถ\tหมายเหตุ\n", rows]


@T("debt_collection")
def debt_demand_letter_draft(r: random.Random) -> list:
    return ["ร่างหนังสือทวงถามหนี้บัตรเครดิตฉบับที่ 1 ให้ถูกต้องตามกฎหมาย ไม่ข่มขู่\n\nถึง: ", P(th_name(r)),
            "\nที่อยู่: ", AD(addr(r)), "\nบัตรเลขที่: ", CC(card(r)), f"\nยอดค้าง: {amount(r, 5000, 90000, True)} บาท "
            f"(ณ วันที่ {r.randint(1, 28)} มี.ค. 2568)\nช่องทางชำระ: สาขาธนาคารหรือแอป ภายใน 30 วัน"]


@T("debt_collection")
def debt_agent_notes(r: random.Random) -> list:
    return ["สรุปโน้ตของทีมติดตามหนี้สัปดาห์นี้ให้หัวหน้า (ห้ามใส่ความเห็นส่วนตัว)\n"
            "- ", P(th_name(r)), ": ", CR(r.choice(["เคยติดคุกคดีเช็คเด้ง", "เพิ่งพ้นโทษคดียาเสพติด", "มีหมายจับคดีฉ้อโกงประชาชน"])),
            " ญาติบอกว่าไม่อยู่บ้าน\n- ", P(th_name(r)), ": ", TU(r.choice(["เป็นกรรมการสหภาพแรงงาน", "เป็นประธานสหภาพแรงงาน"])),
            "ที่โรงงาน ขอให้สหภาพช่วยเจรจาผ่อนชำระ\n- ", P(th_name(r)), ": นัดจ่าย 3,000 ทุกวันที่ 5 โทร ", PH(mobile(r))]


@T("debt_collection")
def debt_en_collections_email(r: random.Random) -> list:
    name = r.choice(ROMAN + FOREIGN)
    return ["Rewrite this collections email so it is firm but compliant with Thai debt collection law:\n\nTo: ",
            EM(email(r, name.split()[0].lower() + "." + name.split()[-1][:4].lower().replace("'", ""))), "\nSubject: FINAL NOTICE\n\n"
            "Dear ", P(name), ",\nYour credit card ", CC(card(r, "space")), " is 93 days past due (THB ",
            amount(r, 8000, 120000), "). We tried your registered number ", PH(mobile(r, "intl")),
            " six times this week. If we do not hear from you we will contact your employer and family."]


@T("debt_collection")
def debt_guarantor_sms(r: random.Random) -> list:
    return ["SMS นี้ส่งถึงผู้ค้ำได้ไหม ถ้าไม่ได้ช่วยแก้ให้ถูกกฎหมาย:\n\"แจ้งคุณ", P(th_name(r)),
            " ผู้ค้ำประกันของ ", P(th_name(r)), " (บัตร ", NID(nid(r, "dash")), ") ค้างค่างวดรถ ", PL(plate(r)),
            " 3 งวด กรุณาติดต่อกลับ ", PH(mobile(r)), " ภายใน 24 ชม. มิฉะนั้นจะดำเนินคดี\""]


# ================================================================================================
# Wedding and event planners
# ================================================================================================
@T("wedding")
def wed_guest_list_tsv(r: random.Random) -> list:
    rows = []
    for t in range(1, 4):
        rows += [f"{t}\t", P(r.choice(TH_MUSLIM)), "\t", PH(mobile(r, "plain")), "\tฮาลาล (", REL("มุสลิม"), ")\n"]
        rows += [f"{t}\t", P(th_name(r)), "\t", PH(mobile(r, "dash")), "\t", HE(r.choice(["แพ้กุ้งรุนแรง", "แพ้ถั่วลิสง พกเข็ม EpiPen",
                                                                                      "เป็นโรคเซลิแอค ทานกลูเตนไม่ได้"])), "\n"]
    return ["รายชื่อแขกโต๊ะจีน (ก๊อปจาก Google Sheet) ช่วยสรุปให้ครัวว่าโต๊ะไหนต้องทำเมนูพิเศษกี่ที่\n"
            "โต๊ะ\tชื่อแขก\tเบอร์\tหมายเหตุอาหาร\n", rows]


@T("wedding")
def wed_same_sex_couple_brief(r: random.Random) -> list:
    a, b = th_name(r, True), th_name(r, True)
    sx = r.choice(["เป็นคู่รักเพศเดียวกัน", "เป็นคู่หญิงรักหญิง", "คบกันมา 9 ปีในฐานะคู่รักเพศเดียวกัน"])
    return ["ช่วยคิดธีมงานแต่งและลำดับพิธีให้ลูกค้าคู่นี้หน่อย\nลูกค้า: คุณ", P(a), " & คุณ", P(b), " ", SX(sx),
            " เพิ่งจดทะเบียนสมรสหลังกฎหมายสมรสเท่าเทียม\nงบ 450,000 แขก 150 คน\nติดต่อ: ", PH(mobile(r)), " / ", EM(email(r)),
            "\nอยากได้พิธีรดน้ำสังข์แบบไม่เน้นบทบาทเจ้าบ่าวเจ้าสาว"]


@T("wedding")
def wed_interfaith_ceremony(r: random.Random) -> list:
    return ["ลูกค้าคู่นี้ต้องการงานสองพิธี ช่วยวางไทม์ไลน์และข้อควรระวัง\nเจ้าสาว: ", P(r.choice(TH_MUSLIM_F)), " ",
            REL("นับถือศาสนาอิสลาม"), "\nเจ้าบ่าว: ", P(th_name(r, False)), " ",
            REL(r.choice(["จะเข้ารับอิสลามก่อนพิธีนิกะห์", "เป็นคริสเตียนนิกายโปรเตสแตนต์", "นับถือศาสนาพุทธ"])),
            "\nวันงาน: 14 ก.พ. 2569 พิธีนิกะห์ช่วงเช้า ฉลองมงคลสมรสช่วงเย็น\nโทรเจ้าสาว ", PH(mobile(r))]


@T("wedding")
def wed_hmong_fusion(r: random.Random) -> list:
    return ["ออกแบบการ์ดเชิญและลำดับพิธีแต่งงานแบบผสม\nเจ้าบ่าว: ", P(th_name(r, False)), " ",
            ETH(r.choice(["เป็นชาวม้ง", "เป็นคนม้ง", "เชื้อสายม้ง"])), " จากบ้านเข็กน้อย ครอบครัวอยากมีพิธีเรียกขวัญ\n"
            "เจ้าสาว: ", P(th_name(r, True)), " ", ETH(r.choice(["เป็นคนไทยเชื้อสายจีน", "เชื้อสายจีนไหหลำ", "เป็นคนไทยเชื้อสายเวียดนาม"])),
            " ต้องมียกน้ำชาด้วย\nอีเมลติดต่อ ", EM(email(r))]


@T("wedding")
def wed_japan_visa_en(r: random.Random) -> list:
    a, b = r.choice(ROMAN), r.choice(ROMAN)
    return ["Prepare a checklist for the couple's Japan pre-wedding shoot trip and a cover letter for the visa agent:\n\n1) ",
            P(a), " — passport ", PP(passport(r)), ", DOB ", DB(dob(r, "en", 1990, 1998)), "\n2) ", P(b), " — passport ",
            PP(passport(r)), ", DOB ", DB(dob(r, "en", 1990, 1998)), "\nTravel 12-19 Nov, Osaka/Kyoto. Contact ",
            EM(email(r, a.split()[0].lower())), "."]


@T("wedding")
def wed_deposit_refund(r: random.Random) -> list:
    name = th_name(r)
    return ["ลูกค้าขอยกเลิกงานเลี้ยง ช่วยคำนวณเงินคืนตามสัญญา (หัก 30% ถ้ายกเลิกก่อน 60 วัน)\n"
            "ผู้จอง: ", P(name), " ไลน์ ", LID(line_id(r)), "\nมัดจำ 80,000 ตัดบัตร ", CC(card(r)), "\n"
            "งวดสอง 40,000 โอนจากบัญชี ", BA(bank_acct(r)), "\nขอคืนเข้าบัญชีเดิม ชื่อบัญชี ", P(name)]


@T("wedding")
def wed_bride_pregnant_dress(r: random.Random) -> list:
    return ["ช่วยแนะนำแบบชุดเจ้าสาวที่เหมาะกับลูกค้า\nเจ้าสาว: ", P(th_name(r, True)), " ", HE(r.choice(["ตั้งครรภ์ 5 เดือน", "ท้องได้ 20 สัปดาห์",
                                                                                              "เพิ่งผ่าตัดเนื้องอกเต้านม มีแผลที่หน้าอกซ้าย"])),
            " สูง 158 รอบอก 36 งานวันที่ 9 ส.ค. ชอบผ้าลูกไม้ ไม่ชอบเกาะอก\nนัดลองชุด โทร ", PH(mobile(r))]


@T("wedding")
def wed_premarital_thal(r: random.Random) -> list:
    return ["ลูกค้าเล่าผลตรวจสุขภาพก่อนแต่ง ขอให้ช่วยอธิบายแบบไม่ให้ตกใจ ก่อนส่งต่อให้หมอ\n\"ผลของ", P(th_name(r, True)),
            " กับ", P(th_name(r, False)), " ออกแล้ว ", GEN(r.choice(["ทั้งคู่เป็นพาหะธาลัสซีเมียชนิดเบต้า", "ทั้งคู่เป็นพาหะฮีโมโกลบินอี",
                                                                   "ฝ่ายชายเป็นพาหะแอลฟาธาลัสซีเมีย 1"])),
            " ลูกจะเป็นไหม ยังแต่งได้ไหม\""]


@T("wedding")
def wed_seating_politics(r: random.Random) -> list:
    return ["ช่วยจัดผังโต๊ะจีน 20 โต๊ะ มีเงื่อนไขจากแม่เจ้าสาวตามนี้: ห้ามให้ลุง", P(th_name(r, False)), " นั่งโต๊ะเดียวกับอา",
            P(th_name(r, False)), " เพราะลุง", POL(r.choice(["เป็นเสื้อแดงตัวยง", "เป็นแกนนำ กปปส. ที่จังหวัด", "เป็นหัวคะแนนพรรคเพื่อไทย"])),
            " ส่วนอา", POL(r.choice(["เชียร์พรรคประชาชนสุดตัว", "เป็นเสื้อเหลือง", "ไปม็อบราษฎรทุกครั้ง"])),
            " เจอกันทีไรเถียงกันทุกที 😅 แขกผู้ใหญ่ที่เหลือนั่งโต๊ะ 1-3"]


# ================================================================================================
# Funeral homes and temples
# ================================================================================================
@T("funeral_temple")
def fun_arrangement_form(r: random.Random) -> list:
    return ["ช่วยทำกำหนดการงานศพ 3 วันจากใบสั่งงานนี้\nผู้วายชนม์: ", P(th_name(r)), "\nผู้ติดต่อ (บุตร): ", P(th_name(r)),
            "  บัตร ", NID(nid(r)), "  โทร ", PH(thd(mobile(r, "dash"))), "\nที่อยู่: ", AD(addr(r)),
            "\nหมายเหตุ: ผู้ติดต่อและครอบครัว",
            REL(r.choice(["นับถือศาสนาคริสต์นิกายคาทอลิก", "นับถือศาสนาคริสต์", "เป็นคริสเตียน"])),
            " ขอพิธีมิสซาที่โบสถ์ก่อนฌาปนกิจ ไม่มีสวดพระอภิธรรม"]


@T("funeral_temple")
def temple_edonation_list(r: random.Random) -> list:
    rows = []
    for i in range(4):
        nm = th_name(r)
        idv = nid(r, "plain")
        amt = r.choice([100, 500, 1000, 2000, 5000])
        if r.random() < 0.5:
            rows += [thd(str(i + 1)), "\t", P(nm), "\t", NID(thd(idv)), "\t", thd(f"{amt:,}"), "\n"]
        else:
            rows += [str(i + 1), "\t", P(nm), "\t", NID(idv), "\t", f"{amt:,}", "\n"]
    return ["รายชื่อผู้ร่วมทอดกฐินที่ขอใบอนุโมทนาแบบ e-Donation พิมพ์มาปนเลขไทย ช่วยแปลงเป็นเลขอารบิกทั้งหมดแล้วทำเป็น CSV\n"
            "ลำดับ\tชื่อ-สกุล\tเลขประจำตัวประชาชน\tยอดบริจาค\n", rows]


@T("funeral_temple")
def fun_teochew_rites(r: random.Random) -> list:
    return ["ครอบครัวลูกค้าเป็นคนไทย", ETH(r.choice(["เชื้อสายจีนแต้จิ๋ว", "เชื้อสายจีนแคะ", "เชื้อสายจีนไหหลำ"])),
            " ต้องการพิธีกงเต๊กคืนสุดท้าย ช่วยเขียนรายการของที่ต้องเตรียมและงบประมาณคร่าวๆ\n"
            "ผู้ติดต่อ: ", P(th_name(r)), " (", PH(mobile(r)), ") ศาลา 4 วัดดอน"]


@T("funeral_temple")
def temple_ordination_application(r: random.Random) -> list:
    return ["ใบสมัครบวชพระภาคฤดูร้อน พิมพ์ให้เป็นตารางสวยๆ\nผู้สมัคร: ", P(th_name(r, False)), "\nเกิด: ", DB(dob(r, "th", 1990, 2004)),
            "\nเลขบัตร: ", NID(nid(r)), "\nบิดา: ", P(th_name(r, False)), "  มารดา: ", P(th_name(r, True)),
            "\nที่อยู่: ", AD(addr(r)), "\nหมายเหตุจากเจ้าอาวาส: ผู้สมัคร",
            CR(r.choice(["เคยต้องโทษจำคุกคดีลักทรัพย์ พ้นโทษปี 2565", "เคยถูกคุมประพฤติคดียาเสพติด", "เคยรับโทษคดีขับรถชนคนตาย"])),
            " ให้สอบประวัติเพิ่ม"]


@T("funeral_temple")
def fun_condolence_group_chat(r: random.Random) -> list:
    tk = ticker(r, 9)
    friend = nick(r)
    acct_name = th_name(r)
    return ["ช่วยเขียนข้อความไว้อาลัยสั้นๆ จากกลุ่มเพื่อน โดยอิงจากแชทนี้\n", line_header(r, "ม.6/4 รุ่น 52"),
            f"{tk()}\t", P(NICK_ROMAN[nick(r)].title()), "\tคุณพ่อของ", P(friend), " เสียเมื่อคืน สวดที่วัดบ้านเกิด 3 คืน\n",
            f"{tk()}\t", P(NICK_ROMAN[nick(r)].title()), f"\t{r.choice(STICKERS)}\n",
            f"{tk()}\t", P(NICK_ROMAN[nick(r)].title()), "\tร่วมทำบุญโอนได้ที่ ", r.choice(BANKS), " ", BA(bank_acct(r)),
            " ชื่อบัญชี ", P(acct_name), " 🙏\n", f"{tk()}\t", P(NICK_ROMAN[nick(r)].title()), "\tรวบรวมแล้วแจ้งยอดในกลุ่มนะ"]


# ================================================================================================
# Sports clubs and fitness coaches
# ================================================================================================
@T("fitness")
def fit_pt_intake(r: random.Random) -> list:
    return ["ช่วยออกแบบโปรแกรมเทรน 8 สัปดาห์ จากข้อมูลลูกค้า PT คนนี้\nชื่อ: ", P(th_name(r)), " วันเกิด: ", DB(dob(r, "slash_ce", 1970, 1990)),
            "\nสุขภาพ: ", HE(r.choice(["ความดันสูง ทานยา Amlodipine", "เบาหวานชนิดที่ 2", "หมอนรองกระดูกทับเส้นระดับ L4-L5"])), ", ",
            HE(r.choice(["เข่าซ้ายเคยผ่าตัด ACL", "เคยหัวใจเต้นผิดจังหวะตอนวิ่ง", "ไหล่ขวาเอ็นฉีก"])),
            "\nเป้าหมาย: ลด 8 กก.\nLINE: ", LID(line_id(r)), "  โทร: ", PH(mobile(r))]


@T("fitness")
def fit_face_enroll_payload(r: random.Random) -> list:
    return ["ประตูสแกนหน้าของยิมรับ payload นี้แล้วตอบ 422 ช่วยดูว่า field ไหนผิด schema\n```json\n"
            "{\n  \"member_no\": \"GYM-", _digits(r, 5), "\",\n  \"name\": \"", P(r.choice(ROMAN)), "\",\n  \"phone\": \"",
            PH(mobile(r, "intl_plain")), "\",\n  \"face_embedding\": ", BIO(face_vec(r, 8)),
            ",\n  \"branch\": \"ari\",\n  \"expires\": \"2026-01-31\"\n}\n```"]


@T("fitness")
def fit_dna_fitness_report(r: random.Random) -> list:
    return ["ลูกค้าส่งผลตรวจ DNA fitness มา ช่วยปรับโปรแกรมซ้อมให้เข้ากับผล\nชื่อ: ", P(th_name(r)), "\nผล: ",
            GEN(r.choice(["ACTN3 แบบ RR (power)", "ACTN3 แบบ XX (endurance)", "ACE แบบ II"])), "; ",
            GEN(r.choice(["COL5A1 แบบ TT เสี่ยงเอ็นบาดเจ็บ", "FTO แบบ AA", "PPARGC1A แบบ GG"])), "\nเป้าหมาย: วิ่งฮาล์ฟมาราธอน"]


@T("fitness")
def fit_para_athlete_registration(r: random.Random) -> list:
    return ["กรอกใบสมัครแข่งขันกีฬาคนพิการแห่งชาติให้หน่อย\nนักกีฬา: ", P(th_name(r)), "\nเกิด: ", DB(dob(r, "th_abbr", 1985, 2005)),
            "\nเลขบัตร: ", NID(nid(r, "dash")), "\nความพิการ: ", DIS(r.choice(["ขาขาดใต้เข่าข้างซ้าย ใส่ขาเทียม", "อัมพาตครึ่งท่อนล่าง ใช้วีลแชร์",
                                                                                "ตาบอดสนิท (B1)", "แขนขวาพิการแต่กำเนิด"])),
            "\nประเภท: วีลแชร์เรซซิ่ง 100 ม.\nโค้ช: ", P(th_name(r))]


@T("fitness")
def fit_youth_academy_roster(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [SID(student_id(r, "school")), ",", P(th_name(r, False)), ",", DB(dob(r, "slash_be", 2010, 2014)), ",",
                 P(th_name(r)), ",", PH(mobile(r, "dash")), "\n"]
    return ["รายชื่อนักเตะอะคาเดมี U13 ช่วยแบ่งกลุ่มตามปีเกิด แล้วร่างข้อความแจ้งผู้ปกครองเรื่องทัวร์นาเมนต์\n"
            "รหัสนักเรียน,ชื่อ-สกุล,วันเกิด,ผู้ปกครอง,เบอร์ผู้ปกครอง\n", rows]


@T("fitness")
def fit_running_club_chat(r: random.Random) -> list:
    tk = ticker(r, 5)
    a, b, c = NICK_ROMAN[nick(r)].title(), nick(r), NICK_ROMAN[nick(r)].title()
    return ["ช่วยสรุปแชทกลุ่มวิ่งนี้ว่าใครไปงานวิ่งไหนบ้าง\n", line_header(r, "Run Bangkok Club 🏃"),
            f"{tk()}\t", P(a), "\tเสาร์นี้ใครไปบางแสน 21K บ้าง\n",
            f"{tk()}\tพี่", P(b), "\tไปจ้า ", f"{r.choice(STICKERS)}\n",
            f"{tk()}\t", P(c), "\tเราไม่ไปนะ ช่วงนี้", REL(r.choice(["ถือศีลอดเดือนรอมฎอน", "ต้องไปโบสถ์ทุกเช้าวันอาทิตย์"])), " 🙏\n",
            f"{tk()}\t", P(a), "\tพี่", P(b), " พาแฟนมาด้วยดิ\n",
            f"{tk()}\tพี่", P(b), "\tไม่มีแฟนสาวหรอก 555 พี่", SX(r.choice(["เป็นเกย์", "เป็นไบ", "คบกับผู้ชายอยู่"])),
            " ทุกคนก็รู้อยู่แล้วนี่\n", f"{tk()}\t", P(c), "\tลุงประธานชมรมไม่ไปเหรอ\n",
            f"{tk()}\t", P(a), "\tลุง", POL(r.choice(["ไปม็อบหน้าทำเนียบ", "ไปหาเสียงให้พรรคที่ลงสมัคร", "ไปชุมนุมกับกลุ่มราษฎร"])), " 😂"]


@T("fitness")
def fit_membership_renewal_en(r: random.Random) -> list:
    name = r.choice(FOREIGN)
    return ["Write a polite renewal reminder for this gym member. Auto-renewal failed.\nMember: ", P(name),
            "\nCard on file: ", CC(card(r)), "\nEmail: ", EM(email(r, name.split()[0].lower() + "_" + _digits(r, 2))),
            "\nPhone: ", PH(mobile(r, "intl")), "\nPlan: 12-month Platinum, THB 21,900"]


@T("fitness")
def fit_muay_thai_camp_trip(r: random.Random) -> list:
    return ["ค่ายมวยจะพานักมวยไปชกที่ญี่ปุ่น ช่วยทำตารางเอกสารวีซ่าของแต่ละคน\n1. ", P(th_name(r, False)), " พาสปอร์ต ", PP(passport(r)),
            " เกิด ", DB(dob(r, "slash_be", 1995, 2006)), "\n2. ", P(th_name(r, False)), " พาสปอร์ต ", PP(passport(r)),
            " เกิด ", DB(dob(r, "slash_be", 1995, 2006)), "\nเทรนเนอร์: ", P(th_name(r, False)), " โทร ", PH(mobile(r))]


# ================================================================================================
# Pet clinics (owner data is personal data; the animal's is not)
# ================================================================================================
@T("pet_clinic")
def pet_registration_form(r: random.Random) -> list:
    pet = r.choice(["ถุงทอง", "ข้าวตัง", "โมจิ", "บัตเตอร์", "ลัคกี้", "ส้มโอ"])
    return ["ช่วยเปลี่ยนใบลงทะเบียนนี้เป็นข้อความยืนยันนัดฉีดวัคซีน\nเจ้าของ: ", P(th_name(r)), "\nโทร: ", PH(mobile(r)),
            "\nLINE: ", LID(line_id(r)), "\nที่อยู่: ", AD(addr(r)), f"\nสัตว์เลี้ยง: {pet} ({r.choice(['ชิสุ', 'แมวสก็อตติช', 'โกลเด้น', 'ปอม'])}) "
            f"อายุ {r.randint(1, 12)} ปี\nประวัติ: {pet}เป็นเบาหวาน ฉีดอินซูลินวันละ 2 ครั้ง, เคยผ่าตัดนิ่วกระเพาะปัสสาวะ"]


@T("pet_clinic")
def pet_owner_allergy_note(r: random.Random) -> list:
    return ["ช่วยเขียนคำแนะนำการดูแลแมวหลังทำหมันให้เจ้าของ โดยคำนึงว่าเจ้าของ ", P(th_name(r, True)), " ",
            HE(r.choice(["แพ้ขนแมว มีหอบหืด", "กำลังตั้งครรภ์ 4 เดือน", "ได้รับเคมีบำบัดอยู่ ภูมิคุ้มกันต่ำ"])),
            " (แมวชื่อ น้องมะขาม อายุ 7 เดือน น้ำหนัก 3.2 กก. แผลผ่าตัดยาว 1 ซม.) ส่งทาง LINE ", LID(line_id(r))]


@T("pet_clinic")
def pet_guide_dog_owner(r: random.Random) -> list:
    return ["ลูกค้าประจำ ", P(th_name(r)), " ", DIS(r.choice(["ตาบอดสนิท", "สายตาเลือนราง", "เป็นคนพิการทางการเห็น"])),
            " พาสุนัขนำทาง (ลาบราดอร์ชื่อโบว์ อายุ 9 ปี ข้อสะโพกเสื่อม) มารักษา ช่วยร่างคำแนะนำการให้ยาแบบที่ฟังผ่านโปรแกรมอ่านหน้าจอได้ "
            "แล้วจะโทรแจ้งที่ ", PH(mobile(r))]


@T("pet_clinic")
def pet_invoice_card(r: random.Random) -> list:
    owner = r.choice(FOREIGN)
    return ["Invoice ของโรงพยาบาลสัตว์ ช่วยแปลเป็นภาษาอังกฤษให้เจ้าของ\nเจ้าของ: ", P(owner), "  อีเมล ",
            EM(email(r, owner.split()[-1].lower().replace("'", "") + "." + owner.split()[0].lower())),
            f"\nสัตว์: Pet ID P-{_digits(r, 5)} สุนัขพันธุ์บีเกิล ชื่อ Cookie\nรายการ: ผ่าตัดเนื้องอกผิวหนัง 12,500 / ยาฆ่าเชื้อ 850 / "
            "ค่าห้องพัก 2 คืน 1,600\nชำระด้วยบัตร ", CC(card(r))]


@T("pet_clinic")
def pet_lost_dog_post(r: random.Random) -> list:
    return ["ช่วยเขียนโพสต์ตามหาน้องหมาหายให้น่าแชร์ 🙏\nชื่อน้อง: บิสกิต ปอมสีส้ม ใส่ปลอกคอสีแดง หายแถวบ้านเมื่อเย็นวันอังคาร\n"
            "บ้าน: ", AD(addr(r)), "\nติดต่อเจ้าของ: ", P(th_name(r, True)), " ", PH(mobile(r)), " ไลน์ ", LID(line_id(r)),
            "\nรางวัลนำส่ง 5,000 บาท"]


# ================================================================================================
# Recruitment agencies
# ================================================================================================
@T("recruitment")
def rec_cv_thai_full(r: random.Random) -> list:
    female = r.random() < 0.5
    first, last = th_first(r, female), r.choice(TH_SUR)
    nk = nick(r)
    return ["ช่วยปรับเรซูเม่นี้ให้อ่านง่ายและตัดข้อมูลที่ไม่จำเป็นออกก่อนส่งให้ลูกค้า\n\nประวัติส่วนตัว\n"
            "ชื่อ-สกุล  ", title(r, female), " ", P(f"{first} {last}"), "  (", P(nk), ")\nวันเกิด  ", DB(dob(r, "th", 1990, 2001)),
            "   อายุ 29 ปี\nเชื้อชาติ  ", ETH(r.choice(["ไทย", "ไทย", "จีน"])), "   สัญชาติ  ไทย   ศาสนา  ",
            REL(r.choice(["พุทธ", "อิสลาม", "คริสต์"])), "\nเลขบัตรประชาชน  ", NID(nid(r, "dash")),
            "\nที่อยู่ปัจจุบัน  ", AD(addr(r)), "\nโทร  ", PH(mobile(r)), "   อีเมล  ", EM(email(r, NICK_ROMAN[nk] + "." + str(r.randint(80, 99)))),
            "\nไลน์  ", LID(line_id(r, NICK_ROMAN[nk])), "\n\nประสบการณ์ทำงาน\n2565-ปัจจุบัน  เจ้าหน้าที่บัญชี บริษัทขนส่ง"]


@T("recruitment")
def rec_cv_english(r: random.Random) -> list:
    name = r.choice(ROMAN)
    return ["Tighten this CV header and summary for a Singapore client (keep it one page):\n\n", P(name.upper()), "\n",
            EM(email(r, name.split()[0].lower() + "." + name.split()[1].lower())), " | ", PH(mobile(r, "intl")), " | ",
            AD(addr_en(r)), "\nDate of Birth: ", DB(dob(r, "en_long", 1988, 1998)), " | Nationality: Thai | Religion: ",
            REL(r.choice(["Buddhism", "Islam", "Christianity"])), " | Passport: ", PP(passport(r)),
            "\n\nSUMMARY\nBilingual HR generalist with 7 years in manufacturing payroll and social security administration."]


@T("recruitment")
def rec_background_check_result(r: random.Random) -> list:
    return ["ผลตรวจประวัติผู้สมัครส่งมาจากบริษัทตรวจสอบ ช่วยเขียนสรุปแจ้งลูกค้า (ตำแหน่งพนักงานขับรถส่งของ)\n"
            "ผู้สมัคร: ", P(th_name(r, False)), "  เลขบัตร ", NID(nid(r)), "\nประวัติอาชญากรรม: ",
            CR(r.choice(["พบประวัติคดียาเสพติด ปี 2562 ศาลพิพากษาจำคุก 1 ปี รอลงอาญา", "พบประวัติต้องโทษคดีขับรถขณะเมาสุรา",
                         "พบหมายจับค้างคดีลักทรัพย์นายจ้าง"])),
            "\nใบขับขี่: ท.2 ยังไม่หมดอายุ\nเครดิตบูโร: ไม่ได้ตรวจ"]


@T("recruitment")
def rec_medical_checkup(r: random.Random) -> list:
    return ["ช่วยร่างอีเมลแจ้งผลตรวจสุขภาพก่อนเข้างานให้ HR ลูกค้า (แจ้งแค่ผ่าน/ไม่ผ่าน ได้ไหม?)\nผู้สมัคร: ", P(th_name(r)),
            "  HN ", HN(hn(r)), " (รพ.เอกชนที่ตรวจ)\nผล: ", HE(r.choice(["HBsAg positive (พาหะไวรัสตับอักเสบบี)", "ตรวจพบสารแอมเฟตามีนในปัสสาวะ",
                                                                        "เอกซเรย์ปอดพบรอยโรควัณโรค", "ตาบอดสีแดง-เขียว"])),
            "\nอื่นๆ ปกติ"]


@T("recruitment")
def rec_disability_quota(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += ["- ", P(th_name(r)), " บัตรคนพิการ ", NID(nid(r)), " ", DIS(r.choice(["พิการทางการได้ยิน", "พิการทางการเคลื่อนไหว",
                                                                                    "พิการทางสติปัญญาระดับเล็กน้อย", "พิการทางการเห็น (เลือนราง)"])),
                 " โทร ", PH(mobile(r)), "\n"]
    return ["ลูกค้าต้องจ้างคนพิการตาม ม.33 อีก 3 อัตรา ช่วยจับคู่ผู้สมัครกับตำแหน่ง (แพ็กของ, คีย์ข้อมูล, คอลเซ็นเตอร์)\n", rows]


@T("recruitment")
def rec_reference_notes_en(r: random.Random) -> list:
    name = r.choice(ROMAN)
    return ["Summarise these reference-check notes for the hiring manager. Flag anything we legally should not use.\n\n"
            "Candidate: ", P(name), "\nReferee: ", P(r.choice(ROMAN)), ", former line manager\n- Reliable, good with Excel.\n- ",
            TU(r.choice(["Was the union shop steward", "Led the labour union's wage negotiation", "Sat on the workers' union committee"])),
            " at the plant in 2022.\n- ", POL(r.choice(["Attended the 2020 pro-democracy protests", "Campaigned for the People's Party",
                                                     "Posts a lot in support of the opposition"])), ", says the referee.\n"
            "- Personal mobile the referee gave: ", PH(mobile(r, "intl"))]


@T("recruitment")
def rec_korea_workers_tsv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(th_name(r, False)), "\t", NID(nid(r, "plain")), "\t", PP(passport(r)), "\t", DB(dob(r, "slash_ce", 1990, 2002)),
                 "\t", PH(mobile(r, "plain")), "\n"]
    return ["รายชื่อแรงงานไปเกาหลี (EPS) ช่วยเช็คว่าพาสปอร์ตใครจะหมดอายุก่อน ก.ย. (ต้องดูวันออก +10 ปี) — ใส่คอลัมน์ให้ด้วย\n"
            "ชื่อ-สกุล\tเลขบัตร\tพาสปอร์ต\tวันเกิด\tโทร\n", rows]


@T("recruitment")
def rec_migrant_mou_list(r: random.Random) -> list:
    rows = []
    for i in range(3):
        rows += [f"{i + 1}. ", P(r.choice(MYANMAR + MYANMAR_TH)), " | พาสปอร์ต ", PP(passport_mm(r)), " | เชื้อชาติ ",
                 ETH(r.choice(["มอญ", "ไทใหญ่", "กะเหรี่ยง", "พม่า", "คะฉิ่น"])), " | เกิด ", DB(dob(r, "slash_ce", 1985, 2003)), "\n"]
    return ["รายชื่อแรงงาน MOU ชุดใหม่ ช่วยทำแบบฟอร์ม บต.50 ให้แต่ละคน (ห้องพักแยกตามเชื้อชาติตามที่โรงงานขอ ทำได้ไหม?)\n", rows]


@T("recruitment")
def rec_new_grad_profile(r: random.Random) -> list:
    sid = student_id(r, "ten")
    return ["ช่วยเขียน profile สั้นๆ ของเด็กจบใหม่คนนี้ส่งลูกค้า (ตำแหน่ง Junior Data Analyst)\nชื่อ: ", P(th_name(r)),
            "\nรหัสนักศึกษา: ", SID(sid), " (วิศวกรรมคอมพิวเตอร์ เกรด 3.41)\nอีเมลมหาวิทยาลัย: ",
            EM(f"{sid}@student.{r.choice(['chula.ac.th', 'kku.ac.th', 'cmu.ac.th', 'mahidol.ac.th'])}"),
            "\nโทร: ", PH(mobile(r)), "\nฝึกงาน: ทำ dashboard ยอดขายด้วย Power BI"]


@T("recruitment")
def rec_interview_summary(r: random.Random) -> list:
    return ["ถอดเทปสัมภาษณ์ตำแหน่งหัวหน้าไลน์ผลิต ช่วยสรุปเป็นจุดแข็ง/จุดอ่อน 5 ข้อ\n\nผู้สัมภาษณ์: แนะนำตัวหน่อยครับ\n"
            "คุณ", P(th_name(r, True)), ": ดิฉันทำงานโรงงานอิเล็กทรอนิกส์มา 12 ปีค่ะ ", TU(r.choice(["เคยเป็นประธานสหภาพแรงงาน", "เป็นกรรมการสหภาพมา 2 สมัย"])),
            "ที่นั่น แล้วช่วงปีที่แล้ว", HE(r.choice(["เป็นโรคซึมเศร้า ลาพักรักษาตัว 3 เดือน", "ผ่าตัดมะเร็งเต้านม ตอนนี้หายดีแล้ว",
                                                    "เป็นไมเกรนเรื้อรัง"])), " เลยลาออกมาค่ะ\nผู้สัมภาษณ์: เบอร์ติดต่อกลับ?\n"
            "ตอบ: ", PH(mobile(r))]


@T("recruitment")
def rec_union_blacklist_request(r: random.Random) -> list:
    return ["ลูกค้าโรงงานขอให้คัดผู้สมัครที่เคยเกี่ยวข้องกับสหภาพออก ช่วยบอกหน่อยว่าทำแบบนี้ผิดกฎหมายไหม และควรตอบลูกค้ายังไง\n"
            "ตัวอย่างผู้สมัครที่ลูกค้ายกมา:\n1) ", P(th_name(r)), " — ", TU(r.choice(["เคยเป็นกรรมการสหภาพแรงงานที่บริษัทเดิม",
                                                                                  "เป็นสมาชิกสหภาพแรงงานยานยนต์"])),
            "\n2) ", P(th_name(r)), " — ", TU(r.choice(["เคยนำสหภาพยื่นข้อเรียกร้องโบนัส", "สมัครเป็นสมาชิกสหภาพตั้งแต่วันแรก"])),
            "\n(ทั้งคู่ผ่านสัมภาษณ์รอบแรกแล้ว)"]


@T("recruitment")
def rec_ai_interview_voiceprint(r: random.Random) -> list:
    cand = r.choice(ROMAN)
    return ["แพลตฟอร์มสัมภาษณ์ด้วย AI ส่ง webhook กลับมา อยากรู้ว่าควรเก็บ field ไหนบ้างตาม PDPA\n```json\n"
            "{\"candidate\":\"", P(cand), "\",\"email\":\"", EM(email(r, cand.split()[0].lower() + "." + cand.split()[1][:2].lower())), "\",\"client_ip\":\"", IP(ipv4(r)),
            "\",\"voiceprint\":", BIO(face_vec(r, 6)), ",\"english_score\":7.5,\"cheating_flag\":false}\n```"]


# ================================================================================================
# Lawyers' intake notes
# ================================================================================================
@T("legal")
def law_divorce_intake(r: random.Random) -> list:
    client = th_name(r, True)
    return ["บันทึกรับเรื่องฟ้องหย่า ช่วยจัดเป็นข้อเท็จจริงตามลำดับเวลาและประเด็นข้อกฎหมาย\n\nลูกความ: ", P(client), " เลขบัตร ", NID(nid(r)),
            " โทร ", PH(mobile(r)), "\nคู่สมรส: ", P(th_name(r, False)), " จดทะเบียนสมรสปี 2558\nบุตร: ด.ญ.", P(th_name(r, True)), " เกิด ",
            DB(dob(r, "th_abbr", 2016, 2020)), "\nเหตุ: ลูกความพบแชทว่าสามี",
            SX(r.choice(["มีเพศสัมพันธ์กับเพื่อนร่วมงานหญิงหลายครั้ง", "มีความสัมพันธ์ทางเพศกับผู้ชายอีกคน", "ไปมีเพศสัมพันธ์กับหญิงขายบริการเป็นประจำ"])),
            " และ", HE(r.choice(["ติดเชื้อซิฟิลิสมาแพร่ให้ลูกความ", "ติดเหล้าหนัก เข้ารับการบำบัดแล้วสองครั้ง"])), "\nทรัพย์สิน: คอนโด 1 ห้อง, รถ 1 คัน"]


@T("legal")
def law_criminal_defence_intake(r: random.Random) -> list:
    return ["ช่วยเตรียมคำถามที่ต้องถามลูกความคดีนี้ก่อนไปประกันตัว\n\nผู้ต้องหา: ", P(th_name(r, False)), " (", P(nick(r)), ") อายุ 24\n"
            "เลขบัตร: ", NID(nid(r)), "\nข้อหา: ", CR(r.choice(["ถูกจับข้อหาครอบครองยาบ้า 200 เม็ดเพื่อจำหน่าย", "ถูกจับข้อหาชิงทรัพย์",
                                                             "ถูกจับข้อหาขับรถประมาทเป็นเหตุให้ผู้อื่นถึงแก่ความตาย"])),
            "\nประวัติเดิม: ", CR(r.choice(["เคยต้องโทษคดีลักทรัพย์ปี 2563", "เคยถูกคุมประพฤติคดีทำร้ายร่างกาย"])),
            "\nรถของกลาง: ", PL(plate(r)), "\nญาติติดต่อ: แม่ ", P(th_name(r, True)), " ", PH(mobile(r))]


@T("legal")
def law_unfair_dismissal(r: random.Random) -> list:
    return ["ร่างคำฟ้องศาลแรงงาน เรื่องเลิกจ้างไม่เป็นธรรม จากข้อเท็จจริงนี้\nโจทก์: ", P(th_name(r)), " เลขบัตร ", NID(nid(r, "dash")),
            " ที่อยู่ ", AD(addr(r)), "\nจำเลย: บริษัท ", pick(r, "สยามพาร์ทเทค", "ไทยฟู้ดแพค", "อีสเทิร์นออโต้"), " จำกัด ทะเบียนนิติบุคคล ",
            JUR(juristic(r, "dash")), "\nข้อเท็จจริง: โจทก์", TU(r.choice(["เป็นผู้ก่อตั้งสหภาพแรงงาน", "ได้รับเลือกเป็นเลขาธิการสหภาพแรงงาน",
                                                                         "ยื่นข้อเรียกร้องในนามสหภาพแรงงาน"])),
            " เมื่อ ม.ค. 2568 และถูกเลิกจ้างใน 2 สัปดาห์ต่อมาโดยอ้างว่าขาดงาน"]


@T("legal")
def law_protest_case_en(r: random.Random) -> list:
    name = r.choice(ROMAN)
    return ["Turn these intake notes into a short case memo for the legal aid network.\n\nClient: ", P(name), ", 22, student\n"
            "Student ID: ", SID(student_id(r, "ten")), "\nFacts: client ", POL(r.choice(["joined the pro-democracy rally at Democracy Monument",
                                                                                      "gave a speech calling for reform at a campus protest",
                                                                                      "is an activist with the opposition youth wing"])),
            " on 14 Oct; police later ", CR(r.choice(["charged him under Section 112", "charged her with sedition under Section 116",
                                                    "arrested him for violating the emergency decree"])),
            ".\nPhone (Signal): ", PH(mobile(r, "intl")), "\nEmail: ", EM(email(r, name.split()[0].lower() + _digits(r, 2), "proton.me"))]


@T("legal")
def law_paternity_dna(r: random.Random) -> list:
    return ["ช่วยร่างคำร้องขอให้ศาลสั่งว่าเด็กเป็นบุตรชอบด้วยกฎหมาย แนบผลตรวจ DNA\nผู้ร้อง (บิดา): ", P(th_name(r, False)),
            " เลขบัตร ", NID(nid(r)), "\nเด็ก: ด.ช.", P(th_name(r, False)), " เกิด ", DB(dob(r, "th", 2018, 2022)),
            "\nมารดา: ", P(th_name(r, True)), "\nผลตรวจ: ", GEN(r.choice(["ผล DNA ยืนยันความเป็นบิดา 99.99%", "STR 21 ตำแหน่งตรงกับผู้ร้องทุกตำแหน่ง",
                                                                      "Probability of Paternity 99.998%"]))]


@T("legal")
def law_accident_injury_claim(r: random.Random) -> list:
    return ["คำนวณค่าเสียหายเรียกจากคู่กรณีและบริษัทประกัน (ค่ารักษา ค่าขาดรายได้ ค่าเสียความสามารถ)\n"
            "ลูกความ: ", P(th_name(r)), " HN ", HN(hn(r)), "\nรถลูกความ: ", PL(plate(r)), "\nรถคู่กรณี: ", PL(plate(r)),
            "\nการบาดเจ็บ: ", HE(r.choice(["กระดูกต้นขาขวาหัก ผ่าตัดใส่เหล็ก", "เลือดออกในสมอง ผ่าตัดเปิดกะโหลก", "ม้ามแตก ต้องตัดม้าม"])),
            "\nนอน รพ. 18 วัน ค่ารักษา 284,000 บาท\nรายได้ก่อนเกิดเหตุ 25,000/เดือน"]


@T("legal")
def law_stateless_client(r: random.Random) -> list:
    return ["ช่วยเขียนลำดับขั้นตอนยื่นขอสัญชาติไทยตามมาตรา 7 ทวิ ให้ลูกความคนนี้\nลูกความ: ", P(th_name(r)), " ",
            ETH(r.choice(["ชาวอาข่า", "ชาวลาหู่", "ชาวไทใหญ่", "ชาวลีซู"])), " เกิดที่ อ.แม่สาย\nเลขประจำตัว: ", NID(nid(r, "dash", "6")),
            " (บัตรบุคคลที่ไม่มีสถานะทางทะเบียน)\nเกิด: ", DB(dob(r, "slash_be", 1995, 2005)), "\nโทร: ", PH(mobile(r))]


@T("legal")
def law_inheritance_heirs(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += ["- ", P(th_name(r)), " บัตร ", NID(nid(r)), " บัญชี", r.choice(BANKS), " ", BA(bank_acct(r)), "\n"]
    return ["คำนวณส่วนแบ่งมรดกตามกฎหมาย (ไม่มีพินัยกรรม) ผู้ตายมีบุตร 3 คน คู่สมรสเสียก่อนแล้ว ทรัพย์สินเงินฝาก 2.4 ล้าน "
            "ที่ดิน 1 แปลง\nทายาท:\n", rows, "ผู้จัดการมรดก: คนแรก ที่อยู่ ", AD(addr(r))]


@T("legal")
def law_fb_post_complaint(r: random.Random) -> list:
    return ["ลูกความถูกแจ้งความหมิ่นประมาทจากโพสต์ Facebook ช่วยวิเคราะห์ว่าเข้าข่ายติชมโดยสุจริตไหม\nลูกความ: ", P(th_name(r)),
            " อีเมล ", EM(email(r)), "\nโพสต์: วิจารณ์นายกเทศมนตรี เรื่องงบถนน\nลูกความเล่าว่า ",
            POL(r.choice(["ตัวเองสนับสนุนพรรคฝ่ายค้านและเคยเป็นผู้ช่วยหาเสียง", "เป็นสมาชิกพรรคประชาชน", "ไม่เคยเลือกพรรคของนายกเทศมนตรี"])),
            "\nตำรวจแจ้งว่าโพสต์มาจาก IP ", IP(ipv4(r)), " เวลา 23:14 น."]


@T("legal")
def law_assault_intake_en(r: random.Random) -> list:
    name = r.choice(FOREIGN)
    return ["Draft a first-response email to this prospective client and list the documents we need.\n\nFrom: ", P(name), " <",
            EM(email(r, name.split()[0].lower() + "." + name.split()[-1].lower().replace("'", ""))), ">\n"
            "I was assaulted outside a bar on Bangla Road. I have ", HE(r.choice(["a fractured cheekbone and a concussion",
                                                                                 "two broken ribs", "stitches above my left eye and a torn retina"])),
            ". The hospital file number is ", HN(hn(r)), ". I fly home on the 20th. My Thai number is ", PH(mobile(r)), "."]


# ================================================================================================
# OCR'd identity and household documents
# ================================================================================================
PAIRS = [("ธนวัฒน์", "ศรีสุข", "Thanawat", "Srisuk", False), ("ศิริพร", "แก้วมณี", "Siriporn", "Kaewmanee", True),
         ("กัญญารัตน์", "จันทร์หอม", "Kanyarat", "Janhom", True), ("วิโรจน์", "วงศ์สวัสดิ์", "Wirot", "Wongsawat", False),
         ("นันทนา", "พรหมวงศ์", "Nantana", "Phromwong", True), ("อดิศักดิ์", "สุขเจริญ", "Adisak", "Sukcharoen", False),
         ("จุฑามาศ", "อินทร์แก้ว", "Jutamas", "Inkaew", True), ("พีระพัฒน์", "ศรีวิไล", "Peerapat", "Sriwilai", False),
         ("ชุติมา", "ปัญญาดี", "Chutima", "Panyadee", True), ("ณรงค์ฤทธิ์", "นาคประเสริฐ", "Narongrit", "Nakprasert", False)]


def _mrz_check(s: str) -> str:
    vals = {**{str(i): i for i in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}
    return str(sum(vals[c] * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


@T("ocr_docs")
def ocr_id_card_front(r: random.Random) -> list:
    tf, tl, ef, el, female = r.choice(PAIRS)
    y, m, d = r.randint(1965, 2003), r.randint(1, 12), r.randint(1, 28)
    return ["ข้อความจากการ OCR รูปบัตรประชาชนที่ลูกค้าส่งมาทางไลน์ ช่วยกรอกลงฟอร์มเปิดบัญชี (ชื่อ, เลขบัตร, วันเกิด, ที่อยู่)\n---\n"
            "บัตรประจําตัวประชาชน Thai National ID Card\nเลขประจําตัวประชาชน ", NID(nid(r, "space")), "\nIdentifcation Number\n"
            "ชือตัวและชื่อสกุล ", "นางสาว" if female else "นาย", " ", P(f"{tf} {tl}"), "\nName ", "Miss" if female else "Mr.", " ", P(ef),
            "\nLast narne ", P(el), "\nเกิดวันที ", DB(f"{d} {TH_MON[m - 1]} {y + 543}"), "\nDate of Birth ", DB(f"{d} {EN_MON[m - 1]}. {y}"),
            "\nศาสนา ", REL(r.choice(["พุทธ", "อิสลาม", "คริสต์"])), "\nทีอยู่ ", AD(addr(r, "noprov")),
            f"\n{r.randint(1, 28)} ก.ค. 25{r.randint(63, 67)}\nวันออกบัตร\nDate of Issue   {r.randint(1, 28)} Jul. 20{r.randint(20, 24)}\n"
            "เจ้าพนักงานออกบัตร"]


@T("ocr_docs")
def ocr_house_registration(r: random.Random) -> list:
    female = r.random() < 0.5
    return ["OCR สำเนาทะเบียนบ้าน (ท.ร.14) หน้าที่มีชื่อผู้กู้ ช่วยดึงข้อมูลบุคคลออกมาเป็น JSON\n---\n"
            "รายการเกี่ยวกับบ้าน\nเลขรหัสประจําบ้าน ", f"{r.randint(1000, 9699)}-{_digits(r, 6)}-{r.randint(0, 9)}",
            "\nทีอยู่ ", AD(addr(r, "full")), "\nชื่อหมู่บ้าน -   ชื่อบ้าน -\nประเภทบ้าน  บ้าน   ลักษณะบ้าน  ตึกแถว\n\n"
            "รายการบุคคลในบ้าน  ลําดับที่ 2\nชือ  ", title(r, female), " ", P(th_name(r, female)), "\nเลขประจําตัวประชาชน ", NID(nid(r, "dash")),
            "\nสัญชาติ ไทย   เพศ ", "หญิง" if female else "ชาย", "\nเกิดเมือ ", DB(dob(r, "th")),
            "\nมารดา ชือ ", P(th_name(r, True)), " สัญชาติ ไทย\nบิดา ชือ ", P(th_name(r, False)), " สัญชาติ ไทย\n"
            f"ย้ายมาจาก ... เมือวันที {r.randint(1, 28)} {r.choice(TH_MONTHS)} 25{r.randint(50, 67)}\nนายทะเบียนผู้รับแจ้ง (ลงชื่อ) ............"]


@T("ocr_docs")
def ocr_passport_mrz(r: random.Random) -> list:
    tf, tl, ef, el, female = r.choice(PAIRS)
    pp = passport(r)
    y, m, d = r.randint(1970, 2002), r.randint(1, 12), r.randint(1, 28)
    birth = f"{y % 100:02d}{m:02d}{d:02d}"
    exp = f"{r.randint(27, 34)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    idv = nid(r, "plain")
    l1 = f"P<THA{el.upper()}<<{ef.upper()}"
    l1 = l1 + "<" * (44 - len(l1))
    personal = idv + "<"
    return ["อ่าน MRZ จากพาสปอร์ตลูกทัวร์ไม่ออก (OCR) ช่วยแยกช่องให้หน่อย\n```\n", l1[:5], P(el.upper()), "<<", P(ef.upper()),
            l1[5 + len(el) + 2 + len(ef):], "\n", PP(pp), _mrz_check(pp), "THA", DB(birth), _mrz_check(birth), "F" if female else "M", exp,
            _mrz_check(exp), NID(idv), "<", _mrz_check(personal), "0\n```\nชื่อไทย: ", P(f"{tf} {tl}")]


@T("ocr_docs")
def ocr_bank_book(r: random.Random) -> list:
    female = r.random() < 0.5
    return ["รูปหน้าสมุดบัญชีที่พนักงานส่งมาเพื่อรับเงินเดือน OCR ได้แบบนี้ ช่วยตรวจว่าชื่อบัญชีตรงกับชื่อพนักงานไหม (พนักงานชื่อ ",
            P(th_name(r, female)), ")\n---\nธนาคาร", r.choice(BANKS), "\nชื่อบัญชี ", title(r, female), " ", P(th_name(r, female)),
            "\nเลขทีบัญชี ", BA(bank_acct(r, "dash")), "\nสาขา ", r.choice(["เซ็นทรัลเวิลด์", "ถนนมิตรภาพ", "หาดใหญ่ใน", "ตลาดไท"]),
            "\nประเภทบัญชี ออมทรัพย์"]


@T("ocr_docs")
def ocr_medical_certificate(r: random.Random) -> list:
    return ["OCR ใบรับรองแพทย์ที่พนักงานแนบมาลาป่วย ช่วยตรวจว่าเป็นใบจริงไหม (ดูองค์ประกอบที่ควรมี)\n---\n"
            "ใบรับรองแพทย์\nสถานที่ตรวจ คลินิกเวชกรรมบ้านหมอ\nข้าพเจ้า นพ.", P(th_name(r, False)), " ใบอนุญาตประกอบวิชาชีพเวชกรรม เลขที่ ว.",
            str(r.randint(10000, 60000)), "\nได้ตรวจร่างกาย ", P(th_name(r)), " เลขบัตร ", NID(nid(r)), f"\nเมือวันที {r.randint(1, 28)} "
            f"{r.choice(TH_MON)} 2568\nผลการตรวจ ", HE(r.choice(["ไข้หวัดใหญ่สายพันธุ์ A", "กระเพาะอาหารอักเสบเฉียบพลัน", "ตาแดงจากเชื้อไวรัส",
                                                                 "ปวดหลังจากกล้ามเนื้ออักเสบ"])),
            "\nความเห็นแพทย์ สมควรพักรักษาตัว 2 วัน"]


@T("ocr_docs")
def ocr_driving_license(r: random.Random) -> list:
    tf, tl, ef, el, female = r.choice(PAIRS)
    y, m, d = r.randint(1970, 2003), r.randint(1, 12), r.randint(1, 28)
    return ["ลูกค้าเช่ารถส่งรูปใบขับขี่มา OCR ได้แบบนี้ ช่วยเช็คว่ายังไม่หมดอายุ และอายุเกิน 21 ปีไหม\n---\n"
            "ใบอนุญาตขับรถยนต์ส่วนบุคคลชั่วคราว\nPrivate Car Temporary Driving Licence\nฉบับที่ ", _digits(r, 8),
            f"\nวันอนุญาต {r.randint(1, 28)} มกราคม 2567\nวันสิ้นอายุ {r.randint(1, 28)} มกราคม 2569\n"
            "ชื่อ ", "นางสาว " if female else "นาย ", P(f"{tf} {tl}"), "\nName ", "Miss " if female else "Mr. ", P(f"{ef} {el}"),
            "\nเกิดวันที่ ", DB(f"{d} {TH_MONTHS[m - 1]} {y + 543}"),
            "\nDate of Birth ", DB(f"{d} {EN_MONTH[m - 1]} {y}"), "\nเลขประจำตัวประชาชน ", NID(nid(r, "space"))]


# ================================================================================================
# Other SME paste-ins
# ================================================================================================
@T("sme_misc")
def sme_staff_contact_sheet(r: random.Random) -> list:
    rows = []
    for role in r.sample(["ผู้จัดการสาขา", "พยาบาล", "ผู้ช่วยทันตแพทย์", "แอดมินเพจ", "แคชเชียร์"], 3):
        nk = nick(r)
        rows += [role, "\t", P(th_name(r)), "\t", P(nk), "\t", PH(mobile(r, "dash")), "\t", LID(line_id(r, NICK_ROMAN[nk])), "\t",
                 EM(email(r, NICK_ROMAN[nk] + _digits(r, 2))), "\n"]
    return ["ช่วยทำตารางเวรเดือนหน้า 3 กะ จากรายชื่อนี้ (ก๊อปมาจาก Excel)\nตำแหน่ง\tชื่อ-สกุล\tชื่อเล่น\tเบอร์\tไลน์\tอีเมล\n", rows]


@T("sme_misc")
def sme_fingerprint_attendance(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        rows += [f"{_digits(r, 4)},", P(r.choice(ROMAN)), ",", BIO(fmr_b64(r, 40)), f",2025-04-0{r.randint(1, 9)} 07:5{r.randint(0, 9)}\n"]
    return ["เครื่องสแกนนิ้วของร้าน export ไฟล์มาแบบนี้ จะคำนวณชั่วโมงทำงานใน Excel ยังไง (คอลัมน์ template ไม่ต้องใช้ ลบได้ไหม)\n"
            "emp_no,name,finger_template,check_in\n", rows]


@T("sme_misc")
def sme_transfer_slip_ocr(r: random.Random) -> list:
    return ["OCR สลิปโอนเงินค่าคอร์สเทรนนิ่ง ช่วยดูว่ายอดตรงกับใบแจ้งหนี้ 4,500 ไหม และผู้โอนเป็นใคร\n---\n"
            "โอนเงินสำเร็จ\n", f"{r.randint(1, 28)} เม.ย. 68 {hhmm(r)} น.\n", title(r, False), " ", P(th_name(r, False)), "\n",
            r.choice(BANKS), f"\nxxx-x-x{_digits(r, 4)}-x\n", "↓\n", "น.ส. ", P(th_name(r, True)), "\nพร้อมเพย์\n", PH(mobile(r, "dash")),
            "\nจำนวน: 4,500.00 บาท\nเลขที่รายการ: ", f"{_digits(r, 6)}APP{_digits(r, 8)}"]


@T("sme_misc")
def sme_condo_arrears_notice(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [f"ห้อง {r.randint(2, 28)}/{r.randint(100, 399)}  ", P(th_name(r)), f"  ค้าง {r.randint(2, 9)} เดือน  "
                 f"{amount(r, 3000, 40000)} บาท  โทร ", PH(mobile(r)), "\n"]
    return ["นิติบุคคลอาคารชุดจะติดประกาศรายชื่อผู้ค้างค่าส่วนกลางที่ลิฟต์ ทำได้ไหมตาม PDPA? ถ้าไม่ได้ช่วยเขียนประกาศแบบไม่ระบุชื่อ\n", rows]


# ################################################################################################
# NEGATIVES: hard negatives per s.26 category (same domains and words, no person)
# ################################################################################################
@T("pet_clinic", hard="HEALTH_DATA")
def hn_pet_diabetes_case(r: random.Random) -> list:
    pet = r.choice(["โมจิ", "ข้าวปั้น", "ทองหยิบ", "เปาเปา"])
    return [f"เคสสัตว์ป่วยสำหรับประชุมสัตวแพทย์ ช่วยสรุปเป็นภาษาอังกฤษ\nผู้ป่วย: น้อง{pet} แมวเปอร์เซีย เพศผู้ทำหมัน อายุ {r.randint(7, 13)} ปี "
            f"น้ำหนัก {r.randint(4, 7)}.{r.randint(0, 9)} กก.\nHN สัตว์: P-2025-{_digits(r, 4)}\nอาการ: กินน้ำมาก ปัสสาวะบ่อย น้ำหนักลด\n"
            f"ผลเลือด: Glucose {r.randint(380, 520)} mg/dL, fructosamine สูง\nวินิจฉัย: เบาหวานในแมว ร่วมกับไตเรื้อรังระยะ 2 (IRIS)\n"
            "แผน: อินซูลิน glargine 1 unit วันละ 2 ครั้ง อาหารโปรตีนสูงคาร์บต่ำ นัด curve 7 วัน"]


@T("clinic_line_oa", hard="HEALTH_DATA")
def hn_oa_dengue_broadcast(r: random.Random) -> list:
    return ["ช่วยย่อข้อความบรอดแคสต์ LINE OA คลินิกนี้ให้ไม่เกิน 300 ตัวอักษร ใส่อีโมจิได้\n\n"
            f"📢 ช่วงหน้าฝนนี้ ผู้ป่วยไข้เลือดออกในจังหวัดเพิ่มขึ้น {r.randint(20, 60)}% เทียบกับปีที่แล้ว (ข้อมูลกรมควบคุมโรค) "
            "อาการที่ต้องรีบพบแพทย์: ไข้สูงลอย 2-7 วัน ปวดท้อง อาเจียน มีจุดเลือดออก ห้ามทานยากลุ่ม NSAIDs เช่น ไอบูโพรเฟน "
            f"คลินิกเปิดตรวจ NS1 ได้ทุกวัน {r.choice(['08:00-20:00', '09:00-21:00'])} ค่าตรวจ {r.choice([350, 450, 490])} บาท "
            "จองคิวผ่านเมนู 'นัดหมาย' ในไลน์ได้เลย"]


@T("dental", hard="HEALTH_DATA")
def hn_dental_gum_article(r: random.Random) -> list:
    return ["Rewrite this blog intro for our dental clinic website in friendlier English, keep it under 120 words:\n\n"
            "\"Periodontitis affects an estimated "
            f"{r.randint(30, 50)}% of Thai adults over 35. People with diabetes are about three times more likely to develop "
            "severe gum disease, and smokers heal more slowly after scaling and root planing. Early signs include bleeding "
            "when brushing, bad breath and loose teeth. A deep cleaning costs THB 1,500-3,000 per quadrant.\""]


@T("funeral_temple", hard="RELIGION")
def hn_funeral_auspicious_days(r: random.Random) -> list:
    return ["ลูกค้าถามว่าวันไหนห้ามเผาศพ ช่วยเขียนคำอธิบายสั้นๆ สำหรับพนักงานหน้าร้านจัดงานศพ\n\n"
            "ข้อมูลที่มี: ตามความเชื่อแบบไทยพุทธนิยมเลี่ยงการฌาปนกิจวันศุกร์ (พ้องกับคำว่าสุข) วันพระ และวันขึ้น 1 ค่ำ เดือนห้า "
            "ส่วนพิธีแบบจีนจะดูฤกษ์จากซินแสและปฏิทินจีน พิธีแบบอิสลามต้องฝังภายใน 24 ชั่วโมงไม่มีการเผา "
            f"ปีนี้วันพระใหญ่ได้แก่ มาฆบูชา {r.randint(10, 14)} ก.พ. และอาสาฬหบูชา {r.randint(8, 12)} ก.ค."]


@T("funeral_temple", hard="RELIGION")
def hn_temple_donation_totals(r: random.Random) -> list:
    a, b, c = r.randint(150, 400) * 1000, r.randint(40, 120) * 1000, r.randint(10, 60) * 1000
    return ["ช่วยทำสรุปยอดงานทอดกฐินสามัคคี ปี 2568 สำหรับประกาศหน้าวัดและเพจ (ไม่ต้องมีรายชื่อ)\n"
            f"ยอดรวมกองกฐิน {a:,} บาท\nผ้าป่าสมทบ {b:,} บาท\nเงินบริจาคสร้างศาลาการเปรียญ {c:,} บาท\n"
            f"ผู้ร่วมบุญผ่าน e-Donation {r.randint(80, 300)} ราย ใบอนุโมทนาบัตรเลขที่ KT68-{_digits(r, 4)} ถึง KT68-{_digits(r, 4)}\n"
            "พระสงฆ์ที่ร่วมพิธี 42 รูป"]


@T("fitness", hard="RELIGION")
def hn_ramadan_gym_hours(r: random.Random) -> list:
    return ["Translate this gym notice into Thai and Malay for our Hat Yai branch:\n\n"
            f"\"During Ramadan ({r.randint(1, 3)} Mar - {r.randint(29, 31)} Mar) the Hat Yai branch will open 06:00-14:00 and "
            "19:30-23:30 so members who are fasting can train after iftar. The prayer room on level 2 stays open. "
            "Group classes after 20:00 will be lighter intensity. Happy Ramadan to all our members!\""]


@T("wedding", hard="ETHNICITY")
def hn_tea_ceremony_guide(r: random.Random) -> list:
    return ["เขียนแนวทางพิธียกน้ำชาแบบไทยเชื้อสายจีนสำหรับคู่บ่าวสาว ใส่เป็นบทความบล็อกร้านเวดดิ้ง 5 หัวข้อ\n"
            "ข้อมูล: ชาวจีนแต้จิ๋วและแคะในไทยนิยมยกน้ำชาให้ญาติผู้ใหญ่ฝ่ายเจ้าบ่าวก่อน ใช้ชาจีนใส่พุทราจีนและลำไยแห้ง "
            f"สินสอดนิยมใช้เลขมงคล เช่น {r.choice(['99,999', '199,999', '888,888'])} บาท ซองแดงจากญาติมักเป็นเลขคู่"]


@T("funeral_temple", hard="ETHNICITY")
def hn_hmong_newyear_event(r: random.Random) -> list:
    return ["ช่วยเขียนโพสต์โปรโมตงาน สำหรับเพจอำเภอ\n\"งานปีใหม่ม้ง ประจำปี 2568 ณ ลานกีฬาบ้านเข็กน้อย "
            f"{r.randint(1, 10)}-{r.randint(11, 15)} ธ.ค. ชมการแข่งขันโยนลูกข่าง การละเล่นโยนลูกช่วง การประกวดชุดม้งขาว-ม้งเขียว "
            "ตลาดผ้าปักและอาหารชาติพันธุ์ ร่วมกับวัฒนธรรมอาข่าและลีซูจากอำเภอใกล้เคียง เข้าชมฟรี\""]


@T("accounting", hard="POLITICAL_OPINION")
def hn_political_donation_tax_rule(r: random.Random) -> list:
    return ["ช่วยอธิบายให้ลูกค้าสำนักงานบัญชีเข้าใจง่ายๆ ในรูป Q&A 3 ข้อ\n"
            "กฎ: การบริจาคให้พรรคการเมืองตามพระราชกฤษฎีกา หักลดหย่อนได้ตามจ่ายจริงไม่เกิน 10,000 บาท ต้องบริจาคผ่านระบบ "
            "e-Donation หรือแจ้งความประสงค์ผ่าน ภ.ง.ด.90/91 ปีละไม่เกิน 500 บาทให้พรรคที่เลือก ซึ่งไม่ถือเป็นค่าลดหย่อน "
            f"ปีภาษี {r.choice([2566, 2567, 2568])} มีพรรคที่ได้รับเงินภาษีอุดหนุนมากที่สุด 3 อันดับตามที่ กกต. ประกาศ"]


@T("sme_misc", hard="POLITICAL_OPINION")
def hn_pm_news_summary(r: random.Random) -> list:
    return ["สรุปข่าวนี้ 3 บรรทัดสำหรับกลุ่มไลน์สมาคม SME\n\n"
            "นายกรัฐมนตรีแถลงมาตรการพักหนี้เอสเอ็มอี 3 ปี พร้อมลดดอกเบี้ยสินเชื่อซอฟต์โลน ขณะที่พรรคฝ่ายค้านวิจารณ์ว่ามาตรการไม่ถึงร้านค้ารายย่อย "
            "นายอนุทิน ชาญวีรกูล ให้สัมภาษณ์ว่าจะเร่งเบิกจ่ายงบ ส่วนนายณัฐพงษ์ เรืองปัญญาวุฒิ หัวหน้าพรรคประชาชน "
            f"เสนอให้ตั้งกรรมาธิการติดตาม ดัชนีความเชื่อมั่นผู้ประกอบการเดือนนี้อยู่ที่ {r.randint(40, 55)}.{r.randint(0, 9)}"]


@T("wedding", hard="POLITICAL_OPINION")
def hn_election_day_venue_notice(r: random.Random) -> list:
    return ["Write a short notice to couples who booked our venue on election day.\nFacts: general/local election day is "
            f"{r.randint(1, 28)} {r.choice(EN_MON)}; alcohol sales are banned from 18:00 the day before until midnight on the day; "
            "polling stations close at 17:00; we will provide a mocktail package free of charge. Avoid any political opinion in the text."]


@T("pawn_shop", hard="CRIMINAL_RECORD")
def hn_pawnshop_act_rules(r: random.Random) -> list:
    return ["สรุปข้อกฎหมายที่โรงรับจำนำต้องรู้ให้พนักงานใหม่ (bullet 6 ข้อ)\n"
            "- พ.ร.บ.โรงรับจำนำ พ.ศ. 2505 กำหนดอัตราดอกเบี้ยสูงสุด 2% ต่อเดือนสำหรับเงินต้นไม่เกิน 2,000 บาท และ 1.25% ส่วนที่เกิน\n"
            "- ต้องจดรายการทรัพย์และรูปพรรณในบัญชีทรัพย์รับจำนำ\n- หากพบว่าทรัพย์เป็นของที่ได้มาจากการกระทำผิด เช่น ลักทรัพย์ รับของโจร "
            "ต้องแจ้งพนักงานสอบสวนทันที\n- ทรัพย์หลุดจำนำเมื่อครบ 4 เดือน 30 วัน\n"
            f"- ปีที่แล้วตำรวจท้องที่อายัดทรัพย์จากโรงรับจำนำทั่วประเทศ {r.randint(1200, 4000):,} รายการ"]


@T("sme_misc", hard="CRIMINAL_RECORD")
def hn_crime_stats(r: random.Random) -> list:
    a, b, c = r.randint(300, 900), r.randint(100, 400), r.randint(50, 200)
    return ["Make a bar-chart spec (Vega-Lite JSON) from these provincial police statistics for a security-company pitch deck:\n"
            f"theft cases 2024: {a}\nmotorcycle theft: {b}\nfraud (online): {c}\narrest rate: {r.randint(40, 70)}%\n"
            "Source: provincial police region 2 annual report. No individual cases, just the totals."]


@T("debt_collection", hard="CRIMINAL_RECORD")
def hn_debt_collection_act(r: random.Random) -> list:
    return ["ทำสไลด์อบรมพนักงานทวงหนี้ 5 หน้า จากเนื้อหานี้\nพ.ร.บ.การทวงถามหนี้ พ.ศ. 2558: ติดต่อลูกหนี้ได้วันจันทร์-ศุกร์ 08:00-20:00 น. "
            "วันหยุดราชการ 08:00-18:00 น. ห้ามข่มขู่ ใช้ความรุนแรง หรือใช้ถ้อยคำดูหมิ่น ห้ามแจ้งเรื่องหนี้ให้บุคคลอื่นที่ไม่ใช่ผู้ค้ำ "
            f"ฝ่าฝืนบางมาตรามีโทษจำคุกไม่เกิน {r.choice([1, 5])} ปี หรือปรับไม่เกิน 100,000-500,000 บาท ร้องเรียนได้ที่สายด่วน 1599"]


@T("wedding", hard="SEXUAL_BEHAVIOUR")
def hn_marriage_equality_explainer(r: random.Random) -> list:
    return ["เขียนโพสต์ให้เพจรับจัดงานแต่ง อธิบายกฎหมายสมรสเท่าเทียมแบบสั้นๆ\nข้อมูล: มีผลบังคับใช้ 23 ม.ค. 2568 คู่สมรสทุกเพศจดทะเบียนได้ "
            "อายุขั้นต่ำ 18 ปี ใช้คำว่า 'คู่สมรส' แทน 'สามีภริยา' มีสิทธิรับมรดก รับบุตรบุญธรรม และลดหย่อนภาษีคู่สมรส "
            f"วันแรกมีคู่รักเพศเดียวกันจดทะเบียนทั่วประเทศกว่า {r.randint(1500, 2000):,} คู่ เรารับจัดงานทุกรูปแบบ 🏳️‍🌈"]


@T("clinic_line_oa", hard="SEXUAL_BEHAVIOUR")
def hn_prep_service_promo(r: random.Random) -> list:
    return ["Shorten this LINE OA rich message for our sexual-health clinic:\n\"PrEP is for anyone who may be exposed to HIV, "
            "including men who have sex with men, people with multiple partners and couples where one partner is HIV-positive. "
            "Take one pill daily; PEP must start within 72 hours after a condom breaks. Free under the universal coverage scheme "
            f"at {r.randint(8, 14)} partner clinics. Anonymous testing, results in 30 minutes.\""]


@T("accounting", hard="DISABILITY")
def hn_disability_deduction_rules(r: random.Random) -> list:
    return ["ทำตารางสรุปค่าลดหย่อนภาษีปี 2567 ที่เกี่ยวกับคนพิการ สำหรับทีมบัญชี\n"
            "- ค่าอุปการะเลี้ยงดูคนพิการหรือคนทุพพลภาพ 60,000 บาทต่อคน ต้องมีบัตรประจำตัวคนพิการ และผู้พิการมีเงินได้ไม่เกิน 30,000 บาท\n"
            "- ผู้มีเงินได้ที่เป็นคนพิการอายุไม่เกิน 65 ปี ได้รับยกเว้นเงินได้ 190,000 บาท\n"
            f"- นายจ้างที่จ้างคนพิการหักรายจ่ายได้ 2 เท่า\nแบบฟอร์มที่เกี่ยวข้อง: ล.ย.04, ล.ย.{r.choice(['01', '03'])}"]


@T("fitness", hard="DISABILITY")
def hn_accessible_gym_copy(r: random.Random) -> list:
    return ["ช่วยเขียนคำบรรยายสินค้าให้ขายใน Shopee\nสินค้า: เครื่องออกกำลังกายแขนสำหรับผู้ใช้วีลแชร์ รุ่น AX-", _digits(r, 3),
            f"\nSKU: FIT-WC-{_digits(r, 5)}\nคุณสมบัติ: ปรับระดับความสูงได้ 5 ระดับ เหมาะกับผู้พิการท่อนล่างหรือผู้ป่วยอัมพาตครึ่งซีก "
            f"ใช้ในศูนย์ฟื้นฟูและบ้าน รับน้ำหนัก 150 กก. ราคา {r.randint(12, 29)},900 บาท ผ่อน 0% 10 เดือน"]


@T("recruitment", hard="DISABILITY")
def hn_disability_quota_law(r: random.Random) -> list:
    return ["Explain to a foreign client in plain English how Thailand's disability employment quota works:\n"
            "Section 33: employers must hire 1 person with disabilities per 100 employees. Section 34: otherwise pay into the "
            f"Empowerment of Persons with Disabilities Fund (about THB {r.choice(['114,245', '120,450', '131,400'])} per unfilled "
            "position per year). Section 35: alternatively grant concessions such as a shop space or job training. "
            "Reporting deadline: 31 January."]


@T("legal", hard="TRADE_UNION")
def hn_union_registration_law(r: random.Random) -> list:
    return ["ลูกค้านายจ้างถามว่าพนักงานตั้งสหภาพได้ไหม ช่วยสรุปกฎหมายแรงงานสัมพันธ์ให้สั้นและเป็นกลาง\n"
            "ข้อมูล: พ.ร.บ.แรงงานสัมพันธ์ พ.ศ. 2518 ลูกจ้างสัญชาติไทย 10 คนขึ้นไปยื่นจดทะเบียนสหภาพแรงงานได้ "
            "นายจ้างห้ามเลิกจ้างหรือกลั่นแกล้งเพราะลูกจ้างเป็นสมาชิกหรือยื่นข้อเรียกร้อง (ม.121) ค่าบำรุงสหภาพหักผ่านเงินเดือนได้เมื่อสมาชิกยินยอม "
            f"ปัจจุบันมีสหภาพแรงงานจดทะเบียนทั่วประเทศประมาณ {r.randint(1400, 1700):,} แห่ง"]


@T("sme_misc", hard="TRADE_UNION")
def hn_union_strike_news(r: random.Random) -> list:
    return ["Summarise for our logistics customers whether deliveries will be affected:\n\"The state railway workers' union "
            f"said it will hold a work-to-rule protest from {r.randint(1, 10)} to {r.randint(11, 20)} June over the pension "
            "fund. Freight trains on the northern line may run up to 3 hours late. Port operators' unions are not joining. "
            "The Labour Ministry has called both sides to mediation.\""]


@T("pet_clinic", hard="GENETIC_DATA")
def hn_dog_dna_breed_test(r: random.Random) -> list:
    dog = r.choice(["บราวนี่", "ซาลาเปา", "ลัคกี้", "ถั่วแดง"])
    return [f"ผลตรวจ DNA ของน้อง{dog} (สุนัขพันธุ์ผสม) ออกแล้ว ช่วยอธิบายเป็นภาษาง่ายๆ ให้แปะบอร์ดคลินิก\n"
            f"Breed: Thai Bangkaew 46%, Pomeranian 31%, Shih Tzu 23%\nMDR1 (ABCB1): เป็นพาหะ 1 copy -> ระวังยา Ivermectin ขนาดสูง\n"
            f"DM (SOD1): ปกติ\nPRA-prcd: ปกติ\nSample ID: DOG-{_digits(r, 8)}"]


@T("wedding", hard="GENETIC_DATA")
def hn_thalassemia_article(r: random.Random) -> list:
    return ["ช่วยเขียนอินโฟกราฟิก 5 ข้อ สำหรับแพ็กเกจตรวจสุขภาพก่อนแต่ง\n"
            f"ข้อมูล: คนไทยเป็นพาหะธาลัสซีเมียประมาณ {r.randint(30, 40)}% ถ้าพ่อแม่เป็นพาหะชนิดเดียวกันทั้งคู่ ลูกมีโอกาสเป็นโรค 1 ใน 4 "
            "การตรวจ Hb typing และ DNA analysis ทำได้ที่โรงพยาบาลรัฐ สิทธิบัตรทองครอบคลุมคู่สมรสที่ตั้งครรภ์ "
            "แพ็กเกจของคลินิกราคา 2,900 บาท ตรวจทั้งคู่ 5,500 บาท"]


@T("beauty_clinic", hard="GENETIC_DATA")
def hn_dna_skincare_copy(r: random.Random) -> list:
    return ["Write three Instagram captions for our DNA skin test kit.\nProduct: GeneGlow DNA Skin Test, SKU GG-"
            f"{_digits(r, 6)}, THB {r.choice(['4,990', '5,900', '7,500'])}. Analyses 24 genes linked to collagen breakdown "
            "(MMP1, COL1A1), UV sensitivity (MC1R) and antioxidant capacity (SOD2). Saliva kit, results in 14 days via app. "
            "Lab certified ISO 15189."]


@T("sme_misc", hard="BIOMETRIC_DATA")
def hn_fingerprint_scanner_spec(r: random.Random) -> list:
    return ["เปรียบเทียบสเปกเครื่องสแกนลายนิ้วมือ 2 รุ่นนี้ให้ร้านเล็กๆ ที่มีพนักงาน 15 คน\n"
            f"รุ่น A: ZK-{_digits(r, 4)} จุลายนิ้วมือ 3,000 แม่แบบ ใบหน้า 500 เก็บ log 100,000 รายการ ราคา 4,590\n"
            f"รุ่น B: HIK-DS-K1T{_digits(r, 3)} สแกนใบหน้า+บัตร ไม่มีลายนิ้วมือ FAR 0.001% ราคา 6,900\n"
            "ทั้งสองรุ่นส่งออกไฟล์ .xls ได้ ต่อ Wi-Fi ได้"]


@T("fitness", hard="BIOMETRIC_DATA")
def hn_face_scan_gym_faq(r: random.Random) -> list:
    return ["ช่วยเขียน FAQ 4 ข้อ เรื่องระบบสแกนใบหน้าเข้ายิม ให้สอดคล้อง PDPA\n"
            "ข้อมูล: ระบบเก็บเฉพาะค่าลักษณะใบหน้า (face template) ไม่เก็บรูปถ่าย เข้ารหัส AES-256 เก็บบนเซิร์ฟเวอร์ในประเทศไทย "
            f"ลบภายใน {r.choice([30, 60, 90])} วันหลังยกเลิกสมาชิก สมาชิกเลือกใช้บัตร RFID แทนได้ ต้องขอความยินยอมโดยชัดแจ้งตามมาตรา 26"]


# ################################################################################################
# NEGATIVES: epoch-ms timestamps that pass the Thai ID checksum
# ################################################################################################
@T("clinic_line_oa", neg=True)
def neg_epoch_line_insight_api(r: random.Random) -> list:
    return ["อธิบายผลลัพธ์ API สถิติบรอดแคสต์ของ LINE OA นี้ แล้วคำนวณ open rate ให้หน่อย\n```json\n"
            f"{{\"overview\":{{\"requestId\":\"{hexs(r, 8)}-{hexs(r, 4)}\",\"timestamp\":", (sent := epoch_ms(r)),
            f",\"delivered\":{r.randint(2000, 9000)},\"uniqueImpression\":{r.randint(500, 1900)},\"uniqueClick\":{r.randint(50, 400)}}},"
            "\"messages\":[{\"seq\":1,\"impression\":", str(r.randint(400, 1800)), ",\"mediaPlayed\":null}],\"clicks\":[{\"seq\":1,"
            "\"url\":\"https://example.com/promo\",\"click\":", str(r.randint(20, 300)), ",\"lastClickedAt\":", epoch_ms(r, sent),
            "}]}\n```"]


@T("fitness", neg=True)
def neg_epoch_treadmill_telemetry(r: random.Random) -> list:
    rows = []
    t = epoch_ms(r)
    for _ in range(3):
        t = epoch_ms(r, t)
        rows.append(f"TM-{r.randint(1, 24):02d},{t},{r.randint(38, 71)}.{r.randint(0, 9)},{r.randint(0, 3)},OK\n")
    return ["ลู่วิ่งในยิมส่ง telemetry มาแบบนี้ เครื่องไหนมอเตอร์ร้อนผิดปกติ (เกิน 65°C)\n"
            "machine_id,ts_ms,motor_temp_c,error_count,status\n", "".join(rows)]


@T("sme_misc", neg=True)
def neg_epoch_pos_receipt_log(r: random.Random) -> list:
    lines = []
    t = epoch_ms(r)
    for _ in range(3):
        t = epoch_ms(r, t)
        lines.append(f"{{\"receipt_no\":\"R{r.randint(68, 69)}-{_digits(r, 6)}\",\"branch\":\"BKK0{r.randint(1, 9)}\","
                     f"\"created_at\":{t},\"total\":{r.randint(100, 9000)}.{r.randint(0, 99):02d},\"vat\":7}}\n")
    return ["POS ของร้านส่ง log ใบเสร็จมาแบบนี้ ช่วยเขียน pandas แปลง created_at เป็นเวลาไทยและรวมยอดต่อสาขา\n", "".join(lines)]


@T("accounting", neg=True)
def neg_epoch_efiling_batch_status(r: random.Random) -> list:
    sub = epoch_ms(r)
    return ["ระบบส่งไฟล์ ภ.ง.ด.1 แบบ batch ตอบกลับแบบนี้ แปลว่ายื่นสำเร็จหรือยัง\n```\n"
            f"batchId: B{_digits(r, 10)}\nformType: PND1\ntaxMonth: 2568-0{r.randint(1, 9)}\nsubmittedAt: ", sub,
            "\nacknowledgedAt: ", epoch_ms(r, sub), f"\nrecords: {r.randint(5, 80)}\nstatus: ACCEPTED_WITH_WARNINGS\n"
            "warnings: [\"W013 อัตราภาษีไม่ตรงกับฐานเงินได้ แถว 4\"]\n```"]


@T("pawn_shop", neg=True)
def neg_epoch_cctv_export(r: random.Random) -> list:
    start = epoch_ms(r)
    return ["NVR ของร้านรับจำนำ export event มาแบบนี้ ช่วยเขียนสคริปต์กรองเฉพาะ motion ช่วงปิดร้าน (20:00-08:00)\n```\n"
            f"cam=CH0{r.randint(1, 8)} event=MOTION start_ms=", start, " end_ms=", epoch_ms(r, start), "\n"
            f"cam=CH0{r.randint(1, 8)} event=VIDEO_LOSS start_ms=", epoch_ms(r, start), " end_ms=null\n"
            f"cam=CH0{r.randint(1, 8)} event=DISK_FULL hdd=2 used=99%\n```"]


# ################################################################################################
# NEGATIVES: same domains, no personal data
# ################################################################################################
@T("accounting", neg=True)
def neg_pnd_form_guide(r: random.Random) -> list:
    return ["ทำ cheat sheet แบบฟอร์มภาษีหัก ณ ที่จ่ายให้ลูกค้า SME\n"
            "ภ.ง.ด.1 เงินเดือนพนักงาน ยื่นภายในวันที่ 7 (e-Filing 15) / ภ.ง.ด.3 จ่ายบุคคลธรรมดา ค่าจ้างทำของ 3% ค่าเช่า 5% ค่าโฆษณา 2% / "
            "ภ.ง.ด.53 จ่ายนิติบุคคล ค่าบริการ 3% ค่าขนส่ง 1% / ภ.ง.ด.54 จ่ายไปต่างประเทศ 15% / ภ.พ.30 VAT 7% / "
            f"ภ.ง.ด.1ก สรุปทั้งปี ยื่นภายนในเดือน ก.พ. ค่าปรับยื่นล่าช้า {r.choice([100, 200])}-{r.choice([200, 400])} บาท"]


@T("accounting", neg=True)
def neg_sso_rate_table(r: random.Random) -> list:
    return ["ทำตาราง Excel คำนวณเงินสมทบประกันสังคม ม.33 ให้หน่อย ใส่สูตรด้วย\n"
            "อัตรา: ลูกจ้าง 5% นายจ้าง 5% ฐานค่าจ้างต่ำสุด 1,650 สูงสุด 15,000 (ปี 2569 เพิ่มเป็น 17,500) เงินสมทบสูงสุด 750 บาท/เดือน\n"
            f"ตัวอย่างเงินเดือน: 9,000 / 12,500 / 15,000 / 23,000 / {r.randint(30, 60)},000\nส่งภายในวันที่ 15 ของเดือนถัดไป สายด่วน 1506"]


@T("car_loan", neg=True)
def neg_car_loan_rate_table(r: random.Random) -> list:
    return ["ช่วยทำตารางผ่อนรถให้ลูกค้าเปรียบเทียบ (ไม่ต้องใส่ชื่อใคร)\nราคารถ 659,000 ดาวน์ 15% / 20% / 25%\n"
            f"ดอกเบี้ยคงที่ {r.choice(['1.99', '2.29', '2.49'])}% ต่อปี ระยะ 48 / 60 / 72 / 84 งวด\n"
            "ค่าจดทะเบียน 3,500 ประกันชั้น 1 ปีแรกแถม รีไฟแนนซ์รถมือสองดอกเบี้ยเริ่ม 3.99%"]


@T("real_estate", neg=True)
def neg_condo_listing_copy(r: random.Random) -> list:
    return ["Write a bilingual listing (TH/EN) for this unit, 80 words each:\n"
            f"Condo near BTS On Nut, {r.randint(28, 45)} sq.m, 1 bed, floor {r.randint(8, 30)}, city view, fully furnished, "
            f"rent THB {r.choice(['12,000', '14,500', '16,000'])}/month, 2-month deposit, pets not allowed, "
            f"listing code ON-{_digits(r, 5)}. Pool, gym, co-working space, 24-hour security."]


@T("recruitment", neg=True)
def neg_job_ad_role_mailbox(r: random.Random) -> list:
    return ["ปรับประกาศรับสมัครงานนี้ให้น่าสนใจขึ้น ใช้ภาษาไม่เลือกปฏิบัติ (ไม่ระบุเพศ อายุ ศาสนา)\n"
            f"ตำแหน่ง: ผู้ช่วยทันตแพทย์ 2 อัตรา เงินเดือน {r.randint(13, 16)},000-18,000 + ค่าคอม\n"
            "คุณสมบัติ: วุฒิ ปวส. ขึ้นไป มีใจบริการ ทำงานวันเสาร์ได้\nสวัสดิการ: ประกันสังคม ทำฟันฟรี ชุดยูนิฟอร์ม\n"
            "ส่งเรซูเม่ที่ hr@smiledentalclinic.co.th หรือ recruit@smiledentalclinic.co.th"]


@T("pawn_shop", neg=True)
def neg_pawn_interest_table(r: random.Random) -> list:
    return ["ช่วยเขียนสูตร Excel คำนวณดอกเบี้ยรับจำนำตามตารางนี้\n"
            "เงินต้น 1-2,000 บาท: 2% ต่อเดือน\nเงินต้น 2,001-100,000: 1.25% ต่อเดือน\n"
            f"ทองรูปพรรณ 96.5% รับจำนำ {r.randint(80, 90)}% ของราคารับซื้อ (วันนี้บาทละ {r.randint(40, 48)},{r.randint(100, 900)})\n"
            "ตั๋วเลขที่รูปแบบ 68/000001 ครบกำหนด 4 เดือน"]


@T("funeral_temple", neg=True)
def neg_funeral_package_prices(r: random.Random) -> list:
    return ["จัดแพ็กเกจงานศพ 3 ระดับให้ดูเป็นมืออาชีพ ใส่ในโบรชัวร์\n"
            f"แพ็กเกจ A: โลงลายไทย ดอกไม้หน้าศพ สวด 3 คืน {r.randint(25, 35)},000 บาท\n"
            f"แพ็กเกจ B: โลงสักขี ดอกไม้สด รถรับศพ สวด 5 คืน {r.randint(45, 65)},000 บาท\n"
            f"แพ็กเกจ C: โลงจำปา พวงหรีด 10 พวง อาหารว่าง 7 คืน ของชำร่วย 300 ชิ้น {r.randint(90, 150)},000 บาท\n"
            "รหัสสินค้า FN-A01, FN-B02, FN-C03 จองล่วงหน้าลด 10%"]


@T("wedding", neg=True)
def neg_wedding_fair_schedule(r: random.Random) -> list:
    d = r.randint(5, 20)
    return ["ช่วยทำโพสต์ตารางงาน Wedding Fair ให้อ่านง่าย\n"
            f"{d}-{d + 2} พ.ค. 2568 ฮอลล์ 5 ไบเทค บางนา 10:00-20:00\n"
            "11:00 แฟชั่นโชว์ชุดไทยประยุกต์\n13:30 เวิร์กช็อปจัดดอกไม้ช่อเจ้าสาว\n15:00 ทอล์ก 'งบแต่งงาน 300,000 จัดยังไงให้คุ้ม'\n"
            "17:00 จับรางวัลแพ็กเกจฮันนีมูนมัลดีฟส์\nบัตรเข้างานฟรี ลงทะเบียนล่วงหน้ารับของที่ระลึก 500 ชิ้นแรก"]


@T("beauty_clinic", neg=True)
def neg_beauty_sku_price_list(r: random.Random) -> list:
    return ["แปลงรายการนี้เป็นตาราง markdown แล้วจัดกลุ่มตามประเภท\n"
            f"BTX-100U-KR โบท็อกซ์เกาหลี 100 ยูนิต {r.randint(3, 6)},900\nFLR-1ML-RST ฟิลเลอร์ 1 cc 8,900\n"
            f"LSR-PICO-10X พิโคเลเซอร์ 10 ครั้ง {r.randint(15, 25)},000\nHIFU-600L ไฮฟู 600 เส้น 6,500\n"
            f"VIT-IV-GLU ดริปวิตามินกลูต้า 1,590\nบาร์โค้ด {_digits(r, 13)} / {_digits(r, 13)}"]


@T("pet_clinic", neg=True)
def neg_pet_vaccine_schedule(r: random.Random) -> list:
    return ["ทำตารางวัคซีนลูกสุนัขและลูกแมวแบบอินโฟกราฟิก\nสุนัข: 6-8 สัปดาห์ DHPPi ครั้งที่ 1, 10-12 สัปดาห์ ครั้งที่ 2 + พิษสุนัขบ้า, "
            "14-16 สัปดาห์ ครั้งที่ 3, กระตุ้นทุกปี\nแมว: 8 สัปดาห์ FVRCP, 12 สัปดาห์ FVRCP + FeLV, 16 สัปดาห์ พิษสุนัขบ้า\n"
            f"ราคาเข็มละ {r.randint(350, 600)} บาท ถ่ายพยาธิ 150 บาท ตรวจเลือดก่อนทำหมัน 800 บาท"]


@T("fitness", neg=True)
def neg_sports_fixtures(r: random.Random) -> list:
    return ["ช่วยจัดตารางแข่งฟุตซอลลีกบริษัท 6 ทีม แบบพบกันหมด ไม่ให้ทีมไหนเตะติดกัน 2 นัด\n"
            "ทีม: บัญชีเอฟซี, IT United, ทีมคลังสินค้า, การตลาดสตาร์, HR Rangers, ทีมขนส่ง\nสนาม: สนามฟุตซอลรามอินทรา 2 สนาม\n"
            f"แข่งทุกวันพุธ 18:00-21:00 เริ่ม {r.randint(1, 15)} ก.ค. ค่าสมัครทีมละ 1,500 บาท"]


@T("accounting", neg=True)
def neg_receipt_reconcile(r: random.Random) -> list:
    nums = [f"INV{r.randint(2568, 2568)}{_digits(r, 5)}" for _ in range(3)]
    return ["กระทบยอดใบกำกับภาษีกับ statement ให้หน่อย เลขไหนไม่ตรง\nใบกำกับ: " + ", ".join(nums) + "\n"
            f"Statement: โอนเข้า {amount(r, 1000, 50000, True)} ref {_digits(r, 12)} / โอนเข้า {amount(r, 1000, 50000, True)} "
            f"ref {_digits(r, 12)} / ค่าธรรมเนียม 25.00\nยอดใบกำกับรวม {amount(r, 20000, 90000, True)} บาท"]


@T("legal", neg=True)
def neg_law_fee_schedule(r: random.Random) -> list:
    return ["Draft an English fee table for our Thai law office website:\n"
            f"- Initial consultation (45 min): THB {r.choice(['2,000', '2,500', '3,000'])}\n- Uncontested divorce (registered at district "
            "office): THB 15,000\n- Contested divorce in court: from THB 80,000\n- Labour court claim: 10% of award, min THB 30,000\n"
            "- Will drafting: THB 8,000\n- Bail application assistance: THB 20,000\nAll fees exclude 7% VAT and court fees."]


@T("funeral_temple", neg=True)
def neg_donation_campaign_summary(r: random.Random) -> list:
    goal = r.randint(2, 5) * 1_000_000
    return ["ช่วยเขียนรายงานความคืบหน้าโครงการระดมทุนสร้างเมรุใหม่ สำหรับประชุมกรรมการวัด\n"
            f"เป้าหมาย {goal:,} บาท ยอดปัจจุบัน {int(goal * r.uniform(0.4, 0.9)):,} บาท จากผู้บริจาค {r.randint(300, 900)} ราย\n"
            "ช่องทาง: ตู้บริจาค 42%, โอนผ่านบัญชีวัด 38%, e-Donation 20%\nคาดว่าจะเริ่มก่อสร้างหลังออกพรรษา"]


@T("recruitment", neg=True)
def neg_recruitment_market_stats(r: random.Random) -> list:
    return ["Turn these numbers into a one-paragraph market update for our recruitment agency newsletter:\n"
            f"Q2 vacancies posted: {r.randint(1200, 3000):,} (+{r.randint(3, 15)}% QoQ)\nMedian time-to-hire: {r.randint(18, 35)} days\n"
            "Most in-demand: accountants with TFRS for NPAEs, dental assistants, bilingual customer service\n"
            f"Average salary offered to new accounting grads: THB {r.randint(15, 19)},000"]


@T("sme_misc", neg=True)
def neg_excel_formula_help(r: random.Random) -> list:
    return ["ช่วยเขียนสูตร Excel: ชีตชื่อ 'ลูกค้า' มีคอลัมน์ A=ชื่อ-สกุล, B=เลขบัตรประชาชน, C=เบอร์โทร, D=วันเกิด, E=ยอดซื้อ "
            "อยากได้ (1) นับจำนวนลูกค้าที่ยอดซื้อเกิน 5,000 (2) ตรวจว่าเลขบัตรครบ 13 หลักไหม (3) คำนวณอายุจากวันเกิด พ.ศ. "
            f"(4) ไฮไลต์แถวที่เบอร์ซ้ำ ข้อมูลมีประมาณ {r.randint(500, 3000):,} แถว ใช้ Excel 365"]


@T("clinic_line_oa", neg=True)
def neg_line_oa_rich_menu_json(r: random.Random) -> list:
    return ["rich menu ของคลินิกกดแล้วไม่ไปหน้าจองคิว ช่วยดู JSON\n```json\n{\"size\":{\"width\":2500,\"height\":1686},\"selected\":true,"
            "\"name\":\"clinic-main\",\"chatBarText\":\"เมนู\",\"areas\":[{\"bounds\":{\"x\":0,\"y\":0,\"width\":833,\"height\":843},"
            "\"action\":{\"type\":\"uri\",\"uri\":\"https://liff.line.me/" + _digits(r, 10) + "-" + hexs(r, 8) + "\"}},"
            "{\"bounds\":{\"x\":833,\"y\":0,\"width\":833,\"height\":843},\"action\":{\"type\":\"message\",\"text\":\"ราคาโปรโมชั่น\"}}]}\n```"]


@T("fitness", neg=True)
def neg_footballer_news(r: random.Random) -> list:
    return ["สรุปข่าวกีฬานี้ให้ลงเพจสโมสรฟุตบอลเยาวชน 3 บรรทัด\n\"ชนาธิป สรงกระสินธ์ และศุภชัย ใจเด็ด ติดทีมชาติไทยชุดลุยศึกชิงแชมป์อาเซียน "
            f"โค้ชประกาศรายชื่อ {r.randint(23, 26)} คน เก็บตัวที่สนามกีฬาธรรมศาสตร์ รังสิต นัดแรกพบเวียดนาม {r.randint(8, 20)} ธ.ค. "
            "ตั๋วจำหน่ายผ่านแอปราคา 300-1,500 บาท\""]


@T("sme_misc", neg=True)
def neg_thai_numeral_invoice_template(r: random.Random) -> list:
    return ["ทำเทมเพลตใบแจ้งหนี้แบบเลขไทย (ใช้ในงานราชการ) ให้ใส่ตัวแปรแทนข้อมูลลูกค้า\n"
            "ใบแจ้งหนี้เลขที่ ", thd(f"{r.randint(1, 99):02d}/{2568}"), "\nเรียน {ชื่อลูกค้า}\nที่อยู่ {ที่อยู่ลูกค้า}\n"
            f"รายการ: ค่าบริการดูแลสวน เดือน{r.choice(TH_MONTHS)} จำนวน ", thd(f"{r.randint(3, 12)},{r.randint(100, 999)}"),
            " บาท\nภาษีมูลค่าเพิ่ม ๗%\nกำหนดชำระภายใน ๓๐ วัน"]


@T("pet_clinic", neg=True)
def neg_pet_microchip_record(r: random.Random) -> list:
    return ["ช่วยจัดรูปแบบข้อมูลสัตว์เลี้ยงนี้ลงระบบคลินิกใหม่ (ฟิลด์: species, breed, microchip, vaccines)\n"
            f"สายพันธุ์: แมวสก็อตติชโฟลด์ เพศเมีย เกิด ก.พ. 2566\nไมโครชิป: 764{_digits(r, 12)}\nHN สัตว์: VET-{_digits(r, 6)}\n"
            f"วัคซีน: FVRCP lot {hexs(r, 6).upper()} (12/03/2568), Rabies lot RB{_digits(r, 5)} (12/03/2568)\n"
            f"น้ำหนัก 3.{r.randint(1, 9)} กก. / ประวัติ: ข้อเข่าเสื่อมตามสายพันธุ์ ทานยา Meloxicam 0.05 มก./กก."]


@T("ocr_docs", neg=True)
def neg_blank_id_form_specimen(r: random.Random) -> list:
    return ["OCR จาก 'ตัวอย่างการกรอกเอกสาร' ที่ติดหน้าเคาน์เตอร์ ช่วยเขียนเป็นคำแนะนำทีละขั้นให้ลูกค้า\n---\n"
            "ตัวอย่าง SPECIMEN\nเลขประจําตัวประชาชน X XXXX XXXXX XX X\nชือ-ชื่อสกุล ............................\n"
            "เกิดวันที่ ...../...../.......  ศาสนา ..........\nทีอยู่ตามทะเบียนบ้าน เลขที่ ..... หมู่ที่ ..... ตำบล/แขวง ...............\n"
            f"เบอร์โทรศัพท์ 0XX-XXX-XXXX\nแบบฟอร์มเลขที่ F-{r.randint(100, 999)}/2568 (ฉบับปรับปรุง)"]


@T("clinic_line_oa", neg=True)
def neg_clinic_counter_chat(r: random.Random) -> list:
    tk = ticker(r, 9)
    return ["สรุปแชทกลุ่มหน้าร้านนี้ว่าต้องสั่งของอะไรเพิ่ม\n", line_header(r, "หน้าร้าน สาขา 2"),
            f"{tk()}\tเคาน์เตอร์ 1\tคิว A0{r.randint(10, 99)} เรียกแล้วไม่มา ข้ามไปก่อนนะ\n",
            f"{tk()}\tห้องยา\tAmoxicillin 500 เหลือ 2 กล่อง (SKU MED-{_digits(r, 5)})\n",
            f"{tk()}\tเคาน์เตอร์ 1\t{r.choice(STICKERS)}\n",
            f"{tk()}\tแอดมินเพจ\tโปรฯ ตรวจสุขภาพ 990 ขายได้ {r.randint(5, 40)} ใบแล้ววันนี้\n",
            f"{tk()}\tห้องยา\tสั่ง Paracetamol 500 เพิ่ม 20 กล่อง ใบสั่งซื้อ PO-{_digits(r, 6)}"]

# ################################################################################################
# Build, check, write
# ################################################################################################
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
        row["id"] = f"f26-{n:04d}"
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
            print(f"{args.out} is stale: rerun bench/make_freshset26.py", file=sys.stderr)
            return 1
        return 0
    if not args.stats:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
