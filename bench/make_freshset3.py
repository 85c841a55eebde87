"""Generate bench/freshset3.jsonl: the third blind held-out evaluation set for the Thai PII detector.

Written blind on 2026-11-24, without reading the detector (``pdpa_guard/``), its tests, or any other
evaluation set (devset, freshset, freshset2). Sentence shapes, field names and formats are the
author's own guess at how Thai organisations paste data into LLM prompts. It is a measuring
instrument: do NOT tune recognizers on it. Fix kinds of problems found here with general rules and
re-measure on a new blind set instead.

All values are fabricated (Faker th_TH/en_US with fixed seeds plus composed name syllables) and
valid where real ones are: national IDs pass ``stdnum.th.pin``, company IDs ``stdnum.th.moa``, cards
Luhn, Thai phones libphonenumber. Deterministic: ``--check`` exits 0 when the file is up to date.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import faker
import phonenumbers
from faker import Faker
from stdnum import luhn
from stdnum.th import moa, pin

GENERATED_WITH_FAKER = "40.54.0"
OUT = Path(__file__).resolve().parent / "freshset3.jsonl"

ENTITY_TYPES = (
    "PERSON", "TH_NATIONAL_ID", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IP_ADDRESS", "LINE_ID",
    "TH_BANK_ACCOUNT", "TH_PASSPORT", "STUDENT_ID", "MEDICAL_RECORD_NUMBER", "TH_VEHICLE_PLATE", "ADDRESS",
    "DATE_OF_BIRTH", "TH_JURISTIC_ID", "HEALTH_DATA", "RELIGION", "ETHNICITY", "POLITICAL_OPINION",
    "CRIMINAL_RECORD", "SEXUAL_BEHAVIOUR", "DISABILITY", "TRADE_UNION", "GENETIC_DATA", "BIOMETRIC_DATA",
)
S26_TYPES = ENTITY_TYPES[15:]

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
ASCII_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

Part = str | tuple[str, str]


@dataclass(frozen=True)
class Template:
    """One sentence shape; ``s26_hard_negative`` names the s.26 category a negative imitates."""

    name: str
    domain: str
    negative: bool
    s26_hard_negative: str | None
    count: int
    fn: Callable[[Ctx], list[Part]]


TEMPLATES: list[Template] = []


def tpl(name: str, domain: str, negative: bool = False, hard: str | None = None,
        count: int = 4) -> Callable[[Callable[[Ctx], list[Part]]], Callable[[Ctx], list[Part]]]:
    """Register a template; negatives must produce no entity parts (checked at build time)."""
    def deco(fn: Callable[[Ctx], list[Part]]) -> Callable[[Ctx], list[Part]]:
        TEMPLATES.append(Template(name, domain, negative, hard, count, fn))
        return fn
    return deco


# --- vocabulary -------------------------------------------------------------------------------

TITLES_TH = ["นาย", "นางสาว", "นาง", "น.ส.", "ด.ช.", "ด.ญ.", "พ.ต.ท.", "ร.ต.อ.", "จ.ส.อ.", "ผศ.ดร.",
             "ดร.", "นพ.", "พญ.", "รศ.", "ว่าที่ร้อยตรี", "พล.ต.ต.", "ทพญ."]
TITLES_EN = ["Mr.", "Ms.", "Mrs.", "Dr.", "Miss"]
SYLL = ["ธี", "ระ", "วุฒิ", "กิต", "ติ", "พัช", "รา", "ณิ", "ชา", "ภัท", "สุ", "ธิ", "ดา", "อร", "ปรี",
        "ชยุต", "วร", "เมธ", "ธนา", "ปวี", "นันท์", "กัญ", "ญา", "รัตน์", "ศศิ", "นิภา", "ภูริ", "ฉัตร", "ปณิ", "ตา"]
LAST_SYLL = ["ศรี", "สกุล", "วงศ์", "ทอง", "เจริญ", "พันธุ์", "สุข", "กุล", "รักษ์", "ไพศาล", "ดำรง", "ชัย",
             "มณี", "ภักดี", "นาคา", "โพธิ์", "แก้ว", "บุญ"]
NICKS = ["ต้น", "เมย์", "แบงค์", "ฝน", "บีม", "ปอนด์", "มิ้นท์", "เจ", "นุ่น", "โอ๊ต", "แพร", "ฟ้า", "กอล์ฟ",
         "แนน", "ปุ้ย", "ท็อป", "จูน", "เอิร์ธ", "ใบเตย", "ตาล"]
PROVINCES = ["กรุงเทพมหานคร", "เชียงใหม่", "ขอนแก่น", "ชลบุรี", "นครราชสีมา", "สงขลา", "ภูเก็ต", "อุดรธานี",
             "นนทบุรี", "ปทุมธานี", "สมุทรปราการ", "พิษณุโลก", "สุราษฎร์ธานี", "ระยอง", "ลำปาง", "ยะลา", "ตาก",
             "อุบลราชธานี", "นครศรีธรรมราช", "เชียงราย"]
BKK = [("ลาดยาว", "จตุจักร", "10900"), ("บางนาเหนือ", "บางนา", "10260"), ("ห้วยขวาง", "ห้วยขวาง", "10310"),
       ("คลองตันเหนือ", "วัฒนา", "10110"), ("สีลม", "บางรัก", "10500"), ("บางซื่อ", "บางซื่อ", "10800"),
       ("ทุ่งมหาเมฆ", "สาทร", "10120"), ("หัวหมาก", "บางกะปิ", "10240")]
UPC = [("สุเทพ", "เมืองเชียงใหม่", "เชียงใหม่", "50200"), ("ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
       ("หนองปรือ", "บางละมุง", "ชลบุรี", "20150"), ("หาดใหญ่", "หาดใหญ่", "สงขลา", "90110"),
       ("ตลาดใหญ่", "เมืองภูเก็ต", "ภูเก็ต", "83000"), ("บางกระสอ", "เมืองนนทบุรี", "นนทบุรี", "11000"),
       ("คลองหนึ่ง", "คลองหลวง", "ปทุมธานี", "12120"), ("สะเตง", "เมืองยะลา", "ยะลา", "95000"),
       ("แม่สอด", "แม่สอด", "ตาก", "63110"), ("ในเมือง", "เมืองอุบลราชธานี", "อุบลราชธานี", "34000")]
ROADS = ["ถนนพหลโยธิน", "ถ.สุขุมวิท", "ถนนรามคำแหง", "ถ.มิตรภาพ", "ถนนเพชรเกษม", "ถ.นิมมานเหมินท์", "ถนนกาญจนวณิชย์"]
MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
          "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
MONTHS_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PLATE_LETTERS = "กขคฆงจฉชฌญฎฐฒณดตถทธนบปผพภมยรลวศษสหฬอฮ"

S26: dict[str, list[str]] = {
    "HEALTH_DATA": ["โรคเบาหวานชนิดที่ 2", "ความดันโลหิตสูง", "โรคซึมเศร้า", "มะเร็งเต้านมระยะที่ 2", "ติดเชื้อ HIV",
                    "ตั้งครรภ์ 12 สัปดาห์", "โรคไตเรื้อรังระยะ 3", "โรคไบโพลาร์", "วัณโรคปอด", "ไวรัสตับอักเสบบี",
                    "โรคลมชัก", "แพ้ยาเพนิซิลลิน", "major depressive disorder", "Type 2 diabetes", "โรคหอบหืด",
                    "ภาวะหัวใจเต้นผิดจังหวะ", "ไขมันพอกตับ", "โรคแพนิค"],
    "RELIGION": ["ศาสนาอิสลาม", "นับถือศาสนาคริสต์", "ศาสนาซิกข์", "นับถือศาสนาฮินดู", "เป็นมุสลิม",
                 "คริสต์นิกายโรมันคาทอลิก", "Muslim", "นับถือศาสนาพุทธ", "เข้ารีตเป็นคริสต์"],
    "ETHNICITY": ["ชาวกะเหรี่ยง", "เชื้อสายมลายู", "ชาติพันธุ์ม้ง", "ชาวไทใหญ่", "ชาวอาข่า", "เชื้อสายจีนแต้จิ๋ว",
                  "เชื้อสายเวียดนาม", "ชาวมอแกน", "ชาวลาหู่", "Karen ethnicity"],
    "POLITICAL_OPINION": ["สมาชิกพรรคการเมืองฝ่ายค้าน", "ร่วมชุมนุมทางการเมือง", "เป็นหัวคะแนนพรรค",
                          "สนับสนุนพรรคฝ่ายรัฐบาล", "เป็นแกนนำกลุ่มนักศึกษาเรียกร้องประชาธิปไตย", "ต่อต้านรัฐประหาร",
                          "โพสต์สนับสนุนพรรคฝ่ายค้าน", "supports the opposition party"],
    "CRIMINAL_RECORD": ["ต้องโทษจำคุก 2 ปี", "มีประวัติอาชญากรรม", "เคยถูกจับคดียาเสพติด", "ถูกพิพากษาคดีฉ้อโกง",
                        "รอลงอาญา", "มีหมายจับ", "เคยต้องคดีลักทรัพย์", "ต้องคำพิพากษาคดีเมาแล้วขับ",
                        "convicted of fraud", "พ้นโทษจากเรือนจำ"],
    "SEXUAL_BEHAVIOUR": ["เป็นเกย์", "รักร่วมเพศ", "มีคู่นอนหลายคน", "เป็นไบเซ็กชวล", "เป็นเลสเบี้ยน",
                         "มีความสัมพันธ์ชู้สาว", "มีเพศสัมพันธ์โดยไม่ป้องกัน", "ขายบริการทางเพศ"],
    "DISABILITY": ["พิการทางการเคลื่อนไหว", "ตาบอดสนิท", "หูหนวก", "ผู้พิการทางการมองเห็น", "ต้องใช้รถเข็น",
                   "ออทิสติก", "ขาขาดข้างซ้าย", "บกพร่องทางสติปัญญา", "hearing impaired", "พิการทางการได้ยิน"],
    "TRADE_UNION": ["สมาชิกสหภาพแรงงาน", "ประธานสหภาพแรงงาน", "กรรมการสหภาพแรงงานรัฐวิสาหกิจ",
                    "เข้าร่วมสหภาพแรงงาน", "union member", "เลขาธิการสหภาพ", "สมาชิกสหภาพครู"],
    "GENETIC_DATA": ["ผลตรวจยีน BRCA1 เป็นบวก", "มียีน HLA-B*1502", "พาหะธาลัสซีเมีย", "ผลตรวจ DNA พิสูจน์ความเป็นพ่อ",
                     "ยีน APOE4", "ผลตรวจพันธุกรรม", "BRCA2 mutation carrier", "พาหะยีนโรคฮีโมฟีเลีย"],
    "BIOMETRIC_DATA": ["ลายนิ้วมือ", "ข้อมูลใบหน้า", "ภาพสแกนม่านตา", "face embedding", "ลายเส้นเลือดฝ่ามือ",
                       "เสียงพูดสำหรับยืนยันตัวตน", "แม่แบบลายนิ้วมือ", "face template"],
}


# --- value makers -----------------------------------------------------------------------------

class Ctx:
    """Per-prompt random source and value makers: seeded so the file is reproducible."""

    def __init__(self, seed: int, i: int) -> None:
        self.r = random.Random(seed)
        self.i = i
        self.th = Faker("th_TH")
        self.th.seed_instance(seed)
        self.en = Faker("en_US")
        self.en.seed_instance(seed + 7)

    def ch[T](self, seq: Sequence[T]) -> T:
        """Pick one element."""
        return self.r.choice(seq)

    def digits(self, n: int) -> str:
        """n random digits."""
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def maybe_thai(self, s: str, p: float = 0.2) -> str:
        """Sometimes write digits as Thai numerals, as some government forms do."""
        return s.translate(THAI_DIGITS) if self.r.random() < p else s

    # people
    def given(self) -> str:
        """A Faker Thai first name or a composed one no name list holds."""
        if self.r.random() < 0.35:
            return "".join(self.r.sample(SYLL, self.r.randint(2, 3)))
        return self.th.first_name()

    def family(self) -> str:
        """A Faker Thai last name or a composed one."""
        if self.r.random() < 0.35:
            return "".join(self.r.sample(SYLL, 2)) + self.ch(LAST_SYLL)
        return self.th.last_name()

    def person(self, title: bool | None = None) -> str:
        """Thai full name, with a title/rank most of the time (title is part of the span)."""
        name = f"{self.given()} {self.family()}"
        if title is None:
            title = self.r.random() < 0.7
        if title:
            t = self.ch(TITLES_TH)
            return f"{t}{name}" if self.r.random() < 0.7 else f"{t} {name}"
        return name

    def person_en(self) -> str:
        """English-written name, sometimes a Thai name romanised by Faker en_US stand-in."""
        name = f"{self.en.first_name()} {self.en.last_name()}"
        return f"{self.ch(TITLES_EN)} {name}" if self.r.random() < 0.5 else name

    def nick(self) -> str:
        """A nickname."""
        return self.ch(NICKS)

    # numbers
    def nid(self) -> str:
        """Thai national ID passing stdnum.th.pin, in one of the common layouts."""
        body = str(self.r.randint(1, 8)) + self.digits(11)
        n = body + pin.calc_check_digit(body)
        style = self.r.randint(0, 3)
        if style == 1:
            n = f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"
        elif style == 2:
            n = f"{n[0]} {n[1:5]} {n[5:10]} {n[10:12]} {n[12]}"
        return self.maybe_thai(n, 0.15)

    def juristic(self) -> str:
        """Company registration number passing stdnum.th.moa."""
        body = "0" + self.ch(["105", "107", "135", "505", "205", "115"]) + self.digits(8)
        n = body + moa.calc_check_digit(body)
        return n if self.r.random() < 0.7 else f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"

    def card(self) -> str:
        """Luhn-valid card number (Visa/Mastercard/JCB prefixes)."""
        body = self.ch(["4", "51", "53", "3528", "4539"])
        body += self.digits(15 - len(body))
        n = body + luhn.calc_check_digit(body)
        style = self.r.randint(0, 2)
        if style == 0:
            return " ".join(n[k:k + 4] for k in range(0, 16, 4))
        if style == 1:
            return "-".join(n[k:k + 4] for k in range(0, 16, 4))
        return n

    def phone(self) -> str:
        """A valid Thai phone in one of a dozen layouts."""
        while True:
            kind = self.r.random()
            if kind < 0.75:
                nat = "0" + self.ch("689") + self.ch("0123456789") + self.digits(7)
            elif kind < 0.9:
                nat = "02" + self.digits(7)
            else:
                nat = "0" + self.ch(["53", "43", "38", "74", "76", "42", "44"]) + self.digits(6)
            if phonenumbers.is_valid_number(phonenumbers.parse(nat, "TH")):
                break
        if len(nat) == 10:
            layouts = [nat, f"{nat[:3]}-{nat[3:6]}-{nat[6:]}", f"{nat[:3]} {nat[3:6]} {nat[6:]}",
                       f"+66 {nat[1:3]} {nat[3:6]} {nat[6:]}", f"+66{nat[1:]}", f"(+66) {nat[1:3]}-{nat[3:6]}-{nat[6:]}",
                       f"{nat[:3]}-{nat[3:]}", f"66{nat[1:]}"]
        else:
            layouts = [nat, f"{nat[:2]}-{nat[2:5]}-{nat[5:]}" if nat.startswith("02") else f"{nat[:3]}-{nat[3:6]}-{nat[6:]}",
                       f"+66 {nat[1:]}", f"{nat[:3]} {nat[3:6]} {nat[6:]}" if not nat.startswith("02") else f"02 {nat[2:5]} {nat[5:]}"]
        s = self.ch(layouts)
        if len(nat) == 9 and self.r.random() < 0.4:
            s += self.ch([" ต่อ ", " ext. ", " #", " ต่อ"]) + str(self.r.randint(10, 4999))
        return self.maybe_thai(s, 0.1)

    def email(self, name: str | None = None) -> str:
        """Personal or work e-mail."""
        user = (name or self.en.user_name()).lower().replace(" ", ".")
        user = re.sub(r"[^a-z0-9._]", "", user) or self.en.user_name()
        return f"{user}{self.ch(['', '', str(self.r.randint(1, 99))])}@{self.ch(['gmail.com', 'hotmail.com', 'outlook.co.th', 'yahoo.com', 'company.co.th', 'mail.ku.ac.th', 'scb-partner.co.th', 'cmu.ac.th', 'go.th'])}"

    def ip(self) -> str:
        """IPv4 (private or public) or occasionally IPv6."""
        k = self.r.random()
        if k < 0.15:
            return self.en.ipv6()
        if k < 0.5:
            return f"192.168.{self.r.randint(0, 254)}.{self.r.randint(2, 254)}"
        if k < 0.65:
            return f"10.{self.r.randint(0, 254)}.{self.r.randint(0, 254)}.{self.r.randint(2, 254)}"
        return self.en.ipv4_public()

    def line(self) -> str:
        """LINE ID, with or without a written @."""
        base = self.ch(NICKS_EN) + self.ch(["", "_", ".", ""]) + self.ch(["", str(self.r.randint(1, 999)), "bkk", "cute", "za"])
        return ("@" + base) if self.r.random() < 0.4 else base

    def bank(self) -> str:
        """10-digit Thai bank account, usually xxx-x-xxxxx-x."""
        n = self.digits(10)
        return self.ch([f"{n[:3]}-{n[3]}-{n[4:9]}-{n[9]}", n, f"{n[:3]}-{n[3:9]}-{n[9]}", f"{n[:3]} {n[3]} {n[4:9]} {n[9]}"])

    def passport(self) -> str:
        """Thai passport style: two letters + seven digits (older: one letter + six/seven)."""
        return self.ch(["AA", "AB", "AC", "AD", "AE", "AF", "P", "N"]) + self.digits(7)

    def student(self) -> str:
        """University/school student number."""
        y = str(self.r.randint(62, 68))
        return self.ch([y + self.digits(8), f"{y}{self.digits(2)}-{self.digits(4)}-{self.digits(2)}", y + self.digits(5),
                        f"B{y}{self.digits(5)}", f"{y}-{self.digits(6)}"])

    def hn(self) -> str:
        """Hospital number / MRN in the layouts hospital systems use."""
        y = str(self.r.randint(55, 68))
        return self.ch([f"{self.r.randint(1, 99999)}/{y}", f"{y}-{self.digits(6)}", self.digits(7), f"{y}{self.digits(6)}",
                        f"HN{self.digits(8)}", f"MRN-{self.digits(6)}"])

    def plate(self) -> str:
        """Thai vehicle plate, with the province most of the time (part of the span)."""
        letters = self.ch(PLATE_LETTERS) + self.ch(PLATE_LETTERS)
        body = self.ch([f"{letters} {self.r.randint(1, 9999)}", f"{self.r.randint(1, 9)}{letters} {self.r.randint(1, 9999)}",
                        f"{letters}-{self.r.randint(1, 9999)}", f"{self.r.randint(70, 99)}-{self.digits(4)}",
                        f"{letters}{self.r.randint(100, 9999)}"])
        if self.r.random() < 0.75:
            body += " " + self.ch(PROVINCES)
        return body

    def address(self) -> str:
        """Thai postal address from house number to postcode (or province)."""
        house = self.ch([f"{self.r.randint(1, 999)}/{self.r.randint(1, 299)}", str(self.r.randint(1, 1999)),
                         f"เลขที่ {self.r.randint(1, 500)}", f"ห้อง {self.r.randint(101, 2899)} อาคาร{self.ch(['ลุมพินีวิลล์', 'เดอะเบส', 'ศุภาลัย'])}"])
        if self.r.random() < 0.5:
            k, d, pc = self.ch(BKK)
            parts = [house]
            if self.r.random() < 0.6:
                parts.append(f"ซอย{self.ch(['ลาดพร้าว 71', 'สุขุมวิท 101/1', 'รามอินทรา 40', 'อ่อนนุช 17', 'งามวงศ์วาน 23'])}")
            if self.r.random() < 0.5:
                parts.append(self.ch(ROADS))
            kk, dd = self.ch([(f"แขวง{k}", f"เขต{d}"), (f"แขวง{k}", f"เขต{d}"), (f"แขวง {k}", f"เขต {d}")])
            parts += [kk, dd, self.ch(["กรุงเทพมหานคร", "กรุงเทพฯ", "กทม."])]
            if self.r.random() < 0.85:
                parts.append(pc)
        else:
            t, a, p, pc = self.ch(UPC)
            parts = [house]
            if self.r.random() < 0.6:
                parts.append(f"หมู่ {self.r.randint(1, 15)}" if self.r.random() < 0.5 else f"ม.{self.r.randint(1, 15)}")
            if self.r.random() < 0.3:
                parts.append(self.ch(ROADS))
            if self.r.random() < 0.5:
                parts += [f"ต.{t}", f"อ.{a}", f"จ.{p}"]
            else:
                parts += [f"ตำบล{t}", f"อำเภอ{a}", f"จังหวัด{p}"]
            if self.r.random() < 0.85:
                parts.append(pc)
        return self.maybe_thai(" ".join(parts), 0.1)

    def dob(self) -> str:
        """Date of birth in Thai (BE), ISO or slash layouts."""
        y, m, d = self.r.randint(1955, 2012), self.r.randint(1, 12), self.r.randint(1, 28)
        s = self.ch([f"{d} {MONTHS[m - 1]} {y + 543}", f"{d} {MONTHS_ABBR[m - 1]} {y + 543}", f"{y}-{m:02d}-{d:02d}",
                     f"{d:02d}/{m:02d}/{y + 543}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS_EN[m - 1]} {y}",
                     f"{d} {MONTHS_ABBR[m - 1]}{str(y + 543)[2:]}"])
        return self.maybe_thai(s, 0.1)

    def s26(self, etype: str) -> tuple[str, str]:
        """An s.26 phrase of the given category, as an entity part."""
        return (etype, self.ch(S26[etype]))

    def s26_cycle(self, offset: int = 0) -> tuple[str, str]:
        """An s.26 phrase, cycling category with the prompt index so every category is covered."""
        return self.s26(S26_TYPES[(self.i + offset) % len(S26_TYPES)])


NICKS_EN = ["ploy", "boss", "namwan", "tonkla", "jaja", "pangpond", "mewmew", "kwan", "nattapong", "oat", "benz", "fern"]


def E(etype: str, value: str) -> tuple[str, str]:
    """Entity part."""
    return (etype, value)


# --- positive templates -----------------------------------------------------------------------

@tpl("p_line_chat_export", "retail")
def _(c: Ctx) -> list[Part]:
    n = c.nick()
    return ["[LINE] แชทกับลูกค้า\n", f"{c.r.randint(10, 23)}:{c.r.randint(10, 59)} ", E("PERSON", n), " : ส่งของไปที่ ",
            E("ADDRESS", c.address()), " นะคะ เบอร์", E("PHONE_NUMBER", c.phone()), "\n",
            f"{c.r.randint(10, 23)}:{c.r.randint(10, 59)} Admin : รับทราบค่ะ\nช่วยสรุปออเดอร์นี้ให้หน่อย"]


@tpl("p_kyc_json", "bank")
def _(c: Ctx) -> list[Part]:
    return ['{"customer":{"full_name":"', E("PERSON", c.person()), '","citizen_id":"', E("TH_NATIONAL_ID", c.nid()),
            '","birth_date":"', E("DATE_OF_BIRTH", c.dob()), '","mobile":"', E("PHONE_NUMBER", c.phone()),
            '"},"risk":"low"}\nตรวจว่าข้อมูลครบตามเกณฑ์ KYC ไหม']


@tpl("p_escaped_tool_args", "dev")
def _(c: Ctx) -> list[Part]:
    return ['{"tool":"crm_update","arguments":"{\\"name\\": \\"', E("PERSON", c.person(False)), '\\", \\"email\\": \\"',
            E("EMAIL_ADDRESS", c.email()), '\\", \\"line\\": \\"', E("LINE_ID", c.line()), '\\"}"}']


@tpl("p_discharge_summary", "hospital")
def _(c: Ctx) -> list[Part]:
    return ["Discharge summary\nHN: ", E("MEDICAL_RECORD_NUMBER", c.hn()), "\nผู้ป่วย ", E("PERSON", c.person()),
            f" อายุ {c.r.randint(20, 85)} ปี\nDx: ", c.s26("HEALTH_DATA"), "\nแผนการรักษา: นัดติดตาม 2 สัปดาห์ ช่วยเขียนสรุปเป็นภาษาอังกฤษ"]


@tpl("p_hr_note_union", "hr")
def _(c: Ctx) -> list[Part]:
    return ["บันทึก HR: พนักงาน ", E("PERSON", c.person()), f" รหัสพนักงาน EMP{c.digits(5)} เป็น", c.s26("TRADE_UNION"),
            " ของบริษัท ขอให้ร่างหนังสือเชิญประชุมเรื่องการปรับค่าจ้างแบบสุภาพ"]


@tpl("p_csv_customers", "telecom")
def _(c: Ctx) -> list[Part]:
    out: list[Part] = ["name,phone,email,ip\n"]
    for _k in range(2):
        out += [E("PERSON", c.person(False)), ",", E("PHONE_NUMBER", c.phone().replace(",", "")), ",", E("EMAIL_ADDRESS", c.email()),
                ",", E("IP_ADDRESS", c.ip()), "\n"]
    out.append("หาแถวที่ซ้ำกันให้หน่อย")
    return out


@tpl("p_sql_insert", "dev")
def _(c: Ctx) -> list[Part]:
    return ["INSERT INTO members (name, id_card, addr) VALUES ('", E("PERSON", c.person()), "', '", E("TH_NATIONAL_ID", c.nid()),
            "', '", E("ADDRESS", c.address()), "');\n-- ทำไม query นี้ error: value too long"]


@tpl("p_call_transcript_card", "bank")
def _(c: Ctx) -> list[Part]:
    return ["ถอดเสียงสายเข้า call center:\nเจ้าหน้าที่: ขอทราบชื่อค่ะ\nลูกค้า: ", E("PERSON", c.person()),
            " ครับ\nเจ้าหน้าที่: เลขบัตรเครดิตที่มีปัญหาคะ\nลูกค้า: ", E("CREDIT_CARD", c.card()),
            " ครับ โดนตัดเงินซ้ำสองครั้ง\nสรุปปัญหาให้ทีม dispute"]


@tpl("p_insurance_claim", "insurance")
def _(c: Ctx) -> list[Part]:
    return ["เคลมประกันสุขภาพ เลขกรมธรรม์ POL-", c.digits(8), "\nผู้เอาประกัน: ", E("PERSON", c.person()), "\nเลขประจำตัวประชาชน ",
            E("TH_NATIONAL_ID", c.nid()), "\nสาเหตุการเข้ารักษา: ", c.s26("HEALTH_DATA"), "\nโอนเงินเข้าบัญชี ",
            E("TH_BANK_ACCOUNT", c.bank()), " ธ.กสิกรไทย\nช่วยตรวจว่าเอกสารครบไหม"]


@tpl("p_school_record", "school")
def _(c: Ctx) -> list[Part]:
    return ["ระเบียนนักเรียน\nชื่อ ", E("PERSON", c.person()), "  รหัสนักศึกษา ", E("STUDENT_ID", c.student()),
            "\nวันเกิด ", E("DATE_OF_BIRTH", c.dob()), "\nหมายเหตุ: นักศึกษา", c.s26("DISABILITY"),
            " ขอจัดที่นั่งสอบพิเศษ\nช่วยร่างบันทึกถึงอาจารย์ประจำวิชา"]


@tpl("p_visa_letter", "travel")
def _(c: Ctx) -> list[Part]:
    return ["Please draft a visa support letter for ", E("PERSON", c.person_en()), ", passport no. ", E("TH_PASSPORT", c.passport()),
            ", DOB ", E("DATE_OF_BIRTH", c.dob()), ", travelling to Japan for a conference."]


@tpl("p_parking_complaint", "condo")
def _(c: Ctx) -> list[Part]:
    return ["นิติบุคคลอาคารชุด: รถทะเบียน ", E("TH_VEHICLE_PLATE", c.plate()), " จอดขวางทางออกอีกแล้ว เจ้าของคือ", E("PERSON", c.person()),
            " ห้อง ", str(c.r.randint(100, 2500)), " ช่วยเขียนประกาศเตือนแบบไม่ระบุชื่อ"]


@tpl("p_vendor_invoice", "procurement")
def _(c: Ctx) -> list[Part]:
    return ["ใบแจ้งหนี้จาก บริษัท ", c.ch(["สยามซัพพลาย", "เอ็นเทค อินเตอร์", "ไทยพัฒนาการพิมพ์", "บางนาคอนสตรัคชั่น"]), " จำกัด เลขประจำตัวผู้เสียภาษี ",
            E("TH_JURISTIC_ID", c.juristic()), " ผู้ติดต่อ ", E("PERSON", c.person()), " โทร ", E("PHONE_NUMBER", c.phone()),
            "\nแปลงเป็นตาราง Excel ให้หน่อย"]


@tpl("p_email_header", "corporate")
def _(c: Ctx) -> list[Part]:
    n = c.person_en()
    return ["From: ", E("PERSON", n), " <", E("EMAIL_ADDRESS", c.email()), ">\nTo: hr@company.co.th\nSubject: ลาป่วย\n\n",
            "เรียน HR ขอลาป่วย 3 วันเนื่องจากแพทย์วินิจฉัยว่าเป็น", c.s26("HEALTH_DATA"), " แนบใบรับรองแพทย์มาด้วยครับ\nช่วยแก้ให้สุภาพขึ้น"]


@tpl("p_server_log", "dev")
def _(c: Ctx) -> list[Part]:
    return [f"2026-11-{c.r.randint(10, 23)}T0{c.r.randint(1, 9)}:12:44Z WARN login failed user=", E("EMAIL_ADDRESS", c.email()), " src=",
            E("IP_ADDRESS", c.ip()), " attempts=5\n", f"2026-11-{c.r.randint(10, 23)}T0{c.r.randint(1, 9)}:13:02Z INFO locked account src=",
            E("IP_ADDRESS", c.ip()), "\nwhy is this IP brute forcing? explain the log"]


@tpl("p_yaml_employee", "hr")
def _(c: Ctx) -> list[Part]:
    return ["employee:\n  name: ", E("PERSON", c.person()), "\n  nid: \"", E("TH_NATIONAL_ID", c.nid()), "\"\n  religion: ",
            E("RELIGION", c.ch(["อิสลาม", "พุทธ", "คริสต์", "Islam", "ซิกข์"])), "\n  bank_account: \"", E("TH_BANK_ACCOUNT", c.bank()),
            "\"\n# แปลง yaml นี้เป็น JSON"]


@tpl("p_police_summary", "legal")
def _(c: Ctx) -> list[Part]:
    return ["สรุปสำนวนคดี: ผู้ต้องหา ", E("PERSON", c.person()), " อายุ ", str(c.r.randint(19, 60)), " ปี ", c.s26("CRIMINAL_RECORD"),
            " ภูมิลำเนา ", E("ADDRESS", c.address()), " ช่วยเรียบเรียงเป็นภาษากฎหมายให้กระชับ"]


@tpl("p_background_check", "hr")
def _(c: Ctx) -> list[Part]:
    return ["ผลตรวจประวัติผู้สมัครงาน ", E("PERSON", c.person()), " (บัตร ปชช. ", E("TH_NATIONAL_ID", c.nid()), "): พบว่า",
            c.s26("CRIMINAL_RECORD"), " ควรรับเข้าทำงานตำแหน่งแคชเชียร์ไหม ช่วยวิเคราะห์ความเสี่ยง"]


@tpl("p_counselling_note", "school")
def _(c: Ctx) -> list[Part]:
    return ["บันทึกครูแนะแนว: ", E("PERSON", c.nick()), " ม.5/3 เล่าว่าตัวเอง", c.s26("SEXUAL_BEHAVIOUR"),
            " และกลัวพ่อแม่รู้ ช่วยแนะนำวิธีพูดคุยกับนักเรียน"]


@tpl("p_dating_app_report", "platform")
def _(c: Ctx) -> list[Part]:
    return ["Trust & Safety ticket #", c.digits(6), ": user ", E("EMAIL_ADDRESS", c.email()), " reported that ", E("PERSON", c.person_en()),
            " ", c.s26("SEXUAL_BEHAVIOUR"), " and shared it publicly. Summarise and suggest action."]


@tpl("p_genetic_lab", "hospital")
def _(c: Ctx) -> list[Part]:
    return ["ผลแล็บพันธุศาสตร์ HN ", E("MEDICAL_RECORD_NUMBER", c.hn()), " ชื่อ ", E("PERSON", c.person()), ": ", c.s26("GENETIC_DATA"),
            " แพทย์ขอให้เขียนคำอธิบายให้ญาติเข้าใจง่าย"]


@tpl("p_biometric_enrol", "hr")
def _(c: Ctx) -> list[Part]:
    return ["ระบบลงเวลา: ลงทะเบียน", c.s26("BIOMETRIC_DATA"), "ของ ", E("PERSON", c.person()), " สำเร็จ device=ZK-", c.digits(4),
            " template_b64=Rk1SACAyMAAAAAE", c.digits(6), "... ช่วยเขียนข้อความแจ้งพนักงาน"]


@tpl("p_ekyc_face", "bank")
def _(c: Ctx) -> list[Part]:
    return ['{"event":"ekyc_verify","cid":"', E("TH_NATIONAL_ID", c.nid()), '","', c.s26("BIOMETRIC_DATA"),
            '_score":0.', c.digits(3), ',"liveness":true,"name_th":"', E("PERSON", c.person()), '"}\nอธิบาย field แต่ละตัว']


@tpl("p_mosque_donation", "ngo")
def _(c: Ctx) -> list[Part]:
    return ["รายชื่อผู้บริจาค: ", E("PERSON", c.person()), " ", c.s26("RELIGION"), " บริจาคเงิน ", str(c.r.randint(5, 90) * 100),
            " บาท ติดต่อ ", E("PHONE_NUMBER", c.phone()), " ช่วยเขียนจดหมายขอบคุณ"]


@tpl("p_ethnic_fieldwork", "ngo")
def _(c: Ctx) -> list[Part]:
    return ["บันทึกลงพื้นที่: สัมภาษณ์ ", E("PERSON", c.person()), " ", c.s26("ETHNICITY"), " อาศัยที่ ", E("ADDRESS", c.address()),
            " ยังไม่มีสัญชาติไทย ช่วยสรุปประเด็นสิทธิการรักษา"]


@tpl("p_form_ethnicity_value", "gov")
def _(c: Ctx) -> list[Part]:
    return ["แบบฟอร์มทะเบียน\nชื่อ-สกุล: ", E("PERSON", c.person()), "\nเชื้อชาติ: ", E("ETHNICITY", c.ch(["จีน", "ม้ง", "มลายู", "เขมร", "กะเหรี่ยง", "ลาว"])),
            "  สัญชาติ: ไทย\nศาสนา: ", E("RELIGION", c.ch(["พุทธ", "อิสลาม", "คริสต์"])), "\nเกิดวันที่ ", E("DATE_OF_BIRTH", c.dob()),
            "\nOCR มาเพี้ยน ช่วยจัดรูปแบบ"]


@tpl("p_politics_hr", "hr")
def _(c: Ctx) -> list[Part]:
    return ["หัวหน้าแจ้งว่า ", E("PERSON", c.person()), " ", c.s26("POLITICAL_OPINION"), " และโพสต์ในเฟซบุ๊กบ่อย ๆ ควรตักเตือนไหม ช่วยให้ความเห็นด้านกฎหมายแรงงาน"]


@tpl("p_security_watchlist", "security")
def _(c: Ctx) -> list[Part]:
    return ["watchlist.csv\nname,plate,note\n", E("PERSON", c.person(False)), ",", E("TH_VEHICLE_PLATE", c.plate()), ",",
            c.s26("POLITICAL_OPINION"), "\nจัดกลุ่มรายการนี้ให้หน่อย"]


@tpl("p_union_petition", "hr")
def _(c: Ctx) -> list[Part]:
    return ["ผู้ยื่นข้อเรียกร้อง: ", E("PERSON", c.person()), " ตำแหน่ง", c.s26("TRADE_UNION"), " โทร.", E("PHONE_NUMBER", c.phone()),
            " ขอให้สรุปข้อเรียกร้องเป็น bullet"]


@tpl("p_welfare_disability", "gov")
def _(c: Ctx) -> list[Part]:
    return ["คำร้องขอเบี้ยความพิการ ผู้ยื่น ", E("PERSON", c.person()), " เลขบัตร", E("TH_NATIONAL_ID", c.nid()), " ประเภทความพิการ: ",
            c.s26("DISABILITY"), " บัญชีรับเงิน ", E("TH_BANK_ACCOUNT", c.bank()), " ตรวจคำร้องให้หน่อย"]


@tpl("p_glued_thai", "bank")
def _(c: Ctx) -> list[Part]:
    return ["ลูกค้าแจ้งเลขบัตรประชาชน", E("TH_NATIONAL_ID", c.nid()), "เบอร์โทร", E("PHONE_NUMBER", c.phone()), "อีเมล",
            E("EMAIL_ADDRESS", c.email()), "ขอเปิดบัญชีออนไลน์ค่ะ"]


@tpl("p_ocr_spacing", "gov")
def _(c: Ctx) -> list[Part]:
    n = c.nid()
    if "-" not in n and " " not in n:
        n = " ".join(n)
    return ["ข้อความจาก OCR บัตรประชาชน:\nเลข ประจำตัว ประชาชน ", E("TH_NATIONAL_ID", n), "\nชื่อตัวและชื่อสกุล ", E("PERSON", c.person()),
            "\nเกิดวันที่ ", E("DATE_OF_BIRTH", c.dob()), "\nศาสนา ", E("RELIGION", c.ch(["พุทธ", "อิสลาม", "คริสต์"])),
            "\nที่อยู่ ", E("ADDRESS", c.address()), "\nแก้คำที่ OCR ผิดให้หน่อย"]


@tpl("p_delivery_label", "logistics")
def _(c: Ctx) -> list[Part]:
    return ["ผู้รับ: ", E("PERSON", c.person()), " (", E("PHONE_NUMBER", c.phone()), ")\n", E("ADDRESS", c.address()),
            f"\nTracking: TH{c.digits(10)}A\nแปลที่อยู่เป็นภาษาอังกฤษสำหรับส่ง DHL"]


@tpl("p_rag_context", "rag")
def _(c: Ctx) -> list[Part]:
    return ["### Context (retrieved)\n[doc 3] ผู้ร้องเรียน ", E("PERSON", c.person()), " LINE: ", E("LINE_ID", c.line()),
            " แจ้งว่าพนักงานขายพูดจาไม่สุภาพ\n[doc 7] นโยบายการคืนสินค้า 14 วัน\n### Question\nควรตอบผู้ร้องเรียนอย่างไร"]


@tpl("p_line_id_ad", "retail")
def _(c: Ctx) -> list[Part]:
    return ["เขียนโพสต์ขายเสื้อมือสองให้หน่อย ให้ลูกค้าทักไลน์ ", E("LINE_ID", c.line()), " หรือโทร ", E("PHONE_NUMBER", c.phone()),
            " ชื่อร้านของ", E("PERSON", c.nick())]


@tpl("p_passport_hotel", "hotel")
def _(c: Ctx) -> list[Part]:
    return ["Guest check-in: ", E("PERSON", c.person_en()), " | Passport ", E("TH_PASSPORT", c.passport()), " | Room ",
            str(c.r.randint(201, 1299)), " | ", E("EMAIL_ADDRESS", c.email()), "\nWrite a welcome message."]


@tpl("p_passport_thai_form", "gov")
def _(c: Ctx) -> list[Part]:
    return ["ขอต่อวีซ่าให้แม่บ้าน: ชื่อ ", E("PERSON", c.person()), " หนังสือเดินทางเลขที่", E("TH_PASSPORT", c.passport()),
            " วันเกิด ", E("DATE_OF_BIRTH", c.dob()), " ช่วยกรอกแบบฟอร์ม ตม.7"]


@tpl("p_student_grade_csv", "university")
def _(c: Ctx) -> list[Part]:
    out: list[Part] = ["student_id;name;grade\n"]
    for _k in range(3):
        out += [E("STUDENT_ID", c.student()), ";", E("PERSON", c.person(False)), ";", c.ch(["A", "B+", "C", "D+", "F"]), "\n"]
    return [*out, "คำนวณ GPA เฉลี่ยของห้อง"]


@tpl("p_student_email", "university")
def _(c: Ctx) -> list[Part]:
    return ["อาจารย์ครับ ผม", E("PERSON", c.person()), " รหัส ", E("STUDENT_ID", c.student()), " ขอเลื่อนสอบเพราะ", c.s26("HEALTH_DATA"),
            " ครับ ช่วยเกลาอีเมลนี้ให้หน่อย"]


@tpl("p_opd_chart", "hospital")
def _(c: Ctx) -> list[Part]:
    return ["OPD note | HN ", E("MEDICAL_RECORD_NUMBER", c.hn()), " | ", E("PERSON", c.person()), " | DOB ", E("DATE_OF_BIRTH", c.dob()),
            "\nCC: ไอเรื้อรัง 3 สัปดาห์\nPMH: ", c.s26("HEALTH_DATA"), "\nSocial: ", c.s26("RELIGION"), ", งดอาหารช่วงรอมฎอน\nแปลเป็นอังกฤษ"]


@tpl("p_hn_glued", "hospital")
def _(c: Ctx) -> list[Part]:
    return ["นัดผู้ป่วยHN", E("MEDICAL_RECORD_NUMBER", c.hn()), "คุณ", E("PERSON", c.nick()), "มาตรวจเลือดซ้ำ ", c.s26("GENETIC_DATA"),
            " ช่วยเขียน SMS แจ้งนัดให้สั้น"]


@tpl("p_car_loan", "bank")
def _(c: Ctx) -> list[Part]:
    return ["สินเชื่อรถ: ผู้กู้ ", E("PERSON", c.person()), " ทะเบียนรถ ", E("TH_VEHICLE_PLATE", c.plate()), " ค้างชำระ 3 งวด ติดต่อ ",
            E("PHONE_NUMBER", c.phone()), " ร่างจดหมายทวงถามแบบสุภาพ"]


@tpl("p_accident_report", "insurance")
def _(c: Ctx) -> list[Part]:
    return ["รายงานอุบัติเหตุ: รถคู่กรณีทะเบียน", E("TH_VEHICLE_PLATE", c.plate()), " ขับโดย ", E("PERSON", c.person()),
            " ผู้ขับขี่ฝ่ายเรามีอาการ", c.s26("HEALTH_DATA"), " ช่วยเรียงลำดับเหตุการณ์"]


@tpl("p_cc_payment_json", "ecommerce")
def _(c: Ctx) -> list[Part]:
    return ['payment failed: {"card_number":"', E("CREDIT_CARD", c.card()), '","holder":"', E("PERSON", c.person_en()),
            '","amount":1290.00,"currency":"THB","order_id":"ORD', c.digits(9), '"}\nทำไม gateway ถึง decline']


@tpl("p_juristic_contract", "legal")
def _(c: Ctx) -> list[Part]:
    return ["สัญญาจ้างระหว่าง บริษัท ", c.ch(["ไทยเทคโซลูชั่น", "สยามฟู้ดส์", "เอเชียโลจิสติกส์"]), " จำกัด ทะเบียนนิติบุคคลเลขที่ ",
            E("TH_JURISTIC_ID", c.juristic()), " โดย ", E("PERSON", c.person()), " กรรมการผู้มีอำนาจ กับ ", E("PERSON", c.person()),
            " ผู้รับจ้าง ช่วยตรวจข้อสัญญาที่เสียเปรียบ"]


@tpl("p_juristic_json", "procurement")
def _(c: Ctx) -> list[Part]:
    return ['{"vendor": {"tax_id": "', E("TH_JURISTIC_ID", c.juristic()), '", "bank": {"acc_no": "', E("TH_BANK_ACCOUNT", c.bank()),
            '", "bank_name": "SCB"}}}\nvalidate schema']


@tpl("p_transfer_slip", "bank")
def _(c: Ctx) -> list[Part]:
    return ["สลิปโอนเงิน\nจาก ", E("PERSON", c.person()), " xxx-x-x", c.digits(4), "-x\nไปยัง ", E("PERSON", c.person()),
            " บัญชี ", E("TH_BANK_ACCOUNT", c.bank()), f"\nจำนวน {c.r.randint(1, 90)},{c.digits(3)}.00 บาท\nลูกค้าบอกว่ายังไม่ได้รับเงิน ช่วยตอบ"]


@tpl("p_thai_digits_form", "gov")
def _(c: Ctx) -> list[Part]:
    nid = c.nid().translate(THAI_DIGITS)
    return ["หนังสือรับรอง\nข้าพเจ้า ", E("PERSON", c.person()), " ถือบัตรประจำตัวประชาชนเลขที่ ", E("TH_NATIONAL_ID", nid),
            " อยู่ที่ ", E("ADDRESS", c.address().translate(THAI_DIGITS)), " ขอรับรองว่า... ช่วยพิมพ์ใหม่เป็นเลขอารบิก"]


@tpl("p_vpn_ticket", "it")
def _(c: Ctx) -> list[Part]:
    return ["IT ticket: คุณ", E("PERSON", c.nick()), " (", E("EMAIL_ADDRESS", c.email()), ") ต่อ VPN ไม่ได้ client IP ", E("IP_ADDRESS", c.ip()),
            " gateway 10.0.0.1 error 809 ช่วยไล่ปัญหา"]


@tpl("p_family_tree_dna", "legal")
def _(c: Ctx) -> list[Part]:
    return ["คดีมรดก: ", E("PERSON", c.person()), " อ้างเป็นบุตรของผู้ตาย ", c.s26("GENETIC_DATA"),
            " ยืนยันความสัมพันธ์ ช่วยสรุปข้อเท็จจริงสำหรับทนาย"]


@tpl("p_access_door_log", "security")
def _(c: Ctx) -> list[Part]:
    return ["door_access.log\n", f"2026-11-2{c.r.randint(0, 3)} 08:0{c.r.randint(0, 9)} ALLOW gate=B2 method=", c.s26("BIOMETRIC_DATA"),
            " user=", E("PERSON", c.person(False)), "\nทำไมเข้าประตูได้ทั้งที่ลาออกแล้ว"]


@tpl("p_prison_rehire", "hr")
def _(c: Ctx) -> list[Part]:
    return ["Candidate ", E("PERSON", c.person_en()), " disclosed he ", c.s26("CRIMINAL_RECORD"), " in 2019. Phone ", E("PHONE_NUMBER", c.phone()),
            ". Draft a fair interview question set."]


@tpl("p_church_member", "ngo")
def _(c: Ctx) -> list[Part]:
    return ["ทะเบียนสมาชิกโบสถ์: ", E("PERSON", c.person()), " ", c.s26("RELIGION"), " ที่อยู่ ", E("ADDRESS", c.address()),
            " อีเมล ", E("EMAIL_ADDRESS", c.email()), " ช่วยทำ mail merge"]


@tpl("p_refugee_case", "ngo")
def _(c: Ctx) -> list[Part]:
    return ["Case file: ", E("PERSON", c.person()), ", ", c.s26("ETHNICITY"), ", born ", E("DATE_OF_BIRTH", c.dob()),
            ", arrived Mae Sot 2021, ", c.s26("HEALTH_DATA"), ". Summarise needs."]


@tpl("p_lgbt_hr_complaint", "hr")
def _(c: Ctx) -> list[Part]:
    return ["ร้องเรียน: ", E("PERSON", c.person()), " ถูกเพื่อนร่วมงานล้อว่า", c.s26("SEXUAL_BEHAVIOUR"), " ในกลุ่มไลน์แผนก ",
            "ช่วยร่างแนวทางสอบข้อเท็จจริง"]


@tpl("p_mixed_chat_health", "hospital")
def _(c: Ctx) -> list[Part]:
    return ["pt ", E("PERSON", c.person()), " ที่ admit วอร์ด 5 เมื่อวาน dx ", c.s26("HEALTH_DATA"), " + ", c.s26("DISABILITY"),
            " ญาติขอ cert ไปยื่นประกัน เขียนให้หน่อย"]


@tpl("p_s26_cycle_note", "hr")
def _(c: Ctx) -> list[Part]:
    return ["Confidential note about ", E("PERSON", c.person()), ": ", c.s26_cycle(0), ". Please rewrite neutrally for the file."]


@tpl("p_s26_cycle_th", "gov", count=10)
def _(c: Ctx) -> list[Part]:
    return ["ข้อมูลประกอบการพิจารณา: ผู้ยื่นคำขอ ", E("PERSON", c.person()), " (โทร ", E("PHONE_NUMBER", c.phone()), ")\nหมายเหตุเจ้าหน้าที่: ", c.s26_cycle(3),
            "\nช่วยสรุปเป็นย่อหน้าเดียว"]


@tpl("p_s26_cycle_json", "dev", count=10)
def _(c: Ctx) -> list[Part]:
    return ['{"subject": "', E("PERSON", c.person(False)), '", "note": "', c.s26_cycle(6), '", "ip": "', E("IP_ADDRESS", c.ip()),
            '"}\nclassify sensitivity']


@tpl("p_dob_birthday", "retail")
def _(c: Ctx) -> list[Part]:
    return ["สมาชิก ", E("PERSON", c.person()), " เกิด ", E("DATE_OF_BIRTH", c.dob()), " ช่วยเขียนข้อความอวยพรวันเกิดพร้อมคูปองส่วนลด"]


@tpl("p_sms_otp_issue", "telecom")
def _(c: Ctx) -> list[Part]:
    return ["ลูกค้า ", E("PERSON", c.person()), " เบอร์ ", E("PHONE_NUMBER", c.phone()), " ไม่ได้รับ OTP ตั้งแต่ย้ายค่าย IP ล่าสุด ",
            E("IP_ADDRESS", c.ip()), " ช่วยตอบลูกค้า"]


@tpl("p_credit_card_glued", "bank")
def _(c: Ctx) -> list[Part]:
    return ["อายัดบัตรเลขที่", E("CREDIT_CARD", c.card().replace(" ", "").replace("-", "")), "ของคุณ", E("PERSON", c.nick()),
            "ด่วนเพราะทำหาย ช่วยตอบกลับลูกค้า"]


@tpl("p_address_en", "logistics")
def _(c: Ctx) -> list[Part]:
    return ["Ship to: ", E("PERSON", c.person_en()), "\n", E("ADDRESS", c.address()), "\nTel ", E("PHONE_NUMBER", c.phone()),
            "\ntranslate to romanised address"]


@tpl("p_student_discipline", "school")
def _(c: Ctx) -> list[Part]:
    return ["ฝ่ายปกครอง: นักเรียน ", E("PERSON", c.person()), " เลขประจำตัว ", E("STUDENT_ID", c.student()), " ", c.s26_cycle(1),
            " ผู้ปกครองติดต่อ ", E("LINE_ID", c.line()), " ช่วยร่างหนังสือเชิญผู้ปกครอง"]


@tpl("p_line_group_export", "community")
def _(c: Ctx) -> list[Part]:
    return ["[กลุ่มไลน์หมู่บ้าน]\n", E("PERSON", c.nick()), ": ใครเห็นรถ ", E("TH_VEHICLE_PLATE", c.plate()), " ขับเร็วมาก\n",
            E("PERSON", c.nick()), ": ของลูกชาย", E("PERSON", c.person()), " บ้านเลขที่ ",
            E("ADDRESS", c.address()), "\nช่วยสรุปเรื่องในกลุ่ม"]


@tpl("p_union_dues_payroll", "hr")
def _(c: Ctx) -> list[Part]:
    return ["payroll_adjust.csv\nemp_name,deduction,reason\n", E("PERSON", c.person(False)), ",",
            str(c.r.randint(5, 30) * 10), ",ค่าบำรุง", c.s26("TRADE_UNION"), "\nทำไมยอดหักเดือนนี้ไม่ตรง"]


@tpl("p_markdown_ward_table", "hospital")
def _(c: Ctx) -> list[Part]:
    out: list[Part] = ["| เตียง | HN | ชื่อ | Dx |\n|---|---|---|---|\n"]
    for bed in range(2):
        out += [f"| {bed + 1} | ", E("MEDICAL_RECORD_NUMBER", c.hn()), " | ", E("PERSON", c.person()), " | ", c.s26("HEALTH_DATA"), " |\n"]
    return [*out, "ทำ handover note เวรดึก"]


@tpl("p_slack_maternity", "corporate")
def _(c: Ctx) -> list[Part]:
    return ["@channel แจ้งว่าพี่", E("PERSON", c.nick()), " ทีม Data ลาเพราะ", E("HEALTH_DATA", c.ch(["ตั้งครรภ์", "แท้งบุตร", "ผ่าตัดคลอด"])),
            " จะลาถึงสิ้นเดือน งานด่วนส่งหา ", E("EMAIL_ADDRESS", c.email()), " แทนนะครับ — rewrite this announcement in English"]


@tpl("p_sim_register_foreigner", "telecom")
def _(c: Ctx) -> list[Part]:
    return ["ลงทะเบียนซิมชาวต่างชาติ: ", E("PERSON", c.person_en()), " PASSPORT NO.", E("TH_PASSPORT", c.passport()), " เบอร์ใหม่ ",
            E("PHONE_NUMBER", c.phone()), " ที่พัก ", E("ADDRESS", c.address()), " ตรวจว่ากรอกครบไหม"]


@tpl("p_email_signature", "corporate")
def _(c: Ctx) -> list[Part]:
    return ["ช่วยย่ออีเมลนี้\n...ขอบคุณครับ\n--\n", E("PERSON", c.person()), "\nผู้จัดการฝ่ายจัดซื้อ\nT: ", E("PHONE_NUMBER", c.phone()),
            "\nE: ", E("EMAIL_ADDRESS", c.email()), "\nบริษัท แกรนด์ออโต้พาร์ท จำกัด (เลขผู้เสียภาษี ", E("TH_JURISTIC_ID", c.juristic()), ")"]


@tpl("p_collection_call", "bank")
def _(c: Ctx) -> list[Part]:
    return ["Agent: สวัสดีค่ะ เรียนสายคุณ", E("PERSON", c.nick()), " ใช่ไหมคะ\nCustomer: ครับ\nAgent: บัญชีสินเชื่อเลขที่ ",
            E("TH_BANK_ACCOUNT", c.bank()), " ค้างชำระค่ะ\nCustomer: ตอนนี้ป่วยเป็น", c.s26("HEALTH_DATA"), " ยังทำงานไม่ได้ครับ\n",
            "=> ประเมินว่าควรเสนอพักหนี้ไหม"]


@tpl("p_hit_and_run", "legal")
def _(c: Ctx) -> list[Part]:
    return ["กล้องหน้ารถจับได้ว่ารถกระบะทะเบียน", E("TH_VEHICLE_PLATE", c.plate()), " ชนแล้วหนี เจ้าของรถตามทะเบียนคือ ",
            E("PERSON", c.person()), " ", c.s26("CRIMINAL_RECORD"), " ช่วยร่างคำร้องทุกข์"]


# --- negative templates -----------------------------------------------------------------------

def epoch_ms_valid_pin(c: Ctx) -> str:
    """13-digit epoch ms in 2025-2027 that happens to pass the Thai ID checksum (a trap, not an ID)."""
    t = c.r.randint(1735689600000, 1798761600000)
    while not pin.is_valid(str(t)):
        t += 1
    return str(t)


@tpl("n_epoch_log", "dev", negative=True, count=6)
def _(c: Ctx) -> list[Part]:
    return ['{"event":"page_view","ts_ms":', epoch_ms_valid_pin(c), ',"latency_ms":', str(c.r.randint(20, 900)),
            '}\n{"event":"click","ts_ms":', epoch_ms_valid_pin(c), '}\nคำนวณเวลาห่างระหว่างสอง event']


@tpl("n_epoch_thai", "dev", negative=True)
def _(c: Ctx) -> list[Part]:
    return ["timestamp ", epoch_ms_valid_pin(c), " แปลงเป็นเวลาไทย (UTC+7) ให้หน่อย แล้ว ", str(c.r.randint(1735689600, 1798761600)),
            " เป็นวินาทีใช่ไหม"]


@tpl("n_prices", "retail", negative=True)
def _(c: Ctx) -> list[Part]:
    return [f"ราคาโปร: เสื้อยืด 299.- กางเกง {c.r.randint(4, 9)}90 บาท รวม {c.r.randint(1, 9)},{c.digits(3)}.00 THB ลด 15% เหลือเท่าไหร่"]


@tpl("n_tracking_numbers", "logistics", negative=True)
def _(c: Ctx) -> list[Part]:
    return [f"พัสดุ Kerry KEX{c.digits(12)} และ Flash TH{c.digits(11)}A ยังไม่อัปเดตสถานะ order #{c.digits(13)} "
            "ช่วยเขียนข้อความขอโทษลูกค้าแบบทั่วไป"]


@tpl("n_isbn_ean", "retail", negative=True)
def _(c: Ctx) -> list[Part]:
    return [f"สินค้า SKU-{c.digits(6)}-BK ISBN 978-616-{c.digits(2)}-{c.digits(4)}-{c.digits(1)} EAN 885{c.digits(10)} "
            "เขียนคำโปรยหนังสือนิยายสืบสวนให้หน่อย 3 บรรทัด"]


@tpl("n_versions", "dev", negative=True)
def _(c: Ctx) -> list[Part]:
    return [f"pip ติดตั้ง numpy=={c.r.randint(1, 2)}.{c.r.randint(0, 26)}.{c.r.randint(0, 9)} แล้วชนกับ torch 2.{c.r.randint(1, 9)}.0+cu121 "
            f"build 10.{c.r.randint(0, 9)}.{c.r.randint(100, 999)}.{c.r.randint(1000, 9999)} แก้อย่างไร"]


@tpl("n_code_snippet", "dev", negative=True)
def _(c: Ctx) -> list[Part]:
    d = c.digits(5)
    return ["def mask(s: str) -> str:\n    return s[:3] + '*' * (len(s) - 3)\n\nassert mask('", d,
            "') == '", d[:2], "***'\n# ทำไม assert นี้ fail ช่วย debug"]


@tpl("n_public_figure", "news", negative=True)
def _(c: Ctx) -> list[Part]:
    return [c.ch(["สรุปประวัติย่อของพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว รัชกาลที่ 5 สำหรับเด็กประถม",
                  "Who painted the Mona Lisa and when? Answer in Thai.",
                  "อธิบายผลงานของสุนทรภู่ในนิราศภูเขาทองแบบสั้น ๆ",
                  "เขียนสรุปชีวประวัติ Alan Turing 5 บรรทัด"])]


@tpl("n_product_copy", "retail", negative=True)
def _(c: Ctx) -> list[Part]:
    return [f"เขียนคำโฆษณาเครื่องฟอกอากาศรุ่น AP-{c.r.randint(100, 999)} กรองฝุ่น PM2.5 ได้ 99.97% ห้องขนาด {c.r.randint(20, 60)} ตร.ม. "
            "ประกัน 2 ปี โทรสั่งได้ทุกวัน"]


@tpl("n_meeting_schedule", "corporate", negative=True)
def _(c: Ctx) -> list[Part]:
    return [f"ประชุมไตรมาส Q{c.r.randint(1, 4)}/2026 วันที่ {c.r.randint(1, 28)} ธ.ค. 2569 เวลา 13:30-15:00 ห้อง {c.r.randint(3, 30)}0{c.r.randint(1, 9)} "
            "วาระ: งบประมาณ, KPI ช่วยทำ agenda"]


@tpl("n_invoice_numbers", "procurement", negative=True)
def _(c: Ctx) -> list[Part]:
    return [f"INV-2026-{c.digits(6)} ยอด {c.r.randint(10, 99)},{c.digits(3)}.50 บาท ภาษีมูลค่าเพิ่ม 7% PO#{c.digits(10)} "
            "คำนวณ VAT แยกให้หน่อย"]


@tpl("n_math_numbers", "edu", negative=True)
def _(c: Ctx) -> list[Part]:
    return [f"หา ห.ร.ม. ของ {c.r.randint(100, 9999)} กับ {c.r.randint(100, 9999)} และตรวจว่า {c.digits(13)} หาร 7 ลงตัวไหม"]


@tpl("n_sql_schema", "dev", negative=True)
def _(c: Ctx) -> list[Part]:
    return ["CREATE TABLE patients (hn VARCHAR(12), citizen_id CHAR(13), religion TEXT, phone VARCHAR(20));\n"
            "ออกแบบ index และการเข้ารหัสคอลัมน์ที่อ่อนไหวให้หน่อย"]


@tpl("n_ip_docs", "dev", negative=True)
def _(c: Ctx) -> list[Part]:
    return [f"อธิบายความต่างระหว่าง subnet /24 กับ /16 และทำไม port {c.r.randint(1024, 65000)} ถึงถูก firewall บล็อก "
            "ยกตัวอย่างแบบไม่ต้องใช้ IP จริง"]


@tpl("n_epoch_csv", "dev", negative=True)
def _(c: Ctx) -> list[Part]:
    return ["created_at_ms,order_no,total\n", epoch_ms_valid_pin(c), f",SO{c.digits(8)},{c.r.randint(100, 9999)}.00\n",
            epoch_ms_valid_pin(c), f",SO{c.digits(8)},{c.r.randint(100, 9999)}.00\nsum total by day"]


@tpl("n_appointment_generic", "hospital", negative=True)
def _(c: Ctx) -> list[Part]:
    return [f"คลินิกเปิดรับนัดวันที่ {c.r.randint(1, 28)} ม.ค. 2570 เวลา 08:00-12:00 คิวละ 15 นาที รับได้สูงสุด {c.r.randint(20, 60)} คิว "
            "ช่วยทำตารางเวลาเป็น markdown"]


@tpl("n_stats_report", "research", negative=True)
def _(c: Ctx) -> list[Part]:
    return [f"ยอดขายไตรมาสนี้ {c.r.randint(100, 999)}.{c.digits(2)} ล้านบาท เติบโต {c.r.randint(1, 30)}.{c.digits(1)}% YoY "
            f"ลูกค้าใหม่ {c.r.randint(1000, 99999)} ราย เขียน executive summary"]


@tpl("n_imei_luhn", "telecom", negative=True)
def _(c: Ctx) -> list[Part]:
    body = "35" + c.digits(12)
    return [f"เครื่องรุ่น X{c.r.randint(10, 99)} Pro IMEI {body}{luhn.calc_check_digit(body)} S/N R58{c.digits(8)} "
            "ติดล็อก iCloud หรือเปล่า ขั้นตอนเช็กทั่วไปมีอะไรบ้าง"]


@tpl("n_company_history", "corporate", negative=True)
def _(c: Ctx) -> list[Part]:
    return [f"เขียนประวัติบริษัทสำหรับเว็บไซต์: ก่อตั้งเมื่อ {c.r.randint(1, 28)} {c.ch(MONTHS)} {c.r.randint(2530, 2560)} "
            f"ทุนจดทะเบียน {c.r.randint(1, 50)} ล้านบาท พนักงาน {c.r.randint(50, 900)} คน สาขา {c.r.randint(3, 40)} แห่ง"]


@tpl("n_hotline_shortcodes", "telecom", negative=True)
def _(c: Ctx) -> list[Part]:
    return [f"ทำป้ายเบอร์ฉุกเฉิน: แจ้งเหตุ 191 ดับเพลิง 199 เจ็บป่วย 1669 สายด่วนสุขภาพจิต 1323 Call Center 1{c.digits(3)} "
            f"กด *{c.r.randint(100, 999)}# เช็กยอด"]


# hard negatives, one per s.26 category

@tpl("n_health_article", "health", negative=True, hard="HEALTH_DATA")
def _(c: Ctx) -> list[Part]:
    return [c.ch(["เขียนบทความให้ความรู้เรื่องโรคเบาหวานชนิดที่ 2 อาการเริ่มต้น และการป้องกัน สำหรับคนวัยทำงาน",
                  "สถิติผู้ติดเชื้อ HIV รายใหม่ในประเทศไทยลดลงต่อเนื่อง ช่วยสรุปเป็น infographic",
                  "Explain the difference between type 1 and type 2 diabetes for a patient leaflet.",
                  "โรคซึมเศร้าเป็นโรคที่รักษาได้ ช่วยเขียนโพสต์รณรงค์สุขภาพจิตในที่ทำงาน"])]


@tpl("n_religion_calendar", "corporate", negative=True, hard="RELIGION")
def _(c: Ctx) -> list[Part]:
    return [c.ch(["ทำปฏิทินวันหยุดปี 2570 รวมวันมาฆบูชา วันวิสาขบูชา และวันฮารีรายอในจังหวัดชายแดนใต้",
                  "บริษัทควรจัดห้องละหมาดสำหรับพนักงานมุสลิมอย่างไร ช่วยร่างนโยบายทั่วไป",
                  "Summarise the main festivals of Buddhism, Islam and Christianity in Thailand.",
                  "ศาสนาคริสต์เข้ามาในประเทศไทยสมัยใด ช่วยสรุปประวัติศาสตร์"])]


@tpl("n_ethnic_stats", "research", negative=True, hard="ETHNICITY")
def _(c: Ctx) -> list[Part]:
    return [c.ch(["กลุ่มชาติพันธุ์บนพื้นที่สูงของไทย เช่น กะเหรี่ยง ม้ง อาข่า ลาหู่ มีประชากรรวมประมาณเท่าใด",
                  "เขียนบทความเรื่องวัฒนธรรมอาหารของชาวไทเชื้อสายจีนในเยาวราช",
                  "Describe the Moken sea nomads' traditional boats for a museum label.",
                  "ทำสไลด์สรุปนโยบายรัฐต่อกลุ่มชาติพันธุ์ในรอบ 20 ปี"])]


@tpl("n_politics_general", "news", negative=True, hard="POLITICAL_OPINION")
def _(c: Ctx) -> list[Part]:
    return [c.ch(["อธิบายระบบการเลือกตั้ง ส.ส. แบบบัญชีรายชื่อของไทยให้นักศึกษาปี 1 เข้าใจ",
                  "Write a neutral explainer on how a no-confidence debate works in the Thai parliament.",
                  "สรุปข้อดีข้อเสียของระบบรัฐสภาแบบสองสภา",
                  "นโยบายบริษัทห้ามใช้อุปกรณ์สำนักงานหาเสียงเลือกตั้ง ช่วยร่างประกาศ"])]


@tpl("n_crime_stats", "research", negative=True, hard="CRIMINAL_RECORD")
def _(c: Ctx) -> list[Part]:
    return [c.ch([f"สถิติคดียาเสพติดปี 2568 เพิ่มขึ้น {c.r.randint(3, 20)}% ช่วยทำกราฟและวิเคราะห์แนวโน้ม",
                  "อธิบายความต่างระหว่างรอลงอาญากับจำคุกตามกฎหมายไทย",
                  "What does a Thai criminal record check certificate contain? General process only.",
                  "เขียนเนื้อเรื่องนิยายสืบสวนที่ตัวละครสมมติถูกใส่ร้ายคดีลักทรัพย์"])]


@tpl("n_sexual_health_ed", "health", negative=True, hard="SEXUAL_BEHAVIOUR")
def _(c: Ctx) -> list[Part]:
    return [c.ch(["เขียนแผนการสอนเพศศึกษาเรื่องการป้องกันโรคติดต่อทางเพศสัมพันธ์สำหรับ ม.3",
                  "บริษัทควรเขียนนโยบายความหลากหลายทางเพศ LGBTQ+ อย่างไร ยกตัวอย่างหัวข้อ",
                  "Explain PrEP and who it is recommended for, in simple Thai.",
                  "ทำแบบสอบถามนิรนามเรื่องความเข้าใจเรื่องความหลากหลายทางเพศในที่ทำงาน"])]


@tpl("n_disability_access", "gov", negative=True, hard="DISABILITY")
def _(c: Ctx) -> list[Part]:
    return [c.ch(["กฎกระทรวงกำหนดทางลาดสำหรับผู้พิการต้องมีความชันไม่เกินเท่าไร",
                  "ออกแบบเว็บไซต์ให้ผู้พิการทางการมองเห็นใช้ screen reader ได้ ตามมาตรฐาน WCAG 2.2",
                  "บริษัทที่มีพนักงาน 100 คนต้องจ้างคนพิการกี่คนตามกฎหมาย",
                  "Write tips for teachers of autistic students in inclusive classrooms."])]


@tpl("n_union_faq", "hr", negative=True, hard="TRADE_UNION")
def _(c: Ctx) -> list[Part]:
    return [c.ch(["การจัดตั้งสหภาพแรงงานตาม พ.ร.บ.แรงงานสัมพันธ์ ต้องมีสมาชิกขั้นต่ำกี่คน",
                  "Summarise ILO Convention 87 on freedom of association in 5 bullets.",
                  "เขียน FAQ เรื่องสิทธิของลูกจ้างในการเข้าร่วมสหภาพแรงงาน แบบทั่วไป",
                  "เปรียบเทียบสหภาพแรงงานรัฐวิสาหกิจกับภาคเอกชน"])]


@tpl("n_dna_product", "health", negative=True, hard="GENETIC_DATA")
def _(c: Ctx) -> list[Part]:
    return [c.ch([f"เขียนคำโฆษณาชุดตรวจ DNA ตรวจยีนแพ้อาหาร ราคา {c.r.randint(3, 15)},900 บาท ผลภายใน 14 วัน",
                  "ยีน BRCA1 เกี่ยวข้องกับมะเร็งเต้านมอย่างไร อธิบายแบบทั่วไป",
                  "ธาลัสซีเมียถ่ายทอดทางพันธุกรรมอย่างไร ทำแผนภาพให้หน่อย",
                  "Explain what HLA-B*1502 screening before carbamazepine is, for a pharmacy poster."])]


@tpl("n_biometric_feature", "dev", negative=True, hard="BIOMETRIC_DATA")
def _(c: Ctx) -> list[Part]:
    return [c.ch(["เขียน release note: แอปรองรับการเข้าสู่ระบบด้วยลายนิ้วมือและ Face ID แล้ว",
                  "ร่างนโยบายการเก็บข้อมูลชีวภาพ (biometric) ของบริษัทให้สอดคล้อง PDPA",
                  "Compare fingerprint vs iris scanners for an office access system, cost and accuracy.",
                  "face embedding คืออะไร ทำงานอย่างไรใน ArcFace อธิบายหลักการ"])]


# --- build ------------------------------------------------------------------------------------

def _check_value(etype: str, span: str) -> bool:
    """Validate checkable values (ids, cards, phones, mails, IPs); other types pass."""
    s = span.translate(ASCII_DIGITS)
    if etype == "TH_NATIONAL_ID":
        return pin.is_valid(re.sub(r"[\s-]", "", s))
    if etype == "TH_JURISTIC_ID":
        return moa.is_valid(re.sub(r"[\s-]", "", s))
    if etype == "CREDIT_CARD":
        d = re.sub(r"[\s-]", "", s)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d)
    if etype == "PHONE_NUMBER":
        base = re.split(r"\s*(?:ต่อ|ext\.|#)", s)[0].strip()
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(base, "TH"))
        except phonenumbers.NumberParseException:
            return False
    if etype == "EMAIL_ADDRESS":
        return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", s) is not None
    if etype == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
        except ValueError:
            return False
        return True
    return True


def build() -> list[dict]:
    """Render every template; shuffle with a fixed seed so ids do not cluster by template."""
    rows: list[dict] = []
    for ti, t in enumerate(TEMPLATES):
        for i in range(t.count):
            c = Ctx(seed=3_000_000 + ti * 1000 + i, i=i)
            text, ents = "", []
            for part in t.fn(c):
                if isinstance(part, tuple):
                    etype, value = part
                    assert value == value.strip() and value, (t.name, part)
                    ents.append({"entity_type": etype, "start": len(text), "end": len(text) + len(value)})
                    text += value
                else:
                    text += part
            assert t.negative == (not ents), t.name
            rows.append({"split": "test", "domain": t.domain, "template": t.name, "negative": t.negative,
                         "text": text, "entities": ents})
    random.Random(20261124).shuffle(rows)
    return [{"id": f"f3-{k + 1:04d}", **r} for k, r in enumerate(rows)]


def render() -> str:
    """The JSONL text of the set."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build())


def main(argv: list[str] | None = None) -> int:
    """Write the set, or with --check report whether the file on disk is up to date."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is stale (faker {faker.VERSION}); run bench/make_freshset3.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
