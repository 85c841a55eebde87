"""Twenty-fourth blind held-out set for pdpa-guard: bench/freshset24.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md, the interface of tests/test_freshsets.py and the file format of make_freshset10.py only.
Emphasis: education and youth services (universities, vocational colleges, international schools,
tutoring apps, scholarships, student counselling), social welfare and NGOs (elderly care, disability
services, child protection, shelters, addiction treatment), media and marketing (influencer contracts,
audience research, CRM segments, survey free text, social listening) and gig/creative work (freelancers,
content creators, talent agencies), as chats, forms, CSV/TSV exports, meeting notes, interview
transcripts, JSON bodies sent to LLM APIs and long documents with the personal data in the middle.
About a fifth of the rows are English only. Negatives are the same domains without personal data:
curricula, scholarship criteria, brochures, anonymised aggregate results, personas marked as personas,
research protocols, job ads, policies, general articles, press releases about public figures, logs with
epoch-millisecond timestamps that happen to pass the Thai ID checksum.

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file (Faker is never used for a value).

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, ด.ช.,
ด.ญ., Mr, Ms, Dr ...); ADDRESS is one span from the house number to the postcode (or province);
DATE_OF_BIRTH is the date only; cued numbers (HN, student ID, account ...) are the number only; a plate
includes the province written right after it; s.26 spans are the shortest phrase disclosing the fact
about a specific person in the prompt (the writer included). Topics, policies, statistics, curricula
and articles are not s.26 data. Role mailboxes (info@, hr@, admissions@ ...) and organisation
hotlines are not personal data and are left unlabelled; public figures in public facts are not
labelled.

    python bench/make_freshset24.py            # (re)write bench/freshset24.jsonl
    python bench/make_freshset24.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset24.py --stats    # print coverage
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

OUT = Path(__file__).resolve().parent / "freshset24.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset24"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_GIVEN_F = [
    "ณัฐชยา", "พิมพ์ลดา", "กัญญาณัฐ", "ศศิธร", "ปภาวรินทร์", "ธันยพร", "วรรณวิสา", "เบญจวรรณ", "สุพรรษา",
    "ชุติมา", "อารีรัตน์", "นิภาพร", "จุฑามาศ", "รุ่งทิวา", "ลำใย", "สมปอง", "ดารุณี", "ปาริชาติ", "ขนิษฐา",
    "มยุรี", "อรทัย", "พัชราภรณ์", "ยุพิน", "ทองสุข", "เพ็ญศรี", "กนกวรรณ", "ฐิติมา", "ศิรินภา", "นันทนา",
]
TH_GIVEN_M = [
    "ธนกฤต", "ภูริณัฐ", "ศักดิ์ดา", "กฤษณะ", "วัชระ", "อดิศักดิ์", "ชาญวิทย์", "ณรงค์ฤทธิ์", "ปกรณ์", "สมบัติ",
    "บุญส่ง", "ทวีศักดิ์", "จิรายุ", "พีรพัฒน์", "ศุภกร", "อำนาจ", "เฉลิมชัย", "ไพฑูรย์", "ธีรวัฒน์", "ยศพล",
    "คมสัน", "วิทยา", "ประยูร", "นพดล", "กิตติศักดิ์", "อัครเดช", "ภาคิน", "ตะวัน", "รัฐพล",
]
TH_SUR = [
    "ศรีสุวรรณ", "แก้วประเสริฐ", "บุญยืน", "ทองมา", "จันทร์หอม", "วงศ์สวัสดิ์", "พรหมวิหาร", "ชัยมงคล",
    "อินทร์แก้ว", "สุขเจริญ", "ปัญญาดี", "มีทรัพย์", "รัตนพันธ์", "ศรีวิไล", "เพชรรัตน์", "ธนสาร", "คำแสน",
    "ยอดดำเนิน", "นาคสวัสดิ์", "กิตติวงศ์", "ภู่ระหงษ์", "สายบุญ", "หอมจันทร์", "โพธิ์ทอง", "ลิ้มสกุล",
    "อุดมสุข", "เจริญผล", "บัวแก้ว", "ดวงดี", "พลายงาม", "แสงอรุณ", "มณีวงศ์", "อ่อนละมัย", "ขันทอง",
]
TH_NICK = ["ต้นข้าว", "มะปราง", "ใบเตย", "ภูผา", "น้ำหวาน", "ข้าวปั้น", "ไอซ์", "เฟิร์น", "บอส", "แพรว",
           "ปลื้ม", "ออมสิน", "ชมพู่", "เก่ง", "กัปตัน", "มิลค์"]
# Romanised Thai names (given, surname)
ROMAN = [
    ("Natchaya", "Srisuwan"), ("Pimlada", "Kaewprasert"), ("Thanakrit", "Boonyuen"), ("Phurinat", "Thongma"),
    ("Sasithorn", "Chanhom"), ("Watchara", "Wongsawat"), ("Kanyanat", "Phromwihan"), ("Adisak", "Chaimongkol"),
    ("Chutima", "Inkaew"), ("Jirayu", "Sukcharoen"), ("Pakorn", "Panyadee"), ("Benjawan", "Meesap"),
    ("Peerapat", "Rattanaphan"), ("Nipaporn", "Sriwilai"), ("Supakorn", "Phetcharat"), ("Aree", "Thanasan"),
    ("Tawan", "Khamsaen"), ("Yossapon", "Nakswat"), ("Parichat", "Kittiwong"), ("Rattapon", "Phoethong"),
    ("Kanokwan", "Limsakul"), ("Thitima", "Udomsuk"), ("Pakin", "Charoenphon"), ("Morakot", "Buakaew"),
]
ROMAN_F = [x for x in ROMAN if x[0] in {"Natchaya", "Pimlada", "Sasithorn", "Kanyanat", "Chutima", "Benjawan",
                                       "Nipaporn", "Aree", "Parichat", "Kanokwan", "Thitima", "Morakot"}]
ROMAN_M = [x for x in ROMAN if x not in ROMAN_F]
# The same person in Thai script and in the romanisation of a Thai passport
TH_EN_PAIRS = [("ณัฐชยา ศรีสุวรรณ", "NATCHAYA", "SRISUWAN"), ("ธนกฤต บุญยืน", "THANAKRIT", "BOONYUEN"),
               ("ศศิธร จันทร์หอม", "SASITHORN", "CHANHOM"), ("วัชระ วงศ์สวัสดิ์", "WATCHARA", "WONGSAWAT"),
               ("ชุติมา อินทร์แก้ว", "CHUTIMA", "INKAEW"), ("ปกรณ์ ปัญญาดี", "PAKORN", "PANYADEE"),
               ("ภาคิน เจริญผล", "PAKIN", "CHAROENPHON"), ("กนกวรรณ ลิ้มสกุล", "KANOKWAN", "LIMSAKUL")]
ROMAN_NICK = ["mild", "ploy", "first", "beam", "june", "pun", "nut", "bow", "kaownah", "toey", "mook", "earth",
              "proud", "fah", "pete", "namwan"]
WESTERN = ["Oliver Hastings", "Charlotte Mbeki-Lane", "Lucas Fernández", "Hannah Vogel", "Ethan Caldwell",
           "Sophie Laurent", "Noah Bergström", "Amelia Richter", "Daniel O'Brien", "Isabella Conti",
           "Liam Gallagher-Price", "Chloe Dufresne"]
ASIAN_INTL = ["Tanaka Haruto", "Kim Seo-yeon", "Park Ji-hoon", "Wang Yuxuan", "Chen Zihan", "Aarav Mehta",
              "Priya Raghunathan", "Nguyen Thi Lan", "Sato Yui", "Lim Wei Ling"]
MM_NAMES = ["Naw Eh Htoo", "Saw Ler Wah", "Ma Thandar Win", "Ko Zaw Min Oo", "Nang Hseng Noon", "Mi Mi Aung"]
MM_NAMES_TH = ["นอ เอ ทู", "ซอ เลอ วา", "มะ ตันดา วิน", "โก ซอ มิน อู", "นาง เส่ง นุ่น", "มิ มิ อ่อง"]
LAO_NAMES_TH = ["ดาวเรือง พมมะวง", "คำผาย สีสุวัน", "บุนทัน แก้วดวงดี", "สีดา อินทะวง"]
KAREN_TH = ["หน่อเปอะ จอโพ", "ดิโอ ปู่ลี", "หมื่อ เลอะ มื่อ", "พะตี่ จอนิ", "นอ พอ ลา"]
HMONG_TH = ["หลี แซ่ย่าง", "ซัว แซ่ท้าว", "เกษร แซ่ลี", "ไหล่ แซ่ว่าง"]
AKHA_TH = ["อาเผอะ เชอมือ", "หมี่จู เยส่อ", "อาหมี่ มาเยอ"]
ABROAD_TH = ["ไมเคิล ฮาร์ดิง", "เจสสิกา วอลช์", "ยูกิ นากามูระ"]


def thf(r: random.Random) -> str:
    return f"{r.choice(TH_GIVEN_F)} {r.choice(TH_SUR)}"


def thm(r: random.Random) -> str:
    return f"{r.choice(TH_GIVEN_M)} {r.choice(TH_SUR)}"


def thn(r: random.Random) -> str:
    return thf(r) if r.random() < 0.5 else thm(r)


def given(r: random.Random) -> str:
    return r.choice(TH_GIVEN_F + TH_GIVEN_M)


def rom(r: random.Random) -> str:
    g, s = r.choice(ROMAN)
    return f"{g} {s}"


def rom_pair(r: random.Random, female: bool | None = None) -> tuple[str, str]:
    return r.choice(ROMAN if female is None else (ROMAN_F if female else ROMAN_M))


def rom_f(r: random.Random) -> str:
    return " ".join(rom_pair(r, True))


def intl(r: random.Random) -> str:
    return r.choice(r.choice([WESTERN, ASIAN_INTL]))


# ----------------------------------------------------------------------------------------------
# Fabricated values
# ----------------------------------------------------------------------------------------------
def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _pin(r: random.Random, first: str | None = None) -> str:
    body = (first or r.choice("1111233358")) + _digits(r, 11)
    return body + pin.calc_check_digit(body)


def nid(r: random.Random, style: str | None = None, first: str | None = None) -> str:
    d = _pin(r, first)
    style = style or r.choice(["dash", "plain", "space", "dash", "plain"])
    if style == "plain":
        return d
    sep = "-" if style == "dash" else " "
    return sep.join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def juristic(r: random.Random, style: str | None = None, kind: str = "company") -> str:
    if kind == "foundation":
        body = "0993000" + _digits(r, 5)
    else:
        body = "0" + r.choice(["105", "105", "135", "505", "835", "205"]) + str(r.randint(55, 67)) + _digits(r, 6)
    d = body + moa.calc_check_digit(body)
    style = style or r.choice(["plain", "dash", "plain"])
    if style == "plain":
        return d
    return "-".join([d[0], d[1:3], d[3], d[4:7], d[7:12], d[12]])


def epoch_ms(r: random.Random, lo: int = 1_704_000_000_000, hi: int = 1_830_000_000_000) -> str:
    """A 13-digit epoch-ms timestamp that happens to pass the Thai national-ID checksum."""
    while True:
        v = str(r.randint(lo, hi))
        if v[:2] in ("17", "18") and pin.is_valid(v):
            return v


def epochs(r: random.Random, n: int) -> list[str]:
    """n sorted checksum-passing epoch-ms values within about two months of each other."""
    base = r.randint(1_740_000_000_000, 1_800_000_000_000)
    return sorted({epoch_ms(r, base, base + 5_000_000_000) for _ in range(n * 3)})[:n]


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
    prefix = r.choice(["4", "4", "4", "52", "54", "5", "3530", "2720"])
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
        d = "0" + r.choice(["6", "8", "8", "9"]) + _digits(r, 8)
        s = style or r.choice(["dash", "plain", "space", "intl", "dash", "plain", "intl_plain"])
        n = d[1:]
        v = {
            "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}",
            "plain": d,
            "space": f"{d[:3]} {d[3:6]} {d[6:]}",
            "intl": f"+66 {n[:2]} {n[2:5]} {n[5:]}",
            "intl_plain": f"+66{n}",
            "dot": f"{d[:3]}.{d[3:6]}.{d[6:]}",
        }[s]
        if _valid_phone(v):
            return v


def landline(r: random.Random) -> str:
    while True:
        area = r.choice(["02", "053", "043", "074", "038", "044", "055", "073"])
        rest = _digits(r, 9 - len(area))
        if area == "02":
            rest = str(r.randint(2, 9)) + rest[1:]
            v = f"02-{rest[:3]}-{rest[3:]}"
        else:
            v = f"{area}-{rest[:3]}-{rest[3:]}"
        if _valid_phone(v):
            return v


FREE_MAIL = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.co.th", "icloud.com", "hotmail.co.th"]


def email(r: random.Random, pair: tuple[str, str] | None = None, domain: str | None = None) -> str:
    g, s = (x.lower().replace("'", "").replace(" ", "") for x in (pair or r.choice(ROMAN)))
    local = r.choice([f"{g}.{s}", f"{g}.{s[0]}", f"{g}{r.randint(80, 99)}", f"{g}_{s[:4]}", f"{s}.{g}",
                      f"{g}{s[:2]}{r.randint(1, 99)}"])
    return f"{local}@{domain or r.choice(FREE_MAIL)}"


def email_latin(r: random.Random, name: str, domain: str | None = None) -> str:
    parts = [re.sub(r"[^a-z]", "", p.lower()) for p in name.split()]
    parts = [p for p in parts if p]
    return email(r, (parts[0], parts[-1]), domain)


def ipv4(r: random.Random) -> str:
    while True:
        v = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
        if v.is_global:
            return str(v)


def ipv6(r: random.Random) -> str:
    return f"2001:fb1:{r.randint(0x10, 0xfff):x}:{r.randint(0x100, 0xffff):x}::{r.randint(2, 0xfff):x}"


def passport(r: random.Random, kind: str = "th") -> str:
    if kind == "th":
        return r.choice(["AA", "AB", "AC", "AD", "A"]) + _digits(r, 7)
    if kind == "mm":
        return r.choice(["MD", "ME", "MF"]) + _digits(r, 6)
    if kind == "la":
        return "P" + _digits(r, 7)
    if kind == "cn":
        return "E" + _digits(r, 8)
    if kind == "jp":
        return r.choice(["TK", "TR", "MU"]) + _digits(r, 7)
    if kind == "kr":
        return "M" + _digits(r, 8)
    if kind == "in":
        return r.choice("JKLMNPR") + _digits(r, 7)
    return r.choice(["C", "PA", "X"]) + _digits(r, 7)


BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา", "ทีทีบี", "ออมสิน", "ธ.ก.ส."]
BANKS_EN = ["KBank", "SCB", "Bangkok Bank", "Krungthai", "Krungsri", "ttb", "GSB", "BAAC"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    d = _digits(r, 10)
    style = style or r.choice(["dash", "plain", "dash", "twelve"])
    if style == "plain":
        return d
    if style == "twelve":
        d12 = "0" + _digits(r, 11)
        return r.choice([d12, f"{d12[:4]}-{d12[4:8]}-{d12[8:]}"])
    return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"


PLATE_LETTERS = ["กข", "ขก", "งท", "ฆฐ", "ชม", "บษ", "กค", "ฉล", "ษร", "ศพ", "วจ", "นข", "ผก", "จฬ"]
PLATE_PROV = ["กรุงเทพมหานคร", "เชียงใหม่", "ขอนแก่น", "นนทบุรี", "ปทุมธานี", "ชลบุรี", "สงขลา", "เชียงราย",
              "นครราชสีมา", "ภูเก็ต", "ตาก", "ยะลา"]


def plate(r: random.Random, prov: str | None = None) -> str:
    lead = r.choice(["", str(r.randint(1, 9))])
    letters = r.choice(PLATE_LETTERS)
    sep = r.choice([" ", " ", "-", ""]) if lead == "" else r.choice([" ", ""])
    return f"{lead}{letters}{sep}{r.randint(1, 9999)} {prov or r.choice(PLATE_PROV)}"


ADDR_TH = [
    ("แขวงสามเสนนอก", "เขตห้วยขวาง", "กรุงเทพมหานคร", "10310"),
    ("แขวงจอมพล", "เขตจตุจักร", "กรุงเทพฯ", "10900"),
    ("แขวงบางนาเหนือ", "เขตบางนา", "กรุงเทพมหานคร", "10260"),
    ("แขวงหนองค้างพลู", "เขตหนองแขม", "กรุงเทพฯ", "10160"),
    ("แขวงคลองจั่น", "เขตบางกะปิ", "กรุงเทพมหานคร", "10240"),
    ("ต.สุเทพ", "อ.เมืองเชียงใหม่", "จ.เชียงใหม่", "50200"),
    ("ตำบลในเมือง", "อำเภอเมืองขอนแก่น", "จังหวัดขอนแก่น", "40000"),
    ("ต.คอหงส์", "อ.หาดใหญ่", "จ.สงขลา", "90110"),
    ("ตำบลเวียงพางคำ", "อำเภอแม่สาย", "จังหวัดเชียงราย", "57130"),
    ("ต.ปางหมู", "อ.เมืองแม่ฮ่องสอน", "จ.แม่ฮ่องสอน", "58000"),
    ("ตำบลสะเตง", "อำเภอเมืองยะลา", "จังหวัดยะลา", "95000"),
    ("ต.บางพูด", "อ.ปากเกร็ด", "จ.นนทบุรี", "11120"),
    ("ตำบลคลองหนึ่ง", "อำเภอคลองหลวง", "จังหวัดปทุมธานี", "12120"),
    ("ต.ในเมือง", "อ.เมืองนครราชสีมา", "จ.นครราชสีมา", "30000"),
    ("ตำบลแม่สอด", "อำเภอแม่สอด", "จังหวัดตาก", "63110"),
    ("ตำบลตลาดใหญ่", "อำเภอเมืองภูเก็ต", "จังหวัดภูเก็ต", "83000"),
    ("ต.หนองปรือ", "อ.บางละมุง", "จ.ชลบุรี", "20150"),
    ("ตำบลธาตุเชิงชุม", "อำเภอเมืองสกลนคร", "จังหวัดสกลนคร", "47000"),
    ("ต.รูสะมิแล", "อ.เมืองปัตตานี", "จ.ปัตตานี", "94000"),
    ("ตำบลแม่เหียะ", "อำเภอเมืองเชียงใหม่", "จังหวัดเชียงใหม่", "50100"),
]
STREET_TH = ["ซอยลาดพร้าว 101", "ซ.ประชาราษฎร์บำเพ็ญ 12", "ถนนรามอินทรา", "ซอยอ่อนนุช 17", "ถ.เพชรเกษม",
             "ถนนมิตรภาพ", "ถ.ห้วยแก้ว", "ซอย 5", "ถนนกาญจนวนิช", "ถ.พหลโยธิน"]
ADDR_EN = [
    ("Sukhumvit Soi 39", "Khlong Tan Nuea", "Watthana", "Bangkok", "10110"),
    ("Rama IX Road", "Huai Khwang", "Huai Khwang", "Bangkok", "10310"),
    ("Nimmanhaemin Road", "Suthep", "Mueang Chiang Mai", "Chiang Mai", "50200"),
    ("Thepprasit Road", "Nong Prue", "Bang Lamung", "Chon Buri", "20150"),
    ("Chao Fa Road", "Chalong", "Mueang Phuket", "Phuket", "83130"),
    ("Mittraphap Road", "Nai Mueang", "Mueang Khon Kaen", "Khon Kaen", "40000"),
    ("Soi Lat Phrao 48", "Sam Sen Nok", "Huai Khwang", "Bangkok", "10310"),
    ("Phetkasem Road", "Hua Hin", "Hua Hin", "Prachuap Khiri Khan", "77110"),
    ("Srinakarin Road", "Nong Bon", "Prawet", "Bangkok", "10250"),
]


def house(r: random.Random) -> str:
    return r.choice([str(r.randint(3, 899)), f"{r.randint(1, 299)}/{r.randint(1, 120)}"])


def addr(r: random.Random, en: bool = False, area: int | None = None, short: bool = False) -> str:
    if en:
        st, sub, dist, prov, pc = r.choice(ADDR_EN)
        unit = r.choice(["", f"Moo {r.randint(1, 12)}, ", f"Unit {r.randint(2, 28)}0{r.randint(1, 9)}, "])
        return f"{house(r)} {unit}{st}, {sub}, {dist}, {prov} {pc}"
    t, a, p, pc = ADDR_TH[area] if area is not None else r.choice(ADDR_TH)
    bkk = t.startswith("แขวง")
    moo = "" if bkk else r.choice(["", f" หมู่ {r.randint(1, 15)}", f" ม.{r.randint(1, 15)}"])
    street = r.choice(["", " " + r.choice(STREET_TH)]) if bkk else r.choice(["", "", " " + r.choice(STREET_TH[4:])])
    tail = "" if short else f" {pc}"
    return f"{house(r)}{moo}{street} {t} {a} {p}{tail}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]


def dob(r: random.Random, style: str | None = None, lo: int = 1950, hi: int = 2004) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    be = y + 543
    style = style or r.choice(["th_long", "th_short", "slash_be", "iso", "slash_be", "th_short2"])
    return {
        "th_long": f"{d} {TH_MONTHS[m - 1]} {be}",
        "th_short": f"{d} {TH_MON[m - 1]} {be}",
        "th_short2": f"{d} {TH_MON[m - 1]} {str(be)[2:]}",
        "slash_be": f"{d:02d}/{m:02d}/{be}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "en": f"{d} {EN_MON[m - 1]} {y}",
        "en_long": f"{EN_MONTH[m - 1]} {d}, {y}",
        "slash_ce": f"{d:02d}/{m:02d}/{y}",
    }[style]


def dob_en(r: random.Random, lo: int = 1950, hi: int = 2004) -> str:
    return dob(r, r.choice(["en", "en_long", "iso", "slash_ce"]), lo, hi)


def student_id(r: random.Random, kind: str = "uni") -> str:
    yy = r.randint(64, 68)
    if kind == "uni":
        return f"{yy}{r.randint(10, 99)}{r.randint(100000, 999999)}"
    if kind == "uni_dash":
        return f"{yy}-{r.randint(10, 99)}-{r.randint(10000, 99999)}"
    if kind == "voc":
        return f"{yy}{r.randint(201, 320)}{r.randint(100000, 999999)}"
    if kind == "intl":
        return f"{r.choice('SG')}{2019 + r.randint(0, 6)}-{r.randint(100, 999)}{r.randint(0, 9)}"
    return str(r.randint(10000, 59999))


def hn(r: random.Random, style: str | None = None) -> str:
    yy = r.randint(58, 68)
    style = style or r.choice(["slash", "dash", "plain", "plain"])
    if style == "slash":
        return f"{r.randint(1000, 99999)}/{yy}"
    if style == "dash":
        return f"{yy}-{r.randint(10000, 999999):06d}"
    return str(r.randint(1000000, 9999999))


def line_id(r: random.Random, base: str | None = None) -> str:
    b = (base or r.choice(ROMAN_NICK)).lower()
    return r.choice([f"{b}{r.randint(1, 99)}", f"{b}_{r.choice(['cute', 'naja', 'kub', 'jaa', 'ja'])}",
                     f"{b}.{r.choice(['bkk', 'cm', 'kk', 'hy'])}{r.randint(0, 9)}", f"{b}{b[-1]}{b[-1]}",
                     f"{r.choice(['p', 'nong', 'khru'])}{b}"])


def amount(r: random.Random, lo: int = 200, hi: int = 80000) -> str:
    return f"{r.randint(lo, hi):,}"


def pick(r: random.Random, *opts):
    return r.choice(opts)


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
        return not re.search(r"\d|^(นาย|นาง|น\.ส\.|คุณ|ด\.ช\.|ด\.ญ\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) ", span)
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


def S(etype: str, phrase: str) -> list:
    """A labelled phrase followed by unlabelled context: "span|rest" -> [(etype, span), rest]."""
    span, _, rest = phrase.partition("|")
    return [(etype, span), rest]


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


def jstr(v: str) -> str:
    """Escape a plain string for embedding inside a JSON string literal written by hand."""
    return json.dumps(v, ensure_ascii=False)[1:-1]

# ==============================================================================================
# Education and youth services (positive)
# ==============================================================================================
UNIS = ["มหาวิทยาลัยขอนแก่น", "จุฬาลงกรณ์มหาวิทยาลัย", "มหาวิทยาลัยเชียงใหม่", "มหาวิทยาลัยสงขลานครินทร์",
        "มหาวิทยาลัยธรรมศาสตร์", "มหาวิทยาลัยราชภัฏเชียงราย", "มหาวิทยาลัยเทคโนโลยีราชมงคลธัญบุรี"]
UNI_MAIL = ["kkumail.com", "student.chula.ac.th", "cmu.ac.th", "email.psu.ac.th", "dome.tu.ac.th", "crru.ac.th"]
VOC = ["วิทยาลัยเทคนิคเชียงใหม่", "วิทยาลัยอาชีวศึกษาขอนแก่น", "วิทยาลัยเทคนิคหาดใหญ่", "วิทยาลัยการอาชีพปากเกร็ด",
       "วิทยาลัยพณิชยการบางนา"]
INTL_SCHOOLS = ["Riverside International School Bangkok", "Lanna Heights International School",
                "Andaman Bay International Academy", "St. Aldric's International School, Pattaya"]


@T("education")
def edu_registrar_name_change_email(r):
    f = r.random() < 0.5
    old = thf(r) if f else thm(r)
    new_sur = r.choice(TH_SUR)
    g = old.split()[0]
    sid = student_id(r, "uni")
    k = r.randrange(len(UNI_MAIL))
    return [
        "ช่วยเรียบเรียงอีเมลนี้ให้สุภาพขึ้นหน่อย แล้วแปลเป็นอังกฤษด้วย\n\n",
        "เรียน งานทะเบียนและประมวลผล ", UNIS[k], "\n",
        "ดิฉัน/กระผม ", P(old), " รหัสนักศึกษา ", ("STUDENT_ID", sid),
        " ได้เปลี่ยนนามสกุลเป็น \"", P(new_sur), "\" แล้ว (ชื่อใหม่: ", P(f"{g} {new_sur}"), ") ",
        "ขอแก้ไขชื่อในระบบทะเบียนและใบรับรองผลการศึกษา แนบสำเนาบัตรประชาชนเลขที่ ", ("TH_NATIONAL_ID", nid(r)),
        " และใบเปลี่ยนนามสกุล\nติดต่อกลับได้ที่ ", ("PHONE_NUMBER", mobile(r)),
        " หรืออีเมล ", ("EMAIL_ADDRESS", f"{sid}@{UNI_MAIL[k]}"), "\nขอบคุณค่ะ/ครับ",
    ]


@T("education")
def edu_scholarship_application_json(r):
    name = thf(r)
    father = thm(r)
    pre, span, rest = r.choice([("ป่วยเป็น", "โรคไตวายเรื้อรัง", "ต้องฟอกไตสัปดาห์ละ 3 ครั้ง"),
                                ("เป็น", "อัมพาตครึ่งซีก", "จากเส้นเลือดในสมองแตก"),
                                ("ป่วยเป็น", "มะเร็งตับระยะที่ 3", " รักษาตัวที่บ้าน")])
    return [
        '{"model": "gpt-4o-mini", "temperature": 0.2, "messages": [{"role": "system", "content": ',
        '"คุณเป็นผู้ช่วยคณะกรรมการทุนการศึกษา สรุปใบสมัครเป็น 5 บรรทัด และให้คะแนนความจำเป็น 1-5"}, ',
        '{"role": "user", "content": "ผู้สมัคร: ', P(name), ' | เลขบัตร ', ("TH_NATIONAL_ID", nid(r, "plain")),
        ' | ที่อยู่ ', ("ADDRESS", addr(r)), ' | รายได้ครัวเรือน ', amount(r, 4000, 12000),
        ' บาท/เดือน | บิดา (', P(father), ') ', pre, ("HEALTH_DATA", span), rest,
        ' มารดารับจ้างทั่วไป | บัญชีรับทุน ', r.choice(BANKS), ' ', ("TH_BANK_ACCOUNT", bank_acct(r)),
        ' | เบอร์ ', ("PHONE_NUMBER", mobile(r, "plain")), '"}]}',
    ]


@T("education")
def edu_counselling_session_note(r):
    nick = r.choice(TH_NICK)
    orient = r.choice(["เป็นไบเซ็กชวล", "เป็นเกย์", "เป็นเลสเบี้ยน"])
    name = thm(r) if orient == "เป็นเกย์" else (thf(r) if orient == "เป็นเลสเบี้ยน" else thn(r))
    sid = student_id(r, "uni")
    return [
        "[บันทึกให้คำปรึกษา — ศูนย์ให้คำปรึกษานักศึกษา] ช่วยสรุปเป็น SOAP note และเสนอแผนติดตาม 2 สัปดาห์\n",
        "ผู้รับบริการ: ", P(name), " (", nick, ") รหัส ", ("STUDENT_ID", sid), " ชั้นปีที่ ", str(r.randint(1, 4)), "\n",
        "S: นักศึกษาเล่าว่านอนไม่หลับมา 3 สัปดาห์ ผลการเรียนตก รู้สึกผิดกับครอบครัวหลังบอกแม่ว่าตัวเอง",
        ("SEXUAL_BEHAVIOUR", orient), " แม่ไม่ยอมรับ\n",
        "O: PHQ-9 = ", str(r.randint(16, 22)), " มีความคิดอยากตายแต่ไม่มีแผน เคย", ("HEALTH_DATA", "กรีดแขนตัวเอง"),
        " เมื่อปีที่แล้ว\nA: สงสัย", ("HEALTH_DATA", "ภาวะซึมเศร้าระดับรุนแรง"), "\n",
        "P: ส่งต่อจิตแพทย์ โรงพยาบาลมหาวิทยาลัย นัดติดตามทุกวันพุธ เบอร์ติดต่อฉุกเฉินของนักศึกษา ",
        ("PHONE_NUMBER", mobile(r)),
    ]


@T("education")
def edu_intl_admission_form_en(r):
    child = r.choice(WESTERN + ASIAN_INTL)
    parent = r.choice(WESTERN + ASIAN_INTL)
    allergy = r.choice(["severe peanut allergy (carries EpiPen)", "coeliac disease", "type 1 diabetes, insulin pump"])
    sp = allergy.split(" (")[0].split(",")[0]
    return [
        "Please check this admission form for missing fields and draft a welcome email to the parent.\n\n",
        r.choice(INTL_SCHOOLS), " - Application for Admission (Grade ", str(r.randint(2, 10)), ")\n",
        "Student full name: ", P(child), "\nDate of birth: ", ("DATE_OF_BIRTH", dob_en(r, 2010, 2019)),
        "\nPassport no.: ", ("TH_PASSPORT", passport(r, r.choice(["cn", "jp", "kr", "other"]))),
        "\nHome address in Thailand: ", ("ADDRESS", addr(r, en=True)),
        "\nParent/guardian: ", P(parent), "\nParent email: ", ("EMAIL_ADDRESS", email_latin(r, parent)),
        "\nParent mobile: ", ("PHONE_NUMBER", mobile(r, "intl")),
        "\nMedical conditions: ", ("HEALTH_DATA", sp), allergy[len(sp):],
        "\nPrevious school: Seoul Foreign School / homeschool\nSiblings at school: none",
    ]


@T("education")
def edu_tutoring_app_parent_chat(r):
    kid = r.choice(TH_NICK)
    mom = thf(r)
    tutor = thn(r)
    return [
        "แชทจากแอปเรียนพิเศษ ช่วยตอบแทนแอดมินให้หน่อย สุภาพและสั้น:\n",
        "[19:42] ผู้ปกครอง (", P(mom), "): สวัสดีค่ะ อยากให้ครู", P(tutor.split()[0]),
        " สอนคณิต ม.3 ให้น้อง", kid, " วันเสาร์ค่ะ ติดต่อแม่ได้ที่ไลน์ ", ("LINE_ID", line_id(r)),
        " หรือโทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "[19:43] ผู้ปกครอง: ขอเลขบัญชีครูโดยตรงได้ไหมคะ จะได้ไม่เสียค่าธรรมเนียมแอป\n",
        "[19:50] ระบบ: ข้อความนี้อาจขัดนโยบายการชำระเงินนอกแพลตฟอร์ม",
    ]


@T("education")
def edu_tutoring_payment_ticket(r):
    p = rom_pair(r, True)
    return [
        "Ticket #TU-", str(r.randint(40000, 99999)), " | หมวด: ชำระเงินไม่สำเร็จ\n",
        "ลูกค้าเขียนมาว่า: ตัดบัตรไม่ผ่าน 3 ครั้งแล้วค่ะ คอร์ส TGAT ติวเข้ม 4,990 บาท บัตรเลข ",
        ("CREDIT_CARD", card(r)), " หมดอายุ ", f"{r.randint(1, 12):02d}/{r.randint(27, 30)}",
        " ชื่อบนบัตร ", P(f"{p[0].upper()} {p[1].upper()}"), " อีเมลบัญชี ", ("EMAIL_ADDRESS", email(r, p)),
        "\nTask: classify root cause and write a reply in Thai. Never repeat the card number back.",
    ]


@T("education")
def edu_vocational_internship_csv(r):
    rows = []
    for _ in range(3):
        rows += [("STUDENT_ID", student_id(r, "voc")), ",", P(thn(r)), ",", ("PHONE_NUMBER", mobile(r, "plain")),
                 ",", r.choice(["ช่างยนต์", "ช่างไฟฟ้า", "การบัญชี", "การโรงแรม"]), "\n"]
    return [
        "นี่คือรายชื่อนักศึกษาฝึกงานจาก ", r.choice(VOC), " ช่วยจัดกลุ่มตามสาขาและร่างหนังสือส่งตัวถึงบริษัท ",
        "(สถานประกอบการ เลขทะเบียนนิติบุคคล ", ("TH_JURISTIC_ID", juristic(r)), ")\n",
        "student_id,name,phone,major\n", rows,
    ]


@T("education")
def edu_student_loan_form_ocr(r):
    name = thn(r)
    return [
        "OCR จากแบบคำขอกู้ยืม กยศ. (อ่านไม่ชัดบางส่วน) ช่วยแปลงเป็น JSON ตาม schema ที่ให้\n",
        "ชื่อ-สกุล ผู้กู้ ", P(name), "   เลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r, "space")),
        "\nวัน/เดือน/ปีเกิด ", ("DATE_OF_BIRTH", dob(r, "slash_be", 2004, 2007)),
        "  สถานศึกษา ", r.choice(UNIS + VOC), "\nที่อยู่ตามทะเบียนบ้าน ", ("ADDRESS", addr(r)),
        "\nบิดา ", P(thm(r)), " อาชีพ เกษตรกร  มารดา ", P(thf(r)), " อาชีพ ค้าขาย\n",
        "บัญชีธนาคารกรุงไทย เลขที่ ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), "  โทร ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("education")
def edu_disability_support_request(r):
    name = thn(r)
    dis = r.choice(["บกพร่องทางการได้ยินระดับรุนแรง", "พิการทางการมองเห็น (สายตาเลือนราง)", "มีภาวะออทิสซึม",
                    "พิการทางการเคลื่อนไหว"])
    return [
        "ร่างจดหมายถึงอาจารย์ประจำวิชาทุกท่าน ขอปรับวิธีสอบให้นักศึกษาคนนี้ (ภาษาทางการ)\n",
        "ข้อมูลจากหน่วยบริการนักศึกษาพิการ (DSS): ", P(name), " รหัสนักศึกษา ", ("STUDENT_ID", student_id(r, "uni_dash")),
        " ", ("DISABILITY", dis), " ขอเวลาสอบเพิ่ม 50% และห้องสอบแยก ",
        "ติดต่อนักศึกษา ", ("EMAIL_ADDRESS", email(r, domain=r.choice(UNI_MAIL))),
    ]


@T("education")
def edu_proctoring_log_en(r):
    sid = student_id(r, "uni")
    vec = ", ".join(f"{r.uniform(-0.4, 0.4):.4f}" for _ in range(6))
    return [
        "Explain why this online exam session was flagged and whether we should escalate:\n",
        '{"exam": "STAT101-MID", "student_id": "', ("STUDENT_ID", sid), '", "email": "',
        ("EMAIL_ADDRESS", f"{sid}@{r.choice(['kkumail.com', 'cmu.ac.th'])}"), '", "client_ip": "',
        ("IP_ADDRESS", ipv4(r)), '", "face_embedding": "', ("BIOMETRIC_DATA", f"[{vec}, ...]"),
        '", "face_match": ', f"{r.uniform(0.41, 0.58):.2f}", ', "events": ["second_face_detected", "tab_switch x4"], ',
        '"duration_s": ', str(r.randint(3000, 5400)), '}',
    ]


@T("education")
def edu_dorm_incident_report(r):
    a, b = thm(r), thm(r)
    return [
        "สรุปรายงานเหตุการณ์หอพักนี้ให้คณบดีอ่าน 1 ย่อหน้า\n",
        "วันที่ ", str(r.randint(1, 28)), " ", r.choice(TH_MON), " 2568 เวลา 01.30 น. รปภ. พบ ", P(a), " (รหัส ",
        ("STUDENT_ID", student_id(r, "uni")), ") ทะเลาะวิวาทกับ ", P(b), " ที่หอพักอาคาร 7 ",
        "ตรวจสอบย้อนหลังพบว่า", P(a.split()[0]), " ", ("CRIMINAL_RECORD", r.choice([
            "เคยถูกดำเนินคดีครอบครองยาเสพติดเมื่อปี 2566", "เคยต้องคำพิพากษาให้รอลงอาญาคดีทำร้ายร่างกาย"])),
        " ผู้ปกครองรับทราบแล้ว เบอร์ผู้ปกครอง ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("education")
def edu_parent_teacher_meeting_notes(r):
    kid = thn(r)
    return [
        "Meeting notes (ประชุมผู้ปกครองรายบุคคล ป.4/2) — ช่วยทำ action items\n",
        "- ผู้เข้าร่วม: ครูประจำชั้น, แม่ของด.ช./ด.ญ. ", P(kid), ", ครูแนะแนว\n",
        "- แม่แจ้งว่าน้องได้รับการวินิจฉัยว่าเป็น", ("HEALTH_DATA", r.choice(["สมาธิสั้น (ADHD)", "โรคลมชัก",
                                                                          "หอบหืดรุนแรง"])),
        " กินยาทุกเช้า ขอให้ครูช่วยสังเกตอาการช่วงบ่าย\n",
        "- ต้องการให้นั่งหน้าห้อง ลดการบ้านลงช่วงสอบ\n",
        "- ติดต่อแม่: ", ("PHONE_NUMBER", mobile(r)), " / LINE ", ("LINE_ID", line_id(r)), "\n",
        "- นัดติดตามอีกครั้งหลังสอบกลางภาค",
    ]


@T("education")
def edu_tcas_appeal_email(r):
    name = thf(r)
    return [
        "เขียนอีเมลอุทธรณ์ผล TCAS รอบ 3 ให้หน่อย โทนสุภาพแต่หนักแน่น ข้อมูลของหนู:\n",
        "ชื่อ ", P(name), " เลขบัตรประชาชน ", ("TH_NATIONAL_ID", nid(r)), " เลขที่สมัคร 6800", str(r.randint(100000, 999999)),
        "\nคะแนน TGAT ", str(r.randint(150, 260)), " A-Level คณิต 1 ", str(r.randint(40, 90)),
        "\nอีเมล ", ("EMAIL_ADDRESS", email(r)), " เบอร์ ", ("PHONE_NUMBER", mobile(r)),
        "\nปัญหา: ระบบขึ้นว่าไม่ยืนยันสิทธิ์ แต่หนูกดยืนยันแล้วและมีภาพหน้าจอ",
    ]


@T("education")
def edu_exchange_visa_letter_en(r):
    name = r.choice(ASIAN_INTL + WESTERN)
    kind = r.choice(["cn", "jp", "kr", "in", "other"])
    return [
        "Draft a visa support letter (Non-ED) for this inbound exchange student. Keep it to one page.\n",
        "Name: ", P(name), "\nNationality passport no: ", ("TH_PASSPORT", passport(r, kind)),
        "\nDate of birth: ", ("DATE_OF_BIRTH", dob_en(r, 2000, 2005)),
        "\nHost faculty: Faculty of Engineering, Khon Kaen University\nExchange student ID: ",
        ("STUDENT_ID", student_id(r, "uni")), "\nAccommodation: ", ("ADDRESS", addr(r, en=True)),
        "\nPeriod: August-December 2026\nInternational office contact: inbound@kku.ac.th",
    ]


@T("education")
def edu_school_van_roster(r):
    driver = thm(r)
    kids = [r.choice(TH_NICK) for _ in range(3)]
    return [
        "ทำตารางรับส่งนักเรียนรถตู้สายเช้าให้เรียงตามเส้นทางจากข้อมูลนี้\n",
        "คนขับ: ", P(driver), " โทร ", ("PHONE_NUMBER", mobile(r)), " ทะเบียนรถ ", ("TH_VEHICLE_PLATE", plate(r)), "\n",
        "1) น้อง", kids[0], " (", P(thn(r)), ") รับที่ ", ("ADDRESS", addr(r, short=True)), "\n",
        "2) น้อง", kids[1], " รับหน้า 7-11 ปากซอย\n",
        "3) น้อง", kids[2], " (", P(thn(r)), ") รับที่ ", ("ADDRESS", addr(r, short=True)), " แม่ฝากให้รอ 5 นาที\n",
        "ถึงโรงเรียนก่อน 07.30 น.",
    ]


@T("education")
def edu_uni_parking_permit(r):
    name = thn(r)
    return [
        "แบบฟอร์มขอสติ๊กเกอร์จอดรถในมหาวิทยาลัย (กรอกผ่าน Google Form) — ตรวจว่าข้อมูลครบไหม\n",
        "ชื่อ-นามสกุล: ", P(name), "\nประเภท: นักศึกษาปริญญาโท\nรหัสนักศึกษา: ", ("STUDENT_ID", student_id(r, "uni")),
        "\nทะเบียนรถ: ", ("TH_VEHICLE_PLATE", plate(r)), "\nยี่ห้อ/สี: Honda City สีเทา\nเบอร์โทร: ",
        ("PHONE_NUMBER", mobile(r, "dash")), "\nหมายเหตุ: รถเป็นชื่อพ่อ ขอใช้สำเนาทะเบียนรถแทน",
    ]


@T("education")
def edu_lms_login_anomaly_en(r):
    p = rom_pair(r)
    em = email(r, p, domain=r.choice(["dome.tu.ac.th", "cmu.ac.th", "kkumail.com"]))
    return [
        "สรุป log การเข้าระบบ Moodle นี้ให้ทีมไอที บัญชีนี้ถูกแฮ็กหรือเปล่า\n",
        f"2026-02-{r.randint(10, 27)}T02:1{r.randint(0, 9)}:44+07:00 login_failed user=", ("EMAIL_ADDRESS", em),
        " ip=", ("IP_ADDRESS", ipv4(r)), " ua=python-requests/2.31\n",
        f"2026-02-{r.randint(10, 27)}T02:2{r.randint(0, 9)}:03+07:00 login_ok user=", ("EMAIL_ADDRESS", em),
        " ip=", ("IP_ADDRESS", ipv4(r)), " country=NL\n",
        "2026-02-14T08:03:12+07:00 login_ok user=", ("EMAIL_ADDRESS", em), " ip=", ("IP_ADDRESS", ipv6(r)),
        " country=TH\n(owner: ", P(f"{p[0]} {p[1]}"), ", 3rd-year, Faculty of Commerce)",
    ]


@T("education")
def edu_thesis_interview_teacher_union(r):
    t = thf(r)
    return [
        "Transcript บทสัมภาษณ์สำหรับวิทยานิพนธ์ (ผู้ให้ข้อมูลคนที่ 4) ช่วยทำ open coding ให้หน่อย\n",
        "ผู้วิจัย: ช่วยเล่าภาระงานของครูโรงเรียนเอกชนให้ฟังหน่อยค่ะ\n",
        "ครู", P(t), ": ครูสอน 24 คาบต่อสัปดาห์ค่ะ แล้วยังต้องทำเอกสารประเมินอีก ตอนนี้ครู",
        ("TRADE_UNION", r.choice(["เป็นกรรมการสหภาพแรงงานครูโรงเรียนเอกชน", "เป็นสมาชิกสหภาพครูเอกชนภาคเหนือ"])),
        " เราเพิ่งยื่นข้อเรียกร้องเรื่องค่าล่วงเวลาไป\n",
        "ผู้วิจัย: ผู้บริหารว่าอย่างไรบ้างคะ\n",
        "ครู", P(t.split()[0]), ": ก็ไม่ค่อยพอใจค่ะ ถ้าอยากคุยต่อโทรหาครูที่ ", ("PHONE_NUMBER", mobile(r)), " ได้เลยนะคะ",
    ]


@T("education")
def edu_student_union_election_complaint(r):
    a = thn(r)
    pol = r.choice(["เป็นสมาชิกพรรคประชาชน", "ไปปราศรัยบนเวทีม็อบคณะราษฎรเมื่อปี 63",
                    "สนับสนุนพรรครวมไทยสร้างชาติอย่างเปิดเผย"])
    return [
        "มีคนร้องเรียนเข้ามาที่กองกิจการนักศึกษา ช่วยตรวจว่าเป็นการละเมิดระเบียบเลือกตั้งสโมสรหรือเปล่า:\n",
        "\"ผู้สมัครนายกสโมสรเบอร์ 2 ", P(a), " รหัส ", ("STUDENT_ID", student_id(r, "uni")), " ",
        ("POLITICAL_OPINION", pol), " แล้วเอาโลโก้พรรคมาใช้ในโปสเตอร์หาเสียง ผิดระเบียบข้อ 12 ",
        "ที่ห้ามใช้สัญลักษณ์พรรคการเมือง\"\n— ผู้ร้องไม่ประสงค์ออกนาม",
    ]


@T("education")
def edu_hijab_uniform_request(r):
    kid = thf(r)
    return [
        "ช่วยร่างหนังสือตอบผู้ปกครองเรื่องขออนุญาตแต่งกาย:\n",
        "\"เรียน ผู้อำนวยการ ดิฉันเป็นมารดาของ ด.ญ.", P(kid), " นักเรียนชั้น ม.1/4 เลขประจำตัว ",
        ("STUDENT_ID", student_id(r, "school")), " เนื่องจากครอบครัวเรา", ("RELIGION", r.choice(["นับถือศาสนาอิสลาม", "เป็นมุสลิม"])),
        " ขออนุญาตให้บุตรสาวคลุมฮิญาบและสวมกระโปรงยาวในวันเรียนปกติ และขอใช้ห้องละหมาดช่วงพักกลางวัน ",
        "ติดต่อ ", ("PHONE_NUMBER", mobile(r)), "\"",
    ]


@T("education")
def edu_minority_scholarship_applicant(r):
    name = r.choice(KAREN_TH + HMONG_TH + AKHA_TH)
    eth = {**{k: "ชาวปกาเกอะญอ" for k in KAREN_TH}, **{k: "ชาวม้ง" for k in HMONG_TH},
           **{k: "ชาติพันธุ์อาข่า" for k in AKHA_TH}}[name]
    return [
        "ช่วยเขียนเรียงความแนะนำตัวยาว 300 คำให้ผู้สมัครทุนคนนี้ (อิงจากข้อมูลด้านล่าง)\n",
        "ชื่อ ", P(name), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_long", 2005, 2008)),
        " เป็น", ("ETHNICITY", eth), " บ้านอยู่ ", ("ADDRESS", addr(r, area=r.choice([8, 9]))),
        " พูดภาษาไทยเป็นภาษาที่สอง เลขประจำตัว ", ("TH_NATIONAL_ID", nid(r, "dash", first=r.choice("678"))),
        " อยากเรียนพยาบาลเพื่อกลับไปทำงานที่หมู่บ้าน",
    ]


@T("education")
def edu_thalassemia_screen_student(r):
    name = thn(r)
    return [
        "ผลตรวจสุขภาพนักศึกษาใหม่ (หน่วยบริการสุขภาพ) — ช่วยเขียนข้อความแจ้งผลแบบเข้าใจง่าย:\n",
        "ชื่อ ", P(name), " รหัสนักศึกษา ", ("STUDENT_ID", student_id(r, "uni")), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)),
        "\nHb typing: ", ("GENETIC_DATA", r.choice(["พาหะฮีโมโกลบินอี (HbE trait)", "เป็นพาหะแอลฟาธาลัสซีเมีย 1",
                                                  "พาหะเบต้าธาลัสซีเมีย"])),
        "\nCBC: ปกติ  HBsAg: negative\nคำแนะนำ: ควรตรวจคู่สมรสก่อนมีบุตร",
    ]


@T("education")
def edu_learning_support_plan_en(r):
    child = r.choice(WESTERN + ASIAN_INTL)
    return [
        "Rewrite this Individual Learning Plan summary for the new homeroom teacher (bullet points).\n",
        "Student: ", P(child), " | DOB ", ("DATE_OF_BIRTH", dob_en(r, 2012, 2017)), " | Student no. ",
        ("STUDENT_ID", student_id(r, "intl")), "\nProfile: ",
        S("DISABILITY", r.choice(["dyslexia| (diagnosed in Year 2)", "moderate hearing loss in both ears|, uses hearing aids",
                                 "autism spectrum disorder (level 1)"])),
        "; also ", ("HEALTH_DATA", r.choice(["ADHD, takes methylphenidate at school", "generalised anxiety disorder"])),
        ".\nAccommodations: extra time (25%), reader for tests, quiet room.\n",
        "Parent contact: ", ("EMAIL_ADDRESS", email_latin(r, child)),
    ]


@T("education")
def edu_graduation_fee_refund(r):
    name = thf(r)
    return [
        "ตอบกลับนักศึกษาที่ขอคืนเงินค่าธรรมเนียมซ้ำซ้อน ขั้นตอนคืนเงินใช้เวลา 15 วันทำการ\n",
        "ข้อความจากนักศึกษา: หนูชื่อ", P(name), " รหัส ", ("STUDENT_ID", student_id(r, "uni")),
        " จ่ายค่าลงทะเบียนซ้ำ 2 รอบ ยอด ", amount(r, 9000, 25000), " บาท ขอคืนเข้าบัญชี", r.choice(BANKS), " เลขที่ ",
        ("TH_BANK_ACCOUNT", bank_acct(r)), " ชื่อบัญชีเดียวกันค่ะ โทร ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("education")
def edu_alumni_crm_tsv(r):
    lines = []
    for _ in range(3):
        p = rom_pair(r)
        lines += [("STUDENT_ID", student_id(r, "uni")), "\t", P(thn(r)), "\t", ("EMAIL_ADDRESS", email(r, p)), "\t",
                  ("PHONE_NUMBER", mobile(r, "plain")), "\t", str(r.randint(2012, 2022)), "\t",
                  r.choice(["บริจาคแล้ว", "ยังไม่บริจาค", "ไม่ต้องการรับข่าว"]), "\n"]
    return [
        "Export จาก CRM ศิษย์เก่า ช่วยเขียนอีเมลชวนร่วมงาน Homecoming เฉพาะคนที่ยังรับข่าวสาร\n",
        "รหัสนักศึกษา\tชื่อ\tอีเมล\tโทร\tปีจบ\tสถานะ\n", lines,
    ]


@T("education")
def edu_teacher_background_check(r):
    name = thm(r)
    return [
        "ผลตรวจประวัติผู้สมัครตำแหน่งครูพี่เลี้ยงหอพัก ช่วยสรุปความเสี่ยงสำหรับคณะกรรมการ\n",
        "ผู้สมัคร: ", P(name), " เลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "ผลตรวจจากกองทะเบียนประวัติอาชญากร: ", ("CRIMINAL_RECORD", r.choice([
            "เคยต้องโทษจำคุก 1 ปี คดีลักทรัพย์ (พ.ศ. 2559)", "มีประวัติถูกจับกุมคดีพนันออนไลน์ ปี 2564",
            "เคยถูกพิพากษาคดีขับรถขณะเมาสุรา"])),
        "\nประสบการณ์: ครูสอนพิเศษ 5 ปี",
    ]


@T("education")
def edu_kindergarten_pickup_fingerprint(r):
    kid = thn(r)
    grand = thf(r)
    return [
        "ระบบรับส่งเด็กอนุบาลส่ง payload นี้มา ช่วยเขียนข้อความแจ้งผู้ปกครองว่าเพิ่มผู้รับแทนสำเร็จ\n",
        '{"child": "', P(kid), '", "room": "อ.2/1", "authorized_pickup": [{"name": "', P(grand),
        '", "relation": "ยาย", "national_id": "', ("TH_NATIONAL_ID", nid(r, "plain")), '", "phone": "',
        ("PHONE_NUMBER", mobile(r, "plain")), '", "fingerprint_template": "',
        ("BIOMETRIC_DATA", "Rk1SACAyMAAAAAFsAAABQAHg" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123456789") for _ in range(18))),
        '"}]}',
    ]


@T("education")
def edu_counselling_chatbot_payload(r):
    name = thf(r)
    return [
        '{"model": "claude-3-5-sonnet", "max_tokens": 800, "system": "คุณคือผู้ช่วยเบื้องต้นของศูนย์สุขภาวะนักศึกษา ',
        'ห้ามวินิจฉัย ให้ส่งต่อเมื่อมีความเสี่ยง", "messages": [{"role": "user", "content": "สวัสดีค่ะ หนูชื่อ',
        P(name), ' รหัส ', ("STUDENT_ID", student_id(r, "uni")), ' ตอนนี้หนู',
        ("HEALTH_DATA", r.choice(["กินยาต้านเศร้า Sertraline อยู่", "เป็นโรคแพนิค", "เป็นไบโพลาร์"])),
        ' แต่ช่วงสอบอาการแย่ลง อยากนัดคุยกับนักจิตวิทยาด่วนค่ะ"}]}',
    ]


@T("education")
def edu_vocational_dropout_call(r):
    name = thm(r)
    return [
        "ถอดเสียงโทรติดตามนักเรียนหลุดระบบ (โครงการ Zero Dropout) ช่วยสรุปสถานะและสิ่งที่ต้องช่วยเหลือ\n",
        "ครู: สวัสดีครับ ใช่ผู้ปกครองของ", P(name), "ไหมครับ\n",
        "แม่: ค่ะ ตอนนี้ลูก", ("CRIMINAL_RECORD", r.choice(["อยู่สถานพินิจฯ คดีแข่งรถในทาง", "ถูกจับคดีลักจักรยานยนต์"])),
        " ยังไม่ได้กลับไปเรียนเลยค่ะ\nครู: ถ้าออกมาแล้วเรียน กศน. ต่อได้นะครับ บ้านยังอยู่ที่ ",
        ("ADDRESS", addr(r)), " ใช่ไหมครับ\nแม่: ใช่ค่ะ เบอร์นี้ ", ("PHONE_NUMBER", mobile(r)), " ติดต่อได้ตลอด",
    ]


@T("education")
def edu_intl_fee_invoice_dispute_en(r):
    parent = r.choice(WESTERN + ASIAN_INTL)
    return [
        "Reply to this parent about the late-payment fee. Be firm but kind.\n\n",
        "From: ", P(parent), " <", ("EMAIL_ADDRESS", email_latin(r, parent)), ">\n",
        "Subject: Term 2 invoice - student ", ("STUDENT_ID", student_id(r, "intl")), "\n",
        "Hi, I paid the THB 312,500 tuition on the 3rd with my card ending in the number below, but the portal still ",
        "shows overdue. Card used: ", ("CREDIT_CARD", card(r)),
        ". Please waive the 2% late fee. You can call me on ", ("PHONE_NUMBER", mobile(r, "intl")), ".",
    ]


@T("education")
def edu_course_certificate_en(r):
    p = rom_pair(r)
    return [
        "ช่วยเขียนข้อความบนเกียรติบัตรและโพสต์ LinkedIn (ภาษาอังกฤษ) ให้ผู้เรียนคนนี้\n",
        "Learner: ", P(f"{p[0]} {p[1]}"), "\nEmail: ", ("EMAIL_ADDRESS", email(r, p)),
        "\nDate of birth (for certificate verification): ", ("DATE_OF_BIRTH", dob_en(r, 1985, 2002)),
        "\nCourse: Data Analytics Bootcamp (120 hours), final score 91/100",
    ]


@T("education")
def edu_university_staff_union(r):
    name = thn(r)
    return [
        "ช่วยร่างบันทึกข้อความถึงฝ่ายบุคคลเรื่องการหักเงินเดือนค่าบำรุงสหภาพ:\n",
        "อาจารย์", P(name), " สังกัดคณะมนุษยศาสตร์ ", ("TRADE_UNION", r.choice([
            "เป็นประธานสหภาพพนักงานมหาวิทยาลัย", "สมัครเป็นสมาชิกสหภาพแรงงานบุคลากรมหาวิทยาลัย"])),
        " ขอให้หักค่าบำรุงเดือนละ 100 บาทจากบัญชีเงินเดือน ", ("TH_BANK_ACCOUNT", bank_acct(r)), " ตั้งแต่เดือนหน้า",
    ]


@T("education")
def edu_passport_scan_ocr_student(r):
    th, giv_en, sur_en = r.choice(TH_EN_PAIRS)
    return [
        "ข้อความจาก OCR หน้าพาสปอร์ตนักศึกษาที่จะไปแลกเปลี่ยนญี่ปุ่น ช่วยกรอกลงแบบฟอร์ม JASSO ให้หน่อย\n",
        "Type P  Code THA  Passport No. ",
        ("TH_PASSPORT", passport(r)), "\nSurname ", P(sur_en), "  Given names ", P(giv_en),
        "\nชื่อภาษาไทย ", P(th), "\nDate of birth ", ("DATE_OF_BIRTH", dob(r, "en", 2002, 2005)),
        "\nPersonal No. ", ("TH_NATIONAL_ID", nid(r, "space")), "\nDate of expiry 14 MAR 2031",
    ]


@T("education")
def edu_tutor_onboarding(r):
    name = thn(r)
    return [
        "ตรวจเอกสารสมัครเป็นติวเตอร์ฟรีแลนซ์บนแพลตฟอร์มให้หน่อย ขาดอะไรบ้าง\n",
        "ชื่อ: ", P(name), "\nเลขบัตร: ", ("TH_NATIONAL_ID", nid(r)), "\nวิชาที่สอน: ฟิสิกส์ ม.ปลาย, PAT3\n",
        "บัญชีรับเงิน: ", r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r)), "\nLINE: ", ("LINE_ID", line_id(r)),
        "\nโทร: ", ("PHONE_NUMBER", mobile(r)), "\nวุฒิ: วศ.บ. (เกียรตินิยม)",
    ]


@T("education")
def edu_scholarship_interview_long(r):
    name = thf(r)
    mom = thf(r)
    filler = (
        "คณะกรรมการได้สอบถามเกี่ยวกับเป้าหมายการเรียน ผู้สมัครตอบว่าต้องการเรียนสาขาเทคนิคการแพทย์ "
        "และมีผลการเรียนเฉลี่ย 3.72 เข้าร่วมกิจกรรมจิตอาสาของโรงเรียนอย่างสม่ำเสมอ ทั้งค่ายอาสาพัฒนาชนบท "
        "และโครงการพี่สอนน้อง คณะกรรมการเห็นว่ามีความตั้งใจและวุฒิภาวะเหมาะสมกับทุน "
    )
    return [
        "สรุปบันทึกสัมภาษณ์ทุน (ยาว) ให้เหลือครึ่งหน้า และให้ความเห็นว่าควรได้ทุนเต็มจำนวนหรือไม่\n\n",
        "บันทึกการสัมภาษณ์ทุนการศึกษามูลนิธิเพื่อเยาวชน ประจำปี 2569 รอบที่ 2\n", filler, filler.replace("3.72", "ดีมาก"),
        "\nด้านครอบครัว: ผู้สมัคร (", P(name), ") อาศัยอยู่กับมารดา ", P(mom), " ซึ่ง",
        ("DISABILITY", r.choice(["พิการทางการมองเห็นตั้งแต่กำเนิด", "พิการขาขาดข้างหนึ่งจากอุบัติเหตุ"])),
        " และได้รับเบี้ยความพิการเดือนละ 1,000 บาท บ้านเลขที่ ", ("ADDRESS", addr(r)),
        " ผู้สมัครช่วยแม่ขายลอตเตอรี่หลังเลิกเรียน\n", filler.replace("ผู้สมัครตอบ", "ผู้สมัครเล่า"),
        "ความเห็นกรรมการ: สมควรได้รับทุน",
    ]


@T("education")
def edu_intl_school_medical_form_en(r):
    child = r.choice(WESTERN + ASIAN_INTL)
    return [
        "Turn this school nurse record into a short handover note for the field-trip leader.\n",
        "Student: ", P(child), "  Year 8\nHospital HN (Bangkok Hospital): ", ("MEDICAL_RECORD_NUMBER", hn(r, "dash")),
        "\nConditions: ", ("HEALTH_DATA", r.choice(["asthma, uses salbutamol inhaler", "anaphylaxis to shellfish",
                                                   "epilepsy, on levetiracetam"])),
        "\nBlood group: ", ("HEALTH_DATA", r.choice(["O Rh-negative", "AB positive"])),
        "\nEmergency contact: ", P(r.choice(WESTERN + ASIAN_INTL)), " ", ("PHONE_NUMBER", mobile(r, "intl")),
    ]


@T("education")
def edu_foreign_lecturer_work_permit_en(r):
    name = r.choice(WESTERN + ASIAN_INTL)
    return [
        "Check this checklist for the foreign lecturer's work-permit renewal and list what HR still needs.\n",
        "Lecturer: ", P(name), "\nPassport: ", ("TH_PASSPORT", passport(r, r.choice(["cn", "jp", "in", "other"]))),
        "\nDOB: ", ("DATE_OF_BIRTH", dob_en(r, 1965, 1990)), "\nPersonal email: ", ("EMAIL_ADDRESS", email_latin(r, name)),
        "\nThai mobile: ", ("PHONE_NUMBER", mobile(r, "dash")),
        "\nDocuments received: degree certificate, medical certificate, 4 photos",
    ]


@T("education")
def edu_sex_ed_clinic_chat(r):
    nick = r.choice(TH_NICK)
    return [
        "ข้อความเข้ามาทางไลน์ OA คลินิกวัยรุ่นของมหาวิทยาลัย ช่วยร่างคำตอบที่ไม่ตัดสิน:\n",
        "\"พี่คะ หนู", nick, " ปี 1 นะคะ (", P(thf(r)), ") เมื่อคืนหนู", ("SEXUAL_BEHAVIOUR", "มีเพศสัมพันธ์โดยไม่ได้ป้องกัน"),
        " กับแฟน จะซื้อยาคุมฉุกเฉินที่ไหนได้บ้าง แล้ว", ("HEALTH_DATA", "ประจำเดือนเลื่อนมาสองสัปดาห์"),
        " ต้องตรวจไหมคะ ไลน์ส่วนตัวหนู ", ("LINE_ID", line_id(r)), "\"",
    ]


@T("education")
def edu_sport_school_gene_test(r):
    name = thm(r)
    return [
        "โรงเรียนกีฬาส่งผลนี้มา ช่วยอธิบายให้ผู้ปกครองเข้าใจ และบอกข้อจำกัดของการใช้ผลตรวจยีนคัดเลือกนักกีฬา\n",
        "นักเรียน: ", P(name), " เกิด ", ("DATE_OF_BIRTH", dob(r, "slash_be", 2009, 2012)), "\n",
        "ผลตรวจ: ", ("GENETIC_DATA", r.choice(["ยีน ACTN3 แบบ RR (R577X)", "ยีน ACE แบบ II", "ACTN3 genotype XX"])),
        "\nVO2max ", str(r.randint(48, 62)), " ml/kg/min  ส่วนสูง ", str(r.randint(160, 185)), " ซม.",
    ]


@T("education")
def edu_rohingya_tutoring_en(r):
    name = r.choice(["Mohammed Rafiq", "Nur Ayesha", "Abdul Hamid", "Rahima Begum"])
    return [
        "Write a progress note for our volunteer tutoring programme (English + Thai as a second language).\n",
        "Learner: ", P(name), ", age ", str(r.randint(9, 14)), ", ",
        ("ETHNICITY", "Rohingya"), ", registered with UNHCR, lives with an uncle in Samut Sakhon.\n",
        "Progress: reads Thai consonants, basic addition. Guardian phone ", ("PHONE_NUMBER", mobile(r, "dash")),
        ". Needs school uniform and a bus pass.",
    ]


@T("education")
def edu_dorm_palm_vein_access(r):
    name = thn(r)
    return [
        "ระบบเข้าหอพักแจ้งเตือนแบบนี้ ช่วยเขียนข้อความไลน์ถึงนักศึกษาว่าต้องลงทะเบียนใหม่\n",
        "[ACCESS] user=", P(name), " sid=", ("STUDENT_ID", student_id(r, "uni")), " gate=หอ 12 ",
        r.choice(["palm_vein_template=", "face_template="]),
        ("BIOMETRIC_DATA", "".join(r.choice("0123456789abcdef") for _ in range(40))),
        " result=DENY attempts=3 ip=", ("IP_ADDRESS", ipv4(r)),
    ]


# ==============================================================================================
# Social welfare and NGOs (positive)
# ==============================================================================================
@T("welfare")
def wel_elderly_care_intake(r):
    name = thn(r)
    son = thm(r)
    return [
        "แบบรับผู้สูงอายุเข้าศูนย์ดูแลกลางวัน — ช่วยสร้าง care plan รายสัปดาห์จากข้อมูลนี้\n",
        "ชื่อผู้สูงอายุ: ", P(name), "  เกิด ", ("DATE_OF_BIRTH", dob(r, "th_long", 1938, 1955)),
        "\nเลขประจำตัวประชาชน: ", ("TH_NATIONAL_ID", nid(r, first="3")),
        "\nที่อยู่: ", ("ADDRESS", addr(r)),
        "\nโรคประจำตัว: ", ("HEALTH_DATA", r.choice(["เบาหวาน ความดันสูง", "อัลไซเมอร์ระยะกลาง", "พาร์กินสัน"])),
        "\nความพิการ: ", S("DISABILITY", r.choice(["หูตึงทั้งสองข้าง| ใส่เครื่องช่วยฟัง", "ตาบอดข้างซ้าย",
                                                 "เดินไม่ได้| ต้องใช้วีลแชร์"])),
        "\nผู้ดูแลหลัก: บุตรชาย ", P(son), " โทร ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("welfare")
def wel_disability_allowance_renewal(r):
    name = thn(r)
    return [
        "ช่วยตรวจคำขอรับเบี้ยความพิการ (เปลี่ยนบัญชีรับเงิน) ว่าขาดเอกสารอะไร\n",
        "ผู้ขอ: ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\nประเภทความพิการตามบัตรคนพิการ: ",
        ("DISABILITY", r.choice(["ความพิการทางการเห็น", "ความพิการทางสติปัญญา", "ความพิการทางการได้ยินหรือสื่อความหมาย",
                                 "ความพิการทางการเคลื่อนไหวหรือทางร่างกาย"])),
        "\nบัญชีใหม่: ธ.ก.ส. ", ("TH_BANK_ACCOUNT", bank_acct(r, "twelve")),
        "\nผู้ดูแลคนพิการ: ", P(thf(r)), " (ภรรยา) โทร ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("welfare")
def wel_child_protection_case_note(r):
    child = thn(r)
    step = thm(r)
    return [
        "[ลับ] บันทึกกรณีคุ้มครองเด็ก บ้านพักเด็กและครอบครัว — ช่วยเรียบเรียงเป็นรายงานเสนอศาล\n",
        "เด็ก: ด.ญ./ด.ช. ", P(child), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_short", 2012, 2018)),
        "\nภูมิลำเนา: ", ("ADDRESS", addr(r)),
        "\nพบ", ("HEALTH_DATA", r.choice(["รอยฟกช้ำที่หลังและต้นแขน กระดูกแขนซ้ายร้าว", "แผลไฟไหม้ที่ฝ่ามือทั้งสองข้าง"])),
        " ครูประจำชั้นเป็นผู้แจ้ง\nผู้ต้องสงสัย: พ่อเลี้ยง ", P(step), " ซึ่ง",
        ("CRIMINAL_RECORD", r.choice(["เคยต้องโทษคดีทำร้ายร่างกายผู้อื่น", "เคยถูกจำคุกคดียาเสพติด 3 ปี"])),
        "\nแผน: แยกเด็กออกจากครอบครัวชั่วคราว ประสานทีมสหวิชาชีพ",
    ]


@T("welfare")
def wel_shelter_intake_migrant(r):
    i = r.randrange(len(MM_NAMES))
    eth = r.choice(["กะเหรี่ยง", "ไทใหญ่", "มอญ"])
    return [
        "แปลบันทึกรับเข้าบ้านพักฉุกเฉินนี้เป็นภาษาอังกฤษสำหรับผู้ให้ทุน (ตัดข้อมูลที่ไม่จำเป็นออกด้วย)\n",
        "ผู้รับบริการ: ", P(MM_NAMES_TH[i]), " (", P(MM_NAMES[i]), ") สัญชาติเมียนมา ",
        ("ETHNICITY", f"ชาติพันธุ์{eth}"), " พาสปอร์ต ", ("TH_PASSPORT", passport(r, "mm")),
        "\nสภาพ: ", ("HEALTH_DATA", r.choice(["ตั้งครรภ์ 5 เดือน", "ตั้งครรภ์ประมาณ 7 เดือน"])),
        " ถูกนายจ้างยึดเอกสาร หนีออกมาจากโรงงานที่แม่สอด\nเบอร์ที่ติดต่อได้ ", ("PHONE_NUMBER", mobile(r, "dash")),
    ]


@T("welfare")
def wel_rehab_admission(r):
    name = thm(r)
    return [
        "ช่วยสรุปแบบคัดกรองแรกรับศูนย์บำบัดยาเสพติด เป็นตาราง 2 คอลัมน์\n",
        "ผู้รับการบำบัด: ", P(name), "  อายุ ", str(r.randint(19, 45)), " ปี  HN ", ("MEDICAL_RECORD_NUMBER", hn(r)),
        "\nเลขบัตรประชาชน: ", ("TH_NATIONAL_ID", nid(r)),
        "\nประวัติการใช้: ", S("HEALTH_DATA", r.choice(["ติดยาบ้า|วันละ 5-10 เม็ด มา 6 ปี", "ติดไอซ์ (methamphetamine use disorder)",
                                                     "ติดสุราเรื้อรัง| มีอาการถอนสุรา"])),
        "\nสถานะทางคดี: ", ("CRIMINAL_RECORD", r.choice(["อยู่ระหว่างคุมประพฤติ คดีครอบครองยาเสพติด",
                                                       "เคยถูกจับกุมคดีจำหน่ายยาเสพติด พ.ศ. 2565"])),
        "\nญาติ: ", P(thf(r)), " ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("welfare")
def wel_donor_card_failure(r):
    p = rom_pair(r, True)
    return [
        "ผู้บริจาครายเดือนของมูลนิธิส่งอีเมลนี้มา ช่วยร่างคำตอบขอบคุณและแจ้งวิธีอัปเดตบัตร\n\n",
        "สวัสดีค่ะ ดิฉัน ", P(f"{p[0]} {p[1]}"), " บริจาครายเดือน 500 บาท แต่เดือนนี้ได้อีเมลว่าตัดเงินไม่สำเร็จ ",
        "บัตรใหม่คือ ", ("CREDIT_CARD", card(r)), " ค่ะ ลดหย่อนภาษีใช้เลขบัตรประชาชน ", ("TH_NATIONAL_ID", nid(r)),
        " ส่งใบเสร็จมาที่ ", ("EMAIL_ADDRESS", email(r, p)), " นะคะ",
    ]


@T("welfare")
def wel_hiv_peer_support_chat(r):
    nick = r.choice(TH_NICK)
    return [
        "ช่วยตอบแชทนี้ในฐานะอาสาสมัครเพื่อนช่วยเพื่อน ใช้ภาษาเป็นกันเอง ไม่ตัดสิน\n",
        "[ผู้ใช้ ", nick, "]: ผม", P(thm(r)), " นะครับ เพิ่งรู้ผลว่า", ("HEALTH_DATA", r.choice(["ติดเชื้อเอชไอวี", "ติดเชื้อ HIV"])),
        " เมื่อวาน ผม", ("SEXUAL_BEHAVIOUR", r.choice(["มีเพศสัมพันธ์กับผู้ชายหลายคน", "เป็นเกย์และไม่ได้ใส่ถุงยาง"])),
        " ช่วงปีที่แล้ว กลัวมากครับ ไม่กล้าบอกที่บ้าน ทักไลน์ผมได้ที่ ", ("LINE_ID", line_id(r)),
    ]


@T("welfare")
def wel_elderly_home_visit_notes(r):
    a, b = thf(r), thm(r)
    return [
        "Meeting notes ลงเยี่ยมบ้านผู้สูงอายุติดเตียง (อสม. + รพ.สต.) — ช่วยจัดลำดับความเร่งด่วน\n",
        "1. ยาย", P(a), " ", ("ADDRESS", addr(r, short=True)), " — ", ("HEALTH_DATA", r.choice(["แผลกดทับระดับ 3 ที่ก้นกบ", "ติดเตียงหลังหลอดเลือดสมองตีบ"])),
        " ลูกสาวทำงานกรุงเทพ โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "2. ตา", P(b), " — ", ("HEALTH_DATA", r.choice(["ไตวายระยะ 4", "ความดันสูงคุมไม่ได้ 190/110"])),
        ", อยู่คนเดียว, ", ("DISABILITY", r.choice(["ตาบอดทั้งสองข้าง", "ขาขาดจากเบาหวาน"])), "\n",
        "3. รวม 14 ราย ยังไม่ได้เยี่ยม 3 ราย เนื่องจากฝนตกถนนขาด",
    ]


@T("welfare")
def wel_caregiver_payroll_csv(r):
    lines = []
    for k in range(3):
        lines += [P(thf(r)), ",", ("TH_NATIONAL_ID", nid(r, "plain")), ",", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), ",",
                  str(r.randint(9000, 15000)), ",", [("TRADE_UNION", "ค่าสมาชิกสหภาพแรงงาน"), " 50 บาท"] if k == 1 else "-", "\n"]
    return [
        "ไฟล์เงินเดือนผู้ช่วยดูแลผู้สูงอายุ (CG) เดือนนี้ ช่วยตรวจยอดรวมและหาแถวที่ผิดปกติ\n",
        "name,national_id,account,salary,deduction_note\n", lines,
    ]


@T("welfare")
def wel_disability_job_placement(r):
    name = thn(r)
    return [
        "ช่วยเขียน cover letter สั้นๆ ให้ผู้สมัครงานคนนี้ตาม ม.33 พ.ร.บ.ส่งเสริมคุณภาพชีวิตคนพิการ\n",
        "ชื่อ ", P(name), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_short", 1985, 2000)), " ",
        S("DISABILITY", r.choice(["ตาบอดสนิท| ใช้โปรแกรมอ่านหน้าจอ", "หูหนวก| สื่อสารด้วยภาษามือ", "พิการขาทั้งสองข้าง| ใช้วีลแชร์"])),
        " จบ ปวส. คอมพิวเตอร์ธุรกิจ ถนัดงานบันทึกข้อมูล อีเมล ", ("EMAIL_ADDRESS", email(r)),
        " โทร ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("welfare")
def wel_foster_family_assessment_long(r):
    a, b = thm(r), thf(r)
    boiler = (
        "การประเมินครอบครัวอุปถัมภ์ดำเนินการตามแนวทางของกรมกิจการเด็กและเยาวชน ประกอบด้วยการเยี่ยมบ้าน "
        "การสัมภาษณ์สมาชิกในครอบครัว และการตรวจสอบสภาพแวดล้อมที่อยู่อาศัย เพื่อให้มั่นใจว่าเด็กจะได้รับการดูแล "
        "อย่างเหมาะสมทั้งด้านร่างกาย จิตใจ และการศึกษา "
    )
    return [
        "สรุปรายงานประเมินครอบครัวอุปถัมภ์ด้านล่างให้เหลือ 10 บรรทัด\n\n", boiler, boiler,
        "\nผู้ขออุปถัมภ์: ", P(a), " และ ", P(b), " อาศัยอยู่ที่ ", ("ADDRESS", addr(r)),
        " ทั้งคู่", *r.choice([[("RELIGION", "นับถือศาสนาคริสต์"), " และไปโบสถ์ทุกวันอาทิตย์"],
                                [("RELIGION", "เป็นคริสเตียนนิกายโปรเตสแตนต์"), " และเป็นอาสาสมัครของคริสตจักร"],
                                [("RELIGION", "นับถือศาสนาอิสลาม"), " และไปละหมาดที่มัสยิดเป็นประจำ"]]),
        " รายได้รวม 48,000 บาทต่อเดือน ภรรยา",
        *r.choice([[("HEALTH_DATA", "มีบุตรยาก")], ["เคยรักษา", ("HEALTH_DATA", "มะเร็งปากมดลูก"), "จนหายแล้ว"]]),
        " เลขบัตรผู้ขอ ", ("TH_NATIONAL_ID", nid(r)), "\n", boiler.replace("การประเมิน", "ข้อเสนอแนะของ"),
        "ผลการประเมิน: ผ่าน",
    ]


@T("welfare")
def wel_stateless_registration(r):
    name = r.choice(AKHA_TH + HMONG_TH + KAREN_TH)
    eth = "อาข่า" if name in AKHA_TH else ("ม้ง" if name in HMONG_TH else "ปกาเกอะญอ")
    return [
        "ช่วยเตรียมรายการเอกสารสำหรับยื่นขอสัญชาติไทยให้เด็กไร้สัญชาติรายนี้ (มูลนิธิ ส่งเรื่องต่ออำเภอ)\n",
        "เด็ก: ", P(name), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_long", 2008, 2014)), " ที่ ",
        ("ADDRESS", addr(r, area=r.choice([8, 9]))), "\nเป็น", ("ETHNICITY", f"ชาว{eth}"),
        " ถือบัตรประจำตัวบุคคลที่ไม่มีสถานะทางทะเบียน เลข ", ("TH_NATIONAL_ID", nid(r, "dash", first="6")),
        "\nพ่อแม่ไม่มีเอกสาร ครูที่โรงเรียนรับรองการเรียนต่อเนื่อง 6 ปี",
    ]


@T("welfare")
def wel_fall_detection_iot_en(r):
    p = rom_pair(r)
    return [
        "Summarise this alert chain for the on-call nurse and suggest next steps.\n",
        '{"device": "FallGuard-W2", "resident": "', P(f"{p[0]} {p[1]}"), '", "room": "B-204", ',
        '"gateway_ip": "', ("IP_ADDRESS", ipv4(r)), '", "alerts": [{"t": "02:41", "type": "fall_detected"}, ',
        '{"t": "02:43", "type": "no_movement_120s"}], "care_notes": "', ("HEALTH_DATA", r.choice([
            "hip replacement 2024, osteoporosis", "on warfarin for atrial fibrillation", "vascular dementia"])),
        '", "next_of_kin_phone": "', ("PHONE_NUMBER", mobile(r, "intl_plain")), '"}',
    ]


@T("welfare")
def wel_volunteer_signup_form(r):
    name = thn(r)
    return [
        "ข้อมูลจากแบบฟอร์มสมัครอาสาสมัครค่ายเด็ก ช่วยจัดทีมและตรวจว่าใครต้องจัดอาหารพิเศษ\n",
        "ชื่อ: ", P(name), "\nวันเกิด: ", ("DATE_OF_BIRTH", dob(r, "slash_be", 1995, 2005)), "\nLINE: ", ("LINE_ID", line_id(r)),
        "\nอีเมล: ", ("EMAIL_ADDRESS", email(r)), "\nศาสนา: ", ("RELIGION", r.choice(["อิสลาม", "คริสต์", "ซิกข์"])),
        "\nอาหารที่แพ้/ข้อจำกัด: ", ("HEALTH_DATA", r.choice(["แพ้อาหารทะเลรุนแรง", "แพ้ถั่วลิสง"])),
        "\nประสบการณ์: เคยเป็นพี่เลี้ยงค่ายอาสา 2 ครั้ง",
    ]


@T("welfare")
def wel_migrant_legal_aid_en(r):
    name = r.choice(MM_NAMES)
    return [
        "Draft a complaint to the labour inspector based on this intake. Formal English.\n",
        "Client: ", P(name), ", Myanmar national, passport ", ("TH_PASSPORT", passport(r, "mm")),
        ", phone ", ("PHONE_NUMBER", mobile(r, "dash")), ".\nWorks at a seafood factory in Samut Sakhon, unpaid for ",
        "2 months. Client ", ("TRADE_UNION", r.choice(["is a member of the Migrant Workers Federation",
                                                      "joined the factory's workers' union last year"])),
        " and says the supervisor threatened to report him to immigration after the union meeting.",
    ]


@T("welfare")
def wel_prison_reentry(r):
    name = thm(r)
    return [
        "ช่วยเขียนโปรไฟล์ผู้สมัครงาน (โครงการคืนคนดีสู่สังคม) ให้ฟังดูเป็นบวกแต่ไม่ปิดบัง\n",
        "ชื่อ ", P(name), " ", ("CRIMINAL_RECORD", r.choice(["พ้นโทษคดีลักทรัพย์เมื่อ มี.ค. 2568", "ได้รับการพักโทษคดียาเสพติด",
                                                            "เคยจำคุก 4 ปีคดีฉ้อโกง"])),
        " ระหว่างต้องโทษเรียนช่างเชื่อมจนได้ใบรับรอง ที่อยู่ปัจจุบัน ", ("ADDRESS", addr(r)),
        " โทร ", ("PHONE_NUMBER", mobile(r)), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)),
    ]


@T("welfare")
def wel_welfare_card_call_transcript(r):
    name = thf(r)
    return [
        "Transcript สายเข้าศูนย์ช่วยเหลือบัตรสวัสดิการแห่งรัฐ ช่วยสรุปปัญหาและขั้นตอนต่อไป\n",
        "เจ้าหน้าที่: ขอชื่อและเลขบัตรประชาชนค่ะ\n",
        "ผู้โทร: ", P(name), " ค่ะ เลข ", ("TH_NATIONAL_ID", nid(r, "space")), "\n",
        "เจ้าหน้าที่: วันเกิดค่ะ\nผู้โทร: ", ("DATE_OF_BIRTH", dob(r, "th_long", 1945, 1964)), "\n",
        "ผู้โทร: เงินเบี้ยยังชีพไม่เข้าบัญชีออมสิน ", ("TH_BANK_ACCOUNT", bank_acct(r, "twelve")), " สองเดือนแล้วค่ะ\n",
        "เจ้าหน้าที่: รับเรื่องไว้ค่ะ จะติดต่อกลับที่เบอร์ ", ("PHONE_NUMBER", mobile(r)), " นะคะ",
    ]


@T("welfare")
def wel_autism_center_report(r):
    thn(r)
    return [
        "ช่วยแปลงรายงานพัฒนาการนี้เป็นภาษาที่ผู้ปกครองอ่านง่าย\n",
        "ศูนย์การศึกษาพิเศษ: รายงานภาคเรียนที่ 1\nนักเรียน: ด.ช. ", P(thm(r)), "  เกิด ", ("DATE_OF_BIRTH", dob(r, "th_short", 2017, 2021)),
        "\nประเภทความพิการ: ", ("DISABILITY", r.choice(["บุคคลออทิสติก", "บกพร่องทางสติปัญญา", "ดาวน์ซินโดรม บกพร่องทางสติปัญญา"])),
        "\nพัฒนาการ: สบตาได้นานขึ้น พูดเป็นคำ 2 พยางค์ได้ 20 คำ\nผู้ปกครอง: ", P(thf(r)), " ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("welfare")
def wel_karyotype_result(r):
    name = thn(r)
    kt = r.choice(["47,XY,+21", "47,XX,+21", "46,XY,del(5p)", "47,XXY"])
    return [
        "อธิบายผลโครโมโซมนี้ให้พ่อแม่ฟังแบบง่ายๆ และแนะนำหน่วยงานช่วยเหลือ\n",
        "ผู้ป่วย: ", P(name), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "slash")),
        "\nKaryotype: ", ("GENETIC_DATA", kt), "\nส่งตรวจจาก: คลินิกพัฒนาการเด็ก รพ.ศูนย์",
    ]


@T("welfare")
def wel_hospice_chaplain_note_en(r):
    p = rom_pair(r)
    return [
        "Rewrite this spiritual-care note for the family meeting handout (warm tone, 120 words).\n",
        "Patient: ", P(f"{p[0]} {p[1]}"), ", 78, ", ("HEALTH_DATA", r.choice(["end-stage liver cancer", "metastatic lung cancer"])),
        ". The patient is ", ("RELIGION", r.choice(["a devout Theravada Buddhist", "Catholic", "a practising Muslim"])),
        " and asked for a faith leader to visit on Sunday. Daughter ", P(rom_f(r)), " can be reached at ",
        ("EMAIL_ADDRESS", email(r)), ".",
    ]


@T("welfare")
def wel_lgbt_youth_shelter(r):
    name = thm(r)
    return [
        "แบบประเมินความเสี่ยงเยาวชนที่ขอเข้าพักบ้านพิงพิง ช่วยจัดระดับความเร่งด่วน\n",
        "ชื่อ: ", P(name), " (อายุ 17)  เกิด ", ("DATE_OF_BIRTH", dob(r, "iso", 2008, 2009)),
        "\nเหตุผล: ถูกไล่ออกจากบ้านหลังที่บ้านรู้ว่า", ("SEXUAL_BEHAVIOUR", r.choice(["เป็นเกย์", "มีแฟนเป็นผู้ชาย"])),
        "\nนอนที่สถานีรถไฟมา 4 คืน ติดต่อทาง LINE ", ("LINE_ID", line_id(r)), " เท่านั้น",
    ]


@T("welfare")
def wel_community_dam_protest_meeting(r):
    a, b = thm(r), thf(r)
    return [
        "บันทึกประชุมเครือข่ายชุมชนริมน้ำ ช่วยเขียนจดหมายข่าวฉบับย่อ (ตัดชื่อคนที่ไม่ควรเปิดเผยออกด้วย)\n",
        "- ผู้ประสานงาน ", P(a), " ", ("ETHNICITY", r.choice(["ชาวม้ง", "ชาวกะเหรี่ยงโผล่ง", "ชาวลัวะ"])),
        " ", ("POLITICAL_OPINION", r.choice(["เป็นแกนนำชุมนุมคัดค้านโครงการเขื่อน", "ประกาศว่าจะไม่เลือกพรรครัฐบาลอีก"])),
        " ขอให้ทุกคนไปร่วมยื่นหนังสือที่ศาลากลาง\n- ", P(b), " รับผิดชอบรถ โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "- งบประมาณค่าน้ำมัน 3,500 บาท",
    ]


@T("welfare")
def wel_pension_face_verification(r):
    name = thn(r)
    score = f"{r.uniform(0.55, 0.72):.2f}"
    return [
        "ผู้สูงอายุยืนยันตัวตนรับเบี้ยยังชีพผ่านแอปไม่ผ่าน ช่วยอธิบายสาเหตุจาก log นี้เป็นภาษาชาวบ้าน\n",
        "verify_request name=", P(name), " pid=", ("TH_NATIONAL_ID", nid(r, "plain")), " selfie_template=",
        ("BIOMETRIC_DATA", "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(44))),
        " liveness=fail match=", score, " device_ip=", ("IP_ADDRESS", ipv4(r)),
    ]


@T("welfare")
def wel_paternity_dna_child_support(r):
    mom, dad = thf(r), thm(r)
    return [
        "ช่วยร่างคำร้องขอให้ศาลสั่งให้บิดาจ่ายค่าอุปการะเลี้ยงดูบุตร (ศูนย์ช่วยเหลือทางกฎหมาย)\n",
        "ผู้ร้อง ", P(mom), " บุตร ด.ญ. ", P(thf(r)), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_long", 2019, 2022)),
        " ผู้ถูกร้อง ", P(dad), " ผลตรวจ", ("GENETIC_DATA", r.choice(["ดีเอ็นเอยืนยันความเป็นบิดา ความน่าจะเป็น 99.99%",
                                                                   "ดีเอ็นเอพบความเป็นพ่อ-ลูก 99.98%"])), " ทำงานบริษัทเอกชน รายได้ประมาณ 35,000 บาท",
    ]


@T("welfare")
def wel_ngo_survey_free_text_tsv(r):
    return [
        "Free-text จากแบบสำรวจความพึงพอใจผู้รับบริการศูนย์คนพิการ ช่วยจัดธีม (ระวังข้อมูลส่วนตัว)\n",
        "resp_id\tscore\tcomment\n",
        "R-0192\t4\tเจ้าหน้าที่ดีมาก แต่ทางลาดหน้าตึกชันไป\n",
        "R-0193\t2\tผม", ("DISABILITY", r.choice(["เป็นอัมพาตท่อนล่าง", "ตาบอดสนิท"])), " รอคิวนานเกิน 3 ชั่วโมง ",
        "ถ้าจะแก้ไขโทรหาผม ", P(thm(r)), " ", ("PHONE_NUMBER", mobile(r)), "\n",
        "R-0194\t5\tประทับใจบริการล่ามภาษามือ\n",
    ]


@T("welfare")
def wel_sex_worker_outreach(r):
    nick = r.choice(TH_NICK)
    return [
        "สรุปบันทึกงานเอ้าท์รีชคืนนี้ให้ทีมสาธารณสุข (ย่อเป็น bullet)\n",
        "- พบน้อง", nick, " (", P(thf(r)), ") ", ("SEXUAL_BEHAVIOUR", r.choice(["ทำงานขายบริการทางเพศ", "รับงานขายบริการในคาราโอเกะ"])),
        " ย่านพัทยาใต้ ขอถุงยาง 40 ชิ้น และสนใจตรวจ PrEP\n- นัดตรวจเลือดวันจันทร์ โทร ", ("PHONE_NUMBER", mobile(r)),
        "\n- แจกชุดความรู้ 25 ชุด",
    ]


@T("welfare")
def wel_elderly_religion_meal_en(r):
    name = rom(r)
    return [
        "Create a weekly meal plan for these residents of our care home. Respect their restrictions.\n",
        "- ", P(name), ": ", ("RELIGION", r.choice(["Muslim", "Hindu"])), ", ", ("HEALTH_DATA", "type 2 diabetes"), "\n",
        "- ", P(rom(r)), ": ", ("RELIGION", "devout Buddhist"), ", vegetarian, ", ("HEALTH_DATA", "chronic kidney disease stage 3"),
        "\n- Room 12: no restrictions",
    ]


@T("welfare")
def wel_addiction_helpline_json(r):
    name = thm(r)
    return [
        '{"model": "typhoon-v2-70b-instruct", "messages": [{"role": "system", "content": "สรุปสายสนทนาสายด่วน ',
        'ระบุระดับความเสี่ยงและหน่วยบริการใกล้บ้าน"}, {"role": "user", "content": "ผู้โทรชื่อ ', P(name),
        ' อายุ 34 ', ("HEALTH_DATA", r.choice(["ดื่มเหล้าขาววันละขวด มือสั่นตอนเช้า", "ติดพนันออนไลน์จนมีความคิดฆ่าตัวตาย"])),
        ' อยู่ที่ ', ("ADDRESS", addr(r)), ' โทรกลับ ', ("PHONE_NUMBER", mobile(r, "plain")), '"}]}',
    ]


@T("welfare")
def wel_shelter_van_incident(r):
    drv = thm(r)
    return [
        "ช่วยเขียนรายงานอุบัติเหตุเสนอผู้อำนวยการมูลนิธิ\n",
        "รถรับส่งผู้สูงอายุของมูลนิธิ ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), " ขับโดย ", P(drv),
        " ชนท้ายรถกระบะ ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), " บนถนนมิตรภาพ ผู้โดยสาร 6 คนปลอดภัย ",
        "ยกเว้นยาย", P(thf(r)), " ", ("HEALTH_DATA", "ข้อมือขวาหัก"), " ส่ง รพ. ประกันรถกำลังประสาน",
    ]


# ==============================================================================================
# Media and marketing (positive)
# ==============================================================================================
BRANDS = ["ครีมกันแดด SunVeil", "นมโอ๊ต Oatly-ish", "แอปเรียนภาษา LingoPop", "เครื่องดื่มเกลือแร่ HydraMax",
          "ร้านชานม Chaba Tea", "สกินแคร์ Herbanee"]


@T("media")
def mkt_influencer_contract_long(r):
    name = thf(r)
    clause = (
        "ผู้รับจ้างตกลงผลิตเนื้อหาตามที่ระบุในภาคผนวก ก. โดยต้องส่งร่างให้ผู้ว่าจ้างตรวจสอบก่อนเผยแพร่อย่างน้อย 3 วันทำการ "
        "และต้องระบุแฮชแท็ก #ad หรือ #โฆษณา ตามแนวทางของ สคบ. ผู้ว่าจ้างมีสิทธิ์นำเนื้อหาไปใช้ซ้ำในสื่อออนไลน์เป็นเวลา 12 เดือน "
    )
    return [
        "ช่วยรีวิวสัญญาอินฟลูเอนเซอร์ฉบับนี้ ชี้ข้อที่เสียเปรียบผู้รับจ้าง (ตอบเป็นข้อๆ)\n\n",
        "สัญญาจ้างผลิตเนื้อหาและประชาสัมพันธ์สินค้า ", r.choice(BRANDS), "\n",
        "ข้อ 1. คู่สัญญา บริษัท ครีเอทีฟ ฮับ เอเจนซี่ จำกัด เลขทะเบียนนิติบุคคล ", ("TH_JURISTIC_ID", juristic(r)),
        " (\"ผู้ว่าจ้าง\")\n", "ข้อ 2. ", clause, "\n", "ข้อ 3. ", clause.replace("12 เดือน", "24 เดือน"), "\n",
        "ข้อ 4. ผู้รับจ้าง ", P(name), " เลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r)), " ที่อยู่ ",
        ("ADDRESS", addr(r)), " ค่าตอบแทน ", amount(r, 30000, 250000), " บาท โอนเข้าบัญชี ", r.choice(BANKS), " ",
        ("TH_BANK_ACCOUNT", bank_acct(r)), " หัก ณ ที่จ่าย 3%\n",
        "ข้อ 5. ", clause.replace("ผู้รับจ้างตกลง", "หากผู้รับจ้างไม่"), "\nข้อ 6. ผู้ติดต่อประสานงาน โทร ",
        ("PHONE_NUMBER", mobile(r)), "\nข้อ 7. สัญญานี้อยู่ภายใต้กฎหมายไทย",
    ]


@T("media")
def mkt_crm_segment_csv(r):
    lines = []
    for _ in range(3):
        p = rom_pair(r)
        lines += [f"C{r.randint(100000, 999999)},", P(thn(r)), ",", ("EMAIL_ADDRESS", email(r, p)), ",",
                  ("PHONE_NUMBER", mobile(r, "plain")), ",", ("DATE_OF_BIRTH", dob(r, "iso", 1975, 2003)), ",",
                  r.choice(["high_value", "lapsed_90d", "new_member"]), "\n"]
    return [
        "ช่วยเขียน SMS ต่างกันตาม segment ให้ลูกค้ากลุ่มนี้ (ห้ามเกิน 70 ตัวอักษร)\n",
        "customer_id,name,email,mobile,birthday,segment\n", lines,
    ]


@T("media")
def mkt_survey_free_text(r):
    return [
        "Here are open-ended answers from our brand survey. Group them into themes and give counts.\n",
        "Q12: What would make you recommend us?\n",
        "1) ส่งของเร็วกว่านี้\n2) ราคาแพงไปหน่อยค่ะ\n",
        "3) ดิฉัน", ("HEALTH_DATA", r.choice(["เป็นโรคไตระยะ 3", "แพ้แลคโตสรุนแรง", "เป็นเบาหวาน"])),
        " อยากให้มีสูตรน้ำตาลน้อยกว่านี้ ถ้ามีแล้วแจ้งที่ ", ("EMAIL_ADDRESS", email(r)), " ได้เลย\n",
        "4) แพ็กเกจสวยดี\n5) ให้ ", P(thf(r)), " โทรกลับ ", ("PHONE_NUMBER", mobile(r)), " เรื่องของแถมไม่ครบ\n",
    ]


@T("media")
def mkt_social_listening_json(r):
    return [
        "Classify sentiment and topic for each post. Output JSON array.\n",
        '[{"platform": "x", "handle": "@', r.choice(ROMAN_NICK), str(r.randint(10, 99)), '", "display_name": "',
        P(rom(r)), '", "text": "ค่ายมือถือนี้สัญญาณห่วยมาก ', ("POLITICAL_OPINION", r.choice([
            "ผมเลือกพรรคประชาชนมาตลอด", "เราไปม็อบไล่รัฐบาลมาทุกครั้ง", "ผมเป็นสมาชิกพรรคเพื่อไทย"])),
        ' แต่เรื่องนี้ไม่เกี่ยวการเมืองนะ แค่เน็ตช้า"}, {"platform": "tiktok", "handle": "@bkkfoodie", ',
        '"text": "โปรเติมเงินคุ้มมาก"}]',
    ]


@T("media")
def mkt_audience_interview_transcript(r):
    name = thf(r)
    return [
        "Transcript สัมภาษณ์เชิงลึกผู้บริโภค (IDI #7) ช่วยดึง insight 5 ข้อ\n",
        "Mod: แนะนำตัวหน่อยค่ะ\n", "R: ", P(name), " ค่ะ อายุ 36 ทำงานบัญชี อยู่ ", ("ADDRESS", addr(r, short=True)), "\n",
        "Mod: ซื้อขนมปังยี่ห้อไหนประจำคะ\n",
        "R: ต้องเลือกแบบ gluten-free ค่ะ เพราะ", ("HEALTH_DATA", r.choice(["เป็นโรคเซลิแอค", "แพ้กลูเตนรุนแรง"])),
        " หมอสั่ง ส่วนสามีกินอะไรก็ได้\nMod: ถ้ามีโปรส่งถึงบ้านสนใจไหมคะ\nR: สนใจค่ะ ส่งไลน์มาที่ ",
        ("LINE_ID", line_id(r)), " ก็ได้",
    ]


@T("media")
def mkt_focus_group_screener(r):
    name = thn(r)
    return [
        "ตรวจคุณสมบัติผู้เข้าร่วม focus group จาก screener นี้ (ต้องการมุสลิม อายุ 25-40 ซื้อเครื่องสำอางฮาลาล)\n",
        "ชื่อ: ", P(name), " | วันเกิด: ", ("DATE_OF_BIRTH", dob(r, "slash_be", 1986, 2000)), " | ศาสนา: ",
        ("RELIGION", r.choice(["อิสลาม", "พุทธ", "คริสต์"])), " | โทร: ", ("PHONE_NUMBER", mobile(r)),
        " | LINE: ", ("LINE_ID", line_id(r)), " | ซื้อเครื่องสำอางเดือนละ 1,500 บาท",
    ]


@T("media")
def mkt_giveaway_winners(r):
    lines = []
    for i in range(3):
        lines += [f"{i + 1}. ", P(thn(r)), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), " ที่อยู่จัดส่ง ", ("ADDRESS", addr(r)),
                  " โทร ", ("PHONE_NUMBER", mobile(r)), "\n"]
    return [
        "รายชื่อผู้โชคดีรับ iPad (มูลค่าเกิน 1,000 บาท ต้องหักภาษี 5%) ช่วยทำประกาศผลโดยเซ็นเซอร์ชื่อให้เหมาะสม\n", lines,
    ]


@T("media")
def mkt_brand_ambassador_nda_en(r):
    name = r.choice(WESTERN + ASIAN_INTL)
    return [
        "Fill in the party details of this NDA and check the governing-law clause.\n\n",
        "MUTUAL NON-DISCLOSURE AGREEMENT\nBetween StarLane Talent Co., Ltd. (Company Registration No. ",
        ("TH_JURISTIC_ID", juristic(r, "plain")), ") and ", P(name), ", holder of passport no. ",
        ("TH_PASSPORT", passport(r, r.choice(["jp", "kr", "cn", "other"]))), ", residing at ",
        ("ADDRESS", addr(r, en=True)), ", email ", ("EMAIL_ADDRESS", email_latin(r, name)),
        ".\n1. Confidential Information includes campaign concepts, fees and launch dates...",
    ]


@T("media")
def mkt_influencer_payout_chat(r):
    name = thf(r)
    return [
        "แชทจากอินฟลูฯ ช่วยตอบว่าจะโอนภายในวันที่ 15 และขอเอกสารที่ขาด\n",
        "\"สวัสดีค่ะพี่ เงินค่าคลิปรีวิวงวดแรกยังไม่เข้าเลยค่ะ ชื่อบัญชี ", P(name), " ", r.choice(BANKS), " ",
        ("TH_BANK_ACCOUNT", bank_acct(r)), " ส่วนหนังสือรับรองหัก ณ ที่จ่ายใช้เลข ", ("TH_NATIONAL_ID", nid(r)),
        " นะคะ โทรหาได้ที่ ", ("PHONE_NUMBER", mobile(r)), "\"",
    ]


@T("media")
def mkt_email_bounce_log_en(r):
    a, b = rom_pair(r), rom_pair(r)
    return [
        "ทำไมอีเมลพวกนี้ถึงเด้ง ช่วยเสนอกฎทำความสะอาดรายชื่อ\n",
        "2026-03-02 09:14:55 bounce hard to=", ("EMAIL_ADDRESS", email(r, a)), " code=550 5.1.1 user unknown mx=gmail-smtp-in\n",
        "2026-03-02 09:14:57 bounce soft to=", ("EMAIL_ADDRESS", email(r, b)), " code=452 mailbox full client_ip=",
        ("IP_ADDRESS", ipv4(r)), "\n2026-03-02 09:15:01 delivered to=newsletter-test@brandmail.co.th\n",
    ]


@T("media")
def mkt_pr_crisis_complaint(r):
    name = thm(r)
    return [
        "ลูกค้าโพสต์ร้องเรียนในเพจ และอาจไวรัล ช่วยร่างคำตอบแบบขอโทษจริงใจ พร้อมแนวทางชดเชย\n",
        "\"ผม", P(name), " ซื้อข้าวกล่องจากสาขาเซ็นทรัลเมื่อวาน กินแล้ว", ("HEALTH_DATA", r.choice(["อาหารเป็นพิษ ท้องเสียหนัก", "แพ้รุนแรงจนหน้าบวม"])),
        " ต้องแอดมิทที่ รพ. HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), " ใครรับผิดชอบ? ติดต่อผมที่ ", ("PHONE_NUMBER", mobile(r)), "\"",
    ]


@T("media")
def mkt_podcast_guest_release(r):
    name = thm(r)
    return [
        "สรุปไฮไลต์เทป podcast ตอนนี้ 3 ข้อ และเตรียมแบบฟอร์มยินยอมให้แขกเซ็น\n",
        "แขกรับเชิญ: ", P(name), " เจ้าของร้านกาแฟ\nช่วงนาทีที่ 23: \"จริงๆ ผม", ("POLITICAL_OPINION", r.choice([
            "เป็นสมาชิกพรรคก้าวใหม่มาสองปี", "สนับสนุนการแก้มาตรา 112", "ไม่เห็นด้วยกับรัฐประหารทุกรูปแบบ"])),
        " แต่ร้านผมไม่เลือกข้างลูกค้า\"\nที่อยู่ส่งเอกสาร: ", ("ADDRESS", addr(r)), "\nอีเมล: ", ("EMAIL_ADDRESS", email(r)),
    ]


@T("media")
def mkt_loyalty_dedup_json(r):
    name = thn(r)
    ph = mobile(r, "plain")
    return [
        "Are these two loyalty records the same person? Answer yes/no with reasons.\n",
        '{"a": {"member_id": "M', str(r.randint(1000000, 9999999)), '", "name": "', P(name), '", "phone": "', ("PHONE_NUMBER", ph),
        '", "birthday": "', ("DATE_OF_BIRTH", dob(r, "iso")), '"}, "b": {"member_id": "M', str(r.randint(1000000, 9999999)),
        '", "name": "', P(name.split()[0]), '", "phone": "', ("PHONE_NUMBER", "+66" + ph[1:]), '", "email": "',
        ("EMAIL_ADDRESS", email(r)), '"}}',
    ]


@T("media")
def mkt_creator_brand_deal_dm(r):
    name = thf(r)
    return [
        "DM จากครีเอเตอร์ ช่วยตอบรับข้อเสนอและสรุปเงื่อนไข\n",
        "\"สวัสดีค่ะ เราชื่อ", P(name), " (ช่อง TikTok 320K) ยินดีรับงานรีวิวค่ะ เรทคลิปละ 18,000 ",
        "คุยรายละเอียดทาง LINE ", ("LINE_ID", line_id(r)), " หรือโทร ", ("PHONE_NUMBER", mobile(r)),
        " ส่งของมาที่ ", ("ADDRESS", addr(r)), " ได้เลยค่ะ\"",
    ]


@T("media")
def mkt_panel_profile_en(r):
    p = rom_pair(r)
    return [
        "Score this panelist's fit for study #A-118 (target: Chinese-Thai, 30-45, Bangkok, Buddhist households).\n",
        '{"panelist_id": "PN-', str(r.randint(200000, 999999)), '", "name": "', P(f"{p[0]} {p[1]}"), '", "email": "',
        ("EMAIL_ADDRESS", email(r, p)), '", "dob": "', ("DATE_OF_BIRTH", dob(r, "iso", 1980, 1995)),
        '", "ethnicity": "', ("ETHNICITY", r.choice(["Chinese-Thai", "Thai-Malay", "Mon"])), '", "religion": "',
        ("RELIGION", r.choice(["Buddhist", "Christian", "Muslim"])), '", "district": "Bang Rak"}',
    ]


@T("media")
def mkt_custom_audience_upload_en(r):
    lines = []
    for _ in range(3):
        n = rom(r)
        lines += [("EMAIL_ADDRESS", email_latin(r, n)), ",", ("PHONE_NUMBER", mobile(r, "intl_plain")), ",",
                  P(n.split()[0]), ",", P(n.split()[1]), ",TH\n"]
    return [
        "ตรวจไฟล์ custom audience ก่อนอัปโหลด (คอลัมน์, เบอร์แบบ E.164) แล้วบอกแถวที่ผิด\n",
        "email,phone,fn,ln,country\n", lines,
    ]


@T("media")
def mkt_ugc_moderation_report(r):
    a = thm(r)
    return [
        "รีวิวนี้ถูกรายงานว่าหมิ่นประมาท ช่วยประเมินว่าควรลบไหมตามนโยบายชุมชน\n",
        "รีวิวร้านซ่อมมือถือ (1 ดาว): \"อย่าไปร้านนี้ เจ้าของชื่อ", P(a), " ",
        ("CRIMINAL_RECORD", r.choice(["เคยติดคุกคดียักยอกทรัพย์", "เคยโดนจับคดีรับซื้อของโจร"])),
        " เบอร์ร้าน ", ("PHONE_NUMBER", mobile(r)), " ระวังโดนเปลี่ยนอะไหล่\"",
    ]


@T("media")
def mkt_fan_meeting_registration(r):
    lines = []
    for _ in range(2):
        lines += ["- ", P(thf(r)), " | ", ("DATE_OF_BIRTH", dob(r, "slash_be", 1998, 2008)), " | ", ("TH_NATIONAL_ID", nid(r)),
                  " | ", ("PHONE_NUMBER", mobile(r)), "\n"]
    return [
        "รายชื่อลงทะเบียนแฟนมีตติ้ง (ต้องอายุ 15+) ช่วยเช็กว่าใครอายุไม่ถึง ณ วันงาน 20 ก.ค. 2569\n", lines,
    ]


@T("media")
def mkt_nps_union_verbatim(r):
    name = thm(r)
    return [
        "ช่วยจัดหมวดความคิดเห็น NPS จากลูกค้าองค์กรนี้ (ประกันกลุ่ม)\n",
        "ผู้ตอบ: ", P(name), " — \"ผม", ("TRADE_UNION", r.choice(["เป็นเลขาฯ สหภาพแรงงานรัฐวิสาหกิจการไฟฟ้า",
                                                                 "เป็นสมาชิกสหภาพแรงงานในโรงงาน"])),
        " พนักงานบ่นเรื่องเคลมช้ามาก ถ้าปีหน้ายังเป็นแบบนี้เราจะเสนอเปลี่ยนบริษัท\" อีเมล ", ("EMAIL_ADDRESS", email(r)),
    ]


@T("media")
def mkt_dna_kit_support_en(r):
    p = rom_pair(r)
    return [
        "Draft a support reply explaining what this result means and recommend genetic counselling.\n",
        "Customer: ", P(f"{p[0]} {p[1]}"), " <", ("EMAIL_ADDRESS", email(r, p)), ">\nOrder: GX-", str(r.randint(100000, 999999)),
        "\nCustomer message: My report says I am ", ("GENETIC_DATA", r.choice(["an APOE e4 carrier (one copy)",
                                                                           "BRCA2 pathogenic variant positive",
                                                                           "homozygous for MTHFR C677T"])),
        ". Should I be worried? Also please delete my raw data file.",
    ]


@T("media")
def mkt_voice_assistant_voiceprint_en(r):
    p = rom_pair(r)
    vec = ",".join(f"{r.uniform(-1, 1):.3f}" for _ in range(5))
    return [
        "Debug why speaker verification keeps failing for this user; explain in plain English.\n",
        '{"user": "', ("EMAIL_ADDRESS", email(r, p)), '", "voiceprint": "', ("BIOMETRIC_DATA", f"[{vec},...]"),
        '", "verify_score": 0.4', str(r.randint(1, 9)), ', "threshold": 0.62, "client_ip": "', ("IP_ADDRESS", ipv4(r)),
        '", "noise_db": 61}',
    ]


@T("media")
def mkt_ramadan_segment_csv(r):
    lines = []
    for _ in range(2):
        lines += [P(thn(r)), ",", ("PHONE_NUMBER", mobile(r, "plain")), ",", ("RELIGION", "มุสลิม"), ",",
                  r.choice(["ปัตตานี", "ยะลา", "สงขลา"]), "\n"]
    return [
        "เขียนข้อความโปรโมชันช่วงรอมฎอนสำหรับ segment นี้ (ส่งหลังละศีลอด)\nname,mobile,religion_tag,province\n", lines,
    ]


@T("media")
def mkt_dating_app_research_interview(r):
    name = thf(r)
    return [
        "Transcript งานวิจัยผู้ใช้แอปหาคู่ ช่วยสรุป pain point\n",
        "Mod: ใช้แอปบ่อยแค่ไหนคะ\nP (", P(name), "): ทุกคืนค่ะ ตอนนี้", ("SEXUAL_BEHAVIOUR", r.choice(["มีคู่นอนสามคน", "นัดเจอเพื่อมีเซ็กซ์สัปดาห์ละครั้ง"])),
        " แต่ไม่ได้อยากคบจริงจัง\nMod: เรื่องความปลอดภัยล่ะคะ\nP: กลัวโดนแคปแชท ถ้าจะถามเพิ่มทักอีเมล ",
        ("EMAIL_ADDRESS", email(r)), " นะคะ",
    ]


@T("media")
def mkt_influencer_vetting_political(r):
    name = thf(r)
    return [
        "Brand-safety check: ช่วยประเมินความเสี่ยงก่อนจ้างอินฟลูฯ คนนี้ ให้คะแนน 1-5\n",
        "ชื่อ: ", P(name), " | IG 540K | อีเมลติดต่อ ", ("EMAIL_ADDRESS", email(r)),
        "\nข้อสังเกตจากทีม: เคยโพสต์ว่า", ("POLITICAL_OPINION", r.choice(["สนับสนุนพรรคพลังประชารัฐ", "อยากให้ยุบสภา ไล่นายกฯ",
                                                                      "ไปร่วมชุมนุมคนเสื้อแดง"])),
        " ยอด engagement ดี ไม่มีดราม่าเรื่องสินค้า",
    ]


@T("media")
def mkt_audience_research_ethnicity_en(r):
    name = rom(r)
    eth, city, dish, rel, after = r.choice([
        ("Thai-Malay", "Hat Yai", "khao mok", "fasting for Ramadan", ", ate only after sunset"),
        ("Thai-Malay", "Pattani", "nasi kerabu", "attended Friday prayers at the mosque", ", then bought roti"),
        ("ethnic Hmong", "Chiang Mai", "boiled greens and sticky rice", "went to Sunday service at the Hmong church",
         ", lunch at church")])
    return [
        "Summarise this respondent's diary entries for the food-habits study.\n",
        "Respondent ", P(name), " (", ("ETHNICITY", eth), f", 41, lives in {city}). Day 3: cooked {dish} for the family, ",
        "bought spices at the market. Day 4: ", ("RELIGION", rel), after, ". Phone for follow-up: ",
        ("PHONE_NUMBER", mobile(r, "intl")),
    ]


# ==============================================================================================
# Gig and creative work (positive)
# ==============================================================================================
@T("gig")
def gig_freelancer_invoice(r):
    name = thn(r)
    return [
        "ช่วยจัดรูปแบบใบแจ้งหนี้/ใบเสร็จฟรีแลนซ์นี้ให้สวยงาม และคำนวณหัก ณ ที่จ่าย 3%\n",
        "ผู้ให้บริการ: ", P(name), "\nเลขประจำตัวผู้เสียภาษี: ", ("TH_NATIONAL_ID", nid(r, "plain")),
        "\nที่อยู่: ", ("ADDRESS", addr(r)), "\nโทร: ", ("PHONE_NUMBER", mobile(r)), "  อีเมล: ", ("EMAIL_ADDRESS", email(r)),
        "\nรายการ: ออกแบบโลโก้และ CI 1 ชุด ", amount(r, 8000, 45000), " บาท\nชำระเข้าบัญชี ", r.choice(BANKS), " ",
        ("TH_BANK_ACCOUNT", bank_acct(r)),
        "\nผู้ว่าจ้าง: บริษัท มิวส์ สตูดิโอ จำกัด (", ("TH_JURISTIC_ID", juristic(r)), ")",
    ]


@T("gig")
def gig_model_comp_card_en(r):
    p = rom_pair(r)
    return [
        "Polish this model comp card for the client pitch deck (keep stats, tidy the wording).\n",
        "Name: ", P(f"{p[0]} {p[1]}"), " (\"", p[0][:4], "\")\nDOB: ", ("DATE_OF_BIRTH", dob_en(r, 1998, 2005)),
        "\nHeight 172 | Bust 80 | Waist 60 | Hips 88 | Shoes 38\nPassport: ", ("TH_PASSPORT", passport(r)),
        " (valid to 2031)\nBooker line: ", ("PHONE_NUMBER", mobile(r, "intl")), "\nLINE: ", ("LINE_ID", line_id(r)),
    ]


@T("gig")
def gig_rider_deactivation_appeal(r):
    name = thm(r)
    return [
        "ไรเดอร์ยื่นอุทธรณ์ถูกปิดบัญชี ช่วยสรุปข้อเท็จจริงให้ทีม Trust & Safety\n",
        "ผู้อุทธรณ์: ", P(name), " โทร ", ("PHONE_NUMBER", mobile(r)), " ทะเบียนรถ ", ("TH_VEHICLE_PLATE", plate(r)),
        "\nเหตุผลที่ถูกปิด: ตรวจพบว่า", ("CRIMINAL_RECORD", r.choice(["เคยถูกปรับคดีเมาแล้วขับ ปี 2566",
                                                                       "มีประวัติคดีลักทรัพย์ (รอลงอาญา)"])),
        "\nคำอุทธรณ์: \"ผมทำงานมา 3 ปีไม่เคยมีเรื่อง ผม", ("TRADE_UNION", "เป็นสมาชิกสหภาพไรเดอร์"),
        " จะให้สหภาพช่วยเจรจาถ้าไม่ได้รับความเป็นธรรม\"",
    ]


@T("gig")
def gig_creator_tax_question(r):
    return [
        "ผมเป็นยูทูบเบอร์ฟรีแลนซ์ครับ ชื่อ", P(thm(r)), " เลขประจำตัวผู้เสียภาษี ", ("TH_NATIONAL_ID", nid(r)),
        " ปีนี้รายได้จาก AdSense ประมาณ 900,000 บาท ปีนี้ผม", ("HEALTH_DATA", r.choice(["เป็นโรคซึมเศร้า", "ผ่าตัดหมอนรองกระดูก"])),
        "เลยทำงานได้แค่ครึ่งปี ค่ารักษาหักลดหย่อนได้ไหม แล้วควรยื่น ภ.ง.ด.90 หรือ 94 ครับ",
    ]


@T("gig")
def gig_photographer_model_release_en(r):
    name = rom(r)
    return [
        "Turn these details into a standard model release paragraph.\n",
        "Model: ", P(name), "\nDate of birth: ", ("DATE_OF_BIRTH", dob_en(r, 1990, 2004)), "\nAddress: ",
        ("ADDRESS", addr(r, en=True)), "\nEmail: ", ("EMAIL_ADDRESS", email_latin(r, name)), "\nMobile: ",
        ("PHONE_NUMBER", mobile(r, "intl")), "\nShoot: Songkran campaign, Chiang Mai old town, 13 April",
    ]


@T("gig")
def gig_stunt_medical_clearance(r):
    name = thm(r)
    return [
        "ช่วยเขียนอีเมลถึงผู้กำกับคิวบู๊ว่าสตันท์คนนี้ผ่าน/ไม่ผ่านเกณฑ์สุขภาพ พร้อมเหตุผล\n",
        "สตันท์แมน: ", P(name), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_short", 1985, 2000)), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)),
        "\nผลตรวจ: ", S("HEALTH_DATA", r.choice(["เอ็นไขว้หน้าเข่าขวาฉีกขาด| ยังไม่ผ่าตัด", "เคยกระดูกสันหลังหักปี 2566",
                                              "หัวใจเต้นผิดจังหวะ (AF)"])),
        "\nกรุ๊ปเลือด: B\nติดต่อ: ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("gig")
def gig_casting_submissions_tsv(r):
    lines = []
    eth = [("ETHNICITY", "ลูกครึ่งไทย-ไนจีเรีย"), ("ETHNICITY", "เชื้อสายจีนแต้จิ๋ว"), ("ETHNICITY", "ชาวไทใหญ่")]
    for k in range(3):
        lines += [P(thn(r)), "\t", ("DATE_OF_BIRTH", dob(r, "iso", 1995, 2006)), "\t", ("PHONE_NUMBER", mobile(r, "plain")),
                  "\t", ("LINE_ID", line_id(r)), "\t", eth[k], "\n"]
    return [
        "ผลสมัครแคสติ้งโฆษณา (ต้องการหน้าหลากหลาย) ช่วยคัด 2 คนที่ตรงบรีฟที่สุด\n",
        "ชื่อ\tวันเกิด\tโทร\tLINE\tเชื้อสาย\n", lines,
    ]


@T("gig")
def gig_freelance_kyc_json(r):
    name = thn(r)
    return [
        "ตรวจ payload KYC ฟรีแลนซ์นี้ว่าทำไมถึง reject แล้วเขียนข้อความแจ้งผู้ใช้\n",
        '{"user_id": ', str(r.randint(100000, 999999)), ', "full_name": "', P(name), '", "id_card": "', ("TH_NATIONAL_ID", nid(r, "plain")),
        '", "dob": "', ("DATE_OF_BIRTH", dob(r, "iso", 1980, 2003)), '", "selfie_face_vector": "',
        ("BIOMETRIC_DATA", "b64:" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(36))),
        '", "liveness": 0.31, "payout_account": "', ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), '", "ip": "', ("IP_ADDRESS", ipv4(r)),
        '", "status": "rejected", "reason": "liveness_below_threshold"}',
    ]


@T("gig")
def gig_creative_union_membership(r):
    name = thn(r)
    return [
        "ช่วยเขียนอีเมลยืนยันการสมัครสมาชิก และแนบลิงก์กลุ่มสมาชิก\n",
        "ผู้สมัคร: ", P(name), " อาชีพ นักวาดภาพประกอบฟรีแลนซ์ ", ("TRADE_UNION", r.choice([
            "สมัครสมาชิกสหภาพคนทำงานสร้างสรรค์", "ขอเข้าร่วมสหภาพแรงงานคนทำงานอิสระ"])),
        " ชำระค่าสมาชิกรายปีแล้ว 240 บาท อีเมล ", ("EMAIL_ADDRESS", email(r)), " โทร ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("gig")
def gig_voice_actor_contract(r):
    name = thf(r)
    return [
        "ช่วยตรวจข้อสัญญาเรื่องการใช้เสียงสร้าง AI voice ว่าคุ้มครองนักพากย์พอไหม\n",
        "ผู้พากย์ ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), " ยินยอมให้ บริษัท วอยซ์แล็บ (ไทยแลนด์) จำกัด ",
        "เลขทะเบียน ", ("TH_JURISTIC_ID", juristic(r)), " จัดเก็บ",
        *r.choice([[("BIOMETRIC_DATA", "แม่แบบเสียง (voiceprint)"), " ของผู้พากย์"],
                   [("BIOMETRIC_DATA", "ลายเสียงดิจิทัล"), "ที่สกัดจากการบันทึก 40 ชั่วโมง"]]),
        " เพื่อสร้างเสียงสังเคราะห์ได้ไม่จำกัดระยะเวลา ค่าตอบแทนครั้งเดียว 60,000 บาท",
    ]


@T("gig")
def gig_musician_tour_visa_en(r):
    names = r.sample(WESTERN + ASIAN_INTL, 3)
    lines = []
    for n in names:
        lines += ["- ", P(n), " | passport ", ("TH_PASSPORT", passport(r, r.choice(["jp", "kr", "cn", "other"]))),
                  " | DOB ", ("DATE_OF_BIRTH", dob_en(r, 1980, 2000)), "\n"]
    return [
        "Prepare the crew list table for the work-permit-exemption letter (3-night festival, Pattaya).\n", lines,
        "Promoter contact: bookings@waveline.asia",
    ]


@T("gig")
def gig_translator_job_chat_en(r):
    a = rom_pair(r)
    return [
        "Reply to this translator as the project manager: accept the rate and confirm the deadline.\n",
        "[10:02] ", P(f"{a[0]} {a[1]}"), ": Hi! I can take the 12k-word Thai>English manual. ",
        "Rate THB 1.2/word. Send the files to ", ("EMAIL_ADDRESS", email(r, a)), " or WhatsApp ",
        ("PHONE_NUMBER", mobile(r, "intl")), ".\n[10:05] PM: Thanks, checking with the client.",
    ]


@T("gig")
def gig_agency_roster_csv(r):
    lines = []
    for _ in range(3):
        lines += [P(thn(r)), ",", str(r.randint(50, 900)), "K,", ("LINE_ID", line_id(r)), ",", ("PHONE_NUMBER", mobile(r, "dash")),
                  ",", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), "\n"]
    return [
        "จาก roster ของเอเจนซี่ ช่วยจัดกลุ่ม micro / mid-tier และคำนวณงบจ้าง 3 คนแรก\n",
        "name,followers,line,phone,account\n", lines,
    ]


@T("gig")
def gig_domestic_worker_placement(r):
    name = r.choice(LAO_NAMES_TH + MM_NAMES_TH)
    kind = "la" if name in LAO_NAMES_TH else "mm"
    return [
        "ช่วยร่างข้อความแนะนำแม่บ้านคนนี้ให้นายจ้าง (เอเจนซี่จัดหางาน)\n",
        "ชื่อ ", P(name), " พาสปอร์ต ", ("TH_PASSPORT", passport(r, kind)), " อายุ 32 ทำงานในไทยมา 6 ปี ",
        ("RELIGION", r.choice(["นับถือศาสนาอิสลาม", "นับถือศาสนาคริสต์"])), " ขอหยุดวันศุกร์/วันอาทิตย์ ",
        "ทำอาหารไทยได้ ดูแลผู้สูงอายุได้ เบอร์ ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("gig")
def gig_wedding_videographer_chat(r):
    bride = thf(r)
    return [
        "ลูกค้าทักมาจองถ่ายวิดีโองานแต่ง ช่วยสรุปเป็นใบเสนอราคา\n",
        "[ลูกค้า] สวัสดีค่ะ เจ้าสาวชื่อ", P(bride), " เจ้าบ่าว", P(thm(r)), " งานวันที่ 8 พ.ย. ที่บ้านเจ้าสาว ",
        ("ADDRESS", addr(r)), " พิธีเช้า + ฉลองเย็น มัดจำแล้วโอนจากบัญชี ", ("TH_BANK_ACCOUNT", bank_acct(r)),
        " ค่ะ เบอร์ ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("gig")
def gig_live_seller_dispute(r):
    name = thf(r)
    return [
        "แม่ค้าไลฟ์สดส่งเรื่องร้องเรียนลูกค้าไม่รับของ ช่วยร่างข้อความถึงแพลตฟอร์ม\n",
        "ลูกค้า: ", P(name), " โทร ", ("PHONE_NUMBER", mobile(r)), " ที่อยู่ ", ("ADDRESS", addr(r)),
        "\nสั่งเสื้อ 12 ตัว COD 2,390 บาท ปฏิเสธรับ 3 ครั้ง เราขอให้คืนค่าส่ง 180 บาทเข้าบัญชี ",
        ("TH_BANK_ACCOUNT", bank_acct(r)),
    ]


@T("gig")
def gig_wheelchair_creator_event(r):
    name = thm(r)
    return [
        "ครีเอเตอร์ที่เราเชิญมางานเปิดตัวส่งข้อความนี้มา ช่วยวางแผนการเดินทางและสถานที่ให้เหมาะสม\n",
        "\"สวัสดีครับ ผม", P(name), " ", ("DISABILITY", r.choice(["ใช้วีลแชร์เพราะไขสันหลังบาดเจ็บ", "เป็นผู้พิการทางการเคลื่อนไหว"])),
        " ขอที่จอดรถคนพิการใกล้ลิฟต์ รถผมทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), " ครับ ติดต่อ ", ("PHONE_NUMBER", mobile(r)), "\"",
    ]


@T("gig")
def gig_content_creator_hearing_en(r):
    name = rom(r)
    return [
        "Write a short bio for this creator for our accessibility-week campaign.\n",
        "Creator: ", P(name), ". ", ("DISABILITY", r.choice(["Deaf since birth", "Profoundly deaf"])),
        ", makes Thai Sign Language cooking videos (410K followers). Manager email: ", ("EMAIL_ADDRESS", email(r)),
        ". Prefers captions in all assets.",
    ]


@T("gig")
def gig_talent_agency_minor_contract(r):
    kid = thf(r)
    mom = thf(r)
    return [
        "สัญญานักแสดงเด็ก ช่วยเช็กว่าเป็นไปตาม พ.ร.บ.คุ้มครองแรงงานเรื่องแรงงานเด็กไหม\n",
        "นักแสดง: ด.ญ. ", P(kid), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_long", 2014, 2018)),
        "\nผู้แทนโดยชอบธรรม: มารดา ", P(mom), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)),
        "\nต้นสังกัด: บริษัท ลิตเติ้ลสตาร์ เอนเตอร์เทนเมนต์ จำกัด ", ("TH_JURISTIC_ID", juristic(r, "dash")),
        "\nเวลาถ่ายทำ: 09.00-18.00 น. ทุกวันเสาร์-อาทิตย์",
    ]


@T("gig")
def gig_rider_union_meeting_notes(r):
    a, b = thm(r), thm(r)
    return [
        "สรุปบันทึกประชุมเป็นข้อเรียกร้อง 3 ข้อ เพื่อยื่นกระทรวงแรงงาน\n",
        "ประชุมตัวแทนไรเดอร์ 14 คน ณ ลานจอดห้างฯ\n- ", P(a), " ", ("TRADE_UNION", "ประธานสหภาพไรเดอร์ภาคตะวันออก"),
        " เปิดประชุม\n- ", P(b), " ", ("TRADE_UNION", "สมาชิกสหภาพฯ"), " เสนอให้เรียกร้องประกันอุบัติเหตุ\n",
        "- มติ: นัดปิดแอป 2 ชั่วโมงวันศุกร์ ติดต่อผู้ประสานงาน ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("gig")
def gig_esports_player_contract_en(r):
    p = rom_pair(r)
    return [
        "สรุปหน้าที่ของนักกีฬาและเงื่อนไขค่าฉีกสัญญาเป็นภาษาไทย\n",
        "Player: ", P(f"{p[0]} {p[1]}"), " (IGN \"", p[0][:3].upper(), "x\"), born ", ("DATE_OF_BIRTH", dob_en(r, 2003, 2007)),
        ", Thai passport ", ("TH_PASSPORT", passport(r)), ". Team: Siam Phoenix Esports. Salary paid to ",
        r.choice(BANKS_EN), " account ", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), ".",
    ]


# ==============================================================================================
# More positives across the four areas
# ==============================================================================================
@T("welfare")
def wel_charity_run_registration(r):
    name = thn(r)
    return [
        "ผู้สมัครวิ่งการกุศลหาทุนให้บ้านพักคนชรา กรอกฟอร์มแล้วตัดบัตรไม่ผ่าน ช่วยร่างอีเมลแจ้งให้ชำระใหม่\n",
        "ชื่อ: ", P(name), "\nวันเกิด: ", ("DATE_OF_BIRTH", dob(r, "slash_be", 1970, 2000)), "\nระยะ: 10 กม. ไซซ์เสื้อ M\n",
        "โรคประจำตัว: ", ("HEALTH_DATA", r.choice(["หอบหืด", "ลิ้นหัวใจรั่ว", "โรคลมชัก"])),
        "\nบัตรที่ใช้: ", ("CREDIT_CARD", card(r)), "\nเบอร์ฉุกเฉิน: ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("media")
def mkt_merch_preorder_card_chat(r):
    name = thf(r)
    return [
        "แชทพรีออเดอร์สินค้าศิลปิน ลูกค้าส่งเลขบัตรมาในแชท ช่วยตอบให้ลบข้อความและแนะนำจ่ายผ่านลิงก์แทน\n",
        "[ลูกค้า] จองโฟโต้บุ๊ก 2 เล่มค่ะ ชื่อ", P(name), " ตัดบัตรนี้ได้เลย ", ("CREDIT_CARD", card(r)),
        " ส่งที่ ", ("ADDRESS", addr(r)), " นะคะ\n[แอดมิน] รับทราบค่ะ กำลังตรวจสอบ",
    ]


@T("education")
def edu_student_activist_scholarship(r):
    name = thf(r)
    return [
        "นักศึกษาทุนส่งข้อความนี้มา ช่วยร่างคำตอบจากฝ่ายทุนที่เป็นกลางและอธิบายระเบียบ\n",
        "\"หนู", P(name), " รหัส ", ("STUDENT_ID", student_id(r, "uni")), " ได้รับจดหมายว่าจะถูกตัดทุน เพราะหนู",
        ("POLITICAL_OPINION", r.choice(["ไปร่วมชุมนุมเรียกร้องประชาธิปไตยที่อนุสาวรีย์", "ขึ้นปราศรัยวิจารณ์รัฐบาลในม็อบ"])),
        " ทั้งที่เกรดยังเกิน 3.00 หนูอยากรู้ว่าระเบียบข้อไหนห้ามไว้คะ\"",
    ]


@T("gig")
def gig_creator_political_sponsorship(r):
    name = thm(r)
    return [
        "ครีเอเตอร์ในสังกัดส่งข้อความนี้ ช่วยสรุปความเสี่ยงต่อแบรนด์ที่จ้างอยู่\n",
        "\"พี่ครับ ผม", P(name), " จะรับทำคลิปให้พรรคการเมืองช่วงเลือกตั้ง เพราะผม",
        ("POLITICAL_OPINION", r.choice(["เชียร์พรรคประชาชนอยู่แล้ว", "เป็นสมาชิกพรรคภูมิใจไทย", "สนับสนุนพรรคเพื่อไทยมาตลอด"])),
        " จะกระทบสัญญาแบรนด์สกินแคร์ไหมครับ โทรคุยได้ที่ ", ("PHONE_NUMBER", mobile(r)), "\"",
    ]


@T("welfare")
def wel_sma_genetic_referral(r):
    kid = thn(r)
    return [
        "ช่วยเขียนหนังสือส่งตัวเด็กไปศูนย์ฟื้นฟูสมรรถภาพคนพิการ สรุปประวัติให้กระชับ\n",
        "ด.ช./ด.ญ. ", P(kid), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "dash")), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_short", 2019, 2022)),
        "\nผลตรวจพันธุกรรม: ", ("GENETIC_DATA", r.choice(["ยีน SMN1 exon 7 ขาดหายทั้งสองชุด", "พบการกลายพันธุ์ยีน DMD (exon 45-50 deletion)"])),
        "\nสภาพปัจจุบัน: ", ("DISABILITY", r.choice(["เดินไม่ได้ ต้องใช้รถเข็น", "กล้ามเนื้ออ่อนแรง นั่งทรงตัวไม่ได้"])),
        "\nผู้ปกครอง: ", P(thf(r)), " โทร ", ("PHONE_NUMBER", mobile(r)),
    ]


# ==============================================================================================
# Hard negatives: s.26 vocabulary with no specific person (two templates per category)
# ==============================================================================================
@T("education", hard="HEALTH_DATA")
def neg_student_mental_health_article(r):
    return [
        "ช่วยย่อบทความนี้เป็นโพสต์ Facebook ของศูนย์ให้คำปรึกษา ความยาวไม่เกิน 120 คำ\n\n",
        "ภาวะซึมเศร้าในนักศึกษามหาวิทยาลัยเป็นปัญหาที่พบได้บ่อยขึ้นหลังการระบาดของโควิด-19 ",
        "อาการที่ควรสังเกต ได้แก่ นอนไม่หลับหรือนอนมากเกินไป เบื่ออาหาร ขาดเรียนบ่อย รู้สึกไร้ค่า ",
        "และมีความคิดทำร้ายตนเอง โรคแพนิคและโรควิตกกังวลก็พบร่วมได้ หากเพื่อนของคุณมีอาการเหล่านี้ ",
        "ให้รับฟังโดยไม่ตัดสิน และชวนมาพบนักจิตวิทยา บริการให้คำปรึกษาไม่มีค่าใช้จ่าย เปิดทุกวันจันทร์-ศุกร์ ",
        "08.30-16.30 น. หรือโทรสายด่วนสุขภาพจิต 1323 ตลอด 24 ชั่วโมง ",
        r.choice(["#สุขภาพจิตนักศึกษา", "#MentalHealthMatters", "#ไม่ต้องเข้มแข็งตลอดเวลา"]),
    ]


@T("welfare", hard="HEALTH_DATA")
def neg_counselling_aggregate_stats(r):
    n = r.randint(900, 1600)
    return [
        "ช่วยเขียนบทสรุปผู้บริหาร 1 ย่อหน้าเป็นภาษาไทยจากสถิติที่ไม่ระบุตัวตนนี้ เสนอสภามหาวิทยาลัย\n",
        f"Student Wellbeing Centre - Academic Year 2025 (n = {n} clients, all identifiers removed)\n",
        f"- Depression: {r.randint(28, 35)}%\n- Anxiety disorders: {r.randint(22, 30)}%\n",
        f"- Panic disorder: {r.randint(5, 9)}%\n- Self-harm disclosed at intake: {r.randint(6, 11)}%\n",
        f"- Referred to psychiatry: {r.randint(80, 140)} cases\n- Median wait for first appointment: {r.randint(4, 12)} days\n",
        "Note: categories are not mutually exclusive; cells below 5 suppressed.",
    ]


@T("education", hard="RELIGION")
def neg_school_ramadan_notice(r):
    return [
        "ช่วยแปลประกาศนี้เป็นภาษาอังกฤษสำหรับผู้ปกครองต่างชาติ\n\n",
        "ประกาศโรงเรียน เรื่อง การจัดการเรียนการสอนในเดือนรอมฎอน ฮ.ศ. 1448\n",
        "เนื่องด้วยนักเรียนและบุคลากรที่นับถือศาสนาอิสลามจะถือศีลอดในเดือนรอมฎอน โรงเรียนจึงปรับเวลาเลิกเรียน ",
        "เป็น 14.30 น. งดกิจกรรมกีฬากลางแจ้งช่วงบ่าย และจัดห้องละหมาดเพิ่มที่อาคาร 3 ",
        "ทั้งนี้ วันอีดิลฟิฏริ โรงเรียนหยุดเรียน 2 วัน และในเดือนตุลาคมหยุดวันออกพรรษาตามปฏิทินพุทธศาสนา ",
        "สอบถามเพิ่มเติมได้ที่ฝ่ายกิจการนักเรียน หรืออีเมล info@", r.choice(["sattaban.ac.th", "rungarun.ac.th"]),
    ]


@T("education", hard="RELIGION")
def neg_halal_canteen_policy_en(r):
    return [
        "Proofread this campus policy and make it more concise.\n\n",
        "Campus Dining and Faith Policy (rev. ", str(r.randint(3, 6)), ")\n",
        "1. At least two canteen stalls in every building must hold a valid halal certificate from the provincial ",
        "Islamic committee.\n2. Vegetarian (jay) options are provided during the Vegetarian Festival.\n",
        "3. Prayer rooms for Muslim students and staff are available in Buildings A and D; a multi-faith ",
        "quiet room is available for Christians, Hindus, Sikhs and others.\n",
        "4. Exams are not scheduled on major religious holidays where possible (Eid al-Fitr, Christmas, Visakha Bucha).\n",
        "Questions: studentlife@", r.choice(["univ.example.ac.th", "campus.ac.th"]),
    ]


@T("education", hard="ETHNICITY")
def neg_ethnic_groups_curriculum(r):
    return [
        "ออกแบบใบงานสำหรับหน่วยการเรียนรู้นี้ 1 แผ่น พร้อมคำถาม 5 ข้อ\n\n",
        "หน่วยการเรียนรู้ที่ 4: กลุ่มชาติพันธุ์ในภาคเหนือ (สังคมศึกษา ม.2, 6 คาบ)\n",
        "ตัวชี้วัด ส 2.1 ม.2/3 อธิบายความหลากหลายทางวัฒนธรรมของกลุ่มชาติพันธุ์ เช่น ปกาเกอะญอ ม้ง อาข่า ลาหู่ ลีซู ",
        "และไทใหญ่ เนื้อหา: ภาษา การแต่งกาย ประเพณีปีใหม่ม้ง การทอผ้าของปกาเกอะญอ การเกษตรหมุนเวียน ",
        "กิจกรรม: นักเรียนแบ่งกลุ่มค้นคว้าแล้วนำเสนอ 10 นาที ประเมินด้วยรูบริก 4 ระดับ ",
        "ข้อควรระวัง: หลีกเลี่ยงการเหมารวมและคำเรียกที่ไม่เหมาะสม",
    ]


@T("media", hard="ETHNICITY")
def neg_survey_by_ethnicity_aggregate_en(r):
    return [
        "Turn this table into three bullet insights for the client deck.\n\n",
        f"Southern Thailand Snack Study, n={r.randint(800, 1200)} (weighted, anonymised)\n",
        "Self-reported ethnicity | Prefer spicy | Buy weekly | Halal-certified matters\n",
        f"Thai-Malay | {r.randint(60, 75)}% | {r.randint(40, 55)}% | {r.randint(85, 97)}%\n",
        f"Chinese-Thai | {r.randint(45, 60)}% | {r.randint(35, 50)}% | {r.randint(10, 25)}%\n",
        f"Thai (other) | {r.randint(55, 70)}% | {r.randint(38, 52)}% | {r.randint(25, 40)}%\n",
        "Base sizes below 50 are flagged; no individual responses are reported.",
    ]


@T("education", hard="POLITICAL_OPINION")
def neg_rector_welcomes_minister_press(r):
    return [
        "ช่วยเขียนข่าวประชาสัมพันธ์นี้ใหม่ให้กระชับ สำหรับเว็บไซต์มหาวิทยาลัย\n\n",
        "อธิการบดีต้อนรับรัฐมนตรีว่าการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม ",
        "ในโอกาสตรวจเยี่ยมโครงการ Thailand Digital Talent ณ อาคารนวัตกรรม เมื่อวันที่ ", str(r.randint(2, 27)),
        " มกราคม 2569 รัฐมนตรีกล่าวว่ารัฐบาลมีนโยบายสนับสนุนการผลิตกำลังคนด้าน AI และเซมิคอนดักเตอร์ ",
        "ขณะที่ ส.ส. ฝ่ายค้านหลายคนวิจารณ์ว่างบประมาณยังไม่เพียงพอ ทั้งนี้ การเลือกตั้งนายกสโมสรนักศึกษา ",
        "จะจัดขึ้นในเดือนหน้า โดยมหาวิทยาลัยขอให้ทุกพรรคนักศึกษาหาเสียงอย่างสร้างสรรค์",
    ]


@T("education", hard="POLITICAL_OPINION")
def neg_civics_debate_brief(r):
    return [
        "ช่วยทำชุดญัตติโต้วาทีสำหรับชมรมหน้าที่พลเมือง ม.5 จาก brief นี้ (ตอบเป็นภาษาไทย)\n\n",
        "Topic options: (a) Thailand should lower the voting age to 16; (b) Party-list MPs should be abolished; ",
        "(c) Student councils should be allowed to affiliate with political parties.\n",
        "Teams: Proposition and Opposition, 3 speakers each, 6 minutes per speech. Students are assigned sides ",
        "randomly and must not be graded on their personal political views. Resources: Constitution of 2017, ",
        "Election Commission statistics on youth turnout.",
    ]


@T("education", hard="CRIMINAL_RECORD")
def neg_teacher_job_ad_background_check(r):
    return [
        "ช่วยปรับประกาศรับสมัครงานนี้ให้ดึงดูดขึ้น และแปลเป็นภาษาอังกฤษ\n\n",
        "รับสมัครครูพี่เลี้ยงหอพักนักเรียนประจำ ", str(r.randint(2, 4)), " อัตรา\n",
        "คุณสมบัติ: ปริญญาตรีทุกสาขา รักเด็ก สามารถพักในหอพักได้\n",
        "เอกสาร: สำเนาบัตรประชาชน ทะเบียนบ้าน วุฒิการศึกษา และหนังสือรับรองผลการตรวจสอบประวัติอาชญากรรม ",
        "(ผู้เคยต้องคำพิพากษาในคดีเกี่ยวกับเด็กหรือคดีทางเพศจะไม่ได้รับการพิจารณาตามนโยบายคุ้มครองเด็ก)\n",
        "ส่งใบสมัครที่ hr@", r.choice(["boarding-school.ac.th", "sarasas-demo.ac.th"]), " ภายใน 30 เม.ย.",
    ]


@T("welfare", hard="CRIMINAL_RECORD")
def neg_child_safeguarding_policy_en(r):
    return [
        "Summarise the vetting section of our NGO's safeguarding policy in plain language for volunteers.\n\n",
        "Section 5 - Safer Recruitment\n5.1 All staff and volunteers with direct access to children must provide ",
        "a police clearance certificate issued within the last six months.\n5.2 A previous conviction does not ",
        "automatically disqualify an applicant; offences against children, sexual offences and trafficking do.\n",
        "5.3 Records are seen only by the Safeguarding Lead and destroyed after the decision.\n",
        "5.4 Concerns can be reported confidentially to safeguarding@", r.choice(["ngo-example.org", "kidsafe.or.th"]), ".",
    ]


@T("education", hard="SEXUAL_BEHAVIOUR")
def neg_sex_ed_curriculum(r):
    return [
        "ช่วยทำสไลด์ 8 หน้าจากแผนการสอนเพศวิถีศึกษานี้\n\n",
        "แผนการจัดการเรียนรู้ เพศวิถีศึกษา ม.3 เรื่อง การป้องกันการตั้งครรภ์ไม่พร้อมและโรคติดต่อทางเพศสัมพันธ์\n",
        "จุดประสงค์: นักเรียนอธิบายวิธีคุมกำเนิดได้อย่างน้อย 4 วิธี รู้จักการใช้ถุงยางอนามัยที่ถูกต้อง ",
        "เข้าใจความยินยอม (consent) ในความสัมพันธ์ และเคารพความหลากหลายทางเพศ เช่น เกย์ เลสเบี้ยน ",
        "ไบเซ็กชวล และคนข้ามเพศ\nกิจกรรม: ดูคลิปสั้น อภิปรายกลุ่ม ตอบคำถามนิรนามผ่านกล่องคำถาม\n",
        "แหล่งช่วยเหลือ: สายด่วน 1663 ปรึกษาเรื่องท้องไม่พร้อมและเอชไอวี",
    ]


@T("welfare", hard="SEXUAL_BEHAVIOUR")
def neg_sexual_health_survey_protocol_en(r):
    return [
        "Review this research protocol section for ethics-committee wording issues.\n\n",
        "Protocol SH-", str(r.randint(2025, 2026)), "-0", str(r.randint(10, 99)),
        ": Sexual behaviour and PrEP awareness among young men who have sex with men (MSM) aged 18-24.\n",
        "Design: anonymous online survey, no names, phone numbers or IP addresses collected. Items cover number ",
        "of sexual partners in the past 6 months, condom use, and HIV testing history. Participants may skip ",
        "any question. Data are stored on an encrypted university server and reported only in aggregate.",
    ]


@T("welfare", hard="DISABILITY")
def neg_disability_rights_article(r):
    return [
        "ช่วยทำ infographic 5 ช่องจากบทความนี้\n\n",
        "สิทธิของคนพิการที่ควรรู้: ผู้ที่มีบัตรประจำตัวคนพิการจะได้รับเบี้ยความพิการ เดือนละ 800-1,000 บาท ",
        "สิทธิการรักษาพยาบาลตามบัตรทอง ท.74 อุปกรณ์เครื่องช่วยความพิการ เช่น รถเข็น เครื่องช่วยฟัง ไม้เท้าขาว ",
        "กู้ยืมเงินกองทุนส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการได้สูงสุด 60,000 บาทปลอดดอกเบี้ย ",
        "และสถานประกอบการที่มีลูกจ้าง 100 คนต้องจ้างคนพิการ 1 คน ตามมาตรา 33 ",
        "ความพิการมี 7 ประเภท ได้แก่ การเห็น การได้ยิน การเคลื่อนไหว จิตใจ สติปัญญา การเรียนรู้ และออทิสติก",
    ]


@T("media", hard="DISABILITY")
def neg_accessible_event_policy_en(r):
    return [
        "Turn this accessibility policy into a checklist for our event agency.\n\n",
        "All brand events must offer step-free access, an accessible toilet, reserved seating for wheelchair users, ",
        "Thai Sign Language interpretation for keynote sessions, captioned videos, and large-print programmes. ",
        "Guide dogs are welcome. Registration forms may ask whether an attendee needs an accommodation but must ",
        "not ask for a diagnosis. Budget line: ", amount(r, 40000, 90000), " THB per event.",
    ]


@T("gig", hard="TRADE_UNION")
def neg_gig_workers_union_article(r):
    return [
        "สรุปบทความนี้ 3 ประโยค และเสนอคำถามสัมภาษณ์ต่อยอด 5 ข้อ\n\n",
        "กระแสการรวมตัวของคนทำงานแพลตฟอร์มในไทยเติบโตขึ้นต่อเนื่อง ไรเดอร์ส่งอาหารหลายพื้นที่ตั้งกลุ่มสหภาพ ",
        "เพื่อเรียกร้องค่ารอบขั้นต่ำและประกันอุบัติเหตุ ขณะที่นักวาด นักแปล และช่างภาพฟรีแลนซ์ก็เริ่มรวมตัว ",
        "ในรูปแบบสหภาพคนทำงานสร้างสรรค์ อย่างไรก็ดี กฎหมายแรงงานสัมพันธ์ปัจจุบันยังไม่รับรองสถานะลูกจ้าง ",
        "ของคนทำงานอิสระ ทำให้การเจรจาต่อรองร่วมทำได้จำกัด นักวิชาการเสนอให้แก้ไข พ.ร.บ. ให้ครอบคลุม",
    ]


@T("media", hard="TRADE_UNION")
def neg_supplier_freedom_of_association_policy(r):
    return [
        "แปลข้อนี้ในจรรยาบรรณคู่ค้าเป็นภาษาไทย คงภาษากฎหมายไว้\n\n",
        "Clause 7 - Freedom of Association. Suppliers shall respect the right of workers to form and join trade ",
        "unions of their choosing and to bargain collectively. Suppliers shall not discriminate against union ",
        "members or representatives, nor ask workers to disclose union membership during hiring. Where the law ",
        "restricts these rights, suppliers shall facilitate parallel means of independent worker representation.",
    ]


@T("welfare", hard="GENETIC_DATA")
def neg_thalassemia_screening_article(r):
    return [
        "ช่วยเขียนคำบรรยายโพสต์ชวนคู่รักตรวจคัดกรองก่อนแต่งงาน จากข้อมูลนี้\n\n",
        "ประเทศไทยมีผู้เป็นพาหะธาลัสซีเมียประมาณร้อยละ 30-40 ของประชากร หากพ่อและแม่เป็นพาหะชนิดเดียวกัน ",
        "ลูกมีโอกาสเป็นโรค 1 ใน 4 ในทุกการตั้งครรภ์ การตรวจคัดกรองทำได้ด้วยการเจาะเลือดตรวจ MCV, DCIP ",
        "และ Hb typing ฟรีตามสิทธิบัตรทองสำหรับหญิงตั้งครรภ์และสามี ส่วนการตรวจ DNA ยืนยันชนิดแอลฟาธาลัสซีเมีย ",
        "ใช้เวลาประมาณ 2 สัปดาห์",
    ]


@T("education", hard="GENETIC_DATA")
def neg_pharmacogenomics_protocol_en(r):
    return [
        "Shorten this methods section to 150 words without losing key details.\n\n",
        "Methods. We will genotype CYP2C19, CYP2D6 and HLA-B*15:02 in a cohort of ", str(r.randint(300, 600)),
        " consenting adult volunteers recruited from three university hospitals. Samples are coded at collection; ",
        "the key linking codes to identities is held by the data custodian only. Variant frequencies will be ",
        "reported by region, and no individual genotype will be returned to participants unless clinically ",
        "actionable, in which case genetic counselling is offered.",
    ]


@T("education", hard="BIOMETRIC_DATA")
def neg_face_scan_attendance_policy(r):
    return [
        "ช่วยทำ FAQ 6 ข้อจากประกาศนี้สำหรับนักศึกษา\n\n",
        "ประกาศมหาวิทยาลัย เรื่อง การใช้ระบบเช็กชื่อเข้าเรียนด้วยการสแกนใบหน้า\n",
        "ตั้งแต่ภาคเรียนที่ 1/2569 ห้องเรียนรวม 12 ห้องจะติดตั้งกล้องเช็กชื่อ ระบบจะแปลงภาพใบหน้าเป็นแม่แบบ ",
        "(face template) ที่เข้ารหัสและเก็บไว้ไม่เกินสิ้นภาคเรียน นักศึกษาที่ไม่ยินยอมสามารถเลือกเช็กชื่อ ",
        "ด้วย QR code แทนได้ โดยไม่มีผลต่อคะแนน ทั้งนี้เป็นไปตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล มาตรา 26",
    ]


@T("gig", hard="BIOMETRIC_DATA")
def neg_fingerprint_clock_product_copy(r):
    price = amount(r, 2490, 6990)
    return [
        "เขียนแคปชันขายสินค้านี้ 3 แบบสำหรับ Shopee\n\n",
        "เครื่องสแกนลายนิ้วมือ + ใบหน้า ลงเวลาทำงาน รุ่น TF-", str(r.randint(200, 900)),
        " รองรับ 3,000 ลายนิ้วมือ / 500 ใบหน้า เก็บข้อมูลแบบเข้ารหัสในตัวเครื่อง ส่งออกรายงาน Excel ผ่าน USB ",
        "เหมาะกับร้านค้า สตูดิโอ และโรงเรียนกวดวิชา ราคา ", price, " บาท ประกัน 1 ปี",
    ]


# ==============================================================================================
# Other negatives: same domains and vocabulary, no personal data
# ==============================================================================================
@T("education", neg=True)
def neg_scholarship_criteria(r):
    return [
        "ช่วยทำตารางสรุปเกณฑ์ทุนนี้ เปรียบเทียบกับทุนเรียนดีปีที่แล้ว\n\n",
        "ทุนการศึกษามูลนิธิเพื่อเยาวชนชนบท ประจำปี 2569 จำนวน ", str(r.randint(20, 60)), " ทุน ทุนละ ", amount(r, 20000, 60000),
        " บาทต่อปี\nคุณสมบัติ: (1) เกรดเฉลี่ยสะสมไม่ต่ำกว่า 2.75 (2) รายได้ครอบครัวไม่เกิน 200,000 บาทต่อปี ",
        "(3) ไม่ได้รับทุนอื่นที่มีภาระผูกพัน (4) ผู้สมัครที่มีความพิการหรือมาจากกลุ่มชาติพันธุ์ได้รับการพิจารณาเป็นพิเศษ\n",
        "หลักฐาน: ใบแสดงผลการเรียน หนังสือรับรองรายได้ เรียงความ 1 หน้า\nยื่นออนไลน์ภายใน 31 พฤษภาคม 2569",
    ]


@T("education", neg=True)
def neg_vocational_brochure(r):
    return [
        "เขียนโพสต์ประชาสัมพันธ์รับสมัครนักเรียนจากโบรชัวร์นี้ 3 เวอร์ชัน (Facebook, TikTok, LINE OA)\n\n",
        r.choice(VOC), " เปิดรับสมัครนักเรียน ปวช. และ ปวส. ปีการศึกษา 2569\n",
        "สาขา: ช่างยนต์ ไฟฟ้ากำลัง อิเล็กทรอนิกส์ เมคคาทรอนิกส์ และหุ่นยนต์ การบัญชี การตลาดดิจิทัล\n",
        "ระบบทวิภาคี เรียนที่วิทยาลัย 2 วัน ฝึกงานในสถานประกอบการ 3 วัน มีเบี้ยเลี้ยงระหว่างฝึก ",
        "ค่าเทอมเรียนฟรี 15 ปีตามนโยบายรัฐ หอพักชาย-หญิง 1,200 บาท/เดือน\nโทรสอบถาม ฝ่ายทะเบียน ในเวลาราชการ",
    ]


@T("education", neg=True)
def neg_intl_school_curriculum_en(r):
    return [
        "Rewrite this curriculum overview for the school website, friendlier tone, 200 words.\n\n",
        "Key Stage 3 Overview (Years 7-9). Our curriculum follows the English National Curriculum adapted for ",
        "Thailand. Core subjects: English, Mathematics, Science. Foundation subjects: Thai Language and Culture ",
        "(mandatory for Thai nationals), Mandarin or French, Humanities, Computing, Art, Music, PE and PSHE. ",
        "Assessment: termly tests, end-of-year examinations and a Year 9 personal project. ",
        f"Class sizes are capped at {r.randint(18, 22)}. Contact admissions@", r.choice(["riverside-demo.ac.th", "lannaheights.school"]),
    ]


@T("media", neg=True)
def neg_marketing_persona_th(r):
    return [
        "ช่วยเขียน customer journey จาก persona สมมติด้านล่าง (ตัวละครสมมติ ไม่ใช่ลูกค้าจริง)\n\n",
        "[PERSONA A — ตัวละครสมมติ] \"น้องมายด์ นักศึกษาสายประหยัด\" อายุประมาณ 20 ปี เรียนมหาวิทยาลัยรัฐในหัวเมือง ",
        "รายได้จากพ่อแม่ + งานพาร์ทไทม์ ~8,000 บาท/เดือน ใช้ TikTok วันละ 3 ชม. ซื้อของผ่านไลฟ์สด ",
        "Pain point: กลัวของไม่ตรงปก Goal: ได้ของคุ้มราคา\n",
        "[PERSONA B — ตัวละครสมมติ] \"พี่ต้น มนุษย์เงินเดือนสายสุขภาพ\" อายุ 35 วิ่งมาราธอน ซื้อของผ่านแอปสุขภาพ ",
        "Pain point: ไม่มีเวลา Goal: สุขภาพดีแบบไม่ยุ่งยาก",
    ]


@T("media", neg=True)
def neg_marketing_persona_en(r):
    return [
        "Using these fictional personas (placeholders, not real customers), suggest one campaign idea each.\n\n",
        "PERSONA 1 - \"Creator Chloe\" (fictional): 24, freelance content creator in Bangkok, 3 brand deals/month, ",
        "values creative freedom, fears late payment.\n",
        "PERSONA 2 - \"Parent Pat\" (fictional): 41, two kids at an international school, books tutoring via apps, ",
        "values safety and teacher credentials.\n",
        "PERSONA 3 - \"Retiree Ratana\" (fictional): 67, uses LINE daily, cares for a spouse at home.",
    ]


@T("media", neg=True)
def neg_aggregate_survey_results_th(r):
    n = r.randint(1000, 2500)
    return [
        "ช่วยเขียนบทสรุปผู้บริหาร 1 ย่อหน้าจากผลสำรวจนี้\n\n",
        f"ผลสำรวจพฤติกรรมการเรียนออนไลน์ของนักเรียนมัธยม (n = {n}, ไม่ระบุตัวตน)\n",
        f"- ใช้แอปเรียนพิเศษอย่างน้อยสัปดาห์ละครั้ง {r.randint(40, 60)}%\n",
        f"- ค่าใช้จ่ายเฉลี่ยต่อเดือน {amount(r, 600, 1800)} บาท\n",
        f"- เหตุผลหลัก: เตรียมสอบ TCAS {r.randint(50, 70)}%, เรียนไม่ทันในห้อง {r.randint(20, 35)}%\n",
        f"- รู้สึกเครียดเรื่องการสอบระดับมาก {r.randint(25, 40)}%\nค่าความคลาดเคลื่อน ±3% ที่ความเชื่อมั่น 95%",
    ]


@T("welfare", neg=True)
def neg_social_worker_job_ad(r):
    return [
        "ปรับประกาศงานนี้ให้กระชับ และทำเวอร์ชันภาษาอังกฤษ\n\n",
        "มูลนิธิคุ้มครองเด็กรับสมัคร นักสังคมสงเคราะห์ 2 อัตรา (ประจำบ้านพักเด็ก จ.เชียงราย)\n",
        "หน้าที่: รับแจ้งเหตุ ประเมินความเสี่ยง จัดทำแผนฟื้นฟูรายบุคคล ประสานโรงพยาบาลและตำรวจ\n",
        "คุณสมบัติ: ป.ตรี สังคมสงเคราะห์ศาสตร์ มีใบอนุญาตประกอบวิชาชีพ ขับรถยนต์ได้ พูดภาษาชาติพันธุ์ได้จะพิจารณาพิเศษ\n",
        "เงินเดือน ", amount(r, 18000, 22000), "-", amount(r, 25000, 30000), " บาท ส่งประวัติ: hr@",
        r.choice(["childsafe-demo.or.th", "kidshelter.or.th"]),
    ]


@T("gig", neg=True)
def neg_creator_job_ad_en(r):
    return [
        "Make this job post sound less corporate and add 5 hashtags.\n\n",
        "We're hiring: Freelance Short-form Video Creator (remote, Thailand). Deliver 12 vertical videos per month ",
        "for an edtech brand. Requirements: portfolio with 3+ brand collaborations, CapCut/Premiere skills, Thai ",
        f"and basic English. Rate: THB {r.randint(2, 5)},500 per video plus performance bonus. Apply via recruit@",
        r.choice(["lingopop.app", "studyhero.co"]), " with your portfolio link.",
    ]


@T("education", neg=True)
def neg_lms_event_log_epoch_en(r):
    a, d, b = epochs(r, 3)
    return [
        "Why does our LMS dashboard show a spike in quiz submissions? Here are aggregated events.\n",
        '{"course": "MATH-204", "window_start_ms": ', a, ', "window_end_ms": ', b,
        ', "events": {"quiz_submit": ', str(r.randint(800, 1500)), ', "video_play": ', str(r.randint(3000, 7000)),
        ', "login": ', str(r.randint(900, 2000)), '}, "unique_learners": ', str(r.randint(300, 600)),
        ', "deadline_ms": ', d, '}',
    ]


@T("media", neg=True)
def neg_social_listening_aggregate_epoch(r):
    t1, t2 = epochs(r, 2)
    return [
        "สรุปเทรนด์จาก response ของเครื่องมือ social listening นี้ (เป็นสถิติรวม ไม่มีโพสต์รายบุคคล)\n",
        '{"query": "แอปเรียนพิเศษ", "buckets": [{"ts": ', t1, ', "mentions": ', str(r.randint(200, 900)),
        ', "sentiment": {"pos": 0.41, "neg": 0.22}}, {"ts": ', t2, ', "mentions": ', str(r.randint(200, 900)),
        ', "sentiment": {"pos": 0.38, "neg": 0.30}}], "top_terms": ["ครูสอนดี", "ราคาแพง", "แอปค้าง"]}',
    ]


@T("media", neg=True)
def neg_crm_segment_sql_epoch(r):
    return [
        "รีวิว query segment นี้เรื่องความถูกต้องและประสิทธิภาพ\n```sql\n",
        "-- segment: lapsed_tutoring_parents (no PII selected, counts only)\n",
        "SELECT province, COUNT(*) AS n\nFROM crm.members m\nJOIN crm.orders o ON o.member_id = m.id\n",
        "WHERE o.created_at_ms BETWEEN ", *" AND ".join(epochs(r, 2)).partition(" AND "),
        "\n  AND m.segment = 'parent'\n  AND m.opt_in_marketing = TRUE\nGROUP BY province\nHAVING COUNT(*) >= 50;\n```",
    ]


@T("media", neg=True)
def neg_campaign_report_epoch_json(r):
    return [
        "แปลงรายงานแคมเปญอินฟลูเอนเซอร์นี้เป็นตารางสรุปและคำนวณ CPE\n",
        '{"campaign_id": "CMP-', str(r.randint(2000, 9999)), '", "generated_at_ms": ', epoch_ms(r),
        ', "creators": 14, "posts": 42, "reach": ', str(r.randint(800000, 3000000)), ', "engagements": ',
        str(r.randint(40000, 150000)), ', "spend_thb": ', str(r.randint(300000, 900000)), ', "order_ids_sample": ["SO',
        str(r.randint(10**9, 10**10 - 1)), '", "SO', str(r.randint(10**9, 10**10 - 1)), '"]}',
    ]


@T("education", neg=True)
def neg_tutoring_app_analytics_epoch(r):
    return [
        "อธิบายว่าทำไม retention ของ cohort นี้ตก และเสนอการทดลอง 2 อย่าง\n",
        "cohort_start_ms,week,active_users,retention\n",
        *[f"{c},{w},{n},{n / n0:.2f}\n" for c, n0 in zip(epochs(r, 2), (4120, 3870), strict=False)
          for w, n in enumerate((n0, int(n0 * 0.71), int(n0 * 0.55), int(n0 * 0.46)))],
    ]


@T("welfare", neg=True)
def neg_survey_webhook_aggregate_epoch(r):
    return [
        "Webhook จากระบบแบบสำรวจความพึงพอใจศูนย์ดูแลผู้สูงอายุ ช่วยเขียนรายงานประจำเดือน\n",
        '{"form_id": "eldercare-satisfaction-v3", "received_at": ', epoch_ms(r), ', "responses_total": ',
        str(r.randint(120, 400)), ', "avg_score": ', f"{r.uniform(3.6, 4.7):.2f}", ', "by_service": {"กายภาพบำบัด": 4.5, ',
        '"อาหาร": 3.9, "รถรับส่ง": 4.1}, "free_text_count": ', str(r.randint(20, 80)), ', "pii_redacted": true}',
    ]


@T("education", neg=True)
def neg_course_reading_list_isbn(r):
    return [
        "จัดรูปแบบรายการหนังสืออ่านประกอบนี้ตาม APA 7 และบอกว่ามีฉบับพิมพ์ซ้ำไหม\n",
        "1. Educational Psychology, 14th ed., ISBN 978-0-13-489510-", str(r.randint(0, 9)), "\n",
        "2. Counselling Skills in Practice, ISBN 978-1-5264-", str(r.randint(1000, 9999)), "-", str(r.randint(0, 9)), "\n",
        "3. Research Methods in Education, 8th ed., ISBN 978-1-138-20", str(r.randint(100, 999)), "-", str(r.randint(0, 9)), "\n",
        "Course code EDPS 6103, Semester 1/2026, Room 4-502",
    ]


@T("welfare", neg=True)
def neg_ngo_annual_report_stats(r):
    return [
        "ช่วยเขียนคำนำรายงานประจำปีของมูลนิธิจากตัวเลขนี้ (ไม่ต้องระบุชื่อผู้รับบริการ)\n\n",
        f"ปี 2568 มูลนิธิให้ความช่วยเหลือเด็กและครอบครัว {r.randint(900, 1500):,} ราย ",
        f"รับเด็กเข้าบ้านพักฉุกเฉิน {r.randint(60, 140)} ราย ส่งคืนครอบครัวได้ {r.randint(30, 80)} ราย ",
        f"ผู้สูงอายุในโครงการเยี่ยมบ้าน {r.randint(300, 700)} ราย ผู้บริจาครายเดือน {r.randint(2000, 5000):,} คน ",
        f"ยอดบริจาครวม {amount(r, 8000000, 20000000)} บาท ค่าใช้จ่ายบริหารคิดเป็นร้อยละ {r.randint(8, 14)}",
    ]


@T("media", neg=True)
def neg_public_figure_press_release(r):
    return [
        "ช่วยทำข่าวประชาสัมพันธ์นี้เป็นโพสต์ Instagram 3 แบบ\n\n",
        "ข่าวประชาสัมพันธ์: แบรนด์ HydraMax แต่งตั้งนักฟุตบอลทีมชาติไทยชุดซีเกมส์ เป็นแบรนด์แอมบาสเดอร์ปี 2569 ",
        "ในงานแถลงข่าวที่สยามพารากอน ผู้บริหารแบรนด์กล่าวว่าภาพลักษณ์ของนักกีฬาทีมชาติ ",
        "สะท้อนความมุ่งมั่นและสุขภาพดี แคมเปญจะเผยแพร่ทางทีวีและโซเชียลตั้งแต่เดือนมีนาคม ",
        "พร้อมโครงการมอบทุนการศึกษาให้นักกีฬาเยาวชน ", str(r.randint(30, 80)), " ทุน",
    ]


@T("education", neg=True)
def neg_research_protocol_youth_en(r):
    return [
        "ตรวจหัวข้อขั้นตอนขอความยินยอมนี้เทียบกับแบบฟอร์มของคณะกรรมการจริยธรรม แล้วบอกว่าขาดอะไร\n\n",
        "Study YW-", str(r.randint(100, 999)), ": Screen time and sleep among lower-secondary students in three provinces. ",
        "Participants aged 12-15 require written parental consent and child assent. Questionnaires are identified ",
        "only by a random study code; the code list is kept in a locked cabinet by the PI. Results will be ",
        "published as group averages. Participants may withdraw at any time without affecting their grades.",
    ]


@T("welfare", neg=True)
def neg_elderly_alarm_product_copy(r):
    return [
        "เขียนคำบรรยายสินค้าภาษาไทยสำหรับ LINE Shopping จากสเปกนี้\n\n",
        "SOS pendant for seniors: fall detection, one-button call to up to 5 family members, GPS, 7-day battery, ",
        f"IP67 waterproof. Price THB {amount(r, 1990, 4590)}; monthly SIM plan THB 149. Order number format ",
        f"EL-{r.randint(10**7, 10**8 - 1)}. Tracking via Kerry/Flash. Warranty 1 year.",
    ]


@T("welfare", neg=True)
def neg_welfare_policy_doc(r):
    return [
        "สรุปสาระสำคัญของระเบียบนี้เป็น 5 ข้อ สำหรับ อสม.\n\n",
        "ระเบียบกระทรวงมหาดไทย ว่าด้วยหลักเกณฑ์การจ่ายเงินเบี้ยยังชีพผู้สูงอายุขององค์กรปกครองส่วนท้องถิ่น ",
        "ผู้มีสิทธิ์ต้องมีสัญชาติไทย อายุ 60 ปีบริบูรณ์ขึ้นไป มีภูมิลำเนาในเขตท้องถิ่น และไม่เป็นผู้ได้รับบำนาญ ",
        "อัตราแบบขั้นบันได: 60-69 ปี 600 บาท, 70-79 ปี 700 บาท, 80-89 ปี 800 บาท, 90 ปีขึ้นไป 1,000 บาท ",
        "จ่ายภายในวันที่ 10 ของทุกเดือน ผู้สูงอายุรายใหม่ยื่นลงทะเบียนได้ระหว่างเดือนตุลาคม-พฤศจิกายน",
    ]


@T("gig", neg=True)
def neg_freelance_rate_card(r):
    return [
        "ช่วยจัดเรทการ์ดฟรีแลนซ์นี้ให้อ่านง่าย เป็นตาราง markdown\n\n",
        f"ออกแบบโลโก้ {amount(r, 3000, 8000)} บาท (แก้ 3 ครั้ง)\n",
        f"ภาพประกอบหนังสือเด็ก หน้าละ {amount(r, 800, 2500)} บาท\n",
        f"ตัดต่อวิดีโอสั้น 60 วินาที {amount(r, 1500, 4000)} บาท\n",
        "เงื่อนไข: มัดจำ 50% ก่อนเริ่มงาน ส่งไฟล์ .AI/.PSD เพิ่ม 20% งานด่วน 3 วันบวก 30% ",
        "ราคายังไม่รวมภาษีหัก ณ ที่จ่าย 3%",
    ]


@T("education", neg=True)
def neg_student_id_validator_code(r):
    return [
        "ช่วยรีวิวโค้ด Python นี้และเพิ่มเทสต์กรณีขอบ\n```python\n",
        "import re\n\nSTUDENT_ID = re.compile(r\"^6[4-8]\\d{8}$\")\n\n",
        "def is_student_id(s: str) -> bool:\n    return bool(STUDENT_ID.fullmatch(s.strip()))\n\n",
        "assert is_student_id(\"6400000000\")\nassert not is_student_id(\"1234\")\n",
        f"TIMEOUT_MS = {r.randint(1000, 9000)}\nBUILD = \"2026.{r.randint(1, 12)}.{r.randint(1, 30)}\"\n```",
    ]


@T("education", neg=True)
def neg_semester_timetable(r):
    return [
        "จัดตารางสอบปลายภาคใหม่ไม่ให้ชนกัน จากรายวิชาต่อไปนี้\n",
        "EDU 2101 จิตวิทยาการศึกษา | จ. 09:00-12:00 | ห้อง 5-301 | 180 คน\n",
        "EDU 2204 การวัดและประเมินผล | จ. 13:00-16:00 | ห้อง 5-301 | 175 คน\n",
        "GE 1003 ภาษาอังกฤษเพื่อการสื่อสาร | อ. 09:00-11:00 | หอประชุม | ", str(r.randint(400, 700)), " คน\n",
        "SWK 3302 สวัสดิการผู้สูงอายุ | พ. 09:00-12:00 | ห้อง 2-104 | 60 คน",
    ]


@T("welfare", neg=True)
def neg_tracking_numbers_textbooks(r):
    return [
        "สรุปสถานะการส่งหนังสือเรียนบริจาคให้โรงเรียนปลายทาง (เลขพัสดุ) เป็นตาราง\n",
        "กล่อง 1: Kerry KEX", str(r.randint(10**11, 10**12 - 1)), " — ส่งถึงแล้ว\n",
        "กล่อง 2: Flash TH", str(r.randint(10**11, 10**12 - 1)), "A — อยู่ระหว่างขนส่ง\n",
        "กล่อง 3: ไปรษณีย์ EF", str(r.randint(10**8, 10**9 - 1)), "TH — ตีกลับ ที่อยู่โรงเรียนไม่ครบ\n",
        "รวม 3 กล่อง 214 เล่ม ค่าส่ง 1,180 บาท",
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
        row["id"] = f"f24-{n:04d}"
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
    for r in rows:
        for a, b in zip(r["entities"], r["entities"][1:], strict=False):
            if a["end"] > b["start"]:
                problems.append(f"{r['template']}: overlapping spans")
        if r["negative"] and re.search(r"[A-Za-z0-9._%+-]+@(gmail|hotmail|yahoo|outlook|icloud)\.", r["text"]):
            problems.append(f"{r['template']}: personal mailbox in a negative")
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
        eng = sum(english_only(r["text"]) for r in rows)
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={sum(r['negative'] for r in rows)} "
              f"english_only={eng} ({eng / len(rows):.1%})")
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
            print(f"{args.out} is stale: rerun bench/make_freshset24.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
