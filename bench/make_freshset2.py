#!/usr/bin/env python3
"""Generate ``bench/freshset2.jsonl``: a second blind, held-out evaluation set for Thai PII detection.

Provenance — read this before touching it. This generator was written BLIND on 2026-11-24:
its author did not read the detector (``pdpa_guard/``), the development set (``make_devset.py``,
``devset.jsonl``), the first fresh set (``make_freshset.py``, ``freshset.jsonl``) or the accuracy
script, and never ran the detector on the prompts produced here. The set exists to measure
generalisation to prompt shapes nobody tuning the detector has seen. Do NOT tune recognizers,
lexicons or thresholds on it, and do not "fix" its annotations to match detector output; if you
read it to debug, it stops being a held-out measurement.

What it contains: about 420 prompts from roughly a hundred templates of the author's own
invention, shaped like what Thai banks, hospitals, insurers, telcos, shops, couriers, HR teams,
government offices, schools, law firms, hotels and developers paste into LLM prompts (chat and
call transcripts, e-mail headers, OCR of ID cards and waybills, JSON and escaped tool arguments,
CSV/SQL/YAML/log lines, RAG context), and about 28 % negatives (prices, epoch-millisecond
timestamps that pass the Thai ID checksum, order/tracking/ISBN/EAN/SKU numbers, versions, code,
public facts, and general texts about health, religion, ethnicity, politics, crime, sex
education, disability, unions, genetics and biometrics that concern no particular person).

Annotation conventions follow bench/README.md ("The development set"). Where the README leaves
a choice open, this set decides as follows:

* a nickname or name after ``คุณ``/``น้อง`` is labelled without the honorific (``คุณแพร`` ->
  ``แพร``); formal titles, ranks and academic/medical titles (นาย, น.ส., ด.ช., พ.ต.ท., ผศ.ดร.,
  นพ., Mr.) are inside the PERSON span;
* HN/MRN, bank account, passport and student numbers are the number only, without the cue;
* a form value after its field is the value (``ศาสนา: อิสลาม`` -> ``อิสลาม``,
  ``เชื้อชาติ ไทย`` -> ``ไทย``), while ``สัญชาติ`` (nationality) is never labelled;
* s.26 spans are the shortest phrase disclosing the fact, without leading verbs such as
  ``เป็น``/``นับถือ``/``เคย`` (``นับถือศาสนาคริสต์`` -> ``ศาสนาคริสต์``);
* a vehicle plate includes a province written right after it (full or ``กทม.``/English);
* names of historical/public figures in general factual texts are not labelled (those prompts
  are negatives, as in the development set).

Values are fabricated and valid where real ones are (stdnum.th.pin, stdnum.th.moa, Luhn,
libphonenumber). Names come from Faker (th_TH, en_US) and from syllables composed here.
Generation is deterministic (fixed seeds); ``--check`` exits 0 when the committed file is up to
date and 1 otherwise. Faker draws differ between versions: the committed file was produced with
the Faker version in ``GENERATED_WITH_FAKER``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
from faker import Faker
from stdnum import luhn
from stdnum.th import moa, pin

HERE = Path(__file__).resolve().parent
OUT = HERE / "freshset2.jsonl"
GENERATED_WITH_FAKER = "40.54.0"
SEED = 20261124

PER = "PERSON"
NID = "TH_NATIONAL_ID"
PHONE = "PHONE_NUMBER"
EMAIL = "EMAIL_ADDRESS"
CARD = "CREDIT_CARD"
IP = "IP_ADDRESS"
LINE = "LINE_ID"
ACCT = "TH_BANK_ACCOUNT"
PASS = "TH_PASSPORT"
STU = "STUDENT_ID"
MRN = "MEDICAL_RECORD_NUMBER"
PLATE = "TH_VEHICLE_PLATE"
ADDR = "ADDRESS"
DOB = "DATE_OF_BIRTH"
JUR = "TH_JURISTIC_ID"
HEALTH = "HEALTH_DATA"
REL = "RELIGION"
ETH = "ETHNICITY"
POL = "POLITICAL_OPINION"
CRIME = "CRIMINAL_RECORD"
SEX = "SEXUAL_BEHAVIOUR"
DIS = "DISABILITY"
UNION = "TRADE_UNION"
GEN = "GENETIC_DATA"
BIO = "BIOMETRIC_DATA"

ENTITY_TYPES = (PER, NID, PHONE, EMAIL, CARD, IP, LINE, ACCT, PASS, STU, MRN, PLATE, ADDR, DOB, JUR,
                HEALTH, REL, ETH, POL, CRIME, SEX, DIS, UNION, GEN, BIO)
S26_TYPES = (HEALTH, REL, ETH, POL, CRIME, SEX, DIS, UNION, GEN, BIO)

# A template's output: plain strings and (entity_type, value) pairs, concatenated in order.
Part = str | tuple[str, str]
Parts = list[Part]

_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_FROM_THAI = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_SLOT = re.compile(r"⟦(\w+)⟧")


def thai_digits(text: str) -> str:
    """Arabic digits -> Thai digits (forms and OCR of official letters use them)."""
    return text.translate(_TO_THAI)


def L(template: str, **slots: Part | Parts) -> Parts:
    """Fill ``⟦name⟧`` slots: a str is plain text, a pair is an entity, a list is nested parts.

    A custom slot marker keeps JSON braces in templates literal and lets one value (a name
    repeated in a chat) be labelled at every occurrence.
    """
    out: Parts = []
    pos = 0
    for m in _SLOT.finditer(template):
        out.append(template[pos:m.start()])
        val = slots[m.group(1)]
        if isinstance(val, list):
            out.extend(val)
        else:
            out.append(val)
        pos = m.end()
    out.append(template[pos:])
    return [p for p in out if p != ""]


def assemble(parts: Parts) -> tuple[str, list[dict]]:
    """Concatenate parts and record entity offsets (Python str indices)."""
    text: list[str] = []
    ents: list[dict] = []
    pos = 0
    for p in parts:
        if isinstance(p, tuple):
            etype, value = p
            if etype not in ENTITY_TYPES:
                raise ValueError(f"unknown entity type {etype}")
            if not value or value != value.strip():
                raise ValueError(f"bad span {value!r} for {etype}")
            ents.append({"entity_type": etype, "start": pos, "end": pos + len(value)})
            text.append(value)
            pos += len(value)
        else:
            text.append(p)
            pos += len(p)
    return "".join(text), ents


# ---------------------------------------------------------------------------------------------
# Value checks (also used by tests/test_freshset2.py)
# ---------------------------------------------------------------------------------------------

_EXT = re.compile(r"\s*(?:ต่อ|ext\.?|x|#)\s*\d{1,5}$", re.IGNORECASE)
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")


def _check_value(etype: str, span: str) -> bool:
    """True when a labelled value is valid where real ones are checkable."""
    ascii_span = span.translate(_FROM_THAI)
    digits = re.sub(r"\D", "", ascii_span)
    if etype == NID:
        return len(digits) == 13 and digits[0] in "12345678" and pin.is_valid(digits)
    if etype == JUR:
        return len(digits) == 13 and moa.is_valid(digits)
    if etype == CARD:
        return 13 <= len(digits) <= 19 and luhn.is_valid(digits)
    if etype == PHONE:
        number = _EXT.sub("", ascii_span)
        candidates = [number]
        if re.fullmatch(r"66\d{8,9}", number):
            candidates.append("+" + number)
        for cand in candidates:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(cand, "TH")):
                    return True
            except phonenumbers.NumberParseException:
                continue
        return False
    if etype == EMAIL:
        return bool(_EMAIL.match(span))
    if etype == IP:
        try:
            ipaddress.ip_address(span)
        except ValueError:
            return False
        return True
    return True


# ---------------------------------------------------------------------------------------------
# Lexicons (fabricated or public geography)
# ---------------------------------------------------------------------------------------------

HEADS = ["กิตติ", "ธนา", "วีร", "ณัฐ", "ภัทร", "ศุภ", "อนุ", "พิชญ", "ธีร", "ปิยะ", "สิริ", "กมล", "รัชต",
         "ศิริ", "จิรา", "อร", "ชุติ", "ปาริ", "อัญ", "เพ็ญ", "ขวัญ", "สุภา", "มณี", "ทิพ", "นรา", "ภูริ",
         "ธัญ", "พัชร", "กานต์", "วรร"]
M_TAILS = ["พงษ์", "ชัย", "วุฒิ", "ศักดิ์", "กร", "พล", "เดช", "ภูมิ", "วัฒน์", "ธร", "นนท์", "กิจ", "เชษฐ์"]
F_TAILS = ["พร", "รัตน์", "ทิพย์", "ณี", "วรรณ", "ลดา", "นิภา", "ธิดา", "ภรณ์", "ชนก", "มาศ", "สุดา", "ปรียา"]
SUR_A = ["ศรี", "แสง", "ทอง", "บุญ", "สุข", "เจริญ", "วงศ์", "รุ่ง", "พูล", "แก้ว", "มั่น", "อินทร์", "จันทร์",
         "เพชร", "คำ", "ดวง", "ประ", "ใจ", "นาค", "เหล็ก"]
SUR_B = ["สวัสดิ์", "ประเสริฐ", "วัฒนา", "รักษ์", "ศิลป์", "มงคล", "สมบูรณ์", "เรือง", "ไพบูลย์", "กิจ",
         "ธรรม", "ศักดิ์", "สกุล", "อารีย์", "ยืนยง"]
SUR_C = ["กุล", "วงศ์", "พันธ์", "ชัย", "", "", "", "", "สิน", "เวช"]

ROM_FIRST_M = ["Somchai", "Kittipong", "Natthapon", "Anucha", "Thanakorn", "Warut", "Jirayu", "Teerawat",
               "Supachai", "Pakorn", "Chanin", "Wiroj", "Nopparat", "Sakda", "Phuriphat"]
ROM_FIRST_F = ["Siriporn", "Wanida", "Pornthip", "Chayanit", "Pimchanok", "Suda", "Nattaya", "Apinya",
               "Panida", "Kanokwan", "Rattana", "Thitima", "Orathai", "Jutamas", "Benjawan"]
ROM_SUR_A = ["Sri", "Saeng", "Thong", "Boon", "Suk", "Charoen", "Wong", "Rung", "Kaew", "Chan", "Phet",
             "Kham", "Duang", "In", "Nak"]
ROM_SUR_B = ["sawat", "prasert", "watthana", "rak", "sin", "mongkhon", "somboon", "rueang", "paiboon",
             "kit", "tham", "sak", "aree"]
ROM_SUR_C = ["kul", "wong", "phan", "chai", "", "", "", "sakul"]

NICKS = ["ต้น", "แพร", "มิ้นท์", "เบียร์", "ปอ", "ฝน", "นุ่น", "แบงค์", "กอล์ฟ", "ตาล", "เจ", "บอล", "ปาล์ม",
         "แอน", "พลอย", "นัท", "โอ๊ต", "เฟิร์น", "ไอซ์", "บีม", "เมย์", "ออม", "หนิง", "โจ้", "ก้อย", "แนน",
         "อั้ม", "ป๊อป", "จูน", "ข้าวปั้น"]

TITLE_M = ["นาย", "นาย", "นาย "]
TITLE_F = ["นางสาว", "นาง", "น.ส.", "นางสาว ", "นาง "]
RANKS = ["พ.ต.ท.", "พ.ต.อ.", "ร.ต.อ.", "ส.ต.ต.", "ด.ต.", "จ.ส.อ.", "พ.อ.", "ร.อ.", "พ.ท.", "ร.ต.ท."]
ACAD = ["ผศ.ดร.", "รศ.ดร.", "ดร.", "อ.", "ผศ.", "ศ.ดร."]
DOCS_M = ["นพ.", "ทพ.", "ภก."]
DOCS_F = ["พญ.", "ทพญ.", "ภญ."]

MONTHS_TH = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
MONTHS_TH_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.",
                  "ธ.ค."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

# (khwaeng, khet, postcode, khwaeng in English, khet in English)
BKK = [
    ("คลองจั่น", "บางกะปิ", "10240", "Khlong Chan", "Bang Kapi"),
    ("หัวหมาก", "บางกะปิ", "10240", "Hua Mak", "Bang Kapi"),
    ("ลาดยาว", "จตุจักร", "10900", "Lat Yao", "Chatuchak"),
    ("จอมพล", "จตุจักร", "10900", "Chom Phon", "Chatuchak"),
    ("เสนานิคม", "จตุจักร", "10900", "Sena Nikhom", "Chatuchak"),
    ("ห้วยขวาง", "ห้วยขวาง", "10310", "Huai Khwang", "Huai Khwang"),
    ("สามเสนนอก", "ห้วยขวาง", "10310", "Sam Sen Nok", "Huai Khwang"),
    ("สีลม", "บางรัก", "10500", "Si Lom", "Bang Rak"),
    ("สุริยวงศ์", "บางรัก", "10500", "Suriyawong", "Bang Rak"),
    ("ลุมพินี", "ปทุมวัน", "10330", "Lumphini", "Pathum Wan"),
    ("รองเมือง", "ปทุมวัน", "10330", "Rong Mueang", "Pathum Wan"),
    ("ทุ่งมหาเมฆ", "สาทร", "10120", "Thung Maha Mek", "Sathon"),
    ("คลองเตยเหนือ", "วัฒนา", "10110", "Khlong Toei Nuea", "Watthana"),
    ("พระโขนงเหนือ", "วัฒนา", "10110", "Phra Khanong Nuea", "Watthana"),
    ("คลองตัน", "คลองเตย", "10110", "Khlong Tan", "Khlong Toei"),
    ("บางนาเหนือ", "บางนา", "10260", "Bang Na Nuea", "Bang Na"),
    ("ดินแดง", "ดินแดง", "10400", "Din Daeng", "Din Daeng"),
    ("สามเสนใน", "พญาไท", "10400", "Sam Sen Nai", "Phaya Thai"),
    ("ทุ่งพญาไท", "ราชเทวี", "10400", "Thung Phaya Thai", "Ratchathewi"),
    ("จรเข้บัว", "ลาดพร้าว", "10230", "Chorakhe Bua", "Lat Phrao"),
    ("อนุสาวรีย์", "บางเขน", "10220", "Anusawari", "Bang Khen"),
    ("สีกัน", "ดอนเมือง", "10210", "Si Kan", "Don Mueang"),
    ("ทุ่งสองห้อง", "หลักสี่", "10210", "Thung Song Hong", "Lak Si"),
    ("ออเงิน", "สายไหม", "10220", "O Ngoen", "Sai Mai"),
    ("บางยี่เรือ", "ธนบุรี", "10600", "Bang Yi Ruea", "Thon Buri"),
    ("หลักสอง", "บางแค", "10160", "Lak Song", "Bang Khae"),
    ("หนองบอน", "ประเวศ", "10250", "Nong Bon", "Prawet"),
    ("อ่อนนุช", "สวนหลวง", "10250", "On Nut", "Suan Luang"),
    ("แสนแสบ", "มีนบุรี", "10510", "Saen Saep", "Min Buri"),
    ("ลาดกระบัง", "ลาดกระบัง", "10520", "Lat Krabang", "Lat Krabang"),
    ("บางซื่อ", "บางซื่อ", "10800", "Bang Sue", "Bang Sue"),
    ("บางบำหรุ", "บางพลัด", "10700", "Bang Bamru", "Bang Phlat"),
]
# (tambon, amphoe, province, postcode, tambon EN, amphoe EN, province EN)
PROV = [
    ("สุเทพ", "เมืองเชียงใหม่", "เชียงใหม่", "50200", "Suthep", "Mueang Chiang Mai", "Chiang Mai"),
    ("ช้างเผือก", "เมืองเชียงใหม่", "เชียงใหม่", "50300", "Chang Phueak", "Mueang Chiang Mai", "Chiang Mai"),
    ("สันทรายน้อย", "สันทราย", "เชียงใหม่", "50210", "San Sai Noi", "San Sai", "Chiang Mai"),
    ("ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000", "Nai Mueang", "Mueang Khon Kaen", "Khon Kaen"),
    ("หนองปรือ", "บางละมุง", "ชลบุรี", "20150", "Nong Prue", "Bang Lamung", "Chon Buri"),
    ("สุรศักดิ์", "ศรีราชา", "ชลบุรี", "20110", "Surasak", "Si Racha", "Chon Buri"),
    ("ตลาดใหญ่", "เมืองภูเก็ต", "ภูเก็ต", "83000", "Talat Yai", "Mueang Phuket", "Phuket"),
    ("ป่าตอง", "กะทู้", "ภูเก็ต", "83150", "Patong", "Kathu", "Phuket"),
    ("บางตลาด", "ปากเกร็ด", "นนทบุรี", "11120", "Bang Talat", "Pak Kret", "Nonthaburi"),
    ("โสนลอย", "บางบัวทอง", "นนทบุรี", "11110", "Sano Loi", "Bang Bua Thong", "Nonthaburi"),
    ("คลองหนึ่ง", "คลองหลวง", "ปทุมธานี", "12120", "Khlong Nueng", "Khlong Luang", "Pathum Thani"),
    ("บางพลีใหญ่", "บางพลี", "สมุทรปราการ", "10540", "Bang Phli Yai", "Bang Phli", "Samut Prakan"),
    ("ปากน้ำ", "เมืองสมุทรปราการ", "สมุทรปราการ", "10270", "Pak Nam", "Mueang Samut Prakan", "Samut Prakan"),
    ("ในเมือง", "เมืองนครราชสีมา", "นครราชสีมา", "30000", "Nai Mueang", "Mueang Nakhon Ratchasima",
     "Nakhon Ratchasima"),
    ("หนองสาหร่าย", "ปากช่อง", "นครราชสีมา", "30130", "Nong Sarai", "Pak Chong", "Nakhon Ratchasima"),
    ("หาดใหญ่", "หาดใหญ่", "สงขลา", "90110", "Hat Yai", "Hat Yai", "Songkhla"),
    ("หมากแข้ง", "เมืองอุดรธานี", "อุดรธานี", "41000", "Mak Khaeng", "Mueang Udon Thani", "Udon Thani"),
    ("รอบเวียง", "เมืองเชียงราย", "เชียงราย", "57000", "Rop Wiang", "Mueang Chiang Rai", "Chiang Rai"),
    ("เวียงพางคำ", "แม่สาย", "เชียงราย", "57130", "Wiang Phang Kham", "Mae Sai", "Chiang Rai"),
    ("บ่อผุด", "เกาะสมุย", "สุราษฎร์ธานี", "84320", "Bo Phut", "Ko Samui", "Surat Thani"),
    ("ประตูชัย", "พระนครศรีอยุธยา", "พระนครศรีอยุธยา", "13000", "Pratu Chai", "Phra Nakhon Si Ayutthaya",
     "Phra Nakhon Si Ayutthaya"),
    ("ศาลายา", "พุทธมณฑล", "นครปฐม", "73170", "Salaya", "Phutthamonthon", "Nakhon Pathom"),
    ("สะเตง", "เมืองยะลา", "ยะลา", "95000", "Sateng", "Mueang Yala", "Yala"),
    ("สะบารัง", "เมืองปัตตานี", "ปัตตานี", "94000", "Sabarang", "Mueang Pattani", "Pattani"),
    ("สุไหงโก-ลก", "สุไหงโก-ลก", "นราธิวาส", "96120", "Su-ngai Kolok", "Su-ngai Kolok", "Narathiwat"),
    ("ในเมือง", "เมืองพิษณุโลก", "พิษณุโลก", "65000", "Nai Mueang", "Mueang Phitsanulok", "Phitsanulok"),
    ("จองคำ", "เมืองแม่ฮ่องสอน", "แม่ฮ่องสอน", "58000", "Chong Kham", "Mueang Mae Hong Son", "Mae Hong Son"),
    ("แม่สอด", "แม่สอด", "ตาก", "63110", "Mae Sot", "Mae Sot", "Tak"),
]
HILL_PROV = [p for p in PROV if p[2] in ("เชียงใหม่", "เชียงราย", "แม่ฮ่องสอน", "ตาก")]
ROADS = [("ลาดพร้าว", "Lat Phrao"), ("สุขุมวิท", "Sukhumvit"), ("พหลโยธิน", "Phahonyothin"),
         ("รามคำแหง", "Ramkhamhaeng"), ("เพชรเกษม", "Phetkasem"), ("แจ้งวัฒนะ", "Chaeng Watthana"),
         ("รัชดาภิเษก", "Ratchadaphisek"), ("มิตรภาพ", "Mittraphap"), ("งามวงศ์วาน", "Ngam Wong Wan"),
         ("เพชรบุรีตัดใหม่", "New Phetchaburi"), ("ประชาอุทิศ", "Pracha Uthit"), ("นวมินทร์", "Nawamin")]
CONDOS = ["เดอะ ริเวอร์ไลน์", "ศุภาลัย ปาร์ควิว", "ลุมพินี เพลส บางนา", "ไอดีโอ สเตชั่น", "พลัมคอนโด ซิตี้",
          "เดอะคีย์ แจ้งวัฒนะ", "แอสปาย วิภาวดี"]

PLATE_LETTERS = "กขคฆงจฉชฌญฎฐฒณดตถทธนบปผพภมยรลวศษสหฬอฮ"
PLATE_PROVS = ["กรุงเทพมหานคร", "กรุงเทพมหานคร", "กทม.", "เชียงใหม่", "ชลบุรี", "นนทบุรี", "ปทุมธานี",
               "ขอนแก่น", "ภูเก็ต", "สมุทรปราการ", "นครราชสีมา", "สงขลา", "ระยอง", "อุดรธานี"]

EMAIL_DOMAINS = ["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com",
                 "siamtrade-demo.co.th", "chaoprayalogis.co.th", "mail.nakornthon-u.ac.th", "krungsiam-ins.co.th",
                 "pattana-agro.co.th", "hotmail.co.th"]

BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา", "ทหารไทยธนชาต", "ออมสิน", "ธ.ก.ส.",
         "ยูโอบี", "เกียรตินาคินภัทร"]
BANK_CODES = ["KBANK", "SCB", "BBL", "KTB", "BAY", "TTB", "GSB"]
HOSPITALS = ["รพ.ศรีนครินทร์พัฒนา", "โรงพยาบาลบางกะปิเวชการ", "รพ.เชียงใหม่รวมแพทย์", "โรงพยาบาลชลเวช",
             "รพ.สมเด็จเจ้าพระยาบางนา", "โรงพยาบาลหาดใหญ่การแพทย์", "Bangna Care Hospital", "รพ.นนทเวศม์"]
COMPANIES = ["บริษัท สยามเทรดดิ้ง แอนด์ ซัพพลาย จำกัด", "บริษัท เจ้าพระยา โลจิสติกส์ จำกัด",
             "บริษัท พัฒนาอะโกร อินดัสทรี จำกัด (มหาชน)", "บริษัท ไทยพลาสติกแพ็คกิ้ง จำกัด",
             "ห้างหุ้นส่วนจำกัด ทองคำก่อสร้าง", "บริษัท นครทองออโต้พาร์ท จำกัด", "บริษัท บางนาเท็กซ์ไทล์ จำกัด",
             "บริษัท ดิจิทัลเวฟ เทคโนโลยี จำกัด"]

# s.26 phrases. "lead|phrase": the lead (a verb such as เป็น/เคย) is written before the span but is not
# part of it; the phrase is the shortest text disclosing the fact, and is what gets labelled.
S26: dict[str, list[str]] = {
    HEALTH: ["โรคเบาหวานชนิดที่ 2", "โรคความดันโลหิตสูง", "โรคซึมเศร้า", "มะเร็งเต้านมระยะที่ 2",
             "มะเร็งลำไส้ใหญ่ระยะที่ 3", "ไตวายเรื้อรังระยะที่ 4", "วัณโรคปอด", "ไวรัสตับอักเสบบีเรื้อรัง",
             "โรคหอบหืด", "โรคลมชัก", "โรคไบโพลาร์", "โรคหลอดเลือดสมองตีบ", "ภาวะไทรอยด์เป็นพิษ",
             "โรคพาร์กินสัน", "โรคจิตเภท", "ภาวะหัวใจล้มเหลว", "โรคแพนิค", "ไข้เลือดออก", "โรคเกาต์",
             "โรคติดเชื้อเอชไอวี", "โรคสะเก็ดเงิน", "ไขมันพอกตับ", "ภาวะซึมเศร้าหลังคลอด",
             "โรคพิษสุราเรื้อรัง", "โรคไตเรื้อรังระยะที่ 3"],
    REL: ["ศาสนาอิสลาม", "ศาสนาคริสต์", "ศาสนาพุทธ", "ศาสนาซิกข์", "ศาสนาฮินดู", "คริสต์นิกายโรมันคาทอลิก",
          "ศาสนาคริสต์นิกายโปรเตสแตนต์", "ศาสนาพราหมณ์", "ศาสนาอิสลามนิกายซุนนี"],
    ETH: ["เชื้อสายจีน", "เชื้อสายมลายู", "ชาติพันธุ์กะเหรี่ยง", "ชาวเขาเผ่าม้ง", "ชาวไทยภูเขาเผ่าอาข่า",
          "ชาติพันธุ์ลีซู", "ชาวมอแกน", "ชาวไทใหญ่", "เชื้อสายเวียดนาม", "เชื้อสายเขมร", "ชาวกูย",
          "ชาติพันธุ์ลาหู่", "ชาวอูรักลาโว้ย", "เชื้อสายมอญ", "ชาวเขาเผ่าเย้า"],
    POL: ["|สนับสนุนพรรคประชาชน", "เป็น|สมาชิกพรรคเพื่อไทย", "|สนับสนุนพรรครวมไทยสร้างชาติ",
          "เป็น|แกนนำกลุ่มราษฎร", "เคย|ร่วมชุมนุมต่อต้านรัฐบาล", "มี|แนวคิดอนุรักษ์นิยมทางการเมือง",
          "เป็น|หัวคะแนนพรรคภูมิใจไทย", "เป็น|สมาชิกพรรคประชาธิปัตย์", "เป็น|ผู้สนับสนุนกลุ่มเสื้อแดง",
          "มี|แนวคิดการเมืองแบบสังคมนิยม", "|ร่วมลงชื่อเสนอแก้ไขมาตรา 112", "เป็น|สมาชิกพรรคพลังประชารัฐ",
          "|ต่อต้านรัฐบาลทหาร", "|โพสต์เชียร์พรรคก้าวไกลเป็นประจำ", "เป็น|ผู้สนับสนุนกลุ่ม กปปส."],
    CRIME: ["เคย|ต้องโทษจำคุก 2 ปี คดียาเสพติด", "มี|ประวัติอาชญากรรมคดีลักทรัพย์", "เคย|ถูกจับกุมคดีครอบครองยาบ้า",
            "เคย|ถูกศาลพิพากษาจำคุกคดีฉ้อโกง", "เคย|ถูกคุมประพฤติ 1 ปี", "เพิ่ง|พ้นโทษจากเรือนจำกลางคลองเปรม",
            "|ถูกดำเนินคดีฐานยักยอกทรัพย์", "|มีหมายจับคดีทำร้ายร่างกาย", "มี|ประวัติคดีเมาแล้วขับ",
            "เคย|ต้องโทษจำคุกคดีพยายามฆ่า", "เคย|ถูกปรับคดีการพนัน", "|ต้องคำพิพากษาคดีรับของโจร",
            "เคย|ติดคุกคดีปล้นทรัพย์"],
    SEX: ["|มีเพศสัมพันธ์กับผู้ชายด้วยกัน", "|มีคู่นอนหลายคน", "|มีเพศสัมพันธ์โดยไม่ใช้ถุงยางอนามัย", "เป็น|เกย์",
          "เป็น|หญิงรักหญิง", "เป็น|ไบเซ็กชวล", "|ขายบริการทางเพศ", "|มีเพศสัมพันธ์กับเพื่อนร่วมงาน",
          "มี|รสนิยมรักร่วมเพศ", "|มีเพศสัมพันธ์กับคนแปลกหน้าผ่านแอปหาคู่", "|เที่ยวหญิงบริการเป็นประจำ",
          "เป็น|ชายรักชาย"],
    DIS: ["|พิการทางการเคลื่อนไหว", "|ตาบอดสนิท", "|หูหนวก", "|บกพร่องทางการได้ยิน", "|บกพร่องทางการเห็น",
          "เป็น|ออทิสติก", "|บกพร่องทางสติปัญญา", "|บกพร่องทางการเรียนรู้ (LD)", "|ขาขาดข้างซ้ายใต้เข่า",
          "เป็น|อัมพาตครึ่งท่อนล่าง", "|พิการทางจิตใจหรือพฤติกรรม", "|แขนขวาพิการ", "|สายตาเลือนราง"],
    UNION: ["เป็น|สมาชิกสหภาพแรงงาน", "เป็น|ประธานสหภาพแรงงาน", "เป็น|กรรมการสหภาพแรงงาน",
            "เป็น|เลขาธิการสหภาพแรงงาน", "เป็น|สมาชิกสหภาพฯ", "เป็น|แกนนำสหภาพแรงงาน",
            "เป็น|เหรัญญิกสหภาพแรงงาน", "|เข้าร่วมเป็นสมาชิกสหภาพแรงงาน"],
    GEN: ["ตรวจพบ|ยีน BRCA1 กลายพันธุ์", "เป็น|พาหะธาลัสซีเมีย", "ตรวจพบ|ยีน HLA-B*15:02",
          "ตรวจพบ|ยีน HLA-B*58:01", "เป็น|พาหะโรคกล้ามเนื้ออ่อนแรง SMA", "มี|ยีน APOE4 สองชุด",
          "ตรวจพบ|โครโมโซม 47,XXY", "ตรวจพบ|ยีน BRCA2 กลายพันธุ์", "ตรวจพบ|ยีน CYP2C19 แบบ poor metabolizer",
          "เป็น|พาหะยีนฮีโมฟีเลีย", "ตรวจพบ|ยีนโรคฮันติงตัน"],
    BIO: ["ลายนิ้วมือ", "ภาพสแกนใบหน้า", "แม่แบบใบหน้า (face template)", "ภาพสแกนม่านตา", "ลายเส้นเลือดฝ่ามือ",
          "ลายเสียง (voiceprint)", "ข้อมูลแม่แบบลายนิ้วมือ", "เวกเตอร์ใบหน้า (face embedding)"],
}
S26_EN: dict[str, list[str]] = {
    HEALTH: ["type 2 diabetes", "major depressive disorder", "stage III colon cancer", "chronic kidney disease",
             "pulmonary tuberculosis", "HIV infection", "generalized anxiety disorder", "epilepsy",
             "hypertension", "asthma", "chronic hepatitis B", "bipolar disorder", "breast cancer"],
    REL: ["Muslim", "Christian", "Buddhist", "Catholic", "Hindu", "Sikh"],
    ETH: ["Karen", "Hmong", "Akha", "Malay", "Lisu", "Shan", "Mon"],
    POL: ["supporter of the People's Party", "member of the Democrat Party", "anti-government protest leader",
          "activist in the pro-democracy movement", "canvasser for the Bhumjaithai Party"],
    CRIME: ["convicted of fraud in 2019", "convicted of drug possession in 2017",
            "sentenced to 18 months in prison for theft", "convicted of drunk driving",
            "placed on probation for assault"],
    SEX: ["MSM (men who have sex with men)", "multiple sexual partners", "unprotected anal sex",
          "commercial sex work", "condomless sex with casual partners"],
    DIS: ["wheelchair user", "visually impaired", "deaf", "autism spectrum disorder", "paraplegic",
          "hearing impaired"],
    UNION: ["union member", "union shop steward", "union president", "trade union member"],
    GEN: ["BRCA1 pathogenic variant", "thalassemia carrier", "HLA-B*15:02 positive", "DNA paternity test result",
          "whole-genome sequencing result"],
    BIO: ["fingerprint template", "face embedding", "iris scan", "voiceprint", "palm vein pattern"],
}
REL_VALUES = ["พุทธ", "พุทธ", "อิสลาม", "คริสต์", "ซิกข์", "ฮินดู"]
ETH_VALUES = ["ไทย", "ไทย", "จีน", "มลายู", "ม้ง", "กะเหรี่ยง", "ไทใหญ่", "อาข่า", "ลาหู่"]


# ---------------------------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------------------------

class Gen:
    """All random draws go through one seeded Random and two seeded Faker instances."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fth = Faker("th_TH")
        self.fth.seed_instance(seed)
        self.fen = Faker("en_US")
        self.fen.seed_instance(seed + 1)
        self._cycles: dict[str, list[int]] = {}

    # -- basics ---------------------------------------------------------------------------
    def pick(self, seq: Sequence):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def cycle(self, key: str, options: Sequence):
        """Draw without replacement (reshuffled when exhausted) so repeated calls vary."""
        bag = self._cycles.get(key)
        if not bag:
            bag = list(range(len(options)))
            self.r.shuffle(bag)
            self._cycles[key] = bag
        return options[bag.pop()]

    def _s26_raw(self, etype: str, en: bool) -> str:
        table = S26_EN if en else S26
        return self.cycle(("en:" if en else "th:") + etype, table[etype])

    def s26(self, etype: str, en: bool = False) -> str:
        """The labelled phrase alone (for form values such as ``Dx: ...``)."""
        return self._s26_raw(etype, en).split("|")[-1]

    def s26p(self, etype: str, en: bool = False) -> Parts:
        """A clause: the unlabelled lead verb (if any) then the labelled phrase."""
        raw = self._s26_raw(etype, en)
        lead, _, phrase = raw.rpartition("|")
        return [p for p in (lead, (etype, phrase)) if p]

    # -- names -----------------------------------------------------------------------------
    def th_first(self, female: bool) -> str:
        if self.chance(0.55):
            return self.fth.first_name_female() if female else self.fth.first_name_male()
        return self.pick(HEADS) + self.pick(F_TAILS if female else M_TAILS)

    def th_last(self) -> str:
        if self.chance(0.5):
            return self.fth.last_name()
        return self.pick(SUR_A) + self.pick(SUR_B) + self.pick(SUR_C)

    def person(self, kind: str = "civil", female: bool | None = None) -> str:
        """A Thai full name with a title of the given kind ('none' for a bare name)."""
        if female is None:
            female = self.chance(0.5)
        core = f"{self.th_first(female)} {self.th_last()}"
        if kind == "none":
            return core
        if kind == "civil":
            title = self.pick(TITLE_F if female else TITLE_M)
        elif kind == "kid":
            title = self.pick(["ด.ญ.", "เด็กหญิง"] if female else ["ด.ช.", "เด็กชาย"])
        elif kind == "rank":
            title = self.pick(RANKS)
        elif kind == "acad":
            title = self.pick(ACAD)
        elif kind == "doc":
            title = self.pick(DOCS_F if female else DOCS_M)
        else:
            raise ValueError(kind)
        if kind in ("rank", "acad", "doc") and self.chance(0.3):
            title += " "
        return title + core

    def roman(self, title: bool = True, female: bool | None = None) -> str:
        if female is None:
            female = self.chance(0.5)
        first = self.pick(ROM_FIRST_F if female else ROM_FIRST_M)
        last = self.pick(ROM_SUR_A) + self.pick(ROM_SUR_B) + self.pick(ROM_SUR_C)
        name = f"{first} {last}"
        if title:
            name = self.pick(["Ms. ", "Mrs. ", "Miss "] if female else ["Mr. ", "MR. "]) + name
        return name

    def foreign(self, title: bool = False) -> str:
        female = self.chance(0.5)
        first = self.fen.first_name_female() if female else self.fen.first_name_male()
        name = f"{first} {self.fen.last_name()}"
        if title:
            name = ("Ms. " if female else "Mr. ") + name
        return name

    def nick(self) -> str:
        return self.cycle("nick", NICKS)

    # -- identifiers ----------------------------------------------------------------------
    def nid(self, style: str | None = None) -> str:
        body = str(self.r.randint(1, 8)) + self.digits(11)
        d = body + pin.calc_check_digit(body)
        style = style or self.pick(["plain", "plain", "dash", "dash", "space", "thai"])
        if style == "plain":
            return d
        grouped = [d[0], d[1:5], d[5:10], d[10:12], d[12]]
        if style == "dash":
            return "-".join(grouped)
        if style == "space":
            return " ".join(grouped)
        if style == "thai":
            return thai_digits(self.pick(["-".join(grouped), d, " ".join(grouped)]))
        raise ValueError(style)

    def juristic(self, style: str | None = None) -> str:
        body = "0" + self.pick(["105", "105", "107", "115", "125", "135", "205", "505", "835"]) + self.digits(8)
        d = body + moa.calc_check_digit(body)
        style = style or self.pick(["plain", "plain", "dash"])
        if style == "dash":
            return "-".join([d[0], d[1:5], d[5:10], d[10:12], d[12]])
        return d

    def phone(self, kind: str | None = None) -> str:
        """A valid Thai (or foreign) phone number in one of many written styles."""
        kind = kind or self.pick(["mobile"] * 6 + ["bkk", "prov", "ext"])
        for _ in range(50):
            if kind == "foreign":
                cands = [f"+65 {self.r.choice('89')}{self.digits(3)} {self.digits(4)}",
                         f"+81 90-{self.digits(4)}-{self.digits(4)}",
                         f"+44 7{self.r.choice('4579')}{self.digits(2)} {self.digits(6)}",
                         f"+86 13{self.digits(1)} {self.digits(4)} {self.digits(4)}",
                         f"+61 4{self.digits(2)} {self.digits(3)} {self.digits(3)}",
                         f"+49 151 {self.digits(8)}"]
                s = self.pick(cands)
            elif kind == "mobile":
                p2 = self.pick(["6" + str(self.r.randint(1, 5)), "8" + str(self.r.randint(0, 9)),
                                "9" + str(self.r.randint(0, 9))])
                rest = self.digits(7)
                a, b, c = f"0{p2}", rest[:3], rest[3:]
                style = self.pick(["plain", "dash", "dash", "space", "dash2", "intl", "intl2", "intl3",
                                   "intl0", "thai", "dot"])
                s = {"plain": f"{a}{b}{c}", "dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}",
                     "dash2": f"0{p2[0]}-{p2[1]}{b}-{c}", "intl": f"+66 {p2} {b} {c}",
                     "intl2": f"+66-{p2}-{b}-{c}", "intl3": f"+66{p2}{b}{c}", "intl0": f"(+66) {p2}-{b}-{c}",
                     "thai": thai_digits(self.pick([f"{a}-{b}-{c}", f"{a}{b}{c}"])),
                     "dot": f"{a}.{b}.{c}"}[style]
            elif kind in ("bkk", "ext"):
                rest = self.digits(7)
                s = self.pick([f"02-{rest[:3]}-{rest[3:]}", f"0 2{rest[:3]} {rest[3:]}", f"02 {rest[:3]} {rest[3:]}",
                               f"02{rest}", f"+66 2 {rest[:3]} {rest[3:]}", f"(02) {rest[:3]}-{rest[3:]}"])
                if kind == "ext":
                    s += self.pick([f" ต่อ {self.r.randint(100, 9999)}", f" ext. {self.r.randint(10, 999)}",
                                    f" ต่อ{self.r.randint(100, 999)}"])
            elif kind == "prov":
                area = self.pick(["53", "54", "38", "33", "43", "44", "45", "74", "76", "77", "55", "42", "35"])
                rest = self.digits(6)
                s = self.pick([f"0{area}-{rest[:3]}-{rest[3:]}", f"0{area} {rest}", f"0{area}-{rest}",
                               f"+66 {area} {rest[:3]} {rest[3:]}"])
            else:
                raise ValueError(kind)
            if _check_value(PHONE, s):
                return s
        raise RuntimeError("could not draw a valid phone number")

    def email(self, hint: str | None = None) -> str:
        if hint is None:
            first = self.pick(ROM_FIRST_F + ROM_FIRST_M).lower()
            last = (self.pick(ROM_SUR_A) + self.pick(ROM_SUR_B)).lower()
            hint = self.pick([f"{first}.{last[:1]}", f"{first}_{last}", f"{first}{self.r.randint(1, 99)}",
                              f"{last}.{first}", f"{first[:3]}{last[:4]}{self.r.randint(2520, 2550)}",
                              self.fen.user_name()])
        return f"{hint}@{self.pick(EMAIL_DOMAINS)}"

    def card(self, style: str | None = None) -> str:
        brand = self.pick(["visa", "visa", "mc", "mc", "jcb", "amex", "unionpay"])
        prefix, length = {"visa": ("4" + self.digits(5), 16), "mc": ("5" + str(self.r.randint(1, 5)) + self.digits(4), 16),
                          "jcb": ("35" + str(self.r.randint(28, 89)) + self.digits(2), 16),
                          "amex": (self.pick(["34", "37"]) + self.digits(4), 15),
                          "unionpay": ("62" + self.digits(4), 16)}[brand]
        body = prefix + self.digits(length - len(prefix) - 1)
        d = body + luhn.calc_check_digit(body)
        style = style or self.pick(["space", "space", "dash", "plain"])
        groups = [d[:4], d[4:10], d[10:]] if length == 15 else [d[i:i + 4] for i in range(0, 16, 4)]
        if style == "space":
            return " ".join(groups)
        if style == "dash":
            return "-".join(groups)
        return d

    def ipv4(self, private: bool = False) -> str:
        if private:
            return self.pick([f"192.168.{self.r.randint(0, 20)}.{self.r.randint(2, 254)}",
                              f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}",
                              f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}"])
        first = self.pick([1, 27, 49, 58, 61, 101, 103, 110, 115, 118, 124, 171, 180, 182, 183, 202, 203])
        return f"{first}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ipv6(self) -> str:
        addr = ipaddress.IPv6Address(self.fen.ipv6())
        return str(addr) if self.chance(0.6) else addr.exploded

    def line_id(self, at: bool | None = None) -> str:
        base = self.pick(["mint", "ploy", "tonkla", "beer", "nan", "jay", "kwan", "pimmy", "bank", "fern",
                          "aomsin", "pop", "noon", "golf"])
        lid = self.pick([f"{base}.{self.r.choice('abcdefghkmnprst')}{self.r.choice('abcdefghkmnprst')}",
                         f"{base}_{self.r.randint(2530, 2548)}", f"{base}{self.r.randint(10, 999)}",
                         f"nong_{base}", f"{base}-{self.pick(['shop', 'bkk', 'cm', 'official'])}",
                         f"{base}{self.pick(['za', 'zaa', 'kub', 'ka'])}"])
        if at is None:
            at = self.chance(0.4)
        return "@" + lid if at else lid

    def account(self, style: str | None = None) -> str:
        style = style or self.pick(["bank10", "bank10", "bank10b", "plain10", "space10", "gsb12", "thai"])
        d = self.digits(10)
        if style == "bank10":
            return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"
        if style == "bank10b":
            return f"{d[:3]}-{d[3:9]}-{d[9]}"
        if style == "plain10":
            return d
        if style == "space10":
            return f"{d[:3]} {d[3]} {d[4:9]} {d[9]}"
        if style == "gsb12":
            return "0" + self.pick(["1", "2"]) + self.digits(10)
        if style == "thai":
            return thai_digits(f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}")
        raise ValueError(style)

    def passport(self, foreign: bool = False) -> str:
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if foreign:
            return self.pick([self.r.choice("56") + self.digits(8), "E" + self.digits(8),
                              "C" + self.r.choice(letters) + self.digits(7), "TK" + self.digits(7),
                              self.r.choice(letters) + self.digits(8)])
        return self.pick([self.r.choice("ABK") + self.r.choice(letters) + self.digits(7),
                          self.r.choice("ABK") + self.r.choice(letters) + self.digits(7),
                          self.r.choice("ABK") + self.r.choice(letters) + " " + self.digits(7),
                          self.r.choice("ABJ") + self.digits(7)])

    def student_id(self, level: str = "uni") -> str:
        if level == "school":
            return self.pick([str(self.r.randint(10000, 69999)), str(self.r.randint(1000, 9999)),
                              thai_digits(str(self.r.randint(10000, 69999)))])
        yy = str(self.r.randint(62, 68))
        return self.pick([yy + self.digits(8), yy + "1" + self.digits(7), f"B{yy}{self.digits(5)}",
                          f"{yy}0{self.digits(7)}", f"{yy}-{self.digits(6)}-{self.digits(4)}-{self.digits(1)}",
                          f"s{yy}{self.digits(6)}"])

    def hn(self) -> tuple[str, str]:
        """(cue text, number) for a hospital number; only the number is labelled."""
        yy = str(self.r.randint(58, 68))
        return self.pick([
            ("HN ", f"{yy}-{self.digits(6)}"),
            ("HN:", f"{self.digits(7)}/{yy}"),
            ("HN ", self.digits(7)),
            ("MRN: ", f"20{self.r.randint(15, 25)}-{self.digits(6)}"),
            ("H.N. ", f"{yy}-{self.digits(5)}"),
            ("HN.", f"{self.digits(2)}-{self.digits(5)}"),
            ("เลขที่ผู้ป่วย (HN) ", thai_digits(f"{self.digits(5)}/{yy}")),
            ("Hospital No. ", self.digits(8)),
            ("HN#", self.digits(9)),
        ])

    def plate(self, province: bool | None = None) -> str:
        a, b = self.r.choice(PLATE_LETTERS), self.r.choice(PLATE_LETTERS)
        num = str(self.r.randint(1, 9999))
        core = self.pick([f"{self.r.randint(1, 9)}{a}{b} {num}", f"{a}{b} {num}", f"{a}{b}-{num}",
                          f"{self.r.randint(1, 9)}{a}{b}-{num}", f"{a}{b}{num}"])
        if province is None:
            province = self.chance(0.7)
        if province:
            core += " " + self.pick(PLATE_PROVS)
        return core

    # -- addresses -------------------------------------------------------------------------
    def house(self) -> str:
        return self.pick([f"{self.r.randint(1, 999)}/{self.r.randint(1, 199)}", str(self.r.randint(1, 999)),
                          f"{self.r.randint(1, 99)}/{self.r.randint(1, 9)}"])

    def address(self, style: str | None = None) -> str:
        style = style or self.pick(["bkk_full", "bkk_short", "prov_full", "prov_abbr", "prov_nozip", "condo",
                                    "en_bkk", "en_prov", "faker", "bkk_full", "prov_abbr"])
        road_th, road_en = self.pick(ROADS)
        soi = self.r.randint(1, 120)
        if style.startswith("bkk") or style in ("condo", "en_bkk"):
            kw, kh, zc, kw_en, kh_en = self.pick(BKK)
        else:
            kw, kh, _prov, zc, kw_en, kh_en, prov_en = self.pick(PROV)
        if style == "bkk_full":
            head = self.pick([f"เลขที่ {self.house()}", self.house(), f"บ้านเลขที่ {self.house()}"])
            street = self.pick([f" ซอย{road_th} {soi}", f" ซอย{road_th} {soi} ถนน{road_th}", f" ถนน{road_th}", ""])
            city = self.pick(["กรุงเทพมหานคร", "กรุงเทพฯ", "กรุงเทพมหานคร"])
            return f"{head}{street} แขวง{kw} เขต{kh} {city} {zc}"
        if style == "bkk_short":
            return self.pick([f"{self.house()} ซ.{road_th} {soi} {kw} {kh} กทม. {zc}",
                              f"{self.house()} ถ.{road_th} แขวง{kw} เขต{kh} กทม.{zc}",
                              f"{self.house()} ซ.{road_th}{soi} แขวง{kw} เขต{kh} กรุงเทพฯ"])
        if style == "condo":
            return (f"ห้อง {self.r.randint(2, 38)}{self.r.randint(1, 30):02d} {self.pick(['ชั้น ' + str(self.r.randint(2, 30)) + ' ', ''])}"
                    f"อาคาร {self.pick('ABC')} คอนโด{self.pick(CONDOS)} ถนน{road_th} แขวง{kw} เขต{kh} กรุงเทพฯ {zc}")
        if style == "en_bkk":
            return self.pick([f"{self.house()} Soi {road_en} {soi}, {kw_en}, {kh_en}, Bangkok {zc}",
                              f"{self.house()} {road_en} Road, {kw_en} Sub-district, {kh_en} District, Bangkok {zc}",
                              f"Room {self.r.randint(201, 1899)}, {self.house()} {road_en} Rd., {kh_en}, Bangkok {zc}"])
        prov = _prov
        moo = self.r.randint(1, 14)
        if style == "prov_full":
            return self.pick([f"{self.house()} หมู่ที่ {moo} ตำบล{kw} อำเภอ{kh} จังหวัด{prov} {zc}",
                              f"บ้านเลขที่ {self.house()} หมู่ {moo} ต.{kw} อ.{kh} จ.{prov} {zc}"])
        if style == "prov_abbr":
            return self.pick([f"{self.house()} ม.{moo} ต.{kw} อ.{kh} จ.{prov} {zc}",
                              f"{self.house()} ถ.{road_th} ต.{kw} อ.{kh} จ.{prov} {zc}",
                              f"{self.house()} ม.{moo} ต.{kw} อ.{kh} {prov} {zc}"])
        if style == "prov_nozip":
            return self.pick([f"{self.house()} หมู่ {moo} ต.{kw} อ.{kh} จ.{prov}",
                              f"{self.house()} หมู่ที่ {moo} ตำบล{kw} อำเภอ{kh} จังหวัด{prov}"])
        if style == "en_prov":
            return self.pick([f"{self.house()} Moo {moo}, {kw_en}, {kh_en}, {prov_en} {zc}",
                              f"{self.house()} Moo {moo}, Tambon {kw_en}, Amphoe {kh_en}, {prov_en} {zc}"])
        if style == "faker":
            return self.fth.address().replace("\n", " ")
        raise ValueError(style)

    def hill_address(self) -> str:
        kw, kh, prov, zc, *_ = self.pick(HILL_PROV)
        village = self.pick(["บ้านห้วยน้ำริน", "บ้านดอยปุย", "บ้านแม่จันหลวง", "บ้านป่าคาสุขใจ", "บ้านผาหมี"])
        tail = self.pick([f" {zc}", ""])
        return f"{self.house()} หมู่ {self.r.randint(1, 15)} {village} ต.{kw} อ.{kh} จ.{prov}{tail}"

    # -- dates -----------------------------------------------------------------------------
    def birth_date(self, young: bool = False) -> dt.date:
        year = self.r.randint(2009, 2019) if young else self.r.randint(1952, 2004)
        return dt.date(year, self.r.randint(1, 12), self.r.randint(1, 28))

    def fmt_date(self, d: dt.date, style: str | None = None) -> str:
        style = style or self.pick(["th_full", "th_abbr", "th_abbr2", "iso", "dmy_be", "dmy_ce", "en_abbr",
                                    "en_long", "th_be_prefix", "dot_be", "dash_ce", "thai", "th_abbr"])
        be = d.year + 543
        out = {
            "th_full": f"{d.day} {MONTHS_TH[d.month - 1]} {be}",
            "th_abbr": f"{d.day} {MONTHS_TH_ABBR[d.month - 1]} {be}",
            "th_abbr2": f"{d.day} {MONTHS_TH_ABBR[d.month - 1]} {be % 100:02d}",
            "iso": d.isoformat(),
            "dmy_be": f"{d.day:02d}/{d.month:02d}/{be}",
            "dmy_ce": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "en_abbr": f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}",
            "en_abbr_dot": f"{d.day} {MONTHS_EN[d.month - 1][:3]}. {d.year}",
            "en_long": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
            "th_be_prefix": f"{d.day} {MONTHS_TH[d.month - 1]} พ.ศ. {be}",
            "dot_be": f"{d.day:02d}.{d.month:02d}.{be}",
            "dash_ce": f"{d.day:02d}-{d.month:02d}-{d.year}",
            "thai": thai_digits(f"{d.day} {MONTHS_TH_ABBR[d.month - 1]} {be}"),
        }[style]
        return out

    def dob(self, style: str | None = None, young: bool = False) -> str:
        return self.fmt_date(self.birth_date(young), style)

    def epoch_ms(self, pin_valid: bool | None = None) -> str:
        """A 13-digit epoch-millisecond timestamp (2024-2026); optionally one passing the Thai ID checksum."""
        for _ in range(200):
            v = str(self.r.randint(1_704_067_200_000, 1_798_761_600_000))
            if pin_valid is None or pin.is_valid(v) == pin_valid:
                return v
        raise RuntimeError("no epoch value")

    def money(self, lo: int = 100, hi: int = 90000) -> str:
        return f"{self.r.randint(lo, hi):,}"


# ---------------------------------------------------------------------------------------------
# Template registry
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Template:
    name: str
    domain: str
    negative: bool
    count: int
    func: Callable[[Gen], Parts]
    s26_hard_negative: str | None = None


TEMPLATES: list[Template] = []


def tpl(domain: str, count: int, negative: bool = False, hard: str | None = None):
    """Register a template; ``hard`` names the s.26 category a general (negative) text is about."""
    def deco(func: Callable[[Gen], Parts]) -> Callable[[Gen], Parts]:
        TEMPLATES.append(Template(func.__name__, domain, negative, count, func, hard))
        return func
    return deco


# =============================================================================================
# Positive templates
# =============================================================================================

# ---- bank -----------------------------------------------------------------------------------

@tpl("bank", 5)
def bank_kyc_id_ocr(g: Gen) -> Parts:
    female = g.chance(0.5)
    d = g.birth_date()
    religion = L("ศาสนา ⟦r⟧\n", r=(REL, g.pick(REL_VALUES))) if g.chance(0.6) else ""
    return L(
        "ช่วยแปลงผล OCR บัตรประชาชนด้านล่างเป็น JSON (id, name_th, name_en, dob, address) เพื่อกรอกระบบ eKYC\n\n"
        "บัตรประจําตัวประชาชน   Thai National ID Card\n"
        "เลขประจําตัวประชาชน  ⟦nid⟧\nIdentification Number\n"
        "ชื่อตัวและชื่อสกุล  ⟦name⟧\nName  ⟦en⟧\n"
        "เกิดวันที่ ⟦d1⟧\nDate of Birth ⟦d2⟧\n⟦rel⟧"
        "ที่อยู่ ⟦addr⟧\n"
        "⟦issue⟧\nวันออกบัตร   Date of Issue\n",
        nid=(NID, g.nid(g.pick(["space", "space", "plain"]))),
        name=(PER, g.person("civil", female)), en=(PER, g.roman(True, female)),
        d1=(DOB, g.fmt_date(d, "th_abbr")), d2=(DOB, g.fmt_date(d, g.pick(["en_abbr_dot", "en_abbr"]))),
        rel=religion,
        addr=(ADDR, g.address(g.pick(["prov_full", "prov_abbr", "bkk_full", "bkk_short"]))),
        issue=f"{g.r.randint(1, 28)} {g.pick(MONTHS_TH_ABBR)} 256{g.r.randint(3, 8)}")


@tpl("bank", 5)
def bank_dispute_line_chat(g: Gen) -> Parts:
    bank = g.pick(BANKS)
    return L(
        "แชทลูกค้าจาก LINE OA ธนาคาร ช่วยสรุปเป็นเคส dispute ภาษาอังกฤษไม่เกิน 3 บรรทัด\n"
        "[09:41] ลูกค้า: สวัสดีค่ะ เมื่อวานโอนเงินผิดบัญชีค่ะ ⟦amt⟧ บาท\n"
        "[09:42] Admin_{code}: รบกวนแจ้งชื่อ-นามสกุล เบอร์โทรที่ผูกบัญชี และเลขบัญชีต้นทางครับ\n"
        "[09:44] ลูกค้า: ⟦name⟧ ค่ะ เบอร์⟦phone⟧\n"
        "[09:44] ลูกค้า: บัญชีต้นทาง ⟦bank⟧ ⟦acct⟧\n"
        "[09:45] ลูกค้า: ปลายทางที่โอนผิดคือ⟦acct2⟧ ชื่อบัญชีขึ้นว่า ⟦name2⟧\n"
        "[09:47] Admin_{code}: รับเรื่องแล้วครับ เลขที่อ้างอิง DSP-{ref} จะติดต่อกลับภายใน 7 วันทำการ".replace(
            "{code}", g.pick(BANK_CODES)).replace("{ref}", g.digits(8)),
        amt=g.money(500, 60000), name=(PER, g.person("civil", True)), phone=(PHONE, g.phone("mobile")),
        bank=bank, acct=(ACCT, g.account()), acct2=(ACCT, g.account()), name2=(PER, g.person("civil")))


@tpl("bank", 4)
def bank_loan_email(g: Gen) -> Parts:
    female = g.chance(0.5)
    en = g.roman(False, female)
    first, last = en.split(" ")
    return L(
        "ช่วยร่างอีเมลตอบกลับ ขอ statement ย้อนหลัง 6 เดือนและหนังสือรับรองเงินเดือนเพิ่ม:\n\n"
        "From: \"⟦en⟧\" <⟦email⟧>\nTo: loan.desk@krungsiam-demo.co.th\n"
        "Subject: สมัครสินเชื่อบ้าน - ส่งเอกสารเพิ่มเติม\nDate: Mon, 18 Nov 2024 08:12:44 +0700\n\n"
        "เรียนเจ้าหน้าที่สินเชื่อ\n{me}⟦name⟧ เลขบัตรประชาชน⟦nid⟧ ทำงานที่⟦company⟧ "
        "(ทะเบียนนิติบุคคลเลขที่ ⟦jur⟧) รายได้ต่อเดือน {inc} บาท\n"
        "ที่อยู่ปัจจุบัน ⟦addr⟧\nสะดวกให้ติดต่อกลับที่ ⟦phone⟧ ช่วงเย็นครับ/ค่ะ\n".replace(
            "{me}", "ดิฉัน" if female else "ผม").replace("{inc}", g.money(25000, 150000)),
        en=(PER, en), email=(EMAIL, g.email(f"{first.lower()}.{last[:2].lower()}")),
        name=(PER, g.person("civil", female)), nid=(NID, g.nid()), company=g.pick(COMPANIES),
        jur=(JUR, g.juristic()), addr=(ADDR, g.address()), phone=(PHONE, g.phone()))


@tpl("bank", 5)
def bank_card_fraud_tool(g: Gen) -> Parts:
    return L(
        '{"tool_call": {"name": "flag_suspicious_txn", "arguments": {"card_number": "⟦card⟧", '
        '"cardholder": "⟦en⟧", "client_ip": "⟦ip⟧", "txn_ts_ms": ⟦ts⟧, "amount_thb": ⟦amt⟧.00, '
        '"merchant": "⟦merchant⟧", "mobile": "⟦phone⟧"}}}\n'
        "ช่วยอธิบายให้ลูกค้าฟังเป็นภาษาไทยสุภาพๆ ว่าทำไมธุรกรรมนี้ถูกระงับชั่วคราว",
        card=(CARD, g.card()), en=(PER, g.pick([g.roman(False), g.roman(False).upper()])),
        ip=(IP, g.ipv4() if g.chance(0.8) else g.ipv6()), ts=g.epoch_ms(), amt=str(g.r.randint(900, 99000)),
        merchant=g.pick(["ONLINE*GAMESHOP SG", "AMZN Mktp US", "APPLE.COM/BILL", "SHOPEE*TH", "GRAB*RIDE"]),
        phone=(PHONE, g.phone("mobile")))


@tpl("bank", 4)
def bank_collection_transcript(g: Gen) -> Parts:
    return L(
        "ถอดเสียงสายโทรติดตามหนี้ (ASR อัตโนมัติ อาจมีคำผิด) ช่วยสรุปประเด็นและเสนอแผนผ่อนชำระ\n"
        "เจ้าหน้าที่: สวัสดีครับ ขอเรียนสาย ⟦name⟧ ครับ\nลูกค้า: ค่ะ พูดอยู่ค่ะ\n"
        "เจ้าหน้าที่: ติดต่อเรื่องยอดค้างบัตรเครดิต {amt} บาทครับ\n"
        "ลูกค้า: ช่วงนี้ไม่มีเงินจริงๆ ค่ะ ดิฉันป่วยเป็น⟦dx⟧ ต้องเข้าโรงพยาบาลบ่อย ทำงานไม่ได้มาสามเดือนแล้ว\n"
        "เจ้าหน้าที่: เข้าใจครับ ถ้าปรับโครงสร้างหนี้ จะตัดบัญชีออมทรัพย์เลขที่ ⟦acct⟧ ทุกวันที่ 25 ได้ไหมครับ\n"
        "ลูกค้า: ได้ค่ะ ถ้าไม่สะดวกคุยให้โทรเบอร์ลูกสาว ⟦phone⟧ นะคะ".replace("{amt}", g.money(5000, 200000)),
        name=(PER, g.person("civil", True)), dx=(HEALTH, g.s26(HEALTH)), acct=(ACCT, g.account()),
        phone=(PHONE, g.phone("mobile")))


@tpl("bank", 4)
def bank_aml_screening(g: Gen) -> Parts:
    en = g.chance(0.5)
    crime = (CRIME, g.s26(CRIME, en=True)) if en else (CRIME, g.s26(CRIME))
    return L(
        "AML/KYC screening note — please summarise the risk in Thai for the branch manager.\n"
        "Customer: ⟦en⟧ (Thai name: ⟦th⟧)\nDOB: ⟦dob⟧ | Passport No.: ⟦pp⟧ | Nationality: Thai\n"
        "Authorised director of ⟦company⟧, company reg. no. ⟦jur⟧\n"
        "Adverse media hit: customer was ⟦crime⟧ (court database, case ref อ.{ref}/256{y}).\nPEP: No. "
        "Expected monthly turnover: THB {amt}".replace("{ref}", str(g.r.randint(100, 9999))).replace(
            "{y}", str(g.r.randint(0, 7))).replace("{amt}", g.money(200000, 9000000)),
        en=(PER, g.roman(True)), th=(PER, g.person("none")), dob=(DOB, g.dob(g.pick(["iso", "en_abbr", "dmy_ce"]))),
        pp=(PASS, g.passport()), company=g.pick(COMPANIES), jur=(JUR, g.juristic()), crime=crime)


@tpl("bank", 4)
def bank_promptpay_refund(g: Gen) -> Parts:
    if g.chance(0.5):
        kind, val = "เลขบัตรประชาชน", (NID, g.nid())
    else:
        kind, val = "เบอร์มือถือ", (PHONE, g.phone("mobile"))
    return L(
        "ช่วยเขียน SMS แจ้งลูกค้า (ไม่เกิน 160 ตัวอักษร) ว่าเงินคืนจะโอนเข้าพร้อมเพย์ที่ผูกกับ{kind} ⟦val⟧ "
        "ของ⟦name⟧ ภายใน 3 วันทำการ ยอดคืน {amt}.00 บาท (ref RF{ref})".replace("{kind}", kind).replace(
            "{amt}", g.money(100, 30000)).replace("{ref}", g.digits(10)),
        val=val, name=(PER, g.person("civil")))


# ---- hospital -------------------------------------------------------------------------------

@tpl("hospital", 6)
def hosp_discharge_summary(g: Gen) -> Parts:
    cue, hn = g.hn()
    female = g.chance(0.5)
    allergy: Part | Parts = g.pick(["NKDA", (HEALTH, "แพ้ยาเพนิซิลลิน"), (HEALTH, "แพ้ยากลุ่มซัลฟา"),
                                    (HEALTH, "allergic to aspirin")])
    return L(
        "Summarise this discharge summary for the patient in simple Thai (ภาษาง่ายๆ ไม่ใช้ศัพท์แพทย์):\n\n"
        "DISCHARGE SUMMARY — ⟦hosp⟧\nPatient: ⟦name⟧   ⟦cue⟧⟦hn⟧   Sex: ⟦sex⟧   DOB: ⟦dob⟧\n"
        "Admit: 12/11/2567  D/C: 18/11/2567\nPrincipal Dx: ⟦dx1⟧\nComorbidity: ⟦dx2⟧\n"
        "Drug allergy: ⟦allergy⟧\nAttending: ⟦doc⟧\n"
        "F/U: OPD อายุรกรรม 2 สัปดาห์ ; ญาติ (บุตร) โทร ⟦phone⟧",
        hosp=g.pick(HOSPITALS), name=(PER, g.person("civil", female)), cue=cue, hn=(MRN, hn),
        sex="F" if female else "M", dob=(DOB, g.dob()), dx1=(HEALTH, g.s26(HEALTH, en=g.chance(0.5))),
        dx2=(HEALTH, g.s26(HEALTH)), allergy=allergy, doc=(PER, g.person("doc")), phone=(PHONE, g.phone()))


@tpl("hospital", 4)
def hosp_referral_letter(g: Gen) -> Parts:
    cue, hn = g.hn()
    return L(
        "ใบส่งตัวผู้ป่วย (Refer) จาก รพ.สต.บ้านหนองแวง ถึง ⟦hosp⟧\n"
        "ชื่อผู้ป่วย ⟦name⟧  อายุ ⟦age⟧ ปี  ⟦cue⟧⟦hn⟧\nที่อยู่ ⟦addr⟧\n"
        "อาการสำคัญ: แผลที่เท้าขวาไม่หาย 3 สัปดาห์ มีไข้ต่ำๆ\n"
        "ประวัติ: เป็น⟦dx⟧มา 10 ปี ผู้ป่วย⟦dis⟧ ช่วยเหลือตัวเองได้บางส่วน\n"
        "ผู้ดูแล: ⟦cg⟧ (ภรรยา/สามี) โทร. ⟦phone⟧\n\nช่วยเรียบเรียงใบส่งตัวนี้ให้เป็นทางการและครบถ้วน",
        hosp=g.pick(HOSPITALS), name=(PER, g.person("civil")), age=str(g.r.randint(45, 88)), cue=cue, hn=(MRN, hn),
        addr=(ADDR, g.address(g.pick(["prov_full", "prov_abbr", "prov_nozip", "faker"]))),
        dx=(HEALTH, g.s26(HEALTH)), dis=g.s26p(DIS), cg=(PER, g.person("civil")), phone=(PHONE, g.phone()))


@tpl("hospital", 4)
def hosp_genetic_report(g: Gen) -> Parts:
    cue, mrn = g.hn()
    en = g.chance(0.5)
    result: Parts = [(GEN, g.s26(GEN, en=True))] if en else L("ผู้ป่วย⟦x⟧", x=g.s26p(GEN))
    return L(
        "Molecular Genetics Laboratory — ⟦hosp⟧\n⟦cue⟧⟦mrn⟧ | Name: ⟦name⟧ | DOB ⟦dob⟧\n"
        "Indication: ⟦hx⟧, family history positive\nResult: ⟦res⟧\n"
        "Requesting physician: ⟦doc⟧\n\n"
        "ช่วยอธิบายผลนี้ให้คนไข้เข้าใจง่ายๆ และร่างจดหมายแนะนำให้ญาติสายตรงมาตรวจคัดกรอง",
        hosp=g.pick(HOSPITALS), cue=cue, mrn=(MRN, mrn), name=(PER, g.pick([g.person("civil", True), g.roman(True, True)])),
        dob=(DOB, g.dob(g.pick(["iso", "dmy_ce", "en_abbr", "dmy_be"]))),
        hx=(HEALTH, g.pick(["breast cancer", "มะเร็งรังไข่", "มะเร็งเต้านมระยะที่ 1", "ovarian cancer",
                            "ภาวะโลหิตจาง"])),
        res=result, doc=(PER, g.person("doc")))


@tpl("hospital", 4)
def hosp_psych_consult(g: Gen) -> Parts:
    cue, hn = g.hn()
    return L(
        "ช่วยร่าง progress note ภาษาอังกฤษแบบ SOAP จากบันทึกนี้\n"
        "ผู้ป่วย: ⟦name⟧ ⟦cue⟧⟦hn⟧ อายุ 24 ปี นักศึกษา\n"
        "S: นอนไม่หลับ 3 เดือน เบื่ออาหาร มีความคิดทำร้ายตัวเอง ผู้ป่วยเล่าว่าตน⟦sex⟧ "
        "และกลัวครอบครัวรู้ เพราะที่บ้านนับถือ⟦rel⟧เคร่งครัด\n"
        "O: affect depressed, no psychotic features\nA: ⟦dx⟧\nP: sertraline 50 mg OD, นัด 2 สัปดาห์ "
        "ติดต่อผู้ป่วยทาง LINE ⟦line⟧",
        name=(PER, g.person("civil")), cue=cue, hn=(MRN, hn), sex=g.s26p(SEX), rel=(REL, g.s26(REL)),
        dx=(HEALTH, g.pick(["major depressive disorder", "โรคซึมเศร้า", "adjustment disorder with depressed mood",
                            "โรควิตกกังวลทั่วไป"])),
        line=(LINE, g.line_id()))


@tpl("hospital", 4)
def hosp_appointment_csv(g: Gen) -> Parts:
    rows: Parts = []
    for _ in range(g.r.randint(3, 4)):
        _cue, hn = g.hn()
        rows += L("⟦hn⟧,⟦name⟧,⟦phone⟧,⟦dx⟧,2024-12-0{d} 09:30\n".replace("{d}", str(g.r.randint(1, 9))),
                  hn=(MRN, hn), name=(PER, g.person("none")), phone=(PHONE, g.phone("mobile")),
                  dx=(HEALTH, g.s26(HEALTH)))
    return L("เขียน SMS เตือนนัดรายคนจาก CSV นี้ (ห้ามใส่ชื่อโรคใน SMS)\nhn,name,mobile,dx,appt\n⟦rows⟧", rows=rows)


@tpl("hospital", 4)
def hosp_vct_counsel(g: Gen) -> Parts:
    nick = g.nick()
    return L(
        "บันทึกการให้คำปรึกษาก่อน-หลังตรวจเลือด (VCT) ช่วยสรุปเป็น checklist สำหรับนัดครั้งถัดไป\n"
        "ผู้รับบริการ: คุณ⟦nick⟧ อายุ 27 ปี เบอร์ติดต่อ ⟦phone⟧\n"
        "ประวัติเสี่ยง: ⟦sex⟧ ในช่วง 6 เดือนที่ผ่านมา\n"
        "ผลตรวจ: anti-HIV reactive → ผู้รับบริการ⟦hiv⟧ แนะนำเริ่มยาต้านไวรัสภายใน 7 วัน\n"
        "ขอให้ติดต่อผ่านเบอร์นี้เท่านั้น ไม่ต้องการให้ครอบครัวทราบ",
        nick=(PER, nick), phone=(PHONE, g.phone("mobile")),
        sex=(SEX, g.pick(["มีเพศสัมพันธ์กับผู้ชายด้วยกันโดยไม่ป้องกัน", "มีคู่นอนหลายคน", "มีเพศสัมพันธ์โดยไม่ใช้ถุงยางอนามัย",
                          "ขายบริการทางเพศ", "MSM, condomless sex"])),
        hiv=(HEALTH, g.pick(["ติดเชื้อ HIV", "ติดเชื้อเอชไอวี", "HIV positive"])))


@tpl("hospital", 4)
def hosp_nurse_line_handover(g: Gen) -> Parts:
    n1, n2 = g.person("none", True), g.person("none", True)
    c1, h1 = g.hn()
    return L(
        "สรุป handover เวรดึกจากแชทกลุ่ม LINE ward อายุรกรรมหญิง ให้เป็นตาราง bed | ปัญหา | สิ่งที่ต้องทำ\n"
        "[23:05] ⟦n1⟧: เตียง 7 ⟦p1⟧ ⟦c1⟧⟦h1⟧ ⟦dx1⟧ น้ำตาล 320 ให้ insulin ตาม scale แล้วค่ะ\n"
        "[23:07] ⟦n2⟧: รับทราบค่ะ เตียง 12 ⟦p2⟧ ⟦dx2⟧ เหนื่อยมากขึ้น on O2 canula 3 LPM\n"
        "[23:15] ⟦n1⟧: เตียง 12 ญาติขอให้โทรแจ้งที่ ⟦phone⟧ ถ้าอาการเปลี่ยน\n"
        "[23:16] ⟦n2⟧: 👍",
        n1=(PER, n1), n2=(PER, n2), p1=(PER, g.person("civil", True)), c1=c1, h1=(MRN, h1),
        dx1=(HEALTH, g.pick(["DM type 2", "โรคเบาหวาน", "เบาหวาน uncontrolled"])),
        p2=g.pick([(PER, g.person("civil", True)), ["ป้า", (PER, g.th_first(True))]]),
        dx2=(HEALTH, g.pick(["ภาวะหัวใจล้มเหลว", "CHF", "ปอดอักเสบ", "COPD exacerbation"])), phone=(PHONE, g.phone()))


# ---- insurance ------------------------------------------------------------------------------

@tpl("insurance", 5)
def ins_health_claim_form(g: Gen) -> Parts:
    cue, hn = g.hn()
    return L(
        "ตรวจแบบฟอร์มเคลมนี้ว่ากรอกครบไหม ขาดเอกสารอะไร แล้วตอบเป็น bullet\n"
        "=== แบบฟอร์มเรียกร้องค่าสินไหมทดแทน (ผู้ป่วยใน) ===\n"
        "เลขที่กรมธรรม์: PA-{pol}\nชื่อผู้เอาประกัน: ⟦name⟧\nเลขประจำตัวประชาชน: ⟦nid⟧\n"
        "วันเกิด: ⟦dob⟧\nโรงพยาบาล: ⟦hosp⟧ ⟦cue⟧⟦hn⟧\nการวินิจฉัย: ⟦dx⟧\n"
        "ค่ารักษา: {amt} บาท\nโอนเงินเข้าบัญชี: ⟦bank⟧ เลขที่ ⟦acct⟧ ชื่อบัญชี ⟦name2⟧\n"
        "โทรศัพท์: ⟦phone⟧  อีเมล: ⟦email⟧".replace("{pol}", g.digits(9)).replace("{amt}", g.money(8000, 450000)),
        name=(PER, g.person("civil")), nid=(NID, g.nid()), dob=(DOB, g.dob()), hosp=g.pick(HOSPITALS), cue=cue,
        hn=(MRN, hn), dx=(HEALTH, g.s26(HEALTH, en=g.chance(0.3))), bank=g.pick(BANKS), acct=(ACCT, g.account()),
        name2=(PER, g.person("civil")), phone=(PHONE, g.phone()), email=(EMAIL, g.email()))


@tpl("insurance", 4)
def ins_underwriting_email(g: Gen) -> Parts:
    en = g.roman(False)
    return L(
        "Please draft a reply asking for the latest lab results before we can underwrite.\n\n"
        "From: underwriting@krungsiam-ins.co.th\nTo: \"⟦en⟧\" <⟦email⟧>\nSubject: ใบคำขอประกันชีวิต #UW-{no}\n\n"
        "ผู้ขอเอาประกันแถลงว่ามีประวัติ⟦dx⟧ ควบคุมด้วยยา และ⟦gen⟧ (ผลตรวจปี 2565) "
        "วันเกิด ⟦dob⟧ เบอร์ติดต่อ ⟦phone⟧ ทุนประกันที่ขอ {amt} บาท".replace("{no}", g.digits(6)).replace(
            "{amt}", g.money(500000, 5000000)),
        en=(PER, en), email=(EMAIL, g.email()), dx=(HEALTH, g.s26(HEALTH)), gen=g.s26p(GEN),
        dob=(DOB, g.dob()), phone=(PHONE, g.phone()))


@tpl("insurance", 4)
def ins_motor_claim(g: Gen) -> Parts:
    return L(
        "ช่วยเขียนรายงานอุบัติเหตุสำหรับฝ่ายสินไหมรถยนต์จากข้อความเซอร์เวย์นี้\n"
        "เซอร์เวย์แจ้ง: รถประกัน ทะเบียน ⟦p1⟧ ผู้ขับ ⟦d1⟧ โทร ⟦ph1⟧ ถูกรถกระบะ ทะเบียน ⟦p2⟧ "
        "ชนท้ายบนถนนพระราม 2 ขาออก กม.{km} เวลา 18:40 น. คู่กรณีคือ ⟦d2⟧ ยอมรับผิด "
        "ผู้ขับรถประกันได้รับบาดเจ็บ ⟦inj⟧ ส่งตัวไป ⟦hosp⟧".replace("{km}", str(g.r.randint(10, 80))),
        p1=(PLATE, g.plate()), d1=(PER, g.person("civil")), ph1=(PHONE, g.phone("mobile")),
        p2=(PLATE, g.plate()), d2=(PER, g.person("civil")),
        inj=(HEALTH, g.pick(["กระดูกไหปลาร้าหัก", "ข้อมือขวาหัก", "ศีรษะกระแทกมีเลือดออกในสมองเล็กน้อย",
                             "กระดูกซี่โครงหัก 2 ซี่"])), hosp=g.pick(HOSPITALS))


@tpl("insurance", 4)
def ins_beneficiary_yaml(g: Gen) -> Parts:
    return L(
        "Convert this YAML to a Thai-language policy schedule table:\n```yaml\npolicy_no: WL-{no}\n"
        "insured:\n  name: \"⟦ins⟧\"\n  national_id: \"⟦nid⟧\"\n  dob: ⟦dob⟧\n  address: \"⟦addr⟧\"\n"
        "beneficiaries:\n  - name: \"⟦b1⟧\"\n    relation: บุตร\n    share: 60\n"
        "  - name: \"⟦b2⟧\"\n    relation: คู่สมรส\n    share: 40\n    mobile: \"⟦phone⟧\"\nsum_assured: 1500000\n```".replace(
            "{no}", g.digits(8)),
        ins=(PER, g.person("civil")), nid=(NID, g.nid(g.pick(["plain", "dash"]))), dob=(DOB, g.dob("iso")),
        addr=(ADDR, g.address()), b1=(PER, g.person("kid")), b2=(PER, g.person("civil")), phone=(PHONE, g.phone()))


@tpl("insurance", 3)
def ins_genetic_wellness(g: Gen) -> Parts:
    return L(
        "โปรแกรม wellness ของบริษัทส่งผลตรวจมาให้ฝ่ายบุคคล ช่วยเขียนอีเมลแจ้งพนักงานรายนี้อย่างระมัดระวัง\n"
        "พนักงาน: ⟦name⟧ (EMP-{emp}) อีเมล ⟦email⟧\n"
        "ผลตรวจ DNA wellness panel: ⟦gen⟧; ความเสี่ยงโรคหัวใจสูงกว่าค่าเฉลี่ย\n"
        "หมายเหตุ: ผลตรวจนี้ประกันกลุ่มขอไปพิจารณาเบี้ยด้วย".replace("{emp}", g.digits(5)),
        name=(PER, g.person("civil")), email=(EMAIL, g.email()),
        gen=(GEN, g.pick(["ยีน APOE4 หนึ่งชุด", "พาหะธาลัสซีเมียชนิดอีเบต้า", "ยีน LDLR กลายพันธุ์",
                          "BRCA2 pathogenic variant", "MTHFR C677T แบบ homozygous"])))


# ---- telco ----------------------------------------------------------------------------------

@tpl("telco", 4)
def telco_sim_registration(g: Gen) -> Parts:
    foreign = g.chance(0.5)
    if foreign:
        who = L("ลูกค้าต่างชาติ ⟦n⟧ Passport ⟦pp⟧", n=(PER, g.foreign(True)), pp=(PASS, g.passport(True)))
    else:
        who = L("ลูกค้า ⟦n⟧ บัตรประชาชน ⟦nid⟧", n=(PER, g.person("civil")), nid=(NID, g.nid()))
    return L(
        "log จากแอปลงทะเบียนซิมที่ตู้สาขา อธิบายหน่อยว่า error นี้เกิดจากอะไร\n"
        "2024-11-21T14:02:11+07:00 INFO register_sim shop=TRUE-CW-{shop} ⟦who⟧ msisdn=⟦msisdn⟧\n"
        "2024-11-21T14:02:13+07:00 INFO kyc capture: เก็บ⟦bio1⟧ และ⟦bio2⟧ของลูกค้า\n"
        "2024-11-21T14:02:19+07:00 ERROR dopa_verify timeout after 5000ms (retry 3/3)".replace(
            "{shop}", g.digits(3)),
        who=who, msisdn=(PHONE, g.phone("mobile")), bio1=(BIO, "ภาพใบหน้า"),
        bio2=(BIO, g.pick(["ลายนิ้วมือ", "ลายนิ้วมือสองนิ้ว", "ภาพสแกนม่านตา"])))


@tpl("telco", 4)
def telco_complaint_chat(g: Gen) -> Parts:
    cust = g.roman(False)
    return L(
        "Chat export (Messenger) — ช่วยสรุปปัญหาและสร้าง ticket ให้ทีมช่าง\n"
        "2024-11-20 19:02 ⟦c⟧: เน็ตบ้านหลุดทุกคืนเลยครับ 3 วันแล้ว\n"
        "2024-11-20 19:03 Fiber Support: รบกวนขอเบอร์ที่ลงทะเบียนและที่อยู่ติดตั้งค่ะ\n"
        "2024-11-20 19:05 ⟦c⟧: ⟦phone⟧ ครับ ติดตั้งที่ ⟦addr⟧\n"
        "2024-11-20 19:06 ⟦c⟧: router ขึ้น WAN IP ⟦ip⟧ แต่ ping gateway ไม่ได้\n"
        "2024-11-20 19:09 Fiber Support: ขอบคุณค่ะ นัดช่างเข้าวันพรุ่งนี้ 10:00-12:00 นะคะ",
        c=(PER, cust), phone=(PHONE, g.phone()), addr=(ADDR, g.address()), ip=(IP, g.ipv4()))


@tpl("telco", 3)
def telco_cdr_log(g: Gen) -> Parts:
    lines: Parts = []
    for _ in range(3):
        mobile = g.phone("mobile")
        digits = re.sub(r"\D", "", mobile.translate(_FROM_THAI))
        msisdn = "66" + digits[1:] if digits.startswith("0") else digits
        lines += L("{ts} sess=⟦s⟧ msisdn=⟦m⟧ imei=35{imei} apn=internet ue_ip=⟦ip⟧ bytes_dl={b}\n".replace(
            "{ts}", g.epoch_ms()).replace("{imei}", g.digits(13)).replace("{b}", str(g.r.randint(10**5, 10**9))),
            s=g.digits(10), m=(PHONE, msisdn), ip=(IP, g.ipv4(private=True) if g.chance(0.5) else g.ipv6()))
    return L("อ่าน log ด้านล่างแล้วบอกว่า session ไหนใช้ data ผิดปกติ\n```\n⟦l⟧```", l=lines)


@tpl("telco", 3)
def telco_port_request(g: Gen) -> Parts:
    return L(
        "Translate to English for the porting vendor:\n"
        "คำขอโอนย้ายเครือข่ายคงเดิมเบอร์ (MNP) ผู้ขอ ⟦name⟧ เลขบัตร ⟦nid⟧ "
        "หมายเลขที่ขอย้าย ⟦phone⟧ ติดต่อกลับทางอีเมล ⟦email⟧ หรือเบอร์สำรอง ⟦phone2⟧ "
        "รหัสอ้างอิงคำขอ MNP{ref}".replace("{ref}", g.digits(12)),
        name=(PER, g.person("civil")), nid=(NID, g.nid()), phone=(PHONE, g.phone("mobile")),
        email=(EMAIL, g.email()), phone2=(PHONE, g.phone()))


# ---- e-commerce -----------------------------------------------------------------------------

@tpl("ecommerce", 5)
def ecom_order_json(g: Gen) -> Parts:
    return L(
        "จาก order JSON นี้ ช่วยเขียนข้อความแจ้งลูกค้าว่าสินค้าจะจัดส่งล่าช้า 2 วัน\n"
        '{"order_id": "SO{oid}", "created_at": "2024-11-19T21:14:05+07:00", "items": [{"sku": "TSH-{sku}-BLK-L", '
        '"qty": 2, "price": 390.0}], "shipping": {"name": "⟦name⟧", "phone": "⟦phone⟧", '
        '"address": "⟦addr⟧"}, "payment": {"method": "COD", "total": 855.0}, "tracking": "TH{trk}"}'.replace(
            "{oid}", g.digits(12)).replace("{sku}", g.digits(4)).replace("{trk}", g.digits(12)),
        name=(PER, g.person(g.pick(["civil", "none"]))), phone=(PHONE, g.phone("mobile")), addr=(ADDR, g.address()))


@tpl("ecommerce", 3)
def ecom_review_reply(g: Gen) -> Parts:
    return L(
        "ช่วยร่างคำตอบรีวิว 1 ดาวนี้แบบสุภาพ เสนอเปลี่ยนสินค้า\n"
        "รีวิวจาก ⟦name⟧ (คำสั่งซื้อ #{oid}): \"สั่งน้ำตาลหญ้าหวานมาเพราะเป็น⟦dx⟧ "
        "แต่ของที่ได้หมดอายุแล้ว!! ติดต่อกลับทางไลน์ ⟦line⟧ ด่วน\"".replace("{oid}", g.digits(10)),
        name=(PER, g.pick([g.person("none"), g.roman(False)])),
        dx=(HEALTH, g.pick(["เบาหวาน", "โรคเบาหวาน", "โรคไต", "โรคเบาหวานชนิดที่ 2"])), line=(LINE, g.line_id()))


@tpl("ecommerce", 4)
def ecom_refund_email(g: Gen) -> Parts:
    name = g.person("civil")
    if g.chance(0.5):
        pay = L("ตัดบัตรเครดิต ⟦c⟧ ซ้ำ 2 ครั้ง", c=(CARD, g.card()))
    else:
        pay = L("โอนเข้าบัญชีร้านซ้ำ กรุณาคืนเงินเข้าบัญชี⟦b⟧ ⟦a⟧", b=g.pick(BANKS), a=(ACCT, g.account()))
    return L(
        "From: ⟦email⟧\nSubject: ขอคืนเงิน order #{oid}\n\nสวัสดีค่ะ ⟦name⟧ นะคะ สั่งหม้อทอดไร้น้ำมัน "
        "แล้วระบบ⟦pay⟧ ยอด {amt} บาท รบกวนตรวจสอบด้วยค่ะ\n\n---\nช่วยสรุปอีเมลนี้และร่างคำตอบจากทีม CS".replace(
            "{oid}", g.digits(9)).replace("{amt}", g.money(990, 8990)),
        email=(EMAIL, g.email()), name=(PER, name), pay=pay)


@tpl("ecommerce", 4)
def ecom_customer_csv(g: Gen) -> Parts:
    rows: Parts = []
    for _ in range(g.r.randint(3, 5)):
        rows += L("{cid},⟦n⟧,⟦e⟧,⟦p⟧,{prov},{spend}\n".replace("{cid}", "C" + g.digits(6)).replace(
            "{prov}", g.pick(PROV)[2]).replace("{spend}", str(g.r.randint(100, 90000))),
            n=(PER, g.person("none")), e=(EMAIL, g.email()), p=(PHONE, g.phone("mobile")))
    return L("แบ่งกลุ่มลูกค้าจาก CSV นี้เป็น VIP/ปกติ/เสี่ยงหาย แล้วแนะนำแคมเปญ\n"
             "customer_id,name,email,mobile,province,total_spend\n⟦rows⟧", rows=rows)


@tpl("ecommerce", 4)
def ecom_shop_chat_glued(g: Gen) -> Parts:
    return L(
        "ลูกค้าทักมาในเพจแบบนี้ ช่วยแยกชื่อ เบอร์ ที่อยู่ ออกมาเป็นฟิลด์ให้หน่อย\n"
        "\"สั่งเซรั่ม 2 ขวดค่ะ ส่งชื่อ⟦name⟧ เบอร์⟦phone⟧ ที่อยู่⟦addr⟧ โอนแล้วนะคะ "
        "ไลน์ไอดี⟦line⟧\"",
        name=(PER, g.person("civil", True)), phone=(PHONE, g.phone("mobile")), addr=(ADDR, g.address()),
        line=(LINE, g.line_id()))


# ---- logistics ------------------------------------------------------------------------------

@tpl("logistics", 4)
def logi_failed_delivery(g: Gen) -> Parts:
    return L(
        "ไรเดอร์บันทึกไว้แบบนี้ ช่วยเขียนข้อความแจ้งผู้รับให้นัดส่งใหม่\n"
        "Tracking: KEX{trk} | ผู้รับ: ⟦name⟧ | โทร: ⟦phone⟧\nที่อยู่: ⟦addr⟧\n"
        "สถานะ: ส่งไม่สำเร็จ - โทรไม่รับ 3 ครั้ง, รปภ.ไม่ให้ขึ้นตึก (14:22)".replace("{trk}", g.digits(11)),
        name=(PER, g.person(g.pick(["civil", "none"]))), phone=(PHONE, g.phone()),
        addr=(ADDR, g.address(g.pick(["condo", "bkk_full", "bkk_short", "en_bkk"]))))


@tpl("logistics", 4)
def logi_driver_vetting(g: Gen) -> Parts:
    return L(
        "ผลตรวจประวัติผู้สมัครพนักงานขับรถขนส่ง — ช่วยเขียนความเห็นว่าควรรับหรือไม่ พร้อมเหตุผลตามกฎหมายแรงงาน\n"
        "ชื่อ: ⟦name⟧\nเลขบัตร: ⟦nid⟧\nรถที่จะใช้: ⟦plate⟧\nเบอร์โทร: ⟦phone⟧\n"
        "ผลตรวจประวัติจากสำนักงานตำรวจ: ผู้สมัคร⟦crime⟧",
        name=(PER, g.person("civil", False)), nid=(NID, g.nid()), plate=(PLATE, g.plate(True)),
        phone=(PHONE, g.phone("mobile")), crime=g.s26p(CRIME))


@tpl("logistics", 4)
def logi_waybill_ocr(g: Gen) -> Parts:
    return L(
        "OCR ใบปะหน้าพัสดุ (ตัวอักษรเพี้ยนบ้าง) ช่วยจัดรูปแบบเป็น JSON sender/receiver\n"
        "ผู้ส่ง  FROM :  ⟦s⟧   โทร ⟦sp⟧\n⟦sa⟧\n"
        "ผู้รับ  TO :  ⟦r⟧   Tel. ⟦rp⟧\n⟦ra⟧\n"
        "COD  ฿ {cod}   น้ำหนัก {w} kg   FLASH  TH{trk}".replace("{cod}", g.money(100, 3000)).replace(
            "{w}", f"{g.r.uniform(0.2, 12):.1f}").replace("{trk}", g.digits(10) + "A"),
        s=(PER, g.person("civil")), sp=(PHONE, g.phone()), sa=(ADDR, g.address()),
        r=(PER, g.person("civil")), rp=(PHONE, g.phone()), ra=(ADDR, g.address()))


@tpl("logistics", 3)
def logi_dispatch_sql(g: Gen) -> Parts:
    return L(
        "Query นี้ช้ามาก ช่วย optimize และบอกว่าควรสร้าง index อะไร\n"
        "SELECT * FROM shipments s JOIN drivers d ON d.id = s.driver_id\n"
        "WHERE d.plate_no = '⟦plate⟧' AND s.receiver_phone = '⟦phone⟧'\n"
        "  AND s.created_at > '2024-11-01';\n-- driver: ⟦name⟧",
        plate=(PLATE, g.plate(False)), phone=(PHONE, g.phone("mobile")), name=(PER, g.person("civil")))


# ---- HR -------------------------------------------------------------------------------------

@tpl("hr", 5)
def hr_discipline_note(g: Gen) -> Parts:
    name = g.person("civil")
    extra = g.pick([
        L("นอกจากนี้ หัวหน้างานรายงานว่าพนักงาน⟦x⟧ และชักชวนเพื่อนร่วมงานในกะ", x=g.s26p(UNION)),
        L("ทั้งนี้ พนักงาน⟦x⟧ ซึ่งเป็นเหตุให้ถูกร้องเรียนจากเพื่อนร่วมงาน", x=g.s26p(POL)),
        L("ตรวจสอบย้อนหลังพบว่าพนักงาน⟦x⟧ แต่ไม่ได้แจ้งในใบสมัคร", x=g.s26p(CRIME)),
    ])
    return L(
        "บันทึกข้อเท็จจริงทางวินัย (ลับ) — ช่วยร่างหนังสือตักเตือนเป็นลายลักษณ์อักษร\n"
        "พนักงาน: ⟦name⟧ รหัสพนักงาน {emp} แผนกผลิต กะ B\n"
        "เหตุการณ์: วันที่ 14 พ.ย. 2567 มาทำงานสาย 3 ครั้งในเดือนเดียว และออกจากไลน์ผลิตโดยไม่แจ้ง\n"
        "⟦extra⟧\nผู้บันทึก: ⟦hr⟧ (HRBP)".replace("{emp}", g.digits(6)),
        name=(PER, name), extra=extra, hr=(PER, g.person("civil")))


@tpl("hr", 4)
def hr_sick_leave(g: Gen) -> Parts:
    return L(
        "ช่วยตอบอีเมลลาป่วยนี้ อนุมัติและแนะนำขั้นตอนส่งใบรับรองแพทย์\n\n"
        "From: \"⟦name⟧\" <⟦email⟧>\nSubject: ขอลาป่วย 5 วัน (25-29 พ.ย.)\n\n"
        "เรียนหัวหน้า แพทย์วินิจฉัยว่าเป็น⟦dx⟧ ต้องนอนพักที่บ้าน ระหว่างนี้ติดต่อได้ที่ ⟦phone⟧ ค่ะ",
        name=(PER, g.pick([g.roman(False), g.person("none")])), email=(EMAIL, g.email()),
        dx=(HEALTH, g.pick(S26[HEALTH] + ["ไข้หวัดใหญ่สายพันธุ์เอ", "โควิด-19", "กระดูกสันหลังทับเส้นประสาท"])),
        phone=(PHONE, g.phone()))


@tpl("hr", 5)
def hr_candidate_screen(g: Gen) -> Parts:
    female = g.chance(0.5)
    return L(
        "Screen this candidate profile for the Sales Executive role and give a score /10 "
        "(ignore protected attributes in scoring).\n"
        "ชื่อ-สกุล: ⟦name⟧ | เพศ: {sex} | วันเกิด: ⟦dob⟧\n"
        "เชื้อชาติ: ⟦eth⟧  สัญชาติ: ไทย  ศาสนา: ⟦rel⟧\n"
        "อีเมล: ⟦email⟧  มือถือ: ⟦phone⟧\nที่อยู่: ⟦addr⟧\n"
        "ข้อมูลเพิ่มเติม: ⟦dis⟧\nประสบการณ์: ขายประกัน 4 ปี, ยอดขายเฉลี่ย 1.2 ล้าน/ปี".replace(
            "{sex}", "หญิง" if female else "ชาย"),
        name=(PER, g.person("civil", female)), dob=(DOB, g.dob()), eth=(ETH, g.pick(ETH_VALUES)),
        rel=(REL, g.pick(REL_VALUES)), email=(EMAIL, g.email()), phone=(PHONE, g.phone("mobile")),
        addr=(ADDR, g.address()),
        dis=g.pick([L("ผู้สมัคร⟦d⟧ มีบัตรประจำตัวคนพิการ", d=g.s26p(DIS)),
                    L("ผู้สมัคร⟦d⟧ ต้องการโต๊ะทำงานที่เข้าถึงด้วยรถเข็น", d=g.s26p(DIS))]))


@tpl("hr", 4)
def hr_union_minutes(g: Gen) -> Parts:
    p1, p2 = g.person("civil"), g.person("civil")
    return L(
        "สรุปรายงานการประชุมเจรจาข้อเรียกร้องนี้เป็น 5 bullet สำหรับผู้บริหาร\n"
        "ฝ่ายลูกจ้าง: ⟦p1⟧ ⟦u1⟧⟦co⟧ และ⟦p2⟧ ซึ่ง⟦u2⟧\n"
        "ฝ่ายนายจ้าง: ผู้จัดการฝ่ายบุคคล และที่ปรึกษากฎหมาย\n"
        "ข้อเรียกร้อง: โบนัส 3.5 เดือน, ปรับค่าจ้าง 6%, ค่ากะดึก 150 บาท\n"
        "⟦p1⟧ แจ้งว่าหากไม่ได้ข้อยุติภายใน 30 วันจะยื่นแจ้งข้อพิพาทแรงงาน",
        p1=(PER, p1), u1=(UNION, g.pick(["ประธานสหภาพแรงงาน", "ประธานสหภาพฯ", "เลขาธิการสหภาพแรงงาน"])),
        co=g.pick(["นครทองออโต้พาร์ท", "บางนาเท็กซ์ไทล์", "ไทยพลาสติกแพ็คกิ้ง", " (สาขาระยอง)"]),
        p2=(PER, p2), u2=g.s26p(UNION))


@tpl("hr", 4)
def hr_payroll_sql(g: Gen) -> Parts:
    rows: Parts = []
    for i in range(g.r.randint(2, 3)):
        sep = ",\n" if i else ""
        rows += L("⟦sep⟧  ('{emp}', '⟦n⟧', '⟦nid⟧', '{bank}', '⟦a⟧', {sal}.00)".replace(
            "{emp}", "E" + g.digits(5)).replace("{bank}", g.pick(BANK_CODES)).replace(
            "{sal}", str(g.r.randint(15000, 120000))),
            sep=sep, n=(PER, g.person("none")), nid=(NID, g.nid("plain")), a=(ACCT, g.account("plain10")))
    return L("INSERT นี้ error: duplicate key ช่วยดูหน่อยว่าผิดตรงไหน\n"
             "INSERT INTO payroll_202411 (emp_code, full_name, citizen_id, bank, account_no, salary) VALUES\n"
             "⟦rows⟧;\nERROR:  duplicate key value violates unique constraint \"payroll_202411_pkey\"", rows=rows)


@tpl("hr", 4)
def hr_background_check_en(g: Gen) -> Parts:
    return L(
        "Background check summary (vendor report) — rewrite as a short Thai memo for the hiring manager.\n"
        "Candidate: ⟦name⟧\nDate of birth: ⟦dob⟧\nPassport: ⟦pp⟧\n"
        "Education: verified (B.Eng., 2015)\nEmployment: verified, 2 employers\n"
        "Criminal: candidate was ⟦crime⟧; no other records.\nCredit: no defaults. Contact: ⟦email⟧",
        name=(PER, g.pick([g.roman(True), g.foreign(True)])), dob=(DOB, g.dob(g.pick(["en_long", "en_abbr", "iso"]))),
        pp=(PASS, g.passport(g.chance(0.4))), crime=(CRIME, g.s26(CRIME, en=True)), email=(EMAIL, g.email()))


@tpl("hr", 3)
def hr_accommodation_request(g: Gen) -> Parts:
    return L(
        "Draft a reply confirming the workplace adjustments below.\n"
        "Employee ⟦name⟧ (⟦email⟧) informed HR that she is ⟦dis⟧ and requests a screen reader licence, "
        "a desk near the lift and flexible hours for hospital visits.",
        name=(PER, g.roman(True, True)), email=(EMAIL, g.email()),
        dis=(DIS, g.pick(["visually impaired", "legally blind", "hard of hearing", "a wheelchair user",
                          "partially sighted"])))


@tpl("hr", 4)
def hr_biometric_attendance(g: Gen) -> Parts:
    rows: Parts = []
    for _ in range(3):
        rows += L("{emp}\t⟦n⟧\t{dev}\t{st}\n".replace("{emp}", g.digits(5)).replace(
            "{dev}", g.pick(["ZK-F18", "HIK-K1T", "SUPREMA-BS3"])).replace("{st}", g.pick(["OK", "FAIL_MATCH", "OK"])),
            n=(PER, g.person("none")))
    return L(
        "ระบบลงเวลาสแกนนิ้วมีปัญหา ช่วยร่างประกาศให้พนักงานที่ FAIL_MATCH มาลงทะเบียน⟦b⟧ใหม่ "
        "และอธิบายว่าบริษัทเก็บ⟦b2⟧ไว้อย่างไร\nemp_id\tname\tdevice\tstatus\n⟦rows⟧",
        b=(BIO, "ลายนิ้วมือ"), b2=(BIO, g.pick(["แม่แบบลายนิ้วมือ", "ข้อมูลลายนิ้วมือ", "template ลายนิ้วมือ"])),
        rows=rows)


# ---- government -----------------------------------------------------------------------------

@tpl("government", 4)
def gov_disability_welfare_form(g: Gen) -> Parts:
    return L(
        "ช่วยตรวจคำร้องขอรับเบี้ยความพิการนี้ว่าข้อมูลครบหรือไม่\n"
        "คำร้องขอลงทะเบียนรับเงินเบี้ยความพิการ  อบต.{ab}\n"
        "ข้าพเจ้า ⟦name⟧  เลขประจำตัวประชาชน ⟦nid⟧\nเกิดวันที่ ⟦dob⟧\n"
        "ที่อยู่ตามทะเบียนบ้าน ⟦addr⟧\nประเภทความพิการ ⟦dis⟧\n"
        "โทรศัพท์ ⟦phone⟧  ประสงค์รับเงินผ่านบัญชีธนาคาร เลขที่ ⟦acct⟧".replace(
            "{ab}", g.pick(["หนองแวง", "บ้านใหม่", "ท่าช้าง", "โนนสูง"])),
        name=(PER, g.person("civil")), nid=(NID, g.nid("thai")), dob=(DOB, g.dob("thai")),
        addr=(ADDR, thai_digits(g.address(g.pick(["prov_full", "prov_nozip"])))),
        dis=(DIS, g.pick(["ความพิการทางการเคลื่อนไหวหรือทางร่างกาย", "ความพิการทางการเห็น",
                          "ความพิการทางการได้ยินหรือสื่อความหมาย", "ความพิการทางสติปัญญา", "ออทิสติก"])),
        phone=(PHONE, g.phone()), acct=(ACCT, g.account("thai")))


@tpl("government", 3)
def gov_noise_complaint(g: Gen) -> Parts:
    return L(
        "ช่วยเรียบเรียงหนังสือร้องเรียนถึงสำนักงานเขตให้สุภาพและเป็นทางการ\n"
        "ผม⟦name⟧ อยู่บ้านเลขที่ ⟦addr⟧ โทร ⟦phone⟧ ขอร้องเรียนเพื่อนบ้านที่จอดรถ ⟦plate⟧ "
        "ขวางหน้าบ้านทุกคืนและเปิดเพลงเสียงดังหลังเที่ยงคืน แจ้งนิติฯ แล้วหลายครั้งไม่ดีขึ้น",
        name=(PER, g.person("civil", False)), addr=(ADDR, g.address(g.pick(["bkk_full", "bkk_short"])).removeprefix(
            "บ้านเลขที่ ").removeprefix("เลขที่ ")),
        phone=(PHONE, g.phone()), plate=(PLATE, g.plate()))


@tpl("government", 5)
def gov_police_case_summary(g: Gen) -> Parts:
    return L(
        "สรุปสำนวนย่อสำหรับรายงานผู้บังคับบัญชา (ไม่เกิน 1 หน้า)\n"
        "พนักงานสอบสวน: ⟦officer⟧ สภ.{st}\n"
        "ผู้ต้องหา: ⟦sus⟧ อายุ {age} ปี เลขประจำตัวประชาชน ⟦nid⟧ เกิด ⟦dob⟧\n"
        "ข้อเท็จจริง: ผู้ต้องหาขับรถเก๋งทะเบียน ⟦plate⟧ หลบหนีด่านตรวจ ตรวจค้นพบยาบ้า 200 เม็ด\n"
        "ประวัติ: ผู้ต้องหา⟦crime⟧ ⟦eth⟧\nผู้กล่าวหา: ⟦acc⟧".replace(
            "{st}", g.pick(["เมืองเชียงใหม่", "บางพลี", "หาดใหญ่", "ปากเกร็ด", "เมืองขอนแก่น"])).replace(
            "{age}", str(g.r.randint(19, 55))),
        officer=(PER, g.person("rank")), sus=(PER, g.person("civil", False)), nid=(NID, g.nid()),
        dob=(DOB, g.dob()), plate=(PLATE, g.plate(True)), crime=g.s26p(CRIME),
        eth=g.pick(["", L("ผู้ต้องหาเป็น⟦e⟧", e=(ETH, g.s26(ETH)))]), acc=(PER, g.person("rank")))


@tpl("government", 3)
def gov_land_transfer(g: Gen) -> Parts:
    return L(
        "ร่างบันทึกข้อตกลงการให้ที่ดินระหว่างพ่อกับลูกจากข้อมูลนี้\n"
        "ผู้ให้: ⟦a⟧ เลขประจำตัวประชาชน ⟦an⟧ เกิดวันที่ ⟦ad⟧\n"
        "ผู้รับ: ⟦b⟧ เลขประจำตัวประชาชน ⟦bn⟧\nที่อยู่ผู้รับ: ⟦addr⟧\n"
        "ที่ดินโฉนดเลขที่ {deed} เนื้อที่ 2 ไร่ 1 งาน 35 ตารางวา".replace("{deed}", g.digits(5)),
        a=(PER, g.person("civil", False)), an=(NID, g.nid()), ad=(DOB, g.dob()),
        b=(PER, g.person("civil")), bn=(NID, g.nid()), addr=(ADDR, g.address()))


@tpl("government", 4)
def gov_hilltribe_registry(g: Gen) -> Parts:
    return L(
        "ช่วยสรุปข้อมูลครัวเรือนนี้เป็นตาราง เพื่อยื่นขอสิทธิหลักประกันสุขภาพ\n"
        "ชื่อหัวหน้าครัวเรือน: ⟦name⟧ (⟦eth⟧)\nเลขประจำตัว: ⟦nid⟧\nวันเกิด: ⟦dob⟧\n"
        "ที่อยู่: ⟦addr⟧\nสมาชิก 5 คน บุตรคนเล็ก ⟦kid⟧ ป่วยเป็น⟦dx⟧ ต้องรักษาต่อเนื่อง",
        name=(PER, g.person("civil")), eth=(ETH, g.pick(["ชาวเขาเผ่าม้ง", "ชาติพันธุ์อาข่า", "ชาวลาหู่",
                                                          "ชาวไทยภูเขาเผ่าลีซู", "ปกาเกอะญอ", "ชาวเขาเผ่าเย้า"])),
        nid=(NID, g.nid(g.pick(["plain", "dash"]))), dob=(DOB, g.dob()), addr=(ADDR, g.hill_address()),
        kid=(PER, g.person("kid")), dx=(HEALTH, g.pick(["โรคธาลัสซีเมีย", "โรคลมชัก", "โรคหัวใจรั่วแต่กำเนิด",
                                                       "วัณโรคปอด"])))


@tpl("government", 3)
def gov_parole_jobmatch(g: Gen) -> Parts:
    return L(
        "ช่วยเขียนจดหมายแนะนำตัวสมัครงานให้ผู้รับการฟื้นฟูรายนี้ (เน้นทักษะ ไม่ต้องปิดบังข้อเท็จจริง)\n"
        "ชื่อ ⟦name⟧ โทร ⟦phone⟧ ที่อยู่ ⟦addr⟧\n"
        "ข้อมูลจากสำนักงานคุมประพฤติ: ⟦crime⟧ ระหว่างต้องโทษผ่านการฝึกอาชีพช่างเชื่อมและช่างไฟฟ้า",
        name=(PER, g.person("civil", False)), phone=(PHONE, g.phone("mobile")), addr=(ADDR, g.address()),
        crime=(CRIME, g.pick(["พ้นโทษเมื่อเดือนสิงหาคม 2567 หลังจำคุก 4 ปีคดียาเสพติด", "ต้องโทษจำคุกคดีลักทรัพย์",
                              "อยู่ระหว่างคุมประพฤติคดีทำร้ายร่างกาย", "พ้นโทษคดีชิงทรัพย์"])))


@tpl("government", 3)
def gov_juristic_registration(g: Gen) -> Parts:
    return L(
        "ช่วยเขียนสรุปข้อมูลนิติบุคคลนี้เป็นภาษาอังกฤษสำหรับ due diligence\n"
        "ชื่อนิติบุคคล: ⟦co⟧\nเลขทะเบียนนิติบุคคล: ⟦jur⟧\nทุนจดทะเบียน: {cap} บาท\n"
        "กรรมการผู้มีอำนาจ: ⟦d1⟧ และ⟦d2⟧ ลงลายมือชื่อร่วมกัน\nสถานะ: ยังดำเนินกิจการอยู่".replace(
            "{cap}", g.money(1000000, 50000000)),
        co=g.pick(COMPANIES), jur=(JUR, g.juristic()), d1=(PER, g.person("civil")), d2=(PER, g.person("civil")))


# ---- education ------------------------------------------------------------------------------

@tpl("education", 5)
def edu_student_profile(g: Gen) -> Parts:
    kid_f = g.chance(0.5)
    note = g.pick([
        L("นักเรียน⟦d⟧ ได้รับแผนการศึกษาเฉพาะบุคคล (IEP)", d=g.s26p(DIS)),
        L("นักเรียนนับถือ⟦r⟧ ขอให้จัดอาหารกลางวันแยก", r=(REL, g.pick(["ศาสนาอิสลาม", "อิสลาม", "ศาสนาฮินดู"]))),
        L("นักเรียนป่วยเป็น⟦h⟧ พกยาพ่นติดตัว", h=(HEALTH, g.pick(["โรคหอบหืด", "หอบหืด"]))),
    ])
    return L(
        "ช่วยเขียนสรุปประวัตินักเรียนใหม่สำหรับครูประจำชั้น ป.4/2\n"
        "เลขประจำตัวนักเรียน ⟦sid⟧\nชื่อ ⟦kid⟧  วันเกิด ⟦dob⟧\n"
        "ผู้ปกครอง ⟦parent⟧ โทร ⟦phone⟧\nหมายเหตุ: ⟦note⟧",
        sid=(STU, g.student_id("school")), kid=(PER, g.person("kid", kid_f)), dob=(DOB, g.dob(young=True)),
        parent=(PER, g.person("civil")), phone=(PHONE, g.phone()), note=note)


@tpl("education", 4)
def edu_scholarship_email(g: Gen) -> Parts:
    sid = g.student_id()
    return L(
        "ช่วยแก้ไวยากรณ์อีเมลขอทุนนี้ให้สุภาพขึ้น\n"
        "เรียน คณะกรรมการทุนการศึกษา\nดิฉัน⟦name⟧ รหัสนักศึกษา ⟦sid⟧ คณะเกษตรศาสตร์ ชั้นปีที่ 2 "
        "เป็น⟦eth⟧ จากครอบครัวเกษตรกร ขอสมัครทุนเรียนดีแต่ขาดแคลนทุนทรัพย์ "
        "ภูมิลำเนา ⟦addr⟧ หากได้รับทุนขอให้โอนเข้าบัญชีเลขที่ ⟦acct⟧ "
        "ติดต่อกลับได้ที่ ⟦email⟧ ค่ะ",
        name=(PER, g.person("civil", True)), sid=(STU, sid), eth=(ETH, g.s26(ETH)),
        addr=(ADDR, g.pick([g.hill_address(), g.address("prov_full")])), acct=(ACCT, g.account()),
        email=(EMAIL, g.email(f"{re.sub(r'[^0-9a-z]', '', sid.lower())}")))


@tpl("education", 3)
def edu_grade_appeal(g: Gen) -> Parts:
    return L(
        "Translate this grade appeal into formal English for the international programme office:\n"
        "เรียน ⟦adv⟧ อาจารย์ที่ปรึกษา\nกระผม⟦name⟧ รหัสนิสิต ⟦sid⟧ ขอยื่นคำร้องขอตรวจสอบเกรดวิชา "
        "2110327 Algorithm Design ที่ได้ F เนื่องจากสอบปลายภาคครบทุกข้อ โทร ⟦phone⟧",
        adv=(PER, g.person("acad")), name=(PER, g.person("civil", False)), sid=(STU, g.student_id()),
        phone=(PHONE, g.phone("mobile")))


@tpl("education", 4)
def edu_counselor_note(g: Gen) -> Parts:
    nick = g.nick()
    return L(
        "ช่วยวางแผนการติดตามนักศึกษาจากบันทึกครูแนะแนวนี้ (ห้ามส่งต่อข้อมูลให้ผู้ปกครองโดยไม่ได้รับอนุญาต)\n"
        "น้อง⟦nick⟧ (⟦name⟧ รหัส ⟦sid⟧) มาพบเพราะเครียดจนไม่ได้เข้าเรียน 3 สัปดาห์ "
        "เล่าว่า⟦sex⟧ และเพิ่งเลิกกับแฟน จิตแพทย์เคยวินิจฉัยว่าเป็น⟦dx⟧ ปัจจุบันหยุดยาเอง",
        nick=(PER, nick), name=(PER, g.person("civil")), sid=(STU, g.student_id()), sex=g.s26p(SEX),
        dx=(HEALTH, g.pick(["โรคซึมเศร้า", "โรคไบโพลาร์", "โรควิตกกังวล", "โรคแพนิค", "PTSD"])))


@tpl("education", 3)
def edu_exam_proctor_log(g: Gen) -> Parts:
    sid = g.student_id()
    return L(
        "Explain these online-exam proctoring flags to the exam committee in Thai:\n"
        "[2024-11-22 13:05:12] student_id=⟦sid⟧ ip=⟦ip⟧ event=FACE_MISMATCH score=0.41 "
        "note=\"⟦bio⟧ไม่ตรงกับที่ลงทะเบียนไว้\"\n"
        "[2024-11-22 13:07:40] student_id=⟦sid⟧ ip=⟦ip2⟧ event=IP_CHANGED\n"
        "[2024-11-22 13:09:02] student_id=⟦sid⟧ event=MULTIPLE_FACES",
        sid=(STU, sid), ip=(IP, g.ipv4()), ip2=(IP, g.ipv4()),
        bio=(BIO, g.pick(["ภาพใบหน้า", "เวกเตอร์ใบหน้า", "ใบหน้า (face template)"])))


@tpl("education", 3)
def edu_parent_line_group(g: Gen) -> Parts:
    m1, m2 = g.person("none", True), g.person("none", True)
    return L(
        "สรุปแชทกลุ่มผู้ปกครองนี้ว่าใครรับผิดชอบอะไรบ้างในงานกีฬาสี\n"
        "22/11/2567 20:01 ⟦m1⟧: แม่⟦k1⟧ รับทำป้ายค่ะ ติดต่อ ⟦p1⟧\n"
        "22/11/2567 20:03 ⟦m2⟧: แม่น้อง⟦k2⟧ รับน้ำดื่ม 10 แพ็คค่ะ แอดไลน์ ⟦line⟧ ได้เลย\n"
        "22/11/2567 20:05 ⟦m1⟧: ขอบคุณค่ะ ⟦k3⟧ ลูกดิฉัน เกิด ⟦dob⟧ ยังแข่งรุ่น 10 ปีได้ไหมคะ",
        m1=(PER, m1), m2=(PER, m2), k1=(PER, g.nick()), p1=(PHONE, g.phone("mobile")), k2=(PER, g.nick()),
        line=(LINE, g.line_id()), k3=(PER, g.person("kid")), dob=(DOB, g.dob(young=True)))


# ---- legal ----------------------------------------------------------------------------------

@tpl("legal", 4)
def legal_defence_brief(g: Gen) -> Parts:
    client = g.person("civil")
    return L(
        "ในฐานะทนาย ช่วยร่างคำร้องขอปล่อยตัวชั่วคราวจากข้อเท็จจริงนี้\n"
        "ลูกความ: ⟦client⟧ เลขประจำตัวประชาชน ⟦nid⟧ ที่อยู่ ⟦addr⟧\n"
        "ข้อหา: ฉ้อโกงประชาชนผ่านแอปลงทุน ความเสียหาย {amt} บาท\n"
        "ประวัติ: ลูกความ⟦crime⟧ ซึ่งอัยการอาจอ้างเพื่อคัดค้านการประกันตัว\n"
        "ผู้เสียหายหลัก: ⟦victim⟧ และ⟦co⟧ (เลขทะเบียน ⟦jur⟧)".replace("{amt}", g.money(200000, 9000000)),
        client=(PER, client), nid=(NID, g.nid()), addr=(ADDR, g.address()), crime=g.s26p(CRIME),
        victim=(PER, g.person("civil")), co=g.pick(COMPANIES), jur=(JUR, g.juristic()))


@tpl("legal", 4)
def legal_contract_parties(g: Gen) -> Parts:
    return L(
        "Fill in the parties clause of this lease agreement in Thai and English:\n"
        "ผู้ให้เช่า: ⟦co⟧ ทะเบียนนิติบุคคลเลขที่ ⟦jur⟧ โดย⟦dir⟧ กรรมการผู้มีอำนาจ\n"
        "ผู้เช่า: ⟦ten⟧ ถือบัตรประจำตัวประชาชนเลขที่ ⟦nid⟧ อยู่บ้านเลขที่ ⟦addr⟧\n"
        "ทรัพย์ที่เช่า: คูหาพาณิชย์ 1 คูหา ค่าเช่าเดือนละ {rent} บาท".replace("{rent}", g.money(8000, 80000)),
        co=g.pick(COMPANIES), jur=(JUR, g.juristic()), dir=(PER, g.person("civil")), ten=(PER, g.person("civil")),
        nid=(NID, g.nid()), addr=(ADDR, g.address(g.pick(["prov_full", "prov_abbr", "bkk_short"]))))


@tpl("legal", 4)
def legal_divorce_consult(g: Gen) -> Parts:
    wife, husband = g.person("civil", True), g.person("civil", False)
    return L(
        "ลูกความเล่ามาแบบนี้ ช่วยวิเคราะห์เหตุฟ้องหย่าตาม ป.พ.พ. มาตรา 1516 และสิทธิเลี้ยงดูบุตร\n"
        "\"ดิฉัน ⟦w⟧ แต่งงานกับ ⟦h⟧ มา 9 ปี เขาเปลี่ยนมานับถือ⟦rel⟧ตอนแต่งงาน "
        "แต่ปีนี้จับได้ว่าเขา⟦sex⟧ มีแชทเป็นหลักฐาน ลูกสองคนคือ ⟦k1⟧ และ ⟦k2⟧ "
        "อยากได้สิทธิปกครองบุตรทั้งสองคน ติดต่อดิฉันที่ ⟦phone⟧\"",
        w=(PER, wife), h=(PER, husband), rel=(REL, g.pick(["ศาสนาอิสลาม", "ศาสนาคริสต์", "ศาสนาพุทธ"])),
        sex=(SEX, g.pick(["มีเพศสัมพันธ์กับเพื่อนร่วมงาน", "เที่ยวหญิงบริการเป็นประจำ", "มีเพศสัมพันธ์กับผู้ชายด้วยกัน",
                          "นัดมีเพศสัมพันธ์กับคนแปลกหน้าผ่านแอปหาคู่"])),
        k1=(PER, g.person("kid")), k2=(PER, g.person("kid")), phone=(PHONE, g.phone()))


@tpl("legal", 3)
def legal_paternity_dna(g: Gen) -> Parts:
    return L(
        "สรุปเอกสารนี้สำหรับคดีฟ้องรับรองบุตร (ภาษาทางกฎหมาย)\n"
        "รายงาน⟦dna⟧ ระหว่าง ⟦f⟧ (ผู้ถูกอ้างเป็นบิดา) กับ ⟦c⟧ เกิดวันที่ ⟦dob⟧ "
        "พบความน่าจะเป็นของความเป็นบิดา 99.99% มารดาคือ ⟦m⟧",
        dna=(GEN, g.pick(["ผลตรวจ DNA", "ผลตรวจพิสูจน์ DNA", "ผลตรวจสารพันธุกรรม (STR 23 ตำแหน่ง)"])),
        f=(PER, g.person("civil", False)), c=(PER, g.person("kid")), dob=(DOB, g.dob(young=True)),
        m=(PER, g.person("civil", True)))


@tpl("legal", 3)
def legal_company_dd(g: Gen) -> Parts:
    return L(
        "Due diligence memo (draft) — please tighten the language.\n"
        "Target: ⟦co⟧ (registration ⟦jur⟧). Parent: ⟦co2⟧ (registration ⟦jur2⟧).\n"
        "Key person risk: managing director ⟦md⟧ is ⟦pol⟧; reputational risk if the party loses.\n"
        "Related-party loans THB {amt}m.".replace("{amt}", str(g.r.randint(5, 400))),
        co=g.pick(COMPANIES), jur=(JUR, g.juristic()), co2=g.pick(COMPANIES), jur2=(JUR, g.juristic("dash")),
        md=(PER, g.pick([g.roman(True), g.person("civil")])), pol=(POL, g.s26(POL, en=True)))


# ---- tourism --------------------------------------------------------------------------------

@tpl("tourism", 4)
def tour_hotel_checkin(g: Gen) -> Parts:
    return L(
        "ช่วยเขียนข้อความต้อนรับแขก VIP เป็นภาษาอังกฤษ จากข้อมูลเช็คอินนี้\n"
        "Guest: ⟦name⟧ | Nationality: {nat} | Passport: ⟦pp⟧ | DOB: ⟦dob⟧\n"
        "Mobile: ⟦phone⟧ | Email: ⟦email⟧ | Room 1507 | 3 nights\n"
        "Notes: ⟦note⟧".replace("{nat}", g.pick(["Singaporean", "Japanese", "British", "German", "Australian"])),
        name=(PER, g.foreign(True)), pp=(PASS, g.passport(True)), dob=(DOB, g.dob(g.pick(["en_abbr", "iso", "dmy_ce"]))),
        phone=(PHONE, g.phone("foreign")), email=(EMAIL, g.email(g.fen.user_name())),
        note=g.pick([L("guest has ⟦h⟧ — no nuts in welcome amenity", h=(HEALTH, "severe peanut allergy")),
                     L("guest is ⟦d⟧, needs accessible room", d=(DIS, g.pick(["a wheelchair user", "visually impaired"]))),
                     L("guest is ⟦r⟧, halal meals only", r=(REL, "Muslim"))]))


@tpl("tourism", 4)
def tour_booking_json(g: Gen) -> Parts:
    return L(
        "Generate a Thai itinerary summary for the tour guide from this booking payload:\n"
        '{"booking_ref": "BK-{ref}", "tour": "Chiang Mai Doi Inthanon 2D1N", "guests": ['
        '{"name": "⟦g1⟧", "passport": "⟦p1⟧", "phone": "⟦ph⟧", "special_needs": "⟦sn⟧"}, '
        '{"name": "⟦g2⟧", "passport": "⟦p2⟧", "religion": "⟦rel⟧", "meal": "halal"}], '
        '"pickup": "Nimman hotel 07:30", "paid": true}'.replace("{ref}", g.digits(7)),
        g1=(PER, g.foreign()), p1=(PASS, g.passport(True)), ph=(PHONE, g.phone(g.pick(["foreign", "mobile"]))),
        sn=(DIS, g.s26(DIS, en=True)), g2=(PER, g.foreign()), p2=(PASS, g.passport(True)),
        rel=(REL, g.pick(["Muslim", "Islam"])))


@tpl("tourism", 3)
def tour_incident_report(g: Gen) -> Parts:
    cue, hn = g.hn()
    return L(
        "ช่วยเขียนรายงานเหตุการณ์ส่งบริษัทประกันการเดินทาง (ภาษาอังกฤษ)\n"
        "นักท่องเที่ยว ⟦name⟧ หนังสือเดินทาง ⟦pp⟧ ตกจากเรือหางยาวที่อ่าวมาหยา ได้รับบาดเจ็บ⟦inj⟧ "
        "ส่งตัวไป ⟦hosp⟧ ⟦cue⟧⟦hn⟧ ไกด์ผู้ดูแล ⟦guide⟧ โทร ⟦phone⟧",
        name=(PER, g.foreign(g.chance(0.5))), pp=(PASS, g.passport(True)),
        inj=(HEALTH, g.pick(["ข้อเท้าหัก", "แผลฉีกขาดที่ศีรษะ 5 เซนติเมตร", "กระดูกแขนซ้ายหัก", "จมน้ำสำลักน้ำ"])),
        hosp=g.pick(HOSPITALS), cue=cue, hn=(MRN, hn), guide=(PER, g.person("civil")), phone=(PHONE, g.phone("mobile")))


@tpl("tourism", 3)
def tour_driver_pickup(g: Gen) -> Parts:
    return L(
        "Translate to English and send to the guest:\n"
        "รถมารับที่สนามบินภูเก็ต 14:30 คนขับชื่อ⟦drv⟧ รถตู้สีขาวทะเบียน ⟦plate⟧ "
        "โทร ⟦phone⟧ หรือ LINE ⟦line⟧ ชูป้ายชื่อ ⟦guest⟧ ที่ประตู 3",
        drv=(PER, g.person("civil", False)), plate=(PLATE, g.plate(True)), phone=(PHONE, g.phone("mobile")),
        line=(LINE, g.line_id()), guest=(PER, g.foreign(True)))


# ---- developer ------------------------------------------------------------------------------

@tpl("developer", 4)
def dev_stacktrace(g: Gen) -> Parts:
    return L(
        "Why does this fail? Fix the code.\n```\n"
        "2024-11-23 02:14:55,120 ERROR [notify-worker-3] send_sms failed ts_ms={ts}\n"
        "Traceback (most recent call last):\n  File \"/app/notify/sms.py\", line 88, in send\n"
        "    resp = client.post(url, json=payload, timeout=5)\n"
        "httpx.ReadTimeout: timed out\npayload={'to': '⟦phone⟧', 'email': '⟦email⟧', "
        "'user_ip': '⟦ip⟧', 'template': 'OTP_TH', 'user_id': {uid}}\n```".replace(
            "{ts}", g.epoch_ms()).replace("{uid}", g.digits(7)),
        phone=(PHONE, g.phone("mobile")), email=(EMAIL, g.email()), ip=(IP, g.ipv4()))


@tpl("developer", 5)
def dev_escaped_tool_args(g: Gen) -> Parts:
    return L(
        'messages[3] = {"role": "assistant", "tool_calls": [{"id": "call_{cid}", "type": "function", '
        '"function": {"name": "create_customer", "arguments": "{\\"full_name\\": \\"⟦name⟧\\", '
        '\\"citizen_id\\": \\"⟦nid⟧\\", \\"mobile\\": \\"⟦phone⟧\\", \\"email\\": \\"⟦email⟧\\", '
        '\\"birth_date\\": \\"⟦dob⟧\\"}"}}]}\n'
        "ตอบกลับผู้ใช้เป็นภาษาไทยว่าสร้างลูกค้าใหม่สำเร็จแล้ว".replace("{cid}", g.digits(8)),
        name=(PER, g.person(g.pick(["civil", "none"]))), nid=(NID, g.nid(g.pick(["plain", "dash"]))),
        phone=(PHONE, g.phone("mobile")), email=(EMAIL, g.email()), dob=(DOB, g.dob("iso")))


@tpl("developer", 4)
def dev_sql_debug(g: Gen) -> Parts:
    return L(
        "query นี้คืนค่าว่างทั้งที่มีข้อมูล ช่วยหาสาเหตุ (collation?)\n"
        "SELECT c.id, c.full_name, c.mobile FROM customers c\n"
        "WHERE c.citizen_id = '⟦nid⟧'\n   OR c.email = '⟦email⟧'\n   OR c.full_name LIKE '%⟦name⟧%';\n"
        "-- expected: ⟦name2⟧, ⟦phone⟧",
        nid=(NID, g.nid("plain")), email=(EMAIL, g.email()), name=(PER, g.person("none")),
        name2=(PER, g.person("civil")), phone=(PHONE, g.phone("mobile")))


@tpl("developer", 3)
def dev_yaml_fixture(g: Gen) -> Parts:
    return L(
        "Write pytest tests for the checkout service using this fixture:\n```yaml\ncustomer:\n"
        "  name: ⟦name⟧\n  email: ⟦email⟧\n  phone: \"⟦phone⟧\"\n  card:\n    number: \"⟦card⟧\"\n"
        "    exp: \"0{m}/2{y}\"\n  shipping_address: ⟦addr⟧\norder:\n  sku: MUG-0042\n  qty: 1\n```".replace(
            "{m}", str(g.r.randint(1, 9))).replace("{y}", str(g.r.randint(6, 9))),
        name=(PER, g.pick([g.roman(False), g.person("none")])), email=(EMAIL, g.email()),
        phone=(PHONE, g.phone()), card=(CARD, g.card()), addr=(ADDR, g.address(g.pick(["en_bkk", "en_prov"]))))


@tpl("developer", 4)
def dev_nginx_log(g: Gen) -> Parts:
    lines: Parts = []
    for _ in range(3):
        if g.chance(0.5):
            q = L("/api/v1/otp?mobile=⟦p⟧", p=(PHONE, re.sub(r"\D", "", g.phone("mobile").translate(_FROM_THAI))))
        else:
            q = L("/reset-password?email=⟦e⟧", e=(EMAIL, g.email()))
        lines += L('⟦ip⟧ - - [23/Nov/2024:10:{mm}:{ss} +0700] "GET ⟦q⟧ HTTP/1.1" {st} {b} "-" "okhttp/4.12.0"\n'.replace(
            "{mm}", f"{g.r.randint(0, 59):02d}").replace("{ss}", f"{g.r.randint(0, 59):02d}").replace(
            "{st}", g.pick(["200", "429", "500"])).replace("{b}", str(g.r.randint(50, 900))),
            ip=(IP, g.ipv4() if g.chance(0.8) else g.ipv6()), q=q)
    return L("access log ช่วงที่ระบบล่ม ช่วยดูว่ามีการยิง OTP ผิดปกติไหม\n```\n⟦l⟧```", l=lines)


@tpl("developer", 4)
def dev_rag_crm_context(g: Gen) -> Parts:
    name = g.person("civil")
    extra = g.pick([
        L("ลูกค้าแจ้งว่า⟦x⟧ ขอไม่ให้โทรช่วงเย็น", x=g.s26p(POL)),
        L("ลูกค้าเป็น⟦x⟧ ขอให้ส่งเอกสารแบบตัวอักษรขนาดใหญ่", x=(DIS, g.pick(["ผู้พิการทางการเห็น", "ผู้มีสายตาเลือนราง"]))),
        L("ลูกค้ามีประวัติ⟦x⟧ ประกันสุขภาพจึงมีข้อยกเว้น", x=(HEALTH, g.s26(HEALTH))),
    ])
    return L(
        "SYSTEM: Answer using only the retrieved CRM context.\n<context>\n"
        "[doc 1] customer_profile: ⟦name⟧, mobile ⟦phone⟧, ⟦email⟧, segment=Wealth\n"
        "[doc 2] note 2024-10-02 (RM): ⟦extra⟧\n"
        "[doc 3] product: กองทุน SSF ถือครอง 1.2 ลบ.\n</context>\nUSER: ลูกค้ารายนี้ควรเสนอผลิตภัณฑ์อะไรต่อ",
        name=(PER, name), phone=(PHONE, g.phone()), email=(EMAIL, g.email()), extra=extra)


@tpl("developer", 3)
def dev_face_api_payload(g: Gen) -> Parts:
    return L(
        "API นี้ตอบ 413 Payload Too Large ช่วยแนะนำวิธีส่ง⟦b⟧ให้เล็กลง\n"
        'POST /v2/ekyc/verify\n{"citizen_id": "⟦nid⟧", "full_name": "⟦name⟧", '
        '"face_embedding": [0.0132, -0.2210, 0.0871, ...512 dims], "liveness": 0.97, "selfie_jpeg_b64": "/9j/4AAQ..."}',
        b=(BIO, g.pick(["เวกเตอร์ใบหน้า", "ภาพใบหน้าและ face embedding", "ข้อมูลใบหน้า"])),
        nid=(NID, g.nid("plain")), name=(PER, g.person("civil")))


# ---- cross-domain ---------------------------------------------------------------------------

@tpl("religious_org", 4)
def org_religious_registration(g: Gen) -> Parts:
    if g.chance(0.5):
        head = "ใบสมัครบรรพชาอุปสมบท วัดป่าสันติธรรม"
        rel = "พุทธ"
    else:
        head = "แบบลงทะเบียนสัปบุรุษประจำมัสยิดนูรุลอิสลาม"
        rel = "อิสลาม"
    return L(
        "ช่วยตรวจแบบฟอร์มนี้และพิมพ์ใหม่ให้เรียบร้อย\n{head}\nชื่อ ⟦name⟧ เกิดวันที่ ⟦dob⟧ "
        "ศาสนา ⟦rel⟧ เลขประจำตัวประชาชน ⟦nid⟧\nที่อยู่ ⟦addr⟧ โทร ⟦phone⟧".replace("{head}", head),
        name=(PER, g.person("civil", False)), dob=(DOB, g.dob()), rel=(REL, rel), nid=(NID, g.nid()),
        addr=(ADDR, g.address()), phone=(PHONE, g.phone()))


@tpl("politics", 4)
def pol_canvass_crm(g: Gen) -> Parts:
    rows: Parts = []
    for _ in range(g.r.randint(2, 3)):
        rows += L("- ⟦n⟧ (⟦p⟧) บ้านเลขที่ ⟦a⟧: ⟦x⟧\n", n=(PER, g.person("civil")), p=(PHONE, g.phone("mobile")),
                  a=(ADDR, g.address(g.pick(["prov_abbr", "prov_nozip"]))), x=g.s26p(POL))
    return L("ทีมหาเสียงเก็บข้อมูลชาวบ้านไว้แบบนี้ ช่วยจัดลำดับว่าควรไปเยี่ยมบ้านใครก่อน\n⟦rows⟧", rows=rows)


@tpl("politics", 3)
def chat_friends_protest(g: Gen) -> Parts:
    a, b = g.roman(False), g.roman(False)
    return L(
        "Export from LINE group \"ศิษย์เก่า ม.6/3\" — summarise who is going and what to bring\n"
        "2024/11/16 21:02 ⟦a⟧ พรุ่งนี้ใคร⟦pol⟧บ้าง นัดเจอสกายวอล์ค 4 โมงเย็น\n"
        "2024/11/16 21:04 ⟦b⟧ ไปด้วย เราเป็นแกนนำ⟦pol2⟧อยู่แล้ว ติดต่อ ⟦phone⟧\n"
        "2024/11/16 21:05 ⟦a⟧ โอเค แอดไลน์ ⟦line⟧ ไว้ประสานนะ",
        a=(PER, a), b=(PER, b), pol=(POL, g.pick(["ไปร่วมม็อบไล่รัฐบาล", "ไปชุมนุมต่อต้านรัฐบาล"])),
        pol2=(POL, g.pick(["กลุ่มนักศึกษาต้านรัฐประหาร", "กลุ่มราษฎรสาขาลาดพร้าว", "กลุ่มเสื้อแดงบางบัวทอง"])),
        phone=(PHONE, g.phone("mobile")), line=(LINE, g.line_id(True)))


@tpl("hr", 4)
def union_member_csv(g: Gen) -> Parts:
    rows: Parts = []
    for _ in range(3):
        rows += L("⟦n⟧,⟦nid⟧,⟦p⟧,{d}\n".replace("{d}", f"2567-{g.r.randint(1, 10):02d}-{g.r.randint(1, 28):02d}"),
                  n=(PER, g.person("none")), nid=(NID, g.nid("plain")), p=(PHONE, g.phone("mobile")))
    return L(
        "ไฟล์นี้คือรายชื่อ⟦u⟧ที่ส่งเงินค่าบำรุงเดือนนี้ ช่วยเขียนสคริปต์ pandas สรุปยอดตามเดือนสมัคร\n"
        "name,citizen_id,mobile,joined\n⟦rows⟧",
        u=(UNION, g.pick(["สมาชิกสหภาพแรงงานรัฐวิสาหกิจการขนส่ง", "สมาชิกสหภาพแรงงานอิเล็กทรอนิกส์นวนคร",
                          "สมาชิกสหภาพแรงงานพนักงานขับรถ"])), rows=rows)


@tpl("ngo", 3)
def ngo_migrant_worker_intake(g: Gen) -> Parts:
    return L(
        "Translate this intake note into Burmese-friendly simple English for the case worker:\n"
        "ผู้ขอรับความช่วยเหลือ ⟦name⟧ ⟦eth⟧ อายุ 31 ปี Passport ⟦pp⟧ ทำงานโรงงานแปรรูปอาหารทะเลที่มหาชัย "
        "นายจ้างยึดหนังสือเดินทาง ⟦union⟧ทำให้ถูกข่มขู่ เบอร์ติดต่อ ⟦phone⟧",
        name=(PER, g.pick(["Ma Thandar", "Ko Zaw Min", "Mi Mi", "Ko Aung Ko", "Ma Hnin Ei"]) + " "
              + g.pick(["Oo", "Kyaw", "Soe", "Win", "Htet"])),
        eth=(ETH, g.pick(["ชาวมอญ", "ชาติพันธุ์ไทใหญ่", "ชาวกะเหรี่ยง", "ชาวพม่า (บามาร์)"])),
        pp=(PASS, "M" + g.digits(7)), union=g.pick([L("เพราะ⟦u⟧", u=g.s26p(UNION)), L("หลัง⟦u⟧", u=g.s26p(UNION))]),
        phone=(PHONE, g.phone("mobile")))


@tpl("hr", 5)
def hr_union_grievance_en(g: Gen) -> Parts:
    emp = g.pick([g.roman(True), g.person("civil")])
    return L(
        "Rewrite this HR email so it does not sound retaliatory, and flag legal risks under the Labour Relations Act.\n\n"
        "From: \"⟦hr⟧\" <⟦hr_mail⟧>\nTo: plant-managers@pattana-agro.co.th\nSubject: Shift reallocation — Line 4\n\n"
        "Please move ⟦emp⟧ (ID {emp_id}) to the night shift from 1 Dec. As you know this employee is a ⟦u⟧ "
        "and has been organising the overtime complaint. Mobile: ⟦phone⟧ if you need to inform them.".replace(
            "{emp_id}", g.digits(6)),
        hr=(PER, g.roman(False)), hr_mail=(EMAIL, g.email()), emp=(PER, emp), u=(UNION, g.s26(UNION, en=True)),
        phone=(PHONE, g.phone("mobile")))


@tpl("government", 4)
def gov_security_vetting(g: Gen) -> Parts:
    return L(
        "ช่วยเขียนความเห็นประกอบการพิจารณาบรรจุข้าราชการ โดยยึดหลักไม่เลือกปฏิบัติ\n"
        "ผู้ผ่านการสอบคัดเลือก: ⟦name⟧ เลขประจำตัวประชาชน ⟦nid⟧ วันเดือนปีเกิด ⟦dob⟧\n"
        "ผลการสืบประวัติ: ไม่มีประวัติอาชญากรรม แต่พบว่าผู้สมัคร⟦pol⟧ ตามที่ปรากฏในสื่อสังคมออนไลน์\n"
        "ผู้สืบประวัติ: ⟦off⟧",
        name=(PER, g.person("civil")), nid=(NID, g.nid()), dob=(DOB, g.dob()), pol=g.s26p(POL),
        off=(PER, g.person("rank")))


@tpl("developer", 3)
def social_moderation_report(g: Gen) -> Parts:
    return L(
        "Moderation queue item — decide if this violates policy (hate speech vs political speech) and explain.\n"
        "reported_user: ⟦real⟧ (verified real name), account email ⟦email⟧, last login ip ⟦ip⟧\n"
        "post: \"ผมเป็นคนหนึ่งที่⟦pol⟧ ใครไม่เห็นด้วยก็เชิญเถียงมา\"\nreports: 37 (spam: 4, harassment: 33)",
        real=(PER, g.pick([g.person("none"), g.roman(False)])), email=(EMAIL, g.email()), ip=(IP, g.ipv4()),
        pol=(POL, g.pick(["สนับสนุนพรรคประชาชน", "เชียร์รัฐบาลชุดนี้เต็มที่", "ต่อต้านรัฐประหารทุกรูปแบบ",
                          "สนับสนุนให้แก้มาตรา 112"])))


@tpl("bank", 3)
def bank_voice_biometric(g: Gen) -> Parts:
    return L(
        "Call-centre log — สรุปว่าทำไมลูกค้ายืนยันตัวตนไม่ผ่าน และควรแนะนำลูกค้าอย่างไร\n"
        "10:12:03 caller_id=⟦phone⟧ ivr=VOICE_AUTH\n"
        "10:12:09 customer=⟦name⟧ ⟦bio⟧ที่ลงทะเบียนไว้เมื่อ 2566-08-14 match_score=0.38 (threshold 0.70) FAIL\n"
        "10:12:40 agent=A{agent} fallback=OTP sent to registered mobile".replace("{agent}", g.digits(4)),
        phone=(PHONE, g.phone()), name=(PER, g.person("civil")),
        bio=(BIO, g.pick(["ลายเสียง (voiceprint)", "voiceprint", "แม่แบบเสียง"])))


@tpl("hospital", 3)
def hosp_pharmacogenomics(g: Gen) -> Parts:
    cue, hn = g.hn()
    return L(
        "เภสัชกรถาม: คนไข้รายนี้ควรเลี่ยงยาอะไร ช่วยตอบพร้อมเหตุผล\n"
        "⟦name⟧ ⟦cue⟧⟦hn⟧ ป่วยเป็น⟦dx⟧ แพทย์จะเริ่มยา ⟦drug⟧ "
        "แต่ผลตรวจเมื่อปีที่แล้ว⟦gen⟧",
        name=(PER, g.person("civil")), cue=cue, hn=(MRN, hn),
        dx=(HEALTH, g.pick(["โรคลมชัก", "โรคเกาต์", "โรคลมชักชนิดเฉพาะที่", "โรคเกาต์เรื้อรัง"])),
        drug=g.pick(["carbamazepine", "allopurinol", "phenytoin"]),
        gen=L("พบ⟦x⟧", x=(GEN, g.pick(["HLA-B*15:02 เป็นบวก", "ยีน HLA-B*58:01", "HLA-B*58:01 positive",
                                       "ยีน CYP2C9*3 แบบ heterozygous"]))))


@tpl("ecommerce", 3)
def ecom_payment_chat_card(g: Gen) -> Parts:
    return L(
        "ลูกค้าพิมพ์เลขบัตรมาในแชท ช่วยร่างคำตอบที่เตือนเรื่องความปลอดภัยและแนะนำช่องทางชำระเงินที่ถูกต้อง\n"
        "ลูกค้า: ตัดบัตรไม่ผ่านค่ะ บัตร ⟦card⟧ หมดอายุ {m:02}/2{y} ชื่อบนบัตร ⟦name⟧ ลองให้หน่อยได้ไหมคะ".replace(
            "{m:02}", f"{g.r.randint(1, 12):02d}").replace("{y}", str(g.r.randint(6, 9))),
        card=(CARD, g.card()), name=(PER, g.roman(False).upper()))


def _ocr_spacing(g: Gen, digits: str) -> str:
    """Irregular OCR grouping of a digit string (spaces dropped or doubled at random)."""
    out = []
    for i, ch in enumerate(digits):
        out.append(ch)
        if i < len(digits) - 1 and g.chance(0.3):
            out.append(g.pick([" ", " ", "  "]))
    return "".join(out)


@tpl("government", 3)
def gov_house_registration_ocr(g: Gen) -> Parts:
    body = str(g.r.randint(1, 8)) + g.digits(11)
    nid = _ocr_spacing(g, body + pin.calc_check_digit(body))
    if g.chance(0.4):
        nid = thai_digits(nid)
    female = g.chance(0.5)
    return L(
        "ข้อความนี้ได้จากการสแกนสำเนาทะเบียนบ้าน (OCR ไม่ค่อยแม่น) ช่วยดึงข้อมูลออกมาเป็นตาราง\n"
        "รายการบุคคลในบ้าน   ลําดับที่ 2\nชื่อ  ⟦name⟧    เพศ  {sex}    สัญชาติ  ไทย\n"
        "เลขประจําตัวประซาซน   ⟦nid⟧\nวันเดือนปีเกิด   ⟦dob⟧\n"
        "ชื่อบิดา  ⟦father⟧    ชื่อมารดา  ⟦mother⟧\nย้ายเข้ามาจาก  ⟦addr⟧".replace(
            "{sex}", "หญิง" if female else "ชาย"),
        name=(PER, g.person("civil", female)), nid=(NID, nid), dob=(DOB, g.dob(g.pick(["th_full", "thai", "th_be_prefix"]))),
        father=(PER, g.person("none", False)), mother=(PER, g.person("none", True)),
        addr=(ADDR, g.address(g.pick(["prov_full", "prov_nozip", "faker"]))))


@tpl("insurance", 3)
def ins_renewal_sms_batch(g: Gen) -> Parts:
    lines: Parts = []
    for i in range(1, 4):
        lines += L("{i}) เรียนคุณ⟦n⟧ กรมธรรม์ MT-{pol} รถทะเบียน ⟦plate⟧ จะหมดอายุ 30/11/2567 "
                   "ต่ออายุผ่านแอปได้ทันที\n".replace("{i}", str(i)).replace("{pol}", g.digits(8)),
                   n=(PER, g.pick([g.person("none"), g.th_first(g.chance(0.5)), g.nick()])), plate=(PLATE, g.plate()))
    return L("ตรวจคำผิดและความยาว SMS ก่อนส่ง (ห้ามเกิน 70 ตัวอักษรไทย):\n⟦l⟧", l=lines)


# =============================================================================================
# Negative templates (no personal data at all)
# =============================================================================================

def _ask(g: Gen, key: str, options: Sequence[str]) -> str:
    return g.cycle("ask:" + key, options)


def _ean13(g: Gen, prefix: str, pin_valid: bool | None = None) -> str:
    """A valid EAN-13 (optionally one that also passes the Thai ID checksum)."""
    for _ in range(500):
        body = prefix + g.digits(12 - len(prefix))
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        code = body + str((10 - total % 10) % 10)
        if pin_valid is None or pin.is_valid(code) == pin_valid:
            return code
    raise RuntimeError("no EAN")


@tpl("ecommerce", 4, negative=True)
def neg_price_quote(g: Gen) -> Parts:
    items = ["หม้อหุงข้าว 1.8 ลิตร", "พัดลมตั้งพื้น 16 นิ้ว", "เครื่องฟอกอากาศ PM2.5", "กระทะไฟฟ้า 12 นิ้ว",
             "หูฟังบลูทูธ ANC", "ปลั๊กพ่วง 4 ช่อง 3 เมตร", "ครีมกันแดด SPF50+ 50ml", "กาแฟดริปคั่วกลาง 250g",
             "เก้าอี้เพื่อสุขภาพ", "Power bank 20000mAh"]
    lines = []
    for it in g.r.sample(items, 4):
        full = g.r.randint(3, 120) * 100 - 10
        pct = g.r.randint(5, 45)
        lines.append(f"- {it} ราคา ฿{full * (100 - pct) // 100:,} (ปกติ ฿{full:,}) ลด {pct}% เหลือ {g.r.randint(3, 80)} ชิ้น")
    ask = _ask(g, "price", ["ช่วยเขียนแคปชันโปร 11.11 ให้น่าซื้อจากรายการนี้", "Write Facebook ad copy in Thai for:",
                            "จัดรายการนี้เป็นตาราง markdown เรียงจากส่วนลดมากไปน้อย", "สรุปว่าสินค้าไหนกำไรน่าจะดีสุด"])
    return [ask + "\n" + "\n".join(lines) + f"\nโค้ดส่วนลด SAVE{g.r.randint(50, 300)} ใช้ได้ถึง 30 พ.ย. ส่งฟรีเมื่อซื้อครบ 499.-"]


@tpl("developer", 4, negative=True)
def neg_epoch_log(g: Gen) -> Parts:
    lines = []
    for _ in range(4):
        ts = g.epoch_ms(pin_valid=g.chance(0.6))
        lines.append(g.pick([
            f'{{"level":"info","ts_ms":{ts},"route":"/api/orders","status":200,"latency_ms":{g.r.randint(5, 900)}}}',
            f"ts={ts} svc=payment-gw msg=\"retry scheduled\" attempt={g.r.randint(1, 5)} backoff_ms={g.r.randint(100, 8000)}",
            f'{{"event":"cache_miss","created_at_ms":{ts},"key":"sku:{g.digits(6)}","ttl":3600}}',
            f"[{ts}] worker-{g.r.randint(1, 16)} processed batch {g.digits(5)} in {g.r.randint(20, 2000)}ms",
        ]))
    ask = _ask(g, "epoch", ["แปลง timestamp ในล็อกนี้เป็นเวลาไทย (UTC+7) ให้หน่อย", "Which request was the slowest?",
                            "ช่วยหาว่าช่วงไหน latency พุ่ง", "Convert these epoch-millisecond values to ISO 8601"])
    return [ask + "\n```\n" + "\n".join(lines) + "\n```"]


@tpl("logistics", 4, negative=True)
def neg_order_tracking(g: Gen) -> Parts:
    order13 = g.epoch_ms(pin_valid=True)[:2] + g.digits(11)
    while not pin.is_valid(order13):
        order13 = order13[:2] + g.digits(11)
    opts = [
        f"เลขคำสั่งซื้อ {order13} สถานะ: กำลังจัดส่ง พัสดุ EMS EB{g.digits(9)}TH ถึงศูนย์คัดแยกหลักสี่แล้ว",
        f"Order #{g.digits(16)} — Kerry KEX{g.digits(11)} — out for delivery, ETA 17:00",
        f"order_no={order13} tracking=TH{g.digits(10)}A carrier=FLASH status=DELIVERED weight=1.25kg",
        f"ใบแจ้งหนี้ INV-2024-{g.digits(6)} / PO {g.digits(8)} / ใบกำกับภาษีเลขที่ {g.digits(10)}",
    ]
    ask = _ask(g, "track", ["ช่วยเขียนข้อความตอบลูกค้าที่ถามสถานะพัสดุ", "Explain these statuses to a customer in Thai",
                            "สรุปสถานะคำสั่งซื้อให้สั้นที่สุด", "ตอบลูกค้าว่าของจะถึงเมื่อไหร่"])
    return [ask + "\n" + "\n".join(g.r.sample(opts, 3))]


@tpl("ecommerce", 3, negative=True)
def neg_isbn_catalog(g: Gen) -> Parts:
    books = ["หลักการตลาดดิจิทัล", "ไพธอนสำหรับนักวิเคราะห์ข้อมูล", "ประวัติศาสตร์ไทยฉบับย่อ", "ทำอาหารคลีนใน 15 นาที",
             "เศรษฐศาสตร์ความสุข"]
    lines = [f"{b} | ISBN {_ean13(g, '978616')} | {g.r.randint(150, 650)} บาท" for b in g.r.sample(books, 3)]
    lines += [f"น้ำดื่ม 600ml แพ็ค 12 | EAN {_ean13(g, '885', pin_valid=True)} | 59 บาท",
              f"สบู่เหลว 500ml | barcode {_ean13(g, '885')} | 129 บาท"]
    ask = _ask(g, "isbn", ["ช่วยจัดหมวดหมู่สินค้าเหล่านี้", "Check which barcodes are ISBNs vs EANs",
                           "สร้างคำอธิบายสินค้าสั้นๆ ให้แต่ละรายการ"])
    return [ask + "\n" + "\n".join(lines)]


@tpl("logistics", 3, negative=True)
def neg_sku_inventory(g: Gen) -> Parts:
    rows = [f"SKU-{g.digits(5)}-{g.pick(['RED', 'BLK', 'WHT', 'NAV'])},{g.r.randint(0, 900)},"
            f"{g.pick('ABCD')}-{g.r.randint(1, 30):02d}-{g.r.randint(1, 9):02d},{g.r.randint(1, 60)}"
            for _ in range(5)]
    ask = _ask(g, "sku", ["ตัวไหนต้องสั่งเพิ่มถ้า reorder point คือ 50", "Write a SQL query to find low stock",
                          "สรุปจำนวนสต็อกตามโซนคลัง"])
    return [ask + "\nsku,qty,bin,lead_time_days\n" + "\n".join(rows)]


@tpl("developer", 3, negative=True)
def neg_version_changelog(g: Gen) -> Parts:
    v = f"{g.r.randint(1, 5)}.{g.r.randint(0, 20)}.{g.r.randint(0, 9)}"
    opts = [
        f"## v{v} (2024-11-20)\n- fix: รองรับ Android 14 (UP1A.231005.007)\n- deps: bump fastapi 0.115.5, pydantic 2.9.2",
        "Firmware router อัปเดตจาก 2.10.4.1 เป็น 2.10.5.0 แล้ว Wi-Fi หลุดบ่อยขึ้น ควร rollback ไหม",
        "Windows build 10.0.22631.4460 กับ Chrome 131.0.6778.86 ขึ้น error ERR_SSL_PROTOCOL_ERROR",
        "เราใช้ node 20.18.0, npm 10.8.2, next 14.2.18 — อัปเป็น next 15 ต้องแก้อะไรบ้าง",
    ]
    return [g.cycle("version", opts)]


@tpl("education", 4, negative=True)
def neg_public_figure(g: Gen) -> Parts:
    opts = [
        "สุนทรภู่เป็นกวีเอกสมัยรัตนโกสินทร์ตอนต้น ผลงานสำคัญคือพระอภัยมณี ช่วยสรุปให้นักเรียน ม.2 เข้าใจใน 5 บรรทัด",
        "Alan Turing proposed the imitation game in 1950. Explain the Turing test in Thai for a blog post.",
        "มารี กูรี ได้รับรางวัลโนเบลสองสาขาคือฟิสิกส์ (1903) และเคมี (1911) ช่วยเขียนบทความสั้นสำหรับวันสตรีสากล",
        "Steve Jobs เปิดตัว iPhone รุ่นแรกเมื่อปี 2007 ช่วยทำไทม์ไลน์พัฒนาการสมาร์ทโฟนจนถึงปัจจุบัน",
        "Ada Lovelace is often called the first programmer. Write a 100-word Thai summary for a kids' coding club.",
    ]
    return [g.cycle("public", opts)]


@tpl("developer", 4, negative=True)
def neg_code_snippet(g: Gen) -> Parts:
    opts = [
        "ช่วยรีวิวโค้ดนี้หน่อย\n```python\ndef is_valid_thai_id(pid: str) -> bool:\n    digits = [int(c) for c in pid if c.isdigit()]\n"
        "    if len(digits) != 13:\n        return False\n    s = sum((13 - i) * d for i, d in enumerate(digits[:12]))\n"
        "    return (11 - s % 11) % 10 == digits[12]\n```",
        "Why does this regex not match Thai mobiles?\n```js\nconst re = /^0[689]\\d{8}$/;\nconsole.log(re.test(input.replace(/-/g, '')));\n```",
        "อธิบาย window function นี้\n```sql\nSELECT region, month, SUM(amount) OVER (PARTITION BY region ORDER BY month) AS running\nFROM sales_2024;\n```",
        "Refactor to async:\n```python\nfor url in urls:\n    r = requests.get(url, timeout=10)\n    results.append(r.json()['data'])\n```",
        "ทำไม Dockerfile นี้ build ช้า\n```dockerfile\nFROM python:3.12-slim\nCOPY . /app\nRUN pip install -r /app/requirements.txt\nEXPOSE 8000\n```",
    ]
    return [g.cycle("code", opts)]


@tpl("ecommerce", 3, negative=True)
def neg_product_copy(g: Gen) -> Parts:
    opts = [
        "ช่วยเกลาคำโฆษณา: \"เซรั่มวิตามินซีเข้มข้น 20% ผิวกระจ่างใสใน 14 วัน ผ่านการทดสอบการระคายเคือง อ่อนโยนแม้ผิวแพ้ง่าย\"",
        "Rewrite for Shopee: Stainless tumbler 900ml, keeps ice 24h, BPA-free lid, 6 colours, ฟรีหลอดสแตนเลส",
        "เขียนคำบรรยายสินค้า รองเท้าวิ่งพื้นโฟมรุ่นใหม่ น้ำหนัก 230 กรัม drop 8 มม. เหมาะกับวิ่งระยะไกล",
        "แต่งกลอนสั้นโปรโมตร้านกาแฟเปิดใหม่ย่านอารีย์ เมนูเด่นคือลาเต้มะพร้าวอ่อน",
    ]
    return [g.cycle("copy", opts)]


# ---- s.26 hard negatives: general texts about a sensitive topic, about nobody in particular ----

@tpl("hospital", 4, negative=True, hard=HEALTH)
def neg_health_article(g: Gen) -> Parts:
    opts = [
        "ช่วยย่อบทความนี้: โรคเบาหวานชนิดที่ 2 เป็นโรคเรื้อรังที่พบบ่อยในคนไทยวัยทำงาน ปัจจัยเสี่ยงได้แก่ น้ำหนักเกิน "
        "การขาดการออกกำลังกาย และกรรมพันธุ์ การตรวจน้ำตาลปีละครั้งช่วยให้พบโรคเร็ว",
        "Write an infographic script: hypertension often has no symptoms; adults over 35 should check blood pressure "
        "yearly; reduce salt to under 5 g/day.",
        "สรุปแนวทางป้องกันไข้เลือดออกช่วงหน้าฝนสำหรับโรงเรียน: กำจัดแหล่งน้ำขัง ทายากันยุง และสังเกตอาการไข้สูงลอย 2-7 วัน",
        "อธิบายความแตกต่างระหว่างโรคซึมเศร้ากับความเศร้าทั่วไป สำหรับโพสต์ให้ความรู้ในเพจโรงพยาบาล",
        "มะเร็งเต้านมพบมากที่สุดในหญิงไทย ควรตรวจเต้านมด้วยตนเองทุกเดือน และตรวจแมมโมแกรมตามคำแนะนำแพทย์ ช่วยเขียนเป็นภาษาง่าย",
    ]
    return [g.cycle("health_art", opts)]


@tpl("hospital", 3, negative=True, hard=HEALTH)
def neg_health_faq(g: Gen) -> Parts:
    opts = [
        "FAQ สำหรับคลินิก: ยา PrEP ป้องกันการติดเชื้อ HIV ได้มากกว่า 90% หากกินสม่ำเสมอ ผู้ที่สนใจรับบริการต้องตรวจเลือดก่อนเริ่มยา ช่วยเรียบเรียงใหม่",
        "Translate to Thai: Tuberculosis is curable. Treatment takes at least six months and must not be interrupted.",
        "ทำตารางวัคซีนผู้ใหญ่ที่แนะนำ: ไข้หวัดใหญ่ปีละครั้ง, บาดทะยักทุก 10 ปี, ไวรัสตับอักเสบบีถ้าไม่เคยมีภูมิ",
        "สิทธิบัตรทองครอบคลุมการรักษาโรคไตวายเรื้อรังระยะสุดท้ายด้วยการล้างไตทางช่องท้องหรือไม่ ช่วยอธิบาย",
    ]
    return [g.cycle("health_faq", opts)]


@tpl("religious_org", 4, negative=True, hard=REL)
def neg_religion_article(g: Gen) -> Parts:
    opts = [
        "ช่วยเขียนบทความสั้น: ศาสนาอิสลามมีผู้นับถือมากเป็นอันดับสองของไทย ส่วนใหญ่อยู่ในจังหวัดชายแดนภาคใต้ เดือนรอมฎอนเป็นเดือนถือศีลอด",
        "Explain the difference between Theravada and Mahayana Buddhism for a tourism brochure.",
        "สรุปวันหยุดทางศาสนาในปี 2568: วันมาฆบูชา วันวิสาขบูชา วันอาสาฬหบูชา วันเข้าพรรษา และคริสต์มาส สำหรับปฏิทินบริษัท",
        "โรงแรมควรเตรียมอะไรบ้างเพื่อรองรับแขกที่นับถือศาสนาต่างๆ เช่น ห้องละหมาด อาหารฮาลาล อาหารมังสวิรัติ",
        "ร่างนโยบายบริษัท: พนักงานทุกศาสนามีสิทธิลาเพื่อประกอบพิธีทางศาสนาได้ปีละ 3 วัน",
    ]
    return [g.cycle("rel_art", opts)]


@tpl("ngo", 4, negative=True, hard=ETH)
def neg_ethnicity_article(g: Gen) -> Parts:
    opts = [
        "ภาคเหนือของไทยมีกลุ่มชาติพันธุ์หลากหลาย เช่น กะเหรี่ยง ม้ง อาข่า ลีซู ลาหู่ และเมี่ยน ช่วยทำสไลด์ 5 หน้าเรื่องวัฒนธรรมการแต่งกาย",
        "Summarise: Thailand's Chinese diaspora shaped Bangkok's Yaowarat district; Teochew is the most common dialect.",
        "อธิบายประวัติชาวมอแกนและวิถีชีวิตเร่ร่อนทางทะเลในทะเลอันดามันสำหรับนิทรรศการพิพิธภัณฑ์",
        "เขียนรายงานสถิติ: ประชากรกลุ่มชาติพันธุ์บนพื้นที่สูงในไทยมีประมาณ 1 ล้านคน กระจายใน 20 จังหวัด",
        "แปลเป็นอังกฤษ: ชุมชนมอญเกาะเกร็ดมีชื่อเสียงด้านเครื่องปั้นดินเผา",
    ]
    return [g.cycle("eth_art", opts)]


@tpl("politics", 4, negative=True, hard=POL)
def neg_politics_text(g: Gen) -> Parts:
    opts = [
        "อธิบายระบบเลือกตั้งแบบบัญชีรายชื่อและแบบแบ่งเขตของไทยให้นักเรียน ม.6 เข้าใจ",
        "Summarise the rules: civil servants must remain politically neutral and may not campaign during working hours.",
        "ร่างนโยบายบริษัท: ห้ามใช้อีเมลบริษัทเพื่อกิจกรรมทางการเมืองทุกประเภท และห้ามติดป้ายหาเสียงในสำนักงาน",
        "เปรียบเทียบแนวคิดอนุรักษ์นิยมและเสรีนิยมในทางทฤษฎี ไม่ต้องยกตัวอย่างพรรคการเมือง",
        "ผลสำรวจ: ผู้ตอบแบบสอบถาม 42% ต้องการให้แก้ไขรัฐธรรมนูญ ช่วยเขียนพาดหัวข่าวที่เป็นกลาง",
    ]
    return [g.cycle("pol_art", opts)]


@tpl("government", 4, negative=True, hard=CRIME)
def neg_crime_stats(g: Gen) -> Parts:
    opts = [
        f"สถิติคดียาเสพติดปี 2566 มีการจับกุม {g.r.randint(200, 400)},{g.digits(3)} คดี ลดลง {g.r.randint(2, 15)}% ช่วยทำกราฟและเขียนบทวิเคราะห์",
        "Explain the difference between a suspended sentence and probation under Thai criminal law.",
        "อธิบายขั้นตอนการขอตรวจสอบประวัติอาชญากรรมเพื่อสมัครงาน ต้องใช้เอกสารอะไรบ้าง",
        "เขียนบทความเตือนภัยแก๊งคอลเซ็นเตอร์: มิจฉาชีพมักอ้างเป็นเจ้าหน้าที่ตำรวจหรือไปรษณีย์",
        "ร่างนโยบาย HR: บริษัทจะพิจารณาประวัติอาชญากรรมเฉพาะตำแหน่งที่เกี่ยวข้องกับการเงินเท่านั้น",
    ]
    return [g.cycle("crime_art", opts)]


@tpl("education", 4, negative=True, hard=SEX)
def neg_sexual_health_edu(g: Gen) -> Parts:
    opts = [
        "ทำแผนการสอนเพศศึกษา ม.3: การป้องกันโรคติดต่อทางเพศสัมพันธ์และการตั้งครรภ์ไม่พร้อม ด้วยการใช้ถุงยางอนามัย",
        "Write a neutral explainer on what 'MSM' means in public-health statistics.",
        "สรุปข้อมูล: กลุ่มที่มีคู่นอนหลายคนควรตรวจคัดกรองซิฟิลิสและ HIV อย่างน้อยปีละครั้ง สำหรับโปสเตอร์คลินิก",
        "อธิบายความหมายของคำว่า LGBTQ+ และการใช้ภาษาที่เคารพความหลากหลายทางเพศในที่ทำงาน",
        "แปลแผ่นพับ: Consent must be freely given and can be withdrawn at any time.",
    ]
    return [g.cycle("sex_art", opts)]


@tpl("government", 4, negative=True, hard=DIS)
def neg_disability_policy(g: Gen) -> Parts:
    opts = [
        "สรุป พ.ร.บ.ส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ: นายจ้างที่มีลูกจ้าง 100 คนต้องจ้างคนพิการ 1 คน ช่วยทำเป็น checklist",
        "Write accessibility guidelines for our website: alt text, keyboard navigation, contrast ratio 4.5:1 for visually impaired users.",
        "ออกแบบทางลาดสำหรับรถเข็นคนพิการหน้าอาคาร ความชันไม่เกิน 1:12 ต้องมีราวจับสองข้าง",
        "อธิบายประเภทความพิการ 7 ประเภทตามประกาศกระทรวง พม. สำหรับสื่อการสอน",
        "ร่างประกาศรับสมัครงานที่เปิดรับคนพิการทุกประเภท พร้อมระบุสิ่งอำนวยความสะดวกในสำนักงาน",
    ]
    return [g.cycle("dis_art", opts)]


@tpl("hr", 4, negative=True, hard=UNION)
def neg_union_law(g: Gen) -> Parts:
    opts = [
        "ตาม พ.ร.บ.แรงงานสัมพันธ์ ลูกจ้างตั้งแต่ 10 คนขึ้นไปสามารถยื่นจดทะเบียนสหภาพแรงงานได้ ช่วยอธิบายขั้นตอน",
        "Summarise ILO Convention 87 on freedom of association in three bullet points.",
        "ร่างนโยบายบริษัท: บริษัทเคารพสิทธิในการรวมตัวและเจรจาต่อรองร่วมของลูกจ้างทุกคน",
        "เปรียบเทียบสหภาพแรงงานกับคณะกรรมการลูกจ้าง ต่างกันอย่างไร",
        "เขียนบทความประวัติวันแรงงานแห่งชาติ 1 พฤษภาคม และบทบาทของขบวนการแรงงานไทย",
    ]
    return [g.cycle("union_art", opts)]


@tpl("hospital", 4, negative=True, hard=GEN)
def neg_genetics_explainer(g: Gen) -> Parts:
    opts = [
        "อธิบายว่า DNA คืออะไร และยีนถ่ายทอดจากพ่อแม่สู่ลูกอย่างไร สำหรับนักเรียน ม.4",
        "Write a patient leaflet: BRCA1 and BRCA2 testing may be recommended when several relatives had breast or ovarian cancer.",
        "ธาลัสซีเมียเป็นโรคทางพันธุกรรมที่พบบ่อยในไทย คู่สมรสควรตรวจคัดกรองพาหะก่อนมีบุตร ช่วยทำอินโฟกราฟิก",
        "สรุปข้อดีข้อเสียของการตรวจยีน HLA-B*15:02 ก่อนเริ่มยา carbamazepine ในภาพรวมเชิงนโยบาย",
        "Explain PCR and whole-genome sequencing in simple Thai for a science podcast.",
    ]
    return [g.cycle("gen_art", opts)]


@tpl("government", 4, negative=True, hard=BIO)
def neg_biometric_policy(g: Gen) -> Parts:
    opts = [
        "ร่างนโยบาย: บริษัทจะใช้ระบบสแกนใบหน้าเพื่อลงเวลา โดยเก็บแม่แบบใบหน้าแบบเข้ารหัสและลบภายใน 30 วันหลังพ้นสภาพพนักงาน",
        "Compare fingerprint, iris and face recognition for bank branch authentication: accuracy, cost, spoofing risk.",
        "อธิบายหลักการ liveness detection ในระบบ eKYC ว่าป้องกันการใช้รูปถ่ายปลอมได้อย่างไร",
        "ตาม PDPA มาตรา 26 ข้อมูลชีวภาพ เช่น ลายนิ้วมือ ใบหน้า ม่านตา ต้องได้รับความยินยอมโดยชัดแจ้ง ช่วยสรุปเป็นภาษาง่าย",
        "Write a DPIA checklist section for voice biometrics in a call centre.",
    ]
    return [g.cycle("bio_art", opts)]


# ---- other negatives --------------------------------------------------------------------------

@tpl("hospital", 3, negative=True)
def neg_clinic_schedule(g: Gen) -> Parts:
    opts = [
        "ตารางออกตรวจ: คลินิกอายุรกรรม จ-ศ 08:00-16:00, คลินิกเด็ก จ/พ/ศ 13:00-16:00, คลินิกนอกเวลา 17:00-20:00 ช่วยทำเป็นโพสต์",
        "Appointment slots next week: Mon 09:00, 09:30, 10:00; Wed 14:00, 14:30; Fri 08:30. Which day has the most capacity?",
        "ห้องตรวจ 1-12 ปิดปรับปรุงวันที่ 2-4 ธ.ค. 2567 ย้ายไปอาคาร B ชั้น 3 ช่วยร่างประกาศ",
    ]
    return [g.cycle("clinic", opts)]


@tpl("bank", 3, negative=True)
def neg_bank_rates(g: Gen) -> Parts:
    a = f"{g.r.uniform(0.25, 2.5):.2f}"
    opts = [
        f"อัตราดอกเบี้ยเงินฝากออมทรัพย์ {a}% ต่อปี ฝากประจำ 12 เดือน {g.r.uniform(1.2, 2.9):.2f}% ช่วยคำนวณดอกเบี้ยเงินต้น 100,000 บาท",
        f"ค่าธรรมเนียมโอนต่างธนาคาร 0 บาท, ถอนต่างตู้ 15 บาท/ครั้ง หลังครั้งที่ 4, บัตรเดบิตรายปี {g.r.randint(200, 599)} บาท สรุปเป็นตาราง",
        f"MRR = {g.r.uniform(6.5, 7.5):.2f}%, MLR = {g.r.uniform(6.5, 7.2):.2f}% เงินกู้บ้าน 3 ล้าน 30 ปี ผ่อนเดือนละเท่าไร",
    ]
    return [g.cycle("rates", opts)]


@tpl("developer", 3, negative=True)
def neg_sql_schema(g: Gen) -> Parts:
    opts = [
        "Review this schema:\n```sql\nCREATE TABLE customers (\n  id BIGSERIAL PRIMARY KEY,\n  citizen_id CHAR(13) NOT NULL,\n"
        "  full_name TEXT NOT NULL,\n  mobile VARCHAR(15),\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n```",
        "ควรทำ index แบบไหนสำหรับตาราง orders(id, customer_id, status, created_at) ที่มี 80 ล้านแถว",
        "Write a migration that adds `deleted_at TIMESTAMPTZ NULL` to `accounts` and backfills nothing.",
    ]
    return [g.cycle("schema", opts)]


@tpl("developer", 3, negative=True)
def neg_config_json(g: Gen) -> Parts:
    opts = [
        '{"server": {"host": "localhost", "port": 8443}, "timeout_ms": 30000, "retry": {"max": 5, "backoff_ms": 250}, '
        '"upstream": "https://api.example.com/v2"}\nอธิบาย config นี้ทีละบรรทัด',
        "```yaml\nreplicas: 3\nresources:\n  limits: {cpu: \"2\", memory: 4Gi}\nlivenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n"
        "```\nWhy do pods restart every 90 seconds?",
        "nginx: client_max_body_size 20m; proxy_read_timeout 120s; worker_connections 4096; ค่าพวกนี้เหมาะกับ API ไหม",
    ]
    return [g.cycle("config", opts)]


@tpl("education", 3, negative=True)
def neg_math_homework(g: Gen) -> Parts:
    a, b = g.r.randint(12, 99), g.r.randint(12, 99)
    opts = [
        f"สอนวิธีหา ห.ร.ม. และ ค.ร.น. ของ {a} กับ {b} แบบทีละขั้นตอน",
        f"Solve: a train leaves at 08:15 travelling {a} km/h; another leaves at 09:00 at {b + 40} km/h. When does it catch up?",
        f"ร้านค้าขายเสื้อตัวละ {a * 10} บาท ลด 15% แล้วบวก VAT 7% ราคาสุดท้ายเท่าไร อธิบายให้เด็ก ป.6",
    ]
    return [g.cycle("math", opts)]


@tpl("tourism", 3, negative=True)
def neg_travel_itinerary(g: Gen) -> Parts:
    opts = [
        "วางแผนเที่ยวเชียงใหม่ 3 วัน 2 คืน งบ 8,000 บาท: ดอยสุเทพ, นิมมาน, ถนนคนเดินวันอาทิตย์, ม่อนแจ่ม",
        "Plan a 5-day Phuket and Phi Phi trip in March for two adults, mid-range hotels, include ferry times.",
        "เที่ยวญี่ปุ่นช่วงซากุระปลายมีนาคม ควรซื้อ JR Pass ไหม ถ้าไปโตเกียว-เกียวโต-โอซาก้า",
    ]
    return [g.cycle("travel", opts)]


@tpl("hr", 3, negative=True)
def neg_hr_policy(g: Gen) -> Parts:
    opts = [
        "ร่างระเบียบการลา: ลาพักร้อน 10 วัน/ปี, ลากิจ 3 วัน, ลาป่วยเกิน 3 วันต้องมีใบรับรองแพทย์",
        "Write an onboarding checklist for new engineers: laptop, VPN, GitHub access, security training within 7 days.",
        "คำนวณ OT: ค่าจ้างวันละ 400 บาท ทำงานล่วงเวลาวันทำงาน 3 ชั่วโมง ได้ OT เท่าไร (1.5 เท่า)",
    ]
    return [g.cycle("hrpol", opts)]


@tpl("telco", 3, negative=True)
def neg_telco_packages(g: Gen) -> Parts:
    p = g.r.randint(199, 1299)
    opts = [
        f"เปรียบเทียบแพ็กเกจรายเดือน: {p} บาท เน็ต 5G 40GB โทรฟรี 300 นาที กับ {p + 200} บาท เน็ตไม่อั้น 20Mbps",
        "Explain the difference between 5G SA and NSA for a customer FAQ.",
        f"โปรเติมเงิน {g.r.randint(10, 99)} บาท ใช้ได้ 7 วัน เน็ต 15GB — เขียนข้อความ SMS โปรโมต",
    ]
    return [g.cycle("telco", opts)]


@tpl("logistics", 3, negative=True)
def neg_shipping_rates(g: Gen) -> Parts:
    opts = [
        "ค่าส่ง: 0-1 กก. 35 บาท, 1-3 กก. 55 บาท, 3-5 กก. 75 บาท, พื้นที่ห่างไกล +20 บาท ช่วยเขียนสูตร Excel",
        "Parcel 40x30x25 cm, 6.2 kg actual — what's the volumetric weight with divisor 5000?",
        "ร่างประกาศหยุดรับพัสดุช่วงสงกรานต์ 12-16 เม.ย. และระยะเวลาส่งที่จะล่าช้า 2-3 วัน",
    ]
    return [g.cycle("ship", opts)]


@tpl("legal", 3, negative=True)
def neg_pdpa_statute(g: Gen) -> Parts:
    opts = [
        "อธิบายมาตรา 26 พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล 2562 ว่าข้อมูลอ่อนไหวมีอะไรบ้าง และฐานทางกฎหมายที่ใช้ได้",
        "Compare PDPA section 28 cross-border transfer rules with GDPR Chapter V.",
        "ร่างนโยบายความเป็นส่วนตัวสำหรับแอปสั่งอาหาร ระบุระยะเวลาเก็บรักษาข้อมูลและสิทธิของเจ้าของข้อมูล",
    ]
    return [g.cycle("pdpa", opts)]


@tpl("hr", 3, negative=True)
def neg_meeting_agenda(g: Gen) -> Parts:
    opts = [
        "วาระประชุมประจำไตรมาส: 1) ยอดขาย Q3 2) แผนงบ 2568 3) โครงการย้ายระบบขึ้นคลาวด์ 4) อื่นๆ ช่วยเขียนเป็นอีเมลเชิญประชุม",
        "Turn these notes into minutes: budget approved (+8%), hiring freeze lifted for engineering, next review Jan 15.",
        "สรุปประชุม: ตกลงเลื่อนเปิดตัวแอปเป็นกุมภาพันธ์ เพราะ QA พบบั๊กระดับ critical 3 รายการ",
    ]
    return [g.cycle("agenda", opts)]


@tpl("bank", 3, negative=True)
def neg_invoice_summary(g: Gen) -> Parts:
    sub = g.r.randint(10, 900) * 100
    opts = [
        f"ใบแจ้งหนี้ INV-{g.digits(8)} ยอดก่อนภาษี {sub:,}.00 บาท VAT 7% = {sub * 7 // 100:,}.00 หัก ณ ที่จ่าย 3% ช่วยคำนวณยอดสุทธิ",
        f"Reconcile: PO {g.digits(7)} billed {sub:,} THB but GR shows {sub - 1500:,} THB — draft a query to the supplier.",
        f"สรุปค่าใช้จ่ายเดือน ต.ค.: ค่าเช่า {sub:,} ค่าไฟ {g.r.randint(3000, 30000):,} ค่าอินเทอร์เน็ต 1,290 บาท",
    ]
    return [g.cycle("invoice", opts)]


@tpl("developer", 3, negative=True)
def neg_metrics_dump(g: Gen) -> Parts:
    lines = [f'http_requests_total{{route="/api/{g.pick(["orders", "cart", "login"])}",code="{g.pick(["200", "500"])}"}} '
             f"{g.r.randint(1000, 9999999)} {g.epoch_ms(pin_valid=g.chance(0.5))}" for _ in range(4)]
    ask = _ask(g, "metrics", ["อ่าน Prometheus metrics นี้แล้วบอกว่า error rate เท่าไร", "Which route has the most 500s?",
                              "Write a PromQL alert for this"])
    return [ask + "\n```\n" + "\n".join(lines) + "\n```"]


@tpl("government", 3, negative=True)
def neg_translation(g: Gen) -> Parts:
    opts = [
        "แปลเป็นภาษาอังกฤษ: \"สำนักงานเขตเปิดให้บริการทำบัตรประชาชนวันเสาร์ 08:30-16:30 ที่ศูนย์การค้าใกล้บ้านท่าน\"",
        "Translate to Thai: Please bring the original document and one certified copy to counter 4.",
        "แปลประโยคนี้เป็นภาษาจีน: ยินดีต้อนรับสู่ตลาดน้ำอัมพวา เปิดทุกวันศุกร์ถึงอาทิตย์",
    ]
    return [g.cycle("translate", opts)]


@tpl("government", 3, negative=True)
def neg_province_stats(g: Gen) -> Parts:
    opts = [
        f"จังหวัดเชียงใหม่มีประชากรราว 1.79 ล้านคน นักท่องเที่ยวปี 2566 ประมาณ {g.r.randint(8, 12)} ล้านคน ช่วยทำกราฟเปรียบเทียบกับภูเก็ต",
        "Summarise: Bangkok has 50 districts and about 5.5 million registered residents.",
        f"ผลผลิตข้าวนาปีภาคอีสานปี 2566 ประมาณ {g.r.randint(10, 14)} ล้านตัน เขียนบทวิเคราะห์สั้นๆ",
    ]
    return [g.cycle("stats", opts)]


@tpl("education", 3, negative=True)
def neg_school_timetable(g: Gen) -> Parts:
    opts = [
        "จัดตารางสอน ม.1/1: คณิต 5 คาบ, วิทย์ 4 คาบ, ไทย 3 คาบ, อังกฤษ 4 คาบ, สังคม 3 คาบ, พละ 1 คาบ ต่อสัปดาห์",
        "Make a revision plan for O-NET in 6 weeks covering Thai, math, science and English.",
        "ร่างกำหนดการค่ายวิทยาศาสตร์ 2 วัน 1 คืน สำหรับนักเรียน ป.5 จำนวน 40 คน",
    ]
    return [g.cycle("timetable", opts)]


# =============================================================================================
# Build
# =============================================================================================

def build() -> list[dict]:
    """Run every template ``count`` times with one seeded generator, validate, shuffle, number."""
    g = Gen(SEED)
    rows: list[dict] = []
    for t in TEMPLATES:
        for _ in range(t.count):
            text, ents = assemble(t.func(g))
            if t.negative and ents:
                raise AssertionError(f"negative template {t.name} produced entities")
            if not t.negative and not ents:
                raise AssertionError(f"positive template {t.name} produced no entities")
            for e in ents:
                span = text[e["start"]:e["end"]]
                if not _check_value(e["entity_type"], span):
                    raise AssertionError(f"{t.name}: invalid {e['entity_type']} value {span!r}")
            rows.append({"split": "test", "domain": t.domain, "template": t.name, "negative": t.negative,
                         "text": text, "entities": ents})
    random.Random(SEED + 7).shuffle(rows)
    return [{"id": f"f2-{i:04d}", **row} for i, row in enumerate(rows, 1)]


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if freshset2.jsonl is not up to date")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; run bench/make_freshset2.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({text.count(chr(10))} prompts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
