"""Twentieth blind held-out set for pdpa-guard: bench/freshset20.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md and the interface of tests/test_freshsets.py only. Emphasis: retail and e-commerce
marketplaces, food delivery, parcel logistics, riders and drivers, LINE Official Account chats,
Facebook page inboxes, returns and refunds, COD disputes and loyalty programmes. Much of it is short
and informal (typos, Thai slang, nicknames such as น้องแพร or พี่ต้น, emoji, mixed Thai/English), with
customers pasting their own details and agents pasting order records into an LLM to draft a reply;
about a quarter is English only (expat customers, international sellers). Negatives are the same
traffic without personal data: listings, promo copy, order/tracking/SKU logs, warehouse statistics,
courier rate tables, opening hours, company news, FAQ pages and health/religion/political product copy.

Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file (Faker is imported only for the version pin).

Conventions: PERSON is the name without its title or kinship prefix (นาย, น.ส., คุณ, พี่, น้อง, Mr,
Dr, Khun, P' ...), a nickname included (น้องแพร -> แพร); ADDRESS is one span from the house number to
the postcode (or province); DATE_OF_BIRTH is the date only; cued numbers (HN, student ID, account ...)
are the number only; a plate includes the province written right after it; s.26 spans are the
shortest phrase disclosing the fact about the person. Role mailboxes (info@, support@ ...), shop
hotlines, LINE OA shop ids (@shop), order/tracking/SKU numbers and public figures in news are not
labelled; an s.26 topic, product, policy or statistic about no person is not labelled.

    python bench/make_freshset20.py            # (re)write bench/freshset20.jsonl
    python bench/make_freshset20.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset20.py --stats    # print coverage
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

OUT = Path(__file__).resolve().parent / "freshset20.jsonl"
SEED = "freshset20"
PROMPTS_PER_TEMPLATE = 2

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_FIRST_F = [
    "พิมพ์ลดา", "กนกวรรณ", "ศิริพร", "ณัฐชา", "วรรณวิสา", "ปาริชาติ", "สุภาวดี", "ธิดารัตน์", "อรพรรณ", "เบญจวรรณ",
    "ชุติมา", "นันทนา", "ลลิตา", "กัญญาณัฐ", "รุ่งทิวา", "จิตรลดา", "พัชรินทร์", "สุดารัตน์", "ยุพิน", "มยุรี",
]
TH_FIRST_M = [
    "ธนวัฒน์", "ปิยพงษ์", "กฤษณะ", "อดิศักดิ์", "ชาญวิทย์", "วัชระ", "สุรศักดิ์", "ณัฐพล", "ภูมิพัฒน์", "ธีระ",
    "เกียรติศักดิ์", "สมพงษ์", "จักรพันธ์", "วิทยา", "ศักดิ์ดา", "อนันต์", "ประยูร", "บุญส่ง", "ทวีศักดิ์", "ไชยา",
]
TH_LAST = [
    "ศรีสุข", "วงศ์สวัสดิ์", "แก้วประเสริฐ", "บุญมาก", "ทองดี", "จันทร์หอม", "สายบุญ", "พึ่งทอง", "รัตนวงศ์", "มีสุข",
    "ชัยมงคล", "อินทร์แก้ว", "เพชรรัตน์", "สุวรรณชาติ", "นาคประสิทธิ์", "คงสมบูรณ์", "ปัญญาดี", "หอมจันทร์",
    "ศักดิ์สิทธิ์", "โพธิ์ทอง", "แสงอรุณ", "ธรรมวงศ์", "ลิ้มเจริญ", "ตันติวัฒน์", "เจริญสุข",
]
NICK_F = ["แพร", "ฝน", "มายด์", "ปุ้ย", "ก้อย", "หนิง", "จ๋า", "นุ่น", "ต่าย", "พลอย", "ฟ้า", "มิ้นท์", "แอม", "จูน", "แนน"]
NICK_M = ["ต้น", "บอส", "เจ", "ตูน", "แบงค์", "อิ๊ก", "โอ๋", "ปอนด์", "เอ็ม", "กอล์ฟ", "บีม", "เต้", "โบ๊ท", "นัท", "ปาล์ม", "ตั้ม"]
TH_NICK = NICK_F + NICK_M
ROM_FIRST = [
    "Pimlada", "Kanokwan", "Siriporn", "Natcha", "Parichat", "Thanawat", "Piyapong", "Adisak", "Chanwit",
    "Nattapon", "Supawadee", "Lalita", "Watchara", "Kittisak", "Jutima", "Rungtiwa", "Anan", "Benjawan",
]
ROM_LAST = [
    "Srisuk", "Wongsawat", "Kaewprasert", "Boonmak", "Thongdee", "Janhom", "Rattanawong", "Meesuk", "Chaimongkol",
    "Inkaew", "Petcharat", "Suwannachat", "Khongsomboon", "Limcharoen", "Tantiwat", "Phothong",
]
ROM_NICK = ["Praew", "Ton", "Fon", "Boss", "Mind", "Jay", "Pui", "Toon", "Bank", "Ploy", "Mint", "Nut", "June", "Palm"]
WEST_F = ["Rachel Whitmore", "Sophie Marchand", "Hannah Becker", "Chloe Anderson", "Grace Thornton", "Isabel Moreno",
          "Yuki Tanaka", "Priya Raman", "Mei Ling Tan", "Nadia Petrova", "Emily Carter", "Sarah Kowalczyk"]
WEST_M = ["Daniel Kessler", "Liam O'Donnell", "Marco Bellini", "Henrik Nilsson", "Oliver Grant", "Patrick Doyle",
          "Kenji Watanabe", "Arjun Mehta", "Chen Yuhan", "Aiden Walsh", "Tomasz Nowak", "Lucas Fontaine"]
WESTERN = WEST_F + WEST_M
MYANMAR_TH = ["ซอ วิน หน่าย", "หม่อง ตุน", "ขิ่น มาร์ ลวิน", "จายแสง", "ขิ่น ซู ซู", "มิน ตู"]
MIGRANT_ROM = ["Zaw Win Naing", "Maung Tun", "Khin Mar Lwin", "Khamphaeng Sisouvan", "Sok Chea", "Chanda Phiep"]


def th_name(r: random.Random, female: bool | None = None) -> str:
    if female is None:
        female = r.random() < 0.5
    first = r.choice(TH_FIRST_F if female else TH_FIRST_M)
    return f"{first} {r.choice(TH_LAST)}"


def th_first(r: random.Random, female: bool | None = None) -> str:
    if female is None:
        female = r.random() < 0.5
    return r.choice(TH_FIRST_F if female else TH_FIRST_M)


def nick(r: random.Random, female: bool | None = None) -> str:
    if female is None:
        return r.choice(TH_NICK)
    return r.choice(NICK_F if female else NICK_M)


def rom_name(r: random.Random) -> str:
    return f"{r.choice(ROM_FIRST)} {r.choice(ROM_LAST)}"


def rom_nick(r: random.Random) -> str:
    return r.choice(ROM_NICK)


def west(r: random.Random, female: bool | None = None) -> str:
    if female is None:
        return r.choice(WESTERN)
    return r.choice(WEST_F if female else WEST_M)


def title_th(r: random.Random, female: bool) -> str:
    return r.choice(["นางสาว", "น.ส.", "นาง"]) if female else "นาย"


# ----------------------------------------------------------------------------------------------
# Fabricated values
# ----------------------------------------------------------------------------------------------
def digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def nid(r: random.Random, style: str | None = None) -> str:
    body = r.choice("1111333358") + digits(r, 11)
    d = body + pin.calc_check_digit(body)
    style = style or r.choice(["plain", "dash", "space", "plain"])
    if style == "plain":
        return d
    sep = "-" if style == "dash" else " "
    return sep.join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def juristic(r: random.Random, style: str | None = None) -> str:
    body = "0" + r.choice(["105", "105", "107", "115", "135", "505", "205"]) + r.choice(["55", "56", "58", "60", "62",
                                                                                      "64", "66"]) + digits(r, 6)
    d = body + moa.calc_check_digit(body)
    style = style or r.choice(["plain", "plain", "dash"])
    if style == "plain":
        return d
    return "-".join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def epoch_ms(r: random.Random, after: str | None = None) -> str:
    """A 13-digit epoch-ms timestamp (17.../18...) that also passes the Thai ID checksum."""
    while True:
        if after is None:
            first12 = str(r.randint(1_700_000_000_000, 1_899_999_999_999))[:12]
        else:
            first12 = str(int(after) + r.randint(600_000, 30 * 3_600_000))[:12]
        v = first12 + pin.calc_check_digit(first12)
        if pin.is_valid(v):
            return v


def _luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def card(r: random.Random, style: str | None = None) -> str:
    prefix = r.choice(["4", "4", "5", "5", "3530", "2223", "4"])
    if prefix == "5":
        prefix = r.choice(["51", "52", "54", "55"])
    body = prefix + digits(r, 15 - len(prefix))
    full = next(body + c for c in "0123456789" if _luhn_ok(body + c))
    style = style or r.choice(["space", "dash", "plain", "space"])
    if style == "plain":
        return full
    sep = " " if style == "space" else "-"
    return sep.join([full[0:4], full[4:8], full[8:12], full[12:16]])


def _valid_phone(v: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, "TH"))
    except phonenumbers.NumberParseException:
        return False


def mobile(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["dash", "plain", "plain", "space", "intl", "dash"])
    while True:
        d = r.choice(["06", "08", "09"]) + str(r.randint(1, 9)) + digits(r, 7)
        if style == "plain":
            v = d
        elif style == "dash":
            v = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        elif style == "space":
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        elif style == "intl":
            v = f"+66 {d[1:3]} {d[3:6]} {d[6:]}"
        else:  # intl compact
            v = f"+66{d[1:]}"
        if _valid_phone(v):
            return v


FREE_MAIL = ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.co.th"]


def email(r: random.Random, base: str | None = None, domain: str | None = None) -> str:
    base = base or r.choice(["praew", "ton.k", "fonfon", "bossza", "mind.s", "nutty", "pui_shop", "june.p", "kanokwan",
                             "thanawat.s", "siri.pim", "palm1995", "mint.m", "bank.b", "ploypailin", "toon.a"])
    if r.random() < 0.6:
        base += str(r.randint(1, 99))
    return f"{base}@{domain or r.choice(FREE_MAIL)}"


def ip4(r: random.Random) -> str:
    first = r.choice([(171, 96, 103), (49, 228, 231), (1, 46, 47), (58, 8, 11), (182, 232, 233), (110, 164, 169),
                      (124, 120, 122), (223, 24, 27)])
    return f"{first[0]}.{r.randint(first[1], first[2])}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip6(r: random.Random) -> str:
    return f"2001:fb1:{r.randint(0, 0xfff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"


def passport_th(r: random.Random) -> str:
    return r.choice(["AA", "AB", "AC", "AD"]) + digits(r, 7)


def passport_foreign(r: random.Random) -> str:
    return r.choice(["C", "E", "G", "K", "P", "X", "N"]) + digits(r, r.choice([7, 8]))


BANKS = ["กสิกร", "ไทยพาณิชย์", "กรุงไทย", "กรุงเทพ", "กรุงศรี", "ttb", "ออมสิน"]
BANKS_EN = ["KBank", "SCB", "Krungthai", "Bangkok Bank", "Krungsri", "ttb"]


def bank_acct(r: random.Random, style: str | None = None) -> str:
    d = digits(r, 10)
    style = style or r.choice(["dash", "plain", "dash"])
    if style == "plain":
        return d
    if style == "twelve":
        d = "0" + digits(r, 11)
        return f"{d[:4]}-{d[4:8]}-{d[8:]}"
    return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"


PLATE_LETTERS = ["กข", "ขจ", "ฆย", "งก", "จฉ", "ชล", "ญท", "ฐม", "ถพ", "นบ", "ผส", "พว", "มน", "รษ", "วก", "สฎ", "หอ"]
PROVINCES = ["กรุงเทพมหานคร", "นนทบุรี", "ปทุมธานี", "สมุทรปราการ", "ชลบุรี", "เชียงใหม่", "ขอนแก่น", "นครราชสีมา",
             "สงขลา", "ภูเก็ต", "อุดรธานี", "ระยอง"]


def plate(r: random.Random, bike: bool | None = None) -> str:
    if bike is None:
        bike = r.random() < 0.6
    letters = r.choice(PLATE_LETTERS)
    if bike:
        core = f"{r.randint(1, 9)}{letters} {r.randint(1, 999)}"
    else:
        core = r.choice([f"{letters} {r.randint(1, 9999)}", f"{r.randint(1, 9)}{letters} {r.randint(1, 9999)}",
                         f"{letters}-{r.randint(1000, 9999)}"])
    return f"{core} {r.choice(PROVINCES)}"


AREAS_BKK = [
    ("จอมพล", "จตุจักร", "10900", "ซ.พหลโยธิน 24"), ("บางจาก", "พระโขนง", "10260", "ซ.สุขุมวิท 101/1"),
    ("ห้วยขวาง", "ห้วยขวาง", "10310", "ถนนรัชดาภิเษก"), ("คลองตันเหนือ", "วัฒนา", "10110", "ซ.สุขุมวิท 39"),
    ("บางแค", "บางแค", "10160", "ซอยเพชรเกษม 69"), ("สะพานสูง", "สะพานสูง", "10240", "ถ.รามคำแหง"),
    ("บางนาเหนือ", "บางนา", "10260", "ซ.บางนา-ตราด 25"), ("ดินแดง", "ดินแดง", "10400", "ถ.ประชาสงเคราะห์"),
    ("ทุ่งสองห้อง", "หลักสี่", "10210", "ถ.แจ้งวัฒนะ"), ("สามเสนนอก", "ห้วยขวาง", "10310", "ซอยลาดพร้าว 48"),
    ("หนองบอน", "ประเวศ", "10250", "ถนนศรีนครินทร์"), ("อนุสาวรีย์", "บางเขน", "10220", "ซอยพหลโยธิน 52"),
    ("สวนหลวง", "สวนหลวง", "10250", "ซอยอ่อนนุช 17"),
]
AREAS_SOUTH = [
    ("สะบารัง", "เมืองปัตตานี", "ปัตตานี", "94000"), ("สะเตง", "เมืองยะลา", "ยะลา", "95000"),
    ("บางนาค", "เมืองนราธิวาส", "นราธิวาส", "96000"), ("บ้านนา", "จะนะ", "สงขลา", "90130"),
]
AREAS_PROV = [
    ("บางพูด", "ปากเกร็ด", "นนทบุรี", "11120"), ("บางกระสอ", "เมืองนนทบุรี", "นนทบุรี", "11000"),
    ("คลองหนึ่ง", "คลองหลวง", "ปทุมธานี", "12120"), ("สุเทพ", "เมืองเชียงใหม่", "เชียงใหม่", "50200"),
    ("ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000"), ("หาดใหญ่", "หาดใหญ่", "สงขลา", "90110"),
    ("หนองปรือ", "บางละมุง", "ชลบุรี", "20150"), ("ตลาดใหญ่", "เมืองภูเก็ต", "ภูเก็ต", "83000"),
    ("ในเมือง", "เมืองนครราชสีมา", "นครราชสีมา", "30000"), ("สำโรงเหนือ", "เมืองสมุทรปราการ", "สมุทรปราการ", "10270"),
    ("หมากแข้ง", "เมืองอุดรธานี", "อุดรธานี", "41000"), ("เชิงเนิน", "เมืองระยอง", "ระยอง", "21000"),
    ("แม่เหียะ", "เมืองเชียงใหม่", "เชียงใหม่", "50100"), ("บ้านเป็ด", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
]
AREAS_EN = [
    ("Soi Sukhumvit 39", "Khlong Tan Nuea", "Watthana", "Bangkok", "10110"),
    ("Rama 4 Road", "Lumphini", "Pathum Wan", "Bangkok", "10330"),
    ("Soi Convent", "Silom", "Bang Rak", "Bangkok", "10500"),
    ("Nimmanhaemin Soi 9", "Suthep", "Mueang Chiang Mai", "Chiang Mai", "50200"),
    ("Soi Buakhao", "Nong Prue", "Bang Lamung", "Chon Buri", "20150"),
    ("Wiset Road", "Rawai", "Mueang Phuket", "Phuket", "83130"),
    ("Soi Ekkamai 12", "Khlong Tan Nuea", "Watthana", "Bangkok", "10110"),
    ("Soi On Nut 17", "Suan Luang", "Suan Luang", "Bangkok", "10250"),
    ("Charoen Krung Road", "Bang Kho Laem", "Bang Kho Laem", "Bangkok", "10120"),
]
CONDOS = ["ลุมพินี วิลล์", "ศุภาลัย ซิตี้", "เดอะ เบส", "ไอดีโอ โมบิ", "พลัม คอนโด", "เดอะ ทรัสต์"]
CONDOS_EN = ["Lumpini Place", "The Base", "Ideo Mobi", "Rhythm", "Noble Remix", "Life One"]


def house(r: random.Random) -> str:
    return r.choice([f"{r.randint(1, 399)}/{r.randint(1, 299)}", f"{r.randint(1, 999)}",
                     f"{r.randint(10, 199)}/{r.randint(1000, 1999)}"])


def addr(r: random.Random, style: str | None = None) -> str:
    """A Thai address from the house number to the postcode (or province for 'noprov')."""
    style = style or r.choice(["bkk", "prov", "condo", "short", "bkk", "prov"])
    if style in ("bkk", "short", "condo"):
        sub, dist, post, street = r.choice(AREAS_BKK)
        if style == "short":
            return f"{house(r)} {street} {dist} กทม {post}"
        if style == "condo":
            return (f"{r.randint(1, 299)}/{r.randint(100, 999)} {r.choice(CONDOS)} ชั้น {r.randint(2, 30)} "
                    f"ห้อง {r.randint(201, 3020)} {street} แขวง{sub} เขต{dist} กรุงเทพฯ {post}")
        return f"{house(r)} {street} แขวง{sub} เขต{dist} กรุงเทพมหานคร {post}"
    sub, dist, prov, post = r.choice(AREAS_SOUTH if style == "south" else AREAS_PROV)
    moo = r.randint(1, 12)
    return r.choice([f"{house(r)} หมู่ {moo} ต.{sub} อ.{dist} จ.{prov} {post}",
                     f"{house(r)} ม.{moo} ตำบล{sub} อำเภอ{dist} จังหวัด{prov} {post}",
                     f"{house(r)} หมู่บ้านพฤกษา {r.randint(1, 90)} ต.{sub} อ.{dist} {prov} {post}"])


def addr_en(r: random.Random) -> str:
    street, sub, dist, prov, post = r.choice(AREAS_EN)
    if r.random() < 0.4:
        return (f"{r.randint(1, 299)}/{r.randint(10, 999)} {r.choice(CONDOS_EN)}, Unit {r.randint(2, 40)}"
                f"{r.choice('ABCDEF')}, {street}, {sub}, {dist}, {prov} {post}")
    return f"{house(r)} {street}, {sub}, {dist}, {prov} {post}"


TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TH_MONTH = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
            "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]


def dob(r: random.Random, style: str | None = None) -> str:
    y = r.randint(1968, 2005)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    style = style or r.choice(["th_slash", "th_short", "th_long", "iso"])
    if style == "th_slash":
        return f"{d:02d}/{m:02d}/{y + 543}"
    if style == "th_short":
        return f"{d} {TH_MON[m - 1]} {str(y + 543)[-2:] if r.random() < 0.4 else y + 543}"
    if style == "th_long":
        return f"{d} {TH_MONTH[m - 1]} {y + 543}"
    if style == "en_long":
        return f"{d} {EN_MONTH[m - 1]} {y}"
    if style == "en_us":
        return f"{EN_MONTH[m - 1][:3]} {d}, {y}"
    if style == "slash_ce":
        return f"{d:02d}/{m:02d}/{y}"
    return f"{y}-{m:02d}-{d:02d}"


def student_id(r: random.Random, style: str | None = None) -> str:
    year = r.choice([64, 65, 66, 67])
    style = style or r.choice(["ten", "ten", "letter", "dash"])
    if style == "ten":
        return f"{year}{digits(r, 8)}"
    if style == "letter":
        return f"{r.choice('BMD')}{year}{digits(r, 5)}"
    return f"{year}-{digits(r, 3)}-{digits(r, 4)}"


def hn(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["slash", "dash", "plain"])
    if style == "slash":
        return f"{r.randint(1, 99999)}/{r.choice([64, 65, 66, 67])}"
    if style == "dash":
        return f"{r.choice([64, 65, 66, 67])}-{digits(r, 6)}"
    return digits(r, 8)


def line_id(r: random.Random) -> str:
    base = r.choice(["praew.ss", "tonton", "fon_rainy", "bossza", "mindmind", "jay.k", "puipui", "toon99", "nungning",
                     "jaja.shop", "nuning", "pond.p", "taitai", "golfy", "beam_b", "ploy.pp", "mintiiz", "nut.th"])
    return base + (str(r.randint(1, 999)) if r.random() < 0.6 else "")


def order_no(r: random.Random) -> str:
    return r.choice([f"24{r.randint(10, 12)}{digits(r, 2)}{r.choice('ABCDEFGHJK')}{digits(r, 6)}",
                     f"SO-{digits(r, 8)}", f"#{digits(r, 7)}", f"ORD{digits(r, 9)}"])


def tracking(r: random.Random) -> str:
    return r.choice([f"TH{digits(r, 12)}{r.choice('ABCDEF')}", f"KER{digits(r, 10)}", f"SPXTH{digits(r, 11)}",
                     f"EF{digits(r, 9)}TH", f"FLA{digits(r, 10)}", f"JNT{digits(r, 11)}"])


def baht(r: random.Random, lo: int = 59, hi: int = 12000) -> str:
    v = r.randint(lo, hi)
    return f"{v:,}" if r.random() < 0.5 else str(v)


def sku(r: random.Random) -> str:
    return f"{r.choice(['SKU', 'TSH', 'CSE', 'BTY', 'HMD', 'SNK'])}-{digits(r, 5)}-{r.choice(['S', 'M', 'L', 'XL', 'BK', 'WH'])}"


def _check_value(entity_type: str, span: str) -> bool:
    """True when a labelled span is a well-formed fabricated value of its type."""
    num = re.sub(r"\D", "", span)
    if not span or span != span.strip():
        return False
    if entity_type == "TH_NATIONAL_ID":
        return bool(re.fullmatch(r"[\d -]+", span)) and pin.is_valid(num)
    if entity_type == "TH_JURISTIC_ID":
        return bool(re.fullmatch(r"[\d -]+", span)) and moa.is_valid(num)
    if entity_type == "CREDIT_CARD":
        return bool(re.fullmatch(r"[\d -]+", span)) and 13 <= len(num) <= 19 and _luhn_ok(num)
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
        return bool(re.fullmatch(r"[\d -]+", span)) and len(num) in (10, 12)
    if entity_type == "TH_VEHICLE_PLATE":
        return bool(re.fullmatch(r"\d?[ก-ฮ]{1,2}[ -]?\d{1,4} [ก-๙]+", span))
    if entity_type == "ADDRESS":
        return bool(re.match(r"\d", span)) and len(span) >= 12
    if entity_type == "DATE_OF_BIRTH":
        return bool(re.search(r"\d", span)) and len(span) <= 30
    if entity_type == "STUDENT_ID":
        return bool(re.fullmatch(r"[A-Z]?\d[\d-]{3,12}", span))
    if entity_type == "MEDICAL_RECORD_NUMBER":
        return bool(re.fullmatch(r"\d[\d/-]{4,11}", span)) and len(num) >= 5
    if entity_type == "LINE_ID":
        return bool(re.fullmatch(r"[a-z0-9._-]{3,20}", span))
    if entity_type == "PERSON":
        return not re.search(r"\d|^(นาย|นาง|น\.ส\.|คุณ|พี่|น้อง|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Khun) ", span)
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


def ph(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("PHONE_NUMBER", mobile(r, style))


def em(r: random.Random, base: str | None = None, domain: str | None = None) -> tuple[str, str]:
    return ("EMAIL_ADDRESS", email(r, base, domain))


def AD(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("ADDRESS", addr(r, style))


def ADE(r: random.Random) -> tuple[str, str]:
    return ("ADDRESS", addr_en(r))


def ID(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("TH_NATIONAL_ID", nid(r, style))


def PL(r: random.Random, bike: bool | None = None) -> tuple[str, str]:
    return ("TH_VEHICLE_PLATE", plate(r, bike))


def BA(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("TH_BANK_ACCOUNT", bank_acct(r, style))


def S(etype: str, r: random.Random, options: list[str]) -> tuple[str, str]:
    return (etype, r.choice(options))


def emo(r: random.Random, pool: str = "😭🙏😡📦🛵✨💕🥲😅🤔👍😤") -> str:
    return r.choice(pool) * r.randint(1, 3)


# ==============================================================================================
# Templates: LINE OA and Facebook page chats (customers writing in)
# ==============================================================================================
@T("line_oa")
def line_cod_not_ordered(r: random.Random) -> list:
    n = nick(r, True)
    return [r.choice(["ช่วยร่างคำตอบแอดมินให้แชทนี้หน่อย สุภาพแต่เป็นกันเอง\n\n",
                      "draft reply ภาษาไทยให้ลูกค้าคนนี้ที อย่ายาว\n\n"]),
            "ลูกค้า: แอดดดด ", emo(r), " มีพัสดุเก็บเงินปลายทางมาส่งที่บ้าน ", baht(r, 290, 1890),
            " บาท หนูไม่ได้สั่งอะไรเลยนะคะ ไรเดอร์บอกว่าเป็นชื่อร้านนี้ ",
            "หนูชื่อ", P(n), "ค่ะ เบอร์ ", ph(r), " รบกวนเช็คให้หน่อยค่าา ไม่อยากโดนหลอก\n",
            "แอดมิน: (ยังไม่ได้ตอบ)"]


@T("line_oa")
def line_change_address(r: random.Random) -> list:
    first = th_name(r)
    return ["สรุปคำขอของลูกค้าใน LINE OA นี้เป็น bullet แล้วบอกว่าต้องแก้อะไรในระบบ\n---\n",
            r.choice(["สวัสดีค่ะ ", "แอดคะ ", "ขอโทษที่ทักดึกนะคะ "]), "ขอเปลี่ยนที่อยู่จัดส่งออเดอร์ ", order_no(r),
            " หน่อยค่ะ ย้ายห้องแล้ว 🙏\nที่อยู่ใหม่: ", AD(r, r.choice(["condo", "bkk", "prov"])),
            "\nชื่อผู้รับ: ", P(first), "\nโทร: ", ph(r), "\nขอบคุณค่าา"]


@T("facebook_page")
def fb_refund_to_bank(r: random.Random) -> list:
    fem = r.random() < 0.6
    full = th_name(r, fem)
    return ["ข้อความจากเพจ (inbox) ช่วยตรวจว่าลูกค้าให้ข้อมูลครบพอโอนคืนเงินไหม แล้วร่างคำตอบ\n\n",
            "ได้รับของแล้วแต่สีผิด ส่งคืนไปแล้วตั้งแต่วันเสาร์ ", emo(r, "😤😡🥲"),
            " ขอคืนเงิน ", baht(r, 199, 2590), " บาท เข้าบัญชี", r.choice(BANKS), " ",
            BA(r), " ชื่อบัญชี ", "นางสาว " if fem else "นาย ", P(full), " นะคะ " if fem else " นะครับ ",
            r.choice(["รีบๆหน่อยนะ รอนานแล้ว", "ขอภายในอาทิตย์นี้ได้ไหม", "โอนแล้วแคปสลิปมาด้วยนะ"])]


@T("facebook_page")
def fb_late_parcel_typo(r: random.Random) -> list:
    n = nick(r, True)
    return ["แชทเพจ ตอบกลับลูกค้าให้หน่อย น้ำเสียงขอโทษ\n\n",
            "ของยังไม่มาเลยยยย ", emo(r, "😭😡"), " สั่งตั้งแต่วันจันทร์ละ บอกว่า 2-3 วันถึง ",
            r.choice(["นี่มันวันศุกร์แล้วค่ะะ", "จะอาทิตย์นึงละน้าาา", "ช้ามากกก งงมากก"]),
            " ชื่อ ", P(n), " เบอ ", ph(r, "plain"), " ค่ะะ ", r.choice(["เช็คให้ด่วนๆเลยย", "ตอบด้วยยย", "ฮือออ"])]


@T("line_oa")
def line_tax_invoice_company(r: random.Random) -> list:
    contact = th_first(r)
    co = r.choice(["บริษัท สยามไลท์ติ้ง ซัพพลาย จำกัด", "บริษัท เค.พี. ฟู้ดแพค จำกัด", "ห้างหุ้นส่วนจำกัด ทองดีการช่าง",
                   "บริษัท บ้านสวนออร์แกนิค จำกัด"])
    return ["ช่วยจัดข้อมูลใบกำกับภาษีเต็มรูปจากแชทนี้เป็น JSON (name, tax_id, branch, address, contact, email)\n\n",
            "ขอใบกำกับภาษีเต็มรูปค่ะ ออเดอร์ ", order_no(r), "\nในนาม ", co, " (สำนักงานใหญ่)\nเลขประจำตัวผู้เสียภาษี ",
            ("TH_JURISTIC_ID", juristic(r)), "\nที่อยู่ ", AD(r, r.choice(["bkk", "prov"])),
            "\nผู้ติดต่อ คุณ", P(contact), " ", em(r), "\nส่งเป็น PDF ทางอีเมลได้เลยค่ะ"]


@T("line_oa")
def line_tax_invoice_personal(r: random.Random) -> list:
    full = th_name(r)
    return ["แอดมินถาม: ลูกค้าขอใบกำกับภาษีในนามบุคคล ข้อมูลด้านล่างพอไหม ต้องขออะไรเพิ่ม\n\n",
            "ขอใบกำกับภาษีในนามบุคคลครับ\nชื่อ ", P(full), "\nเลขบัตรประชาชน ", ID(r),
            "\nที่อยู่ตามบัตร ", AD(r, "prov"), "\nออเดอร์ ", order_no(r), " ยอด ", baht(r, 1500, 45000), " บาท"]


@T("facebook_page")
def fb_live_cf_comments(r: random.Random) -> list:
    a, b, c = th_name(r, True), th_name(r), rom_name(r)
    return ["นี่คือคอมเมนต์จาก FB Live ขายเสื้อผ้าเมื่อคืน ช่วยสรุปเป็นตาราง: ชื่อ / รหัสสินค้า / จำนวน / เบอร์ / ที่อยู่\n\n",
            P(a), ": CF A12 1 ตัวค่ะ\n",
            P(b), ": cf b07 2 ชิ้น สีดำ ", ph(r, "plain"), "\n",
            P(c), ": CF A12 ค่ะ ส่ง ", AD(r, "short"), " ", ph(r), "\n",
            P(a), ": แม่ค้าคะ ขอไซส์ L นะคะ ", emo(r, "💕✨")]


@T("line_oa")
def line_cancel_short(r: random.Random) -> list:
    n = nick(r, True)
    return ["reply to this customer (ไทย สั้นๆ): ",
            r.choice(["ยกเลิกออเดอร์ได้มั้ยคะ สั่งซ้ำ ", "ขอยกเลิกค่ะ กดผิด ", "cancel ให้หน่อยค่ะ ไม่เอาแล้ว "]),
            emo(r, "🥲🙏"), " น้อง", P(n), " ", ph(r)]


@T("line_oa")
def line_personal_line_id(r: random.Random) -> list:
    n = nick(r, True)
    return ["ช่วยเช็คว่าแชทนี้ขัดนโยบายร้านไหม (ห้ามพนักงานให้ช่องทางส่วนตัว) แล้วเขียนโน้ตสั้นๆ\n\n",
            "ลูกค้า: สนใจสั่งส่งร้านประจำเลยค่ะ เดือนละ 20 กล่อง\n",
            "แอดมิน", P(n), ": ได้เลยค่ะ แอดไลน์ส่วนตัวพี่มาคุยได้เลยนะ ไอดี ", ("LINE_ID", line_id(r)),
            " เดี๋ยวพี่ลดให้พิเศษ ", emo(r, "😉✨")]


@T("facebook_page")
def fb_wrong_size_return(r: random.Random) -> list:
    full = th_name(r)
    return ["Create a return ticket from this FB message. Fields: customer, phone, pickup address, reason. Keep Thai values.\n\n",
            "ไซส์ไม่พอดีค่ะ ", r.choice(["ใส่ M แล้วคับมาก", "รองเท้าเบอร์ 38 บีบเท้า", "กางเกงยาวเกิน"]),
            " อยากเปลี่ยนไซส์ ให้ขนส่งมารับที่ ", AD(r), " ได้เลยนะคะ ติดต่อ ", P(full), " ", ph(r),
            " สะดวกช่วงเย็นค่ะ"]


@T("line_oa")
def line_preorder_form(r: random.Random) -> list:
    n = nick(r)
    return ["ลูกค้ากรอกฟอร์มพรีออเดอร์มาทาง LINE OA แปลงเป็น CSV 1 แถวให้หน่อย\n\n",
            "✨ฟอร์มสั่งจองรอบ ", r.choice(["มีนา", "เมษา", "ปีใหม่"]), "✨\n",
            "ชื่อเล่น: ", P(n), "\nชื่อ-สกุล: ", P(th_name(r, True)), "\nเบอร์: ", ph(r), "\nที่อยู่: ", AD(r),
            "\nไลน์: ", ("LINE_ID", line_id(r)), "\nรายการ: ", r.choice(["ครีมกันแดด x2", "กระเป๋าผ้า สีครีม x1",
                                                                          "ขนมเปี๊ยะไข่เค็ม 3 กล่อง"]),
            "\nโอนมัดจำแล้ว ", emo(r, "💕🙏")]


@T("facebook_page")
def fb_angry_review(r: random.Random) -> list:
    full = th_name(r, False)
    return ["รีวิว 1 ดาวในเพจ ช่วยเขียนคำตอบสาธารณะที่ไม่เปิดเผยข้อมูลลูกค้า\n\n",
            "ร้านนี้โกงครับ!!! ", r.choice(["จ่ายไปแล้วไม่ส่งของ", "ส่งของปลอมมา", "ของแตกแล้วไม่รับผิดชอบ"]),
            " ผม", P(full), " สั่งเมื่อ ", str(r.randint(2, 28)), " ", r.choice(TH_MON),
            " ทักไปไม่ตอบ โทรมาที่ ", ph(r), " ด่วน ไม่งั้นแจ้งความ ", emo(r, "😡🤬")]


@T("line_oa")
def line_gift_to_friend(r: random.Random) -> list:
    sender = nick(r, True)
    recv = th_name(r)
    return ["ช่วยเขียนการ์ดอวยพรสั้นๆ และตรวจที่อยู่ให้หน่อย\n\n",
            "สั่งเค้กวันเกิดส่งให้เพื่อนค่ะ ", emo(r, "🎂💕"), " ผู้สั่ง ", P(sender), "\n",
            "ผู้รับ: คุณ", P(recv), " ", ph(r), "\nส่งที่ ", AD(r),
            "\nเขียนการ์ดว่า 'HBD นะแก รักๆ' ห้ามบอกราคานะคะ"]


@T("line_oa")
def en_expat_line_delivery(r: random.Random) -> list:
    name = west(r)
    return ["Reply politely in English to this LINE OA chat and confirm the delivery slot.\n\n",
            "Hi! I ordered the ", r.choice(["air purifier", "standing desk", "coffee grinder", "rice cooker"]),
            " yesterday (order ", order_no(r), "). Could you deliver after 6pm? I'm at ", ADE(r),
            ". Name is ", P(name), ", mobile ", ph(r, "intl"), ". The guard doesn't speak English so please call me ",
            r.choice(["first", "when you arrive", ":)"])]


@T("facebook_page")
def en_fb_refund_card(r: random.Random) -> list:
    name = west(r)
    return ["Summarise this Facebook inbox message for the refunds team.\n\n",
            "Hello, I was charged twice for the same order (", baht(r, 300, 6000),
            " THB each). Card used: ", ("CREDIT_CARD", card(r)), ", cardholder ", P(name),
            ". Please refund the duplicate to the same card and confirm by email at ", em(r, name.split()[0].lower()),
            ". Thanks."]


@T("line_oa")
def en_line_wrong_item(r: random.Random) -> list:
    first = rom_name(r)
    return ["Draft a short apology in English. Offer replacement or refund.\n\n",
            "hey, got the wrong item. ordered black size 42, got white 40 ", emo(r, "😅🤔"),
            " can someone pick it up? I'm ", P(first), " ", ph(r), " / ", em(r), " thx"]


# ==============================================================================================
# Loyalty programmes
# ==============================================================================================
@T("loyalty")
def loyalty_signup_paste(r: random.Random) -> list:
    full = th_name(r)
    return ["ลูกค้าพิมพ์ข้อมูลสมัครสมาชิกมาในแชทแทนที่จะกรอกฟอร์ม ช่วยแยกเป็น field ให้ระบบ CRM\n\n",
            "สมัครสมาชิกค่ะ ", P(full), " เกิด ", ("DATE_OF_BIRTH", dob(r, r.choice(["th_slash", "th_short"]))),
            " เบอร์ ", ph(r), " อีเมล ", em(r), " ไลน์ ", ("LINE_ID", line_id(r)), " ",
            r.choice(["อยากได้แต้มต้อนรับ 100 แต้มด้วยน้า", "ขอคูปองสมาชิกใหม่ด้วยค่ะ", "สมัครให้หน่อยนะคะ ทำในแอปไม่ได้"])]


@T("loyalty")
def loyalty_birthday_coupon_missing(r: random.Random) -> list:
    n = nick(r, True)
    return ["ร่างคำตอบให้ลูกค้าบัตรสมาชิก เรื่องคูปองวันเกิดไม่เข้า อธิบายเงื่อนไข (ต้องสมัครก่อนเดือนเกิด 30 วัน)\n\n",
            "เดือนนี้เดือนเกิดหนูนะคะ วันเกิด ", ("DATE_OF_BIRTH", dob(r, r.choice(["th_long", "th_slash"]))),
            " ทำไมไม่ได้คูปองวันเกิดเหมือนปีที่แล้วคะ ", emo(r, "🥲😢"), " ชื่อ", P(n),
            " เบอร์สมาชิก ", ph(r, "plain")]


@T("loyalty")
def en_loyalty_points_missing(r: random.Random) -> list:
    name = west(r)
    return ["ร่างคำตอบภาษาอังกฤษให้ลูกค้าสมาชิก (แต้มจะเข้าภายใน 7 วัน)\n\n",
            "Hi, I'm ", P(name), ", Gold tier member. My last three purchases at the ",
            r.choice(["Siam Paragon", "EmQuartier", "CentralWorld", "MEGA Bangna"]), " store didn't earn any points. ",
            "Registered email ", em(r), ", phone ", ph(r, "intl"), ". Receipts attached. Can you fix it?"]


@T("loyalty")
def loyalty_merge_accounts(r: random.Random) -> list:
    full = th_name(r)
    return ["ลูกค้าขอรวมบัญชีสมาชิก 2 บัญชี ช่วยเขียนขั้นตอนให้ทีม CRM ทำ\n\n",
            "มีบัญชีซ้ำ 2 อันค่ะ อันเก่าใช้ ", em(r), " อันใหม่ใช้ ", em(r),
            " อยากรวมแต้มไว้ที่อันใหม่ เบอร์ที่ผูกคือ ", ph(r), " ชื่อ ", P(full), " ค่ะ"]


@T("loyalty")
def loyalty_transfer_points_family(r: random.Random) -> list:
    me = nick(r, True)
    kid = th_name(r, True)
    return ["ตรวจว่าคำขอโอนแต้มนี้ทำได้ตามเงื่อนไขไหม (โอนได้เฉพาะสมาชิกครอบครัวเดียวกัน)\n\n",
            "สวัสดีค่ะ ", P(me), " นะคะ อยากโอนแต้ม ", str(r.randint(2, 15) * 500), " แต้ม ให้ลูกสาว ",
            P(kid), " เบอร์สมาชิกลูก ", ph(r), " ส่วนของแม่ ", ph(r), " ค่ะ ", emo(r, "🙏")]


@T("loyalty")
def en_loyalty_dob_update(r: random.Random) -> list:
    name = rom_name(r)
    return ["Classify this request (profile update / points / complaint) and reply in English.\n\n",
            "Hi, my date of birth on the app is wrong so I never get the birthday voucher. It should be ",
            ("DATE_OF_BIRTH", dob(r, r.choice(["en_long", "en_us", "slash_ce"]))), ". Account: ", P(name), ", ",
            em(r), ". Thanks!"]


@T("loyalty")
def loyalty_face_pay_signup(r: random.Random) -> list:
    full = th_name(r)
    return ["เขียนสรุปปัญหาให้ทีม IT จากแชทสมาชิก\n\n",
            "คุณ", P(full), " (", ph(r), ") ลงทะเบียนจ่ายเงินด้วยใบหน้าที่ตู้หน้าร้านแล้ว แต่ระบบแจ้งว่า ",
            S("BIOMETRIC_DATA", r, ["ข้อมูลสแกนใบหน้า", "แม่แบบใบหน้า (face template)", "ภาพใบหน้าที่ลงทะเบียน"]),
            "ของลูกค้าไม่ตรงกับบัญชี ลูกค้ากังวลว่าจะถูกเก็บไว้ที่ไหน อยากให้ลบ"]


@T("loyalty")
def loyalty_crm_export_csv(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [P(th_name(r)), ",", ph(r, "plain"), ",", em(r), ",",
                 ("DATE_OF_BIRTH", dob(r, "iso")), ",", r.choice(["Silver", "Gold", "Platinum"]), ",",
                 str(r.randint(0, 30000)), "\n"]
    return ["เขียนข้อความ SMS แคมเปญวันเกิดแบบ personalised ให้แต่ละคนในไฟล์นี้\n\n",
            "name,phone,email,birthdate,tier,points\n", rows]


# ==============================================================================================
# Food delivery
# ==============================================================================================
@T("food_delivery")
def food_allergy_shrimp(r: random.Random) -> list:
    n = nick(r, True)
    return ["ลูกค้าร้องเรียนผ่านแอปเดลิเวอรี่ ช่วยร่างคำขอโทษและแจ้งร้านอาหารด้วย\n\n",
            "เขียนโน้ตไว้ชัดเจนว่า", S("HEALTH_DATA", r, ["แพ้กุ้งรุนแรง", "แพ้อาหารทะเล", "แพ้ถั่วลิสง"]),
            " ห้ามใส่ แต่ร้านก็ใส่มา กินไปคำนึงปากบวมเลย ", emo(r, "😡😭"), " ต้องไปหาหมอ ",
            "ชื่อผู้สั่ง ", P(n), " โทร ", ph(r), " ขอเงินคืนเต็มจำนวนค่ะ"]


@T("food_delivery")
def food_halal_muslim(r: random.Random) -> list:
    full = th_name(r, False)
    return ["ช่วยเรียบเรียงคำร้องเรียนนี้ส่งให้ทีม merchant quality\n\n",
            "ผม", P(full), " ", S("RELIGION", r, ["เป็นมุสลิม", "นับถือศาสนาอิสลาม"]),
            " สั่งข้าวมันไก่จากร้านที่ติดป้ายฮาลาลในแอป แต่ได้หมูกรอบมาแทน ",
            r.choice(["รับไม่ได้จริงๆ ครับ", "แบบนี้ไม่ควรเกิดขึ้น", "อยากให้ตรวจสอบร้านนี้"]), " ออเดอร์ ", order_no(r)]


@T("food_delivery")
def en_food_peanut_allergy(r: random.Random) -> list:
    name = west(r)
    return ["Summarise for the safety team and suggest compensation.\n\n",
            "Customer ", P(name), " (", ph(r, "intl"), ") says: I have ",
            S("HEALTH_DATA", r, ["a severe peanut allergy", "a tree nut allergy", "an anaphylactic peanut allergy"]),
            " and wrote NO NUTS in capitals. The pad thai came with crushed peanuts on top. ",
            "I used my EpiPen. This is dangerous."]


@T("food_delivery")
def food_diabetic_sugar(r: random.Random) -> list:
    n = nick(r, True)
    return ["ตอบแชทลูกค้าแอปสั่งเครื่องดื่ม\n\n",
            "พี่คะ สั่งชาไทยหวาน 0% แต่ที่ได้หวานเจี๊ยบเลย หนู", S("HEALTH_DATA", r, ["เป็นเบาหวาน", "เป็นเบาหวานประเภท 1"]),
            "นะคะ ดื่มไม่ได้ ", emo(r, "🥲"), " ", P(n), " ค่ะ ขอเครดิตคืนได้ไหม"]


@T("food_delivery")
def en_food_hindu_beef(r: random.Random) -> list:
    name = r.choice(["Priya Raman", "Arjun Mehta", "Rohan Iyer", "Kavya Nair"])
    return ["Write an empathetic reply and flag the merchant.\n\n",
            "From: ", P(name), " <", em(r, name.split()[0].lower()), ">\n",
            "I ordered the vegetable massaman and found beef in it. I ",
            S("RELIGION", r, ["am Hindu", "am a practising Hindu"]), " and do not eat beef. ",
            "Please explain how this happened."]


@T("food_delivery")
def en_food_kosher(r: random.Random) -> list:
    name = r.choice(["David Rosenberg", "Miriam Cohen", "Eli Goldstein", "Rachel Whitmore"])
    return ["Can you check whether any restaurant in our Sukhumvit zone can do this? Then reply.\n\n",
            "Hi, I'm ", P(name), ". I ", S("RELIGION", r, ["keep kosher because I'm Jewish", "am Jewish and keep kosher"]),
            ". Do you have any certified kosher restaurants on the app? Call me on ", ph(r), " if easier."]


@T("food_delivery")
def food_rider_rude_plate(r: random.Random) -> list:
    rider = nick(r, False)
    return ["สรุปเรื่องร้องเรียนไรเดอร์ให้ทีม rider ops พร้อมระดับความรุนแรง\n\n",
            "ไรเดอร์ชื่อ", P(rider), " ทะเบียน ", PL(r, True), " พูดจาไม่ดีมากค่ะ ",
            r.choice(["โยนถุงอาหารใส่หน้าห้อง", "ตะคอกใส่เพราะให้รอ 3 นาที", "ขอทิปแล้วพอไม่ให้ก็ด่า"]),
            " ", emo(r, "😡"), " ลูกค้า ", ph(r)]


@T("food_delivery")
def food_deaf_customer_note(r: random.Random) -> list:
    full = th_name(r)
    return ["แปลงโน้ตลูกค้านี้เป็นคำสั่งสั้นๆ ให้ไรเดอร์ (ไม่เกิน 2 บรรทัด)\n\n",
            "โน้ตถึงไรเดอร์: ", P(full), " ", S("DISABILITY", r, ["หูหนวก", "เป็นคนหูหนวก", "พิการทางการได้ยิน"]),
            " โทรมาจะไม่ได้ยินนะคะ กรุณาพิมพ์แชทในแอป หรือกดกริ่งหน้าห้องที่มีไฟกระพริบ ขอบคุณค่ะ ", emo(r, "🙏")]


@T("food_delivery")
def food_dorm_student(r: random.Random) -> list:
    n = nick(r, True)
    return ["ตอบลูกค้าเรื่องส่วนลดนักศึกษาไม่ขึ้นตอนสั่งอาหาร\n\n",
            "สั่งเข้าหอในค่ะ ผูกบัตรนักศึกษาแล้วแต่โค้ด STUDENT15 ใช้ไม่ได้ รหัสนักศึกษา ",
            ("STUDENT_ID", student_id(r, "ten")), " น้อง", P(n), " ", ph(r, "plain"), " ", emo(r, "🥲🙏")]


@T("food_delivery")
def food_pregnant_note(r: random.Random) -> list:
    full = th_name(r, True)
    return ["ช่วยร่างข้อความถึงร้านอาหาร ขอให้ทำตามโน้ตลูกค้า\n\n",
            "ลูกค้า ", P(full), " แจ้งว่า", S("HEALTH_DATA", r, ["ตั้งครรภ์ 7 เดือน", "กำลังตั้งท้อง", "ตั้งครรภ์อยู่"]),
            " ขอไม่ใส่ผงชูรส ไม่เผ็ด และให้ไรเดอร์ขึ้นไปส่งที่ ", AD(r, "condo"), " เพราะลงลิฟต์ไม่สะดวก"]


@T("food_delivery")
def en_food_celiac(r: random.Random) -> list:
    name = rom_nick(r)
    return ["Reply in English, short and friendly.\n\n",
            "hi, it's ", P(name), " again. i ", S("HEALTH_DATA", r, ["have coeliac disease", "have celiac disease"]),
            " so the soy sauce thing matters, can the shop use gluten-free tamari? last time i was sick for 2 days ",
            emo(r, "🥲")]


@T("food_delivery")
def food_gay_rider_harassment(r: random.Random) -> list:
    me = th_name(r, False)
    rider = nick(r, False)
    return ["ช่วยจัดหมวดหมู่เรื่องร้องเรียนนี้ (harassment/discrimination) และร่างคำตอบ\n\n",
            "ผม", P(me), " ", S("SEXUAL_BEHAVIOUR", r, ["เป็นเกย์", "เป็นเกย์ อยู่กับแฟนผู้ชาย"]),
            " ไรเดอร์", P(rider), " ทะเบียน ", PL(r, True),
            " เห็นแฟนผมมารับของแล้วพูดจาเหยียด หัวเราะเยาะ ", emo(r, "😤"), " อยากให้บริษัทจัดการ"]


# ==============================================================================================
# Riders and drivers
# ==============================================================================================
@T("rider_ops")
def rider_onboarding_form(r: random.Random) -> list:
    full = th_name(r, False)
    return ["ตรวจใบสมัครไรเดอร์นี้ว่าข้อมูลครบไหม ขาดอะไรบ้าง ตอบเป็นข้อๆ\n\n",
            "ชื่อ-สกุล: นาย ", P(full), "\nเลขบัตรประชาชน: ", ID(r), "\nวันเกิด: ",
            ("DATE_OF_BIRTH", dob(r, r.choice(["th_slash", "th_long"]))), "\nมือถือ: ", ph(r),
            "\nทะเบียนรถ: ", PL(r, True), "\nบัญชีรับเงิน: ", r.choice(BANKS), " ", BA(r),
            "\nโซนที่ต้องการ: ", r.choice(["ลาดพร้าว-โชคชัย 4", "บางนา", "รังสิต", "นิมมาน"])]


@T("rider_ops")
def rider_background_criminal(r: random.Random) -> list:
    full = th_name(r, False)
    return ["สรุปผลตรวจประวัติผู้สมัครไรเดอร์นี้ให้ทีม onboarding ตัดสินใจ ตามนโยบายข้อ 4.2\n\n",
            "ผู้สมัคร: ", P(full), " เลขบัตร ", ID(r, "dash"), "\nผลตรวจประวัติอาชญากรรม: พบประวัติ — ",
            S("CRIMINAL_RECORD", r, ["เคยต้องโทษจำคุกคดียาเสพติด พ.ศ. 2561", "ถูกพิพากษาคดีลักทรัพย์ รอลงอาญา 2 ปี",
                                     "เคยต้องคำพิพากษาคดีขับรถขณะเมาสุรา"]),
            "\nหมายเหตุ: ผู้สมัครแจ้งเองในใบสมัครแล้ว"]


@T("rider_ops")
def rider_face_kyc_log(r: random.Random) -> list:
    full = rom_name(r)
    return ["อธิบายให้แอดมินฟังว่าทำไมไรเดอร์คนนี้ล็อกอินไม่ได้:\n",
            '{"event":"rider_selfie_check","rider_name":"', P(full), '","phone":"', ph(r, "compact"),
            '","client_ip":"', ("IP_ADDRESS", ip4(r)), '","result":"REJECT","reason":"',
            S("BIOMETRIC_DATA", r, ["face embedding mismatch", "face template mismatch", "liveness face scan mismatch"]),
            '","similarity":0.', str(r.randint(31, 58)), ',"attempts":', str(r.randint(3, 5)), '}']


@T("rider_ops")
def rider_accident(r: random.Random) -> list:
    full = th_name(r, False)
    return ["เขียนรายงานอุบัติเหตุสั้นๆ สำหรับยื่นประกันอุบัติเหตุไรเดอร์\n\n",
            "ไรเดอร์ ", P(full), " ทะเบียน ", PL(r, True), " ถูกรถเก๋งเฉี่ยวระหว่างไปส่งอาหาร ",
            "ที่แยก", r.choice(["รัชโยธิน", "บางนา", "ลำลูกกา", "ห้วยขวาง"]), " ผลตรวจ: ",
            S("HEALTH_DATA", r, ["กระดูกข้อมือขวาหัก", "ขาซ้ายหัก ต้องใส่เฝือก 6 สัปดาห์", "ไหล่หลุด มีแผลถลอก"]),
            " แพทย์ให้หยุดงาน ", str(r.randint(7, 45)), " วัน"]


@T("rider_ops")
def rider_union_groupchat(r: random.Random) -> list:
    a, b = r.sample(NICK_M, 2)
    return ["สรุปแชทกลุ่มไรเดอร์นี้ให้หัวหน้าทีม (ใครพูดอะไร)\n\n",
            "[21:04] ", P(a), ": พรุ่งนี้ไปยื่นหนังสือกันไหม ค่ารอบลดอีกแล้ว\n",
            "[21:05] ", P(b), ": ไปดิ พี่", P(a), " ", S("TRADE_UNION", r, ["เป็นกรรมการสหภาพไรเดอร์",
                                                                         "เป็นสมาชิกสหภาพไรเดอร์", "เป็นแกนนำสหภาพไรเดอร์"]),
            "อยู่แล้ว ให้พี่แกพูดเลย\n[21:06] ", P(a), ": โอเค 10 โมงเจอกันหน้าออฟฟิศ ", emo(r, "✊👍")]


@T("rider_ops")
def rider_protest_late(r: random.Random) -> list:
    full = th_name(r, False)
    return ["ไรเดอร์ส่งข้อความแก้ตัวเรื่องส่งช้า ช่วยประเมินว่าควรยกเว้นค่าปรับไหม\n\n",
            "ผม", P(full), " ขอโทษที่งานค้างเมื่อวานครับ ผม", S("POLITICAL_OPINION", r, [
                "ไปร่วมชุมนุมต้านรัฐบาลที่ราชดำเนิน", "ไปม็อบเรียกร้องประชาธิปไตย", "ไปช่วยหาเสียงให้พรรคฝ่ายค้าน"]),
            " ถนนปิดออกมาไม่ได้ ", emo(r, "🙏")]


@T("rider_ops")
def rider_karen_language(r: random.Random) -> list:
    full = th_name(r)
    return ["เขียนข้อความอบรมสั้นๆ ภาษาไทยง่ายๆ ให้ไรเดอร์คนนี้\n\n",
            "หัวหน้าโซนแจ้งว่าไรเดอร์ใหม่ ", P(full), " (", ph(r), ") ",
            S("ETHNICITY", r, ["เป็นคนเชื้อสายกะเหรี่ยง", "เป็นชาวปกาเกอะญอ", "เป็นชาวลาหู่"]),
            " อ่านภาษาไทยได้ช้า ขอคำอธิบายขั้นตอนกดรับงานแบบง่ายที่สุด"]


@T("rider_ops")
def rider_payout_wrong(r: random.Random) -> list:
    n = nick(r, False)
    return ["ช่วยตอบไรเดอร์ เรื่องเงินรอบสัปดาห์ไม่เข้า\n\n",
            "แอดครับ เงินรอบ ", str(r.randint(1, 28)), "/", str(r.randint(1, 12)), " ยังไม่เข้าเลย ",
            r.choice(["ขาดไป 1,240", "ได้แค่ครึ่งเดียว", "ไม่เข้าสักบาท"]), " บัญชี", r.choice(BANKS), " ",
            BA(r), " ครับ ผม", P(n), " ไรเดอร์โซน", r.choice(["บางกะปิ", "สาทร", "รังสิต"]), " ", ph(r)]


@T("rider_ops")
def en_rider_payout(r: random.Random) -> list:
    name = rom_name(r)
    return ["ร่างอีเมลภาษาอังกฤษถึงทีม finance ขอให้โอนรอบนี้ใหม่\n\n",
            "Rider: ", P(name), "\nBank: ", r.choice(BANKS_EN), " ", BA(r),
            "\nWeek 14 earnings: THB ", baht(r, 3000, 14000), " — bounced (account name mismatch)",
            "\nRider email: ", em(r)]


@T("rider_ops")
def en_driver_conviction(r: random.Random) -> list:
    name = west(r) if r.random() < 0.4 else rom_name(r)
    return ["We run a ride-hailing fleet. Based on our policy (no violent or theft convictions in the last 5 years), "
            "can this applicant drive? Answer yes/no with a reason.\n\nApplicant ", P(name), " disclosed ",
            S("CRIMINAL_RECORD", r, ["a 2021 conviction for assault", "a prior conviction for theft in 2019",
                                     "a drink-driving conviction from 2022"]), ". No other findings."]


@T("rider_ops")
def en_rider_union(r: random.Random) -> list:
    name = rom_name(r)
    return ["Rewrite this note from the fleet manager so it is neutral and factual.\n\n",
            P(name), " ", S("TRADE_UNION", r, ["is a member of the Freelance Riders Union",
                                               "joined the riders' union last month", "is a union rep for the riders"]),
            " and keeps asking others to sign the petition about the new rate card. Should we move them to another zone?"]


@T("rider_ops")
def rider_prosthetic_leg(r: random.Random) -> list:
    full = th_name(r, False)
    return ["ช่วยพิจารณาคำขอของไรเดอร์ตามนโยบายความหลากหลาย แล้วร่างคำตอบ\n\n",
            "ผม", P(full), " ", S("DISABILITY", r, ["ใส่ขาเทียมข้างซ้าย", "พิการขาข้างขวา", "เป็นผู้พิการทางร่างกาย"]),
            " ขี่มอเตอร์ไซค์ได้ปกติ (ทะเบียน ", PL(r, True), ") แต่ขอไม่รับงานที่ต้องเดินขึ้นตึกไม่มีลิฟต์ครับ"]


@T("rider_ops")
def rider_migrant_passport(r: random.Random) -> list:
    name = r.choice(MYANMAR_TH)
    return ["ตรวจเอกสารผู้สมัครพนักงานคัดแยกพัสดุ (แรงงานต่างด้าว) ว่าขาดอะไร\n\n",
            "ชื่อ: ", P(name), "\nพาสปอร์ต: ", ("TH_PASSPORT", r.choice(["MA", "MC", "MD", "N"]) + digits(r, 7)),
            "\nสัญชาติ: เมียนมา ", S("ETHNICITY", r, ["ชาติพันธุ์ไทใหญ่", "เชื้อสายมอญ", "ชาติพันธุ์กะเหรี่ยง"]),
            "\nเบอร์: ", ph(r), "\nใบอนุญาตทำงาน: รอผล"]


@T("rider_ops")
def rider_covid_sick(r: random.Random) -> list:
    n = nick(r, False)
    return ["ไรเดอร์ขอลา ช่วยตอบและบอกขั้นตอนใช้สิทธิ์ประกันรายได้\n\n",
            "หัวหน้าครับ ", P(n), " นะครับ วันนี้", S("HEALTH_DATA", r, ["ตรวจ ATK ขึ้น 2 ขีด ติดโควิด", "ไข้เลือดออก นอนโรงพยาบาล",
                                                                   "เป็นไข้หวัดใหญ่"]),
            " ขอหยุด ", str(r.randint(3, 7)), " วันครับ ", emo(r, "🤒🙏")]


@T("rider_ops")
def rider_muslim_prayer(r: random.Random) -> list:
    full = th_name(r, False)
    return ["ช่วยจัดตารางกะให้ไรเดอร์คนนี้ตามคำขอ\n\n",
            "ไรเดอร์ ", P(full), " โซนหาดใหญ่ แจ้งว่า", S("RELIGION", r, ["เป็นมุสลิม", "นับถือศาสนาอิสลาม"]),
            " ขอพักช่วง 12:00-13:30 ทุกวันศุกร์เพื่อไปละหมาดที่มัสยิด และช่วงเดือนรอมฎอนขอเลิกก่อน 18:00"]


@T("rider_ops")
def en_rider_face_mismatch(r: random.Random) -> list:
    name = r.choice(MIGRANT_ROM) if r.random() < 0.5 else rom_name(r)
    return ["Write a short message to this rider explaining how to redo verification.\n\n",
            "Ticket: rider ", P(name), " says the app keeps rejecting ",
            S("BIOMETRIC_DATA", r, ["the face scan", "the selfie face match", "the fingerprint scan"]),
            " since they changed phones. Nobody else uses the phone. Last attempt from IP ",
            ("IP_ADDRESS", ip4(r)), "."]


# ==============================================================================================
# Parcels, logistics and COD
# ==============================================================================================
@T("logistics")
def parcel_lost_claim(r: random.Random) -> list:
    full = th_name(r)
    return ["ตรวจแบบฟอร์มเคลมพัสดุสูญหายนี้ และร่างอีเมลยืนยันรับเรื่อง\n\n",
            "เลขพัสดุ: ", tracking(r), "\nผู้ยื่นเคลม: ", P(full), "\nเลขบัตรประชาชน: ", ID(r),
            "\nมูลค่าสินค้า: ", baht(r, 500, 9000), " บาท (", r.choice(["หูฟังไร้สาย", "เสื้อผ้า 3 ชิ้น", "อาหารเสริม"]),
            ")\nรับเงินชดเชยเข้าบัญชี: ", r.choice(BANKS), " ", BA(r), "\nติดต่อกลับ: ", ph(r)]


@T("logistics")
def en_parcel_customs_passport(r: random.Random) -> list:
    name = west(r)
    return ["Help me answer the courier's customs email. What do I need to send?\n\n",
            "My parcel from ", r.choice(["Germany", "Japan", "the UK", "Australia"]), " (", tracking(r),
            ") is held at Suvarnabhumi customs. They asked for the consignee's passport. Details: ",
            P(name), ", passport ", ("TH_PASSPORT", passport_foreign(r)), ", address ", ADE(r), ", tel ",
            ph(r, "intl"), ". Contents: ", r.choice(["vitamins and a jacket", "camera lens", "two pairs of shoes"]), "."]


@T("logistics")
def parcel_webhook_json(r: random.Random) -> list:
    name = th_name(r)
    return ["แปลง event นี้เป็นข้อความ SMS แจ้งผู้รับ (ภาษาไทย ไม่เกิน 70 ตัวอักษร)\n",
            '{"tracking_no":"', tracking(r), '","status":"OUT_FOR_DELIVERY","updated_at":', epoch_ms(r),
            ',"recipient":{"name":"', P(name), '","phone":"', ph(r, "plain"), '","address":"', AD(r),
            '"},"cod_amount":', str(r.randint(0, 3000)), ',"hub":"', r.choice(["BKK-LKB", "NBI-PKK", "CNX-01"]), '"}']


@T("logistics")
def parcel_ocr_label(r: random.Random) -> list:
    s_name, r_name = th_name(r), th_name(r)
    return ["ข้อความนี้ OCR มาจากใบปะหน้ากล่องที่เปียกน้ำ ช่วยแก้คำผิดและแยกผู้ส่ง/ผู้รับ\n\n",
            "ผู้ส่ง  ", P(s_name), "  โทร ", ph(r, "dash"), "\n", AD(r, "prov"), "\n",
            "ผู้รับ  ", P(r_name), "  โทร. ", ph(r, "dash"), "\n", AD(r, "bkk"), "\n",
            "COD ", baht(r, 150, 1500), ".-   ", tracking(r), "  น้ำหนัก ", str(r.randint(1, 9)), ".", str(r.randint(0, 9)),
            " kg"]


@T("logistics")
def parcel_sms_rider(r: random.Random) -> list:
    rider = nick(r, False)
    return ["Translate this SMS to English for an expat recipient:\n\n",
            "พัสดุ ", tracking(r), " จะถึงวันนี้ 13:00-17:00 ไรเดอร์ ", P(rider), " ", ph(r, "dash"),
            " หากไม่อยู่บ้านกรุณาตอบกลับ 1 เพื่อฝากป้อมยาม"]


@T("logistics")
def cod_dispute_ticket(r: random.Random) -> list:
    full = th_name(r)
    return ["ลูกค้าปฏิเสธรับพัสดุ COD ช่วยเขียนสรุปข้อพิพาทให้ผู้ขายและขนส่ง\n\n",
            "Ticket #", digits(r, 6), "\nผู้รับ: ", P(full), " / ", ph(r), "\nที่อยู่: ", AD(r),
            "\nยอด COD: ", baht(r, 250, 2500), " บาท\nลูกค้าแจ้ง: ",
            r.choice(["ไม่ได้สั่ง มีคนเอาชื่อไปสั่ง", "เปิดกล่องแล้วเป็นของเล่นราคาถูก ไม่ตรงปก",
                      "จ่ายไปแล้วแต่ไรเดอร์บอกว่าระบบยังไม่อัปเดต"])]


@T("logistics")
def en_cod_dispute_seller(r: random.Random) -> list:
    name = rom_name(r)
    return ["I'm an overseas seller on a Thai marketplace. Write a firm but polite dispute message to the platform.\n\n",
            "Buyer ", P(name), " (", ph(r, "intl"), ") refused a COD parcel at ", ADE(r),
            " after it was opened. Courier charged me return shipping of THB ", str(r.randint(60, 180)),
            ". Order ", order_no(r), ". I want the fee waived."]


@T("logistics")
def cod_call_transcript(r: random.Random) -> list:
    full = th_name(r, True)
    return ["ถอดเทปสายโทรนี้เป็นสรุป 3 บรรทัด\n\n",
            "เจ้าหน้าที่: สวัสดีค่ะ ติดต่อเรื่องพัสดุเก็บเงินปลายทางนะคะ ขอชื่อผู้รับค่ะ\n",
            "ลูกค้า: ", P(full), " ค่ะ\nเจ้าหน้าที่: ขอเบอร์ที่ติดต่อได้ค่ะ\nลูกค้า: ", ph(r, "space"),
            "\nเจ้าหน้าที่: ยืนยันตัวตนด้วยเลขบัตรประชาชน 4 ตัวท้ายค่ะ\nลูกค้า: ให้ทั้งหมดเลยก็ได้ค่ะ ", ID(r, "space"),
            "\nลูกค้า: คือไรเดอร์เก็บเงินไปแล้ว ", baht(r, 300, 2000), " บาท แต่ร้านบอกยังไม่ได้รับ"]


@T("logistics")
def en_intl_seller_shipping(r: random.Random) -> list:
    name = west(r)
    return ["Fix the formatting of this consignee block for a Thai courier label and keep it in English.\n\n",
            "SHIP TO:\n", P(name), "\n", ADE(r), "\nTel: ", ph(r), "\nEmail: ", em(r),
            "\nDeclared: ", r.choice(["handmade soap x12", "ceramic mugs x4", "vintage vinyl x3"]), " USD ",
            str(r.randint(20, 300))]


@T("logistics")
def parcel_wheelchair_delivery(r: random.Random) -> list:
    me = nick(r, True)
    mom = th_first(r, True)
    return ["ช่วยแปลงคำขอนี้เป็นหมายเหตุการจัดส่ง (delivery instruction) สั้นๆ\n\n",
            "ขอให้ขนส่งยกของขึ้นไปส่งถึงในบ้านได้ไหมคะ แม่", P(mom), " ",
            S("DISABILITY", r, ["นั่งวีลแชร์", "เป็นอัมพาตครึ่งซีก", "ใช้รถเข็นตลอด"]),
            " ลงมารับหน้าบ้านไม่ได้ ที่อยู่ ", AD(r, "prov"), " ติดต่อ ", P(me), " ลูกสาว ", ph(r)]


@T("logistics")
def parcel_hospital_drug_delivery(r: random.Random) -> list:
    full = th_name(r)
    return ["สร้างข้อความแจ้งผู้ป่วยว่ายาจะจัดส่งทางไปรษณีย์ (ไม่เกิน 3 บรรทัด)\n\n",
            "ผู้ป่วย: ", P(full), "  HN ", ("MEDICAL_RECORD_NUMBER", hn(r)), "\nโรค: ",
            S("HEALTH_DATA", r, ["เบาหวาน", "ความดันโลหิตสูง", "ติดเชื้อเอชไอวี", "ไตวายเรื้อรังระยะที่ 3"]),
            "\nส่งยาทาง EMS ที่: ", AD(r, "prov"), "\nเลขพัสดุ: ", tracking(r)]


@T("logistics")
def en_parcel_blind_customer(r: random.Random) -> list:
    name = west(r)
    return ["Turn this into a delivery note for the courier.\n\n",
            "Hi, I'm ", P(name), ". I ", S("DISABILITY", r, ["am blind", "am visually impaired", "have low vision"]),
            ", so photo proof-of-delivery messages are useless to me. Please call ", ph(r, "intl"),
            " when the driver is downstairs and I'll come down with my guide dog."]


@T("logistics")
def parcel_hmong_customer(r: random.Random) -> list:
    full = th_name(r)
    return ["ช่วยเขียนข้อความสั้นมากๆ ภาษาไทยง่ายๆ ให้ลูกค้า\n\n",
            "โน้ตจากสาขา: ลูกค้า ", P(full), " ", S("ETHNICITY", r, ["เป็นชาวม้ง", "เป็นชาวอาข่า", "เป็นชาวเมี่ยน"]),
            " พูดไทยได้ไม่คล่อง มารับพัสดุที่จุดรับไม่ได้ ขอให้ส่งที่ ", AD(r, "prov"),
            " แทน ให้โทรล่วงหน้า ", ph(r)]


# ==============================================================================================
# Returns and refunds
# ==============================================================================================
@T("returns")
def return_json_ticket(r: random.Random) -> list:
    name = th_name(r)
    return ["Given this return request JSON, write the customer a Thai message with the drop-off steps.\n",
            '{"rma":"RMA-', digits(r, 7), '","order_id":"', order_no(r), '","customer_name":"', P(name),
            '","phone":"', ph(r, "dash"), '","email":"', em(r), '","reason":"',
            r.choice(["สินค้าชำรุด", "ได้ของไม่ครบ", "ไม่ตรงปก"]), '","items":[{"sku":"', sku(r), '","qty":1}]}']


@T("returns")
def en_refund_card_agent(r: random.Random) -> list:
    name = west(r)
    return ["ร่างอีเมลยืนยันการคืนเงินเป็นภาษาอังกฤษ ห้ามใส่เลขบัตรเต็มในอีเมล\n\n",
            "Case notes: customer ", P(name), " returned ", r.choice(["a blender", "2 dresses", "a smartwatch"]),
            " (", order_no(r), "). Refund THB ", baht(r, 400, 9000), " to original card ",
            ("CREDIT_CARD", card(r)), ". Customer email ", em(r), ". Refund ETA 7-14 business days."]


@T("returns")
def refund_card_th_customer(r: random.Random) -> list:
    n = nick(r, True)
    return ["ตอบลูกค้าเรื่องคืนเงินเข้าบัตรเครดิต (ใช้เวลา 7-14 วันทำการ)\n\n",
            "คืนเงินเข้าบัตรยังคะ ", emo(r, "🤔"), " บัตรที่จ่ายคือ ", ("CREDIT_CARD", card(r)),
            " หมดอายุ ", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", " นะคะ ", P(n), " ค่ะ รอมา 2 อาทิตย์แล้ว"]


@T("returns")
def refund_promptpay_id(r: random.Random) -> list:
    full = th_name(r)
    return ["ลูกค้าขอรับเงินคืนทางพร้อมเพย์ ช่วยเช็คว่าข้อมูลพอไหม\n\n",
            "โอนคืนเข้าพร้อมเพย์ได้เลยค่ะ ผูกกับเลขบัตรประชาชน ", ID(r), " ชื่อ ", P(full),
            " ยอด ", baht(r, 120, 3500), " บาท ", r.choice(["ขอบคุณค่ะ", "ขอบคุณนะคะแอด", "รบกวนด้วยค่า 🙏"])]


@T("returns")
def return_hearing_aid(r: random.Random) -> list:
    full = th_name(r, False)
    return ["พิจารณาคำขอคืนสินค้านี้ (เครื่องช่วยฟัง เปิดใช้แล้ว) ตามนโยบาย แล้วร่างคำตอบ\n\n",
            "ลูกชายเขียนแทนพ่อครับ พ่อ", P(full), " ", S("DISABILITY", r, [
                "สูญเสียการได้ยินทั้งสองข้าง", "หูตึงระดับรุนแรง", "พิการทางการได้ยิน"]),
            " ซื้อเครื่องช่วยฟังไปแต่ใส่แล้วเสียงหอน ขอคืนหรือเปลี่ยนรุ่นครับ ติดต่อ ", ph(r)]


@T("returns")
def en_return_csv(r: random.Random) -> list:
    rows = []
    for _ in range(r.randint(2, 3)):
        rows += [order_no(r), ",", P(west(r) if r.random() < 0.5 else rom_name(r)), ",", em(r), ",",
                 r.choice(["damaged", "wrong size", "changed mind", "late delivery"]), ",", baht(r, 200, 5000), "\n"]
    return ["จัดกลุ่มรายการคืนสินค้าตามเหตุผล แล้วรวมยอดเงินคืน\n\n",
            "order,customer,email,reason,amount_thb\n", rows]


@T("returns")
def en_chargeback_ip(r: random.Random) -> list:
    name = west(r)
    return ["เตรียมคำชี้แจง chargeback ส่งธนาคารผู้รับบัตร (ภาษาอังกฤษ ตามข้อเท็จจริง)\n\n",
            "Cardholder ", P(name), " disputes a charge on ", ("CREDIT_CARD", card(r)),
            " claiming non-receipt. Our logs show the order was placed from IP ", ("IP_ADDRESS", ip4(r)),
            " (same as the cardholder's previous 6 orders) and POD photo signed at the condo lobby."]


@T("returns")
def return_adult_toy_discreet(r: random.Random) -> list:
    n = nick(r, True)
    return ["ตอบลูกค้าร้านของเล่นผู้ใหญ่ ขอให้สุภาพและไม่ตัดสิน\n\n",
            "ขอเปลี่ยนสินค้าค่ะ ได้ผิดรุ่น ", emo(r, "🙈"), " รบกวนแพ็กมิดชิดเหมือนเดิมนะคะ เพราะหนู",
            S("SEXUAL_BEHAVIOUR", r, ["เป็นเลสเบี้ยน", "เป็นไบ", "มีแฟนเป็นผู้หญิง"]),
            " ที่บ้านยังไม่รู้ ", P(n), " ส่งที่ ", AD(r, "condo")]


# ==============================================================================================
# Online pharmacies, health retail and DNA kits
# ==============================================================================================
@T("online_pharmacy")
def pharmacy_online_diabetes(r: random.Random) -> list:
    fem = r.random() < 0.5
    full = th_name(r, fem)
    return ["ในฐานะเภสัชกรร้านยาออนไลน์ ช่วยร่างคำตอบลูกค้า (ไม่วินิจฉัยโรค)\n\n",
            "ลูกค้า ", P(full), " ", ph(r), " ถาม: ดิฉัน" if fem else " ถาม: ผม", S("HEALTH_DATA", r, [
                "เป็นเบาหวานกับความดัน", "เป็นไตเสื่อมระยะ 3", "เป็นโรคเกาต์"]),
            " กินยาหมอประจำอยู่ อยากซื้อ", r.choice(["น้ำมันปลา", "ขมิ้นชันแคปซูล", "แคลเซียม"]),
            "ในร้านมากินเสริม กินร่วมกันได้ไหม"]


@T("online_pharmacy")
def pharmacy_prep_order(r: random.Random) -> list:
    n = nick(r, False)
    return ["เภสัชกรออนไลน์: ช่วยเขียนคำแนะนำการใช้ PrEP ให้ลูกค้าคนนี้แบบเป็นกันเอง\n\n",
            "สวัสดีครับ ผม", P(n), " ", S("SEXUAL_BEHAVIOUR", r, ["มีเพศสัมพันธ์กับผู้ชาย", "มีคู่นอนหลายคน",
                                                                "เป็นเกย์ มีคู่นอนไม่ประจำ"]),
            " อยากเริ่มกิน PrEP ครับ ผลตรวจล่าสุด", S("HEALTH_DATA", r, ["ไม่ติดเชื้อ HIV", "HIV เป็นลบ"]),
            " ต้องสั่งยังไง ส่งแบบไม่ระบุชื่อสินค้าได้ไหม ", emo(r, "🙏")]


@T("online_pharmacy")
def en_pharmacy_hn_refill(r: random.Random) -> list:
    name = west(r)
    return ["เขียนอีเมลเตือนรับยาต่อเนื่องเป็นภาษาอังกฤษสั้นๆ ให้ผู้ป่วยต่างชาติคนนี้\n\n",
            "Patient: ", P(name), " | HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "dash")), " | Dx: ",
            S("HEALTH_DATA", r, ["hypothyroidism", "major depressive disorder", "atrial fibrillation", "asthma"]),
            " | Rx due for home delivery next week | email ", em(r)]


@T("online_pharmacy")
def dna_kit_brca(r: random.Random) -> list:
    full = th_name(r, True)
    return ["ลูกค้าส่งผลตรวจ DNA จากชุดตรวจที่ซื้อในร้าน มาถามในแชท ช่วยร่างคำตอบแนะนำให้ปรึกษาแพทย์\n\n",
            "สวัสดีค่ะ ", P(full), " นะคะ ผลออกมาว่า", S("GENETIC_DATA", r, [
                "มียีน BRCA1 กลายพันธุ์", "พบการกลายพันธุ์ของยีน BRCA2", "เป็นพาหะยีน BRCA1"]),
            " แบบนี้ต้องทำยังไงต่อคะ ส่งรายงานเต็มไปที่ ", em(r), " แล้ว ", emo(r, "😰")]


@T("online_pharmacy")
def thalassemia_supplement(r: random.Random) -> list:
    n = nick(r, True)
    return ["ตอบแชทร้านอาหารเสริม ห้ามอ้างสรรพคุณรักษาโรค\n\n",
            "หนู", S("GENETIC_DATA", r, ["เป็นพาหะธาลัสซีเมีย", "เป็นพาหะฮีโมโกลบินอี", "เป็นพาหะแอลฟาธาลัสซีเมีย"]),
            "ค่ะ กินวิตามินธาตุเหล็กตัวที่ร้านขายได้ไหมคะ ", P(n), " ค่ะ ", emo(r, "🤔")]


@T("online_pharmacy")
def en_dna_kit_apoe(r: random.Random) -> list:
    name = west(r)
    return ["Draft a careful reply from the DNA kit company's support team.\n\n",
            "From ", P(name), " (", em(r), "): my report says I ",
            S("GENETIC_DATA", r, ["carry two copies of APOE4", "am an APOE4 carrier", "have a Factor V Leiden variant"]),
            ". I didn't expect that. Who else can see my results? Please delete my sample."]


@T("online_pharmacy")
def pharmacogenomic_cyp(r: random.Random) -> list:
    full = th_name(r)
    return ["สรุปผลตรวจนี้ให้เภสัชกรร้านยาเชนดูก่อนจ่ายยา\n\n",
            "ผู้ป่วย ", P(full), " HN ", ("MEDICAL_RECORD_NUMBER", hn(r, "slash")), "\nผลตรวจยีน: ",
            S("GENETIC_DATA", r, ["HLA-B*15:02 ให้ผลบวก", "CYP2C19 *2/*2 (poor metabolizer)", "HLA-B*58:01 ให้ผลบวก"]),
            "\nใบสั่งยา: ", r.choice(["Carbamazepine", "Clopidogrel", "Allopurinol"])]


@T("online_pharmacy")
def en_mthfr_supplement(r: random.Random) -> list:
    n = rom_nick(r)
    return ["Reply as the supplement shop. Don't give medical advice.\n\n",
            "hi it's ", P(n), " ", emo(r, "👋"), " my genetic test showed ",
            S("GENETIC_DATA", r, ["I'm homozygous for MTHFR C677T", "an MTHFR mutation", "I carry the MTHFR A1298C variant"]),
            " so which of your folate products should I buy?"]


@T("online_pharmacy")
def return_medical_device_hn(r: random.Random) -> list:
    full = th_name(r)
    return ["ร่างหนังสือรับเรื่องคืนเครื่องวัดน้ำตาลที่ชำรุด\n\n",
            "ผู้ซื้อ: ", P(full), "\nเลข HN โรงพยาบาลที่ลูกค้าแนบมา: ", ("MEDICAL_RECORD_NUMBER", hn(r, "plain")),
            "\nลูกค้าแจ้งว่า", S("HEALTH_DATA", r, ["เป็นเบาหวานต้องเจาะน้ำตาลทุกวัน", "ใช้อินซูลินวันละ 2 ครั้ง"]),
            " เครื่องค่าผิดเพี้ยน ขอเปลี่ยนเครื่องใหม่ ", ph(r)]


# ==============================================================================================
# Marketplace sellers
# ==============================================================================================
@T("marketplace")
def seller_kyc_individual(r: random.Random) -> list:
    full = th_name(r)
    return ["ตรวจเอกสารสมัครร้านค้าบุคคลธรรมดาบนมาร์เก็ตเพลส ชื่อบัญชีต้องตรงกับชื่อบัตร\n\n",
            "ชื่อร้าน: ", r.choice(["Baan Candle", "ป้านิดขนมไทย", "Cutie Case Shop", "สวนผักคุณยาย"]), "\nเจ้าของ: ",
            P(full), "\nบัตรประชาชน: ", ID(r), "\nบัญชีรับเงิน: ", r.choice(BANKS), " ", BA(r), " ชื่อบัญชี ",
            P(full), "\nมือถือ: ", ph(r)]


@T("marketplace")
def seller_kyc_company(r: random.Random) -> list:
    contact = th_name(r)
    return ["สรุปเอกสารร้านค้านิติบุคคลนี้ และบอกว่าต้องขอหนังสือรับรองบริษัทฉบับใหม่ไหม (เกิน 6 เดือน)\n\n",
            "นิติบุคคล: ", r.choice(["บริษัท ไทยแฮนด์เมด เทรดดิ้ง จำกัด", "บริษัท ควิกฟิกซ์ อะไหล่ จำกัด",
                                      "บริษัท มาลัยบิวตี้ จำกัด"]),
            "\nเลขทะเบียนนิติบุคคล: ", ("TH_JURISTIC_ID", juristic(r)), "\nผู้มีอำนาจลงนาม: ", P(contact),
            "\nอีเมลติดต่อ: ", em(r), "\nบัญชีบริษัท: ", r.choice(BANKS), " ", BA(r),
            "\nหนังสือรับรองออกเมื่อ: ", str(r.randint(1, 28)), " ", r.choice(TH_MON), " 2568"]


@T("marketplace")
def en_seller_intl_onboarding(r: random.Random) -> list:
    name = west(r)
    return ["Check this cross-border seller application and list missing documents.\n\n",
            "Company: ", r.choice(["Nordic Home Goods Co., Ltd.", "Pacific Bloom Trading Co., Ltd.",
                                   "Kawa Crafts (Thailand) Co., Ltd."]),
            "\nThai registration no.: ", ("TH_JURISTIC_ID", juristic(r)), "\nDirector: ", P(name),
            "\nContact: ", em(r, name.split()[0].lower()), " / ", ph(r, "intl"),
            "\nCategories: home decor, kitchenware"]


@T("marketplace")
def seller_fraud_criminal(r: random.Random) -> list:
    full = th_name(r)
    return ["ทีม Trust & Safety: ช่วยเขียนบันทึกเหตุผลการระงับร้านค้านี้\n\n",
            "ร้าน ", r.choice(["GadgetZone99", "แบรนด์เนมมือสองของแท้", "iPhone ราคาส่ง"]), " เจ้าของ ", P(full),
            " (บัตร ", ID(r), ") ตรวจพบว่า", S("CRIMINAL_RECORD", r, [
                "เคยถูกจับคดีฉ้อโกงออนไลน์เมื่อปี 2566", "มีหมายจับคดีหลอกขายสินค้าออนไลน์",
                "เคยต้องโทษคดีฉ้อโกงประชาชน"]),
            " และมีลูกค้าร้องเรียนไม่ได้รับของ 14 ราย"]


@T("marketplace")
def seller_affiliate_wht(r: random.Random) -> list:
    full = th_name(r)
    return ["จัดข้อมูลสำหรับออกหนังสือรับรองการหักภาษี ณ ที่จ่าย (50 ทวิ) ให้นักรีวิว affiliate\n\n",
            "ชื่อ: ", P(full), "\nเลขประจำตัวผู้เสียภาษี: ", ID(r), "\nที่อยู่: ", AD(r),
            "\nค่าคอมมิชชั่นปีนี้: ", baht(r, 20000, 380000), " บาท หัก 3%"]


@T("marketplace")
def en_seller_passport_kyc(r: random.Random) -> list:
    name, nat = r.choice([("Chen Yuhan", "CHN"), ("Yuki Tanaka", "JPN"), ("Kenji Watanabe", "JPN"),
                          ("Mei Ling Tan", "SGP"), ("Nadia Petrova", "BGR")])
    return ["ดึงข้อมูล KYC จากข้อความ OCR นี้ออกมาเป็น JSON\n\n",
            "PASSPORT  Type P\nSurname/Given names: ", P(name), "\nPassport No. ",
            ("TH_PASSPORT", passport_foreign(r)), "\nDate of birth ",
            ("DATE_OF_BIRTH", dob(r, r.choice(["en_long", "slash_ce"]))), "\nNationality ",
            nat, "\nDate of expiry 2031-0", str(r.randint(1, 9)), "-15"]


@T("marketplace")
def seller_shan_weaver(r: random.Random) -> list:
    full = th_name(r, True)
    return ["เขียนคำบรรยายร้านค้า (shop bio) 2 ประโยคจากข้อมูลที่ผู้ขายให้มา ขออนุญาตผู้ขายก่อนระบุเชื้อชาติ\n\n",
            "ผู้ขาย ", P(full), " แจ้งว่าตัวเอง", S("ETHNICITY", r, ["เป็นคนไทใหญ่", "เป็นชาวไทลื้อ", "มีเชื้อสายไทใหญ่"]),
            " ทอผ้าเองที่บ้านแม่ฮ่องสอน อยากให้ลูกค้ารู้ว่างานทำมือจริง ติดต่อไลน์ ", ("LINE_ID", line_id(r))]


@T("marketplace")
def en_seller_akha_coffee(r: random.Random) -> list:
    name = rom_name(r)
    return ["Polish this seller's 'About us' text for the marketplace, keep it under 60 words.\n\n",
            "I'm ", P(name), ", I ", S("ETHNICITY", r, ["am Akha", "am ethnic Akha", "am Lahu"]),
            " and grow coffee with my family in Doi Chaang. Contact me at ", em(r), " for wholesale."]


@T("marketplace")
def b2b_wholesale_order(r: random.Random) -> list:
    contact = th_first(r)
    return ["ร่างใบเสนอราคาจากแชทลูกค้าขายส่งนี้\n\n",
            "สั่ง", r.choice(["แก้วกระดาษ 16oz 20 ลัง", "ถุงหิ้ว 9x18 50 แพ็ค", "กล่องข้าวกระดาษ 1,000 ใบ"]),
            " ออกบิลในนาม ", r.choice(["หจก. ครัวพี่นก", "บริษัท ชาบูดีดี จำกัด", "บริษัท คาเฟ่ฮอปส์ จำกัด"]),
            " เลขผู้เสียภาษี ", ("TH_JURISTIC_ID", juristic(r)), " ผู้ติดต่อ พี่", P(contact), " ", ph(r),
            " ไลน์ ", ("LINE_ID", line_id(r))]


# ==============================================================================================
# Fraud, security logs, code
# ==============================================================================================
@T("security")
def fraud_login_ip_log(r: random.Random) -> list:
    e1 = email(r)
    ip = ip4(r)
    day = f"{r.randint(10, 28)}"
    return ["สรุป log นี้หน่อย เป็น credential stuffing หรือผู้ใช้คนเดียว\n\n",
            "2025-03-", day, "T02:14:0", str(r.randint(0, 9)),
            "Z auth.fail user=", ("EMAIL_ADDRESS", e1), " ip=", ("IP_ADDRESS", ip), " ua=okhttp/4.9\n",
            "2025-03-", day, "T02:14:31Z auth.fail user=", em(r), " ip=", ("IP_ADDRESS", ip), " ua=okhttp/4.9\n",
            "2025-03-", day, "T02:14:55Z auth.ok   user=", ("EMAIL_ADDRESS", e1), " ip=", ("IP_ADDRESS", ip6(r)),
            " ua=ShopApp/7.2 (iPhone)"]


@T("security")
def en_account_takeover(r: random.Random) -> list:
    name = west(r)
    return ["เขียนอีเมลภาษาอังกฤษแจ้งลูกค้าว่าเราล็อกบัญชีชั่วคราวเพราะพบความผิดปกติ\n\n",
            "Customer: ", P(name), ", ", em(r), ", ", ph(r, "intl"), "\nSignals: new device, login from ",
            ("IP_ADDRESS", ip4(r)), " (Cambodia), shipping address changed, 3 gift cards bought in 10 minutes."]


@T("security")
def promo_abuse_ip(r: random.Random) -> list:
    ip = ip4(r)
    return ["วิเคราะห์ว่าเป็นการปั๊มโค้ดส่วนลดผู้ใช้ใหม่ไหม เขียนสรุปให้ทีม fraud\n\n",
            "บัญชีใหม่ 3 บัญชีจาก IP ", ("IP_ADDRESS", ip), " ใช้โค้ด NEW100 ทั้งหมด:\n- ", P(th_name(r)), " ",
            ph(r, "plain"), "\n- ", P(th_name(r)), " ", ph(r, "plain"), "\n- ", P(th_name(r)), " ", ph(r, "plain"),
            "\nที่อยู่จัดส่งเดียวกันหมด: ", AD(r, "short")]


@T("security")
def code_test_fixture_real(r: random.Random) -> list:
    name = th_name(r)
    return ["refactor test นี้ให้ใช้ pytest fixture หน่อย\n\n```python\n",
            "def test_create_shipment():\n    payload = {\n        \"receiver_name\": \"", P(name),
            "\",\n        \"receiver_phone\": \"", ph(r, "plain"), "\",\n        \"receiver_email\": \"", em(r),
            "\",\n        \"address\": \"", AD(r), "\",\n        \"cod\": ", str(r.randint(0, 2000)),
            ",\n    }\n    resp = client.post(\"/v1/shipments\", json=payload)\n    assert resp.status_code == 201\n```"]


@T("security")
def sql_result_customer(r: random.Random) -> list:
    rows = []
    for _ in range(2):
        rows += ["| ", digits(r, 6), " | ", P(th_name(r)), " | ", ph(r, "plain"), " | ", ("IP_ADDRESS", ip4(r)),
                 " | ", r.choice(["active", "banned", "review"]), " |\n"]
    return ["อธิบายผลลัพธ์ query นี้ให้ product manager ฟัง (ทำไมบัญชีถูกแบน)\n\n",
            "| user_id | full_name | phone | last_ip | status |\n|---|---|---|---|---|\n", rows]


# ==============================================================================================
# Stores, warehouses and contact centres (staff)
# ==============================================================================================
@T("retail_staff")
def store_staff_fingerprint(r: random.Random) -> list:
    full = th_name(r)
    return ["เขียนอีเมลถึงฝ่ายบุคคลเรื่องพนักงานสาขาลงเวลาไม่ได้\n\n",
            "พนักงาน ", P(full), " สาขา", r.choice(["บางใหญ่", "รามอินทรา", "หาดใหญ่", "อุดรธานี"]),
            " สแกนนิ้วเข้างานไม่ผ่านมา 5 วัน เพราะ", S("BIOMETRIC_DATA", r, [
                "ข้อมูลลายนิ้วมือที่ลงทะเบียนไว้", "แม่แบบลายนิ้วมือในเครื่อง", "ลายนิ้วมือที่บันทึกไว้"]),
            "หายหลังอัปเดตเครื่อง ต้องลงทะเบียนใหม่"]


@T("retail_staff")
def warehouse_union_member(r: random.Random) -> list:
    full = th_name(r, False)
    return ["ช่วยตรวจบันทึกของหัวหน้าคลังนี้ว่ามีประเด็นเลือกปฏิบัติไหม\n\n",
            "ขอไม่ต่อสัญญา ", P(full), " พนักงานคลังสินค้ากะดึก เพราะ",
            S("TRADE_UNION", r, ["เป็นสมาชิกสหภาพแรงงาน", "เป็นกรรมการสหภาพแรงงานคลังสินค้า", "เพิ่งสมัครเข้าสหภาพแรงงาน"]),
            " และชวนคนอื่นไม่ทำ OT"]


@T("retail_staff")
def en_warehouse_shop_steward(r: random.Random) -> list:
    name = rom_name(r)
    return ["Prepare talking points for tomorrow's meeting with this employee.\n\n",
            "Employee: ", P(name), " (picker, Bang Na DC). ", S("TRADE_UNION", r, [
                "Shop steward for the warehouse workers' union", "Elected union representative",
                "Union member since 2022"]), ". Raised complaints about heat in zone C and 12-hour shifts."]


@T("retail_staff")
def shoplifter_incident(r: random.Random) -> list:
    full = th_name(r, False)
    return ["เขียนรายงานเหตุการณ์สั้นๆ ส่งฝ่าย Loss Prevention\n\n",
            "เวลา 19:40 รปภ. พบชาย ชื่อ ", P(full), " หยิบ", r.choice(["มีดโกน 6 แพ็ค", "นมผง 3 กระป๋อง", "หูฟัง"]),
            " ออกโดยไม่ชำระเงิน ตรวจสอบแล้ว", S("CRIMINAL_RECORD", r, [
                "เคยถูกจับข้อหาลักทรัพย์ที่สาขานี้", "มีประวัติถูกดำเนินคดีลักทรัพย์ในห้าง", "เคยถูกพิพากษาคดีลักทรัพย์"]),
            " ขับรถทะเบียน ", PL(r, False)]


@T("retail_staff")
def staff_hijab_request(r: random.Random) -> list:
    full = th_name(r, True)
    return ["ร่างคำตอบ HR ถึงพนักงานที่ขออนุญาตเรื่องเครื่องแบบ\n\n",
            "พนักงานแคชเชียร์ ", P(full), " ", S("RELIGION", r, ["นับถือศาสนาอิสลาม", "เป็นมุสลิม"]),
            " ขอสวมฮิญาบสีเดียวกับยูนิฟอร์มระหว่างทำงาน และขอพักละหมาดสั้นๆ ช่วงบ่าย"]


@T("retail_staff")
def staff_politics_post_hr(r: random.Random) -> list:
    full = th_name(r)
    return ["ประเมินความเสี่ยงจากโพสต์ของพนักงานต่อแบรนด์ แนะนำว่าควรทำอะไร (ไม่ลงโทษเพราะความเห็นส่วนตัว)\n\n",
            "พนักงานสาขา ", P(full), " โพสต์ในเฟซบุ๊กส่วนตัวว่า", S("POLITICAL_OPINION", r, [
                "สนับสนุนพรรคประชาชนเต็มที่", "ต่อต้านรัฐบาลชุดนี้", "เป็นหัวคะแนนให้พรรคเพื่อไทย"]),
            " และมีลูกค้าแคปมาติดแท็กเพจร้าน"]


@T("retail_staff")
def callcenter_union(r: random.Random) -> list:
    a = nick(r)
    return ["สรุปข้อความนี้ให้ผู้จัดการคอลเซ็นเตอร์\n\n",
            "ทีมเลขา: น้อง", P(a), " ทีมรับสายคืนสินค้า ", S("TRADE_UNION", r, [
                "เป็นตัวแทนสหภาพพนักงาน", "เป็นสมาชิกสหภาพแรงงานรัฐวิสาหกิจ", "ได้รับเลือกเป็นกรรมการสหภาพ"]),
            " ขอเข้าประชุมเรื่องตัวชี้วัด AHT ด้วย ", emo(r, "🙏")]


@T("retail_staff")
def voiceprint_callcenter(r: random.Random) -> list:
    full = th_name(r)
    return ["ร่างสคริปต์ขอความยินยอมจากลูกค้าคนนี้\n\n",
            "ลูกค้า ", P(full), " โทร ", ph(r), " ถามว่าทำไมระบบ IVR ", S("BIOMETRIC_DATA", r, [
                "เก็บเสียงพูดของลูกค้าไว้ยืนยันตัวตน (voiceprint)", "บันทึกลายเสียงของลูกค้า", "สร้างลายเสียง (voiceprint) ของลูกค้า"]),
            " โดยไม่ถามก่อน ลูกค้าต้องการให้ลบ"]


@T("retail_staff")
def smart_locker_face(r: random.Random) -> list:
    n = nick(r, True)
    return ["ตอบลูกค้าเรื่องตู้ล็อกเกอร์รับพัสดุ\n\n",
            "ตู้ล็อกเกอร์หน้าคอนโดไม่ยอมเปิดค่ะ ", emo(r, "😩"), " ", S("BIOMETRIC_DATA", r, [
                "สแกนหน้าหนูไม่ผ่าน", "ใบหน้าที่ลงทะเบียนไว้ไม่ตรง", "ระบบจดจำใบหน้าไม่รู้จักหน้าหนู"]),
            " ทั้งที่ลงทะเบียนไว้แล้ว ", P(n), " ", ph(r), " ค่ะ ของด่วนด้วย"]


@T("retail_staff")
def en_staff_christian_sunday(r: random.Random) -> list:
    name = rom_name(r)
    return ["Draft a reply from the store manager to this staff request.\n\n",
            "Hi, this is ", P(name), " from the Central Rama 9 store. I ", S("RELIGION", r, [
                "am a practising Christian", "am Catholic", "am a born-again Christian"]),
            " and attend church every Sunday morning. Could I swap my Sunday opening shifts with Saturday closing?"]


@T("retail_staff")
def en_staff_wheelchair(r: random.Random) -> list:
    name = west(r) if r.random() < 0.5 else rom_name(r)
    return ["Write a reasonable-accommodation plan for this new hire (retail head office).\n\n",
            "New hire ", P(name), " starts Monday as merchandising analyst. ", S("DISABILITY", r, [
                "Uses a wheelchair", "Is a wheelchair user", "Has paraplegia"]),
            "; needs a desk near the accessible lift and a parking bay."]


@T("rider_ops")
def line_rider_union_deactivated(r: random.Random) -> list:
    n = nick(r, False)
    return ["ไรเดอร์ทักมาทาง LINE OA ช่วยร่างคำตอบที่เป็นกลาง และบอกขั้นตอนอุทธรณ์\n\n",
            "แอดครับ ผม", P(n), " ไรเดอร์โซน", r.choice(["ดอนเมือง", "บางบัวทอง", "พระราม 2"]), " โดนปิดบัญชีไม่มีเหตุผล ",
            emo(r, "😡"), " เพราะผม", S("TRADE_UNION", r, ["เป็นประธานสหภาพไรเดอร์", "เป็นสมาชิกสหภาพไรเดอร์",
                                                          "ไปลงชื่อตั้งสหภาพแรงงาน"]),
            "ใช่ไหมครับ เบอร์ที่ผูกบัญชี ", ph(r)]


# ==============================================================================================
# Political, sexual-orientation, ethnicity and criminal facts in customer traffic
# ==============================================================================================
@T("ecommerce")
def election_merch_order_note(r: random.Random) -> list:
    full = th_name(r)
    return ["ตรวจหมายเหตุในออเดอร์นี้ ถ้ามีข้อความไม่เหมาะสมให้แจ้ง\n\n",
            "สินค้า: เสื้อยืดสกรีน x3 (ลายลูกค้าออกแบบเอง)\nผู้รับ: ", P(full), "\nที่อยู่: ", AD(r),
            "\nหมายเหตุ: ", S("POLITICAL_OPINION", r, ["ผมเชียร์พรรคส้มสุดใจ", "เลือกพรรคฝ่ายค้านแน่นอน",
                                                       "ผมเป็นสมาชิกพรรคประชาชน"]), " ช่วยรีบส่งก่อนวันเลือกตั้งนะครับ"]


@T("ecommerce")
def customer_boycott_party(r: random.Random) -> list:
    n = nick(r, True)
    return ["แชทนี้ควรตอบยังไงให้เป็นกลาง ไม่เข้าข้างการเมือง\n\n",
            "ยกเลิกสมาชิกเลยค่ะ เห็นผู้บริหารไปออกงานพรรคนั้น หนู", S("POLITICAL_OPINION", r, [
                "เป็นสมาชิกพรรคฝ่ายตรงข้าม", "ไม่เอาพรรครัฐบาล", "สนับสนุนกลุ่มราษฎร"]),
            " ไม่อุดหนุนแล้ว ", emo(r, "😤"), " ", P(n), " ", ph(r)]


@T("ecommerce")
def en_political_customer(r: random.Random) -> list:
    name = west(r)
    return ["Classify this email (complaint/feedback/other) and draft a neutral reply.\n\n",
            "From: ", P(name), " <", em(r), ">\nYour delivery app pushed an ad praising the ruling party. As someone who ",
            S("POLITICAL_OPINION", r, ["volunteers for the opposition campaign", "is a member of the People's Party",
                                       "marched with the pro-democracy protesters"]),
            ", I find that unacceptable. Please stop political ads."]


@T("facebook_page")
def fb_comment_moderation_political(r: random.Random) -> list:
    full = th_name(r)
    return ["ช่วยตัดสินว่าควรซ่อนคอมเมนต์นี้ในเพจร้านไหม ตามนโยบายชุมชน (ห้ามหยาบคาย ห้ามสแปม)\n\n",
            "คอมเมนต์โดย ", P(full), ": ", r.choice(["กูนี่แหละ", "ผมเองครับ"]), S("POLITICAL_OPINION", r, [
                "เสื้อแดงตั้งแต่ปี 53", "เป็นแกนนำม็อบที่หน้าทำเนียบ", "เลือกฝ่ายประชาธิปไตยทุกครั้ง"]),
            " ร้านไหนเอียงไปอีกข้างกูไม่ซื้อ!!! ", emo(r, "😤")]


@T("ecommerce")
def en_gay_driver_homophobic(r: random.Random) -> list:
    fem = r.random() < 0.4
    name = west(r, fem)
    return ["Escalate this to Trust & Safety with a one-paragraph summary.\n\n",
            "Passenger ", P(name), " reports: I ", S("SEXUAL_BEHAVIOUR", r, ["am a lesbian", "am bisexual"] if fem else ["am gay", "am bisexual", "am a gay man"]),
            " and was holding my partner's hand; the driver stopped the car and told us to get out. Plate was on the app."]


@T("ecommerce")
def lesbian_couple_rings(r: random.Random) -> list:
    a, b = r.sample(NICK_F, 2)
    return ["เขียนข้อความขอบคุณลูกค้าร้านเครื่องประดับ อบอุ่นแต่ไม่เยิ่นเย้อ\n\n",
            "ลูกค้า ", P(a), " กับ ", P(b), " ", S("SEXUAL_BEHAVIOUR", r, ["เป็นคู่รักเลสเบี้ยน", "เป็นคู่รักหญิงรักหญิง"]),
            " สั่งแหวนคู่สลักชื่อ จะแต่งงานเดือนหน้า อยากได้การ์ดแนบไปด้วยค่ะ ", emo(r, "💍💕")]


@T("online_pharmacy")
def en_prep_pharmacy(r: random.Random) -> list:
    name = west(r, False)
    return ["Summarise this online pharmacy consult for the pharmacist.\n\n",
            P(name), ", 29, asks for PrEP delivery. Says he ", S("SEXUAL_BEHAVIOUR", r, [
                "has sex with men", "has multiple male partners", "has condomless sex with men"]),
            "; last HIV test negative 2 months ago. Wants discreet packaging."]


@T("ecommerce")
def malay_customer_south(r: random.Random) -> list:
    full = th_name(r)
    return ["ช่วยเขียนข้อความยืนยันออเดอร์ 2 ภาษา (ไทย/มลายู) ให้ลูกค้า\n\n",
            "ลูกค้า ", P(full), " ", S("ETHNICITY", r, ["เป็นคนมลายู", "เชื้อสายมลายู", "เป็นชาวมลายูปัตตานี"]),
            " อ่านภาษามลายูถนัดกว่า ส่งที่ ", AD(r, "south"), " โทร ", ph(r)]


@T("ecommerce")
def en_warehouse_conviction(r: random.Random) -> list:
    name = rom_name(r)
    return ["HR คลังสินค้า: สรุปผลตรวจประวัติผู้สมัคร และบอกว่าต้องส่งให้ผู้จัดการพิจารณาไหม\n\n",
            "Candidate ", P(name), " (forklift driver). Police clearance shows ", S("CRIMINAL_RECORD", r, [
                "a 2020 conviction for drug possession", "a suspended sentence for fraud in 2021",
                "a prior conviction for receiving stolen goods"]), ". Otherwise qualified."]


@T("ecommerce")
def cod_scam_customer_record(r: random.Random) -> list:
    full = th_name(r)
    return ["ร่างแจ้งเตือนภายในให้ทีม CS ระวังผู้ใช้รายนี้\n\n",
            "ผู้ใช้ ", P(full), " (", ph(r), ") ", S("CRIMINAL_RECORD", r, [
                "เคยถูกดำเนินคดีฉ้อโกงเรื่อง COD ปลอม", "ถูกศาลตัดสินคดีฉ้อโกงเมื่อปีที่แล้ว", "เคยติดคุกคดีหลอกลวงออนไลน์"]),
            " ตอนนี้สมัครบัญชีใหม่แล้วสั่งของ COD อีก"]


@T("online_pharmacy")
def dna_ancestry_ethnicity(r: random.Random) -> list:
    full = th_name(r)
    return ["ลูกค้าขอให้ช่วยอธิบายผลตรวจ DNA แบบง่ายๆ ห้ามวินิจฉัยโรค\n\n",
            "ผลตรวจ DNA ของ", P(full), ": ", S("GENETIC_DATA", r, [
                "ตรวจพบยีน G6PD พร่องแบบเฮมิไซกัส", "มีอัลลีล HLA-B*58:01", "เป็นพาหะยีนโรคธาลัสซีเมียชนิดเบต้า"]),
            " / สัดส่วนบรรพบุรุษ เอเชียตะวันออกเฉียงใต้ 82% ส่งผลถึง ", em(r)]


# ==============================================================================================
# More customer traffic: age checks, students, CRM notes, SIM delivery
# ==============================================================================================
@T("ecommerce")
def alcohol_age_check_ocr(r: random.Random) -> list:
    fem = r.random() < 0.5
    full = th_name(r, fem)
    return ["จากข้อความ OCR บัตรประชาชนนี้ ลูกค้าอายุครบ 20 ปีซื้อแอลกอฮอล์ได้ไหม\n\n",
            "บัตรประจำตัวประชาชน Thai National ID Card\n", ID(r, "space"), "\nชื่อตัวและชื่อสกุล ", title_th(r, fem), " ",
            P(full), "\nเกิดวันที่ ", ("DATE_OF_BIRTH", dob(r, "th_short")), "\nที่อยู่ ", AD(r, "prov")]


@T("ecommerce")
def en_alcohol_passport(r: random.Random) -> list:
    name = west(r)
    return ["Is this buyer old enough for the wine order (20+)? Answer briefly.\n\n",
            "ID check: passport ", ("TH_PASSPORT", passport_foreign(r)), ", ", P(name), ", born ",
            ("DATE_OF_BIRTH", dob(r, r.choice(["en_long", "en_us"]))), "."]


@T("ecommerce")
def student_discount_verify(r: random.Random) -> list:
    full = th_name(r)
    uni, dom = r.choice([("จุฬาฯ", "student.chula.ac.th"), ("มธ.", "dome.tu.ac.th"), ("มช.", "cmu.ac.th"),
                         ("มข.", "kkumail.com"), ("มอ.", "email.psu.ac.th")])
    return ["ตรวจคำขอส่วนลดนักศึกษาสำหรับ MacBook แล้วตอบกลับ\n\n",
            "ชื่อ ", P(full), "\nรหัสนักศึกษา ", ("STUDENT_ID", student_id(r)), "\nมหาวิทยาลัย ", uni, "\nอีเมลมหาลัย ", em(r, None, dom)]


@T("ecommerce")
def en_student_discount(r: random.Random) -> list:
    name = west(r)
    return ["Check if this exchange student qualifies for the student price and reply.\n\n",
            "Hi, I'm ", P(name), ", on exchange at Mahidol this term. Student ID ", ("STUDENT_ID", student_id(r, "ten")),
            ", uni email ", em(r, name.split()[0].lower(), "student.mahidol.ac.th"), ". Can I get the 10% student discount?"]


@T("ecommerce")
def campus_bookstore_pickup(r: random.Random) -> list:
    n = nick(r, True)
    return ["ตอบแชทร้านหนังสือในมหาวิทยาลัย\n\n",
            "ขอให้เพื่อนไปรับหนังสือแทนได้ไหมคะ ", emo(r, "🙏"), " ของหนู", P(n), " รหัส ",
            ("STUDENT_ID", student_id(r, r.choice(["letter", "dash"]))), " เพื่อนชื่อ", P(th_name(r)), " ค่ะ"]


@T("ecommerce")
def en_crm_note_line(r: random.Random) -> list:
    name = rom_nick(r)
    return ["แปลงโน้ต CRM นี้เป็น to-do list ภาษาไทย\n\n",
            "- Khun ", P(name), " called re: sofa delivery damaged leg\n- prefers LINE, id ",
            ("LINE_ID", line_id(r)), "\n- backup ", ph(r), "\n- promised a callback Thu"]


@T("ecommerce")
def en_sim_delivery_passport(r: random.Random) -> list:
    name = west(r)
    return ["Draft the SMS to the courier with the handover instructions.\n\n",
            "Tourist SIM delivery to hotel lobby. Recipient ", P(name), ", passport ",
            ("TH_PASSPORT", passport_foreign(r)), " (must be shown at handover). Contact ", ph(r, "intl"),
            ". Arrival flight TG 917 around 14:30."]


@T("line_oa")
def line_customer_pastes_everything(r: random.Random) -> list:
    n = nick(r, True)
    full = th_name(r, True)
    return ["ลูกค้าส่งข้อมูลมาเยอะมาก ช่วยบอกว่าอันไหนเราไม่ควรเก็บ แล้วร่างคำตอบ\n\n",
            "สั่งของค่ะ ", emo(r, "✨"), " ", P(n), " หรือ ", P(full), " เบอร์ ", ph(r), " สำรอง ", ph(r),
            " บัตร ปชช ", ID(r), " เกิด ", ("DATE_OF_BIRTH", dob(r, "th_slash")), " ที่อยู่ ", AD(r),
            " ใส่ครบๆเผื่อต้องใช้นะคะ 555"]


@T("marketplace")
def agent_pastes_order_record(r: random.Random) -> list:
    full = th_name(r)
    return ["ร่างคำตอบให้ลูกค้าจากข้อมูลออเดอร์ด้านล่าง ลูกค้าถามว่าของอยู่ไหน\n\n",
            "Order: ", order_no(r), "\nCustomer: ", P(full), "\nPhone: ", ph(r, "dash"), "\nShip to: ", AD(r),
            "\nCarrier: ", r.choice(["Flash", "Kerry", "J&T", "ไปรษณีย์ไทย"]), " ", tracking(r),
            "\nStatus: ค้างที่ศูนย์คัดแยก 3 วัน\nPayment: COD ", baht(r, 200, 3000)]


@T("marketplace")
def agent_returns_csv_th(r: random.Random) -> list:
    rows = []
    for _ in range(3):
        rows += [order_no(r), ",", P(th_name(r)), ",", ph(r, "plain"), ",",
                 r.choice(["สินค้าแตก", "ส่งผิดสี", "ไม่ได้รับของ", "เปลี่ยนใจ"]), ",", baht(r, 90, 3000), "\n"]
    return ["สรุปสาเหตุการคืนสินค้าเมื่อวาน และเขียนข้อความ SMS ขอโทษลูกค้าแต่ละคน\n\n",
            "order,name,phone,reason,amount\n", rows]


# ==============================================================================================
# Negatives: s.26 hard negatives (the topic, product or policy, about no person)
# ==============================================================================================
@T("ecommerce", hard="HEALTH_DATA")
def n_vitamin_listing(r: random.Random) -> list:
    return ["ช่วยเขียนคำบรรยายสินค้าใหม่ให้ผ่านเกณฑ์ อย. (ห้ามอ้างรักษาโรค)\n\n",
            r.choice(["วิตามินบีรวม 60 เม็ด", "ผงโปรตีนสูตรหวานน้อย 900 กรัม", "ใยอาหารชนิดผง 30 ซอง",
                      "อบเชยสกัด 30 แคปซูล"]), " ราคา ", baht(r, 290, 1290), " บาท ", emo(r, "✨💊"),
            "\n- เหมาะสำหรับผู้ที่ต้องการควบคุมน้ำตาล ผู้ป่วยเบาหวานควรปรึกษาแพทย์ก่อนรับประทาน",
            "\n- ไม่มีส่วนผสมของถั่ว นม กลูเตน\n- เลขสารบบอาหาร ", f"{r.randint(10, 99)}-1-{digits(r, 5)}-5-{digits(r, 4)}"]


@T("food_delivery", hard="HEALTH_DATA")
def n_en_allergen_faq(r: random.Random) -> list:
    return ["Tidy up this FAQ for the app's help centre.\n\n",
            "Q: Does the pad thai contain peanuts?\nA: Yes, crushed peanuts are served on the side. Customers with a "
            "peanut allergy should tell the restaurant in the order note.\nQ: Is the green curry gluten-free?\n"
            "A: Most curry pastes contain shrimp paste; shellfish allergy sufferers should avoid it. ",
            r.choice(["Gluten content varies by shop.", "Ask the restaurant before ordering."])]


@T("ecommerce", hard="HEALTH_DATA")
def n_diabetes_blog_prompt(r: random.Random) -> list:
    return ["เขียนบทความบล็อกร้านขายของสุขภาพ ", str(r.choice([600, 800, 1000])), " คำ หัวข้อ '",
            r.choice(["เบาหวานกินผลไม้อะไรได้บ้าง", "5 ขนมทางเลือกสำหรับคนเป็นเบาหวาน", "ความดันสูงควรลดเค็มแค่ไหน"]),
            "' อ้างอิงข้อมูลจากกรมควบคุมโรค ปิดท้ายด้วยการแนะนำสินค้าน้ำตาลหญ้าหวานของร้าน ไม่กล่าวอ้างว่ารักษาโรค"]


@T("ecommerce", hard="RELIGION")
def n_amulet_listing(r: random.Random) -> list:
    return ["ปรับคำบรรยายสินค้าพระเครื่องนี้ให้อ่านง่าย ไม่โอ้อวดเกินจริง\n\n",
            r.choice(["เหรียญหลวงปู่ทวด รุ่นเสาร์ห้า", "พระผงพุทธคุณ รุ่นสร้างโบสถ์", "ล็อกเก็ตพระพุทธชินราช"]),
            " เนื้อทองแดง พร้อมกล่องเดิม ราคา ", baht(r, 399, 4900), " บาท 🙏\nรายได้ส่วนหนึ่งร่วมบุญสร้างศาลาวัด ",
            "ส่งฟรี Kerry เก็บเงินปลายทางได้ รับประกันแท้ตลอดชีพ"]


@T("retail_ops", hard="RELIGION")
def n_en_ramadan_hours(r: random.Random) -> list:
    return ["Proofread this notice for our Hat Yai and Pattani stores.\n\n",
            "During Ramadan (", r.choice(["1 March - 30 March", "18 Feb - 19 Mar"]), "), our halal food court will "
            "open from 16:00 to 22:00 so customers can break their fast. Iftar sets from THB ",
            str(r.choice([99, 129, 159])), ". Prayer room on level 2 remains open daily. Eid al-Fitr promotions "
            "start the following week."]


@T("food_delivery", hard="RELIGION")
def n_vegetarian_festival_promo(r: random.Random) -> list:
    return ["เขียนแคปชันโปรโมตเมนูเทศกาลกินเจ 3 แบบ ", emo(r, "🟡🥢"), "\n\n",
            "เมนูเจ ", r.choice(["ก๋วยเตี๋ยวเจ", "ผัดผักรวมมิตรเจ", "ข้าวผัดเห็ดหอม"]), " ", baht(r, 45, 120),
            " บาท ไม่มีเนื้อสัตว์ ไม่ใส่ผักกลิ่นฉุน ส่งฟรีเมื่อสั่งครบ 199 บาท ช่วงเทศกาล 9 วัน"]


@T("ecommerce", hard="ETHNICITY")
def n_hmong_craft_listing(r: random.Random) -> list:
    return ["เขียนคำบรรยายสินค้าให้น่าซื้อ ไม่ใช้คำเหมารวมชาติพันธุ์\n\n",
            r.choice(["กระเป๋าผ้าปักลายม้ง", "ผ้าพันคอทอมือลายกะเหรี่ยง", "เสื้อผ้าฝ้ายย้อมครามไทลื้อ"]),
            " งานทำมือจากวิสาหกิจชุมชนบนดอย ขนาด ", str(r.randint(20, 40)), "x", str(r.randint(20, 40)),
            " ซม. ราคา ", baht(r, 250, 1500), " บาท ลายอาจต่างจากภาพเล็กน้อย"]


@T("ecommerce", hard="ETHNICITY")
def n_en_hilltribe_coffee(r: random.Random) -> list:
    return ["Shorten this product copy to 40 words.\n\n",
            "Single-origin arabica grown by Akha and Lahu farming communities in Chiang Rai at ",
            str(r.choice([1200, 1350, 1400])), " m. Washed process, notes of ", r.choice(["cacao and plum", "honey and citrus"]),
            ". 250 g, THB ", str(r.choice([320, 390, 450])), ". Fair-trade premium paid to the village cooperative."]


@T("ecommerce", hard="POLITICAL_OPINION")
def n_election_merch_copy(r: random.Random) -> list:
    return ["เขียนคำบรรยายสินค้าเสื้อรณรงค์ ให้เป็นกลางทางการเมือง\n\n",
            "เสื้อยืด '", r.choice(["ไปเลือกตั้งกันเถอะ", "เสียงของเราคืออนาคต", "1 เสียงก็มีค่า"]), "' ผ้าคอตตอน 100% ",
            "ไซส์ S-XXL ราคา ", baht(r, 199, 390), " บาท ไม่สังกัดพรรคการเมืองใด เหมาะใส่ไปวันเลือกตั้ง ",
            "🗳️"]


@T("rider_ops", hard="POLITICAL_OPINION")
def n_political_news_riders(r: random.Random) -> list:
    return [r.choice(["สรุปข่าวนี้ 3 บรรทัด สำหรับจดหมายข่าวถึงไรเดอร์\n\n", "ย่อข่าวนี้ให้ไรเดอร์อ่านในแอป ไม่เกิน 50 คำ\n\n"]),
            r.choice(["รัฐมนตรีว่าการกระทรวงแรงงาน", "โฆษกรัฐบาล", "ปลัดกระทรวงแรงงาน"]),
            "เผยว่า ครม. เห็นชอบร่างกฎหมายคุ้มครองแรงงานแพลตฟอร์ม ",
            "พรรคฝ่ายค้านวิจารณ์ว่ายังไม่ครอบคลุม", r.choice(["ประกันอุบัติเหตุ", "ค่ารอบขั้นต่ำ", "ประกันสังคม"]),
            " ขณะที่กลุ่มไรเดอร์นัดชุมนุมหน้าทำเนียบ", r.choice(["ในสัปดาห์หน้า", "วันที่ 12 นี้", "ปลายเดือนนี้"]),
            " คาดว่าจะเข้าสภาใน", r.choice(["สมัยประชุมหน้า", "ปลายปีนี้"])]


@T("retail_ops", hard="POLITICAL_OPINION")
def n_en_no_politics_policy(r: random.Random) -> list:
    return [r.choice(["Make this social-media policy section clearer.\n\n", "Shorten this policy clause for the staff handbook.\n\n"]),
            str(r.randint(3, 6)), ".", str(r.randint(1, 5)), " Political content. Official brand accounts must not endorse "
            "parties, candidates or protest movements. Employees may hold and express personal political opinions on "
            "their own accounts, but must not ", r.choice(["wear the uniform or use the logo", "speak for the company"]),
            " when doing so. Election-day store hours follow the ",
            r.choice(["Election Commission", "provincial office"]), " guidance."]


@T("rider_ops", hard="CRIMINAL_RECORD")
def n_rider_requirements(r: random.Random) -> list:
    return ["ช่วยเขียนประกาศรับสมัครไรเดอร์ให้กระชับ\n\n",
            "รับสมัครไรเดอร์ ", r.choice(["โซนบางนา", "โซนเชียงใหม่", "ทั่วกรุงเทพฯ"]),
            " 🛵\nคุณสมบัติ: อายุ 18-60 ปี มีใบขับขี่ ไม่มีประวัติอาชญากรรม ยินยอมให้ตรวจประวัติ",
            "\nรายได้เฉลี่ย ", baht(r, 600, 1200), " บาท/วัน สมัครในแอปได้เลย"]


@T("ecommerce", hard="CRIMINAL_RECORD")
def n_scam_warning(r: random.Random) -> list:
    return ["ปรับโพสต์เตือนภัยนี้ให้อ่านง่ายขึ้น\n\n",
            "⚠️ ระวังมิจฉาชีพแอบอ้างเป็นเจ้าหน้าที่ขนส่ง โทรแจ้งว่าพัสดุมีของผิดกฎหมาย ",
            "แล้วให้โอนเงินเพื่อ 'ตรวจสอบคดี' บริษัทไม่มีนโยบายให้โอนเงิน หากพบเหตุแจ้งสายด่วนตำรวจไซเบอร์ 1441 ",
            "ปีนี้มีผู้เสียหายแล้วกว่า ", str(r.randint(3, 12)), ",", digits(r, 3), " ราย"]


@T("retail_ops", hard="CRIMINAL_RECORD")
def n_en_theft_policy(r: random.Random) -> list:
    return ["Summarise this loss-prevention SOP for new store staff.\n\n",
            "If you suspect shoplifting, do not accuse or detain the customer. Note the time, items and camera "
            "number, and call the duty manager. Only security staff may ask to check bags. Incidents above THB ",
            str(r.choice([2000, 5000])), " are reported to police. Shrink last quarter: ", str(r.randint(1, 3)), ".",
            str(r.randint(1, 9)), "% of sales."]


@T("ecommerce", hard="SEXUAL_BEHAVIOUR")
def n_pride_promo(r: random.Random) -> list:
    return ["เขียนแคปชัน Pride Month 🏳️‍🌈 สำหรับ LINE OA ร้านเสื้อผ้า\n\n",
            "คอลเลกชัน Love is Love ลด ", str(r.choice([15, 20, 30])), "% ตลอดเดือนมิถุนายน ",
            "รายได้ 10% สมทบมูลนิธิเพื่อความหลากหลายทางเพศ ใช้โค้ด PRIDE", str(r.randint(24, 26))]


@T("online_pharmacy", hard="SEXUAL_BEHAVIOUR")
def n_condom_listing(r: random.Random) -> list:
    return ["ปรับคำบรรยายสินค้าให้สุภาพ ผ่านนโยบายแพลตฟอร์ม\n\n",
            "ถุงยางอนามัย ขนาด ", str(r.choice([49, 52, 54, 56])), " มม. กล่อง 12 ชิ้น ราคา ", baht(r, 120, 390),
            " บาท บางพิเศษ ผ่านมาตรฐาน มอก. จัดส่งแบบไม่ระบุชื่อสินค้าหน้ากล่อง ",
            "เจลหล่อลื่นสูตรน้ำ ใช้ร่วมได้ ขายเฉพาะผู้มีอายุ 18 ปีขึ้นไป"]


@T("ecommerce", hard="SEXUAL_BEHAVIOUR")
def n_en_lgbt_survey_stats(r: random.Random) -> list:
    return ["Turn these survey results into two slides for the marketing team.\n\n",
            "Customer survey (n=", str(r.randint(1200, 4000)), "): ", str(r.randint(8, 15)),
            "% of respondents identify as LGBTQ+; Pride collection buyers spent ", str(r.randint(12, 30)),
            "% more per basket; 61% want gender-neutral sizing. No individual responses are stored."]


@T("ecommerce", hard="DISABILITY")
def n_wheelchair_listing(r: random.Random) -> list:
    return ["เขียนคำบรรยายสินค้าให้ SEO ดีขึ้น\n\n",
            "รถเข็นผู้ป่วยพับได้ อะลูมิเนียม น้ำหนัก ", str(r.randint(9, 14)), " กก. รับน้ำหนักได้ ",
            str(r.choice([100, 120])), " กก. เหมาะสำหรับผู้สูงอายุและผู้พิการ เบิกกองทุนฯ ไม่ได้ ",
            "ราคา ", baht(r, 2900, 8900), " บาท ส่งฟรีทั่วประเทศ"]


@T("retail_ops", hard="DISABILITY")
def n_en_accessibility_notice(r: random.Random) -> list:
    return ["Rewrite this store accessibility notice in plain English.\n\n",
            "All ", r.choice(["Bangkok", "Chiang Mai", "Phuket", "Khon Kaen"]), " branches provide step-free entrances, "
            "accessible toilets and ", str(r.randint(4, 12)), " reserved parking bays for disabled customers. Wheelchairs "
            "can be borrowed at the ", r.choice(["information counter", "customer service desk"]), ". Guide dogs are "
            "welcome. Sign-language video calls are available ", r.choice(["10:00-18:00", "during opening hours"]), "."]


@T("retail_ops", hard="DISABILITY")
def n_disabled_parking_sign(r: random.Random) -> list:
    return [r.choice(["ช่วยเขียนป้ายประกาศลานจอดรถให้สุภาพกว่านี้\n\n", "เกลาป้ายนี้ให้สั้นและสุภาพ ภาษาไทย+อังกฤษ\n\n"]),
            "ช่องจอดรถคนพิการ ", str(r.randint(4, 12)), " ช่องหน้าทางเข้า ", r.choice("ABCD"),
            " สงวนสำหรับผู้พิการและผู้สูงอายุที่ใช้รถเข็นเท่านั้น ผู้ฝ่าฝืนจะถูก", r.choice(["ล็อกล้อ", "เรียกเก็บค่าปรับ"]),
            " ", str(r.choice([300, 500, 1000])), " บาท"]


@T("retail_staff", hard="TRADE_UNION")
def n_labour_law_union(r: random.Random) -> list:
    return [r.choice(["สรุปสาระสำคัญให้ฝ่ายบุคคลร้านค้าปลีกเข้าใจง่าย\n\n", "ทำเป็น Q&A 3 ข้อสำหรับหัวหน้าสาขา\n\n"]),
            "พ.ร.บ.แรงงานสัมพันธ์ พ.ศ. 2518 กำหนดให้ลูกจ้างมีสิทธิจัดตั้งสหภาพแรงงาน และห้ามนายจ้างเลิกจ้าง",
            "เพราะเหตุที่ลูกจ้างเป็นสมาชิกสหภาพ ", r.choice(["(มาตรา 121)", "ตามมาตรา 121 และ 123"]),
            r.choice([" การยื่นข้อเรียกร้องต้องมีรายชื่อลูกจ้างไม่น้อยกว่าร้อยละ 15",
                      " ลูกจ้างที่ไม่ใช่สมาชิกสหภาพก็ได้รับความคุ้มครองตามข้อตกลงสภาพการจ้าง"])]


@T("rider_ops", hard="TRADE_UNION")
def n_en_union_news(r: random.Random) -> list:
    return ["Summarise this news item for our weekly ops digest.\n\n",
            "A newly registered riders' union with about ", str(r.randint(2, 9)), ",", digits(r, 3),
            " members petitioned the labour ministry on ", r.choice(["Monday", "Friday"]),
            ", asking for minimum per-trip pay and accident cover. Platforms said they would meet union "
            "representatives next month."]


@T("online_pharmacy", hard="GENETIC_DATA")
def n_dna_kit_listing(r: random.Random) -> list:
    return ["เขียนคำบรรยายสินค้าชุดตรวจ DNA ให้ชัดเจนเรื่องความเป็นส่วนตัว\n\n",
            "ชุดตรวจ DNA ", r.choice(["สุขภาพ + บรรพบุรุษ", "ด้านโภชนาการ", "ความเสี่ยงพันธุกรรม 30 โรค"]),
            " เก็บตัวอย่างน้ำลายเองที่บ้าน ผลใน ", str(r.randint(3, 6)), " สัปดาห์ ราคา ", baht(r, 3900, 12900),
            " บาท ตรวจยีน BRCA1/2, APOE, MTHFR ผลตรวจเป็นความลับ ลบตัวอย่างได้ตามคำขอ"]


@T("online_pharmacy", hard="GENETIC_DATA")
def n_thalassemia_article(r: random.Random) -> list:
    return ["ย่อบทความนี้ให้เหลือ 1 ย่อหน้า สำหรับแผ่นพับร้านยา\n\n",
            "ธาลัสซีเมียเป็นโรคโลหิตจางทางพันธุกรรม คนไทยเป็นพาหะราวร้อยละ ", str(r.randint(30, 40)),
            " คู่สมรสที่เป็นพาหะทั้งคู่มีโอกาสมีลูกเป็นโรค 1 ใน 4 ควรตรวจคัดกรองก่อนมีบุตร ",
            "สามารถตรวจได้ที่โรงพยาบาลรัฐ"]


@T("retail_ops", hard="BIOMETRIC_DATA")
def n_fingerprint_lock_listing(r: random.Random) -> list:
    return ["เขียนคำบรรยายสินค้าใหม่ให้น่าซื้อ\n\n",
            "Digital Door Lock รุ่น ", r.choice(["X7", "S20 Pro", "F9"]), " ปลดล็อก 5 แบบ: สแกนลายนิ้วมือ ใบหน้า รหัส ",
            "บัตร NFC และแอป จำลายนิ้วมือได้ ", str(r.choice([100, 200])), " นิ้ว ราคา ", baht(r, 3990, 12990),
            " บาท รับประกัน 2 ปี ", emo(r, "🔐")]


@T("retail_ops", hard="BIOMETRIC_DATA")
def n_en_biometric_privacy_policy(r: random.Random) -> list:
    return ["Check this privacy-notice paragraph against PDPA s.26 and suggest edits.\n\n",
            "Face Pay (optional). If you enrol, we create a facial template from your selfie and store it "
            "encrypted for ", r.choice(["12 months", "as long as you stay enrolled"]), ". We ask for explicit "
            "consent first, never sell biometric data, and you can withdraw in the app at any time."]


@T("retail_staff", hard="BIOMETRIC_DATA")
def n_face_attendance_spec(r: random.Random) -> list:
    return ["เปรียบเทียบสเปกเครื่องสแกนใบหน้าลงเวลา 2 รุ่นนี้ให้ฝ่ายจัดซื้อ\n\n",
            "รุ่น A: จดจำใบหน้า 3,000 หน้า ลายนิ้วมือ 5,000 นิ้ว ความเร็ว 0.3 วินาที ราคา ", baht(r, 5900, 9900), " บาท\n",
            "รุ่น B: จดจำใบหน้า 10,000 หน้า มีตรวจจับใบหน้าปลอม ราคา ", baht(r, 12000, 19000), " บาท\n",
            "ทั้งสองรุ่นเชื่อมระบบเงินเดือนผ่าน API ได้"]


# ==============================================================================================
# Negatives: listings, promo copy, logs, stats, rate tables, hours, news, FAQ
# ==============================================================================================
@T("ecommerce", neg=True)
def n_order_status_log(r: random.Random) -> list:
    lines = []
    t = epoch_ms(r)
    for _ in range(4):
        t = epoch_ms(r, t)
        lines += [t, " order=", order_no(r), " status=", r.choice(["PAID", "PACKED", "SHIPPED", "DELIVERED",
                                                                                "RETURN_REQUESTED"]),
                  " wh=", r.choice(["BKK1", "BKK2", "CNX"]), " items=", str(r.randint(1, 6)), "\n"]
    return ["หาออเดอร์ที่ค้างสถานะ PACKED เกิน 24 ชม. จาก log นี้\n\n", lines]


@T("logistics", neg=True)
def n_tracking_events_json(r: random.Random) -> list:
    t0 = epoch_ms(r)
    t1 = epoch_ms(r, t0)
    t2 = epoch_ms(r, t1)
    return ["แปลงเหตุการณ์พัสดุนี้เป็นไทม์ไลน์ภาษาไทยให้ลูกค้าอ่าน\n",
            '{"tracking":"', tracking(r), '","events":[{"ts":', t0, ',"code":"PICKED_UP","hub":"', r.choice(["HDY", "KKC", "BKK-BN"]),
            '"},{"ts":', t1, ',"code":"IN_TRANSIT","hub":"LKB-SORT"},{"ts":', t2,
            ',"code":"OUT_FOR_DELIVERY","note":"ฝากป้อมยามได้"}],"weight_g":', str(r.randint(200, 9000)), "}"]


@T("warehouse", neg=True)
def n_sku_inventory_csv(r: random.Random) -> list:
    rows = [f"{sku(r)},{r.randint(0, 240)},{r.choice(['A', 'B', 'C'])}-{r.randint(1, 40):02d}-{r.randint(1, 6)},"
            f"{r.randint(0, 120)}\n" for _ in range(5)]
    return ["SKU ไหนต้องสั่งเพิ่มบ้าง (on_hand ต่ำกว่า safety_stock)\n\n",
            "sku,on_hand,bin,safety_stock\n", "".join(rows)]


@T("warehouse", neg=True)
def n_warehouse_stats(r: random.Random) -> list:
    return ["เขียนสรุปผลงานคลังสินค้าประจำสัปดาห์ให้ผู้บริหาร (bullet 5 ข้อ)\n\n",
            "ออเดอร์แพ็กทั้งหมด ", f"{r.randint(40, 120)},{digits(r, 3)}", " ออเดอร์ | ความแม่นยำการหยิบ ",
            f"{r.randint(990, 999) / 10}", "% | ส่งออกตรงเวลา ", f"{r.randint(90, 99)}", "% | พัสดุตีกลับ ",
            str(r.randint(300, 1500)), " ชิ้น | ค่าแรง OT ", baht(r, 80000, 400000), " บาท | คลัง ",
            r.choice(["บางนา กม.19", "วังน้อย", "ลำลูกกา"])]


@T("logistics", neg=True)
def n_courier_rate_table(r: random.Random) -> list:
    base = r.randint(25, 35)
    return ["เปรียบเทียบค่าส่งจากตารางนี้ แนะนำขนส่งสำหรับพัสดุ 2 กก. ส่งต่างจังหวัด\n\n",
            "น้ำหนัก | ขนส่ง A | ขนส่ง B | ขนส่ง C\n",
            f"0-1 กก. | {base} | {base + 3} | {base - 2}\n",
            f"1-3 กก. | {base + 20} | {base + 15} | {base + 25}\n",
            f"3-5 กก. | {base + 45} | {base + 40} | {base + 55}\n",
            "พื้นที่ห่างไกล +", str(r.choice([20, 30, 50])), " บาท | COD คิด 3% ขั้นต่ำ 15 บาท"]


@T("retail_ops", neg=True)
def n_store_hours(r: random.Random) -> list:
    return ["ช่วยทำโพสต์แจ้งเวลาเปิด-ปิดช่วงสงกรานต์ให้น่ารักๆ ", emo(r, "💦🌸"), "\n\n",
            "13-15 เม.ย. สาขา", r.choice(["เซ็นทรัลลาดพร้าว", "เมกาบางนา", "ฟิวเจอร์พาร์ครังสิต"]), " เปิด 11:00-20:00\n",
            "สาขาสแตนด์อโลนปิด 13-14 เม.ย.\nช่องทางออนไลน์เปิดปกติ จัดส่งเริ่ม 16 เม.ย.\nCall Center 1", digits(r, 3),
            " ให้บริการ 09:00-18:00"]


@T("ecommerce", neg=True)
def n_en_company_news(r: random.Random) -> list:
    return ["Summarise this press release in three bullet points.\n\n",
            "BANGKOK - The e-commerce platform reported gross merchandise value of THB ", str(r.randint(40, 150)),
            " billion in ", r.choice(["Q2", "Q3", "the first half"]), ", up ", str(r.randint(8, 35)),
            "% year on year, driven by live-stream sales and same-day delivery in ", str(r.randint(12, 30)),
            " provinces. The company will open two automated sorting centres and expects to be profitable next year."]


@T("returns", neg=True)
def n_return_faq(r: random.Random) -> list:
    return ["ปรับหน้า FAQ การคืนสินค้าให้สั้นลงและอ่านง่าย\n\n",
            "ถาม: คืนสินค้าได้ภายในกี่วัน\nตอบ: ภายใน ", str(r.choice([7, 14, 15, 30])), " วันนับจากวันที่ได้รับสินค้า ",
            "สินค้าต้องอยู่ในสภาพเดิมพร้อมป้าย\nถาม: คืนเงินกี่วัน\nตอบ: บัตรเครดิต 7-14 วันทำการ พร้อมเพย์ 3-5 วันทำการ ",
            "\nถาม: สินค้า COD คืนได้ไหม\nตอบ: ได้ โดยคืนเงินเข้าบัญชีที่ลูกค้าแจ้งในแบบฟอร์ม"]


@T("ecommerce", neg=True)
def n_flash_sale_copy(r: random.Random) -> list:
    return ["เขียนแคปชัน FB 3 เวอร์ชัน กระชับ มีอีโมจิ\n\n",
            "FLASH SALE ", r.choice(["9.9", "11.11", "12.12"]), " ⚡ เที่ยงคืนนี้เท่านั้น! ลดสูงสุด ",
            str(r.choice([50, 70, 90])), "% + โค้ดส่งฟรี ", r.choice(["FREESHIP99", "SHIPZERO", "NOFEE12"]),
            " ซื้อครบ ", baht(r, 299, 999), " บาท ลดเพิ่ม ", str(r.choice([50, 100, 150])), " บาท ",
            "จำนวนจำกัด ", str(r.randint(100, 500)), " ชิ้น"]


@T("ecommerce", neg=True)
def n_product_listing_case(r: random.Random) -> list:
    return ["Translate this listing to English for the cross-border store.\n\n",
            "เคส", r.choice(["iPhone 16", "Galaxy S25", "Redmi Note 14"]), " กันกระแทก ขอบนิ่ม ", emo(r, "📱✨"),
            "\nสี: ดำ / ใส / ชมพูพาสเทล\nราคา ", baht(r, 79, 390), " บาท (จากปกติ ", baht(r, 400, 590), ")",
            "\nรหัสสินค้า ", sku(r), " | ส่งจากไทย 1-3 วัน"]


@T("line_oa", neg=True)
def n_chat_size_question(r: random.Random) -> list:
    return ["ตอบแชทนี้สั้นๆ: ",
            r.choice(["มีไซส์ L สีดำไหมคะ ", "อันนี้ผ้ายืดป่าวคะ ", "รอบอก 38 ใส่ไซส์ไหนดีคะ ", "ของเข้าวันไหนคะแอด "]),
            emo(r, "🥺🤔"), r.choice([" ส่งวันนี้ทันไหมมม", " ขอรูปจริงหน่อยค่า", ""])]


@T("logistics", neg=True)
def n_tracking_query_no_name(r: random.Random) -> list:
    return [r.choice(["เช็คพัสดุให้หน่อยค่ะ ", "พัสดุเลขนี้ถึงไหนแล้วครับ ", "ของค้างที่ศูนย์ 3 วันแล้ว "]),
            tracking(r), " ", emo(r, "📦😩"), " สั่งวันที่ ", str(r.randint(1, 28)), " ", r.choice(TH_MON),
            " ยังไม่ขยับเลย"]


@T("ecommerce", neg=True)
def n_en_webhook_payment(r: random.Random) -> list:
    return ["Why did this payment webhook fail signature verification?\n",
            '{"id":"evt_', digits(r, 10), '","type":"charge.succeeded","created":', epoch_ms(r),
            ',"data":{"amount":', str(r.randint(100, 90000) * 100), ',"currency":"thb","card":{"brand":"visa","last4":"',
            digits(r, 4), '","exp_year":20', str(r.randint(27, 31)), '},"order_ref":"', order_no(r), '"}}\n',
            "header X-Signature: t=", epoch_ms(r), ",v1=", "".join(r.choice("0123456789abcdef") for _ in range(24))]


@T("ecommerce", neg=True)
def n_en_api_error_log(r: random.Random) -> list:
    lines = []
    t = epoch_ms(r)
    for _ in range(3):
        t = epoch_ms(r, t)
        lines += ["[", t, "] ERROR courier-gw POST /v2/shipments 502 upstream=",
                  r.choice(["flash", "kerry", "jnt", "thaipost"]), " latency_ms=", str(r.randint(3000, 30000)),
                  " req_id=", "".join(r.choice("0123456789abcdef") for _ in range(12)), "\n"]
    return ["ขนส่งเจ้าเดียวล่ม หรือระบบเราเองมีปัญหา อธิบายสั้นๆ\n\n", lines]


@T("ecommerce", neg=True)
def n_en_python_code(r: random.Random) -> list:
    return ["Add type hints and a docstring to this function.\n\n```python\n",
            "SLA_MS = 48 * 3600 * 1000\nCUTOFF = ", epoch_ms(r), "  # campaign start\n\n",
            "def is_late(shipped_at, delivered_at):\n    if shipped_at < CUTOFF:\n        return False\n",
            "    return delivered_at - shipped_at > SLA_MS\n\n",
            "assert is_late(", epoch_ms(r), ", ", epoch_ms(r), ") in (True, False)\n```"]


@T("rider_ops", neg=True)
def n_rider_incentive_announce(r: random.Random) -> list:
    return ["ปรับประกาศนี้ให้ไรเดอร์อ่านเข้าใจใน 10 วินาที\n\n",
            "🛵 ภารกิจสุดสัปดาห์! รับงานครบ ", str(r.randint(20, 40)), " งาน ช่วงศุกร์-อาทิตย์ รับโบนัส ",
            baht(r, 300, 900), " บาท ฝนตกเพิ่มรอบละ ", str(r.choice([5, 10, 15])), " บาท ",
            "โซนที่ร่วม: สาทร สีลม อโศก ทองหล่อ (ยกเว้นงานซื้อของแทน)"]


@T("marketplace", neg=True)
def n_en_marketplace_fee_table(r: random.Random) -> list:
    return ["Explain to a new seller how much they pay on a THB 1,000 sale.\n\n",
            "Commission: electronics ", str(r.randint(3, 6)), "%, fashion ", str(r.randint(6, 10)),
            "%, beauty ", str(r.randint(7, 11)), "%\nTransaction fee: 3.21% incl. VAT\nFree-shipping programme: ",
            str(r.randint(3, 6)), "% capped at THB ", str(r.choice([50, 60, 80])), "/item\nPayout: every ",
            r.choice(["Tuesday and Friday", "weekday"]), ", T+3 after delivery confirmation"]


@T("line_oa", neg=True)
def n_line_broadcast_promo(r: random.Random) -> list:
    return ["ตรวจข้อความ broadcast นี้ว่ายาวเกินไหม แล้วตัดให้เหลือ 3 บรรทัด\n\n",
            "สวัสดีค่า ลูกค้าคนพิเศษ ", emo(r, "💕"), " สัปดาห์นี้สมาชิกรับแต้ม x", str(r.choice([2, 3])),
            " ทุกการสั่งซื้อผ่าน LINE OA ", r.choice(["@freshmartth", "@baanbeauty", "@kidsshop.official"]),
            " สอบถามเพิ่มเติม support@", r.choice(["freshmart.co.th", "baanbeauty.com", "kidsshop.co.th"]),
            " หรือทักแชทได้ 24 ชม. 🛒"]


@T("ecommerce", neg=True)
def n_review_summary_prompt(r: random.Random) -> list:
    reviews = r.sample(["ส่งไวมาก แพ็คดี 👍", "สีตรงปก ผ้านิ่ม", "ของแตกนิดนึงแต่ร้านเปลี่ยนให้",
                        "ไซส์เล็กกว่าที่คิด", "กลิ่นหอมมากก จะซื้อซ้ำ", "กล่องบุบ ของข้างในโอเค", "ราคานี้คุ้มค่า"], 4)
    return ["สรุปรีวิวสินค้านี้เป็นข้อดี/ข้อเสีย\n\n", "\n".join(f"⭐{r.randint(2, 5)} {x}" for x in reviews)]


@T("logistics", neg=True)
def n_shipping_label_template(r: random.Random) -> list:
    return ["สร้าง ", r.choice(["HTML", "Jinja2", "ZPL"]), " template สำหรับพิมพ์ใบปะหน้าขนาด ",
            r.choice(["100x150", "100x75"]), " มม. จากโครงนี้\n\n",
            "ผู้ส่ง: {{sender_name}} โทร {{sender_phone}}\nผู้รับ: {{recipient_name}} โทร {{recipient_phone}}\n",
            "ที่อยู่: {{address_line}} {{subdistrict}} {{district}} {{province}} {{postcode}}\n",
            "COD: {{cod_amount}} บาท | บาร์โค้ด: {{tracking_no}} | น้ำหนัก {{weight}} กก."]


@T("marketplace", neg=True)
def n_en_seller_newsletter(r: random.Random) -> list:
    return ["Edit this seller newsletter for tone; keep it under 120 words.\n\n",
            "Hi sellers! Mega Sale ", r.choice(["11.11", "12.12", "Payday"]), " is coming. Register your deals by ",
            r.choice(["Oct 25", "Nov 20", "the 20th"]), ". Shops with a chat response rate above ", str(r.randint(85, 95)),
            "% get a boost badge. Remember: pickups close at 18:00 on campaign day. Questions? seller-help@",
            r.choice(["shopmall.co.th", "bazaarth.com"])]


@T("loyalty", neg=True)
def n_coupon_codes_csv(r: random.Random) -> list:
    rows = []
    for _ in range(4):
        code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        rows.append(f"{code},{r.choice([50, 100, 200])},{epoch_ms(r)},{r.randint(0, 5000)}\n")
    return ["Which coupon batch expires first, and how many were redeemed in total?\n\n",
            "code,value_thb,expires_at_ms,redeemed\n", "".join(rows)]


@T("ecommerce", neg=True)
def n_en_product_description_prompt(r: random.Random) -> list:
    return ["Write a 50-word product description for a Thai marketplace listing:\n",
            r.choice(["stainless steel tiffin carrier, 3 tiers", "rattan picnic basket, handmade in Ayutthaya",
                      "mango sticky rice freeze-dried snack, 12 packs"]),
            ". Price THB ", str(r.randint(99, 1500)), ". Ships in 2 days. Tone: warm, no exaggerated claims."]


@T("loyalty", neg=True)
def n_loyalty_tier_rules(r: random.Random) -> list:
    return ["อธิบายเงื่อนไขระดับสมาชิกนี้เป็นภาษาง่ายๆ สำหรับหน้าแอป\n\n",
            "Silver: ยอดซื้อ 0-", f"{r.randint(8, 15) * 1000 - 1:,}", " บาท/ปี รับ 1 แต้ม ต่อ ", str(r.choice([20, 25])), " บาท\n",
            "Gold: รับ ", r.choice(["1.5", "1.25"]), " เท่า + ", r.choice(["ส่งฟรี", "ส่วนลดวันพุธ 5%"]), "\n",
            "Platinum: ", f"{r.choice([50000, 60000]):,}", " บาทขึ้นไป รับ 2 เท่า + คูปองวันเกิด ", str(r.choice([300, 500])),
            " บาท\n", r.choice(["แต้มหมดอายุ 31 ธ.ค. ของปีถัดไป", "แต้มมีอายุ 24 เดือนนับจากวันที่ได้รับ", "แต้มไม่มีวันหมดอายุ"])]


@T("food_delivery", neg=True)
def n_en_chat_where_food(r: random.Random) -> list:
    return ["reply to this, short: ", r.choice(["where is my food?? app says delivered ", "hi, still waiting 50 mins ",
                                                "driver went to the wrong building lol "]),
            emo(r, "😤🤔😅"), r.choice([" can u check", " pls help", ""])]


# ==============================================================================================
# Build, check, write
# ==============================================================================================
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
        row["id"] = f"f20-{n:04d}"
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
        if re.search(r"\{\{?[a-z_]+\}?\}", r["text"]) and not r["negative"]:
            problems.append(f"{r['template']}: unfilled placeholder")
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
        eng = sum(english_only(r["text"]) for r in rows)
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={neg} ({neg / len(rows):.1%}) "
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
            print(f"{args.out} is stale: rerun bench/make_freshset20.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
