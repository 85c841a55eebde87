"""Write ``bench/freshset.jsonl``: a blind, independently written test set.

Why this exists: ``devset.jsonl`` and the recognizers were written by the same people, so its
``test`` split still shares phrasing habits with the code.  This set was written without looking
at the detector or at the development set; its templates, cue words, value formats, names and
s.26 phrases are all composed here.  It measures how well the detector generalises to prompts it
was never shaped around.  Do not tune the detector on it (it is a ``test``-only set).

Annotation follows bench/README.md ("The development set"): PERSON includes its title or rank;
a nickname after ``คุณ``/``Khun`` is the PERSON and the honorific itself is left out (it is
also the pronoun "you"); ADDRESS runs from the first component to the postcode (or province);
DATE_OF_BIRTH is the date only; PHONE_NUMBER keeps the country code and extension; cued numbers
(bank account, passport, student ID, HN) are the number only; a plate includes the province
written after it; s.26 types are the shortest phrase that discloses the fact; a form value after
its field label is the value.  Nationality is not labelled.

Texts are built by concatenation: ``Doc.fill`` walks a template with ``<<KEY>>`` slots and
records each span's offsets as it appends, so a span is never found by searching afterwards.
Upper-case keys are entity slots (``PERSON``, ``PERSON2`` ...); lower-case keys are plain text.

Usage::

    .venv/bin/python bench/make_freshset.py          # (re)write bench/freshset.jsonl
    .venv/bin/python bench/make_freshset.py --check  # exit 1 if the file is not up to date
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
from dataclasses import dataclass, field
from pathlib import Path

import faker
import phonenumbers
from faker import Faker
from faker.providers.person.th_TH import Provider as ThPersonProvider
from stdnum import ean, luhn
from stdnum.th import moa, pin

SEED = 260_2026
GENERATED_WITH_FAKER = "40.54.0"
OUT = Path(__file__).with_name("freshset.jsonl")
POSITIVE_PER_TEMPLATE = 4
NEGATIVE_PER_TEMPLATE = 5

ENTITY_TYPES = (
    "TH_NATIONAL_ID", "TH_JURISTIC_ID", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IP_ADDRESS",
    "LINE_ID", "TH_BANK_ACCOUNT", "TH_PASSPORT", "STUDENT_ID", "MEDICAL_RECORD_NUMBER",
    "TH_VEHICLE_PLATE", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HEALTH_DATA", "RELIGION", "ETHNICITY",
    "POLITICAL_OPINION", "CRIMINAL_RECORD", "SEXUAL_BEHAVIOUR", "DISABILITY", "TRADE_UNION",
    "GENETIC_DATA", "BIOMETRIC_DATA",
)
S26 = ENTITY_TYPES[15:]

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
ARABIC_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
SLOT = re.compile(r"<<([A-Za-z_]+?)(\d*)>>")


def thai_digits(s: str) -> str:
    return s.translate(THAI_DIGITS)


def arabic(s: str) -> str:
    return s.translate(ARABIC_DIGITS)


# --------------------------------------------------------------------------------------------
# Document builder


@dataclass
class Doc:
    """Text built piece by piece; entity offsets are recorded while appending."""

    parts: list[str] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    length: int = 0

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.length += len(s)
        return self

    def e(self, etype: str, value: str) -> Doc:
        start = self.length
        self.t(value)
        self.entities.append({"entity_type": etype, "start": start, "end": self.length})
        self.values.append(value)
        return self

    def fill(self, template: str, **vals: object) -> Doc:
        """Append ``template``; ``<<KEY>>`` slots take ``vals[KEY]``.

        An upper-case slot is an entity of that type (trailing digits only make keys unique).
        Its value is either a string (the whole value is the span) or a ``(pre, span, post)``
        triple (s.26 phrases: only the middle is labelled), or ``(entity_type, triple)`` when the
        type is drawn at run time (the slot name is then only a key).  ``None`` leaves it empty.
        """
        pos = 0
        for m in SLOT.finditer(template):
            self.t(template[pos:m.start()])
            pos = m.end()
            key = m.group(1) + m.group(2)
            val = vals[key]
            if val is None:
                continue
            if m.group(1).isupper():
                etype = m.group(1)
                if isinstance(val, tuple) and len(val) == 2:  # (type chosen at run time, phrase)
                    etype, val = val
                if isinstance(val, tuple):
                    pre, span, post = val
                    self.t(pre).e(etype, span).t(post)
                else:
                    self.e(m.group(1), str(val))
            else:
                self.t(str(val))
        self.t(template[pos:])
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------------------------
# Word lists composed for this set (not copied from any lexicon)

TH_TITLES = ["นาย", "นาง", "นางสาว", "น.ส.", "ดร.", "ผศ.ดร.", "รศ.", "พ.ต.ท.", "ร.ต.อ.", "จ.ส.อ.",
             "ว่าที่ร.ต.", "นพ.", "พญ.", "ทพญ.", "ส.อ.", "พ.อ.อ."]
CHILD_TITLES = ["ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง"]
EN_TITLES = ["Mr.", "Ms.", "Mrs.", "Dr.", "Miss"]
# Syllables combined into first names / surnames that no list should hold in full.
TH_FIRST_A = ["ธีร", "กฤต", "ปณ", "ศุภ", "อัคร", "ภัทร", "วิภา", "พิม", "รวิ", "ธัญ", "ณิช", "ปุณ",
              "ขวัญ", "นิรัน", "ชลิ", "เมธ", "อรุ", "กัญ", "ภูวิ", "สิรา"]
TH_FIRST_B = ["ภพ", "ชยา", "วัฒน์", "นันท์", "ญาดา", "ธาร", "กานต์", "พัชร์", "รดา", "ทิพย์", "ณัฏฐ์",
              "วีร์", "ลดา", "ภัสสร", "ปกรณ์", "ศิกานต์", "เมษ", "ธรณ์"]
TH_LAST_A = ["ศรี", "ทอง", "วงศ์", "แก้ว", "บุญ", "จันทร์", "รัตน", "เพชร", "ภู", "ธารา", "สุวรรณ", "ชัย"]
TH_LAST_B = ["สกุลไพศาล", "ประเสริฐกุล", "วิริยะกิจ", "ธนานนท์", "มณีรัตน์", "เจริญผล", "พิทักษ์ไท",
             "อำไพวงศ์", "ศิลป์ชัย", "เลิศวิไล", "นาคะรักษ์", "โชติบุตร"]
NICKNAMES = ["นก", "แนน", "ปอนด์", "มายด์", "เฟิร์น", "บอส", "ต้น", "กิ๊ฟ", "โอ๊ต", "ปุ้ย", "จ๋า", "ฝ้าย",
             "หมิว", "ตาล", "พีช", "ข้าวหอม", "ใบเตย", "ภูผา", "ซัน", "น้ำขิง"]
NICK_ROMAN = ["Nok", "Nan", "Pond", "Mind", "Fern", "Boss", "Ton", "Gift", "Oat", "Puy", "Mew", "Peach",
              "Kaohom", "Baitoey", "Sun"]
RO_FIRST_A = ["Thana", "Kitti", "Pana", "Wora", "Natt", "Sira", "Chaya", "Pim", "Rawi", "Anan", "Supa",
              "Jira", "Tee", "Phat", "Nira"]
RO_FIRST_B = ["phon", "porn", "wat", "chai", "kan", "nan", "da", "rat", "sak", "wut", "pha", "ya", "thip"]
RO_LAST_A = ["Sri", "Thong", "Wong", "Kaew", "Boon", "Chan", "Rattana", "Phet", "Suwan", "Chai"]
RO_LAST_B = ["sawat", "kham", "siri", "phaisan", "charoen", "wiriya", "manee", "sombat", "kul", "rak"]

BKK = [("ลาดยาว", "จตุจักร", "10900", "Lat Yao", "Chatuchak"),
       ("บางนาเหนือ", "บางนา", "10260", "Bang Na Nuea", "Bang Na"),
       ("คลองตันเหนือ", "วัฒนา", "10110", "Khlong Tan Nuea", "Watthana"),
       ("สามเสนใน", "พญาไท", "10400", "Samsen Nai", "Phaya Thai"),
       ("ห้วยขวาง", "ห้วยขวาง", "10310", "Huai Khwang", "Huai Khwang"),
       ("หัวหมาก", "บางกะปิ", "10240", "Hua Mak", "Bang Kapi"),
       ("ตลาดบางเขน", "หลักสี่", "10210", "Talat Bang Khen", "Lak Si"),
       ("บางจาก", "พระโขนง", "10260", "Bang Chak", "Phra Khanong"),
       ("ทุ่งมหาเมฆ", "สาทร", "10120", "Thung Maha Mek", "Sathon")]
PROV = [("สุเทพ", "เมืองเชียงใหม่", "เชียงใหม่", "50200", "Su Thep", "Mueang Chiang Mai", "Chiang Mai"),
        ("ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000", "Nai Mueang", "Mueang Khon Kaen", "Khon Kaen"),
        ("หนองปรือ", "บางละมุง", "ชลบุรี", "20150", "Nong Prue", "Bang Lamung", "Chon Buri"),
        ("กะทู้", "กะทู้", "ภูเก็ต", "83120", "Kathu", "Kathu", "Phuket"),
        ("หาดใหญ่", "หาดใหญ่", "สงขลา", "90110", "Hat Yai", "Hat Yai", "Songkhla"),
        ("ในเมือง", "เมืองนครราชสีมา", "นครราชสีมา", "30000", "Nai Mueang", "Mueang Nakhon Ratchasima",
         "Nakhon Ratchasima"),
        ("บ้านเป็ด", "เมืองขอนแก่น", "ขอนแก่น", "40000", "Ban Pet", "Mueang Khon Kaen", "Khon Kaen")]
ROADS = ["พหลโยธิน", "มิตรภาพ", "ลาดพร้าว", "สุขุมวิท", "รามคำแหง", "เพชรเกษม", "ศรีนครินทร์", "นิมมานเหมินท์"]
ROADS_EN = ["Phahonyothin", "Mittraphap", "Lat Phrao", "Sukhumvit", "Ramkhamhaeng", "Phetkasem"]
BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา", "ทหารไทยธนชาต", "ออมสิน", "ธ.ก.ส."]
BANKS_EN = ["KBank", "SCB", "Bangkok Bank", "Krungthai", "Krungsri", "ttb", "GSB"]
PLATE_CONS = "กขคฆงจฉชญฐฒณดตถทธนบปผพฟภมยรลวศษสหฬอฮ"
PLATE_PROV = ["กรุงเทพมหานคร", "ชลบุรี", "เชียงใหม่", "นนทบุรี", "ปทุมธานี", "ขอนแก่น", "สมุทรปราการ", "ภูเก็ต"]
EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.co.th", "yahoo.co.th", "siamfresh.co.th",
                 "chaiyo-insure.co.th", "rattanahospital.or.th", "nakornlogis.com", "mail.kmtu.ac.th"]
TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

# s.26 phrases: (words before, labelled phrase, words after).  Thai and English.
S26_TH: dict[str, list[tuple[str, str, str]]] = {
    "HEALTH_DATA": [("ป่วยเป็น", "โรคเบาหวานชนิดที่ 2", ""), ("ได้รับการวินิจฉัยว่าเป็น", "โรคซึมเศร้า", ""),
                    ("ผลเลือดยืนยันว่า", "ติดเชื้อ HIV", ""), ("มีประวัติ", "ความดันโลหิตสูง", ""),
                    ("กำลังรักษา", "มะเร็งเต้านมระยะที่ 2", ""), ("ตรวจพบ", "ไวรัสตับอักเสบบี", ""),
                    ("มีอาการ", "โรคแพนิค", "เป็นระยะ"), ("เป็น", "โรคลมชัก", ""),
                    ("มีประวัติ", "แพ้ยาเพนิซิลลิน", ""), ("ต้องฟอกไตเพราะ", "ไตวายเรื้อรัง", ""),
                    ("", "ตั้งครรภ์ 12 สัปดาห์", "")],
    "RELIGION": [("นับถือ", "ศาสนาอิสลาม", ""), ("นับถือ", "ศาสนาคริสต์", ""), ("เป็น", "คริสเตียน", ""),
                 ("เป็น", "มุสลิม", "เคร่งครัด"), ("นับถือ", "ศาสนาซิกข์", ""), ("นับถือ", "ศาสนาฮินดู", ""),
                 ("เป็น", "ชาวพุทธ", "")],
    "ETHNICITY": [("เป็น", "ชาวม้ง", ""), ("เป็น", "ชาวกะเหรี่ยง", ""), ("มี", "เชื้อสายมลายู", ""),
                  ("เป็น", "ชาวไทใหญ่", ""), ("เป็น", "ชาวอาข่า", ""), ("มี", "เชื้อสายจีนแคะ", "")],
    "POLITICAL_OPINION": [("เป็น", "สมาชิกพรรคเพื่อไทย", ""), ("", "สนับสนุนพรรคประชาชน", "อย่างเปิดเผย"),
                          ("เคยไป", "ร่วมชุมนุมกับกลุ่มราษฎร", ""), ("", "ต่อต้านรัฐบาลทหาร", ""),
                          ("เป็น", "แกนนำเสื้อแดง", "ในจังหวัด"), ("มีแนวคิด", "ฝ่ายอนุรักษนิยม", "")],
    "CRIMINAL_RECORD": [("เคย", "ต้องโทษจำคุก", " 2 ปี"), ("", "มีประวัติอาชญากรรม", ""),
                        ("เคย", "ถูกจับกุมคดีลักทรัพย์", ""), ("อยู่ระหว่าง", "ถูกคุมประพฤติ", ""),
                        ("ศาลพิพากษาว่า", "มีความผิดฐานฉ้อโกง", ""), ("", "เคยติดคุกคดียาเสพติด", "")],
    "SEXUAL_BEHAVIOUR": [("เป็น", "เกย์", ""), ("เปิดเผยว่าเป็น", "ไบเซ็กชวล", ""),
                         ("", "มีเพศสัมพันธ์โดยไม่ป้องกัน", "กับคู่นอนหลายคน"), ("", "มีคู่นอนหลายคน", ""),
                         ("เป็น", "หญิงรักหญิง", "")],
    "DISABILITY": [("เป็น", "ผู้พิการทางการเคลื่อนไหว", ""), ("", "พิการทางการได้ยิน", ""),
                   ("", "ตาบอดสนิท", "ทั้งสองข้าง"), ("ถือ", "บัตรประจำตัวคนพิการ", ""),
                   ("ต้อง", "ใช้รถเข็นวีลแชร์", ""), ("", "บกพร่องทางสติปัญญา", "")],
    "TRADE_UNION": [("เป็น", "สมาชิกสหภาพแรงงาน", ""), ("ดำรงตำแหน่ง", "ประธานสหภาพแรงงาน", ""),
                    ("", "เข้าร่วมสหภาพพนักงาน", "เมื่อเดือนที่แล้ว"), ("เป็น", "กรรมการสหภาพแรงงาน", ""),
                    ("", "สมัครเป็นสมาชิกสหภาพ", "")],
    "GENETIC_DATA": [("ผลตรวจพบ", "การกลายพันธุ์ของยีน BRCA1", ""), ("เป็น", "พาหะธาลัสซีเมีย", ""),
                     ("", "ผลตรวจ DNA ยืนยันความเป็นบิดา", ""), ("ตรวจพบ", "ยีน HLA-B*15:02", ""),
                     ("ผลถอดรหัสพันธุกรรมพบ", "ยีนกลายพันธุ์ EGFR", "")],
    "BIOMETRIC_DATA": [("ลงทะเบียน", "ลายนิ้วมือ", "เข้าระบบ"), ("ส่ง", "ข้อมูลสแกนใบหน้า", "ไปยืนยันตัวตน"),
                       ("จัดเก็บ", "แม่แบบม่านตา", "ไว้"), ("บันทึก", "ลายเส้นเลือดฝ่ามือ", ""),
                       ("บันทึก", "เสียงพิสูจน์ตัวตน", "")],
}
S26_EN: dict[str, list[tuple[str, str, str]]] = {
    "HEALTH_DATA": [("was diagnosed with ", "type 2 diabetes", ""), ("is ", "HIV-positive", ""),
                    ("is being treated for ", "stage 3 colon cancer", ""), ("has ", "bipolar disorder", ""),
                    ("has a history of ", "major depressive disorder", ""),
                    ("suffers from ", "chronic kidney disease", "")],
    "RELIGION": [("is a practising ", "Muslim", ""), ("is ", "Catholic", ""), ("follows ", "Buddhism", ""),
                 ("converted to ", "Christianity", ""), ("is ", "Sikh", "")],
    "ETHNICITY": [("is ", "ethnic Karen", ""), ("is of ", "Hmong ethnicity", ""),
                  ("is ", "ethnically Chinese", ""), ("is ", "ethnic Malay", "")],
    "POLITICAL_OPINION": [("is a ", "member of the Democrat Party", ""),
                          ("openly ", "votes for the People's Party", ""),
                          ("is an outspoken ", "critic of the junta", ""),
                          ("", "supports the monarchy reform movement", "")],
    "CRIMINAL_RECORD": [("", "was convicted of fraud", " in 2019"), ("", "served 18 months in prison", ""),
                        ("has a ", "prior conviction for drunk driving", ""), ("", "is on parole", "")],
    "SEXUAL_BEHAVIOUR": [("identifies as ", "gay", ""), ("reported ", "multiple sexual partners", ""),
                         ("is ", "bisexual", ""), ("is ", "in a same-sex relationship", "")],
    "DISABILITY": [("", "is deaf", ""), ("", "uses a wheelchair", ""), ("is ", "visually impaired", ""),
                   ("is a ", "lower-limb amputee", "")],
    "TRADE_UNION": [("is a ", "union member", ""), ("is the ", "union shop steward", ""),
                    ("joined the ", "labour union", " last year")],
    "GENETIC_DATA": [("carries the ", "BRCA2 mutation", ""), ("tested ", "HLA-B*58:01 positive", ""),
                     ("sequencing found a ", "pathogenic variant in MLH1", ""),
                     ("is a ", "CYP2C19 poor metabolizer", "")],
    "BIOMETRIC_DATA": [("enrolled a ", "fingerprint template", ""), ("uploaded a ", "face embedding", ""),
                       ("captured an ", "iris scan", ""), ("registered a ", "voiceprint", "")],
}
FORM_RELIGION = ["พุทธ", "อิสลาม", "คริสต์", "ซิกข์", "ฮินดู"]
FORM_ETHNIC = ["จีน", "ไทย", "ลาว", "มอญ", "เขมร", "กะเหรี่ยง", "ม้ง"]


# --------------------------------------------------------------------------------------------
# Value generators


class Gen:
    """All random draws go through one seeded ``random.Random`` and seeded Faker instances."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fth = Faker("th_TH")
        self.fth.seed_instance(seed)
        self.fen = Faker("en_US")
        self.fen.seed_instance(seed + 1)
        self._cycles: dict[str, tuple[list[int], int]] = {}
        self.known = (set(ThPersonProvider.first_names_male) | set(ThPersonProvider.first_names_female)
                      | set(ThPersonProvider.last_names))

    # -- helpers
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def cycle(self, key: str, options: list[str]) -> str:
        """Next of ``options`` in a shuffled order kept per ``key``, so a template never repeats itself."""
        if key not in self._cycles:
            order = list(range(len(options)))
            self.r.shuffle(order)
            self._cycles[key] = (order, 0)
        order, i = self._cycles[key]
        self._cycles[key] = (order, i + 1)
        return options[order[i % len(order)]]

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    # -- names
    def th_first(self) -> str:
        if self.chance(0.5):
            return self.fth.first_name()
        while True:
            name = self.pick(TH_FIRST_A) + self.pick(TH_FIRST_B)
            if name not in self.known:
                return name

    def th_last(self) -> str:
        if self.chance(0.5):
            return self.fth.last_name()
        while True:
            name = self.pick(TH_LAST_A) + self.pick(TH_LAST_B)
            if name not in self.known:
                return name

    def th_person(self, title: bool | None = None, child: bool = False) -> str:
        """Thai name, title glued or spaced or absent."""
        if title is None:
            title = self.chance(0.65)
        full = f"{self.th_first()} {self.th_last()}"
        if child:
            return self.pick(CHILD_TITLES) + full
        if not title:
            return full
        return self.pick(TH_TITLES) + ("" if self.chance(0.8) else " ") + full

    def nickname(self) -> str:
        return self.pick(NICKNAMES)

    def roman_first(self) -> str:
        return self.pick(RO_FIRST_A) + self.pick(RO_FIRST_B)

    def roman_person(self, title: bool | None = None) -> str:
        if title is None:
            title = self.chance(0.5)
        name = f"{self.roman_first()} {self.pick(RO_LAST_A)}{self.pick(RO_LAST_B)}"
        return f"{self.pick(EN_TITLES)} {name}" if title else name

    def en_person(self) -> str:
        return f"{self.fen.first_name()} {self.fen.last_name()}"

    def any_person(self) -> str:
        return self.pick([self.th_person, self.th_person, self.roman_person, self.en_person])()

    # -- national / company ids
    def nid_raw(self) -> str:
        body = str(self.r.randint(1, 8)) + self.digits(11)
        return body + pin.calc_check_digit(body)

    def nid(self, style: str | None = None) -> str:
        n = self.nid_raw()
        style = style or self.pick(["plain", "plain", "dash", "space", "thai"])
        if style == "dash":
            return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"
        if style == "space":
            return f"{n[0]} {n[1:5]} {n[5:10]} {n[10:12]} {n[12]}"
        if style == "thai":
            return thai_digits(n if self.chance(0.5) else f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}")
        return n

    def juristic(self) -> str:
        body = "0" + self.pick(["10", "13", "11", "50", "20", "99"]) + self.pick(["5", "3", "4"]) + self.digits(8)
        n = body + moa.calc_check_digit(body)
        if self.chance(0.4):
            return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"
        return n

    # -- phones
    def _valid(self, number: str, region: str = "TH") -> bool:
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
        except phonenumbers.NumberParseException:
            return False

    def mobile(self) -> str:
        while True:
            n = self.pick(["06", "08", "09"]) + self.digits(8)
            if self._valid(n):
                break
        s = n[1:]
        fmt = self.pick(["{a}-{b}-{c}", "{n}", "{a} {b} {c}", "+66 {s2} {b} {c}", "+66{s}", "+66-{s2}-{b}-{c}",
                         "(+66) {s2}-{b}-{c}", "{a2}-{m}-{c}"])
        return fmt.format(a=n[:3], b=n[3:6], c=n[6:], n=n, s=s, s2=s[:2], a2=n[:2], m=n[2:6])

    def landline(self, ext: bool | None = None) -> str:
        while True:
            if self.chance(0.5):
                n = "02" + str(self.r.randint(1, 9)) + self.digits(6)
                core = self.pick([f"{n[:2]}-{n[2:5]}-{n[5:]}", f"{n[:2]} {n[2:5]} {n[5:]}", n,
                                  f"+66 2 {n[2:5]} {n[5:]}", f"+662-{n[2:5]}-{n[5:]}"])
            else:
                n = "0" + self.pick(["53", "38", "76", "74", "43", "44", "45", "32", "34", "55"]) + \
                    str(self.r.randint(2, 9)) + self.digits(5)
                core = self.pick([f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]} {n[3:]}", n, f"+66 {n[1:3]} {n[3:]}"])
            if self._valid(n):
                break
        if ext is None:
            ext = self.chance(0.4)
        if ext:
            core += self.pick([" ต่อ ", " ต่อ", " ext. ", " ext ", " x"]) + str(self.r.randint(10, 4999))
        return core

    def foreign_phone(self) -> str:
        while True:
            _region, build = self.pick([
                ("US", lambda: f"+1 {self.pick(['415', '212', '646', '206', '312'])}{self.r.randint(200, 999)}{self.digits(4)}"),
                ("SG", lambda: f"+65 {self.pick('689')}{self.digits(7)}"),
                ("JP", lambda: f"+81 3{self.digits(8)}"),
                ("GB", lambda: f"+44 20{self.pick('78')}{self.digits(7)}"),
                ("CN", lambda: f"+86 13{self.digits(9)}"),
                ("LA", lambda: f"+856 20{self.pick('5279')}{self.digits(7)}"),
            ])
            raw = build()
            num = phonenumbers.parse(raw, None)
            if phonenumbers.is_valid_number(num):
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    def phone(self) -> str:
        return self.pick([self.mobile, self.mobile, self.mobile, self.landline, self.foreign_phone])()

    # -- other identifiers
    def email(self, base: str | None = None) -> str:
        base = base or self.roman_first().lower()
        sep = self.pick([".", "_", "", "-"])
        tail = self.pick([self.pick(RO_LAST_A).lower(), self.digits(2), str(self.r.randint(1970, 2008)),
                          self.pick(RO_LAST_A).lower()[:2]])
        return f"{base}{sep}{tail}@{self.pick(EMAIL_DOMAINS)}"

    def card(self) -> str:
        brand = self.pick(["visa", "visa", "mc", "mc2", "amex", "jcb"])
        prefix, length = {"visa": ("4", 16), "mc": (str(self.r.randint(51, 55)), 16),
                          "mc2": (str(self.r.randint(2221, 2720)), 16), "amex": (self.pick(["34", "37"]), 15),
                          "jcb": ("35" + str(self.r.randint(28, 89)), 16)}[brand]
        body = prefix + self.digits(length - len(prefix) - 1)
        n = body + luhn.calc_check_digit(body)
        style = self.pick(["space", "dash", "plain"])
        groups = [n[:4], n[4:10], n[10:]] if length == 15 else [n[i:i + 4] for i in range(0, 16, 4)]
        return {"space": " ".join(groups), "dash": "-".join(groups), "plain": n}[style]

    def ip(self) -> str:
        if self.chance(0.2):
            return f"2405:{self.r.randint(0x1000, 0xffff):x}:{self.r.randint(0, 0xffff):x}:{self.r.randint(1, 0xffff):x}::{self.r.randint(1, 0xfff):x}"
        while True:
            a = self.r.randint(1, 223)
            if a not in (10, 127, 169, 172, 192, 100):
                return f"{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def line_id(self) -> str:
        base = self.pick([self.pick(NICK_ROMAN).lower(), self.roman_first().lower()])
        handle = base + self.pick([".", "_", "", "-"]) + self.pick([self.digits(2), str(self.r.randint(1985, 2007)),
                                                                   "za", "jung", "cute", self.digits(3)])
        return ("@" if self.chance(0.4) else "") + handle

    def bank_account(self) -> str:
        n = self.digits(10)
        return self.pick([f"{n[:3]}-{n[3]}-{n[4:9]}-{n[9]}", n, f"{n[:3]}-{n[3:9]}-{n[9]}", f"{n[:3]} {n[3]} {n[4:9]} {n[9]}"])

    def bank(self, en: bool = False) -> str:
        return self.pick(BANKS_EN if en else BANKS)

    def passport(self, foreign: bool = False) -> str:
        if foreign:
            return self.pick([self.digits(9), "TK" + self.digits(7), "E" + self.digits(8), "P" + self.digits(7)])
        return self.pick(["AA", "AB", "AC", "AD", "AE"]) + self.digits(7)

    def student_id(self) -> str:
        yr = str(self.r.randint(62, 67))
        return self.pick([yr + self.digits(8), f"B{yr}{self.digits(5)}", yr + self.digits(6),
                          f"{yr}-{self.digits(4)}-{self.digits(4)}", "u" + yr + self.digits(6)])

    def school_id(self) -> str:
        return self.digits(5)

    def hn(self) -> str:
        yr = str(self.r.randint(55, 68))
        return self.pick([f"{yr}-{self.digits(6)}", f"{self.digits(7)}/{yr}", yr + self.digits(5),
                          f"{self.digits(2)}-{self.digits(2)}-{self.digits(6)}"])

    def plate(self, province: bool | None = None) -> str:
        cons = self.pick(PLATE_CONS) + self.pick(PLATE_CONS)
        num = str(self.r.randint(1, 9999))
        base = self.pick([f"{cons} {num}", f"{self.r.randint(1, 9)}{cons} {num}", f"{cons}-{num}",
                          f"{self.r.randint(1, 9)}{cons}{num}"])
        if province is None:
            province = self.chance(0.6)
        return f"{base} {self.pick(PLATE_PROV)}" if province else base

    # -- address
    def address_th(self) -> str:
        house = f"{self.r.randint(1, 999)}" + (f"/{self.r.randint(1, 200)}" if self.chance(0.6) else "")
        parts = [self.pick(["", "เลขที่ ", "บ้านเลขที่ "]) + house]
        if self.chance(0.3):
            parts = [f"ห้อง {self.r.randint(2, 40)}{self.r.randint(1, 30):02d} อาคาร {self.pick('ABCD')}",
                     self.pick(["", "เลขที่ "]) + house]
        if self.chance(0.45):  # Bangkok
            kh, khet, pc = self.pick(BKK)[:3]
            if self.chance(0.5):
                parts.append(self.pick(["ซ.", "ซอย"]) + self.pick(ROADS) + f" {self.r.randint(1, 120)}")
            if self.chance(0.5):
                parts.append(self.pick(["ถ.", "ถนน"]) + self.pick(ROADS))
            parts += [self.pick(["แขวง", "แขวง "]) + kh, self.pick(["เขต", "เขต "]) + khet,
                      self.pick(["กรุงเทพฯ", "กรุงเทพมหานคร", "กทม."])]
            if self.chance(0.85):
                parts.append(pc)
        else:
            if self.chance(0.5):
                tb, am, pv, pc = self.pick(PROV)[:4]
            else:
                tb, am, pv, pc = self.fth.tambon(), self.fth.amphoe(), self.fth.province(), self.fth.postcode()
            if self.chance(0.6):
                parts.append(self.pick(["หมู่ ", "ม.", "หมู่ที่ "]) + str(self.r.randint(1, 15)))
            if self.chance(0.4):
                parts.append(self.pick(["ถ.", "ถนน"]) + self.pick(ROADS))
            parts += [self.pick(["ต.", "ตำบล"]) + tb, self.pick(["อ.", "อำเภอ"]) + am, self.pick(["จ.", "จังหวัด"]) + pv]
            if self.chance(0.8):
                parts.append(pc)
        out = " ".join(parts)
        return thai_digits(out) if self.chance(0.1) else out

    def address_en(self) -> str:
        house = f"{self.r.randint(1, 999)}/{self.r.randint(1, 99)}"
        if self.chance(0.5):
            row = self.pick(BKK)
            road = self.pick(ROADS_EN)
            return (f"{house} Soi {road} {self.r.randint(1, 99)}, {road} Rd., {row[3]}, {row[4]}, "
                    f"Bangkok {row[2]}")
        row = self.pick(PROV)
        return f"{house} Moo {self.r.randint(1, 12)}, Tambon {row[4]}, Amphoe {row[5]}, {row[6]} {row[3]}"

    # -- dates of birth
    def dob(self, lang: str = "th") -> str:
        y, m, d = self.r.randint(1950, 2010), self.r.randint(1, 12), self.r.randint(1, 28)
        be = y + 543
        if lang == "en":
            return self.pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d} {EN_MONTHS[m - 1][:3]} {y}",
                              f"{EN_MONTHS[m - 1]} {d}, {y}"])
        s = self.pick([f"{d} {TH_MONTHS[m - 1]} {be}", f"{d} {TH_MON_ABBR[m - 1]} {be}", f"{d:02d}/{m:02d}/{be}",
                       f"{d} {TH_MON_ABBR[m - 1]} {str(be)[2:]}", f"{d} {TH_MONTHS[m - 1]} พ.ศ. {be}",
                       f"{y}-{m:02d}-{d:02d}"])
        return thai_digits(s) if self.chance(0.15) else s

    # -- s.26
    def s26(self, etype: str, lang: str = "th") -> tuple[str, str, str]:
        return self.pick((S26_EN if lang == "en" else S26_TH)[etype])

    def s26_any(self, lang: str = "th", exclude: tuple[str, ...] = ()) -> tuple[str, tuple[str, str, str]]:
        etype = self.pick([t for t in S26 if t not in exclude])
        return etype, self.s26(etype, lang)

    # -- negatives
    def epoch_ms_pin(self) -> str:
        """13-digit epoch ms that also passes the Thai ID checksum (a trap for naive detectors)."""
        while True:
            n = str(self.r.randint(1_700_000_000_000, 1_760_000_000_000))
            if pin.is_valid(n):
                return n

    def isbn13(self) -> str:
        body = "978" + self.pick(["616", "974", "611"]) + self.digits(6)
        return body + ean.calc_check_digit(body)  # ISBN-13 uses the EAN-13 check digit

    def ean13(self) -> str:
        body = "885" + self.digits(9)
        return body + ean.calc_check_digit(body)

    def order_no(self) -> str:
        return self.pick([f"ORD-{self.r.randint(2024, 2025)}{self.digits(6)}", f"SO{self.digits(10)}",
                          f"#{self.digits(8)}", f"INV{self.digits(7)}"])

    def tracking(self) -> str:
        return self.pick([f"E{self.pick('FLRM')}{self.digits(9)}TH", f"KEX{self.digits(12)}", f"TH{self.digits(11)}A",
                          f"SPXTH0{self.digits(11)}"])


# --------------------------------------------------------------------------------------------
# Positive templates.  Each returns one Doc; all randomness goes through ``g``.

Template = Callable[[Gen], Doc]
TEMPLATES: list[tuple[str, str, bool, Template]] = []


def template(domain: str, negative: bool = False) -> Callable[[Template], Template]:
    def deco(fn: Template) -> Template:
        TEMPLATES.append((domain, fn.__name__, negative, fn))
        return fn
    return deco


@template("bank")
def bank_call_transcript_summary(g: Gen) -> Doc:
    return Doc().fill(
        "สรุปบทสนทนา call center นี้เป็น bullet 3 ข้อ\n"
        "[เจ้าหน้าที่] สวัสดีค่ะ ธนาคารยินดีให้บริการ\n"
        "[ลูกค้า] ค่ะ ดิฉัน<<PERSON>> จะขอเปลี่ยนเบอร์ที่ผูกกับ mobile banking\n"
        "[เจ้าหน้าที่] รบกวนแจ้งเลขบัตรประชาชน 13 หลักค่ะ\n"
        "[ลูกค้า] <<TH_NATIONAL_ID>> ค่ะ\n"
        "[ลูกค้า] เบอร์ใหม่คือ<<PHONE_NUMBER>>นะคะ บัญชีที่ใช้คือ<<bank>> <<TH_BANK_ACCOUNT>>\n"
        "[เจ้าหน้าที่] รับทราบค่ะ จะส่ง OTP ภายใน 5 นาที",
        PERSON=g.th_person(), TH_NATIONAL_ID=g.nid(), PHONE_NUMBER=g.mobile(), bank=g.bank(),
        TH_BANK_ACCOUNT=g.bank_account())


@template("bank")
def bank_chargeback_reply_en(g: Gen) -> Doc:
    return Doc().fill(
        "Please draft a polite reply to this complaint, keep it under 120 words.\n---\n"
        "Hi, this is <<PERSON>>. My card <<CREDIT_CARD>> was charged twice (THB 4,590.00 each) at an online "
        "shop on 3 Feb. I want one refunded to my <<bank>> account <<TH_BANK_ACCOUNT>>. You can call me on "
        "<<PHONE_NUMBER>> or email <<EMAIL_ADDRESS>>.\n---",
        PERSON=g.roman_person(), CREDIT_CARD=g.card(), bank=g.bank(en=True), TH_BANK_ACCOUNT=g.bank_account(),
        PHONE_NUMBER=g.phone(), EMAIL_ADDRESS=g.email())


@template("bank")
def bank_kyc_yaml_refresh(g: Gen) -> Doc:
    return Doc().fill(
        "แปลง YAML นี้เป็นตาราง markdown ให้หน่อย\n```yaml\nkyc_refresh:\n"
        "  customer_name: <<PERSON>>\n  citizen_no: \"<<TH_NATIONAL_ID>>\"\n  birth_date: <<DATE_OF_BIRTH>>\n"
        "  registered_address: \"<<ADDRESS>>\"\n  mobile: \"<<PHONE_NUMBER>>\"\n  risk_level: medium\n"
        "  last_review: 2024-11-02\n```",
        PERSON=g.th_person(), TH_NATIONAL_ID=g.nid(g.pick(["plain", "dash"])), DATE_OF_BIRTH=g.dob("en"),
        ADDRESS=g.address_th(), PHONE_NUMBER=g.mobile())


@template("bank")
def bank_loan_officer_note(g: Gen) -> Doc:
    etype = g.pick(["HEALTH_DATA", "DISABILITY"])
    return Doc().fill(
        "ช่วยเขียนบันทึกประกอบการพิจารณาสินเชื่อบ้านให้เป็นทางการ: ผู้กู้ชื่อ<<PERSON>> อายุ 47 "
        "บัญชีเงินเดือนเข้า<<bank>> เลขที่<<TH_BANK_ACCOUNT>> ผู้กู้แจ้งว่า<<SENSITIVE>> จึงขอลดค่างวดช่วงแรก "
        "ค่างวดปัจจุบัน 18,500 บาท/เดือน",
        PERSON=g.th_person(), bank=g.bank(), TH_BANK_ACCOUNT=g.bank_account(), SENSITIVE=(etype, g.s26(etype)))


@template("hospital")
def hospital_discharge_summary_th(g: Gen) -> Doc:
    return Doc().fill(
        "ช่วยเรียบเรียง discharge summary ให้อ่านง่ายสำหรับญาติ\nผู้ป่วย: <<PERSON>>  HN <<MEDICAL_RECORD_NUMBER>>\n"
        "วันเกิด <<DATE_OF_BIRTH>>\nการวินิจฉัย: ผู้ป่วย<<HEALTH_DATA>> admit 4 วัน ให้ยาตามแผน\n"
        "นัดติดตาม 2 สัปดาห์ ติดต่อญาติ<<PHONE_NUMBER>>",
        PERSON=g.th_person(), MEDICAL_RECORD_NUMBER=g.hn(), DATE_OF_BIRTH=g.dob(),
        HEALTH_DATA=g.s26("HEALTH_DATA"), PHONE_NUMBER=g.mobile())


@template("hospital")
def hospital_referral_letter_en(g: Gen) -> Doc:
    return Doc().fill(
        "Translate this referral into Thai for the receiving hospital:\n"
        "Re: <<PERSON>> (HN: <<MEDICAL_RECORD_NUMBER>>, DOB <<DATE_OF_BIRTH>>)\n"
        "Dear colleague, the patient <<HEALTH_DATA>> and pre-treatment testing shows the patient <<GENETIC_DATA>>. "
        "Please avoid carbamazepine/allopurinol. Kind regards.",
        PERSON=g.roman_person(True), MEDICAL_RECORD_NUMBER=g.hn(), DATE_OF_BIRTH=g.dob("en"),
        HEALTH_DATA=g.s26("HEALTH_DATA", "en"), GENETIC_DATA=g.s26("GENETIC_DATA", "en"))


@template("hospital")
def hospital_lab_csv(g: Gen) -> Doc:
    d = Doc().t("หาแถวที่ค่าผิดปกติจาก CSV นี้\nhn,patient,test,result,note\n")
    for _ in range(g.r.randint(2, 3)):
        d.fill("<<MEDICAL_RECORD_NUMBER>>,<<PERSON>>,HbA1c,<<val>>,<<HEALTH_DATA>>\n",
               MEDICAL_RECORD_NUMBER=g.hn(), PERSON=g.th_person(False), val=f"{g.r.randint(55, 110) / 10}",
               HEALTH_DATA=g.s26("HEALTH_DATA"))
    return d


@template("hospital")
def hospital_genetic_counselling(g: Gen) -> Doc:
    return Doc().fill(
        "เขียนข้อความแจ้งผลตรวจพันธุกรรมแบบนุ่มนวลให้คุณ<<PERSON>> (HN<<MEDICAL_RECORD_NUMBER>>) ว่า<<GENETIC_DATA>> "
        "และแนะนำให้พี่น้องมาตรวจคัดกรองด้วย ส่งทางอีเมล <<EMAIL_ADDRESS>>",
        PERSON=g.nickname(), MEDICAL_RECORD_NUMBER=g.hn(), GENETIC_DATA=g.s26("GENETIC_DATA"),
        EMAIL_ADDRESS=g.email())


@template("hospital")
def clinic_sexual_health_intake(g: Gen) -> Doc:
    return Doc().fill(
        "Summarise this intake note in Thai for the doctor.\nClient: <<PERSON>>, tel <<PHONE_NUMBER>>\n"
        "Reason: requests PrEP. Client <<SEXUAL_BEHAVIOUR>> and asked about testing. Prior result: client <<HEALTH_DATA>>."
        "\nNext visit: 14:30",
        PERSON=g.en_person() if g.chance(0.3) else g.roman_person(), PHONE_NUMBER=g.phone(),
        SEXUAL_BEHAVIOUR=g.s26("SEXUAL_BEHAVIOUR", "en"), HEALTH_DATA=g.s26("HEALTH_DATA", "en"))


@template("hospital")
def clinic_sexual_health_th(g: Gen) -> Doc:
    return Doc().fill(
        "ผู้รับบริการ<<PERSON>> อายุ 26 ปี แจ้งว่า<<SEXUAL_BEHAVIOUR>> ขอรับคำปรึกษาเรื่อง PEP "
        "ช่วยร่างคำแนะนำเบื้องต้นที่ไม่ตัดสินผู้รับบริการ โทรกลับ<<PHONE_NUMBER>>",
        PERSON=g.th_person(), SEXUAL_BEHAVIOUR=g.s26("SEXUAL_BEHAVIOUR"), PHONE_NUMBER=g.mobile())


@template("insurance")
def insurer_claim_json(g: Gen) -> Doc:
    return Doc().fill(
        'ตรวจ JSON เคลมนี้ว่าขาด field อะไร\n{"claim_no":"CLM-2025-<<cno>>","insured":{"name":"<<PERSON>>",'
        '"id_card":"<<TH_NATIONAL_ID>>","dob":"<<DATE_OF_BIRTH>>"},"diagnosis":"<<HEALTH_DATA>>",'
        '"payout":{"bank":"<<bank>>","account":"<<TH_BANK_ACCOUNT>>"},"amount":38250.75}',
        cno=g.digits(6), PERSON=g.th_person(), TH_NATIONAL_ID=g.nid_raw(), DATE_OF_BIRTH=g.dob("en"),
        HEALTH_DATA=("", g.s26("HEALTH_DATA")[1], ""), bank=g.bank(en=True), TH_BANK_ACCOUNT=g.bank_account())


@template("insurance")
def motor_claim_statement(g: Gen) -> Doc:
    return Doc().fill(
        "เรียบเรียงคำให้การอุบัติเหตุให้เป็นภาษาทางการ: ผมชื่อ<<PERSON>> ขับรถทะเบียน<<TH_VEHICLE_PLATE>> "
        "ถูกรถกระบะทะเบียน <<TH_VEHICLE_PLATE2>> เฉี่ยวท้ายที่แยกไฟแดง คู่กรณีให้เบอร์ <<PHONE_NUMBER>> "
        "ไว้ เลขบัตรผม<<TH_NATIONAL_ID>>ครับ",
        PERSON=g.th_person(False), TH_VEHICLE_PLATE=g.plate(), TH_VEHICLE_PLATE2=g.plate(),
        PHONE_NUMBER=g.mobile(), TH_NATIONAL_ID=g.nid())


@template("insurance")
def life_underwriting_email_en(g: Gen) -> Doc:
    etype = g.pick(["HEALTH_DATA", "GENETIC_DATA", "DISABILITY"])
    return Doc().fill(
        "Subject: Underwriting query\nCan you rewrite this so it sounds less blunt?\n\"Applicant <<PERSON>> "
        "(passport <<TH_PASSPORT>>) disclosed that he <<SENSITIVE>>. We need a specialist report before we can "
        "offer cover. Please reply to <<EMAIL_ADDRESS>>.\"",
        PERSON=g.roman_person(), TH_PASSPORT=g.passport(), EMAIL_ADDRESS=g.email(),
        SENSITIVE=(etype, g.s26(etype, "en")))


@template("ecommerce")
def shop_chat_delivery_th(g: Gen) -> Doc:
    return Doc().fill(
        "ช่วยตอบลูกค้าในแชทร้านให้สุภาพ\nลูกค้า: แอดมินคะ ออเดอร์<<order>> เปลี่ยนที่ส่งเป็น <<ADDRESS>> "
        "ได้ไหมคะ ติดต่อ<<PHONE_NUMBER>> หรือไลน์ <<LINE_ID>> ค่ะ",
        order=g.order_no(), ADDRESS=g.address_th(), PHONE_NUMBER=g.mobile(), LINE_ID=g.line_id())


@template("ecommerce")
def shop_customer_csv(g: Gen) -> Doc:
    d = Doc().t("Dedupe these customers and output clean CSV\nname,phone,email,ship_to\n")
    for _ in range(g.r.randint(2, 3)):
        d.fill("<<PERSON>>,<<PHONE_NUMBER>>,<<EMAIL_ADDRESS>>,\"<<ADDRESS>>\"\n", PERSON=g.th_person(False),
               PHONE_NUMBER=g.mobile(), EMAIL_ADDRESS=g.email(), ADDRESS=g.address_th())
    return d


@template("ecommerce")
def marketplace_seller_onboarding(g: Gen) -> Doc:
    return Doc().fill(
        "Check this seller application for missing documents:\nShop: <<company>>\nTax ID: <<TH_JURISTIC_ID>>\n"
        "Contact person: <<PERSON>>\nLINE: <<LINE_ID>>\nPayout account (<<bank>>): <<TH_BANK_ACCOUNT>>\n"
        "Warehouse: <<ADDRESS>>",
        company=g.fth.company(), TH_JURISTIC_ID=g.juristic(), PERSON=g.th_person(), LINE_ID=g.line_id(),
        bank=g.bank(en=True), TH_BANK_ACCOUNT=g.bank_account(), ADDRESS=g.address_th())


@template("ecommerce")
def halal_order_note(g: Gen) -> Doc:
    rel = g.s26("RELIGION")
    return Doc().fill(
        "เขียนข้อความขอบคุณลูกค้า: คุณ<<PERSON>> สั่งกระเช้าปีใหม่ 3 ชุด แจ้งว่าตน<<RELIGION>> ขอให้เลือกสินค้าที่เหมาะกับหลักศาสนา "
        "จัดส่งที่<<ADDRESS>> โทร<<PHONE_NUMBER>>",
        PERSON=g.nickname(), RELIGION=rel, ADDRESS=g.address_th(), PHONE_NUMBER=g.mobile())


@template("school")
def school_parent_letter(g: Gen) -> Doc:
    return Doc().fill(
        "ร่างจดหมายถึงผู้ปกครองของ<<PERSON>> เลขประจำตัวนักเรียน <<STUDENT_ID>> ชั้น ป.4/2 เรื่องการจัดการเรียนร่วม "
        "เนื่องจากนักเรียน<<DISABILITY>> ขอเชิญผู้ปกครอง<<PERSON2>>มาพบครูวันศุกร์ โทร<<PHONE_NUMBER>>",
        PERSON=g.th_person(child=True), STUDENT_ID=g.school_id(), DISABILITY=g.s26("DISABILITY"),
        PERSON2=g.th_person(True), PHONE_NUMBER=g.mobile())


@template("school")
def university_grade_appeal_en(g: Gen) -> Doc:
    return Doc().fill(
        "Improve the grammar:\n\"Dear Ajarn, I am <<PERSON>>, student ID <<STUDENT_ID>>, section 3. I was absent from the "
        "midterm; my medical certificate says the patient <<HEALTH_DATA>>. Please contact me at <<EMAIL_ADDRESS>>.\"",
        PERSON=g.roman_person(False), STUDENT_ID=g.student_id(), HEALTH_DATA=g.s26("HEALTH_DATA", "en"),
        EMAIL_ADDRESS=g.email())


@template("school")
def university_scholarship_form(g: Gen) -> Doc:
    return Doc().fill(
        "ตรวจแบบฟอร์มทุนการศึกษานี้ให้หน่อยว่ากรอกครบไหม\nชื่อ-สกุล: <<PERSON>>\nรหัสนักศึกษา: <<STUDENT_ID>>\n"
        "วัน/เดือน/ปีเกิด: <<DATE_OF_BIRTH>>\nเชื้อชาติ: <<ETHNICITY>>  สัญชาติ: ไทย  ศาสนา: <<RELIGION>>\n"
        "ที่อยู่ตามทะเบียนบ้าน: <<ADDRESS>>\nรายได้ครอบครัว: 9,000 บาท/เดือน",
        PERSON=g.th_person(), STUDENT_ID=g.student_id(), DATE_OF_BIRTH=g.dob(),
        ETHNICITY=g.pick(FORM_ETHNIC), RELIGION=g.pick(FORM_RELIGION), ADDRESS=g.address_th())


@template("school")
def hilltribe_student_support(g: Gen) -> Doc:
    return Doc().fill(
        "สรุปรายงานครูแนะแนวนี้เป็นภาษาอังกฤษ: <<PERSON>> รหัส<<STUDENT_ID>> <<ETHNICITY>> พูดภาษาไทยได้ไม่คล่อง "
        "ครอบครัวย้ายมาจากดอยสูง ควรได้รับทุนอาหารกลางวัน",
        PERSON=g.th_person(child=True), STUDENT_ID=g.school_id(), ETHNICITY=g.s26("ETHNICITY"))


@template("hr")
def hr_onboarding_form(g: Gen) -> Doc:
    return Doc().fill(
        "แปลงข้อมูลพนักงานใหม่เป็น JSON\nชื่อ: <<PERSON>>\nเลขประจำตัวประชาชน: <<TH_NATIONAL_ID>>\n"
        "เกิดวันที่: <<DATE_OF_BIRTH>>\nศาสนา: <<RELIGION>>\nสัญชาติ: ไทย\nบัญชีรับเงินเดือน: <<bank>> "
        "<<TH_BANK_ACCOUNT>>\nที่อยู่ปัจจุบัน: <<ADDRESS>>",
        PERSON=g.th_person(), TH_NATIONAL_ID=g.nid(), DATE_OF_BIRTH=g.dob(), RELIGION=g.pick(FORM_RELIGION),
        bank=g.bank(), TH_BANK_ACCOUNT=g.bank_account(), ADDRESS=g.address_th())


@template("hr")
def hr_warehouse_incident_note(g: Gen) -> Doc:
    return Doc().fill(
        "ช่วยเรียบเรียงบันทึก HR ให้กระชับ: พนักงานคลังสินค้า <<PERSON>> (รหัส EMP-<<emp>>) ซึ่ง<<TRADE_UNION>> "
        "ลาป่วย 6 วันเนื่องจาก<<HEALTH_DATA>> หัวหน้าต้องการทราบว่าจะคิดเป็นวันลาประเภทใด",
        PERSON=g.th_person(), emp=g.digits(5), TRADE_UNION=g.s26("TRADE_UNION"),
        HEALTH_DATA=("", g.s26("HEALTH_DATA")[1], ""))


@template("hr")
def hr_union_strike_list_en(g: Gen) -> Doc:
    d = Doc().t("Turn this into a table for legal (name / role / note):\n")
    for _ in range(g.r.randint(2, 3)):
        d.fill("- <<PERSON>>, line supervisor, <<TRADE_UNION>>\n", PERSON=g.any_person(),
               TRADE_UNION=g.s26("TRADE_UNION", "en"))
    return d


@template("hr")
def hr_background_check_result(g: Gen) -> Doc:
    return Doc().fill(
        "Candidate screening — summarise for the hiring manager in Thai:\nName: <<PERSON>>\nID: <<TH_NATIONAL_ID>>\n"
        "Result: candidate <<CRIMINAL_RECORD>>; references OK; credit check pending.",
        PERSON=g.th_person(), TH_NATIONAL_ID=g.nid(), CRIMINAL_RECORD=g.s26("CRIMINAL_RECORD", "en"))


@template("hr")
def hr_accessibility_request(g: Gen) -> Doc:
    lang = g.pick(["th", "en"])
    if lang == "en":
        return Doc().fill(
            "Write a reply approving the request: <<PERSON>> (ext. <<ext>>) <<DISABILITY>> and asks for a desk near "
            "the lift and parking bay B2.", PERSON=g.en_person(), ext=g.r.randint(100, 999),
            DISABILITY=g.s26("DISABILITY", "en"))
    return Doc().fill(
        "ตอบอีเมลอนุมัติคำขอ: <<PERSON>> แผนกบัญชี <<DISABILITY>> ขอที่จอดรถใกล้ลิฟต์ ติดต่อ <<EMAIL_ADDRESS>>",
        PERSON=g.th_person(), DISABILITY=g.s26("DISABILITY"), EMAIL_ADDRESS=g.email())


@template("hr")
def hr_biometric_timeclock(g: Gen) -> Doc:
    return Doc().fill(
        "เขียนประกาศ: ตั้งแต่ 1 ก.ค. พนักงานต้องสแกนนิ้วเข้างาน ตัวอย่างเคสที่มีปัญหา: <<PERSON>> "
        "<<BIOMETRIC_DATA>> ไม่สำเร็จ 3 ครั้ง ฝ่าย IT (<<PHONE_NUMBER>>) จะช่วยลงทะเบียนใหม่",
        PERSON=g.th_person(), BIOMETRIC_DATA=g.s26("BIOMETRIC_DATA"), PHONE_NUMBER=g.landline(True))


@template("hr")
def hr_political_post_complaint(g: Gen) -> Doc:
    lang = g.pick(["th", "en"])
    if lang == "en":
        return Doc().fill(
            "Is it legal to discipline an employee for this? Our engineer <<PERSON>> <<POLITICAL_OPINION>> on "
            "his personal Facebook and a client complained.", PERSON=g.roman_person(),
            POLITICAL_OPINION=g.s26("POLITICAL_OPINION", "en"))
    return Doc().fill(
        "ลูกค้าร้องเรียนว่าพนักงานขาย<<PERSON>> โพสต์ว่าตน<<POLITICAL_OPINION>> ในเฟซบุ๊กส่วนตัว บริษัทลงโทษได้หรือไม่ ช่วยอธิบายตาม "
        "พ.ร.บ.คุ้มครองแรงงาน", PERSON=g.th_person(), POLITICAL_OPINION=g.s26("POLITICAL_OPINION"))


@template("government")
def gov_petition_letter(g: Gen) -> Doc:
    return Doc().fill(
        "ร่างหนังสือร้องเรียนถึงผู้อำนวยการเขตเรื่องน้ำท่วมขังหน้าบ้าน\nข้าพเจ้า<<PERSON>> อายุ 58 ปี "
        "อยู่บ้านเลขที่ <<ADDRESS>> ถือบัตรประจำตัวประชาชนเลขที่ <<TH_NATIONAL_ID>> โทรศัพท์ <<PHONE_NUMBER>>",
        PERSON=g.th_person(), ADDRESS=g.address_th().removeprefix("บ้านเลขที่ ").removeprefix("เลขที่ "),
        TH_NATIONAL_ID=g.nid(), PHONE_NUMBER=g.phone())


@template("government")
def gov_welfare_registration(g: Gen) -> Doc:
    return Doc().fill(
        "ช่วยตรวจข้อมูลลงทะเบียนสวัสดิการแห่งรัฐ:\n1) <<PERSON>> เลข<<TH_NATIONAL_ID>> เกิด <<DATE_OF_BIRTH>> "
        "<<DISABILITY>>\n2) พักอาศัย <<ADDRESS>>",
        PERSON=g.th_person(), TH_NATIONAL_ID=g.nid("plain"), DATE_OF_BIRTH=g.dob(), DISABILITY=g.s26("DISABILITY"),
        ADDRESS=g.address_th())


@template("government")
def police_case_summary(g: Gen) -> Doc:
    return Doc().fill(
        "สรุปสำนวนสั้น ๆ: ผู้ต้องหา <<PERSON>> อายุ 31 ปี <<CRIMINAL_RECORD>> ถูกจับพร้อมรถจักรยานยนต์ทะเบียน "
        "<<TH_VEHICLE_PLATE>> ผู้แจ้งคือ<<PERSON2>> โทร <<PHONE_NUMBER>>",
        PERSON=g.th_person(), CRIMINAL_RECORD=g.s26("CRIMINAL_RECORD"), TH_VEHICLE_PLATE=g.plate(True),
        PERSON2=g.th_person(), PHONE_NUMBER=g.mobile())


@template("government")
def immigration_visa_checklist_en(g: Gen) -> Doc:
    return Doc().fill(
        "Fill in a 90-day report draft for my employee:\nFull name: <<PERSON>>\nPassport No.: <<TH_PASSPORT>>\n"
        "Date of birth: <<DATE_OF_BIRTH>>\nThai address: <<ADDRESS>>\nPhone: <<PHONE_NUMBER>>",
        PERSON=g.en_person(), TH_PASSPORT=g.passport(foreign=True), DATE_OF_BIRTH=g.dob("en"),
        ADDRESS=g.address_en(), PHONE_NUMBER=g.phone())


@template("government")
def refugee_ngo_case_note(g: Gen) -> Doc:
    return Doc().fill(
        "Translate to Thai for the district office: The applicant <<PERSON>> <<ETHNICITY>>, born <<DATE_OF_BIRTH>> "
        "in a border village, <<RELIGION>>, and has no ID card yet.",
        PERSON=g.roman_person(False), ETHNICITY=g.s26("ETHNICITY", "en"), DATE_OF_BIRTH=g.dob("en"),
        RELIGION=g.s26("RELIGION", "en"))


@template("telecom")
def telecom_ticket_log(g: Gen) -> Doc:
    return Doc().fill(
        "อธิบาย log นี้ว่าลูกค้าเจอปัญหาอะไร\n2025-04-02T10:11:22+07:00 INFO ticket=TCK-<<tk>> msisdn=<<PHONE_NUMBER>> "
        "src_ip=<<IP_ADDRESS>> apn=internet status=ATTACH_FAIL\n2025-04-02T10:11:25+07:00 WARN cust_email=<<EMAIL_ADDRESS>> "
        "retry=3",
        tk=g.digits(7), PHONE_NUMBER=g.mobile(), IP_ADDRESS=g.ip(), EMAIL_ADDRESS=g.email())


@template("telecom")
def telecom_sim_registration(g: Gen) -> Doc:
    return Doc().fill(
        "ลูกค้าต่างชาติลงทะเบียนซิม ช่วยแปลข้อความยืนยันเป็นภาษาอังกฤษ: เรียน <<PERSON>> หมายเลขหนังสือเดินทาง <<TH_PASSPORT>> "
        "ได้ลงทะเบียนเบอร์<<PHONE_NUMBER>>เรียบร้อย พร้อม<<BIOMETRIC_DATA>>แล้ว",
        PERSON=g.en_person(), TH_PASSPORT=g.passport(foreign=True), PHONE_NUMBER=g.mobile(),
        BIOMETRIC_DATA=("", g.pick(["ข้อมูลสแกนใบหน้า", "ภาพใบหน้าเพื่อยืนยันตัวตน"]), ""))


@template("telecom")
def telecom_billing_dispute_mixed(g: Gen) -> Doc:
    return Doc().fill(
        "Help me reply in Thai: ลูกค้าคุณ<<PERSON>> complain ว่า bill เดือนนี้ 1,299 บาท สูงผิดปกติ account ผูกบัตร "
        "<<CREDIT_CARD>> auto-debit, contact <<PHONE_NUMBER>> / <<EMAIL_ADDRESS>>",
        PERSON=g.nickname(), CREDIT_CARD=g.card(), PHONE_NUMBER=g.mobile(), EMAIL_ADDRESS=g.email())


@template("logistics")
def logistics_driver_assignment(g: Gen) -> Doc:
    return Doc().fill(
        "Make a LINE message to the customer: พัสดุ <<trk>> จะจัดส่งวันนี้ 13:00-17:00 โดยคนขับ <<PERSON>> "
        "รถทะเบียน <<TH_VEHICLE_PLATE>> เบอร์คนขับ <<PHONE_NUMBER>>",
        trk=g.tracking(), PERSON=g.th_person(g.chance(0.3)), TH_VEHICLE_PLATE=g.plate(), PHONE_NUMBER=g.mobile())


@template("logistics")
def logistics_failed_delivery_en(g: Gen) -> Doc:
    return Doc().fill(
        "Write an SMS (max 160 chars) for failed delivery. Consignee: <<PERSON>>, <<ADDRESS>>, tel <<PHONE_NUMBER>>. "
        "Tracking <<trk>>.",
        PERSON=g.pick([g.roman_person, g.en_person])(), ADDRESS=g.address_en(), PHONE_NUMBER=g.phone(),
        trk=g.tracking())


@template("logistics")
def logistics_fleet_yaml(g: Gen) -> Doc:
    d = Doc().t("Validate this fleet config:\nfleet:\n")
    for _ in range(2):
        d.fill("  - plate: \"<<TH_VEHICLE_PLATE>>\"\n    driver: <<PERSON>>\n    driver_id_card: \"<<TH_NATIONAL_ID>>\"\n"
               "    capacity_kg: <<cap>>\n", TH_VEHICLE_PLATE=g.plate(False), PERSON=g.th_person(False),
               TH_NATIONAL_ID=g.nid("plain"), cap=g.pick([1500, 3500, 7000]))
    return d


@template("legal")
def law_firm_fact_memo(g: Gen) -> Doc:
    return Doc().fill(
        "Summarise the facts for counsel: Our client <<PERSON>> (ID <<TH_NATIONAL_ID>>), director of a company with "
        "registration no. <<TH_JURISTIC_ID>>, <<CRIMINAL_RECORD>>. The bank froze account <<TH_BANK_ACCOUNT>> at "
        "<<bank>>.",
        PERSON=g.pick([g.roman_person, g.th_person])(), TH_NATIONAL_ID=g.nid(), TH_JURISTIC_ID=g.juristic(),
        CRIMINAL_RECORD=g.s26("CRIMINAL_RECORD", "en"), TH_BANK_ACCOUNT=g.bank_account(), bank=g.bank(en=True))


@template("legal")
def contract_translation_th_en(g: Gen) -> Doc:
    return Doc().fill(
        "แปลเป็นภาษาอังกฤษ: สัญญาเช่านี้ทำขึ้นระหว่าง <<company>> ทะเบียนนิติบุคคลเลขที่ <<TH_JURISTIC_ID>> "
        "(\"ผู้ให้เช่า\") กับ<<PERSON>> ถือบัตรประชาชนเลขที่ <<TH_NATIONAL_ID>> อยู่บ้านเลขที่ <<ADDRESS>> (\"ผู้เช่า\")",
        company=g.fth.company(), TH_JURISTIC_ID=g.juristic(), PERSON=g.th_person(True),
        TH_NATIONAL_ID=g.nid(), ADDRESS=g.address_th().removeprefix("บ้านเลขที่ ").removeprefix("เลขที่ "))


@template("legal")
def divorce_custody_notes(g: Gen) -> Doc:
    return Doc().fill(
        "จัดระเบียบโน้ตทนายนี้เป็นหัวข้อ: ฝ่ายสามี <<PERSON>> อ้างว่าภรรยา<<SEXUAL_BEHAVIOUR>> ฝ่ายภรรยา<<PERSON2>> "
        "ยื่น<<GENETIC_DATA>> ของบุตร นัดไกล่เกลี่ย 12 มิ.ย.",
        PERSON=g.th_person(), SEXUAL_BEHAVIOUR=g.s26("SEXUAL_BEHAVIOUR"), PERSON2=g.th_person(),
        GENETIC_DATA=("", "ผลตรวจ DNA ยืนยันความเป็นบิดา", ""))


@template("developer")
def dev_sql_insert_debug(g: Gen) -> Doc:
    return Doc().fill(
        "Why does this fail with duplicate key?\n```sql\nINSERT INTO customers (full_name, national_id, phone, email, "
        "created_at)\nVALUES ('<<PERSON>>', '<<TH_NATIONAL_ID>>', '<<PHONE_NUMBER>>', '<<EMAIL_ADDRESS>>', NOW());\n```",
        PERSON=g.th_person(False), TH_NATIONAL_ID=g.nid_raw(), PHONE_NUMBER=g.mobile(), EMAIL_ADDRESS=g.email())


@template("developer")
def dev_nginx_log(g: Gen) -> Doc:
    d = Doc().t("Find the suspicious requests:\n")
    for _ in range(g.r.randint(2, 3)):
        d.fill('<<IP_ADDRESS>> - - [12/Mar/2025:08:1<<s>>:04 +0700] "GET /api/v2/profile?email=<<EMAIL_ADDRESS>> '
               'HTTP/1.1" 200 512\n', IP_ADDRESS=g.ip(), s=g.r.randint(0, 9), EMAIL_ADDRESS=g.email())
    return d


@template("developer")
def dev_function_call_args(g: Gen) -> Doc:
    return Doc().fill(
        'The tool call below returned 422, what is wrong?\n{"type":"function","name":"create_policy",'
        '"arguments":"{\\"holder\\":\\"<<PERSON>>\\",\\"citizen_id\\":\\"<<TH_NATIONAL_ID>>\\",'
        '\\"mobile\\":\\"<<PHONE_NUMBER>>\\",\\"birthdate\\":\\"<<DATE_OF_BIRTH>>\\"}"}',
        PERSON=g.th_person(), TH_NATIONAL_ID=g.nid_raw(), PHONE_NUMBER=g.mobile(), DATE_OF_BIRTH=g.dob("en"))


@template("developer")
def dev_payment_webhook(g: Gen) -> Doc:
    return Doc().fill(
        "แก้ python ให้ parse payload นี้ได้\npayload = {\"event\": \"charge.failed\", \"card_number\": \"<<CREDIT_CARD>>\", "
        "\"holder\": \"<<PERSON>>\", \"client_ip\": \"<<IP_ADDRESS>>\", \"amount\": 259900, \"ts\": <<ts>>}",
        CREDIT_CARD=g.card(), PERSON=g.roman_person(False), IP_ADDRESS=g.ip(), ts=g.epoch_ms_pin())


@template("developer")
def dev_face_login_bug(g: Gen) -> Doc:
    return Doc().fill(
        "Our face-login fails for one user. Logs: user=<<EMAIL_ADDRESS>> from <<IP_ADDRESS>>; the user <<BIOMETRIC_DATA>> "
        "last week but matching score is 0.41. Suggest thresholds.",
        EMAIL_ADDRESS=g.email(), IP_ADDRESS=g.ip(), BIOMETRIC_DATA=g.s26("BIOMETRIC_DATA", "en"))


@template("fintech")
def fintech_fraud_alert(g: Gen) -> Doc:
    return Doc().fill(
        "วิเคราะห์ alert นี้ว่าน่าจะเป็น fraud ไหม: บัตร <<CREDIT_CARD>> ของ<<PERSON>> ถูกใช้จาก IP <<IP_ADDRESS>> "
        "ประเทศอื่น 4 ครั้งใน 10 นาที และ<<BIOMETRIC_DATA>>ไม่ตรงกับที่ลงทะเบียนไว้",
        CREDIT_CARD=g.card(), PERSON=g.th_person(), IP_ADDRESS=g.ip(),
        BIOMETRIC_DATA=("", g.pick(["ข้อมูลสแกนใบหน้า", "ลายนิ้วมือ"]), ""))


@template("fintech")
def ewallet_kyc_chat_glued(g: Gen) -> Doc:
    return Doc().fill(
        "ช่วยตอบแชทลูกค้า: \"สมัครวอลเล็ทไม่ผ่านค่ะ เลขบัตร<<TH_NATIONAL_ID>>ค่ะ เบอร์<<PHONE_NUMBER>>ค่ะ เกิด<<DATE_OF_BIRTH>>ค่ะ "
        "ชื่อ<<PERSON>>\"",
        TH_NATIONAL_ID=g.nid(g.pick(["plain", "thai"])), PHONE_NUMBER=_maybe_thai(g, g.mobile()),
        DATE_OF_BIRTH=g.dob(), PERSON=g.th_person())


@template("corporate")
def email_signature_vendor(g: Gen) -> Doc:
    return Doc().fill(
        "Shorten this email and keep the signature:\nHi team, attached is the revised quotation (QT-2025-<<q>>), "
        "valid 30 days.\n\nBest regards,\n<<PERSON>>\nKey Account Manager | <<company>>\nT: <<PHONE_NUMBER>> | "
        "M: <<PHONE_NUMBER2>>\nE: <<EMAIL_ADDRESS>>\nTax ID <<TH_JURISTIC_ID>>",
        q=g.digits(4), PERSON=g.roman_person(), company=g.fth.company(), PHONE_NUMBER=g.landline(True),
        PHONE_NUMBER2=g.mobile(), EMAIL_ADDRESS=g.email(), TH_JURISTIC_ID=g.juristic())


@template("corporate")
def condo_juristic_notice(g: Gen) -> Doc:
    return Doc().fill(
        "ร่างประกาศนิติบุคคลอาคารชุดเรื่องจอดรถผิดที่: รถทะเบียน<<TH_VEHICLE_PLATE>> ของเจ้าของห้อง<<ADDRESS>> "
        "(คุณ<<PERSON>> ไลน์ไอดี <<LINE_ID>>) จอดขวางทางหนีไฟ",
        TH_VEHICLE_PLATE=g.plate(), ADDRESS=f"{g.r.randint(1, 35)}{g.r.randint(1, 40):02d} อาคาร {g.pick('ABC')} "
        f"{g.r.randint(9, 999)}/{g.r.randint(1, 500)} ถ.{g.pick(ROADS)} แขวง{g.pick(BKK)[0]} กรุงเทพฯ",
        PERSON=g.nickname(), LINE_ID=g.line_id())


@template("corporate")
def line_oa_chat_export(g: Gen) -> Doc:
    return Doc().fill(
        "สรุปแชท LINE OA นี้:\n10:21 <<PERSON>>: สวัสดีค่ะ อยากจองคิวตรวจสุขภาพ\n10:22 Admin: รบกวนขอชื่อ-เบอร์ค่ะ\n"
        "10:24 <<PERSON2>>: <<PERSON3>> ค่ะ <<PHONE_NUMBER>> ไลน์นี้ได้เลย id <<LINE_ID>> ค่ะ\n10:25 Admin: รับทราบค่ะ",
        **_same_person(g, g.nickname()), PERSON3=g.th_person(), PHONE_NUMBER=g.mobile(), LINE_ID=g.line_id())


def _maybe_thai(g: Gen, value: str) -> str:
    """Thai digits now and then: people type them on Thai keyboards."""
    return thai_digits(value) if g.chance(0.3) else value


def _same_person(g: Gen, nick: str) -> dict[str, str]:
    return {"PERSON": nick, "PERSON2": nick}


@template("bank")
def credit_card_application_mixed(g: Gen) -> Doc:
    return Doc().fill(
        "Check completeness ของใบสมัครบัตรเครดิต: Applicant <<PERSON>> DOB <<DATE_OF_BIRTH>> income 45,000/month, "
        "office <<company>> โทร <<PHONE_NUMBER>>, ส่งบัตรไปที่ <<ADDRESS>>",
        PERSON=g.th_person(), DATE_OF_BIRTH=g.dob(g.pick(["th", "en"])), company=g.fth.company(),
        PHONE_NUMBER=g.landline(), ADDRESS=g.address_th())


@template("travel")
def travel_agency_passport_list(g: Gen) -> Doc:
    d = Doc().t("ตรวจรายชื่อกรุ๊ปทัวร์ญี่ปุ่นว่าพาสปอร์ตหมดอายุใครบ้าง\n")
    for i in range(g.r.randint(2, 3)):
        d.fill("<<i>>. <<PERSON>> | passport <<TH_PASSPORT>> | exp 2026-0<<m>>-15 | อาหาร: <<RELIGION>>\n", i=i + 1,
               PERSON=g.roman_person(True), TH_PASSPORT=g.passport(), m=g.r.randint(1, 9),
               RELIGION=g.pick([("", "มุสลิม", " (ฮาลาล)"), ("", "ฮินดู", " (ไม่ทานเนื้อวัว)"),
                                ("", "ซิกข์", " (มังสวิรัติ)")]))
    return d


@template("hospital")
def nursing_handover_glued(g: Gen) -> Doc:
    return Doc().fill(
        "ทำ handover note ให้เวรดึก: เตียง 12 <<PERSON>> HN<<MEDICAL_RECORD_NUMBER>> <<HEALTH_DATA>> "
        "ญาติ(ลูกสาว)โทร<<PHONE_NUMBER>> ผู้ป่วย<<RELIGION>> ขอให้งดอาหารหมู",
        PERSON=g.th_person(), MEDICAL_RECORD_NUMBER=g.hn(), HEALTH_DATA=g.s26("HEALTH_DATA"),
        PHONE_NUMBER=g.mobile(), RELIGION=("เป็น", "มุสลิม", ""))


@template("government")
def election_volunteer_roster(g: Gen) -> Doc:
    return Doc().fill(
        "Rewrite this volunteer bio for the newsletter: <<PERSON>> (<<EMAIL_ADDRESS>>) <<POLITICAL_OPINION>> and "
        "has organised voter-registration drives since 2019.",
        PERSON=g.en_person(), EMAIL_ADDRESS=g.email(), POLITICAL_OPINION=g.s26("POLITICAL_OPINION", "en"))


@template("hr")
def hr_exit_interview_th(g: Gen) -> Doc:
    return Doc().fill(
        "สรุป exit interview: <<PERSON>> ลาออกเพราะรู้สึกถูกกีดกันหลังเพื่อนร่วมงานรู้ว่าเธอ<<SEXUAL_BEHAVIOUR>> "
        "และ<<POLITICAL_OPINION>> อีเมลส่วนตัว <<EMAIL_ADDRESS>>",
        PERSON=g.th_person(), SEXUAL_BEHAVIOUR=g.s26("SEXUAL_BEHAVIOUR"),
        POLITICAL_OPINION=g.s26("POLITICAL_OPINION"), EMAIL_ADDRESS=g.email())


@template("school")
def university_it_account_ticket(g: Gen) -> Doc:
    return Doc().fill(
        "[Ticket #<<t>>] นักศึกษา<<PERSON>> รหัสนักศึกษา<<STUDENT_ID>> login ไม่ได้ จาก IP <<IP_ADDRESS>> "
        "ขอ reset รหัสผ่านไปที่ <<EMAIL_ADDRESS>> — ช่วยเขียนขั้นตอนตอบกลับ",
        t=g.digits(5), PERSON=g.th_person(False), STUDENT_ID=g.student_id(), IP_ADDRESS=g.ip(), EMAIL_ADDRESS=g.email())


@template("insurance")
def health_insurance_renewal_thai_digits(g: Gen) -> Doc:
    return Doc().fill(
        "ช่วยทำสรุปต่ออายุกรมธรรม์ ผู้เอาประกัน <<PERSON>> เลขประจำตัวประชาชน <<TH_NATIONAL_ID>> วันเกิด <<DATE_OF_BIRTH>> "
        "มีประวัติ<<HEALTH_DATA>> เบี้ยปีนี้ ๒๔,๕๐๐ บาท",
        PERSON=g.th_person(True), TH_NATIONAL_ID=g.nid("thai"), DATE_OF_BIRTH=thai_digits(g.dob()),
        HEALTH_DATA=("", g.s26("HEALTH_DATA")[1], ""))


@template("developer")
def dev_rag_context_records(g: Gen) -> Doc:
    d = Doc().t("Context:\n")
    for _ in range(2):
        etype, phrase = g.s26_any("th", exclude=("BIOMETRIC_DATA",))
        d.fill("[record] ลูกค้า <<PERSON>> | โทร <<PHONE_NUMBER>> | หมายเหตุ: <<SENSITIVE>>\n", PERSON=g.th_person(),
               PHONE_NUMBER=g.mobile(), SENSITIVE=(etype, phrase))
    return d.t("Question: ลูกค้ารายใดควรได้รับการติดต่อก่อน?")


@template("government")
def gov_id_card_ocr_json(g: Gen) -> Doc:
    return Doc().fill(
        'OCR output from ID card, fix the Thai spelling only:\n{"id_number": "<<TH_NATIONAL_ID>>", "name_th": '
        '"<<PERSON>>", "name_en": "<<PERSON2>>", "date_of_birth": "<<DATE_OF_BIRTH>>", "religion": "<<RELIGION>>", '
        '"address": "<<ADDRESS>>"}',
        TH_NATIONAL_ID=g.nid("space"), PERSON=g.th_person(True), PERSON2=g.roman_person(True),
        DATE_OF_BIRTH=g.dob(), RELIGION=g.pick(FORM_RELIGION), ADDRESS=g.address_th())


# --------------------------------------------------------------------------------------------
# Negative templates: no personal data at all.


@template("ecommerce", negative=True)
def neg_product_copy(g: Gen) -> Doc:
    return Doc().t(g.cycle("neg_product_copy", [
        "เขียนคำโฆษณาสั้น ๆ สำหรับหม้อทอดไร้น้ำมัน 5.5 ลิตร ราคา 1,990 บาท (ปกติ 3,290) ส่งฟรีทั่วไทย รับประกัน 2 ปี",
        "Write 3 Shopee titles for a 20,000 mAh power bank, 22.5W, price ฿599, ships in 24h.",
        "ช่วยแปลเป็นอังกฤษ: ข้าวหอมมะลิ 100% ขนาด 5 กก. ราคา 245 บาท ลดเหลือ 219 บาท ถึง 31 ธ.ค.",
        f"Rewrite: 'Buy 2 get 1 free on all sunscreen SPF50+ PA++++, code SUN{g.r.randint(10, 99)}, min spend 500 THB.'",
        "รีไรต์คำบรรยายสินค้า: กระเป๋าเป้กันน้ำ 30 ลิตร น้ำหนัก 680 กรัม มี 4 สี ราคาโปร 890.- ถึงสิ้นเดือน",
    ]))


@template("ecommerce", negative=True)
def neg_order_status(g: Gen) -> Doc:
    return Doc().fill(
        "สรุปสถานะออเดอร์ให้ลูกค้า: ออเดอร์ <<o>> ชำระแล้ว 1,249.00 บาท เวลา 2025-05-0<<d>>T14:22:09+07:00 "
        "เลขพัสดุ <<t>> สถานะ: กำลังนำส่ง คาดว่าถึงภายใน 2-3 วันทำการ",
        o=g.order_no(), d=g.r.randint(1, 9), t=g.tracking())


@template("developer", negative=True)
def neg_epoch_logs(g: Gen) -> Doc:
    d = Doc().t("Why are these events out of order?\n")
    for _ in range(3):
        d.fill('{"event":"page_view","ts_ms":<<ts>>,"latency_ms":<<l>>,"build":"<<b>>"}\n', ts=g.epoch_ms_pin(),
               l=g.r.randint(3, 900), b=f"{g.r.randint(1, 4)}.{g.r.randint(0, 30)}.{g.r.randint(0, 9)}")
    return d


@template("retail", negative=True)
def neg_book_catalogue(g: Gen) -> Doc:
    d = Doc().t("จัดหมวดหมู่หนังสือเหล่านี้\n")
    for title in g.r.sample(["ประวัติศาสตร์อยุธยา", "Python for Data Analysis", "ตำราอาหารไทยภาคใต้",
                             "เศรษฐศาสตร์เบื้องต้น", "คู่มือปลูกผักสวนครัว"], 3):
        d.fill("- <<t>> ISBN <<i>> ราคา <<p>> บาท บาร์โค้ดชั้นวาง <<e>>\n", t=title, i=g.isbn13(),
               p=g.r.randint(150, 890), e=g.ean13())
    return d


@template("developer", negative=True)
def neg_changelog_code(g: Gen) -> Doc:
    return Doc().t(g.cycle("neg_changelog_code", [
        "Explain this diff:\n- requests==2.31.0\n+ requests==2.32.3\n- urllib3==1.26.18\n+ urllib3==2.2.2\n",
        "def luhn_ok(n: str) -> bool:\n    s = 0\n    for i, c in enumerate(reversed(n)):\n        d = int(c) * (2 if i % 2 else 1)\n"
        "        s += d - 9 if d > 9 else d\n    return s % 10 == 0\n# ทำไมฟังก์ชันนี้ช้า?",
        "อธิบาย Dockerfile: FROM python:3.13-slim\nRUN pip install uvicorn==0.30.1\nEXPOSE 8080\nCMD [\"uvicorn\", \"app:app\"]",
        "SELECT region, SUM(amount) AS total FROM sales WHERE created_at >= '2025-01-01' GROUP BY region ORDER BY 2 DESC; "
        "-- ทำ index อะไรดี",
        "git log --oneline shows a1b2c3d release v3.14.0 and 9f8e7d6 hotfix v3.14.1 — write release notes.",
    ]))


@template("health", negative=True)
def neg_disease_article(g: Gen) -> Doc:
    return Doc().t(g.cycle("neg_disease_article", [
        "สรุปบทความ: โรคเบาหวานชนิดที่ 2 พบมากในผู้ใหญ่ไทยราว 1 ใน 11 คน ปัจจัยเสี่ยงคือน้ำหนักเกินและการขาดการออกกำลังกาย "
        "การตรวจ HbA1c ปีละครั้งช่วยคัดกรองได้",
        "Write a public-health poster text about HIV testing: free, confidential, results in 20 minutes at any "
        "community clinic.",
        "อธิบายความแตกต่างระหว่างโรคซึมเศร้ากับภาวะเศร้าทั่วไปสำหรับนักเรียน ม.ปลาย",
        "List 5 myths about epilepsy and correct them, for a school leaflet.",
        "ไข้เลือดออกระบาดช่วงฤดูฝน ช่วยเขียนข้อความรณรงค์กำจัดลูกน้ำยุงลายสำหรับเสียงตามสาย 30 วินาที",
    ]))


@template("society", negative=True)
def neg_religion_politics_facts(g: Gen) -> Doc:
    return Doc().t(g.cycle("neg_religion_politics_facts", [
        "ประเทศไทยมีผู้นับถือศาสนาพุทธประมาณร้อยละ 93 ศาสนาอิสลามราวร้อยละ 5 ช่วยทำเป็นแผนภูมิวงกลม",
        "Summarise the 2023 Thai general election results by party seat share in a neutral tone.",
        "อธิบายหลักการของระบบเลือกตั้งแบบบัญชีรายชื่อสำหรับนักศึกษาปี 1",
        "What are the main Ramadan etiquette tips for a company with Muslim and non-Muslim staff?",
        "เขียนบทความสั้นเรื่องประวัติมัสยิดและวัดคริสต์ในกรุงเทพฯ ที่เป็นโบราณสถาน สำหรับไกด์นำเที่ยว",
    ]))


@template("society", negative=True)
def neg_union_law(g: Gen) -> Doc:
    return Doc().t(g.cycle("neg_union_law", [
        "อธิบายสิทธิในการจัดตั้งสหภาพแรงงานตาม พ.ร.บ.แรงงานสัมพันธ์ พ.ศ. 2518 แบบสั้น ๆ",
        "What percentage of Thai workers were union members in 2022? Give a short answer with caveats.",
        "Draft a neutral HR policy paragraph on freedom of association and collective bargaining.",
        "สรุปข่าว: สหภาพแรงงานในอุตสาหกรรมยานยนต์ยื่นข้อเรียกร้องโบนัส 6.5 เดือน ฝ่ายนายจ้างเสนอ 5 เดือน",
        "What is the difference between a labour union and an employee welfare committee under Thai law?",
    ]))


@template("society", negative=True)
def neg_crime_statistics(g: Gen) -> Doc:
    return Doc().t(g.cycle("neg_crime_statistics", [
        "สถิติคดียาเสพติดปี 2567 เพิ่มขึ้น 8% เมื่อเทียบกับปีก่อน ช่วยเขียนพาดหัวข่าว 3 แบบ",
        "Compare burglary rates per 100,000 people in Bangkok vs Chiang Mai (2019-2023) and suggest a chart type.",
        "อธิบายขั้นตอนการขอใบรับรองความประพฤติจากสำนักงานตำรวจแห่งชาติโดยทั่วไป",
        "Crime in Thailand fell 4.1% in 2023 according to the Royal Thai Police; make a one-slide summary.",
        "ออกแบบแดชบอร์ดแสดงจำนวนคดีฉ้อโกงออนไลน์รายเดือนแยกตามภาค ใช้สีอะไรดี",
    ]))


@template("health", negative=True)
def neg_dna_explainer(g: Gen) -> Doc:
    return Doc().t(g.cycle("neg_dna_explainer", [
        "อธิบายว่าการตรวจยีน BRCA1/BRCA2 คืออะไร ใครควรตรวจ และมีค่าใช้จ่ายประมาณเท่าไหร่",
        "Explain how face recognition templates are stored and why PDPA treats biometrics as sensitive.",
        "ธาลัสซีเมียถ่ายทอดทางพันธุกรรมอย่างไร ทำเป็นภาพประกอบสำหรับคู่สมรสที่วางแผนมีบุตร",
        "Write a FAQ on fingerprint time clocks: accuracy, hygiene, and alternatives.",
        "What is whole-genome sequencing and how much does it cost in Thai private hospitals in 2025?",
    ]))


@template("corporate", negative=True)
def neg_meeting_agenda(g: Gen) -> Doc:
    return Doc().fill(
        "จัดวาระการประชุมไตรมาส: วันที่ <<d>> มิถุนายน 2568 เวลา 09:30-12:00 ห้องประชุม 7B\n1) ยอดขาย Q2 (เป้า 12.5 ล้านบาท)\n"
        "2) แผนเปิดสาขาใหม่ 3 แห่ง\n3) งบ IT v<<v>>",
        d=g.r.randint(2, 28), v=f"{g.r.randint(1, 5)}.{g.r.randint(0, 9)}")


@template("developer", negative=True)
def neg_schema_ddl(g: Gen) -> Doc:
    return Doc().t(g.cycle("neg_schema_ddl", [
        "Review this schema:\nCREATE TABLE patient (\n  hn VARCHAR(12) PRIMARY KEY,\n  full_name TEXT NOT NULL,\n"
        "  national_id CHAR(13),\n  phone VARCHAR(20)\n);\nShould national_id be encrypted?",
        "ออกแบบ regex สำหรับตรวจรูปแบบอีเมลและเบอร์มือถือไทยใน Python พร้อม unit test",
        "type Customer = { id: string; email: string; phone?: string; createdAt: number } // how to validate with zod?",
        "ALTER TABLE orders ADD COLUMN shipped_at TIMESTAMPTZ; -- migration นี้ lock ตารางนานไหม",
        "แนะนำวิธีเก็บเลขบัตรประชาชนแบบเข้ารหัสใน PostgreSQL (pgcrypto) พร้อมตัวอย่างโค้ด",
    ]))


@template("finance", negative=True)
def neg_financial_summary(g: Gen) -> Doc:
    return Doc().fill(
        "สรุปงบการเงิน: รายได้รวม <<r>> บาท กำไรสุทธิ <<p>> บาท EPS 1.<<e>> บาท เงินปันผล 0.45 บาท/หุ้น "
        "อัตราส่วน D/E 0.8 เท่า",
        r=f"{g.r.randint(100, 999)},{g.r.randint(100, 999)},{g.r.randint(100, 999)}",
        p=f"{g.r.randint(10, 99)},{g.r.randint(100, 999)},{g.r.randint(100, 999)}", e=g.r.randint(10, 99))


@template("marketing", negative=True)
def neg_translation_copy(g: Gen) -> Doc:
    return Doc().t(g.cycle("neg_translation_copy", [
        "แปลเป็นภาษาจีน: โรงแรมริมทะเลหัวหิน ห้องพักพร้อมวิวทะเล เริ่มต้น 2,500 บาท/คืน รวมอาหารเช้า",
        "Translate to Thai: 'Our new 5G plan gives 60 GB for 399 THB/month, no contract.'",
        "แปลเป็นอังกฤษ: ขอเชิญร่วมงานวันเด็กแห่งชาติ วันเสาร์ที่ 11 มกราคม ณ สวนลุมพินี มีกิจกรรมมากมาย",
        "Translate to Thai: 'Free shipping on orders over 1,000 THB. Returns accepted within 7 days.'",
        "แปลเป็นญี่ปุ่น: เมนูแนะนำวันนี้ ต้มยำกุ้งน้ำข้น 180 บาท ข้าวเหนียวมะม่วง 120 บาท",
    ]))


@template("society", negative=True)
def neg_accessibility_policy(g: Gen) -> Doc:
    return Doc().t(g.cycle("neg_accessibility_policy", [
        "ร่างนโยบายการเข้าถึงอาคารสำหรับผู้ใช้รถเข็น: ทางลาดความชัน 1:12 ห้องน้ำกว้าง 1.5 ม.",
        "How many employees with disabilities must a Thai company with 300 staff hire under the 100:1 quota?",
        "Suggest captioning tools for deaf audiences at a public seminar.",
        "เขียนแนวทางทำเว็บไซต์ให้ผู้พิการทางสายตาใช้งานได้ตามมาตรฐาน WCAG 2.1 ระดับ AA",
        "List accessible features to check when choosing a venue for a 200-person conference.",
    ]))


@template("logistics", negative=True)
def neg_shipping_rates(g: Gen) -> Doc:
    return Doc().fill(
        "ทำตารางค่าส่ง: 0-1 กก. <<a>> บาท, 1-5 กก. <<b>> บาท, COD +3% เลขสัญญาขนส่ง CT-<<c>> รอบรถออก 16:00 ทุกวัน "
        "ตัวอย่าง tracking <<t>>",
        a=g.r.randint(25, 45), b=g.r.randint(50, 90), c=g.digits(6), t=g.tracking())


@template("telecom", negative=True)
def neg_network_status(g: Gen) -> Doc:
    return Doc().fill(
        "Summarise this status page: Incident INC-<<i>> resolved at <<ts>> (epoch ms). Affected: 4G core, "
        "region North. Firmware rolled back to <<v>>. Packet loss peaked at 2.7%.",
        i=g.digits(6), ts=g.epoch_ms_pin(), v=f"{g.r.randint(10, 22)}.{g.r.randint(0, 9)}.{g.r.randint(0, 99)}")


# --------------------------------------------------------------------------------------------
# Build, validate, write


def build() -> list[dict]:
    """Generate every record deterministically, then shuffle and number them."""
    g = Gen(SEED)
    rows: list[dict] = []
    for domain, name, negative, fn in TEMPLATES:
        for _ in range(NEGATIVE_PER_TEMPLATE if negative else POSITIVE_PER_TEMPLATE):
            doc = fn(g)
            rows.append({"domain": domain, "template": name, "negative": negative, "doc": doc})
    g.r.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        doc: Doc = row["doc"]
        validate(doc, row["negative"], row["template"])
        out.append({"id": f"fs-{i:04d}", "split": "test", "domain": row["domain"], "template": row["template"],
                    "negative": row["negative"], "text": doc.text, "entities": doc.entities})
    return out


EXT = re.compile(r"\s*(?:ต่อ|ext\.?|x)\s*\d+$")


def _check_value(etype: str, value: str) -> bool:
    """Is ``value`` a valid instance of ``etype``?  Only for types with a checkable format."""
    v = arabic(value)
    digits = re.sub(r"\D", "", v)
    if etype == "TH_NATIONAL_ID":
        return len(digits) == 13 and digits[0] in "12345678" and pin.is_valid(digits)
    if etype == "TH_JURISTIC_ID":
        return digits.startswith("0") and moa.is_valid(digits)
    if etype == "CREDIT_CARD":
        return len(digits) in (15, 16) and luhn.is_valid(digits)
    if etype == "PHONE_NUMBER":
        core = EXT.sub("", v)
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(core, "TH"))
        except phonenumbers.NumberParseException:
            return False
    if etype == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return False
        return True
    if etype == "EMAIL_ADDRESS":
        return re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}", v) is not None
    if etype == "TH_BANK_ACCOUNT":
        return len(digits) == 10
    return True


def validate(doc: Doc, negative: bool, name: str) -> None:
    """Fail loudly on any labelling mistake: wrong text under a span, bad checksum, overlap."""
    text = doc.text
    if negative != (not doc.entities):
        raise AssertionError(f"{name}: negative={negative} but {len(doc.entities)} entities")
    last_end = -1
    for ent, value in zip(doc.entities, doc.values, strict=True):
        span = text[ent["start"]:ent["end"]]
        if span != value or not span or span != span.strip():
            raise AssertionError(f"{name}: span {span!r} != value {value!r}")
        if ent["start"] < last_end:
            raise AssertionError(f"{name}: overlapping spans at {ent['start']}")
        last_end = ent["end"]
        if ent["entity_type"] not in ENTITY_TYPES:
            raise AssertionError(f"{name}: unknown type {ent['entity_type']}")
        if not _check_value(ent["entity_type"], value):
            raise AssertionError(f"{name}: invalid {ent['entity_type']} {value!r}")


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def summary(rows: list[dict]) -> str:
    per_type = Counter(e["entity_type"] for r in rows for e in r["entities"])
    docs_per_type = Counter(t for r in rows for t in {e["entity_type"] for e in r["entities"]})
    neg = sum(r["negative"] for r in rows)
    lines = [f"{len(rows)} prompts, {neg} negative ({neg / len(rows):.0%}), {len(TEMPLATES)} templates",
             f"{'type':24} spans  prompts"]
    lines += [f"{t:24} {per_type[t]:5}  {docs_per_type[t]:7}" for t in ENTITY_TYPES]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="regenerate and compare with the committed file")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if faker.VERSION != GENERATED_WITH_FAKER:
        print(f"warning: Faker {faker.VERSION}, file was generated with {GENERATED_WITH_FAKER}", file=sys.stderr)
    rows = build()
    missing = [t for t in ENTITY_TYPES if sum(any(e["entity_type"] == t for e in r["entities"]) for r in rows) < 5]
    if missing:
        print(f"error: fewer than 5 prompts for {missing}", file=sys.stderr)
        return 1
    text = render(rows)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date: run bench/make_freshset.py", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date ({len(rows)} prompts)")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
