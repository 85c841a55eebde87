#!/usr/bin/env python3
"""Generate ``bench/freshset6.jsonl``: the sixth blind held-out set for pdpa-guard.

Written blind on 2026-11-24 by an annotator who had not seen the detector, its tests or any other
labelled set; only the entity catalogue (``DESIGN.md``) and the scoring rules of ``bench/accuracy.py``.
It is a measuring instrument: do not tune recognizers on it. (If a figure on it moves because a
recognizer was changed while looking at its prompts, the figure stops meaning anything.)

Every prompt comes from a template function that returns a list of parts: plain strings, or
``(entity_type, value)`` tuples that become labelled spans, so offsets are exact by construction.
Each template is used at most twice. The set leans towards messy traffic: multi-turn chat exports,
RAG chunks with several people, OCR of Thai forms, call-centre transcripts with fillers, agent
tool-call JSON, stack traces and database rows pasted by developers. Negative templates carry no
personal data at all; the "hard" ones reuse s.26 vocabulary about nobody (policies, statistics,
products, laws, syllabi), and several carry 13-digit millisecond timestamps that happen to pass the
Thai national-ID checksum.

Usage::

    .venv/bin/python bench/make_freshset6.py            # write bench/freshset6.jsonl
    .venv/bin/python bench/make_freshset6.py --check    # exit 1 when the file on disk differs
    .venv/bin/python bench/make_freshset6.py --out /tmp/f6.jsonl
"""


import argparse  # (no `from __future__ import annotations`: the module must load via importlib without sys.modules)
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
from stdnum.th import moa, pin

GENERATED_WITH_FAKER = "40.54.0"  # faker.VERSION when bench/freshset6.jsonl was written
SEED = 20261125
PER_TEMPLATE = 2
OUT = Path(__file__).resolve().parent / "freshset6.jsonl"

ENTITY_TYPES: tuple[str, ...] = (
    "PERSON", "TH_NATIONAL_ID", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IP_ADDRESS", "LINE_ID",
    "TH_BANK_ACCOUNT", "TH_PASSPORT", "STUDENT_ID", "MEDICAL_RECORD_NUMBER", "TH_VEHICLE_PLATE", "ADDRESS",
    "DATE_OF_BIRTH", "TH_JURISTIC_ID", "HEALTH_DATA", "RELIGION", "ETHNICITY", "POLITICAL_OPINION",
    "CRIMINAL_RECORD", "SEXUAL_BEHAVIOUR", "DISABILITY", "TRADE_UNION", "GENETIC_DATA", "BIOMETRIC_DATA",
)
S26_TYPES: tuple[str, ...] = (
    "HEALTH_DATA", "RELIGION", "ETHNICITY", "POLITICAL_OPINION", "CRIMINAL_RECORD", "SEXUAL_BEHAVIOUR",
    "DISABILITY", "TRADE_UNION", "GENETIC_DATA", "BIOMETRIC_DATA",
)

PER, NID, TEL, MAIL, CC, IP = "PERSON", "TH_NATIONAL_ID", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IP_ADDRESS"
LINE, BANK, PP, SID, MRN = "LINE_ID", "TH_BANK_ACCOUNT", "TH_PASSPORT", "STUDENT_ID", "MEDICAL_RECORD_NUMBER"
PLATE, ADDR, DOB, JUR = "TH_VEHICLE_PLATE", "ADDRESS", "DATE_OF_BIRTH", "TH_JURISTIC_ID"
HEA, REL, ETH, POL, CRI = "HEALTH_DATA", "RELIGION", "ETHNICITY", "POLITICAL_OPINION", "CRIMINAL_RECORD"
SEX, DIS, TU, GEN, BIO = "SEXUAL_BEHAVIOUR", "DISABILITY", "TRADE_UNION", "GENETIC_DATA", "BIOMETRIC_DATA"

Part = str | tuple[str, str]

# --- digits and checks ------------------------------------------------------------------------

_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_FULL_DIGITS = "０１２３４５６７８９"
_TO_ASCII = str.maketrans(_THAI_DIGITS + _FULL_DIGITS, "0123456789" * 2)


def thai_digits(s: str) -> str:
    return s.translate(str.maketrans("0123456789", _THAI_DIGITS))


def full_digits(s: str) -> str:
    return s.translate(str.maketrans("0123456789", _FULL_DIGITS))


def _ascii(s: str) -> str:
    return s.translate(_TO_ASCII)


def _digits(s: str) -> str:
    return re.sub(r"\D", "", _ascii(s))


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _check_value(entity_type: str, span: str) -> bool:
    """True when ``span`` is a valid value of ``entity_type`` where real values are checkable."""
    if entity_type == "TH_NATIONAL_ID":
        return pin.is_valid(_digits(span))
    if entity_type == "TH_JURISTIC_ID":
        return moa.is_valid(_digits(span))
    if entity_type == "CREDIT_CARD":
        d = _digits(span)
        return 13 <= len(d) <= 19 and luhn_ok(d)
    if entity_type == "PHONE_NUMBER":
        s = _ascii(span).strip()
        plus = s.startswith("+")
        raw = ("+" if plus else "") + re.sub(r"\D", "", s)
        try:
            number = phonenumbers.parse(raw, None if plus else "TH")
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number(number)
    if entity_type == "EMAIL_ADDRESS":
        if span.count("@") != 1:
            return False
        local, domain = span.split("@")
        return bool(local) and "." in domain.strip(".") and " " not in span
    if entity_type == "IP_ADDRESS":
        try:
            ipaddress.ip_address(span)
        except ValueError:
            return False
        return True
    return True


# --- people and values ------------------------------------------------------------------------

TH_FIRST_A = [("สม", "Som"), ("ณัฐ", "Nat"), ("ปิย", "Piya"), ("กิตติ", "Kitti"), ("ธนา", "Thana"),
              ("ศิริ", "Siri"), ("วร", "Wora"), ("อนุ", "Anu"), ("พิม", "Pim"), ("จิร", "Jira"),
              ("ภัทร", "Phat"), ("สุ", "Su"), ("ธีร", "Thira"), ("ชล", "Chon"), ("อร", "On"),
              ("กัญ", "Kan"), ("ปวี", "Pawi"), ("รัช", "Rat"), ("เอก", "Ek"), ("นภ", "Nop"),
              ("ทิพ", "Thip"), ("วิ", "Wi"), ("ศุภ", "Supha"), ("ประ", "Pra"), ("เกศ", "Ket"),
              ("อำ", "Am"), ("ชุติ", "Chuti"), ("มน", "Mon"), ("ขวัญ", "Khwan"), ("ปัณ", "Pan")]
TH_FIRST_B = [("ชัย", "chai"), ("ศักดิ์", "sak"), ("พร", "phon"), ("วัฒน์", "wat"), ("ดา", "da"),
              ("นันท์", "nan"), ("รัตน์", "rat"), ("พงษ์", "phong"), ("ภา", "pha"), ("ชา", "cha"),
              ("ธิดา", "thida"), ("กานต์", "kan"), ("นิภา", "nipha"), ("วดี", "wadee"), ("กร", "korn"),
              ("ยุทธ", "yut"), ("เดช", "det"), ("สิริ", "siri"), ("ณี", "nee"), ("ลักษณ์", "lak"),
              ("ฉัตร", "chat"), ("ทัย", "thai"), ("ไพลิน", "phailin"), ("นาถ", "nat"), ("มาศ", "mat"),
              ("ปรีดา", "preeda"), ("วรรณ", "wan"), ("ชนก", "chanok"), ("เนตร", "net"), ("ฤทัย", "ruthai")]
TH_SUR_A = [("ศรี", "Sri"), ("แก้ว", "Kaew"), ("ทอง", "Thong"), ("บุญ", "Boon"), ("เจริญ", "Charoen"),
            ("วงศ์", "Wong"), ("สุข", "Suk"), ("รุ่ง", "Rung"), ("จันทร์", "Chan"), ("เพชร", "Phet"),
            ("ใจ", "Jai"), ("มั่น", "Man"), ("พันธ์", "Phan"), ("ปัญญา", "Panya"), ("อินทร", "Intra"),
            ("ธนา", "Thana"), ("เลิศ", "Lert"), ("สิทธิ", "Sitthi"), ("ภู", "Phu"), ("นาค", "Nak")]
TH_SUR_B = [("ประเสริฐ", "prasert"), ("สวัสดิ์", "sawat"), ("มงคล", "mongkhon"), ("สมบูรณ์", "somboon"),
            ("รักษ์", "rak"), ("ไพบูลย์", "phaiboon"), ("วิเศษ", "wiset"), ("ศักดิ์", "sak"), ("ดี", "dee"),
            ("งาม", "ngam"), ("ทวี", "thawee"), ("นิมิต", "nimit"), ("อุดม", "udom"), ("เกษม", "kasem"),
            ("ธรรม", "tham"), ("สถิตย์", "sathit")]
TH_SUR_C = [("", ""), ("", ""), ("กุล", "kul"), ("วงศ์", "wong"), ("ชัย", "chai"), ("สกุล", "sakul"),
            ("พันธุ์", "phan"), ("ศิลป์", "sin"), ("เจริญ", "charoen"), ("รัตน์", "rat")]
MALAY_FIRST = [("มูฮัมหมัด", "Muhammad", 1), ("อับดุลเลาะ", "Abdullah", 1), ("ฟาตีมะห์", "Fatimah", 0),
               ("นูรีซัน", "Nurisan", 0), ("ซูไฮมี", "Suhaimi", 1), ("อาซีซะห์", "Azizah", 0),
               ("อิสมาแอ", "Ismae", 1), ("ซัลมาน", "Salman", 1), ("รอฮานี", "Rohani", 0),
               ("ยูโซะ", "Yuso", 1), ("มารีเยาะ", "Mariyoh", 0), ("ฮาซัน", "Hasan", 1), ("ซาฟีอี", "Safiee", 1),
               ("นูรฮายาตี", "Nurhayati", 0)]
MALAY_LAST = [("ดอเลาะ", "Doloh"), ("สาแม", "Samae"), ("มะแซ", "Masae"), ("เจ๊ะมะ", "Chema"),
              ("หะยีสาและ", "Hayeesalae"), ("ยูโซ๊ะ", "Yusoh"), ("อาแว", "Awae"), ("ลาเตะ", "Lateh"),
              ("กาเซ็ม", "Kasem"), ("สะมะแอ", "Samaae"), ("บือราเฮง", "Buraheng")]
CN_SYL = [("เง็ก", "Ngek"), ("ก๊ก", "Kok"), ("ฮั่ว", "Hua"), ("เซ้ง", "Seng"), ("จิ้น", "Jin"), ("กิม", "Kim"),
          ("เล้ง", "Leng"), ("ฮวด", "Huat"), ("ซุ่น", "Sun"), ("เตียง", "Tiang"), ("ไล้", "Lai"), ("เม้ง", "Meng")]
CN_CLAN = [("ตั้ง", "Tang"), ("ลิ้ม", "Lim"), ("เฮ้ง", "Heng"), ("อึ้ง", "Ung"), ("โค้ว", "Khow"), ("เล้า", "Lao"),
           ("จึง", "Chung"), ("ฉั่ว", "Chua"), ("ตัน", "Tan"), ("หลี", "Lee")]
CN_SUFFIX = [("ตระกูล", "trakul"), ("สกุล", "sakul"), ("วัฒนา", "watthana"), ("พานิช", "phanich"), ("ศิริ", "siri")]
MM_SYL = [("อ่อง", "Aung"), ("จ่อ", "Kyaw"), ("มิน", "Min"), ("ทุน", "Tun"), ("ซอ", "Zaw"), ("วิน", "Win"),
          ("เต็ง", "Thein"), ("ละ", "Hla"), ("ขิ่น", "Khin"), ("ซู", "Su"), ("เมียว", "Myo"), ("เต็ด", "Htet"),
          ("ยาดานา", "Yadanar"), ("ทันดา", "Thandar"), ("หน่าย", "Naing")]
LAO_FIRST_A = [("คำ", "Kham"), ("บุน", "Boun"), ("สี", "Si"), ("สุก", "Souk"), ("ทอง", "Thong"), ("แก้ว", "Keo"),
               ("พอน", "Phone"), ("สอน", "Sone")]
LAO_FIRST_B = [("ผาย", "phay"), ("มี", "mee"), ("สะหวาด", "savath"), ("ไซ", "xay"), ("วง", "vong"),
               ("ดา", "da"), ("ลา", "la"), ("จัน", "chanh")]
LAO_LAST = [("พมมะจัก", "Phommachack"), ("แก้วบุนพัน", "Keobounphan"), ("ไซยะวง", "Xayavong"),
            ("สีหาราด", "Siharath"), ("วงสา", "Vongsa"), ("อินทะวง", "Inthavong"), ("พิลาวง", "Philavong")]
NICKS = ["ต้น", "มายด์", "ปอ", "แบม", "ฟ้า", "เบียร์", "กอล์ฟ", "บอล", "นุ่น", "แพรว", "ต่าย", "โอ๊ต", "เจ",
         "มิ้นท์", "ปาล์ม", "อั้ม", "ตูน", "แนน", "ฟิล์ม", "เฟิร์น", "พลอย", "ก้อง", "หนิง", "เอิร์ธ", "ใบเตย", "จ๋า"]

BKK_AREAS = [("สะพานสอง", "วังทองหลาง", "10310"), ("คลองตันเหนือ", "วัฒนา", "10110"), ("บางจาก", "พระโขนง", "10260"),
             ("ลาดยาว", "จตุจักร", "10900"), ("ทุ่งพญาไท", "ราชเทวี", "10400"), ("บางนาเหนือ", "บางนา", "10260"),
             ("หัวหมาก", "บางกะปิ", "10240"), ("ศาลาธรรมสพน์", "ทวีวัฒนา", "10170"), ("บางซื่อ", "บางซื่อ", "10800"),
             ("อนุสาวรีย์", "บางเขน", "10220"), ("คลองจั่น", "บางกะปิ", "10240"), ("ท่าแร้ง", "บางเขน", "10220")]
EN_AREAS = [("Sukhumvit", "Khlong Toei Nuea", "Watthana", "Bangkok", "10110"),
            ("Ratchadaphisek", "Din Daeng", "Din Daeng", "Bangkok", "10400"),
            ("Nimmanhaemin", "Suthep", "Mueang Chiang Mai", "Chiang Mai", "50200"),
            ("Thepprasit", "Nong Prue", "Bang Lamung", "Chon Buri", "20150"),
            ("Mittraphap", "Nai Mueang", "Mueang Khon Kaen", "Khon Kaen", "40000"),
            ("Phetkasem", "Hat Yai", "Hat Yai", "Songkhla", "90110"),
            ("Chaeng Watthana", "Pak Kret", "Pak Kret", "Nonthaburi", "11120")]
TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
             "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
PLATE_LETTERS = "กขคฆงจฉชซฌญฎฐฒณดตถทธนบปผพภมยรลวศษสหฬอฮ"
PROVINCES = ["กรุงเทพมหานคร", "เชียงใหม่", "ชลบุรี", "ขอนแก่น", "นนทบุรี", "สงขลา", "ภูเก็ต", "นครราชสีมา",
             "ปทุมธานี", "สมุทรปราการ", "อุดรธานี", "ระยอง", "ยะลา", "ตาก", "เชียงราย"]
MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.co.th", "yahoo.com", "icloud.com", "gmail.com", "hotmail.co.th"]
CORP_WORDS = ["siamfreight", "krungdee", "thanakorn", "chaophraya", "lanna", "andaman", "isaanmotor", "rattanakosin",
              "bangkokcare", "sabaidee", "phuketmarine", "northstar", "srisawad", "kasemsuk", "mekong"]


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    first_en: str
    last_en: str
    male: bool
    kind: str

    @property
    def th(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def en(self) -> str:
        return f"{self.first_en} {self.last_en}"

    @property
    def tt(self) -> str:
        return "นาย" if self.male else "นางสาว"

    @property
    def te(self) -> str:
        return "Mr." if self.male else "Ms."

    @property
    def handle(self) -> str:
        return re.sub(r"[^a-z]", "", self.first_en.lower())


class G:
    """Random values for templates; one instance, seeded, shared by all templates in order."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fth = Faker("th_TH")
        self.fth.seed_instance(seed)
        self.fen = Faker("en_US")
        self.fen.seed_instance(seed + 1)

    # generic
    def c(self, seq: Sequence):
        return self.r.choice(seq)

    def i(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def dig(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def sample(self, seq: Sequence, k: int) -> list:
        return self.r.sample(list(seq), k)

    # people
    def person(self, kind: str | None = None, male: bool | None = None) -> Person:
        kind = kind or self.c(["th"] * 12 + ["malay"] * 2 + ["cn"] * 2 + ["mm"] * 2 + ["lao"] + ["latin"] * 2)
        male = self.p(0.5) if male is None else male
        if kind == "th":
            a, b = self.c(TH_FIRST_A), self.c(TH_FIRST_B)
            s1, s2, s3 = self.c(TH_SUR_A), self.c(TH_SUR_B), self.c(TH_SUR_C)
            return Person(a[0] + b[0], s1[0] + s2[0] + s3[0], a[1] + b[1], s1[1] + s2[1] + s3[1], male, kind)
        if kind == "malay":
            pool = [f for f in MALAY_FIRST if f[2] == int(male)]
            f, last = self.c(pool), self.c(MALAY_LAST)
            return Person(f[0], last[0], f[1], last[1], male, kind)
        if kind == "cn":
            a, b = self.sample(CN_SYL, 2)
            if self.p(0.5):
                clan = self.c(CN_CLAN)
                last = ("แซ่" + clan[0], "Sae-" + clan[1])
            else:
                clan, suf = self.c(CN_CLAN), self.c(CN_SUFFIX)
                last = (clan[0] + suf[0], clan[1] + suf[1])
            return Person(a[0] + b[0], last[0], a[1] + b[1].lower(), last[1], male, kind)
        if kind == "mm":
            syl = self.sample(MM_SYL, self.c([2, 3, 3]))
            return Person(syl[0][0], " ".join(s[0] for s in syl[1:]), syl[0][1], " ".join(s[1] for s in syl[1:]),
                          male, kind)
        if kind == "lao":
            a, b, last = self.c(LAO_FIRST_A), self.c(LAO_FIRST_B), self.c(LAO_LAST)
            return Person(a[0] + b[0], last[0], a[1] + b[1], last[1], male, kind)
        fn = self.fen.first_name_male() if male else self.fen.first_name_female()
        ln = self.fen.last_name()
        return Person(fn, ln, fn, ln, male, "latin")

    def nick(self) -> str:
        return self.c(NICKS)

    # identifiers
    def nid_raw(self, first: str | None = None) -> str:
        body = (first or str(self.i(1, 8))) + self.dig(11)
        return body + pin.calc_check_digit(body)

    def nid(self, style: str | None = None) -> str:
        d = self.nid_raw()
        style = style or self.c(["dash", "plain", "space", "dash", "plain"])
        if style == "dash":
            return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"
        if style == "space":
            return f"{d[0]} {d[1:5]} {d[5:10]} {d[10:12]} {d[12]}"
        if style == "spaced":
            return " ".join(d)
        if style == "thai":
            return thai_digits(f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}")
        return d

    def juristic(self, style: str | None = None) -> str:
        body = "0" + self.c(["105", "107", "205", "505", "835", "994"]) + self.dig(8)
        d = body + moa.calc_check_digit(body)
        if (style or self.c(["plain", "dash"])) == "dash":
            return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"
        return d

    def epoch_pin(self) -> str:
        """A 13-digit millisecond epoch (2025-2027) that passes the Thai national-ID checksum."""
        body = str(self.i(1_735_700_000_000, 1_830_000_000_000))[:12]
        return body + pin.calc_check_digit(body)

    def phone(self, style: str | None = None) -> str:
        while True:
            style_ = style or self.c(["dash", "plain", "intl", "dash", "space", "land"])
            if style_ == "land":
                area = self.c(["2", "53", "74", "38", "43", "76"])
                rest = self.dig(8 - len(area))
                n = "0" + area + rest
                s = f"0{area}-{rest[:3]}-{rest[3:]}"
            else:
                n = "0" + self.c(["6", "8", "9"]) + str(self.i(1, 9)) + self.dig(7)
                s = {"dash": f"{n[:3]}-{n[3:6]}-{n[6:]}", "plain": n, "space": f"{n[:3]} {n[3:6]} {n[6:]}",
                     "intl": f"+66 {n[1:3]} {n[3:6]} {n[6:]}", "intl0": f"+66{n[1:]}",
                     "thai": thai_digits(f"{n[:3]}-{n[3:6]}-{n[6:]}"), "full": full_digits(n),
                     "dots": f"{n[:3]}.{n[3:6]}.{n[6:]}"}[style_]
            if _check_value(TEL, s):
                return s

    def foreign_phone(self, region: str) -> str:
        while True:
            s = {"MM": f"+95 9 {self.dig(3)} {self.dig(3)} {self.dig(3)}",
                 "LA": f"+856 20 {self.dig(4)} {self.dig(4)}",
                 "MY": f"+60 1{self.i(1, 9)}-{self.dig(3)} {self.dig(4)}",
                 "US": f"+1 {self.c(['415', '206', '312', '617'])} {self.i(2, 9)}{self.dig(2)} {self.dig(4)}",
                 "UK": f"+44 7{self.i(4, 9)}{self.dig(2)} {self.dig(6)}"}[region]
            if _check_value(TEL, s):
                return s

    def email(self, p: Person, domain: str | None = None) -> str:
        fe = p.handle or "user"
        le = re.sub(r"[^a-z]", "", p.last_en.lower()) or "x"
        local = self.c([f"{fe}.{le[:1]}", f"{fe}{le[:3]}{self.i(70, 99)}", f"{fe}_{le}", f"{fe}.{le}",
                        f"{le}.{fe[:1]}{self.i(1, 9)}", f"{fe}{self.i(1990, 2008)}"])
        return f"{local}@{domain or self.c(MAIL_DOMAINS)}"

    def corp_domain(self) -> str:
        return self.c(CORP_WORDS) + self.c(["", "group", "-th", "tech"]) + self.c([".co.th", ".co.th", ".com", ".in.th"])

    def card(self, style: str | None = None) -> str:
        brand = self.c(["visa", "visa", "mc", "amex", "jcb"])
        if brand == "amex":
            body = self.c(["34", "37"]) + self.dig(12)
        elif brand == "mc":
            body = "5" + str(self.i(1, 5)) + self.dig(13)
        elif brand == "jcb":
            body = "35" + str(self.i(28, 89)) + self.dig(11)
        else:
            body = "4" + self.dig(14)
        for last in "0123456789":
            if luhn_ok(body + last):
                d = body + last
                break
        style = style or self.c(["space", "plain", "dash"])
        if len(d) == 15:
            return f"{d[:4]} {d[4:10]} {d[10:]}" if style != "plain" else d
        groups = [d[k:k + 4] for k in range(0, 16, 4)]
        return {"space": " ".join(groups), "dash": "-".join(groups), "plain": d}[style]

    def ip(self, v6: bool = False, private: bool = False) -> str:
        if v6:
            return f"2001:{self.c(['fb8', 'c38', '44c8'])}:{self.i(1, 0xffff):x}:{self.i(1, 0xffff):x}::{self.i(1, 0xfff):x}"
        if private:
            return self.c([f"10.{self.i(0, 255)}.{self.i(0, 255)}.{self.i(2, 254)}",
                           f"192.168.{self.i(0, 20)}.{self.i(2, 254)}"])
        return f"{self.c([1, 27, 49, 58, 101, 110, 118, 124, 171, 183, 203])}.{self.i(0, 255)}.{self.i(0, 255)}.{self.i(2, 254)}"

    def line_id(self, p: Person | None = None) -> str:
        base = p.handle if p and p.handle else self.c(["nong", "pim", "ton", "mind", "pao", "jj"])
        return self.c([f"{base}{self.i(10, 99)}", f"{base}.{self.c(['pp', 'kk', 'zz', 'th'])}", f"{base}_{self.dig(4)}",
                       f"{base}{self.c(['_love', '.official', 'za', '555'])}"])

    def bank(self, style: str | None = None) -> str:
        style = style or self.c(["kbank", "scb", "plain", "ktb", "gsb"])
        if style == "kbank":
            return f"{self.dig(3)}-{self.dig(1)}-{self.dig(5)}-{self.dig(1)}"
        if style == "scb":
            return f"{self.dig(3)}-{self.dig(6)}-{self.dig(1)}"
        if style == "gsb":
            return f"0{self.dig(11)}"
        if style == "ktb":
            return f"{self.dig(3)} {self.dig(1)} {self.dig(5)} {self.dig(1)}"
        return self.dig(10)

    def passport(self) -> str:
        return self.c(["A", "AA", "AB", "AC", "B", "AD"]) + self.dig(7 if self.p(0.7) else 6)

    def student_id(self, kind: str = "uni") -> str:
        if kind == "uni":
            return f"{self.i(62, 68)}{self.c(['01', '10', '15', '30', '11'])}{self.dig(6)}"
        if kind == "dash":
            return f"{self.i(63, 68)}{self.dig(2)}-{self.dig(6)}-{self.dig(1)}"
        return self.dig(5)

    def hn(self, style: str | None = None) -> str:
        style = style or self.c(["dash", "plain", "slash"])
        if style == "dash":
            return f"{self.i(55, 68)}-{self.dig(6)}"
        if style == "slash":
            return f"{self.dig(6)}/{self.i(55, 68)}"
        return f"{self.i(1, 9)}{self.dig(7)}"

    def plate(self, province: bool | None = None) -> str:
        letters = self.c(PLATE_LETTERS) + self.c(PLATE_LETTERS)
        core = self.c([f"{letters} {self.i(1, 9999)}", f"{self.i(1, 9)}{letters} {self.i(1, 9999)}",
                       f"{letters}-{self.i(1000, 9999)}", f"{self.i(1, 9)}{letters}{self.i(100, 9999)}"])
        if province is None:
            province = self.p(0.5)
        return f"{core} {self.c(PROVINCES)}" if province else core

    def address(self, style: str | None = None) -> str:
        style = style or self.c(["full", "abbr", "bkk", "bkk", "abbr", "en"])
        house = self.c([f"{self.i(1, 399)}/{self.i(1, 99)}", str(self.i(1, 999)), f"{self.i(10, 99)}/{self.i(100, 999)}"])
        moo = f"หมู่ {self.i(1, 14)} " if self.p(0.5) else ""
        if style == "bkk":
            t, a, post = self.c(BKK_AREAS)
            soi = f"ซ.{self.c(['ลาดพร้าว', 'สุขุมวิท', 'รามคำแหง', 'พหลโยธิน', 'ประชาอุทิศ', 'งามวงศ์วาน'])} {self.i(2, 101)} "
            return f"{house} {soi}แขวง{t} เขต{a} {self.c(['กรุงเทพฯ', 'กรุงเทพมหานคร', 'กทม.'])} {post}"
        if style == "en":
            road, t, a, prov, post = self.c(EN_AREAS)
            return f"{house} Soi {self.i(1, 60)}, {road} Rd., {t}, {a}, {prov} {post}"
        street = self.fth.street_name()
        t, a, prov, post = self.fth.tambon(), self.fth.amphoe(), self.fth.province(), self.fth.postcode()
        if style == "full":
            return f"{house} {moo}{street.replace('ถ.', 'ถนน')} ตำบล{t} อำเภอ{a} จังหวัด{prov} {post}"
        if style == "thai":
            return thai_digits(f"{house} {moo}ต.{t} อ.{a} จ.{prov} {post}")
        return f"{house} {moo}{street} ต.{t} อ.{a} จ.{prov} {post}"

    def dob(self, style: str | None = None, lo: int = 1952, hi: int = 2008) -> str:
        y, m, d = self.i(lo, hi), self.i(1, 12), self.i(1, 28)
        style = style or self.c(["th_short", "iso", "slash_be", "th_long", "en"])
        if style == "th_short":
            return f"{d} {TH_MON[m - 1]} {y + 543}"
        if style == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        if style == "slash_be":
            return f"{d:02d}/{m:02d}/{y + 543}"
        if style == "slash":
            return f"{d:02d}/{m:02d}/{y}"
        if style == "th_long":
            return f"{d} {TH_MONTHS[m - 1]} {y + 543}"
        if style == "thai":
            return thai_digits(f"{d} {TH_MONTHS[m - 1]} {y + 543}")
        if style == "en_short":
            return f"{d:02d} {EN_MON[m - 1].upper()} {y}"
        return f"{EN_MONTHS[m - 1]} {d}, {y}"

    def day(self) -> str:
        """A non-birth date in 2026 (appointments, incidents): never labelled."""
        return f"{self.i(1, 28)} {TH_MON[self.i(0, 10)]} {self.c(['2569', '69'])}"

    def ts(self) -> str:
        return f"2026-{self.i(1, 11):02d}-{self.i(1, 28):02d}T{self.i(0, 23):02d}:{self.i(0, 59):02d}:{self.i(0, 59):02d}"

    def order_no(self) -> str:
        return self.c([f"SO{self.i(2025, 2026)}{self.dig(7)}", f"{self.i(24, 26)}{self.i(10, 12)}{self.dig(2)}{self.r.choice('ABCDEFGHJK')}{self.dig(6)}",
                       f"ORD-{self.dig(10)}", f"TH{self.dig(12)}"])

    def money(self, lo: int = 100, hi: int = 90000) -> str:
        return f"{self.i(lo, hi):,}"

    def company(self) -> str:
        return self.fth.company()


# --- templates ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    name: str
    domain: str
    negative: bool
    s26_hard_negative: str | None
    build: Callable[[G], list[Part]]


TEMPLATES: list[Template] = []


def tpl(domain: str, negative: bool = False, hard: str | None = None) -> Callable:
    def register(fn: Callable[[G], list[Part]]) -> Callable[[G], list[Part]]:
        TEMPLATES.append(Template(fn.__name__.removeprefix("t_"), domain, negative or hard is not None, hard, fn))
        return fn
    return register


_SLOT = re.compile(r"<<(\w+)>>")


def F(text: str, **slots: Part | list[Part]) -> list[Part]:
    """Split ``text`` on ``<<name>>`` slots and put the given parts there."""
    out: list[Part] = []
    pos = 0
    for m in _SLOT.finditer(text):
        if m.start() > pos:
            out.append(text[pos:m.start()])
        v = slots[m.group(1)]
        if isinstance(v, list):
            out.extend(v)
        else:
            out.append(v)
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
    return out


def J(*chunks: Part | list[Part]) -> list[Part]:
    """Concatenate parts and lists of parts."""
    out: list[Part] = []
    for ch in chunks:
        if isinstance(ch, list):
            out.extend(ch)
        else:
            out.append(ch)
    return out


# Pools of s.26 phrases (used about specific people in positive templates).
DISEASES_TH = ["เบาหวานชนิดที่ 2", "ความดันโลหิตสูง", "โรคซึมเศร้า", "มะเร็งเต้านมระยะที่ 2", "ไวรัสตับอักเสบบี",
               "ไมเกรนเรื้อรัง", "วัณโรคปอด", "โรคหอบหืด", "โรคไบโพลาร์", "ไตวายเรื้อรังระยะที่ 4", "โรคลมชัก",
               "ไทรอยด์เป็นพิษ", "โรคพาร์กินสัน", "ภาวะซึมเศร้าหลังคลอด", "โรคเกาต์", "ติดเชื้อเอชไอวี"]
DISEASES_EN = ["type 2 diabetes", "major depressive disorder", "stage II breast cancer", "chronic hepatitis B",
               "HIV infection", "generalized anxiety disorder", "epilepsy", "rheumatoid arthritis", "COPD",
               "stage 3 chronic kidney disease", "schizophrenia"]
MEDS = ["Metformin 500 mg", "Sertraline 50 mg", "Amlodipine 5 mg", "Tenofovir/Emtricitabine", "Insulin glargine",
        "Quetiapine 100 mg", "Levetiracetam 500 mg", "Lithium carbonate 300 mg", "Warfarin 3 mg"]
RELIGIONS_TH = ["อิสลาม", "คริสต์", "พุทธ", "ซิกข์", "ฮินดู", "คริสต์นิกายโรมันคาทอลิก"]
ETHNIC_TH = ["กะเหรี่ยง", "ม้ง", "อาข่า", "ลาหู่", "ไทใหญ่", "มลายู", "มอญ", "ลีซู", "เมี่ยน", "ไทลื้อ", "โรฮีนจา"]
DISAB_TH = ["พิการทางการเคลื่อนไหว", "พิการทางการได้ยิน", "พิการทางการมองเห็น", "ออทิสติก",
            "พิการทางสติปัญญา", "ตาบอดสนิททั้งสองข้าง", "ขาขาดข้างซ้าย ใส่ขาเทียม", "หูหนวก", "อัมพาตครึ่งล่าง"]
UNIONS_TH = ["สหภาพแรงงานรัฐวิสาหกิจการไฟฟ้า", "สหภาพแรงงานยานยนต์สัมพันธ์", "สหภาพแรงงานอิเล็กทรอนิกส์นวนคร",
             "สหภาพแรงงานพนักงานโรงแรมฝั่งทะเลตะวันออก", "สหภาพแรงงานรถไฟแห่งประเทศไทย", "สหภาพแรงงานสิ่งทอรังสิต",
             "สหภาพครูเอกชน", "สหภาพแรงงานไรเดอร์"]
PARTIES_TH = ["พรรคประชาชน", "พรรคเพื่อไทย", "พรรคภูมิใจไทย", "พรรครวมไทยสร้างชาติ", "พรรคประชาธิปัตย์",
              "พรรคพลังประชารัฐ"]
CRIMES_TH = ["คดียาเสพติด (ครอบครองยาบ้าเพื่อจำหน่าย)", "คดีลักทรัพย์", "คดีเมาแล้วขับ", "คดีฉ้อโกงประชาชน",
             "คดีทำร้ายร่างกาย", "คดีพนันออนไลน์", "คดีบุกรุก", "คดีปลอมแปลงเอกสาร"]


# === chat exports, multi-turn histories ===========================================================


@tpl("chat_line")
def t_line_chat_export_delivery(g: G) -> list[Part]:
    a = g.person("th")
    shop = g.c(["ร้านผ้าไหมแม่บุญ", "Baan Dessert Shop", "ร้านกาแฟดอยช้าง สาขาออนไลน์", "Little Orchid Bangkok"])
    return F(
        "ช่วยสรุปแชทนี้ให้ทีมขนส่งหน่อย ว่าลูกค้าต้องการให้ส่งที่ไหน เมื่อไหร่ ติดต่อใคร\n\n"
        "[LINE] Chat history with <<a1>>\nSaved on: 2026/11/<<d>> 21:04\n\n2026.11.<<d2>> Monday\n"
        "09:12\t<<a2>>\tสวัสดีค่ะ สั่งของไปเมื่อวาน ยังไม่ได้เลขพัสดุเลยค่ะ\n"
        "09:15\t<<shop>>\tขออภัยค่ะ ขอชื่อกับเบอร์ที่สั่งหน่อยนะคะ\n"
        "09:16\t<<a3>>\t<<a4>> ค่ะ <<tel>>\n"
        "09:16\t<<a5>>\tย้ายที่อยู่แล้วนะคะ ส่งที่ใหม่ให้หน่อย\n<<addr>>\n"
        "09:18\t<<shop>>\tรับทราบค่ะ ถ้าไม่อยู่ให้ฝากใครไว้ไหมคะ\n"
        "09:20\t<<a6>>\tฝากป้อม รปภ. ได้ค่ะ หรือแอดไลน์มาที่ <<line>> ก็ได้\n"
        "09:21\t<<shop>>\t[Sticker]\n",
        a1=(PER, a.th), a2=(PER, a.th), a3=(PER, a.th), a4=(PER, a.tt + a.th), a5=(PER, a.th), a6=(PER, a.th),
        shop=shop, d=f"{g.i(10, 28)}", d2=f"{g.i(1, 9):02d}", tel=(TEL, g.phone("plain")),
        addr=(ADDR, g.address()), line=(LINE, g.line_id(a)))


@tpl("chat_facebook")
def t_messenger_clinic_booking(g: G) -> list[Part]:
    p = g.person(male=False)
    dis = g.c(["ประจำเดือนมาไม่ปกติ 3 เดือนแล้ว", "ตรวจเจอถุงน้ำรังไข่", "เป็นไทรอยด์เป็นพิษ กินยา PTU อยู่",
               "ผื่นสะเก็ดเงินกำเริบ"])
    return F(
        "You are the admin assistant of a women's clinic. Reply to the last message politely in Thai and propose a slot.\n"
        "--- Messenger export ---\n"
        "<<p1>>: สวัสดีค่ะ อยากนัดหมอค่ะ\n"
        "Clinic: ยินดีค่ะ ไม่ทราบว่ามีอาการอะไรคะ\n"
        "<<p2>>: <<h>> ค่ะ เคยรักษาที่อื่นมาก่อน\n"
        "Clinic: รบกวนขอวันเกิดเพื่อเปิดประวัติใหม่ค่ะ\n"
        "<<p3>>: <<dob>>\n"
        "<<p4>>: เบอร์ <<tel>> นะคะ สะดวกเสาร์เช้าค่ะ\n",
        p1=(PER, p.th), p2=(PER, p.th), p3=(PER, p.th), p4=(PER, p.th), h=(HEA, dis), dob=(DOB, g.dob("slash_be")),
        tel=(TEL, g.phone("dash")))


@tpl("chat_assistant")
def t_multi_turn_history_friend_advice(g: G) -> list[Part]:
    f = g.person("malay")
    party = g.c(PARTIES_TH)
    rel = g.c(["เป็นมุสลิม", "นับถือศาสนาอิสลาม"])
    return F(
        '[{"role": "system", "content": "คุณเป็นผู้ช่วยให้คำปรึกษาเรื่องความสัมพันธ์ในที่ทำงาน"},\n'
        ' {"role": "user", "content": "เพื่อนร่วมงานชื่อ<<f1>> เขา<<rel>> แล้วหัวหน้าชอบแซวเรื่องไม่กินหมู"},\n'
        ' {"role": "assistant", "content": "เข้าใจค่ะ เรื่องนี้ถือว่าเป็นการล้อเลียนความเชื่อ คุณอยากให้ช่วยอะไรคะ"},\n'
        ' {"role": "user", "content": "แล้วตอนนี้หัวหน้ารู้ว่า<<f2>><<pol>> ก็ยิ่งโดนหนัก จะเขียนอีเมลถึง HR ยังไงดี"}]',
        f1=(PER, f.th), f2=(PER, f.first), rel=(REL, rel),
        pol=(POL, g.c([f"เป็นสมาชิก{party}", f"ไปช่วยหาเสียงให้{party}", f"โพสต์สนับสนุน{party}ทุกวัน"])))


@tpl("chat_line")
def t_line_group_factory_union(g: G) -> list[Part]:
    ps = [g.person("th") for _ in range(3)]
    nk = [g.nick() for _ in range(3)]
    union = g.c(UNIONS_TH)
    return F(
        "แปลงแชทกลุ่มนี้เป็นรายการ action items ภาษาอังกฤษ\n\n"
        "กลุ่ม: กะเช้า ไลน์ 3\n"
        "[<<n0>>] พรุ่งนี้ประชุมหลังเลิกงานนะ ใครยังไม่ได้สมัครสหภาพให้กรอกฟอร์ม\n"
        "[<<n1>>] ผมสมัครแล้ว <<u1>> เลขสมาชิก 0<<m>> ครับ\n"
        "[<<n2>>] พี่<<p2>> ยังไม่ได้จ่ายค่าบำรุงเดือนนี้นะ\n"
        "[<<n0b>>] ใครติดต่อทนายไม่ได้ โทรหาพี่<<p0>> <<tel>> ได้เลย\n"
        "[<<n1b>>] ฝ่ายบุคคลเรียก<<p1>>ไปคุยเรื่องเป็น<<u2>>ด้วย กลัวโดนย้ายกะ\n",
        n0=(PER, nk[0]), n1=(PER, nk[1]), n2=(PER, nk[2]), n0b=(PER, nk[0]), n1b=(PER, nk[1]),
        u1=(TU, f"สมาชิก{union}"), m=g.dig(4), p2=(PER, ps[2].first), p0=(PER, ps[0].th), tel=(TEL, g.phone("dash")),
        p1=(PER, ps[1].th), u2=(TU, "กรรมการสหภาพ"))


@tpl("chat_app")
def t_counselling_chat_orientation(g: G) -> list[Part]:
    nk = g.nick()
    sex = g.c(["เป็นเกย์", "เป็นไบเซ็กชวล", "มีแฟนเป็นผู้ชาย", "มีเพศสัมพันธ์กับผู้ชายโดยไม่ได้ป้องกัน"])
    hea = g.c(["ผลเลือด HIV เป็นบวก", "กิน PrEP อยู่ทุกวัน", "ตรวจเจอซิฟิลิส"])
    return F(
        "Summarise this anonymous-ish counselling session for the supervising psychologist (keep it under 120 words):\n"
        "user_7731 (display name: น้อง<<nk>>): ชื่อ<<nk2>>นะครับ จริงๆ ผม<<sex>> ยังไม่กล้าบอกที่บ้าน\n"
        "counsellor: ขอบคุณที่ไว้ใจเล่าให้ฟังนะครับ\n"
        "user_7731: เดือนที่แล้ว<<hea>> ด้วย เครียดมาก นอนไม่หลับ\n"
        "counsellor: ถ้าอยากคุยต่อนอกแอป ติดต่อได้ที่ไลน์ศูนย์นะครับ\n"
        "user_7731: แอดไลน์ผมไว้ก็ได้ครับ <<line>>\n",
        nk=(PER, nk), nk2=(PER, nk), sex=(SEX, sex), hea=(HEA, hea), line=(LINE, g.line_id()))


@tpl("sms")
def t_sms_thread_debt_followup(g: G) -> list[Part]:
    p = g.person()
    amt = g.money(3000, 60000)
    return F(
        "Classify tone of each SMS (polite/threatening/neutral). Thread:\n"
        "> [10:02] แจ้ง<<p1>> ยอดค้างชำระ <<amt>> บ. กรุณาโอนเข้าบัญชี <<bank>> ภายใน 3 วัน\n"
        "> [10:40] (reply from <<tel>>) ใครคะ ไม่รู้จัก\n"
        "> [11:05] คุณ<<p2>> อย่าทำเป็นไม่รู้ เดี๋ยวจะไปหาที่บ้าน\n"
        "> [11:07] (reply) จะแจ้งความนะคะ\n",
        p1=(PER, p.th), amt=amt, bank=(BANK, g.bank()), tel=(TEL, g.phone("plain")), p2=(PER, p.first))


# === call-centre transcripts =======================================================================


@tpl("callcentre_bank")
def t_callcentre_card_block(g: G) -> list[Part]:
    p = g.person("th")
    agent = g.person("th", male=False)
    card = g.card("space")
    return F(
        "ASR transcript, call 2026-11-<<dd>>, queue=CARD_LOST. Extract intent + what the agent verified.\n"
        "AGENT: สวัสดีค่ะ ธนาคารยินดีให้บริการ <<ag>> รับสายค่ะ\n"
        "CUST: เอ่อ ครับ คือว่า บัตรหายครับ อยากอายัด\n"
        "AGENT: ได้ค่ะ ขอทราบชื่อ นามสกุลค่ะ\n"
        "CUST: <<p1>> ครับ\n"
        "AGENT: หมายเลขบัตรประชาชนค่ะ\n"
        "CUST: อ่า... <<nid>> ครับ\n"
        "AGENT: วันเดือนปีเกิดค่ะ\n"
        "CUST: เอ่อ <<dob>>\n"
        "AGENT: บัตรที่จะอายัดคือ <<card>> ใช่ไหมคะ\n"
        "CUST: ใช่ครับ อืม ใช่\n",
        dd=f"{g.i(1, 23):02d}", ag=(PER, agent.first), p1=(PER, p.th), nid=(NID, g.nid("spaced")),
        dob=(DOB, g.dob("th_long")), card=(CC, card))


@tpl("callcentre_telco")
def t_callcentre_sim_swap(g: G) -> list[Part]:
    p = g.person()
    return F(
        "งาน: ตรวจว่าพนักงานทำตามสคริปต์ยืนยันตัวตนก่อนเปลี่ยนซิมหรือไม่ ตอบ ใช่/ไม่ใช่ พร้อมเหตุผล\n"
        "---\n"
        "พนง: ค่ะ เบอร์ที่ต้องการเปลี่ยนซิมนะคะ\n"
        "ลค: เบอร์ <<tel>> ค่ะ อ่า เครื่องหายเมื่อวาน\n"
        "พนง: ผู้จดทะเบียนชื่ออะไรคะ\n"
        "ลค: ชื่อ<<p1>>ค่ะ\n"
        "พนง: เลขบัตรสิบสามหลักค่ะ\n"
        "ลค: <<nid>>\n"
        "พนง: ที่อยู่ตามที่จดทะเบียนไว้คะ\n"
        "ลค: เอ่อ... <<addr>> ค่ะ\n"
        "พนง: เรียบร้อยค่ะ ซิมใหม่จะส่งไปที่อยู่นี้นะคะ\n",
        tel=(TEL, g.phone("space")), p1=(PER, p.th), nid=(NID, g.nid(g.c(["plain", "dash"]))), addr=(ADDR, g.address()))


@tpl("callcentre_insurance")
def t_callcentre_claim_disability(g: G) -> list[Part]:
    p = g.person("th")
    return F(
        "transcript (auto, Thai) — please fill the claim form fields: insured, HN, diagnosis, disability status\n"
        "เจ้าหน้าที่: เคลมประกันอุบัติเหตุนะครับ ผู้เอาประกันชื่อ\n"
        "ผู้โทร: <<p1>> ค่ะ เป็นแม่ค่ะ\n"
        "เจ้าหน้าที่: รักษาที่โรงพยาบาลไหน มี HN ไหมครับ\n"
        "ผู้โทร: รพ.ศูนย์ค่ะ HN <<hn>> ค่ะ หมอบอกว่า<<h>>\n"
        "เจ้าหน้าที่: อืม แล้วตอนนี้อาการ\n"
        "ผู้โทร: คือ... หมอออกใบรับรองว่า<<dis>>แล้วค่ะ ต้องนั่งวีลแชร์\n"
        "เจ้าหน้าที่: กรมธรรม์เลขที่ P<<pol>> ถูกต้องนะครับ\n",
        p1=(PER, p.tt + p.th), hn=(MRN, g.hn()), h=(HEA, g.c(["กระดูกสันหลังหักระดับ L1", "เส้นประสาทไขสันหลังบาดเจ็บ"])),
        dis=(DIS, g.c(["พิการทางการเคลื่อนไหว", "อัมพาตครึ่งล่าง"])), pol=g.dig(9))


@tpl("callcentre_hotel")
def t_voice_transcript_hotel_en(g: G) -> list[Part]:
    p = g.person(g.c(["th", "latin"]))
    return F(
        "Clean up this ASR transcript (remove fillers, keep facts) and draft the booking note.\n"
        "Agent: Good evening, Riverside Residence reservations, how can I help?\n"
        "Caller: Uh, hi, yes, I'd like to, um, guarantee my booking for the twelfth.\n"
        "Agent: Sure. Name on the reservation?\n"
        "Caller: It's <<p1>>, P-as-in-Papa... yeah.\n"
        "Agent: And your passport number for the registration card?\n"
        "Caller: Uh, <<pp>>.\n"
        "Agent: Card for the guarantee?\n"
        "Caller: Uh, it's <<cc>>, expiry oh-nine twenty-nine.\n"
        "Agent: And a confirmation email?\n"
        "Caller: <<mail>>, thanks.\n",
        p1=(PER, p.en), pp=(PP, g.passport()), cc=(CC, g.card("space")), mail=(MAIL, g.email(p)))


@tpl("callcentre_gov")
def t_callcentre_nhso_disability(g: G) -> list[Part]:
    p = g.person("th")
    caller = g.person("th", male=False)
    return F(
        "สรุปสายนี้เป็นเคส (ผู้ป่วย, สิทธิ, ปัญหา, สิ่งที่ต้องทำต่อ)\n"
        "[00:00] จนท: สายด่วนหลักประกันสุขภาพ สวัสดีครับ\n"
        "[00:04] ผู้โทร: สวัสดีค่ะ ชื่อ<<c>> โทรแทนพ่อค่ะ\n"
        "[00:09] จนท: ผู้ป่วยชื่ออะไร เลขประจำตัวประชาชนด้วยครับ\n"
        "[00:12] ผู้โทร: <<p1>> ค่ะ เลข <<nid>>\n"
        "[00:30] ผู้โทร: พ่อ<<dis>> มีบัตรคนพิการแล้ว แต่ รพ. ไม่ยอมให้ใช้สิทธิ ท.74\n"
        "[00:41] ผู้โทร: ตอนนี้ต้องฟอกไตด้วยค่ะ เพราะ<<h>>\n"
        "[00:55] จนท: เดี๋ยวประสานหน่วยบริการให้นะครับ เบอร์ติดต่อกลับ\n"
        "[00:58] ผู้โทร: <<tel>> ค่ะ\n",
        c=(PER, caller.th), p1=(PER, p.th), nid=(NID, g.nid("dash")), dis=(DIS, g.c([*DISAB_TH[:3], "ตาบอดสนิททั้งสองข้าง"])),
        h=(HEA, "ไตวายเรื้อรังระยะสุดท้าย"), tel=(TEL, g.phone("dash")))


# === hospital, clinic, pharmacy ====================================================================


@tpl("hospital")
def t_opd_soap_note(g: G) -> list[Part]:
    p = g.person()
    doc = g.person("th")
    age = g.i(24, 78)
    return F(
        "Rewrite this OPD note into a patient-friendly Thai summary. Do not add diagnoses.\n\n"
        "HN: <<hn>>   Name: <<p1>>   Age: <<age>> y   Visit: <<day>>\n"
        "S: ปวดศีรษะ เวียนหัว 2 สัปดาห์ กินยาไม่สม่ำเสมอ\n"
        "O: BP 168/102, HR 88, BMI 31.2\n"
        "A: <<dx>>, poorly controlled\n"
        "P: <<med>> OD, นัด F/U 1 เดือน, lab FBS HbA1c\n"
        "แพทย์ผู้ตรวจ: <<doc>> (ว.<<lic>>)\n",
        hn=(MRN, g.hn()), p1=(PER, p.th), age=str(age), day=g.day(),
        dx=(HEA, g.c(["Essential hypertension", "HT with DM type 2", "Hypertensive urgency"])),
        med=(HEA, g.c(["Amlodipine 10 mg", "Losartan 50 mg", "Enalapril 5 mg"])), doc=(PER, "นพ." + doc.th),
        lic=g.dig(5))


@tpl("hospital")
def t_discharge_summary_en(g: G) -> list[Part]:
    p = g.person("latin" if g.p(0.5) else "th")
    dr = g.person()
    return F(
        "Translate to Thai for the family; keep drug names in English.\n\n"
        "DISCHARGE SUMMARY\nPatient: <<p1>>    MRN <<mrn>>    AN <<an>>\n"
        "Admitted <<d1>>, discharged <<d2>>.\n"
        "Principal diagnosis: <<dx>>. Secondary: <<dx2>>.\n"
        "Course: responded to IV antibiotics; afebrile x 48 h.\n"
        "Home meds: <<med>>.\n"
        "Attending: Dr. <<dr>>\n",
        p1=(PER, p.en), mrn=(MRN, g.hn("plain")), an=(MRN, f"{g.i(66, 69)}/{g.dig(5)}"), d1=g.day(), d2=g.day(),
        dx=(HEA, g.c(["community-acquired pneumonia", "acute pyelonephritis", "dengue haemorrhagic fever"])),
        dx2=(HEA, g.c(DISEASES_EN)), med=(HEA, g.c(MEDS)), dr=(PER, dr.en))


@tpl("hospital_lab")
def t_brca_genetic_report(g: G) -> list[Part]:
    p = g.person(male=False)
    return F(
        "ช่วยอธิบายผลแล็บนี้ให้คนไข้ฟังแบบภาษาง่ายๆ\n"
        "=== MOLECULAR GENETICS REPORT ===\n"
        "Name: <<p1>>\tHN: <<hn>>\tDOB: <<dob>>\n"
        "Test: Hereditary breast/ovarian cancer panel (NGS, 30 genes)\n"
        "Result: <<gen>>\n"
        "Interpretation: increased lifetime risk; cascade testing recommended for first-degree relatives.\n",
        p1=(PER, p.en), hn=(MRN, g.hn()), dob=(DOB, g.dob("en_short")),
        gen=(GEN, g.c(["BRCA1 c.68_69delAG pathogenic variant detected (heterozygous)",
                       "BRCA2 c.5946delT pathogenic, heterozygous", "PALB2 c.3113G>A likely pathogenic"])))


@tpl("pharmacy")
def t_hla_pharmacogenetic_alert(g: G) -> list[Part]:
    p = g.person(g.c(["th", "cn", "malay"]))
    return F(
        "pharmacist note → ขอให้เขียนเป็นคำเตือนสั้นๆ ติดหน้าแฟ้ม\n"
        "ผป. <<p1>> HN <<hn>> แพทย์สั่ง Carbamazepine สำหรับ<<h>> "
        "แต่ผลตรวจยีนเมื่อปีก่อน <<gen>> ห้ามใช้ยา เสี่ยง SJS/TEN\n"
        "เสนอเปลี่ยนเป็น Levetiracetam\n",
        p1=(PER, p.th), hn=(MRN, g.hn("slash")), h=(HEA, g.c(["โรคลมชัก", "ปวดเส้นประสาทใบหน้า (trigeminal neuralgia)"])),
        gen=(GEN, g.c(["HLA-B*15:02 positive", "HLA-B*1502 ให้ผลบวก"])))


@tpl("hospital_anc")
def t_thalassemia_couple_screening(g: G) -> list[Part]:
    w, h = g.person("th", male=False), g.person("th", male=True)
    return F(
        "Draft a counselling appointment letter (Thai) for this couple.\n"
        "ANC screening — couple record\n"
        "| role | name | HN | result |\n|---|---|---|---|\n"
        "| wife | <<w>> | <<hn1>> | <<g1>> |\n"
        "| husband | <<h>> | <<hn2>> | <<g2>> |\n"
        "GA <<ga>> wk; risk of fetal Hb Bart's hydrops 1 in 4 → offer prenatal diagnosis.\n",
        w=(PER, w.th), hn1=(MRN, g.hn("dash")), g1=(GEN, "alpha-thal 1 trait (SEA deletion)"),
        h=(PER, h.th), hn2=(MRN, g.hn("dash")), g2=(GEN, "alpha-thal 1 carrier"), ga=str(g.i(9, 16)))


@tpl("hospital_psych")
def t_psych_referral_letter(g: G) -> list[Part]:
    p = g.person("th")
    dr = g.person("th")
    return F(
        "เรียบเรียงจดหมายส่งต่อผู้ป่วยให้เป็นทางการขึ้น\n\n"
        "เรียน จิตแพทย์ รพ.ศรีธัญญา\n"
        "ขอส่งตัว<<p1>> อายุ <<age>> ปี ที่อยู่ <<addr>> มาเพื่อรับการรักษาต่อ "
        "ผู้ป่วยมีอาการ<<h>> และ<<h2>>เมื่อสัปดาห์ก่อน "
        "ผู้ป่วยเล่าว่าเครียดจากครอบครัวไม่ยอมรับที่<<sex>>\n"
        "ลงชื่อ <<dr>> แพทย์ประจำ รพ.สต.\n",
        p1=(PER, p.tt + p.th), age=str(g.i(17, 40)), addr=(ADDR, g.address("abbr")),
        h=(HEA, g.c(["ซึมเศร้ารุนแรง", "นอนไม่หลับ หูแว่ว", "วิตกกังวลรุนแรง"])),
        h2=(HEA, "พยายามทำร้ายตัวเอง"), sex=(SEX, g.c(["เป็นคนรักเพศเดียวกัน", "คบกับแฟนผู้หญิง", "เป็นเกย์"])),
        dr=(PER, "พญ." + dr.th))


@tpl("clinic_dental")
def t_dental_clinic_csv(g: G) -> list[Part]:
    rows: list[Part] = ["hn,patient_name,tel,dob,treatment_plan,note\n"]
    for _ in range(3):
        p = g.person()
        rows += [(MRN, f"D{g.dig(6)}"), ",", (PER, p.th), ",", (TEL, g.phone("plain")), ",", (DOB, g.dob("iso")), ",",
                 g.c(["scaling", "RCT #36", "implant #46", "braces adj."]), ","]
        rows += [(HEA, g.c(["แพ้ยาเพนิซิลลิน", "กินยาละลายลิ่มเลือด Warfarin", "เบาหวาน คุมไม่ได้", "ตั้งครรภ์ 5 เดือน"])), "\n"]
    return J("From this export, list patients who need a medical clearance before treatment, with reason:\n\n", rows)


@tpl("hospital_ocr")
def t_vaccine_certificate_ocr(g: G) -> list[Part]:
    p = g.person("th")
    return F(
        "OCR ผลลัพธ์จากใบรับรองการฉีดวัคซีน (สแกนเอียง) ช่วยจัดรูปแบบเป็น JSON\n"
        "ใบรับรองการได้รับวัคซีน  /  VACCINATION CERTIFICATE\n"
        "ชื่อ-สกุล  <<th>>\nName  <<en>>\n"
        "เลขประจำตัวประชาชน   <<nid>>\n"
        "วันเกิด / DOB   <<dob>>\n"
        "Passport No.   <<pp>>\n"
        "Dose 1  Comirnaty  LOT FK<<lot>>  <<d1>>\n",
        th=(PER, p.tt + " " + p.th), en=(PER, (p.te + " " + p.en).upper()), nid=(NID, g.nid(g.c(["spaced", "space"]))),
        dob=(DOB, g.dob("en_short")), pp=(PP, g.passport()), lot=g.dig(4), d1=g.day())


@tpl("pharmacy")
def t_line_oa_prep_order(g: G) -> list[Part]:
    p = g.person(male=True)
    return F(
        "ตอบลูกค้าใน LINE OA ร้านยาออนไลน์ ยืนยันคำสั่งซื้อ และเตือนเรื่องการตรวจเลือดก่อนรับยาซ้ำ\n"
        "ลูกค้า: สั่ง<<med>> 1 ขวด ครับ ส่งแบบปิดชื่อสินค้านะครับ\n"
        "ลูกค้า: <<sex>> เลยต้องกินต่อเนื่อง\n"
        "ลูกค้า: ชื่อผู้รับ <<p1>> <<tel>>\n<<addr>>\n",
        med=(HEA, g.c(["ยา PrEP (Tenofovir/Emtricitabine)", "PrEP Teno-EM"])),
        sex=(SEX, g.c(["มีคู่นอนหลายคน", "แฟนผมเป็นผู้ชายและผลเลือดเป็นบวก", "มีเซ็กส์กับผู้ชายไม่ค่อยใส่ถุง"])),
        p1=(PER, p.th), tel=(TEL, g.phone("dash")), addr=(ADDR, g.address("bkk")))


@tpl("clinic_ivf")
def t_ivf_intake_form(g: G) -> list[Part]:
    w, h = g.person(male=False), g.person(male=True)
    return F(
        "Check this IVF intake for missing fields and list them.\n"
        "female_partner: <<w>>\nfemale_dob: <<dob>>\nemail: <<mail>>\n"
        "male_partner: <<h>>\n"
        "carrier_screen: <<gen>>\n"
        "sexual_history: <<sex>>\n"
        "prior_pregnancies: 1 (miscarriage 2024)\n",
        w=(PER, w.en), dob=(DOB, g.dob("iso")), mail=(MAIL, g.email(w)), h=(PER, h.en),
        gen=(GEN, g.c(["male partner SMN1 deletion carrier (SMA)", "both partners beta-thal HbE carriers",
                       "female partner Fragile X premutation (58 CGG repeats)"])),
        sex=(SEX, g.c(["intercourse 1-2x/month, no contraception for 3 years", "previous partner diagnosed with chlamydia; unprotected sex"])))


@tpl("rehab")
def t_drug_rehab_admission(g: G) -> list[Part]:
    p = g.person("th", male=True)
    return F(
        "สรุปแฟ้มแรกรับเข้าศูนย์บำบัด เป็นตาราง 4 คอลัมน์\n"
        "ชื่อ <<p1>> เลขบัตร <<nid>>\n"
        "ประวัติ: <<cri>> พ้นโทษเมื่อต้นปี\n"
        "ผลตรวจปัสสาวะ: <<h>>\nโรคร่วม: <<h2>>\n"
        "ผู้ติดต่อฉุกเฉิน: มารดา <<m>> <<tel>>\n",
        p1=(PER, p.th), nid=(NID, g.nid("dash")), cri=(CRI, g.c(["เคยต้องโทษจำคุก 2 ปี คดียาเสพติด", "ถูกคุมประพฤติคดีครอบครองยาไอซ์"])),
        h=(HEA, "พบสารแอมเฟตามีน"), h2=(HEA, g.c(["ไวรัสตับอักเสบซี", "โรคจิตจากสารเสพติด"])), m=(PER, g.person("th", male=False).th),
        tel=(TEL, g.phone()))


# === insurance ======================================================================================


@tpl("insurance")
def t_claim_tool_payload(g: G) -> list[Part]:
    p = g.person()
    return F(
        'Tool call from the claims agent, please validate fields then say "approve" or "pend":\n'
        '{"name": "submit_claim", "arguments": {"insured": {"full_name": "<<p1>>", "citizen_id": "<<nid>>"},\n'
        '  "diagnosis": {"icd10": "<<icd>>", "text": "<<dx>>"}, "admit_days": <<days>>,\n'
        '  "payout": {"bank": "KBANK", "account_no": "<<bank>>"}, "amount_thb": <<amt>>}}',
        p1=(PER, p.th), nid=(NID, g.nid("plain")), icd=g.c(["E11.9", "I10", "J18.9", "K35.8"]),
        dx=(HEA, g.c(["เบาหวานชนิดที่ 2 ไม่มีภาวะแทรกซ้อน", "ปอดอักเสบ", "ไส้ติ่งอักเสบเฉียบพลัน"])), days=str(g.i(1, 9)),
        bank=(BANK, g.bank("kbank")), amt=str(g.i(5000, 90000)))


@tpl("insurance")
def t_underwriting_yaml(g: G) -> list[Part]:
    p = g.person()
    return F(
        "Score this applicant with our underwriting rubric (A–D) and explain.\n```yaml\napplicant:\n"
        "  name: <<p1>>\n  date_of_birth: <<dob>>\n  smoker: yes\n  bmi: 29.4\n"
        "  conditions:\n    - <<h1>>\n    - <<h2>>\n  family_history:\n    genetic_test: \"<<gen>>\"\n"
        "sum_assured: 3000000\n```",
        p1=(PER, p.en), dob=(DOB, g.dob("iso")), h1=(HEA, g.c(DISEASES_EN)), h2=(HEA, "hyperlipidemia on statin"),
        gen=(GEN, g.c(["APOE e4/e4 homozygous", "Lynch syndrome MLH1 variant carrier", "LDLR pathogenic variant (FH)"])))


@tpl("insurance_email")
def t_motor_claim_email_thread(g: G) -> list[Part]:
    p, adj = g.person(), g.person("th")
    dom = g.corp_domain()
    return F(
        "Summarise this thread for the claims manager.\n\n"
        "From: <<p1>> <<<m1>>>\nTo: claims@<<dom>>\nSubject: เคลมรถชนท้าย ทะเบียน <<pl>>\n\n"
        "เรียนเจ้าหน้าที่ รถผมโดนชนท้ายที่แยกบางนา คู่กรณีทะเบียน <<pl2>> ยอมรับผิดแล้ว\n"
        "ติดต่อผม <<tel>>\n\n-- \n<<p2>>\n\n"
        "> On Mon, <<adj>> <<<m2>>> wrote:\n> รบกวนส่งรูปใบขับขี่และใบแจ้งความครับ\n> <<adj2>> | Claims Adjuster | <<tel2>>\n",
        p1=(PER, p.en), m1=(MAIL, g.email(p)), dom=dom, pl=(PLATE, g.plate(True)), pl2=(PLATE, g.plate()),
        tel=(TEL, g.phone()), p2=(PER, p.th), adj=(PER, adj.en), m2=(MAIL, g.email(adj, dom)), adj2=(PER, adj.en),
        tel2=(TEL, g.phone("land")))


# === bank, finance ================================================================================


@tpl("bank_kyc")
def t_kyc_onboarding_tool_json(g: G) -> list[Part]:
    p = g.person()
    vec = ", ".join(f"{g.r.uniform(-1, 1):.4f}" for _ in range(6))
    return F(
        "The eKYC step returned this. Decide if we can open the account (need: ID valid, DOB >= 20 years ago, face match >= 0.8).\n"
        '{"tool": "ekyc.verify", "result": {"id_card": {"number": "<<nid>>", "name_th": "<<p1>>", "name_en": "<<p2>>",\n'
        '  "dob": "<<dob>>", "address": "<<addr>>"},\n'
        '  "selfie": {"liveness": 0.97, "face_match": 0.91, "face_embedding": "<<bio>>"}}}',
        nid=(NID, g.nid("plain")), p1=(PER, p.th), p2=(PER, p.en), dob=(DOB, g.dob("iso")), addr=(ADDR, g.address()),
        bio=(BIO, f"[{vec}, ...]"))


@tpl("bank_loan")
def t_loan_applicants_markdown(g: G) -> list[Part]:
    rows: list[Part] = ["| ผู้กู้ | บริษัทนายจ้าง (เลขนิติบุคคล) | รายได้/เดือน | บัญชีรับเงินเดือน | มือถือ |\n|---|---|---|---|---|\n"]
    for _ in range(3):
        p = g.person()
        rows += ["| ", (PER, p.th), " | ", g.company(), " (", (JUR, g.juristic()), ") | ", g.money(15000, 120000), " | ",
                 (BANK, g.bank()), " | ", (TEL, g.phone("dash")), " |\n"]
    return J("คำนวณ DSR ของผู้กู้แต่ละรายจากตารางนี้ สมมติภาระหนี้เดิม 30%\n\n", rows)


@tpl("bank_fraud")
def t_fraud_alert_log(g: G) -> list[Part]:
    p = g.person("latin" if g.p(0.4) else "th")
    return F(
        "Explain why these alerts fired and whether they look like account takeover:\n"
        "<<t1>> WARN fraud.rules velocity: card=<<cc>> 4 declines/5min ip=<<ip>> geo=NL\n"
        "<<t2>> WARN fraud.rules email_change: user=<<mail>> old_ip=<<ip2>> new_ip=<<ip3>>\n"
        "<<t3>> INFO fraud.case opened for customer \"<<p1>>\" (risk 0.87)\n",
        t1=g.ts(), t2=g.ts(), t3=g.ts(), cc=(CC, g.card("plain")), ip=(IP, g.ip()), mail=(MAIL, g.email(p)),
        ip2=(IP, g.ip()), ip3=(IP, g.ip(v6=g.p(0.5))), p1=(PER, p.en))


@tpl("bank_ocr")
def t_transfer_slip_ocr(g: G) -> list[Part]:
    a, b = g.person("th"), g.person()
    return F(
        "อ่านสลิปนี้ (OCR) แล้วบอกว่ายอดตรงกับใบแจ้งหนี้ INV-<<inv>> ที่ <<amt>> บาท หรือไม่\n"
        "โอนเงินสำเร็จ\n<<d>>  <<hh>>:<<mm>> น.\n"
        "จาก   <<a>>\n        xxx-x-x<<m1>>-x\n"
        "ไปยัง  <<b>>\n        <<acct>>\n"
        "จำนวน  <<amt>>.00 บาท\nเลขที่รายการ  <<ref>>\n",
        inv=g.dig(6), amt=g.money(500, 40000), d=g.day(), hh=f"{g.i(0, 23):02d}", mm=f"{g.i(0, 59):02d}",
        a=(PER, a.tt + " " + a.th), m1=g.dig(4), b=(PER, b.th), acct=(BANK, g.bank(g.c(["kbank", "scb"]))),
        ref=f"0{g.dig(3)}{g.c(['A', 'B'])}{g.dig(10)}")


@tpl("bank_letter")
def t_credit_bureau_dispute_en(g: G) -> list[Part]:
    p = g.person(g.c(["th", "cn"]))
    return F(
        "Improve the English of this dispute letter, keep it firm:\n\n"
        "Dear National Credit Bureau,\nI am <<p1>>, ID card no. <<nid>>, living at <<addr>>. "
        "Your report shows a loan from a finance company which I never applied for. "
        "Please investigate and reply to <<mail>>.\nRegards,\n<<p2>>",
        p1=(PER, p.en), nid=(NID, g.nid("dash")), addr=(ADDR, g.address("en")), mail=(MAIL, g.email(p)), p2=(PER, p.en))


# === e-commerce, logistics ========================================================================


@tpl("ecommerce")
def t_marketplace_orders_tsv(g: G) -> list[Part]:
    rows: list[Part] = ["order_sn\tbuyer_name\tphone\tshipping_address\tsku\tqty\n"]
    for _ in range(3):
        p = g.person()
        rows += [g.order_no(), "\t", (PER, p.th), "\t", (TEL, g.phone(g.c(["plain", "intl0"]))), "\t",
                 (ADDR, g.address(g.c(["abbr", "bkk"]))), "\t", f"SKU-{g.dig(5)}-{g.c(['RD', 'BL', 'XL'])}", "\t",
                 str(g.i(1, 4)), "\n"]
    return J("เขียน SQL เพื่อ import ไฟล์ TSV นี้เข้าตาราง orders_staging (ตัวอย่างแถวข้างล่าง):\n", rows)


@tpl("logistics")
def t_courier_failed_delivery(g: G) -> list[Part]:
    p, rider = g.person(), g.person("th", male=True)
    return F(
        "rider note (ไม่มีเว้นวรรค พิมพ์จากมือถือ) ช่วยแปลงเป็นรายงานส่งไม่สำเร็จ:\n"
        "ส่งไม่สำเร็จโทรหาคุณ<<p1>>เบอร์<<tel>>ไม่รับสาย3ครั้งที่อยู่<<addr>>ไม่มีคนอยู่\n"
        "rider:<<r>> ทะเบียนรถ <<pl>>\nพัสดุ <<trk>>\n",
        p1=(PER, p.th), tel=(TEL, g.phone("plain")), addr=(ADDR, g.address("abbr")), r=(PER, rider.th),
        pl=(PLATE, g.plate(True)), trk=f"TH{g.dig(10)}{g.c(['A', 'B', 'C'])}")


@tpl("ecommerce_chat")
def t_return_request_chat_en(g: G) -> list[Part]:
    p = g.person("latin")
    agent = g.person("th")
    return F(
        "Classify the return reason and reply. Chat log:\n"
        "[Customer] Hi, I'm <<p1>>. The blender I got (order <<ord>>) arrived cracked.\n"
        "[Agent <<ag>>] Sorry about that! Can you confirm the email on the account?\n"
        "[Customer] <<mail>>. I paid with my card ending 4417.\n"
        "[Customer] Photos attached: IMG_2231.jpg IMG_2232.jpg\n",
        p1=(PER, p.en), ord=g.order_no(), ag=(PER, agent.first_en), mail=(MAIL, g.email(p)))


@tpl("ecommerce_seller")
def t_seller_verification_form(g: G) -> list[Part]:
    p = g.person()
    comp = g.company()
    return F(
        "ตรวจเอกสารยืนยันตัวตนร้านค้า ว่าข้อมูลครบไหม ตอบเป็นรายการ\n"
        "ชื่อร้าน: <<shop>>\nนิติบุคคล: <<comp>>  เลขทะเบียน <<jur>>\n"
        "กรรมการผู้มีอำนาจ: <<p1>>\nเลขบัตรประชาชนกรรมการ: <<nid>>\n"
        "บัญชีรับเงิน: ธ.ไทยพาณิชย์ <<bank>> ชื่อบัญชี <<comp2>>\n",
        shop=g.c(["Siam Gadget Store", "ร้านเครื่องครัวคุณภาพ", "NaturaThai Official"]), comp=comp, comp2=comp,
        jur=(JUR, g.juristic("dash")), p1=(PER, p.tt + p.th), nid=(NID, g.nid()), bank=(BANK, g.bank("scb")))


@tpl("logistics_chat")
def t_cod_rider_burmese(g: G) -> list[Part]:
    r = g.person("mm", male=True)
    c = g.person("th")
    return F(
        "แปลข้อความไรเดอร์เป็นภาษาไทยที่สุภาพ แล้วบอกหัวหน้าว่าเกิดอะไรขึ้น\n"
        "rider <<r1>> (<<tel>>): COD ลูกค้า <<c>> ไม่จ่าย บอกว่าสั่งผิด ผมรอ 20 นาที\n"
        "rider <<r2>>: รถผม <<pl>> ยางแตกด้วยครับ ขอกลับ hub ก่อน\n",
        r1=(PER, f"Mg {r.en}"), tel=(TEL, g.foreign_phone("MM") if g.p(0.5) else g.phone("plain")), c=(PER, c.th),
        r2=(PER, r.th), pl=(PLATE, g.plate(False)))


# === telco ========================================================================================


@tpl("telco")
def t_esim_registration_traveller(g: G) -> list[Part]:
    p = g.person("th")
    return F(
        "Fill the eSIM activation template from this message (keep unknowns blank):\n"
        "\"สวัสดีครับ ผมจะไปญี่ปุ่นอาทิตย์หน้า ขอเปิด eSIM โรมมิ่ง ชื่อ <<p1>> (<<p2>>) "
        "พาสปอร์ต <<pp>> เกิด <<dob>> เบอร์หลัก <<tel>>\"\n",
        p1=(PER, p.th), p2=(PER, p.en.upper()), pp=(PP, g.passport()), dob=(DOB, g.dob("slash_be")),
        tel=(TEL, g.phone("intl")))


@tpl("telco_logs")
def t_radius_accounting_log(g: G) -> list[Part]:
    p1, p2 = g.person(), g.person()
    return F(
        "Why did these sessions drop? RADIUS accounting excerpt:\n"
        "<<t1>> Acct-Status-Type=Stop User-Name=\"<<m1>>\" Framed-IP-Address=<<ip1>> Calling-Station-Id=\"<<tel1>>\" "
        "Acct-Terminate-Cause=Lost-Carrier\n"
        "<<t2>> Acct-Status-Type=Stop User-Name=\"<<m2>>\" Framed-IP-Address=<<ip2>> Calling-Station-Id=\"<<tel2>>\" "
        "Acct-Terminate-Cause=Idle-Timeout\n",
        t1=g.ts(), t2=g.ts(), m1=(MAIL, g.email(p1)), ip1=(IP, g.ip(private=True)), tel1=(TEL, g.phone("intl0")),
        m2=(MAIL, g.email(p2)), ip2=(IP, g.ip()), tel2=(TEL, g.phone("intl0")))


# === school, university ===========================================================================


@tpl("university")
def t_grade_sheet_semicolon(g: G) -> list[Part]:
    rows: list[Part] = ["รหัสนักศึกษา;ชื่อ-สกุล;กลางภาค;ปลายภาค;หมายเหตุ\n"]
    for k in range(4):
        p = g.person()
        note: Part = ""
        if k == 1:
            note = (DIS, g.c(["พิการทางการมองเห็น ขอข้อสอบอักษรเบรลล์", "หูหนวก ใช้ล่ามภาษามือ", "ออทิสติก ขอเวลาสอบเพิ่ม"]))
        rows += [(SID, g.student_id()), ";", (PER, p.th), ";", str(g.i(10, 40)), ";", str(g.i(15, 50)), ";", note, "\n"]
    return J("คิดเกรดจากคะแนนนี้ (A>=80) และบอกคนที่ต้องจัดสอบพิเศษ:\n", rows)


@tpl("university_scholarship")
def t_scholarship_essay_review(g: G) -> list[Part]:
    p = g.person("th")
    eth = g.c(["กะเหรี่ยง", "ปกาเกอะญอ", "ลาหู่", "อาข่า"])
    return F(
        "ช่วยแก้เรียงความขอทุนนี้ให้กระชับขึ้น ไม่เกิน 300 คำ\n\n"
        "ข้าพเจ้า<<p1>> รหัสนักศึกษา <<sid>> เป็น<<eth>>จากอำเภออมก๋อย "
        "ครอบครัว<<rel>> พ่อเป็นผู้ช่วยศาสนาจารย์ของหมู่บ้าน ข้าพเจ้าเป็นคนแรกในหมู่บ้านที่ได้เรียนมหาวิทยาลัย...\n",
        p1=(PER, p.tt + p.th), sid=(SID, g.student_id("dash")), eth=(ETH, f"ชาว{eth}"),
        rel=(REL, g.c(["นับถือศาสนาคริสต์", "เป็นคริสเตียน"])))


@tpl("university_discipline")
def t_discipline_committee_minutes(g: G) -> list[Part]:
    s = g.person()
    chair = g.person("th")
    return F(
        "ร่างหนังสือแจ้งผลการพิจารณาวินัยจากบันทึกนี้\n"
        "บันทึกการประชุมคณะกรรมการวินัยนักศึกษา ครั้งที่ 4/2569\nประธาน: <<ch>>\n"
        "วาระ 2: นศ. <<s1>> (<<sid>>) ทุจริตการสอบวิชา 01418112 "
        "ตรวจสอบพบว่า<<cri>> จึงมีมติพักการศึกษา 1 ภาค\n",
        ch=(PER, "ผศ.ดร." + chair.th), s1=(PER, s.th), sid=(SID, g.student_id()),
        cri=(CRI, g.c(["เคยถูกศาลพิพากษาจำคุกรอลงอาญาคดีลักทรัพย์", "มีประวัติถูกจับคดีพนันออนไลน์ปี 2567"])))


@tpl("school_chat")
def t_parent_teacher_line(g: G) -> list[Part]:
    kid = g.person("th")
    mom = g.person("th", male=False)
    nk = g.nick()
    return F(
        "ช่วยตอบข้อความผู้ปกครองแทนครูประจำชั้นอย่างสุภาพ\n"
        "แม่น้อง<<nk>>: ครูคะ น้อง<<nk2>> ป.3/2 เลขประจำตัว <<sid>> วันนี้ขอลาป่วยค่ะ\n"
        "แม่น้อง<<nk3>>: หมอบอกว่า<<h>> ต้องพ่นยา\n"
        "แม่น้อง<<nk4>>: ชื่อจริงน้อง<<kid>>นะคะ ถ้ามีอะไรโทรหาแม่ <<mom>> ที่ <<tel>>\n",
        nk=(PER, nk), nk2=(PER, nk), nk3=(PER, nk), nk4=(PER, nk), sid=(SID, g.student_id("school")),
        h=(HEA, g.c(["หอบหืดกำเริบ", "ไข้หวัดใหญ่สายพันธุ์เอ", "มือเท้าปาก"])), kid=(PER, "ด.ช." + kid.th if kid.male else "ด.ญ." + kid.th),
        mom=(PER, mom.th), tel=(TEL, g.phone()))


@tpl("university_email")
def t_thesis_advisor_email_en(g: G) -> list[Part]:
    s, adv = g.person(), g.person("latin")
    return F(
        "Make this email to my advisor sound more professional:\n\n"
        "hi prof <<adv>>,\nsorry i missed the deadline. my draft is attached. student id <<sid>>. "
        "can we meet thurs? my email <<mail>> if teams is down\n<<s>>\n",
        adv=(PER, adv.last_en), sid=(SID, g.student_id()), mail=(MAIL, g.email(s, "ku.ac.th" if g.p(0.3) else "gmail.com")),
        s=(PER, s.first_en))


@tpl("school_ocr")
def t_kindergarten_enrolment_ocr(g: G) -> list[Part]:
    kid, dad = g.person("malay"), g.person("malay", male=True)
    return F(
        "ข้อความจาก OCR ใบสมัครเรียนอนุบาล ( ช่องว่างผิดปกติ ) จัดรูปให้อ่านง่าย:\n"
        "ชื่อ นักเรียน   <<kid>>\nเลขประจำ ตัว ประชาชน  <<nid>>\n"
        "เกิด วันที่   <<dob>>\nศาสนา   <<rel>>\n"
        "ชื่อ บิดา  <<dad>>  อาชีพ ค้าขาย\nที่ อยู่  <<addr>>\n",
        kid=(PER, ("ด.ช. " if kid.male else "ด.ญ. ") + kid.th), nid=(NID, g.nid("thai")), dob=(DOB, g.dob("thai", 2021, 2023)),
        rel=(REL, "อิสลาม"), dad=(PER, dad.tt + dad.th), addr=(ADDR, g.address("thai")))


# === HR ===========================================================================================


@tpl("hr")
def t_hr_case_union_sick_leave(g: G) -> list[Part]:
    p = g.person("th")
    mgr = g.person("th")
    return F(
        "HR case file — draft a neutral reply to the manager's request to terminate.\n"
        "Employee: <<p1>> (EMP-<<emp>>), line leader, 9 yrs\n"
        "Manager <<m>> writes: \"ลาป่วยบ่อยเกินไป 14 วันใน 2 เดือน\"\n"
        "Medical certificates on file: <<h>>\n"
        "Note: employee is <<tu>> — termination may be challenged as union-busting.\n",
        p1=(PER, p.th), emp=g.dig(5), m=(PER, "คุณ" + mgr.first),
        h=(HEA, g.c(["กระดูกทับเส้นประสาท ต้องทำกายภาพ", "ไมเกรนเรื้อรัง", "ภาวะซึมเศร้า รักษาต่อเนื่อง"])),
        tu=(TU, g.c(["an elected committee member of the company labour union", f"เลขาธิการ{g.c(UNIONS_TH)}"])))


@tpl("hr_recruit")
def t_candidate_screening_yaml(g: G) -> list[Part]:
    p = g.person()
    return F(
        "ประเมินผู้สมัครจาก YAML นี้ ว่าผ่านเกณฑ์ตำแหน่ง Cashier ไหม (ห้ามใช้ศาสนาเป็นเกณฑ์)\n"
        "candidate:\n  name: \"<<p1>>\"\n  dob: <<dob>>\n  mobile: \"<<tel>>\"\n  email: <<mail>>\n"
        "  religion: <<rel>>\n  background_check: \"<<cri>>\"\n  applied_via: recruit@<<dom>>\n",
        p1=(PER, p.th), dob=(DOB, g.dob("iso")), tel=(TEL, g.phone("dash")), mail=(MAIL, g.email(p)),
        rel=(REL, g.c(["Buddhism", "Islam", "Christianity"])),
        cri=(CRI, g.c(["พบประวัติ คดีฉ้อโกง ปี 2563 ศาลพิพากษาจำคุก 1 ปี รอลงอาญา", "convicted: theft (2019), fined"])),
        dom=g.corp_domain())


@tpl("hr_payroll")
def t_payroll_sql_insert(g: G) -> list[Part]:
    rows: list[Part] = ["INSERT INTO payroll_2611 (emp_no, full_name, citizen_id, bank_acc, net_pay) VALUES\n"]
    for k in range(3):
        p = g.person()
        rows += [f"  ({g.i(1000, 9999)}, '", (PER, p.th), "', '", (NID, g.nid("plain")), "', '", (BANK, g.bank("plain")),
                 f"', {g.i(12000, 85000)}.00)", ",\n" if k < 2 else ";\n"]
    return J("This INSERT fails with `value too long for type character varying(10)`; which column?\n", rows)


@tpl("hr")
def t_accommodation_request_en(g: G) -> list[Part]:
    p = g.person(g.c(["malay", "latin", "th"]))
    return F(
        "Draft facilities' reply to this accommodation request.\n\n"
        "Employee <<p1>> (Finance, 12F) asks for: a desk near the lift because <<he>> is <<dis>>; "
        "and access to a quiet room at noon on Fridays, as <<he2>> is <<rel>> and prays Jumu'ah.\n",
        p1=(PER, p.en), he="he" if p.male else "she", he2="he" if p.male else "she",
        dis=(DIS, g.c(["a wheelchair user", "partially paralysed on the left side", "legally blind"])),
        rel=(REL, "a practising Muslim"))


@tpl("hr_payroll")
def t_union_dues_deduction_csv(g: G) -> list[Part]:
    union = g.c(UNIONS_TH)
    rows: list[Part] = ["emp_id,name,deduction_code,amount,remark\n"]
    for _ in range(3):
        p = g.person()
        rows += [f"E{g.dig(5)},", (PER, p.th), ",UNION01,", str(g.c([100, 150, 200])), ",", (TU, f"ค่าบำรุง{union}"), "\n"]
    return J("ตรวจไฟล์หักเงินเดือนนี้ ยอดรวมเท่าไร และมีแถวซ้ำไหม\n", rows)


@tpl("hr_vendor")
def t_background_check_vendor_json(g: G) -> list[Part]:
    p = g.person()
    return F(
        "Parse this vendor response and tell HR in one line if the hire can proceed.\n"
        '{"request_id":"BG-<<rid>>","subject":{"name":"<<p1>>","national_id":"<<nid>>"},'
        '"checks":[{"type":"criminal","status":"HIT","detail":"<<cri>>"},{"type":"education","status":"CLEAR"}]}',
        rid=g.dig(8), p1=(PER, p.th), nid=(NID, g.nid("plain")),
        cri=(CRI, g.c(["คดีทำร้ายร่างกาย ศาลจังหวัดพัทยา พ.ศ. 2565 จำคุก 6 เดือน", "drunk driving conviction 2022, licence suspended"])))


@tpl("hr_timeclock")
def t_fingerprint_timeclock_export(g: G) -> list[Part]:
    rows: list[Part] = ["No.\tName\tEnroll\tTemplate\tLast punch\n"]
    for k in range(3):
        p = g.person()
        tmpl = "TmpFP10:" + "".join(g.c("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(40)) + "=="
        rows += [f"{k + 1}\t", (PER, p.en), "\tFP\t", (BIO, tmpl), f"\t{g.ts()}\n"]
    return J("เครื่องสแกนนิ้ว export มาแบบนี้ ช่วยเขียน Python แยกคอลัมน์แล้วคำนวณเวลามาสาย (เข้างาน 08:30):\n", rows)


@tpl("hr_migrant")
def t_migrant_worker_registration(g: G) -> list[Part]:
    rows: list[Part] = ["| ชื่อ | เลขประจำตัว 13 หลัก | เชื้อชาติ | เบอร์โทร |\n|---|---|---|---|\n"]
    for _ in range(3):
        p = g.person("mm")
        rows += ["| ", (PER, p.th), " | ", (NID, g.nid_raw(g.c(["6", "7"]))), " | ",
                 (ETH, g.c(["ไทใหญ่", "พม่า", "กะเหรี่ยง", "มอญ"])), " | ", (TEL, g.phone("plain")), " |\n"]
    return J("แรงงาน MOU ล็อตนี้ ใครยังไม่มีเบอร์โทร ให้ทำรายชื่อส่งนายหน้า\n", rows)


@tpl("hr_exit")
def t_exit_interview_transcript(g: G) -> list[Part]:
    p, boss = g.person(), g.person("th")
    return F(
        "Exit interview (voice-to-text). Extract complaints, severity, names involved.\n"
        "HR: ช่วยเล่าเหตุผลที่ลาออกหน่อยค่ะ\n"
        "<<p1>>: คือ... หัวหน้า คุณ<<b>> เอาเรื่องที่ผม<<sex>>ไปพูดในกลุ่มไลน์ทีม ทั้งที่ผมไม่เคยบอกใคร\n"
        "HR: อืม ค่ะ\n"
        "<<p2>>: แล้วพอผมไปขอคำปรึกษา<<tu>> ก็โดนย้ายไปกะดึกเลย\n",
        p1=(PER, p.first), b=(PER, boss.first), sex=(SEX, g.c(["เป็นเกย์", "คบกับผู้ชาย", "เป็นไบ"])),
        p2=(PER, p.first), tu=(TU, "ประธานสหภาพแรงงาน"))


# === police, legal ================================================================================


@tpl("police")
def t_police_daily_report(g: G) -> list[Part]:
    p = g.person()
    return F(
        "เรียบเรียงบันทึกประจำวันนี้ให้เป็นภาษาราชการ\n"
        "ข้อ ๑ เวลา ๑๔.๓๐ น. <<p1>> เลขประจำตัวประชาชน <<nid>> โทร <<tel>> "
        "มาแจ้งว่ารถจักรยานยนต์ถูกรถยนต์เก๋งสีดำหมายเลขทะเบียน <<pl>> เฉี่ยวชนแล้วหลบหนี "
        "บริเวณหน้าตลาดสด จึงบันทึกไว้เป็นหลักฐาน\n",
        p1=(PER, p.tt + p.th), nid=(NID, g.nid("thai")), tel=(TEL, g.phone("thai")), pl=(PLATE, g.plate(True)))


@tpl("legal")
def t_court_judgment_summary(g: G) -> list[Part]:
    d1, d2 = g.person("th"), g.person()
    return F(
        "สรุปคำพิพากษาให้ลูกความเข้าใจ 5 บรรทัด\n"
        "คดีหมายเลขแดงที่ อ.<<no>>/2569 ศาลพิพากษาว่า จำเลยที่ 1 <<d1>> <<c1>> "
        "ส่วนจำเลยที่ 2 <<d2>> <<c2>>\n",
        no=g.dig(4), d1=(PER, d1.tt + d1.th), c1=(CRI, g.c(["มีความผิดฐานฉ้อโกงประชาชน จำคุก 3 ปี", "มีความผิดตาม พ.ร.บ.ยาเสพติด จำคุก 5 ปี"])),
        d2=(PER, d2.th), c2=(CRI, "ให้รอการลงโทษไว้ 2 ปี"))


@tpl("ngo_legal")
def t_legal_aid_intake_stateless(g: G) -> list[Part]:
    p = g.person(g.c(["malay", "mm"]))
    return F(
        "Legal aid intake. Write the list of documents this person still needs.\n"
        "Client: <<p1>>, approx. 30, <<eth>>, <<rel>>\n"
        "No Thai ID; arrived by boat 2017; detained 8 months at IDC.\n"
        "Contact via cousin's phone: <<tel>>\n",
        p1=(PER, p.en), eth=(ETH, "Rohingya" if p.kind == "malay" else g.c(["ethnic Karen", "Shan"])),
        rel=(REL, g.c(["Muslim", "Sunni Muslim"]) if p.kind == "malay" else g.c(["Christian", "Buddhist"])),
        tel=(TEL, g.phone("dash")))


@tpl("legal_en")
def t_drunk_driving_ticket_en(g: G) -> list[Part]:
    p = g.person("latin")
    return F(
        "My friend got this in Phuket, can you explain what it means and the fine?\n"
        "\"Driver <<p1>>, vehicle reg. <<pl>>, BAC 0.08%. Previous record: <<cri>>. Case forwarded to Phuket Provincial Court.\"\n",
        p1=(PER, p.en), pl=(PLATE, g.plate(True)), cri=(CRI, "convicted of drunk driving in 2024"))


@tpl("legal_email")
def t_lawyer_email_custody(g: G) -> list[Part]:
    c, sp, lw = g.person(male=False), g.person(male=True), g.person("th")
    dom = g.corp_domain()
    return F(
        "ร่างคำร้องขออำนาจปกครองบุตรจากอีเมลลูกความนี้\n\n"
        "From: <<c1>> <<<m1>>>\nTo: <<lw>> <<<m2>>>\n\n"
        "ทนายคะ สามี (<<sp>>) <<sex>> และไม่ค่อยกลับบ้าน ตอนนี้ดิฉันพาลูกย้ายมาอยู่ที่ <<addr>> แล้วค่ะ\n",
        c1=(PER, c.th), m1=(MAIL, g.email(c)), lw=(PER, lw.th), m2=(MAIL, g.email(lw, dom)), sp=(PER, sp.th),
        sex=(SEX, g.c(["มีความสัมพันธ์ทางเพศกับผู้หญิงอื่น", "ไปมีเพศสัมพันธ์กับพนักงานบริการ", "คบชู้"])), addr=(ADDR, g.address()))


@tpl("probation")
def t_probation_officer_notes(g: G) -> list[Part]:
    p = g.person("th", male=True)
    return F(
        "Turn these probation notes into a monthly report (Thai).\n"
        "- ผู้ถูกคุมความประพฤติ: <<p1>>\n- <<cri>>\n- ตรวจปัสสาวะ <<d>>: <<h>>\n"
        "- ติดต่อผ่านไลน์ <<line>> รายงานตัวตรงเวลา\n",
        p1=(PER, p.th), cri=(CRI, g.c(["ศาลรอการลงโทษคดีเสพยาเสพติด", "คุมประพฤติ 1 ปี คดีทำร้ายร่างกาย"])), d=g.day(),
        h=(HEA, g.c(["พบเมทแอมเฟตามีน", "ผลเป็นลบ แต่มีอาการซึมเศร้า กินยา Fluoxetine"])), line=(LINE, g.line_id(p)))


# === government forms ==============================================================================


@tpl("gov_ocr")
def t_disability_card_application_ocr(g: G) -> list[Part]:
    p = g.person("th")
    return F(
        "แปลงข้อความ OCR แบบคำขอมีบัตรประจำตัวคนพิการเป็น key: value\n"
        "คำ ขอ มี บัตร ประจำ ตัว คน พิการ\nข้าพเจ้า  <<p1>>\n"
        "เลข ประจำ ตัว ประชาชน  <<nid>>\n"
        "ประเภท ความ พิการ  <<dis>>\nที่ อยู่ ตาม ทะเบียน บ้าน  <<addr>>\n"
        "ผู้ ดูแล  <<cg>>  โทร <<tel>>\n",
        p1=(PER, p.tt + " " + p.th), nid=(NID, g.nid(g.c(["spaced", "dash"]))), dis=(DIS, g.c(DISAB_TH)),
        addr=(ADDR, g.address("full")), cg=(PER, g.person("th").th), tel=(TEL, g.phone("full")))


@tpl("gov_welfare")
def t_welfare_card_registration(g: G) -> list[Part]:
    p = g.person("th")
    return F(
        "Check eligibility for the state welfare card (income < 100,000 THB/yr, age >= 18).\n"
        "ชื่อ: <<p1>> | เลขบัตร: <<nid>> | วันเกิด: <<dob>> | รายได้ต่อปี: <<inc>> | "
        "บัญชีพร้อมเพย์/ธนาคาร: ธ.ก.ส. <<bank>>\n",
        p1=(PER, p.th), nid=(NID, g.nid()), dob=(DOB, g.dob("th_short")), inc=g.money(30000, 150000),
        bank=(BANK, g.bank("gsb")))


@tpl("gov_ocr")
def t_house_registration_move_ocr(g: G) -> list[Part]:
    a, b = g.person("cn"), g.person("cn")
    return F(
        "OCR from ท.ร.6 (แจ้งการย้ายที่อยู่) — list each person moving and their new address.\n"
        "ลำดับ ๑  <<a>>  เลขประจำตัว <<n1>>\nลำดับ ๒  <<b>>  เลขประจำตัว <<n2>>\n"
        "ย้ายไปอยู่บ้านเลขที่  <<addr>>\n",
        a=(PER, a.th), n1=(NID, g.nid("thai")), b=(PER, b.th), n2=(NID, g.nid("thai")), addr=(ADDR, g.address("thai")))


@tpl("gov_election")
def t_election_complaint(g: G) -> list[Part]:
    acc, comp = g.person("th"), g.person("th")
    party = g.c(PARTIES_TH)
    return F(
        "ช่วยเรียบเรียงคำร้องเรียนถึง กกต. จังหวัด ให้ชัดเจน\n"
        "ผมขอร้องเรียนว่า ผู้ใหญ่บ้าน<<a1>> <<pol>> และเอาเงินมาแจกชาวบ้านหมู่ 7 คืนก่อนเลือกตั้ง\n"
        "ผู้ร้อง <<c>> โทร <<tel>>\n",
        a1=(PER, acc.th), pol=(POL, g.c([f"เป็นหัวคะแนนของ{party}", f"เป็นสมาชิก{party}และออกหน้าหาเสียง"])),
        c=(PER, comp.th), tel=(TEL, g.phone()))


@tpl("gov_passport")
def t_passport_renewal_email(g: G) -> list[Part]:
    p = g.person("th")
    return F(
        "Translate to English for my employer's HR:\n\n"
        "เรียน <<p1>>\nกรมการกงสุลยืนยันนัดหมายต่ออายุหนังสือเดินทาง เล่มเดิมเลขที่ <<pp>> "
        "วันเกิดผู้ยื่น <<dob>> นัดวันที่ <<d>> ณ สำนักงานหนังสือเดินทางชั่วคราว\n"
        "ติดต่อ: <<mail>>\n",
        p1=(PER, p.tt + p.th), pp=(PP, g.passport()), dob=(DOB, g.dob("th_long")), d=g.day(), mail=(MAIL, g.email(p)))


@tpl("gov_land")
def t_land_transfer_form(g: G) -> list[Part]:
    s, b = g.person(), g.person()
    return F(
        "คำนวณค่าธรรมเนียมโอน 2% และภาษีเงินได้หัก ณ ที่จ่าย จากข้อมูลนี้ (ราคาประเมิน <<price>> บาท)\n"
        "ผู้โอน: <<s>> (<<n1>>)\nผู้รับโอน: <<b>> (<<n2>>)\n"
        "ที่ดินโฉนดเลขที่ <<deed>> ตั้งอยู่ที่ <<addr>>\n",
        price=g.money(800000, 9000000), s=(PER, s.th), n1=(NID, g.nid("dash")), b=(PER, b.th), n2=(NID, g.nid("dash")),
        deed=g.dig(5), addr=(ADDR, g.address("abbr")))


# === hotel, travel =================================================================================


@tpl("hotel")
def t_hotel_guest_register_csv(g: G) -> list[Part]:
    rows: list[Part] = ["room,guest,passport_or_id,nationality,mobile\n"]
    for _ in range(3):
        p = g.person(g.c(["th", "th", "latin"]))
        rows += [str(g.i(201, 1208)), ",", (PER, p.en), ",", (PP, g.passport()), ",", "THA",
                 ",", (TEL, g.phone("intl0")), "\n"]
    return J("ส่ง ตม.30 ไม่ทัน ช่วยจัดรูปแบบรายชื่อแขกคืนนี้ตามแบบฟอร์ม:\n", rows)


@tpl("travel")
def t_tour_booking_json(g: G) -> list[Part]:
    a, b = g.person("malay"), g.person("th")
    return F(
        "Build the rooming list and meal plan from this booking payload.\n"
        '{"booking":"TR-<<bk>>","pax":[{"name":"<<a>>","passport":"<<pa>>","meal":"<<rel>>"},'
        '{"name":"<<b>>","passport":"<<pb>>","assist":"<<dis>>"}],"tour":"Hokkaido 6D5N"}',
        bk=g.dig(6), a=(PER, a.en.upper()), pa=(PP, g.passport()), rel=(REL, "halal (Muslim)"),
        b=(PER, b.en.upper()), pb=(PP, g.passport()), dis=(DIS, g.c(["wheelchair, cannot walk stairs", "blind, travels with guide dog"])))


@tpl("travel_airline")
def t_airline_pnr_dump(g: G) -> list[Part]:
    a, b = g.person("th"), g.person("th")
    return F(
        "Decode this PNR for the customer in plain Thai.\n"
        " 1.1<<a>> 2.1<<b>>\n 1 TG 628 Y 12DEC BKKKIX HK2 2355 0720+1\n"
        "SSR DOCS TG HK1 P/THA/<<pa>>/THA/<<dob>>/<<sx>>/12MAR31/<<a2>>\n"
        "SSR WCHR TG HK1 /P2 <<dis>>\nCTCM <<tel>>\nCTCE <<mail>>\n",
        a=(PER, f"{a.last_en.upper()}/{a.first_en.upper()} {'MR' if a.male else 'MS'}"),
        b=(PER, f"{b.last_en.upper()}/{b.first_en.upper()} {'MR' if b.male else 'MS'}"),
        pa=(PP, g.passport()), dob=(DOB, g.dob("en_short").replace(" ", "")), sx="M" if a.male else "F",
        a2=(PER, f"{a.last_en.upper()}/{a.first_en.upper()}"),
        dis=(DIS, g.c(["PAX CANNOT WALK LONG DISTANCE - POST STROKE HEMIPLEGIA", "PAX BLIND"])),
        tel=(TEL, g.phone("intl0")), mail=(MAIL, g.email(a)))


@tpl("hotel_review")
def t_hotel_review_reply(g: G) -> list[Part]:
    p = g.person("latin")
    return F(
        "Write a warm reply to this TripAdvisor-style review and offer to follow up by email.\n"
        "Review by <<p1>> (stayed Nov 2026): \"Room 1503 smelled of smoke and the AC dripped. Staff were lovely though.\"\n"
        "Guest email from PMS: <<mail>>\nManager on duty: <<mgr>>\n",
        p1=(PER, p.en), mail=(MAIL, g.email(p)), mgr=(PER, g.person("th").en))


# === NGO ===========================================================================================


@tpl("ngo_health")
def t_ngo_hiv_outreach_report(g: G) -> list[Part]:
    a, b = g.person("th", male=True), g.person("th", male=True)
    na = g.nick()
    return F(
        "รายงานภาคสนามประจำสัปดาห์ ช่วยทำเป็นตารางสรุปจำนวนเคส (ห้ามเพิ่มข้อมูล)\n"
        "1) <<a>> (<<na>>) <<sa>> ตรวจ Anti-HIV ที่จุดบริการ ผล<<ha>> ส่งต่อเริ่มยา ARV\n"
        "2) <<b>> พนักงานบริการ<<sb>> ผล<<hb>> นัดตรวจซ้ำ 3 เดือน\n",
        a=(PER, a.th), na=(PER, "น้อง" + na), sa=(SEX, "MSM"), ha=(HEA, "reactive"),
        b=(PER, b.first), sb=(SEX, "ชายขายบริการทางเพศ"), hb=(HEA, g.c(["non-reactive แต่พบซิฟิลิส", "ติดเชื้อหนองใน"])))


@tpl("ngo_citizenship")
def t_hilltribe_citizenship_case(g: G) -> list[Part]:
    p = g.person("th")
    eth = g.c(["อาข่า", "ลาหู่", "ลีซู", "ม้ง"])
    return F(
        "ช่วยร่างหนังสือถึงนายอำเภอ ขอเร่งรัดการพิจารณาสัญชาติ\n"
        "ผู้ยื่น: <<p1>> <<eth>> เกิดบนดอย <<dob>> ถือบัตรเลข <<nid>> (บัตรบุคคลบนพื้นที่สูง)\n",
        p1=(PER, p.th), eth=(ETH, f"ชาติพันธุ์{eth}"), dob=(DOB, g.dob("th_long", 1985, 2005)), nid=(NID, g.nid_raw("6")))


@tpl("ngo_crm")
def t_donor_crm_export(g: G) -> list[Part]:
    rows: list[Part] = ["\"donor\";\"email\";\"card\";\"monthly\"\n"]
    for _ in range(3):
        p = g.person()
        rows += ['"', (PER, p.en), '";"', (MAIL, g.email(p)), '";"', (CC, g.card()), f'";"{g.c([200, 300, 500, 1000])}"\n']
    return J("Our card processor rejects these recurring donations; write a polite email template asking donors to update cards:\n",
             rows)


@tpl("ngo_refugee")
def t_refugee_camp_case_note(g: G) -> list[Part]:
    p = g.person("mm", male=True)
    return F(
        "Summarise for the resettlement interview (English).\n"
        "Case note — <<p1>>, Mae La camp.\n"
        "Client is <<eth>> and <<rel>>; <<he>> says he fled after <<pol>>. "
        "Brother still in Hpa-an.\n",
        p1=(PER, p.en), eth=(ETH, g.c(["Karen (Sgaw)", "Karenni", "Mon"])), rel=(REL, g.c(["Baptist Christian", "Christian", "Muslim"])),
        he="he", pol=(POL, g.c(["joining anti-junta protests in 2021", "being a member of the NLD youth wing"])))


# === developer tools, logs, stack traces ==========================================================


@tpl("dev_trace")
def t_python_traceback_user_repr(g: G) -> list[Part]:
    p = g.person()
    return F(
        "Why does this crash? Only started after the pydantic upgrade.\n"
        "Traceback (most recent call last):\n"
        '  File "/srv/app/notify/worker.py", line 88, in send_sms\n    msisdn = normalize(user.phone)\n'
        '  File "/srv/app/notify/phone.py", line 14, in normalize\n    raise ValueError(f"bad msisdn for {user!r}")\n'
        "ValueError: bad msisdn for User(id=<<uid>>, name='<<p1>>', email='<<mail>>', phone='<<tel>>')\n",
        uid=g.dig(6), p1=(PER, p.en), mail=(MAIL, g.email(p)), tel=(TEL, g.phone(g.c(["dash", "space"]))))


@tpl("dev_db")
def t_psql_output_customers(g: G) -> list[Part]:
    rows: list[Part] = [" id  |        full_name         |  national_id  |    dob\n-----+--------------------------+---------------+------------\n"]
    for _ in range(3):
        p = g.person()
        rows += [f" {g.i(100, 999)} | ", (PER, p.th), " | ", (NID, g.nid("plain")), " | ", (DOB, g.dob("iso")), "\n"]
    rows.append("(3 rows)\n")
    return J("psql> SELECT id, full_name, national_id, dob FROM customers WHERE dob IS NULL OR length(national_id) <> 13;\n"
             "This returned rows that look fine to me. What's wrong with my WHERE?\n", rows)


@tpl("dev_logs")
def t_nginx_access_log_email_param(g: G) -> list[Part]:
    lines: list[Part] = []
    for _ in range(3):
        p = g.person()
        lines += [(IP, g.ip()), f' - - [{g.i(1, 28):02d}/Nov/2026:{g.i(0, 23):02d}:{g.i(10, 59)}:{g.i(10, 59)} +0700] '
                  '"GET /api/v2/reset-password?email=', (MAIL, g.email(p)), f'&lang=th HTTP/1.1" {g.c([200, 429, 500])} '
                  f'{g.i(120, 900)} "-" "okhttp/4.12.0"\n']
    return J("Write a regex to find brute force on the reset endpoint in lines like:\n", lines)


@tpl("dev_sentry")
def t_sentry_event_json(g: G) -> list[Part]:
    p = g.person()
    return F(
        "Group this Sentry event with similar ones? What's the root cause?\n"
        '{"event_id":"<<eid>>","level":"error","message":"AddressValidationError: postcode mismatch",'
        '"user":{"id":"u_<<uid>>","ip_address":"<<ip>>","email":"<<mail>>","username":"<<p1>>"},'
        '"extra":{"shipping_address":"<<addr>>"},"release":"checkout@4.18.2"}',
        eid=g.fen.sha1()[:32], uid=g.dig(7), ip=(IP, g.ip()), mail=(MAIL, g.email(p)), p1=(PER, p.th), addr=(ADDR, g.address()))


@tpl("dev_graphql")
def t_graphql_escaped_variables(g: G) -> list[Part]:
    p = g.person()
    return F(
        "The gateway logs the upstream request as an escaped string. Why does the resolver say 'card invalid'?\n"
        '{"level":"warn","msg":"upstream 400","body":"{\\"query\\":\\"mutation Pay($in: PayInput!){pay(input:$in){ok}}\\",'
        '\\"variables\\":{\\"in\\":{\\"holder\\":\\"<<p1>>\\",\\"pan\\":\\"<<cc>>\\",\\"exp\\":\\"11/28\\",'
        '\\"phone\\":\\"<<tel>>\\"}}}"}',
        p1=(PER, p.en), cc=(CC, g.card("plain")), tel=(TEL, g.phone("intl0")))


@tpl("dev_kafka")
def t_kafka_consumer_dump_patient(g: G) -> list[Part]:
    p = g.person()
    return F(
        "Consumer lag exploded after this message; is the payload malformed?\n"
        "topic=his.admissions partition=3 offset=<<off>>\n"
        "key=<<hn>>\nvalue={\"hn\":\"<<hn2>>\",\"patient\":\"<<p1>>\",\"ward\":\"MED3\",\"dx\":\"<<dx>>\",\"allergy\":\"<<al>>\"\n",
        off=g.dig(7), hn=(MRN, "HN" + g.hn("plain")), hn2=(MRN, g.hn("plain")), p1=(PER, p.th),
        dx=(HEA, g.c(["Acute MI", "Sepsis from UTI", "DKA", "Stroke, left MCA"])), al=(HEA, g.c(["penicillin", "sulfa", "NSAIDs"])))


@tpl("dev_ticket")
def t_jira_bug_with_customer(g: G) -> list[Part]:
    rep, cust = g.person("th"), g.person()
    return F(
        "Rewrite this Jira ticket so it has clear repro steps and expected/actual.\n"
        "PAY-<<tk>> | Reporter: <<rep>>\n"
        "ลูกค้า <<c>> (บัตร <<nid>>) กดสมัคร e-Wallet แล้วขึ้น 'ID already used' ทั้งที่ไม่เคยสมัคร "
        "log จาก client IP <<ip>> เวลา 10:42\n",
        tk=g.dig(4), rep=(PER, rep.en), c=(PER, cust.th), nid=(NID, g.nid()), ip=(IP, g.ip()))


@tpl("dev_fixture")
def t_unit_test_fixture_prod_copy(g: G) -> list[Part]:
    a, b = g.person(), g.person()
    return F(
        "Someone copied prod rows into our pytest fixture; rewrite it with fake data that keeps the same shapes:\n"
        "```python\nOWNERS = [\n"
        "    {\"name\": \"<<a>>\", \"cid\": \"<<na>>\", \"plate\": \"<<pa>>\"},\n"
        "    {\"name\": \"<<b>>\", \"cid\": \"<<nb>>\", \"plate\": \"<<pb>>\"},\n]\n```",
        a=(PER, a.th), na=(NID, g.nid("plain")), pa=(PLATE, g.plate(False)), b=(PER, b.th), nb=(NID, g.nid("plain")),
        pb=(PLATE, g.plate(True)))


@tpl("dev_biometric")
def t_face_match_api_log(g: G) -> list[Part]:
    p = g.person()
    emb = ",".join(f"{g.r.uniform(-0.3, 0.3):.3f}" for _ in range(8))
    return F(
        "Our face-match service returns score 0.41 for the same person. Debug from this log:\n"
        "DEBUG match req=<<rq>> subject=\"<<p1>>\" cid=<<nid>>\n"
        "DEBUG probe_embedding=[<<emb>>,...] (512-d)\n"
        "DEBUG gallery_template=<<tmpl>>\n",
        rq=g.fen.uuid4(), p1=(PER, p.en), nid=(NID, g.nid("plain")), emb=(BIO, emb),
        tmpl=(BIO, "FACEv3:" + "".join(g.c("0123456789abcdef") for _ in range(48))))


@tpl("dev_access")
def t_door_access_log(g: G) -> list[Part]:
    a, b = g.person(), g.person()
    return F(
        "มีคนเข้าห้อง server ตอนตีสอง ช่วยอ่าน log ว่าใคร\n"
        "02:07:13 DOOR=SRV-1 USER=\"<<a>>\" METHOD=face+card RESULT=GRANTED <<ba>>\n"
        "02:09:40 DOOR=SRV-1 USER=\"<<b>>\" METHOD=fingerprint RESULT=DENIED <<bb>>\n",
        a=(PER, a.en), ba=(BIO, f"face_vec_hash={g.fen.sha1()[:20]}"), b=(PER, b.en),
        bb=(BIO, f"minutiae_template=FMR:{g.dig(12)}"))


@tpl("callcentre_voicebio")
def t_voiceprint_enrolment_record(g: G) -> list[Part]:
    p = g.person("th")
    return F(
        "Is this enrolment record compliant with our consent policy? Record:\n"
        "customer: <<p1>>\nmsisdn: <<tel>>\nconsent_voice_biometric: true (IVR, <<d>>)\n"
        "voiceprint: <<bio>>\nchannel: contact centre\n",
        p1=(PER, p.th), tel=(TEL, g.phone("plain")), d=g.day(),
        bio=(BIO, f"vp_v2:{''.join(g.c('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(36))}"))


@tpl("consumer_dna")
def t_dna_ancestry_raw_export(g: G) -> list[Part]:
    p = g.person()
    return F(
        "I downloaded my raw DNA file. What do these lines say about me? (account <<mail>>, <<p1>>)\n"
        "# rsid\tchromosome\tposition\tgenotype\n<<g1>>\n<<g2>>\n<<g3>>\n",
        mail=(MAIL, g.email(p)), p1=(PER, p.en), g1=(GEN, f"rs429358\t19\t44908684\t{g.c(['CT', 'CC', 'TT'])}"),
        g2=(GEN, f"rs7412\t19\t44908822\t{g.c(['CC', 'CT'])}"), g3=(GEN, f"rs1801133\t1\t11796321\t{g.c(['AG', 'GG', 'AA'])}"))


# === RAG context chunks ===========================================================================


@tpl("rag_hr")
def t_rag_policy_plus_case(g: G) -> list[Part]:
    p = g.person("th")
    return F(
        "Answer the question using ONLY the context.\n\n"
        "<context>\n[doc 1] ระเบียบการลาป่วย: ลาป่วยเกิน 3 วันต้องมีใบรับรองแพทย์ ลาได้ไม่เกิน 30 วันทำงานต่อปีโดยได้รับค่าจ้าง\n"
        "[doc 2] บันทึกเคส 2026-114: <<p1>> แผนกคลังสินค้า ลาป่วยสะสม 41 วัน เนื่องจาก<<h>> "
        "ผู้ร้องเป็น<<tu>> ขอให้นายจ้างพิจารณาย้ายงานเบา\n</context>\n"
        "Question: ต้องหักค่าจ้างพนักงานคนนี้กี่วัน",
        p1=(PER, p.th), h=(HEA, g.c(["ผ่าตัดหมอนรองกระดูก", "มะเร็งลำไส้ระยะที่ 3 ให้เคมีบำบัด", "วัณโรคปอด"])),
        tu=(TU, g.c(["สมาชิกสหภาพแรงงาน", "ผู้แทนสหภาพในคณะกรรมการสวัสดิการ"])))


@tpl("rag_crm")
def t_rag_crm_notes(g: G) -> list[Part]:
    a, b, c = g.person(), g.person(), g.person()
    return F(
        "System: You are a sales copilot. Use the retrieved CRM notes.\n"
        "### Retrieved (top 3)\n"
        "1. <<a>> — สนใจแพ็กเกจองค์กร โทรกลับ <<ta>> หลังบ่ายสอง\n"
        "2. <<b>> — ขอใบเสนอราคาทางอีเมล <<mb>>; ติดต่อทางไลน์ <<lb>> ได้\n"
        "3. <<c>> — ยกเลิกสัญญาแล้ว อย่าติดต่ออีก\n"
        "### User\nใครควรโทรหาก่อน และพูดว่าอะไร",
        a=(PER, a.th), ta=(TEL, g.phone()), b=(PER, b.en), mb=(MAIL, g.email(b)), lb=(LINE, g.line_id(b)), c=(PER, c.th))


@tpl("rag_news")
def t_rag_news_politicians(g: G) -> list[Part]:
    a, b = g.person("th", male=True), g.person("th")
    p1, p2 = g.sample(PARTIES_TH, 2)
    return F(
        "Using the news snippets below, write a neutral 3-sentence summary.\n"
        "[snippet 1] นาย<<a>> อดีตนายกเทศมนตรี <<pa>> และประกาศลงสมัคร ส.ส. เขต 3\n"
        "[snippet 2] <<b>> นักกิจกรรม <<pb>> กล่าวบนเวทีปราศรัยเมื่อคืนวันศุกร์\n",
        a=(PER, a.th), pa=(POL, f"ย้ายไปสังกัด{p1}"), b=(PER, b.th),
        pb=(POL, g.c(["ประกาศสนับสนุนการแก้ไขมาตรา 112", f"ประกาศตัวเป็นแนวร่วม{p2}"])))


@tpl("rag_forum")
def t_rag_patient_forum_posts(g: G) -> list[Part]:
    a, b = g.person("th", male=False), g.person("malay")
    return F(
        "context chunks from the patient forum (retrieved):\n"
        "— โพสต์โดย <<a>>: ตัวเองเป็น<<ha>>มา 5 ปี ใช้ยา <<ma>> แล้วน้ำหนักขึ้น มีใครเป็นบ้าง\n"
        "— ตอบโดย <<b>>: ผม<<rb>> ช่วงถือศีลอดต้องปรับเวลากินยาตามหมอสั่ง\n"
        "query: ถือศีลอดแล้วต้องปรับยาเบาหวานยังไง",
        a=(PER, a.th), ha=(HEA, g.c(["เบาหวาน", "ไบโพลาร์", "ไทรอยด์"])), ma=(HEA, g.c(MEDS)),
        b=(PER, b.th), rb=(REL, "เป็นมุสลิม"))


@tpl("rag_legal")
def t_rag_supreme_court_precedents(g: G) -> list[Part]:
    a, b = g.person(), g.person()
    return F(
        "ใช้ฎีกาที่ค้นมาตอบว่ากรณีลูกความเข้าข่ายรอลงอาญาได้ไหม\n"
        "[ฎีกาที่ <<n1>>/2565] จำเลย <<a>> <<ca>> ศาลเห็นว่าไม่มีเหตุรอการลงโทษ\n"
        "[ฎีกาที่ <<n2>>/2567] จำเลย <<b>> <<cb>> ศาลรอการลงโทษเพราะเป็นความผิดครั้งแรก\n",
        n1=g.dig(4), a=(PER, a.th), ca=(CRI, "เคยต้องโทษจำคุกคดียาเสพติดมาก่อน"), n2=g.dig(4), b=(PER, b.th),
        cb=(CRI, g.c(["ถูกพิพากษาจำคุก 1 ปี ฐานยักยอกทรัพย์", "ต้องคำพิพากษาฐานรับของโจร"])))


@tpl("rag_alumni")
def t_rag_alumni_directory(g: G) -> list[Part]:
    parts: list[Part] = ["Retrieved from alumni directory (vector search, k=3):\n"]
    for _ in range(3):
        p = g.person()
        parts += ["- ", (PER, p.en), " | รหัส ", (SID, g.student_id()), " | ", (MAIL, g.email(p)), " | ", (TEL, g.phone()), "\n"]
    parts.append("Task: draft an invitation to the 20th reunion dinner; address each by first name.")
    return parts


# === agent tool calls =============================================================================


@tpl("agent_tool")
def t_agent_crm_update_call(g: G) -> list[Part]:
    p = g.person()
    return F(
        "Assistant tool call (please execute and confirm):\n"
        '{"type":"function","function":{"name":"crm_upsert_contact","arguments":"{\\"full_name\\": \\"<<p1>>\\", '
        '\\"mobile\\": \\"<<tel>>\\", \\"email\\": \\"<<mail>>\\", \\"address\\": \\"<<addr>>\\", \\"source\\": \\"booth-expo\\"}"}}',
        p1=(PER, p.th), tel=(TEL, g.phone("dash")), mail=(MAIL, g.email(p)), addr=(ADDR, g.address()))


@tpl("agent_tool")
def t_agent_vehicle_lookup_result(g: G) -> list[Part]:
    p = g.person()
    pl = g.plate(True)
    return F(
        "tool_result (dlt_lookup):\n"
        "plate: <<pl>>\nowner: <<p1>>\nowner_id: <<nid>>\nregistered_address: <<addr>>\n"
        "user: ok ส่งหนังสือเตือนค่าปรับจอดผิดที่ให้เจ้าของรถคันนี้ ร่างให้หน่อย",
        pl=(PLATE, pl), p1=(PER, p.tt + p.th), nid=(NID, g.nid()), addr=(ADDR, g.address()))


@tpl("agent_tool")
def t_agent_calendar_invite(g: G) -> list[Part]:
    p = g.person()
    dr = g.person("th")
    return F(
        'Planner output:\n{"action":"calendar.create","title":"นัด<<dr>> — <<h>>",'
        '"attendees":["<<m1>>","<<m2>>"],"start":"<<ts>>","notes":"งดน้ำงดอาหาร 8 ชม."}\n'
        "Confirm with the user in one sentence before executing.",
        dr=(PER, "หมอ" + dr.first), h=(HEA, g.c(["ตรวจติดตามผลเลือด HIV", "ส่องกล้องลำไส้ ติดตามติ่งเนื้อ", "ฟังผลชิ้นเนื้อมะเร็ง"])),
        m1=(MAIL, g.email(p)), m2=(MAIL, g.email(dr, "bangkokcare.co.th")), ts=g.ts())


@tpl("agent_email")
def t_agent_leave_request_eid(g: G) -> list[Part]:
    p = g.person("malay")
    mgr = g.person("th")
    return F(
        "Draft an email from <<p1>> to <<m>> (<<mm>>) asking for 3 days' leave for Hari Raya; "
        "mention that as <<rel>> <<he>> will also fast during Ramadan and would like to leave at 17:00. Sign as <<p2>>.",
        p1=(PER, p.en), m=(PER, mgr.en), mm=(MAIL, g.email(mgr, g.corp_domain())), rel=(REL, "a Muslim"),
        he="he" if p.male else "she", p2=(PER, p.first_en))


@tpl("agent_payload")
def t_chat_payload_bio_writing(g: G) -> list[Part]:
    p = g.person("th")
    return F(
        '{"model":"gpt-4.1-mini","messages":[{"role":"user","content":"เขียนประวัติย่อวิทยากรให้หน่อย: <<p1>> เกิด <<dob>> '
        'เป็น<<eth>>จากเชียงราย จบป.โทมานุษยวิทยา ทำงานเรื่องสิทธิที่ดินชนเผ่า"}],"temperature":0.4}',
        p1=(PER, p.th), dob=(DOB, g.dob("th_short")), eth=(ETH, g.c(["ชาวม้ง", "ชาวอาข่า", "ชาวเมี่ยน", "ชาวลีซู"])))


# === misc ==========================================================================================


@tpl("car_rental_ocr")
def t_car_rental_contract_ocr(g: G) -> list[Part]:
    p = g.person(g.c(["th", "latin"]))
    return F(
        "Extract renter details from this scanned contract (OCR):\n"
        "RENTAL AGREEMENT No. CR-<<no>>\nRenter: <<p1>>   Passport/ID: <<pp>>\n"
        "Vehicle: Toyota Yaris Ativ  Plate: <<pl>>\nDeposit card: <<cc>>   Auth code 0<<auth>>\n",
        no=g.dig(5), p1=(PER, p.en), pp=(PP, g.passport()), pl=(PLATE, g.plate(True)), cc=(CC, g.card("dash")), auth=g.dig(5))


@tpl("condo")
def t_condo_parking_resident_list(g: G) -> list[Part]:
    comp = "นิติบุคคลอาคารชุด " + g.c(["เดอะ ริเวอร์ไซด์", "ลุมพินี ปาร์ค", "ศุภาลัย วิสต้า"])
    rows: list[Part] = [comp, " (เลขทะเบียน ", (JUR, g.juristic()), ")\nห้อง | ผู้พักอาศัย | ทะเบียนรถ\n"]
    for _ in range(3):
        p = g.person()
        rows += [f"{g.i(2, 32)}{g.i(1, 40):02d} | ", (PER, p.th), " | ", (PLATE, g.plate()), "\n"]
    return J("ช่วยเขียนประกาศแจ้งเจ้าของรถที่จอดเกินสิทธิ์ตามรายชื่อนี้\n", rows)


@tpl("b2b_invoice")
def t_vendor_invoice_dispute(g: G) -> list[Part]:
    p = g.person("th")
    dom = g.corp_domain()
    return F(
        "Reply to the supplier about the duplicated invoice.\n"
        "Supplier: <<c1>> TAX ID <<j1>>\nBuyer: <<c2>> TAX ID <<j2>>\n"
        "Invoice IV<<iv>> billed twice (<<amt>> THB).\n"
        "Contact: <<p1>> <<mail>> / <<tel>> (accounting: ap@<<dom>>)\n",
        c1=g.company(), j1=(JUR, g.juristic()), c2=g.company(), j2=(JUR, g.juristic("dash")), iv=g.dig(8),
        amt=g.money(10000, 500000), p1=(PER, p.en), mail=(MAIL, g.email(p, dom)), tel=(TEL, g.phone()), dom=dom)


@tpl("fitness")
def t_gym_parq_signup(g: G) -> list[Part]:
    p = g.person()
    return F(
        "Our trainer needs a safe first-week program for this new member:\n"
        "member: <<p1>> | card on file: <<cc>> | PAR-Q: \"<<h>>\" | goal: lose 8 kg\n",
        p1=(PER, p.en), cc=(CC, g.card("space")),
        h=(HEA, g.c(["had a heart bypass in 2023, on aspirin", "asthma, uses inhaler before exercise", "knee replacement (left)"])))


@tpl("dating_app")
def t_dating_app_moderation(g: G) -> list[Part]:
    p = g.person()
    return F(
        "Moderation queue: does this profile violate 'no contact info in bio'? Suggest action.\n"
        "profile_name: <<p1>>\nbio: \"<<sex>> หาคนคุยจริงจัง แอดไลน์ <<line>> หรือโทร <<tel>>\"\n",
        p1=(PER, p.first), sex=(SEX, g.c(["เกย์ 28 ปี", "เลสเบี้ยน สายหวาน", "ไบ ชอบทั้งชายและหญิง"])),
        line=(LINE, g.line_id(p)), tel=(TEL, g.phone("plain")))


@tpl("funeral")
def t_funeral_arrangement(g: G) -> list[Part]:
    d, s = g.person("malay"), g.person("malay")
    return F(
        "ช่วยเขียนข้อความแจ้งข่าวในกลุ่มไลน์ครอบครัว\n"
        "<<d>> เสียชีวิตเมื่อเช้า จะฝังตาม<<rel>>ภายในวันนี้ที่กุโบร์บ้านท่าเรือ ติดต่อ<<s>> <<tel>>\n",
        d=(PER, d.th), rel=(REL, "หลักศาสนาอิสลาม"), s=(PER, s.th), tel=(TEL, g.phone()))


@tpl("political_party")
def t_party_volunteer_signup(g: G) -> list[Part]:
    party = g.c(PARTIES_TH)
    rows: list[Part] = [f"ใบลงชื่ออาสาสมัคร {party} เขต {g.i(1, 9)}\n"]
    for _ in range(3):
        p = g.person("th")
        rows += ["- ", (PER, p.th), " ", (TEL, g.phone("dash")), " ", (POL, g.c(["สมาชิกพรรค", "สมัครเป็นสมาชิกพรรคแล้ว", "ผู้สนับสนุนพรรค"])), "\n"]
    return J("จัดกะอาสาสมัครแจกใบปลิวเสาร์-อาทิตย์นี้ จากใบลงชื่อนี้\n", rows)


@tpl("journalism")
def t_journalist_source_notes(g: G) -> list[Part]:
    p = g.person("th", male=True)
    return F(
        "Turn my interview notes into a 150-word news brief, do NOT name the source.\n"
        "source: <<p1>> (<<tel>>)\n- <<tu>>\n- <<pol>>\n- says 300 workers will strike Monday\n",
        p1=(PER, p.th), tel=(TEL, g.phone()), tu=(TU, g.c(["leads the electronics workers' union at Navanakorn", "union committee member since 2019"])),
        pol=(POL, g.c(["openly backs the opposition People's Party", "says he votes for whoever scraps lese-majeste"])))


@tpl("union")
def t_strike_meeting_minutes(g: G) -> list[Part]:
    a, b, c = g.person("th"), g.person("th"), g.person("th")
    union = g.c(UNIONS_TH)
    return F(
        "สรุปมติที่ประชุมเป็น 3 bullet\nรายงานการประชุม<<u>>\n"
        "ผู้เข้าประชุม: <<a>> (ประธาน), <<b>> (เหรัญญิก), <<c>> (กรรมการ)\n"
        "มติ: ยื่นข้อเรียกร้องโบนัส 2.5 เดือน หากไม่ตอบภายใน 7 วันจะนัดหยุดงาน\n",
        u=(TU, union), a=(PER, a.th), b=(PER, b.th), c=(PER, c.th))


@tpl("union_petition")
def t_bus_driver_union_petition_en(g: G) -> list[Part]:
    a, b = g.person("th"), g.person("th")
    return F(
        "Proofread this petition (English) before we send it to the transport authority:\n"
        "We, <<a>> and <<b>>, <<tu>>, request a review of the 12-hour shift rule. "
        "Contact: <<mail>>.\n",
        a=(PER, a.en), b=(PER, b.en), tu=(TU, g.c(["members of the BMTA Bus Workers' Union", "on behalf of the Bus Drivers' Labour Union"])),
        mail=(MAIL, g.email(a)))


@tpl("clinic_sms")
def t_sexual_health_clinic_sms(g: G) -> list[Part]:
    p = g.person()
    return F(
        "SMS นี้ส่งออกไปแล้ว เนื้อหาเหมาะสมไหม ควรแก้ยังไง\n"
        "\"คุณ<<p1>> HN <<hn>> ผลตรวจ<<h>>ของท่านพร้อมแล้ว กรุณามารับยาที่คลินิกนิรนาม ชั้น 2 "
        "(นัดเนื่องจาก<<sex>>)\"\n",
        p1=(PER, p.first), hn=(MRN, g.hn()), h=(HEA, g.c(["หนองในเทียม", "ซิฟิลิส", "เริมที่อวัยวะเพศ"])),
        sex=(SEX, g.c(["มีเพศสัมพันธ์โดยไม่ป้องกัน", "มีคู่นอนหลายคน"])))


@tpl("survey")
def t_ethnicity_survey_response(g: G) -> list[Part]:
    p = g.person("th")
    return F(
        "Code this open-ended survey response (themes: language, discrimination, land).\n"
        "Respondent #<<r>>: <<p1>>, <<addr>>\n"
        "\"ฉัน<<eth>> ที่บ้านพูดภาษาของเรา ลูกไปโรงเรียนโดนล้อว่าเป็นคนดอย\"\n",
        r=g.dig(4), p1=(PER, p.th), addr=(ADDR, g.address("abbr")), eth=(ETH, f"เป็นคน{g.c(['ม้ง', 'ลีซู', 'ลาหู่', 'ไทลื้อ'])}"))


@tpl("prison")
def t_prison_visit_booking(g: G) -> list[Part]:
    inm, vis = g.person("th", male=True), g.person()
    return F(
        "จองเยี่ยมญาติออนไลน์ไม่ผ่าน ช่วยดูว่ากรอกอะไรผิด\n"
        "ผู้ต้องขัง: <<i>> แดน 4 <<cri>>\nผู้เยี่ยม: <<v>> เลขบัตร <<nid>> โทร <<tel>> ความสัมพันธ์: ภรรยา\n",
        i=(PER, inm.th), cri=(CRI, g.c(["คดีลักทรัพย์ โทษ 3 ปี", "คดีพยายามฆ่า โทษ 12 ปี", "คดียาเสพติด โทษ 8 ปี"])),
        v=(PER, vis.th), nid=(NID, g.nid()), tel=(TEL, g.phone()))


@tpl("immigration")
def t_autogate_kiosk_log(g: G) -> list[Part]:
    p = g.person("th")
    return F(
        "Autogate rejected this traveller twice. Why?\n"
        "kiosk=DMK-AG07 doc=<<pp>> name=<<p1>> face_score=0.38 <<bio>> fp_match=<<bio2>>\n",
        pp=(PP, g.passport()), p1=(PER, f"{p.last_en.upper()} {p.first_en.upper()}"),
        bio=(BIO, f"face_template_id=FT{g.dig(10)}"), bio2=(BIO, f"R-index minutiae {g.i(21, 48)} pts"))


@tpl("ekyc")
def t_ekyc_liveness_payload(g: G) -> list[Part]:
    p = g.person()
    b64 = "".join(g.c("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(44))
    return F(
        "Explain this NDID response to a junior dev:\n"
        "id_number: <<nid>>\nfull_name: <<p1>>\nbirth_date: <<dob>>\nliveness: PASS\nface_template_b64: <<bio>>\n",
        nid=(NID, g.nid("plain")), p1=(PER, p.th), dob=(DOB, g.dob("slash_be")), bio=(BIO, b64 + "=="))


@tpl("dna_lab")
def t_paternity_test_email(g: G) -> list[Part]:
    f, c = g.person("th", male=True), g.person("th")
    return F(
        "ช่วยเขียนอีเมลแจ้งผลให้ลูกค้าแบบสุภาพและไม่ตัดสิน\n"
        "ผลตรวจ: <<gen>> ระหว่าง<<f>> (ผู้อ้างเป็นบิดา) และ<<c>> (บุตร)\nส่งถึง <<mail>>\n",
        gen=(GEN, g.c(["DNA ไม่ตรงกัน 7 จาก 24 ตำแหน่ง STR (ตัดความเป็นบิดา)", "Combined Paternity Index 1.2x10^8 ความน่าจะเป็น 99.99%"])),
        f=(PER, f.th), c=(PER, c.th), mail=(MAIL, g.email(f)))


@tpl("special_ed")
def t_iep_special_education(g: G) -> list[Part]:
    s, par = g.person("th"), g.person("th", male=False)
    return F(
        "เขียนแผนการศึกษาเฉพาะบุคคล (IEP) ภาคเรียนที่ 2 จากข้อมูลนี้\n"
        "นักเรียน: <<s>> เลขประจำตัว <<sid>> ชั้น ป.5\nประเภทความพิการ: <<dis>>\n"
        "ยาที่ใช้: <<h>>\nผู้ปกครอง: <<par>>\n",
        s=(PER, s.th), sid=(SID, g.student_id("school")), dis=(DIS, g.c(["บกพร่องทางการเรียนรู้ (LD)", "ออทิสติก", "สมาธิสั้น (ADHD) ร่วมกับ LD"])),
        h=(HEA, g.c(["Methylphenidate 10 mg เช้า", "Risperidone 0.5 mg ก่อนนอน"])), par=(PER, par.th))


@tpl("bank_alert")
def t_mobile_banking_login_alert(g: G) -> list[Part]:
    p = g.person()
    return F(
        "ลูกค้าถามว่าแจ้งเตือนนี้คืออะไร ต้องทำอะไรต่อ ตอบสั้นๆ\n"
        "\"เรียน คุณ<<p1>> มีการเข้าสู่ระบบจากอุปกรณ์ใหม่ (Android, IP <<ip>>) เวลา 02:14 "
        "หากไม่ใช่คุณ โทร 1333 หรือกดระงับบัญชีในแอป\" — ส่งไปที่ <<tel>>\n",
        p1=(PER, p.th), ip=(IP, g.ip()), tel=(TEL, g.phone("plain")))


@tpl("school_transport")
def t_school_bus_roster_md(g: G) -> list[Part]:
    rows: list[Part] = ["| เลขประจำตัว | ชื่อ | จุดรับ | เบอร์ผู้ปกครอง |\n|---|---|---|---|\n"]
    for _ in range(3):
        p = g.person("th")
        rows += ["| ", (SID, g.student_id("school")), " | ", (PER, p.first), " | ", (ADDR, g.address(g.c(["bkk", "abbr"]))),
                 " | ", (TEL, g.phone("dash")), " |\n"]
    return J("จัดเส้นทางรถรับส่งนักเรียนให้สั้นที่สุดจากตารางนี้\n", rows)


# === hard negatives: s.26 vocabulary about nobody ================================================


@tpl("hospital_marketing", hard=HEA)
def t_neg_checkup_package_prices(g: G) -> list[Part]:
    return F(
        "ช่วยเขียนโพสต์เฟซบุ๊กโปรโมตแพ็กเกจตรวจสุขภาพ จากตารางราคานี้\n"
        "| แพ็กเกจ | รายการ | ราคา |\n|---|---|---|\n"
        "| Basic | FBS, HbA1c คัดกรองเบาหวาน, ไขมัน | <<a>> |\n"
        "| Heart | EKG, Echo, คัดกรองความดันโลหิตสูง | <<b>> |\n"
        "| Sexual health | Anti-HIV, VDRL ซิฟิลิส, หนองใน | <<c>> |\n"
        "รหัสโปรโมชัน: HC<<code>> ใช้ได้ถึงสิ้นเดือน\n",
        a=g.money(990, 2500), b=g.money(3500, 8000), c=g.money(1200, 3900), code=g.dig(4))


@tpl("public_health_news", hard=HEA)
def t_neg_diabetes_statistics_news(g: G) -> list[Part]:
    return F(
        "Summarise this news item in English, 2 sentences.\n"
        "กรมควบคุมโรครายงานว่า ปี 2568 คนไทยป่วยเป็นโรคเบาหวานราว <<n>> ล้านคน และเป็นความดันโลหิตสูงกว่า 14 ล้านคน "
        "ผู้ป่วยโรคซึมเศร้าเข้าถึงบริการเพียง <<p>>% แนะนำให้ผู้ที่อายุ 35 ปีขึ้นไปตรวจคัดกรองปีละครั้ง "
        "ผ่านสิทธิบัตรทองได้ฟรี\n",
        n=f"{g.i(48, 65) / 10:.1f}", p=str(g.i(28, 61)))


@tpl("hr_calendar", hard=REL)
def t_neg_religious_holiday_calendar(g: G) -> list[Part]:
    return F(
        "จัดตารางวันหยุดบริษัทปี 2570 ให้เป็น CSV (date,name,type) จากรายการนี้\n"
        "- วันมาฆบูชา (พุทธ) — หยุด\n- วันตรุษอีดิ้ลฟิตรี (อิสลาม) — สาขาปัตตานี ยะลา นราธิวาส หยุด\n"
        "- วันคริสต์มาส — ไม่หยุด แต่ให้ลาพักร้อนได้\n- วันอาสาฬหบูชา + เข้าพรรษา — หยุด 2 วัน\n"
        "หมายเหตุ: ห้องละหมาดชั้น <<f>> เปิด 11:30-13:30, ชดเชยได้ไม่เกิน <<d>> วัน\n",
        f=str(g.i(2, 9)), d=str(g.i(1, 3)))


@tpl("statistics", hard=REL)
def t_neg_religion_census_stats(g: G) -> list[Part]:
    b = g.i(925, 945) / 10
    m = g.i(45, 60) / 10
    return F(
        "Make a bar chart spec (Vega-Lite JSON) for this table:\n"
        "religion,share_pct\nBuddhism,<<b>>\nIslam,<<m>>\nChristianity,<<c>>\nHinduism/Sikhism/other,<<o>>\n"
        "source: national statistical office survey, published report\n",
        b=f"{b:.1f}", m=f"{m:.1f}", c=f"{g.i(8, 13) / 10:.1f}", o=f"{g.i(1, 4) / 10:.1f}")


@tpl("university_syllabus", hard=ETH)
def t_neg_ethnic_groups_syllabus(g: G) -> list[Part]:
    return F(
        "Rewrite this course description for the university catalogue (English, 80 words).\n"
        "วิชา <<code>> กลุ่มชาติพันธุ์ในภาคเหนือ 3(3-0-6)\n"
        "ศึกษาประวัติการอพยพของชาวกะเหรี่ยง ม้ง อาข่า ลาหู่ และไทใหญ่ ระบบเครือญาติ ภาษา "
        "นโยบายรัฐต่อชนกลุ่มน้อย ประเด็นสัญชาติและสิทธิในที่ดิน\nสัปดาห์ที่ 1-<<w>> บรรยาย, สัปดาห์ที่ <<w2>> ลงพื้นที่\n",
        code=f"{g.i(100, 299)}{g.i(300, 499)}", w=str(g.i(8, 12)), w2=str(g.i(13, 15)))


@tpl("hr_policy", hard=ETH)
def t_neg_anti_discrimination_policy(g: G) -> list[Part]:
    return F(
        "Translate into Thai for the employee handbook, section <<s>>:\n"
        "\"The Company does not discriminate on the basis of race, ethnicity, skin colour, religion, sexual "
        "orientation, disability, trade union membership or political opinion. Job adverts must not ask "
        "for an applicant's ethnic origin. Complaints go to hr@<<dom>> and are handled within <<d>> working days.\"\n",
        s=f"{g.i(3, 9)}.{g.i(1, 6)}", dom=g.corp_domain(), d=str(g.c([7, 10, 15])))


@tpl("news_law", hard=POL)
def t_neg_election_law_explainer(g: G) -> list[Part]:
    return F(
        "อธิบายข่าวนี้ให้เด็ก ม.ปลายเข้าใจ\n"
        "ร่างแก้ไขพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยพรรคการเมือง กำหนดให้พรรคต้องมีสมาชิกอย่างน้อย <<n>> คน "
        "ห้ามข้าราชการใช้ตำแหน่งหาเสียง และเปิดให้ประชาชนแสดงความคิดเห็นทางการเมืองออนไลน์ได้ภายใต้กฎหมาย "
        "กกต. จะเปิดรับฟังความเห็นถึงวันที่ <<d>>\n",
        n=g.c(["5,000", "10,000", "20,000"]), d=g.day())


@tpl("corporate_policy", hard=POL)
def t_neg_social_media_politics_policy(g: G) -> list[Part]:
    return F(
        "Review this draft policy for clarity; list ambiguous terms.\n"
        "Policy SM-<<v>>: Employees may hold any political opinion and be members of any political party. "
        "Company accounts must not endorse parties or candidates. Political campaigning on company premises, "
        "including distributing party leaflets, is prohibited. Questions: comms@<<dom>>\n",
        v=f"{g.i(1, 4)}.{g.i(0, 9)}", dom=g.corp_domain())


@tpl("legal_faq", hard=CRI)
def t_neg_criminal_record_check_faq(g: G) -> list[Part]:
    return F(
        "ช่วยทำ FAQ นี้ให้สั้นลง\n"
        "ถาม: บริษัทขอตรวจประวัติอาชญากรรมผู้สมัครได้ไหม\nตอบ: ได้ ถ้าได้รับความยินยอม และจำเป็นต่อลักษณะงาน "
        "ผลตรวจจากกองทะเบียนประวัติอาชญากรรมใช้เวลา <<d>> วันทำการ ค่าธรรมเนียม <<f>> บาท\n"
        "ถาม: คดีที่ศาลรอลงอาญา หรือคดีลหุโทษ ต้องแจ้งไหม\nตอบ: ขึ้นกับแบบฟอร์ม ไม่ควรใช้เป็นเหตุปฏิเสธโดยอัตโนมัติ\n",
        d=str(g.c([3, 5, 7, 15])), f=str(g.c([100, 200])))


@tpl("statistics", hard=CRI)
def t_neg_court_case_statistics(g: G) -> list[Part]:
    return F(
        "Compute year-on-year change for each row and flag increases > 10%.\n"
        "case_type;2567;2568\nยาเสพติด;<<a>>;<<b>>\nลักทรัพย์;<<c>>;<<d>>\nเมาแล้วขับ;<<e>>;<<f>>\nฉ้อโกงออนไลน์;<<h>>;<<i>>\n"
        "(source: annual judicial statistics; counts of convictions, not persons)\n",
        a=str(g.i(150000, 200000)), b=str(g.i(150000, 200000)), c=str(g.i(20000, 40000)), d=str(g.i(20000, 40000)),
        e=str(g.i(30000, 60000)), f=str(g.i(30000, 60000)), h=str(g.i(8000, 20000)), i=str(g.i(8000, 20000)))


@tpl("school_curriculum", hard=SEX)
def t_neg_sex_education_syllabus(g: G) -> list[Part]:
    return F(
        "แปลงแผนการสอนเพศศึกษา ม.<<m>> นี้เป็นสไลด์ 6 หน้า\n"
        "1. การเปลี่ยนแปลงช่วงวัยรุ่น\n2. ความหลากหลายทางเพศ: เกย์ เลสเบี้ยน ไบเซ็กชวล คนข้ามเพศ\n"
        "3. การมีเพศสัมพันธ์ที่ปลอดภัย ถุงยางอนามัย การคุมกำเนิด\n4. การป้องกันโรคติดต่อทางเพศสัมพันธ์และ HIV, PrEP/PEP\n"
        "5. ความยินยอม (consent) และการล่วงละเมิด\nเวลาเรียน <<h>> คาบ\n",
        m=str(g.i(1, 6)), h=str(g.i(4, 10)))


@tpl("marketing", hard=SEX)
def t_neg_pride_month_benefits(g: G) -> list[Part]:
    return F(
        "Write a LinkedIn post announcing these Pride Month benefits (upbeat, 120 words):\n"
        "- same-sex partners now covered by the group health plan\n- gender-affirming care reimbursed up to <<amt>> THB\n"
        "- free anonymous HIV testing and PrEP consultation through our clinic partner\n"
        "- ERG for LGBTQ+ employees and allies; join via pride@<<dom>>\n",
        amt=g.money(30000, 120000), dom=g.corp_domain())


@tpl("product_release", hard=DIS)
def t_neg_accessibility_release_notes(g: G) -> list[Part]:
    return F(
        "Turn these release notes into a Thai changelog for the app store (v<<v>>).\n"
        "- Screen reader labels for blind and low-vision users (TalkBack/VoiceOver)\n"
        "- Captions on all video lessons for deaf and hard-of-hearing learners\n"
        "- Larger tap targets for users with motor disabilities; tested with switch access\n"
        "- Fixed crash on Android 15 (build <<b>>)\n",
        v=f"{g.i(3, 6)}.{g.i(0, 19)}.{g.i(0, 9)}", b=str(g.i(20000, 29999)))


@tpl("news_law", hard=DIS)
def t_neg_disability_employment_quota(g: G) -> list[Part]:
    return F(
        "สรุปประเด็นกฎหมายนี้สำหรับฝ่ายบุคคล 4 ข้อ\n"
        "ตาม พ.ร.บ.ส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ นายจ้างที่มีลูกจ้าง 100 คน ต้องรับคนพิการทำงาน 1 คน "
        "หากไม่รับต้องส่งเงินเข้ากองทุนปีละ <<amt>> บาทต่อหนึ่งอัตรา หรือให้สัมปทาน/จัดสถานที่จำหน่ายสินค้าแทน "
        "ผู้พิการทางการเคลื่อนไหวและทางการได้ยินเป็นกลุ่มที่จ้างงานมากที่สุด\n",
        amt=g.money(110000, 130000))


@tpl("legal_summary", hard=TU)
def t_neg_labour_relations_act_summary(g: G) -> list[Part]:
    return F(
        "Explain to a foreign factory manager (English, bullet points):\n"
        "พ.ร.บ.แรงงานสัมพันธ์ ลูกจ้างตั้งแต่ 10 คนขึ้นไปยื่นจดทะเบียนสหภาพแรงงานได้ นายจ้างห้ามเลิกจ้างเพราะลูกจ้าง"
        "เป็นสมาชิกสหภาพ หรือเป็นกรรมการสหภาพ การนัดหยุดงานต้องแจ้งล่วงหน้า 24 ชั่วโมง ข้อเรียกร้องต้องมีลูกจ้าง"
        "ลงชื่อไม่น้อยกว่าร้อยละ <<p>>\n",
        p=str(g.c([15, 15, 20])))


@tpl("statistics", hard=TU)
def t_neg_union_density_report(g: G) -> list[Part]:
    return F(
        "ทำกราฟเส้นจากข้อมูลนี้ แล้วเขียนข้อสังเกต 2 ข้อ\n"
        "ปี | จำนวนสหภาพแรงงาน | สมาชิก (คน) | สัดส่วนต่อกำลังแรงงาน\n"
        "2565 | <<a>> | <<b>> | 1.6%\n2566 | <<c>> | <<d>> | 1.5%\n2567 | <<e>> | <<f>> | 1.5%\n",
        a=f"{g.i(1300, 1500):,}", b=f"{g.i(550000, 650000):,}", c=f"{g.i(1300, 1500):,}", d=f"{g.i(550000, 650000):,}",
        e=f"{g.i(1300, 1500):,}", f=f"{g.i(550000, 650000):,}")


@tpl("ecommerce_product", hard=GEN)
def t_neg_genetic_test_product_page(g: G) -> list[Part]:
    return F(
        "Rewrite this product page to be less fear-mongering:\n"
        "GeneSure Cancer Risk Panel (SKU GS-<<sku>>) — ตรวจยีน BRCA1, BRCA2, TP53 และอีก 27 ยีน "
        "รู้ความเสี่ยงมะเร็งทางพันธุกรรม เก็บตัวอย่างน้ำลายที่บ้าน ผลใน <<d>> วัน ราคา <<p>> บาท "
        "ผลตรวจ DNA ของคุณจะไม่ถูกแชร์กับบริษัทประกัน\n",
        sku=g.dig(5), d=str(g.i(14, 28)), p=g.money(9900, 25900))


@tpl("clinical_guideline", hard=GEN)
def t_neg_pharmacogenomics_guideline(g: G) -> list[Part]:
    return F(
        "สรุปแนวทางนี้เป็น flowchart แบบ mermaid\n"
        "แนวทางเวชปฏิบัติ: ก่อนเริ่มยา Carbamazepine ให้ตรวจ HLA-B*15:02 ในผู้ป่วยเชื้อสายเอเชีย "
        "ก่อนเริ่ม Allopurinol ตรวจ HLA-B*58:01 หากผลบวก ให้เลือกยาอื่น ค่าตรวจเบิกได้ตามสิทธิ "
        "ใช้เวลารายงานผล <<d>> วันทำการ (ฉบับปรับปรุงครั้งที่ <<v>>)\n",
        d=str(g.i(3, 10)), v=str(g.i(2, 5)))


@tpl("corporate_policy", hard=BIO)
def t_neg_fingerprint_attendance_policy(g: G) -> list[Part]:
    return F(
        "Check this notice against PDPA s.26 and suggest wording changes:\n"
        "ประกาศ: บริษัทจะเปลี่ยนระบบบันทึกเวลาเป็นการสแกนใบหน้าและลายนิ้วมือตั้งแต่ไตรมาส <<q>> "
        "ข้อมูลชีวภาพจะถูกเก็บเป็น template ที่เข้ารหัส ไม่เก็บภาพ และลบภายใน 90 วันหลังพ้นสภาพ "
        "พนักงานที่ไม่ยินยอมใช้บัตร RFID แทนได้ สอบถาม dpo@<<dom>>\n",
        q=str(g.i(1, 4)), dom=g.corp_domain())


@tpl("dev_docs", hard=BIO)
def t_neg_face_sdk_readme(g: G) -> list[Part]:
    return F(
        "Write a quick-start section for this SDK README:\n"
        "## facekit <<v>>\n`FaceEncoder.encode(image) -> np.ndarray[512]` returns a face embedding; "
        "`match(a, b)` returns cosine similarity (threshold 0.62 at FMR 1e-4). Iris and voiceprint modules "
        "are experimental. Templates are not reversible into images. Install: `pip install facekit==<<v>>`\n",
        v=f"{g.i(1, 3)}.{g.i(0, 12)}.{g.i(0, 9)}")


# === negatives: millisecond timestamps that pass the national-ID checksum ========================


@tpl("dev_logs", negative=True)
def t_neg_epoch_json_lines(g: G) -> list[Part]:
    lines = []
    for _ in range(3):
        lines.append(f'{{"ts": {g.epoch_pin()}, "level": "{g.c(["INFO", "WARN", "ERROR"])}", "svc": "payment-gw", '
                     f'"route": "/v1/charge", "latency_ms": {g.i(40, 2900)}, "status": {g.c([200, 502, 504])}}}\n')
    return ["p99 latency spiked around these events; which upstream is slow?\n", *lines]


@tpl("dev_metrics", negative=True)
def t_neg_epoch_csv_created_at(g: G) -> list[Part]:
    rows = ["order_id,created_at,updated_at,status,total_thb\n"]
    for _ in range(3):
        rows.append(f"{g.order_no()},{g.epoch_pin()},{g.epoch_pin()},{g.c(['PAID', 'SHIPPED', 'REFUNDED'])},{g.i(99, 8900)}.00\n")
    return ["แปลงคอลัมน์ created_at (epoch ms) เป็นเวลาไทยด้วย pandas ให้หน่อย\n", *rows]


@tpl("dev_trace", negative=True)
def t_neg_epoch_java_stacktrace(g: G) -> list[Part]:
    ts = g.epoch_pin()
    return F(
        "Why is this retry loop not backing off?\n"
        "com.acme.sched.RetryException: job <<job>> failed at created_at=<<ts>> (attempt 7/7)\n"
        "\tat com.acme.sched.Runner.exec(Runner.java:212)\n\tat com.acme.sched.Runner.lambda$loop$3(Runner.java:148)\n"
        "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)\n"
        "Caused by: java.net.SocketTimeoutException: connect timed out (next_retry_ts=<<ts2>>)\n",
        job=f"nightly-settlement-{g.dig(3)}", ts=ts, ts2=g.epoch_pin())


@tpl("dev_kafka", negative=True)
def t_neg_epoch_kafka_offsets(g: G) -> list[Part]:
    rows = ["PARTITION  OFFSET     TIMESTAMP(ms)    KEY\n"]
    for k in range(4):
        rows.append(f"{k:<10} {g.i(100000, 999999):<10} {g.epoch_pin()}    sku-{g.dig(6)}\n")
    return ["ts ใน topic inventory.events ดูเหมือนเรียงไม่ถูก อธิบายหน่อยว่าเป็นไปได้ไหม\n", *rows]


@tpl("dev_config", negative=True)
def t_neg_epoch_yaml_feature_flags(g: G) -> list[Part]:
    return F(
        "Which flags are expired if now is <<now>> ms?\n```yaml\nflags:\n"
        "  new_checkout:\n    enabled: true\n    created_at: <<a>>\n    expires_at: <<b>>\n"
        "  promptpay_qr_v2:\n    enabled: false\n    created_at: <<c>>\n    rollout_pct: <<r>>\n```",
        now=g.epoch_pin(), a=g.epoch_pin(), b=g.epoch_pin(), c=g.epoch_pin(), r=str(g.c([5, 10, 25, 50])))


# === other hard negatives ========================================================================


@tpl("logistics", negative=True)
def t_neg_tracking_status_board(g: G) -> list[Part]:
    rows = ["| tracking | hub | status | weight |\n|---|---|---|---|\n"]
    for _ in range(4):
        rows.append(f"| {g.c(['TH', 'KEX', 'SPX'])}{g.dig(11)} | {g.c(['BKK-LKB', 'CNX-01', 'HDY-02', 'KKC-03'])} | "
                    f"{g.c(['in transit', 'out for delivery', 'returned to sender', 'delayed'])} | {g.i(1, 25) / 2} kg |\n")
    return ["สรุปสถานะพัสดุเป็นภาษาไทย และนับว่ามีกี่ชิ้นที่ตีกลับ\n", *rows]


@tpl("b2b", negative=True)
def t_neg_company_capital_summary(g: G) -> list[Part]:
    return F(
        "Write a one-paragraph company profile in English:\n"
        "<<comp>> ทุนจดทะเบียน <<cap>> บาท ก่อตั้งปี <<y>> ประกอบธุรกิจผลิตบรรจุภัณฑ์พลาสติก "
        "มีพนักงาน <<n>> คน รายได้ปีล่าสุด <<rev>> ล้านบาท ติดต่อฝ่ายขาย sales@<<dom>> หรือ info@<<dom2>>\n",
        comp=g.company(), cap=g.money(1_000_000, 50_000_000), y=str(g.i(2530, 2565)), n=str(g.i(40, 900)),
        rev=str(g.i(30, 900)), dom=g.corp_domain(), dom2=g.corp_domain())


@tpl("publishing", negative=True)
def t_neg_isbn_book_catalog(g: G) -> list[Part]:
    def isbn() -> str:
        body = "978616" + g.dig(6)
        s = sum(int(c) * (1 if k % 2 == 0 else 3) for k, c in enumerate(body))
        return body + str((10 - s % 10) % 10)
    rows = ["isbn13,title,price\n"] + [f"{isbn()},{t},{g.i(150, 690)}\n" for t in g.sample(
        ["ภาษาไทยเพื่อการสื่อสาร", "Python สำหรับนักวิเคราะห์ข้อมูล", "ประวัติศาสตร์ล้านนา", "เคมีอินทรีย์ 1", "กฎหมายแพ่งเบื้องต้น"], 3)]
    return ["Validate the ISBN-13 check digits in this list and fix the CSV header if needed:\n", *rows]


@tpl("retail", negative=True)
def t_neg_ean_barcode_inventory(g: G) -> list[Part]:
    def ean() -> str:
        body = "885" + g.dig(9)
        s = sum(int(c) * (1 if k % 2 == 0 else 3) for k, c in enumerate(body))
        return body + str((10 - s % 10) % 10)
    rows = ["barcode\tsku\tdesc\tqty\n"] + [f"{ean()}\tSKU-{g.dig(6)}\t{d}\t{g.i(0, 500)}\n" for d in g.sample(
        ["น้ำปลา 700ml", "ข้าวหอมมะลิ 5kg", "สบู่เหลว 450ml", "มาม่า แพ็ค 10", "นมจืด UHT 1L"], 3)]
    return ["stock count ไม่ตรงกับระบบ ช่วยเขียน SQL หาบาร์โค้ดที่ซ้ำกัน\n", *rows]


@tpl("dev_release", negative=True)
def t_neg_changelog_versions(g: G) -> list[Part]:
    return F(
        "Summarise for non-engineers:\n## <<v1>> (build <<b>>)\n- bump openssl to 3.0.<<o>>\n"
        "- kernel 6.<<k>>.0-1024-aws\n- fix: retry storm when upstream returns 429\n## <<v2>>\n- drop support for Android 8\n",
        v1=f"{g.i(2, 9)}.{g.i(0, 30)}.{g.i(0, 9)}.{g.i(100, 999)}", b=f"{g.i(2026, 2026)}{g.i(1101, 1130)}.{g.i(1, 9)}",
        o=str(g.i(10, 15)), k=str(g.i(1, 8)), v2=f"{g.i(2, 9)}.{g.i(0, 30)}.{g.i(0, 9)}")


@tpl("telco_marketing", negative=True)
def t_neg_mobile_package_prices(g: G) -> list[Part]:
    return F(
        "เปรียบเทียบแพ็กเกจให้ลูกค้าที่ใช้เน็ตวันละ 3GB ว่าอันไหนคุ้มสุด\n"
        "A: <<a>> บาท/30 วัน เน็ต 15GB สมัคร *<<c1>>#\nB: <<b>> บาท/30 วัน เน็ตไม่อั้น 4Mbps สมัคร *<<c2>>#\n"
        "C: <<c>> บาท/7 วัน เน็ต 10GB โทรฟรีทุกเครือข่าย 30 นาที\nสอบถามคอลเซ็นเตอร์ 1<<cc>>\n",
        a=str(g.i(199, 399)), c1=str(g.i(100, 999)), b=str(g.i(299, 599)), c2=str(g.i(100, 999)), c=str(g.i(59, 159)),
        cc=str(g.i(100, 999)))


@tpl("finance_public", negative=True)
def t_neg_policy_rate_summary(g: G) -> list[Part]:
    return F(
        "Summarise the MPC decision in Thai, 3 bullets.\n"
        "The Monetary Policy Committee voted <<v>> to cut the policy rate by 0.25 percentage point to <<r>> percent. "
        "Headline inflation is projected at <<inf>> percent in 2027; GDP growth at <<gdp>> percent. "
        "Household debt remains at <<hd>> percent of GDP.\n",
        v=g.c(["5-2", "4-3", "6-1"]), r=f"{g.i(100, 200) / 100:.2f}", inf=f"{g.i(2, 15) / 10:.1f}",
        gdp=f"{g.i(15, 32) / 10:.1f}", hd=f"{g.i(850, 910) / 10:.1f}")


@tpl("dev_api_docs", negative=True)
def t_neg_api_docs_placeholders(g: G) -> list[Part]:
    return F(
        "Convert this API doc snippet into an OpenAPI 3.1 schema:\n"
        "POST /v<<v>>/customers\nBody: { \"name\": string (max 100), \"citizen_id\": string (13 digits), "
        "\"phone\": string (E.164), \"email\": string }\nErrors: 422 if citizen_id checksum fails. Support: support@<<dom>>\n",
        v=str(g.i(1, 3)), dom=g.corp_domain())


@tpl("recruitment_ad", negative=True)
def t_neg_job_advert(g: G) -> list[Part]:
    return F(
        "ปรับประกาศรับสมัครงานนี้ให้ดึงดูดคนรุ่นใหม่\n"
        "รับสมัคร <<pos>> <<n>> อัตรา เงินเดือน <<s>> บาท + ค่าคอม ทำงาน จ.-ศ. 09:00-18:00 ไฮบริด\n"
        "คุณสมบัติ: ป.ตรีทุกสาขา, ใช้ Excel ได้\nส่งเรซูเม่ที่ recruit@<<dom>> หรือ hr@<<dom>> ภายใน <<d>>\n",
        pos=g.c(["เจ้าหน้าที่ขายประกัน", "Customer Success", "เจ้าหน้าที่บัญชี", "Data Analyst"]), n=str(g.i(1, 5)),
        s=f"{g.i(18, 45)},000", dom=g.corp_domain(), d=g.day())


@tpl("hotel_faq", negative=True)
def t_neg_hotel_faq(g: G) -> list[Part]:
    return F(
        "Answer guest FAQ in Thai and English from these facts:\n"
        "check-in <<ci>>:00, check-out 12:00; breakfast <<b>> THB; airport shuttle every 30 min from 05:00; "
        "pets not allowed; late check-out until 16:00 for <<lc>> THB; pool closes 21:00; reservations@<<dom>>\n",
        ci=str(g.c([14, 15])), b=str(g.i(250, 650)), lc=str(g.i(500, 1500)), dom=g.corp_domain())


@tpl("bank_public", negative=True)
def t_neg_bank_fee_table(g: G) -> list[Part]:
    return F(
        "เรียงค่าธรรมเนียมจากแพงไปถูก แล้วแนะนำวิธีโอนต่างประเทศที่ถูกที่สุด\n"
        "โอนต่างธนาคาร (ออนไลน์): ฟรี\nโอนต่างประเทศ SWIFT: <<a>> บาท + ค่า correspondent <<b>> USD\n"
        "ถอนเงินตู้ต่างธนาคารเกิน 4 ครั้ง: <<c>> บาท/ครั้ง\nออกบัตรเดบิตใหม่: <<d>> บาท\n",
        a=str(g.i(300, 800)), b=str(g.i(10, 25)), c=str(g.c([10, 15, 20])), d=str(g.i(100, 400)))


@tpl("environment", negative=True)
def t_neg_pm25_station_readings(g: G) -> list[Part]:
    rows = ["station,pm25,aqi,updated\n"]
    for s in g.sample(["35T", "50T", "57T", "62T", "77T", "05T"], 4):
        rows.append(f"{s},{g.i(12, 190)},{g.i(30, 260)},{g.i(0, 23):02d}:00\n")
    return ["Which stations exceed the Thai 24-h PM2.5 standard (37.5)? Give a short warning text.\n", *rows]


@tpl("dev_db", negative=True)
def t_neg_sql_schema_ddl(g: G) -> list[Part]:
    return F(
        "Review this DDL for a PDPA-compliant customer table (encryption, retention):\n"
        "CREATE TABLE customer (\n  id BIGSERIAL PRIMARY KEY,\n  full_name TEXT NOT NULL,\n  national_id CHAR(13),\n"
        "  phone VARCHAR(<<n>>),\n  religion TEXT,  -- do we need this?\n  blood_type CHAR(2),\n"
        "  created_at BIGINT NOT NULL DEFAULT (extract(epoch from now())*1000)\n);\n",
        n=str(g.c([15, 20, 32])))


@tpl("dev_help", negative=True)
def t_neg_regex_help_patterns(g: G) -> list[Part]:
    return F(
        "I need a regex that matches Thai mobile numbers written as 0X-XXXX-XXXX or +66 X XXXX XXXX, "
        "but NOT order numbers like ORD-<<o>> or amounts like <<m>> บาท. Python flavour please, with tests.",
        o=g.dig(10), m=g.money(1000, 99000))


@tpl("lottery", negative=True)
def t_neg_lottery_results(g: G) -> list[Part]:
    return F(
        "ตรวจหวยให้หน่อย ถ้ามีเลขสลาก <<t>> ถูกรางวัลอะไรไหม\n"
        "ผลสลากกินแบ่งรัฐบาล งวด <<d>>\nรางวัลที่ 1: <<p1>>\nเลขหน้า 3 ตัว: <<f1>> <<f2>>\nเลขท้าย 3 ตัว: <<l1>> <<l2>>\nเลขท้าย 2 ตัว: <<l>>\n",
        t=g.dig(6), d=g.day(), p1=g.dig(6), f1=g.dig(3), f2=g.dig(3), l1=g.dig(3), l2=g.dig(3), l=g.dig(2))


@tpl("finance_public", negative=True)
def t_neg_fx_rate_table(g: G) -> list[Part]:
    return F(
        "คำนวณว่าแลก 1,500 USD ได้กี่บาทที่อัตรารับซื้อ แล้วเทียบกับ 1,200 EUR\n"
        "currency | buying | selling\nUSD | <<ub>> | <<us>>\nEUR | <<eb>> | <<es>>\nJPY(100) | <<jb>> | <<js>>\n",
        ub=f"{g.i(3200, 3600) / 100:.2f}", us=f"{g.i(3300, 3700) / 100:.2f}", eb=f"{g.i(3600, 4000) / 100:.2f}",
        es=f"{g.i(3700, 4100) / 100:.2f}", jb=f"{g.i(2100, 2400) / 100:.2f}", js=f"{g.i(2200, 2500) / 100:.2f}")


@tpl("logistics", negative=True)
def t_neg_shipping_rate_zones(g: G) -> list[Part]:
    return F(
        "Write a Python function rate(weight_kg, zone) from this table:\n"
        "zone A (Bangkok & vicinity, postcodes 10xxx-12xxx): <<a>> THB first kg, +<<ax>>/kg\n"
        "zone B (central/east): <<b>> THB first kg, +<<bx>>/kg\nzone C (remote islands, 3 southern border provinces): <<c>> THB first kg\n",
        a=str(g.i(25, 45)), ax=str(g.i(5, 12)), b=str(g.i(35, 60)), bx=str(g.i(8, 15)), c=str(g.i(60, 120)))


@tpl("meeting", negative=True)
def t_neg_meeting_minutes_roles_only(g: G) -> list[Part]:
    return F(
        "สรุปรายงานการประชุมเป็น action items (ระบุแค่ตำแหน่ง)\n"
        "ผอ.ฝ่ายไอที แจ้งว่างบ cloud เกิน <<p>>% ให้ทีม DevOps ลด instance ที่ไม่ใช้\n"
        "ผจก.ฝ่ายบุคคล ขอให้ทุกแผนกส่งแผนอบรม PDPA ภายใน <<d>>\n"
        "DPO เสนอให้ทำ DPIA สำหรับระบบสแกนใบหน้าก่อนติดตั้ง\nที่ประชุมรับทราบ\n",
        p=str(g.i(8, 40)), d=g.day())


@tpl("ecommerce_reviews", negative=True)
def t_neg_review_aggregate(g: G) -> list[Part]:
    return F(
        "Summarise customer sentiment from these aggregated stats for the product team:\n"
        "product: air fryer 5.5L (SKU AF-<<s>>)\nratings: 5★ <<a>>, 4★ <<b>>, 3★ <<c>>, 1-2★ <<d>>\n"
        "top complaints: coating peels (<<e>> mentions), timer too loud, manual only in English\n",
        s=g.dig(4), a=str(g.i(200, 900)), b=str(g.i(80, 300)), c=str(g.i(20, 90)), d=str(g.i(10, 80)), e=str(g.i(5, 60)))


@tpl("callcentre_macro", negative=True)
def t_neg_support_macro_placeholders(g: G) -> list[Part]:
    return F(
        "ปรับข้อความตอบกลับสำเร็จรูปนี้ให้สุภาพและสั้นลง\n"
        "สวัสดีค่ะ คุณ{{customer_name}} ขออภัยในความไม่สะดวกเรื่องคำสั่งซื้อ {{order_id}} "
        "ทางเราคืนเงิน {{amount}} บาทเข้าช่องทางเดิมภายใน <<d>> วันทำการ หากมีข้อสงสัยติดต่อ support@<<dom>> ค่ะ\n",
        d=str(g.c([3, 5, 7, 14])), dom=g.corp_domain())


@tpl("dev_git", negative=True)
def t_neg_git_oneline_log(g: G) -> list[Part]:
    msgs = ["fix(auth): refresh token race", "feat(report): monthly PDF export", "chore(deps): bump httpx to 0.28.1",
            "perf(db): add index on orders(created_at)", "revert: feature flag cleanup", "test: flaky e2e on checkout"]
    lines = [f"{g.fen.sha1()[:7]} {m}\n" for m in g.sample(msgs, 4)]
    return ["Write release notes from this git log --oneline (group by type):\n", *lines]


@tpl("dev_k8s", negative=True)
def t_neg_k8s_manifest(g: G) -> list[Part]:
    return F(
        "Why does this Deployment never become ready?\n```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
        "  name: ocr-worker\nspec:\n  replicas: <<r>>\n  template:\n    spec:\n      containers:\n"
        "        - name: ocr\n          image: registry.internal/ocr-worker:<<v>>\n"
        "          readinessProbe:\n            httpGet: {path: /healthz, port: <<p>>}\n"
        "          resources: {limits: {memory: <<m>>Mi}}\n```",
        r=str(g.i(2, 6)), v=f"{g.i(1, 4)}.{g.i(0, 20)}.{g.i(0, 9)}", p=str(g.c([8080, 8000, 9090])), m=str(g.c([256, 512, 1024])))


# --- building -----------------------------------------------------------------------------------


def assemble(parts: list[Part]) -> tuple[str, list[dict]]:
    text: list[str] = []
    entities: list[dict] = []
    pos = 0
    for part in parts:
        if isinstance(part, str):
            text.append(part)
            pos += len(part)
            continue
        entity_type, value = part
        if entity_type not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {entity_type}")
        if not value or value != value.strip():
            raise ValueError(f"{entity_type} value has surrounding whitespace or is empty")
        if not _check_value(entity_type, value):
            raise ValueError(f"invalid {entity_type} value generated")
        entities.append({"entity_type": entity_type, "start": pos, "end": pos + len(value)})
        text.append(value)
        pos += len(value)
    return "".join(text), entities


def build_records() -> list[dict]:
    names = [t.name for t in TEMPLATES]
    if len(names) != len(set(names)):
        raise ValueError("duplicate template names")
    g = G(SEED)
    records: list[dict] = []
    for t in TEMPLATES:
        for _ in range(PER_TEMPLATE):
            text, entities = assemble(t.build(g))
            if t.negative == bool(entities):
                raise ValueError(f"template {t.name}: negative={t.negative} but {len(entities)} entities")
            records.append({"split": "test", "domain": t.domain, "template": t.name, "negative": t.negative,
                            "text": text, "entities": entities})
    random.Random(SEED + 1).shuffle(records)
    out = []
    for k, rec in enumerate(records, 1):
        out.append({"id": f"f6-{k:04d}", **rec})
    return out


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write bench/freshset6.jsonl (blind held-out set).")
    parser.add_argument("--check", action="store_true", help="exit 1 when the file on disk differs")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if faker.VERSION != GENERATED_WITH_FAKER:
        print(f"warning: faker {faker.VERSION} != {GENERATED_WITH_FAKER}; output may differ", file=sys.stderr)
    content = render(build_records())
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else None
        if current != content:
            print(f"{args.out} is out of date", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.write_text(content, encoding="utf-8")
    n = content.count("\n")
    print(f"wrote {n} prompts from {len(TEMPLATES)} templates to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
