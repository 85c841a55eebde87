"""Generate bench/freshset4.jsonl, the fourth blind held-out set for the Thai PII detector.

Written blind on 2026-11-24 without reading the detector, the other bench sets or their
generators, so that it measures generalisation to sentence shapes nobody tuned on. Do not tune
recognizers on it: fix kinds of misses with general rules, never rows of this file.

Each template is a function returning a list of parts: a plain string, or a tuple
(entity_type, value) that becomes a labelled span. Offsets are therefore exact by construction.
Values are fabricated and valid where real ones are (stdnum.th.pin, stdnum.th.moa, Luhn,
libphonenumber TH). Faker draws differ between versions, hence GENERATED_WITH_FAKER.

Usage: ``python bench/make_freshset4.py`` writes the file; ``--check`` exits 0 when the
committed file is up to date and 1 otherwise.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
from faker import Faker
from stdnum.th import moa, pin

GENERATED_WITH_FAKER = "40.54.0"
OUT = Path(__file__).resolve().parent / "freshset4.jsonl"
PER_TEMPLATE = 4
SEED = 20261124

ENTITY_TYPES = (
    "PERSON", "TH_NATIONAL_ID", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IP_ADDRESS",
    "LINE_ID", "TH_BANK_ACCOUNT", "TH_PASSPORT", "STUDENT_ID", "MEDICAL_RECORD_NUMBER",
    "TH_VEHICLE_PLATE", "ADDRESS", "DATE_OF_BIRTH", "TH_JURISTIC_ID", "HEALTH_DATA", "RELIGION",
    "ETHNICITY", "POLITICAL_OPINION", "CRIMINAL_RECORD", "SEXUAL_BEHAVIOUR", "DISABILITY",
    "TRADE_UNION", "GENETIC_DATA", "BIOMETRIC_DATA",
)
S26_TYPES = ENTITY_TYPES[15:]

Part = str | tuple[str, str]
Rand = random.Random

FK_TH = Faker("th_TH")
FK_EN = Faker("en_US")

# ---------------------------------------------------------------- value makers

# Composed, not taken from any name list, so a lexicon cannot know them all.
SYL_A = ("ธน", "พิม", "ศุภ", "กานต์", "วร", "ณัฐ", "ปวี", "ภู", "อัญ", "ชล", "รวิ", "ขวัญ")
SYL_B = ("วัฒน์", "ลดา", "ชญา", "ธิดา", "กร", "นันท์", "ภัค", "พล", "ริน", "เมธ", "ศิริ", "ดล")
LAST_A = ("ศรี", "แสง", "ทอง", "วงศ์", "บุญ", "เพชร", "จันทร์", "อินทร์", "สุข", "มณี")
LAST_B = ("สกุลรัตน์", "ประเสริฐวงศ์", "ไพบูลย์กิจ", "ธำรงเดช", "รุ่งโรจน์ชัย", "พิทักษ์ธรรม",
          "เจริญผล", "อุดมสิน", "กิตติพันธุ์", "ชัยมงคล")
NICKS = ("ต้น", "ปุ้ย", "แบงค์", "มิ้นท์", "โอ๊ต", "ฝน", "เจ", "บีม", "ป๊อป", "แนน", "กอล์ฟ", "อ้อม")
EMAIL_DOMAINS = ("gmail.com", "hotmail.com", "outlook.co.th", "yahoo.com", "siamfoods.co.th",
                 "krungdee.co.th", "dla.go.th", "mahidol.ac.th", "kku.ac.th", "nakornlogistics.com")


MALE_TITLES = ("นาย", "ดร.", "พ.ต.ท.", "ผศ.ดร.", "ร.ต.อ.", "ว่าที่ร้อยตรี", "")
FEMALE_TITLES = ("นางสาว", "นาง", "น.ส.", "ดร.", "ผศ.ดร.", "พ.ต.ท.หญิง", "")


def first_last(r: Rand) -> tuple[str, str, bool]:
    """Half Faker th_TH, half composed syllables; returns (first, last, is_male)."""
    male = r.random() < 0.5
    if r.random() < 0.5:
        first = FK_TH.first_name_male() if male else FK_TH.first_name_female()
        return first, FK_TH.last_name(), male
    return r.choice(SYL_A) + r.choice(SYL_B), r.choice(LAST_A) + r.choice(LAST_B), male


def name_th(r: Rand, title: bool = True) -> str:
    f, la, male = first_last(r)
    t = r.choice(MALE_TITLES if male else FEMALE_TITLES) if title else ""
    return f"{t}{f} {la}" if t else f"{f} {la}"


def name_en(r: Rand) -> str:
    if r.random() < 0.5:
        return f"{r.choice(('Mr. ', '', ''))}{FK_EN.first_name_male()} {FK_EN.last_name()}"
    return f"{r.choice(('Ms. ', 'Mrs. ', ''))}{FK_EN.first_name_female()} {FK_EN.last_name()}"


def romanised(r: Rand) -> str:
    return f"{FK_EN.first_name().lower()}{r.choice(('.', '_', ''))}{FK_EN.last_name().lower()[:r.randint(1, 6)]}"


def email(r: Rand) -> str:
    return f"{romanised(r)}{r.choice(('', str(r.randint(1, 99))))}@{r.choice(EMAIL_DOMAINS)}"


def national_id(r: Rand, fmt: bool | None = None) -> str:
    body = str(r.randint(1, 8)) + "".join(str(r.randint(0, 9)) for _ in range(11))
    n = body + pin.calc_check_digit(body)
    if fmt is None:
        fmt = r.random() < 0.5
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}" if fmt else n


def juristic_id(r: Rand) -> str:
    body = "0" + r.choice(("105", "107", "115", "125", "994")) + "".join(str(r.randint(0, 9)) for _ in range(8))
    n = body + moa.calc_check_digit(body)
    return n if r.random() < 0.6 else f"{n[0]} {n[1:3]} {n[3]} {n[4:7]} {n[7:12]} {n[12]}"


def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0


def credit_card(r: Rand) -> str:
    body = r.choice(("4", "5", "4")) + "".join(str(r.randint(0, 9)) for _ in range(14))
    check = next(str(c) for c in range(10) if luhn_ok(body + str(c)))
    n = body + check
    sep = r.choice((" ", "-", ""))
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def phone(r: Rand, landline: bool = False, intl: bool | None = None) -> str:
    """A valid TH number in one of several written shapes."""
    while True:
        if landline:
            core = "2" + "".join(str(r.randint(0, 9)) for _ in range(7))
        else:
            core = r.choice(("81", "86", "89", "91", "92", "95", "62", "63", "64")) + "".join(
                str(r.randint(0, 9)) for _ in range(7))
        if phonenumbers.is_valid_number(phonenumbers.parse("0" + core, "TH")):
            break
    if intl is None:
        intl = r.random() < 0.25
    if landline:
        return f"+66 2 {core[1:4]} {core[4:]}" if intl else f"0{core[0]}-{core[1:4]}-{core[4:]}"
    if intl:
        return r.choice((f"+66 {core[:2]} {core[2:5]} {core[5:]}", f"+66{core}"))
    n = "0" + core
    return r.choice((f"{n[:3]}-{n[3:6]}-{n[6:]}", n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:2]}-{n[2:6]}-{n[6:]}"))


def ip(r: Rand) -> str:
    if r.random() < 0.2:
        return f"2001:db8:{r.randint(1, 0xfff):x}::{r.randint(1, 0xffff):x}"
    return f"{r.choice((49, 58, 110, 171, 183, 203))}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def line_id(r: Rand, at: bool | None = None) -> str:
    base = r.choice(("nong", "pim", "tonkla", "jaja", "mewmew", "bank", "oat")) + r.choice(("_", ".", "")) + str(
        r.randint(7, 2599))
    if at is None:
        at = r.random() < 0.5
    return "@" + base if at else base


def bank_account(r: Rand) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(10))
    return r.choice((f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}", d))


def passport(r: Rand) -> str:
    return r.choice(("AA", "AB", "AC", "AD")) + "".join(str(r.randint(0, 9)) for _ in range(7))


def student_id(r: Rand) -> str:
    return f"6{r.randint(3, 8)}{r.choice(('105', '010', '362'))}{r.randint(10000, 99999)}"


def hn(r: Rand) -> str:
    return r.choice((f"{r.randint(60, 68)}-{r.randint(10000, 99999)}", str(r.randint(1000000, 9999999)),
                     f"HN{r.randint(100000, 999999)}"))


PROVINCES = ("กรุงเทพมหานคร", "เชียงใหม่", "ขอนแก่น", "ชลบุรี", "สงขลา", "นครราชสีมา", "ภูเก็ต")


def plate(r: Rand, with_province: bool = True) -> str:
    cons = "กขคงจฉชซฌญฐฒณดตถทธนบปผพฟภมยรลวศษสหฬอฮ"
    p = r.choice((f"{r.randint(1, 9)}{r.choice(cons)}{r.choice(cons)} {r.randint(1, 9999)}",
                  f"{r.choice(cons)}{r.choice(cons)} {r.randint(1, 9999)}"))
    return f"{p} {r.choice(PROVINCES)}" if with_province else p


AREAS = (
    ("แขวงลาดยาว", "เขตจตุจักร", "กรุงเทพมหานคร", "10900"),
    ("แขวงบางจาก", "เขตพระโขนง", "กรุงเทพมหานคร", "10260"),
    ("แขวงสีลม", "เขตบางรัก", "กรุงเทพฯ", "10500"),
    ("ตำบลคลองหนึ่ง", "อำเภอคลองหลวง", "จังหวัดปทุมธานี", "12120"),
    ("ต.สุเทพ", "อ.เมืองเชียงใหม่", "จ.เชียงใหม่", "50200"),
    ("ตำบลในเมือง", "อำเภอเมืองขอนแก่น", "จังหวัดขอนแก่น", "40000"),
    ("ต.หาดใหญ่", "อ.หาดใหญ่", "จ.สงขลา", "90110"),
    ("ตำบลบางพระ", "อำเภอศรีราชา", "จังหวัดชลบุรี", "20110"),
)
ROADS = ("ถนนประชาอุทิศ", "ถ.ราษฎร์บำรุง", "ถนนเทศบาล 3", "ถ.ศรีสมบูรณ์", "ถนนสุขาภิบาล 2", "")


def address(r: Rand, postcode: bool = True) -> str:
    t, a, p, z = r.choice(AREAS)
    head = r.choice((f"{r.randint(1, 399)}/{r.randint(1, 99)}", f"เลขที่ {r.randint(1, 999)}",
                     f"ห้อง {r.randint(101, 1520)} อาคาร{r.choice(('ลุมพินีวิลล์', 'ศุภาลัยพาร์ค', 'เดอะเบส'))}"))
    moo = r.choice(("", f" หมู่ {r.randint(1, 12)}", f" ซอย{r.choice(('ลาดพร้าว 71', 'อารีย์', '5', 'วัดเกต'))}"))
    road = r.choice(ROADS)
    s = f"{head}{moo}{' ' + road if road else ''} {t} {a} {p}"
    return f"{s} {z}" if postcode else s


TH_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
TH_MON_ABBR = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")


def dob(r: Rand) -> str:
    y, m, d = r.randint(1965, 2006), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{d} {TH_MONTHS[m - 1]} {y + 543}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y + 543}",
                     f"{d} {TH_MON_ABBR[m - 1]} {y + 543 - 2500}", f"{d:02d}/{m:02d}/{y}"))


def ean13(body12: str) -> str:
    """Complete a 12-digit body with the EAN-13/ISBN-13 check digit, so product numbers look real."""
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def amount(r: Rand) -> str:
    return f"{r.randint(1, 99):,}{r.randint(0, 999):03d}"


# s.26 phrase lists: the value is the shortest phrase disclosing the fact.
CLINIC_HEALTH = ("ติดเชื้อ HIV", "ซิฟิลิส", "หนองในเทียม", "ไวรัสตับอักเสบบี", "HIV positive")
PSY_HEALTH = ("โรคซึมเศร้า", "ไบโพลาร์", "major depressive disorder", "โรควิตกกังวลทั่วไป", "PTSD")
GENERAL_DISEASES = ("โรคเบาหวาน", "ความดันโลหิตสูง", "โรคซึมเศร้า", "วัณโรค", "ไข้เลือดออก", "มะเร็งลำไส้ใหญ่")
DISABILITY_EN = ("legally blind", "deaf", "autistic", "paraplegic", "hard of hearing")
HEALTH = ("โรคเบาหวาน", "ติดเชื้อ HIV", "โรคซึมเศร้า", "มะเร็งเต้านมระยะที่ 2", "ความดันโลหิตสูง", "ไตวายเรื้อรัง",
          "major depressive disorder", "type 2 diabetes", "วัณโรคปอด", "โรคลมชัก", "ไบโพลาร์", "ไวรัสตับอักเสบบี")
RELIGION = ("ศาสนาอิสลาม", "ศาสนาคริสต์", "ศาสนาพุทธ", "ศาสนาซิกข์", "ศาสนาฮินดู", "Muslim")
RELIGION_VAL = ("อิสลาม", "คริสต์", "พุทธ", "ซิกข์", "Christian", "Islam")
ETHNIC = ("เชื้อสายจีน", "ชาวกะเหรี่ยง", "ชาติพันธุ์ม้ง", "เชื้อสายมลายู", "ชาวไทใหญ่", "ชาวอาข่า")
ETHNIC_VAL = ("จีน", "ม้ง", "มอญ", "ลาหู่", "ไทใหญ่", "Karen")
POLITICAL = ("ร่วมชุมนุมต่อต้านรัฐบาล", "เป็นสมาชิกพรรคการเมืองฝ่ายค้าน", "สนับสนุนพรรครัฐบาล",
             "มีแนวคิดฝ่ายซ้ายจัด", "ลงชื่อสนับสนุนร่างรัฐธรรมนูญฉบับประชาชน", "เป็นแกนนำม็อบการเมือง")
CRIMINAL = ("ต้องโทษจำคุก 2 ปี", "มีประวัติอาชญากรรม", "เคยถูกจับกุมคดียาเสพติด", "ถูกพิพากษาคดีฉ้อโกง",
            "เคยต้องคดีลักทรัพย์", "prior conviction for fraud", "พ้นโทษคดีทำร้ายร่างกาย")
SEXUAL = ("เป็นเกย์", "เป็นเลสเบี้ยน", "มีเพศสัมพันธ์กับผู้ชาย", "เป็นไบเซ็กชวล", "มีคู่นอนหลายคน",
          "ไม่ได้ใช้ถุงยางอนามัย")
DISABILITY = ("พิการทางการเคลื่อนไหว", "ตาบอดสนิท", "หูหนวก", "ผู้พิการทางการได้ยิน", "ออทิสติก",
              "wheelchair user", "ขาขาดข้างซ้าย")
UNION = ("สมาชิกสหภาพแรงงาน", "กรรมการสหภาพแรงงานรัฐวิสาหกิจ", "union member", "เข้าร่วมสหภาพแรงงาน",
         "ประธานสหภาพแรงงาน")
GENETIC = ("ยีน BRCA1 กลายพันธุ์", "พาหะธาลัสซีเมีย", "มียีน HLA-B*1502", "CYP2C19 poor metabolizer",
           "กลุ่มอาการดาวน์ (trisomy 21)", "ผลตรวจ DNA ยืนยันความเป็นบิดา")
BIOMETRIC = ("ลายนิ้วมือ", "ภาพสแกนม่านตา", "face template", "ข้อมูลจดจำใบหน้า", "ลายเส้นเลือดฝ่ามือ",
             "voiceprint")

# ---------------------------------------------------------------- templates


@dataclass(frozen=True)
class Template:
    """One sentence shape; s26_hard_negative names the s.26 category a negative template teases."""

    name: str
    domain: str
    negative: bool
    make: Callable[[Rand], list[Part]]
    s26_hard_negative: str | None = None


def c(r: Rand, seq: tuple[str, ...]) -> str:
    return r.choice(seq)


def t_line_chat_hr(r: Rand) -> list[Part]:
    return ["[LINE กลุ่ม HR-ทีมบัญชี]\n09:12 หัวหน้าแผนก: พรุ่งนี้คุณ", ("PERSON", c(r, NICKS)),
            " ขอลาป่วยนะ หมอบอกว่าเป็น", ("HEALTH_DATA", c(r, HEALTH)),
            " ต้องพักสองอาทิตย์\n09:13 HR: รับทราบค่ะ ถ้าติดต่อไม่ได้โทร ", ("PHONE_NUMBER", phone(r)),
            " ได้มั้ยคะ\n09:13 หัวหน้าแผนก: ได้ครับ ช่วยสรุปเป็นบันทึกลาให้หน่อย"]


def t_email_kyc_bank(r: Rand) -> list[Part]:
    return ["Subject: ขอเปิดบัญชีออมทรัพย์ - ลูกค้าใหม่\n\nเรียน ฝ่ายปฏิบัติการ\nลูกค้าชื่อ ", ("PERSON", name_th(r)),
            "\nเลขบัตรประชาชน ", ("TH_NATIONAL_ID", national_id(r)), "\nวันเกิด: ", ("DATE_OF_BIRTH", dob(r)),
            "\nที่อยู่ตามทะเบียนบ้าน ", ("ADDRESS", address(r)), "\nมือถือ ", ("PHONE_NUMBER", phone(r)),
            "\nรบกวนตรวจ KYC ให้ด้วยครับ ขอบคุณครับ"]


def t_json_customer(r: Rand) -> list[Part]:
    return ['{"customer": {"name": "', ("PERSON", name_th(r)), '", "email": "', ("EMAIL_ADDRESS", email(r)),
            '", "mobile": "', ("PHONE_NUMBER", phone(r)), '", "citizen_id": "',
            ("TH_NATIONAL_ID", national_id(r, False)), f'", "tier": "gold", "points": {r.randint(100, 9999)}}}}}\n'
            "ช่วยเขียนอีเมลแจ้งลูกค้าว่าแต้มจะหมดอายุสิ้นปีนี้"]


def t_csv_employees(r: Rand) -> list[Part]:
    parts: list[Part] = ["emp_id,full_name,email,bank_acct,religion\n"]
    for _ in range(2):
        parts += [f"E{r.randint(10000, 99999)},", ("PERSON", name_th(r, False)), ",", ("EMAIL_ADDRESS", email(r)),
                  ",", ("TH_BANK_ACCOUNT", bank_account(r)), ",", ("RELIGION", c(r, RELIGION_VAL)), "\n"]
    return [*parts, "จัดกลุ่มพนักงานตามศาสนาเพื่อวางแผนเมนูอาหารงานเลี้ยงปีใหม่ให้หน่อย"]


def t_log_login(r: Rand) -> list[Part]:
    return [f"2026-11-{r.randint(10, 23)}T0{r.randint(1, 9)}:{r.randint(10, 59)}:07+07:00 WARN auth "
            "failed login user=", ("EMAIL_ADDRESS", email(r)), " src=", ("IP_ADDRESS", ip(r)),
            f" attempts={r.randint(3, 9)}\nทำไมถึงล็อกบัญชีนี้ ช่วยอธิบาย log นี้หน่อย"]


def t_discharge_summary(r: Rand) -> list[Part]:
    return ["DISCHARGE SUMMARY\nผู้ป่วย: ", ("PERSON", name_th(r)), "  HN: ", ("MEDICAL_RECORD_NUMBER", hn(r)),
            "\nDx: ", ("HEALTH_DATA", c(r, HEALTH)), "\nFamily hx / genetic: ", ("GENETIC_DATA", c(r, GENETIC)),
            "\nPlan: F/U OPD 2 wk. ช่วยสรุปเป็นภาษาที่ญาติเข้าใจง่าย"]


def t_visa_form_en(r: Rand) -> list[Part]:
    return ["Visa application checklist\nApplicant: ", ("PERSON", name_en(r)), "\nPassport No.: ",
            ("TH_PASSPORT", passport(r)), "\nDate of birth: ", ("DATE_OF_BIRTH", dob(r)),
            "\nPlease translate this into a cover letter for the Japanese embassy."]


def t_university_grade(r: Rand) -> list[Part]:
    return ["อาจารย์คะ หนูชื่อ ", ("PERSON", name_th(r, False)), " รหัสนักศึกษา ", ("STUDENT_ID", student_id(r)),
            " เกรดวิชา CS201 ยังไม่ขึ้นในระบบค่ะ ตอบกลับที่ ", ("EMAIL_ADDRESS", email(r)),
            " ได้เลยค่ะ (ช่วยเกลาข้อความนี้ให้สุภาพขึ้น)"]


def t_parking_chat(r: Rand) -> list[Part]:
    return ["นิติบุคคลแจ้ง: รถทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), " จอดขวางทางออกลานจอด B2 "
            "เจ้าของคือคุณ", ("PERSON", c(r, NICKS)), " ห้อง 1204 โทร", ("PHONE_NUMBER", phone(r)),
            "\nช่วยร่างข้อความเตือนแบบไม่แรงเกินไป"]


def t_vendor_registration(r: Rand) -> list[Part]:
    return ["แบบฟอร์มลงทะเบียนคู่ค้า\nชื่อนิติบุคคล: บริษัท สยามพาณิชย์ ", c(r, ("จำกัด", "จำกัด (มหาชน)")),
            "\nเลขทะเบียนนิติบุคคล: ", ("TH_JURISTIC_ID", juristic_id(r)), "\nที่ตั้งสำนักงาน: ",
            ("ADDRESS", address(r)), "\nผู้ติดต่อ: ", ("PERSON", name_th(r)), " โทร ",
            ("PHONE_NUMBER", f"{phone(r, landline=True)} ต่อ {r.randint(100, 4999)}"),
            "\nตรวจว่ากรอกครบไหม"]


def t_card_dispute(r: Rand) -> list[Part]:
    return ["Hi team, customer ", ("PERSON", name_en(r)), " disputes a charge of THB ", amount(r),
            " on card ", ("CREDIT_CARD", credit_card(r)), ". Call back on ", ("PHONE_NUMBER", phone(r, intl=True)),
            ". Draft a polite reply in Thai please."]


def t_background_check(r: Rand) -> list[Part]:
    return ["ผลตรวจประวัติผู้สมัคร\n", ("PERSON", name_th(r)), " (บัตร ", ("TH_NATIONAL_ID", national_id(r)),
            ")\nผลจากกองทะเบียนประวัติอาชญากร: ", ("CRIMINAL_RECORD", c(r, CRIMINAL)),
            "\nควรรับเข้าทำงานตำแหน่งแคชเชียร์ไหม ช่วยให้ความเห็น"]


def t_union_minutes(r: Rand) -> list[Part]:
    return ["บันทึกการประชุมคณะทำงานสวัสดิการ ครั้งที่ ", str(r.randint(2, 12)), "/2569\nผู้เข้าร่วม: ",
            ("PERSON", name_th(r)), " (", ("TRADE_UNION", c(r, UNION)), "), ", ("PERSON", name_th(r)),
            " (ฝ่ายบุคคล)\nสรุปประเด็นค่าล่วงเวลาให้กระชับ"]


def t_political_complaint(r: Rand) -> list[Part]:
    return ["เรื่องร้องเรียนภายใน: หัวหน้างานบอกว่าจะไม่ต่อสัญญา ", ("PERSON", name_th(r)),
            " เพราะรู้มาว่า", ("POLITICAL_OPINION", c(r, POLITICAL)),
            " แบบนี้ผิดกฎหมายแรงงานไหม ช่วยวิเคราะห์"]


def t_insurance_claim(r: Rand) -> list[Part]:
    return ["เคลมประกันอุบัติเหตุ #CL", str(r.randint(100000, 999999)), "\nผู้เอาประกัน: ", ("PERSON", name_th(r)),
            " ID ", ("TH_NATIONAL_ID", national_id(r)), "\nวินิจฉัย: ", ("HEALTH_DATA", c(r, HEALTH)),
            " ผลที่ตามมา: ", ("DISABILITY", c(r, DISABILITY)),
            "\nประเมินว่าเข้าเงื่อนไขทุพพลภาพถาวรหรือไม่"]


def t_attendance_biometric(r: Rand) -> list[Part]:
    return ["ticket IT-", str(r.randint(1000, 9999)), ": เครื่องสแกนหน้าประตูอ่าน", ("BIOMETRIC_DATA", c(r, BIOMETRIC)),
            "ของ ", ("PERSON", name_th(r)), " ไม่ผ่าน ต้องลงทะเบียนใหม่ ช่วยเขียนขั้นตอนแจ้งพนักงาน"]


def t_genetic_lab(r: Rand) -> list[Part]:
    return ["Lab report (Molecular Genetics)\nPatient: ", ("PERSON", name_th(r)), " / MRN ",
            ("MEDICAL_RECORD_NUMBER", hn(r)), "\nResult: ", ("GENETIC_DATA", c(r, GENETIC)),
            "\nเขียนจดหมายแจ้งผลแบบเห็นอกเห็นใจ"]


def t_sexual_health_note(r: Rand) -> list[Part]:
    return ["note คลินิกนิรนาม: ผู้รับบริการคุณ", ("PERSON", c(r, NICKS)), " แจ้งว่า", ("SEXUAL_BEHAVIOUR", c(r, SEXUAL)),
            " ผลตรวจ ", ("HEALTH_DATA", c(r, CLINIC_HEALTH)), " นัดฟังผลซ้ำ 3 เดือน — ช่วยเขียน counselling script"]


def t_halal_canteen(r: Rand) -> list[Part]:
    return ["พี่คะ น้องใหม่ฝ่ายขาย ", ("PERSON", name_th(r)), " นับถือ", ("RELIGION", c(r, RELIGION[:5])),
            " ช่วงงานเลี้ยงต้องสั่งอาหารแยกไหมคะ ร่างอีเมลถามแคเทอริ่งให้หน่อย"]


def t_scholarship_form(r: Rand) -> list[Part]:
    return ["ใบสมัครทุนการศึกษา\nชื่อ-สกุล: ", ("PERSON", name_th(r)), "\nรหัสนักศึกษา: ", ("STUDENT_ID", student_id(r)),
            "\nสัญชาติ: ไทย   เชื้อชาติ: ", ("ETHNICITY", c(r, ETHNIC_VAL)),
            "\nเรียงความ: ช่วยขัดเกลาให้ด้วย"]


def t_line_shop_chat(r: Rand) -> list[Part]:
    return ["ลูกค้า: สั่งเสื้อ 2 ตัวค่ะ ส่งที่ ", ("ADDRESS", address(r)), " เบอร์ ", ("PHONE_NUMBER", phone(r)),
            "\nร้าน: ได้เลยค่ะ แอดไลน์ ", ("LINE_ID", line_id(r, True)), " เพื่อส่งสลิปนะคะ\n"
            "(สรุปออเดอร์เป็นตาราง)"]


def t_yaml_admin(r: Rand) -> list[Part]:
    return ["```yaml\nalerting:\n  oncall_owner: ", ("EMAIL_ADDRESS", email(r)), "\n  allow_ssh_from: ",
            ("IP_ADDRESS", ip(r)), "\n  retries: 3\n```\nแก้ให้ใช้ env var แทน hardcode"]


def t_escaped_call(r: Rand) -> list[Part]:
    return ['{"tool":"crm.update","arguments":"{\\"name\\":\\"', ("PERSON", name_th(r, False)),
            '\\",\\"idcard\\":\\"', ("TH_NATIONAL_ID", national_id(r, False)), '\\",\\"tel\\":\\"',
            ("PHONE_NUMBER", phone(r, intl=False)), '\\"}"}']


def t_sql_patient(r: Rand) -> list[Part]:
    return ["INSERT INTO opd_visit (hn, patient_name, dob, dx) VALUES ('", ("MEDICAL_RECORD_NUMBER", hn(r)), "', '",
            ("PERSON", name_th(r)), "', '", ("DATE_OF_BIRTH", dob(r)), "', '", ("HEALTH_DATA", c(r, HEALTH)),
            "');\n-- query นี้ error syntax ตรงไหน"]


def t_delivery_note(r: Rand) -> list[Part]:
    return ["ฝากของที่ป้อมยามได้เลยครับ ผู้รับ ", ("PERSON", name_th(r)), " ", ("ADDRESS", address(r, r.random() < 0.5)),
            " โทร.", ("PHONE_NUMBER", phone(r)), " — แปลเป็นภาษาอังกฤษให้ไรเดอร์"]


def t_refund_transfer(r: Rand) -> list[Part]:
    return ["ขอคืนเงินมัดจำ ", amount(r), " บาท โอนเข้าบัญชีกสิกร ", ("TH_BANK_ACCOUNT", bank_account(r)),
            " ชื่อบัญชี ", ("PERSON", name_th(r)), " ถ้าโอนแล้วแจ้งทางไลน์ไอดี ", ("LINE_ID", line_id(r)),
            " ค่ะ ช่วยเขียนให้สุภาพ"]


def t_tenant_contract(r: Rand) -> list[Part]:
    return ["สัญญาเช่าห้องพัก\nผู้เช่า ", ("PERSON", name_th(r)), " เลขประจำตัวประชาชน", ("TH_NATIONAL_ID", national_id(r)),
            "\nที่อยู่ ", ("ADDRESS", address(r)), "\nรถที่ใช้จอด: ", ("TH_VEHICLE_PLATE", plate(r)),
            "\nตรวจภาษาสัญญาให้หน่อย"]


def t_accommodation_email(r: Rand) -> list[Part]:
    return ["Dear HR,\nMy colleague ", ("PERSON", name_en(r)), " is ", ("DISABILITY", c(r, DISABILITY_EN)),
            " and needs a desk near the lift. Contact: ", ("EMAIL_ADDRESS", email(r)),
            "\nช่วยแปลเป็นไทยส่งฝ่ายอาคาร"]


def t_rehire_note(r: Rand) -> list[Part]:
    return ["HR note: พิจารณารับ ", ("PERSON", name_th(r)), " กลับเข้าทำงาน ข้อมูลเดิม: ",
            ("CRIMINAL_RECORD", c(r, CRIMINAL)), " และเคยเป็น", ("TRADE_UNION", c(r, UNION)),
            " ฝ่ายกฎหมายขอความเห็น"]


def t_ekyc_biometric_log(r: Rand) -> list[Part]:
    return [f"[ekyc] session={r.randint(10**7, 10**8 - 1):x} client_ip=", ("IP_ADDRESS", ip(r)), " user=",
            ("PERSON", name_en(r)), " step=enroll ", ("BIOMETRIC_DATA", c(r, BIOMETRIC)), " quality=0.",
            str(r.randint(41, 98)), "\nสรุป log นี้เป็นภาษาไทย"]


def t_passport_table(r: Rand) -> list[Part]:
    parts: list[Part] = ["| ชื่อ | Passport | DOB |\n|---|---|---|\n"]
    for _ in range(2):
        parts += ["| ", ("PERSON", name_en(r)), " | ", ("TH_PASSPORT", passport(r)), " | ", ("DATE_OF_BIRTH", dob(r)), " |\n"]
    return [*parts, "ทัวร์ญี่ปุ่นกรุ๊ป 3 ช่วยเช็คว่าพาสปอร์ตใกล้หมดอายุหรือยัง"]


def t_ethnic_interview(r: Rand) -> list[Part]:
    return ["transcript สัมภาษณ์งานวิจัย: ผู้ให้ข้อมูล ", ("PERSON", name_th(r)), " เล่าว่าตัวเองเป็น",
            ("ETHNICITY", c(r, ETHNIC)), " และนับถือ", ("RELIGION", c(r, RELIGION[:5])),
            " ตั้งแต่เด็ก — ช่วย code ธีมให้"]


def t_social_monitor(r: Rand) -> list[Part]:
    return ["รายงาน social listening: บัญชีไลน์ ", ("LINE_ID", line_id(r)), " ของ ", ("PERSON", name_th(r)),
            " โพสต์ว่า", ("POLITICAL_OPINION", c(r, POLITICAL)), " ควรแจ้ง PR ไหม"]


def t_hr_investigation(r: Rand) -> list[Part]:
    return ["รายงานสอบข้อเท็จจริง (ลับ): มีข่าวลือในทีมว่า ", ("PERSON", name_th(r)), " ",
            ("SEXUAL_BEHAVIOUR", c(r, SEXUAL)), " ซึ่งไม่เกี่ยวกับผลงาน ช่วยเขียนแนวทางห้ามกลั่นแกล้ง"]


def t_invoice_card(r: Rand) -> list[Part]:
    return ["ใบกำกับภาษี\nผู้ซื้อ: บริษัท เอบีซี เทรดดิ้ง จำกัด เลขประจำตัวผู้เสียภาษี ", ("TH_JURISTIC_ID", juristic_id(r)),
            "\nชำระด้วยบัตร ", ("CREDIT_CARD", credit_card(r)), "\nส่งใบเสร็จไปที่ ", ("EMAIL_ADDRESS", email(r)),
            "\nช่วยเช็คยอด VAT 7%"]


def t_counsel_mixed(r: Rand) -> list[Part]:
    return ["จดบันทึกจิตแพทย์ (ย่อ): คุณ", ("PERSON", c(r, NICKS)), " เครียดจากการทำงาน วินิจฉัย ",
            ("HEALTH_DATA", c(r, PSY_HEALTH)), " ผู้ป่วยเล่าว่า", ("POLITICAL_OPINION", c(r, POLITICAL)),
            " แล้วทะเลาะกับครอบครัว"]


def t_ekyc_genetic(r: Rand) -> list[Part]:
    return ["ประกันสุขภาพ underwriting: ผู้ขอ ", ("PERSON", name_th(r)), " ยินยอมให้ใช้ ", ("BIOMETRIC_DATA", c(r, BIOMETRIC)),
            " ยืนยันตัวตน และแจ้งว่า", ("GENETIC_DATA", c(r, GENETIC)), " ต้องเพิ่มเบี้ยไหม"]


def t_union_dues_csv(r: Rand) -> list[Part]:
    parts: list[Part] = ["name;account;note\n"]
    for _ in range(2):
        parts += [("PERSON", name_th(r, False)), ";", ("TH_BANK_ACCOUNT", bank_account(r)), ";หักค่า",
                  ("TRADE_UNION", "สมาชิกสหภาพแรงงาน"), " 100 บาท\n"]
    return [*parts, "สร้างสูตร Excel รวมยอดหักให้หน่อย"]


def t_firewall_ticket(r: Rand) -> list[Part]:
    return ["Jira SEC-", str(r.randint(100, 999)), ": ", ("PERSON", name_en(r)), " (", ("EMAIL_ADDRESS", email(r)),
            ") reports VPN drops from ", ("IP_ADDRESS", ip(r)), ". Please whitelist. ช่วยแปลเป็นไทย"]


# ---- negatives


def epoch_ms(r: Rand) -> str:
    """A 13-digit millisecond timestamp that also passes the Thai ID checksum (hard negative)."""
    while True:
        n = str(r.randint(1_700_000_000_000, 1_899_999_999_999))
        if pin.is_valid(n):
            return n


def n_epoch_log(r: Rand) -> list[Part]:
    return ["{\"event\":\"checkout\",\"ts\":", epoch_ms(r), ",\"server_ts\":", epoch_ms(r),
            f",\"latency_ms\":{r.randint(20, 900)},\"ok\":true}}\nทำไม latency สูงช่วงนี้"]


def n_order_tracking(r: Rand) -> list[Part]:
    return [f"ออเดอร์ #SO-{r.randint(10**7, 10**8 - 1)} ยอด {amount(r)} บาท เลขพัสดุ EF{r.randint(10**8, 10**9 - 1)}TH"
            f" ส่งวันที่ {r.randint(1, 28)}/12/2569 ts={epoch_ms(r)} ช่วยเขียนแจ้งลูกค้าว่าของล่าช้า"]


def n_health_article(r: Rand) -> list[Part]:
    return [f"บทความ: {c(r, GENERAL_DISEASES)} พบได้บ่อยในคนวัยทำงาน ประมาณ {r.randint(5, 20)}% ของประชากร ควรตรวจสุขภาพปีละครั้ง "
            "ช่วยย่อเป็น infographic 5 ข้อ"]


def n_religion_notice(r: Rand) -> list[Part]:
    return [f"ประกาศบริษัท: วันหยุดตาม{c(r, ('ศาสนาพุทธ', 'ศาสนาอิสลาม', 'ศาสนาคริสต์'))} ปี 2570 มี {r.randint(3, 8)} วัน "
            "พนักงานทุกศาสนาสามารถขอลาเพิ่มเพื่อปฏิบัติศาสนกิจได้ ร่างประกาศภาษาอังกฤษให้หน่อย"]


def n_ethnic_festival(r: Rand) -> list[Part]:
    return [f"ข่าว: เทศกาลปีใหม่{c(r, ('ม้ง', 'กะเหรี่ยง', 'อาข่า'))}ที่ดอยจัดขึ้นวันที่ {r.randint(1, 28)} ธ.ค. "
            "นักท่องเที่ยวร่วมงานกว่าหมื่นคน ชาติพันธุ์ต่าง ๆ ในภาคเหนือมีวัฒนธรรมหลากหลาย เขียน caption IG ให้"]


def n_election_stats(r: Rand) -> list[Part]:
    return [f"สรุปผลเลือกตั้ง: ผู้มาใช้สิทธิ {r.randint(60, 80)}.{r.randint(0, 9)}% พรรคฝ่ายค้านได้ {r.randint(100, 200)} ที่นั่ง "
            "ผลสำรวจพบคนรุ่นใหม่สนใจการเมืองมากขึ้น ทำเป็นกราฟให้"]


def n_crime_stats(r: Rand) -> list[Part]:
    return [f"สถิติคดีลักทรัพย์ปี 2568 ลดลง {r.randint(2, 15)}% คดียาเสพติดเพิ่มขึ้นเล็กน้อย ผู้ต้องขังในเรือนจำทั่วประเทศ "
            f"{r.randint(200, 300)},000 คน เขียนบทวิเคราะห์สั้น ๆ"]


def n_sex_ed(r: Rand) -> list[Part]:
    return [f"หลักสูตรเพศศึกษา ม.{r.randint(1, 6)}: อธิบายความหลากหลายทางเพศ เกย์ เลสเบี้ยน ไบเซ็กชวล "
            "และการใช้ถุงยางอนามัยป้องกันโรค ช่วยทำแผนการสอน 50 นาที"]


def n_accessibility_policy(r: Rand) -> list[Part]:
    return [f"นโยบายอาคาร: ทางลาดสำหรับผู้ใช้วีลแชร์ทุกชั้น ห้องน้ำคนพิการ {r.randint(2, 9)} ห้อง ป้ายอักษรเบรลล์สำหรับผู้พิการทางการมองเห็น "
            "ตรวจให้ตรงตามกฎกระทรวง"]


def n_labour_law(r: Rand) -> list[Part]:
    return [f"อธิบาย พ.ร.บ.แรงงานสัมพันธ์ มาตรา {r.randint(80, 120)}: ลูกจ้างมีสิทธิจัดตั้งสหภาพแรงงาน "
            "นายจ้างห้ามเลิกจ้างเพราะเป็นสมาชิกสหภาพ ทำสไลด์สรุป 3 หน้า"]


def n_dna_explainer(r: Rand) -> list[Part]:
    return [f"ความรู้: ยีน BRCA1 และ BRCA2 เกี่ยวข้องกับมะเร็งเต้านม พาหะธาลัสซีเมียในไทยมีประมาณ {r.randint(30, 40)}% "
            "การตรวจ DNA ทำได้ที่โรงพยาบาลรัฐ เขียนเป็นโพสต์ให้ความรู้"]


def n_biometric_spec(r: Rand) -> list[Part]:
    return [f"สเปกเครื่องสแกน รุ่น BX-{r.randint(100, 999)}: รองรับลายนิ้วมือ 3,000 แม่แบบ และ face template 1,500 รายการ "
            f"FAR < 0.001% ราคา {amount(r)} บาท เปรียบเทียบกับรุ่นคู่แข่ง"]


def isbn(r: Rand) -> str:
    n = ean13(f"978616{r.randint(100000, 999999)}")
    return f"{n[:3]}-{n[3:6]}-{n[6:9]}-{n[9:12]}-{n[12]}"


def n_role_mailbox(r: Rand) -> list[Part]:
    return [f"สอบถามเพิ่มเติมได้ที่ {c(r, ('info', 'hr', 'support', 'recruit'))}@{c(r, EMAIL_DOMAINS[4:])} "
            f"หนังสือ ISBN {isbn(r)} ราคา {r.randint(150, 450)} บาท "
            "ช่วยทำโพสต์โปรโมต"]


def n_code_snippet(r: Rand) -> list[Part]:
    return [f"```python\nimport requests  # v2.{r.randint(20, 32)}.{r.randint(0, 9)}\nTIMEOUT = {r.randint(3, 30)}\n"
            f"resp = requests.get(url, timeout=TIMEOUT)\nassert resp.status_code == 200\n```\n"
            f"build {r.randint(1000, 9999)} fail ที่ commit a{r.randint(10**6, 10**7 - 1):x} ช่วย debug"]


def n_product_copy(r: Rand) -> list[Part]:
    return [f"SKU: TS-{r.randint(1000, 9999)}-BLK  EAN {ean13('885' + str(r.randint(10**8, 10**9 - 1)))}  ราคา {r.randint(199, 1590)}.- "
            f"ผ้าคอตตอน 100% ผลิตวันที่ {r.randint(1, 28)}/0{r.randint(1, 9)}/2569 เขียนคำบรรยายสินค้าสำหรับ Shopee"]


TEMPLATES: tuple[Template, ...] = (
    Template("line_chat_hr_sickleave", "hr", False, t_line_chat_hr),
    Template("email_kyc_bank", "bank", False, t_email_kyc_bank),
    Template("json_customer_loyalty", "retail", False, t_json_customer),
    Template("csv_employees_religion", "hr", False, t_csv_employees),
    Template("log_failed_login", "dev", False, t_log_login),
    Template("discharge_summary_genetic", "hospital", False, t_discharge_summary),
    Template("visa_form_en", "travel", False, t_visa_form_en),
    Template("university_grade_request", "university", False, t_university_grade),
    Template("condo_parking_chat", "property", False, t_parking_chat),
    Template("vendor_registration_form", "procurement", False, t_vendor_registration),
    Template("card_dispute_en", "bank", False, t_card_dispute),
    Template("background_check_result", "hr", False, t_background_check),
    Template("welfare_minutes_union", "hr", False, t_union_minutes),
    Template("political_nonrenewal_complaint", "hr", False, t_political_complaint),
    Template("accident_claim_disability", "insurance", False, t_insurance_claim),
    Template("attendance_scanner_ticket", "it", False, t_attendance_biometric),
    Template("molecular_lab_report", "hospital", False, t_genetic_lab),
    Template("anonymous_clinic_note", "hospital", False, t_sexual_health_note),
    Template("newcomer_religion_catering", "hr", False, t_halal_canteen),
    Template("scholarship_ethnicity_form", "university", False, t_scholarship_form),
    Template("line_shop_order_chat", "ecommerce", False, t_line_shop_chat),
    Template("yaml_alerting_config", "dev", False, t_yaml_admin),
    Template("escaped_crm_tool_call", "dev", False, t_escaped_call),
    Template("sql_insert_opd", "hospital", False, t_sql_patient),
    Template("delivery_guardhouse_note", "logistics", False, t_delivery_note),
    Template("deposit_refund_transfer", "property", False, t_refund_transfer),
    Template("room_lease_contract", "property", False, t_tenant_contract),
    Template("accommodation_email_en", "hr", False, t_accommodation_email),
    Template("rehire_legal_note", "hr", False, t_rehire_note),
    Template("ekyc_enroll_log", "bank", False, t_ekyc_biometric_log),
    Template("tour_passport_table", "travel", False, t_passport_table),
    Template("ethnography_transcript", "university", False, t_ethnic_interview),
    Template("social_listening_report", "marketing", False, t_social_monitor),
    Template("confidential_fact_finding", "hr", False, t_hr_investigation),
    Template("tax_invoice_card", "finance", False, t_invoice_card),
    Template("psychiatry_note_politics", "hospital", False, t_counsel_mixed),
    Template("underwriting_biometric_genetic", "insurance", False, t_ekyc_genetic),
    Template("union_dues_csv", "finance", False, t_union_dues_csv),
    Template("vpn_whitelist_ticket", "it", False, t_firewall_ticket),
    Template("epoch_ms_event_json", "dev", True, n_epoch_log),
    Template("order_delay_tracking", "ecommerce", True, n_order_tracking),
    Template("disease_article", "health", True, n_health_article, "HEALTH_DATA"),
    Template("religious_holiday_notice", "hr", True, n_religion_notice, "RELIGION"),
    Template("hill_tribe_festival_news", "media", True, n_ethnic_festival, "ETHNICITY"),
    Template("election_result_summary", "media", True, n_election_stats, "POLITICAL_OPINION"),
    Template("crime_statistics", "government", True, n_crime_stats, "CRIMINAL_RECORD"),
    Template("sex_education_lesson", "school", True, n_sex_ed, "SEXUAL_BEHAVIOUR"),
    Template("accessibility_building_policy", "property", True, n_accessibility_policy, "DISABILITY"),
    Template("labour_relations_act", "legal", True, n_labour_law, "TRADE_UNION"),
    Template("dna_awareness_post", "health", True, n_dna_explainer, "GENETIC_DATA"),
    Template("scanner_spec_compare", "it", True, n_biometric_spec, "BIOMETRIC_DATA"),
    Template("role_mailbox_book_promo", "marketing", True, n_role_mailbox),
    Template("python_build_debug", "dev", True, n_code_snippet),
    Template("product_copy_sku", "ecommerce", True, n_product_copy),
)

# ---------------------------------------------------------------- checks and assembly

_PUBLIC_SUFFIX_ONLY = re.compile(r"@(?:go|co|ac|or|in|mi|net)\.th$|@[a-z]+$", re.I)


def _check_value(etype: str, span: str) -> bool:
    """Validate values that have a checksum or syntax; other types only need to be non-empty."""
    if etype == "TH_NATIONAL_ID":
        d = re.sub(r"\D", "", span)
        return pin.is_valid(d) and d[0] in "12345678"
    if etype == "TH_JURISTIC_ID":
        return moa.is_valid(re.sub(r"\D", "", span))
    if etype == "CREDIT_CARD":
        d = re.sub(r"\D", "", span)
        return len(d) == 16 and luhn_ok(d)
    if etype == "PHONE_NUMBER":
        core = re.split(r"\s*ต่อ\s*", span)[0]
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(core, "TH"))
        except phonenumbers.NumberParseException:
            return False
    if etype == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", span)) and not _PUBLIC_SUFFIX_ONLY.search(span)
    if etype == "IP_ADDRESS":
        try:
            ipaddress.ip_address(span)
        except ValueError:
            return False
        return True
    return bool(span.strip())


def build_rows() -> list[dict]:
    """Deterministic: one Random per template, Faker reseeded once."""
    Faker.seed(SEED)
    rows: list[dict] = []
    for ti, tpl in enumerate(TEMPLATES):
        r = random.Random(SEED * 100 + ti)
        for _ in range(PER_TEMPLATE):
            text, ents = "", []
            for part in tpl.make(r):
                if isinstance(part, str):
                    text += part
                else:
                    etype, value = part
                    ents.append({"entity_type": etype, "start": len(text), "end": len(text) + len(value)})
                    text += value
            rows.append({"template": tpl.name, "domain": tpl.domain, "negative": tpl.negative,
                         "text": text, "entities": ents})
    rng = random.Random(SEED)
    rng.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        if row["negative"] != (not row["entities"]):
            raise ValueError(f"template {row['template']} negative flag disagrees with its entities")
        for e in row["entities"]:
            if not _check_value(e["entity_type"], row["text"][e["start"]:e["end"]]):
                raise ValueError(f"invalid value in {row['template']}: {e}")
        out.append({"id": f"f4-{i:04d}", "split": "test", **row})
    return out


def render() -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in build_rows())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the file is not up to date")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    content = render()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != content:
            print(f"{args.out} is out of date; rerun bench/make_freshset4.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {args.out} ({content.count(chr(10))} prompts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
