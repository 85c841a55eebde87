"""Thirtieth blind held-out set for pdpa-guard: bench/freshset30.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md and the interface of tests/test_freshsets.py only. Emphasis: messy human typing as people
really paste it into chatbots -- LINE / Facebook / TikTok chats with typos, repeated letters and 555,
Thai slang and particles (พี่ๆ, จ้า, คับ, อะ), names in karaoke transliteration or mixed scripts,
missing or extra spaces, numbers typed with stray spaces, dots or Thai digits, screenshots and OCR with
broken lines, voice-note transcripts, forwarded messages with headers and emoji between words; from
shops, banks, hospitals, schools, landlords, garages and community groups. Negatives are just as messy:
memes, chit-chat, product questions, order numbers, tracking codes, prices and gossip about public news.

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file (never Faker).

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, Mr,
Dr ...); a nickname standing for a specific private person is a PERSON. ADDRESS is one span from the
house number to the postcode (or province), line breaks of an OCR'd scan included; DATE_OF_BIRTH is the
date only; cued numbers (HN, student ID, account ...) are the number only, in whatever digits and
spacing the writer typed (Thai digits are checked after mapping them to ASCII); a plate includes the
province written right after it; s.26 spans are the shortest phrase disclosing the fact about the
person (the writer included). Role mailboxes (info@, hr@, support@ ...) are not personal data and are
left unlabelled; public figures in news are not labelled; topics, policies, statistics, products and
laws are not s.26 data.

    python bench/make_freshset30.py            # (re)write bench/freshset30.jsonl
    python bench/make_freshset30.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset30.py --stats    # print coverage
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

SEED = "freshset30"
OUT = Path(__file__).resolve().parent / "freshset30.jsonl"
PROMPTS_PER_TEMPLATE = 2

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker): Thai spelling with the karaoke romanisation people type
# ----------------------------------------------------------------------------------------------
GIVEN = [
    ("สมพร", "Somporn", "f"), ("วนิดา", "Wanida", "f"), ("ชลธิชา", "Chonthicha", "f"), ("ธีรวัฒน์", "Theerawat", "m"),
    ("กัลยา", "Kanlaya", "f"), ("ประยูร", "Prayoon", "m"), ("สุภาวดี", "Supawadee", "f"), ("ณัฐพงษ์", "Nattapong", "m"),
    ("จันทร์จิรา", "Janjira", "f"), ("พิมพ์ชนก", "Pimchanok", "f"), ("อนุวัฒน์", "Anuwat", "m"), ("เยาวลักษณ์", "Yaowalak", "f"),
    ("บุญส่ง", "Boonsong", "m"), ("ทองม้วน", "Thongmuan", "f"), ("ศิริพร", "Siriporn", "f"), ("วีรยุทธ", "Weerayut", "m"),
    ("กนกวรรณ", "Kanokwan", "f"), ("สุรศักดิ์", "Surasak", "m"), ("ปราณี", "Pranee", "f"), ("ชาญชัย", "Chanchai", "m"),
    ("นิตยา", "Nittaya", "f"), ("อรทัย", "Orathai", "f"), ("เอกราช", "Ekkarat", "m"), ("รุ่งนภา", "Rungnapa", "f"),
    ("สมบัติ", "Sombat", "m"), ("ไพศาล", "Paisan", "m"), ("มาลัย", "Malai", "f"), ("จิรายุ", "Jirayu", "m"),
    ("ภัทรา", "Pattra", "f"), ("เกียรติศักดิ์", "Kiattisak", "m"), ("ดารุณี", "Darunee", "f"), ("ปิยพงษ์", "Piyapong", "m"),
]
SUR = [
    ("แก้วประเสริฐ", "Kaewprasert"), ("ใจดีงาม", "Jaideengam"), ("ทองคำสุข", "Thongkhamsuk"),
    ("ศรีวงศ์", "Sriwong"), ("บุญมาก", "Boonmak"), ("แสงอรุณ", "Saengarun"), ("พึ่งบุญ", "Phungboon"),
    ("มีสุข", "Meesuk"), ("วงศ์สวัสดิ์", "Wongsawat"), ("อินทร์แก้ว", "Inkaew"), ("ชัยมงคล", "Chaimongkol"),
    ("ปัญญาดี", "Panyadee"), ("สุขเจริญ", "Sukcharoen"), ("คงกระพัน", "Khongkrapan"), ("เรืองศรี", "Ruangsri"),
    ("นาคสวัสดิ์", "Naksawat"), ("ดวงแก้ว", "Duangkaew"), ("หอมจันทร์", "Homchan"), ("ทิพย์มณี", "Thipmanee"),
    ("แซ่ลิ้ม", "Saelim"), ("จันทร์หอม", "Chanhom"), ("พรหมวงศ์", "Promwong"), ("ศักดิ์ดี", "Sakdee"),
]
NICK = [
    ("แนน", "Nan", "f"), ("ปุ้ย", "Puy", "f"), ("เมย์", "May", "f"), ("ต้น", "Ton", "m"), ("บอส", "Boss", "m"), ("แพร", "Prae", "f"),
    ("ฝน", "Fon", "f"), ("อ้อม", "Aom", "f"), ("นุ่น", "Noon", "f"), ("เจ", "Jay", "m"), ("กอล์ฟ", "Golf", "m"), ("ปอนด์", "Pond", "m"),
    ("มายด์", "Mind", "f"), ("โบว์", "Bow", "f"), ("ตาล", "Tan", "f"), ("น้ำหวาน", "Namwan", "f"), ("เก่ง", "Keng", "m"),
    ("ออม", "Orm", "f"), ("แอ๋ว", "Aew", "f"), ("ติ๊ก", "Tik", "m"), ("หนิง", "Ning", "f"), ("โอ๊ต", "Oat", "m"), ("จ๋า", "Ja", "f"),
]
MYANMAR = [("Aung Ko Ko", "อ่อง โก โก"), ("Su Su Hlaing", "ซู ซู หล่าย"), ("Min Thu Aung", "มิน ทู อ่อง"),
           ("Thin Thin Aye", "ทิน ทิน เอ"), ("Kyaw Zin Htet", "จ่อ ซิน เทต"), ("Nan Hsu Mon", "นาน ซู มอน")]
WESTERN = ["Daniel Hartmann", "Chloe Bennett", "Marco Ferretti", "Hannah Kowalczyk", "Liam O'Sullivan",
           "Sofia Lindgren", "Kenji Takahashi", "Nguyen Thi Lan", "Rahul Mehta", "Sokha Chan"]
MALAY = ["อับดุลเลาะ สาและ", "ซูไฮมี ดาโอ๊ะ", "นูรีซัน มะแซ", "ฮาซัน ยูโซะ", "ฟาตีเมาะ เจ๊ะมะ", "รอฮานี หะยีสาแม"]
DOCTORS = ["วรเชษฐ์ อุดมสุข", "ปิยะดา ชนะภัย", "กิตติศักดิ์ รัตนวงศ์", "อารีย์ สมปอง"]


def _pick(r: random.Random, table: list, sex: str | None) -> tuple:
    return r.choice([t for t in table if sex is None or t[-1] == sex])


def g(r: random.Random, sex: str | None = None) -> str:
    """A given name alone; sex "m"/"f" where the chat makes it plain (ผม/ครับ, หนู/ค่ะ, พ่อ/แม่ ...)."""
    return _pick(r, GIVEN, sex)[0]


def thn(r: random.Random, sex: str | None = None) -> str:
    """Thai full name, sometimes with the double space or missing space people type."""
    sep = r.choice([" ", " ", " ", "  ", ""])
    return f"{_pick(r, GIVEN, sex)[0]}{sep}{r.choice(SUR)[0]}"


def romn(r: random.Random, case: str | None = None, sex: str | None = None) -> str:
    """Karaoke romanisation, in the case people actually type it."""
    v = f"{_pick(r, GIVEN, sex)[1]} {r.choice(SUR)[1]}"
    case = case or r.choice(["title", "lower", "upper", "title"])
    return {"title": v, "lower": v.lower(), "upper": v.upper()}[case]


def mixn(r: random.Random, sex: str | None = None) -> str:
    """Given name in one script and surname in the other."""
    (gt, gr, _), (st, sr) = _pick(r, GIVEN, sex), r.choice(SUR)
    return r.choice([f"{gt} {sr}", f"{gr} {st}", f"{gr.lower()} {st}"])


def nk(r: random.Random, sex: str | None = None) -> str:
    return _pick(r, NICK, sex)[0]


def nkr(r: random.Random, sex: str | None = None) -> str:
    return _pick(r, NICK, sex)[1]


def titled_parts(r: random.Random) -> list:
    title, name = titled(r)
    return [title, " ", ("PERSON", name)]


def titled(r: random.Random) -> tuple[str, str]:
    """A title and a Thai full name of the matching sex."""
    sex = r.choice("mf")
    return ("นาย" if sex == "m" else r.choice(["นาง", "นางสาว", "น.ส."])), thn(r, sex)


# ----------------------------------------------------------------------------------------------
# Fabricated values, typed the messy ways people type them
# ----------------------------------------------------------------------------------------------
TH_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
TO_ASCII = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def thd(s: str) -> str:
    return s.translate(TH_DIGITS)


def digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _pin(r: random.Random, first: str | None = None) -> str:
    body = (first or r.choice("1112358")) + digits(r, 11)
    return body + pin.calc_check_digit(body)


def nid(r: random.Random, style: str | None = None) -> str:
    d = _pin(r)
    style = style or r.choice(["dash", "plain", "space", "thai", "odd", "dots", "stray", "dash", "thai_dash"])
    groups = [d[0], d[1:5], d[5:10], d[10:12], d[12]]
    return {
        "dash": "-".join(groups),
        "plain": d,
        "space": " ".join(groups),
        "thai": thd(d),
        "thai_dash": thd("-".join(groups)),
        "odd": f"{d[:5]} {d[5:10]} {d[10:]}",
        "dots": ".".join(groups),
        "stray": f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:]}",
    }[style]


def juristic(r: random.Random, style: str | None = None) -> str:
    body = "0" + r.choice(["105", "107", "135", "405", "505", "205", "125"]) + r.choice("5566") + digits(r, 7)
    d = body[:12] + moa.calc_check_digit(body[:12])
    style = style or r.choice(["plain", "dash", "plain", "spaced", "odd"])
    if style == "plain":
        return d
    if style == "spaced":
        return " ".join(d)
    if style == "odd":
        return f"{d[:4]} {d[4:9]} {d[9:]}"
    return "-".join([d[0], d[1:3], d[3], d[4:7], d[7:12], d[12]])


def epoch_ms(r: random.Random, lo: int = 1_700_000_000_000, hi: int = 1_860_000_000_000) -> str:
    """A 13-digit epoch-ms timestamp (2023-2028) that happens to pass the Thai ID checksum."""
    while True:
        v = str(r.randint(lo, hi))
        if v[:2] in ("17", "18") and pin.is_valid(v):
            return v


def _luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def card(r: random.Random, style: str | None = None) -> str:
    prefix = r.choice(["4", "4", "4", "52", "54", "55", "3530", "2223"])
    body = prefix + digits(r, 15 - len(prefix))
    d = next(body + c for c in "0123456789" if _luhn_ok(body + c))
    style = style or r.choice(["space", "dash", "plain", "odd", "space", "tail"])
    return {
        "space": f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}",
        "dash": f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}",
        "plain": d,
        "odd": f"{d[:8]} {d[8:]}",
        "tail": f"{d[:4]} {d[4:8]} {d[8:10]} {d[10:12]} {d[12:]}",
    }[style]


def _valid_phone(v: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, "TH"))
    except phonenumbers.NumberParseException:
        return False


def phone(r: random.Random, style: str | None = None) -> str:
    while True:
        d = "0" + r.choice("6899") + digits(r, 8)
        n = d[1:]
        s = style or r.choice(["dash", "plain", "space", "odd", "dots", "thai", "dash7", "intl", "plain",
                               "pair", "spaced", "thai_dash", "66", "intl_plain"])
        v = {
            "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}",
            "dash7": f"{d[:3]}-{d[3:]}",
            "plain": d,
            "space": f"{d[:3]} {d[3:6]} {d[6:]}",
            "odd": f"{d[:2]} {d[2:6]} {d[6:]}",
            "dots": f"{d[:3]}.{d[3:6]}.{d[6:]}",
            "pair": f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
            "spaced": " ".join(d),
            "thai": thd(d),
            "thai_dash": thd(f"{d[:3]}-{d[3:6]}-{d[6:]}"),
            "intl": f"+66 {n[:2]} {n[2:5]} {n[5:]}",
            "intl_plain": f"+66{n}",
            "66": f"66{n}",
        }[s]
        if _valid_phone(v):
            return v


def landline(r: random.Random) -> str:
    while True:
        area = r.choice(["02", "053", "043", "038", "074", "044", "056"])
        rest = digits(r, 9 - len(area))
        if area == "02":
            rest = str(r.randint(2, 9)) + rest[1:]
        d = area + rest
        v = r.choice([f"02-{d[2:5]}-{d[5:]}" if area == "02" else f"{d[:3]}-{d[3:6]}-{d[6:]}", d,
                      f"{d[:3]} {d[3:]}"])
        if _valid_phone(v):
            return v


FREE_MAIL = ["gmail.com", "hotmail.com", "yahoo.com", "icloud.com", "outlook.co.th", "hotmail.co.th", "live.com"]


def email(r: random.Random, base: str | None = None) -> str:
    if base is None:
        gr, sr = r.choice(GIVEN)[1].lower(), r.choice(SUR)[1].lower()
    else:
        parts = re.sub(r"[^A-Za-z ]", "", base).lower().split()
        gr, sr = parts[0], parts[-1]
    nkv = r.choice(NICK)[1].lower()
    local = r.choice([f"{gr}.{sr}", f"{gr}{r.randint(2520, 2549)}", f"{nkv}{nkv[-1]}{nkv[-1]}{r.randint(1, 99)}",
                      f"{gr}_{sr[:4]}", f"{nkv}.{gr}", f"{sr}{r.randint(70, 99)}", f"{nkv}_shop{r.randint(1, 9)}",
                      f"{gr.capitalize()}.{sr.capitalize()}"])
    return f"{local}@{r.choice(FREE_MAIL)}"


def ipv4(r: random.Random) -> str:
    while True:
        v = ipaddress.IPv4Address(r.choice([r.randint(0x01000000, 0xDFFFFFFF),
                                            (r.choice([171, 182, 184, 49, 110, 125, 1]) << 24) + r.randint(0, 0xFFFFFF)]))
        if v.is_global:
            return str(v)


def passport(r: random.Random, kind: str = "th") -> str:
    if kind == "th":
        return r.choice(["AA", "AB", "AC", "A"]) + digits(r, 7)
    if kind == "mm":
        return r.choice(["MA", "MB", "MC", "MD"]) + digits(r, 6)
    if kind == "la":
        return "P" + digits(r, 7)
    if kind == "kh":
        return "N" + digits(r, 7)
    return r.choice(["C", "E", "K", "PA", "LR"]) + digits(r, 7)


BANKS = ["กสิกร", "กสิกรไทย", "ไทยพาณิชย์", "scb", "กรุงไทย", "กรุงเทพ", "ออมสิน", "ttb", "กรุงศรี", "ธกส"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    d = digits(r, 10)
    style = style or r.choice(["dash", "plain", "each", "space", "thai", "dash2", "dash", "gsb"])
    if style == "gsb":
        d12 = "0" + digits(r, 11)
        return r.choice([d12, f"{d12[:4]} {d12[4:8]} {d12[8:]}"])
    return {
        "dash": f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}",
        "plain": d,
        "each": " ".join(d),
        "space": f"{d[:3]} {d[3]} {d[4:9]} {d[9]}",
        "thai": thd(d),
        "dash2": f"{d[:3]}-{d[3:9]}-{d[9]}",
    }[style]


PLATE_LETTERS = ["กข", "ขค", "งท", "ฆฆ", "ชล", "ถพ", "ศร", "ฎฐ", "กอ", "ผจ", "นบ", "วจ", "สพ", "ภถ", "ญต"]
PLATE_PROV = ["กรุงเทพมหานคร", "กทม", "กรุงเทพฯ", "เชียงใหม่", "ชลบุรี", "ขอนแก่น", "นนทบุรี", "ระยอง",
              "นครราชสีมา", "อุดรธานี", "สุราษฎร์ธานี", "ปทุมธานี", "พิษณุโลก", "ลำปาง"]


def plate(r: random.Random, style: str | None = None, prov: str | None = None) -> str:
    num = str(r.randint(1, 9999))
    letters = r.choice(PLATE_LETTERS)
    prov = prov or r.choice(PLATE_PROV)
    style = style or r.choice(["pre", "glued", "dash", "pre_glued", "plain", "thai", "pre"])
    core = {
        "pre": f"{r.randint(1, 9)}{letters} {num}",
        "pre_glued": f"{r.randint(1, 9)}{letters}{num}",
        "glued": f"{letters}{num}",
        "dash": f"{letters}-{num}",
        "plain": f"{letters} {num}",
        "thai": thd(f"{r.randint(1, 9)}{letters} {num}"),
    }[style]
    return f"{core} {prov}"


AREAS = [  # (tambon, amphoe, province, postcode) in the short forms people type
    ("ต.บ้านใหม่", "อ.เมือง", "จ.นครราชสีมา", "30000"),
    ("ต.ป่าแดด", "อ.เมือง", "จ.เชียงใหม่", "50100"),
    ("ต.บางคูรัด", "อ.บางบัวทอง", "จ.นนทบุรี", "11110"),
    ("ต.ศิลา", "อ.เมืองขอนแก่น", "จ.ขอนแก่น", "40000"),
    ("ต.หนองปรือ", "อ.บางละมุง", "จ.ชลบุรี", "20150"),
    ("ต.คอหงส์", "อ.หาดใหญ่", "จ.สงขลา", "90110"),
    ("ต.บ้านเป็ด", "อ.เมือง", "ขอนแก่น", "40000"),
    ("ต.ท่าทราย", "อ.เมือง", "นนทบุรี", "11000"),
    ("ต.บางเมือง", "อ.เมือง", "สมุทรปราการ", "10270"),
    ("ต.คลองสาม", "อ.คลองหลวง", "ปทุมธานี", "12120"),
    ("ต.หมากแข้ง", "อ.เมือง", "อุดรธานี", "41000"),
    ("ต.เนินพระ", "อ.เมือง", "ระยอง", "21000"),
]
BKK = [
    ("แขวงหัวหมาก", "เขตบางกะปิ", "กทม", "10240"),
    ("แขวงลาดพร้าว", "เขตลาดพร้าว", "กรุงเทพ", "10230"),
    ("แขวงบางจาก", "เขตพระโขนง", "กรุงเทพฯ", "10260"),
    ("แขวงท่าแร้ง", "เขตบางเขน", "กทม.", "10220"),
    ("แขวงสามเสนนอก", "เขตห้วยขวาง", "กรุงเทพมหานคร", "10310"),
]
BKK_STREETS = ["ซ.ลาดพร้าว 101", "ซอยรามคำแหง 53", "ซ.สุขุมวิท 93", "ถ.ประชาอุทิศ", "ซอยอ่อนนุช 44", "ซ.รามอินทรา 40"]
PROV_STREETS = ["ถ.มิตรภาพ", "ซอย 5", "ถนนเพชรเกษม", "ซ.วัดใหม่", "ถ.สุขุมวิท", "ซอยเทศบาล 12"]
ADDR_EN = [
    ("Lumpini Ville Ramintra, Soi Ram Inthra 40", "Tha Raeng", "Bang Khen", "Bangkok", "10220"),
    ("Moo 5, Nong Prue", "Nong Prue", "Bang Lamung", "Chon Buri", "20150"),
    ("Soi Sukhumvit 93", "Bang Chak", "Phra Khanong", "Bangkok", "10260"),
    ("Nimman Soi 7, Huay Kaew Rd", "Suthep", "Muang", "Chiang Mai", "50200"),
]


def house(r: random.Random) -> str:
    return r.choice([str(r.randint(2, 899)), f"{r.randint(1, 299)}/{r.randint(1, 150)}", f"{r.randint(1, 99)}/{r.randint(1, 9)}"])


def addr(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["th", "th", "nospace", "bkk", "thai", "nl", "en", "moo_word", "condo"])
    if style == "en":
        st, sub, dist, prov, pc = r.choice(ADDR_EN)
        return f"{house(r)} {st}, {sub}, {dist}, {prov} {pc}"
    if style in ("bkk", "condo"):
        t, a, p, pc = r.choice(BKK)
        lead = house(r)
        if style == "condo":
            lead = f"{r.randint(100, 999)}/{r.randint(100, 899)} คอนโด{r.choice(['ลุมพินี', 'ศุภาลัย', 'ไอดีโอ'])} ตึก {r.choice('ABC')} ชั้น {r.randint(2, 29)}"
        return f"{lead} {r.choice(BKK_STREETS)} {t} {a} {p} {pc}"
    t, a, p, pc = r.choice(AREAS)
    moo = r.choice([f" ม.{r.randint(1, 14)}", f" หมู่ {r.randint(1, 14)}", f" ม{r.randint(1, 14)}", ""])
    street = r.choice(["", " " + r.choice(PROV_STREETS)])
    h = house(r)
    if style == "nospace":
        return f"{h}{moo.strip()}{street.strip()}{t}{a}{p}{pc}"
    if style == "thai":
        return thd(f"{h}{moo}{street} {t} {a} {p} {pc}")
    if style == "nl":
        return f"{h}{moo}{street}\n{t} {a}\n{p} {pc}"
    if style == "moo_word":
        return f"{h} หมู่ที่ {r.randint(1, 14)} {t.replace('ต.', 'ตำบล')} {a.replace('อ.', 'อำเภอ')} {p.replace('จ.', 'จังหวัด')} {pc}"
    return f"{h}{moo}{street} {t} {a} {p} {pc}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TH_MON_NODOT = ["มค", "กพ", "มีค", "เมย", "พค", "มิย", "กค", "สค", "กย", "ตค", "พย", "ธค"]
TH_MON_SPOKEN = ["มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา", "มิถุนา", "กรกฎา", "สิงหา", "กันยา", "ตุลา",
                 "พฤศจิกา", "ธันวา"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dob(r: random.Random, style: str | None = None, lo: int = 1960, hi: int = 2008) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    be = y + 543
    style = style or r.choice(["slash_be2", "nodot", "short2", "thai", "dash_ce", "dot_be", "en", "spoken",
                               "slash_be", "long"])
    return {
        "slash_be2": f"{d}/{m}/{str(be)[2:]}",
        "slash_be": f"{d:02d}/{m:02d}/{be}",
        "nodot": f"{d} {TH_MON_NODOT[m - 1]} {be}",
        "short2": f"{d} {TH_MON[m - 1]} {str(be)[2:]}",
        "thai": thd(f"{d} {TH_MON[m - 1]} {be}"),
        "dash_ce": f"{d:02d}-{m:02d}-{y}",
        "dot_be": f"{d:02d}.{m:02d}.{be}",
        "en": f"{EN_MON[m - 1]} {d}, {y}",
        "spoken": f"{d} {TH_MON_SPOKEN[m - 1]} {str(be)[2:]}",
        "long": f"{d} {TH_MONTHS[m - 1]} {be}",
    }[style]


def student_id(r: random.Random, style: str | None = None) -> str:
    yy = r.randint(64, 69)
    style = style or r.choice(["uni", "uni", "dash", "school", "thai", "b"])
    return {
        "uni": f"{yy}{r.randint(10, 99)}{r.randint(100000, 999999)}",
        "dash": f"{yy}-{r.randint(1000, 9999)}-{r.randint(100, 999)}",
        "school": str(r.randint(10000, 49999)),
        "thai": thd(str(r.randint(10000, 49999))),
        "b": f"B{yy}{r.randint(10000, 99999)}",
    }[style]


def hn(r: random.Random, style: str | None = None) -> str:
    yy = r.randint(58, 69)
    style = style or r.choice(["slash", "dash", "plain", "thai", "slash"])
    return {
        "slash": f"{r.randint(100, 99999)}/{yy}",
        "dash": f"{yy}-{r.randint(10000, 999999):06d}",
        "plain": str(r.randint(1000000, 9999999)),
        "thai": thd(f"{r.randint(1000, 99999)}/{yy}"),
    }[style]


def line_id(r: random.Random, base: str | None = None) -> str:
    b = (base or r.choice(NICK)[1]).lower()
    return r.choice([f"{b}{r.randint(1, 99)}", f"{b}_{r.choice(['za', 'jung', 'naja', 'kub', 'shop'])}",
                     f"{b}.{r.choice(['bkk', 'cnx', 'kk', 'ubon'])}{r.randint(0, 9)}", f"{b}{b[-1]}{b[-1]}{b[-1]}",
                     f"{r.choice(['nong', 'pee', 'mae'])}{b}", f"{b}-{r.randint(2530, 2550)}"])


def order_no(r: random.Random) -> str:
    return r.choice([f"2{r.randint(10, 12)}{r.randint(1, 28):02d}{digits(r, 8)}{r.choice('ABCDEFGHJK')}{digits(r, 2)}",
                     f"{r.randint(24, 26)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{digits(r, 6)}"])


def tracking(r: random.Random) -> str:
    return r.choice([f"TH{digits(r, 10)}{r.choice('ABCDE')}", f"KER{digits(r, 10)}", f"SPXTH0{digits(r, 11)}",
                     f"JNT{digits(r, 9)}", f"EF{digits(r, 9)}TH"])


def price(r: random.Random, lo: int = 59, hi: int = 9900) -> str:
    v = r.randint(lo, hi)
    return r.choice([f"{v:,}", str(v), f"{v:,}.-", f"{v} บ.", f"฿{v:,}", thd(str(v))])


# ----------------------------------------------------------------------------------------------
# Value checks used by tests/test_freshsets.py on every labelled span
# ----------------------------------------------------------------------------------------------
def _check_value(entity_type: str, span: str) -> bool:
    """True when a labelled span is a well-formed fabricated value of its type (Thai digits mapped)."""
    if not span or span != span.strip():
        return False
    ascii_span = span.translate(TO_ASCII)
    digs = re.sub(r"\D", "", ascii_span)
    if entity_type == "TH_NATIONAL_ID":
        return bool(re.fullmatch(r"[0-9 .-]+", ascii_span)) and pin.is_valid(digs)
    if entity_type == "TH_JURISTIC_ID":
        return bool(re.fullmatch(r"[0-9 .-]+", ascii_span)) and moa.is_valid(digs)
    if entity_type == "CREDIT_CARD":
        return bool(re.fullmatch(r"[0-9 -]+", ascii_span)) and 13 <= len(digs) <= 19 and _luhn_ok(digs)
    if entity_type == "PHONE_NUMBER":
        return _valid_phone(ascii_span)
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
        return bool(re.fullmatch(r"[0-9 -]+", ascii_span)) and len(digs) in (10, 12)
    if entity_type == "TH_VEHICLE_PLATE":
        return bool(re.fullmatch(r"[0-9]?[ก-ฮ]{1,2}[ -]?[0-9]{1,4} [ก-ฮะ-ฺเ-ๅ็-ํฯ]+\.?", ascii_span))
    if entity_type == "ADDRESS":
        return bool(re.match(r"[0-9]", ascii_span)) and len(span) >= 12
    if entity_type == "DATE_OF_BIRTH":
        return bool(re.search(r"[0-9]", ascii_span)) and len(span) <= 30
    if entity_type == "STUDENT_ID":
        return bool(re.fullmatch(r"[A-Z]?[0-9][0-9-]{3,12}", ascii_span))
    if entity_type == "MEDICAL_RECORD_NUMBER":
        return bool(re.fullmatch(r"[0-9][0-9/-]{4,11}", ascii_span)) and len(digs) >= 5
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


# Short constructors: each returns one labelled part.
def P(v: str) -> tuple[str, str]:
    return ("PERSON", v)


def TEL(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("PHONE_NUMBER", phone(r, style))


def LAND(r: random.Random) -> tuple[str, str]:
    return ("PHONE_NUMBER", landline(r))


def MAIL(r: random.Random, base: str | None = None) -> tuple[str, str]:
    return ("EMAIL_ADDRESS", email(r, base))


def CARD(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("CREDIT_CARD", card(r, style))


def IP(r: random.Random) -> tuple[str, str]:
    return ("IP_ADDRESS", ipv4(r))


def NID(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("TH_NATIONAL_ID", nid(r, style))


def PASS(r: random.Random, kind: str = "th") -> tuple[str, str]:
    return ("TH_PASSPORT", passport(r, kind))


def ACCT(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("TH_BANK_ACCOUNT", bank_acct(r, style))


def PLATE(r: random.Random, style: str | None = None, prov: str | None = None) -> tuple[str, str]:
    return ("TH_VEHICLE_PLATE", plate(r, style, prov))


def ADDR(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("ADDRESS", addr(r, style))


def DOB(r: random.Random, style: str | None = None, lo: int = 1960, hi: int = 2008) -> tuple[str, str]:
    return ("DATE_OF_BIRTH", dob(r, style, lo, hi))


def SID(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("STUDENT_ID", student_id(r, style))


def HN(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("MEDICAL_RECORD_NUMBER", hn(r, style))


def LINE(r: random.Random, base: str | None = None) -> tuple[str, str]:
    return ("LINE_ID", line_id(r, base))


def JUR(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("TH_JURISTIC_ID", juristic(r, style))


def HEALTH(v: str) -> tuple[str, str]:
    return ("HEALTH_DATA", v)


def REL(v: str) -> tuple[str, str]:
    return ("RELIGION", v)


def ETH(v: str) -> tuple[str, str]:
    return ("ETHNICITY", v)


def POL(v: str) -> tuple[str, str]:
    return ("POLITICAL_OPINION", v)


def CRIM(v: str) -> tuple[str, str]:
    return ("CRIMINAL_RECORD", v)


def SEX(v: str) -> tuple[str, str]:
    return ("SEXUAL_BEHAVIOUR", v)


def DIS(v: str) -> tuple[str, str]:
    return ("DISABILITY", v)


def UNION(v: str) -> tuple[str, str]:
    return ("TRADE_UNION", v)


def GEN(v: str) -> tuple[str, str]:
    return ("GENETIC_DATA", v)


def BIO(v: str) -> tuple[str, str]:
    return ("BIOMETRIC_DATA", v)


def emo(r: random.Random, pool: str = "😭🙏😅🥹😊❤️🤣✨👍😆") -> str:
    """One or two emoji as people scatter them between words."""
    e = [c for c in pool if c != "\ufe0f"]
    return "".join(r.choice(e) for _ in range(r.randint(1, 3)))


def laugh(r: random.Random) -> str:
    return "5" * r.randint(3, 9) + r.choice(["", "+", "++", " "]).rstrip()


def clock(r: random.Random) -> str:
    return f"{r.randint(6, 23):02d}:{r.randint(0, 59):02d}"


def bday(r: random.Random) -> str:
    """A recent chat date header, not a birth date."""
    return f"{r.randint(1, 28)}/{r.randint(1, 12)}/{r.choice(['68', '69', '2568', '2569'])}"


# ================================================================================================
# RETAIL: FB page inboxes, TikTok live, LINE shops, pharmacies
# ================================================================================================
@T("retail")
def fb_inbox_order_summary(r: random.Random) -> list:
    name = thn(r, "f")
    return [
        "ช่วยสรุปออเดอร์จากแชทเพจให้หน่อย ทำเป็นตาราง ชื่อ/ที่อยู่/เบอร์/รายการ\n\n",
        f"ลูกค้า: สวัสดีค่าาา {emo(r)} สนใจเสื้อครอปสีครีม ไซส์ M 2ตัวค่ะ\n",
        "แอดมิน: ได้เลยค่ะ รบกวนแจ้งชื่อที่อยู่จัดส่งค่ะ\n",
        "ลูกค้า: ", P(name), " ค่ะ\nส่งที่ ", ADDR(r, r.choice(["th", "nospace", "moo_word"])),
        "\nเบอ ", TEL(r, r.choice(["odd", "pair", "plain"])), " นะคะ โอนแล้วเดี๋ยวส่งสลิปให้ค้าา",
    ]


@T("retail")
def tiktok_live_cf_comments(r: random.Random) -> list:
    a, b = nk(r), thn(r, "f")
    return [
        "ก๊อปคอมเมนต์ไลฟ์ tiktok มา ช่วยแยกว่าใคร CF ตัวไหน แล้วดึงที่อยู่ออกมาให้ที\n",
        "------\n",
        f"user8823xx: CF เบอร์ 7 ค่าา {emo(r)}\n",
        "mamy_shop: ราคาเท่าไหร่คะะะะ\n",
        "ploy_ploy: cf 12 กับ 15 จ้า ชื่อ ", P(a), " ส่ง ", ADDR(r, "nospace"), " ", TEL(r, "thai"), "\n",
        "ขายดีจัง: แม่ค้าหน้าสวยมากกก\n",
        "nongfah.z: CF 3 ค่ะ ", P(b), " ", ADDR(r, "th"), " โทร ", TEL(r, "dash"), f" {emo(r)}\n",
        f"tuktik11: {laugh(r)} ตามไม่ทันแล้ว\n",
    ]


@T("retail")
def line_slip_ocr_transfer(r: random.Random) -> list:
    title, payer = titled(r)
    return [
        "ลูกค้าส่งสลิปมาใน LINE ตัวหนังสือจากรูปออกมาแบบนี้ ช่วยเช็คว่ายอดตรงกับออเดอร์ 1,290 ไหม\n\n",
        "โอนเงินสำเร็จ\n", f"{r.randint(1, 28)} มี.ค. 69 {clock(r)} น.\n",
        title + " ", P(payer), "\n",
        r.choice(["ธ.กสิกรไทย", "ธ.ไทยพาณิชย์", "กรุงไทย"]), "\n", ACCT(r, r.choice(["dash", "space"])), "\n",
        "     ↓\n", "ร้าน", r.choice(["มุมผ้าสวย", "บ้านครีมหน้าใส", "ลูกชิ้นทอดเจ้าเก่า"]),
        "\nxxx-x-x", digits(r, 4), "-x\n", "จำนวน: 1,290.00 บาท\nค่าธรรมเนียม: 0.00 บาท\n",
        f"เลขที่รายการ:\n0{digits(r, 3)}{r.choice('ABCDEF')}{digits(r, 4)}BOR{digits(r, 5)}\n",
    ]


@T("retail")
def cod_broken_refund_bank(r: random.Random) -> list:
    name = thn(r)
    return [
        f"ลูกค้าทักมาแบบนี้อะ {emo(r, '😭😓')} ช่วยร่างคำตอบให้สุภาพๆหน่อย\n\n",
        "\"แม่ค้าคะ แก้วที่สั่งมาแตก2ใบเลยค่ะะะ 😭😭 ถ่ายรูปให้ดูแล้วนะ ขอคืนเงินเข้าบัญชี",
        r.choice(BANKS), " ", ACCT(r, r.choice(["each", "thai", "plain"])), " ชื่อบช ", P(name),
        " ค่ะ ไม่ต้องส่งใหม่แล้ว รอนานไม่ไหววว\"",
    ]


@T("retail")
def shopee_chat_en_condo(r: random.Random) -> list:
    nm = romn(r, r.choice(["lower", "title"]))
    return [
        "pls help me reply this buyer in english, polite but short\n\n",
        "buyer msg: hiii shop, i order the rice cooker yesterday but i write wrong address la 😅 ",
        "pls change to ", ADDR(r, "en"), " , name ", P(nm), " tel ", TEL(r, r.choice(["intl", "plain"])),
        " .. can or not? thx ka",
    ]


@T("retail")
def preorder_gsheet_paste(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(nk(r)), "\t", TEL(r, r.choice(["plain", "dash7", "dash"])), "\t", LINE(r), "\t",
                 r.choice(["ลิปเบอร์2", "เซรั่ม x2", "กันแดด", "ครีมกลางคืน+โฟม"]), "\t",
                 r.choice(["โอนแล้ว", "ยัง", "มัดจำ50%", "โอนแล้ว✅"]), "\n"]
    return [
        "ก๊อปจาก google sheet พรีออเดอร์ล็อตเกาหลี ช่วยทำข้อความทวงคนที่ยังไม่โอน แยกทีละคน\n",
        "ชื่อ\tเบอร์\tไลน์\tสินค้า\tสถานะ\n", rows,
    ]


@T("retail")
def member_signup_dob_line(r: random.Random) -> list:
    name = thn(r, "f")
    return [
        "ลูกค้าพิมพ์สมัครสมาชิกมาในแชทแบบนี้ ช่วยแยกเป็น json {name, birthday, phone, line} ให้หน่อยค่ะ\n\n",
        "สมัครสมาชิกค่าา ", P(name), " เกิด ", DOB(r, r.choice(["nodot", "slash_be2", "spoken"])),
        " เบอ", TEL(r, "plain"), " ไลน์ไอดี ", LINE(r), f" ได้ส่วนลดวันเกิดใช่มั้ยคะ {emo(r, '🎂🥳😊')}",
    ]


@T("retail")
def pharmacy_line_metformin(r: random.Random) -> list:
    return [
        "ร้านขายยาค่ะ ลูกค้าทักไลน์มา ช่วยตอบให้หน่อย ห้ามแนะนำเปลี่ยนยาเองนะ\n\n",
        "\"สวัสดีค่ะ ร้านมียา metformin 500 ไหมคะ แม่ชื่อ", P(thn(r, "f")), " ",
        HEALTH(r.choice(["เป็นเบาหวาน", "เป็นเบาหวานกับความดัน"])),
        " กินยาตัวนี้อยู่ หมอที่ รพ.สต. นัดอีกทีเดือนหน้า ยาหมดก่อนค่ะ 🙏 ส่งแกร็บมาที่บ้านได้มั้ย เบอร์ ",
        TEL(r, r.choice(["dash", "spaced"])), "\"",
    ]


@T("retail")
def cosmetics_rash_pregnant(r: random.Random) -> list:
    return [
        "ตอบลูกค้าหน่อยค่ะ เค้าเคลมครีม\n\n",
        f"[{clock(r)}] ", P(nkr(r, "f")), f" {emo(r, '🌸🌷')}: พี่คะ ใช้ครีมไป 3 วัน ",
        HEALTH(r.choice(["หน้าแพ้ผื่นแดงขึ้นเต็มเลย", "แพ้หน้าบวมแดง"])), " ค่าาา 😭 แล้วหนู",
        HEALTH(r.choice(["ท้อง 4 เดือน", "ตั้งครรภ์ได้ 5 เดือน"])),
        " ด้วย กลัวมากก ครีมนี้มีสารอะไรที่คนท้องห้ามใช้มั้ยคะ ขอคืนเงินได้ไหมมม",
    ]


@T("retail")
def wheelchair_father_disabled(r: random.Random) -> list:
    return [
        "ลูกค้า tiktok shop ถามเรื่องรถเข็นไฟฟ้า ช่วยตอบแบบเป็นกันเองหน่อย\n\n",
        "สนใจรถเข็นไฟฟ้ารุ่นพับได้ค่ะ ซื้อให้พ่อ ", P(thn(r, "m")), " พ่อ",
        DIS(r.choice(["พิการขาซ้ายขาดตั้งแต่อุบัติเหตุ", "ขาขาดข้างนึง", "เดินไม่ได้ ขาลีบสองข้าง"])),
        " ใช้บัตรคนพิการลดได้มั้ยคะ ส่งมาที่ ", ADDR(r, r.choice(["th", "nl"])), " ค่ะ",
    ]


@T("retail")
def halal_catering_order(r: random.Random) -> list:
    return [
        "สรุปออเดอร์ข้าวกล่องให้หน่อย พร้อมเช็คราคา\n\n",
        f"ลูกค้า ({clock(r)}): สวัสดีค่ะ สั่งข้าวกล่อง 40 กล่องวันเสาร์นี้ งานทำบุญบ้านค่ะ ที่บ้าน",
        REL(r.choice(["เป็นอิสลาม", "เป็นมุสลิม"])), " ขอเมนูฮาลาลทั้งหมด ไม่เอาหมูนะคะ ",
        "ส่งที่ ", ADDR(r, "bkk"), " ชื่อ", P(thn(r, "f")), " ", TEL(r, "dash"), "\n",
        "ร้าน: ได้ค่า กล่องละ 55 บาทค่ะ",
    ]


@T("retail")
def online_card_payment_failed(r: random.Random) -> list:
    return [
        "เขียน reply ให้ลูกค้าหน่อย บอกว่าห้ามส่งเลขบัตรในแชทนะ แต่สุภาพๆ\n\n",
        "ลูกค้า: ตัดบัตรไม่ผ่านค่าา ลองหลายรอบแล้ว 😤 นี่เลขบัตรนะคะ ", CARD(r, r.choice(["odd", "tail", "plain"])),
        " exp ", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", " ชื่อบนบัตร ", P(romn(r, "upper", "f")),
        " ช่วยตัดให้หน่อยได้มั้ยย",
    ]


@T("retail")
def furniture_delivery_voice_note(r: random.Random) -> list:
    return [
        "ถอดเสียงจากวอยซ์ลูกค้า ช่วยเรียบเรียงให้คนขับอ่านง่ายๆ\n\n",
        "\"เอ่อ สวัสดีค่ะ คือ ตู้เสื้อผ้า ที่ สั่ง ไว้ อะค่ะ ให้ มา ส่ง ที่ ",
        ADDR(r, r.choice(["th", "moo_word"])),
        " นะคะ บ้าน สี ฟ้า ข้าง ร้าน ส้มตำ อะ ถ้า หา ไม่ เจอ โทร ", TEL(r, "space"),
        " ชื่อ ", P(g(r, "f")), " ค่ะ เอ่อ มา ก่อน บ่าย สาม นะ คะ ขอบคุณ ค่ะ\"",
    ]


@T("retail")
def phone_shop_installment_nid(r: random.Random) -> list:
    return [
        "ลูกค้าจะผ่อนมือถือ ส่งข้อมูลมาในแชท ช่วยกรอกลงฟอร์มให้หน่อย\n\n",
        "ชื่อ ", P(thn(r, "f")), "\nบัตร ปชช ", NID(r, r.choice(["odd", "thai", "dots"])),
        "\nวันเกิด ", DOB(r, r.choice(["dash_ce", "dot_be"]), 1985, 2005),
        "\nเบอร์ ", TEL(r, "dash7"), "\nทำงาน ร้านเสริมสวย เงินเดือน 15k\nผ่อน ", r.choice(["iPhone 17", "Galaxy A57"]),
        " 12 เดือนค่ะ🙏",
    ]


@T("retail")
def tiktok_affiliate_payout_bank(r: random.Random) -> list:
    nm = romn(r, "title")
    return [
        "ร่างอีเมลแจ้งยอดค่าคอมให้ครีเอเตอร์คนนี้หน่อย ภาษาไทยปนอังกฤษได้\n\n",
        "creator: ", P(nm), "\n",
        "email: ", MAIL(r, nm), "\nยอดขายเดือน ก.พ.: 48,230 บ.\ncommission 12% = 5,787.60\n",
        "โอนเข้า ", r.choice(["SCB", "KBank", "Krungthai"]), " ", ACCT(r, "dash"), "\n",
    ]


@T("retail")
def gold_shop_line_buyback(r: random.Random) -> list:
    return [
        "ร้านทองค่ะ ลูกค้าส่งข้อมูลขายคืนทองมาทางไลน์ ช่วยจัดเป็นใบรับซื้อให้หน่อย\n\n",
        "ขายคืนสร้อย 1 บาท ลายสี่เสาค่ะ ชื่อ ", P(thn(r, "f")), " บัตร ", NID(r, "dash"),
        " ที่อยู่ตามบัตร ", ADDR(r, r.choice(["th", "moo_word"])), " ไปถึงร้านประมาณ 4 โมงนะคะ",
    ]


@T("retail")
def optical_shop_glaucoma(r: random.Random) -> list:
    return [
        "ร้านแว่นตา ช่วยเขียนข้อความนัดลูกค้ามาวัดสายตาใหม่\n\n",
        "note: ลุง", P(g(r, "m")), " อายุ 67 ", HEALTH(r.choice(["เป็นต้อหิน", "เป็นต้อกระจกตาขวา"])),
        " หมอให้หยอดตาอยู่ ลูกสาวชื่อ", P(nk(r, "f")), " ติดต่อแทน โทร ", TEL(r, r.choice(["dots", "plain"])),
        " อยากได้เลนส์โปรเกรสซีฟ งบ 8 พัน",
    ]


@T("retail")
def gadget_warranty_form_en(r: random.Random) -> list:
    nm = romn(r, "title")
    return [
        "Fill this warranty claim into the JSON schema, customer typed it in LINE:\n\n",
        "hi ka, earbuds left side no sound already 😩 bought at central westgate.\n",
        "name ", P(nm), "\nemail ", MAIL(r, nm), "\nphone ", TEL(r, "intl"),
        "\nserial SN-", digits(r, 4), "K", digits(r, 5), " , order ", order_no(r),
    ]


# ================================================================================================
# BANKING: LINE OA chats, call-centre voice notes, OCR'd documents, collectors
# ================================================================================================
@T("banking")
def app_locked_nid_chat(r: random.Random) -> list:
    return [
        "แชทลูกค้าจาก LINE OA ธนาคาร ช่วยจัดหมวด (ปลดล็อคแอป/บัตรหาย/โอนผิด) และสรุป 1 บรรทัด\n\n",
        "แอพล็อคค่ะะะ ใส่รหัสผิด5ครั้ง 😭😭 พรุ่งนี้ต้องโอนค่าเทอมลูก ", P(thn(r)),
        " เลขบัตร ปชช ", NID(r, r.choice(["stray", "space", "thai_dash"])),
        " เบอร์ที่ผูกไว้ ", TEL(r, r.choice(["dash", "odd"])), " ช่วยด้วยค่ะ โทรคอลเซ็นเตอร์รอสายนานมากกก",
    ]


@T("banking")
def card_lost_voice_transcript(r: random.Random) -> list:
    return [
        "ถอดเสียงสายเข้า call center (auto transcript) ช่วยสรุปเป็น ticket\n\n",
        "ลูกค้า: ฮัลโหล ครับ คือ บัตร เครดิต หาย ครับ น่าจะ ตก ที่ ตลาด นัด เมื่อ คืน\n",
        "เจ้าหน้าที่: ขอ ชื่อ นามสกุล ค่ะ\nลูกค้า: ", P(thn(r, "m")), " ครับ\n",
        "เจ้าหน้าที่: เลข บัตร ที่ หาย ทราบ ไหม คะ\nลูกค้า: ", CARD(r, r.choice(["tail", "space"])),
        " ครับ อ่าน จาก แอป\nเจ้าหน้าที่: มี รายการ ที่ ไม่ ได้ ทำ ไหม คะ\n",
        "ลูกค้า: มี ครับ เซเว่น สอง ร้อย กว่า บาท ไม่ ใช่ ผม\n",
    ]


@T("banking")
def wrong_transfer_two_accounts(r: random.Random) -> list:
    return [
        f"ช่วยเขียนคำร้องขอติดตามเงินโอนผิดบัญชีให้หน่อยค่ะ {emo(r, '🙏😭')}\n\n",
        "คือหนูโอนค่าเช่าผิดอะค่ะ ต้องโอนเข้า ", ACCT(r, "dash"), " ของเจ้าของหอ ",
        "แต่พิมพ์ผิดเป็น ", ACCT(r, "dash"), " ไปแล้ว 4,500 บาท 😭 ชื่อปลายทางขึ้นว่า ", P(thn(r)),
        " ไม่รู้จักเลย ทักไปก็ไม่ตอบ บัญชีหนูเป็น ", r.choice(BANKS), " ", ACCT(r, r.choice(["plain", "space"])),
        " ค่ะ",
    ]


@T("banking")
def salary_cert_ocr(r: random.Random) -> list:
    title, name = titled(r)
    name = name.replace("  ", " ")
    gv, _, sv = name.partition(" ")
    person = [P(f"{gv}\n{sv}")] if sv else [P(gv)]
    return [
        "OCR หนังสือรับรองเงินเดือนที่ลูกค้าแนบมาขอสินเชื่อ ตัวอักษรเพี้ยนบ้าง ช่วยดึง ชื่อ/เลขบัตร/รายได้/นายจ้าง\n\n",
        "หนังสือรับรองเงินเดือน\nบริษัท ", r.choice(["สยามพลาสแพ็ค", "รุ่งโรจน์ขนส่ง", "ไทยฟู้ดเซอร์วิส"]),
        " จำกัด\nทะเบียนนิติบุคคลเลขที่ ", JUR(r, r.choice(["plain", "dash"])), "\n\nขอรับรองว่า ",
        title, "\n", person, "\nเลขประจำตัวประชาชน ", NID(r, "space"),
        "\nเป็นพนักงานประจำ ตำแหน่ง เจ้าหน้าที่คลังสินค้า\nได้รับเงินเดือน 2l,500 บาท (สองหมื่นหนึ่งพัน\nห้าร้อยบาทถ้วน)\n",
        "ออกให้ ณ วันที่ 3 มี.ค. 2569\n",
    ]


@T("banking")
def en_double_charge_card(r: random.Random) -> list:
    nm = romn(r, r.choice(["upper", "title"]))
    return [
        "Rewrite as a formal dispute email to the bank please:\n\n",
        "hello i got charged 2 times for same thing at lazada 1,899 baht on 14 feb 😡 ",
        "card is ", CARD(r, r.choice(["dash", "space"])), " name ", P(nm),
        " i already call but the line is busy all the time. pls refund asap. my phone ", TEL(r, "intl_plain"),
    ]


@T("banking")
def sme_juristic_account_open(r: random.Random) -> list:
    return [
        "ลูกค้า SME ถามในเพจ ช่วยตอบว่าต้องเตรียมเอกสารอะไรบ้าง\n\n",
        "สวัสดีค่ะ จะเปิดบัญชีนิติบุคคลให้ ", r.choice(["หจก.รุ่งเรืองยนต์", "บจก.ข้าวหอมอีสาน", "หจก.ป.เจริญการช่าง"]),
        " เลขนิติ ", JUR(r, r.choice(["spaced", "odd"])), " ค่ะ หุ้นส่วนผู้จัดการชื่อ ", P(thn(r)),
        " ต้องมากันครบทุกคนมั้ยคะ หรือมอบอำนาจได้ เบอร์ติดต่อ ", TEL(r, "plain"),
    ]


@T("banking")
def collector_notes_jail(r: random.Random) -> list:
    return [
        "สรุปบันทึกติดตามหนี้ (พนักงานพิมพ์เร็วๆ) เป็นภาษาทางการ\n\n",
        "ลูกหนี้ ", P(thn(r)), " ค้าง 4 งวด ", f"ยอด {r.randint(20, 90)},{digits(r, 3)}",
        " โทร ", TEL(r, "dash"), " ไม่รับ ไปที่บ้าน ", ADDR(r, "th"),
        " เจอแม่ บอกว่าลูก", CRIM(r.choice(["ติดคุกอยู่ คดียาบ้า", "โดนจับติดคุกคดีลักทรัพย์", "ติดคุกอยู่เรือนจำกลางคลองเปรม"])),
        " ออกปีหน้า แม่จะผ่อนแทนเดือนละ 2 พัน",
    ]


@T("banking")
def ndid_face_fail(r: random.Random) -> list:
    return [
        "ช่วยตอบลูกค้าที่ยืนยันตัวตนผ่านแอปไม่ได้ อธิบายง่ายๆ\n\n",
        "ทำ NDID ไม่ผ่านค่ะ ", BIO(r.choice(["สแกนหน้าแล้ว", "ถ่ายหน้ายืนยันตัวตนแล้ว"])),
        " ขึ้นว่า 'ใบหน้าไม่ตรงกับภาพในบัตร' ทั้งที่หน้าเดียวกัน 🥲 เลขบัตร ", NID(r, "plain"),
        " ชื่อ ", P(thn(r)), " ลองไป 6 รอบแล้ว",
    ]


@T("banking")
def blind_customer_branch(r: random.Random) -> list:
    return [
        "พนักงานสาขาฝากถาม ช่วยเขียนขั้นตอนบริการให้หน่อย\n\n",
        "พรุ่งนี้ลูกค้าประจำ คุณ", P(thn(r)), " ", DIS(r.choice(["ตาบอดสนิท", "ตาบอดทั้งสองข้าง", "สายตาเลือนราง พิการทางการเห็น"])),
        " จะมาเปลี่ยนชื่อบัญชีผู้รับโอน ", ACCT(r, "dash"), " ต้องมีพยานกี่คน ",
        "ลูกชายชื่อ", P(nk(r, "m")), " จะพามา",
    ]


@T("banking")
def scam_victim_forwarded(r: random.Random) -> list:
    return [
        "ข้อความส่งต่อมาในกลุ่มครอบครัว ช่วยดูว่าน้าโดนหลอกใช่มั้ย แล้วต้องทำไง\n\n",
        "---------- Forwarded message ----------\n", "จาก: น้า", P(nk(r)), f" {clock(r)} น.\n",
        "น้าโอนไปแล้ว 35,000 คนที่โทรมาบอกว่าเป็นตำรวจ ให้โอนเข้าบัญชี ", ACCT(r, r.choice(["dash2", "plain"])),
        " ชื่อบัญชี ", P(thn(r)), " แล้วบอกจะคืนให้ภายใน 1 ชม. ตอนนี้โทรกลับเบอร์ ", TEL(r, "dash"),
        " ไม่ติดแล้ว",
    ]


@T("banking")
def loan_app_ip_login_alert(r: random.Random) -> list:
    return [
        "ลูกค้าแปะอีเมลแจ้งเตือนมา ถามว่าโดนแฮกมั้ย ช่วยอธิบาย\n\n",
        "> New sign-in to your account\n> Account: ", MAIL(r), "\n> Device: Android 14 / Chrome\n",
        "> IP: ", IP(r), "\n> Location: Nakhon Ratchasima, TH\n> Time: ", bday(r), f" {clock(r)}\n\n",
        "ไม่ได้ล็อกอินเลยค่ะ ตอนนั้นนอนอยู่ 555 แต่ก็กลัวอะ",
    ]


@T("banking")
def fx_remittance_passport(r: random.Random) -> list:
    en, th = r.choice(MYANMAR)
    return [
        "ช่วยแปลเป็นภาษาพม่าแบบง่ายๆ ให้ลูกค้าหน่อย: เอกสารส่งเงินกลับบ้านต้องใช้อะไร\n\n",
        "ข้อมูลลูกค้า: ", P(th), " (", P(en), ") passport ", PASS(r, "mm"),
        " บัตรชมพูหมดอายุแล้ว จะส่งเงิน 12,000 ให้แม่ที่มะละแหม่ง เบอร์ ", TEL(r, "plain"),
    ]


@T("banking")
def union_dues_payroll(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        rows += [P(thn(r)), ", ", ACCT(r, "plain"), ", ", UNION(r.choice(["หักค่าบำรุงสหภาพ 100", "สมาชิกสหภาพ หัก 100"])),
                 "\n"]
    return [
        "ไฟล์เงินเดือนที่ HR ส่งมา คอลัมน์เพี้ยน ช่วยจัดใหม่ให้เป็น csv 3 คอลัมน์ ชื่อ,บัญชี,หมายเหตุ\n\n",
        rows, "ยอดรวมโอน 2 ราย\n",
    ]


@T("banking")
def promptpay_wrong_number(r: random.Random) -> list:
    return [
        "ช่วยพิมพ์ข้อความขอเงินคืนแบบสุภาพ ส่งทาง sms\n\n",
        "ตะกี้โอนพร้อมเพย์ผิดเบอร์ค่ะ กด ", TEL(r, "dash"), " แทน ", TEL(r, "dash"),
        " ขึ้นชื่อ ", P(thn(r)), " 800 บาท ค่าขนมลูก 🥲 ไม่อยากแจ้งความ อยากให้เค้าโอนคืนดีๆ",
    ]


# ================================================================================================
# HOSPITALS AND CLINICS: LINE OA, voice notes, OCR'd lab slips, claims
# ================================================================================================
@T("hospital")
def line_reschedule_hn_diabetes(r: random.Random) -> list:
    return [
        "แชท LINE OA โรงพยาบาล ช่วยตอบรับเลื่อนนัดให้หน่อย ใช้ภาษาสุภาพ\n\n",
        f"สวัสดีค่าา ขอเลื่อนนัดหมอค่ะ {emo(r, '🙏')} HN ", HN(r, r.choice(["slash", "thai", "plain"])),
        " ชื่อ ", P(thn(r, "f")), " นัดคลินิกอายุรกรรมวันพฤหัส แต่ติดงานค่ะ หนู",
        HEALTH(r.choice(["เป็นเบาหวาน", "เป็นเบาหวานประเภท 2", "เป็นไทรอยด์เป็นพิษ"])),
        " ยาเหลือถึงวันจันทร์นะคะ เลื่อนเป็นเสาร์ได้มั้ยย",
    ]


@T("hospital")
def er_voice_transcript_bp(r: random.Random) -> list:
    return [
        "voice to text จากญาติที่โทรเข้า 1669 ของ รพ. ช่วยสรุปเป็นข้อมูลคัดกรอง\n\n",
        "คือ พ่อ ผม ชื่อ ", P(thn(r, "m")), " ครับ อายุ 72 ",
        HEALTH(r.choice(["เป็น ความดัน สูง", "เป็น ความดัน กับ ไขมัน", "เคย เป็น เส้นเลือด ใน สมอง ตีบ"])),
        " แล้ว ก็ ล้ม ใน ห้องน้ำ ครับ ตอนนี้ พูด ไม่ ค่อย ชัด อยู่ ที่ ", ADDR(r, "th"),
        " ครับ เบอร์ ผม ", TEL(r, "space"), " ครับ",
    ]


@T("hospital")
def lab_ocr_hiv(r: random.Random) -> list:
    return [
        "ข้อความจากรูปผลแล็บ (OCR) ช่วยแปลผลให้คนไข้อ่านเข้าใจ\n\n",
        "LABORATORY REPORT\nชื่อ-สกุล: ", P(thn(r)), "\nHN: ", HN(r, "dash"), "  Age: ", str(r.randint(19, 45)),
        " Y\nCBC ........ normal\n", HEALTH(r.choice(["Anti-HIV : Reactive", "Anti - HIV  Reactive", "HBsAg : Positive"])),
        "\nVDRL : Non-reactive\nReported by: MT. ", P(r.choice(DOCTORS)), "\n",
    ]


@T("hospital")
def thal_carrier_anc(r: random.Random) -> list:
    return [
        "ช่วยอธิบายผลเลือดตอนฝากครรภ์ให้หน่อยค่ะ งงมาก\n\n",
        "หนูชื่อ", P(nk(r, "f")), " ค่ะ ฝากครรภ์ที่ รพ.ศูนย์ หมอบอกว่าหนู",
        GEN(r.choice(["เป็นพาหะธาลัสซีเมีย", "เป็นพาหะอัลฟ่าธาลัสซีเมีย"])), " แล้วแฟน (", P(g(r, "m")), ") ก็",
        GEN(r.choice(["เป็นพาหะเหมือนกัน", "เป็นพาหะฮีโมโกลบินอี"])),
        " ต้องเจาะน้ำคร่ำมั้ยคะ ลูกจะเป็นโรคมั้ย 😢",
    ]


@T("hospital")
def dna_paternity_clinic(r: random.Random) -> list:
    return [
        "คลินิกแล็บเอกชน ลูกค้าถามทางเพจ ช่วยตอบให้เป็นกลาง ไม่ตัดสิน\n\n",
        "ขอถามหน่อยค่ะ ", GEN(r.choice(["ผลตรวจ DNA พ่อลูก", "ผลตรวจดีเอ็นเอพ่อลูก"])), " ของสามี (", P(thn(r, "m")),
        ") กับลูกชาย ออกมาว่าไม่ใช่พ่อ 0% ผลนี้ใช้ในศาลฟ้องหย่าได้มั้ยคะ ต้องตรวจซ้ำไหม เบอร์ติดต่อ ",
        TEL(r, "dash7"),
    ]


@T("hospital")
def en_claim_dengue_passport(r: random.Random) -> list:
    nm = r.choice(WESTERN)
    return [
        "pls translate to thai for the insurance claim form, keep the numbers\n\n",
        "Patient: ", P(nm), "\nPassport: ", PASS(r, "other"), "\nAdmitted 3 nights at Bangkok Hospital Pattaya, dx ",
        HEALTH(r.choice(["dengue fever", "Dengue hemorrhagic fever grade 1", "acute gastroenteritis w/ dehydration"])),
        "\nplatelets dropped to 48k on day 2 😰\ncontact: ", MAIL(r, nm), "\n",
    ]


@T("hospital")
def hilltribe_patient_no_id(r: random.Random) -> list:
    return [
        "พยาบาล รพ.ชุมชน ขอให้ช่วยร่างหนังสือขอใช้สิทธิรักษา คนไข้ไม่มีบัตร\n\n",
        "ผป.ชื่อ", P(r.choice(["หมี่ซือ แซ่ย่าง", "นาหมื่อ เชอมือ", "อาจ่า มาเยอ"])), " อายุ 58 ",
        ETH(r.choice(["ชาวเขาเผ่าอาข่า", "ชนเผ่าลีซู", "ชาวม้ง"])), " พูดไทยไม่ได้ ",
        HEALTH(r.choice(["เป็นวัณโรคปอด", "มีก้อนที่ตับ สงสัยมะเร็ง"])),
        " ยังไม่มีเลขประจำตัว ลูกสาวชื่อ", P(r.choice(["มะลิ", "สุดา", "อาหมี่"])), " ติดต่อได้ ", TEL(r, "dash"),
    ]


@T("hospital")
def rehab_meth_arrest(r: random.Random) -> list:
    return [
        "แม่ส่งมาในแชท ช่วยหาศูนย์บำบัดใกล้ๆ แล้วตอบแม่หน่อย\n\n",
        "แม่: น้อง", P(nk(r)), "มันกลับมา", HEALTH(r.choice(["เสพยาบ้าอีกแล้ว", "ติดยาไอซ์อีกแล้ว"])),
        " ตำรวจเพิ่ง", CRIM(r.choice(["จับเมื่อคืน ข้อหาครอบครอง", "จับไปเมื่อวาน ข้อหาเสพ"])),
        " แม่อยากให้เข้าบำบัดแทนติดคุก ทำไงดีลูก 😭😭",
    ]


@T("hospital")
def prep_clinic_chat(r: random.Random) -> list:
    return [
        "ช่วยตอบแชทคลินิกนิรนาม ใช้น้ำเสียงไม่ตัดสิน\n\n",
        "สวัสดีครับ ผม", SEX(r.choice(["มีเพศสัมพันธ์กับผู้ชายโดยไม่ป้องกัน", "มีอะไรกับผู้ชายไม่ได้ใส่ถุง"])),
        " เมื่อ 2 วันก่อน อยากกิน PEP ทันมั้ยครับ ชื่อ ", P(nkr(r, "m")), " ไลน์ ", LINE(r),
        " ไม่อยากให้ที่บ้านรู้ครับ",
    ]


@T("hospital")
def muslim_patient_diet(r: random.Random) -> list:
    return [
        "แปลงโน้ตส่งเวรเป็นรายการสั่งอาหารผู้ป่วย\n\n",
        "เตียง 12 ", P(thn(r)), " HN ", HN(r, "slash"), " ", REL(r.choice(["มุสลิม", "นับถืออิสลาม"])),
        " ขออาหารฮาลาล ", HEALTH(r.choice(["post op ไส้ติ่ง", "DM คุมน้ำตาล", "CKD st.4 จำกัดเกลือ"])),
        " ญาติ (ลูก", P(nk(r)), ") ", TEL(r, "dash"), "\n",
    ]


@T("hospital")
def hla_b1502_allergy(r: random.Random) -> list:
    return [
        "สรุปข้อความเภสัชกรให้ญาติอ่านง่ายๆ\n\n",
        "ผป. ", P(thn(r)), " HN ", HN(r, "plain"), " ", GEN(r.choice(["ตรวจยีน HLA-B*1502 ผลบวก", "HLA-B*15:02 positive"])),
        " ห้ามใช้ carbamazepine เด็ดขาด เสี่ยง SJS ", HEALTH(r.choice(["เป็นลมชัก", "ปวดเส้นประสาทใบหน้า"])),
        " เปลี่ยนเป็น levetiracetam แล้ว",
    ]


@T("hospital")
def dental_clinic_line_dob(r: random.Random) -> list:
    return [
        "คลินิกทันตกรรม: ช่วยลงทะเบียนคนไข้ใหม่จากแชทนี้ เป็น json\n\n",
        "ชื่อ ", P(mixn(r, "f")), " ค่ะ\nเกิด ", DOB(r, r.choice(["thai", "short2", "nodot"]), 1980, 2012),
        "\nไลน์ ", LINE(r), "\nจะพาลูกไปจัดฟัน ลูกชื่อ", P(nk(r)), " 12 ขวบค่ะ\n",
    ]


@T("hospital")
def hospital_parking_plate(r: random.Random) -> list:
    return [
        "รปภ. รพ. พิมพ์รายงานมา ช่วยเขียนประกาศเรียกเจ้าของรถ แบบไม่แรง\n\n",
        "รถกระบะขาว ทะเบียน ", PLATE(r, r.choice(["pre", "glued", "thai"])),
        " จอดขวางทางรถฉุกเฉินหน้า ER ตั้งแต่ 9 โมง โทรเบอร์ที่ติดหน้ารถ ", TEL(r, "dash"),
        " ไม่มีคนรับ",
    ]


@T("hospital")
def nipt_chromosome(r: random.Random) -> list:
    return [
        "ช่วยเรียบเรียงคำถามไปถามหมอ เช้าพรุ่งนี้\n\n",
        "ผลตรวจ NIPT ของ", P(nk(r, "f")), " (HN ", HN(r, "dash"), ") ออกมาว่า ",
        GEN(r.choice(["ลูกในท้องเสี่ยงสูงดาวน์ซินโดรม", "โครโมโซมคู่ 21 เกินมา"])),
        " ต้องเจาะน้ำคร่ำยืนยันไหม ถ้าเป็นจริงมีทางเลือกอะไรบ้าง อายุครรภ์ 15 wk",
    ]


@T("hospital")
def physio_stroke_voice(r: random.Random) -> list:
    return [
        "ถอดเสียงวอยซ์ญาติ ส่งให้นักกายภาพ ช่วยสรุปเป็นข้อๆ\n\n",
        "ค่ะ คุณ แม่ ", P(g(r, "f")), " หลัง ", HEALTH("stroke"), " ได้ 3 เดือน ตอนนี้ ",
        DIS(r.choice(["ซีกขวา อ่อนแรง เดิน ไม่ ได้", "แขน ขา ซ้าย ไม่ มี แรง นั่ง รถ เข็น"])),
        " อยาก ให้ นัก กายภาพ มา ทำ ที่ บ้าน ", ADDR(r, "bkk"), " โทร มา ที่ ", TEL(r, "odd"), " ได้ เลย ค่ะ",
    ]


# ================================================================================================
# SCHOOLS AND UNIVERSITIES: parents' LINE groups, student emails, OCR'd forms
# ================================================================================================
@T("school")
def parent_line_flu_leave(r: random.Random) -> list:
    return [
        "ครูประจำชั้นค่ะ ช่วยสรุปใบลาจากไลน์ผู้ปกครองเป็นตาราง (ชื่อ/เลขประจำตัว/เหตุผล)\n\n",
        f"[{clock(r)}] แม่", P(nk(r)), " ป.3/2: ครูคะ วันนี้น้อง", P(thn(r)), " เลขที่ 14 เลขประจำตัว ",
        SID(r, r.choice(["school", "thai"])), " ", HEALTH(r.choice(["เป็นไข้หวัดใหญ่", "เป็นไข้หวัดใหญ่สายพันธุ์ A", "ติดโควิด"])),
        " หมอให้หยุด 3 วันนะคะ 🙏🙏\n", f"[{clock(r)}] ป๊าน้อง", P(r.choice(["แพรวา", "ภูผา", "ข้าวหอม"])), ": ขอลากิจ 1 วันครับ ไปงานบวชญาติ\n",
    ]


@T("school")
def iep_autism_plan(r: random.Random) -> list:
    return [
        "ช่วยร่างแผน IEP เบื้องต้นจากข้อมูลนี้ (ครูการศึกษาพิเศษเขียนโน้ตไว้)\n\n",
        "นร. ", P(thn(r)), " รหัส ", SID(r, "school"), " ชั้น ป.5\n",
        DIS(r.choice(["ออทิสติก", "เป็นออทิสติก ระดับ 1", "บกพร่องทางการเรียนรู้ (LD ด้านการอ่าน)"])),
        " มีใบรับรองความพิการ\nชอบวาดรูป ไม่ชอบเสียงดัง 🎧 อ่านได้ช้ากว่าเพื่อน\nผปค. แม่", P(nk(r)), " ",
        TEL(r, "dash"), "\n",
    ]


@T("school")
def scholarship_form_ocr(r: random.Random) -> list:
    return [
        "OCR ใบสมัครทุนที่เด็กเขียนด้วยมือ ตัวหนังสือเพี้ยน ช่วยเติมลงฟอร์มให้ถูก\n\n",
        "ใบสมัครทุนการศึกษา ปี 2569\n1. ชื่อ-สกุล (ด.ญ./ด.ช.) ", P(thn(r)),
        "\n2. เลขประจำตัวประชาชน ", NID(r, r.choice(["space", "stray", "dash"])),
        "\n3. วัน/เดือน/ปีเกิด ", DOB(r, r.choice(["slash_be", "long"]), 2008, 2013),
        "\n4. ที่อยู่ ", ADDR(r, r.choice(["nl", "moo_word"])),
        "\n5. อาชีพบิดา รับจ้างทั่วไป รายได้ 6,OOO บ./เดือน\n",
    ]


@T("school")
def uni_email_late_submission(r: random.Random) -> list:
    nm = romn(r, "title")
    return [
        "ช่วยแก้อีเมลนี้ให้สุภาพขึ้น ส่งอาจารย์ค่ะ\n\n",
        "เรียน อาจารย์ค่ะ\nหนูชื่อ ", P(thn(r, "f")), " รหัส ", SID(r, r.choice(["uni", "dash", "b"])),
        " sec 2 ค่ะ ขอส่งรายงานช้านะคะ เพราะหนู", HEALTH(r.choice(["แอดมิท รพ. ไส้ติ่งแตก", "เป็นไข้เลือดออก นอน รพ. 4 วัน"])),
        " มีใบรับรองแพทย์ค่ะ ติดต่อกลับที่ ", MAIL(r, nm), " ได้เลยค่ะ ขอบคุนค่ะ 🙏",
    ]


@T("school")
def teacher_note_hmong(r: random.Random) -> list:
    return [
        "ครูแนะแนวจดไว้ ช่วยเขียนเป็นรายงานเยี่ยมบ้านนักเรียน\n\n",
        "เด็กชาย", P(r.choice(["เล่าเปา แซ่ย่าง", "ซัว แซ่ว่าง", "จอห์นนี่ แซ่ท้าว"])), " (", SID(r, "school"),
        ") ", ETH(r.choice(["ชาวม้ง", "เป็นคนม้ง", "ชาติพันธุ์ม้ง"])),
        " บ้านอยู่บนดอย เดินลงมา 2 ชม. ยังไม่ได้สัญชาติ พ่อแม่ปลูกกะหล่ำ",
    ]


@T("school")
def parent_tom_counsel(r: random.Random) -> list:
    return [
        "เป็นแม่ค่ะ อยากได้คำแนะนำ ช่วยตอบแบบนักจิตวิทยาหน่อย\n\n",
        "ลูกสาวชื่อ", P(nk(r, "f")), " ม.2 เพิ่งบอกว่า", SEX(r.choice(["เป็นทอม", "ชอบผู้หญิง", "เป็นเลสเบี้ยน"])),
        " แล้วมีแฟนเป็นผู้หญิงห้องเดียวกัน แม่ไม่ได้โกรธนะคะ แค่กลัวเพื่อนแกล้ง 😢 ควรคุยกับครูประจำชั้นไหม",
    ]


@T("school")
def school_van_plate(r: random.Random) -> list:
    return [
        "ร่างประกาศในกลุ่มผู้ปกครอง เรื่องเปลี่ยนรถตู้รับส่ง\n\n",
        "แจ้งค่ะ!! ตั้งแต่จันทร์หน้าเปลี่ยนรถตู้เป็นคันใหม่ ทะเบียน ", PLATE(r, r.choice(["plain", "dash", "pre"])),
        " สีขาว คนขับลุง", P(g(r, "m")), " เบอร์ ", TEL(r, "dots"), " ออกจากโรงเรียน 16.10 น. 🚐",
    ]


@T("school")
def hearing_aid_front_row(r: random.Random) -> list:
    return [
        "ช่วยเขียนไลน์ถึงครูแบบสุภาพค่ะ\n\n",
        "ครูคะ แม่", P(nk(r)), "ค่ะ น้อง", P(thn(r)), " ม.1/4 ", DIS(r.choice(["หูหนวกข้างขวา", "หูตึงสองข้าง ใส่เครื่องช่วยฟัง"])),
        " รบกวนให้นั่งแถวหน้าได้มั้ยคะ เลขประจำตัว ", SID(r, "school"),
    ]


@T("school")
def hijab_request(r: random.Random) -> list:
    return [
        "ช่วยเขียนหนังสือขออนุญาตถึง ผอ. จากข้อความนี้\n\n",
        "ลูกสาวชื่อ ", P(thn(r, "f")), " รหัสนักเรียน ", SID(r, "school"), " ค่ะ ที่บ้าน",
        REL(r.choice(["เป็นมุสลิม", "นับถืออิสลาม"])), " ลูกโตแล้วอยากคลุมฮิญาบมาโรงเรียน ต้องทำหนังสือยังไงคะ",
    ]


@T("school")
def tutor_roster_line_ids(r: random.Random) -> list:
    rows = []
    for i in range(3):
        rows += [f"{i + 1}. ", P(nk(r)), " ", r.choice(["ม.6", "ม.5", "dek69"]), " ไลน์ ", LINE(r), " ",
                 TEL(r, r.choice(["plain", "dash"])), "\n"]
    return [
        "รายชื่อเด็กคอร์สติวสอบ TGAT รอบเสาร์ ช่วยทำข้อความแจ้งเปลี่ยนห้องเรียนส่งรายคน\n\n", rows,
    ]


@T("school")
def face_scan_attendance_parent(r: random.Random) -> list:
    return [
        "ผู้ปกครองร้องเรียนมาในเพจ ช่วยร่างคำตอบของโรงเรียน\n\n",
        "ทำไมโรงเรียนเก็บ", BIO(r.choice(["ข้อมูลใบหน้าของลูก", "ภาพสแกนหน้าลูก", "ข้อมูลสแกนใบหน้าน้อง"])),
        "เข้าเครื่องเช็คชื่อโดยไม่ถามก่อนคะ ลูกชื่อ ", P(thn(r)), " ชั้น ป.4/1 ",
        "ไม่ได้เซ็นยินยอมอะไรเลย จะขอลบได้มั้ย",
    ]


@T("school")
def teacher_politics_parent_complaint(r: random.Random) -> list:
    return [
        "ข้อความผู้ปกครองที่ส่งเข้าอีเมลโรงเรียน ช่วยสรุปประเด็นให้ ผอ. แบบกลางๆ\n\n",
        "ครู", P(thn(r)), " ประจำชั้น ม.4/3 ", POL(r.choice(["เป็นแกนนำพรรคส้มในอำเภอ", "เป็นหัวคะแนนพรรคการเมือง",
                                                              "ไปขึ้นเวทีม็อบ"])),
        " แล้วชอบพูดเรื่องการเมืองในห้อง ลูกกลับมาเล่า ผมไม่สบายใจครับ",
    ]


@T("school")
def uni_wifi_ip_cheating(r: random.Random) -> list:
    return [
        "ช่วยเขียนบันทึกข้อความถึงกรรมการสอบ\n\n",
        "จาก log สอบออนไลน์ วิชา GEN101 นศ. ", P(thn(r)), " (", SID(r, "uni"), ") ",
        "login พร้อมกัน 2 เครื่อง จาก ", IP(r), " และ ", IP(r), " ห่างกัน 40 วิ ",
        "สงสัยให้คนอื่นทำแทน",
    ]


@T("school")
def school_fee_card_payment(r: random.Random) -> list:
    return [
        "ผู้ปกครองพิมพ์มาในแชทเพจโรงเรียนเอกชน ช่วยตอบว่าจ่ายช่องทางไหนได้บ้าง และเตือนเรื่องเลขบัตร\n\n",
        "จะจ่ายค่าเทอมลูก ", P(thn(r)), " (", SID(r, "school"), ") 38,500 ค่ะ ตัดบัตรนี้ได้มั้ย ",
        CARD(r, r.choice(["space", "odd"])), f" ผ่อน 0% 10 เดือนได้ไหมคะ {emo(r, '🙏😅')}",
    ]


@T("school")
def teacher_union_transfer(r: random.Random) -> list:
    return [
        "ช่วยเขียนคำร้องขอย้ายกลับภูมิลำเนา ให้เป็นทางการ\n\n",
        "ดิฉัน ", P(thn(r, "f")), " ครู คศ.2 โรงเรียนบ้านหนองแวง ", UNION(r.choice(["เป็นกรรมการสหภาพครู", "เป็นสมาชิกสหภาพครูแห่งชาติ"])),
        " ขอย้ายกลับ จ.", r.choice(["ขอนแก่น", "อุดรธานี", "ลำปาง"]), " เพราะแม่ป่วยติดเตียง ",
        "ติดต่อ ", TEL(r, "dash"),
    ]


# ================================================================================================
# LANDLORDS, DORMS AND CONDOS
# ================================================================================================
@T("landlord")
def rent_overdue_reminder(r: random.Random) -> list:
    return [
        "เป็นเจ้าของหอค่ะ ช่วยเขียนข้อความทวงค่าเช่าแบบไม่แรงแต่ชัดเจน\n\n",
        "ห้อง ", str(r.randint(201, 512)), " คุณ", P(thn(r)), " ค้าง 2 เดือนแล้ว 7,000 + ค่าไฟ 1,2 40 ",
        "โทรไป ", TEL(r, r.choice(["odd", "dash", "thai"])), " ไม่รับสายเลยยย ", f"ไลน์ก็อ่านไม่ตอบ {emo(r, '😤🙄')}",
    ]


@T("landlord")
def rental_contract_ocr(r: random.Random) -> list:
    return [
        "แสกนสัญญาเช่าเป็นข้อความแล้วมันเพี้ยน ช่วยจัดให้อ่านง่ายหน่อย\n\n",
        "สัญญาเช่าห้องพัก\nข้าพเจ้า ", titled_parts(r), "\nอายุ ", str(r.randint(21, 40)),
        " ปี เกิดวันที่ ", DOB(r, r.choice(["long", "slash_be"]), 1986, 2004), "\nถือบัตรประจำตัวประชาชนเลขที่\n",
        NID(r, r.choice(["space", "dash"])), "\nอยู่บ้านเลขที่ ", ADDR(r, "nl"),
        "\nซึ่งต่อไปในสัญญานี้เรียกว่า \"ผู้เช่า\" ตกลงเช่าห้องเลขที่ 3O7 อัตรา 4,5OO บาท/เดือน\n",
    ]


@T("landlord")
def deposit_refund_bank(r: random.Random) -> list:
    return [
        "ผู้เช่าย้ายออก ทักมาเรื่องเงินประกัน ช่วยตอบว่าจะหักค่าทาสีผนัง 800 นะ\n\n",
        "พี่คะ หนูย้ายออกแล้วน้า คืนกุญแจไว้ที่ป้าแม่บ้านแล้ว ",
        "เงินประกันโอนเข้า ", r.choice(BANKS), " ", ACCT(r, r.choice(["each", "space", "plain"])), " ชื่อ ", P(thn(r, "f")),
        f" นะคะ ขอบคุณที่ดูแลตลอด 3 ปีค่าา {emo(r, '🥹❤️')}",
    ]


@T("landlord")
def tenant_screen_drug_case(r: random.Random) -> list:
    return [
        "ช่วยเขียนข้อความปฏิเสธผู้เช่าแบบสุภาพ ไม่ต้องบอกเหตุผลตรงๆ\n\n",
        "คนที่จะมาเช่าห้อง 4 ชื่อ ", P(thn(r)), " เพื่อนบ้านเก่าเค้าบอกว่า",
        CRIM(r.choice(["เคยติดคุกคดียาเสพติด", "เพิ่งพ้นโทษคดีค้ายา", "มีคดีฉ้อโกงติดตัว"])),
        " เบอร์เค้า ", TEL(r, "dash7"), " เราไม่อยากให้เช่า",
    ]


@T("landlord")
def foreign_tenant_passport_en(r: random.Random) -> list:
    nm = r.choice(WESTERN)
    return [
        "make a short rental receipt in english from this chat pls\n\n",
        "tenant: ", P(nm), "\npassport ", PASS(r, "other"), "\nroom 12B, 1 year contract start 1 Apr, deposit 2 months\n",
        "email ", MAIL(r, nm), " and whatsapp ", TEL(r, "intl"), " 👍",
    ]


@T("landlord")
def parking_plate_block(r: random.Random) -> list:
    return [
        "แปะในกลุ่มไลน์ลูกบ้าน ช่วยเรียบเรียงให้สุภาพหน่อย ตอนนี้โมโหมาก\n\n",
        "ใครเป็นเจ้าของรถเก๋งดำ ", PLATE(r, r.choice(["pre_glued", "glued", "pre"])), " จอดขวางทางออกตั้งแต่เมื่อคืน!!!! ",
        "เห็นเดินเข้าห้อง 402 ของคุณ", P(thn(r)), " ออกไปทำงานไม่ได้เลย 😡😡",
    ]


@T("landlord")
def refused_gay_tenant(r: random.Random) -> list:
    return [
        "ขอคำแนะนำกฎหมายหน่อยครับ\n\n",
        "ผมชื่อ", P(nkr(r, "m")), " ครับ ไปดูห้องเช่าแถวรามฯ กับแฟน เจ้าของหอรู้ว่าเรา",
        SEX(r.choice(["เป็นเกย์", "เป็นคู่ชายรักชาย"])),
        " เลยไม่ให้เช่า บอกว่าหอนี้ไม่รับ แบบนี้ผิดกฎหมายมั้ยครับ ร้องเรียนที่ไหนได้",
    ]


@T("landlord")
def dorm_router_ip(r: random.Random) -> list:
    return [
        "ISP ส่งอีเมลเตือนมา ช่วยแปลและบอกว่าควรจัดการห้องไหน\n\n",
        "Notice of copyright infringement\nIP address: ", IP(r), "\nTimestamp: 2026-03-0",
        str(r.randint(1, 9)), "T02:14:55Z\nTitle: ", r.choice(["Dune Part Three", "Avatar 4"]),
        "\n\nเช็ค DHCP แล้ว ip นี้ตรงกับห้อง 305 ของน้อง", P(nk(r)), " (", TEL(r, "plain"), ")",
    ]


@T("landlord")
def christian_tenant_party(r: random.Random) -> list:
    return [
        "ช่วยตอบผู้เช่าเรื่องขอจัดงานในห้องส่วนกลาง ให้เป็นกันเองแต่มีกฎ\n\n",
        "พี่นิติคะ หนู", P(thn(r, "f")), " ห้อง 18/9 ค่ะ ที่บ้าน", REL(r.choice(["เป็นคริสต์", "เป็นคริสเตียน", "นับถือคาทอลิก"])),
        " อยากขอใช้ห้องส่วนกลางทำนมัสการวันอาทิตย์ กับจัดคริสต์มาส 24 ธ.ค. ได้มั้ยคะ คนประมาณ 15 คน",
    ]


@T("landlord")
def karen_tenant_worker(r: random.Random) -> list:
    _, th = r.choice(MYANMAR)
    return [
        "ช่วยทำสรุปทะเบียนผู้เช่าต่างด้าวส่ง ตม. (แจ้ง ตม.30)\n\n",
        "ห้อง 7: ", P(th), " ", ETH(r.choice(["เป็นคนกะเหรี่ยง", "ชาวกะเหรี่ยง", "เชื้อสายมอญ"])),
        " จากเมียวดี passport ", PASS(r, "mm"), " ทำงานโรงงานเย็บผ้า เบอร์ ", TEL(r, "plain"),
    ]


@T("landlord")
def condo_face_scan_register(r: random.Random) -> list:
    return [
        "ช่วยเขียนประกาศนิติบุคคลคอนโด + ตอบลูกบ้านคนนี้\n\n",
        "ลูกบ้าน: ผม", P(thn(r, "m")), " ห้อง ", f"{r.randint(2, 30)}{r.randint(1, 20):02d}",
        " ไม่อยากให้", BIO(r.choice(["เก็บสแกนใบหน้า", "เก็บข้อมูลใบหน้าของผม", "ลงทะเบียนสแกนหน้าของผม"])),
        "เข้าระบบลิฟต์ใหม่ ขอใช้คีย์การ์ดแบบเดิมได้มั้ย ข้อมูลเก็บไว้ที่ไหน ใครดูได้บ้าง",
    ]


@T("landlord")
def electric_bill_line(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [f"ห้อง {r.randint(101, 310)} ", P(nk(r)), " ไลน์ ", LINE(r), f" หน่วยไฟ {r.randint(80, 400)} ",
                 "\n"]
    return [
        "คิดค่าไฟหน่วยละ 8 บาท ช่วยคำนวณแล้วทำข้อความส่งไลน์แต่ละห้อง\n\n", rows,
    ]


@T("landlord")
def tenant_union_leader_laidoff(r: random.Random) -> list:
    return [
        "ผู้เช่าขอผ่อนค่าเช่า ช่วยตอบตกลงให้จ่ายครึ่งเดือนนี้\n\n",
        "ป้าคะ ผม", P(g(r, "m")), " ห้อง 6 นะครับ เดือนนี้ขอจ่ายครึ่งก่อน บริษัทเลิกจ้างผมเพราะผม",
        UNION(r.choice(["เป็นกรรมการสหภาพ", "เป็นประธานสหภาพแรงงาน", "ไปตั้งสหภาพแรงงานในโรงงาน"])),
        " ตอนนี้ฟ้องศาลแรงงานอยู่ ", TEL(r, "dash"),
    ]


@T("landlord")
def tenant_protest_leader(r: random.Random) -> list:
    return [
        "เกิดอะไรขึ้น ต้องทำยังไง ช่วยแนะนำหน่อย เจ้าของหอค่ะ\n\n",
        "มีตำรวจนอกเครื่องแบบมาถามหาผู้เช่าห้อง 5 ชื่อ ", P(thn(r)), " บอกว่าเค้า",
        POL(r.choice(["เป็นแกนนำม็อบนักศึกษา", "ไปชุมนุมต้านรัฐบาล", "โพสต์ต่อต้านรัฐบาล"])),
        " ขอดูกล้องวงจรปิด ต้องให้มั้ยคะ",
    ]


# ================================================================================================
# GARAGES, CAR REPAIR, CAR FINANCE
# ================================================================================================
@T("car_repair")
def garage_line_quote_plate(r: random.Random) -> list:
    return [
        "อู่ค่ะ ช่วยทำใบเสนอราคาจากแชทลูกค้า\n\n",
        "ลูกค้า: สวัสดีครับ รถ", r.choice(["วีออส", "ซิตี้", "ดีแม็ก"]), " ทะเบียน ", PLATE(r),
        " ชนกันชนหน้ายุบ ไฟหน้าแตก ข้างนึง เคลมประกันได้มั้ยครับ ชื่อ", P(g(r, "m")), " ", TEL(r, "pair"),
        "\nอู่: เอารถเข้ามาดูก่อนค่า",
    ]


@T("car_repair")
def accident_voice_claim(r: random.Random) -> list:
    return [
        "ถอดความจากวอยซ์ลูกค้าส่งประกัน ช่วยเขียนเป็นคำบรรยายเหตุการณ์\n\n",
        "คือ ผม ขับ มา ที่ แยก ไฟแดง แล้ว รถ กระบะ ทะเบียน ", PLATE(r, r.choice(["plain", "pre"])),
        " ชน ท้าย ครับ คน ขับ ชื่อ ", P(thn(r)), " เค้า ยอม รับ ผิด แล้ว รถ ผม ทะเบียน ",
        PLATE(r, "pre"), " ท้าย บุบ ไฟ ท้าย แตก ครับ ผม ชื่อ ", P(g(r, "m")), " ครับ",
    ]


@T("car_repair")
def drunk_driving_customer(r: random.Random) -> list:
    return [
        "ช่วยเขียนบันทึกรับรถเข้าอู่ให้เรียบร้อย\n\n",
        "รับรถ ", PLATE(r, "pre"), " ของคุณ", P(thn(r, "m")), " หน้าพังชนเสาไฟ เจ้าของ",
        CRIM(r.choice(["โดนจับข้อหาเมาแล้วขับ", "โดนคดีเมาแล้วขับ ศาลสั่งคุมประพฤติ", "ติดคดีเมาแล้วขับ"])),
        " ประกันไม่จ่าย ต้องจ่ายเอง ",
        "ภรรยาจะมาติดต่อแทน ", TEL(r, "dash"),
    ]


@T("car_repair")
def repossession_collector(r: random.Random) -> list:
    return [
        "สรุปเคสยึดรถจากโน้ตไฟแนนซ์ เป็นตาราง\n\n",
        "ผู้เช่าซื้อ: ", P(thn(r)), " / ", NID(r, r.choice(["dash", "plain"])), "\nรถ: ",
        PLATE(r, r.choice(["pre", "pre_glued"])), "\nค้าง 5 งวด\nบัญชีตัดงวด: ", ACCT(r, "dash"),
        "\nสถานะ: หนีไปอยู่ต่างจังหวัด ยังตามรถไม่เจอ 🙄\n",
    ]


@T("car_repair")
def hand_control_disabled(r: random.Random) -> list:
    return [
        "ลูกค้าถามทางเพจอู่แต่งรถ ช่วยตอบราคาติดตั้งคันเร่งมือ\n\n",
        "สวัสดีครับ ผม", DIS(r.choice(["พิการขาทั้งสองข้าง", "เป็นอัมพาตท่อนล่าง", "ขาขวาใส่ขาเทียม"])),
        " อยากติดคันเร่ง-เบรกมือในรถ", r.choice(["ยาริส", "มาสด้า2", "อัลติส"]), " ครับ ", P(thn(r, "m")),
        " ", TEL(r, "intl"), " ติดแล้วไปจดทะเบียนที่ขนส่งยังไงครับ",
    ]


@T("car_repair")
def garage_invoice_ocr(r: random.Random) -> list:
    return [
        "OCR ใบกำกับภาษีอู่ ตัวเลขเพี้ยน ช่วยตรวจยอด VAT ให้หน่อย\n\n",
        "อู่ ", r.choice(["ช.การช่าง", "เจริญยนต์", "ศรีสุข ออโต้"]), " จำกัด\nเลขประจำตัวผู้เสียภาษี ",
        JUR(r, r.choice(["plain", "dash"])), "\nลูกค้า: ", P(thn(r)), "\nโทร ", TEL(r, "dash"),
        "\nเปลี่ยนผ้าเบรก ....... 2,1OO\nน้ำมันเครื่อง ....... 1,45O\nรวม 3,55O\nVAT 7% 248.5O\nรวมทั้งสิ้น 3,798.5O\n",
    ]


@T("car_repair")
def tire_shop_card_payment(r: random.Random) -> list:
    return [
        "ร้านยาง ลูกค้าจองยางทางแชทแล้วส่งเลขบัตรมา ช่วยตอบให้ไปจ่ายหน้าร้านแทน\n\n",
        "เอายาง 4 เส้น 265/65R17 ครับ ตัดบัตรไว้เลย ", CARD(r), " ", P(romn(r, "upper", "m")),
        " พรุ่งนี้เข้าไปเปลี่ยน 10 โมงครับ",
    ]


@T("car_repair")
def motorbike_finance_dob(r: random.Random) -> list:
    return [
        "ร้านมอไซค์ ช่วยเช็คว่าข้อมูลผ่อนครบมั้ย ขาดอะไรบ้าง\n\n",
        "ผ่อนเวฟ 125 ดาวน์ 3 พันค่ะ\nชื่อ ", P(thn(r)), "\nเกิด ", DOB(r, r.choice(["slash_be2", "dot_be", "thai"]), 1995, 2006),
        "\nบัตร ", NID(r, r.choice(["thai_dash", "odd", "plain"])), "\nทำงาน เซเว่น สาขาหน้าตลาด\nคนค้ำ แม่",
    ]


@T("car_repair")
def garage_customer_email_en(r: random.Random) -> list:
    nm = r.choice(WESTERN)
    return [
        "Help me reply this customer in simple english, we are a garage in Hua Hin\n\n",
        "From: ", P(nm), " <", MAIL(r, nm), ">\nHi, my rental is broken (plate ", PLATE(r, "pre", "ประจวบคีรีขันธ์"),
        ") engine light on + noise 😩 can you check today? I'm at the hotel until 2pm",
    ]


@T("car_repair")
def car_rental_passport(r: random.Random) -> list:
    nm = r.choice(WESTERN)
    return [
        "ร้านรถเช่าภูเก็ต ช่วยกรอกสัญญาเช่าจากแชทนี้\n\n",
        "renter: ", P(nm), "\npassport: ", PASS(r, "other"), "\ncar: Yaris Ativ ", PLATE(r, "pre", "ภูเก็ต"),
        "\n3 days, deposit 5,000 cash\nhotel: Patong, room 318\nphone ", TEL(r, "intl"),
    ]


@T("car_repair")
def epilepsy_driver(r: random.Random) -> list:
    return [
        "ขอคำแนะนำหน่อยครับ เป็นเจ้าของอู่\n\n",
        "ลูกน้องในอู่ชื่อ", P(nk(r, "m")), " ", HEALTH(r.choice(["เป็นลมชัก", "เป็นโรคลมบ้าหมู"])),
        " ", HEALTH(r.choice(["กินยากันชักอยู่", "ชักกลางอู่เมื่อวาน"])), " ผมควรให้เขาขับรถลูกค้าไปเทสไหม ",
        "กลัวเกิดเรื่อง",
    ]


@T("car_repair")
def bus_driver_union_gossip(r: random.Random) -> list:
    return [
        "สรุปประชุมอู่ซ่อมรถเมล์ (จดจากไลน์กลุ่ม)\n\n",
        f"{clock(r)} หัวหน้า: พรุ่งนี้ช่างเข้ากะเช้าทุกคน\n",
        f"{clock(r)} ", P(nk(r)), ": พี่", P(g(r)), "ลาครับ ", UNION(r.choice(["ไปประชุมสหภาพ", "ไปประชุมกรรมการสหภาพแรงงาน"])),
        "\n", f"{clock(r)} หัวหน้า: ok อะไหล่ล็อตใหม่มาบ่ายนะ\n",
    ]


# ================================================================================================
# COMMUNITY GROUPS: village LINE groups, FB groups, forwarded messages
# ================================================================================================
@T("community")
def lost_dog_post(r: random.Random) -> list:
    return [
        "ช่วยเขียนโพสต์ตามหาหมาให้น่าสนใจ แชร์ในกลุ่มหมู่บ้าน\n\n",
        f"หมาหายยยย {emo(r, '😭🐶')} ชื่อ ข้าวตู โกลเด้น ปลอกคอแดง หายแถว ", r.choice(["ตลาดนัดคลองถม", "ซอยวัดใหม่", "หลังโลตัส"]),
        " เมื่อคืน เจ้าของ ", P(thn(r)), " ", TEL(r, r.choice(["dash", "dots", "thai"])), " ใครเจอทักด่วน มีรางวัลให้ 3,000",
    ]


@T("community")
def donation_leukemia_post(r: random.Random) -> list:
    return [
        "ช่วยเกลาโพสต์ขอรับบริจาคให้ดูน่าเชื่อถือ\n\n",
        "ขอความช่วยเหลือค่ะ 🙏🙏 น้อง", P(thn(r)), " อายุ 9 ขวบ ",
        HEALTH(r.choice(["ป่วยมะเร็งเม็ดเลือดขาว", "เป็นลูคีเมีย", "เป็นมะเร็งต่อมน้ำเหลือง"])),
        " ต้องให้คีโมอีก 6 รอบ บริจาคได้ที่ ", r.choice(BANKS), " ", ACCT(r, r.choice(["dash", "plain"])),
        " ชื่อบัญชี ", P(thn(r, "f")), " (แม่น้อง)",
    ]


@T("community")
def village_headman_politics(r: random.Random) -> list:
    return [
        "ข้อความจากกลุ่มไลน์หมู่บ้าน ช่วยดูว่าแบบนี้ผิด พ.ร.บ.เลือกตั้งมั้ย\n\n",
        "ลุง", P(thn(r, "m")), " ซอย 3 ", POL(r.choice(["เป็นหัวคะแนนพรรคสีน้ำเงิน", "เชียร์พรรคเพื่อไทยสุดตัว", "เป็นหัวคะแนนให้ผู้สมัครเบอร์ 2"])),
        " เดินแจกเงินหัวละ 500 เมื่อคืน ใครไม่รับก็โดนด่า ",
        f"{laugh(r)} ขำไม่ออก",
    ]


@T("community")
def union_factory_fb_group(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(thn(r)), " แผนก", r.choice(["เย็บ", "แพ็ค", "QC", "ตัด"]), " ", TEL(r, "plain"), "\n"]
    return [
        "ช่วยทำประกาศเชิญประชุมจากรายชื่อนี้ (โพสต์ในกลุ่มเฟสลับ)\n\n",
        "รายชื่อ", UNION("สมาชิกสหภาพแรงงานสิ่งทอ"), " ที่ยืนยันไปประชุมวันอาทิตย์\n", rows,
    ]


@T("community")
def cctv_thief_criminal(r: random.Random) -> list:
    return [
        "ช่วยเรียบเรียงโพสต์เตือนภัยในกลุ่มหมู่บ้าน\n\n",
        "กล้องหน้าบ้านจับได้!!! คนที่มาขโมยน้ำมันคือ ", P(thn(r)), " ลูกป้าข้างวัด ",
        CRIM(r.choice(["เพิ่งออกจากคุก คดีลักทรัพย์", "เคยติดคุกคดีขโมยรถมอไซค์", "มีหมายจับคดีลักทรัพย์"])),
        " ขี่มอไซค์ ", PLATE(r, r.choice(["pre", "plain"])), " ระวังกันด้วยนะคะ",
    ]


@T("community")
def temple_merit_list(r: random.Random) -> list:
    rows = []
    for _ in range(4):
        rows += [P(thn(r)), f" {r.choice(['100', '200', '500', '1,000', '๓๐๐'])} บ. ", TEL(r, r.choice(["plain", "thai", "dash"])), "\n"]
    return [
        "วัดขอให้ช่วยทำใบอนุโมทนาบัตรจากรายชื่อนี้ เรียงตามยอด\n\n", "ทอดผ้าป่าสามัคคี ปี 69\n", rows,
    ]


@T("community")
def mom_group_milk_allergy(r: random.Random) -> list:
    return [
        "กลุ่มแม่ลูกอ่อน ช่วยสรุปคำถามเป็นข้อๆ ไปถามหมอเด็ก\n\n",
        "แม่", P(nk(r)), ": ลูก", P(nk(r)), " 8 เดือน ", HEALTH(r.choice(["แพ้นมวัว", "แพ้โปรตีนนมวัว ผื่นขึ้นทั้งตัว"])),
        " หมอให้กินนมสูตรพิเศษ แพงมากก กระป๋องละ 1,200 ค่ะ 😭 มีใครลูกเป็นแล้วหายไหมคะ",
    ]


@T("community")
def protest_chat_plan(r: random.Random) -> list:
    return [
        "แปลเป็นอังกฤษให้เพื่อนต่างชาติในกลุ่มหน่อย\n\n",
        f"{clock(r)} ", P(nk(r)), ": พรุ่งนี้", POL(r.choice(["ไปม็อบที่อนุสาวรีย์", "ไปชุมนุมไล่รัฐบาล"])),
        " ใครไปบ้าง เราไปกับ", P(nk(r)), " นะ เจอกันบีทีเอส 4 โมง\n",
        f"{clock(r)} ", P(nk(r)), ": ไปๆ เอาร่มไปด้วย ☂️\n",
    ]


@T("community")
def red_shirt_dad_family(r: random.Random) -> list:
    return [
        "เล่าให้ฟังหน่อย แล้วช่วยคิดวิธีคุยกับพ่อ 555\n\n",
        "พ่อเรา (", P(g(r, "m")), ") ", POL(r.choice(["เป็นเสื้อแดงฮาร์ดคอร์", "เป็นเสื้อแดงเต็มตัว", "เป็นสลิ่มตัวพ่อ"])),
        " แม่", POL(r.choice(["เลือกพรรคส้ม", "เชียร์พรรคส้ม"])), " กินข้าวทีไรเถียงกันทุกที ",
        f"{laugh(r)} ไม่อยากกลับบ้านช่วงเลือกตั้งเลย",
    ]


@T("community")
def gossip_aunt_converted(r: random.Random) -> list:
    return [
        "ช่วยพิมพ์การ์ดเชิญงานบุญให้ญาติๆ แต่แยกข้อความสำหรับป้าด้วย\n\n",
        "ป้า", P(g(r, "f")), "แก", REL(r.choice(["เข้ารีตเป็นคริสต์แล้ว", "เปลี่ยนไปนับถือคริสต์", "ไปเข้าคริสต์"])),
        " ไม่ไหว้พระแล้ว งานบุญบ้านใหม่ยังเชิญได้ไหม จะเขียนการ์ดยังไงไม่ให้เค้าอึดอัด",
    ]


@T("community")
def grandma_shan_story(r: random.Random) -> list:
    return [
        "ช่วยเขียนแคปชั่นรูปครอบครัววันสงกรานต์ ใส่อีโมจิด้วย\n\n",
        "ยาย", P(r.choice(["คำแสง", "นางหอม", "แสงจันทร์"])), " อายุ 91 ", ETH(r.choice(["เป็นคนไทใหญ่", "เป็นไทลื้อ", "เชื้อสายไทใหญ่"])),
        " จากแม่ฮ่องสอน ยังแข็งแรง ทำข้าวแรมฟืนเอง รูปนี้ถ่ายกับหลาน", P(nk(r)), " 💛",
    ]


@T("community")
def disability_card_welfare(r: random.Random) -> list:
    return [
        "อสม. ช่วยกรอกแบบคำร้องเบี้ยคนพิการให้ยายคนนี้\n\n",
        "ชื่อ ", P(thn(r, "f")), "\nบัตร ", NID(r, r.choice(["dots", "space", "thai"])), "\n",
        DIS(r.choice(["พิการทางการเคลื่อนไหว", "พิการทางการได้ยิน", "พิการทางสติปัญญา"])),
        " มีบัตรคนพิการแล้ว\nที่อยู่ ", ADDR(r, r.choice(["moo_word", "th"])), "\n",
    ]


@T("community")
def bisexual_dating_advice(r: random.Random) -> list:
    return [
        "ขอคำปรึกษาแบบเพื่อน อย่ายาวนะ\n\n",
        "เราชื่อ", P(nk(r)), " 24 ", SEX(r.choice(["เป็นไบ", "เป็นไบเซ็กชวล"])),
        " คบกับแฟนผู้ชายมา 2 ปี แต่เค้าไม่รู้ว่าเราเคย",
        SEX(r.choice(["มีอะไรกับผู้หญิง", "คบผู้หญิง"])), " ควรบอกเขามั้ย 🥲",
    ]


@T("community")
def ancestry_dna_chat(r: random.Random) -> list:
    return [
        "เพื่อนส่งมาในกลุ่ม ช่วยอธิบายว่าผลนี้แปลว่าอะไร\n\n",
        P(nkr(r)), ": ", GEN(r.choice(["ผลตรวจ DNA ของเรา", "ผลตรวจ DNA ancestry ของเรา"])),
        " ออกแล้ววว 😂 บอกว่า ", GEN(r.choice(["จีนตอนใต้ 62% ไทย 30% เขมร 8%", "ยีน APOE4 หนึ่งชุด"])),
        f" {laugh(r)} แม่บอกไม่เคยรู้เลย",
    ]


@T("community")
def gym_fingerprint_member(r: random.Random) -> list:
    return [
        "ฟิตเนสหมู่บ้าน ช่วยตอบสมาชิกคนนี้\n\n",
        "สมาชิก: ผม", P(thn(r, "m")), " ยกเลิกสมาชิกแล้ว ขอให้ลบ", BIO(r.choice(["ลายนิ้วมือ", "ข้อมูลลายนิ้วมือผม", "ลายนิ้วมือที่สแกนเข้าประตู"])),
        "ออกจากเครื่องด้วยครับ เบอร์สมาชิก ", TEL(r, "plain"),
    ]


@T("community")
def condo_juristic_meeting_minutes(r: random.Random) -> list:
    return [
        "พิมพ์รายงานการประชุมใหญ่ให้หน่อย จากโน้ตที่จดไว้\n\n",
        "ประชุมใหญ่สามัญ นิติบุคคลอาคารชุด", r.choice(["บ้านสวนริมน้ำ", "เดอะซีนิค"]), " (เลขทะเบียน ", JUR(r, "plain"), ")\n",
        "ประธาน ", P(thn(r)), " / ผจก.นิติ ", P(thn(r)), "\nมติ: ขึ้นค่าส่วนกลาง 35 → 40 บ./ตรม.\n",
        "ลูกบ้านห้อง 1205 ", P(nk(r)), " ค้านเรื่องสระว่ายน้ำ\n",
    ]


@T("community")
def running_club_registration(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        nm = romn(r, "title")
        rows += [P(nm), ",", DOB(r, r.choice(["dash_ce", "slash_be"]), 1970, 2005), ",", MAIL(r, nm), ",",
                 TEL(r, "plain"), ",", r.choice(["10K", "21K", "mini"]), "\n"]
    return [
        "ชมรมวิ่ง ช่วยแปลง csv เป็นตารางแบ่งรุ่นอายุ\n\n", "name,dob,email,tel,distance\n", rows,
    ]


@T("community")
def revenge_clip_threat(r: random.Random) -> list:
    return [
        "ช่วยหน่อย ไม่รู้จะปรึกษาใคร ต้องแจ้งความที่ไหน\n\n",
        "แฟนเก่าชื่อ ", P(thn(r, "m")), " ขู่จะปล่อย", SEX(r.choice(["คลิปตอนเรามีอะไรกัน", "คลิปตอนมีเซ็กซ์กัน"])),
        " ถ้าไม่โอนเงินให้ 2 หมื่น มันทักมาจากไลน์ ", LINE(r), " กับเบอร์ ", TEL(r, "dash"), " 😭",
    ]


# ================================================================================================
# WORKPLACES, TELECOM, INSURANCE: what staff and customers paste from chats
# ================================================================================================
@T("workplace")
def boss_leave_tumour(r: random.Random) -> list:
    return [
        "ช่วยเขียนข้อความลางานส่งหัวหน้าในไลน์ ให้ดูสุภาพ\n\n",
        "พี่คะ หนู", P(nk(r, "f")), "เองค่ะ ไปหาหมอมา ", HEALTH(r.choice(["ผลตรวจเจอเนื้องอกที่มดลูก", "หมอเจอก้อนที่เต้านม ต้องตัดชิ้นเนื้อ", "เป็นนิ่วในไต ต้องส่องกล้อง"])),
        " ต้องผ่าตัดวันที่ 12 ขอลา 7 วันนะคะ ใบรับรองแพทย์ส่งทางอีเมลพรุ่งนี้ค่ะ",
    ]


@T("workplace")
def union_member_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [f"EMP{r.randint(10000, 99999)},", P(thn(r)), ",", r.choice(["ผลิต", "คลัง", "ซ่อมบำรุง"]), ",",
                 UNION(r.choice(["Y", "member", "สมาชิก"])), "\n"]
    return [
        "ช่วยนับคนในแต่ละแผนกจาก csv นี้ (คอลัมน์ union_member)\n\n",
        "emp_id,name,dept,union_member\n", rows,
    ]


@T("workplace")
def fingerprint_timeclock(r: random.Random) -> list:
    return [
        "ช่วยตอบพนักงานใหม่ในกลุ่มไลน์ทีม\n\n",
        "น้อง", P(nk(r, "f")), ": พี่คะ เครื่องสแกนนิ้วไม่รับ", BIO(r.choice(["ลายนิ้วมือหนู", "ลายนิ้วมือของหนู"])),
        "เลย ลงทะเบียนไปแล้วเมื่อวาน สแกน 10 รอบก็ไม่ผ่าน 😭 เข้างานสายแล้วจะโดนหักมั้ย รหัสพนักงาน ", f"E{r.randint(2000, 9999)}",
    ]


@T("workplace")
def hajj_leave_request(r: random.Random) -> list:
    return [
        "ช่วยเขียนใบลาพิเศษเป็นภาษาทางการ\n\n",
        "ผม", P(thn(r, "m")), " แผนกจัดส่ง ", REL(r.choice(["เป็นมุสลิม", "นับถือศาสนาอิสลาม"])),
        " ได้โควตาไปทำฮัจญ์ปีนี้ ขอลา 40 วัน ตั้งแต่ 1 พ.ค. ครับ",
    ]


@T("workplace")
def background_check_fraud(r: random.Random) -> list:
    return [
        "ผลตรวจประวัติผู้สมัครงาน (ก๊อปจากเมลบริษัทตรวจสอบ) ช่วยสรุปให้ผู้จัดการ\n\n",
        "Candidate: ", P(thn(r)), "\nID: ", NID(r, "plain"), "\nCriminal check: ",
        CRIM(r.choice(["พบประวัติ คดีฉ้อโกง ปี 2562 ศาลพิพากษาจำคุก 1 ปี รอลงอาญา",
                       "found - embezzlement case 2021, suspended sentence",
                       "พบประวัติ คดียักยอกทรัพย์นายจ้าง"])),
        "\nCredit: ไม่มีหนี้ค้าง\n",
    ]


@T("workplace")
def employee_fb_politics(r: random.Random) -> list:
    return [
        "HR ขอคำแนะนำ จะตักเตือนได้มั้ย ช่วยวิเคราะห์ตามกฎหมายแรงงาน\n\n",
        "พนักงานขาย ", P(thn(r)), " ", POL(r.choice(["โพสต์เฟสด่ารัฐบาลทุกวัน", "เป็นสมาชิกพรรคประชาชน โพสต์หาเสียง",
                                                    "ไลฟ์สดเชียร์พรรคฝ่ายค้าน"])),
        " ลูกค้าบางคนไม่พอใจ มาคอมเมนต์ในเพจบริษัท",
    ]


@T("workplace")
def gay_harassment_complaint(r: random.Random) -> list:
    return [
        "ช่วยเขียนหนังสือร้องเรียนถึง HR จากข้อความนี้\n\n",
        "หัวหน้าแผนก (", P(thn(r)), ") ชอบล้อผมต่อหน้าคนอื่นว่าเป็นตุ๊ด เพราะผม", SEX(r.choice(["เป็นเกย์", "มีแฟนเป็นผู้ชาย"])),
        " ผมชื่อ ", P(thn(r, "m")), " รหัสพนักงาน ", f"{r.randint(60000, 69999)}", " อยากให้บริษัทจัดการ",
    ]


@T("telecom")
def sim_register_passport_face(r: random.Random) -> list:
    en, _ = r.choice(MYANMAR)
    return [
        "ร้านมือถือ: ช่วยเขียนขั้นตอนลงทะเบียนซิมต่างด้าวเป็นภาษาพม่า+ไทย\n\n",
        "ลูกค้า ", P(en), " passport ", PASS(r, "mm"), " ", BIO(r.choice(["สแกนหน้าไม่ผ่าน", "ถ่ายหน้ายืนยันไม่ผ่าน"])),
        " 3 รอบ ระบบขึ้น face mismatch เบอร์ที่จะเปิด ", TEL(r, "plain"),
    ]


@T("telecom")
def home_internet_ip_complaint(r: random.Random) -> list:
    return [
        "ช่วยเขียนแจ้งปัญหาเน็ตบ้านให้ฟังดูรู้เรื่องหน่อย จะส่งแชทเน็ตบ้าน\n\n",
        "เน็ตหลุดทุก 10 นาทีครับบบ 3 วันแล้ว 😤 ip ", IP(r), " เบอร์ผูกบิล ", TEL(r, r.choice(["dash", "66"])),
        " ชื่อ ", P(thn(r, "m")), " ช่างนัดมาแล้วไม่มา",
    ]


@T("telecom")
def facebook_hacked_ip(r: random.Random) -> list:
    return [
        "เฟสโดนแฮก ช่วยบอกขั้นตอนกู้คืนหน่อย นี่คือเมลที่ได้\n\n",
        "\"Your email was changed to ", MAIL(r), "\" ...\nlogin จาก ", IP(r), " (Vietnam) 02:11\n",
        "เมลเดิมของหนูคือ ", MAIL(r), f" ค่ะ ช่วยด้วย {emo(r, '😭🆘')}",
    ]


@T("insurance")
def brca_insurance_question(r: random.Random) -> list:
    return [
        "ช่วยตอบตัวแทนประกันหน่อย ต้องแถลงมั้ย\n\n",
        "ลูกค้าชื่อ", P(thn(r)), " ", GEN(r.choice(["ตรวจยีน BRCA1 ผลเป็นบวก", "ผลตรวจยีน BRCA2 กลายพันธุ์"])),
        " แต่ยังไม่เป็นมะเร็ง จะซื้อประกันสุขภาพต้องแถลงผลตรวจยีนมั้ย ถ้าไม่บอกบริษัทจะปฏิเสธเคลมไหม",
    ]


@T("workplace")
def job_form_mon_ethnicity(r: random.Random) -> list:
    return [
        "แปลงใบสมัครงานที่ OCR มาเป็น json\n\n",
        "ชื่อ ", P(thn(r)), "\nเชื้อชาติ ", ETH(r.choice(["มอญ", "ไทยเชื้อสายจีน", "เขมร"])), "   สัญชาติ ไทย   ศาสนา ",
        REL(r.choice(["พุทธ", "คริสต์"])), "\nวันเกิด ", DOB(r, r.choice(["dot_be", "short2"]), 1990, 2004), "\nโทร ", TEL(r, "dash"),
    ]


@T("telecom")
def voiceprint_callcentre(r: random.Random) -> list:
    return [
        "ลูกค้าส่งข้อความมาถาม ช่วยตอบตาม PDPA\n\n",
        "ทำไมตอนโทรเข้ามา ระบบบอกว่ากำลัง", BIO(r.choice(["บันทึกเสียงพูดเพื่อสร้างลายเสียง", "เก็บ voiceprint ของผม"])),
        " ผม", P(thn(r, "m")), " เบอร์ ", TEL(r, "dash"), " ไม่ยินยอม ขอลบด้วยครับ",
    ]


@T("workplace")
def supplier_line_juristic(r: random.Random) -> list:
    return [
        "ช่วยตั้ง vendor ใหม่ในระบบจัดซื้อ จากแชทนี้\n\n",
        "ซัพฯ ผักส่งโรงงาน: ", r.choice(["บจก.ผักสดดอยคำ", "หจก.สวนลุงแดง", "บจก.ไทยเฟรชฟาร์ม"]),
        " เลขผู้เสียภาษี ", JUR(r, r.choice(["odd", "spaced", "dash"])), " เซลล์ชื่อ", P(nk(r)), " ไลน์ ", LINE(r),
        " เครดิต 30 วัน",
    ]


@T("workplace")
def malay_worker_roster(r: random.Random) -> list:
    a, b = r.sample(MALAY, 2)
    return [
        "ช่วยจัดเวรกะกลางคืนโรงงาน ให้คนถือศีลอดเข้ากะเช้า\n\n",
        P(a), " - ", ETH(r.choice(["เชื้อสายมลายู", "คนมลายู"])), " ", REL("มุสลิม"), " จากปัตตานี\n",
        P(b), " - ", REL("ถือศีลอด"), "\n", P(thn(r)), " - ไม่มีข้อจำกัด\n",
    ]


# ================================================================================================
# HARD NEGATIVES: the s.26 words with no fact about a specific person
# ================================================================================================
@T("community", hard="HEALTH_DATA")
def nh_health_myth_forward(r: random.Random) -> list:
    return [
        "ข้อความนี้จริงมั้ย ป้าส่งมาในกลุ่มครอบครัว ช่วยเช็คข้อเท็จจริงให้หน่อย\n\n",
        "🌸🌸 ส่งต่อด่วน!! 🌸🌸\n", f"หมอ{r.choice(['จุฬาฯ', 'ศิริราช', 'ญี่ปุ่น'])} เตือน ดื่ม{r.choice(['น้ำมะนาวอุ่นๆ', 'น้ำใบเตย', 'น้ำขิงต้ม'])} ตอนเช้า ฆ่าเซลล์มะเร็งได้ 99% ",
        "รักษาเบาหวาน ความดัน หายขาดใน 7 วัน 😱😱 ไม่ต้องกินยา\nส่งต่อให้คนที่คุณรัก ",
        r.choice(["สวัสดีวันจันทร์ 🌹", "ขอให้ร่ำรวยๆ 💰", "อรุณสวัสดิ์ค่ะ ☀️"]),
    ]


@T("retail", hard="HEALTH_DATA")
def nh_pharmacy_syrup_label(r: random.Random) -> list:
    return [
        "ร้านยาค่ะ ช่วยทำป้ายวิธีใช้ยาพาราไซรัปเด็กตามน้ำหนักตัว ตัวหนังสือใหญ่ๆ\n\n",
        "พาราเซตามอล 120mg/5ml ขวดละ ", price(r, 25, 45), "\nน้ำหนัก 10-15 กก. ครั้งละ ?? ml\n",
        "ห้ามกินเกินวันละ 5 ครั้ง ถ้ามีไข้สูงเกิน 3 วัน หรือสงสัยไข้เลือดออก ให้ไปหาหมอ\n",
    ]


@T("hospital", hard="HEALTH_DATA")
def nh_depression_article_summary(r: random.Random) -> list:
    return [
        "สรุปบทความนี้เป็นโพสต์เฟซบุ๊กเพจโรงพยาบาล ยาวไม่เกิน 5 บรรทัด\n\n",
        f"โรคซึมเศร้าพบได้ในคนไทยประมาณ 1.{r.randint(2, 8)} ล้านคน อาการที่พบบ่อย เช่น เบื่อหน่าย นอนไม่หลับ ",
        "รู้สึกไร้ค่า หากมีอาการนานเกิน 2 สัปดาห์ ควรพบจิตแพทย์ สายด่วนสุขภาพจิต 1323 ตลอด 24 ชม. ",
        "ยาต้านเศร้าปัจจุบันปลอดภัย ไม่ทำให้ติด",
    ]


@T("retail", hard="RELIGION")
def nh_wanphra_shop_closed(r: random.Random) -> list:
    return [
        "ช่วยเขียนโพสต์แจ้งวันหยุดร้านน่ารักๆ\n\n",
        f"วันพระใหญ่ {r.choice(['วิสาขบูชา', 'มาฆบูชา', 'อาสาฬหบูชา'])} ร้านงดขายเหล้าเบียร์นะคะ 🙏 ",
        "ส่วนเทศกาลกินเจ ต.ค. นี้ มีเมนูเจ 12 อย่าง กล่องละ ", price(r, 45, 80),
        " สั่งล่วงหน้าได้ค่าา 💛💛",
    ]


@T("school", hard="RELIGION")
def nh_ramadan_school_schedule(r: random.Random) -> list:
    return [
        "ช่วยแปลประกาศนี้เป็นภาษามลายูกลาง\n\n",
        f"ประกาศโรงเรียน: ช่วงเดือนรอมฎอน ปี {r.choice(['2569', '2570'])} โรงเรียนปรับเวลาเลิกเรียนเป็น 14.{r.choice(['00', '30'])} น. ",
        "งดจำหน่ายอาหารในโรงอาหารช่วงกลางวันสำหรับนักเรียนที่ถือศีลอด ส่วนนักเรียนที่ไม่ถือศีลอดใช้ห้องสมุดชั้น 2",
    ]


@T("community", hard="RELIGION")
def nh_church_christmas_event(r: random.Random) -> list:
    return [
        "ช่วยออกแบบข้อความโปสเตอร์ เป็นภาษาไทย+อังกฤษ\n\n",
        f"{r.choice(['คริสตจักรเชียงใหม่ที่ 1', 'โบสถ์คาทอลิกอัสสัมชัญ', 'คริสตจักรสะพานเหลือง'])} ขอเชิญร่วมงานคริสต์มาสชุมชน 24 ธ.ค. {r.choice(['18.00', '18.30', '19.00'])} น. ",
        "มีนักร้องประสานเสียง ซุ้มอาหาร ฟรีทุกคน ทุกศาสนา ไม่ต้องลงทะเบียน 🎄✨",
    ]


@T("community", hard="ETHNICITY")
def nh_hmong_new_year_trip(r: random.Random) -> list:
    return [
        "วางแผนทริปให้หน่อย 2 วัน 1 คืน งบคนละ 3 พัน\n\n",
        "อยากไปเที่ยวงานปีใหม่ม้งที่", r.choice(["ดอยปุย", "เขาค้อ", "ภูทับเบิก"]), " ", r.choice(["ธ.ค. นี้", "ปลายปี"]),
        " มีโยนลูกช่วง ชุดชนเผ่าสวยมาก 😍 แล้วแวะหมู่บ้านกะเหรี่ยงที่แม่กลางหลวงด้วย ไปกับเพื่อน ", str(r.randint(3, 6)), " คน รถตู้หรือขับเองดี",
    ]


@T("school", hard="ETHNICITY")
def nh_ethnic_stats_homework(r: random.Random) -> list:
    return [
        "การบ้านสังคม ม.2 ช่วยทำเป็นสไลด์ 5 หน้า\n\n",
        "หัวข้อ: กลุ่มชาติพันธุ์ในประเทศไทย มีมากกว่า 60 กลุ่ม เช่น ", ", ".join(r.sample(["ไทใหญ่", "มอญ", "กะเหรี่ยง", "ม้ง", "อาข่า", "มลายู", "ลีซู", "ไทลื้อ"], 5)), " ",
        "ประชากรรวมประมาณ 6 ล้านคน (ข้อมูลศูนย์มานุษยวิทยาสิรินธร) ยกตัวอย่างภาษาและอาหารแต่ละกลุ่มด้วยนะ",
    ]


@T("community", hard="POLITICAL_OPINION")
def nh_politics_news_gossip(r: random.Random) -> list:
    return [
        f"สรุปข่าวนี้ให้หน่อย อ่านไม่ไหว ยาวมากกก {laugh(r)}\n\n",
        "นายกฯ แถลงหลังประชุม ครม. ยืนยันไม่ยุบสภา ด้านทักษิณโพสต์ให้กำลังใจรัฐบาล ",
        f"ขณะที่พรรคประชาชนเตรียมยื่นอภิปรายไม่ไว้วางใจ {r.randint(3, 9)} รัฐมนตรี ส.ส.ฝ่ายค้านระบุงบกลาง {r.randint(5, 9)}.{r.randint(1, 9)} หมื่นล้านไม่โปร่งใส",
    ]


@T("community", hard="POLITICAL_OPINION")
def nh_local_election_notice(r: random.Random) -> list:
    return [
        "พิมพ์ประกาศเสียงตามสายหมู่บ้านให้หน่อย\n\n",
        "แจ้งพี่น้องหมู่ ", str(r.randint(1, 14)), " การเลือกตั้งนายก อบต. วันอาทิตย์ที่ ", str(r.randint(1, 28)),
        " เปิดหีบ 8 โมงเช้าถึง 5 โมงเย็น หน่วยเลือกตั้งที่ศาลาประชาคม นำบัตรประชาชนไปด้วย ",
        "ห้ามจำหน่ายสุราตั้งแต่ 6 โมงเย็นวันเสาร์",
    ]


@T("banking", hard="CRIMINAL_RECORD")
def nh_callcenter_gang_news(r: random.Random) -> list:
    return [
        "ทำเป็นโพสต์เตือนภัยลูกค้าธนาคาร ภาษาง่ายๆ\n\n",
        f"ข่าว: ตำรวจไซเบอร์รวบแก๊งคอลเซ็นเตอร์ {r.randint(8, 40)} ราย ตั้งฐานที่{r.choice(['ปอยเปต', 'เมียวดี', 'สีหนุวิลล์'])} หลอกเหยื่อกว่า {r.randint(2, 9)}00 คน ",
        f"ความเสียหาย {r.randint(40, 300)} ล้านบาท ผู้ต้องหาถูกแจ้งข้อหาฉ้อโกงประชาชนและฟอกเงิน ",
        "ธนาคารไม่มีนโยบายส่งลิงก์ทาง SMS",
    ]


@T("car_repair", hard="CRIMINAL_RECORD")
def nh_drunk_driving_law_q(r: random.Random) -> list:
    return [
        "คำถามในกลุ่มคนรักรถ ช่วยตอบแบบอ้างกฎหมายจราจรล่าสุด\n\n",
        r.choice(["สงกรานต์", "ปีใหม่", "ลอยกระทง"]), "นี้ใครจะดื่มแล้วขับระวังนะ โทษเมาแล้วขับตอนนี้เท่าไหร่ ครั้งแรกติดคุกเลยมั้ย ",
        "ถ้าซ้ำใน 2 ปีโดนหนักขึ้นใช่ไหม 🍺🚗 ", laugh(r),
    ]


@T("retail", hard="SEXUAL_BEHAVIOUR")
def nh_pride_month_promo(r: random.Random) -> list:
    return [
        "ช่วยเขียนแคปชั่น TikTok โปร Pride Month ให้ปังๆ\n\n",
        f"🏳️‍🌈 Pride Month ลด {r.choice(['15', '20', '25'])}% ทั้งร้าน!! เสื้อสีรุ้ง กระเป๋าผ้า LGBTQ+ Love is love ",
        "รายได้ 10% บริจาคมูลนิธิเพื่อความหลากหลายทางเพศ โค้ด PRIDE", str(r.randint(20, 26)),
    ]


@T("retail", hard="SEXUAL_BEHAVIOUR")
def nh_condom_product_copy(r: random.Random) -> list:
    return [
        "ช่วยเขียนคำบรรยายสินค้าลง Shopee ห้ามใช้คำหยาบ\n\n",
        f"ถุงยางอนามัย ขนาด {r.choice(['49', '52', '54', '56'])} มม. กล่อง {r.choice(['3', '10', '12'])} ชิ้น ", price(r, 89, 199),
        " บางพิเศษ 0.03 ส่งแบบไม่ระบุชื่อสินค้าหน้ากล่อง ช่วยป้องกันโรคติดต่อทางเพศสัมพันธ์และการตั้งครรภ์",
    ]


@T("landlord", hard="DISABILITY")
def nh_condo_ramp_policy(r: random.Random) -> list:
    return [
        "ร่างประกาศนิติบุคคล เรื่องปรับปรุงทางลาด\n\n",
        f"นิติฯ จะสร้างทางลาดสำหรับวีลแชร์ที่ทางเข้าตึก {r.choice('ABCD')} และปรับห้องน้ำชั้น 1 ให้คนพิการใช้ได้ ",
        f"ตาม กฎกระทรวงฯ งบประมาณ {r.randint(120, 260)},000 บาท จากเงินกองทุน เริ่ม ", r.choice(["1 มิ.ย.", "15 ก.ค."]),
    ]


@T("community", hard="DISABILITY")
def nh_disability_allowance_q(r: random.Random) -> list:
    return [
        "ช่วยตอบคำถามในกลุ่ม อสม. แบบสั้นๆ\n\n",
        f"เบี้ยความพิการปี {r.choice(['69', '2569', '70'])} ได้เดือนละเท่าไหร่คะ ได้ยินว่าขึ้นเป็น {r.choice(['1,000', '1,200', '๑,๐๐๐'])} บาท จริงไหม ต้องไปยื่นที่ อบต. หรือ พมจ. ",
        "ใช้เอกสารอะไรบ้าง 🙏",
    ]


@T("workplace", hard="TRADE_UNION")
def nh_union_news_forward(r: random.Random) -> list:
    return [
        "ข่าวนี้กระทบธุรกิจขนส่งเรามั้ย ช่วยวิเคราะห์หน่อย\n\n",
        f"Fwd: สหภาพแรงงานรัฐวิสาหกิจ{r.choice(['การรถไฟฯ', 'การท่าเรือฯ', 'การไฟฟ้าฯ'])} ประกาศเตรียมหยุดงาน หากรัฐบาลไม่ทบทวนแผนให้สัมปทานเอกชน ",
        "ขณะที่ สรส. ยื่นหนังสือถึงกระทรวงคมนาคมเมื่อวันที่ ", str(r.randint(1, 28)), " มี.ค.",
    ]


@T("workplace", hard="TRADE_UNION")
def nh_union_law_question(r: random.Random) -> list:
    return [
        "ถามกฎหมายแรงงานหน่อยครับ HR บริษัทเล็ก\n\n",
        "บริษัทมีพนักงาน ", str(r.randint(40, 90)), " คน ถ้าพนักงานจะตั้งสหภาพแรงงานต้องมีคนกี่คน ",
        "บริษัทห้ามได้มั้ย แล้วต้องเจรจาข้อเรียกร้องยังไง",
    ]


@T("hospital", hard="GENETIC_DATA")
def nh_dna_kit_ad(r: random.Random) -> list:
    return [
        "เขียนโฆษณาเฟซบุ๊กให้ชุดตรวจนี้ ห้ามเคลมเกินจริง\n\n",
        "ชุดตรวจ DNA ที่บ้าน รู้ยีนแพ้อาหาร ยีนความอ้วน บรรพบุรุษ 500+ ภูมิภาค ", price(r, 3900, 12900),
        " เก็บน้ำลายส่งแล็บ รู้ผล 4 สัปดาห์ ข้อมูลพันธุกรรมเข้ารหัส ไม่ขายต่อ",
    ]


@T("school", hard="GENETIC_DATA")
def nh_thal_homework(r: random.Random) -> list:
    return [
        "อธิบายให้เด็ก ม.5 เข้าใจหน่อยค่ะ ชีวะยากมากกก 😵\n\n",
        "ธาลัสซีเมียถ่ายทอดทางพันธุกรรมยังไง ถ้าพ่อแม่เป็นพาหะทั้งคู่ ลูกมีโอกาสเป็นโรคกี่เปอร์เซ็นต์ ",
        f"แล้วทำไมคนไทยเป็นพาหะเยอะ ประมาณ {r.choice(['30-40', '35', '40'])}%",
    ]


@T("retail", hard="BIOMETRIC_DATA")
def nh_fingerprint_lock_product(r: random.Random) -> list:
    return [
        "เปรียบเทียบสินค้า 2 ตัวนี้ให้หน่อย ลูกค้าถามว่าอันไหนดี\n\n",
        "กลอนดิจิทัล A: สแกนนิ้ว+รหัส+การ์ด จำลายนิ้วมือได้ 100 นิ้ว ", price(r, 3990, 6990), "\n",
        "กลอนดิจิทัล B: สแกนใบหน้า 3D + ม่านตา แบตอยู่ 8 เดือน ", price(r, 7990, 12990),
        "\nทั้งคู่รับประกัน 2 ปี ติดตั้งฟรีในกทม.",
    ]


@T("banking", hard="BIOMETRIC_DATA")
def nh_bank_face_scan_rule_news(r: random.Random) -> list:
    return [
        "อธิบายกฎใหม่แบงก์ชาติให้ป้าเข้าใจหน่อย ป้าถามมา 555\n\n",
        f"ตั้งแต่ 1 {r.choice(['มี.ค.', 'มิ.ย.', 'ต.ค.'])} โอนเงินเกิน 50,000 บาทต่อครั้ง หรือเกิน 200,000 ต่อวัน ต้องสแกนใบหน้ายืนยันตัวตน ",
        "ในแอปธนาคาร เปรียบเทียบกับข้อมูลชิปบัตรประชาชน",
    ]


# ================================================================================================
# OTHER NEGATIVES: chit-chat, memes, orders, tracking, prices, logs, gossip about public news
# ================================================================================================
@T("community", neg=True)
def n_meme_555_chat(r: random.Random) -> list:
    return [
        "ช่วยแปลมีมนี้เป็นอังกฤษให้ตลกเท่าเดิม\n\n",
        f"เงินเดือนออก วันที่ {r.choice(['25', '30', '1'])} {emo(r, '🤑')}\nวันถัดมา : 🥲\nอีกวัน: กิน{r.choice(['มาม่า', 'ไข่เจียว', 'ข้าวกับน้ำปลา'])}{'า' * r.randint(2, 6)} ",
        f"{laugh(r)} ใครเป็นบ้างงงง\nแอดมินเพจขอ 1 แชร์ ", "เดี๋ยวพรุ่งนี้มาลงต่อ 🤣🤣",
    ]


@T("retail", neg=True)
def n_order_status_numbers(r: random.Random) -> list:
    return [
        "แอดมินร้านค่ะ ช่วยเขียนข้อความตอบลูกค้าแบบรวมๆ ว่าของส่งแล้ว\n\n",
        "ออเดอร์ ", order_no(r), " ส่งแล้ว\n", "ออเดอร์ ", order_no(r), " รอแพ็ค (ของหมด สีครีม)\n",
        "ออเดอร์ ", order_no(r), " ยกเลิกโดยระบบ คืนเงินใน 3-5 วัน\n", f"ยอดรวมวันนี้ {r.randint(5000, 40000):,} บาท",
    ]


@T("retail", neg=True)
def n_tracking_codes_multi(r: random.Random) -> list:
    return [
        f"ลูกค้าถามว่าพัสดุถึงไหนแล้วววว {emo(r, '📦😅')} ช่วยทำข้อความตอบแบบเดียวกันทุกเลข\n\n",
        tracking(r), " - กำลังนำส่ง\n", tracking(r), " - ถึงศูนย์คัดแยก ลำลูกกา\n", tracking(r),
        " - พัสดุตีกลับ (ที่อยู่ไม่ครบ)\n", "เลขพัสดุ KER", thd(digits(r, 10)), " ที่ลูกค้าพิมพ์มาเป็นเลขไทย หาไม่เจอ",
    ]


@T("retail", neg=True)
def n_price_list_typos(r: random.Random) -> list:
    return [
        "แก้คำผิดในรายการราคานี้ แล้วจัดเป็นตารางให้หน่อยยย\n\n",
        "เสื้อยืดคอกลม ", price(r, 150, 290), "\nกางเกงยีนขาม้า ", price(r, 390, 890), "\n",
        "กระโปรงพรีทยาว 4 5 9 บ.\nเดรสลูกไม้ ๗๙๐.-\nส่งฟรีเมื่อซื้อครบ 1 .000 บาทนะคะะ",
    ]


@T("retail", neg=True)
def n_product_size_question(r: random.Random) -> list:
    return [
        "ตอบลูกค้าหน่อย ใช้ตารางไซส์นี้ S อก 32 / M 34 / L 36 / XL 38\n\n",
        f"ลูกค้า: สูง 16{r.randint(0, 9)} หนัก 5{r.randint(0, 9)} ใส่ไซส์ไหนดีคะ ชอบใส่หลวมๆ อะ ",
        "แล้วผ้ายืดมั้ย หดไหมคะซักแล้ว 🙏",
    ]


@T("community", neg=True)
def n_lottery_results_chat(r: random.Random) -> list:
    first = digits(r, 6)
    return [
        f"สรุปผลหวยให้หน่อย กลุ่มไลน์ส่งมาเละมาก {laugh(r)}\n\n",
        f"รางวัลที่ 1 : {first}\nเลขหน้า 3 ตัว {digits(r, 3)} {digits(r, 3)}\nเลขท้าย 3 ตัว {digits(r, 3)} {digits(r, 3)}\n",
        f"เลขท้าย 2 ตัว {digits(r, 2)}\n", "งวดหน้าเลขเด็ดจากพระอาจารย์ดัง ", thd(digits(r, 2)), " 🙏🙏 ใครถูกแบ่งด้วยน้า",
    ]


@T("community", neg=True)
def n_football_gossip(r: random.Random) -> list:
    return [
        "สรุปผลบอลเมื่อคืน แบบฮาๆ ลงเพจ\n\n",
        f"ช้างศึกชนะเวียดนาม {r.randint(2, 4)}-1!!! ชนาธิปยิงไกลสวยมากกก 🔥 ",
        f"ส่วนแมนยูแพ้อีกแล้ว {laugh(r)} บอลไทยรอบหน้าเจอมาเลเซีย 9 มิ.ย. ราคาตั๋ว 300-1,500",
    ]


@T("retail", neg=True)
def n_webhook_epoch_json(r: random.Random) -> list:
    return [
        "webhook ร้านค้า error ตรงไหน ช่วยดูให้หน่อย\n\n",
        '{"event":"order.paid","shop_id":"SHOP', digits(r, 5), '","order_sn":"', order_no(r), '",',
        '"paid_at":', epoch_ms(r), ',"amount":', str(r.randint(100, 9000)), '.00,"currency":"THB",',
        '"retry":{"count":3,"next_at":', epoch_ms(r), '},"status":"FAILED","error":"timeout 30000ms"}',
    ]


@T("landlord", neg=True)
def n_iot_meter_log_epoch(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows.append(f"room={r.randint(101, 420)} kwh={r.randint(1000, 9999)}.{r.randint(0, 9)} ts={epoch_ms(r)} rssi=-{r.randint(60, 90)}\n")
    return [
        "มิเตอร์ไฟหอพักส่ง log มาแบบนี้ ช่วยเขียน python คำนวณหน่วยที่ใช้ต่อห้อง\n\n", rows,
    ]


@T("retail", neg=True)
def n_tiktok_shop_api_epoch(r: random.Random) -> list:
    return [
        "api tiktok shop คืนค่ามาแบบนี้ อยากแปลง create_time เป็นเวลาไทย ทำยังไง\n\n",
        '{"code":0,"data":{"orders":[{"id":"57', digits(r, 16), '","status":"AWAITING_SHIPMENT",',
        '"create_time":', epoch_ms(r), ',"update_time":', epoch_ms(r), ',"payment":{"total_amount":"',
        str(r.randint(99, 2999)), '","currency":"THB"}}]},"request_id":"2026', digits(r, 12), '"}',
    ]


@T("community", neg=True)
def n_cctv_nvr_log_epoch(r: random.Random) -> list:
    return [
        "กล้องวงจรปิดหมู่บ้านแจ้งเตือนแปลกๆ ช่วยแปลว่าแต่ละบรรทัดหมายถึงอะไร\n\n",
        f"[CH0{r.randint(1, 8)}] motion_detect start={epoch_ms(r)} dur=12s\n",
        f"[CH0{r.randint(1, 8)}] hdd_warn free=2.1% at {epoch_ms(r)}\n",
        "[SYS] firmware V5.7.3 build 250611\n",
    ]


@T("school", neg=True)
def n_python_code_fake_numbers(r: random.Random) -> list:
    return [
        "โค้ดนี้ error ช่วยแก้หน่อยครับ เป็นงาน intro to programming\n\n",
        "```python\nimport time\nSTART = ", epoch_ms(r), "  # ms\nEND = ", epoch_ms(r), "\n",
        "def minutes(a, b):\n    return (b - a) / 60000\nprint(minutes(START, END)\n```\n",
        "SyntaxError: '(' was never closed ทำไมอะ 😭",
    ]


@T("retail", neg=True)
def n_pos_receipt_ocr(r: random.Random) -> list:
    return [
        "OCR ใบเสร็จมาแล้วเพี้ยน ช่วยรวมยอดให้หน่อย\n\n",
        "ร้านสะดวกซื้อ สาขา 0", digits(r, 4), "\nPOS#0", digits(r, 2), " REG#", digits(r, 2), "\n",
        "น้ำดื่ม 600ml  x2   14.OO\n885", digits(r, 10), "\nขนมปังสังขยา  1   18.00\n", "885", digits(r, 10), "\n",
        "รวม 3 ชิ้น  32.OO\nเงินสด 100.00 ทอน 68.00\n", f"{r.randint(1, 28):02d}/03/26 {clock(r)}",
    ]


@T("school", neg=True)
def n_school_timetable(r: random.Random) -> list:
    return [
        "จัดตารางสอนให้ใหม่ ห้ามวิชาเดียวกันติดกัน\n\n",
        f"ม.{r.randint(1, 6)}/{r.randint(1, 9)}\nจ. คณิต ไทย อังกฤษ วิทย์ | พละ สังคม\nอ. วิทย์ วิทย์ คณิต ศิลปะ | ไทย แนะแนว\n",
        "พ. อังกฤษ คอม คอม สังคม | คณิต ลูกเสือ\n", f"(คาบละ {r.choice(['50', '55', '60'])} นาที เริ่ม 8.{r.choice(['20', '30', '40'])})",
    ]


@T("landlord", neg=True)
def n_room_for_rent_ad(r: random.Random) -> list:
    return [
        "ช่วยเขียนประกาศห้องว่างลง facebook marketplace ให้น่าสนใจ\n\n",
        f"ห้องว่าง {r.randint(2, 6)} ห้อง!! ใกล้ ม.ขอนแก่น เดิน 5 นาที ห้องพัดลม ",
        price(r, 2200, 3200), "/ด. ห้องแอร์ ", price(r, 3500, 4900), "/ด. เน็ตฟรี ที่จอดรถมอไซค์ ",
        "ค่าน้ำเหมา 100 ไฟหน่วยละ 7 ไม่รับสัตว์เลี้ยง ทักแชทเพจได้เลยค่ะ",
    ]


@T("car_repair", neg=True)
def n_garage_parts_price(r: random.Random) -> list:
    return [
        "เทียบราคาอะไหล่ให้หน่อย ร้านไหนถูกสุด\n\n",
        f"ผ้าเบรกหน้า Vios 2019 (04465-0D{r.randint(100, 199)}) ร้าน A {price(r, 900, 1500)} ร้าน B {price(r, 900, 1500)}\n",
        f"กรองน้ำมันเครื่อง 90915-YZZ{r.choice('DEJ')}{r.randint(1, 4)} ร้าน A 180 ร้าน B ๒๑๐\n",
        "หม้อน้ำ Denso 422176-", digits(r, 4), " ร้าน A 3,4 50 ร้าน B 3,200",
    ]


@T("car_repair", neg=True)
def n_car_model_question(r: random.Random) -> list:
    return [
        "ช่วยเทียบให้หน่อย งบ 8 แสน ใช้วิ่งต่างจังหวัดบ่อย\n\n",
        r.choice(["ระหว่าง Yaris Cross HEV กับ HR-V e:HEV", "ระหว่าง BYD Atto 3 กับ MG4", "ระหว่าง City hatch กับ Almera"]), " อันไหนประหยัดกว่าคับ ",
        f"แล้วค่าเปลี่ยนแบตไฮบริดตอน 8 ปีราวๆ เท่าไหร่ {laugh(r)} ได้ยินมาแสนนึง จริงป่าว",
    ]


@T("banking", neg=True)
def n_bank_rate_question(r: random.Random) -> list:
    return [
        "ช่วยเทียบดอกเบี้ยเงินฝากประจำ 12 เดือนให้หน่อย เอาแบบตาราง\n\n",
        f"กสิกร 1.{r.randint(10, 60)}% / scb 1.{r.randint(10, 60)}% / กรุงไทย 1.{r.randint(10, 60)}% / ออมสิน เผื่อเรียก 0.{r.randint(25, 80)}%\n",
        "ฝาก 100,000 ได้ดอกเท่าไหร่หลังหักภาษี 15% คะ 🤔",
    ]


@T("school", neg=True)
def n_isbn_book_order(r: random.Random) -> list:
    return [
        "ห้องสมุดโรงเรียน ช่วยทำรายการสั่งซื้อหนังสือจาก ISBN ให้หน่อย\n\n",
        f"ISBN 978-616-{digits(r, 2)}-{digits(r, 4)}-{r.randint(0, 9)}  x5\n",
        f"ISBN 978974{digits(r, 4)}{digits(r, 3)}  x3\n", f"ISBN ๙๗๘-๖๑๖-{thd(digits(r, 3))}-{thd(digits(r, 3))}-{thd(str(r.randint(0, 9)))}  x2\n",
        "งบไม่เกิน ", price(r, 5000, 9000), " บาท",
    ]


@T("community", neg=True)
def n_recipe_voice_note(r: random.Random) -> list:
    return [
        "ถอดเสียงวอยซ์ยายสอนทำแกง ช่วยเขียนเป็นสูตรอาหาร\n\n",
        f"เออ ลูก ก็ เอา พริกแกง {r.choice(['เขียว หวาน', 'เผ็ด', 'คั่ว'])} สอง ช้อน โต๊ะ ผัด กับ หัว กะทิ ให้ แตก มัน ก่อน นะ ",
        "แล้ว ใส่ ไก่ ครึ่ง กิโล มะเขือ เปราะ สิบ ลูก น้ำปลา ", r.choice(["สอง", "สาม"]), " ช้อน ",
        "น้ำตาล ปี๊บ นิด นึง ใบ โหระพา ตอน ปิด ไฟ อร่อย แน่ นอน",
    ]


@T("community", neg=True)
def n_weather_forward(r: random.Random) -> list:
    return [
        "ข้อความนี้เชื่อได้มั้ย ช่วยเช็คจากกรมอุตุฯ ให้หน่อย\n\n",
        "⚠️⚠️ ด่วน พายุ", r.choice(["วิภา", "ปาบึก 2"]), " เข้าไทย ", f"{r.randint(10, 20)}-{r.randint(21, 25)}",
        " ก.ย. ฝนตกหนักทั่วประเทศ 43 จังหวัด น้ำท่วมใหญ่กว่าปี 54 !!! แชร์ต่อด่วนนน",
    ]


@T("retail", neg=True)
def n_promo_code_coupon(r: random.Random) -> list:
    return [
        "โค้ดพวกนี้ใช้ยังไง ลูกค้างงมาก ช่วยเขียนวิธีใช้สั้นๆ\n\n",
        f"โค้ด SPAY{digits(r, 4)} ลด 15% สูงสุด 300\nโค้ด FREESHIP{r.randint(10, 99)} ขั้นต่ำ 0.-\n",
        f"โค้ด MID{r.randint(1, 12):02d}{r.randint(1, 28):02d} ลด ๑๐๐ บาท เก็บได้เวลา 00:00 และ 12:00 เท่านั้น!! 🛒",
    ]


@T("hospital", neg=True)
def n_hospital_queue_sms(r: random.Random) -> list:
    return [
        "ช่วยแปล SMS นี้เป็นภาษาอังกฤษให้ญาติต่างชาติ\n\n",
        f"[รพ.ศูนย์] คิวของท่าน {r.choice('ABCK')}{r.randint(10, 299):03d} ห้องตรวจ {r.randint(1, 20)} ",
        f"รออีก {r.randint(3, 25)} คิว กรุณางดน้ำงดอาหารก่อนเจาะเลือด สอบถาม 1669 หรือ Call center โรงพยาบาล",
    ]


@T("community", neg=True)
def n_village_cleanup_announcement(r: random.Random) -> list:
    return [
        "ช่วยพิมพ์ประกาศลงกลุ่มไลน์หมู่บ้านให้หน่อย ใส่อิโมจิด้วย\n\n",
        f"วัน{r.choice(['อาทิตย์', 'เสาร์'])}นี้ {r.choice(['7', '8'])} โมงเช้า Big Cleaning Day {r.choice(['ลอกคูระบายน้ำหน้าวัด', 'ตัดหญ้าริมถนนทางเข้าหมู่บ้าน', 'ล้างศาลาประชาคม'])} ",
        "ใครว่างมาช่วยกันน้า มีข้าวต้มเลี้ยง เอาจอบ เสียม ถุงมือมาด้วย ผู้ใหญ่บ้านฝากมาค่ะ",
    ]


@T("community", neg=True)
def n_crypto_price_chat(r: random.Random) -> list:
    return [
        f"เพื่อนส่งมา {laugh(r)} ช่วยคำนวณว่าขาดทุนกี่เปอร์เซ็นต์\n\n",
        f"ซื้อ BTC ที่ 3,{r.randint(100, 900)},000 บาท ตอนนี้เหลือ 2,{r.randint(100, 900)},000 😭\n",
        f"ETH ซื้อ {r.randint(90, 130)},000 ตอนนี้ {r.randint(60, 89)},500\n", "ถือต่อหรือคัทดีวะ",
    ]


@T("community", neg=True)
def n_bus_schedule_ocr(r: random.Random) -> list:
    return [
        "OCR ป้ายตารางรถตู้ ตัวเลขเพี้ยน ช่วยทำตารางใหม่\n\n",
        r.choice(["ขอนแก่น - อุดรธานี", "หมอชิต - ลพบุรี", "เชียงใหม่ - ลำพูน"]),
        f"\nเที่ยวแรก O5.{r.choice(['3O', '0O', '15'])}\nทุก 3O นาที\nเที่ยวสุดท้าย 18.OO\nค่าโดยสาร 1l{r.randint(0, 9)} บาท\n",
        "ขอนแก่น - เลย\n06.00 / 09.00 / 13.3O\nค่าโดยสาร 2OO บาท\n",
    ]


@T("community", neg=True)
def n_gold_price_forward(r: random.Random) -> list:
    buy = r.randint(40000, 52000) // 50 * 50
    return [
        "ช่วยคำนวณว่าขายสร้อย 2 สลึงวันนี้ได้เท่าไหร่\n\n",
        f"ราคาทอง สมาคมค้าทองคำ {r.randint(1, 28)}/3/69 ครั้งที่ {r.randint(1, 9)}\n",
        f"ทองแท่ง รับซื้อ {buy:,} ขายออก {buy + 100:,}\nทองรูปพรรณ รับซื้อ {buy - 650:,} ขายออก {buy + 600:,}\n",
        "ขึ้น 150 🟢",
    ]


@T("school", neg=True)
def n_exam_results_stats(r: random.Random) -> list:
    return [
        "ทำกราฟสรุปผลสอบ O-NET ของโรงเรียนเทียบระดับประเทศ\n\n",
        f"คณิต ร.ร. {r.randint(20, 35)}.{r.randint(10, 99)} ประเทศ 24.39\nวิทย์ ร.ร. {r.randint(25, 40)}.{r.randint(10, 99)} ประเทศ 29.20\n",
        f"อังกฤษ ร.ร. {r.randint(25, 45)}.{r.randint(10, 99)} ประเทศ 31.05\nนักเรียนเข้าสอบ {r.randint(80, 250)} คน",
    ]


@T("telecom", neg=True)
def n_router_setup_help(r: random.Random) -> list:
    return [
        "ตั้งค่าเราเตอร์ไม่เป็นครับ ช่วยบอกทีละขั้น\n\n",
        "เข้า 192.168.1.1 แล้ว user admin รหัส admin ไม่ได้ ลอง 192.168.0.1 ก็ไม่ได้ ",
        f"ไฟ LOS กระพริบแดง ร้านบอกให้โทร 1177 แต่รอสายนานมาก {laugh(r)} รุ่น ZTE F6600P",
    ]


@T("workplace", neg=True)
def n_salary_survey_stats(r: random.Random) -> list:
    return [
        "ช่วยเขียนสรุปผลสำรวจเงินเดือน เป็นประโยคสั้นๆ สำหรับสไลด์ผู้บริหาร\n\n",
        f"ค่ามัธยฐานเงินเดือน ป.ตรีจบใหม่ 2569: {r.randint(17, 22)},{r.randint(0, 9)}00 บาท\n",
        f"ขึ้นเงินเดือนเฉลี่ย {r.randint(3, 5)}.{r.randint(0, 9)}% โบนัสเฉลี่ย 1.{r.randint(1, 9)} เดือน\n",
        "อัตราลาออก IT สูงสุด 18%",
    ]


@T("banking", neg=True)
def n_scam_warning_forward(r: random.Random) -> list:
    return [
        "ช่วยเขียนโพสต์เตือนลูกค้าจากตัวอย่าง SMS หลอกลวงนี้\n\n",
        "[Forwarded]\n\"บัญชีของท่านถูกระงับ กรุณายืนยันตัวตนภายใน 24 ชม. ",
        f"https://k-plus-{r.choice(['verify', 'th', 'secure'])}.co/{digits(r, 5)}\" ",
        "\nธนาคารไม่ส่งลิงก์ทาง SMS ทุกกรณี หากสงสัยโทร 1333 หรือ 02-888-8888",
    ]


# ----------------------------------------------------------------------------------------------
# Build, self-check, write
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
        row["id"] = f"f30-{n:04d}"
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
            print(f"{args.out} is stale: rerun bench/make_freshset30.py", file=sys.stderr)
            return 1
        return 0
    if not args.stats:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
