#!/usr/bin/env python3
"""Fifth blind held-out set for pdpa-guard: ``bench/freshset5.jsonl`` (split ``test``).

Written blind on 2026-11-24 by an annotator who had not seen the detector, its tests or any other
labelled set; only ``DESIGN.md`` (the entity catalogue) and the scoring rules of ``bench/accuracy.py``.
It measures the detector; do not tune recognizers on it (write new sets for that instead).

Every prompt is built from a template: a function returning a list of parts, each either a plain
string or an ``(entity_type, value)`` tuple that becomes a labelled span, so offsets are exact by
construction. Each template is used at most twice. Names are composed from syllables (Thai, Malay-
Muslim, Chinese-Thai, Burmese, Lao, romanised Thai) or drawn from Faker ``en_US`` for Latin names.

Usage::

    .venv/bin/python bench/make_freshset5.py            # write bench/freshset5.jsonl
    .venv/bin/python bench/make_freshset5.py --check    # exit 0 when the file is up to date
    .venv/bin/python bench/make_freshset5.py --out /tmp/f5.jsonl
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import faker
import phonenumbers
from faker import Faker
from stdnum.th import moa, pin

GENERATED_WITH_FAKER = "40.54.0"  # faker.VERSION when bench/freshset5.jsonl was generated
SEED = 20261124
PROMPTS_PER_TEMPLATE = 2
OUT = Path(__file__).resolve().parent / "freshset5.jsonl"

ENTITY_TYPES = (
    "PERSON", "TH_NATIONAL_ID", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IP_ADDRESS", "LINE_ID",
    "TH_BANK_ACCOUNT", "TH_PASSPORT", "STUDENT_ID", "MEDICAL_RECORD_NUMBER", "TH_VEHICLE_PLATE", "ADDRESS",
    "DATE_OF_BIRTH", "TH_JURISTIC_ID",
    "HEALTH_DATA", "RELIGION", "ETHNICITY", "POLITICAL_OPINION", "CRIMINAL_RECORD", "SEXUAL_BEHAVIOUR",
    "DISABILITY", "TRADE_UNION", "GENETIC_DATA", "BIOMETRIC_DATA",
)
S26_TYPES = ENTITY_TYPES[15:]

Part = str | tuple[str, str]


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    domain: str
    build: Callable[[Gen], list[Part]]
    negative: bool = False
    s26_hard_negative: str | None = None


TEMPLATES: list[Template] = []


def template(name: str, domain: str, *, negative: bool = False, hard: str | None = None):
    """Register a template function under ``name``."""
    def deco(fn: Callable[[Gen], list[Part]]) -> Callable[[Gen], list[Part]]:
        TEMPLATES.append(Template(name, domain, fn, negative or hard is not None, hard))
        return fn
    return deco


# --------------------------------------------------------------------------------------------------
# value checks

def _ascii_digits(text: str) -> str:
    out = []
    for ch in text:
        if ch.isdigit():
            out.append(str(unicodedata.digit(ch)))
    return "".join(out)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _to_ascii(text: str) -> str:
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in unicodedata.normalize("NFKC", text))


def _check_value(entity_type: str, span: str) -> bool:
    """True when ``span`` is a valid value where real ones are checkable; True for the other types."""
    if entity_type == "TH_NATIONAL_ID":
        return pin.is_valid(_ascii_digits(span))
    if entity_type == "TH_JURISTIC_ID":
        return moa.is_valid(_ascii_digits(span))
    if entity_type == "CREDIT_CARD":
        d = _ascii_digits(span)
        return 13 <= len(d) <= 19 and _luhn_ok(d)
    if entity_type == "PHONE_NUMBER":
        try:
            n = phonenumbers.parse(_to_ascii(span), "TH")
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number(n)
    if entity_type == "EMAIL_ADDRESS":
        if span.count("@") != 1:
            return False
        local, domain = span.split("@")
        return bool(local) and "." in domain and not domain.startswith(".") and not domain.endswith(".")
    if entity_type == "IP_ADDRESS":
        try:
            ipaddress.ip_address(span)
        except ValueError:
            return False
        return True
    return True


# --------------------------------------------------------------------------------------------------
# value generators

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")

TH_G1 = ["สม", "ศรี", "กิต", "วรร", "พร", "ธนา", "ณัฐ", "ปิย", "อภิ", "สุ", "ชน", "ภูมิ", "ธี", "รัต", "จิร", "อัญ",
         "ปวี", "นพ", "วิ", "พิม", "ศุภ", "กมล", "ชญา", "ภัท", "อร", "เกียรติ", "ประ", "ทิพ", "บุญ", "เพ็ญ", "ขวัญ",
         "ดารา", "เอก", "อนุ", "ปณิ", "ธิดา", "วี", "เจน", "ลลิ", "มณี"]
TH_G2 = ["", "", "", "ดา", "นันท์", "ระ", "ติ", "วัฒ", "พัช", "ชา", "ภา", "ศิ", "รา", "ยา", "ธิ"]
TH_G3 = ["ชัย", "ศักดิ์", "พงษ์", "นา", "รัตน์", "พร", "ดา", "กานต์", "วุฒิ", "ภัทร", "ธร", "ทิพย์", "ลักษณ์", "นิภา",
         "วงศ์", "สิทธิ์", "ชนก", "ญา", "มาศ", "ฤทธิ์", "พล", "ณี", "ริน", "วดี", "ศร"]
TH_S1 = ["ศรี", "แสง", "ทอง", "วง", "บุญ", "เพชร", "จันทร์", "สุข", "ใจ", "รุ่ง", "พิทักษ์", "กิตติ", "ธนา", "อินทร",
         "ชัย", "มณี", "เจริญ", "ประเสริฐ", "ศักดิ์", "นาค", "แก้ว", "คำ", "พรหม", "สิริ", "อุดม", "ปัญญา", "ทรัพย์"]
TH_S2 = ["", "", "สุ", "ประ", "วิ", "ธรรม", "รัตน", "ภู", "มงคล", "ศิริ", "เดช"]
TH_S3 = ["วงศ์", "สกุล", "ทอง", "ศรี", "พันธ์", "รักษ์", "ไพศาล", "ชัย", "กุล", "เจริญ", "วัฒนา", "สมบูรณ์", "ถาวร",
         "ดี", "แก้ว", "ยิ่ง", "พงศ์", "นิมิตร", "โชติ", "อนันต์", "เลิศ", "บำรุง"]
MALAY_G1 = ["อับดุล", "มูฮัม", "นูร", "ซู", "อา", "ฟา", "รอ", "แว", "อิส", "ยู", "ฮา", "ซา", "มะ"]
MALAY_G2 = ["เลาะ", "หมัด", "ฮาดี", "ซีดะ", "ไฮลา", "ตีมะห์", "ยะ", "มาน", "รอฮิม", "ดิง", "มาแอ", "ซัน", "ฟีซะ", "รีนา"]
MALAY_S1 = ["สา", "ดอ", "หะยี", "เจ๊ะ", "ยู", "บิน", "มะ", "แว", "สะ", "กา", "ลา"]
MALAY_S2 = ["และ", "เลาะ", "สาเมาะ", "เต๊ะ", "โซ๊ะ", "อาแว", "ลี", "หะมะ", "มะ", "ยี", "บากา"]
CHN_SAE = ["ลิ้ม", "ตั้ง", "อึ้ง", "เล้า", "โค้ว", "จิว", "ฉั่ว", "เฮ้ง", "ตัน", "โง้ว", "เอี้ยว", "ลี้"]
CHN_S1 = ["ตั้ง", "เตชะ", "ลิ้ม", "วงศ์", "จิว", "เลาหะ", "โค้ว", "ชัยศรี", "กิจ", "ธนพร"]
CHN_S2 = ["สกุลวงศ์", "ไพบูลย์", "ทองดี", "วัฒนกุล", "ตระกูล", "เจริญพร", "ศิริ", "พานิช", "อุดมทรัพย์"]
BUR_TH = ["อ่อง", "จอ", "มิน", "ซอ", "ทูน", "เต็ง", "หม่อง", "ขิ่น", "ซู", "เมียว", "ทิดา", "วิน", "ละ", "ญี", "เอ", "โม"]
BUR_LAT = ["Aung", "Kyaw", "Min", "Zaw", "Htun", "Thein", "Maung", "Khin", "Su", "Myo", "Thida", "Win", "Hla",
           "Nyi", "Aye", "Moe", "Htet", "Naing", "Phyo", "Soe"]
LAO_G1 = ["บุน", "คำ", "สุก", "พอน", "วัน", "แก้ว", "จัน", "สี", "ทอง", "ดวง", "แสง", "ไซ"]
LAO_G2 = ["มี", "ไซ", "สะหวัน", "ผาย", "ดี", "ลา", "สอน", "เพ็ด", "ทะวี", "มะนี"]
LAO_S1 = ["พม", "สี", "วง", "แก้ว", "ไซ", "อิน", "คำ", "พัน", "สุ"]
LAO_S2 = ["มะจัน", "สะหวัด", "พะจัน", "มะนี", "ยะวง", "ทะวง", "ปัญญา", "วงสา", "พูมี"]
ROM_G1 = ["Som", "Kit", "Wor", "Pim", "Nat", "Thana", "Ap", "Chan", "Jira", "Sup", "Pat", "Thip", "Nop", "Sak",
          "Anu", "Kwan", "Pra", "Sira", "Wi", "Ek"]
ROM_G2 = ["chai", "pong", "porn", "ida", "tha", "wat", "chanok", "sak", "rat", "nee", "lada", "kan", "ya", "pol",
          "thip", "wadee", "rin"]
ROM_S1 = ["Sang", "Thong", "Srisuk", "Wong", "Boon", "Chaiya", "Rattana", "Phet", "Jaroen", "Kitti", "Inthara",
          "Suk", "Panya", "Kaew", "Siri", "Udom"]
ROM_S2 = ["thong", "sakul", "wong", "sri", "phan", "rak", "pisan", "chai", "kul", "wattana", "sombun", "thavorn",
          "ngam", "dee", "lert"]
NICKS = ["ต้น", "มายด์", "เบียร์", "ปอนด์", "แนน", "ฝน", "บอส", "เมย์", "กอล์ฟ", "ปุ้ย", "แบงค์", "ออม", "ฟ้า", "ตูน",
         "พลอย", "นุ่น", "เจ", "อ้อม", "บี", "ไอซ์", "กุ้ง", "เอ็ม", "จุ๋ม", "ต่าย", "ปาล์ม", "หมิว", "โบ๊ท", "นิว"]
TH_TITLES = ["นาย", "นาง", "นางสาว", "น.ส.", "คุณ"]
PROVINCES = [  # (name, abbreviation for plates, postcode prefix)
    ("กรุงเทพมหานคร", "กรุงเทพมหานคร", "10"), ("นนทบุรี", "นนทบุรี", "11"), ("ปทุมธานี", "ปทุมธานี", "12"),
    ("เชียงใหม่", "เชียงใหม่", "50"), ("ชลบุรี", "ชลบุรี", "20"), ("ขอนแก่น", "ขอนแก่น", "40"),
    ("สงขลา", "สงขลา", "90"), ("ปัตตานี", "ปัตตานี", "94"), ("ยะลา", "ยะลา", "95"), ("นราธิวาส", "นราธิวาส", "96"),
    ("ภูเก็ต", "ภูเก็ต", "83"), ("นครราชสีมา", "นครราชสีมา", "30"), ("อุดรธานี", "อุดรธานี", "41"),
    ("เชียงราย", "เชียงราย", "57"), ("ตาก", "ตาก", "63"), ("สุราษฎร์ธานี", "สุราษฎร์ธานี", "84"),
    ("อุบลราชธานี", "อุบลราชธานี", "34"), ("แม่ฮ่องสอน", "แม่ฮ่องสอน", "58"), ("กาญจนบุรี", "กาญจนบุรี", "71"),
    ("สมุทรปราการ", "สมุทรปราการ", "10"), ("ระยอง", "ระยอง", "21"), ("พิษณุโลก", "พิษณุโลก", "65"),
]
PROV_EN = {"กรุงเทพมหานคร": "Bangkok", "นนทบุรี": "Nonthaburi", "ปทุมธานี": "Pathum Thani", "เชียงใหม่": "Chiang Mai",
           "ชลบุรี": "Chon Buri", "ขอนแก่น": "Khon Kaen", "สงขลา": "Songkhla", "ปัตตานี": "Pattani", "ยะลา": "Yala",
           "นราธิวาส": "Narathiwat", "ภูเก็ต": "Phuket", "นครราชสีมา": "Nakhon Ratchasima", "อุดรธานี": "Udon Thani",
           "เชียงราย": "Chiang Rai", "ตาก": "Tak", "สุราษฎร์ธานี": "Surat Thani", "อุบลราชธานี": "Ubon Ratchathani",
           "แม่ฮ่องสอน": "Mae Hong Son", "กาญจนบุรี": "Kanchanaburi", "สมุทรปราการ": "Samut Prakan",
           "ระยอง": "Rayong", "พิษณุโลก": "Phitsanulok"}
PLACE1 = ["บ้าน", "หนอง", "โคก", "ดอน", "ทุ่ง", "ห้วย", "คลอง", "บาง", "นา", "ป่า", "วัง", "ท่า", "แม่", "เวียง"]
PLACE2 = ["ใหม่", "แก", "สะแบง", "ตะเคียน", "ยาง", "กลาง", "หลวง", "ทราย", "ขาม", "โพธิ์", "ปลาดุก", "บัว", "จิก",
          "ริม", "สัก", "เหนือ", "สามัคคี", "ไผ่"]
ROM_PLACE1 = ["Ban", "Nong", "Khok", "Don", "Thung", "Huai", "Khlong", "Bang", "Na", "Pa", "Wang", "Tha", "Mae"]
ROM_PLACE2 = ["Mai", "Kae", "Yang", "Klang", "Luang", "Sai", "Kham", "Pho", "Bua", "Chik", "Rim", "Sak", "Phai"]
ROADS = ["ถ.พหลโยธิน", "ถนนสุขุมวิท", "ถ.เพชรเกษม", "ถนนมิตรภาพ", "ถ.รามคำแหง", "ถนนนิมมานเหมินท์", "ถ.เทพกระษัตรี",
         "ถนนลาดพร้าว", "ถ.ศรีนครินทร์", "ถนนกาญจนวณิชย์", "ถ.ห้วยแก้ว", "ถนนเจริญกรุง"]
TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
             "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
PLATE_LETTERS = "กขคฆงจฉชซฌญฎฐฒณดตถทธนบปผพฟภมยรลวศษสหฬอฮ"
MAIL_FREE = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.co.th", "icloud.com", "outlook.co.th"]
MAIL_CORP = ["siamfreight.co.th", "nakornmed.co.th", "bualuangtech.com", "chaiyainsure.co.th", "kmitl.ac.th",
             "cmu.ac.th", "psu.ac.th", "thaiagro.co.th", "lannahotel.com", "deltaplast.co.th", "sabaimart.com"]


class Gen:
    """Seeded value generator shared by all templates."""

    def __init__(self, seed: int = SEED) -> None:
        self.r = random.Random(seed)
        self.fen = Faker("en_US")
        self.fen.seed_instance(seed)
        self.fth = Faker("th_TH")
        self.fth.seed_instance(seed + 1)

    # basics -------------------------------------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def n(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def digits(self, k: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(k))

    @staticmethod
    def thai(s: str) -> str:
        return s.translate(THAI_DIGITS)

    @staticmethod
    def full(s: str) -> str:
        return s.translate(FULL_DIGITS)

    def money(self, lo: int, hi: int) -> str:
        return f"{self.r.randint(lo, hi):,}"

    # names ---------------------------------------------------------------------------------------
    def th_given(self) -> str:
        return self.pick(TH_G1) + self.pick(TH_G2) + self.pick(TH_G3)

    def th_surname(self) -> str:
        return self.pick(TH_S1) + self.pick(TH_S2) + self.pick(TH_S3)

    def th_name(self) -> str:
        return f"{self.th_given()} {self.th_surname()}"

    def malay_name(self) -> str:
        return f"{self.pick(MALAY_G1)}{self.pick(MALAY_G2)} {self.pick(MALAY_S1)}{self.pick(MALAY_S2)}"

    def chinese_thai_name(self) -> str:
        if self.chance(0.5):
            return f"{self.th_given()} แซ่{self.pick(CHN_SAE)}"
        return f"{self.th_given()} {self.pick(CHN_S1)}{self.pick(CHN_S2)}"

    def burmese_name(self, latin: bool | None = None) -> str:
        if latin is None:
            latin = self.chance(0.5)
        k = self.n(2, 3)
        if latin:
            return " ".join(self.r.sample(BUR_LAT, k))
        return "".join(self.r.sample(BUR_TH, k))

    def lao_name(self) -> str:
        return f"{self.pick(LAO_G1)}{self.pick(LAO_G2)} {self.pick(LAO_S1)}{self.pick(LAO_S2)}"

    def latin_name(self) -> str:
        return f"{self.fen.first_name()} {self.fen.last_name()}"

    def rom_given(self) -> str:
        return self.pick(ROM_G1) + self.pick(ROM_G2)

    def rom_surname(self) -> str:
        return self.pick(ROM_S1) + self.pick(ROM_S2)

    def rom_name(self) -> str:
        return f"{self.rom_given()} {self.rom_surname()}"

    def any_th_script(self) -> str:
        roll = self.r.random()
        if roll < 0.6:
            return self.th_name()
        if roll < 0.75:
            return self.malay_name()
        if roll < 0.87:
            return self.chinese_thai_name()
        if roll < 0.94:
            return self.lao_name()
        return self.burmese_name(latin=False)

    def any_latin(self) -> str:
        roll = self.r.random()
        if roll < 0.55:
            return self.rom_name()
        if roll < 0.85:
            return self.latin_name()
        return self.burmese_name(latin=True)

    def nick(self) -> str:
        return self.pick(NICKS)

    def title(self) -> str:
        return self.pick(TH_TITLES)

    def P(self, name: str | None = None) -> tuple[str, str]:
        return ("PERSON", name if name is not None else self.any_th_script())

    def PL(self, name: str | None = None) -> tuple[str, str]:
        return ("PERSON", name if name is not None else self.any_latin())

    def handle(self) -> str:
        """A romanised mailbox / LINE handle for somebody."""
        a, b = self.rom_given().lower(), self.rom_surname().lower()
        style = self.n(0, 4)
        if style == 0:
            return f"{a}.{b[:2]}"
        if style == 1:
            return f"{a}{self.n(70, 99)}"
        if style == 2:
            return f"{a}_{b}"
        if style == 3:
            return f"{a[0]}.{b}"
        return f"{a}{b[:3]}{self.n(1, 9)}"

    # identifiers ---------------------------------------------------------------------------------
    def nid_digits(self) -> str:
        body = str(self.n(1, 8)) + self.digits(11)
        return body + pin.calc_check_digit(body)

    def NID(self, fmt: str = "dash") -> tuple[str, str]:
        d = self.nid_digits()
        if fmt == "plain":
            v = d
        elif fmt == "space":
            v = f"{d[0]} {d[1:5]} {d[5:10]} {d[10:12]} {d[12]}"
        elif fmt == "thai":
            v = self.thai(f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}")
        elif fmt == "thaiplain":
            v = self.thai(d)
        elif fmt == "full":
            v = self.full(d)
        else:
            v = f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"
        return ("TH_NATIONAL_ID", v)

    def JUR(self, fmt: str = "plain") -> tuple[str, str]:
        body = "0" + self.pick(["105", "107", "115", "125", "505", "205", "835", "405"]) + self.digits(8)
        d = body + moa.calc_check_digit(body)
        v = d if fmt == "plain" else f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"
        return ("TH_JURISTIC_ID", v)

    def phone_digits(self, kind: str = "mobile") -> str:
        while True:
            if kind == "mobile":
                d = "0" + self.pick(["6", "8", "9"]) + self.digits(8)
            elif kind == "bkk":
                d = "02" + self.digits(7)
            else:
                d = "0" + self.pick(["53", "43", "74", "76", "38", "44", "45", "55", "34"]) + self.digits(6)
            if phonenumbers.is_valid_number(phonenumbers.parse(d, "TH")):
                return d

    def PHONE(self, fmt: str = "dash", kind: str = "mobile") -> tuple[str, str]:
        d = self.phone_digits(kind)
        if fmt == "plain":
            v = d
        elif fmt == "intl":
            v = f"+66 {d[1:3]} {d[3:6]} {d[6:]}" if kind == "mobile" else f"+66 {d[1]} {d[2:5]} {d[5:]}"
        elif fmt == "intl0":
            v = "+66" + d[1:]
        elif fmt == "thai":
            v = self.thai(f"{d[:3]}-{d[3:6]}-{d[6:]}")
        elif fmt == "space":
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        elif fmt == "dot":
            v = f"{d[:3]}.{d[3:6]}.{d[6:]}"
        else:
            if kind == "bkk":
                v = f"{d[:2]}-{d[2:5]}-{d[5:]}"
            elif kind == "prov":
                v = f"{d[:3]}-{d[3:]}"
            else:
                v = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return ("PHONE_NUMBER", v)

    def FPHONE(self, region: str) -> tuple[str, str]:
        """A valid foreign mobile number written internationally (MM, LA, MY, KH)."""
        while True:
            if region == "MM":
                v = f"+95 9 {self.n(250, 799)} {self.digits(6)}"
            elif region == "LA":
                v = f"+856 20 {self.n(22, 99)}{self.digits(2)} {self.digits(4)}"
            elif region == "MY":
                v = f"+60 1{self.pick('2367')}-{self.digits(3)} {self.digits(4)}"
            else:
                v = f"+855 {self.pick(['12', '17', '77', '92'])} {self.digits(3)} {self.digits(3)}"
            if _check_value("PHONE_NUMBER", v):
                return ("PHONE_NUMBER", v)

    def EMAIL(self, domain: str | None = None, local: str | None = None) -> tuple[str, str]:
        dom = domain or (self.pick(MAIL_FREE) if self.chance(0.6) else self.pick(MAIL_CORP))
        return ("EMAIL_ADDRESS", f"{local or self.handle()}@{dom}")

    def CARD(self, fmt: str = "space") -> tuple[str, str]:
        brand = self.pick(["visa", "visa", "mc", "jcb", "amex"])
        if brand == "visa":
            body, length = "4" + self.digits(5), 16
        elif brand == "mc":
            body, length = str(self.n(51, 55)) + self.digits(4), 16
        elif brand == "jcb":
            body, length = "35" + str(self.n(28, 89)) + self.digits(2), 16
        else:
            body, length = self.pick(["34", "37"]) + self.digits(4), 15
        body += self.digits(length - 1 - len(body))
        for c in "0123456789":
            if _luhn_ok(body + c):
                d = body + c
                break
        if fmt == "plain":
            v = d
        elif length == 15:
            v = f"{d[:4]} {d[4:10]} {d[10:]}" if fmt == "space" else f"{d[:4]}-{d[4:10]}-{d[10:]}"
        else:
            sep = " " if fmt == "space" else "-"
            v = sep.join(d[i:i + 4] for i in range(0, 16, 4))
        return ("CREDIT_CARD", v)

    def IP(self, v6: bool = False) -> tuple[str, str]:
        if v6:
            v = f"2001:{self.pick(['44c8', 'fb1', 'c38', '3c8'])}:{self.n(1, 0xffff):x}:{self.n(1, 0xffff):x}::{self.n(1, 0xfff):x}"
        else:
            v = f"{self.pick([49, 58, 110, 115, 124, 171, 180, 182, 183, 184, 202, 223])}.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}"
        return ("IP_ADDRESS", v)

    def LINE(self) -> tuple[str, str]:
        h = self.handle().replace("@", "")
        return ("LINE_ID", self.pick(["", "@", ""]) + h)

    def BANK(self, fmt: str = "dash") -> tuple[str, str]:
        d = self.digits(10)
        if fmt == "plain":
            v = d
        elif fmt == "gsb":
            v = f"0{self.digits(11)}"
        elif fmt == "thai":
            v = self.thai(f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}")
        else:
            v = f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"
        return ("TH_BANK_ACCOUNT", v)

    def PASS(self) -> tuple[str, str]:
        style = self.n(0, 2)
        if style == 0:
            v = self.pick(["AA", "AB", "AC", "AD", "AE"]) + self.digits(7)
        elif style == 1:
            v = self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(6)
        else:
            v = self.pick(["AA", "AC", "AF"]) + self.digits(7)
        return ("TH_PASSPORT", v)

    def SID(self, style: str | None = None) -> tuple[str, str]:
        style = style or self.pick(["uni10", "uni_dash", "school", "uni_s"])
        yy = self.n(63, 69)
        if style == "uni10":
            v = f"{yy}{self.digits(8)}"
        elif style == "uni_dash":
            v = f"{yy}{self.digits(1)}-{self.digits(5)}-{self.digits(2)}-{self.digits(1)}"
        elif style == "school":
            v = self.digits(5)
        else:
            v = f"s{yy}{self.digits(7)}"
        return ("STUDENT_ID", v)

    def MRN(self, style: str | None = None) -> tuple[str, str]:
        style = style or self.pick(["hn_slash", "hn_dash", "an", "hn_plain"])
        if style == "hn_slash":
            v = f"{self.n(1, 999999)}/{self.n(55, 69)}"
        elif style == "hn_dash":
            v = f"{self.n(55, 69)}-{self.digits(6)}"
        elif style == "an":
            v = f"{self.n(66, 69)}{self.digits(5)}"
        else:
            v = self.digits(7)
        return ("MEDICAL_RECORD_NUMBER", v)

    def PLATE(self, province: bool = True) -> tuple[str, str]:
        prov = self.pick(PROVINCES)[1]
        letters = self.pick(PLATE_LETTERS) + self.pick(PLATE_LETTERS)
        pre = str(self.n(1, 9)) if self.chance(0.4) else ""
        num = str(self.n(1, 9999))
        v = f"{pre}{letters} {num}"
        if province:
            v += f" {prov}"
        return ("TH_VEHICLE_PLATE", v)

    def place(self) -> str:
        return self.pick(PLACE1) + self.pick(PLACE2)

    def ADDR(self, style: str = "full") -> tuple[str, str]:
        prov, _, pc = self.pick(PROVINCES)
        postcode = pc + f"{self.n(1, 2)}{self.n(0, 9)}0" if pc != "10" else f"10{self.n(1, 5)}{self.pick(['10', '20', '30', '40', '50', '60'])}"
        house = f"{self.n(1, 399)}" + (f"/{self.n(1, 99)}" if self.chance(0.5) else "")
        moo = self.n(1, 14)
        bkk = prov == "กรุงเทพมหานคร"
        if bkk and style in ("abbr", "nospace", "thai_digits"):
            v = f"{house} แขวง{self.place()} เขต{self.place()} กทม. {postcode}"
            if style == "nospace":
                v = v.replace(" ", "")
            elif style == "thai_digits":
                v = self.thai(v.replace("กทม.", "กรุงเทพมหานคร"))
        elif style == "en":
            v = (f"{house} Moo {moo}, {self.pick(ROM_PLACE1)} {self.pick(ROM_PLACE2)} Subdistrict, "
                 f"{self.pick(ROM_PLACE1)} {self.pick(ROM_PLACE2)} District, {PROV_EN[prov]} {postcode}")
        elif style == "abbr":
            v = f"{house} ม.{moo} ต.{self.place()} อ.{self.place()} จ.{prov} {postcode}"
        elif style == "thai_digits":
            v = self.thai(f"{house} หมู่ {moo} ตำบล{self.place()} อำเภอ{self.place()} จังหวัด{prov} {postcode}")
        elif style == "nospace":
            v = f"{house}ม.{moo}ต.{self.place()}อ.{self.place()}จ.{prov}{postcode}"
        else:
            if bkk:
                soi = f" ซอย{self.pick(['ลาดพร้าว', 'สุขุมวิท', 'รามคำแหง', 'พหลโยธิน', 'อ่อนนุช'])} {self.n(1, 120)}"
                v = (f"{house}{soi} {self.pick(ROADS)} แขวง{self.place()} เขต{self.place()} กรุงเทพมหานคร "
                     f"{postcode}")
            else:
                road = f" {self.pick(ROADS)}" if self.chance(0.5) else ""
                v = f"{house} หมู่ที่ {moo}{road} ตำบล{self.place()} อำเภอ{self.place()} จังหวัด{prov} {postcode}"
        return ("ADDRESS", v)

    def DOB(self, style: str | None = None, lo: int = 1955, hi: int = 2008) -> tuple[str, str]:
        y, m, d = self.n(lo, hi), self.n(1, 12), self.n(1, 28)
        style = style or self.pick(["th_full", "th_abbr", "iso", "slash_be", "en"])
        if style == "th_full":
            v = f"{d} {TH_MONTHS[m - 1]} {y + 543}"
        elif style == "th_abbr":
            v = f"{d} {TH_MON_ABBR[m - 1]} {str(y + 543)[2:] if self.chance(0.3) else y + 543}"
        elif style == "iso":
            v = f"{y}-{m:02d}-{d:02d}"
        elif style == "slash_be":
            v = f"{d:02d}/{m:02d}/{y + 543}"
        elif style == "slash_ce":
            v = f"{d:02d}/{m:02d}/{y}"
        elif style == "thai":
            v = self.thai(f"{d} {TH_MON_ABBR[m - 1]} {y + 543}")
        else:
            v = f"{d} {EN_MONTHS[m - 1]} {y}"
        return ("DATE_OF_BIRTH", v)

    def E(self, entity_type: str, options: list[str]) -> tuple[str, str]:
        return (entity_type, self.pick(options))

    # non-personal values for negatives -----------------------------------------------------------
    def epoch_ms_pin(self) -> str:
        """A millisecond epoch (2023-11 .. 2029-07) that happens to pass the Thai ID checksum."""
        while True:
            v = str(self.r.randint(1_700_000_000_000, 1_880_000_000_000))
            if pin.is_valid(v):
                return v

    def order_no(self) -> str:
        return f"{self.pick(['SO', 'ORD', 'TH', 'PO'])}{self.n(2024, 2026)}{self.digits(7)}"

    def tracking(self) -> str:
        return self.pick([f"TH{self.digits(12)}", f"KEX{self.digits(9)}", f"EF{self.digits(9)}TH",
                          f"SPXTH{self.digits(11)}", f"JNT{self.digits(10)}"])

    def sku(self) -> str:
        return f"{self.pick(['SKU', 'ITM', 'P'])}-{self.pick(['A', 'B', 'K', 'X'])}{self.digits(4)}-{self.pick(['BLK', 'WHT', 'S', 'M', 'L'])}"

    def version(self) -> str:
        return f"{self.n(0, 9)}.{self.n(0, 30)}.{self.n(0, 40)}"

    def sha(self, k: int = 7) -> str:
        return "".join(self.pick("0123456789abcdef") for _ in range(k))


# ==================================================================================================
# positive templates: identifiers
# ==================================================================================================

@template("bank_dispute_th", "bank")
def _(g: Gen) -> list[Part]:
    return ["ช่วยสรุปเรื่องร้องเรียนนี้ให้ทีม dispute หน่อยค่ะ: ลูกค้า ", g.P(), " โทรมาแจ้งว่าบัตรเครดิตเลขท้าย ",
            g.digits(4), " ถูกตัดเงิน ", g.money(900, 45000), " บาท ที่ร้านออนไลน์ต่างประเทศ ทั้งที่บัตรอยู่กับตัว "
            "ขอคืนเงินเข้าบัญชีออมทรัพย์ ", g.BANK(), " ลูกค้าสะดวกให้ติดต่อกลับเบอร์ ", g.PHONE(), " ช่วงบ่าย"]


@template("card_fraud_json", "bank")
def _(g: Gen) -> list[Part]:
    return ['{"tool":"fraud_check","input":{"card_number":"', g.CARD("plain"), '","holder":"', g.PL(),
            '","amount_thb":', str(g.n(1200, 98000)), ',"mcc":"5732","channel":"ecom","device_ip":"', g.IP(),
            '"},"question":"Is this pattern consistent with account takeover? Answer in Thai."}']


@template("telco_sim_reg_kv", "telco")
def _(g: Gen) -> list[Part]:
    return ["แปลงข้อมูลลงทะเบียนซิมนี้เป็น JSON\n", "ชื่อผู้จดทะเบียน : ", g.P(), "\n", "เลขบัตร ปชช. : ", g.NID("plain"),
            "\n", "หมายเลขที่ลงทะเบียน : ", g.PHONE("plain"), "\n", "แพ็กเกจ : เติมเงิน 5G Max Speed 30 วัน\n",
            "ที่อยู่ตามบัตร : ", g.ADDR(), "\n", "สาขา : ", g.pick(["เซ็นทรัลเวิลด์", "ฟิวเจอร์พาร์ค", "เมกาบางนา"])]


@template("telco_porting_en", "telco")
def _(g: Gen) -> list[Part]:
    return ["Customer wants to port out. Draft a polite retention reply in English. Number: ", g.PHONE("intl"),
            ", account holder ", g.PL(), ", contract ends next month, complains about 5G drops near home (",
            g.ADDR("en"), "). Alternative contact e-mail ", g.EMAIL(), "."]


@template("ecom_address_fix", "e-commerce")
def _(g: Gen) -> list[Part]:
    return ["ออเดอร์ ", g.order_no(), " ลูกค้าพิมพ์ที่อยู่มาผิด ช่วยจัดรูปแบบใหม่ให้ถูกต้องตามแบบฟอร์มไปรษณีย์:\n\"",
            g.ADDR("nospace"), "\" ผู้รับ ", g.P(), " โทร ", g.PHONE("plain")]


@template("ecom_review_reply", "e-commerce")
def _(g: Gen) -> list[Part]:
    nick = g.nick()
    return ["ร่างคำตอบรีวิว 1 ดาวนี้ให้หน่อย น้ำเสียงสุภาพ\n> ของมาช้า 9 วัน กล่องบุบ แถมไม่มีใครโทรมาเลย "
            "(ผู้รีวิว: คุณ", g.P(nick), ") เบอร์ที่ให้ไว้ตอนสั่ง ", g.PHONE("space"),
            "\nหมายเหตุร้าน: เลขพัสดุ ", g.tracking(), " ตีกลับ 1 ครั้ง"]


@template("logistics_manifest_csv", "logistics")
def _(g: Gen) -> list[Part]:
    rows: list[Part] = ["Please find the duplicate consignee in this manifest and tell me which rows to merge:\n",
                        "awb,consignee,phone,address,cod_thb\n"]
    for _ in range(3):
        rows += [g.tracking(), ",", g.P(), ",", g.PHONE("plain"), ",\"", g.ADDR("abbr"), "\",",
                 str(g.n(0, 3) * 250), "\n"]
    return rows


@template("logistics_driver_sms", "logistics")
def _(g: Gen) -> list[Part]:
    return ["SMS จากคนขับ: พี่ครับ ผมส่งของไม่ได้ บ้านเลขที่ไม่ตรง ลูกค้าชื่อ ", g.P(), " ", g.PHONE("dash"),
            " ไม่รับสาย ผมจอดรถ ", g.PLATE(), " รออยู่หน้าเซเว่น | ช่วยร่างข้อความ SMS ถึงลูกค้าสั้นๆ"]


@template("hotel_checkin_en", "hotel")
def _(g: Gen) -> list[Part]:
    return ["Summarise this front-desk note for the night manager:\nGuest ", g.PL(g.latin_name()),
            " checked in late, room 1207, paid deposit with card ", g.CARD("space"),
            ". Asked for an airport taxi at 05:30. Mobile ", g.PHONE("intl"), "."]


@template("hotel_thai_guest_pass", "hotel")
def _(g: Gen) -> list[Part]:
    return ["ตรวจให้หน่อยว่าข้อมูลแขกครบสำหรับแบบ ตม.30 ไหม\nชื่อ-สกุล: ", g.P(g.th_name()), "\nหนังสือเดินทาง: ",
            g.PASS(), "\nวันเกิด: ", g.DOB("slash_be"), "\nห้อง: ", str(g.n(201, 920)), "  เข้าพัก 3 คืน"]


@template("travel_booking_yaml", "travel")
def _(g: Gen) -> list[Part]:
    return ["Convert to a booking confirmation e-mail (Thai):\n```yaml\nbooking:\n  ref: ", f"BK{g.digits(6)}",
            "\n  lead_traveller: ", g.PL(g.rom_name()), "\n  passport_no: ", g.PASS(), "\n  dob: ",
            g.DOB("iso"), "\n  contact:\n    email: ", g.EMAIL(), "\n    mobile: \"", g.PHONE("intl0"),
            "\"\n  tour: Hokkaido Snow 6D4N\n```"]


@template("gov_form_ocr", "government")
def _(g: Gen) -> list[Part]:
    nid = g.nid_digits()
    spaced = " ".join(nid)
    return ["ข้อความนี้ OCR มาจากคำร้องขอหนังสือรับรอง ช่วยแก้คำผิดให้หน่อย\n", "ข้าพเจ้า  ", g.P(), "  อายุ  ",
            str(g.n(22, 70)), "  ปี\nเลขประจำตัวประชาชน  ", ("TH_NATIONAL_ID", spaced), "\nอยู่บ้านเลขที่  ",
            g.ADDR("full"), "\nโทร  ", g.PHONE("dash"), "  มีความประสงค์ขอ..."]


@template("gov_welfare_sql", "government")
def _(g: Gen) -> list[Part]:
    return ["Fix this SQL; postgres says syntax error near VALUES:\n",
            "INSERT INTO welfare_applicant (full_name, citizen_id, birth_date, phone, bank_acct)\nVALUES ('",
            g.P(), "', '", g.NID("plain"), "', '", g.DOB("iso"), "', '", g.PHONE("plain"), "', '",
            g.BANK("plain"), "'"]


@template("school_parent_line", "school")
def _(g: Gen) -> list[Part]:
    child = g.nick()
    return ["[LINE กลุ่มผู้ปกครอง ป.4/2]\n", g.P(g.th_name()), ": ครูคะ น้อง", g.P(child),
            " ขอลาป่วยวันนี้นะคะ\nครูประจำชั้น: รับทราบค่ะ ฝากส่งเลขประจำตัวนักเรียนมาด้วยนะคะ\n", "ผู้ปกครอง: ",
            g.SID("school"), " ค่ะ ถ้าติดต่อไม่ได้โทร ", g.PHONE("dash"), "\n---\nช่วยสรุปเป็นบันทึกการลา"]


@template("uni_transcript_md", "university")
def _(g: Gen) -> list[Part]:
    return ["แปลงตารางนี้เป็นหนังสือรับรองผลการเรียนภาษาอังกฤษ\n\n| รหัสนักศึกษา | ชื่อ | สาขา | GPAX |\n|---|---|---|---|\n| ",
            g.SID("uni10"), " | ", g.P(), " | วิศวกรรมคอมพิวเตอร์ | ", f"{g.n(250, 400) / 100:.2f}", " |\n| ",
            g.SID("uni10"), " | ", g.P(), " | เคมีอุตสาหกรรม | ", f"{g.n(200, 400) / 100:.2f}", " |"]


@template("uni_lms_error", "university")
def _(g: Gen) -> list[Part]:
    return ["moodle cron log ตามนี้ ทำไม enrol ไม่ผ่าน?\n", "[error] enrol_self: user ", g.EMAIL(domain=g.pick(["kmitl.ac.th", "cmu.ac.th", "psu.ac.th"])),
            " idnumber=", g.SID("uni_s"), " course=ENG-1102 -> duplicate key value violates unique constraint "
            "\"mdl_user_enrolments_uix\" from ", g.IP()]


@template("hr_payroll_tsv", "HR")
def _(g: Gen) -> list[Part]:
    out: list[Part] = ["หาแถวที่เลขบัญชีซ้ำกันให้หน่อย (TSV จากระบบเงินเดือน)\nemp_no\tname\tbank\tacct\tnet\n"]
    for _ in range(3):
        out += [f"E{g.digits(5)}", "\t", g.P(), "\t", g.pick(["KBANK", "SCB", "KTB", "BBL", "TTB"]), "\t",
                g.BANK("plain"), "\t", g.money(15000, 88000), "\n"]
    return out


@template("hr_reference_email", "HR")
def _(g: Gen) -> list[Part]:
    ref = g.PL(g.rom_name())
    return ["Subject: Reference check\n\nHi team,\nPlease draft a reply to the referee below.\n\n> From: ", g.EMAIL(),
            "\n> I supervised ", g.PL(g.rom_name()), " for two years at our Rayong plant. Call me on ", g.PHONE("intl"),
            " if needed.\n> ", ref, "\n\n-- \nTalent Acquisition | recruit@deltaplast.co.th | ext. 2210"]


@template("police_traffic_report", "police")
def _(g: Gen) -> list[Part]:
    return ["สรุปบันทึกประจำวันนี้เป็นภาษาทางการ: เมื่อเวลา 22.40 น. ", g.P("ส.ต.ท." + g.th_name()), " ได้รับแจ้งเหตุรถชน "
            "ระหว่างรถเก๋งทะเบียน ", g.PLATE(), " ขับขี่โดย ", g.P(), " กับรถจักรยานยนต์ทะเบียน ", g.PLATE(),
            " ผู้ขับขี่มีใบขับขี่ เลขที่บัตร ", g.NID("dash"), " ไม่มีผู้บาดเจ็บ"]


@template("insurer_motor_claim_json", "insurer")
def _(g: Gen) -> list[Part]:
    return ['system: you are a claims triage assistant\nuser: {"claim_id":"MC-', g.digits(8),
            '","policy_holder":"', g.P(), '","plate":"', g.PLATE(), '","citizen_id":"', g.NID("plain"),
            '","mobile":"', g.PHONE("plain"), '","garage":"อู่ในเครือ","damage":"กันชนหน้า ไฟหน้าซ้าย"}\n'
            "ประเมินว่าควรส่งผู้ประเมินลงพื้นที่หรือไม่"]


@template("dev_auth_log", "dev tools")
def _(g: Gen) -> list[Part]:
    return ["why does this user keep getting 401? logs:\n",
            f"2026-11-{g.n(10, 23)}T0{g.n(1, 9)}:{g.n(10, 59)}:{g.n(10, 59)}Z INFO auth login_attempt email=", g.EMAIL(),
            " ip=", g.IP(), " ua=\"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1)\" result=fail reason=otp_expired\n",
            "... same email from ip=", g.IP(v6=True), " result=fail reason=otp_expired"]


@template("dev_ticket_escaped_json", "dev tools")
def _(g: Gen) -> list[Part]:
    return ['{"messages":[{"role":"user","content":"parse this webhook body and give me the fields:\\n{\\"event\\":\\"member.created\\",\\"name\\":\\"',
            g.PL(), '\\",\\"email\\":\\"', g.EMAIL(), '\\",\\"line_id\\":\\"', g.LINE(),
            '\\",\\"tier\\":\\"gold\\"}"}],"model":"gpt-4o-mini","temperature":0}']


@template("chat_line_export_sale", "chat export")
def _(g: Gen) -> list[Part]:
    seller = g.nick()
    return [f"2026.11.{g.n(10, 23)} Saturday\n21:03\t", g.P("แม่ค้า" + seller), "\tสนใจสั่งเพิ่มทักไลน์ ", g.LINE(),
            " ได้เลยค่ะ\n21:05\t", g.P(), "\tโอนแล้วค่ะ เข้าบัญชีกสิกร ", g.BANK(), " ส่งที่ ", g.ADDR("abbr"),
            "\n---\nช่วยทำรายการออเดอร์จากแชตนี้เป็นตาราง"]


@template("chat_fb_lost_wallet", "chat export")
def _(g: Gen) -> list[Part]:
    return ["ช่วยเขียนโพสต์ประกาศตามหาเจ้าของให้หน่อย แต่ไม่ต้องใส่เลขบัตร: เก็บกระเป๋าสตางค์ได้ที่ BTS อโศก ข้างในมีบัตรประชาชนชื่อ ",
            g.P(), " เลข ", g.NID("space"), " กับใบขับขี่ ติดต่อผม ", g.PHONE("dash"), " หรือเฟซ inbox"]


@template("callcentre_transcript_card", "call centre")
def _(g: Gen) -> list[Part]:
    return ["[ถอดเสียงอัตโนมัติ]\nAgent: สวัสดีค่ะ ยินดีให้บริการค่ะ ขอทราบชื่อ-นามสกุลค่ะ\nCustomer: เอ่อ ", g.P(),
            " ครับ\nAgent: ขอเลขบัตรประชาชนยืนยันตัวตนค่ะ\nCustomer: อืม ", g.NID("dash"),
            " ครับ\nAgent: ขอบคุณค่ะ แจ้งอายัดบัตรใบไหนคะ\nCustomer: ใบที่ลงท้าย เอ่อ ", g.digits(4),
            " ครับ หายตั้งแต่เมื่อวาน\n---\nสรุป case ให้ทีม back office"]


@template("callcentre_en_billing", "call centre")
def _(g: Gen) -> list[Part]:
    return ["Transcript (auto):\nAGENT: thank you for calling, may I have the account name?\nCALLER: uh yes it's ",
            g.PL(), "\nAGENT: and the number registered?\nCALLER: ", g.PHONE("space"),
            "\nAGENT: I see two charges for roaming in Laos...\nCALLER: yeah and um my e-mail is ", g.EMAIL(),
            " send the bill there\n\nTask: classify the call reason and suggest a credit amount."]


@template("ngo_volunteer_form", "NGO")
def _(g: Gen) -> list[Part]:
    return ["แบบฟอร์มอาสาสมัครที่ส่งมา ช่วยเช็กว่ากรอกครบหรือยัง\nชื่อ: ", g.P(), "\nวัน/เดือน/ปีเกิด: ", g.DOB("th_full"),
            "\nไลน์: ", g.LINE(), "\nอีเมล: ", g.EMAIL(), "\nโครงการ: สอนหนังสือเด็กในชุมชนริมทางรถไฟ"]


@template("clinic_appointment_sms", "clinic")
def _(g: Gen) -> list[Part]:
    return ["ร่าง SMS เตือนนัด ไม่เกิน 70 ตัวอักษร ให้คนไข้ ", g.P(), " HN ", g.MRN("hn_dash"), " นัดทำฟัน 14:00 "
            "ส่งไปที่ ", g.PHONE("plain")]


@template("juristic_vendor_onboarding", "procurement")
def _(g: Gen) -> list[Part]:
    return ["Vendor onboarding — please check the form for missing fields.\nCompany: ", g.pick(["บริษัท สยามพาเลทซัพพลาย จำกัด", "บริษัท นครไทยเคมีภัณฑ์ จำกัด (มหาชน)", "ห้างหุ้นส่วนจำกัด รุ่งเรืองการช่าง"]),
            "\nTax ID: ", g.JUR(), "\nAuthorised signatory: ", g.P(), "\nSignatory ID card: ", g.NID("dash"),
            "\nPayment to: ", g.BANK(), "\nAP contact: ap@", g.pick(MAIL_CORP)]


@template("juristic_invoice_check", "accounting")
def _(g: Gen) -> list[Part]:
    return ["ใบกำกับภาษีนี้ถูกต้องตามมาตรา 86/4 ไหม\nผู้ขาย: บริษัท เอส.พี. โลจิสติกส์ จำกัด เลขประจำตัวผู้เสียภาษี ",
            g.JUR("dash"), " สำนักงานใหญ่\nผู้ซื้อ: บริษัท ไทยอะโกร ฟู้ดส์ จำกัด เลขประจำตัวผู้เสียภาษี ", g.JUR(),
            "\nมูลค่า ", g.money(10000, 90000), ".00 ภาษี 7% ", g.money(700, 6300), ".00"]


@template("juristic_dbd_yaml", "legal")
def _(g: Gen) -> list[Part]:
    return ["Write a one-paragraph company profile from this:\n```yaml\nregistration_no: \"", g.JUR(),
            "\"\nname_th: บริษัท ลานนา ดิจิทัล เซอร์วิส จำกัด\nregistered: 2019-06-03\ncapital_thb: 5000000\n"
            "directors:\n  - ", g.PL(g.rom_name()), "\n  - ", g.P(), "\nbusiness: software development\n```"]


@template("bank_kyc_fullwidth", "bank")
def _(g: Gen) -> list[Part]:
    return ["ลูกค้ากรอกข้อมูลมาจากมือถือ ตัวเลขเป็นแบบ full-width ระบบไม่รับ ช่วยแปลงให้\nชื่อ ", g.P(), "\nเลขบัตร ",
            g.NID("full"), "\nมือถือ ", ("PHONE_NUMBER", g.full(g.phone_digits())), "\nวันเกิด ", g.DOB("th_abbr")]


@template("thai_digits_letter", "government")
def _(g: Gen) -> list[Part]:
    return ["ช่วยพิมพ์หนังสือมอบอำนาจนี้ใหม่เป็นเลขอารบิก\nข้าพเจ้า ", g.P(), " ถือบัตรประจำตัวประชาชนเลขที่ ",
            g.NID("thai"), " อยู่บ้านเลขที่ ", g.ADDR("thai_digits"), " ขอมอบอำนาจให้ ", g.P(),
            " เป็นผู้ดำเนินการแทน"]


@template("sms_otp_complaint", "telco")
def _(g: Gen) -> list[Part]:
    return ["เบอร์ ", g.PHONE("thai"), " ของแม่ผม (", g.P(), ") ได้ SMS หลอกให้กดลิงก์ทุกวัน จะแจ้งปิดกั้นยังไง ช่วยเขียนคำร้องถึงค่ายมือถือให้หน่อย"]


@template("realestate_lease_en", "real estate")
def _(g: Gen) -> list[Part]:
    return ["Review this lease clause for a condo in Bangkok. Lessee: ", g.PL(g.latin_name()), ", a US passport holder, currently at ", g.ADDR("en"),
            ". Deposit transferred to lessor's account ", g.BANK(), ". Is 2 months deposit standard?"]


@template("car_rental_whatsapp", "travel")
def _(g: Gen) -> list[Part]:
    return ["hey can u translate to thai for the rental shop: i returned the car plate ", g.PLATE(), " at 9am, "
            "my name ", g.PL(), ", pls refund deposit to card ", g.CARD("dash"), " thx. whatsapp ", g.FPHONE("MY")]


@template("migrant_worker_registration", "HR")
def _(g: Gen) -> list[Part]:
    return ["ตรวจทานทะเบียนแรงงานต่างด้าวก่อนส่งกรมการจัดหางาน:\n", "1) ", g.P(g.burmese_name(False)), " สัญชาติเมียนมา "
            "โทร ", g.FPHONE("MM"), "\n2) ", g.P(g.lao_name()), " สัญชาติลาว โทร ", g.FPHONE("LA"),
            "\n3) ", g.P(g.burmese_name(True)), " ที่พักคนงาน ", g.ADDR("abbr")]


@template("school_bus_roster", "school")
def _(g: Gen) -> list[Part]:
    out: list[Part] = ["จัดเรียงรายชื่อรถรับส่งตามจุดจอด;รหัสนักเรียน;ชื่อเล่น;ผู้ปกครอง;เบอร์\n"]
    for _ in range(3):
        out += [g.SID("school"), ";", g.P("น้อง" + g.nick()), ";", g.P(), ";", g.PHONE("plain"), "\n"]
    return out


@template("uni_scholarship_email", "university")
def _(g: Gen) -> list[Part]:
    return ["Dear Scholarship Office,\nI am ", g.PL(g.rom_name()), ", student ID ", g.SID("uni_dash"),
            ", born ", g.DOB("en", 2003, 2007), ". My family income changed this term; please advise.\nBest,\n",
            g.EMAIL(domain="cmu.ac.th"), "\n\n(rewrite this so it sounds more formal)"]


@template("hospital_queue_csv", "hospital")
def _(g: Gen) -> list[Part]:
    out: list[Part] = ["HN,ชื่อ,วันเกิด,สิทธิ์\n"]
    for _ in range(3):
        out += [g.MRN("hn_slash"), ",", g.P(), ",", g.DOB("slash_be"), ",", g.pick(["บัตรทอง", "ประกันสังคม", "ข้าราชการ"]), "\n"]
    out += ["คิวไหนใช้สิทธิ์ประกันสังคม แยกออกมาให้หน่อย"]
    return out


@template("ip_abuse_report", "dev tools")
def _(g: Gen) -> list[Part]:
    return ["Our WAF flagged these client IPs for the account of ", g.PL(), " (", g.EMAIL(), "): ", g.IP(), ", ",
            g.IP(), ". Write a short note asking the user whether they travelled recently."]


@template("line_oa_broadcast_opt", "marketing")
def _(g: Gen) -> list[Part]:
    return ["ลูกค้าพิมพ์มาใน LINE OA ว่า \"เลิกส่งโปรมาได้แล้ว ไอดีไลน์ผม ", g.LINE(), " เบอร์ ", g.PHONE("dash"),
            " ชื่อ ", g.P(), "\" ช่วยเขียนคำตอบยืนยันการยกเลิกรับข่าวสาร"]


@template("dob_age_context", "insurer")
def _(g: Gen) -> list[Part]:
    y, m, d = g.n(1975, 1995), g.n(1, 12), g.n(1, 28)
    return ["คำนวณเบี้ยประกันชีวิตแบบสะสมทรัพย์ 15 ปี ให้ ", g.P(), " เกิดวันที่ ",
            ("DATE_OF_BIRTH", f"{d} {TH_MONTHS[m - 1]} {y + 543}"), " (ปีนี้อายุ ", str(2026 - y - (m == 12)),
            ") ไม่สูบบุหรี่ ทุนประกัน 1,000,000 บาท"]


@template("dob_passport_renewal", "government")
def _(g: Gen) -> list[Part]:
    return ["I need to renew my Thai passport ", g.PASS(), " from abroad. Name ", g.PL(g.rom_name()), ", DOB ",
            g.DOB("slash_ce"), ". Which documents should I bring to the consulate in Sydney?"]


@template("semicolon_crm_export", "e-commerce")
def _(g: Gen) -> list[Part]:
    out: list[Part] = ["customer_name;email;line;birthday;points\n"]
    for _ in range(2):
        out += [g.PL(), ";", g.EMAIL(), ";", g.LINE(), ";", g.DOB("iso", 1980, 2004), ";", str(g.n(10, 9000)), "\n"]
    out += ["send a birthday coupon to whoever's birthday is this month"]
    return out


@template("value_first_cue_after", "bank")
def _(g: Gen) -> list[Part]:
    return [g.NID("plain"), " ← อันนี้เลขบัตรลูกค้า ส่วน ", g.BANK("plain"), " คือเลขบัญชีที่จะโอนคืน ชื่อบัญชี ",
            g.P(), " ช่วยเขียนบันทึกคืนเงินให้หน่อย"]


@template("value_next_line", "hospital")
def _(g: Gen) -> list[Part]:
    return ["ผู้ป่วยรับส่งต่อ\nชื่อ\n", g.P(), "\nเลข HN\n", g.MRN("hn_plain"), "\nเบอร์ญาติ\n", g.PHONE("dash"),
            "\nช่วยร่างใบส่งตัว"]


@template("ipv6_router_support", "telco")
def _(g: Gen) -> list[Part]:
    return ["ลูกค้า ", g.P(), " แจ้งเน็ตบ้านหลุด เราเห็นว่าเราเตอร์ได้ IPv6 ", g.IP(v6=True), " แต่ IPv4 public ",
            g.IP(), " หาย ควรแนะนำให้รีบูตหรือส่งช่าง? ที่ติดตั้ง ", g.ADDR()]


@template("credit_card_typo", "e-commerce")
def _(g: Gen) -> list[Part]:
    return ["ลูกค้าบอกว่าชำระเงินไม่ผ่าน พิมพ์เลขบัตรมาในแชตว่า ", g.CARD("dash"), " หมดอายุ 0", str(g.n(1, 9)), "/",
            str(g.n(27, 31)), " ชื่อบนบัตร ", g.PL(g.rom_name().upper()),
            " ช่วยตอบลูกค้าว่าไม่ควรส่งเลขบัตรในแชต"]


@template("email_thread_sign", "HR")
def _(g: Gen) -> list[Part]:
    return ["ช่วยสรุปเธรดนี้\n\nOn Mon, ", g.PL(g.rom_name()), " <", g.EMAIL(domain="thaiagro.co.th"), "> wrote:\n"
            "> ขอเลื่อนสัมภาษณ์ผู้สมัครเป็นวันพฤหัสครับ\n\nตอบ: ได้ค่ะ เดี๋ยวแจ้ง hr@thaiagro.co.th ให้\n--\n", g.P(),
            "\nHR Business Partner\nมือถือ ", g.PHONE("dot")]


@template("student_id_in_filename", "university")
def _(g: Gen) -> list[Part]:
    return ["ไฟล์การบ้านชื่อ HW3_", g.SID("uni10"), "_final.pdf ส่งช้า 2 วัน ของ ", g.P(), " อาจารย์ควรหักคะแนนตามเกณฑ์ไหนดี"]


@template("plate_parking_ocr", "property")
def _(g: Gen) -> list[Part]:
    return ["กล้อง LPR อ่านป้ายได้แบบนี้ ช่วยจับคู่กับลูกบ้าน:\n[08:12] ", g.PLATE(), " -> ห้อง A-", str(g.n(101, 999)),
            " ", g.P(), "\n[08:15] ", g.PLATE(), " -> ไม่พบในระบบ\n[08:19] ", g.PLATE(False), " -> ห้อง B-",
            str(g.n(101, 999)), " ", g.P()]


# ==================================================================================================
# positive templates: sensitive data (s.26) about a specific person
# ==================================================================================================

@template("discharge_summary_th", "hospital")
def _(g: Gen) -> list[Part]:
    return ["ช่วยเรียบเรียง discharge summary ให้อ่านง่ายสำหรับญาติ\nผู้ป่วย ", g.P(), " HN ", g.MRN("hn_slash"), " AN ",
            g.MRN("an"), "\nDx: ", g.E("HEALTH_DATA", ["STEMI s/p PCI", "community-acquired pneumonia", "DKA in T1DM", "acute pancreatitis"]),
            "\nยากลับบ้าน: ", g.E("HEALTH_DATA", ["clopidogrel 75 mg OD", "amoxicillin-clavulanate 1 g bid", "insulin glargine 18 u hs"]),
            "\nนัด F/U 2 wk OPD อายุรกรรม"]


@template("clinic_line_chat_hiv", "clinic")
def _(g: Gen) -> list[Part]:
    n = g.nick()
    return ["แชตไลน์คลินิก:\n", g.P("คุณ" + n), ": ผลเลือดออกยังคะ\nเจ้าหน้าที่: ออกแล้วค่ะ คุณ", g.P(n),
            " ผลเป็น ", g.E("HEALTH_DATA", ["HIV reactive", "ติดเชื้อ HIV", "ไวรัสตับอักเสบบีเรื้อรัง", "ซิฟิลิสระยะที่สอง"]),
            " นะคะ หมอขอนัดคุยพรุ่งนี้\n---\nช่วยเขียนข้อความแจ้งผลที่นุ่มนวลกว่านี้"]


@template("insurer_claim_health_json", "insurer")
def _(g: Gen) -> list[Part]:
    return ['{"claim":{"insured":"', g.P(), '","id_card":"', g.NID("plain"), '","hospital":"รพ.เอกชนย่านบางนา",',
            '"icd10":"', g.E("HEALTH_DATA", ["C50.9", "E11.9", "I63.9", "F32.2"]), '","diagnosis_text":"',
            g.E("HEALTH_DATA", ["มะเร็งเต้านม", "เบาหวานชนิดที่ 2", "หลอดเลือดสมองตีบ", "โรคซึมเศร้ารุนแรง"]),
            '","amount":', str(g.n(20000, 400000)), '}}\nตรวจว่าเข้าเงื่อนไขยกเว้นโรคที่เป็นมาก่อนทำประกันไหม']


@template("hr_sick_leave_email_en", "HR")
def _(g: Gen) -> list[Part]:
    return ["Rewrite politely:\n\nhi HR, ", g.PL(g.rom_name()), " from warehouse won't be in for 3 weeks, doctor says ",
            g.E("HEALTH_DATA", ["herniated disc at L4-L5", "major depressive disorder", "stage 2 hypertension with kidney involvement", "dengue haemorrhagic fever"]),
            ". medical cert attached. his mobile ", g.PHONE("dash"), " if u need him"]


@template("pharmacy_refill_sms", "pharmacy")
def _(g: Gen) -> list[Part]:
    return ["ร้านยา: ช่วยตั้งข้อความเตือนเติมยาอัตโนมัติ\nลูกค้า ", g.P(), " ", g.PHONE("plain"), " รับยา ",
            g.E("HEALTH_DATA", ["sertraline 50 mg", "ยาต้านไวรัส TDF/FTC", "levothyroxine 100 mcg", "methadone"]),
            " ทุกวันที่ 5 ของเดือน"]


@template("school_nurse_note", "school")
def _(g: Gen) -> list[Part]:
    return ["บันทึกห้องพยาบาล: นักเรียน ", g.P("ด.ญ." + g.th_name()), " เลขประจำตัว ", g.SID("school"), " มีอาการ",
            g.E("HEALTH_DATA", ["ชักจากโรคลมชัก", "หอบหืดกำเริบ", "แพ้ถั่วลิสงรุนแรง"]), " ระหว่างคาบพละ ให้ยาตามแผนแล้ว "
            "| ช่วยเขียนจดหมายแจ้งผู้ปกครอง"]


@template("callcentre_insurance_health", "call centre")
def _(g: Gen) -> list[Part]:
    return ["Transcript:\nA: ประกันสุขภาพค่ะ\nC: ครับ ผม ", g.P(), " นะ เอ่อ เมื่อวานหมอบอกผมเป็น ",
            g.E("HEALTH_DATA", ["นิ่วในไต", "ต้อกระจกทั้งสองข้าง", "ไขมันพอกตับ", "โรคเก๊าท์"]),
            " ต้องผ่าตัด ใช้สิทธิ์ได้ไหมครับ กรมธรรม์ผมเลขที่ ", f"HP{g.digits(8)}",
            "\n---\nสรุปคำถามลูกค้าเป็นข้อๆ"]


@template("hr_onboarding_halal", "HR")
def _(g: Gen) -> list[Part]:
    return ["จัดข้อมูลพนักงานใหม่ลงตาราง onboarding\n- ชื่อ: ", g.P(g.malay_name()), "\n- ศาสนา: ",
            g.E("RELIGION", ["อิสลาม", "มุสลิม"]), " (ขออาหารฮาลาลและเวลาละหมาดวันศุกร์)\n- เบอร์: ", g.PHONE("dash"),
            "\n- วันเกิด: ", g.DOB("th_abbr", 1990, 2002)]


@template("school_enrol_csv_religion", "school")
def _(g: Gen) -> list[Part]:
    out: list[Part] = ["เลขประจำตัว,ชื่อ-สกุล,ศาสนา,เชื้อชาติ\n"]
    for rel, eth in (("พุทธ", "ไทย"), ("คริสต์", "กะเหรี่ยง"), ("อิสลาม", "มลายู")):
        out += [g.SID("school"), ",", g.P(), ",", ("RELIGION", rel), ",", ("ETHNICITY", eth), "\n"]
    out += ["นับจำนวนนักเรียนแยกตามศาสนาให้หน่อย"]
    return out


@template("funeral_arrangement_chat", "chat export")
def _(g: Gen) -> list[Part]:
    return ["แชตครอบครัว:\nพี่", g.P(g.nick()), ": งานของคุณพ่อ ", g.P(), " จะจัดแบบ",
            g.E("RELIGION", ["คริสต์ นิกายคาทอลิก", "คริสต์โปรเตสแตนต์", "คริสต์"]),
            " นะ พ่อเข้ารีตตั้งแต่หนุ่ม\nน้อง: โอเค ติดต่อโบสถ์แล้ว\n---\nช่วยร่างการ์ดเชิญร่วมพิธี"]


@template("hotel_guest_pref_en", "hotel")
def _(g: Gen) -> list[Part]:
    return ["Guest profile note, please turn into housekeeping instructions:\n", g.PL(g.latin_name()), ", suite 1502. "
            "Guest is ", g.E("RELIGION", ["an observant Orthodox Jew", "a practising Hindu", "a devout Muslim"]),
            "; no room service on certain days, requests prayer direction card. Card on file ", g.CARD("space"), "."]


@template("ngo_beneficiary_yaml", "NGO")
def _(g: Gen) -> list[Part]:
    return ["สร้างรายงานเยี่ยมบ้านจาก YAML นี้\n```yaml\nbeneficiary:\n  name: ", g.P(g.pick([g.th_name(), g.burmese_name(False)])),
            "\n  ethnicity: ", g.E("ETHNICITY", ["ปกาเกอะญอ", "ม้ง", "ไทใหญ่", "อาข่า", "ลีซู"]),
            "\n  religion: ", g.E("RELIGION", ["คริสต์", "นับถือผี", "พุทธ"]),
            "\n  village: ", g.ADDR("abbr"), "\n  needs: [ทุนการศึกษา, ผ้าห่ม]\n```"]


@template("refugee_case_note_en", "NGO")
def _(g: Gen) -> list[Part]:
    return ["Summarise for the protection officer: ", g.PL(g.burmese_name(True)), ", aged ", str(g.n(18, 60)),
            ", is ", g.E("ETHNICITY", ["Rohingya", "Karenni", "Kachin", "Chin"]),
            " and fled to Mae Sot in 2024; says they were ", g.E("CRIMINAL_RECORD", ["detained for 6 months without charge", "convicted in absentia of illegal assembly"]),
            " back home. Contact via ", g.FPHONE("MM"), "."]


@template("hospital_interpreter", "hospital")
def _(g: Gen) -> list[Part]:
    group = g.pick(["ม้ง", "เมี่ยน", "อาข่า"])
    return ["ขอล่ามภาษา", group, " ให้ผู้ป่วย ", g.P(), " ซึ่งเป็นชาว",
            ("ETHNICITY", group), " ฟังภาษาไทยไม่ได้ HN ", g.MRN("hn_dash"),
            " วันพรุ่งนี้ 9 โมง ช่วยเขียนบันทึกขอล่ามถึงฝ่ายสังคมสงเคราะห์"]


@template("diversity_survey_row", "HR")
def _(g: Gen) -> list[Part]:
    return ["Clean this survey row before import (the ethnicity field has a typo):\n",
            "respondent|name|ethnicity|religion|dept\n", f"{g.n(100, 999)}|", g.PL(g.rom_name()), "|",
            g.E("ETHNICITY", ["Thai-Chineese", "Lao Isan", "Malay-Thai", "Khmer-Thai"]), "|",
            g.E("RELIGION", ["Budhist", "Muslim", "Catholic"]), "|Finance"]


@template("police_report_ethnic", "police")
def _(g: Gen) -> list[Part]:
    return ["แปลบันทึกจับกุมเป็นภาษาอังกฤษ: ผู้ต้องหา ", g.P(), " เชื้อสาย", g.E("ETHNICITY", ["ไทใหญ่", "ลาหู่", "มอญ"]),
            " อายุ ", str(g.n(19, 45)), " ปี ถูกจับพร้อม", g.E("CRIMINAL_RECORD", ["ยาบ้า 2,000 เม็ด", "ของกลางยาไอซ์ 50 กรัม"]),
            " มีประวัติ", g.E("CRIMINAL_RECORD", ["ต้องโทษคดีลักทรัพย์ปี 2564", "เคยถูกจำคุก 3 ปีคดียาเสพติด"]),
            " เลขบัตร ", g.NID("dash")]


@template("hr_political_posts", "HR")
def _(g: Gen) -> list[Part]:
    return ["ผู้จัดการส่งเรื่องมาว่าพนักงาน ", g.P(), " แผนกขาย ", g.E("POLITICAL_OPINION", ["โพสต์สนับสนุนพรรคฝ่ายค้านทุกวัน", "เป็นแกนนำม็อบเรียกร้องแก้รัฐธรรมนูญ", "ประกาศตัวว่าเป็นสมาชิกพรรครวมพลังประชาราษฎร์"]),
            " ในเฟซบุ๊กส่วนตัว บริษัทมีสิทธิ์ตักเตือนไหม ช่วยวิเคราะห์ตามกฎหมายแรงงาน"]


@template("protest_arrest_lawyer", "legal")
def _(g: Gen) -> list[Part]:
    return ["ร่างคำร้องขอประกันตัวให้ ", g.P(), " นักศึกษาที่ถูกจับหลัง", g.E("POLITICAL_OPINION", ["ขึ้นปราศรัยวิจารณ์รัฐบาล", "ชูป้ายต่อต้านการรัฐประหาร"]),
            " ถูกตั้งข้อหา", g.E("CRIMINAL_RECORD", ["มั่วสุมเกินสิบคน", "ฝ่าฝืน พ.ร.ก.ฉุกเฉิน"]), " ติดต่อญาติที่ ",
            g.PHONE("dash")]


@template("journalist_interview_transcript", "media")
def _(g: Gen) -> list[Part]:
    return ["Clean up this interview transcript (remove fillers):\nQ: so um how did you get involved\n", g.PL(), ": yeah so I, like, ",
            g.E("POLITICAL_OPINION", ["I've been a card-carrying member of the Progressive Labour Front since 2019", "I always vote for the monarchist party, it's who I am", "I campaigned door-to-door against the dam referendum"]),
            ", you know, and my neighbours in ", g.pick(["Khon Kaen", "Ubon", "Nan"]), " know it too"]


@template("social_listening_json", "marketing")
def _(g: Gen) -> list[Part]:
    return ['Classify sentiment of each mention:\n[{"author":"', g.PL(), '","handle":"', g.LINE(),
            '","text":"', g.E("POLITICAL_OPINION", ["ผมเลือกพรรคสีส้มมาตลอด", "เป็นเสื้อแดงมาตั้งแต่ปี 53", "ฉันสนับสนุนกลุ่มรักสถาบัน"]),
            ' ไม่ซื้อแบรนด์นี้แล้ว"},{"author":"brand_fan_page","text":"รีวิวน้ำหอมกลิ่นใหม่ หอมมาก"}]']


@template("friends_chat_vote", "chat export")
def _(g: Gen) -> list[Part]:
    a = g.nick()
    return ["[Messenger]\n", g.P(a), ": ", g.E("POLITICAL_OPINION", ["กูจะไปลงสมัครสมาชิกพรรคที่เชียร์กู้ประชาธิปไตยละ", "เราเลือกพรรคอนุรักษ์นิยมเหมือนเดิมแหละ", "ไปม็อบราษฎรด้วยกันไหม พรุ่งนี้"]),
            "\n", g.P(g.nick()), ": 555 เอาดิ\n---\nแปลเป็นภาษาอังกฤษแบบสุภาพ"]


@template("background_check_json", "HR")
def _(g: Gen) -> list[Part]:
    return ['{"vendor":"verifycheck","subject":{"name":"', g.P(), '","national_id":"', g.NID("dash"),
            '","dob":"', g.DOB("iso"), '"},"result":{"criminal":"', g.E("CRIMINAL_RECORD", ["พบประวัติ: คดีฉ้อโกง ศาลจังหวัดนนทบุรี 2565 จำคุก 1 ปี รอลงอาญา", "พบประวัติ: ขับรถขณะเมาสุรา 2567 ปรับ 10,000 บาท"]),
            '"}}\nAdvise whether this candidate can be hired as a cashier.']


@template("court_summary_en", "legal")
def _(g: Gen) -> list[Part]:
    return ["Translate into Thai for the client: On 3 June 2025 the Criminal Court found the defendant, ", g.PL(g.rom_name()),
            ", guilty of ", g.E("CRIMINAL_RECORD", ["embezzlement under section 352", "computer crime (Computer Crime Act s.14)", "bribery of an official"]),
            " and sentenced him to ", str(g.n(1, 5)), " years. Appeal contact: ", g.EMAIL(domain="lawfirm-siam.co.th"), "."]


@template("hr_termination_theft", "HR")
def _(g: Gen) -> list[Part]:
    return ["ร่างหนังสือเลิกจ้างพนักงาน ", g.P(), " รหัส ", f"EMP{g.digits(5)}", " เนื่องจาก", g.E("CRIMINAL_RECORD", ["ถูกศาลพิพากษาจำคุกคดียักยอกทรัพย์นายจ้าง", "ถูกดำเนินคดีลักทรัพย์ในคลังสินค้าและรับสารภาพ"]),
            " โอนค่าจ้างค้างจ่ายเข้าบัญชี ", g.BANK()]


@template("parole_officer_note", "police")
def _(g: Gen) -> list[Part]:
    return ["parole note — tidy up grammar:\nclient ", g.P(), " ", g.E("CRIMINAL_RECORD", ["released after 4 yrs for armed robbery", "on probation for domestic assault", "served 18 months for drug trafficking"]),
            ", reports monthly, new address ", g.ADDR("abbr"), ", works at car wash. no violations this month."]


@template("prep_clinic_note", "clinic")
def _(g: Gen) -> list[Part]:
    return ["Convert to a structured SOAP note:\n", g.PL(g.rom_name()), " 28M, ", g.E("SEXUAL_BEHAVIOUR", ["MSM with 3 partners in last month", "reports condomless anal sex with casual partners", "has sex with men and uses chemsex apps"]),
            ", requests PrEP. HIV Ag/Ab negative. HN ", g.MRN("hn_dash"), ". Start ", g.E("HEALTH_DATA", ["TDF/FTC daily", "PrEP TDF/FTC 1 tab OD"]), "."]


@template("counselling_chat_orientation", "NGO")
def _(g: Gen) -> list[Part]:
    return ["ช่วยตอบแชตให้คำปรึกษานี้อย่างอ่อนโยน:\nผู้ใช้ (", g.P("น้อง" + g.nick()), " ม.5): หนู", g.E("SEXUAL_BEHAVIOUR", ["ชอบผู้หญิงด้วยกัน", "เป็นเลสเบี้ยน", "เป็นไบ"]),
            " แต่ไม่กล้าบอกแม่ กลัวโดนไล่ออกจากบ้าน ไอดีไลน์หนู ", g.LINE()]


@template("harassment_investigation", "HR")
def _(g: Gen) -> list[Part]:
    return ["Summarise the investigation interview. Complainant ", g.PL(), " says supervisor ", g.PL(),
            " repeatedly asked about her ", g.E("SEXUAL_BEHAVIOUR", ["sex life with her girlfriend", "past sexual partners", "bisexuality"]),
            " and told colleagues she ", g.E("SEXUAL_BEHAVIOUR", ["sleeps around", "is in an open relationship"]), "."]


@template("dating_app_moderation", "dev tools")
def _(g: Gen) -> list[Part]:
    return ['moderation queue item: {"user_id":"u_', g.sha(10), '","display":"', g.P(), '","bio":"', g.E("SEXUAL_BEHAVIOUR", ["เกย์ รุก หาคู่นอนไม่ผูกมัด", "bi หาfwb", "สาวทอม หาคู่"]),
            ' แอดไลน์ ', g.LINE(), '"} -> does it violate rule 4.2 (no contact info in bio)?']


@template("insurance_same_sex_partner", "insurer")
def _(g: Gen) -> list[Part]:
    return ["ผู้เอาประกัน ", g.P(), " ขอระบุผู้รับประโยชน์เป็น ", g.P(), " ซึ่งเป็น", g.E("SEXUAL_BEHAVIOUR", ["คู่ชีวิตเพศเดียวกัน", "แฟนผู้ชายที่อยู่ด้วยกันมา 8 ปี"]),
            " ทำได้ไหมหลังกฎหมายสมรสเท่าเทียม ช่วยร่างคำตอบลูกค้า"]


@template("disability_allowance_form", "government")
def _(g: Gen) -> list[Part]:
    return ["กรอกแบบคำขอเบี้ยความพิการให้ตรวจ\nชื่อผู้พิการ: ", g.P(), "\nเลขประจำตัวประชาชน: ", g.NID("space"),
            "\nประเภทความพิการ: ", g.E("DISABILITY", ["พิการทางการเคลื่อนไหว", "พิการทางการเห็น (ตาบอดสนิท)", "พิการทางสติปัญญา", "หูหนวก"]),
            "\nบัญชีรับเงิน: ", g.BANK("gsb")]


@template("hr_accommodation_en", "HR")
def _(g: Gen) -> list[Part]:
    return ["Write a reasonable-accommodation plan for ", g.PL(), ", who is ", g.E("DISABILITY", ["a wheelchair user", "profoundly deaf", "legally blind", "autistic"]),
            " and starts Monday in the Chiang Mai office. Desk, software, evacuation plan. Her e-mail ", g.EMAIL(), "."]


@template("special_needs_iep", "school")
def _(g: Gen) -> list[Part]:
    return ["ช่วยเขียนแผน IEP เทอม 2 ให้ ", g.P("ด.ช." + g.th_name()), " (", g.P("น้อง" + g.nick()), ") ป.3 ",
            g.E("DISABILITY", ["มีภาวะออทิสซึม", "บกพร่องทางการเรียนรู้ด้านการอ่าน", "สมาธิสั้นและบกพร่องทางการได้ยิน"]),
            " รหัสนักเรียน ", g.SID("school")]


@template("airline_ssr_wchr", "travel")
def _(g: Gen) -> list[Part]:
    return ["PNR remarks to plain English: SSR WCHC HK1 ", g.PL(g.rom_name().upper().replace(" ", "/")), " — pax ",
            g.E("DISABILITY", ["paraplegic", "cannot walk, lower-limb amputee", "visually impaired"]),
            ", travels with own wheelchair. CTCM ", g.PHONE("intl0"), "."]


@template("bank_accessibility_note", "bank")
def _(g: Gen) -> list[Part]:
    return ["พนักงานสาขาบันทึกว่า ลูกค้า ", g.P(), " เลขบัญชี ", g.BANK(), " ", g.E("DISABILITY", ["ตาบอด", "เป็นอัมพาตครึ่งซีก", "พิการทางการได้ยิน"]),
            " ต้องการเปิดบริการโมบายแบงก์กิ้ง ช่วยบอกขั้นตอนที่เหมาะสม"]


@template("hr_union_memo", "HR")
def _(g: Gen) -> list[Part]:
    return ["ร่างบันทึกภายในเรื่องย้ายแผนก โดยระวังไม่ให้ดูเป็นการกลั่นแกล้ง: ", g.P(), " ", g.E("TRADE_UNION", ["เป็นกรรมการสหภาพแรงงานพนักงานโรงงาน", "เป็นสมาชิกสหภาพแรงงานรัฐวิสาหกิจ", "เพิ่งได้รับเลือกเป็นประธานสหภาพ"]),
            " และยื่นข้อเรียกร้องเมื่อเดือนก่อน"]


@template("union_dues_csv", "payroll")
def _(g: Gen) -> list[Part]:
    out: list[Part] = ["emp,name,deduction_code,amount\n"]
    for _ in range(2):
        out += [f"{g.n(10000, 99999)}", ",", g.P(), ",", ("TRADE_UNION", "UNION_DUES_TLU"), ",120\n"]
    out += ["(UNION_DUES_TLU = ค่าบำรุงสหภาพแรงงานไทยรุ่งเรืองอุตสาหกรรม) ช่วยรวมยอดหักเดือนนี้"]
    return out


@template("union_leader_dismissal_letter", "legal")
def _(g: Gen) -> list[Part]:
    return ["Draft a letter to the Labour Relations Committee: our client ", g.PL(), ", ", g.E("TRADE_UNION", ["treasurer of the Eastern Seaboard Auto Workers' Union", "a founding member of the hotel workers' union"]),
            ", was dismissed two weeks after the strike notice. Client can be reached at ", g.PHONE("intl"), "."]


@template("factory_minutes_union", "HR")
def _(g: Gen) -> list[Part]:
    return ["สรุปรายงานการประชุมไตรภาคี\nผู้เข้าร่วม: ผอ.ฝ่ายบุคคล, ", g.P(), " (", g.E("TRADE_UNION", ["ผู้แทนสหภาพแรงงาน", "เลขาธิการสหภาพฯ"]),
            "), ", g.P(), " (", g.E("TRADE_UNION", ["สมาชิกสหภาพ", "กรรมการสหภาพแรงงาน"]), ")\nวาระ: ค่ากะดึก, โบนัสปลายปี"]


@template("union_chat_th", "chat export")
def _(g: Gen) -> list[Part]:
    return ["แชตกลุ่มไลน์พนักงาน:\n", g.P("พี่" + g.nick()), ": ใครยังไม่สมัครสหภาพมาเซ็นที่ผมนะ\n", g.P(g.nick()),
            ": ", g.E("TRADE_UNION", ["ผมสมัครสหภาพแล้วครับ", "หนูเป็นสมาชิกสหภาพตั้งแต่ปีที่แล้ว"]),
            "\n---\nแปลเป็นอังกฤษให้หัวหน้าชาวญี่ปุ่นอ่าน"]


@template("genetic_lab_report", "hospital")
def _(g: Gen) -> list[Part]:
    return ["ช่วยอธิบายผลตรวจนี้ให้คนไข้เข้าใจ\nPatient: ", g.P(), "  HN ", g.MRN("hn_plain"), "\nResult: ",
            g.E("GENETIC_DATA", ["BRCA1 c.5266dupC pathogenic variant detected", "Lynch syndrome MLH1 mutation positive", "APOE ε4/ε4 genotype"])]


@template("thalassemia_premarital", "clinic")
def _(g: Gen) -> list[Part]:
    return ["คู่แต่งงาน ", g.P(), " กับ ", g.P(), " ตรวจก่อนแต่ง ผลฝ่ายชาย", g.E("GENETIC_DATA", ["เป็นพาหะธาลัสซีเมียชนิดแอลฟา-1", "เป็นพาหะฮีโมโกลบินอี"]),
            " ฝ่ายหญิง", g.E("GENETIC_DATA", ["เป็นพาหะเบต้าธาลัสซีเมีย", "เป็นพาหะแอลฟาธาลัสซีเมีย 1"]),
            " ช่วยอธิบายความเสี่ยงของลูก"]


@template("pharmacogenomic_hla", "hospital")
def _(g: Gen) -> list[Part]:
    return ["Drug alert for ", g.PL(g.rom_name()), " (HN ", g.MRN("hn_slash"), "): ", g.E("GENETIC_DATA", ["HLA-B*15:02 positive", "HLA-B*58:01 carrier", "CYP2C19 poor metaboliser (*2/*2)"]),
            ". Which antiepileptics should be avoided? Answer for a ward pharmacist."]


@template("paternity_dna_legal", "legal")
def _(g: Gen) -> list[Part]:
    return ["ร่างหนังสือถึงศาลเยาวชน: ผลตรวจ DNA ระหว่าง ", g.P(), " กับ ", g.P("ด.ญ." + g.th_name()),
            " ", g.E("GENETIC_DATA", ["ยืนยันความเป็นบิดาร้อยละ 99.99", "ไม่พบความสัมพันธ์ทางสายเลือด"]),
            " ขอให้ศาลพิจารณาค่าเลี้ยงดู"]


@template("biobank_csv", "research")
def _(g: Gen) -> list[Part]:
    out: list[Part] = ["sample_id,participant,dob,variant\n"]
    for _ in range(2):
        out += [f"BB-{g.digits(5)}", ",", g.PL(g.rom_name()), ",", g.DOB("iso"), ",",
                g.E("GENETIC_DATA", ["G6PD Viangchan c.871G>A hemizygous", "SLC6A4 short allele homozygous", "TP53 R175H germline"]), "\n"]
    out += ["Remove direct identifiers before we share this with the partner lab."]
    return out


@template("insurer_underwriting_brca", "insurer")
def _(g: Gen) -> list[Part]:
    return ["ผู้สมัครประกันมะเร็ง ", g.P(), " แนบผลว่า", g.E("GENETIC_DATA", ["มียีนกลายพันธุ์ BRCA2", "ตรวจพบยีน BRCA1 ผิดปกติ"]),
            " ฝ่ายพิจารณาจะขอเพิ่มเบี้ยได้ไหมตาม พ.ร.บ.คุ้มครองข้อมูล ช่วยวิเคราะห์"]


@template("hr_face_enrolment_log", "HR")
def _(g: Gen) -> list[Part]:
    return ["log เครื่องสแกนหน้าเข้าออฟฟิศ ช่วยดูว่าทำไมลงทะเบียนไม่ผ่าน\n[enrol] emp=", g.P(), " step=",
            g.E("BIOMETRIC_DATA", ["face_template", "ภาพใบหน้า 3 มุม"]), " status=rejected reason=low_liveness_score=0.41 device=ZK-F22"]


@template("bank_ekyc_json", "bank")
def _(g: Gen) -> list[Part]:
    return ['explain this eKYC failure to the customer in Thai:\n{"applicant":"', g.P(), '","citizen_id":"', g.NID("plain"),
            '","checks":{"dopa":"ok","', g.E("BIOMETRIC_DATA", ["face_match_score", "face_embedding_similarity"]),
            '":0.62,"threshold":0.8},"ip":"', g.IP(), '"}']


@template("immigration_fingerprint", "government")
def _(g: Gen) -> list[Part]:
    return ["Write a short reply to the traveller: your ", g.E("BIOMETRIC_DATA", ["fingerprints (all ten) were recorded", "iris scan and fingerprints were enrolled"]),
            " at Suvarnabhumi for ", g.PL(g.latin_name()), ", passport ", g.PASS(), "; automated gate access will be active in 48 h."]


@template("gym_palm_access", "fitness")
def _(g: Gen) -> list[Part]:
    return ["สมาชิก ", g.P(), " โทร ", g.PHONE("dash"), " ร้องเรียนว่า", g.E("BIOMETRIC_DATA", ["ข้อมูลลายฝ่ามือ", "ลายนิ้วมือที่ลงทะเบียนไว้"]),
            "ของเธอใช้เปิดประตูไม่ได้ และขอให้ลบข้อมูลหลังยกเลิกสมาชิก ช่วยร่างคำตอบ"]


@template("voiceprint_callcentre", "call centre")
def _(g: Gen) -> list[Part]:
    return ["IVR log: caller ", g.PHONE("plain"), " matched ", g.E("BIOMETRIC_DATA", ["voiceprint", "voice biometric template"]), " of customer ", g.PL(),
            " (score 0.93) -> skipped PIN. Is this acceptable under our auth policy?"]


@template("police_fingerprint_match", "police")
def _(g: Gen) -> list[Part]:
    return ["แปลเป็นอังกฤษ: ผลเปรียบเทียบ", g.E("BIOMETRIC_DATA", ["ลายนิ้วมือแฝง", "ลายพิมพ์นิ้วมือ"]), "ที่เกิดเหตุ ตรงกับของ ",
            g.P(), " ซึ่ง", g.E("CRIMINAL_RECORD", ["มีประวัติคดีชิงทรัพย์", "เคยต้องโทษคดีบุกรุกเคหสถาน"]), " ในฐานข้อมูล AFIS"]


@template("mixed_s26_intake", "NGO")
def _(g: Gen) -> list[Part]:
    return ["Intake form, please anonymise before sharing:\nName: ", g.PL(), "\nFaith: ", g.E("RELIGION", ["Baháʼí", "Buddhist", "Muslim (Shia)"]),
            "\nCondition: ", g.E("HEALTH_DATA", ["PTSD", "chronic hepatitis C"]), "\nUnion: ", g.E("TRADE_UNION", ["member, Domestic Workers Network union", "Fishers' union member"]),
            "\nNotes: ", g.E("DISABILITY", ["uses a prosthetic left leg", "partial hearing loss"]), "\nPhone: ", g.PHONE("intl")]


@template("voice_note_health_fillers", "clinic")
def _(g: Gen) -> list[Part]:
    return ["ถอดเสียงข้อความเสียง: \"อ่า หมอคะ คือว่า ", g.P("แม่" + g.nick()), " ค่ะ เอ่อ ลูกสาวหนู ", g.P(),
            " นะคะ เค้า", g.E("HEALTH_DATA", ["ตั้งครรภ์ได้ 8 สัปดาห์", "เป็นไมเกรนเรื้อรัง", "มีภาวะโลหิตจาง"]),
            " อืม แล้วก็", g.E("DISABILITY", ["เป็นดาวน์ซินโดรม", "พิการทางการพูด"]), " ด้วย จะพามาตรวจได้วันไหนคะ\" -> สรุปเป็นข้อความนัด"]


@template("nospace_health_sms", "pharmacy")
def _(g: Gen) -> list[Part]:
    return ["แก้คำผิดในข้อความนี้: คุณ", g.P(), "แจ้งว่าเป็น", g.E("HEALTH_DATA", ["เบาหวานต้องฉีดอินซูลิน", "ความดันสูงกินยาamlodipine", "กรดไหลย้อน"]),
            "ขอซื้อยาเพิ่มส่งที่", g.ADDR("nospace"), "โทร", g.PHONE("plain")]


@template("religion_conversion_legal", "legal")
def _(g: Gen) -> list[Part]:
    return ["ลูกความ ", g.P(), " ", g.E("RELIGION", ["เปลี่ยนจากศาสนาพุทธมานับถือศาสนาอิสลาม", "เข้ารีตเป็นคริสต์"]),
            " ก่อนแต่งงาน ต้องการแก้ชื่อในทะเบียนบ้าน เลขบัตร ", g.NID("plain"), " ช่วยสรุปขั้นตอนที่อำเภอ"]


@template("ethnic_id_card_hill", "government")
def _(g: Gen) -> list[Part]:
    return ["ช่วยเขียนคำร้องขอสัญชาติไทยให้ ", g.P(), " ", g.E("ETHNICITY", ["ชาวเขาเผ่าลีซู", "ชาติพันธุ์อาข่า", "ไทลื้อ"]),
            " เกิด ", g.DOB("th_full", 1970, 2000), " ที่ ", g.ADDR("abbr"), " ถือบัตรบุคคลที่ไม่มีสถานะทางทะเบียน"]


@template("political_donation_record", "legal")
def _(g: Gen) -> list[Part]:
    return ["Extract donor rows over 10,000 THB:\ndonor;amount;note\n", g.PL(), ";", g.money(12000, 90000), ";",
            ("POLITICAL_OPINION", "donation to the New Dawn Party"), "\n", g.PL(), ";", g.money(500, 9000), ";",
            ("POLITICAL_OPINION", "member, New Dawn Party youth wing")]


@template("gender_clinic_hormone", "clinic")
def _(g: Gen) -> list[Part]:
    return ["สรุปประวัติ: ", g.P(), " อายุ 24 ", g.E("SEXUAL_BEHAVIOUR", ["มีคู่นอนหลายคน ไม่ใช้ถุงยาง", "มีเพศสัมพันธ์กับผู้ชายเป็นประจำ"]),
            " มาตรวจ ", g.E("HEALTH_DATA", ["หนองในเทียม", "เริมที่อวัยวะเพศ", "หูดหงอนไก่"]), " นัด F/U 1 เดือน"]


@template("biometric_visitor_kiosk_en", "property")
def _(g: Gen) -> list[Part]:
    return ["Write a privacy notice reply: tenant ", g.PL(), " (unit 18C, ", g.EMAIL(), ") asks why the lobby kiosk stored her ",
            g.E("BIOMETRIC_DATA", ["face scan", "facial geometry"]), " for 2 years."]


# ==================================================================================================
# more positives (thin types)
# ==================================================================================================

@template("juristic_director_change", "legal")
def _(g: Gen) -> list[Part]:
    return ["เตรียมเอกสารแจ้งเปลี่ยนกรรมการ: นิติบุคคลเลขทะเบียน ", g.JUR("dash"), " กรรมการเดิม ", g.P(),
            " ลาออก แต่งตั้ง ", g.P(), " (บัตรประชาชน ", g.NID("plain"), ") แทน มีผลตั้งแต่ 1 ธ.ค."]


@template("juristic_ap_payment_run", "accounting")
def _(g: Gen) -> list[Part]:
    return ["Payment run review — any supplier paid twice?\nsupplier_tax_id|amount|bank_acct\n", g.JUR(), "|",
            g.money(10000, 99000), "|", g.BANK("plain"), "\n", g.JUR(), "|", g.money(10000, 99000), "|",
            g.BANK("plain"), "\nSoleprop (person): ", g.P(), "|", g.money(3000, 9000), "|", g.BANK("plain")]


@template("passport_visa_agency_th", "travel")
def _(g: Gen) -> list[Part]:
    return ["กรอกฟอร์มวีซ่าเชงเก้นให้ลูกทัวร์ 2 ท่าน\n1. ", g.P(), " พาสปอร์ต ", g.PASS(), " หมดอายุ 2031\n2. ", g.P(),
            " พาสปอร์ต ", g.PASS(), " เกิด ", g.DOB("th_abbr"), "\nตรวจว่าพาสปอร์ตเหลืออายุเกิน 6 เดือนไหม"]


@template("card_chargeback_email", "bank")
def _(g: Gen) -> list[Part]:
    return ["From: disputes@partnerbank.co.th\nSubject: Chargeback ", f"CB{g.digits(7)}", "\n\nCardholder ", g.PL(),
            " disputes a charge of ", g.money(1000, 30000), " THB on card ", g.CARD("plain"), " at merchant "
            "SHOP-", g.digits(6), ". Please summarise what evidence the merchant must provide."]


@template("plate_fine_notice", "police")
def _(g: Gen) -> list[Part]:
    return ["ช่วยอ่านใบสั่งจราจรอิเล็กทรอนิกส์นี้แล้วบอกว่าต้องจ่ายที่ไหน: ทะเบียน", g.PLATE(), " ความเร็ว ",
            str(g.n(121, 160)), " กม./ชม. ผู้ครอบครองรถ ", g.P(), " ค่าปรับ 1,000 บาท"]


@template("political_canvass_sheet", "NGO")
def _(g: Gen) -> list[Part]:
    return ["จัดกลุ่มผลเคาะประตูนี้:\n| บ้าน | ผู้ตอบ | ความเห็น |\n|---|---|---|\n| ", str(g.n(1, 99)), " | ", g.P(), " | ",
            g.E("POLITICAL_OPINION", ["จะเลือกผู้สมัครพรรคเขียวแน่นอน", "ไม่เอารัฐบาลชุดนี้"]), " |\n| ", str(g.n(1, 99)), " | ",
            g.P(), " | ", g.E("POLITICAL_OPINION", ["ชอบนโยบายพรรคฝ่ายรัฐบาล", "เป็นหัวคะแนนให้พรรคท้องถิ่น"]), " |"]


@template("sti_contact_tracing_en", "public health")
def _(g: Gen) -> list[Part]:
    return ["Draft a partner-notification SMS (no names in SMS). Index case ", g.PL(), " ", g.E("HEALTH_DATA", ["tested positive for gonorrhoea", "diagnosed with syphilis"]),
            "; ", g.E("SEXUAL_BEHAVIOUR", ["reports sex with two male partners", "had unprotected sex with a sex worker"]), " in October. Partner number ",
            g.PHONE("intl")]


@template("union_membership_application", "trade union")
def _(g: Gen) -> list[Part]:
    return ["แปลใบสมัครเป็นอังกฤษ: ข้าพเจ้า ", g.P(), " พนักงานรหัส ", f"{g.n(1000, 9999)}", " ", g.E("TRADE_UNION", ["ขอสมัครเป็นสมาชิกสหภาพแรงงานอิเล็กทรอนิกส์ไทย", "ขอเข้าร่วมสหภาพแรงงานขนส่งมวลชน"]),
            " ยินยอมให้หักค่าบำรุงจากเงินเดือน บัญชี ", g.BANK(), " ลงชื่อ ", g.P()]


@template("genetic_counselling_email", "hospital")
def _(g: Gen) -> list[Part]:
    return ["Rewrite kindly:\nDear ", g.PL(g.latin_name()), ", your whole-exome result shows ", g.E("GENETIC_DATA", ["a heterozygous CFTR F508del variant", "a pathogenic MYBPC3 variant linked to cardiomyopathy"]),
            ". Your brother ", g.PL(), " may also ", g.E("GENETIC_DATA", ["carry the variant", "carry the same mutation"]),
            ". Please call the genetics clinic."]


@template("sexual_assault_hotline_note", "NGO")
def _(g: Gen) -> list[Part]:
    return ["บันทึกสายด่วน (ช่วยตัดคำซ้ำ): ผู้โทร ", g.P(g.nick()), " อายุ 19 แจ้งว่า", g.E("SEXUAL_BEHAVIOUR", ["ถูกแฟนบังคับมีเพศสัมพันธ์", "ถูกถ่ายคลิปขณะมีเพศสัมพันธ์แล้วขู่ปล่อย"]),
            " ต้องการคำแนะนำ ติดต่อกลับได้ที่ไลน์ ", g.LINE()]


@template("oversea_worker_passport_tsv", "HR")
def _(g: Gen) -> list[Part]:
    return ["ตรวจความครบถ้วนก่อนส่งแรงงานไปไต้หวัน\nname\tpassport\tdob\tphone\n", g.PL(g.rom_name()), "\t", g.PASS(), "\t",
            g.DOB("slash_ce", 1985, 2003), "\t", g.PHONE("plain"), "\n", g.P(), "\t", g.PASS(), "\t", g.DOB("slash_be", 1985, 2003),
            "\t", g.PHONE("plain")]


@template("biometric_time_attendance_thai", "HR")
def _(g: Gen) -> list[Part]:
    return ["พนักงาน ", g.P(), " ขอถอนความยินยอมการเก็บ", g.E("BIOMETRIC_DATA", ["ลายนิ้วมือสำหรับลงเวลา", "ข้อมูลจำลองใบหน้า"]),
            " และขอใช้บัตรพนักงานแทน ช่วยร่างหนังสือตอบรับตาม PDPA"]


# ==================================================================================================
# hard negatives: s.26 vocabulary about nobody (two or more templates per category)
# ==================================================================================================

@template("hn_health_dengue_stats", "public health", hard="HEALTH_DATA")
def _(g: Gen) -> list[Part]:
    return ["ทำกราฟแท่งจากสถิตินี้: ผู้ป่วยไข้เลือดออกสะสมปี 2569 ภาคเหนือ ", g.money(3000, 9000), " ราย ภาคอีสาน ",
            g.money(5000, 15000), " ราย ภาคใต้ ", g.money(2000, 8000), " ราย อัตราป่วยตาย ", f"0.{g.n(5, 15)}%",
            " ส่วนโรคเบาหวานและความดันโลหิตสูงยังเป็นสาเหตุหลักของการนอนโรงพยาบาลในผู้สูงอายุ"]


@template("hn_health_pharm_syllabus", "university", hard="HEALTH_DATA")
def _(g: Gen) -> list[Part]:
    return ["Turn this into a 12-week syllabus table: PHARM 3", str(g.n(10, 99)),
            ". Week 1 antihypertensives (amlodipine, losartan); ", "week 2 insulin regimens for type 2 diabetes; week 3 antiretroviral therapy and PrEP; "
            "week 4 SSRIs for major depressive disorder; week 5 anticoagulants after stroke; assessment: 2 case "
            "write-ups (fictional patients), final exam ", g.pick(["40%", "50%"]), "."]


@template("hn_health_clinic_faq", "hospital", hard="HEALTH_DATA")
def _(g: Gen) -> list[Part]:
    return ["ปรับ FAQ หน้าเว็บ รพ. ให้อ่านง่าย:\nQ: คลินิกโรคซึมเศร้าเปิดวันไหน?\nA: จันทร์-ศุกร์ 08.00-16.00 น.\n"
            "Q: ตรวจ HIV แบบไม่ระบุตัวตนได้ไหม?\nA: ได้ ไม่มีค่าใช้จ่ายตามสิทธิ์ บัตรทอง\nQ: ผู้ป่วยมะเร็งต้องเตรียมเอกสารอะไร?\n"
            "A: ใบส่งตัวและผลชิ้นเนื้อ โทรสายด่วน ", g.pick(["1669", "1330", "1323"])]


@template("hn_religion_holiday_calendar", "HR", hard="RELIGION")
def _(g: Gen) -> list[Part]:
    return ["Format as a table for the intranet: 2027 public holidays observed by the company — Makha Bucha "
            "(Buddhist), Songkran, Visakha Bucha, Asarnha Bucha; optional leave for Eid al-Fitr, Christmas Day and "
            "Chinese New Year; prayer room on floor ", str(g.n(3, 30)), " open to staff of any religion."]


@template("hn_religion_halal_faq", "e-commerce", hard="RELIGION")
def _(g: Gen) -> list[Part]:
    return ["เขียนคำตอบ FAQ สินค้า: ขนมรุ่น ", g.sku(), " ได้รับเครื่องหมายฮาลาลจากคณะกรรมการกลางอิสลามแห่งประเทศไทยแล้ว "
            "เหมาะกับผู้นับถือศาสนาอิสลาม และไม่มีส่วนผสมจากสัตว์ จึงเหมาะกับผู้ทานเจตามประเพณีจีนด้วย ติดต่อ info@sabaimart.com"]


@template("hn_religion_news_law", "media", hard="RELIGION")
def _(g: Gen) -> list[Part]:
    return ["สรุปข่าว 3 บรรทัด: สภาผ่านร่าง พ.ร.บ.อุปถัมภ์และคุ้มครองกิจการทางศาสนา วาระแรก ด้วยคะแนน ", str(g.n(250, 400)),
            " เสียง ครอบคลุมศาสนาพุทธ อิสลาม คริสต์ พราหมณ์-ฮินดู และซิกข์ กำหนดให้มีกองทุนบำรุงศาสนสถาน"]


@template("hn_ethnicity_census_stats", "statistics", hard="ETHNICITY")
def _(g: Gen) -> list[Part]:
    return ["Summarise these survey figures for a grant proposal: in the highland districts the largest groups are "
            "Karen (", f"{g.n(30, 45)}%", "), Hmong (", f"{g.n(10, 20)}%", "), Lahu (", f"{g.n(5, 12)}%",
            "), Akha and Lisu; Shan and Tai Lue villages sit in the valleys. Source: provincial report 2568."]


@template("hn_ethnicity_museum_syllabus", "university", hard="ETHNICITY")
def _(g: Gen) -> list[Part]:
    return ["ช่วยเขียนคำอธิบายรายวิชา มานุษยวิทยา ", f"ANT{g.n(100, 499)}", " : ศึกษากลุ่มชาติพันธุ์ในประเทศไทย ได้แก่ "
            "มลายู ม้ง ปกาเกอะญอ มอญ ไทใหญ่ และชาวเล (มอแกน อูรักลาโวย) ประวัติการอพยพ ภาษา และนโยบายรัฐต่อชาติพันธุ์ "
            "มีทัศนศึกษาพิพิธภัณฑ์ชาวเขา"]


@template("hn_political_election_rules", "media", hard="POLITICAL_OPINION")
def _(g: Gen) -> list[Part]:
    return ["Explain in simple Thai: the Election Commission says parties may spend up to ", g.money(1, 3), " million "
            "baht per constituency candidate; rallies must end by 24:00; opinion polls cannot be published in the "
            "final 7 days; civil servants must stay politically neutral."]


@template("hn_political_social_policy", "HR", hard="POLITICAL_OPINION")
def _(g: Gen) -> list[Part]:
    return ["ทบทวนนโยบายโซเชียลมีเดียบริษัทข้อ ", str(g.n(4, 9)), ": พนักงานมีเสรีภาพทางความคิดเห็นทางการเมือง "
            "แต่ห้ามใช้โลโก้บริษัทในการสนับสนุนพรรคการเมืองใด หรือเชิญชวนให้ร่วมชุมนุมในนามบริษัท ข้อความนี้ขัดกับ "
            "มาตรา 26 PDPA ไหม"]


@template("hn_political_civics_quiz", "school", hard="POLITICAL_OPINION")
def _(g: Gen) -> list[Part]:
    return ["สร้างข้อสอบปรนัย 5 ข้อจากเนื้อหา: ระบอบประชาธิปไตยอันมีพระมหากษัตริย์ทรงเป็นประมุข การเลือกตั้ง ส.ส. "
            "ระบบบัญชีรายชื่อ ", str(g.n(100, 150)), " ที่นั่ง พรรคการเมืองต้องมีสมาชิกอย่างน้อย 500 คน และสิทธิในการชุมนุมโดยสงบ"]


@template("hn_criminal_law_news", "media", hard="CRIMINAL_RECORD")
def _(g: Gen) -> list[Part]:
    return ["Rewrite as a LinkedIn post: New amendment to the Criminal Procedure Code lets courts use electronic "
            "monitoring instead of detention; fraud and drug-possession cases made up ", f"{g.n(30, 60)}%",
            " of the backlog last year, says the Office of the Judiciary. Expunging minor convictions after "
            f"{g.n(3, 10)} years is also proposed."]


@template("hn_criminal_bgcheck_policy", "HR", hard="CRIMINAL_RECORD")
def _(g: Gen) -> list[Part]:
    return ["ตรวจร่างนโยบาย: บริษัทจะขอตรวจประวัติอาชญากรรมเฉพาะตำแหน่งที่ดูแลเงินสด ผู้ที่เคยต้องโทษจำคุกในคดีทุจริต "
            "จะไม่ได้รับการพิจารณาเป็นเวลา 5 ปี ผลตรวจจะเก็บไว้ไม่เกิน 90 วัน คำถามส่งที่ hr@chaiyainsure.co.th "
            "— ภาษาตรงไหนที่ควรแก้ให้สอดคล้อง PDPA"]


@template("hn_sexual_sexed_syllabus", "school", hard="SEXUAL_BEHAVIOUR")
def _(g: Gen) -> list[Part]:
    return ["Build a lesson plan, grade ", str(g.n(9, 12)), " health education: consent; contraception and condoms; "
            "sexual orientation and gender identity (gay, lesbian, bisexual, transgender); preventing STIs; "
            "where teens can get confidential advice. 50 minutes, group activity."]


@template("hn_sexual_marriage_equality_news", "media", hard="SEXUAL_BEHAVIOUR")
def _(g: Gen) -> list[Part]:
    return ["สรุปข่าว: หลังกฎหมายสมรสเท่าเทียมมีผล คู่รักเพศเดียวกันจดทะเบียนสมรสแล้วกว่า ", g.money(10000, 40000),
            " คู่ทั่วประเทศ สำนักงานสถิติเผยว่าจำนวนคู่ LGBTQ+ ที่จดทะเบียนสูงสุดในกรุงเทพฯ และเชียงใหม่"]


@template("hn_sexual_prep_product", "pharmacy", hard="SEXUAL_BEHAVIOUR")
def _(g: Gen) -> list[Part]:
    return ["Write product copy for our telehealth app: PrEP delivered discreetly for people who have condomless sex "
            "or multiple partners; men who have sex with men and trans women are priority groups under national "
            "guidelines. Price ", g.money(600, 1500), " THB / 30 tabs. Questions: support@nakornmed.co.th"]


@template("hn_disability_employment_quota", "HR", hard="DISABILITY")
def _(g: Gen) -> list[Part]:
    return ["คำนวณให้หน่อย: บริษัทมีลูกจ้าง ", str(g.n(300, 900)), " คน ตาม พ.ร.บ.ส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ "
            "ต้องจ้างคนพิการอัตรา 100:1 ถ้าจ้างไม่ครบต้องส่งเงินเข้ากองทุนปีละเท่าไร (ค่าแรงขั้นต่ำ ", str(g.n(350, 400)), " บาท)"]


@template("hn_disability_accessibility_feature", "dev tools", hard="DISABILITY")
def _(g: Gen) -> list[Part]:
    return ["Release notes v", g.version(), ": full screen-reader support (VoiceOver/TalkBack) for blind and "
            "low-vision users, captions for deaf and hard-of-hearing users, larger tap targets for users with motor "
            "impairments. Rewrite as a short Thai announcement."]


@template("hn_union_labour_act_news", "media", hard="TRADE_UNION")
def _(g: Gen) -> list[Part]:
    return ["ย่อข่าวนี้: ครม.เห็นชอบร่าง พ.ร.บ.แรงงานสัมพันธ์ฉบับใหม่ เปิดทางให้แรงงานข้ามชาติจัดตั้งและเป็นกรรมการสหภาพแรงงานได้ "
            "ปัจจุบันไทยมีสหภาพแรงงานจดทะเบียน ", g.money(1300, 1700), " แห่ง สมาชิกราว ", g.money(500000, 700000), " คน"]


@template("hn_union_hr_faq", "HR", hard="TRADE_UNION")
def _(g: Gen) -> list[Part]:
    return ["Polish this employee handbook FAQ. Q: Can I join a trade union? A: Yes. Joining or forming a union "
            "is a legal right; the company will not treat union members differently, and union dues can be "
            "deducted from payroll on request. Contact people-team@bualuangtech.com."]


@template("hn_genetic_dna_kit", "e-commerce", hard="GENETIC_DATA")
def _(g: Gen) -> list[Part]:
    return ["เขียนคำโฆษณาชุดตรวจ DNA รุ่น ", g.sku(), " : ตรวจยีน 200+ ตำแหน่ง รวม BRCA1/BRCA2 พาหะธาลัสซีเมีย "
            "และการตอบสนองต่อยา (CYP2C19) รู้ผลใน 21 วัน ราคา ", g.money(3900, 12900), " บาท ห้ามเคลมรักษาโรค"]


@template("hn_genetic_thal_stats", "public health", hard="GENETIC_DATA")
def _(g: Gen) -> list[Part]:
    return ["Make a slide from: about ", f"{g.n(30, 40)}%", " of Thais carry a thalassaemia gene; HbE carrier "
            "frequency reaches ", f"{g.n(40, 55)}%", " in the lower north-east; HLA-B*15:02 is common in Southeast "
            "Asia, so screening before carbamazepine is reimbursed."]


@template("hn_biometric_device_spec", "procurement", hard="BIOMETRIC_DATA")
def _(g: Gen) -> list[Part]:
    return ["เทียบสเปกเครื่องสแกนสองรุ่นนี้: รุ่น A จดจำใบหน้า 3,000 หน้า ลายนิ้วมือ 10,000 ลาย ม่านตาไม่รองรับ "
            "ราคา ", g.money(9000, 19000), " บาท; รุ่น B สแกนใบหน้า+ฝ่ามือ ตรวจ liveness ราคา ",
            g.money(15000, 29000), " บาท เลือกอันไหนสำหรับโรงงาน 400 คน"]


@template("hn_biometric_bank_faq", "bank", hard="BIOMETRIC_DATA")
def _(g: Gen) -> list[Part]:
    return ["Improve this FAQ: Why does the app ask for a face scan? When you transfer more than 50,000 baht the "
            "bank must verify your face biometrics against the DOPA record (BOT rule). Face data is kept encrypted "
            "and never shared. Fingerprint login uses your phone's own sensor."]


# ==================================================================================================
# negatives with millisecond epochs that pass the Thai ID checksum
# ==================================================================================================

@template("neg_epoch_app_log", "dev tools", negative=True)
def _(g: Gen) -> list[Part]:
    return ["why is latency spiking? \n", f'{{"level":"warn","ts":{g.epoch_ms_pin()},"svc":"checkout","route":"/api/v2/cart","p99_ms":{g.n(800, 3000)},"build":"{g.version()}"}}\n',
            f'{{"level":"warn","ts":{g.epoch_ms_pin()},"svc":"checkout","route":"/api/v2/cart","p99_ms":{g.n(800, 3000)}}}']


@template("neg_epoch_orders_json", "e-commerce", negative=True)
def _(g: Gen) -> list[Part]:
    return ["รวมยอดขายจากผลลัพธ์ API นี้:\n", f'[{{"order_no":"{g.order_no()}","created_at":{g.epoch_ms_pin()},"total":{g.n(100, 9000)}.00,"status":"paid"}},'
            f'{{"order_no":"{g.order_no()}","created_at":{g.epoch_ms_pin()},"total":{g.n(100, 9000)}.50,"status":"refunded"}}]']


@template("neg_epoch_kafka_event", "dev tools", negative=True)
def _(g: Gen) -> list[Part]:
    return ["Consumer lag question. Sample record: topic=inventory.updated partition=", str(g.n(0, 11)), " offset=",
            str(g.n(100000, 999999)), f" key={g.sku()} value={{\"qty\":{g.n(0, 500)},\"warehouse\":\"BKK-0{g.n(1, 5)}\",\"ts\":{g.epoch_ms_pin()}}}",
            " — how do I reset the offset?"]


@template("neg_epoch_sensor_csv", "logistics", negative=True)
def _(g: Gen) -> list[Part]:
    return ["หาค่าอุณหภูมิที่เกินเกณฑ์ในตู้คอนเทนเนอร์เย็น:\nts,container,temp_c\n",
            f"{g.epoch_ms_pin()},MSCU{g.digits(7)},{g.n(-22, -15)}.{g.n(0, 9)}\n",
            f"{g.epoch_ms_pin()},MSCU{g.digits(7)},{g.n(-12, -2)}.{g.n(0, 9)}\n"]


@template("neg_epoch_analytics_escaped", "marketing", negative=True)
def _(g: Gen) -> list[Part]:
    return [f'{{"prompt":"explain this event payload: {{\\"event\\":\\"add_to_cart\\",\\"sku\\":\\"{g.sku()}\\",\\"price\\":{g.n(99, 2999)},\\"created_at\\":{g.epoch_ms_pin()},\\"session\\":\\"{g.sha(16)}\\"}}"}}']


# ==================================================================================================
# other negatives: numbers that look like identifiers, role mailboxes, no personal data
# ==================================================================================================

@template("neg_order_summary", "e-commerce", negative=True)
def _(g: Gen) -> list[Part]:
    return ["สรุปออเดอร์: ", g.order_no(), " สินค้า ", g.sku(), " x", str(g.n(1, 5)), " ราคา ", g.money(199, 4990),
            " บาท ส่วนลดโค้ด NOV11 ค่าส่ง 40 บาท เลขพัสดุ ", g.tracking(), " ช่วยเขียนข้อความแจ้งว่าของออกจากคลังแล้ว"]


@template("neg_isbn_purchase", "library", negative=True)
def _(g: Gen) -> list[Part]:
    return ["Check these ISBNs for the library order and flag invalid ones: 978-616-", g.digits(2), "-", g.digits(4),
            "-", g.digits(1), ", 978-974-", g.digits(3), "-", g.digits(3), "-", g.digits(1), ", 9786165", g.digits(6),
            ". Budget ", g.money(20000, 60000), " THB."]


@template("neg_release_notes", "dev tools", negative=True)
def _(g: Gen) -> list[Part]:
    return ["Write changelog bullets: v", g.version(), " (", g.sha(), ") bump grpcio to 1.", str(g.n(60, 70)), ".0; "
            "fix race in retry loop (#", str(g.n(1000, 9999)), "); drop Python 3.9; image tag registry.example.io/api:",
            g.version(), "-alpine"]


@template("neg_schema_sql", "dev tools", negative=True)
def _(g: Gen) -> list[Part]:
    return ["Optimise this query, it takes ", str(g.n(4, 30)), " s:\nSELECT c.customer_id, c.national_id_hash, SUM(o.total) "
            "FROM customers c JOIN orders o ON o.customer_id = c.customer_id WHERE o.created_at >= NOW() - INTERVAL "
            "'30 days' GROUP BY 1, 2 HAVING SUM(o.total) > ", g.money(1000, 9000).replace(",", ""), ";"]


@template("neg_invoice_vat", "accounting", negative=True)
def _(g: Gen) -> list[Part]:
    amt = g.n(10000, 500000)
    return ["คำนวณ VAT และหัก ณ ที่จ่าย 3% ให้ใบแจ้งหนี้เลขที่ INV-", str(g.n(2026, 2027)), "-", g.digits(5),
            " มูลค่าก่อนภาษี ", f"{amt:,}", " บาท ครบกำหนดชำระ 30 วัน ส่งสำเนาที่ ap@thaiagro.co.th"]


@template("neg_tourism_stats", "statistics", negative=True)
def _(g: Gen) -> list[Part]:
    return ["Make a short commentary: international arrivals Jan-Oct ", g.money(25, 35), ".", str(g.n(1, 9)),
            " million (+", str(g.n(3, 15)), "% y/y); top markets China, Malaysia, India; average spend ",
            g.money(40000, 50000), " THB per trip; hotel occupancy ", str(g.n(65, 80)), "%."]


@template("neg_flight_schedule", "travel", negative=True)
def _(g: Gen) -> list[Part]:
    return ["ทำตารางเที่ยวบินเป็นภาษาไทย: TG", str(g.n(100, 699)), " BKK-NRT 23:55 gate D", str(g.n(1, 8)),
            "; FD", str(g.n(3000, 3999)), " DMK-CNX 07:10 gate ", str(g.n(31, 60)), "; WE", str(g.n(100, 299)),
            " BKK-HKT 13:25 aircraft A321neo"]


@template("neg_hotel_rates", "hotel", negative=True)
def _(g: Gen) -> list[Part]:
    return ["| Room type | Rack | Corporate |\n|---|---|---|\n| Deluxe King | ", g.money(3500, 5500), " | ",
            g.money(2500, 3400), " |\n| Club Twin | ", g.money(6000, 9000), " | ", g.money(4000, 5900),
            " |\nWrite a rate-offer e-mail to a corporate client from reservations@lannahotel.com."]


@template("neg_telco_package", "telco", negative=True)
def _(g: Gen) -> list[Part]:
    return ["เขียนแคปชันโปรโมชัน: แพ็กเน็ต 5G ไม่ลดสปีด ", str(g.n(15, 60)), " GB ", str(g.n(7, 30)), " วัน ราคา ",
            str(g.n(99, 599)), " บาท กด *", str(g.n(100, 999)), "*", str(g.n(10, 99)), "# โทรออก หรือสอบถาม 1", g.digits(3)]


@template("neg_bank_rates", "bank", negative=True)
def _(g: Gen) -> list[Part]:
    return ["Compare for a customer FAQ: savings 0.", str(g.n(25, 75)), "% p.a.; 12-month fixed deposit ",
            f"1.{g.n(10, 90)}", "% p.a.; e-savings up to 1.", str(g.n(10, 80)), "% for balances under 1 million; "
            "transfer fee 0 baht via PromptPay."]


@template("neg_container_yard", "logistics", negative=True)
def _(g: Gen) -> list[Part]:
    return ["จัดลำดับการยกตู้: MSCU", g.digits(7), " bay ", str(g.n(1, 40)), " / TGHU", g.digits(7), " bay ",
            str(g.n(1, 40)), " / pallet PL-", g.digits(6), " เรือ ETA ท่าเรือแหลมฉบัง ", f"{g.n(1, 28)}/12 {g.n(6, 22)}:00"]


@template("neg_k8s_yaml", "dev tools", negative=True)
def _(g: Gen) -> list[Part]:
    return ["why does this crashloop?\n```yaml\nspec:\n  replicas: ", str(g.n(2, 6)), "\n  containers:\n  - name: api\n"
            "    image: ghcr.io/acme/api:", g.version(), "\n    ports: [{containerPort: ", str(g.n(3000, 9000)),
            "}]\n    resources: {limits: {memory: ", str(g.n(128, 512)), "Mi}}\n```"]


@template("neg_traceback", "dev tools", negative=True)
def _(g: Gen) -> list[Part]:
    return ["Traceback (most recent call last):\n  File \"/app/worker.py\", line ", str(g.n(10, 400)),
            ", in handle\n    total = sum(i.price for i in items)\nTypeError: unsupported operand type(s) for +: "
            "'int' and 'str'\njob_id=", g.sha(12), " attempt=", str(g.n(1, 5)), "\nhow to fix?"]


@template("neg_gov_form_instructions", "government", negative=True)
def _(g: Gen) -> list[Part]:
    return ["อธิบายวิธีกรอกแบบคำขอนี้ทีละช่อง: ช่องที่ 1 ชื่อ-นามสกุล ช่องที่ 2 เลขประจำตัวประชาชน 13 หลัก "
            "(รูปแบบ X-XXXX-XXXXX-XX-X) ช่องที่ 3 วันเดือนปีเกิด (วว/ดด/ปปปป พ.ศ.) ช่องที่ 4 ที่อยู่ตามทะเบียนบ้าน "
            "ค่าธรรมเนียม ", str(g.n(10, 100)), " บาท"]


@template("neg_exam_timetable", "university", negative=True)
def _(g: Gen) -> list[Part]:
    return ["จัดตารางสอบไม่ให้ชนกัน: CS", str(g.n(100, 499)), " (", str(g.n(60, 240)), " คน) ห้อง E-", str(g.n(101, 509)),
            "; MATH", str(g.n(100, 299)), " ห้อง Auditorium; ENG", str(g.n(100, 199)), " สอบออนไลน์ สัปดาห์ที่ 16-17"]


@template("neg_callscript_placeholders", "call centre", negative=True)
def _(g: Gen) -> list[Part]:
    return ["Improve this script: \"Hello {customer_name}, this is {agent_name} from the card centre. To verify, "
            "please tell me the last 4 digits of your card.\" Keep placeholders; max ", str(g.n(30, 60)), " words."]


@template("neg_contract_clause_translate", "legal", negative=True)
def _(g: Gen) -> list[Part]:
    return ["แปลเป็นอังกฤษ: \"ผู้รับจ้างตกลงรักษาข้อมูลส่วนบุคคลที่ได้รับจากผู้ว่าจ้างเป็นความลับ และจะลบหรือทำลายข้อมูลภายใน ",
            str(g.n(15, 90)), " วันนับแต่สัญญาสิ้นสุด ค่าปรับวันละ ", g.money(1000, 5000), " บาท\""]


@template("neg_maintenance_notice", "chat export", negative=True)
def _(g: Gen) -> list[Part]:
    return ["ช่วยเขียนประกาศในกลุ่มไลน์ลูกบ้าน: ปิดน้ำเพื่อล้างถังวันเสาร์ที่ ", str(g.n(1, 28)), " เวลา 09.00-15.00 น. "
            "ลิฟต์ตัวที่ ", str(g.n(1, 3)), " ปิดซ่อม ติดต่อนิติบุคคลอาคารชุดที่ office@parkviewcondo.co.th"]


@template("neg_barcode_list", "retail", negative=True)
def _(g: Gen) -> list[Part]:
    return ["Verify EAN-13 check digits: 885", g.digits(10), ", 885", g.digits(10), ", 885", g.digits(10),
            ". Which ones fail? These are shelf labels for aisle ", str(g.n(1, 20)), "."]


@template("neg_set_index", "finance", negative=True)
def _(g: Gen) -> list[Part]:
    return ["สรุปตลาดวันนี้: SET ปิด ", f"{g.n(1250, 1500)}.{g.n(10, 99)}", " จุด เปลี่ยนแปลง -", f"{g.n(1, 20)}.{g.n(10, 99)}",
            " มูลค่าซื้อขาย ", g.money(35000, 70000), " ล้านบาท ต่างชาติขายสุทธิ ", g.money(500, 3000), " ล้านบาท"]


@template("neg_recruit_ad", "HR", negative=True)
def _(g: Gen) -> list[Part]:
    return ["Polish this job ad: Data Engineer (Bangkok, hybrid). ", str(g.n(3, 6)), "+ yrs Spark/Airflow, salary ",
            g.money(60, 90), "k-", g.money(100, 150), "k THB. Send CV to recruit@bualuangtech.com, questions to "
            "info@bualuangtech.com."]


@template("neg_lottery_results", "media", negative=True)
def _(g: Gen) -> list[Part]:
    return ["ทำอินโฟกราฟิกผลสลาก: รางวัลที่ 1 ", g.digits(6), " เลขหน้า 3 ตัว ", g.digits(3), " ", g.digits(3),
            " เลขท้าย 3 ตัว ", g.digits(3), " ", g.digits(3), " เลขท้าย 2 ตัว ", g.digits(2)]


@template("neg_air_quality", "public data", negative=True)
def _(g: Gen) -> list[Part]:
    return ["Write a short alert: PM2.5 at station 36T = ", str(g.n(40, 180)), " µg/m³, 05T = ", str(g.n(30, 150)),
            " µg/m³; AQI ", str(g.n(80, 220)), ". Advise sensitive groups to limit outdoor activity. Sources: "
            "support@airquality-th.org"]


@template("neg_juristic_profile_no_id", "legal", negative=True)
def _(g: Gen) -> list[Part]:
    return ["สรุปงบการเงินย่อ: บริษัทจำกัดในกลุ่มโลจิสติกส์ ทุนจดทะเบียน ", g.money(5, 50), " ล้านบาท รายได้ปี 2568 ",
            g.money(100, 900), " ล้านบาท กำไรสุทธิ ", g.money(5, 60), " ล้านบาท D/E ", f"{g.n(5, 25) / 10:.1f}",
            " เทียบกับค่าเฉลี่ยอุตสาหกรรม"]


# ==================================================================================================
# rendering
# ==================================================================================================

def render(parts: list[Part]) -> tuple[str, list[dict]]:
    """Join parts into text; tuples become entity spans with exact offsets."""
    text: list[str] = []
    entities: list[dict] = []
    pos = 0
    for part in parts:
        if isinstance(part, tuple):
            entity_type, value = part
            if entity_type not in ENTITY_TYPES:
                raise ValueError(f"unknown entity type {entity_type}")
            if not value or value != value.strip():
                raise ValueError(f"{entity_type} span has surrounding whitespace: {value!r}")
            if not _check_value(entity_type, value):
                raise ValueError(f"invalid {entity_type} value generated")
            entities.append({"entity_type": entity_type, "start": pos, "end": pos + len(value)})
            text.append(value)
            pos += len(value)
        else:
            text.append(part)
            pos += len(part)
    return "".join(text), entities


def build_records(seed: int = SEED) -> list[dict]:
    names = [t.name for t in TEMPLATES]
    if len(names) != len(set(names)):
        raise ValueError("duplicate template names")
    g = Gen(seed)
    drafts = []
    for t in TEMPLATES:
        for _ in range(PROMPTS_PER_TEMPLATE):
            text, entities = render(t.build(g))
            if t.negative and entities:
                raise ValueError(f"negative template {t.name} produced entities")
            if not t.negative and not entities:
                raise ValueError(f"positive template {t.name} produced no entities")
            drafts.append({"domain": t.domain, "template": t.name, "negative": t.negative, "text": text,
                           "entities": entities})
    random.Random(seed + 7).shuffle(drafts)
    records = []
    for i, d in enumerate(drafts, 1):
        records.append({"id": f"f5-{i:04d}", "split": "test", "domain": d["domain"], "template": d["template"],
                        "negative": d["negative"], "text": d["text"], "entities": d["entities"]})
    return records


def dumps(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 0 when the file on disk is up to date, else 1")
    parser.add_argument("--out", type=Path, default=OUT, help=f"output path (default {OUT})")
    args = parser.parse_args(argv)
    if faker.VERSION != GENERATED_WITH_FAKER:
        print(f"warning: Faker {faker.VERSION} differs from {GENERATED_WITH_FAKER}; output may differ",
              file=sys.stderr)
    content = dumps(build_records())
    if args.check:
        try:
            on_disk = args.out.read_text(encoding="utf-8")
        except FileNotFoundError:
            print(f"{args.out} is missing", file=sys.stderr)
            return 1
        if on_disk != content:
            print(f"{args.out} is out of date; rerun bench/make_freshset5.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(content, encoding="utf-8")
    n_neg = content.count('"negative": true')
    print(f"wrote {args.out}: {content.count(chr(10))} prompts ({n_neg} negative) from {len(TEMPLATES)} templates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
