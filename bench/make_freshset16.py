"""Sixteenth blind held-out set for pdpa-guard: bench/freshset16.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md and the interface of tests/test_freshsets.py only. Emphasis: insurers (claims, underwriting,
call-centre transcripts), securities/brokerage and fintech (KYC, e-wallet disputes, loan collection),
telecom (SIM registration, number porting, complaint tickets) and logistics (parcel delivery, COD
disputes, driver notes). About a third of the prompts are the JSON bodies an application really sends
to an LLM API (OpenAI-style ``{"model", "messages"}`` and Anthropic-style ``{"system", "messages"}``),
with the personal data inside JSON string values -- some with Thai escaped as ``\\u0e..`` (the gold span
then covers the escaped characters), some multi-turn with the name in one turn and the sensitive fact
in another. Negatives are the same domains without personal data (product terms, rate tables, outage
notices, tracking / air-waybill / policy numbers, ICCIDs, system prompts with placeholders, sample
payloads with template values, epoch-millisecond timestamps that happen to pass the Thai-ID checksum).

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction; JSON bodies are escaped
part by part (JSON string escaping is per character, so offsets stay exact) and every body is checked
to parse. All values are fabricated; names are hand-written in this file.

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, Mr,
Dr ...); ADDRESS is one span from the house number to the postcode (or province); DATE_OF_BIRTH is the
date only; cued numbers (HN, student ID, account ...) are the number only; a plate includes the province
written right after it; s.26 spans are the shortest phrase disclosing the fact about the person.
Role mailboxes (info@, claims@, support@ ...) and short-code hotlines are not personal data and are left
unlabelled. Public figures in news are not labelled. Securities trading-account numbers, policy numbers,
claim numbers, IMEI/ICCID and tracking numbers are not catalogue entities and are left unlabelled.

    python bench/make_freshset16.py            # (re)write bench/freshset16.jsonl
    python bench/make_freshset16.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset16.py --stats    # coverage, share of JSON bodies and English-only prompts
"""

from __future__ import annotations

import argparse
import base64
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

OUT = Path(__file__).resolve().parent / "freshset16.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset16"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_M = ["กิตติศักดิ์", "ธนวัฒน์", "วรเชษฐ์", "อนันต์", "ปิยะพงษ์", "ศักดิ์ดา", "ธีระพงษ์", "เฉลิมชัย", "ณัฐพล",
        "อดิศร", "วิทยา", "สมพงษ์", "จักรพันธ์", "ทรงศักดิ์", "พีรพัฒน์", "ชาญวิทย์", "ภูมิพัฒน์", "สมบัติ",
        "อำนาจ", "ธนภัทร", "คมกริช", "ไพบูลย์", "เกียรติศักดิ์", "บุญส่ง", "คำแพง", "สุริยา", "ประยงค์", "เอกราช"]
TH_F = ["ชุติมา", "พัชราภรณ์", "สุภาวดี", "นงลักษณ์", "จารุวรรณ", "มยุรี", "รัชนี", "ศิริพร", "เยาวลักษณ์",
        "บุษบา", "ประภาพร", "ลัดดาวัลย์", "สุดารัตน์", "วาสนา", "อรอนงค์", "กัลยา", "ธิดารัตน์", "นิตยา",
        "เพ็ญศรี", "ปาริชาต", "สายฝน", "รุ่งนภา", "ละเอียด", "แสงเดือน", "ทองสุข", "ดารุณี", "พิมพ์ลดา", "อัมพร"]
TH_SUR = ["ศรีสุข", "แก้วมณี", "บุญประเสริฐ", "ทองดี", "วงศ์ไพศาล", "จันทร์หอม", "พรหมวงศ์", "สุขเจริญ",
          "เพชรรัตน์", "อินทรประเสริฐ", "ชัยมงคล", "ธนสารศิลป์", "มีสุข", "รุ่งเรืองกิจ", "ปัญญาดี", "สิทธิโชค",
          "เรืองศรี", "ขันทอง", "ภักดีวงศ์", "ศรีวิชัย", "หอมจันทร์", "นาคประเสริฐ", "ใจงาม", "บัวทอง",
          "ทิพย์มณี", "โพธิ์ศรี", "วัฒนากุล", "เลิศวิริยะ", "สมบูรณ์ชัย", "อ่อนละมัย", "แสงอรุณ", "กองแก้ว"]
TH_MUSLIM = ["อับดุลเลาะ หะยีสาแม", "ฟาตีมะห์ ดอเลาะ", "มูฮัมหมัดรอซาลี เจ๊ะแว", "นูรีซัน สะมะแอ",
             "อิสมาแอ บินอาหวัง", "ซารีฟะห์ มะเซ็ง", "ยูโซฟ หลีเส็น", "รอฮานี ยูโซะ"]
TH_NICK = ["ต้น", "แนน", "บอย", "ปุ้ย", "ก้อย", "เอ็ม", "จ๊ะจ๋า", "โอ๊ต", "มด", "เบียร์", "กิ๊ฟ", "ตูน", "แบงค์"]
RO_M = ["Kittisak", "Thanawat", "Worachet", "Anan", "Piyapong", "Sakda", "Teerapong", "Chalermchai",
        "Nattapon", "Adisorn", "Witthaya", "Sompong", "Jakkaphan", "Songsak", "Peerapat", "Chanwit"]
RO_F = ["Chutima", "Patcharaporn", "Supawadee", "Nongluck", "Jaruwan", "Mayuree", "Ratchanee", "Siriporn",
        "Yaowalak", "Busaba", "Praphaporn", "Laddawan", "Sudarat", "Wassana", "Orn-anong", "Kanlaya"]
RO_SUR = ["Srisuk", "Kaewmanee", "Boonprasert", "Thongdee", "Wongpaisarn", "Chanhom", "Phromwong",
          "Sukcharoen", "Phetcharat", "Intaraprasert", "Chaimongkol", "Meesuk", "Rungruangkit", "Panyadee",
          "Sitthichok", "Ruangsri", "Khanthong", "Phakdeewong", "Sriwichai", "Nakprasert", "Jai-ngam"]
RO_NICK = ["Ton", "Nan", "Boy", "Pui", "Koy", "Oat", "Mod", "Beer", "Gift", "Toon", "Bank", "Fah", "Joe"]
MYANMAR = ["Aung Ko Ko", "Thida Win", "Zaw Htet Naing", "Khin Myo Thant", "Ye Lwin Oo", "Mya Mya Aye",
           "Saw Eh Moo", "Mi Thandar Soe", "Sai Kham Leng", "Htet Aung Lin"]
MYANMAR_TH = ["เย ลวิน อู", "ทันดา ทุน", "ซอ ลา เป", "จ่อ ซวา มิน", "เมียะ เต็ง", "ขิ่น มิ้น ซอ", "ซาย คำแสง",
              "หน่อ เส่ง ปอ"]
HILLTRIBE_TH = ["อาหมี่ เชอมือ", "หมี่จู แซ่ย่าง", "จะหงอ เยส่อ", "นาหมี่ มาเยอ", "ซัว แซ่ว่าง", "เล่าเปา แซ่ลี",
                "หน่อเล่ พะมิ", "อาซอ มาเยะ", "ยอดชาย แซ่หาญ", "มะลิ แซ่จ๋าว"]
LAO = ["Bounthavy Sisouphanh", "Khamphone Vilaysack", "Soudaly Keophila", "Vanh Phommasone"]
KHMER = ["Sokun Thea", "Rathana Chhim", "Bopha Nget", "Vuthy Keo"]
WESTERN = ["Daniel Hartley", "Sophie Marchand", "Lukas Brenner", "Rachel Kim", "Hiroshi Tanaka",
           "Priya Raman", "Oliver Grant", "Ingrid Solberg", "Marco Bellini", "Chloe Dupont", "Sean Gallagher",
           "Mei Ling Tan", "Arjun Mehta", "Hannah Vogel"]


SUR_PAIRS = [("ศรีสุข", "Srisuk"), ("แก้วมณี", "Kaewmanee"), ("บุญประเสริฐ", "Boonprasert"), ("ทองดี", "Thongdee"),
             ("วงศ์ไพศาล", "Wongpaisarn"), ("จันทร์หอม", "Chanhom"), ("พรหมวงศ์", "Phromwong"), ("สุขเจริญ", "Sukcharoen"),
             ("เพชรรัตน์", "Phetcharat"), ("อินทรประเสริฐ", "Intaraprasert"), ("ชัยมงคล", "Chaimongkol"), ("มีสุข", "Meesuk"),
             ("รุ่งเรืองกิจ", "Rungruangkit"), ("ปัญญาดี", "Panyadee"), ("สิทธิโชค", "Sitthichok"), ("เรืองศรี", "Ruangsri"),
             ("ขันทอง", "Khanthong"), ("ภักดีวงศ์", "Phakdeewong"), ("ศรีวิชัย", "Sriwichai"), ("นาคประเสริฐ", "Nakprasert")]


def th_en(r: random.Random) -> tuple[str, str, str, str]:
    """(Thai title, Thai name, English title, English name) of one person, as printed on an ID card."""
    female = r.random() < 0.5
    i = r.randrange(len(RO_F if female else RO_M))
    th_sur, en_sur = r.choice(SUR_PAIRS)
    if female:
        return r.choice(["นางสาว", "นาง"]), f"{TH_F[i]} {th_sur}", r.choice(["Miss", "Mrs."]), f"{RO_F[i]} {en_sur}"
    return "นาย", f"{TH_M[i]} {th_sur}", "Mr.", f"{RO_M[i]} {en_sur}"


def thm(r: random.Random) -> str:
    return f"{r.choice(TH_M)} {r.choice(TH_SUR)}"


def thf(r: random.Random) -> str:
    return f"{r.choice(TH_F)} {r.choice(TH_SUR)}"


def thn(r: random.Random) -> tuple[str, str]:
    """(title, full name) with a title that matches the given name."""
    if r.random() < 0.5:
        return r.choice(["นาย", "นาย", "คุณ"]), thm(r)
    return r.choice(["นางสาว", "น.ส.", "นาง", "คุณ"]), thf(r)


def rom(r: random.Random, female: bool | None = None) -> str:
    if female is None:
        female = r.random() < 0.5
    return f"{r.choice(RO_F if female else RO_M)} {r.choice(RO_SUR)}"


def rom_t(r: random.Random) -> tuple[str, str]:
    female = r.random() < 0.5
    return (r.choice(["Ms.", "Mrs.", "Miss"]) if female else "Mr."), rom(r, female)


# ----------------------------------------------------------------------------------------------
# Fabricated values
# ----------------------------------------------------------------------------------------------
def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _pin(r: random.Random, first: str | None = None) -> str:
    body = (first or r.choice("1113358")) + _digits(r, 11)
    return body + pin.calc_check_digit(body)


def fmt13(d: str, style: str) -> str:
    if style == "dash":
        return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"
    if style == "space":
        return f"{d[0]} {d[1:5]} {d[5:10]} {d[10:12]} {d[12]}"
    return d


def nid(r: random.Random, style: str | None = None, first: str | None = None) -> str:
    return fmt13(_pin(r, first), style or r.choice(["plain", "dash", "space", "plain"]))


def juristic(r: random.Random, style: str | None = None) -> str:
    body = "0" + r.choice(["105", "105", "107", "135", "205", "505"]) + _digits(r, 8)
    d = body + moa.calc_check_digit(body)
    return fmt13(d, style or r.choice(["plain", "dash", "plain"]))


def epoch_ms(r: random.Random, lo: int = 1_700_000_000_000, hi: int = 1_880_000_000_000) -> str:
    """A 13-digit epoch-millisecond value that also passes the Thai-ID checksum."""
    body = str(r.randint(lo, hi))[:12]
    v = body + pin.calc_check_digit(body)
    assert pin.is_valid(v)
    return v


def epoch_after(r: random.Random, prev: str, lo_ms: int = 60_000, hi_ms: int = 6 * 3_600_000) -> str:
    """A later epoch-ms value (also passing the Thai-ID checksum), for event sequences."""
    return epoch_ms(r, int(prev) + lo_ms, int(prev) + hi_ms)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(r: random.Random, style: str | None = None, brand: str | None = None) -> str:
    brand = brand or r.choice(["visa", "visa", "mc", "jcb", "amex", "upi"])
    if brand == "amex":
        d = _luhn_complete(r.choice(["34", "37"]) + _digits(r, 12))
        return f"{d[:4]} {d[4:10]} {d[10:]}" if (style or "space") != "plain" else d
    prefix = {"visa": "4" + _digits(r, 5), "mc": str(r.randint(51, 55)) + _digits(r, 4),
              "jcb": str(r.randint(3528, 3589)) + _digits(r, 2), "upi": "62" + _digits(r, 4)}[brand]
    d = _luhn_complete(prefix + _digits(r, 9))
    style = style or r.choice(["space", "dash", "plain"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def card_masked(r: random.Random) -> str:
    return f"{r.choice(['4', '5'])}{_digits(r, 5)}******{_digits(r, 4)}"


def _valid_phone(v: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, "TH"))
    except phonenumbers.NumberParseException:
        return False


def mobile(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["dash", "plain", "plain", "space", "intl", "intl_plain"])
    while True:
        d = r.choice(["08", "09", "06"]) + r.choice("123456789") + _digits(r, 7)
        if style == "dash":
            v = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        elif style == "space":
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        elif style == "intl":
            v = f"+66 {d[1:3]} {d[3:6]} {d[6:]}"
        elif style == "intl_plain":
            v = "+66" + d[1:]
        else:
            v = d
        if _valid_phone(v):
            return v


def landline(r: random.Random) -> str:
    while True:
        if r.random() < 0.5:
            v = f"02-{r.randint(100, 999)}-{_digits(r, 4)}"
        else:
            v = f"0{r.choice(['53', '38', '43', '74', '76', '44', '55'])}-{r.randint(200, 899)}-{_digits(r, 3)}"
        if _valid_phone(v):
            return v


FREE_MAIL = ["gmail.com", "hotmail.com", "outlook.co.th", "yahoo.com", "icloud.com", "hotmail.co.th", "outlook.com"]


def email(r: random.Random, name: str | None = None, domain: str | None = None) -> str:
    if name and re.fullmatch(r"[A-Za-z' -]+", name):
        parts = name.lower().replace("'", "").split()
        local = r.choice([f"{parts[0]}.{parts[-1][:3]}", f"{parts[0]}{r.randint(70, 99)}",
                          f"{parts[0]}_{parts[-1]}", f"{parts[0][0]}{parts[-1]}"])
    else:
        local = r.choice(["ploy", "noon", "bank", "mint", "oat", "jj", "fah", "tong", "mew", "kwan"]) + \
            r.choice(["", ".", "_"]) + r.choice(["sweet", "th", "cute", "bkk", "k", "s", ""]) + str(r.randint(1, 999))
    return f"{local.replace('-', '')}@{domain or r.choice(FREE_MAIL)}"


def ipv4(r: random.Random) -> str:
    first = r.choice([49, 171, 110, 184, 58, 1, 124, 223, 182, 27])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    return "2001:" + r.choice(["fb1", "44c8", "c38", "df2"]) + ":" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(4)) + \
        "::" + f"{r.randint(1, 65535):x}"


def passport(r: random.Random, kind: str = "th") -> str:
    if kind == "th":
        return r.choice(["AA", "AB", "AC", "AD", "AE"]) + _digits(r, 7)
    if kind == "mm":
        return r.choice(["MA", "MB", "MC", "MD"]) + _digits(r, 6)
    if kind == "la":
        return "P" + _digits(r, 7)
    if kind == "kh":
        return "N" + _digits(r, 7)
    return r.choice(["C", "X", "GB", "EK", "TR"]) + _digits(r, 7)


BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา", "ทีทีบี", "ออมสิน", "ยูโอบี"]
BANKS_EN = ["KBank", "SCB", "Bangkok Bank", "Krungthai", "Krungsri", "ttb", "GSB", "UOB"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    d = _digits(r, 10)
    style = style or r.choice(["dash", "plain", "dash", "gsb"])
    if style == "dash":
        return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"
    if style == "gsb":
        return "02" + _digits(r, 10)
    return d


PLATE_LETTERS = ["กข", "ขท", "งต", "ฒค", "ภย", "สร", "ฎพ", "บม", "ชจ", "ฆล", "วษ", "กร", "ทฮ", "นข", "ผก"]
PROVINCES = ["กรุงเทพมหานคร", "นนทบุรี", "ปทุมธานี", "สมุทรปราการ", "ชลบุรี", "ระยอง", "เชียงใหม่", "ขอนแก่น",
             "นครราชสีมา", "สงขลา", "ภูเก็ต", "อุดรธานี", "พระนครศรีอยุธยา", "นครปฐม"]


def plate(r: random.Random) -> str:
    pre = r.choice(["", "1", "2", "3", "4", "5", "6", "7", "8", "9"])
    return f"{pre}{r.choice(PLATE_LETTERS)} {r.randint(1, 9999)} {r.choice(PROVINCES)}"


BKK_AREAS = [
    ("ซอยสุขุมวิท 49", "แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ", "10110"),
    ("ซ.ลาดพร้าว 64", "แขวงวังทองหลาง เขตวังทองหลาง กรุงเทพมหานคร", "10310"),
    ("ถนนพหลโยธิน", "แขวงลาดยาว เขตจตุจักร กรุงเทพมหานคร", "10900"),
    ("ซอยอุดมสุข 23", "แขวงบางนาเหนือ เขตบางนา กรุงเทพฯ", "10260"),
    ("ถ.รามคำแหง", "แขวงหัวหมาก เขตบางกะปิ กรุงเทพมหานคร", "10240"),
    ("ซ.สาทร 11", "แขวงยานนาวา เขตสาทร กรุงเทพฯ", "10120"),
    ("ซอยเพชรเกษม 48", "แขวงบางหว้า เขตภาษีเจริญ กรุงเทพมหานคร", "10160"),
]
PROV_AREAS = [
    ("ถนนติวานนท์", "ต.บางกระสอ อ.เมืองนนทบุรี จ.นนทบุรี", "11000"),
    ("ซ.งามวงศ์วาน 21", "ต.บางกระสอ อ.เมืองนนทบุรี จ.นนทบุรี", "11000"),
    (None, "ต.คลองหนึ่ง อ.คลองหลวง จ.ปทุมธานี", "12120"),
    ("ถ.นิมมานเหมินท์", "ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่", "50200"),
    ("ถนนศรีจันทร์", "ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น", "40000"),
    ("ถ.นิพัทธ์อุทิศ 3", "ต.หาดใหญ่ อ.หาดใหญ่ จ.สงขลา", "90110"),
    ("ถนนเยาวราช", "ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต", "83000"),
    (None, "ต.บ้านสวน อ.เมืองชลบุรี จ.ชลบุรี", "20000"),
    ("ถ.โพศรี", "ตำบลหมากแข้ง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี", "41000"),
    (None, "ต.แม่ฟ้าหลวง อ.แม่ฟ้าหลวง จ.เชียงราย", "57240"),
    ("ถ.อินทรคีรี", "ต.แม่สอด อ.แม่สอด จ.ตาก", "63110"),
    (None, "ต.มหาชัย อ.เมืองสมุทรสาคร จ.สมุทรสาคร", "74000"),
    ("ซอยกิ่งแก้ว 25", "ต.ราชาเทวะ อ.บางพลี จ.สมุทรปราการ", "10540"),
]
SOUTH_AREAS = [
    ("ถ.สิโรรส", "ต.สะเตง อ.เมืองยะลา จ.ยะลา", "95000"),
    (None, "ต.ท่าสาป อ.เมืองยะลา จ.ยะลา", "95000"),
    ("ถ.หนองจิก", "ต.สะบารัง อ.เมืองปัตตานี จ.ปัตตานี", "94000"),
    (None, "ต.บางนาค อ.เมืองนราธิวาส จ.นราธิวาส", "96000"),
    (None, "ต.จะนะ อ.จะนะ จ.สงขลา", "90130"),
]
ADDR_EN = [
    ("Soi Sukhumvit 49, Khlong Tan Nuea, Watthana, Bangkok", "10110"),
    ("Phahonyothin Rd, Lat Yao, Chatuchak, Bangkok", "10900"),
    ("Soi Udomsuk 23, Bang Na Nuea, Bang Na, Bangkok", "10260"),
    ("Nimmanhaemin Rd, Suthep, Mueang Chiang Mai, Chiang Mai", "50200"),
    ("Tiwanon Rd, Bang Kraso, Mueang Nonthaburi, Nonthaburi", "11000"),
    ("Moo 5, Bang Phli Yai, Bang Phli, Samut Prakan", "10540"),
    ("Sri Chan Rd, Nai Mueang, Mueang Khon Kaen, Khon Kaen", "40000"),
    ("Moo 3, Chalong, Mueang Phuket, Phuket", "83130"),
]


def house(r: random.Random) -> str:
    return r.choice([str(r.randint(1, 999)), f"{r.randint(1, 299)}/{r.randint(1, 199)}"])


def addr(r: random.Random, en: bool = False, south: bool = False) -> str:
    if en:
        area, pc = r.choice(ADDR_EN)
        unit = r.choice(["", f"Unit {r.randint(101, 2510)}, ", f"Room {r.randint(201, 909)}, "])
        return f"{house(r)} {unit}{area} {pc}"
    if south:
        street, area, pc = r.choice(SOUTH_AREAS)
    elif r.random() < 0.4:
        street, area, pc = r.choice(BKK_AREAS)
    else:
        street, area, pc = r.choice(PROV_AREAS)
    if street is None or (not area.startswith("แขวง") and r.random() < 0.4):
        street = f"หมู่ {r.randint(1, 14)}"
    return f"{house(r)} {street} {area} {pc}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dob(r: random.Random, style: str | None = None, lo: int = 1955, hi: int = 2004) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["th_long", "th_short", "be_slash", "iso", "en", "slash"])
    if style == "th_long":
        return f"{d} {TH_MONTHS[m - 1]} {y + 543}"
    if style == "th_short":
        return f"{d} {TH_MON[m - 1]} {(y + 543) % 100 if r.random() < 0.3 else y + 543}"
    if style == "be_slash":
        return f"{d:02d}/{m:02d}/{y + 543}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "en":
        return f"{d} {EN_MON[m - 1]} {y}"
    return f"{d:02d}/{m:02d}/{y}"


def student_id(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["ten", "letter", "dash"])
    if style == "ten":
        return f"6{r.randint(3, 7)}{_digits(r, 8)}"
    if style == "letter":
        return r.choice(["B", "M", "D"]) + f"6{r.randint(3, 7)}{_digits(r, 5)}"
    return f"6{r.randint(3, 7)}-{_digits(r, 4)}-{_digits(r, 3)}"


def hn(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["plain", "yy", "slash"])
    if style == "plain":
        return _digits(r, 1).replace("0", "1") + _digits(r, 6)
    if style == "yy":
        return f"{r.randint(55, 68)}-{_digits(r, 6)}"
    return f"{r.randint(1000, 99999)}/{r.randint(60, 68)}"


def line_id(r: random.Random, base: str | None = None) -> str:
    base = base or r.choice(["ploy", "tonkla", "nongnan", "pui", "oatoat", "boy", "mintty", "kwan", "jane",
                             "somchai", "noot", "aof"])
    v = base.lower() + r.choice([".", "_", "", "-"]) + r.choice(["bkk", "th", "2530", "88", "99", "z", "cm", "1990"])
    return v[:20]


def bio_vec(r: random.Random, n: int = 10) -> str:
    return "[" + ", ".join(f"{r.uniform(-0.4, 0.4):.4f}" for _ in range(n)) + "]"


def bio_b64(r: random.Random, head: bytes = b"FMR\x00 20\x00", n: int = 36) -> str:
    raw = head + bytes(r.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def hexs(r: random.Random, n: int = 12) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def amount(r: random.Random, lo: int = 200, hi: int = 80000) -> str:
    return f"{r.randint(lo, hi):,}.{r.choice(['00', '00', '50', '25'])}"


def ts(r: random.Random, month: int | None = None) -> str:
    return (f"2025-{month or r.randint(1, 12):02d}-{r.randint(1, 28):02d} "
            f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}")


def thdate(r: random.Random) -> str:
    return f"{r.randint(1, 28)} {r.choice(TH_MON)} {r.choice([2567, 2568])}"


def policy_no(r: random.Random) -> str:
    return r.choice(["P", "TL", "HL", "MV", "PA"]) + _digits(r, r.choice([8, 9, 10]))


def claim_no(r: random.Random) -> str:
    return f"CLM-{r.choice([2024, 2025])}-{_digits(r, 6)}"


def tracking(r: random.Random) -> str:
    return r.choice([f"TH{_digits(r, 10)}{r.choice('ABCDE')}", f"KEX{_digits(r, 10)}",
                     f"E{r.choice('FGLMR')}{_digits(r, 9)}TH", f"SPX{_digits(r, 12)}", f"JT{_digits(r, 11)}"])


def pick(r: random.Random, *lists: list[str]) -> str:
    return r.choice(r.choice(lists))


# ----------------------------------------------------------------------------------------------
# Value checks
# ----------------------------------------------------------------------------------------------
def _unescape(span: str) -> str:
    """Spans inside JSON bodies may hold ``\\uXXXX`` escapes; check the decoded value."""
    if "\\u" not in span and '\\"' not in span:
        return span
    return json.loads('"' + span + '"')


def _check_value(entity_type: str, span: str) -> bool:
    """True when a labelled span is a well-formed fabricated value of its type."""
    if not span or span != span.strip():
        return False
    span = _unescape(span)
    digits = re.sub(r"\D", "", span)
    if entity_type == "TH_NATIONAL_ID":
        return bool(re.fullmatch(r"[\d -]+", span)) and pin.is_valid(digits)
    if entity_type == "TH_JURISTIC_ID":
        return bool(re.fullmatch(r"[\d -]+", span)) and moa.is_valid(digits)
    if entity_type == "CREDIT_CARD":
        return bool(re.fullmatch(r"[\d -]+", span)) and 13 <= len(digits) <= 19 and _luhn_ok(digits)
    if entity_type == "PHONE_NUMBER":
        return _valid_phone(span)
    if entity_type == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", span)) and \
            not re.match(r"(info|hr|support|claims|cs|noreply|recruit|contact)@", span)
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
        return not re.search(r"\d|^(นาย|นาง|นางสาว|น\.ส\.|คุณ|พี่|น้อง|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?) ", span)
    if entity_type == "BIOMETRIC_DATA":
        return len(span) >= 8
    return entity_type in ENTITY_TYPES


# ----------------------------------------------------------------------------------------------
# Templates and assembly
# ----------------------------------------------------------------------------------------------
Part = str | tuple[str, str] | list


@dataclass(frozen=True)
class Template:
    name: str
    domain: str
    negative: bool
    s26_hard_negative: str | None
    fn: Callable[[random.Random], list]
    body: bool = False  # the prompt is a whole LLM-API JSON request body


TEMPLATES: list[Template] = []


def T(domain: str, neg: bool = False, hard: str | None = None, body: bool = False) -> Callable:
    def deco(fn: Callable[[random.Random], list]) -> Callable[[random.Random], list]:
        TEMPLATES.append(Template(fn.__name__, domain, neg or hard is not None, hard, fn, body))
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


# short wrappers: each returns an (entity_type, value) part
def P(v: str) -> tuple[str, str]:
    return ("PERSON", v)


def PH(v: str) -> tuple[str, str]:
    return ("PHONE_NUMBER", v)


def EM(v: str) -> tuple[str, str]:
    return ("EMAIL_ADDRESS", v)


def CC(v: str) -> tuple[str, str]:
    return ("CREDIT_CARD", v)


def IP(v: str) -> tuple[str, str]:
    return ("IP_ADDRESS", v)


def NI(v: str) -> tuple[str, str]:
    return ("TH_NATIONAL_ID", v)


def PP(v: str) -> tuple[str, str]:
    return ("TH_PASSPORT", v)


def BA(v: str) -> tuple[str, str]:
    return ("TH_BANK_ACCOUNT", v)


def PL(v: str) -> tuple[str, str]:
    return ("TH_VEHICLE_PLATE", v)


def AD(v: str) -> tuple[str, str]:
    return ("ADDRESS", v)


def DB(v: str) -> tuple[str, str]:
    return ("DATE_OF_BIRTH", v)


def SID(v: str) -> tuple[str, str]:
    return ("STUDENT_ID", v)


def MRN(v: str) -> tuple[str, str]:
    return ("MEDICAL_RECORD_NUMBER", v)


def LI(v: str) -> tuple[str, str]:
    return ("LINE_ID", v)


def JU(v: str) -> tuple[str, str]:
    return ("TH_JURISTIC_ID", v)


def HE(v: str) -> tuple[str, str]:
    return ("HEALTH_DATA", v)


def RE(v: str) -> tuple[str, str]:
    return ("RELIGION", v)


def ET(v: str) -> tuple[str, str]:
    return ("ETHNICITY", v)


def PO(v: str) -> tuple[str, str]:
    return ("POLITICAL_OPINION", v)


def CR(v: str) -> tuple[str, str]:
    return ("CRIMINAL_RECORD", v)


def SX(v: str) -> tuple[str, str]:
    return ("SEXUAL_BEHAVIOUR", v)


def DI(v: str) -> tuple[str, str]:
    return ("DISABILITY", v)


def TU(v: str) -> tuple[str, str]:
    return ("TRADE_UNION", v)


def GE(v: str) -> tuple[str, str]:
    return ("GENETIC_DATA", v)


def BI(v: str) -> tuple[str, str]:
    return ("BIOMETRIC_DATA", v)


# ----------------------------------------------------------------------------------------------
# JSON request bodies: escape part by part so that gold offsets stay exact
# ----------------------------------------------------------------------------------------------
def _esc(s: str, ascii_: bool) -> str:
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jesc(parts: Part, ascii_: bool = False) -> list:
    """The parts as the inside of a JSON string (entity values escaped in place)."""
    out: list = []
    for p in _flatten(parts if isinstance(parts, list) else [parts]):
        if isinstance(p, str):
            out.append(_esc(p, ascii_))
        else:
            out.append((p[0], _esc(p[1], ascii_)))
    return out


def jstr(parts: Part, ascii_: bool = False) -> list:
    return ['"', jesc(parts, ascii_), '"']


def _extra(extra: dict | None) -> list:
    return [f', "{k}": {json.dumps(v)}' for k, v in (extra or {}).items()]


def openai(msgs: list[tuple[str, Part]], model: str = "gpt-4o-mini", ascii_: bool = False,
           pretty: bool = False, extra: dict | None = None) -> list:
    """OpenAI chat-completions body. msgs: (role, parts)."""
    nl, i1, i2 = ("\n", "  ", "    ") if pretty else ("", "", "")
    out: list = ["{", nl, i1, f'"model": "{model}",', nl if pretty else " ", i1, '"messages": [']
    for k, (role, content) in enumerate(msgs):
        out += [nl, i2, f'{{"role": "{role}", "content": ', jstr(content, ascii_), "}"]
        if k < len(msgs) - 1:
            out.append(",")
            if not pretty:
                out.append(" ")
    out += [nl, i1, "]"]
    out += _extra(extra)
    out += [nl, "}"]
    return out


def anthropic(system: Part | None, msgs: list[tuple[str, Part]], model: str = "claude-sonnet-4-5",
              ascii_: bool = False, blocks: bool = False, max_tokens: int = 1024, pretty: bool = False) -> list:
    """Anthropic messages body: top-level system, content as a string or as text blocks."""
    nl, i1, i2 = ("\n", "  ", "    ") if pretty else ("", "", "")
    sep = "," + (nl if pretty else " ")
    out: list = ["{", nl, i1, f'"model": "{model}"', sep, i1, f'"max_tokens": {max_tokens}']
    if system is not None:
        out += [sep, i1, '"system": ', jstr(system, ascii_)]
    out += [sep, i1, '"messages": [']
    for k, (role, content) in enumerate(msgs):
        body = (['[{"type": "text", "text": ', jstr(content, ascii_), "}]"] if blocks
                else jstr(content, ascii_))
        out += [nl, i2, f'{{"role": "{role}", "content": ', body, "}"]
        if k < len(msgs) - 1:
            out.append(sep.rstrip() if pretty else ", ")
    out += [nl, i1, "]", nl, "}"]
    return out


def jobj(fields: list[tuple[str, Part]], ascii_: bool = False) -> list:
    """A flat JSON object whose values are strings built from parts (numbers passed as ('#', '12'))."""
    out: list = ["{"]
    for k, (key, val) in enumerate(fields):
        if k:
            out.append(", ")
        if isinstance(val, tuple) and val[0] == "#":
            out += [f'"{key}": ', val[1]]
        else:
            out += [f'"{key}": ', jstr(val, ascii_)]
    out.append("}")
    return out


# ----------------------------------------------------------------------------------------------
# s.26 vocabulary (phrases stated of a person; the labelled span is the phrase itself)
# ----------------------------------------------------------------------------------------------
HEALTH_TH = ["โรคเบาหวานชนิดที่ 2", "ความดันโลหิตสูง", "มะเร็งลำไส้ใหญ่ระยะที่ 3", "ไข้เลือดออก", "ไส้ติ่งอักเสบเฉียบพลัน",
             "โรคซึมเศร้า", "หลอดเลือดสมองตีบ", "ไตวายเรื้อรังระยะที่ 4", "ไวรัสตับอักเสบบี", "กระดูกข้อมือหัก",
             "โรคหัวใจขาดเลือด", "วัณโรคปอด", "ไทรอยด์เป็นพิษ", "โรคลมชัก", "นิ่วในไต"]
HEALTH_EN = ["type 2 diabetes", "stage III colon cancer", "dengue fever", "acute appendicitis", "major depressive disorder",
             "ischaemic stroke", "chronic kidney disease stage 4", "hepatitis B", "a fractured left wrist",
             "coronary artery disease", "pulmonary tuberculosis", "epilepsy", "generalised anxiety disorder"]
RELIGION_TH = ["นับถือศาสนาอิสลาม", "เป็นมุสลิม", "นับถือศาสนาคริสต์", "เป็นคริสเตียน", "นับถือศาสนาซิกข์",
               "นับถือศาสนาฮินดู"]
RELIGION_EN = ["a practising Muslim", "Muslim", "Christian", "a devout Catholic", "Sikh", "Hindu"]
ETH_TH = ["ชาวกะเหรี่ยง", "ชาวม้ง", "ชาวอาข่า", "ชาวลีซู", "ชาวไทใหญ่", "เชื้อสายมลายู", "ชาวมอญ", "ชาวลาหู่"]
ETH_EN = ["ethnic Karen", "Hmong", "Akha", "Shan", "Malay-Muslim", "Mon", "Rohingya", "Lisu"]
POL_TH = ["ไปร่วมชุมนุมของกลุ่มราษฎร", "เป็นสมาชิกพรรคฝ่ายค้าน", "สนับสนุนพรรคประชาชน", "เป็นแกนนำม็อบนักศึกษา",
          "เป็นหัวคะแนนให้พรรครัฐบาล", "ไปร่วมชุมนุมต้านรัฐบาล"]
POL_EN = ["organises pro-democracy protests", "a member of the opposition party", "campaigned for the People's Party",
          "a known anti-government protest leader", "an activist in the monarchy-reform movement"]
CRIM_TH = ["เคยต้องโทษจำคุกคดีลักทรัพย์", "ถูกจับข้อหาเมาแล้วขับ", "มีประวัติคดียาเสพติด", "ถูกพิพากษาจำคุกคดีฉ้อโกง",
           "เพิ่งพ้นโทษคดีทำร้ายร่างกาย", "ถูกจับข้อหาฟอกเงิน", "ถูกออกหมายจับคดีฉ้อโกงประชาชน"]
CRIM_EN = ["convicted of theft in 2017", "arrested for drunk driving", "served two years for drug possession",
           "convicted of insurance fraud in 2019", "charged with money laundering", "a prior conviction for assault"]
SEX_TH = ["เป็นเกย์", "เป็นเลสเบี้ยน", "มีคู่ชีวิตเป็นผู้หญิงด้วยกัน", "มีคู่ชีวิตเป็นผู้ชายด้วยกัน", "เป็นไบเซ็กชวล",
          "มีเพศสัมพันธ์กับผู้ชาย"]
SEX_EN = ["gay", "lesbian", "bisexual", "my same-sex partner", "has sex with men", "in a same-sex relationship"]
DIS_TH = ["หูหนวก", "ตาบอดสนิท", "ใช้วีลแชร์", "พิการขาขาดข้างขวา", "เป็นออทิสติก", "พิการทางการได้ยิน",
          "พิการทางการเคลื่อนไหว", "สายตาเลือนราง"]
DIS_EN = ["deaf", "blind", "a wheelchair user", "a below-knee amputee", "hard of hearing", "visually impaired",
          "on the autism spectrum"]
UNION_TH = ["เป็นสมาชิกสหภาพแรงงาน", "เป็นประธานสหภาพแรงงาน", "เป็นกรรมการสหภาพแรงงาน", "สมัครเข้าสหภาพแรงงาน"]
UNION_EN = ["a union member", "the union shop steward", "joined the workers' union", "chair of the staff union"]
GEN_TH = ["พาหะธาลัสซีเมียชนิดเบต้า", "ตรวจพบยีน BRCA1 กลายพันธุ์", "พาหะฮีโมโกลบินอี", "ยีน HLA-B*15:02 ให้ผลบวก",
          "ขาดเอนไซม์ G6PD ทางพันธุกรรม"]
GEN_EN = ["a BRCA2 pathogenic variant", "HLA-B*58:01 positive", "APOE e4 homozygous", "a carrier of beta-thalassaemia",
          "Lynch syndrome (MLH1 variant)"]


def ts_iso(r: random.Random) -> str:
    return f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:" \
           f"{r.randint(0, 59):02d}+07:00"


MODELS_OAI = ["gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "gpt-4.1", "typhoon-v2-70b-instruct", "gpt-4o-2024-08-06"]
MODELS_ANT = ["claude-sonnet-4-5", "claude-3-5-haiku-latest", "claude-3-7-sonnet-20250219", "claude-opus-4-1"]


# ==============================================================================================
# INSURANCE: claims, underwriting, call-centre transcripts
# ==============================================================================================
@T("insurance", body=True)
def ins_claim_email_summary_openai(r: random.Random) -> list:
    t, name = thn(r)
    ph, h, dx = mobile(r), hn(r), r.choice(HEALTH_TH)
    email_text = [
        "เรื่อง: ขอเบิกค่ารักษาพยาบาล กรมธรรม์ ", policy_no(r), "\n\nเรียนเจ้าหน้าที่ฝ่ายสินไหม\n",
        "ดิฉัน/ผม ", t, " ", P(name), " ผู้เอาประกันภัย เข้ารับการรักษาที่โรงพยาบาลเอกชนย่านบางนา HN ", MRN(h),
        " ระหว่างวันที่ ", thdate(r), " แพทย์วินิจฉัยว่าเป็น", HE(dx), " นอนโรงพยาบาล ", str(r.randint(2, 7)),
        " คืน ค่าใช้จ่ายรวม ", amount(r, 15000, 180000), " บาท แนบใบเสร็จและใบรับรองแพทย์มาแล้วค่ะ\n",
        "ติดต่อกลับได้ที่ ", PH(ph), "\nขอบคุณครับ/ค่ะ",
    ]
    return openai([
        ("system", "You are a claims intake assistant for a Thai life and health insurer. Extract: policy number, "
                   "insured name, hospital, diagnosis, length of stay, amount claimed. Reply in JSON."),
        ("user", email_text),
    ], model=r.choice(MODELS_OAI), extra={"temperature": 0, "response_format": {"type": "json_object"}})


@T("insurance", body=True)
def ins_claim_multiturn_escaped_anthropic(r: random.Random) -> list:
    name = thf(r)
    nd, dx = nid(r, "plain"), r.choice(HEALTH_TH)
    return anthropic(
        "คุณคือผู้ช่วยแชทของบริษัทประกันสุขภาพ ตอบสุภาพ ห้ามยืนยันการอนุมัติสินไหม",
        [("user", ["สวัสดีค่ะ ขอสอบถามสถานะเคลมค่ะ ชื่อ ", P(name), " เลขบัตรประชาชน ", NI(nd)]),
         ("assistant", "ขอบคุณค่ะ ขอทราบวันที่เข้ารับการรักษาและอาการที่เคลมด้วยนะคะ"),
         ("user", ["นอนโรงพยาบาลเมื่อ ", thdate(r), " หมอบอกว่าเป็น", HE(dx), " ค่ะ ตอนนี้ผ่านไปสองอาทิตย์แล้วยังไม่ได้เงินเลย"])],
        model=r.choice(MODELS_ANT), ascii_=True)


@T("insurance", body=True)
def ins_underwriting_risk_en(r: random.Random) -> list:
    t, name = rom_t(r)
    d, g = dob(r, "iso", 1965, 1990), r.choice(GEN_EN)
    dx = r.choice(["type 2 diabetes", "hypertension", "hypothyroidism", "asthma", "gout"])
    note = ["Applicant: ", t, " ", P(name), "\nDOB: ", DB(d), "\nSum assured: THB ", f"{r.randint(2, 20)},000,000",
            "\nBMI: ", f"{r.uniform(22, 34):.1f}", "\nDisclosures: diagnosed with ", HE(dx), " in ", str(r.randint(2015, 2023)),
            ", controlled on medication. Genetic counselling report states the applicant is ", GE(g),
            ".\nTask: propose a risk class (standard / rated / decline) and list the exclusions you would apply."]
    return openai([("system", "You are a senior life underwriter. Follow the reinsurer manual. Be concise."),
                   ("user", note)], model=r.choice(MODELS_OAI), pretty=True, extra={"temperature": 0.1})


@T("insurance")
def ins_callcentre_transcript_th(r: random.Random) -> list:
    agent = r.choice(TH_F) + " " + r.choice(TH_SUR)
    name = thm(r)
    d, a, ph = dob(r, "th_long"), addr(r), mobile(r, "dash")
    child = r.choice(TH_M + TH_F)
    return [
        "[ถอดเสียงสายเข้า Call Center ประกันชีวิต | ", ts(r), " | ความยาว 06:41]\n",
        "เจ้าหน้าที่ (", P(agent), "): สวัสดีค่ะ ศูนย์บริการลูกค้า ยินดีให้บริการค่ะ\n",
        "ลูกค้า: สวัสดีครับ ผมจะขอเปลี่ยนที่อยู่ส่งเอกสารกรมธรรม์ครับ\n",
        "เจ้าหน้าที่: ขอทราบชื่อและวันเดือนปีเกิดเพื่อยืนยันตัวตนค่ะ\n",
        "ลูกค้า: ", P(name), " เกิด ", DB(d), " ครับ\n",
        "เจ้าหน้าที่: ขอบคุณค่ะ ที่อยู่ใหม่คืออะไรคะ\n",
        "ลูกค้า: ", AD(a), " เบอร์ติดต่อ ", PH(ph), "\n",
        "ลูกค้า: แล้วก็อยากถามว่ากรมธรรม์ของลูกชาย น้อง", P(child), " ที่", DI(r.choice(["เป็นออทิสติก", "พิการทางการได้ยิน"])),
        " จะเบิกค่ากายภาพได้ไหมครับ\n",
        "เจ้าหน้าที่: รับเรื่องไว้ค่ะ จะให้ฝ่ายพิจารณาสินไหมติดต่อกลับภายใน 3 วันทำการ\n\n",
        "สรุปประเด็นการสนทนานี้เป็นบันทึก CRM 3 บรรทัด",
    ]


@T("insurance")
def ins_callcentre_transcript_en(r: random.Random) -> list:
    name = r.choice(WESTERN)
    pp, ph, em = passport(r, "xx"), mobile(r, "intl"), email(r, name)
    dx = r.choice(["dengue fever", "a fractured left wrist", "acute appendicitis", "food poisoning with severe dehydration"])
    return [
        "Summarise this call for the claims team and flag missing documents.\n\n",
        "AGENT: Good afternoon, travel insurance claims, this is ", P(r.choice(RO_NICK)), " speaking.\n",
        "CALLER: Hi, my name is ", P(name), ", I'm calling about my claim from Phuket.\n",
        "AGENT: Could I have your passport number for verification?\n",
        "CALLER: It's ", PP(pp), ".\n",
        "AGENT: Thank you. What happened?\n",
        "CALLER: I was hospitalised for three nights with ", HE(dx), ". I paid the hospital myself.\n",
        "AGENT: Understood. Where should we send updates?\n",
        "CALLER: Email ", EM(em), " or WhatsApp ", PH(ph), ".\n",
        "AGENT: Noted. Please upload the discharge summary and receipts.\n",
    ]


@T("insurance")
def ins_motor_claim_line_chat(r: random.Random) -> list:
    _t, name = thn(r)
    other = thm(r)
    p1, p2, ph, lid = plate(r), plate(r), mobile(r), line_id(r)
    return [
        "แชท LINE OA ประกันรถยนต์ (export)\n",
        "[", ts(r), "] ลูกค้า: แจ้งเคลมค่ะ รถชนท้ายที่แยกบางนา รถเราทะเบียน ", PL(p1), "\n",
        "[", ts(r), "] แอดมิน: รับทราบครับ ขอชื่อผู้ขับขี่และเบอร์ติดต่อครับ\n",
        "[", ts(r), "] ลูกค้า: ", P(name), " ", PH(ph), " แอดไลน์ ", LI(lid), " ก็ได้ค่ะ\n",
        "[", ts(r), "] ลูกค้า: คู่กรณีชื่อ ", P(other), " ขับรถ ", PL(p2), " ตำรวจบอกว่าเขา", CR("ถูกจับข้อหาเมาแล้วขับ"),
        " ไปแล้วค่ะ\n",
        "[", ts(r), "] แอดมิน: พนักงานสำรวจภัยจะโทรกลับภายใน 30 นาทีครับ\n\n",
        "จากแชทด้านบน ให้ร่างรายงานเบื้องต้นสำหรับพนักงานสำรวจภัย ระบุฝ่ายถูก/ฝ่ายผิดตามข้อมูลที่มี",
    ]


@T("insurance", body=True)
def ins_takaful_application_anthropic(r: random.Random) -> list:
    name = r.choice(TH_MUSLIM)
    nd, a, ph = nid(r, "dash"), addr(r, south=True), mobile(r, "dash")
    rel = r.choice(["นับถือศาสนาอิสลาม", "เป็นมุสลิม"])
    form = ["ใบคำขอเอาประกันภัยตะกาฟุล\nชื่อผู้ขอเอาประกัน: ", P(name), "\nเลขประจำตัวประชาชน: ", NI(nd),
            "\nที่อยู่: ", AD(a), "\nโทร: ", PH(ph), "\nหมายเหตุจากตัวแทน: ลูกค้า", RE(rel),
            " ต้องการแบบประกันที่ไม่มีดอกเบี้ยและลงทุนตามหลักชะรีอะฮ์เท่านั้น\n\n",
            "ช่วยตรวจว่าแบบฟอร์มกรอกครบหรือไม่ และแนะนำแผนตะกาฟุลที่เหมาะสม"]
    return anthropic("You assist insurance agents in southern Thailand. Answer in Thai.", [("user", form)],
                     model=r.choice(MODELS_ANT), blocks=True)


@T("insurance")
def ins_beneficiary_change_en(r: random.Random) -> list:
    holder, partner = rom(r), rom(r)
    d, acct = dob(r, "en"), bank_acct(r, "dash")
    sx = r.choice(["my same-sex partner", "my partner (we are a gay couple)"])
    return [
        "From: ", EM(email(r, holder)), "\nTo: policyservice@lifeinsure.example\nSubject: Beneficiary change - policy ",
        policy_no(r), "\n\nDear Policy Service,\n\nI would like to replace my mother as beneficiary with ",
        SX(sx), ", ", P(partner), ", born ", DB(d),
        ". Now that the marriage equality law is in force we registered our marriage last month.\n",
        "Please pay any maturity benefit into account ", BA(acct), " (", r.choice(BANKS_EN), ").\n\nRegards,\n", P(holder),
        "\n\n---\nDraft a polite reply listing the documents we need (marriage certificate, ID copies).",
    ]


@T("insurance")
def ins_genetic_underwriting_memo(r: random.Random) -> list:
    t, name = thn(r)
    nd, d, g = nid(r), dob(r, "be_slash", 1980, 1998), r.choice(GEN_TH)
    return [
        "บันทึกภายใน ฝ่ายพิจารณารับประกัน\nเรื่อง: ขอความเห็นแพทย์ที่ปรึกษา กรณีผู้ขอเอาประกัน ", t, P(name), "\n",
        "เลขประจำตัวประชาชน ", NI(nd), " วันเกิด ", DB(d), "\n",
        "ผู้ขอเอาประกันแนบผลตรวจจากคลินิกพันธุศาสตร์ระบุว่า", GE(g),
        " ขอสมัครแผนสุขภาพเหมาจ่ายพร้อมสัญญาเพิ่มเติมโรคร้ายแรง\n",
        "คำถาม: ตามแนวปฏิบัติ คปภ. เราใช้ข้อมูลนี้ประกอบการพิจารณาได้หรือไม่ ให้สรุปเป็นข้อ ๆ",
    ]


@T("insurance")
def ins_tpd_claim_form_ocr(r: random.Random) -> list:
    t, name = thn(r)
    nd, a, h = nid(r, "space"), addr(r), hn(r)
    dis = r.choice(["ตาบอดสนิททั้งสองข้าง", "พิการขาขาดข้างขวา", "อัมพาตครึ่งซีกขวา"])
    return [
        "OCR ผลสแกน แบบเรียกร้องสินไหม ทุพพลภาพถาวรสิ้นเชิง (TPD) หน้า 1/3\n",
        "ชื่อ-สกุล ผู้เอาประกัน ", t, " ", P(name), "   เลขประจำตัวประชาชน ", NI(nd), "\n",
        "ที่อยู่ปัจจุบัน ", AD(a), "\n",
        "สาเหตุ [x] อุบัติเหตุ [ ] เจ็บป่วย     HN โรงพยาบาล ", MRN(h), "\n",
        "สภาพความทุพพลภาพ: ", DI(dis), " ตั้งแต่ ", thdate(r), "\n",
        "ลายมือชื่อ ......(ลงชื่อ)......\n\n",
        "คำสั่ง: แปลงข้อความ OCR ข้างบนเป็น JSON ตาม schema ของระบบ claim",
    ]


@T("insurance")
def ins_siu_fraud_note(r: random.Random) -> list:
    name = rom(r)
    p, ip = plate(r), ipv4(r)
    c = r.choice(["convicted of insurance fraud in 2019", "a prior conviction for staging road accidents"])
    return [
        "SIU referral - motor claim ", claim_no(r), "\n",
        "Claimant: ", P(name), "\nVehicle: ", PL(p), "\n",
        "Red flags: third claim in 14 months; FNOL submitted from IP ", IP(ip),
        " which also filed two unrelated claims; court records show the claimant has ", CR(c), ".\n",
        "Please write a two-paragraph referral summary for the Special Investigation Unit.",
    ]


@T("insurance")
def ins_group_census_csv(r: random.Random) -> list:
    co = juristic(r)
    rows = []
    for i in range(3):
        nm = thm(r) if i % 2 else thf(r)
        pre = r.choice(["-", "-", HE(r.choice(["ความดันโลหิตสูง", "เบาหวาน", "หอบหืด", "ไขมันในเลือดสูง"]))])
        rows += [f"{i + 1},", P(nm), ",", NI(nid(r, "plain")), ",", DB(dob(r, "iso", 1970, 2000)), ",", pre, "\n"]
    return [
        "ช่วยคำนวณเบี้ยประกันกลุ่มเบื้องต้นจากรายชื่อพนักงาน บริษัทลูกค้าเลขทะเบียนนิติบุคคล ", JU(co), "\n\n",
        "no,name,national_id,dob,pre_existing\n", rows,
        "\nแผน: IPD 3,000/วัน OPD 1,000/ครั้ง",
    ]


@T("insurance", body=True)
def ins_tpa_hospital_email_en(r: random.Random) -> list:
    name = rom(r)
    h, dx = hn(r, "plain"), r.choice(["major depressive disorder", "alcohol withdrawal syndrome", "bipolar disorder"])
    staff = rom(r)
    body = ["Rewrite this email so it is shorter and more formal:\n\n",
            "Dear Admissions,\nRe: guarantee of payment for ", P(name), ", HN ", MRN(h), ". ",
            "The patient was admitted for ", HE(dx), " on ", thdate(r), ". Our policy covers psychiatric inpatient care up to "
            "30 days per year. Please send the treatment plan to me directly at ", EM(email(r, staff, "tpa-asia.co.th")),
            ".\nBest,\n", P(staff)]
    return openai([("user", body)], model=r.choice(MODELS_OAI))


@T("insurance")
def ins_staff_union_hr_memo(r: random.Random) -> list:
    t, name = thn(r)
    u = r.choice(["เป็นกรรมการสหภาพแรงงาน", "เป็นประธานสหภาพแรงงาน", "เป็นสมาชิกสหภาพแรงงาน"])
    return [
        "ร่างอีเมลตอบกลับ HRBP: พนักงาน Call Center ประกันภัย ", t, P(name), " รหัสพนักงาน E", _digits(r, 5),
        " ซึ่ง", TU(u), "พนักงานบริษัท ยื่นคำร้องขอลาไปประชุมสหภาพวันที่ ", thdate(r),
        " หัวหน้าทีมไม่อนุมัติ อยากให้ช่วยเขียนอธิบายสิทธิตามพ.ร.บ.แรงงานสัมพันธ์อย่างเป็นกลาง",
    ]


@T("insurance", body=True)
def ins_voiceprint_enrolment_tool(r: random.Random) -> list:
    name = thn(r)[1]
    ph = mobile(r, "plain")
    vec = bio_vec(r, 12)
    args = jobj([("customer_name", [P(name)]), ("mobile", [PH(ph)]), ("voiceprint_embedding", [BI(vec)]),
                 ("consent", "Y")])
    # the tool-call arguments are a JSON string inside the JSON body: escape once more
    return ['{"model": "', r.choice(MODELS_OAI), '", "messages": [',
            '{"role": "system", "content": "Call centre IVR assistant. Use verify_voice to authenticate callers."}, ',
            '{"role": "user", "content": ', jstr(["ลงทะเบียนเสียงให้ลูกค้า ", P(name), " ด้วยครับ"]), "}, ",
            '{"role": "assistant", "content": null, "tool_calls": [{"id": "call_', hexs(r, 16),
            '", "type": "function", "function": {"name": "enroll_voiceprint", "arguments": ', jstr(args), "}}]}",
            "]}"]


@T("insurance", body=True)
def ins_travel_claim_en_anthropic(r: random.Random) -> list:
    name = r.choice(WESTERN)
    pp, c, em = passport(r, "xx"), card(r), email(r, name)
    dx = r.choice(["a torn ACL from a scooter accident", "dengue fever", "a broken collarbone"])
    return anthropic(
        "You are a claims assistant. Draft replies; never promise payment.",
        [("user", ["Customer message:\n\"Hi, I'm ", P(name), " (passport ", PP(pp), "). I was treated in Krabi for ",
                   HE(dx), ". Please refund the hospital bill to the card I paid with, ", CC(c),
                   ". Reply to ", EM(em), ".\"\nWrite a reply asking for the itemised bill."])],
        model=r.choice(MODELS_ANT), pretty=True)


@T("insurance")
def ins_student_pa_group_claim(r: random.Random) -> list:
    school = r.choice(["โรงเรียนมัธยมในเขตปทุมวัน", "วิทยาลัยเทคนิคแห่งหนึ่ง", "มหาวิทยาลัยเอกชนย่านรังสิต"])
    n1, n2 = thm(r), thf(r)
    s1, s2 = student_id(r), student_id(r)
    return [
        "สรุปรายการเคลมประกันอุบัติเหตุกลุ่มนักเรียน (", school, ") เดือนนี้ แล้วคำนวณยอดรวมที่ต้องจ่าย\n",
        "1) ", P(n1), " รหัสนักศึกษา ", SID(s1), " เกิด ", DB(dob(r, "be_slash", 2003, 2008)), " - ",
        HE(r.choice(["ข้อเท้าแพลงจากการเล่นฟุตบอล", "แผลฉีกขาดที่ศีรษะ เย็บ 6 เข็ม"])), " ค่ารักษา ", amount(r, 800, 9000), "\n",
        "2) ", P(n2), " รหัสนักศึกษา ", SID(s2), " - ", HE(r.choice(["กระดูกแขนซ้ายหัก", "ไหล่หลุด"])),
        " ค่ารักษา ", amount(r, 5000, 30000), "\n",
    ]


@T("insurance")
def ins_hospital_receipt_ocr(r: random.Random) -> list:
    t, name = thn(r)
    h, a, dx = hn(r, "yy"), addr(r), r.choice(HEALTH_TH)
    return [
        "Text from scanned receipt (OCR, may contain errors):\n",
        "ใบเสร็จรับเงิน / RECEIPT   เลขที่ RC", _digits(r, 8), "\n",
        "ชื่อผู้ป่วย ", t, " ", P(name), "   HN: ", MRN(h), "\n",
        "ที่อยู่ ", AD(a), "\n",
        "การวินิจฉัย (Dx): ", HE(dx), "\n",
        "ค่าห้อง ", amount(r, 2000, 9000), "  ค่ายา ", amount(r, 500, 20000), "  ค่าบริการแพทย์ ", amount(r, 1000, 15000), "\n",
        "---\nExtract the line items into a table and check the total.",
    ]


@T("insurance")
def ins_premium_card_sms(r: random.Random) -> list:
    t, name = thn(r)
    c = card(r, "plain")
    return [
        "แปล SMS นี้เป็นภาษาอังกฤษ: \"เรียน ", t, P(name), " ระบบไม่สามารถตัดชำระเบี้ยประกันงวด ", thdate(r),
        " จากบัตรเครดิต ", CC(c), " ได้ กรุณาติดต่อ 1581 หรือชำระผ่านแอปภายใน 30 วัน\"",
    ]


@T("insurance")
def ins_oic_complaint(r: random.Random) -> list:
    t, name = thn(r)
    nd, ph, a = nid(r), mobile(r), addr(r)
    dx = r.choice(["มะเร็งลำไส้ใหญ่ระยะที่ 3", "มะเร็งตับระยะที่ 2", "ไตวายเรื้อรังระยะสุดท้าย"])
    return [
        "ช่วยเรียบเรียงหนังสือร้องเรียนถึงสำนักงาน คปภ. ให้เป็นทางการ\n\n",
        "ข้าพเจ้า ", t, P(name), " บัตรประชาชน ", NI(nd), " อยู่บ้านเลขที่ ", AD(a), " โทร ", PH(ph),
        " ทำประกันโรคร้ายแรงไว้ 5 ปี ปีนี้ตรวจพบว่าเป็น", HE(dx),
        " แต่บริษัทปฏิเสธจ่ายโดยอ้างว่าปกปิดข้อเท็จจริง ทั้งที่ตอนสมัครไม่เคยรู้ว่าป่วย",
    ]


@T("insurance", body=True)
def ins_underwriting_hiv_en(r: random.Random) -> list:
    name = rom(r, female=False)
    d, em = dob(r, "slash", 1980, 1998), email(r, name)
    sx = r.choice(["has sex with men", "reports a male partner"])
    return openai([
        ("system", "You help underwriters apply the health-insurance guideline. Cite the guideline section."),
        ("user", ["Applicant ", P(name), ", DOB ", DB(d), ", email ", EM(em),
                  ". Questionnaire answer: applicant is ", HE("HIV-positive, undetectable viral load on ART"),
                  " and ", SX(sx), ". Can we offer standard terms for the OPD rider?"]),
    ], model=r.choice(MODELS_OAI), extra={"temperature": 0.2, "max_tokens": 600})


@T("insurance", body=True)
def ins_callcentre_multiturn_openai(r: random.Random) -> list:
    name = thm(r)
    pol = policy_no(r)
    dis = r.choice(["ใช้วีลแชร์", "เดินไม่ได้ต้องใช้วีลแชร์", "พิการทางการเคลื่อนไหว"])
    return openai([
        ("system", "คุณคือแชทบอทศูนย์บริการลูกค้าประกันชีวิต ตอบสั้น กระชับ"),
        ("user", ["สวัสดีครับ ผม ", P(name), " กรมธรรม์เลขที่ ", pol]),
        ("assistant", "สวัสดีค่ะ ต้องการให้ช่วยเรื่องใดคะ"),
        ("user", "อยากเปลี่ยนงวดชำระเบี้ยเป็นรายเดือนครับ"),
        ("assistant", "ได้ค่ะ สามารถทำผ่านสาขาหรือแอปได้ค่ะ"),
        ("user", ["ผม", DI(dis), " ไปสาขาไม่สะดวก มีเจ้าหน้าที่มาที่บ้านได้ไหมครับ"]),
    ], model=r.choice(MODELS_OAI), pretty=r.random() < 0.5)


@T("insurance", body=True)
def ins_rag_claim_context(r: random.Random) -> list:
    _t, name = thn(r)
    h, dx = hn(r), r.choice(HEALTH_TH)
    rel = r.choice(["เป็นพยานพระยะโฮวา", "นับถือศาสนาพยานพระยะโฮวา"])
    ctx = ["[เอกสาร 1: ข้อกำหนดกรมธรรม์ ข้อ 4.2 การรักษาที่ผู้ป่วยปฏิเสธ...]\n",
           "[เอกสาร 2: บันทึกแพทย์] ผู้ป่วย ", P(name), " HN ", MRN(h), " วินิจฉัย ", HE(dx),
           " ผู้ป่วย", RE(rel), " ปฏิเสธการรับเลือด แพทย์จึงใช้การรักษาทางเลือก ค่าใช้จ่ายสูงขึ้น\n\n",
           "คำถาม: ค่าใช้จ่ายส่วนเพิ่มนี้อยู่ในความคุ้มครองหรือไม่"]
    return openai([("system", "ตอบจากเอกสารที่ให้เท่านั้น ถ้าไม่มีข้อมูลให้บอกว่าไม่ทราบ"), ("user", ctx)],
                  model=r.choice(MODELS_OAI), extra={"temperature": 0})


@T("insurance")
def ins_protest_injury_claim(r: random.Random) -> list:
    t, name = thn(r)
    ph = mobile(r)
    pol = r.choice(["ไปร่วมชุมนุมของกลุ่มราษฎร", "ไปร่วมชุมนุมต้านรัฐบาล"])
    return [
        "เคสสินไหมอุบัติเหตุ: ผู้เอาประกัน ", t, P(name), " (โทร ", PH(ph), ") แจ้งว่า", PO(pol),
        "ที่แยกราชประสงค์แล้วถูกกระสุนยางที่ขาซ้าย จน", HE("กระดูกหน้าแข้งแตก"),
        " ต้องผ่าตัด ข้อยกเว้นเรื่องการจลาจล/ก่อความวุ่นวายใช้กับกรณีนี้ได้หรือไม่ ช่วยวิเคราะห์",
    ]


@T("insurance")
def ins_migrant_worker_health_policy(r: random.Random) -> list:
    co = juristic(r, "dash")
    n1, n2 = r.sample(MYANMAR, 2)
    e1 = r.choice(["ethnic Karen", "Shan", "Mon"])
    return [
        "Employer ", JU(co), " is buying health cover for migrant workers. Check the list against the "
        "Ministry of Labour rules and tell me what is missing:\n",
        "- ", P(n1), ", passport ", PP(passport(r, "mm")), ", ", ET(e1), ", needs an interpreter at the clinic\n",
        "- ", P(n2), ", passport ", PP(passport(r, "mm")), ", work permit pending\n",
    ]


@T("insurance")
def ins_ltc_claim_genetic_en(r: random.Random) -> list:
    name = rom(r)
    d = dob(r, "en", 1948, 1960)
    return [
        "Long-term-care claim review. Insured: ", P(name), ", born ", DB(d), ". Neurologist letter: early-onset ",
        HE("Alzheimer's disease"), "; genotyping shows the insured is ", GE("APOE e4 homozygous"),
        ". Does the 90-day elimination period start from diagnosis or from the ADL assessment? Answer in bullet points.",
    ]


@T("insurance")
def ins_newborn_rider_g6pd(r: random.Random) -> list:
    mom = thf(r)
    baby = r.choice(TH_F + TH_M)
    d = dob(r, "th_short", 2024, 2025)
    return [
        "คุณแม่ ", P(mom), " ขอเพิ่มความคุ้มครองสุขภาพให้ลูก ด.ญ./ด.ช. ", P(baby), " เกิด ", DB(d),
        " ผลคัดกรองทารกแรกเกิดพบว่า", GE(r.choice(["ขาดเอนไซม์ G6PD ทางพันธุกรรม", "พาหะฮีโมโกลบินอี"])),
        " ฝ่ายพิจารณาจะขอผลตรวจเพิ่มเติมอะไรบ้าง เขียนตอบแม่แบบเข้าใจง่าย",
    ]


@T("insurance")
def ins_claim_denial_appeal_email_en(r: random.Random) -> list:
    name = rom(r)
    em, h = email(r, name), hn(r, "slash")
    dx = r.choice(["stage III colon cancer", "ischaemic stroke", "chronic kidney disease stage 4"])
    return [
        "Please improve the tone of my appeal letter:\n\nTo: claims@insurer.example\nFrom: ", EM(em),
        "\n\nI am writing about the denial of my claim ", claim_no(r), ". My doctor confirmed ", HE(dx),
        " (hospital HN ", MRN(h), "). I never hid anything on my application.\n\nSincerely,\n", P(name),
    ]


# ==============================================================================================
# SECURITIES / BROKERAGE
# ==============================================================================================
@T("securities", body=True)
def sec_suitability_kyc_openai(r: random.Random) -> list:
    _t, name = thn(r)
    nd, d, em, acct, ip = nid(r, "plain"), dob(r, "be_slash"), email(r), bank_acct(r, "dash"), ipv4(r)
    profile = ["ข้อมูลลูกค้าเปิดบัญชีหลักทรัพย์\nชื่อ: ", P(name), "\nเลขบัตรประชาชน: ", NI(nd), "\nวันเกิด: ", DB(d),
               "\nอีเมล: ", EM(em), "\nบัญชี ATS: ", r.choice(BANKS), " ", BA(acct), "\nIP ที่ทำแบบประเมิน: ", IP(ip),
               "\nคะแนนแบบประเมินความเหมาะสม (Suitability): ", str(r.randint(12, 37)),
               "\n\nกรุณาจัดระดับความเสี่ยงที่รับได้ (1-5) และอธิบายเหตุผลเป็นภาษาไทย"]
    return openai([("system", "You are a KYC analyst at a Thai securities company. Follow SEC suitability rules."),
                   ("user", profile)], model=r.choice(MODELS_OAI), extra={"temperature": 0})


@T("securities", body=True)
def sec_foreign_account_opening_en(r: random.Random) -> list:
    name = r.choice(WESTERN)
    pp, d, a, em, ph = passport(r, "xx"), dob(r, "en", 1960, 1995), addr(r, en=True), email(r, name), mobile(r, "intl")
    return anthropic(
        "You review account-opening files for a Thai broker. List missing or inconsistent items.",
        [("user", ["Applicant: ", P(name), "\nPassport: ", PP(pp), "\nDate of birth: ", DB(d), "\nThai address: ", AD(a),
                   "\nEmail: ", EM(em), "\nMobile: ", PH(ph), "\nSource of funds: salary, regional director at a logistics firm"])],
        model=r.choice(MODELS_ANT))


@T("securities")
def sec_broker_call_transcript(r: random.Random) -> list:
    mkt = thm(r)
    name = thf(r)
    dis = r.choice(["ตาบอดสนิท", "สายตาเลือนราง"])
    return [
        "สรุปบทสนทนาที่บันทึกเสียง (เทปเจ้าหน้าที่การตลาด) เพื่อส่งฝ่ายกำกับดูแล\n",
        "มาร์เก็ตติ้ง ", P(mkt), ": สวัสดีครับคุณ", P(name), " วันนี้จะซื้อ PTT 2,000 หุ้นที่ราคาตลาดใช่ไหมครับ\n",
        "ลูกค้า: ใช่ค่ะ แต่ช่วยอ่านรายละเอียดคำสั่งให้ฟังอีกทีนะคะ เพราะดิฉัน", DI(dis), " อ่านหน้าจอไม่ได้\n",
        "มาร์เก็ตติ้ง: ได้ครับ คำสั่งซื้อ PTT จำนวน 2,000 หุ้น ราคา ATO บัญชีเงินสด ครับ\n",
        "ลูกค้า: ยืนยันค่ะ\n",
        "ประเด็นที่ต้องการ: การยืนยันคำสั่งครบถ้วนตามเกณฑ์หรือไม่ และควรเพิ่มขั้นตอนใดสำหรับลูกค้ากลุ่มนี้",
    ]


@T("securities")
def sec_compliance_insider_en(r: random.Random) -> list:
    name = rom(r)
    em, ph = email(r, name, "brokerage-demo.co.th"), mobile(r, "dash")
    c = r.choice(["a 2016 SEC civil sanction for insider trading", "convicted of front-running client orders in 2018"])
    return [
        "Compliance pre-employment screening summary - please turn into a memo for the MD.\n",
        "Candidate: ", P(name), " (", EM(em), ", ", PH(ph), ")\n",
        "Role: equity dealer\nFinding: background vendor reports ", CR(c), ". Candidate did not disclose this.\n",
        "Recommendation requested: proceed / do not proceed.",
    ]


@T("securities")
def sec_employee_social_media_review(r: random.Random) -> list:
    t, name = thn(r)
    lid = line_id(r)
    pol = r.choice(["สนับสนุนพรรคประชาชน", "เป็นสมาชิกพรรคฝ่ายค้าน", "เป็นหัวคะแนนให้พรรครัฐบาล"])
    return [
        "ฝ่าย Compliance ได้รับแจ้งว่าพนักงานผู้แนะนำการลงทุน ", t, P(name), " (LINE: ", LI(lid), ") โพสต์ในเฟซบุ๊กส่วนตัวว่าตน",
        PO(pol), " และชวนลูกค้าซื้อหุ้นที่เกี่ยวข้องกับนโยบายพรรค ช่วยประเมินว่าผิดจรรยาบรรณผู้แนะนำการลงทุนข้อใด "
        "โดยแยกเรื่องความเห็นทางการเมืองส่วนตัวออกจากการชี้ชวน",
    ]


@T("securities")
def sec_margin_call_sms(r: random.Random) -> list:
    _t, name = thn(r)
    ph = mobile(r, "plain")
    return [
        "ตรวจคำผิดข้อความ SMS ก่อนส่ง (ส่งถึง ", PH(ph), "):\n",
        "\"เรียนคุณ", P(name), " บัญชีเครดิตบาลานซ์ ", _digits(r, 7), "-", r.choice("0123456789"),
        " มีอัตราส่วนหลักประกันต่ำกว่า 35% กรุณานำเงินเข้าภายใน 12.00 น. มิฉะนั้นบริษัทจะบังคับขายหลักทรัพย์\"",
    ]


@T("securities", body=True)
def sec_aml_pep_screening(r: random.Random) -> list:
    _t, name = thn(r)
    nd, d = nid(r, "dash"), dob(r, "iso", 1955, 1980)
    c = r.choice(["เคยถูกพิพากษาจำคุกคดีฟอกเงิน", "ถูกจับข้อหาฟอกเงิน", "ถูกพิพากษาจำคุกคดีฉ้อโกง"])
    hit = jobj([("query_name", [P(name)]), ("id_no", [NI(nd)]), ("dob", [DB(d)]), ("list", "local-adverse-media"),
                ("score", ("#", f"{r.uniform(0.8, 0.99):.2f}")), ("snippet", ["ข่าวระบุว่าบุคคลนี้", CR(c), "เมื่อปี 2562"])])
    return openai([("system", "Decide whether a screening hit is a true match. Output MATCH / NO_MATCH with reasons."),
                   ("user", ["Screening hit:\n", hit])], model=r.choice(MODELS_OAI))


@T("securities")
def sec_ats_change_form_ocr(r: random.Random) -> list:
    t, name = thn(r)
    nd, acct = nid(r, "space"), bank_acct(r)
    return [
        "OCR: แบบฟอร์มขอเปลี่ยนแปลงบัญชีธนาคารเพื่อรับ-ชำระเงิน (ATS)\n",
        "ชื่อลูกค้า ", t, " ", P(name), "     เลขที่บัญชีซื้อขาย ", _digits(r, 6), "-", _digits(r, 1), "\n",
        "เลขประจำตัวประชาชน ", NI(nd), "\n",
        "ธนาคารใหม่ ", r.choice(BANKS), " สาขา ", r.choice(["สีลม", "บางนา", "เซ็นทรัลเวิลด์", "ขอนแก่น"]),
        " เลขที่บัญชี ", BA(acct), "\n",
        "ลงชื่อ .............................\n\nตรวจว่าข้อมูลตรงกับชื่อบัญชีธนาคารหรือไม่ ถ้าไม่ตรงให้ระบุ",
    ]


@T("securities", body=True)
def sec_robo_advisor_multiturn_en(r: random.Random) -> list:
    name = rom(r)
    rel = r.choice(["a practising Muslim", "Muslim"])
    return openai([
        ("system", "You are Robo, a digital investment adviser. Never give individual stock tips."),
        ("user", ["Hi, I'm ", P(name), ", 34, I want to start a monthly DCA plan of 10,000 baht."]),
        ("assistant", "Great! What is your investment horizon and how do you feel about short-term losses?"),
        ("user", "About 10 years. I can accept some volatility."),
        ("assistant", "Thanks. Any restrictions on what you can invest in?"),
        ("user", ["Yes, I'm ", RE(rel), " so only shariah-compliant funds, no conventional bonds please."]),
    ], model=r.choice(MODELS_OAI), extra={"temperature": 0.4})


@T("securities")
def sec_dividend_withholding_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(rom(r)), ",", NI(nid(r, "plain")), ",", BA(bank_acct(r, "plain")), ",", amount(r, 1000, 200000), "\n"]
    return [
        "Compute 10% withholding tax per holder and output a CSV with net amounts.\n\n",
        "holder_name,tax_id,payout_account,gross_dividend_thb\n", rows,
    ]


@T("securities")
def sec_staff_union_minutes(r: random.Random) -> list:
    n1, n2, n3 = thm(r), thf(r), thm(r)
    return [
        "ช่วยสรุปรายงานการประชุมนี้เป็นภาษาอังกฤษ 5 bullet\n\n",
        "รายงานการประชุมคณะกรรมการสหภาพแรงงานพนักงานบริษัทหลักทรัพย์ ครั้งที่ ", str(r.randint(2, 9)), "/2568\n",
        "ผู้เข้าประชุม: ", P(n1), " (", TU("ประธานสหภาพ"), "), ", P(n2), " (", TU("เลขานุการสหภาพ"), "), ", P(n3),
        " (", TU("กรรมการสหภาพ"), ")\n",
        "วาระ 1 ข้อเรียกร้องโบนัสขั้นต่ำ 2 เดือน\nวาระ 2 การเลิกจ้างพนักงานฝ่ายปฏิบัติการ 40 ตำแหน่ง\n",
    ]


@T("securities")
def sec_face_kyc_log_en(r: random.Random) -> list:
    nd, ip = nid(r, "plain"), ipv4(r)
    vec = bio_vec(r, 8)
    return [
        "Why did this NDID face-verification step fail? Log excerpt:\n",
        ts_iso(r), " INFO ekyc.session=", hexs(r, 10), " id_card=", NI(nd), " client_ip=", IP(ip), "\n",
        ts_iso(r), " DEBUG face.embedding=", BI(vec), " model=arcface-r100\n",
        ts_iso(r), " WARN face.match score=0.58 threshold=0.72 liveness=PASS result=REJECT\n",
    ]


@T("securities")
def sec_young_investor_student(r: random.Random) -> list:
    _t, name = thn(r)
    s, d, ph = student_id(r, "ten"), dob(r, "th_long", 2003, 2006), mobile(r)
    return [
        "ลูกค้าสมัครโปรโมชันนักศึกษา (ค่าคอมมิชชั่น 0.1%) ตรวจเอกสาร: ชื่อ ", P(name), " รหัสนักศึกษา ", SID(s),
        " วันเกิด ", DB(d), " เบอร์ ", PH(ph), " แนบบัตรนักศึกษาหมดอายุปี 2567 ควรตอบลูกค้าว่าอย่างไร",
    ]


# ==============================================================================================
# FINTECH: KYC, e-wallet disputes, lending and collection
# ==============================================================================================
@T("fintech", body=True)
def ewallet_dispute_openai(r: random.Random) -> list:
    _t, name = thn(r)
    ph, c, ip = mobile(r, "plain"), card(r), ipv4(r)
    return openai([
        ("system", "คุณคือเจ้าหน้าที่ตรวจสอบข้อโต้แย้งรายการของ e-wallet สรุปเคสและเสนอขั้นตอนถัดไป"),
        ("user", ["ลูกค้า: ", P(name), "\nWallet ID (เบอร์): ", PH(ph),
                  "\nรายการ: เติมเงิน 3 ครั้ง รวม ", amount(r, 3000, 30000), " บาท จากบัตร ", CC(c),
                  " ที่ลูกค้าแจ้งว่าไม่ได้ทำ\nล็อกอินล่าสุดจาก IP ", IP(ip), " (ต่างจังหวัดจากที่ลูกค้าอยู่)"]),
    ], model=r.choice(MODELS_OAI))


@T("fintech", body=True)
def ewallet_dispute_multiturn_escaped(r: random.Random) -> list:
    name = thf(r)
    nd, ph = nid(r, "dash"), mobile(r, "dash")
    return anthropic(
        "\u0e04\u0e38\u0e13\u0e04\u0e37\u0e2d\u0e41\u0e0a\u0e17\u0e1a\u0e2d\u0e17 e-wallet",
        [("user", ["โดนหักเงินซ้ำ 2 รอบตอนจ่ายค่าไฟค่ะ ชื่อบัญชี ", P(name)]),
         ("assistant", "ขออภัยในความไม่สะดวกค่ะ รบกวนขอเลขบัตรประชาชนและเบอร์ที่ผูกกับวอลเล็ตเพื่อยืนยันตัวตนค่ะ"),
         ("user", [NI(nd), " เบอร์ ", PH(ph), " ค่ะ"])],
        model=r.choice(MODELS_ANT), ascii_=True)


@T("fintech")
def ewallet_scam_victim_email_en(r: random.Random) -> list:
    victim, mule = rom(r), rom(r)
    ph, acct = mobile(r, "dash"), bank_acct(r, "dash")
    return [
        "Turn this into a structured fraud report (victim, channel, amount, beneficiary):\n\n",
        "Hello, I am ", P(victim), ". Someone pretending to be from the Revenue Department called me from ", PH(ph),
        " and told me to move my wallet balance to a 'safe account' ", BA(acct), " in the name of ", P(mule),
        ". I transferred ", amount(r, 9000, 90000), " baht before I realised. I filed a report at the police station.",
    ]


@T("fintech", body=True)
def ewallet_merchant_chargeback_en(r: random.Random) -> list:
    ju, c, em = juristic(r), card(r, "plain"), email(r)
    return openai([
        ("user", ["Draft a chargeback response for merchant ", JU(ju),
                  ". Cardholder email on the order: ", EM(em), ". Card used: ", CC(c),
                  ". Evidence: signed delivery confirmation, tracking ", tracking(r), ", IP match on checkout."]),
    ], model=r.choice(MODELS_OAI), extra={"temperature": 0.3})


@T("fintech", body=True)
def kyc_dopa_verify_toolcall(r: random.Random) -> list:
    _t, name = thn(r)
    nd, d = nid(r, "plain"), dob(r, "iso", 1960, 2004)
    laser = f"{r.choice(['JT', 'ME', 'JC'])}{_digits(r, 1)}-{_digits(r, 7)}-{_digits(r, 2)}"
    args = jobj([("citizen_id", [NI(nd)]), ("full_name", [P(name)]), ("birth_date", [DB(d)]), ("laser_code", laser)])
    return ['{"model": "', r.choice(MODELS_OAI), '", "messages": [',
            '{"role": "user", "content": ', jstr(["ยืนยันตัวตนลูกค้า ", P(name), " ให้หน่อย"]), "}, ",
            '{"role": "assistant", "tool_calls": [{"id": "call_', hexs(r, 12), '", "type": "function", ',
            '"function": {"name": "dopa_verify", "arguments": ', jstr(args), "}}]}, ",
            '{"role": "tool", "tool_call_id": "call_x", "content": "{\\"status\\": \\"VALID\\", \\"card_expired\\": false}"}',
            '], "tools": [{"type": "function", "function": {"name": "dopa_verify", "parameters": {"type": "object"}}}]}']


@T("fintech", body=True)
def kyc_liveness_result_payload(r: random.Random) -> list:
    _t, name = thn(r)
    nd = nid(r, "plain")
    vec = bio_vec(r, 10)
    payload = jobj([("name_th", [P(name)]), ("id_card", [NI(nd)]), ("selfie_embedding", [BI(vec)]),
                    ("liveness", "passive"), ("match_score", ("#", f"{r.uniform(0.75, 0.99):.3f}"))])
    return openai([("system", "Explain eKYC decisions to operations staff in plain Thai."),
                   ("user", ["ผลตรวจ eKYC ด้านล่าง ทำไมระบบส่งเข้าคิวตรวจสอบด้วยคน\n", payload])],
                  model=r.choice(MODELS_OAI))


@T("fintech")
def kyc_stateless_hilltribe(r: random.Random) -> list:
    name = r.choice(HILLTRIBE_TH)
    nd = nid(r, "dash", first=r.choice("678"))
    eth = r.choice(["ชาวลีซู", "ชาวอาข่า", "ชาวลาหู่", "ชาวม้ง"])
    ph = mobile(r)
    return [
        "ลูกค้าขอเปิดบัญชีวอลเล็ตแต่ไม่มีสัญชาติไทย ถือบัตรประจำตัวบุคคลที่ไม่มีสถานะทางทะเบียน\n",
        "ชื่อ: ", P(name), "\nเลขประจำตัว: ", NI(nd), "\nหมายเหตุเจ้าหน้าที่: ลูกค้าเป็น", ET(eth),
        " อาศัยอยู่ในพื้นที่สูง อ.แม่ฟ้าหลวง โทร ", PH(ph), "\n",
        "ตามเกณฑ์ ธปท. สามารถเปิดบัญชีระดับใดได้บ้าง และต้องขอเอกสารอะไรเพิ่ม",
    ]


@T("fintech")
def loan_collection_call_script(r: random.Random) -> list:
    debtor, guar = thm(r), thf(r)
    ph1, ph2, a = mobile(r, "dash"), mobile(r, "dash"), addr(r)
    c = r.choice(["เพิ่งพ้นโทษคดีทำร้ายร่างกาย", "มีประวัติคดียาเสพติด", "เคยต้องโทษจำคุกคดีลักทรัพย์"])
    return [
        "บันทึกการติดตามหนี้ (Collection note) - ช่วยประเมินว่าพนักงานพูดเกินขอบเขต พ.ร.บ.การทวงถามหนี้ หรือไม่\n",
        "ลูกหนี้: ", P(debtor), " โทร ", PH(ph1), " ที่อยู่ ", AD(a), "\n",
        "ผู้ค้ำ: ", P(guar), " โทร ", PH(ph2), "\n",
        "พนักงาน: โทรหาผู้ค้ำ แจ้งว่าลูกหนี้ค้าง 4 งวด และบอกผู้ค้ำว่าลูกหนี้", CR(c),
        " ให้ระวังตัว ผู้ค้ำไม่พอใจ ขอให้หยุดโทรหลัง 20.00 น.\n",
    ]


@T("fintech")
def loan_collection_log_en(r: random.Random) -> list:
    name = rom(r, female=False)
    ph, lid = mobile(r, "plain"), line_id(r)
    dis = r.choice(["deaf", "hard of hearing"])
    return [
        "Classify each collection attempt as compliant / non-compliant:\n",
        ts(r), " | ", P(name), " | call ", PH(ph), " | no answer\n",
        ts(r), " | ", P(name), " | LINE ", LI(lid), " | reminder sent\n",
        ts(r), " | ", P(name), " | note: borrower's sister says he is ", DI(dis), ", contact by SMS/LINE only\n",
        ts(r), " | ", P(name), " | call ", PH(ph), " | 3rd call today\n",
    ]


@T("fintech", body=True)
def nano_loan_multiturn_openai(r: random.Random) -> list:
    name = thf(r)
    nd = nid(r, "plain")
    dx = r.choice(["ไตวายต้องฟอกเลือดสัปดาห์ละ 3 ครั้ง", "มะเร็งเต้านมกำลังให้คีโม", "เส้นเลือดสมองตีบ"])
    return openai([
        ("system", "You are the chat assistant of a nano-finance app. Offer restructuring options per policy."),
        ("user", ["ขอเลื่อนงวดค่ะ ชื่อ ", P(name), " บัตร ", NI(nd)]),
        ("assistant", "รับทราบค่ะ ขอทราบสาเหตุที่ไม่สามารถชำระได้ตามกำหนดเพื่อพิจารณาทางเลือกค่ะ"),
        ("user", ["ตอนนี้ป่วยเป็น", HE(dx), " ทำงานไม่ได้ค่ะ ขอพักชำระ 3 เดือนได้ไหม"]),
    ], model=r.choice(MODELS_OAI), pretty=True)


@T("fintech")
def loan_credit_memo_en(r: random.Random) -> list:
    name = rom(r)
    nd, emp, acct, d = nid(r, "dash"), juristic(r), bank_acct(r, "dash"), dob(r, "en")
    return [
        "Write the 'Character & Capacity' section of the credit memo from these notes:\n",
        "- Borrower: ", P(name), ", ID ", NI(nd), ", born ", DB(d), "\n",
        "- Employer: company reg. no. ", JU(emp), ", 6 years' service, salary THB 48,000\n",
        "- Salary account: ", BA(acct), ", average balance THB 62,000 over 6 months\n",
        "- Existing debts: car loan 9,800/month\n",
    ]


@T("fintech")
def bnpl_fraud_ring_logs_en(r: random.Random) -> list:
    ip = ipv4(r)
    lines = []
    for _ in range(3):
        nm = rom(r)
        lines += [ts_iso(r), " signup email=", EM(email(r, nm)), " phone=", PH(mobile(r, "intl_plain")), " ip=", IP(ip),
                  " device=", hexs(r, 8), "\n"]
    lines += [ts_iso(r), " checkout card=", CC(card(r, "plain")), " ip=", IP(ip), " amount=", amount(r, 8000, 40000), "\n"]
    return ["These BNPL sign-ups share a device and IP. Is this a synthetic-identity ring? Explain.\n", lines]


@T("fintech", body=True)
def fintech_complaint_escaped_anthropic(r: random.Random) -> list:
    t, name = thn(r)
    ph, a = mobile(r), addr(r)
    return anthropic(
        None,
        [("user", ["ช่วยจัดหมวดหมู่เรื่องร้องเรียนนี้ (บริการ/ค่าธรรมเนียม/ทุจริต):\n\"", t, P(name),
                   " โทร ", PH(ph), " แจ้งว่าบัตรเดบิตที่สั่งทำใหม่ส่งไปผิดที่อยู่ ที่อยู่ที่ถูกต้องคือ ", AD(a),
                   " ตอนนี้กังวลว่าบัตรจะถูกคนอื่นใช้\""])],
        model=r.choice(MODELS_ANT), ascii_=True, blocks=True)


@T("fintech")
def fintech_muslim_account_chat(r: random.Random) -> list:
    name = r.choice(["อับดุลเลาะ หะยีสาแม", "มูฮัมหมัดรอซาลี เจ๊ะแว", "อิสมาแอ บินอาหวัง", "ยูโซฟ หลีเส็น", thm(r)])
    ph = mobile(r)
    return [
        "ตอบแชทลูกค้าต่อไปนี้ให้สุภาพ:\nลูกค้า (", P(name), ", ", PH(ph), "): สวัสดีครับ ผม", RE("เป็นมุสลิม"),
        " อยากได้บัญชีเงินฝากที่ไม่มีดอกเบี้ย แอปนี้มีบัญชีแบบนั้นไหม หรือต้องไปธนาคารอิสลามครับ",
    ]


@T("fintech")
def rider_union_loan_application(r: random.Random) -> list:
    _t, name = thn(r)
    nd, ph = nid(r), mobile(r)
    u = r.choice(["เป็นสมาชิกสหภาพไรเดอร์", "เป็นกรรมการสหภาพคนทำงานแพลตฟอร์ม"])
    return [
        "ผู้สมัครสินเชื่อไรเดอร์: ", P(name), " บัตร ", NI(nd), " เบอร์ ", PH(ph), " รายได้เฉลี่ย 18,000/เดือน ",
        "แนบหนังสือรับรองว่า", TU(u), " เพื่อขอดอกเบี้ยพิเศษตาม MOU\n",
        "เขียนอีเมลแจ้งผลการพิจารณาเบื้องต้น (อนุมัติวงเงิน 30,000 บาท)",
    ]


@T("fintech", body=True)
def kyc_fingerprint_template_en(r: random.Random) -> list:
    name = rom(r)
    nd = nid(r, "plain")
    tpl = bio_b64(r, n=r.choice([30, 36, 42]))
    payload = jobj([("subject", [P(name)]), ("citizen_id", [NI(nd)]), ("finger", "R_INDEX"), ("format", "ISO19794-2"),
                    ("template_b64", [BI(tpl)]), ("nfiq", ("#", str(r.randint(1, 3))))])
    return openai([("user", ["Our matcher rejects this enrolment record. Is the template header valid ISO 19794-2?\n",
                             payload])], model=r.choice(MODELS_OAI))


@T("fintech", body=True)
def ewallet_sim_swap_takeover_en(r: random.Random) -> list:
    name = rom(r, female=False)
    ph, ip, em = mobile(r, "intl"), ipv4(r), email(r, name)
    return anthropic(
        "You are a fraud analyst assistant. Produce a timeline and root-cause hypothesis.",
        [("user", ["Customer ", P(name), " (", EM(em), ") reports that his number ", PH(ph),
                   " stopped working at 22:10, and at 22:31 a new device logged in from ", IP(ip),
                   " and changed the wallet PIN. 48,000 THB was transferred out in 4 transactions."])],
        model=r.choice(MODELS_ANT))


@T("fintech")
def p2p_borrower_profile_deaf(r: random.Random) -> list:
    _t, name = thn(r)
    nd, lid = nid(r, "dash"), line_id(r)
    dis = r.choice(["พิการทางการได้ยิน", "หูหนวก"])
    return [
        "โปรไฟล์ผู้กู้ P2P (ภายใน):\n- ชื่อ: ", P(name), "\n- บัตร: ", NI(nd), "\n- LINE: ", LI(lid),
        "\n- ผู้กู้", DI(dis), " มีบัตรคนพิการ ติดต่อผ่านแชทเท่านั้น\n- อาชีพ: ร้านตัดผม รายได้ 25,000/เดือน\n",
        "ช่วยเขียนคำอธิบายโปรไฟล์ให้ผู้ให้กู้อ่าน โดยไม่ลดทอนศักดิ์ศรีผู้กู้",
    ]


@T("fintech")
def fintech_staff_background_en(r: random.Random) -> list:
    name = rom(r)
    nd = nid(r, "plain")
    c = r.choice(["convicted of theft in 2017", "a prior conviction for assault", "served two years for drug possession"])
    return [
        "HR asks: can we reject this candidate for the cash-handling role? Candidate ", P(name), ", ID ", NI(nd),
        ", criminal-record certificate from the Royal Thai Police shows ", CR(c),
        ". Explain the legal position under Thai labour law and PDPA in 150 words.",
    ]


@T("fintech")
def loan_guarantor_line_collateral(r: random.Random) -> list:
    guar = thm(r)
    p, ph = plate(r), mobile(r)
    debtor = thf(r)
    return [
        "[LINE] สินเชื่อทะเบียนรถ\n",
        "เจ้าหน้าที่: สวัสดีครับคุณ", P(guar), " ผู้ค้ำประกันของคุณ", P(debtor), " นะครับ\n",
        "เจ้าหน้าที่: ตอนนี้ค้างชำระ 3 งวด รถหลักประกันทะเบียน ", PL(p), " อาจถูกยึดครับ\n",
        "ผู้ค้ำ: ติดต่อผมเบอร์ ", PH(ph), " หลังหกโมงเย็นนะครับ\n\n",
        "ให้ AI ช่วยเขียนข้อความติดตามครั้งถัดไปที่ไม่ข่มขู่",
    ]


@T("fintech")
def remittance_myanmar_sender(r: random.Random) -> list:
    sender = r.choice(MYANMAR)
    recv = r.choice(MYANMAR)
    pp, ph = passport(r, "mm"), mobile(r, "dash")
    eth = r.choice(["ชาวมอญ", "ชาวกะเหรี่ยง", "ชาวไทใหญ่"])
    return [
        "แปลเป็นภาษาพม่า: \"เรียนคุณ", P(sender), " (พาสปอร์ต ", PP(pp), ", โทร ", PH(ph), ") ",
        "การโอนเงินถึง ", P(recv), " ถูกระงับชั่วคราว\" \n",
        "(หมายเหตุเจ้าหน้าที่: ลูกค้าเป็น", ET(eth), " สื่อสารภาษาไทยได้น้อย)",
    ]


@T("fintech")
def loan_joint_application_same_sex(r: random.Random) -> list:
    a1, a2 = thf(r), thf(r)
    n1, n2 = nid(r), nid(r)
    sx = r.choice(["มีคู่ชีวิตเป็นผู้หญิงด้วยกัน", "เป็นคู่รักหญิงรักหญิง"])
    return [
        "คำขอสินเชื่อบ้านร่วม: ผู้กู้หลัก ", P(a1), " (", NI(n1), ") ผู้กู้ร่วม ", P(a2), " (", NI(n2), ")\n",
        "หมายเหตุ: ผู้กู้หลัก", SX(sx), " จดทะเบียนสมรสกันตาม พ.ร.บ.สมรสเท่าเทียม\n",
        "ช่วยตรวจรายการเอกสารที่ต้องใช้สำหรับคู่สมรสกู้ร่วม",
    ]


@T("fintech")
def crowdfunding_activist_en(r: random.Random) -> list:
    name = rom(r)
    acct, em = bank_acct(r, "plain"), email(r, name)
    pol = r.choice(["organises pro-democracy protests", "an activist in the monarchy-reform movement"])
    return [
        "Risk team question: the owner of fundraising page #", _digits(r, 5), ", ", P(name), " (", EM(em),
        "), ", PO(pol), ". Payouts go to account ", BA(acct),
        ". Do we have any legal basis to freeze the page, or would that be discrimination? Short answer.",
    ]


@T("fintech")
def kyc_id_card_ocr_religion(r: random.Random) -> list:
    t, name, t_en, en = th_en(r)
    nd, d, a = nid(r, "space"), dob(r, "th_short"), addr(r)
    rel = r.choice(["อิสลาม", "คริสต์", "พุทธ"])
    return [
        "Parse this Thai ID-card OCR output into JSON (keys: id, name_th, name_en, dob, religion, address):\n",
        "บัตรประจำตัวประชาชน Thai National ID Card\nเลขประจำตัวประชาชน ", NI(nd), "\n",
        "ชื่อตัวและชื่อสกุล ", t, " ", P(name), "\nName ", t_en, " ", P(en), "\n",
        "เกิดวันที่ ", DB(d), "\nศาสนา ", RE(rel), "\nที่อยู่ ", AD(a), "\n",
    ]


@T("fintech")
def student_loan_app_chat(r: random.Random) -> list:
    name = thf(r)
    s, nd = student_id(r), nid(r)
    return [
        "นักศึกษาถามในแชทแอปสินเชื่อเพื่อการศึกษา: \"หนู ", P(name), " รหัสนักศึกษา ", SID(s), " เลขบัตร ", NI(nd),
        " ยื่นกู้ค่าครองชีพเทอมนี้ไปแล้วแต่สถานะยังขึ้นว่ารอมหาวิทยาลัยยืนยัน ต้องทำยังไงคะ\" ช่วยร่างคำตอบ",
    ]


# ==============================================================================================
# TELECOM: SIM registration, number porting, complaint tickets
# ==============================================================================================
@T("telecom")
def sim_registration_log_en(r: random.Random) -> list:
    nd, ph, ip = nid(r, "plain"), mobile(r, "plain"), ipv4(r)
    vec = bio_vec(r, 8)
    return [
        "Explain each step of this SIM registration log and say where it failed:\n",
        ts_iso(r), " [simreg] shop=D", _digits(r, 5), " msisdn=", PH(ph), " id=", NI(nd), " dopa=OK\n",
        ts_iso(r), " [simreg] face.template=", BI(vec), " src=", IP(ip), "\n",
        ts_iso(r), " [simreg] face.compare chip_photo score=0.41 < 0.80 -> MANUAL_REVIEW\n",
    ]


@T("telecom", body=True)
def sim_reg_id_ocr_openai(r: random.Random) -> list:
    t, name = thn(r)
    nd, d, a = nid(r, "space"), dob(r, "th_long"), addr(r)
    return openai([
        ("system", "Extract Thai ID-card fields for SIM registration. Output JSON with keys id, name, dob, address."),
        ("user", ["OCR:\nเลขประจำตัวประชาชน ", NI(nd), "\nชื่อ ", t, " ", P(name), "\nเกิดวันที่ ", DB(d),
                  "\nที่อยู่ ", AD(a), "\nวันออกบัตร ", thdate(r)]),
    ], model=r.choice(MODELS_OAI), extra={"response_format": {"type": "json_object"}})


@T("telecom")
def sim_reg_tourist_passport_en(r: random.Random) -> list:
    name = r.choice(WESTERN + LAO + KHMER)
    kind = "la" if name in LAO else "kh" if name in KHMER else "xx"
    pp, ph = passport(r, kind), mobile(r, "plain")
    return [
        "Write a WhatsApp reply to a tourist SIM customer. Record: name ", P(name), ", passport ", PP(pp),
        ", new number ", PH(ph), ", package Tourist 15 days 30GB. She asks why her SIM is blocked after 2 days "
        "(answer: registration photo was blurry, please visit any shop with passport).",
    ]


@T("telecom", body=True)
def sim_reg_hilltribe_escaped(r: random.Random) -> list:
    name = r.choice(HILLTRIBE_TH)
    nd = nid(r, "plain", first=r.choice("678"))
    eth = r.choice(["ชาวอาข่า", "ชาวม้ง", "ชาวลาหู่", "ชาวลีซู", "ชาวกะเหรี่ยง"])
    return openai([
        ("user", ["ร้านตัวแทนถามว่าลงทะเบียนซิมให้ลูกค้าคนนี้ได้ไหม ชื่อ ", P(name), " เป็น", ET(eth),
                  " ถือบัตรสีชมพู เลข ", NI(nd), " ตอบเป็นขั้นตอน"]),
    ], model=r.choice(MODELS_OAI), ascii_=True)


@T("telecom")
def mnp_porting_form(r: random.Random) -> list:
    t, name = thn(r)
    nd, ph, alt = nid(r, "dash"), mobile(r, "dash"), mobile(r)
    return [
        "แบบคำขอโอนย้ายผู้ให้บริการโดยคงสิทธิเลขหมายเดิม (MNP)\n",
        "ชื่อผู้ขอ: ", t, P(name), "\nเลขประจำตัวประชาชน: ", NI(nd), "\nเลขหมายที่ขอโอนย้าย: ", PH(ph),
        "\nเบอร์ติดต่อสำรอง: ", PH(alt), "\nผู้ให้บริการเดิม: ", r.choice(["AIS", "TRUE", "DTAC", "NT"]),
        "\nสถานะ: ถูกปฏิเสธ (รหัส 1106 ชื่อไม่ตรงกับฐานข้อมูลผู้ให้บริการเดิม)\n\n",
        "ช่วยอธิบายรหัสปฏิเสธนี้ให้ลูกค้าเข้าใจ และบอกวิธีแก้",
    ]


@T("telecom", body=True)
def mnp_port_failed_en(r: random.Random) -> list:
    name = rom(r)
    ph, em = mobile(r, "intl"), email(r, name)
    return anthropic(
        "You are a telecom support agent. Be empathetic and precise.",
        [("user", ["My number ", PH(ph), " has had no service for 3 days since I requested porting. "
                   "Name on the account: ", P(name), ". You can email me at ", EM(em), "."]),
         ("assistant", "I'm sorry about that. Could you confirm the porting request date and your previous operator?"),
         ("user", "Requested last Monday, previous operator was the state one. I run a business on this number!")],
        model=r.choice(MODELS_ANT), blocks=r.random() < 0.5)


@T("telecom")
def telecom_ticket_deaf_customer(r: random.Random) -> list:
    _t, name = thn(r)
    ph, a = mobile(r), addr(r)
    dis = r.choice(["หูหนวก", "พิการทางการได้ยิน"])
    return [
        "Ticket #INC", _digits(r, 7), " | หมวด: อินเทอร์เน็ตบ้านช้า\n",
        "ลูกค้า: ", P(name), " | ", PH(ph), " | ติดตั้งที่ ", AD(a), "\n",
        "หมายเหตุ: ลูกค้า", DI(dis), " ห้ามโทร ให้ติดต่อผ่าน SMS/แชทเท่านั้น\n",
        "ช่างเข้าไปแล้ว 2 ครั้ง ยังไม่หาย\n---\nร่างข้อความ SMS นัดช่างครั้งที่ 3",
    ]


@T("telecom")
def telecom_harassment_complaint(r: random.Random) -> list:
    _t, name = thn(r)
    ph, caller = mobile(r), mobile(r, "plain")
    sx = r.choice(["เป็นเกย์", "เป็นเลสเบี้ยน", "เป็นไบเซ็กชวล"])
    return [
        "เรื่องร้องเรียน: ลูกค้า ", P(name), " (", PH(ph), ") ถูกเบอร์ ", PH(caller),
        " โทรและส่งข้อความข่มขู่ทุกวัน ผู้โทรขู่ว่าจะบอกที่ทำงานว่าลูกค้า", SX(sx),
        " ลูกค้าขอให้บล็อกเบอร์และขอข้อมูลผู้ถือเบอร์ไปแจ้งความ\n",
        "ช่วยร่างคำตอบ: เราบล็อกให้ได้ แต่เปิดเผยข้อมูลผู้ถือเบอร์ได้เฉพาะเมื่อมีหนังสือจากพนักงานสอบสวน",
    ]


@T("telecom")
def telecom_police_subscriber_request(r: random.Random) -> list:
    _t, name = thn(r)
    nd, ph = nid(r), mobile(r, "dash")
    c = r.choice(["ผู้ต้องหาคดียาเสพติด", "ถูกออกหมายจับคดีฉ้อโกงประชาชน", "ผู้ต้องหาคดีแก๊งคอลเซ็นเตอร์"])
    return [
        "สรุปหนังสือขอข้อมูลจากสถานีตำรวจนี้ให้ฝ่ายกฎหมาย: ขอข้อมูลผู้ใช้บริการเลขหมาย ", PH(ph),
        " ซึ่งลงทะเบียนในชื่อ ", P(name), " เลขประจำตัวประชาชน ", NI(nd), " โดยระบุว่าบุคคลนี้เป็น", CR(c),
        " ขอประวัติการใช้งานย้อนหลัง 90 วัน และตำแหน่งเสาสัญญาณ",
    ]


@T("telecom")
def telecom_roaming_dispute_call_en(r: random.Random) -> list:
    name = rom(r)
    ph, c, em = mobile(r, "intl"), card(r), email(r, name)
    return [
        "Summarise this call and classify the refund request:\n",
        "Agent: Thank you for calling, may I have the account holder's name?\n",
        "Caller: ", P(name), ". My number is ", PH(ph), ".\n",
        "Caller: I was charged 12,400 baht for roaming in Japan even though I bought the 8-day pass.\n",
        "Agent: I see the pass started a day late. I can raise a refund to the card on file ending ... could you read it?\n",
        "Caller: ", CC(c), ". And send confirmation to ", EM(em), ".\n",
    ]


@T("telecom")
def telecom_shop_staff_union(r: random.Random) -> list:
    n1, n2 = thf(r), thm(r)
    return [
        "เขียนสรุปข่าวภายในสั้น ๆ : พนักงานศูนย์บริการสาขาเซ็นทรัล 2 คน คือ ", P(n1), " ซึ่ง", TU("เป็นกรรมการสหภาพแรงงาน"),
        " และ ", P(n2), " ซึ่ง", TU("สมัครเข้าสหภาพแรงงาน"),
        "เมื่อเดือนที่แล้ว ถูกย้ายไปสาขาต่างจังหวัดหลังยื่นข้อเรียกร้องเรื่องค่าคอมมิชชัน HR ต้องการถ้อยคำที่เป็นกลาง",
    ]


@T("telecom")
def telecom_political_sms_complaint(r: random.Random) -> list:
    t, name = thn(r)
    ph = mobile(r)
    pol = r.choice(["เป็นสมาชิกพรรคฝ่ายค้าน", "สนับสนุนพรรคประชาชน"])
    return [
        "ลูกค้า ", t, P(name), " เบอร์ ", PH(ph), " ร้องเรียนว่าได้รับ SMS หาเสียงจากพรรคการเมืองคู่แข่งวันละหลายข้อความ "
        "ทั้งที่ตัวเอง", PO(pol), " และไม่เคยให้ความยินยอม ต้องการทราบว่าใครขายเบอร์ ให้ร่างคำตอบและขั้นตอนการยกเลิกรับ SMS",
    ]


@T("telecom")
def fiber_install_technician_note(r: random.Random) -> list:
    _t, name = thn(r)
    a, ph, lid = addr(r), mobile(r), line_id(r)
    hx = r.choice(["ผู้ป่วยติดเตียงจากหลอดเลือดสมองตีบ", "ผู้ป่วยโรคหลอดเลือดสมองนอนติดเตียง"])
    return [
        "บันทึกช่างติดตั้งไฟเบอร์: บ้าน ", AD(a), " ลูกค้า ", P(name), " ", PH(ph), " LINE ", LI(lid),
        "\nหน้างาน: ต้องเดินสายผ่านห้องนอนชั้นล่าง ญาติแจ้งว่าแม่ของลูกค้าเป็น", HE(hx),
        " ขอให้ทำงานเงียบ ๆ และเสร็จก่อน 15.00 น.\n\nเรียบเรียงเป็นรายงานปิดงาน",
    ]


@T("telecom", body=True)
def esim_activation_api_en(r: random.Random) -> list:
    name = r.choice(WESTERN)
    pp, em, ip = passport(r, "xx"), email(r, name), ipv6(r) if r.random() < 0.5 else ipv4(r)
    return openai([
        ("system", "You are the eSIM activation assistant. If KYC fails, explain the reason to the customer."),
        ("user", ["KYC result for order ES-", _digits(r, 8), ": name=", P(name), "; passport=", PP(pp), "; email=", EM(em),
                  "; request_ip=", IP(ip), "; status=FAILED(reason=MRZ_CHECKSUM)"]),
    ], model=r.choice(MODELS_OAI), pretty=True)


@T("telecom", body=True)
def telecom_voice_biometric_enrol(r: random.Random) -> list:
    _t, name = thn(r)
    ph = mobile(r, "plain")
    vp = bio_b64(r, head=b"VPRT\x01", n=r.choice([30, 40]))
    return anthropic(
        "Summarise IVR events for the agent desktop in Thai, one line each.",
        [("user", ["events:\n1. caller_id=", PH(ph), " matched account owner ", P(name), "\n",
                   "2. voiceprint enrolled, template=", BI(vp), "\n3. customer asked to change package to 5G 899"])],
        model=r.choice(MODELS_ANT))


@T("telecom")
def telecom_cdr_dispute_csv(r: random.Random) -> list:
    owner = thm(r)
    me = mobile(r, "plain")
    rows = []
    for _ in range(3):
        rows += [ts(r), ",", PH(me), ",", PH(mobile(r, "plain")), ",", str(r.randint(10, 900)), ",", amount(r, 1, 60), "\n"]
    return [
        "ลูกค้า ", P(owner), " โต้แย้งค่าโทรต่อไปนี้ ช่วยรวมยอดและบอกว่าสายไหนเกินโปร\n",
        "datetime,a_number,b_number,duration_s,charge_thb\n", rows,
    ]


@T("telecom")
def telecom_senior_package_hearing(r: random.Random) -> list:
    t, name = thn(r)
    d, ph = dob(r, "be_slash", 1940, 1958), mobile(r)
    return [
        "สมัครแพ็กเกจผู้สูงอายุให้ ", t, P(name), " เกิด ", DB(d), " เบอร์ ", PH(ph),
        " ลูกสาวแจ้งว่าคุณพ่อ", DI(r.choice(["ใส่เครื่องช่วยฟังและได้ยินไม่ชัด", "สายตาเลือนราง"])),
        " ขอเปิดบริการแปลงข้อความเป็นเสียงด้วย ช่วยเขียนสคริปต์ให้พนักงานอธิบายแพ็กเกจแบบช้า ๆ",
    ]


@T("telecom", body=True)
def telecom_chat_cancer_relief_multiturn(r: random.Random) -> list:
    name = thf(r)
    ph = mobile(r, "dash")
    return openai([
        ("system", "You are a telecom billing chatbot. You may offer a 60-day payment extension once per year."),
        ("user", ["สวัสดีค่ะ ", P(name), " เบอร์ ", PH(ph), " ค่ะ"]),
        ("assistant", "สวัสดีค่ะ มีอะไรให้ช่วยคะ"),
        ("user", "บิลเดือนนี้ยังจ่ายไม่ไหวค่ะ"),
        ("assistant", "เข้าใจค่ะ ขอทราบเหตุผลเพื่อพิจารณาผ่อนผันได้ไหมคะ"),
        ("user", ["ตอนนี้รักษา", HE(r.choice(["มะเร็งเต้านมระยะที่ 2", "มะเร็งปากมดลูก", "ลูคีเมีย"])), " อยู่ค่ะ ขาดรายได้"]),
    ], model=r.choice(MODELS_OAI))


@T("telecom")
def telecom_ramadan_package_chat(r: random.Random) -> list:
    name = r.choice(TH_MUSLIM)
    ph = mobile(r)
    return [
        "Chat log (Thai), translate to English for the product team:\n",
        "ลูกค้า ", P(name), " (", PH(ph), "): ช่วงรอมฎอนผมตื่นตีสามทุกวัน ", RE("เป็นมุสลิม"),
        " ครับ อยากได้แพ็กเน็ตกลางคืนถูก ๆ ที่ใช้ได้ตีสามถึงตีห้า มีไหมครับ\n",
    ]


@T("telecom")
def telecom_simbox_fraud_case_en(r: random.Random) -> list:
    n1, n2 = rom(r, False), rom(r)
    i1, i2 = nid(r, "dash"), nid(r, "dash")
    return [
        "Fraud-management case note, please rewrite for the NBTC report:\n",
        "Suspects: ", P(n1), " (ID ", NI(i1), ") and ", P(n2), " (ID ", NI(i2), "). ",
        "Both were ", CR("charged with operating an illegal SIM box"), " in Chonburi; 1,240 SIMs registered to nominee IDs. ",
        "First suspect has ", CR("a prior conviction for call-centre fraud"), ".",
    ]


@T("telecom")
def telecom_student_sim_promo(r: random.Random) -> list:
    _t, name = thn(r)
    s, ph = student_id(r), mobile(r, "plain")
    return [
        "Check this student-SIM application: applicant ", P(name), ", student ID ", SID(s), ", number ", PH(ph),
        ", university email missing. Reply in Thai asking for the student card photo.",
    ]


@T("telecom")
def telecom_sextortion_report(r: random.Random) -> list:
    _t, name = thn(r)
    ph, other = mobile(r), mobile(r, "intl")
    return [
        "ผู้ใช้บริการ ", P(name), " (", PH(ph), ") แจ้งว่าถูกแบล็กเมล์จากเบอร์ ", PH(other),
        " โดยขู่จะปล่อยคลิปที่ตน", SX("มีเพศสัมพันธ์กับแฟนเก่า"),
        " ขอให้ระงับเบอร์นั้นและช่วยประสานตำรวจไซเบอร์ ช่วยจัดลำดับความเร่งด่วนและร่างข้อความตอบกลับ",
    ]


@T("telecom")
def telecom_yala_sim_reverification(r: random.Random) -> list:
    name = r.choice(TH_MUSLIM)
    nd, a = nid(r), addr(r, south=True)
    return [
        "ลูกค้า ", P(name), " เลขบัตร ", NI(nd), " ที่อยู่ ", AD(a), " ถามว่าทำไมต้องยืนยันตัวตนซิมใหม่ในพื้นที่จังหวัดชายแดนใต้ "
        "และบ่นว่า \"เพราะผมเป็น", ET("คนมลายู"), "ใช่ไหม\" ช่วยร่างคำตอบที่อธิบายว่าเป็นมาตรการทุกคนในพื้นที่",
    ]


@T("telecom", body=True)
def telecom_corporate_account_openai(r: random.Random) -> list:
    ju = juristic(r)
    admin = thf(r)
    em, ph = email(r), mobile(r, "dash")
    return openai([("user", ["สร้างใบเสนอราคาแพ็กเกจองค์กร 50 เลขหมาย สำหรับนิติบุคคลเลขทะเบียน ", JU(ju),
                             " ผู้ติดต่อ ", P(admin), " ", PH(ph), " ", EM(em)])], model=r.choice(MODELS_OAI))


# ==============================================================================================
# LOGISTICS: parcel delivery, COD disputes, driver notes
# ==============================================================================================
@T("logistics")
def parcel_driver_note(r: random.Random) -> list:
    _t, name = thn(r)
    a, ph = addr(r), mobile(r)
    return [
        "สรุปโน้ตคนขับเป็นเหตุผลส่งไม่สำเร็จ (เลือก 1 ใน: ไม่อยู่บ้าน/ที่อยู่ผิด/ปฏิเสธรับ):\n",
        "พัสดุ ", tracking(r), " ผู้รับ ", P(name), " ", AD(a), " โทร ", PH(ph),
        " 3 รอบไม่รับสาย หน้าบ้านมีหมาดุ ฝากข้างบ้านไม่ได้ เดี๋ยวพรุ่งนี้ลองใหม่",
    ]


@T("logistics", body=True)
def cod_dispute_openai(r: random.Random) -> list:
    seller, buyer = thf(r), thm(r)
    acct, ph, a = bank_acct(r), mobile(r), addr(r)
    return openai([
        ("system", "คุณคือเจ้าหน้าที่แก้ไขข้อพิพาทพัสดุเก็บเงินปลายทาง (COD) ของบริษัทขนส่ง ตัดสินตามนโยบาย"),
        ("user", ["ผู้ขาย ", P(seller), " แจ้งว่ายังไม่ได้รับเงิน COD ", amount(r, 300, 9000),
                  " บาท ของพัสดุ ", tracking(r), " เข้าบัญชี ", BA(acct),
                  "\nฝั่งผู้ซื้อ ", P(buyer), " ", PH(ph), " ที่อยู่ ", AD(a),
                  " ยืนยันว่าจ่ายเงินสดให้คนขับแล้ว แต่ระบบขึ้นสถานะตีกลับ"]),
    ], model=r.choice(MODELS_OAI), extra={"temperature": 0.2})


@T("logistics", body=True)
def cod_dispute_en_anthropic(r: random.Random) -> list:
    buyer = rom(r)
    ph, a, em = mobile(r, "intl"), addr(r, en=True), email(r, buyer)
    return anthropic(
        "You resolve cash-on-delivery disputes for a courier. Output: verdict, refund amount, next step.",
        [("user", ["Buyer ", P(buyer), " (", PH(ph), ", ", EM(em), ") says the COD parcel ", tracking(r),
                   " delivered to ", AD(a), " contained a fake phone case instead of the earbuds ordered. "
                   "He paid 1,590 baht cash to the rider. The seller refuses a refund."])],
        model=r.choice(MODELS_ANT), pretty=True)


@T("logistics")
def driver_onboarding_form(r: random.Random) -> list:
    t, name = thn(r)
    nd, d, p, acct = nid(r, "dash"), dob(r, "be_slash", 1975, 2002), plate(r), bank_acct(r)
    c = r.choice(["เคยต้องโทษจำคุกคดีลักทรัพย์", "มีประวัติคดียาเสพติด", "ถูกจับข้อหาเมาแล้วขับ"])
    return [
        "ใบสมัครพนักงานขับรถขนส่ง (ผู้รับเหมาช่วง)\n",
        "ชื่อ ", t, " ", P(name), "  เลขบัตร ", NI(nd), "  เกิด ", DB(d), "\n",
        "รถที่ใช้ ", PL(p), "  บัญชีรับค่ารอบ ", r.choice(BANKS), " ", BA(acct), "\n",
        "ผลตรวจประวัติอาชญากรรม: ผู้สมัคร", CR(c), " เมื่อปี ", str(r.randint(2555, 2565)), "\n",
        "คำถาม: ตามนโยบายบริษัทควรรับหรือไม่ ให้เหตุผลโดยอ้างระยะเวลาที่พ้นโทษ",
    ]


@T("logistics")
def driver_incident_report(r: random.Random) -> list:
    name = rom(r, False)
    p = plate(r)
    hx = r.choice(["epilepsy", "uncontrolled type 2 diabetes", "obstructive sleep apnoea"])
    return [
        "Incident report (translate findings to Thai for the depot manager):\n",
        "Driver ", P(name), " lost control of truck ", PL(p), " on Highway 7 at 04:20. No third parties injured. "
        "Driver disclosed after the crash that he has ", HE(hx), " and skipped his medication that night.",
    ]


@T("logistics")
def rider_union_strike_chat(r: random.Random) -> list:
    n1, n2 = thm(r), thm(r)
    ph = mobile(r)
    return [
        "กลุ่ม LINE ไรเดอร์โซนลาดพร้าว (คัดลอก):\n",
        P(n1), ": พรุ่งนี้หยุดวิ่งพร้อมกัน 10 โมง ประท้วงลดค่ารอบ ใครมาด้วยบอก\n",
        P(n2), ": ผม", TU(r.choice(["เป็นกรรมการสหภาพไรเดอร์", "เป็นสมาชิกสหภาพแรงงาน"])), " จะประสานสื่อให้ โทรหาผม ",
        PH(ph), "\n\n",
        "งาน: ทีม Ops ต้องการสรุปความเสี่ยงการให้บริการพรุ่งนี้ (ห้ามใช้ข้อมูลนี้ลงโทษไรเดอร์)",
    ]


@T("logistics", body=True)
def driver_face_checkin_en(r: random.Random) -> list:
    name = rom(r)
    vec = bio_vec(r, 12)
    return openai([
        ("user", ["Debug: driver check-in at Bang Na hub failed. Record: {driver: ", P(name),
                  ", emp_id: DRV-", _digits(r, 5), ", face_vector: ", BI(vec), ", threshold: 0.35, distance: 0.51}"]),
    ], model=r.choice(MODELS_OAI))


@T("logistics")
def pharmacy_parcel_hiv_meds(r: random.Random) -> list:
    _t, name = thn(r)
    a, ph = addr(r), mobile(r, "dash")
    return [
        "ปรับข้อความแจ้งเตือนจัดส่งให้เป็นส่วนตัวมากขึ้น (ไม่ระบุชื่อยาบนกล่อง):\n",
        "\"พัสดุยา", HE(r.choice(["ต้านไวรัสเอชไอวี (TLD)", "รักษาโรคซึมเศร้า", "เคมีบำบัดชนิดรับประทาน"])), " ของคุณ",
        P(name), " จะจัดส่งไปที่ ", AD(a), " วันนี้ 13.00-17.00 น. คนขับจะโทรจาก ", PH(ph), "\"",
    ]


@T("logistics")
def shipping_label_ocr(r: random.Random) -> list:
    s, rc = thf(r), thm(r)
    a1, a2, p1, p2 = addr(r), addr(r), mobile(r, "dash"), mobile(r, "dash")
    return [
        "OCR ใบปะหน้าพัสดุ (ภาพเบลอ) - แยกผู้ส่ง/ผู้รับเป็น JSON\n",
        "ผู้ส่ง FROM ", P(s), " Tel ", PH(p1), "\n", AD(a1), "\n",
        "ผู้รับ TO ", P(rc), " Tel ", PH(p2), "\n", AD(a2), "\n",
        tracking(r), "   COD ฿", amount(r, 200, 3000), "   น้ำหนัก ", f"{r.uniform(0.3, 9):.1f}", " kg",
    ]


@T("logistics", body=True)
def logistics_multiturn_escaped(r: random.Random) -> list:
    name = thf(r)
    a, ph = addr(r), mobile(r)
    return openai([
        ("system", "Delivery rescheduling bot. Confirm name, address and time slot."),
        ("user", ["พัสดุ ", tracking(r), " ค่ะ ชื่อผู้รับ ", P(name)]),
        ("assistant", "ขอบคุณค่ะ ต้องการเปลี่ยนที่อยู่หรือเวลาจัดส่งคะ"),
        ("user", ["เปลี่ยนไปส่งที่ทำงานค่ะ ", AD(a), " โทร ", PH(ph), " ช่วงบ่ายนะคะ"]),
    ], model=r.choice(MODELS_OAI), ascii_=True, pretty=r.random() < 0.5)


@T("logistics")
def driver_friday_prayer_roster(r: random.Random) -> list:
    name = r.choice(TH_MUSLIM)
    lid = line_id(r)
    return [
        "ปรับตารางกะคนขับสาขาหาดใหญ่: ", P(name), " (LINE ", LI(lid), ") ", RE("นับถือศาสนาอิสลาม"),
        " ขอเว้นช่วง 12.00-13.30 ทุกวันศุกร์เพื่อละหมาด ช่วยจัดตารางใหม่ให้รอบส่งบ่ายวันศุกร์ยังครบ 3 รอบ",
    ]


@T("logistics")
def warehouse_migrant_roster(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += ["| ", P(r.choice(MYANMAR)), " | ", PP(passport(r, "mm")), " | ",
                 ET(r.choice(["ไทใหญ่", "กะเหรี่ยง", "มอญ", "พม่า"])), " | ", PH(mobile(r, "plain")), " |\n"]
    return [
        "จัดกะแรงงานคลังสินค้าลาดกระบัง ให้แต่ละกะมีคนพูดภาษาเดียวกันอย่างน้อย 2 คน:\n",
        "| ชื่อ | พาสปอร์ต | เชื้อชาติ/ชาติพันธุ์ | เบอร์ |\n|---|---|---|---|\n", rows,
    ]


@T("logistics")
def dna_paternity_courier_note(r: random.Random) -> list:
    _t, name = thn(r)
    a, ph = addr(r), mobile(r)
    g = r.choice(["ผลตรวจดีเอ็นเอยืนยันความเป็นบิดา 99.99%", "ผลตรวจดีเอ็นเอไม่พบความสัมพันธ์ทางสายเลือด"])
    return [
        "ข้อความจากแล็บถึงทีมขนส่งเอกสารด่วน: ส่งซองผลตรวจให้ ", P(name), " ที่ ", AD(a), " โทร ", PH(ph),
        " ต้องให้ผู้รับเซ็นด้วยตัวเองเท่านั้น (ในซองคือ", GE(g), ")\nช่วยเขียนคำแนะนำการส่งสำหรับคนขับแบบไม่เปิดเผยเนื้อหาในซอง",
    ]


@T("logistics")
def customs_declaration_en(r: random.Random) -> list:
    name = r.choice(WESTERN)
    pp, a, em = passport(r, "xx"), addr(r, en=True), email(r, name)
    return [
        "Fill the customs e-declaration from this email. Consignee: ", P(name), ", passport ", PP(pp),
        ", delivery address ", AD(a), ", email ", EM(em),
        ". Contents: used clothing and 2 bottles of vitamins, declared value USD 180, AWB ", f"{r.randint(100, 999)}-{_digits(r, 8)}",
    ]


@T("logistics")
def wheelchair_delivery_instruction(r: random.Random) -> list:
    _t, name = thn(r)
    a, ph = addr(r), mobile(r)
    return [
        "หมายเหตุการจัดส่ง (แปลงเป็นคำสั่งสั้นสำหรับแอปคนขับ ไม่เกิน 80 ตัวอักษร): ผู้รับ ", P(name),
        " ", DI(r.choice(["ใช้วีลแชร์", "พิการทางการเคลื่อนไหว"])), " ลงมารับชั้นล่างไม่ได้ กรุณานำขึ้นไปส่งที่หน้าห้อง ",
        AD(a), " โทรก่อนถึง ", PH(ph),
    ]


@T("logistics")
def driver_protest_hr_report(r: random.Random) -> list:
    _t, name = thn(r)
    ph = mobile(r)
    pol = r.choice(["ไปร่วมชุมนุมต้านรัฐบาล", "เป็นแกนนำม็อบนักศึกษา"])
    return [
        "หัวหน้าศูนย์ส่งรายงานว่า พนักงานขับรถ ", P(name), " (", PH(ph), ") ลางานป่วยแต่ถูกถ่ายรูปได้ว่า", PO(pol),
        " ที่อนุสาวรีย์ประชาธิปไตย จะลงโทษฐานลาเท็จได้หรือไม่ และมีข้อควรระวังด้านข้อมูลการเมืองส่วนบุคคลอย่างไร",
    ]


@T("logistics")
def cod_fraud_police_note(r: random.Random) -> list:
    name = thm(r)
    nd, ph = nid(r), mobile(r)
    return [
        "ผู้รับพัสดุ COD ปลอม ", P(name), " บัตร ", NI(nd), " เบอร์ ", PH(ph), " ",
        CR(r.choice(["ถูกจับข้อหาฉ้อโกง", "ถูกออกหมายจับคดีฉ้อโกงประชาชน"])),
        " แล้วตามที่ตำรวจแจ้ง ทีมต้องการรายการพัสดุทั้งหมดที่ส่งถึงเบอร์นี้ ช่วยเขียน SQL query ตามตาราง shipments(receiver_phone, ...)",
    ]


@T("logistics")
def driver_outing_complaint(r: random.Random) -> list:
    ph = mobile(r)
    if r.random() < 0.5:
        name, sx = thf(r), r.choice(["เป็นเลสเบี้ยน", "มีคู่ชีวิตเป็นผู้หญิงด้วยกัน"])
    else:
        name, sx = thm(r), r.choice(["เป็นเกย์", "มีคู่ชีวิตเป็นผู้ชายด้วยกัน"])
    return [
        "ร้องเรียนพนักงาน: ลูกค้า ", P(name), " (", PH(ph), ") แจ้งว่าคนขับที่มาส่งของพูดกับเพื่อนบ้านว่าลูกค้า", SX(sx),
        " หลังเห็นผู้รับพัสดุแทน ลูกค้ารู้สึกอับอาย ร่างคำขอโทษและมาตรการลงโทษคนขับ",
    ]


@T("logistics")
def consignee_sql_insert_en(r: random.Random) -> list:
    vals = []
    for i in range(2):
        nm = rom(r)
        vals += ["  ('", P(nm), "', '", PH(mobile(r, "plain")), "', '", AD(addr(r, en=True)), "', '", tracking(r), "')",
                 ",\n" if i == 0 else ";\n"]
    return ["Why does this insert fail on a UNIQUE constraint? \n",
            "INSERT INTO consignee (full_name, phone, address, tracking_no) VALUES\n", vals]


@T("logistics", body=True)
def rider_app_review_reply_openai(r: random.Random) -> list:
    name = thf(r)
    lid = line_id(r)
    return openai([("user", ["ตอบรีวิวลูกค้าให้สุภาพ: \"ไรเดอร์ชื่อ ", P(name), " ขอไลน์ส่วนตัว ", LI(lid),
                             " แล้วทักมาตอนดึก ไม่โอเคเลย\""])], model=r.choice(MODELS_OAI))


@T("logistics")
def warehouse_union_steward_en(r: random.Random) -> list:
    name = rom(r)
    ph = mobile(r, "dash")
    return [
        "Prepare talking points for HR before meeting ", P(name), " (", PH(ph), "), who is ",
        TU("the union shop steward"), " at the Wang Noi distribution centre, about the new night-shift rota.",
    ]


@T("logistics")
def driver_payroll_bank_file(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(thm(r)), "|", BA(bank_acct(r, "plain")), "|", amount(r, 3000, 25000), "\n"]
    return ["ตรวจไฟล์จ่ายค่ารอบคนขับก่อนส่งธนาคาร: ยอดรวมถูกไหม\nname|account|amount\n", rows]


@T("logistics")
def parcel_thal_test_kit_return(r: random.Random) -> list:
    name = thf(r)
    a = addr(r)
    return [
        "Courier note (Thai customer, answer in English): return kit for ", P(name), " picked up at ", AD(a),
        ". Customer asked the driver to hurry because the lab already told her she is ",
        GE(r.choice(["a carrier of beta-thalassaemia", "HbE trait carrier"])), " and her husband must test too.",
    ]


# ==============================================================================================
# More positives across the five domains
# ==============================================================================================
@T("telecom", body=True)
def telecom_activist_tracking_complaint_en(r: random.Random) -> list:
    name = rom(r)
    ph, em = mobile(r, "intl"), email(r, name)
    pol = r.choice(["I organise pro-democracy protests", "I campaign for the opposition party"])
    return anthropic(
        "You draft replies for the operator's privacy office. Cite the PDPA where relevant.",
        [("user", ["Complaint received by email:\n\"My name is ", P(name), ", number ", PH(ph), ". ", PO(pol),
                   " and I believe my location data was handed to the authorities without a warrant. I want a copy of "
                   "every disclosure of my data in the last 12 months. Reply to ", EM(em), ".\""])],
        model=r.choice(MODELS_ANT))


@T("logistics")
def driver_plate_speeding_line(r: random.Random) -> list:
    name = thm(r)
    p, lid = plate(r), line_id(r)
    c = r.choice(["ถูกจับข้อหาเมาแล้วขับ", "เคยต้องโทษคดีขับรถประมาทเป็นเหตุให้ผู้อื่นถึงแก่ความตาย"])
    return [
        "แชทกลุ่มหัวหน้ารถ (สรุปเป็นรายงานวินัย):\n",
        "- GPS แจ้งรถ ", PL(p), " ขับ 128 กม./ชม. บนมอเตอร์เวย์ คนขับคือ ", P(name), " (LINE ", LI(lid), ")\n",
        "- หัวหน้าเขตแจ้งว่าคนนี้", CR(c), " เมื่อปีที่แล้วด้วย\n",
    ]


@T("securities")
def sec_client_political_exclusion_en(r: random.Random) -> list:
    name = rom(r, female=False)
    ph = mobile(r, "dash")
    return [
        "Update the private-banking client profile notes (keep it neutral): ", P(name), " (", PH(ph),
        ") told his relationship manager that he is ", PO(r.choice(["a member of the opposition party",
                                                                   "a known anti-government protest leader"])),
        " and wants no holdings in companies that donate to the governing coalition. Suggest an ESG-style exclusion list approach.",
    ]


@T("fintech")
def kyc_rohingya_refugee_en(r: random.Random) -> list:
    name = r.choice(["Mohammed Rafiq", "Noor Begum", "Abdul Hamid", "Setara Khatun"])
    ph = mobile(r, "plain")
    return [
        "Can we open a basic wallet for this applicant? ", P(name), ", ", ET("Rohingya"),
        ", holds a UNHCR document (no passport), lives in Mae Sot, phone ", PH(ph),
        ". Our KYC matrix accepts passports, pink cards and work permits only. Give options.",
    ]


@T("telecom", body=True)
def telecom_multiturn_escaped_epilepsy(r: random.Random) -> list:
    name = thm(r)
    ph = mobile(r, "dash")
    return anthropic(
        "คุณคือผู้ช่วยของศูนย์บริการโทรศัพท์มือถือ",
        [("user", ["สวัสดีครับ ผม ", P(name), " เบอร์ ", PH(ph)]),
         ("assistant", "สวัสดีค่ะ มีอะไรให้ช่วยคะ"),
         ("user", ["อยากปิดการแจ้งเตือนแบบไฟกะพริบในเครื่องครับ ผมเป็น", HE("โรคลมชัก"), " แสงกะพริบทำให้ชักได้"])],
        model=r.choice(MODELS_ANT), ascii_=True)


@T("insurance")
def ins_police_report_ocr_accident(r: random.Random) -> list:
    n1, n2 = thm(r), thf(r)
    p1, p2, h = plate(r), plate(r), hn(r)
    return [
        "สำเนารายงานประจำวันเกี่ยวกับคดี (OCR) - สรุปเพื่อพิจารณาสินไหม\n",
        "ผู้แจ้ง ", P(n1), " ผู้ขับขี่รถยนต์ ", PL(p1), " แจ้งว่าถูกรถ ", PL(p2), " ซึ่งมี ", P(n2),
        " เป็นผู้ขับ เฉี่ยวชนด้านขวา ผู้แจ้ง", HE(r.choice(["ซี่โครงหัก 2 ซี่", "ศีรษะกระแทก มีเลือดออกในสมองเล็กน้อย"])),
        " รักษาตัวที่โรงพยาบาล HN ", MRN(h), "\n",
    ]


@T("logistics", body=True)
def cod_seller_remittance_escaped(r: random.Random) -> list:
    ju, acct = juristic(r), bank_acct(r, "dash")
    owner = thf(r)
    return openai([
        ("user", ["ร้านค้านิติบุคคลเลขทะเบียน ", JU(ju), " (เจ้าของ ", P(owner), ") ขอเปลี่ยนบัญชีรับเงิน COD เป็น ",
                  BA(acct), " ต้องตรวจเอกสารอะไรบ้างก่อนอนุมัติ"]),
    ], model=r.choice(MODELS_OAI), ascii_=True)


@T("insurance", body=True)
def ins_genetic_multiturn_en(r: random.Random) -> list:
    name = rom(r, female=True)
    d = dob(r, "en", 1978, 1995)
    return openai([
        ("system", "You are a pre-sales assistant for a health insurer. Do not make underwriting decisions."),
        ("user", ["Hello, I'm ", P(name), ", born ", DB(d), ". I want a critical-illness plan."]),
        ("assistant", "Happy to help. Is there anything in your medical history we should know about?"),
        ("user", ["My mother had breast cancer and I tested positive for ", GE("a BRCA1 pathogenic variant"),
                  " last year. Will that affect my premium?"]),
    ], model=r.choice(MODELS_OAI), pretty=True)


# ==============================================================================================
# HARD NEGATIVES per s.26 category: the same words, no fact about a specific person
# ==============================================================================================
@T("insurance", hard="HEALTH_DATA")
def hn_health_ci_coverage_list(r: random.Random) -> list:
    return [
        "สรุปความคุ้มครองสัญญาเพิ่มเติมโรคร้ายแรง ", r.choice(["CI 44 โรค", "CI Multiple Pay", "แผนมะเร็งเจอจ่ายจบ"]),
        " เป็นตารางให้ลูกค้าอ่านง่าย:\n",
        "- โรคมะเร็งระยะลุกลาม จ่าย 100% ของทุน\n- โรคหลอดเลือดสมองตีบหรือแตกที่มีอาการถาวร จ่าย 100%\n",
        "- กล้ามเนื้อหัวใจตายเฉียบพลัน จ่าย 100%\n- ไตวายเรื้อรังระยะสุดท้ายที่ต้องล้างไต จ่าย 100%\n",
        "- มะเร็งระยะเริ่มต้น จ่าย 25% สูงสุด ", amount(r, 200000, 500000), " บาท\n",
        "ระยะรอคอย 90 วัน ไม่คุ้มครองโรคที่เป็นมาก่อนทำประกัน",
    ]


@T("insurance", hard="HEALTH_DATA", body=True)
def hn_health_claims_stats_en(r: random.Random) -> list:
    return openai([("user", [
        "Write 3 insights for the board from our 2025 health-claims mix:\n",
        "diagnosis_group,claims,paid_thb_m\n",
        f"dengue fever,{r.randint(800, 2000)},{r.randint(20, 60)}\n",
        f"type 2 diabetes complications,{r.randint(300, 900)},{r.randint(40, 90)}\n",
        f"major depressive disorder,{r.randint(100, 400)},{r.randint(10, 30)}\n",
        f"stage III-IV cancers,{r.randint(200, 500)},{r.randint(150, 400)}\n"])],
        model=r.choice(MODELS_OAI), extra={"temperature": 0.3})


@T("insurance", hard="RELIGION", body=True)
def hn_relig_takaful_terms(r: random.Random) -> list:
    return anthropic("Answer product questions for agents. Thai only.", [("user", [
        "อธิบายความต่างระหว่างประกันชีวิตแบบตะกาฟุลกับประกันทั่วไปให้ลูกค้าที่นับถือศาสนาอิสลามเข้าใจ ",
        "ประเด็น: เงินกองทุนตะบัรรุอ์, การลงทุนตามหลักชะรีอะฮ์, คณะกรรมการที่ปรึกษาศาสนา, ",
        "ค่าธรรมเนียมวะกาละฮ์ ", str(r.randint(15, 35)), "% ของเงินสมทบปีแรก"])],
        model=r.choice(MODELS_ANT))


@T("logistics", hard="RELIGION")
def hn_relig_holiday_notice_en(r: random.Random) -> list:
    hol = r.choice([("Hari Raya Aidilfitri", "southern hubs (Pattani, Yala, Narathiwat)"),
                    ("Christmas Day", "the Chiang Mai international gateway"),
                    ("Makha Bucha Day", "all hubs")])
    return [
        "Polish this customer notice: \"Due to ", hol[0], ", deliveries from ", hol[1],
        " will pause for one day. Muslim, Christian and Buddhist holidays are observed according to local staffing. "
        "Parcels will resume the next business day. Track at any time with your AWB number.\"",
    ]


@T("telecom", hard="ETHNICITY")
def hn_eth_hilltribe_coverage_news(r: random.Random) -> list:
    return [
        "ย่อข่าวนี้ให้เหลือ 2 ประโยค: กสทช. ร่วมกับผู้ให้บริการโทรคมนาคม ขยายสัญญาณ 4G ไปยัง ", str(r.randint(80, 240)),
        " หมู่บ้านบนพื้นที่สูงในจังหวัดเชียงราย แม่ฮ่องสอน และตาก ซึ่งส่วนใหญ่เป็นชุมชนชาวกะเหรี่ยง ม้ง อาข่า และลีซู ",
        "คาดว่าจะช่วยให้นักเรียนเข้าถึงการเรียนออนไลน์และผู้ป่วยเข้าถึงระบบแพทย์ทางไกล",
    ]


@T("fintech", hard="ETHNICITY")
def hn_eth_kyc_minorities_policy_en(r: random.Random) -> list:
    return [
        "Turn this KYC policy paragraph into a checklist: \"Customers without Thai nationality, including members of "
        "ethnic minorities and hill-tribe communities holding a 'pink card' (ID numbers starting with 6, 7 or 0), may "
        "open a Basic Wallet with a transaction limit of THB ", f"{r.choice([5, 10, 30])},000", " per month. Ethnicity "
        "must never be recorded or used as a risk factor.\"",
    ]


@T("securities", hard="POLITICAL_OPINION")
def hn_pol_market_election_commentary(r: random.Random) -> list:
    return [
        "เขียนบทวิเคราะห์ตลาด 150 คำ: หลังนายกรัฐมนตรี อนุทิน ชาญวีรกูล ประกาศยุบสภา นักลงทุนต่างชาติขายสุทธิ ",
        amount(r, 2000, 9000), " ล้านบาท หุ้นกลุ่มรับเหมาก่อสร้างและท่องเที่ยวปรับลง ขณะที่พรรคประชาชนและพรรคเพื่อไทย "
        "ชูนโยบายค่าแรงขั้นต่ำและพักหนี้ ดัชนี SET ปิดที่ ", f"{r.uniform(1150, 1450):.2f}", " จุด",
    ]


@T("telecom", hard="POLITICAL_OPINION", body=True)
def hn_pol_election_sms_rules(r: random.Random) -> list:
    return openai([("system", "You are a compliance assistant for a mobile operator."),
                   ("user", "สรุปกฎการส่ง SMS หาเสียงเลือกตั้งของพรรคการเมืองผ่านระบบ bulk SMS: ต้องได้รับความยินยอม "
                            "ต้องระบุชื่อพรรคผู้ส่ง ห้ามส่งหลัง 18.00 น. วันก่อนเลือกตั้ง และผู้รับต้องยกเลิกได้ด้วยการกด *137 "
                            "เขียนเป็นข้อ ๆ สำหรับทีมขายบริการองค์กร")],
                  model=r.choice(MODELS_OAI))


@T("fintech", hard="CRIMINAL_RECORD")
def hn_crim_aml_policy_en(r: random.Random) -> list:
    return [
        "Summarise for new staff: \"Enhanced due diligence applies when adverse-media screening suggests a customer has been "
        "charged with or convicted of fraud, money laundering, drug trafficking or terrorism financing. Analysts must "
        "confirm identity using at least two identifiers before escalating; name-only matches are closed as false "
        "positives. Review SLA: ", str(r.randint(2, 5)), " business days.\"",
    ]


@T("telecom", hard="CRIMINAL_RECORD", body=True)
def hn_crim_callcentre_gang_stats(r: random.Random) -> list:
    return anthropic(None, [("user", [
        "ทำอินโฟกราฟิกข้อความจากสถิตินี้: ปี 2568 ตำรวจไซเบอร์จับกุมผู้ต้องหาคดีแก๊งคอลเซ็นเตอร์ ", str(r.randint(3000, 9000)),
        " ราย ยึดซิมการ์ดผิดกฎหมาย ", f"{r.randint(100, 900):,}", " ซิม และซิมบ็อกซ์ ", str(r.randint(200, 900)),
        " เครื่อง ความเสียหายลดลง ", str(r.randint(10, 40)), "% เทียบปีก่อน"])], model=r.choice(MODELS_ANT))


@T("insurance", hard="SEXUAL_BEHAVIOUR")
def hn_sex_marriage_equality_beneficiary(r: random.Random) -> list:
    return [
        "ร่างประกาศถึงลูกค้า: ตั้งแต่ พ.ร.บ.สมรสเท่าเทียมมีผลบังคับใช้ คู่สมรสเพศเดียวกันสามารถระบุกันเป็นผู้รับประโยชน์ "
        "และซื้อประกันสุขภาพแบบครอบครัวได้เช่นเดียวกับคู่สมรสชายหญิง โดยใช้ทะเบียนสมรสฉบับใหม่ ไม่ต้องแนบเอกสารอื่น ",
        "ยื่นได้ที่สาขาหรือแอป ภายในวันที่ ", thdate(r),
    ]


@T("telecom", hard="SEXUAL_BEHAVIOUR")
def hn_sex_pride_campaign_en(r: random.Random) -> list:
    return [
        "Write 3 social posts for our Pride Month campaign: family plans now accept same-sex spouses, ",
        r.choice(["20%", "30%", "50%"]), " off the 5G Family bundle for all couples, and a donation to an LGBTQ+ "
        "helpline for every sign-up. Tone: warm, inclusive, no stereotypes about gay, lesbian or bisexual people.",
    ]


@T("telecom", hard="DISABILITY", body=True)
def hn_dis_accessible_package(r: random.Random) -> list:
    return openai([("user", [
        "เขียนคำโฆษณาแพ็กเกจสำหรับคนพิการทางการได้ยิน: วิดีโอคอลล่ามภาษามือฟรี ", str(r.randint(60, 300)),
        " นาที/เดือน SMS ไม่จำกัด ราคา ", str(r.choice([99, 149, 199])),
        " บาท สมัครได้เมื่อแสดงบัตรประจำตัวคนพิการ ใช้ภาษาสุภาพ ไม่ใช้คำว่าคนหูหนวกในเชิงสงสาร"])],
        model=r.choice(MODELS_OAI))


@T("insurance", hard="DISABILITY")
def hn_dis_tpd_definition_en(r: random.Random) -> list:
    return [
        "Simplify this policy wording for a brochure: \"Total and Permanent Disability means loss of sight in both eyes, "
        "loss of two limbs above the wrist or ankle, or inability to perform any occupation for ",
        str(r.choice([6, 12])), " consecutive months. Wheelchair use alone does not constitute TPD.\"",
    ]


@T("logistics", hard="TRADE_UNION")
def hn_union_labour_law_faq(r: random.Random) -> list:
    return [
        "ตอบคำถามพนักงานคลังสินค้า (FAQ): ลูกจ้างสัญชาติไทยตั้งแต่ ", str(r.choice([10, 10, 15])),
        " คนขึ้นไปในกิจการเดียวกันสามารถจดทะเบียนสหภาพแรงงานได้ นายจ้างห้ามเลิกจ้างเพราะลูกจ้างเป็นสมาชิกสหภาพ "
        "หรือกรรมการสหภาพ ตามพ.ร.บ.แรงงานสัมพันธ์ พ.ศ. 2518 มาตรา 121 เขียนให้อ่านง่าย 5 ข้อ",
    ]


@T("logistics", hard="TRADE_UNION", body=True)
def hn_union_rider_news_en(r: random.Random) -> list:
    return anthropic("Summarise news for the logistics leadership newsletter.", [("user", [
        "Riders' unions in Bangkok and Chiang Mai held talks with three delivery platforms on ",
        f"{r.randint(1, 28)} {r.choice(EN_MON)} 2025",
        ". The unions demand a minimum fare of ", str(r.choice([35, 40, 45])),
        " baht per job and accident insurance. Platforms said they would respond within 30 days. "
        "The Labour Ministry is drafting a gig-worker protection bill."])], model=r.choice(MODELS_ANT))


@T("insurance", hard="GENETIC_DATA")
def hn_gen_oic_guideline(r: random.Random) -> list:
    return [
        "สรุปแนวปฏิบัติบริษัท: บริษัทจะไม่ขอให้ผู้สมัครตรวจพันธุกรรม (เช่น ยีน BRCA1/BRCA2 หรือการตรวจพาหะธาลัสซีเมีย) "
        "และจะไม่ใช้ผลตรวจพันธุกรรมที่มีอยู่แล้วในการพิจารณารับประกันสำหรับทุนประกันไม่เกิน ",
        f"{r.choice([5, 10])},000,000", " บาท ให้เขียนเป็น Q&A สำหรับตัวแทน",
    ]


@T("logistics", hard="GENETIC_DATA")
def hn_gen_dna_kit_coldchain_en(r: random.Random) -> list:
    return [
        "Write the SOP for shipping saliva DNA test kits: keep at ", str(r.choice([2, 4])), "-25 °C, UN3373 Biological "
        "Substance Category B packaging, deliver to the genomics lab within 72 hours. Couriers never open the kit and "
        "have no access to genetic results. Returns label prefix: DNA-RTN-",
    ]


@T("telecom", hard="BIOMETRIC_DATA")
def hn_bio_sim_face_rule(r: random.Random) -> list:
    return [
        "อธิบายประกาศ กสทช. ให้พนักงานหน้าร้าน: การลงทะเบียนซิมใหม่ต้องยืนยันตัวตนด้วยการเปรียบเทียบใบหน้ากับภาพในชิปบัตร "
        "(Face Verification) ค่าความเหมือนขั้นต่ำตามที่ผู้ให้บริการกำหนด ห้ามเก็บภาพใบหน้าเกิน ", str(r.choice([90, 180])),
        " วันหลังยืนยันสำเร็จ และผู้ถือเบอร์เกิน 5 เบอร์ต้องยืนยันที่ศูนย์บริการเท่านั้น",
    ]


@T("fintech", hard="BIOMETRIC_DATA", body=True)
def hn_bio_ekyc_tor_en(r: random.Random) -> list:
    return openai([("user", [
        "Review this eKYC vendor requirement: face-match FAR <= 0.01% at FRR <= ", str(r.choice([1, 2, 3])),
        "%; ISO/IEC 30107-3 presentation-attack detection level 2; fingerprint templates in ISO 19794-2; "
        "biometric templates stored encrypted and deleted after 5 years. What is missing?"])],
        model=r.choice(MODELS_OAI), extra={"temperature": 0})


# ==============================================================================================
# NEGATIVES with epoch-millisecond values that pass the Thai-ID checksum
# ==============================================================================================
@T("fintech", neg=True, body=True)
def neg_epoch_wallet_webhook(r: random.Random) -> list:
    a = epoch_ms(r, hi=1_790_000_000_000)
    b = epoch_after(r, a, 200, 5_000)
    return openai([("user", [
        "Why does our signature check reject this webhook? "
        "{\"event\": \"topup.succeeded\", \"amount\": 50000, \"currency\": \"THB\", \"created_ms\": ", a,
        ", \"delivered_ms\": ", b, ", \"sig\": \"", hexs(r, 40), "\"}"])], model=r.choice(MODELS_OAI))


@T("logistics", neg=True)
def neg_epoch_scan_events_en(r: random.Random) -> list:
    evs, t = [], epoch_ms(r, hi=1_790_000_000_000)
    for st in ["PICKED_UP", "ARRIVED_HUB", "OUT_FOR_DELIVERY"]:
        evs += [f"{st},{r.choice(['BKK-LKB', 'BKK-BNA', 'CNX-01', 'HDY-02'])},", t, "\n"]
        t = epoch_after(r, t)
    return ["Compute the hub dwell time in hours for parcel ", tracking(r), ":\nstatus,hub,event_ts_ms\n", evs]


@T("telecom", neg=True)
def neg_epoch_kafka_cdr_lag(r: random.Random) -> list:
    return [
        "consumer group cdr-rating lag report:\n",
        "partition=3 offset=", str(r.randint(10 ** 8, 10 ** 9)), " last_commit_ms=", epoch_ms(r), " producer_ts_ms=", epoch_ms(r), "\n",
        "partition=7 offset=", str(r.randint(10 ** 8, 10 ** 9)), " last_commit_ms=", epoch_ms(r), "\n",
        "Is the lag growing? Suggest consumer settings.",
    ]


@T("securities", neg=True, body=True)
def neg_epoch_tick_data(r: random.Random) -> list:
    rows = []
    for sym in r.sample(["PTT", "AOT", "CPALL", "KBANK", "ADVANC", "DELTA", "SCB", "GULF"], 3):
        rows.append(f"{sym},{r.uniform(20, 300):.2f},{r.randint(100, 50000)},{epoch_ms(r)}\\n")
    return ['{"model": "', r.choice(MODELS_OAI), '", "messages": [{"role": "user", "content": "',
            "Resample these ticks to 1-minute OHLC in pandas:\\nsymbol,price,volume,ts_ms\\n", "".join(rows), '"}]}']


@T("insurance", neg=True)
def neg_epoch_claims_batch_log(r: random.Random) -> list:
    start = epoch_ms(r, hi=1_790_000_000_000)
    return [
        "batch=claims-nightly job_start_ms=", start, " job_end_ms=", epoch_after(r, start, 600_000, 7_200_000), " processed=",
        str(r.randint(2000, 9000)), " failed=", str(r.randint(0, 40)), " reason=TIMEOUT(ocr-service)\n",
        "Write a short incident note for the ops channel.",
    ]


# ==============================================================================================
# Other NEGATIVES: same domains, no personal data
# ==============================================================================================
@T("logistics", neg=True)
def neg_parcel_rate_table(r: random.Random) -> list:
    rows = "".join(f"{w} กก.,{p},{p + r.choice([10, 15, 20])}\n" for w, p in [(1, 35), (3, 55), (5, 75), (10, 120), (20, 210)])
    return ["ทำตารางค่าส่งนี้เป็นภาษาอังกฤษ และเพิ่มคอลัมน์ราคารวม VAT 7%:\nน้ำหนัก,กรุงเทพฯ-ปริมณฑล,ต่างจังหวัด\n", rows,
            "พื้นที่ห่างไกล/เกาะ +", str(r.choice([30, 50])), " บาท COD คิดค่าธรรมเนียม 3%"]


@T("logistics", neg=True)
def neg_awb_tracking_list_en(r: random.Random) -> list:
    lines = "".join(f"{r.randint(100, 999)}-{_digits(r, 8)}  {r.choice(['BKK-HKG', 'BKK-NRT', 'BKK-SIN', 'BKK-FRA'])}  "
                    f"{r.randint(1, 40)} pcs  {r.uniform(5, 900):.1f} kg\n" for _ in range(4))
    return ["Group these air-waybills by route and total the weight:\n", lines,
            "Also list domestic tracking refs: ", tracking(r), ", ", tracking(r), ", ", tracking(r)]


@T("telecom", neg=True)
def neg_network_outage_notice(r: random.Random) -> list:
    return [
        "เขียนประกาศแจ้งลูกค้า: ปิดปรับปรุงเครือข่ายไฟเบอร์ในพื้นที่ ", r.choice(["บางนา-ศรีนครินทร์", "รังสิต-ลำลูกกา",
                                                                         "หาดใหญ่", "นิมมานเหมินท์"]),
        " วันที่ ", thdate(r), " เวลา 01.00-05.00 น. อินเทอร์เน็ตบ้านอาจใช้งานไม่ได้ชั่วคราว สอบถาม Call Center 1175 ",
        "ขออภัยในความไม่สะดวก",
    ]


@T("telecom", neg=True, body=True)
def neg_network_outage_rca_en(r: random.Random) -> list:
    return anthropic("Write concise RCA summaries.", [("user", [
        "Outage ", f"INC-{_digits(r, 6)}", ": core router ", r.choice(["BKK-CR-02", "KKN-AGG-11", "CNX-PE-04"]),
        " reloaded after a BGP flap at 02:14; ", f"{r.randint(30, 400)}k", " subscribers lost data for ",
        str(r.randint(12, 95)), " min. Interfaces 100GE0/0/1-4 down; peer AS ", str(r.randint(9000, 65000)),
        " withdrew 10.0.0.0/8 routes. Draft the customer-facing summary."])], model=r.choice(MODELS_ANT))


@T("insurance", neg=True)
def neg_policy_lookup_sql_en(r: random.Random) -> list:
    pols = ", ".join(f"'{policy_no(r)}'" for _ in range(4))
    return ["Optimise this query (policy_no is indexed, status is not):\n",
            "SELECT policy_no, product_code, sum_assured, status FROM policies\n",
            f"WHERE policy_no IN ({pols})\n  AND status IN ('INFORCE','LAPSED') ORDER BY issue_date DESC;"]


@T("fintech", neg=True, body=True)
def neg_system_prompt_placeholders(r: random.Random) -> list:
    return openai([
        ("system", "คุณคือผู้ช่วยทวงถามหนี้อย่างสุภาพ ใช้ข้อมูลเฉพาะที่ให้ในตัวแปร: ชื่อลูกค้า={{customer_name}}, "
                   "ยอดค้าง={{outstanding_amount}}, งวดที่ค้าง={{overdue_installments}}, ช่องทางชำระ={{payment_link}} "
                   "ห้ามข่มขู่ ห้ามติดต่อบุคคลที่สาม ห้ามติดต่อนอกเวลา 08.00-20.00 น."),
        ("user", "{{customer_message}}"),
    ], model=r.choice(MODELS_OAI), pretty=True, extra={"temperature": 0.3})


@T("fintech", neg=True, body=True)
def neg_sample_api_payload_docs_en(r: random.Random) -> list:
    sample = ('{\\"citizen_id\\": \\"<13-digit ID>\\", \\"first_name\\": \\"<FIRST_NAME>\\", '
              '\\"last_name\\": \\"<LAST_NAME>\\", \\"birth_date\\": \\"YYYY-MM-DD\\", \\"mobile\\": \\"0XXXXXXXXX\\", '
              '\\"email\\": \\"<EMAIL>\\"}')
    return ['{"model": "', r.choice(MODELS_OAI), '", "messages": [{"role": "user", "content": "',
            "Generate TypeScript types and zod validation for this request example from our API docs: ", sample,
            '"}], "temperature": 0}']


@T("telecom", neg=True, body=True)
def neg_porting_faq_escaped(r: random.Random) -> list:
    return anthropic("ตอบคำถามลูกค้าเรื่องย้ายค่ายเบอร์เดิม", [("user", [
        "ย้ายค่ายเบอร์เดิมต้องใช้เวลากี่วัน ต้องมียอดค้างชำระไหม และถ้าเป็นเบอร์เติมเงินต้องทำอย่างไร ",
        "(ข้อมูลอ้างอิง: ส่ง SMS *151*รหัสบัตร# เพื่อขอรหัสย้ายค่าย ใช้เวลาประมาณ ", str(r.choice([1, 2, 3])), " วันทำการ)"])],
        model=r.choice(MODELS_ANT), ascii_=True)


@T("insurance", neg=True)
def neg_premium_rate_table(r: random.Random) -> list:
    rows = "".join(f"{a}-{a + 4},{r.randint(8, 15) * 1000 + a * 90},{r.randint(9, 17) * 1000 + a * 110}\n"
                   for a in (20, 30, 40, 50, 60))
    return ["แปลงตารางเบี้ยประกันสุขภาพรายปีเป็นข้อความสรุป (เบี้ยต่อปี บาท):\nอายุ,ชาย,หญิง\n", rows,
            "แผน IPD ", str(r.choice([1, 3, 5])), " ล้าน/ปี ค่าห้อง ", str(r.choice([4000, 6000, 8000])), "/วัน"]


@T("securities", neg=True)
def neg_fund_factsheet_en(r: random.Random) -> list:
    return [
        "Rewrite as 3 bullet points: Fund ", r.choice(["K-GHEALTH", "SCBSET50", "TISCO-ESG", "KFGBRAND"]),
        " NAV ", f"{r.uniform(8, 30):.4f}", " THB, 1Y return ", f"{r.uniform(-12, 25):.2f}", "%, risk level ",
        str(r.randint(4, 7)), ", TER ", f"{r.uniform(0.4, 1.9):.2f}", "%, top holdings: Microsoft, TSMC, Novo Nordisk. "
        "Past performance is not a guarantee of future results.",
    ]


@T("securities", neg=True, body=True)
def neg_set_market_summary(r: random.Random) -> list:
    return openai([("user", [
        "เขียนสรุปตลาดหุ้นวันนี้ 3 บรรทัด: SET ", f"{r.uniform(1150, 1450):.2f}", " (", f"{r.uniform(-2, 2):+.2f}",
        "%) มูลค่าซื้อขาย ", f"{r.randint(25000, 70000):,}", " ล้านบาท นักลงทุนต่างชาติ",
        r.choice(["ซื้อสุทธิ", "ขายสุทธิ"]), " ", f"{r.randint(300, 4000):,}", " ล้านบาท หุ้นเด่น DELTA, GULF, AOT"])],
        model=r.choice(MODELS_OAI))


@T("fintech", neg=True)
def neg_nano_loan_terms(r: random.Random) -> list:
    return [
        "ตรวจข้อความเงื่อนไขสินเชื่อนาโนนี้ว่าถูกตามประกาศ ธปท. หรือไม่: อัตราดอกเบี้ยสูงสุด ", str(r.choice([33, 33, 25])),
        "% ต่อปี วงเงินสูงสุด 100,000 บาท ผ่อน 6-36 เดือน ค่าติดตามทวงถามหนี้ไม่เกิน 100 บาทต่องวด ",
        "ตัวอย่าง: กู้ 10,000 บาท ผ่อน 12 เดือน งวดละ ", str(r.randint(990, 1080)), " บาท",
    ]


@T("fintech", neg=True)
def neg_ewallet_fee_schedule_en(r: random.Random) -> list:
    return [
        "Format this fee schedule as a markdown table:\nTop-up via bank app: free\nTop-up via 7-Eleven counter: ",
        str(r.choice([10, 15])), " THB\nTransfer to PromptPay: free up to 50,000 THB/day\nCross-border QR (Lao/Cambodia): ",
        f"{r.uniform(0.5, 1.5):.1f}", "%\nDormant account fee after 24 months: 50 THB/month",
    ]


@T("telecom", neg=True)
def neg_iccid_stock_batch(r: random.Random) -> list:
    ids = []
    for _ in range(4):
        ids.append(_luhn_complete("896603" + _digits(r, 12)))
    return ["ตรวจสอบล็อตซิมการ์ดที่ส่งไปสาขา ว่า ICCID เรียงต่อกันครบหรือไม่:\n", "\n".join(ids),
            "\nIMSI prefix 52003, จำนวน 4 ใบ, สาขา ", r.choice(["เซ็นทรัลลาดพร้าว", "ฟิวเจอร์พาร์ครังสิต", "เมกาบางนา"])]


@T("telecom", neg=True)
def neg_sim_package_copy(r: random.Random) -> list:
    return [
        "เขียนคำโฆษณาแพ็กเกจ 5G ", str(r.choice([499, 699, 899, 1199])), " บาท/เดือน เน็ต ", str(r.choice([40, 80, 120])),
        "GB ความเร็วเต็ม โทรฟรีทุกเครือข่าย ", str(r.choice([200, 300, 500])), " นาที ดู Netflix ฟรี 12 เดือน ",
        "สมัครกด *", str(r.randint(900, 999)), "*", str(r.randint(1, 99)), "# ให้สั้นไม่เกิน 2 บรรทัด",
    ]


@T("logistics", neg=True, body=True)
def neg_cod_policy_terms(r: random.Random) -> list:
    return openai([("system", "ตอบคำถามร้านค้าออนไลน์เรื่องบริการขนส่ง"),
                   ("user", ["นโยบาย COD: โอนเงินให้ผู้ขายภายใน ", str(r.choice([1, 2, 3])), " วันทำการหลังจัดส่งสำเร็จ ",
                             "ค่าธรรมเนียม 3% ขั้นต่ำ 10 บาท พัสดุตีกลับคิดค่าส่งกลับ 50% ถามว่า ถ้าลูกค้าปฏิเสธรับของ ผู้ขายต้องจ่ายเท่าไร"])],
                  model=r.choice(MODELS_OAI))


@T("insurance", neg=True)
def neg_claim_process_faq_en(r: random.Random) -> list:
    return [
        "Turn into a 5-step customer guide: report the claim within ", str(r.choice([7, 30])),
        " days via app or hotline 1596; upload the medical certificate, itemised bill and ID copy; approval within ",
        str(r.choice([7, 15])), " working days; payment by PromptPay linked to your ID; appeals to claims@insurer.example.",
    ]


@T("insurance", neg=True, body=True)
def neg_qa_rubric_call_centre(r: random.Random) -> list:
    return anthropic(
        "Score call-centre transcripts 0-5 per criterion: greeting, identity verification (name + date of birth + last 4 "
        "digits of the policy number), empathy, accuracy, closing. Return JSON {criterion: score, reason}.",
        [("user", "Transcript: [TRANSCRIPT_PLACEHOLDER]\nAgent ID: [AGENT_ID]\nQueue: [QUEUE]")],
        model=r.choice(MODELS_ANT), max_tokens=r.choice([800, 1200]))


@T("fintech", neg=True)
def neg_collection_script_template(r: random.Random) -> list:
    return [
        "ปรับสคริปต์ทวงหนี้นี้ให้สุภาพขึ้น: \"สวัสดีค่ะ เรียนสายคุณ[ชื่อลูกค้า] ใช่ไหมคะ ดิฉัน[ชื่อพนักงาน] จากบริษัท[ชื่อบริษัท] ",
        "โทรแจ้งว่ายอดค้างชำระ [จำนวนเงิน] บาท ครบกำหนดวันที่ [วันที่] สะดวกชำระภายในวันไหนคะ\" ",
        "ความยาวไม่เกิน ", str(r.choice([60, 80])), " คำ",
    ]


@T("logistics", neg=True)
def neg_warehouse_kpi_en(r: random.Random) -> list:
    return [
        "Write the weekly KPI commentary: on-time delivery ", f"{r.uniform(91, 99):.1f}", "%, first-attempt success ",
        f"{r.uniform(80, 95):.1f}", "%, COD remittance within T+2 ", f"{r.uniform(95, 99.9):.1f}", "%, damaged parcels ",
        f"{r.uniform(0.05, 0.4):.2f}", "%, hub Wang Noi throughput ", f"{r.randint(180, 420)}k", " parcels/day.",
    ]


@T("logistics", neg=True)
def neg_driver_recruit_ad(r: random.Random) -> list:
    return [
        "ปรับประกาศรับสมัครนี้ให้น่าสนใจ: รับสมัครพนักงานขับรถ 4 ล้อ ", str(r.randint(10, 50)), " อัตรา ประจำศูนย์ ",
        r.choice(["ลาดกระบัง", "บางบัวทอง", "ศรีราชา", "หาดใหญ่"]), " รายได้ ", f"{r.choice([18000, 20000, 25000]):,}",
        "-35,000 บาท มีประกันสังคม ใบขับขี่ประเภท 2 ส่งใบสมัครที่ recruit@fastship.example หรือ hr@fastship.example",
    ]


@T("fintech", neg=True, body=True)
def neg_json_schema_kyc_en(r: random.Random) -> list:
    schema = ('{\\"type\\": \\"object\\", \\"properties\\": {\\"citizen_id\\": {\\"type\\": \\"string\\", '
              '\\"pattern\\": \\"^[1-8][0-9]{12}$\\"}, \\"mobile\\": {\\"type\\": \\"string\\", \\"pattern\\": '
              '\\"^0[689][0-9]{8}$\\"}, \\"dob\\": {\\"type\\": \\"string\\", \\"format\\": \\"date\\"}}, '
              '\\"required\\": [\\"citizen_id\\", \\"mobile\\"]}')
    return ['{"model": "', r.choice(MODELS_OAI), '", "messages": [{"role": "system", "content": "You write tests."}, ',
            '{"role": "user", "content": "Write pytest cases (valid and invalid, using obviously fake values) for this schema: ',
            schema, '"}]}']


@T("fintech", neg=True)
def neg_regex_validator_code_en(r: random.Random) -> list:
    return [
        "Review this validator:\n```python\nimport re\n\nTEST_IDS = ['0000000000000', '1111111111111', 'X-XXXX-XXXXX-XX-X']\n",
        "def valid_thai_id(s: str) -> bool:\n    d = re.sub(r'\\D', '', s)\n    if len(d) != 13: return False\n",
        "    return (11 - sum(int(d[i]) * (13 - i) for i in range(12)) % 11) % 10 == int(d[12])\n```\n",
        "Why does it accept '", r.choice(["0000000000000", "1111111111111"]), "'?",
    ]


@T("fintech", neg=True)
def neg_fx_remittance_rates(r: random.Random) -> list:
    return [
        "อัปเดตข้อความหน้าแอป อัตราแลกเปลี่ยนโอนเงินต่างประเทศวันนี้: MMK ", f"{r.uniform(55, 65):.2f}", " ต่อ 1 บาท, LAK ",
        f"{r.uniform(580, 660):.2f}", ", KHR ", f"{r.uniform(110, 125):.2f}", ", USD ", f"{r.uniform(32, 36):.4f}",
        " ค่าธรรมเนียม 30 บาทต่อรายการ",
    ]


@T("insurance", neg=True, body=True)
def neg_translate_policy_terms(r: random.Random) -> list:
    return openai([("user", [
        "Translate to English: \"ผู้เอาประกันภัยต้องแจ้งเหตุภายใน ", str(r.choice([7, 15, 30])), " วัน บริษัทจะชดใช้ค่าสินไหม",
        "ทดแทนภายใน 15 วันนับแต่ได้รับเอกสารครบถ้วน ข้อยกเว้น: การฆ่าตัวตายภายใน 1 ปี สงคราม การจลาจล\""])],
        model=r.choice(MODELS_OAI))


@T("telecom", neg=True, body=True)
def neg_multiturn_roaming_question(r: random.Random) -> list:
    return openai([
        ("system", "You are a telecom sales assistant."),
        ("user", "How much is roaming in Japan?"),
        ("assistant", "Our Asia pass is 399 THB for 8 days with 6GB."),
        ("user", ["Does it work in ", r.choice(["Korea", "Taiwan", "Vietnam"]), " too, and can I share it with a tablet?"]),
    ], model=r.choice(MODELS_OAI))


@T("securities", neg=True)
def neg_commission_table(r: random.Random) -> list:
    return [
        "อธิบายตารางค่าธรรมเนียมซื้อขายหุ้นให้ลูกค้าใหม่: ผ่านอินเทอร์เน็ต ", f"{r.choice([0.075, 0.10, 0.15]):.3f}",
        "% ผ่านเจ้าหน้าที่ 0.25% ขั้นต่ำ 50 บาทต่อวัน บวกค่าธรรมเนียมตลาดหลักทรัพย์ 0.005% ค่ากำกับ 0.001% และ VAT 7%",
    ]


@T("logistics", neg=True)
def neg_route_plan_en(r: random.Random) -> list:
    return [
        "Optimise this route for one van (start/end at hub LKB):\nstop,zone,window,parcels\n",
        "".join(f"{i},{r.choice(['Bang Na', 'On Nut', 'Lat Krabang', 'Prawet', 'Suan Luang'])},{r.randint(9, 15)}:00-"
                f"{r.randint(16, 18)}:00,{r.randint(2, 30)}\n" for i in range(1, 6)),
    ]


@T("insurance", neg=True)
def neg_motor_repair_estimate(r: random.Random) -> list:
    return [
        "สรุปใบประเมินค่าซ่อม รถ ", r.choice(["Toyota Yaris Ativ", "Honda City", "Isuzu D-Max"]), " ปี ", str(r.randint(2018, 2024)),
        ": กันชนหน้า ", amount(r, 3000, 9000), " ไฟหน้าซ้าย ", amount(r, 4000, 12000), " ค่าแรงเคาะพ่นสี ",
        amount(r, 5000, 15000), " เคลมเลขที่ ", claim_no(r), " ประกันชั้น 1 ซ่อมอู่ในเครือ",
    ]


@T("fintech", neg=True, body=True)
def neg_fraud_rules_yaml(r: random.Random) -> list:
    return anthropic(None, [("user", [
        "Explain these fraud rules in plain English:\n",
        "- rule: velocity_topup\n  when: count(topup, 10m) > ", str(r.randint(3, 8)), "\n  action: step_up_otp\n",
        "- rule: new_device_high_value\n  when: device_age_h < 24 and amount > ", str(r.choice([20000, 30000, 50000])),
        "\n  action: hold_24h\n"])], model=r.choice(MODELS_ANT))


# ==============================================================================================
# Build, check, write
# ==============================================================================================
_THAI = re.compile(r"[\u0e00-\u0e7f]|\\u0e[0-7][0-9a-fA-F]")


def english_only(text: str) -> bool:
    return not _THAI.search(text)


def build_rows() -> list[dict]:
    rows: list[dict] = []
    for t in TEMPLATES:
        for i in range(PROMPTS_PER_TEMPLATE):
            r = random.Random(f"{SEED}:{t.name}:{i}")
            text, ents = assemble(t.fn(r))
            if t.negative != (not ents):
                raise AssertionError(f"{t.name}: negative={t.negative} but {len(ents)} entities")
            if t.body:
                try:
                    json.loads(text)
                except ValueError as exc:
                    raise AssertionError(f"{t.name}: body is not JSON: {exc}\n{text}") from exc
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
        row["id"] = f"f16-{n:04d}"
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
        negatives = sum(r["negative"] for r in rows)
        bodies = {t.name for t in TEMPLATES if t.body}
        n_body = sum(r["template"] in bodies for r in rows)
        n_en = sum(english_only(r["text"]) for r in rows)
        n_esc = sum("\\u0e" in r["text"] for r in rows)
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={negatives} ({negatives / len(rows):.1%}) "
              f"json_bodies={n_body} ({n_body / len(rows):.1%}) escaped_thai={n_esc} "
              f"english_only={n_en} ({n_en / len(rows):.1%})")
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
            print(f"{args.out} is stale: rerun bench/make_freshset16.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
