"""Fourteenth blind held-out set for pdpa-guard: bench/freshset14.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md and the interface of tests/test_freshsets.py only. Emphasis: developers and operations people
at Thai banks, telcos, e-commerce marketplaces, delivery apps and fintechs who paste stack traces, logs,
SQL rows, API payloads, CSV exports, test fixtures, Slack/Jira threads, postmortems, migration scripts,
analytics questions, RAG prompt templates with retrieved customer records and support-queue summaries
into LLM prompts. Mixed Thai/English, roughly 40% English-only. The hard negatives come in the same
shapes (synthetic or placeholder data, schemas, metrics, order/SKU/tracking numbers, UUIDs, hashes,
epoch timestamps, version strings, public company facts).

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file (Faker is imported only to pin the environment).

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, Mr,
Dr ...); ADDRESS is one span from the house number to the postcode (or province); DATE_OF_BIRTH is the
date only; cued numbers (HN, student ID, account ...) are the number only; a plate includes the province
written right after it; s.26 spans are the shortest phrase disclosing the fact about the person (a
biometric template is labelled as the template value itself). Role mailboxes (info@, support@ ...),
masked values (081-xxx-5678), hashes, UUIDs, customer/order/ticket ids and engineers' bot handles are
not labelled. Public figures in news are not labelled. s.26 is labelled only as a fact about a specific
person in the prompt (the writer included), never for a topic, product, policy, statistic or law.

    python bench/make_freshset14.py            # (re)write bench/freshset14.jsonl
    python bench/make_freshset14.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset14.py --stats    # print coverage and the English-only share
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

OUT = Path(__file__).resolve().parent / "freshset14.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset14"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_GIVEN = [
    "ธนกฤต", "ปวริศา", "ชยพล", "กัญญาณัฐ", "วรเมธ", "ศศิธร", "ณัฐพล", "พิชญา", "อิทธิพล", "เบญจวรรณ",
    "จักรพันธ์", "สุภาวดี", "ปิยวัฒน์", "นฤมล", "ธีรวัฒน์", "รุ่งนภา", "กฤตภาส", "ชุติมา", "ภูริณัฐ", "มาลัย",
    "สมพงษ์", "บุษบา", "วัชระ", "ลัดดาวัลย์", "อนันต์", "ทองคำ", "จิตรลดา", "ปกรณ์", "สุนิสา", "เฉลิมชัย",
    "นิภาพร", "ศักดิ์สิทธิ์", "อรอนงค์", "พัชรพล", "ดารุณี", "วิโรจน์", "สายฝน", "ณัฐชนน", "ประภัสสร", "คมสัน",
]
TH_SUR = [
    "ศรีสุวรรณ", "บุญประเสริฐ", "วงศ์ไพศาล", "ทองดี", "แก้วมณี", "จันทร์หอม", "สุขเจริญ", "พรหมมา",
    "อินทร์แก้ว", "ชัยมงคล", "รัตนพันธ์", "เพชรรัตน์", "ศรีวิชัย", "มั่นคง", "ปัญญาวงศ์", "นาคสวัสดิ์",
    "ลิ้มประเสริฐ", "ตั้งตระกูล", "เจริญผล", "สิทธิโชค", "บุญยืน", "กาญจนวงศ์", "หอมจันทร์", "วิเศษสุข",
]
TH_NICK = ["ต้น", "แนน", "เอ็ม", "ฝ้าย", "บอส", "มายด์", "ปอนด์", "แพร", "กอล์ฟ", "น้ำหวาน", "เจ", "ข้าวหอม"]
EN_GIVEN = [
    "Thanakrit", "Pawarisa", "Chayapol", "Kanyanat", "Woramet", "Sasithorn", "Nattapon", "Pichaya",
    "Ittipol", "Benjawan", "Jakkapan", "Supawadee", "Piyawat", "Naruemon", "Teerawat", "Rungnapa",
    "Kittipat", "Chutima", "Phurinat", "Malai", "Sompong", "Busaba", "Watchara", "Anan", "Kornkanok",
]
EN_SUR = [
    "Srisuwan", "Boonprasert", "Wongpaisal", "Thongdee", "Kaewmanee", "Janhom", "Sukcharoen", "Phromma",
    "Inkaew", "Chaimongkol", "Rattanaphan", "Petcharat", "Sriwichai", "Munkong", "Panyawong", "Naksawat",
    "Limprasert", "Tangtrakul", "Charoenphol", "Sittichok", "Boonyuen", "Kanjanawong",
]
EN_NICK = ["Ton", "Nan", "M", "Fai", "Boss", "Mind", "Pond", "Prae", "Golf", "Namwhan", "Jay", "Khaohom"]
FOREIGN = ["Aung Kyaw Min", "Nwe Ni Win", "Sokunthea Chhim", "Bounthanh Keovilay", "Nguyen Thi Lan",
           "Daniel Hartmann", "Priya Raghavan", "Kenji Watanabe", "Chloe Martin", "Ahmad Faizal bin Rahman"]
FOREIGN_TH = ["อ่อง จ่อ มิน", "นเว นี วิน", "ซอ ลวีน", "คำแสง แก้ววิไล", "ทุน ทุน อู"]


def thn(r: random.Random) -> str:
    return f"{r.choice(TH_GIVEN)} {r.choice(TH_SUR)}"


def thg(r: random.Random) -> str:
    return r.choice(TH_GIVEN)


def enn(r: random.Random) -> str:
    return f"{r.choice(EN_GIVEN)} {r.choice(EN_SUR)}"


def eng(r: random.Random) -> str:
    return r.choice(EN_GIVEN)


def fgn(r: random.Random) -> str:
    return r.choice(FOREIGN)


def slug(name: str) -> str:
    parts = name.lower().split()
    return parts[0] + "." + parts[-1][:1] if len(parts) > 1 else parts[0]


# ----------------------------------------------------------------------------------------------
# Fabricated identifiers (all pass their checksums / validators)
# ----------------------------------------------------------------------------------------------
def _pin_body(r: random.Random, first: str | None = None) -> str:
    while True:
        body = (first or str(r.choice([1, 1, 1, 3, 3, 5, 8]))) + "".join(str(r.randint(0, 9)) for _ in range(11))
        full = body + pin.calc_check_digit(body)
        if pin.is_valid(full):
            return full


def nid(r: random.Random, style: str | None = None) -> str:
    d = _pin_body(r)
    style = style or r.choice(["plain", "plain", "dash", "space"])
    if style == "dash":
        return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"
    if style == "space":
        return f"{d[0]} {d[1:5]} {d[5:10]} {d[10:12]} {d[12]}"
    return d


def juristic(r: random.Random, dash: bool = False) -> str:
    while True:
        body = "0" + r.choice(["105", "107", "994", "135"]) + "".join(str(r.randint(0, 9)) for _ in range(8))
        full = body + moa.calc_check_digit(body)
        if moa.is_valid(full):
            return f"{full[0]}-{full[1:5]}-{full[5:10]}-{full[10:12]}-{full[12]}" if dash else full


def epoch_ms(r: random.Random) -> str:
    """A 13-digit epoch-ms value (2023-2028) that happens to pass the Thai-ID checksum."""
    while True:
        v = str(r.randint(1_700_000_000_000, 1_830_000_000_000))
        if pin.is_valid(v):
            return v


def epoch_any(r: random.Random) -> str:
    return str(r.randint(1_735_000_000_000, 1_800_000_000_000))


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


def card(r: random.Random, style: str | None = None) -> str:
    prefix = r.choice(["4", "4", "5" + str(r.randint(1, 5)), "35" + str(r.randint(28, 89))])
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(15 - len(prefix)))
    for c in "0123456789":
        if _luhn_ok(body + c):
            d = body + c
            break
    style = style or r.choice(["plain", "space", "dash"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def _valid_phone(v: str) -> bool:
    if not re.fullmatch(r"\+?[\d ()-]{8,18}", v):
        return False
    candidates = [v]
    digits = re.sub(r"\D", "", v)
    if digits.startswith("66") and not v.startswith("+"):
        candidates.append("+" + digits)
    for c in candidates:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(c, "TH")):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def mobile(r: random.Random, style: str | None = None) -> str:
    while True:
        d = "0" + r.choice(["8", "9", "6"]) + str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
        if d.startswith(("060", "069", "068", "067")):
            continue
        style = style or r.choice(["plain", "dash", "dash", "intl", "space"])
        if style == "plain":
            v = d
        elif style == "dash":
            v = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        elif style == "space":
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        elif style == "msisdn":
            v = "66" + d[1:]
        elif style == "e164":
            v = "+66" + d[1:]
        else:
            v = f"+66 {d[1:3]} {d[3:6]} {d[6:]}"
        if _valid_phone(v):
            return v


def landline(r: random.Random) -> str:
    while True:
        v = f"02-{r.randint(100, 999)}-{r.randint(1000, 9999)}"
        if _valid_phone(v):
            return v


FREE_MAIL = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.co.th", "icloud.com", "hotmail.co.th"]


def email(r: random.Random, en_name: str | None = None, domain: str | None = None) -> str:
    base = en_name or enn(r)
    g, s = base.lower().split()[0], base.lower().split()[-1]
    local = r.choice([f"{g}.{s[:3]}", f"{g}{r.randint(1, 99)}", f"{g}_{s}", f"{s[:4]}.{g}", f"{g[:1]}{s}"])
    local = re.sub(r"[^a-z0-9._]", "", local)
    return f"{local}@{domain or r.choice(FREE_MAIL)}"


def ipv4(r: random.Random) -> str:
    while True:
        a = r.choice([1, 27, 49, 58, 110, 115, 124, 171, 182, 183, 184, 202, 223])
        v = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if ipaddress.ip_address(v).is_global:
            return v


def ipv6(r: random.Random) -> str:
    return "2001:fb1:" + ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(6))


def passport(r: random.Random, thai: bool = True) -> str:
    if thai:
        return r.choice(["AA", "AB", "AC", "AD"]) + "".join(str(r.randint(0, 9)) for _ in range(7))
    return r.choice(["MA", "MC", "P", "N", "C"]) + "".join(str(r.randint(0, 9)) for _ in range(7))


def bank_acct(r: random.Random, style: str | None = None) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(10))
    style = style or r.choice(["dash", "plain"])
    return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}" if style == "dash" else d


BANKS_TH = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรี", "ttb", "ออมสิน"]
BANKS_EN = ["KBANK", "SCB", "BBL", "KTB", "BAY", "TTB", "GSB"]
PLATE_LETTERS = ["กก", "ขษ", "งท", "ฆจ", "ชพ", "ญล", "ฐม", "ธอ", "บฉ", "ผย", "ภร", "วน", "สข", "ฮค"]
PROVINCES = ["กรุงเทพมหานคร", "นนทบุรี", "สมุทรปราการ", "ชลบุรี", "เชียงใหม่", "ขอนแก่น", "นครราชสีมา",
             "ภูเก็ต", "ปทุมธานี", "สงขลา", "อุดรธานี", "ระยอง"]


def plate(r: random.Random, moto: bool = False) -> str:
    if moto:
        return f"{r.randint(1, 9)}{r.choice(PLATE_LETTERS)} {r.randint(100, 999)} {r.choice(PROVINCES)}"
    pre = r.choice(["", str(r.randint(1, 9))])
    return f"{pre}{r.choice(PLATE_LETTERS)} {r.randint(1, 9999)} {r.choice(PROVINCES)}"


ADDR_TH = [
    "ซอยพหลโยธิน 48 แขวงอนุสาวรีย์ เขตบางเขน กรุงเทพมหานคร 10220",
    "ถนนรัชดาภิเษก แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพฯ 10310",
    "หมู่ 5 ต.บางพูด อ.ปากเกร็ด จ.นนทบุรี 11120",
    "ซ.แจ้งวัฒนะ 14 แขวงทุ่งสองห้อง เขตหลักสี่ กทม. 10210",
    "หมู่บ้านพฤกษา 12 ต.คลองสาม อ.คลองหลวง จ.ปทุมธานี 12120",
    "ถ.นิมมานเหมินท์ ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50200",
    "ม.3 ต.ในเมือง อ.เมือง จ.ขอนแก่น 40000",
    "ถนนสุขุมวิท ต.หนองปรือ อ.บางละมุง จ.ชลบุรี 20150",
    "ซอยอ่อนนุช 17 แขวงสวนหลวง เขตสวนหลวง กรุงเทพมหานคร 10250",
    "ถ.เทพกระษัตรี ต.รัษฎา อ.เมืองภูเก็ต จ.ภูเก็ต 83000",
]
ADDR_EN = [
    "Soi Sukhumvit 77, Suan Luang, Bangkok 10250",
    "Moo 7, Bang Kaeo, Bang Phli, Samut Prakan 10540",
    "Ratchadaphisek Rd, Din Daeng, Bangkok 10400",
    "Soi Ramkhamhaeng 53, Phlapphla, Wang Thonglang, Bangkok 10310",
    "Moo 2, Nong Khwai, Hang Dong, Chiang Mai 50230",
    "Chaeng Watthana Rd, Pak Kret, Nonthaburi 11120",
    "Thepprasit Rd, Nong Prue, Bang Lamung, Chon Buri 20150",
]


def house(r: random.Random) -> str:
    return r.choice([f"{r.randint(1, 399)}/{r.randint(1, 150)}", str(r.randint(5, 999)),
                     f"{r.randint(10, 88)}/{r.randint(100, 999)}"])


def addr(r: random.Random, en: bool = False) -> str:
    if en:
        return f"{house(r)} {r.choice(ADDR_EN)}"
    return f"{house(r)} {r.choice(ADDR_TH)}"


TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dob(r: random.Random, style: str | None = None) -> str:
    y, m, d = r.randint(1962, 2005), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["iso", "dmy", "th", "en"])
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "dmy":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "be":
        return f"{d:02d}/{m:02d}/{y + 543}"
    if style == "th":
        return f"{d} {r.choice([TH_MON, TH_MONTHS])[m - 1]} {y + 543}"
    return f"{d} {EN_MON[m - 1]} {y}"


def student_id(r: random.Random) -> str:
    return r.choice([f"6{r.randint(3, 8)}{r.randint(10, 99)}{r.randint(10000, 99999)}",
                     f"6{r.randint(4, 8)}0{r.randint(1000000, 9999999)}",
                     f"B6{r.randint(3, 8)}{r.randint(100000, 999999)}"])


def hn(r: random.Random) -> str:
    return r.choice([f"{r.randint(55, 68)}-{r.randint(10000, 99999)}", f"{r.randint(1000000, 9999999)}",
                     f"{r.randint(100, 999)}{r.randint(10, 99)}/{r.randint(60, 68)}"])


def line_id(r: random.Random, base: str | None = None) -> str:
    b = (base or r.choice(EN_GIVEN)).lower()
    return r.choice([f"{b}.{r.randint(10, 99)}", f"{b}_{r.choice(['bkk', 'cnx', 'th', 'shop'])}", f"{b}{r.randint(1980, 2005)}",
                     f"@{b}"[1:] + "-" + r.choice(["official", "mom", "jj"])])


def hexs(r: random.Random, n: int = 16) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uuid(r: random.Random) -> str:
    h = hexs(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def order_no(r: random.Random, prefix: str = "") -> str:
    return prefix + r.choice([f"{r.randint(24, 26)}{r.randint(1, 12):02d}{r.randint(10, 28)}{hexs(r, 6).upper()}",
                              f"{r.randint(2400000000, 2699999999)}", f"TH{r.randint(10**11, 10**12 - 1)}"])


def tracking(r: random.Random) -> str:
    return r.choice([f"TH{r.randint(10**10, 10**11 - 1)}A", f"KEX{r.randint(10**9, 10**10 - 1)}",
                     f"SPXTH0{r.randint(10**11, 10**12 - 1)}", f"EF{r.randint(10**8, 10**9 - 1)}TH"])


def amt(r: random.Random, lo: int = 50, hi: int = 50000) -> str:
    return f"{r.randint(lo, hi):,}.{r.choice(['00', '50', '25', '99'])}"


def ts(r: random.Random) -> str:
    return f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def bio_vec(r: random.Random, n: int = 8) -> str:
    return "[" + ", ".join(f"{r.uniform(-0.3, 0.3):.4f}" for _ in range(n)) + ", ...]"


def b64(r: random.Random, n: int = 44) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(r.choice(alphabet) for _ in range(n)) + "=="


def pick(r: random.Random, xs: list):
    return r.choice(xs)


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
        return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", span)) and not re.match(
            r"(info|hr|support|noreply|no-reply|admin|cs|recruit|ops|dpo)@", span)
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
        return not re.search(r"\d|^(นาย|นาง|น\.ส\.|คุณ|พี่|น้อง|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Khun) ", span)
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


def ent(etype: str, phrase: str) -> Part:
    """An s.26 part whose leading English article stays outside the span ('a ' + fact)."""
    if phrase.startswith(("a ", "an ")):
        art, rest = phrase.split(" ", 1)
        return [art + " ", (etype, rest)]
    return (etype, phrase)


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


# ----------------------------------------------------------------------------------------------
# s.26 vocabulary (phrases stated of a person; the labelled span is the phrase itself)
# ----------------------------------------------------------------------------------------------
HEALTH_TH = ["เป็นมะเร็งลำไส้ระยะที่ 3", "ป่วยเป็นโรคไตเรื้อรังต้องฟอกไต", "เป็นโรคซึมเศร้า", "ติดเชื้อ HIV",
             "เป็นเบาหวาน", "ผ่าตัดหัวใจบายพาส", "เป็นโรคหลอดเลือดสมอง", "ตั้งครรภ์ 6 เดือน", "เป็นไบโพลาร์"]
HEALTH_EN = ["stage 3 colon cancer", "chronic kidney disease on dialysis", "major depressive disorder",
             "HIV positive", "type 2 diabetes", "post-stroke", "bipolar disorder", "pregnant (24 weeks)",
             "diagnosed with schizophrenia"]
RELIGION_TH = ["นับถือศาสนาอิสลาม", "เป็นมุสลิม", "นับถือศาสนาคริสต์", "เป็นคริสเตียน", "นับถือศาสนาซิกข์"]
RELIGION_EN = ["Muslim", "Christian", "Hindu", "Sikh", "Catholic", "Buddhist"]
RELIGION_WORD = ["อิสลาม", "คริสต์", "พุทธ", "ซิกข์", "ฮินดู"]
ETH_TH = ["ชาวกะเหรี่ยง", "ชาวม้ง", "เชื้อสายมลายู", "ชาวไทใหญ่", "ชาวอาข่า", "ชาวลีซู", "ชาวมอแกน"]
ETH_EN = ["Karen", "Hmong", "Malay-Muslim", "Shan", "Akha", "Rohingya", "Lisu"]
POL_TH = ["เป็นสมาชิกพรรคประชาชน", "ไปร่วมชุมนุมต้านรัฐบาล", "เป็นแกนนำกลุ่มราษฎร", "สนับสนุนพรรคเพื่อไทย",
          "เป็นหัวคะแนนพรรคภูมิใจไทย", "โพสต์ต่อต้านรัฐประหาร"]
POL_EN = ["a People's Party member", "joined the anti-government protest", "a Pheu Thai canvasser",
          "openly supports the opposition", "a pro-democracy activist"]
CRIM_TH = ["เคยต้องโทษจำคุกคดียาเสพติด", "มีประวัติคดีฉ้อโกง", "ถูกจับข้อหาลักทรัพย์", "เคยถูกพิพากษาคดีเมาแล้วขับ",
           "อยู่ระหว่างคุมประพฤติ", "มีหมายจับคดีฉ้อโกงออนไลน์"]
CRIM_EN = ["convicted of fraud in 2021", "prior conviction for drug trafficking", "arrested for theft",
           "on probation for assault", "served 2 years for embezzlement"]
SEX_TH = ["เป็นเกย์", "เป็นเลสเบี้ยน", "เป็นไบเซ็กชวล", "มีคู่นอนหลายคน", "มีความสัมพันธ์กับเพศเดียวกัน"]
SEX_EN = ["gay", "lesbian", "bisexual", "has multiple sexual partners", "in a same-sex relationship"]
DIS_TH = ["พิการทางการเคลื่อนไหว", "ใช้รถเข็น", "หูหนวก", "ตาบอด", "พิการทางการได้ยิน", "บกพร่องทางสติปัญญา",
          "ขาขาดหนึ่งข้าง"]
DIS_EN = ["wheelchair user", "deaf", "blind", "hard of hearing", "visually impaired", "autistic", "amputee"]
UNION_TH = ["เป็นสมาชิกสหภาพแรงงาน", "เป็นกรรมการสหภาพ", "เป็นประธานสหภาพแรงงาน", "สมัครเข้าสหภาพไรเดอร์"]
UNION_EN = ["union member", "union shop steward", "union committee member", "joined the union"]
GEN_TH = ["พาหะธาลัสซีเมีย", "มียีน BRCA1 กลายพันธุ์", "ผลตรวจ HLA-B*15:02 เป็นบวก", "พาหะโรค SMA",
          "ตรวจพบยีน APOE4"]
GEN_EN = ["BRCA2 pathogenic variant", "HLA-B*58:01 positive", "carrier of beta-thalassemia",
          "Lynch syndrome (MLH1 mutation)", "CYP2C19 poor metabolizer"]


# ==============================================================================================
# Banks, insurers and fintechs: positives
# ==============================================================================================
@T("bank")
def bank_java_stacktrace_kyc(r: random.Random) -> list:
    n = enn(r)
    return ["Getting this in prod on the KYC refresh batch, can you tell me what's null?\n\n",
            f"{ts(r)}.{r.randint(100, 999)}+07:00 ERROR [kyc-refresh-{r.randint(1, 9)}] c.b.kyc.RefreshJob - failed for customer ",
            "{cif=", str(r.randint(10**8, 10**9 - 1)), ", name='", P(n), "', idNo='", ("TH_NATIONAL_ID", nid(r, "plain")),
            "', dob=", ("DATE_OF_BIRTH", dob(r, "iso")), ", riskGrade=null}\n",
            "java.lang.NullPointerException: Cannot invoke \"String.trim()\" because \"c.getRiskGrade()\" is null\n",
            "\tat com.bank.kyc.RiskMapper.map(RiskMapper.java:88)\n\tat com.bank.kyc.RefreshJob.process(RefreshJob.java:141)\n",
            "\tat org.springframework.batch.core.step.item.SimpleChunkProcessor.doProcess(SimpleChunkProcessor.java:134)\n"]


@T("bank")
def bank_sql_rows_dormant(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [f"| {r.randint(10**9, 10**10 - 1)} | ", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), " | ", P(thn(r)),
                 " | ", ("PHONE_NUMBER", mobile(r, "plain")), f" | {r.randint(2015, 2021)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} |\n"]
    return ["ช่วยเขียน query ใหม่ให้หน่อย อยากได้เฉพาะบัญชีที่ last_txn เกิน 5 ปี แต่ผลที่ได้ตอนนี้มีบัญชีที่ยัง active ติดมาด้วย\n",
            "SELECT cif, acct_no, full_name_th, mobile, last_txn FROM dep.accounts WHERE last_txn < now() - interval '5 years';\n\n",
            "| cif | acct_no | full_name_th | mobile | last_txn |\n|---|---|---|---|---|\n", rows]


@T("bank")
def bank_rag_debt_relief_prompt(r: random.Random) -> list:
    n = thn(r)
    return ["[SYSTEM] คุณคือผู้ช่วย Contact Center ของธนาคาร ตอบเป็นภาษาไทย สุภาพ ห้ามเปิดเผยข้อมูลภายใน\n",
            "[RETRIEVED CUSTOMER RECORD]\nชื่อ: ", P(n), "\nเลขบัญชีสินเชื่อบ้าน: ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")),
            "\nเบอร์ติดต่อ: ", ("PHONE_NUMBER", mobile(r, "dash")), f"\nยอดค้าง: {amt(r, 200000, 2500000)} บาท ค้าง {r.randint(2, 5)} งวด\n",
            "บันทึกเจ้าหน้าที่: ลูกค้าแจ้งว่า", ent("HEALTH_DATA", pick(r, ["เป็นมะเร็งลำไส้ระยะที่ 3", "ป่วยเป็นโรคไตเรื้อรังต้องฟอกไต", "เป็นโรคหลอดเลือดสมอง"])),
            " รายได้ลดลง ขอพักชำระเงินต้น 6 เดือน\n[USER] ลูกค้าถามว่าเข้าเกณฑ์มาตรการช่วยเหลือไหม ร่างคำตอบให้หน่อย"]


@T("fintech")
def fintech_ekyc_face_payload(r: random.Random) -> list:
    n = enn(r)
    return ["Our eKYC vendor returns 422 for this request. Payload below (copied from Kibana), what field is wrong?\n",
            "{\n  \"request_id\": \"", uuid(r), "\",\n  \"full_name_en\": \"", P(n), "\",\n  \"citizen_id\": \"",
            ("TH_NATIONAL_ID", nid(r, "plain")), "\",\n  \"date_of_birth\": \"", ("DATE_OF_BIRTH", dob(r, "iso")),
            "\",\n  \"laser_code\": \"JT" + str(r.randint(0, 9)) + "-" + str(r.randint(1000000, 9999999)) + "-" + str(r.randint(10, 99)) + "\",\n",
            "  \"selfie\": {\"liveness_score\": 0.", str(r.randint(80, 99)), ", \"face_template\": \"", ("BIOMETRIC_DATA", b64(r, 64)),
            "\"},\n  \"channel\": \"mobile_app\", \"app_version\": \"5.", str(r.randint(10, 40)), ".1\"\n}"]


@T("bank")
def bank_slack_card_in_logs(r: random.Random) -> list:
    a, b, c = enn(r), eng(r), enn(r)
    return ["Summarise this Slack thread for the incident channel, 3 bullets max:\n\n",
            P(a), " 10:41  found raw PANs in payment-gw logs again :scream:\n",
            P(a), " 10:42  `POST /v2/charge 200 pan=", ("CREDIT_CARD", card(r, "plain")), " exp=0", str(r.randint(1, 9)), "/2", str(r.randint(7, 9)),
            " holder=", P(c), "`\n", P(b), " 10:44  that's from the retry path, masking filter isn't applied there. rolling out hotfix 3.8.2\n",
            P(a), " 10:52  ok. I'll open a DPO ticket, we need to purge the index for the last 6h"]


@T("bank")
def bank_support_queue_summary_th(r: random.Random) -> list:
    return ["สรุปคิวเรื่องร้องเรียนวันนี้ให้ทีม Ops แยกตามความเร่งด่วน:\n",
            f"#{r.randint(40000, 49999)} ", P(thn(r)), " โทร ", ("PHONE_NUMBER", mobile(r)),
            " — โดนหักเงินซ้ำ 2 ครั้งตอนจ่ายบิลค่าไฟ\n",
            f"#{r.randint(40000, 49999)} ", P(thn(r)), " — แจ้งว่า", ("DISABILITY", pick(r, ["ใช้รถเข็น", "พิการทางการเคลื่อนไหว"])),
            " เข้าสาขาไม่ได้เพราะไม่มีทางลาด ขอทำธุรกรรมผ่านวิดีโอคอล\n",
            f"#{r.randint(40000, 49999)} ", P(thn(r)), " — ขอเลื่อนชำระบัตรเครดิตเพราะ", ent("HEALTH_DATA", pick(r, ["เป็นเบาหวาน", "ตั้งครรภ์ 6 เดือน", "เป็นโรคซึมเศร้า"])),
            "แล้วต้องนอนโรงพยาบาล\n", f"#{r.randint(40000, 49999)} (ไม่ระบุชื่อ) — สอบถามดอกเบี้ยเงินฝากประจำ 12 เดือน"]


@T("bank")
def bank_islamic_product_ticket(r: random.Random) -> list:
    n = thn(r)
    return ["ช่วยร่างอีเมลตอบลูกค้ารายนี้ เสนอผลิตภัณฑ์ที่เหมาะสม\n---\nTicket CRM-", str(r.randint(100000, 999999)),
            "\nลูกค้า: ", P(n), "\nอีเมล: ", ("EMAIL_ADDRESS", email(r)), "\nข้อความ: ดิฉัน", ent("RELIGION", pick(r, ["เป็นมุสลิม", "นับถือศาสนาอิสลาม"])),
            " ไม่สะดวกใจกับสินเชื่อที่มีดอกเบี้ย อยากได้สินเชื่อบ้านแบบไม่มีริบา มีไหมคะ ตอนนี้อยู่ที่ ",
            ("ADDRESS", addr(r)), "\n---"]


@T("fintech")
def fintech_aml_screening_hit(r: random.Random) -> list:
    n = enn(r)
    return ["Explain to a junior analyst why this screening result was escalated, in plain English.\n```json\n",
            "{\"case_id\": \"AML-", str(r.randint(2026000, 2026999)), "\", \"subject\": {\"name\": \"", P(n), "\", \"passport\": \"",
            ("TH_PASSPORT", passport(r)), "\", \"dob\": \"", ("DATE_OF_BIRTH", dob(r, "iso")), "\"},\n",
            " \"hits\": [{\"list\": \"internal-adverse-media\", \"score\": 0.91, \"note\": \"subject ",
            ("CRIMINAL_RECORD", pick(r, CRIM_EN)), "; matched via passport\"}],\n",
            " \"txn_summary\": {\"inbound_30d\": ", str(r.randint(40, 300)), ", \"total_thb\": ", str(r.randint(900000, 9000000)), "}}\n```"]


@T("bank")
def bank_voiceprint_enrol_log(r: random.Random) -> list:
    n = enn(r)
    return ["Why does enrolment keep failing for this caller? logs from ivr-voicebio:\n",
            f"{ts(r)} INFO  enrol.start msisdn=", ("PHONE_NUMBER", mobile(r, "msisdn")), " customer=\"", P(n), "\" attempt=3\n",
            f"{ts(r)} DEBUG enrol.embedding dim=192 voiceprint=", ("BIOMETRIC_DATA", bio_vec(r, 10)), "\n",
            f"{ts(r)} WARN  enrol.quality snr_db=7.2 < min 12.0 net_speech_sec=4.1 < min 8.0\n",
            f"{ts(r)} ERROR enrol.reject reason=LOW_QUALITY session={uuid(r)}"]


@T("bank")
def bank_migration_script_hardcoded(r: random.Random) -> list:
    n1, n2 = enn(r), enn(r)
    return ["This Alembic data migration blows up on the second row with IntegrityError, why?\n```python\n",
            "def upgrade():\n    conn = op.get_bind()\n    seed = [\n",
            "        {\"cif\": \"", str(r.randint(10**8, 10**9 - 1)), "\", \"name\": \"", P(n1), "\", \"id_no\": \"", ("TH_NATIONAL_ID", nid(r, "plain")),
            "\", \"email\": \"", ("EMAIL_ADDRESS", email(r, n1)), "\"},\n",
            "        {\"cif\": None, \"name\": \"", P(n2), "\", \"id_no\": \"", ("TH_NATIONAL_ID", nid(r, "dash")),
            "\", \"email\": \"", ("EMAIL_ADDRESS", email(r, n2)), "\"},\n    ]\n",
            "    conn.execute(sa.text(\"INSERT INTO customer_profile (cif, name, id_no, email) VALUES (:cif, :name, :id_no, :email)\"), seed)\n```"]


@T("fintech")
def fintech_promptpay_failure(r: random.Random) -> list:
    n = thn(r)
    return ["โอน PromptPay ไม่ผ่าน error ITMX-E0419 แปลว่าอะไร ลูกค้าโทรมาตามหลายรอบแล้ว\n",
            "log:\n", f"{ts(r)} pp-transfer from_acct=", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), " proxy_type=MSISDN proxy=",
            ("PHONE_NUMBER", mobile(r, "e164")), f" amount={amt(r)} resp=E0419\n",
            f"{ts(r)} pp-lookup proxy_type=NATID proxy=", ("TH_NATIONAL_ID", nid(r, "plain")), " name_th=\"", P(n), "\" status=NOT_REGISTERED\n",
            "ลูกค้าบอกว่าผูกพร้อมเพย์กับเลขบัตรแล้วแน่นอน"]


@T("bank")
def bank_csv_card_limit_export(r: random.Random) -> list:
    lines = []
    for _ in range(3):
        n = enn(r)
        lines += [P(n), ",", ("DATE_OF_BIRTH", dob(r, "dmy")), ",", ("CREDIT_CARD", card(r, "plain")), f",{r.randint(3, 40) * 10000},",
                  ("EMAIL_ADDRESS", email(r, n)), "\n"]
    return ["I need a pandas one-liner to flag cards whose limit is above 20x declared monthly income. Sample of the export:\n",
            "name,dob,card_no,credit_limit,email\n", lines, "(income is in a separate file keyed on card_no)"]


@T("bank")
def bank_call_transcript_blind(r: random.Random) -> list:
    n = thn(r)
    return ["ถอดเทปสายนี้แล้วช่วยสรุปว่าลูกค้าต้องการอะไร และเจ้าหน้าที่ทำถูกขั้นตอนไหม\n",
            "Agent: สวัสดีค่ะ ธนาคารยินดีให้บริการ ขอทราบชื่อลูกค้าค่ะ\nลูกค้า: ", P(n), " ครับ\n",
            "Agent: ขอยืนยันวันเกิดค่ะ\nลูกค้า: ", ("DATE_OF_BIRTH", dob(r, "th")), "\n",
            "ลูกค้า: ผม", ("DISABILITY", pick(r, ["ตาบอด", "ตาบอดสนิท"])), " อ่าน OTP บนจอไม่ได้ เลยโอนผิด อยากขอยกเลิกรายการ บัตรเลข ",
            ("CREDIT_CARD", card(r, "space")), "\nAgent: รับทราบค่ะ จะส่งเรื่องให้ทีมตรวจสอบภายใน 7 วันทำการ"]


@T("fintech")
def fintech_underwriting_social_prompt(r: random.Random) -> list:
    n = enn(r)
    return ["Quick question for our credit-model prompt. Our enrichment step pulled this from the applicant's public posts:\n",
            "applicant: ", P(n), "\nline_id: ", ("LINE_ID", line_id(r)), "\nnotes: applicant is ", ent("POLITICAL_OPINION", pick(r, POL_EN)),
            " and posts daily about it.\n",
            "Should the LLM be allowed to use this as a negative risk factor? Rewrite the prompt so it ignores it."]


@T("insurance")
def ins_claim_api_payload(r: random.Random) -> list:
    n = enn(r)
    return ["The claims API rejects this payload with 'diagnosis.text too long'. Shorten the diagnosis text but keep the meaning:\n",
            "{\"policy_no\": \"HL", str(r.randint(10**8, 10**9 - 1)), "\", \"insured\": \"", P(n), "\", \"hn\": \"", ("MEDICAL_RECORD_NUMBER", hn(r)),
            "\", \"admit\": \"2026-0", str(r.randint(1, 9)), "-1", str(r.randint(0, 9)), "\",\n \"diagnosis\": {\"icd10\": \"N18.5\", \"text\": \"patient with ",
            ent("HEALTH_DATA", pick(r, ["chronic kidney disease on dialysis", "stage 5 CKD requiring haemodialysis three times weekly"])),
            ", admitted for AV fistula revision, comorbid hypertension and secondary hyperparathyroidism, uneventful recovery\"}}"]


@T("insurance")
def ins_genetic_underwriting_th(r: random.Random) -> list:
    n = thn(r)
    return ["ทีม underwriting ถามว่าใบคำขอนี้ต้องส่งแพทย์พิจารณาไหม ช่วยสรุปประเด็นความเสี่ยงให้หน่อย\n",
            "ผู้ขอเอาประกัน: ", P(n), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th")), "\nเลขบัตร: ", ("TH_NATIONAL_ID", nid(r, "dash")),
            "\nแถลงสุขภาพข้อ 7: ผลตรวจพันธุกรรมปี 2568 ", ("GENETIC_DATA", pick(r, ["มียีน BRCA1 กลายพันธุ์", "ตรวจพบยีน BRCA2 กลายพันธุ์"])),
            " แม่เคยเป็นมะเร็งเต้านม\nทุนประกัน 3,000,000 บาท"]


@T("bank")
def bank_jira_address_bug(r: random.Random) -> list:
    n = enn(r)
    a = addr(r, en=True)
    return ["Write a clear bug description from this Jira comment dump:\n\n",
            "MOB-", str(r.randint(4000, 9999)), " Address update truncates at 60 chars\n",
            "Reporter: branch-ops-bot\nRepro: customer ", P(n), " (mobile ", ("PHONE_NUMBER", mobile(r, "dash")), ") updated address to\n  '",
            ("ADDRESS", a), "'\n  but core banking stored only the first 60 chars. Statement went back RTS.\n",
            "Env: iOS 5.", str(r.randint(10, 30)), ".0, API gw 2.4.17"]


@T("fintech")
def fintech_collection_sms_th(r: random.Random) -> list:
    n = thn(r)
    return ["ช่วยปรับข้อความทวงหนี้นี้ให้สุภาพขึ้นและไม่ผิด พ.ร.บ.ทวงถามหนี้:\n\"คุณ", P(n),
            f" ยอดค้างชำระ {amt(r, 1000, 30000)} บาท เกินกำหนด {r.randint(15, 90)} วันแล้ว ถ้าไม่จ่ายภายในวันนี้จะไปหาที่บ้าน ",
            ("ADDRESS", addr(r)), " ติดต่อกลับ ", ("PHONE_NUMBER", mobile(r)), " หรือแอดไลน์ ", ("LINE_ID", line_id(r)), "\""]


@T("bank")
def bank_branch_face_match_event(r: random.Random) -> list:
    n = enn(r)
    return ["Is this event schema OK to ship to the data lake? Example event from branch kiosk camera:\n",
            "{\"event\": \"face_match\", \"branch\": \"B0", str(r.randint(100, 999)), "\", \"ts\": ", epoch_any(r), ",\n",
            " \"matched_customer\": {\"name\": \"", P(n), "\", \"cif\": \"", str(r.randint(10**8, 10**9 - 1)), "\"},\n",
            " \"embedding\": ", ("BIOMETRIC_DATA", bio_vec(r, 12)), ", \"similarity\": 0.", str(r.randint(85, 99)), "}"]


@T("bank")
def bank_rm_notes_union(r: random.Random) -> list:
    n = thn(r)
    return ["สรุปบันทึก RM นี้เป็น bullet สำหรับส่งต่อทีมสินเชื่อสวัสดิการ\n",
            "ลูกค้า ", P(n), " พนักงานรัฐวิสาหกิจ ", ("TRADE_UNION", pick(r, ["เป็นกรรมการสหภาพ", "เป็นประธานสหภาพแรงงาน"])),
            "รัฐวิสาหกิจของหน่วยงาน ขอกู้สวัสดิการ 800,000 บาท\nบัญชีรับเงินเดือน ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")),
            "\nที่อยู่ตามทะเบียนบ้าน ", ("ADDRESS", addr(r)), "\nนัดเซ็นสัญญาสัปดาห์หน้า"]


@T("fintech")
def fintech_loan_app_nid_ocr_error(r: random.Random) -> list:
    n = thn(r)
    return ["OCR อ่านบัตรประชาชนผิด ช่วยดูว่า field ไหนพังครับ\n",
            "ocr_raw:\nบัตรประจำตัวประชาชน Thai National ID Card\nเลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r, "space")),
            "\nชื่อตัวและชื่อสกุล ", P(n), "\nเกิดวันที่ ", ("DATE_OF_BIRTH", dob(r, "th")),
            "\nที่อยู่ ", ("ADDRESS", addr(r)), "\nวันออกบัตร 1 ม.ค. 2566  วันบัตรหมดอายุ 0 ม.ค. 2574\n",
            "parsed: {\"expiry\": null, \"error\": \"ValueError: day is out of range for month\"}"]


@T("bank")
def bank_chargeback_email_en(r: random.Random) -> list:
    n = enn(r)
    return ["Draft a reply to this customer and tell me which dispute reason code to use.\n\nFrom: ",
            ("EMAIL_ADDRESS", email(r, n)), "\nSubject: Unknown charge on my card\n\n",
            "Hi, I'm ", P(n), ". There is a charge of USD 1,249.00 from an online store I've never used on my card ",
            ("CREDIT_CARD", card(r, "dash")), ". I was in Chiang Mai that day and my phone ", ("PHONE_NUMBER", mobile(r, "intl")),
            " never got an OTP. Please refund.\nThanks"]


@T("insurance")
def ins_beneficiary_same_sex(r: random.Random) -> list:
    n, p = thn(r), thn(r)
    return ["ระบบ policy admin ยังไม่รองรับผู้รับประโยชน์ที่เป็นคู่ชีวิต ช่วยร่าง requirement สั้นๆ จากเคสนี้\n",
            "ผู้เอาประกัน ", P(n), " แจ้งว่า", ("SEXUAL_BEHAVIOUR", pick(r, ["เป็นเกย์", "มีความสัมพันธ์กับเพศเดียวกัน"])),
            " ต้องการระบุ ", P(p), " ซึ่งเป็นคู่ชีวิตเป็นผู้รับประโยชน์ 100% แต่หน้าจอบังคับเลือกความสัมพันธ์ \"คู่สมรส\" ต้องเป็นเพศตรงข้าม\n",
            "เบอร์ติดต่อกลับ ", ("PHONE_NUMBER", mobile(r))]


@T("insurance")
def ins_travel_claim_passport(r: random.Random) -> list:
    n = enn(r)
    return ["Classify this travel-insurance claim email (medical / baggage / delay) and extract the fields as JSON.\n\n",
            "Dear team, I am ", P(n), ", passport ", ("TH_PASSPORT", passport(r)), ". During my trip to Osaka I was hospitalised for ",
            ent("HEALTH_DATA", pick(r, ["acute appendicitis", "a fractured wrist", "dengue fever"])),
            " and paid JPY 412,000. Please transfer the refund to ", pick(r, BANKS_EN), " account ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")),
            ". My DOB is ", ("DATE_OF_BIRTH", dob(r, "en")), ".\nRegards"]


# ==============================================================================================
# Telcos: positives
# ==============================================================================================
@T("telco")
def telco_sim_reg_error_log(r: random.Random) -> list:
    n, f = enn(r), fgn(r)
    return ["Two registrations failed in the SIM-activation worker last night. What's the common cause?\n",
            f"{ts(r)} ERROR sim-act msisdn=", ("PHONE_NUMBER", mobile(r, "msisdn")), " doc_type=CID doc_no=", ("TH_NATIONAL_ID", nid(r, "plain")),
            " name=\"", P(n), "\" dob=", ("DATE_OF_BIRTH", dob(r, "iso")), " err=NBTC_GW_TIMEOUT after 30000ms\n",
            f"{ts(r)} ERROR sim-act msisdn=", ("PHONE_NUMBER", mobile(r, "msisdn")), " doc_type=PASSPORT doc_no=",
            ("TH_PASSPORT", passport(r, thai=False)), " name=\"", P(f), "\" err=NBTC_GW_TIMEOUT after 30000ms\n",
            "gw health: p99 latency 28.4s, pool=20/20 busy"]


@T("telco")
def telco_bigquery_cdr_question(r: random.Random) -> list:
    return ["Why does this BigQuery return duplicate sessions? Sample output:\n",
            "SELECT msisdn, framed_ip, start_ts, bytes_dl FROM `net.radius_acct` WHERE dt='2026-10-02' AND msisdn IN (...)\n\n",
            "msisdn        | framed_ip      | start_ts   | bytes_dl\n",
            ("PHONE_NUMBER", mobile(r, "msisdn")), " | ", ("IP_ADDRESS", ipv4(r)), f" | {epoch_any(r)} | {r.randint(10**6, 10**9)}\n",
            ("PHONE_NUMBER", mobile(r, "msisdn")), " | ", ("IP_ADDRESS", ipv4(r)), f" | {epoch_any(r)} | {r.randint(10**6, 10**9)}\n",
            "(each row appears twice with the same start_ts)"]


@T("telco")
def telco_dipchip_reader_json(r: random.Random) -> list:
    n = thn(r)
    return ["เครื่องอ่านบัตร smart card ส่ง JSON นี้มา แต่ฟอร์มลงทะเบียนซิมแสดงที่อยู่ไม่ครบ ช่วยดู mapping ให้หน่อย\n",
            "{\"cid\": \"", ("TH_NATIONAL_ID", nid(r, "plain")), "\", \"th_name\": \"", P(n), "\", \"birth\": \"",
            ("DATE_OF_BIRTH", dob(r, "be")), "\", \"gender\": \"", str(r.randint(1, 2)), "\",\n \"address\": \"", ("ADDRESS", addr(r)),
            "\", \"issuer\": \"ท้องถิ่นเขต\", \"photo_jpg_b64\": \"/9j/4AAQ...<trimmed>\"}\n",
            "ฝั่ง frontend ใช้ address.split('#') อยู่"]


@T("telco")
def telco_complaint_queue_deaf(r: random.Random) -> list:
    return ["สรุปคิว complaint ของ call center วันนี้ และบอกว่าเรื่องไหนควรเปลี่ยนช่องทางติดต่อ\n",
            "1) ", P(thn(r)), " ", ("PHONE_NUMBER", mobile(r, "dash")), " ลูกค้า", ("DISABILITY", pick(r, ["หูหนวก", "พิการทางการได้ยิน"])),
            " โทรคุยไม่ได้ ขอให้ติดต่อทาง SMS หรือแชทเท่านั้น แต่โดนโทรตามซ้ำ 4 ครั้ง\n",
            "2) ", P(thn(r)), " ", ("PHONE_NUMBER", mobile(r, "dash")), " เน็ตบ้านหลุดทุกคืน 3 ทุ่ม\n",
            "3) ลูกค้าไม่ระบุชื่อ ถามโปรเติมเงินรายสัปดาห์"]


@T("telco")
def telco_simswap_slack(r: random.Random) -> list:
    v, s, a = enn(r), enn(r), eng(r)
    return ["Turn this thread into a short incident timeline.\n\n",
            P(a), ": victim ", P(v), " reports SIM swap on ", ("PHONE_NUMBER", mobile(r, "intl")), ", bank drained overnight\n",
            P(a), ": swap done at a dealer shop with a fake ID card, doc no ", ("TH_NATIONAL_ID", nid(r, "dash")), " (belongs to the victim)\n",
            P(a), ": dealer staff ", P(s), " is ", ("CRIMINAL_RECORD", pick(r, ["previously convicted of fraud", "on probation for assault", "arrested for theft"])),
            ", HR missed it during onboarding\n", "sec-bot: case SEC-", str(r.randint(1000, 9999)), " opened"]


@T("telco")
def telco_fttx_install_ticket(r: random.Random) -> list:
    n = thn(r)
    return ["ช่วยเขียนข้อความแจ้งช่างให้เข้าใจง่ายจากตั๋วนี้\n",
            "FTTX-", str(r.randint(10**6, 10**7 - 1)), " | ติดตั้งใหม่ 1000/500 Mbps\nลูกค้า: ", P(n), "\nโทร: ", ("PHONE_NUMBER", mobile(r)),
            "\nไลน์: ", ("LINE_ID", line_id(r)), "\nที่ติดตั้ง: ", ("ADDRESS", addr(r)),
            "\nหมายเหตุ: บ้านหลังสีเขียว มีหมาดุ โทรก่อนเข้า ช่วงเช้าไม่สะดวก"]


@T("telco")
def telco_roaming_dispute_en(r: random.Random) -> list:
    n = enn(r)
    return ["Summarise and suggest a goodwill credit.\n\nCustomer ", P(n), " (account email ", ("EMAIL_ADDRESS", email(r, n)),
            ") was billed THB 18,400 for roaming in Japan although the 15-day pass was active. Passport ", ("TH_PASSPORT", passport(r)),
            " entry stamp shows arrival on 3 Oct; the pass started 4 Oct 00:00 GMT+7. Card on file ", ("CREDIT_CARD", card(r, "space")),
            " was auto-charged."]


@T("telco")
def telco_stateless_sim_reg(r: random.Random) -> list:
    n = pick(r, FOREIGN_TH)
    d = _pin_body(r, first=pick(r, ["6", "7"]))
    return ["ลูกค้าถือบัตรประจำตัวบุคคลที่ไม่มีสัญชาติไทย ระบบลงทะเบียนซิม reject เพราะเลขขึ้นต้นด้วย ", d[0],
            " ช่วยเขียน validation ใหม่\nลูกค้า: ", P(n), " ", ("ETHNICITY", pick(r, ["ชาวไทใหญ่", "ชาวกะเหรี่ยง", "ชาวอาข่า"])),
            " เลขประจำตัว ", ("TH_NATIONAL_ID", d), " เบอร์ที่ขอเปิด ", ("PHONE_NUMBER", mobile(r)),
            "\nregex ปัจจุบัน: ^[1-5]\\d{12}$"]


@T("telco")
def telco_layoff_union_analysis(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return ["HR ขอให้ตรวจรายชื่อเลิกจ้างรอบนี้ว่ามีความเสี่ยงข้อกฎหมายไหม ช่วยวิเคราะห์ให้หน่อย\n",
            "emp_id,ชื่อ,แผนก,หมายเหตุ\n", f"E{r.randint(10000, 99999)},", P(a), ",Network Ops,", ("TRADE_UNION", "เป็นกรรมการสหภาพ"),
            "\n", f"E{r.randint(10000, 99999)},", P(b), ",Retail,", ("TRADE_UNION", "เป็นสมาชิกสหภาพแรงงาน"), "\n",
            f"E{r.randint(10000, 99999)},", P(thn(r)), ",Finance,-\n"]


@T("telco")
def telco_radius_auth_fail(r: random.Random) -> list:
    return ["freeradius keeps rejecting these two subscribers, what does the log say?\n",
            "(1) Login incorrect (pap: Cleartext password does not match): [", ("PHONE_NUMBER", mobile(r, "msisdn")),
            "@fbb] (from client bras-bkk-07 port 3182 cli ", ("IP_ADDRESS", ipv4(r)), ")\n",
            "(2) Login incorrect (No Auth-Type found): [", ("PHONE_NUMBER", mobile(r, "msisdn")), "@fbb] (from client bras-cnx-02 port 771 cli ",
            ("IP_ADDRESS", ipv6(r)), ")\n", "server: freeradius 3.2.3, rlm_sql backend"]


@T("telco")
def telco_store_appointment_sms(r: random.Random) -> list:
    return ["Fix the Thai grammar in this SMS template and tell me if the variables are filled correctly:\n",
            "ยืนยันนัดหมาย คุณ", P(thn(r)), " วันที่ 14/11 เวลา 13:30 ที่ช็อปเซ็นทรัลลาดพร้าว สำหรับย้ายค่ายเบอร์ ",
            ("PHONE_NUMBER", mobile(r, "dash")), " กรุณานำบัตรประชาชนเลขที่ ", ("TH_NATIONAL_ID", nid(r, "dash")), " มาด้วย"]


# ==============================================================================================
# E-commerce marketplaces: positives
# ==============================================================================================
@T("ecommerce")
def ecom_order_export_csv(r: random.Random) -> list:
    lines = []
    for _ in range(2):
        lines += [order_no(r), ",", P(enn(r)), ",", ("PHONE_NUMBER", mobile(r, "plain")), ",\"", ("ADDRESS", addr(r, en=True)), "\",",
                  tracking(r), f",{amt(r, 99, 4000)}\n"]
    return ["Our 3PL says the file has broken quoting. Can you see what's wrong?\n",
            "order_sn,recipient,phone,ship_address,tracking_no,total\n", lines]


@T("ecommerce")
def ecom_seller_kyc_juristic(r: random.Random) -> list:
    n = thn(r)
    return ["ผู้ขายสมัครร้าน Mall แต่ระบบตรวจเลขนิติบุคคลไม่ผ่าน ช่วยดู payload\n",
            "{\"shop_id\": ", str(r.randint(10**8, 10**9)), ", \"company_name\": \"บริษัท ", pick(r, ["สยามบิวตี้ซัพพลาย", "ไทยเฮิร์บเฮ้าส์", "บ้านสวนออร์แกนิค"]),
            " จำกัด\", \"juristic_id\": \"", ("TH_JURISTIC_ID", juristic(r)), "\",\n \"director\": {\"name\": \"", P(n), "\", \"cid\": \"",
            ("TH_NATIONAL_ID", nid(r, "plain")), "\"},\n \"payout\": {\"bank\": \"", pick(r, BANKS_EN), "\", \"account_no\": \"",
            ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), "\"}, \"error\": \"DBD_LOOKUP_MISMATCH\"}"]


@T("ecommerce")
def ecom_review_moderation_deaf(r: random.Random) -> list:
    return ["Moderate these reviews (keep / hide) and give one-line reasons.\n",
            "- by ", P(enn(r)), ": 5★ As someone who is ", ("DISABILITY", pick(r, ["deaf", "hard of hearing"])),
            ", the vibration alarm on this watch is a lifesaver.\n",
            "- by ", P(enn(r)), ": 1★ seller sent wrong colour, call me at ", ("PHONE_NUMBER", mobile(r, "dash")), " to fix\n",
            "- by user_", hexs(r, 6), ": 4★ ok for the price"]


@T("ecommerce")
def ecom_rag_chatbot_order_status(r: random.Random) -> list:
    n = thn(r)
    return ["คุณคือแชทบอทของร้านค้า ตอบจากข้อมูลที่ให้เท่านั้น\n### ข้อมูลลูกค้า (retrieved)\n",
            "ชื่อ: ", P(n), "\nอีเมล: ", ("EMAIL_ADDRESS", email(r)), "\nเบอร์: ", ("PHONE_NUMBER", mobile(r)),
            "\nที่อยู่จัดส่ง: ", ("ADDRESS", addr(r)), "\nคำสั่งซื้อล่าสุด: ", order_no(r), " สถานะ: อยู่ระหว่างจัดส่ง (", tracking(r), ")\n",
            "### คำถาม\nของจะถึงเมื่อไหร่คะ สั่งมา 5 วันแล้ว"]


@T("ecommerce")
def ecom_refund_traceback(r: random.Random) -> list:
    n = enn(r)
    return ["Refund worker crashes, traceback:\n```\nTraceback (most recent call last):\n",
            "  File \"/app/refund/worker.py\", line 212, in handle\n    gw.refund(order)\n",
            "  File \"/app/refund/gateway.py\", line 77, in refund\n    raise RefundError(f\"card declined: {payload}\")\n",
            "refund.gateway.RefundError: card declined: {'order_sn': '", order_no(r), "', 'card_number': '", ("CREDIT_CARD", card(r, "plain")),
            "', 'holder': '", P(n), "', 'email': '", ("EMAIL_ADDRESS", email(r, n)), "', 'amount': ", str(r.randint(100, 9000)), "}\n```\n",
            "Also, should we even be putting the payload in the exception message?"]


@T("ecommerce")
def ecom_halal_delivery_note_en(r: random.Random) -> list:
    n = enn(r)
    return ["Classify the special instruction into one of [packaging, dietary, access, other] and explain.\n",
            "order: ", order_no(r), "\ncustomer: ", P(n), "\naddress: ", ("ADDRESS", addr(r, en=True)),
            "\ninstruction: \"I'm ", pick(r, ["", "a practising "]), ("RELIGION", "Muslim"),
            ", please do not pack my halal meat together with the pork items from the same order.\""]


@T("ecommerce")
def ecom_fraud_ring_slack(r: random.Random) -> list:
    a, s = eng(r), thn(r)
    return ["Summarise for the weekly Trust & Safety report (no more than 80 words).\n",
            P(a), ": found 14 shops sharing one payout account ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), "\n",
            P(a), ": KYC owner is ", P(s), ", cid ", ("TH_NATIONAL_ID", nid(r, "plain")), "; news says she was ",
            ("CRIMINAL_RECORD", pick(r, ["arrested for selling counterfeit cosmetics", "convicted of fraud in 2021"])), "\n",
            "tns-bot: all 14 shops suspended, payout hold applied"]


@T("ecommerce")
def ecom_online_pharmacy_rx(r: random.Random) -> list:
    n = thn(r)
    return ["ร้านยาออนไลน์: ช่วยตรวจว่าใบสั่งซื้อนี้ต้องให้เภสัชกรโทรยืนยันไหม\n",
            "ผู้สั่ง: ", P(n), " ", ("PHONE_NUMBER", mobile(r)), "\nรายการ: TLD 1x30 เม็ด, วิตามินบีรวม\n",
            "หมายเหตุลูกค้า: ผม", ent("HEALTH_DATA", pick(r, ["ติดเชื้อ HIV", "ติดเชื้อเอชไอวี"])), " ทานยาต่อเนื่องจาก รพ. แต่ยาหมดก่อนนัด\n",
            "จัดส่ง: ", ("ADDRESS", addr(r)), " (ขอกล่องทึบ ไม่ระบุชื่อร้าน)"]


@T("ecommerce")
def ecom_prep_order_en(r: random.Random) -> list:
    n = enn(r)
    return ["Our telepharmacy intake bot produced this summary. Is it OK to store it in the order notes table?\n",
            "Patient: ", P(n), " | DOB ", ("DATE_OF_BIRTH", dob(r, "en")), " | ", ("EMAIL_ADDRESS", email(r, n)),
            "\nRequest: PrEP (TDF/FTC) 30 tabs\nIntake: says he ", ("SEXUAL_BEHAVIOUR", pick(r, ["has multiple sexual partners", "has sex with men"])),
            " and last HIV test was negative (3 weeks ago)."]


@T("ecommerce")
def ecom_dna_kit_webhook(r: random.Random) -> list:
    n = enn(r)
    return ["We sell a DNA kit on the marketplace; the lab partner's webhook hit our endpoint. Should this go into our CRM? Body:\n",
            "{\"kit_id\": \"DX-", hexs(r, 8).upper(), "\", \"customer_email\": \"", ("EMAIL_ADDRESS", email(r, n)), "\", \"customer_name\": \"", P(n),
            "\", \"report\": {\"pgx\": \"", ("GENETIC_DATA", pick(r, ["CYP2C19 poor metabolizer", "HLA-B*58:01 positive", "SLCO1B1 *5/*5"])),
            "\", \"ancestry_top\": \"Southeast Asian 78%\"}}"]


@T("ecommerce")
def ecom_payout_update_sql(r: random.Random) -> list:
    return ["Review this hotfix before I run it on prod please:\n```sql\nBEGIN;\n",
            "UPDATE seller_payout SET account_no = '", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), "', account_name = '", P(enn(r)),
            "' WHERE shop_id = ", str(r.randint(10**6, 10**7)), ";\n",
            "UPDATE seller_payout SET account_no = '", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), "', account_name = '", P(enn(r)),
            "' WHERE shop_id = ", str(r.randint(10**6, 10**7)), ";\n-- forgot WHERE on staging last time lol\nCOMMIT;\n```"]


@T("ecommerce")
def ecom_livestream_political_ban(r: random.Random) -> list:
    n = thn(r)
    return ["ช่วยเขียนเหตุผลการแบนไลฟ์ให้ผู้ขายอ่านแล้วเข้าใจ อ้างนโยบายข้อ 4.2 (เนื้อหาการเมือง)\n",
            "ร้าน: ", pick(r, ["ป้าแดงผ้าไหม", "บ้านขนมหวาน", "เสื้อผ้ามือสองBKK"]), " เจ้าของ ", P(n), " ไลน์ ", ("LINE_ID", line_id(r)),
            "\nรายงาน: ระหว่างไลฟ์ขายของ ผู้ขายประกาศว่าตัวเอง", ent("POLITICAL_OPINION", pick(r, POL_TH)),
            " และชวนคนดูไปลงชื่อ ใช้เวลาพูด 20 นาที"]


@T("ecommerce")
def ecom_pytest_fixture_prod_copy(r: random.Random) -> list:
    n = enn(r)
    return ["Someone committed this fixture, I think it's copied from prod. Rewrite it with obviously fake data:\n```python\n",
            "@pytest.fixture\ndef buyer():\n    return Buyer(\n        name=\"", P(n), "\",\n        email=\"", ("EMAIL_ADDRESS", email(r, n)),
            "\",\n        phone=\"", ("PHONE_NUMBER", mobile(r, "e164")), "\",\n        birthday=date.fromisoformat(\"", ("DATE_OF_BIRTH", dob(r, "iso")),
            "\"),\n        address=\"", ("ADDRESS", addr(r, en=True)), "\",\n    )\n```"]


@T("ecommerce")
def ecom_affiliate_tax_form(r: random.Random) -> list:
    n = thn(r)
    return ["ทำ ภ.ง.ด.3 ของนักรีวิว affiliate เดือนนี้ ช่วยเช็ค field ที่ขาด\n",
            "ผู้มีเงินได้: ", P(n), " | เลขผู้เสียภาษี: ", ("TH_NATIONAL_ID", nid(r, "dash")), " | ที่อยู่: ", ("ADDRESS", addr(r)),
            f"\nค่าคอมมิชชั่น: {amt(r, 5000, 90000)} | หัก ณ ที่จ่าย 3% | บัญชีรับเงิน: ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash"))]


@T("ecommerce")
def ecom_cs_chat_export_mixed(r: random.Random) -> list:
    n = thn(r)
    return ["Summarise this chat in English for the escalation queue:\n",
            "[14:02] buyer: สวัสดีค่ะ พัสดุยังไม่ถึงเลย ชื่อ ", P(n), " ค่ะ\n[14:03] agent: รบกวนขอเบอร์ที่ใช้สั่งค่ะ\n",
            "[14:03] buyer: ", ("PHONE_NUMBER", mobile(r)), "\n[14:05] buyer: ที่อยู่ ", ("ADDRESS", addr(r)),
            " คนส่งบอกหาบ้านไม่เจอ\n[14:06] agent: ขอโทษค่ะ จะประสานขนส่งให้นะคะ tracking ", tracking(r)]


# ==============================================================================================
# Delivery and ride-hailing apps: positives
# ==============================================================================================
@T("delivery")
def rider_bgcheck_api_response(r: random.Random) -> list:
    n = thn(r)
    return ["ผลตรวจประวัติไรเดอร์จาก vendor ออกมาแบบนี้ ระบบควร auto-reject ไหม หรือส่งให้คนรีวิว ช่วยเขียน rule ให้หน่อย\n",
            "{\"applicant\": \"", P(n), "\", \"cid\": \"", ("TH_NATIONAL_ID", nid(r, "plain")), "\", \"vehicle_plate\": \"",
            ("TH_VEHICLE_PLATE", plate(r, moto=True)), "\",\n \"result\": \"HIT\", \"detail\": \"",
            ("CRIMINAL_RECORD", pick(r, ["เคยต้องโทษจำคุกคดียาเสพติด", "เคยถูกพิพากษาคดีเมาแล้วขับ", "มีประวัติคดีฉ้อโกง"])),
            " (พ้นโทษ 2564)\", \"checked_at\": \"", ts(r), "\"}"]


@T("delivery")
def rider_accident_postmortem_en(r: random.Random) -> list:
    n = enn(r)
    return ["Tighten the wording of this postmortem section, keep facts unchanged.\n\n## Impact\n",
            "Rider ", P(n), " (plate ", ("TH_VEHICLE_PLATE", plate(r, moto=True)), ", phone ", ("PHONE_NUMBER", mobile(r, "dash")),
            ") was hit by a car on Rama IV while the app was rerouting him through a closed lane. He suffered ",
            ent("HEALTH_DATA", pick(r, ["a fractured left femur", "a concussion and two broken ribs", "a dislocated shoulder"])),
            " and is on 6 weeks' leave. Routing config `avoid_closures=false` was deployed in v7.3.0 by mistake.\n"]


@T("delivery")
def rider_union_slack_en(r: random.Random) -> list:
    a, b, o = enn(r), enn(r), eng(r)
    return ["Summarise this #rider-ops thread for leadership, neutral tone.\n",
            P(o), ": heads-up, ~300 riders plan to log off Friday 11:00-14:00 over the fare cut\n",
            P(o), ": organisers are ", P(a), " (LINE ", ("LINE_ID", line_id(r)), ") and ", P(b), ", both ",
            ("TRADE_UNION", pick(r, ["union committee members", "union shop stewards"])), " in the new riders' union\n",
            P(o), ": legal says don't touch their accounts. just plan surge incentives"]


@T("delivery")
def delivery_dropoff_log(r: random.Random) -> list:
    return ["Why is ETA always 0 for this order? Logs from dispatch-svc:\n",
            f"{ts(r)} INFO  order={order_no(r)} rider_id=R{r.randint(100000, 999999)} state=PICKED_UP\n",
            f"{ts(r)} DEBUG geocode input=\"", ("ADDRESS", addr(r)), "\" result=(0.0,0.0) provider=fallback\n",
            f"{ts(r)} DEBUG notify customer msisdn=", ("PHONE_NUMBER", mobile(r, "e164")), " client_ip=", ("IP_ADDRESS", ipv4(r)),
            " template=eta_update eta_min=0\n"]


@T("delivery")
def food_order_note_blind_th(r: random.Random) -> list:
    return ["แปลโน้ตจากลูกค้าเป็นภาษาอังกฤษสำหรับไรเดอร์ต่างชาติ:\n\"ลูกค้า", ("DISABILITY", pick(r, ["ตาบอด", "ใช้รถเข็น", "บกพร่องทางการมองเห็น"])),
            " รบกวนโทรก่อนถึง ", ("PHONE_NUMBER", mobile(r)), " แล้วนำของมาส่งที่หน้าประตูห้อง อย่าฝากนิติ ที่อยู่ ", ("ADDRESS", addr(r)), "\""]


@T("delivery")
def rider_face_verify_api(r: random.Random) -> list:
    n = enn(r)
    return ["The selfie re-verification endpoint returns 200 but the rider stays blocked. Request/response:\n",
            "POST /v1/riders/verify-face\n{\"rider_name\": \"", P(n), "\", \"plate\": \"", ("TH_VEHICLE_PLATE", plate(r, moto=True)),
            "\", \"face_vector\": ", ("BIOMETRIC_DATA", bio_vec(r, 10)), "}\n",
            "200 {\"match\": true, \"score\": 0.93, \"unblock\": \"queued\", \"queue\": \"rider-status-v2\"}\n",
            "consumer for rider-status-v2 is at lag 48k"]


@T("delivery")
def food_order_halal_th(r: random.Random) -> list:
    return ["จัดหมวดหมู่ข้อความนี้และร่างคำตอบให้แอดมินร้าน:\n",
            "ลูกค้า ", P(thn(r)), ": สั่งข้าวมันไก่ไป 3 กล่อง ดิฉัน", ent("RELIGION", pick(r, ["เป็นมุสลิม", "นับถือศาสนาอิสลาม"])),
            " ถามแล้วร้านบอกฮาลาลแต่ได้กลิ่นหมูในน้ำจิ้ม ขอเงินคืนเข้าพร้อมเพย์ ", ("PHONE_NUMBER", mobile(r, "dash"))]


@T("delivery")
def parcel_cod_dispute_th(r: random.Random) -> list:
    n = thn(r)
    return ["สรุปเคส COD ไม่ได้รับเงินนี้ให้ทีมการเงิน\nผู้ส่ง: ", P(n), " (", ("PHONE_NUMBER", mobile(r)), ")\n",
            "เลขพัสดุ: ", tracking(r), f"  ยอด COD {amt(r, 300, 6000)} บาท  สถานะ: นำจ่ายสำเร็จ 3 ต.ค.\n",
            "บัญชีรับเงิน COD: ", pick(r, BANKS_TH), " ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")),
            "\nผู้รับปลายทาง: ", P(thn(r)), " ", ("ADDRESS", addr(r)), "\nเงินยังไม่เข้าเกิน 7 วัน"]


@T("delivery")
def rider_migrant_roster_en(r: random.Random) -> list:
    a, b = fgn(r), fgn(r)
    return ["Convert this roster to JSON for the work-permit renewal script.\n",
            "name | passport | ethnicity | hub\n", P(a), " | ", ("TH_PASSPORT", passport(r, thai=False)), " | ", ("ETHNICITY", pick(r, ["Shan", "Karen", "Mon"])),
            " | Bang Na\n", P(b), " | ", ("TH_PASSPORT", passport(r, thai=False)), " | ", ("ETHNICITY", pick(r, ["Rohingya", "Kachin", "Bamar"])),
            " | Lat Krabang"]


@T("delivery")
def ride_hailing_complaint_th(r: random.Random) -> list:
    return ["ช่วยจัดระดับความรุนแรงของเรื่องร้องเรียนนี้ (1-5)\n",
            "ผู้โดยสาร ", P(thn(r)), " เบอร์ ", ("PHONE_NUMBER", mobile(r, "dash")), " แจ้งว่าคนขับ ", P(thn(r)), " ทะเบียน ",
            ("TH_VEHICLE_PLATE", plate(r)), " ขับเร็วมาก ฝ่าไฟแดง 2 ครั้ง และไม่ยอมจอดตามหมุด เที่ยววันที่ 12 ต.ค. trip ", uuid(r)]


@T("logistics")
def warehouse_fingerprint_timeclock(r: random.Random) -> list:
    n = enn(r)
    return ["Our ZKTeco sync job is pushing this into Postgres, is it safe to keep the template column?\n",
            "INSERT INTO att_users (emp_code, name, finger_idx, template) VALUES ('W", str(r.randint(1000, 9999)), "', '", P(n),
            "', 6, '", ("BIOMETRIC_DATA", b64(r, 80)), "');\n-- 1,240 rows, hub: Wang Noi DC"]


@T("delivery")
def dispatch_bias_postmortem_en(r: random.Random) -> list:
    n = enn(r)
    return ["Help me phrase the root-cause section of this postmortem more carefully.\n\n",
            "A support agent manually deprioritised rider ", P(n), " in the dispatch console after a customer complained that the rider was ",
            ("ETHNICITY", pick(r, ["Hmong", "Akha", "Karen"])), ". The override (reason code `CUST_PREF`) stayed active for 19 days and the rider lost ",
            "an estimated 4,100 THB in earnings. Fix: CUST_PREF overrides now expire after 24h and require a team lead."]


# ==============================================================================================
# HR and people-ops inside these companies: positives
# ==============================================================================================
@T("hr")
def hr_sick_leave_jira(r: random.Random) -> list:
    n = thn(r)
    return ["ช่วยเขียน comment ใน Jira ให้ทางการขึ้น\nHRS-", str(r.randint(100, 999)), " ลาป่วยยาว\n",
            "พนักงาน ", P(n), " ทีม Core Banking แจ้งว่า", ent("HEALTH_DATA", pick(r, ["เป็นไบโพลาร์", "เป็นโรคซึมเศร้า", "ผ่าตัดหัวใจบายพาส"])),
            " หมอให้พัก 30 วัน ส่งใบรับรองแพทย์แล้ว รบกวน payroll ปรับวันลา, manager อนุมัติแล้ว"]


@T("hr")
def hr_union_dues_csv_en(r: random.Random) -> list:
    lines = []
    for _ in range(2):
        lines += [f"E{r.randint(10000, 99999)},", P(enn(r)), ",", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), ",", ("TRADE_UNION", "union member"), ",150\n"]
    return ["Payroll deduction file failed validation on the 'status' column. What values does it expect?\n",
            "emp_id,name,salary_account,status,monthly_dues_thb\n", lines, "validator: status must be one of [MEMBER, NONMEMBER]"]


@T("hr")
def hr_hajj_leave_th(r: random.Random) -> list:
    n = thn(r)
    return ["ช่วยร่างอีเมลอนุมัติการลานี้ให้หน่อย\nจาก: ", P(n), " <", ("EMAIL_ADDRESS", email(r)), ">\n",
            "เรียนหัวหน้า ผม", ent("RELIGION", pick(r, ["นับถือศาสนาอิสลาม", "เป็นมุสลิม"])), " ขอลาไปประกอบพิธีฮัจญ์ 40 วัน ",
            "ตั้งแต่ 1 พ.ค. 2570 ตามสิทธิลาตามระเบียบบริษัทครับ งาน on-call ได้ส่งต่อให้ทีมแล้ว"]


@T("hr")
def hr_protest_investigation_th(r: random.Random) -> list:
    n = thn(r)
    return ["ฝ่ายกฎหมายถามว่าการลงโทษกรณีนี้ทำได้ไหม ช่วยวิเคราะห์จากข้อเท็จจริงด้านล่าง\n",
            "พนักงาน ", P(n), " ตำแหน่ง Senior DevOps ลาพักร้อนวันศุกร์และ", ent("POLITICAL_OPINION", pick(r, ["ไปร่วมชุมนุมต้านรัฐบาล", "เป็นแกนนำกลุ่มราษฎร"])),
            " มีรูปในเฟซบุ๊กส่วนตัว ผู้บริหารบางคนไม่พอใจ อยากออกหนังสือเตือน"]


@T("hr")
def hr_bgcheck_vendor_en(r: random.Random) -> list:
    n = enn(r)
    return ["Rewrite this vendor report as a two-line summary for the hiring manager.\n",
            "Candidate: ", P(n), "\nID: ", ("TH_NATIONAL_ID", nid(r, "dash")), "   DOB: ", ("DATE_OF_BIRTH", dob(r, "dmy")),
            "\nEducation: verified\nEmployment: verified (2 of 2)\nCriminal: ", ("CRIMINAL_RECORD", pick(r, CRIM_EN)),
            "\nCredit: no adverse records"]


@T("hr")
def hr_partner_benefits_ticket_en(r: random.Random) -> list:
    n = enn(r)
    return ["Turn this into a policy-change request for the benefits committee, anonymised.\n\n",
            "From ", P(n), " (", ("EMAIL_ADDRESS", email(r, n)), "): I'm ", ("SEXUAL_BEHAVIOUR", pick(r, ["in a same-sex relationship", "gay"])),
            " and my partner isn't covered by the group health plan even though the Marriage Equality Act is in force. ",
            "The enrolment form still says 'spouse (opposite sex)'."]


@T("hr")
def hr_accommodation_request_en(r: random.Random) -> list:
    n = enn(r)
    return ["Draft a reply approving this accommodation request and listing next steps for IT.\n",
            "Hi HR, I'm ", P(n), " from the fraud analytics team. I'm ", ("DISABILITY", pick(r, ["visually impaired", "autistic", "hard of hearing"])),
            " and would like screen-reader licences plus a quiet desk. My manager agreed. Thanks!"]


@T("hr")
def hr_weekend_oncall_church_en(r: random.Random) -> list:
    n = enn(r)
    return ["Help me rebalance the on-call rota. Constraints from the team:\n- ", P(n), ": ", ent("RELIGION", pick(r, ["Christian", "Catholic"])),
            ", can't take Sunday mornings (church)\n- ", P(enn(r)), ": no nights in week 2 (exam)\n- ", P(enn(r)),
            ": prefers weekdays\nRota: 4 people, 2-week cycle, 1 primary + 1 secondary per day."]


@T("hr")
def hr_exit_interview_union_en(r: random.Random) -> list:
    n = enn(r)
    return ["Extract themes from this exit interview (pay, management, workload, other):\n",
            "Employee: ", P(n), "\n\"I ", ("TRADE_UNION", pick(r, ["joined the union", "was a union committee member"])),
            " last year and since then my manager stopped assigning me to the core-banking migration. Pay was fine but I felt sidelined.\""]


# ==============================================================================================
# Health-tech, telemedicine and labs: positives
# ==============================================================================================
@T("healthtech")
def telemed_chat_summary_th(r: random.Random) -> list:
    n = thn(r)
    return ["สรุปบทสนทนาเทเลเมดิซีนนี้เป็น SOAP note\n",
            "ผู้ป่วย: ", P(n), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
            "ผู้ป่วยเล่าว่า", ent("HEALTH_DATA", pick(r, ["เป็นโรคซึมเศร้า", "เป็นไบโพลาร์"])), " นอนไม่หลับ 2 สัปดาห์ ",
            "กังวลเรื่องครอบครัวเพราะ", ("SEXUAL_BEHAVIOUR", pick(r, ["เป็นไบเซ็กชวล", "เป็นเลสเบี้ยน"])), " และยังไม่ได้บอกพ่อแม่\n",
            "แพทย์: ปรับยา sertraline 50 mg นัดติดตาม 2 สัปดาห์"]


@T("healthtech")
def lab_pgx_webhook_en(r: random.Random) -> list:
    n = enn(r)
    return ["This lab webhook fails our JSON schema (additionalProperties). Which field is new?\n",
            "{\"hn\": \"", ("MEDICAL_RECORD_NUMBER", hn(r)), "\", \"patient\": \"", P(n), "\", \"test\": \"PGx panel v3\",\n",
            " \"result\": \"", ("GENETIC_DATA", pick(r, ["HLA-B*58:01 positive", "CYP2C19 poor metabolizer", "HLA-B*15:02 positive"])),
            "\", \"interpretation_url\": \"https://lab.example/r/", hexs(r, 10), "\", \"signed_by\": \"MT-0", str(r.randint(100, 999)), "\"}"]


@T("healthtech")
def hospital_appointment_api_error_en(r: random.Random) -> list:
    n = enn(r)
    return ["HIS appointment API returns 409. What does it mean and how do we retry safely?\n",
            "POST /his/appointments {\"hn\": \"", ("MEDICAL_RECORD_NUMBER", hn(r)), "\", \"name\": \"", P(n), "\", \"dob\": \"",
            ("DATE_OF_BIRTH", dob(r, "iso")), "\", \"mobile\": \"", ("PHONE_NUMBER", mobile(r, "plain")), "\", \"clinic\": \"ORTHO\", \"slot\": \"2026-11-20T09:30\"}\n",
            "409 {\"code\": \"SLOT_TAKEN\", \"retry_after\": 2}"]


@T("healthtech")
def clinic_ivf_thal_th(r: random.Random) -> list:
    a, b = thn(r), thn(r)
    return ["ช่วยเขียนข้อความแจ้งผลให้คู่สมรสเข้าใจง่าย (ไม่ใช้ศัพท์แพทย์)\n",
            "ฝ่ายหญิง: ", P(a), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), " — ", ("GENETIC_DATA", "พาหะธาลัสซีเมีย"), " ชนิดเบต้า\n",
            "ฝ่ายชาย: ", P(b), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), " — ", ("GENETIC_DATA", pick(r, ["พาหะ HbE", "พาหะธาลัสซีเมีย"])),
            "\nความเสี่ยงบุตรเป็นโรค 25% แนะนำตรวจ PGT-M"]


@T("insurance")
def insurtech_thal_carrier_en(r: random.Random) -> list:
    n = enn(r)
    return ["Does this disclosure need underwriting review under our rules? Answer yes/no with rule id.\n",
            "applicant=", P(n), " dob=", ("DATE_OF_BIRTH", dob(r, "iso")), " email=", ("EMAIL_ADDRESS", email(r, n)),
            "\ndisclosure: \"I am a ", ("GENETIC_DATA", pick(r, ["carrier of beta-thalassemia", "carrier of HbE trait"])),
            ", no symptoms, no treatment.\"\nrules: R12 genetic disorders (symptomatic) -> refer; R13 carrier status -> accept"]


# ==============================================================================================
# Edtech and student finance: positives
# ==============================================================================================
@T("edtech")
def edtech_student_loan_app_th(r: random.Random) -> list:
    n = thn(r)
    return ["แอปกู้ยืมเพื่อการศึกษา: ช่วยเขียนข้อความแจ้ง error ให้นักศึกษาอ่านเข้าใจ\n",
            "payload: {\"student_id\": \"", ("STUDENT_ID", student_id(r)), "\", \"name\": \"", P(n), "\", \"cid\": \"",
            ("TH_NATIONAL_ID", nid(r, "plain")), "\", \"dob\": \"", ("DATE_OF_BIRTH", dob(r, "be")), "\"}\n",
            "error: GUARDIAN_INCOME_DOC_MISSING (ต้องแนบหนังสือรับรองรายได้ผู้ปกครอง)"]


@T("edtech")
def edtech_lms_payment_failed_en(r: random.Random) -> list:
    n = enn(r)
    return ["Stripe-like gateway error on course checkout, what should the UI say?\n",
            "{\"student_id\": \"", ("STUDENT_ID", student_id(r)), "\", \"email\": \"", ("EMAIL_ADDRESS", email(r, n)), "\", \"card\": \"",
            ("CREDIT_CARD", card(r, "plain")), "\", \"error\": {\"code\": \"card_declined\", \"decline_code\": \"insufficient_funds\"}}"]


@T("edtech")
def uni_dorm_app_ticket_th(r: random.Random) -> list:
    n = thn(r)
    return ["สรุปตั๋วแจ้งซ่อมหอพักให้ทีม facility\n", "ผู้แจ้ง: ", P(n), " รหัสนักศึกษา ", ("STUDENT_ID", student_id(r)), " ห้อง B-", str(r.randint(201, 899)),
            "\nไลน์ ", ("LINE_ID", line_id(r)), " / ", ("PHONE_NUMBER", mobile(r)), "\nปัญหา: แอร์น้ำหยด, ปลั๊กไฟไหม้ 1 จุด"]


@T("edtech")
def edtech_scholarship_ethnic_th(r: random.Random) -> list:
    n = thn(r)
    return ["ช่วยสรุปใบสมัครทุนนี้เป็น 3 บรรทัดสำหรับกรรมการ\n", "ผู้สมัคร: ", P(n), " รหัส ", ("STUDENT_ID", student_id(r)),
            "\nเป็น", ("ETHNICITY", pick(r, ["ชาวม้ง", "ชาวลีซู", "ชาวอาข่า"])), " จาก อ.แม่แจ่ม เป็นคนแรกในครอบครัวที่ได้เรียนมหาวิทยาลัย ",
            "ต้องการทุนค่าหอพักและค่าเดินทาง"]


@T("edtech")
def student_political_discipline_en(r: random.Random) -> list:
    n = enn(r)
    return ["Is this disciplinary letter proportionate? Suggest softer wording.\n",
            "Student ", P(n), " (ID ", ("STUDENT_ID", student_id(r)), ") is ", ent("POLITICAL_OPINION", pick(r, ["a pro-democracy activist", "a People's Party member"])),
            " and used the campus Wi-Fi to livestream a protest from the library on 3 October. The faculty proposes a one-semester suspension."]


# ==============================================================================================
# Social, dating and community apps: positives
# ==============================================================================================
@T("social")
def dating_app_report_en(r: random.Random) -> list:
    n = enn(r)
    return ["Moderation queue item, decide: warn / ban / no action.\nReporter: ", P(enn(r)), "\nReported user: ", P(n),
            " (LINE: ", ("LINE_ID", line_id(r)), ")\nReport text: \"He told me he's ", ("SEXUAL_BEHAVIOUR", pick(r, ["bisexual", "has multiple sexual partners"])),
            " and ", ent("HEALTH_DATA", pick(r, ["HIV positive", "has herpes"])), " only after we met. He is now sending threats.\""]


@T("social")
def social_listening_export_en(r: random.Random) -> list:
    return ["Cluster these brand mentions by topic for the weekly report:\n",
            "1. @", hexs(r, 6), " \"bank app down again, can't pay rent\"\n",
            "2. ", P(enn(r)), " (personal account): \"I'm ", ent("POLITICAL_OPINION", pick(r, ["a Pheu Thai canvasser", "a People's Party member"])),
            " and this bank funds our opponents, closing my account\"\n",
            "3. ", P(enn(r)), ": \"the new cashback promo is great\"\n4. @", hexs(r, 6), " \"fees are too high\""]


@T("fintech")
def fintech_political_donation_th(r: random.Random) -> list:
    n = thn(r)
    return ["ระบบ e-Donation ส่งรายการบริจาคให้พรรคการเมืองไม่ผ่าน ช่วยดู log\n",
            f"{ts(r)} donate donor=\"", P(n), "\" cid=", ("TH_NATIONAL_ID", nid(r, "plain")), " party_code=P", str(r.randint(10, 99)),
            " amount=1000 status=REJECTED reason=TAX_ID_MISMATCH\nผู้บริจาคเขียนในช่องข้อความ: \"ผม", ent("POLITICAL_OPINION", pick(r, ["สนับสนุนพรรคเพื่อไทย", "เป็นสมาชิกพรรคประชาชน"])),
            "มาตลอด อยากได้ใบเสร็จลดหย่อนภาษี\""]


@T("fintech")
def fintech_p2p_blacklist_th(r: random.Random) -> list:
    n = thn(r)
    return ["ทีม risk ให้ช่วยเขียนคำอธิบายว่าทำไมผู้กู้รายนี้ถูกปฏิเสธ (ใช้กับ internal เท่านั้น)\n",
            "ผู้กู้: ", P(n), " บัตร ", ("TH_NATIONAL_ID", nid(r, "dash")), " เบอร์ ", ("PHONE_NUMBER", mobile(r)), "\n",
            "ข้อมูลจาก watchlist: ", ("CRIMINAL_RECORD", pick(r, ["มีหมายจับคดีฉ้อโกงออนไลน์", "ถูกจับข้อหาลักทรัพย์", "อยู่ระหว่างคุมประพฤติ"])),
            " (แหล่งข่าว: ข่าวท้องถิ่น)\nคะแนนเครดิตภายใน: 412/900"]


@T("healthtech")
def sti_clinic_booking_en(r: random.Random) -> list:
    n = enn(r)
    return ["The booking bot summary is too blunt. Rewrite it for the nurse in a neutral clinical tone:\n",
            "Booking for ", P(n), ", ", ("PHONE_NUMBER", mobile(r, "intl")), ": client says he ", ("SEXUAL_BEHAVIOUR", pick(r, ["had unprotected sex with a new partner", "has sex with men"])),
            " and now has ", ent("HEALTH_DATA", pick(r, ["painful urination and discharge", "a genital rash"])), ". Wants tests ASAP."]


@T("bank")
def bank_palm_vein_atm_en(r: random.Random) -> list:
    return ["Explain this ATM log to a non-technical auditor:\n",
            f"{ts(r)} ATM-{r.randint(1000, 9999)} PALM_AUTH start card_last4={r.randint(1000, 9999)}\n",
            f"{ts(r)} ATM PALM_AUTH captured template=", ("BIOMETRIC_DATA", b64(r, 56)), " quality=71\n",
            f"{ts(r)} ATM PALM_AUTH match customer=\"", P(enn(r)), "\" score=0.97 -> OK\n", f"{ts(r)} ATM WITHDRAW 5,000 THB OK"]


@T("healthtech")
def genetic_nbs_report_en(r: random.Random) -> list:
    n = enn(r)
    return ["Format this lab result into the parent-app notification (max 300 chars, friendly):\n",
            "Newborn of ", P(n), ", HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), ": extended newborn screen shows ",
            ("GENETIC_DATA", pick(r, ["G6PD deficiency (hemizygous)", "carrier of SMA (SMN1 1 copy)"])),
            ". Follow-up with paediatric genetics on 12 Dec."]


@T("fintech")
def fintech_kyc_ethnicity_field_en(r: random.Random) -> list:
    n = enn(r)
    return ["Our cross-border remittance KYC form has an 'ethnicity' field we copied from a Myanmar partner. Review this record and say if we should drop the field:\n",
            "{\"name\": \"", P(n), "\", \"passport\": \"", ("TH_PASSPORT", passport(r)), "\", \"ethnicity\": \"", ("ETHNICITY", pick(r, ETH_EN)),
            "\", \"corridor\": \"TH-MM\", \"monthly_limit\": 50000}"]


@T("fintech")
def fintech_microloan_hmong_th(r: random.Random) -> list:
    n = thn(r)
    return ["ช่วยร่างสคริปต์โทรแจ้งอนุมัติสินเชื่อเกษตรเป็นภาษาง่ายๆ\n", "ผู้กู้: ", P(n), " ", ("ETHNICITY", pick(r, ["ชาวม้ง", "ชาวกะเหรี่ยง", "ชาวลีซู"])),
            " บ้านอยู่ ", ("ADDRESS", addr(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), " วงเงิน 60,000 บาท ปลูกกาแฟ"]


@T("community")
def union_rider_petition_th(r: random.Random) -> list:
    return ["ช่วยเรียบเรียงหนังสือร้องเรียนนี้ให้เป็นทางการ\nพวกเราไรเดอร์ ", P(thn(r)), " (", ("PHONE_NUMBER", mobile(r)), ") และ ",
            P(thn(r)), " ", ("TRADE_UNION", "สมัครเข้าสหภาพไรเดอร์"), "แล้วตั้งแต่เดือนที่แล้ว ขอให้บริษัทเปิดเจรจาเรื่องค่ารอบขั้นต่ำ "
            "และประกันอุบัติเหตุระหว่างวิ่งงาน"]


@T("community")
def religion_donation_app_th(r: random.Random) -> list:
    n = thn(r)
    return ["แอปบริจาคออนไลน์ส่งใบอนุโมทนาบัตรผิดแบบ ช่วยดูข้อมูลผู้บริจาค\n",
            "{\"donor\": \"", P(n), "\", \"religion\": \"", ent("RELIGION", pick(r, ["อิสลาม", "คริสต์", "ฮินดู"])),
            "\", \"receipt_template\": \"temple_th\", \"email\": \"", ("EMAIL_ADDRESS", email(r)), "\"}\n",
            "ควร map template ตาม field ไหน"]


# ==============================================================================================
# Cross-domain developer and ops traffic: positives
# ==============================================================================================
@T("procurement")
def juristic_vendor_onboarding_en(r: random.Random) -> list:
    n = enn(r)
    return ["Vendor master upload failed with 'tax_id checksum'. Which row is wrong and why?\n",
            "vendor_name,tax_id,contact,contact_email\n",
            pick(r, ["Siam Cloud Works Co., Ltd.", "Rattana Logistics Co., Ltd.", "Bangkok Print House Co., Ltd."]), ",",
            ("TH_JURISTIC_ID", juristic(r)), ",", P(n), ",", ("EMAIL_ADDRESS", email(r, n, pick(r, ["siamcloudworks.co.th", "rattanalog.com", "bkkprint.co.th"]))), "\n",
            "Northstar Data Co., Ltd.,(pending DBD lookup),Procurement desk,procurement@northstar.example\n"]


@T("procurement")
def juristic_etax_invoice_xml(r: random.Random) -> list:
    return ["e-Tax invoice ถูก reject จากกรมสรรพากร code 1004 ช่วยดู XML\n```xml\n<SellerTradeParty><Name>บริษัท ไทยคลาวด์ โซลูชั่น จำกัด</Name>",
            "<SpecifiedTaxRegistration><ID>", ("TH_JURISTIC_ID", juristic(r)), "</ID></SpecifiedTaxRegistration></SellerTradeParty>\n",
            "<BuyerTradeParty><Name>บริษัท ", pick(r, ["เอเชียฟู้ดเทรดดิ้ง", "สยามแพ็คเกจจิ้ง"]), " จำกัด</Name><SpecifiedTaxRegistration><ID>",
            ("TH_JURISTIC_ID", juristic(r)), "</ID></SpecifiedTaxRegistration>\n<DefinedTradeContact><PersonName>", P(thn(r)),
            "</PersonName><TelephoneUniversalCommunication>", ("PHONE_NUMBER", mobile(r, "plain")), "</TelephoneUniversalCommunication></DefinedTradeContact></BuyerTradeParty>\n```"]


@T("bank")
def juristic_sme_credit_line_th(r: random.Random) -> list:
    n = thn(r)
    return ["ช่วยร่าง credit memo ย่อหน้าแรกจากข้อมูลนี้\nผู้กู้: ห้างหุ้นส่วนจำกัด ", pick(r, ["ศรีสุขการช่าง", "ทองดีค้าวัสดุ", "เจริญผลขนส่ง"]),
            " เลขทะเบียน ", ("TH_JURISTIC_ID", juristic(r, dash=True)), "\nหุ้นส่วนผู้จัดการ: ", P(n), " บัตร ", ("TH_NATIONAL_ID", nid(r, "dash")),
            "\nวงเงิน O/D 2 ล้านบาท ค้ำประกันโดยที่ดิน + บุคคล\nยอดขายปี 2568: 38.4 ล้านบาท กำไรสุทธิ 2.1 ล้านบาท"]


@T("insurance")
def car_insurance_plate_ocr_th(r: random.Random) -> list:
    n = thn(r)
    return ["OCR จากรูปเล่มทะเบียนรถอ่านได้แบบนี้ ช่วย map เข้า field ของใบเสนอราคาประกันรถ\n",
            "ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), "\nยี่ห้อ TOYOTA รุ่น YARIS ATIV ปี 2022\nผู้ถือกรรมสิทธิ์ ", P(n),
            "\nเลขประจำตัว ", ("TH_NATIONAL_ID", nid(r, "space")), "\nโทรติดต่อ (จากฟอร์ม) ", ("PHONE_NUMBER", mobile(r))]


@T("fintech")
def car_leasing_repossession_en(r: random.Random) -> list:
    n = enn(r)
    return ["Write a polite final-notice letter in English from these fields:\n", "{\"lessee\": \"", P(n), "\", \"plate\": \"",
            ("TH_VEHICLE_PLATE", plate(r)), "\", \"address\": \"", ("ADDRESS", addr(r, en=True)),
            "\", \"overdue_installments\": 4, \"contract\": \"HP-", str(r.randint(10**7, 10**8)), "\"}"]


@T("property")
def parking_lpr_log_mixed(r: random.Random) -> list:
    return ["LPR camera at the condo gate logs these events; why did member #2 get charged as a visitor?\n",
            f"{ts(r)} gate=IN-1 plate=\"", ("TH_VEHICLE_PLATE", plate(r)), "\" conf=0.98 member=\"", P(enn(r)), "\" result=MEMBER\n",
            f"{ts(r)} gate=IN-1 plate=\"", ("TH_VEHICLE_PLATE", plate(r)), "\" conf=0.61 member=null result=VISITOR fee=40\n",
            "member DB has the second car registered to ", P(enn(r)), " with the same plate but province text in English"]


@T("platform")
def postmortem_pii_in_logs_en(r: random.Random) -> list:
    n = enn(r)
    return ["Proofread this postmortem draft. Keep the example but tell me if we should redact it before sharing company-wide.\n\n",
            "# INC-", str(r.randint(1000, 9999)), ": request bodies logged at DEBUG in api-gateway\n",
            "Duration: 11 days. Root cause: log level override left in Helm values after load test.\n",
            "Example leaked line: `body={\"name\":\"", P(n), "\",\"cid\":\"", ("TH_NATIONAL_ID", nid(r, "plain")), "\",\"card\":\"",
            ("CREDIT_CARD", card(r, "plain")), "\",\"email\":\"", ("EMAIL_ADDRESS", email(r, n)), "\"} src=", ("IP_ADDRESS", ipv4(r)), "`\n",
            "Action items: drop DEBUG in prod chart, add log scrubber, purge 11 days of indices."]


@T("analytics")
def analytics_churn_sample_en(r: random.Random) -> list:
    lines = []
    for _ in range(3):
        lines += [("EMAIL_ADDRESS", email(r)), ",", ("DATE_OF_BIRTH", dob(r, "iso")), ",", ("IP_ADDRESS", ipv4(r)), f",{r.randint(0, 60)},{r.choice(['Y', 'N'])}\n"]
    return ["I want to predict churn from this events export. Which features would you engineer? Sample:\n",
            "email,birth_date,last_login_ip,days_since_last_txn,churned\n", lines]


@T("platform")
def waf_bruteforce_th(r: random.Random) -> list:
    return ["WAF แจ้งเตือน brute force ช่วยอ่าน log แล้วบอกว่าควรบล็อก IP ไหน\n",
            f"{ts(r)} POST /auth/login 401 user=", ("EMAIL_ADDRESS", email(r)), " ip=", ("IP_ADDRESS", ipv4(r)), " ua=okhttp/4.12.0\n",
            f"{ts(r)} POST /auth/login 401 user=", ("EMAIL_ADDRESS", email(r)), " ip=", ("IP_ADDRESS", ipv4(r)), " ua=okhttp/4.12.0\n",
            "... (ซ้ำ 3,400 ครั้งใน 10 นาที จาก 2 IP นี้)"]


@T("ecommerce")
def line_oa_webhook_th(r: random.Random) -> list:
    n = thn(r)
    return ["webhook LINE OA ส่งข้อความแบบนี้มา bot ตอบกลับไม่ได้ ช่วยดูว่า parse ผิดตรงไหน\n",
            "{\"events\":[{\"type\":\"message\",\"source\":{\"type\":\"user\",\"userId\":\"U", hexs(r, 32), "\"},",
            "\"message\":{\"type\":\"text\",\"text\":\"สวัสดีค่ะ ", P(n), " นะคะ ของยังไม่ได้ ติดต่อกลับ ", ("PHONE_NUMBER", mobile(r)),
            " หรือไลน์ส่วนตัว ", ("LINE_ID", line_id(r)), " ค่ะ\"}}]}"]


@T("ecommerce")
def seller_support_summary_th(r: random.Random) -> list:
    return ["สรุปเคสผู้ขายที่ค้างเกิน 48 ชม. เป็นตาราง (ผู้ขาย / ปัญหา / ขั้นต่อไป)\n",
            "- ร้านของ ", P(thn(r)), " นิติบุคคล ", ("TH_JURISTIC_ID", juristic(r)), " ขอเปลี่ยนบัญชีรับเงินเป็นบัญชีบริษัท\n",
            "- ", P(thn(r)), " โทร ", ("PHONE_NUMBER", mobile(r, "dash")), " โดนหักค่าธรรมเนียมซ้ำ 2 รอบ\n",
            "- ร้านไม่ระบุ ticket ", str(r.randint(10**6, 10**7)), " สอบถามแคมเปญ 11.11"]


@T("platform")
def long_postmortem_th_mixed(r: random.Random) -> list:
    n = thn(r)
    return ["ช่วยย่อ postmortem นี้ให้เหลือครึ่งหน้าสำหรับผู้บริหาร ภาษาไทย\n\n",
            "## สรุปเหตุการณ์\nวันที่ 2 ต.ค. 2569 เวลา 19:42-21:15 ระบบโอนเงินต่างธนาคารล่าช้า เนื่องจาก connection pool ของ service ledger-writer เต็ม ",
            "หลัง deploy เวอร์ชัน 4.12.0 ที่เพิ่ม retry แบบไม่มี backoff ลูกค้าได้รับผลกระทบประมาณ 18,000 รายการ\n\n",
            "## ตัวอย่างลูกค้าที่ร้องเรียน\nคุณ", P(n), " บัญชี ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), " โอนค่าเทอมลูก 48,500 บาท ",
            "เงินถูกตัดแต่ปลายทางไม่ได้รับ 1 ชม. ลูกค้าโทรเข้า ", ("PHONE_NUMBER", mobile(r)), " และโพสต์ในโซเชียล\n\n",
            "## Timeline\n19:42 alert p99 > 5s\n19:55 rollback ไม่ได้เพราะ migration\n20:40 เพิ่ม pool เป็น 200\n21:15 ระบบปกติ\n\n",
            "## Action items\n1. ใส่ exponential backoff\n2. ทำ migration ให้ backward compatible\n3. เพิ่ม dashboard pool saturation"]


@T("insurance")
def rag_prompt_insurance_th(r: random.Random) -> list:
    n = thn(r)
    return ["<system>คุณคือผู้ช่วยตอบคำถามเรื่องกรมธรรม์ ใช้เฉพาะ context</system>\n<context>\n",
            "[policy_holder] ", P(n), " | เกิด ", ("DATE_OF_BIRTH", dob(r, "th")), " | บัตร ", ("TH_NATIONAL_ID", nid(r, "plain")),
            "\n[address] ", ("ADDRESS", addr(r)), "\n[claims_history] 2568: เคลมผู้ป่วยใน 1 ครั้ง — ",
            ent("HEALTH_DATA", pick(r, ["เป็นโรคหลอดเลือดสมอง", "ผ่าตัดหัวใจบายพาส", "เป็นมะเร็งลำไส้ระยะที่ 3"])),
            "\n</context>\n<user>ต่ออายุกรมธรรม์ปีนี้เบี้ยจะขึ้นไหม</user>"]


@T("platform")
def kafka_dlq_message_th(r: random.Random) -> list:
    n = thn(r)
    return ["ข้อความนี้ตกลง DLQ ของ topic customer.profile.v2 ทุกครั้ง error: 'Invalid UTF-8 middle byte' ช่วยดู\n",
            "headers: {\"schema\": \"profile-v2\", \"producer\": \"crm-legacy-7.1\"}\n",
            "value: {\"nameTh\": \"", P(n), "\", \"mobile\": \"", ("PHONE_NUMBER", mobile(r, "plain")), "\", \"addr\": \"", ("ADDRESS", addr(r)),
            "\", \"encoding\": \"TIS-620\"}"]


@T("bank")
def data_migration_mapping_th(r: random.Random) -> list:
    n = thn(r)
    return ["กำลังย้าย CRM เก่าไประบบใหม่ ช่วยเขียน mapping function (Python) จากตัวอย่างนี้\n",
            "เก่า: CUST_NM='", P(n), "' CUST_ID_NO='", ("TH_NATIONAL_ID", nid(r, "dash")), "' BIRTH_DT='", ("DATE_OF_BIRTH", dob(r, "be")),
            "' TEL='", ("PHONE_NUMBER", mobile(r, "dash")), "'\n",
            "ใหม่: {first_name, last_name, national_id (ตัวเลขล้วน), birth_date (ค.ศ. ISO), phone_e164}"]


@T("hr")
def excel_formula_question_th(r: random.Random) -> list:
    return ["Excel: อยากให้คอลัมน์ D แสดงชื่อธนาคารจาก 3 หลักแรกของเลขบัญชี ต้องใช้สูตรอะไร\n",
            "A: ชื่อ | B: เลขบัญชี | C: ยอดโอน\n", P(thn(r)), " | ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), f" | {amt(r, 10000, 60000)}\n",
            P(thn(r)), " | ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), f" | {amt(r, 10000, 60000)}\n"]


@T("platform")
def regex_phone_help_th(r: random.Random) -> list:
    return ["regex นี้ไม่ match เบอร์ลูกค้าบางคน เช่นของคุณ", P(thn(r)), " ที่กรอกมาว่า ", ("PHONE_NUMBER", mobile(r, "intl")),
            " ช่วยแก้ให้รองรับทั้ง 0xx และ +66 หน่อย\n", "pattern = r'^0[689]\\d{8}$'"]


@T("telco")
def ops_standup_notes_th(r: random.Random) -> list:
    n = thn(r)
    return ["แปลง notes นี้เป็น action items พร้อมเจ้าของงาน\n",
            "Standup Ops 9:30\n- ", P(thg(r)), ": billing run ช้า 40 นาที เพราะ batch ค่าโรมมิ่ง\n",
            "- ", P(thg(r)), ": VIP escalation ลูกค้า ", P(n), " เบอร์ ", ("PHONE_NUMBER", mobile(r, "dash")),
            " โดนตัดเน็ตทั้งที่จ่ายแล้ว ต้องคืนเงินเข้าบัญชี ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), " ภายในวันนี้\n",
            "- ", P(thg(r)), ": renew cert *.api ก่อน 20 พ.ย."]


@T("marketing")
def lead_export_en(r: random.Random) -> list:
    lines = []
    for _ in range(2):
        n = enn(r)
        lines += [P(n), " | ", ("EMAIL_ADDRESS", email(r, n)), " | ", ("PHONE_NUMBER", mobile(r, "dash")), " | ", ("LINE_ID", line_id(r, n.split()[0])),
                  f" | {r.choice(['webinar', 'fb-ads', 'booth'])}\n"]
    return ["Dedupe these leads and suggest a follow-up order:\n", "name | email | phone | line | source\n", lines]


@T("bank")
def ocr_transfer_slip_th(r: random.Random) -> list:
    return ["ลูกค้าแนบสลิปมา ช่วยดึง field เป็น JSON (ผู้โอน, บัญชีผู้โอน, ผู้รับ, จำนวนเงิน, เลขอ้างอิง)\n",
            "โอนเงินสำเร็จ\n", f"{r.randint(1, 28)} ต.ค. 69 {r.randint(10, 23)}:{r.randint(10, 59)} น.\n",
            "จาก ", P(thn(r)), "\n", pick(r, BANKS_TH), " ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), "\nไปยัง ", P(thn(r)),
            "\nพร้อมเพย์ ", ("PHONE_NUMBER", mobile(r, "dash")), f"\nจำนวน {amt(r, 100, 20000)} บาท\nเลขที่รายการ 0", str(r.randint(10**15, 10**16))]


@T("telco")
def telco_topup_fraud_en(r: random.Random) -> list:
    return ["Fraud team asks: is this a card-testing pattern? Events:\n",
            f"{ts(r)} topup msisdn=", ("PHONE_NUMBER", mobile(r, "e164")), " card=", ("CREDIT_CARD", card(r, "plain")), " amt=10 ip=", ("IP_ADDRESS", ipv4(r)), " 3DS=N OK\n",
            f"{ts(r)} topup msisdn=", ("PHONE_NUMBER", mobile(r, "e164")), " card=", ("CREDIT_CARD", card(r, "plain")), " amt=10 ip=", ("IP_ADDRESS", ipv4(r)), " 3DS=N DECLINED\n",
            "(~200 similar in 15 minutes, all THB 10)"]


@T("ecommerce")
def ecom_address_normalise_th(r: random.Random) -> list:
    return ["ช่วย normalise ที่อยู่ให้อยู่ในรูปแบบ บ้านเลขที่ / ถนน / แขวง / เขต / จังหวัด / รหัสไปรษณีย์ เป็น JSON\n",
            "1) ", P(thn(r)), " — ", ("ADDRESS", addr(r)), "\n2) ", P(thn(r)), " — ", ("ADDRESS", addr(r))]


@T("fintech")
def broker_account_open_en(r: random.Random) -> list:
    n = enn(r)
    return ["Our brokerage onboarding form failed FATCA validation. Fields submitted:\n",
            "full_name: ", P(n), "\npassport_no: ", ("TH_PASSPORT", passport(r)), "\ndate_of_birth: ", ("DATE_OF_BIRTH", dob(r, "en")),
            "\nresidential_address: ", ("ADDRESS", addr(r, en=True)), "\nemail: ", ("EMAIL_ADDRESS", email(r, n)),
            "\nus_person: null\nerror: FATCA_STATUS_REQUIRED"]


@T("delivery")
def driver_license_ocr_th(r: random.Random) -> list:
    n = thn(r)
    return ["ผลอ่านใบขับขี่จาก OCR ช่วยบอกว่าใบขับขี่หมดอายุหรือยัง และ field ไหนน่าจะอ่านผิด\n",
            "ใบอนุญาตขับรถจักรยานยนต์ส่วนบุคคล\nชื่อ ", P(n), "\nเลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r, "space")),
            "\nเกิดวันที่ ", ("DATE_OF_BIRTH", dob(r, "th")), "\nวันอนุญาต 12 มี.ค. 2565 สิ้นอายุ 12 มี.ค. 257O\n",
            "ทะเบียนรถที่ผูกกับบัญชี: ", ("TH_VEHICLE_PLATE", plate(r, moto=True))]


# ==============================================================================================
# Negatives: epoch-millisecond timestamps that happen to pass the Thai-ID checksum
# ==============================================================================================
@T("platform", neg=True)
def neg_epoch_kafka_lag_th(r: random.Random) -> list:
    return ["consumer group settlement-recon lag ขึ้นเรื่อยๆ ช่วยอ่าน log แล้วบอกว่าติดที่ partition ไหน\n",
            f"[recon-{r.randint(1, 6)}] partition=7 offset={r.randint(10**7, 10**8)} record_ts={epoch_ms(r)} lag=84211\n",
            f"[recon-{r.randint(1, 6)}] partition=7 offset={r.randint(10**7, 10**8)} record_ts={epoch_ms(r)} lag=84390\n",
            f"[recon-{r.randint(1, 6)}] partition=3 offset={r.randint(10**7, 10**8)} record_ts={epoch_any(r)} lag=12\n",
            "max.poll.records=500, session.timeout.ms=45000"]


@T("platform", neg=True)
def neg_epoch_sentry_event_en(r: random.Random) -> list:
    return ["Explain this Sentry event and whether it's the same bug as last week's:\n",
            "{\"event_id\": \"", hexs(r, 32), "\", \"level\": \"error\", \"platform\": \"javascript\",\n",
            " \"exception\": {\"type\": \"TypeError\", \"value\": \"Cannot read properties of undefined (reading 'voucherCode')\"},\n",
            " \"release\": \"checkout-web@", f"{r.randint(3, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}", "\", \"timestamp_ms\": ", epoch_ms(r),
            ", \"first_seen_ms\": ", epoch_ms(r), ",\n \"user\": {\"id\": \"", uuid(r), "\", \"segment\": \"guest\"}, \"browser\": \"Chrome/129.0.6668.70\"}"]


@T("logistics", neg=True)
def neg_epoch_tracking_webhook_th(r: random.Random) -> list:
    return ["webhook สถานะพัสดุมาไม่เรียงเวลา ควร sort ด้วย field ไหน\n",
            "[{\"tracking_no\": \"", tracking(r), "\", \"status\": \"OUT_FOR_DELIVERY\", \"event_time_ms\": ", epoch_ms(r), ", \"hub\": \"BKK-LKB-02\"},\n",
            " {\"tracking_no\": \"", tracking(r), "\", \"status\": \"ARRIVED_HUB\", \"event_time_ms\": ", epoch_ms(r), ", \"hub\": \"BKK-LKB-02\"}]\n",
            "received_at ต่างจาก event_time_ms ได้ถึง 40 นาที"]


@T("ecommerce", neg=True)
def neg_epoch_jest_fixture_en(r: random.Random) -> list:
    e = epoch_ms(r)
    return ["This Jest test is flaky around midnight. Why?\n```ts\n",
            f"jest.useFakeTimers().setSystemTime({e});\n\n",
            "it('flash sale is active', () => {\n",
            f"  const sale = {{ sku: 'SKU-{r.randint(100000, 999999)}', startsAt: {e}, endsAt: {e} + 86_400_000 }};\n",
            "  expect(isActive(sale, new Date())).toBe(true);\n});\n```\nisActive() converts to Asia/Bangkok with date-fns-tz 3.2.0."]


@T("platform", neg=True)
def neg_epoch_redis_keys_th(r: random.Random) -> list:
    return ["key ใน Redis ของ rate limiter โตไม่หยุด ช่วยดูว่า TTL หายตรงไหน\n",
            f"ratelimit:otp:{hexs(r, 12)}:{epoch_ms(r)}  (ttl -1)\n",
            f"ratelimit:otp:{hexs(r, 12)}:{epoch_ms(r)}  (ttl -1)\n",
            f"ratelimit:login:{hexs(r, 12)}:{epoch_any(r)}  (ttl 54)\n",
            "โค้ดใช้ MULTI / INCR / EXPIRE แต่ EXPIRE อยู่หลัง EXEC"]


@T("analytics", neg=True)
def neg_epoch_clickhouse_th(r: random.Random) -> list:
    a, b = sorted([epoch_ms(r), epoch_ms(r)])
    return ["query นี้ช้ามาก (45 วินาที) บน ClickHouse ช่วย optimise\n```sql\n",
            "SELECT toStartOfHour(toDateTime(event_ms / 1000, 'Asia/Bangkok')) AS h, count() AS orders, sum(gmv) AS gmv\n",
            f"FROM app.orders_raw WHERE event_ms BETWEEN {a} AND {b}\n",
            "  AND platform IN ('ios', 'android') GROUP BY h ORDER BY h;\n```\nตารางมี 2.1B แถว ORDER BY (platform, order_id)"]


# ==============================================================================================
# Hard negatives per s.26 category (same words and shapes, no fact about a specific person)
# ==============================================================================================
@T("insurance", hard="HEALTH_DATA")
def hn_health_icd_migration_th(r: random.Random) -> list:
    return ["migration ตาราง ICD-10 ลง Postgres error duplicate key ช่วยดู\n```sql\n",
            "INSERT INTO ref_icd10 (code, name_th, name_en, chronic) VALUES\n",
            "('E11.9', 'เบาหวานชนิดที่ 2 ไม่มีภาวะแทรกซ้อน', 'Type 2 diabetes mellitus without complications', true),\n",
            "('F32.9', 'โรคซึมเศร้า ไม่ระบุรายละเอียด', 'Depressive episode, unspecified', true),\n",
            "('B24', 'โรคจากไวรัสเอชไอวี ไม่ระบุรายละเอียด', 'Unspecified HIV disease', true),\n",
            "('E11.9', 'เบาหวานชนิดที่ 2', 'Type 2 diabetes', true);\n```\nต้องการ upsert แทน"]


@T("insurance", hard="HEALTH_DATA")
def hn_health_claims_agg_sql_en(r: random.Random) -> list:
    return ["Turn these aggregates into three insights for the product team:\n",
            "icd_chapter | claims_2026 | avg_paid_thb | yoy\n",
            f"Neoplasms (C00-D48) | {r.randint(3000, 9000)} | {r.randint(90000, 300000)} | +{r.randint(3, 19)}%\n",
            f"Mental & behavioural (F00-F99) | {r.randint(800, 3000)} | {r.randint(15000, 60000)} | +{r.randint(10, 40)}%\n",
            f"Circulatory (I00-I99) | {r.randint(4000, 9000)} | {r.randint(60000, 200000)} | +{r.randint(1, 9)}%\n",
            "Rows with fewer than 20 claims are suppressed."]


@T("marketing", hard="RELIGION")
def hn_rel_ramadan_campaign_en(r: random.Random) -> list:
    return ["Validate this campaign config YAML and tell me why the banner never shows in the south region:\n```yaml\n",
            "campaign: ramadan-2027\nstart: 2027-02-08T18:00:00+07:00\nend: 2027-03-09T23:59:00+07:00\n",
            "audience:\n  regions: [TH-90, TH-94, TH-95, TH-96]\n  categories: [halal_food, modest_fashion, dates_and_snacks]\n",
            "copy:\n  en: \"Ramadan Kareem - up to 40% off halal-certified groceries\"\n  th: \"เดือนรอมฎอน ลดสูงสุด 40%\"\n",
            "display:\n  after_iftar_only: true\n  timezone: UTC\n```"]


@T("hr", hard="RELIGION")
def hn_rel_holiday_cron_th(r: random.Random) -> list:
    return ["cron job ปิดระบบโอนเงินวันหยุดธนาคารปีหน้าต้องเพิ่มวันไหนบ้าง ช่วยเติม list\n",
            "holidays_2027 = [\n  '2027-02-20',  # วันมาฆบูชา\n  '2027-05-20',  # วันวิสาขบูชา\n",
            "  '2027-07-18',  # วันอาสาฬหบูชา\n  '2027-07-19',  # วันเข้าพรรษา\n]\n",
            "ทีมถามด้วยว่าวันฮารีรายอเป็นวันหยุดเฉพาะจังหวัดชายแดนใต้ ต้องทำ config แยกสาขาไหม"]


@T("platform", hard="ETHNICITY")
def hn_eth_locale_strings_en(r: random.Random) -> list:
    return ["We're adding Burmese, Karen and Shan UI languages for migrant-worker remittance users. Review this i18n plan:\n",
            "- locales: my-MM, kar (S'gaw Karen, Unicode), shn-MM\n- fonts: Padauk for Myanmar script, fallback Noto Sans Myanmar\n",
            "- strings: 1,480 keys, 62% machine-translated then reviewed by the vendor\n",
            "- open question: Zawgyi vs Unicode detection on older Android 8 devices (about 9% of the segment)"]


@T("analytics", hard="ETHNICITY")
def hn_eth_market_stats_th(r: random.Random) -> list:
    return ["เขียนบทสรุปตลาดจากตัวเลขนี้ให้ทีม product (ไม่เกิน 5 บรรทัด)\n",
            "- แรงงานข้ามชาติที่ได้รับอนุญาตทำงาน: เมียนมาประมาณ 2.3 ล้านคน กัมพูชา 0.5 ล้าน ลาว 0.3 ล้าน\n",
            "- กลุ่มชาติพันธุ์บนพื้นที่สูงภาคเหนือ เช่น กะเหรี่ยง ม้ง อาข่า มีอัตราการมีบัญชีธนาคารต่ำกว่าค่าเฉลี่ยประเทศ\n",
            "- ช่องทางโอนเงินกลับประเทศที่นิยม: ตัวแทนนอกระบบ 54%, แอปธนาคาร 31%"]


@T("ecommerce", hard="POLITICAL_OPINION")
def hn_pol_election_alcohol_flag_th(r: random.Random) -> list:
    return ["วันเลือกตั้งต้องปิดการขายเครื่องดื่มแอลกอฮอล์ ช่วยเขียน feature flag config และข้อความแจ้งผู้ซื้อ\n",
            "ช่วงห้ามขาย: 18:00 วันเสาร์ ถึง 24:00 วันอาทิตย์ (ตาม พ.ร.ป. เลือกตั้ง)\n",
            f"หมวดสินค้า: beer, wine, spirits (category_id 1204, 1205, 1206) ประมาณ {r.randint(8000, 15000)} SKU\n",
            "ต้องซ่อนปุ่มซื้อ แต่ยังให้ใส่ตะกร้าได้ และข้อความไม่ควรเอียงไปทางพรรคใด"]


@T("media", hard="POLITICAL_OPINION")
def hn_pol_news_summary_th(r: random.Random) -> list:
    return ["สรุปข่าวนี้ให้ทีม IR ใน 3 บรรทัด เน้นผลกระทบต่อหุ้นกลุ่มธนาคาร\n",
            "\"ที่ประชุมคณะรัฐมนตรีมีมติเห็นชอบมาตรการพักหนี้เกษตรกรระยะที่ 2 วงเงิน 1.2 แสนล้านบาท ขณะที่พรรคฝ่ายค้านอภิปรายว่ามาตรการไม่ตรงจุด ",
            "นายกรัฐมนตรีระบุว่าธนาคารรัฐจะรับภาระดอกเบี้ยส่วนหนึ่ง ตลาดหุ้นปิดลบ 0.8% กลุ่มแบงก์ลงนำ\""]


@T("fintech", hard="CRIMINAL_RECORD")
def hn_crim_fraud_rule_yaml_en(r: random.Random) -> list:
    return ["Are these fraud rules overlapping? Suggest a cleaner ordering.\n```yaml\nrules:\n",
            "  - id: R-101\n    when: chargebacks_90d >= 3\n    action: hold_payout\n",
            "  - id: R-102\n    when: device_shared_accounts > 5 and account_age_days < 7\n    action: step_up_kyc\n",
            "  - id: R-103\n    when: watchlist_hit == 'court_judgment_fraud'\n    action: reject\n",
            "  - id: R-104\n    when: chargebacks_90d >= 5\n    action: suspend\n```"]


@T("bank", hard="CRIMINAL_RECORD")
def hn_crim_scam_stats_th(r: random.Random) -> list:
    return ["ช่วยทำสไลด์ 1 หน้าจากสถิตินี้ สำหรับอบรมพนักงานสาขา\n",
            f"- คดีหลอกลวงออนไลน์ที่แจ้งความปี 2568: ประมาณ {r.randint(300, 420)},000 คดี ความเสียหายรวม {r.randint(60, 90)},000 ล้านบาท\n",
            "- ประเภทที่พบมากที่สุด: หลอกซื้อขายสินค้า, หลอกให้ลงทุน, แก๊งคอลเซ็นเตอร์\n",
            "- บัญชีม้าที่ถูกระงับทั้งระบบ: มากกว่า 1 ล้านบัญชี\n- โทษตาม พ.ร.ก. ปราบปรามอาชญากรรมทางเทคโนโลยี: จำคุกไม่เกิน 3 ปี"]


@T("marketing", hard="SEXUAL_BEHAVIOUR")
def hn_sex_pride_campaign_th(r: random.Random) -> list:
    return ["ช่วยคิด tagline 5 แบบสำหรับแคมเปญ Pride Month ของแอปธนาคาร (มิ.ย.)\n",
            "- โปรดักต์: บัญชีร่วมสำหรับคู่รักทุกเพศ, สินเชื่อบ้านกู้ร่วมหลัง พ.ร.บ.สมรสเท่าเทียม\n",
            "- โทน: อบอุ่น ไม่ใช้ stereotype, ห้ามใช้คำว่า 'ผิดปกติ'\n- ภาพ: สีรุ้ง แต่ไม่เปลี่ยนโลโก้หลัก"]


@T("insurance", hard="SEXUAL_BEHAVIOUR")
def hn_sex_marriage_equality_schema_en(r: random.Random) -> list:
    return ["Review this schema change for the Marriage Equality Act go-live:\n```sql\n",
            "ALTER TABLE policy_beneficiary DROP CONSTRAINT chk_spouse_opposite_sex;\n",
            "ALTER TABLE policy_beneficiary ADD COLUMN relationship_code VARCHAR(16) NOT NULL DEFAULT 'SPOUSE';\n",
            "-- relationship_code in ('SPOUSE','CHILD','PARENT','SIBLING','OTHER'); gender no longer checked for SPOUSE\n```\n",
            "Do we also need to backfill the 2019-2024 rows?"]


@T("platform", hard="DISABILITY")
def hn_dis_wcag_audit_en(r: random.Random) -> list:
    return ["Prioritise these accessibility audit findings for the next sprint (app v", f"{r.randint(6, 9)}.{r.randint(0, 20)}.0", "):\n",
            "1. Transfer confirm button has no accessibilityLabel (TalkBack reads 'button 12')\n",
            "2. OTP screen times out in 60s, no option to extend (WCAG 2.2.1)\n",
            "3. Contrast ratio 3.1:1 on grey hint text\n4. Captions missing on the onboarding video for deaf and hard-of-hearing users\n",
            "5. Wheelchair-accessible branch filter returns branches without ramps"]


@T("hr", hard="DISABILITY")
def hn_dis_quota_policy_th(r: random.Random) -> list:
    return ["สรุปข้อกฎหมายนี้ให้ HR เป็น checklist\n",
            "ตาม พ.ร.บ.ส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ นายจ้างที่มีลูกจ้างตั้งแต่ 100 คน ต้องรับคนพิการเข้าทำงานในอัตรา 100:1 ",
            "หากไม่รับต้องส่งเงินเข้ากองทุนฯ หรือให้สัมปทาน/จัดสถานที่จำหน่ายสินค้า ปีนี้บริษัทมีพนักงาน ",
            f"{r.randint(1800, 4200):,} คน ต้องจ้างคนพิการอย่างน้อยกี่คน"]


@T("hr", hard="TRADE_UNION")
def hn_union_labour_faq_th(r: random.Random) -> list:
    return ["ช่วยเขียน FAQ ภายใน 4 ข้อจากเนื้อหานี้\n",
            "พ.ร.บ.แรงงานสัมพันธ์ฯ กำหนดให้ลูกจ้างรวมตัวกันจัดตั้งสหภาพแรงงานได้ นายจ้างห้ามเลิกจ้างหรือกลั่นแกล้งลูกจ้างเพราะเหตุที่เป็นสมาชิกสหภาพ ",
            "ข้อเรียกร้องต้องยื่นเป็นหนังสือ และต้องเริ่มเจรจาภายใน 3 วัน หากตกลงไม่ได้ให้แจ้งพนักงานประนอมข้อพิพาทภายใน 24 ชั่วโมง"]


@T("hr", hard="TRADE_UNION")
def hn_union_payroll_code_jira_en(r: random.Random) -> list:
    return ["Write acceptance criteria for this Jira story:\n",
            "PAY-", str(r.randint(1000, 9999)), " Support union dues deduction code D-UN01\n",
            "As payroll admin I want to configure a fixed monthly deduction (default 150 THB) under code D-UN01 ",
            "so the employees' union receives dues via a single bank transfer. Must appear on payslip as 'ค่าบำรุงสหภาพ'. ",
            "Employee-level enrolment comes from a separate consent form (out of scope)."]


@T("ecommerce", hard="GENETIC_DATA")
def hn_gen_dna_kit_listing_th(r: random.Random) -> list:
    return ["ช่วยเขียนคำบรรยายสินค้าให้ไม่เกินจริงและไม่ผิดกฎ อย.\n",
            f"สินค้า: ชุดตรวจ DNA ด้วยตนเอง รุ่น Gene{r.randint(1, 9)} (SKU-{r.randint(100000, 999999)}) ราคา {r.randint(39, 129)}90 บาท\n",
            "ตรวจ 120+ รายงาน: ยีนที่เกี่ยวกับการแพ้ยา (เช่น HLA-B*15:02), การเผาผลาญคาเฟอีน, ความเสี่ยงพาหะธาลัสซีเมีย\n",
            "ส่งตัวอย่างน้ำลายกลับด้วยซองที่แนบมา รู้ผลใน 4-6 สัปดาห์"]


@T("healthtech", hard="GENETIC_DATA")
def hn_gen_pgx_api_docs_en(r: random.Random) -> list:
    return ["Improve this API doc section, it confuses integrators:\n\n",
            "### GET /v2/pgx/alleles/{gene}\nReturns the star-allele catalogue for a gene (e.g. CYP2C19, CYP2D6) ",
            "and the default phenotype mapping (poor / intermediate / normal / rapid metaboliser). ",
            "Example: `GET /v2/pgx/alleles/CYP2C19` -> `{\"*2\": \"no function\", \"*3\": \"no function\", \"*17\": \"increased function\"}`. ",
            "Patient results are served by /v2/pgx/results and require scope pgx.read."]


@T("fintech", hard="BIOMETRIC_DATA")
def hn_bio_ekyc_threshold_th(r: random.Random) -> list:
    return ["ตั้ง threshold face match ของ eKYC ยังไงดี ข้อมูลจาก pilot:\n",
            f"threshold=0.70 FAR={r.randint(10, 30) / 100:.2f}% FRR={r.randint(2, 6)}.{r.randint(0, 9)}%\n",
            f"threshold=0.80 FAR=0.0{r.randint(1, 9)}% FRR={r.randint(7, 12)}.{r.randint(0, 9)}%\n",
            "liveness: passive, vendor SDK 3.4.2, ISO 30107-3 level 2\nเกณฑ์ ธปท. ให้ FAR ไม่เกิน 0.1%"]


@T("bank", hard="BIOMETRIC_DATA")
def hn_bio_bot_guideline_summary_en(r: random.Random) -> list:
    return ["Summarise for the board (5 bullets):\n",
            "Banks using biometric authentication must store templates only in encrypted form, never raw images, keep them within ",
            "HSM-protected stores, allow customers to opt out, and re-enrol after a suspected compromise. Face-matching systems ",
            "must be tested against presentation attacks annually. Vendors must be audited for template export controls."]


# ==============================================================================================
# Other hard negatives in the same shapes
# ==============================================================================================
@T("ecommerce", neg=True)
def neg_uuid_order_reconcile_en(r: random.Random) -> list:
    lines = "".join(f"{uuid(r)},{order_no(r)},{amt(r, 100, 9000)},{r.choice(['PAID', 'REFUNDED', 'PENDING'])}\n" for _ in range(4))
    return ["These payment-gateway rows don't match our orders table. Write a SQL anti-join to find the gaps:\n",
            "gateway_txn_id,order_sn,amount_thb,status\n", lines]


@T("ecommerce", neg=True)
def neg_sku_inventory_csv_th(r: random.Random) -> list:
    lines = "".join(f"SKU-{r.randint(100000, 999999)},{r.choice(['เสื้อยืดคอกลม', 'หูฟังไร้สาย', 'กระติกน้ำ 750ml', 'ครีมกันแดด SPF50'])},"
                    f"{r.randint(0, 900)},885{r.randint(10**9, 10**10 - 1)}\n" for _ in range(4))
    return ["ไฟล์ stock นี้ import แล้ว barcode หาย ช่วยดูว่าเป็นเพราะ Excel แปลงเป็น scientific notation ใช่ไหม\n",
            "sku,ชื่อสินค้า,คงเหลือ,barcode\n", lines]


@T("platform", neg=True)
def neg_k8s_crashloop_en(r: random.Random) -> list:
    return ["Pod keeps crashlooping after the upgrade, what's wrong?\n",
            "NAME                              READY   STATUS             RESTARTS   AGE\n",
            f"payment-api-{hexs(r, 10)}-{hexs(r, 5)}   0/1     CrashLoopBackOff   {r.randint(5, 40)}         {r.randint(10, 59)}m\n",
            "Events:\n  Warning  BackOff  kubelet  Back-off restarting failed container\n",
            "Logs: Error: Cannot find module '/app/dist/main.js' (node v22.11.0, image tag 2.31.0-rc.4)"]


@T("platform", neg=True)
def neg_version_bump_changelog_th(r: random.Random) -> list:
    return ["ช่วยเขียน release note ภาษาไทยจาก changelog นี้\n",
            f"## {r.randint(5, 9)}.{r.randint(0, 30)}.0 ({r.randint(2026, 2027)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d})\n",
            "- feat(transfer): รองรับ PromptPay QR tag 30 เวอร์ชันใหม่\n- fix(ios): แอปค้างเมื่อสลับ dark mode บน iOS 18.1\n",
            f"- chore(deps): bump okhttp 4.12.0, react-native 0.76.{r.randint(1, 9)}, openssl 3.0.{r.randint(10, 15)}\n",
            "- perf: ลดเวลาโหลดหน้า statement 35%"]


@T("bank", neg=True)
def neg_masked_pii_log_th(r: random.Random) -> list:
    return ["log หลัง deploy ตัว masking แล้ว ช่วยยืนยันว่าไม่มีข้อมูลหลุด\n",
            f"{ts(r)} transfer ok from=xxx-x-x{r.randint(1000, 9999)}-x to_proxy=08x-xxx-{r.randint(1000, 9999)} amt={amt(r)}\n",
            f"{ts(r)} kyc ok cid=1-xxxx-xxxxx-{r.randint(10, 99)}-x name=ส***** ท***\n",
            f"{ts(r)} card ok pan=4xxx-xxxx-xxxx-{r.randint(1000, 9999)} email=s****@g****.com"]


@T("analytics", neg=True)
def neg_hash_dedupe_en(r: random.Random) -> list:
    lines = "".join(f"{hexs(r, 64)},{r.randint(1, 9)}\n" for _ in range(3))
    return ["We hash phone numbers with SHA-256 + pepper before joining the two CRMs. Is this dedupe logic sound?\n",
            "phone_sha256,orders\n", lines, "pepper is stored in Vault path kv/crm/pepper, rotated yearly"]


@T("telco", neg=True)
def neg_role_mailbox_email_th(r: random.Random) -> list:
    return ["ช่วยแก้อีเมลแจ้งปิดปรับปรุงระบบนี้ให้สั้นลง\n",
            "เรียนลูกค้า ระบบ e-Service จะปิดปรับปรุงในวันอาทิตย์ 02:00-05:00 น. ระหว่างนี้สามารถติดต่อ Call Center 1", str(r.randint(100, 999)),
            " (24 ชม.) หรืออีเมล support@", pick(r, ["telco-example.co.th", "mobile-example.com"]),
            " สำหรับองค์กรติดต่อ enterprise@", pick(r, ["telco-example.co.th", "mobile-example.com"]), " ขออภัยในความไม่สะดวก"]


@T("analytics", neg=True)
def neg_public_company_financials_th(r: random.Random) -> list:
    return ["สรุปงบไตรมาสนี้ของบริษัทจดทะเบียน (ข้อมูลจาก SET) ให้ทีม strategy\n",
            f"รายได้รวม {r.randint(30, 90)},{r.randint(100, 999)} ล้านบาท (+{r.randint(2, 15)}% YoY)\n",
            f"กำไรสุทธิ {r.randint(4, 15)},{r.randint(100, 999)} ล้านบาท, NIM {r.randint(28, 35) / 10}%, NPL ratio {r.randint(25, 40) / 10}%\n",
            "ผู้ถือหุ้นใหญ่: กองทุนรวมวายุภักษ์, Thai NVDR\nเงินปันผลระหว่างกาล 1.50 บาท/หุ้น"]


@T("platform", neg=True)
def neg_placeholder_fixture_th(r: random.Random) -> list:
    return ["ช่วยเขียน factory สำหรับข้อมูลทดสอบให้ใช้ค่าที่ไม่ใช่ข้อมูลจริงแน่นอน ตัวอย่างที่ใช้อยู่ตอนนี้:\n```python\n",
            "CUSTOMER = {\n    'name': 'ทดสอบ ระบบ',\n    'national_id': '0000000000000',\n    'phone': '0000000000',\n",
            "    'email': 'test@example.com',\n    'address': 'TEST ADDRESS ONLY',\n    'card': '4111 1111 1111 1111',\n}\n```\n",
            "QA บอกว่า validator ฝั่ง backend reject เลขบัตรศูนย์ทั้งหมด"]


@T("ecommerce", neg=True)
def neg_prompt_template_jinja_th(r: random.Random) -> list:
    return ["ปรับ prompt template นี้ให้ LLM ไม่แต่งข้อมูลเองเวลา field ว่าง\n```jinja\n",
            "คุณคือผู้ช่วยร้านค้า ตอบลูกค้าชื่อ {{ customer.name }}\nคำสั่งซื้อ {{ order.sn }} สถานะ {{ order.status }}\n",
            "{% if order.tracking %}เลขพัสดุ {{ order.tracking }}{% endif %}\nที่อยู่จัดส่ง: {{ customer.address | default('') }}\n",
            "ห้ามเปิดเผยเบอร์โทรลูกค้า ({{ customer.phone_masked }})\n```"]


@T("fintech", neg=True)
def neg_payment_error_codes_en(r: random.Random) -> list:
    return ["Map these gateway error codes to user-friendly messages (EN + TH):\n",
            "05 Do not honour\n14 Invalid card number\n51 Insufficient funds\n54 Expired card\n",
            "N7 CVV mismatch\n91 Issuer unavailable\n3DS_TIMEOUT Challenge not completed within 300s"]


@T("telco", neg=True)
def neg_promo_sms_template_th(r: random.Random) -> list:
    return ["ย่อ SMS โปรนี้ให้ไม่เกิน 70 ตัวอักษร (ภาษาไทย)\n",
            f"\"เน็ตไม่อั้น {r.randint(10, 30)}Mbps {r.randint(7, 30)} วัน เพียง {r.randint(99, 399)} บาท กด *{r.randint(100, 999)}*{r.randint(10, 99)}# โทรออก ",
            "ยกเลิกรับข่าวสาร กด *137 ฟรี\""]


@T("telco", neg=True)
def neg_sla_report_th(r: random.Random) -> list:
    return ["เขียนบทสรุป SLA รายสัปดาห์ของ call center จากตัวเลขนี้\n",
            f"สายเข้า {r.randint(40000, 90000):,} | รับสายใน 20 วิ {r.randint(70, 92)}% | AHT {r.randint(240, 420)} วิ | abandon {r.randint(3, 9)}.{r.randint(0, 9)}%\n",
            f"chat {r.randint(10000, 30000):,} | FRT {r.randint(20, 90)} วิ | CSAT {r.randint(80, 95)}%\n",
            "top 3 หมวด: เน็ตช้า, บิลผิด, ย้ายค่าย"]


@T("bank", neg=True)
def neg_db_schema_ddl_en(r: random.Random) -> list:
    return ["Review this DDL for PDPA: which columns should be encrypted or tokenised?\n```sql\n",
            "CREATE TABLE customer (\n  id UUID PRIMARY KEY,\n  national_id CHAR(13) NOT NULL,\n  full_name_th TEXT,\n",
            "  full_name_en TEXT,\n  birth_date DATE,\n  mobile VARCHAR(15),\n  religion TEXT,\n  face_template BYTEA,\n",
            "  created_at TIMESTAMPTZ DEFAULT now()\n);\n```"]


@T("analytics", neg=True)
def neg_ab_test_analytics_th(r: random.Random) -> list:
    a, b = r.randint(2000, 2600), r.randint(2000, 2600)
    return ["ผล A/B test หน้า checkout แบบนี้ significant ไหม\n",
            f"variant A: ผู้ใช้ 48,210 คน สั่งซื้อ {a} | variant B: ผู้ใช้ 48,003 คน สั่งซื้อ {b}\n",
            "ทดสอบ 14 วัน, metric หลัก conversion rate, alpha 0.05"]


@T("logistics", neg=True)
def neg_tracking_status_batch_th(r: random.Random) -> list:
    lines = "".join(f"{tracking(r)}  {r.choice(['รับพัสดุแล้ว', 'อยู่ระหว่างขนส่ง', 'นำจ่ายสำเร็จ', 'ตีกลับ'])}  {r.choice(['BKK-HUB1', 'KKC-DC', 'CNX-DC'])}\n"
                    for _ in range(4))
    return ["ช่วยนับว่าพัสดุแต่ละสถานะมีกี่ชิ้น แล้วแสดงเป็นตาราง\n", lines]


@T("telco", neg=True)
def neg_support_queue_stats_en(r: random.Random) -> list:
    return ["Summarise yesterday's support queue for the morning huddle:\n",
            f"- billing disputes: {r.randint(100, 400)} (avg age 2.1d)\n- SIM re-registration: {r.randint(50, 200)}\n",
            f"- 5G coverage complaints: {r.randint(30, 120)} (mostly Bang Na, Rangsit)\n- eSIM activation failures: {r.randint(10, 60)} after iOS 18.1\n",
            "Backlog over SLA: 7%. No P1s."]


@T("bank", neg=True)
def neg_bank_rate_table_th(r: random.Random) -> list:
    return ["ช่วยทำตารางเปรียบเทียบดอกเบี้ยนี้ให้ลงหน้าเว็บ (HTML)\n",
            f"ออมทรัพย์ 0.{r.randint(25, 60)}% | ฝากประจำ 6 เดือน 1.{r.randint(10, 60)}% | ฝากประจำ 12 เดือน 1.{r.randint(40, 90)}%\n",
            f"MRR 7.{r.randint(10, 40)}% | MLR 6.{r.randint(50, 90)}% | ค่าธรรมเนียมโอนต่างธนาคาร 0 บาท"]


# ----------------------------------------------------------------------------------------------
# Build, check, write
# ----------------------------------------------------------------------------------------------
THAI = re.compile(r"[\u0e00-\u0e7f]")


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
        row["id"] = f"f14-{n:04d}"
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
    # a negative must not carry an unlabelled value of a checksummed type by accident
    for r in rows:
        if r["negative"]:
            for m in re.findall(r"(?<![\d.])\d{13}(?![\d.])", r["text"]):
                if pin.is_valid(m) and not m.startswith(("17", "18")):
                    problems.append(f"{r['template']}: negative holds an ID-like number {m}")
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
              f"english_only={english_only_share(rows):.0%}")
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
            print(f"{args.out} is stale: rerun bench/make_freshset14.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
