#!/usr/bin/env python3
"""Seventh blind held-out set for pdpa-guard: ``bench/freshset7.jsonl``.

Written blind on 2026-11-24 by an annotator who never saw the detector, its tests or any other
labelled set. Every prompt is fabricated from hand-written templates (messy LLM traffic: pasted
chat histories, RAG chunks, OCR'd forms, call-centre transcripts, agent tool-call JSON, stack
traces and DB rows). Each template returns a list of parts: plain strings or ``(entity_type,
value)`` tuples, so gold offsets are exact by construction.

This is a measuring instrument: do not tune recognizers on it.

Usage::

    .venv/bin/python bench/make_freshset7.py            # (re)write bench/freshset7.jsonl
    .venv/bin/python bench/make_freshset7.py --check    # exit 0 when the file is up to date
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
from stdnum.th import moa, pin

SEED = 20261126
GENERATED_WITH_FAKER = "40.54.0"
OUT = Path(__file__).resolve().parent / "freshset7.jsonl"
PER_TEMPLATE = 2

ENTITY_TYPES = (
    "PERSON", "TH_NATIONAL_ID", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IP_ADDRESS", "LINE_ID",
    "TH_BANK_ACCOUNT", "TH_PASSPORT", "STUDENT_ID", "MEDICAL_RECORD_NUMBER", "TH_VEHICLE_PLATE", "ADDRESS",
    "DATE_OF_BIRTH", "TH_JURISTIC_ID", "HEALTH_DATA", "RELIGION", "ETHNICITY", "POLITICAL_OPINION",
    "CRIMINAL_RECORD", "SEXUAL_BEHAVIOUR", "DISABILITY", "TRADE_UNION", "GENETIC_DATA", "BIOMETRIC_DATA",
)
S26_TYPES = (
    "HEALTH_DATA", "RELIGION", "ETHNICITY", "POLITICAL_OPINION", "CRIMINAL_RECORD", "SEXUAL_BEHAVIOUR",
    "DISABILITY", "TRADE_UNION", "GENETIC_DATA", "BIOMETRIC_DATA",
)


def _digits(s: str) -> str:
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(str(unicodedata.digit(ch)))
    return "".join(out)


def _luhn(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _check_value(entity_type: str, span: str) -> bool:
    """True when ``span`` is a valid value of a checkable type; True for unchecked types."""
    if entity_type == "TH_NATIONAL_ID":
        return pin.is_valid(_digits(span))
    if entity_type == "TH_JURISTIC_ID":
        return moa.is_valid(_digits(span))
    if entity_type == "CREDIT_CARD":
        d = _digits(span)
        return 13 <= len(d) <= 19 and _luhn(d)
    if entity_type == "PHONE_NUMBER":
        raw = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in span)
        for region in ("TH", None):
            try:
                n = phonenumbers.parse(raw, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(n):
                return True
        return False
    if entity_type == "EMAIL_ADDRESS":
        if span.count("@") != 1:
            return False
        local, domain = span.split("@")
        return bool(local) and "." in domain.strip(".") and not domain.startswith(".")
    if entity_type == "IP_ADDRESS":
        try:
            ipaddress.ip_address(span)
        except ValueError:
            return False
        return True
    return True


# ----------------------------------------------------------------------------- value makers

TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
FW_DIG = str.maketrans("0123456789", "０１２３４５６７８９")

G1 = ["สม", "ศักดิ์", "วิ", "ชัย", "ประ", "พร", "กิต", "ธน", "ณัฐ", "ปิย", "อรร", "จิร", "ภู", "วร", "สุ", "อัญ",
      "พิม", "ศิ", "รัช", "กม", "ธี", "เกศ", "นภ", "ปวี", "ขวัญ", "เพ็ญ", "อำ", "บุษ"]
G2 = ["ชาย", "ศรี", "พงษ์", "ดา", "ณา", "วัฒน์", "ภัทร", "นันท์", "ริน", "ชนก", "พล", "กานต์", "ธร", "ลักษณ์",
      "วดี", "ทิพย์", "รัตน์", "สิทธิ์", "นิภา", "ชัย", "พร", "ตา", "ภา", "กร", "มาศ", "เดช"]
F1 = ["แสง", "ทอง", "ศรี", "วงศ์", "เจริญ", "สุข", "บุญ", "มณี", "ประ", "ไพ", "ยิ่ง", "ธรรม", "ทรัพย์", "อินทร์",
      "สว่าง", "นาค", "ดำรง", "เพชร", "รุ่ง", "กิจ", "ภู", "พุ่ม", "คำ", "อ่อน"]
F2 = ["สกุล", "พันธ์", "รักษ์", "เสริฐ", "บูลย์", "วัฒนา", "กุล", "ศิริ", "ชัย", "อรุณ", "วงษ์", "ทอง", "จันทร์",
      "ประเสริฐ", "สมบูรณ์", "มั่น", "แก้ว", "ดี", "เรือง", "ไชย", "ใจ", "สุวรรณ"]
TITLES = ["นาย", "นางสาว", "นาง", "คุณ", "ดร.", "ร.ต.อ.", "พญ.", "นพ.", "ส.อ.", "น.ส.", "ผศ.", "จ.ส.ต."]
NICKS = ["ต้น", "มายด์", "เบียร์", "ปุ๊ก", "แบงค์", "ฟ้า", "กิ๊ฟ", "โอ๊ต", "นุ่น", "เอ็ม", "ปาล์ม", "จ๋า", "ตูน", "แป้ง",
         "บอส", "ฝน", "เจ", "หมิว", "อั้ม", "ตาล"]
TH_OTHER = ["อับดุลเลาะ สาแม", "มูฮัมหมัด ดือราแม", "ฟาตีมะห์ หะยีสาและ", "นูรีซัน ยูโซ๊ะ", "ซูไฮมี เจ๊ะมะ",
            "อ่อง โก โก", "มะ ตีดา วิน", "ซอ มิน เท็ต", "คำหล้า วงสา", "สุกสะหวัน พมมะจัน",
            "ชัยวัฒน์ แซ่ตั้ง", "เง็กเอ็ง แซ่ลิ้ม", "กิมฮวย แซ่โค้ว", "ไมเคิล แอนเดอร์สัน", "ปรียา ราคุนาธาน"]
RT1 = ["Som", "Kit", "Pong", "Phong", "Won", "Wan", "Nat", "Nut", "Pi", "Sup", "Thana", "Tana", "Chai", "Jira",
       "Kan", "Apin", "Siri", "Pat", "Phat", "Rat"]
RT2 = ["chai", "sak", "tipong", "thiphong", "porn", "phon", "charee", "ya", "sara", "wadee", "wadi", "thorn",
       "ton", "nida", "ruk", "rak", "kit", "phong", "nan"]
RTF = ["Saengthong", "Sangthong", "Srisuk", "Srisook", "Wongsakul", "Charoenpol", "Jaroenphon", "Boonmee",
       "Bunmee", "Phromma", "Prommaa", "Kaewkla", "Keawkla", "Thongdee", "Inthasorn", "Rattanawong",
       "Suwannarat", "Chaiyaporn", "Ruangsri", "Sukprasert"]
LAT = {
    "eu": (["Lukas", "Sofia", "Johan", "Marta", "Pierre", "Aoife", "Henrik", "Elena", "Tomasz", "Ines", "Bram",
            "Giulia"], ["Meier", "Rossi", "Lindqvist", "Kowalska", "Dubois", "Byrne", "Nygaard", "Petrova",
                        "Zielinski", "Carvalho", "Vermeulen", "Esposito"]),
    "in": (["Priya", "Arjun", "Kavya", "Rohan", "Deepika", "Vikram", "Ananya"],
           ["Raghunathan", "Malhotra", "Iyer", "Banerjee", "Chaudhary", "Nair", "Kulkarni"]),
    "cn": (["Wei", "Yang", "Ka Ming", "Siu Fan", "Xiaoling", "Jianhua", "Wing Yee", "Chun Kit"],
           ["Zhang", "Liu", "Chan", "Wong", "Huang", "Zhao", "Leung", "Cheung"]),
    "jp": (["Haruto", "Yuki", "Sakura", "Kenji", "Aoi", "Ren"], ["Sato", "Tanabe", "Kobayashi", "Fujiwara",
                                                                  "Matsumoto", "Inoue"]),
    "kr": (["Min-jun", "Ji-woo", "Seo-yeon", "Do-hyun", "Ha-eun"], ["Kim", "Park", "Choi", "Jung", "Kang"]),
    "vn": (["Thi Lan", "Van Duc", "Minh Anh", "Quoc Bao", "Thu Trang"], ["Nguyen", "Tran", "Le", "Pham", "Vu"]),
    "ar": (["Omar", "Layla", "Yusuf", "Mariam", "Tariq", "Nour"], ["Al-Farsi", "Haddad", "Mansour", "Khalil",
                                                                    "Saleh", "Rahman"]),
    "af": (["Chinedu", "Amara", "Kwame", "Thandiwe", "Wanjiru", "Kofi"], ["Okafor", "Diallo", "Mensah",
                                                                         "Ndlovu", "Kamau", "Boateng"]),
}
EMAIL_DOM = ["gmail.com", "hotmail.com", "outlook.co.th", "yahoo.com", "icloud.com", "siamlogis.co.th",
             "kasetfarm.co.th", "chula.ac.th", "mahidol.ac.th", "bangkokclinic.com", "thaipost.net",
             "company.co.th", "proton.me"]
PROV = [("ต.บางพูด", "อ.ปากเกร็ด", "จ.นนทบุรี", "11120"), ("ต.ช้างเผือก", "อ.เมืองเชียงใหม่", "จ.เชียงใหม่", "50300"),
        ("ต.ในเมือง", "อ.เมืองขอนแก่น", "จ.ขอนแก่น", "40000"), ("ต.หาดใหญ่", "อ.หาดใหญ่", "จ.สงขลา", "90110"),
        ("ต.สะเตง", "อ.เมืองยะลา", "จ.ยะลา", "95000"), ("ต.บ้านสวน", "อ.เมืองชลบุรี", "จ.ชลบุรี", "20000"),
        ("ต.ท่าอิฐ", "อ.เมืองอุตรดิตถ์", "จ.อุตรดิตถ์", "53000"), ("ต.หนองปรือ", "อ.บางละมุง", "จ.ชลบุรี", "20150")]
BKK = [("แขวงลาดยาว", "เขตจตุจักร", "10900"), ("แขวงบางนาเหนือ", "เขตบางนา", "10260"),
       ("แขวงคลองตันเหนือ", "เขตวัฒนา", "10110"), ("แขวงสามเสนใน", "เขตพญาไท", "10400"),
       ("แขวงบางขุนศรี", "เขตบางกอกน้อย", "10700")]
SOI = ["ซ.ลาดพร้าว 71", "ซอยสุขุมวิท 39", "ถ.งามวงศ์วาน", "ถนนเพชรเกษม", "ซ.รามอินทรา 40", "ถ.มิตรภาพ",
       "ถ.นิมมานเหมินท์", "ซอยประชาอุทิศ 12"]
TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
             "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON_AB = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PLATE_PROV = ["กรุงเทพมหานคร", "นนทบุรี", "เชียงใหม่", "ชลบุรี", "ขอนแก่น", "สงขลา", "ปทุมธานี"]
PLATE_CH = "กขคงจฉชซฌญฎฐฒณดตถทธนบปผพภมยรลวศษสหฬอฮ"

S26 = {
    "HEALTH_DATA": ["เบาหวานชนิดที่ 2", "ความดันโลหิตสูง", "ติดเชื้อ HIV", "โรคซึมเศร้า", "มะเร็งเต้านมระยะที่ 2",
                    "วัณโรคปอด", "ไตวายเรื้อรังระยะที่ 4", "โรคไบโพลาร์", "ไวรัสตับอักเสบบี", "major depressive disorder",
                    "type 1 diabetes", "stage III colon cancer", "โรคลมชัก", "schizophrenia", "หอบหืดรุนแรง"],
    "RELIGION": ["ศาสนาอิสลาม", "มุสลิม", "ศาสนาคริสต์นิกายโรมันคาทอลิก", "Buddhist", "ศาสนาซิกข์", "ศาสนาฮินดู",
                 "Muslim", "Christian (Protestant)", "พยานพระยะโฮวา", "ศาสนาพุทธ"],
    "ETHNICITY": ["ชาติพันธุ์กะเหรี่ยง", "ชาวม้ง", "ไทใหญ่", "เชื้อสายมอญ", "ชาวเขาเผ่าอาข่า", "Karen ethnicity",
                  "เชื้อสายจีนแต้จิ๋ว", "ชาวโรฮีนจา", "ethnic Hmong", "ลาวโซ่ง", "มลายูปัตตานี"],
    "POLITICAL_OPINION": ["สนับสนุนพรรคฝ่ายค้าน", "แกนนำกลุ่มราษฎร", "สมาชิกพรรคการเมืองฝ่ายรัฐบาล",
                          "supports abolishing the lese-majeste law", "ต่อต้านรัฐประหาร", "ฝ่ายอนุรักษ์นิยมสุดโต่ง",
                          "ลงชื่อหนุนแก้ ม.112", "votes for the opposition party", "เสื้อแดง", "เป็นหัวคะแนนพรรค"],
    "CRIMINAL_RECORD": ["เคยต้องโทษจำคุก 2 ปีคดียาเสพติด", "มีประวัติคดีลักทรัพย์", "convicted of fraud in 2019",
                        "ถูกพิพากษาจำคุกฐานฉ้อโกง", "คดีเมาแล้วขับ รอลงอาญา", "พ้นโทษคดีทำร้ายร่างกาย",
                        "prior conviction for assault", "ถูกออกหมายจับคดีฉ้อโกงประชาชน", "ต้องคดีพนันออนไลน์"],
    "SEXUAL_BEHAVIOUR": ["เป็นเกย์", "รักร่วมเพศ", "bisexual", "มีคู่นอนหลายคน", "เลสเบี้ยน", "มีเพศสัมพันธ์โดยไม่ป้องกัน",
                         "ขายบริการทางเพศ", "men who have sex with men", "คบหากับเพศเดียวกัน", "gay"],
    "DISABILITY": ["พิการทางการเคลื่อนไหว", "ตาบอดสนิท", "หูหนวก", "wheelchair user", "ออทิสติก", "ขาขาดข้างซ้าย",
                   "บกพร่องทางสติปัญญา", "legally blind", "พิการทางการได้ยิน", "อัมพาตครึ่งล่าง"],
    "TRADE_UNION": ["สมาชิกสหภาพแรงงานรัฐวิสาหกิจ", "ประธานสหภาพแรงงาน", "union member", "กรรมการสหภาพแรงงานยานยนต์",
                    "สมาชิกสหภาพพนักงานธนาคาร", "union steward", "สมาชิกสหภาพครู", "เลขาธิการสหภาพแรงงานสิ่งทอ"],
    "GENETIC_DATA": ["BRCA1 pathogenic variant", "พาหะธาลัสซีเมียชนิดเบต้า", "HLA-B*15:02 positive",
                     "ผล DNA ยืนยันความเป็นบิดา 99.98%", "CYP2C19 poor metabolizer", "ยีน APOE4 สองชุด",
                     "พาหะยีนฮีโมฟีเลีย", "karyotype 47,XY,+21", "ตรวจพบยีน BRCA2 กลายพันธุ์"],
}
S26["BIOMETRIC_DATA"] = []  # values built on the fly (templates / vectors / hashes)


@dataclass(frozen=True)
class Template:
    name: str
    domain: str
    negative: bool
    s26_hard_negative: str | None
    fn: Callable[[G], list]


TEMPLATES: list[Template] = []


def tpl(name: str, domain: str, neg: bool = False, hard: str | None = None):
    def deco(fn):
        TEMPLATES.append(Template(name, domain, neg, hard, fn))
        return fn
    return deco


class G:
    """Value factory bound to one seeded RNG and seeded Faker instances."""

    def __init__(self, rng: random.Random, fth: faker.Faker, fen: faker.Faker):
        self.r = rng
        self.fth = fth
        self.fen = fen

    def c(self, seq):
        return self.r.choice(seq)

    def n(self, a, b):
        return self.r.randint(a, b)

    def dig(self, k):
        return "".join(str(self.r.randint(0, 9)) for _ in range(k))

    # names -------------------------------------------------------------
    def th_given(self):
        return self.c(G1) + self.c(G2)

    def th_family(self):
        f = self.c(F1) + self.c(F2)
        if self.r.random() < 0.4:
            f += self.c(F2)
        return f

    def th_name(self, title=None):
        base = self.c(TH_OTHER) if self.r.random() < 0.15 else f"{self.th_given()} {self.th_family()}"
        if title is None:
            title = self.r.random() < 0.5
        return (self.c(TITLES) + base) if title else base

    def nick(self):
        return self.c(["คุณ", "น้อง", "พี่", ""]) + self.c(NICKS)

    def rt_given(self):
        return self.c(RT1) + self.c(RT2)

    def lat_name(self):
        if self.r.random() < 0.4:
            return f"{self.rt_given()} {self.c(RTF)}"
        k = self.c(sorted(LAT))
        gs, fs = LAT[k]
        if k in ("cn", "kr", "vn") and self.r.random() < 0.6:
            return f"{self.c(fs)} {self.c(gs)}"
        return f"{self.c(gs)} {self.c(fs)}"

    def any_name(self):
        return self.th_name() if self.r.random() < 0.6 else self.lat_name()

    def P(self, v=None):
        return ("PERSON", v or self.any_name())

    # identifiers -------------------------------------------------------
    def nid_raw(self):
        while True:
            base = str(self.n(1, 8)) + self.dig(11)
            v = base + pin.calc_check_digit(base)
            if pin.is_valid(v):
                return v

    def nid(self, style=None):
        v = self.nid_raw()
        style = style if style is not None else self.n(0, 3)
        if style == 1:
            v = f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
        elif style == 2:
            v = f"{v[0]} {v[1:5]} {v[5:10]} {v[10:12]} {v[12]}"
        elif style == 3:
            v = v.translate(TH_DIG)
        return ("TH_NATIONAL_ID", v)

    def jur(self):
        base = "0" + self.c(["1055", "1075", "1035", "1205", "5055", "9935"]) + self.dig(7)
        v = base + moa.calc_check_digit(base)
        if self.r.random() < 0.3:
            v = f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
        return ("TH_JURISTIC_ID", v)

    def phone(self, style=None):
        while True:
            pre = self.c(["081", "082", "083", "084", "086", "087", "089", "091", "092", "093", "095", "096",
                          "097", "098", "061", "062", "063", "064", "065"])
            rest = self.dig(7)
            if phonenumbers.is_valid_number(phonenumbers.parse(pre + rest, "TH")):
                break
        style = style if style is not None else self.n(0, 4)
        if style == 0:
            v = f"{pre}-{rest[:3]}-{rest[3:]}"
        elif style == 1:
            v = pre + rest
        elif style == 2:
            v = f"+66 {pre[1:]} {rest[:3]} {rest[3:]}"
        elif style == 3:
            v = f"{pre} {rest[:3]} {rest[3:]}"
        else:
            v = f"{pre}-{rest[:3]}-{rest[3:]}".translate(TH_DIG)
        return ("PHONE_NUMBER", v)

    def landline(self):
        return ("PHONE_NUMBER", f"02-{self.n(2, 9)}{self.dig(2)}-{self.dig(4)}")

    def email(self, name=None):
        if name and all(ord(ch) < 128 for ch in name):
            parts = name.lower().replace("-", "").split()
            local = self.c([".".join(parts), parts[0] + parts[-1][:1], parts[0] + "_" + self.dig(2),
                            parts[-1] + "." + parts[0][:1]])
        else:
            local = self.c([self.rt_given().lower() + "." + self.c(RTF).lower()[:5],
                            self.rt_given().lower() + self.dig(3), self.c(RT1).lower() + "_" + self.c(RTF).lower()])
        return ("EMAIL_ADDRESS", f"{local}@{self.c(EMAIL_DOM)}")

    def card(self):
        while True:
            v = self.c(["4", "5", "4", "35"]) + self.dig(15 if True else 0)
            v = v[:16]
            if _luhn(v):
                break
        s = self.n(0, 2)
        if s == 0:
            v = " ".join(v[i:i + 4] for i in range(0, 16, 4))
        elif s == 1:
            v = "-".join(v[i:i + 4] for i in range(0, 16, 4))
        return ("CREDIT_CARD", v)

    def ip(self):
        while True:
            v = f"{self.n(1, 223)}.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}"
            if ipaddress.ip_address(v).is_global:
                return ("IP_ADDRESS", v)

    def line(self):
        v = self.c([self.c(RT1).lower() + "." + self.dig(4), self.c(RT1).lower() + self.c(RT2) + "_" + self.dig(2),
                    "@" + self.c(RT1).lower() + self.c(RT2), self.c(NICKS) and self.c(RT2) + "ka" + self.dig(3)])
        return ("LINE_ID", v)

    def bank(self):
        d = self.dig(10)
        v = self.c([f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}", d, f"{d[:3]}-{d[3:9]}-{d[9]}"])
        return ("TH_BANK_ACCOUNT", v)

    def passport(self):
        v = self.c(["A", "AA", "AB", "AC", "B", "P"]) + self.dig(7 if self.r.random() < 0.7 else 6)
        return ("TH_PASSPORT", v)

    def sid(self):
        v = self.c([self.c(["64", "65", "66", "67"]) + self.dig(8), "6" + self.dig(1) + "0" + self.dig(5),
                    f"{self.c(['65', '66'])}-{self.dig(3)}-{self.dig(4)}", "s" + self.c(["66", "67"]) + self.dig(6)])
        return ("STUDENT_ID", v)

    def hn(self):
        v = self.c([f"{self.n(55, 68)}-{self.dig(6)}", self.dig(7), f"{self.dig(2)}/{self.dig(5)}",
                    "HN" + self.dig(8), f"AN{self.n(66, 68)}{self.dig(5)}"])
        return ("MEDICAL_RECORD_NUMBER", v)

    def plate(self):
        ch = self.c(PLATE_CH) + self.c(PLATE_CH)
        s = self.n(0, 2)
        if s == 0:
            v = f"{self.n(1, 9)}{ch} {self.n(1, 9999)} {self.c(PLATE_PROV)}"
        elif s == 1:
            v = f"{ch} {self.n(1, 9999)}"
        else:
            v = f"{ch}-{self.n(1000, 9999)}"
        return ("TH_VEHICLE_PLATE", v)

    def addr(self, en=False):
        no = f"{self.n(1, 399)}/{self.n(1, 99)}" if self.r.random() < 0.6 else str(self.n(1, 999))
        if en:
            v = self.fen.street_address() + ", " + self.c(["Bang Na, Bangkok 10260", "Mueang, Chiang Mai 50200",
                                                             "Hat Yai, Songkhla 90110", "Pak Kret, Nonthaburi 11120"])
            v = f"{no} " + self.c(["Soi Sukhumvit 50", "Moo 4, Tambon Nong Prue", "Ngamwongwan Rd"]) + ", " + \
                self.c(["Khlong Toei, Bangkok 10110", "Bang Lamung, Chon Buri 20150", "Mueang, Khon Kaen 40000"])
            return ("ADDRESS", v)
        if self.r.random() < 0.45:
            k, kh, z = self.c(BKK)
            v = f"{no} {self.c(SOI)} {k} {kh} กรุงเทพฯ {z}"
        else:
            t, a, p, z = self.c(PROV)
            v = f"{no} หมู่ {self.n(1, 12)} {t} {a} {p} {z}"
        return ("ADDRESS", v)

    def dob(self, style=None):
        y = self.n(1955, 2012)
        m = self.n(1, 12)
        d = self.n(1, 28)
        style = style if style is not None else self.n(0, 5)
        if style == 0:
            v = f"{d} {TH_MONTHS[m - 1]} {y + 543}"
        elif style == 1:
            v = f"{d:02d}/{m:02d}/{y + 543}"
        elif style == 2:
            v = f"{y}-{m:02d}-{d:02d}"
        elif style == 3:
            v = f"{d} {TH_MON_AB[m - 1]} {str(y + 543)[2:]}"
        elif style == 4:
            v = f"{d} {EN_MON[m - 1]} {y}"
        else:
            v = f"{d}/{m}/{y + 543}".translate(TH_DIG)
        return ("DATE_OF_BIRTH", v)

    def s26(self, t):
        if t == "BIOMETRIC_DATA":
            return (t, self.bio())
        return (t, self.c(S26[t]))

    def bio(self):
        k = self.n(0, 3)
        if k == 0:
            return "[" + ", ".join(f"{self.r.uniform(-1, 1):.4f}" for _ in range(6)) + ", ...]"
        if k == 1:
            return "Rk1SACAyMAAA" + "".join(self.c("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                                            for _ in range(28)) + "=="
        if k == 2:
            return "iris:" + "".join(self.c("0123456789abcdef") for _ in range(32))
        return "vp-" + "".join(self.c("0123456789abcdef") for _ in range(24))

    # negatives ---------------------------------------------------------
    def epoch(self):
        while True:
            v = str(self.n(1_700_000_000_000, 1_899_999_999_999))
            if pin.is_valid(v):
                return v

    def order(self):
        return self.c(["SO", "INV", "TH", "ORD-", "PO"]) + self.dig(self.n(8, 11))

    def price(self):
        return f"{self.n(1, 99)},{self.dig(3)}.{self.c(['00', '50', '25'])}"

    def ver(self):
        return f"{self.n(0, 9)}.{self.n(0, 40)}.{self.n(0, 20)}"

    def sha(self, k=12):
        return "".join(self.c("0123456789abcdef") for _ in range(k))

    def co_en(self):
        return self.fen.company()

    def co_th(self):
        return "บริษัท " + self.c(["สยาม", "ไทย", "รุ่งเรือง", "เอเชีย", "ลานนา", "อันดามัน"]) + \
            self.c(["โลจิสติกส์", "ฟู้ดส์", "เทค", "พลาสติก", "ก่อสร้าง", "คอนซัลติ้ง"]) + " จำกัด"


# ============================================================================= positive templates

@tpl("chat_export_line_family_health", "LINE chat export")
def _t(g):
    a, b = g.th_name(False), g.nick()
    return ["สรุปแชทนี้ให้หน่อย เอาแค่ประเด็นสำคัญ\n[LINE] แชทกับ ครอบครัว\n2568/03/14 Fri\n09:12\t", ("PERSON", a),
            "\tแม่ไปรพ.มาผลเลือดออกแล้ว หมอบอกเป็น", g.s26("HEALTH_DATA"), "ต้องกินยาตลอด\n09:15\t", ("PERSON", b),
            "\tโอเคค่ะ เดี๋ยวพรุ่งนี้หนูพาไปหาหมอตามนัด HN ", g.hn(), "\n09:16\t", ("PERSON", a),
            "\tเบอร์หมอเจ้าของไข้ ", g.phone(), " นะ"]


@tpl("rag_hr_chunks_union", "HR")
def _t(g):
    return ["You are an HR assistant. Use ONLY the context.\n---\n[doc 1 | hr/incidents/2025-Q3.md]\nพนักงาน ",
            g.P(g.th_name()), " แผนกผลิตกะดึก แจ้งว่าเป็น", g.s26("TRADE_UNION"),
            " และขอให้บริษัทหักค่าบำรุงจากเงินเดือน\n[doc 2 | hr/payroll/notes.txt]\nโอนเงินเดือนเข้าบัญชี ",
            g.bank(), " (กสิกร) ของ ", g.P(g.lat_name()), "\n---\nQuestion: who asked for union dues deduction?"]


@tpl("callcentre_bank_card_block", "call-centre transcript")
def _t(g):
    return ["Transcript (auto, th-TH) — please summarise and classify intent\nAGENT: สวัสดีค่ะ ธนาคารยินดีให้บริการค่ะ\n"
            "CUST: เอ่อ ครับ คือ อืม บัตรหายครับ\nAGENT: รบกวนขอชื่อ-นามสกุลค่ะ\nCUST: ", g.P(g.th_name(False)),
            " ครับ\nAGENT: เลขบัตรประชาชนค่ะ\nCUST: เอ่อ ", g.nid(0), " ครับ\nAGENT: บัตรที่ลงท้าย เอ่อ ขอเลขเต็มนะคะ\nCUST: ",
            g.card(), "\nAGENT: อายัดเรียบร้อยค่ะ"]


@tpl("tool_call_crm_json", "agent tool call")
def _t(g):
    nm = g.lat_name()
    return ['{"tool":"crm.upsert_contact","arguments":{"full_name":"', ("PERSON", nm), '","email":"', g.email(nm),
            '","mobile":"', g.phone(1), '","dob":"', g.dob(2), '","tags":["vip","renewal"]}}\n'
            "The tool returned 409 conflict. Explain what to do next."]


@tpl("stacktrace_signup_ip", "dev logs")
def _t(g):
    nm = g.lat_name()
    return ["Why is this failing?\n```\nTraceback (most recent call last):\n  File \"/srv/app/signup.py\", line 88, in create\n"
            "    user = User(email=payload['email'])\nIntegrityError: duplicate key value violates unique constraint "
            "\"users_email_key\"\nDETAIL:  Key (email)=(", g.email(nm), ") already exists.\nrequest_id=", g.sha(16),
            " remote_addr=", g.ip(), "\n```"]


@tpl("ocr_id_card_front", "government form OCR")
def _t(g):
    return ["OCR ผลสแกนบัตร (อาจมีตัวอักษรผิด) ช่วยแปลงเป็น JSON\n\nบัตรประจําตัวประชาชน  Thai National ID Card\n"
            "เลขประจําตัวประชาชน\n", g.nid(2), "\nชื่อตัวและชื่อสกุล  ", g.P(g.th_name(True)), "\nเกิดวันที่   ",
            g.dob(0), "\nศาสนา  ", g.s26("RELIGION"), "\nที่อยู่  ", g.addr(), "\nวันออกบัตร 12 ม.ค. 2566"]


@tpl("sql_insert_patients", "hospital DB")
def _t(g):
    return ["Optimise this migration, it times out:\nINSERT INTO patients (hn, full_name, dob, dx) VALUES\n  ('", g.hn(), "', '",
            g.P(g.th_name(False)), "', '", g.dob(2), "', '", g.s26("HEALTH_DATA"), "'),\n  ('", g.hn(), "', '",
            g.P(g.lat_name()), "', '", g.dob(2), "', '", g.s26("HEALTH_DATA"), "');"]


@tpl("csv_students_semicolon", "university")
def _t(g):
    rows = []
    for _ in range(3):
        nm = g.lat_name() if g.r.random() < 0.5 else g.th_name(False)
        rows += [g.sid(), ";", ("PERSON", nm), ";", g.c(["CPE", "ECON", "LAW", "NURS"]), ";", g.email(nm), "\n"]
    return ["ทำ mail merge แจ้งผลสอบกลางภาคให้นักศึกษาตามไฟล์นี้\nstudent_no;name;major;email\n", *rows]


@tpl("police_report_plate", "police/legal")
def _t(g):
    return ["ร่างบันทึกประจำวันให้เป็นทางการ: เมื่อเวลาประมาณ 22.40 น. ผู้แจ้ง ", g.P(g.th_name(True)), " โทร ",
            g.phone(), " แจ้งว่ารถยนต์ทะเบียน ", g.plate(), " ขับชนท้ายแล้วหลบหนี ผู้ขับขี่ทราบชื่อภายหลังคือ ",
            g.P(g.th_name(False)), " ซึ่ง", g.s26("CRIMINAL_RECORD")]


@tpl("email_thread_insurer_claim", "insurer")
def _t(g):
    nm = g.th_name(False)
    return ["Please draft a reply to the customer below.\n\nFrom: ", ("PERSON", nm), " <", g.email(), ">\nTo: claims@"
            "thaiinsure.co.th\nSubject: เคลมค่ารักษา กรมธรรม์ POL-", g.dig(9), "\n\nเรียนเจ้าหน้าที่ ดิฉันนอนรพ. 3 คืน "
            "ด้วยอาการ", g.s26("HEALTH_DATA"), " แนบใบเสร็จแล้วค่ะ โอนเข้าบัญชี ", g.bank(), "\n\nขอบคุณค่ะ\n", ("PERSON", nm),
            "\nมือถือ ", g.phone()]


@tpl("yaml_employee_onboarding", "HR")
def _t(g):
    nm = g.lat_name()
    return ["Convert to the new schema v3:\n```yaml\nemployee:\n  name: ", ("PERSON", nm), "\n  national_id: \"",
            g.nid(1), "\"\n  passport: ", g.passport(), "\n  birth_date: ", g.dob(2), "\n  emergency:\n    name: ",
            g.P(g.th_name(False)), "\n    phone: \"", g.phone(2), "\"\n  payroll_account: \"", g.bank(), "\"\n```"]


@tpl("fb_messenger_dm_lgbt", "Facebook chat export")
def _t(g):
    a = g.nick()
    return ["ช่วยดูว่าข้อความนี้เข้าข่ายบูลลี่ไหม (export จาก Messenger)\n---\n", ("PERSON", a),
            ": เค้ากลัวที่บ้านรู้ว่าเค้า", g.s26("SEXUAL_BEHAVIOUR"), "\n", ("PERSON", g.th_name(False)),
            ": ใครบอกมึง555 เดี๋ยวกูแคปส่งกลุ่มเลย\n", ("PERSON", a), ": อย่านะ ขอร้อง"]


@tpl("markdown_table_hotel_guests", "hotel/travel")
def _t(g):
    rows = []
    for _ in range(2):
        nm = g.lat_name()
        rows += ["| ", ("PERSON", nm), " | ", g.passport(), " | ", g.c(["Deluxe", "Suite", "Twin"]), " | ",
                 g.phone(2), " |\n"]
    return ["Reformat as a check-in list sorted by room type:\n\n| Guest | Passport | Room | Mobile |\n|---|---|---|---|\n", *rows]


@tpl("sms_otp_delivery", "logistics")
def _t(g):
    return ["แปลเป็นภาษาอังกฤษ: \"คุณ", g.P(g.th_given()), " พัสดุของท่านจะจัดส่งวันนี้ ที่อยู่ ", g.addr(),
            " หากไม่สะดวกรับโทรกลับ ", g.phone(), "\""]


@tpl("voice_transcript_disability_benefit", "government")
def _t(g):
    return ["ถอดเสียงสายเข้าศูนย์ ขอสรุปเป็นเคส\nเจ้าหน้าที่: ครับ ขอชื่อผู้ขอรับเบี้ยความพิการครับ\nผู้โทร: อ๋อ ค่ะ ชื่อ ",
            g.P(g.th_name(False)), " ค่ะ เอ่อ ลูกชายเป็น", g.s26("DISABILITY"), " มาตั้งแต่เกิด\nเจ้าหน้าที่: เลขบัตรลูกครับ\n"
            "ผู้โทร: ", g.nid(2), " ค่ะ แล้วก็ อืม เกิด ", g.dob(0), " ค่ะ"]


@tpl("genetic_counsel_note_en", "clinic")
def _t(g):
    nm = g.lat_name()
    return ["Summarise for the referring GP in plain English:\nPatient: ", ("PERSON", nm), " (MRN ", g.hn(),
            ")\nIndication: family history of early breast cancer\nResult: ", g.s26("GENETIC_DATA"),
            "\nPlan: cascade testing for sister ", g.P(g.lat_name()), "; counselling booked."]


@tpl("json_escaped_event_payload", "dev logs")
def _t(g):
    nm = g.lat_name()
    return ['{"level":"info","msg":"webhook","body":"{\\"event\\":\\"kyc.approved\\",\\"name\\":\\"', ("PERSON", nm),
            '\\",\\"id_no\\":\\"', g.nid(0), '\\",\\"face_template\\":\\"', g.s26("BIOMETRIC_DATA"),
            '\\"}"}\nParse the inner JSON and tell me which fields we should not be logging.']


@tpl("tsv_payroll_export", "HR")
def _t(g):
    rows = []
    for _ in range(3):
        rows += [("PERSON", g.th_name(False)), "\t", g.bank(), "\t", f"{g.n(18, 95)},{g.dig(3)}.00", "\n"]
    return ["คำนวณภาษีหัก ณ ที่จ่ายให้แต่ละคน\nชื่อ\tเลขบัญชี\tเงินเดือน\n", *rows]


@tpl("ngo_refugee_intake", "NGO")
def _t(g):
    return ["Translate this intake note from Thai to English for the UNHCR partner:\nผู้ลี้ภัยชื่อ ", g.P(g.c(TH_OTHER)),
            " เป็น", g.s26("ETHNICITY"), " นับถือ", g.s26("RELIGION"), " เดินทางข้ามแดนมาพร้อมลูก 2 คน ติดต่อผ่านล่าม ",
            g.phone()]


@tpl("political_canvass_sheet", "NGO")
def _t(g):
    return ["จัดกลุ่มผู้ให้ข้อมูลตามแนวโน้มการลงคะแนน:\n1) ", g.P(g.th_name(True)), " — ", g.s26("POLITICAL_OPINION"),
            " โทร ", g.phone(), "\n2) ", g.P(g.th_name(True)), " — ", g.s26("POLITICAL_OPINION"), "\n3) ",
            g.P(g.lat_name()), " — undecided"]


@tpl("ecommerce_order_dispute", "e-commerce")
def _t(g):
    nm = g.th_name(False)
    return ["ช่วยเขียนตอบลูกค้าที่ร้องเรียน order ", g.order(), "\nลูกค้า: ", ("PERSON", nm), "\nที่อยู่จัดส่ง: ", g.addr(),
            "\nจ่ายด้วยบัตร ", g.card(), "\nข้อความ: ของไม่ครบค่ะ ต้องการคืนเงิน"]


@tpl("telco_sim_registration_ocr", "telco")
def _t(g):
    return ["ตรวจความครบถ้วนแบบฟอร์มลงทะเบียนซิม (OCR):\nชื่อ - สกุล :  ", g.P(g.th_name(True)), "\nเลขที่บัตร :  ",
            g.nid(3), "\nหมายเลขที่ลงทะเบียน :  ", g.phone(0), "\nไลน์ไอดี :  ", g.line(), "\nลายเซ็น ..........."]


@tpl("multi_turn_therapy_chat", "LINE chat export")
def _t(g):
    a = g.nick()
    return ["Summarise this counselling chat history for the next session (user pasted the whole thing):\nuser: สวัสดีค่ะ "
            "หนูชื่อ", ("PERSON", a), "นะคะ\nassistant: สวัสดีค่ะ วันนี้เป็นอย่างไรบ้าง\nuser: หมอวินิจฉัยว่าหนูเป็น",
            g.s26("HEALTH_DATA"), "ค่ะ แล้วหนูก็", g.s26("SEXUAL_BEHAVIOUR"), " ที่บ้านยังไม่รู้\nassistant: ขอบคุณที่ไว้ใจเล่าให้ฟังค่ะ\n"
            "user: ถ้าฉุกเฉินติดต่อไลน์ ", g.line(), " ได้เลย"]


@tpl("court_judgment_summary", "police/legal")
def _t(g):
    return ["สรุปคำพิพากษาย่อ: จำเลย ", g.P(g.th_name(True)), " อายุ ", str(g.n(20, 60)), " ปี ", g.s26("CRIMINAL_RECORD"),
            " ศาลพิจารณาแล้วให้ลงโทษตามฟ้อง ให้ชดใช้ค่าเสียหายแก่ผู้เสียหาย ", g.P(g.th_name(True)), " ภายใน 30 วัน"]


@tpl("bank_kyc_json_passport", "bank")
def _t(g):
    nm = g.lat_name()
    return ["validate this KYC payload against the schema and list errors only:\n{\n  \"customer\": {\n    \"name_en\": \"", ("PERSON", nm),
            "\",\n    \"passport_no\": \"", g.passport(), "\",\n    \"nationality\": \"", g.c(["IN", "CN", "JP", "VN", "NG"]),
            "\",\n    \"date_of_birth\": \"", g.dob(2), "\",\n    \"residence\": \"", g.addr(True), "\",\n    \"ip_at_onboarding\": \"",
            g.ip(), "\"\n  }\n}"]


@tpl("school_parent_line_group", "school")
def _t(g):
    kid = g.th_name(False)
    return ["กลุ่มไลน์ผู้ปกครอง ป.4/2 — ช่วยทำสรุปประกาศ\nครูประจำชั้น: แจ้งผู้ปกครองของ ด.ญ.", ("PERSON", kid),
            " (เลขประจำตัว ", g.sid(), ") น้องมีอาการ", g.s26("HEALTH_DATA"), " ระหว่างเรียน ครูพาไปห้องพยาบาลแล้วนะคะ\n"
            "แม่น้อง: ขอบคุณค่ะครู โทรหาแม่ได้ที่ ", g.phone(), " ค่ะ"]


@tpl("juristic_vendor_onboard_with_contact", "procurement")
def _t(g):
    nm = g.th_name(False)
    return ["ตรวจเอกสารคู่ค้ารายใหม่ให้หน่อย\nชื่อนิติบุคคล: ", g.co_th(), "\nเลขทะเบียนนิติบุคคล: ", g.jur(),
            "\nผู้ประสานงาน: ", ("PERSON", nm), " ", g.phone(), "\nอีเมลผู้ประสานงาน: ", g.email(), "\nอีเมลกลาง: sales@siamgroup.co.th"]


@tpl("fingerprint_timeclock_log", "HR")
def _t(g):
    return ["เครื่องสแกนลายนิ้วมือ sync ไม่ผ่าน ช่วยดู log นี้\n2025-11-02T07:58:11 enroll ok emp=", g.P(g.lat_name()),
            " finger=R2 template=", g.s26("BIOMETRIC_DATA"), "\n2025-11-02T07:58:13 push fail host=", g.ip(), " err=ETIMEDOUT"]


@tpl("disability_quota_csv", "HR")
def _t(g):
    rows = []
    for _ in range(2):
        rows += [("PERSON", g.th_name(False)), ",", g.nid(0), ",", g.s26("DISABILITY"), ",", str(g.n(2015, 2025)), "\n"]
    return ["เตรียมรายงานจ้างงานคนพิการตามมาตรา 33 จากไฟล์นี้\nname,id_card,disability,since\n", *rows]


@tpl("mosque_zakat_donors", "NGO")
def _t(g):
    return ["ทำใบอนุโมทนาบัตรให้ผู้บริจาคซะกาตตามรายชื่อ:\n- ", g.P(g.c(TH_OTHER[:5])), " (", g.s26("RELIGION"),
            ") บริจาค 5,000 บาท บัญชี ", g.bank(), "\n- ", g.P(g.th_name(True)), " บริจาค 1,200 บาท"]


@tpl("dna_paternity_lab_report", "clinic")
def _t(g):
    return ["เขียนจดหมายแจ้งผลตรวจให้ผู้รับบริการ ภาษาสุภาพ:\nผู้ส่งตรวจ: ", g.P(g.th_name(True)), "\nบุตร: ",
            g.P(g.th_name(True)), " เกิด ", g.dob(1), "\nผล: ", g.s26("GENETIC_DATA"), "\nLab no. DNA-", g.dig(6)]


@tpl("union_strike_roster_md", "HR")
def _t(g):
    return ["แปลงเป็นตาราง markdown:\nรายชื่อแกนนำนัดหยุดงาน\n", g.P(g.th_name(False)), " - ", g.s26("TRADE_UNION"),
            " - ", g.phone(), "\n", g.P(g.th_name(False)), " - ", g.s26("TRADE_UNION"), "\n"]


@tpl("visa_application_en", "hotel/travel")
def _t(g):
    nm = g.th_name(False)
    return ["Fill the Schengen form fields from this note: applicant ", ("PERSON", nm), ", Thai passport ", g.passport(),
            ", born ", g.dob(4), ", lives at ", g.addr(), ", email ", g.email(), ", mobile ", g.phone(2)]


@tpl("nursing_handover_note", "hospital")
def _t(g):
    return ["ส่งเวรเช้า: เตียง 12 ", g.P(g.th_name(True)), " ", g.hn(), " dx ", g.s26("HEALTH_DATA"),
            " on O2 cannula 3 LPM ญาติ(ลูกสาว) ", g.phone(), "\nเตียง 14 ", g.P(g.th_name(True)), " ", g.hn(),
            " ", g.s26("DISABILITY"), " ต้องช่วยพลิกตะแคงทุก 2 ชม.\nช่วยทำเป็น SBAR"]


@tpl("car_insurance_quote_chat", "insurer")
def _t(g):
    return ["ลูกค้าทักมาในเพจ ตอบให้หน่อย:\n\"สวัสดีค่ะ ขอเช็คเบี้ยชั้น 1 รถ ", g.plate(), " ค่ะ ผู้ขับ ", g.P(g.th_name(False)),
            " เกิด ", g.dob(3), " ทักไลน์มาได้ที่ ", g.line(), " นะคะ\""]


@tpl("access_log_admin_login", "dev logs")
def _t(g):
    nm = g.lat_name()
    return ["Is this brute force? ", g.ip(), " - - [12/Oct/2025:03:12:55 +0700] \"POST /admin/login HTTP/1.1\" 401 "
            "user=", g.email(nm), "\n", g.ip(), " - - [12/Oct/2025:03:12:56 +0700] \"POST /admin/login HTTP/1.1\" 200 "
            "user=", g.email(nm)]


@tpl("hr_background_check", "HR")
def _t(g):
    return ["Background check result for candidate ", g.P(g.lat_name()), " (ID ", g.nid(1), "): ",
            g.s26("CRIMINAL_RECORD"), ". Draft a neutral rejection letter that does not mention the reason."]


@tpl("religious_diet_airline_pnr", "hotel/travel")
def _t(g):
    return ["PNR ", g.sha(6).upper(), "\n1.", g.P(g.lat_name().upper().replace(" ", "/")), " MR  SSR MOML (", g.s26("RELIGION"),
            " meal)\n2.", g.P(g.lat_name().upper().replace(" ", "/")), " MS  SSR WCHR (", g.s26("DISABILITY"),
            ")\nCTCM ", g.phone(2), "\nExplain these SSR codes to the ground staff."]


@tpl("student_counselling_referral", "university")
def _t(g):
    return ["ร่างหนังสือส่งต่อนักศึกษาไปศูนย์ให้คำปรึกษา: นักศึกษา ", g.P(g.th_name(True)), " รหัส ", g.sid(),
            " แจ้งว่าเป็น", g.s26("ETHNICITY"), " ถูกเพื่อนล้อเลียนจนมีภาวะ", g.s26("HEALTH_DATA"), " อีเมล ", g.email()]


@tpl("face_unlock_bug_report", "dev tools")
def _t(g):
    return ["GitHub issue draft: FaceID fallback leaks embedding in debug log\n\nSteps: login as ", g.email(),
            "\nObserved log line:\n  DEBUG face_match user=", g.P(g.lat_name()), " emb=", g.s26("BIOMETRIC_DATA"),
            " score=0.91\nPlease rewrite this issue professionally."]


@tpl("welfare_card_form_ocr_spacing", "government form OCR")
def _t(g):
    return ["แก้คำที่ OCR ผิดในแบบฟอร์มนี้\nแบบคำร้องขอลงทะเบียนสวัสดิการแห่งรัฐ\nชื่อ  ", g.P(g.th_name(True)),
            "\nเลขประจำตัวประชาชน  ", g.nid(2), "\nวัน/เดือน/ปีเกิด  ", g.dob(5), "\nที่อยู่  ", g.addr(),
            "\nโทรศัพท์  ", g.phone(4)]


@tpl("crypto_exchange_support_ticket", "finance")
def _t(g):
    nm = g.lat_name()
    return ["Ticket #", g.dig(7), " (priority high)\nUser ", ("PERSON", nm), " <", g.email(nm), "> says withdrawal to bank ",
            g.bank(), " failed. Last login IP ", g.ip(), ". Selfie liveness vector ", g.s26("BIOMETRIC_DATA"),
            " was re-used. Write the internal note."]


@tpl("genetic_pharmacogenomic_alert", "hospital")
def _t(g):
    return ["ระบบเตือนแพ้ยา: ผู้ป่วย ", g.P(g.th_name(True)), " HN ", g.hn(), " ผลตรวจ ", g.s26("GENETIC_DATA"),
            " ห้ามสั่ง carbamazepine — ช่วยเขียนข้อความเตือนแพทย์ให้กระชับกว่านี้"]


@tpl("labour_court_complaint", "police/legal")
def _t(g):
    return ["ช่วยเรียงคำร้องต่อศาลแรงงาน: ข้าพเจ้า ", g.P(g.th_name(True)), " อยู่บ้านเลขที่ ", g.addr(),
            " ถูกเลิกจ้างเพราะเป็น", g.s26("TRADE_UNION"), " ของบริษัท ติดต่อ ", g.phone()]


@tpl("dating_app_moderation", "e-commerce")
def _t(g):
    nm = g.lat_name()
    return ["Moderation queue item. Profile: ", ("PERSON", nm), ", ", str(g.n(20, 45)), ". Bio: \"", g.s26("SEXUAL_BEHAVIOUR"),
            ", looking for something real. add my LINE ", g.line(), "\". Reported for: external contact. Decide: allow/remove."]


@tpl("election_volunteer_signup", "NGO")
def _t(g):
    return ["ตรวจใบสมัครอาสาสังเกตการณ์เลือกตั้ง\nชื่อ: ", g.P(g.th_name(True)), "\nอีเมล: ", g.email(),
            "\nเหตุผลที่สมัคร: เพราะ", g.s26("POLITICAL_OPINION"), " และอยากให้เลือกตั้งโปร่งใส"]


@tpl("loan_application_ocr_mixed", "bank")
def _t(g):
    return ["แบบฟอร์มขอสินเชื่อ (scan) → ดึงข้อมูลเป็น key:value\nApplicant / ผู้กู้ :", g.P(g.th_name(True)),
            "\nID No. / เลขบัตร :", g.nid(1), "\nDOB / วันเกิด :", g.dob(1), "\nMobile :", g.phone(0),
            "\nเลขบัญชีรับเงิน :", g.bank(), "\nบริษัทนายจ้าง :", g.co_th(), " (", g.jur(), ")"]


@tpl("wheelchair_taxi_booking", "logistics")
def _t(g):
    return ["จองรถแท็กซี่ให้ผู้โดยสาร ", g.P(g.th_name(False)), " ซึ่งเป็น", g.s26("DISABILITY"),
            " รับที่ ", g.addr(), " ติดต่อ ", g.phone(), " ช่วยเขียนข้อความถึงคนขับ"]


@tpl("ethnic_hilltribe_scholarship", "school")
def _t(g):
    return ["Rank these scholarship applicants:\n* ", g.P(g.th_name(False)), ", ", g.s26("ETHNICITY"), ", GPA 3.8, student ID ",
            g.sid(), "\n* ", g.P(g.th_name(False)), ", ", g.s26("ETHNICITY"), ", GPA 3.5, student ID ", g.sid()]


@tpl("tenant_screening_notes", "real estate")
def _t(g):
    return ["ผู้เช่าห้อง 5/12: ", g.P(g.lat_name()), " พาสปอร์ต ", g.passport(), " เคยถูกแจ้งว่า", g.s26("CRIMINAL_RECORD"),
            " เจ้าของห้องถามว่าควรปฏิเสธได้ไหมตามกฎหมาย"]


@tpl("clinic_appointment_sms_batch", "clinic")
def _t(g):
    out = ["ส่ง SMS เตือนนัดตามนี้ ปรับข้อความให้สั้นลง\n"]
    for _ in range(2):
        out += [g.phone(1), "|คุณ", g.P(g.th_given()), " นัดคลินิก", g.s26("HEALTH_DATA"), " พรุ่งนี้ 09:00\n"]
    return out


@tpl("church_membership_db", "NGO")
def _t(g):
    nm = g.lat_name()
    return ["SELECT * FROM members WHERE id=", g.dig(4), ";\n-- returned: ('", ("PERSON", nm), "', '", g.email(nm), "', '",
            g.s26("RELIGION"), "', 'baptised 2019')\nWhy does my ORM return a tuple instead of a dict?"]


@tpl("rag_news_archive_public_figure", "media")
def _t(g):
    return ["Context (retrieved):\n[1] ข่าวภูมิภาค: ", g.P(g.th_name(True)), " นายก อบต. ", g.s26("CRIMINAL_RECORD"),
            " ถูกสั่งพักงาน\n[2] ", g.P(g.th_name(True)), " ประกาศลงสมัครแทน ในฐานะ", g.s26("POLITICAL_OPINION"),
            "\nQuestion: who replaced whom?"]


@tpl("gym_member_biometric_export", "e-commerce")
def _t(g):
    rows = []
    for _ in range(2):
        nm = g.lat_name()
        rows += ['{"member":"', ("PERSON", nm), '","phone":"', g.phone(1), '","palm_vein":"', g.s26("BIOMETRIC_DATA"), '"}\n']
    return ["We're migrating gym members to a new vendor. Check these NDJSON rows are well-formed:\n", *rows]


@tpl("hr_exit_interview_union_en", "HR")
def _t(g):
    return ["Exit interview notes, please anonymise tone but keep facts:\n", g.P(g.lat_name()), " said management pressured "
            "her after she became a ", g.s26("TRADE_UNION"), ". Reachable at ", g.email(), "."]


@tpl("union_dues_sql_update", "HR DB")
def _t(g):
    return ["UPDATE staff SET note='", g.s26("TRADE_UNION"), "' WHERE emp_name='", g.P(g.th_name(False)),
            "';\n-- ทำไม update แล้ว 0 rows affected ทั้งที่ชื่อถูก"]


@tpl("genetic_thalassemia_premarital", "clinic")
def _t(g):
    return ["คู่สมรส ", g.P(g.th_name(False)), " และ ", g.P(g.th_name(False)), " มาตรวจก่อนแต่ง ฝ่ายหญิงผล ",
            g.s26("GENETIC_DATA"), " ฝ่ายชายผลปกติ ช่วยอธิบายความเสี่ยงของลูกแบบง่ายๆ"]


@tpl("genomics_pipeline_vcf_note", "dev tools")
def _t(g):
    return ["My VCF annotation script crashes on this sample header:\n##SAMPLE=<ID=", g.P(g.lat_name().replace(" ", "_")),
            ",MRN=", g.hn(), ",Finding=\"", g.s26("GENETIC_DATA"), "\">\nKeyError: 'Finding'"]


@tpl("sexual_health_clinic_intake", "clinic")
def _t(g):
    return ["แบบคัดกรองคลินิกนิรนาม\nชื่อเล่น/รหัส: ", g.P(g.nick()), "\nเบอร์: ", g.phone(), "\nพฤติกรรมเสี่ยง: ",
            g.s26("SEXUAL_BEHAVIOUR"), "\nช่วยสรุปความเสี่ยงและแนะนำ PrEP"]


@tpl("hr_harassment_case_en", "HR")
def _t(g):
    return ["Case file summary request. Complainant ", g.P(g.lat_name()), " reports colleague ", g.P(g.lat_name()),
            " outed him as ", g.s26("SEXUAL_BEHAVIOUR"), " in the team Slack. Extension 4410, mobile ", g.phone(2), "."]


@tpl("political_twitter_mod_queue", "media")
def _t(g):
    return ["จัดหมวดโพสต์นี้ให้หน่อย: ผู้ใช้ ", g.P(g.th_name(False)), " (", g.email(), ") โพสต์ว่าตัวเอง",
            g.s26("POLITICAL_OPINION"), " และชวนไปชุมนุมที่ราชดำเนิน"]


@tpl("hr_political_dismissal_en", "HR")
def _t(g):
    return ["Our regional manager wants to fire ", g.P(g.lat_name()), " because he ", g.s26("POLITICAL_OPINION"),
            ". Legal risk? Employee ID E-", g.dig(5), ", DOB ", g.dob(4), "."]


@tpl("ethnicity_census_interview", "government")
def _t(g):
    return ["ถอดความสัมภาษณ์: อืม ผม ", g.P(g.th_name(False)), " นะครับ เป็น", g.s26("ETHNICITY"),
            " ครับ บ้านอยู่ ", g.addr(), " เอ่อ แล้วก็ไม่มีบัตรครับ มีแต่เลข ", g.nid(0)]


@tpl("migrant_worker_registry_tsv", "government")
def _t(g):
    rows = []
    for _ in range(2):
        rows += [("PERSON", g.c(TH_OTHER[5:10])), "\t", g.passport(), "\t", g.s26("ETHNICITY"), "\t", g.phone(1), "\n"]
    return ["merge duplicates in this migrant worker list\nname\tpassport\tethnic_group\ttel\n", *rows]


@tpl("plate_parking_fine_en", "government")
def _t(g):
    return ["Write a parking fine notice for vehicle ", g.plate(), " registered to ", g.P(g.th_name(False)), ", ", g.addr(),
            "."]


@tpl("juristic_director_cert", "procurement")
def _t(g):
    return ["หนังสือรับรองบริษัท: ", g.co_th(), " ทะเบียนเลขที่ ", g.jur(), " กรรมการผู้มีอำนาจ ", g.P(g.th_name(True)),
            " — ช่วยสรุปอำนาจกรรมการ"]


@tpl("student_grade_appeal_email", "university")
def _t(g):
    nm = g.lat_name()
    return ["Dear Ajarn,\nI am ", ("PERSON", nm), " (student no. ", g.sid(), "). I would like to appeal my grade for "
            "ECON201.\nRegards,\n", ("PERSON", nm), "\n", g.email(nm), "\n--\nPolish this email please."]


@tpl("line_oa_chatbot_log", "LINE chat export")
def _t(g):
    return ["LINE OA webhook log (ทำไม reply token หมดอายุ):\n{\"type\":\"message\",\"source\":{\"userId\":\"U", g.sha(32),
            "\"},\"message\":{\"text\":\"ชื่อ ", g.P(g.th_name(False)), " เบอร์ ", g.phone(1), " ไลน์ ", g.line(),
            " ค่ะ\"}}"]


@tpl("credit_card_dispute_fullwidth", "bank")
def _t(g):
    c = g.card()
    return ["Customer wrote (fullwidth digits, copy-pasted from phone): \"Card ", ("CREDIT_CARD", c[1].translate(FW_DIG)),
            " charged twice at 7-Eleven\". Name on card ", g.P(g.lat_name().upper()), ". Draft reply."]


@tpl("hotel_incident_report_th", "hotel/travel")
def _t(g):
    return ["รายงานเหตุการณ์ห้อง 1207: แขก ", g.P(g.lat_name()), " หนังสือเดินทาง ", g.passport(), " ล้มในห้องน้ำ แจ้งว่ามีโรค",
            g.s26("HEALTH_DATA"), " ส่งรพ.แล้ว ช่วยแปลเป็นอังกฤษส่ง HQ"]


@tpl("ip_fraud_rule_tuning", "bank")
def _t(g):
    return ["These two logins belong to ", g.P(g.th_name(False)), ": ", g.ip(), " (Bangkok) and ", g.ip(),
            " (Lagos) 6 min apart. Card on file ", g.card(), ". Should the rule fire?"]


@tpl("school_report_card_markdown", "school")
def _t(g):
    rows = []
    for _ in range(2):
        rows += ["| ", g.sid(), " | ", ("PERSON", g.th_name(False)), " | ", g.dob(1), " | ", str(g.n(2, 4)), ".", g.dig(2), " |\n"]
    return ["ทำสรุปผลการเรียน\n| เลขประจำตัว | ชื่อ | วันเกิด | GPA |\n|--|--|--|--|\n", *rows]


@tpl("pharmacy_delivery_grab", "logistics")
def _t(g):
    return ["ไรเดอร์ถามว่า ส่งยา ", g.s26("HEALTH_DATA"), " ให้ ", g.P(g.nick()), " ที่ ", g.addr(),
            " โทรไม่ติด ", g.phone(), " ทำไงดี ช่วยตอบไรเดอร์"]


@tpl("passport_renewal_queue_en", "government")
def _t(g):
    return ["Queue list for consular passport renewal (explain missing docs):\n- ", g.P(g.th_name(False)), " old passport ",
            g.passport(), " DOB ", g.dob(4), "\n- ", g.P(g.th_name(False)), " old passport ", g.passport(), " DOB ", g.dob(4)]


@tpl("medical_certificate_driving", "clinic")
def _t(g):
    return ["ใบรับรองแพทย์ (ขับรถ) ตรวจภาษาให้ด้วย\nข้าพเจ้า นพ.", g.P(g.th_name(False)), " ได้ตรวจร่างกาย ",
            g.P(g.th_name(True)), " เลขบัตร ", g.nid(1), " แล้วพบว่า ", g.s26("DISABILITY"), " ไม่เหมาะสมขับรถสาธารณะ"]


@tpl("k8s_pod_log_user_record", "dev logs")
def _t(g):
    nm = g.lat_name()
    return ["pod/api-7c9f crashed, log tail:\nWARN serialize user {id: ", g.dig(6), ", name: '", ("PERSON", nm), "', email: '",
            g.email(nm), "', last_ip: '", g.ip(), "'} exceeded 4KB\npanic: runtime error: index out of range"]


@tpl("vehicle_loan_repossession", "bank")
def _t(g):
    return ["เขียนจดหมายแจ้งเตือนยึดรถ: ผู้เช่าซื้อ ", g.P(g.th_name(True)), " ทะเบียน ", g.plate(), " ค้างชำระ 4 งวด",
            " ส่งถึง ", g.addr()]


@tpl("religion_conversion_counselling", "NGO")
def _t(g):
    return ["คุณ", g.P(g.th_given()), " เล่าว่าเพิ่งเปลี่ยนมานับถือ", g.s26("RELIGION"), " แล้วครอบครัวไม่ยอมรับ ",
            "ช่วยร่างคำแนะนำให้ผู้ให้คำปรึกษา"]


@tpl("vaccine_record_json_thai_digits", "hospital")
def _t(g):
    return ['{"patient":"', g.P(g.th_name(False)), '","cid":"', g.nid(3), '","hn":"', g.hn(), '","dx":"', g.s26("HEALTH_DATA"),
            '"}\nแปลงเป็น FHIR Patient + Condition ให้หน่อย']


@tpl("courier_failed_delivery_voice", "call-centre transcript")
def _t(g):
    return ["[voice→text] อ่า ฮัลโหลครับ ผมโทรจากขนส่งนะครับ พัสดุคุณ ", g.P(g.th_name(False)), " ครับ เลขพัสดุ TH",
            g.dig(10), " อ่า บ้านเลขที่ ", g.addr(), " หาไม่เจอครับ โทรกลับ ", g.phone(3), " นะครับ\n→ สรุปเป็นข้อความ"]


@tpl("rag_policy_plus_case", "insurer")
def _t(g):
    return ["Context:\n[policy.pdf p3] Pre-existing conditions are excluded for 120 days.\n[case-", g.dig(5), ".txt] "
            "Insured ", g.P(g.lat_name()), " declared ", g.s26("HEALTH_DATA"), " at application, DOB ", g.dob(2),
            ".\nQ: is the claim payable?"]


@tpl("biometric_border_gate_log", "government")
def _t(g):
    return ["AutoGate log, find why match failed:\ntraveller=", g.P(g.th_name(False)), " doc=", g.passport(),
            " fp_template=", g.s26("BIOMETRIC_DATA"), " result=NO_MATCH"]


@tpl("it_helpdesk_ticket_line", "dev tools")
def _t(g):
    return ["helpdesk: ", g.P(g.nick()), " บัญชีการเงิน บอกว่า VPN ต่อไม่ได้ IP เครื่อง ", g.ip(), " ติดต่อไลน์ ",
            g.line(), " ช่วยเขียน steps แก้ปัญหาให้ผู้ใช้ทั่วไป"]


@tpl("alumni_directory_csv", "university")
def _t(g):
    rows = []
    for _ in range(2):
        nm = g.lat_name()
        rows += [("PERSON", nm), ",", g.sid(), ",", g.email(nm), ",", g.line(), "\n"]
    return ["dedupe alumni by email, keep latest\nname,student_id,email,line\n", *rows]


@tpl("insurance_underwriting_genetic", "insurer")
def _t(g):
    return ["ผู้ขอเอาประกัน ", g.P(g.th_name(True)), " แนบผลตรวจ ", g.s26("GENETIC_DATA"),
            " ฝ่ายพิจารณาถามว่าใช้ข้อมูลนี้ปฏิเสธได้ไหม ตอบตาม PDPA"]


@tpl("call_centre_prison_visit", "call-centre transcript")
def _t(g):
    return ["Agent: ขอชื่อผู้ต้องขังที่จะเยี่ยมครับ\nCaller: ", g.P(g.th_name(False)), " ค่ะ เขา", g.s26("CRIMINAL_RECORD"),
            " อยู่แดน 2\nAgent: ชื่อผู้เยี่ยมครับ\nCaller: ", g.P(g.th_name(False)), " ค่ะ เบอร์ ", g.phone(),
            "\n→ จัดคิวเยี่ยมให้หน่อย"]


@tpl("emergency_contact_form_en", "school")
def _t(g):
    return ["Summer camp form — check for missing fields:\nChild: ", g.P(g.lat_name()), "  DOB: ", g.dob(4),
            "\nCondition: ", g.s26("DISABILITY"), "\nGuardian: ", g.P(g.lat_name()), "  ", g.phone(2)]


@tpl("ethnic_hr_diversity_sheet", "HR")
def _t(g):
    return ["Our diversity sheet lists ", g.P(g.lat_name()), " as ", g.s26("ETHNICITY"), " and ", g.P(g.th_name(False)),
            " as ", g.s26("ETHNICITY"), ". Is storing this lawful under PDPA s.26?"]


@tpl("bank_transfer_slip_ocr", "bank")
def _t(g):
    return ["อ่านสลิปนี้แล้วบันทึกบัญชี\nโอนเงินสำเร็จ\nจาก ", g.P(g.th_name(True)), "\nxxx-x-x", g.dig(4), "-x\nไปยัง ",
            g.P(g.th_name(True)), "\n", g.bank(), "\nจำนวน ", g.price(), " บาท"]


@tpl("political_donation_ledger", "NGO")
def _t(g):
    return ["Reconcile donations: ", g.P(g.th_name(False)), " 20,000 THB via card ", g.card(), " memo '",
            g.s26("POLITICAL_OPINION"), "'"]


@tpl("sexual_behaviour_contact_tracing", "hospital")
def _t(g):
    return ["Contact tracing (STI) — draft a neutral notification SMS:\nIndex case HN ", g.hn(), " reports ",
            g.s26("SEXUAL_BEHAVIOUR"), "; partner ", g.P(g.lat_name()), " ", g.phone(2)]


@tpl("union_membership_form_ocr", "HR")
def _t(g):
    return ["ใบสมัคร สมาชิก สหภาพ (OCR)\nข้ าพเจ้า  ", g.P(g.th_name(True)), "\nเลขบัตร  ", g.nid(2),
            "\nขอสมัครเป็น  ", g.s26("TRADE_UNION"), "\nตรวจคำผิดให้หน่อย"]


@tpl("dev_seed_fixture_python", "dev tools")
def _t(g):
    nm = g.lat_name()
    return ["Refactor into a pytest fixture:\nusers = [\n    dict(name=\"", ("PERSON", nm), "\", email=\"", g.email(nm),
            "\", card=\"", g.card(), "\", dob=\"", g.dob(2), "\"),\n]"]


@tpl("telco_roaming_complaint_en", "telco")
def _t(g):
    return ["Customer ", g.P(g.lat_name()), " (", g.phone(2), ", passport ", g.passport(), ") disputes roaming charges of ",
            g.price(), " THB. Write empathetic reply."]


@tpl("hospital_discharge_summary_en", "hospital")
def _t(g):
    return ["Shorten this discharge summary:\nName: ", g.P(g.th_name(False)), "  AN: ", g.hn(), "\nDx: ",
            g.s26("HEALTH_DATA"), "\nHome meds reviewed. Follow-up OPD 2 weeks. Caregiver ", g.P(g.nick()), " ", g.phone()]


@tpl("rental_car_contract_th", "hotel/travel")
def _t(g):
    return ["สัญญาเช่ารถ: ผู้เช่า ", g.P(g.lat_name()), " พาสปอร์ต ", g.passport(), " รถทะเบียน ", g.plate(),
            " มัดจำบัตร ", g.card(), " ตรวจข้อความสัญญาให้หน่อย"]


@tpl("whatsapp_group_export_mixed", "chat export")
def _t(g):
    a, b = g.lat_name(), g.th_name(False)
    return ["Summarise this WhatsApp export:\n[10/11/25, 21:03] ", ("PERSON", a), ": guys my new number ", g.phone(2),
            "\n[10/11/25, 21:05] ", ("PERSON", b), ": ok! also I'm ", g.s26("SEXUAL_BEHAVIOUR"),
            " btw, finally said it 😅\n[10/11/25, 21:06] ", ("PERSON", a), ": proud of you"]


@tpl("genetic_newborn_screening", "hospital")
def _t(g):
    return ["ผลคัดกรองทารก: บุตรของ ", g.P(g.th_name(True)), " HN ", g.hn(), " เกิด ", g.dob(0), " ผล ",
            g.s26("GENETIC_DATA"), " ช่วยเขียนแจ้งผู้ปกครองแบบไม่ทำให้ตกใจ"]


@tpl("political_survey_raw_json", "NGO")
def _t(g):
    return ['[{"respondent":"', g.P(g.th_name(False)), '","tel":"', g.phone(1), '","q7":"', g.s26("POLITICAL_OPINION"),
            '"}]\ncompute share per answer for q7 (there is only one row here, just show the code)']


@tpl("juristic_tax_invoice_buyer", "e-commerce")
def _t(g):
    return ["ออกใบกำกับภาษีเต็มรูป ผู้ซื้อ: ", g.co_th(), " เลขผู้เสียภาษี ", g.jur(), " ผู้ติดต่อ ",
            g.P(g.th_name(False)), " ", g.email()]


@tpl("student_visa_union_activist", "university")
def _t(g):
    return ["International office note: student ", g.P(g.lat_name()), " (ID ", g.sid(), ") is a ", g.s26("TRADE_UNION"),
            " back home and fears return. Draft referral."]


@tpl("clinic_psych_referral_line", "clinic")
def _t(g):
    return ["ส่งต่อผู้ป่วย ", g.P(g.th_name(True)), " อายุ ", str(g.n(18, 70)), " ปี วันเกิด ", g.dob(1), " ", g.s26("HEALTH_DATA"),
            " ไลน์ญาติ ", g.line()]


@tpl("passport_scan_mrz", "hotel/travel")
def _t(g):
    p = g.passport()
    return ["MRZ อ่านไม่ออกบางตัว ช่วยแก้:\nP<THA", g.P(g.c(RTF).upper() + "<<" + g.rt_given().upper()), "<<<<<<\n",
            ("TH_PASSPORT", p[1]), "<8THA", g.dig(6), "1M", g.dig(6), "<<<"]


# ============================================================================= negative templates

def _hn(t, name, dom):
    return tpl(name, dom, True, t)


@_hn("HEALTH_DATA", "hn_health_faq_diabetes", "hospital")
def _t(g):
    return [f"เขียน FAQ หน้าเว็บโรงพยาบาล: เบาหวานชนิดที่ 2 ต่างจากชนิดที่ 1 อย่างไร ควรตรวจน้ำตาลบ่อยแค่ไหน ค่าตรวจแพ็กเกจ {g.price()} บาท"]


@_hn("HEALTH_DATA", "hn_health_stats_depression", "public health")
def _t(g):
    return [f"Turn into a chart caption: Thailand depression screening 2024, {g.n(10, 30)}.{g.n(0, 9)}% of adults "
            f"aged 18-25 screened positive; hypertension prevalence {g.n(20, 30)}%. Source: national survey, n={g.n(20000, 90000)}."]


@_hn("RELIGION", "hn_religion_holiday_policy", "HR")
def _t(g):
    return ["ร่างนโยบายวันลา: พนักงานที่นับถือศาสนาอิสลามลาละหมาดวันศุกร์ได้ 1 ชม. ศาสนาคริสต์ลาวันคริสต์มาส "
            f"ศาสนาพุทธลาบวชได้ 15 วัน มีผลตั้งแต่ 1 ม.ค. {g.n(2568, 2570)}"]


@_hn("RELIGION", "hn_religion_course_syllabus", "university")
def _t(g):
    return [f"Syllabus REL{g.n(100, 399)}: Week 1 Buddhist ethics; Week 2 Muslim jurisprudence basics; Week 3 Christian "
            "(Protestant) reformation; Week 4 Sikh and Hindu communities in Bangkok. Make it a table."]


@_hn("ETHNICITY", "hn_ethnicity_museum_text", "media")
def _t(g):
    return ["แปลป้ายพิพิธภัณฑ์: ชาวม้ง ชาวเขาเผ่าอาข่า และชาติพันธุ์กะเหรี่ยง อพยพเข้าสู่ภาคเหนือช่วงศตวรรษที่ 19 "
            f"ปัจจุบันมีประชากรรวมราว {g.n(300, 900)},000 คน"]


@_hn("ETHNICITY", "hn_ethnicity_dataset_card", "dev tools")
def _t(g):
    return [f"Write a dataset card section 'Languages & groups' for our corpus v{g.ver()}: Karen ethnicity texts "
            f"{g.n(1000, 9000)} docs, ethnic Hmong {g.n(1000, 9000)}, Tai Yai {g.n(100, 900)}. No personal data collected."]


@_hn("POLITICAL_OPINION", "hn_political_news_law", "media")
def _t(g):
    return ["สรุปข่าว: สภาฯ รับหลักการร่างแก้ไข ม.112 วาระแรก ด้วยคะแนน "
            f"{g.n(200, 300)} ต่อ {g.n(100, 200)} พรรคฝ่ายค้านและฝ่ายรัฐบาลอภิปรายกว่า 9 ชั่วโมง"]


@_hn("POLITICAL_OPINION", "hn_political_poll_methodology", "NGO")
def _t(g):
    return [f"Critique this poll method: 1,{g.dig(3)} phone interviews, question 'do you support abolishing the lese-majeste "
            "law?', weighting by region and age, margin of error ±3%."]


@_hn("CRIMINAL_RECORD", "hn_criminal_statute_explainer", "police/legal")
def _t(g):
    return ["อธิบายง่ายๆ: คดีเมาแล้วขับ รอลงอาญาได้ไหม โทษจำคุกคดียาเสพติดตาม พ.ร.บ. ใหม่เป็นอย่างไร "
            "และประวัติคดีลักทรัพย์ลบได้หรือเปล่า"]


@_hn("CRIMINAL_RECORD", "hn_criminal_crime_stats", "government")
def _t(g):
    return [f"Plot this: fraud convictions {g.n(2000, 6000)} (2022), {g.n(2000, 6000)} (2023); assault convictions "
            f"{g.n(1000, 3000)}; online gambling cases up {g.n(5, 40)}% YoY. Use matplotlib."]


@_hn("SEXUAL_BEHAVIOUR", "hn_sexual_prep_campaign", "public health")
def _t(g):
    return ["เขียนแคปชันรณรงค์: กลุ่มชายที่มีเพศสัมพันธ์กับชาย (MSM) และผู้ที่มีเพศสัมพันธ์โดยไม่ป้องกัน "
            "รับ PrEP ฟรีที่คลินิกทั่วประเทศ โทรสายด่วน 1663"]


@_hn("SEXUAL_BEHAVIOUR", "hn_sexual_app_feature_spec", "dev tools")
def _t(g):
    return [f"PRD v{g.ver()}: add orientation filter (gay, lesbian, bisexual, straight) to the dating app; default hidden; "
            "users can opt out anytime. Write acceptance criteria."]


@_hn("DISABILITY", "hn_disability_accessibility_guide", "government")
def _t(g):
    return ["ทำ checklist ความสะดวกสำหรับคนพิการ: ทางลาดสำหรับผู้ใช้วีลแชร์ อักษรเบรลล์สำหรับผู้ตาบอดสนิท "
            "ล่ามภาษามือสำหรับผู้พิการทางการได้ยิน สำหรับอาคารสำนักงานใหม่"]


@_hn("DISABILITY", "hn_disability_quota_law", "HR")
def _t(g):
    return [f"Explain Thai disability employment quota: 1 person with disability per 100 employees; otherwise pay "
            f"{g.price()} THB per missing position per year to the fund. For a slide."]


@_hn("TRADE_UNION", "hn_union_labour_act", "police/legal")
def _t(g):
    return ["สรุป พ.ร.บ.แรงงานสัมพันธ์: การจัดตั้งสหภาพแรงงานต้องมีลูกจ้างกี่คน สมาชิกสหภาพแรงงานรัฐวิสาหกิจ"
            "มีสิทธิ์นัดหยุดงานได้หรือไม่"]


@_hn("TRADE_UNION", "hn_union_news_strike", "media")
def _t(g):
    return [f"Rewrite this headline 3 ways: Auto workers' union members rally for {g.n(3, 8)}% wage rise; "
            "teachers' union backs the call."]


@_hn("GENETIC_DATA", "hn_genetic_test_product", "e-commerce")
def _t(g):
    return [f"เขียนคำบรรยายสินค้า: ชุดตรวจ DNA แพ็กเกจ Premium ตรวจยีน BRCA1/BRCA2 พาหะธาลัสซีเมีย "
            f"และ CYP2C19 ราคา {g.price()} บาท รู้ผลใน 21 วัน SKU GX-{g.dig(5)}"]


@_hn("GENETIC_DATA", "hn_genetic_lecture_notes", "university")
def _t(g):
    return ["Make flashcards: HLA-B*15:02 is associated with carbamazepine SJS in Southeast Asians; APOE4 raises "
            "Alzheimer risk; trisomy 21 karyotype is 47,XY,+21 or 47,XX,+21."]


@_hn("BIOMETRIC_DATA", "hn_biometric_vendor_rfp", "procurement")
def _t(g):
    return [f"ร่าง TOR จัดซื้อเครื่องสแกนลายนิ้วมือและจดจำใบหน้า {g.n(20, 200)} เครื่อง รองรับ template ISO 19794-2 "
            "เก็บข้อมูลชีวมิติแบบเข้ารหัสบนอุปกรณ์เท่านั้น"]


@_hn("BIOMETRIC_DATA", "hn_biometric_model_card", "dev tools")
def _t(g):
    return [f"Explain this config: face_embedding_dim=512, iris_code_bits=2048, voiceprint_threshold=0.{g.n(60, 90)}, "
            f"model=arcface-r{g.c(['50', '100'])} v{g.ver()}. No enrolment data is stored in this repo."]


# ------------------------------------------------------------------- epoch negatives (pass Thai ID checksum)

@tpl("neg_epoch_json_events", "dev logs", True)
def _t(g):
    return [f'Why are these out of order?\n[{{"event":"cart.add","ts":{g.epoch()},"sku":"SKU-{g.dig(6)}"}},\n'
            f' {{"event":"cart.checkout","ts":{g.epoch()},"order":"{g.order()}"}}]']


@tpl("neg_epoch_created_at_sql", "dev logs", True)
def _t(g):
    return [f"SELECT id, created_at FROM invoices WHERE created_at > {g.epoch()} ORDER BY created_at;\n"
            f"-- returns row inv_{g.dig(6)} with created_at={g.epoch()}, convert to Asia/Bangkok"]


@tpl("neg_epoch_kafka_log", "dev logs", True)
def _t(g):
    return [f"kafka consumer lag issue:\noffset={g.dig(7)} partition=3 ts={g.epoch()} key=order-{g.dig(8)}\n"
            f"offset={g.dig(7)} partition=3 ts={g.epoch()} key=order-{g.dig(8)}\nwhat does CreateTime mean here?"]


@tpl("neg_epoch_yaml_build", "dev tools", True)
def _t(g):
    return [f"build:\n  version: {g.ver()}\n  commit: {g.sha(12)}\n  created_at: {g.epoch()}\n"
            "Why does our dashboard show year 57000 for created_at?"]


# ------------------------------------------------------------------- other hard negatives

@tpl("neg_tracking_numbers", "logistics", True)
def _t(g):
    return [f"สถานะพัสดุ TH{g.dig(10)}TH และ KERRY{g.dig(10)} ค้างที่ศูนย์ลำลูกกา 3 วัน ช่วยร่างข้อความแจ้งลูกค้าทั่วไป"]


@tpl("neg_invoice_totals_csv", "finance", True)
def _t(g):
    return [f"invoice_no,amount,vat\n{g.order()},{g.price()},7%\n{g.order()},{g.price()},7%\nSum amounts incl. VAT."]


@tpl("neg_isbn_bibliography", "university", True)
def _t(g):
    return [f"Format as APA: Thai Economic History, 3rd ed., ISBN 978-616-{g.dig(3)}-{g.dig(3)}-{g.n(0, 9)}, Bangkok: "
            "University Press, 2021, pp. 112-140."]


@tpl("neg_role_mailboxes_signature", "HR", True)
def _t(g):
    return ["ปรับ footer อีเมลบริษัท: สมัครงานส่งที่ recruit@siamlogis.co.th ฝ่ายบุคคล hr@siamlogis.co.th "
            "สอบถามทั่วไป info@siamlogis.co.th หรือ support@siamlogis.co.th (จ.-ศ. 8:30-17:30)"]


@tpl("neg_version_changelog", "dev tools", True)
def _t(g):
    return [f"Write release notes: v{g.ver()} fixes memory leak in parser; v{g.ver()} adds IPv6 support; build "
            f"{g.sha(8)}; min Python 3.{g.n(10, 13)}."]


@tpl("neg_stock_prices", "finance", True)
def _t(g):
    return [f"SET index ปิดที่ 1,{g.dig(3)}.{g.dig(2)} จุด PTT {g.n(30, 40)}.{g.n(0, 75)} บาท ปริมาณซื้อขาย {g.n(40, 90)},{g.dig(3)} ล้านบาท เขียนสรุปตลาดวันนี้"]


@tpl("neg_product_sku_table", "e-commerce", True)
def _t(g):
    return [f"| SKU | ชื่อสินค้า | ราคา |\n|--|--|--|\n| {g.order()} | หม้อทอดไร้น้ำมัน 5L | {g.price()} |\n"
            f"| {g.order()} | พัดลมตั้งพื้น 16\" | {g.price()} |\nเขียนคำโปรยสินค้าให้สองรายการนี้"]


@tpl("neg_company_public_info", "procurement", True)
def _t(g):
    return [f"Summarise for an investor deck: {g.co_en()} reported revenue {g.n(100, 900)} MB THB in FY2024, "
            f"{g.n(100, 2000)} employees, offices in Bangkok and Chon Buri. Contact: info@investor-relations.co.th"]


@tpl("neg_weather_api_response", "dev tools", True)
def _t(g):
    return [f'{{"city":"Chiang Mai","temp_c":{g.n(18, 36)}.{g.n(0, 9)},"pm25":{g.n(10, 180)},"updated":"2025-03-0{g.n(1, 9)}T0{g.n(0, 9)}:00:00+07:00"}}\n'
            "แปลงเป็นข้อความเตือนฝุ่นสำหรับประชาชน"]


@tpl("neg_hotel_promo_sms", "hotel/travel", True)
def _t(g):
    return [f"ตรวจคำผิด SMS โปรโมชัน: ห้องพักดีลักซ์ลด {g.n(20, 60)}% เข้าพัก {g.n(1, 28)}-{g.n(1, 28)} ธ.ค. "
            f"โค้ด XMAS{g.dig(2)} จองที่เว็บไซต์ก่อนสิ้นเดือน"]


@tpl("neg_nginx_config", "dev tools", True)
def _t(g):
    return [f"server {{\n  listen 443 ssl;\n  server_name api.example.co.th;\n  proxy_pass http://127.0.0.1:{g.n(3000, 9000)};\n"
            f"  client_max_body_size {g.n(1, 50)}m;\n}}\nWhy 413 errors?"]


@tpl("neg_gov_form_blank", "government form OCR", True)
def _t(g):
    return ["OCR แบบฟอร์มเปล่า ช่วยจัดหน้า:\nชื่อ - สกุล ........................\nเลขประจำตัวประชาชน  _ - _ _ _ _ - _ _ _ _ _ - _ _ - _\n"
            "วันเกิด ....../....../......\nโทรศัพท์ .................\nลงชื่อ ............ ผู้ยื่นคำร้อง"]


@tpl("neg_call_centre_ivr_script", "call-centre transcript", True)
def _t(g):
    return [f"ปรับสคริปต์ IVR: 'กด 1 เพื่อสอบถามยอดค้างชำระ กด 2 เพื่อแจ้งบัตรหาย กด 9 เพื่อติดต่อเจ้าหน้าที่' "
            f"เวลารอเฉลี่ย {g.n(1, 9)} นาที ให้สั้นลง"]


@tpl("neg_stacktrace_generic", "dev logs", True)
def _t(g):
    return [f"Traceback (most recent call last):\n  File \"/app/worker.py\", line {g.n(10, 400)}, in run\n"
            f"    batch = queue.get(timeout={g.n(1, 30)})\nqueue.Empty\njob_id={g.sha(10)}\nHow do I retry safely?"]


@tpl("neg_bank_rate_table", "bank", True)
def _t(g):
    return [f"Rate table for the website: savings 0.{g.n(25, 95)}% p.a., 12-month fixed 1.{g.n(10, 95)}%, MRR 7.{g.n(10, 50)}%. "
            "Call centre 02 hotline shown on site. Rewrite as friendly copy."]


@tpl("neg_sql_schema_ddl", "dev tools", True)
def _t(g):
    return ["CREATE TABLE customers (\n  id BIGSERIAL PRIMARY KEY,\n  full_name TEXT NOT NULL,\n  national_id CHAR(13),\n"
            "  phone TEXT,\n  dob DATE\n);\nAdd column-level encryption for national_id. Which pgcrypto functions?"]


@tpl("neg_ip_private_ranges", "dev tools", True)
def _t(g):
    return [f"Subnet plan: 10.{g.n(0, 255)}.0.0/16 for prod, 172.{g.n(16, 31)}.0.0/20 for staging, 192.168.{g.n(0, 255)}.0/24 for office. "
            "Any overlap with default Docker bridge?"]


@tpl("neg_clinic_opening_hours", "clinic", True)
def _t(g):
    return [f"ปรับประกาศ: คลินิกเปิด จ.-ส. 08.00-20.00 น. ตรวจสุขภาพประจำปี {g.price()} บาท ฉีดวัคซีนไข้หวัดใหญ่ {g.n(400, 900)} บาท ไม่ต้องนัดล่วงหน้า"]


@tpl("neg_insurance_product_compare", "insurer", True)
def _t(g):
    return [f"เปรียบเทียบแผนประกันสุขภาพ A เบี้ย {g.price()} บาท/ปี วงเงิน {g.n(1, 5)} ล้าน กับแผน B เบี้ย {g.price()} บาท/ปี "
            "คุ้มครองโรคร้ายแรง 44 โรค ทำเป็นตาราง"]


@tpl("neg_train_timetable", "hotel/travel", True)
def _t(g):
    return [f"Train {g.n(1, 99)} Bangkok–Chiang Mai departs 18:{g.n(10, 59)}, arrives 07:{g.n(10, 59)}, 2nd class sleeper "
            f"{g.n(800, 1500)} THB. Write a short travel tip."]


@tpl("neg_git_log_paste", "dev tools", True)
def _t(g):
    return [f"Squash these into one message:\n{g.sha(7)} fix: null check in parser\n{g.sha(7)} chore: bump deps to "
            f"{g.ver()}\n{g.sha(7)} feat: add retry with backoff"]


@tpl("neg_telco_package_faq", "telco", True)
def _t(g):
    return [f"FAQ: แพ็กเกจเน็ต {g.n(10, 100)}GB {g.n(199, 899)} บาท/เดือน โทรฟรีในเครือข่าย ยกเลิกได้ทาง *{g.n(100, 999)}# "
            "เขียนเป็นคำถาม-คำตอบ 5 ข้อ"]


@tpl("neg_prometheus_metrics", "dev logs", True)
def _t(g):
    return [f"http_requests_total{{code=\"500\",route=\"/api/v2/orders\"}} {g.n(100, 9999)}\n"
            f"process_resident_memory_bytes {g.n(10**8, 10**9)}\nAlert rule for error ratio > 2%?"]


# ============================================================================= build

def _render(parts: list) -> tuple[str, list[dict]]:
    text, ents = "", []
    for p in parts:
        if isinstance(p, tuple):
            etype, value = p
            if etype not in ENTITY_TYPES:
                raise ValueError(f"unknown type {etype}")
            if value != value.strip() or not value:
                raise ValueError(f"bad span {value!r}")
            ents.append({"entity_type": etype, "start": len(text), "end": len(text) + len(value)})
            text += value
        else:
            text += p
    return text, ents


def build() -> list[dict]:
    rng = random.Random(SEED)
    faker.Faker.seed(SEED)
    fth, fen = faker.Faker("th_TH"), faker.Faker("en_US")
    fth.seed_instance(SEED)
    fen.seed_instance(SEED + 1)
    g = G(rng, fth, fen)
    names = [t.name for t in TEMPLATES]
    if len(set(names)) != len(names):
        raise ValueError("duplicate template names")
    docs = []
    for t in TEMPLATES:
        for _ in range(PER_TEMPLATE):
            text, ents = _render(t.fn(g))
            if t.negative != (not ents):
                raise ValueError(f"template {t.name}: negative flag does not match entities")
            for e in ents:
                if not _check_value(e["entity_type"], text[e["start"]:e["end"]]):
                    raise ValueError(f"template {t.name}: invalid {e['entity_type']}")
            docs.append({"domain": t.domain, "template": t.name, "negative": t.negative, "text": text,
                         "entities": ents})
    rng.shuffle(docs)
    out = []
    for i, d in enumerate(docs, 1):
        out.append({"id": f"f7-{i:04d}", "split": "test", **d})
    return out


def render_jsonl(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the file on disk is out of date")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    content = render_jsonl(build())
    if args.check:
        try:
            on_disk = args.out.read_text(encoding="utf-8")
        except FileNotFoundError:
            print(f"{args.out} missing", file=sys.stderr)
            return 1
        if on_disk != content:
            print(f"{args.out} is out of date (faker {faker.VERSION}, generated with {GENERATED_WITH_FAKER})",
                  file=sys.stderr)
            return 1
        return 0
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {content.count(chr(10))} prompts to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
