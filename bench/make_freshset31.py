"""Thirty-first blind held-out set for pdpa-guard: bench/freshset31.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md and the interface of tests/test_freshsets.py only. Emphasis: regional Thailand. The deep
South (Malay-Muslim names in Thai script and in rumi, with บิน/บินติ/bin/binti and มะ/เจ๊ะ/แว/นิ
prefixes, mosques and Islamic committees, zakat, nikah, legal aid under the emergency decree), the North
(hill-tribe and Tai Yai names, stateless people whose 13-digit numbers start with 6, 7 or 8, border
checkpoints at Mae Sai, Mae Sot, Chong Mek and Sadao), Isan and Northern dialect chat, village health
volunteers (อสม.) and sub-district health promoting hospitals (รพ.สต.), agricultural cooperatives and
BAAC (ธ.ก.ส.) loans, and local administrative organisations (อบต./เทศบาล). Every prompt comes from a
template (one function below) that assembles it from plain strings and ``(entity_type, value)`` tuples,
so the gold offsets are exact by construction. All values are fabricated; names are hand-written here.

Conventions: PERSON is the name without its title or kinship prefix (นาย, นาง, น.ส., ด.ช., ด.ญ., คุณ,
ยาย, ตา, ลุง, ป้า, แม่อุ๊ย, พ่ออุ๊ย, ก๊ะ, เปาะ, อุสตาซ, บาบอ, โต๊ะอิหม่าม, หะยี, Mr, Encik, Puan, Dr ...);
the Malay patronymic (บิน/บินติ/bin/binti + father's name) is part of the name. ADDRESS is one span from
the house number to the postcode (or province); DATE_OF_BIRTH is the date only; cued numbers (HN, student
ID, account ...) are the number only; a plate includes the province written right after it; s.26 spans
are the shortest phrase disclosing the fact about the person. Role mailboxes (info@, saraban@ ...) and
public offices' addresses and phone numbers are not personal data and are left unlabelled; public
figures in news are not labelled. Stateless people's numbers that start with 0 cannot pass the PIN
checksum used by the tests, so labelled identity numbers of stateless people start with 6, 7 or 8; a
0-prefixed number appears only masked, in a negative.

    python bench/make_freshset31.py            # (re)write bench/freshset31.jsonl
    python bench/make_freshset31.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset31.py --stats    # print coverage
"""

from __future__ import annotations

import argparse
import functools
import ipaddress
import json
import operator
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

OUT = Path(__file__).resolve().parent / "freshset31.jsonl"
PROMPTS_PER_TEMPLATE = 2

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
# Malay-Muslim names of the deep South written in Thai script.
SOUTH_TH_M = [
    "มะรอนิง สาแม", "อับดุลเลาะ เจ๊ะมะ", "แวอาลี แวดือราแม", "ซูไฮมี ดือราแม", "อิสมาแอ เจ๊ะแว",
    "มูฮัมมัดซากี บือราเฮง", "ยูโซะ มามะ", "กัสนี ตาเห", "อับดุลรอฮิม หะยีสาเมาะ", "มะยาการียา เจ๊ะอาลี",
    "มะนาเซ ยูโซ๊ะ", "แวฮาซัน แวมูซอ", "นิฮัสซัน นิแว", "มะซากี สะแลแม",
]
SOUTH_TH_F = [
    "รอฮานี แวหะมะ", "นูรีดา เจ๊ะอูมา", "ฟาตีเมาะ มะลี", "ซัลมะห์ สะมะแอ", "นิอัสมะ นิเลาะ", "ซาปีนะ อาบู",
    "ตอฮีเราะ ลาเตะ", "อาซีซะห์ แวนิ", "เจ๊ะมิเดาะ สาและ", "ซารีฟะห์ อาแวกาจิ", "รุสนี มะแซ",
]
SOUTH_TH = SOUTH_TH_M + SOUTH_TH_F
# With the patronymic บิน / บินติ as written on mosque and Islamic committee forms.
SOUTH_BIN_TH = [
    "อับดุลเลาะ บิน อิสมาแอ", "ซูไรยา บินติ ฮามะ", "มะนาเซ บิน ยูโซ๊ะ", "ฮาลีเมาะ บินติ อับดุลรอมัน",
    "อิบรอเฮง บิน เจ๊ะเต๊ะ", "นูรฮายาตี บินติ มะ", "มูฮัมหมัดรอซาลี บิน แวสาและ", "ฟาตีฮะห์ บินติ ยูโซ๊ะ",
    "อาห์หมัด บิน เจ๊ะหลง", "รอกีเย๊าะ บินติ สะแม",
]
# The same people as they spell themselves in rumi / Latin.
SOUTH_RUMI_M = [
    "Abdullah bin Ismail", "Mohd Zaki Bueraheng", "Che Mat Yusoh", "Nik Hasan Nik Leh", "Ismail Jehwae",
    "Ahmad Fauzi bin Abdul Rahman", "Muhammad Hafiz bin Che Lah", "Abdulrahim Hayeesamoh", "Marohning Samae",
    "Sulaiman bin Wae-ali", "Kasnee Tahe", "Mahamasakee Salaemae",
]
SOUTH_RUMI_F = [
    "Suraya binti Hamah", "Wan Aisyah Wan Ismail", "Rohani Waehama", "Nurida Che-uma", "Fatimah Mali",
    "Nurul Huda binti Yusof", "Rusnee Masae", "Halimah binti Abdulrohman",
]
SOUTH_RUMI = SOUTH_RUMI_M + SOUTH_RUMI_F
MALAYSIAN = ["Ahmad Faiz bin Hashim", "Lim Wei Jie", "Kavitha Raman", "Nor Azlina binti Mahmud", "Tan Boon Keat",
             "Mohd Syafiq bin Rosli", "Siti Aminah binti Kassim"]
# Hill-tribe, Tai Yai and Northern names written in Thai script.
TRIBE_TH = [
    "อาเผ่อ เชอหมื่อ", "อาหมี่ มาเยอะ", "หมี่จู เยส่อ", "จะอื่อ จะหา", "นาแฮ จะนะ", "จะก่อ จะพือ",
    "ลีจา เลายีปา", "ซัว แซ่ย่าง", "เปา แซ่ว่าง", "หมี่ แซ่ลี", "ไซ แซ่ท้าว", "เย่ง แซ่มัว",
    "หน่อแฮ ชีวิตไพร", "ดิ๊แปะ ทรัพย์ดอย", "มึจือ ปู่หน่อ", "ฟามฟู แซ่เติ๋น", "ไหลเหมย แซ่จ๋าว",
    "อาจู อามอ", "บุญยืน ลัวะคีรี", "นาโพ ยอดคีรี",
]
TAIYAI_TH = ["จายแสง ลุงคำ", "จายหลาว ใจแก้ว", "ปานคำ แสงหล้า", "จายคำ ลุงต่า", "หอมนวล ปู่หม่อง",
             "จายจิ่ง อ่องมิน", "นวลแสง ลุงหน่อ", "จายทุน แสงจันทร์"]
TRIBE_EN = ["Apher Chermue", "Ami Mayoe", "Jaue Jaha", "Nahae Jana", "Sua Sae-yang", "Pao Sae-vang",
            "Mee Sae-lee", "Nor Hae Chiwitphrai", "Sai Laew Jaikaew", "Pan Kham Saenglah", "Fam Fu Saetern",
            "Aju Amor", "Sai Kham Lungta", "Mueju Punor"]
NORTH_M = ["คำแปง ใจมา", "อินสม ก๋องคำ", "แก้วมูล ต๊ะวิชัย", "สมบูรณ์ กาวิละ", "จันทร์แก้ว ธิมา"]
NORTH_F = ["บัวจันทร์ อินต๊ะ", "ศรีนวล ปัญญาวงค์", "จันทร์ติ๊บ สุริยะ", "ดวงดี ปินตา", "บุญศรี ยาวิชัย", "เอื้องคำ จันต๊ะ"]
NORTH_TH = NORTH_M + NORTH_F
ISAN_M = ["บุญหลาย ศรีสุข", "ทองคำ ศรีบุญเรือง", "บุญเพ็ง คำภูแก้ว", "คำปุ่น พรมมา", "คำตัน โพธิ์ศรี", "ประยูร ภูผาลา"]
ISAN_F = ["บัวลอง แสนสุข", "หนูพิน ศรีหาวงศ์", "สุดใจ บุตรดี", "ไพรวัลย์ พิมพ์ทอง", "ทองสุข วงศ์คำจันทร์", "สมพร ไชยศรี"]
ISAN_TH = ISAN_M + ISAN_F
ISAN_EN_M = ["Boonlai Srisuk", "Thongkham Sriboonruang", "Khampun Promma", "Prayoon Phuphala"]
ISAN_EN = [*ISAN_EN_M, "Sompon Chaisri", "Nuphin Srihawong", "Sudjai Butdee"]
SOUTH_BUDDHIST_TH = ["สุนทร แก้วมณี", "จิราภรณ์ ทองขาว", "สมปอง ชูแก้ว", "วิไลวรรณ หนูนุ่ม", "ประพันธ์ ขุนทอง"]
STAFF_TH = ["ปวีณา ศรีสวัสดิ์", "อรวรรณ เพ็ชรรัตน์", "ธนกฤต บุญมา", "กัลยา สุวรรณรัตน์", "วีรยุทธ คงสุข",
            "นันทนา อินทร์แก้ว", "สุภาพร มณีวงศ์", "ชาตรี ทองดี"]
STAFF_EN = ["Paweena Srisawat", "Orawan Phetcharat", "Thanakrit Boonma", "Kanlaya Suwannarat", "Chatree Thongdee"]
LAO_EN = ["Khamphone Sisouvanh", "Vilayphone Keomany", "Bounthavy Phommasack", "Soudaphone Inthavong"]
LAO_TH = ["คำพอน สีสุวัน", "วิไลพอน แก้วมะนี", "บุนทะวี พมมะสัก", "สุดาพอน อินทะวง"]
MM_EN = ["Aung Ko Ko", "Thida Win", "Zaw Min Tun", "Nyein Chan Aung", "Khin Mar Lwin", "Kyaw Zin Oo"]
MM_TH = ["อ่อง โก โก", "ทิดา วิน", "ซอ มิน ทุน", "เญน ชาน อ่อง", "ขิ่น มา ลวิน", "จ่อ ซิน อู"]
KH_EN = ["Sokha Chea", "Dara Sok", "Vannak Pich"]
WESTERN = ["Rachel Hughes", "Daniel Kessler", "Marta Nowak", "Tom Verhoeven", "Claire Dubois"]


def ch(r: random.Random, seq: list):
    return r.choice(seq)


# ----------------------------------------------------------------------------------------------
# Value generators (all fabricated; checksums computed, never looked up)
# ----------------------------------------------------------------------------------------------
PROV_CODE = {"ยะลา": "95", "ปัตตานี": "94", "นราธิวาส": "96", "สงขลา": "90", "สตูล": "91", "เชียงราย": "57",
             "เชียงใหม่": "50", "แม่ฮ่องสอน": "58", "ตาก": "63", "น่าน": "55", "อุดรธานี": "41", "ขอนแก่น": "40",
             "อุบลราชธานี": "34", "นครพนม": "48", "หนองคาย": "43", "มุกดาหาร": "49", "กาฬสินธุ์": "46",
             "มหาสารคาม": "44", "พะเยา": "56", "ลำปาง": "52"}


def _fmt13(d: str, style: str) -> str:
    if style == "dash":
        return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"
    if style == "space":
        return f"{d[0]} {d[1:5]} {d[5:10]} {d[10:12]} {d[12]}"
    return d


def nid(r: random.Random, first: str | None = None, prov: str | None = None, style: str | None = None) -> str:
    """A PIN-valid 13-digit number; first digit 1/3 for Thais, 6/7/8 for stateless or naturalised people."""
    first = first or r.choice("1133")
    code = PROV_CODE.get(prov or "") or r.choice(list(PROV_CODE.values()))
    body = first + code + f"{r.randint(1, 19):02d}" + "".join(r.choice("0123456789") for _ in range(7))
    d = body + pin.calc_check_digit(body)
    assert pin.is_valid(d)
    return _fmt13(d, style or r.choice(["plain", "dash", "dash", "space"]))


def stateless_id(r: random.Random, prov: str | None = None, style: str | None = None) -> str:
    return nid(r, first=r.choice("6677788"), prov=prov, style=style)


def juristic(r: random.Random, prov: str | None = None, style: str | None = None) -> str:
    code = PROV_CODE.get(prov or "") or r.choice(list(PROV_CODE.values()))
    body = "0" + code + r.choice("5553") + f"{r.randint(45, 67):02d}" + "".join(r.choice("0123456789") for _ in range(6))
    d = body + moa.calc_check_digit(body)
    assert moa.is_valid(d) and len(d) == 13
    style = style or r.choice(["plain", "plain", "dash"])
    if style == "dash":
        return f"{d[0]}-{d[1:3]}-{d[3]}-{d[4:7]}-{d[7:12]}-{d[12]}"
    return d


def epoch_ms(r: random.Random, lo: int = 1_700_000_000_000, hi: int = 1_860_000_000_000) -> str:
    """A 13-digit epoch-millisecond timestamp that happens to pass the Thai PIN checksum."""
    while True:
        v = str(r.randint(lo, hi))
        if pin.is_valid(v):
            return v


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def card(r: random.Random, style: str | None = None) -> str:
    prefix = r.choice(["4", "4", "5", "5", "35"])
    body = prefix + "".join(r.choice("0123456789") for _ in range(15 - len(prefix)))
    for c in "0123456789":
        if _luhn_ok(body + c):
            d = body + c
            break
    style = style or r.choice(["space", "dash", "plain"])
    if style == "space":
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    if style == "dash":
        return "-".join(d[i:i + 4] for i in range(0, 16, 4))
    return d


def _valid_phone(v: str) -> bool:
    try:
        n = phonenumbers.parse(v, "TH")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n)


def mobile(r: random.Random, style: str | None = None) -> str:
    while True:
        d = "0" + r.choice("869") + "".join(r.choice("0123456789") for _ in range(8))
        s = style or r.choice(["dash", "dash", "plain", "intl", "space"])
        if s == "dash":
            v = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        elif s == "plain":
            v = d
        elif s == "intl":
            v = f"+66 {d[1:3]} {d[3:6]} {d[6:]}"
        else:
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        if _valid_phone(v):
            return v


AREA = {"south": ["073", "074"], "north": ["053", "054", "055"], "isan": ["042", "043", "044", "045"]}


def landline(r: random.Random, region: str | None = None) -> str:
    while True:
        area = r.choice(AREA.get(region or "") or functools.reduce(operator.iadd, AREA.values(), []))
        v = f"{area}-{r.randint(200, 799)}-{r.randint(100, 999)}"
        if _valid_phone(v):
            return v


def foreign_phone(r: random.Random, country: str) -> str:
    while True:
        if country == "MY":
            v = f"+60 1{r.choice('2379')}-{r.randint(200, 999)} {r.randint(1000, 9999)}"
        elif country == "LA":
            v = f"+856 20 {r.choice('5579')}{r.randint(100, 999)} {r.randint(1000, 9999)}"
        elif country == "MM":
            v = f"+95 9 {r.randint(250, 799)} {r.randint(100, 999)} {r.randint(100, 999)}"
        elif country == "KR":
            v = f"+82 10-{r.randint(2000, 9999)}-{r.randint(1000, 9999)}"
        else:
            v = f"+855 {r.choice(['12', '17', '92'])} {r.randint(200, 999)} {r.randint(100, 999)}"
        if _valid_phone(v):
            return v


EMAIL_FREE = ["gmail.com", "gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "hotmail.co.th"]


def email(r: random.Random, user: str, domain: str | None = None) -> str:
    return f"{user}@{domain or r.choice(EMAIL_FREE)}"


def ipv4(r: random.Random) -> str:
    while True:
        v = f"{r.choice([49, 58, 110, 118, 171, 183, 184, 202, 223])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if ipaddress.ip_address(v).is_global:
            return v


def ipv6(r: random.Random) -> str:
    return f"2001:fb1:{r.randint(0x10, 0xfff):x}:{r.randint(0x100, 0xffff):x}::{r.randint(1, 0xfff):x}"


def passport(r: random.Random, kind: str = "TH") -> str:
    digits = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
    if kind == "TH":
        return r.choice(["AA", "AB", "AC", "AD"]) + digits(7)
    if kind == "MY":
        return r.choice("AH") + digits(8)
    if kind == "LA":
        return "P" + digits(7)
    if kind == "MM":
        return r.choice(["MA", "MB", "MC", "ME"]) + digits(6)
    return "N" + digits(7)


def bank_acct(r: random.Random, bank: str = "any") -> str:
    d = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
    if bank == "baac":
        v = "0" + r.choice(["20", "21", "12"]) + d(9)
        return r.choice([v, f"{v[:3]}-{v[3]}-{v[4:9]}-{v[9:]}", f"{v[:4]} {v[4:8]} {v[8:]}"])
    v = d(10)
    return r.choice([v, f"{v[:3]}-{v[3]}-{v[4:9]}-{v[9]}", f"{v[:3]}-{v[3]}-{v[4:9]}-{v[9]}"])


PLATE_LETTERS = ["กข", "บท", "ขค", "งจ", "ฒร", "ผต", "วม", "ชบ", "สน", "บค", "กต", "ฆท", "ผอ", "ยย", "นข"]
PLATE_PROV = ["ยะลา", "ปัตตานี", "นราธิวาส", "สงขลา", "สตูล", "เชียงราย", "เชียงใหม่", "แม่ฮ่องสอน", "ตาก", "น่าน",
              "อุดรธานี", "ขอนแก่น", "อุบลราชธานี", "นครพนม", "หนองคาย", "มุกดาหาร"]


def plate(r: random.Random, prov: str | None = None) -> str:
    prov = prov or r.choice(PLATE_PROV)
    lead = r.choice(["", "", "1", "2", "3"])
    sep = r.choice([" ", " ", "-", ""]) if lead == "" else " "
    return f"{lead}{r.choice(PLATE_LETTERS)}{sep}{r.randint(1, 9999)} {prov}"


SOUTH_PLACES = [
    ("บ้านกาเด็ง", "ต.บาเจาะ", "อ.บาเจาะ", "จ.นราธิวาส", "96170"),
    ("บ้านลำใหม่", "ต.ลำใหม่", "อ.เมืองยะลา", "จ.ยะลา", "95160"),
    ("บ้านตะลุโบะ", "ต.ตะลุโบะ", "อ.เมืองปัตตานี", "จ.ปัตตานี", "94000"),
    ("บ้านบือแนปีแย", "ต.บันนังสตา", "อ.บันนังสตา", "จ.ยะลา", "95130"),
    ("บ้านปะลุรู", "ต.ปะลุรู", "อ.สุไหงปาดี", "จ.นราธิวาส", "96140"),
    ("บ้านตันหยง", "ต.สะบ้าย้อย", "อ.สะบ้าย้อย", "จ.สงขลา", "90210"),
    ("บ้านควนโดน", "ต.ควนโดน", "อ.ควนโดน", "จ.สตูล", "91160"),
    ("บ้านยะรัง", "ต.ยะรัง", "อ.ยะรัง", "จ.ปัตตานี", "94160"),
    ("บ้านลูโบ๊ะบายะ", "ต.มูโนะ", "อ.สุไหงโก-ลก", "จ.นราธิวาส", "96120"),
]
NORTH_PLACES = [
    ("บ้านสามแยกอีก้อ", "ต.แม่สลองใน", "อ.แม่ฟ้าหลวง", "จ.เชียงราย", "57110"),
    ("บ้านห้วยปูแกง", "ต.ห้วยปูลิง", "อ.เมืองแม่ฮ่องสอน", "จ.แม่ฮ่องสอน", "58000"),
    ("บ้านเปียงหลวง", "ต.เปียงหลวง", "อ.เวียงแหง", "จ.เชียงใหม่", "50350"),
    ("บ้านแม่ตาวใหม่", "ต.แม่ตาว", "อ.แม่สอด", "จ.ตาก", "63110"),
    ("บ้านท่าตอน", "ต.ท่าตอน", "อ.แม่อาย", "จ.เชียงใหม่", "50280"),
    ("บ้านป่าซาง", "ต.เวียงพางคำ", "อ.แม่สาย", "จ.เชียงราย", "57130"),
    ("บ้านแม่ตื่น", "ต.แม่ตื่น", "อ.อมก๋อย", "จ.เชียงใหม่", "50310"),
    ("บ้านห้วยหินฝน", "ต.แม่ลาน้อย", "อ.แม่ลาน้อย", "จ.แม่ฮ่องสอน", "58120"),
    ("บ้านบ่อหลวง", "ต.บ่อเกลือเหนือ", "อ.บ่อเกลือ", "จ.น่าน", "55220"),
]
ISAN_PLACES = [
    ("บ้านโนนสูง", "ต.โนนสูง", "อ.เมืองอุดรธานี", "จ.อุดรธานี", "41330"),
    ("บ้านนาโพธิ์", "ต.นาโพธิ์", "อ.กุดรัง", "จ.มหาสารคาม", "44130"),
    ("บ้านเขมราฐ", "ต.เขมราฐ", "อ.เขมราฐ", "จ.อุบลราชธานี", "34170"),
    ("บ้านท่าอุเทน", "ต.ท่าอุเทน", "อ.ท่าอุเทน", "จ.นครพนม", "48120"),
    ("บ้านหนองเป็ด", "ต.บ้านเป็ด", "อ.เมืองขอนแก่น", "จ.ขอนแก่น", "40000"),
    ("บ้านช่องเม็ก", "ต.ช่องเม็ก", "อ.สิรินธร", "จ.อุบลราชธานี", "34350"),
    ("บ้านโพนทอง", "ต.โพนทอง", "อ.เมืองกาฬสินธุ์", "จ.กาฬสินธุ์", "46000"),
    ("บ้านหนองสองห้อง", "ต.หนองสองห้อง", "อ.หนองสองห้อง", "จ.ขอนแก่น", "40190"),
]
PLACES = {"south": SOUTH_PLACES, "north": NORTH_PLACES, "isan": ISAN_PLACES}


def house(r: random.Random) -> str:
    return r.choice([str(r.randint(1, 240)), f"{r.randint(1, 150)}/{r.randint(1, 9)}"])


def addr(r: random.Random, region: str | None = None, short: bool = False) -> str:
    region = region or r.choice(list(PLACES))
    vil, tam, amp, prov, zipc = r.choice(PLACES[region])
    moo = r.randint(1, 14)
    m = r.choice(["หมู่ ", "ม.", "หมู่ที่ "])
    if short:
        return f"{house(r)} {m}{moo} {tam} {amp} {prov}"
    if r.random() < 0.5:
        return f"{house(r)} {m}{moo} {vil} {tam} {amp} {prov} {zipc}"
    return f"{house(r)} {m}{moo} {tam} {amp} {prov} {zipc}"


EN_PLACES = {
    "south": [("Tambon Bacho", "Bacho District", "Narathiwat", "96170"), ("Tambon Talubo", "Mueang Pattani", "Pattani", "94000"),
              ("Tambon Lam Mai", "Mueang Yala", "Yala", "95160"), ("Tambon Saba Yoi", "Saba Yoi", "Songkhla", "90210")],
    "north": [("Tambon Mae Salong Nai", "Mae Fa Luang", "Chiang Rai", "57110"), ("Tambon Mae Tao", "Mae Sot", "Tak", "63110"),
              ("Tambon Tha Ton", "Mae Ai", "Chiang Mai", "50280"), ("Tambon Pang Mu", "Mueang Mae Hong Son", "Mae Hong Son", "58000")],
    "isan": [("Tambon Non Sung", "Mueang Udon Thani", "Udon Thani", "41330"), ("Tambon Khemarat", "Khemarat", "Ubon Ratchathani", "34170"),
             ("Tambon Ban Pet", "Mueang Khon Kaen", "Khon Kaen", "40000")],
}


def addr_en(r: random.Random, region: str | None = None) -> str:
    region = region or r.choice(list(EN_PLACES))
    tam, amp, prov, zipc = r.choice(EN_PLACES[region])
    return f"{house(r)} Moo {r.randint(1, 14)}, {tam}, {amp}, {prov} {zipc}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dob(r: random.Random, style: str | None = None, lo: int = 1945, hi: int = 2005) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["th_short", "th_long", "slash_be", "iso", "en"])
    if style == "th_short":
        return f"{d} {TH_MON[m - 1]} {y + 543}"
    if style == "th_long":
        return f"{d} {TH_MONTHS[m - 1]} {y + 543}"
    if style == "slash_be":
        return f"{d:02d}/{m:02d}/{y + 543}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "jan1":  # the registrar's default for hill-tribe people whose birth date is unknown
        return f"1 ม.ค. {y + 543}"
    return f"{d:02d} {EN_MON[m - 1]} {y}"


def hn(r: random.Random) -> str:
    return r.choice([f"{r.randint(10000, 99999)}/{r.randint(60, 68)}", f"{r.randint(60, 68)}-{r.randint(10000, 99999)}",
                     f"{r.randint(100000, 999999):07d}", f"{r.randint(1000000, 9999999)}"])


def student_id(r: random.Random, kind: str = "school") -> str:
    if kind == "uni":
        return f"{r.randint(63, 68)}{r.choice(['1021', '1101', '2011', '0510'])}{r.randint(1000, 9999)}"
    if kind == "dash":
        return f"{r.randint(63, 68)}-{r.randint(10000, 99999)}"
    return f"{r.randint(10000, 99999)}"


def line_id(r: random.Random, base: str) -> str:
    suffix = r.choice(["", str(r.randint(1, 99)), "th", "2527"])
    return base + (r.choice(["", ".", "_"]) if suffix else "") + suffix


def amount(r: random.Random, lo: int = 100, hi: int = 90000) -> str:
    return f"{r.randint(lo, hi):,}"


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


def E(t: str, v: str) -> tuple[str, str]:
    return (t, v)


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
# Short names for entity types
# ----------------------------------------------------------------------------------------------
ID, PH, EM, CC, IP = "TH_NATIONAL_ID", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IP_ADDRESS"
PP, ACC, PL, AD, DB = "TH_PASSPORT", "TH_BANK_ACCOUNT", "TH_VEHICLE_PLATE", "ADDRESS", "DATE_OF_BIRTH"
SID, MRN, LN, JUR = "STUDENT_ID", "MEDICAL_RECORD_NUMBER", "LINE_ID", "TH_JURISTIC_ID"
H, REL, ETH, POL, CRIM = "HEALTH_DATA", "RELIGION", "ETHNICITY", "POLITICAL_OPINION", "CRIMINAL_RECORD"
SEX, DIS, TU, GEN, BIO = "SEXUAL_BEHAVIOUR", "DISABILITY", "TRADE_UNION", "GENETIC_DATA", "BIOMETRIC_DATA"

MOSQUES = ["มัสยิดนูรุลฮูดา", "มัสยิดดารุลอิบาดะห์", "มัสยิดอัลฮีดายะห์", "มัสยิดนูรุลอิสลาม", "มัสยิดดารุสสลาม"]
MOSQUES_EN = ["Nurul Huda Mosque", "Darul Ibadah Mosque", "Al-Hidayah Mosque", "Darussalam Mosque"]
RPSST_SOUTH = ["รพ.สต.บ้านกาเด็ง", "รพ.สต.ตะลุโบะ", "รพ.สต.บ้านปะลุรู", "รพ.สต.บ้านลำใหม่"]
RPSST_NORTH = ["รพ.สต.บ้านห้วยปูแกง", "รพ.สต.บ้านแม่ตื่น", "รพ.สต.บ้านสามแยกอีก้อ", "รพ.สต.บ้านบ่อหลวง"]
RPSST = ["รพ.สต.บ้านกาเด็ง", "รพ.สต.บ้านห้วยปูแกง", "รพ.สต.บ้านโนนสูง", "รพ.สต.บ้านแม่ตื่น", "รพ.สต.ตะลุโบะ",
         "รพ.สต.บ้านท่าอุเทน", "รพ.สต.บ้านสามแยกอีก้อ"]


# ==============================================================================================
# A. Deep South: mosques, Islamic committees, zakat, legal aid, border with Malaysia
# ==============================================================================================
@T("mosque")
def mosque_sappaburut_register(r):
    name = ch(r, SOUTH_BIN_TH[::2])
    return [f"ทะเบียนสัปบุรุษประจำ{ch(r, MOSQUES)} (แบบ ก.ม. 3)\nลำดับที่ {r.randint(12, 480)}\nชื่อ-สกุล: นาย", P(name),
            "\nเลขประจำตัวประชาชน: ", E(ID, nid(r, prov=ch(r, ["ยะลา", "ปัตตานี", "นราธิวาส"]))),
            "\nวันเดือนปีเกิด: ", E(DB, dob(r, "th_short")), "\nศาสนา: ", E(REL, "อิสลาม"),
            "\nที่อยู่: ", E(AD, addr(r, "south")), "\nโทรศัพท์: ", E(PH, mobile(r)),
            "\n\nช่วยตรวจว่ากรอกครบทุกช่องตามแบบฟอร์มของสำนักงานคณะกรรมการอิสลามประจำจังหวัดหรือยัง แล้วจัดเป็นตาราง"]


@T("islamic_committee")
def nikah_registration_draft(r):
    groom, bride, wali = ch(r, SOUTH_BIN_TH[::2]), ch(r, SOUTH_BUDDHIST_TH[1::2]), ch(r, SOUTH_TH)
    return ["ช่วยร่างหนังสือสำคัญการสมรสตามหลักศาสนาอิสลาม (นิกะห์) จากข้อมูลนี้ให้หน่อยค่ะ\n",
            "เจ้าบ่าว: ", P(groom), " เลขบัตร ", E(ID, nid(r, prov="ปัตตานี")), " เกิด ", E(DB, dob(r, "th_long", 1990, 2000)),
            "\nเจ้าสาว: ", P(bride), " เลขบัตร ", E(ID, nid(r, prov="สงขลา")),
            " (เจ้าสาว", E(REL, "เข้ารับอิสลาม"), " เมื่อปี 2567)",
            "\nวะลี: ", P(wali), " (วะลีฮากิม เนื่องจากบิดาเจ้าสาวเสียชีวิตแล้ว)",
            f"\nมะฮัร์: เงินสด {amount(r, 5000, 30000)} บาท\nพยาน: ", P(ch(r, SOUTH_TH)), ", ", P(ch(r, SOUTH_TH[5:])),
            f"\nสถานที่: {ch(r, MOSQUES)} วันที่ 14 ก.พ. 2569"]


@T("mosque")
def zakat_recipients_csv(r):
    a, b, c = r.sample(SOUTH_TH, 3)
    return ["สรุปยอดซะกาตฟิตเราะห์ที่ต้องจ่ายแยกตามประเภทผู้มีสิทธิ์ (อัศนาฟ) ให้หน่อย\n```csv\n",
            "ลำดับ,ชื่อ-สกุล,เลขบัตรประชาชน,โทร,ประเภท,หมายเหตุ\n",
            "1,", P(a), ",", E(ID, nid(r, style="plain")), ",", E(PH, mobile(r, "plain")), ",ฟากีร,แม่หม้าย ลูก 4\n",
            "2,", P(b), ",", E(ID, nid(r, style="plain")), ",", E(PH, mobile(r, "plain")), ",", E(REL, "มุอัลลัฟ"),
            ",รายใหม่ปีนี้\n",
            "3,", P(c), ",", E(ID, nid(r, style="plain")), ",-,มิสกีน,", E(DIS, "พิการขาทั้งสองข้าง"), "\n```"]


@T("travel")
def hajj_package_booking_en(r):
    pilgrim, wife = ch(r, SOUTH_RUMI_M), ch(r, SOUTH_RUMI_F)
    return [f"Booking ref HJ26-{r.randint(1000, 9999)} - Al-Falah Hajj & Umrah Travel, Pattani\n",
            "Pilgrim: Mr ", P(pilgrim), ", passport ", E(PP, passport(r)), ", DOB ", E(DB, dob(r, "en", 1955, 1980)),
            "\nMahram for: Mrs ", P(wife), ", passport ", E(PP, passport(r)),
            "\nReligion (required on the Saudi visa form): ", E(REL, "Islam"),
            "\nMobile: ", E(PH, mobile(r, "intl")), "\nDeposit paid by card ", E(CC, card(r)), " exp 08/29",
            "\n\nPlease write a polite confirmation e-mail in English listing the documents still missing "
            "(meningitis vaccination certificate, 2 photos)."]


@T("school")
def tadika_student_list(r):
    kids = r.sample(SOUTH_TH, 2)
    return [f"รายชื่อนักเรียนศูนย์อบรมจริยธรรมเด็กในมัสยิด (ตาดีกา) {ch(r, MOSQUES)} ปีการศึกษา 2569\n",
            "รหัส ", E(SID, student_id(r)), " ด.ช.", P(ch(r, ["อาดัม", "ฮาฟิซ", "อิมรอน", "ซุลกิฟลี"]) + " " + ch(r, ["ยูโซ๊ะ", "สาแม", "มามะ"])),
            " เกิด ", E(DB, dob(r, "slash_be", 2014, 2019)), " ผู้ปกครอง ", P(kids[1]), " โทร ", E(PH, mobile(r)), "\n",
            "รหัส ", E(SID, student_id(r)), " ด.ญ.", P(ch(r, ["นูรฮายาตี", "ซูไรยา", "ฟาตีฮะห์", "อัสมะ"]) + " " + ch(r, ["เจ๊ะมะ", "แวนิ", "ดือราแม"])),
            " เกิด ", E(DB, dob(r, "slash_be", 2014, 2019)), "\n",
            "ช่วยทำป้ายชื่อติดโต๊ะเป็นภาษาไทยและยาวี (อักษรอาหรับ) ให้ครบทั้งสองคน"]


@T("school")
def pondok_registration_rumi(r):
    pel, bapa = ch(r, SOUTH_RUMI), ch(r, SOUTH_RUMI_M)
    return ["Borang Pendaftaran Pelajar Baru - Pondok Pengajian Darul Ulum, Yala (sesi 1447H)\n",
            "Nama pelajar: ", P(pel), "\nNo. kad pengenalan Thailand: ", E(ID, nid(r, prov="ยะลา", style="dash")),
            "\nTarikh lahir: ", E(DB, dob(r, "iso", 2006, 2010)), "\nAlamat: ", E(AD, addr_en(r, "south")),
            "\nNama bapa: ", P(bapa), "  Tel: ", E(PH, foreign_phone(r, "MY")),
            "\n\nTolong terjemahkan borang ini ke bahasa Thai untuk dihantar ke pejabat daerah."]


@T("public_sector")
def unrest_victim_compensation(r):
    v = ch(r, SOUTH_TH_M)
    return ["แบบคำขอรับเงินช่วยเหลือเยียวยาผู้ได้รับผลกระทบจากสถานการณ์ความไม่สงบ จชต.\n",
            "ผู้ยื่นคำขอ: นาย", P(v), " เลขประจำตัวประชาชน ", E(ID, nid(r, prov="นราธิวาส")),
            "\nที่อยู่ ", E(AD, addr(r, "south")),
            f"\nเหตุการณ์: ระเบิดแสวงเครื่องริมถนนสาย 42 เมื่อ {r.randint(1, 28)} มี.ค. 2568 ผู้ยื่นได้รับบาดเจ็บสาหัส ปัจจุบัน",
            E(DIS, "ขาขวาขาดใต้เข่า ใช้ขาเทียม"), "\nโอนเงินเข้าบัญชี ธ.ก.ส. เลขที่ ", E(ACC, bank_acct(r, "baac")),
            "\nช่วยสรุปเป็นบันทึกเสนอคณะกรรมการพิจารณาเยียวยาระดับจังหวัด ไม่เกินครึ่งหน้า"]


@T("legal")
def legal_aid_detainee_note(r):
    d, wife = ch(r, SOUTH_TH_M), ch(r, SOUTH_TH_F)
    return ["บันทึกรับเรื่อง ศูนย์ทนายความมุสลิม สาขายะลา\n",
            "ผู้ถูกควบคุม: นาย", P(d), f" อายุ {r.randint(19, 35)} ปี เลขบัตร ", E(ID, nid(r, prov="ยะลา")),
            "\nข้อเท็จจริง: ญาติแจ้งว่าเจ้าหน้าที่ทหารเข้าปิดล้อมตรวจค้นบ้านเมื่อคืนวันที่ 3 และ",
            E(CRIM, "ควบคุมตัวตามกฎอัยการศึก"), "ไปที่ค่ายอิงคยุทธบริหาร ระหว่างนั้น",
            E(GEN, "ถูกเก็บตัวอย่าง DNA จากกระพุ้งแก้ม"), "โดยไม่ได้ให้ความยินยอม",
            "\nผู้ติดต่อ: ภรรยา ", P(wife), " โทร ", E(PH, mobile(r)),
            "\n\nช่วยร่างคำร้องขอให้ศาลไต่สวนการควบคุมตัวตาม ป.วิ.อ. มาตรา 90"]


@T("legal")
def legal_aid_intake_en(r):
    c = ch(r, SOUTH_RUMI_M)
    return ["Case intake - legal aid clinic, Pattani (translate notes into a timeline)\n",
            "Client: ", P(c), ", ID ", E(ID, nid(r, prov="ปัตตานี", style="dash")), ", tel ", E(PH, mobile(r, "intl")),
            "\n- 2024: ", E(CRIM, "arrested on an Emergency Decree warrant"), ", released after 30 days without charge",
            "\n- 2025: rangers at the checkpoint ", E(BIO, "scanned his face into the Biometric ID system"),
            " and kept his phone for 2 hours",
            "\n- 2026: he wants his record deleted before applying for a job in Malaysia."]


@T("chat")
def rubber_tapper_union_chat(r):
    a, b = ch(r, SOUTH_BUDDHIST_TH), ch(r, SOUTH_TH)
    return ["[LINE กลุ่ม คนกรีดยางสะบ้าย้อย]\n", P(b), ": ก๊ะ บ่ายนี้ไปประชุมที่โรงงานไหม\n",
            P(a), ": ไปแหละ ฉานหนิเพิ่งได้เป็น", E(TU, "กรรมการสหภาพแรงงานลูกจ้างโรงงานยางแผ่น"), "แล้วนะ ",
            "ใครอยากสมัครโทรมาเบอร์ฉาน ", E(PH, mobile(r, "dash")), " ได้เลย ไม่ต้องเกรงใจ\n",
            P(b), ": ได้ ๆ เดี๋ยวบอกพวกบ้านบนให้\n\n",
            "(ช่วยแปลแชตภาษาใต้นี้เป็นภาษากลาง เพื่อส่งให้ฝ่ายบุคคลของโรงงาน)"]


@T("border")
def sadao_checkpoint_log_en(r):
    drv, pax = ch(r, SOUTH_RUMI), ch(r, MALAYSIAN)
    return ["Sadao immigration - outbound lane 4 - exceptions for review\n",
            "08:42 driver ", P(drv), " (TH) passport ", E(PP, passport(r)), " vehicle ", E(PL, plate(r, "สงขลา")),
            " - TM.2 missing one passenger\n",
            "08:47 passenger ", P(pax), " (MY) passport ", E(PP, passport(r, "MY")), " contact ", E(PH, foreign_phone(r, "MY")),
            " - overstay 3 days, fine paid\n", "Summarise which cases need a supervisor signature."]


@T("hospital")
def ramadan_insulin_consult(r):
    p = ch(r, SOUTH_TH_F)
    return ["เภสัชกรขอคำแนะนำค่ะ ผู้ป่วย นาง", P(p), " HN ", E(MRN, hn(r)), " อายุ 58 ปี ",
            E(H, "เป็นเบาหวานชนิดที่ 2 ใช้อินซูลินวันละ 2 ครั้ง"), " HbA1c ล่าสุด 8.4% ผู้ป่วย",
            E(REL, "เป็นมุสลิม"), "และยืนยันจะถือศีลอดเดือนรอมฎอนปีนี้ ช่วยแนะนำการปรับเวลาและขนาดอินซูลิน"
            "ระหว่างซะฮูรกับละศีลอด และอาการที่ต้องเลิกถือศีลอดทันที"]


@T("bank")
def islamic_bank_financing_email_en(r):
    c = ch(r, SOUTH_RUMI)
    u = c.split()[0].lower() + "." + c.split()[-1].lower().replace("-", "")
    return ["Subject: Request to restructure Murabahah financing\n\nDear Sir/Madam,\n\nI am ", P(c),
            ", ID number ", E(ID, nid(r, prov="นราธิวาส", style="plain")), ". My rubber income fell this year and I cannot pay "
            "the monthly instalment on account ", E(ACC, bank_acct(r)), ". Please reschedule without any riba-based penalty.",
            "\nYou can reach me at ", E(PH, mobile(r)), " or ", E(EM, email(r, u)), ".\n\nWassalam\n\n",
            "-- rewrite this email so it sounds more formal"]


@T("islamic_committee")
def fasakh_complaint(r):
    w, h = ch(r, SOUTH_BIN_TH[1::2]), ch(r, SOUTH_BIN_TH[::2])
    return ["คำร้องขอฟะซัค (ขอให้คณะกรรมการอิสลามประจำจังหวัดพิจารณาเลิกการสมรส)\n",
            "ผู้ร้อง: นาง", P(w), " ที่อยู่ ", E(AD, addr(r, "south")), "\nผู้ถูกร้อง (สามี): นาย", P(h),
            "\nข้อเท็จจริง: ผู้ถูกร้องไม่ให้นะฟะเกาะฮ์มา 8 เดือน และ", E(SEX, "ลักลอบมีความสัมพันธ์ทางเพศกับหญิงอื่น"),
            "ในตัวเมืองหาดใหญ่\n\nช่วยเรียบเรียงคำร้องให้เป็นทางการ และบอกว่าต้องแนบเอกสารอะไรบ้าง"]


@T("fisheries")
def fishing_boat_crew_list(r):
    a, b = r.sample(MM_TH, 2)
    return [f"บัญชีรายชื่อลูกเรือ เรือ ส.ปัตตานี {r.randint(10, 99)} แจ้งเข้า-ออก ศูนย์ PIPO ปัตตานี\n",
            "ไต้ก๋ง: นาย", P(ch(r, SOUTH_TH_M)), " โทร ", E(PH, mobile(r)), "\n",
            "1. ", P(a), " พาสปอร์ต ", E(PP, passport(r, "MM")), "\n",
            "2. ", P(b), " พาสปอร์ต ", E(PP, passport(r, "MM")), " (", E(ETH, "ชาวโรฮิงญา"), " ถือเอกสารเมียนมา)\n",
            "ช่วยตรวจว่ารายชื่อกับจำนวนลูกเรือที่แจ้งในระบบตรงกัน (แจ้งไว้ 2 คน)"]


@T("university")
def psu_scholarship_note_en(r):
    s = ch(r, SOUTH_RUMI_F)
    u = s.split()[0].lower() + str(r.randint(10, 99))
    return ["Scholarship committee note - Prince of Songkla University, Pattani campus\n",
            "Candidate: ", P(s), " (student no. ", E(SID, student_id(r, "uni")), "), e-mail ", E(EM, email(r, u)),
            "\nBackground: first in her family to attend university; she is ", E(ETH, "ethnically Malay"),
            " and ", E(REL, "a practising Muslim"), ", and asks for a hostel room with a prayer space.",
            "\nPlease turn this into a 100-word recommendation for the peace-building scholarship."]


@T("ngo")
def orphan_fund_followup(r):
    kid, mum = r.sample(SOUTH_TH_F, 2)
    return ["ติดตามเด็กกำพร้าจากเหตุความไม่สงบ (กองทุนยะตีม) รอบไตรมาส 1\n",
            "ด.ญ.", P(kid), " เกิด ", E(DB, dob(r, "th_short", 2011, 2015)), " เลขบัตร ", E(ID, nid(r, prov="นราธิวาส")),
            "\nอาศัยกับมารดา ", P(mum), " โทร ", E(PH, mobile(r)),
            "\nนักจิตวิทยาประเมินว่าเด็ก", E(H, "มีอาการ PTSD นอนไม่หลับ"), " ส่งต่อคลินิกจิตเวชเด็ก รพ.นราธิวาสราชนครินทร์",
            "\nช่วยเขียนรายงานสั้นให้ผู้บริจาค โดยไม่ต้องเล่ารายละเอียดเหตุการณ์"]


@T("ngo")
def peace_dialogue_participants(r):
    a, b = r.sample(SOUTH_TH, 2)
    return ["สรุปเวทีสาธารณะ 'พูดคุยสันติภาพ' อ.ยะรัง (บันทึกภายใน ห้ามเผยแพร่)\n",
            "- ", P(a), f" (ครูสอนศาสนา อายุ {r.randint(30, 60)}) ", E(POL, "สนับสนุนแนวทางการปกครองพิเศษปาตานี"),
            " และขอให้ถอนกฎอัยการศึก\n",
            "- ", P(b), " ", E(POL, "ไม่เห็นด้วยกับการพูดคุยกับ BRN"), " ขอให้รัฐเพิ่มกำลังทหาร\n",
            "ช่วยจัดกลุ่มความเห็นเป็นประเด็น ๆ สำหรับรายงานถึงผู้ให้ทุน"]


@T("health_volunteer")
def south_osm_line_report(r):
    a = ch(r, SOUTH_TH_F)
    return [f"[LINE อสม.{ch(r, RPSST_SOUTH)}]\nอสม. ม.{r.randint(1, 9)}: ", "รายงานค่ะพี่หมอ ก๊ะ", P(a), " บ้านเลขที ",
            E(AD, addr(r, "south", short=True)), " ", E(H, "ไข้สูง 3 วัน ผื่นขึ้น สงสัยหัด"),
            " ลูกยังไม่ได้ฉีดวัคซีน MMR เพราะพ่อเขาไม่ยอม โทรหาได้ที่ ", E(PH, mobile(r, "plain")),
            "\n\nช่วยร่างข้อความตอบกลับ อสม. ว่าต้องทำอะไรต่อ"]


# ==============================================================================================
# B. The North: stateless people, hill tribes, Tai Yai, Mae Sai / Mae Sot
# ==============================================================================================
@T("local_gov")
def nationality_application_s23(r):
    p = ch(r, TRIBE_TH[:7])
    return ["ช่วยร่างคำร้องขอลงรายการสัญชาติไทย ตาม พ.ร.บ.สัญชาติ มาตรา 23 จากข้อมูลนี้\n",
            "ผู้ร้อง: ", P(p), " เลขประจำตัว 13 หลัก ", E(ID, stateless_id(r, "เชียงราย", "dash")),
            "\nเกิด ", E(DB, dob(r, "jan1", 1975, 1990)), " (ทะเบียนราษฎรลงวันที่ 1 ม.ค. เพราะไม่ทราบวันเกิดจริง)",
            "\nเชื้อชาติ: ", E(ETH, "อาข่า"), "\nที่อยู่ตาม ท.ร.13: ", E(AD, addr(r, "north")),
            "\nหลักฐาน: ", E(GEN, "ผลตรวจ DNA ยืนยันความสัมพันธ์ทางสายโลหิตกับบิดาซึ่งมีสัญชาติไทย"),
            " จากสถาบันนิติวิทยาศาสตร์ และพยานบุคคลคือผู้ใหญ่บ้าน"]


@T("ngo")
def stateless_youth_case_en(r):
    p = ch(r, ["Jaue Jaha", "Sua Sae-yang", "Pao Sae-vang", "Aju Amor", "Jaku Japhue"])
    return ["Case file - legal status clinic, Mae Fa Luang\n", "Name: ", P(p),
            "\n13-digit no.: ", E(ID, stateless_id(r, "เชียงราย", "plain")), " (card for persons without Thai nationality)",
            "\nDOB: ", E(DB, dob(r, "en", 2002, 2007)), "\nEthnic group: ", E(ETH, "Lahu"),
            "\nUniversity student no.: ", E(SID, student_id(r, "uni")),
            "\nEvidence: ", E(GEN, "DNA test shows 99.99% probability that his father is a Thai citizen"),
            "\nTask: list the next steps for a Section 7 bis application and the offices involved."]


@T("school")
def bpp_school_roster_csv(r):
    a, b = r.sample(TRIBE_TH, 2)
    return ["รายชื่อนักเรียน ร.ร.ตชด.บ้านห้วยปูแกง ที่ยังไม่มีเลข 13 หลัก/มีแต่บัตรบุคคลไม่มีสัญชาติ\n",
            "เลขประจำตัวนักเรียน|ชื่อ|เลข 13 หลัก|ชาติพันธุ์|วันเกิด\n",
            E(SID, student_id(r)), "|", P(a), "|", E(ID, stateless_id(r, "แม่ฮ่องสอน", "plain")), "|", E(ETH, "กะยัน (กะเหรี่ยงคอยาว)"),
            "|", E(DB, dob(r, "slash_be", 2012, 2016)), "\n",
            E(SID, student_id(r)), "|", P(b), "|", E(ID, stateless_id(r, "แม่ฮ่องสอน", "plain")), "|", E(ETH, "ลีซู"),
            "|", E(DB, dob(r, "slash_be", 2012, 2016)), "\n",
            "เขียนหนังสือถึงอำเภอขอให้สำรวจและบันทึกทะเบียนประวัติให้เด็กกลุ่มนี้"]


@T("agriculture")
def taiyai_orchard_worker_register(r):
    w = ch(r, TAIYAI_TH)
    base = ch(r, ["saisaeng", "jailao", "pankham", "saikham"])
    return ["ทะเบียนคนงานสวนส้ม ฝาง (ส่งบัญชีก่อนรับเงินเดือน)\n", "ชื่อ: ", P(w), " (", E(ETH, "ไทใหญ่"), ")",
            "\nบัตรบุคคลซึ่งไม่มีสัญชาติไทย เลข ", E(ID, stateless_id(r, "เชียงใหม่")),
            "\nโทร: ", E(PH, mobile(r)), "  ไลน์: ", E(LN, line_id(r, base)),
            "\nโอนค่าแรงเข้าบัญชี ", E(ACC, bank_acct(r)),
            "\nช่วยแปลข้อความแจ้งเรื่องวันจ่ายค่าแรงเป็นภาษาไทใหญ่ด้วย"]


@T("religion")
def karen_church_scholarship(r):
    s = ch(r, ["หน่อแฮ ชีวิตไพร", "ดิ๊แปะ ทรัพย์ดอย", "มึจือ ปู่หน่อ", "นาโพ ยอดคีรี"])
    return ["ใบสมัครทุนการศึกษาภาคคริสตจักร (ทุนต่อเนื่อง)\n", "ชื่อ: ", P(s), "  รหัสนักศึกษา ", E(SID, student_id(r, "uni")),
            "\nประวัติ: เป็น", E(ETH, "ชาวปกาเกอะญอ"), "จากอมก๋อย ครอบครัว", E(REL, "นับถือศาสนาคริสต์"),
            "มาสามรุ่น พ่อเป็นผู้ช่วยศิษยาภิบาล\nโทร: ", E(PH, mobile(r)),
            "\nช่วยเกลาเรียงความ 'ทำไมฉันอยากเป็นครูบนดอย' ให้สั้นลงเหลือ 300 คำ"]


@T("clinic")
def border_clinic_malaria_en(r):
    p = ch(r, MM_EN)
    return ["Border clinic, Mae Sot - discharge summary (please simplify for the patient's family)\n",
            "Patient: ", P(p), " | MRN ", E(MRN, hn(r)), " | phone ", E(PH, foreign_phone(r, "MM")),
            "\nDiagnosis: ", E(H, "Plasmodium falciparum malaria with severe anaemia"),
            "\nSocial: ", E(ETH, "Karen"), ", crossed from Myawaddy 2 weeks ago, works on a maize farm."]


@T("border")
def maesai_border_pass(r):
    v = ch(r, MM_TH)
    return ["คำขอบัตรผ่านแดนชั่วคราว ด่านแม่สาย (สำหรับคนท่าขี้เหล็ก)\n", "ผู้ขอ: ", P(v), " พาสปอร์ต ", E(PP, passport(r, "MM")),
            "\nผู้รับรองฝั่งไทย: นาง", P(ch(r, NORTH_F)), " โทร ", E(PH, mobile(r)), " ที่อยู่ ", E(AD, addr(r, "north")),
            "\nรถที่ใช้: กระบะ ", E(PL, plate(r, "เชียงราย")),
            "\nช่วยตรวจว่าเอกสารครบตามประกาศด่านหรือยัง"]


@T("rehab")
def drug_rehab_intake(r):
    p = ch(r, ["จะก่อ จะพือ", "ไซ แซ่ท้าว", "จายแสง ลุงคำ", *NORTH_M])
    return ["แบบบันทึกแรกรับ ศูนย์บำบัดยาเสพติดชุมชน (CBTx) อ.เวียงแหง\n", "ชื่อ: นาย", P(p), " เลขบัตร ", E(ID, nid(r, prov="เชียงใหม่")),
            " HN ", E(MRN, hn(r)), "\nประวัติ: ", E(H, "ติดเฮโรอีน 6 ปี เริ่มบำบัดด้วยเมทาโดน"),
            "\nประวัติคดี: ", E(CRIM, "เคยต้องโทษจำคุก 2 ปี คดีครอบครองยาบ้า"),
            "\nช่วยวางแผนติดตามหลังบำบัด 12 เดือนให้ อสม. ใช้ได้"]


@T("chat")
def kham_muang_family_chat(r):
    g = ch(r, NORTH_F)
    return ["แปลแชตคำเมืองนี้เป็นภาษากลางให้พยาบาลอ่านหน่อยครับ\n---\n",
            "ลูกสาว: แม่อุ๊ย", P(g), " บ่สบายเจ้า ", E(H, "ความดันขึ้น 190 เวียนหัว ลุกบ่ได้"),
            " ตั้งแต่เมื่อวานแลง กิ๋นข้าวบ่ลงเลย\n", "ลูกสาว: จะพาไป๋ รพ.สต. ได้กี่โมงเจ้า โทรหาลูกได้ที่ ",
            E(PH, mobile(r)), " เน้อ"]


@T("rpsst")
def hmong_anc_thal_screen(r):
    w = ch(r, ["ซัว แซ่ย่าง", "หมี่ แซ่ลี", "เย่ง แซ่มัว", "ไหลเหมย แซ่จ๋าว"])
    return [f"{ch(r, RPSST_NORTH)} - บันทึกฝากครรภ์ครั้งแรก\n", "ชื่อ: นาง", P(w), "  HN ", E(MRN, hn(r)),
            "  เลขบัตร ", E(ID, nid(r, first=ch(r, "38"), prov="น่าน")), "\nชาติพันธุ์: ", E(ETH, "ม้ง"),
            "\nอายุครรภ์ 10 สัปดาห์, ", E(GEN, "ผลคัดกรองพบเป็นพาหะธาลัสซีเมียชนิด HbE"),
            " นัดสามีมาตรวจเลือดสัปดาห์หน้า\nช่วยเขียนคำอธิบายเรื่องพาหะธาลัสซีเมียแบบง่าย ๆ ให้แม่เข้าใจ"]


@T("legal")
def forest_encroachment_case(r):
    p = ch(r, ["ดิ๊แปะ ทรัพย์ดอย", "นาโพ ยอดคีรี", "จะอื่อ จะหา", "จอนิ พนาวัลย์"])
    return ["สำนวนคดี: พนักงานอัยการสั่งฟ้องแล้ว ขอความเห็นเรื่องการขอลดโทษ\n",
            "จำเลย: นาย", P(p), " เลขบัตร ", E(ID, stateless_id(r, "ตาก", "dash")), " อายุ 52 ปี\n",
            "จำเลย", E(CRIM, "ถูกดำเนินคดีข้อหาบุกรุกแผ้วถางป่าสงวนแห่งชาติ"), " ในไร่หมุนเวียนเนื้อที่ 7 ไร่\n",
            "ที่อยู่: ", E(AD, addr(r, "north")), "\nช่วยสรุปข้อต่อสู้เรื่องวิถีไร่หมุนเวียนของชุมชน"]


@T("tourism")
def doi_homestay_booking_en(r):
    g = ch(r, WESTERN)
    u = g.split()[0].lower() + "." + g.split()[1].lower()
    return ["New booking via website - Akha homestay, Doi Mae Salong\n", "Guest: ", P(g), " | email ", E(EM, email(r, u)),
            " | WhatsApp ", E(PH, foreign_phone(r, "KH") if r.random() < 0.3 else mobile(r, "intl")),
            "\nCard on file: ", E(CC, card(r, "space")), "\nBooking IP: ", E(IP, ipv4(r)),
            "\nNote from guest: vegetarian, arriving by songthaew from Chiang Rai at 15:00.\n",
            "Reply in friendly English and confirm pick-up."]


@T("border")
def maesot_biometric_enrolment(r):
    w = ch(r, MM_TH)
    return ["บันทึกการจัดเก็บอัตลักษณ์บุคคล แรงงานต่างด้าว MOU ศูนย์ OSS แม่สอด\n", "ชื่อ: ", P(w),
            "  พาสปอร์ต ", E(PP, passport(r, "MM")), "  เกิด ", E(DB, dob(r, "slash_be", 1985, 2003)),
            "\nนายจ้าง: บริษัท แม่สอดการ์เมนท์ จำกัด เลขนิติบุคคล ", E(JUR, juristic(r, "ตาก")),
            "\nสถานะ: ", E(BIO, "จัดเก็บลายนิ้วมือ 10 นิ้วและภาพใบหน้าแล้ว"), " รอออกบัตรสีชมพู",
            "\nช่วยสรุปสถานะเป็นข้อความส่งนายจ้าง"]


@T("local_gov")
def lahu_headman_certificate(r):
    p = ch(r, ["จะอื่อ จะหา", "จะก่อ จะพือ", "อาจู อามอ", "จะแส จะลอ"])
    return ["ช่วยพิมพ์หนังสือรับรองบุคคลของผู้ใหญ่บ้านใหม่ให้สวย ๆ:\n",
            "ข้าพเจ้า ผู้ใหญ่บ้านหมู่ 11 ขอรับรองว่า นาย", P(p), " ", E(ETH, "เป็นชาวลาหู่"),
            " อาศัยอยู่บ้านเลขที่ ", E(AD, addr(r, "north")), " มาตั้งแต่ปี 2535 จริง เกิดเมื่อ ",
            E(DB, dob(r, "jan1", 1970, 1985)), " ถือบัตรเลข ", E(ID, stateless_id(r, "เชียงใหม่")),
            " ใช้ประกอบคำขอเปลี่ยนสถานะบุคคล"]


@T("ngo")
def outreach_karaoke_log_en(r):
    p = ch(r, ["Pan Kham Saenglah", "Nuan Saeng Lungnor", "Hom Nuan Pumong", "Yi Lun Pumong"])
    return ["Outreach log - women's health project, Mae Sai (do not share outside team)\n",
            "Client: ", P(p), ", 22, ", E(ETH, "Shan"), ", LINE ", E(LN, line_id(r, p.split()[0].lower())),
            "\nNotes: ", E(SEX, "works as a sex worker at a karaoke bar"), "; ",
            E(H, "rapid test positive for syphilis"), ", referred to the district hospital.",
            "\nDraft a reminder message (in simple English) for her follow-up on Friday."]


@T("labour")
def maesot_garment_union_en(r):
    p = ch(r, ["Thida Win", "Khin Mar Lwin", "Aye Myat Mon", "Su Su Hlaing"])
    return ["HR incident note - garment factory, Mae Sot\n", "Worker: ", P(p), ", passport ", E(PP, passport(r, "MM")),
            ", line 6 sewing.\n", "Supervisor reports that she is a ", E(TU, "committee member of the migrant garment workers' union"),
            " and collected 40 signatures about unpaid overtime.\n",
            "Draft a neutral reply from HR proposing a meeting; do not threaten dismissal."]


@T("community_radio")
def community_radio_host_profile(r):
    p = ch(r, NORTH_TH)
    return ["ข้อมูลผู้จัดรายการวิทยุชุมชน คลื่น 99.75 (สำหรับทำประวัติส่ง กสทช.)\n", "ชื่อ: ", P(p), " โทร ", E(PH, mobile(r)),
            "\nประวัติ: ออกอากาศรายการข่าวเช้า ", E(POL, "ประกาศตัวสนับสนุนพรรคประชาชนในรายการ"),
            " จนถูกร้องเรียนช่วงเลือกตั้ง\nช่วยเขียนประวัติย่อให้เป็นกลางทางการเมือง"]


# ==============================================================================================
# C. Isan: dialect chat, migrant work, sugar cane, politics
# ==============================================================================================
@T("chat")
def isan_baac_loan_chat(r):
    f = ch(r, ISAN_TH)
    return ["[แชต LINE OA ธ.ก.ส. สาขา - ส่งให้ AI สรุปเรื่อง]\nลูกค้า: สวัสดีเด้อ ข่อยชื่อ", P(f),
            " อยากขอเลื่อนงวดเงินกู้ปุ๋ยไปหลังเกี่ยวข้าวได้บ่ ปีนี้ข้าวบ่ค่อยได้ ฝนบ่ตก\n",
            "ลูกค้า: เลขบัตรข่อย ", E(ID, nid(r, prov=ch(r, ["อุดรธานี", "ขอนแก่น", "กาฬสินธุ์"]))),
            " บัญชีเงินฝาก ", E(ACC, bank_acct(r, "baac")), " เด้อ\n", "ลูกค้า: โทรกลับเบอร์นี้ ", E(PH, mobile(r)), " เด้อจ้า"]


@T("chat")
def isan_family_dialysis_chat(r):
    m = ch(r, ISAN_F)
    return ["ช่วยเรียบเรียงข้อความนี้ส่งให้ อบต. ขอรถรับส่งผู้ป่วยหน่อย\n\"",
            "แม่", P(m), " ", E(H, "เป็นไตวายระยะสุดท้าย ต้องฟอกไตอาทิตย์ละ 2 เทื่อ"),
            " ที่ รพ.ศูนย์อุดร บ้านอยู่ ", E(AD, addr(r, "isan")), " ลูกไปเฮ็ดงานกรุงเทพฯ บ่มีไผพาไป ",
            "โทรหาข่อยได้ ", E(PH, mobile(r)), "\""]


@T("recruitment")
def eps_korea_worker_file(r):
    w = ch(r, ISAN_M)
    return ["แฟ้มผู้สมัครไปทำงานเกาหลี (EPS) ส่งข้อมูลให้ AI ตรวจความครบถ้วน\n", "ชื่อ: นาย", P(w),
            "\nพาสปอร์ต: ", E(PP, passport(r)), "  เกิด ", E(DB, dob(r, "iso", 1988, 2001)),
            "\nเบอร์ที่เกาหลี (ญาติ): ", E(PH, foreign_phone(r, "KR")), "\nผลตรวจสุขภาพ: ", E(H, "ตรวจพบไวรัสตับอักเสบบีเรื้อรัง"),
            "\nที่อยู่: ", E(AD, addr(r, "isan"))]


@T("politics")
def canvasser_household_list(r):
    a, b = r.sample(ISAN_TH, 2)
    return ["ตารางหัวคะแนน ม.7 (อย่าส่งต่อ)\n", "ชื่อ | โทร | แนวโน้ม\n",
            P(a), " | ", E(PH, mobile(r, "plain")), " | ", E(POL, "เชียร์พรรคเพื่อไทยชัดเจน"), "\n",
            P(b), " | ", E(PH, mobile(r, "plain")), " | ", E(POL, "ไปร่วมชุมนุมกับคนเสื้อแดงทุกครั้ง"), "\n",
            "ช่วยจัดลำดับบ้านที่ควรไปเยี่ยมก่อนเลือกตั้งนายก อบจ."]


@T("agriculture")
def sugarcane_quota_contract(r):
    f = ch(r, ISAN_TH)
    return ["สัญญาส่งอ้อยเข้าหีบ ฤดูการผลิต 2569/70\n", "โรงงาน: บริษัท น้ำตาลภูเขียว จำกัด เลขทะเบียนนิติบุคคล ",
            E(JUR, juristic(r, "ขอนแก่น")), "\nชาวไร่: ", P(f), " เลขบัตร ", E(ID, nid(r, prov="ขอนแก่น")),
            "\nโควตา 450 ตัน รถบรรทุก ", E(PL, plate(r, "ขอนแก่น")), "\nจ่ายเงินเข้าบัญชี ", E(ACC, bank_acct(r, "baac")),
            "\nช่วยอธิบายเงื่อนไขหักค่าอ้อยไฟไหม้ในสัญญาเป็นภาษาง่าย ๆ"]


@T("clinic")
def isan_sti_clinic_chat(r):
    p = ch(r, ISAN_M)
    return ["แชตคลินิกนิรนาม รพ.ขอนแก่น (ส่งให้ AI ช่วยร่างคำตอบ)\nผู้ใช้: ข่อยชื่อ", P(p),
            " เด้อ ", E(SEX, "เคยมีเพศสัมพันธ์กับผู้ชายโดยบ่ได้ใส่ถุงยาง"), " เมื่ออาทิตย์ก่อน ",
            "สิกิน PEP ทันบ่ ไลน์ข่อย ", E(LN, line_id(r, "khon" + str(r.randint(10, 99))))]


@T("agriculture")
def cassava_buyer_chat_en(r):
    f = ch(r, ISAN_EN)
    return ["WhatsApp export from our cassava buying station (Kalasin) - extract a table of seller, weight, price\n",
            "[07:12] ", P(f), ": 6.3 t fresh root, starch 26%, truck ", E(PL, plate(r, "กาฬสินธุ์")),
            "\n[07:15] station: 2.95 THB/kg ok. Transfer to ", E(ACC, bank_acct(r)), "?",
            "\n[07:16] ", P(f), ": yes, and send the slip to ", E(PH, mobile(r, "plain"))]


@T("chat")
def isan_grandma_fall_chat(r):
    g = ch(r, ISAN_F)
    return ["อสม.ส่งข้อความมาว่า:\n\"แม่ใหญ่", P(g), " ล้มในห้องน้ำ ", E(H, "สะโพกหัก"),
            " ตอนนี้", E(DIS, "เดินบ่ได้ ต้องนอนติดเตียง"), " ลูกหลานอยากได้เตียงลมจาก อบต. เด้อ ",
            "บ้านเลขที่ ", E(AD, addr(r, "isan", short=True)), "\"\nช่วยแปลงเป็นแบบคำขอยืมอุปกรณ์ของกองสาธารณสุข"]


# ==============================================================================================
# D. Village health volunteers (อสม.)
# ==============================================================================================
@T("health_volunteer")
def osm_monthly_household_report(r):
    a, b, c = ch(r, ISAN_M + NORTH_M), ch(r, ISAN_F), ch(r, NORTH_F)
    return [f"รายงาน อสม. ประจำเดือน มี.ค. 2569 คุ้มที่ {r.randint(1, 6)} ม.{r.randint(1, 12)}\n",
            "1) ตา", P(a), " ", E(H, "ความดัน 168/98 ยังไม่ได้กินยา"), "\n",
            "2) ยาย", P(b), " ", E(DIS, "ตาบอดสนิททั้งสองข้าง"), " อยู่ลำพัง\n",
            "3) ", P(c), " ", E(H, "ตั้งครรภ์ 7 เดือน ยังไม่ฝากครรภ์"), " โทร ", E(PH, mobile(r)), "\n",
            "สรุปรายงานนี้เป็นตารางส่ง รพ.สต. และบอกว่าเคสไหนด่วน"]


@T("health_volunteer")
def osm_dengue_case_notify(r):
    k = ch(r, ["วรเชษฐ์", "ณัฐวุฒิ", "ภูมิพัฒน์", "ธนากร"]) + " " + ch(r, ["ศรีสุข", "พรมมา", "ก๋องคำ", "ใจมา"])
    return ["แจ้งผู้ป่วยโรคติดต่อ (รง.506) จาก อสม.\n", "ผู้ป่วย: ด.ช.", P(k), " อายุ 9 ปี เกิด ",
            E(DB, dob(r, "th_short", 2016, 2017)), "\nอาการ: ", E(H, "ไข้เลือดออก เกล็ดเลือด 62,000"),
            "\nที่อยู่: ", E(AD, addr(r, ch(r, ["isan", "north"]))),
            "\nขอให้ AI ช่วยทำแผนพ่นหมอกควันรัศมี 100 เมตรรอบบ้านผู้ป่วย"]


@T("health_volunteer")
def osm_tb_dot_tracker(r):
    p = ch(r, SOUTH_TH + ISAN_TH)
    return ["ตารางกำกับการกินยาวัณโรค (DOT) ที่ อสม. กรอก\n", "ผู้ป่วย: ", P(p), "  เลขบัตร ",
            E(ID, nid(r)), "  HN ", E(MRN, hn(r)), "\nวินิจฉัย: ", E(H, "วัณโรคปอดเสมหะบวก"),
            " เริ่มยา 2HRZE/4HR\nวันที่ 1-14: กินครบ, วันที่ 15-17: ขาดยา (ไปกรีดยางที่อื่น)\n",
            "ช่วยเขียนข้อความเตือนแบบนุ่มนวลให้ อสม. ไปพูดกับผู้ป่วย"]


@T("health_volunteer")
def vhv_program_summary_en(r):
    a, b = ch(r, ISAN_EN), ch(r, STAFF_EN)
    return ["Quarterly report - village health volunteer pilot, Udon Thani (draft; tighten the English)\n",
            "Case highlight: ", P(a), ", 71, ", E(H, "insulin-dependent diabetic with a foot ulcer"), ", was visited 11 times; ",
            "volunteers uploaded wound photos to the app from IP ", E(IP, ipv4(r)), ".\n",
            "Contact for the district team: ", P(b), ", ", E(EM, email(r, b.split()[0].lower() + ".k", "udonhealth.org")), "."]


@T("health_volunteer")
def osm_bedridden_registry(r):
    a, b = r.sample(NORTH_TH + ISAN_TH, 2)
    return ["ทะเบียนผู้สูงอายุติดบ้านติดเตียง (LTC) ต.บ้านเป็ด\n", "ลำดับ|ชื่อ|เลขบัตร|ADL|สภาพ\n",
            "1|", P(a), "|", E(ID, nid(r, first="3", style="plain")), "|4|", E(DIS, "อัมพาตครึ่งซีกขวา"), "\n",
            "2|", P(b), "|", E(ID, nid(r, first="3", style="plain")), "|9|", E(H, "ภาวะสมองเสื่อมระยะกลาง"), "\n",
            "ช่วยจัดแผนเยี่ยมบ้านของ Care Giver สัปดาห์ละ 2 ครั้ง"]


@T("health_volunteer")
def osm_teen_pregnancy_note(r):
    g = ch(r, ["ปิยะนุช", "สุภาวดี", "อาซีซะห์", "หมี่จู"]) + " " + ch(r, ["บุตรดี", "แซ่ลี", "แวนิ", "ปินตา"])
    return ["บันทึกลับ อสม. ส่งพยาบาล รพ.สต. (ห้ามบอกโรงเรียน)\n", "น.ส.", P(g), " อายุ 15 ปี ",
            E(H, "ตั้งครรภ์ประมาณ 16 สัปดาห์"), " ยอมรับว่า", E(SEX, "มีเพศสัมพันธ์กับแฟนโดยไม่ป้องกัน"),
            "มาหลายเดือน ติดต่อแม่ได้ที่ ", E(PH, mobile(r)), "\nช่วยแนะนำขั้นตอนส่งต่อศูนย์พึ่งได้ (OSCC)"]


@T("health_volunteer")
def osm_smart_app_json(r):
    p = ch(r, ISAN_TH + NORTH_TH)
    return ["ช่วยหาเหตุที่ API ของแอป อสม.ออนไลน์ตอบ 422 กับ payload นี้\n```json\n",
            '{"volunteer_id": "V', str(r.randint(10000, 99999)), '", "visit": {"name": "', P(p),
            '", "cid": "', E(ID, nid(r, style="plain")), '", "birth_date": "', E(DB, dob(r, "iso", 1940, 1960)),
            '", "sbp": 172, "dbp": 101, "note": "', E(H, "ความดันสูง ขาดยา 2 สัปดาห์"),
            '", "lat": 16.43', str(r.randint(10, 99)), ', "lng": 102.83', str(r.randint(10, 99)), "}}\n```"]


# ==============================================================================================
# E. Sub-district health promoting hospitals (รพ.สต.)
# ==============================================================================================
@T("rpsst")
def rpsst_referral_letter(r):
    p = ch(r, SOUTH_TH + TRIBE_TH)
    return [f"ใบส่งตัวผู้ป่วย (Refer) จาก {ch(r, RPSST)} ถึง รพ.ชุมชน\n", "ชื่อ: ", P(p), "  HN ", E(MRN, hn(r)),
            "  เลขบัตร ", E(ID, nid(r)), "  เกิด ", E(DB, dob(r, "th_short", 1950, 1990)),
            "\nอาการสำคัญ: ", E(H, "เจ็บหน้าอกร้าวไปแขนซ้าย 2 ชั่วโมง EKG พบ ST elevation"),
            "\nช่วยเขียนสรุปส่งต่อแบบ SBAR ให้กระชับ"]


@T("rpsst")
def rpsst_home_visit_note(r):
    p = ch(r, NORTH_M + ISAN_M)
    return ["บันทึกเยี่ยมบ้าน (INHOMESSS) พยาบาลวิชาชีพ รพ.สต.\n", "ผู้ป่วย: ลุง", P(p), "  HN ", E(MRN, hn(r)),
            "\nที่อยู่: ", E(AD, addr(r)), "\nสภาพ: ", E(DIS, "ขาซ้ายถูกตัดเหนือเข่าจากเบาหวาน ใช้วีลแชร์"),
            "; ", E(H, "แผลกดทับที่ก้นกบระดับ 2"), "\nช่วยแปลงบันทึกนี้เป็นแผนการพยาบาล 3 ข้อ"]


@T("rpsst")
def rpsst_anc_couple_thal(r):
    w, h = ch(r, ISAN_F), ch(r, ISAN_M)
    return ["ผลคัดกรองธาลัสซีเมียคู่สามีภรรยา (ANC รพ.สต.) - ช่วยเขียนจดหมายนัดให้คำปรึกษา\n",
            "ภรรยา: ", P(w), " HN ", E(MRN, hn(r)), " - ", E(GEN, "พาหะแอลฟาธาลัสซีเมีย 1"), "\n",
            "สามี: ", P(h), " - ", E(GEN, "พาหะแอลฟาธาลัสซีเมีย 1 เช่นกัน"), "\n",
            "ทารกเสี่ยง Hb Bart's hydrops 25% ต้องส่ง PND ที่ รพ.ศรีนครินทร์ โทรหาภรรยา ", E(PH, mobile(r))]


@T("clinic")
def prep_clinic_note_en(r):
    p = ch(r, ISAN_EN + STAFF_EN)
    return ["PrEP clinic note (community health centre) - summarise for the monthly line list\n",
            "Client: ", P(p), ", DOB ", E(DB, dob(r, "en", 1995, 2004)), ", HN ", E(MRN, hn(r)),
            "\nRisk: ", E(SEX, "receptive anal sex with 3 male partners in the past month"),
            "\nLabs: ", E(H, "HIV negative, hepatitis B non-immune"), "; started daily TDF/FTC."]


@T("rpsst")
def rpsst_epi_vaccine_json(r):
    k = ch(r, ["อัสมะ", "ภูมิ", "นูรฮายาตี", "ปาณิศา"]) + " " + ch(r, ["แวนิ", "ศรีสุข", "แซ่ย่าง", "ใจมา"])
    return ["ข้อมูลจาก HosXP PCU ที่ส่งเข้าระบบ MOPH Immunization Center ไม่ผ่าน ช่วยดูว่า field ไหนผิด\n",
            '{"hospcode":"0', str(r.randint(1000, 9999)), '","hn":"', E(MRN, f"{r.randint(10000, 99999)}"), '","cid":"',
            E(ID, nid(r, first=ch(r, "17"), style="plain")), '","fullname":"', P(k), '","birth":"',
            E(DB, dob(r, "iso", 2024, 2025)), '","vaccine":"MMR1","dose":1,"date_serv":"2026-03-11"}']


@T("rpsst")
def rpsst_9q_depression(r):
    p = ch(r, SOUTH_TH + ISAN_TH)
    return ["ผลคัดกรองสุขภาพจิต รพ.สต. (2Q/9Q/8Q)\n", "ชื่อ: ", P(p), "  โทร ", E(PH, mobile(r)), "\n",
            "9Q = 21 คะแนน 8Q = 9 คะแนน: ", E(H, "ซึมเศร้าระดับรุนแรงและมีความคิดฆ่าตัวตาย"), "\n",
            "ช่วยร่างข้อความประสานทีม MCATT อำเภอให้ออกเยี่ยมภายในวันนี้"]


@T("rpsst")
def rpsst_ncd_csv(r):
    a, b = r.sample(SOUTH_TH + NORTH_TH, 2)
    return ["ไฟล์ส่งออกคลินิก NCD (ขอให้หาค่าเฉลี่ย FBS และนับคนคุมไม่ได้)\n", "cid,name,dx,fbs\n",
            E(ID, nid(r, style="plain")), ",", P(a), ",", E(H, "E11 เบาหวาน"), ",182\n",
            E(ID, nid(r, style="plain")), ",", P(b), ",", E(H, "I10 ความดันโลหิตสูง"), ",96\n"]


@T("rpsst")
def rpsst_hdc_sql_paste(r):
    p = ch(r, TRIBE_TH + SOUTH_TH)
    return ["ทำไม query นี้ช้า ช่วย optimize ให้หน่อย (ผลลัพธ์แถวแรกแปะไว้ด้วย)\n```sql\n",
            "SELECT p.cid, p.name, p.lname, d.diagcode FROM person p JOIN diagnosis_opd d ON d.pid = p.pid\n",
            "WHERE d.diagcode LIKE 'B20%' AND p.typearea IN ('1','3');\n```\n", "-- row 1: ",
            E(ID, nid(r, style="plain")), " | ", P(p), " | ", E(H, "B20 ติดเชื้อเอชไอวี")]


@T("rpsst")
def rpsst_sms_appointment(r):
    p = ch(r, ISAN_TH + NORTH_TH)
    return ["ข้อความ SMS ที่ระบบจะส่ง (ตรวจคำผิดให้ด้วย): ",
            f"{ch(r, RPSST)} เรียน คุณ", P(p), " นัดรับ", E(H, "ยาต้านไวรัสเอชไอวี"),
            " วันพฤหัส 9 โมง หากไม่สะดวกโทร ", E(PH, landline(r)), " (มือถือผู้ป่วยในระบบ ", E(PH, mobile(r, "plain")), ")"]


@T("rpsst")
def rpsst_hla_before_allopurinol(r):
    p = ch(r, TRIBE_TH + NORTH_TH)
    return ["แพทย์เวชปฏิบัติครอบครัวขอให้ AI สรุปคำแนะนำ\n", "ผู้ป่วย: ", P(p), " HN ", E(MRN, hn(r)),
            " ", E(H, "โรคเกาต์ กรดยูริก 10.2"), "\nผล Lab ส่งตรวจ: ", E(GEN, "ตรวจพบยีน HLA-B*58:01"),
            "\nคำถาม: ควรเปลี่ยนจาก allopurinol เป็นยาอะไร และต้องแจ้ง รพ.สต. อย่างไร"]


@T("rpsst")
def nhso_authen_face_log(r):
    p = ch(r, SOUTH_TH + ISAN_TH)
    return ["log ระบบยืนยันตัวตนเข้ารับบริการ (Authen สปสช.) ที่ รพ.สต. - ช่วยดูว่าทำไม claim ถูก reject\n",
            "2026-03-02 08:14:51 cid=", E(ID, nid(r, style="plain")), " name=", P(p),
            " method=face result=FAIL note=", E(BIO, "ใบหน้าไม่ตรงกับภาพต้นแบบในฐานข้อมูล (score 0.41)"),
            "\n2026-03-02 08:15:20 same cid method=smartcard result=OK terminal_ip=", E(IP, ipv4(r))]


@T("telemedicine")
def rpsst_telemed_en(r):
    p = ch(r, ["Apher Chermue", "Ami Mayoe", "Mizhu Yesor"])
    return ["Telemedicine summary (hill-area health centre to district hospital). Make it shorter.\n",
            "Patient ", P(p), ", ", E(ETH, "Akha"), ", HN ", E(MRN, hn(r)),
            "; complains of cough for 3 weeks; ", E(H, "chest X-ray suggests pulmonary TB"),
            "; translator: her son, mobile ", E(PH, mobile(r, "intl")), "."]


# ==============================================================================================
# F. BAAC (ธ.ก.ส.) loans and agricultural cooperatives
# ==============================================================================================
@T("baac")
def baac_loan_application(r):
    f = ch(r, ISAN_TH + NORTH_TH + SOUTH_TH)
    return ["แบบคำขอกู้เงิน ธ.ก.ส. (สินเชื่อเพื่อการผลิต) - ช่วยตรวจช่องที่ยังขาด\n", "ผู้ขอกู้: ", P(f),
            "\nเลขประจำตัวประชาชน: ", E(ID, nid(r)), "\nเกิด: ", E(DB, dob(r, "th_long", 1960, 1985)),
            "\nที่อยู่: ", E(AD, addr(r)), f"\nหลักประกัน: โฉนดเลขที่ {r.randint(1000, 49999)} เนื้อที่ 12 ไร่",
            "\nบัญชีรับเงินกู้: ", E(ACC, bank_acct(r, "baac")), "\nผู้ค้ำ: ", P(ch(r, ISAN_TH + NORTH_TH))]


@T("baac")
def baac_credit_memo_en(r):
    f = ch(r, ISAN_EN + SOUTH_RUMI)
    return ["Credit memo (internal, BAAC branch) - rewrite in plain English for the regional committee\n",
            "Borrower: ", P(f), ", ID ", E(ID, nid(r, style="dash")), ", savings account ", E(ACC, bank_acct(r, "baac")),
            "\nPurpose: 300,000 THB to replant 15 rai of durian after the 2025 flood.",
            "\nRisk: arrears of 2 instalments in 2024; borrower ", E(H, "had a stroke in 2024 and uses a walker"),
            "; son will take over farming."]


@T("coop")
def coop_dividend_csv(r):
    a, b = r.sample(ISAN_TH + NORTH_TH, 2)
    return ["ไฟล์ปันผลสมาชิกสหกรณ์การเกษตร ปี 2568 (ช่วยคำนวณเงินเฉลี่ยคืน 3% ของยอดซื้อ)\n",
            "เลขสมาชิก,ชื่อ,เลขบัตร,บัญชีรับโอน,ยอดซื้อปุ๋ย\n",
            f"{r.randint(1000, 4999)},", P(a), ",", E(ID, nid(r, style="plain")), ",", E(ACC, bank_acct(r, "baac")), f",{r.randint(8000, 60000)}\n",
            f"{r.randint(1000, 4999)},", P(b), ",", E(ID, nid(r, style="plain")), ",", E(ACC, bank_acct(r)), f",{r.randint(8000, 60000)}\n"]


@T("coop")
def coop_fertilizer_sms(r):
    f = ch(r, ISAN_TH + SOUTH_BUDDHIST_TH)
    return ["ช่วยย่อ SMS นี้ให้ไม่เกิน 70 ตัวอักษร: ",
            "\"สหกรณ์การเกษตรแจ้งคุณ", P(f), " ปุ๋ยสูตร 16-20-0 จำนวน 10 กระสอบมาถึงแล้ว รับได้ที่โกดังภายในวันศุกร์ ",
            "หากฝากญาติรับแทนให้ญาติโทรยืนยันจากเบอร์ ", E(PH, mobile(r)), " ที่ลงทะเบียนไว้\""]


@T("coop")
def coop_registration_update(r):
    c = ch(r, ["อาเผ่อ เชอหมื่อ", "อาหมี่ มาเยอะ", "หมี่จู เยส่อ", "อาจู อามอ"])
    return ["หนังสือแจ้งเปลี่ยนแปลงคณะกรรมการ สหกรณ์ผู้ปลูกกาแฟดอยช้าง จำกัด\n", "เลขทะเบียนนิติบุคคล: ", E(JUR, juristic(r, "เชียงราย")),
            "\nประธานกรรมการคนใหม่: ", P(c), " (", E(ETH, "ชาวอาข่า"), ") โทร ", E(PH, mobile(r)),
            "\nอีเมลส่วนตัว: ", E(EM, email(r, ch(r, ["apher", "amee", "chermue"]) + str(r.randint(70, 99)))),
            "\nช่วยร่างหนังสือนำส่งถึงสำนักงานสหกรณ์จังหวัด"]


@T("agriculture")
def rubber_auction_settlement(r):
    s = ch(r, SOUTH_TH + SOUTH_BUDDHIST_TH)
    return ["ใบสรุปการขายยางแผ่นรมควัน ตลาดกลางยางพารา หาดใหญ่ (ช่วยตรวจผลรวม)\n", "ผู้ขาย: ", P(s), " เลขบัตร ",
            E(ID, nid(r, prov="สงขลา")), "\nน้ำหนัก 1,240 กก. x 63.50 บาท = 78,740 บาท หักค่าธรรมเนียม 1%",
            "\nรถขนยาง: ", E(PL, plate(r, ch(r, ["สงขลา", "สตูล", "ยะลา"]))), "\nโอนเข้าบัญชี ", E(ACC, bank_acct(r))]


@T("baac")
def baac_app_face_kyc_ticket(r):
    f = ch(r, ISAN_TH + NORTH_TH)
    return ["Ticket #", str(r.randint(40000, 99999)), " แอป A-Mobile ยืนยันตัวตนไม่ผ่าน\nลูกค้า: ", P(f),
            " เลขบัตร ", E(ID, nid(r)), "\nรายละเอียด: ลูกค้าอายุ 74 ", E(BIO, "สแกนใบหน้าเทียบกับภาพบนชิปบัตรไม่ผ่าน 5 ครั้ง"),
            " จาก IP ", E(IP, ipv4(r)), "\nช่วยเขียนคำตอบแนะนำให้ไปยืนยันตัวตนที่สาขา"]


@T("coop")
def coop_embezzlement_board_note(r):
    p = ch(r, NORTH_TH + ISAN_TH)
    return ["วาระลับ ที่ประชุมกรรมการดำเนินการสหกรณ์ออมทรัพย์ครู\n", "เจ้าหน้าที่การเงิน ", P(p),
            " ", E(CRIM, "ถูกศาลพิพากษาจำคุก 3 ปีฐานยักยอกทรัพย์"), " เงินหุ้นสมาชิก 2.4 ล้านบาท เมื่อปี 2566",
            " บัดนี้พ้นโทษแล้วและยื่นสมัครงานใหม่ เลขบัตร ", E(ID, nid(r)),
            "\nช่วยร่างมติกรรมการเรื่องไม่รับกลับเข้าทำงานอย่างสุภาพ"]


@T("coop")
def longan_coop_export_en(r):
    c = ch(r, STAFF_EN)
    return ["Please translate to Chinese and keep it formal.\n\nDear Sir or Madam,\nThe Lamphun longan cooperative (juristic ID ",
            E(JUR, juristic(r, "ลำปาง", "plain")), ") confirms 3 containers of dried longan for May. Our export officer is ",
            P(c), ", mobile ", E(PH, mobile(r, "intl")), ", personal e-mail ", E(EM, email(r, c.split()[0].lower() + "2533")),
            ".\nBest regards"]


@T("coop")
def coffee_coop_member_akha(r):
    m = ch(r, ["อาเผ่อ เชอหมื่อ", "อาหมี่ มาเยอะ", "หมี่จู เยส่อ", "อาจู อามอ"])
    return ["ใบสมัครสมาชิกวิสาหกิจชุมชนกาแฟ บ้านสามแยกอีก้อ\n", "ชื่อ: ", P(m), " (", E(ETH, "อาข่า"), ")",
            "\nเลขบัตร: ", E(ID, stateless_id(r, "เชียงราย")), "\nที่อยู่: ", E(AD, addr(r, "north")),
            "\nเบอร์: ", E(PH, mobile(r)), "\nช่วยเขียนบทนำสมาชิกใหม่ลงเพจของกลุ่ม (ไม่ต้องใส่เลขบัตร)"]


@T("baac")
def baac_debt_collection_call_en(r):
    f = ch(r, ISAN_EN)
    return ["Transcript (auto-translated) of a collection call - produce a 3-line summary\n",
            "Agent: Am I speaking with ", P(f), "?\nCustomer: Yes.\nAgent: Your loan on account ", E(ACC, bank_acct(r, "baac")),
            " is 95 days overdue.\nCustomer: I could not pay, ", E(H, "I was in hospital for dengue shock for two weeks"),
            ".\nAgent: Please call me back on ", E(PH, landline(r, "isan")), " ext 12."]


# ==============================================================================================
# G. Local administrative organisations (อบต. / เทศบาล)
# ==============================================================================================
@T("local_gov")
def obt_elderly_allowance_csv(r):
    a, b = r.sample(ISAN_TH + NORTH_TH + SOUTH_TH, 2)
    return ["ไฟล์ผู้มีสิทธิ์เบี้ยยังชีพผู้สูงอายุรายใหม่ ปีงบ 2570 (ช่วยเช็กว่าใครอายุครบ 60 ก่อน 1 ต.ค.)\n",
            "ชื่อ,เลขบัตร,วันเกิด,บัญชี\n", P(a), ",", E(ID, nid(r, first="3", style="dash")), ",", E(DB, dob(r, "slash_be", 1965, 1966)),
            ",", E(ACC, bank_acct(r)), "\n", P(b), ",", E(ID, nid(r, first="3", style="dash")), ",",
            E(DB, dob(r, "slash_be", 1965, 1966)), ",", E(ACC, bank_acct(r, "baac")), "\n"]


@T("local_gov")
def obt_disability_allowance_form(r):
    p = ch(r, SOUTH_TH + ISAN_TH)
    return ["แบบคำขอลงทะเบียนรับเงินเบี้ยความพิการ อบต.\n", "ชื่อ: ", P(p), "  เลขบัตรคนพิการ/บัตรประชาชน ",
            E(ID, nid(r)), "\nประเภทความพิการ: ", E(DIS, "ความพิการทางการได้ยิน (หูหนวก)"),
            "\nบัญชีธนาคารกรุงไทย ", E(ACC, bank_acct(r)), "\nผู้ดูแล: ", P(ch(r, SOUTH_TH + ISAN_TH)), " โทร ", E(PH, mobile(r)),
            "\nช่วยเขียนคำอธิบายการกรอกแบบฟอร์มเป็นภาษาง่าย ๆ"]


@T("local_gov")
def obt_complaint_ticket(r):
    p = ch(r, ISAN_M + NORTH_M)
    return [f"เรื่องร้องเรียนผ่านศูนย์ดำรงธรรม/อบต. เลขรับ {r.randint(100, 999)}/2569\n", "ผู้ร้อง: นาย", P(p),
            " โทร ", E(PH, mobile(r)), "\nที่อยู่ ", E(AD, addr(r)),
            "\nเรื่อง: ฟาร์มหมูข้างบ้านปล่อยน้ำเสียลงลำห้วย กลิ่นเหม็นทั้งหมู่บ้าน ขอให้ตรวจสอบ\n",
            "ช่วยจัดหมวดหมู่เรื่องร้องเรียนและร่างหนังสือส่งปศุสัตว์อำเภอ"]


@T("local_gov")
def tessaban_building_permit(r):
    o = ch(r, SOUTH_BUDDHIST_TH + SOUTH_TH)
    return ["คำขออนุญาตก่อสร้างอาคาร (ข.1) เทศบาลเมืองสะเดา\n", "ผู้ขอ: ", P(o), "  ที่อยู่ ", E(AD, addr(r, "south")),
            "\nผู้รับเหมา: หจก.สะเดาก่อสร้าง เลขนิติบุคคล ", E(JUR, juristic(r, "สงขลา")),
            "\nอาคารพาณิชย์ 3 ชั้น 2 คูหา\nช่วยทำ checklist เอกสารประกอบตามกฎกระทรวง"]


@T("local_gov")
def tessaban_staff_political_post(r):
    p = ch(r, NORTH_TH + ISAN_TH)
    return ["บันทึกข้อความ กองการเจ้าหน้าที่ เทศบาลตำบล\nเรื่อง ขอคำแนะนำกรณีพนักงานจ้าง\n",
            "พนักงานจ้าง ", P(p), " ", E(POL, "โพสต์เฟซบุ๊กสนับสนุนให้ยกเลิกมาตรา 112"),
            " ผู้บริหารให้สอบข้อเท็จจริง\nช่วยบอกว่าการสอบข้อเท็จจริงต้องคำนึงถึงสิทธิเสรีภาพอะไรบ้าง"]


@T("local_gov")
def tessaban_water_bill_json(r):
    p = ch(r, SOUTH_TH + NORTH_TH)
    return ["JSON ใบแจ้งหนี้ประปาหมู่บ้านที่ระบบเทศบาลส่งออก - ช่วยเขียน template SMS จากข้อมูลนี้\n",
            '{"meter_no":"WM', str(r.randint(100000, 999999)), '","owner":"', P(p), '","address":"', E(AD, addr(r)),
            '","phone":"', E(PH, mobile(r, "plain")), '","units":', str(r.randint(8, 40)), ',"amount":', str(r.randint(80, 600)), "}"]


@T("local_gov")
def obt_eservice_access_log(r):
    return ["ช่วยหาคนที่ส่งคำร้องซ้ำใน log e-Service ของ อบต. นี้\n",
            "2026-02-11T09:12:03+07:00 POST /eservice/request ip=", E(IP, ipv4(r)), " email=",
            E(EM, email(r, ch(r, ["boonlai.s", "khampun99", "nuphin.sri"]))), " cid=", E(ID, nid(r, style="plain")),
            " type=ขอถังขยะ\n2026-02-11T09:12:41+07:00 POST /eservice/request ip=", E(IP, ipv6(r)), " type=ขอถังขยะ"]


@T("local_gov")
def tessaban_cctv_request_en(r):
    p = ch(r, ["Buachan Inta", "Duangdee Pinta", "Sinuan Panyawong", "Chantip Suriya"])
    return ["Request to the municipal CCTV room (Chiang Rai) - please draft the reply\n", "Requester: ", P(p),
            ", phone ", E(PH, mobile(r)), "\nIncident: her motorbike was hit near the night bazaar on 2 March at 21:40;",
            " the other vehicle was a pickup, plate ", E(PL, plate(r, "เชียงราย")),
            ". She asks for the footage for her insurance claim."]


@T("local_gov")
def obt_garbage_fee_ocr(r):
    p = ch(r, ISAN_TH)
    return ["ข้อความ OCR จากใบเสร็จค่าธรรมเนียมเก็บขยะ (อ่านไม่ชัด ช่วยแก้ตัวสะกดให้)\n",
            "องค์การบริหารส่วนตำบลโนนสูง  ใบเสร็จรับเงิน เล่มที่ 12 เลขที่ 0" + str(r.randint(100, 999)) + "\n",
            "ได้รับเงินจาก ", P(p), "  ที่อยู่ ", E(AD, addr(r, "isan")), "\nค่าธรรมเนียมเก็บขนขยะ ๑๒ เดือน ๒๔๐.- บาท\n",
            "เลขประจำตัวผู้เสียภาษี ", E(ID, nid(r, style="space")), "  ผู้รับเงิน ........"]


@T("local_gov")
def obt_flood_relief_list(r):
    a, b = r.sample(SOUTH_TH + SOUTH_BUDDHIST_TH, 2)
    return ["รายชื่อผู้ประสบอุทกภัย ม.4 ต.ปะลุรู (ขอให้ AI รวมยอดเงินช่วยเหลือ 5,000 บาทต่อครัวเรือน)\n",
            "1. ", P(a), " ", E(ID, nid(r, prov="นราธิวาส")), " บัญชี ", E(ACC, bank_acct(r)), "\n",
            "2. ", P(b), " ", E(ID, nid(r, prov="นราธิวาส")), " โทร ", E(PH, mobile(r)), " ", E(DIS, "พิการทางสติปัญญา"), " (ผู้ดูแลรับแทน)\n"]


@T("local_gov")
def obt_job_applicant_cv_en(r):
    p = ch(r, SOUTH_RUMI + ISAN_EN)
    return ["Summarise this CV for the SAO hiring panel (position: community development officer).\n",
            "Name: ", P(p), "\nDate of birth: ", E(DB, dob(r, "en", 1994, 2000)), "\nAddress: ", E(AD, addr_en(r)),
            "\nEmail: ", E(EM, email(r, p.split()[0].lower() + "." + p.split()[-1].lower().replace("-", ""))),
            "\nPhone: ", E(PH, mobile(r, "dash")), "\nEducation: BA Community Development, Yala Rajabhat University"]


@T("local_gov")
def obt_background_check_result(r):
    p = ch(r, NORTH_TH + ISAN_TH)
    return ["ผลตรวจสอบประวัติอาชญากรรมผู้สมัครพนักงานขับรถ อบต. (ส่งให้ AI ช่วยร่างหนังสือแจ้งผล)\n",
            "ผู้สมัคร: ", P(p), " เลขบัตร ", E(ID, nid(r)), "\nผล: ", E(CRIM, "มีประวัติต้องคำพิพากษาคดีขับรถขณะเมาสุรา ปี 2564"),
            "\nใบขับขี่ประเภท 2 ยังไม่หมดอายุ"]


@T("local_gov")
def land_tax_notice_ocr(r):
    p = ch(r, NORTH_TH + TAIYAI_TH)
    return ["OCR ภ.ด.ส.6 ใบแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง (ช่วยจัดรูปแบบเป็นตาราง)\n",
            "ผู้เสียภาษี ", P(p), " เลขประจำตัว ", E(ID, nid(r, first=ch(r, "38"), prov="แม่ฮ่องสอน")),
            "\nที่อยู่ ", E(AD, addr(r, "north")), "\nที่ดิน น.ส.3ก เลขที่ 2" + str(r.randint(100, 999)) +
            " ใช้ประโยชน์เกษตรกรรม ภาษี 0.01% = 36.00 บาท"]


@T("local_gov")
def obt_time_attendance_fingerprint(r):
    p = ch(r, STAFF_TH)
    return ["ช่วยเขียนสูตร Excel นับวันมาสายจากข้อมูลเครื่องสแกนลายนิ้วมือ อบต.\n",
            "EmpNo,Name,Date,In,Template\n", f"{r.randint(10, 99)},", P(p), ",2026-03-02,08:41,",
            E(BIO, "FP-ISO19794:" + "".join(r.choice("0123456789ABCDEF") for _ in range(24))), "\n"]


# ==============================================================================================
# H. Border checkpoints
# ==============================================================================================
@T("border")
def chongmek_crossing_log_en(r):
    a = ch(r, LAO_EN)
    return ["Chong Mek checkpoint - daily exceptions (Lao traders). Group by issue type.\n",
            "- ", P(a), ", passport ", E(PP, passport(r, "LA")), ", phone ", E(PH, foreign_phone(r, "LA")),
            ": border pass expired, goods (dried fish) held\n",
            "- Thai driver ", P(ch(r, ISAN_EN)), ", truck ", E(PL, plate(r, "อุบลราชธานี")), ": weight slip missing\n"]


@T("border")
def chiangkhong_auto_gate_enrol(r):
    t = ch(r, NORTH_F + ISAN_F)
    return ["สรุปคำขอลงทะเบียนช่องตรวจอัตโนมัติ (Automatic Channel) ด่านเชียงของ\n", "ผู้ขอ: นาง", P(t),
            " หนังสือเดินทาง ", E(PP, passport(r)), " เกิด ", E(DB, dob(r, "th_short", 1960, 1990)),
            "\nสถานะ: ", E(BIO, "ลงทะเบียนภาพใบหน้าและลายนิ้วมือชี้ทั้งสองข้างแล้ว"),
            "\nช่วยเขียนข้อความ SMS แจ้งว่าใช้ช่องอัตโนมัติได้ตั้งแต่พรุ่งนี้"]


@T("border")
def immigration_overstay_memo_en(r):
    p = ch(r, [*KH_EN, "Aung Ko Ko", "Zaw Min Tun", "Kyaw Zin Oo"])
    return ["Immigration detention centre memo - tidy up the English\n", "Detainee: ", P(p), ", passport ",
            E(PP, passport(r, "KH" if p in KH_EN else "MM")), ", DOB ", E(DB, dob(r, "en", 1990, 2002)),
            "\nHe was ", E(CRIM, "convicted of illegal entry and fined 2,000 baht by the Mae Sot provincial court"),
            " and is awaiting deportation; ", E(H, "he is HIV-positive and needs ARVs continued"), "."]


@T("border")
def mukdahan_bridge_truck_decl(r):
    d = ch(r, LAO_TH)
    return ["ใบขนสินค้าผ่านแดน สะพานมิตรภาพ 2 มุกดาหาร-สะหวันนะเขต (ช่วยตรวจความสอดคล้อง)\n",
            "ผู้ส่งออก: บริษัท มุกดาขนส่ง จำกัด เลขนิติบุคคล ", E(JUR, juristic(r, "มุกดาหาร")),
            "\nคนขับ: ", P(d), " พาสปอร์ต ", E(PP, passport(r, "LA")), " โทร ", E(PH, foreign_phone(r, "LA")),
            "\nหัวลาก ", E(PL, plate(r, "มุกดาหาร")), " สินค้า: ผลไม้สด 22 ตัน"]


@T("labour")
def mou_worker_batch_en(r):
    a, b = r.sample(MM_EN, 2)
    return ["MOU worker arrival list - check passport numbers are unique and flag anything odd\n",
            "Employer: Tak Agro Co., Ltd. (juristic ID ", E(JUR, juristic(r, "ตาก", "plain")), ")\n",
            "1 | ", P(a), " | ", E(PP, passport(r, "MM")), " | ", E(DB, dob(r, "iso", 1992, 2004)), "\n",
            "2 | ", P(b), " | ", E(PP, passport(r, "MM")), " | ", E(DB, dob(r, "iso", 1992, 2004)), "\n"]


@T("border")
def landmine_survivor_referral_en(r):
    p = ch(r, ISAN_EN_M)
    return ["Referral to the prosthetics workshop (Surin border area). Rewrite as a short letter.\n",
            "Name: ", P(p), ", ID ", E(ID, nid(r, style="space")), ", phone ", E(PH, mobile(r)),
            "\nHistory: rice farmer; ", E(DIS, "lost his left leg below the knee to a landmine"),
            " near the border in 2019; current socket causes pain."]


# ==============================================================================================
# I. Unions, politics, schools, telecom, shops and more regional life
# ==============================================================================================
@T("labour")
def songkhla_cannery_union_memo(r):
    p = ch(r, SOUTH_BUDDHIST_TH + SOUTH_TH)
    return ["บันทึกฝ่ายบุคคล โรงงานปลากระป๋อง อ.เมืองสงขลา (ช่วยเกลาภาษา)\n", "พนักงาน: ", P(p), " รหัส ",
            str(r.randint(10000, 99999)), " ได้รับเลือกเป็น", E(TU, "เลขาธิการสหภาพแรงงานอาหารทะเลสงขลา"),
            " และยื่นข้อเรียกร้องเรื่องโบนัส ขอให้ฝ่ายบุคคลจัดตารางเจรจาภายใน 3 วันตามกฎหมาย โทรติดต่อ ", E(PH, mobile(r))]


@T("labour")
def palm_oil_mill_union_en(r):
    p = ch(r, SOUTH_RUMI)
    return ["Draft a neutral reply to this grievance (palm oil mill, Krabi).\n", "From: ", P(p), " <",
            E(EM, email(r, p.split()[0].lower() + "." + p.split()[-1].lower().replace("-", ""))), ">\n",
            "As a ", E(TU, "shop steward of the Krabi Palm Oil Workers' Union"),
            ", I ask the company to explain why six of our members were moved to night shift without notice."]


@T("labour")
def sugar_mill_union_chat(r):
    p = ch(r, ISAN_TH)
    return ["[LINE กลุ่มคนงานโรงน้ำตาล]\n", P(p), ": พี่น้องเด้อ ข่อยเข้า", E(TU, "เป็นสมาชิกสหภาพแรงงานโรงงานน้ำตาลกุมภวาปี"),
            "แล้ว ไผสิสมัครนำกัน ทักไลน์ข่อยได้ ", E(LN, line_id(r, "kampun")), " เด้อ\n",
            "(ช่วยสรุปแชตนี้ให้ผู้จัดการโรงงานอ่าน)"]


@T("university")
def student_activist_file_en(r):
    p = ch(r, SOUTH_RUMI_M + ISAN_EN_M)
    return ["Student affairs case note - please summarise neutrally\n", "Student: ", P(p), " (ID ", E(SID, student_id(r, "uni")),
            ")\nThe student ", E(POL, "led a campus rally demanding the military leave the deep South"),
            " and police asked the faculty for his phone number ", E(PH, mobile(r)), "."]


@T("chat")
def isan_village_election_chat(r):
    a, b = r.sample(ISAN_TH, 2)
    return ["[กลุ่มไลน์ บ้านโนนสูง ม.5]\n", P(a), ": ปีนี้ข่อย", E(POL, "บ่เลือกพรรคภูมิใจไทยแล้วเด้อ"),
            " ไปเลือกพรรคส้มดีกว่า\n", P(b), ": เจ้าคิดจังได๋แท้\n", "ช่วยสรุปว่าคนในกลุ่มคุยเรื่องอะไร (ให้ผู้ใหญ่บ้าน)"]


@T("hospital")
def blood_donation_deferral(r):
    p = ch(r, NORTH_TH + SOUTH_BUDDHIST_TH)
    return ["แบบคัดกรองผู้บริจาคโลหิต หน่วยเคลื่อนที่ เชียงราย (ช่วยเขียนจดหมายแจ้งเลื่อนการบริจาค)\n", "ผู้บริจาค: ", P(p),
            " เลขบัตร ", E(ID, nid(r)), " เกิด ", E(DB, dob(r, "th_short", 1985, 2003)), "\nคำตอบข้อ 12: ",
            E(SEX, "มีคู่นอนใหม่ 2 คนในช่วง 3 เดือนที่ผ่านมา"), "\nผลคัดกรอง: งดบริจาค 3 เดือน"]


@T("school")
def deaf_child_school_referral(r):
    k = ch(r, ["อาหมี่", "จะก่อ", "หมี่จู", "ซัว"]) + " " + ch(r, ["มาเยอะ", "จะพือ", "เยส่อ", "แซ่ย่าง"])
    return ["หนังสือส่งตัวนักเรียนไปโรงเรียนโสตศึกษา จ.ลำปาง (ช่วยร่าง)\n", "นักเรียน: ด.ญ.", P(k), " รหัส ",
            E(SID, student_id(r)), " (", E(ETH, "ชาวลีซู"), ")\nสภาพ: ", E(DIS, "หูหนวกแต่กำเนิด สื่อสารด้วยภาษามือบ้าน"),
            "\nผู้ปกครองโทร ", E(PH, mobile(r))]


@T("insurance")
def songkhla_motor_claim_en(r):
    p = ch(r, SOUTH_RUMI_M)
    return ["Motor claim - Hat Yai branch. Draft the email asking for the repair quote.\n", "Insured: ", P(p),
            ", vehicle ", E(PL, plate(r, "สงขลา")), ", policy paid by card ", E(CC, card(r, "dash")),
            "\nAccident 14 Feb on Kanchanawanit Rd; insured ", E(H, "fractured his right wrist"), "."]


@T("telecom")
def south_sim_registration_face(r):
    p = ch(r, SOUTH_TH)
    return ["เคสร้องเรียนศูนย์บริการมือถือ สาขาปัตตานี: ซิมถูกระงับเพราะยังไม่ยืนยันตัวตนแบบ 2 แชะ\n",
            "ลูกค้า: ", P(p), " เลขบัตร ", E(ID, nid(r, prov="ปัตตานี")), " เบอร์ ", E(PH, mobile(r)),
            "\nหน้าร้านแจ้งว่า", E(BIO, "สแกนใบหน้าของลูกค้าเทียบกับบัตรประชาชนไม่ผ่าน"), " ลูกค้าใส่ผ้าคลุมผม",
            "\nช่วยร่างคำตอบขอโทษและนัดยืนยันตัวตนใหม่"]


@T("ecommerce")
def batik_shop_dispute_en(r):
    c = ch(r, WESTERN + MALAYSIAN)
    return ["Customer email to our Pattani batik shop - help me answer politely:\n\"Hi, I am ", P(c),
            ". My order #PB", str(r.randint(10000, 99999)), " never arrived at ", E(AD, addr_en(r, "south")),
            ". I paid with card ", E(CC, card(r, "plain")), ". Call me on ", E(PH, foreign_phone(r, "MY")), ".\""]


@T("ecommerce")
def hilltribe_silver_order_json(r):
    c = ch(r, STAFF_TH + NORTH_TH)
    return ["debug: order webhook ร้านเครื่องเงินชาวเขา (ทำไม field shipping หาย)\n",
            '{"order":"HS-', str(r.randint(100000, 999999)), '","buyer":"', P(c), '","tel":"', E(PH, mobile(r, "plain")),
            '","card":"', E(CC, card(r, "plain")), '","line":"', E(LN, line_id(r, ch(r, ["silverlover", "nok.cm", "jan_tib"]))),
            '","shipping":null}']


@T("tourism")
def elephant_camp_mahout_file(r):
    m = ch(r, ["หน่อแฮ ชีวิตไพร", "ดิ๊แปะ ทรัพย์ดอย", "นาโพ ยอดคีรี", "มึจือ ปู่หน่อ"])
    return ["แฟ้มพนักงานควาญช้าง ปางช้างแม่แตง (ช่วยทำสรุปสวัสดิการที่ยังขาด)\n", "ชื่อ: ", P(m), " (", E(ETH, "กะเหรี่ยงโปว์"), ")",
            "\nเลขประจำตัว ", E(ID, stateless_id(r, "เชียงใหม่")), "\nบัญชีรับเงินเดือน ", E(ACC, bank_acct(r)),
            "\nไม่มีประกันสังคมเพราะสถานะบุคคลยังไม่ชัดเจน"]


@T("islamic_committee")
def halal_certificate_application(r):
    o = ch(r, SOUTH_TH)
    return ["คำขอรับรองฮาลาล คณะกรรมการอิสลามประจำจังหวัดยะลา - ช่วยตรวจความครบถ้วน\n",
            "ผู้ประกอบการ: ห้างหุ้นส่วนจำกัด ยะลาโรตี เลขนิติบุคคล ", E(JUR, juristic(r, "ยะลา")),
            "\nผู้ควบคุมการผลิต: ", P(o), " ซึ่ง", E(REL, "เป็นมุสลิม"), "ตามเงื่อนไข โทร ", E(PH, mobile(r)),
            "\nผลิตภัณฑ์: โรตีแช่แข็ง 3 รายการ"]


@T("school")
def yala_school_counsel_note(r):
    k = ch(r, SOUTH_TH)
    return ["บันทึกครูแนะแนว โรงเรียนในยะลา (ลับ)\n", "นักเรียน: ", P(k), " เลขประจำตัว ", E(SID, student_id(r)),
            "\n", E(H, "แพทย์วินิจฉัยโรคสมาธิสั้น (ADHD) กินยา methylphenidate"),
            "\nผู้ปกครอง: ", P(ch(r, SOUTH_TH)), " ไลน์ ", E(LN, line_id(r, ch(r, ["rohani", "kasnee", "yusoh"]))),
            "\nช่วยเขียนแผนช่วยเหลือรายบุคคล (IEP) เบื้องต้น"]


@T("market")
def tessaban_market_vendor_permit(r):
    p = ch(r, TAIYAI_TH + NORTH_TH)
    return ["คำขอใช้พื้นที่ขายของตลาดเทศบาลแม่ฮ่องสอน (ช่วยจัดลงตาราง)\n", "ผู้ขอ: ", P(p), "  ",
            E(ETH, "ไทใหญ่"), "  บัตรเลข ", E(ID, nid(r, first=ch(r, "68"), prov="แม่ฮ่องสอน")),
            "\nสินค้า: ข้าวแรมฟืน ถั่วเน่า\nติดต่อ LINE ", E(LN, line_id(r, ch(r, ["saikham", "nuansaeng", "paankham"])))]


@T("telecom")
def isan_sim_swap_fraud_en(r):
    p = ch(r, ISAN_EN)
    return ["Fraud ops ticket - SIM swap attempt, Khon Kaen shop. Summarise in 3 bullets.\n", "Subscriber: ", P(p),
            ", number ", E(PH, mobile(r, "intl")), ", ID on file ", E(ID, nid(r, prov="ขอนแก่น", style="plain")),
            "\nRequest came from IP ", E(IP, ipv4(r)), " with a photo of an ID card that failed the hologram check."]


@T("health_volunteer")
def osm_elderly_screen_en(r):
    p = ch(r, ISAN_EN + SOUTH_RUMI)
    return ["Translate the volunteer's screening form into English bullet points - already in English below, just tidy:\n",
            "Elder: ", P(p), " | DOB ", E(DB, dob(r, "en", 1938, 1955)), " | address ", E(AD, addr_en(r)),
            "\nFindings: ", E(H, "fell twice this year, cataract in both eyes"), "; ",
            E(DIS, "uses a wheelchair outside the house"), "."]


@T("labour")
def port_union_registration(r):
    a, b = r.sample(SOUTH_BUDDHIST_TH + SOUTH_TH_M, 2)
    return ["คำขอจดทะเบียนสหภาพแรงงาน (แบบ ร.ส.1) ช่วยตรวจว่าผู้ก่อการครบ 10 คนหรือยัง (ตัวอย่าง 2 คนแรก)\n",
            "1. ", P(a), " เลขบัตร ", E(ID, nid(r, prov="สงขลา")), " ", E(TU, "ผู้ก่อการจัดตั้งสหภาพแรงงานท่าเรือน้ำลึกสงขลา"), "\n",
            "2. ", P(b), " เลขบัตร ", E(ID, nid(r, prov="สงขลา")), " ที่อยู่ ", E(AD, addr(r, "south")), "\n"]


@T("coop")
def coop_staff_party_member_en(r):
    p = ch(r, ISAN_EN + STAFF_EN)
    return ["HR question from a savings cooperative in Udon Thani - answer briefly:\n",
            "Our accountant ", P(p), " (staff ID ", str(r.randint(100, 999)), ", mobile ", E(PH, mobile(r, "dash")),
            ") is ", E(POL, "a registered member of the People's Party"), " and wants to stand in the municipal election. ",
            "Must the accountant resign first under our cooperative's rules?"]


@T("clinic")
def maesot_vct_counselling_note(r):
    p = ch(r, ["อ่อง โก โก", "ซอ มิน ทุน", "จ่อ ซิน อู"])
    return ["บันทึกให้คำปรึกษาก่อนตรวจเอชไอวี (VCT) คลินิกแรงงานข้ามชาติ แม่สอด - ช่วยแปลเป็นภาษาพม่า\n",
            "ผู้รับบริการ: ", P(p), " HN ", E(MRN, hn(r)), " โทร ", E(PH, mobile(r)),
            "\nความเสี่ยง: ", E(SEX, "ใช้บริการหญิงบริการโดยไม่ใช้ถุงยางเมื่อเดือนก่อน"),
            "\nนัดฟังผลวันพุธ"]


@T("islamic_committee")
def nafkah_claim_paternity(r):
    m, f = ch(r, SOUTH_BIN_TH[1::2]), ch(r, SOUTH_BIN_TH[::2])
    return ["คำร้องขอให้บิดาจ่ายค่านะฟะเกาะฮ์บุตร ต่อดาโต๊ะยุติธรรม ศาลจังหวัดนราธิวาส (ช่วยเรียบเรียง)\n",
            "ผู้ร้อง: นาง", P(m), "\nผู้ถูกร้อง: นาย", P(f), " โทร ", E(PH, mobile(r)),
            "\nบุตร: ด.ช.", P(ch(r, ["อาดัม", "ฮาฟิซ", "อิรฟาน"]) + " " + f.split()[-1]), " เกิด ", E(DB, dob(r, "th_short", 2019, 2022)),
            "\nหลักฐาน: ", E(GEN, "ผลตรวจ DNA ยืนยันว่าผู้ถูกร้องเป็นบิดาของเด็ก"), " จาก รพ.สงขลานครินทร์"]


# ==============================================================================================
# N1. Hard negatives: the s.26 vocabulary with no identifiable person
# ==============================================================================================
@T("health_volunteer", hard=H)
def neg_osm_dengue_campaign(r):
    return ["ช่วยทำโปสเตอร์รณรงค์จากข้อความนี้: \"อสม. ชวนเคาะประตูบ้าน ปราบยุงลาย ทุกวันศุกร์\"\n",
            f"สถานการณ์ไข้เลือดออกอำเภอเรา ปี 2569 ผู้ป่วยสะสม {r.randint(40, 180)} ราย อัตราป่วยสูงกว่าค่ามัธยฐาน 5 ปี ",
            "อาการเตือน: ไข้สูงลอย 2-7 วัน ปวดท้อง เลือดกำเดาไหล ห้ามกินยากลุ่ม NSAIDs ให้รีบไป รพ.สต. ใกล้บ้าน"]


@T("rpsst", hard=H)
def neg_rpsst_ncd_stats_en(r):
    return ["Rewrite for a district health board slide (English, 5 bullets):\n",
            f"In FY2026 the 14 health promoting hospitals screened {r.randint(18000, 26000):,} adults aged 35+. ",
            f"Diabetes prevalence was {r.uniform(7, 11):.1f}% and hypertension {r.uniform(20, 27):.1f}%; only "
            f"{r.randint(28, 41)}% of known diabetics had HbA1c below 7%. Depression screening (2Q) was positive in 3.2%."]


@T("mosque", hard=REL)
def neg_mosque_prayer_times(r):
    h = r.randint(4, 5)
    return ["ช่วยจัดตารางเวลาละหมาดนี้เป็นภาพสำหรับโพสต์เพจมัสยิด (เดือนรอมฎอน ฮ.ศ. 1447)\n",
            f"ซุบฮี {h}:{r.randint(10, 59):02d} | ซุฮรี 12:{r.randint(10, 30)} | อัสรี 15:{r.randint(30, 50)} | ",
            f"มักริบ 18:{r.randint(20, 40)} | อีชา 19:{r.randint(30, 50)}\n",
            "ละหมาดตะรอเวียะห์ 20 ร็อกอะฮ์ทุกคืน ขอเชิญสัปบุรุษร่วมละศีลอดที่มัสยิดทุกวันศุกร์"]


@T("public_sector", hard=REL)
def neg_hari_raya_holiday_notice_en(r):
    return ["Translate into Thai and Malay for our staff notice board:\n",
            "The offices in Pattani, Yala, Narathiwat and Satun will close for Hari Raya Aidilfitri (Eid al-Fitr) on ",
            f"{r.choice(['20 and 21', '21 and 22'])} March 2026, a regional public holiday for all staff regardless of religion. "
            "Muslim and non-Muslim colleagues are welcome at the open house in the main hall at 10:00."]


@T("festival", hard=ETH)
def neg_hmong_new_year_festival(r):
    return ["ช่วยเขียนข่าวประชาสัมพันธ์งานประจำปี:\n",
            f"งานปีใหม่ม้ง (น่อเป๊โจ่วฮ์) ดอยปุย จัดวันที่ {r.randint(1, 10)}-{r.randint(11, 15)} ธ.ค. 2569 ",
            "มีการแข่งขันโยนลูกช่วง ตีลูกข่าง ประกวดชุดชาติพันธุ์ม้ง อาข่า ลีซู และตลาดผ้าปักชาวเขา ",
            "เปิดให้นักท่องเที่ยวเข้าฟรี ที่จอดรถบริเวณโรงเรียนบ้านดอยปุย"]


@T("education", hard=ETH)
def neg_malay_language_program_en(r):
    return ["Edit this grant summary (English):\n",
            "The bilingual education project teaches Patani Malay as the first language in grades 1-3 in "
            f"{r.randint(12, 30)} schools, then adds Thai gradually. Most pupils in the area are ethnic Malay; "
            "the project also includes Karen and Lahu schools in the North using the same method."]


@T("news", hard=POL)
def neg_regional_news_politics(r):
    return ["สรุปข่าวนี้เหลือ 3 บรรทัด:\n",
            f"ผู้ว่าราชการจังหวัดยะลาประชุมร่วมกับ ศอ.บต. และกอ.รมน.ภาค 4 ส่วนหน้า เมื่อ {r.randint(1, 28)} มี.ค. ",
            "เพื่อเตรียมการเลือกตั้งนายก อบจ. ด้านพรรคประชาชาติและพรรคประชาชนต่างประกาศส่งผู้สมัครครบทุกเขต ",
            "ขณะที่นายกรัฐมนตรีมีกำหนดลงพื้นที่ปัตตานีสัปดาห์หน้าเพื่อติดตามโครงการพัฒนาเมืองต้นแบบ"]


@T("local_gov", hard=POL)
def neg_obt_election_schedule(r):
    return ["ทำ infographic ลำดับขั้นตอนจากประกาศนี้\n",
            "ประกาศคณะกรรมการการเลือกตั้งประจำ อบต. เรื่อง กำหนดวันเลือกตั้งสมาชิกสภาและนายก อบต. ",
            f"วันอาทิตย์ที่ {r.randint(1, 28)} มิถุนายน 2569 เวลา 08.00-17.00 น. รับสมัครระหว่างวันที่ 2-6 พ.ค. ",
            "ณ ที่ทำการ อบต. ผู้มีสิทธิเลือกตั้งต้องมีชื่อในทะเบียนบ้านไม่น้อยกว่า 1 ปี"]


@T("news", hard=CRIM)
def neg_border_drug_seizure_news(r):
    n = r.randint(2, 9)
    return ["ช่วยแปลข่าวนี้เป็นภาษาอังกฤษ:\n",
            f"ฉก.ม.3 สกัดจับขบวนขนยาเสพติดชายแดน อ.แม่อาย ยึดยาบ้า {n} ล้านเม็ด และไอซ์ 120 กิโลกรัม ",
            "ผู้ต้องหาหลบหนีข้ามแดนไปได้ ปี 2569 ยึดยาบ้าในพื้นที่ภาคเหนือได้แล้วกว่า 200 ล้านเม็ด ",
            "และดำเนินคดีตาม ป.ยาเสพติด 1,420 คดี"]


@T("public_sector", hard=CRIM)
def neg_emergency_decree_extension_en(r):
    return ["Summarise this announcement for a foreign NGO (English):\n",
            f"The cabinet extended the Emergency Decree in {r.choice(['23', '22', '24'])} districts of Pattani, Yala and Narathiwat "
            "for another three months. Under Section 11, officials may detain suspects for up to 30 days without charge; "
            "human rights groups recorded a decline in detentions compared with last year."]


@T("health", hard=SEX)
def neg_hiv_prevention_article(r):
    return ["เกลาบทความลงเพจ รพ.สต. ให้อ่านง่ายขึ้น:\n",
            "PrEP คือยาต้านไวรัสที่กินก่อนมีความเสี่ยง เหมาะกับผู้ที่มีเพศสัมพันธ์โดยไม่ใช้ถุงยาง ชายที่มีเพศสัมพันธ์กับชาย ",
            "และพนักงานบริการ รับยาฟรีตามสิทธิบัตรทองที่ รพ.ชุมชนทุกแห่ง ตรวจเลือดทุก 3 เดือน ",
            f"ปีนี้จังหวัดตั้งเป้าผู้รับ PrEP {r.randint(800, 2000):,} คน"]


@T("education", hard=SEX)
def neg_sex_ed_curriculum_en(r):
    return ["Make this lesson plan friendlier for grade 9 (English version for the international programme):\n",
            f"Lesson {r.randint(3, 8)}: consent, contraception and STI prevention. Students discuss why teenagers have sex "
            "without condoms, practise refusal skills, and list youth-friendly clinics. No personal stories are collected."]


@T("local_gov", hard=DIS)
def neg_disability_allowance_procedure(r):
    return ["แปลงขั้นตอนนี้เป็น FAQ 5 ข้อ\n",
            "การลงทะเบียนเบี้ยความพิการ: ผู้พิการทุกประเภทที่มีบัตรประจำตัวคนพิการ ยื่นคำขอได้ที่ อบต. ทุกวันทำการ ",
            f"รับเงินเดือนละ {r.choice(['800', '1,000'])} บาท ผู้พิการอายุต่ำกว่า 18 ปีได้ 1,000 บาท ",
            "เอกสาร: บัตรคนพิการ ทะเบียนบ้าน สมุดบัญชี กรณีพิการติดเตียงให้ผู้ดูแลยื่นแทนได้"]


@T("local_gov", hard=DIS)
def neg_accessible_ramp_tender(r):
    return ["ช่วยเขียน TOR ให้กระชับ:\n",
            f"เทศบาลตำบลจะจัดจ้างปรับปรุงทางลาดสำหรับคนพิการและผู้ใช้รถเข็น {r.randint(4, 12)} จุด ",
            f"วงเงิน {amount(r, 300000, 900000)} บาท ความลาดชันไม่เกิน 1:12 มีราวจับสองข้าง พื้นผิวต่างสัมผัสสำหรับคนตาบอด ",
            "ตามกฎกระทรวงกำหนดสิ่งอำนวยความสะดวกในอาคารสำหรับผู้พิการ พ.ศ. 2548"]


@T("coop", hard=TU)
def neg_coop_agm_notice(r):
    return ["ช่วยเกลาหนังสือเชิญประชุม:\n",
            f"สหกรณ์การเกษตรเมืองยะลา จำกัด ขอเชิญสมาชิกทุกท่านประชุมใหญ่สามัญประจำปี วันเสาร์ที่ {r.randint(1, 28)} มี.ค. 2569 ",
            "ณ หอประชุมสหกรณ์ วาระ: รับรองงบการเงิน จัดสรรกำไรสุทธิ เลือกตั้งกรรมการ 5 ตำแหน่ง ",
            "สมาชิกที่มาประชุมรับของที่ระลึกและข้าวสาร 5 กก."]


@T("news", hard=TU)
def neg_union_news_en(r):
    return ["Summarise for our labour newsletter:\n",
            f"Union density in Thailand remains below {r.randint(2, 4)}%. Workers' unions at fish-processing plants in Songkhla "
            "and Samut Sakhon joined a national coalition calling for ratification of ILO Conventions 87 and 98, "
            "which would let migrant workers form and lead unions."]


@T("rpsst", hard=GEN)
def neg_thalassemia_screening_policy(r):
    return ["สรุปแนวทางนี้ให้ อสม. เข้าใจง่าย:\n",
            "โครงการป้องกันและควบคุมโรคธาลัสซีเมีย: หญิงตั้งครรภ์ทุกรายตรวจคัดกรอง OF/DCIP หากผลบวกให้ตรวจสามีด้วย ",
            "คู่เสี่ยงส่งตรวจ DNA วินิจฉัยทารกในครรภ์ ยีนที่พบบ่อยในภาคอีสานคือ HbE และแอลฟาธาลัสซีเมีย 1 ",
            f"ปีที่แล้วเขตสุขภาพที่ 8 พบคู่เสี่ยง {r.randint(100, 400)} คู่"]


@T("legal", hard=GEN)
def neg_dna_nationality_procedure(r):
    return ["เขียนคู่มือสั้น ๆ สำหรับเจ้าหน้าที่คลินิกกฎหมายจากข้อมูลนี้\n",
            "การพิสูจน์สัญชาติด้วย DNA: อำเภอออกหนังสือส่งตัวไปเก็บตัวอย่างที่สถาบันนิติวิทยาศาสตร์หรือ รพ. ที่กำหนด ",
            "ผลตรวจส่งตรงถึงนายอำเภอ ค่าตรวจรัฐบาลอุดหนุน ผู้ที่ถือเลข 13 หลักขึ้นต้นด้วย 0 (รูปแบบ 0-xxxx-89xxx-xx-x) ",
            f"หรือ 6 ต้องแนบ ท.ร.38ก ใช้เวลาประมาณ {r.randint(3, 8)} เดือน"]


@T("border", hard=BIO)
def neg_checkpoint_biometric_gate_notice_en(r):
    return ["Proofread this notice for travellers:\n",
            f"From 1 {r.choice(['May', 'June', 'July'])} 2026, Sadao and Padang Besar checkpoints will use biometric e-gates. "
            "Thai passport holders aged 12+ can enrol their face and fingerprints once at the counter; data are stored by the "
            "Immigration Bureau and used only for border control."]


@T("baac", hard=BIO)
def neg_baac_face_verification_faq(r):
    return ["ทำ FAQ จากข้อความนี้ให้ลูกค้าผู้สูงอายุ\n",
            "แอป ธ.ก.ส. A-Mobile จะให้ยืนยันตัวตนด้วยการสแกนใบหน้าเมื่อโอนเงินเกิน 50,000 บาทต่อครั้ง ",
            "หรือ 200,000 บาทต่อวัน ตามประกาศธนาคารแห่งประเทศไทย ข้อมูลชีวภาพเก็บเทียบกับฐานข้อมูลกรมการปกครอง ",
            f"ลูกค้าที่สแกนไม่ผ่านติดต่อสาขาได้ทั้ง {r.randint(1200, 1300):,} สาขา"]


# ==============================================================================================
# N2. Other negatives: prices, statistics, public offices, festivals, machine text
# ==============================================================================================
@T("agriculture", neg=True)
def neg_rubber_price_report(r):
    p = r.uniform(58, 72)
    return ["ช่วยเขียนสรุปราคายางวันนี้สำหรับโพสต์กลุ่มเกษตรกร\n",
            f"ตลาดกลางยางพาราหาดใหญ่ ยางแผ่นรมควันชั้น 3 ราคา {p:.2f} บาท/กก. ยางแผ่นดิบ {p - 3.1:.2f} ",
            f"น้ำยางสด {p - 6.4:.2f} บาท (DRC 100%) ราคาส่งออก FOB กรุงเทพฯ {p + 6:.2f} บาท/กก. ",
            "ตลาดล่วงหน้าโตเกียวปรับตัวขึ้นตามค่าเงินเยน"]


@T("agriculture", neg=True)
def neg_rice_price_table_en(r):
    return ["Convert to a markdown table and add a one-line outlook:\n",
            f"Jasmine paddy (Ubon, 15% moisture): {r.randint(11500, 14000):,} THB/t; glutinous paddy (Kalasin): "
            f"{r.randint(12000, 15500):,} THB/t; white rice 5% FOB: US${r.randint(380, 520)}/t. "
            "BAAC's paddy pledging scheme pays 1,500 THB/rai for harvest costs, up to 20 rai per household."]


@T("agriculture", neg=True)
def neg_longan_export_stats(r):
    return ["ทำกราฟจากข้อมูลนี้ (ลำไยส่งออก จ.เชียงใหม่-ลำพูน)\n",
            f"ปี 2566: {r.randint(400, 500)} พันตัน | ปี 2567: {r.randint(400, 520)} พันตัน | ปี 2568: {r.randint(380, 540)} พันตัน\n",
            "ตลาดหลัก: จีน 68% อินโดนีเซีย 12% เวียดนาม 9% ราคาลำไยสดเกรด AA เฉลี่ย 32 บาท/กก."]


@T("local_gov", neg=True)
def neg_public_office_directory(r):
    return ["จัดรายชื่อหน่วยงานนี้เป็นตารางสำหรับป้ายหน้าศาลาประชาคม\n",
            "- องค์การบริหารส่วนตำบลบาเจาะ 99 หมู่ 1 ต.บาเจาะ อ.บาเจาะ จ.นราธิวาส 96170 โทร 073-", str(r.randint(500, 599)),
            "-", str(r.randint(100, 999)), " อีเมล saraban@bacho.go.th\n",
            "- โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านกาเด็ง 12 หมู่ 4 ต.บาเจาะ เปิด 08.30-16.30 น.\n",
            "- ที่ว่าการอำเภอบาเจาะ ถนนเพชรเกษม สายด่วนศูนย์ดำรงธรรม 1567"]


@T("baac", neg=True)
def neg_baac_interest_rate_announcement(r):
    return ["ย่อประกาศนี้ให้เหลือ 2 ประโยค:\n",
            f"ธ.ก.ส. ประกาศอัตราดอกเบี้ยเงินกู้ MRR {r.uniform(6.2, 7.2):.3f}% ต่อปี MLR {r.uniform(5.2, 6.3):.3f}% ",
            "มีผลตั้งแต่วันที่ 1 เม.ย. 2569 โครงการพักชำระหนี้เกษตรกรรายย่อยวงเงินไม่เกิน 300,000 บาท ",
            "ขยายเวลาลงทะเบียนถึง 30 มิ.ย. 2569 ผ่านแอป BAAC Mobile หรือสาขาทั่วประเทศ"]


@T("coop", neg=True)
def neg_coffee_coop_product_copy_en(r):
    return ["Polish this product description for our online shop (English):\n",
            f"Doi Chaang Arabica, single origin, grown at {r.randint(1200, 1500)} m by Akha and Lisu family farms. "
            "Washed process, medium roast, notes of brown sugar and plum. 250 g bag, 390 THB. "
            "Proceeds support the cooperative's school fund."]


@T("local_gov", neg=True)
def neg_epoch_eservice_log(r):
    return ["ทำไม job นี้รันซ้ำ ดู log ให้หน่อย (ระบบ e-Service เทศบาล)\n",
            f"[scheduler] job=sync_water_meter started_at_ms={epoch_ms(r)} status=RUNNING\n",
            f"[scheduler] job=sync_water_meter started_at_ms={epoch_ms(r)} status=RUNNING (duplicate lock)\n",
            "[scheduler] lock table row count=2, expected=1"]


@T("health_volunteer", neg=True)
def neg_epoch_osm_app_json(r):
    return ["เขียน TypeScript interface ให้ JSON นี้ (config ของแอป อสม.)\n```json\n",
            f'{{"app_version":"3.{r.randint(1, 9)}.0","config_updated_ms":{epoch_ms(r)},"sync_interval_sec":900,',
            f'"forms":["bp","dm","anc"],"last_broadcast_ms":{epoch_ms(r)}}}\n```']


@T("coop", neg=True)
def neg_epoch_kafka_consumer_en(r):
    return ["Explain this consumer lag output from the cooperative's payment pipeline:\n",
            f"topic=coop.payments partition=3 offset={r.randint(100000, 999999)} lag=0 commit_ts={epoch_ms(r)}\n",
            f"topic=coop.payments partition=4 offset={r.randint(100000, 999999)} lag=1842 commit_ts={epoch_ms(r)}"]


@T("agriculture", neg=True)
def neg_epoch_smart_farm_csv(r):
    return ["หาค่าเฉลี่ยความชื้นดินจาก CSV เซนเซอร์แปลงทุเรียนนี้\n", "ts_ms,device,soil_moisture,temp_c\n",
            f"{epoch_ms(r)},DUR-{r.randint(1, 9):02d},{r.randint(28, 45)}.{r.randint(0, 9)},{r.randint(26, 34)}.{r.randint(0, 9)}\n",
            f"{epoch_ms(r)},DUR-{r.randint(1, 9):02d},{r.randint(28, 45)}.{r.randint(0, 9)},{r.randint(26, 34)}.{r.randint(0, 9)}\n"]


@T("dev", neg=True)
def neg_epoch_python_code_en(r):
    return ["Why does this test fail on CI? (Python)\n```python\n",
            f"FROZEN_NOW_MS = {epoch_ms(r)}\nRAMADAN_START_MS = {epoch_ms(r)}\n\n",
            "def test_prayer_reminder_window():\n    assert reminder_due(FROZEN_NOW_MS, RAMADAN_START_MS) is True\n```"]


@T("logistics", neg=True)
def neg_parcel_tracking_sms(r):
    return ["ช่วยเขียนข้อความแจ้งลูกค้าจากสถานะพัสดุนี้ (ไม่ต้องใส่ชื่อ)\n",
            f"TH{r.randint(10**11, 10**12 - 1)}  ศูนย์คัดแยกหาดใหญ่ -> สาขาสุไหงโก-ลก  ",
            f"สถานะ: อยู่ระหว่างนำจ่าย | น้ำหนัก {r.randint(1, 9)}.{r.randint(0, 9)} กก. | COD 0.00"]


@T("library", neg=True)
def neg_isbn_book_list(r):
    return ["จัดรายการหนังสือเข้าห้องสมุดมัสยิดเป็นตาราง\n",
            "1. พจนานุกรมมลายูถิ่นปัตตานี-ไทย ISBN 978-616-", str(r.randint(100, 999)), "-", str(r.randint(100, 999)), "-5\n",
            "2. ประวัติศาสตร์ปาตานี ISBN 978-974-", str(r.randint(10, 99)), "-", str(r.randint(1000, 9999)), "-3\n",
            "3. คู่มือการละหมาดสำหรับเยาวชน (ฉบับภาษาไทย) 120 บาท"]


@T("festival", neg=True)
def neg_yi_peng_lantern_notice_en(r):
    return ["Proofread this tourist notice:\n",
            f"Yi Peng and Loy Krathong in Chiang Mai run from {r.randint(4, 6)} to {r.randint(7, 9)} November 2026. "
            "Sky lanterns may be released only at licensed events and never within 9 km of the airport. "
            "Tickets for the Mae Jo lantern event are sold only through the municipality's official partners."]


@T("dev", neg=True)
def neg_sql_schema_code(r):
    return ["รีวิว schema นี้ให้หน่อย ควรเข้ารหัสคอลัมน์ไหนบ้างตาม PDPA\n```sql\n",
            "CREATE TABLE zakat_recipient (\n  id BIGSERIAL PRIMARY KEY,\n  cid CHAR(13) NOT NULL,\n",
            "  full_name TEXT,\n  religion_status TEXT,  -- e.g. muallaf\n  disability TEXT,\n",
            f"  created_at TIMESTAMPTZ DEFAULT now()\n);  -- seed ~{r.randint(300, 900)} rows from mosque registers\n```"]


@T("recruitment", neg=True)
def neg_job_ad_rpsst_nurse(r):
    return ["ช่วยเขียนประกาศรับสมัครงานให้น่าสนใจขึ้น\n",
            f"อบจ.ปัตตานี รับสมัครพยาบาลวิชาชีพ ประจำ รพ.สต. ที่ถ่ายโอน {r.randint(3, 9)} อัตรา ",
            "เงินเดือนตามวุฒิ + ค่าตอบแทนพื้นที่พิเศษ จชต. พูดภาษามลายูถิ่นได้จะพิจารณาเป็นพิเศษ ",
            "ส่งใบสมัครที่ hr@pattanipao.go.th หรือ recruit@pattanipao.go.th ภายใน 30 เม.ย."]


@T("environment", neg=True)
def neg_haze_pm25_north(r):
    return ["เขียนสรุปข่าวฝุ่นแบบทางการ:\n",
            f"ค่า PM2.5 เช้านี้ อ.แม่สาย {r.randint(120, 260)} มคก./ลบ.ม. แม่ฮ่องสอน {r.randint(90, 200)} เชียงใหม่ {r.randint(70, 150)} ",
            "เกินมาตรฐานทุกสถานี จุดความร้อนจากดาวเทียม 412 จุด ส่วนใหญ่ในพื้นที่ป่าสงวนและเพื่อนบ้าน ",
            "สาธารณสุขแนะนำกลุ่มเสี่ยงงดกิจกรรมกลางแจ้ง"]


@T("environment", neg=True)
def neg_flood_warning_south(r):
    return ["แปลประกาศนี้เป็นภาษามลายู (รูมี):\n",
            f"ศูนย์ป้องกันภัยพิบัติเขต 12 เตือนฝนตกหนักถึงหนักมาก {r.randint(2, 4)} วัน พื้นที่ อ.สุไหงโก-ลก ระแงะ รือเสาะ ",
            "ระดับน้ำแม่น้ำสายบุรีใกล้ตลิ่ง ขอให้ประชาชนริมน้ำขนของขึ้นที่สูง สายด่วน ปภ. 1784"]


@T("chat", neg=True)
def neg_isan_dialect_chat_weather(r):
    return ["แปลเป็นภาษากลาง:\n",
            "- มื้อนี้ฝนตกหนักคักแท้ นาข้าวเฮาสิจมบ่น้อ\n- บ่เป็นหยังดอก น้ำบ่ขึ้นปานปีกลาย\n",
            f"- ฟังข่าวว่าเขื่อนอุบลรัตน์สิปล่อยน้ำ {r.randint(10, 40)} ล้านคิวต่อมื้อ เด้อ\n",
            "- จั๊กแม่นบ่ ไปถามผู้ใหญ่บ้านเบิ่งก่อน"]


@T("chat", neg=True)
def neg_kham_muang_recipe_chat(r):
    return ["ช่วยเขียนสูตรจากแชตคำเมืองนี้เป็นขั้นตอนภาษากลาง\n",
            "- แกงฮังเลต้องใส่ขิงซอยหลาย ๆ เน้อ ใส่ผงฮังเลสองบ่วง\n",
            f"- หมูสามชั้น {r.randint(5, 10)} ขีด ต้มไฟอ่อนไว้สองชั่วโมงกว่าจะเปื่อย\n",
            "- บ่ต้องใส่กะทิเจ้า ใส่น้ำมะขามเปียกแต๊ ๆ"]


@T("border", neg=True)
def neg_border_trade_stats_en(r):
    return ["Turn into three bullet points for the provincial chamber of commerce:\n",
            f"Border trade through Sadao reached {r.randint(180, 260)} billion THB in 2025 (+{r.randint(2, 9)}%). "
            "Rubber products were 41% of exports; Mukdahan and Nakhon Phanom handled most Lao transit trade, "
            "and Mae Sot's trade with Myanmar fell 12% because of fighting near Myawaddy."]


@T("islamic_committee", neg=True)
def neg_halal_certification_guide(r):
    return ["เขียนเป็น checklist สำหรับผู้ประกอบการ SME\n",
            "ขั้นตอนขอตราฮาลาล: ยื่นคำขอต่อคณะกรรมการอิสลามประจำจังหวัด ตรวจสถานที่ผลิต ",
            "ต้องมีผู้ควบคุมการผลิตที่เป็นมุสลิมและผ่านการอบรม ห้ามใช้วัตถุดิบจากสุกร ",
            f"ค่าธรรมเนียม {amount(r, 3000, 12000)} บาทต่อปี อายุใบรับรอง 1 ปี"]


@T("school", neg=True)
def neg_school_lunch_budget(r):
    return ["ช่วยคำนวณงบอาหารกลางวันจากข้อมูลนี้\n",
            f"โรงเรียนบนดอย นักเรียน อนุบาล-ป.6 รวม {r.randint(60, 220)} คน อัตรา 36 บาท/คน/วัน 200 วัน ",
            "เด็กเกือบครึ่งเป็นเด็กไม่มีสถานะทางทะเบียน แต่ได้รับอาหารกลางวันเท่ากันทุกคนตามนโยบาย Education for All"]


@T("local_gov", neg=True)
def neg_blank_form_placeholders(r):
    return ["ช่วยจัดรูปแบบแบบฟอร์มเปล่านี้ให้พิมพ์ได้ 1 หน้า A4\n",
            "คำร้องทั่วไป อบต. ____________\nข้าพเจ้า (นาย/นาง/นางสาว) ______________________\n",
            "เลขประจำตัวประชาชน [ ][ ][ ][ ][ ][ ][ ][ ][ ][ ][ ][ ][ ]\nที่อยู่ เลขที่ ____ หมู่ ____ ตำบล ________\n",
            f"โทรศัพท์ 0XX-XXX-XXXX\nแบบฟอร์มฉบับปรับปรุง ครั้งที่ {r.randint(2, 6)}"]


@T("local_gov", neg=True)
def neg_obt_procurement_announcement(r):
    return ["ย่อประกาศจัดซื้อจัดจ้างนี้:\n",
            f"อบต.ท่าตอน ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ 7 เลขที่โครงการ 6{r.randint(7000000000, 9999999999)} ",
            f"ราคากลาง {amount(r, 800000, 4900000)} บาท ยื่นข้อเสนอผ่านระบบ e-GP ถึงวันที่ 18 มี.ค. 2569"]


@T("mosque", neg=True)
def neg_quran_competition_rules(r):
    return ["แปลกติกาเป็นภาษาอังกฤษ:\n",
            f"การแข่งขันอ่านอัลกุรอานระดับจังหวัด ครั้งที่ {r.randint(20, 45)} แบ่ง 3 รุ่น อายุไม่เกิน 12, 18 ปี และประชาชนทั่วไป ",
            "กรรมการให้คะแนนตามหลักตัจญ์วีด 60% เสียง 25% มารยาท 15% ผู้ชนะได้ทุนการศึกษาและโล่รางวัล"]


@T("health", neg=True)
def neg_ramadan_diabetes_guideline_en(r):
    return ["Shorten this guideline excerpt for a patient leaflet (English):\n",
            "People with type 1 diabetes, pregnant women and those with recent hypoglycaemia are advised not to fast. "
            f"Others should check glucose {r.randint(2, 4)} times a day and break the fast if glucose falls below 70 mg/dL."]


@T("local_gov", neg=True)
def neg_obt_budget_statistics(r):
    return ["ทำกราฟวงกลมจากข้อบัญญัติงบประมาณนี้\n",
            f"งบประมาณรายจ่ายประจำปี 2570 รวม {amount(r, 30000000, 60000000)} บาท: เบี้ยยังชีพผู้สูงอายุ 38% เบี้ยความพิการ 9% ",
            "การศึกษา 17% สาธารณสุข 6% โครงสร้างพื้นฐาน 22% อื่น ๆ 8%"]


# ----------------------------------------------------------------------------------------------
# Build, self-check, write
# ----------------------------------------------------------------------------------------------
def build_rows() -> list[dict]:
    rows: list[dict] = []
    for t in TEMPLATES:
        for i in range(PROMPTS_PER_TEMPLATE):
            r = random.Random(f"freshset31:{t.name}:{i}")
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
    random.Random("freshset31:order").shuffle(order)
    shuffled = [rows[k] for k in order]
    for n, row in enumerate(shuffled, 1):
        row["id"] = f"f31-{n:04d}"
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
        if r["negative"] and re.search(r"(?<!\d)[1-8]\d{12}(?!\d)", r["text"]):
            for m in re.findall(r"(?<!\d)[1-8]\d{12}(?!\d)", r["text"]):
                if pin.is_valid(m) and not re.fullmatch(r"1[78]\d{11}", m):
                    problems.append(f"{r['template']}: negative holds a PIN-valid non-epoch number {m}")
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
        neg = sum(r["negative"] for r in rows)
        en = sum(english_only(r["text"]) for r in rows)
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={neg} ({neg / len(rows):.1%}) "
              f"english_only={en} ({en / len(rows):.1%})")
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
            print(f"{args.out} is stale: rerun bench/make_freshset31.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
