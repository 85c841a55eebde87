"""Twenty-third blind held-out set for pdpa-guard: bench/freshset23.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md, the interface of tests/test_freshsets.py and the file format of bench/make_freshset10.py only.
Emphasis: energy and utilities (electricity, water, gas bills, meter disputes), travel and hospitality
(hotels, airlines, tour operators, visa agents, travel insurance claims), real estate and property
management, automotive (dealers, leasing, repair shops, traffic accidents, insurance surveys) and
agriculture and cooperatives (BAAC loans, farmer registries, cooperative members). Prompts are LINE
chats, e-mails, OCR'd forms, spreadsheets pasted as text, call-centre summaries, booking-system JSON and
staff prompts asking an LLM to draft replies; about a quarter are English only (foreign guests, expats,
foreign buyers). Negatives are the same domains without personal data: tariff tables, promotion copy,
meter-reading logs, hotel policies, fare rules, listings, spec sheets, crop prices, holiday notices,
news about public figures, articles on health, religion, elections and unions.

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file.

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, ลุง,
Mr, Dr ...); ADDRESS is one span from the house number to the postcode (or province); DATE_OF_BIRTH is
the date only; cued numbers (HN, student ID, account ...) are the number only; a plate includes the
province written right after it; s.26 spans are the shortest phrase disclosing the fact about the person.
Role mailboxes (info@, reservations@, support@ ...) are not personal data and are left unlabelled;
customer numbers outside the catalogue (electricity CA numbers, booking references, VINs, land deed
numbers) are left unlabelled too. Public figures in news are not labelled.

    python bench/make_freshset23.py            # (re)write bench/freshset23.jsonl
    python bench/make_freshset23.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset23.py --stats    # print coverage
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

OUT = Path(__file__).resolve().parent / "freshset23.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset23"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_MALE = [
    "ประยูร", "สมบัติ", "วีรยุทธ", "ชาญวิทย์", "อดิศักดิ์", "ธนวัฒน์", "เกรียงไกร", "บุญส่ง", "สุริยา", "ทองสุข",
    "จักรพันธ์", "ณรงค์ศักดิ์", "พีรพล", "ปกรณ์", "วิชัย", "สมพงษ์", "อนันต์", "ธีระ", "คมสัน", "ศักดิ์ดา",
    "เฉลิมชัย", "ภูมิพัฒน์", "กฤตภาส", "ชยพล", "ไชยา", "บุญเลิศ", "สุพจน์", "วันชัย", "อำนาจ", "ทวีศักดิ์",
]
TH_FEMALE = [
    "มาลัย", "สุนิสา", "ปราณี", "อรวรรณ", "ศิริพร", "วาสนา", "นงลักษณ์", "จารุวรรณ", "ทองพูน", "บุษบา",
    "กัญญารัตน์", "พัชรี", "รุ่งทิวา", "ณิชาภัทร", "เพ็ญศรี", "สมพร", "ลัดดาวัลย์", "อัมพร", "ประไพ", "ธิดารัตน์",
    "ชุติมา", "แสงเดือน", "คำแพง", "บัวลอง", "เยาวลักษณ์", "พิมพ์ลดา", "สุดารัตน์", "นันทนา",
]
TH_SURNAMES = [
    "ศรีสุข", "แก้วประเสริฐ", "บุญมาก", "ทองคำ", "พรหมวงศ์", "จันทร์หอม", "สุวรรณรัตน์", "เพชรรุ่ง", "อินทร์แก้ว",
    "ชัยมงคล", "วงศ์ใหญ่", "ศรีวิไล", "นาคสวัสดิ์", "ปัญญาดี", "มีสุข", "คำภา", "ภูผาทอง", "ดวงแก้ว", "สิทธิโชค",
    "รัตนพันธ์", "บุตรดี", "พลอยงาม", "แสนคำ", "โพธิ์ทอง", "เรืองศรี", "หอมจันทร์", "ไชยสิทธิ์", "กองแก้ว",
    "ธนสารสมบัติ", "เจริญผล", "อุ่นเรือน", "ศรีบุญเรือง",
]
TH_NICKS = ["แบงค์", "ฝน", "ต้น", "เมย์", "บอล", "แพร", "โอ๊ต", "นุ่น", "ปุ๊", "เก่ง", "จ๋า", "กอล์ฟ", "ปลา",
            "เอก", "หนิง", "ตั้ม", "อ้อม", "เจ", "ดาว", "มุก"]
ROM_GIVEN = ["Prayoon", "Sombat", "Weerayut", "Adisak", "Thanawat", "Kriangkrai", "Suriya", "Pakorn", "Wichai",
             "Anan", "Malai", "Sunisa", "Pranee", "Orawan", "Siriporn", "Wassana", "Jaruwan", "Kanyarat",
             "Patcharee", "Chutima", "Nanthana", "Sudarat", "Pimlada", "Teerasak"]
ROM_SUR = ["Srisuk", "Kaewprasert", "Boonmak", "Thongkham", "Promwong", "Chanhom", "Suwannarat", "Petchrung",
           "Inkaew", "Chaimongkol", "Wongyai", "Nakswat", "Panyadee", "Meesuk", "Phuphathong", "Duangkaew",
           "Sittichok", "Rattanaphan", "Saenkham", "Phothong", "Chaiyasit", "Charoenphon"]
# The same person written in Thai and in the passport's romanisation: (thai, roman, female)
TH_ROM_PAIRS = [
    ("วีรยุทธ ศรีสุข", "Weerayut Srisuk", False), ("อดิศักดิ์ แก้วประเสริฐ", "Adisak Kaewprasert", False),
    ("ธนวัฒน์ บุญมาก", "Thanawat Boonmak", False), ("สุริยา ทองคำ", "Suriya Thongkham", False),
    ("ปกรณ์ พรหมวงศ์", "Pakorn Promwong", False), ("วิชัย ชัยมงคล", "Wichai Chaimongkol", False),
    ("มาลัย จันทร์หอม", "Malai Chanhom", True), ("สุนิสา สุวรรณรัตน์", "Sunisa Suwannarat", True),
    ("ศิริพร เพชรรุ่ง", "Siriporn Petchrung", True), ("จารุวรรณ อินทร์แก้ว", "Jaruwan Inkaew", True),
    ("ชุติมา ชัยมงคล", "Chutima Chaimongkol", True), ("กัญญารัตน์ ภูผาทอง", "Kanyarat Phuphathong", True),
]
# (name, nationality adjective, passport style, phone country)
FOREIGNERS = [
    ("Daniel Hartley", "British", None, "GB"), ("Sophie Laurent", "French", "FR", "FR"),
    ("Markus Weber", "German", "DE", "DE"), ("Hiroshi Tanaka", "Japanese", "JP", "JP"),
    ("Yuki Matsumoto", "Japanese", "JP", "JP"), ("Kim Min-jun", "Korean", "KR", "KR"),
    ("Park Ji-woo", "Korean", "KR", "KR"), ("Rajesh Kumar", "Indian", "IN", "IN"),
    ("Priya Nair", "Indian", "IN", "IN"), ("Olga Petrova", "Russian", "RU", "RU"),
    ("Dmitry Volkov", "Russian", "RU", "RU"), ("Chen Yuting", "Chinese", "CN", "CN"),
    ("Wang Lei", "Chinese", "CN", "CN"), ("Liam O'Brien", "Irish", "IE", "GB"),
    ("Emily Carter", "Australian", "AU", "AU"), ("Lars Johansson", "Swedish", "SE", "DE"),
    ("Isabella Romano", "Italian", "IT", "FR"), ("Noah Fischer", "Swiss", "CH", "DE"),
    ("Ahmad Faiz bin Rahman", "Malaysian", "MY", "MY"), ("Nur Aisyah binti Hassan", "Malaysian", "MY", "MY"),
    ("Michael Brennan", "American", "US", "US"), ("Grace Holloway", "American", "US", "US"),
    ("Arjun Mehta", "Indian", "IN", "IN"), ("Tan Wei Ming", "Singaporean", "SG", "SG"),
]
FEMALE_FOREIGNERS = {"Sophie Laurent", "Yuki Matsumoto", "Park Ji-woo", "Priya Nair", "Olga Petrova", "Chen Yuting",
                     "Emily Carter", "Isabella Romano", "Nur Aisyah binti Hassan", "Grace Holloway"}
STAFF_TH = ["ปาริชาติ สายบุญ", "กิตติศักดิ์ ยอดดี", "วรรณา ทองประเสริฐ", "สมเกียรติ แก้วมณี", "อุบลรัตน์ พึ่งบุญ",
            "ธีรวัฒน์ บุญญาสิทธิ์", "จิราภา ศรีเมือง", "นพดล ใจซื่อ"]


@dataclass(frozen=True)
class ThaiName:
    given: str
    sur: str
    female: bool

    @property
    def full(self) -> str:
        return f"{self.given} {self.sur}"

    def title(self, r: random.Random, short: bool = True) -> str:
        if not self.female:
            return "นาย"
        if short:
            return r.choice(["น.ส.", "นาง", "นางสาว"])
        return r.choice(["นางสาว", "นาง"])


def thai(r: random.Random, female: bool | None = None) -> ThaiName:
    if female is None:
        female = r.random() < 0.5
    return ThaiName(r.choice(TH_FEMALE if female else TH_MALE), r.choice(TH_SURNAMES), female)


def thn(r: random.Random, female: bool | None = None) -> str:
    return thai(r, female).full


def rom(r: random.Random) -> str:
    return f"{r.choice(ROM_GIVEN)} {r.choice(ROM_SUR)}"


def foreigner(r: random.Random, need_passport: bool = False) -> tuple[str, str, str | None, str]:
    pool = [f for f in FOREIGNERS if f[2]] if need_passport else FOREIGNERS
    return r.choice(pool)


def nick(r: random.Random) -> str:
    return r.choice(TH_NICKS)


# ----------------------------------------------------------------------------------------------
# Value generators (all fabricated, all valid where a checksum exists)
# ----------------------------------------------------------------------------------------------
def _pin13(r: random.Random, first: str | None = None) -> str:
    body = (first or str(r.randint(1, 8))) + "".join(str(r.randint(0, 9)) for _ in range(11))
    return body + pin.calc_check_digit(body)


def nid(r: random.Random, style: str | None = None, first: str | None = None) -> str:
    d = _pin13(r, first)
    style = style or r.choice(["dash", "plain", "space", "dash"])
    if style == "dash":
        return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"
    if style == "space":
        return f"{d[0]} {d[1:5]} {d[5:10]} {d[10:12]} {d[12]}"
    return d


def juristic(r: random.Random, style: str | None = None, kind: str | None = None) -> str:
    kind = kind or r.choice(["105", "105", "135", "107", "205", "993"])
    body = "0" + kind[:2] + kind[2] + str(r.randint(530, 567)) + "".join(str(r.randint(0, 9)) for _ in range(5))
    if kind == "993":
        body = "0993" + "".join(str(r.randint(0, 9)) for _ in range(8))
    d = body + moa.calc_check_digit(body)
    assert moa.is_valid(d)
    style = style or r.choice(["plain", "dash", "plain"])
    if style == "dash":
        return f"{d[0]}-{d[1:3]}-{d[3]}-{d[4:7]}-{d[7:12]}-{d[12]}"
    return d


def epoch_ms(r: random.Random, lo: int = 1_700_000_000_000, hi: int = 1_860_000_000_000) -> str:
    """A millisecond timestamp that happens to pass the Thai national-ID checksum."""
    while True:
        v = str(r.randint(lo, hi))
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


def _luhn_complete(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card(r: random.Random, style: str | None = None) -> str:
    kind = r.choice(["visa", "visa", "mc", "jcb", "amex"])
    if kind == "amex":
        d = _luhn_complete(r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(12)))
        return f"{d[:4]} {d[4:10]} {d[10:]}" if (style or r.choice(["sp", "plain"])) == "sp" else d
    prefix = {"visa": "4" + str(r.randint(0, 9)), "mc": "5" + str(r.randint(1, 5)), "jcb": "35"}[kind]
    d = _luhn_complete(prefix + "".join(str(r.randint(0, 9)) for _ in range(13)))
    style = style or r.choice(["sp", "dash", "plain", "sp"])
    if style == "sp":
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    if style == "dash":
        return "-".join(d[i:i + 4] for i in range(0, 16, 4))
    return d


def _valid_phone(v: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, "TH"))
    except phonenumbers.NumberParseException:
        return False


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def mobile(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["dash", "plain", "space", "intl", "dash", "intl_plain"])
    while True:
        d = "0" + r.choice("6889") + str(r.randint(1, 9)) + _digits(r, 7)
        v = {"dash": f"{d[:3]}-{d[3:6]}-{d[6:]}", "plain": d, "space": f"{d[:3]} {d[3:6]} {d[6:]}",
             "intl": f"+66 {d[1:3]} {d[3:6]} {d[6:]}", "intl_plain": "+66" + d[1:]}[style]
        if _valid_phone(v):
            return v


def landline(r: random.Random) -> str:
    while True:
        if r.random() < 0.5:
            v = f"02-{r.randint(2, 9)}{_digits(r, 2)}-{_digits(r, 4)}"
        else:
            v = f"0{r.choice(['53', '43', '44', '38', '76', '74', '42', '45', '55', '77'])}-{r.randint(2, 9)}{_digits(r, 2)}-{_digits(r, 3)}"
        if _valid_phone(v):
            return v


_FOREIGN_PHONE = {
    "GB": lambda r: f"+44 7{r.randint(4, 9)}{_digits(r, 2)} {_digits(r, 6)}",
    "FR": lambda r: f"+33 6 {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
    "DE": lambda r: f"+49 15{r.randint(1, 2)} {_digits(r, 8)}",
    "JP": lambda r: f"+81 90-{_digits(r, 4)}-{_digits(r, 4)}",
    "KR": lambda r: f"+82 10-{_digits(r, 4)}-{_digits(r, 4)}",
    "IN": lambda r: f"+91 9{_digits(r, 4)} {_digits(r, 5)}",
    "RU": lambda r: f"+7 9{_digits(r, 2)} {_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 2)}",
    "CN": lambda r: f"+86 13{r.randint(0, 9)} {_digits(r, 4)} {_digits(r, 4)}",
    "AU": lambda r: f"+61 4{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}",
    "MY": lambda r: f"+60 1{r.randint(2, 9)}-{_digits(r, 3)} {_digits(r, 4)}",
    "US": lambda r: f"+1 ({r.randint(2, 9)}{_digits(r, 2)}) {r.randint(2, 9)}{_digits(r, 2)}-{_digits(r, 4)}",
    "SG": lambda r: f"+65 9{_digits(r, 3)} {_digits(r, 4)}",
}


def fphone(r: random.Random, country: str) -> str:
    while True:
        v = _FOREIGN_PHONE[country](r)
        if _valid_phone(v):
            return v


FREE_MAIL = ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.co.th"]


def email(r: random.Random, name: str | None = None, domain: str | None = None) -> str:
    if name is None:
        name = rom(r)
    parts = [re.sub(r"[^a-z]", "", p.lower()) for p in name.split()]
    parts = [p for p in parts if p] or ["user"]
    style = r.choice(["dot", "first_num", "initial", "under"])
    if style == "dot":
        local = f"{parts[0]}.{parts[-1]}"
    elif style == "first_num":
        local = f"{parts[0]}{r.randint(1, 99)}"
    elif style == "initial":
        local = f"{parts[0][0]}{parts[-1]}{r.randint(10, 99)}"
    else:
        local = f"{parts[0]}_{parts[-1][:4]}"
    return f"{local}@{domain or r.choice(FREE_MAIL)}"


def ipv4(r: random.Random) -> str:
    while True:
        v = ipaddress.IPv4Address(r.randint(0x0B000000, 0xDF000000))
        if v.is_global:
            return str(v)


def ipv6(r: random.Random) -> str:
    head = r.choice(["2405:9800", "2403:6200", "2001:fb1", "2001:44c8"])
    return head + ":" + ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(6))


def ip(r: random.Random) -> str:
    return ipv6(r) if r.random() < 0.2 else ipv4(r)


def passport(r: random.Random, kind: str | None = "TH") -> str:
    kind = kind or "TH"
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == "TH":
        return r.choice(["A", "AA", "AB", "AC", "AD"]) + _digits(r, 7)
    if kind == "CN":
        return "E" + _digits(r, 8)
    if kind == "JP":
        return r.choice(["TK", "TR", "MZ", "TZ"]) + _digits(r, 7)
    if kind == "KR":
        return "M" + _digits(r, 8)
    if kind == "IN":
        return r.choice(up) + _digits(r, 7)
    if kind == "US":
        return r.choice(up) + _digits(r, 8)
    if kind in ("AU", "IE"):
        return r.choice(["PA", "PB", "PE", "N"]) + _digits(r, 7)
    if kind == "MY":
        return r.choice(["A", "H"]) + _digits(r, 8)
    if kind == "SG":
        return "K" + _digits(r, 7)
    return r.choice(up) + r.choice(up) + _digits(r, 7)


def bank_acct(r: random.Random, baac: bool = False, style: str | None = None) -> str:
    if baac:
        d = "0" + str(r.randint(1, 9)) + _digits(r, 10)
        style = style or r.choice(["dash", "plain", "space"])
        if style == "dash":
            return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9:]}"
        if style == "space":
            return f"{d[:4]} {d[4:8]} {d[8:]}"
        return d
    d = _digits(r, 3) + str(r.randint(0, 9)) + _digits(r, 6)
    style = style or r.choice(["dash", "plain", "dash"])
    if style == "dash":
        return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"
    return d


BANKS_TH = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีฯ", "ทีทีบี", "ออมสิน"]
BANKS_EN = ["Kasikornbank", "SCB", "Bangkok Bank", "Krungthai", "Krungsri", "ttb"]
PLATE_LETTERS = ["กข", "ขก", "กท", "งจ", "ฒร", "ชล", "บค", "ผพ", "ฆฆ", "ศศ", "ภค", "วย", "นม", "กษ", "ฉท"]
PROVINCES = ["กรุงเทพมหานคร", "เชียงใหม่", "ขอนแก่น", "ชลบุรี", "ภูเก็ต", "นครราชสีมา", "สุราษฎร์ธานี",
             "อุดรธานี", "ระยอง", "นนทบุรี", "สงขลา", "เชียงราย", "พิษณุโลก", "นครปฐม", "ลำปาง", "สุพรรณบุรี"]


def plate(r: random.Random, province: str | None = None) -> str:
    prov = province or r.choice(PROVINCES)
    letters = r.choice(PLATE_LETTERS)
    num = str(r.randint(1, 9999))
    style = r.choice(["digit", "plain", "dash", "digit"])
    if style == "digit":
        return f"{r.randint(1, 9)}{letters} {num} {prov}"
    if style == "dash":
        return f"{letters}-{num} {prov}"
    return f"{letters} {num} {prov}"


# (tambon, amphoe, province, postcode) outside Bangkok, and (khwaeng, khet, postcode) inside
AREAS_PROV = [
    ("ท่าศาลา", "เมืองเชียงใหม่", "เชียงใหม่", "50000"), ("ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    ("หนองปรือ", "บางละมุง", "ชลบุรี", "20150"), ("ราไวย์", "เมืองภูเก็ต", "ภูเก็ต", "83130"),
    ("โพธิ์กลาง", "เมืองนครราชสีมา", "นครราชสีมา", "30000"), ("บ่อผุด", "เกาะสมุย", "สุราษฎร์ธานี", "84320"),
    ("หนองบัว", "เมืองอุดรธานี", "อุดรธานี", "41000"), ("บ้านค่าย", "บ้านค่าย", "ระยอง", "21120"),
    ("แม่สลองนอก", "แม่ฟ้าหลวง", "เชียงราย", "57110"), ("ดอนเจดีย์", "ดอนเจดีย์", "สุพรรณบุรี", "72170"),
    ("คอหงส์", "หาดใหญ่", "สงขลา", "90110"), ("บ้านกลาง", "สันป่าตอง", "เชียงใหม่", "50120"),
    ("โนนสะอาด", "ชุมแพ", "ขอนแก่น", "40130"), ("ทุ่งลูกนก", "กำแพงแสน", "นครปฐม", "73140"),
]
AREAS_BKK = [("ห้วยขวาง", "ห้วยขวาง", "10310"), ("คลองตันเหนือ", "วัฒนา", "10110"), ("บางจาก", "พระโขนง", "10260"),
             ("ลาดยาว", "จตุจักร", "10900"), ("บางนาใต้", "บางนา", "10260"), ("สีกัน", "ดอนเมือง", "10210"),
             ("บางกะปิ", "ห้วยขวาง", "10310"), ("ทุ่งวัดดอน", "สาทร", "10120")]
STREETS_BKK = ["ซอยลาดพร้าว 101", "ซ.สุขุมวิท 71", "ถนนรัชดาภิเษก", "ซอยประชาราษฎร์บำเพ็ญ 12", "ถ.พระราม 9",
               "ซอยอ่อนนุช 44", "ถนนวิภาวดีรังสิต", "ซ.จันทน์ 18"]
ADDR_EN = [
    ("Soi Sukhumvit 39", "Khlong Tan Nuea, Watthana, Bangkok", "10110"),
    ("Moo 3, Tambon Rawai", "Amphoe Mueang Phuket, Phuket", "83130"),
    ("Soi Nimmanhaemin 13", "Suthep, Mueang Chiang Mai, Chiang Mai", "50200"),
    ("Moo 5, Tambon Bo Phut", "Koh Samui, Surat Thani", "84320"),
    ("Soi Pratumnak 4", "Nong Prue, Bang Lamung, Chonburi", "20150"),
    ("Sathorn Soi 1", "Thung Maha Mek, Sathon, Bangkok", "10120"),
    ("Moo 7, Tambon Choeng Thale", "Thalang, Phuket", "83110"),
    ("Soi Ari 4", "Samsen Nai, Phaya Thai, Bangkok", "10400"),
]


def house(r: random.Random) -> str:
    n = str(r.randint(1, 399))
    return n + (f"/{r.randint(1, 250)}" if r.random() < 0.6 else "")


def addr(r: random.Random, bkk: bool | None = None, en: bool = False) -> str:
    if en:
        street, area, pc = r.choice(ADDR_EN)
        return f"{house(r)} {street}, {area} {pc}"
    if bkk is None:
        bkk = r.random() < 0.4
    if bkk:
        kh, khet, pc = r.choice(AREAS_BKK)
        return f"{house(r)} {r.choice(STREETS_BKK)} แขวง{kh} เขต{khet} กรุงเทพฯ {pc}"
    tb, am, pv, pc = r.choice(AREAS_PROV)
    if r.random() < 0.5:
        return f"{house(r)} หมู่ {r.randint(1, 14)} ต.{tb} อ.{am} จ.{pv} {pc}"
    return f"{house(r)} หมู่ที่ {r.randint(1, 14)} ตำบล{tb} อำเภอ{am} จังหวัด{pv} {pc}"


def village_addr(r: random.Random) -> str:
    tb, am, pv, pc = r.choice(AREAS_PROV)
    return f"{r.randint(1, 240)} ม.{r.randint(1, 15)} ต.{tb} อ.{am} จ.{pv} {pc}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]


def dob(r: random.Random, style: str | None = None, lo: int = 1955, hi: int = 2004) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["th_long", "th_short", "slash_be", "iso", "en", "en_short"])
    if style == "th_long":
        return f"{d} {TH_MONTHS[m - 1]} {y + 543}"
    if style == "th_short":
        return f"{d} {TH_MON[m - 1]} {(y + 543) % 100 if r.random() < 0.3 else y + 543}"
    if style == "slash_be":
        return f"{d:02d}/{m:02d}/{y + 543}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "en":
        return f"{d} {EN_MONTH[m - 1]} {y}"
    if style == "slash_ce":
        return f"{d:02d}/{m:02d}/{y}"
    return f"{d:02d}-{EN_MON[m - 1]}-{y}"


def student_id(r: random.Random) -> str:
    y = r.choice(["64", "65", "66", "67", "68"])
    style = r.choice(["plain10", "plain8", "dash", "letter"])
    if style == "plain10":
        return y + _digits(r, 8)
    if style == "plain8":
        return y + _digits(r, 6)
    if style == "dash":
        return f"{y}-{_digits(r, 3)}-{_digits(r, 4)}"
    return "B" + y + _digits(r, 5)


def hn(r: random.Random) -> str:
    style = r.choice(["plain", "slash", "dash", "lead0"])
    if style == "plain":
        return str(r.randint(1, 9)) + _digits(r, 6)
    if style == "slash":
        return f"{r.randint(10000, 99999)}/{r.choice(['66', '67', '68'])}"
    if style == "dash":
        return f"{r.choice(['66', '67', '68'])}-{_digits(r, 6)}"
    return "0" + _digits(r, 7)


def line_id(r: random.Random, base: str | None = None) -> str:
    stems = ["noi", "pui", "jaa", "bank", "fon", "tonkla", "farmer", "kaew", "ploy", "golf", "toon", "sao",
             "somsak", "mali", "aoy", "bee", "nok", "praew"]
    stem = base or r.choice(stems)
    sep = r.choice([".", "_", "", "-"])
    tail = r.choice([str(r.randint(1, 99)), str(r.randint(2520, 2548)), r.choice(["bkk", "cm", "kk", "th"])])
    v = f"{stem}{sep}{tail}".lower()
    assert re.fullmatch(r"[a-z0-9._-]{3,20}", v), v
    return v


def money(r: random.Random, lo: int = 200, hi: int = 60000) -> str:
    return f"{r.randint(lo, hi):,}"


def ca_number(r: random.Random) -> str:
    """An electricity customer account (CA) number: not a catalogue entity, left unlabelled."""
    return "02" + _digits(r, 10)


def booking_ref(r: random.Random) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def vin(r: random.Random) -> str:
    return r.choice(["MR0", "MNT", "MMA", "JHM", "LVS"]) + "".join(
        r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))


def clock(r: random.Random) -> str:
    return f"{r.randint(7, 21):02d}:{r.choice(['00', '05', '12', '18', '25', '30', '41', '47', '55'])}"


def clocks(r: random.Random, n: int) -> list[str]:
    """n increasing chat timestamps (HH:MM) within one conversation."""
    start = r.randint(8 * 60, 19 * 60)
    out, t = [], start
    for _ in range(n):
        out.append(f"{t // 60:02d}:{t % 60:02d}")
        t += r.randint(0, 6)
    return out


def day_th(r: random.Random) -> str:
    return f"{r.randint(1, 28)} {r.choice(TH_MON)} {r.choice(['68', '69', '2568', '2569'])}"


def day_en(r: random.Random) -> str:
    return f"{r.randint(1, 28)} {r.choice(EN_MON)} {r.choice(['2025', '2026'])}"


# ----------------------------------------------------------------------------------------------
# Validity of labelled values
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
        return not re.search(r"\d|^(นาย|นาง|น\.ส\.|คุณ|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) ", span)
    return entity_type in ENTITY_TYPES


# ----------------------------------------------------------------------------------------------
# Template plumbing
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


# Short constructors for labelled parts
def P(v: str) -> tuple[str, str]: return ("PERSON", v)
def PH(v: str) -> tuple[str, str]: return ("PHONE_NUMBER", v)
def EM(v: str) -> tuple[str, str]: return ("EMAIL_ADDRESS", v)
def CC(v: str) -> tuple[str, str]: return ("CREDIT_CARD", v)
def IPA(v: str) -> tuple[str, str]: return ("IP_ADDRESS", v)
def NID(v: str) -> tuple[str, str]: return ("TH_NATIONAL_ID", v)
def PP(v: str) -> tuple[str, str]: return ("TH_PASSPORT", v)
def BA(v: str) -> tuple[str, str]: return ("TH_BANK_ACCOUNT", v)
def PL(v: str) -> tuple[str, str]: return ("TH_VEHICLE_PLATE", v)
def AD(v: str) -> tuple[str, str]: return ("ADDRESS", v)
def DOB(v: str) -> tuple[str, str]: return ("DATE_OF_BIRTH", v)
def SID(v: str) -> tuple[str, str]: return ("STUDENT_ID", v)
def MRN(v: str) -> tuple[str, str]: return ("MEDICAL_RECORD_NUMBER", v)
def LID(v: str) -> tuple[str, str]: return ("LINE_ID", v)
def JUR(v: str) -> tuple[str, str]: return ("TH_JURISTIC_ID", v)
def HL(v: str) -> tuple[str, str]: return ("HEALTH_DATA", v)
def RL(v: str) -> tuple[str, str]: return ("RELIGION", v)
def ET(v: str) -> tuple[str, str]: return ("ETHNICITY", v)
def PO(v: str) -> tuple[str, str]: return ("POLITICAL_OPINION", v)
def CR(v: str) -> tuple[str, str]: return ("CRIMINAL_RECORD", v)
def SX(v: str) -> tuple[str, str]: return ("SEXUAL_BEHAVIOUR", v)
def DS(v: str) -> tuple[str, str]: return ("DISABILITY", v)
def TU(v: str) -> tuple[str, str]: return ("TRADE_UNION", v)
def GN(v: str) -> tuple[str, str]: return ("GENETIC_DATA", v)
def BM(v: str) -> tuple[str, str]: return ("BIOMETRIC_DATA", v)


def jstr(v: str) -> str:
    """A value as it appears inside a JSON string literal (the prompt text is the JSON itself)."""
    return json.dumps(v, ensure_ascii=False)[1:-1]


# ----------------------------------------------------------------------------------------------
# s.26 vocabulary (phrases stated of a person; the labelled span is the phrase itself)
# ----------------------------------------------------------------------------------------------
HOME_MEDICAL_TH = ["ใช้เครื่องผลิตออกซิเจนที่บ้านตลอด 24 ชั่วโมง", "ต้องใช้เครื่องช่วยหายใจที่บ้าน",
                   "ฟอกไตทางช่องท้องที่บ้านทุกวัน", "เป็นผู้ป่วยติดเตียงหลังเส้นเลือดในสมองแตก",
                   "ใช้เครื่องดูดเสมหะไฟฟ้าหลังผ่าตัดเจาะคอ"]
TRAVEL_DX_EN = ["acute appendicitis", "a fractured left wrist", "dengue fever", "a ruptured Achilles tendon",
                "food poisoning with severe dehydration", "a mild stroke", "pneumonia"]
TRAVEL_DX_TH = ["ไส้ติ่งอักเสบเฉียบพลัน", "กระดูกข้อมือซ้ายหัก", "ไข้เลือดออก", "ปอดอักเสบ",
                "อาหารเป็นพิษรุนแรง", "เอ็นร้อยหวายฉีกขาด", "กล้ามเนื้อหัวใจขาดเลือด"]
ACCIDENT_INJ_TH = ["กระดูกต้นขาขวาหัก", "ซี่โครงหัก 2 ซี่", "เลือดออกในสมองเล็กน้อย", "ม้ามแตกต้องผ่าตัด",
                   "แผลฉีกขาดที่ศีรษะเย็บ 12 เข็ม", "กระดูกไหปลาร้าหัก"]
CHRONIC_TH = ["เป็นเบาหวาน", "เป็นความดันสูง", "เป็นโรคหัวใจ", "เป็นโรคลมชัก", "เป็นหอบหืด",
              "เป็นโรคไตเรื้อรังระยะที่ 4", "เป็นมะเร็งลำไส้ใหญ่กำลังให้คีโม", "เป็นซึมเศร้า ทานยาอยู่"]
CHRONIC_EN = ["type 1 diabetes", "asthma", "epilepsy", "a heart condition", "severe peanut allergy",
              "high blood pressure", "COPD", "early-stage Parkinson's disease"]
DISAB_TH = ["นั่งรถเข็น", "ตาบอดสนิททั้งสองข้าง", "หูหนวก", "ขาขาดข้างขวาใส่ขาเทียม", "เป็นอัมพาตครึ่งล่าง",
            "มีบัตรคนพิการประเภทการเคลื่อนไหว", "สายตาเลือนราง", "เป็นออทิสติก"]
DISAB_EN = ["uses a wheelchair", "is blind", "is deaf", "is a below-knee amputee", "is paraplegic",
            "has low vision", "is hard of hearing and lip-reads"]
ETHNIC_TH = ["ชาวม้ง", "ชาวกะเหรี่ยง", "ชาวอาข่า", "ชาวลาหู่", "ชาวไทใหญ่", "ชาวลีซู", "ชาวมอญ",
             "ชาวเมี่ยน", "ชาวมลายู", "ชาวกูย"]
UNION_TH = ["เป็นสมาชิกสหภาพแรงงานรัฐวิสาหกิจการไฟฟ้าส่วนภูมิภาค", "เป็นกรรมการสหภาพแรงงาน",
            "เป็นสมาชิกสหภาพแรงงาน", "สมัครเป็นสมาชิกสหภาพฯ", "เป็นแกนนำสหภาพแรงงาน"]


# ==============================================================================================
# Energy and utilities
# ==============================================================================================
@T("energy")
def ut_line_bill_dispute(r: random.Random) -> list:
    n = thai(r, True)
    bill, normal = money(r, 3000, 9000), money(r, 700, 1500)
    c = clocks(r, 5)
    return [
        "สรุปแชท LINE OA การไฟฟ้าให้หน่อย แล้วร่างข้อความตอบกลับแบบสุภาพ\n\n",
        f"[{c[0]}] ลูกค้า: สวัสดีค่ะ บิลค่าไฟเดือนนี้ {bill} บาท ปกติจ่ายไม่เกิน {normal} มิเตอร์น่าจะเสียหรือเปล่าคะ\n",
        f"[{c[1]}] แอดมิน: ขออนุญาตขอหมายเลขผู้ใช้ไฟฟ้า ชื่อผู้ใช้ไฟ และเบอร์ติดต่อกลับค่ะ\n",
        f"[{c[2]}] ลูกค้า: CA {ca_number(r)} ชื่อ{n.title(r)} ", P(n.full), " เบอร์ ", PH(mobile(r)), "\n",
        f"[{c[3]}] ลูกค้า: บ้านอยู่ ", AD(addr(r, bkk=False)), " ค่ะ ช่วงนี้ไม่ได้อยู่บ้านด้วยซ้ำ\n",
        f"[{c[4]}] แอดมิน: รับเรื่องแล้วค่ะ จะให้ช่างเข้าตรวจสอบมิเตอร์ภายใน 3 วันทำการ",
    ]


@T("energy")
def ut_water_refund_email(r: random.Random) -> list:
    n = thai(r)
    bank = r.choice(BANKS_TH)
    return [
        "เรื่อง: ขอคืนเงินค่าน้ำประปาที่ชำระซ้ำ\n"
        "เรียน เจ้าหน้าที่การประปาส่วนภูมิภาค สาขา", r.choice(["บางละมุง", "หาดใหญ่", "ขอนแก่น", "สันป่าตอง"]), "\n\n"
        f"ข้าพเจ้า {n.title(r)}", P(n.full), " เลขประจำตัวประชาชน ", NID(nid(r)),
        f" ผู้ใช้น้ำเลขที่ {r.randint(1000000, 9999999)} ได้ชำระค่าน้ำรอบบิลเดือน{r.choice(TH_MONTHS)}ซ้ำสองครั้ง "
        f"ทั้งผ่านแอปและที่เคาน์เตอร์ รวม {money(r, 300, 1800)} บาท จึงขอให้โอนคืนเข้าบัญชีธนาคาร{bank} "
        "เลขที่ ", BA(bank_acct(r)), " ชื่อบัญชี ", P(n.full), "\n\n"
        "ติดต่อกลับได้ที่ ", EM(email(r, rom(r))), " ครับ/ค่ะ\n\n"
        "---\nช่วยตรวจภาษาและจัดรูปแบบอีเมลนี้ให้เป็นทางการขึ้น",
    ]


@T("energy")
def ut_callcentre_priority_patient(r: random.Random) -> list:
    caller, patient = thai(r, True), thai(r)
    kin = r.choice(["พ่อ", "แม่", "สามี", "ยาย"])
    return [
        "Call summary (1129) — ขอให้ AI จัดหมวดหมู่และกำหนดความเร่งด่วน\n",
        f"ผู้โทร: {caller.title(r)}", P(caller.full), " โทรกลับ ", PH(mobile(r)), "\n",
        "สถานที่ใช้ไฟ: ", AD(addr(r)), "\n",
        f"รายละเอียด: ผู้โทรแจ้งว่า{kin} (", P(patient.full), ") ", HL(r.choice(HOME_MEDICAL_TH)),
        " และ", DS(r.choice(["นั่งรถเข็นออกจากบ้านไม่ได้", "เป็นอัมพาตครึ่งซีก", "ช่วยเหลือตัวเองไม่ได้"])),
        f" ขอให้แจ้งล่วงหน้าก่อนดับไฟตามแผนบำรุงรักษาวันที่ {day_th(r)} และขอขึ้นทะเบียนผู้ใช้ไฟกลุ่มเปราะบาง\n",
        "สถานะ: รอส่งต่อแผนกบริการลูกค้า",
    ]


@T("energy")
def ut_gas_leak_expat_en(r: random.Random) -> list:
    name, _nat, _, cc = foreigner(r)
    return [
        "Draft a calm, apologetic reply to this customer and list the safety steps we should tell him/her.\n\n",
        "From: ", P(name), " <", EM(email(r, name)), ">\n",
        "Subject: Gas smell after your technician replaced the LPG regulator\n\n",
        "Hi, your technician came yesterday to replace the regulator on my 15 kg cylinder. Since then there is a "
        "faint gas smell in the kitchen. I have turned the valve off. Please send someone today. My address is ",
        AD(addr(r, en=True)), " and my mobile is ", PH(fphone(r, cc) if r.random() < 0.5 else mobile(r)),
        ".\n\nThanks,\n", P(name.split()[0]),
    ]


@T("energy")
def ut_ocr_new_meter_application(r: random.Random) -> list:
    n = thai(r)
    return [
        "ข้อความจาก OCR ใบคำร้องขอใช้ไฟฟ้า (สแกนไม่ชัด) ช่วยแยกเป็นฟิลด์ JSON ให้หน่อย\n-----\n",
        "คำร้องขอใช้ไฟฟ้า / ขอเพิ่มขนาดมิเตอร์\nชื่อผู้ยื่นคำร้อง  ", n.title(r), " ", P(n.full), "\n",
        "เลขประจําตัวประชาชน  ", NID(nid(r, "space")), "   วันเดือนปีเกิด ", DOB(dob(r, "slash_be")), "\n",
        "ที่อยู่ตามทะเบียนบ้าน ", AD(addr(r)), "\n",
        "โทรศัพท์ ", PH(mobile(r, "dash")), "    ขนาดมิเตอร์ที่ขอ [ ] 5(15)A  [x] 15(45)A  [ ] 30(100)A\n",
        "ประเภทการใช้ไฟ: บ้านอยู่อาศัย    ลงชื่อ ................ ผู้ยื่น\n-----",
    ]


@T("energy")
def ut_solar_rooftop_json(r: random.Random) -> list:
    n = rom(r)
    return [
        "Validate this solar-rooftop application payload and tell me which required fields are missing:\n",
        '{"application_id": "SR-', str(r.randint(2025000, 2026999)), '", "submitted_at": ', epoch_ms_any(r), ",\n",
        ' "applicant": {"name": "', P(n), '", "email": "', EM(email(r, n)), '", "mobile": "', PH(mobile(r, "plain")),
        '"},\n "installer": {"company": "Sunshine Roof Energy Co., Ltd.", "tax_id": "', JUR(juristic(r, "plain", "105")),
        '"},\n "system_kwp": ', str(r.choice([3, 5, 5.5, 10])), ', "inverter": "', r.choice(["Huawei SUN2000-5KTL", "Growatt MIN 5000TL-X", "SMA SB5.0"]),
        '",\n "client_ip": "', IPA(ipv4(r)), '", "net_billing": true}',
    ]


@T("energy")
def ut_autopay_card_form(r: random.Random) -> list:
    n = thai(r)
    return [
        "แบบฟอร์มสมัครหักค่าไฟฟ้าอัตโนมัติผ่านบัตรเครดิต (กรอกผ่านหน้าเว็บ)\n",
        "ชื่อเจ้าของบัตร: ", P(n.full), "\nเลขบัตรประชาชน: ", NID(nid(r)), "\n",
        "หมายเลขบัตรเครดิต: ", CC(card(r)), f"   วันหมดอายุ: {r.randint(1, 12):02d}/{r.randint(27, 31)}\n",
        f"บัญชีแสดงสัญญาที่ต้องการผูก: {ca_number(r)}, {ca_number(r)}\n",
        "หมายเหตุจากพนักงาน: ลูกค้าสะกดชื่อบนบัตรไม่ตรงกับชื่อผู้ใช้ไฟ ช่วยเขียนข้อความแจ้งลูกค้าให้แก้ไข",
    ]


@T("energy")
def ut_disconnection_delay_dialysis(r: random.Random) -> list:
    n = thai(r, True)
    return [
        "ช่วยร่างหนังสือขอผ่อนผันการงดจ่ายไฟจากข้อความลูกค้าด้านล่าง\n\n",
        f"\"ดิฉัน{n.title(r)}", P(n.full), " ค้างค่าไฟ 2 เดือน เพราะตกงาน ดิฉัน", HL(r.choice(["ฟอกไตทางหน้าท้องที่บ้านวันละ 4 รอบ",
                                                                                        "เป็นไตวายระยะสุดท้ายต้องล้างไตที่บ้าน"])),
        " ถ้าโดนตัดไฟเครื่องจะหยุดทำงาน แนบใบรับรองแพทย์โรงพยาบาลศูนย์ HN ", MRN(hn(r)),
        f" มาด้วยค่ะ ขอผ่อนจ่ายงวดละ {money(r, 500, 1500)} บาท ติดต่อ ", PH(mobile(r)), "\"",
    ]


@T("energy")
def ut_condo_submeter_sheet(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        n = thai(r)
        before, used = r.randint(1000, 8999), r.randint(40, 420)
        rows += [f"{r.choice('ABC')}{r.randint(2, 8)}{r.randint(1, 20):02d}\t", P(n.full), "\t", PH(mobile(r, "plain")),
                 "\t", LID(line_id(r)), f"\t{before}\t{before + used}\t{used}\n"]
    return [
        "ตารางจดมิเตอร์ไฟห้องเช่าเดือนนี้ (copy มาจาก Google Sheets) ช่วยคำนวณค่าไฟหน่วยละ 8 บาทแล้วเขียนข้อความแจ้งแต่ละห้องทาง LINE\n",
        "ห้อง\tผู้เช่า\tโทร\tLINE\tเลขก่อน\tเลขหลัง\tหน่วย\n", rows,
    ]


@T("energy")
def ut_meter_reader_union(r: random.Random) -> list:
    n = thai(r, False)
    return [
        "บันทึกฝ่ายบุคคล กฟภ. เขต", r.choice(["1 (ภาคเหนือ)", "2 (ภาคตะวันออกเฉียงเหนือ)", "3 (ภาคใต้)"]), " — ขอให้ช่วยสรุปเป็น 5 บรรทัด\n",
        "พนักงานจดหน่วย ", P(n.full), f" รหัสพนักงาน {r.randint(400000, 499999)} ", TU(r.choice(UNION_TH[:3])),
        " ยื่นเรื่องร้องเรียนเรื่องเบี้ยเลี้ยงเดินทางค้างจ่าย 3 เดือน และขอให้ผู้แทนสหภาพฯ เข้าร่วมประชุมไกล่เกลี่ย "
        "เบอร์ติดต่อ ", PH(mobile(r)),
    ]


@T("energy")
def ut_meter_tampering_case(r: random.Random) -> list:
    n = thai(r, False)
    return [
        "ร่างหนังสือเรียกเก็บค่าไฟฟ้าย้อนหลังกรณีลักใช้ไฟ ใช้ข้อมูลนี้\n",
        "ผู้ใช้ไฟ: นาย", P(n.full), "\nสถานที่: ", AD(addr(r, bkk=False)), "\n",
        "ผลตรวจ: พบการต่อสายตรงข้ามมิเตอร์ ซีลมิเตอร์ถูกตัด\n",
        "ประวัติ: ", CR(r.choice(["เคยถูกศาลพิพากษาจำคุก 6 เดือน รอลงอาญา ฐานลักกระแสไฟฟ้า เมื่อปี 2564",
                                   "เคยต้องโทษคดีลักทรัพย์ (ลักกระแสไฟฟ้า) ปี 2563"])), "\n",
        f"ค่าไฟย้อนหลังประเมิน {money(r, 15000, 90000)} บาท",
    ]


@T("energy")
def ut_expat_deposit_refund_en(r: random.Random) -> list:
    name, nat, pp, cc = foreigner(r, need_passport=True)
    return [
        "Customer e-mail below. Reply in English explaining the meter deposit refund steps and the documents needed.\n\n",
        "Dear MEA team,\nI am leaving Thailand at the end of the month and would like my meter deposit of 2,000 THB back. "
        "The meter is registered in my name, ", P(name), f" ({nat}, passport ", PP(passport(r, pp)), "). "
        "Please transfer it to my ", r.choice(BANKS_EN), " account ", BA(bank_acct(r, style="dash")),
        ". You can reach me at ", PH(fphone(r, cc)), " or ", EM(email(r, name)), ".\nKind regards",
    ]


@T("energy")
def ut_water_discount_disabled(r: random.Random) -> list:
    n = thai(r)
    return [
        "ตรวจคำร้องขอส่วนลดค่าน้ำสำหรับคนพิการว่าข้อมูลครบไหม:\n",
        "ผู้ยื่น: ", P(n.full), " | เลขบัตรประชาชน ", NID(nid(r, "plain")), "\n",
        "ความพิการ: ", DS(r.choice(DISAB_TH)), " (บัตรคนพิการหมดอายุ ", str(r.randint(2570, 2575)), ")\n",
        "ที่อยู่ติดตั้งมาตร: ", AD(addr(r)), "\n",
        "เอกสารแนบ: สำเนาบัตรคนพิการ, สำเนาทะเบียนบ้าน",
    ]


@T("energy")
def ut_smart_meter_portal_log(r: random.Random) -> list:
    lines = []
    for _ in range(3):
        n = rom(r)
        lines += [f"{r.choice(['2026-03-0', '2026-02-1'])}{r.randint(1, 9)}T{clock(r)}:{r.randint(10, 59)}+07:00 "
                  f"auth.ok user=", EM(email(r, n)), " src=", IPA(ip(r)),
                  f" ua=\"{r.choice(['SmartMeter/3.2 Android', 'Mozilla/5.0 (iPhone)', 'okhttp/4.12'])}\"\n"]
    return ["ล็อกอินพอร์ทัลสมาร์ทมิเตอร์พวกนี้ดูน่าสงสัยตรงไหน อธิบายสั้นๆ\n```\n", lines, "```"]


@T("energy")
def ut_meter_reader_political(r: random.Random) -> list:
    n, staff = thai(r, False), thai(r)
    return [
        "รายงานเหตุการณ์ภาคสนาม — ช่วยเรียบเรียงเป็นรายงานทางการ\n",
        "พนักงาน ", P(staff.full), " เข้าจดหน่วยที่บ้านนาย", P(n.full), " (โทร ", PH(mobile(r)), ") "
        "เจ้าของบ้านไม่ยอมให้เข้า ตะโกนว่าการไฟฟ้าเป็นเครื่องมือรัฐบาล บอกว่าตัวเอง",
        PO(r.choice(["เป็นหัวคะแนนพรรคฝ่ายค้าน", "เป็นแนวร่วมกลุ่มราษฎร", "สนับสนุนพรรคประชาชนและไปม็อบทุกครั้ง"])),
        " และขู่จะไลฟ์สด พนักงานจึงถอยออกมาและแจ้งหัวหน้าหน่วย",
    ]


@T("energy")
def ut_friday_prayer_outage(r: random.Random) -> list:
    n = thai(r, False)
    return [
        "ลูกค้าขอเลื่อนวันดับไฟ ช่วยตอบแบบเห็นใจแต่ยังยืนยันแผนงาน\n\n",
        "ข้อความ: ผม ", P(n.full), " ", RL(r.choice(["เป็นอิหม่ามประจำมัสยิดบ้านคลองแห", "เป็นมุสลิม"])),
        " วันศุกร์ที่ดับไฟตรงกับเวลาละหมาดวันศุกร์ ที่บ้านผมใช้เครื่องเสียงอะซานด้วย "
        "ขอเลื่อนเป็นวันเสาร์ได้ไหมครับ ติดต่อ ", PH(mobile(r)),
    ]


@T("energy")
def ut_ev_charger_install_en(r: random.Random) -> list:
    name, _, _, _cc = foreigner(r)
    return [
        "Summarise this EV charger installation order for the technician (no prices):\n\n",
        "Customer: ", P(name), "\nSite: ", AD(addr(r, en=True)), "\n",
        "Contact: ", EM(email(r, name)), "\n",
        "Charger: Wallbox 7.4 kW single-phase, cable run 18 m, requires meter upgrade to 30(100)A\n",
        "Paid by card ", CC(card(r)), " (deposit 5,000 THB)",
    ]


@T("energy")
def ut_gas_delivery_deaf_line(r: random.Random) -> list:
    n = nick(r)
    return [
        "แชทร้านแก๊สหุงต้ม ช่วยตอบลูกค้าเป็นข้อความสั้นๆ\n",
        "ลูกค้า (", P(n), "): สั่งแก๊ส ปตท. 15 กก. 1 ถัง ส่งที่ ", AD(addr(r)), "\n",
        "ลูกค้า: ", DS(r.choice(["หูหนวก", "เป็นคนหูหนวก", "เป็นใบ้และหูไม่ได้ยิน"])),
        " โทรมาไม่ได้นะ ทักไลน์ ", LID(line_id(r)), " อย่างเดียว\n",
        "ร้าน: ได้ครับ ส่งบ่ายนี้",
    ]


@T("energy")
def ut_field_app_fingerprint(r: random.Random) -> list:
    out = []
    for _ in range(2):
        n = thai(r)
        out += [f"{r.randint(300000, 399999)}\t", P(n.full), "\t",
                BM(r.choice(["fp:", "fp:", "face:"]) + f"{r.getrandbits(64):016x}{r.getrandbits(32):08x}"),
                f"\t{r.choice(['match', 'match', 'retry'])}\t{epoch_ms_any(r)}\n"]
    return ["ข้อมูลล็อกอินแอปจดหน่วยด้วยลายนิ้วมือของพนักงาน ช่วยหาว่าทำไมบางคนต้อง retry บ่อย\n",
            "emp_id\tname\tbiometric_template\tresult\tts\n", out]


@T("energy")
def ut_hmong_village_electrification(r: random.Random) -> list:
    out = []
    for _ in range(3):
        n = thai(r)
        out += [f"{r.randint(1, 120)}\t", P(n.full), "\t", NID(nid(r, "plain", first=r.choice(["6", "8", "3"]))), "\t",
                ET(r.choice(ETHNIC_TH[:6])), f"\t{r.choice(['มีมิเตอร์', 'ยังไม่มี', 'ใช้โซลาร์โฮม'])}\n"]
    return [
        "ผลสำรวจครัวเรือนขยายเขตไฟฟ้าหมู่บ้านบนดอย อ.", r.choice(["แม่ฟ้าหลวง", "อมก๋อย", "ท่าสองยาง"]),
        " ช่วยนับจำนวนครัวเรือนที่ยังไม่มีไฟฟ้า\n", "บ้านเลขที่\tหัวหน้าครัวเรือน\tเลขประจำตัว\tชาติพันธุ์\tสถานะไฟฟ้า\n", out,
    ]


@T("energy")
def ut_water_bill_expat_dispute_en(r: random.Random) -> list:
    name, _, _, _cc = foreigner(r)
    return [
        "Write a polite English reply for the waterworks counter staff to send:\n\n",
        "Hello, I am ", P(name), ", renting the house at ", AD(addr(r, en=True)),
        ". My water bill jumped from 180 to 2,450 baht. The landlord says the meter is mine to deal with. "
        "Could someone check for a leak? I work from home, call me on ", PH(mobile(r)), ".",
    ]


@T("energy")
def ut_prepaid_meter_topup_sms(r: random.Random) -> list:
    n = thai(r)
    return [
        "ช่วยเขียน SMS แจ้งเตือนเติมเงินมิเตอร์แบบเติมเงิน ให้สั้นกว่า 70 ตัวอักษร ตัวอย่างข้อมูล:\n",
        "to=", PH(mobile(r, "intl_plain")), " name=", P(n.given), f" meter=PM{r.randint(100000, 999999)} "
        f"balance={r.randint(3, 60)}.{r.randint(10, 99)} kWh due={day_th(r)}",
    ]


# ==============================================================================================
# Travel and hospitality
# ==============================================================================================
@T("travel")
def tr_hotel_booking_json_en(r: random.Random) -> list:
    name, nat, pp, cc = foreigner(r, need_passport=True)
    return [
        "Convert this PMS reservation into a friendly pre-arrival e-mail to the guest (English):\n",
        '{"confirmation": "', booking_ref(r), '", "created_ms": ', epoch_ms_any(r), ', "channel": "', r.choice(["Booking.com", "Agoda", "Direct"]), '",\n',
        ' "guest": {"full_name": "', P(name), '", "nationality": "', nat, '", "passport_no": "', PP(passport(r, pp)), '",\n',
        '   "email": "', EM(email(r, name)), '", "phone": "', PH(fphone(r, cc)), '"},\n',
        ' "stay": {"arrival": "2026-0', str(r.randint(4, 9)), '-1', str(r.randint(0, 9)), '", "nights": ', str(r.randint(2, 9)),
        ', "room_type": "', r.choice(["Deluxe Pool Access", "Ocean View King", "Family Suite"]), '"},\n',
        ' "guarantee": {"card_number": "', CC(card(r, "plain")), '", "expiry": "0', str(r.randint(1, 9)), '/2', str(r.randint(7, 9)), '"}}',
    ]


@T("travel")
def tr_concierge_allergy_line(r: random.Random) -> list:
    n = foreigner(r)[0]
    c = clocks(r, 2)
    return [
        "แชทไลน์กลุ่มแผนก F&B โรงแรม ช่วยสรุปเป็นโน้ตส่งครัว\n",
        f"[{c[0]}] GRO ", P(r.choice(STAFF_TH)), f": แขกห้อง {r.randint(3, 12)}{r.randint(1, 40):02d} คุณ", P(n),
        " ", HL(r.choice(["แพ้ถั่วลิสงรุนแรงถึงขั้นช็อก", "แพ้อาหารทะเลรุนแรง พกเข็ม EpiPen", "เป็นโรค celiac กินกลูเตนไม่ได้"])),
        " พรุ่งนี้จองดินเนอร์ริมหาด 2 ท่าน\n",
        f"[{c[1]}] Sous chef: รับทราบครับ จะแยกอุปกรณ์ทำอาหาร",
    ]


@T("travel")
def tr_halal_request_en(r: random.Random) -> list:
    name = r.choice(["Ahmad Faiz bin Rahman", "Nur Aisyah binti Hassan", "Muhammad Hafiz bin Ismail", "Siti Khadijah binti Omar"])
    return [
        "Please draft a reply confirming what we can arrange. Guest message:\n\n",
        "Assalamualaikum, my name is ", P(name), " (passport ", PP(passport(r, "MY")), "). ",
        RL(r.choice(["We are a Muslim family", "My family and I are Muslims", "We are practising Muslims"])),
        " travelling with two children. Could you provide halal breakfast, a prayer mat and the qibla direction in the room? "
        "WhatsApp: ", PH(fphone(r, "MY")),
    ]


@T("travel")
def tr_same_sex_honeymoon(r: random.Random) -> list:
    a, b = thai(r, False), thai(r, False)
    return [
        "ลูกค้าจองแพ็กเกจฮันนีมูน ช่วยเขียนข้อความต้อนรับแบบอบอุ่นและเป็นกลาง\n",
        "ผู้จอง: คุณ", P(a.full), " (", EM(email(r, rom(r))), ")\n",
        "ผู้เข้าพักร่วม: คุณ", P(b.full), "\n",
        "หมายเหตุลูกค้า: พวกเรา", SX(r.choice(["เป็นคู่รักชายรักชาย", "เป็นคู่รักเพศเดียวกัน", "เป็นเกย์ทั้งคู่"])),
        " เพิ่งจดทะเบียนสมรสเดือนที่แล้ว ขอเตียงคิงไซซ์และไม่อยากให้พนักงานถามซ้ำว่าเป็นพี่น้องกันไหม",
    ]


@T("travel")
def tr_pnr_special_assistance(r: random.Random) -> list:
    _, roman, female = r.choice(TH_ROM_PAIRS)
    n = roman.upper().split()
    return [
        "อธิบาย PNR นี้ให้พนักงานภาคพื้นฝึกหัดฟังทีละบรรทัด\n",
        f"RP/BKKTG0{r.randint(100, 999)}/ {booking_ref(r)}\n",
        "1.", P(f"{n[1]}/{n[0]}"), f" {'MS' if female else 'MR'}\n2 TG {r.randint(100, 699)} Y {r.randint(10, 28)}{r.choice(EN_MON).upper()} BKKCNX HK1\n",
        "SSR DOCS TG HK1 P/THA/", PP(passport(r)), "/THA/", DOB(f"{r.randint(10, 28)}{r.choice(EN_MON).upper()}{r.randint(55, 99)}"),
        "/F/" if female else "/M/", f"{r.randint(10, 28)}{r.choice(EN_MON).upper()}3{r.randint(0, 4)}\n",
        "SSR WCHC TG HK1 ", DS(r.choice(["PAX PARAPLEGIC CANNOT WALK", "PAX FULLY IMMOBILE", "BLND PAX TRAVELLING ALONE"])), "\n",
        "OSI TG CTCM ", PH(mobile(r, "intl_plain")),
    ]


@T("travel")
def tr_visa_dna_family_reunion(r: random.Random) -> list:
    f, c = thai(r, True), thai(r)
    return [
        "ช่วยแปลสรุปนี้เป็นภาษาอังกฤษสำหรับยื่นสถานทูต (บริษัทรับทำวีซ่า)\n",
        f"ผู้ยื่น: {f.title(r)}", P(f.full), " หนังสือเดินทาง ", PP(passport(r)), "\n",
        "บุตร: ด.ช./ด.ญ. ", P(c.given + " " + f.sur), " เกิดวันที่ ", DOB(dob(r, "th_long", 2012, 2020)), "\n",
        "สถานทูตขอให้ตรวจ DNA พิสูจน์ความเป็นบิดา ผล: ",
        GN(r.choice(["ความน่าจะเป็นการเป็นบิดา 99.998% (ตรวจ STR 24 ตำแหน่ง)", "ยืนยันความสัมพันธ์ทางพันธุกรรมเป็นบิดา-บุตร 99.99%"])),
        " ระหว่างบุตรกับ Mr. ", P(r.choice(["Thomas Berger", "Jan de Vries", "Kevin Walsh", "Stefan Novak"])),
    ]


@T("travel")
def tr_vfs_biometric_appointment(r: random.Random) -> list:
    n = thai(r)
    return [
        "ร่างอีเมลยืนยันนัดหมายให้ลูกค้าของเอเจนซี่วีซ่า จากบันทึกนี้\n",
        "ลูกค้า: ", P(n.full), " | โทร ", PH(mobile(r)), " | ", EM(email(r, rom(r))), "\n",
        "วีซ่า: ", r.choice(["Schengen (ฝรั่งเศส)", "UK Standard Visitor", "Australia Subclass 600"]), "\n",
        f"นัด VFS วันที่ {day_th(r)} เวลา {clock(r)} — ",
        BM(r.choice(["เก็บลายนิ้วมือ 10 นิ้วและถ่ายภาพใบหน้าแล้วเมื่อปี 2567", "เคยให้ลายนิ้วมือไว้แล้วในระบบ VIS"])),
        " จึงอาจไม่ต้องสแกนใหม่ ให้ลูกค้าเตรียมพาสปอร์ตเล่มเดิม",
    ]


@T("travel")
def tr_travel_insurance_claim_th(r: random.Random) -> list:
    n = thai(r)
    return [
        "สรุปเคลมประกันเดินทางต่อไปนี้เป็นตาราง และชี้ว่าเอกสารอะไรยังขาด\n",
        "ผู้เอาประกัน: ", P(n.full), " บัตรประชาชน ", NID(nid(r)), "\n",
        "เหตุการณ์: ระหว่างทริป", r.choice(["โตเกียว", "โซล", "ไทเป", "ซูริก"]), " ป่วยเป็น", HL(r.choice(TRAVEL_DX_TH)),
        f" นอนโรงพยาบาล {r.randint(2, 6)} คืน ค่ารักษา {money(r, 80000, 450000)} บาท\n",
        "กลับมาติดตามอาการที่ รพ.", r.choice(["กรุงเทพ", "สมิติเวช", "ราชวิถี"]), " HN ", MRN(hn(r)), "\n",
        "โอนค่าสินไหมเข้าบัญชี ", r.choice(BANKS_TH), " ", BA(bank_acct(r)),
    ]


@T("travel")
def tr_travel_insurance_claim_en(r: random.Random) -> list:
    name, _, pp, _cc = foreigner(r, need_passport=True)
    return [
        "Summarise this claim for the assessor and flag anything that looks inconsistent.\n\n",
        "Claimant: ", P(name), ", passport ", PP(passport(r, pp)), "\n",
        f"Incident: {r.choice(['scooter fall on Koh Phangan', 'slipped on a boat deck in Krabi', 'fell while hiking in Pai'])}, "
        "diagnosed with ", HL(r.choice(TRAVEL_DX_EN[:4])), "\n",
        "Treated at Bangkok Hospital Phuket, HN ", MRN(hn(r)), "\n",
        "Reimburse to: ", EM(email(r, name)), " (PayPal) or Thai account ", BA(bank_acct(r)),
    ]


@T("travel")
def tr_hajj_package_registration(r: random.Random) -> list:
    out = []
    for _ in range(2):
        n = thai(r)
        out += ["- ", P(n.full), " | ", NID(nid(r)), " | ", PP(passport(r)), " | ", PH(mobile(r)), "\n"]
    return [
        "บริษัททัวร์ ", r.choice(["อัล-อามีน ทราเวล", "นูรุลฮูดา ทัวร์"]), " สรุปรายชื่อผู้สมัคร",
        RL(r.choice(["ไปประกอบพิธีฮัจญ์", "เดินทางไปทำอุมเราะห์"])),
        " ปีนี้ ช่วยจัดรูปแบบเป็นตารางและเตือนคนที่พาสปอร์ตใกล้หมดอายุ\n", out,
    ]


@T("travel")
def tr_tour_guide_background(r: random.Random) -> list:
    n = thai(r)
    return [
        "ช่วยร่างอีเมลปฏิเสธผู้สมัครตำแหน่งไกด์อย่างสุภาพ ไม่ต้องบอกเหตุผลตรงๆ\n",
        "ข้อมูลผู้สมัคร: ", P(n.full), " เกิด ", DOB(dob(r, "th_short", 1980, 1999)), " เลขบัตร ", NID(nid(r)), "\n",
        "ผลตรวจประวัติ: ", CR(r.choice(["มีประวัติต้องคดียาเสพติด (ครอบครองเพื่อจำหน่าย) ปี 2561",
                                        "เคยถูกจำคุกคดีฉ้อโกงนักท่องเที่ยว", "มีหมายจับคดีทำร้ายร่างกายค้างอยู่"])),
    ]


@T("travel")
def tr_hotel_union_minutes(r: random.Random) -> list:
    a, b = thai(r), thai(r)
    return [
        "Meeting notes (HR, resort) — ช่วยสรุป action items\n",
        "ผู้เข้าร่วม: HR manager, GM, ตัวแทนพนักงาน\n",
        "1) พนักงานแม่บ้าน ", P(a.full), " และพนักงานบาร์ ", P(b.full), " ",
        TU(r.choice(["แจ้งว่าได้สมัครเป็นสมาชิกสหภาพแรงงานโรงแรมและบริการแล้ว", "เป็นกรรมการสหภาพแรงงานธุรกิจโรงแรม"])),
        " ขอเจรจาเรื่องค่าเซอร์วิสชาร์จ\n2) GM ให้ HR ตรวจสอบข้อกฎหมายก่อนตอบ",
    ]


@T("travel")
def tr_hotel_incident_report_en(r: random.Random) -> list:
    name, _, pp, _ = foreigner(r, need_passport=True)
    return [
        "Rewrite this night-shift incident log as a formal report for the GM.\n\n",
        f"{clock(r)} Security found guest ", P(name), f" (room {r.randint(2, 9)}{r.randint(1, 30):02d}, passport ", PP(passport(r, pp)), ") "
        "unresponsive by the pool. Ambulance took guest to hospital; doctor said ",
        HL(r.choice(["suspected alcohol poisoning", "a diabetic hypoglycaemic episode", "a seizure, likely epileptic"])),
        ". Hospital HN ", MRN(hn(r)), ". Embassy not yet informed.",
    ]


@T("travel")
def tr_face_checkin_json(r: random.Random) -> list:
    n = rom(r)
    vec = ", ".join(f"{r.uniform(-1, 1):.4f}" for _ in range(6))
    return [
        "ผู้ขายตู้ self check-in ส่ง payload นี้มา เก็บลง log ทั้งก้อนแบบนี้ผิด PDPA ไหม\n",
        '{"event": "self_checkin", "ts": ', epoch_ms_any(r), ', "guest_name": "', P(n), '", "mobile": "', PH(mobile(r, "intl_plain")),
        '", "face_embedding": "', BM(f"[{vec}, ...]"), '", "liveness": 0.9', str(r.randint(1, 9)),
        ', "kiosk_ip": "10.20.1.', str(r.randint(2, 40)), '", "client_ip": "', IPA(ipv4(r)), '"}',
    ]


@T("travel")
def tr_study_tour_roster(r: random.Random) -> list:
    out = []
    for i in range(3):
        n = thai(r)
        out += [f"{i + 1},", P(n.full), ",", SID(student_id(r)), ",", DOB(dob(r, "slash_be", 2003, 2007)), "\n"]
    return [
        "รายชื่อนักศึกษาไปทัศนศึกษาญี่ปุ่น (CSV) ส่งบริษัทประกันเดินทาง ช่วยเช็กว่าใครอายุยังไม่ถึง 20 ปี\n",
        "no,name,student_id,dob\n", out,
    ]


@T("travel")
def tr_student_visa_agent(r: random.Random) -> list:
    th, rn, _ = r.choice(TH_ROM_PAIRS)
    return [
        "ช่วยกรอกข้อมูลลง GTE statement draft จากโน้ตนี้ (ภาษาอังกฤษ)\n",
        "Client: ", P(th), " / ", P(rn), "\n",
        "Student ID (ม.เกษตรฯ): ", SID(student_id(r)), " ปี 4 คณะวิศวฯ\n",
        "DOB: ", DOB(dob(r, "iso", 2001, 2004)), "  Passport: ", PP(passport(r)), "\n",
        "Email: ", EM(email(r, rn)), "\nOffer: Master of IT, University of Adelaide, intake July",
    ]


@T("travel")
def tr_airline_refund_callcentre(r: random.Random) -> list:
    n = thai(r)
    return [
        "บันทึกสายโทรเข้า call center สายการบิน — สรุปและเสนอขั้นตอนถัดไป\n",
        "ผู้โดยสาร: ", P(n.full), f" PNR {booking_ref(r)} เที่ยวบิน {r.choice(['FD', 'SL', 'DD', 'WE'])}{r.randint(100, 999)} ถูกยกเลิก\n",
        "ขอคืนเงินเข้าบัตรที่ใช้จอง ", CC(card(r)), " ลูกค้าย้ำว่าไม่ต้องการเครดิตเชลล์\n",
        "เบอร์ติดต่อกลับ ", PH(mobile(r)),
    ]


@T("travel")
def tr_frontoffice_blacklist_note(r: random.Random) -> list:
    n = thai(r, False)
    return [
        "ช่วยเขียนข้อความในระบบ guest profile ให้เป็นกลาง ไม่กล่าวหา จากโน้ตนี้\n",
        "นาย", P(n.full), " บัตรประชาชน ", NID(nid(r)), " ขับรถทะเบียน ", PL(plate(r)), "\n",
        "เมื่อคืน ", SX(r.choice(["พาพนักงานบริการทางเพศขึ้นห้อง 3 คน", "ซื้อบริการทางเพศแล้วมีปากเสียงเรื่องเงิน"])),
        " เสียงดังจนแขกห้องข้างๆ ร้องเรียน",
    ]


@T("travel")
def tr_homestay_karen_host(r: random.Random) -> list:
    n = thai(r)
    return [
        "ช่วยเขียนโปรไฟล์โฮมสเตย์สั้นๆ สำหรับหน้าเว็บ (ไม่ต้องใส่ข้อมูลส่วนตัวเจ้าของ) จากใบสมัครนี้\n",
        "เจ้าของ: ", P(n.full), " (", ET(r.choice(["ชาวปกาเกอะญอ", "ชาวกะเหรี่ยง", "ชาวลาหู่"])), ")\n",
        "ที่ตั้ง: ", AD(village_addr(r)), "\nโทร ", PH(mobile(r)), "\n",
        "บัญชีรับเงิน: ธ.ก.ส. ", BA(bank_acct(r, baac=True)), "\nรองรับ 8 คน มีกิจกรรมทอผ้าและเดินป่า",
    ]


@T("travel")
def tr_visa_refusal_activist(r: random.Random) -> list:
    th, rn, _ = r.choice(TH_ROM_PAIRS)
    return [
        "Help me draft a cover letter for a visa re-application. Notes from our consultant:\n",
        "Applicant ", P(rn), " (Thai name ", P(th), "), passport ", PP(passport(r)), ". Previous refusal cited "
        "'ties to home country'. Applicant ", PO(r.choice(["was a student protest leader in 2020", "is a known pro-democracy activist"])),
        " and ", CR(r.choice(["is currently on bail on a lèse-majesté (s.112) charge", "was convicted under the Computer Crime Act and fined"])),
        ". Wants to attend a conference in Berlin.",
    ]


@T("travel")
def tr_cabin_crew_union_email(r: random.Random) -> list:
    n = rom(r)
    return [
        "Please tighten this e-mail to HR; keep it firm but professional.\n\n",
        "Dear HR,\nI, ", P(n), f" (staff no. {r.randint(10000, 99999)}), ",
        TU(r.choice(["am a member of the cabin crew union", "sit on the committee of the airline employees' union"])),
        " and request that a union representative attend my disciplinary hearing next week. Please reply to ",
        EM(email(r, n)), ".\nRegards",
    ]


@T("travel")
def tr_car_rental_airport(r: random.Random) -> list:
    name, _, pp, cc = foreigner(r, need_passport=True)
    return [
        "สรุปสัญญาเช่ารถให้ลูกค้าชาวต่างชาติ (เป็นภาษาอังกฤษง่ายๆ)\n",
        "ผู้เช่า: ", P(name), " พาสปอร์ต ", PP(passport(r, pp)), " โทร ", PH(fphone(r, cc)), "\n",
        "รถ: Toyota Yaris Ativ ทะเบียน ", PL(plate(r, r.choice(["ภูเก็ต", "กระบี่", "เชียงใหม่"]))), "\n",
        "มัดจำ 10,000 บาท กันวงเงินบัตร ", CC(card(r)), "\nรับรถสนามบิน คืนวันที่ ", day_th(r),
    ]


@T("travel")
def tr_tour_participants_csv(r: random.Random) -> list:
    out = []
    for _ in range(3):
        name, nat, pp, cc = foreigner(r, need_passport=True)
        out += [P(name), f",{nat},", PP(passport(r, pp)), ",", DOB(dob(r, "iso", 1960, 2000)), ",", PH(fphone(r, cc)), "\n"]
    return [
        "Our Chiang Mai day-trip manifest. Sort by nationality and produce the national-park entry list format.\n",
        "name,nationality,passport,dob,phone\n", out,
    ]


@T("travel")
def tr_review_reply_wheelchair_en(r: random.Random) -> list:
    name = r.choice(["Grace Holloway", "Michael Brennan", "Emily Carter", "Lars Johansson", "Daniel Hartley"])
    return [
        "Write a public reply to this TripAdvisor review. Apologise, don't repeat personal details.\n\n",
        "\"Booked an 'accessible room' for three nights. ", P(name.split()[0]),
        " here — ", DS(r.choice(["I use a wheelchair", "I'm a wheelchair user since my spinal injury", "I'm paraplegic"])),
        " and the bathroom had a 10 cm step and no grab rails. Staff were kind but...\" — ", P(name),
    ]


@T("travel")
def tr_spa_pregnant_guest_line(r: random.Random) -> list:
    n = nick(r)
    return [
        "แชทไลน์จองสปา ช่วยตอบลูกค้าว่าทรีตเมนต์ไหนทำได้บ้าง\n",
        "ลูกค้า: สวัสดีค่ะ ", P(n), " นะคะ ไลน์ ", LID(line_id(r)), " อยากจองนวดพรุ่งนี้ 2 ชม. แต่",
        HL(r.choice(["ตั้งครรภ์ 5 เดือนและมีความดันสูง", "เพิ่งผ่าตัดหมอนรองกระดูกมา", "มีเส้นเลือดขอดที่ขาค่อนข้างมาก"])),
        " นวดได้ไหมคะ\nพนักงาน: (ร่างคำตอบตรงนี้)",
    ]


@T("travel")
def tr_overstay_client(r: random.Random) -> list:
    name, nat, pp, cc = foreigner(r, need_passport=True)
    return [
        "ลูกค้าเอเจนซี่วีซ่าอยากขอวีซ่าเกษียณ ช่วยประเมินความเสี่ยงเป็นข้อๆ\n",
        "ชื่อ ", P(name), f" สัญชาติ {nat} พาสปอร์ต ", PP(passport(r, pp)), "\n",
        "ประวัติ: ", CR(r.choice(["เคยอยู่เกินกำหนด 214 วัน ถูกจับและส่งกลับเมื่อปี 2566", "เคยถูกดำเนินคดีทำงานโดยไม่มีใบอนุญาต"])), "\n",
        "ติดต่อ ", PH(fphone(r, cc)),
    ]


@T("travel")
def tr_medical_tourism_pgt(r: random.Random) -> list:
    name, _, pp, _cc = r.choice([f for f in FOREIGNERS if f[0] in FEMALE_FOREIGNERS and f[2]])
    return [
        "Draft a short itinerary e-mail for this medical-tourism client:\n",
        "Client ", P(name), " (", EM(email(r, name)), ", passport ", PP(passport(r, pp)), ") coming for IVF. ",
        HL(r.choice(["Two previous miscarriages", "Diagnosed with PCOS"])), "; ",
        GN(r.choice(["she carries a BRCA1 pathogenic variant", "both partners are beta-thalassaemia carriers",
                     "her husband carries a cystic fibrosis ΔF508 mutation"])),
        ", so the clinic will run PGT on embryos. Arrival 3 May, consult 5 May.",
    ]


@T("travel")
def tr_travel_agent_line_domestic(r: random.Random) -> list:
    n = thai(r)
    return [
        "แชทลูกค้าจองทัวร์เกาะกูด ช่วยเช็กว่าข้อมูลที่ต้องใช้ทำประกันอุบัติเหตุครบหรือยัง\n",
        "ลูกค้า: จอง 2 ที่ค่ะ ชื่อ", P(n.full), " เลขบัตร ", NID(nid(r)), " เกิด ", DOB(dob(r, "th_long")), "\n",
        "ลูกค้า: อีกคนคือแฟน คุณ", P(thn(r)), " เดี๋ยวส่งบัตรตามให้นะคะ\n",
        "แอดมิน: ได้เลยค่ะ รบกวนขอเบอร์ติดต่อฉุกเฉินด้วย\nลูกค้า: ", PH(mobile(r)),
    ]


@T("travel")
def tr_lost_passport_en(r: random.Random) -> list:
    name, nat, pp, cc = foreigner(r, need_passport=True)
    return [
        "Write a short e-mail to the guest telling them we found their passport.\n\n",
        "Lost & found log: item = passport, ", nat, ", no. ", PP(passport(r, pp)), ", holder ", P(name),
        ", found under bed in room ", str(r.randint(100, 899)), " after check-out. Guest e-mail on file: ",
        EM(email(r, name)), ", mobile ", PH(fphone(r, cc)), ".",
    ]


@T("travel")
def tr_ota_chargeback(r: random.Random) -> list:
    n = rom(r)
    return [
        "Prepare our evidence summary for this chargeback dispute (reason code 10.4 fraud):\n",
        f"Booking {booking_ref(r)} | card ", CC(card(r)), " | cardholder ", P(n), "\n",
        "Booking made from IP ", IPA(ip(r)), " with e-mail ", EM(email(r, n)), "\n",
        "Guest checked in with ID matching cardholder name, signed registration card.",
    ]


@T("travel")
def tr_monk_passenger(r: random.Random) -> list:
    n = thai(r, False)
    return [
        "ช่วยแจ้งเจ้าหน้าที่บนเครื่องให้จัดที่นั่งเหมาะสม เขียนเป็นข้อความ SSR/OSI สั้นๆ\n",
        "ผู้โดยสาร ", P(n.full), " (ชื่อตามบัตร) ", RL(r.choice(["เป็นพระภิกษุ", "บวชเป็นพระมา 12 พรรษา"])),
        " เดินทางไปศาสนกิจที่ลุมพินี ขอที่นั่งริมทางเดินที่ไม่ติดผู้โดยสารหญิง\n", "เบอร์ผู้ประสาน ", PH(mobile(r)),
    ]


@T("travel")
def tr_bus_driver_union(r: random.Random) -> list:
    n = thai(r, False)
    return [
        "บริษัทรถทัวร์: ช่วยร่างประกาศภายในเรื่องการจัดตารางเดินรถใหม่ โดยอ้างอิงบันทึกนี้\n",
        "คนขับ ", P(n.full), " รถบัสทะเบียน ", PL(plate(r)), " ",
        TU(r.choice(["เป็นประธานสหภาพแรงงานพนักงานขับรถ", "เป็นสมาชิกสหภาพแรงงานขนส่ง"])),
        " คัดค้านการขับเกิน 10 ชม./วัน ขอให้ฝ่ายบุคคลนัดประชุมกับสหภาพฯ",
    ]


@T("travel")
def tr_gay_guest_en(r: random.Random) -> list:
    name = r.choice(["Liam O'Brien", "Noah Fischer", "Markus Weber", "Daniel Hartley"])
    return [
        "Reply to this booking enquiry. Keep it warm, no assumptions.\n\n",
        "Hi! I'm ", P(name), ". ", SX(r.choice(["I'm gay and travelling with my boyfriend", "My husband and I are a gay couple"])),
        " — is your resort LGBT-friendly, and is there a problem with two men sharing a king bed? "
        "Reach me on ", EM(email(r, name)), ".",
    ]


@T("travel")
def tr_dive_medical_form_en(r: random.Random) -> list:
    name, _, pp, _ = foreigner(r, need_passport=True)
    return [
        "Our dive centre needs a go/no-go summary for the instructor from this medical questionnaire:\n",
        "Name: ", P(name), " | DOB: ", DOB(dob(r, "en", 1970, 2002)), " | Passport: ", PP(passport(r, pp)), "\n",
        "Q3 asthma: YES — ", HL(r.choice(["uses a salbutamol inhaler weekly", "had an asthma attack last month"])), "\n",
        "Q7 ear surgery: NO\nQ9 medication: ", HL(r.choice(["warfarin", "insulin", "sertraline 100 mg"])),
    ]


# ==============================================================================================
# Real estate and property management
# ==============================================================================================
@T("property")
def re_lease_contract_ocr(r: random.Random) -> list:
    a, b = thai(r), thai(r)
    return [
        "OCR สัญญาเช่าบ้าน (มีตัวอักษรเพี้ยน) ช่วยแก้คำผิดและสรุปเงื่อนไขสำคัญ\n=====\n",
        "สัญญาเช่าบ้าน\nทำที่ ", r.choice(["สำนักงานนิติบุคคล", "บ้านผู้ให้เช่า"]), f"  วันที่ {day_th(r)}\n",
        "ระหว่าง ", a.title(r), " ", P(a.full), " เลขประจำตัวประชาชน ", NID(nid(r, "dash")),
        " อยู่บ้านเลขที่ ", AD(addr(r)), " ซึ่งต่อไปในสัญญานี้เรียกว่า \"ผู้ให้เช่า\" ฝ่ายหนี่ง กับ\n",
        b.title(r), " ", P(b.full), " เลขประจําตัวประชาชน ", NID(nid(r, "dash")), " โทร ", PH(mobile(r)),
        " ซึ่งต่อไปเรียกว่า \"ผู้เช่า\" อีกฝ่ายหนึ่ง\n",
        f"ข้อ 1 ค่าเช่าเดือนละ {money(r, 6000, 25000)} บาท ชำระภายในวันที่ 5 ของทุกเดือน\n=====",
    ]


@T("property")
def re_condo_overdue_fees(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        n = thai(r)
        rows += [f"{r.randint(2, 30)}/{r.randint(1, 40):02d}\t", P(n.full), "\t", PH(mobile(r, "plain")), "\t",
                 EM(email(r, rom(r))), f"\t{money(r, 2400, 38000)}\t{r.randint(2, 14)}\n"]
    return [
        "นิติบุคคลอาคารชุด ", r.choice(["ลุมพินี เพลส รัชดา", "เดอะ ทรี สุขุมวิท", "ศุภาลัย ปาร์ค"]), " เลขทะเบียนนิติบุคคล ",
        JUR(juristic(r, kind="105")), "\n",
        "ช่วยร่างหนังสือทวงถามค่าส่วนกลางค้างชำระสำหรับแต่ละห้องจากตารางนี้\n",
        "ห้อง\tเจ้าของร่วม\tโทร\tอีเมล\tยอดค้าง\tเดือน\n", rows,
    ]


@T("property")
def re_tenant_screening(r: random.Random) -> list:
    n = thai(r)
    return [
        "ผู้ช่วยฝ่ายเช่า: ช่วยประเมินใบสมัครเช่าคอนโดนี้และร่างข้อความตอบ\n",
        "ผู้สมัคร: ", P(n.full), " เกิด ", DOB(dob(r, "th_long", 1975, 2000)), "\n",
        "บัตรประชาชน: ", NID(nid(r)), "\nรายได้: 38,000/เดือน\n",
        "หมายเหตุจากบริษัทตรวจประวัติ: ", CR(r.choice(["พบประวัติคดีพนันออนไลน์ ศาลพิพากษาปรับ ปี 2565",
                                                          "เคยต้องโทษจำคุกคดียาเสพติด พ้นโทษปี 2563",
                                                          "มีประวัติถูกฟ้องคดีบุกรุกและศาลลงโทษ"])),
    ]


@T("property")
def re_foreign_buyer_en(r: random.Random) -> list:
    name, nat, pp, cc = foreigner(r, need_passport=True)
    return [
        "Draft a checklist e-mail for this foreign condo buyer about the FET form and transfer day.\n\n",
        "Buyer: ", P(name), f" ({nat}), passport ", PP(passport(r, pp)), "\n",
        "Unit: 23rd floor, 48 sq m, foreign quota\nE-mail: ", EM(email(r, name)), " | Mobile: ", PH(fphone(r, cc)), "\n",
        "Current Thai address: ", AD(addr(r, en=True)), "\n",
        "Funds arriving from overseas into buyer's Thai account ", BA(bank_acct(r)),
    ]


@T("property")
def re_deposit_refund_line(r: random.Random) -> list:
    t, lessor = nick(r), thai(r)
    return [
        "แชทไลน์ผู้เช่ากับเจ้าของห้อง ช่วยไกล่เกลี่ยเรื่องคืนเงินประกัน ร่างข้อความกลางๆ ให้หน่อย\n",
        "ผู้เช่า (", P(t), "): ย้ายออกแล้วนะคะ ขอเงินประกัน 2 เดือนคืนเข้าบัญชี ", r.choice(BANKS_TH), " ", BA(bank_acct(r)), "\n",
        "เจ้าของ (", P(lessor.full), "): ผนังเป็นรูเยอะ แอร์ไม่ได้ล้าง ต้องหักค่าซ่อมครับ\n",
        "ผู้เช่า: ห้องเป็นแบบนั้นตั้งแต่เข้าอยู่ค่ะ มีรูปยืนยัน ทักมาที่ไลน์ ", LID(line_id(r)), " ได้เลย",
    ]


@T("property")
def re_neighbour_noise_mental(r: random.Random) -> list:
    c, n = thai(r), thai(r)
    return [
        "ร่างหนังสือจากฝ่ายบริหารอาคารถึงลูกบ้านเรื่องเสียงดัง โดยไม่เปิดเผยข้อมูลสุขภาพ\n",
        "ผู้ร้อง: ", P(c.full), " ห้อง ", f"{r.randint(5, 30)}{r.randint(1, 20):02d}", " โทร ", PH(mobile(r)), "\n",
        "เรื่อง: ห้องข้างๆ (", P(n.full), ") ตะโกนกลางดึกเกือบทุกคืน ญาติบอกว่า",
        HL(r.choice(["เป็นโรคจิตเภทและหยุดยา", "เป็นไบโพลาร์ช่วงนี้อาการกำเริบ", "เป็นสมองเสื่อมระยะกลาง"])),
    ]


@T("property")
def re_ramp_request(r: random.Random) -> list:
    n = thai(r)
    return [
        "ลูกบ้านส่งคำขอผ่านแอป ช่วยเขียนคำตอบและบอกขั้นตอนขออนุมัติจากคณะกรรมการ\n",
        f"[Request #{r.randint(10000, 99999)}] ", P(n.full), " บ้านเลขที่ ", AD(addr(r, bkk=True)), "\n",
        "\"", DS(r.choice(["ดิฉันนั่งรถเข็น", "ผมเป็นอัมพาตท่อนล่าง ใช้วีลแชร์", "ผมขาขาดข้างซ้ายใช้ไม้ค้ำ"])),
        " ขอติดตั้งทางลาดหน้าบ้านและที่จับในห้องน้ำส่วนกลางค่ะ/ครับ\" โทร ", PH(mobile(r)),
    ]


@T("property")
def re_smart_lock_enrolment(r: random.Random) -> list:
    out = []
    for _ in range(2):
        n = rom(r)
        out += [f"unit={r.randint(101, 1899)} resident=\"", P(n), "\" phone=", PH(mobile(r, "intl_plain")), " ",
                BM(r.choice(["fingerprint_enrolled=right_index,left_thumb", "face_template_enrolled=v3"])), "\n"]
    return ["ไฟล์ export จากระบบกลอนดิจิทัลของอาคาร ช่วยดูว่าใครยังลงทะเบียนไม่ครบ และข้อมูลไหนต้องลบหลังย้ายออกตาม PDPA\n", out]


@T("property")
def re_dorm_lease_student(r: random.Random) -> list:
    n, p = thai(r), thai(r)
    return [
        "ช่วยตรวจสัญญาเช่าหอพักนักศึกษาให้ครบถ้วน\n",
        "ผู้เช่า: ", P(n.full), " รหัสนักศึกษา ", SID(student_id(r)), " เกิด ", DOB(dob(r, "slash_be", 2004, 2007)), "\n",
        "ผู้ปกครองผู้ค้ำประกัน: ", P(p.full), " โทร ", PH(mobile(r)), "\n",
        f"ห้อง {r.choice('ABCD')}{r.randint(101, 512)} ค่าเช่าเทอมละ {money(r, 18000, 36000)} บาท",
    ]


@T("property")
def re_mortgage_preapproval(r: random.Random) -> list:
    n = thai(r)
    return [
        "Subject: Pre-approval สินเชื่อบ้าน\n\nช่วยเรียบเรียงอีเมลถึงลูกค้าให้ชัดเจนขึ้น\n\n",
        "เรียน คุณ", P(n.full), "\nธนาคารพิจารณาเบื้องต้นวงเงิน ", money(r, 1500000, 6000000),
        " บาท สำหรับหลักประกันที่ ", AD(addr(r)), "\n",
        "ผู้กู้: เลขบัตร ", NID(nid(r)), " บัญชีเงินเดือน ", BA(bank_acct(r)), "\n",
        "โปรดยืนยันผ่าน ", EM(email(r, rom(r))), " ภายใน 7 วัน",
    ]


@T("property")
def re_sex_work_in_unit(r: random.Random) -> list:
    n = thai(r)
    return [
        "ร่างหนังสือเตือนผู้เช่าผิดสัญญา อ้างอิงข้อ 9 (ห้ามใช้ห้องเพื่อการค้า) จากบันทึก รปภ.\n",
        "ห้อง ", f"{r.randint(3, 20)}{r.randint(1, 30):02d}", " ผู้เช่า ", P(n.full), " โทร ", PH(mobile(r)), "\n",
        "รปภ. พบ", SX(r.choice(["ผู้เช่าเปิดห้องให้บริการทางเพศ มีลูกค้าชายเข้าออกวันละหลายคน", "ผู้เช่ารับลูกค้ามาใช้บริการทางเพศในห้องเป็นประจำ"])),
        " มีภาพกล้องวงจรปิดยืนยัน",
    ]


@T("property")
def re_land_inheritance_dna(r: random.Random) -> list:
    d, c = thai(r, False), thai(r)
    return [
        "สำนักงานกฎหมาย: ช่วยสรุปข้อเท็จจริงเรื่องมรดกที่ดินเพื่อเตรียมยื่นคำร้องต่อศาล\n",
        "เจ้ามรดก: นาย", P(d.full), " ถึงแก่กรรม ", day_th(r), " ที่ดินโฉนดเลขที่ ", str(r.randint(10000, 99999)), "\n",
        "ผู้ร้อง: ", P(c.full), " เลขบัตร ", NID(nid(r)), " อ้างเป็นบุตรนอกสมรส\n",
        "ผลตรวจ: ", GN(r.choice(["ผลตรวจ DNA ยืนยันความเป็นพ่อลูกกับเจ้ามรดก 99.97%", "ลายพิมพ์ DNA ของผู้ร้องตรงกับเจ้ามรดกในฐานะบุตร"])),
    ]


@T("property")
def re_hindu_shrine_en(r: random.Random) -> list:
    name = r.choice(["Rajesh Kumar", "Priya Nair", "Arjun Mehta", "Ananya Iyer"])
    return [
        "Reply to this tenant and explain the building rules on open flames.\n\n",
        "Hi, this is ", P(name), " from unit ", str(r.randint(101, 2899)), ". ",
        RL(r.choice(["We are Hindu", "We are a practising Hindu family"])),
        " and Diwali is next week; may we keep a small shrine and light diya lamps on the balcony? ",
        "Phone ", PH(mobile(r)), ", e-mail ", EM(email(r, name)), ".",
    ]


@T("property")
def re_rental_discrimination_reply(r: random.Random) -> list:
    n = thai(r)
    return [
        "เจ้าของหอไม่อยากรับผู้เช่าคนนี้ ช่วยเขียนคำตอบที่ไม่เลือกปฏิบัติและบอกเกณฑ์ที่ใช้กับทุกคน\n",
        "ผู้สมัคร: ", P(n.full), " (", ET(r.choice(["ชาวไทใหญ่", "ชาวมอญ", "ชาวกะเหรี่ยง"])), ") ทำงานโรงงาน",
        r.choice(["ในนิคมฯ", "แปรรูปอาหาร"]), " โทร ", PH(mobile(r)),
    ]


@T("property")
def re_agm_minutes_political(r: random.Random) -> list:
    a, b = thai(r), thai(r)
    return [
        "ช่วยสรุปรายงานการประชุมใหญ่เจ้าของร่วมประจำปีให้สั้นลง\n",
        "วาระ 5 เรื่องอื่นๆ: คุณ", P(a.full), " (ห้อง ", f"{r.randint(2, 30)}{r.randint(1, 20):02d}",
        ") ขอให้ถอดป้ายหาเสียงที่ติดในที่จอดรถ คุณ", P(b.full), " ",
        PO(r.choice(["ยืนยันว่าตนเป็นผู้สมัคร ส.ก. ของพรรคเพื่อไทย", "บอกว่าเป็นสมาชิกพรรคประชาชนและมีสิทธิ์ติดป้าย"])),
        " ที่ประชุมมีมติให้ถอดป้ายภายใน 3 วัน",
    ]


@T("property")
def re_maintenance_ticket_json(r: random.Random) -> list:
    n = rom(r)
    return [
        "จัดหมวดหมู่ใบแจ้งซ่อมนี้ (ประปา/ไฟฟ้า/แอร์) และประเมินความเร่งด่วน\n",
        '{"ticket": ', str(r.randint(40000, 49999)), ', "opened": ', epoch_ms_any(r), ', "resident": "', P(n),
        '", "unit": "', f"{r.choice('AB')}-{r.randint(101, 1599)}", '", "phone": "', PH(mobile(r, "plain")),
        '", "desc": "', r.choice(["aircon leaking water onto bed", "no hot water since morning", "breaker trips when kettle on"]),
        '", "photo": "https://cdn.example-pm.com/t/', f"{r.getrandbits(40):x}", '.jpg", "ip": "', IPA(ip(r)), '"}',
    ]


@T("property")
def re_agent_commission_payout(r: random.Random) -> list:
    n = thai(r)
    return [
        "ทำใบสำคัญจ่ายค่าคอมมิชชั่นนายหน้าจากข้อมูลนี้ และคำนวณหัก ณ ที่จ่าย 3%\n",
        "บริษัทตัวแทน: ", r.choice(["บจก. ไทยแลนด์ พร็อพเพอร์ตี้ เอเจนซี่", "บจก. สยามโฮม เรียลตี้"]), " เลขนิติบุคคล ",
        JUR(juristic(r, kind="105")), "\n", "นายหน้า: ", P(n.full), " เลขบัตร ", NID(nid(r)), "\n",
        "บัญชีรับเงิน: ", BA(bank_acct(r)), " ไลน์ ", LID(line_id(r)), f"\nค่าคอม {money(r, 30000, 180000)} บาท",
    ]


@T("property")
def re_eviction_notice(r: random.Random) -> list:
    t, lessor = thai(r), thai(r)
    return [
        "ตรวจร่างหนังสือบอกเลิกสัญญาเช่านี้ว่ามีช่องโหว่ทางกฎหมายไหม\n\n",
        "เรื่อง บอกเลิกสัญญาเช่าและให้ขนย้ายทรัพย์สิน\nเรียน ", t.title(r), P(t.full), "\n",
        "ตามที่ท่านเช่าบ้านเลขที่ ", AD(addr(r)), f" และค้างชำระค่าเช่า {r.randint(3, 6)} เดือน รวม {money(r, 20000, 90000)} บาท "
        "ข้าพเจ้าจึงบอกเลิกสัญญา ให้ขนย้ายภายใน 30 วัน\n\nลงชื่อ ", P(lessor.full), " ผู้ให้เช่า โทร ", PH(mobile(r)),
    ]


@T("property")
def re_tm30_foreign_tenant_en(r: random.Random) -> list:
    name, nat, pp, _ = foreigner(r, need_passport=True)
    return [
        "Fill the TM.30 notification fields from this tenant record and tell me the deadline.\n",
        "Surname/Given: ", P(name), "\nNationality: ", nat, "\nPassport: ", PP(passport(r, pp)), "\n",
        "Date of birth: ", DOB(dob(r, "slash_ce", 1965, 1998)), "\nArrival: ", day_en(r), "\n",
        "Staying at: ", AD(addr(r, en=True)),
    ]


@T("property")
def re_home_inspection_call(r: random.Random) -> list:
    n = thai(r)
    return [
        "Call note — บริษัทตรวจรับบ้าน ช่วยสรุปนัดหมายส่ง LINE ให้ทีมช่าง\n",
        f"ลูกค้า {n.title(r)}", P(n.full), " โทร ", PH(mobile(r)), "\n",
        "บ้านที่ตรวจ: ", AD(addr(r)), " (บ้านเดี่ยวโครงการใหม่)\n",
        "ลูกค้าจะขับรถ ", PL(plate(r)), f" ไปรอหน้าโครงการ {clock(r)} แจ้ง รปภ. ให้ด้วย",
    ]


@T("property")
def re_pool_cctv_complaint(r: random.Random) -> list:
    a, b = thai(r), thai(r)
    return [
        "ร่างหนังสือเตือนจากนิติบุคคลแบบสุภาพ ไม่ระบุรายละเอียดเกินจำเป็น\n",
        "บันทึก รปภ.: กล้องวงจรปิดสระว่ายน้ำ ตี 1 พบลูกบ้าน ", P(a.full), " กับ ", P(b.full), " ",
        SX(r.choice(["มีเพศสัมพันธ์กันในสระ", "มีกิจกรรมทางเพศในห้องซาวน่า"])), " ทั้งสองพักห้อง ",
        f"{r.randint(5, 25)}{r.randint(1, 20):02d}",
    ]


@T("property")
def re_guarantor_for_tenant_en(r: random.Random) -> list:
    name, nat, pp, _cc = foreigner(r, need_passport=True)
    hr = rom(r)
    return [
        "Turn this into a short guarantee letter for the landlord.\n\n",
        "Tenant: ", P(name), f" ({nat}), passport ", PP(passport(r, pp)), ", employed by an international school.\n"
        "Guarantor (employer HR contact): ", P(hr), ", ", EM(email(r, hr, "isb-example.ac.th")), "\n",
        "Rent 45,000 THB/month, 12-month lease from 1 June.",
    ]


# ==============================================================================================
# Automotive
# ==============================================================================================
CARS = ["Toyota Hilux Revo", "Honda City e:HEV", "Isuzu D-Max", "Mazda 2", "BYD Atto 3", "Ford Ranger",
        "Mitsubishi Xpander", "Nissan Almera", "MG ZS EV", "Toyota Yaris Cross"]


@T("automotive")
def au_booking_form_ocr(r: random.Random) -> list:
    n = thai(r)
    return [
        "ข้อความ OCR จากใบจองรถยนต์ (ลายมือ) ช่วยดึงข้อมูลลงฟอร์ม CRM\n~~~~\n",
        "ใบจองรถยนต์ เลขที่ BK-", str(r.randint(10000, 99999)), "\n",
        "ชื่อ-สกุล ", n.title(r), P(n.full), "   วันเกิด ", DOB(dob(r, "slash_be")), "\n",
        "เลขบัตร ปชช. ", NID(nid(r, "space")), "\nที่อยู่ ", AD(addr(r)), "\n",
        "มือถือ ", PH(mobile(r, "dash")), f"\nรุ่นรถ {r.choice(CARS)}  สี {r.choice(['ขาว', 'เทา', 'ดำ', 'แดง'])}  เงินจอง 5,000.-\n~~~~",
    ]


@T("automotive")
def au_leasing_application_json(r: random.Random) -> list:
    n = rom(r)
    return [
        "Score this hire-purchase application and explain the top three risk factors:\n",
        "{\n", '  "app_no": "HP', str(r.randint(6800000, 6899999)), '",\n',
        '  "applicant": {"name": "', P(n), '", "citizen_id": "', NID(nid(r, "plain")), '", "dob": "', DOB(dob(r, "iso", 1970, 2003)), '",\n',
        '    "mobile": "', PH(mobile(r, "plain")), '", "email": "', EM(email(r, n)), '", "salary": ', str(r.randint(15, 90) * 1000), "},\n",
        '  "dealer": {"name": "Siam Motor Sales Co., Ltd.", "tax_id": "', JUR(juristic(r, "plain")), '"},\n',
        '  "car": "', r.choice(CARS), '", "price": ', str(r.randint(550, 1500) * 1000), ', "down_pct": ', str(r.choice([0, 5, 10, 15, 25])), ",\n",
        '  "disburse_to": "', BA(bank_acct(r, style="plain")), '"\n}',
    ]


@T("automotive")
def au_collection_line(r: random.Random) -> list:
    n = thai(r, True)
    c = clocks(r, 3)
    return [
        "แชทไลน์ฝ่ายติดตามหนี้ลิสซิ่ง ช่วยร่างข้อความถัดไปให้สุภาพ ไม่ข่มขู่ ตาม พ.ร.บ.ทวงถามหนี้\n",
        f"[{c[0]}] เจ้าหน้าที่: เรียนคุณ", P(n.given), f" ค่างวดรถ {r.choice(CARS)} ทะเบียน ", PL(plate(r)),
        f" ค้าง {r.randint(2, 4)} งวด รวม {money(r, 18000, 60000)} บาทครับ\n",
        f"[{c[1]}] ลูกค้า: ตอนนี้ตกงานค่ะ ขอผ่อนผันได้ไหม ติดต่อเบอร์ใหม่ ", PH(mobile(r)), " นะคะ\n",
        f"[{c[2]}] เจ้าหน้าที่: (ร่างข้อความตรงนี้)",
    ]


@T("automotive")
def au_repair_ticket(r: random.Random) -> list:
    n = thai(r)
    return [
        "ใบรับรถเข้าศูนย์ ช่วยแปลงเป็นข้อความแจ้งลูกค้าทาง SMS ว่ารถจะเสร็จเมื่อไร\n",
        f"RO#{r.randint(100000, 999999)} | ลูกค้า: ", P(n.full), " | โทร ", PH(mobile(r)), "\n",
        "ทะเบียน ", PL(plate(r)), f" | VIN {vin(r)} | เลขไมล์ {r.randint(12000, 180000):,} กม.\n",
        f"อาการ: {r.choice(['แอร์ไม่เย็น', 'เบรกมีเสียงดัง', 'ไฟเตือนเครื่องยนต์โชว์', 'เปลี่ยนถ่ายน้ำมัน + เช็กระยะ'])}\n",
        "นัดรับรถ: ", day_th(r),
    ]


@T("automotive")
def au_police_accident_report(r: random.Random) -> list:
    a, b = thai(r, False), thai(r)
    return [
        "สรุปรายงานอุบัติเหตุจราจรเพื่อส่งบริษัทประกัน (ภาษาทางการ)\n",
        f"เหตุเกิด {day_th(r)} เวลา {clock(r)} ถนนมิตรภาพ กม.{r.randint(10, 250)}\n",
        "คู่กรณีที่ 1: นาย", P(a.full), " เลขบัตร ", NID(nid(r)), " ขับรถทะเบียน ", PL(plate(r)), "\n",
        "คู่กรณีที่ 2: ", P(b.full), " เลขบัตร ", NID(nid(r)), " ขับจักรยานยนต์ ได้รับบาดเจ็บ ", HL(r.choice(ACCIDENT_INJ_TH)),
        " นำส่ง รพ.", r.choice(["มหาราชนครราชสีมา", "ขอนแก่น", "ปากช่องนานา"]), " HN ", MRN(hn(r)),
    ]


@T("automotive")
def au_survey_report_expat_en(r: random.Random) -> list:
    name, nat, pp, cc = foreigner(r, need_passport=True)
    return [
        "Turn the surveyor's notes into a clean English claim report.\n\n",
        f"Policy: VMI-{r.randint(1000000, 9999999)} (Class 1)\nInsured driver: ", P(name), f", {nat}, passport ", PP(passport(r, pp)), "\n",
        "Mobile: ", PH(fphone(r, cc) if r.random() < 0.4 else mobile(r)), "\n",
        "Notes: rear-ended at traffic light on Sukhumvit Rd, Pattaya. Driver complained of ",
        HL(r.choice(["whiplash and neck pain", "chest pain from the seatbelt", "a concussion"])),
        ", taken to hospital by the surveyor. Counterparty admitted fault. Photos: 14.",
    ]


@T("automotive")
def au_claim_denied_drunk(r: random.Random) -> list:
    n = thai(r, False)
    return [
        "ช่วยร่างหนังสือปฏิเสธความคุ้มครองให้ถูกต้องตามเงื่อนไขกรมธรรม์ ข้อยกเว้นเมาแล้วขับ\n",
        "ผู้ขับขี่: นาย", P(n.full), " รถทะเบียน ", PL(plate(r)), "\n",
        "ข้อเท็จจริง: ", CR(r.choice(["ถูกดำเนินคดีเมาแล้วขับ ระดับแอลกอฮอล์ 168 mg% ศาลพิพากษาจำคุกรอลงอาญา",
                                      "ถูกตั้งข้อหาขับรถขณะเมาสุราและศาลสั่งปรับ 10,000 บาท"])), "\n",
        "ที่อยู่ส่งหนังสือ: ", AD(addr(r)),
    ]


@T("automotive")
def au_hand_control_modification(r: random.Random) -> list:
    n = thai(r)
    return [
        "อู่ดัดแปลงรถ: ช่วยเขียนใบเสนอราคาอย่างเป็นทางการจากโน้ตนี้\n",
        "ลูกค้า ", P(n.full), " โทร ", PH(mobile(r)), " ", DS(r.choice(["เป็นอัมพาตท่อนล่าง", "ขาขาดทั้งสองข้าง", "ใช้รถเข็นตั้งแต่อุบัติเหตุ"])),
        " ต้องการติดตั้งชุดคันเร่ง-เบรกมือ (hand control) กับรถ ", r.choice(CARS), " ทะเบียน ", PL(plate(r)),
    ]


@T("automotive")
def au_fleet_driver_fingerprint(r: random.Random) -> list:
    n = thai(r, False)
    return [
        "ระบบบริหารรถขนส่ง: ช่วยสรุปว่าทำไมคนขับคนนี้สตาร์ตรถไม่ได้เมื่อเช้า\n",
        f"{day_th(r)} 05:4{r.randint(0, 9)} driver=", P(n.full), " tel=", PH(mobile(r, "plain")), " truck=", PL(plate(r)), "\n",
        "  step1 ", BM(r.choice(["สแกนลายนิ้วมือ: ไม่ตรงกับแม่แบบที่ลงทะเบียน", "สแกนใบหน้า: ค่าความเหมือน 0.41 ต่ำกว่าเกณฑ์"])), "\n",
        "  step2 breathalyzer: 0 mg%\n  step3 ignition interlock: LOCKED",
    ]


@T("automotive")
def au_parts_plant_union(r: random.Random) -> list:
    n = thai(r)
    return [
        "HR โรงงานชิ้นส่วนยานยนต์ ระยอง: ช่วยตรวจว่าข้อความเรียกพบนี้เสี่ยงผิดกฎหมายแรงงานไหม\n\n",
        "ถึง ", P(n.full), f" (รหัส {r.randint(10000, 99999)}) ไลน์ผลิต {r.choice(['Stamping', 'Welding', 'Assembly'])} "
        "เนื่องจากท่าน", TU(r.choice(["เป็นแกนนำจัดตั้งสหภาพแรงงานในบริษัท", "เป็นสมาชิกสหภาพแรงงานยานยนต์"])),
        " ขอให้มาพบฝ่ายบุคคลเพื่อพูดคุยเรื่องการย้ายแผนก โทร ", PH(mobile(r)),
    ]


@T("automotive")
def au_used_car_buyer_en(r: random.Random) -> list:
    name, _, _, cc = foreigner(r)
    return [
        "Reply to this buyer about viewing times and paperwork for foreigners buying a used car.\n\n",
        "Hi, I'm ", P(name), ", interested in the 2019 Honda Jazz you listed. I have a work permit and live in "
        "Chiang Mai. Can I view it Saturday? Call/WhatsApp ", PH(fphone(r, cc)), ", LINE ", LID(line_id(r, r.choice(["mike", "ola", "lars", "yuki", "jun"]))),
        ", or e-mail ", EM(email(r, name)), ".",
    ]


@T("automotive")
def au_loan_guarantor(r: random.Random) -> list:
    b, g = thai(r), thai(r)
    return [
        "ช่วยเช็กเอกสารผู้ค้ำประกันสินเชื่อรถยนต์ว่าครบหรือยัง\n",
        "ผู้กู้: ", P(b.full), "\nผู้ค้ำ: ", P(g.full), " (", r.choice(["พี่สาว", "พ่อ", "น้า", "เพื่อนร่วมงาน"]), ")\n",
        "เลขบัตรผู้ค้ำ: ", NID(nid(r)), "\nที่อยู่ผู้ค้ำ: ", AD(addr(r)), "\nโทรผู้ค้ำ: ", PH(mobile(r)), "\n",
        "เอกสาร: สลิปเงินเดือน [x] สำเนาบัตร [x] ทะเบียนบ้าน [ ]",
    ]


@T("automotive")
def au_epilepsy_driver_note(r: random.Random) -> list:
    n = thai(r)
    return [
        "ฝ่ายพิจารณาสินไหม: ช่วยสรุปประเด็นความรับผิดจากบันทึกนี้\n",
        "ผู้ขับ ", P(n.full), " ขับรถ ", PL(plate(r)), " เสียหลักชนเสาไฟ ญาติให้ข้อมูลว่าผู้ขับ",
        HL(r.choice(["เป็นโรคลมชักและชักขณะขับ", "น้ำตาลในเลือดต่ำจากการฉีดอินซูลิน", "หลับในเพราะโรคหยุดหายใจขณะหลับ"])),
        " ไม่มีผู้บาดเจ็บรายอื่น",
    ]


@T("automotive")
def au_rental_deposit_card(r: random.Random) -> list:
    n = thai(r)
    return [
        "ระบบเช่ารถ — ช่วยเขียนอีเมลยืนยันการคืนรถและคืนวงเงินบัตร\n",
        "ผู้เช่า: ", P(n.full), " | ", EM(email(r, rom(r))), " | ", PH(mobile(r)), "\n",
        "ทะเบียน ", PL(plate(r)), " คืนรถครบถ้วน ไม่มีความเสียหาย\n",
        "ปลดล็อกวงเงินมัดจำบนบัตร ", CC(card(r)), " ภายใน 7-14 วันทำการ",
    ]


@T("automotive")
def au_tow_dispatch(r: random.Random) -> list:
    n = thai(r)
    return [
        "Dispatch log รถยก 24 ชม. — ช่วยสรุปเป็นข้อความส่งคนขับรถยก\n",
        f"{clock(r)} รับแจ้ง: ", P(n.full), " ", PH(mobile(r)), " รถเสียบนมอเตอร์เวย์ขาออก กม.",
        str(r.randint(20, 90)), " ทะเบียน ", PL(plate(r)), " ยางระเบิด ไม่มีล้ออะไหล่\n",
        "จุดหมาย: อู่ที่ลูกค้าสะดวก ใกล้บ้าน ", AD(addr(r)),
    ]


@T("automotive")
def au_recall_customer_csv(r: random.Random) -> list:
    out = []
    for _ in range(3):
        n = thai(r)
        out += [P(n.full), ",", PH(mobile(r, "plain")), ",", PL(plate(r)), ",", vin(r), "\n"]
    return [
        "ลูกค้าที่ต้องเรียกคืนรถแก้ไขถุงลมนิรภัย ช่วยเขียนข้อความ SMS ที่ใส่ชื่อแต่ละคน\n", "name,mobile,plate,vin\n", out,
    ]


@T("automotive")
def au_speed_fine_appeal(r: random.Random) -> list:
    n = thai(r)
    return [
        "ช่วยเรียบเรียงหนังสืออุทธรณ์ใบสั่งนี้ให้สุภาพและมีเหตุผล\n\n",
        "ข้าพเจ้า ", P(n.full), " เลขบัตร ", NID(nid(r)), " ที่อยู่ ", AD(addr(r)),
        " ได้รับใบสั่งขับเร็วเกินกำหนด รถทะเบียน ", PL(plate(r)), f" วันที่ {day_th(r)} ซึ่งขณะนั้นรถจอดซ่อมอยู่ที่ศูนย์บริการ มีใบรับรถยืนยัน",
    ]


@T("automotive")
def au_accident_migrant_worker(r: random.Random) -> list:
    n = r.choice(["จายแสง", "หอมนวล", "มิ่งหล้า", "ส่างคำ", "นันทา"])
    return [
        "ช่วยเขียนข้อความแจ้งญาติผู้บาดเจ็บ (ภาษาง่าย) จากบันทึกโรงพยาบาล\n",
        "ผู้บาดเจ็บ: ", P(n), " ", ET(r.choice(["ชาวไทใหญ่", "ชาวมอญ", "ชาวกะเหรี่ยง"])),
        " อายุประมาณ 30 ปี ซ้อนท้ายรถกระบะทะเบียน ", PL(plate(r)), " พลิกคว่ำ\n",
        "อาการ: ", HL(r.choice(ACCIDENT_INJ_TH)), " HN ", MRN(hn(r)), "\nญาติติดต่อ ", PH(mobile(r)),
    ]


@T("automotive")
def au_dna_victim_identification(r: random.Random) -> list:
    n = thai(r)
    return [
        "บริษัทประกันภัย: ช่วยสรุปสถานะการยืนยันตัวผู้เสียชีวิตเพื่อจ่ายสินไหม\n",
        "ผู้เอาประกัน ", P(n.full), " เลขบัตร ", NID(nid(r)), " เสียชีวิตจากรถไฟไหม้หลังชน\n",
        "สถาบันนิติเวชแจ้งว่า ", GN(r.choice(["ผลตรวจ DNA จากศพตรงกับมารดาของผู้เอาประกัน", "โปรไฟล์ DNA ของศพตรงกับบุตรสาวผู้เอาประกัน"])),
        " ผู้รับประโยชน์ติดต่อ ", PH(mobile(r)),
    ]


@T("automotive")
def au_dealer_staff_line_en(r: random.Random) -> list:
    name, _, _, cc = foreigner(r)
    return [
        "Draft the test-drive confirmation in English from the salesperson's note:\n",
        "Customer ", P(name), ", phone ", PH(fphone(r, cc) if r.random() < 0.5 else mobile(r)), ", e-mail ", EM(email(r, name)),
        f", wants to test the {r.choice(['BYD Seal', 'Tesla Model 3', 'MG4 Electric', 'Volvo EX30'])} on {day_en(r)} at {clock(r)}. "
        "Needs a child seat. Salesperson: ", P(rom(r)),
    ]


# ==============================================================================================
# Agriculture and cooperatives
# ==============================================================================================
CROPS = ["ข้าวหอมมะลิ", "มันสำปะหลัง", "อ้อย", "ยางพารา", "ข้าวโพดเลี้ยงสัตว์", "ลำไย", "ทุเรียน", "ปาล์มน้ำมัน"]


@T("agriculture")
def ag_baac_loan_application(r: random.Random) -> list:
    n = thai(r)
    return [
        "ช่วยตรวจคำขอกู้ ธ.ก.ส. นี้ว่าผ่านเกณฑ์เบื้องต้นไหม และเขียนสรุปให้พนักงานพัฒนาลูกค้า\n",
        "ผู้ขอกู้: ", n.title(r), " ", P(n.full), "\nเลขประจำตัวประชาชน: ", NID(nid(r, first="3")), "\n",
        "วันเกิด: ", DOB(dob(r, "th_long", 1958, 1990)), "\nที่อยู่: ", AD(village_addr(r)), "\n",
        "โทร: ", PH(mobile(r)), "\nบัญชีเงินฝาก ธ.ก.ส.: ", BA(bank_acct(r, baac=True)), "\n",
        f"วัตถุประสงค์: ซื้อปุ๋ยและเมล็ดพันธุ์{r.choice(CROPS)} วงเงิน {money(r, 30000, 200000)} บาท หลักประกัน: น.ส.3ก",
    ]


@T("agriculture")
def ag_farmer_registry_csv(r: random.Random) -> list:
    out = []
    for _ in range(3):
        n = thai(r)
        out += [P(n.full), ",", NID(nid(r, "plain", first=r.choice(["1", "3"]))), ",", PH(mobile(r, "plain")),
                f",{r.choice(CROPS)},{r.randint(3, 45)},{r.choice(['โฉนด', 'ส.ป.ก.', 'เช่า'])}\n"]
    return [
        "ข้อมูลทะเบียนเกษตรกร (ทบก.) ตำบล", r.choice(["โนนสะอาด", "ดอนเจดีย์", "บ้านกลาง"]),
        " ช่วยรวมพื้นที่ปลูกตามชนิดพืชและหาแถวที่ข้อมูลซ้ำ\nชื่อ,เลขบัตร,โทร,พืช,ไร่,เอกสารสิทธิ์\n", out,
    ]


@T("agriculture")
def ag_coop_agm_disabled_member(r: random.Random) -> list:
    a, b = thai(r), thai(r)
    return [
        "ช่วยเขียนรายงานการประชุมใหญ่สหกรณ์การเกษตรให้กระชับ\n",
        f"สมาชิกมาประชุม {r.randint(180, 420)} คน ครบองค์ประชุม\n",
        "วาระ 4: อนุมัติเงินช่วยเหลือสมาชิก ", P(a.full), f" (เลขทะเบียนสมาชิก {r.randint(1000, 9999)}) ซึ่ง",
        DS(r.choice(["พิการขาขวาจากเครื่องตัดหญ้า", "ตาบอดทั้งสองข้างจากสารเคมี", "เป็นอัมพาตหลังตกต้นตาล"])),
        " จำนวน 5,000 บาท\nวาระ 5: คุณ", P(b.full), " เสนอให้ขึ้นราคารับซื้อ", r.choice(CROPS),
    ]


@T("agriculture")
def ag_coop_debt_line(r: random.Random) -> list:
    n = thai(r, False)
    return [
        "แชทไลน์เจ้าหน้าที่สหกรณ์กับสมาชิก ช่วยร่างข้อความแจ้งยอดหนี้ที่เข้าใจง่าย\n",
        "จนท.: ลุง", P(n.given), f" ครับ หนี้ค่าปุ๋ยคงเหลือ {money(r, 4000, 45000)} บาท ครบกำหนด {day_th(r)}\n",
        "สมาชิก: หักจากบัญชี ธ.ก.ส. ", BA(bank_acct(r, baac=True)), " ได้เลย ลูกสาวจะโอนเข้าให้ เบอร์ลูกสาว ", PH(mobile(r)), "\n",
        "จนท.: (รอคำตอบ)",
    ]


@T("agriculture")
def ag_hilltribe_coffee_members(r: random.Random) -> list:
    out = []
    for _ in range(3):
        n = thai(r)
        out += ["- ", P(n.full), " (", ET(r.choice(["อาข่า", "ลาหู่", "ลีซู", "ม้ง", "ปกาเกอะญอ"])), ") โทร ", PH(mobile(r)), "\n"]
    return [
        "สหกรณ์กาแฟบนดอย อ.", r.choice(["แม่สรวย", "แม่ฟ้าหลวง", "เวียงป่าเป้า"]),
        " ส่งรายชื่อสมาชิกที่จะเข้าอบรมคั่วกาแฟ ช่วยแบ่งเป็น 2 รุ่น รุ่นละเท่าๆ กัน\n", out,
    ]


@T("agriculture")
def ag_pesticide_poisoning(r: random.Random) -> list:
    n = thai(r)
    return [
        "เจ้าหน้าที่ รพ.สต. ขอให้ช่วยร่างรายงานส่งสำนักงานสาธารณสุขอำเภอ\n",
        "ผู้ป่วย: ", P(n.full), f" อายุ {r.randint(35, 70)} ปี เกษตรกรปลูก{r.choice(CROPS)}\n",
        "อาการ: ", HL(r.choice(["พิษจากสารพาราควอต มีแผลไหม้ที่ขาและหายใจลำบาก", "พิษสารกำจัดแมลงกลุ่มออร์กาโนฟอสเฟต ม่านตาหดเหงื่อออกมาก",
                                  "ระดับเอนไซม์โคลีนเอสเตอเรสในเลือดอยู่ในระดับไม่ปลอดภัย"])), "\n",
        "ส่งต่อโรงพยาบาลชุมชน HN ", MRN(hn(r)), "\nที่อยู่ ", AD(village_addr(r)),
    ]


@T("agriculture")
def ag_drought_compensation_email(r: random.Random) -> list:
    n = thai(r, False)
    return [
        "Subject: ขอติดตามเงินช่วยเหลือภัยแล้ง\n\nช่วยเขียนอีเมลตอบเกษตรกรรายนี้ บอกขั้นตอนตรวจสอบสถานะ\n\n",
        "ผม ", P(n.full), " เลขบัตร ", NID(nid(r)), " ที่อยู่ ", AD(village_addr(r)),
        " ยื่นขอเงินช่วยเหลือไร่ละ 1,340 บาท ตั้งแต่ 3 เดือนก่อน แต่ยังไม่เข้าบัญชี ", BA(bank_acct(r, baac=True)),
        " ครับ ตอบกลับที่ ", EM(email(r, rom(r))),
    ]


@T("agriculture")
def ag_forest_encroachment(r: random.Random) -> list:
    n = thai(r, False)
    return [
        "สหกรณ์ต้องตัดสินใจรับสมาชิกใหม่ ช่วยสรุปข้อดีข้อเสียจากข้อมูลนี้\n",
        "ผู้สมัคร: นาย", P(n.full), " เลขบัตร ", NID(nid(r)), "\n",
        "ข้อมูลจากผู้ใหญ่บ้าน: ", CR(r.choice(["เคยถูกศาลตัดสินจำคุกคดีบุกรุกป่าสงวน รอลงอาญา 2 ปี", "ต้องโทษคดีลักลอบตัดไม้พะยูงเมื่อปี 2562"])),
        " ปัจจุบันปลูก", r.choice(CROPS), " ในที่ดิน ส.ป.ก.",
    ]


@T("agriculture")
def ag_rubber_coop_zakat(r: random.Random) -> list:
    n = thai(r)
    return [
        "สหกรณ์กองทุนสวนยาง จ.", r.choice(["ปัตตานี", "สตูล", "นราธิวาส"]), " ช่วยคำนวณเงินปันผลหลังหักซะกาต 2.5%\n",
        "สมาชิก: ", P(n.full), " ", RL(r.choice(["นับถือศาสนาอิสลาม ขอให้หักซะกาตจากปันผล", "เป็นมุสลิม แจ้งให้สหกรณ์หักซะกาตแทน"])),
        f"\nปันผล {money(r, 3000, 40000)} บาท เฉลี่ยคืน {money(r, 800, 9000)} บาท\nโอนเข้าบัญชี ", BA(bank_acct(r, baac=True)),
    ]


@T("agriculture")
def ag_coop_board_canvasser(r: random.Random) -> list:
    n = thai(r, False)
    return [
        "สมาชิกร้องเรียนผู้สมัครกรรมการสหกรณ์ ช่วยร่างคำตอบกลางๆ จากผู้ตรวจสอบกิจการ\n",
        "ข้อความร้องเรียน: ผู้สมัครนาย", P(n.full), " ", PO(r.choice(["เป็นหัวคะแนนพรรคภูมิใจไทย", "เป็นผู้ประสานงานพรรคฝ่ายค้านในอำเภอ",
                                                                     "ประกาศตัวสนับสนุนพรรคประชาชน"])),
        " เอาเงินสหกรณ์ไปใช้หาเสียง ขอให้ตรวจสอบ ผู้ร้อง ", P(thn(r)), " โทร ", PH(mobile(r)),
    ]


@T("agriculture")
def ag_sugarcane_union(r: random.Random) -> list:
    n = thai(r)
    return [
        "โรงงานน้ำตาล: ช่วยสรุปเรื่องร้องเรียนเป็นภาษาอังกฤษส่งบริษัทแม่\n",
        "คนงานตัดอ้อย ", P(n.full), " ", TU(r.choice(["เป็นสมาชิกสหภาพแรงงานอุตสาหกรรมน้ำตาล", "เป็นกรรมการสหภาพแรงงานโรงงานน้ำตาล"])),
        " ร้องเรียนว่าถูกหักค่าแรงเพราะเข้าร่วมประชุมสหภาพฯ โทร ", PH(mobile(r)),
    ]


@T("agriculture")
def ag_ekyc_face_log(r: random.Random) -> list:
    n = rom(r)
    return [
        "e-KYC log จากแอปธนาคารเพื่อการเกษตร ทำไมลูกค้ารายนี้ไม่ผ่าน? อธิบายสั้นๆ\n",
        f"ts={epoch_ms_any(r)} step=dopa_check cid=", NID(nid(r, "plain")), " name=\"", P(n), "\" result=PASS\n",
        f"ts={epoch_ms_any(r)} step=face_match ", BM(f"selfie_vs_chip_photo score=0.{r.randint(30, 58)}"), " threshold=0.80 result=FAIL\n",
        f"ts={epoch_ms_any(r)} step=liveness result=PASS device_ip=", IPA(ip(r)),
    ]


@T("agriculture")
def ag_coop_scholarship(r: random.Random) -> list:
    p, c = thai(r), thai(r)
    return [
        "ทุนการศึกษาบุตรสมาชิกสหกรณ์ ช่วยเขียนประกาศรายชื่อผู้ได้รับทุน (ไม่ต้องใส่เลขประจำตัว)\n",
        "ผู้ได้รับทุน: ", P(c.full), " รหัสนักศึกษา ", SID(student_id(r)), " เกิด ", DOB(dob(r, "th_short", 2004, 2007)), "\n",
        "บุตรของสมาชิก: ", P(p.full), " โทร ", PH(mobile(r)), f"\nมหาวิทยาลัย{r.choice(['ขอนแก่น', 'แม่โจ้', 'เกษตรศาสตร์'])} ทุนละ 10,000 บาท",
    ]


@T("agriculture")
def ag_durian_buyer_en(r: random.Random) -> list:
    name = r.choice(["Chen Yuting", "Wang Lei", "Zhou Jianguo", "Li Xiaomei"])
    return [
        "Draft a purchase agreement summary in English for this durian export deal:\n",
        "Seller: Chanthaburi Fresh Fruit Co., Ltd., tax ID ", JUR(juristic(r, kind="205")), "\n",
        "Buyer contact: ", P(name), ", passport ", PP(passport(r, "CN")), ", WeChat/phone ", PH(fphone(r, "CN")), ", ",
        EM(email(r, name, r.choice(["163.com", "qq.com"]))), "\n",
        f"Monthong grade A, {r.randint(8, 40)} tonnes, FOB Laem Chabang, 30% deposit.",
    ]


@T("agriculture")
def ag_thalassemia_family(r: random.Random) -> list:
    a, b = thai(r, False), thai(r, True)
    return [
        "อสม. ขอให้ช่วยเขียนคำอธิบายผลตรวจแบบภาษาชาวบ้านให้คู่สามีภรรยา\n",
        "สามี ", P(a.full), " ", GN(r.choice(["เป็นพาหะธาลัสซีเมียชนิดเบต้า", "ผลตรวจยีนพบพาหะฮีโมโกลบินอี"])),
        "\nภรรยา ", P(b.full), " ", GN(r.choice(["เป็นพาหะแอลฟาธาลัสซีเมีย 1", "เป็นพาหะเบต้าธาลัสซีเมีย"])),
        f"\nภรรยาตั้งครรภ์ {r.randint(8, 14)} สัปดาห์ HN ", MRN(hn(r)),
    ]


@T("agriculture")
def ag_coop_share_inheritance_dna(r: random.Random) -> list:
    d, c = thai(r, False), thai(r)
    return [
        "สหกรณ์ออมทรัพย์การเกษตร: ช่วยร่างหนังสือแจ้งผลการพิจารณาคืนค่าหุ้นแก่ทายาท\n",
        "สมาชิกผู้ตาย: นาย", P(d.full), "\nผู้ขอรับ: ", P(c.full), " บัญชี ", BA(bank_acct(r, baac=True)), "\n",
        "หลักฐาน: ", GN(r.choice(["ผลตรวจดีเอ็นเอยืนยันว่าเป็นบุตรของผู้ตาย", "ผลตรวจสารพันธุกรรมยืนยันความเป็นบุตร"])),
        " (ไม่มีชื่อในทะเบียนบ้านของผู้ตาย)",
    ]


@T("agriculture")
def ag_farm_worker_fingerprint(r: random.Random) -> list:
    out = []
    for _ in range(2):
        n = thai(r)
        out += [P(n.full), " — ", BM(r.choice(["ลงทะเบียนลายนิ้วมือ 2 นิ้ว", "ลงทะเบียนใบหน้าแล้ว", "สแกนลายนิ้วมือไม่ติด ลงทะเบียนใหม่"])), "\n"]
    return [
        "ฟาร์มไก่ไข่ติดเครื่องสแกนเข้างาน ช่วยเขียนประกาศแจ้งลูกจ้างเรื่องการเก็บข้อมูลชีวภาพ (PDPA) และสรุปสถานะนี้\n", out,
    ]


@T("agriculture")
def ag_ordination_leave(r: random.Random) -> list:
    n = thai(r, False)
    return [
        "พนักงานสหกรณ์ยื่นลา ช่วยเขียนบันทึกอนุมัติ\n",
        "ผู้ขอลา: ", P(n.full), f" ตำแหน่งพนักงานบัญชี ขอลา {r.randint(15, 90)} วัน เพื่อ",
        RL(r.choice(["อุปสมบทเป็นพระภิกษุ", "บวชเป็นพระที่วัดบ้านเกิด"])), " ตั้งแต่ ", day_th(r), "\nโทร ", PH(mobile(r)),
    ]


@T("agriculture")
def ag_farmer_protest_leader(r: random.Random) -> list:
    n = thai(r)
    return [
        "ธนาคารสาขา: ช่วยเขียนรายงานความเสี่ยงลูกค้า โดยตัดความเห็นส่วนตัวออก\n",
        "ลูกค้า ", P(n.full), " บัญชี ", BA(bank_acct(r, baac=True)), " ค้างชำระ 2 งวด ",
        PO(r.choice(["เป็นแกนนำม็อบเกษตรกรเรียกร้องพักหนี้ที่ทำเนียบ", "ขึ้นเวทีปราศรัยต่อต้านรัฐบาลบ่อยครั้ง"])),
        " พนักงานกังวลว่าจะพาสมาชิกกลุ่มไม่ชำระหนี้",
    ]


@T("agriculture")
def ag_smart_farm_support_en(r: random.Random) -> list:
    n = rom(r)
    return [
        "Support ticket from our smart-irrigation app. Draft a reply explaining the sensor offline alert.\n\n",
        "User: ", P(n), " <", EM(email(r, n)), ">\nLast login IP: ", IPA(ip(r)), "\n",
        "Message: 'Since yesterday the soil moisture sensor in plot B says OFFLINE. The pump keeps running and my "
        "cassava field is flooding. Call me ", PH(mobile(r)), "'",
    ]


@T("agriculture")
def ag_dairy_loan_en(r: random.Random) -> list:
    n = rom(r)
    return [
        "Translate into Thai for the branch officer:\n\n",
        "Applicant ", P(n), ", national ID ", NID(nid(r)), ", born ", DOB(dob(r, "en", 1965, 1995)),
        ", wants 120,000 THB from the BAAC to buy 6 dairy heifers. Repayment from milk sales to the cooperative, "
        "paid monthly into BAAC account ", BA(bank_acct(r, baac=True)), ".",
    ]


# ==============================================================================================
# A few more positives across the emphasis domains
# ==============================================================================================
@T("travel")
def tr_housekeeping_roster_language(r: random.Random) -> list:
    a, b = thai(r, True), thai(r, True)
    return [
        "ช่วยจัดตารางแม่บ้านสัปดาห์หน้าให้มีคนพูดภาษาพม่า/ไทใหญ่ได้ทุกกะ จากโน้ตหัวหน้าแผนก\n",
        "- ", P(a.full), " ", ET(r.choice(["เป็นชาวไทใหญ่", "เป็นคนไทใหญ่จากเมืองปั่น"])), " พูดไทใหญ่กับพม่าได้ ทำได้แค่กะเช้า\n",
        "- ", P(b.full), " ", ET(r.choice(["เป็นชาวมอญ", "เชื้อสายมอญ"])), " พูดมอญ/พม่าได้ ทำกะบ่ายหรือดึกก็ได้\n",
        "- อีก 4 คนพูดได้แค่ไทย",
    ]


@T("travel")
def tr_guide_social_media_hr(r: random.Random) -> list:
    n = thai(r)
    return [
        "HR บริษัททัวร์: ช่วยร่างหนังสือตักเตือนที่ไม่ละเมิดเสรีภาพทางความคิด เน้นเฉพาะการใช้ยูนิฟอร์มบริษัท\n",
        "ไกด์ ", P(n.full), f" (ใบอนุญาตเลขที่ 11-{r.randint(10000, 99999)}) โพสต์ภาพใส่เสื้อบริษัทพร้อมข้อความว่า",
        PO(r.choice(["สนับสนุนพรรคประชาชนเต็มที่", "จะไปร่วมชุมนุมขับไล่รัฐบาลวันเสาร์นี้", "เป็นสมาชิกพรรคพลังประชารัฐมา 5 ปี"])),
        " ลูกค้ากรุ๊ปจีนแคปภาพมาร้องเรียน ติดต่อไกด์ ", PH(mobile(r)),
    ]


@T("travel")
def tr_partner_visa_same_sex(r: random.Random) -> list:
    n = thai(r, False)
    partner = r.choice(["Jan de Vries", "Kevin Walsh", "Stefan Novak", "Thomas Berger"])
    return [
        "เอเจนซี่วีซ่า: ช่วยร่างจดหมายอธิบายความสัมพันธ์ (relationship statement) เป็นภาษาอังกฤษ จากข้อมูลนี้\n",
        "ผู้ยื่น: ", P(n.full), " พาสปอร์ต ", PP(passport(r)), " เกิด ", DOB(dob(r, "th_long", 1985, 1998)), "\n",
        "คู่: Mr. ", P(partner), "\n",
        "ความสัมพันธ์: ", SX(r.choice(["เป็นคู่รักเพศเดียวกันอยู่กินด้วยกันมา 6 ปี", "คบหาเป็นแฟนชายกับชายตั้งแต่ปี 2562 และอยู่ด้วยกัน"])),
        " มีสัญญาเช่าคอนโดร่วมกันและบัญชีร่วม",
    ]


# ==============================================================================================
# Negatives: hard ones per s.26 category (same words, no fact about a specific person)
# ==============================================================================================
@T("travel", hard="HEALTH_DATA")
def neg_dengue_travel_advisory(r: random.Random) -> list:
    return [
        "ช่วยย่อบทความนี้เป็นโพสต์ Facebook ของบริษัททัวร์ ไม่เกิน 5 บรรทัด\n\n",
        f"ช่วงฤดูฝนปีนี้กรมควบคุมโรคคาดว่าจะมีผู้ป่วยไข้เลือดออกราว {r.randint(60, 120)},000 ราย นักท่องเที่ยวควรทายากันยุง "
        "สวมเสื้อแขนยาวเมื่อเดินป่า และหากมีไข้สูงลอย 2-3 วัน ปวดกระบอกตา ควรพบแพทย์ทันที ห้ามกินยาแอสไพรินหรือไอบูโพรเฟน "
        "เพราะอาจทำให้เลือดออกง่ายขึ้น ผู้ที่เคยเป็นไข้เลือดออกมาแล้วมีความเสี่ยงอาการรุนแรงหากติดเชื้อซ้ำต่างสายพันธุ์",
    ]


@T("travel", hard="HEALTH_DATA")
def neg_travel_insurance_exclusions_en(r: random.Random) -> list:
    plan = r.choice(["Silver", "Gold", "Platinum"])
    return [
        f"Rewrite the exclusions section of our {plan} travel plan in plain English, bullet points:\n\n",
        "4.1 Pre-existing conditions: any illness, including diabetes, hypertension, cancer or heart disease, for which the "
        "Insured Person received treatment within 12 months before departure is excluded unless declared and accepted.\n"
        "4.2 Pregnancy after 26 weeks, childbirth and fertility treatment.\n"
        "4.3 Mental or nervous disorders, including depression and anxiety.\n"
        f"4.4 Injuries while under the influence of alcohol above {r.choice([50, 80])} mg% or while riding a motorcycle without a valid licence.",
    ]


@T("travel", hard="RELIGION")
def neg_temple_fair_notice(r: random.Random) -> list:
    wat = r.choice(["วัดพระธาตุดอยสุเทพ", "วัดไร่ขิง", "วัดพระธาตุพนม", "วัดบางพระ"])
    return [
        "ช่วยเขียนข้อความแจ้งแขกโรงแรมเรื่องงานวัดใกล้โรงแรม ให้สั้นและมีข้อมูลการเดินทาง\n\n",
        f"ประกาศ: งานประจำปี{wat} จัดระหว่างวันที่ {r.randint(1, 10)}-{r.randint(11, 20)} {r.choice(TH_MONTHS)} มีขบวนแห่ผ้าห่มองค์พระธาตุ "
        "การแสดงลิเก และตลาดนัดกลางคืน ถนนหน้าวัดจะปิดการจราจร 17:00-24:00 น. ผู้มาทำบุญกรุณาแต่งกายสุภาพ "
        "จอดรถได้ที่ลานจอดเทศบาลฟรี",
    ]


@T("travel", hard="RELIGION")
def neg_ramadan_iftar_promo_en(r: random.Random) -> list:
    price = r.choice(["1,290", "1,450", "990"])
    return [
        "Polish this promotion copy for our website:\n\n",
        f"Ramadan Iftar at The Terrace — break your fast with dates, lamb kabsa and Thai-Muslim favourites, {price} THB net per person. "
        "All dishes are prepared in our halal-certified kitchen. A prayer room is available on level 2. "
        "Served daily at sunset throughout the holy month. Reservations: dining@",
        r.choice(["theterrace-hotel.com", "riverside-bkk.com"]),
    ]


@T("travel", hard="RELIGION")
def neg_buddhist_day_alcohol_notice(r: random.Random) -> list:
    day = r.choice(["วันอาสาฬหบูชา", "วันเข้าพรรษา", "วันมาฆบูชา", "วันวิสาขบูชา"])
    return [
        "แปลประกาศนี้เป็นภาษาอังกฤษสำหรับแขกต่างชาติ\n\n",
        f"เนื่องใน{day} ตามกฎหมาย ห้ามจำหน่ายเครื่องดื่มแอลกอฮอล์ตั้งแต่ 00:01 ถึง 24:00 น. "
        "บาร์ริมสระและมินิบาร์ในห้องพักจะงดจำหน่ายชั่วคราว ขออภัยในความไม่สะดวก",
    ]


@T("travel", hard="ETHNICITY")
def neg_hilltribe_tourism_article(r: random.Random) -> list:
    return [
        "Summarise for a tour brochure (3 sentences, respectful tone):\n\n",
        "The Akha swing festival is held each year in late August or early September in villages around Doi Mae Salong. "
        "Families rebuild a tall wooden swing at the village entrance and celebrate the rice harvest for four days. "
        f"Visitors are welcome but should ask before photographing people or entering the spirit gate. Around {r.randint(60, 80)},000 "
        "Akha live in Thailand, mostly in Chiang Rai province.",
    ]


@T("agriculture", hard="ETHNICITY")
def neg_coffee_product_copy(r: random.Random) -> list:
    return [
        "ช่วยเขียนคำบรรยายสินค้าให้ดึงดูดขึ้นสำหรับ Shopee\n\n",
        f"กาแฟอาราบิก้าคั่วกลาง จากดอยช้าง ปลูกโดยเกษตรกรชาติพันธุ์อาข่าและลีซูที่ความสูง {r.randint(1200, 1600)} เมตร "
        "ผ่านกระบวนการ washed process รสชาติช็อกโกแลต ถั่ว และผลไม้เปรี้ยวอ่อนๆ ขนาด 250 กรัม ราคา ",
        str(r.choice([290, 320, 350])), " บาท",
    ]


@T("energy", hard="POLITICAL_OPINION")
def neg_energy_minister_tariff_news(r: random.Random) -> list:
    rate = r.choice(["3.98", "3.99", "4.15", "4.18"])
    return [
        "สรุปข่าวนี้ 3 บรรทัดสำหรับจดหมายข่าวลูกค้า\n\n",
        f"นายพีระพันธุ์ สาลีรัฐวิภาค รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงพลังงาน แถลงว่า ครม. เห็นชอบตรึงค่าไฟฟ้างวดถัดไปที่ {rate} บาทต่อหน่วย "
        "ขณะที่พรรคฝ่ายค้านวิจารณ์ว่าเป็นการอุดหนุนที่ผลักภาระให้ กฟผ. และเรียกร้องให้เปิดเผยสัญญาซื้อขายไฟฟ้าภาคเอกชน",
    ]


@T("travel", hard="POLITICAL_OPINION")
def neg_election_day_hotel_notice(r: random.Random) -> list:
    return [
        "Translate this notice for guests into English and Chinese:\n\n",
        f"ประกาศ: วันเลือกตั้งสมาชิกสภาผู้แทนราษฎร วันอาทิตย์ที่ {r.randint(1, 28)} ห้ามจำหน่ายสุราตั้งแต่ 18:00 น. ของวันก่อนเลือกตั้ง "
        "จนถึง 24:00 น. ของวันเลือกตั้ง พนักงานที่มีสิทธิเลือกตั้งสามารถขอลาไปใช้สิทธิได้ครึ่งวัน "
        "โรงแรมไม่อนุญาตให้ติดป้ายหาเสียงหรือจัดกิจกรรมทางการเมืองในพื้นที่",
    ]


@T("automotive", hard="CRIMINAL_RECORD")
def neg_traffic_penalty_table(r: random.Random) -> list:
    return [
        f"ช่วยทำตารางสรุปให้อ่านง่ายสำหรับโพสต์{r.choice(['ของศูนย์บริการรถยนต์', 'เพจบริษัทประกันภัย', 'กลุ่มลูกค้าลิสซิ่ง'])}\n\n",
        "ความผิด | โทษปรับ | ตัดแต้ม\n"
        "ขับรถเร็วเกินกำหนด | ไม่เกิน 1,000 บาท | 1 แต้ม\n"
        "ฝ่าไฟแดง | ไม่เกิน 4,000 บาท | 2 แต้ม\n"
        "เมาแล้วขับ | จำคุกไม่เกิน 1 ปี หรือปรับ 5,000-20,000 บาท | 3 แต้ม\n"
        "ไม่สวมหมวกนิรภัย | ไม่เกิน 2,000 บาท | 1 แต้ม\n"
        f"หมายเหตุ: ถูกตัดครบ 12 แต้ม พักใช้ใบอนุญาตขับขี่ {r.choice([90, 90, 120])} วัน",
    ]


@T("travel", hard="CRIMINAL_RECORD")
def neg_fake_booking_scam_warning(r: random.Random) -> list:
    return [
        "Write a short warning for our hotel's social media based on this police bulletin:\n\n",
        f"Cyber police report {r.randint(300, 900)} complaints this quarter about fake hotel Facebook pages asking guests to transfer "
        "deposits to personal accounts. Genuine hotels never ask for transfers via chat. Victims can report at the online "
        "complaint portal or call 1441. Offenders face up to 5 years in prison under the Computer Crime Act.",
    ]


@T("travel", hard="SEXUAL_BEHAVIOUR")
def neg_pride_month_promo_en(r: random.Random) -> list:
    return [
        "Make this Pride Month promotion punchier, keep it inclusive:\n\n",
        f"Celebrate love in all its colours! Throughout June, book our Rainbow Escape package — {r.randint(2, 3)} nights in a sea-view suite, "
        "couples' massage and a sunset cocktail — and 10% goes to a local LGBTQ+ charity. Same-sex couples, families and solo "
        "travellers are all welcome. Book at reservations@",
        r.choice(["samui-bayresort.com", "krabicliffs.com"]),
    ]


@T("property", hard="SEXUAL_BEHAVIOUR")
def neg_marriage_equality_property_article(r: random.Random) -> list:
    return [
        "สรุปบทความนี้เป็น infographic 4 ข้อ สำหรับลูกค้าที่ซื้อคอนโด\n\n",
        "หลัง พ.ร.บ.สมรสเท่าเทียมมีผลบังคับใช้ คู่สมรสเพศเดียวกันสามารถถือกรรมสิทธิ์ร่วมในอสังหาริมทรัพย์ในฐานะสินสมรส "
        "กู้ร่วมซื้อบ้านได้เช่นเดียวกับคู่สมรสชายหญิง และมีสิทธิรับมรดกโดยธรรม ธนาคารหลายแห่งปรับเงื่อนไขสินเชื่อบ้าน"
        f"ให้รองรับแล้ว ตัวเลขการจดทะเบียนสมรสของคู่เพศเดียวกันในเดือนแรกมีมากกว่า {r.randint(1, 3)},{r.randint(100, 900)} คู่",
    ]


@T("travel", hard="DISABILITY")
def neg_accessible_room_policy_en(r: random.Random) -> list:
    return [
        "Turn this into an FAQ for our booking page:\n\n",
        f"We have {r.randint(4, 12)} accessible rooms with roll-in showers, grab rails, lowered beds and visual fire alarms. "
        "Wheelchairs are available free of charge at the front desk. Guide dogs are welcome. Please request an accessible room "
        "when booking; availability cannot be guaranteed for walk-in guests. Contact accessibility@",
        r.choice(["lanna-heritage-hotel.com", "andaman-resort.co.th"]),
    ]


@T("energy", hard="DISABILITY")
def neg_disabled_discount_scheme(r: random.Random) -> list:
    return [
        "ช่วยเขียนคำอธิบายสั้นๆ ให้พนักงานหน้าเคาน์เตอร์ใช้ตอบลูกค้า\n\n",
        "มาตรการส่วนลดค่าน้ำประปาสำหรับครัวเรือนที่มีคนพิการ: ผู้ใช้น้ำประเภทที่อยู่อาศัยที่มีคนพิการอาศัยอยู่ "
        f"ได้รับส่วนลด {r.choice([10, 15, 20])}% ไม่เกิน 30 ลบ.ม./เดือน ยื่นคำขอที่สำนักงานสาขา พร้อมสำเนาบัตรประจำตัวคนพิการ "
        "และสำเนาทะเบียนบ้าน ใช้เวลาพิจารณา 15 วันทำการ",
    ]


@T("energy", hard="TRADE_UNION")
def neg_union_privatisation_news(r: random.Random) -> list:
    return [
        "Summarise in English for our investor-relations newsletter:\n\n",
        f"สหภาพแรงงานรัฐวิสาหกิจด้านพลังงาน {r.randint(3, 7)} แห่ง ออกแถลงการณ์ร่วมคัดค้านแผนแปรรูประบบสายส่งไฟฟ้า "
        "โดยระบุว่าจะทำให้ค่าไฟสูงขึ้นในระยะยาว และนัดชุมนุมหน้ากระทรวงพลังงานสัปดาห์หน้า "
        "ด้านกระทรวงยืนยันว่ายังอยู่ระหว่างศึกษาและจะรับฟังความเห็นทุกฝ่าย",
    ]


@T("agriculture", hard="TRADE_UNION")
def neg_coop_vs_union_explainer(r: random.Random) -> list:
    return [
        f"ช่วยทำเป็นตารางเปรียบเทียบสั้นๆ สำหรับ{r.choice(['อบรมสมาชิกใหม่', 'บอร์ดประชาสัมพันธ์', 'เอกสารแจกในที่ประชุมใหญ่'])}\n\n",
        "สหกรณ์การเกษตรจดทะเบียนตาม พ.ร.บ.สหกรณ์ มีสมาชิกเป็นเกษตรกรที่ถือหุ้นร่วมกัน ส่วนสหภาพแรงงานจัดตั้งตาม "
        "พ.ร.บ.แรงงานสัมพันธ์ มีสมาชิกเป็นลูกจ้างเพื่อต่อรองสภาพการจ้าง การเป็นสมาชิกสหกรณ์จึงไม่ใช่การเป็นสมาชิกสหภาพ "
        f"ในวันแรงงานแห่งชาติ 1 พฤษภาคม สำนักงาน{r.choice(['สหกรณ์', 'สหกรณ์การเกษตร', 'สหกรณ์โคนม'])}จะเปิดทำการตามปกติ "
        f"ค่าหุ้นขั้นต่ำหุ้นละ {r.choice([10, 20, 50, 100])} บาท",
    ]


@T("agriculture", hard="GENETIC_DATA")
def neg_rice_genome_article(r: random.Random) -> list:
    return [
        "Explain this to farmers in simple Thai:\n\n",
        "Researchers used DNA marker-assisted selection to cross Khao Dawk Mali 105 with a submergence-tolerant line carrying the "
        f"Sub1A gene. After {r.randint(4, 7)} backcross generations the new variety keeps the jasmine aroma gene (badh2) and survives "
        "two weeks under flood water. Seed will be distributed through rice seed centres next season.",
    ]


@T("agriculture", hard="GENETIC_DATA")
def neg_thalassemia_screening_program(r: random.Random) -> list:
    return [
        "ช่วยเขียนป้ายประชาสัมพันธ์ให้ รพ.สต. อ่านง่าย\n\n",
        f"คนไทยเป็นพาหะธาลัสซีเมียประมาณร้อยละ {r.randint(30, 40)} คู่สมรสที่เป็นพาหะชนิดเดียวกันมีโอกาสมีลูกเป็นโรค 1 ใน 4 "
        "รพ.สต. เปิดให้ตรวจคัดกรองพาหะฟรีสำหรับหญิงตั้งครรภ์และสามี ทุกวันพุธ 08:30-12:00 น. "
        "ผลตรวจยีนจะเก็บเป็นความลับและแจ้งเฉพาะเจ้าตัว",
    ]


@T("travel", hard="BIOMETRIC_DATA")
def neg_facial_checkin_product_copy_en(r: random.Random) -> list:
    return [
        "Shorten this vendor pitch to 50 words for our ops meeting:\n\n",
        f"{r.choice(['FaceGo', 'SnapStay', 'KioskID'])} lets guests check in in under {r.choice([20, 30, 45])} seconds: passport chip photo is matched against a live selfie with "
        f"{r.choice(['99.6', '99.8'])}% accuracy, liveness detection blocks printed photos, and templates are deleted automatically at "
        "check-out. Integrates with Opera PMS and supports TM.30 export.",
    ]


@T("agriculture", hard="BIOMETRIC_DATA")
def neg_baac_app_face_scan_faq(r: random.Random) -> list:
    return [
        "ช่วยเรียบเรียง FAQ นี้ใหม่ให้กระชับ\n\n",
        "ถาม: ทำไมแอปต้องสแกนใบหน้า\nตอบ: เพื่อยืนยันตัวตนตามเกณฑ์ธนาคารแห่งประเทศไทยเมื่อโอนเงินเกิน 50,000 บาท "
        "หรือโอนสะสมเกิน 200,000 บาทต่อวัน ระบบจะเปรียบเทียบใบหน้ากับภาพในชิปบัตรประชาชน\n"
        f"ถาม: สแกนไม่ผ่านทำอย่างไร\nตอบ: ถอดแว่นและหมวก อยู่ในที่สว่าง หากไม่ผ่าน {r.choice([3, 5])} ครั้ง ให้ติดต่อสาขาใกล้บ้านหรือ Call Center ของธนาคาร",
    ]


# ==============================================================================================
# Negatives: the same domains without personal data
# ==============================================================================================
@T("energy", neg=True)
def neg_electricity_tariff_table(r: random.Random) -> list:
    ft = r.choice(["0.1972", "0.3672", "0.1572"])
    return [
        "ช่วยคำนวณค่าไฟบ้านที่ใช้ 380 หน่วยต่อเดือนจากอัตรานี้ และอธิบายทีละขั้น\n\n",
        "อัตราค่าไฟฟ้าประเภทที่ 1.2 บ้านอยู่อาศัย (ใช้เกิน 150 หน่วยต่อเดือน)\n",
        "หน่วยที่ 1-150\t3.2484 บาท/หน่วย\nหน่วยที่ 151-400\t4.2218 บาท/หน่วย\nเกิน 400 หน่วย\t4.4217 บาท/หน่วย\n",
        f"ค่าบริการ 24.62 บาท/เดือน\nค่า Ft งวดปัจจุบัน {ft} บาท/หน่วย\nภาษีมูลค่าเพิ่ม 7%",
    ]


@T("energy", neg=True)
def neg_meter_telemetry_log(r: random.Random) -> list:
    lines = []
    for _ in range(3):
        lines.append(f'{{"meter": "AMI-{r.randint(100000, 999999)}", "feeder": "NKR-{r.randint(1, 20):02d}", '
                     f'"ts_ms": {epoch_ms(r)}, "kwh": {r.randint(1000, 99999)}.{r.randint(0, 9)}, '
                     f'"v": {r.randint(218, 236)}.{r.randint(0, 9)}, "event": "{r.choice(["READ", "READ", "PWR_FAIL", "TAMPER_CLR"])}"}}')
    return ["หาเหตุการณ์ไฟดับ (PWR_FAIL) จากข้อมูลมิเตอร์ AMI นี้ และคำนวณระยะเวลาไฟดับ\n",
            "\n".join(lines)]


@T("energy", neg=True)
def neg_water_outage_notice(r: random.Random) -> list:
    return [
        "ช่วยทำข้อความประกาศลง LINE OA ให้สั้นลง\n\n",
        f"กปภ.สาขา{r.choice(['บางละมุง', 'หาดใหญ่', 'เชียงใหม่'])} แจ้งปิดซ่อมท่อเมนขนาด 400 มม. วันที่ {day_th(r)} เวลา 22:00-04:00 น. "
        "พื้นที่ได้รับผลกระทบ: ถนนสุขุมวิทช่วง กม.145-150, หมู่บ้านจัดสรรฝั่งตะวันออก และตลาดสดเทศบาล "
        "ขอให้ผู้ใช้น้ำสำรองน้ำไว้ล่วงหน้า สอบถามโทร 1662",
    ]


@T("travel", neg=True)
def neg_rates_availability_json(r: random.Random) -> list:
    rows = []
    for rt in ["DLX", "STE", "FAM"]:
        rows.append(f'  {{"room_type": "{rt}", "date": "2026-0{r.randint(4, 9)}-{r.randint(10, 28)}", "available": {r.randint(0, 14)}, '
                    f'"bar_thb": {r.randint(25, 120) * 100}, "updated_ms": {epoch_ms(r)}}}')
    return ["Channel manager ส่งข้อมูลนี้มา ห้องประเภทไหนเต็มแล้ว และราคาไหนดูผิดปกติ\n[\n",
            ",\n".join(rows), "\n]"]


@T("travel", neg=True)
def neg_fare_rules_en(r: random.Random) -> list:
    fee = r.choice(["1,500", "2,000", "2,500"])
    bag = r.choice(["20 kg", "15 kg", "23 kg"])
    return [
        "Summarise these fare rules for our agents in Thai, as a short table:\n\n",
        f"ECONOMY SAVER (fare basis {r.choice(['KSAVER', 'LSAVER', 'VPROMO', 'QLITE'])}): Changes permitted before departure for a fee of THB {fee} plus fare difference. "
        "No changes after departure. Cancellation: non-refundable, taxes refundable on request within 12 months. "
        f"No-show: fare forfeited. Baggage: {bag} checked, 7 kg cabin. Seat selection chargeable.",
    ]


@T("travel", neg=True)
def neg_hotel_policy_en(r: random.Random) -> list:
    return [
        "Translate our house rules into Thai and Chinese:\n\n",
        f"Check-in from {r.choice(['14:00', '15:00'])}, check-out until {r.choice(['11:00', '12:00'])}. Late check-out until 18:00 is 50% of the room rate. "
        f"Smoking is allowed only in designated areas; a cleaning fee of THB {r.choice(['5,000', '8,000'])} applies to rooms. "
        "Pets are not permitted. Visitors must register at the front desk with photo ID and leave by 22:00. "
        "Quiet hours 22:00-07:00.",
    ]


@T("travel", neg=True)
def neg_flight_status_feed(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        sched = epoch_ms(r)
        delay = r.choice([0, 0, 5, 25, 45, 90])
        rows.append(f"{r.choice(['TG', 'FD', 'WE', 'PG'])}{r.randint(100, 999)}|{r.choice(['BKK', 'DMK'])}-{r.choice(['CNX', 'HKT', 'KBV', 'USM', 'UTH'])}"
                    f"|sched={sched}|est={int(sched) + delay * 60000}|gate={r.choice('ABCDEF')}{r.randint(1, 12)}|{'DELAYED' if delay > 15 else 'ON TIME'}")
    return ["แปลงค่า epoch-ms เป็นเวลาไทย แล้วบอกว่าเที่ยวบินไหนดีเลย์เกิน 30 นาที\n",
            "\n".join(rows)]


@T("property", neg=True)
def neg_condo_listing(r: random.Random) -> list:
    return [
        "ช่วยเขียนประกาศขายคอนโดให้น่าสนใจขึ้น ความยาวไม่เกิน 120 คำ\n\n",
        f"ขายคอนโด 1 ห้องนอน {r.randint(28, 45)} ตร.ม. ชั้น {r.randint(8, 35)} วิวเมือง ใกล้ MRT ห้วยขวาง 300 ม. "
        f"ราคา {r.randint(2, 5)}.{r.randint(1, 9)} ล้านบาท เฟอร์นิเจอร์ครบ ค่าส่วนกลาง 45 บาท/ตร.ม. โอนคนละครึ่ง",
    ]


@T("property", neg=True)
def neg_villa_listing_en(r: random.Random) -> list:
    return [
        "Rewrite this listing for a UK audience:\n\n",
        f"{r.randint(3, 5)}-bedroom pool villa in Choeng Thale, Phuket. {r.randint(280, 520)} sqm built on 1 rai leasehold (30+30 years). "
        f"Private 10 m pool, mountain view, 10 minutes to Bang Tao beach. Asking THB {r.randint(18, 45)} million. "
        "Foreign freehold company structure not available. Viewing by appointment through our office.",
    ]


@T("automotive", neg=True)
def neg_car_spec_sheet(r: random.Random) -> list:
    return [
        "ทำตารางเปรียบเทียบสเปกสองรุ่นนี้ให้ลูกค้าเข้าใจง่าย\n\n",
        f"รุ่น A: เครื่องยนต์ 1.2L 3 สูบ 92 แรงม้า แรงบิด 110 นิวตันเมตร เกียร์ CVT อัตราสิ้นเปลือง 23.3 กม./ลิตร ถุงลม 6 ใบ ราคา {r.choice(['549,000', '579,000', '529,000'])} บาท\n",
        f"รุ่น B: ไฮบริด 1.5L ระบบ e:HEV {r.choice([109, 121])} แรงม้า แรงบิดมอเตอร์ 253 นิวตันเมตร อัตราสิ้นเปลือง 27.8 กม./ลิตร ถุงลม 6 ใบ ราคา 799,000 บาท",
    ]


@T("automotive", neg=True)
def neg_ev_comparison_en(r: random.Random) -> list:
    return [
        "Summarise for a showroom poster:\n\n",
        f"Battery 60.48 kWh LFP, WLTP range {r.choice([410, 420, 480])} km, DC fast charge 30-80% in 29 minutes, 150 kW motor, "
        "0-100 km/h 7.3 s. Warranty 8 years / 160,000 km on battery. Home wallbox 7 kW included. Price from THB 1,099,900.",
    ]


@T("agriculture", neg=True)
def neg_crop_price_report(r: random.Random) -> list:
    return [
        "ช่วยเขียนสรุปราคาพืชผลประจำสัปดาห์สำหรับเสียงตามสายหมู่บ้าน\n\n",
        f"ข้าวเปลือกหอมมะลิ ความชื้น 15% ตันละ {r.randint(12, 16)},{r.randint(100, 900)} บาท\n"
        f"มันสำปะหลังสด เชื้อแป้ง 25% กก.ละ {r.randint(2, 3)}.{r.randint(10, 90)} บาท\n"
        f"ยางแผ่นดิบ กก.ละ {r.randint(55, 75)}.{r.randint(10, 90)} บาท\n"
        f"ข้าวโพดเลี้ยงสัตว์ ความชื้น 14.5% กก.ละ {r.randint(8, 10)}.{r.randint(10, 90)} บาท\n"
        "ที่มา: สำนักงานเศรษฐกิจการเกษตร",
    ]


@T("energy", neg=True)
def neg_songkran_office_notice(r: random.Random) -> list:
    return [
        "Translate into English for our expat customers:\n\n",
        f"ประกาศวันหยุดเทศกาลสงกรานต์ สำนักงานการไฟฟ้าทุกสาขาปิดทำการวันที่ 13-15 เมษายน "
        "ชำระค่าไฟได้ทางแอป PEA Smart Plus ร้านสะดวกซื้อ และธนาคาร แจ้งไฟฟ้าขัดข้องได้ตลอด 24 ชั่วโมงที่ 1129 "
        f"ใบแจ้งหนี้ที่ครบกำหนดในช่วงวันหยุดเลื่อนเป็นวันที่ {r.choice([16, 17])} เมษายน",
    ]


@T("automotive", neg=True)
def neg_fleet_gps_log(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows.append(f"unit=TRK-{r.randint(100, 999)} ts={epoch_ms(r)} lat=13.{r.randint(600000, 999999)} lon=100.{r.randint(400000, 999999)} "
                    f"spd={r.randint(0, 118)} ign={r.choice(['on', 'off'])} fuel={r.randint(10, 95)}%")
    return ["ช่วยหาเรคคอร์ดที่ขับเร็วเกิน 90 กม./ชม. จากข้อมูล GPS รถบริษัทชุดนี้\n", "\n".join(rows)]


@T("agriculture", neg=True)
def neg_smart_farm_sensor_log(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        rows.append(f"{{\"node\": \"plot-{r.choice('ABCD')}{r.randint(1, 9)}\", \"ts\": {epoch_ms(r)}, \"soil_moist\": {r.randint(12, 48)}, "
                    f"\"temp_c\": {r.randint(24, 38)}.{r.randint(0, 9)}, \"batt_mv\": {r.randint(3300, 4200)}}}")
    return ["ช่วยดูว่าแปลงไหนดินแห้งเกินต้องเปิดน้ำ (soil_moist < 20)\n", "\n".join(rows)]


@T("energy", neg=True)
def neg_solar_promo_copy(r: random.Random) -> list:
    return [
        "ช่วยปรับคำโฆษณานี้ให้กระชับและไม่เกินจริง\n\n",
        f"ติดโซลาร์รูฟท็อป {r.choice([3, 5, 10])} kW วันนี้ ลดค่าไฟสูงสุด 70%! แผง Mono PERC รับประกัน 25 ปี อินเวอร์เตอร์รับประกัน 10 ปี "
        "ผ่อน 0% นาน 10 เดือนกับบัตรเครดิตที่ร่วมรายการ พร้อมดำเนินเรื่องขออนุญาตกับการไฟฟ้าให้ฟรี สอบถามผ่าน LINE Official Account ของบริษัท",
    ]


@T("energy", neg=True)
def neg_tariff_calculator_code(r: random.Random) -> list:
    return [
        "Review this function; is the progressive tariff calculated correctly?\n```python\n",
        "TIERS = [(150, 3.2484), (400, 4.2218), (float('inf'), 4.4217)]\n",
        f"BILLING_EPOCH_MS = {epoch_ms(r)}  # start of billing cycle\n\n",
        "def energy_charge(units: float) -> float:\n    total, prev = 0.0, 0\n    for cap, rate in TIERS:\n"
        "        used = min(units, cap) - prev\n        if used <= 0:\n            break\n"
        "        total += used * rate\n        prev = cap\n    return round(total, 2)\n```",
    ]


@T("automotive", neg=True)
def neg_leasing_rate_table(r: random.Random) -> list:
    return [
        "ช่วยเขียนโพสต์โปรโมชันสินเชื่อจากตารางนี้ (ระบุเงื่อนไขให้ครบ)\n\n",
        "เงินดาวน์\t48 งวด\t60 งวด\t72 งวด\n",
        f"15%\t{r.choice(['2.29', '2.39', '2.59'])}%\t2.49%\t2.69%\n25%\t{r.choice(['1.89', '1.99'])}%\t2.19%\t2.39%\n35%\t0.99%\t1.49%\t1.79%\n",
        f"*ดอกเบี้ยคงที่ต่อปี สำหรับรถยนต์{r.choice(['นั่งใหม่ป้ายแดง', 'กระบะใหม่ป้ายแดง', 'ไฟฟ้าใหม่'])} เฉพาะสัญญาที่อนุมัติภายในสิ้นเดือนนี้",
    ]


@T("agriculture", neg=True)
def neg_baac_product_copy(r: random.Random) -> list:
    return [
        "Rewrite in English for our ASEAN partners newsletter:\n\n",
        f"สินเชื่อ Green Credit สำหรับเกษตรกรที่ปรับเปลี่ยนสู่เกษตรอินทรีย์ วงเงินสูงสุด {r.choice([1, 2, 3])} ล้านบาทต่อราย ดอกเบี้ยปีแรก MRR-3 "
        "ระยะเวลาชำระคืนไม่เกิน 15 ปี ใช้ที่ดินหรือบุคคลค้ำประกันได้ ยื่นคำขอที่สาขาทั่วประเทศ",
    ]


@T("agriculture", neg=True)
def neg_coop_bylaws_excerpt(r: random.Random) -> list:
    return [
        "อธิบายข้อบังคับนี้เป็นภาษาง่ายๆ สำหรับสมาชิกใหม่\n\n",
        f"ข้อ {r.randint(8, 15)} สมาชิกต้องถือหุ้นอย่างน้อย 10 หุ้น และส่งค่าหุ้นรายเดือนไม่น้อยกว่าเดือนละ 1 หุ้น "
        "สมาชิกที่ขาดส่งค่าหุ้นติดต่อกัน 3 งวด คณะกรรมการดำเนินการอาจพิจารณาให้ออกจากสหกรณ์ได้ "
        "การจ่ายเงินปันผลตามหุ้นต้องไม่เกินอัตราที่กฎกระทรวงกำหนด",
    ]


@T("travel", neg=True)
def neg_visa_requirements_en(r: random.Random) -> list:
    return [
        "Make a one-page checklist from this (for our visa-agent website):\n\n",
        f"Non-immigrant O-A (retirement): applicant aged 50+, pension or deposit of THB 800,000 held {r.choice([2, 3])} months in a Thai bank, "
        "health insurance covering outpatient THB 40,000 and inpatient THB 400,000, police clearance certificate, medical "
        "certificate, passport valid 18 months. Processing 5-10 working days. E-mail visa@",
        r.choice(["siam-visa-services.com", "thaivisa-desk.com"]), " for a quote.",
    ]


@T("travel", neg=True)
def neg_tour_itinerary(r: random.Random) -> list:
    return [
        "ช่วยแปลโปรแกรมทัวร์นี้เป็นภาษาอังกฤษ\n\n",
        "วันที่ 1: กรุงเทพฯ - อยุธยา ชมวัดมหาธาตุ วัดไชยวัฒนาราม ล่องเรือรอบเกาะเมือง\n",
        "วันที่ 2: อยุธยา - ลพบุรี ชมพระปรางค์สามยอด ทุ่งทานตะวัน\n",
        f"วันที่ 3: เขาใหญ่ - กรุงเทพฯ น้ำตกเหวสุวัต ราคาท่านละ {r.randint(5, 9)},{r.choice(['490', '900', '990'])} บาท (ขั้นต่ำ 8 ท่าน)",
    ]


@T("automotive", neg=True)
def neg_repair_price_list(r: random.Random) -> list:
    return [
        "ช่วยจัดรายการราคาค่าบริการนี้เป็นภาพโปรโมทหน้าร้าน\n\n",
        f"เปลี่ยนถ่ายน้ำมันเครื่องสังเคราะห์ 4 ลิตร {r.choice([890, 990, 1190])} บาท\nเปลี่ยนผ้าเบรกหน้า 1,450 บาท\n"
        "ล้างแอร์ใหญ่ 2,500 บาท\nตั้งศูนย์ถ่วงล้อ 600 บาท\nเช็กระยะ 10,000 กม. ฟรีค่าแรง",
    ]


@T("property", neg=True)
def neg_staff_reply_template_prompt(r: random.Random) -> list:
    return [
        "You are the assistant of our property-management team. Write a reusable reply template for "
        f"{r.choice(['late-rent reminders', 'overdue common-fee reminders', 'water-bill reminders', 'parking-sticker renewals'])}. "
        "Use placeholders only: {tenant_name}, {unit_no}, {amount_due}, {due_date}, {landlord_name}. Tone: polite, firm. "
        f"Keep under {r.choice([80, 100, 120])} words and add a Thai version below the English one.",
    ]


@T("travel", neg=True)
def neg_booking_schema_sql(r: random.Random) -> list:
    return [
        "ช่วยเพิ่ม index ให้รายงานแขกเข้าพักรายวันเร็วขึ้น พร้อมอธิบายเหตุผล\n```sql\n",
        "CREATE TABLE reservation (\n  id BIGSERIAL PRIMARY KEY,\n  confirmation CHAR(6) NOT NULL,\n  guest_name TEXT NOT NULL,\n"
        "  guest_email TEXT,\n  passport_no TEXT,\n  arrival DATE NOT NULL,\n  nights SMALLINT NOT NULL,\n"
        f"  created_ms BIGINT NOT NULL DEFAULT {epoch_ms(r)}\n);\n```",
    ]


@T("travel", neg=True)
def neg_occupancy_stats_csv(r: random.Random) -> list:
    rows = "\n".join(f"2025-{m:02d},{r.randint(45, 92)}.{r.randint(0, 9)},{r.randint(1800, 4200)},{r.randint(900, 3100)}"
                     for m in range(1, 7))
    return ["สรุปให้หน่อยว่าเดือนไหนอัตราเข้าพักเกิน 80% และแนวโน้ม RevPAR เป็นอย่างไร\n",
            "month,occupancy_pct,adr_thb,revpar_thb\n", rows]


@T("automotive", neg=True)
def neg_road_accident_stats(r: random.Random) -> list:
    return [
        "สรุปสถิตินี้เป็นข่าวสั้นสำหรับเว็บไซต์บริษัทประกัน\n\n",
        f"สถิติ 7 วันอันตรายช่วงสงกรานต์: เกิดอุบัติเหตุ {r.randint(1500, 2100)} ครั้ง ผู้บาดเจ็บ {r.randint(1500, 2100)} คน "
        f"ผู้เสียชีวิต {r.randint(230, 320)} ราย สาเหตุหลักคือขับเร็วเกินกำหนดร้อยละ 40 และดื่มแล้วขับร้อยละ 25 "
        "รถจักรยานยนต์เกิดเหตุมากที่สุด จังหวัดที่มีผู้เสียชีวิตสูงสุดคือเชียงใหม่และนครราชสีมา",
    ]


@T("automotive", neg=True)
def neg_survey_sop_checklist(r: random.Random) -> list:
    return [
        "ช่วยแปลง SOP ภาษาอังกฤษนี้เป็นเช็กลิสต์ภาษาไทยสำหรับพนักงานสำรวจภัยใหม่\n\n",
        f"1. Arrive on scene within {r.choice([30, 45])} minutes in Bangkok, 60 minutes upcountry. 2. Photograph all four corners, "
        "odometer and both parties' licences (do not upload licence photos to chat groups). 3. Record the police report number. "
        "4. Never admit liability on behalf of the insured. 5. Submit the report in the app before end of shift.",
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
        row["id"] = f"f23-{n:04d}"
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
    # Values that must never sit unlabelled in a negative: Thai IDs outside epoch-ms, cards, e-mails of people.
    for r in rows:
        if not r["negative"]:
            continue
        for m in re.findall(r"(?<!\d)\d{13}(?!\d)", r["text"]):
            if pin.is_valid(m) and not re.fullmatch(r"1[78]\d{11}", m):
                problems.append(f"{r['id']}: stray Thai-ID-like number {m}")
        for m in re.findall(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", r["text"]):
            if not re.match(r"(info|support|reservations|dining|accessibility|visa|hr)@", m):
                problems.append(f"{r['id']}: personal-looking e-mail {m} in a negative")
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
        english = sum(english_only(r["text"]) for r in rows)
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={negatives} "
              f"({negatives / len(rows):.1%}) english_only={english} ({english / len(rows):.1%})")
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
            print(f"{args.out} is stale: rerun bench/make_freshset23.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
