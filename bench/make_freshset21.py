"""Twenty-first blind held-out set for pdpa-guard: bench/freshset21.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md and the interface of tests/test_freshsets.py only. Emphasis: the public sector and legal work
(district offices and civil registration, land offices, social security, the Revenue Department,
police, courts and lawyers, immigration and work permits of migrant workers from Myanmar, Cambodia and
Laos, NGOs and legal aid, debt collection), as formal Thai letters, OCR'd scans with noise, judgments,
affidavits, forms, logs, chats and English summaries for foreign lawyers. Negatives are laws and
regulations, announcements, statistics, news about public figures, procedure guides, blank forms, fee
tables and holiday notices from the same offices.

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file (Faker is never used).

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, Mr,
Dr, ...; the Burmese honorifics U/Daw/Ko/Ma are written outside the span too); ADDRESS is one span from
the house number to the postcode (or province); DATE_OF_BIRTH is the date only; cued numbers (HN,
student ID, account ...) are the number only; a plate includes the province written right after it;
s.26 spans are the shortest phrase disclosing the fact about the person. Nationality alone is not
ETHNICITY (an ethnic group is). Role mailboxes (saraban@, info@, hr@ ...) and office hotlines are not
personal data and are left unlabelled. Public figures in news are not labelled. Passport numbers of
any country held by a person are TH_PASSPORT.

    python bench/make_freshset21.py            # (re)write bench/freshset21.jsonl
    python bench/make_freshset21.py --check    # exit 1 unless the file matches what this script writes
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

OUT = Path(__file__).resolve().parent / "freshset21.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset21"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_GIVEN_M = [
    "สมศักดิ์", "ประยูร", "วีรยุทธ", "ธนวัฒน์", "สุรศักดิ์", "อดิศร", "เกรียงไกร", "บุญส่ง", "ชาญวิทย์", "พิชิต",
    "ณรงค์ฤทธิ์", "สมบัติ", "ทองดี", "อำนาจ", "ไพศาล", "จักรพันธ์", "ปฐมพงศ์", "วิชัย", "เฉลิมชัย", "สุทิน",
    "คมสัน", "อนันต์", "ภูมิพัฒน์", "ธีระวัฒน์", "ยงยุทธ", "ศักดิ์ดา", "มานพ", "รังสรรค์", "ชูชาติ", "นิพนธ์",
]
TH_GIVEN_F = [
    "สุภาพร", "มาลัย", "วรรณา", "กัลยา", "ศิริพร", "จุฑามาศ", "ละเอียด", "บุษบา", "นงลักษณ์", "พัชรินทร์",
    "เยาวลักษณ์", "ธิดารัตน์", "อรวรรณ", "สมพิศ", "ประไพ", "รุ่งนภา", "ชุติมา", "ดารุณี", "สุนทรี", "เพ็ญศรี",
    "วาสนา", "อัมพร", "ขนิษฐา", "ปราณี", "ทองม้วน", "จินตนา", "กนกวรรณ", "ฐิติมา", "นฤมล", "ลัดดาวัลย์",
]
TH_SUR = [
    "ศรีสุวรรณ", "แก้วประเสริฐ", "ทองคำ", "บุญมาก", "จันทร์หอม", "พรหมวงศ์", "สุขเจริญ", "วงศ์ใหญ่", "อินทร์แก้ว",
    "ชัยมงคล", "เพชรรัตน์", "สมบูรณ์ชัย", "ปัญญาดี", "รัตนพันธ์", "ศักดิ์สิทธิ์", "มีสุข", "ทรัพย์มาก", "คงเจริญ",
    "อุ่นเรือน", "พึ่งบุญ", "แสงทอง", "ภู่ระหงษ์", "ไชยวงศ์", "นาคสวัสดิ์", "บัวหลวง", "เทพสุริยา", "กิตติวงศ์",
    "โพธิ์ศรี", "หอมจันทร์", "ดวงแก้ว", "สายบุญ", "ลิ้มสกุล", "เจริญผล", "ศรีวิไล", "ทองประเสริฐ", "มณีวงศ์",
    "ปิ่นทอง", "สิทธิโชค", "อ่อนละมัย", "คำแสน",
]
MUSLIM_TH_M = ["อับดุลเลาะ สาแม", "ฮาซัน ยูโซ๊ะ", "มูหะมัด ดอเลาะ", "อิสมาแอ ตาเยะ", "ซอและ เจ๊ะแว"]
MUSLIM_TH_F = ["นูรีซัน มะแซ", "รอซีดะ เจ๊ะมะ", "ซูไฮลา หะยีเจ๊ะ", "ฟาตีมะห์ อาแว", "แวนอรี มะลี"]
MUSLIM_TH = MUSLIM_TH_M + MUSLIM_TH_F
ROMAN_M = [("Somsak", "Srisuwan"), ("Thanawat", "Thongkham"), ("Pichit", "Chanhom"), ("Adisorn", "Sukcharoen"),
           ("Narongrit", "Inkaew"), ("Wichai", "Petcharat"), ("Kriangkrai", "Rattanapan"), ("Chalermchai", "Sangthong")]
ROMAN_F = [("Wanna", "Kaewprasert"), ("Supaporn", "Boonmak"), ("Kanlaya", "Promwong"), ("Jutamas", "Wongyai"),
           ("Pattarin", "Chaimongkol"), ("Nongluck", "Panyadee"), ("Darunee", "Meesuk"), ("Thidarat", "Kongcharoen")]
ROMAN_TH = ROMAN_M + ROMAN_F
# Migrant workers: (romanised, Thai script) pairs
MYANMAR = [
    ("Aung Ko Ko", "อ่อง โก โก"), ("Thandar Win", "ตานดา วิน"), ("Kyaw Min Htet", "จ่อ มิน เท็ต"),
    ("Nilar Aye", "นีลา เอ"), ("Zaw Lin Tun", "ซอ ลิน ทุน"), ("Hnin Wai Phyo", "หนิ่น ไว พโย"),
    ("Myo Thu Aung", "เมียว ตู อ่อง"), ("Su Myat Noe", "ซู เมียต โน"), ("Tun Tun Naing", "ทุน ทุน หน่าย"),
    ("Khin Mar Cho", "ขิ่น มา โช"), ("Min Khant Zaw", "มิน คั่น ซอ"), ("Ei Ei Phyu", "เอ เอ พยู"),
    ("Sai Lon Kham", "จาย หลอน คำ"), ("Paw Htoo Say", "พอ ทู เซ"),
]
MYANMAR_F = {"Thandar Win", "Nilar Aye", "Hnin Wai Phyo", "Su Myat Noe", "Khin Mar Cho", "Ei Ei Phyu", "Paw Htoo Say"}
CAMBODIA = [
    ("Ouk Samnang", "อุก สัมนาง"), ("Chan Bopha", "จัน โบพา"), ("Touch Sovann", "ทุจ โสวัน"),
    ("Lim Kunthea", "ลิม กุนเทีย"), ("Prak Visal", "ปรัก วิสาล"), ("Ros Sreyleak", "รส สเรยเลียก"),
    ("Yim Phalla", "ยิม พัลลา"), ("Chum Rithy", "ชุม ริทธี"), ("San Piseth", "สาน พิเสฐ"),
]
CAMBODIA_F = {"Chan Bopha", "Lim Kunthea", "Ros Sreyleak", "Yim Phalla"}
LAOS = [
    ("Khamphet Sisouk", "คำเพชร สีสุข"), ("Somphone Luangrath", "สมพอน หลวงราด"),
    ("Thongsavanh Chanthala", "ทองสะหวัน จันทะลา"), ("Souliya Sengdara", "สุลิยา แสงดารา"),
    ("Phetsamone Douangchak", "เพชรสมร ดวงจักร"), ("Bouasone Xayavong", "บัวสอน ไซยะวง"),
    ("Manivone Sibounheuang", "มะนีวอน สีบุญเหือง"),
]
LAOS_F = {"Souliya Sengdara", "Phetsamone Douangchak", "Bouasone Xayavong", "Manivone Sibounheuang"}
WESTERN_M = ["Markus Feldmann", "David O'Brien", "Henrik Sorensen", "Kenji Morimoto", "Robert Hughes", "Daniel Ferreira",
             "Lucas van Dijk", "Rajesh Nair", "Gareth Llewellyn", "Patrick Doyle", "Min-jun Park"]
WESTERN_F = ["Claire Whitmore", "Anna Petrova", "Sophie Laurent", "Emily Carter", "Ingrid Halvorsen"]
WESTERN = WESTERN_M + WESTERN_F
NICK = ["ต้น", "แอน", "บอย", "ปุ๊", "เอ๋", "ต่าย", "โอ๊ต", "นุ่น", "จ๋า", "หนุ่ย", "เก่ง", "อ้อม"]


def thn(r: random.Random, female: bool | None = None) -> str:
    """A Thai full name: given name + surname."""
    if female is None:
        female = r.random() < 0.5
    return f"{r.choice(TH_GIVEN_F if female else TH_GIVEN_M)} {r.choice(TH_SUR)}"


def tname(r: random.Random) -> tuple[str, str]:
    """(title, name) with a title that agrees with the name's sex."""
    female = r.random() < 0.5
    name = thn(r, female)
    title = r.choice(["นาง", "นางสาว", "น.ส."]) if female else "นาย"
    return title, name


def rom(r: random.Random, female: bool | None = None) -> str:
    pool = ROMAN_TH if female is None else (ROMAN_F if female else ROMAN_M)
    g, s = r.choice(pool)
    return f"{g} {s}"


def migrant(r: random.Random, country: str | None = None, female: bool | None = None) -> tuple[str, str, str]:
    """(romanised, Thai script, country code) of a migrant worker."""
    country = country or r.choice(["mm", "mm", "kh", "la"])
    pool = {"mm": MYANMAR, "kh": CAMBODIA, "la": LAOS}[country]
    women = {"mm": MYANMAR_F, "kh": CAMBODIA_F, "la": LAOS_F}[country]
    if female is not None:
        pool = [p for p in pool if (p[0] in women) == female]
    en, th = r.choice(pool)
    return en, th, country


def two(r: random.Random, pool: list) -> tuple:
    a, b = r.sample(pool, 2)
    return a, b


def two_th(r: random.Random) -> tuple[str, str]:
    while True:
        a, b = thn(r), thn(r)
        if a.split()[0] != b.split()[0] and a.split()[1] != b.split()[1]:
            return a, b


# ----------------------------------------------------------------------------------------------
# Fabricated values
# ----------------------------------------------------------------------------------------------
def _pin_digits(r: random.Random, first: str | None = None) -> str:
    body = (first or r.choice("111112333345")) + "".join(str(r.randint(0, 9)) for _ in range(11))
    return body + pin.calc_check_digit(body)


def fmt_pin(d: str, style: str) -> str:
    if style == "plain":
        return d
    sep = "-" if style == "dash" else " "
    return sep.join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def nid(r: random.Random, style: str | None = None, first: str | None = None) -> str:
    d = _pin_digits(r, first)
    return fmt_pin(d, style or r.choice(["dash", "plain", "space", "dash", "plain", "dash"]))


def juristic(r: random.Random, style: str | None = None) -> str:
    body = "0" + r.choice(["105", "107", "115", "745", "635", "205", "835"]) + r.choice("56") + "".join(
        str(r.randint(0, 9)) for _ in range(7))
    body = body[:12]
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


def card(r: random.Random, style: str | None = None) -> str:
    prefix = r.choice(["4", "4", "5", "5", "3530", "2223"])
    if prefix == "5":
        prefix = "5" + str(r.randint(1, 5))
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(15 - len(prefix)))
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
        d = "0" + r.choice(["6", "8", "9", "8", "9"]) + "".join(str(r.randint(0, 9)) for _ in range(8))
        s = style or r.choice(["dash", "plain", "space", "intl", "dash", "dash2", "plain"])
        n = d[1:]
        v = {
            "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}",
            "dash2": f"{d[:2]}-{d[2:6]}-{d[6:]}",
            "plain": d,
            "space": f"{d[:3]} {d[3:6]} {d[6:]}",
            "intl": f"+66 {n[:2]} {n[2:5]} {n[5:]}",
            "intl_plain": f"+66{n}",
        }[s]
        if _valid_phone(v):
            return v


def landline(r: random.Random) -> str:
    while True:
        area = r.choice(["02", "053", "043", "074", "038", "055", "034", "073"])
        rest = "".join(str(r.randint(0, 9)) for _ in range(9 - len(area)))
        if area == "02":
            rest = str(r.randint(2, 9)) + rest[1:]
            v = f"02-{rest[:3]}-{rest[3:]}"
        else:
            v = f"{area}-{rest[:3]}-{rest[3:]}"
        if _valid_phone(v):
            return v


def foreign_phone(r: random.Random, country: str) -> str:
    while True:
        if country == "mm":
            v = r.choice([f"+95 9 {r.randint(250, 799)} {r.randint(100, 999)} {r.randint(100, 999)}",
                          f"+959{r.randint(250000000, 799999999)}"])
        elif country == "kh":
            v = f"+855 {r.choice(['12', '17', '96', '97', '88'])} {r.randint(100, 999)} {r.randint(100, 999)}"
        else:
            v = f"+856 20 {r.randint(5000, 9999)} {r.randint(1000, 9999)}"
        if _valid_phone(v):
            return v


EMAIL_FREE = ["gmail.com", "hotmail.com", "outlook.co.th", "yahoo.com", "icloud.com", "hotmail.co.th"]


def email(r: random.Random, person: str | None = None, domain: str | None = None) -> str:
    if person and re.fullmatch(r"[A-Za-z' -]+", person):
        parts = person.replace("'", "").replace("-", "").lower().split()
        g, s = parts[0], parts[-1]
    else:
        g, s = (x.lower() for x in r.choice(ROMAN_TH))
    local = r.choice([f"{g}.{s}", f"{g}.{s[0]}", f"{g}{r.randint(70, 99)}", f"{g}_{s[:3]}", f"{s}.{g}",
                      f"{g[:4]}{s[:2]}{r.randint(1, 999)}"])
    return f"{local}@{domain or r.choice(EMAIL_FREE)}"


def ipv4(r: random.Random) -> str:
    while True:
        v = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
        if v.is_global:
            return str(v)


def ipv6(r: random.Random) -> str:
    return f"2001:fb1:{r.randint(0x10, 0xfff):x}:{r.randint(0x100, 0xffff):x}::{r.randint(1, 0xfff):x}"


def passport(r: random.Random, kind: str = "th") -> str:
    digits = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    if kind == "th":
        return r.choice(["AA", "AB", "AC", "AD", "A"]) + digits(7)
    if kind == "mm":
        return r.choice(["MA", "MB", "MC", "MD", "ME"]) + digits(6)
    if kind == "kh":
        return r.choice(["N", "NO"]) + digits(7)
    if kind == "la":
        return r.choice(["P", "PA"]) + digits(7)
    return r.choice(["C", "K", "GB", "PE", "TR"]) + digits(7)


BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา", "ทหารไทยธนชาต", "ออมสิน", "ธ.ก.ส."]
BANKS_EN = ["Kasikornbank", "SCB", "Bangkok Bank", "Krungthai", "Krungsri", "ttb", "GSB", "BAAC"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(10))
    style = style or r.choice(["dash", "plain", "dash", "twelve"])
    if style == "plain":
        return d
    if style == "twelve":
        d12 = "0" + "".join(str(r.randint(0, 9)) for _ in range(11))
        return r.choice([d12, f"{d12[:4]}-{d12[4:8]}-{d12[8:]}"])
    return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"


PLATE_LETTERS = ["กข", "ฆฆ", "ขง", "กธ", "งษ", "ชล", "บม", "ผท", "1กก", "2ขค", "3กฮ", "9กพ", "ญญ", "พล", "ถม", "4กร"]
PROVINCES = ["กรุงเทพมหานคร", "เชียงใหม่", "ชลบุรี", "ขอนแก่น", "สมุทรสาคร", "ตาก", "นนทบุรี", "สงขลา",
             "ปทุมธานี", "ระยอง", "อุดรธานี", "นครราชสีมา", "ยะลา", "สระแก้ว"]


def plate(r: random.Random, province: str | None = None) -> str:
    letters = r.choice(PLATE_LETTERS)
    num = str(r.randint(1, 9999))
    sep = r.choice([" ", " ", "-", ""]) if letters[0].isdigit() else r.choice([" ", " ", "-"])
    return f"{letters}{sep}{num} {province or r.choice(PROVINCES)}"


AREAS = [
    ("บ้านใหม่", "ปากเกร็ด", "นนทบุรี", "11120"), ("หนองปรือ", "บางละมุง", "ชลบุรี", "20150"),
    ("ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000"), ("สุเทพ", "เมืองเชียงใหม่", "เชียงใหม่", "50200"),
    ("แม่สอด", "แม่สอด", "ตาก", "63110"), ("มหาชัย", "เมืองสมุทรสาคร", "สมุทรสาคร", "74000"),
    ("ท่าฉลอม", "เมืองสมุทรสาคร", "สมุทรสาคร", "74000"), ("คลองหนึ่ง", "คลองหลวง", "ปทุมธานี", "12120"),
    ("สะเตง", "เมืองยะลา", "ยะลา", "95000"), ("บางนาค", "เมืองนราธิวาส", "นราธิวาส", "96000"),
    ("หาดใหญ่", "หาดใหญ่", "สงขลา", "90110"), ("ตลาด", "เมืองมหาสารคาม", "มหาสารคาม", "44000"),
    ("เวียง", "เชียงของ", "เชียงราย", "57140"), ("ท่าข้าม", "พุนพิน", "สุราษฎร์ธานี", "84130"),
    ("อรัญประเทศ", "อรัญประเทศ", "สระแก้ว", "27120"), ("ในเมือง", "เมืองหนองคาย", "หนองคาย", "43000"),
    ("บางปลา", "บางพลี", "สมุทรปราการ", "10540"), ("กะทู้", "กะทู้", "ภูเก็ต", "83120"),
    ("บางรักพัฒนา", "บางบัวทอง", "นนทบุรี", "11110"), ("มาบตาพุด", "เมืองระยอง", "ระยอง", "21150"),
]
BKK = [("ลาดยาว", "จตุจักร", "10900"), ("ห้วยขวาง", "ห้วยขวาง", "10310"), ("บางนาใต้", "บางนา", "10260"),
       ("คลองตันเหนือ", "วัฒนา", "10110"), ("บางซื่อ", "บางซื่อ", "10800"), ("ทุ่งสองห้อง", "หลักสี่", "10210"),
       ("บางขุนเทียน", "จอมทอง", "10150"), ("มีนบุรี", "มีนบุรี", "10510"), ("ดินแดง", "ดินแดง", "10400")]
SOI = ["ซอยงามวงศ์วาน 23", "ซอยพหลโยธิน 48", "ซอยสุขุมวิท 71", "ถนนรามอินทรา", "ซอยลาดพร้าว 101",
       "ซอยประชาราษฎร์บำเพ็ญ 12", "ถนนเพชรบุรีตัดใหม่", "ซอยวิภาวดีรังสิต 60", "ถนนกาญจนาภิเษก"]
AREAS_EN = [("Nong Prue", "Bang Lamung", "Chon Buri", "20150"), ("Mae Sot", "Mae Sot", "Tak", "63110"),
            ("Mahachai", "Mueang Samut Sakhon", "Samut Sakhon", "74000"),
            ("Suthep", "Mueang Chiang Mai", "Chiang Mai", "50200"),
            ("Bang Pla", "Bang Phli", "Samut Prakan", "10540"), ("Kathu", "Kathu", "Phuket", "83120"),
            ("Khlong Nueng", "Khlong Luang", "Pathum Thani", "12120"), ("Hat Yai", "Hat Yai", "Songkhla", "90110")]
BKK_EN = [("Lat Yao", "Chatuchak", "10900"), ("Khlong Toei Nuea", "Watthana", "10110"),
          ("Bang Na Tai", "Bang Na", "10260"), ("Huai Khwang", "Huai Khwang", "10310"),
          ("Din Daeng", "Din Daeng", "10400")]
SOI_EN = ["Soi Sukhumvit 39", "Soi Phahonyothin 32", "Ratchadaphisek Road", "Soi Ari 4", "Soi Ramkhamhaeng 24"]
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def house(r: random.Random) -> str:
    return r.choice([f"{r.randint(1, 399)}/{r.randint(1, 99)}", str(r.randint(3, 999)), f"{r.randint(10, 199)}/{r.randint(1, 9)}"])


def addr(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["full", "abbr", "bkk", "abbr", "bkk_abbr"])
    if style in ("bkk", "bkk_abbr"):
        k, kh, pc = r.choice(BKK)
        soi = r.choice(SOI)
        if style == "bkk":
            return f"{house(r)} {soi} แขวง{k} เขต{kh} กรุงเทพมหานคร {pc}"
        return f"{house(r)} {soi} แขวง{k} เขต{kh} กทม. {pc}"
    t, a, p, pc = r.choice(AREAS)
    m = r.randint(1, 14)
    if style == "full":
        return f"{house(r)} หมู่ที่ {m} ตำบล{t} อำเภอ{a} จังหวัด{p} {pc}"
    if style == "thai_digits":
        return f"{house(r)} หมู่ที่ {m} ตำบล{t} อำเภอ{a} จังหวัด{p} {pc}".translate(THAI_DIGITS)
    if style == "noprov_pc":
        return f"{house(r)} ม.{m} ต.{t} อ.{a} จ.{p}"
    return f"{house(r)} ม.{m} ต.{t} อ.{a} จ.{p} {pc}"


def addr_en(r: random.Random) -> str:
    if r.random() < 0.4:
        k, kh, pc = r.choice(BKK_EN)
        return f"{r.randint(5, 399)}/{r.randint(1, 80)} {r.choice(SOI_EN)}, {k}, {kh}, Bangkok {pc}"
    t, a, p, pc = r.choice(AREAS_EN)
    return f"{r.randint(3, 299)}/{r.randint(1, 40)} Moo {r.randint(1, 12)}, Tambon {t}, Amphoe {a}, {p} {pc}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def dob(r: random.Random, style: str | None = None, lo: int = 1960, hi: int = 2004) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["th_long", "th_short", "slash_be", "iso", "en", "th_long"])
    if style == "th_long":
        return f"{d} {TH_MONTHS[m - 1]} {y + 543}"
    if style == "th_short":
        return f"{d} {TH_MON[m - 1]} {y + 543}"
    if style == "th_digits":
        return f"{d} {TH_MONTHS[m - 1]} {y + 543}".translate(THAI_DIGITS)
    if style == "slash_be":
        return f"{d:02d}/{m:02d}/{y + 543}"
    if style == "slash_ce":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d} {EN_MON[m - 1]} {y}"


def when_th(r: random.Random, year_be: int = 2568) -> str:
    """A Thai date that is NOT a date of birth (hearing, filing, incident)."""
    return f"{r.randint(1, 28)} {r.choice(TH_MONTHS)} {year_be}"


def when_en(r: random.Random) -> str:
    return f"{r.randint(1, 28)} {r.choice(EN_MON)} 2025"


def student_id(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["uni", "uni_dash", "gcode", "school"])
    if style == "uni":
        return f"{r.randint(58, 67)}{r.randint(10000000, 99999999)}"
    if style == "uni_dash":
        return f"{r.randint(58, 67)}{r.randint(10, 99)}-{r.randint(100000, 999999)}"
    if style == "gcode":
        return "G" + "".join(str(r.randint(0, 9)) for _ in range(12))
    return f"{r.randint(10000, 99999)}"


def hn(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["yy", "plain", "slash"])
    if style == "yy":
        return f"{r.randint(55, 68)}-{r.randint(10000, 999999)}"
    if style == "plain":
        return str(r.randint(1000000, 99999999))
    return f"{r.randint(10000, 999999)}/{r.randint(60, 68)}"


def line_id(r: random.Random, base: str | None = None) -> str:
    base = base or r.choice(["noi", "jeab", "tukta", "ploy", "boy", "lek", "kob", "kung", "mod", "pu"])
    return r.choice([f"{base}.{r.randint(1, 99)}", f"{base}_{r.randint(2520, 2549)}", f"{base}{r.randint(100, 999)}",
                     f"{base}.law", f"{base}-{r.choice(['bkk', 'cm', 'kk', 'ss'])}"])


def amount(r: random.Random, lo: int = 500, hi: int = 900000) -> str:
    return f"{r.randint(lo, hi):,}"


def case_no(r: random.Random, kind: str = "อ.") -> str:
    return f"{kind}{r.randint(100, 4999)}/{r.randint(2565, 2568)}"


def hexs(r: random.Random, n: int = 16) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def b64(r: random.Random, n: int = 44) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(r.choice(alphabet) for _ in range(n)) + "=="


def face_vec(r: random.Random, n: int = 8) -> str:
    return "[" + ", ".join(f"{r.uniform(-0.3, 0.3):.4f}" for _ in range(n)) + ", ...]"


def ts(r: random.Random, day: int | None = None, month: int | None = None) -> str:
    return (f"2025-{month or r.randint(1, 12):02d}-{day or r.randint(1, 28):02d}T"
            f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}+07:00")


def ems(r: random.Random) -> str:
    return f"{r.choice(['EB', 'EF', 'RL', 'EK'])}{r.randint(100000000, 999999999)}TH"


def noisy(r: random.Random, s: str, rate: float = 0.05) -> str:
    """OCR-style noise for plain (unlabelled) text: stray characters and broken spacing."""
    out = []
    for ch in s:
        out.append(ch)
        if ch == " " and r.random() < rate:
            out.append(r.choice(["|", ".", "'", " ", "_", "l"]))
    return "".join(out)


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
        return not re.search(r"\d|^(นาย|นาง|น\.ส\.|คุณ|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) ", span)
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


def H(v: str) -> tuple[str, str]:
    return ("HEALTH_DATA", v)


def CR(v: str) -> tuple[str, str]:
    return ("CRIMINAL_RECORD", v)


def NID(r: random.Random, style: str | None = None, first: str | None = None) -> tuple[str, str]:
    return ("TH_NATIONAL_ID", nid(r, style, first))


def PH(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("PHONE_NUMBER", mobile(r, style))


def AD(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("ADDRESS", addr(r, style))


def DOB(r: random.Random, style: str | None = None, lo: int = 1960, hi: int = 2004) -> tuple[str, str]:
    return ("DATE_OF_BIRTH", dob(r, style, lo, hi))


def PP(r: random.Random, kind: str = "th") -> tuple[str, str]:
    return ("TH_PASSPORT", passport(r, kind))


def JID(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("TH_JURISTIC_ID", juristic(r, style))


def ACC(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("TH_BANK_ACCOUNT", bank_acct(r, style))


COMPANIES = ["บริษัท สยามซีฟู้ดแพ็ค จำกัด", "บริษัท มหาชัยโฟรเซ่นฟู้ด จำกัด", "ห้างหุ้นส่วนจำกัด ทรัพย์ทวีก่อสร้าง",
             "บริษัท แม่สอดการ์เมนต์ จำกัด", "บริษัท เอเชียติดตามหนี้สิน จำกัด", "บริษัท ไทยรุ่งเรืองพลาสติก จำกัด",
             "บริษัท ชลบุรีฟาร์มสุกร จำกัด", "บริษัท นิติธรรมแอนด์พาร์ทเนอร์ส จำกัด"]
COMPANIES_EN = ["Siam Seafood Pack Co., Ltd.", "Mae Sot Garment Co., Ltd.", "Chonburi Pig Farm Co., Ltd.",
                "Asia Receivables Management Co., Ltd.", "Thai Rungruang Plastic Co., Ltd.",
                "Mahachai Frozen Food Co., Ltd."]


# ==============================================================================================
# District offices and civil registration (อำเภอ / เขต)
# ==============================================================================================
@T("civil_registration")
def cr_birth_cert_ocr(r: random.Random) -> list:
    father = thn(r, False)
    mother = thn(r, True)
    boy = r.random() < 0.5
    kid_title = "ด.ช." if boy else "ด.ญ."
    given = r.choice(['ภูริ', 'กวินท์', 'ธนกฤต', 'ปัณณ์'] if boy else ['พิชชา', 'ณิชา', 'อชิรญา', 'ภัทรานิษฐ์'])
    child = f"{given} {father.split()[1]}"
    return [
        "ช่วยถอดข้อความจากสแกนสูติบัตรนี้เป็นตาราง (OCR อ่านไม่ค่อยชัด)\n\n",
        noisy(r, "สูติบัตร  ท.ร. 1 ตอนหน้า      เลขที่ "), f"{r.randint(1000, 9999)}/{r.randint(2567, 2568)}\n",
        noisy(r, "สำนักทะเบียนอำเภอ"), r.choice(["บางพลี", "เมืองขอนแก่น", "หาดใหญ่", "ปากเกร็ด"]), "\n",
        "ชื่อ ", kid_title, P(child), " เ ลขประจำตัวประชาชน ", NID(r, "space", "1"), "\n",
        "เกิดวันที่ ", DOB(r, "th_long", 2025, 2025), noisy(r, " เวลา 04.35 น. ณ โรงพยาบาล"), "\n",
        "มารดา: นาง", P(mother), "  สัญชาติ ไทย   อายุ ", str(r.randint(22, 39)), " ปี\n",
        "   เลขประจำตัวประชาชน ", NID(r, "dash"), "\n",
        "บิดา: นาย", P(father), " สัญชาติ ไทย  เลขประจำตัวประชาชน ", NID(r, "plain"), "\n",
        "ที่อยู่ของเด็ก ", AD(r, "full"), "\n",
        noisy(r, "ผู้แจ้ง  บิดา    (ลงชื่อ) นายทะเบียนผู้รับแจ้ง ..........\n"),
    ]


@T("civil_registration")
def cr_migrant_child_birth_tr03(r: random.Random) -> list:
    fen, fth, _ = migrant(r, "mm", False)
    men, mth, _ = migrant(r, "mm", True)
    return [
        "สรุปคำขอออกสูติบัตรเด็กสัญชาติเมียนมา (ท.ร.03) ให้เจ้าหน้าที่ตรวจก่อนพิมพ์\n",
        "- ชื่อเด็ก: ", P(f"{r.choice(['มี', 'ซู', 'ทู', 'ยะ'])} {r.choice(['ยาดา', 'เมียต', 'ลวิน', 'ซาน'])}"),
        " เกิด ", DOB(r, "slash_be", 2024, 2025), " ที่ รพ.สมุทรสาคร\n",
        "- มารดา: ", P(mth), " (", P(men), ") หนังสือเดินทาง ", PP(r, "mm"),
        " เชื้อชาติ ", E("ETHNICITY", r.choice(["มอญ", "ไทใหญ่", "กะเหรี่ยง", "ทวาย"])), " สัญชาติ เมียนมา\n",
        "- บิดา: ", P(fth), " (", P(fen), ") หนังสือเดินทาง ", PP(r, "mm"), "\n",
        "- ที่พักปัจจุบัน: ", AD(r, "abbr"), "\n",
        "- นายจ้างผู้รับรอง: ", r.choice(COMPANIES[:3]), " ทะเบียนนิติบุคคล ", JID(r), "\n",
        "ขอให้ตรวจว่าการสะกดชื่อภาษาไทยกับอังกฤษตรงกันหรือไม่",
    ]


@T("civil_registration")
def cr_marriage_summary_en(r: random.Random) -> list:
    wife = rom(r, True)
    husband = r.choice(WESTERN_M)
    return [
        "Please turn this into a short English note for our client's UK solicitor.\n\n",
        "Thai marriage certificate (Kor Ror 3) registered at Bang Rak District Office on ", when_en(r), ".\n",
        "Husband: Mr ", P(husband), ", British, passport no. ", PP(r, "gb"), ", born ", DOB(r, "en", 1965, 1990), ".\n",
        "Wife: Ms ", P(wife), ", Thai national ID ", NID(r, "dash"), ", born ", DOB(r, "en", 1975, 1998), ".\n",
        "Witnesses: ", P(rom(r)), " and ", P(rom(r)), ".\n",
        "Registered address of the wife: ", E("ADDRESS", addr_en(r)), ".\n",
        "The certificate was translated and legalised by the Department of Consular Affairs.",
    ]


@T("religious_affairs")
def cr_islamic_nikah_record(r: random.Random) -> list:
    groom, bride = r.choice(MUSLIM_TH_M), r.choice(MUSLIM_TH_F)
    wali = r.choice(["มะยูโซะ", "อาหมัด", "ยะโก๊ะ"]) + " " + r.choice(["สาแม", "ดือราแม", "หะยีสะมะแอ"])
    return [
        "ร่างข้อความแจ้งอำเภอเพื่อจดทะเบียนสมรสตามหลักฐานการนิกะห์ ใช้ภาษาทางการ\n\n",
        "ตามหนังสือรับรองการสมรสของคณะกรรมการอิสลามประจำจังหวัด", r.choice(["ยะลา", "ปัตตานี", "นราธิวาส"]),
        " ลงวันที่ ", when_th(r), " ระบุว่า นาย", P(groom), " เลขประจำตัวประชาชน ", NID(r, "dash", "3"),
        " และนางสาว", P(bride), " เลขประจำตัวประชาชน ", NID(r, "dash", "1"), " ซึ่งทั้งสองฝ่าย",
        E("RELIGION", "เป็นผู้นับถือศาสนาอิสลาม"), " ได้ทำการนิกะห์ โดยมีนาย", P(wali),
        " เป็นวะลี และมีพยานสองคน\nคู่สมรสมีภูมิลำเนาอยู่บ้านเลขที่ ", AD(r, "full"),
        "\nขอให้อำเภอรับจดทะเบียนสมรสตามประมวลกฎหมายแพ่งและพาณิชย์ต่อไป",
    ]


@T("civil_registration")
def cr_same_sex_marriage_line(r: random.Random) -> list:
    a = thn(r, False)
    b = thn(r, False)
    return [
        "[LINE OA สำนักงานเขต] ผู้ใช้: สวัสดีครับ ผมชื่อ", P(a), " อยากจองคิวจดทะเบียนสมรสวันที่ 14 ก.พ. ครับ ",
        "ผมกับแฟน (", P(b), ") ", E("SEXUAL_BEHAVIOUR", "เป็นคู่รักชายรักชาย"), " คบกันมา 9 ปีแล้ว ",
        "ต้องใช้เอกสารอะไรบ้างครับ เบอร์ผม ", PH(r), "\n",
        "[เจ้าหน้าที่] ยินดีด้วยค่ะ ใช้บัตรประชาชนตัวจริงของทั้งสองท่านและพยาน 2 คน ขอเลขบัตรผู้จองเพื่อบันทึกคิวค่ะ\n",
        "ผู้ใช้: ", NID(r, "plain"), " ครับ\n",
        "(ช่วยสรุปบทสนทนานี้ลงระบบ CRM ของเขต)",
    ]


@T("civil_registration")
def cr_death_notification_ocr(r: random.Random) -> list:
    dead = thn(r)
    informant_t, informant = tname(r)
    return [
        noisy(r, "ใบรับแจ้งการตาย (ท.ร.4/1)   สำนักทะเบียนท้องถิ่นเทศบาลนคร", 0.08), r.choice(["ขอนแก่น", "หาดใหญ่", "ยะลา"]), "\n",
        "ผู้ตาย ชื่อ ", P(dead), "  เลขประจำตัวประชาชน ", NID(r, "space", "3"), "\n",
        noisy(r, "ตายเมื่อวันที่ ", 0.1), when_th(r), " เวลา 22.10 น. สถานที่ตาย บ้านเลขที่ ", AD(r, "abbr"), "\n",
        noisy(r, "ผู้แจ้ง ", 0.1), informant_t, P(informant), " เกี่ยวข้องเป็น บุตร  โทร ", PH(r, "dash"), "\n",
        "เลขประจำตัวผู้แจ้ง ", NID(r, "dash"), "\n",
        noisy(r, "-- สิ้นสุดเอกสาร -- | ||  ' \n", 0.2),
        "แปลงเป็น JSON ให้ที (fields: deceased, informant, address)",
    ]


@T("civil_registration")
def cr_name_change_request(r: random.Random) -> list:
    title, old = tname(r)
    new_given = r.choice(["ณัฐณิชา", "ภัทรวดี", "ธนภัทร", "ปุณณวิช", "กฤติน", "ศุภิสรา"])
    new = f"{new_given} {old.split()[1]}"
    return [
        "เรียน นายทะเบียนอำเภอ", r.choice(["ปากเกร็ด", "บางบัวทอง", "เมืองเชียงใหม่"]), "\n",
        "เรื่อง ขอเปลี่ยนชื่อตัว (ท.ช.1)\n\n",
        "ข้าพเจ้า ", title, P(old), " เกิดวันที่ ", DOB(r, "th_long"), " เลขประจำตัวประชาชน ", NID(r),
        " อยู่บ้านเลขที่ ", AD(r), " มีความประสงค์ขอเปลี่ยนชื่อตัวเป็น \"", P(new), "\" ",
        "เนื่องจากชื่อเดิมซ้ำกับญาติและเป็นมงคลตามที่ผู้ใหญ่ตั้งให้\n",
        "(ช่วยเกลาภาษาให้เป็นทางการ และตรวจว่าขาดเอกสารอะไร)",
    ]


@T("civil_registration")
def cr_move_out_eservice_json(r: random.Random) -> list:
    return [
        "ทำไม request นี้ถึงได้ 422 จาก endpoint ย้ายออกออนไลน์\n```json\n",
        '{"service":"move-out-request","citizen_id":"', NID(r, "plain"), '",\n',
        ' "applicant_name":"', P(thn(r)), '","mobile":"', PH(r, "plain"), '",\n',
        ' "from_address":"', AD(r, "bkk"), '",\n',
        ' "to_address":"', AD(r, "abbr"), '",\n',
        ' "client_ip":"', E("IP_ADDRESS", ipv4(r)), '","channel":"ThaiD","consent":true}\n```\n',
        'response: {"code":"E-MOV-07","message":"ปลายทางไม่อยู่ในเขตที่รองรับ"}',
    ]


@T("civil_registration")
def cr_smartcard_face_verify_log(r: random.Random) -> list:
    officer = thn(r)
    return [
        "ช่วยดู log เครื่องทำบัตรนี้ ทำไม face match ไม่ผ่านรอบแรก\n",
        f"[{ts(r)}] station=BKK-CHT-03 officer=\"", P(officer), "\" action=issue_card\n",
        f"[{ts(r)}] pid=", NID(r, "plain"), " name=\"", P(thn(r)), "\"\n",
        f"[{ts(r)}] face_verify: ", E("BIOMETRIC_DATA", f"score={r.uniform(0.41, 0.58):.3f} embedding={face_vec(r, 6)}"),
        " result=RETRY\n",
        f"[{ts(r)}] face_verify: ", E("BIOMETRIC_DATA", f"score={r.uniform(0.86, 0.97):.3f} template_id=FT-{hexs(r, 10)}"),
        " result=PASS\n",
    ]


@T("ngo_legal_aid")
def cr_stateless_dna_memo_en(r: random.Random) -> list:
    child = r.choice(["Aju Mayer", "Mipha Chermue", "Naka Jupa", "Abo Pumi"])
    father = rom(r, False)
    officer = r.choice(WESTERN)
    return [
        "Draft a one-paragraph update for our donor report. Keep the facts.\n\n",
        P(child), " (born ", DOB(r, "en", 2006, 2012), ") is an ", E("ETHNICITY", "Akha"),
        " girl who has lived in Mae Fa Luang district since birth without any nationality. ",
        "Her father, Mr ", P(father), " (Thai ID ", NID(r, "dash"), "), agreed to a paternity test. ",
        "The Central Institute of Forensic Science reported that ", E("GENETIC_DATA", "the DNA profiles show a 99.998% probability that he is her biological father"),
        ", so the district office can now add her to his household registration. Contact: field officer ",
        P(officer), ", ", E("EMAIL_ADDRESS", email(r, officer, "gmail.com")), ".",
    ]


@T("district_office")
def dist_disability_card_registration(r: random.Random) -> list:
    title, name = tname(r)
    care = thn(r)
    dis = r.choice(["พิการทางการเห็น ตาบอดสองข้าง", "พิการทางการเคลื่อนไหว ขาขวาขาดระดับเข่า",
                    "พิการทางการได้ยิน หูหนวกทั้งสองข้าง", "พิการทางสติปัญญา"])
    return [
        "แบบคำขอมีบัตรประจำตัวคนพิการ (พก.) — สรุปให้หัวหน้าฝ่ายพัฒนาสังคมอนุมัติ\n",
        "ผู้ขอ: ", title, P(name), "  เลขบัตร ", NID(r), "  เกิด ", DOB(r, "slash_be", 1950, 1990), "\n",
        "ประเภทความพิการ: ", E("DISABILITY", dis), " (แพทย์รับรองแล้ว)\n",
        "ที่อยู่: ", AD(r), "\n",
        "ผู้ดูแล: ", P(care), " โทร ", PH(r), "\n",
        "บัญชีรับเบี้ยความพิการ ธ.", r.choice(BANKS), " เลขที่ ", ACC(r), "\n",
    ]


@T("district_office")
def dist_elderly_allowance_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(thn(r)), ",", NID(r, "plain", "3"), ",", DOB(r, "slash_be", 1940, 1964), ",", r.choice(BANKS), ",",
                 ACC(r, "plain"), f",{r.choice([600, 700, 800, 1000])}\n"]
    return [
        "ตรวจไฟล์จ่ายเบี้ยยังชีพผู้สูงอายุเดือนนี้ คนไหนอายุไม่ถึง 60 ให้คัดออก\n",
        "ชื่อ-สกุล,เลขประจำตัวประชาชน,วันเกิด,ธนาคาร,เลขบัญชี,จำนวนเงิน\n", rows,
    ]


@T("district_office")
def dist_firearm_permit_check(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "บันทึกข้อความ\nส่วนราชการ ฝ่ายความมั่นคง ที่ว่าการอำเภอ", r.choice(["หาดใหญ่", "เมืองระยอง", "พุนพิน"]), "\n",
        "ที่ สข ", str(r.randint(1000, 9999)), "/", str(r.randint(100, 999)), "   วันที่ ", when_th(r), "\n",
        "เรื่อง ผลการตรวจสอบประวัติผู้ขออนุญาตมีและใช้อาวุธปืน (ป.1)\n",
        "เรียน นายอำเภอ\n\n",
        "ตามที่ ", title, P(name), " เลขประจำตัวประชาชน ", NID(r), " ได้ยื่นคำขออนุญาต ",
        "กองทะเบียนประวัติอาชญากรแจ้งผลว่าผู้ขอ", CR(r.choice(["เคยต้องคำพิพากษาให้จำคุก 1 ปี คดีทำร้ายร่างกาย เมื่อปี 2559",
                                                              "เคยถูกดำเนินคดีข้อหามีอาวุธปืนไม่มีใบอนุญาต ปี 2562"])),
        " จึงเห็นควรไม่อนุญาต\n\nช่วยร่างหนังสือแจ้งผลถึงผู้ขอที่อยู่ ", AD(r, "abbr"),
    ]


@T("district_office")
def dist_damrongdham_complaint(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "สรุปเรื่องร้องเรียนศูนย์ดำรงธรรมให้สั้นและจัดหมวด\n---\n",
        "ผู้ร้อง: ", title, P(name), " โทร. ", PH(r), " อีเมล ", E("EMAIL_ADDRESS", email(r)), "\n",
        "ที่อยู่: ", AD(r), "\n",
        "เรื่อง: โรงงานหลอมพลาสติกข้างบ้านปล่อยควันดำทุกคืนตั้งแต่ ", when_th(r),
        " ร้องเรียนเทศบาลแล้ว 2 ครั้งไม่มีความคืบหน้า ผู้ใหญ่บ้านชื่อนาย", P(thn(r, False)), " รับเรื่องไว้แล้ว\n",
        "ขอให้ปกปิดชื่อผู้ร้อง",
    ]


@T("district_office")
def dist_village_headman_cert_ocr(r: random.Random) -> list:
    title, name = tname(r)
    head = thn(r, False)
    return [
        noisy(r, "หนังสือรับรอง   เขียนที่ ที่ทำการผู้ใหญ่บ้าน หมู่ที่ ", 0.1), str(r.randint(1, 12)), "\n",
        noisy(r, "ข้าพเจ้า นาย", 0.1), P(head), " ตำแหน่ง ผู้ใหญ่บ้าน ขอรับรองว่า ", title, P(name), "\n",
        "เลขประจำตัวประชาชน ", NID(r, "space"), " อยู่บ้านเลขที่ ", AD(r, "thai_digits"), "\n",
        noisy(r, "เป็นผู้มีรายได้น้อย ประกอบอาชีพรับจ้างทั่วไป รายได้ประมาณเดือนละ 6,000 บาท จริง\n", 0.1),
        "(ลงชื่อ) ......   |  '\n",
        "ช่วยพิมพ์ใหม่ให้อ่านง่าย ไม่ต้องแก้เนื้อหา",
    ]


@T("district_office")
def dist_conscription_result(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "ผลการตรวจเลือกทหารกองเกิน ประจำปี 2568 — ", r.choice(["อำเภอเมืองมหาสารคาม", "เขตจอมทอง", "อำเภอพุนพิน"]), "\n",
        "ชื่อ: ", P(name), " | เลขประจำตัวประชาชน: ", NID(r, "dash", "1"), " | เกิด: ", DOB(r, "th_short", 2003, 2004), "\n",
        "ผลการตรวจร่างกาย: จำพวกที่ 4 (", H(r.choice(["ลิ้นหัวใจรั่วรุนแรง", "โรคหอบหืดเรื้อรังรุนแรง", "ลมชักที่ควบคุมไม่ได้"])), ")\n",
        "คำสั่ง: ไม่ต้องเข้ารับราชการทหาร ออกใบ สด.43\n",
        "ร่างข้อความ SMS แจ้งผลถึงเบอร์ ", PH(r, "plain"), " ไม่เกิน 70 ตัวอักษร",
    ]


@T("religious_affairs")
def cr_ordination_certificate(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "ถอดความใบสุทธิพระภิกษุนี้ลงแบบฟอร์มย้ายทะเบียนบ้านเข้าวัด\n",
        "ใบสุทธิ เลขที่ ", str(r.randint(10, 999)), "/2568 วัด", r.choice(["ป่าดาราภิรมย์", "ศรีโคมคำ", "บางพระ", "สุทธิวราราม"]), "\n",
        "ชื่อเดิม ", P(name), " ฉายา ", r.choice(["ปัญญาวโร", "ธัมมทีโป", "จิตตสังวโร"]), "\n",
        "เกิดวันที่ ", DOB(r, "th_long", 1970, 2004), " เลขประจำตัวประชาชน ", NID(r, "plain"), "\n",
        E("RELIGION", "อุปสมบทเป็นพระภิกษุในพระพุทธศาสนา"), " เมื่อวันที่ ", when_th(r),
        " พระอุปัชฌาย์ พระครูสุนทรธรรมโกศล\nภูมิลำเนาเดิม ", AD(r, "abbr"),
    ]


@T("district_office")
def cr_minority_status_survey(r: random.Random) -> list:
    name = r.choice(["จะนู จะคือ", "อาเหมาะ มาเยอะ", "นาแส จะทอ", "หมี่ปู เชอมือ"])
    return [
        "แปลงข้อมูลแบบสำรวจบุคคลที่ไม่มีสถานะทางทะเบียน (ท.ร.38 ก) เป็น CSV\n",
        "ชื่อ: ", P(name), " เลขประจำตัว 13 หลัก ", NID(r, "dash", "6"), "\n",
        "เกิด: ", DOB(r, "th_short", 1985, 2000), " ที่ ดอยแม่สลอง\n",
        "กลุ่มชาติพันธุ์: ", E("ETHNICITY", r.choice(["ลาหู่", "อาข่า", "ลีซู", "ไทลื้อ"])), "\n",
        "ที่อยู่ปัจจุบัน: ", AD(r, "noprov_pc"), "\n",
        "บิดา ", P(r.choice(["จะแต จะคือ", "อาโจ มาเยอะ", "แสหมี่ เชอมือ"])), " (เสียชีวิตแล้ว)\n",
    ]


# ==============================================================================================
# Land offices
# ==============================================================================================
@T("land_office")
def land_title_deed_ocr(r: random.Random) -> list:
    owner_t, owner = tname(r)
    return [
        "OCR จากโฉนดด้านหลัง (สารบัญจดทะเบียน) ช่วยเรียงลำดับการโอนให้ที\n",
        noisy(r, "โฉนดที่ดิน เลขที่ ", 0.1), str(r.randint(1000, 99999)), noisy(r, "  เลขที่ดิน ", 0.1), str(r.randint(10, 999)),
        "  หน้าสำรวจ ", str(r.randint(100, 9999)), "\n",
        noisy(r, "วันเดือนปี ", 0.1), when_th(r, 2561), " | ขาย | ผู้ให้สัญญา ", P(thn(r)), " | ผู้รับสัญญา ", owner_t, P(owner), "\n",
        "      เลขประจำตัว  ", NID(r, "space"), noisy(r, "  ราคา ", 0.2), amount(r, 300000, 4000000), " บาท\n",
        noisy(r, "ที่อยู่ผู้รับสัญญา ", 0.1), AD(r, "abbr"), "\n",
        noisy(r, "ลงชื่อ .....เจ้าพนักงานที่ดิน  ตราประทับ ||| ", 0.3), "\n",
    ]


@T("land_office")
def land_sale_appointment_email(r: random.Random) -> list:
    seller = thn(r)
    buyer = thn(r)
    return [
        "เรียน คุณ", P(buyer), "\n\n",
        "ตามที่นัดโอนกรรมสิทธิ์ห้องชุดที่สำนักงานที่ดินกรุงเทพมหานคร สาขาลาดพร้าว วันที่ ", when_th(r),
        " เวลา 09.00 น. ผู้ขายคือคุณ", P(seller), " (โทร ", PH(r), ") ได้ส่งสำเนาบัตร เลขที่ ", NID(r),
        " มาแล้ว ขอให้ท่านเตรียมบัตรประชาชนตัวจริงและแคชเชียร์เช็ค\n",
        "หากมีข้อสงสัยติดต่อผม ", P(thn(r, False)), " ที่ ", E("EMAIL_ADDRESS", email(r, None, "gmail.com")), "\n\n",
        "(ช่วยแปลเป็นอังกฤษแบบสุภาพ)",
    ]


@T("land_office")
def land_foreign_spouse_statement_en(r: random.Random) -> list:
    foreign_ = r.choice(WESTERN_M)
    wife = rom(r, True)
    return [
        "Translate into plain English for the client (already partly translated):\n\n",
        "STATEMENT OF A FOREIGN SPOUSE (Land Office, Chiang Mai)\n",
        "I, Mr ", P(foreign_), ", passport number ", PP(r, "other"), ", husband of Mrs ", P(wife),
        " (Thai ID ", NID(r, "plain"), "), confirm that the money used to buy the land under title deed no. ",
        str(r.randint(10000, 99999)), " is her personal property and not marital property.\n",
        "Her address: ", E("ADDRESS", addr_en(r)), ".\n",
        "Signed at the land office on ", when_en(r), ".",
    ]


@T("land_office")
def land_inheritance_heirs(r: random.Random) -> list:
    dead = r.choice(MUSLIM_TH_M)
    heirs = [r.choice(MUSLIM_TH_F), *r.sample([n for n in MUSLIM_TH if n != dead], 2)]
    while len(set(heirs)) < 3:
        heirs = [r.choice(MUSLIM_TH_F), *r.sample([n for n in MUSLIM_TH if n != dead], 2)]
    return [
        "คำขอรับมรดกที่ดิน (น.ส.3 ก.) — ช่วยคำนวณส่วนแบ่ง\n",
        "เจ้ามรดก: ", P(dead), " เลขบัตร ", NID(r, "dash", "3"), " ", E("RELIGION", "นับถือศาสนาอิสลาม"),
        " ภูมิลำเนาจังหวัดปัตตานี จึงใช้กฎหมายอิสลามว่าด้วยครอบครัวและมรดก\n",
        "ทายาท:\n",
        "1) ", P(heirs[0]), " ภริยา  เลขบัตร ", NID(r, "dash"), "\n",
        "2) ", P(heirs[1]), " บุตร  เกิด ", DOB(r, "slash_be", 1990, 2002), "\n",
        "3) ", P(heirs[2]), " บุตร  เกิด ", DOB(r, "slash_be", 1990, 2002), "\n",
        "ที่ดินตั้งอยู่ ", AD(r, "abbr"),
    ]


@T("land_office")
def land_boundary_dispute_letter(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "ที่ ชบ ", f"{r.randint(10, 99)}{r.randint(10, 99)}", ".", str(r.randint(1, 9)), "/", str(r.randint(1000, 9999)), "\n",
        "สำนักงานที่ดินจังหวัดชลบุรี สาขาบางละมุง\n",
        when_th(r), "\n",
        "เรื่อง แจ้งให้ไประวังแนวเขตที่ดิน\n",
        "เรียน ", title, P(name), "\n",
        "ด้วยนาย", P(thn(r, False)), " ผู้ถือกรรมสิทธิ์ที่ดินข้างเคียง ได้ยื่นคำขอรังวัดสอบเขต ",
        "จึงขอให้ท่านไประวังแนวเขตในวันที่ ", when_th(r), " เวลา 09.00 น.\n",
        "ส่งถึง: ", AD(r, "full"), "\n\n",
        "(พิมพ์ซองจดหมายให้ด้วย)",
    ]


@T("land_office")
def land_mortgage_api_json(r: random.Random) -> list:
    return [
        "validate payload จำนองออนไลน์ (e-LandsMortgage) ว่า field ครบไหม\n",
        '{"txn":"MTG-', str(r.randint(100000, 999999)), '","deed_no":"', str(r.randint(1000, 99999)), '",\n',
        ' "mortgagor":{"name":"', P(thn(r)), '","pid":"', NID(r, "plain"), '","phone":"', PH(r, "plain"), '"},\n',
        ' "mortgagee":{"name":"ธนาคารอาคารสงเคราะห์","juristic_id":"', JID(r, "plain"), '"},\n',
        ' "amount":', str(r.randint(500000, 5000000)), ',"submitted_from":"', E("IP_ADDRESS", ipv4(r)), '"}',
    ]


@T("ngo_legal_aid")
def land_karen_eviction_en(r: random.Random) -> list:
    a = r.choice(["Nor Pae Doh", "Ki Phor Moo", "Ta Mue Loo", "Paw Ler Htoo"])
    b = r.choice(["Pi Naw Mue", "Saw Ler Wah", "Mu Kee Paw"])
    lawyer = r.choice(WESTERN)
    return [
        "Summarise for the Special Rapporteur submission (max 120 words):\n\n",
        "Villagers of Ban Pong Luek, Kaeng Krachan, are indigenous ", E("ETHNICITY", "Karen"), " people who returned to ancestral land in 2021. ",
        P(a), " (ID ", NID(r, "dash", "6"), ") and ", P(b), " (ID ", NID(r, "dash", "6"), ") ",
        CR("were charged with encroaching on national park land"), " and detained for 9 days. ",
        "The community lawyer, ", P(lawyer), ", can be reached at ", E("EMAIL_ADDRESS", email(r, lawyer, "protonmail.com")),
        ". Next hearing at Phetchaburi Provincial Court on ", when_en(r), ".",
    ]


# ==============================================================================================
# Social Security Office (สำนักงานประกันสังคม)
# ==============================================================================================
@T("social_security")
def sso_sickness_claim(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "กรอกแบบ สปส.2-01 ให้อัตโนมัติจากข้อความนี้\n",
        "ผู้ประกันตน ", title, P(name), " เลขบัตร ", NID(r), " ", r.choice(["ม.33", "ม.39", "ม.40"]), "\n",
        "หยุดงาน 14 วัน ตามใบรับรองแพทย์ รพ.", r.choice(["ศิริราช", "ขอนแก่นราม", "หาดใหญ่", "พญาไท 2"]),
        " HN ", E("MEDICAL_RECORD_NUMBER", hn(r)), " วินิจฉัย ",
        H(r.choice(["ไส้ติ่งอักเสบเฉียบพลัน ผ่าตัดแล้ว", "ไข้เลือดออก", "หมอนรองกระดูกทับเส้นประสาท", "ปอดอักเสบ"])), "\n",
        "ขอรับเงินทดแทนการขาดรายได้เข้าบัญชี ", r.choice(BANKS), " ", ACC(r), "\n",
    ]


@T("social_security")
def sso_invalidity_decision_letter(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "ที่ รง 0611/", str(r.randint(1000, 9999)), "\n",
        "สำนักงานประกันสังคมจังหวัด", r.choice(["สมุทรปราการ", "ระยอง", "ปทุมธานี"]), "\n",
        "เรื่อง แจ้งผลการวินิจฉัยประโยชน์ทดแทนกรณีทุพพลภาพ\n",
        "เรียน ", title, P(name), "\n",
        "ตามที่ท่าน (เลขที่ผู้ประกันตน ", NID(r, "plain"), ") ยื่นขอรับประโยชน์ทดแทน คณะกรรมการการแพทย์วินิจฉัยว่าท่าน",
        E("DISABILITY", r.choice(["ทุพพลภาพไม่รุนแรง สูญเสียสมรรถภาพร้อยละ 55", "ทุพพลภาพรุนแรง อัมพาตครึ่งล่าง"])),
        " อันเนื่องมาจาก", H(r.choice(["โรคหลอดเลือดสมองแตก", "อุบัติเหตุไขสันหลังบาดเจ็บ"])),
        " จึงมีสิทธิได้รับเงินทดแทนรายเดือน\nที่อยู่จัดส่ง ", AD(r),
    ]


@T("social_security")
def sso_migrant_enrolment_csv(r: random.Random) -> list:
    rows = []
    for c in ["mm", "kh", "la"]:
        en, th, _ = migrant(r, c)
        rows += [P(en), ",", P(th), f",{c.upper()},", PP(r, c), ",", DOB(r, "iso", 1985, 2004), "\n"]
    return [
        "ตรวจไฟล์ขึ้นทะเบียนผู้ประกันตนแรงงานต่างด้าว ", r.choice(COMPANIES[:4]), " เลขนิติบุคคล ", JID(r, "plain"), "\n",
        "name_en,name_th,nationality,passport_no,birth_date\n", rows,
        "คอลัมน์ birth_date บางแถวเป็น พ.ศ. ไหม",
    ]


@T("social_security")
def sso_workmen_comp_kt16(r: random.Random) -> list:
    en, th, c = migrant(r, r.choice(["kh", "mm"]))
    return [
        "แบบแจ้งการประสบอันตราย (กท.16) — ช่วยเขียนส่วน 'ลักษณะการเกิดเหตุ' ให้กระชับ\n",
        "นายจ้าง: ", r.choice(COMPANIES[:3]), "  เลขทะเบียนนิติบุคคล ", JID(r), "\n",
        "ลูกจ้าง: ", P(th), " (", P(en), ") หนังสือเดินทาง ", PP(r, c), "\n",
        "วันเวลาเกิดเหตุ ", when_th(r), " 02.40 น. ขณะทำความสะอาดเครื่องสับปลา มือถูกใบมีดบาด ",
        H(r.choice(["นิ้วชี้และนิ้วกลางขวาขาด", "เอ็นข้อมือซ้ายขาด", "กระดูกนิ้วโป้งขวาแตก"])), "\n",
        "ส่งรักษา รพ.มหาชัย 2 HN ", E("MEDICAL_RECORD_NUMBER", hn(r, "yy")), "\n",
    ]


@T("social_security")
def sso_call_centre_1506_transcript(r: random.Random) -> list:
    name = thn(r, True)
    return [
        "[ถอดเสียงสาย 1506] สรุปเป็น ticket ให้หน่อย\n",
        "เจ้าหน้าที่: สายด่วนประกันสังคม 1506 สวัสดีค่ะ\n",
        "ผู้โทร: สวัสดีค่ะ ดิฉัน", P(name.split()[0]), " ค่ะ ชื่อเต็ม", P(name), " เลขบัตร ",
        NID(r, "space"), " ค่ะ พอดี", H(r.choice(["ตั้งครรภ์ได้ 7 เดือนแล้ว", "แท้งบุตรเมื่อเดือนที่แล้ว"])),
        " อยากทราบว่าเบิกค่าคลอดได้เท่าไหร่\n",
        "เจ้าหน้าที่: เหมาจ่าย 15,000 บาทค่ะ ขอเบอร์ติดต่อกลับค่ะ\n",
        "ผู้โทร: ", PH(r), " ค่ะ\n",
    ]


@T("social_security")
def sso_unemployment_api_json(r: random.Random) -> list:
    return [
        "POST /e-service/unemployment/claims ได้ 500 นี่คือ body ที่ส่งไป:\n",
        '{\n  "insured_id": "', NID(r, "plain"), '",\n  "email": "', E("EMAIL_ADDRESS", email(r)), '",\n',
        '  "termination_reason": "layoff",\n  "last_employer_tax_id": "', JID(r, "plain"), '",\n',
        '  "bank": {"code": "006", "account_no": "', ACC(r, "plain"), '"},\n',
        '  "ip": "', E("IP_ADDRESS", ipv4(r)), '",\n  "submitted_at": "', ts(r), '"\n}\n',
        "bank.code ต้องเป็น string หรือเปล่า",
    ]


@T("social_security")
def sso_expat_email_en(r: random.Random) -> list:
    name = r.choice(WESTERN)
    return [
        "Subject: Social security card - hospital change\n\n",
        "Dear SSO team,\n\nMy name is ", P(name), " (passport ", PP(r, "other"), "), employed by ",
        r.choice(COMPANIES_EN), " I was recently diagnosed with ", H(r.choice(["type 1 diabetes", "a herniated disc", "kidney stones"])),
        " and would like to change my registered hospital to one nearer my home at ", E("ADDRESS", addr_en(r)), ".\n",
        "You can reach me at ", E("EMAIL_ADDRESS", email(r, name)), " or ", PH(r, "intl"), ".\n\nKind regards",
    ]


# ==============================================================================================
# Revenue Department (กรมสรรพากร)
# ==============================================================================================
@T("revenue")
def rd_refund_chat(r: random.Random) -> list:
    name = thn(r, True)
    return [
        "ลูกค้าทักมาที่เพจ ช่วยร่างคำตอบ:\n",
        "\"ยื่น ภ.ง.ด.90 ไปตั้งแต่ ", when_th(r), " ยังไม่ได้เงินคืนเลยค่ะ ชื่อ", P(name), " เลขบัตร ", NID(r),
        " ผูกพร้อมเพย์กับบัญชี ", r.choice(BANKS), " ", ACC(r), " แล้ว เบอร์ ", PH(r), " ค่ะ\"\n",
        "(ตอบว่าให้ตรวจสถานะในระบบ My Tax Account และอย่าขอรหัส OTP)",
    ]


@T("revenue")
def rd_audit_invitation_ocr(r: random.Random) -> list:
    title, name = tname(r)
    return [
        noisy(r, "ที่ กค 0725(สท.1)/", 0.1), str(r.randint(100, 999)), "\n",
        noisy(r, "สำนักงานสรรพากรพื้นที่ ", 0.2), r.choice(["ขอนแก่น 1", "เชียงใหม่ 2", "กรุงเทพมหานคร 12"]), "\n",
        noisy(r, "เรื่อง  เชิญพบเพื่อตรวจสอบภาษีเงินได้บุคคลธรรมดา ปีภาษี 2566\n", 0.15),
        "เรียน  ", title, P(name), "\n",
        noisy(r, "ด้วยสำนักงานฯ พบว่าท่าน เลขประจำตัวผู้เสียภาษี ", 0.15), NID(r, "plain"),
        noisy(r, " มีเงินได้จากการขายสินค้าออนไลน์ที่ยังไม่ได้ยื่นแบบ จึงขอเชิญท่านมาพบเจ้าหน้าที่ ภายใน 15 วัน\n", 0.1),
        "ส่งถึง ", AD(r), "\n", noisy(r, "ll ' | ..", 0.5),
    ]


@T("revenue")
def rd_50tawi_ocr(r: random.Random) -> list:
    payee_t, payee = tname(r)
    return [
        "ดึงตัวเลขจากหนังสือรับรองการหักภาษี ณ ที่จ่าย (50 ทวิ) ที่สแกนมา\n",
        "ผู้มีหน้าที่หักภาษี: ", r.choice(COMPANIES[5:7]), " เลขประจำตัวผู้เสียภาษี ", JID(r, "plain"), "\n",
        "ผู้ถูกหักภาษี: ", payee_t, P(payee), " เลขประจำตัวผู้เสียภาษี ", NID(r, "space"), "\n",
        "ที่อยู่ ", AD(r, "bkk_abbr"), "\n",
        noisy(r, "ประเภทเงินได้ 40(1) เงินเดือน ", 0.2), amount(r, 200000, 900000), noisy(r, " ภาษีที่หัก ", 0.2), amount(r, 1000, 40000), "\n",
        "รวมเงินที่จ่ายและภาษีที่หักนำส่ง (ตัวอักษร) ........",
    ]


@T("revenue")
def rd_efiling_login_log(r: random.Random) -> list:
    lines = []
    for _ in range(3):
        lines += [f"{ts(r, 28, 3)} INFO login ok tin=", NID(r, "plain"), " src=", E("IP_ADDRESS", r.choice([ipv4(r), ipv6(r)])),
                  f" ua=\"Mozilla/5.0\" session={hexs(r, 12)}\n"]
    return [
        "มีคนล็อกอินบัญชีเดียวกันจากหลาย IP ไหม ดูจาก log นี้\n", lines,
        "alert email sent to ", E("EMAIL_ADDRESS", email(r)),
    ]


@T("revenue")
def rd_expat_tax_summary_en(r: random.Random) -> list:
    name = r.choice(WESTERN)
    return [
        "Explain to our client in simple English what this means:\n\n",
        "Taxpayer: ", P(name), ", passport ", PP(r, "other"), ", resident in Thailand for 241 days in 2024.\n",
        "Foreign-sourced income remitted: THB ", amount(r, 400000, 3000000), " via transfer into Bangkok Bank account ",
        ACC(r, "dash"), ".\n",
        "Correspondence address: ", E("ADDRESS", addr_en(r)), "; email ", E("EMAIL_ADDRESS", email(r, name)), ".\n",
        "The Area Revenue Office requests PND 90 and evidence of the remittance dates.",
    ]


@T("revenue")
def rd_tax_debt_seizure_notice(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "หมายยึดทรัพย์สิน (ภ.ส.1) — สรุปสำหรับเจ้าหน้าที่ภาคสนาม\n",
        "ผู้ค้างภาษี ", title, P(name), " เลขประจำตัวผู้เสียภาษี ", NID(r), " ยอดค้าง ", amount(r, 50000, 900000), " บาท\n",
        "ทรัพย์ที่จะยึด: รถยนต์ทะเบียน ", E("TH_VEHICLE_PLATE", plate(r)),
        " และเงินฝากบัญชี ", r.choice(BANKS), " ", ACC(r), "\n",
        "ที่อยู่ตามทะเบียนบ้าน ", AD(r),
    ]


# ==============================================================================================
# Police (สถานีตำรวจ)
# ==============================================================================================
@T("police")
def pol_daily_log_lost_documents(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "รายงานประจำวันเกี่ยวกับคดี สน.", r.choice(["บางซื่อ", "ห้วยขวาง", "ลาดพร้าว", "ทุ่งสองห้อง"]),
        " ข้อ ", str(r.randint(1, 40)), " เวลา ", f"{r.randint(8, 22)}.{r.randint(10, 59)}", " น.\n",
        "ได้รับแจ้งจาก ", title, P(name), " เลขประจำตัวประชาชน ", NID(r), " โทร ", PH(r), "\n",
        "ที่อยู่ ", AD(r, "bkk"), "\n",
        "แจ้งว่ากระเป๋าสตางค์สูญหายระหว่างโดยสารรถไฟฟ้า ภายในมีบัตรประชาชน และบัตรเครดิตหมายเลข ", E("CREDIT_CARD", card(r)),
        " ได้อายัดบัตรแล้ว จึงมาแจ้งไว้เป็นหลักฐาน\n",
        "ร้อยเวร ร.ต.ท.", P(thn(r, False)), "\n\n(สรุปเป็นภาษาอังกฤษให้สถานทูต)",
    ]


@T("police")
def pol_accident_report(r: random.Random) -> list:
    a = thn(r)
    b = thn(r, False)
    return [
        "ช่วยเขียนข้อเท็จจริงในบันทึกเปรียบเทียบปรับกรณีรถชนกันให้อ่านง่าย\n",
        "เมื่อวันที่ ", when_th(r), " เวลาประมาณ 18.20 น. รถยนต์เก๋งหมายเลขทะเบียน ", E("TH_VEHICLE_PLATE", plate(r)),
        " ขับขี่โดย", P(a), " ชนท้ายรถจักรยานยนต์หมายเลขทะเบียน ", E("TH_VEHICLE_PLATE", plate(r)),
        " ซึ่งนาย", P(b), " เป็นผู้ขับขี่ ทำให้นาย", P(b.split()[0]), "ได้รับบาดเจ็บ ",
        H(r.choice(["กระดูกไหปลาร้าซ้ายหัก", "แผลถลอกที่แขนและขาขวา ข้อเท้าพลิก", "ศีรษะกระแทกพื้น สมองกระทบกระเทือน"])),
        " ส่งรักษาที่ รพ.", r.choice(["ตำรวจ", "นพรัตนราชธานี", "ชลบุรี"]), " HN ", E("MEDICAL_RECORD_NUMBER", hn(r)), "\n",
        "คู่กรณีตกลงชดใช้ค่าเสียหาย ", amount(r, 5000, 60000), " บาท",
    ]


@T("police")
def pol_arrest_record_ocr(r: random.Random) -> list:
    name = thn(r, False)
    return [
        noisy(r, "บันทึกการจับกุม\nสถานที่บันทึก  สภ.", 0.1), r.choice(["เมืองอุดรธานี", "หาดใหญ่", "แม่สอด"]), "\n",
        noisy(r, "ผู้ต้องหา ชื่อ นาย", 0.1), P(name), " อายุ ", str(r.randint(19, 45)), " ปี เลขประจำตัวประชาชน ", NID(r, "space"), "\n",
        noisy(r, "ที่อยู่ ", 0.1), AD(r, "abbr"), "\n",
        noisy(r, "ข้อหา  ", 0.1), CR(r.choice(["มียาเสพติดให้โทษประเภท 1 (เมทแอมเฟตามีน) ไว้ในครอบครองเพื่อจำหน่าย",
                                            "ลักทรัพย์ในเวลากลางคืน"])), "\n",
        noisy(r, "ผลตรวจปัสสาวะเบื้องต้น: ", 0.1), H("พบสารเสพติดประเภทแอมเฟตามีน"), "\n",
        noisy(r, "ผู้ต้องหาให้การ  รับสารภาพ   |  ลงชื่อ....ผู้ต้องหา\n", 0.2),
        "(ช่วยพิมพ์ใหม่ แก้คำที่ OCR อ่านผิด)",
    ]


@T("police")
def pol_online_fraud_report_json(r: random.Random) -> list:
    scam = r.choice(["invest.gold", "admin_crypto88", "lazada.refund", "job.easy99"])
    return [
        "จัดกลุ่มเคสจาก thaipoliceonline export นี้ บัญชีม้าซ้ำกับเคสอื่นไหม\n",
        '{"case_id":"', f"{r.randint(6600000000, 6899999999)}", '","victim":{"name":"', P(thn(r)), '",',
        '"pid":"', NID(r, "plain"), '","tel":"', PH(r, "dash"), '"},\n',
        ' "loss_thb":', str(r.randint(2000, 900000)), ',"channel":"LINE","suspect_line_id":"', E("LINE_ID", scam), '",\n',
        ' "mule_account":{"bank":"', r.choice(BANKS_EN), '","no":"', ACC(r, "plain"), '","holder":"', P(thn(r)), '"},\n',
        ' "reporter_ip":"', E("IP_ADDRESS", ipv4(r)), '"}',
    ]


@T("police")
def pol_domestic_violence_report(r: random.Random) -> list:
    victim = thn(r, True)
    husband = thn(r, False)
    return [
        "ร่างบันทึกส่งต่อศูนย์พึ่งได้ (OSCC) จากข้อเท็จจริงนี้\n",
        "ผู้เสียหาย นาง", P(victim), " อายุ ", str(r.randint(25, 55)), " ปี โทร ", PH(r),
        " แจ้งว่าถูกนาย", P(husband), " สามี ทำร้ายร่างกายที่บ้านเลขที่ ", AD(r),
        " แพทย์ตรวจพบ", H(r.choice(["รอยฟกช้ำบริเวณใบหน้าและลำคอ จมูกหัก", "แผลฉีกขาดที่ศีรษะยาว 4 ซม.", "ซี่โครงร้าว 2 ซี่"])),
        " ผู้เสียหายประสงค์ดำเนินคดีตาม พ.ร.บ.คุ้มครองผู้ถูกกระทำด้วยความรุนแรงในครอบครัว",
    ]


@T("police")
def pol_missing_person_internal(r: random.Random) -> list:
    name = thn(r)
    return [
        "ประกาศภายในเครือข่าย (ไม่เผยแพร่สาธารณะ): บุคคลสูญหาย\n",
        "ชื่อ ", P(name), " ชื่อเล่น ", P(r.choice(NICK)), " เกิด ", DOB(r, "th_short", 1990, 2010), "\n",
        "ลักษณะ: สูง 165 ซม. ผิวขาว ", E("DISABILITY", r.choice(["มีภาวะออทิสติก สื่อสารไม่ได้", "บกพร่องทางสติปัญญา", "หูหนวก ใช้ภาษามือ"])), "\n",
        "ออกจากบ้านเลขที่ ", AD(r), " เมื่อ ", when_th(r), "\n",
        "พบเห็นแจ้ง มารดา ", PH(r), " หรือ 191",
    ]


@T("police")
def pol_interrogation_transcript(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "บันทึกคำให้การผู้ต้องหา (ช่วยตัดเป็นประเด็นข้อต่อสู้)\n",
        "ข้าพเจ้านาย", P(name), " เลขประจำตัวประชาชน ", NID(r), " เกิดวันที่ ", DOB(r, "th_long", 1975, 2000), "\n",
        "ขอให้การปฏิเสธ ไม่ได้ร่วมกับพวกลักรถจักรยานยนต์ตามที่ถูกกล่าวหา ข้าพเจ้า",
        CR(r.choice(["เคยถูกศาลจังหวัดชลบุรีพิพากษาจำคุก 8 เดือนคดีรับของโจร เมื่อปี 2563", "เคยต้องโทษคดีพนันและได้รับการพักโทษแล้ว"])),
        " แต่ครั้งนี้ไม่ได้เกี่ยวข้อง ในคืนเกิดเหตุข้าพเจ้าอยู่กับนาย", P(thn(r, False)), " ที่ร้านข้าวต้ม\n",
    ]


@T("police")
def pol_cctv_face_hit_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Summarise this alert for the duty officer in two lines:\n",
        "{\"camera\":\"BKK-RATCHA-0112\",\"ts\":\"", ts(r), "\",\n",
        " \"match\":{\"subject\":\"", P(name), "\",\"pid\":\"", NID(r, "plain"), "\",",
        "\"face\":\"", E("BIOMETRIC_DATA", f"similarity 0.{r.randint(91, 99)} vs enrolled template {b64(r, 24)}"), "\"},\n",
        " \"watchlist_reason\":\"", CR("outstanding arrest warrant for fraud"), "\"}",
    ]


@T("police")
def pol_afis_latent_match(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "ผลตรวจพิสูจน์ลายนิ้วมือแฝง กองพิสูจน์หลักฐาน — สรุปให้พนักงานสอบสวน\n",
        "วัตถุพยาน: แก้วน้ำในที่เกิดเหตุบ้านเลขที่ ", AD(r, "abbr"), "\n",
        "ผลการตรวจ: ", E("BIOMETRIC_DATA", "ลายนิ้วมือแฝงตรงกับนิ้วชี้ขวาของบุคคลในระบบ AFIS จำนวน 14 จุด"), "\n",
        "บุคคลดังกล่าว: นาย", P(name), " เลขประจำตัวประชาชน ", NID(r, "dash"), " ",
        CR("มีประวัติต้องโทษคดีบุกรุกเคหสถานเวลากลางคืน ปี 2561"), "\n",
    ]


@T("police")
def pol_traffic_ticket_sms(r: random.Random) -> list:
    return [
        "ข้อความนี้ของจริงหรือ SMS หลอก? \"ใบสั่งจราจร: รถทะเบียน ", E("TH_VEHICLE_PLATE", plate(r)),
        " ฝ่าฝืนสัญญาณไฟจราจร ", when_th(r), " ผู้ครอบครองคุณ", P(thn(r)),
        " ชำระค่าปรับ 500 บาทภายใน 7 วัน ผ่านแอป PTM หรือ ", PH(r, "plain"), "\"",
    ]


@T("police")
def pol_record_check_certificate(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "แปลหนังสือรับรองผลการตรวจสอบประวัติเป็นภาษาอังกฤษเพื่อยื่นวีซ่า\n",
        "สำนักงานตำรวจแห่งชาติ กองทะเบียนประวัติอาชญากร\n",
        "ขอรับรองว่า ", title, P(name), " เกิดวันที่ ", DOB(r, "th_long", 1970, 2000), " เลขประจำตัวประชาชน ", NID(r), "\n",
        "สูตรลายพิมพ์นิ้วมือ ", E("BIOMETRIC_DATA", f"{r.randint(1, 32)}/{r.randint(1, 32)} W I{r.randint(10, 20)} U{r.randint(10, 20)}"), "\n",
        "ผลการตรวจสอบ: ", CR(r.choice(["พบประวัติคดีขับรถขณะเมาสุรา ศาลแขวงพระนครใต้ ปรับ 10,000 บาท รอลงอาญา",
                                       "พบประวัติคดีลักทรัพย์ ศาลจังหวัดนนทบุรีพิพากษาจำคุก 6 เดือน"])),
    ]


@T("police")
def pol_massage_parlour_raid(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "สรุปรายงานการตรวจค้นสถานบริการให้หัวหน้าสถานี\n",
        "ผลการตรวจค้น ร้านนวดแผนโบราณย่านรัชดาภิเษก พบลูกค้าชาย 1 ราย คือนาย", P(name), " เลขประจำตัวประชาชน ", NID(r),
        " ให้การว่า", E("SEXUAL_BEHAVIOUR", "ได้ซื้อบริการทางเพศจากพนักงานในห้องวีไอพี"),
        " ได้ทำบันทึกถ้อยคำไว้เป็นพยาน พนักงานหญิงสัญชาติลาว 2 ราย ส่ง ตม. ดำเนินการ\n",
        "ผู้รายงาน ร.ต.อ.", P(thn(r, False)), " โทร ", PH(r),
    ]


@T("police")
def pol_stolen_motorcycle_line(r: random.Random) -> list:
    name = thn(r)
    return [
        "[กลุ่มไลน์ สายตรวจ ตำบล", r.choice(["หนองปรือ", "มหาชัย", "ในเมือง"]), "]\n",
        "ร.ต.ต.", P(thn(r, False)), ": รถหายครับ มอไซค์ Honda Wave สีแดง ทะเบียน ", E("TH_VEHICLE_PLATE", plate(r)),
        " ของคุณ", P(name), " จอดหน้าเซเว่นแล้วหายไป ใครเจอติดต่อเจ้าของ ", PH(r), " หรือ ไลน์ ", E("LINE_ID", line_id(r)), "\n",
        "ด.ต.", P(thn(r, False)), ": รับทราบครับ จะตรวจกล้องหน้าตลาดให้\n",
        "(ช่วยสรุปเป็นรายงานประจำวัน)",
    ]


# ==============================================================================================
# Courts
# ==============================================================================================
@T("court")
def court_criminal_judgment_ocr(r: random.Random) -> list:
    d = thn(r, False)
    return [
        "สรุปคำพิพากษานี้ (สแกนจากสำนวน) เป็น 5 บรรทัด\n",
        noisy(r, "คำพิพากษา   คดีหมายเลขดำที่ ", 0.1), case_no(r, "อ."), noisy(r, "  คดีหมายเลขแดงที่ ", 0.1), case_no(r, "อ."), "\n",
        noisy(r, "ศาลจังหวัด", 0.1), r.choice(["สมุทรสาคร", "เชียงราย", "อุดรธานี"]), "  วันที่ ", when_th(r), "\n",
        noisy(r, "พนักงานอัยการจังหวัด    โจทก์\nนาย", 0.1), P(d), noisy(r, "   จำเลย\n", 0.1),
        noisy(r, "ศาลพิเคราะห์แล้ว ข้อเท็จจริงฟังได้ว่าจำเลย", 0.05),
        CR(r.choice(["กระทำความผิดฐานฉ้อโกงประชาชน พิพากษาจำคุก 3 ปี", "มีเมทแอมเฟตามีน 400 เม็ดไว้ในครอบครองเพื่อจำหน่าย จำคุก 5 ปี",
                     "ทำร้ายร่างกายผู้อื่นจนได้รับอันตรายสาหัส จำคุก 2 ปี"])),
        noisy(r, " จำเลยให้การรับสารภาพ เป็นประโยชน์แก่การพิจารณา ลดโทษให้กึ่งหนึ่ง\n", 0.05),
        "จำเลยอยู่บ้านเลขที่ ", AD(r, "abbr"), noisy(r, "\n  ' ||  หน้า 3/4", 0.3),
    ]


@T("court")
def court_divorce_complaint(r: random.Random) -> list:
    wife = thn(r, True)
    husband = thn(r, False)
    other = thn(r, True)
    child = f"{r.choice(['ธนัท', 'ภูมิ', 'ปุณณวิช', 'ณภัทร'])} {husband.split()[1]}"
    return [
        "ช่วยเรียงคำฟ้องหย่าส่วนข้อเท็จจริงให้เป็นข้อ ๆ\n",
        "โจทก์คือนาง", P(wife), " จำเลยคือนาย", P(husband), " จดทะเบียนสมรสกันเมื่อปี 2555 มีบุตร 1 คน คือเด็กชาย", P(child),
        " เกิดวันที่ ", DOB(r, "th_long", 2013, 2016), "\n",
        "ตั้งแต่ปี 2566 จำเลย", E("SEXUAL_BEHAVIOUR", "มีความสัมพันธ์ฉันชู้สาวและร่วมประเวณีกับ"), "นางสาว", P(other),
        " พนักงานบริษัทเดียวกัน และยกย่องเป็นภริยาอย่างเปิดเผย\n",
        "โจทก์และบุตรพักอาศัยที่ ", AD(r, "bkk"), "\nขอเรียกค่าเลี้ยงดูบุตรเดือนละ 15,000 บาท",
    ]


@T("court")
def court_child_support_dna(r: random.Random) -> list:
    mother = thn(r, True)
    father = thn(r, False)
    child = f"{r.choice(['กัญญาณัฐ', 'ปวริศ', 'ชยพล', 'อันดา'])} {mother.split()[1]}"
    return [
        "ร่างคำร้องขอให้ศาลรับรองบุตร จากข้อมูลนี้\n",
        "ผู้ร้อง นาง", P(mother), " เลขบัตร ", NID(r), " มารดาของเด็กหญิง/ชาย", P(child), " เกิด ", DOB(r, "slash_be", 2016, 2021), "\n",
        "ผู้คัดค้าน นาย", P(father), " ปฏิเสธความเป็นบิดา ศาลสั่งให้ตรวจ DNA ณ สถาบันนิติวิทยาศาสตร์\n",
        "ผลการตรวจ: ", E("GENETIC_DATA", "ผู้คัดค้านเป็นบิดาทางสายโลหิตของเด็ก ค่าดัชนีความเป็นบิดา 2.1 ล้านเท่า"), "\n",
        "ขอค่าอุปการะเลี้ยงดูเดือนละ ", amount(r, 3000, 20000), " บาท",
    ]


@T("court")
def court_labour_union_dismissal(r: random.Random) -> list:
    name = thn(r)
    return [
        "ช่วยเขียนคำฟ้องศาลแรงงานส่วน 'มูลคดี' ให้กระชับ\n",
        "โจทก์ ", P(name), " เลขบัตร ", NID(r), " ทำงานตำแหน่งช่างเทคนิคที่ ", r.choice(COMPANIES[5:7]),
        " (ทะเบียนนิติบุคคล ", JID(r), ") มา 11 ปี\n",
        "โจทก์", E("TRADE_UNION", r.choice(["เป็นกรรมการสหภาพแรงงานไทยรุ่งเรืองพลาสติก", "เป็นประธานสหภาพแรงงานในสถานประกอบการ"])),
        " และยื่นข้อเรียกร้องเมื่อ ", when_th(r), " หลังจากนั้น 3 วัน จำเลยเลิกจ้างโดยอ้างว่าปรับโครงสร้าง ",
        "ซึ่งเป็นการกระทำอันไม่เป็นธรรมตามมาตรา 121 พ.ร.บ.แรงงานสัมพันธ์\n",
        "ติดต่อโจทก์ ", PH(r),
    ]


@T("court")
def court_bail_petition(r: random.Random) -> list:
    d = thn(r, False)
    surety_t, surety = tname(r)
    return [
        "คำร้องขอปล่อยชั่วคราว — ช่วยเพิ่มเหตุผลด้านมนุษยธรรมให้หนักแน่น\n",
        "ผู้ต้องหา นาย", P(d), " เลขประจำตัวประชาชน ", NID(r), " ", CR(r.choice(["ถูกฝากขังในข้อหาฉ้อโกง", "ถูกกล่าวหาว่ายักยอกทรัพย์นายจ้าง"])),
        " ปัจจุบัน", H(r.choice(["ป่วยเป็นโรคไตวายเรื้อรังระยะที่ 4 ต้องฟอกไตสัปดาห์ละ 2 ครั้ง", "เป็นมะเร็งลำไส้ใหญ่ระยะที่ 3 อยู่ระหว่างให้เคมีบำบัด"])),
        "\nนายประกัน ", surety_t, P(surety), " เลขบัตร ", NID(r), " ใช้โฉนดที่ดินเลขที่ ", str(r.randint(1000, 99999)),
        " ราคาประเมิน ", amount(r, 300000, 2000000), " บาท เป็นหลักประกัน\n",
    ]


@T("court")
def court_summons_summary_en(r: random.Random) -> list:
    client = r.choice(WESTERN_M)
    plaintiff = rom(r, True)
    return [
        "Write a short cover email to our client explaining this summons.\n\n",
        "Civil Court, Black Case No. Por. ", str(r.randint(1000, 9999)), "/2025. Plaintiff: Ms ", P(plaintiff),
        ". Defendant: Mr ", P(client), " (passport ", PP(r, "other"), "). Claim: THB ", amount(r, 100000, 3000000),
        " for unpaid rent and damage to the condominium at ", E("ADDRESS", addr_en(r)), ". First hearing: ", when_en(r),
        ". Client email: ", E("EMAIL_ADDRESS", email(r, client)), ".",
    ]


@T("court")
def court_efiling_cios_json(r: random.Random) -> list:
    lawyer = thn(r)
    return [
        "ระบบ e-Filing ตอบ 401 ทั้งที่ token ยังไม่หมดอายุ ดู request นี้ให้หน่อย\n",
        "POST /api/v2/filings\n",
        '{"court":"ศาลแพ่งกรุงเทพใต้","case_type":"ผบ.","plaintiff":"', P(thn(r)), '",\n',
        ' "defendant":"', P(thn(r)), '","lawyer":{"name":"', P(lawyer), '","license":"', str(r.randint(1000, 9999)), "/", str(r.randint(2540, 2566)),
        '","email":"', E("EMAIL_ADDRESS", email(r)), '"},\n',
        ' "client_ip":"', E("IP_ADDRESS", ipv4(r)), '","doc_count":4}',
    ]


@T("court")
def court_sign_language_request(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "คำร้องขอให้ศาลจัดล่ามภาษามือ — ตรวจความถูกต้อง\n",
        "ด้วยพยานโจทก์ปากที่ 3 คือ ", title, P(name), " ", E("DISABILITY", "เป็นคนหูหนวกแต่กำเนิดและพูดไม่ได้"),
        " สื่อสารได้ด้วยภาษามือไทยเท่านั้น จึงขอให้ศาลจัดล่ามภาษามือในวันนัดสืบพยาน ", when_th(r),
        "\nผู้ประสานงานฝั่งพยาน: ", P(thn(r)), " โทร ", PH(r),
    ]


@T("court")
def court_incompetency_petition(r: random.Random) -> list:
    father = thn(r, False)
    son = f"{r.choice(TH_GIVEN_M)} {father.split()[1]}"
    return [
        "คำร้องขอให้ศาลสั่งให้บุคคลเป็นคนไร้ความสามารถ (ร่าง) — ตรวจภาษากฎหมาย\n",
        "ผู้ร้อง นาย", P(son), " เลขบัตร ", NID(r), " เป็นบุตรของนาย", P(father), " เกิดวันที่ ", DOB(r, "th_long", 1935, 1950),
        "\nนาย", P(father.split()[0]), H(r.choice(["ป่วยด้วยโรคอัลไซเมอร์ระยะรุนแรง จำญาติไม่ได้", "มีภาวะสมองเสื่อมจากหลอดเลือดสมองตีบ นอนติดเตียง"])),
        " ตามใบรับรองแพทย์โรงพยาบาลศรีธัญญา HN ", E("MEDICAL_RECORD_NUMBER", hn(r, "slash")),
        "\nขอให้ศาลตั้งผู้ร้องเป็นผู้อนุบาล เพื่อจัดการบัญชีเงินฝากเลขที่ ", ACC(r),
    ]


@T("court")
def court_mediation_card_debt(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "บันทึกการไกล่เกลี่ยข้อพิพาท ศูนย์ไกล่เกลี่ยศาลแขวง", r.choice(["ดุสิต", "ธนบุรี", "เชียงใหม่"]), "\n",
        "ผู้เกี่ยวข้อง: ธนาคารผู้ออกบัตร (โจทก์) กับ ", title, P(name), " (จำเลย) เลขบัตร ", NID(r), "\n",
        "หนี้บัตรเครดิตหมายเลข ", E("CREDIT_CARD", card(r)), " ยอดคงค้าง ", amount(r, 30000, 300000), " บาท\n",
        "ตกลงผ่อนชำระเดือนละ 3,000 บาท เริ่ม ", when_th(r), " ผ่านบัญชีจำเลยเลขที่ ", ACC(r), "\n",
        "ช่วยร่างสัญญาประนีประนอมยอมความจากบันทึกนี้",
    ]


@T("court")
def court_juvenile_observation_report(r: random.Random) -> list:
    name = f"{r.choice(['ธนกร', 'ศุภวิชญ์', 'ภาณุพงศ์', 'กิตติศักดิ์'])} {r.choice(TH_SUR)}"
    return [
        "รายงานสถานพินิจ (ช่วยสรุปให้ผู้พิพากษาสมทบอ่านเร็ว)\n",
        "เด็กชาย", P(name), " เกิด ", DOB(r, "th_short", 2009, 2011), " นักเรียนชั้น ม.3 รหัสนักเรียน ", E("STUDENT_ID", student_id(r, "school")), "\n",
        "ข้อกล่าวหา: ", CR(r.choice(["ร่วมกันทำร้ายผู้อื่นด้วยอาวุธมีด", "ลักทรัพย์ร้านสะดวกซื้อ"])), "\n",
        "ประวัติสุขภาพ: ", H(r.choice(["เป็นโรคสมาธิสั้น รับประทานยา Methylphenidate", "มีภาวะซึมเศร้า เคยทำร้ายตนเอง"])), "\n",
        "ผู้ปกครอง: มารดา ", P(thn(r, True)), " โทร ", PH(r),
    ]


@T("court")
def court_probation_presentence(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "รายงานการสืบเสาะและพินิจ สำนักงานคุมประพฤติจังหวัด", r.choice(["นครราชสีมา", "สงขลา", "ลำปาง"]), "\n",
        "จำเลย: ", P(name), " อายุ ", str(r.randint(20, 50)), " ปี ที่อยู่ ", AD(r), "\n",
        "ความผิด: ", CR("ขับรถขณะเมาสุราเป็นเหตุให้ผู้อื่นได้รับบาดเจ็บ"), "\n",
        "ประวัติ: ", H("ติดสุราเรื้อรัง เคยบำบัดที่โรงพยาบาลธัญญารักษ์"), " ", E("RELIGION", "นับถือศาสนาคริสต์ เป็นสมาชิกโบสถ์ประจำหมู่บ้าน"),
        " ผู้นำศาสนารับรองความประพฤติ\nความเห็น: ควรรอการลงโทษและให้ทำงานบริการสังคม\n(สรุปเป็นภาษาอังกฤษ 3 bullet)",
    ]


@T("court")
def court_affidavit_th(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "บันทึกถ้อยคำยืนยันข้อเท็จจริง (Affidavit)\n",
        "ข้าพเจ้า ", title, P(name), " เกิดวันที่ ", DOB(r), " เลขประจำตัวประชาชน ", NID(r), "\n",
        "อยู่บ้านเลขที่ ", AD(r), "\n",
        "ขอยืนยันข้อเท็จจริงว่า ข้าพเจ้าเป็นผู้ครอบครองรถยนต์ทะเบียน ", E("TH_VEHICLE_PLATE", plate(r)),
        " และได้ขายให้แก่นาย", P(thn(r, False)), " ตั้งแต่วันที่ ", when_th(r, 2566), " โดยยังไม่ได้โอนทางทะเบียน\n",
        "(ตรวจรูปแบบให้ถูกต้องตามข้อกำหนดคดีแพ่ง)",
    ]


@T("court")
def court_affidavit_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Please proofread this affidavit before notarisation:\n\n",
        "AFFIDAVIT OF SINGLE STATUS\nI, ", P(name), ", born on ", DOB(r, "en", 1980, 2000), ", holder of Thai passport no. ",
        PP(r, "th"), ", residing at ", E("ADDRESS", addr_en(r)), ", do solemnly declare that I have never been married ",
        "in Thailand or elsewhere and am free to marry Mr ", P(r.choice(WESTERN_M)), ".\nSworn before me on ", when_en(r), ".",
    ]


@T("court")
def court_112_legal_aid(r: random.Random) -> list:
    name = thn(r)
    return [
        "ช่วยทำไทม์ไลน์คดีลูกความจากบันทึกทนาย\n",
        "ลูกความ: ", P(name), " อายุ ", str(r.randint(19, 35)), " ปี โทร ", PH(r), "\n",
        "- ", when_th(r, 2563), ": ", E("POLITICAL_OPINION", "ขึ้นปราศรัยเรียกร้องให้ปฏิรูปสถาบันในการชุมนุมของกลุ่มราษฎร"), "\n",
        "- ", when_th(r, 2564), ": ", CR("ถูกแจ้งข้อกล่าวหาตามประมวลกฎหมายอาญามาตรา 112 และ 116"), "\n",
        "- ", when_th(r, 2568), ": ศาลอาญานัดฟังคำพิพากษา\n",
        "ผู้ประกัน: กองทุนราษฎรประสงค์",
    ]


@T("court")
def court_deep_south_case_en(r: random.Random) -> list:
    name = r.choice(["Abdulloh Samae", "Hasan Yusoh", "Ismail Tayeh", "Muhammad Doloh"])
    return [
        "Draft a briefing for the visiting foreign lawyers (neutral tone):\n\n",
        "Our client ", P(name), " (ID ", NID(r, "dash", "1"), "), a ", E("ETHNICITY", "Malay"), " ", E("RELIGION", "Muslim"),
        " from Rueso district, ", CR("was charged under the Security Act with supporting an insurgent cell"),
        ". The prosecution relies mainly on ", E("GENETIC_DATA", "a DNA profile taken from his cheek swab that it says matches a cigarette butt at the scene"),
        ". He was held 30 days at Ingkayutthaboriharn camp. Family contact: ", PH(r, "intl"), ".",
    ]


@T("court")
def court_lawyer_client_line_chat(r: random.Random) -> list:
    client = thn(r, True)
    return [
        "สรุปแชทนี้ลงแฟ้มคดีให้หน่อย\n",
        "[ทนาย", P(thn(r, False)), "] พรุ่งนี้นัดสืบพยาน 09.00 น. ห้องพิจารณา 12 นะครับ\n",
        "[", P(client), "] ค่ะทนาย หนูกังวลว่าเขาจะยกเรื่องที่หนู", CR("เคยโดนคดียักยอกเงินร้านเมื่อปี 62"), "ขึ้นมา\n",
        "[ทนาย] ไม่เป็นไรครับ คดีนั้นรอลงอาญาไปแล้ว\n",
        "[", P(client), "] ถ้าด่วนแอดไลน์ส่วนตัวหนู ", E("LINE_ID", line_id(r)), " หรือโทร ", PH(r), " ได้เลยค่ะ",
    ]


@T("court")
def court_witness_list_table(r: random.Random) -> list:
    rows = []
    for i in range(1, 4):
        t, n = tname(r)
        rows += [f"| {i} | {t}", P(n), " | ", AD(r), " | ", PH(r), " |\n"]
    return [
        "บัญชีระบุพยานโจทก์ คดีหมายเลขดำที่ ", case_no(r, "พ."), " — ตรวจว่าลำดับพยานตรงกับคำฟ้อง\n",
        "| ลำดับ | ชื่อ | ที่อยู่ | โทรศัพท์ |\n|---|---|---|---|\n", rows,
    ]


@T("court")
def court_protest_emergency_decree(r: random.Random) -> list:
    name = thn(r)
    return [
        "เตรียมข้อต่อสู้คดีนักศึกษาชุมนุม ฝ่ายกฎหมายมหาวิทยาลัยขอข้อมูลสรุป\n",
        "จำเลย: นักศึกษา", P(name), " รหัสนักศึกษา ", E("STUDENT_ID", student_id(r, "uni")), "\n",
        "ข้อเท็จจริง: จำเลย", E("POLITICAL_OPINION", "เข้าร่วมชุมนุมเรียกร้องให้นายกรัฐมนตรีลาออกและแก้รัฐธรรมนูญ"),
        " ที่แยกราชประสงค์เมื่อ ", when_th(r, 2563), "\n",
        "ข้อหา: ", CR("ฝ่าฝืนข้อกำหนดตามพระราชกำหนดการบริหารราชการในสถานการณ์ฉุกเฉิน"), "\n",
        "อาจารย์ที่ปรึกษา: ", P(thn(r)), " อีเมล ", E("EMAIL_ADDRESS", email(r, None, "gmail.com")),
    ]


@T("court")
def court_enforcement_salary_garnish(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "หนังสืออายัดเงินเดือน สำนักงานบังคับคดีจังหวัด", r.choice(["นนทบุรี", "ปทุมธานี", "ชลบุรี"]), "\n",
        "ที่ ยธ ", str(r.randint(1000, 9999)), "/", str(r.randint(1000, 9999)), "\n",
        "เรียน ผู้จัดการฝ่ายบุคคล ", r.choice(COMPANIES[5:7]), " (เลขทะเบียน ", JID(r), ")\n",
        "ด้วยลูกจ้างของท่าน ", title, P(name), " เลขประจำตัวประชาชน ", NID(r), " เป็นลูกหนี้ตามคำพิพากษา ",
        "ขอให้ท่านส่งเงินเดือนร้อยละ 30 ส่วนที่เกิน 20,000 บาท มายังสำนักงานฯ จนกว่าจะครบ ", amount(r, 50000, 400000), " บาท\n",
        "(สรุปสิ่งที่ HR ต้องทำ)",
    ]


# ==============================================================================================
# Law firms and lawyers
# ==============================================================================================
@T("law_firm")
def law_client_intake_form(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "แบบฟอร์มรับเรื่องลูกความ (จากเว็บไซต์สำนักงานกฎหมาย) — จัดประเภทคดีและความเร่งด่วน\n",
        "ชื่อ-นามสกุล: ", title, P(name), "\n",
        "เลขบัตรประชาชน: ", NID(r), "\n",
        "โทร: ", PH(r), "  LINE: ", E("LINE_ID", line_id(r)), "\n",
        "อีเมล: ", E("EMAIL_ADDRESS", email(r)), "\n",
        "ที่อยู่: ", AD(r), "\n",
        "รายละเอียด: ถูกนายจ้างเลิกจ้างโดยไม่จ่ายค่าชดเชย ทำงานมา 6 ปี ได้รับหนังสือเลิกจ้างเมื่อ ", when_th(r), "\n",
    ]


@T("law_firm")
def law_fee_invoice_email(r: random.Random) -> list:
    lawyer = thn(r, False)
    client = thn(r)
    return [
        "ช่วยเขียนอีเมลทวงค่าวิชาชีพงวดที่ 2 แบบสุภาพ\n\n",
        "ถึง คุณ", P(client), " (", E("EMAIL_ADDRESS", email(r)), ")\n",
        "ค่าวิชาชีพคดีแพ่งหมายเลขดำที่ ", case_no(r, "พ."), " งวดที่ 2 จำนวน 35,000 บาท ครบกำหนด ", when_th(r), "\n",
        "โอนเข้าบัญชี ", r.choice(BANKS), " ชื่อบัญชี ", P(lawyer), " เลขที่ ", ACC(r), "\n",
        "ลงชื่อ ทนายความ", P(lawyer),
    ]


@T("law_firm")
def law_llm_case_summary_prompt(r: random.Random) -> list:
    a = thn(r)
    b = thn(r, False)
    return [
        "You are a Thai litigation assistant. Summarise the facts below in English for the partner, max 150 words.\n\n",
        "ผู้เสียหาย ", P(a), " (เลขบัตร ", NID(r), ") ถูกนาย", P(b), " ขับรถยนต์ชนขณะข้ามทางม้าลายหน้าศาลากลาง ",
        "ได้รับบาดเจ็บ", H(r.choice(["กระดูกเชิงกรานหัก ต้องผ่าตัดและพักฟื้น 4 เดือน", "เลือดออกในสมอง ต้องผ่าตัดเปิดกะโหลก"])),
        " ฝ่ายจำเลย", CR("เคยถูกดำเนินคดีขับรถประมาททำให้ผู้อื่นเสียชีวิตเมื่อปี 2560"),
        " ต้องการเรียกค่าเสียหาย 1.2 ล้านบาท",
    ]


@T("law_firm")
def law_power_of_attorney_ocr(r: random.Random) -> list:
    g_t, grantor = tname(r)
    a_t, agent = tname(r)
    return [
        "ถอดข้อความหนังสือมอบอำนาจที่สแกนมาเอียง ๆ\n",
        noisy(r, "หนังสือมอบอำนาจ     เขียนที่ ", 0.1), "สำนักงานที่ดินจังหวัดนนทบุรี\n",
        noisy(r, "โดยหนังสือนี้ ข้าพเจ้า ", 0.1), g_t, P(grantor), noisy(r, " อายุ ", 0.2), str(r.randint(30, 80)),
        " ปี เลขประจำตัวประชาชน ", NID(r, "space"), "\n", noisy(r, "อยู่บ้านเลขที่ ", 0.1), AD(r, "full"), "\n",
        noisy(r, "ขอมอบอำนาจให้ ", 0.1), a_t, P(agent), " เลขประจำตัวประชาชน ", NID(r, "space"),
        noisy(r, "\nเป็นผู้มีอำนาจจดทะเบียนขายที่ดินโฉนดเลขที่ ", 0.1), str(r.randint(1000, 99999)), noisy(r, " แทนข้าพเจ้า  |' \n", 0.3),
    ]


@T("law_firm")
def law_will_draft(r: random.Random) -> list:
    testator = thn(r)
    heirs = [thn(r), thn(r)]
    return [
        "ร่างพินัยกรรมแบบเขียนเองให้ตรวจถ้อยคำ\n\n",
        "ข้าพเจ้า", P(testator), " เกิดวันที่ ", DOB(r, "th_long", 1940, 1965), " เลขประจำตัวประชาชน ", NID(r), "\n",
        "ขอทำพินัยกรรมฉบับนี้ไว้ดังนี้ 1) บ้านเลขที่ ", AD(r), " ให้แก่", P(heirs[0]), "\n",
        "2) เงินฝากทั้งหมดในบัญชี ", r.choice(BANKS), " เลขที่ ", ACC(r), " ให้แก่", P(heirs[1]), "\n",
        "3) เมื่อข้าพเจ้าถึงแก่กรรม ข้าพเจ้า", E("RELIGION", r.choice(["เป็นคริสตชนคาทอลิก", "เป็นคริสเตียน"])),
        " ขอให้ประกอบพิธีศพที่โบสถ์ตามความเชื่อของข้าพเจ้า",
    ]


@T("law_firm")
def law_demand_letter_card(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "ที่ นธ.", str(r.randint(100, 999)), "/2568\n", when_th(r), "\n",
        "เรื่อง บอกกล่าวทวงถามให้ชำระหนี้\n",
        "เรียน ", title, P(name), "\n",
        "ตามที่ท่านได้ใช้บัตรเครดิตหมายเลข ", E("CREDIT_CARD", card(r)), " และค้างชำระเป็นเงิน ", amount(r, 20000, 250000),
        " บาท ข้าพเจ้าในฐานะทนายความผู้รับมอบอำนาจจากธนาคาร ขอให้ท่านชำระภายใน 30 วัน\n",
        "ส่งไปรษณีย์ลงทะเบียนตอบรับถึง ", AD(r), "\n\n(แก้ให้เป็นภาษาที่ไม่ข่มขู่ตาม พ.ร.บ.การทวงถามหนี้)",
    ]


@T("law_firm")
def law_memo_foreign_counsel_en(r: random.Random) -> list:
    director = r.choice(WESTERN)
    thai = rom(r, False)
    return [
        "Tighten this memo to our Singapore co-counsel:\n\n",
        "Re: Share pledge dispute - ", r.choice(COMPANIES_EN), " (registration no. ", JID(r), ")\n",
        "The Thai nominee shareholder, Mr ", P(thai), " (ID ", NID(r, "plain"), "), claims he never signed the pledge. ",
        "The foreign director, ", P(director), " (passport ", PP(r, "other"), "), insists it was validly signed. ",
        "We need the notary's records before ", when_en(r), ". Please copy ", E("EMAIL_ADDRESS", email(r, director, "lexasia.sg")), ".",
    ]


@T("law_firm")
def law_hr_background_advice_en(r: random.Random) -> list:
    cand = rom(r, False)
    return [
        "Client question, please draft an answer under Thai law:\n\n",
        "\"Our candidate ", P(cand), " (", E("EMAIL_ADDRESS", email(r, cand)), ") disclosed that he ",
        CR("was convicted of embezzlement in 2018 and served 14 months"), ". Can we withdraw the offer for a cashier role? ",
        "We also learned he ", E("TRADE_UNION", "was a union committee member at his previous employer"), ". Does that matter?\"",
    ]


@T("law_firm")
def law_adultery_compensation_claim(r: random.Random) -> list:
    wife = thn(r, True)
    other = thn(r, True)
    husband = thn(r, False)
    return [
        "ร่างหนังสือเรียกค่าทดแทนจากหญิงอื่น ตามมาตรา 1523 วรรคสอง\n",
        "ลูกความ: นาง", P(wife), " ภริยาโดยชอบด้วยกฎหมายของนาย", P(husband), "\n",
        "คู่กรณี: นางสาว", P(other), " ที่อยู่ ", AD(r), "\n",
        "พยานหลักฐาน: ภาพถ่ายและแชท LINE แสดงว่าคู่กรณี", E("SEXUAL_BEHAVIOUR", "มีเพศสัมพันธ์กับสามีของลูกความหลายครั้งที่โรงแรม"),
        " ระหว่างเดือนมีนาคม–มิถุนายน 2568\nเรียกค่าทดแทน 500,000 บาท",
    ]


@T("law_firm")
def law_inheritance_dna_en(r: random.Random) -> list:
    claimant = rom(r)
    dead = rom(r, False)
    return [
        "Turn these notes into a letter to the estate administrator:\n",
        "- Deceased: ", P(dead), " (ID ", NID(r, "dash", "3"), "), died intestate.\n",
        "- Our client ", P(claimant), ", born ", DOB(r, "en", 1995, 2003), ", was never legitimated.\n",
        "- Siriraj forensic lab: ", E("GENETIC_DATA", "Y-STR and autosomal STR results consistent with paternity, probability 99.97%"), ".\n",
        "- Client reachable at ", PH(r, "intl"), ".",
    ]


# ==============================================================================================
# Immigration and migrant workers
# ==============================================================================================
@T("immigration")
def imm_tm30_notification(r: random.Random) -> list:
    guest = r.choice(WESTERN)
    host_t, host = tname(r)
    return [
        "กรอก ตม.30 ออนไลน์ให้แขกต่างชาติ ช่วยเช็คข้อมูล\n",
        "เจ้าบ้าน: ", host_t, P(host), " เลขบัตร ", NID(r), " โทร ", PH(r), "\n",
        "คนต่างด้าว: ", P(guest), " หนังสือเดินทาง ", PP(r, "other"), " สัญชาติ ", r.choice(["อังกฤษ", "เยอรมัน", "ญี่ปุ่น", "ฝรั่งเศส"]), "\n",
        "ที่พัก: ", AD(r), "\nวันที่เข้าพัก ", when_th(r),
    ]


@T("immigration")
def imm_90day_report_email_en(r: random.Random) -> list:
    name = r.choice(WESTERN)
    return [
        "Subject: 90-day report rejected\n\n",
        "Hi, my online 90-day report was rejected with 'address mismatch'. Details:\n",
        "Name: ", P(name), "\nPassport: ", PP(r, "other"), "\nNon-O visa, last entry ", when_en(r), "\n",
        "Current address: ", E("ADDRESS", addr_en(r)), "\n",
        "Phone ", PH(r, "intl"), ", email ", E("EMAIL_ADDRESS", email(r, name)), "\nWhat should I correct?",
    ]


@T("immigration")
def imm_work_permit_application_mm(r: random.Random) -> list:
    en, th, c = migrant(r, "mm")
    return [
        "ตรวจคำขอใบอนุญาตทำงาน (บต.48) ของแรงงานเมียนมาก่อนส่งกรมการจัดหางาน\n",
        "ชื่อ (อังกฤษ): ", P(en), "\nชื่อ (ไทย): ", P(th), "\n",
        "หนังสือเดินทาง: ", PP(r, c), "  วันเกิด: ", DOB(r, "slash_ce", 1985, 2004), "\n",
        "โทรศัพท์: ", E("PHONE_NUMBER", foreign_phone(r, "mm")), " / ", PH(r), "\n",
        "นายจ้าง: ", r.choice(COMPANIES[:4]), " เลขทะเบียนนิติบุคคล ", JID(r), "\n",
        "ตำแหน่ง: กรรมกร  ท้องที่ทำงาน: ", AD(r, "abbr"), "\n",
    ]


@T("immigration")
def imm_mou_cambodia_csv(r: random.Random) -> list:
    rows = []
    for i in range(1, 4):
        female = r.random() < 0.5
        en, _th, _ = migrant(r, "kh", female)
        rows += [f"{i},", P(en), ",", "F" if female else "M", ",", DOB(r, "iso", 1984, 2004), ",", PP(r, "kh"), ",Poipet\n"]
    return [
        "Check this MOU worker list (Cambodia) for duplicate passports before we send it to the recruitment agency:\n",
        "no,name,sex,dob,passport,entry_checkpoint\n", rows,
    ]


@T("immigration")
def imm_pink_card_broker_chat(r: random.Random) -> list:
    _en, th, _c = migrant(r, "mm", False)
    return [
        "แชทนี้เป็นนายหน้าเถื่อนไหม ช่วยวิเคราะห์\n",
        "[นายหน้า] พี่", P(th), " ต่อบัตรชมพูรอบนี้ 9,500 นะ รวมตรวจสุขภาพ ไม่ต้องไปเอง\n",
        "[", P(th), "] ผมไม่มีพาสปอร์ต มีแต่ CI เลข ", PP(r, "mm"), " ได้ไหม\n",
        "[นายหน้า] ได้ โอนมัดจำมาที่บัญชีพี่ ", ACC(r), " แล้วแอดไลน์ ", E("LINE_ID", line_id(r, "agent")), "\n",
        "[", P(th), "] โทรหาผม ", E("PHONE_NUMBER", foreign_phone(r, "mm")), " นะ",
    ]


@T("immigration")
def imm_health_exam_work_permit(r: random.Random) -> list:
    en, th, c = migrant(r, None, True)
    return [
        "ใบรับรองแพทย์ตรวจสุขภาพแรงงานต่างด้าว — แปลผลให้นายจ้างแบบไม่เกินจำเป็น\n",
        "ชื่อ ", P(en), " (", P(th), ") หนังสือเดินทาง ", PP(r, c), " HN ", E("MEDICAL_RECORD_NUMBER", hn(r)), "\n",
        "ผลตรวจ: ", H(r.choice(["เอกซเรย์ปอดพบวัณโรคระยะติดต่อ", "ตรวจพบการตั้งครรภ์ 10 สัปดาห์", "ผลเลือดซิฟิลิสเป็นบวก (ระยะที่ 2)"])),
        "\nความเห็นแพทย์: ต้องรักษาก่อนออกใบรับรอง",
    ]


@T("immigration")
def imm_overstay_detention_en(r: random.Random) -> list:
    name = r.choice(["Mohammed Rafiq", "Nur Kalam", "Abdul Hamid", "Shafiqul Islam"])
    return [
        "Condense for the UNHCR referral form:\n\n",
        P(name), ", ", E("ETHNICITY", "Rohingya"), ", stateless, held at Suan Phlu Immigration Detention Centre since ", when_en(r),
        ". He ", CR("was convicted of illegal entry and fined THB 2,000"), " and cannot be deported. ",
        "He ", H(r.choice(["has untreated tuberculosis", "suffers from severe PTSD and insomnia", "has a fractured ankle that was never set"])),
        ". His cousin in Mae Sot can be reached on ", PH(r, "intl"), ".",
    ]


@T("immigration")
def imm_biometric_enrolment_log(r: random.Random) -> list:
    lines = []
    for _ in range(2):
        c = r.choice(["mm", "kh", "la"])
        en, _, _ = migrant(r, c)
        lines += [f"{ts(r)} ENROL ok passport=", PP(r, c), " name=\"", P(en), "\" fp_template=",
                  E("BIOMETRIC_DATA", b64(r, 48)), f" nfiq=2 station=SKN-{r.randint(1, 9)} ip=",
                  E("IP_ADDRESS", ipv4(r)), "\n"]
    return ["Why are two stations sending from public IPs? log excerpt:\n", lines]


@T("immigration")
def imm_marriage_visa_extension_en(r: random.Random) -> list:
    foreigner = r.choice(WESTERN_M)
    wife = rom(r, True)
    return [
        "Checklist request: I am applying to extend my stay based on marriage.\n",
        "Me: ", P(foreigner), ", passport ", PP(r, "other"), ", born ", DOB(r, "en", 1955, 1985), ".\n",
        "Wife: ", P(wife), ", Thai ID ", NID(r, "space"), ".\n",
        "We live at ", E("ADDRESS", addr_en(r)), ". Our joint account at Kasikornbank is ", ACC(r, "dash"),
        ". What documents does Chaeng Watthana immigration want?",
    ]


@T("immigration")
def imm_change_employer_lao(r: random.Random) -> list:
    en, th, _ = migrant(r, "la")
    return [
        "แบบแจ้งเปลี่ยนนายจ้าง (แรงงานลาว) — ร่างหนังสือยินยอมจากนายจ้างเดิม\n",
        "ลูกจ้าง: ", P(th), " (", P(en), ") หนังสือเดินทาง ", PP(r, "la"), " โทร ", E("PHONE_NUMBER", foreign_phone(r, "la")), "\n",
        "นายจ้างเดิม: ", COMPANIES[6], " เลขทะเบียน ", JID(r), "\n",
        "นายจ้างใหม่: ", COMPANIES[5], " เลขทะเบียน ", JID(r), "\n",
        "เหตุผล: นายจ้างเดิมเลิกกิจการ",
    ]


@T("immigration")
def imm_deportation_ngo_en(r: random.Random) -> list:
    en, _, c = migrant(r, r.choice(["mm", "kh"]), True)
    return [
        "Summarise for our regional legal network (keep medical detail; they need it for the shelter):\n\n",
        "Client ", P(en), " (passport ", PP(r, c), ") ", CR("was arrested for working without a permit"), " at a construction site in Pathum Thani. ",
        "She ", H(r.choice(["is HIV positive and on antiretroviral therapy", "is 6 months pregnant", "has insulin-dependent diabetes"])),
        " and her medication was confiscated. Deportation via Mae Sot is scheduled for ", when_en(r),
        ". Her sister's number: ", E("PHONE_NUMBER", foreign_phone(r, c)), ".",
    ]


@T("immigration")
def imm_fishing_vessel_screening(r: random.Random) -> list:
    crew = r.sample([m for m in CAMBODIA if m[0] not in CAMBODIA_F], 2)
    return [
        "ศูนย์ PIPO สมุทรสาคร: สรุปผลตรวจเรือประมงลำนี้ให้หัวหน้าชุด\n",
        "เรือ ", r.choice(["ส.ทวีโชค 9", "ป.เจริญสมุทร 3", "ช.รุ่งนภา 7"]), " ไต๋เรือ นาย", P(thn(r, False)), " โทร ", PH(r), "\n",
        "ลูกเรือกัมพูชา: ", P(crew[0][0]), " (", PP(r, "kh"), ") และ ", P(crew[1][0]), " (", PP(r, "kh"), ")\n",
        "ข้อสังเกต: ", P(crew[1][1]), H(r.choice(["มีแผลติดเชื้อที่มือขวา ไม่ได้รับการรักษา", "มีอาการขาดน้ำและไข้สูง"])),
        " และแจ้งว่าไม่ได้รับค่าจ้าง 3 เดือน เข้าข่ายคัดกรองการค้ามนุษย์",
    ]


@T("immigration")
def imm_border_pass_day_worker(r: random.Random) -> list:
    en, th, _ = migrant(r, "la")
    return [
        "บันทึกด่านพรมแดนหนองคาย (บัตรผ่านแดนชั่วคราว) — ตรวจข้อมูลซ้ำ\n",
        "ชื่อ ", P(th), " / ", P(en), " | เลขหนังสือผ่านแดน LA-", str(r.randint(100000, 999999)),
        " | เบอร์ ", E("PHONE_NUMBER", foreign_phone(r, "la")), " | นายจ้างฝั่งไทย นาง", P(thn(r, True)), " ", PH(r),
        "\nเข้า ", when_th(r), " 07:12 ออก 18:40",
    ]


@T("immigration")
def imm_face_gate_log_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Explain this automatic-gate rejection to the passenger in a polite SMS:\n",
        "gate=SUV-AG-14 ts=", ts(r), " passport=", PP(r, "th"), " holder=\"", P(name), "\" ",
        E("BIOMETRIC_DATA", f"face_score=0.{r.randint(31, 58)} chip_photo_hash={hexs(r, 20)}"),
        " result=REFER_TO_OFFICER\nreply-to mobile ", PH(r, "intl"),
    ]


@T("immigration")
def imm_evisa_payment_log(r: random.Random) -> list:
    name = r.choice(WESTERN)
    return [
        "Payment gateway declined this e-visa fee; is it our bug or the card?\n",
        '{"applicant":"', P(name), '","passport":"', PP(r, "other"), '","fee_thb":2000,\n',
        ' "pan":"', E("CREDIT_CARD", card(r, "plain")), '","3ds":"failed","ip":"', E("IP_ADDRESS", ipv4(r)), '"}',
    ]


# ==============================================================================================
# NGOs and legal aid
# ==============================================================================================
@T("ngo_legal_aid")
def ngo_wage_theft_intake_json(r: random.Random) -> list:
    en, th, c = migrant(r, "mm", False)
    return [
        "Classify this intake (wage_theft / trafficking / injury / other) and list missing fields:\n",
        '{"case":"MWRN-', str(r.randint(1000, 9999)), '","name_en":"', P(en), '","name_th":"', P(th), '",\n',
        ' "passport":"', PP(r, c), '","phone":"', E("PHONE_NUMBER", foreign_phone(r, c)), '",\n',
        ' "employer_tax_id":"', JID(r, "plain"), '","unpaid_months":', str(r.randint(2, 7)), ',\n',
        ' "notes":"', E("TRADE_UNION", "joined the Migrant Workers Rights Network union in March"), '; supervisor threatened to cancel his permit"}',
    ]


@T("ngo_legal_aid")
def ngo_hotline_transcript_mm(r: random.Random) -> list:
    en, th, _c = migrant(r, "mm", True)
    return [
        "ถอดความสายด่วน (ล่ามพม่า-ไทย) สรุปเป็นภาษาไทย 5 บรรทัด\n",
        "เจ้าหน้าที่: ชื่ออะไรคะ\nล่าม: เธอชื่อ", P(th), " สะกดอังกฤษ ", P(en), "\n",
        "ล่าม: เธอบอกว่า", H(r.choice(["ตั้งครรภ์ 5 เดือน", "มีก้อนที่เต้านมและเจ็บมาสองเดือน"])),
        " แต่นายจ้างไม่ให้ลาไปหาหมอ และยึดพาสปอร์ตไว้\n",
        "เจ้าหน้าที่: ตอนนี้อยู่ที่ไหน\nล่าม: ห้องเช่า ", AD(r, "abbr"), " เบอร์ ", E("PHONE_NUMBER", foreign_phone(r, "mm")), "\n",
    ]


@T("ngo_legal_aid")
def ngo_dv_case_note_en(r: random.Random) -> list:
    client = rom(r, True)
    partner = rom(r, False)
    return [
        "Case note (shelter), rewrite in neutral professional English:\n",
        "Client ", P(client), " arrived with her two children. Partner ", P(partner), " hit her with a helmet; ",
        "she has ", H("a fractured left forearm and bruising on the neck"), ". ",
        "She wants a protection order. Safe number: ", PH(r), ". Do not contact her at ", E("ADDRESS", addr_en(r)), ".",
    ]


@T("ngo_legal_aid")
def ngo_learning_centre_student_list(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        _en, th, _ = migrant(r, "mm")
        rows += [P(th), ",", E("STUDENT_ID", student_id(r, "gcode")), ",", DOB(r, "slash_ce", 2011, 2017), ",",
                 E("ETHNICITY", r.choice(["กะเหรี่ยง", "ไทใหญ่", "มอญ", "ปะโอ", "คะฉิ่น"])), "\n"]
    return [
        "ศูนย์การเรียนเด็กข้ามชาติ แม่สอด: รายชื่อส่งเขตพื้นที่การศึกษาเพื่อขอรับเงินอุดหนุน ตรวจรหัส G ให้ครบ 13 หลัก\n",
        "ชื่อ,รหัส G,วันเกิด,กลุ่มชาติพันธุ์\n", rows,
    ]


@T("ngo_legal_aid")
def ngo_hiv_sex_worker_legal_support(r: random.Random) -> list:
    name = thn(r, True)
    return [
        "ร่างหนังสือถึงโรงพยาบาลให้เก็บรักษาความลับผู้ป่วย ตามข้อมูลเคสนี้\n",
        "ผู้รับบริการ: ", P(name), " เลขบัตร ", NID(r), "\n",
        "ข้อเท็จจริง: ผู้รับบริการ", E("SEXUAL_BEHAVIOUR", "ทำงานบริการทางเพศที่พัทยา"), " และ",
        H("ติดเชื้อเอชไอวี รับยาต้านไวรัสที่คลินิกนิรนาม"), " เจ้าหน้าที่ รพ. เปิดเผยผลเลือดให้นายจ้างทราบ ทำให้ถูกไล่ออก\n",
        "ติดต่อผู้ประสานงาน ", PH(r),
    ]


@T("ngo_legal_aid")
def ngo_gay_dismissal_complaint(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "ช่วยเขียนคำร้องถึง กสม. เรื่องเลือกปฏิบัติ\n",
        "ผู้ร้อง นาย", P(name), " อีเมล ", E("EMAIL_ADDRESS", email(r)), " โทร ", PH(r), "\n",
        "ผู้ร้องถูกหัวหน้างานเปิดเผยต่อที่ประชุมว่าผู้ร้อง", E("SEXUAL_BEHAVIOUR", "เป็นเกย์และมีแฟนเป็นผู้ชาย"),
        " หลังจากนั้นถูกย้ายตำแหน่งและไม่ต่อสัญญาจ้างเมื่อ ", when_th(r), "\n",
        "นายจ้าง: ", r.choice(COMPANIES[5:7]), " เลขทะเบียน ", JID(r),
    ]


@T("ngo_legal_aid")
def ngo_union_organising_report_en(r: random.Random) -> list:
    a = migrant(r, "mm")
    b = migrant(r, "kh")
    return [
        "Quarterly organising report, please shorten to 100 words:\n",
        "At ", r.choice(COMPANIES_EN), " in Samut Sakhon, ", P(a[0]), " (", E("PHONE_NUMBER", foreign_phone(r, "mm")), ") and ",
        P(b[0]), " (", E("PHONE_NUMBER", foreign_phone(r, "kh")), ") ",
        E("TRADE_UNION", "signed up 42 co-workers as members of the food workers' union"),
        ". Management has asked the broker to move them to night shift. Next meeting: ", when_en(r), ".",
    ]


@T("ngo_legal_aid")
def ngo_justice_fund_bail(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "คำขอรับความช่วยเหลือจากกองทุนยุติธรรม (ค่าประกันตัว) — สรุปเหตุผลประกอบ\n",
        "ผู้ขอ ", title, P(name), " เลขบัตร ", NID(r), " ที่อยู่ ", AD(r), "\n",
        "คดี: ", CR(r.choice(["ถูกฟ้องข้อหาบุกรุกที่ดินของรัฐ", "ถูกกล่าวหาว่าร่วมกันลักไม้หวงห้าม"])),
        " ศาลตีราคาประกัน 150,000 บาท ผู้ขอมีรายได้วันละ 300 บาท\n",
        "บัญชีรับเงินคืน (ถ้ามี): ", r.choice(BANKS), " ", ACC(r),
    ]


@T("ngo_legal_aid")
def ngo_disability_access_complaint(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "ร่างหนังสือร้องเรียนถึงศาลากลางเรื่องไม่มีทางลาด\n",
        "ข้าพเจ้า ", title, P(name), " เลขบัตร ", NID(r), " ", E("DISABILITY", r.choice(["เป็นคนพิการใช้รถเข็น", "พิการขาทั้งสองข้างต้องใช้วีลแชร์"])),
        " ไม่สามารถขึ้นไปติดต่องานทะเบียนที่ชั้น 2 ได้ เจ้าหน้าที่ให้รอข้างล่างนาน 3 ชั่วโมง\n",
        "ติดต่อกลับ ", PH(r), " หรือ ", E("EMAIL_ADDRESS", email(r)),
    ]


@T("ngo_legal_aid")
def ngo_cdm_asylum_note_en(r: random.Random) -> list:
    en, _, _ = migrant(r, "mm", False)
    return [
        "Prepare a protection-needs summary (confidential):\n",
        P(en), ", a former schoolteacher from Mandalay, ", E("POLITICAL_OPINION", "joined the Civil Disobedience Movement against the military junta in 2021"),
        " and fled to Mae Sot. Passport ", PP(r, "mm"), " expired. He fears arrest if returned. ",
        "Reachable through Signal at ", E("PHONE_NUMBER", foreign_phone(r, "mm")), ".",
    ]


# ==============================================================================================
# Debt collection
# ==============================================================================================
@T("debt_collection")
def debt_collection_letter_ocr(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "อ่านจดหมายทวงหนี้ที่สแกนมาแล้วบอกว่าผิด พ.ร.บ.ทวงถามหนี้ไหม\n",
        noisy(r, "บริษัท เอเชียติดตามหนี้สิน จำกัด   ทะเบียนเลขที่ ", 0.1), JID(r), "\n",
        noisy(r, "เรียน ", 0.1), title, P(name), "\n", noisy(r, "ที่อยู่ ", 0.1), AD(r, "abbr"), "\n",
        noisy(r, "เรื่อง ขอให้ชำระหนี้บัตรเครดิต เลขที่บัตร ", 0.1), E("CREDIT_CARD", card(r, "dash")),
        noisy(r, "  ยอดหนี้ ", 0.2), amount(r, 10000, 200000), noisy(r, " บาท\nหากไม่ชำระภายใน 7 วัน จะดำเนินคดีและแจ้งนายจ้างของท่าน\n", 0.1),
        noisy(r, "ติดต่อเจ้าหน้าที่ ", 0.1), P(thn(r)), " ", PH(r),
    ]


@T("debt_collection")
def debt_collector_call_log_csv(r: random.Random) -> list:
    rows = []
    notes = ["ไม่รับสาย", "นัดจ่าย 5 ก.พ.", "ขอลดยอด", "บอกว่าตกงาน"]
    for _ in range(3):
        rows += [P(thn(r)), ",", PH(r, "plain"), ",", amount(r, 3000, 90000).replace(",", ""), ",", r.choice(notes), "\n"]
    return [
        "จาก call log นี้ จัดลำดับลูกหนี้ที่ควรโทรก่อน\n",
        "debtor,phone,overdue_thb,last_note\n", rows,
        "agent: ", P(thn(r)),
    ]


@T("debt_collection")
def debt_harassment_police_complaint(r: random.Random) -> list:
    victim_t, victim = tname(r)
    return [
        "ร่างคำร้องทุกข์ต่อพนักงานสอบสวนเรื่องถูกทวงหนี้ผิดกฎหมาย\n",
        "ผู้ร้อง ", victim_t, P(victim), " เลขบัตร ", NID(r), " โทร ", PH(r), "\n",
        "ผู้ทวงถามใช้ชื่อว่านาย", P(thn(r, False)), " โทรจากเบอร์ ", PH(r), " และส่ง LINE จากไอดี ", E("LINE_ID", line_id(r, "tuang")),
        " ข่มขู่ว่าจะประจานในกลุ่มไลน์หมู่บ้าน และโทรหาแม่ของผู้ร้องวันละ 10 ครั้ง\n",
    ]


@T("debt_collection")
def debt_student_loan_lawsuit(r: random.Random) -> list:
    title, name = tname(r)
    g_t, guarantor = tname(r)
    return [
        "สรุปสาระคำฟ้องกองทุนเงินให้กู้ยืมเพื่อการศึกษา (กยศ.) ให้ลูกหนี้เข้าใจง่าย\n",
        "จำเลยที่ 1 ", title, P(name), " เลขบัตร ", NID(r), " อดีตนักศึกษารหัส ", E("STUDENT_ID", student_id(r, r.choice(["uni", "uni_dash"]))),
        " กู้ยืมระหว่างปี 2556–2559 ค้างชำระ ", amount(r, 30000, 200000), " บาท\n",
        "จำเลยที่ 2 (ผู้ค้ำประกัน) ", g_t, P(guarantor), " ที่อยู่ ", AD(r), "\n",
        "ขอให้ไกล่เกลี่ยก่อนวันนัด ", when_th(r),
    ]


@T("debt_collection")
def debt_skip_trace_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Format these skip-trace results as a table for the collections team:\n",
        "Subject: ", P(name), " | DOB ", DOB(r, "iso"), "\n",
        "Phones found: ", PH(r, "intl"), " (active), ", PH(r, "intl"), " (disconnected)\n",
        "Emails: ", E("EMAIL_ADDRESS", email(r, name)), "\n",
        "Last known address: ", E("ADDRESS", addr_en(r)), "\n",
        "Employer per social security: ", r.choice(COMPANIES_EN),
    ]


@T("debt_collection")
def debt_settlement_email(r: random.Random) -> list:
    name = thn(r, True)
    return [
        "ช่วยตอบอีเมลลูกหนี้ว่ารับข้อเสนอปิดบัญชี\n---\n",
        "เรียนเจ้าหน้าที่ ดิฉัน", P(name), " ขอปิดหนี้บัตร ", E("CREDIT_CARD", card(r, "space")), " ด้วยยอด 40% ",
        "จะโอนจากบัญชีดิฉัน ", ACC(r), " ภายในสิ้นเดือน ขอหนังสือปิดบัญชีส่งมาที่อีเมลนี้ด้วยค่ะ\n",
        P(name), " ", PH(r),
    ]


@T("debt_collection")
def debt_sms_reminder(r: random.Random) -> list:
    return [
        "แก้ SMS ทวงหนี้นี้ให้สุภาพและไม่เปิดเผยยอดหนี้:\n",
        "\"คุณ", P(thn(r)), " ค้างค่างวดรถ ทะเบียน ", E("TH_VEHICLE_PLATE", plate(r)), " 3 งวด ยอด 27,450 บ. ",
        "ติดต่อด่วน จนท.", P(r.choice(TH_GIVEN_F)), " ", PH(r, "dash"), " มิฉะนั้นจะยึดรถ\"",
    ]


@T("debt_collection")
def debt_reply_classifier_json(r: random.Random) -> list:
    return [
        "Classify each debtor reply as hardship / dispute / promise / other. Return JSON.\n",
        '[{"id":1,"debtor":"', P(thn(r)), '","msg":"ตอนนี้', H(r.choice(["ผมป่วยเป็นมะเร็งตับ", "ป่วยเป็นโรคซึมเศร้า รักษาอยู่"])),
        ' ทำงานไม่ได้ ขอพักหนี้ก่อน"},\n',
        ' {"id":2,"debtor":"', P(thn(r)), '","msg":"จ่ายแล้วตั้งแต่วันที่ 3 สลิปส่งไลน์ ', E("LINE_ID", line_id(r)), ' แล้ว"},\n',
        ' {"id":3,"debtor":"', P(thn(r)), '","msg":"สิ้นเดือนจะโอน 2,000"}]',
    ]


# ==============================================================================================
# Other public-sector traffic
# ==============================================================================================
@T("district_office")
def gov_linkage_audit_log(r: random.Random) -> list:
    lines = []
    for _ in range(3):
        lines += [f"{ts(r, 14, 8)} officer=", P(thn(r)), " query=pid:", NID(r, "plain"), " purpose=\"ตรวจสอบสิทธิ์\" src=",
                  E("IP_ADDRESS", ipv4(r)), "\n"]
    return [
        "ตรวจ log ระบบเชื่อมโยงข้อมูลทะเบียนราษฎร หาเจ้าหน้าที่ที่ค้นนอกเวลาราชการ\n", lines,
    ]


@T("local_gov")
def gov_welfare_card_registration(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "ข้อมูลลงทะเบียนบัตรสวัสดิการแห่งรัฐ (เจ้าหน้าที่ อบต. กรอกแทน) — ตรวจความครบถ้วน\n",
        "ชื่อ: ", title, P(name), " | เลขบัตร: ", NID(r), " | เกิด: ", DOB(r, "th_short", 1945, 1990), "\n",
        "ที่อยู่: ", AD(r, "full"), "\n",
        "สถานะพิเศษ: ", E("DISABILITY", r.choice(["คนพิการทางจิตใจหรือพฤติกรรม", "ผู้พิการทางการมองเห็นเลือนราง"])), "\n",
        "บัญชีรับเงิน: ธ.ก.ส. ", ACC(r, "twelve"), "\n",
    ]


@T("transport")
def gov_vehicle_transfer_dlt(r: random.Random) -> list:
    seller_t, seller = tname(r)
    buyer_t, buyer = tname(r)
    return [
        "คำขอโอนกรรมสิทธิ์รถ กรมการขนส่งทางบก — ช่วยเช็คว่าเอกสารครบไหม\n",
        "รถ: ", E("TH_VEHICLE_PLATE", plate(r)), " Toyota Yaris ปี 2019\n",
        "ผู้โอน: ", seller_t, P(seller), " เลขบัตร ", NID(r), "\n",
        "ผู้รับโอน: ", buyer_t, P(buyer), " เลขบัตร ", NID(r), " ที่อยู่ ", AD(r), "\n",
        "ผู้รับโอนมีใบรับรองแพทย์ไม่เกิน 1 เดือนแล้ว",
    ]


@T("corrections")
def gov_prison_visit_booking(r: random.Random) -> list:
    inmate = thn(r, False)
    visitor_t, visitor = r.choice(["นาง", "นางสาว"]), thn(r, True)
    return [
        "จองเยี่ยมญาติออนไลน์ เรือนจำกลาง", r.choice(["คลองเปรม", "เชียงใหม่", "นครปฐม"]), " — ระบบแจ้งว่าข้อมูลผู้ต้องขังไม่ตรง ช่วยดู\n",
        "ผู้ต้องขัง: นาย", P(inmate), " แดน 5 ", CR(r.choice(["ต้องโทษคดียาเสพติด จำคุก 7 ปี", "ต้องโทษคดีปล้นทรัพย์ จำคุก 10 ปี"])), "\n",
        "ผู้เยี่ยม: ", visitor_t, P(visitor), " เลขบัตร ", NID(r), " โทร ", PH(r), " ความสัมพันธ์: มารดา\n",
    ]


@T("local_gov")
def gov_civil_servant_disciplinary(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "บันทึกข้อความ\nส่วนราชการ สำนักงานจังหวัด", r.choice(["มหาสารคาม", "ลำปาง", "ตรัง"]), "\n",
        "เรื่อง รายงานผลการสืบสวนข้อเท็จจริง\nเรียน ผู้ว่าราชการจังหวัด\n\n",
        "ตามที่มีผู้ร้องเรียนว่า ", title, P(name), " นักวิชาการปกครองชำนาญการ ",
        E("POLITICAL_OPINION", "โพสต์เฟซบุ๊กสนับสนุนผู้สมัครพรรคฝ่ายค้านและชวนให้ลงคะแนนให้"),
        " ในช่วงการเลือกตั้งนายก อบจ. เมื่อ ", when_th(r), " คณะกรรมการเห็นว่าเป็นการไม่วางตัวเป็นกลางทางการเมือง\n",
        "อนึ่ง ผู้ถูกกล่าวหาชี้แจงว่าถูกกลั่นแกล้งเพราะ", E("TRADE_UNION", "เคยเป็นประธานสหภาพแรงงานรัฐวิสาหกิจก่อนโอนมารับราชการ"),
    ]


@T("religious_affairs")
def gov_hajj_pilgrim_list(r: random.Random) -> list:
    rows = []
    for n in r.sample(MUSLIM_TH, 3):
        rows += [P(n), " | ", PP(r, "th"), " | ", DOB(r, "slash_be", 1950, 1985), "\n"]
    return [
        "รายชื่อผู้เดินทาง", E("RELIGION", "ไปประกอบพิธีฮัจญ์"), " ปี 2568 (คณะจากอำเภอรือเสาะ) — เรียงตามอายุ\n",
        "ชื่อ | หนังสือเดินทาง | วันเกิด\n", rows,
    ]


@T("local_gov")
def gov_village_vote_canvasser_complaint(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "สรุปหนังสือร้องเรียนถึง กกต.จังหวัด โดยไม่ใส่ความเห็น\n",
        "ผู้ร้องแจ้งว่านาย", P(name), " ผู้ช่วยผู้ใหญ่บ้านหมู่ ", str(r.randint(1, 12)), " ",
        E("POLITICAL_OPINION", "เป็นหัวคะแนนของพรรคเพื่อไทยและพาชาวบ้านไปฟังปราศรัย"),
        " ระหว่างปฏิบัติหน้าที่ พร้อมแนบภาพถ่าย บ้านของนาย", P(name.split()[0]), " อยู่ที่ ", AD(r, "abbr"),
    ]


@T("district_office")
def gov_code_court_batch(r: random.Random) -> list:
    return [
        "Refactor this script; it is slow on 2 million rows.\n```python\n",
        "import pandas as pd\n\n",
        "sample = pd.DataFrame([\n",
        "    {\"pid\": \"", NID(r, "plain"), "\", \"name\": \"", P(thn(r)), "\", \"case\": \"", case_no(r, "อ."), "\"},\n",
        "    {\"pid\": \"", NID(r, "plain"), "\", \"name\": \"", P(thn(r)), "\", \"case\": \"", case_no(r, "ผบ."), "\"},\n",
        "])\n\nfor i, row in sample.iterrows():\n    lookup_warrants(row['pid'])\n```",
    ]


@T("land_office")
def gov_sql_insert_land_owner(r: random.Random) -> list:
    return [
        "INSERT นี้ error duplicate key ทำไม\n```sql\n",
        "INSERT INTO land_owner (deed_no, owner_pid, owner_name, owner_addr, tel) VALUES\n",
        f"  ('{r.randint(1000, 99999)}', '", NID(r, "plain"), "', '", P(thn(r)), "', '", AD(r, "abbr"), "', '", PH(r, "plain"), "'),\n",
        f"  ('{r.randint(1000, 99999)}', '", NID(r, "plain"), "', '", P(thn(r)), "', '", AD(r, "abbr"), "', NULL);\n```",
    ]


@T("local_gov")
def gov_ombudsman_complaint_en(r: random.Random) -> list:
    name = r.choice(WESTERN)
    return [
        "Please make this complaint to the Ombudsman more formal:\n\n",
        "I am ", P(name), " (passport ", PP(r, "other"), "). The municipal office towed my car, registration ",
        E("TH_VEHICLE_PLATE", plate(r, "ภูเก็ต")), ", from outside my house at ", E("ADDRESS", addr_en(r)),
        " without notice. Please reply to ", E("EMAIL_ADDRESS", email(r, name)), ".",
    ]


@T("labour")
def gov_union_registration_application(r: random.Random) -> list:
    rows = []
    for i in range(1, 4):
        t, n = tname(r)
        rows += [f"{i}. {t}", P(n), " เลขบัตร ", NID(r), "\n"]
    return [
        "คำขอจดทะเบียนสหภาพแรงงาน (ร.ส.1) — ตรวจว่าผู้เริ่มก่อการครบ 10 คนหรือไม่ (ส่งมาบางส่วน)\n",
        "ชื่อสหภาพ: สหภาพแรงงานไทยรุ่งเรืองพลาสติก\n",
        "ผู้เริ่มก่อการซึ่ง", E("TRADE_UNION", "ร่วมกันยื่นขอจดทะเบียนจัดตั้งสหภาพแรงงาน"), ":\n", rows,
    ]


@T("forensics")
def gov_dvi_dna_match(r: random.Random) -> list:
    relative_t, relative = tname(r)
    dead = thn(r, True)
    return [
        "สรุปผลพิสูจน์เอกลักษณ์บุคคลผู้เสียชีวิตจากเหตุอาคารถล่ม ให้ญาติอ่านเข้าใจ\n",
        "ศพหมายเลข DVI-", str(r.randint(10, 99)), "\n",
        "ญาติผู้ให้ตัวอย่าง: ", relative_t, P(relative), " เลขบัตร ", NID(r), " โทร ", PH(r), "\n",
        "ผลการตรวจ: ", E("GENETIC_DATA", "ดีเอ็นเอของศพสัมพันธ์กับญาติในฐานะบุตร-มารดา ค่าความน่าจะเป็น 99.999%"), "\n",
        "ระบุตัวตนได้ว่าเป็น ", P(dead),
    ]


@T("district_office")
def gov_dna_nationality_verification(r: random.Random) -> list:
    child = thn(r)
    father = thn(r, False)
    return [
        "ร่างหนังสือถึงอำเภอแจ้งผลตรวจ DNA เพื่อเพิ่มชื่อในทะเบียนบ้าน (ท.ร.14)\n",
        "ผู้ร้อง ", P(child), " เกิด ", DOB(r, "th_long", 1998, 2008), " เลขประจำตัว ", NID(r, "dash", "7"), "\n",
        "บิดา นาย", P(father), " สัญชาติไทย เลขบัตร ", NID(r, "dash", "3"), "\n",
        "ผลตรวจของโรงพยาบาลรามาธิบดีระบุว่าผู้ร้องกับบิดา", E("GENETIC_DATA", "มีความสัมพันธ์ทางพันธุกรรมเป็นบิดากับบุตร ความน่าจะเป็น 99.99%"),
    ]


@T("court")
def court_video_hearing_face_verify(r: random.Random) -> list:
    name = thn(r)
    return [
        "ระบบพิจารณาคดีออนไลน์ (Court Video Conference) แจ้ง error ตอนยืนยันตัวตน — ดู log\n",
        f"{ts(r)} session=CVC-{r.randint(10000, 99999)} party=defendant name=\"", P(name), "\" pid=", NID(r, "plain"), "\n",
        f"{ts(r)} ekyc: ", E("BIOMETRIC_DATA", f"liveness=0.{r.randint(90, 99)} face_match=0.{r.randint(60, 74)} vs DOPA photo"), " -> FAIL\n",
        f"{ts(r)} client_ip=", E("IP_ADDRESS", ipv4(r)), " ua=Android\n",
    ]


@T("police")
def pol_fine_payment_gateway(r: random.Random) -> list:
    return [
        "ทำไมการชำระค่าปรับจราจรออนไลน์รายการนี้ถูกหักเงินสองครั้ง\n",
        "txn_1 ticket=PTM", str(r.randint(10 ** 9, 10 ** 10 - 1)), " plate=", E("TH_VEHICLE_PLATE", plate(r)), " card=",
        E("CREDIT_CARD", card(r, "plain")), " amount=500 status=SUCCESS\n",
        "txn_2 same card, amount=500 status=SUCCESS\n",
        "ผู้ชำระ: ", P(thn(r)), " ", E("EMAIL_ADDRESS", email(r)),
    ]


@T("court")
def court_medical_certificate_exhibit(r: random.Random) -> list:
    title, name = tname(r)
    return [
        "เอกสารหมาย จ.7 ใบรับรองแพทย์ — แปลเป็นอังกฤษสำหรับทนายฝ่ายต่างประเทศ\n",
        "ข้าพเจ้า นายแพทย์", P(thn(r, False)), " ได้ตรวจ ", title, P(name), " HN ", E("MEDICAL_RECORD_NUMBER", hn(r)),
        " เมื่อ ", when_th(r), " พบว่า", H(r.choice(["มีแผลถูกของมีคมที่ต้นแขนซ้ายยาว 6 ซม. ต้องเย็บ 12 เข็ม", "ได้รับบาดเจ็บที่ตาขวา สูญเสียการมองเห็นบางส่วน"])),
        " ต้องรักษาประมาณ 3 สัปดาห์",
    ]


@T("law_firm")
def law_long_email_thread_land_dispute(r: random.Random) -> list:
    client = thn(r, True)
    lawyer = thn(r, False)
    neighbour = thn(r, False)
    return [
        "ช่วยสรุปเธรดอีเมลนี้และบอก next steps\n\n",
        "From: ", P(lawyer), " <", E("EMAIL_ADDRESS", email(r, None, "gmail.com")), ">\nTo: ", P(client), "\n",
        "Subject: คดีที่ดินแปลงที่ติดลำห้วย\n\n",
        "คุณ", P(client.split()[0]), "ครับ ผมคุยกับสำนักงานที่ดินอำเภอแล้ว เขาจะนัดรังวัดใหม่ ", when_th(r), "\n",
        "ฝั่งนาย", P(neighbour), " ยังยืนยันว่ารั้วอยู่ในเขตเขา ผมแนะนำให้เตรียมภาพถ่ายเก่าไว้\n\n",
        "---- ตอบกลับ ----\nทนายคะ ดิฉันส่งสำเนาโฉนดและบัตรประชาชน (", NID(r), ") ให้แล้ว ",
        "ที่อยู่สำหรับส่งเอกสารคือ ", AD(r), " เบอร์ ", PH(r), " ค่ะ\n\n",
        "---- ตอบกลับ ----\nรับทราบครับ ค่ารังวัด 3,200 บาท จ่ายที่สำนักงานที่ดินได้เลย",
    ]


@T("court")
def court_long_judgment_inheritance(r: random.Random) -> list:
    dead = thn(r, False)
    plaintiff = thn(r, True)
    defendant = thn(r, False)
    return [
        "ย่อคำพิพากษาคดีมรดกนี้ให้เหลือ 10 บรรทัด ระบุประเด็นและผลคดี\n\n",
        noisy(r, "คำพิพากษา  ศาลจังหวัดเชียงราย   คดีหมายเลขดำที่ ", 0.05), case_no(r, "พ."), "\n",
        "นาง", P(plaintiff), " โจทก์ นาย", P(defendant), " จำเลย\n",
        "เรื่อง มรดก ขอแบ่งทรัพย์มรดก\n",
        "โจทก์ฟ้องว่า โจทก์และจำเลยเป็นบุตรของนาย", P(dead), " ซึ่งถึงแก่ความตายเมื่อ ", when_th(r, 2564),
        " ทรัพย์มรดกประกอบด้วยที่ดินโฉนดเลขที่ ", str(r.randint(1000, 99999)), " พร้อมบ้านเลขที่ ", AD(r, "abbr"),
        " และเงินฝากบัญชีเลขที่ ", ACC(r), " จำเลยครอบครองแต่ผู้เดียวไม่ยอมแบ่ง\n",
        "จำเลยให้การว่า เจ้ามรดกทำพินัยกรรมยกทรัพย์ให้จำเลย แต่พยานในพินัยกรรมทั้งสองคนเบิกความว่า",
        "ไม่ได้อยู่ในขณะที่เจ้ามรดกลงลายมือชื่อ\n",
        noisy(r, "ศาลพิเคราะห์แล้วเห็นว่า พินัยกรรมไม่สมบูรณ์ ทรัพย์มรดกต้องแบ่งแก่ทายาทโดยธรรมคนละครึ่ง ", 0.05),
        "ให้จำเลยแบ่งเงินจำนวน ", amount(r, 200000, 2000000), " บาทแก่โจทก์ พร้อมดอกเบี้ย\n",
        noisy(r, "- - -  หน้า 5  - - -  ||", 0.3),
    ]


@T("immigration")
def imm_long_ngo_case_update_mixed(r: random.Random) -> list:
    en, th, _c = migrant(r, "kh", True)
    return [
        "Rewrite as a clean case update in English for the donor (remove nothing important):\n\n",
        "อัปเดตเคส ", P(en), " (", P(th), ") passport ", PP(r, "kh"), "\n",
        "- ", when_th(r), ": นายจ้าง ", r.choice(COMPANIES[:3]), " (", JID(r), ") ยึดพาสปอร์ตและค้างค่าจ้าง 2 เดือน\n",
        "- ", when_th(r), ": เธอโทรมาที่ ", E("PHONE_NUMBER", foreign_phone(r, "kh")), " แจ้งว่า",
        H("ถูกสารเคมีลวกที่มือทั้งสองข้าง"), " แต่หัวหน้าไม่ให้ไปโรงพยาบาล\n",
        "- ", when_th(r), ": ทีมไปรับตัวที่ห้องพัก ", AD(r, "abbr"), " ส่ง รพ. แล้ว\n",
        "- Next: file complaint at the Labour Protection office; lawyer ", P(r.choice(WESTERN)), " to follow up.",
    ]


@T("police")
def pol_special_branch_watch_list(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        rows += ["- ", P(thn(r)), " โทร ", PH(r), " : ",
                 E("POLITICAL_OPINION", r.choice(["ร่วมกิจกรรมกลุ่มเรียกร้องประชาธิปไตยและโพสต์วิจารณ์รัฐบาล",
                                                   "เป็นแอดมินเพจต่อต้านรัฐประหาร", "ชูป้ายขับไล่รัฐบาลระหว่างนายกรัฐมนตรีลงพื้นที่"])), "\n"]
    return [
        "สันติบาลส่งรายชื่อบุคคลที่ต้องติดตามระหว่างนายกรัฐมนตรีลงพื้นที่ ช่วยจัดเป็นตาราง\n", rows,
        "ผู้รายงาน ด.ต.", P(thn(r, False)),
    ]


@T("law_firm")
def law_party_member_dismissal_en(r: random.Random) -> list:
    name = rom(r, False)
    return [
        "Draft advice for the employee on whether this dismissal is lawful:\n\n",
        "Our client ", P(name), " (", E("EMAIL_ADDRESS", email(r, name)), ") was dismissed by a state-owned bank after his manager found out that he ",
        E("POLITICAL_OPINION", "is a registered member of the People's Party and volunteers at its local branch"),
        ". The termination letter, dated ", when_en(r), ", cites 'conflict with the bank's neutrality policy'.",
    ]


# ==============================================================================================
# Hard negatives, one pair per s.26 category: same offices and words, no fact about a person
# ==============================================================================================
@T("social_security", hard="HEALTH_DATA")
def hn_health_sso_sickness_rules(r: random.Random) -> list:
    return [
        "สรุปหลักเกณฑ์นี้เป็น infographic 5 ข้อ\n",
        "ผู้ประกันตนมาตรา 33 มีสิทธิได้รับประโยชน์ทดแทนกรณีเจ็บป่วย เมื่อจ่ายเงินสมทบมาแล้วไม่น้อยกว่า 3 เดือน ",
        "ภายในระยะเวลา 15 เดือนก่อนรับบริการทางการแพทย์ กรณีหยุดงานเพื่อรักษาตัวตามคำสั่งแพทย์ ",
        "ได้รับเงินทดแทนการขาดรายได้ร้อยละ 50 ของค่าจ้าง ครั้งละไม่เกิน 90 วัน ปีละไม่เกิน 180 วัน ",
        "เว้นแต่ป่วยด้วยโรคเรื้อรัง เช่น โรคมะเร็ง โรคไตวายเรื้อรัง โรคเอดส์ หรือโรคหลอดเลือดสมอง ไม่เกิน 365 วัน\n",
        "สอบถามสายด่วน 1506 กด ", str(r.randint(1, 4)),
    ]


@T("immigration", hard="HEALTH_DATA")
def hn_health_work_permit_prohibited_diseases_en(r: random.Random) -> list:
    return [
        "Translate this ministerial regulation summary for employers (keep it neutral):\n\n",
        "Foreign workers applying for a work permit must present a medical certificate issued within 30 days. ",
        "Applicants with the following conditions are not permitted to work until treated: leprosy in the contagious stage, ",
        "active pulmonary tuberculosis, elephantiasis with visible symptoms, third-stage syphilis, drug addiction and chronic alcoholism. ",
        "Pregnancy testing is required for women under the MOU scheme, but a positive test is not a ground for refusal. ",
        "Fee for the health examination and insurance: THB ", r.choice(["500", "1,600", "3,200"]), ".",
    ]


@T("district_office", hard="RELIGION")
def hn_religion_holiday_notice(r: random.Random) -> list:
    return [
        "ทำโพสต์เพจอำเภอจากประกาศนี้ให้สั้นและสุภาพ\n\n",
        "ประกาศที่ว่าการอำเภอ", r.choice(["เมืองปัตตานี", "เมืองยะลา", "สุไหงโก-ลก"]), "\n",
        "เรื่อง วันหยุดราชการเนื่องในเทศกาลวันฮารีรายอ (อีดิ้ลฟิตรี) ฮ.ศ. 1446\n",
        "ด้วยคณะรัฐมนตรีกำหนดให้วันตรุษอีดิ้ลฟิตรีเป็นวันหยุดราชการในจังหวัดปัตตานี ยะลา นราธิวาส และสตูล ",
        "อำเภอจึงปิดให้บริการงานทะเบียนราษฎรและบัตรประจำตัวประชาชนในวันที่ ", when_th(r),
        " และเปิดให้บริการตามปกติในวันถัดไป ขออวยพรให้พี่น้องชาวไทยมุสลิมมีความสุขในวันรายอ\n",
        "ติดต่อ saraban@", r.choice(["pattani", "yala", "narathiwat"]), ".go.th",
    ]


@T("law_firm", hard="RELIGION")
def hn_religion_islamic_family_law_en(r: random.Random) -> list:
    return [
        "Explain to a foreign associate, in under 200 words:\n\n",
        "In the provinces of Pattani, Yala, Narathiwat and Satun, the Act on the Application of Islamic Law (B.E. 2489) ",
        "provides that Islamic law on family and succession applies instead of Book V and VI of the Civil and Commercial Code ",
        "where both parties are Muslim. Cases are heard by a provincial court with a Dato Yutitham (Islamic judge) sitting. ",
        "Marriages among Muslims are often solemnised by nikah before the Imam and later registered at the district office. ",
        "Outside those four provinces, the ordinary Civil and Commercial Code applies whatever the religion of the parties.",
    ]


@T("district_office", hard="ETHNICITY")
def hn_ethnicity_stateless_statistics(r: random.Random) -> list:
    n = [r.randint(40000, 120000) for _ in range(5)]
    return [
        "ทำกราฟแท่งจากตารางนี้ (ข้อมูลรวม ไม่มีรายบุคคล)\n",
        "จำนวนบุคคลที่ไม่มีสถานะทางทะเบียน จำแนกตามกลุ่มชาติพันธุ์ (ณ ", when_th(r), ")\n",
        f"กะเหรี่ยง | {n[0]:,}\nอาข่า | {n[1]:,}\nลาหู่ | {n[2]:,}\nไทใหญ่ | {n[3]:,}\nม้ง | {n[4]:,}\n",
        "ที่มา: สำนักบริหารการทะเบียน กรมการปกครอง",
    ]


@T("ngo_legal_aid", hard="ETHNICITY")
def hn_ethnicity_status_procedure_en(r: random.Random) -> list:
    return [
        "Turn this into a step-by-step checklist for volunteers:\n\n",
        "Members of highland ethnic groups (Akha, Lahu, Lisu, Karen, Hmong, Mien) who were surveyed before 1999 ",
        "may apply for Thai nationality under Section 23 of the Nationality Act. The applicant files at the district office ",
        "with the household registration (Tor Ror 13), a birth certificate or a witness statement from the village headman, ",
        "and school records where available. The district forwards the file to the province within ",
        str(r.choice([30, 60, 90])), " days. No fee is charged.",
    ]


@T("news", hard="POLITICAL_OPINION")
def hn_political_news_public_figures(r: random.Random) -> list:
    return [
        "สรุปข่าวนี้เป็น 3 bullet\n\n",
        r.choice(["นายอนุทิน ชาญวีรกูล นายกรัฐมนตรี", "นายชัชชาติ สิทธิพันธุ์ ผู้ว่าราชการกรุงเทพมหานคร"]),
        " ลงพื้นที่ตรวจเยี่ยมการให้บริการที่สำนักงานเขต", r.choice(["จตุจักร", "บางนา", "ดินแดง"]), " เมื่อ ", when_th(r),
        " พร้อมมอบนโยบายให้ลดขั้นตอนการทำบัตรประชาชนให้เหลือไม่เกิน 15 นาที ด้านนายณัฐพงษ์ เรืองปัญญาวุฒิ ",
        "หัวหน้าพรรคประชาชน ให้สัมภาษณ์ว่าพรรคจะติดตามการใช้งบประมาณโครงการดังกล่าวในชั้นกรรมาธิการ",
    ]


@T("local_gov", hard="POLITICAL_OPINION")
def hn_political_ect_announcement(r: random.Random) -> list:
    return [
        "แปลประกาศนี้เป็นภาษาอังกฤษ\n\n",
        "ประกาศคณะกรรมการการเลือกตั้งประจำจังหวัด", r.choice(["ขอนแก่น", "เชียงใหม่", "สงขลา"]), "\n",
        "เรื่อง หลักเกณฑ์การหาเสียงเลือกตั้งนายกองค์การบริหารส่วนจังหวัด\n",
        "1. ผู้สมัครติดป้ายหาเสียงได้ไม่เกินจำนวนหน่วยเลือกตั้งคูณสอง\n",
        "2. ห้ามข้าราชการใช้ตำแหน่งหน้าที่สนับสนุนหรือทำให้เสื่อมเสียแก่ผู้สมัครหรือพรรคการเมืองใด\n",
        "3. ผู้มีสิทธิเลือกตั้งที่ไม่อาจไปใช้สิทธิ แจ้งเหตุได้ภายใน 7 วันก่อนหรือหลังวันเลือกตั้ง\n",
        "สอบถาม สายด่วน 1444",
    ]


@T("court", hard="CRIMINAL_RECORD")
def hn_criminal_court_statistics_en(r: random.Random) -> list:
    a, b, c = r.randint(200000, 400000), r.randint(50000, 150000), r.randint(10000, 40000)
    return [
        "Write two sentences of commentary on these court statistics:\n",
        f"Criminal cases received by Courts of First Instance, 2024: {a:,}\n",
        f"  of which drug offences: {b:,}\n  of which theft and fraud: {c:,}\n",
        f"Conviction rate: {r.randint(85, 95)}%. Average time to judgment: {r.randint(6, 14)} months.\n",
        "Source: Office of the Judiciary annual report (aggregate figures only).",
    ]


@T("police", hard="CRIMINAL_RECORD")
def hn_criminal_record_check_guide(r: random.Random) -> list:
    return [
        "ทำ FAQ จากขั้นตอนนี้\n\n",
        "การขอหนังสือรับรองผลการตรวจสอบประวัติบุคคล (ใบผ่านการตรวจประวัติ) ยื่นได้ที่กองทะเบียนประวัติอาชญากร ",
        "หรือสถานีตำรวจทั่วประเทศ ใช้บัตรประจำตัวประชาชน รูปถ่าย 1 นิ้ว 2 ใบ และหนังสือจากหน่วยงานที่ต้องการใช้ ",
        "เจ้าหน้าที่จะพิมพ์ลายนิ้วมือเพื่อตรวจสอบในฐานข้อมูล ใช้เวลาประมาณ ", str(r.choice([7, 10, 15])),
        " วันทำการ ค่าธรรมเนียม 100 บาท ประวัติคดีที่ศาลยกฟ้องหรือพนักงานอัยการสั่งไม่ฟ้องสามารถยื่นคำร้องขอคัดแยกได้",
    ]


@T("district_office", hard="SEXUAL_BEHAVIOUR")
def hn_sexual_marriage_equality_explainer_en(r: random.Random) -> list:
    return [
        "Make this explainer friendlier for an expat newsletter:\n\n",
        "Since the Civil and Commercial Code Amendment Act (No. 24) took effect on 23 January 2025, two persons of any sex ",
        "aged 18 or over may register a marriage at any district office in Thailand or at the Bangkok district offices. ",
        "The law replaces 'man and woman' with 'individuals' and 'husband and wife' with 'spouses', so same-sex couples ",
        "have the same rights to adoption, inheritance and medical consent. Foreigners need a certificate of freedom to marry ",
        "from their embassy, translated and legalised. Registration is free of charge.",
    ]


@T("local_gov", hard="SEXUAL_BEHAVIOUR")
def hn_sexual_harassment_policy(r: random.Random) -> list:
    return [
        "ช่วยย่อแนวปฏิบัตินี้ให้เหลือครึ่งหน้า\n\n",
        "แนวทางการป้องกันและแก้ไขปัญหาการล่วงละเมิดหรือคุกคามทางเพศในการทำงาน ของหน่วยงานภาครัฐ\n",
        "1. การคุกคามทางเพศ หมายถึง การกระทำทางกาย วาจา หรือสื่อออนไลน์ ที่มีนัยทางเพศโดยผู้ถูกกระทำไม่ยินยอม\n",
        "2. ผู้บังคับบัญชาต้องตั้งคณะกรรมการรับเรื่องร้องเรียนภายใน ", str(r.choice([7, 15])), " วัน และรักษาความลับของผู้ร้อง\n",
        "3. ผู้ร้องเรียนไม่ต้องถูกย้ายหรือลงโทษเพราะการร้องเรียน\n",
        "4. สายด่วนศูนย์ช่วยเหลือสังคม 1300 ให้คำปรึกษาตลอด 24 ชั่วโมง",
    ]


@T("district_office", hard="DISABILITY")
def hn_disability_card_procedure(r: random.Random) -> list:
    return [
        "ทำเป็นข้อความตอบกลับอัตโนมัติใน LINE OA\n\n",
        "การทำบัตรประจำตัวคนพิการ ยื่นได้ที่สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด หรือโรงพยาบาลที่ให้บริการจุดเดียว ",
        "เอกสาร: สูติบัตรหรือบัตรประชาชน ทะเบียนบ้าน รูปถ่าย 1 นิ้ว และเอกสารรับรองความพิการจากแพทย์ ",
        "ประเภทความพิการมี 7 ประเภท ได้แก่ ทางการเห็น ทางการได้ยินหรือสื่อความหมาย ทางการเคลื่อนไหว ทางจิตใจหรือพฤติกรรม ",
        "ทางสติปัญญา ทางการเรียนรู้ และออทิสติก บัตรมีอายุ ", str(r.choice([8, 8, 6])), " ปี ไม่มีค่าธรรมเนียม",
    ]


@T("land_office", hard="DISABILITY")
def hn_disability_fee_exemption_table(r: random.Random) -> list:
    return [
        "แปลงตารางค่าธรรมเนียมเป็น markdown\n",
        "ค่าธรรมเนียมจดทะเบียนสิทธิและนิติกรรม (สำนักงานที่ดิน)\n",
        "รายการ | อัตรา | หมายเหตุ\n",
        "โอนมรดก | ร้อยละ 0.5 | ผู้สืบสันดาน/คู่สมรส\n",
        "ขาย | ร้อยละ 2 ของราคาประเมิน | -\n",
        "จำนอง | ร้อยละ 1 ไม่เกิน 200,000 บาท | -\n",
        "คำขอรังวัด | 30 บาทต่อแปลง | ยกเว้นค่าคำขอสำหรับผู้ถือบัตรคนพิการและผู้สูงอายุ\n",
        "มีช่องบริการพิเศษและทางลาดสำหรับคนพิการทุกสาขา ปรับปรุงล่าสุด ", when_th(r),
    ]


@T("labour", hard="TRADE_UNION")
def hn_union_labour_relations_act(r: random.Random) -> list:
    return [
        "อธิบายมาตรานี้ให้พนักงานฝ่ายบุคคลเข้าใจ ภาษาง่าย\n\n",
        "พระราชบัญญัติแรงงานสัมพันธ์ พ.ศ. 2518 มาตรา 121 ห้ามมิให้นายจ้างเลิกจ้างหรือกระทำการใด ๆ อันอาจเป็นผลให้ลูกจ้าง ",
        "ผู้แทนลูกจ้าง กรรมการสหภาพแรงงาน หรือกรรมการสหพันธ์แรงงาน ไม่สามารถทนทำงานอยู่ต่อไปได้ ",
        "เพราะเหตุที่ลูกจ้างหรือสหภาพแรงงานได้นัดชุมนุม ทำคำร้อง ยื่นข้อเรียกร้อง หรือเจรจา ",
        "ลูกจ้างที่ถูกกระทำมีสิทธิยื่นคำร้องต่อคณะกรรมการแรงงานสัมพันธ์ภายใน 60 วัน",
    ]


@T("news", hard="TRADE_UNION")
def hn_union_registration_news_en(r: random.Random) -> list:
    n = r.randint(1300, 1500)
    return [
        "Summarise in one tweet:\n\n",
        f"The Department of Labour Protection and Welfare reports {n:,} registered labour unions in Thailand at the end of the year, ",
        f"with union density still below {r.randint(2, 4)}% of the workforce. Migrant workers cannot found or lead a union under the ",
        "Labour Relations Act, although they may join one. The State Enterprise Labour Relations Confederation called again ",
        "for ratification of ILO Conventions 87 and 98.",
    ]


@T("forensics", hard="GENETIC_DATA")
def hn_genetic_dna_nationality_guide(r: random.Random) -> list:
    return [
        "ช่วยทำ checklist จากขั้นตอนนี้ให้ อาสาสมัคร\n\n",
        "การตรวจพิสูจน์สารพันธุกรรม (DNA) เพื่อพิสูจน์ความสัมพันธ์ทางสายโลหิตประกอบการเพิ่มชื่อในทะเบียนบ้าน ",
        "ผู้ร้องยื่นคำร้องที่สำนักทะเบียนอำเภอ นายทะเบียนออกหนังสือส่งตัวไปเก็บตัวอย่างที่โรงพยาบาลที่กรมการปกครองกำหนด ",
        "กรณีผู้มีรายได้น้อย กรมการปกครองรับผิดชอบค่าใช้จ่าย ผลตรวจจะส่งตรงถึงนายทะเบียน ไม่ส่งให้ผู้ร้อง ",
        "ระยะเวลาประมาณ ", str(r.choice([30, 45, 60])), " วัน",
    ]


@T("forensics", hard="GENETIC_DATA")
def hn_genetic_forensic_fee_table(r: random.Random) -> list:
    return [
        "Convert to CSV:\n",
        "อัตราค่าบริการตรวจพิสูจน์ สถาบันนิติวิทยาศาสตร์\n",
        "ตรวจ DNA พิสูจน์ความเป็นบิดา-มารดา-บุตร (3 คน) ........ ", r.choice(["9,000", "10,500"]), " บาท\n",
        "ตรวจ DNA พี่น้องร่วมบิดา (Y-STR) ........ 6,000 บาท\n",
        "ตรวจ DNA เพื่อสัญชาติ (ตามหนังสืออำเภอ) ........ ยกเว้นค่าบริการ\n",
        "ระยะเวลารอผล 15-30 วันทำการ",
    ]


@T("immigration", hard="BIOMETRIC_DATA")
def hn_biometric_immigration_tor_en(r: random.Random) -> list:
    return [
        "Review this TOR clause for the border-control biometric system and list gaps:\n\n",
        "4.2 The system shall enrol ten flat fingerprints (ISO/IEC 19794-2) and a facial image (ICAO 9303) for each foreign worker. ",
        f"4.3 Matching accuracy: FNMR not above {r.choice(['1%', '0.5%'])} at FMR 0.01%. ",
        "4.4 Templates are stored encrypted with AES-256 and never exported to the vendor. ",
        "4.5 Raw images shall be deleted after 30 days; retention of templates follows the Immigration Act.",
    ]


@T("district_office", hard="BIOMETRIC_DATA")
def hn_biometric_dopa_face_announcement(r: random.Random) -> list:
    return [
        "เขียนโพสต์ประชาสัมพันธ์ให้อ่านง่ายจากข้อความนี้\n\n",
        "กรมการปกครองประกาศ ตั้งแต่ ", when_th(r), " การทำบัตรประจำตัวประชาชนทุกสำนักทะเบียนจะยืนยันตัวตนด้วยการเปรียบเทียบใบหน้า ",
        "(Face Verification) กับภาพในฐานข้อมูลทะเบียนราษฎร แทนการพิมพ์ลายนิ้วมือในบางกรณี ข้อมูลชีวมิติจะจัดเก็บตาม ",
        "พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล และใช้เพื่อการพิสูจน์ตัวตนเท่านั้น สอบถามศูนย์ดำรงธรรม 1567",
    ]


# ==============================================================================================
# Negatives with epoch-ms timestamps that pass the Thai ID checksum
# ==============================================================================================
@T("court", neg=True)
def neg_epoch_efiling_queue_log(r: random.Random) -> list:
    lines = [f'{{"queue":"efiling-ocr","job":"{hexs(r, 8)}","enqueued_ms":{epoch_ms(r)},"pages":{r.randint(2, 60)},"status":"done"}}\n'
             for _ in range(3)]
    return ["คิว OCR ของระบบยื่นฟ้องอิเล็กทรอนิกส์ค้าง ช่วยคำนวณเวลารอเฉลี่ยจาก log นี้\n", lines]


@T("social_security", neg=True)
def neg_epoch_sso_batch_job(r: random.Random) -> list:
    start, end = sorted([epoch_ms(r), epoch_ms(r)])
    return [
        "งานโพสต์เงินสมทบรอบกลางคืนรันเกินเวลา timestamp เป็น epoch ms:\n",
        f"job=post_contributions_m33 started_at={start} finished_at={end} rows=1843220 rejected=412\n",
        "รันไปกี่ชั่วโมง ตัวเลขดูผิดปกติไหม",
    ]


@T("revenue", neg=True)
def neg_epoch_efiling_metrics(r: random.Random) -> list:
    return [
        "อธิบาย metric นี้ทีว่า spike ตอนไหน\n",
        f'rd_efiling_submissions_total{{form="pnd90",channel="web"}} {r.randint(10000, 99999)} {epoch_ms(r)}\n',
        f'rd_efiling_submissions_total{{form="pnd91",channel="app"}} {r.randint(10000, 99999)} {epoch_ms(r)}\n',
        f'rd_efiling_latency_ms_p95 {r.randint(300, 2000)} {epoch_ms(r)}\n',
    ]


@T("police", neg=True)
def neg_epoch_report_api_healthcheck(r: random.Random) -> list:
    return [
        "ผล health check ของ API รับแจ้งความออนไลน์ replica ตามไม่ทันหรือเปล่า\n",
        f'{{"service":"report-intake","primary_ts":{epoch_ms(r)},"replica_ts":{epoch_ms(r)},"queue_depth":{r.randint(0, 300)},',
        f'"version":"3.{r.randint(1, 9)}.{r.randint(0, 20)}"}}',
    ]


@T("land_office", neg=True)
def neg_epoch_land_queue_kiosk(r: random.Random) -> list:
    rows = "".join(f"A{r.randint(100, 999)},{epoch_ms(r)},counter-{r.randint(1, 8)},{r.choice(['ขาย', 'จำนอง', 'รังวัด', 'มรดก'])}\n" for _ in range(3))
    return ["ตู้บัตรคิวสำนักงานที่ดิน export นี้ ช่วยหาจำนวนคิวต่อประเภทงาน\nqueue_no,issued_ms,counter,service\n", rows]


@T("immigration", neg=True)
def neg_epoch_appointment_slots(r: random.Random) -> list:
    return [
        "Parse the free slots from this appointment API response and show them in Bangkok time:\n",
        f'{{"office":"Chaeng Watthana","service":"extension_of_stay","slots":[{epoch_ms(r)},{epoch_ms(r)},{epoch_ms(r)}],"tz":"Asia/Bangkok"}}',
    ]


# ==============================================================================================
# Other negatives: announcements, laws, statistics, guides, blank forms, fees, code
# ==============================================================================================
@T("land_office", neg=True)
def neg_land_fee_table_en(r: random.Random) -> list:
    return [
        "Explain these transfer costs to a buyer (condo price THB ", amount(r, 2000000, 9000000), "):\n",
        "- Transfer fee: 2% of the appraised value\n- Specific business tax: 3.3% if sold within 5 years\n",
        "- Stamp duty: 0.5% (not payable if SBT applies)\n- Withholding tax: progressive for individuals\n",
        "Who normally pays which item in Bangkok?",
    ]


@T("civil_registration", neg=True)
def neg_blank_house_registration_form(r: random.Random) -> list:
    return [
        "แบบฟอร์มว่างนี้ ช่วยทำเป็น HTML form\n\n",
        "แบบพิมพ์ ท.ร.6 (ใบแจ้งการย้ายที่อยู่)\n",
        "ชื่อผู้ย้าย ......................................... เลขประจำตัวประชาชน _-____-_____-__-_\n",
        "ย้ายออกจากบ้านเลขที่ ........ หมู่ที่ .... ตำบล/แขวง ............ อำเภอ/เขต ............ จังหวัด ............\n",
        "ย้ายเข้าบ้านเลขที่ ........ หมู่ที่ .... รหัสประจำบ้าน ___________\n",
        "วันเดือนปีเกิด ...../...../..... โทรศัพท์ ..........................\n",
        "ลงชื่อ ................................ ผู้แจ้ง",
    ]


@T("law_firm", neg=True)
def neg_blank_poa_template(r: random.Random) -> list:
    return [
        "Translate this blank power-of-attorney template into English, keep the blanks:\n\n",
        "หนังสือมอบอำนาจ\nเขียนที่ ____________ วันที่ ____ เดือน ________ พ.ศ. ____\n",
        "โดยหนังสือฉบับนี้ ข้าพเจ้า ____________________ อายุ ____ ปี ถือบัตรประจำตัวประชาชนเลขที่ ____________________\n",
        "ขอมอบอำนาจให้ ____________________ เป็นผู้มีอำนาจกระทำการแทนข้าพเจ้าในเรื่อง ____________________\n",
        "(ลงชื่อ) ____________________ ผู้มอบอำนาจ   (ลงชื่อ) ____________________ พยาน",
    ]


@T("court", neg=True)
def neg_court_room_schedule(r: random.Random) -> list:
    rows = "".join(f"| {case_no(r, r.choice(['อ.', 'พ.', 'ผบ.']))} | ห้อง {r.randint(1, 20)} | {r.choice(['09.00', '09.30', '13.30'])} | {r.choice(['สืบพยาน', 'ไกล่เกลี่ย', 'ฟังคำพิพากษา', 'ชี้สองสถาน'])} |\n" for _ in range(4))
    return ["จัดห้องพิจารณาคดีไม่ให้ชนกัน จากตารางนี้\n| คดี | ห้อง | เวลา | นัด |\n|---|---|---|---|\n", rows]


@T("revenue", neg=True)
def neg_pit_rate_table_en(r: random.Random) -> list:
    return [
        "คำนวณภาษีเงินได้สุทธิ ", amount(r, 300000, 3000000), " บาท ตามขั้นบันไดนี้:\n",
        "0-150,000: exempt\n150,001-300,000: 5%\n300,001-500,000: 10%\n500,001-750,000: 15%\n",
        "750,001-1,000,000: 20%\n1,000,001-2,000,000: 25%\n2,000,001-5,000,000: 30%\nover 5,000,000: 35%",
    ]


@T("district_office", neg=True)
def neg_ministry_circular(r: random.Random) -> list:
    return [
        "สรุปหนังสือเวียนนี้ให้ปลัดอำเภอ 3 บรรทัด\n\n",
        "ที่ มท 0309.", str(r.randint(1, 9)), "/ว ", str(r.randint(1000, 9999)), "\n",
        "กรมการปกครอง ถนนนครราชสีมา กรุงเทพฯ\n", when_th(r), "\n",
        "เรื่อง แนวทางการให้บริการทะเบียนราษฎรนอกเวลาราชการ\n",
        "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด\n",
        "ด้วยกรมการปกครองเห็นควรให้สำนักทะเบียนอำเภอเปิดบริการวันเสาร์เดือนละ 2 ครั้ง ",
        "โดยให้จัดเจ้าหน้าที่อย่างน้อย 2 คน และรายงานสถิติการให้บริการทุกสิ้นเดือน\n",
        "จึงเรียนมาเพื่อโปรดพิจารณาแจ้งอำเภอทุกอำเภอถือปฏิบัติ\n(ลงชื่อ) อธิบดีกรมการปกครอง",
    ]


@T("law_firm", neg=True)
def neg_law_firm_job_ad(r: random.Random) -> list:
    return [
        "ปรับประกาศรับสมัครงานนี้ให้น่าสนใจขึ้น\n\n",
        "สำนักงานกฎหมายรับสมัคร ทนายความคดีแพ่ง ", str(r.randint(2, 4)), " อัตรา ",
        "คุณสมบัติ: มีใบอนุญาตว่าความ ประสบการณ์ 2 ปีขึ้นไป ว่าความศาลแรงงานได้ ภาษาอังกฤษดี ",
        "เงินเดือน 30,000–45,000 บาท + ค่าเดินทางศาล ส่งประวัติที่ hr@", r.choice(["nitithamlaw", "siamlegal", "lexbangkok"]), ".co.th ",
        "หรือ recruit@", r.choice(["thailawgroup", "lawcounsel"]), ".com",
    ]


@T("court", neg=True)
def neg_ems_tracking_summons(r: random.Random) -> list:
    return [
        "เช็คสถานะหมายเรียกที่ส่งไปรษณีย์ลงทะเบียน ฉบับไหนเกินกำหนดแล้วบ้าง:\n",
        f"{ems(r)} sent {when_en(r)} status=delivered\n{ems(r)} sent {when_en(r)} status=in_transit\n",
        f"{ems(r)} sent {when_en(r)} status=returned_to_sender (address unknown)\n",
    ]


@T("debt_collection", neg=True)
def neg_debt_collection_act_summary_en(r: random.Random) -> list:
    return [
        "Give me a compliance checklist from this summary:\n\n",
        "Under the Debt Collection Act B.E. 2558, collectors may contact debtors only between 08:00 and 20:00 on weekdays ",
        "and 08:00 to 18:00 on public holidays, no more than once a day. They must not use threatening language, ",
        "disclose the debt to third parties, or use postcards or envelopes that show the matter is debt collection. ",
        f"Violations carry fines of up to THB {r.choice(['100,000', '500,000'])} and imprisonment of up to 5 years.",
    ]


@T("immigration", neg=True)
def neg_work_permit_fee_table(r: random.Random) -> list:
    return [
        "ทำตารางค่าใช้จ่ายต่ออายุแรงงานสามสัญชาติ (เมียนมา ลาว กัมพูชา) จากข้อมูลนี้\n",
        "- ค่าตรวจสุขภาพ 500 บาท\n- ประกันสุขภาพ 2 ปี 3,200 บาท\n- ค่าธรรมเนียมใบอนุญาตทำงาน 2 ปี 1,800 บาท\n",
        "- ค่าคำขอ 100 บาท\n- ค่าตรวจลงตรา 2,000 บาท\n",
        "ยื่นได้ถึงวันที่ ", when_th(r), " ผ่านระบบออนไลน์ของกรมการจัดหางาน",
    ]


@T("immigration", neg=True)
def neg_mou_statistics_en(r: random.Random) -> list:
    a, b, c = (r.randint(100000, 900000) for _ in range(3))
    return [
        "Describe the trend in two sentences:\n",
        f"Migrant workers with valid permits, by nationality: Myanmar {a:,}; Cambodia {b:,}; Lao PDR {c:,}.\n",
        f"Share admitted under MOU: {r.randint(40, 70)}%. Source: Foreign Workers Administration Office, monthly bulletin.",
    ]


@T("ngo_legal_aid", neg=True)
def neg_legal_aid_faq(r: random.Random) -> list:
    return [
        "เรียบเรียง FAQ นี้ใหม่ให้เป็นภาษาพูด\n",
        "ถาม: ไม่มีเงินจ้างทนาย ทำอย่างไร\nตอบ: ขอความช่วยเหลือได้จากสภาทนายความ สำนักงานอัยการคุ้มครองสิทธิ หรือกองทุนยุติธรรม ",
        "ซึ่งช่วยค่าจ้างทนาย ค่าธรรมเนียมศาล และเงินประกันตัว\n",
        "ถาม: แรงงานต่างด้าวขอได้ไหม\nตอบ: ได้ในบางกรณี เช่น เป็นผู้เสียหายจากการค้ามนุษย์ ติดต่อสายด่วน 1111 กด ", str(r.randint(1, 9)),
    ]


@T("police", neg=True)
def neg_police_press_stats(r: random.Random) -> list:
    return [
        "เขียนพาดหัวข่าวจากสถิตินี้\n",
        "ผลการปราบปรามอาชญากรรมออนไลน์ ", r.choice(["ไตรมาสแรก", "ครึ่งปีแรก"]), " ปี 2568: รับแจ้ง ", amount(r, 50000, 200000),
        " เรื่อง อายัดบัญชีม้า ", amount(r, 10000, 90000), " บัญชี จับกุม ", amount(r, 1000, 9000),
        " ราย ความเสียหายรวม ", amount(r, 1000, 9000), " ล้านบาท ประชาชนแจ้งความได้ที่ thaipoliceonline หรือสายด่วน 1441",
    ]


@T("district_office", neg=True)
def neg_songkran_holiday_notice(r: random.Random) -> list:
    return [
        "Translate this notice into English for the expat community page:\n\n",
        "ประกาศสำนักงานเขต", r.choice(["วัฒนา", "บางนา", "คลองเตย"]), " งดให้บริการงานทะเบียนราษฎรและบัตรประจำตัวประชาชน ",
        "ระหว่างวันที่ 12–16 เมษายน 2568 เนื่องในเทศกาลสงกรานต์ เปิดบริการตามปกติวันที่ 17 เมษายน 2568 ",
        "สามารถใช้บริการออนไลน์ผ่านแอปพลิเคชัน ThaiD ได้ตลอด 24 ชั่วโมง",
    ]


@T("district_office", neg=True)
def neg_code_id_validator(r: random.Random) -> list:
    return [
        "เขียน unit test ให้ฟังก์ชันนี้ (ใช้ค่าปลอมที่เห็นชัดว่าไม่ใช่ของจริง):\n```python\n",
        "def is_valid_citizen_id(pid: str) -> bool:\n",
        "    digits = [int(c) for c in pid if c.isdigit()]\n",
        "    if len(digits) != 13:\n        return False\n",
        "    total = sum(d * (13 - i) for i, d in enumerate(digits[:12]))\n",
        "    return (11 - total % 11) % 10 == digits[12]\n```\n",
        "รองรับ input แบบ '1-2345-67890-12-x' และสตริงว่างด้วย",
    ]


@T("court", neg=True)
def neg_sql_schema_case_registry(r: random.Random) -> list:
    return [
        "ออกแบบ index ให้ schema นี้ ค้นด้วยเลขคดีและวันนัดบ่อยที่สุด\n```sql\n",
        "CREATE TABLE cases (\n  id BIGSERIAL PRIMARY KEY,\n  black_no VARCHAR(20) NOT NULL,\n  red_no VARCHAR(20),\n",
        "  court_code CHAR(4) NOT NULL,\n  filed_at DATE NOT NULL\n);\n",
        "CREATE TABLE parties (\n  case_id BIGINT REFERENCES cases(id),\n  role VARCHAR(12),\n  pid_hash CHAR(64),\n  name_enc BYTEA\n);\n```",
    ]


@T("labour", neg=True)
def neg_minimum_wage_announcement(r: random.Random) -> list:
    return [
        "สรุปประกาศนี้เป็นตาราง\n\n",
        "ประกาศคณะกรรมการค่าจ้าง เรื่อง อัตราค่าจ้างขั้นต่ำ (ฉบับที่ ", str(r.randint(13, 15)), ")\n",
        "อัตรา 400 บาท: กรุงเทพมหานคร (บางพื้นที่) ภูเก็ต ชลบุรี ระยอง\n",
        "อัตรา 380 บาท: สมุทรสาคร สมุทรปราการ นนทบุรี ปทุมธานี\n",
        "อัตรา 337–372 บาท: จังหวัดอื่น ๆ\nมีผลตั้งแต่ 1 มกราคม 2568 ใช้กับลูกจ้างทุกสัญชาติ",
    ]


@T("ngo_legal_aid", neg=True)
def neg_ngo_training_agenda(r: random.Random) -> list:
    return [
        "ช่วยบีบกำหนดการอบรมนี้ให้จบในครึ่งวัน:\n",
        "09:00 Registration\n09:15 PDPA basics for case workers\n10:00 Interview techniques with interpreters (Burmese, Khmer, Lao)\n",
        "11:00 Filing complaints with the Labour Protection office\n12:00 Lunch\n13:00 Role play: wage-theft intake\n",
        f"Venue: Mae Sot, {when_en(r)}. RSVP: training@", r.choice(["mapfoundation", "hrdf", "lawaidnetwork"]), ".org",
    ]


@T("land_office", neg=True)
def neg_lease_clause_template(r: random.Random) -> list:
    return [
        "ตรวจข้อสัญญาเช่าแม่แบบนี้ว่าขัดกฎหมายคุ้มครองผู้บริโภคไหม\n",
        "ข้อ 4 ผู้เช่าตกลงวางเงินประกันจำนวน ______ บาท ผู้ให้เช่าต้องคืนภายใน 7 วันนับแต่วันส่งมอบห้องคืน\n",
        "ข้อ 5 ผู้ให้เช่าไม่มีสิทธิเรียกเก็บค่าไฟฟ้าเกินอัตราที่การไฟฟ้าเรียกเก็บ\n",
        "ข้อ 6 ผู้ให้เช่าจะเข้าตรวจห้องได้เมื่อแจ้งล่วงหน้า ", str(r.choice([24, 48])), " ชั่วโมง",
    ]


@T("law_firm", neg=True)
def neg_legal_glossary_prompt(r: random.Random) -> list:
    return [
        "Give English equivalents for these Thai legal terms, one per line:\n",
        "คดีหมายเลขดำ, คดีหมายเลขแดง, ผู้ร้องสอด, ฟ้องแย้ง, ประนีประนอมยอมความ, ยื่นอุทธรณ์, บังคับคดี, ",
        "อายัดทรัพย์, หมายเรียก, คำให้การ, ปล่อยชั่วคราว, ", r.choice(["นิติกรรมอำพราง", "ลาภมิควรได้", "ละเมิด"]),
    ]


@T("land_office", neg=True)
def neg_expropriation_public_hearing(r: random.Random) -> list:
    return [
        "ทำข่าวประชาสัมพันธ์สั้น ๆ จากประกาศนี้\n",
        "ประกาศจังหวัด", r.choice(["นนทบุรี", "ปทุมธานี", "ชลบุรี"]), " เรื่อง การรับฟังความคิดเห็นโครงการเวนคืนที่ดินเพื่อก่อสร้างถนนเลี่ยงเมือง ",
        "ผู้มีส่วนได้เสียเข้าร่วมได้ในวันที่ ", when_th(r), " ณ หอประชุมอำเภอ หรือส่งความเห็นทางไปรษณีย์ถึงสำนักงานโยธาธิการและผังเมืองจังหวัด ",
        "เอกสารโครงการดาวน์โหลดได้ที่เว็บไซต์จังหวัด",
    ]


@T("immigration", neg=True)
def neg_immigration_office_hours_en(r: random.Random) -> list:
    return [
        "Shorten for an SMS:\n",
        "Immigration Division 1, Chaeng Watthana Government Complex, Building B. Open Monday to Friday 08:30-16:30, ",
        f"closed on public holidays. Queue tickets stop at 15:00. Online 90-day reports are accepted {r.choice(['15', '7'])} days before ",
        "and 7 days after the due date. Hotline 1178.",
    ]


@T("court", neg=True)
def neg_court_fee_schedule_en(r: random.Random) -> list:
    return [
        "Calculate the court fee for a claim of THB ", amount(r, 100000, 80000000), " using this schedule:\n",
        "Claims up to THB 50 million: 2% (capped at THB 200,000)\nPortion above THB 50 million: 0.1%\n",
        "Consumer cases filed by consumers: exempt\nLabour cases: exempt",
    ]


@T("revenue", neg=True)
def neg_tax_deadline_reminder(r: random.Random) -> list:
    return [
        "ช่วยเขียน push notification 3 แบบ\n",
        "กรมสรรพากรขยายเวลายื่นแบบ ภ.ง.ด.90/91 ทางอินเทอร์เน็ต ถึงวันที่ 8 เมษายน 2568 ",
        "ผู้มีเงินได้ที่ยื่นแบบกระดาษต้องยื่นภายใน 31 มีนาคม ขอคืนภาษีผ่านพร้อมเพย์ที่ผูกกับเลขประจำตัวประชาชนเท่านั้น ",
        "ระวังมิจฉาชีพอ้างเป็นเจ้าหน้าที่ให้ติดตั้งแอปปลอม สอบถาม 1161",
    ]


@T("social_security", neg=True)
def neg_sso_contribution_calc(r: random.Random) -> list:
    w = r.randint(8000, 30000)
    return [
        f"เงินเดือน {w:,} บาท ต้องหักประกันสังคมเท่าไหร่ (อัตรา 5% ฐานค่าจ้าง 1,650–15,000) ",
        "และนายจ้างต้องสมทบเท่าไหร่ ขอสูตร Excel ด้วย",
    ]


# ==============================================================================================
# Build, check, write
# ==============================================================================================
THAI_CHAR = re.compile(r"[\u0e00-\u0e7f]")


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
        row["id"] = f"f21-{n:04d}"
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
    for r in rows:
        last = 0
        for e in r["entities"]:
            if e["start"] < last:
                problems.append(f"{r['template']}: overlapping entities")
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
        english = sum(not THAI_CHAR.search(r["text"]) for r in rows)
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={negatives} ({negatives / len(rows):.1%}) "
              f"english_only={english} ({english / len(rows):.1%})")
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
            print(f"{args.out} is stale: rerun bench/make_freshset21.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
