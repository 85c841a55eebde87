"""Twenty-seventh blind held-out set for pdpa-guard: bench/freshset27.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md and the interface of tests/test_freshsets.py only. Emphasis: citizen-facing government and
quasi-government chatbots and their back offices (Revenue Department e-filing help, Social Security
Office, Department of Land Transport, NHSO gold-card hotline 1330, hospital appointment bots, provincial
offices and Damrongdham centres, the Election Commission, the Department of Employment and foreign
workers, court e-filing, the Office of the Ombudsman). Prompts are chatbot logs (JSON and plain
transcripts), escalations to officers with case notes, officers asking an LLM to summarise a complaint,
letters filled in from templates, and form data pasted as ``key: value`` lines, in formal ราชการ Thai,
casual chat, elderly users' slow typo-ridden typing, Thai digits, and English. Negatives come from the
same offices: FAQ answers, regulations, fee tables, statistics, office hours, announcements naming
public officials, template letters with unfilled placeholders, sample forms and policy texts.

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file.

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, ยาย, ลุง, พี่,
น้อง, Mr, Dr ...); ADDRESS is one span from the house number to the postcode (or province);
DATE_OF_BIRTH is the date only; cued numbers (HN, student ID, account ...) are the number only; a plate
includes the province written right after it; s.26 spans are the shortest phrase disclosing the fact
about the person. Role mailboxes (info@, saraban@, support@ ...) and agency hotlines are not personal
data and are left unlabelled. Public officials named in announcements and news are not labelled.
Values written in Thai digits (๐-๙) are labelled like their ASCII forms.

    python bench/make_freshset27.py            # (re)write bench/freshset27.jsonl
    python bench/make_freshset27.py --check    # exit 1 unless the file matches what this script writes
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

OUT = Path(__file__).resolve().parent / "freshset27.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset27"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_GIVEN_M = [
    "บุญส่ง", "ทองดี", "สมบัติ", "วิชัย", "ประยงค์", "เฉลิมชัย", "อดิศักดิ์", "ธีระ", "สุรพล", "มานพ",
    "จักรพันธ์", "ณรงค์ฤทธิ์", "พีรพัฒน์", "ศักดิ์สิทธิ์", "ภูริณัฐ", "ชาญวิทย์", "กฤตภาส", "อำนาจ", "สำราญ",
    "เสน่ห์", "ทวีศักดิ์", "บรรจง", "ปัญญา", "สุชาติ", "คำแปง", "อินตา", "ยุทธพงษ์", "ธนภัทร", "วุฒิชัย",
    "ไชยา", "เกียรติศักดิ์", "ชยพล", "นิพนธ์", "ประจักษ์", "สมจิต",
]
TH_GIVEN_F = [
    "บุญเรียม", "ทองคำ", "สมพิศ", "มาลัย", "ประไพ", "อรทัย", "สุดารัตน์", "วาสนา", "นงลักษณ์", "จินดา",
    "พัชรินทร์", "กัญญารัตน์", "ศิรินภา", "ชุติมา", "ณัฐกานต์", "ปาริชาติ", "เยาวลักษณ์", "รำไพ", "คำมูล",
    "บังอร", "ละเอียด", "สุภาพร", "อาภรณ์", "ธิดารัตน์", "เพ็ญศรี", "ลัดดาวัลย์", "ขนิษฐา", "ปิยาพร",
    "อัมพร", "แสงเดือน", "ทับทิม", "วิไลวรรณ", "ณิชาภัทร", "ฐิติมา",
]
TH_SUR = [
    "ใจดีงาม", "ศรีสุวรรณ", "บุญประเสริฐ", "แก้วมณี", "ทองสุข", "พรหมวงศ์", "สายสุด", "มั่นคงดี", "ปัญญาวงศ์",
    "จันทร์หอม", "ศักดิ์ดา", "เพชรรัตน์", "อินทร์แก้ว", "วงศ์ใหญ่", "ชัยมงคล", "คำภีร์", "บุตรศรี", "ศรีเมือง",
    "ภูมิสถาน", "รัตนวิจิตร", "นาคสวัสดิ์", "พันธุ์ทอง", "ธรรมรักษา", "สิทธิโชค", "เจริญผล", "หอมจันทร์",
    "กองแก้ว", "ยอดยิ่ง", "สุขประเสริฐ", "ทิพย์สุวรรณ", "เรืองฤทธิ์", "อ่อนละมัย", "วิเศษสุข", "แสนคำ",
    "บัวทอง", "ด้วงทอง", "มีสุข", "ขำเจริญ", "ประทุมมา", "ศรีบุญเรือง",
]
TH_MUSLIM = ["อับดุลเลาะ สาแม", "ฟาตีมะห์ ดอเลาะ", "มูฮัมหมัด ยูโซ๊ะ", "นูรีซัน มะแซ", "อิสมาแอ เจ๊ะหะ",
             "ซอฟียะห์ หะยีสาและ", "รุสดี อาแว", "กามารียะ บือราเฮง"]
TH_NICK = ["แดง", "ต้อย", "หน่อย", "ปุ๊", "เอ๋", "ตุ๊ก", "จุ๋ม", "เปิ้ล", "บอย", "เก่ง", "ฝน", "นุ่น"]
ROMAN = [
    ("Somsak", "Jaidee"), ("Pranee", "Thongsuk"), ("Wichai", "Kaewmanee"), ("Orathai", "Srisuwan"),
    ("Natthaphon", "Chaimongkol"), ("Kanyarat", "Phromwong"), ("Teerapat", "Intharakaew"),
    ("Supaporn", "Charoenphon"), ("Anucha", "Boonprasert"), ("Pimchanok", "Rattanawichit"),
    ("Kittisak", "Wongyai"), ("Duangjai", "Homjan"),
]
ROMAN_M = [("Somsak", "Jaidee"), ("Wichai", "Kaewmanee"), ("Natthaphon", "Chaimongkol"), ("Teerapat", "Intharakaew"),
           ("Anucha", "Boonprasert"), ("Kittisak", "Wongyai")]
ROMAN_NICK = ["mook", "pond", "kwan", "nut", "bee", "toey", "film", "bas", "meow", "jib", "tarn", "new"]
BURMESE = ["Aung Ko Ko", "Thida Win", "Zaw Min Htet", "Nilar Aye", "Kyaw Soe Moe", "Hnin Wai Phyo", "Min Thu Aung",
           "Ei Ei Khaing"]
BURMESE_TH = ["อ่อง โก โก", "ตีดา วิน", "ซอ มิน ทุน", "นิลาร์ เอ", "จ่อ โซ โม", "หนิ่น เว พิว", "ขิ่น มะ ลา"]
SHAN_TH = ["คำแสง ไตยอง", "หอมนวล แสงเมือง", "อ่องคำ ลุงยอด", "เงินหล้า คำมูล"]
LAO_TH = ["บุนมี พมมะวง", "คำพอน สีสะหวาด", "สีดา แก้วดวงดี", "ทองพูน อินทะวง"]
KHMER_EN = ["Sokha Mean", "Ratha Chhun", "Sreyleak Touch", "Pisey Nhem", "Vuthy Kong"]
WESTERN = ["Daniel Harper", "Marcus Lindgren", "Claire Fontaine", "Henrik Olsen", "Rebecca Shaw", "Stefan Krause",
           "Fiona MacLeod", "Paolo Ricci", "Yuki Tanaka", "Grace Nakamura"]
HILLTRIBE_TH = ["หมี่ลา แซ่ย่าง", "อาเหม่ เชอมือ", "จะลอ จะแฮ", "นาหมื่อ มาเยอะ", "ซูเปอร์ แซ่ลี", "หน่อเปาะ วะฟอ"]
OFFICER = ["ชนากานต์ ทองปาน", "สิทธิชัย มาลัยทอง", "ปภาวรินท์ ศรีชัย", "วรเชษฐ์ อินทรสุวรรณ", "จารุวรรณ แย้มสรวล",
           "กิตติคุณ พรมมา", "อรวรรณ เนียมหอม", "ธนาธิป บุญยืน"]
DOCTOR = ["ศุภณัฐ วงศ์ไพศาล", "กนกพร ลิ้มเจริญ", "ปิยะพงษ์ นิลสุวรรณ", "อารียา ธนสาร"]


def thm(r: random.Random) -> str:
    return f"{r.choice(TH_GIVEN_M)} {r.choice(TH_SUR)}"


def thf(r: random.Random) -> str:
    return f"{r.choice(TH_GIVEN_F)} {r.choice(TH_SUR)}"


def thn(r: random.Random) -> str:
    return thm(r) if r.random() < 0.5 else thf(r)


def given(name: str) -> str:
    return name.split()[0]


def rom(r: random.Random) -> str:
    g, s = r.choice(ROMAN)
    return f"{g} {s}"


def officer(r: random.Random) -> str:
    return r.choice(OFFICER)


# ----------------------------------------------------------------------------------------------
# Fabricated values
# ----------------------------------------------------------------------------------------------
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_ASCII_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def thd(s: str) -> str:
    """Write ASCII digits as Thai digits."""
    return s.translate(_THAI_DIGITS)


def _pin_digits(r: random.Random, first: str | None = None) -> str:
    body = (first or r.choice("1111233345")) + "".join(str(r.randint(0, 9)) for _ in range(11))
    return body + pin.calc_check_digit(body)


def _fmt_nid(d: str, style: str) -> str:
    if style == "plain":
        return d
    if style == "thai":
        return thd("-".join([d[0], d[1:5], d[5:10], d[10:12], d[12]]))
    if style == "thai_plain":
        return thd(d)
    sep = "-" if style == "dash" else " "
    return sep.join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def nid(r: random.Random, style: str | None = None, first: str | None = None) -> str:
    d = _pin_digits(r, first)
    return _fmt_nid(d, style or r.choice(["dash", "plain", "space", "dash", "plain"]))


def juristic(r: random.Random, style: str | None = None) -> str:
    body = "0" + r.choice(["105", "105", "115", "135", "205", "505", "745"]) + r.choice(["5", "6"]) + "".join(
        str(r.randint(0, 9)) for _ in range(7))
    d = body[:12] + moa.calc_check_digit(body[:12])
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


def epoch_series(r: random.Random, n: int, span_ms: int = 3_600_000, lo: int = 1_700_000_000_000,
                 hi: int = 1_860_000_000_000) -> list[str]:
    """n increasing epoch-ms values within span_ms of each other, each passing the Thai ID checksum."""
    first = int(epoch_ms(r, lo, hi))
    out = [str(first)]
    while len(out) < n:
        out.append(epoch_ms(r, int(out[-1]) + 1, int(out[-1]) + span_ms))
    return out


def day_range(r: random.Random, days: int = 5) -> tuple[str, str]:
    m, d, y = r.randint(1, 12), r.randint(1, 20), r.choice([2568, 2569])
    return f"{d} {TH_MON[m - 1]} {y}", f"{d + days} {TH_MON[m - 1]} {y}"


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
    prefix = r.choice(["4", "4", "52", "54", "3530", "4"])
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(15 - len(prefix)))
    d = next(body + c for c in "0123456789" if _luhn_ok(body + c))
    style = style or r.choice(["space", "dash", "plain", "space"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    return sep.join([d[0:4], d[4:8], d[8:12], d[12:16]])


def _valid_phone(v: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v.translate(_ASCII_DIGITS), "TH"))
    except phonenumbers.NumberParseException:
        return False


def mobile(r: random.Random, style: str | None = None) -> str:
    while True:
        d = "0" + r.choice(["6", "8", "9", "8"]) + "".join(str(r.randint(0, 9)) for _ in range(8))
        s = style or r.choice(["dash", "plain", "space", "intl", "dash", "plain"])
        n = d[1:]
        v = {
            "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}",
            "plain": d,
            "space": f"{d[:3]} {d[3:6]} {d[6:]}",
            "intl": f"+66 {n[:2]} {n[2:5]} {n[5:]}",
            "intl_plain": f"+66{n}",
            "thai": thd(f"{d[:3]}-{d[3:6]}-{d[6:]}"),
            "thai_plain": thd(d),
        }[s]
        if _valid_phone(v):
            return v


def landline(r: random.Random) -> str:
    while True:
        area = r.choice(["053", "043", "074", "038", "045", "055", "073", "042"])
        d = area + "".join(str(r.randint(0, 9)) for _ in range(6))
        v = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if _valid_phone(v):
            return v


def mm_phone(r: random.Random) -> str:
    while True:
        v = f"+95 9 {r.randint(400, 799)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if _valid_phone(v):
            return v


EMAIL_FREE = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.co.th", "icloud.com", "hotmail.co.th"]


def email(r: random.Random, person: str | None = None, domain: str | None = None) -> str:
    if person and re.fullmatch(r"[A-Za-z' ]+", person):
        parts = person.replace("'", "").lower().split()
        g, s = parts[0], parts[-1]
    else:
        g, s = (x.lower() for x in r.choice(ROMAN))
    local = r.choice([f"{g}.{s}", f"{g}.{s[0]}", f"{g}{r.randint(60, 99)}", f"{g}_{s[:4]}", f"{s}.{g}",
                      f"{g[:3]}{s[:3]}{r.randint(1, 999)}"])
    return f"{local}@{domain or r.choice(EMAIL_FREE)}"


def ipv4(r: random.Random) -> str:
    while True:
        v = ipaddress.IPv4Address(r.choice([r.randint(0x01000000, 0xDFFFFFFF),
                                            (r.choice([49, 58, 110, 171, 182, 183, 184]) << 24) + r.randint(0, 0xFFFFFF)]))
        if v.is_global:
            return str(v)


def ipv6(r: random.Random) -> str:
    return f"2001:fb1:{r.randint(0x10, 0xfff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"


def passport(r: random.Random, kind: str = "th") -> str:
    if kind == "th":
        return r.choice(["AA", "AB", "AC", "AE"]) + "".join(str(r.randint(0, 9)) for _ in range(7))
    if kind == "mm":
        return r.choice(["MD", "ME", "MF", "MH"]) + "".join(str(r.randint(0, 9)) for _ in range(6))
    if kind == "la":
        return "P" + "".join(str(r.randint(0, 9)) for _ in range(7))
    if kind == "kh":
        return "N" + "".join(str(r.randint(0, 9)) for _ in range(7))
    return r.choice(["C", "K", "PA", "X", "TZ"]) + "".join(str(r.randint(0, 9)) for _ in range(7))


BANKS = ["กรุงไทย", "กสิกรไทย", "ออมสิน", "ธ.ก.ส.", "กรุงเทพ", "ไทยพาณิชย์", "กรุงศรีอยุธยา", "ทีทีบี"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(10))
    style = style or r.choice(["dash", "plain", "dash", "gsb"])
    if style == "plain":
        return d
    if style == "thai":
        return thd(f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}")
    if style == "gsb":
        d12 = "0" + "".join(str(r.randint(0, 9)) for _ in range(11))
        return r.choice([d12, f"{d12[:4]} {d12[4:8]} {d12[8:]}"])
    return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"


PLATE_LETTERS = ["กษ", "ขจ", "ฆก", "งช", "ญพ", "ฒท", "นบ", "บว", "พม", "ศร", "สท", "ฮฮ", "กจ", "ผล", "อท"]
PLATE_PROV = ["กรุงเทพมหานคร", "ลำปาง", "นครปฐม", "สุราษฎร์ธานี", "พิษณุโลก", "ร้อยเอ็ด", "ชลบุรี", "เชียงราย",
              "ปัตตานี", "สมุทรสาคร", "บุรีรัมย์", "อยุธยา"]


def plate(r: random.Random, thai_digits: bool = False) -> str:
    num = str(r.randint(1, 9999))
    letters = r.choice(PLATE_LETTERS)
    prov = r.choice(PLATE_PROV)
    form = r.choice(["pre", "plain", "dash", "pre"])
    if form == "pre":
        core = f"{r.randint(1, 9)}{letters} {num}"
    elif form == "dash":
        core = f"{letters}-{num}"
    else:
        core = f"{letters} {num}"
    v = f"{core} {prov}"
    return thd(v) if thai_digits else v


ADDR_AREAS = [
    ("แขวงดินแดง", "เขตดินแดง", "กรุงเทพมหานคร", "10400"),
    ("แขวงบางซื่อ", "เขตบางซื่อ", "กรุงเทพฯ", "10800"),
    ("แขวงทุ่งสองห้อง", "เขตหลักสี่", "กรุงเทพมหานคร", "10210"),
    ("แขวงบางแค", "เขตบางแค", "กรุงเทพฯ", "10160"),
    ("แขวงคลองจั่น", "เขตบางกะปิ", "กรุงเทพมหานคร", "10240"),
    ("ต.ช้างเผือก", "อ.เมืองเชียงใหม่", "จ.เชียงใหม่", "50300"),
    ("ต.ในเมือง", "อ.เมืองนครราชสีมา", "จ.นครราชสีมา", "30000"),
    ("ต.บางรักพัฒนา", "อ.บางบัวทอง", "จ.นนทบุรี", "11110"),
    ("ต.คอหงส์", "อ.หาดใหญ่", "จ.สงขลา", "90110"),
    ("ต.สะเตง", "อ.เมืองยะลา", "จ.ยะลา", "95000"),
    ("ตำบลในเวียง", "อำเภอเมืองน่าน", "จังหวัดน่าน", "55000"),
    ("ตำบลหนองปรือ", "อำเภอบางละมุง", "จังหวัดชลบุรี", "20150"),
    ("ต.แม่ฮ่องสอน", "อ.ปางมะผ้า", "จ.แม่ฮ่องสอน", "58150"),
    ("ตำบลท่าทราย", "อำเภอเมืองสมุทรสาคร", "จังหวัดสมุทรสาคร", "74000"),
    ("ต.ในเมือง", "อ.เมืองร้อยเอ็ด", "จ.ร้อยเอ็ด", "45000"),
    ("ต.บ่อยาง", "อ.เมืองสงขลา", "จ.สงขลา", "90000"),
    ("ต.สะเดา", "อ.สะเดา", "จ.สงขลา", "90120"),
    ("ต.แม่ปะ", "อ.แม่สอด", "จ.ตาก", "63110"),
]
STREETS_BKK = ["ซอยวิภาวดีรังสิต 16", "ซ.เพชรเกษม 69", "ถนนประชาชื่น", "ซอยลาดพร้าว 101", "ถ.แจ้งวัฒนะ", "ซอยสุขาภิบาล 3"]
STREETS_PROV = ["ถ.มิตรภาพ", "ถนนเพชรเกษม", "ซอย 5", "ถ.สุเทพ", "ถนนสิโรรส", "ถ.กาญจนวนิช"]
ADDR_EN = [
    ("Soi Sukhumvit 39", "Khlong Tan Nuea", "Watthana", "Bangkok", "10110"),
    ("Huay Kaew Rd.", "Suthep", "Mueang Chiang Mai", "Chiang Mai", "50200"),
    ("Soi Ari 4", "Samsen Nai", "Phaya Thai", "Bangkok", "10400"),
    ("Chaofa Rd.", "Chalong", "Mueang Phuket", "Phuket", "83130"),
    ("Thappraya Rd.", "Nong Prue", "Bang Lamung", "Chon Buri", "20150"),
    ("Moo 5, Mae Rim-Samoeng Rd.", "Rim Tai", "Mae Rim", "Chiang Mai", "50180"),
]


def house(r: random.Random) -> str:
    return r.choice([str(r.randint(1, 999)), f"{r.randint(1, 399)}/{r.randint(1, 250)}"])


NORTH = ("ต.ช้างเผือก", "ตำบลในเวียง", "ต.แม่ฮ่องสอน", "ต.แม่ปะ")


def addr(r: random.Random, en: bool = False, short: bool = False, thai_digits: bool = False,
         north: bool = False) -> str:
    if en:
        st, sub, dist, prov, pc = r.choice(ADDR_EN)
        return f"{house(r)} {st}, {sub}, {dist}, {prov} {pc}"
    t, a, p, pc = r.choice([x for x in ADDR_AREAS if x[0] in NORTH] if north else ADDR_AREAS)
    moo = r.choice(["", f" หมู่ {r.randint(1, 14)}", f" ม.{r.randint(1, 14)}"]) if not t.startswith("แขวง") else ""
    street = r.choice(["", " " + r.choice(STREETS_BKK if t.startswith("แขวง") else STREETS_PROV)])
    v = f"{house(r)}{moo}{street} {t} {a} {p}" if short else f"{house(r)}{moo}{street} {t} {a} {p} {pc}"
    return thd(v) if thai_digits else v


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dob(r: random.Random, style: str | None = None, lo: int = 1950, hi: int = 2004) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    be = y + 543
    style = style or r.choice(["th_long", "th_short", "slash_be", "iso", "en", "th_short2"])
    return {
        "th_long": f"{d} {TH_MONTHS[m - 1]} {be}",
        "th_short": f"{d} {TH_MON[m - 1]} {be}",
        "th_short2": f"{d} {TH_MON[m - 1]} {str(be)[2:]}",
        "slash_be": f"{d:02d}/{m:02d}/{be}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "en": f"{d} {EN_MON[m - 1]} {y}",
        "slash_ce": f"{d:02d}/{m:02d}/{y}",
        "thai": thd(f"{d} {TH_MONTHS[m - 1]} {be}"),
        "thai_slash": thd(f"{d:02d}/{m:02d}/{be}"),
    }[style]


def student_id(r: random.Random, style: str | None = None) -> str:
    yy = r.randint(64, 68)
    style = style or r.choice(["ten", "ten", "dash", "eleven"])
    if style == "ten":
        return f"{yy}{r.randint(10, 99)}{r.randint(100000, 999999)}"
    if style == "eleven":
        return f"{yy}{r.randint(100, 999)}{r.randint(100000, 999999)}"
    if style == "dash":
        return f"{yy}-{r.randint(1000, 9999)}-{r.randint(100, 999)}"
    return f"{yy}0{r.randint(1000, 9999)}"


def hn(r: random.Random, style: str | None = None) -> str:
    yy = r.randint(50, 68)
    style = style or r.choice(["slash", "dash", "plain", "rev"])
    if style == "slash":
        return f"{r.randint(1, 99999)}/{yy}"
    if style == "dash":
        return f"{yy}-{r.randint(10000, 999999):06d}"
    if style == "rev":
        return f"{r.randint(100000, 999999)}-{yy}"
    if style == "thai":
        return thd(f"{r.randint(1000, 99999)}/{yy}")
    return f"{r.randint(1000000, 9999999)}"


def line_id(r: random.Random, base: str | None = None) -> str:
    b = (base or r.choice(ROMAN_NICK)).lower()
    return r.choice([f"{b}{r.randint(1, 99)}", f"{b}_{r.choice(['na', 'ja', 'krub', 'kha', 'zaa'])}",
                     f"{b}.{r.choice(['kk', 'cm', 'hy', 'ubon'])}{r.randint(0, 9)}", f"{b}{b[-1]}{b[-1]}",
                     f"{r.choice(['ya', 'lung', 'pa', 'mae'])}{b}{r.randint(1, 9)}"])


def amount(r: random.Random, lo: int = 100, hi: int = 90000) -> str:
    return f"{r.randint(lo, hi):,}"


def case_no(r: random.Random, prefix: str = "C") -> str:
    return f"{prefix}{r.randint(2567, 2569)}-{r.randint(100000, 999999)}"


def hexs(r: random.Random, n: int = 16) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def hm(r: random.Random) -> str:
    return f"{r.randint(8, 20):02d}:{r.randint(0, 59):02d}"


def day(r: random.Random) -> str:
    return f"{r.randint(1, 28)} {r.choice(TH_MON)} {r.choice([2568, 2569])}"


def iso_ts(r: random.Random) -> str:
    return (f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:"
            f"{r.randint(0, 59):02d}+07:00")


def bio_vec(r: random.Random, n: int = 5) -> str:
    xs = [f"{r.uniform(-0.3, 0.3):.4f}" for _ in range(n)]
    return "[" + ", ".join(xs[:-1]) + ", ..., " + xs[-1] + "]"


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def bio_tpl(r: random.Random, n: int = 44, head: str = "Rk1SACAyMAAA") -> str:
    return head + "".join(r.choice(_B64) for _ in range(n)) + "=="


# ----------------------------------------------------------------------------------------------
# Value checks used by tests/test_freshsets.py on every labelled span
# ----------------------------------------------------------------------------------------------
def _check_value(entity_type: str, span: str) -> bool:
    """True when a labelled span is a well-formed fabricated value of its type (Thai digits allowed)."""
    if not span or span != span.strip():
        return False
    a = span.translate(_ASCII_DIGITS)
    digits = re.sub(r"[^0-9]", "", a)
    if entity_type == "TH_NATIONAL_ID":
        return bool(re.fullmatch(r"[0-9 -]+", a)) and len(digits) == 13 and pin.is_valid(digits)
    if entity_type == "TH_JURISTIC_ID":
        return bool(re.fullmatch(r"[0-9 -]+", a)) and len(digits) == 13 and moa.is_valid(digits)
    if entity_type == "CREDIT_CARD":
        return bool(re.fullmatch(r"[0-9 -]+", a)) and 13 <= len(digits) <= 19 and _luhn_ok(digits)
    if entity_type == "PHONE_NUMBER":
        return _valid_phone(a)
    if entity_type == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", span)) and not re.match(
            r"(info|hr|support|saraban|contact|admin|callcenter)@", span)
    if entity_type == "IP_ADDRESS":
        try:
            ipaddress.ip_address(span)
        except ValueError:
            return False
        return True
    if entity_type == "TH_PASSPORT":
        return bool(re.fullmatch(r"[A-Z]{1,2}[0-9]{6,8}", span))
    if entity_type == "TH_BANK_ACCOUNT":
        return bool(re.fullmatch(r"[0-9 -]+", a)) and len(digits) in (10, 12)
    if entity_type == "TH_VEHICLE_PLATE":
        return bool(re.fullmatch(r"[0-9]?[ก-ฮ]{1,2}[ -]?[0-9]{1,4} [ก-ฮะ-์]+", a))
    if entity_type == "ADDRESS":
        return bool(re.match(r"[0-9]", a)) and len(span) >= 12
    if entity_type == "DATE_OF_BIRTH":
        return bool(re.search(r"[0-9]", a)) and len(span) <= 30
    if entity_type == "STUDENT_ID":
        return bool(re.fullmatch(r"[A-Z]?[0-9][0-9-]{3,12}", a))
    if entity_type == "MEDICAL_RECORD_NUMBER":
        return bool(re.fullmatch(r"[0-9][0-9/-]{4,11}", a)) and len(digits) >= 5
    if entity_type == "LINE_ID":
        return bool(re.fullmatch(r"[a-z0-9._-]{3,20}", span))
    if entity_type == "PERSON":
        return not re.search(r"[0-9]|^(นาย|นาง|น\.ส\.|คุณ|ยาย|ตา|ลุง|ป้า|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) ", a)
    return entity_type in ENTITY_TYPES


# ----------------------------------------------------------------------------------------------
# Templates
# ----------------------------------------------------------------------------------------------
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


# ============================== Revenue Department (e-filing help) ==============================
@T("revenue")
def rd_efiling_chat_json(r: random.Random) -> list:
    name = thn(r)
    return [
        '{"channel":"rd_chatbot_web","session":"', hexs(r, 12), '","turns":[\n',
        '  {"role":"bot","text":"สวัสดีค่ะ น้องอากรพร้อมช่วยเรื่องยื่นแบบ ภ.ง.ด.90/91 และติดตามการคืนภาษีค่ะ"},\n',
        '  {"role":"user","text":"ยื่นไปตั้งแต่ต้นเดือน มี.ค. แล้วครับ สถานะยังขึ้นว่าอยู่ระหว่างตรวจสอบ"},\n',
        '  {"role":"bot","text":"รบกวนแจ้งเลขประจำตัวผู้เสียภาษีอากร 13 หลักค่ะ"},\n',
        '  {"role":"user","text":"', ("TH_NATIONAL_ID", nid(r, "plain")), ' ครับ ชื่อ ', P(name), '"},\n',
        '  {"role":"bot","text":"ระบบพบว่าคำขอคืนภาษีรอเอกสารเพิ่มเติม (หนังสือรับรองการหักภาษี ณ ที่จ่าย)"},\n',
        '  {"role":"user","text":"อัปโหลดแล้วนะ ให้โอนเข้าบัญชี', r.choice(BANKS), ' ', ("TH_BANK_ACCOUNT", bank_acct(r, "dash")),
        ' ได้ไหม พร้อมเพย์ไม่ได้ผูกไว้"}\n',
        ']}\n\nSummarise this conversation for the tax officer queue in 3 bullet points (Thai).',
    ]


@T("revenue")
def rd_disabled_dependant_escalation(r: random.Random) -> list:
    name, father = thn(r), thm(r)
    return [
        "[ESCALATE → เจ้าหน้าที่ สรรพากรพื้นที่", r.choice(["เชียงใหม่", "ขอนแก่น", "นนทบุรี 2", "สงขลา"]), "]\n",
        "เหตุผล: บอทตอบเรื่องค่าลดหย่อนผู้พิการไม่ได้\n",
        "ผู้ติดต่อ: ", P(name), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "เลขผู้เสียภาษี: ", ("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "สรุป: ผู้เสียภาษีต้องการใช้สิทธิลดหย่อนค่าอุปการะเลี้ยงดูคนพิการ 60,000 บาท ให้บิดาคือนาย", P(father),
        " ซึ่ง", ("DISABILITY", r.choice(["พิการทางการเคลื่อนไหว", "ตาบอดสนิททั้งสองข้าง", "พิการทางการได้ยิน"])),
        " มีบัตรคนพิการแล้ว แต่ระบบแจ้งว่าเลขบัตรไม่ตรง\n",
        "ช่วยร่างคำตอบสุภาพให้เจ้าหน้าที่ส่งกลับทางอีเมล ", ("EMAIL_ADDRESS", email(r)), " ด้วย",
    ]


@T("revenue")
def rd_pnd90_form_kv(r: random.Random) -> list:
    name, spouse = thm(r), thf(r)
    return [
        "ช่วยตรวจว่าข้อมูลในแบบ ภ.ง.ด.90 ครบไหม\n",
        "ชื่อผู้มีเงินได้: ", P(name), "\n",
        "เลขประจำตัวผู้เสียภาษีอากร: ", ("TH_NATIONAL_ID", nid(r, "space")), "\n",
        "วันเดือนปีเกิด: ", ("DATE_OF_BIRTH", dob(r, "slash_be")), "\n",
        "ที่อยู่: ", ("ADDRESS", addr(r)), "\n",
        "สถานภาพ: สมรส (คู่สมรสไม่มีเงินได้)\n",
        "ชื่อคู่สมรส: ", P(spouse), "\n",
        "เลขประจำตัวคู่สมรส: ", ("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "เงินได้ 40(1): ", amount(r, 300000, 900000), "\nเงินได้ 40(8): ", amount(r, 20000, 200000), "\n",
        "ลดหย่อนบุตร: 2 คน  ประกันสังคม: 9,000",
    ]


@T("revenue")
def rd_officer_summarise_cancer(r: random.Random) -> list:
    name = thn(r)
    return [
        "ช่วยสรุปเรื่องร้องเรียนนี้เป็นบันทึกเสนอหัวหน้าฝ่ายไม่เกิน 5 บรรทัด\n---\n",
        "เรียน เจ้าหน้าที่กรมสรรพากร ดิฉัน", P(name), " ยื่นแบบผ่านอินเทอร์เน็ตตั้งแต่ ", day(r),
        " ขอคืนภาษี ", amount(r, 4000, 30000), " บาท จนบัดนี้ยังไม่ได้รับคืน โทรไป 1161 ก็ถูกโอนสายไปมา ",
        "ตอนนี้ดิฉันป่วยเป็น", ("HEALTH_DATA", r.choice(["มะเร็งลำไส้ใหญ่ระยะที่ 3", "มะเร็งเต้านมระยะที่ 2",
                                                       "ไตวายเรื้อรังระยะสุดท้าย"])),
        " ต้องใช้เงินรักษาตัว ขอความกรุณาเร่งรัดด้วยค่ะ ติดต่อกลับได้ที่ ", ("PHONE_NUMBER", mobile(r)),
        "\nเลขผู้เสียภาษี ", ("TH_NATIONAL_ID", nid(r)), "\n---",
    ]


@T("revenue")
def rd_en_expat_tin_email(r: random.Random) -> list:
    name = r.choice(WESTERN)
    return [
        "Subject: Tax ID for foreigner - cannot register on e-Filing\n\n",
        "Dear Revenue Department,\n\nMy name is ", P(name), ". I have worked in Thailand since 2024 on a Non-B visa ",
        "and my employer withheld tax. The e-Filing site asks for a 13-digit TIN which I do not have. ",
        "Passport no. ", ("TH_PASSPORT", passport(r, "xx")), ", address ", ("ADDRESS", addr(r, en=True)),
        ". Could I apply by email? Reach me at ", ("EMAIL_ADDRESS", email(r, name)), " or ",
        ("PHONE_NUMBER", mobile(r, "intl")), ".\n\nRegards,\n", P(name),
        "\n\n[Agent note] Draft a reply explaining form ล.ป.10.1 and which area office to visit.",
    ]


@T("revenue")
def rd_card_payment_error_log(r: random.Random) -> list:
    return [
        "Why does this payment keep failing? log from rd-epayment gateway:\n",
        iso_ts(r), " WARN  pay.ctl  form=PND90 ref=", str(r.randint(10**11, 10**12 - 1)),
        " amount=", amount(r, 500, 40000), ".00 channel=CREDIT\n",
        iso_ts(r), " DEBUG pay.ctl  req.pan=", ("CREDIT_CARD", card(r, "plain")), " exp=",
        f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", " client_ip=", ("IP_ADDRESS", ipv4(r)), "\n",
        iso_ts(r), " ERROR pay.ctl  3DS_TIMEOUT acs_url=https://acs.issuer.example/auth code=E3102\n",
        "taxpayer_email=", ("EMAIL_ADDRESS", email(r)), "\n",
    ]


@T("revenue")
def rd_vat_sme_line_chat(r: random.Random) -> list:
    name = thf(r)
    lid = line_id(r)
    return [
        "แชท LINE OA สรรพากร (ส่งให้ AI ช่วยตอบ)\n",
        "ลูกค้า: สวัสดีค่ะ ร้านเพิ่งจดบริษัท อยากจด VAT ต้องยื่น ภ.พ.01 ที่ไหนคะ\n",
        "ลูกค้า: บริษัท ", r.choice(["ขนมบ้านแม่", "ทรัพย์ทวีค้าวัสดุ", "กรีนฟาร์มออร์แกนิค"]), " จำกัด เลขนิติบุคคล ",
        ("TH_JURISTIC_ID", juristic(r)), "\n",
        "ลูกค้า: ดิฉัน", P(name), " เป็นกรรมการค่ะ ติดต่อไลน์ส่วนตัว ", ("LINE_ID", lid), " หรือโทร ",
        ("PHONE_NUMBER", mobile(r)), "\n",
        "แอดมิน: (รอ AI ร่างคำตอบ)",
    ]


@T("revenue")
def rd_parent_deduction_health(r: random.Random) -> list:
    mother = thf(r)
    return [
        "ถามเรื่องลดหย่อนเบี้ยประกันสุขภาพพ่อแม่ค่ะ แม่ชื่อ", P(mother), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_long", 1945, 1962)),
        " เลขบัตร ", ("TH_NATIONAL_ID", nid(r, "dash", first="3")),
        " แม่เป็น", ("HEALTH_DATA", r.choice(["ไตวายเรื้อรังต้องฟอกไต", "เบาหวานชนิดที่ 2", "พาร์กินสัน"])),
        " บริษัทประกันเลยคิดเบี้ยเพิ่ม ปีนี้จ่ายไป ", amount(r, 18000, 40000),
        " บาท ลดหย่อนได้เต็มไหมคะ หรือได้แค่ 15,000",
    ]


@T("revenue")
def rd_elderly_pension_typos(r: random.Random) -> list:
    name = thm(r)
    return [
        "user: สวัสดี ครับ\nuser: ลุง ชื่อ ", P(name), " อายุ 72 ปี\n",
        "user: ได้ เงินบำนาน ทุกเดือน ต้องยืนภาษี มั้ย ครับ\n",
        "user: เลขบัตร ", ("TH_NATIONAL_ID", nid(r, "thai")), "\n",
        "user: ลูก บอก ให้ ยืน ใน เนต แต่ ลุง ทำ ไม่ เปน\n",
        "user: โทร หา ลุง ได้ ที่ ", ("PHONE_NUMBER", mobile(r, "thai")), " นะ ครับ\n",
        "bot: ขอบคุณค่ะ ระบบจะส่งเรื่องให้เจ้าหน้าที่ติดต่อกลับภายใน 2 วันทำการ",
    ]


@T("revenue")
def rd_refund_letter_filled(r: random.Random) -> list:
    name = thn(r)
    return [
        "ช่วยตรวจคำผิดในหนังสือนี้ก่อนส่งพิมพ์\n\n",
        "ที่ กค ๐๗๐๒/", thd(str(r.randint(1000, 9999))), "\t\tกรมสรรพากร\n\n",
        "เรื่อง แจ้งผลการพิจารณาคืนเงินภาษีอากร\n",
        "เรียน ", r.choice(["นาย", "นาง", "นางสาว"]), P(name), "\n",
        "ที่อยู่ ", ("ADDRESS", addr(r)), "\n",
        "เลขประจำตัวผู้เสียภาษีอากร ", ("TH_NATIONAL_ID", nid(r, "dash")), "\n\n",
        "ตามที่ท่านได้ยื่นแบบแสดงรายการภาษีเงินได้บุคคลธรรมดา (ภ.ง.ด.90) สำหรับปีภาษี ๒๕๖๘ ",
        "กรมสรรพากรได้พิจารณาแล้ว อนุมัติคืนเงินภาษีจำนวน ", amount(r, 1000, 25000),
        " บาท โดยโอนเข้าบัญชีธนาคาร", r.choice(BANKS), " เลขที่ ", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")),
        "\n\nจึงเรียนมาเพื่อโปรดทราบ",
    ]


@T("revenue")
def rd_thaid_face_login_trace(r: random.Random) -> list:
    return [
        "e-Filing login via ThaID failing for one taxpayer, trace below. Is the liveness score the problem?\n",
        '{"ts":"', iso_ts(r), '","svc":"rd-idp","step":"thaid_callback","sub_pid":"', ("TH_NATIONAL_ID", nid(r, "plain")),
        '","client_ip":"', ("IP_ADDRESS", ipv4(r)), '",\n',
        ' "liveness":{"score":0.41,"threshold":0.6},"face_embedding":', ("BIOMETRIC_DATA", bio_vec(r, 6)),
        ',"result":"REJECT"}',
    ]


# ============================== Social Security Office ==============================
@T("sso")
def sso_unemployment_transcript(r: random.Random) -> list:
    name = thf(r)
    return [
        "บันทึกสนทนาแชทบอท สปส. 1506 (ผู้ประกันตนมาตรา 33)\n",
        "บอท: สวัสดีค่ะ ต้องการติดต่อเรื่องใดคะ 1) ว่างงาน 2) เจ็บป่วย 3) คลอดบุตร\n",
        "ผู้ใช้: 1\nบอท: กรุณาระบุเลขบัตรประชาชนค่ะ\nผู้ใช้: ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "บอท: คุณ", P(name), " ขึ้นทะเบียนว่างงานเมื่อ ", day(r), " เหตุ: เลิกจ้าง\n",
        "ผู้ใช้: เงินยังไม่เข้าเลยค่ะ บัญชี", r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r)), "\n",
        "บอท: ระบบกำลังโอนสายให้เจ้าหน้าที่ค่ะ\n",
        "เจ้าหน้าที่: สวัสดีค่ะ ", P(officer(r)), " รับเรื่องค่ะ ขอเบอร์ติดต่อกลับด้วยนะคะ\n",
        "ผู้ใช้: ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("sso")
def sso_sickness_benefit_json(r: random.Random) -> list:
    return [
        "Extract the fields needed for form สปส.2-01 from this JSON and tell me what is missing:\n",
        '{"insured":{"pid":"', ("TH_NATIONAL_ID", nid(r, "plain")), '","name":"', P(thn(r)), '"},\n',
        ' "hospital":{"name":"รพ.', r.choice(["ราชวิถี", "มหาราชนครราชสีมา", "สงขลานครินทร์", "ขอนแก่น"]),
        '","hn":"', ("MEDICAL_RECORD_NUMBER", hn(r)), '"},\n',
        ' "diagnosis":"', ("HEALTH_DATA", r.choice(["หมอนรองกระดูกทับเส้นประสาท", "ผ่าตัดไส้ติ่งอักเสบ",
                                                  "กระดูกข้อมือหัก", "ไข้เลือดออก"])), '",\n',
        ' "sick_leave":{"from":"2026-0', str(r.randint(1, 9)), '-0', str(r.randint(1, 9)), '","days":',
        str(r.randint(31, 90)), '},"employer_paid_days":30}',
    ]


@T("sso")
def sso_invalidity_escalation(r: random.Random) -> list:
    name = thm(r)
    return [
        "CASE ", case_no(r, "SSO"), " | escalated from chatbot | priority: สูง\n",
        "ผู้ประกันตน: ", P(name), " (ม.39)  เลขบัตร ", ("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "บันทึก จนท.: ผู้ประกันตนประสบอุบัติเหตุจากการทำงานเมื่อปีที่แล้ว ปัจจุบัน",
        ("DISABILITY", r.choice(["ขาขาดข้างขวาระดับเข่า", "อัมพาตครึ่งล่าง", "สูญเสียการมองเห็นทั้งสองข้าง"])),
        " แพทย์ประเมินสูญเสียสมรรถภาพร้อยละ 60 ต้องการยื่นขอประโยชน์ทดแทนกรณีทุพพลภาพ ",
        "ญาติ (ภรรยา) ติดต่อแทน โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "งานถัดไป: ให้ AI ร่างรายการเอกสารที่ต้องใช้ และคำอธิบายอัตราเงินทดแทนแบบภาษาง่าย",
    ]


@T("sso")
def sso_maternity_form_kv(r: random.Random) -> list:
    mom = thf(r)
    return [
        "แปลงข้อมูลนี้เป็น JSON ตามสคีมา maternity_claim_v2:\n",
        "ชื่อผู้ประกันตน: ", P(mom), "\n",
        "เลขประจำตัวประชาชน: ", ("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "สถานพยาบาลที่คลอด: รพ.", r.choice(["ศิริราช", "เชียงรายประชานุเคราะห์", "พระนั่งเกล้า"]), "\n",
        "ชื่อบุตร: ด.ญ.", P(f"{r.choice(['ปุณณิศา', 'ชนัญชิดา', 'อริสรา'])} {mom.split()[1]}"), "\n",
        "วันเกิดบุตร: ", ("DATE_OF_BIRTH", dob(r, "th_short", 2025, 2026)), "\n",
        "บัญชีรับเงิน: ", r.choice(BANKS), " ", ("TH_BANK_ACCOUNT", bank_acct(r, "plain")), "\n",
        "เบอร์มือถือ: ", ("PHONE_NUMBER", mobile(r, "plain")),
    ]


@T("sso")
def sso_sec40_elderly_chat(r: random.Random) -> list:
    name = thf(r)
    return [
        "[LINE OA ประกันสังคม] ข้อความจากผู้ใช้ (ส่งทีละบรรทัด)\n",
        "ป้า ", P(name), " จ้า\n", "ป้า สมัคร มาตรา ๔๐ ไว้\n", "จ่าย ที่ เซเว่น ทุก เดือน\n",
        "ตอนนี้ ป้า ป่วย เป็น ", ("HEALTH_DATA", r.choice(["เบาหวาน", "ความดันสูง", "ต้อกระจก"])), " นอน โรงบาล ๓ วัน\n",
        "เบิก ได้ มั้ย จ๊ะ\n", "บัตร ", ("TH_NATIONAL_ID", nid(r, "thai")), "\n",
        "\nช่วยร่างคำตอบภาษาง่ายๆ ตัวใหญ่ สั้นๆ สำหรับผู้สูงอายุ",
    ]


@T("sso")
def sso_union_contribution_stopped(r: random.Random) -> list:
    name = thm(r)
    return [
        "สรุปเรื่องร้องเรียนให้ฝ่ายตรวจสอบนายจ้าง:\n",
        "ผู้ร้อง นาย", P(name), " โทร ", ("PHONE_NUMBER", mobile(r)), " แจ้งว่าบริษัท ",
        r.choice(["สยามพาร์ทอินดัสทรี", "ไทยโพลีแพ็ค", "อีสเทิร์นสตีลเวิร์ค"]), " จำกัด (เลขทะเบียนนิติบุคคล ",
        ("TH_JURISTIC_ID", juristic(r)), ") หักเงินสมทบจากเงินเดือนแต่ไม่นำส่งมา 4 เดือน ",
        "หลังจากผู้ร้อง", ("TRADE_UNION", r.choice(["ได้รับเลือกเป็นกรรมการสหภาพแรงงาน", "สมัครเป็นสมาชิกสหภาพแรงงาน",
                                                  "เป็นประธานสหภาพแรงงานในโรงงาน"])),
        " และถูกเลิกจ้างเมื่อ ", day(r), " ผู้ร้องเชื่อว่าเป็นการกลั่นแกล้ง",
    ]


@T("sso")
def sso_myanmar_worker_en(r: random.Random) -> list:
    name = r.choice(BURMESE)
    return [
        "Translate to Thai for the SSO counter officer:\n",
        "\"Hello, I am ", P(name), ", Myanmar worker at a seafood factory in Samut Sakhon. My passport is ",
        ("TH_PASSPORT", passport(r, "mm")), ". My boss says I have social security but the hospital say my card not active. ",
        "I am pregnant 5 months. Please call ", ("PHONE_NUMBER", mobile(r)), " (my friend speak Thai).\"",
    ]


@T("sso")
def sso_connect_face_verify_log(r: random.Random) -> list:
    return [
        "SSO Connect app: users say face verify loops. One failing record (PII redaction not applied yet):\n",
        "event=face_verify_attempt app_ver=4.2.1 os=android14\n",
        "pid=", ("TH_NATIONAL_ID", nid(r, "plain")), " ip=", ("IP_ADDRESS", ipv4(r)), "\n",
        "probe_template=", ("BIOMETRIC_DATA", bio_tpl(r, 40, "RkFDRV9WMQ")), "\n",
        "match_score=0.58 threshold=0.72 attempt=5 result=LOCKED\n",
        "What config would you change?",
    ]


@T("sso")
def sso_hiv_confidential_summary(r: random.Random) -> list:
    name = thm(r)
    return [
        "You are assisting an SSO medical benefits officer. Summarise the call in English, keep it neutral.\n\n",
        "ผู้ประกันตน ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), " โทรมาแจ้งว่าตน",
        ("HEALTH_DATA", "ติดเชื้อเอชไอวี"), " รับยาต้านที่ รพ.", r.choice(["บำราศนราดูร", "ลำปาง", "ชลบุรี"]),
        " ต้องการย้ายสถานพยาบาลตามสิทธิ แต่กังวลว่าฝ่ายบุคคลของนายจ้างจะรู้ผลเลือด ",
        "ขอให้ติดต่อกลับทางอีเมล ", ("EMAIL_ADDRESS", email(r)), " เท่านั้น ห้ามโทรที่ทำงาน",
    ]


@T("sso")
def sso_death_grant_letter(r: random.Random) -> list:
    heir, dead = thf(r), thm(r)
    return [
        "หนังสือ สปส. (ฉบับกรอกแล้ว) — ช่วยแปลงเป็นข้อความ SMS สั้นไม่เกิน 140 ตัวอักษร\n\n",
        "เรียน คุณ", P(heir), "\n",
        "ตามที่ท่านยื่นขอรับประโยชน์ทดแทนกรณีตายของผู้ประกันตน นาย", P(dead), " เลขประจำตัว ",
        ("TH_NATIONAL_ID", nid(r, "dash")), " สำนักงานประกันสังคมได้อนุมัติค่าทำศพ 50,000 บาท ",
        "และเงินสงเคราะห์กรณีตาย ", amount(r, 20000, 90000), " บาท โอนเข้าบัญชี ",
        ("TH_BANK_ACCOUNT", bank_acct(r)), " ภายใน 5 วันทำการ\nที่อยู่จัดส่งหนังสือ: ", ("ADDRESS", addr(r)),
    ]


# ============================== Department of Land Transport ==============================
@T("dlt")
def dlt_renewal_epilepsy_json(r: random.Random) -> list:
    name = thf(r)
    return [
        '[{"from":"bot","msg":"ต่ออายุใบขับขี่ออนไลน์ผ่าน DLT Smart Queue ได้ค่ะ กรุณาระบุเลขบัตรประชาชน"},\n',
        ' {"from":"user","msg":"', ("TH_NATIONAL_ID", nid(r, "dash")), '"},\n',
        ' {"from":"bot","msg":"ยืนยันตัวตน: ', P(name), ' วันเกิด ', ("DATE_OF_BIRTH", dob(r, "th_short")), ' ใช่หรือไม่"},\n',
        ' {"from":"user","msg":"ใช่ค่ะ แต่หมอเพิ่งวินิจฉัยว่าเป็น', ("HEALTH_DATA", "โรคลมชัก"),
        ' ยังต่อใบขับขี่ได้ไหม ต้องใช้ใบรับรองแพทย์แบบไหน"},\n',
        ' {"from":"bot","msg":"ขออภัย บอทไม่สามารถตอบคำถามด้านสุขภาพได้ กำลังส่งต่อเจ้าหน้าที่"}]\n',
        "ให้ LLM ช่วยหาข้อกำหนดโรคต้องห้ามตามระเบียบกรมการขนส่งทางบก",
    ]


@T("dlt")
def dlt_vehicle_tax_card(r: random.Random) -> list:
    return [
        "ตรวจสอบธุรกรรมชำระภาษีรถประจำปีที่ตัดบัตรซ้ำ 2 ครั้ง:\n",
        "txn_1: plate=", ("TH_VEHICLE_PLATE", plate(r)), " tax=", amount(r, 600, 4500), ".00 card=",
        ("CREDIT_CARD", card(r, "dash")), " status=CAPTURED\n",
        "txn_2: same plate, same card, status=CAPTURED (", hm(r), ")\n",
        "ผู้ชำระแจ้งอีเมล ", ("EMAIL_ADDRESS", email(r)), " ขอคืนเงินรายการที่สอง ช่วยร่างอีเมลตอบ",
    ]


@T("dlt")
def dlt_transfer_ownership_kv(r: random.Random) -> list:
    seller, buyer = thm(r), thf(r)
    return [
        "คำขอโอนกรรมสิทธิ์รถ (ข้อมูลจากแบบฟอร์มออนไลน์):\n",
        "ทะเบียนรถ: ", ("TH_VEHICLE_PLATE", plate(r)), "\n",
        "ผู้โอน: ", P(seller), "\nเลขบัตรผู้โอน: ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "ผู้รับโอน: ", P(buyer), "\nเลขบัตรผู้รับโอน: ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "ที่อยู่ผู้รับโอน: ", ("ADDRESS", addr(r)), "\n",
        "เลขตัวถัง: MR0", hexs(r, 6).upper(), str(r.randint(100000, 999999)), "\n",
        "ตรวจให้หน่อยว่าต้องแนบเอกสารอะไรเพิ่ม และค่าธรรมเนียมเท่าไร",
    ]


@T("dlt")
def dlt_drunk_driving_suspension(r: random.Random) -> list:
    name = thm(r)
    return [
        "ร่างหนังสือแจ้งพักใช้ใบอนุญาตขับรถ จากข้อมูล:\n",
        "- ผู้ถือใบอนุญาต: นาย", P(name), "\n- เลขที่ใบอนุญาต: ", str(r.randint(10000000, 99999999)), "\n",
        "- เลขประจำตัวประชาชน: ", ("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "- เหตุ: ศาลแขวงมีคำพิพากษาว่า", ("CRIMINAL_RECORD", r.choice(["มีความผิดฐานขับรถขณะเมาสุรา",
                                                                   "กระทำผิดซ้ำฐานเมาแล้วขับ รอลงอาญา 1 ปี"])),
        " และให้พักใช้ใบอนุญาต 6 เดือน\n- รถคันที่เกิดเหตุ: ", ("TH_VEHICLE_PLATE", plate(r)),
    ]


@T("dlt")
def dlt_disabled_driver_licence(r: random.Random) -> list:
    name = thn(r)
    return [
        "chat log (DLT call centre 1584, transcript auto-generated)\n",
        "agent: กรมการขนส่งทางบกสวัสดีค่ะ\n",
        "caller: ผมชื่อ", P(name), " ครับ ผม", ("DISABILITY", r.choice(["ขาขาดข้างซ้าย", "ใช้วีลแชร์", "พิการแขนขวา"])),
        " อยากสอบใบขับขี่รถยนต์ดัดแปลง ต้องไปสนามสอบไหน\n",
        "agent: ขอเบอร์ติดต่อไว้ก่อนนะคะ\ncaller: ", ("PHONE_NUMBER", mobile(r, "space")), "\n",
        "agent: รถที่จะใช้สอบทะเบียนอะไรคะ\ncaller: ", ("TH_VEHICLE_PLATE", plate(r)), " เป็นเกียร์ออโต้ติดคันเร่งมือ\n",
        "---\nTask: classify intent and list the follow-up actions.",
    ]


@T("dlt")
def dlt_ekyc_face_api(r: random.Random) -> list:
    return [
        "POST /dlt-ekyc/v1/verify 200\n",
        '{"citizen_id":"', ("TH_NATIONAL_ID", nid(r, "plain")), '","selfie_vector":', ("BIOMETRIC_DATA", bio_vec(r, 6)),
        ',"dopa_photo_match":0.93,"source_ip":"', ("IP_ADDRESS", ipv4(r)), '","device":"iPhone15,3"}\n',
        "เขียน unit test ที่ mock response นี้ให้หน่อย (pytest)",
    ]


@T("dlt")
def dlt_taxi_complaint_summary(r: random.Random) -> list:
    name = thf(r)
    return [
        "สรุปคำร้องเรียนเป็นภาษาราชการสั้นๆ เพื่อส่งต่อสำนักงานขนส่งกรุงเทพมหานครพื้นที่ ",
        str(r.randint(1, 5)), ":\n",
        "\"วันนี้ขึ้นแท็กซี่ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), " จากหมอชิต คนขับไม่กดมิเตอร์ ",
        "เรียก 400 พูดจาไม่สุภาพ ไล่ลงกลางทาง ฉันชื่อ", P(name), " เบอร์ ", ("PHONE_NUMBER", mobile(r)),
        " ถ้าต้องให้ปากคำติดต่อได้ค่ะ มีคลิปจากกล้องมือถือด้วย\"",
    ]


@T("dlt")
def dlt_elderly_renewal_thai_digits(r: random.Random) -> list:
    name = thm(r)
    return [
        "ข้อความ SMS เข้าระบบ 1584:\n",
        "สวัสดีครับ ผม นาย ", P(name), " อายุ ๗๑ ปี ใบขับขี่ หมดอายุ เดือนหน้า ",
        "เกิดวันที่ ", ("DATE_OF_BIRTH", dob(r, "thai", 1950, 1956)), " บัตรประชาชน ", ("TH_NATIONAL_ID", nid(r, "thai", first="3")),
        " ต้องไป สอบ ใหม่ ไหม ครับ ตา ผม ไม่ค่อย ดี ", ("HEALTH_DATA", "เป็นต้อกระจก"), " ข้างขวา\n",
        "\nจัดหมวดหมู่ข้อความนี้ และตอบกลับเป็น SMS",
    ]


@T("dlt")
def dlt_colour_blind_test(r: random.Random) -> list:
    name = thm(r)
    return [
        "บันทึกผลทดสอบสมรรถภาพ (สนามสอบ ขบ.", r.choice(["ลำปาง", "นครปฐม", "พิษณุโลก"]), ")\n",
        "ผู้สมัคร: ", P(name), " | เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "ตาบอดสี: ไม่ผ่าน — ผู้สมัคร", ("HEALTH_DATA", "ตาบอดสีแดง-เขียว"), "\n",
        "ปฏิกิริยาเท้า: ผ่าน  สายตาทางลึก: ผ่าน\n",
        "ให้ AI อธิบายผู้สมัครว่าต้องทำอย่างไรต่อ (ขอใบรับรองแพทย์ / สอบซ้ำ)",
    ]


@T("dlt")
def dlt_en_licence_conversion(r: random.Random) -> list:
    name = r.choice(WESTERN)
    return [
        "Customer email (please draft reply):\n\n",
        "Hi, I'd like to convert my UK driving licence to a Thai one at the Chiang Mai DLT office. ",
        "Name: ", P(name), "; DOB: ", ("DATE_OF_BIRTH", dob(r, "en", 1965, 1995)), "; passport ",
        ("TH_PASSPORT", passport(r, "xx")), ". My residence certificate shows ", ("ADDRESS", addr(r, en=True)),
        ". Do I need to book a queue online? Email: ", ("EMAIL_ADDRESS", email(r, name)), ".",
    ]


@T("dlt")
def dlt_stolen_plate_escalation(r: random.Random) -> list:
    name = thf(r)
    return [
        "### Escalation note (bot → officer)\n",
        "- Intent: ขอป้ายทะเบียนใหม่ (ป้ายหาย/ถูกขโมย)\n",
        "- Citizen: ", P(name), "\n- Plate: ", ("TH_VEHICLE_PLATE", plate(r)), "\n",
        "- Police report no.: ", str(r.randint(100, 999)), "/", str(r.randint(2568, 2569)), "\n",
        "- Contact: ", ("PHONE_NUMBER", mobile(r)), " / LINE ", ("LINE_ID", line_id(r)), "\n",
        "- Bot transcript: \"ป้ายหลังโดนงัดไปเมื่อคืน จอดหน้าบ้าน ", ("ADDRESS", addr(r)), " ต้องทำยังไงคะ\"\n",
        "Officer asks: write the next message to the citizen.",
    ]


@T("dlt")
def dlt_plate_auction_winner(r: random.Random) -> list:
    name = thm(r)
    return [
        "ประกาศผู้ชนะการประมูลหมายเลขทะเบียนรถ (ร่าง) ช่วยจัดรูปแบบเป็นตาราง markdown:\n",
        "หมวด ", r.choice(["9กษ", "1ขจ"]), " | ผู้ชนะ: ", P(name), " | โทร ", ("PHONE_NUMBER", mobile(r)),
        " | ราคา ", amount(r, 50000, 900000), " บาท | ชำระโดยบัตร ", ("CREDIT_CARD", card(r)),
        "\nหมายเหตุ: ผู้ชนะต้องนำรถมาจดทะเบียนภายใน 60 วัน",
    ]


# ============================== NHSO gold card / 1330 ==============================
@T("nhso")
def nhso_1330_change_unit(r: random.Random) -> list:
    name = thf(r)
    return [
        "Transcript สายด่วน สปสช. 1330 (ASR) — สรุปประเด็นและขั้นตอนถัดไป\n",
        "[00:00:03] จนท: สปสช. สวัสดีค่ะ\n",
        "[00:00:07] ผู้โทร: ค่ะ ชื่อ", P(name), " ค่ะ จะย้ายสิทธิ์บัตรทองไปโรงพยาบาลใกล้บ้านใหม่\n",
        "[00:00:15] จนท: ขอเลขบัตรประชาชน 13 หลักค่ะ\n",
        "[00:00:19] ผู้โทร: ", ("TH_NATIONAL_ID", nid(r, "space")), "\n",
        "[00:00:31] ผู้โทร: ย้ายมาอยู่ ", ("ADDRESS", addr(r)), " ตั้งแต่เดือนที่แล้ว\n",
        "[00:00:44] จนท: ติดต่อกลับเบอร์ไหนคะ\n[00:00:47] ผู้โทร: ", ("PHONE_NUMBER", mobile(r)), "\n",
    ]


@T("nhso")
def nhso_prep_line_chat(r: random.Random) -> list:
    lid = line_id(r)
    return [
        "LINE OA สปสช. → ส่งให้ AI ช่วยตอบเรื่องสิทธิ PrEP\n",
        "ผู้ใช้ (", ("LINE_ID", lid), "): สวัสดีครับ ผม", ("SEXUAL_BEHAVIOUR", r.choice(["เป็นเกย์", "มีเพศสัมพันธ์กับผู้ชาย"])),
        " มีแฟนหลายคน อยากรับยา PrEP ฟรีตามสิทธิบัตรทอง ต้องไปที่ไหนครับ\n",
        "ผู้ใช้: เลขบัตรผม ", ("TH_NATIONAL_ID", nid(r)), " ลงทะเบียนไว้ที่ รพ.สต. ใกล้บ้าน\n",
        "ผู้ใช้: ไม่อยากให้ที่บ้านรู้นะครับ",
    ]


@T("nhso")
def nhso_thalassemia_couple(r: random.Random) -> list:
    wife, husband = thf(r), thm(r)
    return [
        "แปลผลให้คู่สมรสฟังแบบเข้าใจง่าย (ภาษาชาวบ้าน):\n",
        "ฝ่ายหญิง: ", P(wife), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), " — ", ("GENETIC_DATA", "พาหะเบต้าธาลัสซีเมีย"), "\n",
        "ฝ่ายชาย: ", P(husband), " — ", ("GENETIC_DATA", r.choice(["พาหะฮีโมโกลบินอี", "พาหะเบต้าธาลัสซีเมีย"])), "\n",
        "อายุครรภ์ 10 สัปดาห์ ขอคำแนะนำเรื่องการตรวจวินิจฉัยทารกในครรภ์ตามสิทธิบัตรทอง",
    ]


@T("nhso")
def nhso_stateless_rights_karen(r: random.Random) -> list:
    name = r.choice(HILLTRIBE_TH)
    return [
        "บันทึกเรื่องคืนสิทธิกองทุนผู้มีปัญหาสถานะและสิทธิ (ส่งให้ AI จัดรูปแบบ):\n",
        "ชื่อ: ", P(name), "\nเลขประจำตัว: ", ("TH_NATIONAL_ID", nid(r, "dash", first="6")), "\n",
        "ข้อมูลเพิ่มเติม: ", ("ETHNICITY", r.choice(["ชาวกะเหรี่ยง", "ชาวลาหู่", "ชาวอาข่า", "ชาวลีซู"])),
        " อาศัยอยู่ ", ("ADDRESS", addr(r, short=True, north=True)), " ยังไม่ได้สัญชาติไทย ป่วยต้องส่งต่อ รพ.จังหวัด\n",
        "ติดต่อผ่านผู้ใหญ่บ้าน โทร ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("nhso")
def nhso_dialysis_complaint_escalation(r: random.Random) -> list:
    name = thm(r)
    return [
        "=== escalation #", str(r.randint(10000, 99999)), " (1330 chatbot → ทีมคุ้มครองสิทธิ) ===\n",
        "citizen_name: ", P(name), "\ncitizen_pid: ", ("TH_NATIONAL_ID", nid(r, "plain")), "\n",
        "summary_by_bot: ผู้ป่วย", ("HEALTH_DATA", r.choice(["ไตวายเรื้อรังระยะสุดท้าย", "ไตวายระยะ 5"])),
        " ล้างไตทางช่องท้อง ถูกหน่วยบริการเรียกเก็บค่าน้ำยาเพิ่ม 1,200 บาท/เดือน\n",
        "callback: ", ("PHONE_NUMBER", mobile(r)), "\n",
        "officer_request: ช่วยร่างหนังสือถึงหน่วยบริการให้ชี้แจงการเรียกเก็บเงิน",
    ]


@T("nhso")
def nhso_autism_refusal_summary(r: random.Random) -> list:
    mom, kid = thf(r), thm(r)
    return [
        "Please summarise this complaint for the NHSO regional office (Thai, 4 bullets):\n\n",
        "ดิฉัน", P(mom), " เป็นแม่ของ ด.ช.", P(kid), " อายุ 6 ขวบ ลูก", ("DISABILITY", r.choice(["เป็นออทิสติก", "บกพร่องทางสติปัญญา"])),
        " มีบัตรคนพิการ ท.74 แต่โรงพยาบาลปฏิเสธไม่ให้ฝึกพูดตามสิทธิ บอกให้จ่ายเองครั้งละ 500 บาท ",
        "บ้านอยู่ ", ("ADDRESS", addr(r)), " โทร ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("nhso")
def nhso_bedridden_elderly_line(r: random.Random) -> list:
    husband = thm(r)
    return [
        "ยาย: สวัสดี จ้ะ\nยาย: ตา ", P(husband), " ", ("HEALTH_DATA", "ติดเตียง หลังเส้นเลือดในสมองแตก"), " ค่ะ\n",
        "ยาย: เกิด ", ("DATE_OF_BIRTH", dob(r, "thai_slash", 1940, 1952)), "\n",
        "ยาย: อยากได้ ที่นอนลม กับ ผ้าอ้อม ตามสิทธิ บัตรทอง ขอ ได้ที่ไหน\n",
        "ยาย: โทร ", ("PHONE_NUMBER", mobile(r, "thai")), "\n",
        "bot: (กำลังให้ AI สรุปความต้องการ)",
    ]


@T("nhso")
def nhso_brca_relative_screening(r: random.Random) -> list:
    name = thf(r)
    return [
        "ผู้ใช้ถามแชทบอท: \"แม่เป็นมะเร็งเต้านม ตรวจแล้ว", ("GENETIC_DATA", r.choice(["พบยีน BRCA1 กลายพันธุ์", "มียีน BRCA2 ผิดปกติ"])),
        " หมอบอกให้ลูกสาวตรวจด้วย หนูชื่อ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)),
        " ตรวจฟรีตามบัตรทองได้ไหมคะ\"\n",
        "ช่วยเขียนคำตอบที่ถูกต้องตามประกาศสิทธิประโยชน์ ปี 2569",
    ]


@T("nhso")
def nhso_mental_health_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Route this message to the right NHSO team and draft a warm reply:\n",
        "\"Hi, I'm ", P(name), ", Thai but I grew up abroad so English is easier. I was diagnosed with ",
        ("HEALTH_DATA", r.choice(["major depressive disorder", "bipolar II disorder", "generalized anxiety disorder"])),
        " last year. Can my gold card cover therapy sessions at a hospital in Bangkok? My ID is ",
        ("TH_NATIONAL_ID", nid(r, "dash")), ", phone ", ("PHONE_NUMBER", mobile(r, "intl")), ".\"",
    ]


@T("nhso")
def nhso_migrant_child_insurance_en(r: random.Random) -> list:
    child, parent = r.choice(KHMER_EN), r.choice(KHMER_EN)
    return [
        "Draft answer (EN) for an NGO worker asking on behalf of a Cambodian family:\n",
        "Child: ", P(child), ", born ", ("DATE_OF_BIRTH", dob(r, "iso", 2019, 2023)), " in Thailand; ",
        "parent ", P(parent), " holds passport ", ("TH_PASSPORT", passport(r, "kh")),
        ". Family lives at ", ("ADDRESS", addr(r, en=True)), ". Which health insurance card can the child buy and where?",
    ]


@T("nhso")
def nhso_disability_register_kv(r: random.Random) -> list:
    name = thn(r)
    return [
        "ลงทะเบียนสิทธิ ท.74 (ข้อมูลจากฟอร์ม) — แปลงเป็น CSV header: name,pid,disability,address,phone\n",
        "ชื่อ-สกุล: ", P(name), "\n",
        "เลขบัตรประชาชน: ", ("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "ประเภทความพิการ: ", ("DISABILITY", r.choice(["พิการทางการได้ยินหรือสื่อความหมาย", "พิการทางการเห็น",
                                                      "พิการทางการเคลื่อนไหวหรือทางร่างกาย"])), "\n",
        "ที่อยู่: ", ("ADDRESS", addr(r)), "\n",
        "โทรศัพท์: ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("nhso")
def nhso_prisoner_health_rights(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยเรียบเรียงเป็นหนังสือถึงเรือนจำ:\n",
        "ญาติผู้ต้องขังแจ้ง 1330 ว่า นาย", P(name), " (เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), ") ",
        ("CRIMINAL_RECORD", r.choice(["ต้องขังคดียาเสพติดที่เรือนจำกลาง", "ถูกคุมขังระหว่างพิจารณาคดีลักทรัพย์",
                                       "รับโทษจำคุก 3 ปีคดีฉ้อโกง"])),
        " และป่วยเป็น", ("HEALTH_DATA", r.choice(["วัณโรคปอด", "เบาหวานชนิดที่ 2", "ติดเชื้อเอชไอวี"])),
        " ขาดยามา 2 สัปดาห์ ขอให้ตรวจสอบสิทธิบัตรทองในเรือนจำ",
    ]


# ============================== Hospital appointment bots ==============================
HOSPITALS = ["รพ.ราชวิถี", "รพ.นครพิงค์", "รพ.ศูนย์ขอนแก่น", "รพ.หาดใหญ่", "รพ.ยะลา", "รพ.พระปกเกล้า",
             "รพ.สมเด็จพระเจ้าตากสินมหาราช", "รพ.ร้อยเอ็ด"]


@T("hospital")
def hosp_appt_bot_json(r: random.Random) -> list:
    name = thf(r)
    return [
        "{\n  \"bot\": \"", r.choice(HOSPITALS), " Appointment\",\n  \"messages\": [\n",
        "    {\"u\": \"bot\", \"t\": \"กรุณาพิมพ์ HN หรือเลขบัตรประชาชน\"},\n",
        "    {\"u\": \"patient\", \"t\": \"HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), "\"},\n",
        "    {\"u\": \"bot\", \"t\": \"คุณ", P(name), " มีนัดคลินิก", r.choice(["อายุรกรรม", "NCD", "หัวใจ"]),
        " วันที่ ", day(r), " เวลา 09:00 ต้องการเลื่อนหรือไม่\"},\n",
        "    {\"u\": \"patient\", \"t\": \"เลื่อนค่ะ ยา", r.choice(["ความดัน", "เบาหวาน"]), "ยังพอ เป็น",
        ("HEALTH_DATA", r.choice(["ความดันโลหิตสูง", "เบาหวานชนิดที่ 2"])), " คุมได้ดี\"},\n",
        "    {\"u\": \"patient\", \"t\": \"ติดต่อกลับ ", ("PHONE_NUMBER", mobile(r, "plain")), "\"}\n  ]\n}\n",
        "Classify: reschedule / cancel / other. Return JSON only.",
    ]


@T("hospital")
def hosp_elderly_reschedule_thai_digits(r: random.Random) -> list:
    name = thf(r)
    return [
        "ข้อความจาก LINE โรงพยาบาล (ผู้ใช้สูงวัย):\n",
        "สวัสดี คะ หมอ\nยาย ชื่อ ", P(name), "\n", "เลขทีโรงบาล ", ("MEDICAL_RECORD_NUMBER", hn(r, "thai")), "\n",
        "นัด ตรวจ ตา วันจันทร์ ไปไม่ได้ คะ ลูก ไม่ว่าง พาไป\n", "ขอเลื่อน ได้มั้ย คะ\n",
        "\nสกัด HN และความต้องการ แล้วตอบแบบสุภาพ",
    ]


@T("hospital")
def hosp_halal_diet_request(r: random.Random) -> list:
    name = r.choice(TH_MUSLIM)
    return [
        "แชทบอทรับนัดผ่าตัด → ส่งต่อโภชนาการ\n",
        "ผู้ป่วย: ", P(name), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), "\n",
        "ข้อความ: \"ผม", ("RELIGION", r.choice(["เป็นมุสลิม", "นับถือศาสนาอิสลาม"])),
        " ขออาหารฮาลาลระหว่างนอนโรงพยาบาลด้วยครับ ช่วงนั้นตรงกับเดือนรอมฎอนด้วย\"\n",
        "งาน: สรุปคำขอเป็นบันทึกส่งฝ่ายโภชนาการ 2 บรรทัด",
    ]


@T("hospital")
def hosp_psych_clinic_line(r: random.Random) -> list:
    name = thf(r)
    return [
        "คลินิกจิตเวช (LINE OA) — จัดลำดับความเร่งด่วน 1-5 และให้เหตุผล\n",
        "ผู้ใช้ LINE: ", ("LINE_ID", line_id(r)), "\n",
        "ข้อความ: ", P(name), " ค่ะ เป็นคนไข้", ("HEALTH_DATA", r.choice(["โรคไบโพลาร์", "โรคซึมเศร้า", "โรคจิตเภท"])),
        " ของหมอ", P(r.choice(DOCTOR)), " ยาหมดมา 5 วันแล้ว นอนไม่หลับ อยากได้นัดเร็วที่สุด HN ",
        ("MEDICAL_RECORD_NUMBER", hn(r)),
    ]


@T("hospital")
def hosp_nipt_genetic_clinic(r: random.Random) -> list:
    name = thf(r)
    return [
        "Genetic counselling appointment request (bot → nurse coordinator). Write a short SMS confirming the slot.\n",
        "Patient: ", P(name), " | HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), " | mobile ", ("PHONE_NUMBER", mobile(r)), "\n",
        "Reason: NIPT result ", ("GENETIC_DATA", r.choice(["high risk for trisomy 21", "high risk for trisomy 18"])),
        ", GA 13 weeks, needs amniocentesis counselling.",
    ]


@T("hospital")
def hosp_hla_alert_pharmacy(r: random.Random) -> list:
    name = thm(r)
    return [
        "ระบบแจ้งเตือนห้องยา (สรุปให้เภสัชกรอ่านเร็ว):\n",
        "patient=", P(name), " hn=", ("MEDICAL_RECORD_NUMBER", hn(r, "dash")), "\n",
        "pgx_result=", ("GENETIC_DATA", r.choice(["HLA-B*15:02 positive", "HLA-B*58:01 positive"])), "\n",
        "order=", r.choice(["Carbamazepine 200 mg", "Allopurinol 100 mg"]), " → BLOCK (risk SJS/TEN)\n",
        "ต้องแนะนำยาทางเลือกอะไร",
    ]


@T("hospital")
def hosp_sti_clinic_booking(r: random.Random) -> list:
    return [
        "Anonymous-clinic booking bot (English UI), conversation:\n",
        "bot: Hi! What brings you in?\n",
        "user: I ", ("SEXUAL_BEHAVIOUR", r.choice(["had unprotected sex with a new partner", "have sex with men and had a condom break"])),
        " last weekend, want HIV/syphilis test + PEP\n",
        "bot: Your name for the queue (nickname is fine)?\nuser: ", P(rom(r)), "\n",
        "bot: Phone for the SMS code?\nuser: ", ("PHONE_NUMBER", mobile(r, "intl_plain")), "\n",
        "Task: decide PEP urgency (hours since exposure unknown) and next bot message.",
    ]


@T("hospital")
def hosp_wheelchair_dropoff(r: random.Random) -> list:
    name = thn(r)
    return [
        "คำขอบริการรถเข็นและจุดจอดรถ (จากแชทบอท):\n",
        "ผู้ป่วย: ", P(name), " (", ("DISABILITY", r.choice(["อัมพาตครึ่งซีก", "ใช้วีลแชร์", "ขาขาดทั้งสองข้าง"])), ")\n",
        "มาถึงประมาณ ", hm(r), " รถญาติทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), "\n",
        "ขอให้เจ้าหน้าที่เวรเปลรอที่ประตู 2 | โทรญาติ ", ("PHONE_NUMBER", mobile(r)),
        "\nแปลงเป็นข้อความวิทยุสั้นๆ ให้เวรเปล",
    ]


@T("hospital")
def hosp_face_kiosk_checkin_log(r: random.Random) -> list:
    return [
        "kiosk-07 check-in errors — why is the match failing?\n",
        "[", iso_ts(r), "] CHECKIN pid=", ("TH_NATIONAL_ID", nid(r, "plain")), " hn=", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")), "\n",
        "[", iso_ts(r), "] FACE embedding=", ("BIOMETRIC_DATA", bio_vec(r, 5)), " vs_card_photo=0.49 (min 0.65)\n",
        "[", iso_ts(r), "] FALLBACK to smartcard reader: CARD_READ_TIMEOUT",
    ]


@T("hospital")
def hosp_complaint_nurse_escalation(r: random.Random) -> list:
    patient, nurse = thf(r), thf(r)
    return [
        "ศูนย์รับเรื่องร้องเรียน รพ. — ส่งต่อ AI ช่วยสรุปเป็นแบบรายงานความเสี่ยง\n",
        "ผู้ร้อง: ", P(patient), " โทร ", ("PHONE_NUMBER", mobile(r)), " อีเมล ", ("EMAIL_ADDRESS", email(r)), "\n",
        "เนื้อหา: พยาบาลชื่อ", P(nurse), " ที่ห้องฉุกเฉินพูดจาไม่ดี ให้รอ 4 ชั่วโมงทั้งที่แม่",
        ("HEALTH_DATA", r.choice(["เจ็บหน้าอกรุนแรง", "หายใจหอบจากหอบหืดกำเริบ", "น้ำตาลในเลือดต่ำจนหมดสติ"])),
        "\nHN แม่ ", ("MEDICAL_RECORD_NUMBER", hn(r)),
    ]


@T("hospital")
def hosp_monk_patient_ward(r: random.Random) -> list:
    name = thm(r)
    return [
        "จัดเตียงผ่านบอท: ผู้ป่วย", ("RELIGION", "เป็นพระภิกษุ"), " ฉายา ", P(r.choice(["ปัญญาวโร", "ธัมมทีโป", "สุทธิจิตโต"])),
        " (นามเดิม ", P(name), ") HN ", ("MEDICAL_RECORD_NUMBER", hn(r)),
        " ขอรับเข้าหอผู้ป่วยสงฆ์ ไม่ใช่หอรวม อาหารมื้อสุดท้ายก่อนเที่ยง ",
        "โรคประจำตัว ", ("HEALTH_DATA", r.choice(["เบาหวาน", "ไขมันในเลือดสูง", "โรคหัวใจขาดเลือด"])),
        "\nช่วยเขียน note ส่งหอผู้ป่วย",
    ]


@T("hospital")
def hosp_intl_patient_en(r: random.Random) -> list:
    sender = r.choice(WESTERN)
    father = f"{r.choice(['George', 'Richard', 'Hans', 'Peter', 'Lars'])} {sender.split()[1]}"
    cond, need = r.choice([("heart failure", "a cardiology follow-up"), ("end-stage renal disease", "dialysis 3x/week"),
                           ("chronic hepatitis C", "a FibroScan")])
    return [
        "International Patient Center inbox — draft reply & estimate.\n\n",
        "From: ", ("EMAIL_ADDRESS", email(r, sender)), "\n",
        "Hello, my father ", P(father), " (passport ", ("TH_PASSPORT", passport(r, "xx")), ") is staying in Phuket and has ",
        ("HEALTH_DATA", cond), ". He needs ", need,
        " while on holiday. Can you book him? My mobile here is ", ("PHONE_NUMBER", mobile(r, "intl")),
        ".\n\nThanks,\n", P(sender),
    ]


@T("hospital")
def hosp_student_accident_claim(r: random.Random) -> list:
    name = thn(r)
    return [
        "เคลมประกันอุบัติเหตุนักศึกษา (ข้อมูลจากบอท):\n",
        "ชื่อ: ", P(name), "\nรหัสนักศึกษา: ", ("STUDENT_ID", student_id(r)), "\n",
        "HN: ", ("MEDICAL_RECORD_NUMBER", hn(r)), "\n",
        "อาการ: ", ("HEALTH_DATA", r.choice(["กระดูกไหปลาร้าหัก", "แผลฉีกขาดที่ศีรษะ 5 ซม.", "ข้อเท้าแพลงรุนแรง"])),
        " จากอุบัติเหตุจักรยานยนต์\nค่ารักษา: ", amount(r, 2000, 30000), " บาท\n",
        "ร่างอีเมลถึงงานกิจการนักศึกษา",
    ]


# ============================== Provincial offices, districts, Damrongdham ==============================
@T("provincial")
def prov_damrongdham_neighbour(r: random.Random) -> list:
    a, b = thf(r), thm(r)
    return [
        "ศูนย์ดำรงธรรมจังหวัด — เรื่องร้องเรียนเลขรับ ", str(r.randint(1000, 9999)), "/", "2569\n",
        "ผู้ร้อง: นาง", P(a), " บ้านเลขที่ ", ("ADDRESS", addr(r)), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "ผู้ถูกร้อง: นาย", P(b), " (เพื่อนบ้านติดกัน)\n",
        "ประเด็น: เลี้ยงสุกรหลังบ้าน กลิ่นเหม็นและน้ำเสียไหลลงคลอง ร้องอำเภอแล้ว 2 ครั้งไม่คืบหน้า\n",
        "คำสั่ง: ช่วยร่างหนังสือส่งเรื่องให้นายอำเภอและท้องถิ่นดำเนินการตาม พ.ร.บ.การสาธารณสุข",
    ]


@T("provincial")
def prov_hilltribe_id_card(r: random.Random) -> list:
    name = r.choice(HILLTRIBE_TH)
    return [
        "ฝ่ายทะเบียนอำเภอถาม AI: ตรวจสอบคุณสมบัติขอสัญชาติตามมาตรา 23 ให้หน่อย\n",
        "ผู้ยื่น: ", P(name), "\n", "เลขประจำตัว: ", ("TH_NATIONAL_ID", nid(r, "dash", first="6")), "\n",
        "เกิด: ", ("DATE_OF_BIRTH", dob(r, "th_long", 1975, 1995)), " ที่บ้าน", r.choice(["ห้วยหก", "ป่าเกี๊ยะ", "แม่จันใต้"]), "\n",
        "ชาติพันธุ์: ", ("ETHNICITY", r.choice(["ม้ง", "อาข่า", "ลีซู", "ปกาเกอะญอ"])), "\n",
        "ที่อยู่ปัจจุบัน: ", ("ADDRESS", addr(r, north=True)),
    ]


@T("provincial")
def prov_ordination_leave_memo(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยเกลาบันทึกข้อความให้เป็นภาษาราชการ:\n",
        "ส่วนราชการ สำนักงานจังหวัด", r.choice(["น่าน", "ร้อยเอ็ด", "พิษณุโลก"]), "\n",
        "เรื่อง ขอลาอุปสมบท\nเรียน ผู้ว่าราชการจังหวัด\n",
        "ข้าพเจ้า นาย", P(name), " ตำแหน่ง นักวิเคราะห์นโยบายและแผนปฏิบัติการ ", ("RELIGION", "นับถือศาสนาพุทธ"),
        " ยังไม่เคยอุปสมบท มีความประสงค์ขอลาอุปสมบท ณ วัด", r.choice(["ภูมินทร์", "พระธาตุช้างค้ำ", "บึงพระลานชัย"]),
        " ระหว่างวันที่ ", r.choice(["1 ก.ค. 2569 ถึง 28 ต.ค. 2569", "15 มิ.ย. 2569 ถึง 12 ต.ค. 2569"]), " รวม 120 วัน",
    ]


@T("provincial")
def prov_hajj_leave_form(r: random.Random) -> list:
    name = r.choice(TH_MUSLIM)
    return [
        "แบบใบลาไปประกอบพิธีฮัจญ์ (ข้อมูลที่กรอก) — ช่วยตรวจว่าสิทธิลาครบเงื่อนไขไหม\n",
        "ชื่อ: ", P(name), "\nสังกัด: ที่ว่าการอำเภอ", r.choice(["เมืองยะลา", "สะเดา", "หนองจิก"]), "\n",
        "ศาสนา: ", ("RELIGION", "อิสลาม"), "\nเคยไปประกอบพิธีฮัจญ์: ไม่เคย\n",
        "ระยะเวลา: 45 วัน\nวันบรรจุเข้ารับราชการ: ", day(r), "\n",
        "เบอร์ติดต่อระหว่างลา: ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("provincial")
def prov_samesex_marriage_district(r: random.Random) -> list:
    a, b = thf(r), thf(r)
    return [
        "นัดหมายจดทะเบียนสมรส (ระบบจองคิวสำนักงานเขต) — เขียนข้อความยืนยันนัดทั้งสองคน\n",
        "คู่สมรสที่ 1: ", P(a), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "คู่สมรสที่ 2: ", P(b), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "หมายเหตุจากผู้จอง: เรา", ("SEXUAL_BEHAVIOUR", r.choice(["เป็นคู่รักหญิงรักหญิง", "เป็นคู่รักเพศเดียวกัน"])),
        " คบกันมา 9 ปี ขอจัดพิธีเล็กๆ ในห้องรับรองได้ไหมคะ\nโทร ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("provincial")
def prov_elderly_allowance_chat(r: random.Random) -> list:
    name = thm(r)
    return [
        "(ข้อความพิมพ์ช้า ส่งทีละคำ รวมแล้ว)\n",
        "ลุง ", P(name), " ครับ  อายุ ครบ ๖๐ ปี แล้ว ลง ทะเบียน เบี้ย ผู้สูงอายุ ยัง ไง\n",
        "เกิด ", ("DATE_OF_BIRTH", dob(r, "th_short", 1965, 1966)), " บัตร ", ("TH_NATIONAL_ID", nid(r, "space", first="3")), "\n",
        "บัญชี ธ.ก.ส. ", ("TH_BANK_ACCOUNT", bank_acct(r, "thai")), "\n",
        "\nAI: ช่วยตอบเป็นขั้นตอน 1-2-3 สั้นๆ ว่าต้องไปยื่นที่ อบต. พร้อมเอกสารอะไร",
    ]


@T("provincial")
def prov_disability_allowance_form(r: random.Random) -> list:
    name, carer = thn(r), thf(r)
    return [
        "คำขอเบี้ยความพิการ (อปท.) — สรุปเป็นตารางให้ปลัด\n",
        "ผู้พิการ: ", P(name), "  เลขบัตร ", ("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "ลักษณะความพิการ: ", ("DISABILITY", r.choice(["บกพร่องทางสติปัญญา", "ตาบอดสนิททั้งสองข้าง", "หูหนวก"])), "\n",
        "ผู้ดูแล: ", P(carer), " (มารดา)  โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "บัญชีรับเงิน: ", ("TH_BANK_ACCOUNT", bank_acct(r)), "\nที่อยู่: ", ("ADDRESS", addr(r)),
    ]


@T("provincial")
def prov_flood_relief_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(thn(r)), ",", ("TH_NATIONAL_ID", nid(r, "plain")), ",", ("PHONE_NUMBER", mobile(r, "plain")), ",",
                 str(r.choice([3000, 5000, 9000])), ",", r.choice(["บ้านเสียหายบางส่วน", "น้ำท่วมขัง 7 วัน", "พืชผลเสียหาย"]), "\n"]
    return [
        "ตรวจรายชื่อซ้ำ/ข้อมูลผิดรูปแบบในไฟล์เงินช่วยเหลือผู้ประสบอุทกภัย:\n",
        "ชื่อ,เลขบัตร,โทร,จำนวนเงิน,หมายเหตุ\n", rows,
    ]


@T("provincial")
def prov_meeting_invitation_letter(r: random.Random) -> list:
    name = thm(r)
    return [
        "หนังสือเชิญ (เติมข้อมูลแล้ว) — ช่วยแปลงเป็นข้อความ LINE\n\n",
        "เรียน นาย", P(name), "\nที่อยู่ ", ("ADDRESS", addr(r, thai_digits=True)), "\n",
        "ด้วยศูนย์ดำรงธรรมอำเภอได้รับเรื่องร้องเรียนกรณีแนวเขตที่ดินระหว่างท่านกับผู้ร้อง ",
        "จึงขอเชิญท่านเข้าร่วมไกล่เกลี่ยในวันที่ ", day(r), " เวลา ๑๐.๐๐ น. ณ ห้องประชุมที่ว่าการอำเภอ ",
        "หากไม่สะดวกโปรดแจ้ง ", P(officer(r)), " โทร ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("provincial")
def prov_gun_licence_rejection(r: random.Random) -> list:
    name = thm(r)
    return [
        "ร่างหนังสือแจ้งผลไม่อนุญาตคำขอ ป.3 จากบันทึกตรวจสอบ:\n",
        "ผู้ขอ: ", P(name), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "ผลตรวจประวัติ: ", ("CRIMINAL_RECORD", r.choice(["เคยต้องคำพิพากษาจำคุกคดีทำร้ายร่างกายผู้อื่นสาหัส",
                                                     "มีประวัติถูกดำเนินคดีพกพาอาวุธปืนโดยไม่ได้รับอนุญาต"])), "\n",
        "ที่อยู่ผู้ขอ: ", ("ADDRESS", addr(r)), "\nความเห็น: ไม่สมควรอนุญาตตามมาตรา 13",
    ]


@T("provincial")
def prov_headman_campaign_complaint(r: random.Random) -> list:
    head = thm(r)
    return [
        "Summarise in English for the deputy governor:\n",
        "ร้องเรียนผ่านแอป: ผู้ใหญ่บ้านหมู่ ", str(r.randint(1, 15)), " ชื่อนาย", P(head), " ",
        ("POLITICAL_OPINION", r.choice(["เป็นหัวคะแนนให้พรรคภูมิใจไทย", "ใช้ที่ประชุมหมู่บ้านหาเสียงให้พรรคเพื่อไทย",
                                         "ชักชวนชาวบ้านให้เลือกผู้สมัครพรรคประชาชน"])),
        " ทั้งที่เป็นเจ้าหน้าที่ของรัฐ ผู้ร้องไม่ประสงค์ออกนาม ติดต่อกลับอีเมล ", ("EMAIL_ADDRESS", email(r)),
    ]


@T("provincial")
def prov_moken_scholarship(r: random.Random) -> list:
    name = thn(r)
    return [
        "คัดกรองทุนการศึกษาจังหวัด (ข้อมูลผู้สมัคร) — ช่วยเขียนเหตุผลประกอบการพิจารณา 1 ย่อหน้า\n",
        "ชื่อ: ", P(name), " | รหัสนักเรียน: ", ("STUDENT_ID", student_id(r, "short")), "\n",
        "ภูมิหลัง: ", ("ETHNICITY", r.choice(["ชาวมอแกน", "ชาวอูรักลาโว้ย", "ชาวมอแกลน"])),
        " เกาะ", r.choice(["สุรินทร์", "ลันตา", "พระทอง"]), " ครอบครัวทำประมงพื้นบ้าน รายได้ต่ำกว่าเกณฑ์\n",
        "ผู้ปกครองโทร: ", ("PHONE_NUMBER", mobile(r)),
    ]


# ============================== Election Commission ==============================
@T("ect")
def ect_vote_buying_report(r: random.Random) -> list:
    agent, reporter = thm(r), thf(r)
    return [
        "แอปตาสับปะรด — รายงานเหตุทุจริต (ส่ง AI จัดหมวดหมู่และประเมินหลักฐาน)\n",
        "ผู้แจ้ง: ", P(reporter), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "รายละเอียด: เมื่อคืน นาย", P(agent), " ซึ่ง", ("POLITICAL_OPINION", r.choice(["เป็นหัวคะแนนพรรคเพื่อไทย",
                                                                         "เป็นหัวคะแนนของพรรคภูมิใจไทย",
                                                                         "เป็นหัวคะแนนพรรครวมไทยสร้างชาติ"])),
        " เดินแจกเงินหัวละ 500 บาท ที่หมู่บ้าน รถที่ใช้ทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)), "\n",
        "ไฟล์แนบ: IMG_2211.jpg, VID_0931.mp4",
    ]


@T("ect")
def ect_advance_vote_kv(r: random.Random) -> list:
    name = thn(r)
    return [
        "ลงทะเบียนเลือกตั้งล่วงหน้านอกเขต (ข้อมูลดิบ):\n",
        "ชื่อ: ", P(name), "\nเลขประจำตัวประชาชน: ", ("TH_NATIONAL_ID", nid(r, "plain")), "\n",
        "ที่อยู่ตามทะเบียนบ้าน: ", ("ADDRESS", addr(r)), "\n",
        "จังหวัดที่ขอใช้สิทธิ: ", r.choice(["กรุงเทพมหานคร", "ชลบุรี", "ภูเก็ต"]), "\n",
        "ความต้องการพิเศษ: ", ("DISABILITY", r.choice(["ใช้รถเข็นวีลแชร์", "ตาบอดสนิท", "หูหนวก"])), " (ขออุปกรณ์ช่วยที่หน่วย)\n",
        "ช่วยบอกว่าหน่วยไหนในเขตนี้รองรับ",
    ]


@T("ect")
def ect_local_candidate_complaint(r: random.Random) -> list:
    cand = thm(r)
    return [
        "คำร้องคัดค้านผู้สมัครรับเลือกตั้งนายก อบต. — ช่วยตรวจว่าเข้าลักษณะต้องห้ามตามกฎหมายหรือไม่\n",
        "ผู้ถูกคัดค้าน: นาย", P(cand), " หมายเลข ", str(r.randint(1, 6)), "\n",
        "ข้อเท็จจริง: ผู้ถูกคัดค้าน", ("CRIMINAL_RECORD", r.choice(["เคยต้องคำพิพากษาถึงที่สุดให้จำคุกคดียาเสพติด พ้นโทษมาไม่ถึง 5 ปี",
                                                                 "เคยถูกไล่ออกจากราชการเพราะทุจริตต่อหน้าที่"])), "\n",
        "ผู้คัดค้าน: ", P(thf(r)), " โทร ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("ect")
def ect_lost_rights_chat(r: random.Random) -> list:
    name = thm(r)
    return [
        "user: ผมไม่ได้ไปเลือกตั้งครั้งก่อน จะเสียสิทธิอะไรบ้าง\n",
        "bot: ผู้ไม่ไปใช้สิทธิและไม่แจ้งเหตุ จะถูกจำกัดสิทธิ 2 ปี เช่น สมัครรับเลือกตั้งท้องถิ่น\n",
        "user: ผมชื่อ", P(name), " บัตร ", ("TH_NATIONAL_ID", nid(r)), " จริงๆ ผม", ("POLITICAL_OPINION",
                                                                                  r.choice(["เลือกพรรคประชาชนมาตลอด",
                                                                                            "สนับสนุนพรรคประชาธิปัตย์"])),
        " แต่ครั้งนั้นติดงานต่างจังหวัด ยื่นแจ้งเหตุย้อนหลังได้ไหม\n",
        "Task: answer the last user turn correctly and briefly.",
    ]


@T("ect")
def ect_polling_officer_bias(r: random.Random) -> list:
    off = thf(r)
    return [
        "เจ้าหน้าที่ กกต.จังหวัด ขอให้ AI สรุปคำร้อง:\n",
        "\"กรรมการประจำหน่วยเลือกตั้งที่ ", str(r.randint(1, 30)), " คือนาง", P(off),
        " ", ("POLITICAL_OPINION", r.choice(["เป็นสมาชิกพรรคการเมืองในพื้นที่", "โพสต์เฟซบุ๊กเชียร์พรรคฝ่ายรัฐบาลทุกวัน"])),
        " ขัดต่อความเป็นกลาง ขอให้เปลี่ยนตัว ผู้ร้อง ", P(thm(r)), " ", ("PHONE_NUMBER", mobile(r)), "\"",
    ]


@T("ect")
def ect_overseas_voter_en(r: random.Random) -> list:
    name = rom(r)
    return [
        "Overseas voter registration (copied from form) — check for errors:\n",
        "Full name: ", P(name), "\nThai ID: ", ("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "Passport: ", ("TH_PASSPORT", passport(r, "th")), "\nEmail: ", ("EMAIL_ADDRESS", email(r, name)), "\n",
        "Voting method: by post, Royal Thai Embassy, Berlin\nDate of birth: ", ("DATE_OF_BIRTH", dob(r, "en", 1980, 2004)),
    ]


@T("ect")
def ect_registration_api_log(r: random.Random) -> list:
    return [
        "grep ของ log ระบบลงทะเบียน ect-reg ช่วงระบบล่ม ช่วยหาสาเหตุ:\n",
        iso_ts(r), " POST /api/register 504 pid=", ("TH_NATIONAL_ID", nid(r, "plain")), " ip=", ("IP_ADDRESS", ipv4(r)),
        " dur=30001ms\n",
        iso_ts(r), " POST /api/register 504 pid=", ("TH_NATIONAL_ID", nid(r, "plain")), " ip=", ("IP_ADDRESS", ipv4(r)),
        " dur=30002ms\n",
        iso_ts(r), " WARN dopa-linkage pool exhausted (max=64)",
    ]


# ============================== Department of Employment (foreign workers) ==============================
@T("doe")
def doe_mou_worker_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(r.choice(BURMESE)), ",", ("TH_PASSPORT", passport(r, "mm")), ",", ("DATE_OF_BIRTH", dob(r, "iso", 1985, 2005)),
                 ",", r.choice(["กรรมกร", "งานบ้าน", "ผู้ช่วยช่างก่อสร้าง"]), "\n"]
    return [
        "นายจ้าง ", r.choice(["บจก.ซีฟู้ดแปซิฟิก", "บจก.ไทยคอนสตรัคชั่นเวิร์ค", "หจก.สวนยางทองดี"]), " เลขนิติบุคคล ",
        ("TH_JURISTIC_ID", juristic(r, "dash")), " ส่งรายชื่อแรงงาน MOU ช่วยตรวจรูปแบบเลขหนังสือเดินทาง:\n",
        "name,passport,dob,job\n", rows,
    ]


@T("doe")
def doe_shan_worker_chat(r: random.Random) -> list:
    name = r.choice(SHAN_TH)
    return [
        "แชท LINE ศูนย์บริการแรงงานต่างด้าว (พิมพ์ไทยปนผิด)\n",
        "ผู้ใช้: สะบายดี ครับ ชื่อ ", P(name), " เปน ", ("ETHNICITY", r.choice(["ไทใหญ่", "คนไต", "ชาวไทยใหญ่"])),
        " มาจากเมืองปั่น\n", "ผู้ใช้: บัตรชมพู หมดอายุ แล้ว นายจ้าง ไม่ต่อ ให้\n",
        "ผู้ใช้: พาสปอต ", ("TH_PASSPORT", passport(r, "mm")), " เบอ ", ("PHONE_NUMBER", mobile(r)), "\n",
        "AI: (ช่วยแนะนำขั้นตอนเปลี่ยนนายจ้างภายใน 60 วัน แบบภาษาง่าย)",
    ]


@T("doe")
def doe_fingerprint_enrolment(r: random.Random) -> list:
    return [
        "ระบบเก็บอัตลักษณ์แรงงานต่างด้าว error ตอนอัปโหลด ช่วยดู payload:\n",
        '{"passport_no":"', ("TH_PASSPORT", passport(r, r.choice(["mm", "la", "kh"]))), '","name":"', P(r.choice(BURMESE)), '",',
        '"finger":"R_INDEX","iso19794_template":"', ("BIOMETRIC_DATA", bio_tpl(r)), '",',
        '"station":"OSS-SKN-03","ts":"', iso_ts(r), '"}\n',
        "error: 413 Payload Too Large",
    ]


@T("doe")
def doe_employer_escalation(r: random.Random) -> list:
    boss = thf(r)
    return [
        "Escalation (bot couldn't answer) — employer quota question\n",
        "Employer: ", P(boss), ", owner of ", r.choice(["ร้านอาหารครัวบ้านสวน", "บริษัท พีเคการ์เมนท์ จำกัด"]),
        " (juristic ", ("TH_JURISTIC_ID", juristic(r)), ")\n",
        "LINE: ", ("LINE_ID", line_id(r)), " | tel ", ("PHONE_NUMBER", mobile(r)), "\n",
        "Q: ต้องการจ้างแรงงานกัมพูชาเพิ่ม 5 คนสำหรับงานร้านอาหาร — อาชีพนี้สงวนไว้สำหรับคนไทยหรือไม่?",
    ]


@T("doe")
def doe_worker_union_dismissal(r: random.Random) -> list:
    name = r.choice(BURMESE_TH)
    return [
        "สรุปคำร้องของแรงงานเมียนมาเป็นภาษาไทยทางการ (ส่งนิติกร):\n",
        "ผู้ร้อง ", P(name), " หนังสือเดินทาง ", ("TH_PASSPORT", passport(r, "mm")),
        " ทำงานโรงงานแปรรูปไก่ จ.", r.choice(["สระบุรี", "ลพบุรี", "นครปฐม"]), " แจ้งว่าหลังจาก",
        ("TRADE_UNION", r.choice(["เข้าร่วมเป็นสมาชิกสหภาพแรงงาน", "สมัครเป็นสมาชิกสหภาพแรงงานของโรงงาน"])),
        " นายจ้างยึดหนังสือเดินทางและขู่จะส่งกลับ โทรติดต่อผ่านล่าม ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("doe")
def doe_health_exam_result(r: random.Random) -> list:
    name = r.choice(BURMESE)
    return [
        "Foreign worker health exam (ตรวจสุขภาพแรงงานต่างด้าว) — result sheet OCR, explain next steps to employer:\n",
        "NAME ", P(name), "  PASSPORT ", ("TH_PASSPORT", passport(r, "mm")), "\n",
        "CXR: ", ("HEALTH_DATA", r.choice(["suggestive of pulmonary tuberculosis", "active pulmonary TB"])), "\n",
        "VDRL: non-reactive  Amphetamine: negative\n", "STATUS: ไม่ผ่าน (โรคต้องห้าม ระยะติดต่อ)",
    ]


@T("doe")
def doe_hr_email_work_permit_en(r: random.Random) -> list:
    hrp, worker = rom(r), r.choice(KHMER_EN)
    return [
        "Please rewrite this email to the Department of Employment more formally:\n\n",
        "hi, i'm ", P(hrp), " from HR. our worker ", P(worker), " (passport ", ("TH_PASSPORT", passport(r, "kh")),
        ") work permit expired last week bc the renewal payment by card ", ("CREDIT_CARD", card(r)),
        " was rejected on the e-workpermit site. can we pay at the counter? my mobile ",
        ("PHONE_NUMBER", mobile(r)), ", email ", ("EMAIL_ADDRESS", email(r, hrp, "pkgarment.co.th")),
    ]


@T("doe")
def doe_rohingya_shelter_case(r: random.Random) -> list:
    name = r.choice(["Mohammed Rafiq", "Nur Begum", "Abdul Karim", "Rashida Khatun"])
    return [
        "Case note from shelter NGO to provincial labour office. Summarise in Thai, neutral tone:\n",
        "Client ", P(name), " is ", ("ETHNICITY", "Rohingya"), ", no passport, holds a temporary ID ",
        ("TH_NATIONAL_ID", nid(r, "dash", first="6")), ". Worked on a fishing boat out of Ranong, unpaid 7 months. ",
        "Contact via caseworker ", P(rom(r)), " ", ("PHONE_NUMBER", mobile(r)), ".",
    ]


@T("doe")
def doe_thai_worker_abroad_clearance(r: random.Random) -> list:
    name = thm(r)
    return [
        "สำนักงานจัดหางานจังหวัด — ตรวจคุณสมบัติไปทำงานเกาหลี (EPS)\n",
        "ชื่อ: ", P(name), "\nเลขบัตร: ", ("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "หนังสือเดินทาง: ", ("TH_PASSPORT", passport(r, "th")), "\n",
        "หนังสือรับรองความประพฤติ: ", ("CRIMINAL_RECORD", r.choice(["พบประวัติต้องโทษคดีลักทรัพย์ ปี 2561",
                                                                "มีประวัติถูกจับคดีครอบครองยาบ้า"])), "\n",
        "คำถาม: ยังสมัครได้หรือไม่ ช่วยตอบพร้อมอ้างอิงเงื่อนไข",
    ]


# ============================== Courts (e-filing) ==============================
@T("court")
def court_efiling_fee_payment_log(r: random.Random) -> list:
    return [
        "CIOS e-Filing fee payment dispute — summarise what happened:\n",
        "case=พ.", str(r.randint(100, 9999)), "/2569 filer_email=", ("EMAIL_ADDRESS", email(r)), "\n",
        "payment: card ", ("CREDIT_CARD", card(r, "space")), " amount 2,500.00 status DECLINED→CAPTURED\n",
        "filer_ip=", ("IP_ADDRESS", r.choice([ipv4(r), ipv6(r)])), " user_agent=Chrome/128\n",
        "receipt not issued; filer charged twice",
    ]


@T("court")
def court_lawyer_chat_prior(r: random.Random) -> list:
    defendant = thm(r)
    return [
        "ทนาย: ช่วยร่างคำแถลงขอปล่อยตัวชั่วคราวจากข้อมูลนี้\n",
        "จำเลย: นาย", P(defendant), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "คดี: อ.", str(r.randint(100, 3000)), "/2569 ข้อหาบุกรุก\n",
        "ประวัติ: ", ("CRIMINAL_RECORD", r.choice(["เคยต้องโทษจำคุก 1 ปี คดีทำร้ายร่างกายเมื่อปี 2563",
                                               "ไม่เคยต้องโทษ แต่เคยถูกจับคดีการพนันปี 2565"])), "\n",
        "หลักประกัน: โฉนดที่ดินของมารดา นาง", P(thf(r)),
    ]


@T("court")
def court_labour_union_case(r: random.Random) -> list:
    name = thm(r)
    return [
        "ศาลแรงงาน — คำฟ้องออนไลน์ (ฉบับร่าง) ช่วยเรียงประเด็นให้ชัด\n",
        "โจทก์: นาย", P(name), " ที่อยู่ ", ("ADDRESS", addr(r)), "\n",
        "จำเลย: บริษัท ", r.choice(["โตโยต้าพาร์ทซัพพลาย", "ไทยซัมมิทฮาร์เนส", "นครหลวงคอนกรีต"]), " จำกัด ทะเบียน ",
        ("TH_JURISTIC_ID", juristic(r)), "\n",
        "ข้อเท็จจริง: โจทก์", ("TRADE_UNION", r.choice(["เป็นเลขาธิการสหภาพแรงงาน", "เป็นกรรมการสหภาพแรงงาน"])),
        " ถูกเลิกจ้างระหว่างยื่นข้อเรียกร้อง ขอให้รับกลับเข้าทำงาน",
    ]


@T("court")
def court_paternity_dna(r: random.Random) -> list:
    mom, dad, child = thf(r), thm(r), thn(r)
    return [
        "สรุปผลพิสูจน์เพื่อเขียนคำร้องขอให้รับรองบุตร (ศาลเยาวชนและครอบครัว):\n",
        "ผู้ร้อง: ", P(mom), "\nผู้คัดค้าน: ", P(dad), "\nผู้เยาว์: ", P(child), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_long", 2016, 2022)), "\n",
        "ผลตรวจจากสถาบันนิติวิทยาศาสตร์: ", ("GENETIC_DATA", r.choice(["ผลตรวจ DNA ยืนยันความเป็นบิดา 99.99%",
                                                                     "STR 20 ตำแหน่งตรงกัน ยืนยันความเป็นบิดา"])),
    ]


@T("court")
def court_bail_summary_drugs(r: random.Random) -> list:
    name = thm(r)
    return [
        "Summarise for the duty judge in 5 lines (Thai):\n",
        "ผู้ต้องหา นาย", P(name), " อายุ 24 ปี ", ("CRIMINAL_RECORD", r.choice(["ถูกจับพร้อมยาบ้า 40 เม็ด", "ถูกจับข้อหามียาเสพติดเพื่อจำหน่าย"])),
        " ผู้ต้องหา", ("HEALTH_DATA", r.choice(["ติดยาเสพติดและเข้าบำบัดมาแล้ว 2 ครั้ง", "เป็นโรคจิตเภทรับยาต่อเนื่อง"])),
        " มารดายื่นประกันด้วยเงินสด 50,000 บาท ติดต่อมารดา ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("court")
def court_divorce_adultery(r: random.Random) -> list:
    wife, husband, other = thf(r), thm(r), thf(r)
    return [
        "ช่วยเรียงคำฟ้องหย่า (ร่างจากคำให้การลูกความ):\n",
        "โจทก์ นาง", P(wife), " จำเลย นาย", P(husband), " ภูมิลำเนา ", ("ADDRESS", addr(r)), "\n",
        "เหตุหย่า: จำเลย", ("SEXUAL_BEHAVIOUR", r.choice(["มีความสัมพันธ์ชู้สาว", "ไปมีเพศสัมพันธ์"])),
        "กับนางสาว", P(other), " อย่างเปิดเผย ตั้งแต่ต้นปี 2568 มีภาพแชทเป็นหลักฐาน",
    ]


@T("court")
def court_protest_case_file(r: random.Random) -> list:
    name = thn(r)
    return [
        "Law-clinic intake (mixed Thai/English). Produce a one-paragraph English case summary.\n",
        "Client: ", P(name), " | student ID ", ("STUDENT_ID", student_id(r)), " | tel ", ("PHONE_NUMBER", mobile(r)), "\n",
        "Facts: client ", ("POLITICAL_OPINION", r.choice(["เป็นแกนนำนักศึกษาที่เรียกร้องประชาธิปไตย", "ขึ้นปราศรัยวิจารณ์รัฐบาล"])),
        " ที่ลานหน้ามหาวิทยาลัย และ", ("CRIMINAL_RECORD", r.choice(["ถูกแจ้งข้อหาฝ่าฝืน พ.ร.บ.ชุมนุมสาธารณะ", "ถูกฟ้องคดีมาตรา 116"])),
        " นัดสอบคำให้การ ", day(r),
    ]


@T("court")
def court_en_foreign_defendant(r: random.Random) -> list:
    name = r.choice(WESTERN)
    return [
        "Prepare an English explanation of the next hearing for this defendant:\n",
        "Defendant: ", P(name), ", passport ", ("TH_PASSPORT", passport(r, "xx")), ", residing at ", ("ADDRESS", addr(r, en=True)), "\n",
        "Charge: ", ("CRIMINAL_RECORD", r.choice(["charged with assault after a bar fight in Patong",
                                                  "arrested for overstaying and working without a permit"])), "\n",
        "Interpreter booked; bail posted by employer.",
    ]


@T("court")
def court_mediation_kv(r: random.Random) -> list:
    debtor = thn(r)
    return [
        "แบบคำขอไกล่เกลี่ยออนไลน์ (คดีผู้บริโภค — หนี้บัตรเครดิต)\n",
        "ชื่อผู้ขอ: ", P(debtor), "\nเลขบัตรประชาชน: ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "เลขบัตรเครดิตที่เป็นหนี้: ", ("CREDIT_CARD", card(r)), "\n",
        "เบอร์โทร: ", ("PHONE_NUMBER", mobile(r)), "\nอีเมล: ", ("EMAIL_ADDRESS", email(r)), "\n",
        "ข้อเสนอ: ผ่อนเดือนละ 3,000 บาท 36 งวด\nช่วยประเมินว่าข้อเสนอสมเหตุสมผลไหม",
    ]


@T("court")
def court_interpreter_request(r: random.Random) -> list:
    witness, party = thn(r), r.choice(HILLTRIBE_TH)
    return [
        "คำร้องขอล่าม (ยื่นผ่านระบบ e-Filing) ช่วยเขียนให้สุภาพ:\n",
        "1) พยานโจทก์ ", P(witness), " ", ("DISABILITY", r.choice(["หูหนวก", "พิการทางการได้ยิน"])), " ขอล่ามภาษามือไทย\n",
        "2) จำเลย ", P(party), " ", ("ETHNICITY", r.choice(["เป็นชาวปกาเกอะญอ", "เป็นชาวม้ง"])), " สื่อสารภาษาไทยได้น้อย ขอล่ามภาษาชาติพันธุ์\n",
        "นัดสืบพยาน ", day(r),
    ]


@T("court")
def court_video_hearing_face(r: random.Random) -> list:
    return [
        "Remote hearing identity check failed — debug?\n",
        "hearing_id=VH-", str(r.randint(10000, 99999)), " party_pid=", ("TH_NATIONAL_ID", nid(r, "plain")), "\n",
        "face_probe=", ("BIOMETRIC_DATA", bio_vec(r, 6)), "\n",
        "dopa_ref_match=0.52 threshold=0.70 client_ip=", ("IP_ADDRESS", ipv4(r)), " → IDENTITY_UNVERIFIED",
    ]


# ============================== Office of the Ombudsman ==============================
@T("ombudsman")
def omb_complaint_form_kv(r: random.Random) -> list:
    name = thn(r)
    return [
        "แบบฟอร์มร้องเรียนออนไลน์ ผู้ตรวจการแผ่นดิน (ข้อมูลที่กรอก) → จัดหมวดหมู่หน่วยงานที่ถูกร้อง\n",
        "ชื่อ-นามสกุล: ", P(name), "\nเลขประจำตัวประชาชน: ", ("TH_NATIONAL_ID", nid(r, "dash")), "\n",
        "ที่อยู่: ", ("ADDRESS", addr(r)), "\nโทรศัพท์: ", ("PHONE_NUMBER", mobile(r)), "\n",
        "อีเมล: ", ("EMAIL_ADDRESS", email(r)), "\n",
        "เรื่องที่ร้องเรียน: เทศบาลอนุญาตให้สร้างอาคารสูงบังทางระบายน้ำ ทำให้บ้านน้ำท่วมทุกปี",
    ]


@T("ombudsman")
def omb_muslim_discrimination_long(r: random.Random) -> list:
    name = r.choice(TH_MUSLIM)
    return [
        "ช่วยสรุปคำร้องนี้เป็นประเด็นข้อกฎหมายให้พนักงานผู้ตรวจการแผ่นดิน (ไม่เกิน 8 บรรทัด)\n\n",
        "เรียน ผู้ตรวจการแผ่นดิน\n\n",
        "ข้าพเจ้า", P(name), " ", ("RELIGION", "นับถือศาสนาอิสลาม"), " สอบบรรจุเป็นพนักงานราชการของหน่วยงานแห่งหนึ่งได้ลำดับที่ 2 ",
        "แต่ในวันรายงานตัว หัวหน้าหน่วยแจ้งว่าไม่อนุญาตให้คลุมฮิญาบขณะปฏิบัติงาน หากไม่ถอดให้สละสิทธิ ",
        "ข้าพเจ้าเห็นว่าเป็นการเลือกปฏิบัติโดยไม่เป็นธรรมเพราะเหตุแห่งความเชื่อทางศาสนาตามรัฐธรรมนูญ มาตรา 27 ",
        "จึงขอให้ตรวจสอบและมีข้อเสนอแนะให้หน่วยงานทบทวน\n\n",
        "ติดต่อ ", ("PHONE_NUMBER", mobile(r)), "\nที่อยู่ ", ("ADDRESS", addr(r)), "\n",
    ]


@T("ombudsman")
def omb_wheelchair_access(r: random.Random) -> list:
    name = thm(r)
    return [
        "Ombudsman chatbot, transcript:\nbot: กรุณาเล่าเรื่องที่ต้องการร้องเรียน\n",
        "user: ผม", P(name), " ", ("DISABILITY", r.choice(["ใช้วีลแชร์", "เป็นอัมพาตท่อนล่าง"])),
        " สถานีรถไฟฟ้าใกล้บ้านลิฟต์เสียมา 3 เดือน แจ้งแล้วไม่มีใครซ่อม\n",
        "bot: ขอช่องทางติดต่อกลับค่ะ\nuser: ", ("PHONE_NUMBER", mobile(r)), " หรือไลน์ ", ("LINE_ID", line_id(r)), "\n",
        "---\nโปรดระบุหน่วยงานที่เกี่ยวข้องและกฎหมายสิ่งอำนวยความสะดวกสำหรับคนพิการ",
    ]


@T("ombudsman")
def omb_lgbt_dress_code(r: random.Random) -> list:
    name = thn(r)
    return [
        "English summary needed for the Ombudsman's annual case digest (anonymise nothing yet, legal will do it):\n",
        "ผู้ร้อง ", P(name), " อายุ 19 ปี ", ("SEXUAL_BEHAVIOUR", r.choice(["เป็นหญิงรักหญิง", "เป็นเกย์"])),
        " ถูกมหาวิทยาลัยไม่ให้เข้าสอบเพราะแต่งกายไม่ตรงเพศกำเนิด รหัสนักศึกษา ", ("STUDENT_ID", student_id(r)),
        " อีเมล ", ("EMAIL_ADDRESS", email(r)),
    ]


@T("ombudsman")
def omb_state_enterprise_union(r: random.Random) -> list:
    name = thm(r)
    return [
        "ร่างหนังสือถึงรัฐวิสาหกิจให้ชี้แจง จากคำร้อง:\n",
        "ผู้ร้อง นาย", P(name), " พนักงานการ", r.choice(["ไฟฟ้าส่วนภูมิภาค", "ประปาส่วนภูมิภาค", "รถไฟแห่งประเทศไทย"]),
        " ", ("TRADE_UNION", r.choice(["เป็นประธานสหภาพแรงงานรัฐวิสาหกิจ", "เป็นกรรมการสหภาพแรงงานรัฐวิสาหกิจ"])),
        " ถูกสั่งย้ายไปประจำสาขาห่างไกล 600 กม. หลังยื่นหนังสือคัดค้านการแปรรูป ",
        "ที่อยู่ติดต่อ ", ("ADDRESS", addr(r)),
    ]


@T("ombudsman")
def omb_teacher_political_transfer(r: random.Random) -> list:
    name = thf(r)
    return [
        "Officer: summarise + list the agencies to send inquiry letters to.\n",
        "Complaint text: \"ดิฉัน", P(name), " ครูโรงเรียนประจำอำเภอ ถูกผู้อำนวยการสั่งย้ายกลางเทอม เพราะดิฉัน",
        ("POLITICAL_OPINION", r.choice(["ไปร่วมชุมนุมเรียกร้องแก้รัฐธรรมนูญ", "โพสต์สนับสนุนพรรคฝ่ายค้าน", "เป็นสมาชิกพรรคประชาชน"])),
        " นอกเวลาราชการ ขอความเป็นธรรมด้วย\" — tel ", ("PHONE_NUMBER", mobile(r)), ", ID ", ("TH_NATIONAL_ID", nid(r)),
    ]


@T("ombudsman")
def omb_en_expat_complaint(r: random.Random) -> list:
    name = r.choice(WESTERN)
    return [
        "Classify this complaint (agency, issue type, urgency):\n\n",
        "I, ", P(name), ", passport ", ("TH_PASSPORT", passport(r, "xx")), ", have been waiting 8 months for the Land Office to ",
        "register my condo purchase at ", ("ADDRESS", addr(r, en=True)), ". Officers keep asking for new documents. ",
        "Contact: ", ("EMAIL_ADDRESS", email(r, name)), ", ", ("PHONE_NUMBER", mobile(r, "intl")), ".",
    ]


@T("ombudsman")
def omb_prisoner_medical_complaint(r: random.Random) -> list:
    son, mom = thm(r), thf(r)
    return [
        "ผู้ร้อง นาง", P(mom), " (มารดา) ร้องแทนบุตรชาย นาย", P(son), " ซึ่ง",
        ("CRIMINAL_RECORD", r.choice(["ถูกคุมขังในเรือนจำคดีลักทรัพย์", "รับโทษจำคุก 5 ปีคดียาเสพติด"])),
        " ว่าบุตร", ("HEALTH_DATA", r.choice(["ป่วยเป็นวัณโรคปอด", "มีอาการลมชักบ่อย", "เป็นโรคหัวใจ"])),
        " แต่ไม่ได้รับการส่งตัวไปโรงพยาบาล ติดต่อผู้ร้อง ", ("PHONE_NUMBER", mobile(r)),
        "\nช่วยร่างหนังสือสอบถามกรมราชทัณฑ์",
    ]


# ============================== other citizen services and back offices ==============================
@T("other_gov")
def slf_student_loan_chat(r: random.Random) -> list:
    name = thf(r)
    return [
        "กยศ. Connect chatbot log\nบอท: กรุณาระบุรหัสนักศึกษาและเลขบัตรประชาชน\n",
        "ผู้ใช้: ", ("STUDENT_ID", student_id(r)), " / ", ("TH_NATIONAL_ID", nid(r, "plain")), "\n",
        "บอท: ", P(name), " คำขอกู้ยืมปีการศึกษา 2569 สถานะ: รอสถานศึกษายืนยัน\n",
        "ผู้ใช้: ค่าครองชีพให้เข้าบัญชีกรุงไทย ", ("TH_BANK_ACCOUNT", bank_acct(r, "dash")), " ได้ไหมคะ\n",
        "งาน: สรุปปัญหาและคำตอบที่ควรให้",
    ]


@T("other_gov")
def draft_deferral_university(r: random.Random) -> list:
    name = thm(r)
    return [
        "หนังสือขอผ่อนผันการตรวจเลือกทหาร (ร่างจากระบบงานทะเบียน) ช่วยตรวจความถูกต้อง\n",
        "ชื่อ นาย", P(name), " รหัสนักศึกษา ", ("STUDENT_ID", student_id(r, "ten")), "\n",
        "เกิดวันที่ ", ("DATE_OF_BIRTH", dob(r, "th_long", 2004, 2005)), " เลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", nid(r, "dash", first="1")), "\n",
        "ภูมิลำเนาทหาร: อำเภอ", r.choice(["เมืองน่าน", "หาดใหญ่", "บางบัวทอง"]),
    ]


@T("other_gov")
def thaid_registration_support(r: random.Random) -> list:
    return [
        "ThaID support ticket #", str(r.randint(100000, 999999)), " — user cannot re-enrol after phone change\n",
        "pid: ", ("TH_NATIONAL_ID", nid(r, "dash")), "\nnew phone: ", ("PHONE_NUMBER", mobile(r)), "\n",
        "face_liveness_template: ", ("BIOMETRIC_DATA", bio_tpl(r, 36, "TElWRU5FU1Mt")), "\n",
        "last_ip: ", ("IP_ADDRESS", ipv4(r)), "\nAsk: explain to user how to reset at district office",
    ]


@T("other_gov")
def passport_office_appointment(r: random.Random) -> list:
    name = thf(r)
    return [
        "กรมการกงสุล — นัดหมายทำหนังสือเดินทาง (บอท) ผู้ใช้ขอเปลี่ยนวัน\n",
        "ชื่อ: ", P(name), "\nเลขบัตร: ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "หนังสือเดินทางเล่มเดิม: ", ("TH_PASSPORT", passport(r)), " (หมดอายุ)\n",
        "นัดเดิม: ", day(r), " ศูนย์ฯ แจ้งวัฒนะ\nมือถือ: ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("other_gov")
def land_office_queue_chat(r: random.Random) -> list:
    name = thm(r)
    return [
        "สำนักงานที่ดิน (จองคิวออนไลน์) – user text:\n",
        "\"ผม", P(name), " จะไถ่ถอนจำนองโฉนดเลขที่ ", str(r.randint(1000, 99999)), " ที่ธนาคารโอนเงินคืนแล้ว ",
        "บ้านอยู่ ", ("ADDRESS", addr(r)), " จองคิววันศุกร์ได้ไหมครับ เลขบัตร ", ("TH_NATIONAL_ID", nid(r)), "\"\n",
        "ช่วยตอบว่าต้องเตรียมเอกสารอะไรบ้าง",
    ]


@T("other_gov")
def welfare_card_tangrat(r: random.Random) -> list:
    name = thf(r)
    return [
        "บัตรสวัสดิการแห่งรัฐ – คำถามจาก Facebook inbox ของ คลังจังหวัด\n",
        "\"สวัสดีค่ะ ", P(name), " บัตรประชาชน ", ("TH_NATIONAL_ID", nid(r, "thai_plain")),
        " ลงทะเบียนผ่านแล้ว แต่เงินไม่เข้าบัตร เดือนนี้ ต้องทำไงคะ เบอร์ ", ("PHONE_NUMBER", mobile(r, "thai")), "\"\n",
        "ช่วยตอบให้ชัดเจนและสุภาพ",
    ]


@T("other_gov")
def traffy_illegal_parking(r: random.Random) -> list:
    return [
        "Traffy Fondue ticket (BMA) — classify and route:\n",
        "{\"type\":\"ทางเท้า\",\"comment\":\"รถเก๋งทะเบียน ", ("TH_VEHICLE_PLATE", plate(r)),
        " จอดบนทางเท้าหน้าปากซอยทุกวัน คนเดินต้องลงถนน\",",
        "\"reporter_phone\":\"", ("PHONE_NUMBER", mobile(r, "plain")), "\",\"coords\":[13.", str(r.randint(700000, 899999)),
        ",100.", str(r.randint(400000, 699999)), "]}",
    ]


@T("other_gov")
def immigration_90day_en(r: random.Random) -> list:
    name = r.choice(WESTERN)
    return [
        "90-day report bot (immigration) escalated to officer — summarise issue:\n",
        "user: I submitted my 90-day report online but got 'address mismatch'.\n",
        "user: Name ", P(name), ", passport ", ("TH_PASSPORT", passport(r, "xx")), ".\n",
        "user: I live at ", ("ADDRESS", addr(r, en=True)), " since March; landlord filed TM.30.\n",
        "user: my phone ", ("PHONE_NUMBER", mobile(r, "intl")),
    ]


@T("other_gov")
def probation_reporting_chat(r: random.Random) -> list:
    name = thm(r)
    return [
        "กรมคุมประพฤติ — แชทรายงานตัวออนไลน์ (ให้ AI ตอบ)\n",
        "ผู้ถูกคุมความประพฤติ: ", P(name), " (", ("CRIMINAL_RECORD", r.choice(["คดีขับรถขณะเมาสุรา ถูกคุมประพฤติ 1 ปี",
                                                                           "คุมประพฤติคดียาเสพติด 2 ปี"])), ")\n",
        "ข้อความ: ต้องไปทำงานบริการสังคมวันเสาร์นี้ แต่ได้งานใหม่ที่ระยอง ขอเลื่อนได้ไหมครับ\n",
        "โทร: ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("other_gov")
def prison_visit_booking(r: random.Random) -> list:
    visitor, inmate = thf(r), thm(r)
    return [
        "ระบบจองเยี่ยมญาติออนไลน์ (เรือนจำ) — ข้อมูลที่จองเข้ามา ช่วยตรวจว่าถูกต้อง\n",
        "ผู้เยี่ยม: ", P(visitor), " | LINE ", ("LINE_ID", line_id(r)), " | บัตร ", ("TH_NATIONAL_ID", nid(r)), "\n",
        "ผู้ต้องขัง: ", P(inmate), " | ", ("CRIMINAL_RECORD", r.choice(["ผู้ต้องขังเด็ดขาดคดีปล้นทรัพย์", "ผู้ต้องขังคดีฉ้อโกงประชาชน"])), "\n",
        "ความสัมพันธ์: ภรรยา | เวลา: 10:30",
    ]


@T("other_gov")
def islamic_marriage_register(r: random.Random) -> list:
    groom, bride = r.sample(TH_MUSLIM, 2)
    return [
        "คณะกรรมการอิสลามประจำจังหวัด — ทะเบียนนิกะห์ (ข้อมูลจากแบบฟอร์ม) จัดเป็นตาราง:\n",
        "เจ้าบ่าว: ", P(groom), " เลขบัตร ", ("TH_NATIONAL_ID", nid(r, "dash", first="3")), "\n",
        "เจ้าสาว: ", P(bride), " (", ("RELIGION", "เข้ารับอิสลามเมื่อปี 2567"), ")\n",
        "วะลี: บิดาเจ้าสาว\nมะฮัร: 20,000 บาท\nที่อยู่: ", ("ADDRESS", addr(r)),
    ]


@T("other_gov")
def newborn_screening_letter(r: random.Random) -> list:
    mom, baby = thf(r), thn(r)
    return [
        "ช่วยเขียนจดหมายแจ้งผลให้แม่แบบนุ่มนวล (ศูนย์ตรวจคัดกรองทารกแรกเกิด)\n",
        "มารดา: ", P(mom), " | ทารก: ", P(baby), " เกิด ", ("DATE_OF_BIRTH", dob(r, "slash_be", 2026, 2026)), "\n",
        "HN ทารก: ", ("MEDICAL_RECORD_NUMBER", hn(r)), "\n",
        "ผล: ", ("GENETIC_DATA", r.choice(["ภาวะขาดเอนไซม์ G6PD (ยีน G6PD Viangchan)", "ผลคัดกรองเข้าได้กับโรค PKU ต้องตรวจยืนยันยีน"])), "\n",
        "นัดตรวจยืนยันภายใน 7 วัน โทรมารดา ", ("PHONE_NUMBER", mobile(r)),
    ]


@T("other_gov")
def dlp_labour_protection_complaint(r: random.Random) -> list:
    name = thf(r)
    return [
        "กรมสวัสดิการและคุ้มครองแรงงาน — คำร้อง คร.7 (สรุปให้พนักงานตรวจแรงงาน)\n",
        "ลูกจ้าง: ", P(name), " โทร ", ("PHONE_NUMBER", mobile(r)), "\n",
        "นายจ้าง: บริษัท ", r.choice(["นิวเวฟการ์เมนท์", "ไทยแพ็คฟู้ดส์", "ดีเอ็มโลจิสติกส์"]), " จำกัด (", ("TH_JURISTIC_ID", juristic(r)), ")\n",
        "ข้อเท็จจริง: ลูกจ้าง", ("TRADE_UNION", r.choice(["เป็นสมาชิกสหภาพแรงงาน", "ร่วมก่อตั้งสหภาพแรงงาน"])),
        " ถูกตัดโอที ถูกย้ายแผนกไปทำงานหนักขึ้น ค่าจ้างค้าง 2 งวด",
    ]


@T("other_gov")
def provincial_labour_mediation_line(r: random.Random) -> list:
    name = thm(r)
    return [
        "กลุ่ม LINE ไกล่เกลี่ยข้อพิพาทแรงงาน (export) ช่วยสรุปข้อตกลงที่ได้:\n",
        hm(r), " ", P(name), ": ผมเป็นตัวแทนลูกจ้าง ", ("TRADE_UNION", "ในฐานะประธานสหภาพแรงงาน"), " ครับ\n",
        hm(r), " ", P(officer(r)), " (สนง.สวัสดิการฯ): รับทราบค่ะ นายจ้างเสนอโบนัส 1.5 เดือน\n",
        hm(r), " ", P(name), ": ขอ 2 เดือน + ปรับค่าจ้าง 3%\n",
        hm(r), " ", P(officer(r)), ": นัดประชุมอีกครั้ง ", day(r),
    ]


@T("hospital")
def hosp_anc_sti_screen(r: random.Random) -> list:
    name = thf(r)
    return [
        "บอทคลินิกฝากครรภ์ — ผู้ใช้ตอบแบบคัดกรองความเสี่ยง (ส่งพยาบาลประเมิน)\n",
        "ชื่อ: ", P(name), "  HN: ", ("MEDICAL_RECORD_NUMBER", hn(r)), "\n",
        "Q5 พฤติกรรมเสี่ยง: \"", ("SEXUAL_BEHAVIOUR", r.choice(["เคยทำงานบริการทางเพศ", "มีคู่นอนหลายคนในปีที่ผ่านมา"])),
        " ไม่อยากให้แฟนรู้\"\nQ6 ผลเลือดครั้งก่อน: ไม่ทราบ\n",
        "ช่วยเขียนคำแนะนำการตรวจ HIV/ซิฟิลิส/ไวรัสตับอักเสบบี แบบไม่ตัดสิน",
    ]


@T("nhso")
def nhso_prep_refill_en(r: random.Random) -> list:
    name = " ".join(r.choice(ROMAN_M))
    return [
        "Reply to this 1330 web-chat message in English, short:\n",
        "\"Hi, ", P(name), " here. I'm ", ("SEXUAL_BEHAVIOUR", r.choice(["in a same-sex relationship", "a man who has sex with men"])),
        " and have been on PrEP for a year at a clinic in Chiang Mai. I moved to Bangkok, can I refill under my gold card ",
        "without re-registering? ID ", ("TH_NATIONAL_ID", nid(r)), ", LINE ", ("LINE_ID", line_id(r)), "\"",
    ]


# ============================== hard negatives: s.26 topics about nobody in particular ==============================
@T("nhso", hard="HEALTH_DATA")
def hn_health_goldcard_benefit_faq(r: random.Random) -> list:
    return [
        "คำถามที่พบบ่อย: สิทธิบัตรทอง (หลักประกันสุขภาพแห่งชาติ) ครอบคลุมอะไรบ้าง\n",
        "1) ผู้ป่วยไตวายเรื้อรังระยะสุดท้าย ได้รับการล้างไตทางช่องท้อง ฟอกเลือด หรือปลูกถ่ายไตตามเกณฑ์\n",
        "2) ผู้ติดเชื้อเอชไอวี รับยาต้านไวรัสได้ที่หน่วยบริการตามสิทธิ โดยไม่มีค่าใช้จ่าย\n",
        "3) ผู้ป่วยมะเร็ง ใช้สิทธิ 'มะเร็งรักษาทุกที่' ได้ที่หน่วยบริการที่มีศักยภาพ\n",
        "4) ผู้ป่วยโรคซึมเศร้า รับบริการปรึกษาทางไกลได้ ", r.choice(["ผ่านแอปพลิเคชันของหน่วยบริการที่ร่วมโครงการ", "ที่คลินิกจิตเวชของโรงพยาบาลชุมชน"]), "\n",
        "สอบถามเพิ่มเติม สายด่วน 1330 ตลอด 24 ชั่วโมง\n\nช่วยย่อเป็น infographic 5 ข้อ",
    ]


@T("sso", hard="HEALTH_DATA")
def hn_health_sso_sickness_rules(r: random.Random) -> list:
    return [
        "Translate into plain English for the SSO website:\n",
        "กรณีเจ็บป่วย ผู้ประกันตนต้องจ่ายเงินสมทบมาแล้วไม่น้อยกว่า 3 เดือน ภายในระยะเวลา 15 เดือนก่อนวันรับบริการทางการแพทย์ ",
        "กรณีหยุดงานเพื่อรักษาตัวตามคำสั่งแพทย์ ได้รับเงินทดแทนการขาดรายได้ร้อยละ 50 ของค่าจ้าง ครั้งละไม่เกิน 90 วัน ",
        "ปีละไม่เกิน 180 วัน เว้นแต่โรคเรื้อรัง เช่น มะเร็ง ไตวายเรื้อรัง โรคเอดส์ ได้ไม่เกิน 365 วัน ",
        "ทั้งนี้ ค่าจ้างที่ใช้คำนวณขั้นต่ำ 1,650 บาท สูงสุด ", r.choice(["15,000", "17,500"]), " บาท",
    ]


@T("provincial", hard="RELIGION")
def hn_relig_ramadan_office_hours(r: random.Random) -> list:
    prov = r.choice(["ยะลา", "ปัตตานี", "นราธิวาส", "สตูล"])
    return [
        "ประกาศจังหวัด", prov, " เรื่อง การปรับเวลาปฏิบัติราชการในช่วงเดือนรอมฎอน ฮ.ศ. ", r.choice(["1447", "1448"]), "\n",
        "เพื่อให้ข้าราชการและบุคลากรที่นับถือศาสนาอิสลามได้ปฏิบัติศาสนกิจ ให้ส่วนราชการในจังหวัดเปิดให้บริการประชาชน ",
        "เวลา 08.30-15.30 น. ตลอดเดือนรอมฎอน ทั้งนี้ ศูนย์ดำรงธรรมจังหวัดยังคงรับเรื่องผ่านสายด่วน 1567 ตามปกติ\n",
        "ช่วยทำเป็นโพสต์ Facebook ภาษาไทยและมลายูถิ่น",
    ]


@T("provincial", hard="RELIGION")
def hn_relig_leave_regulation(r: random.Random) -> list:
    return [
        "สรุประเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ หมวดการลาอุปสมบทหรือไปประกอบพิธีฮัจญ์ ให้เป็นตาราง:\n",
        "ข้าราชการซึ่งประสงค์จะลาอุปสมบทในพระพุทธศาสนา หรือข้าราชการที่นับถือศาสนาอิสลามซึ่งประสงค์จะลาไปประกอบพิธีฮัจญ์ ",
        "ณ เมืองเมกกะ ประเทศซาอุดีอาระเบีย ให้เสนอหรือจัดส่งใบลาก่อนวันอุปสมบทหรือก่อนวันเดินทางไม่น้อยกว่า 60 วัน ",
        "ต้องรับราชการมาแล้วไม่น้อยกว่า 12 เดือน และได้รับเงินเดือนระหว่างลาไม่เกิน 120 วัน",
    ]


@T("provincial", hard="ETHNICITY")
def hn_eth_highland_stats(r: random.Random) -> list:
    return [
        "ช่วยเขียนบทวิเคราะห์สั้นจากตารางสถิติทะเบียนราษฎร (ไม่ระบุตัวบุคคล):\n",
        "กลุ่มชาติพันธุ์ | ผู้ได้รับสัญชาติปี 2568 | คำขอค้าง\n",
        f"ปกาเกอะญอ | {r.randint(1200, 2500):,} | {r.randint(300, 900):,}\n",
        f"ม้ง | {r.randint(600, 1500):,} | {r.randint(100, 500):,}\n",
        f"อาข่า | {r.randint(500, 1200):,} | {r.randint(200, 700):,}\n",
        f"ลาหู่ | {r.randint(400, 1100):,} | {r.randint(200, 600):,}\n",
        "แหล่งข้อมูล: สำนักทะเบียนอำเภอ จังหวัดเชียงราย เชียงใหม่ ตาก แม่ฮ่องสอน",
    ]


@T("doe", hard="ETHNICITY")
def hn_eth_mou_policy_en(r: random.Random) -> list:
    return [
        "Summarise this policy note for employers (EN, 5 bullets):\n",
        "Under the MOU between Thailand and Myanmar, Lao PDR and Cambodia, workers may be recruited through licensed agencies. ",
        "Workers of any ethnic group from these countries — including Shan, Karen and Mon communities — are eligible if they hold ",
        "a valid passport or certificate of identity. Employers pay the work-permit fee of ",
        r.choice(["1,900", "900"]), " THB per year and must register workers with the Social Security Office within 30 days.",
    ]


@T("ect", hard="POLITICAL_OPINION")
def hn_pol_ect_announcement(r: random.Random) -> list:
    return [
        "ร่างข่าวประชาสัมพันธ์ กกต. — ช่วยตรวจภาษา:\n",
        "นายแสวง บุญมี เลขาธิการคณะกรรมการการเลือกตั้ง เปิดเผยว่า การเลือกตั้งสมาชิกสภาองค์การบริหารส่วนจังหวัด",
        "และนายกองค์การบริหารส่วนจังหวัดจะมีขึ้นพร้อมกันทั่วประเทศ ผู้มีสิทธิเลือกตั้งสามารถตรวจสอบรายชื่อได้ทางแอป Smart Vote ",
        "หรือสายด่วน 1444 ทั้งนี้ ขอให้พรรคการเมืองและผู้สมัครทุกรายหลีกเลี่ยงการหาเสียงที่ฝ่าฝืนกฎหมาย ",
        "หากพบการซื้อสิทธิขายเสียง แจ้งผ่านแอปตาสับปะรด รับรางวัลนำจับสูงสุด 1,000,000 บาท",
    ]


@T("ect", hard="POLITICAL_OPINION")
def hn_pol_news_digest(r: random.Random) -> list:
    return [
        "Summarise today's political headlines for the ministry's morning brief (3 bullets, EN):\n",
        "- นายอนุทิน ชาญวีรกูล นายกรัฐมนตรี ยืนยันจะเสนอร่างงบประมาณเพิ่มเติมเข้าสภาภายในเดือนนี้\n",
        "- นายณัฐพงษ์ เรืองปัญญาวุฒิ หัวหน้าพรรคประชาชน ในฐานะผู้นำฝ่ายค้าน เตรียมยื่นญัตติอภิปรายทั่วไป\n",
        "- ผลสำรวจนิด้าโพลล่าสุด: ประชาชนร้อยละ ", str(r.randint(30, 45)), " ยังไม่ตัดสินใจว่าจะเลือกพรรคใด",
    ]


@T("dlt", hard="CRIMINAL_RECORD")
def hn_crim_drunk_driving_law(r: random.Random) -> list:
    return [
        "FAQ สำหรับแชทบอท ขบ. — ปรับให้เป็นภาษาคุยง่าย:\n",
        "Q: เมาแล้วขับโทษอะไร\nA: ตาม พ.ร.บ.จราจรทางบก ผู้ขับขี่ที่มีแอลกอฮอล์ในเลือดเกิน 50 มก.% ",
        "มีโทษจำคุกไม่เกิน 1 ปี หรือปรับ 5,000-20,000 บาท หรือทั้งจำทั้งปรับ และศาลอาจสั่งพักใช้ใบอนุญาตขับขี่ ",
        "ไม่น้อยกว่า 6 เดือน หากกระทำผิดซ้ำภายใน 2 ปี จำคุกไม่เกิน 2 ปี ปรับ 50,000-100,000 บาท ",
        "และเพิกถอนใบอนุญาตขับขี่",
    ]


@T("court", hard="CRIMINAL_RECORD")
def hn_crim_court_stats(r: random.Random) -> list:
    return [
        "Write a paragraph interpreting these court statistics (no individuals):\n",
        "Case type | filed FY2568 | disposed | e-Filing share\n",
        f"Narcotics | {r.randint(180000, 260000):,} | {r.randint(170000, 250000):,} | {r.randint(20, 40)}%\n",
        f"Drunk driving | {r.randint(40000, 90000):,} | {r.randint(40000, 88000):,} | {r.randint(10, 30)}%\n",
        f"Fraud (online) | {r.randint(15000, 40000):,} | {r.randint(9000, 30000):,} | {r.randint(50, 80)}%\n",
        "Source: Office of the Judiciary annual report",
    ]


@T("provincial", hard="SEXUAL_BEHAVIOUR")
def hn_sex_marriage_equality_faq(r: random.Random) -> list:
    return [
        "เนื้อหาหน้าเว็บสำนักงานเขต: การจดทะเบียนสมรสตาม พ.ร.บ.สมรสเท่าเทียม\n",
        "บุคคลสองคนไม่ว่าเพศใด อายุ 18 ปีบริบูรณ์ขึ้นไป สามารถจดทะเบียนสมรสได้ที่สำนักงานเขตหรือที่ว่าการอำเภอทุกแห่ง ",
        "ใช้บัตรประจำตัวประชาชนของทั้งสองฝ่าย และพยานบุคคล 2 คน ไม่มีค่าธรรมเนียม ",
        "คู่รักเพศเดียวกันมีสิทธิและหน้าที่เช่นเดียวกับคู่สมรสชายหญิงทุกประการ รวมถึงการรับบุตรบุญธรรม\n",
        "ช่วยแปลเป็นภาษาอังกฤษสำหรับชาวต่างชาติ",
    ]


@T("nhso", hard="SEXUAL_BEHAVIOUR")
def hn_sex_prep_policy_en(r: random.Random) -> list:
    return [
        "Rewrite for a public health poster, 60 words max:\n",
        "PrEP (pre-exposure prophylaxis) is covered under Universal Coverage for people at substantial risk of HIV, ",
        "including men who have sex with men, transgender women, sex workers and serodiscordant couples. ",
        "Eligible people can start PrEP at ", r.choice(["over 300", "more than 400"]), " hospitals and community clinics ",
        "after an HIV test and kidney function check. Call 1330 for the nearest site.",
    ]


@T("provincial", hard="DISABILITY")
def hn_dis_card_benefits(r: random.Random) -> list:
    return [
        "สิทธิประโยชน์ผู้ถือบัตรประจำตัวคนพิการ (ช่วยจัดเป็นบัลเล็ต)\n",
        "- เบี้ยความพิการเดือนละ 800 บาท (อายุต่ำกว่า 18 ปี 1,000 บาท)\n",
        "- กู้ยืมเงินกองทุนส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ ไม่เกิน 60,000 บาท ปลอดดอกเบี้ย\n",
        "- ลดหย่อนภาษีผู้ดูแลคนพิการ 60,000 บาท\n",
        "- สิทธิ ท.74 รักษาพยาบาลและรับกายอุปกรณ์ เช่น รถเข็น ขาเทียม เครื่องช่วยฟัง\n",
        "- ยกเว้นค่าโดยสารรถไฟชั้น 3 และลดค่าโดยสาร ขสมก. ", r.choice(["ครึ่งราคา", "ตามประกาศ"]),
    ]


@T("ect", hard="DISABILITY")
def hn_dis_accessible_polling(r: random.Random) -> list:
    return [
        "Checklist for polling-station staff (translate to Thai, keep numbering):\n",
        "1. Ramp or ground-floor booth for wheelchair users.\n",
        "2. Braille ballot templates available at every unit for voters who are blind.\n",
        "3. A family member may assist a voter with a disability to mark the ballot, as recorded in form ส.ส.5/", str(r.randint(5, 9)), ".\n",
        "4. Priority queue for elderly and disabled voters.\n",
        "5. Sign-language video on the ECT website for deaf voters.",
    ]


@T("other_gov", hard="TRADE_UNION")
def hn_union_labour_relations_faq(r: random.Random) -> list:
    return [
        "ตอบคำถามประชาชนจากข้อกฎหมายนี้ (พ.ร.บ.แรงงานสัมพันธ์):\n",
        "มาตรา 121 ห้ามมิให้นายจ้างเลิกจ้างลูกจ้าง ผู้แทนลูกจ้าง กรรมการสหภาพแรงงาน หรือสมาชิกสหภาพแรงงาน ",
        "เพราะเหตุที่ลูกจ้างหรือสหภาพแรงงานได้นัดชุมนุม ทำคำร้อง ยื่นข้อเรียกร้อง หรือเป็นพยาน ",
        "การจัดตั้งสหภาพแรงงานต้องมีลูกจ้างผู้มีสิทธิจัดตั้งไม่น้อยกว่า 10 คน ยื่นจดทะเบียนต่อนายทะเบียน\n",
        "คำถาม: ", r.choice(["ลูกจ้างรายวันตั้งสหภาพได้ไหม", "แรงงานต่างด้าวเป็นสมาชิกสหภาพได้หรือไม่"]),
    ]


@T("other_gov", hard="TRADE_UNION")
def hn_union_registration_stats(r: random.Random) -> list:
    return [
        "Draft a short news brief from these Department of Labour Protection and Welfare figures:\n",
        f"Registered labour unions (2025): {r.randint(1300, 1500):,}\n",
        f"State-enterprise unions: {r.randint(40, 50)}\n",
        f"Union members nationwide: {r.randint(550, 650)},{r.randint(100, 999)}\n",
        "Union density: ~3.5% of the formal workforce\n",
        "Top provinces: Samut Prakan, Chon Buri, Rayong",
    ]


@T("nhso", hard="GENETIC_DATA")
def hn_gen_thal_screening_policy(r: random.Random) -> list:
    return [
        "สรุปสิทธิประโยชน์ให้ประชาชน: การตรวจคัดกรองธาลัสซีเมียในหญิงตั้งครรภ์และสามี\n",
        "หญิงตั้งครรภ์ทุกสิทธิ ตรวจคัดกรองพาหะธาลัสซีเมียได้ฟรี หากพบว่าทั้งคู่เป็นพาหะชนิดรุนแรง ",
        "จะได้รับการตรวจวินิจฉัยทารกในครรภ์ด้วยการเจาะน้ำคร่ำหรือตัดชิ้นเนื้อรก ",
        "ประเทศไทยมีผู้เป็นพาหะประมาณร้อยละ ", r.choice(["30-40", "35"]), " ของประชากร และผู้ป่วยประมาณ 6 แสนคน",
    ]


@T("hospital", hard="GENETIC_DATA")
def hn_gen_pgx_card_info_en(r: random.Random) -> list:
    return [
        "Patient leaflet draft — make it friendlier:\n",
        "Pharmacogenomic testing: some people carry the HLA-B*15:02 or HLA-B*58:01 gene variants, which raise the risk of ",
        "severe skin reactions (SJS/TEN) to carbamazepine or allopurinol. The test costs ", r.choice(["1,000", "1,500"]),
        " THB and is covered by Universal Coverage before starting these drugs. Results are printed on a wallet-size ",
        "'allergy card' that you should show at every hospital.",
    ]


@T("dlt", hard="BIOMETRIC_DATA")
def hn_bio_ekyc_privacy_notice(r: random.Random) -> list:
    return [
        "ประกาศความเป็นส่วนตัว (ร่าง) บริการยืนยันตัวตนด้วยใบหน้า แอป DLT Smart Queue — ช่วยปรับให้อ่านง่าย\n",
        "กรมการขนส่งทางบกเก็บภาพใบหน้าและข้อมูลชีวมิติเพื่อเปรียบเทียบกับภาพบนบัตรประจำตัวประชาชน ",
        "โดยได้รับความยินยอมโดยชัดแจ้ง ข้อมูลแม่แบบใบหน้าจะถูกลบภายใน ", r.choice(["30", "90"]), " วันหลังการยืนยัน ",
        "ท่านสามารถถอนความยินยอมและใช้บริการที่สำนักงานขนส่งแทนได้ ติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลที่ dpo@dlt.go.th",
    ]


@T("doe", hard="BIOMETRIC_DATA")
def hn_bio_fingerprint_procedure(r: random.Random) -> list:
    return [
        "Turn this procedure into a Burmese-language poster outline (keep steps):\n",
        "ขั้นตอนจัดเก็บอัตลักษณ์แรงงานต่างด้าว ณ ศูนย์บริการเบ็ดเสร็จ: 1) ยื่นเอกสารและรับบัตรคิว ",
        "2) ถ่ายภาพใบหน้า 3) สแกนลายนิ้วมือ 10 นิ้ว 4) ชำระค่าธรรมเนียม ", r.choice(["1,900", "500"]), " บาท ",
        "5) รับบัตรสีชมพูภายใน 7 วันทำการ เปิดบริการจันทร์-ศุกร์ 08.30-16.30 น.",
    ]


@T("revenue")
def rd_50tawi_ocr(r: random.Random) -> list:
    name = thn(r)
    return [
        "OCR หนังสือรับรองการหักภาษี ณ ที่จ่าย (50 ทวิ) อ่านเพี้ยนบางจุด ช่วยดึงค่าออกมาเป็น JSON:\n",
        "ผู้มีหน้าที่หักภาษี ณ ที่จ่าย : บริษัท ", r.choice(["ไทยเจริญโลจิสติกส์", "สยามดิจิทัลโซลูชั่น", "นครไทยฟู้ด"]),
        " จํากัด\nเลขประจําตัวผู้เสียภาษีอากร (13 หลัก)* ", ("TH_JURISTIC_ID", juristic(r, "dash")), "\n",
        "ผู้ถูกหักภาษี ณ ที่จ่าย : ", P(name), "\nเลขประจําตัวผู้เสียภาษีอากร ", ("TH_NATIONAL_ID", nid(r, "space")), "\n",
        "ที่อยู่ : ", ("ADDRESS", addr(r)), "\n",
        "1. เงินเดือน ค่าจ้าง ฯลฯ ตามมาตรา 40 (1)  จํานวนเงินที่จ่าย ", amount(r, 200000, 900000), ".00  ภาษีที่หัก ",
        amount(r, 1000, 40000), ".00\nเงินสมทบจ่ายเข้ากองทุนประกันสังคม 9,000.00",
    ]


@T("nhso")
def nhso_case_api_record(r: random.Random) -> list:
    return [
        "This is one record from the NHSO complaint API. Write a jq filter that drops pid, phone and ip before export.\n",
        '{"case_id":"', case_no(r, "NHSO"), '","created":"', iso_ts(r), '","channel":"web",',
        '"citizen":{"pid":"', ("TH_NATIONAL_ID", nid(r, "plain")), '","name":"', P(thn(r)), '","phone":"',
        ("PHONE_NUMBER", mobile(r, "plain")), '"},"client_ip":"', ("IP_ADDRESS", ipv4(r)), '",',
        '"topic":"ถูกเรียกเก็บเงิน","unit_code":"', str(r.randint(10000, 19999)), '"}',
    ]


@T("hospital")
def hosp_appt_sms_batch(r: random.Random) -> list:
    lines = []
    for _ in range(2):
        n = thn(r)
        lines += ["ส่งถึง ", ("PHONE_NUMBER", mobile(r, "plain")), ": คุณ", P(given(n)), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r)),
                  " นัดพบแพทย์ ", day(r), " ", hm(r), " น. งดน้ำงดอาหารหลังเที่ยงคืน\n"]
    return ["ตรวจความยาว SMS แจ้งนัด (ไม่เกิน 70 ตัวอักษรไทยต่อข้อความ) ข้อความไหนยาวเกิน:\n", lines]


@T("court")
def court_summons_letter_filled(r: random.Random) -> list:
    name = thm(r)
    return [
        "ช่วยแปลงหมายเรียกนี้ (กรอกแล้ว) เป็นคำอธิบายภาษาง่ายให้จำเลย:\n\n",
        "หมายเรียกและสำเนาคำฟ้อง คดีหมายเลขดำที่ ผบ.", str(r.randint(100, 9999)), "/๒๕๖๙\n",
        "ถึง นาย", P(name), " จำเลย\nที่อยู่ ", ("ADDRESS", addr(r, thai_digits=True)), "\n",
        "ด้วยโจทก์ได้ยื่นฟ้องท่านเรื่องผิดสัญญากู้ยืมเงิน ให้ท่านยื่นคำให้การภายใน ๑๕ วันนับแต่วันรับหมาย ",
        "หรือมาศาลตามวันนัด ", day(r), " เวลา ๐๙.๐๐ น.",
    ]


# ============================== negatives: epoch-ms timestamps that pass the ID checksum ==============================
@T("nhso", neg=True)
def neg_epoch_chatbot_metrics(r: random.Random) -> list:
    start, end = epoch_series(r, 2, span_ms=86_400_000)
    return [
        "Why is the fallback rate so high? chatbot metrics export (1330 web chat):\n",
        '{"window_start":', start, ',"window_end":', end, ',"sessions":', str(r.randint(2000, 9000)),
        ',"intents":{"change_unit":', str(r.randint(300, 900)), ',"prep":', str(r.randint(20, 90)),
        ',"fallback":', str(r.randint(400, 1200)), '},"handover_to_agent":', str(r.randint(100, 400)), '}',
    ]


@T("revenue", neg=True)
def neg_epoch_line_webhook_postback(r: random.Random) -> list:
    return [
        "LINE webhook body from the group used by tax officers — why does our handler ignore it?\n",
        '{"destination":"Ua', hexs(r, 31), '","events":[{"type":"postback","mode":"active",',
        '"timestamp":', epoch_ms(r), ',"source":{"type":"group","groupId":"C', hexs(r, 32), '"},',
        '"webhookEventId":"01J', hexs(r, 20).upper(), '","postback":{"data":"action=faq&topic=pnd91"},',
        '"deliveryContext":{"isRedelivery":false}}]}',
    ]


@T("dlt", neg=True)
def neg_epoch_queue_snapshot(r: random.Random) -> list:
    stamps = epoch_series(r, 3, span_ms=900_000)
    rows = "".join(f"{t},{b},{r.randint(0, 60)},{r.randint(3, 40)}\n"
                   for t, b in zip(stamps, ["ต่อใบขับขี่", "ชำระภาษี", "จดทะเบียนใหม่"], strict=True))
    return [
        "คิวสำนักงานขนส่ง (ts_ms,service,waiting,avg_wait_min) ช่วยทำกราฟสรุปช่วงเช้า:\n", rows,
    ]


@T("court", neg=True)
def neg_epoch_kafka_efiling(r: random.Random) -> list:
    t0, t1, t2 = epoch_series(r, 3, span_ms=600_000)
    return [
        "Consumer lag on efiling-events, explain:\n",
        "partition=0 offset=", str(r.randint(10**6, 10**7)), " ts=", t2, " lag=", str(r.randint(0, 50)), "\n",
        "partition=1 offset=", str(r.randint(10**6, 10**7)), " ts=", t0, " lag=", str(r.randint(5000, 90000)), "\n",
        "partition=2 offset=", str(r.randint(10**6, 10**7)), " ts=", t1, " lag=", str(r.randint(0, 50)),
    ]


@T("sso", neg=True)
def neg_epoch_batch_job_status(r: random.Random) -> list:
    start, end = epoch_series(r, 2, span_ms=7_200_000)
    return [
        "สถานะงาน batch โอนเงินทดแทนกรณีว่างงาน (ไม่มีข้อมูลรายบุคคล):\n",
        "job_id: UNEMP-PAY-", str(r.randint(100, 999)), "\nstarted_at_ms: ", start, "\nfinished_at_ms: ", end, "\n",
        "records: ", f"{r.randint(10000, 90000):,}", "\nfailed: ", str(r.randint(0, 40)), " (bank code mismatch)\n",
        "ช่วยเขียนสรุปสั้นให้ผู้อำนวยการกอง",
    ]


@T("hospital", neg=True)
def neg_epoch_appointment_slots_api(r: random.Random) -> list:
    # 2026-03-02 08:00-12:00 Asia/Bangkok
    s1, s2 = epoch_series(r, 2, span_ms=7_200_000, lo=1_772_413_200_000, hi=1_772_420_400_000)
    return [
        "GET /api/v2/slots?clinic=MED&date=2026-03-02 returns this; frontend shows wrong times. Bug?\n",
        '[{"slot_id":"S-', str(r.randint(1000, 9999)), '","start":', s1, ',"capacity":20,"booked":',
        str(r.randint(0, 20)), '},\n {"slot_id":"S-', str(r.randint(1000, 9999)), '","start":', s2,
        ',"capacity":20,"booked":', str(r.randint(0, 20)), '}]\n',
        "// frontend: new Date(slot.start * 1000)",
    ]


# ============================== negatives: same offices, no personal data ==============================
@T("dlt", neg=True)
def neg_dlt_fee_table_thai_digits(r: random.Random) -> list:
    return [
        "ตารางค่าธรรมเนียม กรมการขนส่งทางบก (ช่วยแปลงเป็น JSON)\n",
        "ใบอนุญาตขับรถยนต์ส่วนบุคคลชั่วคราว ๒ ปี ............ ๑๐๐ บาท\n",
        "ใบอนุญาตขับรถยนต์ส่วนบุคคล ๕ ปี ................. ๕๐๕ บาท\n",
        "ใบอนุญาตขับรถจักรยานยนต์ส่วนบุคคล ๕ ปี .......... ๒๕๕ บาท\n",
        "ค่าธรรมเนียมแผ่นป้ายทะเบียน ...................... ๑๐๐ บาท\n",
        "ค่าคำขอ ........................................ ", thd(r.choice(["5", "10"])), " บาท",
    ]


@T("revenue", neg=True)
def neg_pit_brackets_question(r: random.Random) -> list:
    inc = r.choice([420000, 650000, 1200000])
    return [
        "คำนวณภาษีเงินได้บุคคลธรรมดาให้หน่อย เงินเดือนรวมทั้งปี ", f"{inc:,}", " บาท หักค่าใช้จ่าย 100,000 ",
        "ลดหย่อนส่วนตัว 60,000 ประกันสังคม 9,000 ใช้อัตราก้าวหน้า: 0-150,000 ยกเว้น, 150,001-300,000 5%, ",
        "300,001-500,000 10%, 500,001-750,000 15%, 750,001-1,000,000 20%, 1,000,001-2,000,000 25%",
    ]


@T("sso", neg=True)
def neg_sso_contribution_rates_en(r: random.Random) -> list:
    return [
        "Explain these Social Security contribution rules to a new HR intern:\n",
        "Section 33: employee 5%, employer 5%, government 2.75%; wage base THB 1,650-",
        r.choice(["15,000", "17,500"]), "/month.\nSection 39: flat THB 432/month.\n",
        "Section 40: options 1/2/3 at THB 70, 100 or 300 per month.\n",
        "Filing: form สปส.1-10 by the 15th of the following month via e-service.",
    ]


@T("provincial", neg=True)
def neg_office_hours_notice(r: random.Random) -> list:
    return [
        "ประกาศ ศูนย์ดำรงธรรมอำเภอ", r.choice(["เมืองน่าน", "ปางมะผ้า", "หาดใหญ่"]), "\n",
        "เปิดรับเรื่องร้องเรียน วันจันทร์-ศุกร์ 08.30-16.30 น. (เว้นวันหยุดราชการ)\n",
        "ช่องทาง: สายด่วน 1567 / ตู้ ปณ. ", str(r.randint(1, 30)), " / เว็บไซต์ ศูนย์ดำรงธรรม / LINE OA @damrongdham\n",
        "งดให้บริการชั่วคราว ", day(r), " เนื่องจากปรับปรุงระบบไฟฟ้า\n",
        "ช่วยเขียนข้อความแจ้งในเพจให้กระชับ",
    ]


@T("revenue", neg=True)
def neg_efiling_deadline_faq(r: random.Random) -> list:
    return [
        "Q: ยื่นแบบ ภ.ง.ด.90/91 ทางอินเทอร์เน็ตได้ถึงวันไหน\n",
        "A: ยื่นแบบกระดาษภายใน 31 มีนาคม ยื่นทางอินเทอร์เน็ตขยายถึง 8 เมษายน ",
        "ผู้ที่ขอคืนภาษีควรแนบเอกสารภายใน 15 วันหลังได้รับแจ้ง และตรวจสอบสถานะได้ที่เมนู 'ตรวจสอบสถานะการคืนภาษี'\n",
        "Q: ", r.choice(["ลืมรหัสผ่านทำอย่างไร", "ผ่อนชำระได้กี่งวด"]), "\n",
        "ช่วยเขียนคำตอบข้อสุดท้ายตามแนวเดียวกัน",
    ]


@T("revenue", neg=True)
def neg_dg_announcement(r: random.Random) -> list:
    return [
        "Translate this press release into English:\n",
        "นายปิ่นสาย สุรัสวดี อธิบดีกรมสรรพากร เปิดเผยว่า ปีภาษีนี้มีผู้ยื่นแบบผ่านอินเทอร์เน็ตแล้วกว่า ",
        f"{r.randint(10, 12)}.{r.randint(1, 9)}", " ล้านราย คิดเป็นร้อยละ 95 ของผู้ยื่นทั้งหมด ",
        "และกรมฯ คืนภาษีภายใน 3 วันสำหรับผู้ที่ไม่ต้องตรวจสอบเอกสารเพิ่มเติม ขอให้ผู้เสียภาษีระวังมิจฉาชีพ",
        "ที่แอบอ้างส่ง SMS ให้กดลิงก์ขอคืนภาษี",
    ]


@T("revenue", neg=True)
def neg_template_refund_letter_placeholders(r: random.Random) -> list:
    return [
        "ปรับแม่แบบหนังสือนี้ให้รองรับ jinja2 (ยังไม่ต้องใส่ข้อมูลจริง):\n\n",
        "ที่ กค ๐๗๐๒/{{ doc_no }}\n\nเรื่อง แจ้งผลการพิจารณาคืนเงินภาษีอากร\n",
        "เรียน [คำนำหน้า][ชื่อ] [นามสกุล]\nที่อยู่ [บ้านเลขที่] [ตำบล/แขวง] [อำเภอ/เขต] [จังหวัด] [รหัสไปรษณีย์]\n",
        "เลขประจำตัวผู้เสียภาษีอากร X-XXXX-XXXXX-XX-X\n\n",
        "ตามที่ท่านได้ยื่นแบบ ... อนุมัติคืนเงินภาษีจำนวน {จำนวนเงิน} บาท โดยโอนเข้าบัญชี {ธนาคาร} เลขที่ {เลขบัญชี}",
    ]


@T("sso", neg=True)
def neg_template_sso_letter_blank(r: random.Random) -> list:
    return [
        "Fill-in template used by the SSO back office — please add an English version next to each line:\n",
        "เรียน ____________________\nเลขประจำตัวประชาชน __-____-_____-__-_\n",
        "สำนักงานประกันสังคมได้รับคำขอรับประโยชน์ทดแทนกรณี ( ) เจ็บป่วย ( ) คลอดบุตร ( ) ทุพพลภาพ ( ) ว่างงาน ",
        "ของท่านเมื่อวันที่ ____ และอยู่ระหว่างพิจารณา โปรดติดต่อ สปส.เขตพื้นที่ ", str(r.randint(1, 12)),
        " หรือสายด่วน 1506",
    ]


@T("ombudsman", neg=True)
def neg_sample_complaint_form(r: random.Random) -> list:
    return [
        "นี่คือแบบฟอร์มตัวอย่างบนเว็บ ผู้ตรวจการแผ่นดิน ช่วยแนะนำว่าช่องไหนควรเป็น required:\n",
        "ชื่อ-นามสกุล: ______\nเลขประจำตัวประชาชน: x-xxxx-xxxxx-xx-x\nที่อยู่: ______\n",
        "โทรศัพท์: 0xx-xxx-xxxx\nอีเมล: name@example.com\nหน่วยงานที่ถูกร้องเรียน: ______\n",
        "รายละเอียด: (ไม่เกิน ", r.choice(["2,000", "3,000"]), " ตัวอักษร)\nแนบไฟล์: pdf/jpg ไม่เกิน 10 MB",
    ]


@T("ombudsman", neg=True)
def neg_ombudsman_stats(r: random.Random) -> list:
    return [
        "Turn these figures into a 3-sentence paragraph for the annual report:\n",
        f"Complaints received FY2568: {r.randint(4000, 7000):,}\n",
        f"- Local government: {r.randint(30, 40)}%\n- Land & housing: {r.randint(10, 20)}%\n",
        f"- Police & justice: {r.randint(8, 15)}%\n- Health services: {r.randint(4, 9)}%\n",
        f"Average time to close: {r.randint(90, 200)} days",
    ]


@T("nhso", neg=True)
def neg_chatbot_intent_yaml(r: random.Random) -> list:
    return [
        "Review this Rasa-style intent file for the 1330 bot; suggest more Thai examples:\n",
        "- intent: change_unit\n  examples: |\n    - ย้ายสิทธิบัตรทอง\n    - อยากเปลี่ยนโรงพยาบาล\n",
        "    - ย้ายบ้านแล้วต้องย้ายสิทธิไหม\n- intent: check_rights\n  examples: |\n    - เช็คสิทธิ\n",
        "    - ตอนนี้ใช้สิทธิอะไรอยู่\n- intent: complaint\n  examples: |\n    - โรงพยาบาลเก็บเงิน\n",
        "    - ", r.choice(["ถูกเรียกเก็บค่ายา", "หมอไม่ส่งตัว"]), "\n",
    ]


@T("nhso", neg=True)
def neg_nhso_hotline_faq_en(r: random.Random) -> list:
    return [
        "Proofread this English FAQ:\n",
        "Q: How can I check which hospital my gold card is registered with?\n",
        "A: Dial 1330 press 2, use the สปสช. LINE OA (@nhso), or the 'สปสช.' mobile app. Have your 13-digit ID ready. ",
        "You may change your registered unit up to ", r.choice(["4", "four"]), " times a year; the change takes effect immediately.",
    ]


@T("hospital", neg=True)
def neg_appt_bot_flow_json(r: random.Random) -> list:
    return [
        "เพิ่มขั้นตอน 'ยืนยันตัวตนด้วย OTP' ใน flow นี้ให้หน่อย:\n",
        '{"flow":"reschedule","steps":[{"ask":"hn_or_pid","validate":"^(\\\\d{5,10}|\\\\d{13})$"},',
        '{"ask":"choose_appt","source":"his.appointments"},{"ask":"new_date","min_days":', str(r.randint(1, 3)), '},',
        '{"confirm":"คุณต้องการเลื่อนนัดเป็นวันที่ {{new_date}} ใช่หรือไม่"}],"fallback":"handover_nurse"}',
    ]


@T("dlt", neg=True)
def neg_vanity_plate_auction(r: random.Random) -> list:
    return [
        "ประกาศประมูลป้ายทะเบียนรถเลขสวย หมวดใหม่ (ยังไม่มีผู้ครอบครอง) — เขียนแคปชันโปรโมตให้หน่อย\n",
        "ลำดับ | หมายเลข | ราคาเริ่มต้น\n",
        f"1 | 9กข 9999 | {r.randint(300, 500)},000\n",
        f"2 | 9กข 8888 | {r.randint(200, 400)},000\n",
        f"3 | 9กข 5555 | {r.randint(100, 200)},000\n",
        "ประมูลออนไลน์ผ่านเว็บไซต์กรมการขนส่งทางบก รายได้สมทบกองทุนเพื่อความปลอดภัยในการใช้รถใช้ถนน",
    ]


@T("doe", neg=True)
def neg_work_permit_fee_table(r: random.Random) -> list:
    return [
        "ค่าธรรมเนียมใบอนุญาตทำงานคนต่างด้าว (สรุปให้นายจ้าง)\n",
        "- ใบอนุญาตทำงาน ไม่เกิน 3 เดือน 750 บาท / 6 เดือน 1,500 บาท / 1 ปี 3,000 บาท\n",
        "- แรงงาน MOU ลดเหลือปีละ 900 บาท (ราย 3 เดือน 225 บาท)\n",
        "- ค่าคำขอ 100 บาท | ใบแทน 500 บาท | เปลี่ยนนายจ้าง ", r.choice(["1,000", "3,000"]), " บาท\n",
        "ช่วยทำเป็นตารางภาษาอังกฤษ",
    ]


@T("court", neg=True)
def neg_efiling_user_manual(r: random.Random) -> list:
    return [
        "Simplify these CIOS e-Filing steps for citizens representing themselves:\n",
        "1. Register at efiling.coj.go.th and verify identity via ThaID.\n",
        "2. Choose court, case type and upload the complaint as PDF/A (max ", r.choice(["20", "30"]), " MB).\n",
        "3. Pay court fees by QR, bank transfer or card; the system issues an e-receipt.\n",
        "4. Track the case number and receive summons electronically.",
    ]


@T("ect", neg=True)
def neg_election_timeline(r: random.Random) -> list:
    return [
        "กำหนดการเลือกตั้ง (ร่าง) — ช่วยทำ timeline แบบ mermaid gantt\n",
        "รับสมัคร: ", " ถึง ".join(day_range(r, 4)), "\nลงทะเบียนใช้สิทธิล่วงหน้า: 30 วันก่อนวันเลือกตั้ง\n",
        "เลือกตั้งล่วงหน้า: 7 วันก่อนวันเลือกตั้ง 08.00-17.00 น.\nวันเลือกตั้ง: 08.00-17.00 น.\n",
        "แจ้งเหตุไม่ไปใช้สิทธิ: ภายใน 7 วันก่อนหรือหลังวันเลือกตั้ง",
    ]


@T("other_gov", neg=True)
def neg_land_office_fee_question(r: random.Random) -> list:
    price = r.choice([1800000, 2500000, 4200000])
    return [
        "ค่าธรรมเนียมโอนบ้านที่สำนักงานที่ดิน คิดยังไงถ้าราคาประเมิน ", f"{price:,}", " บาท ซื้อขายจริง ",
        f"{price + 300000:,}", " บาท ถือครองมา 3 ปี ต้องเสียภาษีธุรกิจเฉพาะ 3.3% ไหม ค่าโอน 1% หรือ 2% ค่าจดจำนอง 1%",
    ]


@T("other_gov", neg=True)
def neg_role_mailboxes_directory(r: random.Random) -> list:
    return [
        "ช่วยจัดรายการติดต่อหน่วยงานให้เป็นตาราง markdown:\n",
        "สารบรรณกลาง: saraban@", r.choice(["doe.go.th", "dlt.go.th", "sso.go.th"]), "\n",
        "ศูนย์บริการข้อมูล: info@nhso.go.th (ตอบภายใน 3 วันทำการ)\n",
        "แจ้งปัญหาระบบ: support@efiling.rd.go.th\n",
        "สายด่วน: ประกันสังคม 1506 / ขนส่ง 1584 / สรรพากร 1161 / สปสช. 1330 / ศูนย์ดำรงธรรม 1567",
    ]


@T("other_gov", neg=True)
def neg_code_nid_validator(r: random.Random) -> list:
    return [
        "Review this validator; tests fail for the second case:\n```python\n",
        "def valid_pid(pid: str) -> bool:\n    d = [int(c) for c in pid if c.isdigit()]\n",
        "    if len(d) != 13:\n        return False\n",
        "    s = sum(d[i] * (13 - i) for i in range(12))\n    return (11 - s % 11) % 10 == d[12]\n\n",
        "assert not valid_pid('1234567890123')\nassert not valid_pid('", r.choice(["0000000000000", "1111111111111"]), "')\n```",
    ]


@T("other_gov", neg=True)
def neg_sql_complaints_schema(r: random.Random) -> list:
    return [
        "Suggest indexes for this complaints table (Damrongdham case system):\n",
        "CREATE TABLE complaint (\n  id BIGSERIAL PRIMARY KEY,\n  received_at TIMESTAMPTZ NOT NULL,\n",
        "  channel VARCHAR(16), -- web|line|1567|walkin\n  province_code CHAR(2),\n  category_id INT,\n",
        "  citizen_pid_hash CHAR(64), -- HMAC, never raw\n  status VARCHAR(12) DEFAULT 'open'\n);\n",
        "-- ~", str(r.randint(2, 9)), "M rows, queries filter by province_code + status + received_at",
    ]


@T("doe", neg=True)
def neg_minister_press_release(r: random.Random) -> list:
    return [
        "สรุปข่าวนี้ 2 บรรทัดสำหรับหน้าเว็บกรมการจัดหางาน:\n",
        "นายพิพัฒน์ รัชกิจประการ รัฐมนตรีว่าการกระทรวงแรงงาน ลงพื้นที่จังหวัดสมุทรสาคร ",
        "ติดตามการขึ้นทะเบียนแรงงานต่างด้าวสัญชาติเมียนมา ลาว กัมพูชา ซึ่งมีผู้มายื่นคำขอแล้วกว่า ",
        f"{r.randint(200, 600)},000", " คน กำชับให้เจ้าหน้าที่อำนวยความสะดวกและป้องกันการเรียกรับผลประโยชน์",
    ]


@T("sso", neg=True)
def neg_weekly_ops_meeting_notes(r: random.Random) -> list:
    return [
        "สรุปรายงานการประชุมทีมแชทบอท สปส. ประจำสัปดาห์ (ไม่มีข้อมูลผู้ประกันตน)\n",
        f"- ข้อความเข้า {r.randint(40, 90)},{r.randint(100, 999)} ข้อความ บอทตอบได้เอง {r.randint(60, 80)}%\n",
        "- intent ที่ตอบผิดบ่อย: เงินชราภาพ, กรณีว่างงานลาออกเอง\n",
        "- ปัญหา: OTP ล่าช้าช่วง 19.00-21.00 น. จากผู้ให้บริการ SMS\n",
        "- Action: ฝ่าย IT ประสาน vendor, ฝ่ายสิทธิประโยชน์ส่ง FAQ ใหม่ 12 ข้อ",
    ]


@T("other_gov", neg=True)
def neg_ems_tracking_letters(r: random.Random) -> list:
    rows = "".join(f"E{r.choice('BFJ')}{r.randint(10**8, 10**9 - 1)}TH  ส่งแล้ว  {day(r)}\n" for _ in range(3))
    return [
        "เลขพัสดุหนังสือแจ้งผลที่ส่งวันนี้ ตรวจว่ามีเลขซ้ำไหม (หนังสือราชการ ไม่มีชื่อผู้รับในไฟล์นี้):\n", rows,
    ]


@T("other_gov", neg=True)
def neg_tangrat_release_notes_en(r: random.Random) -> list:
    return [
        "Write app-store release notes (EN + TH) from this changelog:\n",
        f"v{r.randint(4, 6)}.{r.randint(0, 9)}.{r.randint(0, 20)}\n",
        "- New: check welfare-card balance on the home screen\n- Fix: face verification crash on Android 15\n",
        "- Improved: elderly mode with larger fonts\n- Removed: legacy PIN login",
    ]


@T("other_gov", neg=True)
def neg_immigration_visa_faq_en(r: random.Random) -> list:
    return [
        "Shorten this FAQ answer for the chatbot:\n",
        "Foreigners staying longer than 90 consecutive days must notify Immigration of their address every 90 days. ",
        "This can be done online up to 15 days before or 7 days after the due date. Late reporting incurs a fine of ",
        r.choice(["2,000", "5,000"]), " THB. Landlords must file TM.30 within 24 hours of a foreigner's arrival.",
    ]


@T("dlt", neg=True)
def neg_vehicle_tax_calc(r: random.Random) -> list:
    cc = r.choice([1200, 1500, 1800, 2400])
    return [
        "รถเก๋ง ", str(cc), " ซีซี อายุรถ ", str(r.randint(6, 10)), " ปี ภาษีประจำปีเท่าไร ",
        "ใช้อัตรา 600 ซีซีแรก ซีซีละ 50 สตางค์ 601-1800 ซีซีละ 1.50 บาท เกิน 1800 ซีซีละ 4 บาท ",
        "รถอายุเกิน 5 ปีลดร้อยละ 10 ต่อปี สูงสุดร้อยละ 50",
    ]


@T("provincial", neg=True)
def neg_elderly_allowance_rates(r: random.Random) -> list:
    return [
        "อธิบายอัตราเบี้ยยังชีพผู้สูงอายุแบบขั้นบันได ให้คนอายุเยอะอ่านง่าย ตัวเลขไทย:\n",
        "อายุ ๖๐-๖๙ ปี เดือนละ ๖๐๐ บาท\nอายุ ๗๐-๗๙ ปี เดือนละ ๗๐๐ บาท\n",
        "อายุ ๘๐-๘๙ ปี เดือนละ ๘๐๐ บาท\nอายุ ๙๐ ปีขึ้นไป เดือนละ ๑,๐๐๐ บาท\n",
        "ลงทะเบียนได้ที่ อบต./เทศบาล ", r.choice(["ตั้งแต่อายุ ๕๙ ปี", "ในเดือนตุลาคม-พฤศจิกายน"]),
    ]


@T("nhso", neg=True)
def neg_bot_canned_responses(r: random.Random) -> list:
    return [
        "Make these canned bot replies sound warmer (Thai):\n",
        "1. ขออภัย ระบบไม่เข้าใจคำถาม กรุณาเลือกเมนู\n2. กรุณารอสักครู่ กำลังโอนสายให้เจ้าหน้าที่\n",
        "3. นอกเวลาทำการ เจ้าหน้าที่จะติดต่อกลับในวันทำการถัดไป\n",
        "4. เพื่อความปลอดภัย กรุณาอย่าส่งรูปบัตรประชาชนทางแชท\n5. ", r.choice(["ขอบคุณที่ใช้บริการ", "ประเมินความพึงพอใจ 1-5"]),
    ]


@T("ombudsman", neg=True)
def neg_officer_prompt_template(r: random.Random) -> list:
    return [
        "SYSTEM: คุณคือผู้ช่วยพนักงานผู้ตรวจการแผ่นดิน สรุปคำร้องเป็น 4 หัวข้อ: ผู้ร้อง / หน่วยงานที่ถูกร้อง / ประเด็น / ",
        "คำขอ ห้ามเปิดเผยชื่อผู้ร้องในบทสรุป ให้ใช้ \"ผู้ร้อง\" แทน\n",
        "USER: {{complaint_text}}\n",
        "# max_tokens=", str(r.choice([512, 800])), " temperature=0.2",
    ]


@T("dlt", neg=True)
def neg_long_weekend_service_notice(r: random.Random) -> list:
    return [
        "Announcement draft (DLT), translate to English for the website:\n",
        "ในช่วงวันหยุดยาวเทศกาลสงกรานต์ สำนักงานขนส่งทุกแห่งปิดให้บริการ ",
        r.choice(["12-16 เมษายน 2569", "11-15 เมษายน 2570", "12-15 เมษายน 2569"]),
        " ประชาชนสามารถชำระภาษีรถประจำปีทางแอป DLT Vehicle Tax, ที่ร้านสะดวกซื้อ และจุดบริการ Drive Thru for Tax ",
        "ใบขับขี่ที่หมดอายุในช่วงนี้ต่ออายุได้ภายใน 1 ปีโดยไม่ต้องสอบใหม่",
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
        row["id"] = f"f27-{n:04d}"
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
        if r["negative"]:
            continue
        for e in r["entities"]:
            if r["text"][e["start"]:e["end"]] != r["text"][e["start"]:e["end"]].strip():
                problems.append(f"{r['id']}: unstripped span")
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
            print(f"{args.out} is stale: rerun bench/make_freshset27.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
