#!/usr/bin/env python3
"""Eighth blind held-out set for pdpa-guard: ``bench/freshset8.jsonl`` (session 5).

Written blind on 2026-11-24 by an annotator who never saw the detector (``pdpa_guard/``), its
tests (other than ``tests/test_freshsets.py``) or any other labelled set (``bench/*.jsonl``,
``bench/make_*set*.py``). It is a measuring instrument: do not tune on it. Quote its figure once,
then retire it to development like the sets before it.

Shape: 150+ templates, at most two prompts each, shaped like LLM traffic from Thai organisations
(insurance, telecom, government e-services, schools, logistics, fintech KYC, hospitals, HR, courts,
police, real estate, hotels, NGOs, unions, temples/mosques/churches, political campaigns), pasted
LINE chats, quoted e-mail threads, OCR with broken spacing, speech-to-text, JSON tool calls,
CSV/TSV/markdown tables, SQL, logs, code comments and RAG chunks, in Thai, English and both.
Names are written here (pools below), never drawn from Faker; all combinations are fabricated.

Annotation conventions of this set:
* PERSON is the name *without* its title or rank (``นาย``, ``พ.ต.อ.``, ``Dr.``, ``คุณ`` stay outside);
  a nickname used for a private person is PERSON. Organisations, brands and role mailboxes are not labelled.
* ADDRESS is one span from the house number (or room/building) to the postcode, or to the province.
* DATE_OF_BIRTH is the date only; numbers found by a cue (account, passport, HN, student ID) are the number only;
  PHONE_NUMBER keeps country code and extension; a plate includes the province written right after it.
* s.26 spans are the shortest phrase that discloses the fact about the person (the diagnosis, the religion,
  the conviction ...); a form value after its field label is the value only. Nationality is not ethnicity.

Usage::

    .venv/bin/python bench/make_freshset8.py            # write bench/freshset8.jsonl
    .venv/bin/python bench/make_freshset8.py --check    # exit 0 when the file is up to date, 1 otherwise
    .venv/bin/python bench/make_freshset8.py --out /tmp/f8.jsonl
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import faker
import phonenumbers
from stdnum.th import moa, pin

SEED = 20261124_8
GENERATED_WITH_FAKER = "40.54.0"
OUT = Path(__file__).resolve().parent / "freshset8.jsonl"

ENTITY_TYPES = [
    "PERSON", "TH_NATIONAL_ID", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IP_ADDRESS", "LINE_ID",
    "TH_BANK_ACCOUNT", "TH_PASSPORT", "STUDENT_ID", "MEDICAL_RECORD_NUMBER", "TH_VEHICLE_PLATE", "ADDRESS",
    "DATE_OF_BIRTH", "TH_JURISTIC_ID", "HEALTH_DATA", "RELIGION", "ETHNICITY", "POLITICAL_OPINION",
    "CRIMINAL_RECORD", "SEXUAL_BEHAVIOUR", "DISABILITY", "TRADE_UNION", "GENETIC_DATA", "BIOMETRIC_DATA",
]
S26_TYPES = ENTITY_TYPES[-10:]

Part = str | tuple[str, str]


@dataclass(frozen=True)
class Template:
    name: str
    domain: str
    negative: bool
    s26_hard_negative: str | None
    fn: Callable[[Gen], list[Part]]


TEMPLATES: list[Template] = []


def tpl(name: str, domain: str, negative: bool = False, hard: str | None = None):
    def deco(fn: Callable[[Gen], list[Part]]) -> Callable[[Gen], list[Part]]:
        if hard is not None:
            assert negative and hard in S26_TYPES, name
        TEMPLATES.append(Template(name, domain, negative, hard, fn))
        return fn
    return deco


# --- names (written here, not from Faker) -------------------------------------------------------

GIVEN_TH_OLD = [
    "สมชาย", "บุญมี", "ทองดี", "มาลี", "ประยูร", "สำราญ", "จำเนียร", "บุญเรือน", "ทองใบ", "เฉลิม", "สงัด",
    "ละเอียด", "ชื่น", "พยอม", "เจิม", "ฉลวย", "บุญส่ง", "สายหยุด", "ถนอม", "อำนวย", "ลำดวน", "ไสว", "จันทร์เพ็ญ",
    "บุญชู", "สมพงษ์", "เพ็ญศรี", "ผิน", "เขียว", "ปั่น", "หอม", "แฉล้ม", "บุญนาค", "สุดใจ", "ประทุม",
]
GIVEN_TH_LONG = [
    "ปัณณวัฒน์", "ศุภกิตติ์", "ธนัชพร", "กิตติธัช", "ณัฐณิชา", "ภูริณัฐ", "พิชญาภรณ์", "ธีรวัฒน์", "วรเมธ", "ชญานิศ",
    "ปุณยวีร์", "ศรัณย์ภัทร", "อัครวินท์", "ธนภรณ์", "สุพิชชา", "กัญญาณัฐ", "ปวริศ", "ณภัทร", "ธัญญ์ฐิตา", "ศิวกร",
    "จิรัฏฐ์", "ภัทรดนัย", "วริศรา", "อธิชา", "ฐิติพงศ์", "พีรพัฒน์", "เขมิกา", "ชนกนันท์", "ปัณฑารีย์", "กฤตเมธ",
    "วิศรุตา", "อนาวิล", "ศศิประภา", "ธรรมนูญ", "รัชตะวรรณ",
]
GIVEN_TH_MODERN = [
    "ญาณ์ดา", "ณัชชา", "ปุณณ์ภัสสร์", "อัณณ์ชญา", "ธีร์ธวัช", "พิชญ์สินี", "ภัสร์ศรัณ", "รัฐภูมิ", "ชยพล", "ณฐพร",
    "ธัญวรัตม์", "เปมิกา", "ณิชาภัทร", "ภูมิรพี", "กวินท์", "อิงฟ้า", "ใบเฟิร์น", "ข้าวหอม", "ตะวันฉาย", "พลอยไพลิน",
    "ซีน", "ไอริณ", "ธาม", "ริน", "คิรากร",
]
SURNAME_TH = [
    "ใจดี", "ศรีสุข", "วงศ์สวัสดิ์", "บุญประเสริฐ", "แก้วมณี", "ทองคำ", "พรหมสุวรรณ", "สุขเกษม", "จันทร์หอม", "ศรีวิไล",
    "ปัญญาวงศ์", "ชัยมงคล", "รุ่งเรืองศรี", "อินทร์แก้ว", "เพชรรัตน์", "นาคสวัสดิ์", "บัวแก้ว", "ดวงจันทร์", "มีสุข",
    "พึ่งบุญ", "สายทอง", "คงเจริญ", "ธนากรวิวัฒน์", "ภูมิพัฒน์ศิริ", "กิตติวรากูล", "ศักดิ์สิทธิ์ธำรง", "อุดมวิทยาการ",
    "เรืองฤทธิ์ชัยกุล", "ประสิทธิ์นฤมล", "วิริยะพันธุ์ทวี", "หาญณรงค์", "ทิพย์มณเฑียร", "สิงห์โตทอง", "ปานเพชร",
    "ขำคม", "ยิ้มแย้ม", "อ่อนละมัย", "บุตรดี", "ผาสุข", "พิมพ์ทอง", "ช่างเหล็ก", "นาคประดิษฐ์", "ศรีนวล", "มณีรัตน์",
    "โพธิ์ทอง", "ขาวผ่อง", "หอมจันทร์", "จำปาทอง", "อุ่นเรือน", "ทรัพย์มาก", "ลำพูนพงศ์",
]
SURNAME_TH_CHINESE = [
    "แซ่ลิ้ม", "แซ่ตั้ง", "แซ่อึ้ง", "แซ่เฮ้ง", "แซ่โค้ว", "แซ่จิว", "ตั้งจิตเจริญ", "โชติวัฒนะพันธ์", "เอี่ยมสกุลรัตน์",
    "ตันติวงศ์ชัย", "ลีลาศุภกุล", "แต้ประเสริฐ", "กิจเจริญสุข", "ฮั่นตระกูล", "จึงรุ่งเรือง", "โค้วสุวรรณ", "เฮงเจริญ",
    "ลิ่มวัฒนา", "อึ้งภากรณ์ศิริ", "ตันสกุลชัย", "เตียวัฒนากุล", "คูสกุลรัตน์", "ว่องไวพาณิชย์", "ซื่อตรงกิจ", "ตั้งสุนทรวงศ์",
]
MUSLIM_GIVEN_TH = [
    "อับดุลเลาะ", "มูฮำหมัด", "ฟาตีมะห์", "นูรีซัน", "อารีฟีน", "ซูไฮมี", "รอฮานี", "มะรอนิง", "ซัลมาน", "ซาการียา",
    "ฮัสนะห์", "อิบรอฮีม", "สะรีฟะห์", "ซูรายา", "นูรฮายาตี", "ยูโซฟ",
]
MUSLIM_SURNAME_TH = [
    "แวดือราแม", "สาและ", "มะแซ", "ดือเระ", "หะยีสาแม", "บินเจ๊ะมะ", "เจ๊ะเลาะ", "สะมะแอ", "อาแวบือซา", "ลาเต๊ะ",
    "หมัดหมาน", "ปูเต๊ะ", "ยูโซ๊ะ", "หะยีอาบู",
]
MUSLIM_GIVEN_EN = ["Abdullah", "Muhammad", "Fatimah", "Nurisan", "Arifin", "Suhaimi", "Rohani", "Zakariya", "Hasnah"]
MUSLIM_SURNAME_EN = ["Waedueramae", "Salaeh", "Masae", "Duerae", "Hayeesamae", "Binjehma", "Samaae", "Latae"]
HILL_GIVEN = ["อาผ่า", "นาหมื่อ", "จะลอ", "หมี่ปู", "หน่อแฮ", "ดิ๊พอ", "หน่อเปอะ", "อาจ่า", "ย่าเหมย", "ซอเล"]
HILL_SURNAME = ["เชอหมื่อ", "มาเยอะ", "อามอ", "ป่อแฮ", "จะแฮ", "แซ่ย่าง", "แซ่ว่าง", "แซ่โซ้ง", "เลายะ", "พนาไพรสณฑ์"]
MYANMAR_TH = ["ซอ มิน ทุน", "ขิ่น หม่อง วิน", "ทิดา อู", "เอ เอ มอ", "หม่อง ตาน ซอ", "นิลา เต็ง", "ยุ ยุ ขิ่น", "โก โก ลวิน"]
MYANMAR_EN = ["Kyaw Zin Oo", "Thiri Win", "Nyein Chan Aung", "Su Myat Mon", "Aye Aye Maw", "Zaw Lin Htet", "Hnin Wai Phyo"]
KH_LAO_GIVEN_TH = ["ซก", "เกียว", "สีสะหวาด", "บุนมี", "ดารา", "โสภา", "คำผาย"]
KH_LAO_SURNAME_TH = ["เดียรา", "วันนัก", "พมมะจัน", "แก้วมะนี", "จันทะวง", "สุเพีย"]
KH_LAO_EN = ["Sok Dara", "Chan Sophea", "Keo Vannak", "Souksavanh Phommachanh", "Bounmy Keomany", "Vong Sreymom"]
EXPAT_GIVEN = [
    "Oliver", "Sarah", "Jürgen", "Élodie", "Tomasz", "Takeshi", "Yui", "Rajesh", "Priya", "Harpreet", "Liam",
    "Chloe", "Mateo", "Ingrid", "Kenji", "Anjali", "Siddharth", "Hannah", "Giulia", "Declan",
]
EXPAT_SURNAME = [
    "Brennan", "McAllister", "Haffner", "Marchand", "Wójcik", "Morimoto", "Hasegawa", "Venkataraman", "Ramaswamy",
    "Singh Gill", "O'Connell", "Van der Berg", "Nakamura", "Iyer", "Fitzgerald", "Lindqvist", "Rossi", "Okafor",
    "Schneider", "Kapoor",
]
EXPAT_TH = ["โอลิเวอร์ เบรนแนน", "ฮิโรชิ ยามาซากิ", "ราเชช เวนกาตารามัน", "ซาราห์ แมคอัลลิสเตอร์", "เคนจิ นากามูระ"]
ROM_GIVEN = [
    "Somchai", "Somchay", "Kittipong", "Kittiphong", "Chatchai", "Chadchai", "Pornthip", "Ponthip", "Supachai",
    "Suphachai", "Wirat", "Virat", "Natthapong", "Nattapong", "Pimchanok", "Phimchanok", "Thanakrit", "Tanakrit",
    "Siriporn", "Sirilak", "Jiraporn", "Chiraporn", "Waraporn", "Kanokwan", "Pattarapon", "Phatharaphon",
]
ROM_SURNAME = [
    "Srisuk", "Srisook", "Wongsawat", "Wongsawad", "Jaidee", "Chaidee", "Kaewmanee", "Kaewmani", "Thongkham",
    "Boonprasert", "Bunprasoet", "Tangjitcharoen", "Limwatthana", "Chaimongkol", "Chaimongkhon", "Sukkasem",
    "Phromsuwan", "Promsuwan", "Inkaew", "Nakhasawat",
]
NICKS = [
    "ต้น", "เบียร์", "ปอนด์", "มิ้นท์", "แพรว", "อ๊อฟ", "จุ๊บแจง", "ฟ้าใส", "บอส", "กอล์ฟ", "น้ำหวาน", "พลอย", "เจ",
    "แบงค์", "ปุ๊กกี้", "ต้าร์", "หนูนา", "ฝ้าย", "ก้อย", "โอ๊ต", "แป้ง", "ตูน", "ไข่มุก", "เฟิร์น", "อั๋น",
]
TH_TITLES = ["นาย", "นาง", "น.ส.", "นางสาว", "", "", "", "คุณ", "ดร.", "ผศ.", "ผศ.ดร.", "พ.ต.อ.", "ร.ต.ท.", "จ.ส.ต.", "ว่าที่ ร.ต."]
EN_TITLES = ["Mr. ", "Ms. ", "Mrs. ", "Dr. ", "", "", "MR ", "MISS "]


# --- places -----------------------------------------------------------------------------------

PROVINCIAL = [
    ("ศรีภูมิ", "เมืองเชียงใหม่", "เชียงใหม่", "50200"), ("สุเทพ", "เมืองเชียงใหม่", "เชียงใหม่", "50200"),
    ("ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000"), ("ศิลา", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    ("หาดใหญ่", "หาดใหญ่", "สงขลา", "90110"), ("คอหงส์", "หาดใหญ่", "สงขลา", "90110"),
    ("สะเตง", "เมืองยะลา", "ยะลา", "95000"), ("บางนาค", "เมืองนราธิวาส", "นราธิวาส", "96000"),
    ("สะบารัง", "เมืองปัตตานี", "ปัตตานี", "94000"), ("ในเมือง", "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
    ("หนองปรือ", "บางละมุง", "ชลบุรี", "20150"), ("บ้านสวน", "เมืองชลบุรี", "ชลบุรี", "20000"),
    ("ตลาดใหญ่", "เมืองภูเก็ต", "ภูเก็ต", "83000"), ("ป่าตอง", "กะทู้", "ภูเก็ต", "83150"),
    ("แม่สอด", "แม่สอด", "ตาก", "63110"), ("เวียง", "เมืองเชียงราย", "เชียงราย", "57000"),
    ("หมากแข้ง", "เมืองอุดรธานี", "อุดรธานี", "41000"), ("บางพูด", "ปากเกร็ด", "นนทบุรี", "11120"),
    ("คลองหนึ่ง", "คลองหลวง", "ปทุมธานี", "12120"), ("มหาชัย", "เมืองสมุทรสาคร", "สมุทรสาคร", "74000"),
    ("ท่าศาลา", "ท่าศาลา", "นครศรีธรรมราช", "80160"), ("จองคำ", "เมืองแม่ฮ่องสอน", "แม่ฮ่องสอน", "58000"),
    ("บ่อวิน", "ศรีราชา", "ชลบุรี", "20230"), ("ปากช่อง", "ปากช่อง", "นครราชสีมา", "30130"),
    ("ในเมือง", "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"), ("วัดใหม่", "เมืองจันทบุรี", "จันทบุรี", "22000"),
]
BANGKOK = [
    ("คลองจั่น", "บางกะปิ", "10240"), ("ลาดยาว", "จตุจักร", "10900"), ("บางนาเหนือ", "บางนา", "10260"),
    ("ห้วยขวาง", "ห้วยขวาง", "10310"), ("บางพลัด", "บางพลัด", "10700"), ("ทุ่งมหาเมฆ", "สาทร", "10120"),
    ("คลองเตยเหนือ", "วัฒนา", "10110"), ("สามเสนใน", "พญาไท", "10400"), ("หนองจอก", "หนองจอก", "10530"),
    ("ดินแดง", "ดินแดง", "10400"), ("บางซื่อ", "บางซื่อ", "10800"), ("มีนบุรี", "มีนบุรี", "10510"),
    ("บางจาก", "พระโขนง", "10260"), ("สวนหลวง", "สวนหลวง", "10250"), ("บางแค", "บางแค", "10160"),
]
ROADS = ["สุขุมวิท", "พหลโยธิน", "รามคำแหง", "ลาดพร้าว", "เพชรเกษม", "จรัญสนิทวงศ์", "ประชาอุทิศ", "นิมมานเหมินท์",
         "ห้วยแก้ว", "มิตรภาพ", "ศรีจันทร์", "กาญจนวนิช", "เจริญประดิษฐ์", "แจ้งวัฒนะ", "ศรีนครินทร์", "ติวานนท์"]
VILLAGES = ["บ้านหนองบัว", "บ้านดอนแก้ว", "บ้านป่าเหมือด", "บ้านโคกสูง", "บ้านทุ่งยาว"]
ROMAN_PLACES = [
    ("Nong Prue", "Bang Lamung", "Chon Buri", "20150"), ("Suthep", "Mueang Chiang Mai", "Chiang Mai", "50200"),
    ("Patong", "Kathu", "Phuket", "83150"), ("Khlong Tan Nuea", "Watthana", "Bangkok", "10110"),
    ("Hat Yai", "Hat Yai", "Songkhla", "90110"), ("Bang Phut", "Pak Kret", "Nonthaburi", "11120"),
]
PLATE_LETTERS = "กขคฆงจฉชซญฎฐฒณดตถทธนบปผพฟภมยรลวศษสหฬอฮ"
PLATE_PROVINCES = ["กรุงเทพมหานคร", "เชียงใหม่", "ชลบุรี", "ขอนแก่น", "สงขลา", "ภูเก็ต", "นนทบุรี", "ปทุมธานี", "ยะลา",
                   "นครราชสีมา", "สมุทรปราการ", "อุดรธานี"]
TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
             "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th", "icloud.com", "hotmail.co.th",
                 "protonmail.com", "live.com"]


FEMALE = set("""
มาลี จำเนียร บุญเรือน ทองใบ ละเอียด ชื่น พยอม เจิม ฉลวย สายหยุด ลำดวน จันทร์เพ็ญ เพ็ญศรี ผิน หอม แฉล้ม สุดใจ ประทุม
ธนัชพร ณัฐณิชา พิชญาภรณ์ ชญานิศ ศรัณย์ภัทร ธนภรณ์ สุพิชชา กัญญาณัฐ ธัญญ์ฐิตา วริศรา อธิชา เขมิกา ชนกนันท์ ปัณฑารีย์
วิศรุตา ศศิประภา รัชตะวรรณ ญาณ์ดา ณัชชา ปุณณ์ภัสสร์ อัณณ์ชญา พิชญ์สินี ณฐพร ธัญวรัตม์ เปมิกา ณิชาภัทร อิงฟ้า ใบเฟิร์น
ข้าวหอม พลอยไพลิน ไอริณ ริน ฟาตีมะห์ นูรีซัน รอฮานี ฮัสนะห์ สะรีฟะห์ ซูรายา นูรฮายาตี ย่าเหมย ทิดา เอ นิลา ยุ ดารา โสภา
Fatimah Nurisan Rohani Hasnah Sarah Élodie Yui Priya Chloe Ingrid Anjali Hannah Giulia Pornthip Ponthip Pimchanok
Phimchanok Siriporn Sirilak Jiraporn Chiraporn Waraporn Kanokwan Thiri Su Aye Hnin Chan Vong
""".split())  # noqa: SIM905 - a word list reads better than a literal
MALE = set("""
สมชาย บุญมี ทองดี ประยูร สำราญ เฉลิม สงัด บุญส่ง ถนอม อำนวย ไสว บุญชู สมพงษ์ เขียว ปั่น บุญนาค ปัณณวัฒน์ ศุภกิตติ์
กิตติธัช ภูริณัฐ ธีรวัฒน์ วรเมธ ปุณยวีร์ อัครวินท์ ปวริศ ศิวกร จิรัฏฐ์ ภัทรดนัย ฐิติพงศ์ พีรพัฒน์ กฤตเมธ อนาวิล ธรรมนูญ
ธีร์ธวัช รัฐภูมิ ชยพล ภูมิรพี กวินท์ ซีน ธาม คิรากร อับดุลเลาะ มูฮำหมัด อารีฟีน ซูไฮมี มะรอนิง ซัลมาน ซาการียา อิบรอฮีม
ยูโซฟ อาผ่า จะลอ ซอเล ซอ ขิ่น หม่อง โก ซก เกียว บุนมี คำผาย Abdullah Muhammad Arifin Suhaimi Zakariya Oliver Jürgen
Tomasz Takeshi Rajesh Liam Mateo Kenji Siddharth Declan Somchai Somchay Kittipong Kittiphong Chatchai Chadchai Supachai
Suphachai Wirat Virat Natthapong Nattapong Thanakrit Tanakrit Pattarapon Phatharaphon Kyaw Nyein Zaw Sok Keo Souksavanh
Bounmy โอลิเวอร์ ฮิโรชิ ราเชช เคนจิ
""".split())  # noqa: SIM905 - a word list reads better than a literal
F_TITLES = {"นาง", "น.ส.", "นางสาว", "ยาย", "ด.ญ.", "Ms. ", "Mrs. ", "MISS ", "แม่", "ป้า"}
M_TITLES = {"นาย", "ลุง", "ด.ช.", "Mr. ", "MR ", "พระ", "ตา"}


def gender_of(name: str) -> str | None:
    first = name.split()[0]
    first = first.title() if first.isascii() else first
    return "F" if first in FEMALE else "M" if first in MALE else None


def title_gender(title: str) -> str | None:
    t = title.strip() if not title.isascii() else title
    return "F" if t in F_TITLES or title in F_TITLES else "M" if t in M_TITLES or title in M_TITLES else None


class Gen:
    """Value factory for one prompt; every draw goes through one seeded Random (and one seeded Faker)."""

    def __init__(self, rng: random.Random, fk: faker.Faker) -> None:
        self.rng = rng
        self.fk = fk

    def c(self, seq):
        return self.rng.choice(seq)

    def i(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    # names
    def name(self, kind: str | None = None, gender: str | None = None) -> str:
        """A fabricated name of the given kind; with gender ("F"/"M"), a given name that fits (or is unisex)."""
        for _attempt in range(60):
            n = self._name(kind)
            g = gender_of(n)
            if gender is None or g is None or g == gender:
                return n
        return n

    def tn(self, title: str, kind: str | None = None) -> str:
        """A name that fits the gender the title implies."""
        return self.name(kind, title_gender(title))

    def _name(self, kind: str | None = None) -> str:
        kind = kind or self.c(["th", "th", "th", "thc", "muslim_th", "hill", "modern", "old"])
        c = self.c
        if kind == "th":
            return f"{c(GIVEN_TH_OLD + GIVEN_TH_LONG + GIVEN_TH_MODERN)} {c(SURNAME_TH + SURNAME_TH_CHINESE)}"
        if kind == "old":
            return f"{c(GIVEN_TH_OLD)} {c(SURNAME_TH)}"
        if kind == "modern":
            return f"{c(GIVEN_TH_MODERN + GIVEN_TH_LONG)} {c(SURNAME_TH)}"
        if kind == "thc":
            return f"{c(GIVEN_TH_OLD + GIVEN_TH_LONG)} {c(SURNAME_TH_CHINESE)}"
        if kind == "muslim_th":
            return f"{c(MUSLIM_GIVEN_TH)} {c(MUSLIM_SURNAME_TH)}"
        if kind == "muslim_en":
            return f"{c(MUSLIM_GIVEN_EN)} {c(MUSLIM_SURNAME_EN)}"
        if kind == "hill":
            return f"{c(HILL_GIVEN)} {c(HILL_SURNAME)}"
        if kind == "mm_th":
            return c(MYANMAR_TH)
        if kind == "mm_en":
            return c(MYANMAR_EN)
        if kind == "khlao_th":
            return f"{c(KH_LAO_GIVEN_TH)} {c(KH_LAO_SURNAME_TH)}"
        if kind == "khlao_en":
            return c(KH_LAO_EN)
        if kind == "expat":
            return f"{c(EXPAT_GIVEN)} {c(EXPAT_SURNAME)}"
        if kind == "expat_th":
            return c(EXPAT_TH)
        if kind == "rom":
            return f"{c(ROM_GIVEN)} {c(ROM_SURNAME)}"
        if kind == "ROM":
            return f"{c(ROM_GIVEN)} {c(ROM_SURNAME)}".upper()
        if kind == "nick":
            return c(NICKS)
        if kind == "given":
            return c(GIVEN_TH_OLD + GIVEN_TH_LONG + GIVEN_TH_MODERN)
        raise ValueError(kind)

    def P(self, kind: str | None = None, title: str | None = None) -> list[Part]:
        """A person: optional title (outside the span) then the name as a PERSON span."""
        if title is None:
            if kind in ("expat", "rom", "ROM", "muslim_en", "mm_en", "khlao_en"):
                title = self.c(EN_TITLES)
            elif kind == "nick":
                title = self.c(["คุณ", "น้อง", "พี่", "", ""])
            else:
                title = self.c(TH_TITLES)
        return [title, ("PERSON", self.tn(title, kind))]

    # identifiers
    def tid_raw(self) -> str:
        while True:
            body = str(self.c([1, 1, 1, 2, 3, 3, 4, 5, 8])) + self.digits(11)
            num = body + pin.calc_check_digit(body)
            if pin.is_valid(num):
                return num

    def tid(self, fmt: str | None = None) -> str:
        n = self.tid_raw()
        fmt = fmt or self.c(["plain", "dash", "dash", "space", "thai", "plain"])
        if fmt == "dash":
            return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"
        if fmt == "space":
            return f"{n[0]} {n[1:5]} {n[5:10]} {n[10:12]} {n[12]}"
        if fmt == "thai":
            return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}".translate(THAI_DIGITS)
        return n

    def juristic(self, fmt: str | None = None) -> str:
        while True:
            body = "0" + self.c(["105", "107", "115", "125", "505", "835", "994"]) + self.digits(8)
            num = body + moa.calc_check_digit(body)
            if moa.is_valid(num):
                break
        if (fmt or self.c(["plain", "dash"])) == "dash":
            return f"{num[0]}-{num[1:5]}-{num[5:10]}-{num[10:12]}-{num[12]}"
        return num

    def mobile(self, fmt: str | None = None) -> str:
        while True:
            d = "0" + self.c(["6", "8", "9"]) + self.digits(8)
            if phonenumbers.is_valid_number(phonenumbers.parse(d, "TH")):
                break
        fmt = fmt or self.c(["dash", "plain", "intl", "intl_compact", "space", "paren", "dash2", "thai", "dots"])
        if fmt == "dash":
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if fmt == "dash2":
            return f"{d[:2]}-{d[2:6]}-{d[6:]}"
        if fmt == "intl":
            return f"+66 {d[1:3]} {d[3:6]} {d[6:]}"
        if fmt == "intl_compact":
            return f"+66{d[1:]}"
        if fmt == "space":
            return f"{d[:3]} {d[3:6]} {d[6:]}"
        if fmt == "paren":
            return f"({d[:3]}) {d[3:6]}-{d[6:]}"
        if fmt == "thai":
            return f"{d[:3]}-{d[3:6]}-{d[6:]}".translate(THAI_DIGITS)
        if fmt == "dots":
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        return d

    def landline(self, ext: bool | None = None) -> str:
        if self.rng.random() < 0.5:
            s = f"02-{self.i(2, 9)}{self.digits(2)}-{self.digits(4)}"
        else:
            area = self.c(["053", "043", "074", "038", "076", "044", "045", "073"])
            s = f"{area}-{self.i(2, 9)}{self.digits(2)}-{self.digits(3)}"
        if ext or (ext is None and self.rng.random() < 0.3):
            s += self.c([" ต่อ ", " ext. ", " #"]) + str(self.i(100, 4999))
        return s

    def foreign_phone(self, cc: str | None = None) -> str:
        cc = cc or self.c(["MM", "KH", "LA", "JP", "GB", "IN", "US", "DE"])
        while True:
            ex = phonenumbers.example_number_for_type(cc, phonenumbers.PhoneNumberType.MOBILE)
            nsn = str(ex.national_number)
            nsn = nsn[:2] + self.digits(len(nsn) - 2)
            num = phonenumbers.parse(f"+{ex.country_code}{nsn}")
            if phonenumbers.is_valid_number(num):
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    def email(self, name: str | None = None, domain: str | None = None) -> str:
        base = name or f"{self.c(ROM_GIVEN)} {self.c(ROM_SURNAME)}"
        parts = re.sub(r"[^a-z ]", "", base.lower()).split() or ["user"]
        style = self.i(0, 4)
        if style == 0:
            local = f"{parts[0]}.{parts[-1][:4]}"
        elif style == 1:
            local = f"{parts[0]}{self.i(1, 99)}"
        elif style == 2:
            local = f"{parts[0][0]}{parts[-1]}"
        elif style == 3:
            local = f"{parts[0]}_{self.c(['bkk', 'cm', 'th', 'xx', 'jj'])}{self.i(70, 99)}"
        else:
            local = f"{parts[-1]}.{parts[0]}"
        return f"{local}@{domain or self.c(EMAIL_DOMAINS)}"

    def card(self, fmt: str | None = None) -> str:
        kind = self.c(["visa", "visa", "mc", "jcb", "amex", "up"])
        prefix, length = {"visa": ("4" + self.digits(5), 16), "mc": ("5" + str(self.i(1, 5)) + self.digits(4), 16),
                          "jcb": ("35" + str(self.i(28, 89)) + self.digits(2), 16),
                          "amex": (self.c(["34", "37"]) + self.digits(4), 15),
                          "up": ("62" + self.digits(4), 16)}[kind]
        body = prefix + self.digits(length - len(prefix) - 1)
        total = 0
        for k, ch in enumerate(reversed(body)):
            d = int(ch)
            if k % 2 == 0:
                d *= 2
                d = d - 9 if d > 9 else d
            total += d
        num = body + str((10 - total % 10) % 10)
        fmt = fmt or self.c(["space", "dash", "plain"])
        groups = [num[:4], num[4:10], num[10:]] if len(num) == 15 else [num[k:k + 4] for k in range(0, 16, 4)]
        return {"space": " ".join(groups), "dash": "-".join(groups), "plain": num}[fmt]

    def ipv4(self, public: bool | None = None) -> str:
        if public is False or (public is None and self.rng.random() < 0.3):
            return self.c([f"10.{self.i(0, 255)}.{self.i(0, 255)}.{self.i(1, 254)}",
                           f"192.168.{self.i(0, 255)}.{self.i(1, 254)}", f"172.{self.i(16, 31)}.{self.i(0, 255)}.{self.i(1, 254)}"])
        return f"{self.c([49, 58, 61, 110, 115, 124, 171, 182, 183, 184, 202, 223])}.{self.i(0, 255)}.{self.i(0, 255)}.{self.i(1, 254)}"

    def ipv6(self) -> str:
        return "2001:" + ":".join(f"{self.i(0, 65535):x}" for _ in range(3)) + "::" + f"{self.i(1, 65535):x}"

    def line_id(self) -> str:
        base = self.c(["ploy", "nong", "beer", "tonkla", "mint", "pimmy", "joy", "kwan", "boss", "fah", "nan", "aom"])
        return self.c([f"{base}{self.i(1, 2569)}", f"{base}.{self.c(['za', 'cute', 'bkk', 'cm'])}",
                       f"{base}_{self.c(['rak', 'jung', 'naja'])}{self.i(1, 99)}", f"@{base}{self.i(10, 999)}"])

    def bank(self, fmt: str | None = None) -> str:
        fmt = fmt or self.c(["std", "std", "plain", "scb", "gsb", "space"])
        if fmt == "std":
            return f"{self.digits(3)}-{self.digits(1)}-{self.digits(5)}-{self.digits(1)}"
        if fmt == "scb":
            return f"{self.digits(3)}-{self.digits(6)}-{self.digits(1)}"
        if fmt == "gsb":
            return f"0{self.digits(2)}-{self.digits(4)}-{self.digits(5)}"
        if fmt == "space":
            return f"{self.digits(3)} {self.digits(1)} {self.digits(5)} {self.digits(1)}"
        return self.digits(10)

    def passport(self) -> str:
        return self.c(["AA", "AB", "AC", "AD", "AF", "P", "N", "AE"]) + self.digits(7 if self.rng.random() < 0.8 else 6)

    def student_id(self) -> str:
        yr = self.c(["63", "64", "65", "66", "67", "68"])
        return self.c([f"{yr}{self.digits(8)}", f"{yr}{self.digits(5)}", f"B{yr}{self.digits(5)}",
                       f"{yr}-{self.digits(6)}-{self.digits(4)}-{self.digits(1)}", f"s{yr}{self.digits(11)}", f"{yr}{self.digits(7)}"])

    def hn(self) -> str:
        yy = self.c(["62", "64", "65", "66", "67", "68"])
        return self.c([f"{self.i(1, 99999)}/{yy}", f"{yy}-{self.digits(6)}", f"{self.digits(7)}", f"HN{self.digits(8)}",
                       f"{yy}{self.digits(6)}", f"{self.digits(2)}-{self.digits(2)}-{self.digits(6)}"])

    def plate(self, with_province: bool = True) -> str:
        L = PLATE_LETTERS
        core = self.c([f"{self.i(1, 9)}{self.c(L)}{self.c(L)} {self.i(1, 9999)}", f"{self.c(L)}{self.c(L)} {self.i(1, 9999)}",
                       f"{self.c(L)}{self.c(L)}-{self.i(1, 9999)}", f"{self.i(1, 9)}{self.c(L)}{self.c(L)}{self.i(1, 9999)}"])
        return f"{core} {self.c(PLATE_PROVINCES)}" if with_province else core

    def address(self, style: str | None = None) -> str:
        style = style or self.c(["prov", "prov", "bkk", "bkk", "condo", "abbr", "en", "village"])
        house = self.c([f"{self.i(1, 999)}", f"{self.i(1, 299)}/{self.i(1, 999)}", f"{self.i(1, 99)}/{self.i(1, 9)}"])
        if style == "prov":
            t, a, p, z = self.c(PROVINCIAL)
            soi = self.c(["", f" ซอย{self.c(ROADS)} {self.i(1, 40)}", f" ซ.{self.i(1, 12)}"])
            return f"{house} หมู่ {self.i(1, 14)}{soi} ถนน{self.c(ROADS)} ตำบล{t} อำเภอ{a} จังหวัด{p} {z}"
        if style == "abbr":
            t, a, p, z = self.c(PROVINCIAL)
            return f"{house} ม.{self.i(1, 14)} ต.{t} อ.{a} จ.{p} {z}"
        if style == "village":
            t, a, p, _ = self.c(PROVINCIAL)
            return f"{house} หมู่ที่ {self.i(1, 14)} {self.c(VILLAGES)} ต.{t} อ.{a} จ.{p}"
        if style == "bkk":
            k, kh, z = self.c(BANGKOK)
            return (f"{house} {self.c(['ซอย', 'ซ.'])}{self.c(ROADS)} {self.i(1, 120)} {self.c(['ถนน', 'ถ.'])}{self.c(ROADS)} "
                    f"แขวง{k} เขต{kh} {self.c(['กรุงเทพฯ', 'กรุงเทพมหานคร', 'กทม.'])} {z}")
        if style == "condo":
            k, kh, z = self.c(BANGKOK)
            return (f"ห้อง {self.i(2, 39)}{self.i(1, 40):02d} ชั้น {self.i(2, 39)} อาคาร {self.c('ABCD')} {house} "
                    f"ถ.{self.c(ROADS)} แขวง{k} เขต{kh} กรุงเทพฯ {z}")
        t, a, p, z = self.c(ROMAN_PLACES)
        return f"{house} Moo {self.i(1, 12)}, Soi {self.i(1, 30)}, {t}, {a}, {p} {z}"

    def dob(self, style: str | None = None, young: bool = False) -> str:
        y = self.i(2011, 2019) if young else self.i(1950, 2006)
        m = self.i(1, 12)
        d = self.i(1, 28)
        style = style or self.c(["th_full", "th_abbr", "slash_be", "iso", "en", "slash_ce", "thai_digits", "dash_be"])
        if style == "th_full":
            return f"{d} {TH_MONTHS[m - 1]} {y + 543}"
        if style == "th_abbr":
            return f"{d} {TH_MON_ABBR[m - 1]} {self.c([str(y + 543), str(y + 543)[2:]])}"
        if style == "slash_be":
            return f"{d:02d}/{m:02d}/{y + 543}"
        if style == "dash_be":
            return f"{d}-{m}-{y + 543}"
        if style == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        if style == "en":
            return self.c([f"{d} {EN_MONTHS[m - 1]} {y}", f"{EN_MONTHS[m - 1][:3]} {d}, {y}"])
        if style == "slash_ce":
            return f"{d:02d}/{m:02d}/{y}"
        return f"{d} {TH_MONTHS[m - 1]} {y + 543}".translate(THAI_DIGITS)

    def epoch_ms(self) -> str:
        while True:
            v = str(self.rng.randint(1_700_000_000_000, 1_899_999_999_999))
            if pin.is_valid(v):
                return v

    def date(self) -> str:
        return f"{self.i(1, 28)}/{self.i(1, 12)}/{self.c([2567, 2568, 2569])}"

    def amount(self) -> str:
        return f"{self.i(1, 999):,}{self.c(['', ',' + self.digits(3)])}.{self.digits(2)}"


# --- s.26 phrases (disclosures about a person) ----------------------------------------------------

HEALTH_TH = ["โรคเบาหวานชนิดที่ 2", "ความดันโลหิตสูง", "ติดเชื้อเอชไอวี", "มะเร็งเต้านมระยะที่ 2", "โรคซึมเศร้า",
             "ไตวายเรื้อรังระยะที่ 4", "วัณโรคปอด", "ไวรัสตับอักเสบบีเรื้อรัง", "โรคลมชัก", "ตั้งครรภ์ 14 สัปดาห์",
             "โรคอารมณ์สองขั้ว", "ไข้เลือดออก", "หัวใจเต้นผิดจังหวะ", "หอบหืด", "โรคแพนิค", "ข้อเข่าเสื่อม",
             "โรคสะเก็ดเงิน", "ติดสุราเรื้อรัง", "เนื้องอกในสมอง", "โรคไทรอยด์เป็นพิษ", "กระดูกสะโพกหัก",
             "ภาวะสมองเสื่อม", "โรคจิตเภท", "ไมเกรนเรื้อรัง"]
HEALTH_EN = ["type 2 diabetes", "HIV positive", "stage III colon cancer", "major depressive disorder",
             "chronic kidney disease stage 4", "pulmonary tuberculosis", "hepatitis B carrier", "epilepsy",
             "bipolar disorder", "atrial fibrillation", "generalised anxiety disorder", "post-partum depression",
             "lumbar disc herniation", "schizophrenia"]
RELIGION_VALUES = ["พุทธ", "อิสลาม", "คริสต์", "ซิกข์", "ฮินดู", "คริสต์ (โรมันคาทอลิก)"]
RELIGION_PHRASES = ["ศาสนาอิสลาม", "ศาสนาคริสต์", "นับถือพุทธ", "เป็นมุสลิม", "คริสเตียนโปรเตสแตนต์", "ศาสนาซิกข์",
                    "ศาสนาฮินดู", "พยานพระยะโฮวา", "เข้ารีตเป็นคาทอลิก"]
RELIGION_EN = ["Muslim", "Catholic", "practising Buddhist", "Sikh", "Hindu", "Seventh-day Adventist", "Christian"]
ETHNICITY_VALUES = ["จีน", "มลายู", "กะเหรี่ยง", "ม้ง", "ไทใหญ่", "อาข่า", "ลาหู่", "เขมร", "มอญ", "เวียดนาม"]
ETHNICITY_PHRASES = ["ชาวกะเหรี่ยง", "ชาติพันธุ์ม้ง", "เชื้อสายมลายู", "ชาวอาข่า", "ชาวไทใหญ่", "ชาวมอแกน",
                     "ชาวเขาเผ่าลีซู", "เชื้อสายเวียดนาม", "ชาวโรฮิงญา", "เชื้อสายจีนแคะ", "ชาวลาหู่"]
ETHNICITY_EN = ["ethnic Karen", "Hmong", "Malay Muslim background", "ethnic Shan", "Rohingya", "Akha"]
POLITICAL_TH = ["สนับสนุนพรรคฝ่ายค้าน", "ไปร่วมชุมนุมต่อต้านรัฐบาล", "เป็นแกนนำกลุ่มนักศึกษาเรียกร้องประชาธิปไตย",
                "เป็นสมาชิกพรรคการเมือง", "ลงชื่อสนับสนุนการแก้ไขมาตรา 112", "เป็นหัวคะแนนให้ผู้สมัคร ส.ส. ฝ่ายรัฐบาล",
                "มีแนวคิดต่อต้านรัฐประหาร", "เป็นอาสาสมัครหาเสียงให้พรรค", "ฝักใฝ่ฝ่ายอนุรักษ์นิยม", "โพสต์วิจารณ์รัฐบาลเป็นประจำ"]
POLITICAL_EN = ["supports the opposition party", "a card-carrying party member", "joined the anti-government rally",
                "canvassed for the ruling coalition", "openly republican views", "signed the petition to amend Section 112"]
CRIMINAL_TH = ["ต้องโทษจำคุก 2 ปี คดียาเสพติด", "มีประวัติถูกจับกุมข้อหาลักทรัพย์", "เคยต้องคำพิพากษาให้จำคุก",
               "อยู่ระหว่างถูกคุมประพฤติ", "พ้นโทษเมื่อปี 2565", "มีหมายจับคดีฉ้อโกง", "เคยถูกดำเนินคดีเมาแล้วขับ",
               "ต้องคำพิพากษาคดีทำร้ายร่างกาย", "เคยรับโทษคดีพนันออนไลน์", "ถูกศาลพิพากษาจำคุก 8 เดือน รอลงอาญา"]
CRIMINAL_EN = ["convicted of drunk driving in 2022", "prior conviction for fraud", "served 3 years for robbery",
               "on probation for a drug offence", "has an outstanding arrest warrant", "criminal record: assault (2019)"]
SEXUAL_TH = ["เป็นเกย์", "มีเพศสัมพันธ์กับผู้ชายโดยไม่ป้องกัน", "เป็นไบเซ็กชวล", "มีคู่นอนหลายคน", "เป็นเลสเบี้ยน",
             "คบหาแบบชู้สาวกับเพื่อนร่วมงาน", "ใช้บริการทางเพศเป็นประจำ", "เป็นชายรักชาย", "มีความสัมพันธ์กับเพศเดียวกัน"]
SEXUAL_EN = ["is gay", "men who have sex with men (MSM)", "bisexual", "multiple sexual partners", "in a same-sex relationship",
             "lesbian", "had unprotected sex"]
DISABILITY_TH = ["พิการทางการเคลื่อนไหว", "ตาบอดสนิททั้งสองข้าง", "หูหนวก", "ต้องใช้รถเข็น", "ออทิสติก",
                 "บกพร่องทางสติปัญญา", "ขาขาดข้างซ้ายใต้เข่า", "ดาวน์ซินโดรม", "พิการทางการได้ยิน", "สายตาเลือนราง",
                 "อัมพาตครึ่งล่าง", "บกพร่องทางการเรียนรู้"]
DISABILITY_EN = ["visually impaired", "wheelchair user", "hearing impairment", "autism spectrum disorder",
                 "below-knee amputee", "paraplegic", "intellectual disability"]
UNION_TH = ["สมาชิกสหภาพแรงงานยานยนต์", "ประธานสหภาพแรงงาน", "กรรมการสหภาพแรงงานรัฐวิสาหกิจ", "เข้าร่วมสหภาพแรงงาน",
            "สมาชิกสหภาพครู", "เลขาธิการสหภาพพนักงาน", "สมาชิกสหภาพแรงงานสิ่งทอ", "ยื่นใบสมัครเป็นสมาชิกสหภาพ"]
UNION_EN = ["union member", "shop steward", "member of the labour union", "elected union committee member",
            "joined the workers' union"]
GENETIC_TH = ["ยีน BRCA1 กลายพันธุ์", "พาหะธาลัสซีเมีย", "พาหะฮีโมโกลบินอี", "ผลตรวจ HLA-B*1502 เป็นบวก",
              "ยีน CYP2C19 แบบ poor metabolizer", "ผลตรวจดีเอ็นเอยืนยันความเป็นพ่อ 99.99%", "มีภาวะ G6PD พร่อง (ยีน G6PD Viangchan)",
              "โครโมโซม 47,XXY", "ยีน APOE ε4 สองชุด", "กลายพันธุ์ยีน EGFR exon 19"]
GENETIC_EN = ["BRCA2 pathogenic variant", "HLA-B*5801 positive", "Lynch syndrome (MLH1 variant)", "karyotype 47,XXY",
              "heterozygous for HbE", "APOE e4/e4 genotype", "carrier of the alpha-thalassaemia SEA deletion"]
BIOMETRIC_TH = ["ลายนิ้วมือ", "ข้อมูลใบหน้า", "ภาพสแกนม่านตา", "ลายเส้นเลือดฝ่ามือ", "ลายเสียง", "ลายนิ้วมือทั้ง 10 นิ้ว",
                "เทมเพลตใบหน้า"]
BIOMETRIC_EN = ["fingerprint template", "face embedding", "iris scan", "voiceprint", "palm-vein pattern", "facial geometry"]

_S26_POOLS = {
    "HEALTH_DATA": (HEALTH_TH, HEALTH_EN), "RELIGION": (RELIGION_PHRASES, RELIGION_EN),
    "ETHNICITY": (ETHNICITY_PHRASES, ETHNICITY_EN), "POLITICAL_OPINION": (POLITICAL_TH, POLITICAL_EN),
    "CRIMINAL_RECORD": (CRIMINAL_TH, CRIMINAL_EN), "SEXUAL_BEHAVIOUR": (SEXUAL_TH, SEXUAL_EN),
    "DISABILITY": (DISABILITY_TH, DISABILITY_EN), "TRADE_UNION": (UNION_TH, UNION_EN),
    "GENETIC_DATA": (GENETIC_TH, GENETIC_EN), "BIOMETRIC_DATA": (BIOMETRIC_TH, BIOMETRIC_EN),
}
_COMBINING = set(chr(c) for c in [0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)])


def S(r: Gen, etype: str, en: bool = False) -> tuple[str, str]:
    th, eng = _S26_POOLS[etype]
    return (etype, r.c(eng if en else th))


def ocr(r: Gen, s: str, n: int = 2) -> str:
    """OCR-style broken spacing: a few stray spaces inside the string (never before a Thai mark)."""
    chars = list(s)
    spots = [k for k in range(1, len(chars)) if chars[k] not in _COMBINING and chars[k] != " " and chars[k - 1] != " "]
    for k in sorted(r.rng.sample(spots, min(n, len(spots))), reverse=True):
        chars.insert(k, " ")
    return "".join(chars)


# =============================================================================================
# Positive templates
# =============================================================================================

# --- insurance -----------------------------------------------------------------------------------

@tpl("ins_claim_email_quoted", "insurance")
def _(r: Gen) -> list[Part]:
    return ["ช่วยสรุปอีเมลนี้เป็นภาษาอังกฤษให้ฝ่ายเคลมหน่อยค่ะ\n\n> เรียน ฝ่ายสินไหม\n> ดิฉัน", *r.P("th", "นาง"),
            " ผู้เอาประกันกรมธรรม์ PA-", r.digits(8), " เลขบัตร ", ("TH_NATIONAL_ID", r.tid()),
            "\n> ขอเบิกค่ารักษาที่ รพ. ครั้งที่แล้ว แพทย์วินิจฉัยว่าเป็น", S(r, "HEALTH_DATA"),
            " (HN ", ("MEDICAL_RECORD_NUMBER", r.hn()), ")\n> ติดต่อกลับเบอร์ ", ("PHONE_NUMBER", r.mobile()),
            "\n\n-- ตอบกลับ --\nรับเรื่องแล้วครับ เลขรับแจ้ง CLM-", r.digits(6), " จะแจ้งผลภายใน 15 วันทำการ"]


@tpl("ins_claim_ocr_scan", "insurance")
def _(r: Gen) -> list[Part]:
    title = r.c(["นาย ", "น.ส. ", ""])
    return ["[OCR จากใบเคลม สแกน 300dpi]\nชื่อ - สกุล ผู้ป่วย : ", title, ("PERSON", ocr(r, r.tn(title.strip(), "th"))), "\nวัน เดือน ปี เกิด : ", ("DATE_OF_BIRTH", r.dob("slash_be")),
            "\nที่ อยู่ : ", ("ADDRESS", ocr(r, r.address("prov"), 3)), "\nการ วินิจฉัย : ",
            ("HEALTH_DATA", ocr(r, r.c(HEALTH_TH), 1)), "\nจำนวนเงินเรียกร้อง ", r.amount(), " บาท\n\nช่วยแก้คำผิดจาก OCR แล้วจัดเป็นตาราง"]


@tpl("ins_life_application_en", "insurance")
def _(r: Gen) -> list[Part]:
    return ["Underwriting assistant: flag anything that needs a medical exam.\nApplicant: ", *r.P("rom"),
            "\nDate of birth: ", ("DATE_OF_BIRTH", r.dob("en")), "\nSum assured: THB ", f"{r.i(1, 20)},000,000",
            "\nFamily history: mother had breast cancer; applicant tested ",
            ("GENETIC_DATA", r.c(["BRCA2 pathogenic variant", "BRCA1 c.68_69delAG positive", "PALB2 truncating variant"])),
            " at a private lab in 2024.\nCurrent conditions: ", S(r, "HEALTH_DATA", en=True), ", controlled."]


@tpl("ins_motor_line_chat", "insurance")
def _(r: Gen) -> list[Part]:
    nick = r.name("nick")
    return [f"[LINE] แชทกับลูกค้า เคลมรถ\n{r.i(9, 20)}:{r.i(10, 59)} ", ("PERSON", nick),
            ": ชนท้ายที่แยกบางนาค่ะ รถคู่กรณีทะเบียน ", ("TH_VEHICLE_PLATE", r.plate()), " หนีไปเลย\n",
            f"{r.i(9, 20)}:{r.i(10, 59)} เจ้าหน้าที่: รบกวนขอเบอร์ติดต่อกลับครับ\n{r.i(9, 20)}:{r.i(10, 59)} ", ("PERSON", nick),
            ": ", ("PHONE_NUMBER", r.mobile("plain")), " ค่า รถเราทะเบียน ", ("TH_VEHICLE_PLATE", r.plate()),
            "\n\nสรุปเหตุการณ์เป็นรายงานเคลมสั้น ๆ"]


@tpl("ins_underwriting_tool_call", "insurance")
def _(r: Gen) -> list[Part]:
    return ['{"tool":"underwrite_quote","arguments":{"insured":{"full_name":"', ("PERSON", r.name("modern")),
            '","citizen_id":"', ("TH_NATIONAL_ID", r.tid("plain")), '","dob":"', ("DATE_OF_BIRTH", r.dob("iso")),
            '"},"declared_conditions":["', S(r, "HEALTH_DATA"), '"],"disability_note":"', S(r, "DISABILITY"),
            '","plan":"HS-GOLD-', str(r.i(1, 9)), '","premium_thb":', str(r.i(8000, 90000)), "}}"]


@tpl("ins_agent_call_stt", "insurance")
def _(r: Gen) -> list[Part]:
    return ["ถอดเสียงสายสนทนาตัวแทนประกัน (ASR อัตโนมัติ อาจผิด)\nลูกค้า: เอ่อ สวัสดีค่ะ ชื่อ ", ("PERSON", r.name("given")),
            " นามสกุล ", ("PERSON", r.c(SURNAME_TH)), " ค่ะ ที่ ที่โทรมาคือ ว่า คุณแม่เพิ่งตรวจเจอ ",
            S(r, "HEALTH_DATA"), " ค่ะ จะเคลมได้ไหม\nตัวแทน: ได้ครับ ขอเบอร์ที่ติดต่อได้ครับ\nลูกค้า: ",
            ("PHONE_NUMBER", r.mobile("space")), " ค่ะ\n\nสรุปประเด็นให้หน่อย"]


@tpl("ins_group_health_csv", "insurance")
def _(r: Gen) -> list[Part]:
    rows: list[Part] = ["employee_no,name,citizen_id,ipd_diagnosis,claim_thb\n"]
    for _k in range(r.i(2, 3)):
        rows += [f"E{r.digits(5)},", ("PERSON", r.name()), ",", ("TH_NATIONAL_ID", r.tid("plain")), ",",
                 S(r, "HEALTH_DATA", en=r.rng.random() < 0.5), f",{r.i(3000, 250000)}\n"]
    return ["Summarise total claims by diagnosis from this CSV (group health renewal):\n", *rows]


# --- telecom ---------------------------------------------------------------------------------------

@tpl("tel_line_support_chat", "telecom")
def _(r: Gen) -> list[Part]:
    nick = r.name("nick")
    return ["แปะแชท LINE OA ให้ช่วยร่างคำตอบค่ะ\n", ("PERSON", nick),
            " 🐰: เน็ตบ้านหลุดทุกคืนเลยค่ะ ติดตั้งที่ ", ("ADDRESS", r.address("bkk")), "\nAdmin: ขอเบอร์ที่ลงทะเบียนครับ\n",
            ("PERSON", nick), " 🐰: ", ("PHONE_NUMBER", r.mobile()), " ชื่อในสัญญา ", *r.P("th", "นางสาว"),
            " บัตร ปชช ", ("TH_NATIONAL_ID", r.tid("dash")), "\nAdmin: รับทราบครับ 🙏"]


@tpl("tel_sim_kyc_json", "telecom")
def _(r: Gen) -> list[Part]:
    return ['POST /v2/sim/register\n{"msisdn":"', ("PHONE_NUMBER", "66" + r.mobile("plain")[1:]), '","id_card":{"pid":"',
            ("TH_NATIONAL_ID", r.tid("plain")), '","name_th":"', ("PERSON", r.name()), '","birth":"',
            ("DATE_OF_BIRTH", r.dob("slash_be")), '"},"liveness":{"score":0.97,"face_template":"', ("BIOMETRIC_DATA", "AAEC" + r.fk.sha1()[:28] + "=="), '"}}\nWhy does this return 422?']


@tpl("tel_call_center_stt", "telecom")
def _(r: Gen) -> list[Part]:
    return ["transcript_id=", r.digits(9), " (speech-to-text, th-TH)\nagent: ขอทราบชื่อผู้ใช้บริการค่ะ\ncustomer: ผม ",
            ("PERSON", r.name("old")), " ครับ เบอร์ ", ("PHONE_NUMBER", r.mobile("dash2")), " ครับ\nagent: ขอวันเกิดเพื่อยืนยันตัวตนค่ะ\ncustomer: ",
            ("DATE_OF_BIRTH", r.dob("th_full")), " ครับ\nagent: ขอบคุณค่ะ\n---\nclassify intent: billing / technical / cancel"]


@tpl("tel_migrant_sim_en", "telecom")
def _(r: Gen) -> list[Part]:
    return ["Translate to Burmese for the shop staff: customer ", ("PERSON", r.name("mm_en")),
            " (", ("ETHNICITY", r.c(["ethnic Shan", "Karen", "Mon", "Rakhine"])), ", works in Mahachai) wants to add a second number. Home number in Myanmar ",
            ("PHONE_NUMBER", r.foreign_phone("MM")), ", Thai SIM ", ("PHONE_NUMBER", r.mobile("intl")), ". Top-up 300 baht."]


@tpl("tel_fraud_log_lines", "telecom")
def _(r: Gen) -> list[Part]:
    return [f"2026-11-{r.i(10, 23)}T0{r.i(1, 9)}:{r.i(10, 59)}:11Z WARN otp.verify failed msisdn=", ("PHONE_NUMBER", r.mobile("intl_compact")),
            " src_ip=", ("IP_ADDRESS", r.ipv4(True)), " attempts=5\n", f"2026-11-{r.i(10, 23)}T0{r.i(1, 9)}:{r.i(10, 59)}:12Z INFO account.locked email=",
            ("EMAIL_ADDRESS", r.email()), " src_ip=", ("IP_ADDRESS", r.ipv6()), "\nIs this SIM-swap fraud? explain"]


@tpl("tel_complaint_email_en", "telecom")
def _(r: Gen) -> list[Part]:
    n = r.name("rom")
    return ["Draft a polite reply.\n\nFrom: ", ("PERSON", n), " <", ("EMAIL_ADDRESS", r.email(n)),
            ">\nSubject: fibre installation no-show AGAIN\n\nThis is the third time. Address: ", ("ADDRESS", r.address("en")),
            ". Call me on ", ("PHONE_NUMBER", r.mobile("intl")), " not the landline.\nRegards, ", ("PERSON", n.split()[0])]


@tpl("tel_number_porting_sql", "telecom")
def _(r: Gen) -> list[Part]:
    return ["INSERT INTO port_requests (full_name, pid, msisdn, line_id, status) VALUES\n  ('", ("PERSON", r.name()), "', '",
            ("TH_NATIONAL_ID", r.tid("plain")), "', '", ("PHONE_NUMBER", r.mobile("plain")), "', '", ("LINE_ID", r.line_id()),
            "', 'PENDING');\n-- fix the syntax error above, postgres 15"]


# --- government e-services ---------------------------------------------------------------------------

@tpl("gov_house_registration_form", "government")
def _(r: Gen) -> list[Part]:
    return ["แบบคำขอย้ายที่อยู่ (ท.ร.6) กรอกแล้ว ช่วยตรวจว่าครบไหม\nชื่อ: ", *r.P("th", "นาย"), "\nเลขประจำตัวประชาชน: ",
            ("TH_NATIONAL_ID", r.tid("space")), "\nเกิดวันที่: ", ("DATE_OF_BIRTH", r.dob("th_abbr")), "\nสัญชาติ: ไทย  เชื้อชาติ: ",
            ("ETHNICITY", r.c(ETHNICITY_VALUES)), "  ศาสนา: ", ("RELIGION", r.c(RELIGION_VALUES)), "\nย้ายไปที่: ",
            ("ADDRESS", r.address("prov"))]


@tpl("gov_disability_allowance", "government")
def _(r: Gen) -> list[Part]:
    return ["ร่างหนังสือแจ้งผลเบี้ยความพิการให้ผู้ยื่นคำขอ:\nผู้ยื่น ", *r.P("old", "นาง"), " (", ("TH_NATIONAL_ID", r.tid("dash")),
            ") ประเภทความพิการ: ", S(r, "DISABILITY"), " ได้รับเบี้ย 1,000 บาท/เดือน โอนเข้าบัญชีกรุงไทย ",
            ("TH_BANK_ACCOUNT", r.bank("std")), " เริ่มเดือน ธ.ค. 2569"]


@tpl("gov_land_deed_ocr", "government")
def _(r: Gen) -> list[Part]:
    return ["OCR โฉนดที่ดิน (ตัวอักษรเพี้ยน)\nโฉนดเลขที่ ", r.digits(5), " เล่ม ", str(r.i(1, 400)), " หน้า ", str(r.i(1, 99)),
            "\nผู้ถือกรรมสิทธิ์ ", *(lambda t: [t, ("PERSON", ocr(r, r.tn(t, "thc")))])(r.c(["นาย", "นาง"])), " เลข บัตร ",
            ("TH_NATIONAL_ID", ocr(r, r.tid("plain"), 3)), "\nอยู่บ้านเลขที่ ", ("ADDRESS", ocr(r, r.address("village"), 2)),
            "\nเนื้อที่ ", str(r.i(1, 20)), " ไร่ ", str(r.i(0, 3)), " งาน\n-> แปลงเป็น JSON"]


@tpl("gov_tax_refund_en", "government")
def _(r: Gen) -> list[Part]:
    n = r.name("ROM")
    return ["Help me answer the Revenue Department e-mail. My details: ", ("PERSON", n), ", TIN ", ("TH_NATIONAL_ID", r.tid("plain")),
            ", refund to PromptPay-linked account ", ("TH_BANK_ACCOUNT", r.bank("plain")), ", contact ", ("EMAIL_ADDRESS", r.email(n)),
            ". Ref RD-2569-", r.digits(7), ". They say my bank account name does not match."]


@tpl("gov_damrongdham_complaint", "government")
def _(r: Gen) -> list[Part]:
    return ["เรื่องร้องเรียนศูนย์ดำรงธรรม #", r.digits(6), "\nผู้ร้อง ", *r.P("th", "นาย"), " โทร ", ("PHONE_NUMBER", r.mobile()),
            "\nผู้ร้องแจ้งว่าถูกผู้ใหญ่บ้านข่มขู่เพราะ", S(r, "POLITICAL_OPINION"),
            " ขอให้ตรวจสอบ\nช่วยจัดหมวดหมู่เรื่องร้องเรียนและหน่วยงานที่รับผิดชอบ"]


@tpl("gov_stateless_registration", "government")
def _(r: Gen) -> list[Part]:
    return ["สรุปคำร้องขอสถานะบุคคล (บุคคลไม่มีสัญชาติไทย)\nผู้ร้อง: ", ("PERSON", r.name("hill")), "  เกิด ",
            ("DATE_OF_BIRTH", r.dob("th_full")), "\nกลุ่มชาติพันธุ์: ", ("ETHNICITY", r.c(["อาข่า", "ลาหู่", "ลีซู", "ม้ง", "กะเหรี่ยงโปว์"])),
            "\nที่อยู่ปัจจุบัน: ", ("ADDRESS", r.address("village")), "\nเลขประจำตัว 13 หลัก (ขึ้นต้น 6): อยู่ระหว่างดำเนินการ"]


@tpl("gov_driving_licence_renewal", "government")
def _(r: Gen) -> list[Part]:
    return ["ระบบต่อใบขับขี่ออนไลน์ – log คำขอที่ถูกปฏิเสธ\napplicant=", ("PERSON", r.name()), " pid=", ("TH_NATIONAL_ID", r.tid("plain")),
            " plate=", ("TH_VEHICLE_PLATE", r.plate()), " reason=\"ใบรับรองแพทย์ระบุ", S(r, "HEALTH_DATA"),
            "\"\nเขียนข้อความแจ้งผู้ยื่นคำขอให้สุภาพ"]


# --- education -------------------------------------------------------------------------------------

@tpl("uni_counselling_email_en", "education")
def _(r: Gen) -> list[Part]:
    n = r.name("rom")
    sexual = r.c(["is gay", "is bisexual", "is in a same-sex relationship", "has had multiple sexual partners this term"])
    return ["Summarise for the dean, keep it confidential:\n\nStudent ", ("PERSON", n), " (ID ", ("STUDENT_ID", r.student_id()),
            ", ", ("EMAIL_ADDRESS", r.email(n, "student.example-uni.ac.th")), ") came to counselling twice this month. Diagnosed with ",
            ("HEALTH_DATA", r.c(["major depressive disorder", "panic disorder", "bipolar disorder", "an eating disorder (bulimia)"])),
            " by the campus psychiatrist; also disclosed that the student ", ("SEXUAL_BEHAVIOUR", sexual),
            " and fears the family will find out."]


@tpl("school_roster_markdown", "education")
def _(r: Gen) -> list[Part]:
    rows: list[Part] = ["จัดห้องเรียนพิเศษจากตารางนี้\n\n| เลขประจำตัว | ชื่อ | วันเกิด | ศาสนา | หมายเหตุ |\n|---|---|---|---|---|\n"]
    for _k in range(2):
        rows += ["| ", ("STUDENT_ID", r.digits(5)), " | ", *r.P(None, r.c(["ด.ช.", "ด.ญ."])), " | ",
                 ("DATE_OF_BIRTH", r.dob("slash_be", young=True)), " | ", ("RELIGION", r.c(RELIGION_VALUES)), " | ", S(r, "DISABILITY"), " |\n"]
    return rows


@tpl("uni_scholarship_json", "education")
def _(r: Gen) -> list[Part]:
    return ['ตรวจ JSON ทุนการศึกษานี้ว่า schema ถูกไหม\n{"scholar":{"name":"', ("PERSON", r.name("hill")), '","student_id":"',
            ("STUDENT_ID", r.student_id()), '","pid":"', ("TH_NATIONAL_ID", r.tid("plain")), '","quota":"เด็กกลุ่มชาติพันธุ์",',
            '"ethnic_group":"', ("ETHNICITY", r.c(["อาข่า", "ลาหู่", "ม้ง", "กะเหรี่ยง", "ลีซู"])), '","bank":{"name":"ออมสิน","acct":"',
            ("TH_BANK_ACCOUNT", r.bank("gsb")), '"}}}']


@tpl("uni_disciplinary_en", "education")
def _(r: Gen) -> list[Part]:
    return ["Rewrite as a formal disciplinary memo (English):\nstudent ", ("PERSON", r.name("ROM")), " / ", ("STUDENT_ID", r.student_id()),
            " was detained overnight after the campus protest; the student is ",
            ("POLITICAL_OPINION", r.c(["a card-carrying member of an opposition party", "an outspoken supporter of the opposition",
                                       "a known organiser of anti-government rallies"])),
            " and the police note says the student has a ", ("CRIMINAL_RECORD", "prior conviction for vandalism"), "."]


@tpl("school_parent_line_group", "education")
def _(r: Gen) -> list[Part]:
    kid = r.name("nick")
    return ["กลุ่มไลน์ผู้ปกครอง ป.3/2 (คัดมาบางส่วน)\nแม่", ("PERSON", kid), ": ครูคะ ", ("PERSON", kid), " ", ("HEALTH_DATA", r.c(["แพ้กุ้งรุนแรง", "แพ้อาหารทะเล เคยช็อก", "เป็นภูมิแพ้อาหารทะเล"])),
            " ห้ามกินกุ้งนะคะ ถ้ามีอะไรโทร ", ("PHONE_NUMBER", r.mobile()), " หรือแอดไลน์ ", ("LINE_ID", r.line_id()),
            "\nครูประจำชั้น: รับทราบค่ะ\n\nช่วยทำรายการนักเรียนที่มีข้อจำกัดเรื่องอาหาร"]


@tpl("uni_exam_proctor_log", "education")
def _(r: Gen) -> list[Part]:
    return ["proctor.log\n[", r.date(), " 09:0", str(r.i(1, 9)), "] student=", ("STUDENT_ID", r.student_id()), " ip=",
            ("IP_ADDRESS", r.ipv4()), " ", ("BIOMETRIC_DATA", "face_match"), "=0.41 (threshold 0.80) -> FLAG\n[",
            "09:12] student=", ("STUDENT_ID", r.student_id()), " ip=", ("IP_ADDRESS", r.ipv4()), " ", ("BIOMETRIC_DATA", "face_match"),
            "=0.93 OK\n",
            "write an email to the flagged student asking them to re-verify"]


@tpl("uni_dorm_tsv", "education")
def _(r: Gen) -> list[Part]:
    rows: list[Part] = ["dorm allocation — fix the column alignment:\nname\tstudent_id\tphone\tmeal\n"]
    for _k in range(2):
        meal, religion = r.c([("halal", "Muslim"), ("vegetarian, no beef", "Hindu"), ("vegetarian", "Sikh"), ("halal", "มุสลิม")])
        rows += [("PERSON", r.name(r.c(["muslim_th", "th", "expat"]))), "\t", ("STUDENT_ID", r.student_id()), "\t",
                 ("PHONE_NUMBER", r.mobile("plain")), "\t", f"{meal} (", ("RELIGION", religion), ")\n"]
    return rows


# --- logistics -------------------------------------------------------------------------------------

@tpl("log_delivery_sql_insert", "logistics")
def _(r: Gen) -> list[Part]:
    return ["-- migrate to new schema, keep data\nINSERT INTO shipments(awb, recv_name, recv_tel, recv_addr, cod) VALUES ('TH",
            r.digits(10), "A', '", ("PERSON", r.name()), "', '", ("PHONE_NUMBER", r.mobile("plain")), "', '", ("ADDRESS", r.address("abbr")),
            "', ", str(r.i(99, 2500)), ".00);"]


@tpl("log_driver_vetting", "logistics")
def _(r: Gen) -> list[Part]:
    return ["ผลตรวจประวัติคนขับใหม่ (ส่งจากเอเจนซี่) ช่วยสรุปว่ารับได้ไหม\n- ", *r.P("th", "นาย"), " บัตร ", ("TH_NATIONAL_ID", r.tid()),
            " รถกระบะทะเบียน ", ("TH_VEHICLE_PLATE", r.plate()), "\n- ผลตรวจสอบประวัติอาชญากรรม: ", S(r, "CRIMINAL_RECORD"),
            "\n- ผลตรวจสารเสพติด: ไม่พบ"]


@tpl("log_parcel_rag_chunk", "logistics")
def _(r: Gen) -> list[Part]:
    return ["<context source=\"kb/claims/2569-11.md\" chunk=\"", str(r.i(3, 90)), "\">\nพัสดุ KEX", r.digits(12),
            " ผู้รับ ", ("PERSON", r.name()), " ", ("ADDRESS", r.address("prov")), " โทร ", ("PHONE_NUMBER", r.mobile()),
            " สถานะ: ตีกลับ (ไม่มีผู้รับ)\n</context>\nQuestion: why was this parcel returned and what should the customer do?"]


@tpl("log_courier_chat_en", "logistics")
def _(r: Gen) -> list[Part]:
    return ["Rider app chat, translate to Thai for the rider:\ncustomer ", ("PERSON", r.name("expat")),
            ": I'm not home, leave it with the guard. My condo: ", ("ADDRESS", r.address("en")), ". If any issue WhatsApp ",
            ("PHONE_NUMBER", r.foreign_phone()), " 🙏"]


@tpl("log_warehouse_union_memo", "logistics")
def _(r: Gen) -> list[Part]:
    return ["บันทึกภายในคลังสินค้าลาดกระบัง ห้ามส่งต่อ\nพนักงาน ", *r.P("th", "นาย"), " รหัส WH-", r.digits(4), " เลขบัตร ",
            ("TH_NATIONAL_ID", r.tid("plain")), " ได้รับเลือกเป็น", S(r, "TRADE_UNION"),
            " เมื่อ ", r.date(), "\nHR ขอให้ร่างหนังสือแจ้งสิทธิตาม พ.ร.บ.แรงงานสัมพันธ์"]


@tpl("log_cod_refund_chat", "logistics")
def _(r: Gen) -> list[Part]:
    return ["ลูกค้าขอคืนเงิน COD ช่วยร่างข้อความยืนยัน\nชื่อบัญชี: ", *r.P("muslim_th", ""), "\nธนาคาร: อิสลามแห่งประเทศไทย เลขบัญชี ",
            ("TH_BANK_ACCOUNT", r.bank()), "\nเบอร์: ", ("PHONE_NUMBER", r.mobile("dash")), "\nยอด ", r.amount(), " บาท ออเดอร์ #", r.digits(9)]


# --- fintech -------------------------------------------------------------------------------------

@tpl("fin_ekyc_payload", "fintech")
def _(r: Gen) -> list[Part]:
    return ["debug this eKYC webhook (dipchip + selfie):\n{\n  \"session\": \"", r.fk.uuid4(), "\",\n  \"ocr\": {\"pid\": \"",
            ("TH_NATIONAL_ID", r.tid("plain")), "\", \"th_name\": \"", ("PERSON", r.name()), "\", \"dob\": \"", ("DATE_OF_BIRTH", r.dob("dash_be")),
            "\"},\n  \"", ("BIOMETRIC_DATA", "face_vector"), "\": [", ", ".join(f"{r.rng.uniform(-1, 1):.4f}" for _ in range(6)),
            ", ...],\n  \"client_ip\": \"", ("IP_ADDRESS", r.ipv4(True)), "\"\n}"]


@tpl("fin_card_dispute_email", "fintech")
def _(r: Gen) -> list[Part]:
    n = r.name("rom")
    return ["Classify this dispute and propose a reply.\n\nOn Mon, ", r.date(), ", ", ("PERSON", n), " <", ("EMAIL_ADDRESS", r.email(n)),
            "> wrote:\n> I never made the THB ", r.amount(), " purchase at an overseas merchant. Card ", ("CREDIT_CARD", r.card()),
            ". Please call ", ("PHONE_NUMBER", r.mobile("intl")), ".\n> > Our ref: DSP-", r.digits(8)]


@tpl("fin_loan_notes", "fintech")
def _(r: Gen) -> list[Part]:
    return ["บันทึกพิจารณาสินเชื่อบุคคล (แปลงเป็น bullet)\nผู้กู้ ", *r.P("thc", "น.ส."), " ทำงานบริษัท เลขทะเบียนนิติบุคคล ",
            ("TH_JURISTIC_ID", r.juristic()), " เงินเดือนเข้าบัญชี ", ("TH_BANK_ACCOUNT", r.bank("scb")),
            " ผู้กู้แจ้งว่าเคยป่วย", S(r, "HEALTH_DATA"), " ปัจจุบันหายแล้ว ภาระหนี้ต่อรายได้ 38%"]


@tpl("fin_aml_alert", "fintech")
def _(r: Gen) -> list[Part]:
    return ["AML alert #", r.digits(6), " – write the STR narrative in English\nsubject: ", ("PERSON", r.name("thc")), " | pid ",
            ("TH_NATIONAL_ID", r.tid("dash")), " | acct ", ("TH_BANK_ACCOUNT", r.bank("std")), " | login ip ", ("IP_ADDRESS", r.ipv4(True)),
            "\n14 cash deposits of 49,000 THB in 3 days; customer ", S(r, "CRIMINAL_RECORD", en=True), " per news search."]


@tpl("fin_code_comment_fixture", "fintech")
def _(r: Gen) -> list[Part]:
    n = r.name("ROM")
    return ["```python\n# TODO remove before merge – copied from prod ticket #", r.digits(4), "\n# customer: ", ("PERSON", n), ", card ",
            ("CREDIT_CARD", r.card("plain")), ", ", ("EMAIL_ADDRESS", r.email(n)),
            "\ndef test_refund():\n    assert refund(amount=Decimal('1290.00')).ok\n```\nwhy is this test flaky?"]


@tpl("fin_ekyc_passport_en", "fintech")
def _(r: Gen) -> list[Part]:
    return ["Non-resident account opening, check the checklist:\nName: ", *r.P("expat"), "\nPassport: ", ("TH_PASSPORT", r.passport()),
            " (Thai re-entry record attached)\nDOB: ", ("DATE_OF_BIRTH", r.dob("en")), "\nBiometric: ", S(r, "BIOMETRIC_DATA", en=True),
            " captured at branch, stored in vault\nMissing: proof of address"]


@tpl("fin_promptpay_chat", "fintech")
def _(r: Gen) -> list[Part]:
    return ["ลูกค้าโอนผิดบัญชี แปะแชทให้ช่วยร่างแบบฟอร์มขอคืนเงิน\nลูกค้า: โอนพร้อมเพย์ไปเบอร์ ", ("PHONE_NUMBER", r.mobile()),
            " ชื่อปลายทางขึ้นว่า ", *r.P("th", "นาย"), " ซึ่งไม่ใช่คนที่ตั้งใจค่ะ ต้นทางบัญชี ", ("TH_BANK_ACCOUNT", r.bank("space")),
            "\nลูกค้า: ไลน์ ", ("LINE_ID", r.line_id()), " ค่ะ ติดต่อทางนี้สะดวกกว่า"]


# --- hospitals -------------------------------------------------------------------------------------

@tpl("hos_discharge_summary", "hospital")
def _(r: Gen) -> list[Part]:
    return ["Discharge summary – translate to plain Thai for the family\nPatient: ", *r.P(r.c(["th", "muslim_th"]), ""), "  HN ",
            ("MEDICAL_RECORD_NUMBER", r.hn()), "  DOB ", ("DATE_OF_BIRTH", r.dob("slash_ce")), "\nDx: ", S(r, "HEALTH_DATA", en=True),
            "\nPlan: f/u OPD 2 wk, continue meds, call 1669 if worse"]


@tpl("hos_referral_line", "hospital")
def _(r: Gen) -> list[Part]:
    return ["ไลน์กลุ่ม รพ.สต. ส่งต่อผู้ป่วย\nพยาบาลน้อย: ส่งตัว ", *r.P("old", "ยาย"), " HN ", ("MEDICAL_RECORD_NUMBER", r.hn()),
            " สงสัย", S(r, "HEALTH_DATA"), " ญาติเบอร์ ", ("PHONE_NUMBER", r.mobile("dash")),
            "\nรพ.อำเภอ: รับทราบ ส่งมาได้เลยค่ะ\n\nช่วยเขียนใบส่งตัวให้เป็นทางการ"]


@tpl("hos_genetic_counselling", "hospital")
def _(r: Gen) -> list[Part]:
    return ["สรุปการให้คำปรึกษาทางพันธุศาสตร์ (ร่างจดหมายถึงแพทย์เจ้าของไข้)\nผู้รับคำปรึกษา ", *r.P("modern", "คุณ"),
            " HN ", ("MEDICAL_RECORD_NUMBER", r.hn()), "\nผลตรวจ: ", S(r, "GENETIC_DATA"), "\nแนะนำตรวจคัดกรองญาติสายตรง และติดตาม",
            ("HEALTH_DATA", r.c(["มะเร็งเต้านมระยะที่ 1", "ภาวะโลหิตจางเรื้อรัง", "ภาวะสมองเสื่อมระยะแรก", "ติ่งเนื้อในลำไส้ใหญ่"]))]


@tpl("hos_lab_hl7", "hospital")
def _(r: Gen) -> list[Part]:
    g, s = r.c(ROM_GIVEN), r.c(ROM_SURNAME)
    return ["parse this HL7 v2 and tell me which OBX is abnormal\nMSH|^~\\&|LIS|HOSP|EMR|HOSP|", r.digits(12), "||ORU^R01|", r.digits(6),
            "|P|2.5\nPID|1||", ("MEDICAL_RECORD_NUMBER", r.digits(8)), "^^^HN||", ("PERSON", f"{s.upper()}^{g.upper()}"), "||",
            ("DATE_OF_BIRTH", r.dob("iso").replace("-", "")), "|F|||||||||||", ("TH_NATIONAL_ID", r.tid("plain")),
            "\nOBX|1|ST|GEN^PGx||", S(r, "GENETIC_DATA", en=True), "||||||F"]


@tpl("hos_appointment_sms_log", "hospital")
def _(r: Gen) -> list[Part]:
    rows: list[Part] = ["sms_gateway.csv – why did row 2 fail?\nsent_at,to,body\n"]
    for _k in range(2):
        rows += [f"2026-11-{r.i(10, 28)} 08:00,", ("PHONE_NUMBER", r.mobile(r.c(["plain", "intl_compact"]))), ",\"คุณ",
                 ("PERSON", r.name("given")), " นัดคลินิก", S(r, "HEALTH_DATA"), " HN ", ("MEDICAL_RECORD_NUMBER", r.hn()), " วันพรุ่งนี้ 09:00\"\n"]
    return rows


@tpl("hos_psych_note_en", "hospital")
def _(r: Gen) -> list[Part]:
    return ["Condense this psychiatry progress note:\nPt ", ("PERSON", r.name("rom")), " (MRN ", ("MEDICAL_RECORD_NUMBER", r.hn()),
            ") 27 y/o, ", ("HEALTH_DATA", r.c(["major depressive disorder", "bipolar II disorder", "generalised anxiety disorder", "adjustment disorder"])),
            ". Reports stress after coming out to family – pt ", ("SEXUAL_BEHAVIOUR", r.c(["identifies as gay", "is bisexual", "has a same-sex partner"])),
            ". Denies SI. Sertraline 50 mg."]


@tpl("hos_anc_booking", "hospital")
def _(r: Gen) -> list[Part]:
    return ["ฝากครรภ์ครั้งแรก – ช่วยเรียงข้อมูลลงแบบฟอร์ม\n", *r.P("muslim_th", "นาง"), " เลขบัตร ", ("TH_NATIONAL_ID", r.tid("plain")),
            " เกิด ", ("DATE_OF_BIRTH", r.dob("th_abbr")), " ", ("HEALTH_DATA", f"ตั้งครรภ์ {r.i(6, 30)} สัปดาห์"),
            " ครรภ์ที่ 2 ศาสนา ", ("RELIGION", "อิสลาม"), " ขอแพทย์ผู้หญิง"]


@tpl("hos_rehab_ward_note", "hospital")
def _(r: Gen) -> list[Part]:
    return ["ward note, ภาษาผสม, ช่วยทำ handover\nbed 12: ", *r.P("th", "ลุง"), " HN ", ("MEDICAL_RECORD_NUMBER", r.hn()), " – ",
            ("DISABILITY", r.c(["อัมพาตครึ่งซีกขวา", "อัมพาตครึ่งซีกซ้าย", "ต้องใช้รถเข็น", "พูดไม่ได้ (aphasia)"])), " หลัง stroke, PT วันละ 2 รอบ\nbed 14: empty"]


@tpl("hos_hiv_clinic_csv", "hospital")
def _(r: Gen) -> list[Part]:
    rows: list[Part] = ["คำนวณ % ที่มาตามนัดจากไฟล์นี้\nhn;nickname;risk;result\n"]
    for _k in range(2):
        rows += [("MEDICAL_RECORD_NUMBER", r.hn()), ";", ("PERSON", r.name("nick")), ";", S(r, "SEXUAL_BEHAVIOUR"), ";",
                 ("HEALTH_DATA", r.c(["HIV+ เริ่มยา ARV", "ซิฟิลิส", "HIV negative, เริ่ม PrEP", "หนองใน"])), "\n"]
    return rows


# --- HR -------------------------------------------------------------------------------------------

@tpl("hr_onboarding_markdown", "hr")
def _(r: Gen) -> list[Part]:
    return ["ทำ checklist พนักงานใหม่จากตาราง\n\n| field | value |\n|---|---|\n| ชื่อ | ", *r.P("th", "นางสาว"),
            " |\n| เลขบัตร | ", ("TH_NATIONAL_ID", r.tid("dash")), " |\n| วันเกิด | ", ("DATE_OF_BIRTH", r.dob("th_full")),
            " |\n| บัญชีเงินเดือน | ", ("TH_BANK_ACCOUNT", r.bank("std")), " |\n| ศาสนา (สำหรับวันหยุด) | ", ("RELIGION", r.c(RELIGION_VALUES)), " |"]


@tpl("hr_disciplinary_email", "hr")
def _(r: Gen) -> list[Part]:
    return ["Can you make this email sound less aggressive?\n\nคุณ", ("PERSON", r.name("given")),
            " ครับ ผู้จัดการโรงงานทราบว่าคุณเป็น", S(r, "TRADE_UNION"), " และ", S(r, "POLITICAL_OPINION"),
            " ระหว่างเวลางาน ขอให้มาพบ HR วันศุกร์นี้"]


@tpl("hr_background_check", "hr")
def _(r: Gen) -> list[Part]:
    return ["Background check vendor report – summarise in 3 lines\nCandidate: ", ("PERSON", r.name("ROM")), "\nNational ID: ",
            ("TH_NATIONAL_ID", r.tid("space")), "\nCriminal: ", S(r, "CRIMINAL_RECORD", en=True), "\nEducation: verified"]


@tpl("hr_sick_leave_line", "hr")
def _(r: Gen) -> list[Part]:
    return ["ลาป่วยผ่านไลน์ ช่วยกรอกแบบฟอร์มลา\n", ("PERSON", r.name("nick")), ": พี่คะ หนูขอลา 3 วันนะคะ หมอบอกเป็น", S(r, "HEALTH_DATA"),
            " มีใบรับรองแพทย์ค่ะ\nหัวหน้า: ok จ้า พักผ่อนเยอะ ๆ"]


@tpl("hr_payroll_csv", "hr")
def _(r: Gen) -> list[Part]:
    rows: list[Part] = ["payroll export, employer ", ("TH_JURISTIC_ID", r.juristic("plain")), " — convert to the KTB bulk format\n"]
    for _k in range(2):
        rows += [("PERSON", r.name()), ",", ("TH_NATIONAL_ID", r.tid("plain")), ",", ("TH_BANK_ACCOUNT", r.bank("plain")), f",{r.i(15, 90)}000.00\n"]
    return rows


@tpl("hr_migrant_worker_list", "hr")
def _(r: Gen) -> list[Part]:
    return ["รายชื่อแรงงานต่างด้าวตรวจสุขภาพ (แปลเป็นภาษาพม่าให้หัวหน้างาน)\n1. ", ("PERSON", r.name("mm_th")), " เกิด ",
            ("DATE_OF_BIRTH", r.dob("slash_ce")), " เชื้อชาติ ", ("ETHNICITY", r.c(["มอญ", "ไทใหญ่", "กะเหรี่ยง", "พม่า"])),
            " ผล: ", ("HEALTH_DATA", r.c(["วัณโรคปอด", "ซิฟิลิส", "ไวรัสตับอักเสบบีเรื้อรัง", "ตั้งครรภ์ 10 สัปดาห์", "ความดันโลหิตสูง"])), "\n2. ", ("PERSON", r.name("khlao_th")), " ผล: ปกติ"]


@tpl("hr_accommodation_request_en", "hr")
def _(r: Gen) -> list[Part]:
    n = r.name("expat")
    return ["Reply to this accommodation request:\nFrom: ", ("EMAIL_ADDRESS", r.email(n)), "\nHi HR, I'm ", ("PERSON", n),
            ", starting Monday in the Bangkok office. I'm ",
            ("DISABILITY", r.c(["visually impaired", "a wheelchair user", "hard of hearing", "a below-knee amputee", "on the autism spectrum"])),
            ", so I'll need a desk near the lift. Thanks!"]


@tpl("hr_grievance_stt", "hr")
def _(r: Gen) -> list[Part]:
    return ["[บันทึกเสียงการสอบข้อเท็จจริง – ถอดความอัตโนมัติ]\nผู้ร้อง: คือ หนู ", ("PERSON", r.name("given")),
            " ค่ะ หัวหน้า เขาเอาเรื่องว่าหนู", S(r, "SEXUAL_BEHAVIOUR"), " ไปพูดในกลุ่ม แล้วก็ขู่ว่าถ้า", S(r, "TRADE_UNION"),
            " จะไม่ต่อสัญญา\nกรรมการ: ค่ะ มีพยานไหมคะ\n\nสรุปประเด็นข้อร้องเรียน"]


@tpl("hr_time_attendance_log", "hr")
def _(r: Gen) -> list[Part]:
    return ["ZKTeco export, why duplicated?\nemp,name,method,ts\nA", r.digits(4), ",", ("PERSON", r.name()), ",",
            S(r, "BIOMETRIC_DATA", en=True), ",2026-11-21 07:58\nA", r.digits(4), ",", ("PERSON", r.name()), ",",
            S(r, "BIOMETRIC_DATA", en=True), ",2026-11-21 07:58"]


# --- legal / courts ----------------------------------------------------------------------------------

@tpl("court_judgment_summary", "legal")
def _(r: Gen) -> list[Part]:
    return ["สรุปคำพิพากษาศาลจังหวัด คดีหมายเลขแดงที่ อ.", r.i(100, 3999), "/2568 ให้ลูกความอ่านเข้าใจง่าย\nจำเลย ", *r.P("th", "นาย"),
            " เลขประจำตัวประชาชน ", ("TH_NATIONAL_ID", r.tid("dash")), " ศาลพิพากษาว่า", S(r, "CRIMINAL_RECORD"),
            " ทั้งนี้จำเลยเคยกระทำผิดมาก่อน"]


@tpl("law_firm_email_en", "legal")
def _(r: Gen) -> list[Part]:
    return ["Please tighten this client memo:\n\nRe: work-permit renewal of ", *r.P("expat"), " (passport ", ("TH_PASSPORT", r.passport()),
            ")\nImmigration flagged that the client ", S(r, "CRIMINAL_RECORD", en=True), " in the home country. We should disclose it proactively."]


@tpl("court_custody_petition", "legal")
def _(r: Gen) -> list[Part]:
    return ["ร่างคำร้องขออำนาจปกครองบุตร ช่วยเรียบเรียง\nผู้ร้อง ", *r.P("th", "นาง"), " อาศัยอยู่ ", ("ADDRESS", r.address("bkk")),
            "\nผู้ร้องอ้างว่าสามีคือ ", *r.P("th", "นาย"), " ", S(r, "SEXUAL_BEHAVIOUR"), " และ", S(r, "HEALTH_DATA"),
            " ไม่เหมาะสมจะเลี้ยงดูบุตร"]


@tpl("legal_paternity_dna", "legal")
def _(r: Gen) -> list[Part]:
    return ["ทนายขอให้แปลผลตรวจเป็นภาษาอังกฤษเพื่อยื่นศาล\nผู้ถูกตรวจ: ", *r.P("thc", "นาย"), " (", ("TH_NATIONAL_ID", r.tid("plain")),
            ")\nเด็ก: ", *r.P("th", "ด.ญ."), "\nผล: ",
            ("GENETIC_DATA", r.c(["ผลตรวจดีเอ็นเอยืนยันความเป็นพ่อ 99.99%", "ดีเอ็นเอไม่ตรงกัน ตัดความเป็นบิดา",
                                  "STR 21 ตำแหน่งตรงกันทั้งหมด (CPI > 10,000)"])), "\nห้องปฏิบัติการ: ศูนย์พันธุศาสตร์ (มาตรฐาน ISO 15189)"]


@tpl("lawyer_debt_notice", "legal")
def _(r: Gen) -> list[Part]:
    return ["Generate the Thai demand letter from these fields:\ncreditor_tax_id=", ("TH_JURISTIC_ID", r.juristic("dash")),
            "\ndebtor=", ("PERSON", r.name()), "\ndebtor_pid=", ("TH_NATIONAL_ID", r.tid("plain")), "\ndebtor_addr=",
            ("ADDRESS", r.address("abbr")), "\nprincipal=", r.amount(), "\ninterest=5%/yr"]


# --- police ----------------------------------------------------------------------------------------

@tpl("police_daily_log", "police")
def _(r: Gen) -> list[Part]:
    return ["บันทึกประจำวัน สภ.", r.c(["เมืองยะลา", "หาดใหญ่", "แม่สอด", "บางละมุง"]), " ข้อ ", str(r.i(1, 40)),
            " เวลา 02.15 น.\nจับกุม ", *r.P("th", "นาย"), " อายุ ", str(r.i(19, 60)), " ปี บัตร ", ("TH_NATIONAL_ID", r.tid("thai")),
            " ขับรถทะเบียน ", ("TH_VEHICLE_PLATE", r.plate()), " ตรวจประวัติพบว่า", S(r, "CRIMINAL_RECORD"),
            "\nช่วยพิมพ์ใหม่ให้อ่านง่าย"]


@tpl("police_missing_person", "police")
def _(r: Gen) -> list[Part]:
    return ["ทำประกาศคนหายลงเพจ สั้น ๆ\nชื่อ ", ("PERSON", r.name("hill")), " เกิด ", ("DATE_OF_BIRTH", r.dob("th_full")), " ",
            S(r, "ETHNICITY"), " ", S(r, "DISABILITY"), " พูดภาษาไทยไม่คล่อง สวมเสื้อสีแดง\nพบเห็นแจ้ง ",
            ("PHONE_NUMBER", r.mobile()), " หรือ 191"]


@tpl("police_accident_ocr", "police")
def _(r: Gen) -> list[Part]:
    return ["ส แกนรายงานอุบัติเหตุ (OCR)\nผู้ขับขี่คันที่ 1 ", ("PERSON", ocr(r, r.name())), " ทะเบียน ", ("TH_VEHICLE_PLATE", r.plate()),
            "\nเลขบัตร ", ("TH_NATIONAL_ID", ocr(r, r.tid("plain"), 2)), "\nบาดเจ็บ: ", ("HEALTH_DATA", r.c(["กระดูกขาซ้ายหัก", "ศีรษะกระแทก มีเลือดออกในสมอง", "ซี่โครงหัก 2 ซี่", "แผลฉีกขาดที่แขน เย็บ 12 เข็ม"])),
            "\nผู้ขับขี่คันที่ 2 หลบหนี\n-> สรุปเป็นภาษาอังกฤษสำหรับบริษัทประกัน"]


@tpl("police_cctv_face_match", "police")
def _(r: Gen) -> list[Part]:
    return ['{"event":"watchlist_hit","camera":"CAM-', r.digits(3), '","subject":"', ("PERSON", r.name()), '","',
            "match_on", '":"', ("BIOMETRIC_DATA", r.c(["face embedding", "facial geometry", "face template v3"])), '","similarity":0.', r.digits(2), ',"watchlist_reason":"',
            S(r, "CRIMINAL_RECORD", en=True), '"}\nexplain this alert to the duty officer in Thai']


@tpl("police_foreigner_drug_test_en", "police")
def _(r: Gen) -> list[Part]:
    return ["Tourist police incident note – translate to Thai\nForeign national ", *r.P("expat"), ", passport ", ("TH_PASSPORT", r.passport()),
            ", urine test positive for methamphetamine; the subject ", S(r, "CRIMINAL_RECORD", en=True), ". Embassy notified."]


# --- real estate -----------------------------------------------------------------------------------

@tpl("re_lease_contract", "real_estate")
def _(r: Gen) -> list[Part]:
    return ["ตรวจสัญญาเช่าคอนโดนี้ว่ามีข้อเสียเปรียบไหม\nผู้ให้เช่า: บริษัท เลขทะเบียน ", ("TH_JURISTIC_ID", r.juristic()),
            "\nผู้เช่า: ", *r.P("th", "นางสาว"), " บัตรประชาชนเลขที่ ", ("TH_NATIONAL_ID", r.tid()), "\nทรัพย์ที่เช่า: ",
            ("ADDRESS", r.address("condo")), "\nโทรผู้เช่า ", ("PHONE_NUMBER", r.mobile()), "\nค่าเช่า 12,500 บาท/เดือน"]


@tpl("re_condo_security_log", "real_estate")
def _(r: Gen) -> list[Part]:
    return ["นิติบุคคลอาคารชุด – สมุดบันทึก รปภ.\n22:40 ผู้มาติดต่อห้อง ", r.c(["1207", "815", "2304"]), " ", ("PERSON", r.name()),
            " รถ ", ("TH_VEHICLE_PLATE", r.plate()), " โทร ", ("PHONE_NUMBER", r.mobile("plain")),
            "\n23:10 ออก\nช่วยทำสรุปรายสัปดาห์ส่งกรรมการ"]


@tpl("re_buyer_kyc_en", "real_estate")
def _(r: Gen) -> list[Part]:
    n = r.name("expat")
    return ["Foreign-quota condo purchase, draft the FET form cover letter:\nBuyer: ", ("PERSON", n), "\nPassport no. ",
            ("TH_PASSPORT", r.passport()), "\nEmail: ", ("EMAIL_ADDRESS", r.email(n)), "\nFunds remitted to Thai account ",
            ("TH_BANK_ACCOUNT", r.bank("std")), " (USD 185,000)"]


@tpl("re_tenant_screening", "real_estate")
def _(r: Gen) -> list[Part]:
    return ["เจ้าของห้องส่งมาในไลน์ ช่วยบอกว่าแบบนี้ผิด พ.ร.บ.คุ้มครองข้อมูลไหม\n\"ผู้สมัครเช่า ", ("PERSON", r.name("muslim_th")),
            " เป็น", ("RELIGION", r.c(["มุสลิม", "คนอิสลาม"])), " แถม", S(r, "CRIMINAL_RECORD"),
            " ไม่ให้เช่านะ\" ส่งมาพร้อมรูปบัตรประชาชน"]


# --- hotels / travel -------------------------------------------------------------------------------

@tpl("hotel_booking_en", "hotel")
def _(r: Gen) -> list[Part]:
    n = r.name("expat")
    return ["Reservation import failed, find the bad field:\nguest=", ("PERSON", n), ";passport=", ("TH_PASSPORT", r.passport()),
            ";email=", ("EMAIL_ADDRESS", r.email(n)), ";card=", ("CREDIT_CARD", r.card("dash")), ";phone=",
            ("PHONE_NUMBER", r.foreign_phone()), ";arrival=2026-12-", str(r.i(10, 28))]


@tpl("hotel_special_requests", "hotel")
def _(r: Gen) -> list[Part]:
    return ["สรุป special request ให้แม่บ้านกับครัว\nห้อง 4", r.digits(2), " ", *r.P("muslim_en"), ": ", ("RELIGION", r.c(["Muslim", "practising Muslim"])),
            " guest, halal meals only; companion is a ", ("DISABILITY", r.c(["wheelchair user", "paraplegic", "below-knee amputee", "blind guest"])), ", needs accessible bathroom\nห้อง 512: late checkout"]


@tpl("travel_visa_json", "travel")
def _(r: Gen) -> list[Part]:
    return ['{"visa_application":{"applicant":"', ("PERSON", r.name("ROM")), '","passport_no":"', ("TH_PASSPORT", r.passport()),
            '","date_of_birth":"', ("DATE_OF_BIRTH", r.dob("slash_ce")), '","bank_statement_acct":"', ("TH_BANK_ACCOUNT", r.bank("plain")),
            '","destination":"JP"}}\nfill the missing fields of the Japanese visa form from this']


@tpl("tour_group_tsv", "travel")
def _(r: Gen) -> list[Part]:
    rows: list[Part] = ["rooming list ทัวร์ฮอกไกโด — เรียงตามห้อง\nname\tpassport\tdob\tnote\n"]
    for _k in range(2):
        rows += [("PERSON", r.name("ROM")), "\t", ("TH_PASSPORT", r.passport()), "\t", ("DATE_OF_BIRTH", r.dob("slash_ce")), "\t",
                 ("HEALTH_DATA", r.c(["แพ้ถั่วลิสง", "เบาหวาน ต้องฉีดอินซูลิน", "หอบหืด พกยาพ่น", "โรคหัวใจ ห้ามเดินไกล"])), "\n"]
    return rows


@tpl("hotel_wifi_radius_log", "hotel")
def _(r: Gen) -> list[Part]:
    return ["radius.log (guest wifi)\nAccess-Accept user=room", r.i(101, 899), "_", ("PERSON", r.name("rom").split()[1].lower()),
            " framed_ip=", ("IP_ADDRESS", r.ipv4(False)), " nas=", ("IP_ADDRESS", r.ipv4(True)),
            "\nsession 6h – why does the guest get disconnected?"]


# --- NGOs ------------------------------------------------------------------------------------------

@tpl("ngo_migrant_case_note", "ngo")
def _(r: Gen) -> list[Part]:
    return ["Case note (Mae Sot office), translate to English for the donor report, remove nothing yet\nผู้รับบริการ ", ("PERSON", r.name("mm_th")),
            " ", ("ETHNICITY", r.c(["ชาวกะเหรี่ยง", "ชาวไทใหญ่", "ชาวมอญ", "ชาวพม่า"])), " ทำงานไร่ข้าวโพด ", S(r, "HEALTH_DATA"), " ติดต่อผ่านล่าม ", ("PHONE_NUMBER", r.mobile())]


@tpl("ngo_outreach_chat", "ngo")
def _(r: Gen) -> list[Part]:
    return ["แชทอาสาสมัคร outreach (ตัดมา)\nอาสา: น้อง", ("PERSON", r.name("nick")), " ", S(r, "SEXUAL_BEHAVIOUR"),
            " อยากตรวจเลือด ผลครั้งก่อน", ("HEALTH_DATA", r.c(["ติดเชื้อเอชไอวี", "ซิฟิลิส", "หนองในเทียม", "ไวรัสตับอักเสบซี"])), " ให้ติดต่อกลับทางไลน์ ", ("LINE_ID", r.line_id()),
            "\nช่วยเขียนข้อความนัดหมายที่ไม่ตีตรา"]


@tpl("ngo_refugee_intake_en", "ngo")
def _(r: Gen) -> list[Part]:
    return ["Intake form → JSON please.\nName: ", ("PERSON", r.name(r.c(["mm_en", "muslim_en"]))), "\nEthnicity: ",
            ("ETHNICITY", r.c(["Rohingya", "Karen", "Kachin", "Shan"])), "\nReligion: ", ("RELIGION", r.c(["Muslim", "Baptist", "Buddhist"])),
            "\nDOB (approx.): ", ("DATE_OF_BIRTH", r.dob("en")), "\nArrived: Mae La camp, 2019"]


@tpl("ngo_donor_receipt", "ngo")
def _(r: Gen) -> list[Part]:
    return ["ออกใบอนุโมทนาบัตรลดหย่อนภาษี\nผู้บริจาค: ", *r.P("thc", "คุณ"), "\nเลขประจำตัวผู้เสียภาษี: ", ("TH_NATIONAL_ID", r.tid()),
            "\nที่อยู่: ", ("ADDRESS", r.address()), "\nจำนวน 5,000 บาท (โครงการอาหารกลางวัน)"]


@tpl("ngo_disability_registry_csv", "ngo")
def _(r: Gen) -> list[Part]:
    rows: list[Part] = ["dedupe this list (same person twice?)\nname|pid|type|tel\n"]
    n, t = r.name("old"), r.tid("plain")
    for _k in range(2):
        rows += [("PERSON", n), "|", ("TH_NATIONAL_ID", t), "|", S(r, "DISABILITY"), "|", ("PHONE_NUMBER", r.mobile()), "\n"]
    return rows


# --- unions ----------------------------------------------------------------------------------------

@tpl("union_membership_csv", "union")
def _(r: Gen) -> list[Part]:
    rows: list[Part] = ["ทำบัตรสมาชิกจากไฟล์ (สหภาพแรงงานนิคมอมตะ)\nชื่อ,บัตร,โทร,สถานะ\n"]
    for _k in range(2):
        rows += [("PERSON", r.name()), ",", ("TH_NATIONAL_ID", r.tid("plain")), ",", ("PHONE_NUMBER", r.mobile("plain")), ",",
                 ("TRADE_UNION", r.c(["สมาชิกสามัญ", "กรรมการสหภาพ", "สมาชิกสหภาพ (ชำระค่าบำรุงแล้ว)"])), "\n"]
    return rows


@tpl("union_strike_line", "union")
def _(r: Gen) -> list[Part]:
    return ["ไลน์กลุ่มคนงาน กะดึก\n", ("PERSON", r.name("nick")), ": พรุ่งนี้นัดหยุดงาน ใครเป็น", S(r, "TRADE_UNION"),
            " มาหน้าโรงงาน 6 โมง\n", ("PERSON", r.name("nick")), ": ผม", S(r, "POLITICAL_OPINION"),
            " ด้วย ไม่กลัวหรอก\n\nสรุปว่าใครจะไปบ้าง"]


@tpl("union_dues_sql", "union")
def _(r: Gen) -> list[Part]:
    return ["UPDATE members SET dues_paid = true WHERE acct = '", ("TH_BANK_ACCOUNT", r.bank("plain")), "'; -- ", ("PERSON", r.name()),
            ", ", S(r, "TRADE_UNION"), "\n-- write the same for MySQL 5.7"]


@tpl("union_dismissal_complaint_en", "union")
def _(r: Gen) -> list[Part]:
    n = r.name("rom")
    return ["Help draft a complaint to the Labour Relations Committee.\nI, ", ("PERSON", n), " (", ("EMAIL_ADDRESS", r.email(n)),
            "), was dismissed two weeks after I was ",
            ("TRADE_UNION", r.c(["elected shop steward", "elected to the union committee", "signed up as a union member"])), " at the auto-parts plant in Rayong."]


# --- religious organisations -------------------------------------------------------------------------

@tpl("temple_ordination_form", "religious")
def _(r: Gen) -> list[Part]:
    return ["วัดขอให้จัดรูปแบบใบสมัครบวชภาคฤดูร้อน\nชื่อ: ", ("PERSON", r.name("modern", "M")), "  เกิด: ", ("DATE_OF_BIRTH", r.dob("th_abbr")),
            "\nเลขบัตร: ", ("TH_NATIONAL_ID", r.tid()), "  ศาสนา: ", ("RELIGION", "พุทธ"), "\nโรคประจำตัว: ", S(r, "HEALTH_DATA")]


@tpl("mosque_zakat_list", "religious")
def _(r: Gen) -> list[Part]:
    return ["มัสยิดขอสรุปรายชื่อผู้จ่ายซะกาต\n", ("PERSON", r.name("muslim_th")), " — ", ("RELIGION", "มุสลิม"),
            " — โอนจากบัญชี ", ("TH_BANK_ACCOUNT", r.bank()), " — โทร ", ("PHONE_NUMBER", r.mobile()), "\nยอดรวม ", r.amount()]


@tpl("church_baptism_en", "religious")
def _(r: Gen) -> list[Part]:
    return ["Make a baptism certificate text:\nThis certifies that ", ("PERSON", r.name(r.c(["rom", "expat"]))), ", born ",
            ("DATE_OF_BIRTH", r.dob("en")), ", was received into the ", ("RELIGION", "Catholic Church"), " at the parish in Sam Phran."]


@tpl("religious_conversion_note", "religious")
def _(r: Gen) -> list[Part]:
    return ["ทนายถามว่าต้องแก้ทะเบียนบ้านไหม: ลูกความ ", *r.P("th", "นาย"), " เปลี่ยนไปนับถือ", ("RELIGION", r.c(["ศาสนาอิสลาม", "ศาสนาคริสต์", "ศาสนาพุทธ"])),
            " เมื่อแต่งงาน ที่อยู่ตามทะเบียนบ้าน ", ("ADDRESS", r.address("prov"))]


# --- political campaigns -----------------------------------------------------------------------------

@tpl("campaign_volunteer_sheet", "political")
def _(r: Gen) -> list[Part]:
    return ["ชีทอาสาเลือกตั้ง อบจ. (copy จาก Google Sheet)\nชื่อ\tเบอร์\tไลน์\tหมายเหตุ\n", ("PERSON", r.name()), "\t",
            ("PHONE_NUMBER", r.mobile()), "\t", ("LINE_ID", r.line_id()), "\t", S(r, "POLITICAL_OPINION"),
            "\nช่วยแบ่งโซนเคาะประตูให้หน่อย"]


@tpl("campaign_donor_sql", "political")
def _(r: Gen) -> list[Part]:
    return ["SELECT * FROM donors WHERE pid = '", ("TH_NATIONAL_ID", r.tid("plain")), "';\n-- returns: ", ("PERSON", r.name("thc")),
            " | ", S(r, "POLITICAL_OPINION"), " | acct ", ("TH_BANK_ACCOUNT", r.bank()),
            "\nIs storing this legal for a party? cite PDPA sections"]


@tpl("campaign_canvass_stt", "political")
def _(r: Gen) -> list[Part]:
    return ["ถอดเสียงหัวคะแนน (whisper) – ทำรายงานรายหมู่บ้าน\nครับ บ้าน ", ("PERSON", r.name("old")), " ที่ ", ("ADDRESS", r.address("village")),
            " เขาบอก", S(r, "POLITICAL_OPINION"), " ครับ ส่วนลูกชายยังไม่แน่ใจ"]


@tpl("campaign_social_listening", "political")
def _(r: Gen) -> list[Part]:
    n = r.name("rom")
    return ['[{"platform":"x","handle":"@', n.split()[0].lower(), r.digits(2), '","display_name":"', ("PERSON", n), '","stance":"',
            S(r, "POLITICAL_OPINION", en=True), '","ip_hint":"', ("IP_ADDRESS", r.ipv4(True)), '"}]\ncluster these accounts by stance']


# --- developers / misc -------------------------------------------------------------------------------

@tpl("dev_auth_log", "it")
def _(r: Gen) -> list[Part]:
    return ["nginx + app log, why 401?\n", ("IP_ADDRESS", r.ipv4(True)), " - - [21/Nov/2026:10:", str(r.i(10, 59)),
            ":02 +0700] \"POST /api/login HTTP/1.1\" 401 87\napp: login failed for ", ("EMAIL_ADDRESS", r.email()), " (user: ",
            ("PERSON", r.name("ROM")), ")"]


@tpl("dev_stacktrace_payload", "it")
def _(r: Gen) -> list[Part]:
    return ["Traceback (most recent call last):\n  File \"svc/notify.py\", line 88, in send\n    raise ValueError(f\"bad msisdn {to!r}\")\nValueError: bad msisdn '",
            ("PHONE_NUMBER", r.mobile("intl")), "'\npayload={'to_email': '", ("EMAIL_ADDRESS", r.email()), "', 'name': '",
            ("PERSON", r.name("muslim_th")), "'}\nhow to normalise E.164?"]


@tpl("dev_escaped_tool_args", "it")
def _(r: Gen) -> list[Part]:
    return ['{"role":"assistant","tool_calls":[{"function":{"name":"lookup_customer","arguments":"{\\"name\\": \\"', ("PERSON", r.name()),
            '\\", \\"citizen_id\\": \\"', ("TH_NATIONAL_ID", r.tid("plain")), '\\", \\"dob\\": \\"', ("DATE_OF_BIRTH", r.dob("iso")),
            '\\"}"}}]}\nthe tool receives empty args, why?']


@tpl("dev_yaml_fixture", "it")
def _(r: Gen) -> list[Part]:
    return ["fixtures/merchant.yaml fails to load:\nmerchant:\n  tax_id: \"", ("TH_JURISTIC_ID", r.juristic("plain")),
            "\"\n  owner: ", ("PERSON", r.name("thc")), "\n  test_card: ", ("CREDIT_CARD", r.card("space")), "\n   settlement: daily  # <- line 5"]


@tpl("crm_export_upper_en", "crm")
def _(r: Gen) -> list[Part]:
    n = r.name("ROM")
    return ["CRM export (legacy AS/400, all caps). Merge duplicates:\n", ("PERSON", n), "   ", ("EMAIL_ADDRESS", r.email(n).upper()),
            "   ", ("PHONE_NUMBER", r.mobile("plain")), "\n", ("PERSON", n), "   ", ("EMAIL_ADDRESS", r.email(n)), "   ",
            ("PHONE_NUMBER", r.mobile("intl"))]


@tpl("ecommerce_return_chat", "ecommerce")
def _(r: Gen) -> list[Part]:
    return ["แชท Shopee ร้านเรา (copy มา) ตอบลูกค้าหน่อย\nลูกค้า: ของแตกค่ะ ขอเปลี่ยน ส่งมาที่ ", ("ADDRESS", r.address()),
            " ชื่อ ", ("PERSON", r.name("modern")), " ", ("PHONE_NUMBER", r.mobile()), "\nร้าน: ขอโทษครับ ขอรูปสินค้าหน่อยครับ"]


# --- more positives (mixed domains) -------------------------------------------------------------------

@tpl("ins_genetic_exclusion_en", "insurance")
def _(r: Gen) -> list[Part]:
    return ["Is it legal in Thailand to add this exclusion? Draft our answer to the broker.\n\"Proposed insured ", *r.P("rom"),
            " disclosed a direct-to-consumer test showing ",
            ("GENETIC_DATA", r.c(["a BRCA2 pathogenic variant", "Lynch syndrome (MLH1 variant)", "a BRCA1 mutation"])), "; we propose to exclude all related cancers.\""]


@tpl("hos_pgx_alert_json", "hospital")
def _(r: Gen) -> list[Part]:
    return ['EMR drug-allergy alert fired, explain to the pharmacist:\n{"hn":"', ("MEDICAL_RECORD_NUMBER", r.hn()), '","patient":"',
            ("PERSON", r.name(r.c(["thc", "th", "hill"]))), '","pgx":"', ("GENETIC_DATA", r.c(["HLA-B*15:02 positive", "HLA-B*58:01 positive", "CYP2C9*3/*3"])),
            '","order":"carbamazepine 200 mg","action":"BLOCK"}']


@tpl("bank_branch_fingerprint_enrol", "fintech")
def _(r: Gen) -> list[Part]:
    return ["ลูกค้าร้องเรียนว่าสาขาเก็บ", ("BIOMETRIC_DATA", r.c(["ลายนิ้วมือ", "ภาพใบหน้า"])), "ของเธอโดยไม่ขอความยินยอม\nชื่อลูกค้า ",
            *r.P("th", "นาง"), " เลขบัตร ", ("TH_NATIONAL_ID", r.tid()), " สาขา ", r.c(["สีลม", "เซ็นทรัลลาดพร้าว", "หาดใหญ่"]),
            "\nร่างคำตอบตาม PDPA"]


@tpl("dating_app_moderation", "platform")
def _(r: Gen) -> list[Part]:
    return ["trust&safety queue, decide ban or warn:\nreport #", r.digits(7), ": user ", ("PERSON", r.name("nick")), " (last ip ",
            ("IP_ADDRESS", r.ipv4(True)), ") posted that another member ", S(r, "SEXUAL_BEHAVIOUR"), " and shared their LINE ",
            ("LINE_ID", r.line_id()), " publicly"]


@tpl("ecommerce_chargeback_tsv", "ecommerce")
def _(r: Gen) -> list[Part]:
    n = r.name("rom")
    return ["chargebacks this week (tab-separated) – which ones to contest?\ncard\tholder\temail\treason\n", ("CREDIT_CARD", r.card("plain")), "\t",
            ("PERSON", n), "\t", ("EMAIL_ADDRESS", r.email(n)), "\t10.4 fraud\n", ("CREDIT_CARD", r.card("plain")), "\t", ("PERSON", r.name("ROM")),
            "\t-\t13.1 not received"]


@tpl("prison_visit_booking", "government")
def _(r: Gen) -> list[Part]:
    return ["ระบบจองเยี่ยมญาติผู้ต้องขังออนไลน์ ช่วยเขียน SMS ยืนยัน\nผู้ต้องขัง: ", *r.P("th", "นาย"), " (", S(r, "CRIMINAL_RECORD"),
            ")\nญาติผู้จอง: ", *r.P("old", "นาง"), " บัตร ", ("TH_NATIONAL_ID", r.tid("plain")), " โทร ", ("PHONE_NUMBER", r.mobile())]


@tpl("hr_union_dues_deduction_en", "hr")
def _(r: Gen) -> list[Part]:
    return ["Payroll asks: can we keep deducting dues? Employee ", ("PERSON", r.name("ROM")), ", salary account ", ("TH_BANK_ACCOUNT", r.bank()),
            ", is a ", ("TRADE_UNION", r.c(["union member", "shop steward", "member of the labour union", "union committee member"])), " and signed the deduction form in 2024."]


@tpl("ivf_clinic_karyotype", "hospital")
def _(r: Gen) -> list[Part]:
    return ["คลินิกมีบุตรยาก – สรุปผลให้คู่สมรสอ่านเข้าใจ\nฝ่ายชาย ", *r.P("thc", "คุณ"), " HN ", ("MEDICAL_RECORD_NUMBER", r.hn()),
            " ผลโครโมโซม: ", ("GENETIC_DATA", r.c(["46,XY,t(11;22)(q23;q11.2)", "47,XXY", "46,XY, Yq microdeletion AZFc"])),
            "\nฝ่ายหญิง ", *r.P("th", "คุณ"), " ", ("HEALTH_DATA", r.c(["ภาวะเยื่อบุโพรงมดลูกเจริญผิดที่", "ถุงน้ำรังไข่หลายใบ (PCOS)"]))]


@tpl("school_nurse_log", "education")
def _(r: Gen) -> list[Part]:
    return ["ห้องพยาบาลโรงเรียน – บันทึกประจำวัน ช่วยสรุปแจ้งผู้ปกครอง\n", r.date(), " นักเรียนเลขที่ ", ("STUDENT_ID", r.digits(5)),
            " ", *r.P(None, r.c(["ด.ช.", "ด.ญ."])), " ชั้น ม.1/", str(r.i(1, 9)), " ",
            ("HEALTH_DATA", r.c(["หอบหืดกำเริบ", "ไข้เลือดออก", "ชักจากโรคลมชัก", "ภูมิแพ้รุนแรง"])), " (เป็น",
            ("DISABILITY", r.c(["สมาธิสั้น", "ออทิสติก", "บกพร่องทางการเรียนรู้"])), " กินยาประจำ)"]


@tpl("re_agent_line_foreign_tenant", "real_estate")
def _(r: Gen) -> list[Part]:
    return ["LINE ตัวแทนอสังหา (ไทย-อังกฤษปนกัน) ทำสรุปส่งเจ้าของห้อง\nAgent: tenant คนใหม่ชื่อ ", ("PERSON", r.name("expat")),
            " passport ", ("TH_PASSPORT", r.passport()), " เบอร์ไทย ", ("PHONE_NUMBER", r.mobile("dash")), " line ", ("LINE_ID", r.line_id()),
            "\nOwner: ok ค่ะ มัดจำ 2 เดือนนะ"]


@tpl("hotel_guest_incident_en", "hotel")
def _(r: Gen) -> list[Part]:
    return ["Incident report for the GM, make it factual:\nGuest ", *r.P("expat"), " (room 7", r.digits(2), ") had ",
            ("HEALTH_DATA", r.c(["an anaphylactic reaction to peanuts", "a seizure at the pool", "severe food poisoning"])),
            " at dinner; ambulance called. Deposit card ", ("CREDIT_CARD", r.card("space")), " not charged for the meal."]


@tpl("biobank_consent_register", "research")
def _(r: Gen) -> list[Part]:
    return ["ทะเบียนผู้ให้ความยินยอมธนาคารชีวภาพ – ตรวจความครบถ้วน\nรหัส BB-", r.digits(5), " | ", ("PERSON", r.name("hill")), " | ",
            ("TH_NATIONAL_ID", r.tid("plain")), " | กลุ่ม ", ("ETHNICITY", r.c(["ลาหู่", "อาข่า", "ม้ง"])), " | ", S(r, "GENETIC_DATA"),
            " | ยินยอมให้ใช้ตัวอย่างซ้ำ: ใช่"]


@tpl("police_interview_stt", "police")
def _(r: Gen) -> list[Part]:
    return ["(ถอดเทปสอบปากคำ – ระบบ ASR)\nพนักงานสอบสวน: ชื่ออะไร\nผู้ต้องหา: ", ("PERSON", r.name(r.c(["mm_th", "khlao_th"]))),
            " ครับ เป็น", S(r, "ETHNICITY"), " ครับ\nพนักงานสอบสวน: เคยโดนคดีไหม\nผู้ต้องหา: ", S(r, "CRIMINAL_RECORD"),
            " ครับ\n\nทำเป็นบันทึกคำให้การแบบฟอร์ม"]


@tpl("fin_voice_biometric_log", "fintech")
def _(r: Gen) -> list[Part]:
    return ["IVR auth log, explain the reject:\ncaller=", ("PHONE_NUMBER", r.mobile("intl_compact")), " cust=", ("PERSON", r.name("ROM")),
            " ", ("BIOMETRIC_DATA", r.c(["voiceprint", "voice biometric"])), " score=0.", r.digits(2), " decision=REJECT fallback=OTP"]


# =============================================================================================
# Negative templates (no personal data). Hard negatives use s.26 vocabulary about nobody in particular.
# =============================================================================================

@tpl("neg_api_latency_log", "it", negative=True)
def _(r: Gen) -> list[Part]:
    return [f"ts_ms={r.epoch_ms()} route=/v1/quote status=200 latency_ms={r.i(20, 900)} req_id={r.fk.uuid4()}\n"
            f"ts_ms={r.epoch_ms()} route=/v1/quote status=504 latency_ms=30000 req_id={r.fk.uuid4()}\n"
            "Why does p99 spike every hour? Suggest a fix."]


@tpl("neg_order_webhook_epoch", "ecommerce", negative=True)
def _(r: Gen) -> list[Part]:
    return ['{"order_no":"SO', r.digits(10), '","sku":"TSH-', r.c(["BLK", "WHT", "NVY"]), "-", r.c(["S", "M", "L", "XL"]),
            '","qty":', str(r.i(1, 5)), ',"price_thb":', f"{r.i(99, 2999)}.00", ',"created_at":', r.epoch_ms(),
            ',"shipped_at":', r.epoch_ms(), '}\nwhy is shipped_at earlier than created_at sometimes?']


@tpl("neg_kafka_offsets_epoch", "it", negative=True)
def _(r: Gen) -> list[Part]:
    return ["consumer lag report\npartition,offset,commit_ts\n", f"0,{r.i(10**6, 10**7)},{r.epoch_ms()}\n",
            f"1,{r.i(10**6, 10**7)},{r.epoch_ms()}\n", "convert commit_ts to Asia/Bangkok and tell me which partition is stuck"]


@tpl("neg_parcel_tracking_epoch", "logistics", negative=True)
def _(r: Gen) -> list[Part]:
    return ["สถานะพัสดุ (จาก API ขนส่ง) แปลงเป็นข้อความภาษาไทย\n", f"tracking=TH{r.digits(11)}A event=PICKED_UP at={r.epoch_ms()} hub=BKK-{r.i(1, 40)}\n",
            f"tracking=TH{r.digits(11)}A event=OUT_FOR_DELIVERY at={r.epoch_ms()} hub=CNX-{r.i(1, 9)}"]


@tpl("neg_js_cache_code", "it", negative=True)
def _(r: Gen) -> list[Part]:
    return ["```js\nconst CACHE_UNTIL = ", r.epoch_ms(), "; // do not touch\nif (Date.now() > CACHE_UNTIL) refresh();\n```\n",
            "รีวิวโค้ดนี้หน่อย ควรเก็บเป็น const แบบนี้ไหม"]


@tpl("neg_metrics_csv_epoch", "it", negative=True)
def _(r: Gen) -> list[Part]:
    return ["timestamp_ms;cpu;mem_mb\n", f"{r.epoch_ms()};0.{r.digits(2)};{r.i(400, 4000)}\n", f"{r.epoch_ms()};0.{r.digits(2)};{r.i(400, 4000)}\n",
            "plot this and explain the memory leak pattern"]


@tpl("neg_payment_gateway_epoch", "fintech", negative=True)
def _(r: Gen) -> list[Part]:
    return ["webhook signature check fails:\nX-Timestamp: ", r.epoch_ms(), "\nbody: {\"charge_id\":\"chrg_", r.fk.sha1()[:16],
            "\",\"amount\":", str(r.i(100, 99999)), "00,\"currency\":\"THB\",\"status\":\"successful\"}\nHMAC-SHA256 with the raw body?"]


@tpl("neg_iot_sensor_epoch", "it", negative=True)
def _(r: Gen) -> list[Part]:
    return ["ข้อมูลเซนเซอร์โรงเรือน ช่วยหาค่าผิดปกติ\n", f"dev=gh-{r.i(1, 30):02d} t={r.epoch_ms()} temp=3{r.i(0, 9)}.{r.i(0, 9)} rh={r.i(40, 95)}\n",
            f"dev=gh-{r.i(1, 30):02d} t={r.epoch_ms()} temp=8{r.i(0, 9)}.{r.i(0, 9)} rh={r.i(40, 95)}"]


@tpl("neg_bookstore_isbn", "ecommerce", negative=True)
def _(r: Gen) -> list[Part]:
    return ["เขียนคำโปรยหนังสือ 2 เล่มนี้สำหรับหน้าเว็บ\n- ISBN ", r.fk.isbn13(), " ราคา ", str(r.i(150, 650)), " บาท (นิยายสืบสวน)\n- ISBN ",
            r.fk.isbn13(), " ราคา ", str(r.i(150, 650)), " บาท (คู่มือทำขนมไทย)"]


@tpl("neg_promo_price_copy", "ecommerce", negative=True)
def _(r: Gen) -> list[Part]:
    return ["Write a 11.11 promo caption: SKU AIR-", r.digits(4), " was 1,290 now 890 THB, SKU FAN-", r.digits(4), " 2 for 1,500, free shipping over 499, code SALE1111, ends 23:59."]


@tpl("neg_release_notes", "it", negative=True)
def _(r: Gen) -> list[Part]:
    return ["สรุป release notes นี้เป็นภาษาไทย\nv", f"{r.i(2, 9)}.{r.i(0, 20)}.{r.i(0, 9)}", " (build ", f"{r.i(1, 9)}.{r.i(10, 30)}.{r.i(0, 9)}.{r.i(100, 999)}",
            ")\n- fix: crash when uploading >2GB\n- perf: cold start 1.8s -> 0.9s\n- deps: openssl 3.0.15"]


@tpl("neg_role_mailbox_hotline", "telecom", negative=True)
def _(r: Gen) -> list[Part]:
    return ["ใส่ช่องทางติดต่อท้ายอีเมลแคมเปญ: โทร ", r.c(["1175", "1331", "1677"]), " (24 ชม.) อีเมล support@", r.c(["netfast", "skyline-mobile", "ais-demo"]),
            ".co.th หรือ info@", r.c(["netfast", "skyline-mobile"]), ".co.th ติดตามเราที่ LINE Official @", r.c(["netfastth", "skylineth"])]


@tpl("neg_masked_values_report", "fintech", negative=True)
def _(r: Gen) -> list[Part]:
    return ["Explain this masked audit line to legal: customer pid 1-10xx-xxxxx-xx-", str(r.i(0, 9)), ", card 4", r.digits(3),
            " **** **** ", r.digits(4), ", phone 08x-xxx-", r.digits(4), " — 3 findings redacted, keyed hash only."]


@tpl("neg_blank_form_template", "government", negative=True)
def _(r: Gen) -> list[Part]:
    return [r.c(["ออกแบบแบบฟอร์มนี้ให้กรอกง่ายขึ้น", "แปลงแบบฟอร์มนี้เป็น HTML form"]),
            "\nชื่อ-นามสกุล: ____________\nเลขประจำตัวประชาชน: _-____-_____-__-_\nวันเกิด: __/__/____\n",
            "ที่อยู่: ______ หมู่ ___ ตำบล ______ อำเภอ ______ จังหวัด ______\nโทรศัพท์: ___-___-____",
            r.c(["", "\nศาสนา: [ ] พุทธ [ ] อิสลาม [ ] คริสต์ [ ] อื่น ๆ ______"])]


@tpl("neg_ddl_schema", "it", negative=True)
def _(r: Gen) -> list[Part]:
    table = r.c(["patients", "members", "applicants"])
    return [f"CREATE TABLE {table} (\n  hn VARCHAR(12) PRIMARY KEY,\n  citizen_id CHAR(13) NOT NULL,\n  full_name TEXT,\n  religion TEXT,\n",
            f"  {r.c(['blood_group CHAR(3)', 'union_member BOOLEAN', 'disability_type TEXT'])},\n  created_at_ms BIGINT\n);\n",
            r.c(["-- which columns are PDPA s.26 and should be encrypted?", "-- สร้าง index ที่เหมาะสม และบอกว่าคอลัมน์ไหนเป็นข้อมูลอ่อนไหว"])]


@tpl("neg_postcode_reference", "logistics", negative=True)
def _(r: Gen) -> list[Part]:
    _t, a, p, z = r.c(PROVINCIAL)
    return ["ตรวจว่ารหัสไปรษณีย์ตรงกับอำเภอไหม: อำเภอ", a, " จังหวัด", p, " = ", z, ", เขตบางกะปิ = 10240, เขตสาทร = 10120"]


@tpl("neg_exchange_rate_table", "fintech", negative=True)
def _(r: Gen) -> list[Part]:
    return ["| currency | buy | sell |\n|---|---|---|\n| USD | 3", r.digits(1), ".", r.digits(2), " | 3", r.digits(1), ".", r.digits(2),
            " |\n| JPY (100) | 2", r.digits(1), ".", r.digits(2), " | 2", r.digits(1), ".", r.digits(2), " |\nwrite a one-line market comment"]


@tpl("neg_train_timetable", "travel", negative=True)
def _(r: Gen) -> list[Part]:
    return ["ขบวน ", str(r.i(1, 200)), " กรุงเทพอภิวัฒน์ 20:05 → เชียงใหม่ 07:15, ขบวน ", str(r.i(1, 200)),
            " 22:00 → หาดใหญ่ 12:40 ราคา 881 บาท ชั้น 2 นอน\nเทียบให้หน่อยว่าขบวนไหนคุ้ม"]


@tpl("neg_school_calendar", "education", negative=True)
def _(r: Gen) -> list[Part]:
    return [f"ปฏิทินการศึกษา 2/2569: เปิดภาค {r.i(1, 10)} พ.ย. 2569, สอบกลางภาค 22–26 ธ.ค. 2569, สอบปลายภาค 2–13 มี.ค. 2570. ",
            r.c(["ทำเป็นตาราง markdown", "แปลงเป็นไฟล์ .ics ได้ไหม"])]


@tpl("neg_invoice_line_items", "ecommerce", negative=True)
def _(r: Gen) -> list[Part]:
    return ["INV-2569-", r.digits(5), "\n1) EAN ", r.fk.ean13(), " x", str(r.i(1, 9)), " @ ", r.amount(), "\n2) EAN ", r.fk.ean13(), " x",
            str(r.i(1, 9)), " @ ", r.amount(), "\nVAT 7% — recompute totals"]


@tpl("neg_weather_bulletin", "media", negative=True)
def _(r: Gen) -> list[Part]:
    return ["Summarise: Thai Meteorological Department warns of heavy rain in ", r.c(["Chiang Mai, Lamphun", "Songkhla, Pattani", "Chanthaburi, Trat"]),
            " from 24–27 Nov; wave height 2–3 m; small boats should stay ashore."]


@tpl("neg_docker_compose", "it", negative=True)
def _(r: Gen) -> list[Part]:
    return ["services:\n  db:\n    image: postgres:16.", str(r.i(1, 4)), "\n    ports: [\"5432:5432\"]\n  api:\n    image: registry.local/api:",
            f"{r.i(1, 3)}.{r.i(0, 20)}.{r.i(0, 9)}", "\n    environment:\n      - DB_HOST=db\nwhy can't api reach db?"]


@tpl("neg_recipe_translation", "media", negative=True)
def _(r: Gen) -> list[Part]:
    return [r.c(["แปลสูตรนี้เป็นอังกฤษ: ต้มข่าไก่ 4 ที่ – อกไก่ 300 กรัม กะทิ 400 มล. ข่า 10 แว่น ตะไคร้ 2 ต้น น้ำปลา 2 ช้อนโต๊ะ",
                 "Translate to Thai for the menu: green curry with chicken, 2 servings – 250 g chicken thigh, 2 tbsp curry paste, "
                 "400 ml coconut milk, Thai basil, 1 tbsp palm sugar",
                 "ปรับสูตรผัดไทย 10 ที่ให้เป็น 40 ที่: เส้นจันท์ 1 กก. กุ้ง 50 ตัว เต้าหู้ 2 แผ่น ถั่วงอก 500 กรัม"])]


@tpl("neg_meeting_minutes_roles", "hr", negative=True)
def _(r: Gen) -> list[Part]:
    return ["Meeting minutes – turn into action items\nAttendees: Head of Sales, Finance lead, two engineers\n1. Q4 target ", str(r.i(20, 90)),
            " MB (million baht)\n2. CRM migration slips to sprint ", str(r.i(20, 40)), "\n3. Office move to floor 1", str(r.i(0, 9))]


@tpl("neg_insurance_product_faq", "insurance", negative=True)
def _(r: Gen) -> list[Part]:
    return ["ทำ FAQ จากข้อมูลผลิตภัณฑ์: แผน OPD ", str(r.i(1, 5)), " ค่าเบี้ย ", f"{r.i(3, 30)},{r.digits(3)}", " บาท/ปี อายุรับประกัน 15–65 ปี",
            " ระยะรอคอย 30 วัน ไม่คุ้มครองโรคที่เป็นมาก่อนทำประกัน"]


# --- hard negatives per s.26 category --------------------------------------------------------------------

@tpl("hn_health_textbook", "hospital", negative=True, hard="HEALTH_DATA")
def _(r: Gen) -> list[Part]:
    return ["ย่อเนื้อหาตำราบทนี้ให้นักศึกษาพยาบาล: ", r.c(["โรคเบาหวานชนิดที่ 2 เกิดจากภาวะดื้อต่ออินซูลิน", "วัณโรคปอดติดต่อทางละอองฝอย",
            "โรคซึมเศร้าพบได้ราวร้อยละ 3 ของประชากร"]), " ปัจจัยเสี่ยงได้แก่ อายุ พันธุกรรม และวิถีชีวิต การรักษาประกอบด้วยยาและการปรับพฤติกรรม"]


@tpl("hn_health_campaign", "government", negative=True, hard="HEALTH_DATA")
def _(r: Gen) -> list[Part]:
    return ["Write a LINE broadcast for the provincial health office: dengue cases rose ", str(r.i(10, 60)),
            "% this month; remove standing water, use repellent, and see a doctor if fever lasts >2 days. Hotline 1422."]


@tpl("hn_religion_holiday_policy", "hr", negative=True, hard="RELIGION")
def _(r: Gen) -> list[Part]:
    return [r.c(["ปรับนโยบายวันหยุดนี้ให้ครอบคลุมทุกศาสนา: ", "แปลนโยบายนี้เป็นภาษาอังกฤษ: "]),
            f"พนักงานที่นับถือศาสนาอิสลามลาในวันฮารีรายอได้ {r.i(1, 2)} วัน ",
            "ผู้นับถือศาสนาคริสต์ลาวันคริสต์มาส ห้องละหมาดอยู่ชั้น 3 โรงอาหารมีอาหารฮาลาลและมังสวิรัติ"]


@tpl("hn_religion_census_stats", "media", negative=True, hard="RELIGION")
def _(r: Gen) -> list[Part]:
    return ["Turn into a chart caption: Thailand's population is about 93% Buddhist, ", str(r.i(4, 6)),
            "% Muslim and ~1% Christian; Muslims are the majority in Pattani, Yala and Narathiwat."]


@tpl("hn_ethnic_museum_guide", "travel", negative=True, hard="ETHNICITY")
def _(r: Gen) -> list[Part]:
    return ["เขียนป้ายนิทรรศการ: ชาวอาข่า ลาหู่ ลีซู ม้ง และกะเหรี่ยง อาศัยบนพื้นที่สูงทางภาคเหนือ แต่ละกลุ่มชาติพันธุ์มีภาษาและเครื่องแต่งกายของตนเอง ",
            "ห้องจัดแสดงที่ ", str(r.i(1, 6)), " เปิด 9:00–16:00"]


@tpl("hn_ethnic_research_abstract", "education", negative=True, hard="ETHNICITY")
def _(r: Gen) -> list[Part]:
    return ["Improve the English of this abstract: We surveyed ", str(r.i(200, 900)), " households of Karen and Hmong communities in ",
            "Tak province to compare access to birth registration between ethnic groups. Results are reported in aggregate only."]


@tpl("hn_election_law_text", "legal", negative=True, hard="POLITICAL_OPINION")
def _(r: Gen) -> list[Part]:
    return [r.c(["อธิบายมาตรานี้ให้อาสาสมัครเข้าใจ: ", "ทำ infographic จากข้อกฎหมายนี้: "]),
            "ห้ามผู้สมัครหรือพรรคการเมืองจัดเลี้ยงหรือให้ทรัพย์สินเพื่อจูงใจให้ลงคะแนน ",
            "ผู้ฝ่าฝืนมีโทษจำคุก 1–10 ปี และเพิกถอนสิทธิเลือกตั้ง 20 ปี"]


@tpl("hn_opinion_poll_news", "media", negative=True, hard="POLITICAL_OPINION")
def _(r: Gen) -> list[Part]:
    return ["Summarise this poll: ", str(r.i(30, 55)), "% of respondents support the opposition's budget plan, ", str(r.i(20, 40)),
            "% back the government, rest undecided; n=1,2", r.digits(2), ", margin ±3%."]


@tpl("hn_crime_statistics", "police", negative=True, hard="CRIMINAL_RECORD")
def _(r: Gen) -> list[Part]:
    return ["สรุปสถิติคดีปี 2568: คดียาเสพติด ", f"{r.i(100, 300)},{r.digits(3)}", " คดี ลักทรัพย์ ", f"{r.i(10, 40)},{r.digits(3)}",
            " คดี ผู้ต้องขังที่ได้รับโทษจำคุกเพิ่มขึ้น 4% ทำเป็นอินโฟกราฟิก"]


@tpl("hn_background_check_policy", "hr", negative=True, hard="CRIMINAL_RECORD")
def _(r: Gen) -> list[Part]:
    return [f"Review our hiring policy: candidates for {r.c(['cash-handling', 'school-bus driver', 'security guard'])} roles may be asked ",
            "to consent to a criminal record check; a past conviction does not automatically disqualify; results are deleted after ",
            str(r.c([30, 60, 90])), " days."]


@tpl("hn_sex_ed_curriculum", "education", negative=True, hard="SEXUAL_BEHAVIOUR")
def _(r: Gen) -> list[Part]:
    return ["ทำแผนการสอนเพศศึกษา ม.3: ความหลากหลายทางเพศ (เกย์ เลสเบี้ยน ไบเซ็กชวล) การมีเพศสัมพันธ์ที่ปลอดภัย ",
            "การใช้ถุงยางอนามัย และการเคารพความยินยอม เวลา ", str(r.i(2, 4)), " คาบ"]


@tpl("hn_prep_campaign", "ngo", negative=True, hard="SEXUAL_BEHAVIOUR")
def _(r: Gen) -> list[Part]:
    return ["Make this outreach poster text shorter: PrEP is free for men who have sex with men and anyone with multiple partners ",
            "at ", str(r.i(10, 40)), " clinics nationwide. No judgement, results in 1 hour."]


@tpl("hn_accessibility_spec", "real_estate", negative=True, hard="DISABILITY")
def _(r: Gen) -> list[Part]:
    return ["ตรวจแบบอาคารตามกฎกระทรวงสิ่งอำนวยความสะดวกสำหรับคนพิการ: ทางลาดชัน 1:12 ห้องน้ำสำหรับผู้ใช้รถเข็นกว้าง ",
            str(r.i(150, 200)), " ซม. อักษรเบรลล์ที่ปุ่มลิฟต์ ที่จอดรถคนพิการ 1 ใน 50 คัน"]


@tpl("hn_disability_job_ad", "hr", negative=True, hard="DISABILITY")
def _(r: Gen) -> list[Part]:
    return ["Polish this job ad: We welcome applicants who are deaf, blind or wheelchair users for our call-centre team ",
            "(quota under the Persons with Disabilities Act). Sign-language interpreter available at interview. Salary ", str(r.i(15, 25)), ",000 THB."]


@tpl("hn_labour_relations_act", "legal", negative=True, hard="TRADE_UNION")
def _(r: Gen) -> list[Part]:
    return [r.c(["อธิบาย พ.ร.บ.แรงงานสัมพันธ์ให้ HR: ", "สรุปกฎหมายนี้สำหรับหัวหน้างานใหม่: "]),
            "ลูกจ้างไม่น้อยกว่า 10 คนรวมตัวจดทะเบียนสหภาพแรงงานได้ ",
            "นายจ้างห้ามเลิกจ้างเพราะลูกจ้างเป็นสมาชิกสหภาพแรงงาน กรรมการสหภาพได้รับความคุ้มครองเป็นพิเศษ"]


@tpl("hn_union_news", "media", negative=True, hard="TRADE_UNION")
def _(r: Gen) -> list[Part]:
    return ["Headline options please: State-enterprise unions say ", f"{r.i(5, 30)},000", " members will rally on ", r.c(["1 May", "Friday"]),
            " against the pension reform; the federation of labour unions joins the call."]


@tpl("hn_dna_kit_product_doc", "ecommerce", negative=True, hard="GENETIC_DATA")
def _(r: Gen) -> list[Part]:
    return ["เขียนคำบรรยายสินค้า: ชุดตรวจดีเอ็นเอ ", r.c(["GeneWise", "DNAme"]), " ตรวจยีน BRCA1/BRCA2, พาหะธาลัสซีเมีย และ HLA-B*1502 ",
            "ราคา ", f"{r.i(3, 19)},900", " บาท ผลภายใน 21 วัน SKU DNA-", r.digits(4)]


@tpl("hn_thalassaemia_textbook", "hospital", negative=True, hard="GENETIC_DATA")
def _(r: Gen) -> list[Part]:
    return [r.c(["Explain to first-year students: ", "Write a quiz question from this: "]),
            "in Thailand about 30–40% of people carry a thalassaemia gene; two HbE carriers have a ",
            "25% chance per pregnancy of a child with HbE/β-thalassaemia. Karyotyping and DNA testing are used for prenatal diagnosis."]


@tpl("hn_face_sdk_docs", "it", negative=True, hard="BIOMETRIC_DATA")
def _(r: Gen) -> list[Part]:
    return ["Summarise these SDK docs: `FaceEngine.enroll(image)` returns a 512-d face embedding; `match(a, b)` returns cosine similarity; ",
            "fingerprint and iris modules are optional (v", f"{r.i(3, 6)}.{r.i(0, 9)}", "). Templates are encrypted at rest."]


@tpl("hn_pdpa_biometric_guideline", "legal", negative=True, hard="BIOMETRIC_DATA")
def _(r: Gen) -> list[Part]:
    return [r.c(["สรุปแนวปฏิบัติ: ", "ทำสไลด์ 3 หน้าจากแนวปฏิบัตินี้: "]),
            "การใช้ลายนิ้วมือหรือข้อมูลใบหน้าเพื่อลงเวลาทำงานเป็นข้อมูลชีวภาพตามมาตรา 26 ต้องขอความยินยอมโดยชัดแจ้ง ",
            "และต้องมีทางเลือกอื่น เช่น บัตรพนักงาน"]


# =============================================================================================
# Building, checking, writing
# =============================================================================================

_EXT = re.compile(r"\s*(?:ต่อ|ext\.?|#|x)\s*\d+\s*$", re.IGNORECASE)


def _ascii_digits(s: str) -> str:
    return s.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))


def _check_value(entity_type: str, span: str) -> bool:
    """True when a checkable value is valid in form (checksums, Luhn, libphonenumber, ipaddress)."""
    s = _ascii_digits(span)
    if entity_type == "TH_NATIONAL_ID":
        return pin.is_valid(re.sub(r"[\s-]", "", s))
    if entity_type == "TH_JURISTIC_ID":
        return moa.is_valid(re.sub(r"[\s-]", "", s))
    if entity_type == "CREDIT_CARD":
        digits = re.sub(r"[\s-]", "", s)
        if not digits.isdigit() or not 13 <= len(digits) <= 19:
            return False
        total = 0
        for k, ch in enumerate(reversed(digits)):
            d = int(ch)
            if k % 2 == 1:
                d *= 2
                d = d - 9 if d > 9 else d
            total += d
        return total % 10 == 0
    if entity_type == "PHONE_NUMBER":
        try:
            num = phonenumbers.parse(_EXT.sub("", s), "TH")
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number(num)
    if entity_type == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
        except ValueError:
            return False
        return True
    return True


def render(parts: list[Part]) -> tuple[str, list[dict]]:
    text = ""
    entities: list[dict] = []
    for part in parts:
        if not isinstance(part, tuple):
            text += str(part)
            continue
        etype, value = part
        assert etype in ENTITY_TYPES, etype
        lead = len(value) - len(value.lstrip())
        start = len(text) + lead
        end = start + len(value.strip())
        text += value
        assert end > start, part
        entities.append({"entity_type": etype, "start": start, "end": end})
    return text, entities


def build(per_template: int = 2) -> list[dict]:
    rng = random.Random(SEED)
    fk = faker.Faker(["en_US"])
    fk.seed_instance(SEED)
    gen = Gen(rng, fk)
    names = [t.name for t in TEMPLATES]
    assert len(names) == len(set(names)), "duplicate template name"
    rows: list[dict] = []
    for t in TEMPLATES:
        seen: set[str] = set()
        for _k in range(per_template):
            for _attempt in range(20):
                text, entities = render(t.fn(gen))
                if text not in seen:
                    break
            seen.add(text)
            assert t.negative == (not entities), (t.name, text)
            for e in entities:
                span = text[e["start"]:e["end"]]
                assert _check_value(e["entity_type"], span), (t.name, e, span)
            rows.append({"domain": t.domain, "template": t.name, "negative": t.negative, "text": text, "entities": entities})
    rng.shuffle(rows)
    return [{"id": f"f8-{k:04d}", "split": "test", **row} for k, row in enumerate(rows, 1)]


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 0 when the file is up to date, 1 otherwise")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if faker.VERSION != GENERATED_WITH_FAKER:
        print(f"warning: Faker {faker.VERSION} differs from {GENERATED_WITH_FAKER}; draws may differ", file=sys.stderr)
    content = dumps(build())
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != content:
            print(f"{args.out} is out of date; run bench/make_freshset8.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {len(content.splitlines())} prompts to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
