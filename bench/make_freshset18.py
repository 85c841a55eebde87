"""Eighteenth blind held-out set for pdpa-guard: bench/freshset18.jsonl (healthcare traffic).

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md, the interface of tests/test_freshsets.py and the file-format plumbing of make_freshset10.py
only. The emphasis is healthcare: hospitals, clinics, pharmacies, dental and aesthetic clinics,
health-insurance TPAs and telemedicine apps. Clinical notes in mixed Thai/English shorthand (Dx, Hx,
c/o, s/p ...), discharge summaries, lab results, prescriptions and refills, referral letters, nurse
handovers, appointment reminders, claim pre-authorisations, LINE OA chats, counselling notes. Negatives
are the same domains without personal data: guidelines, drug monographs, announcements, price lists,
articles, epidemiology statistics, order sets and templates with placeholders, device logs with
epoch-ms timestamps (some of which pass the Thai ID checksum).

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file (Faker is imported only for the version pin).

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, Mr,
Dr, นพ., พญ. ...); ADDRESS is one span from the house number to the postcode (or province);
DATE_OF_BIRTH is the date only; cued numbers (HN, AN, student ID, account ...) are the number only; a
plate includes the province written right after it; s.26 spans are the shortest phrase disclosing the
fact about the person. Role mailboxes (info@, claims@, appointment@ ...) and short public hotlines are
not personal data and are left unlabelled. Public figures in news are not labelled.

Health-specific choices made for this set:
  * each diagnosis, symptom, drug-with-dose, procedure and lab result stated of a person is its own
    HEALTH_DATA span ("HbA1c 8.9%", "Metformin 500 mg", "CA breast");
  * negated findings stated of a person are health data too; their span includes the negation cue
    ("ปฏิเสธโรคประจำตัว", "denies chest pain", "NKDA", "HIV Ab non-reactive");
  * health facts about a relative named or identified in the prompt ("มารดาเป็นมะเร็งเต้านม") are
    labelled like the patient's own (the disease phrase only);
  * DNA-level results (BRCA1 variant, HLA-B*58:01, CYP2C19 genotype, NIPT, thalassaemia PCR, PGT-A,
    tumour mutations) are GENETIC_DATA; biochemical and clinical findings remain HEALTH_DATA;
  * BIOMETRIC_DATA is the biometric value or match result itself (face embedding, fingerprint
    template or match score, voiceprint, iris code, 3D facial geometry, newborn footprint record);
  * hospital registration fields เชื้อชาติ / ศาสนา are labelled by their value (ETHNICITY / RELIGION);
    nationality (สัญชาติ) is not labelled;
  * in tables, JSON and key-value lab reports the value is the span ("HbA1c ...... 8.4 %" -> "8.4 %");
  * a nickname or chat handle naming a specific person (ผมชื่อก๊อต, [มายด์] in a LINE group) is PERSON;
  * case vignettes in exams and guidelines describe no real person and are negatives.

    python bench/make_freshset18.py            # (re)write bench/freshset18.jsonl
    python bench/make_freshset18.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset18.py --stats    # print coverage and the English-only share
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

OUT = Path(__file__).resolve().parent / "freshset18.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset18"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_FIRST_M = [
    "ปิยวัฒน์", "ณรงค์ศักดิ์", "ธนวัฒน์", "กฤตภาส", "วีรยุทธ", "สมพงษ์", "อนันต์", "ภูริช", "ชาตรี", "ประยงค์",
    "ศักดิ์ดา", "ธีระ", "อดิศร", "ไชยา", "ณัฐพล", "เกียรติศักดิ์", "สุวิทย์", "พิชิต", "ทองสุข", "ชูชาติ",
    "สำราญ", "ธนภัทร", "คมสัน", "อภิชาติ", "วิเชียร", "สมบัติ", "บุญส่ง", "เฉลิมพล", "ศรายุทธ", "จักรพันธ์",
]
TH_FIRST_F = [
    "สุภาวดี", "อัมพร", "ศศิธร", "พัชราภรณ์", "นันทนา", "จารุวรรณ", "ลัดดาวัลย์", "ทัศนีย์", "เยาวลักษณ์", "กัลยา",
    "วรรณา", "สุดารัตน์", "บุษบา", "รัชนี", "ปราณี", "มยุรี", "อรทัย", "นงลักษณ์", "แสงเดือน", "ยุพิน",
    "ปาริชาติ", "เพ็ญศรี", "ดารุณี", "จันทร์ทิพย์", "สายทอง", "ปนัดดา", "กนกวรรณ", "ธิดารัตน์", "วิมลรัตน์", "อำภา",
]
TH_LAST = [
    "ศรีสวัสดิ์", "บุญประเสริฐ", "แก้วมณี", "ทองคำ", "พึ่งบุญ", "จันทร์หอม", "วงศ์สุวรรณ", "สุขเจริญ", "อินทร์แก้ว",
    "มีสุข", "ประเสริฐวงศ์", "เรืองศรี", "ชัยมงคล", "พรหมมา", "ศรีบุญเรือง", "คงเจริญ", "สมบูรณ์ชัย", "ภู่ทอง",
    "นาคสวัสดิ์", "แสงอรุณ", "บุญยืน", "ปานทอง", "ธรรมรักษ์", "เพชรรัตน์", "ยอดดี", "ลิ้มสกุล", "ตั้งจิตเจริญ",
    "กิตติวงศ์", "สายบัว", "หอมจันทร์", "โพธิ์ศรี", "ด้วงทอง", "อุ่นเรือน", "ขันทอง", "ศิริมงคล",
]
TH_NICK = ["ต้อม", "แนน", "เอิร์ธ", "มายด์", "บอส", "ฝ้าย", "กอล์ฟ", "ปุ้ย", "นุ่น", "โอ๊ต", "จ๋า", "เบียร์", "ปาล์ม", "แพร"]
ROMAN_M = [
    ("Piyawat", "Srisawat"), ("Narongsak", "Kaewmanee"), ("Thanawat", "Wongsuwan"), ("Krittapas", "Inkaew"),
    ("Weerayut", "Chaimongkol"), ("Adisorn", "Khongcharoen"), ("Nattapon", "Naksawat"), ("Kiattisak", "Limsakul"),
    ("Suwit", "Kittiwong"), ("Pichit", "Homchan"), ("Chalermpol", "Duangthong"), ("Jakkapan", "Sirimongkol"),
]
ROMAN_F = [
    ("Supawadee", "Boonprasert"), ("Amporn", "Thongkham"), ("Sasithorn", "Sukcharoen"), ("Patcharaporn", "Meesuk"),
    ("Nantana", "Phromma"), ("Rachanee", "Phuthong"), ("Pranee", "Saengarun"), ("Mayuree", "Tangjitcharoen"),
    ("Orathai", "Saibua"), ("Daruni", "Yotdee"), ("Kanokwan", "Uenruen"), ("Thidarat", "Phosri"),
]
ROMAN_NICK = ["mayd", "boss", "fai", "golf", "pui", "noon", "oat", "jaa", "beer", "earth", "tom", "nan", "palm", "prae"]
EXPATS = [
    "Daniel Hargreaves", "Sophie Laurent", "Markus Vogel", "Hannah Fischer", "Robert Callahan", "Ingrid Halvorsen",
    "Kenji Watanabe", "Aiko Tanaka", "Mei Ling Tan", "Rajesh Kumar", "Priya Nair", "Nguyen Van Minh",
    "Oliver Brennan", "Claire Dupont", "Lukas Brandt", "Emily Carrington",
]
GULF = ["Ahmed Al-Mansoori", "Fatima Al-Hashimi", "Yusuf Karim", "Khalid Al-Farsi", "Mariam Al-Suwaidi", "Omar Haddad"]
MYANMAR = ["Aung Ko Latt", "Thida Win", "Zaw Min Oo", "Nilar Aye", "Kyaw Swar Htet", "Hla Hla Myint", "Min Thant Zin"]
MYANMAR_TH = ["อ่อง โก ลัต", "ติดา วิน", "ซอ มิน อู", "นีลา เอ", "จ่อ สวา เทต"]
KAREN = ["Naw Paw Htoo", "Saw Eh Doh", "Naw Mu Mu", "Saw Ler Wah"]
KAREN_TH = ["นอว์ พอ ทู", "ซอ เอ โด", "นอว์ มู มู", "ซอ เลอ วา"]
HMONG_TH = ["ย่าง แซ่ย่าง", "เล่าเปา แซ่ลี", "ซัว แซ่ม้า", "หนูปลา แซ่โซ้ง"]
AKHA_TH = ["อาเผอะ เชอมือ", "อาหมี่ เยเปาะ", "อายี่ มาเยอ"]
MALAY_TH = ["อับดุลเลาะ สาแม", "นูรีซัน ดอเลาะ", "มูฮัมหมัด ยูโซะ", "ซารีนา เจ๊ะมะ", "รอฮีมะ แวอาลี", "อิสมาแอ บือราเฮง"]
ROHINGYA = ["Mohammed Salim", "Noor Begum", "Abdul Shukur", "Rashida Khatun"]
DOCTORS_TH = ["ศิรินทร์ เลิศวิริยะ", "กฤษณ์ อัครเดชา", "มาลินี ธนาภิรมย์", "วุฒิชัย ตันติเวช", "ธราธร จิรวัฒน์",
              "ปวริศา ชาญศิลป์", "อนุสรณ์ วิจิตรกุล"]
DOCTORS_EN = ["Sirin Lertwiriya", "Krit Akaradecha", "Malinee Thanapirom", "Wuttichai Tantiwet", "Thara Jirawat",
              "Pawarisa Chansilp"]
NURSES_TH = ["ชไมพร", "อรุณรัตน์", "กาญจนา", "สุนิสา", "วาสนา", "พิมพ์ใจ"]


def thm(r: random.Random) -> str:
    return f"{r.choice(TH_FIRST_M)} {r.choice(TH_LAST)}"


def thf(r: random.Random) -> str:
    return f"{r.choice(TH_FIRST_F)} {r.choice(TH_LAST)}"


def thn(r: random.Random) -> str:
    return thm(r) if r.random() < 0.5 else thf(r)


def romm(r: random.Random) -> str:
    return " ".join(r.choice(ROMAN_M))


def romf(r: random.Random) -> str:
    return " ".join(r.choice(ROMAN_F))


def rom(r: random.Random) -> str:
    return romm(r) if r.random() < 0.5 else romf(r)


def doc_th(r: random.Random) -> str:
    return r.choice(DOCTORS_TH)


def doc_en(r: random.Random) -> str:
    return r.choice(DOCTORS_EN)


# ----------------------------------------------------------------------------------------------
# Fabricated values
# ----------------------------------------------------------------------------------------------
def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _pin(r: random.Random, first: str | None = None) -> str:
    body = (first or str(r.randint(1, 5))) + _digits(r, 11)
    return body + pin.calc_check_digit(body)


def nid(r: random.Random, style: str | None = None, first: str | None = None) -> str:
    d = _pin(r, first)
    style = style or r.choice(["dash", "plain", "space", "dash"])
    if style == "plain":
        return d
    sep = "-" if style == "dash" else " "
    return sep.join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def juristic(r: random.Random, style: str | None = None) -> str:
    body = "0" + r.choice(["105", "107", "115", "135", "505", "745"]) + _digits(r, 8)
    d = body + moa.calc_check_digit(body)
    style = style or r.choice(["plain", "dash", "plain"])
    if style == "plain":
        return d
    return "-".join([d[0], d[1:3], d[3], d[4:7], d[7:12], d[12]])


def epoch_ms(r: random.Random) -> str:
    """A 13-digit epoch-ms timestamp (Nov 2023 - Dec 2028) that passes the Thai ID checksum."""
    while True:
        v = str(r.randint(1_700_000_000_000, 1_860_000_000_000))
        if pin.is_valid(v):
            return v


def epoch_ms_any(r: random.Random) -> str:
    return str(r.randint(1_700_000_000_000, 1_860_000_000_000))


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
    prefix = r.choice(["4", "4", "52", "54", "3530", "2223", "4"])
    body = prefix + _digits(r, 15 - len(prefix))
    d = next(body + c for c in "0123456789" if _luhn_ok(body + c))
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
        d = "0" + r.choice(["6", "8", "9"]) + _digits(r, 8)
        n = d[1:]
        s = style or r.choice(["dash", "plain", "dash", "space", "intl", "intl_plain"])
        v = {
            "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}",
            "plain": d,
            "space": f"{d[:3]} {d[3:6]} {d[6:]}",
            "intl": f"+66 {n[:2]} {n[2:5]} {n[5:]}",
            "intl_plain": f"+66{n}",
        }[s]
        if _valid_phone(v):
            return v


def landline(r: random.Random) -> str:
    while True:
        area = r.choice(["02", "053", "043", "074", "038", "055", "044"])
        rest = _digits(r, 9 - len(area))
        if area == "02":
            rest = str(r.randint(2, 9)) + rest[1:]
        d = area + rest
        v = f"02-{d[2:5]}-{d[5:]}" if area == "02" else f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if _valid_phone(v):
            return v


def foreign_phone(r: random.Random, cc: str) -> str:
    while True:
        v = {
            "ae": f"+971 5{r.choice('0256')} {r.randint(100, 999)} {r.randint(1000, 9999)}",
            "mm": f"+95 9 {r.randint(250000000, 799999999)}",
            "om": f"+968 9{r.randint(100, 999)} {r.randint(1000, 9999)}",
            "sg": f"+65 {r.choice('89')}{r.randint(100, 999)} {r.randint(1000, 9999)}",
            "jp": f"+81 90 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
            "us": f"+1 415 {r.randint(200, 999)} {r.randint(1000, 9999)}",
            "la": f"+856 20 {r.randint(5000, 9999)} {r.randint(1000, 9999)}",
        }[cc]
        if _valid_phone(v):
            return v


FREE_MAIL = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.co.th", "icloud.com", "hotmail.co.th"]


def email(r: random.Random, person: str | None = None, domain: str | None = None) -> str:
    if person and re.fullmatch(r"[A-Za-z' -]+", person):
        parts = person.replace("'", "").replace("-", "").lower().split()
        g, s = parts[0], parts[-1]
    else:
        g, s = (x.lower() for x in r.choice(ROMAN_M + ROMAN_F))
    local = r.choice([f"{g}.{s}", f"{g}.{s[0]}", f"{g}{r.randint(80, 99)}", f"{g}_{s[:4]}", f"{s}.{g}"])
    return f"{local}@{domain or r.choice(FREE_MAIL)}"


def ipv4(r: random.Random) -> str:
    while True:
        v = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
        if v.is_global:
            return str(v)


def ipv6(r: random.Random) -> str:
    return f"2001:44c8:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"


def passport(r: random.Random, kind: str = "th") -> str:
    if kind == "th":
        return r.choice(["AA", "AB", "AC", "A"]) + _digits(r, 7)
    if kind == "mm":
        return r.choice(["MC", "MD", "ME"]) + _digits(r, 6)
    if kind == "ae":
        return r.choice(["N", "P"]) + _digits(r, 7)
    if kind == "kh":
        return "N" + _digits(r, 7)
    return r.choice(["C", "E", "X", "K"]) + _digits(r, 8)


BANKS_TH = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา", "ทีทีบี", "ออมสิน"]
BANKS_EN = ["KBank", "SCB", "Bangkok Bank", "Krungthai", "Krungsri", "ttb", "GSB"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    d = _digits(r, 10)
    style = style or r.choice(["dash", "plain", "dash"])
    if style == "plain":
        return d
    return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"


PLATE_LETTERS = ["1กจ", "2ขล", "กม", "ฆค", "3กย", "งษ", "ขบ", "1ฒพ", "ชต", "8กณ", "บจ", "6ขธ"]
PROVINCES = ["กรุงเทพมหานคร", "เชียงราย", "ลำปาง", "ขอนแก่น", "นครปฐม", "สุราษฎร์ธานี", "พิษณุโลก",
             "อุดรธานี", "ชลบุรี", "นครศรีธรรมราช", "ปัตตานี", "ตาก"]


def plate(r: random.Random, moto: bool = False) -> str:
    num = str(r.randint(1, 9999))
    letters = r.choice(["กข", "ฆย", "ขจ", "งบ", "1กอ", "2ขค"]) if moto else r.choice(PLATE_LETTERS)
    sep = r.choice([" ", " ", "-"]) if not letters[0].isdigit() else " "
    return f"{letters}{sep}{num} {r.choice(PROVINCES)}"


AREAS = [
    ("แขวงสามเสนใน", "เขตพญาไท", "กรุงเทพมหานคร", "10400"),
    ("แขวงบางซื่อ", "เขตบางซื่อ", "กรุงเทพฯ", "10800"),
    ("แขวงหัวหมาก", "เขตบางกะปิ", "กรุงเทพมหานคร", "10240"),
    ("แขวงท่าแร้ง", "เขตบางเขน", "กรุงเทพฯ", "10220"),
    ("ต.ริมกก", "อ.เมืองเชียงราย", "จ.เชียงราย", "57100"),
    ("ต.พระบาท", "อ.เมืองลำปาง", "จ.ลำปาง", "52000"),
    ("ต.ศิลา", "อ.เมืองขอนแก่น", "จ.ขอนแก่น", "40000"),
    ("ต.สามพราน", "อ.สามพราน", "จ.นครปฐม", "73110"),
    ("ต.มะขามเตี้ย", "อ.เมืองสุราษฎร์ธานี", "จ.สุราษฎร์ธานี", "84000"),
    ("ต.อรัญญิก", "อ.เมืองพิษณุโลก", "จ.พิษณุโลก", "65000"),
    ("ตำบลหมากแข้ง", "อำเภอเมืองอุดรธานี", "จังหวัดอุดรธานี", "41000"),
    ("ตำบลสะเตง", "อำเภอเมืองยะลา", "จังหวัดยะลา", "95000"),
    ("ต.รูสะมิแล", "อ.เมืองปัตตานี", "จ.ปัตตานี", "94000"),
    ("ต.แม่ตาว", "อ.แม่สอด", "จ.ตาก", "63110"),
    ("ต.แม่สาว", "อ.แม่อาย", "จ.เชียงใหม่", "50280"),
]
STREETS = ["ซอยอารีย์ 4", "ถนนพระราม 6", "ซ.ลาดพร้าว 101", "ถนนวิภาวดีรังสิต", "ซอยรามอินทรา 40", "ถ.ประชาชื่น"]
STREETS_UP = ["ถนนพหลโยธิน", "ถ.มิตรภาพ", "ถนนบรมไตรโลกนารถ", "ซอย 7", "ถ.เพชรเกษม"]
ADDR_EN = [
    ("Soi Ari 4, Phahonyothin Rd.", "Samsen Nai", "Phaya Thai", "Bangkok", "10400"),
    ("Sukhumvit Soi 39", "Khlong Tan Nuea", "Watthana", "Bangkok", "10110"),
    ("Nimmanhaemin Soi 9", "Suthep", "Mueang Chiang Mai", "Chiang Mai", "50200"),
    ("Chalermprakiat Rd.", "Karon", "Mueang Phuket", "Phuket", "83100"),
    ("Moo 5, Thep Prasit Rd.", "Nong Prue", "Bang Lamung", "Chon Buri", "20150"),
    ("Sathorn Soi 10", "Silom", "Bang Rak", "Bangkok", "10500"),
]


def house(r: random.Random) -> str:
    return r.choice([str(r.randint(3, 899)), f"{r.randint(1, 299)}/{r.randint(1, 180)}"])


def addr(r: random.Random, en: bool = False, no_pc: bool = False, area: int | None = None) -> str:
    if en:
        st, sub, dist, prov, pc = r.choice(ADDR_EN)
        return f"{house(r)} {st}, {sub}, {dist}, {prov} {pc}"
    t, a, p, pc = AREAS[area] if area is not None else r.choice(AREAS)
    bkk = t.startswith("แขวง")
    moo = "" if bkk else r.choice(["", f" หมู่ {r.randint(1, 15)}", f" ม.{r.randint(1, 15)}"])
    street = r.choice(["", " " + r.choice(STREETS if bkk else STREETS_UP)])
    return f"{house(r)}{moo}{street} {t} {a} {p}" + ("" if no_pc else f" {pc}")


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dob(r: random.Random, style: str | None = None, lo: int = 1945, hi: int = 2004) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    be = y + 543
    style = style or r.choice(["th_long", "th_short", "slash_be", "iso", "en", "slash_ce"])
    return {
        "th_long": f"{d} {TH_MONTHS[m - 1]} {be}",
        "th_short": f"{d} {TH_MON[m - 1]} {be}",
        "th_short2": f"{d} {TH_MON[m - 1]} {str(be)[2:]}",
        "slash_be": f"{d:02d}/{m:02d}/{be}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "en": f"{d} {EN_MON[m - 1]} {y}",
        "en_long": f"{EN_MON[m - 1]} {d}, {y}",
        "slash_ce": f"{d:02d}/{m:02d}/{y}",
    }[style]


def visit_date(r: random.Random, en: bool = False) -> str:
    """A 2025 visit/appointment date (never labelled)."""
    m, d = r.randint(1, 12), r.randint(1, 28)
    return f"{d} {EN_MON[m - 1]} 2025" if en else f"{d} {TH_MON[m - 1]} 68"


def hn(r: random.Random, style: str | None = None) -> str:
    yy = r.randint(50, 68)
    style = style or r.choice(["slash", "dash", "plain", "plain7"])
    if style == "slash":
        return f"{r.randint(100, 99999)}/{yy}"
    if style == "dash":
        return f"{yy}-{r.randint(1, 999999):06d}"
    if style == "plain7":
        return f"{r.randint(1000000, 9999999)}"
    return f"{r.randint(10000000, 99999999)}"


def an(r: random.Random) -> str:
    return f"{r.randint(67, 68)}{r.randint(10000, 99999)}"


def student_id(r: random.Random, style: str | None = None) -> str:
    yy = r.randint(64, 68)
    style = style or r.choice(["ten", "ten", "dash", "school"])
    if style == "ten":
        return f"{yy}{r.randint(10, 99)}{r.randint(100000, 999999)}"
    if style == "dash":
        return f"{yy}{r.randint(10, 99)}-{r.randint(10000, 99999)}"
    return str(r.randint(10000, 39999))


def line_id(r: random.Random) -> str:
    b = r.choice(ROMAN_NICK)
    return r.choice([f"{b}{r.randint(1, 99)}", f"{b}_{r.choice(['mama', 'ja', 'nong', 'bkk', 'cute'])}",
                     f"{b}.{r.choice(['cm', 'kk', 'hy', 'ub'])}{r.randint(1, 9)}", f"{b}{b[-1]}{b[-1]}",
                     f"{r.choice(['mae', 'pa', 'khun'])}{b}"])


def money(r: random.Random, lo: int = 300, hi: int = 250000) -> str:
    return f"{r.randint(lo, hi) // 10 * 10:,}"


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
        return not re.search(r"\d|^(นาย|นาง|น\.ส\.|คุณ|นพ\.|พญ\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) ", span)
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


class RowRandom(random.Random):
    """A seeded generator that also knows which of a template's prompts it is building."""

    def __init__(self, seed: str, row: int) -> None:
        super().__init__(seed)
        self.row = row


def alt(r: random.Random, *options):
    """The row-th option, so the two prompts of a template differ where it matters."""
    return options[getattr(r, "row", 0) % len(options)]


def P(v: str) -> tuple[str, str]:
    return ("PERSON", v)


def H(v: str) -> tuple[str, str]:
    return ("HEALTH_DATA", v)


def HN(v: str) -> tuple[str, str]:
    return ("MEDICAL_RECORD_NUMBER", v)


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


def hlist(items: list[str], sep: str = ", ") -> list:
    """Several health facts joined by a separator, each its own span."""
    out: list = []
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        out.append(H(it))
    return out


# ----------------------------------------------------------------------------------------------
# Clinical vocabulary (fabricated combinations; spans are the phrase itself)
# ----------------------------------------------------------------------------------------------
CHRONIC = ["DM type 2", "HT", "DLP", "CKD stage 3b", "gout", "asthma", "COPD", "AF", "hypothyroidism", "BPH",
           "OA knee both sides", "old CVA", "HBV carrier", "ESRD on HD"]
CHRONIC_TH = ["เบาหวาน", "ความดันโลหิตสูง", "ไขมันในเลือดสูง", "โรคไตเรื้อรังระยะ 3", "เก๊าท์", "หอบหืด",
              "ไทรอยด์เป็นพิษ", "ไมเกรน", "หัวใจเต้นผิดจังหวะ", "ถุงลมโป่งพอง"]
MEDS = [("Metformin 500 mg", "1x2 pc"), ("Amlodipine 5 mg", "1x1 pc"), ("Atorvastatin 40 mg", "1 hs"),
        ("Losartan 50 mg", "1x1 pc"), ("Glipizide 5 mg", "1x2 ac"), ("Aspirin 81 mg", "1x1 pc"),
        ("Omeprazole 20 mg", "1x1 ac"), ("Warfarin 3 mg", "1 hs"), ("Allopurinol 100 mg", "1x1 pc"),
        ("Levothyroxine 50 mcg", "1 ac เช้า"), ("Salbutamol MDI", "2 puffs prn"), ("Sertraline 50 mg", "1 hs"),
        ("Enalapril 5 mg", "1x2 pc"), ("Simvastatin 20 mg", "1 hs"), ("Furosemide 40 mg", "1x1 เช้า"),
        ("Insulin glargine", "14 u sc hs"), ("Fluoxetine 20 mg", "1 เช้า"), ("Clopidogrel 75 mg", "1x1 pc")]
FAM_DX = ["CA breast", "DM", "MI", "stroke", "CA colon", "HT", "thalassemia", "ไตวาย", "มะเร็งปอด", "อัลไซเมอร์"]
RELATIVES_TH = ["บิดา", "มารดา", "พี่สาว", "น้องชาย", "ย่า", "ตา"]
ALLERGY = ["แพ้ Penicillin (ผื่น)", "แพ้ Sulfa (SJS)", "แพ้ NSAIDs (angioedema)", "แพ้อาหารทะเล",
           "แพ้ Ceftriaxone (urticaria)"]
ALLERGY_EN = ["allergic to penicillin (rash)", "sulfa allergy (SJS)", "NSAID allergy (angioedema)",
              "shellfish allergy", "allergic to iodinated contrast"]
NEG_TH = ["ปฏิเสธโรคประจำตัว", "ปฏิเสธประวัติแพ้ยา", "ไม่มีไข้", "ไม่มีเจ็บหน้าอก", "ไม่มีเหนื่อยหอบ",
          "ปฏิเสธสูบบุหรี่", "ไม่มีถ่ายดำ"]
NEG_EN = ["denies chest pain", "no fever", "NKDA", "no SOB", "denies smoking", "no LOC", "no melena"]
PSY = ["MDD", "โรคซึมเศร้า", "GAD", "panic disorder", "bipolar II disorder", "PTSD", "adjustment disorder",
       "insomnia disorder"]


# ==============================================================================================
# Positive templates: clinical notes, summaries, labs
# ==============================================================================================
@T("hospital")
def opd_soap_shorthand(r: random.Random) -> list:
    name = thm(r)
    rel = r.choice(RELATIVES_TH)
    fam = r.choice(FAM_DX)
    m1, m2 = r.sample(MEDS[:7], 2)
    return [
        "ช่วยเรียบเรียง note นี้เป็น SOAP ภาษาอังกฤษให้หน่อยครับ ส่งต่อ cardio\n\n",
        "ผป. ชาย ", str(r.randint(45, 72)), " ปี ชื่อ ", P(name), " HN ", HN(hn(r)), "\n",
        "CC: ", H("แน่นหน้าอกร้าวไปแขนซ้าย"), " ", str(r.randint(1, 6)), " hr PTA\n",
        "PI: เป็นขณะยกของ ", H("เหงื่อแตก ใจสั่น"), ", ", H(r.choice(NEG_TH[2:5])), "\n",
        "U/D: ", hlist(r.sample(CHRONIC[:4], 2)), " on ", H(m1[0]), " ", m1[1], ", ", H(m2[0]), " ", m2[1], "\n",
        "FHx: ", rel, " ", H(fam), " ", r.choice(["อายุ 80 ยังแข็งแรง", "ยังรักษาอยู่", "dx เมื่อปี 65"]), "\n",
        "Social: ", H(r.choice(["สูบบุหรี่ 20 pack-yr", "ดื่มสุราทุกวัน", "เลิกบุหรี่ 5 ปี"])), "\n",
        "EKG: ", H(r.choice(["ST depression V4-V6", "new LBBB", "ST elevation II, III, aVF"])), "\n",
        "Imp: ", H(r.choice(["r/o ACS", "NSTEMI", "unstable angina"])), "\n",
    ]


@T("hospital")
def er_mva_motorcycle_note(r: random.Random) -> list:
    name = thm(r)
    return [
        "ER note (ร่าง) ช่วยเขียนใบรายงานเพื่อเบิก พ.ร.บ. ให้หน่อย\n",
        "ผู้ป่วย ", P(name), " อายุ ", str(r.randint(17, 40)), " ปี HN ", HN(hn(r)), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "เกิดเหตุ ", str(r.randint(1, 23)), ":", f"{r.randint(0, 59):02d}", " น. ขับ จยย. ทะเบียน ",
        ("TH_VEHICLE_PLATE", plate(r, moto=True)), " ชนท้ายรถกระบะ\n",
        H("GCS 15"), ", ", H("breath alcohol 0.8 mg%"), "\n",
        "Injuries: ", hlist([r.choice(["Fx Rt distal radius", "Fx Lt clavicle", "Fx Rt tibia shaft"]),
                            r.choice(["abrasion wound Rt knee 5x3 cm", "lac wound forehead 3 cm"]),
                            r.choice(["mild concussion", "contusion chest wall"])]), "\n",
        "Plan: ", H(r.choice(["ORIF", "closed reduction + slab", "admit ortho obs"])), "\n",
        "ญาติ (มารดา) เบอร์ ", ("PHONE_NUMBER", mobile(r)), "\n",
    ]


@T("hospital")
def discharge_summary_en(r: random.Random) -> list:
    name = r.choice(EXPATS)
    doc = doc_en(r)
    dx = r.choice([("Community-acquired pneumonia, RLL", "Levofloxacin 750 mg"),
                   ("Acute cholecystitis s/p laparoscopic cholecystectomy", "Amoxicillin-clavulanate 1 g"),
                   ("Dengue hemorrhagic fever grade II", "Paracetamol 500 mg"),
                   ("Acute pyelonephritis", "Cefdinir 300 mg")])
    return [
        "ช่วยสรุปเอกสารนี้ส่งบริษัทประกันของคนไข้ 5 bullet ภาษาอังกฤษง่ายๆ\n\n",
        "DISCHARGE SUMMARY\nPatient: ", P(name), "   DOB: ", ("DATE_OF_BIRTH", dob(r, "en")), "\n",
        "HN: ", HN(hn(r, "plain7")), "   AN: ", HN(an(r)), "\n",
        f"Admitted: {(d := r.randint(1, 20))} {(m := r.choice(EN_MON))} 2025   Discharged: {d + r.randint(3, 7)} {m} 2025\n",
        "Attending: Dr. ", P(doc), "\n",
        "Principal diagnosis: ", H(dx[0]), "\n",
        "Comorbidities: ", H(r.choice(["well-controlled asthma", "hypertension", "obesity (BMI 33)"])), "\n",
        "Allergies: ", H(r.choice([*ALLERGY_EN, "NKDA"])), "\n",
        "Hospital course: responded to IV therapy; ", H(r.choice(["afebrile since day 3", "platelets recovered to 98,000",
                                                                    "LFT trending down"])), ".\n",
        "Discharge meds: ", H(dx[1]), " x 7 days; ", H("Paracetamol 500 mg"), " prn.\n",
        "Follow-up: OPD in 1 week.\n",
    ]


@T("hospital")
def discharge_summary_th_home_visit(r: random.Random) -> list:
    name = thf(r)
    return [
        "สรุปการจำหน่ายผู้ป่วย ส่งต่อทีมเยี่ยมบ้าน (COC) — ให้ AI ช่วยทำแผนเยี่ยมบ้าน 3 ครั้ง\n",
        "ชื่อ นาง", P(name), " อายุ ", str(r.randint(66, 88)), " ปี HN ", HN(hn(r)), " AN ", HN(an(r)), "\n",
        "ที่อยู่ ", ("ADDRESS", addr(r)), "\n",
        "ผู้ดูแลหลัก: บุตรสาว คุณ", P(thf(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "Dx: ", H(r.choice(["Ischemic stroke Lt MCA", "CHF exacerbation", "Infected DM foot Rt"])), "\n",
        "ภาวะ: ", H(r.choice(["ติดเตียง มีแผลกดทับ sacrum grade 2", "on NG tube feeding", "on foley cath"])), "\n",
        "ยากลับบ้าน: ", H(r.choice(MEDS)[0]), ", ", H(r.choice(MEDS)[0]), "\n",
        "ประวัติครอบครัว: สามีเป็น", H(r.choice(["โรคสมองเสื่อม", "อัมพาตครึ่งซีก", "เบาหวาน"])),
        " อยู่บ้านเดียวกัน\n",
    ]


@T("hospital")
def lab_result_explain_th(r: random.Random) -> list:
    name = thn(r)
    a1c = f"{r.randint(68, 112) / 10:.1f}"
    return [
        "ช่วยอธิบายผลแลปนี้เป็นภาษาง่ายๆ สำหรับส่งให้คนไข้ทาง LINE\n\n",
        "ชื่อ-สกุล: ", P(name), "  HN: ", HN(hn(r)), "  วันเกิด: ", ("DATE_OF_BIRTH", dob(r, "slash_be")), "\n",
        "FBS ........ ", H(f"{r.randint(126, 240)} mg/dL"), " (H)\n",
        "HbA1c ...... ", H(f"{a1c} %"), " (H)\n",
        "Cr ......... ", H(f"{r.randint(9, 24) / 10:.1f} mg/dL"), "\n",
        "eGFR ....... ", H(f"{r.randint(28, 95)} mL/min/1.73m2"), "\n",
        "LDL ........ ", H(f"{r.randint(130, 210)} mg/dL"), " (H)\n",
        "Urine microalbumin ", H(r.choice(["positive 2+", "negative"])), "\n",
    ]


@T("hospital")
def lis_result_json_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "อธิบายค่าที่ผิดปกติให้แพทย์ทั่วไป และแนะนำการตรวจเพิ่ม (ข้อมูลจาก LIS):\n",
        '{"patient": {"name": "', P(name), '", "hn": "', HN(hn(r, "plain")), '", "dob": "',
        ("DATE_OF_BIRTH", dob(r, "iso")), '", "sex": "', r.choice(["F", "M"]), '"},\n',
        ' "order_no": "L', str(r.randint(25000000, 25999999)), '", "results": [\n',
        '  {"test": "Hb", "value": "', H(f"{r.randint(72, 105) / 10:.1f} g/dL"), '", "flag": "L"},\n',
        '  {"test": "MCV", "value": "', H(f"{r.randint(58, 72)} fL"), '", "flag": "L"},\n',
        '  {"test": "Ferritin", "value": "', H(f"{r.randint(3, 12)} ng/mL"), '", "flag": "L"},\n',
        '  {"test": "HBsAg", "value": "', H(r.choice(["Reactive", "Non-reactive"])), '"},\n',
        '  {"test": "Anti-HIV", "value": "', H("Non-reactive"), '"}\n ]}',
    ]


@T("pharmacy")
def line_oa_refill_request(r: random.Random) -> list:
    name = thf(r)
    m1, m2 = r.sample(MEDS, 2)
    return [
        "[LINE OA ร้านยา] สรุปคำขอของลูกค้าเป็น ticket ให้เภสัชกร\n",
        "ลูกค้า: สวัสดีค่ะ ขอสั่งยาเดิมค่ะ ชื่อ ", P(name), " เป็นคนไข้ รพ.เดิม HN ", HN(hn(r)), "\n",
        "ลูกค้า: ยาที่ใช้อยู่ ", H(m1[0]), " กับ ", H(m2[0]), " เหลืออีก 3 วันค่ะ\n",
        "ลูกค้า: ช่วงนี้ ", H(r.choice(["น้ำตาลขึ้นๆ ลงๆ", "ไอแห้งๆ ตอนกลางคืน", "ข้อเท้าบวม"])), " ด้วยค่ะ\n",
        "ลูกค้า: ส่งที่ ", ("ADDRESS", addr(r)), " นะคะ เบอร์ ", ("PHONE_NUMBER", mobile(r)), "\n",
        "แอดมิน: รับทราบค่ะ เภสัชจะโทรยืนยันก่อนจัดส่ง\n",
    ]


@T("pharmacy")
def fhir_medication_request_en(r: random.Random) -> list:
    name = rom(r)
    med = r.choice([("Sertraline 50 mg tablet", "major depressive disorder"), ("Tenofovir/Emtricitabine 300/200 mg",
                    "HIV pre-exposure prophylaxis"), ("Levetiracetam 500 mg tablet", "focal epilepsy"),
                    ("Methotrexate 2.5 mg tablet", "rheumatoid arthritis")])
    return [
        "Validate this FHIR resource against R4 and list any missing required fields:\n",
        '{"resourceType": "MedicationRequest", "status": "active", "intent": "order",\n',
        ' "subject": {"reference": "Patient/', HN(hn(r, "plain")), '", "display": "', P(name), '"},\n',
        ' "medicationCodeableConcept": {"text": "', H(med[0]), '"},\n',
        ' "reasonCode": [{"text": "', H(med[1]), '"}],\n',
        ' "requester": {"display": "Dr. ', P(doc_en(r)), '"},\n',
        ' "dosageInstruction": [{"text": "1 tablet once daily"}], "dispenseRequest": {"numberOfRepeatsAllowed": 2}}',
    ]


@T("hospital")
def referral_letter_th_uc(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยตรวจคำผิดในใบส่งตัวนี้ก่อนพิมพ์\n\n",
        "แบบส่งต่อผู้ป่วย (Refer out) รพ.สต.", r.choice(["บ้านดอนแก้ว", "หนองบัว", "ท่าสะอาด"]), " → รพ.จังหวัด\n",
        "ชื่อ ", P(name), " เลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r)), " สิทธิ UC\n",
        "อาการสำคัญ: ", H(r.choice(["ไข้สูง 3 วัน ซึมลง", "ปวดท้องขวาล่าง 12 ชม.", "เหนื่อยหอบ นอนราบไม่ได้"])), "\n",
        "การวินิจฉัยเบื้องต้น: ", H(r.choice(["สงสัยไข้เลือดออก", "r/o appendicitis", "CHF"])), "\n",
        "โรคประจำตัว: ", H(r.choice(CHRONIC_TH)), " / ", H(r.choice(ALLERGY[:3])), "\n",
        "ผู้ส่ง: พยาบาลวิชาชีพ ", P(thf(r)), "\n",
    ]


@T("hospital")
def referral_letter_en_cardio(r: random.Random) -> list:
    name = r.choice(EXPATS)
    return [
        "Polish this referral letter, keep it under 150 words.\n\n",
        "Dear Dr. ", P(doc_en(r)), ",\n",
        "I am referring ", P(name), " (DOB ", ("DATE_OF_BIRTH", dob(r, "en_long", 1950, 1980)), ", MRN ",
        HN(hn(r, "dash")), ") for further evaluation of ", H("exertional dyspnoea"), " and ",
        H(r.choice(["a new systolic murmur", "paroxysmal AF", "syncope on exertion"])), ". ",
        "Echo showed ", H(r.choice(["LVEF 38%", "severe AS, AVA 0.8 cm2", "moderate MR"])), ". ",
        "Past history: ", H(r.choice(["hypertension", "type 2 diabetes", "prior CABG 2019"])), "; ",
        H(r.choice(["no syncope", "denies orthopnoea", "never smoked"])), ". ",
        "The patient's father (alive, 81) has ", H(r.choice(["HOCM", "ischaemic heart disease", "dilated cardiomyopathy"])), ".\n",
        "The patient can be reached at ", ("PHONE_NUMBER", mobile(r, "intl")), " or ",
        ("EMAIL_ADDRESS", email(r, name)), ".\n",
        "Kind regards,\nDr. ", P(doc_en(r)), "",
    ]


@T("hospital")
def nurse_handover_ward_mixed(r: random.Random) -> list:
    n1, n2, n3 = thm(r), thf(r), thn(r)
    return [
        "ช่วยทำสรุป handover เวรดึก→เวรเช้า เป็นตาราง (เตียง/ปัญหา/สิ่งที่ต้องทำ)\n",
        "เตียง 3 ", P(n1), " HN ", HN(hn(r)), " — ", H("post op day 1 s/p lap appendectomy"), ", ",
        H("pain score 6/10"), " ให้ ", H("morphine 3 mg iv"), " แล้ว 02.00\n",
        "เตียง 7 นาง", P(n2), " — ", H("DKA"), " on ", H("insulin drip"), ", ", H(f"DTX {r.randint(180, 320)}"),
        " ตอน 04.00, ", H(f"K {r.randint(30, 34) / 10:.1f}"), " รอ replace\n",
        "เตียง 12 ", P(n3), " — ", H(r.choice(["UGIB", "HAP", "cellulitis Lt leg"])), ", ",
        ("RELIGION", "เป็นพยานพระยะโฮวา"), " ปฏิเสธรับเลือด ญาติเซ็นแล้ว\n",
        "ผู้ส่งเวร: ", P(r.choice(NURSES_TH) + " " + r.choice(TH_LAST)), "\n",
    ]


@T("hospital")
def icu_handover_sbar_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Turn this into a concise SBAR for the morning huddle:\n",
        "Bed 4, ", P(name), ", MRN ", HN(hn(r, "plain7")), ". ",
        "S: ", H(r.choice(["septic shock from pneumonia", "post-cardiac arrest, ROSC 20 min",
                           "severe pancreatitis"])), ". ",
        "B: ", H(r.choice(["ESRD on HD", "HIV on ART, CD4 180", "cirrhosis Child B"])), "; ",
        H(r.choice(["NKDA", "allergic to vancomycin (red man)"])), ". ",
        "A: ", H(f"MAP {r.randint(58, 66)} on norepinephrine 0.2"), ", ", H(f"lactate {r.randint(3, 7)}.{r.randint(0, 9)}"),
        ", ", H("no urine output since 03:00"), ". ",
        "R: repeat ABG at 08:00, family meeting with spouse ", P(rom(r)), " (", ("PHONE_NUMBER", mobile(r, "intl")),
        ") at 10:00.",
    ]


@T("hospital")
def appointment_sms_psych(r: random.Random) -> list:
    name = thn(r)
    return [
        "ตรวจความยาว SMS ให้ไม่เกิน 2 segments:\n",
        "เรียนคุณ", P(name), " HN ", HN(hn(r)), " นัดพบแพทย์ ",
        H(r.choice(["คลินิกจิตเวช", "คลินิกยาต้านไวรัส (ARV)", "คลินิกเคมีบำบัด", "คลินิกฟอกไต"])),
        " วันที่ ", visit_date(r), " เวลา 09.00 น. ไม่ต้องงดน้ำงดอาหาร กรุณามาก่อนเวลา 30 นาที",
    ]


@T("hospital")
def appointment_email_colonoscopy_en(r: random.Random) -> list:
    name = r.choice(EXPATS)
    return [
        "Rewrite this reminder so it sounds warmer, same facts:\n\n",
        "To: ", ("EMAIL_ADDRESS", email(r, name)), "\nSubject: Your procedure on ", visit_date(r, True), "\n\n",
        "Dear ", P(name), ",\nThis confirms your ", H("colonoscopy with polypectomy"), " at the GI Centre. ",
        "Because you take ", H(r.choice(["Clopidogrel 75 mg", "Warfarin 3 mg", "Apixaban 5 mg"])),
        ", please stop it 5 days before as agreed with Dr. ", P(doc_en(r)), ". ",
        "Start the bowel prep at 18:00 the day before. Questions: call your care coordinator on ",
        ("PHONE_NUMBER", mobile(r, "intl")), ".\n",
    ]


@T("insurance")
def preauth_tpa_form_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "ช่วยตรวจความครบถ้วนของแบบขออนุมัติค่ารักษาล่วงหน้า (Pre-authorization) ก่อนส่ง TPA\n",
        "ผู้เอาประกัน: ", P(name), " วันเกิด ", ("DATE_OF_BIRTH", dob(r, "th_short")), " เลขบัตรประชาชน ",
        ("TH_NATIONAL_ID", nid(r)), "\n",
        "กรมธรรม์กลุ่ม ", f"GH-{r.randint(100000, 999999)}", " นายจ้าง บริษัท ", r.choice(["สยามพาร์ท", "ไทยวิศวกรรม", "บางนาโลจิสติกส์"]),
        " จำกัด เลขทะเบียนนิติบุคคล ", ("TH_JURISTIC_ID", juristic(r)), "\n",
        "HN ", HN(hn(r)), "  การวินิจฉัย: ", H(r.choice(["Symptomatic gallstone (K80.2)", "HNP L4-5 (M51.1)",
                                                          "Rt inguinal hernia (K40.9)", "Uterine myoma (D25.9)"])), "\n",
        "หัตถการที่ขอ: ", H(r.choice(["Laparoscopic cholecystectomy", "Microdiscectomy", "TEP hernia repair",
                                       "Laparoscopic myomectomy"])), "\n",
        "ประมาณค่าใช้จ่าย ", money(r, 60000, 250000), " บาท  ระยะเวลานอน 3 วัน\n",
        "ประวัติเดิม: ", H(r.choice(NEG_TH[:2])), "\n",
    ]


@T("insurance")
def preauth_tpa_email_en(r: random.Random) -> list:
    name = r.choice(GULF)
    case = alt(r, ("acute STEMI", "PCI with 1 DES"), ("Lt knee ACL tear", "arthroscopic ACL reconstruction"),
               ("renal colic, 7 mm Rt UVJ stone", "URS with laser lithotripsy"))
    return [
        "Draft a reply asking for the missing documents (keep it polite):\n\n",
        "From: international.desk@hospital-partner.example\nTo: preauth@tpa-asia.example\n",
        "Re: Guarantee of payment - ", P(name), ", passport ", ("TH_PASSPORT", passport(r, "ae")), ", DOB ",
        ("DATE_OF_BIRTH", dob(r, "slash_ce", 1955, 1990)), "\n\n",
        "Patient presented with ", H(case[0]), ". Proposed: ", H(case[1]),
        ". Estimated cost THB ", money(r, 150000, 900000), ". ",
        "Known ", H(r.choice(["type 2 diabetes on insulin", "hypertension", "hyperlipidaemia"])), ". ",
        "Family contact (brother): ", ("PHONE_NUMBER", foreign_phone(r, r.choice(["ae", "om"]))), ".\n",
    ]


@T("insurance")
def claim_reimbursement_bank(r: random.Random) -> list:
    name = thf(r)
    bank = r.choice(BANKS_TH)
    return [
        "สรุปเคสเคลมนี้ให้ทีมอนุมัติ ภายใน 3 บรรทัด\n",
        "เคลมผู้ป่วยนอก (OPD reimbursement) เลขที่ CLM", str(r.randint(2500000, 2599999)), "\n",
        "ผู้เอาประกัน ", P(name), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "รพ.", r.choice(["เอกชนแห่งหนึ่ง", "ศูนย์การแพทย์", "คลินิกเวชกรรม"]), " วินิจฉัย ",
        H(r.choice(["Acute gastroenteritis", "URI", "Acute bronchitis", "Migraine without aura"])),
        " ค่ารักษา ", money(r, 800, 6000), " บาท\n",
        "โอนเข้าบัญชี ", bank, " เลขที่ ", ("TH_BANK_ACCOUNT", bank_acct(r)), " ชื่อบัญชี ", P(name), "\n",
    ]


@T("telemedicine")
def line_oa_hiv_side_effect(r: random.Random) -> list:
    return [
        "จำแนก intent ของข้อความนี้ และร่างคำตอบให้เภสัชกร\n",
        "ผู้ใช้ (LINE): สวัสดีครับ ผม", P(r.choice(["ต้น", "เอ็ม", "ปอนด์"])), "นะครับ ผม",
        H("กินยาต้าน HIV"), " (", H("TLD"), ") มา 3 เดือน ช่วงนี้ ", H("นอนไม่หลับ ฝันร้าย"), " ปกติไหมครับ\n",
        "ผู้ใช้ (LINE): ถ้าจะคุยทางไลน์ส่วนตัว ไอดีผม ", ("LINE_ID", line_id(r)), " หรือโทร ",
        ("PHONE_NUMBER", mobile(r)), " ครับ ไม่อยากให้ที่บ้านรู้\n",
    ]


@T("telemedicine")
def telemed_video_transcript(r: random.Random) -> list:
    name = thf(r)
    return [
        "สรุปบทสนทนา telemedicine นี้เป็น progress note ภาษาอังกฤษ\n",
        "แพทย์: สวัสดีครับ คุณ", P(name), " ใช่ไหมครับ ยืนยันวันเกิดด้วยครับ\n",
        "ผู้ป่วย: ", ("DATE_OF_BIRTH", dob(r, "th_long", 1970, 1995)), " ค่ะ\n",
        "ผู้ป่วย: ", H(r.choice(["มีไข้ ปัสสาวะแสบขัด 2 วัน", "ผื่นคันขึ้นทั้งตัวหลังกินกุ้ง", "ปวดหัวข้างเดียว ตาพร่า"])), "ค่ะ\n",
        "แพทย์: มีโรคประจำตัวไหมครับ\nผู้ป่วย: ",
        r.choice([[H("ไม่มีโรคประจำตัว")], ["เป็น", H("ไทรอยด์")], ["เป็น", H("ภูมิแพ้จมูก")]]), "ค่ะ ",
        "แต่แม่เป็น", H(r.choice(["มะเร็งเต้านม", "ลูปัส", "ไตวายต้องฟอกไต"])), " ตอนนี้ยังรักษาอยู่\n",
        "แพทย์: ", r.choice(["ตั้งครรภ์อยู่ไหมครับ", "แพ้ยาอะไรไหมครับ"]), "\nผู้ป่วย: ",
        H(r.choice(["ไม่ได้ตั้งครรภ์", "ไม่แพ้ยา"])), "ค่ะ\n",
    ]


@T("telemedicine")
def telemed_session_log_en(r: random.Random) -> list:
    name = rom(r)
    mail = email(r, name)
    day = visit_date(r, True)
    cc, spec = alt(r, ("rash and fever for 3 days", "dermatology"), ("burning urination", "urology"),
                   ("panic attacks at work", "psychiatry"))
    return [
        "Why did this video consult drop? Logs:\n",
        f"{day} 10:02:11 INFO session.start user=", ("EMAIL_ADDRESS", mail), " ip=",
        ("IP_ADDRESS", ipv4(r)), " app=android/5.12.0\n",
        f"{day} 10:02:14 INFO intake.form patient=\"", P(name), "\" chief_complaint=\"", H(cc), "\"\n",
        f"{day} 10:02:15 INFO triage.route specialty={spec}\n",
        "10:09:40 WARN webrtc.ice candidate failed ip=", ("IP_ADDRESS", ipv6(r)), "\n",
        "10:09:52 ERROR session.drop reason=ice_timeout\n",
    ]


@T("mental_health")
def counselling_note_th(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยสรุปบันทึกการให้คำปรึกษาครั้งที่ ", str(r.randint(2, 6)), " เป็น progress note แบบ DAP\n",
        "ผู้รับบริการ: ", P(name), " (นักศึกษา ปี ", str(r.randint(2, 4)), ")\n",
        "D: ผู้รับบริการเล่าว่า ", H("นอนไม่หลับ ร้องไห้บ่อย"), " หลังทะเลาะกับครอบครัวเรื่องที่",
        ("SEXUAL_BEHAVIOUR", r.choice(["คบหากับแฟนผู้ชาย", "เปิดตัวว่าเป็นเกย์", "มีความสัมพันธ์กับเพศเดียวกัน"])),
        " บิดา", ("RELIGION", r.choice(["เคร่งศาสนาอิสลาม", "เป็นคริสเตียนเคร่ง"])), " รับไม่ได้\n",
        "มี ", H("passive suicidal ideation"), " ไม่มีแผน ", H("ปฏิเสธการทำร้ายตนเอง"), "\n",
        "A: ", H(r.choice(["MDD, moderate", "adjustment disorder with depressed mood"])), " คะแนน ",
        H(f"PHQ-9 {r.randint(14, 21)}"), "\n",
        "P: ส่งพบจิตแพทย์ เริ่ม ", H("Sertraline 50 mg"), " นัด 1 สัปดาห์\n",
    ]


@T("mental_health")
def eap_counselling_note_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Summarise these EAP session notes for the supervising psychologist (no recommendations to HR):\n",
        "Client: ", P(name), ", factory QA supervisor. Session 3.\n",
        "Presenting: ", H("generalised anxiety, palpitations and early waking"), " since being elected ",
        ("TRADE_UNION", r.choice(["secretary of the plant's labour union", "a shop steward in the workers' union"])),
        "; reports pressure from management during wage talks.\n",
        "History: ", H(r.choice(["one prior depressive episode (2019)", "panic disorder, in remission",
                                 "no prior psychiatric history"])), "; ",
        H(r.choice(["drinks 4-5 beers nightly", "non-drinker"])), ".\n",
        "Family: mother ", alt(r, ["has ", H("bipolar disorder")], ["is on ", H("dialysis")], ["has ", H("early dementia")]), ".\n",
        "GAD-7 today: ", H(f"GAD-7 {r.randint(11, 18)}"), ". Safety: ", H("no suicidal ideation"), ".\n",
    ]


@T("dental")
def dental_clinic_note(r: random.Random) -> list:
    name = thf(r)
    return [
        "ช่วยแปลงบันทึกทันตกรรมนี้เป็นใบเสร็จ + คำแนะนำหลังถอนฟัน\n",
        "คลินิกทันตกรรม | ผู้ป่วย ", P(name), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "Med Hx: ", H(r.choice(["on Warfarin 3 mg (INR 2.4)", "DM on Metformin", "s/p valve replacement"])), ", ",
        H(r.choice(["แพ้ Penicillin", "ปฏิเสธการแพ้ยา"])), "\n",
        "Tx: ", H(r.choice(["Extraction #38 (impacted)", "RCT #36", "Scaling + root planing all quadrants"])), ", ",
        H(r.choice(["generalized chronic periodontitis", "deep caries #46", "pericoronitis #48"])), "\n",
        "ชำระเงิน ", money(r, 1500, 12000), " บาท บัตร ", ("CREDIT_CARD", card(r)), "\n",
        "ทันตแพทย์: ทพญ.", P(thf(r)), "\n",
    ]


@T("aesthetic")
def aesthetic_consult_line(r: random.Random) -> list:
    name = thf(r)
    return [
        "แชทคลินิกความงาม — ช่วยจัดเป็นใบประเมินก่อนทำหัตถการ\n",
        "ลูกค้า: สนใจฟิลเลอร์ใต้ตา + โบท็อกซ์กรามค่ะ ชื่อ", P(name), " ไลน์ ", ("LINE_ID", line_id(r)), "\n",
        "แอดมิน: มีโรคประจำตัว/ยาที่ใช้ไหมคะ\n",
        "ลูกค้า: ", H(r.choice(["เป็นแผลเป็นคีลอยด์ง่าย", "เป็น SLE กินยา Hydroxychloroquine", "เคยแพ้ lidocaine"])),
        "ค่ะ แล้วก็", H(r.choice(["กำลังให้นมลูก", "กินยา Isotretinoin อยู่", "เคยฉีดฟิลเลอร์แล้วเป็นก้อน"])), "\n",
        "ลูกค้า: มัดจำผ่านบัตรได้ไหมคะ ", ("CREDIT_CARD", card(r)), " หมดอายุ ", f"{r.randint(1, 12):02d}/{r.randint(27, 30)}", "\n",
    ]


@T("aesthetic")
def aesthetic_refund_bank(r: random.Random) -> list:
    name = thf(r)
    return [
        "ร่างอีเมลแจ้งคืนเงินมัดจำให้ลูกค้า สุภาพ กระชับ\n",
        "ข้อมูล: ลูกค้า ", P(name), " ยกเลิกคอร์ส ", r.choice(["HIFU 3 ครั้ง", "ร้อยไหม", "เลเซอร์กระ"]),
        " เนื่องจาก", H(r.choice(["ตั้งครรภ์ 8 สัปดาห์", "แพทย์ตรวจพบไทรอยด์เป็นพิษ", "เป็นงูสวัดที่หน้า"])), "\n",
        "ยอดคืน ", money(r, 3000, 45000), " บาท โอนเข้า ", r.choice(BANKS_TH), " ",
        ("TH_BANK_ACCOUNT", bank_acct(r)), "\n",
        "อีเมลลูกค้า ", ("EMAIL_ADDRESS", email(r)), "\n",
    ]


@T("pharmacy")
def pharmacy_emergency_contraception(r: random.Random) -> list:
    name = thf(r)
    return [
        "บันทึกการจ่ายยาร้านยา (สำหรับ audit) — ช่วยเช็คว่าเภสัชให้คำแนะนำครบไหม\n",
        "สมาชิก: ", P(name), " เบอร์ ", ("PHONE_NUMBER", mobile(r)), "\n",
        "ซักประวัติ: ", ("SEXUAL_BEHAVIOUR", r.choice(["มีเพศสัมพันธ์โดยไม่ป้องกันเมื่อคืน", "ถุงยางแตกเมื่อ 30 ชม.ก่อน"])),
        ", ", H(r.choice(["LMP 2 สัปดาห์ก่อน", "ประจำเดือนมาไม่สม่ำเสมอ"])), ", ", H("ปฏิเสธการแพ้ยา"), "\n",
        "จ่าย: ", H("Levonorgestrel 1.5 mg"), " 1 เม็ด\n",
        "แนะนำ: ", r.choice(["ถ้าประจำเดือนเลื่อนเกิน 1 สัปดาห์ให้ตรวจครรภ์", "ไม่ควรใช้เป็นประจำ"]), "\n",
    ]


@T("pharmacy")
def pharmacy_delivery_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        nm = thn(r)
        rows += [P(nm), ",", ("PHONE_NUMBER", mobile(r, "plain")), ",\"", ("ADDRESS", addr(r)), "\",",
                 H(r.choice(["Finasteride 1 mg", "Sildenafil 50 mg", "Orlistat 120 mg", "Minoxidil 5%",
                             "Metformin 850 mg", "Tenofovir 300 mg"])), f",{r.randint(1, 3)}\n"]
    return [
        "แปลง CSV ออร์เดอร์ร้านยาออนไลน์นี้เป็น JSON สำหรับ API ขนส่ง (ใส่เฉพาะชื่อ เบอร์ ที่อยู่)\n",
        "name,phone,address,item,qty\n", rows,
    ]


@T("clinic")
def prep_clinic_note_en(r: random.Random) -> list:
    name = romm(r)
    return [
        "Check this PrEP follow-up note for missing safety labs:\n",
        "Client: ", P(name), "  Clinic ID: PrEP-", str(r.randint(1000, 9999)), "  Tel ", ("PHONE_NUMBER", mobile(r, "intl")), "\n",
        "Risk: ", ("SEXUAL_BEHAVIOUR", r.choice(["MSM, condomless receptive anal sex", "3 male partners in past month",
                                                 "chemsex at weekend parties"])), "; ",
        ("SEXUAL_BEHAVIOUR", "inconsistent condom use"), ".\n",
        "Today: ", H("HIV Ag/Ab non-reactive"), ", ", H(f"Cr {r.randint(7, 11) / 10:.1f} mg/dL"), ", ",
        H(r.choice(["RPR reactive 1:16", "RPR non-reactive", "CT/NG NAAT rectal positive"])), ".\n",
        "Plan: continue ", H("TDF/FTC 300/200 mg daily"), ", 3-month supply.\n",
    ]


@T("clinic")
def sti_clinic_note_th(r: random.Random) -> list:
    name = thf(r)
    return [
        "ช่วยเขียนสรุปส่งต่อให้ศูนย์บริการสาธารณสุข (อย่าใส่คำตัดสิน)\n",
        "ผู้รับบริการ ", P(name), " อายุ ", str(r.randint(19, 35)), " ปี เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "อาชีพ/ความเสี่ยง: ", ("SEXUAL_BEHAVIOUR", r.choice(["ทำงานบริการทางเพศ", "มีคู่นอนหลายคน", "รับลูกค้าผ่านแอป"])), "\n",
        "อาการ: ", H(r.choice(["ตกขาวมีกลิ่น แผลที่อวัยวะเพศ", "ปัสสาวะแสบ มีหนอง", "ผื่นที่ฝ่ามือ ฝ่าเท้า"])), "\n",
        "ผลตรวจ: ", H(r.choice(["VDRL 1:32, TPHA reactive", "Gram stain: GNID", "Anti-HIV positive"])), "\n",
        "ให้ยา: ", H(r.choice(["Benzathine penicillin 2.4 MU IM", "Ceftriaxone 500 mg IM + Doxycycline"])), "\n",
    ]


# ----------------------------------------------------------------------------------------------
# Genetics
# ----------------------------------------------------------------------------------------------
@T("genetics")
def genetic_counselling_brca_en(r: random.Random) -> list:
    name = romf(r)
    return [
        "Write a patient-friendly letter explaining this result and cascade testing for relatives:\n\n",
        "GENETIC COUNSELLING SUMMARY\nProband: ", P(name), "  DOB: ", ("DATE_OF_BIRTH", dob(r, "en", 1970, 1992)),
        "  MRN: ", HN(hn(r, "dash")), "\n",
        "Indication: ", H(r.choice(["breast cancer diagnosed at 38", "triple-negative breast cancer at 41",
                                   "high-grade serous ovarian cancer at 46"])), "\n",
        "Result: ", ("GENETIC_DATA", r.choice(["BRCA1 c.5266dupC (p.Gln1756Profs*74), heterozygous, pathogenic",
                                            "BRCA2 c.7007G>A, likely pathogenic", "PALB2 c.3113G>A, pathogenic"])), "\n",
        "Family history: sister ", P(romf(r).split()[0]), " (", H(r.choice(["breast cancer at 44", "ovarian cancer at 50"])),
        "); mother ", H(r.choice(["well at 70", "pancreatic cancer at 66"])), ".\n",
        "Plan: offer testing to sister and daughter; MRI screening.\n",
    ]


@T("genetics")
def hla_screening_before_allopurinol(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยเขียนคำแนะนำให้ผู้ป่วยเข้าใจ ว่าทำไมเปลี่ยนยาเก๊าท์\n",
        "ผู้ป่วย ", P(name), " HN ", HN(hn(r)), " Dx ", H("gout with tophi"), ", ", H("CKD stage 3a"), "\n",
        "ผลตรวจยีนก่อนเริ่มยา: ", ("GENETIC_DATA", r.choice(["HLA-B*58:01 positive", "HLA-B*58:01 detected (heterozygous)"])), "\n",
        "แพทย์: งด ", H("Allopurinol"), " เปลี่ยนเป็น ", H("Febuxostat 40 mg"), " วันละครั้ง\n",
        "หมายเหตุ: บุตรชาย ", P(thm(r)), " ควรตรวจ HLA ก่อนใช้ยาเช่นกัน\n",
    ]


@T("genetics")
def nipt_result_line(r: random.Random) -> list:
    name = thf(r)
    return [
        "ช่วยเขียนข้อความ LINE แจ้งผลให้คุณแม่ ไม่ให้ตกใจ\n",
        "ผลตรวจ NIPT ของ คุณ", P(name), " HN ", HN(hn(r)), " ", H(f"GA {r.randint(11, 16)} wk"), "\n",
        "- ", ("GENETIC_DATA", r.choice(["Trisomy 21: High risk", "Trisomy 18: Low risk / Trisomy 21: Low risk",
                                         "Monosomy X: High risk"])), "\n",
        "- ", ("GENETIC_DATA", r.choice(["Fetal sex: female", "Fetal sex: male"])), "\n",
        "- Fetal fraction 9.8%\n",
        "ส่งไลน์ไปที่ ", ("LINE_ID", line_id(r)), " และโทรแจ้ง ", ("PHONE_NUMBER", mobile(r)), "\n",
    ]


@T("genetics")
def thalassemia_couple_screening(r: random.Random) -> list:
    wife, husb = thf(r), thm(r)
    return [
        "สรุปผลคัดกรองธาลัสซีเมียคู่สมรสนี้ และบอกความเสี่ยงของลูก\n",
        "ภรรยา: ", P(wife), " HN ", HN(hn(r)), " Hb typing ", H("A2A Hb A2 5.6%"), " | DNA: ",
        ("GENETIC_DATA", r.choice(["β-thal trait (codon 41/42)", "α-thal 1 trait (SEA deletion)"])), "\n",
        "สามี: ", P(husb), " HN ", HN(hn(r)), " Hb typing ", H("EA Hb E 27%"), " | DNA: ",
        ("GENETIC_DATA", r.choice(["Hb E trait", "α-thal 1 trait (SEA deletion)"])), "\n",
        "ภรรยาตั้งครรภ์ ", H(f"{r.randint(8, 14)} สัปดาห์"), " คู่เสี่ยงหรือไม่\n",
    ]


@T("genetics")
def pgx_report_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Explain what this pharmacogenomic report means for the patient's current drugs:\n",
        "Patient: ", P(name), " | DOB ", ("DATE_OF_BIRTH", dob(r, "iso", 1948, 1980)), " | HN ", HN(hn(r, "plain")), "\n",
        "CYP2C19: ", ("GENETIC_DATA", "*2/*2 (poor metabolizer)"), "\n",
        "CYP2C9/VKORC1: ", ("GENETIC_DATA", r.choice(["*1/*3, -1639 AA", "*1/*1, -1639 GA"])), "\n",
        "Current meds: ", H("Clopidogrel 75 mg"), ", ", H("Warfarin 2 mg"), ", ", H("Omeprazole 20 mg"), "\n",
        "Indication: ", H(r.choice(["post-PCI (2 DES)", "AF with prior TIA"])), "\n",
    ]


@T("fertility")
def ivf_pgt_note(r: random.Random) -> list:
    wife, husb = thf(r), thm(r)
    return [
        "ช่วยเรียบเรียงสรุปรอบ IVF นี้เป็นภาษาอังกฤษ ส่งให้แพทย์ที่ต่างประเทศ\n",
        "คู่สมรส: ", P(wife), " (HN ", HN(hn(r)), ") / ", P(husb), "\n",
        "ฝ่ายหญิง: ", H(f"AMH {r.randint(5, 30) / 10:.1f} ng/mL"), ", ", H(r.choice(["PCOS", "endometriosis stage III", "tubal factor"])), "\n",
        "ฝ่ายชาย: ", H(r.choice(["oligoasthenozoospermia", "semen analysis ปกติ", "s/p varicocelectomy"])), "\n",
        "PGT-A: ", ("GENETIC_DATA", r.choice(["embryo #2 euploid 46,XX; #3 aneuploid +16", "3 ตัวอ่อน: 1 euploid, 2 aneuploid (-22, +15)"])), "\n",
        "ฝ่ายชายเป็นพาหะ ", ("GENETIC_DATA", r.choice(["SMN1 1 copy (SMA carrier)", "GJB2 c.235delC carrier"])), "\n",
    ]


@T("hospital")
def drug_allergy_card_hla(r: random.Random) -> list:
    name = thn(r)
    return [
        "ทำบัตรแพ้ยา 2 ภาษา (ไทย/อังกฤษ) จากข้อมูลนี้ ให้พอดีขนาดบัตรเครดิต\n",
        "ชื่อ ", P(name), " HN ", HN(hn(r)), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "ยาที่แพ้: ", H(r.choice(["Carbamazepine", "Phenytoin", "Co-trimoxazole"])), " อาการ ",
        H(r.choice(["SJS/TEN", "DRESS"])), " (ปี 2566)\n",
        "ผลตรวจยีน: ", ("GENETIC_DATA", r.choice(["HLA-B*15:02 positive", "HLA-B*13:01 positive"])), "\n",
        "ด้านหลังบัตร: 'โปรดแสดงบัตรนี้ทุกครั้งที่รับบริการ'\n",
    ]


@T("oncology")
def tumor_board_minutes_en(r: random.Random) -> list:
    p1, p2 = r.sample([romm(r), romf(r), " ".join(r.choice(ROMAN_M[6:])), " ".join(r.choice(ROMAN_F[6:]))], 2)
    return [
        "จัดบันทึก tumour board นี้เป็นตาราง (ผู้ป่วย, ผลตรวจ, มติ) ภาษาอังกฤษ:\n",
        "1) ", P(p1), ", MRN ", HN(hn(r, "plain7")), " - ", H("NSCLC adenocarcinoma stage IVA"), "; ",
        ("GENETIC_DATA", (mut := alt(r, ("EGFR exon 19 deletion", "Osimertinib 80 mg"), ("ALK rearrangement", "Alectinib 600 mg bid")))[0]),
        "; decision: ", H(mut[1]), ".\n",
        "2) ", P(p2), ", MRN ", HN(hn(r, "plain7")), " - ", H("CA colon stage III s/p right hemicolectomy"), "; ",
        ("GENETIC_DATA", r.choice(["MSI-high, MLH1 germline variant", "KRAS G12D, MSS"])),
        "; decision: ", H("adjuvant CAPOX x 8"), "; refer ", P(p2.split()[0]), "'s siblings for genetic counselling.\n",
        "Presenter: Dr. ", P(doc_en(r)), "\n",
    ]


@T("genetics")
def huntington_pedigree_note(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยวาด pedigree (บรรยายเป็นข้อความ) จากประวัตินี้\n",
        "Proband: ", P(name), " อายุ ", str(r.randint(32, 45)), " HN ", HN(hn(r)), "\n",
        "อาการ: ", H("chorea, irritability"), " 2 ปี\n",
        "ผลตรวจ: ", ("GENETIC_DATA", f"HTT CAG repeat {r.randint(41, 48)}/17"), "\n",
        "บิดา (อายุ 68) ", H("มีอาการคล้ายกันตั้งแต่อายุ 50"), " ยังไม่ได้ตรวจ\n",
        "พี่สาว ", P(thf(r)), " ", H("ไม่มีอาการ"), " ต้องการตรวจยีนก่อนแต่งงาน\n",
        "น้องชายเป็น", H("โรคลมชัก"), " (น่าจะไม่เกี่ยว)\n",
    ]


# ----------------------------------------------------------------------------------------------
# Biometrics
# ----------------------------------------------------------------------------------------------
def _vec(r: random.Random, n: int = 6) -> str:
    return "[" + ", ".join(f"{r.uniform(-0.5, 0.5):.4f}" for _ in range(n)) + ", ...]"


def _b64(r: random.Random, n: int = 28) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(r.choice(alphabet) for _ in range(n)) + "=="


@T("hospital")
def face_kiosk_checkin_json_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Our self check-in kiosk rejected this patient. Read the payload and tell me why:\n",
        '{"kiosk": "OPD-3F-02", "hn": "', HN(hn(r, "plain")), '", "name": "', P(name), '",\n',
        ' "id_card_no": "', ("TH_NATIONAL_ID", nid(r, "plain")), '",\n',
        ' "face_embedding": "', ("BIOMETRIC_DATA", _vec(r)), '",\n',
        ' "match_score": ', ("BIOMETRIC_DATA", f"{r.uniform(0.41, 0.58):.3f}"), ', "threshold": 0.62,\n',
        ' "clinic": "', H(r.choice(["Hemodialysis", "Oncology infusion", "Psychiatry"])), '", "status": "REJECTED"}',
    ]


@T("insurance")
def sso_fingerprint_verify(r: random.Random) -> list:
    name = thm(r)
    return [
        "ระบบยืนยันสิทธิประกันสังคมด้วยลายนิ้วมือ error บ่อย ช่วยอ่าน log ให้หน่อย\n",
        "[", visit_date(r), " 08:14:22] verify start pid=", ("TH_NATIONAL_ID", nid(r, "plain")), " name=", P(name), "\n",
        "[08:14:25] finger=R-index template=", ("BIOMETRIC_DATA", _b64(r)), "\n",
        "[08:14:26] match result=", ("BIOMETRIC_DATA", f"NO_MATCH score={r.randint(18, 39)}"), " (min 40)\n",
        "[08:14:40] retry finger=L-index result=", ("BIOMETRIC_DATA", f"MATCH score={r.randint(55, 88)}"), "\n",
        "[08:14:41] visit type=", H(r.choice(["ทันตกรรม", "ผ่าตัดต้อกระจก", "ฟอกไต"])), " approved\n",
    ]


@T("telemedicine")
def telemed_ekyc_liveness(r: random.Random) -> list:
    name = thf(r)
    return [
        "ช่วยเขียน root cause สั้นๆ ว่าทำไม eKYC ผู้ใช้รายนี้ไม่ผ่าน (แอปปรึกษาแพทย์ออนไลน์)\n",
        "user: ", P(name), " | เบอร์ ", ("PHONE_NUMBER", mobile(r)), " | บัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "ip: ", ("IP_ADDRESS", ipv4(r)), " | device: iPhone 13\n",
        "liveness: ", ("BIOMETRIC_DATA", f"passive liveness score {r.uniform(0.2, 0.45):.2f}"), " (fail)\n",
        "face vs ID photo: ", ("BIOMETRIC_DATA", f"similarity {r.uniform(0.55, 0.7):.2f}"), "\n",
        "หมายเหตุ: ผู้ใช้แจ้งว่า", H(r.choice(["เพิ่งผ่าตัดตาสองชั้น ตายังบวม", "มีอัมพาตใบหน้าซีกขวา (Bell's palsy)"])), "\n",
    ]


@T("insurance")
def tpa_voiceprint_enrolment(r: random.Random) -> list:
    name = thn(r)
    return [
        "สรุปบันทึกการโทรนี้ และบอกว่าขั้นตอน consent ถูกต้องไหม\n",
        "Call center TPA | ", visit_date(r), " | ผู้โทร: ", P(name), " โทรจาก ", ("PHONE_NUMBER", mobile(r)), "\n",
        "เจ้าหน้าที่: ขออนุญาตบันทึกเสียงเพื่อสร้าง voice ID ค่ะ\nผู้โทร: ได้ครับ\n",
        "ระบบ: ", ("BIOMETRIC_DATA", f"voiceprint enrolled, vp_id=VP{r.randint(100000, 999999)}, quality {r.randint(70, 95)}"), "\n",
        "ผู้โทร: อยากถามเรื่องเคลมค่า", H(r.choice(["ผ่าตัดไส้ติ่ง", "MRI หลัง", "กายภาพบำบัดเข่า"])), "ครับ\n",
    ]


@T("ngo_clinic")
def border_clinic_iris_registration(r: random.Random) -> list:
    name = r.choice(KAREN_TH)
    return [
        "ช่วยแปลบันทึกลงทะเบียนผู้ป่วยนี้เป็นภาษาอังกฤษสำหรับรายงานผู้ให้ทุน\n",
        "คลินิกชายแดน อ.แม่สอด | ผู้ป่วย ", P(name), " เชื้อชาติ ", ("ETHNICITY", "กะเหรี่ยง"),
        " ไม่มีบัตรประชาชน\n",
        "ลงทะเบียนด้วย ", ("BIOMETRIC_DATA", f"iris code IR-{r.randint(10000, 99999)} (ตาขวา)"), "\n",
        "อาการ: ", H(r.choice(["ไข้หนาวสั่น 3 วัน", "ไอเรื้อรัง 1 เดือน น้ำหนักลด", "ท้องเสีย ขาดน้ำ"])), "\n",
        "ผล: ", H(r.choice(["Malaria P. falciparum positive", "AFB sputum 2+", "Severe dehydration"])), "\n",
        "ติดต่อผ่านญาติ: ", ("PHONE_NUMBER", foreign_phone(r, "mm")), "\n",
    ]


@T("aesthetic")
def aesthetic_3d_face_scan(r: random.Random) -> list:
    name = thf(r)
    return [
        "ช่วยแปลค่าสแกนใบหน้านี้เป็นคำแนะนำการฉีดฟิลเลอร์ (ไม่ต้องบอกชื่อคนไข้ในคำตอบ)\n",
        "ลูกค้า: ", P(name), " | สมาชิก VIP | โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "3D face scan: ", ("BIOMETRIC_DATA", f"intercanthal {r.randint(29, 35)} mm, nasal bridge angle {r.randint(118, 135)}°, "
                           f"facial width/height {r.randint(78, 92) / 100:.2f}, mesh_id FS-{r.randint(1000, 9999)}"), "\n",
        "ประวัติ: ", H(r.choice(["เคยเสริมจมูกซิลิโคน 2 ครั้ง", "เคยฉีดฟิลเลอร์ปลอมแล้วติดเชื้อ"])), "\n",
    ]


@T("hr_hospital")
def staff_fingerprint_timeclock(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(thn(r)), ",", f"N{r.randint(1000, 9999)}", ",", ("BIOMETRIC_DATA", f"FP:{_b64(r, 16)}"), ",",
                 f"{r.randint(6, 8):02d}:{r.randint(0, 59):02d}\n"]
    return [
        "เขียน SQL สำหรับหาพยาบาลที่สแกนนิ้วสายเกิน 3 ครั้ง/เดือน จากตัวอย่างข้อมูลนี้\n",
        "name,emp_code,fp_template,scan_in\n", rows,
    ]


@T("hospital")
def newborn_footprint_record(r: random.Random) -> list:
    mom = thf(r)
    return [
        "ช่วยตรวจว่าข้อมูลใบบันทึกแรกเกิดนี้ครบตามแบบฟอร์ม ทร.1/1 หรือยัง\n",
        "มารดา: นาง", P(mom), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), " HN ", HN(hn(r)), "\n",
        "ทารก: ", r.choice(["เพศหญิง", "เพศชาย"]), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_short", 2025, 2025)),
        " เวลา ", f"{r.randint(0, 23):02d}.{r.randint(0, 59):02d}", " น. HN ทารก ", HN(hn(r)), "\n",
        "น้ำหนัก ", H(f"{r.randint(2300, 3900)} g"), " ", H(r.choice(["Apgar 9,10", "Apgar 6,8 - ใส่ O2 box"])), "\n",
        "พิมพ์ลายเท้าทารก: ", ("BIOMETRIC_DATA", f"footprint scan FPR-{r.randint(100000, 999999)}.png"),
        " + ", ("BIOMETRIC_DATA", f"ลายนิ้วหัวแม่มือมารดา TPR-{r.randint(100000, 999999)}.png"), "\n",
        "ที่อยู่มารดา: ", ("ADDRESS", addr(r)), "\n",
    ]


# ----------------------------------------------------------------------------------------------
# Religion and ethnicity in care
# ----------------------------------------------------------------------------------------------
@T("hospital")
def registration_card_ocr(r: random.Random) -> list:
    name = thn(r)
    rel = r.choice([("พุทธ", "ไทย"), ("อิสลาม", "ไทย"), ("คริสต์", "ไทย"), ("พุทธ", "จีน")])
    return [
        "ข้อความ OCR จากบัตรประวัติผู้ป่วยใหม่ ช่วยจัดเป็น JSON ตาม schema ของ HIS\n",
        "ชื่อ-สกุล ", P(name), "   วัน/เดือน/ปีเกิด ", ("DATE_OF_BIRTH", dob(r, "slash_be")), "\n",
        "เลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r, "space")), "\n",
        "เชื้อชาติ ", ("ETHNICITY", rel[1]), "  สัญชาติ ไทย  ศาสนา ", ("RELIGION", rel[0]), "\n",
        "ที่อยู่ ", ("ADDRESS", addr(r)), "\n",
        "โทรศัพท์ ", ("PHONE_NUMBER", mobile(r)), "  สิทธิการรักษา ", r.choice(["ประกันสังคม", "บัตรทอง", "ข้าราชการ"]), "\n",
        "ประวัติแพ้ยา ", H(r.choice(["ปฏิเสธ", "Aspirin", "Amoxicillin"])), "   หมู่เลือด ", H(r.choice(["O Rh+", "B Rh+", "AB Rh-"])), "\n",
        "HN ", HN(hn(r)), "\n",
    ]


@T("hospital")
def jw_blood_refusal_consent(r: random.Random) -> list:
    name = thf(r)
    return [
        "ช่วยเขียนบันทึกเวชระเบียนเรื่องการปฏิเสธเลือด ให้รัดกุมทางกฎหมาย\n",
        "ผู้ป่วย นาง", P(name), " HN ", HN(hn(r)), " อายุ ", str(r.randint(26, 44)), " ปี\n",
        "Dx: ", H(r.choice(["Ruptured ectopic pregnancy", "Severe anemia Hb 5.8 from menorrhagia", "Myoma uteri ก่อนผ่าตัด"])), "\n",
        "ผู้ป่วย", ("RELIGION", "นับถือพยานพระยะโฮวา"), " แจ้งชัดเจนว่าไม่รับเลือดและส่วนประกอบของเลือด ",
        "ยอมรับ ", H("IV iron + EPO"), "\n",
        "พยาน: สามี คุณ", P(thm(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
    ]


@T("hospital")
def ramadan_insulin_adjust(r: random.Random) -> list:
    name = r.choice(MALAY_TH)
    return [
        "ช่วยแนะนำการปรับยาเบาหวานช่วงถือศีลอดสำหรับคนไข้รายนี้ (ให้แพทย์ตัดสินใจเอง)\n",
        "ผู้ป่วย ", P(name), " HN ", HN(hn(r)), " ", ("RELIGION", "มุสลิม"), " ",
        ("RELIGION", "จะถือศีลอดเดือนรอมฎอน"), "ทั้งเดือน\n",
        "Dx: ", H("T2DM"), ", ", H(f"HbA1c {r.randint(72, 95) / 10:.1f}%"), ", ", H("เคย hypoglycemia ปีที่แล้ว"), "\n",
        "ยา: ", H("Glipizide 5 mg"), " 1x2, ", H("Metformin 1000 mg"), " 1x2, ", H("Insulin NPH"), " 16 u hs\n",
    ]


@T("hospital")
def monk_patient_note(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยวางแผนอาหารสำหรับผู้ป่วยที่ฉันได้วันละ 2 มื้อ ก่อนเที่ยง\n",
        "ผู้ป่วย", ("RELIGION", "เป็นพระภิกษุ"), " (ฉายา ", r.choice(["ธมฺมวโร", "ปญฺญาวุโธ", "จนฺทโชโต"]),
        ") นามเดิม ", P(name), " จำวัดที่วัด", r.choice(["ป่าสันติธรรม", "โพธิ์ทอง", "ศรีสุมังคล์"]), "\n",
        "HN ", HN(hn(r)), " Dx: ", H("DM type 2"), ", ", H("CKD 3b"), ", ", H("BMI 31"), "\n",
        "ได้รับอาหารบิณฑบาตที่มีแป้งและน้ำตาลสูง ", H(r.choice(["FBS 210", "FBS 188"])), "\n",
    ]


@T("hospital")
def halal_renal_diet_order_en(r: random.Random) -> list:
    name = r.choice(GULF)
    return [
        "Write a 3-day menu the kitchen can follow for this inpatient:\n",
        "Patient: ", P(name), ", Room 1208, HN ", HN(hn(r, "plain7")), "\n",
        "Religion: ", ("RELIGION", "Muslim"), " - halal only, no pork or alcohol in cooking\n",
        "Diagnosis: ", H(r.choice(["CKD stage 4", "ESRD on HD 3x/week"])), ", ", H("type 2 diabetes"), "\n",
        "Restrictions: ", H("K < 2 g/day"), ", ", H("fluid 1 L/day"), "\n",
        "Interpreter: Arabic, via family member ", P(r.choice(GULF)), " (", ("PHONE_NUMBER", foreign_phone(r, "ae")), ")\n",
    ]


@T("hospital")
def hmong_patient_interpreter(r: random.Random) -> list:
    name = r.choice(HMONG_TH)
    return [
        "ช่วยเขียนใบขอล่ามภาษาม้ง และสรุปอาการที่ต้องแปล\n",
        "ผู้ป่วย ", P(name), " ", ("ETHNICITY", "ชาวม้ง"), " อายุ ", str(r.randint(40, 70)), " ปี ",
        "ถือบัตรบุคคลบนพื้นที่สูง เลขประจำตัว ", ("TH_NATIONAL_ID", nid(r, "dash", "6")), "\n",
        "ที่อยู่ ", ("ADDRESS", addr(r, area=14)), "\n",
        "อาการ: ", H(r.choice(["ปวดท้องเรื้อรัง อาเจียนเป็นเลือด", "ตัวเหลือง ตาเหลือง ท้องโต", "ไอเป็นเลือด"])), "\n",
        "ลูกชายแจ้งว่าผู้ป่วย", H(r.choice(["สูบฝิ่นมา 20 ปี", "ดื่มเหล้าขาวทุกวัน"])), "\n",
    ]


@T("occupational_health")
def migrant_worker_checkup_en(r: random.Random) -> list:
    name = r.choice(MYANMAR)
    return [
        "Fill the employer's summary table from this pre-employment exam (fit/unfit + reason):\n",
        "Name: ", P(name), "  Passport: ", ("TH_PASSPORT", passport(r, "mm")), "  DOB: ",
        ("DATE_OF_BIRTH", dob(r, "slash_ce", 1985, 2003)), "\n",
        "Ethnicity (self-reported): ", ("ETHNICITY", r.choice(["Mon", "Shan", "Karen", "Rakhine"])), "\n",
        "CXR: ", H(r.choice(["normal", "RUL infiltration, suspected TB"])), " | Stool: ", H(r.choice(["negative", "hookworm ova"])),
        " | VDRL: ", H("non-reactive"), " | Amphetamine urine: ", H(r.choice(["negative", "positive"])), "\n",
        "Employer: ", r.choice(["Samut Sakhon Seafood Co., Ltd.", "Eastern Garment Co., Ltd."]), " reg. no. ",
        ("TH_JURISTIC_ID", juristic(r)), "\n",
    ]


@T("ngo_clinic")
def rohingya_referral_en(r: random.Random) -> list:
    name = r.choice(ROHINGYA)
    return [
        "Please shorten this referral to the district hospital to one paragraph:\n",
        "Referral from mobile clinic, Ranong. ", P(name), ", ", ("ETHNICITY", "Rohingya"), ", ",
        str(r.randint(20, 55)), " y/o, no documents. ",
        H(r.choice(["G3P2 at 34 weeks with severe pre-eclampsia (BP 170/112)", "non-healing leg ulcer with osteomyelitis",
                    "severe acute malnutrition with oedema"])), ". ",
        H(r.choice(["NKDA", "allergic to sulfa"])), ". Speaks Rohingya only; interpreter ", P(r.choice(ROHINGYA)),
        " reachable at ", ("PHONE_NUMBER", mobile(r, "intl")), ".",
    ]


@T("hospital")
def malay_yawi_interpreter(r: random.Random) -> list:
    name = r.choice(MALAY_TH)
    return [
        "ช่วยเตรียมคำถามซักประวัติเป็นภาษามลายูถิ่นให้ล่าม\n",
        "ผู้ป่วย ", P(name), " ", ("ETHNICITY", "เชื้อสายมลายู"), " ", ("RELIGION", "นับถือศาสนาอิสลาม"),
        " พูดไทยไม่ได้ HN ", HN(hn(r)), "\n",
        "ที่อยู่ ", ("ADDRESS", addr(r, area=12)), "\n",
        "อาการ: ", H(r.choice(["ไข้ ผื่น ตาแดง 4 วัน (สงสัยหัด)", "ไอเรื้อรัง เหงื่อออกกลางคืน", "เจ็บครรภ์ก่อนกำหนด 32 สัปดาห์"])), "\n",
        "ต้องการแพทย์หญิงตรวจ\n",
    ]


# ----------------------------------------------------------------------------------------------
# Criminal records in care
# ----------------------------------------------------------------------------------------------
@T("hospital")
def prisoner_patient_transfer(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยร่างหนังสือแจ้งเรือนจำเรื่องนัดติดตามอาการ\n",
        "ผู้ป่วย ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), " HN ", HN(hn(r)), "\n",
        "สถานะ: ", ("CRIMINAL_RECORD", r.choice(["ผู้ต้องขังคดียาเสพติด เรือนจำกลาง", "นักโทษเด็ดขาดคดีลักทรัพย์ โทษจำคุก 3 ปี",
                                             "ผู้ต้องขังระหว่างพิจารณาคดีทำร้ายร่างกาย"])), "\n",
        "มาด้วย: ", H(r.choice(["ไอเป็นเลือด น้ำหนักลด", "ปวดท้อง ถ่ายดำ", "แผลติดเชื้อที่ขา"])), "\n",
        "Dx: ", H(r.choice(["Pulmonary TB, sputum AFB 3+", "UGIB from PU", "Cellulitis Rt leg"])), "\n",
        "ผู้คุม: ", P(thm(r)), " (ควบคุมตัวตลอดการรักษา)\n",
    ]


@T("hospital")
def methadone_court_order(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยเขียนรายงานความก้าวหน้าการบำบัดส่งศาล (ภาษาทางการ)\n",
        "ผู้เข้ารับการบำบัด ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        ("CRIMINAL_RECORD", r.choice(["ถูกจับกุมคดีครอบครองเฮโรอีน", "ต้องคำพิพากษาคดีเสพเมทแอมเฟตามีน"])), " ",
        ("CRIMINAL_RECORD", "ศาลมีคำสั่งให้เข้ารับการบำบัดแทนการลงโทษ"), "\n",
        "Dx: ", H(r.choice(["Opioid use disorder, severe", "Methamphetamine use disorder"])), "\n",
        "การรักษา: ", H(r.choice(["Methadone 60 mg/day", "CBT 12 ครั้ง"])), " ผลตรวจปัสสาวะล่าสุด ",
        H(r.choice(["negative", "positive morphine"])), "\n",
        "ผู้ให้การบำบัด: ", P(thf(r)), "\n",
    ]


@T("hospital")
def dui_er_note_en(r: random.Random) -> list:
    name = romm(r)
    return [
        "Write the police-request medical report from this ER note, factual only:\n",
        "Pt ", P(name), ", MRN ", HN(hn(r, "dash")), ", DOB ", ("DATE_OF_BIRTH", dob(r, "en", 1975, 2000)), ". ",
        "Driver in single-vehicle crash at 02:30. ", H(f"BAC {r.randint(120, 260)} mg/dL"), ". ",
        H(r.choice(["Scalp laceration 4 cm", "Fx Lt 5-7 ribs", "Splenic injury grade II"])), ". ",
        H("GCS 14"), ". Per police, ", ("CRIMINAL_RECORD", r.choice(["previous DUI conviction in 2022",
                                                               "licence suspended after a 2021 drink-driving conviction"])), ". ",
        "Car plate ", ("TH_VEHICLE_PLATE", plate(r)), ".",
    ]


@T("hr_hospital")
def nurse_applicant_background(r: random.Random) -> list:
    name = thf(r)
    return [
        "ช่วยสรุปผลตรวจสุขภาพและประวัติผู้สมัครตำแหน่งพยาบาล เพื่อเสนอกรรมการ\n",
        "ผู้สมัคร: ", P(name), " วันเกิด ", ("DATE_OF_BIRTH", dob(r, "th_long", 1990, 2001)),
        " อีเมล ", ("EMAIL_ADDRESS", email(r)), "\n",
        "ผลตรวจสุขภาพ: ", H("Anti-HBs positive"), ", ", H("CXR ปกติ"), ", ", H(r.choice(["สายตาสั้น -3.00", "ตาบอดสีบางส่วน"])), "\n",
        "ตรวจสอบประวัติอาชญากรรม: ", ("CRIMINAL_RECORD", r.choice(["เคยต้องคำพิพากษาจำคุก 6 เดือน รอลงอาญา คดีขับรถประมาท",
                                                                    "มีประวัติถูกปรับคดีพนัน ปี 2563"])), "\n",
    ]


@T("mental_health")
def involuntary_psych_admission(r: random.Random) -> list:
    name = thm(r)
    return [
        "สรุปเหตุผลการรับไว้รักษาโดยไม่สมัครใจ ตาม พ.ร.บ.สุขภาพจิต ให้กระชับ\n",
        "ผู้ป่วย ", P(name), " อายุ ", str(r.randint(20, 50)), " HN ", HN(hn(r)), "\n",
        "ตำรวจนำส่งหลัง", ("CRIMINAL_RECORD", r.choice(["ถูกแจ้งข้อหาทำร้ายร่างกายมารดา", "ถูกจับกุมข้อหาบุกรุกและทำลายทรัพย์"])), "\n",
        "อาการ: ", H("หูแว่ว หวาดระแวง"), " ", H("ไม่นอน 5 วัน"), ", ", H(r.choice(["ใช้ยาบ้า", "ดื่มสุราหนัก"])), "\n",
        "Dx: ", H(r.choice(["Methamphetamine-induced psychosis", "Schizophrenia, acute exacerbation"])), "\n",
        "ญาติ: พี่สาว ", P(thf(r)), " ", ("PHONE_NUMBER", mobile(r)), "\n",
    ]


@T("hospital")
def alcohol_rehab_intake_en(r: random.Random) -> list:
    name = r.choice(EXPATS)
    return [
        "Turn this intake into a structured summary (substance, risks, legal, plan):\n",
        "Client ", P(name), ", passport ", ("TH_PASSPORT", passport(r, "other")), ", email ",
        ("EMAIL_ADDRESS", email(r, name)), ".\n",
        "Substance: ", H("alcohol use disorder, severe"), "; ", H("withdrawal seizure 2024"), ".\n",
        "Legal: ", ("CRIMINAL_RECORD", r.choice(["two DUI convictions in the UK", "served 4 months for assault in 2019",
                                                 "on probation after a drunk-driving conviction"])), ".\n",
        "Medical: ", H(r.choice(["fatty liver, GGT 410", "alcoholic cirrhosis Child A", "peripheral neuropathy"])), ".\n",
        "Plan: 28-day residential programme, ", H("Naltrexone 50 mg"), ".\n",
    ]


# ----------------------------------------------------------------------------------------------
# Trade unions and political opinions in care
# ----------------------------------------------------------------------------------------------
@T("occupational_health")
def union_occupational_injury(r: random.Random) -> list:
    name = thm(r)
    return [
        "ร่างรายงานการบาดเจ็บจากการทำงาน (กท.16) จากข้อมูลนี้\n",
        "ลูกจ้าง ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "นายจ้าง บริษัท ", r.choice(["ไทยสตีลเวิร์ค", "ระยองปิโตรเคม", "อยุธยาออโต้พาร์ท"]), " จำกัด (",
        ("TH_JURISTIC_ID", juristic(r)), ")\n",
        "การบาดเจ็บ: ", H(r.choice(["นิ้วชี้ขวาขาดจากเครื่องปั๊ม", "แผลไหม้สารเคมีที่แขน 2nd degree 8%", "หลังเคล็ด HNP L5-S1"])), "\n",
        "ผู้พามาส่ง: คุณ", P(thm(r)), " ", ("TRADE_UNION", "ประธานสหภาพแรงงานของบริษัท"), " แจ้งว่าจะยื่นเรื่องต่อกองทุนเงินทดแทน\n",
        "ผู้บาดเจ็บเองก็", ("TRADE_UNION", "เป็นสมาชิกสหภาพฯ"), "\n",
    ]


@T("hospital")
def nurse_union_sick_leave(r: random.Random) -> list:
    name = thf(r)
    return [
        "ช่วยร่างหนังสือลาป่วยถึงหัวหน้าฝ่ายการพยาบาล ภาษาทางการ\n",
        "ข้าพเจ้า ", P(name), " พยาบาลวิชาชีพ หอผู้ป่วยอายุรกรรมหญิง ",
        ("TRADE_UNION", r.choice(["กรรมการสหภาพพยาบาล", "สมาชิกสหภาพแรงงานพยาบาลและบุคลากรสุขภาพ"])), "\n",
        "ป่วยเป็น ", H(r.choice(["ไข้หวัดใหญ่ชนิด A", "กระเพาะอาหารอักเสบ", "ภาวะเครียดสะสม (burnout)"])),
        " แพทย์ให้พัก ", str(r.randint(2, 7)), " วัน\n",
        "ขอแจ้งว่าการลาครั้งนี้ไม่เกี่ยวกับการประชุมสหภาพฯ วันที่ ", visit_date(r), "\n",
    ]


@T("insurance")
def workers_comp_claim_en(r: random.Random) -> list:
    name = romm(r)
    return [
        "Check this workers' compensation claim for inconsistencies:\n",
        "Claimant: ", P(name), ", DOB ", ("DATE_OF_BIRTH", dob(r, "en", 1970, 1998)), ".\n",
        "Injury: ", H(r.choice(["crush injury Lt hand, 2 fingers amputated", "fall from scaffold, Fx L1 compression",
                                "noise-induced hearing loss, bilateral 45 dB"])), ".\n",
        "Representative: claimant is ", ("TRADE_UNION", r.choice(["a member of the Eastern Seaboard Metal Workers' Union",
                                                                 "the union's health and safety officer"])),
        "; union legal adviser ", P(romf(r)), " attended the hearing.\n",
        "Pay compensation to ", r.choice(BANKS_EN), " account ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), ".\n",
    ]


@T("hr_hospital")
def hospital_union_grievance(r: random.Random) -> list:
    name = thm(r)
    return [
        "HR ขอให้ AI สรุปข้อเท็จจริงของเรื่องร้องทุกข์นี้ เป็นกลาง ไม่ชี้ผิดถูก\n",
        "ผู้ร้อง: ", P(name), " พนักงานเปล ", ("TRADE_UNION", "เลขาธิการสหภาพแรงงานโรงพยาบาล"), "\n",
        "เรื่อง: ถูกย้ายแผนกหลังนำสมาชิกยื่นข้อเรียกร้องค่าเวร\n",
        "ข้อมูลประกอบ: ผู้ร้อง", H(r.choice(["มีโรคหมอนรองกระดูกทับเส้นประสาท ยกของหนักไม่ได้", "เป็นโรคหอบหืด"])),
        " มีใบรับรองแพทย์แล้ว\n",
        "ติดต่อ: ", ("PHONE_NUMBER", mobile(r)), " / ", ("LINE_ID", line_id(r)), "\n",
    ]


@T("clinic")
def sso_clinic_union_delegation(r: random.Random) -> list:
    n1, n2 = thm(r), thf(r)
    return [
        "ช่วยสรุปบันทึกการประชุมระหว่างคลินิกประกันสังคมกับตัวแทนลูกจ้าง\n",
        "ผู้เข้าร่วม: ", P(n1), " (", ("TRADE_UNION", "ประธานสหภาพแรงงานสิ่งทอ"), "), ", P(n2), " (",
        ("TRADE_UNION", "เหรัญญิกสหภาพฯ"), ")\n",
        "ประเด็น: สมาชิก ", str(r.randint(20, 60)), " ราย มีอาการระคายเคืองทางเดินหายใจจากฝุ่นฝ้าย\n",
        "คุณ", P(n2.split()[0]), "เอง", H("ได้รับการวินิจฉัย byssinosis เมื่อปีที่แล้ว"), "\n",
        "ขอให้คลินิกออกใบรับรองแพทย์ให้สมาชิกเป็นรายคน\n",
    ]


@T("hospital")
def protest_injury_er(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยเขียนรายงานแพทย์ (ใบ ปจว.) จากบันทึกนี้ เฉพาะข้อเท็จจริงทางการแพทย์\n",
        "ผู้ป่วย ", P(name), " อายุ ", str(r.randint(19, 30)), " ปี HN ", HN(hn(r)), " เบอร์ ", ("PHONE_NUMBER", mobile(r)), "\n",
        "ให้ประวัติว่า", ("POLITICAL_OPINION", r.choice(["ไปร่วมชุมนุมเรียกร้องประชาธิปไตยที่แยกราชประสงค์",
                                                       "เป็นการ์ดของกลุ่มผู้ชุมนุมต่อต้านรัฐบาล"])), "\n",
        "บาดแผล: ", H(r.choice(["แผลกระสุนยางที่ต้นขาซ้าย 2 ซม.", "ตาขวาบวมจากแก๊สน้ำตา ", "Fx Rt ulna"]).strip()), ", ",
        H("สำลักแก๊สน้ำตา SpO2 93%"), "\n",
    ]


@T("mental_health")
def counselling_political_stress(r: random.Random) -> list:
    name = thf(r)
    return [
        "สรุปประเด็นสำคัญจากบันทึกนี้สำหรับ case conference (ตัดรายละเอียดที่ไม่จำเป็น)\n",
        "ผู้รับบริการ ", P(name), " อายุ ", str(r.randint(22, 35)), "\n",
        "ปัญหา: ", H("วิตกกังวล นอนไม่หลับ"), " หลังถูกเพื่อนร่วมงานล้อเรื่อง", ("POLITICAL_OPINION",
        r.choice(["สนับสนุนพรรคประชาชน", "เป็นสมาชิกพรรคเพื่อไทย", "ออกมาวิจารณ์การรัฐประหารในเฟซบุ๊ก"])), "\n",
        "พ่อเป็น", ("POLITICAL_OPINION", r.choice(["แกนนำเสื้อเหลืองในจังหวัด", "หัวคะแนนพรรครัฐบาล"])), " ทะเลาะกันบ่อย\n",
        "ประเมิน: ", H(f"GAD-7 {r.randint(10, 17)}"), ", ", H("ไม่มีความคิดฆ่าตัวตาย"), "\n",
    ]


@T("ngo_clinic")
def asylum_medical_report_en(r: random.Random) -> list:
    name = r.choice(MYANMAR)
    return [
        "Edit this medico-legal report for a UNHCR submission; keep clinical terms precise.\n",
        "Examinee: ", P(name), ", passport ", ("TH_PASSPORT", passport(r, "mm")), ".\n",
        "History: states he ", ("POLITICAL_OPINION", r.choice(["was an NLD youth organiser", "joined the Civil Disobedience Movement",
                                                                  "organised anti-junta strikes in Mandalay"])),
        " and was detained for 3 months in 2022.\n",
        "Findings: ", H(r.choice(["linear scars on back consistent with whipping", "healed Fx Rt 4th-5th metacarpals"])), "; ",
        H("PTSD (PCL-5 score 52)"), "; ", H("chronic low back pain"), ".\n",
        "Examined by Dr. ", P(doc_en(r)), ".\n",
    ]


@T("telemedicine")
def line_chat_patient_politics(r: random.Random) -> list:
    name = thm(r)
    return [
        "ข้อความนี้ควรตอบยังไงให้สุภาพและไม่เข้าข้างฝ่ายไหน (แชทคลินิกโรคหัวใจ)\n",
        "คนไข้ (", P(name), "): หมอครับ ", H("ความดันผมขึ้น 170"), " ตั้งแต่ดูข่าวยุบพรรค ",
        ("POLITICAL_OPINION", r.choice(["ผมเลือกพรรคก้าวไกลมาตลอด", "ผมเป็นสมาชิกพรรคฝ่ายค้านมา 10 ปี", "ผมสนับสนุนรัฐบาลชุดนี้"])),
        " เครียดมาก ", H("ยา Amlodipine"), " เพิ่มได้ไหม\n",
        "คนไข้: เบอร์ผม ", ("PHONE_NUMBER", mobile(r)), " โทรกลับได้เลย\n",
    ]


@T("hr_hospital")
def nurse_social_media_complaint(r: random.Random) -> list:
    name = thf(r)
    return [
        "HR: ช่วยแยกข้อเท็จจริงกับความเห็นในเรื่องร้องเรียนนี้\n",
        "ผู้ถูกร้องเรียน: พยาบาล ", P(name), " อีเมล ", ("EMAIL_ADDRESS", email(r)), "\n",
        "ผู้ร้องแนบภาพโพสต์ที่เธอ", ("POLITICAL_OPINION", r.choice(["ประกาศสนับสนุนการแก้ไข ม.112", "เชิญชวนไปชุมนุมขับไล่รัฐบาล"])),
        " และระบุว่าลาป่วยวันนั้น\n",
        "ตรวจสอบแล้ว ลาป่วยจริง ใบรับรองแพทย์ระบุ ", H(r.choice(["Acute gastroenteritis", "Migraine"])), "\n",
    ]


# ----------------------------------------------------------------------------------------------
# Disability
# ----------------------------------------------------------------------------------------------
@T("hospital")
def disability_certificate_request(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยกรอกร่างเอกสารรับรองความพิการ (สำหรับยื่นขอบัตรคนพิการ) จากข้อมูลนี้\n",
        "ชื่อ ", P(name), " เลขบัตรประชาชน ", ("TH_NATIONAL_ID", nid(r)), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_long")), "\n",
        "ที่อยู่ตามทะเบียนบ้าน ", ("ADDRESS", addr(r)), "\n",
        "ประเภทความพิการ: ", ("DISABILITY", r.choice(["ความพิการทางการเคลื่อนไหวหรือทางร่างกาย", "ความพิการทางการมองเห็น (ตาบอด)",
                                                   "ความพิการทางการได้ยินหรือสื่อความหมาย"])), "\n",
        "สาเหตุ: ", H(r.choice(["ขาขวาถูกตัดระดับเหนือเข่าจากอุบัติเหตุ", "ต้อหินระยะสุดท้ายทั้งสองข้าง", "หูหนวกแต่กำเนิด"])), "\n",
        "แพทย์ผู้ตรวจ: นพ.", P(doc_th(r)), "\n",
    ]


@T("hospital")
def wheelchair_transport_booking_en(r: random.Random) -> list:
    name = r.choice(EXPATS)
    return [
        "Create a booking confirmation message from this request:\n",
        "Passenger: ", P(name), " | Mobile ", ("PHONE_NUMBER", mobile(r, "intl")), "\n",
        "Pickup: ", ("ADDRESS", addr(r, en=True)), " -> hospital, dialysis unit, 3x weekly\n",
        "Needs: ", ("DISABILITY", r.choice(["full-time wheelchair user (T10 paraplegia)", "bilateral below-knee amputee",
                                            "registered blind, uses a guide dog"])), "; ",
        H("on haemodialysis Mon/Wed/Fri"), ".\n",
        "Carer: ", P(r.choice(EXPATS)), ".\n",
    ]


@T("hospital")
def deaf_patient_line_booking(r: random.Random) -> list:
    name = thf(r)
    return [
        "ช่วยตอบแชทนี้แบบข้อความสั้นๆ อ่านง่าย (ผู้ป่วยหูหนวก)\n",
        "ผู้ป่วย: สวัสดีค่ะ ฉัน", ("DISABILITY", r.choice(["หูหนวก", "เป็นคนหูหนวกใช้ภาษามือ"])),
        " โทรไม่ได้ ขอนัดผ่านไลน์นะคะ ชื่อ ", P(name), " HN ", HN(hn(r)), "\n",
        "ผู้ป่วย: นัด", H(r.choice(["ตรวจเต้านม ตรวจพบก้อน", "ติดตามผลไทรอยด์", "ฝากครรภ์ 20 สัปดาห์"])),
        " ขอล่ามภาษามือด้วยค่ะ ไลน์ ", ("LINE_ID", line_id(r)), "\n",
    ]


@T("rehab")
def stroke_rehab_discharge_plan(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยทำแผนกายภาพบำบัดที่บ้าน 4 สัปดาห์ ให้ญาติอ่านเข้าใจ\n",
        "ผู้ป่วย ", P(name), " HN ", HN(hn(r)), " Dx ", H("Rt MCA infarction"), " ", H("Barthel index 35"), "\n",
        "ผลลัพธ์: ", ("DISABILITY", r.choice(["อัมพาตครึ่งซีกซ้าย เดินไม่ได้", "พูดไม่ได้ (global aphasia) และแขนซ้ายอ่อนแรงถาวร"])),
        " จดทะเบียนคนพิการแล้ว\n",
        "ผู้ดูแล: ภรรยา คุณ", P(thf(r)), " ", ("PHONE_NUMBER", mobile(r)), "\n",
        "ที่บ้าน: ", ("ADDRESS", addr(r)), " (บ้านสองชั้น ห้องนอนชั้นบน)\n",
    ]


@T("clinic")
def optometry_low_vision(r: random.Random) -> list:
    name = thf(r)
    return [
        "ช่วยเขียนใบรับรองสายตาเพื่อยื่นขอใบอนุญาตขับขี่ / หรือบอกว่าออกไม่ได้เพราะอะไร\n",
        "ผู้ตรวจ: ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "VA: ", H("OD 6/9"), ", ", H("OS counting fingers 1 ft"), "\n",
        "Dx: ", H(r.choice(["advanced glaucoma OS", "old retinal detachment OS", "amblyopia OS"])), " → ",
        ("DISABILITY", "ตาซ้ายบอดถาวร (legally blind OS)"), "\n",
        "สายตา: ", H("-4.50/-1.25x180"), "\n",
    ]


@T("clinic")
def hearing_aid_subsidy(r: random.Random) -> list:
    name = thm(r)
    return [
        "สรุปเอกสารขอรับเครื่องช่วยฟังตามสิทธิคนพิการ และตรวจว่าขาดอะไร\n",
        "ผู้ขอ: ", P(name), " อายุ ", str(r.randint(60, 85)), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "บัตรคนพิการ: ", ("DISABILITY", "พิการทางการได้ยิน"), " (บัตรหมดอายุ ", visit_date(r), ")\n",
        "Audiogram: ", H(r.choice(["bilateral severe SNHL 75 dB", "Rt profound / Lt moderate SNHL"])), "\n",
        "ที่อยู่ส่งเครื่อง: ", ("ADDRESS", addr(r)), "\n",
    ]


@T("school_health")
def special_needs_student_health(r: random.Random) -> list:
    name = thm(r)
    return [
        "ครูอนามัยขอให้ช่วยทำแผนดูแลนักเรียนรายนี้ระหว่างทัศนศึกษา\n",
        "นักเรียน ด.ช.", P(name), " รหัสนักเรียน ", ("STUDENT_ID", student_id(r, "school")), " ชั้น ป.", str(r.randint(3, 6)), "\n",
        ("DISABILITY", r.choice(["ใช้รถเข็นจากโรคกล้ามเนื้ออ่อนแรง", "บกพร่องทางสติปัญญา (IQ 58)", "ออทิสติก สื่อสารด้วยภาพ"])), "\n",
        "ยาประจำ: ", H(r.choice(["Risperidone 0.5 mg", "Valproate 200 mg", "Methylphenidate 10 mg"])), " ",
        "ผู้ปกครอง: มารดา ", P(thf(r)), " ", ("PHONE_NUMBER", mobile(r)), "\n",
    ]


# ----------------------------------------------------------------------------------------------
# Students, portals, incidents, call centres
# ----------------------------------------------------------------------------------------------
@T("school_health")
def school_nurse_visit_log(r: random.Random) -> list:
    name = thf(r)
    return [
        "ช่วยร่างข้อความแจ้งผู้ปกครองจากบันทึกห้องพยาบาลนี้\n",
        "ห้องพยาบาลโรงเรียน | ", visit_date(r), " 10:40\n",
        "นักเรียน ด.ญ.", P(name), " เลขประจำตัว ", ("STUDENT_ID", student_id(r, "school")), " ม.", str(r.randint(1, 3)), "/", str(r.randint(1, 9)), "\n",
        "อาการ: ", H(r.choice(["หอบ หายใจมีเสียงวี้ดหลังวิ่ง", "ปวดท้องประจำเดือนรุนแรง เป็นลม", "ผื่นลมพิษหลังกินขนม"])), "\n",
        "ประวัติ: ", H(r.choice(["เป็นหอบหืด ใช้ยาพ่น Salbutamol", "ปฏิเสธโรคประจำตัว", "แพ้ถั่วลิสง"])), "\n",
        "โทรหาผู้ปกครอง (บิดา) ", ("PHONE_NUMBER", mobile(r)), " แล้ว\n",
    ]


@T("school_health")
def university_health_centre_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Draft a follow-up email to the student from this visit note (supportive tone):\n",
        "Student: ", P(name), ", ID ", ("STUDENT_ID", student_id(r, "ten")), ", ", ("EMAIL_ADDRESS", email(r, name, "student.example.ac.th")), "\n",
        "Reason: ", H(r.choice(["panic attacks before exams", "requesting STI screening", "insomnia and low mood"])), ".\n",
        "History: ", ("SEXUAL_BEHAVIOUR", r.choice(["two new sexual partners this term, condoms not always used",
                                                       "sexually active with same-sex partner"])), "; ",
        H(r.choice(["NKDA", "no chronic illness"])), ".\n",
        "Plan: ", H(r.choice(["HIV/syphilis testing today", "refer to counselling service", "start Sertraline 25 mg"])), ".\n",
    ]


@T("school_health")
def student_accident_claim(r: random.Random) -> list:
    name = thm(r)
    return [
        "ตรวจเอกสารเคลมประกันอุบัติเหตุนักศึกษาให้หน่อย ขาดอะไรบ้าง\n",
        "นักศึกษา: ", P(name), " รหัส ", ("STUDENT_ID", student_id(r, "dash")), " คณะวิศวกรรมศาสตร์\n",
        "อุบัติเหตุ: ", H(r.choice(["ข้อเท้าพลิก ligament tear", "Fx Rt clavicle จากเล่นฟุตบอล", "แผลฉีกขาดที่คาง เย็บ 6 เข็ม"])), "\n",
        "ค่ารักษา ", money(r, 1500, 35000), " บาท โอนเข้าบัญชีนักศึกษา ", r.choice(BANKS_TH), " ",
        ("TH_BANK_ACCOUNT", bank_acct(r)), "\n",
    ]


@T("hospital")
def emr_access_audit_ip(r: random.Random) -> list:
    staff = thf(r)
    return [
        "ช่วยวิเคราะห์ log นี้ว่ามีการเข้าดูเวชระเบียนโดยไม่มีเหตุอันควรหรือไม่\n",
        f"{visit_date(r, True)} 23:41:07 user=nurse.{r.choice(['ward5', 'er2', 'opd3'])} name=\"", P(staff), "\" src=",
        ("IP_ADDRESS", ipv4(r)), " action=VIEW hn=", HN(hn(r, "plain")), " patient=\"", P(thn(r)), "\" module=",
        H(r.choice(["HIV_RESULT", "PSYCH_NOTE", "PREGNANCY_TEST"])), "\n",
        "23:41:55 user=same action=PRINT hn=same\n",
        "23:43:12 user=same src=", ("IP_ADDRESS", ipv4(r)), " action=EXPORT_PDF\n",
    ]


@T("hospital")
def emr_breach_incident_en(r: random.Random) -> list:
    p1, p2 = rom(r), rom(r)
    return [
        "Draft the PDPC breach notification summary from this incident report (72-hour deadline):\n",
        "Incident: a ward PC uploaded a spreadsheet to a public file-sharing site from ", ("IP_ADDRESS", ipv4(r)), ".\n",
        "Sample rows confirmed exposed:\n",
        "- ", P(p1), ", HN ", HN(hn(r, "plain7")), ", ", H(r.choice(["HIV positive", "schizophrenia", "hepatitis C"])), "\n",
        "- ", P(p2), ", HN ", HN(hn(r, "plain7")), ", ", H(r.choice(["termination of pregnancy", "alcohol dependence", "breast cancer"])), "\n",
        "Total ~", str(r.randint(300, 1800)), " patients. Reported by: IT security lead.\n",
    ]


@T("hospital")
def call_centre_lab_result_transcript(r: random.Random) -> list:
    name = thf(r)
    return [
        "ถอดเทปสายโทรนี้ ช่วยประเมินว่าเจ้าหน้าที่ยืนยันตัวตนก่อนแจ้งผลถูกต้องไหม\n",
        "จนท: ศูนย์บริการ รพ. สวัสดีค่ะ\n",
        "ผู้โทร: จะถามผลเลือดค่ะ ชื่อ ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r, "plain")), "\n",
        "จนท: วันเกิดคะ\nผู้โทร: ", ("DATE_OF_BIRTH", dob(r, "th_short")), "\n",
        "จนท: ผลของคุณ", H(r.choice(["ไขมัน LDL 168 สูง", "ตรวจพบไวรัสตับอักเสบซี", "ปัสสาวะพบเม็ดเลือดขาว"])), "ค่ะ ",
        "คุณหมอให้มาพบ ", visit_date(r), " ค่ะ\n",
        "ผู้โทร: แล้วผลของสามี คุณ", P(thm(r)), " ล่ะคะ\nจนท: ขออภัยค่ะ ต้องให้เจ้าตัวโทรมาเองค่ะ\n",
    ]


@T("insurance")
def claim_denial_appeal_letter(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยร่างหนังสืออุทธรณ์การปฏิเสธเคลมถึงบริษัทประกัน (ทางการ กระชับ)\n",
        "ผู้เอาประกัน ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), " กรมธรรม์ ", f"PL{r.randint(10000000, 99999999)}", "\n",
        "บริษัทปฏิเสธโดยอ้างว่า ", H("ความดันโลหิตสูง"), " เป็นโรคที่เป็นมาก่อนทำประกัน\n",
        "ข้อเท็จจริง: แพทย์วินิจฉัยครั้งแรก ", visit_date(r), " หลังกรมธรรม์มีผล 14 เดือน, เคลมครั้งนี้คือ ",
        H(r.choice(["Hypertensive emergency", "Intracerebral hemorrhage"])), "\n",
        "ติดต่อกลับ ", ("EMAIL_ADDRESS", email(r)), "\n",
    ]


@T("hospital")
def medical_tourist_quote_en(r: random.Random) -> list:
    name = r.choice(GULF)
    case = alt(r, ("severe osteoarthritis of both knees", "bilateral total knee replacement"),
               ("morbid obesity, BMI 44", "sleeve gastrectomy"), ("a 2 cm kidney stone", "PCNL"))
    return [
        "Reply to this enquiry with a package quote outline (no prices yet):\n\n",
        "From: ", ("EMAIL_ADDRESS", email(r, name, r.choice(["gmail.com", "outlook.com"]))), "\n",
        "Hello, I am ", P(name), ", passport ", ("TH_PASSPORT", passport(r, "ae")), ". ",
        "I have ", H(case[0]), " and ", H(r.choice(["type 2 diabetes", "sleep apnoea on CPAP", "hypertension"])), ". ",
        "I want ", H(case[1]), " in March. ",
        "WhatsApp ", ("PHONE_NUMBER", foreign_phone(r, r.choice(["ae", "om"]))), ".",
    ]


@T("travel_clinic")
def vaccination_certificate_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Format this into an International Certificate of Vaccination style table:\n",
        "Name: ", P(name), "  Passport: ", ("TH_PASSPORT", passport(r, "th")), "  DOB: ", ("DATE_OF_BIRTH", dob(r, "en")), "\n",
        H("Yellow fever (Stamaril) 0.5 mL"), " - ", visit_date(r, True), " - lot ", f"U{r.randint(1000, 9999)}AA", "\n",
        H("Meningococcal ACWY"), " - ", visit_date(r, True), "\n",
        "Exemption note: ", H(r.choice(["egg allergy (anaphylaxis) - observe 30 min", "on prednisolone 20 mg - live vaccines deferred",
                                        "none"])), "\n",
    ]


@T("telemedicine")
def hiv_status_workplace_line(r: random.Random) -> list:
    return [
        "ช่วยตอบคำถามนี้ในมุมกฎหมาย PDPA สั้นๆ\n",
        "ผู้ใช้ LINE OA: สวัสดีครับ ผมชื่อ", P(r.choice(["เจ", "ก๊อต", "ตี๋"])), " (", ("LINE_ID", line_id(r)), ") ",
        "ผม", H("ติดเชื้อ HIV"), " ", H("กินยาต้านจนไวรัสตรวจไม่พบแล้ว"), " ",
        "บริษัทใหม่จะให้ตรวจสุขภาพก่อนเข้างาน HR จะเห็นผลผมไหมครับ ", ("SEXUAL_BEHAVIOUR", "แฟนผมเป็นผู้ชาย"),
        " ก็ยังไม่มีใครที่ทำงานรู้\n",
    ]


# ----------------------------------------------------------------------------------------------
# Community, public health, family care
# ----------------------------------------------------------------------------------------------
@T("hospital")
def pediatric_development_note(r: random.Random) -> list:
    child = thm(r)
    return [
        "เขียนสรุปให้ผู้ปกครองอ่านเข้าใจง่าย และสิ่งที่ต้องทำต่อ\n",
        "ผู้ป่วยเด็ก ด.ช.", P(child), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_short", 2020, 2022)), " HN ", HN(hn(r)), "\n",
        "ปัญหา: ", H("พูดช้า พูดได้เป็นคำๆ"), ", ", H("ไม่สบตา"), "\n",
        "ประเมิน: ", H(r.choice(["ASD, suspected", "Global developmental delay", "Speech delay, hearing ปกติ"])), "\n",
        "ประวัติครอบครัว: พี่ชาย", alt(r, ["เป็น", H("สมาธิสั้น (ADHD)")], [H("พูดช้าเช่นกัน")]), ", มารดา ", P(thf(r)),
        " ", alt(r, [H("ไม่มีโรคประจำตัว")], ["เป็น", H("ซึมเศร้าหลังคลอด")]), "\n",
        "ติดต่อ ", ("PHONE_NUMBER", mobile(r)), "\n",
    ]


@T("community_health")
def home_care_visit_osm(r: random.Random) -> list:
    name = thf(r)
    return [
        "อสม. ส่งข้อมูลเยี่ยมบ้านมา ช่วยจัดเป็นรายงานประจำเดือนส่ง รพ.สต.\n",
        "ผู้สูงอายุ: ยาย", P(name), " อายุ ", str(r.randint(75, 95)), " ปี\n",
        "ที่อยู่ ", ("ADDRESS", addr(r, no_pc=True)), "\n",
        "สภาพ: ", H("ผู้ป่วยติดเตียง"), ", ", H(r.choice(["แผลกดทับก้นกบ", "ใส่สายให้อาหารทางจมูก", "กลั้นปัสสาวะไม่ได้"])), "\n",
        "วัดความดัน ", H(f"BP {r.randint(150, 185)}/{r.randint(85, 105)}"), " น้ำตาลปลายนิ้ว ", H(f"DTX {r.randint(140, 260)}"), "\n",
        "ลูกสาวผู้ดูแล ", P(thf(r)), " ", H(r.choice(["มีภาวะเครียด นอนไม่หลับ", "ปวดหลังเรื้อรัง"])), "\n",
    ]


@T("blood_bank")
def blood_donor_deferral(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยร่าง SMS แจ้งผู้บริจาคให้มาพบแพทย์ โดยไม่ระบุผลในข้อความ แต่สรุปเคสให้ทีมก่อน\n",
        "ผู้บริจาค ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "ผลตรวจ: ", H(r.choice(["HBsAg reactive", "Anti-HCV reactive", "Syphilis Ab reactive", "HIV NAT reactive"])), "\n",
        "แบบสอบถามก่อนบริจาค: ", ("SEXUAL_BEHAVIOUR", r.choice(["มีคู่นอนใหม่ในรอบ 3 เดือน", "เคยมีเพศสัมพันธ์กับชาย",
                                                                  "ใช้บริการทางเพศ"])), "\n",
    ]


@T("community_health")
def dengue_case_investigation(r: random.Random) -> list:
    name = thm(r)
    return [
        "สรุปแบบสอบสวนโรคไข้เลือดออกรายนี้ และเสนอพื้นที่พ่นยุง\n",
        "ผู้ป่วย ด.ช.", P(name), " อายุ ", str(r.randint(6, 14)), " ปี รหัสนักเรียน ", ("STUDENT_ID", student_id(r, "school")), "\n",
        "ที่อยู่ ", ("ADDRESS", addr(r)), "\n",
        "Dx: ", H(r.choice(["DHF grade II", "Dengue fever", "DSS"])), ", ", H("NS1 Ag positive"), ", ",
        H(f"Plt {r.randint(18, 90)},000"), "\n",
        "ผู้ปกครอง ", P(thf(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
    ]


@T("community_health")
def tb_contact_tracing_list(r: random.Random) -> list:
    idx = thm(r)
    c1, c2 = thf(r), thm(r)
    return [
        "จัดลำดับความเสี่ยงผู้สัมผัสวัณโรค และนัดคัดกรอง\n",
        "ผู้ป่วยดัชนี: ", P(idx), " HN ", HN(hn(r)), " ", H("Pulmonary TB, AFB 3+"), " ", H("HIV coinfection"), "\n",
        "ผู้สัมผัสร่วมบ้าน:\n",
        "1. ภรรยา ", P(c1), " ", ("PHONE_NUMBER", mobile(r)), " ", H(r.choice(["ไอ 2 สัปดาห์", "ไม่มีอาการ"])), "\n",
        "2. บุตร ", P(c2), " อายุ 4 ปี ", H(r.choice(["ยังไม่ได้ตรวจ CXR", "มีไข้ต่ำๆ ตอนเย็น"])), "\n",
        "ที่อยู่ ", ("ADDRESS", addr(r)), "\n",
    ]


@T("hospital")
def rabies_pep_schedule(r: random.Random) -> list:
    name = thn(r)
    return [
        "ทำตารางนัดฉีดวัคซีนพิษสุนัขบ้าให้ผู้ป่วย แบบ LINE message\n",
        "ผู้ป่วย ", P(name), " HN ", HN(hn(r)), " ไลน์ ", ("LINE_ID", line_id(r)), "\n",
        "ประวัติ: ", H(r.choice(["ถูกสุนัขจรกัดที่น่อง เลือดออก (category III)", "ถูกแมวข่วนที่มือ (category II)"])), "\n",
        "ได้รับ: ", H("PCEC 0.1 mL ID 2 sites D0"), ", ", H(r.choice(["ERIG 1,600 IU", "ไม่ได้ RIG"])), "\n",
        "นัด D3, D7, D28\n",
    ]


@T("occupational_health")
def audiometry_annual_en(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(rom(r)), ",", ("DATE_OF_BIRTH", dob(r, "iso", 1968, 2000)), ",",
                 H(r.choice(["NIHL bilateral, 4 kHz notch 45 dB", "normal hearing", "Lt mild SNHL",
                             "STS >10 dB vs baseline"])), "\n"]
    return [
        "From this audiometry export, list workers who need re-testing under the hearing conservation program:\n",
        "name,dob,finding\n", rows,
    ]


@T("occupational_health")
def corporate_checkup_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(thn(r)), ",", ("TH_NATIONAL_ID", nid(r, "plain")), ",",
                 H(f"BMI {r.randint(19, 36)}"), ",", H(r.choice(["FBS 132", "FBS 98", "Chol 262", "SGPT 88", "Uric 9.2"])), ",",
                 H(r.choice(["ปกติ", "ไขมันพอกตับ", "ความดันสูง", "ติดตามเบาหวาน"])), "\n"]
    return [
        "ทำสรุปผลตรวจสุขภาพประจำปีพนักงาน แยกกลุ่มเสี่ยงให้ฝ่ายบุคคล\n",
        "ชื่อ,เลขบัตร,BMI,lab,สรุป\n", rows,
    ]


@T("hospital")
def second_opinion_email_en(r: random.Random) -> list:
    case = alt(r, ("m", "prostate cancer, Gleason 4+3, PSA 18", "radical prostatectomy", "had prostate cancer at 61"),
               ("f", "DCIS of the right breast", "mastectomy", "has Lynch syndrome"),
               ("f", "papillary thyroid cancer 2.1 cm", "total thyroidectomy", "had thyroid cancer at 40"))
    name = romm(r) if case[0] == "m" else romf(r)
    return [
        "Summarise what this patient is asking and list the records we need:\n\n",
        "Dear Doctor,\nMy name is ", P(name), " (", ("EMAIL_ADDRESS", email(r, name)), ", ", ("PHONE_NUMBER", mobile(r, "intl")), "). ",
        "I was diagnosed with ", H(case[1]), " and advised ", H(case[2]), ". ",
        "My brother ", H(case[3]), ". ",
        "I would like a second opinion before deciding.\n",
    ]


@T("hospital")
def antenatal_care_note(r: random.Random) -> list:
    name = thf(r)
    return [
        "สรุปบันทึกฝากครรภ์นี้เป็น checklist สำหรับนัดครั้งต่อไป\n",
        "หญิงตั้งครรภ์ ", P(name), " HN ", HN(hn(r)), " วันเกิด ", ("DATE_OF_BIRTH", dob(r, "th_short", 1988, 2003)), "\n",
        H(f"G{r.randint(2, 4)}P1A1"), ", ", H(f"GA {r.randint(20, 30)} wk"), ", ", H("GDM A1"), ", ",
        H("Anti-HIV negative"), ", ", H("VDRL non-reactive"), "\n",
        "ประวัติ: ", H(r.choice(["เคยแท้งบุตรเมื่อปี 2566", "เคยผ่าคลอด 1 ครั้ง"])), "\n",
        "สามี ", P(thm(r)), " ", H(r.choice(["เป็นพาหะธาลัสซีเมีย", "ผล Anti-HIV negative"])), "\n",
    ]


@T("clinic")
def safe_abortion_counselling(r: random.Random) -> list:
    name = thf(r)
    return [
        "ช่วยทบทวนบันทึกให้คำปรึกษาทางเลือกนี้ว่าครบตามแนวทางหรือยัง\n",
        "ผู้รับบริการ ", P(name), " อายุ ", str(r.randint(16, 38)), " ", ("PHONE_NUMBER", mobile(r)), "\n",
        H(f"ตั้งครรภ์ {r.randint(6, 11)} สัปดาห์"), " ", H("ต้องการยุติการตั้งครรภ์"), "\n",
        "เหตุผล: ", r.choice(["ยังเรียนอยู่", "ปัญหาเศรษฐกิจ", "คุมกำเนิดล้มเหลว"]), " | ",
        ("SEXUAL_BEHAVIOUR", r.choice(["ไม่ได้ใช้ถุงยางกับแฟน", "มีเพศสัมพันธ์กับแฟนโดยใช้นับวัน"])), "\n",
        "วางแผน: ", H("Mifepristone 200 mg + Misoprostol 800 mcg"), "\n",
    ]


@T("hospital")
def sleep_lab_report_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "อธิบายผล sleep test นี้ให้คนไข้ฟังเป็นภาษาไทย 3 ย่อหน้าสั้นๆ:\n",
        "Patient: ", P(name), "  DOB: ", ("DATE_OF_BIRTH", dob(r, "en")), "  HN: ", HN(hn(r, "plain")), "\n",
        "AHI: ", H(f"AHI {r.randint(15, 60)}/h"), "  Nadir SpO2: ", H(f"SpO2 nadir {r.randint(72, 86)}%"), "\n",
        "Impression: ", H(r.choice(["severe obstructive sleep apnoea", "moderate OSA, supine-dependent"])), "\n",
        "Comorbid: ", H(r.choice(["resistant hypertension", "AF", "obesity BMI 34"])), "; bed partner reports ",
        H("loud snoring and witnessed apnoeas"), ".\n",
    ]


# ----------------------------------------------------------------------------------------------
# Payments, logistics, forms, apps
# ----------------------------------------------------------------------------------------------
@T("telemedicine")
def teleconsult_payment_failure(r: random.Random) -> list:
    name = rom(r)
    return [
        "ลูกค้าจ่ายเงินค่าปรึกษาแพทย์ไม่ผ่าน ช่วยอ่าน webhook แล้วบอกสาเหตุ\n",
        '{"event": "charge.failed", "customer": {"name": "', P(name), '", "email": "', ("EMAIL_ADDRESS", email(r, name)), '"},\n',
        ' "card": "', ("CREDIT_CARD", card(r, "plain")), '", "amount": ', str(r.choice([450, 590, 890, 1200])), ', "currency": "THB",\n',
        ' "consult_type": "', H(r.choice(["dermatology - acne", "psychiatry follow-up", "sexual health - erectile dysfunction"])),
        '", "failure_code": "', r.choice(["insufficient_funds", "3ds_failed", "do_not_honor"]), '"}',
    ]


@T("pharmacy")
def pharmacy_loyalty_sql(r: random.Random) -> list:
    vals = []
    for i in range(3):
        vals += ["  ('", P(thn(r)), "', '", ("PHONE_NUMBER", mobile(r, "plain")), "', '",
                 H(r.choice(["Sildenafil 100 mg", "Clotrimazole vaginal tab", "Isotretinoin 20 mg", "Levonorgestrel 1.5 mg",
                             "Escitalopram 10 mg", "Finasteride 1 mg"])), f"', {r.randint(120, 1800)})", ",\n" if i < 2 else ";\n"]
    return [
        "ทำไม query นี้ช้า และควรสร้าง index อะไร\n",
        "INSERT INTO loyalty_purchase (member_name, member_phone, item, amount) VALUES\n", vals,
        "SELECT item, count(*) FROM loyalty_purchase GROUP BY item;\n",
    ]


@T("pharmacy")
def refill_ready_sms_en(r: random.Random) -> list:
    name = r.choice(EXPATS)
    return [
        "Shorten to one SMS (160 chars max):\n",
        "Hi ", P(name.split()[0]), ", your refill of ", H(r.choice(["Levothyroxine 100 mcg", "Escitalopram 10 mg", "Insulin aspart pens",
                                                                    "Emtricitabine/Tenofovir"])),
        " (Rx ", str(r.randint(100000, 999999)), ") is ready at our Sukhumvit branch. Reply STOP to opt out. Sent to ",
        ("PHONE_NUMBER", mobile(r, "intl_plain")), ".",
    ]


@T("dental")
def orthodontic_installment_plan(r: random.Random) -> list:
    child = thf(r)
    parent = thm(r)
    return [
        "ช่วยทำตารางผ่อนค่าจัดฟันรายเดือน 24 งวด และร่างสัญญาแบบย่อ\n",
        "ผู้ป่วย ด.ญ.", P(child), " อายุ ", str(r.randint(11, 16)), " ", H(r.choice(["Class II div 1", "ฟันซ้อนเก บนล่าง", "Open bite"])), "\n",
        "ผู้ชำระเงิน บิดา ", P(parent), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "ค่ารักษา ", money(r, 45000, 90000), " บาท ตัดบัตร ", ("CREDIT_CARD", card(r)), " ทุกวันที่ 5\n",
    ]


@T("hospital")
def parking_valet_dialysis(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยเขียนข้อความแจ้งคนไข้ว่ารถพร้อมรับ (valet)\n",
        "ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), " ของคุณ", P(name), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "คนไข้มา", H("ฟอกไต"), "รอบบ่าย จะเสร็จประมาณ 16.30 น.\n",
        "หมายเหตุ: ", ("DISABILITY", r.choice(["ใช้ไม้เท้า เดินช้า", "นั่งรถเข็น"])), " ให้นำรถมาจอดหน้าประตู B\n",
    ]


@T("ems")
def ambulance_dispatch_1669(r: random.Random) -> list:
    return [
        "สรุปรายงานการสั่งการ 1669 นี้ ให้ทีม ALS อ่านระหว่างทาง\n",
        f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d} ผู้แจ้ง ", ("PHONE_NUMBER", mobile(r)), " (บุตรชาย)\n",
        "สถานที่: ", ("ADDRESS", addr(r)), "\n",
        "ผู้ป่วย: บิดา ชื่อ", P(thm(r)), " อายุ ", str(r.randint(60, 85)), " ", H(r.choice(["หมดสติ เรียกไม่ตื่น", "แน่นหน้าอก เหงื่อแตก", "แขนขาซีกขวาอ่อนแรง พูดไม่ชัด"])), "\n",
        "โรคประจำตัว: ", H(r.choice(["เบาหวาน ฉีดอินซูลิน", "เคยเป็นอัมพฤกษ์", "โรคหัวใจ ใส่ขดลวด"])), "\n",
        "ระดับ: สีแดง\n",
    ]


@T("insurance")
def medevac_repatriation_en(r: random.Random) -> list:
    name = r.choice(EXPATS)
    return [
        "Prepare the fit-to-fly assessment summary for our assistance partner:\n",
        "Insured: ", P(name), ", passport ", ("TH_PASSPORT", passport(r, "other")), ", policy TRV-", str(r.randint(100000, 999999)), ".\n",
        "Admitted in Phuket with ", H(r.choice(["ischaemic stroke, NIHSS 9", "Fx neck of femur s/p hemiarthroplasty",
                                               "severe dengue with plasma leakage"])), ". ",
        "Current status: ", H(r.choice(["stable, needs stretcher and O2 2 L", "mobilises with frame", "platelets 110,000"])), ".\n",
        "Next of kin: ", P(r.choice(EXPATS)), ", ", ("PHONE_NUMBER", foreign_phone(r, r.choice(["sg", "us", "jp"]))), ".\n",
    ]


@T("community_health")
def caregiver_line_group(r: random.Random) -> list:
    gm = thf(r)
    return [
        "สรุปแชทกลุ่มครอบครัวนี้ให้เป็นแผนดูแลคุณยาย 1 สัปดาห์ (ใครทำอะไร)\n",
        "[", P(r.choice(TH_NICK)), "] ยาย", H("หลงลืมมากขึ้น ออกจากบ้านกลางคืน"), " หมอบอก", H("อัลไซเมอร์ระยะกลาง"), "\n",
        "[", P(r.choice(TH_NICK)), "] ยา ", H("Donepezil 5 mg"), " เหลือ 4 วัน ใครไปรับที่ รพ. ได้บ้าง HN ยาย ", HN(hn(r)), "\n",
        "[", P(r.choice(TH_NICK)), "] แม่ก็", H("ความดันขึ้น"), "เพราะเหนื่อยดูแลยาย\n",
        "[", P(r.choice(TH_NICK)), "] ชื่อเต็มยาย ", P(gm), " อยู่ ", ("ADDRESS", addr(r)), "\n",
    ]


@T("research")
def clinical_trial_screening_log_en(r: random.Random) -> list:
    p1, p2 = rom(r), rom(r)
    return [
        "ตรวจผู้เข้าคัดกรองแต่ละรายตามเกณฑ์ (eGFR > 45, HbA1c 7-10.5) แล้วสรุปว่าเข้าได้ไหม:\n",
        "S-001 ", P(p1), ", DOB ", ("DATE_OF_BIRTH", dob(r, "en", 1950, 1985)), ", ", H(f"HbA1c {r.randint(70, 110) / 10:.1f}%"),
        ", ", H(f"eGFR {r.randint(30, 90)}"), ", ", H(r.choice(["prior MI 2021", "no CV history"])), "\n",
        "S-002 ", P(p2), ", DOB ", ("DATE_OF_BIRTH", dob(r, "en", 1950, 1985)), ", ", H(f"HbA1c {r.randint(70, 110) / 10:.1f}%"),
        ", ", H(f"eGFR {r.randint(30, 90)}"), ", ", H(r.choice(["on insulin", "pancreatitis 2020"])), "\n",
    ]


@T("hospital")
def sick_leave_medical_certificate(r: random.Random) -> list:
    name = thn(r)
    return [
        "แปลใบรับรองแพทย์นี้เป็นภาษาอังกฤษ ส่งให้บริษัทแม่ที่ญี่ปุ่น\n",
        "ใบรับรองแพทย์\nข้าพเจ้า นพ.", P(doc_th(r)), " ได้ตรวจร่างกาย ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "เมื่อวันที่ ", visit_date(r), " พบว่า ", H(r.choice(["ป่วยเป็นไข้หวัดใหญ่", "มีภาวะกระดูกสันหลังเคลื่อนทับเส้นประสาท",
                                                          "เป็นโรคกระเพาะอาหารอักเสบเฉียบพลัน", "ติดเชื้อโควิด-19"])), "\n",
        "ความเห็น: ควรหยุดพัก ", str(r.randint(2, 14)), " วัน\n",
    ]


@T("hospital")
def driving_licence_medcert(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยตรวจว่าใบรับรองแพทย์ 5 โรคนี้กรอกครบหรือยัง\n",
        "ชื่อ ", P(name), " ที่อยู่ ", ("ADDRESS", addr(r)), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "ส่วนที่ 2: ", H("ไม่เป็นโรคเรื้อน วัณโรคระยะอันตราย โรคเท้าช้าง"), ", ", H("ไม่ติดยาเสพติดให้โทษ"), ", ",
        H(r.choice(["ไม่มีโรคลมชัก", "มีประวัติลมชัก คุมได้ด้วยยา 3 ปี"])), "\n",
        "ความดัน ", H(f"BP {r.randint(110, 150)}/{r.randint(70, 95)}"), " ชีพจร ", H(f"PR {r.randint(60, 95)}"), "\n",
    ]


@T("travel_clinic")
def visa_medical_exam_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Convert this to the panel-physician summary format (one line per test):\n",
        "Applicant: ", P(name), "  Passport ", ("TH_PASSPORT", passport(r, "th")), "  DOB ", ("DATE_OF_BIRTH", dob(r, "slash_ce", 1980, 2004)), "\n",
        "Chest X-ray: ", H(r.choice(["no active TB", "old fibrotic scar RUL, sputum culture pending"])), "\n",
        "Syphilis: ", H("RPR non-reactive"), "   HIV: ", H("non-reactive"), "\n",
        "Hep B: ", H(r.choice(["HBsAg negative", "HBsAg positive"])), "\n",
        "Vaccinations: ", H("MMR x2 documented"), "\n",
    ]


@T("oncology")
def chemo_order_verification(r: random.Random) -> list:
    name = thf(r)
    bsa = r.randint(142, 185) / 100
    return [
        "เภสัชกรขอให้ช่วย double-check dose ยาเคมีบำบัดตาม BSA\n",
        "ผู้ป่วย ", P(name), " HN ", HN(hn(r)), " ", H(f"BW {r.randint(45, 72)} kg"), " ", H(f"BSA {bsa:.2f} m2"), "\n",
        "Dx: ", H(r.choice(["CA breast stage IIIA, HER2 positive", "CA ovary stage IIIC", "DLBCL stage II"])), "\n",
        "Regimen: ", H(r.choice(["AC x4 → TH", "Carboplatin AUC5 + Paclitaxel 175", "R-CHOP"])), " cycle ", str(r.randint(1, 6)), "\n",
        "Lab: ", H(f"ANC {r.randint(900, 3500)}"), ", ", H(f"Plt {r.randint(80, 300)}k"), ", ", H(f"Cr {r.randint(6, 13) / 10:.1f}"), "\n",
    ]


@T("hospital")
def hemodialysis_roster(r: random.Random) -> list:
    rows = []
    for shift in ("เช้า", "บ่าย", "เย็น"):
        rows += [f"รอบ{shift} เครื่อง {r.randint(1, 12)}: ", P(thn(r)), " HN ", HN(hn(r)), " ",
                 H(r.choice(["HBsAg +", "Anti-HCV +", "ปลอดเชื้อ", "HBsAg -"])), " ",
                 H(r.choice(["AVF Lt arm", "perm cath", "AVG Rt arm"])), "\n"]
    return [
        "จัดตารางเครื่องไตเทียมใหม่ แยกเครื่องผู้ป่วยไวรัสตับอักเสบบี ให้ถูกต้อง\n", rows,
    ]


@T("insurance")
def underwriting_questionnaire_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Classify this applicant's risk (standard / rated / decline) and explain briefly:\n",
        "Applicant: ", P(name), ", DOB ", ("DATE_OF_BIRTH", dob(r, "en", 1965, 1995)), ", ", ("EMAIL_ADDRESS", email(r, name)), "\n",
        "Q3 Smoker? ", H(r.choice(["Yes, 10/day", "Quit 2019", "Never"])), "\n",
        "Q5 Conditions: ", H(r.choice(["fatty liver", "well-controlled asthma", "thyroid nodule, benign FNA"])), "\n",
        "Q6 Medications: ", H(r.choice(["Rosuvastatin 10 mg", "none", "Budesonide/formoterol inhaler"])), "\n",
        "Q9 Family history: mother ", H(r.choice(["breast cancer at 48", "type 2 diabetes", "no significant illness"])),
        ", father ", H(r.choice(["stroke at 62", "hypertension", "colon cancer at 58"])), "\n",
    ]


@T("insurance")
def nondisclosure_investigation(r: random.Random) -> list:
    name = thm(r)
    return [
        "สรุปผลสืบประวัติการรักษาเพื่อพิจารณาบอกล้างสัญญา ให้ฝ่ายกฎหมาย\n",
        "ผู้เอาประกัน ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), " ทำประกัน ", visit_date(r), "\n",
        "พบประวัติที่คลินิกเอกชน (บริษัท ", r.choice(["เวชกรรมสุขสันต์", "เมดิแคร์พลัส"]), " จำกัด ", ("TH_JURISTIC_ID", juristic(r)), ")\n",
        "- ปี 2564: ", H(r.choice(["ตรวจพบน้ำตาลสูง FBS 156 แพทย์แนะนำยา", "ไขมันพอกตับ + SGPT 120"])), "\n",
        "- ปี 2565: ", H(r.choice(["ได้รับยา Metformin 500 mg", "นัดติดตามแต่ไม่มา"])), "\n",
        "แบบฟอร์มสุขภาพตอนสมัครตอบ ", H("ไม่มีโรคประจำตัว"), "\n",
    ]


@T("telemedicine")
def wearable_sync_json_en(r: random.Random) -> list:
    name = romf(r)
    return [
        "Why did the AF alert fire but no notification reach the clinician? Payload:\n",
        '{"user": "', ("EMAIL_ADDRESS", email(r, name)), '", "display_name": "', P(name), '", "client_ip": "', ("IP_ADDRESS", ipv4(r)), '",\n',
        ' "ts": ', epoch_ms_any(r), ', "hr_bpm": ', H(str(r.randint(118, 165))), ', "rhythm": "', H("irregular - possible AF"), '",\n',
        ' "spo2": ', H(str(r.randint(91, 97))), ', "notify": {"clinician": "Dr. ', P(doc_en(r)), '", "status": "queued"}}',
    ]


@T("telemedicine")
def health_coach_chat_en(r: random.Random) -> list:
    name = romm(r)
    return [
        "Suggest the coach's next reply (max 3 sentences):\n",
        "[member ", P(name), "] fasting sugar this week: ", H(f"{r.randint(130, 190)}, {r.randint(130, 190)}, {r.randint(130, 190)} mg/dL"),
        ". I stopped ", H("Metformin"), " because of ", H("diarrhoea"), ". Also my wife says I ", H("snore and stop breathing at night"), ".\n",
        "[coach] Thanks for sharing! Any dizziness?\n[member] ", H("no dizziness"), ". Text me on ", ("PHONE_NUMBER", mobile(r, "intl")), "\n",
    ]


@T("insurance")
def por_ror_bor_claim(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยกรอกแบบคำร้องค่าเสียหายเบื้องต้น พ.ร.บ. จากข้อมูลนี้\n",
        "ผู้ประสบภัย ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "รถคันที่เอาประกัน ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), " คู่กรณี ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r, moto=True)), "\n",
        "ความเสียหาย: ", H(r.choice(["Fx Lt femur ผ่าตัดใส่เหล็ก", "ศีรษะกระแทก admit สังเกตอาการ 2 วัน", "แผลถลอกหลายแห่ง"])), "\n",
        "รับเงินผ่านบัญชี ", r.choice(BANKS_TH), " ", ("TH_BANK_ACCOUNT", bank_acct(r)), "\n",
    ]


@T("hospital")
def hunger_strike_detainee_monitoring(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยทำตารางติดตามอาการผู้อดอาหารประท้วงรายนี้ (ทุก 6 ชม.)\n",
        "ผู้ป่วย ", P(name), " อายุ ", str(r.randint(20, 28)), " HN ", HN(hn(r)), "\n",
        ("CRIMINAL_RECORD", r.choice(["ผู้ต้องหาคดีมาตรา 112 ถูกฝากขัง", "จำเลยคดีชุมนุมที่ศาลไม่ให้ประกันตัว"])), " ",
        ("POLITICAL_OPINION", "อดอาหารเพื่อเรียกร้องสิทธิประกันตัวนักโทษการเมือง"), "\n",
        "วันที่ ", str(r.randint(8, 30)), " ของการอดอาหาร: ", H(f"น้ำหนักลด {r.randint(4, 9)} kg"), ", ",
        H(f"K {r.randint(28, 33) / 10:.1f}"), ", ", H("ketone 3+"), "\n",
    ]


@T("community_health")
def akha_village_mch_visit(r: random.Random) -> list:
    name = r.choice(AKHA_TH)
    return [
        "สรุปการเยี่ยมบ้านแม่และเด็กนี้ และบอกว่าต้องส่งต่ออะไร\n",
        "หญิงหลังคลอด ", P(name), " ", ("ETHNICITY", "ชาวอาข่า"), " บ้านผาหมี ", ("ADDRESS", addr(r, area=14)), "\n",
        "คลอดที่บ้าน ไม่ได้ฝากครรภ์ ", H("ตกเลือดหลังคลอดเล็กน้อย"), " ", H(f"Hb {r.randint(70, 95) / 10:.1f}"), "\n",
        "ทารก: ", H(r.choice(["ตัวเหลืองวันที่ 3", "ดูดนมได้ดี น้ำหนัก 2,800 g"])), " ยังไม่ได้ฉีด ", H("BCG/HBV"), "\n",
    ]


@T("aesthetic")
def aesthetic_online_booking_fraud(r: random.Random) -> list:
    name = thf(r)
    return [
        "ระบบจองคิวคลินิกความงามแจ้ง fraud ช่วยดูว่ารายการนี้น่าสงสัยไหม\n",
        "booking: ", r.choice(["Ultherapy", "Thermage FLX", "Pico laser"]), " | ลูกค้า ", P(name), " | ",
        ("EMAIL_ADDRESS", email(r)), "\n",
        "card ", ("CREDIT_CARD", card(r, "dash")), " | ip ", ("IP_ADDRESS", ipv4(r)), " (VPN?) | 3DS ok\n",
        "แบบประเมินก่อนทำ: ", H(r.choice(["ใส่เครื่องกระตุ้นหัวใจ", "ตั้งครรภ์ 5 เดือน", "ไม่มีโรคประจำตัว"])), "\n",
    ]


# ==============================================================================================
# Negative templates: hard negatives per s.26 category (each has two variants, one per prompt)
# ==============================================================================================
@T("hospital", hard="HEALTH_DATA")
def n_dm_guideline_th(r: random.Random) -> list:
    return alt(r, [
        "ช่วยสรุปแนวทางเวชปฏิบัติโรคเบาหวานนี้เป็น infographic 5 ข้อ\n\n",
        "แนวทางเวชปฏิบัติสำหรับโรคเบาหวาน (ฉบับปรับปรุง)\n",
        "1. เป้าหมาย HbA1c < 7.0% สำหรับผู้ป่วยส่วนใหญ่ ปรับตามความเสี่ยงภาวะน้ำตาลต่ำ\n",
        "2. ยาขนานแรก: Metformin เริ่ม 500 mg วันละ 1-2 ครั้ง หลังอาหาร สูงสุด 2,000-2,550 mg/วัน\n",
        "3. หลีกเลี่ยง Metformin เมื่อ eGFR < 30 mL/min/1.73m2\n",
        "4. ผู้ป่วยที่มี ASCVD หรือ CKD พิจารณา SGLT2 inhibitor หรือ GLP-1 RA\n",
        f"5. คัดกรองจอประสาทตาและเท้าปีละ {r.choice(['1', '1-2'])} ครั้ง\n",
    ], [
        "Dx HT ตาม guideline ใหม่ ช่วยทำเป็น flowchart ให้ OPD\n",
        "- วัด office BP >= 140/90 mmHg อย่างน้อย 2 ครั้ง ต่างวัน หรือ HBPM >= 135/85\n",
        "- Low risk: lifestyle modification 3 เดือนก่อนเริ่มยา\n",
        "- เริ่มยา: ACEI/ARB หรือ CCB หรือ thiazide-like; ถ้า BP > 160/100 พิจารณา 2 ตัว single-pill\n",
        f"- เป้าหมาย < 130/80 ในผู้ป่วยส่วนใหญ่ อายุ >= {r.choice(['65', '80'])} ปี เป้าหมาย < 140/90\n",
    ])


@T("pharmacy", hard="HEALTH_DATA")
def n_drug_monograph_en(r: random.Random) -> list:
    drug = alt(r, ("SERTRALINE", "50 mg once daily", "200 mg/day", "serotonin syndrome with MAOIs; QT prolongation",
                   "25 mg, 50 mg and 100 mg tablets"),
               ("LEVETIRACETAM", "500 mg twice daily", "3,000 mg/day", "behavioural changes, somnolence; taper on stopping",
                "250 mg, 500 mg and 1,000 mg tablets"))
    return [
        "Condense this monograph into a pharmacist quick-reference card:\n\n",
        f"{drug[0]}\nAdult dose: start {drug[1]}; maximum {drug[2]}.\n",
        "Renal impairment: adjust if CrCl < 50 mL/min (see table 2).\n",
        f"Key warnings: {drug[3]}. Pregnancy: weigh benefits and risks.\n",
        "Common adverse effects (>10%): nausea, headache, dizziness.\n",
        f"Storage: below 30 C, protect from moisture. Available as {drug[4]}.\n",
    ]


@T("hospital", hard="HEALTH_DATA")
def n_depression_article_th(r: random.Random) -> list:
    return alt(r, [
        "ช่วยปรับบทความนี้ให้อ่านง่ายขึ้นสำหรับลงเพจโรงพยาบาล\n\n",
        "9 สัญญาณเตือนโรคซึมเศร้าที่ไม่ควรมองข้าม\n",
        "โรคซึมเศร้าพบได้ในทุกวัย อาการสำคัญคือ เบื่อ ท้อแท้ หมดความสนใจในสิ่งที่เคยชอบ นอนไม่หลับหรือนอนมากเกินไป ",
        "เบื่ออาหาร รู้สึกไร้ค่า มีความคิดอยากตาย หากมีอาการ 5 ข้อขึ้นไปนานเกิน 2 สัปดาห์ ควรพบแพทย์ ",
        "การรักษาด้วยยาต้านเศร้าร่วมกับจิตบำบัดได้ผลดีในผู้ป่วยส่วนใหญ่\nสายด่วนสุขภาพจิต 1323 ตลอด 24 ชั่วโมง\n",
    ], [
        "เขียนสคริปต์คลิปสั้น 60 วินาทีจากบทความนี้\n\n",
        "ไขมันพอกตับ ภัยเงียบของคนทำงาน: ผู้ใหญ่ไทยเกือบ 1 ใน 3 มีไขมันพอกตับ ส่วนใหญ่ไม่มีอาการ ",
        "ปัจจัยเสี่ยงคือ น้ำหนักเกิน เบาหวาน และการดื่มน้ำหวาน การลดน้ำหนักร้อยละ 7-10 ช่วยให้ตับดีขึ้นได้ชัดเจน ",
        f"แนะนำตรวจอัลตราซาวด์และค่าเอนไซม์ตับเมื่ออายุ {r.choice(['35', '40'])} ปีขึ้นไป\n",
    ])


@T("medical_education", hard="HEALTH_DATA")
def n_board_exam_vignette_en(r: random.Random) -> list:
    return alt(r, [
        "Write three distractor explanations for this board-style question:\n\n",
        f"A {r.randint(50, 68)}-year-old man with a history of hypertension presents with crushing chest pain for 2 hours. ",
        "ECG shows ST elevation in II, III and aVF. Blood pressure is 88/60 mmHg and JVP is raised with clear lungs. ",
        "Which is the most appropriate next step?\n",
        "A. Sublingual nitroglycerin  B. IV fluid bolus  C. IV furosemide  D. Oral metoprolol\nAnswer: B\n",
    ], [
        "Is the answer key to this practice question correct? Explain.\n\n",
        f"A {r.randint(22, 30)}-year-old woman has fatigue, weight loss and palpitations. TSH is suppressed and free T4 is high; ",
        "radioiodine uptake is diffusely increased. Which is the most likely diagnosis?\n",
        "A. Subacute thyroiditis  B. Graves' disease  C. Toxic adenoma  D. Factitious thyrotoxicosis\nKey: B\n",
    ])


@T("hospital", hard="RELIGION")
def n_ramadan_service_notice(r: random.Random) -> list:
    return alt(r, [
        "ช่วยแปลประกาศนี้เป็นภาษามลายูและอังกฤษ\n\n",
        "ประกาศโรงพยาบาล เรื่อง การให้บริการช่วงเดือนรอมฎอน\n",
        "เพื่ออำนวยความสะดวกแก่ผู้รับบริการที่ถือศีลอด คลินิกเบาหวานจะเปิดบริการเพิ่มช่วงเย็น 17.00-20.00 น. ",
        "โรงครัวจัดอาหารฮาลาลสำหรับละศีลอดแก่ผู้ป่วยใน ห้องละหมาดชั้น 2 อาคารผู้ป่วยนอกเปิดตลอดเวลา ",
        "ผู้ป่วยโรคเรื้อรังที่ประสงค์จะถือศีลอด ควรปรึกษาแพทย์เพื่อปรับยาล่วงหน้าอย่างน้อย 2 สัปดาห์\n",
    ], [
        "ตรวจภาษาประกาศนี้ให้สุภาพ\n\n",
        "งานศาสนกิจในโรงพยาบาล: ทุกวันพระ เวลา 07.00 น. นิมนต์พระสงฆ์ 9 รูป รับบิณฑบาตที่ลานหน้าอาคารผู้ป่วยนอก ",
        "ผู้ป่วยและญาติที่ประสงค์ให้พระสงฆ์มาให้พรข้างเตียง หรือขอบาทหลวง/อิหม่ามเยี่ยม ",
        f"ติดต่อหน่วยจิตวิญญาณ ต่อ {r.randint(2100, 2199)} ได้ตลอด 24 ชั่วโมง\n",
    ])


@T("hospital", hard="RELIGION")
def n_jw_bloodless_policy_en(r: random.Random) -> list:
    return alt(r, [
        "Summarise this policy for new residents in five bullets:\n\n",
        "POLICY: Patients declining blood products for religious reasons\n",
        "1. Adults with capacity may refuse transfusion; the refusal must be documented on form BT-07 and witnessed.\n",
        "2. Jehovah's Witness hospital liaison committees may be contacted through the chaplaincy office.\n",
        "3. Discuss acceptable alternatives (cell salvage, erythropoietin, IV iron, tranexamic acid) before elective surgery.\n",
        "4. For minors in life-threatening emergencies, follow legal counsel guidance.\n",
    ], [
        "Rewrite this for the hospital website, friendly tone:\n\n",
        "Faith and care: our dietitians prepare halal, vegetarian, kosher-style and Buddhist precept meals on request. ",
        "Prayer rooms are on levels 2 and 5. Chaplains of several faiths visit daily, and patients may ask for end-of-life ",
        f"rituals to be accommodated where clinically safe. Requests go through the ward clerk at least {r.choice(['4', '6'])} hours ahead.\n",
    ])


@T("community_health", hard="RELIGION")
def n_monk_health_programme_stats(r: random.Random) -> list:
    return alt(r, [
        "ทำสไลด์ 3 หน้าจากข้อมูลโครงการนี้\n\n",
        "โครงการพระสงฆ์ไทยใส่ใจสุขภาพ ผลการคัดกรองพระภิกษุสามเณรในเขตสุขภาพที่ 1 ปี 2567\n",
        f"- คัดกรองทั้งหมด 12,480 รูป พบภาวะอ้วนลงพุง ร้อยละ {r.randint(38, 48)}\n",
        f"- ความดันโลหิตสูง ร้อยละ {r.randint(20, 30)} เบาหวาน ร้อยละ {r.randint(8, 14)}\n",
        "- ข้อเสนอ: ส่งเสริมญาติโยมถวายภัตตาหารสุขภาพ ลดหวาน มัน เค็ม\n",
    ], [
        "Summarise this survey finding in two sentences for a conference abstract:\n\n",
        f"Among {r.randint(900, 1500)} Muslim adults with type 2 diabetes surveyed in three southern provinces, ",
        f"{r.randint(70, 85)}% fasted during Ramadan and {r.randint(15, 30)}% reported at least one hypoglycaemic episode; ",
        "fewer than half had a pre-Ramadan medication review.\n",
    ])


@T("community_health", hard="ETHNICITY")
def n_hilltribe_epi_stats(r: random.Random) -> list:
    return alt(r, [
        "ช่วยเขียนบทวิเคราะห์สั้นๆ จากตารางนี้สำหรับรายงานประจำปี\n\n",
        "อัตราป่วยวัณโรคต่อแสนประชากร จำแนกตามกลุ่มชาติพันธุ์ อำเภอชายแดน ปี 2567\n",
        f"กะเหรี่ยง | {r.randint(180, 260)}\nม้ง | {r.randint(120, 190)}\nอาข่า | {r.randint(140, 220)}\n",
        f"ลาหู่ | {r.randint(150, 240)}\nพื้นราบ | {r.randint(60, 95)}\n",
    ], [
        "ทำ bullet 4 ข้อสำหรับเสนอผู้บริหารจากข้อความนี้\n\n",
        "การสำรวจความครอบคลุมวัคซีนในหมู่บ้านชาติพันธุ์บนพื้นที่สูง พบว่าเด็กอายุ 1 ปีได้รับ MMR1 ครบ ",
        f"ร้อยละ {r.randint(62, 80)} ต่ำกว่าค่าเฉลี่ยจังหวัด อุปสรรคสำคัญคือระยะทาง ภาษา และการไม่มีสถานะทางทะเบียน ",
        "ทีมเสนอให้ใช้ อสม. ที่พูดภาษาท้องถิ่นและหน่วยบริการเคลื่อนที่\n",
    ])


@T("hospital", hard="ETHNICITY")
def n_interpreter_policy_en(r: random.Random) -> list:
    return alt(r, [
        "Make this policy easier to read for front-desk staff:\n\n",
        "Language access: the hospital provides interpreters for Burmese, Karen, Hmong, Akha, Arabic and Japanese. ",
        "Staff must not ask patients to state their ethnicity to obtain an interpreter; record only the preferred language. ",
        "Video interpreting runs 08:00-20:00; family members should not interpret clinical consent.\n",
    ], [
        "Shorten this grant paragraph to 80 words:\n\n",
        "Migrant and ethnic minority communities along the Thai-Myanmar border face language barriers, lack of documents ",
        f"and high out-of-pocket costs. The project will train {r.randint(20, 40)} community health workers from Karen, Mon ",
        "and Shan communities and fund interpreter hours at two district hospitals.\n",
    ])


@T("news", hard="POLITICAL_OPINION")
def n_cannabis_policy_news(r: random.Random) -> list:
    return alt(r, [
        "สรุปข่าวนี้ 3 บรรทัด เป็นกลาง\n\n",
        "ย้อนรอยนโยบายกัญชาทางการแพทย์: ในปี 2565 ระหว่างที่นายอนุทิน ชาญวีรกูล ดำรงตำแหน่งรัฐมนตรีว่าการกระทรวงสาธารณสุข ",
        "กัญชาถูกถอดออกจากบัญชียาเสพติดประเภท 5 พรรคการเมืองหลายพรรคแสดงความเห็นต่างกัน ",
        "บางพรรคเสนอให้นำกลับไปเป็นยาเสพติด ขณะที่ผู้ประกอบการเรียกร้องให้มีกฎหมายควบคุมเฉพาะ\n",
    ], [
        "แปลข่าวนี้เป็นภาษาอังกฤษ\n\n",
        "รัฐมนตรีว่าการกระทรวงสาธารณสุขแถลงว่าจะผลักดันนโยบาย 30 บาทรักษาทุกที่ให้ครอบคลุมทุกจังหวัดภายในปีนี้ ",
        "ฝ่ายค้านอภิปรายว่างบประมาณไม่เพียงพอและโรงพยาบาลชุมชนขาดสภาพคล่อง ",
        f"ขณะที่สภาวิชาชีพพยาบาลเรียกร้องให้เพิ่มอัตรากำลังอีก {r.randint(5, 12)},000 ตำแหน่ง\n",
    ])


@T("news", hard="POLITICAL_OPINION")
def n_uc_policy_debate(r: random.Random) -> list:
    return alt(r, [
        "ทำตารางเปรียบเทียบนโยบายสุขภาพของแต่ละพรรคจากบทความนี้\n\n",
        "ก่อนการเลือกตั้ง หลายพรรคชูนโยบายต่อยอดหลักประกันสุขภาพถ้วนหน้า ",
        "บางพรรคเสนอ 30 บาทรักษาทุกที่ด้วยบัตรประชาชนใบเดียว บางพรรคเสนอตรวจสุขภาพฟรีทุกปีและเพิ่มค่าตอบแทนพยาบาล ",
        f"นักวิชาการประเมินว่าต้องใช้งบประมาณเพิ่ม {r.randint(20, 60)},000 ล้านบาทต่อปี\n",
    ], [
        "Classify the stance of this op-ed (supportive / critical / neutral) and explain:\n\n",
        "The government's plan to merge the three public health insurance schemes has split opinion. ",
        "Civil-servant unions warn of reduced benefits, while health economists argue a single fund would cut ",
        f"administrative costs by about {r.randint(5, 12)}%. Parliament is expected to debate the bill next session.\n",
    ])


@T("community_health", hard="CRIMINAL_RECORD")
def n_prison_health_stats(r: random.Random) -> list:
    return alt(r, [
        "ช่วยเขียนบทนำรายงานจากตัวเลขนี้\n\n",
        "สถานการณ์สุขภาพผู้ต้องขังในเรือนจำ ปีงบประมาณ 2567\n",
        f"- ผู้ต้องขังทั้งประเทศประมาณ {r.randint(260, 290)},000 คน ร้อยละ {r.randint(75, 82)} เป็นคดียาเสพติด\n",
        f"- อัตราป่วยวัณโรคในเรือนจำสูงกว่าประชากรทั่วไปราว {r.randint(5, 9)} เท่า\n",
        "- โครงการ 'เรือนจำปลอดวัณโรค' คัดกรองด้วย CXR ทุกรายแรกรับ\n",
    ], [
        "Draft the methods paragraph for this study protocol:\n\n",
        "We will enrol adults released from prison within the past 12 months who attend methadone clinics in Bangkok. ",
        f"Target sample: {r.randint(200, 400)}. Outcomes: retention at 6 months, overdose and re-incarceration. ",
        "No names or case numbers will be collected; participants are identified by study code only.\n",
    ])


@T("legal", hard="CRIMINAL_RECORD")
def n_narcotics_rehab_law_explainer(r: random.Random) -> list:
    return alt(r, [
        "อธิบายกฎหมายนี้ให้ อสม. เข้าใจง่าย\n\n",
        "ตามประมวลกฎหมายยาเสพติด ผู้เสพที่สมัครใจเข้ารับการบำบัดก่อนถูกดำเนินคดีจะไม่ถูกดำเนินคดีอาญาในความผิดฐานเสพ ",
        "กรณีถูกจับกุมแล้ว พนักงานสอบสวนอาจส่งตัวเข้าสู่กระบวนการบำบัดแทนการลงโทษ ",
        "ทั้งนี้การครอบครองเพื่อจำหน่ายยังเป็นความผิดตามกฎหมาย\n",
    ], [
        "ตอบคำถามนี้แบบสั้นๆ สำหรับ FAQ ของโรงพยาบาล\n\n",
        "ถาม: โรงพยาบาลต้องแจ้งตำรวจทุกครั้งที่ผู้ป่วยบาดเจ็บจากการทำร้ายร่างกายหรือไม่ ",
        "ตอบ: แพทย์มีหน้าที่ออกรายงานบาดแผลเมื่อพนักงานสอบสวนร้องขอ ส่วนการแจ้งความเป็นสิทธิของผู้เสียหาย ",
        f"ยกเว้นกรณีเด็กหรือผู้ถูกกระทำความรุนแรงในครอบครัวที่ต้องแจ้ง พม. ภายใน {r.choice(['24', '48'])} ชั่วโมง\n",
    ])


@T("clinic", hard="SEXUAL_BEHAVIOUR")
def n_prep_service_announcement(r: random.Random) -> list:
    return alt(r, [
        "เขียนโพสต์ Facebook ประชาสัมพันธ์บริการนี้ โทนเป็นมิตร ไม่ตีตรา\n\n",
        "คลินิกสุขภาพทางเพศ เปิดบริการ PrEP ฟรีตามสิทธิบัตรทอง สำหรับผู้ที่มีความเสี่ยงติดเชื้อเอชไอวี ",
        "เช่น ชายที่มีเพศสัมพันธ์กับชาย พนักงานบริการ หรือผู้ที่มีคู่เป็นผู้ติดเชื้อ ",
        f"รับยาได้ครั้งละ {r.choice(['1', '3'])} เดือน เปิดทุกวันเสาร์ 9.00-15.00 น. ข้อมูลผู้รับบริการเป็นความลับ\n",
    ], [
        "ช่วยทำ quiz 5 ข้อสำหรับนักเรียน ม.ปลาย จากเนื้อหานี้\n\n",
        "เพศศึกษารอบด้าน: ถุงยางอนามัยป้องกันทั้งการตั้งครรภ์และโรคติดต่อทางเพศสัมพันธ์ ",
        "การมีคู่นอนหลายคนเพิ่มความเสี่ยงซิฟิลิสและหนองใน ยาคุมฉุกเฉินควรใช้ภายใน 72 ชั่วโมง ",
        f"วัยรุ่นอายุ {r.choice(['15', '16'])} ปีขึ้นไปขอรับบริการตรวจ HIV ได้เองโดยไม่ต้องมีผู้ปกครอง\n",
    ])


@T("public_health", hard="SEXUAL_BEHAVIOUR")
def n_sti_surveillance_en(r: random.Random) -> list:
    return alt(r, [
        "Write the discussion paragraph for this surveillance summary:\n\n",
        f"Syphilis notifications rose {r.randint(18, 45)}% between 2022 and 2024, mostly among men who have sex with men aged 15-24. ",
        "Condomless anal sex and app-based partner seeking were the most frequently reported risk factors in the sentinel survey. ",
        "Gonorrhoea rates among female sex workers were stable.\n",
    ], [
        "Suggest three chart types for this dataset description:\n\n",
        f"Integrated bio-behavioural survey, {r.randint(1200, 2400)} respondents: columns are province, age band, ",
        "number of partners (0, 1, 2-4, 5+), condom use at last sex (yes/no), HIV test in past 12 months (yes/no). ",
        "Only aggregated counts per province are released.\n",
    ])


@T("hospital", hard="DISABILITY")
def n_accessibility_notice(r: random.Random) -> list:
    return alt(r, [
        "ตรวจคำผิดประกาศนี้\n\n",
        "ประกาศ: อาคารผู้ป่วยนอกปรับปรุงสิ่งอำนวยความสะดวกสำหรับคนพิการและผู้สูงอายุ ",
        f"มีรถเข็นให้ยืม {r.randint(20, 60)} คันที่ประตูทางเข้า ห้องน้ำคนพิการทุกชั้น ทางลาดและลิฟต์ที่มีอักษรเบรลล์ ",
        "ผู้พิการทางการได้ยินขอล่ามภาษามือผ่านศูนย์ TTRS ได้ ผู้ถือบัตรคนพิการใช้ช่องทางด่วนที่จุดคัดกรอง\n",
    ], [
        "Translate this job ad line into Thai:\n\n",
        "We welcome applicants with disabilities. Reasonable accommodations (screen readers, adjustable desks, ",
        "flexible hours) are available. The hospital meets the 1:100 disability employment quota ",
        "under the Persons with Disabilities Empowerment Act.\n",
    ])


@T("government", hard="DISABILITY")
def n_disability_card_procedure(r: random.Random) -> list:
    return alt(r, [
        "เขียนเป็นขั้นตอนสั้นๆ สำหรับติดบอร์ดหน้าห้องเวชระเบียน\n\n",
        "การขอมีบัตรประจำตัวคนพิการ: 1) ขอเอกสารรับรองความพิการจากโรงพยาบาล 2) นำสำเนาบัตรประชาชน ทะเบียนบ้าน ",
        "และรูปถ่าย 1 นิ้ว ยื่นที่ พมจ. หรือสำนักงานเขต 3) รับบัตรได้ภายในวันเดียว บัตรมีอายุ 8 ปี ",
        f"ผู้ถือบัตรได้รับเบี้ยความพิการเดือนละ {r.choice(['800', '1,000'])} บาท\n",
    ], [
        "ทำอินโฟกราฟิกจากข้อมูลนี้\n\n",
        f"ประเทศไทยมีคนพิการที่มีบัตรประมาณ {r.randint(2100, 2300):,},000 คน ",
        "ประเภทที่พบมากที่สุดคือ ความพิการทางการเคลื่อนไหว รองลงมาคือการได้ยิน และการมองเห็น ",
        "ร้อยละ 50 เป็นผู้สูงอายุ 60 ปีขึ้นไป\n",
    ])


@T("news", hard="TRADE_UNION")
def n_nurse_union_statement(r: random.Random) -> list:
    return alt(r, [
        "สรุปแถลงการณ์นี้เป็นข่าวสั้น 80 คำ\n\n",
        "แถลงการณ์สหภาพพยาบาล: เรียกร้องให้กระทรวงสาธารณสุขกำหนดชั่วโมงทำงานไม่เกิน 40 ชั่วโมงต่อสัปดาห์ ",
        f"เพิ่มค่าเวรบ่ายดึกเป็น {r.choice(['1,000', '1,200'])} บาท และบรรจุพยาบาลลูกจ้างชั่วคราวทั้งหมด ",
        "หากไม่ได้รับคำตอบภายใน 30 วัน สมาชิกสหภาพจะแต่งชุดดำทำงานทั่วประเทศ\n",
    ], [
        "แปลข่าวนี้เป็นภาษาอังกฤษ\n\n",
        "สหภาพแรงงานรัฐวิสาหกิจหลายแห่งยื่นหนังสือคัดค้านการปรับลดสวัสดิการรักษาพยาบาลของพนักงาน ",
        f"ระบุว่าจะกระทบสมาชิกกว่า {r.randint(30, 90)},000 คนทั่วประเทศ ฝ่ายบริหารยืนยันจะเปิดเวทีรับฟังความเห็นก่อนตัดสินใจ\n",
    ])


@T("legal", hard="TRADE_UNION")
def n_labour_union_faq_en(r: random.Random) -> list:
    return alt(r, [
        "Turn this into a 5-question FAQ for hospital HR:\n\n",
        "Under the Labour Relations Act, employees of private hospitals may form a labour union with at least ten promoters. ",
        "Employers may not dismiss or transfer an employee because of union membership or because the employee files a demand. ",
        f"Collective agreements bind for up to {r.choice(['three', 'two'])} years.\n",
    ], [
        "Check this clause for legal risk:\n\n",
        "Clause 14 (draft employment contract, private clinic group): 'The employee agrees not to join or organise any ",
        "labour union during employment.' Management wants to add it to all new nurse contracts from next quarter.\n",
    ])


@T("genetics", hard="GENETIC_DATA")
def n_genetic_test_pricelist(r: random.Random) -> list:
    return alt(r, [
        "จัดรายการนี้เป็นตาราง HTML สำหรับเว็บไซต์\n\n",
        f"แพ็กเกจตรวจพันธุกรรม (ราคารวมค่าปรึกษา)\n- NIPT 5 โครโมโซม {r.choice(['9,900', '12,500'])} บาท\n",
        "- BRCA1/BRCA2 full gene sequencing 18,000 บาท\n- HLA-B*15:02 / HLA-B*58:01 อย่างละ 1,500 บาท\n",
        "- คัดกรองพาหะธาลัสซีเมีย (DNA) คู่ละ 4,800 บาท\n",
    ], [
        "เขียนคำอธิบายสั้นๆ ว่าผลตรวจแต่ละแบบหมายถึงอะไร สำหรับแผ่นพับ\n\n",
        "ผลตรวจยีนมี 3 แบบ: Pathogenic = พบการเปลี่ยนแปลงที่ก่อโรค, VUS = ยังไม่ทราบความสำคัญ, ",
        "Benign = ไม่ก่อโรค ผลแบบ VUS ไม่ควรใช้ตัดสินใจผ่าตัดป้องกัน ",
        f"ห้องปฏิบัติการทบทวนผล VUS ทุก {r.choice(['1', '2'])} ปี\n",
    ])


@T("pharmacy", hard="GENETIC_DATA")
def n_hla_pgx_guideline_en(r: random.Random) -> list:
    return alt(r, [
        "Summarise this guidance for a pharmacy newsletter:\n\n",
        "HLA-B*15:02 screening is recommended before starting carbamazepine in patients of Southeast Asian ancestry; ",
        "carriers should not receive carbamazepine because of SJS/TEN risk. HLA-B*58:01 screening before allopurinol ",
        f"is reimbursed under the national scheme. CYP2C19 poor metabolisers (about {r.randint(12, 18)}% of Thais) ",
        "have reduced clopidogrel activation.\n",
    ], [
        "Write the README section for this bioinformatics pipeline:\n\n",
        "Input: paired FASTQ. Steps: BWA-MEM alignment to GRCh38, GATK HaplotypeCaller, VEP annotation, ",
        "ACMG classification with InterVar. Output: VCF plus a PDF report template. ",
        f"Reference sample NA12878 is used for validation (concordance >= {r.choice(['99.5', '99.8'])}%).\n",
    ])


@T("hospital", hard="BIOMETRIC_DATA")
def n_face_kiosk_announcement(r: random.Random) -> list:
    return alt(r, [
        "ทำโพสต์ประชาสัมพันธ์ให้สั้นและเข้าใจง่าย\n\n",
        "ตั้งแต่ 1 มีนาคม โรงพยาบาลเปิดใช้ตู้ลงทะเบียนอัตโนมัติด้วยการสแกนใบหน้า ",
        "ผู้ป่วยนัดยืนยันตัวตนด้วยใบหน้าเทียบกับบัตรประชาชนได้ภายใน 10 วินาที ผู้ที่ไม่ประสงค์ใช้ใบหน้ายังใช้บัตรประชาชนได้ตามปกติ ",
        f"ข้อมูลใบหน้าจะถูกลบภายใน {r.choice(['30', '90'])} วันหลังยกเลิกความยินยอม\n",
    ], [
        "เปรียบเทียบสเปกเครื่องสแกนนิ้วสองรุ่นนี้สำหรับห้องยา\n\n",
        "รุ่น A: optical 500 dpi, FAR 0.001%, รองรับ ISO 19794-2, ราคา 12,900 บาท\n",
        f"รุ่น B: capacitive 508 dpi, FAR 0.0001%, liveness detection, ราคา {r.choice(['15,500', '17,900'])} บาท\n",
    ])


@T("hospital", hard="BIOMETRIC_DATA")
def n_biometric_privacy_notice_en(r: random.Random) -> list:
    return alt(r, [
        "Check this privacy notice against PDPA section 26 and list gaps:\n\n",
        "We collect fingerprint templates of staff for time attendance and facial templates of patients who opt in to kiosk check-in. ",
        "Templates are stored encrypted on-premises and are never shared with third parties. ",
        f"Staff templates are deleted {r.choice(['90 days', '6 months'])} after employment ends. ",
        "Contact dpo@chaophraya-hospital.co.th for requests.\n",
    ], [
        "Review this DPIA summary and suggest missing risks:\n\n",
        "Project: palm-vein authentication for controlled-drug cabinets. Data: vein templates of pharmacists and nurses ",
        "only, no images retained. Matching on-device; templates encrypted with a per-cabinet key. ",
        f"Estimated users: {r.randint(150, 400)}. Legal basis: explicit consent with a PIN fallback.\n",
    ])


# ==============================================================================================
# Negative templates: same domains, no personal data
# ==============================================================================================
@T("medical_device", neg=True)
def n_infusion_pump_log_en(r: random.Random) -> list:
    lines = []
    for ev in ("INFUSION_START", "OCCLUSION_ALARM", "INFUSION_RESUME"):
        lines.append(f'{{"ts_ms": {epoch_ms(r)}, "device": "IP-{r.randint(1000, 9999)}", "fw": "4.2.{r.randint(0, 9)}", '
                     f'"event": "{ev}", "rate_ml_h": {r.choice([20, 42, 60, 125])}, "drug_lib": "ICU-ADULT-v{r.randint(10, 30)}"}}\n')
    return ["Why does this pump alarm repeatedly? Device log:\n", "".join(lines)]


@T("medical_device", neg=True)
def n_ecg_telemetry_json_en(r: random.Random) -> list:
    return [
        "Parse these telemetry frames and tell me if the gateway is dropping packets:\n",
        f'{{"gw": "TELE-GW-0{r.randint(1, 9)}", "bed": "CCU-{r.randint(1, 12)}", "frame": {r.randint(10000, 99999)}, '
        f'"recv_ms": {epoch_ms(r)}, "lead": "II", "sr_hz": 250, "bytes": 1024}}\n',
        f'{{"gw": "TELE-GW-0{r.randint(1, 9)}", "bed": "CCU-{r.randint(1, 12)}", "frame": {r.randint(10000, 99999)}, '
        f'"recv_ms": {epoch_ms(r)}, "lead": "II", "sr_hz": 250, "bytes": 0, "err": "CRC"}}\n',
    ]


@T("pharmacy", neg=True)
def n_pharmacy_price_list(r: random.Random) -> list:
    return [
        "จัดเรียงรายการยาตามราคาจากน้อยไปมาก และใส่หมวดหมู่\n",
        f"Paracetamol 500 mg (10 เม็ด) {r.randint(12, 25)} บาท\n",
        f"Loratadine 10 mg (10 เม็ด) {r.randint(30, 60)} บาท\n",
        f"Omeprazole 20 mg (14 แคปซูล) {r.randint(60, 120)} บาท\n",
        f"ยาคุมกำเนิด 28 เม็ด {r.randint(60, 180)} บาท\n",
        f"ชุดตรวจ ATK {r.randint(35, 60)} บาท / ชุดตรวจ HIV ด้วยตนเอง {r.randint(150, 350)} บาท\n",
    ]


@T("aesthetic", neg=True)
def n_aesthetic_promo(r: random.Random) -> list:
    return alt(r, [
        "เขียนแคปชั่นโปรโมชั่นนี้ลง IG ให้ปังขึ้น แต่ไม่เกินจริงตามกฎ อย.\n\n",
        f"โปรเดือนนี้! Botox กราม 50 ยูนิต {r.choice(['2,999', '3,500'])}.- | Filler ใต้ตา 1 cc 7,900.- ",
        "| HIFU หน้า 300 shots 4,500.- ทำโดยแพทย์ผู้เชี่ยวชาญ ผลลัพธ์ขึ้นกับแต่ละบุคคล จองผ่าน LINE OA @clinic ",
        "(ไม่รับผู้ที่ตั้งครรภ์หรือให้นมบุตร)\n",
    ], [
        "Rewrite this dental clinic ad in English for expats:\n\n",
        f"ขูดหินปูน + ขัดฟัน {r.choice(['800', '990'])} บาท | ฟอกสีฟัน ZOOM 9,900 บาท | รากฟันเทียมเริ่มต้น 39,000 บาท ",
        "ผ่อน 0% 10 เดือน เปิดทุกวัน 10.00-20.00 น. ใกล้ BTS อารีย์\n",
    ])


@T("hospital", neg=True)
def n_order_set_placeholders_en(r: random.Random) -> list:
    return [
        "Check this admission order set template for missing safety checks:\n\n",
        "ADMISSION ORDERS - COMMUNITY-ACQUIRED PNEUMONIA\nPatient: {{patient.full_name}}  HN: {{patient.hn}}  DOB: {{patient.dob}}\n",
        "Allergies: {{allergy_list}}\n[ ] CBC, BUN/Cr, electrolytes, blood culture x2\n",
        f"[ ] Ceftriaxone 2 g IV q24h  [ ] Azithromycin 500 mg IV q24h\n[ ] O2 keep SpO2 >= {alt(r, 92, 94)}%\n",
        "Attending: {{attending.name}}  Signed: ________\n",
    ]


@T("hospital", neg=True)
def n_discharge_template_th(r: random.Random) -> list:
    return alt(r, [
        "ช่วยปรับเทมเพลตนี้ให้มีช่องยาที่หยุดใช้ด้วย\n\n",
        "ใบสรุปการจำหน่าย\nชื่อ-สกุล: [ชื่อผู้ป่วย]  HN: [HN]  AN: [AN]\nวันที่รับไว้: [dd/mm/yyyy]  วันที่จำหน่าย: [dd/mm/yyyy]\n",
        "การวินิจฉัยหลัก: ____________  โรคร่วม: ____________\nยากลับบ้าน: 1) ______ 2) ______\n",
        f"นัดครั้งต่อไป: [วันที่] คลินิก [ชื่อคลินิก]  เวอร์ชันแบบฟอร์ม FM-IPD-{r.randint(10, 99)}\n",
    ], [
        "แก้ Jinja template นี้ให้ไม่ error เมื่อไม่มีเบอร์โทร\n\n",
        "เรียนคุณ{{ patient.first_name }} HN {{ patient.hn }}\nนัดของท่าน: {{ appt.date | thai_date }} เวลา {{ appt.time }}\n",
        "{% if patient.phone %}เราจะโทรยืนยันที่ {{ patient.phone }}{% endif %}\n",
    ])


@T("hospital", neg=True)
def n_queue_system_log(r: random.Random) -> list:
    return [
        "ระบบเรียกคิวห้องยาค้าง ช่วยอ่าน log นี้\n",
        f"[{epoch_ms(r)}] queue=PHARM-{alt(r, 'A', 'B')} ticket=A{r.randint(100, 399)} status=CALLED counter=3\n",
        f"[{epoch_ms(r)}] queue=PHARM-{alt(r, 'A', 'B')} ticket=A{r.randint(100, 399)} status=TIMEOUT retry=1\n",
        "[display] websocket closed code=1006\n",
    ]


@T("laboratory", neg=True)
def n_lis_qc_log_en(r: random.Random) -> list:
    return [
        "Apply Westgard rules to these QC runs and say whether to release patient results:\n",
        f"{epoch_ms(r)} analyzer=CHEM-02 test=GLU level=QC1 lot=G{r.randint(1000, 9999)} value={r.randint(92, 104)} mean=98 sd=2.1\n",
        f"{epoch_ms(r)} analyzer=CHEM-02 test=GLU level=QC2 lot=G{r.randint(1000, 9999)} value={r.randint(270, 296)} mean=280 sd=5.4\n",
    ]


@T("public_health", neg=True)
def n_dengue_weekly_epi(r: random.Random) -> list:
    return [
        "เขียนสรุปสถานการณ์จากตัวเลขนี้สำหรับประชุมวอร์รูม\n\n",
        f"สถานการณ์ไข้เลือดออก สัปดาห์ที่ {r.randint(20, 35)}: ผู้ป่วยสะสม {r.randint(8000, 25000):,} ราย ",
        f"อัตราป่วย {r.randint(12, 38)}.{r.randint(0, 9)} ต่อแสนประชากร เสียชีวิต {r.randint(5, 30)} ราย ",
        "กลุ่มอายุที่ป่วยมากที่สุดคือ 5-14 ปี จังหวัดที่อัตราป่วยสูงสุด 3 อันดับแรกอยู่ในภาคตะวันออกเฉียงเหนือ\n",
    ]


@T("hospital", neg=True)
def n_bed_occupancy_csv(r: random.Random) -> list:
    rows = "".join(f"{w},{(b := r.randint(24, 40))},{r.randint(b - 10, b)},{r.randint(0, 6)}\n"
                   for w in ("MED-M", "MED-F", "SURG", "ORTHO", "ICU"))
    return ["ทำกราฟอัตราครองเตียงจาก CSV นี้ และบอกหอผู้ป่วยที่เกิน 90%\n", "ward,beds,occupied,pending_admit\n", rows]


@T("pharmacy", neg=True)
def n_generic_interaction_question(r: random.Random) -> list:
    return [
        alt(r, "ถ้าผู้ป่วยกิน Warfarin อยู่แล้วต้องได้ Ciprofloxacin ต้องระวังอะไรบ้าง ",
            "Clarithromycin ใช้ร่วมกับ Simvastatin ได้ไหม "),
        "ขอคำตอบแบบ evidence-based สำหรับเภสัชกร พร้อมทางเลือกยาที่ปลอดภัยกว่า และสิ่งที่ต้องติดตาม\n",
    ]


@T("insurance", neg=True)
def n_icd10_mapping_code_en(r: random.Random) -> list:
    return [
        "ช่วย refactor mapping นี้ให้ code ที่ไม่รู้จัก raise error ชัดเจน:\n\n",
        "ICD10_GROUP = {\n    'E11': 'Type 2 diabetes mellitus',\n    'I10': 'Essential hypertension',\n",
        "    'F32': 'Depressive episode',\n    'B20': 'HIV disease',\n    'C50': 'Malignant neoplasm of breast',\n}\n\n",
        f"def group(code: str) -> str:\n    return ICD10_GROUP.get(code[:3], 'OTHER')  # v{r.randint(1, 9)}.{r.randint(0, 9)}\n",
    ]


@T("insurance", neg=True)
def n_tpa_claims_aggregate(r: random.Random) -> list:
    return [
        "วิเคราะห์แนวโน้มเคลมจากสรุปนี้ และเสนอ 3 มาตรการควบคุมค่าใช้จ่าย\n\n",
        f"ไตรมาส {alt(r, 2, 3)}: เคลม IPD {r.randint(4000, 9000):,} ราย ยอดจ่าย {r.randint(300, 900)} ล้านบาท ",
        f"โรคที่จ่ายสูงสุด: มะเร็ง ({r.randint(18, 25)}%), หัวใจ ({r.randint(10, 15)}%), ไข้เลือดออก ({r.randint(4, 8)}%) ",
        f"อัตราปฏิเสธเคลม {r.randint(3, 9)}.{r.randint(0, 9)}% ส่วนใหญ่เป็นโรคที่เป็นมาก่อนทำประกัน\n",
    ]


@T("insurance", neg=True)
def n_health_insurance_brochure(r: random.Random) -> list:
    return alt(r, [
        "ช่วยเขียนคำอธิบายแผนประกันนี้ให้เข้าใจง่าย สำหรับลูกค้าอายุ 50+\n\n",
        f"แผนสุขภาพเหมาจ่าย วงเงิน {r.choice(['1', '5', '15'])} ล้านบาทต่อปี ค่าห้องเดี่ยวมาตรฐาน ",
        "คุ้มครองผู้ป่วยในและผ่าตัดเล็ก ระยะรอคอย 30 วัน (120 วันสำหรับเนื้องอก ริดสีดวง ต้อกระจก) ",
        "ไม่คุ้มครองโรคที่เป็นมาก่อนทำประกัน การรักษาภาวะมีบุตรยาก และศัลยกรรมเสริมความงาม\n",
    ], [
        "Compare these two group health plans for an HR presentation:\n\n",
        f"Plan A: IPD room THB {r.choice(['3,000', '4,000'])}/day, OPD 1,500/visit x 30 visits, dental 3,000/yr.\n",
        "Plan B: IPD room THB 5,000/day, OPD 2,000/visit x 20 visits, no dental, annual check-up included.\n",
    ])


@T("telemedicine", neg=True)
def n_telemed_release_notes_en(r: random.Random) -> list:
    return [
        "Turn these release notes into an App Store 'What's New' text:\n\n",
        f"v5.{r.randint(10, 20)}.0 (build {epoch_ms(r)})\n- Faster video reconnection on 4G\n",
        alt(r, "- Pharmacy delivery tracking inside chat\n- Fix: appointment reminder sent twice\n",
            "- Lab results tab now shows reference ranges\n- Fix: crash when rotating during a call\n"),
    ]


@T("public_health", neg=True)
def n_vaccine_schedule_public(r: random.Random) -> list:
    return alt(r, [
        "ทำตารางนี้เป็นภาพสำหรับแจกผู้ปกครอง\n\n",
        "กำหนดการให้วัคซีนพื้นฐานเด็กไทย: แรกเกิด BCG, HBV1 | 2 เดือน DTP-HB-Hib1, OPV1, Rota1 | ",
        "4 เดือน DTP-HB-Hib2, OPV2, IPV, Rota2 | 6 เดือน DTP-HB-Hib3, OPV3 | 9 เดือน MMR1 ",
        "| 1 ปี LAJE1 | 1 ปีครึ่ง DTP4, OPV4 | 2 ปีครึ่ง MMR2\n",
    ], [
        "เขียนข่าวประชาสัมพันธ์สั้นๆ\n\n",
        f"โรงพยาบาลเปิดฉีดวัคซีนไข้หวัดใหญ่ตามฤดูกาลฟรี สำหรับกลุ่มเสี่ยง 7 กลุ่ม ตั้งแต่ 1 พ.ค. ถึง {r.choice(['31 ส.ค.', '30 ก.ย.'])} ",
        "ได้แก่ หญิงตั้งครรภ์ 4 เดือนขึ้นไป เด็ก 6 เดือน-2 ปี ผู้สูงอายุ 65 ปีขึ้นไป และผู้ป่วยโรคเรื้อรัง\n",
    ])


@T("hr_hospital", neg=True)
def n_nurse_job_ad(r: random.Random) -> list:
    return [
        "เขียนประกาศรับสมัครงานนี้ลง LinkedIn แบบภาษาอังกฤษ\n\n",
        f"รับสมัคร{alt(r, 'พยาบาลวิชาชีพ ICU', 'เภสัชกรประจำร้านยา')} {r.randint(3, 8)} อัตรา ประสบการณ์ 2 ปีขึ้นไป มีใบประกอบวิชาชีพ ",
        f"เงินเดือน {r.choice(['28,000', '32,000'])}-45,000 บาท สวัสดิการรักษาพยาบาลครอบครัว ",
        "ส่งประวัติที่ hr@siamcare-hospital.co.th หรือสมัครที่ฝ่ายบุคคล ชั้น 5\n",
    ]


@T("pharmacy", neg=True)
def n_drug_recall_notice(r: random.Random) -> list:
    return [
        "ร่างหนังสือเวียนแจ้งทุกสาขาให้เก็บยาคืน\n\n",
        f"อย. แจ้งเรียกคืนยา {alt(r, 'Ranitidine 150 mg', 'Valsartan 80 mg')} ",
        f"เลขที่ผลิต {r.randint(2300000, 2399999)} และ {r.randint(2400000, 2499999)} เนื่องจากพบสาร NDMA เกินเกณฑ์ ",
        f"ให้ระงับการจ่ายและส่งคืนผู้จัดจำหน่ายภายใน {r.choice(['7', '14'])} วัน ทะเบียนยา 1A {r.randint(100, 999)}/{r.randint(40, 66)}\n",
    ]


@T("logistics", neg=True)
def n_device_shipment_tracking(r: random.Random) -> list:
    return [
        "สรุปสถานะการจัดส่งเครื่องมือแพทย์ให้ฝ่ายพัสดุ\n",
        f"PO-{r.randint(250000, 259999)} Ventilator x2 — Kerry {r.choice(['KEX', 'KBKK'])}{r.randint(100000000000, 999999999999)} — ถึงคลังแล้ว\n",
        f"PO-{r.randint(250000, 259999)} Infusion pump x10 — Flash TH{r.randint(10**11, 10**12 - 1)}A — ติดศุลกากร\n",
        f"PO-{r.randint(250000, 259999)} ECG leads x50 — ไปรษณีย์ EF{r.randint(100000000, 999999999)}TH — ระหว่างขนส่ง\n",
    ]


@T("hospital", neg=True)
def n_health_fair_schedule(r: random.Random) -> list:
    return alt(r, [
        "ทำโปสเตอร์กำหนดการงานนี้\n\n",
        "งานวันเบาหวานโลก 14 พ.ย. ณ ลานกิจกรรมชั้น 1\n",
        "08.30 ตรวจน้ำตาลปลายนิ้วฟรี | 09.30 บรรยาย 'กินอย่างไรให้น้ำตาลไม่พุ่ง' โดยนักกำหนดอาหาร | ",
        "10.30 ออกกำลังกายแบบแอโรบิกเก้าอี้ | 11.30 ตรวจเท้าและจอประสาทตา (รับ 100 คิวแรก)\n",
    ], [
        "Write a short invitation email for staff:\n\n",
        f"Blood donation drive, {r.choice(['Tuesday', 'Thursday'])} 09:00-15:00, Auditorium B. Donors must be 17-70 years, ",
        "weigh at least 45 kg and have slept 6 hours. Each donor receives a health snack box and half a day of leave.\n",
    ])


@T("hospital", neg=True)
def n_fhir_capability_en(r: random.Random) -> list:
    return [
        "ระบบ telehealth MVP ของเราต้องใช้ interaction ไหนบ้างจาก CapabilityStatement นี้\n\n",
        '{"resourceType": "CapabilityStatement", "status": "active", "fhirVersion": "4.0.1",\n',
        ' "rest": [{"mode": "server", "resource": [\n',
        '  {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}]},\n',
        f'  {{"type": "{alt(r, "Observation", "Encounter")}", "interaction": [{{"code": "read"}}, {{"code": "create"}}]}},\n',
        f'  {{"type": "MedicationRequest", "interaction": [{{"code": "read"}}]}}]}}], "software": {{"version": "{r.randint(2, 5)}.{r.randint(0, 9)}"}}}}\n',
    ]


@T("hospital", neg=True)
def n_emr_sql_schema_en(r: random.Random) -> list:
    return [
        "Review this schema: which columns should be encrypted under PDPA?\n\n",
        "CREATE TABLE patient (\n  id BIGSERIAL PRIMARY KEY,\n  hn VARCHAR(12) UNIQUE NOT NULL,\n  full_name TEXT,\n",
        f"  national_id CHAR(13),\n  dob DATE,\n  {alt(r, 'religion TEXT', 'ethnicity TEXT')},\n  blood_group VARCHAR(3)\n);\n",
        f"CREATE TABLE diagnosis (id BIGSERIAL, patient_id BIGINT REFERENCES patient(id), icd10 VARCHAR({r.choice([6, 8])}), noted_at TIMESTAMPTZ);\n",
    ]


@T("pharmacy", neg=True)
def n_rx_label_template(r: random.Random) -> list:
    return [
        "ช่วยออกแบบฉลากยาให้คนสูงอายุอ่านง่ายขึ้น (ตัวอักษรใหญ่ ไอคอนเวลา)\n\n",
        "ชื่อผู้ป่วย: {ชื่อ-สกุล}   HN: {HN}   วันที่: {วันที่จ่าย}\n",
        "ชื่อยา: {ชื่อยา} {ความแรง}\nวิธีใช้: รับประทานครั้งละ {n} เม็ด วันละ {x} ครั้ง {ก่อน/หลัง} อาหาร\n",
        f"คำเตือน: {{คำเตือน}}  เภสัชกร: {{ชื่อเภสัชกร}}  แบบฟอร์ม RX-LBL-{r.randint(1, 9)}\n",
    ]


@T("laboratory", neg=True)
def n_lab_reference_ranges(r: random.Random) -> list:
    return alt(r, [
        "ทำตารางค่าปกติเป็น 2 ภาษา ไทย/อังกฤษ\n\n",
        "FBS 70-99 mg/dL | HbA1c < 5.7% | Creatinine 0.6-1.2 mg/dL | eGFR > 90 mL/min/1.73m2 | ",
        "LDL < 130 mg/dL | Hb ชาย 13-17, หญิง 12-15 g/dL | Platelet 150,000-450,000 /uL\n",
    ], [
        "แปลงตารางราคาตรวจแลปนี้เป็น CSV\n\n",
        f"CBC {r.choice(['150', '180'])} บาท | FBS 60 บาท | HbA1c 250 บาท | Lipid profile 400 บาท | ",
        "LFT 450 บาท | Anti-HIV 250 บาท | HBsAg 180 บาท | PSA 500 บาท\n",
    ])


@T("hospital", neg=True)
def n_blank_consent_form(r: random.Random) -> list:
    return [
        "ตรวจแบบฟอร์มความยินยอมนี้ว่าครบตาม PDPA มาตรา 26 หรือยัง\n\n",
        "หนังสือให้ความยินยอมเปิดเผยข้อมูลสุขภาพ\nข้าพเจ้า (ชื่อ-สกุล) .................................. ",
        "เลขประจำตัวประชาชน _ - _ _ _ _ - _ _ _ _ _ - _ _ - _\nยินยอมให้โรงพยาบาลเปิดเผยผลการตรวจ [ ] HIV [ ] สารเสพติด [ ] พันธุกรรม ",
        f"แก่ [ ] {alt(r, 'นายจ้าง', 'สถานศึกษา')} [ ] บริษัทประกัน  ลงชื่อ ..................... (FM-PDPA-{r.randint(1, 30):02d})\n",
    ]


# ----------------------------------------------------------------------------------------------
# Build, self-check, write
# ----------------------------------------------------------------------------------------------
THAI = re.compile(r"[\u0e00-\u0e7f]")


def build_rows() -> list[dict]:
    rows: list[dict] = []
    for t in TEMPLATES:
        for i in range(PROMPTS_PER_TEMPLATE):
            r = RowRandom(f"{SEED}:{t.name}:{i}", i)
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
        row["id"] = f"f18-{n:04d}"
    return shuffled


def coverage(rows: list[dict]) -> Counter:
    return Counter(t for r in rows for t in {e["entity_type"] for e in r["entities"]})


def english_only_share(rows: list[dict]) -> float:
    return sum(not THAI.search(r["text"]) for r in rows) / len(rows)


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
    share = english_only_share(rows)
    if not 0.20 <= share <= 0.30:
        problems.append(f"English-only share {share:.2f} outside 0.20-0.30")
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
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={sum(r['negative'] for r in rows)} "
              f"english_only={english_only_share(rows):.3f}")
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
            print(f"{args.out} is stale: rerun bench/make_freshset18.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
