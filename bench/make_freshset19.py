"""Nineteenth blind held-out set for pdpa-guard: bench/freshset19.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md and the interface of tests/test_freshsets.py only. Emphasis: HR, recruitment and payroll (CVs,
interview notes, payslips, performance reviews, disciplinary cases, resignation letters, background
checks), bank branch and call-centre operations, and e-commerce / marketplace customer service (order
disputes, returns, seller chats, LINE / Facebook Messenger chat exports with timestamps and display
names, emails with signatures and quoted replies, CSV and spreadsheet exports). Names come in every
shape: nicknames, English names of Thai people, Thai names romanised in more than one way, ALL CAPS,
surname-first lists, display names; about 30% of prompts are English-only.

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file (never Faker).

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, K.,
Mr, Dr ...); a display name such as "Ploy 🌷" labels the name part only; a name inside an e-mail
address is covered by the EMAIL_ADDRESS span and not labelled again; "SRISUK, Pimchanok" written
surname-first is one PERSON span, while separate first-name / last-name columns are two spans.
ADDRESS is one span from the house number to the postcode (or province); DATE_OF_BIRTH is the date
only; cued numbers (HN, student ID, account ...) are the number only; a plate includes the province
written right after it; s.26 spans are the shortest phrase disclosing the fact about the person, and
for BIOMETRIC_DATA the template / embedding value itself. Religion and race fields of Thai CVs
(ศาสนา / เชื้อชาติ) label their value. Role mailboxes (info@, hr@, support@ ...) are not personal data
and are left unlabelled; order, tracking, invoice and ticket numbers are not labelled; public figures
in news are not labelled. A PromptPay ID written as a phone number is a PHONE_NUMBER.

    python bench/make_freshset19.py            # (re)write bench/freshset19.jsonl
    python bench/make_freshset19.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset19.py --stats    # print coverage
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

OUT = Path(__file__).resolve().parent / "freshset19.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset19"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker). Thai given names and surnames carry several romanisations,
# because the same person is spelt differently by HR, the bank and the passport office.
# ----------------------------------------------------------------------------------------------
GIVEN_F = [
    ("ศิริพร", ["Siriporn", "Siriphon", "Siriporn"]), ("พิมพ์ชนก", ["Pimchanok", "Phimchanok"]),
    ("วราภรณ์", ["Waraporn", "Waraphon", "Varaporn"]), ("อรอนงค์", ["Onanong", "On-anong"]),
    ("สุภาวดี", ["Supawadee", "Suphawadi"]), ("นภัสวรรณ", ["Napatsawan", "Naphatsawan"]),
    ("ธิดารัตน์", ["Thidarat", "Tidarat"]), ("รุ่งนภา", ["Rungnapa", "Rungnapha"]),
    ("อัมพร", ["Amporn", "Amphon"]), ("ปราณี", ["Pranee", "Prani"]), ("จิราภา", ["Jirapa", "Chiraphar"]),
    ("กนกวรรณ", ["Kanokwan", "Kanokwun"]), ("ชนิดา", ["Chanida", "Chanidaa"]),
    ("พรทิพย์", ["Porntip", "Phonthip", "Pornthip"]), ("ณัฐธิดา", ["Nattida", "Natthida"]),
    ("สุดารัตน์", ["Sudarat", "Sudarut"]), ("เบญจวรรณ", ["Benjawan", "Bencharwan"]),
    ("ปิยะนุช", ["Piyanuch", "Piyanut"]), ("ขวัญใจ", ["Kwanjai", "Khwanchai"]),
    ("อารีรัตน์", ["Areerat", "Arirat"]), ("ลำดวน", ["Lamduan", "Lamduean"]),
    ("ทิพวรรณ", ["Tippawan", "Thippawan"]), ("มยุรี", ["Mayuree", "Mayuri"]),
]
GIVEN_M = [
    ("สมชาย", ["Somchai", "Somchay"]), ("ณัฐพล", ["Nattapon", "Natthaphon", "Nuttapol"]),
    ("กิตติศักดิ์", ["Kittisak", "Kittisakdi"]), ("ธนวัฒน์", ["Thanawat", "Tanawat"]),
    ("ชัยวัฒน์", ["Chaiwat", "Chaiwatt"]), ("ปิยะพงษ์", ["Piyapong", "Piyaphong"]),
    ("จักรพันธ์", ["Jakkapan", "Chakkraphan", "Jakkaphan"]), ("เกียรติศักดิ์", ["Kiattisak", "Kiatisak"]),
    ("ภูมิพัฒน์", ["Phumipat", "Poomipat"]), ("ศุภกร", ["Supakorn", "Suphakon"]),
    ("วีรยุทธ", ["Weerayut", "Wirayut", "Veerayuth"]), ("เอกราช", ["Ekkarat", "Eakkarach"]),
    ("อนุชา", ["Anucha", "Anuchar"]), ("ธีรวัฒน์", ["Teerawat", "Thirawat"]),
    ("สุรเชษฐ์", ["Surachet", "Surachate"]), ("ประเสริฐ", ["Prasert", "Prasoet"]),
    ("วุฒิชัย", ["Wuttichai", "Wutthichai", "Vuttichai"]), ("พงศกร", ["Pongsakorn", "Phongsakon"]),
    ("บุญมี", ["Boonmee", "Bunmi"]), ("ไพโรจน์", ["Pairoj", "Phairot"]),
    ("อภิสิทธิ์", ["Apisit", "Aphisit"]), ("ธนากร", ["Tanakorn", "Thanakon"]),
]
SURNAMES = [
    ("ใจดี", ["Jaidee", "Chaidee"]), ("ศรีสุข", ["Srisuk", "Sisuk"]), ("วงศ์สวัสดิ์", ["Wongsawat", "Vongsavat"]),
    ("แสงทอง", ["Saengthong", "Sangtong"]), ("บุญประเสริฐ", ["Boonprasert", "Bunprasoet"]),
    ("ทองคำ", ["Thongkham", "Tongkam"]), ("สุวรรณรัตน์", ["Suwannarat", "Suwanrat"]),
    ("เพชรรัตน์", ["Petcharat", "Phetcharat"]), ("กิตติวงศ์", ["Kittiwong", "Kittivong"]),
    ("จันทร์หอม", ["Chanhom", "Junhom"]), ("พึ่งบุญ", ["Phuengboon", "Pungboon"]),
    ("รัตนพันธ์", ["Rattanapan", "Rattanaphan"]), ("มณีวงศ์", ["Maneewong", "Maniwong"]),
    ("อินทรประเสริฐ", ["Intaraprasert", "Intharaprasoet"]), ("ชัยมงคล", ["Chaimongkol", "Chaimongkhon"]),
    ("นาคสุข", ["Naksuk", "Nakasuk"]), ("ปัญญาดี", ["Panyadee", "Panyadi"]),
    ("ธรรมรักษ์", ["Thammarak", "Tammarak"]), ("แก้วมณี", ["Kaewmanee", "Kaeomani"]),
    ("สายทอง", ["Saithong", "Saitong"]), ("ลิ้มเจริญ", ["Limcharoen", "Limjaroen"]),
    ("ตั้งตระกูล", ["Tangtrakul", "Tangtrakoon"]), ("โชติช่วง", ["Chotchuang", "Chotechuang"]),
    ("ศรีวงษ์", ["Sriwong", "Siwong"]), ("คงเจริญ", ["Khongcharoen", "Kongjaroen"]),
    ("บุญยืน", ["Boonyuen", "Bunyuen"]), ("อ่อนศรี", ["Onsri", "Aonsri"]),
    ("วิเศษสุวรรณ", ["Wisetsuwan", "Visetsuwan"]), ("พรหมมา", ["Promma", "Phromma"]),
    ("ยิ้มแย้ม", ["Yimyam", "Yimyaem"]), ("สมบูรณ์ชัย", ["Somboonchai", "Sombunchai"]),
]
NICKS = [
    ("ต้น", "Ton"), ("มายด์", "Mind"), ("แบงค์", "Bank"), ("ฝน", "Fon"), ("เบียร์", "Beer"), ("พลอย", "Ploy"),
    ("นุ่น", "Noon"), ("กอล์ฟ", "Golf"), ("แพร", "Prae"), ("บอส", "Boss"), ("เฟิร์น", "Fern"), ("โอ๊ต", "Oat"),
    ("ปุ้ย", "Pui"), ("หนิง", "Ning"), ("ก้อย", "Koy"), ("ตูน", "Toon"), ("ปาล์ม", "Palm"), ("น้ำ", "Nam"),
    ("แอน", "Ann"), ("กิ๊ฟ", "Gift"), ("ไอซ์", "Ice"), ("บีม", "Beam"), ("ออม", "Aom"), ("มิ้นท์", "Mint"),
    ("ป๊อป", "Pop"), ("นก", "Nok"), ("เอิร์ธ", "Earth"), ("จูน", "June"), ("ปอ", "Por"), ("นุ้ย", "Nui"),
]
# English first names many Thai employees use at work
ENG_NAMES_F = ["Jenny", "Bella", "Annie", "Grace", "Amy", "Kate", "Cherry", "Nicky", "Joy", "Vivian"]
ENG_NAMES_M = ["Kevin", "Tony", "Peter", "Vincent", "Jack", "Ben", "Alex", "Max", "Eddie", "Sunny"]
MYANMAR = ["Aung Ko Ko", "Thida Win", "Zaw Min Htet", "Khin Sandar", "Kyaw Zin Oo", "Nan Aye Mon", "Saw Hla Htoo"]
MYANMAR_TH = ["อ่อง โก โก", "ตีดา วิน", "ซอ มิน เท็ต", "ขิ่น ซันดา", "จ่อ ซิน อู"]
CAMBODIAN = ["Sokha Chea", "Dara Sok", "Sophea Heng", "Vannak Pich"]
LAO = ["Souksavanh Phommachanh", "Khamla Vongsavath", "Bounmy Sihalath"]
FOREIGN = ["David Miller", "Hiroshi Tanaka", "Rachel Tan", "Klaus Becker", "Sarah O'Connor", "Nguyen Van Hoa",
           "Li Na", "Priya Raman", "Marco Rossi", "Emma Lindqvist", "James Whitfield", "Kim Min-jun"]


@dataclass
class Person:
    th_first: str
    th_last: str
    en_first: str
    en_last: str
    en_first_alt: str
    en_last_alt: str
    nick_th: str
    nick_en: str
    eng: str
    female: bool

    @property
    def th(self) -> str:
        return f"{self.th_first} {self.th_last}"

    @property
    def en(self) -> str:
        return f"{self.en_first} {self.en_last}"

    @property
    def en_alt(self) -> str:
        return f"{self.en_first_alt} {self.en_last_alt}"

    @property
    def caps(self) -> str:
        return self.en.upper()

    @property
    def caps_surname_first(self) -> str:
        return f"{self.en_last.upper()}, {self.en_first}"

    @property
    def th_title(self) -> str:
        return "นางสาว" if self.female else "นาย"

    @property
    def th_title_short(self) -> str:
        return "น.ส." if self.female else "นาย"

    @property
    def en_title(self) -> str:
        return "Ms." if self.female else "Mr."

    @property
    def caps_title(self) -> str:
        return "MISS" if self.female else "MR."

    @property
    def self_th(self) -> str:  # first-person pronoun in chat
        return "ดิฉัน" if self.female else "ผม"

    @property
    def end_th(self) -> str:  # polite particle
        return "ค่ะ" if self.female else "ครับ"


def person(r: random.Random, female: bool | None = None) -> Person:
    if female is None:
        female = r.random() < 0.55
    given = r.choice(GIVEN_F if female else GIVEN_M)
    sur = r.choice(SURNAMES)
    g1 = given[1][0]
    g2 = r.choice(given[1][1:]) if len(given[1]) > 1 else g1
    s1 = sur[1][0]
    s2 = r.choice(sur[1][1:]) if len(sur[1]) > 1 else s1
    if r.random() < 0.3:  # the "other" spelling is the one on file
        g1, g2 = g2, g1
    nick = r.choice(NICKS)
    eng = r.choice(ENG_NAMES_F if female else ENG_NAMES_M)
    return Person(given[0], sur[0], g1, s1, g2, s2, nick[0], nick[1], eng, female)


def people(r: random.Random, n: int) -> list[Person]:
    out: list[Person] = []
    seen: set[str] = set()
    while len(out) < n:
        p = person(r)
        if p.th_first in seen or p.th_last in seen:
            continue
        seen.update((p.th_first, p.th_last))
        out.append(p)
    return out


# ----------------------------------------------------------------------------------------------
# Value generators
# ----------------------------------------------------------------------------------------------
def _pin12(r: random.Random, first: str | None = None) -> str:
    first = first or r.choice("1111111333358")
    return first + "".join(r.choice("0123456789") for _ in range(11))


def nid(r: random.Random, style: str | None = None, first: str | None = None) -> str:
    body = _pin12(r, first)
    d = body + pin.calc_check_digit(body)
    style = style or r.choice(["plain", "dash", "dash", "space"])
    if style == "plain":
        return d
    sep = "-" if style == "dash" else " "
    return sep.join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def juristic(r: random.Random, style: str | None = None) -> str:
    body = "0" + r.choice(["105", "105", "107", "135", "125", "505"]) + "".join(r.choice("0123456789") for _ in range(8))
    d = body + moa.calc_check_digit(body)
    style = style or r.choice(["plain", "plain", "dash"])
    return d if style == "plain" else moa.format(d)


def epoch_ms(r: random.Random, lo: int = 1_700_000_000_000, hi: int = 1_860_000_000_000) -> str:
    """A 13-digit epoch-millisecond timestamp that also happens to pass the Thai-ID checksum."""
    while True:
        body = str(r.randint(lo, hi))[:12]
        v = body + pin.calc_check_digit(body)
        if lo <= int(v) <= hi and pin.is_valid(v):
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
    raise AssertionError


def card(r: random.Random, brand: str | None = None, style: str | None = None) -> str:
    brand = brand or r.choice(["visa", "visa", "mc", "jcb"])
    prefix = {"visa": r.choice(["4","4"]) + r.choice(["532", "893", "101", "766"]),
              "mc": r.choice(["5", "5"]) + r.choice(["412", "289", "198"]), "jcb": "35" + r.choice(["48", "62", "89"])}[brand]
    body = prefix + "".join(r.choice("0123456789") for _ in range(15 - len(prefix)))
    d = _luhn_complete(body)
    style = style or r.choice(["space", "space", "plain", "dash"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def _valid_phone(v: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, "TH"))
    except phonenumbers.NumberParseException:
        return False


def mobile(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["dash", "dash", "plain", "space", "intl", "intl_plain"])
    while True:
        d = "0" + r.choice("689") + r.choice("0123456789") + "".join(r.choice("0123456789") for _ in range(7))
        if style == "dash":
            v = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        elif style == "plain":
            v = d
        elif style == "space":
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        elif style == "intl":
            v = f"+66 {d[1:3]} {d[3:6]} {d[6:]}"
        else:
            v = "+66" + d[1:]
        if _valid_phone(v):
            return v


def landline(r: random.Random) -> str:
    while True:
        if r.random() < 0.6:
            v = "02-" + r.choice("2345679") + "".join(r.choice("0123456789") for _ in range(2)) + "-" + \
                "".join(r.choice("0123456789") for _ in range(4))
        else:
            v = r.choice(["053", "043", "038", "074", "044", "076"]) + "-" + \
                "".join(r.choice("0123456789") for _ in range(6))
        if _valid_phone(v):
            return v


EMAIL_FREE = ["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.th"]


def email(r: random.Random, p: Person | None = None, domain: str | None = None, alt: bool = False) -> str:
    domain = domain or r.choice(EMAIL_FREE)
    if p is None:
        local = r.choice(["kaimuk", "nongbeam", "jubjib", "mookie", "pupae"]) + str(r.randint(10, 99))
    else:
        f = (p.en_first_alt if alt else p.en_first).lower().replace("-", "")
        s = (p.en_last_alt if alt else p.en_last).lower().replace("-", "")
        local = r.choice([f"{f}.{s[0]}", f"{f}.{s}", f"{f}_{s[:3]}", f"{p.nick_en.lower()}{r.randint(80, 99)}",
                          f"{f}{r.randint(1, 99)}", f"{s}.{f[0]}"])
    return f"{local}@{domain}"


def ipv4(r: random.Random) -> str:
    a = r.choice(["49.228", "58.8", "110.164", "171.96", "184.22", "203.150", "124.120", "223.24", "101.108",
                  "27.55", "1.46", "182.52", "113.53", "161.246"])
    return f"{a}.{r.randint(1, 254)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    return "2001:fb1:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(6))


def passport(r: random.Random, kind: str = "th") -> str:
    digits = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
    if kind == "th":
        return r.choice(["AA", "AB", "AC", "AE"]) + digits(7)
    if kind == "mm":
        return r.choice(["MA", "MC", "MH", "ME"]) + digits(6)
    if kind == "kh":
        return "N" + digits(7)
    if kind == "la":
        return "P" + digits(7)
    return r.choice(["C", "X", "E"]) + r.choice("ABCDEFGHJK") + digits(7)


BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา", "ทีทีบี", "ออมสิน", "ธ.ก.ส."]
BANKS_EN = ["KBank", "SCB", "Bangkok Bank", "Krungthai", "Krungsri", "ttb", "GSB", "BAAC"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    d = "".join(r.choice("0123456789") for _ in range(10))
    style = style or r.choice(["dash", "dash", "plain", "scb", "gsb"])
    if style == "plain":
        return d
    if style == "scb":
        return f"{d[:3]}-{d[3:9]}-{d[9]}"
    if style == "gsb":
        d12 = "02" + "".join(r.choice("0123456789") for _ in range(10))
        return f"{d12[:4]}-{d12[4:8]}-{d12[8:]}" if r.random() < 0.5 else d12
    return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"


PLATE_LETTERS = ["กข", "กท", "ขค", "งจ", "ฌฐ", "ธศ", "กก", "ภล", "วม", "ชบ", "สน", "บค", "ฆท", "ผอ", "ยย", "1กถ", "2ขษ",
                 "8กม", "7ฒพ", "3ฆศ"]
PROVINCES = ["กรุงเทพมหานคร", "เชียงใหม่", "ชลบุรี", "ขอนแก่น", "นนทบุรี", "ภูเก็ต", "สงขลา", "ปทุมธานี",
             "นครราชสีมา", "สมุทรปราการ", "ระยอง", "อุดรธานี"]


def plate(r: random.Random, province: bool = True) -> str:
    v = f"{r.choice(PLATE_LETTERS)} {r.randint(1, 9999)}"
    if r.random() < 0.2:
        v = v.replace(" ", "-", 1)
    return f"{v} {r.choice(PROVINCES)}" if province else v


ADDR_TH = [
    ("แขวงคลองจั่น เขตบางกะปิ กรุงเทพฯ 10240", ["ซอยลาดพร้าว 101", "ซ.นวมินทร์ 42", "ถนนเสรีไทย"]),
    ("แขวงลาดยาว เขตจตุจักร กรุงเทพมหานคร 10900", ["ซอยงามวงศ์วาน 23", "ถนนพหลโยธิน", "ซ.ประชาชื่น 12"]),
    ("แขวงบางนาใต้ เขตบางนา กรุงเทพฯ 10260", ["ซอยบางนา-ตราด 25", "ซ.สรรพาวุธ 5"]),
    ("แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400", ["ซอยอารีย์ 4", "ถ.พหลโยธิน"]),
    ("แขวงหนองบอน เขตประเวศ กรุงเทพฯ 10250", ["ซอยอุดมสุข 42", "ถนนศรีนครินทร์"]),
    ("แขวงบางแค เขตบางแค กรุงเทพมหานคร 10160", ["ถนนเพชรเกษม", "ซอยเพชรเกษม 63"]),
    ("ต.บางตลาด อ.ปากเกร็ด จ.นนทบุรี 11120", ["ถ.แจ้งวัฒนะ", "หมู่ 4 ซอยแจ้งวัฒนะ-ปากเกร็ด 19"]),
    ("ตำบลคลองหนึ่ง อำเภอคลองหลวง จังหวัดปทุมธานี 12120", ["หมู่ 7", "ม.1 ถนนพหลโยธิน"]),
    ("ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50200", ["ถ.ห้วยแก้ว", "ซอยนิมมานเหมินท์ 9"]),
    ("ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000", ["ถ.มิตรภาพ", "ถนนศรีจันทร์"]),
    ("ต.หนองปรือ อ.บางละมุง จ.ชลบุรี 20150", ["หมู่ 9", "ซ.เขาตาโล 11"]),
    ("ต.หาดใหญ่ อ.หาดใหญ่ จ.สงขลา 90110", ["ถ.เพชรเกษม", "ซอยนิพัทธ์สงเคราะห์ 3"]),
    ("ต.ท่าทราย อ.เมืองสมุทรสาคร จ.สมุทรสาคร 74000", ["หมู่ 2", "ถนนเอกชัย"]),
    ("ต.แม่สอด อ.แม่สอด จ.ตาก 63110", ["ถ.อินทรคีรี", "หมู่ 3"]),
    ("ต.ป่าตอง อ.กะทู้ จ.ภูเก็ต 83150", ["ถ.ราษฎร์อุทิศ 200 ปี", "ซอยนานาย 2"]),
]
ADDR_EN = [
    ("Khlong Chan, Bang Kapi, Bangkok 10240", ["Soi Lat Phrao 101", "Soi Nawamin 42"]),
    ("Lat Yao, Chatuchak, Bangkok 10900", ["Soi Ngamwongwan 23", "Phahonyothin Rd."]),
    ("Bang Na Tai, Bang Na, Bangkok 10260", ["Soi Bang Na-Trat 25", "Soi Sanphawut 5"]),
    ("Khlong Toei Nuea, Watthana, Bangkok 10110", ["Sukhumvit Soi 31", "Soi Asok"]),
    ("Bang Talat, Pak Kret, Nonthaburi 11120", ["Chaeng Watthana Rd.", "Moo 4"]),
    ("Su Thep, Mueang Chiang Mai, Chiang Mai 50200", ["Huay Kaew Rd.", "Nimmanhaemin Soi 9"]),
    ("Nong Prue, Bang Lamung, Chon Buri 20150", ["Moo 9", "Soi Khao Talo 11"]),
    ("Hat Yai, Hat Yai, Songkhla 90110", ["Phetkasem Rd.", "Niphat Songkhro 3 Rd."]),
    ("Pa Tong, Kathu, Phuket 83150", ["Rat-U-Thit 200 Pi Rd.", "Soi Nanai 2"]),
]


def house(r: random.Random) -> str:
    h = str(r.randint(1, 999))
    return h + (f"/{r.randint(1, 250)}" if r.random() < 0.55 else "")


def addr(r: random.Random, en: bool = False, condo: bool = False) -> str:
    area, streets = r.choice(ADDR_EN if en else ADDR_TH)
    street = r.choice(streets)
    if en:
        unit = f"{house(r)} " if not condo else f"{house(r)} {r.choice(['Lumpini Place', 'The Base', 'Ideo Mix'])} Fl. {r.randint(2, 30)}, "
        return f"{unit}{street}, {area}"
    if condo:
        return f"{house(r)} {r.choice(['ลุมพินี วิลล์', 'คอนโดเดอะคิทท์', 'ศุภาลัย ซิตี้'])} ชั้น {r.randint(2, 30)} {street} {area}"
    return f"{house(r)} {street} {area}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]


def dob(r: random.Random, style: str | None = None, lo: int = 1965, hi: int = 2004) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["th_slash", "th_short", "th_long", "iso", "en", "en_long"])
    if style == "th_slash":
        return f"{d:02d}/{m:02d}/{y + 543}"
    if style == "th_short":
        return f"{d} {TH_MON[m - 1]} {y + 543}"
    if style == "th_long":
        return f"{d} {TH_MONTHS[m - 1]} {y + 543}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "en":
        return f"{d:02d} {EN_MON[m - 1]} {y}"
    if style == "en_slash":
        return f"{d:02d}/{m:02d}/{y}"
    return f"{d} {EN_MONTH[m - 1]} {y}"


def student_id(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["ten", "ten", "letter", "dash"])
    y = r.choice(["64", "65", "66", "67"])
    if style == "ten":
        return y + "".join(r.choice("0123456789") for _ in range(8))
    if style == "letter":
        return r.choice("BMD") + y + "".join(r.choice("0123456789") for _ in range(5))
    return f"{y}-{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(0, 9)}"


def hn(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["dash", "plain", "slash"])
    if style == "dash":
        return f"{r.randint(60, 68)}-{r.randint(1, 99999):05d}"
    if style == "slash":
        return f"{r.randint(1000, 99999)}/{r.randint(60, 68)}"
    return f"{r.randint(1000000, 9999999)}"


def line_id(r: random.Random, p: Person | None = None) -> str:
    if p is None:
        return r.choice(["jubjib.shop", "mookky_2539", "kaimook88", "pp.noon"])
    return r.choice([f"{p.nick_en.lower()}.{p.en_first.lower()[:4]}", f"{p.nick_en.lower()}{r.randint(1, 99)}",
                     f"{p.en_first.lower()}_{p.en_last.lower()[:2]}", f"{p.nick_en.lower()}_{r.randint(2530, 2547)}"])


def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def order_no(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["shopee", "lazada", "web"])
    if kind == "shopee":
        return f"{r.randint(23, 25)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + "".join(
            r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    if kind == "lazada":
        return digits(r, 15)
    return f"SO-{r.randint(2024, 2026)}-{digits(r, 6)}"


def tracking(r: random.Random) -> str:
    return r.choice([f"TH{digits(r, 12)}{r.choice('ABCDEF')}", f"KEX{digits(r, 11)}", f"SPXTH{digits(r, 11)}",
                     f"EF{digits(r, 9)}TH", f"JNTTH{digits(r, 9)}"])


def amount(r: random.Random, lo: int = 100, hi: int = 90000) -> str:
    return f"{r.randint(lo, hi):,}.{r.choice(['00', '00', '50', '25'])}"


def ts(r: random.Random, day: int | None = None, year: int = 2025) -> str:
    return f"{year}-{r.randint(1, 12):02d}-{day or r.randint(1, 28):02d} {r.randint(8, 21):02d}:{r.randint(0, 59):02d}"


def hm(r: random.Random) -> str:
    return f"{r.randint(8, 22):02d}:{r.randint(0, 59):02d}"


def emp_id(r: random.Random) -> str:
    return r.choice(["EMP", "E", "TH", ""]) + digits(r, r.choice([5, 6]))


def fp_template(r: random.Random, n: int = 72) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "Rk1SACAyMAAA" + "".join(r.choice(alphabet) for _ in range(n)) + "=="


def face_vec(r: random.Random, n: int = 10) -> str:
    return "[" + ", ".join(f"{r.uniform(-0.3, 0.3):.4f}" for _ in range(n)) + "]"


def b64blob(r: random.Random, n: int = 56) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(r.choice(alphabet) for _ in range(n)) + "="


def pick(r: random.Random, *lists: list[str]) -> str:
    return r.choice([x for lst in lists for x in lst])


# ----------------------------------------------------------------------------------------------
# Validation of labelled values
# ----------------------------------------------------------------------------------------------
def _check_value(entity_type: str, span: str) -> bool:
    """True when a labelled span is a well-formed fabricated value of its type."""
    digits_ = re.sub(r"\D", "", span)
    if not span or span != span.strip():
        return False
    if entity_type == "TH_NATIONAL_ID":
        return bool(re.fullmatch(r"[\d -]+", span)) and pin.is_valid(digits_)
    if entity_type == "TH_JURISTIC_ID":
        return bool(re.fullmatch(r"[\d -]+", span)) and moa.is_valid(digits_)
    if entity_type == "CREDIT_CARD":
        return bool(re.fullmatch(r"[\d -]+", span)) and 13 <= len(digits_) <= 19 and _luhn_ok(digits_)
    if entity_type == "PHONE_NUMBER":
        return _valid_phone(span)
    if entity_type == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", span)) and \
            not re.match(r"(info|hr|support|recruit|careers|noreply|no-reply|cs|admin|payroll)@", span)
    if entity_type == "IP_ADDRESS":
        try:
            ipaddress.ip_address(span)
        except ValueError:
            return False
        return True
    if entity_type == "TH_PASSPORT":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d{6,8}", span))
    if entity_type == "TH_BANK_ACCOUNT":
        return bool(re.fullmatch(r"[\d -]+", span)) and len(digits_) in (10, 12)
    if entity_type == "TH_VEHICLE_PLATE":
        return bool(re.fullmatch(r"\d?[ก-ฮ]{1,2}[ -]?\d{1,4}( [ก-๙]+)?", span))
    if entity_type == "ADDRESS":
        return bool(re.match(r"\d", span)) and len(span) >= 12
    if entity_type == "DATE_OF_BIRTH":
        return bool(re.search(r"\d", span)) and len(span) <= 30
    if entity_type == "STUDENT_ID":
        return bool(re.fullmatch(r"[A-Z]?\d[\d-]{3,12}", span))
    if entity_type == "MEDICAL_RECORD_NUMBER":
        return bool(re.fullmatch(r"\d[\d/-]{4,11}", span)) and len(digits_) >= 5
    if entity_type == "LINE_ID":
        return bool(re.fullmatch(r"[a-z0-9._-]{3,20}", span))
    if entity_type == "PERSON":
        return not re.search(r"\d|@|^(นาย|นาง|น\.ส\.|คุณ|พี่|น้อง|K\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|MR\.?|MISS) ", span) \
            and not re.match(r"(นาย|นางสาว|น\.ส\.|คุณ|K\.)", span)
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


def _merge_names(parts: list) -> list:
    """A given name and a surname written side by side ("Eddie" " " "Petcharat") are one PERSON span."""
    out: list = []
    for p in parts:
        if (isinstance(p, tuple) and p[0] == "PERSON" and len(out) >= 2 and out[-1] == " "
                and isinstance(out[-2], tuple) and out[-2][0] == "PERSON"):
            out[-2:] = [("PERSON", f"{out[-2][1]} {p[1]}")]
        else:
            out.append(p)
    return out


def assemble(parts: list) -> tuple[str, list[dict]]:
    text = ""
    ents: list[dict] = []
    for p in _merge_names(_flatten(parts)):
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
HEALTH_TH = ["โรคซึมเศร้า", "ไมเกรนเรื้อรัง", "มะเร็งเต้านมระยะที่ 2", "เบาหวานชนิดที่ 2", "ความดันโลหิตสูง",
             "หมอนรองกระดูกทับเส้นประสาท", "ไวรัสตับอักเสบบี", "โรคไตเรื้อรังระยะที่ 3", "ไข้เลือดออก",
             "โรคแพนิค", "ไทรอยด์เป็นพิษ", "โรคลมชัก"]
HEALTH_EN = ["major depressive disorder", "chronic migraine", "stage II breast cancer", "type 2 diabetes",
             "a herniated disc", "hepatitis B", "chronic kidney disease", "dengue fever", "panic disorder",
             "hyperthyroidism", "generalised anxiety disorder", "epilepsy"]
RELIGION_TH = ["นับถือศาสนาอิสลาม", "เป็นมุสลิม", "นับถือศาสนาคริสต์", "เป็นคริสเตียน", "นับถือศาสนาซิกข์"]
RELIGION_VAL_TH = ["อิสลาม", "คริสต์", "พุทธ", "ซิกข์", "ฮินดู"]
RELIGION_EN = ["Muslim", "Christian", "Buddhist", "Catholic", "Hindu", "Sikh"]
ETH_TH = ["เชื้อสายกะเหรี่ยง", "ชาวม้ง", "ชาติพันธุ์ไทใหญ่", "เชื้อสายมลายู", "ชาวอาข่า", "ชาวลาหู่", "ชาวมอแกน",
          "ชาวลีซู"]
ETH_EN = ["ethnic Karen", "Hmong", "ethnic Shan", "Malay Muslim", "Akha", "Lahu", "Rohingya", "Moken"]
POL_TH = ["สนับสนุนพรรคประชาชน", "เป็นสมาชิกพรรคเพื่อไทย", "ไปร่วมชุมนุมกับกลุ่มราษฎร",
          "โพสต์สนับสนุนการแก้ไขมาตรา 112", "เป็นแกนนำกลุ่มเสื้อแดงในพื้นที่", "เป็นหัวคะแนนให้พรรครวมไทยสร้างชาติ",
          "เคยร่วมม็อบนกหวีด"]
POL_TH_SELF = ["สนับสนุนพรรคประชาชน", "เป็นสมาชิกพรรคเพื่อไทย", "ไปร่วมชุมนุมกับกลุ่มราษฎร",
               "เป็นแกนนำกลุ่มเสื้อแดงในพื้นที่", "เคยร่วมม็อบนกหวีด"]
POL_EN = ["a card-carrying member of the People's Party", "campaigned for the opposition in the 2023 election",
          "joined the pro-democracy protests", "supports abolishing the lese-majeste law",
          "is a Pheu Thai party member", "canvassed for the Bhumjaithai candidate"]
CRIM_TH = ["เคยต้องโทษจำคุกคดียาเสพติด", "มีประวัติถูกจับคดีลักทรัพย์", "เคยถูกดำเนินคดีฉ้อโกง",
           "ศาลพิพากษาจำคุก 1 ปี รอลงอาญา คดีทำร้ายร่างกาย", "เคยติดคุกคดีพนันออนไลน์", "ถูกจับข้อหาเมาแล้วขับ",
           "พ้นโทษคดียักยอกทรัพย์"]
CRIM_EN = ["convicted of embezzlement in 2020", "served 18 months for theft", "arrested for drug possession",
           "has a prior conviction for fraud", "was charged with assault in 2022", "convicted of drunk driving"]
SEX_TH = ["เป็นเกย์", "เป็นเลสเบี้ยน", "เป็นไบเซ็กชวล", "คบหากับแฟนผู้ชายมา 5 ปี", "มีความสัมพันธ์ทางเพศกับลูกน้อง",
          "เป็นทอม"]
SEX_EN = ["gay", "lesbian", "bisexual", "in a same-sex relationship", "had a sexual relationship with a subordinate"]
DIS_TH = ["พิการทางการเคลื่อนไหว", "ใช้วีลแชร์", "หูหนวก", "พิการทางการได้ยิน", "ตาบอดสนิท", "สายตาเลือนราง",
          "พิการขาขวาท่อนล่าง", "บกพร่องทางสติปัญญา", "พิการทางการเห็น"]
DIS_EN = ["wheelchair user", "deaf", "hearing impaired", "visually impaired", "blind", "a below-knee amputee",
          "has a mobility impairment"]
UNION_TH = ["เป็นสมาชิกสหภาพแรงงาน", "ประธานสหภาพแรงงาน", "กรรมการสหภาพแรงงาน", "สมัครเข้าสหภาพแรงงาน",
            "เลขาธิการสหภาพ"]
UNION_EN = ["union member", "shop steward", "joined the workers' union", "elected to the union committee",
            "chairs the staff union"]
GEN_TH = ["พาหะธาลัสซีเมียชนิดเบต้า", "พาหะฮีโมโกลบินอี", "ตรวจพบยีน BRCA1 กลายพันธุ์", "HLA-B*15:02 ให้ผลบวก",
          "มียีน APOE4 หนึ่งชุด", "พาหะโรค G6PD"]
GEN_EN = ["BRCA2 pathogenic variant", "HLA-B*58:01 positive", "carrier of HbE trait", "beta-thalassaemia carrier",
          "one copy of APOE4", "Lynch syndrome (MLH1 variant)"]

COMPANIES = ["บริษัท สยามเฟรชมาร์ท จำกัด", "บริษัท ไทยโลจิสติกส์ พลัส จำกัด", "บริษัท เอเชียคอลเซ็นเตอร์ โซลูชั่น จำกัด",
             "บริษัท ช้อปดีดี คอมเมิร์ซ จำกัด", "บริษัท นครพัฒนา เทรดดิ้ง จำกัด", "บริษัท รุ่งเรืองการพิมพ์ จำกัด"]
COMPANIES_EN = ["Siam FreshMart Co., Ltd.", "ThaiLogistics Plus Co., Ltd.", "AsiaContact Solutions Co., Ltd.",
                "ShopDeeDee Commerce Co., Ltd.", "Nakhon Pattana Trading Co., Ltd.", "Rungrueang Printing Co., Ltd."]
CORP_DOMAINS = ["siamfreshmart.co.th", "thailogisticsplus.com", "asiacontact.co.th", "shopdeedee.com",
                "nakhonpattana.co.th", "rrprinting.co.th"]
SHOPS = ["Baan Sabai Shop", "ร้านป้าแดงเสื้อผ้า", "MooMoo Gadget", "KhunYai Herb Official", "PetPlus TH", "ร้านเจ๊หมวยของฝาก",
         "Glowy Skin Store", "บ้านผ้าไหมใบหม่อน"]
PRODUCTS = ["หูฟังบลูทูธ รุ่น X9", "หม้อทอดไร้น้ำมัน 5.5 ลิตร", "เซรั่มวิตามินซี 30ml", "รองเท้าวิ่ง size 42",
            "พัดลมไอเย็น 25 ลิตร", "เคส iPhone 15", "ผ้าห่มนวม 6 ฟุต", "เครื่องชั่งดิจิทัล"]
PRODUCTS_EN = ["wireless earbuds X9", "5.5L air fryer", "vitamin C serum 30ml", "running shoes (EU 42)",
               "25L evaporative cooler", "iPhone 15 case", "queen-size duvet", "digital kitchen scale"]


# ==============================================================================================
# HR, recruitment and payroll
# ==============================================================================================
@T("hr")
def hr_cv_th_plaintext(r: random.Random) -> list:
    p = person(r)
    rel = r.choice(RELIGION_VAL_TH)
    return [
        "ช่วยสรุปเรซูเม่ต่อไปนี้เป็น bullet 5 ข้อ สำหรับส่งให้ hiring manager ตำแหน่ง Customer Service Supervisor\n\n",
        "ประวัติส่วนตัว\nชื่อ-นามสกุล: ", p.th_title, " ", P(p.th), " (ชื่อเล่น ", P(p.nick_th), ")\n",
        "วันเกิด: ", ("DATE_OF_BIRTH", dob(r, "th_long", 1988, 2000)), "\n",
        "เลขประจำตัวประชาชน: ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "สัญชาติ: ไทย   ศาสนา: ", ("RELIGION", rel), "\n",
        "ที่อยู่ปัจจุบัน: ", ("ADDRESS", addr(r)), "\n",
        "โทร: ", ("PHONE_NUMBER", mobile(r, "dash")), "  อีเมล: ", ("EMAIL_ADDRESS", email(r, p)),
        "  Line: ", ("LINE_ID", line_id(r, p)), "\n\n",
        "ประสบการณ์ทำงาน\n- 2021-ปัจจุบัน หัวหน้าทีม Call Center ", r.choice(COMPANIES), " ดูแลทีม 12 คน\n",
        "- 2018-2021 พนักงานบริการลูกค้า ศูนย์บริการลูกค้าธนาคาร\n",
        "การศึกษา: ปริญญาตรี บริหารธุรกิจ มหาวิทยาลัยรามคำแหง GPA 3.12\n",
    ]


@T("hr")
def hr_cv_en_ocr(r: random.Random) -> list:
    p = person(r)
    return [
        "Extract name, contact details, total years of experience and languages from this CV (OCR output, "
        "may contain errors). Return JSON.\n\n---\n",
        P(p.caps), "\n", r.choice(["Senior Payroll Officer", "Recruitment Specialist", "HRBP"]), "\n",
        "Mobile : ", ("PHONE_NUMBER", mobile(r, "intl")), " | E-mail : ", ("EMAIL_ADDRESS", email(r, p)), "\n",
        "Address : ", ("ADDRESS", addr(r, en=True)), "\n\nPERSONAL DATA\n",
        "Date of Birth    ", ("DATE_OF_BIRTH", dob(r, "en_long", 1985, 1998)), "\n",
        "Nationality      Thai\nReligion         ", ("RELIGION", r.choice(["Buddhism", "Islam", "Christianity"])),
        "\nMarital Status   Single\nMilitary Status  Exempted\n\n",
        "WORK EXPERIENCE\nJan 2020 - Present   Payroll Officer, ", r.choice(COMPANIES_EN),
        "\n  - Run monthly payroll for 850 staff (SAP SuccessFactors), SSO and PND.1 filings\n",
        "Jun 2016 - Dec 2019  HR Assistant, Central Retail\nLANGUAGES  Thai (native), English (TOEIC 785)\n",
    ]


@T("hr")
def hr_cv_th_form_fields(r: random.Random) -> list:
    p = person(r, female=r.random() < 0.5)
    eth = r.choice(["ไทย", "จีน", "มลายู", "ไทย"])
    return [
        "ข้อมูลจากใบสมัครงาน (กรอกมือ สแกน) ช่วยจัดให้อยู่ในรูปแบบตาราง Markdown\n",
        "ตำแหน่งที่สมัคร: พนักงานคลังสินค้า   เงินเดือนที่ต้องการ: 15,000\n",
        "ชื่อ ", p.th_title_short, " ", P(p.th_first), "  นามสกุล ", P(p.th_last), "  ชื่อเล่น ", P(p.nick_th), "\n",
        "เกิดวันที่ ", ("DATE_OF_BIRTH", dob(r, "th_slash", 1990, 2004)), "  ",
        "ส่วนสูง 172 ซม. น้ำหนัก 68 กก.\n",
        "เชื้อชาติ ", ("ETHNICITY", eth), "  สัญชาติ ไทย  ศาสนา ", ("RELIGION", r.choice(RELIGION_VAL_TH)), "\n",
        "บัตรประชาชนเลขที่ ", ("TH_NATIONAL_ID", nid(r, "space")), "\n",
        "ที่อยู่ตามทะเบียนบ้าน ", ("ADDRESS", addr(r)), "\n",
        "โทรศัพท์มือถือ ", ("PHONE_NUMBER", mobile(r, "plain")), "\n",
        "บุคคลที่ติดต่อได้กรณีฉุกเฉิน ", P(person(r).th), " (มารดา) โทร ", ("PHONE_NUMBER", mobile(r, "dash")), "\n",
    ]


@T("hr")
def hr_interview_notes_en(r: random.Random) -> list:
    p, iv = person(r, female=True), person(r)
    return [
        "Clean up my interview notes into a short structured feedback form (strengths / concerns / "
        "recommendation).\n\n",
        "Candidate: ", P(p.nick_en), " (", P(p.en), "), Call Centre Team Lead, panel interview round 2\n",
        "Interviewer: ", P(iv.eng), " ", P(iv.en_last), "\n\n",
        "- 6 yrs inbound CS at a telco, strong on de-escalation, good KPI examples (FCR 82%)\n",
        "- told us she is ", ("DISABILITY", r.choice(["hearing impaired", "partially deaf"])),
        " in the left ear, uses a headset on the right side only - no issue for the role imo\n",
        "- salary expectation 38k, notice 30 days\n- a bit vague on WFM tools, never used NICE\n",
    ]


@T("hr")
def hr_interview_scorecard_json(r: random.Random) -> list:
    p = person(r, female=False)
    return [
        "Summarise the panel's view in 3 sentences, in Thai.\n```json\n{\n  \"requisition\": \"REQ-",
        digits(r, 5), "\",\n  \"candidate\": {\"name\": \"", P(p.en), "\", \"name_th\": \"", P(p.th),
        "\", \"phone\": \"", ("PHONE_NUMBER", mobile(r, "plain")), "\", \"email\": \"", ("EMAIL_ADDRESS", email(r, p)),
        "\"},\n  \"scores\": {\"communication\": 4, \"problem_solving\": 3, \"culture_fit\": 2},\n",
        "  \"notes\": \"ประสบการณ์ฝ่ายผลิต 8 ปี เล่าเองว่าที่บริษัทเดิม", ("TRADE_UNION", r.choice(["เคยเป็นกรรมการสหภาพแรงงาน", "เป็นประธานสหภาพแรงงาน"])),
        " และเคยเป็นตัวแทนเจรจาค่าจ้าง ผู้สัมภาษณ์ฝ่ายโรงงานกังวลเรื่องนี้\"\n}\n```",
    ]


@T("hr")
def hr_reference_check_call(r: random.Random) -> list:
    c, ref = person(r), person(r)
    return [
        "ถอดเทปการโทรเช็คประวัติ (reference check) ด้านล่าง ช่วยสรุปว่าผู้สมัครเหมาะกับตำแหน่งหรือไม่\n\n",
        "HR: สวัสดีค่ะ ขอเรียนสายคุณ", P(ref.th_first), " ค่ะ โทรจากฝ่ายบุคคล ", r.choice(COMPANIES), " นะคะ ",
        "ขอสอบถามเกี่ยวกับคุณ", P(c.th), " ที่เคยทำงานกับทางบริษัทค่ะ\n",
        "Ref: ครับ ", P(c.nick_th), " ทำงานกับผมประมาณ 3 ปีครับ งานดีมาก ขยัน\n",
        "HR: ทราบเหตุผลที่ลาออกไหมคะ\n",
        "Ref: ช่วงปีสุดท้ายเขาป่วยเป็น", ("HEALTH_DATA", r.choice(["โรคซึมเศร้า", "โรคแพนิค", "ไมเกรนเรื้อรัง"])),
        " ลาบ่อย เลยขอออกไปพักรักษาตัวครับ ตอนนี้ได้ยินว่าดีขึ้นแล้ว\n",
        "HR: ขอบคุณค่ะ ถ้ามีข้อสงสัยจะติดต่อกลับที่เบอร์ ", ("PHONE_NUMBER", mobile(r, "dash")), " นะคะ\n",
    ]


@T("hr")
def hr_background_check_report_en(r: random.Random) -> list:
    p = person(r)
    return [
        "Our vendor sent this background screening result. Draft a short, neutral adverse-action "
        "pre-notice email to the candidate.\n\n",
        "SCREENING REPORT  Ref BGC-", digits(r, 6), "\nSubject: ", p.caps_title, " ", P(p.caps), "\n",
        "ID card no.: ", ("TH_NATIONAL_ID", nid(r, "dash")), "   DOB: ", ("DATE_OF_BIRTH", dob(r, "en", 1980, 1998)), "\n",
        "Identity verification ........ CLEAR\nEducation verification ....... CLEAR\n",
        "Employment verification ...... CLEAR (2 of 2)\n",
        "Criminal record (Royal Thai Police) .... RECORD FOUND - ", ("CRIMINAL_RECORD", r.choice(CRIM_EN)), "\n",
        "Credit bureau ................ Not requested\n",
        "Candidate email on file: ", ("EMAIL_ADDRESS", email(r, p)), "\n",
    ]


@T("hr")
def hr_background_check_th(r: random.Random) -> list:
    p = person(r)
    return [
        "ช่วยร่างบันทึกข้อความถึง ผจก.ฝ่ายบุคคล เรื่องผลตรวจประวัติผู้สมัคร ตำแหน่งพนักงานขับรถส่งสินค้า\n\n",
        "ชื่อผู้สมัคร: ", p.th_title, P(p.th), "\nเลขบัตร: ", ("TH_NATIONAL_ID", nid(r, "plain")), "\n",
        "ใบขับขี่ประเภท ท.2 / รถที่ใช้ส่งงาน ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), "\n",
        "ผลตรวจสอบประวัติอาชญากรรมจากสำนักงานพิสูจน์หลักฐาน: ", ("CRIMINAL_RECORD", r.choice(CRIM_TH)), "\n",
        "ผู้สมัครแจ้งในการสัมภาษณ์ว่าเป็นเรื่องเมื่อ 6 ปีก่อน และได้ทำงานสุจริตมาตลอด\n",
    ]


@T("hr")
def hr_offer_letter_email(r: random.Random) -> list:
    c, rec = person(r), person(r, female=True)
    dom = r.choice(CORP_DOMAINS)
    return [
        "Rewrite my reply below to be warmer and more concise. Keep the salary details.\n\n",
        "From: ", P(rec.en), " <", ("EMAIL_ADDRESS", email(r, rec, dom)), ">\n",
        "To: ", P(c.en), " <", ("EMAIL_ADDRESS", email(r, c)), ">\n",
        "Subject: RE: Offer - Customer Experience Analyst\n\n",
        "Hi K.", P(c.en_first), ",\n\nThank you for accepting our verbal offer. Base salary THB 42,000/month, "
        "probation 119 days, start date 1 Dec. Please bring your house registration and ID card on day 1.\n\n",
        "Best regards,\n", P(rec.en), " (", P(rec.nick_en), ")\nTalent Acquisition\nM: ", ("PHONE_NUMBER", mobile(r, "intl")),
        "\n\n> On Mon, ", P(c.en), " wrote:\n> Dear Khun ", P(rec.nick_en),
        ", thank you, I'm happy to accept. Could the start date be 1 Dec?\n> Regards, ", P(c.en_first), "\n",
    ]


@T("hr")
def hr_resignation_letter_th(r: random.Random) -> list:
    p, boss = person(r), person(r)
    return [
        "แก้ภาษาใบลาออกให้สุภาพและเป็นทางการมากขึ้น\n\n",
        "เรียน คุณ", P(boss.th), " ผู้จัดการฝ่ายปฏิบัติการสาขา\n\n",
        "ข้าพเจ้า ", p.th_title, " ", P(p.th), " รหัสพนักงาน ", emp_id(r),
        " ตำแหน่งพนักงานบริการลูกค้า (Teller) สาขา", r.choice(["บางนา", "ลาดพร้าว", "หาดใหญ่", "รังสิต"]),
        " มีความประสงค์ขอลาออกตั้งแต่วันที่ 30 ", r.choice(TH_MONTHS), " 2568 เนื่องจากแพทย์วินิจฉัยว่าเป็น",
        ("HEALTH_DATA", r.choice(["มะเร็งลำไส้ระยะที่ 2", "โรคไตเรื้อรังระยะที่ 3", "มะเร็งเต้านมระยะที่ 2"])),
        " ต้องเข้ารับการรักษาต่อเนื่อง\n\nขอแสดงความนับถือ\n", P(p.th), "\nโทร ", ("PHONE_NUMBER", mobile(r)), "\n",
    ]


@T("hr")
def hr_resignation_email_en(r: random.Random) -> list:
    p, mgr = person(r, female=False), person(r)
    return [
        "Please help me reply to this resignation professionally and list the offboarding steps.\n\n",
        "From: ", P(p.en), " <", ("EMAIL_ADDRESS", email(r, p)), ">\nTo: ", P(mgr.en_first), " ", P(mgr.en_last),
        "\nSubject: Resignation\n\nDear ", P(mgr.eng), ",\n\n",
        "Please accept this as formal notice of my resignation, last working day 31 January. My wife ",
        P(person(r, female=True).en_first), " was diagnosed with ", ("HEALTH_DATA", r.choice(HEALTH_EN)),
        " and I need to move back to Khon Kaen to care for her.\n\n",
        "My personal number after I leave: ", ("PHONE_NUMBER", mobile(r, "dash")), "\n\nThanks for everything,\n",
        P(p.eng), " (", P(p.en_first), ")\n",
    ]


@T("payroll")
def hr_payslip_ocr(r: random.Random) -> list:
    p = person(r)
    co = r.randrange(len(COMPANIES))
    return [
        "OCR ใบสลิปเงินเดือนที่พนักงานส่งมาขอกู้สวัสดิการ ช่วยตรวจว่ารายได้สุทธิเกิน 20,000 หรือไม่\n\n",
        COMPANIES[co], "  เลขประจำตัวผู้เสียภาษี ", ("TH_JURISTIC_ID", juristic(r)), "\n",
        "ใบแจ้งเงินเดือน / PAY SLIP  งวด 10/2568\n",
        "ชื่อ-สกุล ", p.caps_title, " ", P(p.caps), "     รหัส ", emp_id(r), "\n",
        "เลขบัตรประชาชน ", ("TH_NATIONAL_ID", nid(r, "dash")), "   บัญชี ", r.choice(BANKS), " ",
        ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), "\n",
        "รายได้                      รายการหัก\nเงินเดือน   18,500.00      ประกันสังคม       750.00\n",
        "ค่าล่วงเวลา  3,240.00      ภาษีหัก ณ ที่จ่าย     0.00\nเบี้ยขยัน      500.00      ",
        ("TRADE_UNION", "ค่าบำรุงสหภาพแรงงาน"), "  100.00\n                          กยศ.            1,200.00\n",
        "รวมรายได้ 22,240.00   รวมรายการหัก 2,050.00   รายได้สุทธิ 20,190.00\n",
    ]


@T("payroll")
def hr_payroll_bank_csv(r: random.Random) -> list:
    ps = people(r, 3)
    rows = []
    for i, p in enumerate(ps, 1):
        rows += [f"{i},", P(p.en_last.upper()), ",", P(p.en_first.upper()), ",", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")),
                 ",", f"{r.randint(15000, 65000)}.00,", ("TH_NATIONAL_ID", nid(r, "plain")), "\n"]
    return [
        "ไฟล์โอนเงินเดือนนี้อัปโหลดเข้าพอร์ทัลธนาคารแล้วขึ้น invalid record length ผิดตรงไหน ธนาคารต้องการคอลัมน์ตายตัว\n\n",
        "SEQ,LAST_NAME,FIRST_NAME,ACCOUNT_NO,AMOUNT,TAX_ID\n", rows,
        "TOTAL,,,,", f"{r.randint(60000, 150000)}.00,\n",
    ]


@T("payroll")
def hr_sso_contribution_file(r: random.Random) -> list:
    ps = people(r, 3)
    body = []
    for p in ps:
        sal = r.randint(9000, 30000)
        body += [("TH_NATIONAL_ID", nid(r, "plain")), "|", p.th_title_short, "|", P(p.th_first), "|", P(p.th_last), "|",
                 f"{sal:.2f}|{min(sal, 15000) * 0.05:.2f}\n"]
    return [
        "ไฟล์ส่งเงินสมทบประกันสังคม (สปส.1-10) ที่ export จากโปรแกรมเงินเดือน อัปโหลดแล้ว e-service แจ้งว่า "
        "\"รูปแบบข้อมูลไม่ถูกต้อง\" ช่วยดูให้หน่อยว่าผิดตรงไหน\n\n",
        "H|", juristic(r, "plain")[:10], "|000001|10/2568|", COMPANIES[r.randrange(6)], "\n", body, "T|3\n",
    ]


@T("hr")
def hr_perf_review_th(r: random.Random) -> list:
    p, mgr = person(r), person(r)
    return [
        "ช่วยเขียน comment ประเมินผลงานประจำปีให้กระชับ ไม่เกิน 120 คำ จากโน้ตของหัวหน้าด้านล่าง\n\n",
        "พนักงาน: ", P(p.th), " (", P(p.nick_th), ") ตำแหน่ง Senior Agent ทีม Collection\n",
        "ผู้ประเมิน: ", P(mgr.th_first), " ", P(mgr.th_last), "\n",
        "- ยอดเก็บหนี้ได้ 104% ของเป้า ดีที่สุดในทีม Q2\n",
        "- ไตรมาส 3 ลาป่วยบ่อยจาก", ("HEALTH_DATA", r.choice(["ไมเกรนเรื้อรัง", "หมอนรองกระดูกทับเส้นประสาท", "โรคแพนิค"])),
        " ทำให้ยอด QA ตกไปบ้าง\n- ช่วยสอนน้องใหม่ 3 คน\n- เกรดที่เสนอ: B+\n",
    ]


@T("hr")
def hr_perf_review_en(r: random.Random) -> list:
    p, mgr = person(r, female=True), person(r)
    return [
        "Turn these bullet points into a balanced mid-year review paragraph (max 150 words).\n\n",
        "Employee: ", P(p.eng), " ", P(p.en_last), " - Payroll Specialist\nManager: ", P(mgr.en), "\n",
        "* closed every payroll cycle on time despite her ", ("HEALTH_DATA", r.choice(["chemotherapy sessions", "dialysis schedule", "IVF treatment"])),
        " on Tuesdays\n* automated the PND.1 reconciliation (saves ~6h/month)\n",
        "* needs to delegate more, still reviews every payslip herself\n* rating: Exceeds\n",
    ]


@T("hr")
def hr_disciplinary_political(r: random.Random) -> list:
    p, inv = person(r), person(r)
    return [
        "ร่างหนังสือแจ้งผลการสอบสวนทางวินัยจากข้อเท็จจริงนี้ ให้เป็นกลางและอ้างระเบียบข้อ 8.3\n\n",
        "ผู้ถูกกล่าวหา: ", p.th_title_short, P(p.th), " พนักงานขาย สาขา", r.choice(["เซ็นทรัลเวิลด์", "เมกาบางนา", "เทอร์มินอล 21"]),
        "\nข้อเท็จจริง: พนักงานสวมเสื้อยูนิฟอร์มบริษัทในรูปที่โพสต์ลงเฟซบุ๊กส่วนตัว และยอมรับในการสอบสวนว่าตน",
        ("POLITICAL_OPINION", r.choice(POL_TH_SELF)),
        " มีลูกค้าแคปหน้าจอส่งมาร้องเรียนที่เพจบริษัท\n",
        "กรรมการสอบสวน: ", P(inv.th), " (ประธาน)\n",
    ]


@T("hr")
def hr_disciplinary_en_misconduct(r: random.Random) -> list:
    a, b, inv = person(r, female=False), person(r, female=True), person(r)
    return [
        "Summarise this investigation file for the disciplinary committee. Bullet points, neutral tone.\n\n",
        "CASE HR-INV-", digits(r, 4), " | CONFIDENTIAL\nRespondent: ", P(a.en), " (Branch Manager, Sukhumvit 39)\n",
        "Complainant: ", P(b.en), " (Teller)\nInvestigator: ", P(inv.en), "\n\n",
        "Findings: the respondent admitted he ", ("SEXUAL_BEHAVIOUR", "had a sexual relationship with a subordinate"),
        " between March and June, in breach of the conflict-of-interest policy. He denied any coercion. "
        "CCTV from 14 June shows both leaving the branch after hours.\n",
    ]


@T("hr")
def hr_warning_letter(r: random.Random) -> list:
    p = person(r)
    return [
        "ตรวจคำผิดหนังสือเตือนฉบับนี้ก่อนส่งไปรษณีย์ลงทะเบียน\n\n",
        "ที่ HR 0", digits(r, 3), "/2568\n\nเรื่อง หนังสือตักเตือนครั้งที่ 1\nเรียน ", p.th_title, P(p.th), "\n",
        "ที่อยู่ ", ("ADDRESS", addr(r)), "\n\n",
        "ตามที่ท่านขาดงานติดต่อกัน 2 วันทำการ (12-13 ", r.choice(TH_MONTHS), " 2568) โดยไม่แจ้งผู้บังคับบัญชา "
        "ถือเป็นการฝ่าฝืนข้อบังคับเกี่ยวกับการทำงาน หมวด 7 บริษัทจึงขอตักเตือนเป็นลายลักษณ์อักษร\n",
    ]


@T("hr")
def hr_leave_line_chat(r: random.Random) -> list:
    emp, sup = person(r, female=True), person(r)
    d = r.randint(1, 28)
    return [
        "สรุปแชทนี้ว่าพนักงานขอลาแบบไหน กี่วัน เพื่อกรอกลงระบบ HRIS\n\n",
        "[LINE] แชทกับ ", P(sup.nick_en), f"\n2568.{r.randint(1, 12):02d}.{d:02d} วันพุธ\n",
        hm(r), " ", P(emp.nick_en), " 🌷 พี่", P(sup.nick_th), "คะ หนูขอลาพรุ่งนี้ทั้งวันนะคะ\n",
        hm(r), " ", P(emp.nick_en), " 🌷 คุณหมอนัดตรวจ เพราะหนู", ("HEALTH_DATA", r.choice(["ตั้งครรภ์ได้ 5 เดือน", "เป็นไทรอยด์เป็นพิษ", "เป็นไข้เลือดออก"])), "ค่ะ\n",
        hm(r), " ", P(sup.nick_en), " ได้เลยน้อง ดูแลตัวเองนะ เดี๋ยวพี่ให้", P(r.choice(NICKS)[0]), "คัฟเวอร์กะให้\n",
        hm(r), " ", P(emp.nick_en), " 🌷 ขอบคุณค่ะ 🙏\n",
    ]


@T("hr")
def hr_medical_certificate_ocr(r: random.Random) -> list:
    p, doc = person(r), person(r)
    return [
        "พนักงานส่งใบรับรองแพทย์มาประกอบการลาป่วย ช่วยอ่านแล้วบอกว่าแพทย์ให้หยุดกี่วัน\n\n",
        "โรงพยาบาล", r.choice(["เกษมราษฎร์", "พญาไท 2", "วิภาวดี", "กรุงเทพคริสเตียน"]), "\nใบรับรองแพทย์ / MEDICAL CERTIFICATE\n",
        "HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "dash")), "   VN 0", digits(r, 5), "\n",
        "ข้าพเจ้า นพ. ", P(doc.th), " ใบอนุญาตเลขที่ ว.", digits(r, 5), "\nได้ตรวจ ", p.th_title, P(p.th),
        "\nเมื่อวันที่ ", str(r.randint(1, 28)), " ", r.choice(TH_MON), " 2568\nผลการตรวจ/การวินิจฉัย: ",
        ("HEALTH_DATA", r.choice(["Acute gastroenteritis", "Influenza A", "Lumbar disc herniation L4-5", "Dengue fever"])),
        "\nความเห็น: ควรหยุดพักรักษาตัว 3 วัน\n",
    ]


@T("hr")
def hr_group_insurance_claim(r: random.Random) -> list:
    p = person(r)
    return [
        "ร่างอีเมลภาษาอังกฤษถึงบริษัทประกันเพื่อส่งเคลมประกันกลุ่มนี้ แนบรายการด้านล่าง\n\n",
        "Policy: GHS-", digits(r, 6), " (", r.choice(COMPANIES_EN), ")\nInsured employee: ", P(p.en), "\n",
        "ID card: ", ("TH_NATIONAL_ID", nid(r, "plain")), "\nHospital HN: ", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), "\n",
        "Admission 3 nights, diagnosis: ", ("HEALTH_DATA", r.choice(["acute appendicitis, laparoscopic appendectomy",
                                                                    "dengue haemorrhagic fever", "pneumonia"])), "\n",
        "Reimburse to: ", r.choice(BANKS_EN), " ", ("TH_BANK_ACCOUNT", bank_acct(r)), "\nTotal billed: THB ", amount(r, 30000, 120000), "\n",
    ]


@T("hr")
def hr_onboarding_json(r: random.Random) -> list:
    p = person(r)
    ec = person(r)
    return [
        "Validate this onboarding payload against our schema rules: dob must be ISO, phone E.164, "
        "bank account digits only. List the fields that fail.\n```json\n{\n",
        "  \"employee_no\": \"", emp_id(r), "\",\n  \"name_th\": \"", P(p.th), "\",\n  \"name_en\": \"", P(p.en), "\",\n",
        "  \"nickname\": \"", P(p.nick_en), "\",\n  \"dob\": \"", ("DATE_OF_BIRTH", dob(r, "th_slash", 1992, 2003)), "\",\n",
        "  \"national_id\": \"", ("TH_NATIONAL_ID", nid(r, "dash")), "\",\n  \"phone\": \"", ("PHONE_NUMBER", mobile(r, "dash")), "\",\n",
        "  \"religion\": \"", ("RELIGION", r.choice(["Islam", "Christian", "Buddhist"])), "\",\n",
        "  \"bank\": {\"code\": \"004\", \"account\": \"", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), "\"},\n",
        "  \"emergency_contact\": {\"name\": \"", P(ec.th), "\", \"relation\": \"พี่สาว\", \"phone\": \"",
        ("PHONE_NUMBER", mobile(r, "intl_plain")), "\"}\n}\n```",
    ]


@T("hr")
def hr_migrant_worker_roster(r: random.Random) -> list:
    names = r.sample(MYANMAR, 3)
    rows = []
    for n in names:
        rows += ["| ", P(n), " | ", ("TH_PASSPORT", passport(r, "mm")), " | ", r.choice(["คลังสินค้า", "แพ็คสินค้า", "ขับโฟล์คลิฟต์"]),
                 " | ", ("ETHNICITY", r.choice(["กะเหรี่ยง", "มอญ", "ไทใหญ่", "พม่า"])), " |\n"]
    return [
        "ตารางแรงงาน MOU เมียนมา ช่วยเรียงตามวันหมดอายุ work permit แล้วบอกว่าใครต้องต่อภายใน 30 วัน "
        "(วันหมดอายุดูในระบบ ตอนนี้ขอจัดรูปแบบก่อน)\n\n",
        "| ชื่อ | เลขพาสปอร์ต | แผนก | ชาติพันธุ์ |\n|---|---|---|---|\n", rows,
    ]


@T("hr")
def hr_expat_visa_email_en(r: random.Random) -> list:
    exp = r.choice(["David Miller", "Klaus Becker", "Marco Rossi", "James Whitfield"])
    sp = person(r, female=True)
    hrp = person(r)
    return [
        "Please proofread this email to our visa agent.\n\n",
        "Hi Khun ", P(hrp.nick_en), ",\n\nPlease start the Non-B and work permit for our new Head of Contact Centre:\n",
        "- Name: ", P(exp), "\n- Passport: ", ("TH_PASSPORT", passport(r, "other")), "\n",
        "- DOB: ", ("DATE_OF_BIRTH", dob(r, "en", 1972, 1985)), "\n",
        "- Thai spouse: ", P(sp.en), ", ID ", ("TH_NATIONAL_ID", nid(r, "dash")), " (marriage certificate attached)\n",
        "- Residence: ", ("ADDRESS", addr(r, en=True, condo=True)), "\n\nThanks,\n", P(hrp.eng), "\n",
    ]


@T("hr")
def hr_intern_application(r: random.Random) -> list:
    p = person(r)
    uni = r.choice(["มหาวิทยาลัยเกษตรศาสตร์", "จุฬาลงกรณ์มหาวิทยาลัย", "มหาวิทยาลัยขอนแก่น", "มหาวิทยาลัยเทคโนโลยีสุรนารี"])
    return [
        "ช่วยเขียนอีเมลตอบรับนักศึกษาฝึกงานคนนี้ นัดวันเริ่มงาน 2 มิ.ย.\n\n",
        "ใบสมัครฝึกงาน ฝ่าย Data & CRM\nชื่อ ", P(p.th), " (", P(p.nick_th), ")\n", uni, " คณะวิศวกรรมศาสตร์ ปี 3\n",
        "รหัสนักศึกษา ", ("STUDENT_ID", student_id(r)), "\nวันเกิด ", ("DATE_OF_BIRTH", dob(r, "th_short", 2003, 2005)), "\n",
        "โทร ", ("PHONE_NUMBER", mobile(r, "plain")), "  LINE ID: ", ("LINE_ID", line_id(r, p)), "\n",
        "อีเมล ", ("EMAIL_ADDRESS", email(r, p)), "\nช่วงฝึกงาน: มิ.ย.-ส.ค.\n",
    ]


@T("hr")
def hr_intern_batch_ad(r: random.Random) -> list:
    ps = people(r, 3)
    rows = []
    for p in ps:
        rows += [P(p.en_first), " ", P(p.en_last), " | ", ("STUDENT_ID", student_id(r, "ten")), " | ",
                 ("EMAIL_ADDRESS", email(r, p)), "\n"]
    return [
        "สร้าง username Active Directory (ชื่อ + 2 ตัวแรกของนามสกุล ตัวพิมพ์เล็ก) ให้นักศึกษาฝึกงานภาคฤดูร้อนเหล่านี้\n\nName | Student ID | Personal email\n", rows,
    ]


@T("payroll")
def hr_student_loan_deduction(r: random.Random) -> list:
    ps = people(r, 2)
    rows = []
    for p in ps:
        rows += ["- ", P(p.th), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), " ยอดหักต่อเดือน ", str(r.randint(5, 25) * 100), " บาท\n"]
    return [
        "กยศ. ส่งหนังสือแจ้งให้นายจ้างหักเงินเดือนพนักงาน 2 ราย ช่วยร่างข้อความแจ้งพนักงานเป็นรายคน\n\n", rows,
        "เริ่มหักงวดเงินเดือน ", r.choice(TH_MONTHS), " 2568 นำส่งภายในวันที่ 7 ของเดือนถัดไป\n",
    ]


@T("hr")
def hr_company_car_allocation(r: random.Random) -> list:
    ps = people(r, 3)
    rows = []
    for p in ps:
        rows += [P(p.th_first), " ", P(p.th_last), ",", r.choice(["Area Manager", "Sales Rep", "Branch Manager"]), ",",
                 ("TH_VEHICLE_PLATE", plate(r)), ",", str(r.randint(12000, 60000)), "\n"]
    return [
        "จากไฟล์รถประจำตำแหน่งนี้ คำนวณค่าน้ำมันเฉลี่ยต่อกม. ให้แต่ละคน (อัตรา 3.5 บาท/กม.)\n\n",
        "ชื่อ,ตำแหน่ง,ทะเบียนรถ,เลขไมล์เดือนนี้\n", rows,
    ]


@T("hr")
def hr_s33_disabled_roster(r: random.Random) -> list:
    ps = people(r, 3)
    rows = []
    for p in ps:
        rows += [P(p.th), "\t", ("TH_NATIONAL_ID", nid(r, "plain")), "\t", ("DISABILITY", r.choice(DIS_TH)), "\t",
                 r.choice(["แพ็คสินค้า", "Call Center", "บัญชี"]), "\n"]
    return [
        "รายชื่อพนักงานคนพิการตาม ม.33 (วางจาก Excel) ช่วยนับว่าครบโควตา 1:100 หรือยัง บริษัทมีพนักงาน 412 คน\n\n",
        "ชื่อ-สกุล\tเลขบัตร\tประเภทความพิการ\tแผนก\n", rows,
    ]


@T("hr")
def hr_accommodation_request_en(r: random.Random) -> list:
    p = person(r)
    return [
        "Help me respond to this accommodation request and suggest what facilities we should check.\n\n",
        "Hi HR team,\nI'm ", P(p.en), " (", P(p.eng), "), starting next Monday in the Rama 9 contact centre. "
        "I'm a ", ("DISABILITY", r.choice(["wheelchair user", "below-knee amputee"])),
        " so could you confirm the 12th floor has step-free access and an accessible toilet? "
        "Also my parking sticker is for plate ", ("TH_VEHICLE_PLATE", plate(r)), ".\nThanks, ", P(p.eng), "\n",
    ]


@T("hr")
def hr_union_meeting_minutes(r: random.Random) -> list:
    a, b, c = people(r, 3)
    return [
        "สรุปรายงานการประชุมนี้ให้ผู้บริหาร 5 บรรทัด\n\n",
        "รายงานการประชุมคณะกรรมการลูกจ้าง ครั้งที่ 4/2568\nผู้เข้าร่วม: ฝ่ายนายจ้าง ", P(a.th), " (HR Director)\n",
        "ฝ่ายลูกจ้าง ", P(b.th), " ", ("TRADE_UNION", "ประธานสหภาพแรงงาน"), "สยามเฟรชมาร์ท, ", P(c.th_first), " ",
        ("TRADE_UNION", "เลขาธิการสหภาพ"), "\n",
        "วาระ 1 ข้อเรียกร้องปรับค่าจ้างประจำปี 5% และโบนัส 2 เดือน\nวาระ 2 รถรับส่งกะดึก\n",
        "มติ: นัดเจรจารอบถัดไป 15 ", r.choice(TH_MONTHS), "\n",
    ]


@T("hr")
def hr_layoff_list_union_en(r: random.Random) -> list:
    ps = people(r, 3)
    rows = []
    for p in ps:
        rows += ["- ", P(p.en), ", ", r.choice(["line 3", "packing", "QA", "warehouse"]), ", ", str(r.randint(2, 14)), " yrs"]
        if r.random() < 0.7 or p is ps[0]:
            rows += [", ", ("TRADE_UNION", r.choice(UNION_EN))]
        rows += ["\n"]
    return [
        "We need to cut 40 heads on the night shift. From the shortlist below, rank who to let go first by "
        "tenure, lowest first.\n\n", rows,
    ]


@T("hr")
def hr_fingerprint_attendance_export(r: random.Random) -> list:
    ps = people(r, 2)
    rows = []
    for p in ps:
        rows += [emp_id(r), ",", P(p.en_first.upper()), " ", P(p.en_last.upper()), ",", ("BIOMETRIC_DATA", fp_template(r)), ",",
                 str(r.randint(0, 9)), "\n"]
    return [
        "กำลังย้ายจากเครื่องสแกน ZKTeco ไป HRIS ใหม่ ช่วยเขียน Python อ่านไฟล์ export นี้แล้วอัปโหลด template ลายนิ้วมือของแต่ละคนไปที่ POST /api/v2/biometric\n\n",
        "USERID,NAME,FP_TEMPLATE_B64,FINGER_INDEX\n", rows,
    ]


@T("hr")
def hr_face_enrolment_json(r: random.Random) -> list:
    p = person(r)
    return [
        "ทำไม API face enrolment ตอบกลับ 422 กับ payload นี้ครับ\n```json\n",
        "{\"employee_id\": \"", emp_id(r), "\", \"display_name\": \"", P(p.th), "\", ",
        "\"embedding\": ", ("BIOMETRIC_DATA", face_vec(r, 12)), ", \"model\": \"arcface-r100\", \"quality\": 0.91}\n```\n",
        "error: {\"detail\": \"embedding must have 512 dimensions\"}",
    ]


@T("hr")
def hr_exit_interview_th(r: random.Random) -> list:
    p, boss = person(r, female=False), person(r)
    return [
        "จากบันทึก exit interview นี้ ช่วยจัดหมวดเหตุผลการลาออก และประเมินความเสี่ยงข้อร้องเรียน\n\n",
        "ผู้ลาออก: ", P(p.th), " (", P(p.nick_th), ") ทีม Inbound\n",
        "เล่าว่าหัวหน้าทีม (พี่", P(boss.nick_th), ") ชอบล้อต่อหน้าคนอื่นเรื่องที่เขา", ("SEXUAL_BEHAVIOUR", r.choice(["เป็นเกย์", "เป็นไบเซ็กชวล"])),
        " และไม่ยอมเซ็นอนุมัติ OT ให้ 3 เดือนติด\nอยากให้บริษัทมีช่องทางร้องเรียนที่ไม่ต้องผ่านหัวหน้าโดยตรง\n",
    ]


@T("hr")
def hr_diversity_survey_named_en(r: random.Random) -> list:
    p = person(r)
    return [
        "Someone forgot to anonymise this DEI survey export. Summarise the free-text answer only.\n\n",
        "respondent_email,dept,ethnicity,orientation,free_text\n",
        ("EMAIL_ADDRESS", email(r, p, r.choice(CORP_DOMAINS))), ",Contact Centre,",
        ("ETHNICITY", r.choice(["Thai-Chinese", "Malay Muslim", "Karen", "Hmong"])), ",",
        ("SEXUAL_BEHAVIOUR", r.choice(["lesbian", "gay", "bisexual"])),
        ",\"I feel safe here but the night-shift bathrooms are an issue\"\n",
    ]


@T("hr")
def hr_recruiter_line_chat(r: random.Random) -> list:
    c, rec = person(r, female=False), person(r, female=True)
    return [
        "ช่วยตอบผู้สมัครคนนี้ให้หน่อย ยืนยันวันสัมภาษณ์และแนะนำว่ามีห้องละหมาดที่ชั้น 3\n\n",
        f"{hm(r)}\t", P(c.nick_en), " ", P(c.en_first), "\tสวัสดีครับ ได้รับนัดสัมภาษณ์วันศุกร์แล้ว\n",
        f"{hm(r)}\t", P(c.nick_en), " ", P(c.en_first), "\tขอเลื่อนเป็นช่วงบ่ายได้ไหมครับ เพราะผม",
        ("RELIGION", r.choice(["เป็นมุสลิม", "นับถือศาสนาอิสลาม"])), " วันศุกร์ต้องไปละหมาดที่มัสยิดตอนเที่ยง\n",
        f"{hm(r)}\t", P(c.nick_en), " ", P(c.en_first), "\tเบอร์ผม ", ("PHONE_NUMBER", mobile(r, "dash")), " ครับ\n",
        f"{hm(r)}\tHR ", P(rec.nick_en), "\tรับทราบค่ะ เดี๋ยวแจ้งกลับนะคะ\n",
    ]


@T("hr")
def hr_application_email_quoted(r: random.Random) -> list:
    c = person(r)
    return [
        "Is this candidate's reply a yes or a no? Answer in one word, then one sentence why.\n\n",
        "From: ", P(c.caps), " <", ("EMAIL_ADDRESS", email(r, c, alt=True)), ">\n",
        "Subject: Re: Interview invitation - Branch Service Officer\n\n",
        "Dear Sir/Madam,\nI am sorry, I already accepted another offer last week. Thank you for the opportunity.\n\n",
        P(c.en_alt), "\nTel. ", ("PHONE_NUMBER", mobile(r, "plain")), "\n\n",
        "-----Original Message-----\nFrom: recruit@", r.choice(CORP_DOMAINS), "\nSent: Monday\n",
        "Dear K.", P(c.en_first), ", we would like to invite you to an interview on Thursday at 10:00 at our Silom office.\n",
    ]


@T("hr")
def hr_probation_eval_en(r: random.Random) -> list:
    p, mgr = person(r), person(r)
    return [
        "Write the probation outcome letter (pass, with one development point) for:\n\n",
        "Name: ", P(p.en_alt), "\nStart: 3 Mar 2025  Position: Marketplace Seller Support\n",
        "Manager comment (", P(mgr.eng), "): reliable, fast learner, CSAT 4.6. Absent 6 days in May with ",
        ("HEALTH_DATA", r.choice(["dengue fever", "a kidney stone", "COVID-19 pneumonia"])),
        ", caught up quickly. Needs to improve Excel.\n",
    ]


@T("hr")
def hr_sso_sick_benefit(r: random.Random) -> list:
    p = person(r)
    return [
        "ช่วยกรอกแบบ สปส.2-01 จากข้อมูลนี้ แล้วบอกว่าต้องแนบเอกสารอะไรเพิ่ม\n\n",
        "ผู้ประกันตน: ", p.th_title, P(p.th), "\nเลขบัตรประชาชน ", ("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "เข้ารักษาที่ รพ.", r.choice(["ราชวิถี", "ศิริราช", "ขอนแก่นราม", "มหาราชนครเชียงใหม่"]), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), "\n",
        "โรค: ", ("HEALTH_DATA", r.choice(["กระดูกข้อเท้าหักจากอุบัติเหตุ", "ไส้ติ่งอักเสบ ผ่าตัด", "ปอดอักเสบ"])),
        " หยุดงาน 14 วัน\nบัญชีรับเงิน ", r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r)), "\n",
    ]


@T("hr")
def hr_preemployment_thal(r: random.Random) -> list:
    p = person(r, female=True)
    return [
        "ผลตรวจสุขภาพก่อนเข้างาน ช่วยแปลผลเป็นภาษาง่ายๆ เพื่อแจ้งพนักงาน\n\n",
        "ชื่อ ", P(p.th), "  อายุ 24  HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "slash")), "\n",
        "CBC: Hb 11.2 g/dL, MCV 68 fL (ต่ำ)\nHb typing: ", ("GENETIC_DATA", r.choice(["พาหะธาลัสซีเมียชนิดเบต้า", "พาหะฮีโมโกลบินอี", "Hb E trait (AE)"])),
        "\nChest X-ray: ปกติ\nสรุป: สามารถปฏิบัติงานได้\n",
    ]


@T("hr")
def hr_checkup_batch_csv(r: random.Random) -> list:
    ps = people(r, 3)
    rows = []
    for i, p in enumerate(ps):
        rows += [emp_id(r), ",", P(p.th), ",", str(round(r.uniform(19, 33), 1)), ","]
        if i == 0:
            rows += [("HEALTH_DATA", r.choice(["HBsAg positive", "FBS 142 (เบาหวาน)", "ความดัน 165/100"])), ","]
        else:
            rows += ["ปกติ,"]
        rows += [("GENETIC_DATA", "G6PD deficiency") if i == 1 else "-", "\n"]
    return [
        "ไฟล์ผลตรวจสุขภาพประจำปีจากโรงพยาบาล ช่วยแยกคนที่ต้องติดตามผลให้หน่อย\n\n",
        "รหัส,ชื่อ-สกุล,BMI,ผลผิดปกติ,หมายเหตุพันธุกรรม\n", rows,
    ]


@T("hr")
def hr_transfer_request_en(r: random.Random) -> list:
    p = person(r)
    kid = person(r)
    return [
        "Make this transfer request more persuasive but keep it honest.\n\n",
        "To: Regional HR\nFrom: ", P(p.en), ", Branch Ops Officer, Korat\n\n",
        "I'd like to request a transfer to a Bangkok branch. My son ", P(kid.nick_en), " is ",
        ("DISABILITY", r.choice(["deaf", "visually impaired", "autistic and non-verbal"])),
        " and the only special school with a place for him is in Bang Khen. I can be reached on ",
        ("PHONE_NUMBER", mobile(r, "space")), ".\n",
    ]


@T("payroll")
def hr_payroll_sql_insert(r: random.Random) -> list:
    ps = people(r, 2)
    vals = []
    for i, p in enumerate(ps):
        vals += ["  ('", emp_id(r), "', '", P(p.th), "', '", ("TH_NATIONAL_ID", nid(r, "plain")), "', '",
                 ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), "', ", str(r.randint(18000, 70000)), ")",
                 ",\n" if i == 0 else ";\n"]
    return [
        "This migration fails with 'value too long for type character varying(10)'. Which column?\n```sql\n",
        "INSERT INTO payroll.employee (emp_code, full_name, tax_id, bank_account, base_salary) VALUES\n", vals, "```",
    ]


@T("hr")
def hr_ats_webhook_log(r: random.Random) -> list:
    p = person(r)
    return [
        "webhook จากระบบ ATS ยิงซ้ำตลอด ช่วยอธิบาย log และบอกว่าควรตอบ HTTP code อะไร\n\n",
        ts(r), " INFO  ats.webhook received event=candidate.applied id=cand_", digits(r, 7), "\n",
        ts(r), " DEBUG payload={\"first_name\":\"", P(p.en_first), "\",\"last_name\":\"", P(p.en_last),
        "\",\"email\":\"", ("EMAIL_ADDRESS", email(r, p)), "\",\"phone\":\"", ("PHONE_NUMBER", mobile(r, "intl_plain")),
        "\",\"source_ip\":\"", ("IP_ADDRESS", ipv4(r)), "\"}\n",
        ts(r), " ERROR ats.webhook handler timeout after 10000ms, responding 504\n",
    ]


@T("hr")
def hr_social_media_screen_en(r: random.Random) -> list:
    p = person(r)
    return [
        "Our agency produced this social-media screening summary. Is it lawful to use under PDPA? "
        "Answer briefly.\n\n",
        "Candidate: ", P(p.en), " (FB: ", P(p.nick_en), " ", P(p.en_first), ")\n",
        "Findings: posts since 2020 show the candidate ", ("POLITICAL_OPINION", r.choice(POL_EN)),
        "; no hate speech found; professional tone on LinkedIn.\n",
    ]


@T("hr")
def hr_garnishment_order(r: random.Random) -> list:
    p = person(r)
    return [
        "เจ้าพนักงานบังคับคดีส่งหนังสืออายัดเงินเดือน ช่วยคำนวณยอดที่ต้องหักต่อเดือน (ไม่เกิน 30% ส่วนเกิน 20,000)\n\n",
        "ลูกหนี้ตามคำพิพากษา: ", p.th_title, P(p.th), " เลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "เงินเดือน 38,000 บาท โอนเข้าบัญชี ", ("TH_BANK_ACCOUNT", bank_acct(r)), "\nคดีแพ่งหมายเลขแดงที่ ผบ.", digits(r, 4), "/2567\n",
    ]


@T("hr")
def hr_welfare_wedding_request(r: random.Random) -> list:
    p, sp = person(r, female=False), person(r, female=True)
    return [
        "ตรวจเอกสารขอสวัสดิการสมรสให้หน่อยว่าครบไหม\n\n",
        "ผู้ขอ: ", P(p.th), " แผนกคลังสินค้า\nคู่สมรส: ", P(sp.th), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_short", 1993, 2000)), "\n",
        "ทะเบียนสมรสเลขที่ ", digits(r, 4), "/2568 สำนักงานเขต", r.choice(["จตุจักร", "บางกะปิ", "ห้วยขวาง"]), "\n",
        "โอนเงินสวัสดิการ 3,000 บาท เข้าบัญชี ", ("TH_BANK_ACCOUNT", bank_acct(r)), "\n",
    ]


@T("hr")
def hr_religious_leave_request(r: random.Random) -> list:
    p = person(r)
    return [
        "Please reply to this leave request approving 10 days unpaid plus 5 days religious leave.\n\n",
        "Dear ", P(person(r).eng), ",\nI would like to request leave from 2 to 16 June to perform Hajj in Mecca. As a ",
        ("RELIGION", "practising Muslim"), " this is very important for me and my family.\nBest regards,\n", P(p.en),
        "\nWarehouse Supervisor, Hat Yai DC\n",
    ]


@T("hr")
def hr_ordination_leave_th(r: random.Random) -> list:
    p = person(r, female=False)
    return [
        "ช่วยเขียนข้อความอนุมัติลาอุปสมบทให้พนักงาน 15 วัน และแสดงความยินดี\n\n",
        "เรื่อง ขอลาอุปสมบท\nข้าพเจ้า ", P(p.th), " (", P(p.nick_th), ") พนักงานขับรถ ทะเบียนรถบริษัท ",
        ("TH_VEHICLE_PLATE", plate(r)), "\nขอลาเพื่อ", ("RELIGION", "บวชเป็นพระภิกษุในพระพุทธศาสนา"),
        " ที่วัด", r.choice(["ป่าบ้านตาด", "พระธาตุดอยสุเทพ", "สระเกศ"]), " ระหว่างวันที่ 1-15 กรกฎาคม 2568\n",
    ]


@T("hr")
def hr_whistleblow_report(r: random.Random) -> list:
    acc, wb = person(r, female=False), person(r)
    return [
        "จัดประเภทเรื่องร้องเรียนผ่าน hotline นี้ (ทุจริต / คุกคาม / ความปลอดภัย / อื่นๆ) และเสนอขั้นตอนถัดไป\n\n",
        "Report #WB-", digits(r, 5), " received via ethics@ mailbox\n",
        "Reporter (asked to stay confidential): ", P(wb.en), ", ", ("PHONE_NUMBER", mobile(r)), "\n",
        "Subject: ", P(acc.en_alt), ", procurement officer\n",
        "Allegation: he approves invoices from his brother-in-law's firm (tax ID ", ("TH_JURISTIC_ID", juristic(r)),
        "). He also told colleagues he was ", ("CRIMINAL_RECORD", r.choice(["jailed for cheque fraud in 2015", "convicted of embezzlement in 2016"])),
        " at his previous job.\n",
    ]


@T("hr")
def hr_ethnic_scholarship_staff(r: random.Random) -> list:
    p = person(r)
    return [
        "ช่วยเขียนจดหมายแจ้งผลทุนการศึกษาบุตรพนักงานประจำปี 2568\n\n",
        "บุตรพนักงาน: ด.ญ.", P(p.th_first), " ", P(p.th_last), " รหัสนักเรียน ", ("STUDENT_ID", str(r.randint(10000, 99999))),
        "\nผู้ปกครอง: ", P(person(r).th), " พนักงานสวนชา ไร่แม่สลอง\nหมายเหตุคณะกรรมการ: ครอบครัว", ("ETHNICITY", r.choice(["ชาวอาข่า", "ชาวลาหู่", "ชาวลีซู"])),
        " เป็นลูกคนแรกที่เรียนต่อมัธยมปลาย\n",
    ]
# ==============================================================================================
# Bank branch and call centre
# ==============================================================================================
@T("bank")
def bank_account_opening_form(r: random.Random) -> list:
    p = person(r)
    return [
        "ตรวจความครบถ้วนของคำขอเปิดบัญชีเงินฝากออมทรัพย์นี้ตาม KYC checklist ระบุช่องที่ขาด\n\n",
        "สาขา ", r.choice(["สีลม", "ชิดลม", "เซ็นทรัลลาดพร้าว", "หาดใหญ่ใน"]), "  วันที่ ", ts(r)[:10], "\n",
        "ชื่อ (ไทย) ", p.th_title, " ", P(p.th), "\nชื่อ (อังกฤษ) ", p.caps_title, " ", P(p.caps), "\n",
        "เลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r, "dash")), "  วันเกิด ", ("DATE_OF_BIRTH", dob(r, "th_slash")), "\n",
        "ที่อยู่ที่ติดต่อได้ ", ("ADDRESS", addr(r, condo=r.random() < 0.4)), "\n",
        "มือถือ ", ("PHONE_NUMBER", mobile(r, "dash")), "  อาชีพ: พนักงานบริษัทเอกชน  รายได้ 25,001-50,000\n",
        "วัตถุประสงค์: รับเงินเดือน\nแหล่งที่มาของรายได้: ____\n",
    ]


@T("callcentre")
def bank_call_transcript_hardship_th(r: random.Random) -> list:
    p, ag = person(r), person(r, female=True)
    return [
        "สรุปสายนี้ลง CRM: เหตุผลที่โทร, สิ่งที่ตกลง, next action\n\n",
        "[00:00:04] Agent(", P(ag.nick_en), "): ธนาคาร สวัสดีค่ะ ดิฉัน", P(ag.nick_th), " ยินดีให้บริการค่ะ\n",
        "[00:00:09] ลูกค้า: ครับ ผม", P(p.th), " โทรเรื่องบัตรเครดิตครับ\n",
        "[00:00:15] Agent: ขอเลขบัตรประชาชนเพื่อยืนยันตัวตนค่ะ\n",
        "[00:00:19] ลูกค้า: ", ("TH_NATIONAL_ID", nid(r, "space")), " ครับ\n",
        "[00:00:41] ลูกค้า: คือช่วงนี้ผมตรวจเจอ", ("HEALTH_DATA", r.choice(["มะเร็งต่อมน้ำเหลือง", "มะเร็งปอดระยะที่ 3", "โรคไตวายเรื้อรัง"])),
        " ต้องหยุดงานรักษาตัว อยากขอพักชำระหนี้หรือลดดอกเบี้ยได้ไหมครับ\n",
        "[00:01:20] Agent: รับทราบค่ะ จะส่งเรื่องเข้ามาตรการช่วยเหลือ เจ้าหน้าที่จะติดต่อกลับที่เบอร์ ",
        ("PHONE_NUMBER", mobile(r, "dash")), " ภายใน 3 วันทำการนะคะ\n",
    ]


@T("callcentre")
def bank_call_transcript_lost_card_en(r: random.Random) -> list:
    c = r.choice(FOREIGN)
    ag = person(r)
    return [
        "Summarise this call for the fraud team and flag anything the agent did wrong.\n\n",
        "AGENT (", P(ag.eng), "): Thank you for calling, how can I help?\n",
        "CALLER: Hi, this is ", P(c), ". My wallet was stolen at Siam BTS, I need to block my card.\n",
        "AGENT: Sure. Could you read me the full card number?\n",
        "CALLER: ", ("CREDIT_CARD", card(r, style="space")), ".\n",
        "AGENT: And your passport number, as this is a non-resident account?\n",
        "CALLER: ", ("TH_PASSPORT", passport(r, "other")), ".\n",
        "AGENT: Done, the card is blocked. A replacement goes to your address on file.\n",
    ]


@T("bank")
def bank_complaint_email_thread(r: random.Random) -> list:
    c, off = person(r), person(r, female=True)
    return [
        "ร่างคำตอบอีเมลร้องเรียนนี้ ขอโทษลูกค้าและแจ้งว่าคืนค่าธรรมเนียมแล้ว\n\n",
        "From: ", P(c.en), " <", ("EMAIL_ADDRESS", email(r, c)), ">\nTo: complaint@", r.choice(["kbank-demo.co.th", "bankdemo.co.th"]), "\n",
        "Subject: โดนหักค่าธรรมเนียมซ้ำ\n\nเรียนธนาคาร\nบัญชี ", ("TH_BANK_ACCOUNT", bank_acct(r)),
        " ของ", c.self_th, " ถูกหักค่าธรรมเนียมบัตรเดบิตรายปี 2 ครั้งในเดือนนี้ ครั้งละ 299 บาท รบกวนตรวจสอบด่วน", c.end_th, "\n\n",
        P(c.th), "\n", ("PHONE_NUMBER", mobile(r)), "\n\n",
        "> เมื่อ ", ts(r), " ศูนย์ลูกค้าสัมพันธ์ เขียนว่า:\n> เรียนคุณ", P(c.th_first), " ได้รับเรื่องแล้ว เลขที่เรื่อง CMP-",
        digits(r, 7), "\n> เจ้าหน้าที่ผู้รับผิดชอบ: ", P(off.th), "\n",
    ]


@T("bank")
def bank_branch_incident_access(r: random.Random) -> list:
    c, mgr = person(r), person(r)
    return [
        "ช่วยเขียนรายงานเหตุการณ์ (incident report) ส่งภาค จากบันทึกของผู้จัดการสาขา\n\n",
        "สาขา", r.choice(["ตลาดพลู", "บางบัวทอง", "อุดรธานี"]), " วันที่ ", ts(r), "\n",
        "ลูกค้า ", P(c.th), " ซึ่ง", ("DISABILITY", r.choice(["ใช้วีลแชร์", "พิการทางการเคลื่อนไหว"])),
        " ไม่สามารถเข้าสาขาได้เพราะทางลาดปิดซ่อม ต้องให้พนักงานออกไปทำรายการที่หน้าสาขา ลูกค้าไม่พอใจและโพสต์ลงเฟซบุ๊ก\n",
        "เบอร์ติดต่อลูกค้า ", ("PHONE_NUMBER", mobile(r)), "\nผู้รายงาน: ", P(mgr.th), " ผจก.สาขา\n",
    ]


@T("bank")
def bank_debt_restructure_request(r: random.Random) -> list:
    p = person(r)
    return [
        "ประเมินคำขอปรับโครงสร้างหนี้นี้ตามนโยบายช่วยเหลือลูกค้า (เจ็บป่วย ตกงาน ภัยพิบัติ) ตอบว่าเข้าเกณฑ์หรือไม่ พร้อมเหตุผล\n\n",
        "Customer: ", P(p.en), "  CIF 00", digits(r, 7), "\nID: ", ("TH_NATIONAL_ID", nid(r, "plain")), "\n",
        "Home loan account: ", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), "\n",
        "Reason: underwent ", ("HEALTH_DATA", r.choice(["coronary bypass surgery", "a kidney transplant", "spinal surgery"])),
        " in August, income down 60%, requests 12-month principal holiday.\n",
    ]


@T("bank")
def bank_aml_str_th(r: random.Random) -> list:
    p = person(r)
    return [
        "ช่วยเรียบเรียงรายงานธุรกรรมที่มีเหตุอันควรสงสัย (STR) ส่ง ปปง. จากข้อมูลนี้\n\n",
        "ลูกค้า: ", P(p.th), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "กรรมการผู้มีอำนาจของ บริษัท ", r.choice(["รุ่งโรจน์ อิมพอร์ต", "ทองดี เทรดดิ้ง", "สยามเอ็กซ์เพรส ซัพพลาย"]),
        " จำกัด เลขทะเบียนนิติบุคคล ", ("TH_JURISTIC_ID", juristic(r)), "\n",
        "บัญชี ", ("TH_BANK_ACCOUNT", bank_acct(r)), " มีเงินเข้า-ออกรวม 14.2 ล้านบาทใน 10 วัน แบ่งเป็นรายการละไม่เกิน 49,000 บาท\n",
        "ข้อมูลเพิ่มเติม: ข่าวท้องถิ่นระบุว่าลูกค้า", ("CRIMINAL_RECORD", r.choice(["เคยถูกดำเนินคดีฟอกเงินปี 2562", "เคยต้องโทษคดีพนันออนไลน์"])), "\n",
    ]


@T("callcentre")
def bank_voiceprint_enrolment(r: random.Random) -> list:
    p = person(r)
    return [
        "อธิบายว่าทำไม record ลงทะเบียนเสียง (voice biometric) นี้ไม่ผ่าน quality gate\n\n",
        "{\"caller_ani\": \"", ("PHONE_NUMBER", mobile(r, "intl_plain")), "\", \"customer_name\": \"", P(p.en), "\", ",
        "\"voiceprint\": {\"vendor\": \"nuance-gk\", \"vector\": ", ("BIOMETRIC_DATA", face_vec(r, 8)),
        "}, \"net_speech_sec\": 6.2, \"snr_db\": 9.1, \"status\": \"REJECTED_LOW_AUDIO\"}\n",
    ]


@T("bank")
def bank_ekyc_face_match(r: random.Random) -> list:
    p = person(r)
    return [
        "ลูกค้าเปิดบัญชีผ่านแอปไม่ผ่าน ช่วยอ่าน response นี้แล้วอธิบายสาเหตุเป็นภาษาที่ call center ใช้ตอบลูกค้าได้\n```json\n",
        "{\"ref\": \"EKYC-", digits(r, 10), "\", \"id_card\": {\"cid\": \"", ("TH_NATIONAL_ID", nid(r, "plain")),
        "\", \"name_th\": \"", P(p.th), "\", \"dob\": \"", ("DATE_OF_BIRTH", dob(r, "iso")), "\"},\n",
        " \"selfie\": {\"face_template\": \"", ("BIOMETRIC_DATA", b64blob(r, 64)), "\", \"liveness\": 0.42},\n",
        " \"result\": {\"match_score\": 0.61, \"threshold\": 0.80, \"decision\": \"REVIEW\"}}\n```",
    ]


@T("bank")
def bank_card_dispute_form_en(r: random.Random) -> list:
    p = person(r)
    return [
        "Fill the Visa dispute reason code for this case and draft a letter to the cardholder.\n\n",
        "Cardholder: ", P(p.caps), "\nCard no.: ", ("CREDIT_CARD", card(r, "visa", "dash")), "\n",
        "Merchant: TRIP*HOTELS AMSTERDAM  Amount: EUR 412.00  Txn date: 2025-09-14\n",
        "Cardholder statement: 'I cancelled within the free-cancellation window and have the email.' "
        "Contact: ", ("EMAIL_ADDRESS", email(r, p)), "\n",
    ]


@T("callcentre")
def bank_otp_sms_gateway_log(r: random.Random) -> list:
    p = person(r)
    return [
        "ลูกค้าไม่ได้รับ OTP ช่วยอ่าน log gateway แล้วบอกว่าพังที่ขั้นไหน\n\n",
        ts(r), " sms-gw INFO  enqueue msisdn=", ("PHONE_NUMBER", mobile(r, "intl_plain")), " tpl=OTP_LOGIN cust=\"", P(p.caps), "\"\n",
        ts(r), " sms-gw DEBUG card_ref=", ("CREDIT_CARD", card(r, style="plain")), " (masking disabled in UAT config!)\n",
        ts(r), " sms-gw WARN  operator=AIS dlr=UNDELIV code=0x0B\n",
    ]


@T("bank")
def bank_teller_notes_deaf(r: random.Random) -> list:
    p = person(r)
    return [
        "แปลงโน้ตของพนักงานหน้าเคาน์เตอร์นี้เป็นหมายเหตุในโปรไฟล์ลูกค้า CRM ภาษาไทย 1 ประโยค สุภาพ\n\n",
        "Customer ", P(p.en), ", acct ", ("TH_BANK_ACCOUNT", bank_acct(r)), ". Customer is ",
        ("DISABILITY", r.choice(["deaf", "hearing impaired", "visually impaired"])),
        ", prefers communication in writing / via LINE. Came in to update passbook and change mobile to ",
        ("PHONE_NUMBER", mobile(r, "dash")), ".\n",
    ]


@T("bank")
def bank_mobile_login_anomaly(r: random.Random) -> list:
    p = person(r)
    return [
        "เคสนี้เป็น account takeover ไหม ให้ระดับความเสี่ยงและเหตุผล\n\n",
        "user: ", ("EMAIL_ADDRESS", email(r, p)), " (", P(p.en), ")\n",
        ts(r), " LOGIN_OK   ip=", ("IP_ADDRESS", ipv4(r)), " device=iPhone14,2 geo=Bangkok\n",
        ts(r), " LOGIN_OK   ip=", ("IP_ADDRESS", ipv4(r)), " device=SM-A536E geo=Phnom Penh\n",
        ts(r), " PAYEE_ADD  acct=", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), " name=\"", P(person(r).caps), "\"\n",
        ts(r), " TRANSFER   amount=49,900.00 status=HELD\n",
    ]


@T("callcentre")
def bank_telesales_callback_csv(r: random.Random) -> list:
    ps = people(r, 3)
    rows = []
    for p in ps:
        rows += [P(f"{p.en_last.upper()} {p.en_first.upper()}"), ",", ("PHONE_NUMBER", mobile(r, "plain")), ",",
                 ("DATE_OF_BIRTH", dob(r, "en_slash", 1960, 1995)), ",", r.choice(["PL", "CC", "INS"]), "\n"]
    return [
        "แบ่งรายชื่อ callback เทเลเซลล์นี้เป็น 2 ชุด (อายุต่ำกว่า 40 และ 40 ขึ้นไป) เพื่อใช้คนละสคริปต์\n\n",
        "NAME(SURNAME FIRST),MOBILE,DOB,PRODUCT\n", rows,
    ]


@T("bank")
def bank_personal_loan_json(r: random.Random) -> list:
    p = person(r)
    return [
        "คำนวณ DSR ของผู้กู้รายนี้ (เพดาน 70%) จาก JSON ด้านล่าง\n```json\n{\n",
        "  \"applicant\": {\"name\": \"", P(p.en), "\", \"cid\": \"", ("TH_NATIONAL_ID", nid(r, "plain")),
        "\", \"dob\": \"", ("DATE_OF_BIRTH", dob(r, "iso", 1975, 1999)), "\"},\n",
        "  \"employer\": {\"name\": \"", r.choice(COMPANIES_EN), "\", \"tax_id\": \"", ("TH_JURISTIC_ID", juristic(r, "plain")), "\"},\n",
        "  \"monthly_income\": 45000, \"existing_debt\": [12500, 4300],\n",
        "  \"salary_account\": \"", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), "\",\n  \"requested\": 300000, \"tenor_m\": 48\n}\n```",
    ]


@T("bank")
def bank_nominee_change_en(r: random.Random) -> list:
    p, n = person(r), person(r)
    return [
        "Proofread and shorten:\n\n",
        "Dear Relationship Manager,\nI, ", P(p.en), ", passport ", ("TH_PASSPORT", passport(r, "th")),
        ", would like to change the beneficiary of my fixed deposit ", ("TH_BANK_ACCOUNT", bank_acct(r)), " to my niece ",
        P(n.en), ", born ", ("DATE_OF_BIRTH", dob(r, "en_long", 2000, 2006)), ". I am currently working in Dubai "
        "and cannot visit the branch.\nKind regards,\n", P(p.en_first), "\n",
    ]


@T("callcentre")
def bank_fb_messenger_chatbot_escalation(r: random.Random) -> list:
    p = person(r, female=True)
    t = epoch_ms(r, 1_735_000_000_000, 1_760_000_000_000)
    return [
        "ช่วยอ่าน transcript Messenger ที่บอทส่งต่อให้แอดมิน แล้วร่างข้อความตอบถัดไป\n",
        "{\"conversation\": [\n",
        "  {\"sender_name\": \"", P(f"{p.nick_en} {p.en_first}"), "\", \"timestamp_ms\": ", t, ", \"content\": \"บัตรเดบิตโดนล็อคค่ะ กดเงินไม่ได้\"},\n",
        "  {\"sender_name\": \"BankBot\", \"timestamp_ms\": ", str(int(t) + 2100), ", \"content\": \"กรุณาระบุเลขบัตรประชาชนและเบอร์โทรที่ลงทะเบียน\"},\n",
        "  {\"sender_name\": \"", P(f"{p.nick_en} {p.en_first}"), "\", \"timestamp_ms\": ", str(int(t) + 45000), ", \"content\": \"",
        ("TH_NATIONAL_ID", nid(r, "plain")), " เบอร์ ", ("PHONE_NUMBER", mobile(r, "plain")), " ค่ะ\"}\n]}\n",
    ]


@T("bank")
def bank_branch_line_group(r: random.Random) -> list:
    a, b, c = people(r, 3)
    return [
        "สรุปประเด็นจากแชทกลุ่มพนักงานสาขานี้ให้ผู้จัดการ (ไม่ต้องใส่อีโมจิ)\n\n",
        "[", hm(r), "] ", P(a.nick_en), " BR-LP: เจ๊", P(c.nick_th), " ลูกค้า VIP มาถอนเงินสด 2 ล้านอีกแล้ว บัญชี ",
        ("TH_BANK_ACCOUNT", bank_acct(r)), "\n",
        "[", hm(r), "] ", P(b.nick_en), " 🐱: พี่ว่าต้องแจ้ง compliance ไหม ได้ยินว่าแก", ("CRIMINAL_RECORD", r.choice(["เพิ่งพ้นโทษคดีพนันออนไลน์", "เคยติดคุกคดีพนันออนไลน์"])), "\n",
        "[", hm(r), "] ", P(a.nick_en), " BR-LP: ทำ STR ไว้ก่อนดีกว่า เบอร์แก ", ("PHONE_NUMBER", mobile(r)), " เผื่อต้องโทรถาม\n",
    ]


@T("bank")
def bank_mule_accounts_en(r: random.Random) -> list:
    ps = people(r, 2)
    rows = []
    for p in ps:
        rows += ["- ", P(p.caps), " | acct ", ("TH_BANK_ACCOUNT", bank_acct(r)), " | last login ", ("IP_ADDRESS", ipv4(r)), "\n"]
    return [
        "Write a one-page summary of this mule-account cluster for the police liaison.\n\n", rows,
        "Note: the first holder was ", ("CRIMINAL_RECORD", r.choice(["arrested in 2023 for running a call-centre scam", "previously convicted of fraud"])),
        " according to the police letter dated 3 Oct.\n",
    ]


@T("bank")
def bank_islamic_account(r: random.Random) -> list:
    p = person(r)
    return [
        "ลูกค้ารายนี้ถามว่ามีบัญชีแบบไหนที่ไม่มีดอกเบี้ย ช่วยแนะนำผลิตภัณฑ์และร่างคำตอบ\n\n",
        "บันทึกพนักงาน: ", P(p.th), " อายุ 41 เปิดร้านอาหารที่ยะลา ", ("RELIGION", "เป็นมุสลิม"),
        " ไม่ต้องการรับดอกเบี้ย อยากได้บัญชีตามหลักชะรีอะฮ์ ติดต่อ ", ("PHONE_NUMBER", mobile(r)), "\n",
    ]


@T("callcentre")
def cc_qa_scorecard_en(r: random.Random) -> list:
    ag, c = person(r), person(r)
    return [
        "Turn this QA evaluation into coaching feedback for the agent (3 positives, 2 improvements).\n\n",
        "Agent: ", P(ag.en), " (", P(ag.eng), ") | Team 4 | Call ID 8", digits(r, 9), "\n",
        "Customer: ", P(c.en_alt), " | ANI ", ("PHONE_NUMBER", mobile(r, "intl")), "\n",
        "Greeting 5/5 | Verification 2/5 (asked full DOB ", ("DATE_OF_BIRTH", dob(r, "en", 1970, 1999)),
        " out loud on speaker) | Resolution 4/5 | Closing 5/5\n",
    ]


@T("callcentre")
def cc_call_summary_ethnicity(r: random.Random) -> list:
    p = person(r)
    return [
        "สรุปสายโทรเข้าศูนย์บริการลูกค้า และแนะนำว่าควรส่งต่อทีมไหน\n\n",
        "เจ้าหน้าที่: ลูกค้าชื่อ", P(p.th_first), " ", P(p.th_last), " เป็น", ("ETHNICITY", r.choice(["ชาวอาข่า", "ชาวม้ง", "ชาวลาหู่"])),
        " จากเชียงราย พูดไทยได้ไม่คล่อง ลูกชายช่วยแปล แจ้งว่าโดนหลอกให้โอนเงิน 38,000 บาทไปบัญชี ",
        ("TH_BANK_ACCOUNT", bank_acct(r)), " ตั้งแต่เมื่อวาน โทรกลับได้ที่ ", ("PHONE_NUMBER", mobile(r)), "\n",
    ]


@T("callcentre")
def cc_complaint_ticket_political(r: random.Random) -> list:
    p = person(r)
    return [
        "Classify sentiment and urgency, and draft a short reply.\n```json\n",
        "{\"ticket\": \"CS-", digits(r, 7), "\", \"channel\": \"phone\", \"customer\": {\"name\": \"", P(p.th),
        "\", \"email\": \"", ("EMAIL_ADDRESS", email(r, p)), "\"},\n \"note\": \"ลูกค้าขอปิดบัตรเครดิตทุกใบ ไม่พอใจที่ธนาคารเป็นสปอนเซอร์งานของรัฐบาล บอกว่าตัวเอง",
        ("POLITICAL_OPINION", r.choice(["เป็นสมาชิกพรรคประชาชน", "สนับสนุนพรรคฝ่ายค้าน"])), "\"}\n```",
    ]


@T("callcentre")
def cc_ivr_stt_transcript(r: random.Random) -> list:
    p = person(r)
    return [
        "This is raw speech-to-text from our IVR. Clean it up, fix obvious recognition errors, keep numbers.\n\n",
        "caller: um hi yes my name is ", P(p.en_alt.lower()), " uh i want to check my loan balance\n",
        "ivr: please say or key in your thirteen digit id\ncaller: ", ("TH_NATIONAL_ID", nid(r, "space")), "\n",
        "ivr: thank you please confirm your date of birth\ncaller: ", ("DATE_OF_BIRTH", dob(r, "en_long")), "\n",
    ]


@T("bank")
def bank_home_loan_collateral(r: random.Random) -> list:
    a, b = person(r, female=False), person(r, female=True)
    return [
        "ช่วยสรุปข้อมูลหลักประกันสำหรับคณะกรรมการสินเชื่อ\n\n",
        "ผู้กู้: ", P(a.th), " และ ", P(b.th), " (คู่สมรส)\nเลขบัตรผู้กู้หลัก ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "หลักประกัน: ทาวน์โฮม 2 ชั้น โฉนดเลขที่ ", digits(r, 5), " ตั้งอยู่ ", ("ADDRESS", addr(r)), "\n",
        "ราคาประเมิน 3,450,000 บาท วงเงินขอกู้ 2,900,000 บาท ระยะเวลา 30 ปี\n",
    ]


@T("bank")
def bank_payroll_bulk_open(r: random.Random) -> list:
    ps = people(r, 3)
    rows = []
    for p in ps:
        rows += [P(p.th), "|", ("TH_NATIONAL_ID", nid(r, "plain")), "|", ("DATE_OF_BIRTH", dob(r, "th_slash", 1985, 2003)), "|",
                 ("PHONE_NUMBER", mobile(r, "plain")), "\n"]
    return [
        "บริษัทลูกค้าส่งไฟล์เปิดบัญชี payroll ให้พนักงานใหม่ แปลงให้เป็น CSV ตาม template ธนาคารหน่อย\n",
        "นิติบุคคล: ", r.choice(COMPANIES), " เลขทะเบียน ", ("TH_JURISTIC_ID", juristic(r, "dash")), "\n",
        "ชื่อ|เลขบัตร|วันเกิด|มือถือ\n", rows,
    ]


@T("bank")
def bank_atm_dispute(r: random.Random) -> list:
    p = person(r)
    return [
        "ช่วยร่างคำตอบข้อร้องเรียน ATM นี้เป็นภาษาอังกฤษ (ลูกค้าเป็นคนไทยแต่ขอให้ตอบภาษาอังกฤษ) log EJ แสดงว่าเงินออกมาแต่ลูกค้าไม่ได้หยิบ\n\n",
        "Customer: ", P(p.en), "\nDebit card: ", ("CREDIT_CARD", card(r, "visa", "plain")), "\nAccount: ",
        ("TH_BANK_ACCOUNT", bank_acct(r)), "\nATM: T", digits(r, 5), " (Central Rama 3) 2025-10-02 19:42\n",
        "Claim: 'Machine made noise, no money came out, 5,000 deducted.'\n",
    ]


@T("callcentre")
def bank_chatbot_credit_limit_en(r: random.Random) -> list:
    p = person(r, female=False)
    return [
        "Continue this chat as the human agent. Be brief.\n\n",
        "[09:14] ", P(p.eng), " ", P(p.en_last), ": hi can i raise my credit limit\n",
        "[09:14] Bot: Sure! Please share the card number and registered email.\n",
        "[09:15] ", P(p.eng), " ", P(p.en_last), ": ", ("CREDIT_CARD", card(r, "mc", "space")), " / ", ("EMAIL_ADDRESS", email(r, p)), "\n",
        "[09:15] Bot: Thanks, transferring you to an agent.\n",
    ]


@T("callcentre")
def bank_collection_call_notes(r: random.Random) -> list:
    p = person(r)
    return [
        "จัดบันทึกการติดตามหนี้นี้ให้เป็นรูปแบบมาตรฐาน: วันที่ / ผลการติดต่อ / คำมั่นชำระ\n\n",
        "ลูกหนี้ ", P(p.th), " สัญญา PL-", digits(r, 8), "\nโทร ", ("PHONE_NUMBER", mobile(r)), " ติด ลูกหนี้แจ้งว่า",
        ("CRIMINAL_RECORD", r.choice(["ติดคุกอยู่ 2 ปีคดียาเสพติด เพิ่งพ้นโทษ", "เพิ่งพ้นโทษคดียักยอกทรัพย์"])),
        " ตอนนี้ทำงานรับจ้างรายวัน ขอผ่อน 1,500/เดือน\nที่อยู่ใหม่ ", ("ADDRESS", addr(r)), "\n",
    ]


@T("bank")
def bank_staff_union_letter(r: random.Random) -> list:
    p = person(r)
    return [
        "ช่วยแก้หนังสือฉบับนี้ให้กระชับ ส่งถึงฝ่ายทรัพยากรบุคคลธนาคาร\n\n",
        "เรียน ผู้อำนวยการฝ่ายทรัพยากรบุคคล\nข้าพเจ้า ", P(p.th), " พนักงานสาขา", r.choice(["นครปฐม", "ลำปาง", "พัทยากลาง"]),
        " ในฐานะ", ("TRADE_UNION", r.choice(["กรรมการสหภาพแรงงาน", "สมาชิกสหภาพแรงงาน"])),
        "รัฐวิสาหกิจธนาคาร ขอคัดค้านคำสั่งย้ายข้ามภาค เนื่องจากไม่ได้หารือกับสหภาพตามข้อตกลงสภาพการจ้าง\n",
    ]


@T("bank")
def bank_safe_box_fingerprint(r: random.Random) -> list:
    p = person(r)
    return [
        "ฝ่ายตรวจสอบถามว่า log การเปิดตู้นิรภัยนี้เก็บข้อมูลเกินจำเป็นไหม ระบุฟิลด์ที่ควรตัดทิ้ง\n\n",
        "box=SD-", digits(r, 4), " holder=\"", P(p.en), "\" cid=", ("TH_NATIONAL_ID", nid(r, "plain")),
        " fp_minutiae=", ("BIOMETRIC_DATA", fp_template(r, 60)), " result=MATCH(0.97) ts=", ts(r), "\n",
    ]


@T("bank")
def bank_kyc_review_passport_en(r: random.Random) -> list:
    c = r.choice(MYANMAR + CAMBODIAN + LAO)
    return [
        "Periodic KYC review: list what documents are expired and what to request.\n\n",
        "Customer: ", P(c), " | Passport ", ("TH_PASSPORT", passport(r, r.choice(["mm", "kh", "la"]))),
        " (exp. 2024-11-30) | Work permit exp. 2026-02-01\nMobile ", ("PHONE_NUMBER", mobile(r, "dash")),
        " | Address ", ("ADDRESS", addr(r, en=True)), "\nEmployer: ", r.choice(COMPANIES_EN), "\n",
    ]


@T("callcentre")
def cc_agent_crm_screen_ocr(r: random.Random) -> list:
    p = person(r)
    return [
        "OCR จากภาพหน้าจอ CRM ที่หัวหน้าทีมแคปมาในกลุ่ม ช่วยบอกว่าลูกค้ารายนี้ค้างชำระกี่งวด\n\n",
        "ข้อมูลลูกค้า | ", P(p.th), " | ", P(p.caps), "\nCID ", ("TH_NATIONAL_ID", nid(r, "dash")), "   DOB ",
        ("DATE_OF_BIRTH", dob(r, "th_slash")), "\nมือถือ ", ("PHONE_NUMBER", mobile(r)), "   LINE ", ("LINE_ID", line_id(r, p)), "\n",
        "สถานะ: ค้างชำระ 3 งวด (DPD 74) | ยอดค้าง 18,240.55\n",
    ]


@T("callcentre")
def cc_shift_roster_paste(r: random.Random) -> list:
    ps = people(r, 3)
    rows = []
    for p in ps:
        rows += [P(f"{p.eng} {p.en_last[0]}."), " | ", r.choice(["06-15", "14-23", "22-07"]), " | ", ("PHONE_NUMBER", mobile(r, "dash")), "\n"]
    return [
        "จัดตารางเวรที่ก๊อปมาจาก WhatsApp ให้เป็นตาราง แล้วหาว่าใครเข้ากะดึกติดกัน 2 วัน\n\n", rows,
    ]
# ==============================================================================================
# E-commerce / marketplace customer service
# ==============================================================================================
@T("ecommerce")
def ec_order_dispute_chat_th(r: random.Random) -> list:
    b = person(r, female=True)
    shop = r.choice(SHOPS)
    return [
        "ช่วยตอบแชทลูกค้าในนามร้าน ", shop, " ขอโทษและเสนอส่งของใหม่\n\n",
        "คำสั่งซื้อ ", order_no(r, "shopee"), " | ", r.choice(PRODUCTS), "\n",
        hm(r), " ", P(f"{b.nick_en}_{b.en_first.lower()}"), ": ของมาไม่ครบค่ะ สั่ง 2 ได้ 1\n",
        hm(r), " ", shop, ": ขออภัยค่ะ รบกวนขอรูปกล่องพัสดุด้วยนะคะ\n",
        hm(r), " ", P(f"{b.nick_en}_{b.en_first.lower()}"), ": [รูปภาพ] ส่งของที่เหลือมาที่ ", ("ADDRESS", addr(r)),
        " นะคะ ชื่อผู้รับ ", P(b.th), " โทร ", ("PHONE_NUMBER", mobile(r, "plain")), "\n",
    ]


@T("ecommerce")
def ec_return_request_email_en(r: random.Random) -> list:
    p = person(r)
    return [
        "Reply to this return request: approve, send prepaid label, refund in 7-14 days.\n\n",
        "From: ", P(p.eng), " ", P(p.en_last), " <", ("EMAIL_ADDRESS", email(r, p)), ">\nSubject: Return order ",
        order_no(r, "web"), "\n\nHi,\nThe ", r.choice(PRODUCTS_EN), " I received is defective (won't charge). "
        "Please arrange pickup from ", ("ADDRESS", addr(r, en=True)), ". I'm home after 6pm, call ",
        ("PHONE_NUMBER", mobile(r, "intl")), ".\n\nThanks,\n", P(p.eng), "\n",
    ]


@T("ecommerce")
def ec_refund_promptpay(r: random.Random) -> list:
    p = person(r)
    return [
        "แอดมินร้านถามว่า ลูกค้าให้ข้อมูลคืนเงินครบไหม ถ้าครบช่วยเขียนข้อความยืนยันการโอนคืน\n\n",
        "ลูกค้า: ", P(p.nick_th), " (", P(p.th), ")\nขอคืนเงิน 1,290 บาท ออเดอร์ ", order_no(r, "lazada"), "\n",
        "โอนเข้าพร้อมเพย์เบอร์ ", ("PHONE_NUMBER", mobile(r, "dash")), " หรือบัญชี", r.choice(BANKS), " ",
        ("TH_BANK_ACCOUNT", bank_acct(r)), " ก็ได้ค่ะ\n",
    ]


@T("ecommerce")
def ec_seller_kyc_submission(r: random.Random) -> list:
    p = person(r)
    return [
        "ตรวจเอกสารสมัครร้านค้าด้านล่างตามกฎ marketplace (ผู้ขายนิติบุคคลต้องมีเลขทะเบียน DBD และบัญชีรับเงินต้องเป็นชื่อบริษัท) ตอบเป็น checklist\n\n",
        "Shop: ", r.choice(SHOPS), "\nAuthorised person: ", P(p.en), " (ID ", ("TH_NATIONAL_ID", nid(r, "dash")), ")\n",
        "Company reg. no.: ", ("TH_JURISTIC_ID", juristic(r)), "\nPayout: ", r.choice(BANKS_EN), " ",
        ("TH_BANK_ACCOUNT", bank_acct(r)), " (account name: ", P(p.caps), ")\nWarehouse: ", ("ADDRESS", addr(r, en=True)), "\n",
    ]


@T("ecommerce")
def ec_line_oa_chat_export(r: random.Random) -> list:
    c = person(r, female=True)
    d = r.randint(1, 28)
    return [
        "นี่คือไฟล์ export แชท LINE OA ของร้าน ช่วยสรุปว่าลูกค้าต้องการอะไรและยังค้างอะไรอยู่\n\n",
        "[LINE] Chat history with ", P(f"{c.nick_en} {c.en_first}"), f"\nSaved on: 2025/{r.randint(1, 12):02d}/{d:02d} 21:04\n\n",
        f"2025/{r.randint(1, 12):02d}/{d:02d}(Sat)\n",
        hm(r), "\t", P(f"{c.nick_en} {c.en_first}"), "\tสั่งชุดเดรสสีครีม ไซส์ M ค่ะ โอนแล้วนะคะ\n",
        hm(r), "\t", P(f"{c.nick_en} {c.en_first}"), "\t[Photo]\n",
        hm(r), "\t", P(f"{c.nick_en} {c.en_first}"), "\tส่งที่ ", ("ADDRESS", addr(r, condo=True)), " ", P(c.th),
        " ", ("PHONE_NUMBER", mobile(r, "dash")), "\n",
        hm(r), "\t", r.choice(SHOPS), "\tได้รับยอดแล้วค่ะ จัดส่งพรุ่งนี้นะคะ\n",
        hm(r), "\t", P(f"{c.nick_en} {c.en_first}"), "\tแอดไลน์ส่วนตัวไว้นะคะ ", ("LINE_ID", line_id(r, c)), "\n",
    ]


@T("ecommerce")
def ec_fb_messenger_export_json(r: random.Random) -> list:
    c = person(r, female=True)
    page = r.choice(SHOPS)
    t = epoch_ms(r, 1_730_000_000_000, 1_765_000_000_000)
    return [
        "Parse this Facebook Page inbox export and tell me the customer's delivery details as JSON.\n```json\n",
        "{\"participants\": [{\"name\": \"", P(c.en), "\"}, {\"name\": \"", page, "\"}],\n \"messages\": [\n",
        "  {\"sender_name\": \"", P(c.en), "\", \"timestamp_ms\": ", t, ", \"content\": \"CF 2 ชิ้นค่ะ ", P(c.th),
        " ", ("ADDRESS", addr(r)), " ", ("PHONE_NUMBER", mobile(r, "plain")), "\"},\n",
        "  {\"sender_name\": \"", page, "\", \"timestamp_ms\": ", str(int(t) + 61000), ", \"content\": \"รับทราบค่ะ ยอดรวม 598 บาท\"}\n]}\n```",
    ]


@T("ecommerce")
def ec_chargeback_case(r: random.Random) -> list:
    p = person(r)
    return [
        "เตรียมสรุปหลักฐานโต้แย้ง chargeback เคสนี้ (reason 10.4 fraud - card absent) เป็นภาษาอังกฤษ\n\n",
        "Order ", order_no(r, "web"), " | THB ", amount(r, 2000, 40000), "\nBilling name: ", P(p.en), "\n",
        "Card: ", ("CREDIT_CARD", card(r, style="plain")), "\nCheckout IP: ", ("IP_ADDRESS", ipv4(r)),
        " (TH, AIS Fibre)\nAccount email: ", ("EMAIL_ADDRESS", email(r, p)), "\n",
        "Delivered to billing address, signed by '", P(p.en_first), "', 3DS frictionless.\n",
    ]


@T("ecommerce")
def ec_account_takeover_review(r: random.Random) -> list:
    p = person(r)
    return [
        "ช่วยวิเคราะห์ว่าบัญชีผู้ใช้นี้ถูกแฮกหรือไม่ และควรทำอะไรต่อ\n\n",
        "user_id=", digits(r, 9), " ชื่อ ", P(p.th), " email=", ("EMAIL_ADDRESS", email(r, p)), "\n",
        ts(r), " login ip=", ("IP_ADDRESS", ipv4(r)), " ua=Android\n",
        ts(r), " change_phone old=", ("PHONE_NUMBER", mobile(r, "plain")), " new=", ("PHONE_NUMBER", mobile(r, "plain")),
        " ip=", ("IP_ADDRESS", ipv6(r)), "\n",
        ts(r), " redeem_coins amount=8,400 ip=", ("IP_ADDRESS", ipv6(r)), "\n",
    ]


@T("ecommerce")
def ec_courier_failed_delivery(r: random.Random) -> list:
    c, rider = person(r), person(r, female=False)
    return [
        "สรุปเหตุส่งไม่สำเร็จจาก log นี้ และร่าง SMS แจ้งผู้รับ\n\n",
        "AWB ", tracking(r), " | ผู้รับ ", P(c.th), " ", ("PHONE_NUMBER", mobile(r)), "\n",
        "ปลายทาง ", ("ADDRESS", addr(r)), "\n",
        "ไรเดอร์ ", P(rider.nick_th), " (", P(rider.th), ") รถจักรยานยนต์ ", ("TH_VEHICLE_PLATE", plate(r)), "\n",
        "สถานะ: โทรไม่รับ 3 ครั้ง / หน้าบ้านไม่มีคน / นำกลับสาขา\n",
    ]


@T("ecommerce")
def ec_review_moderation_health(r: random.Random) -> list:
    p = person(r, female=True)
    return [
        "รีวิวนี้ละเมิด community guideline ไหม (ข้อมูลส่วนตัว/คำหยาบ/สแปม) ตอบพร้อมเหตุผล\n\n",
        "ผู้รีวิว: ", P(p.nick_en), " ", P(p.en_first[0] + p.en_first[1:].lower()), " ⭐⭐\n",
        "\"ใช้แล้วผื่นขึ้นเต็มหน้า ฉัน", ("HEALTH_DATA", r.choice(["เป็นโรคสะเก็ดเงิน", "เป็นโรคผิวหนังอักเสบ SLE", "เป็นโรคภูมิแพ้ผิวหนัง"])),
        "อยู่แล้วแต่ร้านบอกว่าใช้ได้ ใครจะถามทักมาได้ที่ ", ("PHONE_NUMBER", mobile(r)), "\"\n",
    ]


@T("ecommerce")
def ec_medical_device_order(r: random.Random) -> list:
    p, mom = person(r), person(r, female=True)
    return [
        "ลูกค้าสั่งรถเข็นวีลแชร์และถามเรื่องการลดหย่อน ช่วยตอบ และยืนยันที่อยู่จัดส่ง\n\n",
        "ผู้สั่ง: ", P(p.th), " โทร ", ("PHONE_NUMBER", mobile(r)), "\nหมายเหตุ: ซื้อให้คุณแม่ ", P(mom.th),
        " ที่", ("DISABILITY", r.choice(["พิการทางการเคลื่อนไหว", "เป็นอัมพาตครึ่งซีก"])), " ตั้งแต่ปีที่แล้ว มีบัตรคนพิการ\n",
        "จัดส่ง: ", ("ADDRESS", addr(r)), "\n",
    ]


@T("ecommerce")
def ec_halal_order_note(r: random.Random) -> list:
    p = person(r)
    return [
        "Translate this order note to English for our Bangkok kitchen partner and flag dietary constraints.\n\n",
        "ออเดอร์ ", order_no(r, "web"), " ผู้สั่ง ", P(p.th), "\nหมายเหตุ: ", p.self_th, ("RELIGION", "เป็นมุสลิม"),
        " ขอเฉพาะเมนูที่มีตราฮาลาล ห้ามใช้เครื่องครัวร่วมกับหมู ส่งที่ ", ("ADDRESS", addr(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
    ]


@T("ecommerce")
def ec_dna_kit_complaint(r: random.Random) -> list:
    p = person(r)
    return [
        "ลูกค้าร้องเรียนผลตรวจ DNA ที่ซื้อจากร้านเรา ช่วยร่างคำตอบที่ไม่ให้คำแนะนำทางการแพทย์\n\n",
        "ชื่อ ", P(p.th), " อีเมล ", ("EMAIL_ADDRESS", email(r, p)), "\nKit ID: DNA-", digits(r, 8), "\n",
        "ข้อความ: ผลบอกว่า", p.self_th, ("GENETIC_DATA", r.choice(["มียีน APOE4 หนึ่งชุด", "ตรวจพบยีน BRCA1 กลายพันธุ์", "พาหะธาลัสซีเมียชนิดเบต้า"])),
        " ทำให้เครียดมาก อยากรู้ว่าผลแม่นแค่ไหน และร้านจะลบข้อมูลให้ได้ไหม\n",
    ]


@T("ecommerce")
def ec_discreet_packaging_en(r: random.Random) -> list:
    p = person(r, female=False)
    return [
        "Reply kindly: confirm discreet packaging and no product name on the label.\n\n",
        "Customer message (", P(p.en), "): Hi, I ordered the couples' kit, order ", order_no(r, "web"),
        ". I'm ", ("SEXUAL_BEHAVIOUR", r.choice(["gay", "in a same-sex relationship"])),
        " and still live with my parents who don't know, so please don't put anything on the box. "
        "Deliver to ", ("ADDRESS", addr(r, en=True)), ".\n",
    ]


@T("ecommerce")
def ec_seller_chat_codeswitch(r: random.Random) -> list:
    s, b = person(r, female=True), person(r)
    return [
        "Translate this seller-buyer chat into English for the dispute team.\n\n",
        P(s.eng), " (seller): hello ka, order นี้ ship แล้วนะคะ tracking ", tracking(r), "\n",
        P(f"{b.nick_en}_{b.en_last.lower()}"), ": แต่ status ยังไม่ update เลยครับ ผม confirm address อีกที ",
        ("ADDRESS", addr(r)), "\n", P(s.eng), " (seller): ok ka, ถ้าไม่ได้ของ call มาที่ ", ("PHONE_NUMBER", mobile(r, "dash")), " na\n",
    ]


@T("ecommerce")
def ec_complaint_email_signature(r: random.Random) -> list:
    c, agent = person(r), person(r, female=True)
    dom = r.choice(CORP_DOMAINS)
    return [
        "Summarise this thread in 3 bullets and suggest the next reply.\n\n",
        "From: ", P(c.en), " <", ("EMAIL_ADDRESS", email(r, c)), ">\nTo: support@", dom, "\n",
        "Subject: Re: [Case #", digits(r, 7), "] Wrong item received\n\n",
        "Still waiting. This is the third email. Please call me on ", ("PHONE_NUMBER", mobile(r, "intl")), ".\n\n",
        "On Tue, ", P(agent.en), " <", ("EMAIL_ADDRESS", email(r, agent, dom)), "> wrote:\n",
        "> Dear Khun ", P(c.en_first), ",\n> We have arranged an exchange. Courier will contact you within 48 hours.\n",
        "> --\n> ", P(agent.en), " | Customer Care Specialist\n> ", r.choice(COMPANIES_EN), "\n",
    ]


@T("ecommerce")
def ec_order_export_csv(r: random.Random) -> list:
    ps = people(r, 3)
    rows = []
    for p in ps:
        rows += [order_no(r, "shopee"), ",", P(p.th), ",", ("PHONE_NUMBER", mobile(r, "plain")), ",\"", ("ADDRESS", addr(r)), "\",",
                 tracking(r), ",", str(r.randint(150, 3000)), "\n"]
    return [
        "CSV export จากหลังร้าน ช่วยหาออเดอร์ที่ที่อยู่อยู่นอกกรุงเทพฯ และรวมยอดเงิน\n\n",
        "order_sn,buyer_name,phone,address,tracking_no,total\n", rows,
    ]


@T("ecommerce")
def ec_returns_excel_paste(r: random.Random) -> list:
    ps = people(r, 3)
    rows = []
    for p in ps:
        rows += [order_no(r, "lazada"), "\t", P(p.caps), "\t", r.choice(BANKS_EN), "\t", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")),
                 "\t", amount(r, 200, 5000), "\n"]
    return [
        "วางมาจาก Excel ช่วยสร้างไฟล์โอนเงินคืนแบบ bulk (fixed width 120) ส่งธนาคาร\n\n",
        "ORDER\tACCOUNT NAME\tBANK\tACCOUNT\tREFUND\n", rows,
    ]


@T("ecommerce")
def ec_chatbot_capture_json(r: random.Random) -> list:
    p = person(r)
    return [
        "ทำไมบอทถามเบอร์ซ้ำ ทั้งที่ slot phone มีค่าแล้ว ช่วยดู state นี้\n```json\n",
        "{\"session\": \"", b64blob(r, 12).rstrip("="), "\", \"channel\": \"line\", \"display_name\": \"", P(p.nick_en), " ", P(p.en_first), "\",\n",
        " \"slots\": {\"name\": \"", P(p.th), "\", \"phone\": \"", ("PHONE_NUMBER", mobile(r, "dash")), "\", \"order_id\": \"",
        order_no(r, "web"), "\"},\n \"intent\": \"track_order\", \"turn\": 6, \"fallback_count\": 2}\n```",
    ]


@T("ecommerce")
def ec_cod_blacklist(r: random.Random) -> list:
    ps = people(r, 2)
    return [
        "รายชื่อลูกค้าที่ปฏิเสธรับของเก็บเงินปลายทาง (COD) ช่วยเขียนเป็นประกาศภายในร้าน (ไม่ต้องโพสต์สาธารณะ)\n\n",
        "1) ", P(ps[0].th), " ", ("PHONE_NUMBER", mobile(r)), " ตีกลับ 4 ครั้ง ", ("ADDRESS", addr(r)), "\n",
        "2) ", P(ps[1].nick_th), " ", P(ps[1].th_last), " ", ("PHONE_NUMBER", mobile(r)), " ไรเดอร์บอกว่าคนแถวนั้นเล่าว่า",
        ("CRIMINAL_RECORD", r.choice(["เคยโดนจับข้อหาฉ้อโกงออนไลน์", "เคยถูกดำเนินคดีฉ้อโกง"])), "\n",
    ]


@T("ecommerce")
def ec_seller_ban_appeal_en(r: random.Random) -> list:
    p = person(r)
    return [
        "Assess this seller appeal against policy 4.2 (sellers with fraud convictions in the last 5 years are "
        "not eligible). Recommend approve/deny.\n\n",
        "Seller: ", P(p.en), " | Shop ", r.choice(SHOPS), " | Tax ID ", ("TH_JURISTIC_ID", juristic(r)), "\n",
        "Appeal text: \"I admit I was ", ("CRIMINAL_RECORD", r.choice(["convicted in 2019 for selling counterfeit goods", "convicted of online fraud in 2018"])),
        ", but I served my sentence and now sell only authorised stock.\"\n",
    ]


@T("ecommerce")
def ec_influencer_contract_th(r: random.Random) -> list:
    p = person(r)
    return [
        "ตรวจ brand safety ของอินฟลูฯ คนนี้ก่อนเซ็นสัญญา และช่วยกรอกข้อมูลคู่สัญญา\n\n",
        "ชื่อ ", P(p.th), " (", P(p.nick_en), " ", P(p.en_first), " บน TikTok)\nเลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "บัญชีรับเงิน ", ("TH_BANK_ACCOUNT", bank_acct(r)), "\nหมายเหตุทีมการตลาด: เคยพูดในไลฟ์ว่าตัวเอง", ("POLITICAL_OPINION", r.choice(POL_TH_SELF)),
        " ยอดวิว 1.2M ต้องประเมินความเสี่ยงต่อแบรนด์\n",
    ]


@T("ecommerce")
def ec_brand_safety_en(r: random.Random) -> list:
    ps = people(r, 2)
    return [
        "Rank these KOL candidates for a neutral household-goods campaign.\n\n",
        "1. ", P(ps[0].eng), " ", P(ps[0].en_last), " (@", ("LINE_ID", line_id(r, ps[0])), " on LINE) - 480k followers, ",
        ("POLITICAL_OPINION", r.choice(POL_EN)), "\n",
        "2. ", P(ps[1].nick_en), " ", P(ps[1].en_first), " - 350k, cooking content only\n",
    ]


@T("ecommerce")
def ec_gift_order_birthday(r: random.Random) -> list:
    s, rec = person(r), person(r)
    return [
        "ช่วยเขียนการ์ดอวยพรสั้นๆ ตามข้อมูลออเดอร์ของขวัญนี้\n\n",
        "ผู้ส่ง: ", P(s.nick_th), "\nผู้รับ: ", P(rec.th), " เกิดวันที่ ", ("DATE_OF_BIRTH", dob(r, "th_long", 1990, 2000)),
        "\nส่งถึง: ", ("ADDRESS", addr(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\nสินค้า: เค้กช็อกโกแลต 2 ปอนด์\n",
    ]


@T("ecommerce")
def ec_warranty_registration(r: random.Random) -> list:
    p = person(r)
    return [
        "ตรวจข้อมูลลงทะเบียนรับประกันนี้: serial ต้องเป็นรูปแบบ AA-000000 และซื้อภายใน 30 วัน\n\n",
        "name=", P(p.en), "&dob=", ("DATE_OF_BIRTH", dob(r, "iso")), "&email=", ("EMAIL_ADDRESS", email(r, p)),
        "&phone=", ("PHONE_NUMBER", mobile(r, "intl_plain")), "&serial=AX-", digits(r, 6), "&purchased=2025-10-01\n",
    ]


@T("ecommerce")
def ec_payment_gateway_debug(r: random.Random) -> list:
    p = person(r)
    return [
        "หน้า checkout ได้ error do_not_honor หมายความว่าอะไร และ request มีอะไรผิดไหม\n\n",
        "POST /v1/charges  ", ts(r), "\n{\"amount\": 249000, \"currency\": \"THB\", \"card\": {\"number\": \"",
        ("CREDIT_CARD", card(r, style="plain")), "\", \"exp\": \"09/28\", \"name\": \"", P(p.caps), "\"},\n",
        " \"customer_email\": \"", ("EMAIL_ADDRESS", email(r, p)), "\", \"ip\": \"", ("IP_ADDRESS", ipv4(r)), "\"}\n",
        "<- 402 {\"failure_code\": \"do_not_honor\"}\n",
    ]


@T("ecommerce")
def ec_live_commerce_comments(r: random.Random) -> list:
    a, b, c = people(r, 3)
    return [
        "ดึงรายการ CF จากคอมเมนต์ไลฟ์ขายของนี้ ออกมาเป็นตาราง ชื่อ / จำนวน / ที่อยู่ / เบอร์\n\n",
        P(a.nick_th), " ", P(a.th_last), ": CF 2 ค่ะ ", ("ADDRESS", addr(r)), " ", ("PHONE_NUMBER", mobile(r, "plain")), "\n",
        P(b.eng), " ", P(b.en_first), ": cf1 เบอร์ ", ("PHONE_NUMBER", mobile(r)), " ที่อยู่ตามเดิมนะคะ\n",
        P(c.th_first), " ", P(c.th_last), ": ราคาเท่าไหร่คะ\n",
    ]


@T("ecommerce")
def ec_rider_accident_report(r: random.Random) -> list:
    p = person(r, female=False)
    return [
        "ร่างรายงานอุบัติเหตุไรเดอร์ส่งบริษัทประกัน\n\n",
        "ไรเดอร์: ", P(p.th), " รหัส RD-", digits(r, 6), "\nรถ ", ("TH_VEHICLE_PLATE", plate(r)), "\n",
        "เหตุ: ถูกรถกระบะเฉี่ยวที่แยกบางนา ", ts(r), "\nนำส่ง รพ.", r.choice(["บางนา 1", "จุฬารัตน์ 3", "ศิครินทร์"]),
        " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), " ผลวินิจฉัย ", ("HEALTH_DATA", r.choice(["กระดูกข้อมือขวาหัก", "ไหปลาร้าหัก", "ศีรษะกระแทก สมองกระทบกระเทือน"])), "\n",
    ]


@T("ecommerce")
def ec_seller_payout_dispute(r: random.Random) -> list:
    p = person(r)
    return [
        "อธิบายให้ผู้ขายเข้าใจว่าทำไมยอดโอนถูกระงับ จากข้อเท็จจริงด้านล่าง ภาษาเป็นกันเอง\n\n",
        "Seller contact: ", P(p.eng), " ", P(p.en_last), " <", ("EMAIL_ADDRESS", email(r, p)), ">\n",
        "Company: ", r.choice(COMPANIES_EN), " (", ("TH_JURISTIC_ID", juristic(r, "dash")), ")\n",
        "Payout account on file: ", ("TH_BANK_ACCOUNT", bank_acct(r)), " - name mismatch with company name\n",
        "Held amount: THB ", amount(r, 20000, 400000), "\n",
    ]


@T("ecommerce")
def ec_pdpa_dsar_en(r: random.Random) -> list:
    p = person(r)
    return [
        "Draft the acknowledgement for this data subject request (deletion). 30-day deadline.\n\n",
        "Request received via web form\nName: ", P(p.en_alt), "\nDate of birth: ", ("DATE_OF_BIRTH", dob(r, "en")), "\n",
        "Email: ", ("EMAIL_ADDRESS", email(r, p, alt=True)), "\nPhone: ", ("PHONE_NUMBER", mobile(r, "dash")), "\n",
        "Message: please delete my account and all order history.\n",
    ]


@T("ecommerce")
def ec_hearing_aid_fitting(r: random.Random) -> list:
    p = person(r)
    return [
        "ลูกค้าสั่งเครื่องช่วยฟังออนไลน์ ช่วยเขียนข้อความนัดวันปรับตั้งค่า\n\n",
        "ลูกค้า: ", P(p.th), " อายุ 67 ", ("DISABILITY", r.choice(["หูตึงทั้งสองข้างระดับรุนแรง", "พิการทางการได้ยิน"])),
        "\nLINE: ", ("LINE_ID", line_id(r, p)), " (ลูกสาวเป็นคนตอบแชท)\nที่อยู่: ", ("ADDRESS", addr(r)), "\n",
    ]


@T("ecommerce")
def ec_hilltribe_seller_story(r: random.Random) -> list:
    p = person(r, female=True)
    return [
        "เขียนเรื่องราวผู้ขาย 80 คำ สำหรับหน้าร้าน (ได้รับความยินยอมแล้ว) และทำรายการข้อมูลโอนเงิน\n\n",
        "ผู้ขาย: ", P(p.th), " (", P(p.nick_th), ") ", ("ETHNICITY", r.choice(["ชาวม้ง", "ชาวอาข่า", "ชาวกะเหรี่ยงโผล่ว"])),
        " จากดอยปุย ทอผ้าปักมือมา 20 ปี\nโทร ", ("PHONE_NUMBER", mobile(r)), "\nบัญชี ธ.ก.ส. ", ("TH_BANK_ACCOUNT", bank_acct(r, "gsb")), "\n",
    ]


@T("ecommerce")
def ec_seller_liveness_log(r: random.Random) -> list:
    p = person(r)
    return [
        "ทำไมร้านนี้ตรวจ liveness ไม่ผ่าน ดู log ข้างล่าง\n\n",
        ts(r), " kyc.liveness seller=\"", P(p.en), "\" cid=", ("TH_NATIONAL_ID", nid(r, "plain")), "\n",
        ts(r), " kyc.liveness face_embedding=", ("BIOMETRIC_DATA", face_vec(r, 8)), " spoof_score=0.88 verdict=SPOOF\n",
    ]


@T("ecommerce")
def ec_buyer_abuse_report_en(r: random.Random) -> list:
    b, s = person(r), person(r, female=True)
    return [
        "Moderation: decide whether to suspend the buyer. Evidence below.\n\n",
        "Reporter: seller ", P(s.en), "\nBuyer: ", P(b.nick_en), " (", P(b.en), "), phone ", ("PHONE_NUMBER", mobile(r)), "\n",
        "Chat excerpt: buyer sent abusive messages ", r.choice(["after", "right after"]),
        " she said she is ", ("ETHNICITY", r.choice(["ethnic Karen", "Shan", "Akha"])), ". Screenshots attached.\n",
    ]


@T("ecommerce")
def ec_pharmacy_order_rx(r: random.Random) -> list:
    p = person(r)
    return [
        "ร้านขายยาออนไลน์: ใบสั่งยาครบถ้วนไหม ต้องให้เภสัชกรโทรยืนยันอะไรบ้าง\n\n",
        "ผู้ป่วย ", P(p.th), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "dash")), "\nยา: ",
        ("HEALTH_DATA", r.choice(["Tenofovir/Emtricitabine (PrEP) 30 เม็ด", "Sertraline 50 mg สำหรับโรคซึมเศร้า", "Metformin 500 mg (เบาหวาน)"])),
        "\nจัดส่ง ", ("ADDRESS", addr(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
    ]


@T("ecommerce")
def ec_prep_privacy_en(r: random.Random) -> list:
    p = person(r, female=False)
    return [
        "Customer asks us to remove an item from his order history. Draft a reply and tell me whether we can.\n\n",
        "From: ", ("EMAIL_ADDRESS", email(r, p)), "\nHi, I'm ", P(p.en), ". I bought ", ("HEALTH_DATA", "PrEP"), " and condoms through your "
        "pharmacy partner because I ", ("SEXUAL_BEHAVIOUR", "have multiple male partners"),
        ", and my family shares this account. Please hide the order.\n",
    ]


@T("ecommerce")
def ec_church_bulk_order(r: random.Random) -> list:
    p = person(r)
    return [
        "Write an invoice note for this bulk order and confirm delivery time.\n\n",
        "Buyer: ", P(p.en), " (", P(p.eng), "), mobile ", ("PHONE_NUMBER", mobile(r, "intl")), "\n",
        "Note: 'We're ordering 200 candles for our Christmas service. I'm a ", ("RELIGION", r.choice(["Catholic", "Christian"])),
        " volunteer at the parish, please deliver before 20 Dec to ", ("ADDRESS", addr(r, en=True)), ".'\n",
    ]


@T("ecommerce")
def ec_union_bulk_tshirt(r: random.Random) -> list:
    p = person(r)
    return [
        "ลูกค้าสั่งเสื้อสกรีน 300 ตัว ช่วยสรุปสเปกและร่างใบเสนอราคา\n\n",
        "ผู้สั่ง: ", P(p.th), " ", p.self_th, ("TRADE_UNION", r.choice(["เป็นเลขาธิการสหภาพแรงงาน", "เป็นกรรมการสหภาพแรงงาน"])),
        "ยานยนต์ อมตะนคร สั่งเสื้อใส่เดินขบวนวันแรงงาน 1 พ.ค.\nLINE ", ("LINE_ID", line_id(r, p)), "\nสกรีนหน้า: โลโก้สหภาพ / หลัง: ค่าจ้างที่เป็นธรรม\n",
    ]


@T("ecommerce")
def ec_union_rider_strike_en(r: random.Random) -> list:
    ps = people(r, 2)
    return [
        "Internal ops: summarise the rider group chat and list who is organising the strike.\n\n",
        "[22:01] ", P(ps[0].nick_en), " Rider: everyone log off Friday 5pm, we demand 35 baht base fare\n",
        "[22:03] ", P(ps[1].en), ": I ", ("TRADE_UNION", "joined the riders' union"), " today, membership form is on the page\n",
        "[22:04] ", P(ps[0].nick_en), " Rider: my number for the list ", ("PHONE_NUMBER", mobile(r)), "\n",
    ]


@T("ecommerce")
def ec_sex_orientation_support_th(r: random.Random) -> list:
    p = person(r, female=True)
    return [
        "ช่วยตอบลูกค้าคนนี้อย่างสุภาพ และแจ้งวิธีเปลี่ยนชื่อผู้รับ\n\n",
        "แชทจาก ", P(p.nick_en), " ", P(p.en_first), ": สวัสดีค่ะ สั่งแหวนคู่ไปแล้ว อยากสลักชื่อแฟนค่ะ หนู",
        ("SEXUAL_BEHAVIOUR", r.choice(["เป็นเลสเบี้ยน", "คบกับแฟนผู้หญิงมา 3 ปี"])), " ชื่อแฟนคือ ", P(person(r, female=True).nick_th),
        " ค่ะ ส่งที่ ", ("ADDRESS", addr(r)), "\n",
    ]


@T("ecommerce")
def ec_genetic_pharmacogenomic_en(r: random.Random) -> list:
    p = person(r)
    return [
        "A customer uploaded their genetic report to our health-store assistant. Explain which of our "
        "supplements might interact. Be careful, non-diagnostic.\n\n",
        "Customer: ", P(p.en), " | email ", ("EMAIL_ADDRESS", email(r, p)), "\nReport: ",
        ("GENETIC_DATA", r.choice(["CYP2C19 *2/*2 poor metabolizer", "HLA-B*58:01 positive", "MTHFR C677T homozygous"])), "\n",
    ]


# ==============================================================================================
# More branch, HR and call-centre traffic
# ==============================================================================================
@T("bank")
def bank_bancassurance_health_declaration(r: random.Random) -> list:
    p = person(r, female=True)
    return [
        "ลูกค้าสมัครประกันชีวิตผ่านสาขา (bancassurance) ช่วยดูคำแถลงสุขภาพว่าต้องส่ง underwriter พิจารณาเพิ่มไหม\n\n",
        "ผู้เอาประกัน: ", p.th_title, P(p.th), "  เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "  วันเกิด ", ("DATE_OF_BIRTH", dob(r, "th_short", 1978, 1992)), "\n",
        "ข้อ 7 เคยตรวจพันธุกรรมหรือไม่: เคย ", ("GENETIC_DATA", r.choice(["ตรวจพบยีน BRCA1 กลายพันธุ์", "ตรวจพบยีน BRCA2 กลายพันธุ์"])),
        " (ตรวจที่ รพ.จุฬาฯ ปี 2566 เพราะแม่เป็นมะเร็งรังไข่)\nข้อ 8 ประวัติการรักษาใน 5 ปี: ไม่มี\n",
        "พนักงานผู้ขาย: ", P(person(r).th), " รหัสตัวแทน ", digits(r, 7), "\n",
    ]


@T("hr")
def hr_genetic_disclosure_question(r: random.Random) -> list:
    p = person(r)
    return [
        "พนักงานถาม HR ทางอีเมล ช่วยร่างคำตอบว่าบริษัทไม่มีสิทธิขอข้อมูลนี้ และแนะนำให้ติดต่อบริษัทประกันโดยตรง\n\n",
        "จาก: ", P(p.th), " <", ("EMAIL_ADDRESS", email(r, p, r.choice(CORP_DOMAINS))), ">\n",
        "เรื่อง: ฟอร์มประกันกลุ่มปีนี้\n\nสวัสดี", p.end_th, " ฟอร์มประกันกลุ่มปีนี้ถามว่ามีโรคทางพันธุกรรมไหม ", p.self_th, "เป็น",
        ("GENETIC_DATA", r.choice(["พาหะธาลัสซีเมียชนิดเบต้า", "พาหะฮีโมโกลบินอี", "พาหะโรค G6PD"])),
        " ต้องกรอกไหม กลัวโดนปฏิเสธ\n", P(p.nick_th), " ฝ่ายบัญชี ต่อ 2214\n",
    ]


@T("callcentre")
def cc_student_loan_call(r: random.Random) -> list:
    p = person(r)
    return [
        "สรุปสายนี้สำหรับส่งต่อทีมสินเชื่อเพื่อการศึกษา\n\n",
        "ลูกค้า: สวัสดีค่ะ หนูชื่อ", P(p.th_first), " ", P(p.th_last), " ค่ะ โทรเรื่องยื่นกู้เรียนเทอมหน้า\n",
        "เจ้าหน้าที่: ขอรหัสนักศึกษาค่ะ\nลูกค้า: ", ("STUDENT_ID", student_id(r)), " ค่ะ มหาวิทยาลัยราชภัฏ", r.choice(["สวนสุนันทา", "เชียงใหม่", "อุดรธานี"]), "\n",
        "เจ้าหน้าที่: บัญชีรับเงินค่าครองชีพยังเป็นเลข ", ("TH_BANK_ACCOUNT", bank_acct(r)), " ไหมคะ\nลูกค้า: ใช่ค่ะ\n",
    ]


@T("bank")
def bank_pep_screening_note(r: random.Random) -> list:
    p = person(r)
    return [
        "ช่วยเขียนความเห็น Enhanced Due Diligence สั้นๆ สำหรับลูกค้ารายนี้ที่ติด PEP screening\n\n",
        "ลูกค้า: ", P(p.th), " (", P(p.caps), ")\nเลขบัตร ", ("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "ผลคัดกรอง: สมาชิกสภาเทศบาลนคร", r.choice(["อุดรธานี", "นครสวรรค์", "ยะลา"]), " ", ("POLITICAL_OPINION", r.choice(["เป็นสมาชิกพรรคเพื่อไทย", "เป็นสมาชิกพรรคภูมิใจไทย", "สังกัดพรรคประชาชน"])),
        "\nแหล่งเงินฝาก: ธุรกิจรับเหมาก่อสร้างของครอบครัว บัญชี ", ("TH_BANK_ACCOUNT", bank_acct(r)), "\n",
    ]
# ==============================================================================================
# Hard negatives for every s.26 category (same domains and words, no fact about a person)
# ==============================================================================================
@T("hr", hard="HEALTH_DATA")
def hn_health_sick_leave_policy(r: random.Random) -> list:
    days = r.choice([30, 30, 45])
    return [
        "ช่วยสรุประเบียบการลาป่วยด้านล่างเป็น FAQ 5 ข้อสำหรับพนักงานใหม่\n\n",
        "ระเบียบว่าด้วยการลา พ.ศ. 2568 หมวด 3 การลาป่วย\n",
        "ข้อ 12 พนักงานมีสิทธิลาป่วยได้เท่าที่ป่วยจริง โดยได้รับค่าจ้างไม่เกิน ", str(days), " วันทำงานต่อปี\n",
        "ข้อ 13 การลาป่วยตั้งแต่ 3 วันทำงานขึ้นไป ต้องแนบใบรับรองแพทย์แผนปัจจุบันชั้นหนึ่งหรือสถานพยาบาลของทางราชการ\n",
        "ข้อ 14 กรณีเจ็บป่วยจากโรคเรื้อรัง เช่น เบาหวาน ความดันโลหิตสูง โรคซึมเศร้า ให้ใช้สิทธิลาป่วยตามข้อ 12 "
        "และอาจขอปรับเวลาทำงานได้โดยความเห็นชอบของผู้บังคับบัญชา\n",
        "ข้อ 15 พนักงานหญิงมีสิทธิลาเพื่อคลอดบุตรได้ 98 วัน รวมวันลาเพื่อตรวจครรภ์ก่อนคลอด\n",
    ]


@T("hr", hard="HEALTH_DATA")
def hn_health_group_insurance_table_en(r: random.Random) -> list:
    return [
        "Compare Plan A and Plan B for our 2026 group health renewal and recommend one for 600 staff "
        "(average age 34).\n\n",
        "| Benefit | Plan A | Plan B |\n|---|---|---|\n",
        "| IPD room & board / day | 3,000 | 4,000 |\n| OPD per visit (30 visits) | 1,000 | 1,500 |\n",
        "| Cancer treatment (chemo/radiation) | 200,000 | unlimited in network |\n",
        "| Mental health (depression, anxiety) OPD | excluded | 20 visits |\n",
        "| Dialysis for chronic kidney disease | 100,000 | 150,000 |\n",
        "| Annual premium / head (THB) | ", f"{r.randint(9, 11)},{r.randint(100, 900)}", " | ", f"{r.randint(13, 15)},{r.randint(100, 900)}", " |\n",
    ]


@T("bank", hard="RELIGION")
def hn_relig_bank_holiday_notice(r: random.Random) -> list:
    return [
        "ช่วยทำโพสต์ Facebook แจ้งวันหยุดสาขาจากประกาศนี้ ให้อ่านง่าย ใส่อีโมจิได้\n\n",
        "ประกาศ ธนาคารปิดทำการตามวันหยุดตามประเพณี ไตรมาส 1/2569\n",
        "- วันมาฆบูชา (", r.choice(["3", "4"]), " มี.ค.) สาขาปิดทำการ ยกเว้นสาขาในห้างสรรพสินค้า\n",
        "- วันตรุษจีน สาขาเยาวราชเปิดครึ่งวัน\n",
        "- สาขาใน 3 จังหวัดชายแดนภาคใต้ ปิดทำการวันฮารีรายอ ตามประกาศจุฬาราชมนตรี\n",
        "- วันคริสต์มาส สาขาเปิดทำการตามปกติ\nบริการ Mobile Banking ใช้งานได้ตลอด 24 ชั่วโมง\n",
    ]


@T("hr", hard="RELIGION")
def hn_relig_prayer_room_policy_en(r: random.Random) -> list:
    return [
        "Tighten the wording of this workplace policy and make it inclusive.\n\n",
        "Policy HR-17: Religious Observance\n",
        "1. Prayer rooms are available on floors 3 and 11. They may be used by employees of any faith.\n",
        "2. During Ramadan, Muslim employees may request a shifted schedule (e.g. 07:00-16:00) with manager approval.\n",
        "3. Buddhist employees may request up to ", str(r.choice([15, 30])), " days of paid ordination leave once during employment.\n",
        "4. Employees travelling for Hajj may request up to 30 days leave (15 paid).\n",
        "5. Canteen menus will label halal, vegetarian (jay) and beef-free options.\n",
    ]


@T("hr", hard="ETHNICITY")
def hn_eth_equal_opportunity_jobad_en(r: random.Random) -> list:
    return [
        "Rewrite this job ad to sound friendlier; keep the EEO statement.\n\n",
        "Customer Service Officer (Myanmar / Khmer speaking) - Samut Sakhon\n",
        "We serve migrant worker customers across Mahachai. Fluent Thai plus Burmese, Karen or Khmer required.\n",
        "Salary THB 18,000-22,000 + language allowance.\n",
        "We are an equal opportunity employer and do not discriminate on the basis of race, ethnicity, "
        "religion, disability, sexual orientation or union membership.\nApply: careers@",
        r.choice(CORP_DOMAINS), "\n",
    ]


@T("ecommerce", hard="ETHNICITY")
def hn_eth_hilltribe_product_listing(r: random.Random) -> list:
    return [
        "ช่วยเขียนคำบรรยายสินค้าให้น่าซื้อขึ้น ไม่เกิน 60 คำ และตั้ง SEO keyword 5 คำ\n\n",
        "ชื่อสินค้า: กระเป๋าผ้าปักลายชาวเขา เผ่าม้ง ทำมือ\nราคา ", str(r.choice([390, 450, 520])), " บาท | SKU HMG-", digits(r, 4), "\n",
        "รายละเอียด: ลายปักแบบดั้งเดิมของชาวม้งและลวดลายผ้าทอกะเหรี่ยง ผลิตโดยกลุ่มวิสาหกิจชุมชนบนดอย "
        "รายได้ส่วนหนึ่งสนับสนุนโรงเรียนในพื้นที่\nขนาด 30x25 ซม. ผ้าฝ้าย 100%\n",
    ]


@T("bank", hard="POLITICAL_OPINION")
def hn_pol_election_day_branch_notice(r: random.Random) -> list:
    return [
        "ร่างอีเมลแจ้งพนักงานสาขาทุกคนจากข้อมูลนี้\n\n",
        "- วันเลือกตั้งนายกเทศมนตรีและสมาชิกสภาท้องถิ่น อาทิตย์ที่ ", str(r.randint(1, 28)), " นี้ สาขาในห้างเปิดตามปกติ\n",
        "- พนักงานที่มีสิทธิเลือกตั้งสามารถขอสลับกะเพื่อไปใช้สิทธิได้ แจ้งหัวหน้าภายในวันพุธ\n",
        "- ห้ามสวมเสื้อยูนิฟอร์มร่วมกิจกรรมหาเสียงหรือติดสติกเกอร์พรรคการเมืองใดๆ ที่เคาน์เตอร์\n",
        "- หากลูกค้าชวนคุยเรื่องการเมือง ให้ตอบอย่างสุภาพและเป็นกลาง\n",
    ]


@T("hr", hard="POLITICAL_OPINION")
def hn_pol_neutrality_policy_en(r: random.Random) -> list:
    return [
        "Summarise this social media policy for the onboarding deck (5 bullets).\n\n",
        "Section 6 - Political activity\nEmployees have the right to hold and express political opinions in their "
        "private capacity. Employees must not (a) state or imply that their political views are those of the "
        "Company, (b) use Company devices or uniforms at rallies, protests or party events, or (c) solicit "
        "colleagues to join any political party during working hours. Breaches are handled under the "
        "disciplinary procedure, section 9. Last reviewed: ", r.choice(["March", "July"]), " 2025.\n",
    ]


@T("hr", hard="CRIMINAL_RECORD")
def hn_crim_bgc_service_pricing(r: random.Random) -> list:
    return [
        "เปรียบเทียบราคาบริการตรวจประวัติพนักงานจาก 2 ผู้ให้บริการนี้ ว่าเจ้าไหนคุ้มกว่าสำหรับ 120 คน/ปี\n\n",
        "ผู้ให้บริการ A: ตรวจประวัติอาชญากรรม (ลายพิมพ์นิ้วมือผ่าน สพฐ.ตร.) ", str(r.choice([350, 390])), " บาท/ราย "
        "ตรวจสอบวุฒิการศึกษา 300 บาท ตรวจเครดิตบูโร 200 บาท ระยะเวลา 7-10 วันทำการ\n",
        "ผู้ให้บริการ B: แพ็กเกจรวม (ประวัติอาชญากรรม + คดีล้มละลาย + ประวัติการทำงาน) 990 บาท/ราย ส่วนลด 15% เมื่อเกิน 100 ราย\n",
        "ทั้งสองรายต้องมีหนังสือยินยอมจากผู้สมัครตาม PDPA ก่อนส่งตรวจ\n",
    ]


@T("hr", hard="CRIMINAL_RECORD")
def hn_crim_consent_template_en(r: random.Random) -> list:
    return [
        "Check this consent form template for PDPA gaps.\n\n",
        "BACKGROUND CHECK CONSENT\nI, {{candidate_full_name}}, ID card no. {{national_id}}, consent to "
        "{{company_name}} and its vendor verifying my criminal record with the Royal Thai Police, my education "
        "and my employment history, for the purpose of evaluating my application for {{position}}.\n",
        "Results will be retained for ", str(r.choice([90, 180])), " days and then destroyed. A criminal record does not "
        "automatically disqualify a candidate; relevance to the role is assessed case by case.\n",
        "Signature: ____________  Date: {{date}}\n",
    ]


@T("hr", hard="SEXUAL_BEHAVIOUR")
def hn_sex_anti_harassment_policy(r: random.Random) -> list:
    return [
        "แปลนโยบายนี้เป็นภาษาอังกฤษ ให้เป็นทางการ\n\n",
        "นโยบายป้องกันและแก้ไขปัญหาการล่วงละเมิดหรือคุกคามทางเพศในการทำงาน\n",
        "1. บริษัทไม่ยอมรับพฤติกรรมคุกคามทางเพศทุกรูปแบบ ทั้งทางวาจา ท่าทาง การสัมผัส และข้อความทางออนไลน์\n",
        "2. บริษัทเคารพความหลากหลายทางเพศ ไม่เลือกปฏิบัติด้วยเหตุแห่งเพศสภาพหรือรสนิยมทางเพศ (LGBTQ+)\n",
        "3. ผู้บังคับบัญชาที่มีความสัมพันธ์ทางชู้สาวกับผู้ใต้บังคับบัญชาต้องแจ้งฝ่ายบุคคลเพื่อปรับสายการบังคับบัญชา\n",
        "4. ช่องทางร้องเรียน: ethics@", r.choice(CORP_DOMAINS), " หรือกล่องรับเรื่องชั้น 2\n",
    ]


@T("hr", hard="SEXUAL_BEHAVIOUR")
def hn_sex_marriage_equality_benefits_en(r: random.Random) -> list:
    return [
        "Draft an all-staff announcement about this benefits change.\n\n",
        "Following the Marriage Equality Act (in force 23 January 2025), effective ", r.choice(["1 April", "1 July"]),
        " 2025 all spouse benefits (medical, marriage allowance THB 3,000, funeral assistance) apply equally "
        "to same-sex spouses. Employees who registered a marriage may submit the certificate to HR Services. "
        "No information about sexual orientation will be requested or recorded.\n",
    ]


@T("hr", hard="DISABILITY")
def hn_dis_s33_quota_calc(r: random.Random) -> list:
    n = r.choice([412, 650, 1280])
    return [
        "ช่วยคำนวณว่าบริษัทต้องจ้างคนพิการกี่คนตามมาตรา 33 หรือต้องจ่ายเงินเข้ากองทุนตามมาตรา 34 เท่าไร\n\n",
        f"จำนวนลูกจ้าง ณ 1 ต.ค.: {n} คน\nอัตราส่วน: ลูกจ้าง 100 คน ต่อคนพิการ 1 คน เศษเกิน 50 คิดเพิ่ม 1 คน\n",
        "ปัจจุบันจ้างคนพิการแล้ว 3 คน และให้สัมปทานตามมาตรา 35 อีก 1 ราย\n",
        "ค่าจ้างขั้นต่ำที่ใช้คำนวณ: 363 บาท/วัน x 365 วัน\n",
    ]


@T("bank", hard="DISABILITY")
def hn_dis_branch_accessibility_en(r: random.Random) -> list:
    return [
        "Make this branch accessibility notice shorter for a poster.\n\n",
        "All branches opened after 2022 have step-free entrances, a lowered counter for wheelchair users, "
        "and priority queue tickets for persons with disabilities, pregnant customers and the elderly. "
        "Sign-language video calls are available at ", str(r.choice([12, 24])), " flagship branches. "
        "Talking ATMs with headphone jacks support visually impaired customers. Service animals are welcome.\n",
    ]


@T("hr", hard="TRADE_UNION")
def hn_union_labour_relations_faq(r: random.Random) -> list:
    return [
        "ตอบคำถามพนักงานจาก พ.ร.บ.แรงงานสัมพันธ์ ให้สั้นและถูกต้อง\n\n",
        "Q1: ลูกจ้างกี่คนจึงจดทะเบียนสหภาพแรงงานได้\nQ2: นายจ้างเลิกจ้างเพราะลูกจ้างเป็นสมาชิกสหภาพได้หรือไม่\n",
        "Q3: การยื่นข้อเรียกร้องต้องมีลูกจ้างลงชื่อสนับสนุนร้อยละเท่าไร\n",
        "Q4: คณะกรรมการลูกจ้างต่างจากสหภาพแรงงานอย่างไร\n(บริษัทมีพนักงาน ", str(r.choice([180, 640])), " คน)\n",
    ]


@T("hr", hard="TRADE_UNION")
def hn_union_cba_clause_en(r: random.Random) -> list:
    return [
        "Translate clause 7 of this collective agreement into plain English for managers.\n\n",
        "Clause 7. Annual wage adjustment. The Company shall increase base wages by ", r.choice(["3.5", "4.0"]),
        "% effective 1 January, and pay a bonus of 1.8 months. The Union shall not call a strike during the "
        "term of this agreement. Union dues shall be deducted from payroll only upon written authorisation "
        "of the member. Signed by the Company and the Union on 15 December.\n",
    ]


@T("ecommerce", hard="GENETIC_DATA")
def hn_gen_dna_kit_listing(r: random.Random) -> list:
    return [
        "เขียนคำโฆษณาชุดตรวจ DNA นี้ให้ถูกต้องตามเกณฑ์ อย. ห้ามอ้างรักษาโรค\n\n",
        "ชุดตรวจ DNA ที่บ้าน GeneLite ราคา ", str(r.choice([2990, 3590])), " บาท\n",
        "- ตรวจ 120 ยีนเกี่ยวกับโภชนาการ การเผาผลาญ และการตอบสนองต่อกาแฟ\n",
        "- รายงานความเสี่ยงพาหะธาลัสซีเมีย และยีน BRCA1/BRCA2 (ต้องปรึกษาแพทย์ก่อนแปลผล)\n",
        "- เก็บตัวอย่างน้ำลาย ส่งกลับฟรี รู้ผลใน 21 วัน ข้อมูลเข้ารหัสและไม่แชร์กับบริษัทประกัน\n",
    ]


@T("hr", hard="GENETIC_DATA")
def hn_gen_insurance_exclusion_en(r: random.Random) -> list:
    return [
        "Does this group policy clause allow the insurer to ask our employees for genetic tests? Answer yes/no "
        "and quote the line.\n\n",
        "Exclusion 4.7: The Insurer shall not require any Insured Person to undergo genetic testing, nor use "
        "the results of any predictive genetic test (including BRCA1/2, APOE or thalassaemia carrier screening) "
        "in underwriting or claims. Congenital conditions diagnosed before the effective date are covered after ",
        str(r.choice([12, 24])), " months.\n",
    ]


@T("bank", hard="BIOMETRIC_DATA")
def hn_bio_face_verify_faq(r: random.Random) -> list:
    return [
        "ปรับ FAQ นี้ให้เป็นภาษาพูด สำหรับให้ call center อ่านตอบลูกค้า\n\n",
        "ถาม: ทำไมต้องสแกนใบหน้าเมื่อโอนเงินเกิน 50,000 บาท\n",
        "ตอบ: ตามประกาศธนาคารแห่งประเทศไทย ธุรกรรมโอนเงินตั้งแต่ 50,000 บาทต่อครั้ง หรือ 200,000 บาทต่อวัน "
        "ต้องยืนยันตัวตนด้วยการเปรียบเทียบใบหน้า (biometric comparison) กับข้อมูลบัตรประชาชน\n",
        "ถาม: ธนาคารเก็บรูปใบหน้าไว้หรือไม่\nตอบ: ระบบเก็บเฉพาะค่าแม่แบบที่เข้ารหัส ไม่เก็บรูปถ่าย และลบเมื่อปิดบัญชี ",
        "(ฉบับปรับปรุง ", r.choice(["มี.ค.", "ก.ย."]), " 2568)\n",
    ]


@T("hr", hard="BIOMETRIC_DATA")
def hn_bio_attendance_device_spec_en(r: random.Random) -> list:
    return [
        "Compare these two time-attendance terminals for our 14 warehouses and draft the DPIA questions.\n\n",
        "Model FX-", str(r.choice([200, 350])), ": fingerprint + face, capacity 3,000 faces / 10,000 fingerprints, "
        "templates stored on-device (ISO 19794-2), TCP/IP + Wi-Fi, THB 14,900.\n",
        "Model PalmGo: palm-vein + card, cloud template sync, 1:N in < 1 s, THB 21,500, API export of templates.\n",
    ]


# ==============================================================================================
# Other negatives: job ads, policies, salary bands, listings, order numbers, scripts, logs
# ==============================================================================================
@T("hr", neg=True)
def neg_job_ad_th(r: random.Random) -> list:
    return [
        "ช่วยปรับประกาศรับสมัครงานนี้ให้กระชับ ใช้ลงใน JobsDB และ LINE OA\n\n",
        "รับสมัครพนักงาน Call Center (ธนาคาร) ", str(r.choice([10, 20])), " อัตรา\n",
        "- วุฒิ ปวส. ขึ้นไป อายุ 20-35 ปี สื่อสารภาษาไทยชัดเจน\n- เงินเดือน 15,000-18,000 บาท + ค่าภาษา + Incentive\n",
        "- ทำงานเป็นกะ สัปดาห์ละ 5 วัน ที่อาคารสำนักงานใหญ่ พระราม 9 (MRT พระราม 9 ทางออก 2)\n",
        "ส่งประวัติได้ที่ hr@", r.choice(CORP_DOMAINS), " หรือ walk-in ทุกวันพุธ 09:00-12:00\n",
    ]


@T("hr", neg=True)
def neg_job_ad_en(r: random.Random) -> list:
    return [
        "Write three alternative headlines for this job post.\n\n",
        "We're hiring: Payroll & Benefits Specialist (", r.choice(["Hybrid", "On-site"]), ", Bangkok)\n",
        "What you'll do: run payroll for 1,200 employees, file SSO and PND.1/1K, handle provident fund.\n",
        "What you bring: 3+ years payroll, Excel (XLOOKUP, pivot), experience with Humatrix or SAP.\n",
        "Salary: THB 35,000-48,000 DOE. Send your CV to recruit@", r.choice(CORP_DOMAINS), " with subject PAY-2025.\n",
    ]


@T("hr", neg=True)
def neg_ot_policy_th(r: random.Random) -> list:
    return [
        "ช่วยทำตารางสรุปอัตราค่าล่วงเวลาจากระเบียบนี้\n\n",
        "การทำงานล่วงเวลาในวันทำงาน ได้รับ 1.5 เท่าของอัตราค่าจ้างต่อชั่วโมง\n",
        "การทำงานในวันหยุด (พนักงานรายเดือน) ได้รับเพิ่มอีก 1 เท่า\nการทำงานล่วงเวลาในวันหยุด ได้รับ 3 เท่า\n",
        "ชั่วโมงทำงานล่วงเวลารวมกับวันหยุดต้องไม่เกิน 36 ชั่วโมงต่อสัปดาห์ ตัดรอบวันที่ ", str(r.choice([20, 25])), " ของเดือน\n",
    ]


@T("payroll", neg=True)
def neg_salary_band_table(r: random.Random) -> list:
    base = r.choice([15000, 16500])
    rows = []
    for g in range(1, 6):
        lo = int(base * (1.35 ** (g - 1)))
        rows.append(f"| G{g} | {lo:,} | {int(lo * 1.25):,} | {int(lo * 1.6):,} |\n")
    return [
        "จากโครงสร้างเงินเดือนนี้ range spread และ midpoint progression ระหว่างกระบอกเงินเดือนเป็นเท่าไร สอดคล้องกับตลาดไหม\n\n| Grade | Min | Mid | Max |\n|---|---|---|---|\n", rows,
    ]


@T("ecommerce", neg=True)
def neg_product_listing_th(r: random.Random) -> list:
    ean = "885" + digits(r, 9)
    ean += str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(ean)) % 10) % 10)
    return [
        "เขียนชื่อสินค้าใหม่ให้ติด SEO บน Shopee/Lazada ไม่เกิน 100 ตัวอักษร\n\n",
        "ชื่อเดิม: ", r.choice(PRODUCTS), " ของแท้ ประกันศูนย์ 1 ปี\nบาร์โค้ด ", ean, "  SKU ", "SK-", digits(r, 6), "\n",
        "ราคา 1,", str(r.randint(100, 990)), " บาท (ปกติ 2,490) ส่งฟรีเมื่อซื้อครบ 500 บาท\n",
        "สต็อก 248 ชิ้น น้ำหนัก 1.2 กก. ขนาดกล่อง 30x20x15 ซม.\n",
    ]


@T("ecommerce", neg=True)
def neg_product_listing_en(r: random.Random) -> list:
    return [
        "Improve this product description for the English storefront; keep the specs.\n\n",
        r.choice(PRODUCTS_EN).capitalize(), " - model ", r.choice(["K7", "Z3 Pro", "AirMax 2"]), "\n",
        "Battery 5,000 mAh, USB-C PD 20W, weight 180 g, colours: sand / graphite. 12-month warranty. "
        "In the box: device, cable, quick-start guide. SKU ", r.choice(["EAR", "FRY", "SCL"]), "-", digits(r, 5), "\n",
    ]


@T("ecommerce", neg=True)
def neg_order_tracking_status_en(r: random.Random) -> list:
    rows = [f"{order_no(r)} | {tracking(r)} | {r.choice(['In transit', 'Delivered', 'Returned to sender', 'At hub'])}\n"
            for _ in range(4)]
    return [
        "Which of these shipments are late (more than 5 days in transit)? Dispatch date for all: 2025-11-02.\n\n",
        "ORDER | TRACKING | STATUS\n", rows,
    ]


@T("ecommerce", neg=True)
def neg_invoice_reconcile(r: random.Random) -> list:
    rows = [f"INV-2025-{digits(r, 5)}\t{amount(r, 500, 80000)}\t{r.choice(['paid', 'unpaid', 'partial'])}\n" for _ in range(4)]
    return [
        "กระทบยอดใบแจ้งหนี้กับรายการเงินเข้า ว่าใบไหนยังไม่ได้รับชำระ ยอดรวมเท่าไร\n\n",
        "เลขที่ใบแจ้งหนี้\tยอด\tสถานะ\n", rows,
        "รายการเงินเข้า: Ref ", digits(r, 12), " 12,400.00 / Ref ", digits(r, 12), " 3,210.50\n",
    ]


@T("ecommerce", neg=True)
def neg_chatbot_script_placeholders(r: random.Random) -> list:
    return [
        "ปรับสคริปต์บอทนี้ให้สุภาพขึ้น เก็บ placeholder ไว้เหมือนเดิม\n\n",
        "greet: \"สวัสดีค่ะคุณ{{customer_name}} น้องช้อปดีพร้อมช่วยค่ะ\"\n",
        "ask_order: \"รบกวนพิมพ์เลขคำสั่งซื้อ เช่น {{order_id}} นะคะ\"\n",
        "confirm_phone: \"เบอร์ที่ลงทะเบียนคือ {{phone_masked}} ใช่ไหมคะ\"\n",
        "handoff: \"กำลังโอนให้แอดมิน{{agent_nickname}} ค่ะ รอสักครู่นะคะ (เวลาทำการ 09:00-", r.choice(["18:00", "21:00"]), ")\"\n",
    ]


@T("ecommerce", neg=True)
def neg_chatbot_flow_yaml_en(r: random.Random) -> list:
    return [
        "Find the bug: users who type 'refund' never reach the refund flow.\n```yaml\n",
        "intents:\n  - name: track_order\n    examples: [\"where is my order\", \"tracking\", \"parcel status\"]\n",
        "  - name: refund_request\n    examples: [\"refund\", \"money back\"]\n    priority: ", str(r.choice([1, 2])), "\n",
        "  - name: fallback\n    regex: \".*\"\n    priority: 10\nrouter:\n  strategy: first_match\n```",
    ]


@T("ecommerce", neg=True)
def neg_mascot_marketing_th(r: random.Random) -> list:
    return [
        "ช่วยคิดแคปชันโพสต์แคมเปญ 11.11 ให้มาสคอตของร้าน 3 แบบ\n\n",
        "มาสคอต: น้องส้มจี๊ด (ส้มสีส้มใส่หมวกกันน็อก ชอบวิ่งส่งพัสดุ) กับเพื่อนซี้ ลุงกล่องกระดาษ\n",
        "โปรโมชัน: ลด ", str(r.choice([50, 70])), "% ทั้งร้าน โค้ด JEED1111 ส่งฟรีทั่วไทย 11-13 พ.ย.\n",
        "โทนเสียง: สนุก เป็นกันเอง ใช้คำว่า \"จี๊ดจ๊าด\"\n",
    ]


@T("ecommerce", neg=True)
def neg_mascot_campaign_en(r: random.Random) -> list:
    return [
        "Write a 30-second radio script starring our mascots.\n\n",
        "Characters: Captain Parcel (a brave cardboard box) and Mali the Delivery Elephant.\n",
        "Message: next-day delivery in ", str(r.choice([27, 35])), " provinces, free returns within 15 days, "
        "download the app and use code CAPTAIN15.\n",
    ]


@T("ecommerce", neg=True)
def neg_epoch_order_event_log(r: random.Random) -> list:
    t1 = epoch_ms(r)
    t2 = epoch_ms(r)
    return [
        "Why does the order state machine go from PAID back to PENDING? Events:\n\n",
        "{\"order\": \"", order_no(r, "web"), "\", \"event\": \"PAID\", \"ts_ms\": ", t1, "}\n",
        "{\"order\": \"", order_no(r, "web"), "\", \"event\": \"PENDING\", \"ts_ms\": ", t2, ", \"source\": \"retry-worker\"}\n",
    ]


@T("callcentre", neg=True)
def neg_epoch_cti_queue_stats(r: random.Random) -> list:
    rows = [f"{epoch_ms(r)},Q_{q},{r.randint(3, 40)},{r.randint(12, 240)},{r.randint(60, 99)}\n" for q in ["CARD", "LOAN", "EN"]]
    return [
        "CTI export of queue snapshots. Convert interval_start_ms to Bangkok time and tell me which queue breached "
        "the 80/20 service level.\n\ninterval_start_ms,queue,calls_waiting,longest_wait_s,sl_pct\n", rows,
    ]


@T("payroll", neg=True)
def neg_epoch_payroll_batch_log(r: random.Random) -> list:
    return [
        "เดือนนี้ job ปิดเงินเดือนรันซ้ำ 2 รอบ ช่วยอ่าน log scheduler แล้วบอกสาเหตุ\n\n",
        "job=payroll_close run_id=", digits(r, 6), " started_at_ms=", epoch_ms(r), " status=SUCCESS rows=1184\n",
        "job=payroll_close run_id=", digits(r, 6), " started_at_ms=", epoch_ms(r), " status=SUCCESS rows=1184 trigger=manual\n",
        "job=bank_file_export run_id=", digits(r, 6), " status=SKIPPED reason=lock_held\n",
    ]


@T("ecommerce", neg=True)
def neg_epoch_line_webhook_redelivery(r: random.Random) -> list:
    return [
        "LINE Messaging API sends the same event twice. How should we dedupe?\n```json\n",
        "{\"destination\": \"bot-shopdeedee\", \"events\": [{\"type\": \"postback\", \"timestamp\": ", epoch_ms(r),
        ", \"webhookEventId\": \"01J", "".join(r.choice("ABCDEFGHJKMNPQRSTVWXYZ0123456789") for _ in range(23)),
        "\", \"deliveryContext\": {\"isRedelivery\": true}, \"postback\": {\"data\": \"action=track\"}}]}\n```",
    ]


@T("ecommerce", neg=True)
def neg_epoch_kafka_refund_consumer(r: random.Random) -> list:
    return [
        "ทำไม consumer ของ refund-topic lag สูงขึ้นเรื่อยๆ ช่วยอ่าน log\n\n",
        "[refund-consumer] partition=3 offset=", digits(r, 7), " record_ts=", epoch_ms(r), " lag=48211\n",
        "[refund-consumer] partition=3 commit failed: RebalanceInProgressException at ", epoch_ms(r), "\n",
        "[refund-consumer] max.poll.interval.ms=300000 exceeded, leaving group\n",
    ]


@T("ecommerce", neg=True)
def neg_epoch_js_debug(r: random.Random) -> list:
    t = epoch_ms(r)
    return [
        "Why does this show the wrong day for customers in Bangkok?\n```js\n",
        f"const promoEnds = new Date({t});\n",
        "banner.textContent = `Sale ends ${promoEnds.toLocaleDateString('en-US')}`;\n```",
    ]


@T("bank", neg=True)
def neg_branch_hours_th(r: random.Random) -> list:
    return [
        "ทำตารางเวลาเปิดปิดสาขาจากข้อมูลนี้ เป็น Markdown\n\n",
        "สาขาสยามพารากอน เปิด 10:30-19:30 ทุกวัน\nสาขาถนนสีลม จันทร์-ศุกร์ 08:30-15:30\n",
        "สาขาเซ็นทรัลพระราม 9 เปิด 11:00-19:00 ทุกวัน (ยกเว้น ", r.choice(["1 ม.ค.", "13 เม.ย."]), ")\n",
        "ศูนย์บริการลูกค้า โทร 1", digits(r, 3), " ตลอด 24 ชั่วโมง\n",
    ]


@T("bank", neg=True)
def neg_interest_rate_table(r: random.Random) -> list:
    return [
        "อธิบายแบบง่ายๆ ว่าถ้ามีเงิน 200,000 บาท ฝาก 12 เดือน ผลิตภัณฑ์ไหนได้ผลตอบแทนดีสุด\n\n",
        "Savings: 0.25% p.a.\nDigital savings (e-Savings): ", r.choice(["1.50", "1.60"]), "% p.a. up to 1,000,000\n",
        "Fixed deposit 12M: 1.45% p.a.\nTax-free fixed deposit 24M (monthly 1,000-25,000): 2.00% p.a.\n",
    ]


@T("bank", neg=True)
def neg_fee_schedule_en(r: random.Random) -> list:
    return [
        "Convert this fee schedule to JSON with fields product, fee_type, amount_thb.\n\n",
        "Debit card annual fee: ", r.choice(["299", "350"]), "\nReplacement card: 100\nOut-of-network ATM withdrawal "
        "(after 4 free/month): 10\nInternational ATM withdrawal: 100 + 2.5% FX margin\nCheque book (25 leaves): 25\n",
    ]


@T("callcentre", neg=True)
def neg_cc_kpi_report_en(r: random.Random) -> list:
    return [
        "Write a short commentary on this week's contact-centre KPIs for the COO.\n\n",
        f"Calls offered 48,{r.randint(100, 999)} | Answered 94.1% | SL 80/20: 76% (target 80%)\n",
        "AHT 312s | FCR 71% | CSAT 4.3 | Abandon 5.9% | Agents scheduled 214, shrinkage 31%\n",
        "Top contact reasons: card blocked (18%), app login (14%), loan payoff quote (9%).\n",
    ]


@T("ecommerce", neg=True)
def neg_return_policy_th(r: random.Random) -> list:
    return [
        "ย่อนโยบายคืนสินค้านี้ให้เหลือ 5 บรรทัด สำหรับแสดงในหน้าชำระเงิน\n\n",
        "ลูกค้าสามารถขอคืนสินค้าได้ภายใน ", str(r.choice([7, 15])), " วันนับจากวันที่ได้รับสินค้า สินค้าต้องอยู่ในสภาพเดิม "
        "พร้อมกล่องและอุปกรณ์ครบ ยกเว้นสินค้าประเภทชุดชั้นใน เครื่องสำอางที่เปิดใช้แล้ว และสินค้าสั่งทำพิเศษ "
        "การคืนเงินจะดำเนินการภายใน 7-14 วันทำการผ่านช่องทางชำระเงินเดิม ค่าส่งคืนร้านเป็นผู้รับผิดชอบกรณีสินค้าชำรุด\n",
    ]


@T("ecommerce", neg=True)
def neg_seller_fee_table_en(r: random.Random) -> list:
    return [
        "If a seller sells THB 120,000 in Electronics and 40,000 in Fashion this month, what fees do they pay?\n\n",
        "Commission: Electronics ", r.choice(["5", "6"]), "%, Fashion 8%, Beauty 7%\nTransaction fee: 2.14% (incl. VAT)\n",
        "Free-shipping programme: 4% capped at THB 100 per item\nVAT 7% applies to all fees.\n",
    ]


@T("ecommerce", neg=True)
def neg_promo_codes_th(r: random.Random) -> list:
    codes = [f"{w}{r.randint(10, 99)}" for w in ["NEWUSER", "PAYDAY", "FLASH", "SHIPFREE"]]
    return [
        "ตรวจว่าโค้ดส่วนลดไหนซ้ำซ้อนกันหรือเงื่อนไขขัดกัน\n\n",
        f"{codes[0]}: ลด 100 บาท ขั้นต่ำ 300 ใช้ได้ครั้งแรก\n{codes[1]}: ลด 12% สูงสุด 200 บาท 25-31 ของเดือน\n",
        f"{codes[2]}: ลด 50% เฉพาะสินค้า Flash Sale\n{codes[3]}: ส่งฟรี ขั้นต่ำ 0 บาท ใช้ร่วมกับ {codes[0]} ได้\n",
    ]


@T("hr", neg=True)
def neg_sql_schema_hr(r: random.Random) -> list:
    return [
        "รีวิว schema นี้ตาม PDPA คอลัมน์ไหนควรเข้ารหัสตอนจัดเก็บ\n```sql\n",
        "CREATE TABLE hr.employee (\n  emp_code      varchar(10) PRIMARY KEY,\n  full_name_th  text NOT NULL,\n",
        "  full_name_en  text,\n  national_id   char(13),\n  date_of_birth date,\n  religion      text,\n",
        "  bank_account  varchar(", str(r.choice([12, 15])), "),\n  fp_template   bytea,\n  created_at_ms bigint\n);\n```",
    ]


@T("payroll", neg=True)
def neg_tax_withholding_code(r: random.Random) -> list:
    return [
        "ตรวจฟังก์ชันคำนวณภาษีเงินได้บุคคลธรรมดาแบบขั้นบันไดนี้ว่าตรงกับอัตราปี 2568 ไหม\n```python\n",
        "BRACKETS = [(150_000, 0.0), (300_000, 0.05), (500_000, 0.10), (750_000, 0.15),\n",
        "            (1_000_000, 0.20), (2_000_000, 0.25), (5_000_000, 0.30), (float('inf'), 0.35)]\n\n",
        "def annual_tax(net_income: float) -> float:\n    tax, lower = 0.0, 0\n    for upper, rate in BRACKETS:\n",
        "        if net_income > lower:\n            tax += (min(net_income, upper) - lower) * rate\n        lower = upper\n",
        "    return round(tax, 2)\n\nprint(annual_tax(", str(r.choice([420_000, 615_000])), "))\n```",
    ]


@T("bank", neg=True)
def neg_scam_warning_th(r: random.Random) -> list:
    return [
        "ช่วยทำข้อความเตือนภัยลง LINE OA ธนาคาร ให้สั้นและน่าจดจำ\n\n",
        "มิจฉาชีพส่ง SMS แอบอ้างธนาคาร เช่น \"บัญชีของท่านถูกระงับ กรุณายืนยันตัวตนที่ bit.ly/xxxx\" "
        "หรือโทรจากเบอร์ 08x-xxx-xxxx อ้างเป็นเจ้าหน้าที่ ธนาคารไม่มีนโยบายส่งลิงก์ให้กรอกรหัส "
        "ไม่ขอรหัส OTP และไม่ให้โอนเงินเพื่อตรวจสอบบัญชี หากพบเหตุน่าสงสัย โทร 1", digits(r, 3), " หรือแจ้ง 1441\n",
    ]


@T("ecommerce", neg=True)
def neg_support_macro_email_role(r: random.Random) -> list:
    return [
        "ทำ macro ตอบกลับสำหรับเคส 'ของยังไม่ถึง' จากอีเมลตัวอย่างนี้\n\n",
        "From: support@", r.choice(CORP_DOMAINS), "\nSubject: [Ticket #", digits(r, 7), "] สถานะพัสดุ\n\n",
        "เรียน ลูกค้าผู้มีอุปการคุณ\nพัสดุของท่านอยู่ระหว่างขนส่ง คาดว่าจะถึงภายใน 2-3 วันทำการ "
        "สามารถติดตามสถานะได้ที่เมนู \"คำสั่งซื้อของฉัน\"\n\nขอแสดงความนับถือ\nทีมบริการลูกค้า\n",
    ]


@T("ecommerce", neg=True)
def neg_sales_summary_tsv(r: random.Random) -> list:
    rows = [f"{reg}\t{r.randint(800, 9000):,}\t{r.randint(1, 30)}.{r.randint(0, 9)}%\n" for reg in
            ["กรุงเทพฯ", "ภาคกลาง", "ภาคเหนือ", "ภาคอีสาน", "ภาคใต้"]]
    return ["Which region grew fastest? Write two sentences.\n\nภูมิภาค\tคำสั่งซื้อ\tเติบโต YoY\n", rows]


@T("hr", neg=True)
def neg_training_calendar_th(r: random.Random) -> list:
    return [
        "จัดตารางอบรมนี้ลงปฏิทิน Outlook ให้ไม่ชนกัน\n\n",
        "- PDPA for Frontline 12 ", r.choice(["พ.ย.", "ธ.ค."]), " 09:00-12:00 ห้อง 7A\n",
        "- การรับมือลูกค้าที่ไม่พอใจ (De-escalation) 12 พ.ย. 10:00-16:00 ห้อง 7B\n",
        "- Excel สำหรับงานเงินเดือน 14 พ.ย. 13:00-16:00 ออนไลน์ Teams\n",
    ]


@T("hr", neg=True)
def neg_id_validation_unit_test(r: random.Random) -> list:
    return [
        "Add more edge cases to these unit tests.\n```python\n",
        "import pytest\nfrom hrkit.validators import is_valid_thai_id\n\n",
        "@pytest.mark.parametrize('value', ['', 'X-XXXX-XXXXX-XX-X', '0000000000000', '123456789012', '12345678901234'])\n",
        "def test_rejects_malformed(value):\n    assert not is_valid_thai_id(value)\n\n",
        "def test_rejects_bad_checksum():\n    assert not is_valid_thai_id('", r.choice(["1234567890120", "1111111111110"]), "')\n```",
    ]


@T("ecommerce", neg=True)
def neg_warehouse_sku_pick_list(r: random.Random) -> list:
    rows = [f"{r.choice(['A', 'B', 'C'])}-{r.randint(1, 40):02d}-{r.randint(1, 6)}\tSK-{digits(r, 6)}\t{r.randint(1, 12)}\n" for _ in range(5)]
    return ["เรียง pick list นี้ตามช่องทางเดินให้เดินน้อยที่สุด\n\nLOCATION\tSKU\tQTY\n", rows]


@T("ecommerce", neg=True)
def neg_shipping_rate_card(r: random.Random) -> list:
    return [
        "ช่วยคำนวณค่าส่ง พัสดุ 2.4 กก. ไปเชียงใหม่ และ 0.8 กก. ในกรุงเทพฯ จากเรตนี้\n\n",
        "น้ำหนัก (กก.) | กทม.-ปริมณฑล | ต่างจังหวัด\n0-1 | 32 | 38\n1-3 | 45 | ", str(r.choice([55, 58])), "\n3-5 | 60 | 75\n",
        "COD +2% ขั้นต่ำ 10 บาท | พื้นที่ห่างไกล +50 บาท\n",
    ]


@T("bank", neg=True)
def neg_public_figure_news_en(r: random.Random) -> list:
    return [
        "Summarise this news item for our morning treasury briefing (2 lines).\n\n",
        "The Bank of Thailand's Monetary Policy Committee voted ", r.choice(["5-2", "6-1"]), " to cut the policy rate by 25 bp "
        "to 1.50%. The Prime Minister welcomed the decision, while the opposition leader said the cut came too late "
        "for small businesses. The Finance Minister said a new soft-loan scheme for SMEs would be announced next week.\n",
    ]


@T("callcentre", neg=True)
def neg_ivr_menu_tree(r: random.Random) -> list:
    return [
        "Simplify this IVR menu so that no path needs more than 3 key presses.\n\n",
        "1 Cards -> 1 Block card, 2 Balance, 3 Dispute -> 1 Domestic, 2 Overseas\n",
        "2 Loans -> 1 Payoff quote, 2 Hardship programme, 3 Statement\n3 Mobile app -> 1 Login, 2 Transfer limits\n",
        "9 Agent (queue ", r.choice(["EN", "TH"]), ")  0 Repeat\n",
    ]


@T("hr", neg=True)
def neg_provident_fund_notice(r: random.Random) -> list:
    return [
        "สรุปประกาศกองทุนสำรองเลี้ยงชีพนี้ให้พนักงาน 3 บรรทัด\n\n",
        "ตั้งแต่งวดเงินเดือน ม.ค. 2569 สมาชิกเลือกอัตราสะสมได้ 3-15% บริษัทสมทบตามอายุงาน: ต่ำกว่า 3 ปี 3%, "
        "3-5 ปี 5%, เกิน 5 ปี ", r.choice(["7", "8"]), "% เปลี่ยนแผนการลงทุนได้ปีละ 4 ครั้งผ่าน HR Self-Service\n",
    ]


@T("ecommerce", neg=True)
def neg_coupon_api_error_log(r: random.Random) -> list:
    return [
        "error นี้หมายถึงอะไร แก้ยังไง\n\n",
        ts(r), " ERROR coupon-svc code=COUPON_EXHAUSTED campaign=", r.choice(["1111", "1212"]), "-MEGA quota=50000 used=50000 ",
        "req_id=", b64blob(r, 16).rstrip("="), " latency_ms=", str(r.randint(3, 90)), "\n",
    ]


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
        row["id"] = f"f19-{n:04d}"
    return shuffled


def coverage(rows: list[dict]) -> Counter:
    return Counter(t for r in rows for t in {e["entity_type"] for e in r["entities"]})


def english_only(text: str) -> bool:
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
    for r in rows:  # no labelled span may overlap another, and spans never carry surrounding blanks
        last = 0
        for e in r["entities"]:
            if e["start"] < last:
                problems.append(f"{r['id']}: overlapping spans")
            last = e["end"]
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
        en = sum(english_only(r["text"]) for r in rows)
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={negatives} ({negatives / len(rows):.1%}) "
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
            print(f"{args.out} is stale: rerun bench/make_freshset19.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
