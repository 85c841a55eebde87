"""Twenty-eighth blind held-out set for pdpa-guard: bench/freshset28.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md and the interface of tests/test_freshsets.py only. Emphasis: fraud, security and risk operations
in Thai banks, e-wallets, telcos and marketplaces: call-centre scam reports, mule-account investigations,
AML/CTF alerts and STR narratives, chargebacks and disputes, SIM-swap tickets, account takeover, SOC
alerts and logs (SIEM, auth, WAF), police cyber-crime report summaries, victim statements, device
fingerprints and KYC re-verification. Negatives come from the same desks: threat-intel reports about
groups, fraud statistics, rule configs, sample payloads with placeholders, hashes, UUIDs, transaction
references, BIN and SWIFT tables, IOC lists of server IPs, news about named public officials and policy
text about criminal records or biometrics that concerns no particular person.

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file.

Conventions: PERSON is the name without its title, rank or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง,
ร.ต.อ., Mr, Dr ...); ADDRESS is one span from the house number to the postcode (or province);
DATE_OF_BIRTH is the date only; cued numbers (HN, student ID, account ...) are the number only; a plate
includes the province written right after it; s.26 spans are the shortest phrase disclosing the fact
about the person. Role mailboxes (fraud@, soc@, info@ ...) and official LINE accounts are not personal
data and are left unlabelled; so are IPs of servers in IOC lists (only in negatives), device IDs,
IMEIs, ICCIDs, hashes, UUIDs and transaction references. Public officials named in news are not
labelled. In positives every IP address is one a person used and is labelled.

    python bench/make_freshset28.py            # (re)write bench/freshset28.jsonl
    python bench/make_freshset28.py --check    # exit 1 unless the file matches what this script writes
"""

from __future__ import annotations

import argparse
import hashlib
import ipaddress
import json
import random
import re
import sys
import uuid
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

OUT = Path(__file__).resolve().parent / "freshset28.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset28"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_M = [
    "สมชาย", "ณัฐพล", "กิตติศักดิ์", "ธีรวัฒน์", "วีรยุทธ", "ประยูร", "สุรศักดิ์", "อนุวัฒน์", "ชาญวิทย์", "ปฐมพงศ์",
    "ภูริณัฐ", "ศักดิ์ดา", "เอกรัตน์", "จักรพันธ์", "ทองสุข", "บุญส่ง", "วิชัย", "อดิศร", "ธนกฤต", "พีรพัฒน์",
    "สมบัติ", "ไชยา", "คมสัน", "ณรงค์ฤทธิ์", "ปิยะพงษ์", "สิทธิชัย", "อำนาจ", "เกียรติศักดิ์", "นพดล", "ราเชนทร์",
]
TH_F = [
    "สมศรี", "วราภรณ์", "กัญญารัตน์", "ปิยธิดา", "อรทัย", "สุภาวดี", "นันทนา", "พัชรินทร์", "จิราภรณ์", "เบญจวรรณ",
    "ลำไย", "บุญเรือน", "ทองคำ", "ศิริพร", "ชุติมา", "ณัฐกานต์", "อัมพร", "รุ่งนภา", "ดารุณี", "มาลัย",
    "ปาริฉัตร", "กนกวรรณ", "สายทอง", "วิไลวรรณ", "ธิดารัตน์", "พิมพ์ลภัส", "เยาวลักษณ์", "อุษา", "นงลักษณ์", "ประไพ",
]
TH_SUR = [
    "ศรีสุข", "แก้วมณี", "ทองประเสริฐ", "วงศ์สวัสดิ์", "บุญมาก", "จันทร์แจ่ม", "พรหมวิเศษ", "สุขสมบูรณ์", "เพชรรัตน์",
    "ชัยมงคล", "อินทร์แก้ว", "ศรีวิชัย", "ปัญญาดี", "รัตนวงศ์", "โพธิ์ทอง", "มั่นคง", "สายบุญ", "คำแสน", "หอมจันทร์",
    "ธนสาร", "ใจดี", "เรืองศรี", "นาคสวัสดิ์", "ผลบุญ", "ตั้งเจริญกิจ", "ลิ้มประเสริฐ", "อ่อนละมัย", "ดวงแก้ว",
    "กาญจนพงศ์", "ภู่ระหงษ์", "สิงห์คำ", "มหาไชย", "บัวแก้ว", "อุดมสุข", "ทิพย์มณี", "เดชาวัฒน์",
]
MUSLIM_TH = ["อับดุลเลาะ สาและ", "ฟาตีเมาะ ดือราแม", "มูฮัมหมัด หะยีเต๊ะ", "นูรียะ สะมะแอ", "อิสมาแอ ยูโซะ",
             "ซูไรดา เจ๊ะหลง", "รอฮานี มะเด็ง", "อับดุลรอมาน บินสะแล"]
HILL_TH = ["อาหมี่ เชอมือ", "หมี่จู แซ่ย่าง", "จะหะ มาเยอะ", "นาหยี่ จะพือ", "ลาเต๊อะ จะแฮ", "ยี่ปา แซ่ลี",
           "สุนทร แซ่ว้าง", "มาลี เยเปาะ"]
EN_GIVEN_M = ["Somchai", "Nattapong", "Thanakrit", "Kittisak", "Anuwat", "Pakorn", "Chaiwat", "Weerayut", "Sakda"]
EN_GIVEN_F = ["Wanida", "Kanokwan", "Siriporn", "Pimchanok", "Orathai", "Nanthana", "Jiraporn", "Ratchanee"]
EN_SUR = ["Srisuk", "Kaewmanee", "Thongprasert", "Wongsawat", "Boonmak", "Chanjaem", "Phromwiset", "Sukkasem",
          "Petcharat", "Chaimongkol", "Intarakaew", "Panyadee", "Rattanawong", "Phothong", "Saiboon"]
FOREIGN = {
    "cn": ["Zhang Wei", "Liu Yang", "Chen Jing", "Wang Lei", "Huang Zhiqiang", "Zhao Min"],
    "mm": ["Aung Ko Ko", "Nang Seng Hom", "Sai Kham Leng", "Zaw Min Htet", "Nan Ei Mon", "Sai Aung Myint"],
    "kh": ["Sok Dara", "Chea Sovann", "Heng Sreymom", "Pich Vannak"],
    "west": ["Daniel Hughes", "Markus Weber", "Sophie Laurent", "Oliver Grant", "Hannah Fischer", "Ryan Cooper"],
    "in": ["Rahul Mehta", "Priya Nair", "Arjun Sharma", "Deepa Iyer"],
}
NICK_TH = ["มิ้นท์", "ต้น", "แนน", "บอล", "เฟิร์น", "โอ๊ต", "แบงค์", "พลอย", "บีม", "ไอซ์", "ป๊อป", "ออม", "จอย", "ตูน"]
NICK_EN = ["mint", "ton", "nan", "ball", "fern", "oat", "bank", "ploy", "beam", "ice", "pop", "aom", "joy", "toon"]


def thn(r: random.Random, female: bool | None = None) -> str:
    if female is None:
        female = r.random() < 0.5
    return f"{r.choice(TH_F if female else TH_M)} {r.choice(TH_SUR)}"


def tp(r: random.Random, female: bool | None = None, short: bool = False) -> tuple[str, str]:
    """A Thai title and a matching full name."""
    if female is None:
        female = r.random() < 0.5
    title = ("น.ส." if short else r.choice(["น.ส.", "นาง", "นางสาว"])) if female else "นาย"
    return title, thn(r, female)


def rom(r: random.Random, female: bool | None = None) -> str:
    if female is None:
        female = r.random() < 0.5
    return f"{r.choice(EN_GIVEN_F if female else EN_GIVEN_M)} {r.choice(EN_SUR)}"


def en_title(r: random.Random, name: str) -> str:
    first = name.split()[0]
    return "Ms" if first in EN_GIVEN_F else "Mr"


def foreign(r: random.Random, kind: str) -> str:
    return r.choice(FOREIGN[kind])


def given(name: str) -> str:
    return name.split()[0]


# ----------------------------------------------------------------------------------------------
# Fabricated values
# ----------------------------------------------------------------------------------------------
def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def nid_digits(r: random.Random, first: str | None = None) -> str:
    first = first or r.choice("1111111233358")
    body = first + _digits(r, 11)
    return body + pin.calc_check_digit(body)


def nid(r: random.Random, style: str | None = None, first: str | None = None) -> str:
    d = nid_digits(r, first)
    style = style or r.choice(["plain", "dash", "dash", "space"])
    if style == "plain":
        return d
    sep = "-" if style == "dash" else " "
    return sep.join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def juristic(r: random.Random, style: str | None = None) -> str:
    body = "0" + r.choice(["105", "107", "115", "125", "135", "505", "205"]) + r.choice(["5", "6"]) \
        + str(r.randint(48, 67)) + _digits(r, 5)
    body = body[:12]
    d = body + moa.calc_check_digit(body)
    style = style or r.choice(["plain", "plain", "dash"])
    if style == "plain":
        return d
    return "-".join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def epoch_ms(r: random.Random, lo: int = 1_700_000_000_000, hi: int = 1_860_000_000_000) -> str:
    """A millisecond timestamp (2023-2028) whose 13 digits happen to pass the Thai-ID checksum."""
    body = str(r.randrange(lo, hi))[:12]
    return body + pin.calc_check_digit(body)


def epoch_seq(r: random.Random, n: int, span_ms: int = 6 * 3_600_000) -> list[str]:
    """n increasing checksum-passing millisecond timestamps within span_ms of each other."""
    start = r.randrange(1_700_000_000_000, 1_860_000_000_000 - span_ms)
    return sorted((epoch_ms(r, start, start + span_ms) for _ in range(n)), key=int)


def epoch_s(r: random.Random) -> str:
    return str(r.randrange(1_730_000_000, 1_790_000_000))


def _luhn_check_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card(r: random.Random, style: str | None = None, brand: str | None = None) -> str:
    brand = brand or r.choice(["visa", "visa", "mc", "jcb", "upi", "amex"])
    prefix = {"visa": "4" + r.choice(["09617", "54412", "18932", "66554", "02713"]),
              "mc": r.choice(["5241", "5412", "5577", "2232"]) + _digits(r, 2),
              "jcb": r.choice(["3528", "3541", "3566"]) + _digits(r, 2),
              "upi": "62" + r.choice(["2280", "1094", "2601"]),
              "amex": r.choice(["3765", "3445"]) + _digits(r, 2)}[brand]
    length = 15 if brand == "amex" else 16
    body = prefix + _digits(r, length - 1 - len(prefix))
    d = body + _luhn_check_digit(body)
    style = style or r.choice(["plain", "space", "space", "dash"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    if length == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join([d[i:i + 4] for i in range(0, 16, 4)])


def masked_card(r: random.Random) -> str:
    return f"{r.choice(['4096', '5412', '3566', '4544'])}{_digits(r, 2)}XXXXXX{_digits(r, 4)}"


def _valid_phone(v: str) -> bool:
    try:
        num = phonenumbers.parse(v, "TH")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num)


def mobile(r: random.Random, style: str | None = None) -> str:
    while True:
        d = "0" + r.choice(["6", "8", "8", "9"]) + str(r.randint(1, 9)) + _digits(r, 7)
        if _valid_phone(d):
            break
    style = style or r.choice(["plain", "dash", "dash", "space", "intl", "intl_plain"])
    if style == "plain":
        return d
    if style == "dash":
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if style == "space":
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if style == "intl":
        return f"+66 {d[1:3]} {d[3:6]} {d[6:]}"
    if style == "msisdn":
        return "66" + d[1:]
    return "+66" + d[1:]


def landline(r: random.Random) -> str:
    while True:
        if r.random() < 0.5:
            d = "02" + str(r.randint(1, 9)) + _digits(r, 6)
            s = f"{d[:2]}-{d[2:5]}-{d[5:]}"
        else:
            d = r.choice(["053", "043", "038", "074", "076", "055"]) + str(r.randint(2, 9)) + _digits(r, 5)
            s = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if _valid_phone(d):
            return s


EMAIL_FREE = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.th"]
TRANSLIT = {
    "สมชาย": "somchai", "ณัฐพล": "nattaphon", "กิตติศักดิ์": "kittisak", "ธีรวัฒน์": "teerawat", "วีรยุทธ": "weerayut",
    "ประยูร": "prayoon", "สุรศักดิ์": "surasak", "อนุวัฒน์": "anuwat", "ชาญวิทย์": "chanwit", "ปฐมพงศ์": "pathompong",
    "สมศรี": "somsri", "วราภรณ์": "waraporn", "กัญญารัตน์": "kanyarat", "ปิยธิดา": "piyathida", "อรทัย": "orathai",
    "สุภาวดี": "supawadee", "นันทนา": "nanthana", "พัชรินทร์": "patcharin", "จิราภรณ์": "jiraporn", "ศิริพร": "siriporn",
}


def email(r: random.Random, name: str | None = None, domain: str | None = None) -> str:
    domain = domain or r.choice(EMAIL_FREE)
    if name and name.split()[0] in TRANSLIT:
        base = TRANSLIT[name.split()[0]]
    elif name and re.fullmatch(r"[A-Za-z ]+", name):
        parts = name.lower().split()
        base = r.choice([f"{parts[0]}.{parts[-1]}", f"{parts[0]}.{parts[-1][0]}", f"{parts[0]}{parts[-1][:3]}"])
    else:
        base = r.choice(NICK_EN) + r.choice(["", ".", "_"]) + r.choice(["jung", "chan", "sweet", "zaa", "bkk", "th"])
    return f"{base}{r.choice(['', str(r.randint(1, 99)), str(r.randint(1975, 2005))])}@{domain}"


ISP_V4 = ["49.228", "49.229", "49.230", "171.96", "171.97", "171.100", "110.164", "110.168", "110.169", "184.22",
          "58.8", "58.11", "1.46", "1.47", "223.24", "223.205", "27.55", "124.120", "182.232", "101.109", "118.172",
          "125.25", "183.88", "115.87"]


def ipv4(r: random.Random) -> str:
    return f"{r.choice(ISP_V4)}.{r.randint(1, 254)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    pre = r.choice(["2001:fb1:", "2405:9800:b", "2403:6200:8", "2001:44c8:"])
    tail = ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(4))
    if pre.endswith(":"):
        return f"{pre}{r.randint(0x10, 0xff):x}:{r.randint(0, 0xfff):x}:{tail}"
    return f"{pre}{r.randint(0x10, 0xfff):x}:{r.randint(0, 0xfff):x}:{tail}"


def server_ip(r: random.Random) -> str:
    return f"{r.choice(['45.142', '103.97', '154.39', '185.220', '194.26', '43.229', '38.54', '167.88'])}" \
           f".{r.randint(1, 254)}.{r.randint(1, 254)}"


def passport(r: random.Random, kind: str = "th") -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == "th":
        return "A" + r.choice("ABCDEFGHJKLMNPRSTUVW") + _digits(r, 7)
    if kind == "cn":
        return "E" + r.choice("ABCDEFGHJ") + _digits(r, 7)
    if kind == "mm":
        return "M" + r.choice("ABCDE") + _digits(r, 6)
    if kind == "kh":
        return "N" + _digits(r, 7)
    if kind == "in":
        return r.choice(letters) + _digits(r, 7)
    return r.choice(letters) + r.choice(letters) + _digits(r, 7)


BANKS_TH = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา", "ทหารไทยธนชาต", "ออมสิน", "ธ.ก.ส."]
BANKS_EN = ["KBANK", "SCB", "BBL", "KTB", "BAY", "TTB", "GSB", "BAAC"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["kb", "kb", "scb", "plain", "plain", "gsb"])
    if style == "gsb":
        d = "0" + _digits(r, 11)
        return r.choice([d, f"{d[:4]}-{d[4:8]}-{d[8:]}"])
    d = _digits(r, 10)
    if style == "kb":
        return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"
    if style == "scb":
        return f"{d[:3]}-{d[3:9]}-{d[9]}"
    return d


PLATE_LETTERS = ["กข", "ขค", "งจ", "ฒท", "ธศ", "กก", "ภล", "วม", "ชบ", "สน", "บค", "ฆท", "ผอ", "ยย", "ศจ", "นข", "กค"]
PROVINCES = ["กรุงเทพมหานคร", "เชียงใหม่", "ชลบุรี", "ขอนแก่น", "นนทบุรี", "ภูเก็ต", "สงขลา", "ปทุมธานี",
             "นครราชสีมา", "อุดรธานี", "สมุทรปราการ", "ระยอง", "เชียงราย", "ตาก"]


def plate(r: random.Random) -> str:
    lead = r.choice(["", "1", "2", "3", "4", "5", "6", "7", "8", "9"])
    return f"{lead}{r.choice(PLATE_LETTERS)} {r.randint(1, 9999)} {r.choice(PROVINCES)}"


BKK = [("คลองจั่น", "บางกะปิ", "10240"), ("ลาดยาว", "จตุจักร", "10900"), ("บางนาเหนือ", "บางนา", "10260"),
       ("ห้วยขวาง", "ห้วยขวาง", "10310"), ("บางซื่อ", "บางซื่อ", "10800"), ("คลองตันเหนือ", "วัฒนา", "10110"),
       ("ทุ่งสองห้อง", "หลักสี่", "10210"), ("บางแค", "บางแค", "10160"), ("ดอกไม้", "ประเวศ", "10250")]
BKK_STREETS = ["ซอยลาดพร้าว 101", "ถนนพหลโยธิน", "ซ.รามคำแหง 53", "ซอยสุขุมวิท 77", "ถ.ประชาชื่น", "ซอยอ่อนนุช 44",
               "ถนนเพชรเกษม", "ซ.วิภาวดีรังสิต 20"]
PROV = [("สุเทพ", "เมืองเชียงใหม่", "เชียงใหม่", "50200"), ("ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
        ("หนองปรือ", "บางละมุง", "ชลบุรี", "20150"), ("บางพูด", "ปากเกร็ด", "นนทบุรี", "11120"),
        ("คลองหนึ่ง", "คลองหลวง", "ปทุมธานี", "12120"), ("หาดใหญ่", "หาดใหญ่", "สงขลา", "90110"),
        ("ในเมือง", "เมืองนครราชสีมา", "นครราชสีมา", "30000"), ("ตลาดใหญ่", "เมืองภูเก็ต", "ภูเก็ต", "83000"),
        ("บ่อวิน", "ศรีราชา", "ชลบุรี", "20230"), ("หมากแข้ง", "เมืองอุดรธานี", "อุดรธานี", "41000"),
        ("ท่าบ่อ", "ท่าบ่อ", "หนองคาย", "43110"), ("บางเมือง", "เมืองสมุทรปราการ", "สมุทรปราการ", "10270")]
NORTH = [("แม่สาย", "แม่สาย", "เชียงราย", "57130"), ("แม่ฟ้าหลวง", "แม่ฟ้าหลวง", "เชียงราย", "57240"),
         ("อมก๋อย", "อมก๋อย", "เชียงใหม่", "50310"), ("เวียง", "ฝาง", "เชียงใหม่", "50110"),
         ("แม่สอด", "แม่สอด", "ตาก", "63110"), ("ปางหมู", "เมืองแม่ฮ่องสอน", "แม่ฮ่องสอน", "58000")]
SOUTH = [("รูสะมิแล", "เมืองปัตตานี", "ปัตตานี", "94000"), ("สะเตง", "เมืองยะลา", "ยะลา", "95000"),
         ("บางนาค", "เมืองนราธิวาส", "นราธิวาส", "96000"), ("สุไหงโก-ลก", "สุไหงโก-ลก", "นราธิวาส", "96120")]
ADDR_EN = [
    "Moo 4, Bo Win, Si Racha, Chon Buri 20230", "Sukhumvit 71 Rd, Khlong Tan Nuea, Watthana, Bangkok 10110",
    "Soi Lat Phrao 101, Khlong Chan, Bang Kapi, Bangkok 10240", "Moo 2, Nong Prue, Bang Lamung, Chon Buri 20150",
    "Nimmanhaemin Rd, Suthep, Mueang Chiang Mai, Chiang Mai 50200", "Moo 7, Khlong Nueng, Khlong Luang, Pathum Thani 12120",
]


def house(r: random.Random) -> str:
    return r.choice([str(r.randint(1, 999)), f"{r.randint(1, 399)}/{r.randint(1, 250)}"])


def addr(r: random.Random, region: str | None = None, en: bool = False) -> str:
    if en:
        return f"{house(r)} {r.choice(ADDR_EN)}"
    region = region or r.choice(["bkk", "prov", "prov"])
    if region == "bkk":
        t, a, pc = r.choice(BKK)
        kw = r.choice([("แขวง", "เขต", "กรุงเทพมหานคร"), ("แขวง", "เขต", "กรุงเทพฯ"), ("", "", "กทม.")])
        if kw[0]:
            return f"{house(r)} {r.choice(BKK_STREETS)} {kw[0]}{t} {kw[1]}{a} {kw[2]} {pc}"
        return f"{house(r)} {r.choice(BKK_STREETS)} {t} {a} {kw[2]} {pc}"
    t, a, p, pc = r.choice({"prov": PROV, "north": NORTH, "south": SOUTH}[region])
    moo = f"หมู่ {r.randint(1, 14)} " if r.random() < 0.7 else ""
    if r.random() < 0.5:
        return f"{house(r)} {moo}ต.{t} อ.{a} จ.{p} {pc}"
    return f"{house(r)} {moo}ตำบล{t} อำเภอ{a} จังหวัด{p} {pc}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dob(r: random.Random, style: str | None = None, lo: int = 1950, hi: int = 2005) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["th_long", "th_short", "iso", "slash_be", "en"])
    if style == "th_long":
        return f"{d} {TH_MONTHS[m - 1]} {y + 543}"
    if style == "th_short":
        return f"{d} {TH_MON[m - 1]} {y + 543}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "slash_be":
        return f"{d:02d}/{m:02d}/{y + 543}"
    return f"{d:02d} {EN_MON[m - 1]} {y}"


def student_id(r: random.Random, style: str | None = None) -> str:
    yy = r.choice(["64", "65", "66", "67"])
    style = style or r.choice(["ten", "ten", "b", "dash"])
    if style == "ten":
        return yy + _digits(r, 8)
    if style == "b":
        return "B" + yy + _digits(r, 5)
    return f"{yy}{_digits(r, 1)}-{_digits(r, 6)}"


def hn(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["dash", "slash", "plain"])
    if style == "dash":
        return f"{r.randint(55, 67)}-{_digits(r, 6)}"
    if style == "slash":
        return f"{_digits(r, 6)}/{r.randint(55, 67)}"
    return str(r.randint(1, 9)) + _digits(r, 6)


def line_id(r: random.Random, base: str | None = None) -> str:
    base = base or r.choice(NICK_EN)
    return base + r.choice([".", "_", "", "-"]) + r.choice(["invest", "vip", "admin", "bkk", "love", "2536", "88",
                                                           "th", "money", "gold", "jung"]) \
        + r.choice(["", str(r.randint(1, 99))])


def amount(r: random.Random, lo: int = 500, hi: int = 950_000) -> str:
    return f"{r.randint(lo, hi):,}"


def txn_ref(r: random.Random) -> str:
    return f"{r.choice(['FT', 'TX', 'PP', 'IB'])}{r.randint(2024, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" \
           f"{_digits(r, 9)}"


def uid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def sha256(r: random.Random) -> str:
    return hashlib.sha256(str(r.random()).encode()).hexdigest()


def md5(r: random.Random) -> str:
    return hashlib.md5(str(r.random()).encode()).hexdigest()


def dev_id(r: random.Random) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(16))


def imei(r: random.Random) -> str:
    body = r.choice(["35", "86", "35"]) + _digits(r, 12)
    return body + _luhn_check_digit(body)


def iccid(r: random.Random) -> str:
    body = "896601" + _digits(r, 12)
    return body + _luhn_check_digit(body)


def ts_iso(r: random.Random) -> str:
    return f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:" \
           f"{r.randint(0, 59):02d}+07:00"


def date_th(r: random.Random) -> str:
    return f"{r.randint(1, 28)} {r.choice(TH_MON)} {r.choice(['2567', '2568'])}"


def date_en(r: random.Random) -> str:
    return f"{r.randint(1, 28)} {r.choice(EN_MON)} {r.choice(['2024', '2025'])}"


def case_no(r: random.Random, prefix: str = "FRD") -> str:
    return f"{prefix}-{r.choice(['2567', '2568', '2025'])}-{_digits(r, 6)}"


UA = [
    "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "okhttp/4.9.3", "python-requests/2.31.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Safari/537.36",
    "Dalvik/2.1.0 (Linux; U; Android 12; CPH2387 Build/SP1A.210812.016)",
]


# ----------------------------------------------------------------------------------------------
# Value checks (the tests call this on every labelled span)
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
        return not re.search(r"\d|^(นาย|นาง|น\.ส\.|คุณ|ร\.ต\.อ\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) ", span)
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


def _interleave(items: list[str], sep: str) -> list[str]:
    out: list[str] = []
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        out.append(it)
    return out



# ==============================================================================================
# POSITIVE TEMPLATES
# ==============================================================================================


# ---- call-centre scams, victim statements, police reports -----------------------------------
@T("police")
def victim_statement_fake_police_th(r: random.Random) -> list:
    title, name = tp(r)
    cop, holder = thn(r, False), thn(r)
    station = r.choice(["สภ.เมืองนครปฐม", "สน.ทุ่งสองห้อง", "สภ.บางพลี", "กองบังคับการปราบปรามยาเสพติด"])
    return [
        "ช่วยสรุปคำให้การนี้เป็นข้อ ๆ สำหรับแนบหนังสือขออายัดบัญชีถึงธนาคารค่ะ\n\n",
        f"ข้าพเจ้า{title}", P(name), f" อายุ {r.randint(38, 74)} ปี เลขประจำตัวประชาชน ", E("TH_NATIONAL_ID", nid(r)),
        " อยู่บ้านเลขที่ ", E("ADDRESS", addr(r)), " โทร ", E("PHONE_NUMBER", mobile(r)), "\n",
        f"เมื่อวันที่ {date_th(r)} เวลาประมาณ {r.randint(8, 16)}.{r.choice(['05', '30', '45'])} น. มีชายโทรมาจากหมายเลข ",
        E("PHONE_NUMBER", mobile(r)), " อ้างว่าเป็น ร.ต.อ.", P(cop), f" {station} แจ้งว่าข้าพเจ้ามีชื่อพัวพันบัญชีฟอกเงิน ",
        "ต้องโอนเงินทั้งหมดไปให้ 'ตรวจสอบเส้นทางการเงิน' แล้วจะคืนให้ภายใน 24 ชม. มีการวิดีโอคอลผ่านไลน์โดยชายแต่งชุดตำรวจ\n",
        f"ข้าพเจ้าโอนเงิน {amount(r, 50_000, 2_400_000)} บาท เข้าบัญชีธนาคาร{r.choice(BANKS_TH)} เลขที่ ",
        E("TH_BANK_ACCOUNT", bank_acct(r)), " ชื่อบัญชี ", P(holder), " ผ่านแอปธนาคาร รายการอ้างอิง ", txn_ref(r), "\n",
        "หลังจากนั้นติดต่อกลับไม่ได้ จึงมาแจ้งความ",
    ]


@T("police")
def aoc1441_ticket_json(r: random.Random) -> list:
    victim, holder = thn(r), thn(r)
    return [
        "Extract mule accounts from this AOC 1441 ticket and list which bank must place a hold:\n",
        '{"ticket_no": "AOC-', _digits(r, 4), "-", _digits(r, 6), '", "reported_at": ', epoch_ms(r),
        ', "channel": "hotline_1441", "scam_type": "', r.choice(["impersonate_police", "fake_parcel", "investment",
                                                                  "loan_app"]),
        '",\n "victim": {"name": "', P(victim), '", "msisdn": "', E("PHONE_NUMBER", mobile(r, "plain")),
        '", "id_card": "', E("TH_NATIONAL_ID", nid(r, "plain")), '"},\n "loss_thb": ', str(r.randint(3000, 900000)),
        ',\n "mule_accounts": [{"bank_code": "', r.choice(["004", "014", "006", "002", "025", "030"]),
        '", "acc_no": "', E("TH_BANK_ACCOUNT", bank_acct(r, "plain")), '", "acc_name": "', P(holder),
        '", "layer": 1}],\n "status": "PENDING_HOLD"}',
    ]


@T("bank_callcentre")
def fake_dsi_call_transcript(r: random.Random) -> list:
    name = thn(r, False)
    agent = thn(r, True)
    return [
        "[ถอดเสียงสายเข้า Call Center – ขออายัดเร่งด่วน]\n",
        "เจ้าหน้าที่: สวัสดีค่ะ ฝ่ายป้องกันทุจริต ดิฉัน", P(given(agent)), " รับสายค่ะ\n",
        "ลูกค้า: ครับ ผม", P(name), " เมื่อกี้มีคนโทรมาบอกว่าเป็นดีเอสไอ ให้ผมโอนเงินไปพิสูจน์ ผมโอนไปแล้วสองแสน\n",
        "เจ้าหน้าที่: ขอเลขบัตรประชาชนเพื่อยืนยันตัวตนค่ะ\n",
        "ลูกค้า: ", E("TH_NATIONAL_ID", nid(r, "space")), " ครับ\n",
        "เจ้าหน้าที่: โอนไปบัญชีปลายทางเลขอะไรคะ\n",
        "ลูกค้า: ", E("TH_BANK_ACCOUNT", bank_acct(r, "kb")), " กสิกรฯ ครับ คนที่โทรมาใช้เบอร์ ",
        E("PHONE_NUMBER", mobile(r, "dash")), "\n",
        "เจ้าหน้าที่: รับทราบค่ะ จะส่งเรื่องระงับบัญชีชั่วคราวผ่านระบบ CFR และแนะนำให้แจ้งความออนไลน์ที่ thaipoliceonline ด้วยนะคะ\n\n",
        "สรุปสายนี้เป็นบันทึกเคส 5 บรรทัด",
    ]


@T("bank_fraud")
def romance_scam_intake_en(r: random.Random) -> list:
    victim = rom(r, True)
    holder = thn(r)
    return [
        "Please tidy this intake note for the romance-scam queue:\n\n",
        "Victim: Ms ", P(victim), ", DOB ", E("DATE_OF_BIRTH", dob(r, "en", 1958, 1980)), ", widow, retired teacher.\n",
        "Met a man claiming to be a US Army surgeon posted in Syria via Facebook; moved to LINE (his ID: ",
        E("LINE_ID", line_id(r, r.choice(["dr.mike", "capt.john", "sgt.lee"]))), ").\n",
        f"Over {r.randint(3, 9)} weeks she sent THB {amount(r, 80_000, 1_500_000)} for 'customs fees' on a parcel of gold ",
        "and USD cash. Last transfer went to acct ", E("TH_BANK_ACCOUNT", bank_acct(r)), f" ({r.choice(BANKS_EN)}) held by ",
        P(holder), " — a 2nd-layer mule already flagged in our graph.\n",
        "Customer still believes the relationship is genuine. Recommend call-back by senior analyst.",
    ]


@T("ewallet_support")
def sextortion_victim_chat(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "แชทจากลูกค้า (แปะมาทั้งก้อน ช่วยร่างคำตอบที่สุภาพและบอกขั้นตอนแจ้งความ)\n",
        "ผู้ใช้: ", P(name), "\n",
        "\"ผมโดนแบล็กเมล์ครับ เมื่อคืนคุยกับผู้หญิงในเฟสแล้ววิดีโอคอลกัน ผม",
        E("SEXUAL_BEHAVIOUR", r.choice(["ถอดเสื้อผ้าช่วยตัวเองให้เขาดู", "ช่วยตัวเองโชว์ผ่านกล้อง"])),
        " เขาอัดคลิปไว้ ตอนนี้ขู่จะส่งให้เพื่อนในเฟสทุกคนถ้าไม่โอน 15,000 เข้าทรูมันนี่วอลเล็ต ",
        E("PHONE_NUMBER", mobile(r, "plain")), " ผมโอนไปแล้ว 5,000 เขายังขออีก ทำไงดีครับ ระงับวอลเล็ตนั้นได้ไหม\"",
    ]


@T("police")
def sextortion_case_note_en(r: random.Random) -> list:
    victim = rom(r, False)
    return [
        "Summarise for the TCSD duty officer, keep it factual:\n",
        "Complainant ", P(victim), f", {r.randint(19, 23)}, university student (student ID ",
        E("STUDENT_ID", student_id(r, "ten")), "). He disclosed that he ",
        E("SEXUAL_BEHAVIOUR", r.choice(["is gay", "has sex with men"])),
        " and met the suspect on a dating app; after they exchanged intimate photos the suspect demanded THB 30,000 ",
        "via PromptPay to ", E("PHONE_NUMBER", mobile(r, "dash")), ". Complainant has not paid. Screenshots attached.",
    ]


@T("telco")
def parcel_scam_sms_forward(r: random.Random) -> list:
    title, name = r.choice(["คุณ", "พี่"]), thn(r)
    link = r.choice(["thp0st-th.cc/track", "kerry-refund.top/th", "flash-exp.vip/re", "pea-refund.icu/th"])
    return [
        "ลูกค้าส่งต่อ SMS มาที่ 1185 ช่วยจัดหมวดว่าเป็น smishing แบบไหน และร่างข้อความแจ้งกลับลูกค้า\n\n",
        "ผู้แจ้ง: ", title, P(name), " เบอร์ ", E("PHONE_NUMBER", mobile(r, "plain")), "\n",
        "ข้อความที่ได้รับ (จากหมายเลข ", E("PHONE_NUMBER", mobile(r, "intl_plain")), "):\n",
        f"\"พัสดุของท่านถูกตีกลับเนื่องจากที่อยู่ไม่ครบ กรุณาอัปเดตภายใน 24 ชม. https://{link}\"\n",
        "ลูกค้าบอกว่ากดลิงก์แล้วแต่ยังไม่ได้กรอกอะไร",
    ]


@T("bank_fraud")
def investment_scam_line_group(r: random.Random) -> list:
    title, name = tp(r)
    company = r.choice(["โกลด์ เวลท์ แอสเซท", "ไทย ฟิวเจอร์ เทรด โฮลดิ้ง", "เอเชีย คริปโต แคปปิตอล"])
    return [
        "ผู้เสียหายเขียนมาทางอีเมล ช่วยแยกข้อมูลเป็นตาราง (วันที่/ยอด/บัญชีปลายทาง)\n\n",
        f"เรียนเจ้าหน้าที่ ข้าพเจ้า{title}", P(name), " (โทร ", E("PHONE_NUMBER", mobile(r)), ") ",
        "ถูกชวนเข้ากลุ่มไลน์ 'หุ้นทองคำ VIP 888' แอดมินใช้ไลน์ไอดี ", E("LINE_ID", line_id(r)),
        " ให้ลงทุนผ่านแอปปลอม ข้าพเจ้าโอนเข้าบัญชีบริษัท ", company, " จำกัด (เลขทะเบียนนิติบุคคล ",
        E("TH_JURISTIC_ID", juristic(r)), ") เลขที่บัญชี ", E("TH_BANK_ACCOUNT", bank_acct(r)),
        f" รวม {r.randint(3, 8)} ครั้ง ยอด {amount(r, 100_000, 3_000_000)} บาท พอจะถอนกำไรกลับถูกเรียกเก็บ 'ภาษี' อีก 20%",
    ]


@T("ewallet_support")
def fake_loan_app_complaint(r: random.Random) -> list:
    title, name = tp(r, True)
    return [
        "Complaint ticket #", _digits(r, 7), " – category: illegal lending app\n",
        f"{title}", P(name), " แจ้งว่าดาวน์โหลดแอปกู้เงิน 'เงินด่วนทันใจ' จากลิงก์ในเฟซบุ๊ก ",
        "แอปขอรูปบัตรประชาชน (เลข ", E("TH_NATIONAL_ID", nid(r)), ") และรายชื่อผู้ติดต่อทั้งหมด ",
        "ได้เงินจริง 1,800 จากที่ขอ 5,000 ตอนนี้มีคนโทรทวงจาก ", E("PHONE_NUMBER", mobile(r)),
        " และส่งรูปตัดต่อไปหาเพื่อนร่วมงาน ขู่ว่าจะมาที่บ้าน ", E("ADDRESS", addr(r)), "\n",
        "ขอให้ช่วยระงับการตัดเงินอัตโนมัติจากวอลเล็ต และให้คำแนะนำทางกฎหมาย",
    ]


@T("bank_branch")
def elderly_victim_dementia_note(r: random.Random) -> list:
    mom, daughter = thn(r, True), thn(r, True)
    return [
        "บันทึกพนักงานสาขา (ขอให้ AI ช่วยเรียบเรียงส่งฝ่าย Vulnerable Customer):\n",
        "ลูกค้าคุณยาย", P(mom), f" อายุ {r.randint(76, 88)} ปี บัญชีออมทรัพย์ ", E("TH_BANK_ACCOUNT", bank_acct(r)),
        " มาถอนเงินสด 300,000 บาท บอกว่า 'ตำรวจให้เอาไปฝากตู้' ระหว่างคุยพบว่าคุณยายมี",
        E("HEALTH_DATA", r.choice(["ภาวะสมองเสื่อมระยะแรก", "โรคอัลไซเมอร์ระยะต้น"])),
        " จำวันที่ไม่ได้ ลูกสาว (คุณ", P(daughter), " โทร ", E("PHONE_NUMBER", mobile(r)), ") ",
        "มาถึงสาขาและขอให้ตั้งค่าจำกัดวงเงินถอนต่อวัน",
    ]


@T("victim_support")
def victim_depression_followup(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "ร่างจดหมายส่งต่อผู้เสียหายไปหน่วยเยียวยาของกระทรวงยุติธรรม จากข้อมูลนี้:\n",
        f"- ผู้เสียหาย: {title}", P(name), " โทร ", E("PHONE_NUMBER", mobile(r)), "\n",
        f"- สูญเงินจากแก๊งคอลเซ็นเตอร์ {amount(r, 400_000, 3_500_000)} บาท (เงินเกษียณทั้งหมด)\n",
        "- หลังเกิดเหตุได้รับการวินิจฉัยว่าเป็น", E("HEALTH_DATA", r.choice(["โรคซึมเศร้า", "โรคซึมเศร้ารุนแรง"])),
        " มีความคิดทำร้ายตัวเอง รักษาที่ รพ.ศรีธัญญา HN ", E("MEDICAL_RECORD_NUMBER", hn(r)), "\n",
        "- ต้องการคำแนะนำเรื่องค่าตอบแทนผู้เสียหายในคดีอาญา",
    ]


@T("police")
def pct_report_summary_th(r: random.Random) -> list:
    t1, complainant = tp(r)
    suspect = thn(r, False)
    return [
        "สรุปรายงานคดี บช.สอท. เพื่อเสนอผู้บังคับบัญชา (ย่อให้ไม่เกินครึ่งหน้า)\n",
        f"เลขรับแจ้ง {r.randint(2567, 2568)}{_digits(r, 8)}\n",
        f"ผู้แจ้ง: {t1}", P(complainant), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)), " ที่อยู่ ", E("ADDRESS", addr(r)), "\n",
        f"พฤติการณ์: ถูกหลอกให้ลงทุนเทรดทองผ่านแอปปลอม สูญเงิน {amount(r, 200_000, 5_000_000)} บาท\n",
        "ผู้ต้องสงสัย: นาย", P(suspect), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)),
        " เจ้าของบัญชีชั้นที่ 1 ", E("TH_BANK_ACCOUNT", bank_acct(r)), " ตรวจสอบพบว่า",
        E("CRIMINAL_RECORD", r.choice(["เคยถูกดำเนินคดีฉ้อโกงประชาชนเมื่อปี 2565", "มีประวัติต้องโทษคดียาเสพติด"])),
        "\nภาพจากกล้องวงจรปิดพบผู้ต้องสงสัยใช้รถยนต์ทะเบียน ", E("TH_VEHICLE_PLATE", plate(r)),
        " ไปกดเงินสดที่ตู้ ATM",
    ]


@T("police")
def pct_cctv_atm_cashout(r: random.Random) -> list:
    title, owner = tp(r)
    return [
        "สรุปผลการตรวจสอบกล้อง CCTV สำหรับแนบสำนวน:\n",
        f"วันที่ {date_th(r)} เวลา {r.randint(0, 5):02d}.{r.randint(0, 59):02d} น. ตู้ ATM สาขา", r.choice(
            ["บิ๊กซี ลาดพร้าว", "เซ็นทรัล ขอนแก่น", "ตลาดไท", "โลตัส แม่สาย"]),
        " พบชายสวมหมวกแก๊ปกดเงินสดต่อเนื่อง 14 ครั้ง ก่อนขึ้นรถเก๋งสีขาวทะเบียน ", E("TH_VEHICLE_PLATE", plate(r)),
        "\nตรวจสอบกับกรมการขนส่งทางบกพบรถจดทะเบียนในชื่อ", title, P(owner), " ที่อยู่ ", E("ADDRESS", addr(r)),
        "\nขั้นต่อไป: ขอหมายเรียกเจ้าของรถ",
    ]


@T("police")
def victim_statement_ocr_scan(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "OCR จากสแกนบันทึกประจำวัน อ่านไม่ค่อยออก ช่วยแก้คำผิดให้หน่อย:\n",
        "สํานักงานตํารวจแห่งชาติ  บันทึกประจําวันเกี่ยวกับคดี\n",
        "ข้อ ๑  ผู้แจ้ง ", title, P(name), "  เกิดวันที่ ", E("DATE_OF_BIRTH", dob(r, r.choice(["th_long", "slash_be"]))),
        "\nเลขประจําตัวประชาชน ", E("TH_NATIONAL_ID", nid(r, "space")), "\nที่อยู่ ",
        E("ADDRESS", addr(r)), "\nโทร. ", E("PHONE_NUMBER", mobile(r, "dash")), " / บ้าน ", E("PHONE_NUMBER", landline(r)),
        "\nมาแจ้งว่าถูกหลอกลวงทางโทรศพัท์ ใหโ้อนเงินเพ่ือตรวจสอบ ... (อ่านต่อไม่ได้)",
    ]


@T("hospital_fraud")
def hospital_impersonation_scam(r: random.Random) -> list:
    mom = thn(r, True)
    return [
        "Complaint forwarded from the hospital's PDPA desk to our fraud team (translate to English please):\n",
        "ลูกสาวผู้ป่วยแจ้งว่ามีคนโทรมาจาก ", E("PHONE_NUMBER", mobile(r)), " อ้างเป็นเจ้าหน้าที่การเงินโรงพยาบาล ",
        "รู้ว่าคุณแม่ (", P(mom), ") เป็น", E("HEALTH_DATA", r.choice(["มะเร็งลำไส้ระยะที่ 3", "โรคไตวายเรื้อรังระยะที่ 4"])),
        " และรู้เลข HN ", E("MEDICAL_RECORD_NUMBER", hn(r)),
        " บอกว่ายาเคมีบำบัดไม่อยู่ในสิทธิ ต้องโอนค่ายาล่วงหน้า 48,000 บาท ครอบครัวสงสัยว่าข้อมูลรั่วจากระบบนัดหมาย",
    ]


# ---- mule accounts ----------------------------------------------------------------------------
@T("bank_fraud")
def mule_case_student(r: random.Random) -> list:
    title, name = tp(r)
    uni = r.choice(["มหาวิทยาลัยราชภัฏเชียงใหม่", "มหาวิทยาลัยขอนแก่น", "มหาวิทยาลัยรามคำแหง", "ม.เทคโนโลยีราชมงคลธัญบุรี"])
    return [
        "Mule case file – please draft the interview questions for the account holder.\n",
        f"Holder: {title}", P(name), f", นักศึกษา {uni} รหัสนักศึกษา ", E("STUDENT_ID", student_id(r)), "\n",
        "ID card: ", E("TH_NATIONAL_ID", nid(r)), "\nAccount: ", E("TH_BANK_ACCOUNT", bank_acct(r)),
        f" opened {date_en(r)} via mobile app; {r.randint(9, 60)} inbound transfers from {r.randint(5, 22)} victims ",
        "in 48h, cash-out by card-less ATM. Holder told branch staff he 'rented' the account to a Facebook page for ",
        "THB 3,000/month.",
    ]


@T("bank_kyc")
def mule_hilltribe_kyc(r: random.Random) -> list:
    name = r.choice(HILL_TH)
    return [
        "ช่วยเขียนเหตุผลประกอบการปิดบัญชีตามนโยบายบัญชีม้า จากบันทึกนี้\n",
        "เจ้าของบัญชี: ", P(name), " (", E("ETHNICITY", r.choice(["ชาวอาข่า", "ชาวลีซู", "ชาวม้ง"])), ") ",
        "ถือบัตรประจำตัวบุคคลที่ไม่มีสัญชาติไทย เลข ", E("TH_NATIONAL_ID", nid(r, "dash", first=r.choice("678"))),
        "\nที่อยู่ตามบัตร ", E("ADDRESS", addr(r, "north")), "\n",
        "บัญชี ", E("TH_BANK_ACCOUNT", bank_acct(r)), " เปิดที่สาขาใกล้ภูมิลำเนา มีเงินเข้าจากผู้เสียหาย 11 ราย ",
        "ลูกค้าแจ้งว่ามีนายหน้าพาไปเปิดบัญชีแล้วเก็บสมุดและซิมไว้เอง ได้ค่าจ้าง 1,500 บาท",
    ]


@T("bank_fraud")
def mule_network_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [f"C{_digits(r, 6)},", E("TH_BANK_ACCOUNT", bank_acct(r, "plain")), ",", P(thn(r)), ",",
                 E("TH_NATIONAL_ID", nid(r, "plain")), f",{dev_id(r)},", E("IP_ADDRESS", ipv4(r)), ",",
                 E("PHONE_NUMBER", mobile(r, "plain")), f",{r.choice(['L1', 'L2', 'L2', 'L3'])}\n"]
    return [
        "Cluster these accounts by shared device / IP and tell me which look like the same operator:\n",
        "cif,account_no,holder_name,id_card,device_id,last_login_ip,mobile,layer\n", rows,
    ]


@T("bank_fraud")
def mule_disabled_person_en(r: random.Random) -> list:
    name = rom(r, False)
    return [
        "Draft a vulnerable-customer escalation:\n",
        "Account ", E("TH_BANK_ACCOUNT", bank_acct(r)), " belongs to Mr ", P(name), ", who is ",
        E("DISABILITY", r.choice(["a wheelchair user with paraplegia", "visually impaired", "deaf and non-verbal"])),
        ". He was recruited through a 'work-from-home for disabled people' page and handed over his passbook, ",
        "SIM and mobile banking PIN. The account received THB 1.9m from 27 victims in 3 days. Registered mobile: ",
        E("PHONE_NUMBER", mobile(r)), ". Suggest we treat him as a victim of exploitation rather than a complicit mule.",
    ]


@T("bank_fraud")
def mule_monk_account(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "สรุปเคสสั้น ๆ ให้หัวหน้าทีม: ",
        "บัญชีเลขที่ ", E("TH_BANK_ACCOUNT", bank_acct(r)), " ชื่อนาย", P(name), " ตรวจสอบพบว่าเจ้าของบัญชี",
        E("RELIGION", r.choice(["บวชเป็นพระภิกษุ", "อุปสมบทเป็นพระภิกษุ"])),
        f"อยู่ที่วัดในจังหวัด{r.choice(PROVINCES)}ตั้งแต่ปี 2566 ไม่ได้ใช้บัญชีเอง ",
        "แต่บัญชีมีเงินเข้าจากผู้เสียหาย 14 ราย และ login จาก IP ", E("IP_ADDRESS", ipv4(r)),
        " ด้วยอุปกรณ์ Android เครื่องใหม่ คาดว่าญาติยืมบัญชีไปขาย",
    ]


@T("police")
def mule_recruiter_arrest(r: random.Random) -> list:
    name = thn(r, False)
    court = r.choice(["ศาลอาญา", "ศาลจังหวัดขอนแก่น", "ศาลจังหวัดเชียงราย", "ศาลจังหวัดสมุทรปราการ"])
    return [
        "เขียนข่าวประชาสัมพันธ์ภายในจากบันทึกจับกุม (ปิดชื่อผู้ต้องหาเป็น นาย ส.):\n",
        "ชุดสืบสวนจับกุมนาย", P(name), f" อายุ {r.randint(24, 45)} ปี เลขบัตร ", E("TH_NATIONAL_ID", nid(r)),
        " ซึ่ง", E("CRIMINAL_RECORD", f"มีหมายจับ{court}ข้อหาร่วมกันฉ้อโกงประชาชน"),
        " ขณะขับรถกระบะทะเบียน ", E("TH_VEHICLE_PLATE", plate(r)),
        " พร้อมของกลางสมุดบัญชี 37 เล่มและซิมการ์ด 120 ชิ้น ผู้ต้องหารับว่าเป็นคนรับซื้อบัญชีส่งให้เครือข่ายในกัมพูชา ",
        "ติดต่อผู้ขายบัญชีทางไลน์ ", E("LINE_ID", line_id(r)),
    ]


@T("ewallet_kyc")
def mule_ethnic_shan_en(r: random.Random) -> list:
    name = foreign(r, "mm")
    return [
        "Write a short EDD note for this wallet:\n",
        "Holder ", P(name), ", an ", E("ETHNICITY", r.choice(["ethnic Shan", "ethnic Pa-O", "ethnic Kachin"])),
        " migrant worker (pink card), passport ", E("TH_PASSPORT", passport(r, "mm")), ", mobile ",
        E("PHONE_NUMBER", mobile(r, "intl")), f". Wallet topped up {r.randint(40, 140)} times in a week at convenience ",
        "stores in Mae Sot and emptied by P2P to 6 wallets; pattern matches cross-border hawala cash-out.",
    ]


@T("ewallet_fraud")
def mule_graph_json(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return [
        "Explain this graph export in plain Thai for the investigation committee:\n",
        '{"graph_id": "', uid(r), '", "generated_at": ', epoch_ms(r), ', "nodes": [\n',
        '  {"id": "w1", "type": "wallet", "holder": "', P(a), '", "msisdn": "', E("PHONE_NUMBER", mobile(r, "msisdn")),
        '", "kyc": "L2", "id_card": "', E("TH_NATIONAL_ID", nid(r, "plain")), '"},\n',
        '  {"id": "w2", "type": "wallet", "holder": "', P(b), '", "msisdn": "', E("PHONE_NUMBER", mobile(r, "msisdn")),
        '", "kyc": "L1"},\n  {"id": "d1", "type": "device", "fp": "', sha256(r)[:32], '"}],\n',
        ' "edges": [{"from": "w1", "to": "d1"}, {"from": "w2", "to": "d1"}, {"from": "w1", "to": "w2", "amount": ',
        str(r.randint(5000, 99000)), "}]}",
    ]


# ---- AML / CTF ---------------------------------------------------------------------------------
@T("aml")
def str_narrative_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Polish this STR narrative before submission to AMLO:\n\n",
        "Subject: ", P(name), " (DOB ", E("DATE_OF_BIRTH", dob(r, "iso", 1965, 1995)), ", Thai ID ",
        E("TH_NATIONAL_ID", nid(r)), "), director of ", r.choice(["Siam Prime Trading", "Golden Lotus Import-Export",
                                                                  "NextGen Digital Asset"]),
        " Co., Ltd. (registration ", E("TH_JURISTIC_ID", juristic(r)), ").\n",
        f"Between {date_en(r)} and {date_en(r)} the company account ", E("TH_BANK_ACCOUNT", bank_acct(r)),
        f" received {r.randint(180, 900)} transfers from individuals, each under THB 50,000, immediately moved to ",
        "USDT via a local exchange. Open-source checks show the subject ",
        E("CRIMINAL_RECORD", r.choice(["was convicted of drug trafficking in 2016",
                                       "served a prison sentence for fraud in 2019"])),
        ". Suspected layering of call-centre scam proceeds.",
    ]


@T("aml")
def str_narrative_th_zakat(r: random.Random) -> list:
    name = r.choice(MUSLIM_TH)
    return [
        "ช่วยเรียบเรียงรายงานธุรกรรมที่มีเหตุอันควรสงสัย (ปปง.) ส่วนคำชี้แจงของลูกค้า:\n",
        "ลูกค้า", P(name), " เลขประจำตัวประชาชน ", E("TH_NATIONAL_ID", nid(r)), " บัญชี ", E("TH_BANK_ACCOUNT", bank_acct(r)),
        f" มีเงินสดฝากเข้า {r.randint(30, 80)} ครั้งผ่านเครื่อง CDM ในอำเภอ{r.choice(['เมืองปัตตานี', 'สุไหงโก-ลก', 'เมืองยะลา'])} ",
        "แล้วโอนออกไปต่างประเทศ ลูกค้าชี้แจงว่า", E("RELIGION", r.choice(["นับถือศาสนาอิสลาม", "เป็นมุสลิม"])),
        " และเงินดังกล่าวเป็นเงินซะกาตที่รวบรวมจากชุมชนเพื่อส่งช่วยเหลือญาติ ผู้ตรวจสอบเห็นว่ายอดไม่สอดคล้องกับรายได้",
    ]


@T("aml")
def aml_alert_json(r: random.Random) -> list:
    cust, cp1 = thn(r), thn(r)
    return [
        "Triage this alert: is it likely true positive? answer in 3 bullets\n",
        '{"alert_id": "AML-', _digits(r, 8), '", "rule": "R12_RAPID_IN_OUT", "score": ', str(r.randint(71, 98)),
        ', "created_ms": ', epoch_ms(r), ',\n "customer": {"cif": "', _digits(r, 9), '", "name_th": "', P(cust),
        '", "dob": "', E("DATE_OF_BIRTH", dob(r, "iso")), '", "account_no": "', E("TH_BANK_ACCOUNT", bank_acct(r, "plain")),
        '", "occupation": "', r.choice(["แม่บ้าน", "นักศึกษา", "รับจ้างทั่วไป"]), '"},\n',
        ' "window_h": 24, "in_count": ', str(r.randint(20, 70)), ', "in_sum": ', str(r.randint(300000, 2000000)),
        ', "out_to": [{"account_no": "', E("TH_BANK_ACCOUNT", bank_acct(r, "plain")), '", "name": "', P(cp1),
        '", "bank": "', r.choice(BANKS_EN), '"}]}',
    ]


@T("aml")
def edd_memo_political(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "ช่วยย่อบันทึก EDD นี้เหลือ 5 บรรทัด:\n",
        f"ลูกค้า{title}", P(name), " โทร ", E("PHONE_NUMBER", mobile(r)), " บัญชีรับบริจาค ", E("TH_BANK_ACCOUNT", bank_acct(r)),
        " มีเงินโอนเข้าเล็ก ๆ จำนวนมากหลังวันที่ ", date_th(r), " ลูกค้าให้ข้อมูลว่า",
        E("POLITICAL_OPINION", r.choice(["เป็นผู้ประสานงานระดมทุนของกลุ่มราษฎร", "เป็นสมาชิกพรรคฝ่ายค้านและช่วยหาเสียง",
                                         "สนับสนุนการชุมนุมเรียกร้องแก้รัฐธรรมนูญ"])),
        " เงินที่ได้รับเป็นเงินช่วยค่าประกันตัวผู้ชุมนุม ไม่พบความเชื่อมโยงกับบัญชีม้า เสนอปิด alert",
    ]


@T("aml")
def sanctions_screening_review_en(r: random.Random) -> list:
    kind = r.choice(["cn", "in", "west"])
    name = foreign(r, kind)
    return [
        "Name-screening hit – write the disposition rationale:\n",
        "Customer: ", P(name), "\nDOB: ", E("DATE_OF_BIRTH", dob(r, "en", 1960, 1990)), "\nPassport: ",
        E("TH_PASSPORT", passport(r, kind)), "\nList: OFAC SDN (fuzzy 87%) – listed party born 1958, different ",
        "nationality and no common identifiers.\nAccount opened for a BOI work permit holder; salary from a Bangkok ",
        "manufacturer. Proposed: false positive, clear.",
    ]


@T("aml")
def ctf_donation_alert_th(r: random.Random) -> list:
    name = r.choice(MUSLIM_TH)
    return [
        "Alert CTF-07 (small donations, high frequency). แปลเป็นอังกฤษให้ทีม regional ด้วย:\n",
        "ลูกค้า", P(name), " ", E("ETHNICITY", r.choice(["เชื้อสายมลายู", "ชาวมลายูมุสลิม"])), " ภูมิลำเนา ",
        E("ADDRESS", addr(r, "south")), " บัญชี ", E("TH_BANK_ACCOUNT", bank_acct(r)),
        f" รับโอน {r.randint(200, 600)} รายการ รายการละ 20-100 บาท ผ่านพร้อมเพย์ระหว่างเดือนรอมฎอน ",
        "ลูกค้าชี้แจงว่าเปิดรับบริจาคสร้างโรงเรียนตาดีกา ตรวจสอบรายชื่อ UN/ปปง. ไม่พบ",
    ]


@T("aml")
def aml_casino_cashout_en(r: random.Random) -> list:
    name = foreign(r, "cn")
    return [
        "Summarise for the AML committee pack:\n",
        "Customer ", P(name), ", passport ", E("TH_PASSPORT", passport(r, "cn")), ", Thai mobile ", E("PHONE_NUMBER", mobile(r)),
        f", deposited THB {amount(r, 2_000_000, 9_000_000)} in cash across 6 branches in Pattaya within 10 days and ",
        "bought USDT through a P2P desk. Adverse media: the customer ",
        E("CRIMINAL_RECORD", r.choice(["served three years in prison in Macau for illegal gambling",
                                       "was arrested in 2022 for running an online casino"])),
        ". Recommend exit and STR.",
    ]


@T("aml")
def str_political_donation_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "ช่วยตรวจภาษาในรายงาน STR ย่อหน้านี้:\n",
        "บัญชีของ", P(name), " เลขที่ ", E("TH_BANK_ACCOUNT", bank_acct(r)),
        f" รับโอนเงิน {r.randint(300, 1200)} รายการจากบุคคลทั่วไปภายใน 3 วัน ผู้ตรวจสอบสอบถามแล้ว เจ้าของบัญชีแจ้งว่า",
        E("POLITICAL_OPINION", r.choice(["เป็นแกนนำการชุมนุมต่อต้านรัฐบาล", "เป็นนักกิจกรรมที่ร่วมชุมนุมเรียกร้องประชาธิปไตย"])),
        " และประกาศรับบริจาคในเพจเพื่อจ่ายค่าทนายให้ผู้ถูกดำเนินคดี ไม่พบลักษณะการฟอกเงินแต่รายงานตามเกณฑ์",
    ]


@T("aml")
def aml_union_dues_pattern(r: random.Random) -> list:
    title, name = tp(r)
    union = r.choice(["สหภาพแรงงานรัฐวิสาหกิจการรถไฟแห่งประเทศไทย", "สหภาพแรงงานพนักงานการยาสูบ",
                      "สหภาพแรงงานรัฐวิสาหกิจการไฟฟ้าส่วนภูมิภาค"])
    return [
        "Close or escalate? ตอบสั้น ๆ พร้อมเหตุผล\n",
        f"Alert: บัญชีบุคคล {title}", P(name), " ", E("TH_BANK_ACCOUNT", bank_acct(r)),
        " มีเงินโอนเข้ารายละ 100-200 บาท จาก 1,400 บัญชีทุกต้นเดือน\n",
        "ผลสอบถาม: ลูกค้าเป็น", E("TRADE_UNION", f"เหรัญญิก{union}"),
        " ใช้บัญชีส่วนตัวรับค่าบำรุงสมาชิกชั่วคราวระหว่างรอเปิดบัญชีนิติบุคคล โทรยืนยันที่ ", E("PHONE_NUMBER", mobile(r)),
    ]


# ---- chargebacks and disputes ------------------------------------------------------------------
@T("card_disputes")
def chargeback_dispute_email_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Reply to this cardholder and open a dispute under reason code 10.4:\n\n",
        "From: ", E("EMAIL_ADDRESS", email(r, name)), "\nSubject: Unauthorised charges on my credit card\n\n",
        f"Hi, I'm {en_title(r, name)} ", P(name), ". My card ", E("CREDIT_CARD", card(r)),
        f" shows three charges at '{r.choice(['GAMEPAY*TOPUP SG', 'APPLE.COM/BILL', 'TRIP*HOTEL HK', 'SHEIN*ORDER'])}' ",
        f"totalling THB {amount(r, 4_000, 90_000)} on {date_en(r)}. I still have the card with me and never shared ",
        "an OTP. Please call me on ", E("PHONE_NUMBER", mobile(r, "intl")), ".\n\nThanks",
    ]


@T("card_disputes")
def chargeback_csv(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        n = rom(r)
        rows += [f"CB{_digits(r, 7)},", P(n), ",", E("CREDIT_CARD", card(r, "plain")), f",{r.choice(['10.4', '13.1', '13.3', '4837'])},",
                 f"{r.randint(300, 48000)}.00,THB,{_digits(r, 23)},", E("EMAIL_ADDRESS", email(r, n)), "\n"]
    return [
        "Our processor export still has full PANs (I know...). Group these by reason code and tell me the total:\n",
        "case_id,cardholder,pan,reason_code,amount,currency,arn,email\n", rows,
    ]


@T("marketplace")
def dispute_marketplace_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "ร่างคำตัดสินข้อพิพาทจากข้อมูลนี้ (ผู้ขายอ้างว่าส่งของแล้ว):\n",
        f"คำสั่งซื้อ {r.choice(['2501', '2502', '2411'])}{_digits(r, 10)} ผู้ซื้อ คุณ", P(name), " โทร ",
        E("PHONE_NUMBER", mobile(r, "plain")), "\nที่อยู่จัดส่ง ", E("ADDRESS", addr(r)), "\n",
        f"สินค้า: iPhone 15 Pro 256GB ราคา {amount(r, 28_000, 42_000)} บาท ร้าน 'mobile_outlet_official'\n",
        f"ผู้ขายแนบเลขพัสดุ TH{_digits(r, 12)}A แต่สถานะขนส่งระบุส่งที่จังหวัดอื่น ผู้ซื้อได้รับกล่องเปล่า",
    ]


@T("ewallet_fraud")
def friendly_fraud_analyst_note_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Rewrite as a formal dispute decision letter (deny):\n",
        "Customer ", P(name), " (", E("EMAIL_ADDRESS", email(r, name)), ", ", E("PHONE_NUMBER", mobile(r)),
        f") disputes a THB {amount(r, 2_000, 40_000)} top-up to an online game. Evidence: transaction authorised with ",
        "the customer's app PIN on the registered device (device ID ", dev_id(r), "), from IP ",
        E("IP_ADDRESS", ipv4(r)), " — the same IP used for 11 prior undisputed logins. Looks like first-party ",
        "(friendly) fraud; a family member may have used the phone.",
    ]


@T("card_disputes")
def dispute_genetic_test_merchant(r: random.Random) -> list:
    name = thn(r, True)
    return [
        "ร่างหนังสือตอบผู้ถือบัตรกรณีร้านค้าโต้แย้ง chargeback:\n",
        "ผู้ถือบัตร คุณ", P(name), " (", E("EMAIL_ADDRESS", email(r, name)), ") ขอปฏิเสธรายการ 18,900 บาท บัตร ",
        E("CREDIT_CARD", card(r)), " จากบริษัทตรวจพันธุกรรม โดยอ้างว่าไม่ได้รับบริการ\n",
        "ร้านค้าแนบหลักฐานว่าส่งรายงานให้ลูกค้าแล้ว ในรายงานระบุว่า",
        E("GENETIC_DATA", r.choice(["ตรวจพบยีน BRCA2 กลายพันธุ์ชนิดก่อโรค", "เป็นพาหะยีนธาลัสซีเมียชนิดแอลฟา-1"])),
        " และลูกค้าเปิดอ่านไฟล์เมื่อวันที่ ", date_th(r),
    ]


@T("card_disputes")
def chargeback_hotel_foreign_en(r: random.Random) -> list:
    kind = r.choice(["west", "in"])
    name = foreign(r, kind)
    return [
        "Hotel in Phuket disputes a fraud chargeback; summarise both sides:\n",
        "Guest ", P(name), " checked in with passport ", E("TH_PASSPORT", passport(r, kind)),
        " and paid by card ", E("CREDIT_CARD", card(r, "space")), f" (3DS frictionless). Issuer filed 10.4 on {date_en(r)}. ",
        "Hotel has the signed folio, passport copy and CCTV of check-in.",
    ]


# ---- SIM swap ----------------------------------------------------------------------------------
@T("telco")
def sim_swap_ticket_th(r: random.Random) -> list:
    title, name = tp(r)
    staff = thn(r)
    return [
        "สรุป incident ให้ทีม Fraud Telco + ร่างคำตอบลูกค้า\n",
        f"Ticket SR-{_digits(r, 8)} | ประเภท: เปลี่ยนซิมโดยไม่ได้รับอนุญาต\n",
        "หมายเลข: ", E("PHONE_NUMBER", mobile(r, "dash")), " | ผู้จดทะเบียน: ", title, P(name), " | เลขบัตร ",
        E("TH_NATIONAL_ID", nid(r)), "\n",
        f"เปลี่ยนซิมที่ร้านตัวแทน{r.choice(['เซ็นทรัลพระราม 2', 'ฟิวเจอร์พาร์ค', 'สาขาหาดใหญ่'])} เวลา 19:42 น. ICCID ใหม่ {iccid(r)} ",
        "พนักงานผู้ทำรายการ: ", P(staff), "\n",
        "30 นาทีต่อมาลูกค้าถูกโอนเงินออกจากแอปธนาคาร 3 รายการ ลูกค้ายืนยันว่าไม่ได้มาที่ร้าน ",
        "บัตรประชาชนที่ใช้เป็นบัตรปลอม (รูปไม่ตรง)",
    ]


@T("bank_fraud")
def sim_swap_bank_signal_json(r: random.Random) -> list:
    name = thn(r)
    changed, checked = epoch_seq(r, 2)
    return [
        "Explain why this login was blocked, for the customer-facing agent:\n",
        '{"event": "SIM_SWAP_SIGNAL", "source": "telco_api", "msisdn": "', E("PHONE_NUMBER", mobile(r, "msisdn")),
        '", "sim_changed_at": ', changed, ', "checked_at": ', checked, ',\n "customer": {"cif": "',
        _digits(r, 10), '", "name": "', P(name), '"}, "action": "BLOCK_NEW_DEVICE_72H", "rule": "SS-03"}',
    ]


@T("telco")
def sim_swap_voice_bio_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Summarise for the SIM-swap review board:\n",
        "Subscriber ", P(name), ", MSISDN ", E("PHONE_NUMBER", mobile(r, "intl")), ". On the call to request an eSIM ",
        "transfer the caller ", E("BIOMETRIC_DATA", r.choice(["failed voice-biometric verification (score 0.22)",
                                                              "did not match the enrolled voiceprint (score 0.19)"])),
        ", but the agent overrode the check after the caller read out the ID card number ",
        E("TH_NATIONAL_ID", nid(r)), ". The eSIM was issued and bank OTPs were intercepted within 40 minutes.",
    ]


@T("telco")
def sim_swap_fingerprint_branch(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "ช่วยเขียน root cause สั้น ๆ:\n",
        f"ลูกค้า{title}", P(name), " เบอร์ ", E("PHONE_NUMBER", mobile(r)), " ร้องเรียนว่ามีคนไปออกซิมใหม่ที่ศูนย์บริการ ",
        "ตรวจ log เครื่องอ่านบัตรพบว่า", E("BIOMETRIC_DATA", "ลายนิ้วมือที่สแกนไม่ตรงกับข้อมูลลายนิ้วมือในชิปบัตร"),
        " แต่พนักงานกด override ด้วยรหัสหัวหน้าร้าน บัตรที่ใช้เลข ", E("TH_NATIONAL_ID", nid(r)), " เป็นบัตรจริงที่ลูกค้าทำหายเมื่อเดือนก่อน",
    ]


@T("telco")
def sim_swap_deaf_customer(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "ร่างขั้นตอนยืนยันตัวตนทางเลือกสำหรับเคสนี้:\n",
        f"ลูกค้า{title}", P(name), " ", E("DISABILITY", r.choice(["หูหนวก", "เป็นคนหูหนวกและพูดไม่ได้"])),
        " ติดต่อผ่านล่ามภาษามือ TTRS แจ้งว่าซิมเบอร์ ", E("PHONE_NUMBER", mobile(r)),
        " ใช้งานไม่ได้กะทันหัน สงสัยถูก SIM swap ลูกค้าไม่สามารถยืนยันด้วยเสียงหรือรับสาย call-back ได้",
    ]


# ---- account takeover / SOC -----------------------------------------------------------------
@T("soc")
def ato_incident_report_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Turn these notes into an ATO incident report (timeline + containment):\n",
        "- victim: ", P(name), " <", E("EMAIL_ADDRESS", email(r, name)), ">, mobile ", E("PHONE_NUMBER", mobile(r)), "\n",
        f"- {ts_iso(r)} password reset via email link, from ", E("IP_ADDRESS", ipv4(r)), " (new device, Android 13)\n",
        f"- {ts_iso(r)} payee added, THB {amount(r, 20_000, 300_000)} moved by PromptPay\n",
        "- customer's usual IP range: ", E("IP_ADDRESS", ipv4(r)), " (home fibre)\n",
        "- session cookies likely stolen by an info-stealer (customer installed a cracked game)",
    ]


@T("soc")
def auth_log_lines(r: random.Random) -> list:
    name = thn(r)
    user = email(r, name)
    ip1, ip2 = ipv4(r), ipv4(r)
    ua = r.choice(UA)
    lines = []
    for ok, ip in [("FAIL", ip1), ("FAIL", ip1), ("OK", ip2)]:
        lines += [f"{ts_iso(r)} auth-svc[{r.randint(1000, 9999)}] login {ok} user=", E("EMAIL_ADDRESS", user),
                  " src=", E("IP_ADDRESS", ip), f' ua="{ua}" sid={uid(r)[:8]}\n']
    return ["why would the third line succeed after two failures? we have MFA on\n", lines]


@T("soc")
def siem_alert_json_impossible_travel(r: random.Random) -> list:
    name = rom(r)
    upn = email(r, name, r.choice(["krungsri.com", "kasikornbank.com", "truecorp.co.th", "ais.co.th"]))
    t1, t2 = epoch_seq(r, 2, 2 * 3_600_000)
    return [
        "Is this impossible-travel alert a false positive (VPN)? Give reasoning.\n",
        '{"rule": "Impossible travel", "severity": "medium", "user": {"upn": "', E("EMAIL_ADDRESS", upn),
        '", "displayName": "', P(name), '"},\n "events": [{"ts": ', t1, ', "ip": "', E("IP_ADDRESS", ipv4(r)),
        '", "geo": "Bangkok, TH"}, {"ts": ', t2, ', "ip": "', E("IP_ADDRESS", ipv6(r)),
        '", "geo": "Singapore, SG"}],\n "mfa": "push_approved"}',
    ]


@T("soc")
def waf_log_credential_stuffing(r: random.Random) -> list:
    lines = []
    for _ in range(3):
        lines += [E("IP_ADDRESS", ipv4(r)), f" - - [{r.randint(1, 28):02d}/Jan/2025:03:{r.randint(10, 59)}:{r.randint(10, 59)} +0700] ",
                  '"POST /api/v2/auth/login HTTP/1.1" 401 87 "-" "', r.choice(UA[2:4]), '" body={"username":"',
                  E("PHONE_NUMBER", mobile(r, "plain")), '"} waf_rule=942100 action=LOG\n']
    return ["These got through the WAF in log-only mode. Write a rate-limit rule that would stop them:\n", lines]


@T("soc")
def ato_activist_spyware(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "ร่างคำแนะนำด้านความปลอดภัยให้ลูกค้าคนนี้ (ภาษาง่าย ๆ):\n",
        f"ลูกค้า{title}", P(name), " (", E("EMAIL_ADDRESS", email(r, name)), ") ",
        E("POLITICAL_OPINION", r.choice(["เป็นนักกิจกรรมที่ร่วมชุมนุมเรียกร้องการปฏิรูป",
                                         "เป็นแกนนำนักศึกษาที่วิจารณ์รัฐบาล"])),
        " แจ้งว่าได้รับอีเมลเตือน state-sponsored attack จาก Apple และพบการเข้าสู่ระบบแอปธนาคารจาก IP ",
        E("IP_ADDRESS", ipv4(r)), " ที่ไม่รู้จัก ขอให้ตรวจสอบว่ามีการดึงข้อมูลบัญชีหรือไม่",
    ]


@T("marketplace")
def ato_seller_takeover(r: random.Random) -> list:
    name = thn(r)
    return [
        "Seller account takeover – write the internal post-incident summary:\n",
        "Shop 'bangkok_gadget_hub' owned by ", P(name), " (", E("EMAIL_ADDRESS", email(r, name)), ", ",
        E("PHONE_NUMBER", mobile(r)), "). Attacker logged in from ", E("IP_ADDRESS", ipv4(r)),
        " after a phishing 'policy violation' email, changed the payout account to ", E("TH_BANK_ACCOUNT", bank_acct(r)),
        f" and withdrew THB {amount(r, 50_000, 400_000)}. Payout bank confirmed the account is a known mule.",
    ]


@T("ewallet_support")
def ato_line_takeover(r: random.Random) -> list:
    title, name = tp(r)
    friend = thn(r)
    return [
        "ลูกค้าแจ้งว่าไลน์ถูกแฮก ช่วยเขียนข้อความเตือนเพื่อน ๆ ให้ลูกค้าโพสต์:\n",
        f"{title}", P(name), " ไลน์ไอดี ", E("LINE_ID", line_id(r)), " ถูกยึดบัญชีเมื่อคืน ",
        "มิจฉาชีพทักไปยืมเงินเพื่อนหลายคน คุณ", P(friend), " โอนไปแล้ว 9,000 บาทเข้าบัญชี ",
        E("TH_BANK_ACCOUNT", bank_acct(r)), " ลูกค้ากู้คืนบัญชีด้วยเบอร์ ", E("PHONE_NUMBER", mobile(r)), " แล้ว",
    ]


@T("ewallet_fraud")
def device_fingerprint_json(r: random.Random) -> list:
    name = thn(r)
    return [
        "อธิบาย risk signal แต่ละตัวในผลนี้ให้ทีม CS เข้าใจ:\n",
        '{"session": "', uid(r), '", "ts": ', epoch_ms(r), ', "customer": {"name": "', P(name), '", "mobile": "',
        E("PHONE_NUMBER", mobile(r, "plain")), '"},\n "device": {"imei": "', imei(r), '", "model": "',
        r.choice(["SM-A155F", "CPH2591", "2201117TG", "V2247"]), '", "rooted": ', r.choice(["true", "false"]),
        ', "emulator": false, "remote_access_apps": ["', r.choice(["AnyDesk", "RustDesk", "TeamViewer QS"]), '"]},\n',
        ' "network": {"ip": "', E("IP_ADDRESS", ipv4(r)), '", "asn": "AS', str(r.choice([45758, 131445, 7470, 17552])),
        '", "proxy": false}, "risk_score": ', str(r.randint(60, 99)), "}",
    ]


@T("bank_fraud")
def remote_access_scam_note(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "ช่วยเขียน timeline เหตุการณ์จากโน้ตนี้:\n",
        f"ลูกค้า{title}", P(name), " (", E("PHONE_NUMBER", mobile(r)), ") ได้ SMS อ้างกรมที่ดิน ให้แอดไลน์เพื่ออัปเดตข้อมูล ",
        "จากนั้นถูกให้ติดตั้งแอป .apk ที่ควบคุมหน้าจอได้ ระบบพบการเข้าแอปธนาคารจาก IP ", E("IP_ADDRESS", ipv4(r)),
        f" ขณะหน้าจอถูกบังด้วยภาพ 'กำลังอัปเดต' โอนออก {r.randint(2, 6)} ครั้ง รวม {amount(r, 100_000, 900_000)} บาท",
    ]


# ---- KYC re-verification and biometrics ---------------------------------------------------------
@T("bank_kyc")
def kyc_face_liveness_fail_th(r: random.Random) -> list:
    title, name = tp(r)
    score = f"{r.uniform(28, 55):.1f}%"
    return [
        "ร่างข้อความแจ้งลูกค้าให้มายืนยันตัวตนที่สาขา (สุภาพ ไม่กล่าวหา):\n",
        f"ลูกค้า{title}", P(name), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)), " วันเกิด ", E("DATE_OF_BIRTH", dob(r, "th_short")),
        " ทำ e-KYC ซ้ำตามเกณฑ์ธุรกรรมเกิน 50,000 บาท ผลคือ ",
        E("BIOMETRIC_DATA", f"คะแนนเปรียบเทียบใบหน้ากับภาพในบัตร {score}"),
        " (เกณฑ์ 80%) ทำซ้ำ 3 ครั้งไม่ผ่าน ระบบระงับการโอนชั่วคราว",
    ]


@T("bank_kyc")
def kyc_blind_customer(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "Please write an accessible-service exception request from these notes:\n",
        f"ลูกค้า{title}", P(name), " ", E("DISABILITY", r.choice(["พิการทางสายตา", "ตาบอดสนิททั้งสองข้าง"])),
        " ไม่สามารถทำ face liveness ในแอปได้ (ต้องหันหน้าตามคำสั่งบนจอ) บัญชี ", E("TH_BANK_ACCOUNT", bank_acct(r)),
        " ถูกจำกัดการโอนเกิน 50,000 บาท ลูกค้าขอให้ยืนยันตัวตนด้วยวิธีอื่นทางโทรศัพท์ ", E("PHONE_NUMBER", mobile(r)),
    ]


@T("bank_kyc")
def kyc_voice_enrolment_en(r: random.Random) -> list:
    name = rom(r, True)
    return [
        "Rewrite as a note for the call-centre CRM:\n",
        "Customer ", P(name), " (CIF ", _digits(r, 9), ", mobile ", E("PHONE_NUMBER", mobile(r)), ") asked to opt out of ",
        "voice authentication. We hold ", E("BIOMETRIC_DATA", r.choice(["her enrolled voiceprint", "a voiceprint enrolled for the customer"])),
        f" since {date_en(r)}. The customer has ", E("DISABILITY", r.choice(["a speech impairment", "a stammer"])),
        " and the engine rejects about half of calls. Please delete the voiceprint and switch to OTP + security questions.",
    ]


@T("ewallet_kyc")
def ekyc_result_json(r: random.Random) -> list:
    name = thn(r)
    return [
        "แปลงผล e-KYC นี้เป็นข้อความสรุปสำหรับ reviewer:\n",
        '{"request_id": "', uid(r), '", "completed_at": ', epoch_ms(r), ', "ocr": {"name_th": "', P(name),
        '", "id_number": "', E("TH_NATIONAL_ID", nid(r, "plain")), '", "dob": "', E("DATE_OF_BIRTH", dob(r, "slash_be")),
        '", "address": "', E("ADDRESS", addr(r)), '"},\n "dopa_status": "', r.choice(["ACTIVE", "ACTIVE", "NOT_FOUND"]),
        '", "ndid": false, "decision": "MANUAL_REVIEW"}',
    ]


@T("bank_kyc")
def kyc_reverify_ethnic_id(r: random.Random) -> list:
    name = r.choice(HILL_TH)
    return [
        "ตรวจเอกสารทบทวน KYC ให้หน่อย ขาดอะไรบ้าง:\n",
        "ชื่อ ", P(name), " | ", E("ETHNICITY", r.choice(["ชาวลาหู่", "ชาวกะเหรี่ยง", "ชาวอาข่า"])),
        " | บัตรบุคคลบนพื้นที่สูง เลข ", E("TH_NATIONAL_ID", nid(r, "dash", first="6")), " | ที่อยู่ ",
        E("ADDRESS", addr(r, "north")), "\nอาชีพ: รับจ้างเกษตร รายได้ 6,000/เดือน | เงินเข้าเฉลี่ย 380,000/เดือน ",
        "→ ต้องขอหลักฐานแหล่งที่มาของเงิน",
    ]


@T("ewallet_fraud")
def biometric_deepfake_attempt_en(r: random.Random) -> list:
    name = rom(r, True)
    return [
        "Write a short threat note for the product team about this case:\n",
        "An attacker tried to re-bind the wallet of ", P(name), " (", E("PHONE_NUMBER", mobile(r)), ") to a new phone. ",
        "The liveness SDK flagged a virtual-camera injection, but ",
        E("BIOMETRIC_DATA", f"the face-match score against her enrolled selfie was 0.{r.randint(90, 97)}"),
        ", meaning the attacker had a good deepfake of her face (likely from her TikTok videos). Request came from ",
        E("IP_ADDRESS", ipv4(r)), ".",
    ]


@T("bank_fraud")
def atm_face_match_th(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "สรุปผลการตรวจสอบเพื่อแจ้งตำรวจ:\n",
        "ระบบกล้องที่ตู้ ATM พบบุคคลถอนเงินจากบัญชีม้า 6 บัญชี ผลเทียบกับฐานข้อมูล e-KYC พบว่าเป็น", title, P(name),
        " (", E("BIOMETRIC_DATA", f"ความเหมือนของใบหน้า {r.randint(91, 98)}.{r.randint(0, 9)}%"), ")",
        " ซึ่งเป็นเจ้าของบัญชี ", E("TH_BANK_ACCOUNT", bank_acct(r)), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)),
    ]


# ---- criminal records -----------------------------------------------------------------------
@T("bank_hr")
def bg_check_fraud_analyst_candidate(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "ช่วยร่างอีเมลแจ้ง HR ว่าผู้สมัครตำแหน่ง Fraud Analyst ไม่ผ่านการตรวจสอบประวัติ (ไม่ต้องระบุรายละเอียดคดีในอีเมลถึงผู้สมัคร):\n",
        f"ผู้สมัคร: {title}", P(name), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)), " เกิด ", E("DATE_OF_BIRTH", dob(r, "th_long", 1990, 2001)),
        "\nผลตรวจประวัติจากกองทะเบียนประวัติอาชญากร: ",
        E("CRIMINAL_RECORD", r.choice(["เคยต้องโทษจำคุก 1 ปีคดีลักทรัพย์", "เคยถูกพิพากษาให้รอลงอาญาคดีรับของโจร"])),
        "\nอีเมลผู้สมัคร: ", E("EMAIL_ADDRESS", email(r, name)),
    ]


@T("bank_fraud")
def watchlist_internal_hit_en(r: random.Random) -> list:
    name = rom(r, False)
    return [
        "New-account application hit our internal fraud watchlist. Draft the decline rationale:\n",
        "Applicant: ", P(name), " | ID ", E("TH_NATIONAL_ID", nid(r)), " | mobile ", E("PHONE_NUMBER", mobile(r)), "\n",
        "Watchlist entry: applicant ", E("CRIMINAL_RECORD", r.choice(["was convicted in 2021 under the Computer Crime Act",
                                                                      "has a 2023 conviction for selling bank accounts"])),
        "; two accounts he held at our bank were closed as mules.",
    ]


@T("legal")
def court_judgment_summary_mule(r: random.Random) -> list:
    name = thn(r)
    return [
        "ย่อคำพิพากษาเพื่อใส่ใน case management (เฉพาะสาระสำคัญ):\n",
        "จำเลย: ", P(name), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)), "\n",
        f"คดีหมายเลขแดงที่ อ.{r.randint(100, 4999)}/{r.choice(['2567', '2568'])} ",
        E("CRIMINAL_RECORD", r.choice(["ศาลพิพากษาจำคุก 2 ปีฐานเปิดบัญชีให้ผู้อื่นใช้กระทำความผิด",
                                       "ศาลพิพากษาจำคุก 1 ปี 6 เดือน ปรับ 100,000 บาท ตาม พ.ร.ก.ป้องกันอาชญากรรมทางเทคโนโลยี"])),
        " บัญชีที่เกี่ยวข้อง ", E("TH_BANK_ACCOUNT", bank_acct(r)), " ให้ธนาคารปิดบัญชีและคืนเงินผู้เสียหายตามสัดส่วน",
    ]


@T("police")
def pct_dna_match(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "Translate to English for the Interpol liaison:\n",
        "ผู้ต้องหานาย", P(name), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)), " ",
        E("GENETIC_DATA", "ผลตรวจดีเอ็นเอตรงกับคราบเลือดที่พบในห้องเช่าที่ใช้เป็นฐานคอลเซ็นเตอร์"),
        " และ", E("CRIMINAL_RECORD", r.choice(["เคยถูกจับกุมคดีพนันออนไลน์เมื่อปี 2564", "เคยต้องโทษคดีฉ้อโกงเมื่อปี 2563"])),
        " ขณะนี้คาดว่าหลบหนีอยู่ในปอยเปต",
    ]


# ---- religion ------------------------------------------------------------------------------
@T("bank_fraud")
def romance_scam_church_victim(r: random.Random) -> list:
    title, name = tp(r, True)
    return [
        "ช่วยเขียนสคริปต์ให้เจ้าหน้าที่โทรเตือนลูกค้าแบบนุ่มนวล:\n",
        f"ลูกค้า{title}", P(name), f" อายุ {r.randint(55, 70)} ปี ", E("RELIGION", r.choice(["เป็นคริสเตียน", "นับถือศาสนาคริสต์"])),
        " คบหากับชายที่อ้างเป็นมิชชันนารีชาวอเมริกันทางเฟซบุ๊ก ถูกขอให้โอนเงิน 'ถวายโบสถ์' และค่าภาษีพัสดุ ",
        "ล่าสุดโอนเข้าบัญชี ", E("TH_BANK_ACCOUNT", bank_acct(r)), " ที่ระบบจัดเป็นบัญชีม้า ลูกค้าไม่เชื่อว่าถูกหลอก โทร ",
        E("PHONE_NUMBER", mobile(r)),
    ]


@T("ewallet_support")
def zakat_fake_donation_victim(r: random.Random) -> list:
    name = r.choice(MUSLIM_TH)
    return [
        "ข้อความจากลูกค้าในแชท ช่วยจัดหมวดและร่างคำตอบ:\n",
        "\"สวัสดีครับ ผม", P(name), " ", E("RELIGION", r.choice(["เป็นมุสลิม", "นับถืออิสลาม"])),
        " เห็นเพจรับบริจาคซะกาตช่วยเด็กกำพร้าเลยโอนไป 3,500 บาทผ่านพร้อมเพย์ ", E("PHONE_NUMBER", mobile(r, "plain")),
        " ตอนนี้เพจหายไปแล้ว ขอเงินคืนได้ไหมครับ เบอร์ผม ", E("PHONE_NUMBER", mobile(r)), "\"",
    ]


@T("bank_kyc")
def islamic_account_request_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Draft a reply to this customer email:\n\n",
        "Dear bank, I am ", P(name), ", account ", E("TH_BANK_ACCOUNT", bank_acct(r)), ". As I ",
        E("RELIGION", r.choice(["am a practising Muslim", "converted to Islam last year"])),
        ", I would like to move my savings to a Shariah-compliant account and stop receiving interest. ",
        "Also, last week someone called pretending to be your Islamic-banking team and asked for my OTP — I refused. ",
        "Reach me at ", E("EMAIL_ADDRESS", email(r, name)), ".",
    ]


@T("ewallet_fraud")
def temple_donation_scam_th(r: random.Random) -> list:
    mom = thn(r, True)
    return [
        "ลูกค้าร้องเรียน ช่วยร่างข้อความตอบและแนะนำวิธีแจ้งความออนไลน์:\n",
        "\"แม่ผม (", P(mom), ") ", E("RELIGION", r.choice(["นับถือศาสนาพุทธ", "เป็นชาวพุทธที่เคร่งมาก"])),
        " เห็นไลฟ์ 'ทำบุญสร้างวิหาร' ในติ๊กต็อก โอนไปหลายครั้ง รวมเกือบ 40,000 แอดมินให้แอดไลน์ ",
        E("LINE_ID", line_id(r, r.choice(["wat.donate", "tambun", "buddha.save"]))), " แล้วโอนเข้าบัญชี ",
        E("TH_BANK_ACCOUNT", bank_acct(r)), " ซึ่งไม่ใช่บัญชีวัด\"",
    ]


# ---- ethnicity -------------------------------------------------------------------------------
@T("police")
def scam_compound_returnee_interview(r: random.Random) -> list:
    name = thn(r)
    return [
        "Summarise this interview (victim of trafficking into a scam compound) for the NRM screening form:\n",
        "ผู้ให้ข้อมูล: ", P(name), " ", E("ETHNICITY", r.choice(["ชาวกะเหรี่ยง", "เชื้อสายไทใหญ่", "ชาวม้ง"])),
        " ถือหนังสือเดินทาง ", E("TH_PASSPORT", passport(r, "th")),
        " ถูกชวนไปทำงานแอดมินที่เมียวดี เงินเดือน 25,000 ถูกยึดพาสปอร์ต บังคับให้หลอกเหยื่อวันละ 14 ชม. ",
        "หนีออกมาได้เมื่อเดือนที่แล้ว ติดต่อญาติที่ ", E("PHONE_NUMBER", mobile(r)),
    ]


@T("ewallet_kyc")
def hmong_wallet_kyc_en(r: random.Random) -> list:
    name = r.choice(HILL_TH)
    return [
        "Translate the Thai parts and write a 3-line KYC review summary:\n",
        "Name: ", P(name), "\nKYC note: ลูกค้าเป็น", E("ETHNICITY", r.choice(["ชาวม้ง", "ชาวเมี่ยน"])),
        " อยู่ ", E("ADDRESS", addr(r, "north")), "\nDOB: ", E("DATE_OF_BIRTH", dob(r, "iso", 1970, 2000)),
        "\nFlag: wallet receives remittances from Minnesota, USA, monthly; consistent with family support.",
    ]


# ---- political opinion ---------------------------------------------------------------------
@T("telco")
def telco_threat_calls_protester(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "ร่างคำตอบลูกค้าและระบุว่าเราช่วยอะไรได้บ้างตามกฎหมาย:\n",
        f"ลูกค้า{title}", P(name), " เบอร์ ", E("PHONE_NUMBER", mobile(r)), " แจ้งว่าหลังจาก",
        E("POLITICAL_OPINION", r.choice(["ไปร่วมชุมนุมกับกลุ่มราษฎร", "โพสต์สนับสนุนการแก้ไขมาตรา 112"])),
        " มีเบอร์ไม่ทราบชื่อโทรข่มขู่ทุกคืน และมีคนพยายามขอเปลี่ยนซิมในชื่อตน ขอรายการสายเข้า (CDR) ย้อนหลัง 30 วัน",
    ]


@T("bank_fraud")
def canvasser_fake_donation_en(r: random.Random) -> list:
    name = rom(r, True)
    return [
        "Classify and summarise:\n",
        "Victim ", P(name), ", ", E("POLITICAL_OPINION", r.choice(["a volunteer canvasser for the People's Party",
                                                                  "an active Pheu Thai Party supporter"])),
        ", received a LINE message from an account posing as the party's treasurer asking volunteers to 'advance' ",
        "campaign expenses to acct ", E("TH_BANK_ACCOUNT", bank_acct(r)), ". She paid THB 12,000. Contact: ",
        E("PHONE_NUMBER", mobile(r)), ".",
    ]


# ---- sexual behaviour -------------------------------------------------------------------------
@T("police")
def escort_deposit_scam_victim(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "ช่วยเขียนคำร้องทุกข์ให้เป็นทางการ:\n",
        "ผู้เสียหายนาย", P(name), " โทร ", E("PHONE_NUMBER", mobile(r)), " แจ้งว่า",
        E("SEXUAL_BEHAVIOUR", r.choice(["ติดต่อซื้อบริการทางเพศผ่านทวิตเตอร์", "นัดซื้อบริการทางเพศจากบัญชีไซด์ไลน์ในเอ็กซ์"])),
        " ถูกให้โอนค่ามัดจำ 1,500 บาทเข้าบัญชี ", E("TH_BANK_ACCOUNT", bank_acct(r)),
        " แล้วถูกเรียกเก็บ 'ค่าประกันความปลอดภัย' อีกหลายครั้ง รวม 27,000 บาท",
    ]


@T("bank_fraud")
def dating_app_drugged_victim(r: random.Random) -> list:
    title, name = "นาย", thn(r, False)
    return [
        "Write an English summary for the regional fraud team:\n",
        f"ผู้เสียหาย{title}", P(name), " ", E("SEXUAL_BEHAVIOUR", r.choice(["เป็นชายรักชาย", "เป็นเกย์"])),
        " นัดเจอคู่สนทนาจากแอปหาคู่ที่คอนโด ถูกมอมยาแล้วถูกบังคับให้บอกรหัสเข้าแอปธนาคาร ",
        "โอนเงินออก 4 รายการ IP ที่ทำรายการ ", E("IP_ADDRESS", ipv4(r)), " บัญชีผู้เสียหาย ", E("TH_BANK_ACCOUNT", bank_acct(r)),
    ]


@T("card_disputes")
def adult_site_chargeback_en(r: random.Random) -> list:
    name = rom(r, False)
    return [
        "Decide: fraud chargeback or buyer's remorse?\n",
        "Cardholder ", P(name), " disputes 9 charges on card ", E("CREDIT_CARD", card(r)),
        " from a cam-site billing descriptor. On the call he admitted he ",
        E("SEXUAL_BEHAVIOUR", r.choice(["paid for private sex-cam shows", "bought explicit private video sessions"])),
        " but says the later charges were not his. Email on file: ", E("EMAIL_ADDRESS", email(r, name)),
    ]


# ---- disability --------------------------------------------------------------------------
@T("bank_branch")
def elderly_paralysis_branch(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "ร่างบันทึกการให้บริการนอกสถานที่:\n",
        f"ลูกค้า{title}", P(name), " ", E("DISABILITY", r.choice(["เป็นอัมพาตครึ่งซีก", "พิการทางการเคลื่อนไหว นอนติดเตียง"])),
        " ไม่สามารถมาสาขาเพื่อยืนยันตัวตนหลังถูกระงับบัญชีจากเหตุ ATO ได้ เจ้าหน้าที่จะไปพบที่บ้านเลขที่ ",
        E("ADDRESS", addr(r)), " ติดต่อบุตรชายที่ ", E("PHONE_NUMBER", mobile(r)),
    ]


@T("ewallet_fraud")
def disability_card_mule_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "สรุปเคสเพื่อส่งต่อ พม.:\n",
        "เจ้าของวอลเล็ต ", P(name), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)), " ถือบัตรประจำตัวคนพิการ ",
        E("DISABILITY", r.choice(["พิการทางสติปัญญา", "พิการทางการเห็น"])),
        " ญาติแจ้งว่ามีคนมาชวนเปิดวอลเล็ตแลกเงิน 500 บาท วอลเล็ตถูกใช้รับเงินจากเหยื่อ 19 ราย",
    ]


# ---- trade union ------------------------------------------------------------------------
@T("bank_hr")
def insider_fraud_union_rep(r: random.Random) -> list:
    staff = thn(r)
    return [
        "ช่วยร่างหนังสือเชิญเข้าสอบข้อเท็จจริง:\n",
        "พนักงาน: ", P(staff), " (รหัส ", _digits(r, 6), ") ตำแหน่งเจ้าหน้าที่บริการลูกค้า อีเมล ",
        E("EMAIL_ADDRESS", email(r, staff, r.choice(["bank-th.co.th", "ktb.co.th", "gsb.or.th"]))),
        "\nข้อกล่าวหา: เรียกดูข้อมูลลูกค้า 312 รายโดยไม่มีเหตุ และพบว่าข้อมูลบางส่วนถูกใช้โดยแก๊งคอลเซ็นเตอร์\n",
        "หมายเหตุ: พนักงาน", E("TRADE_UNION", r.choice(["เป็นกรรมการสหภาพแรงงานพนักงานธนาคาร", "เป็นสมาชิกสหภาพแรงงานรัฐวิสาหกิจของธนาคาร"])),
        " มีสิทธิให้ผู้แทนสหภาพเข้าร่วมการสอบ",
    ]


@T("bank_fraud")
def union_member_coop_scam(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "ช่วยแยกประเด็นเพื่อแจ้งเตือนสมาชิกคนอื่น:\n",
        f"ผู้เสียหาย{title}", P(name), " ", E("TRADE_UNION", r.choice(["สมาชิกสหภาพแรงงานการไฟฟ้านครหลวง",
                                                                   "เป็นสมาชิกสหภาพแรงงานรัฐวิสาหกิจการประปา"])),
        " ได้รับโทรศัพท์จาก ", E("PHONE_NUMBER", mobile(r)), " อ้างเป็นเจ้าหน้าที่สหกรณ์ของสหภาพ แจ้งว่าได้สิทธิกู้ดอกเบี้ยต่ำ ",
        "ให้โอนค่าธรรมเนียม 4,500 บาทเข้าบัญชี ", E("TH_BANK_ACCOUNT", bank_acct(r)),
    ]


@T("telco_hr")
def telco_staff_union_grievance_en(r: random.Random) -> list:
    name = rom(r, True)
    return [
        "Summarise for HR legal:\n",
        "Retail agent ", P(name), " (", E("EMAIL_ADDRESS", email(r, name, "telco-retail.co.th")), ") was suspended after a SIM ",
        "swap she processed led to a customer losing THB 600k. She ",
        E("TRADE_UNION", r.choice(["is the branch representative of the telecom workers' union",
                                   "is a member of the Telecom Employees' Union"])),
        " and argues the override was approved by her manager over chat. Union has filed a grievance.",
    ]


@T("soc")
def phishing_union_leader(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "อธิบาย header อีเมลนี้ว่าเป็น spear-phishing หรือไม่:\n",
        "ผู้รับ: ", E("EMAIL_ADDRESS", email(r, name)), " (", title, P(name), " ",
        E("TRADE_UNION", r.choice(["ประธานสหภาพแรงงานรัฐวิสาหกิจการท่าเรือ", "เลขาธิการสหภาพแรงงานการบินไทย"])), ")\n",
        "Received: from mail-relay.example-cloud.net; X-Originating-IP: ", E("IP_ADDRESS", ipv4(r)),
        "\nSubject: ด่วน เอกสารเจรจาโบนัสกับฝ่ายบริหาร.zip",
    ]


# ---- genetic data -------------------------------------------------------------------------
@T("insurance_fraud")
def insurance_nondisclosure_genetic_en(r: random.Random) -> list:
    name = rom(r, True)
    return [
        "Draft the claims investigation conclusion:\n",
        "Policyholder ", P(name), " (DOB ", E("DATE_OF_BIRTH", dob(r, "en", 1970, 1990)), ", policy ",
        f"CI-{_digits(r, 8)}) claimed critical-illness benefit 4 months after inception. Records from the clinic show she ",
        E("GENETIC_DATA", r.choice(["carries a BRCA1 pathogenic variant", "tested positive for a Lynch-syndrome MLH1 variant"])),
        " (tested before application) which was not disclosed. HN at the hospital: ", E("MEDICAL_RECORD_NUMBER", hn(r)),
    ]


@T("police")
def paternity_blackmail_scam(r: random.Random) -> list:
    name, child_mom = thn(r, False), thn(r, True)
    return [
        "ช่วยสรุปข้อเท็จจริงคดีกรรโชกทรัพย์:\n",
        "ผู้เสียหายนาย", P(name), " ถูก น.ส.", P(child_mom), " ส่งเอกสาร",
        E("GENETIC_DATA", "ผลตรวจดีเอ็นเอยืนยันความเป็นบิดา 99.98%"),
        " มาข่มขู่ให้โอนเงิน 500,000 บาท มิฉะนั้นจะส่งให้ภรรยา ตรวจสอบกับห้องแล็บแล้วยืนยันว่าเอกสารจริง ",
        "ผู้เสียหายโอนเข้าบัญชี ", E("TH_BANK_ACCOUNT", bank_acct(r)), " ไปแล้ว 2 งวด",
    ]


@T("insurance_fraud")
def thalassemia_claim_th(r: random.Random) -> list:
    title, name = tp(r, True)
    return [
        "ช่วยสรุปประเด็นสอบสวนเคลมนี้:\n",
        f"ผู้เอาประกัน{title}", P(name), " HN ", E("MEDICAL_RECORD_NUMBER", hn(r)), " ยื่นเคลมค่าคลอดบุตร ",
        "และค่าตรวจวินิจฉัยทารกในครรภ์ ผลตรวจพบว่าผู้เอาประกัน", E("GENETIC_DATA", r.choice(["เป็นพาหะธาลัสซีเมียชนิด HbE",
                                                                                            "มียีนแอลฟาธาลัสซีเมีย 1 แฝง"])),
        " เอกสารใบเสร็จจากคลินิกมีรอยแก้ไขยอดเงิน โทรติดต่อผู้เอาประกัน ", E("PHONE_NUMBER", mobile(r)),
    ]


@T("soc")
def dna_kit_breach_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "We found this in a paste on a leak forum; assess impact for our customer:\n",
        "customer: ", P(name), " | email: ", E("EMAIL_ADDRESS", email(r, name)), " | raw file: genome_", md5(r)[:10],
        ".txt | note: ", E("GENETIC_DATA", r.choice(["APOE e4/e4 genotype", "CYP2C19 *2/*2 poor metaboliser"])),
        " | last_login_ip: ", E("IP_ADDRESS", ipv4(r)),
    ]


# ---- health ------------------------------------------------------------------------------
@T("insurance_fraud")
def claim_fraud_dialysis_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "Write an English summary of the suspected claim fraud:\n",
        "ผู้เอาประกัน ", P(name), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)), " ", E("HEALTH_DATA", "ไตวายเรื้อรังระยะสุดท้าย"),
        " ฟอกไตที่คลินิกเอกชน HN ", E("MEDICAL_RECORD_NUMBER", hn(r)),
        " พบใบเสร็จซ้ำกันจากสองคลินิกในวันเดียวกัน รวม 38 ครั้งใน 6 เดือน",
    ]


@T("bank_callcentre")
def ato_victim_hospitalised_en(r: random.Random) -> list:
    name = rom(r, False)
    return [
        "Summarise the call for the case file:\n",
        "Caller (daughter) says her father ", P(name), " has been ",
        E("HEALTH_DATA", r.choice(["in ICU with dengue shock syndrome", "hospitalised after a stroke"])),
        " since last week, so he could not have made the 5 transfers on his app. His phone stayed at home. Account ",
        E("TH_BANK_ACCOUNT", bank_acct(r)), "; transfers came from IP ", E("IP_ADDRESS", ipv4(r)), ".",
    ]


@T("hospital_fraud")
def fake_medical_bill_dispute(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "ตรวจว่าใบเสร็จนี้น่าจะปลอมไหม ให้เหตุผล:\n",
        f"ผู้ป่วย: {title}", P(name), " HN: ", E("MEDICAL_RECORD_NUMBER", hn(r)), " วันเกิด: ", E("DATE_OF_BIRTH", dob(r)),
        "\nการวินิจฉัย: ", E("HEALTH_DATA", r.choice(["ไส้ติ่งอักเสบเฉียบพลัน", "ไข้เลือดออกระดับรุนแรง", "กระดูกข้อมือหัก"])),
        "\nยอดรวม 86,400 บาท ชำระด้วยบัตร ", masked_card(r), " ร้านค้าแจ้ง chargeback ว่าผู้ถือบัตรไม่ได้ทำรายการ",
    ]


# ---- more fraud-desk traffic --------------------------------------------------------------
@T("bank_fraud")
def fraud_team_line_chat(r: random.Random) -> list:
    a, victim, holder = thn(r), thn(r), thn(r)
    kan = r.choice(NICK_TH)
    return [
        "แปะแชทกลุ่มทีมมา ช่วยสรุป action item:\n",
        "[09:14] ", P(given(a)), ": เคสคุณ", P(victim), " โอนเข้า ", E("TH_BANK_ACCOUNT", bank_acct(r)), " ชื่อ ", P(holder),
        " ยอด 180k ขอ hold ด่วน\n",
        "[09:16] ", P(kan), ": บัญชีนี้มี alert L2 ตั้งแต่เมื่อวาน เบอร์ผูกพร้อมเพย์ ", E("PHONE_NUMBER", mobile(r, "plain")),
        " ผูกกับอีก 3 บัญชี\n[09:20] ", P(given(a)), ": โอเค ส่ง CFR แล้ว เดี๋ยวโทรหาผู้เสียหายที่ ", E("PHONE_NUMBER", mobile(r)),
    ]


@T("police")
def bank_hold_letter_pct(r: random.Random) -> list:
    officer = thn(r, False)
    rows = []
    for i in range(1, 3):
        rows += [f"{i}. บัญชี{r.choice(BANKS_TH)} เลขที่ ", E("TH_BANK_ACCOUNT", bank_acct(r)), " ชื่อบัญชี ", P(thn(r)),
                 " เลขประจำตัวประชาชน ", E("TH_NATIONAL_ID", nid(r)), "\n"]
    return [
        "ช่วยตรวจหนังสือขออายัดนี้ว่ารูปแบบถูกต้องไหม:\n",
        f"ที่ ตช 0026.{r.randint(1, 9)}/{r.randint(1000, 9999)}\nเรื่อง ขอให้ระงับการทำธุรกรรมชั่วคราว\n",
        "ด้วยพนักงานสอบสวนได้รับคำร้องทุกข์คดีฉ้อโกงทางออนไลน์ จึงขอให้ธนาคารระงับบัญชีดังต่อไปนี้\n", rows,
        "ลงชื่อ พ.ต.ท.", P(officer), " พนักงานสอบสวน (สบ 3)",
    ]


@T("telco")
def telco_cdr_subpoena_response(r: random.Random) -> list:
    sub = thn(r)
    lines = []
    for _ in range(3):
        lines += [f"{ts_iso(r)},", E("PHONE_NUMBER", mobile(r, "msisdn")), ",", E("PHONE_NUMBER", mobile(r, "msisdn")),
                  f",{r.randint(5, 900)},{imei(r)},CELL-{_digits(r, 5)}\n"]
    return [
        "จัดรูปแบบข้อมูล CDR ตามหมายเรียกให้อ่านง่ายเป็นตาราง (ผู้ใช้บริการ: ", P(sub), ")\n",
        "start_time,a_party,b_party,duration_s,imei,cell_id\n", lines,
    ]


@T("marketplace")
def marketplace_fake_seller_report(r: random.Random) -> list:
    name = thn(r)
    return [
        "Write a takedown + law-enforcement referral summary (EN):\n",
        "ร้าน 'iPhone มือหนึ่ง ถูกกว่าศูนย์' ผู้เปิดร้าน ", P(name), " เลขบัตร (จาก KYC) ", E("TH_NATIONAL_ID", nid(r)),
        " จดทะเบียนร้านในนามบริษัทเลขที่ ", E("TH_JURISTIC_ID", juristic(r)), " บัญชีรับเงิน ", E("TH_BANK_ACCOUNT", bank_acct(r)),
        " โทร ", E("PHONE_NUMBER", mobile(r)), f" ผู้ซื้อ {r.randint(40, 160)} รายไม่ได้รับสินค้า ยอดรวม {amount(r, 900_000, 4_000_000)} บาท",
    ]


@T("ewallet_support")
def qr_scam_victim_chat_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Reply to this chat in English, short and kind:\n",
        f"[chat #{_digits(r, 6)}] Hi, I'm ", P(name), ". A Facebook seller sent me a QR to pay ",
        "a deposit for a condo in Bang Na. After paying, the name shown was ", P(thn(r)), " and now the seller blocked me. ",
        "My wallet is linked to ", E("PHONE_NUMBER", mobile(r, "intl")), ". Can you freeze the receiver?",
    ]


@T("card_fraud")
def skimming_compromised_cards(r: random.Random) -> list:
    cards = []
    for _ in range(3):
        cards += ["- ", E("CREDIT_CARD", card(r, "plain")), f" exp {r.randint(1, 12):02d}/{r.randint(26, 30)} ",
                  f"last seen {date_en(r)}\n"]
    return [
        "Common point of purchase analysis — are these cards all from the same merchant? Merchant: ",
        r.choice(["Siam Fuel Station", "Happy Mart Minimart", "Pattaya Night Spa"]), " Co., Ltd. (tax ID ",
        E("TH_JURISTIC_ID", juristic(r)), ")\nCards reported fraudulent this week:\n", cards,
    ]


@T("card_fraud")
def card_testing_log(r: random.Random) -> list:
    lines = []
    ip = ipv4(r)
    for _ in range(3):
        lines += [f"{ts_iso(r)} gateway WARN auth_declined code=05 pan=", E("CREDIT_CARD", card(r, "plain")),
                  " amount=1.00 client_ip=", E("IP_ADDRESS", ip), f" merchant=MID{_digits(r, 9)}\n"]
    return ["Looks like card testing? Suggest velocity rules (debug log accidentally logs PANs, ticket opened):\n", lines]


@T("marketplace")
def refund_scam_call_transcript_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Transcript (auto-STT) – summarise and flag scam indicators:\n",
        "Agent? : Hello, this is the marketplace refund team. Is this ", P(name), "?\n",
        "Customer: Yes.\nCaller: Your order was lost. To refund, please confirm your card number.\n",
        "Customer: It's ", E("CREDIT_CARD", card(r, "space")), ".\nCaller: And the OTP we just sent to ",
        E("PHONE_NUMBER", mobile(r)), "?\nCustomer: Wait, why do you need an OTP for a refund?",
    ]


@T("bank_fraud")
def victim_email_to_bank_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Classify urgency and draft the first response:\n\n",
        "From: ", P(name), " <", E("EMAIL_ADDRESS", email(r, name)), ">\n",
        "I was tricked by someone pretending to be from the Revenue Department into installing an app. THB ",
        amount(r, 40_000, 700_000), " left my account ", E("TH_BANK_ACCOUNT", bank_acct(r)), " this morning. ",
        "Please block everything. My mobile is ", E("PHONE_NUMBER", mobile(r)), ".",
    ]


@T("card_disputes")
def dispute_form_ocr(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "OCR of a handwritten dispute form — fix errors and fill our JSON schema:\n",
        "แบบฟอร์มปฏิเสธรายการบัตรเครดิต\nชื่อผู้ถือบัตร ", title, P(name), "\nหมายเลขบัตร ", E("CREDIT_CARD", card(r, "dash")),
        "\nที่อยู่ ", E("ADDRESS", addr(r)), "\nโทรศัพท์ ", E("PHONE_NUMBER", mobile(r, "dash")),
        f"\nรายการที่ปฏิเสธ: วันที่ {date_th(r)} ยอด {amount(r, 900, 60_000)} บาท ร้าน 0NLINE GAME*C0INS",
    ]


@T("soc")
def vpn_log_anomaly(r: random.Random) -> list:
    name = rom(r)
    upn = email(r, name, "scb-fintech.co.th")
    return [
        "Parse and tell me if this staff VPN session is suspicious:\n",
        f"{ts_iso(r)} vpn-gw01 session_start user=", E("EMAIL_ADDRESS", upn), " public_ip=", E("IP_ADDRESS", ipv4(r)),
        " geo=TH assigned=10.40.12.77 client=GlobalProtect 6.2\n",
        f"{ts_iso(r)} vpn-gw01 session_start user=", E("EMAIL_ADDRESS", upn), " public_ip=", E("IP_ADDRESS", ipv4(r)),
        " geo=KH assigned=10.40.19.3 client=openconnect\n",
    ]


@T("bank_fraud")
def pig_butchering_crypto_en(r: random.Random) -> list:
    name = rom(r, False)
    wallet = "T" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789") for _ in range(33))
    return [
        "Write the victim-loss summary for the crypto exchange request:\n",
        "Victim ", P(name), " was approached on Instagram by a 'wine trader' and moved to LINE (",
        E("LINE_ID", line_id(r, r.choice(["amy", "lisa", "vivian"]))),
        f"). He bought USDT with THB {amount(r, 500_000, 6_000_000)} from his account ", E("TH_BANK_ACCOUNT", bank_acct(r)),
        f" and sent it to TRC-20 address {wallet} shown on a fake trading site.",
    ]


@T("bank_callcentre")
def call_centre_qa_transcript(r: random.Random) -> list:
    name = thn(r)
    agent = thn(r, True)
    return [
        "ประเมิน QA สายนี้: เจ้าหน้าที่ยืนยันตัวตนครบตามขั้นตอนหรือไม่\n",
        "เจ้าหน้าที่ (", P(agent), "): ขอทราบชื่อ-นามสกุลค่ะ\nลูกค้า: ", P(name), "\n",
        "เจ้าหน้าที่: วันเดือนปีเกิดค่ะ\nลูกค้า: ", E("DATE_OF_BIRTH", dob(r, "th_long")), "\n",
        "เจ้าหน้าที่: เลขบัตรประชาชน 4 ตัวท้ายค่ะ\nลูกค้า: ขอบอกเต็มเลยนะ ", E("TH_NATIONAL_ID", nid(r, "plain")), "\n",
        "เจ้าหน้าที่: ขอบคุณค่ะ มีรายการโอนที่ลูกค้าไม่ได้ทำใช่ไหมคะ",
    ]


@T("bank_fraud")
def fake_job_task_scam_student(r: random.Random) -> list:
    title, name = tp(r, short=True)
    return [
        "ช่วยเขียนสรุปเคสส่งมหาวิทยาลัย (โครงการเตือนภัยนักศึกษา):\n",
        f"ผู้เสียหาย {title}", P(name), " รหัสนักศึกษา ", E("STUDENT_ID", student_id(r)),
        " ถูกชวนทำงานกดไลก์ติ๊กต็อกผ่านไลน์ ", E("LINE_ID", line_id(r)),
        " ได้ค่าคอมจริงรอบแรก 200 บาท จากนั้นต้อง 'เติมภารกิจ' จนโอนไป 46,000 บาทเข้าบัญชี ", E("TH_BANK_ACCOUNT", bank_acct(r)),
    ]


@T("food_delivery")
def rider_account_sold_plate(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "Rider fraud review – write the deactivation reason:\n",
        "Registered rider: ", P(name), " (ID card ", E("TH_NATIONAL_ID", nid(r)), ") vehicle ",
        E("TH_VEHICLE_PLATE", plate(r)), ". Selfie checks for the last 3 weeks fail; GPS shows the account active in ",
        "two provinces the same evening. Rider admits he sold the account on Facebook for THB 2,500.",
    ]


@T("marketplace")
def rental_deposit_scam(r: random.Random) -> list:
    victim = thn(r, True)
    return [
        "ผู้ใช้รายงานประกาศปล่อยเช่าปลอม ช่วยสรุปส่งทีม Trust & Safety:\n",
        "ผู้รายงาน: คุณ", P(victim), "\nประกาศ: คอนโดใกล้ BTS อ่อนนุช 9,000/เดือน\n",
        "ผู้ลงประกาศให้โทร ", E("PHONE_NUMBER", mobile(r)), " และโอนมัดจำ 18,000 เข้าบัญชี ", E("TH_BANK_ACCOUNT", bank_acct(r)),
        " ก่อนดูห้อง พอไปถึงพบว่าห้องมีคนอยู่แล้ว เจ้าของจริงไม่เคยลงประกาศ",
    ]


@T("card_disputes")
def merchant_rebuttal_th(r: random.Random) -> list:
    name = thn(r)
    return [
        "ร่างหนังสือโต้แย้ง chargeback ในนามร้านค้า:\n",
        "ร้านค้า: บริษัท ไทยแฟชั่น ออนไลน์ จำกัด เลขประจำตัวผู้เสียภาษี ", E("TH_JURISTIC_ID", juristic(r)), "\n",
        "ลูกค้า คุณ", P(name), " สั่งซื้อและรับสินค้าแล้ว ลงชื่อรับที่ ", E("ADDRESS", addr(r)),
        " เบอร์ผู้รับ ", E("PHONE_NUMBER", mobile(r)), f" เลขพัสดุ KEX{_digits(r, 11)} สถานะ 'ส่งสำเร็จ'",
    ]


@T("aml")
def aml_cash_structuring_plate(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "แปลเป็นอังกฤษสำหรับ group compliance:\n",
        f"{title}", P(name), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)), f" ฝากเงินสดผ่าน CDM {r.randint(18, 45)} ครั้งใน 5 วัน ",
        "ครั้งละ 49,000-49,900 บาท ที่ 7 สาขาในชลบุรี ภาพ CCTV ลานจอดรถพบรถทะเบียน ", E("TH_VEHICLE_PLATE", plate(r)),
        " ทุกครั้ง ลักษณะเป็นการแตกยอดเพื่อเลี่ยงการรายงาน",
    ]


@T("education_fraud")
def scholarship_scam_students(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        rows += ["- ", P(thn(r)), " รหัส ", E("STUDENT_ID", student_id(r, "ten")), " โอนค่าธรรมเนียม 1,200 บาท\n"]
    return [
        "ช่วยร่างประกาศเตือนนักศึกษาจากข้อมูลผู้เสียหายนี้ (ห้ามใส่ชื่อในประกาศ):\n",
        "เพจปลอมอ้างเป็นกองทุนเงินให้กู้ยืมเพื่อการศึกษา เสนอทุนให้เปล่า ต้องโอนค่าดำเนินการก่อน\n", rows,
    ]


@T("bank_fraud")
def university_mule_list_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [E("STUDENT_ID", student_id(r, "ten")), ",", P(thn(r)), ",", E("TH_BANK_ACCOUNT", bank_acct(r, "plain")),
                 f",{r.randint(4, 40)}\n"]
    return [
        "University asked which of its students hold flagged mule accounts. Summarise count by faculty code (3rd-4th digits):\n",
        "student_id,name,account_no,victim_count\n", rows,
    ]


@T("aml")
def shell_company_str_th(r: random.Random) -> list:
    director = thn(r)
    return [
        "ช่วยเขียนย่อหน้าความเชื่อมโยงระหว่างนิติบุคคล:\n",
        "บริษัท เอ็น.เอส. เทรดดิ้ง จำกัด (", E("TH_JURISTIC_ID", juristic(r)), ") และ บริษัท ไบรท์ โกลบอล จำกัด (",
        E("TH_JURISTIC_ID", juristic(r)), ") มีกรรมการคนเดียวกันคือ ", P(director), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)),
        " จดทะเบียนที่อยู่เดียวกัน ทุนจดทะเบียน 1 ล้านบาท แต่มีเงินหมุนเวียน 340 ล้านบาทใน 3 เดือน",
    ]


@T("soc")
def doxxing_report_th(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "ลูกค้าแจ้งว่าถูกแฉข้อมูลส่วนตัว ช่วยสรุปและบอกว่าต้องแจ้งแพลตฟอร์มอะไรบ้าง:\n",
        f"{title}", P(name), " ถูกเพจหนึ่งโพสต์ที่อยู่ ", E("ADDRESS", addr(r)), " และเบอร์ ", E("PHONE_NUMBER", mobile(r)),
        " พร้อมข้อความว่า", E("POLITICAL_OPINION", r.choice(["เป็นผู้สนับสนุนพรรคเพื่อไทย", "เป็นแนวร่วมกลุ่มเสื้อแดง",
                                                              "เป็นผู้สนับสนุนพรรคประชาชน"])),
        " ทำให้มีคนโทรมาด่าและมีการสมัครสินเชื่อออนไลน์ในชื่อตน",
    ]


@T("police")
def affair_blackmail_th(r: random.Random) -> list:
    name = thn(r, False)
    return [
        "เรียบเรียงคำให้การให้เป็นทางการ:\n",
        "ผู้เสียหายนาย", P(name), " ยอมรับว่า", E("SEXUAL_BEHAVIOUR", r.choice(["มีเพศสัมพันธ์นอกสมรสกับคู่สนทนาที่รู้จักทางแอป",
                                                                            "เคยมีเพศสัมพันธ์กับหญิงที่รู้จักทางออนไลน์"])),
        " ต่อมาถูกขู่ว่าจะส่งคลิปให้ภรรยา ถูกให้โอนเงินผ่านพร้อมเพย์ ", E("PHONE_NUMBER", mobile(r, "plain")), " รวม 3 ครั้ง",
    ]


@T("ewallet_fraud")
def ewallet_union_strike_fund_en(r: random.Random) -> list:
    name = rom(r, True)
    return [
        "Is this wallet pattern consistent with the customer's explanation?\n",
        "Holder ", P(name), " (", E("PHONE_NUMBER", mobile(r)), ") received 2,300 P2P transfers of THB 50-100 in a week. ",
        "She says she ", E("TRADE_UNION", r.choice(["runs the strike fund of the auto-parts workers' union in Rayong",
                                                    "is treasurer of the garment workers' union branch"])),
        " and members chip in during the stoppage.",
    ]


@T("police")
def loan_shark_collection_threat(r: random.Random) -> list:
    title, name = tp(r)
    return [
        "ช่วยเขียนคำร้องขอคุ้มครองจากคำบอกเล่านี้:\n",
        f"{title}", P(name), " เลขบัตร ", E("TH_NATIONAL_ID", nid(r)), " กู้เงินนอกระบบผ่านแอป ถูกคนทวงหนี้ขับรถทะเบียน ",
        E("TH_VEHICLE_PLATE", plate(r)), " มาปาสีที่บ้านเลขที่ ", E("ADDRESS", addr(r)), " และโทรขู่จาก ", E("PHONE_NUMBER", mobile(r)),
    ]


@T("card_disputes")
def travel_agency_bust_en(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        n = rom(r)
        rows += ["- ", P(n), ", card ", E("CREDIT_CARD", card(r)), ", THB ", amount(r, 20_000, 150_000), "\n"]
    return [
        "Travel agency went bust; many customers file 13.1 (services not provided). Agency tax ID ",
        E("TH_JURISTIC_ID", juristic(r)), ". Draft a bulk chargeback memo for:\n", rows,
    ]


@T("telco")
def recycled_number_ato_en(r: random.Random) -> list:
    old, new = rom(r), rom(r)
    return [
        "Explain the recycled-number risk in this complaint:\n",
        P(new), " got a new SIM with number ", E("PHONE_NUMBER", mobile(r, "intl")), " and started receiving OTPs for the ",
        "e-wallet of the previous holder, ", P(old), " (", E("EMAIL_ADDRESS", email(r, old)), "). The number was quarantined ",
        "for only 45 days before re-issue.",
    ]


@T("ewallet_kyc")
def foreigner_rekyc_en(r: random.Random) -> list:
    kind = r.choice(["kh", "mm", "cn"])
    name = foreign(r, kind)
    return [
        "Draft the re-KYC request message (simple English):\n",
        "Wallet holder ", P(name), ", passport ", E("TH_PASSPORT", passport(r, kind)), ", DOB ",
        E("DATE_OF_BIRTH", dob(r, "en", 1985, 2003)), ". Passport expired; limit reduced to THB 5,000/day until a new ",
        "passport is uploaded. Last login from ", E("IP_ADDRESS", ipv4(r)), ".",
    ]


@T("soc")
def dlp_alert_staff_export(r: random.Random) -> list:
    name = rom(r)
    return [
        "Triage this DLP alert and suggest next steps:\n",
        '{"policy": "TH_NATIONAL_ID bulk", "matches": 4120, "user": "', E("EMAIL_ADDRESS", email(r, name, "ktc-card.co.th")),
        '", "display_name": "', P(name), '", "channel": "personal_webmail", "src_ip": "', E("IP_ADDRESS", ipv4(r)),
        '", "file": "cust_export_', _digits(r, 8), '.xlsx", "ts": ', epoch_ms(r), "}",
    ]


@T("ewallet_fraud")
def police_freeze_email_wallet(r: random.Random) -> list:
    officer = thn(r, False)
    return [
        "Draft our acknowledgement reply to this police request:\n\n",
        "From: ", E("EMAIL_ADDRESS", email(r, None, "police.go.th")), "\n",
        "ขอให้ระงับวอลเล็ตที่ผูกกับหมายเลข ", E("PHONE_NUMBER", mobile(r, "plain")), " และ ", E("PHONE_NUMBER", mobile(r, "plain")),
        " ตามคดีฉ้อโกงออนไลน์ เลขคดี ", case_no(r, "CCIB"), "\nพ.ต.ต.", P(officer), " สารวัตร กก.2 บก.สอท.1",
    ]


# ==============================================================================================
# NEGATIVE TEMPLATES (same desks, no personal data)
# ==============================================================================================
# ---- s.26 hard negatives: the topic, never a fact about a particular person ---------------------
@T("bank_fraud", hard="HEALTH_DATA")
def neg_elderly_dementia_scam_article(r: random.Random) -> list:
    pct = r.randint(31, 44)
    return [
        "ช่วยย่อบทความนี้เป็นโพสต์เฟซบุ๊กของธนาคาร 5 บรรทัด:\n",
        f"ผู้สูงอายุที่มีภาวะสมองเสื่อมหรือโรคอัลไซเมอร์ระยะต้นเป็นกลุ่มเสี่ยงสูงต่อแก๊งคอลเซ็นเตอร์ ข้อมูลปี 2567 พบว่า {pct}% ",
        "ของผู้เสียหายอายุเกิน 60 ปี ถูกหลอกด้วยมุกตำรวจ/ดีเอสไอ ลูกหลานควรตั้งวงเงินโอนต่อวัน เปิดแจ้งเตือนรายการ ",
        "และชวนท่านคุยเรื่องมิจฉาชีพบ่อย ๆ อาการหลงลืมและความวิตกกังวลทำให้ตัดสินใจภายใต้แรงกดดันได้ยากขึ้น ",
        "หากสงสัยโทรสายด่วน 1441 ได้ตลอด 24 ชั่วโมง",
    ]


@T("bank_fraud", hard="HEALTH_DATA")
def neg_vulnerable_customer_policy(r: random.Random) -> list:
    return [
        "Summarise this policy section for front-line staff in Thai:\n\n",
        f"4.{r.randint(2, 6)} Vulnerable customers. A customer may be treated as vulnerable where there are indicators of ",
        "cognitive impairment (e.g. dementia), serious or terminal illness, mental-health conditions such as depression, ",
        "recent bereavement or financial distress. Staff must not record a diagnosis unless the customer volunteers it; ",
        "record only the support needed (e.g. 'needs a trusted contact', 'needs extra time'). Vulnerability flags are ",
        "reviewed every 12 months and are never used for credit decisions.",
    ]


@T("ewallet_fraud", hard="RELIGION")
def neg_ramadan_donation_scam_warning(r: random.Random) -> list:
    return [
        "แปลเป็นภาษามลายูกลางและอังกฤษ:\n",
        "เตือนภัยช่วงเดือนรอมฎอน: มิจฉาชีพสร้างเพจปลอมรับบริจาคซะกาตและซอดาเกาะฮ์ ใช้รูปมัสยิดและเด็กกำพร้าจากอินเทอร์เน็ต ",
        "ก่อนโอนทุกครั้งให้ตรวจสอบว่าบัญชีเป็นของมูลนิธิหรือมัสยิดที่จดทะเบียนจริง ชื่อบัญชีต้องไม่ใช่บุคคลธรรมดา ",
        "และสามารถตรวจสอบบัญชีต้องสงสัยได้ที่เว็บไซต์ตำรวจไซเบอร์ ขอให้พี่น้องมุสลิมทุกท่านมีความสุขในเดือนอันประเสริฐนี้",
    ]


@T("bank_ops", hard="RELIGION")
def neg_buddhist_holiday_notice(r: random.Random) -> list:
    day = r.choice(["วันมาฆบูชา", "วันวิสาขบูชา", "วันอาสาฬหบูชา", "วันเข้าพรรษา"])
    return [
        "Proofread this customer notice:\n",
        f"เนื่องในโอกาส{day} ธนาคารปิดทำการทุกสาขา ยกเว้นสาขาในห้างสรรพสินค้า ระบบโมบายแบงก์กิ้งจะปิดปรับปรุง ",
        "เวลา 00:30-03:00 น. รายการโอนพร้อมเพย์ยังใช้งานได้ตามปกติ ขอเชิญพุทธศาสนิกชนร่วมทำบุญ ",
        "โดยตรวจสอบบัญชีวัดก่อนโอนทุกครั้ง ระวังมิจฉาชีพแอบอ้างรับบริจาคสร้างพระอุโบสถ",
    ]


@T("threat_intel", hard="ETHNICITY")
def neg_ti_report_syndicate_groups(r: random.Random) -> list:
    return [
        "Condense this threat-intel brief to 5 bullets for the CRO:\n\n",
        "Scam compounds along the Moei river continue to operate under the protection of ethnic armed groups, ",
        "including Karen factions that control parts of the border. Management is typically Chinese-speaking, while ",
        "trafficked workers come from Thailand, Indonesia, Kenya and Sri Lanka. Since the power and fuel cut-off, ",
        "operations are shifting to the Cambodia–Thailand border and to Laos' Golden Triangle SEZ. Expect more ",
        "scripts in Thai dialects and more Thai-language deepfake video calls in Q3.",
    ]


@T("bank_kyc", hard="ETHNICITY")
def neg_hilltribe_inclusion_stats(r: random.Random) -> list:
    return [
        "ทำกราฟแท่งจากตารางนี้และเขียนข้อสังเกต 3 ข้อ:\n",
        "กลุ่มประชากร | บัญชีเปิดใหม่ 2567 | สัดส่วนที่ถูกปิดเป็นบัญชีม้า\n",
        f"บุคคลบนพื้นที่สูง (อาข่า ลาหู่ ม้ง ลีซู) | {r.randint(8000, 12000):,} | {r.uniform(3, 6):.1f}%\n",
        f"บุคคลไร้สถานะทางทะเบียน | {r.randint(2000, 5000):,} | {r.uniform(6, 9):.1f}%\n",
        f"แรงงานข้ามชาติ (เมียนมา ลาว กัมพูชา) | {r.randint(40000, 90000):,} | {r.uniform(1, 3):.1f}%\n",
        "หมายเหตุ: ตัวเลขรวมทั้งระบบ ไม่ระบุตัวบุคคล",
    ]


@T("news", hard="POLITICAL_OPINION")
def neg_news_pm_anti_scam(r: random.Random) -> list:
    return [
        "สรุปข่าวนี้เป็นภาษาอังกฤษ 3 ประโยค:\n",
        "นายประเสริฐ จันทรรวงทอง รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม แถลงร่วมกับผู้บัญชาการตำรวจแห่งชาติ ",
        "ว่ารัฐบาลจะเร่งผลักดันร่าง พ.ร.ก.ป้องกันและปราบปรามอาชญากรรมทางเทคโนโลยี ฉบับแก้ไข ให้ธนาคารและค่ายมือถือ ",
        "ร่วมรับผิดชอบความเสียหาย ขณะที่พรรคฝ่ายค้านวิจารณ์ว่ามาตรการยังไม่แก้ปัญหาบัญชีม้าที่ต้นทาง ",
        f"ตัวเลขความเสียหายสะสมตั้งแต่เปิดระบบแจ้งความออนไลน์อยู่ที่ราว {r.randint(70, 90)},000 ล้านบาท",
    ]


@T("threat_intel", hard="POLITICAL_OPINION")
def neg_election_phishing_ti(r: random.Random) -> list:
    return [
        "Write a staff awareness email from this intel:\n",
        "Ahead of the provincial administrative elections, we observed SMS and LINE messages impersonating the Election ",
        "Commission, offering 'vote-counting volunteer' pay of THB 1,500/day. Links lead to a fake ThaiD login. Some ",
        "lures use party logos of both government and opposition parties to widen reach. No evidence of targeting ",
        "by political affiliation; the goal is credential theft and mule-account recruitment.",
    ]


@T("bank_hr", hard="CRIMINAL_RECORD")
def neg_background_check_policy(r: random.Random) -> list:
    return [
        "ช่วยแปลนโยบายนี้เป็นภาษาอังกฤษ:\n",
        "ข้อ 7 การตรวจสอบประวัติอาชญากรรม ผู้สมัครตำแหน่งที่เข้าถึงข้อมูลลูกค้าหรือระบบชำระเงินต้องยินยอมให้ตรวจสอบประวัติ ",
        "ผ่านกองทะเบียนประวัติอาชญากร การมีประวัติต้องโทษไม่ใช่เหตุตัดสิทธิ์โดยอัตโนมัติ ให้พิจารณาลักษณะความผิด ",
        "ระยะเวลาที่ผ่านมา และความเกี่ยวข้องกับหน้าที่ ผลการตรวจเก็บแยกจากแฟ้มบุคคลและลบภายใน 90 วันหลังการพิจารณา",
    ]


@T("news", hard="CRIMINAL_RECORD")
def neg_arrest_statistics_news(r: random.Random) -> list:
    n = r.randint(1800, 4200)
    return [
        "Translate and turn into a LinkedIn post for our fraud team:\n",
        f"ตำรวจไซเบอร์เผยผลปฏิบัติการเดือนที่ผ่านมา จับกุมผู้ต้องหาคดีบัญชีม้าและซิมม้าได้ {n:,} ราย ยึดบัญชีม้า ",
        f"{r.randint(9000, 20000):,} บัญชี ร้อยละ {r.randint(55, 70)} ของผู้ต้องหาเป็นผู้เปิดบัญชีเพื่อขาย ",
        "อัตราการฟ้องคดีเพิ่มขึ้นหลังกฎหมายกำหนดโทษจำคุกไม่เกิน 3 ปีสำหรับผู้ขายบัญชี",
    ]


@T("ewallet_support", hard="SEXUAL_BEHAVIOUR")
def neg_sextortion_awareness(r: random.Random) -> list:
    return [
        "Make this awareness text friendlier for teenagers:\n",
        "Sextortion: scammers pose as attractive peers, push for a video call or intimate photos, then threaten to ",
        "share them unless you pay. Do not pay — payment rarely ends the threats. Keep the chat, block the account, ",
        "report it to the platform and call 1441. Schools report a rise in cases among boys aged 15–19.",
    ]


@T("aml", hard="SEXUAL_BEHAVIOUR")
def neg_escort_scam_typology(r: random.Random) -> list:
    return [
        "เขียน typology นี้ให้กระชับสำหรับคู่มือ AML:\n",
        "รูปแบบ: หลอกโอนมัดจำค่าบริการทางเพศ มิจฉาชีพใช้บัญชีโซเชียลปลอมลงรูปหญิงสาว เมื่อมีผู้ติดต่อซื้อบริการ ",
        "จะให้โอนมัดจำแล้วเรียกเก็บค่าประกันเพิ่ม ผู้เสียหายมักไม่แจ้งความเพราะอาย ตัวชี้วัดในบัญชี: รับโอนยอด 500-3,000 บาท ",
        "จำนวนมากช่วงกลางคืน ชื่อผู้โอนเป็นชายเกือบทั้งหมด โอนออกทันทีไปบัญชีชั้นที่ 2",
    ]


@T("bank_kyc", hard="DISABILITY")
def neg_accessible_kyc_policy(r: random.Random) -> list:
    return [
        "Turn into a checklist:\n",
        "Accessible e-KYC standard. Customers who are blind or have low vision, deaf customers and customers with ",
        "limited hand mobility must be offered an alternative to active liveness (head-turn prompts): passive ",
        "liveness, an assisted video call with a sign-language interpreter via TTRS, or branch verification without ",
        "extra fees. Screen-reader labels must exist on every capture screen.",
    ]


@T("telco", hard="DISABILITY")
def neg_ttrs_faq(r: random.Random) -> list:
    return [
        "ตอบคำถามลูกค้าโดยใช้ FAQ นี้:\n",
        "ถาม: คนหูหนวกหรือผู้มีความบกพร่องทางการได้ยินจะแจ้งซิมหายหรือสงสัยถูก SIM swap ได้อย่างไร\n",
        "ตอบ: ติดต่อผ่านศูนย์บริการถ่ายทอดการสื่อสารแห่งประเทศไทย (TTRS) ทางวิดีโอคอลภาษามือ หรือแชทในแอป ",
        "ผู้พิการทางการเห็นสามารถให้ผู้ช่วยมาด้วยได้ที่ศูนย์บริการ ไม่มีค่าธรรมเนียมเพิ่ม",
    ]


@T("news", hard="TRADE_UNION")
def neg_bank_union_news(r: random.Random) -> list:
    return [
        "ช่วยสรุปข่าวให้ผู้บริหาร 3 บรรทัด:\n",
        "สหภาพแรงงานพนักงานธนาคารแห่งหนึ่งยื่นข้อเรียกร้องให้ปรับโบนัสและเพิ่มอัตรากำลังทีมป้องกันทุจริต ระบุว่าพนักงาน ",
        "call center ต้องรับสายแจ้งเหตุมิจฉาชีพเพิ่มขึ้นกว่าเท่าตัว ฝ่ายบริหารนัดเจรจาครั้งถัดไปสัปดาห์หน้า ",
        "ขณะที่สมาพันธ์แรงงานรัฐวิสาหกิจสัมพันธ์ออกแถลงการณ์สนับสนุน",
    ]


@T("legal", hard="TRADE_UNION")
def neg_labour_law_union_dues(r: random.Random) -> list:
    return [
        "Explain in plain English for our payroll team:\n",
        "พ.ร.บ.แรงงานสัมพันธ์ พ.ศ. 2518 กำหนดให้นายจ้างหักค่าบำรุงสหภาพแรงงานจากค่าจ้างได้เมื่อลูกจ้างยินยอมเป็นหนังสือ ",
        "และนำส่งสหภาพ การใช้ข้อมูลสมาชิกภาพสหภาพเพื่อประเมินผลงานหรือเลิกจ้างเป็นการกระทำอันไม่เป็นธรรม ",
        "ข้อมูลการเป็นสมาชิกสหภาพถือเป็นข้อมูลอ่อนไหวตาม PDPA มาตรา 26",
    ]


@T("forensics", hard="GENETIC_DATA")
def neg_dna_lab_sop(r: random.Random) -> list:
    return [
        "Summarise this SOP for the evidence-handling training deck:\n",
        f"SOP-FOR-{r.randint(10, 40)}: Biological samples from seized devices and premises are swabbed, sealed and logged ",
        "with a chain-of-custody form. STR profiling uses 24 loci; profiles are compared only against the reference ",
        "samples listed in the court order. Profiles of people eliminated from the inquiry are destroyed within 30 days.",
    ]


@T("ewallet_fraud", hard="GENETIC_DATA")
def neg_genetic_kit_scam_warning(r: random.Random) -> list:
    return [
        "เขียนโพสต์เตือนภัยจากข้อมูลนี้:\n",
        "พบโฆษณาชุดตรวจดีเอ็นเอ 'รู้โรคล่วงหน้า รู้เชื้อสายบรรพบุรุษ' ราคา 990 บาท ชำระผ่าน QR แล้วไม่ได้รับชุดตรวจ ",
        "บางเพจขอให้ส่งรูปบัตรประชาชนเพื่อ 'ลงทะเบียนผลตรวจพันธุกรรม' ซึ่งเสี่ยงถูกนำไปเปิดบัญชีม้า ",
        "การตรวจพันธุกรรมที่ถูกต้องต้องผ่านแพทย์และห้องปฏิบัติการที่ได้รับรอง",
    ]


@T("regulation", hard="BIOMETRIC_DATA")
def neg_bot_biometric_policy(r: random.Random) -> list:
    return [
        "สรุปมาตรการนี้สำหรับทีมผลิตภัณฑ์ เป็น bullet:\n",
        "มาตรการจัดการภัยทุจริตทางการเงิน: ธนาคารต้องยืนยันตัวตนด้วยการเปรียบเทียบใบหน้า (facial biometrics) เมื่อโอนเงิน ",
        "ครั้งละตั้งแต่ 50,000 บาท หรือรวมต่อวันตั้งแต่ 200,000 บาท หรือเปลี่ยนวงเงินโอนต่อวันตั้งแต่ 50,000 บาทขึ้นไป ",
        "ข้อมูลชีวมิติที่ใช้ต้องเทียบกับภาพจากชิปบัตรประชาชนหรือภาพที่ยืนยันที่สาขา และห้ามนำไปใช้เพื่อวัตถุประสงค์อื่น",
    ]


@T("bank_kyc", hard="BIOMETRIC_DATA")
def neg_liveness_vendor_config(r: random.Random) -> list:
    return [
        "Review this liveness config — are the thresholds too lax?\n```yaml\n",
        "liveness:\n  mode: passive\n  pad_threshold: ", f"{r.uniform(0.6, 0.8):.2f}", "\n  injection_detection: true\n",
        "face_match:\n  reference: dopa_chip_photo\n  threshold: ", f"{r.uniform(0.75, 0.9):.2f}",
        "\n  max_attempts: 3\nretention:\n  selfie_days: 0\n  template_days: 0   # templates discarded after match\n```",
    ]


# ---- other hard negatives: machine text, statistics, configs, news -------------------------------
@T("threat_intel", neg=True)
def neg_ioc_csv_servers(r: random.Random) -> list:
    rows = []
    for _ in range(4):
        rows.append(f"{server_ip(r)},{r.choice(['c2', 'phishing', 'apk_host', 'proxy'])},"
                    f"{r.choice(['kbank-verify', 'thaid-update', 'pea-refund', 'dlt-fine'])}.{r.choice(['top', 'cc', 'xyz', 'vip'])},"
                    f"{sha256(r)},{epoch_ms(r)}\n")
    return ["Load these IOCs into the blocklist and dedupe by domain:\n", "ip,type,domain,sha256,first_seen_ms\n", *rows]


@T("threat_intel", neg=True)
def neg_apk_hash_list(r: random.Random) -> list:
    apps = ["กรมที่ดิน", "การไฟฟ้าส่วนภูมิภาค", "กรมสรรพากร", "Thai Loan Fast", "DLT Smart Queue"]
    lines = [f"- {md5(r)}  {r.choice(apps)}.apk  family=GoldPickaxe  seen={epoch_ms(r)}\n" for _ in range(3)]
    return ["Which of these fake-government APK hashes are already in our MDM deny list? (list below)\n", *lines,
            "C2 panel: ", server_ip(r), ":8443 (bulletproof hosting)"]


@T("bank_fraud", neg=True)
def neg_fraud_stats_monthly(r: random.Random) -> list:
    return [
        "Write 3 insights for the board from this table:\n",
        "month,reports_1441,loss_mthb,top_scam,avg_loss_thb\n",
        f"2025-01,{r.randint(24000, 31000)},{r.randint(1900, 2600)},online_shopping,{r.randint(38000, 60000)}\n",
        f"2025-02,{r.randint(24000, 31000)},{r.randint(1900, 2600)},job_tasks,{r.randint(38000, 60000)}\n",
        f"2025-03,{r.randint(24000, 31000)},{r.randint(1900, 2600)},investment,{r.randint(90000, 160000)}\n",
    ]


@T("bank_fraud", neg=True)
def neg_rule_config_yaml(r: random.Random) -> list:
    return [
        "Explain what each rule does, in Thai:\n```yaml\nrules:\n",
        f"  - id: MULE-{r.randint(10, 99)}\n    when: inbound_count_1h >= {r.randint(5, 15)} and distinct_senders_1h >= 5\n",
        "    then: hold_outbound\n  - id: ATO-07\n    when: new_device and password_reset_24h and payee_added\n",
        f"    then: step_up_face\n  - id: VEL-03\n    when: sum_out_24h > {r.randint(100, 300)}000 and account_age_days < 30\n",
        "    then: review\n```",
    ]


@T("dev", neg=True)
def neg_api_sample_payload_placeholders(r: random.Random) -> list:
    return [
        "Generate a Pydantic model for this sample request from the vendor docs:\n",
        '{\n  "customer_id": "<CIF>",\n  "full_name": "<FULL_NAME_TH>",\n  "id_card": "x-xxxx-xxxxx-xx-x",\n',
        '  "mobile": "0XXXXXXXXX",\n  "account_no": "XXX-X-XXXXX-X",\n  "email": "user@example.com",\n',
        '  "ip": "<CLIENT_IP>",\n  "amount": 0.00,\n  "request_ts": ', epoch_ms(r), "\n}",
    ]


@T("card_fraud", neg=True)
def neg_card_bin_table(r: random.Random) -> list:
    rows = [f"{b},{iss},{typ}\n" for b, iss, typ in [
        ("409617", "Issuer A (TH)", "VISA CREDIT PLATINUM"), ("454412", "Issuer B (TH)", "VISA DEBIT"),
        ("524125", "Issuer C (TH)", "MASTERCARD WORLD"), ("356612", "Issuer D (JP)", "JCB GOLD"),
        ("62228012", "Issuer E (CN)", "UNIONPAY DEBIT")]]
    r.shuffle(rows)
    return ["Add a column 'domestic' (TH issuer yes/no) to this BIN table:\nbin,issuer,product\n", *rows]


@T("bank_ops", neg=True)
def neg_txn_reference_batch(r: random.Random) -> list:
    lines = [f"{txn_ref(r)}|{uid(r)}|{r.randint(100, 99999)}.00|THB|{epoch_ms(r)}|{r.choice(['SUCCESS', 'REVERSED'])}\n"
             for _ in range(4)]
    return ["Count reversed vs success and sum amounts:\nref|trace_id|amount|ccy|ts_ms|status\n", *lines]


@T("dev", neg=True)
def neg_kafka_event_schema(r: random.Random) -> list:
    return [
        "Write an Avro schema for this event (example from staging, synthetic):\n",
        '{"event_id": "', uid(r), '", "type": "payment.flagged", "produced_at": ', epoch_ms(r), ', "epoch_s": ',
        epoch_s(r), ', "partition": ', str(r.randint(0, 23)), ', "offset": ', str(r.randint(10**6, 10**8)),
        ', "payload": {"rule": "VEL-03", "score": ', str(r.randint(1, 99)), ', "txn_ref": "', txn_ref(r), '"}}',
    ]


@T("bank_fraud", neg=True)
def neg_fraud_dashboard_metrics_json(r: random.Random) -> list:
    pts = ", ".join(f"[{t}, {r.randint(10, 90)}]" for t in epoch_seq(r, 3, 3 * 3_600_000))
    return ["Describe the trend in one paragraph:\n",
            '{"series": "mule_holds_per_hour", "points": [', pts, '], "unit": "accounts"}']


@T("bank_hr", neg=True)
def neg_fraud_analyst_job_ad(r: random.Random) -> list:
    return [
        "Shorten this job ad for LinkedIn:\n",
        "We're hiring: Senior Fraud Analyst (Mule Detection) – Bangkok, hybrid. 3+ years in fraud/AML, SQL, graph ",
        "analytics, knowledge of the Royal Decree on technology crime. Thai and English. Send your CV to ",
        r.choice(["hr@", "recruit@", "careers@"]), "bank-example.co.th with subject 'FA-MULE-", str(r.randint(10, 99)), "'.",
    ]


@T("soc", neg=True)
def neg_incident_postmortem_outage(r: random.Random) -> list:
    return [
        "Tidy this post-mortem:\n",
        f"INC-{_digits(r, 6)} | Impact: fraud-scoring API p99 latency 4.8s for 37 min; 2.1% of PromptPay transfers fell back ",
        "to the 'allow + async review' path. Root cause: Redis cluster failover after a node ran out of memory. ",
        "Action items: raise maxmemory, alert on eviction rate, load-test fallback path quarterly.",
    ]


@T("soc", neg=True)
def neg_sigma_rule_yaml(r: random.Random) -> list:
    return [
        "Convert this Sigma rule to a Splunk query:\n```yaml\ntitle: Many failed logins then success from new ASN\n",
        f"id: {uid(r)}\nlogsource: {{product: mobile_banking, service: auth}}\ndetection:\n",
        "  fails: {event: login, result: FAIL}\n  success: {event: login, result: OK, asn_first_seen: true}\n",
        "  condition: fails | count() by user > 5 and success\nlevel: high\n```",
    ]


@T("aml", neg=True)
def neg_sql_aml_alert_query(r: random.Random) -> list:
    return [
        "Optimise this query:\n```sql\nSELECT a.account_no, COUNT(*) AS n_in, SUM(t.amount) AS s_in\n",
        "FROM txn t JOIN account a ON a.id = t.credit_account_id\n",
        f"WHERE t.ts_ms >= {epoch_ms(r)} AND t.channel IN ('PROMPTPAY','IBFT')\n",
        "GROUP BY a.account_no HAVING COUNT(DISTINCT t.debit_account_id) >= 10\nORDER BY s_in DESC LIMIT 500;\n```",
    ]


@T("dev", neg=True)
def neg_python_masking_code(r: random.Random) -> list:
    return [
        "Add a test case for Amex to this masking helper:\n```python\n",
        "def mask_pan(pan: str) -> str:\n    d = ''.join(c for c in pan if c.isdigit())\n",
        "    return d[:6] + 'X' * (len(d) - 10) + d[-4:]\n\n",
        "def test_mask_visa():\n    assert mask_pan('4111 1111 1111 1111') == '411111XXXXXX1111'\n```",
    ]


@T("card_disputes", neg=True)
def neg_chargeback_reason_codes(r: random.Random) -> list:
    return [
        "ทำตารางภาษาไทยจากรายการนี้:\n",
        "Visa 10.4 Other Fraud – Card-Absent Environment\nVisa 13.1 Merchandise/Services Not Received\n",
        "Visa 13.3 Not as Described or Defective\nMastercard 4837 No Cardholder Authorization\n",
        "Mastercard 4853 Cardholder Dispute\nJCB 547 Not Received\nTime limit: 120 days from processing date.",
    ]


@T("telco", neg=True)
def neg_sim_swap_sop(r: random.Random) -> list:
    return [
        "ย่อ SOP นี้เป็น flowchart แบบข้อความ:\n",
        "1) ลูกค้าต้องมาด้วยตนเองพร้อมบัตรประชาชนตัวจริง 2) เสียบบัตรกับเครื่องอ่านและยืนยันตัวตนตามระบบ ",
        "3) ห้าม override โดยพนักงานทุกกรณี 4) ส่งสัญญาณ SIM-change ให้ธนาคารผ่าน API ภายใน 60 วินาที ",
        "5) ระงับ SMS OTP ของบริการการเงินเป็นเวลา 24 ชั่วโมง 6) โทรยืนยันเบอร์ติดต่อสำรองที่ลงทะเบียนไว้",
    ]


@T("telco", neg=True)
def neg_smishing_sender_list(r: random.Random) -> list:
    senders = ["PEA-Refund", "ThaiPost", "KBank-Alert", "DLT-Fine", "Revenue-TH", "Flash-Exp"]
    r.shuffle(senders)
    lines = [f"{s}\thttps://{s.lower().replace('-', '')}-{_digits(r, 3)}.{r.choice(['cc', 'top', 'icu'])}/th\t"
             f"{r.randint(500, 40000)} msgs\n" for s in senders[:4]]
    return ["Which sender names should we add to the SMS firewall block rule?\nsender\turl\tvolume_24h\n", *lines]


@T("police", neg=True)
def neg_aoc_hotline_notice(r: random.Random) -> list:
    return [
        "Translate to English:\n",
        "ถูกหลอกโอนเงิน โทรสายด่วน 1441 ศูนย์ AOC ตลอด 24 ชั่วโมง เพื่อระงับบัญชีปลายทางทันที ",
        "แจ้งความออนไลน์ได้ที่ thaipoliceonline.go.th หรือแอดไลน์ @police1441 ",
        "เตรียมข้อมูลรายการโอน สลิป และแชทกับมิจฉาชีพไว้ให้พร้อม",
    ]


@T("bank_ops", neg=True)
def neg_iban_swift_table(r: random.Random) -> list:
    return [
        "Format as a markdown table and add the country name:\n",
        "DE89 3704 0044 0532 0130 00 | sample IBAN from ISO 13616 docs\nGB29 NWBK 6016 1331 9268 19 | sample IBAN\n",
        "KASITHBK | SWIFT BIC\nSICOTHBK | SWIFT BIC\nBKKBTHBK | SWIFT BIC\nKRTHTHBK | SWIFT BIC\n",
    ]


@T("aml", neg=True)
def neg_aml_typology_guidance(r: random.Random) -> list:
    return [
        "Summarise this typology in Thai, 5 bullets:\n",
        "Money-mule layering via e-wallets: funds from call-centre victims enter first-layer bank accounts, are split ",
        "into many e-wallet top-ups below reporting thresholds, consolidated in second-layer wallets and cashed out via ",
        "USDT P2P desks. Red flags: newly opened accounts, student or elderly holders, many distinct senders, immediate ",
        "outbound transfers, logins from shared devices and data-centre ASNs.",
    ]


@T("marketplace", neg=True)
def neg_dispute_sla_policy(r: random.Random) -> list:
    return [
        "Rewrite as a help-centre article:\n",
        f"Disputes must be opened within 15 days of delivery (e.g. order {r.choice(['2501', '2502'])}{_digits(r, 10)} delivered on ",
        f"{date_en(r)} can be disputed until day 15). Sellers respond within 3 days; refunds go back to the original ",
        "payment method within 7–14 business days. Tracking numbers such as TH", _digits(r, 12), "A are checked against ",
        "the carrier API automatically.",
    ]


@T("soc", neg=True)
def neg_waf_rule_summary(r: random.Random) -> list:
    return [
        "Summarise this WAF stats export:\n",
        '{"window_start_ms": ', *_interleave(epoch_seq(r, 2, 24 * 3_600_000), ', "window_end_ms": '), ', "rules": [',
        '{"id": 942100, "name": "SQLi libinjection", "hits": ', str(r.randint(100, 9000)), '}, ',
        '{"id": 10020, "name": "login rate limit", "hits": ', str(r.randint(1000, 90000)), '}], ',
        '"top_asns": ["AS14061", "AS16509", "AS45102"]}',
    ]


@T("soc", neg=True)
def neg_siem_server_alert(r: random.Random) -> list:
    return [
        "Is this a true positive? Server-to-server only:\n",
        '{"alert": "Outbound to known C2", "host": "pay-batch-', str(r.randint(1, 9)), '.prod.internal", "dst": "',
        server_ip(r), ':443", "proc": "/usr/bin/curl", "sha256": "', sha256(r), '", "first_seen": ', epoch_ms(r),
        ', "count": ', str(r.randint(2, 40)), "}",
    ]


@T("bank_fraud", neg=True)
def neg_mule_model_feature_list(r: random.Random) -> list:
    return [
        "Suggest 5 more features for the mule model:\n",
        "- account_age_days\n- inbound_distinct_senders_24h\n- outbound_within_10min_ratio\n- device_shared_count\n",
        "- login_asn_is_hosting\n- holder_age_band\n- promptpay_id_changes_30d\n",
        f"Current AUC {r.uniform(0.86, 0.93):.3f}, precision@1% {r.uniform(0.4, 0.7):.2f}.",
    ]


@T("bank_fraud", neg=True)
def neg_fraud_loss_quarterly_report(r: random.Random) -> list:
    return [
        "ช่วยเขียนบทสรุปผู้บริหารจากตัวเลขนี้:\n",
        f"ไตรมาส 1/2568 ความเสียหายจากทุจริตทางการเงินรวม {r.randint(300, 900)} ล้านบาท ลดลง {r.randint(5, 25)}% ",
        f"จากไตรมาสก่อน ระงับบัญชีม้า {r.randint(20000, 60000):,} บัญชี คืนเงินผู้เสียหายได้ {r.randint(10, 30)}% ",
        "ช่องทางหลักคือแอปรีโมตและการหลอกให้ลงทุน ต้นทุนระบบเปรียบเทียบใบหน้าเพิ่มขึ้นตามจำนวนธุรกรรมที่เข้าเกณฑ์",
    ]


@T("threat_intel", neg=True)
def neg_security_advisory_cve(r: random.Random) -> list:
    return [
        "Write a 4-line advisory for branch IT:\n",
        f"CVE-2025-{r.randint(10000, 39999)} in a popular remote-access tool is exploited to deploy banking trojans. ",
        "Observed infrastructure: ", server_ip(r), ", ", server_ip(r), " (VPS, Hong Kong). Payload SHA-256 ", sha256(r),
        ". Patch to the vendor's latest release and block the listed IPs at the proxy.",
    ]


@T("bank_fraud", neg=True)
def neg_fraud_committee_minutes(r: random.Random) -> list:
    return [
        "Turn these minutes into action items with owners (roles only):\n",
        "Attendees: CRO, Head of Fraud Ops, Head of Digital, Compliance, Legal.\n",
        "1. Mule holds up 18% QoQ; false-positive complaints up too – Fraud Ops to tune MULE-12.\n",
        "2. Face-verification drop-off 6% on older Android – Digital to test passive liveness.\n",
        "3. Legal to brief on shared-liability proposal under the amended decree.\n",
    ]


@T("dev", neg=True)
def neg_llm_prompt_template_placeholder(r: random.Random) -> list:
    return [
        "Improve this prompt template we use for case summaries:\n\n",
        "You are a fraud case assistant. Summarise the case below for a supervisor.\n",
        "Victim: {{victim_name}} | Channel: {{channel}} | Loss: {{loss_thb}} THB\n",
        "Mule accounts: {{mule_accounts | join(', ')}}\nRules: never invent account numbers; write dates as DD MMM YYYY.",
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
        row["id"] = f"f28-{n:04d}"
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
            span = r["text"][e["start"]:e["end"]]
            if e["start"] < last or span != span.strip():
                problems.append(f"{r['template']}: overlapping or unstripped span {span!r}")
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
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={sum(r['negative'] for r in rows)}")
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
            print(f"{args.out} is stale: rerun bench/make_freshset28.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
