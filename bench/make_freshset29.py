"""Twenty-ninth blind held-out set for pdpa-guard: bench/freshset29.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md and the interface of tests/test_freshsets.py only. Emphasis: consumer apps and private life --
dating and matchmaking apps, fertility/IVF and prenatal clinics, mental-health chat and counselling,
fitness and nutrition coaching, beauty and cosmetic-surgery clinics, LGBTQ+ community services, rehab and
addiction centres, funeral homes, religious communities and their donation desks, astrology and
fortune-telling. Prompts are support tickets, coach notes, intake forms, consent drafts, review replies,
influencer briefs, CRM exports, LINE chats, logs and JSON bodies, in Thai, English and both. Many
negatives discuss the same topics in general (articles, FAQs, marketing copy, policy text, statistics,
horoscopes, code and logs) with no specific person; some name public figures in public-fact contexts.

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are fabricated;
names are hand-written in this file (Faker is never used for a value).

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, Mr, Dr
...); nicknames are PERSON too. ADDRESS is one span from the house number to the postcode (or province);
DATE_OF_BIRTH is the date only (a birth time next to it is not part of the span); cued numbers (HN,
student ID, account ...) are the number only; a plate includes the province written right after it; s.26
spans are the shortest phrase disclosing the fact about the person (the writer included). Role mailboxes
(info@, support@ ...), public figures in news or public facts, topics, policies, products, statistics
and articles are not labelled. Companies' registration numbers are TH_JURISTIC_ID.

    python bench/make_freshset29.py            # (re)write bench/freshset29.jsonl
    python bench/make_freshset29.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset29.py --stats    # print coverage
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

SEED = "freshset29"
OUT = Path(__file__).resolve().parent / "freshset29.jsonl"
PROMPTS_PER_TEMPLATE = 2

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_GIVEN = [
    "อรวรรณ", "ชาญวิทย์", "พิชญา", "ธนวัฒน์", "กนกพร", "ศิวกร", "ปภาวี", "เมธาวี", "วรากร", "สุพัตรา",
    "ณัฐนันท์", "ภูริช", "ธิดารัตน์", "จักรพันธ์", "นันทิชา", "อิทธิพล", "รุ่งนภา", "เกียรติศักดิ์", "พัชราภรณ์",
    "สิทธิชัย", "ลลิตา", "ชยพล", "ปาริชาติ", "วัชระ", "ศศิธร", "ณรงค์ฤทธิ์", "อัมพร", "บุญส่ง", "สำราญ",
    "แสงเดือน", "ทองคำ", "ประยูร", "จิตรลดา", "กัญญาณัฐ", "ธีรวัฒน์", "เบญจมาศ", "ภัทราวดี", "อนันต์",
    "สุดารัตน์", "วิชัย", "ปิยวัฒน์", "ชุติมา", "ธนภรณ์", "กฤตภาส", "มนัสนันท์", "ยุพิน", "ศักดิ์ดา", "พรรณี",
]
TH_FEMALE = {"อรวรรณ", "พิชญา", "กนกพร", "ปภาวี", "เมธาวี", "สุพัตรา", "ณัฐนันท์", "ธิดารัตน์", "นันทิชา",
             "รุ่งนภา", "พัชราภรณ์", "ลลิตา", "ปาริชาติ", "ศศิธร", "อัมพร", "แสงเดือน", "จิตรลดา", "กัญญาณัฐ",
             "เบญจมาศ", "ภัทราวดี", "สุดารัตน์", "ชุติมา", "ธนภรณ์", "มนัสนันท์", "ยุพิน", "พรรณี"}
TH_SUR = [
    "แก้วประเสริฐ", "ศรีสวัสดิ์", "บุญยืน", "ทองมา", "จันทร์หอม", "พึ่งบุญ", "วงศ์สวัสดิ์", "รัตนพันธ์",
    "สุขเจริญ", "อินทร์แก้ว", "เพชรรัตน์", "ชัยมงคล", "ปัญญาดี", "ศรีวิไล", "มณีวงศ์", "เจริญสุข", "พรหมมา",
    "สายทอง", "ธนากุล", "อ่อนศรี", "บุญประคอง", "ภู่ระหงษ์", "คงสมบูรณ์", "เรืองศรี", "นาคสุข", "กิตติวงศ์",
    "โพธิ์ทอง", "สมบัติทอง", "ลิ้มเจริญ", "ตั้งตระกูล", "หมัดอาหลี", "เจ๊ะเล๊าะ",
]
TH_NICK = ["แพรว", "ต้นกล้า", "มายด์", "เจมส์", "ปอนด์", "ฝ้าย", "แบงค์", "ข้าวหอม", "นุ่น", "บอส", "ก้อย",
           "ปูเป้", "อาร์ม", "เฟิร์น", "ตาล", "ภูมิ", "มิ้นท์", "เอิร์ธ", "ใบเตย", "ออม"]
ROMAN = [
    ("Orawan", "Kaewprasert"), ("Chanwit", "Srisawat"), ("Pitchaya", "Boonyuen"), ("Thanawat", "Thongma"),
    ("Kanokporn", "Chanhom"), ("Siwakorn", "Phuengboon"), ("Paphawee", "Wongsawat"), ("Methawee", "Rattanaphan"),
    ("Warakorn", "Sukcharoen"), ("Supattra", "Inkaew"), ("Nattanan", "Phetcharat"), ("Phurit", "Chaimongkol"),
    ("Thidarat", "Panyadee"), ("Jakkaphan", "Sriwilai"), ("Nanticha", "Maneewong"), ("Ittipol", "Charoensuk"),
    ("Rungnapa", "Phromma"), ("Kiattisak", "Saithong"), ("Lalita", "Thanakul"), ("Chayaphon", "Onsri"),
    ("Parichat", "Kittiwong"), ("Sasithorn", "Nakasuk"), ("Teerawat", "Pothong"), ("Benjamas", "Limcharoen"),
]
ROMAN_NICK = ["Praew", "Mind", "James", "Pond", "Fai", "Bank", "Khaohom", "Noon", "Boss", "Koy", "Pupe",
              "Arm", "Fern", "Tarn", "Poom", "Mint", "Earth", "Baitoey", "Aom"]
FOREIGN = [
    "Zhou Lina", "Wang Jun", "Chen Yuting", "Hiroshi Tanaka", "Yuki Nakamura", "Kim Ji-woo", "Park Min-jun",
    "Nguyen Thi Lan", "Tran Van Minh", "Aung Ko Latt", "Hnin Wai Phyo", "Daniel Hughes", "Sophie Laurent",
    "Markus Weber", "Emily Carter", "Rahul Mehta", "Priya Nair", "Ahmed Al-Mansoori", "Olga Petrova",
    "Lucas Moreau", "Siobhan Kelly", "Mateo Fernández",
]
COACHES = ["Coach Ploy", "Coach Ton", "Coach Benz"]
STAFF_TH = ["ปรียานุช โชติช่วง", "ธนกฤต วัฒนไพบูลย์", "ศิรินทิพย์ ลาภเจริญ", "สุรศักดิ์ อุ่นเรือน", "กมลวรรณ แสงอรุณ"]
STAFF_EN = ["Ratchanee Chotchuang", "Thanakrit Wattanapaiboon", "Sirinthip Lapcharoen", "Surasak Unruean"]


def thn(r: random.Random) -> str:
    """A Thai full name: given name + surname."""
    return f"{r.choice(TH_GIVEN)} {r.choice(TH_SUR)}"


def thf(r: random.Random) -> str:
    """A Thai woman's full name."""
    return f"{r.choice(sorted(TH_FEMALE))} {r.choice(TH_SUR)}"


def thm(r: random.Random) -> str:
    """A Thai man's full name."""
    return f"{r.choice([g for g in TH_GIVEN if g not in TH_FEMALE])} {r.choice(TH_SUR)}"


def rom(r: random.Random) -> str:
    g, s = r.choice(ROMAN)
    return f"{g} {s}"


ROMAN_FEMALE = {"Orawan", "Pitchaya", "Kanokporn", "Paphawee", "Methawee", "Supattra", "Nattanan", "Thidarat",
                "Nanticha", "Rungnapa", "Lalita", "Parichat", "Sasithorn", "Benjamas"}
FOREIGN_F = ["Zhou Lina", "Chen Yuting", "Yuki Nakamura", "Kim Ji-woo", "Nguyen Thi Lan", "Hnin Wai Phyo",
             "Sophie Laurent", "Emily Carter", "Priya Nair", "Olga Petrova", "Siobhan Kelly"]
FOREIGN_M = [n for n in FOREIGN if n not in FOREIGN_F]
TH_NICK_F = ["แพรว", "มายด์", "ฝ้าย", "ข้าวหอม", "นุ่น", "ก้อย", "ปูเป้", "เฟิร์น", "ตาล", "มิ้นท์", "ใบเตย", "ออม"]
# Thai and romanised spellings of the same names (index-aligned with TH_GIVEN / TH_SUR)
PAIRED_GIVEN = 18
PAIRED_SUR = 20


def rom_f(r: random.Random) -> str:
    g, s = r.choice([x for x in ROMAN if x[0] in ROMAN_FEMALE])
    return f"{g} {s}"


def rom_m(r: random.Random) -> str:
    g, s = r.choice([x for x in ROMAN if x[0] not in ROMAN_FEMALE])
    return f"{g} {s}"


def th_en_pair(r: random.Random) -> tuple[str, str, bool]:
    """The same person's name in Thai and in romanised form, and whether she is a woman."""
    i, j = r.randrange(PAIRED_GIVEN), r.randrange(PAIRED_SUR)
    return f"{TH_GIVEN[i]} {TH_SUR[j]}", f"{ROMAN[i][0]} {ROMAN[j][1]}", TH_GIVEN[i] in TH_FEMALE


def given(name: str) -> str:
    return name.split()[0]


def nick(r: random.Random) -> str:
    return r.choice(TH_NICK)


def ttl(r: random.Random, name: str | None = None) -> str:
    if name is not None:
        return r.choice(["นาง", "นางสาว", "น.ส.", "คุณ"]) if given(name) in TH_FEMALE else r.choice(["นาย", "คุณ"])
    return r.choice(["นาย", "นาง", "นางสาว", "น.ส.", "คุณ"])


# ----------------------------------------------------------------------------------------------
# Fabricated values
# ----------------------------------------------------------------------------------------------
def _pin_digits(r: random.Random, first: str | None = None) -> str:
    body = (first or str(r.choice([1, 1, 1, 3, 3, 5, 8]))) + "".join(str(r.randint(0, 9)) for _ in range(11))
    return body + pin.calc_check_digit(body)


def nid(r: random.Random, style: str | None = None) -> str:
    d = _pin_digits(r)
    style = style or r.choice(["dash", "plain", "space", "dash", "plain"])
    if style == "plain":
        return d
    sep = "-" if style == "dash" else " "
    return sep.join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def juristic(r: random.Random, style: str | None = None) -> str:
    body = "0" + r.choice(["105", "105", "107", "993", "125", "505"]) + r.choice(["5", "6"]) + "".join(
        str(r.randint(0, 9)) for _ in range(7))
    d = body + moa.calc_check_digit(body)
    style = style or r.choice(["plain", "dash", "plain"])
    if style == "plain":
        return d
    return "-".join([d[0], d[1:3], d[3], d[4:7], d[7:12], d[12]])


def epoch_ms(r: random.Random, lo: int = 1_700_000_000_000, hi: int = 1_860_000_000_000) -> str:
    """A 13-digit epoch-ms timestamp (2023-2028) that happens to pass the Thai ID checksum."""
    while True:
        v = str(r.randint(lo, hi))
        if v[:2] in ("17", "18") and pin.is_valid(v):
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
    raise AssertionError(body)


def card(r: random.Random, style: str | None = None) -> str:
    prefix = r.choice(["4", "4", "4", "52", "54", "55", "3566", "2223"])
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(15 - len(prefix)))
    d = _luhn_complete(body)
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
        d = "0" + r.choice(["6", "8", "9"]) + "".join(str(r.randint(0, 9)) for _ in range(8))
        s = style or r.choice(["dash", "plain", "space", "intl", "plain", "dash2", "dash", "intl_plain"])
        n = d[1:]
        v = {
            "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}",
            "dash2": f"{d[:2]}-{d[2:6]}-{d[6:]}",
            "plain": d,
            "space": f"{d[:3]} {d[3:6]} {d[6:]}",
            "intl": f"+66 {n[:2]} {n[2:5]} {n[5:]}",
            "intl_plain": f"+66{n}",
            "dot": f"{d[:3]}.{d[3:6]}.{d[6:]}",
        }[s]
        if _valid_phone(v):
            return v


def foreign_phone(r: random.Random) -> str:
    while True:
        v = r.choice([
            f"+86 13{r.randint(0, 9)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
            f"+65 9{r.randint(100, 999)} {r.randint(1000, 9999)}",
            f"+81 90 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
            f"+61 4{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
            f"+971 50 {r.randint(100, 999)} {r.randint(1000, 9999)}",
        ])
        if _valid_phone(v):
            return v


EMAIL_FREE = ["gmail.com", "hotmail.com", "outlook.co.th", "yahoo.com", "icloud.com", "hotmail.co.th", "outlook.com"]


def email(r: random.Random, person: str | None = None, domain: str | None = None) -> str:
    if person and re.fullmatch(r"[A-Za-z' -]+", person):
        parts = person.replace("'", "").replace("-", "").lower().split()
        g, s = parts[0], parts[-1]
    else:
        g, s = (x.lower() for x in r.choice(ROMAN))
    local = r.choice([f"{g}.{s}", f"{g}.{s[0]}", f"{g}{r.randint(70, 99)}", f"{g}_{s[:3]}", f"{s}.{g}",
                      f"{g[:4]}{s[:2]}{r.randint(1, 999)}"])
    return f"{local}@{domain or r.choice(EMAIL_FREE)}"


def ipv4(r: random.Random) -> str:
    while True:
        v = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
        if v.is_global:
            return str(v)


def ipv6(r: random.Random) -> str:
    return f"2001:fb1:{r.randint(0x10, 0xfff):x}:{r.randint(0, 0xffff):x}:{r.randint(1, 0xffff):x}::{r.randint(1, 0xfff):x}"


def passport(r: random.Random, kind: str = "th") -> str:
    digits = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    if kind == "th":
        return r.choice(["AA", "AB", "AC", "A"]) + digits(7)
    if kind == "cn":
        return "E" + digits(8)
    if kind == "jp":
        return r.choice(["TR", "TK", "MZ"]) + digits(7)
    if kind == "mm":
        return r.choice(["MA", "MC", "MD"]) + digits(6)
    return r.choice(["C", "GK", "PA", "X"]) + digits(7)


BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรี", "ทีทีบี", "ออมสิน", "ยูโอบี"]
BANKS_EN = ["KBank", "SCB", "Bangkok Bank", "Krungthai", "Krungsri", "ttb", "GSB", "UOB"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(10))
    style = style or r.choice(["dash", "plain", "dash", "gsb"])
    if style == "plain":
        return d
    if style == "gsb":
        return "0" + "".join(str(r.randint(0, 9)) for _ in range(11))
    return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"


PLATE_LETTERS = ["กค", "ขจ", "ฆษ", "งม", "จธ", "ฉล", "ชพ", "ญข", "ฐก", "ถร", "นว", "บง", "พษ", "ฬอ", "สข"]
PROVINCES = ["กรุงเทพมหานคร", "นนทบุรี", "ปทุมธานี", "เชียงใหม่", "เชียงราย", "ขอนแก่น", "ชลบุรี", "ภูเก็ต",
             "นครปฐม", "สุราษฎร์ธานี", "พิษณุโลก", "ราชบุรี"]


def plate(r: random.Random) -> str:
    num = str(r.randint(1, 9999))
    letters = r.choice(PLATE_LETTERS)
    form = r.choice(["pre", "plain", "dash", "pre"])
    if form == "pre":
        core = f"{r.randint(1, 9)}{letters} {num}"
    elif form == "dash":
        core = f"{letters}-{num}"
    else:
        core = f"{letters} {num}"
    return f"{core} {r.choice(PROVINCES)}"


ADDR_AREAS = [
    ("แขวงสามเสนใน", "เขตพญาไท", "กรุงเทพมหานคร", "10400"),
    ("แขวงบางจาก", "เขตพระโขนง", "กรุงเทพฯ", "10260"),
    ("แขวงห้วยขวาง", "เขตห้วยขวาง", "กรุงเทพมหานคร", "10310"),
    ("แขวงทุ่งวัดดอน", "เขตสาทร", "กรุงเทพฯ", "10120"),
    ("แขวงลาดพร้าว", "เขตลาดพร้าว", "กรุงเทพมหานคร", "10230"),
    ("แขวงบางบำหรุ", "เขตบางพลัด", "กรุงเทพฯ", "10700"),
    ("ต.ช้างเผือก", "อ.เมืองเชียงใหม่", "จ.เชียงใหม่", "50300"),
    ("ต.ในเมือง", "อ.เมืองนครราชสีมา", "จ.นครราชสีมา", "30000"),
    ("ต.บางรักพัฒนา", "อ.บางบัวทอง", "จ.นนทบุรี", "11110"),
    ("ต.คอหงส์", "อ.หาดใหญ่", "จ.สงขลา", "90110"),
    ("ต.หนองปรือ", "อ.บางละมุง", "จ.ชลบุรี", "20150"),
    ("ตำบลประชาธิปัตย์", "อำเภอธัญบุรี", "จังหวัดปทุมธานี", "12130"),
    ("ตำบลสะเตง", "อำเภอเมืองยะลา", "จังหวัดยะลา", "95000"),
    ("ต.รอบเวียง", "อ.เมืองเชียงราย", "จ.เชียงราย", "57000"),
    ("ต.ศิลา", "อ.เมืองขอนแก่น", "จ.ขอนแก่น", "40000"),
    ("ต.กะทู้", "อ.กะทู้", "จ.ภูเก็ต", "83120"),
]
STREETS_BKK = ["ซอยอารีย์ 4", "ซ.สุขุมวิท 77", "ถนนประดิพัทธ์", "ซอยนราธิวาสราชนครินทร์ 22", "ถนนรัชดาภิเษก",
               "ซ.ลาดพร้าว 101", "ซอยจรัญสนิทวงศ์ 75"]
STREETS_PROV = ["ถ.ห้วยแก้ว", "ถนนมิตรภาพ", "ถ.เพชรเกษม", "ถนนศรีจันทร์", "ซอย 5", "ถ.สิโรรส"]
ADDR_EN = [
    ("Soi Ari 4, Phahonyothin Rd.", "Samsen Nai", "Phaya Thai", "Bangkok", "10400"),
    ("Sukhumvit Soi 77", "Suan Luang", "Suan Luang", "Bangkok", "10250"),
    ("Huay Kaew Rd.", "Suthep", "Mueang Chiang Mai", "Chiang Mai", "50200"),
    ("Sathorn Soi 10", "Silom", "Bang Rak", "Bangkok", "10500"),
    ("Thepprasit Rd.", "Nong Prue", "Bang Lamung", "Chon Buri", "20150"),
    ("Chalong Circle Rd.", "Chalong", "Mueang Phuket", "Phuket", "83130"),
]


def house(r: random.Random) -> str:
    return r.choice([str(r.randint(1, 999)), f"{r.randint(1, 399)}/{r.randint(1, 250)}"])


def addr(r: random.Random, en: bool = False, short: bool = False) -> str:
    if en:
        st, sub, dist, prov, pc = r.choice(ADDR_EN)
        unit = r.choice(["", f"Unit {r.randint(2, 30)}{r.randint(1, 20):02d}, ", "Moo 3, "])
        return f"{house(r)} {unit}{st}, {sub}, {dist}, {prov} {pc}"
    t, a, p, pc = r.choice(ADDR_AREAS)
    moo = r.choice(["", f" หมู่ {r.randint(1, 14)}", f" ม.{r.randint(1, 14)}"]) if not t.startswith("แขวง") else ""
    street = r.choice(["", " " + r.choice(STREETS_BKK if t.startswith("แขวง") else STREETS_PROV)])
    if short:
        return f"{house(r)}{moo}{street} {t} {a} {p}"
    return f"{house(r)}{moo}{street} {t} {a} {p} {pc}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def dob(r: random.Random, style: str | None = None, lo: int = 1962, hi: int = 2005) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    be = y + 543
    style = style or r.choice(["th_long", "th_short", "slash_be", "iso", "en", "slash_ce", "en_long"])
    return {
        "th_long": f"{d} {TH_MONTHS[m - 1]} {be}",
        "th_short": f"{d} {TH_MON[m - 1]} {be}",
        "th_short2": f"{d} {TH_MON[m - 1]} {str(be)[2:]}",
        "slash_be": f"{d:02d}/{m:02d}/{be}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "en": f"{d} {EN_MON[m - 1]} {y}",
        "en_long": f"{EN_MONTHS[m - 1]} {d}, {y}",
        "slash_ce": f"{d:02d}/{m:02d}/{y}",
    }[style]


def student_id(r: random.Random, style: str | None = None) -> str:
    yy = r.randint(64, 68)
    style = style or r.choice(["ten", "ten", "dash", "b"])
    if style == "ten":
        return f"{yy}{r.randint(10, 99)}{r.randint(100000, 999999)}"
    if style == "dash":
        return f"{yy}-{r.randint(1000, 9999)}-{r.randint(100, 999)}"
    return f"{r.choice('BSU')}{yy}{r.randint(10000, 99999)}"


def hn(r: random.Random, style: str | None = None) -> str:
    yy = r.randint(58, 68)
    style = style or r.choice(["slash", "dash", "plain", "rev"])
    if style == "slash":
        return f"{r.randint(10, 99999)}/{yy}"
    if style == "dash":
        return f"{yy}-{r.randint(1000, 999999):06d}"
    if style == "rev":
        return f"{r.randint(100000, 999999)}-{yy}"
    return f"{r.randint(1000000, 9999999)}"


def line_id(r: random.Random, base: str | None = None) -> str:
    b = (base or r.choice(ROMAN_NICK)).lower()
    return r.choice([f"{b}{r.randint(1, 99)}", f"{b}_{r.choice(['za', 'jaa', 'naja', 'kub', 'ka'])}",
                     f"{b}.{r.choice(['bkk', 'cm', 'kk', 'hy'])}{r.randint(0, 9)}", f"{b}{b[-1]}{b[-1]}",
                     f"{r.choice(['nong', 'pee', 'mae'])}{b}", f"{b}-{r.randint(1985, 2004)}"])


def amount(r: random.Random, lo: int = 100, hi: int = 90000) -> str:
    return f"{r.randint(lo, hi):,}"


def hexid(r: random.Random, n: int = 12) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def ticket(r: random.Random, prefix: str = "TCK") -> str:
    return f"{prefix}-{r.randint(100000, 999999)}"


def th_date(r: random.Random, year: int = 2568) -> str:
    return f"{r.randint(1, 28)} {r.choice(TH_MON)} {year}"


def en_date(r: random.Random, year: int = 2025) -> str:
    return f"{r.randint(1, 28)} {r.choice(EN_MON)} {year}"


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
        return not re.search(r"\d|^(นาย|นาง|น\.ส\.|คุณ|พี่|น้อง|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) ", span)
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


def E(etype: str, v: str) -> tuple[str, str]:
    return (etype, v)


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


def ask(r: random.Random, *options: str) -> str:
    """One of several phrasings of the instruction that precedes the pasted material.

    The two prompts of a template take different phrasings (``Rng.variant``), so none repeats another."""
    offset = sum(map(ord, options[0])) % len(options)
    return options[(getattr(r, "variant", 0) + offset) % len(options)]


class Rng(random.Random):
    """A seeded generator that also knows which prompt of its template it is building."""

    variant = 0


def H(v: str) -> tuple[str, str]:
    return ("HEALTH_DATA", v)


PH = lambda r, **k: ("PHONE_NUMBER", mobile(r, **k))  # noqa: E731
EM = lambda v: ("EMAIL_ADDRESS", v)  # noqa: E731

# ==============================================================================================
# Dating and matchmaking apps
# ==============================================================================================
@T("dating")
def dating_tns_report_ticket_en(r: random.Random) -> list:
    reporter, reported = rom_f(r), rom_m(r)
    crime = r.choice(["convicted of fraud in 2021 (Criminal Court, black case no. redacted)",
                      "served 18 months for assault", "has a prior conviction for stalking"])
    return [
        f"Trust & Safety ticket {ticket(r, 'TS')} | priority: high\n",
        "Reporter: ", P(reporter), " (user ", str(r.randint(10**7, 10**8)), ")\n",
        "Reported profile: \"", P(reported), "\", age ", str(r.randint(27, 45)), ", last login from ",
        E("IP_ADDRESS", ipv4(r)), "\n\n",
        "Reporter says: \"He kept asking me to move to WhatsApp and sent his number ", PH(r, style="intl"),
        ". When I refused he said he knows where I work.\"\n",
        "Agent note: web search on the name matched a news report; reported user ", E("CRIMINAL_RECORD", crime),
        ".\n\nPlease draft (1) a warning-free ban notice to the reported user and (2) a reassurance reply to the "
        "reporter. Do not reveal our search to either side.",
    ]


@T("dating")
def dating_bio_rewrite_th(r: random.Random) -> list:
    name = thn(r)
    rel = r.choice(["เป็นมุสลิม", "นับถือศาสนาอิสลาม", "เป็นคริสเตียน", "นับถือศาสนาคริสต์"])
    lid = line_id(r)
    return [
        "ช่วยเขียนไบโอหาคู่ให้หน่อย ให้ดูอบอุ่น ไม่เยอะเกินไป ไม่เกิน 300 ตัวอักษร\n",
        "ข้อมูล: ชื่อ ", P(name), " อายุ ", str(r.randint(26, 41)), " ทำงานบัญชีอยู่บริษัทแถวสาทร ชอบทำอาหาร "
        "ชอบเที่ยวทะเล ", E("RELIGION", rel), " อยากเจอคนที่ศาสนาเดียวกันและจริงจัง ไม่ดื่มเหล้า\n",
        "ใส่ท้ายไบโอว่า ถ้าคุยถูกคอแอดไลน์มาได้ที่ ", E("LINE_ID", lid),
    ]


@T("dating")
def dating_selfie_verification_json(r: random.Random) -> list:
    name = rom(r)
    emb = ", ".join(f"{r.uniform(-0.3, 0.3):.4f}" for _ in range(6))
    return [
        "Explain why this verification failed and what the user should do next:\n",
        '{"event": "selfie_verification", "status": "rejected", "reason": "liveness_score_below_threshold",\n',
        ' "user": {"display_name": "', P(name), '", "email": "', EM(email(r, name)), '"},\n',
        ' "client_ip": "', E("IP_ADDRESS", ipv4(r)), '", "liveness_score": ', f"{r.uniform(0.2, 0.5):.2f}", ",\n",
        ' "face_embedding": "', E("BIOMETRIC_DATA", f"[{emb}, ...]"), '",\n',
        ' "attempt": ', str(r.randint(2, 4)), ', "device": "', r.choice(["iPhone 13", "Galaxy A54", "OPPO Reno8"]),
        '"}',
    ]


@T("dating")
def dating_chat_moderation_mixed(r: random.Random) -> list:
    a, b = nick(r), nick(r)
    sx = r.choice(["ผมเป็นเกย์แต่ที่บ้านยังไม่รู้", "เราเป็นไบนะ ชอบได้ทั้งผู้ชายผู้หญิง", "ผมเป็นเกย์ เพิ่ง come out กับเพื่อนสนิท"])
    return [
        "Classify the flagged message below: [harassment | contact-sharing | self-disclosure | spam]. "
        "Return JSON with label and a one-line reason.\n---\n",
        "from: ", P(a), "  to: ", P(b), "\n",
        "msg: ", E("SEXUAL_BEHAVIOUR", sx), " เลยไม่กล้าลงรูปหน้าในแอป ถ้าสะดวกโทรคุยกันก่อนได้ไหม ",
        PH(r, style=r.choice(["dash", "plain"])), " โทรหลังสองทุ่มนะ",
    ]


@T("dating")
def dating_premium_refund_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "อีเมลเข้ามาที่ซัพพอร์ต ช่วยร่างคำตอบภาษาอังกฤษแบบสุภาพ อนุมัติคืนเงินตามสัดส่วน\n\n",
        "From: ", P(name), " <", EM(email(r, name)), ">\n",
        "Subject: charged twice for Gold 6 months\n\n",
        "Hi, I was charged ", r.choice(["1,290", "2,590", "3,490"]), " THB twice on ", en_date(r), ". The card is ",
        E("CREDIT_CARD", card(r)), ". I only want one subscription. I'm in a relationship now anyway so please "
        "cancel auto-renew too. Thanks, ", P(given(name)),
    ]


@T("dating")
def dating_safety_report_plate_th(r: random.Random) -> list:
    victim, nickname = thf(r), r.choice(["โอ๊ต", "ท็อป", "บิ๊ก", "เต้"])
    crime = r.choice(["เพิ่งพ้นโทษคดียาเสพติด", "เคยติดคุกคดีฉ้อโกง", "เคยโดนจับคดีทำร้ายร่างกายแฟนเก่า"])
    return [
        "แปลงข้อความนี้เป็นรายงานเหตุการณ์ (incident report) ภาษาอังกฤษสำหรับทีม Safety:\n\n",
        "\"ดิฉัน ", P(victim), " ค่ะ นัดเจอกับคนที่แมตช์ในแอป ชื่อในแอปว่า ", P(nickname),
        " เขาขับรถมารับ ทะเบียน ", E("TH_VEHICLE_PLATE", plate(r)),
        " ระหว่างทางเขาเล่าเองว่า", E("CRIMINAL_RECORD", crime), " แล้วพยายามพาไปที่พัก ดิฉันขอลงกลางทาง "
        "ตอนนี้เขาทักไลน์มาตลอด ไอดี ", E("LINE_ID", line_id(r)), " ขอให้แบนและเก็บหลักฐานไว้ด้วยค่ะ\"",
    ]


@T("dating")
def matchmaking_crm_csv_th(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        name = thn(r)
        rows += [
            "\n", P(name), ",", E("DATE_OF_BIRTH", dob(r, "slash_be", 1978, 1995)), ",", PH(r, style="plain"), ",",
            E("RELIGION", r.choice(["พุทธ", "คริสต์", "อิสลาม"])), ",",
            E("ETHNICITY", r.choice(["จีนแต้จิ๋ว", "จีนแคะ", "ไทยเชื้อสายมอญ", "ไทใหญ่"])), ",",
            r.choice(["ต้องการคู่ที่มีบ้านแล้ว", "ไม่สูบบุหรี่", "อยากมีลูก 2 คน", "รับได้ถ้ามีลูกติด"]),
        ]
    pol = r.choice(["ไม่เอาคนเสื้อแดง", "เกลียดพวกสลิ่ม คุยการเมืองไม่ได้", "เชียร์พรรคประชาชนสุดตัว"])
    name3 = thn(r)
    return [
        "ไฟล์ลูกค้า VIP ของเอเจนซี่จัดหาคู่ ช่วยจับคู่ที่เหมาะสมที่สุดและให้เหตุผลสั้นๆ\n",
        "ชื่อ,วันเกิด,โทร,ศาสนา,เชื้อสาย,เงื่อนไข", rows,
        "\n", P(name3), ",", E("DATE_OF_BIRTH", dob(r, "slash_be", 1980, 1993)), ",", PH(r, style="plain"),
        ",", E("RELIGION", "พุทธ"), ",-,\"", E("POLITICAL_OPINION", pol), "\"",
    ]


@T("dating")
def matchmaker_client_notes_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Turn my intake notes into a short client summary for the matchmaking team (no judgement, keep facts):\n\n",
        "Client: ", P(name), ", DOB ", E("DATE_OF_BIRTH", dob(r, r.choice(["en", "en_long"]), 1980, 1994)), "\n",
        "- divorced 2022, one son (7)\n- ", E("SEXUAL_BEHAVIOUR", r.choice(["bisexual", "identifies as bisexual"])),
        ", open to men or women\n- ", E("HEALTH_DATA", r.choice(["HIV-negative, on PrEP", "on antidepressants since the divorce",
                                                             "had a hysterectomy in 2020, cannot have more children"])),
        "\n- wants someone who lives in Bangkok, non-smoker\n- budget: Platinum package",
    ]


@T("dating")
def dating_deaf_profile_th(r: random.Random) -> list:
    n = nick(r)
    dis = r.choice(["หูหนวกตั้งแต่กำเนิด", "หูตึงทั้งสองข้าง ใส่เครื่องช่วยฟัง", "เป็นคนหูหนวก"])
    return [
        "ช่วยแก้คำให้ดูน่ารักขึ้น แต่ยังบอกตรงๆ เรื่องสำคัญ:\n",
        "\"สวัสดีค่ะ ", P(n), " นะคะ ", E("DISABILITY", dis),
        " สื่อสารด้วยภาษามือกับพิมพ์แชทได้คล่องมาก ชอบคาเฟ่ ชอบแมว ถ้าไม่ติดเรื่องนี้ ทักไลน์มาคุยกันได้ ",
        E("LINE_ID", line_id(r)), " ค่ะ\"",
    ]


@T("dating")
def dating_dna_compatibility_en(r: random.Random) -> list:
    a, b = rom(r), r.choice(FOREIGN)
    gen = r.choice(["HLA-A*02:01 / HLA-B*46:01, HLA-DRB1*09:01", "HLA-A*11:01 / HLA-B*58:01, HLA-DRB1*15:02"])
    return [
        "We run a DNA-based matchmaking service. Write the 'why you matched' paragraph for this pair, friendly tone.\n",
        "Member A: ", P(a), " (", EM(email(r, a)), ") - HLA panel: ", E("GENETIC_DATA", gen), "\n",
        "Member B: ", P(b), " - HLA dissimilarity score vs A: ", f"{r.uniform(0.7, 0.95):.2f}",
        " (top 5%)\nShared interests: hiking, jazz, street food",
    ]


@T("dating")
def dating_ban_appeal_political_th(r: random.Random) -> list:
    name = thm(r)
    pol = r.choice(["ผมสนับสนุนพรรคประชาชน", "ผมเป็นสมาชิกพรรคเพื่อไทย", "ผมไปม็อบราษฎรทุกครั้ง"])
    return [
        "ผู้ใช้ยื่นอุทธรณ์การแบน ช่วยสรุปประเด็นและแนะนำว่าควรปลดแบนไหมตาม community guidelines\n\n",
        "ชื่อบัญชี: ", P(name), "\nอีเมล: ", EM(email(r)), "\nเบอร์ที่ผูกบัญชี: ", PH(r), "\n",
        "ข้อความ: บัญชีผมโดนแบนเพราะใส่ในโปรไฟล์ว่า ", E("POLITICAL_OPINION", pol),
        " ผมแค่อยากหาคนที่คิดเหมือนกัน ไม่ได้ด่าใคร ขอความเป็นธรรมด้วยครับ",
    ]


@T("dating")
def dating_account_recovery_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "User can't log in. Verify identity against our record and tell the agent whether to reset:\n",
        "Claimed: name=", P(name), "; dob=", E("DATE_OF_BIRTH", dob(r, "iso", 1985, 2003)),
        "; phone=", PH(r, style="intl_plain"), "\n",
        "On file: email=", EM(email(r, name)), "; last_ip=", E("IP_ADDRESS", r.choice([ipv4(r), ipv6(r)])),
        "; phone matches; dob matches\nNew device: Android, IP ", E("IP_ADDRESS", ipv4(r)), " (Chiang Mai)",
    ]


@T("dating")
def dating_id_card_ocr_th(r: random.Random) -> list:
    name, eng, female = th_en_pair(r)
    return [
        "OCR บัตรประชาชนเพื่อขอ verified badge — ตรวจว่าชื่อกับวันเกิดตรงกับโปรไฟล์ไหม\n",
        "บัตรประจำตัวประชาชน Thai National ID Card\n",
        "เลขประจำตัวประชาชน ", E("TH_NATIONAL_ID", nid(r, "space")), "\n",
        "ชื่อตัวและชื่อสกุล ", r.choice(["นางสาว", "นาง"]) if female else "นาย", " ", P(name), "\n",
        "Name ", r.choice(["Miss", "Mrs."]) if female else "Mr.", " ", P(eng), "\n",
        "เกิดวันที่ ", E("DATE_OF_BIRTH", dob(r, "th_short", 1988, 2003)), "\n",
        "ที่อยู่ ", E("ADDRESS", addr(r)), "\n",
        "โปรไฟล์ในแอป: ", P(given(name)), ", ", str(r.randint(22, 36)), " ปี",
    ]


@T("dating")
def dating_romance_scam_report_th(r: random.Random) -> list:
    victim, scammer = thf(r), r.choice(["David Miller", "Kevin Anderson", "Richard Evans"])
    return [
        "ลูกค้าแจ้งโดนหลอกให้โอนเงินผ่านแอปหาคู่ ช่วยร่างข้อความแนะนำการแจ้งความออนไลน์และอายัดบัญชี\n",
        "ผู้เสียหาย: ", P(victim), " โทร ", PH(r), "\n",
        "คนร้ายใช้ชื่อในแอป ", P(scammer), " อ้างเป็นวิศวกรแท่นขุดเจาะ ให้โอนค่าภาษีพัสดุเข้าบัญชี ",
        r.choice(BANKS), " เลขที่ ", E("TH_BANK_ACCOUNT", bank_acct(r, "dash")), " ชื่อบัญชี ", P(thn(r)),
        " รวม ", amount(r, 20000, 300000), " บาท",
    ]


# ==============================================================================================
# Fertility, IVF and prenatal care
# ==============================================================================================
@T("fertility")
def ivf_intake_form_th(r: random.Random) -> list:
    wife, husband = thf(r), thm(r)
    return [
        "สรุปแบบฟอร์มประวัติคู่สมรสก่อนพบแพทย์ ทำเป็น bullet สั้นๆ ให้หมออ่านใน 30 วินาที\n\n",
        "HN ภรรยา: ", E("MEDICAL_RECORD_NUMBER", hn(r, "dash")), "  HN สามี: ", E("MEDICAL_RECORD_NUMBER", hn(r, "dash")), "\n",
        "ภรรยา: ", P(wife), " เกิด ", E("DATE_OF_BIRTH", dob(r, "th_long", 1984, 1992)),
        " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)), "\n",
        "สามี: ", P(husband), " เกิด ", E("DATE_OF_BIRTH", dob(r, "th_long", 1980, 1990)), "\n",
        "แต่งงาน 6 ปี พยายามมีบุตรเอง 4 ปี ภรรยา", E("HEALTH_DATA", r.choice(["มีภาวะถุงน้ำรังไข่หลายใบ (PCOS)",
                                                                        "เป็นเยื่อบุโพรงมดลูกเจริญผิดที่", "ท่อนำไข่ตันข้างซ้าย"])),
        " สามี", E("HEALTH_DATA", r.choice(["ผลตรวจน้ำเชื้อพบอสุจิน้อย", "อสุจิเคลื่อนไหวน้อยกว่าเกณฑ์"])), "\n",
        "หมายเหตุ: ครอบครัว", E("RELIGION", "นับถือศาสนาอิสลาม"), " ขอใช้ไข่และอสุจิของคู่สมรสเท่านั้น ไม่รับไข่บริจาค",
    ]


@T("fertility")
def ivf_pgt_report_en(r: random.Random) -> list:
    name = rom(r)
    gen = r.choice(["carrier of HbE (beta-thalassemia trait)", "carrier of alpha-thalassemia-1 (SEA deletion)",
                    "balanced translocation t(11;22)"])
    return [
        "แปลงสรุปผล PGT นี้เป็นภาษาอังกฤษที่คนไข้อ่านเข้าใจ สำหรับจดหมายถึงคนไข้ ตัวเลขคงไว้ทั้งหมด\n\n",
        "Patient: ", P(name), "   HN ", E("MEDICAL_RECORD_NUMBER", hn(r, "slash")), "\n",
        "Indication: patient is a ", E("GENETIC_DATA", gen), "; partner tested likewise.\n",
        "Cycle: ", r.choice(["IVF #2", "IVF #3"]), ", 6 blastocysts biopsied day 5\n",
        "Results: E1 euploid, unaffected | E2 aneuploid (+16) | E3 euploid, carrier | E4 mosaic 30% | "
        "E5 euploid, unaffected | E6 no result\nRecommendation: transfer E1 or E5 first.",
    ]


@T("fertility")
def ivf_embryo_consent_draft_th(r: random.Random) -> list:
    wife, husband = thf(r), r.choice(FOREIGN)
    return [
        "ร่างหนังสือยินยอมแช่แข็งตัวอ่อนฉบับภาษาไทย-อังกฤษ จากข้อมูลนี้ (ใช้ภาษากฎหมายแต่อ่านง่าย)\n",
        "ผู้ให้ความยินยอม 1: ", ttl(r, wife), " ", P(wife), " บัตรประชาชน ", E("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "ผู้ให้ความยินยอม 2: ", P(husband), " หนังสือเดินทาง ", E("TH_PASSPORT", passport(r, r.choice(["cn", "jp", "other"]))), "\n",
        "ที่อยู่ติดต่อ: ", E("ADDRESS", addr(r)), "\n",
        "ตัวอ่อน ", str(r.randint(2, 6)), " ตัว เก็บ 5 ปี ค่าเก็บรักษาปีละ ", amount(r, 8000, 15000),
        " บาท หากหย่าหรือเสียชีวิต ให้ทำลายตัวอ่อน",
    ]


@T("fertility")
def ivf_medical_tourism_email_en(r: random.Random) -> list:
    a, b = r.choice([("Zhou Lina", "Wang Jun"), ("Chen Yuting", "Liu Haoran"), ("Yuki Nakamura", "Kenji Nakamura")])
    kind = "jp" if a.startswith("Yuki") else "cn"
    return [
        "Draft a warm reply from our international patient coordinator confirming the schedule below.\n\n",
        "Couple: ", P(a), " (passport ", E("TH_PASSPORT", passport(r, kind)), ") and ", P(b), " (passport ",
        E("TH_PASSPORT", passport(r, kind)), ")\n",
        "Contact: ", EM(email(r, b)), ", WeChat/phone ", ("PHONE_NUMBER", foreign_phone(r)), "\n",
        "History: ", E("HEALTH_DATA", r.choice(["three failed transfers in Shanghai (recurrent implantation failure)",
                                                 "AMH 0.6 ng/mL, diminished ovarian reserve"])), "\n",
        "Plan: arrive ", en_date(r, 2026), ", baseline scan day 2, stimulation 10-12 days, hotel near Lumphini.",
    ]


@T("fertility")
def egg_donor_profile_th(r: random.Random) -> list:
    name = thf(r)
    return [
        "เขียนโปรไฟล์ผู้บริจาคไข่แบบไม่ระบุตัวตนสำหรับให้ผู้รับเลือก (ห้ามใส่ชื่อจริงในผลลัพธ์)\n",
        "ข้อมูลภายใน: ", P(name), " เกิด ", E("DATE_OF_BIRTH", dob(r, "slash_be", 1996, 2003)), " โทร ", PH(r), "\n",
        "สูง 163 ผิวขาว ", E("ETHNICITY", r.choice(["เชื้อสายจีนไหหลำ", "เชื้อสายญี่ปุ่นครึ่งหนึ่ง", "เชื้อสายมอญ"])),
        " จบปริญญาโท\n",
        "ผลคัดกรองพันธุกรรม: ", E("GENETIC_DATA", r.choice(["เป็นพาหะ SMA (SMN1 1 copy)", "ไม่เป็นพาหะธาลัสซีเมีย, karyotype 46,XX ปกติ"])),
        "\nเคยบริจาคแล้ว 1 รอบ ได้ไข่ 14 ใบ",
    ]


@T("fertility")
def prenatal_nipt_line_chat_th(r: random.Random) -> list:
    n = r.choice(TH_NICK_F)
    return [
        "[LINE OA คลินิกฝากครรภ์] ช่วยตอบแชทนี้แบบเห็นอกเห็นใจ และชวนมาพบแพทย์เพื่อคุยผล\n",
        P(n), ": สวัสดีค่ะ ", E("HEALTH_DATA", r.choice(["ตอนนี้ท้อง 13 สัปดาห์", "ท้องแรก อายุครรภ์ 12 สัปดาห์"])),
        " ได้ผล NIPT ทางอีเมลบอกว่า", E("GENETIC_DATA", r.choice(["ลูกเสี่ยงสูง Trisomy 21", "high risk Trisomy 18"])),
        " ตกใจมากค่ะ ต้องทำยังไงต่อ เบอร์ติดต่อกลับ ", PH(r, style="plain"), " ค่ะ",
    ]


@T("fertility")
def prenatal_sms_reminder_batch_th(r: random.Random) -> list:
    lines = []
    for _ in range(2):
        name = thf(r)
        lines += ["\n", PH(r, style="plain"), "|", P(name), "|", E("MEDICAL_RECORD_NUMBER", hn(r, "plain")), "|",
                  E("HEALTH_DATA", f"GA {r.randint(14, 36)} wks"), "|", th_date(r)]
    return [
        "ย่อข้อความ SMS นัดฝากครรภ์ให้ไม่เกิน 70 ตัวอักษร/ข้อความ จากรายการนี้ (เบอร์|ชื่อ|HN|อายุครรภ์|วันนัด)",
        lines,
    ]


@T("fertility")
def fertility_app_ticket_en(r: random.Random) -> list:
    name = rom_f(r)
    return [
        "Zendesk ticket #", str(r.randint(40000, 99999)), " - category: cycle predictions\n",
        "Requester: ", P(name), " <", EM(email(r, name)), ">  IP: ", E("IP_ADDRESS", ipv4(r)), "\n\n",
        "\"Your app keeps predicting ovulation on day 14 but ", E("HEALTH_DATA", r.choice([
            "I have PCOS and my cycles are 45-60 days", "I was diagnosed with endometriosis last year",
            "I had a miscarriage in March and my cycle is all over the place"])),
        ". We've been trying for 2 years. Can you turn off the predictions?\"\n\nSuggest a reply + which setting to toggle.",
    ]


@T("fertility")
def ivf_billing_dispute_th(r: random.Random) -> list:
    name = thf(r)
    return [
        "ร่างอีเมลตอบลูกค้าเรื่องเรียกเก็บเงินซ้ำ ให้อ้างเลขผู้เสียภาษีของบริษัทในใบกำกับ\n",
        "ผู้ป่วย: ", P(name), " HN ", E("MEDICAL_RECORD_NUMBER", hn(r, "rev")), "\n",
        "บัตรที่ถูกตัด: ", E("CREDIT_CARD", card(r, "dash")), " ยอด ", amount(r, 90000, 250000), " บาท x2\n",
        "บริษัท ", r.choice(["ไอวีเอฟ เฮลท์ จำกัด", "เฟิร์สต์ฮาร์ท เฟอร์ทิลิตี้ จำกัด", "นิวไลฟ์ รีโปรดักทีฟ จำกัด"]),
        " เลขประจำตัวผู้เสียภาษี ", E("TH_JURISTIC_ID", juristic(r)), "\n",
        "ฝ่ายบัญชียืนยันแล้วว่าเป็นรายการซ้ำ จะคืนเงินภายใน 7-14 วันทำการ",
    ]


@T("fertility")
def surrogacy_legal_memo_en(r: random.Random) -> list:
    a, b = r.sample(FOREIGN_M, 2)
    return [
        "Summarise the legal position in 5 bullets for the clients, then list documents we still need.\n\n",
        "Clients: ", P(a), " (passport ", E("TH_PASSPORT", passport(r, "other")), ") and ", P(b),
        " (passport ", E("TH_PASSPORT", passport(r, "other")), "), ", E("SEXUAL_BEHAVIOUR", "a gay couple"),
        " married in 2025 after the Marriage Equality Act took effect.\n",
        "Question: can they use gestational surrogacy in Thailand given that neither spouse is Thai?\n",
        "Note: the Protection of Children Born through Assisted Reproductive Technologies Act B.E. 2558 and its "
        "2024 amendment draft.",
    ]


@T("fertility")
def sperm_donor_screening_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Check this donor screening sheet for missing items against our SOP (list only what is missing):\n",
        "Donor: ", P(name), " | student ID ", E("STUDENT_ID", student_id(r, "ten")), " | DOB ",
        E("DATE_OF_BIRTH", dob(r, "slash_ce", 1999, 2004)), "\n",
        "Infectious: ", E("HEALTH_DATA", "HIV Ag/Ab non-reactive, HBsAg negative, VDRL non-reactive"), "\n",
        "Genetic: ", E("GENETIC_DATA", r.choice(["karyotype 46,XY; CFTR carrier screen negative; Hb typing A2A",
                                                  "karyotype 46,XY; SMA carrier (1 copy SMN1)"])), "\n",
        "Semen: volume 3.1 mL, concentration 68 M/mL, motility 61%",
    ]


@T("fertility")
def prenatal_class_signup_export_th(r: random.Random) -> list:
    mom, dad = thf(r), thm(r)
    return [
        "จาก Google Form สมัครคลาสเตรียมคลอด ช่วยจัดกลุ่มผู้เข้าเรียนและบอกว่าต้องเตรียมอะไรพิเศษ\n",
        "Timestamp: ", th_date(r), " 21:14\nชื่อคุณแม่: ", P(mom), "\nวันเกิดคุณแม่: ",
        E("DATE_OF_BIRTH", dob(r, "slash_be", 1988, 1998)), "\nเบอร์: ", PH(r), "\n",
        "กำหนดคลอด: ", th_date(r, 2569), "\nข้อมูลการตั้งครรภ์: ", E("HEALTH_DATA", r.choice(["ครรภ์แฝด", "เบาหวานขณะตั้งครรภ์", "รกเกาะต่ำ"])), "\n",
        "ผู้ติดตาม: คุณพ่อ ", P(dad), " (", E("DISABILITY", r.choice(["ใช้วีลแชร์", "ขาข้างขวาพิการ ใช้ไม้ค้ำ"])),
        " ขอที่นั่งใกล้ประตู)",
    ]


@T("fertility")
def ivf_palm_vein_checkin_log_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Why did identity check fail before embryo transfer? Explain to the nurse in two sentences.\n",
        "[ET-ID] patient=", P(name), " hn=", E("MEDICAL_RECORD_NUMBER", hn(r, "dash")), " procedure=FET\n",
        "[ET-ID] enrolled_template=", E("BIOMETRIC_DATA", f"palmvein:v2:{hexid(r, 24)}"), "\n",
        "[ET-ID] live_capture match_score=0.", str(r.randint(41, 58)), " threshold=0.80 result=NO_MATCH\n",
        "[ET-ID] fallback=photo_id required",
    ]


@T("fertility")
def ivf_union_welfare_claim_th(r: random.Random) -> list:
    name = thf(r)
    return [
        "ช่วยเขียนหนังสือขอเบิกสวัสดิการค่ารักษามีบุตรยากจากสหภาพ ให้สุภาพและครบ\n",
        "ผู้ขอ: ", P(name), " ", E("TRADE_UNION", r.choice(["สมาชิกสหภาพแรงงานรัฐวิสาหกิจการไฟฟ้า",
                                                           "สมาชิกสหภาพแรงงานพนักงานธนาคาร", "กรรมการสหภาพแรงงานโรงงานยางรถยนต์"])),
        " เลขที่สมาชิก ", str(r.randint(1000, 9999)), "\nเลขบัตรประชาชน ", E("TH_NATIONAL_ID", nid(r)), "\n",
        "รายการ: ", E("HEALTH_DATA", r.choice(["ทำ ICSI รอบที่ 2", "ฉีดเชื้อ IUI 3 รอบ"])), " ค่าใช้จ่าย ",
        amount(r, 30000, 180000), " บาท\nโอนเข้าบัญชี ", r.choice(BANKS), " ", E("TH_BANK_ACCOUNT", bank_acct(r)),
    ]


# ==============================================================================================
# Mental-health chat and counselling
# ==============================================================================================
@T("mental_health")
def mh_chat_triage_th(r: random.Random) -> list:
    name = thf(r)
    return [
        "คุณคือระบบคัดกรองความเสี่ยงของแอปปรึกษาสุขภาพใจ ให้คะแนนความเสี่ยง 0-3 และบอกว่าต้องส่งต่อทันทีไหม\n",
        "ข้อความผู้ใช้: \"หนูชื่อ ", P(name), " ค่ะ ", E("HEALTH_DATA", r.choice([
            "เมื่อคืนกินยานอนหลับไปครึ่งแผง", "เป็นโรคซึมเศร้ามา 3 ปี ช่วงนี้หยุดยาเอง", "กรีดแขนตัวเองอีกแล้ว"])),
        " ไม่อยากอยู่แล้ว ไม่อยากให้แม่รู้ ถ้าจะโทรมาเบอร์ ", PH(r), " ขอเป็นหลังเที่ยงคืนนะคะ\"",
    ]


@T("mental_health")
def counsellor_session_notes_en(r: random.Random) -> list:
    name = rom_m(r)
    return [
        "Convert my session notes to SOAP format. Keep it concise.\n\n",
        "Client ", P(name), ", DOB ", E("DATE_OF_BIRTH", dob(r, "en", 1990, 2001)), ", session 6\n",
        "S: ", E("HEALTH_DATA", r.choice(["Bipolar II, stable on lamotrigine", "PTSD after a car crash, nightmares 3x/week"])),
        ". Says he ", E("SEXUAL_BEHAVIOUR", "is gay and has not come out to his family"),
        "; parents are ", "devout and he ", E("RELIGION", "still attends a Pentecostal church"), " every Sunday.\n",
        "O: good eye contact, affect congruent\nA: conflict between identity and faith driving low mood\n"
        "P: continue weekly, introduce values work",
    ]


@T("mental_health")
def university_counselling_referral_th(r: random.Random) -> list:
    name = thn(r)
    sid = student_id(r, "ten")
    return [
        "ร่างอีเมลส่งต่อนักศึกษาไปศูนย์ให้คำปรึกษา (ส่งถึงนักจิตวิทยา) จากบันทึกอาจารย์ที่ปรึกษา\n",
        "นักศึกษา: ", P(name), " รหัส ", E("STUDENT_ID", sid), " อีเมล ", EM(f"{sid}@student.chula.ac.th"), "\n",
        "ข้อสังเกต: ขาดเรียนบ่อย ผลการเรียนตก บอกว่า", E("HEALTH_DATA", r.choice(["นอนไม่หลับมาสองเดือน", "มีอาการแพนิกก่อนสอบ"])),
        " และ", E("DISABILITY", r.choice(["เป็นออทิสติก (ได้รับการวินิจฉัยตอน ม.2)", "มีความบกพร่องทางการเรียนรู้ (LD) ด้านการอ่าน"])),
        " ต้องการเวลาสอบเพิ่ม",
    ]


@T("mental_health")
def mh_app_refund_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "ตอบคำขอคืนเงินแพ็กเกจปรึกษารายปีนี้ นโยบายคืนเงินได้ภายใน 14 วัน\n\n",
        "Name: ", P(name), "\nEmail: ", EM(email(r, name)), "\nCard: ", E("CREDIT_CARD", card(r, "space")), "\n",
        "Message: I signed up on ", en_date(r), " but my company's EAP covers therapy now. Please refund the 5,990 THB.",
    ]


@T("mental_health")
def eap_referral_union_steward_en(r: random.Random) -> list:
    name = rom_m(r)
    return [
        "EAP intake — ช่วยเขียน referral note ภาษาอังกฤษส่งนักให้คำปรึกษา (ลับ)\n",
        "Employee: ", P(name), ", mobile ", PH(r, style="intl"), "\n",
        "Context: he is the ", E("TRADE_UNION", r.choice(["shop steward of the factory union", "union branch secretary at the Rayong plant"])),
        " and has been in wage negotiations for 3 months; reports ", E("HEALTH_DATA", r.choice([
            "panic attacks and 4-5 hours of sleep", "heavy drinking most nights and chest tightness"])), ".\n"
        "He asked that HR is not told about the referral.",
    ]


@T("mental_health")
def mh_crisis_escalation_json(r: random.Random) -> list:
    name = thn(r)
    return [
        "Summarise for the on-call psychologist in Thai, 3 lines max:\n",
        '{"alert": "imminent_risk", "user": {"name": "', P(name), '", "phone": "', PH(r, style="plain"),
        '", "home_address": "', E("ADDRESS", addr(r)), '"},\n',
        ' "geo_ip": "', E("IP_ADDRESS", ipv4(r)), '", "last_message": "', E("HEALTH_DATA", r.choice([
            "ซื้อยาพารามาสองกระปุกแล้ว", "ยืนอยู่บนดาดฟ้าคอนโด"])), '",\n',
        ' "risk_model": {"score": 0.', str(r.randint(90, 99)), ', "version": "3.2.1"}}',
    ]


@T("mental_health")
def therapist_supervision_notes_th(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยเรียบเรียงบันทึก supervision ให้อ่านง่าย และตั้งคำถามให้ผู้ให้คำปรึกษาสะท้อนตัวเอง 3 ข้อ\n",
        "ผู้รับบริการ: ", P(name), " อายุ 34\n- ", E("ETHNICITY", r.choice(["เป็นชาวปกาเกอะญอ", "เป็นชาวม้ง", "เป็นคนไทใหญ่"])),
        " ย้ายมาทำงานในเมือง รู้สึกถูกเหยียด\n- ", E("CRIMINAL_RECORD", r.choice(["เคยถูกจำคุก 2 ปีคดีทำร้ายร่างกาย",
                                                                            "เคยต้องโทษคดีครอบครองยาบ้า"])),
        " กลัวนายจ้างรู้\n- ", E("HEALTH_DATA", "มีอาการซึมเศร้าระดับปานกลาง (PHQ-9 = 16)"), "\n",
        "- ผู้ให้คำปรึกษารู้สึกอึดอัดเมื่อผู้รับบริการพูดเรื่องความรุนแรง",
    ]


@T("mental_health")
def mh_intake_form_activist_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Summarise this intake for the first session; flag safety concerns.\n",
        "Name: ", P(name), " | DOB: ", E("DATE_OF_BIRTH", dob(r, "iso", 1995, 2003)), "\n",
        "Address: ", E("ADDRESS", addr(r, en=True)), "\nEmergency contact: sister, ", PH(r), "\n",
        "Presenting concern: ", E("HEALTH_DATA", "anxiety, hypervigilance, insomnia"), " since ",
        E("CRIMINAL_RECORD", r.choice(["being charged under Section 112 in 2021", "a suspended sentence for a protest-related charge"])),
        ". Client ", E("POLITICAL_OPINION", r.choice(["has been a pro-democracy activist since 2020",
                                                       "campaigns for the abolition of the lese-majeste law"])),
        " and fears surveillance.",
    ]


@T("mental_health")
def psychiatrist_certificate_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "ร่างใบรับรองแพทย์ให้หยุดงาน 14 วัน ภาษาทางการ ส่งนายจ้าง (ไม่ต้องระบุรายละเอียดอาการมากเกินจำเป็น)\n",
        "ผู้ป่วย: ", ttl(r, name), " ", P(name), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r, "dash")),
        " HN ", E("MEDICAL_RECORD_NUMBER", hn(r, "slash")), "\n",
        "การวินิจฉัย: ", E("HEALTH_DATA", r.choice(["Major depressive disorder, single episode, severe (F32.2)",
                                                     "Generalized anxiety disorder (F41.1)", "Acute stress reaction (F43.0)"])),
        "\nแพทย์ผู้ตรวจ: พญ.", P(r.choice(["ศรัญญา ธรรมวงศ์", "มนัสวี เจริญผล"])),
    ]


@T("lgbtq")
def lgbt_peer_support_signup_th(r: random.Random) -> list:
    n = nick(r)
    return [
        "สรุปใบสมัครกลุ่มเพื่อนช่วยเพื่อน แล้วแนะนำว่าควรเข้ากลุ่มไหน (กลุ่ม coming out / กลุ่มความสัมพันธ์ / กลุ่มครอบครัว)\n",
        "ชื่อเล่น: ", P(n), "  ไลน์: ", E("LINE_ID", line_id(r)), "\n",
        "เล่าเกี่ยวกับตัวเอง: ", E("SEXUAL_BEHAVIOUR", r.choice(["เป็นเลสเบี้ยน", "เป็นเกย์", "เป็นแพนเซ็กชวล"])),
        " คบกับแฟนมา 3 ปี ที่บ้านไม่รู้ ช่วงนี้", E("HEALTH_DATA", r.choice(["มีอาการวิตกกังวลหนัก กินยาอยู่", "นอนไม่หลับ ร้องไห้ทุกคืน"])),
        " อยากมีคนคุยด้วย",
    ]


@T("mental_health")
def mh_app_review_reply_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Write a short, kind public reply to this Play Store review. Do not repeat any health details in the reply.\n\n",
        "★★☆☆☆ by ", P(name), "\n\"I'm ", P(given(name)), ", ", E("HEALTH_DATA", r.choice([
            "my OCD got worse", "I've had bulimia for 6 years", "I'm a recovering alcoholic"])),
        " and the 'streak' feature makes me feel like a failure when I miss a day. Please let us turn it off.\"",
    ]


# ==============================================================================================
# Fitness and nutrition coaching
# ==============================================================================================
@T("fitness")
def coach_notes_ramadan_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "จากโน้ตโค้ชนี้ ช่วยวางแผนอาหาร 7 วัน แคลอรี่วันละ 1,700 และตารางซ้อม 3 วัน/สัปดาห์\n",
        "ลูกค้า: ", P(name), " ไลน์ ", E("LINE_ID", line_id(r)), "\n",
        "- ", E("HEALTH_DATA", r.choice(["เป็นเบาหวานชนิดที่ 2 กิน metformin", "ไขมันพอกตับ ค่า ALT สูง", "ความดันสูง กินยา amlodipine"])), "\n",
        "- ", E("RELIGION", r.choice(["ถือศีลอดช่วงรอมฎอน", "เป็นมุสลิม กินฮาลาลเท่านั้น"])), " ต้องจัดมื้อซุโฮร์กับอิฟฎอร์\n",
        "- น้ำหนัก 86 กก. เป้าหมาย 78 กก. ภายใน 4 เดือน",
    ]


@T("fitness")
def gym_member_export_fingerprint_csv(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        name = thn(r)
        rows += ["\n", f"M{r.randint(10000, 99999)},", P(name), ",", PH(r, style="plain"), ",",
                 E("BIOMETRIC_DATA", f"FP:{hexid(r, 20)}"), ",", E("TH_VEHICLE_PLATE", plate(r)), ",",
                 r.choice(["active", "frozen", "expired"])]
    return [
        "We're migrating gym software. Map these columns to the new schema (member_id, full_name, phone, "
        "access_credential, parking_plate, status) and flag any rows that fail validation:\n",
        "member_id,name,phone,fingerprint_template,car_plate,status", rows,
    ]


@T("fitness")
def nutrigenomics_report_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "ช่วยเขียนส่วนคำแนะนำอาหาร 200 คำ (อังกฤษ) ในรายงาน DNA diet ของลูกค้ารายนี้\n",
        "Client: ", P(name), " | DOB ", E("DATE_OF_BIRTH", dob(r, "en_long", 1975, 1995)), " | ", EM(email(r, name)), "\n",
        "Genotypes: ", E("GENETIC_DATA", r.choice(["APOE e3/e4, MTHFR C677T TT, FTO rs9939609 AA",
                                                    "LCT -13910 CC (lactase non-persistent), CYP1A2 *1F/*1F, APOE e4/e4"])), "\n",
        "Goals: weight loss 6 kg, lower LDL",
    ]


@T("fitness")
def gym_membership_freeze_th(r: random.Random) -> list:
    name = thf(r)
    return [
        "ตอบลูกค้าเรื่องขอพักสมาชิก ตามนโยบาย: พักได้สูงสุด 90 วัน ต้องมีใบรับรองแพทย์\n",
        "ชื่อ: ", P(name), "\nเลขบัตร ปชช.: ", E("TH_NATIONAL_ID", nid(r, "plain")), "\nโทร: ", PH(r), "\n",
        "เหตุผล: ", E("HEALTH_DATA", r.choice(["ตั้งครรภ์ 10 สัปดาห์ หมอให้งดออกกำลังหนัก",
                                                "ผ่าตัดเอ็นไขว้หน้าเข่าขวา (ACL) เมื่อ 3 วันก่อน", "เป็นไข้เลือดออก นอนโรงพยาบาล"])),
        " แนบใบรับรองแพทย์มาแล้วค่ะ",
    ]


@T("fitness")
def pt_incident_report_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "เขียนรายงานอุบัติเหตุอย่างเป็นทางการส่งบริษัทประกันจากโน้ตนี้:\n",
        "Member ", P(name), ", mobile ", PH(r), ", home ", E("ADDRESS", addr(r, en=True)), "\n",
        en_date(r), ", 18:40, deadlift 1RM attempt with trainer ", P(r.choice(STAFF_EN)), ".\n",
        "Member ", E("HEALTH_DATA", r.choice(["felt a pop in the lower back, suspected L4-L5 disc herniation",
                                               "fainted, later told us he has a heart arrhythmia (WPW)"])),
        ". Ambulance called 18:52.",
    ]


@T("fitness")
def wearable_sync_ticket_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Triage this support ticket: is it a sync bug or a medical question we must deflect?\n",
        "user=", P(name), " email=", EM(email(r, name)), " ip=", E("IP_ADDRESS", ipv4(r)), " app=4.12.0\n",
        "\"Heart rate data from my watch stopped syncing after the update. My cardiologist needs it because ",
        E("HEALTH_DATA", r.choice(["I have atrial fibrillation", "I had a stent put in last year", "my watch flagged AFib twice"])),
        ".\"",
    ]


@T("fitness")
def adaptive_training_intake_th(r: random.Random) -> list:
    name = thm(r)
    return [
        "ออกแบบโปรแกรมเวทเทรนนิ่ง 8 สัปดาห์ สำหรับลูกค้าคนนี้ ระบุท่าที่ปลอดภัย\n",
        "ชื่อ: ", P(name), " วันเกิด ", E("DATE_OF_BIRTH", dob(r, "th_short", 1975, 1995)), " โทร ", PH(r), "\n",
        "ข้อมูลร่างกาย: ", E("DISABILITY", r.choice(["ขาซ้ายขาดใต้เข่า ใช้ขาเทียม", "อัมพาตท่อนล่าง ใช้วีลแชร์", "ตาบอดสนิททั้งสองข้าง"])),
        " เป้าหมาย: เพิ่มกล้ามเนื้อแขนและหลัง",
    ]


@T("fitness")
def meal_plan_request_mixed(r: random.Random) -> list:
    name = r.choice(["Priya Nair", "Rahul Mehta"]) if r.random() < 0.5 else thn(r)
    return [
        "Nutrition coach here. ช่วยทำ meal plan 5 วัน สำหรับลูกค้า ", P(name), " ค่ะ\n",
        "- ", E("RELIGION", r.choice(["Hindu, no beef", "นับถือฮินดู ไม่ทานเนื้อวัว", "เจ/มังสวิรัติตามศาสนาพุทธมหายาน"])), "\n",
        "- ", E("HEALTH_DATA", r.choice(["CKD stage 3 — โปรตีนไม่เกิน 0.8 g/kg", "gout, uric acid 9.2", "celiac disease"])), "\n",
        "- budget 250 บาท/วัน, ทำอาหารเองได้",
    ]


@T("fitness")
def marathon_registration_en(r: random.Random) -> list:
    name = r.choice(FOREIGN) if r.random() < 0.5 else rom(r)
    return [
        "ตรวจใบสมัครวิ่งนี้ (ช่องที่ขาด, รุ่นอายุ) แล้วตอบนักวิ่งเป็นภาษาอังกฤษ:\n",
        "Full name: ", P(name), "\nPassport: ", E("TH_PASSPORT", passport(r, r.choice(["th", "other", "jp"]))),
        "\nDate of birth: ", E("DATE_OF_BIRTH", dob(r, "slash_ce", 1970, 2000)), "\nEmail: ", EM(email(r, name)), "\n",
        "Emergency contact: ", PH(r, style="intl"), "\nMedical: ", E("HEALTH_DATA", r.choice(["asthma, carries inhaler", "type 1 diabetic, insulin pump"])),
        "\nDistance: 42.195 km | T-shirt: M",
    ]


@T("fitness")
def gym_autodebit_failed_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "ช่วยเขียนข้อความแจ้งลูกค้าว่าตัดบัตรไม่ผ่าน 2 ครั้ง ให้เปลี่ยนเป็นหักบัญชีได้\n",
        "สมาชิก: ", P(name), "\nบัตรเดิม: ", E("CREDIT_CARD", card(r)), " (declined: insufficient funds)\n",
        "ลูกค้าแจ้งบัญชีใหม่: ", r.choice(BANKS), " ", E("TH_BANK_ACCOUNT", bank_acct(r)), "\n",
        "ค่าสมาชิกรายเดือน 1,890 บาท ค้าง 2 เดือน",
    ]


@T("fitness")
def weight_loss_clinic_line_th(r: random.Random) -> list:
    n, full = nick(r), thf(r)
    return [
        "[แชทคลินิกลดน้ำหนัก] ช่วยตอบลูกค้าเรื่องยาฉีดลดน้ำหนัก ให้ชัดว่าต้องพบแพทย์ก่อน\n",
        P(n), " (", P(full), ", HN ", E("MEDICAL_RECORD_NUMBER", hn(r, "plain")), "): ",
        "พี่คะ ", E("HEALTH_DATA", r.choice(["BMI 36 แล้วก็เป็นความดันสูง", "หนูเป็นไทรอยด์เป็นพิษ กินยาอยู่", "เคยเป็นตับอ่อนอักเสบ"])),
        " จะฉีด Ozempic ได้ไหมคะ ราคาเท่าไหร่",
    ]


@T("fitness")
def trainer_hiring_background_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "HR ฟิตเนสสตูดิโอ: ร่างอีเมลปฏิเสธผู้สมัครแบบเป็นกลาง และโน้ตภายใน 1 บรรทัดเรื่องเหตุผล\n",
        "Candidate: ", P(name), " | ID ", E("TH_NATIONAL_ID", nid(r, "dash")), " | ", PH(r), "\n",
        "Background check result: ", E("CRIMINAL_RECORD", r.choice(["conviction for indecent assault (2019), sentence served",
                                                                     "two convictions for drug possession (2017, 2020)"])),
        "\nRole: personal trainer, one-on-one sessions",
    ]


@T("fitness")
def fitness_influencer_brief_th(r: random.Random) -> list:
    inf = thf(r)
    return [
        "ร่าง collaboration brief ส่งอินฟลูฯ สายฟิตเนส (โปรตีนเชค) ให้ครบ deliverables, timeline, payment\n",
        "อินฟลูฯ: ", P(inf), " (IG 280K) ไลน์ ", E("LINE_ID", line_id(r)), " โทร ", PH(r), "\n",
        "โอนค่าจ้างเข้า ", r.choice(BANKS), " ", E("TH_BANK_ACCOUNT", bank_acct(r, "dash")), "\n",
        "แบรนด์: บริษัท ฟิตฟูล นิวทริชั่น จำกัด เลขนิติบุคคล ", E("TH_JURISTIC_ID", juristic(r)), "\n",
        "หมายเหตุทีม: เธอ", E("POLITICAL_OPINION", r.choice(["โพสต์สนับสนุนพรรคประชาชนบ่อย", "ไปขึ้นเวทีม็อบเมื่อปีก่อน"])),
        " ขอให้คอนเทนต์งานนี้เลี่ยงเรื่องการเมือง",
    ]


@T("fitness")
def yoga_retreat_signup_en(r: random.Random) -> list:
    name = r.choice(FOREIGN)
    return [
        "Prepare the welcome pack notes for this retreat guest (room, diet, class adjustments):\n",
        "Guest: ", P(name), "  Passport: ", E("TH_PASSPORT", passport(r, "other")), "  Email: ", EM(email(r, name)), "\n",
        "Diet: vegan. Faith: ", E("RELIGION", r.choice(["practising Buddhist, keeps the eight precepts on Uposatha days",
                                                          "Muslim, needs prayer times and halal kitchen"])), "\n",
        "Medical: ", E("HEALTH_DATA", r.choice(["epilepsy, last seizure 2023", "two herniated discs, no deep backbends"])),
    ]


# ==============================================================================================
# Beauty and cosmetic-surgery clinics
# ==============================================================================================
@T("beauty")
def cosmetic_consult_line_th(r: random.Random) -> list:
    n, full = nick(r), thf(r)
    return [
        "ตอบแชทลูกค้าที่ถามเรื่องเสริมจมูก บอกขั้นตอนปรึกษาแพทย์ และเตือนเรื่องประวัติแพ้ยา\n",
        "ลูกค้า: ", P(full), " (", P(n), ") โทร ", PH(r), "\n",
        "\"สนใจทำจมูกซิลิโคนผสมกระดูกอ่อนค่ะ ", E("HEALTH_DATA", r.choice([
            "แต่เคยแพ้ยาชา lidocaine", "เคยทำจมูกมาแล้ว 2 ครั้ง ครั้งล่าสุดติดเชื้อ", "เป็นโรคลูปัส (SLE) คุมได้แล้ว"])),
        " จะทำได้ไหมคะ\"",
    ]


@T("beauty")
def breast_aug_consent_en(r: random.Random) -> list:
    name = r.choice(FOREIGN_F)
    return [
        "Fill this data into our informed-consent template for breast augmentation and list risks in plain English.\n",
        "Patient: ", P(name), "  DOB: ", E("DATE_OF_BIRTH", dob(r, "en", 1980, 1998)), "  HN: ", E("MEDICAL_RECORD_NUMBER", hn(r, "dash")), "\n",
        "Passport: ", E("TH_PASSPORT", passport(r, "other")), "\n",
        "History: ", E("HEALTH_DATA", r.choice(["previous implants removed in 2021 due to capsular contracture",
                                                 "smoker, 10/day; BRCA testing never done", "breastfeeding ended 4 months ago"])),
        "\nProcedure: 325cc round silicone, dual plane",
    ]


@T("beauty")
def beauty_review_reply_th(r: random.Random) -> list:
    name = thf(r)
    return [
        "ช่วยเขียนตอบรีวิว Google ของคลินิก ขอโทษและชวนติดต่อ inbox ห้ามพูดรายละเอียดการรักษาในที่สาธารณะ\n",
        "รีวิว 1 ดาว โดย ", P(name), ":\n\"", E("HEALTH_DATA", r.choice([
            "ฉีดฟิลเลอร์ใต้ตาแล้วตาพร่าไปสองวัน", "ร้อยไหมแล้วหน้าบวมเป็นก้อน ติดเชื้อต้องกินยาฆ่าเชื้อ", "ทำเลเซอร์แล้วหน้าไหม้เป็นรอยดำ"])),
        " โทรไปคลินิกก็ไม่มีใครรับ ผิดหวังมาก\"",
    ]


@T("lgbtq")
def gender_affirming_surgery_coordination_en(r: random.Random) -> list:
    name = r.choice(FOREIGN)
    clinical, procedure = r.choice([
        ("on estradiol for 3 years, two psychiatric letters received", "vaginoplasty (penile inversion)"),
        ("diagnosed with gender dysphoria in 2022, on testosterone since 2023", "mastectomy with chest contouring"),
    ])
    return [
        "Draft the pre-arrival email for this patient: required documents, fasting, what to pack.\n",
        "Patient: ", P(name), " | Passport ", E("TH_PASSPORT", passport(r, "other")), " | ", EM(email(r, name)),
        " | WhatsApp ", ("PHONE_NUMBER", foreign_phone(r)), "\n",
        "Clinical: ", E("HEALTH_DATA", clinical), "\n",
        "Procedure: ", E("HEALTH_DATA", procedure),
        ", surgery date ", en_date(r, 2026),
    ]


@T("beauty")
def skin_ai_face_scan_th(r: random.Random) -> list:
    name = thf(r)
    return [
        "อธิบายผลวิเคราะห์ผิวนี้ให้ลูกค้าเข้าใจง่าย และแนะนำคอร์สที่เหมาะ\n",
        "ลูกค้า: ", P(name), " โทร ", PH(r), "\n",
        "face_id: ", E("BIOMETRIC_DATA", f"fg-{hexid(r, 8)}-{hexid(r, 8)} (3D face geometry, 468 landmarks)"), "\n",
        "pores: 62/100, wrinkles: 35/100, pigmentation: 71/100, redness: 40/100, skin age: 38",
    ]


@T("beauty")
def beauty_crm_winback_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        name = thf(r)
        rows += ["\n", P(name), ",", PH(r, style="plain"), ",", E("LINE_ID", line_id(r)), ",",
                 E("DATE_OF_BIRTH", dob(r, "iso", 1982, 2000)), ",",
                 E("HEALTH_DATA", r.choice(["ผ่าตัดตาสองชั้น", "ดูดไขมันหน้าท้อง", "เสริมหน้าอก 300cc", "ผ่าตัดเสริมจมูก"])),
                 ",", th_date(r, 2567)]
    return [
        "เขียนข้อความ LINE ชวนกลับมาใช้บริการเนื่องในวันเกิด แยกรายคน ไม่เกิน 2 บรรทัด\n",
        "name,phone,line,birthday,last_procedure,last_visit", rows,
    ]


@T("beauty")
def clinic_chargeback_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "เตรียมจดหมายโต้แย้ง chargeback ส่งธนาคารผู้รับบัตร (ภาษาอังกฤษ)\n",
        "Cardholder: ", P(name), " | card ", E("CREDIT_CARD", card(r, "plain")), " | ", EM(email(r, name)), "\n",
        "Merchant: Siam Aesthetic Co., Ltd. (tax ID ", E("TH_JURISTIC_ID", juristic(r, "plain")), ")\n",
        "Claim reason: 'service not provided'. Our records: HIFU full face done ", en_date(r),
        ", signed consent and before/after photos on file.",
    ]


@T("beauty")
def beauty_influencer_brief_en(r: random.Random) -> list:
    inf = rom_f(r)
    return [
        "ทำ outline collaboration brief จากโน้ตนี้ให้หน่อย (deliverables, do's and don'ts, payment) เป็นภาษาอังกฤษ\n",
        "Influencer: ", P(inf), " | ", EM(email(r, inf)), " | ", PH(r), "\n",
        "Payment: ", r.choice(BANKS_EN), " ", E("TH_BANK_ACCOUNT", bank_acct(r, "plain")), "\n",
        "Brand entity: Glow Lab Clinic Co., Ltd., registration ", E("TH_JURISTIC_ID", juristic(r, "dash")), "\n",
        "Content: she ", E("HEALTH_DATA", r.choice(["had liposuction with us in January", "did a jaw reduction surgery at our Sukhumvit branch"])),
        " and agreed to show recovery; must disclose #ad per the Consumer Protection Board guideline.",
    ]


@T("beauty")
def cosmetic_complication_lawyer_th(r: random.Random) -> list:
    name = thf(r)
    return [
        "ร่างหนังสือบอกกล่าวทวงถามถึงคลินิก ในนามลูกความ เรียกค่าเสียหาย 450,000 บาท\n",
        "ลูกความ: ", ttl(r, name), " ", P(name), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)), "\n",
        "ที่อยู่: ", E("ADDRESS", addr(r)), "\n",
        "ข้อเท็จจริง: ", E("HEALTH_DATA", r.choice(["ฉีดสารเติมเต็มที่จมูกแล้วเกิดภาวะเนื้อตายที่ปลายจมูก",
                                                    "หลังดูดไขมันเกิดลิ่มเลือดอุดตันในปอด ต้องนอน ICU 5 วัน"])),
        " คลินิกไม่มีแพทย์เฉพาะทางอยู่ขณะทำหัตถการ",
    ]


@T("beauty")
def dna_skin_test_results_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "เขียน skincare routine เฉพาะบุคคลจากผลตรวจ DNA ผิวนี้ ห้ามอ้างสรรพคุณทางการแพทย์\n",
        "Customer: ", P(name), " | ", EM(email(r, name)), "\nShip to: ", E("ADDRESS", addr(r, en=True)), "\n",
        "Markers: ", E("GENETIC_DATA", r.choice(["MC1R R163Q heterozygous; MMP1 rs1799750 2G/2G; SOD2 Val16Ala",
                                                  "COL1A1 rs1800012 GT; IRF4 rs12203592 CC; GPX1 Pro198Leu"])),
        "\nKit ID: SK-", str(r.randint(100000, 999999)),
    ]


@T("beauty")
def before_after_photo_consent_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "เขียนหนังสือยินยอมให้ใช้ภาพก่อน-หลังทำเพื่อการโฆษณา ให้ผู้รับบริการเลือกได้ว่าเปิดหน้า/ปิดตา\n",
        "ผู้รับบริการ: ", P(name), " HN ", E("MEDICAL_RECORD_NUMBER", hn(r, "slash")), " โทร ", PH(r), "\n",
        "หัตถการ: ", E("HEALTH_DATA", r.choice(["ผ่าตัดแก้แผลเป็นคีลอยด์ที่หน้าอก", "ปลูกผมด้วยวิธี FUE 2,500 กราฟ", "ผ่าตัดกรามและคาง"])),
        "\nช่องทางเผยแพร่: Facebook, TikTok, เว็บไซต์คลินิก",
    ]


@T("beauty")
def hair_transplant_tourism_en(r: random.Random) -> list:
    name = r.choice(["Ahmed Al-Mansoori", "Markus Weber", "Daniel Hughes", "Lucas Moreau", "Tran Van Minh"])
    return [
        "ตอบ WhatsApp ลูกค้ายืนยันรถรับที่สนามบินและโรงแรม สั้นๆ เป็นภาษาอังกฤษ:\n",
        P(name), " (", ("PHONE_NUMBER", foreign_phone(r)), "): hi, flight TG", str(r.randint(500, 999)),
        " lands 07:20, passport ", E("TH_PASSPORT", passport(r, "other")), ". Reminder ",
        E("HEALTH_DATA", r.choice(["I'm on blood thinners (warfarin)", "I have hepatitis B, doctor knows"])),
        ". Driver should meet me at gate 4?",
    ]


@T("beauty")
def clinic_staff_union_complaint_th(r: random.Random) -> list:
    staff = thf(r)
    return [
        "HR คลินิกเสริมความงาม: ช่วยประเมินความเสี่ยงทางกฎหมายแรงงานถ้าจะย้ายสาขาพนักงานคนนี้\n",
        "พนักงาน: ", P(staff), " ตำแหน่งพยาบาลประจำห้องเลเซอร์ โทร ", PH(r), "\n",
        "ข้อมูล: ", E("TRADE_UNION", r.choice(["เพิ่งได้รับเลือกเป็นกรรมการสหภาพแรงงานพนักงานคลินิก", "เป็นแกนนำตั้งสหภาพแรงงานของเครือคลินิก"])),
        " และยื่นข้อเรียกร้องเรื่อง OT เมื่อเดือนที่แล้ว ผู้จัดการสาขาอยากย้ายไปสาขาต่างจังหวัด",
    ]


# ==============================================================================================
# LGBTQ+ community services and sexual health
# ==============================================================================================
@T("lgbtq")
def prep_clinic_booking_th(r: random.Random) -> list:
    name = thm(r)
    return [
        "ยืนยันนัดรับ PrEP ทาง LINE ให้หน่อย บอกสิ่งที่ต้องเตรียม (งดอาหารไม่จำเป็น)\n",
        "ผู้รับบริการ: ", P(name), " ไลน์ ", E("LINE_ID", line_id(r)), " โทร ", PH(r), "\n",
        "แบบประเมิน: ", E("SEXUAL_BEHAVIOUR", r.choice(["เป็นชายมีเพศสัมพันธ์กับชาย มีคู่นอน 3 คนใน 6 เดือน",
                                                         "มีเพศสัมพันธ์โดยไม่ใช้ถุงยางกับคู่ที่ไม่ทราบผลเลือด"])),
        "\nผลตรวจล่าสุด: ", E("HEALTH_DATA", "HIV negative, Creatinine 0.9"),
    ]


@T("lgbtq")
def marriage_equality_registration_en(r: random.Random) -> list:
    a, b = rom(r), rom(r)
    return [
        "Make a checklist for this couple registering their marriage at the district office next week.\n",
        "Spouse 1: ", P(a), ", ID ", E("TH_NATIONAL_ID", nid(r, "dash")), ", born ", E("DATE_OF_BIRTH", dob(r, "en", 1985, 1997)), "\n",
        "Spouse 2: ", P(b), ", ID ", E("TH_NATIONAL_ID", nid(r, "dash")), ", born ", E("DATE_OF_BIRTH", dob(r, "en", 1985, 1997)), "\n",
        "They are ", E("SEXUAL_BEHAVIOUR", r.choice(["a lesbian couple", "a same-sex couple"])),
        ", together 11 years; want to register at Bang Rak so friends can attend.",
    ]


@T("lgbtq")
def lgbt_shelter_intake_th(r: random.Random) -> list:
    lesbian = r.random() < 0.5
    name = thf(r) if lesbian else thm(r)
    return [
        "สรุปแบบรับเข้าบ้านพักชั่วคราวให้เจ้าหน้าที่กะดึก (ห้ามส่งต่อข้อมูลให้ครอบครัว)\n",
        "ชื่อ: ", P(name), " วันเกิด ", E("DATE_OF_BIRTH", dob(r, "slash_be", 2005, 2007)), "\n",
        "เหตุ: ถูกไล่ออกจากบ้านหลังพ่อแม่รู้ว่า", E("SEXUAL_BEHAVIOUR", "คบกับแฟนผู้หญิง (เป็นเลสเบี้ยน)" if lesbian else "เป็นเกย์"),
        "\nที่อยู่เดิม: ", E("ADDRESS", addr(r)), "\n",
        "สุขภาพ: ", E("HEALTH_DATA", r.choice(["มีรอยช้ำที่แขน เครียดมาก", "มีประวัติพยายามทำร้ายตัวเอง"])),
    ]


@T("lgbtq")
def pride_volunteer_form_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Assign this volunteer to a Pride Parade shift and write a short welcome message.\n",
        "Name: ", P(name), "\nEmail: ", EM(email(r, name)), "\nPhone: ", PH(r), "\n",
        "Access needs: ", E("DISABILITY", r.choice(["I'm a wheelchair user", "I'm hard of hearing, please text not call", "low vision, need large-print maps"])), "\n",
        "Anything else: ", E("TRADE_UNION", r.choice(["I'm a member of the Thai airline cabin crew union", "I volunteer as a rep for our hospital workers' union"])),
        "; we'd like to march with our union banner.",
    ]


@T("lgbtq")
def lgbt_hotline_transcript_th(r: random.Random) -> list:
    caller = nick(r)
    return [
        "สรุปบทถอดเสียงสายด่วนนี้เป็นบันทึกเคส 5 บรรทัด และระบุความเสี่ยง\n",
        "[00:00:12] เจ้าหน้าที่: สายด่วนเพื่อนหลากหลายค่ะ\n",
        "[00:00:20] ผู้โทร: ผม", P(caller), "ครับ ", E("SEXUAL_BEHAVIOUR", r.choice(["แฟนบังคับให้มีเซ็กส์โดยไม่ใส่ถุงยาง",
                                                                             "ผมมีเซ็กส์กับผู้ชายที่เจอในแอปแล้วถุงยางแตก"])), "\n",
        "[00:01:05] ผู้โทร: ", E("HEALTH_DATA", r.choice(["กลัวติดเชื้อ อยากได้ PEP", "ตอนนี้มีไข้ มีผื่น"])),
        " ติดต่อกลับเบอร์ ", PH(r, style="dash"), " ได้ครับ",
    ]


@T("lgbtq")
def lgbt_refugee_casework_en(r: random.Random) -> list:
    name = r.choice(["Aung Ko Latt", "Hnin Wai Phyo", "Kyaw Zin Htet"])
    return [
        "Draft a support letter to UNHCR Bangkok from our NGO, based on this case note.\n",
        "Client: ", P(name), ", passport ", E("TH_PASSPORT", passport(r, "mm")), ", phone ", PH(r), "\n",
        "Client is ", E("ETHNICITY", r.choice(["ethnic Kachin", "ethnic Chin", "Rohingya"])), " and ",
        E("SEXUAL_BEHAVIOUR", r.choice(["gay", "a transgender woman who has sex with men"])),
        "; was detained and beaten in Yangon in 2023 after their partner was arrested.",
    ]


@T("lgbtq")
def lgbt_community_app_export_json(r: random.Random) -> list:
    name = rom(r)
    return [
        "Anonymise this member record for our research dataset - tell me which fields to drop or generalise:\n",
        '{"member_id": ', str(r.randint(10000, 99999)), ', "name": "', P(name), '", "email": "', EM(email(r, name)), '",\n',
        ' "orientation": "', E("SEXUAL_BEHAVIOUR", r.choice(["bisexual", "gay", "lesbian"])), '", "hiv_status": "',
        E("HEALTH_DATA", r.choice(["positive, on ART, undetectable", "positive since 2019"])), '",\n',
        ' "province": "Chiang Mai", "joined": "2022-08-14"}',
    ]


@T("lgbtq")
def workplace_outing_complaint_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "ช่วยร่างหนังสือร้องเรียนถึง HR เรื่องหัวหน้าเปิดเผยเพศวิถี ให้เป็นทางการและอ้าง พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล\n",
        "ผู้ร้อง: ", P(name), " อีเมล ", EM(email(r)), "\n",
        "เหตุการณ์: หัวหน้าบอกในที่ประชุมว่าผู้ร้อง", E("SEXUAL_BEHAVIOUR", r.choice(["เป็นเกย์", "เป็นไบ"])),
        " ทำให้ถูกล้อ ผู้ร้อง", E("TRADE_UNION", r.choice(["เป็นสมาชิกสหภาพแรงงานของบริษัท", "ได้แจ้งผู้แทนสหภาพแรงงานไว้แล้ว"])),
        " และขอให้สหภาพเข้าร่วมการสอบสวน",
    ]


@T("lgbtq")
def sti_clinic_results_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Write the patient-friendly result message for the app inbox (no medical jargon):\n",
        "Patient: ", P(name), " | HN ", E("MEDICAL_RECORD_NUMBER", hn(r, "plain")), "\n",
        "Risk assessment: ", E("SEXUAL_BEHAVIOUR", r.choice(["condomless anal sex with 2 partners in the last 3 months",
                                                              "sex work, 5-10 clients/week"])), "\n",
        "Results: ", E("HEALTH_DATA", r.choice(["Syphilis TPHA reactive, RPR 1:16; chlamydia NAAT positive", "Gonorrhoea NAAT positive (pharyngeal)"])),
        "\nPlan: benzathine penicillin, partner notification",
    ]


# ==============================================================================================
# Rehab and addiction centres
# ==============================================================================================
@T("rehab")
def rehab_admission_form_th(r: random.Random) -> list:
    name = thm(r)
    return [
        "ตรวจแบบฟอร์มรับเข้าบำบัดนี้ว่าขาดเอกสารอะไร แล้วสรุปประวัติให้แพทย์\n",
        "ชื่อผู้ป่วย: ", ttl(r, name), " ", P(name), "\nเลขประจำตัวประชาชน: ", E("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "วันเกิด: ", E("DATE_OF_BIRTH", dob(r, "th_long", 1985, 2000)), "\nที่อยู่: ", E("ADDRESS", addr(r)), "\n",
        "ประวัติ: ", E("HEALTH_DATA", r.choice(["เสพยาบ้าวันละ 5-10 เม็ด มา 6 ปี มีหูแว่ว", "ติดไอซ์ เคยมีอาการหวาดระแวงรุนแรง"])),
        "\nคดี: ", E("CRIMINAL_RECORD", r.choice(["ศาลสั่งให้เข้ารับการบำบัดแทนการลงโทษ คดีเสพยาเสพติด", "เคยต้องโทษจำคุก 1 ปี คดีครอบครองยาบ้า"])),
        "\nญาติผู้ดูแล: ", PH(r),
    ]


@T("rehab")
def rehab_progress_note_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "สรุป progress note รายสัปดาห์สำหรับประชุมครอบครัว อบอุ่นแต่ตรงไปตรงมา\n",
        "Resident: ", P(name), "  MRN ", E("MEDICAL_RECORD_NUMBER", hn(r, "dash")), "  week 3 of 8\n",
        "- ", E("HEALTH_DATA", r.choice(["alcohol use disorder, severe; withdrawal seizure day 2", "opioid use disorder, on buprenorphine taper"])), "\n",
        "- ", E("RELIGION", r.choice(["Muslim, asked to be excused from group at prayer times", "devout Catholic, requested visits from a priest"])), "\n",
        "- attending all CBT groups, sleep improving, cravings 4/10",
    ]


@T("rehab")
def rehab_probation_report_th(r: random.Random) -> list:
    name = thm(r)
    return [
        "ร่างรายงานผลการบำบัดส่งสำนักงานคุมประพฤติ ภาษาราชการ\n",
        "ผู้เข้ารับการบำบัด: ", P(name), " เลขประจำตัวประชาชน ", E("TH_NATIONAL_ID", nid(r, "plain")), "\n",
        "ฐานความผิด: ", E("CRIMINAL_RECORD", r.choice(["คดีเสพและครอบครองเมทแอมเฟตามีน คดีดำที่ ย.1234/2567",
                                                      "ต้องคำพิพากษาคดีขับรถขณะเมาสุรา ให้คุมประพฤติ 1 ปี"])), "\n",
        "ผลการบำบัด: ", E("HEALTH_DATA", "ตรวจปัสสาวะไม่พบสารเสพติด 8 ครั้งติดต่อกัน"), " เข้ากลุ่มครบ 16 ครั้ง",
    ]


@T("rehab")
def rehab_family_line_chat_th(r: random.Random) -> list:
    mom, son = thf(r), nick(r)
    return [
        "ช่วยตอบแม่ของผู้ป่วยในไลน์ ให้ข้อมูลค่าใช้จ่ายและยืนยันยอดโอน\n",
        "แม่ (", P(mom), "): ลูกชาย ", P(son), " ", E("HEALTH_DATA", r.choice(["เลิกเหล้าได้กี่วันแล้วคะ ยังมือสั่นอยู่ไหม", "ยังมีอาการถอนยาอยู่ไหมคะ"])),
        " แม่โอนค่าบำบัดเดือนนี้ ", amount(r, 45000, 90000), " บาทจากบัญชี ", r.choice(BANKS), " ",
        E("TH_BANK_ACCOUNT", bank_acct(r)), " แล้วนะคะ ถ้ามีอะไรโทร ", PH(r),
    ]


@T("rehab")
def rehab_drug_test_kiosk_log_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Explain this kiosk log to the case manager in one paragraph.\n",
        "2025-", f"{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", "T07:02:11 kiosk=K3 resident=\"", P(name), "\"\n",
        "auth=fingerprint template_id=", E("BIOMETRIC_DATA", f"fpt_{hexid(r, 16)}"), " match=0.97\n",
        "sample=urine panel=12 result: ", E("HEALTH_DATA", r.choice(["AMP positive, MET positive", "THC positive, others negative"])),
        "\nnote: resident disputes result, requests GC-MS confirmation",
    ]


@T("rehab")
def rehab_alumni_crm_csv(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        name = thn(r)
        rows += ["\n", P(name), ",", PH(r, style="plain"), ",", E("LINE_ID", line_id(r)), ",",
                 E("HEALTH_DATA", r.choice(["methamphetamine", "alcohol", "kratom+cough syrup", "gambling disorder"])),
                 ",", str(r.randint(2021, 2025)), "-", f"{r.randint(1, 12):02d}", ",", r.choice(["Y", "N"])]
    return [
        "Segment these alumni for the 1-year sobriety celebration invite and draft the LINE message:\n",
        "name,phone,line,primary_substance,sober_since,consent_marketing", rows,
    ]


@T("rehab")
def gambling_helpline_chat_en(r: random.Random) -> list:
    name = r.choice(["Nhia Vang", "Kou Yang", "Pao Lor"])
    return [
        "You are a helpline assistant. Respond to this message with empathy and next steps (self-exclusion, "
        "bank gambling block).\n\n",
        "\"Hi, I'm ", P(name), ". ", E("HEALTH_DATA", r.choice(["I can't stop betting on football", "I've lost everything to online baccarat"])),
        ". I'm ", E("ETHNICITY", "Hmong"), " and if my clan elders find out I'll be shamed. I lent my account ",
        E("TH_BANK_ACCOUNT", bank_acct(r, "dash")), " to a betting site to get credit. Can I close it?\"",
    ]


@T("rehab")
def rehab_invoice_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "ทำใบแจ้งหนี้ภาษาอังกฤษจากข้อมูลนี้ให้ญาติผู้ป่วยชาวต่างชาติ\n",
        "ผู้ป่วย: ", P(name), "\nผู้ชำระ: ", P(r.choice(FOREIGN)), " บัตร ", E("CREDIT_CARD", card(r)), "\n",
        "บริษัท เดอะรีทรีต รีคัฟเวอรี่ จำกัด เลขทะเบียน ", E("TH_JURISTIC_ID", juristic(r, "dash")), "\n",
        "รายการ: โปรแกรมฟื้นฟู 28 วัน 385,000 บาท, ค่าห้องเดี่ยวเพิ่ม 42,000 บาท",
    ]


@T("rehab")
def rehab_pickup_arrangement_th(r: random.Random) -> list:
    name, driver = thm(r), thm(r)
    return [
        "สรุปงานรับผู้ป่วยเข้าศูนย์ให้คนขับ เป็นข้อความไลน์สั้นๆ (ไม่ต้องบอกอาการละเอียด)\n",
        "ผู้ป่วย: ", P(name), " รับที่ ", E("ADDRESS", addr(r)), " เวลา 06:00\n",
        "อาการ: ", E("HEALTH_DATA", r.choice(["ดื่มหนัก เคยชักตอนหยุดเหล้า", "ใช้ยาไอซ์ มีอาการก้าวร้าวเป็นช่วง"])), "\n",
        "คนขับ: ", P(driver), " รถตู้ทะเบียน ", E("TH_VEHICLE_PLATE", plate(r)),
    ]


@T("rehab")
def rehab_deaf_resident_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Plan accommodations for this resident for group therapy (interpreter, materials).\n",
        "Resident: ", P(name), ", admitted ", en_date(r), ", ", E("HEALTH_DATA", "cannabis and alcohol dependence"), "\n",
        "Note: ", E("DISABILITY", r.choice(["profoundly deaf, uses Thai Sign Language", "has a moderate intellectual disability",
                                             "blind in both eyes since age 12"])),
        "; family contact ", PH(r, style="intl"),
    ]


@T("rehab")
def social_worker_note_village_th(r: random.Random) -> list:
    name = thm(r)
    return [
        "เรียบเรียงบันทึกเยี่ยมบ้านของนักสังคมสงเคราะห์ให้เป็นรายงาน 1 หน้า\n",
        "ผู้ป่วย: ", P(name), " หลังออกจากศูนย์บำบัด 3 เดือน\n",
        "- ", E("HEALTH_DATA", "กลับไปดื่มสุราบ้าง สัปดาห์ละ 2 วัน"), "\n",
        "- ", E("POLITICAL_OPINION", r.choice(["เป็นแกนนำคนเสื้อแดงในหมู่บ้าน", "เป็นหัวคะแนนให้พรรคภูมิใจไทย", "ชอบไปร่วมชุมนุมของ กปปส."])),
        " ช่วงเลือกตั้งดื่มหนักขึ้นเพราะมีวงเลี้ยง\n- ภรรยาขอให้ช่วยหางานทำ",
    ]


# ==============================================================================================
# Funeral homes
# ==============================================================================================
@T("funeral")
def funeral_booking_christian_th(r: random.Random) -> list:
    dec, host = thn(r), thn(r)
    return [
        "จัดตารางพิธีศพ 3 วันจากข้อมูลนี้ และร่างข้อความแจ้งญาติ\n",
        "ผู้วายชนม์: ", P(dec), " อายุ ", str(r.randint(62, 94)), " ปี ", E("RELIGION", r.choice(["นับถือศาสนาคริสต์ นิกายโรมันคาทอลิก", "เป็นคริสเตียน (โปรเตสแตนต์)"])), "\n",
        "เจ้าภาพ: ", ttl(r, host), " ", P(host), " โทร ", PH(r), "\n",
        "สถานที่: โบสถ์ในชุมชน, ฝังที่สุสานคริสตัง\nชำระมัดจำโอนจากบัญชี ", r.choice(BANKS), " ",
        E("TH_BANK_ACCOUNT", bank_acct(r, "dash")),
    ]


@T("funeral")
def death_certificate_ocr_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "ดึงข้อมูลจากใบมรณบัตร (OCR) ใส่ฟอร์มจองเมรุ: ชื่อ เลขบัตร วันเกิด ที่อยู่ สาเหตุ\n",
        "มรณบัตร ท.ร.4/1\nชื่อ ", P(name), "\nเลขประจำตัวประชาชน ", E("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "เกิดวันที่ ", E("DATE_OF_BIRTH", dob(r, "th_long", 1935, 1960)), "\nที่อยู่ ", E("ADDRESS", addr(r)), "\n",
        "สาเหตุการตาย ", E("HEALTH_DATA", r.choice(["ภาวะหัวใจล้มเหลว", "มะเร็งปอดระยะแพร่กระจาย", "ติดเชื้อในกระแสเลือด"])),
        "\nผู้แจ้ง ", P(thn(r)),
    ]


@T("funeral")
def body_repatriation_en(r: random.Random) -> list:
    dec = r.choice(["Daniel Hughes", "Markus Weber", "Emily Carter", "Sophie Laurent", "Siobhan Kelly"])
    rel = r.choice(["Helen Hughes", "Andrea Weber", "Tom Carter", "Claire Laurent"])
    return [
        "ช่วยเขียนอีเมลภาษาอังกฤษถึงญาติ แจ้งเอกสารที่ต้องใช้ส่งศพกลับประเทศและไทม์ไลน์\n",
        "Deceased: ", P(dec), ", passport ", E("TH_PASSPORT", passport(r, "other")), "\n",
        "Cause of death (per hospital): ", E("HEALTH_DATA", r.choice(["acute myocardial infarction", "drowning", "complications of liver cirrhosis"])), "\n",
        "Next of kin: ", P(rel), ", ", EM(email(r, rel)), ", ", ("PHONE_NUMBER", foreign_phone(r)), "\n",
        "Embassy appointment pending; embalming done at our Pattaya branch.",
    ]


@T("funeral")
def union_funeral_benefit_th(r: random.Random) -> list:
    dec, heir = thm(r), thf(r)
    return [
        "ช่วยเขียนจดหมายขอรับเงินสงเคราะห์งานศพจากสหภาพ ให้ครบถ้วน\n",
        "ผู้ถึงแก่กรรม: ", P(dec), " ", E("TRADE_UNION", r.choice(["สมาชิกสหภาพแรงงานรถไฟแห่งประเทศไทย", "สมาชิกสหภาพแรงงานการประปานครหลวง"])),
        " มา 22 ปี\nผู้รับเงิน: ภรรยา ", P(heir), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)), "\n",
        "บัญชีรับเงิน ", r.choice(BANKS), " ", E("TH_BANK_ACCOUNT", bank_acct(r)),
    ]


@T("funeral")
def teochew_funeral_package_en(r: random.Random) -> list:
    host = rom(r)
    return [
        "แนะนำแพ็กเกจและอธิบายพิธีให้เจ้าภาพเป็นภาษาอังกฤษง่ายๆ (อ่านไทยไม่คล่อง)\n",
        "Host: ", P(host), " | mobile ", PH(r), " | LINE ", E("LINE_ID", line_id(r)), "\n",
        "Family background: ", E("ETHNICITY", r.choice(["Teochew Chinese", "Hakka Chinese", "Hainanese Chinese"])),
        ", want paper offerings and a 7-day wake, cremation after.\nBudget: 250,000-350,000 THB",
    ]


@T("funeral")
def obituary_draft_th(r: random.Random) -> list:
    dec = thn(r)
    return [
        "เขียนคำไว้อาลัยสำหรับหนังสืออนุสรณ์งานศพ ยาวประมาณ 1 หน้า\n",
        "ผู้ล่วงลับ: ", P(dec), " เกิด ", E("DATE_OF_BIRTH", dob(r, "th_long", 1938, 1955)), "\n",
        "ประวัติ: ครูประจำโรงเรียนประถม 35 ปี ", E("HEALTH_DATA", r.choice(["ป่วยเป็นมะเร็งตับ รักษาตัวมา 2 ปี", "เป็นอัมพฤกษ์หลังเส้นเลือดในสมองแตก"])),
        "\nบุตร: ", P(thn(r)), ", ", P(thn(r)), "\nงานอดิเรก: ปลูกกล้วยไม้ อ่านหนังสือธรรมะ",
    ]


@T("funeral")
def funeral_followup_crm_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        name = thn(r)
        rows += ["\n", P(name), ",", PH(r, style="plain"), ",", EM(email(r)), ",", r.choice(["ทำบุญ 50 วัน", "ทำบุญ 100 วัน", "ครบรอบ 1 ปี"]),
                 ",", th_date(r, 2569)]
    return [
        "ร่างข้อความแจ้งเตือนวันทำบุญให้เจ้าภาพ เรียงตามวันที่\n",
        "host_name,phone,email,event,date", rows,
    ]


@T("funeral")
def muslim_burial_request_th(r: random.Random) -> list:
    dec, host = thn(r), thm(r)
    return [
        "ลูกค้าต้องการฝังศพภายใน 24 ชม. ช่วยร่างลำดับงานและเอกสารที่ต้องใช้\n",
        "ผู้เสียชีวิต: ", P(dec), " (", E("RELIGION", "มุสลิม"), ") เลขบัตร ", E("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "บ้าน: ", E("ADDRESS", addr(r)), "\nญาติ: ", P(host), " ", PH(r), "\n",
        "ต้องการรถรับศพจากโรงพยาบาล และติดต่อกุโบร์ใกล้บ้าน",
    ]


@T("funeral")
def funeral_procession_cars_th(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "ทำรายชื่อรถขบวนแห่ศพส่ง รปภ. วัด ให้เปิดที่จอดในเขตเมรุ\n",
        "1) รถเจ้าภาพ ", P(a), " ทะเบียน ", E("TH_VEHICLE_PLATE", plate(r)), "\n",
        "2) รถญาติ ", P(b), " ทะเบียน ", E("TH_VEHICLE_PLATE", plate(r)), "\n",
        "3) รถตู้วัด (ไม่ต้องลงทะเบียน)\nเวลาเคลื่อนศพ 15:30",
    ]


# ==============================================================================================
# Religious communities and donation desks
# ==============================================================================================
@T("religion")
def temple_edonation_receipt_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "ตรวจข้อมูลใบอนุโมทนาบัตรก่อนส่งเข้าระบบ e-Donation ของกรมสรรพากร ว่าครบไหม\n",
        "ผู้บริจาค: ", ttl(r, name), " ", P(name), "\nเลขประจำตัวผู้เสียภาษี: ", E("TH_NATIONAL_ID", nid(r, "plain")), "\n",
        "ยอดบริจาค: ", amount(r, 500, 50000), " บาท  วัตถุประสงค์: สร้างศาลาการเปรียญ\n",
        "หน่วยรับบริจาค: มูลนิธิวัดป่าสันติธรรม เลขประจำตัวผู้เสียภาษี ", E("TH_JURISTIC_ID", juristic(r)),
    ]


@T("religion")
def church_member_directory_en(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        name = rom(r)
        rows += ["\n", P(name), " | ", PH(r), " | ", EM(email(r, name)), " | ", E("RELIGION", r.choice(["baptised 2019", "baptised 2021, Catholic", "confirmed Anglican"]))]
    return [
        "Format this as a printable church directory page, sorted by surname:\n", "Name | Phone | Email | Membership", rows,
    ]


@T("religion")
def zakat_distribution_list_th(r: random.Random) -> list:
    a, b = thn(r), thf(r)
    return [
        "จัดลำดับความจำเป็นในการแจกซะกาตจากรายชื่อนี้ พร้อมเหตุผลสั้นๆ\n",
        "1. ", P(a), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)), " โทร ", PH(r), " — ", E("RELIGION", "มุสลิม"),
        " ลูก 5 คน ", E("DISABILITY", r.choice(["พิการทางการเห็น", "พิการทางการเคลื่อนไหว ใช้วีลแชร์"])), "\n",
        "2. ", P(b), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)), " — ", E("RELIGION", "เข้ารับอิสลามปีที่แล้ว (มุอัลลัฟ)"),
        " หม้าย ตกงาน",
    ]


@T("religion")
def donation_chargeback_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "A donor disputes a recurring donation. Draft a kind reply and decide whether to refund.\n",
        "Donor: ", P(name), " | ", EM(email(r, name)), " | card ", E("CREDIT_CARD", card(r, "space")), "\n",
        "Signup IP: ", E("IP_ADDRESS", ipv4(r)), " | plan: 500 THB/month to the orphan fund since 2023\n",
        "\"I never agreed to monthly. Please stop and refund the last 3 months.\"",
    ]


@T("religion")
def ordination_application_th(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยกรอกใบสมัครบรรพชาอุปสมบทหมู่ จากข้อมูลที่ผู้สมัครส่งมา และบอกว่าคุณสมบัติผ่านไหม\n",
        "ชื่อ: ", P(name), " วันเกิด ", E("DATE_OF_BIRTH", dob(r, "slash_be", 1990, 2004)), "\n",
        "เลขบัตร: ", E("TH_NATIONAL_ID", nid(r, "dash")), " ที่อยู่: ", E("ADDRESS", addr(r)), "\n",
        "ประวัติ: ", E("CRIMINAL_RECORD", r.choice(["เคยต้องโทษคดีลักทรัพย์ พ้นโทษปี 2564", "เคยถูกคุมประพฤติคดียาเสพติด 1 ปี"])),
        " และ", E("HEALTH_DATA", r.choice(["เป็นโรคลมชัก กินยาประจำ", "เป็นโรคหอบหืด พ่นยาทุกวัน"])),
    ]


@T("religion")
def prayer_request_list_en(r: random.Random) -> list:
    a, b = rom(r), rom(r)
    return [
        "Turn these into the Sunday bulletin prayer list; keep medical details vague.\n",
        "- ", P(a), ": ", E("HEALTH_DATA", r.choice(["starting chemo for colon cancer", "recovering from a stroke"])), "\n",
        "- ", P(b), ", a ", E("RELIGION", "new convert"), " (baptism next month): job search\n",
        "- our mission team in Chiang Rai",
    ]


@T("religion")
def donation_desk_line_refund_th(r: random.Random) -> list:
    name = thf(r)
    return [
        "ร่างข้อความตอบผู้บริจาคที่โอนผิดยอด จะโอนคืนส่วนเกินให้\n",
        "ผู้บริจาค: ", P(name), " โทร ", PH(r), "\n",
        "\"โอนทำบุญผ้าป่าเกินไป 9,000 บาทค่ะ ตั้งใจ 1,000 ช่วยโอนคืนเข้าบัญชี ", r.choice(BANKS), " ",
        E("TH_BANK_ACCOUNT", bank_acct(r, "gsb")), " ได้ไหมคะ\"",
    ]


@T("religion")
def islamic_school_face_attendance_en(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "Why are these two students flagged absent? Explain to the ustaz briefly.\n",
        "student_id=", E("STUDENT_ID", student_id(r, "ten")), " name=", P(a), " face_vector=",
        E("BIOMETRIC_DATA", f"fv1:{hexid(r, 32)}"), " last_seen=none\n",
        "student_id=", E("STUDENT_ID", student_id(r, "ten")), " name=", P(b), " face_vector=",
        E("BIOMETRIC_DATA", f"fv1:{hexid(r, 32)}"), " last_seen=camera offline\n",
        "School: Islamic private school (Pattani), Friday prayer 12:15-13:30",
    ]


@T("religion")
def church_refugee_sponsorship_en(r: random.Random) -> list:
    a, b = r.choice(["Saw Htoo", "Naw Paw", "Saw Eh Doh"]), r.choice(["Naw Mu", "Saw Ler Wah"])
    return [
        "Write the sponsorship letter from our church for this family's resettlement application.\n",
        "Family: ", P(a), " (passport ", E("TH_PASSPORT", passport(r, "mm")), ") and ", P(b), "\n",
        "Background: ", E("ETHNICITY", "Karen"), ", ", E("RELIGION", "members of the Karen Baptist Convention"),
        ", lived in Mae La camp for 14 years.\nContact via our pastor ", P(r.choice(["Somsak Jaidee", "Wichai Boonmee"])), ".",
    ]


@T("religion")
def temple_volunteer_roster_th(r: random.Random) -> list:
    a = thm(r)
    return [
        "ช่วยจัดเวรอาสางานกฐินจากรายชื่อนี้ และเขียนข้อควรระวังให้หัวหน้าอาสา\n",
        "- ลุง", P(a), " โทร ", PH(r), " ", E("POLITICAL_OPINION", r.choice(["เป็นหัวคะแนนพรรคพลังประชารัฐ ชอบแจกใบปลิว", "เป็นสมาชิกพรรคก้าวไกลเดิม ชอบคุยการเมือง"])),
        " ขออย่าให้อยู่จุดรับบริจาค\n- ป้า", P(thf(r)), " ทำครัว\n- ", P(nick(r)), " ถ่ายรูป",
    ]


# ==============================================================================================
# Astrology and fortune-telling
# ==============================================================================================
@T("astrology")
def astrology_reading_request_th(r: random.Random) -> list:
    name = thf(r)
    return [
        "คุณคือหมอดูโหราศาสตร์ไทย ช่วยผูกดวงและตอบคำถามลูกค้า ใช้ภาษานุ่มนวล\n",
        "ชื่อ: ", P(name), "\nเกิด: ", E("DATE_OF_BIRTH", dob(r, "th_long", 1970, 1995)), " เวลา ", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
        " น.\nคำถาม: ", E("HEALTH_DATA", r.choice(["เพิ่งตรวจเจอมะเร็งเต้านมระยะ 2", "เป็นไตวายต้องฟอกไตอาทิตย์ละ 3 ครั้ง", "ท้องนอกมดลูกเมื่อปีที่แล้ว"])),
        " อยากรู้ว่าปีนี้ดวงสุขภาพจะดีขึ้นไหม\nส่งคำทำนายทางไลน์ ", E("LINE_ID", line_id(r)),
    ]


@T("astrology")
def astrology_app_refund_ticket_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Classify and reply: refund | technical | abuse.\n",
        "From: ", P(name), " <", EM(email(r, name)), ">  ip ", E("IP_ADDRESS", r.choice([ipv4(r), ipv6(r)])), "\n",
        "\"Your app charged my card ", E("CREDIT_CARD", card(r, "dash")), " 399 baht for a 'love reading' I never opened. "
        "Refund please.\"",
    ]


@T("astrology")
def numerology_name_change_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "ช่วยคิดชื่อใหม่ 5 ชื่อตามหลักเลขศาสตร์ ผลรวม 24 หรือ 42 และไม่มีอักษรกาลกิณีของคนเกิดวันอังคาร\n",
        "ชื่อเดิม: ", P(name), "\nวันเกิด: ", E("DATE_OF_BIRTH", dob(r, "slash_be", 1975, 2000)), " (วันอังคาร)\n",
        "เบอร์โทรปัจจุบัน: ", PH(r, style="plain"), " (อยากรู้ว่าผลรวมดีไหมด้วย)\n",
        "เลขบัตรประชาชน ", E("TH_NATIONAL_ID", nid(r)), " (จะเอาไปเปลี่ยนชื่อที่อำเภอ)",
    ]


@T("astrology")
def couple_compatibility_en(r: random.Random) -> list:
    a, b = r.sample(sorted({rom_f(r) for _ in range(12)}), 2)
    return [
        "Do a Chinese-zodiac + western compatibility reading for us, 300 words, playful tone.\n",
        "Me: ", P(a), ", born ", E("DATE_OF_BIRTH", dob(r, "en_long", 1988, 1999)), "\n",
        "My girlfriend: ", P(b), ", born ", E("DATE_OF_BIRTH", dob(r, "en_long", 1988, 1999)), "\n",
        "We're ", E("SEXUAL_BEHAVIOUR", "both women"), " and planning to register our marriage next year.",
    ]


@T("astrology")
def fortune_teller_crm_json(r: random.Random) -> list:
    mom, son = thf(r), thm(r)
    return [
        "สรุปคำถามลูกค้าจาก JSON นี้ให้หมอดูอ่านก่อนไลฟ์ (ย่อ 2 บรรทัด)\n",
        '{"customer": "', P(mom), '", "birth": "', E("DATE_OF_BIRTH", dob(r, "iso", 1960, 1980)), '", "tel": "', PH(r, style="plain"), '",\n',
        ' "question": "ลูกชาย ', P(son), ' ', E("CRIMINAL_RECORD", r.choice(["ติดคุกคดียาเสพติด", "โดนจำคุก 3 ปีคดีฉ้อโกง"])),
        ' อยากรู้ว่าจะได้ลดโทษออกมาเมื่อไหร่", "package": "ดูดวงไลฟ์ 30 นาที"}',
    ]


@T("astrology")
def tarot_live_chat_th(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยเปิดไพ่ทาโรต์ 3 ใบ (อดีต-ปัจจุบัน-อนาคต) ตอบคำถามนี้\n",
        "ลูกค้า ", P(name), " (โทร ", PH(r), "): ", E("POLITICAL_OPINION", r.choice(["ผมเป็นสมาชิกพรรคเพื่อไทย", "ผมช่วยหาเสียงให้พรรคประชาชนมาตลอด"])),
        " กำลังจะลงสมัครนายก อบต. ปีหน้า จะได้รับเลือกไหมครับ คู่แข่งเป็นคนของบ้านใหญ่",
    ]


@T("astrology")
def palm_reading_app_upload_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Generate the palm-reading narrative from these extracted features (entertainment only):\n",
        "user: ", P(name), " | ", EM(email(r, name)), " | dob ", E("DATE_OF_BIRTH", dob(r, "iso", 1985, 2002)), "\n",
        "palm_scan: ", E("BIOMETRIC_DATA", f"palmprint_ridge_map_{hexid(r, 10)}.bin"), " (right hand, 1200 dpi)\n",
        "features: heart line long & curved, head line forked, life line double, Mount of Venus prominent",
    ]


@T("astrology")
def feng_shui_home_visit_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "สรุปนัดดูฮวงจุ้ยบ้านให้ซินแส และเตรียมคำถาม\n",
        "ลูกค้า: ", P(name), " โทร ", PH(r), "\nที่อยู่บ้านใหม่: ", E("ADDRESS", addr(r)), "\n",
        "ครอบครัว", E("ETHNICITY", r.choice(["เชื้อสายจีนไหหลำ", "เชื้อสายจีนแต้จิ๋ว", "เป็นคนจีนฮกเกี้ยน"])),
        " อยากตั้งศาลเจ้าที่และหิ้งบรรพบุรุษให้ถูกทิศ",
    ]


@T("astrology")
def auspicious_sim_order_th(r: random.Random) -> list:
    name = thf(r)
    return [
        "ตรวจคำสั่งซื้อเบอร์มงคล ก่อนส่งซิม ยืนยันตัวตนตามกฎ กสทช.\n",
        "ผู้ซื้อ: ", P(name), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "เบอร์ติดต่อเดิม: ", PH(r), "\nที่อยู่จัดส่ง: ", E("ADDRESS", addr(r)), "\n",
        "แพ็กเกจ: เบอร์ผลรวม 56 เสริมการค้า ราคา 4,900 บาท",
    ]


# ==============================================================================================
# Campus, ancestry and data-subject requests
# ==============================================================================================
@T("fitness")
def campus_gym_face_access_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "นักศึกษาเข้ายิมมหาวิทยาลัยไม่ได้ ช่วยเขียนคำตอบอธิบายสาเหตุจาก log นี้\n",
        "[gate-2] student_id=", E("STUDENT_ID", student_id(r, r.choice(["ten", "b"]))), " name=", P(name), "\n",
        "[gate-2] enrolled_face=", E("BIOMETRIC_DATA", f"arcface512:{hexid(r, 20)}"), " quality=0.41 (low, enrolled with mask)\n",
        "[gate-2] decision=DENY reason=face_mismatch attempts=3",
    ]


@T("lgbtq")
def student_lgbt_club_roster_en(r: random.Random) -> list:
    a, b = rom(r), rom(r)
    return [
        "Draft the welcome email for our university's LGBTQ+ society new members (bcc, do not expose anyone).\n",
        "1. ", P(a), " - ", E("STUDENT_ID", student_id(r, "ten")), " - ", EM(email(r, a)), " - ",
        E("SEXUAL_BEHAVIOUR", r.choice(["gay", "bi", "lesbian"])), " - wants to join the film night\n",
        "2. ", P(b), " - ", E("STUDENT_ID", student_id(r, "dash")), " - ", EM(email(r, b)), " - ",
        E("SEXUAL_BEHAVIOUR", r.choice(["asexual", "queer, not out at home", "pansexual"])), " - peer support only",
    ]


@T("dating")
def pdpa_dsar_dating_app_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Legal ops: check this data subject access request is verified and list what data we must return.\n",
        "Requester: ", P(name), "\nThai ID: ", E("TH_NATIONAL_ID", nid(r, "space")), "\nDOB: ", E("DATE_OF_BIRTH", dob(r, "slash_ce", 1986, 2002)), "\n",
        "Account email: ", EM(email(r, name)), "  phone: ", PH(r, style="intl"), "\n",
        "Request: all my data including swipes, messages, location history and the selfie verification photo; then delete.",
    ]


@T("genetics")
def ancestry_kit_result_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "เขียนสรุปผลตรวจบรรพบุรุษให้ลูกค้าอ่านง่าย เป็นกันเอง\n",
        "ลูกค้า: ", P(name), " ส่งผลไปที่ ", E("ADDRESS", addr(r)), "\n",
        "ผล: ", E("ETHNICITY", r.choice(["บรรพบุรุษเชื้อสายมอญ 38%", "เชื้อสายจีนตอนใต้ 46% ไทลื้อ 31%", "เชื้อสายเขมร 52%"])), "\n",
        "พันธุกรรม: ", E("GENETIC_DATA", r.choice(["haplogroup mtDNA M7b1a1, Y-DNA O-M95", "เป็นพาหะ G6PD deficiency (c.1376G>T)"])),
    ]


# ==============================================================================================
# Negatives: s.26 hard negatives (same topics and words, no specific person)
# ==============================================================================================
@T("fertility", hard="HEALTH_DATA")
def neg_ivf_success_stats_th(r: random.Random) -> list:
    a, b, c = r.randint(38, 48), r.randint(25, 34), r.randint(8, 15)
    return [
        "เขียนบทความบล็อกคลินิก 600 คำจากสถิตินี้ หัวข้อ 'อายุกับโอกาสสำเร็จของการทำเด็กหลอดแก้ว'\n",
        f"- อายุต่ำกว่า 35 ปี: อัตราการตั้งครรภ์ต่อการย้ายตัวอ่อน {a}%\n",
        f"- อายุ 35-40 ปี: {b}%\n- อายุมากกว่า 40 ปี: {c}%\n",
        "- สาเหตุมีบุตรยากที่พบบ่อย: ภาวะ PCOS, เยื่อบุโพรงมดลูกเจริญผิดที่, ท่อนำไข่อุดตัน, อสุจิน้อย\n",
        "อ้างอิง: รายงานประจำปีของราชวิทยาลัยสูตินรีแพทย์ฯ ห้ามระบุกรณีผู้ป่วยรายใด",
    ]


@T("mental_health", hard="HEALTH_DATA")
def neg_depression_article_en(r: random.Random) -> list:
    return [
        ask(r, "Proofread this article for our mental-health app's blog. Keep the tone warm.\n\n", "ช่วยแปลบทความนี้เป็นภาษาไทยสำหรับบล็อกของแอป ให้น้ำเสียงอบอุ่น\n\n", "Write 3 social-media hooks from this article:\n\n"),
        "Depression is more than feeling sad. Common signs include low mood most of the day, loss of interest, "
        "changes in sleep or appetite, and thoughts of self-harm. In Thailand, the Department of Mental Health "
        f"estimates about {r.choice(['1.5', '1.8', '2.0'])} million people live with depression, yet fewer than half receive "
        "treatment. If you or someone you know is struggling, call the 1323 hotline (24 hours, free) or 1669 in "
        "an emergency. Antidepressants such as sertraline or fluoxetine can take 4-6 weeks to work.",
    ]


@T("fitness", hard="RELIGION")
def neg_ramadan_gym_hours_th(r: random.Random) -> list:
    return [
        ask(r, "ปรับประกาศนี้ให้สั้นและเป็นมิตร สำหรับโพสต์เพจยิมสาขาหาดใหญ่\n", "แปลประกาศนี้เป็นภาษาอังกฤษและมลายู สำหรับติดหน้ายิม\n", "ทำประกาศนี้เป็นข้อความ SMS ไม่เกิน 140 ตัวอักษร\n"),
        "ประกาศเวลาทำการช่วงเดือนรอมฎอน ฮ.ศ. 1447: เปิด 06:00-10:00 และ 19:30-24:00 น. "
        "ลูกค้าที่ถือศีลอดสามารถจองคลาสเบาๆ หลังละศีลอดได้ ห้องละหมาดชั้น 2 เปิดตามปกติ "
        "มีอินทผลัมและน้ำบริการช่วงเวลาอิฟฏอร์ เทรนเนอร์แนะนำให้ดื่มน้ำ 2 ลิตรระหว่างซุโฮร์ถึงอิฟฏอร์",
    ]


@T("funeral", hard="RELIGION")
def neg_funeral_rites_guide_en(r: random.Random) -> list:
    return [
        "Make this a comparison table (tradition | timing | typical cost in THB):\n",
        "Buddhist funerals in Thailand usually hold chanting for 3, 5 or 7 nights before cremation; packages start around "
        f"{r.choice(['45,000', '60,000', '80,000'])} baht. Muslim burials take place within 24 hours, the body is washed and "
        "shrouded and buried at a kubur without a coffin. Christian services are held at a church followed by burial or "
        "cremation. Chinese families often add paper offerings and a longer wake.",
    ]


@T("travel", hard="ETHNICITY")
def neg_hill_tribe_cooking_class_en(r: random.Random) -> list:
    return [
        "Write Airbnb Experience copy (max 150 words) for this class:\n",
        "Learn to cook Karen and Hmong dishes with a village cooperative near Mae Chaem: nam prik, bamboo-shoot "
        "stew, sticky rice in bamboo. Ethnic minority communities in northern Thailand include the Karen, Hmong, "
        f"Akha, Lahu, Lisu and Mien. Group size max {r.randint(6, 12)}, price {r.choice(['1,200', '1,450', '1,800'])} THB, "
        "profits go to the village school.",
    ]


@T("dating", hard="ETHNICITY")
def neg_dating_ethnicity_filter_policy_th(r: random.Random) -> list:
    return [
        "ช่วยเขียนนโยบายภายในเรื่องตัวกรองการค้นหาให้เป็นภาษาทางการ\n",
        "แอปจะไม่มีตัวกรองเชื้อชาติหรือชาติพันธุ์ (เช่น จีน มลายู กะเหรี่ยง ม้ง ลาว) เพราะอาจนำไปสู่การเลือกปฏิบัติ "
        "ผู้ใช้สามารถระบุภาษาที่พูดได้ในโปรไฟล์แทน ข้อความที่เหยียดเชื้อชาติจะถูกลบและแบนตามระดับความรุนแรง "
        f"ไตรมาสที่ผ่านมามีรายงานการเหยียด {r.randint(120, 480)} เคส",
    ]


@T("dating", hard="POLITICAL_OPINION")
def neg_dating_politics_guideline_en(r: random.Random) -> list:
    return [
        ask(r, "Summarise this community guideline for the app's FAQ page:\n", "แปลแนวปฏิบัติชุมชนนี้เป็นภาษาไทยให้ผู้ใช้อ่านง่าย:\n", "Is this guideline consistent with Thai election law? Flag risky wording:\n"),
        "Members may list political interests (e.g. 'politically engaged') but not campaign. Posts urging votes for "
        "any party, including People's Party, Pheu Thai or Bhumjaithai, will be removed during the election period. "
        "Debates are fine in private chats. Hate speech against supporters of any side leads to suspension.",
    ]


@T("astrology", hard="POLITICAL_OPINION")
def neg_election_horoscope_column_th(r: random.Random) -> list:
    return [
        ask(r, "เกลาคอลัมน์ดวงการเมืองนี้ให้อ่านสนุก ไม่ฟันธงเกินไป\n", "ย่อคอลัมน์ดวงการเมืองนี้เหลือ 80 คำ สำหรับโพสต์ Facebook\n", "Translate this Thai horoscope column into English, keep the tone playful\n"),
        "ดวงเมืองปีนี้ดาวเสาร์ทับลัคนา การเมืองร้อนช่วงกลางปี นายกรัฐมนตรีอนุทิน ชาญวีรกูล ต้องระวังเสียงในสภา "
        "ฝ่ายค้านนำโดยณัฐพงษ์ เรืองปัญญาวุฒิ ได้ดาวพฤหัสหนุน ส่วนแพทองธาร ชินวัตร ช่วงนี้ดวงเงียบ "
        "ผู้อ่านที่เกิดวันพุธกลางคืนให้ระวังการถกเถียงเรื่องการเมืองในครอบครัว",
    ]


@T("rehab", hard="CRIMINAL_RECORD")
def neg_drug_law_faq_th(r: random.Random) -> list:
    return [
        ask(r, "ทำ FAQ 5 ข้อจากเนื้อหานี้ สำหรับหน้าเว็บศูนย์บำบัด\n", "สรุปสาระสำคัญของกฎหมายนี้เป็นภาษาอังกฤษสำหรับญาติชาวต่างชาติ\n", "ทำสคริปต์ตอบโทรศัพท์สำหรับเจ้าหน้าที่จากข้อมูลนี้\n"),
        "ตามประมวลกฎหมายยาเสพติด พ.ศ. 2564 ผู้เสพถือเป็นผู้ป่วย ผู้ที่สมัครใจเข้ารับการบำบัดก่อนถูกจับกุมจะไม่ถูกดำเนินคดี "
        "ผู้ที่ถูกจับในคดีเสพอาจได้รับการพิจารณาให้บำบัดแทนการลงโทษ การครอบครองยาบ้าไม่เกิน 5 เม็ดสันนิษฐานว่ามีไว้เพื่อเสพ "
        "ประวัติการบำบัดเป็นความลับและไม่ถือเป็นประวัติอาชญากรรม",
    ]


@T("dating", hard="CRIMINAL_RECORD")
def neg_background_check_feature_copy_en(r: random.Random) -> list:
    return [
        "Write App Store 'What's New' text (under 170 characters) and a longer blog paragraph for this feature:\n",
        "Feature: optional background check badge. Members can consent to a check against court records for violent "
        "or sexual offences and fraud convictions. We never show details of any conviction, only whether the badge "
        f"is active. Price: {r.choice(['149', '199'])} THB one-off. Available in Thailand from Q3.",
    ]


@T("lgbtq", hard="SEXUAL_BEHAVIOUR")
def neg_pride_campaign_brief_en(r: random.Random) -> list:
    return [
        ask(r, "Polish this campaign brief for our agency:\n", "ช่วยเกลา brief แคมเปญ Pride นี้ และเสนอ key message 3 ข้อ:\n", "Suggest three campaign taglines based on this brief:\n"),
        "Objective: celebrate the first Pride month after the Marriage Equality Act took effect on 23 January 2025, "
        f"when more than {r.choice(['1,800', '1,832'])} same-sex couples registered on day one. Audience: gay, lesbian, "
        "bisexual and trans customers and allies, 18-40. Bangkok Governor Chadchart Sittipunt joined the Bangkok Pride "
        "parade again this year. Tone: joyful, not tokenistic. Budget 2.4 MTHB.",
    ]


@T("lgbtq", hard="SEXUAL_BEHAVIOUR")
def neg_prep_faq_th(r: random.Random) -> list:
    return [
        ask(r, "ตรวจภาษาของ FAQ นี้ให้เป็นกันเองขึ้น สำหรับเว็บไซต์คลินิกสุขภาพทางเพศ\n", "แปล FAQ นี้เป็นภาษาอังกฤษสำหรับนักท่องเที่ยว\n", "เพิ่มคำถามที่พบบ่อยอีก 2 ข้อให้ FAQ นี้\n"),
        "ถาม: PrEP เหมาะกับใคร\nตอบ: ชายที่มีเพศสัมพันธ์กับชาย สาวประเภทสอง ผู้ที่มีคู่นอนหลายคน หรือมีคู่ที่ติดเชื้อเอชไอวี "
        "ควรปรึกษาเจ้าหน้าที่ รับยาฟรีตามสิทธิหลักประกันสุขภาพ ต้องตรวจเลือดทุก 3 เดือน\n"
        "ถาม: ถุงยางยังจำเป็นไหม\nตอบ: จำเป็น เพราะ PrEP ไม่ป้องกันซิฟิลิสและหนองใน",
    ]


@T("fitness", hard="DISABILITY")
def neg_accessible_gym_copy_th(r: random.Random) -> list:
    return [
        ask(r, "เขียนโพสต์ Facebook ประชาสัมพันธ์สาขาใหม่ เน้นความเป็นมิตรกับผู้พิการ\n", "เขียนแคปชัน IG สั้นๆ 3 แบบ เน้นว่าสาขานี้ผู้พิการเข้าถึงได้\n", "สรุปจุดเด่นด้านการเข้าถึงของสาขาใหม่เป็น bullet 5 ข้อ\n"),
        "สาขาใหม่มีทางลาดและลิฟต์ทุกชั้น ห้องน้ำสำหรับผู้ใช้วีลแชร์ เครื่องออกกำลังกายแบบนั่งสำหรับผู้พิการขา "
        "คลาสโยคะสำหรับผู้พิการทางการเห็นทุกวันเสาร์ ผู้ถือบัตรประจำตัวคนพิการลด 30% "
        f"ติดต่อสอบถาม LINE OA @{r.choice(['fitfor-all', 'openmove'])}",
    ]


@T("funeral", hard="DISABILITY")
def neg_disability_funeral_grant_en(r: random.Random) -> list:
    return [
        ask(r, "Explain this welfare rule in simple English for our funeral-home FAQ:\n", "ช่วยแปลกฎสวัสดิการนี้เป็นภาษาไทยง่ายๆ สำหรับ FAQ ของบ้านจัดงานศพ:\n", "Turn this rule into a 4-step checklist for our front desk:\n"),
        "When a registered person with a disability dies, the family may claim a funeral grant of 3,000 baht from the "
        "provincial social development office, alongside the monthly disability allowance of 800-1,000 baht that stops "
        "at death. Documents: death certificate, the disability ID card and the claimant's ID. Claims must be filed "
        "within 60 days.",
    ]


@T("labour", hard="TRADE_UNION")
def neg_union_welfare_scheme_th(r: random.Random) -> list:
    return [
        "สรุปประกาศสวัสดิการสหภาพให้สมาชิกอ่านง่ายเป็นข้อๆ\n",
        "สหภาพแรงงานฯ ปรับสวัสดิการปี 2569: เงินช่วยเหลือคลอดบุตร 5,000 บาท ค่ารักษามีบุตรยากเบิกได้ไม่เกิน 30,000 บาท "
        "เงินสงเคราะห์งานศพสมาชิก 20,000 บาท ค่าบำรุงสหภาพเดือนละ 100 บาท หักผ่านเงินเดือน "
        f"ประชุมใหญ่สามัญประจำปีวันที่ {r.randint(1, 28)} มี.ค. 2569 ที่หอประชุมโรงงาน",
    ]


@T("beauty", hard="TRADE_UNION")
def neg_beauty_chain_union_news_en(r: random.Random) -> list:
    return [
        ask(r, "Summarise this news item in 3 bullets for our HR leadership digest:\n", "สรุปข่าวนี้เป็นภาษาไทย 3 บรรทัดสำหรับผู้บริหาร HR:\n", "What are the HR risks for us? Answer in 4 bullets based on this news:\n"),
        "Staff at a large Bangkok aesthetic-clinic chain registered a labour union this month, the first in the "
        "sector. The union is seeking overtime pay for weekend shifts and clear commission rules. Labour ministry "
        f"data show union density in Thailand stays below {r.choice(['2', '3'])}% of the workforce. The company said it "
        "respects freedom of association.",
    ]


@T("fertility", hard="GENETIC_DATA")
def neg_nipt_package_copy_th(r: random.Random) -> list:
    return [
        "เขียนคำอธิบายแพ็กเกจตรวจ NIPT สำหรับหน้าเว็บ ไม่เกิน 120 คำ\n",
        "NIPT ตรวจคัดกรองโครมโซมทารกจากเลือดแม่ ตั้งแต่อายุครรภ์ 10 สัปดาห์ ครอบคลุม Trisomy 21, 18, 13 "
        f"และโครโมโซมเพศ ความแม่นยำมากกว่า 99% ราคา {r.choice(['8,900', '12,500', '15,900'])} บาท ทราบผลใน 7-10 วัน "
        "หากผลเสี่ยงสูงต้องยืนยันด้วยการเจาะน้ำคร่ำ",
    ]


@T("fitness", hard="GENETIC_DATA")
def neg_dna_diet_explainer_en(r: random.Random) -> list:
    return [
        ask(r, "Fact-check this explainer and add sources:\n", "ตรวจข้อเท็จจริงในบทความนี้และแนะนำแหล่งอ้างอิง:\n", "Shorten this explainer to 80 words for the app onboarding screen:\n"),
        "Nutrigenomics tests look at variants such as APOE e4 (linked to higher LDL response to saturated fat), "
        "MTHFR C677T (folate metabolism), FTO (appetite) and LCT (lactose tolerance). Evidence for personalised diets "
        "based on these markers is still limited; most guidelines recommend the same balanced diet regardless of "
        "genotype. About 60-70% of Thai adults are lactase non-persistent.",
    ]


@T("dating", hard="BIOMETRIC_DATA")
def neg_face_verification_notice_en(r: random.Random) -> list:
    return [
        ask(r, "Make this privacy notice section clearer, under 120 words:\n", "ช่วยแปลส่วนนี้ของประกาศความเป็นส่วนตัวเป็นภาษาไทย:\n", "Does this section meet PDPA explicit-consent requirements? List gaps:\n"),
        "Photo verification: when you take a verification selfie, we create a face template to compare with your "
        "profile photos. The template is biometric data under PDPA section 26; we process it only with your explicit "
        "consent, keep it for 30 days, then delete it. You can verify by video call with a moderator instead.",
    ]


@T("fitness", hard="BIOMETRIC_DATA")
def neg_fingerprint_sdk_code_py(r: random.Random) -> list:
    return [
        ask(r, "Review this code for the gym turnstile and suggest error handling:\n```python\n", "ช่วยรีวิวโค้ดเครื่องสแกนนิ้วหน้าประตูยิมนี้ ว่าเก็บข้อมูลปลอดภัยพอไหม\n```python\n", "Add type hints and a docstring to this function:\n```python\n"),
        "def enroll(reader, member_id: str) -> bytes:\n",
        "    samples = [reader.capture(timeout_ms=5000) for _ in range(3)]\n",
        "    template = reader.merge(samples, fmt=\"ISO19794-2\")\n",
        "    if template.quality < 40:\n        raise LowQuality(template.quality)\n",
        "    vault.put(f\"fp/{member_id}\", encrypt(template.bytes))\n",
        "    return template.digest\n\n",
        f"MATCH_THRESHOLD = {r.choice(['0.82', '0.85'])}\nMAX_TEMPLATES_PER_MEMBER = 2\n```",
    ]


# ==============================================================================================
# Negatives: logs, exports and code with timestamps, ids and prices (no personal data)
# ==============================================================================================
@T("dating", neg=True)
def neg_swipe_event_log_json(r: random.Random) -> list:
    ev = []
    for _ in range(3):
        ev.append(f'{{"event": "{r.choice(["swipe_right", "swipe_left", "super_like", "match"])}", '
                  f'"uid_hash": "{hexid(r, 16)}", "ts": {epoch_ms(r)}, "ab_bucket": "{r.choice("ABC")}"}}\n')
    return ["Compute the match rate per A/B bucket from these events and explain any anomaly:\n", *ev]


@T("fitness", neg=True)
def neg_wearable_sync_log(r: random.Random) -> list:
    lines = []
    for _ in range(3):
        lines.append(f"{epoch_ms(r)} INFO sync device=watch-{hexid(r, 6)} steps={r.randint(800, 15000)} "
                     f"hr_samples={r.randint(100, 1440)} latency_ms={r.randint(40, 900)}\n")
    return ["Why does latency spike? Look at these sync worker logs:\n", *lines, "ERROR retry budget exhausted (429 from upstream)"]


@T("beauty", neg=True)
def neg_crm_aggregate_export_csv(r: random.Random) -> list:
    rows = "".join(f"{p},{r.randint(40, 900)},{r.randint(5, 60)},{epoch_ms(r)}\n"
                   for p in ["กรุงเทพฯ", "เชียงใหม่", "ภูเก็ต", "ขอนแก่น"])
    return ["สรุปเทรนด์ยอดจองคอร์สเลเซอร์ตามจังหวัดจากไฟล์นี้ 3 ประเด็น\nprovince,bookings,cancellations,snapshot_ms\n", rows]


@T("fitness", neg=True)
def neg_supplement_tracking_numbers_th(r: random.Random) -> list:
    rows = "".join(f"ORD{r.randint(10**8, 10**9 - 1)} | TH{r.randint(10**11, 10**12 - 1)}{r.choice('ABCDE')} | "
                   f"{r.choice(['เวย์โปรตีน 2 lb', 'ครีเอทีน 300 g', 'BCAA'])} | updated_at={epoch_ms(r)}\n" for _ in range(3))
    return ["พัสดุพวกนี้ค้างที่ศูนย์คัดแยกนานเกินไหม (SLA 3 วัน) ตอบเป็นตาราง\n", rows]


@T("religion", neg=True)
def neg_donation_webhook_payload(r: random.Random) -> list:
    return [
        "Our webhook handler rejects this payload. What's wrong with the schema?\n",
        '{"type": "charge.succeeded", "id": "chrg_', hexid(r, 14), '", "amount": ', str(r.randint(10, 500) * 100),
        ', "currency": "thb", "created": ', epoch_ms(r), ',\n "metadata": {"campaign": "kathin-2569", "fund": "building"},\n',
        ' "card": {"brand": "Visa", "last4": "', str(r.randint(1000, 9999)), '", "exp_year": 2029}, "livemode": false}',
    ]


@T("funeral", neg=True)
def neg_crematorium_slot_log(r: random.Random) -> list:
    lines = "".join(f"[slot] temple=WAT{r.randint(10, 99)} date=2026-0{r.randint(1, 9)}-{r.randint(10, 28)} "
                    f"time={r.choice(['15:00', '16:00', '17:00'])} booked_at={epoch_ms(r)} status={r.choice(['HELD', 'CONFIRMED'])}\n"
                    for _ in range(3))
    return ["Find double bookings in these crematorium slots:\n", lines]


@T("mental_health", neg=True)
def neg_mh_app_release_notes_en(r: random.Random) -> list:
    return [
        f"Rewrite these release notes for v{r.randint(3, 5)}.{r.randint(0, 9)}.0 in friendly language:\n",
        "- mood check-in reminders now respect Do Not Disturb\n- new breathing exercise: 4-7-8\n"
        "- fixed crash when exporting journal to PDF on Android 14\n- therapist chat shows typing indicator\n"
        "- crisis button now dials 1323 directly in Thailand",
    ]


@T("fitness", neg=True)
def neg_stripe_test_fixture_code(r: random.Random) -> list:
    return [
        "Why does this test fail intermittently?\n```python\n",
        "TEST_CARD = \"4242 4242 4242 4242\"  # Stripe test card, not a real card\n",
        f"PLAN_PRICE_SATANG = {r.choice([189000, 249000])}\n",
        "def test_monthly_renewal(client, freezer):\n",
        "    freezer.move_to(\"2026-01-31\")\n",
        "    sub = client.subscribe(card=TEST_CARD, plan=\"gym-monthly\")\n",
        "    freezer.move_to(\"2026-02-28\")\n",
        "    assert sub.next_charge_date == date(2026, 2, 28)\n```",
    ]


@T("fitness", neg=True)
def neg_nutrition_bot_system_prompt_en(r: random.Random) -> list:
    return [
        ask(r, "Improve this system prompt for our nutrition coaching bot:\n", "ปรับ system prompt ของบอทโค้ชโภชนาการนี้ให้รัดกุมขึ้น:\n", "Translate this system prompt into Thai, keep the {placeholders}:\n"),
        "You are NutriPal, a friendly coach. Greet the user by {first_name}. Never diagnose. If the user mentions "
        "diabetes, kidney disease, pregnancy or an eating disorder, recommend seeing a doctor or dietitian and keep "
        "advice general. Respect religious diets (halal, vegetarian, no beef). Portion sizes in Thai units "
        "(ทัพพี, ช้อนโต๊ะ). Daily calories: {target_kcal}.",
    ]


@T("beauty", neg=True)
def neg_consent_form_blank_th(r: random.Random) -> list:
    return [
        ask(r, "ตรวจแบบฟอร์มยินยอมเปล่านี้ว่าครบตาม PDPA ไหม (ยังไม่ได้กรอก)\n", "ช่วยแปลแบบฟอร์มยินยอม (ยังว่างอยู่) นี้เป็นภาษาอังกฤษ\n", "แบบฟอร์มเปล่านี้ควรเพิ่มช่องถอนความยินยอมตรงไหน\n"),
        "ข้าพเจ้า (ชื่อ-สกุล) ______________________ เลขประจำตัวประชาชน _ - _ _ _ _ - _ _ _ _ _ - _ _ - _\n",
        "วันเดือนปีเกิด ____/____/______ โทรศัพท์ ___-___-____\n",
        "ยินยอมให้คลินิกเก็บภาพใบหน้าก่อนและหลังทำหัตถการ [ ] ยินยอม [ ] ไม่ยินยอม\n",
        "ยินยอมให้ใช้ข้อมูลสุขภาพเพื่อการรักษา [ ] ยินยอม [ ] ไม่ยินยอม\nลงชื่อ ______________ วันที่ ________",
    ]


# ==============================================================================================
# Negatives: articles, copy, notices, statistics, public figures
# ==============================================================================================
@T("astrology", neg=True)
def neg_weekly_horoscope_th(r: random.Random) -> list:
    return [
        "เกลาคำทำนายรายสัปดาห์ให้กระชับ แต่ละราศีไม่เกิน 2 บรรทัด\n",
        "ราศีเมษ (13 เม.ย. - 14 พ.ค.): การงานมีผู้ใหญ่อุปถัมภ์ การเงินระวังรายจ่ายจุกจิก\n",
        "ราศีพฤษภ (15 พ.ค. - 14 มิ.ย.): ความรักคนโสดมีเกณฑ์พบคนถูกใจผ่านเพื่อน\n",
        "ราศีเมถุน (15 มิ.ย. - 16 ก.ค.): สุขภาพระวังเรื่องกระเพาะ นอนให้พอ\n",
        f"เลขนำโชคประจำสัปดาห์: {r.randint(10, 99)}, {r.randint(100, 999)}",
    ]


@T("astrology", neg=True)
def neg_lucky_colours_en(r: random.Random) -> list:
    return [
        "Turn this into an Instagram carousel script (7 slides):\n",
        "Lucky colours 2026 by day of birth - Sunday: red and green, avoid blue; Monday: yellow and cream; "
        "Tuesday: pink and purple; Wednesday: green and grey; Thursday: orange and gold; Friday: light blue; "
        f"Saturday: black and navy. Best wallet colour this year: {r.choice(['gold', 'deep green', 'red'])}.",
    ]


@T("astrology", neg=True)
def neg_auspicious_wedding_dates_th(r: random.Random) -> list:
    return [
        "จัดตารางฤกษ์แต่งงานปี 2569 ให้ลูกค้าเลือก เรียงตามเดือน\n",
        "ฤกษ์ดี: 14 ก.พ. 2569 เวลา 09:09 น., 9 พ.ค. 2569 เวลา 07:19 น., 6 มิ.ย. 2569 เวลา 10:29 น., "
        f"{r.choice(['9 ก.ย. 2569', '19 ต.ค. 2569'])} เวลา 08:59 น.\nหลีกเลี่ยงวันพระและวันที่ตรงกับวันเกิดคู่บ่าวสาว",
    ]


@T("beauty", neg=True)
def neg_promo_sms_th(r: random.Random) -> list:
    return [
        "ย่อ SMS โปรนี้ให้เหลือ 70 ตัวอักษร\n",
        f"GlowLab: โบท็อกซ์กราม 50 ยูนิต เหลือ {r.choice(['2,999', '3,499'])}.- ถึง 31 ธ.ค. ใช้โค้ด GLOW{r.randint(10, 99)} "
        "จองผ่าน LINE @glowlab หรือ glowlab.co.th/promo ยกเลิกรับข่าวสารพิมพ์ STOP ส่ง 4xxxxxx",
    ]


@T("beauty", neg=True)
def neg_influencer_rate_card_en(r: random.Random) -> list:
    return [
        ask(r, "Build a simple rate table from this agency note:\n", "สรุปเรทอินฟลูเอนเซอร์จากโน้ตเอเจนซี่นี้เป็นตาราง:\n", "Estimate a campaign budget for 5 micro + 1 macro influencers from this note:\n"),
        f"Nano (10-50K followers): 3,000-8,000 THB per post. Micro (50-250K): 10,000-40,000. Macro (250K-1M): "
        f"50,000-150,000. Mega (1M+): from {r.choice(['300,000', '400,000'])}. Stories are 40% of post price; usage rights "
        "+20% per month. Lisa of BLACKPINK and Baifern Pimchanok are the most-cited Thai celebrity beauty endorsers this year.",
    ]


@T("beauty", neg=True)
def neg_review_reply_template_en(r: random.Random) -> list:
    return [
        ask(r, "Improve this reusable reply template for negative clinic reviews:\n", "ช่วยปรับเทมเพลตตอบรีวิวนี้ให้เป็นภาษาไทยด้วย คง {placeholder} ไว้:\n", "Make this reply template shorter (under 50 words):\n"),
        "Dear {customer_name}, thank you for sharing your experience at our {branch} branch. We're sorry the result "
        "did not meet your expectations. Please message us privately at support@glowlab.co.th or LINE @glowlab with "
        "your booking code so our doctor can review your case. - {staff_signature}",
    ]


@T("funeral", neg=True)
def neg_funeral_package_price_th(r: random.Random) -> list:
    return [
        "ทำตารางเปรียบเทียบแพ็กเกจงานศพจากรายการนี้\n",
        f"แพ็กเกจ A สวด 3 คืน โลงลายไทย ดอกไม้หน้าศพ {r.choice(['39,000', '45,000'])} บาท\n",
        "แพ็กเกจ B สวด 5 คืน รวมอาหารว่าง 100 ชุด/คืน 89,000 บาท\n",
        "แพ็กเกจ C สวด 7 คืน พร้อมหนังสืออนุสรณ์ 300 เล่ม 159,000 บาท\n",
        "ทุกแพ็กเกจรวมรถรับศพในกรุงเทพฯ และค่าฌาปนกิจ",
    ]


@T("religion", neg=True)
def neg_kathin_schedule_notice_th(r: random.Random) -> list:
    return [
        ask(r, "เรียบเรียงกำหนดการทอดกฐินให้เป็นโปสเตอร์ 1 หน้า\n", "แปลกำหนดการทอดกฐินนี้เป็นภาษาอังกฤษสำหรับชาวต่างชาติที่มาร่วมงาน\n", "เขียนข้อความเชิญชวนทางไลน์กลุ่มจากกำหนดการนี้\n"),
        f"วันเสาร์ที่ {r.choice(['1', '8', '15'])} พฤศจิกายน 2568\n07:00 ตั้งองค์กฐิน\n09:00 แห่องค์กฐินรอบอุโบสถ\n"
        "10:30 พิธีถวายผ้ากฐิน\n11:00 ถวายภัตตาหารเพล\nร่วมทำบุญผ่านตู้รับบริจาคหน้าอุโบสถ หรือสแกน QR ที่จุดลงทะเบียน",
    ]


@T("religion", neg=True)
def neg_religious_books_isbn_th(r: random.Random) -> list:
    return [
        "จัดรายการหนังสือธรรมะสำหรับร้านค้าวัด เรียงตามราคา\n",
        f"1. พุทธธรรม ฉบับปรับขยาย ISBN 978-974-{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(0, 9)} ราคา 450 บาท\n",
        f"2. คู่มือมนุษย์ ISBN 978-616-{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(0, 9)} ราคา 120 บาท\n",
        "3. อัลกุรอานแปลไทย ราคา 350 บาท\n4. พระคัมภีร์ฉบับมาตรฐาน ราคา 280 บาท",
    ]


@T("fertility", neg=True)
def neg_embryologist_job_ad_th(r: random.Random) -> list:
    return [
        ask(r, "ปรับประกาศรับสมัครงานนี้ให้น่าสนใจ ลงใน JobsDB\n", "แปลประกาศรับสมัครงานนี้เป็นภาษาอังกฤษ ลง LinkedIn\n", "เขียนคำถามสัมภาษณ์ 5 ข้อสำหรับตำแหน่งในประกาศนี้\n"),
        "ศูนย์รักษาผู้มีบุตรยากเปิดรับนักวิทยาศาสตร์ตัวอ่อน (Embryologist) 2 ตำแหน่ง ประสบการณ์ ICSI อย่างน้อย 2 ปี "
        f"เงินเดือน {r.choice(['45,000-70,000', '50,000-80,000'])} บาท ส่งประวัติที่ hr@ivfcenter.co.th หรือ recruit@ivfcenter.co.th",
    ]


@T("fertility", neg=True)
def neg_public_figure_birth_news_en(r: random.Random) -> list:
    return [
        ask(r, "Write a 3-sentence news brief for our parenting app's 'In the news' section:\n", "เขียนข่าวสั้น 3 ประโยคสำหรับส่วน 'ข่าวน่ารู้' ในแอปเลี้ยงลูก จากข้อมูลนี้:\n", "Suggest a discussion question for our parents' forum based on this:\n"),
        "Paetongtarn Shinawatra gave birth to her second child in May 2023, two weeks after campaigning in the general "
        "election, and returned to the campaign soon after. Her case sparked debate on maternity leave for "
        "politicians. Thailand's total fertility rate fell to about 1.0 in 2024.",
    ]


@T("rehab", neg=True)
def neg_oncb_treatment_stats_th(r: random.Random) -> list:
    return [
        "สร้างกราฟแท่งจากข้อมูลนี้ และเขียนคำบรรยายใต้ภาพ\n",
        f"ผู้เข้ารับการบำบัดยาเสพติด ปีงบประมาณ 2567: ยาบ้า {r.randint(60, 75)}%, ไอซ์ 11%, กัญชา 6%, "
        "เฮโรอีน 3%, อื่นๆ ที่เหลือ รวมทั้งสิ้นประมาณ 180,000 ราย ที่มา: ระบบ บสต. (ข้อมูลรวม ไม่ระบุตัวบุคคล)",
    ]


@T("beauty", neg=True)
def neg_cosmetic_market_stats_en(r: random.Random) -> list:
    return [
        "Summarise this market snapshot for the board deck (4 bullets):\n",
        f"Thailand's aesthetic-medicine market reached about {r.choice(['35', '38', '41'])} billion THB in 2024. Most popular "
        "procedures: botulinum toxin, fillers, blepharoplasty, rhinoplasty and liposuction. Medical tourists, mainly "
        "from China, the Middle East and Australia, account for ~30% of surgical revenue. Growth forecast: 8-10% CAGR.",
    ]


@T("dating", neg=True)
def neg_speed_dating_event_th(r: random.Random) -> list:
    return [
        "ร่างโพสต์ชวนงาน speed dating ให้ดูสนุก ไม่เลี่ยน\n",
        f"งาน Single Night ครั้งที่ {r.randint(10, 40)} วันเสาร์ 20 ธ.ค. 19:00 ที่รูฟท็อปย่านอารีย์ อายุ 28-40 ปี "
        "ชาย 20 หญิง 20 ค่าบัตร 1,290 บาท รวมเครื่องดื่ม 2 แก้ว สอบถาม info@singlenight.co.th",
    ]


@T("dating", neg=True)
def neg_dating_safety_tips_th(r: random.Random) -> list:
    return [
        ask(r, "ทำอินโฟกราฟิก 'นัดเดตครั้งแรกให้ปลอดภัย' 6 ข้อ\n", "เขียนโพสต์เพจแอปหาคู่เรื่องความปลอดภัยจากเนื้อหานี้ ไม่เกิน 100 คำ\n", "แปลทิปส์ความปลอดภัยนี้เป็นภาษาอังกฤษสำหรับผู้ใช้ต่างชาติ\n"),
        "นัดในที่สาธารณะ บอกเพื่อนว่าไปไหนกับใคร เดินทางเอง อย่าโอนเงินให้คนที่ยังไม่เคยเจอ "
        "ระวังคนที่รีบขอย้ายไปคุยแอปอื่น ถ้าถูกคุกคามแจ้งในแอปหรือโทร 191",
    ]


@T("fitness", neg=True)
def neg_class_schedule_en(r: random.Random) -> list:
    return [
        ask(r, "Format this week's class timetable as a table:\n", "ทำตารางคลาสสัปดาห์นี้เป็นภาพโพสต์ (ข้อความภาษาอังกฤษคงเดิม):\n", "Write a short Instagram caption promoting this week's classes:\n"),
        "Mon 07:00 HIIT (45 min), 18:30 Spin; Tue 12:15 Pilates, 19:00 Muay Thai; Wed 07:00 Yoga Flow; "
        f"Thu 18:30 Body Pump; Sat 09:00 Run Club {r.choice(['5K', '10K'])} from Benjakitti Park gate 3. Max 20 per class.",
    ]


# ----------------------------------------------------------------------------------------------
# Build, check, write
# ----------------------------------------------------------------------------------------------
def build_rows() -> list[dict]:
    rows: list[dict] = []
    for t in TEMPLATES:
        for i in range(PROMPTS_PER_TEMPLATE):
            r = Rng(f"{SEED}:{t.name}:{i}")
            r.variant = i
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
        row["id"] = f"f29-{n:04d}"
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
    texts = [r["text"] for r in rows]
    if len(set(texts)) != len(texts):
        problems.append("duplicate prompt texts")
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
        english = sum(not re.search(r"[\u0e00-\u0e7f]", r["text"]) for r in rows)
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={sum(r['negative'] for r in rows)} "
              f"english_only={english} ({english / len(rows):.0%})")
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
            print(f"{args.out} is stale: rerun bench/make_freshset29.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
