#!/usr/bin/env python3
"""Generate the labelled development set ``bench/devset.jsonl`` (fabricated data only).

The set is the yardstick every recognizer is measured with, so it is written independently of
the recognizers: templates shaped like real LLM use in Thai organisations (banks, hospitals,
insurers, e-commerce, HR, government, telecoms, universities, developers pasting payloads), filled
with fabricated values that are *valid* where real ones are (national IDs with the ``th.pin``
checksum, company IDs with ``th.moa``, cards with Luhn, phones that libphonenumber accepts), and
labelled the way a human annotator would, following the annotation conventions of
``helpers/PREAMBLE.md`` (see ``bench/README.md``).

Generalisation, not memorisation, is what the set measures:

* ``split`` is assigned per *template* (about 30 % of templates are ``test``), so the held-out
  figure comes from sentence shapes the recognizers were never tuned on;
* s.26 phrases are split too: ``dev`` documents draw only from the dev share of each phrase
  list, ``test`` documents from all of it, so some test phrases were never seen in dev;
* about 40 % of Thai names are composed from syllables and checked to be in no name list
  (neither PyThaiNLP's nor Faker's).

Every line: ``{"id", "split", "domain", "template", "negative", "text", "entities": [{"entity_type",
"start", "end"}]}``; offsets are Python string indices. The output is deterministic for a given
Faker version (``GENERATED_WITH_FAKER``); run ``python bench/make_devset.py`` to rebuild it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import faker
import phonenumbers
from faker import Faker
from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names
from pythainlp.transliterate import romanize
from stdnum import luhn
from stdnum.th import moa, pin

SEED = 20250611
GENERATED_WITH_FAKER = "40.54.0"  # Faker's draws differ between versions; the committed file used this one
OUT = Path(__file__).with_name("devset.jsonl")
N_POSITIVE = 630
N_NEGATIVE = 190
TEST_SHARE = 0.30
THAI_DIGIT_P = 0.06  # share of numeric values written in Thai digits (๐-๙) in free text

PROVINCES_CSV = Path(__import__("pythainlp").__file__).parent / "corpus" / "thailand_provinces_th.csv"

# ---------------------------------------------------------------------------------------------
# Values: what a slot renders to. A slot yields one or more Val; Val with an entity type is gold.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Val:
    text: str
    entity_type: str | None = None


_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def thai_digits(text: str) -> str:
    return text.translate(_THAI_DIGITS)


def _stable_share(key: str) -> float:
    """A number in [0, 1) fixed by ``key`` (hashlib, so it does not depend on PYTHONHASHSEED)."""
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0x1_0000_0000


# --- places ----------------------------------------------------------------------------------

# (khwaeng/tambon, khet/amphoe, province, postcode, English tambon, English amphoe, English province)
PLACES: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("คลองตันเหนือ", "วัฒนา", "กรุงเทพมหานคร", "10110", "Khlong Tan Nuea", "Watthana", "Bangkok"),
    ("คลองเตยเหนือ", "วัฒนา", "กรุงเทพมหานคร", "10110", "Khlong Toei Nuea", "Watthana", "Bangkok"),
    ("คลองเตย", "คลองเตย", "กรุงเทพมหานคร", "10110", "Khlong Toei", "Khlong Toei", "Bangkok"),
    ("สีลม", "บางรัก", "กรุงเทพมหานคร", "10500", "Silom", "Bang Rak", "Bangkok"),
    ("สุริยวงศ์", "บางรัก", "กรุงเทพมหานคร", "10500", "Suriyawong", "Bang Rak", "Bangkok"),
    ("ลุมพินี", "ปทุมวัน", "กรุงเทพมหานคร", "10330", "Lumphini", "Pathum Wan", "Bangkok"),
    ("จตุจักร", "จตุจักร", "กรุงเทพมหานคร", "10900", "Chatuchak", "Chatuchak", "Bangkok"),
    ("ลาดยาว", "จตุจักร", "กรุงเทพมหานคร", "10900", "Lat Yao", "Chatuchak", "Bangkok"),
    ("ห้วยขวาง", "ห้วยขวาง", "กรุงเทพมหานคร", "10310", "Huai Khwang", "Huai Khwang", "Bangkok"),
    ("สามเสนนอก", "ห้วยขวาง", "กรุงเทพมหานคร", "10310", "Sam Sen Nok", "Huai Khwang", "Bangkok"),
    ("หัวหมาก", "บางกะปิ", "กรุงเทพมหานคร", "10240", "Hua Mak", "Bang Kapi", "Bangkok"),
    ("ดินแดง", "ดินแดง", "กรุงเทพมหานคร", "10400", "Din Daeng", "Din Daeng", "Bangkok"),
    ("บางนาเหนือ", "บางนา", "กรุงเทพมหานคร", "10260", "Bang Na Nuea", "Bang Na", "Bangkok"),
    ("ทุ่งมหาเมฆ", "สาทร", "กรุงเทพมหานคร", "10120", "Thung Maha Mek", "Sathon", "Bangkok"),
    ("ทุ่งพญาไท", "ราชเทวี", "กรุงเทพมหานคร", "10400", "Thung Phaya Thai", "Ratchathewi", "Bangkok"),
    ("อนุสาวรีย์", "บางเขน", "กรุงเทพมหานคร", "10220", "Anusawari", "Bang Khen", "Bangkok"),
    ("สีกัน", "ดอนเมือง", "กรุงเทพมหานคร", "10210", "Si Kan", "Don Mueang", "Bangkok"),
    ("ทุ่งสองห้อง", "หลักสี่", "กรุงเทพมหานคร", "10210", "Thung Song Hong", "Lak Si", "Bangkok"),
    ("มีนบุรี", "มีนบุรี", "กรุงเทพมหานคร", "10510", "Min Buri", "Min Buri", "Bangkok"),
    ("ลาดกระบัง", "ลาดกระบัง", "กรุงเทพมหานคร", "10520", "Lat Krabang", "Lat Krabang", "Bangkok"),
    ("หนองบอน", "ประเวศ", "กรุงเทพมหานคร", "10250", "Nong Bon", "Prawet", "Bangkok"),
    ("บางจาก", "พระโขนง", "กรุงเทพมหานคร", "10260", "Bang Chak", "Phra Khanong", "Bangkok"),
    ("บุคคโล", "ธนบุรี", "กรุงเทพมหานคร", "10600", "Bukkhalo", "Thon Buri", "Bangkok"),
    ("ศิริราช", "บางกอกน้อย", "กรุงเทพมหานคร", "10700", "Siri Rat", "Bangkok Noi", "Bangkok"),
    ("บางแค", "บางแค", "กรุงเทพมหานคร", "10160", "Bang Khae", "Bang Khae", "Bangkok"),
    ("บางมด", "จอมทอง", "กรุงเทพมหานคร", "10150", "Bang Mot", "Chom Thong", "Bangkok"),
    ("สวนหลวง", "สวนหลวง", "กรุงเทพมหานคร", "10250", "Suan Luang", "Suan Luang", "Bangkok"),
    ("สุเทพ", "เมืองเชียงใหม่", "เชียงใหม่", "50200", "Suthep", "Mueang Chiang Mai", "Chiang Mai"),
    ("ช้างเผือก", "เมืองเชียงใหม่", "เชียงใหม่", "50300", "Chang Phueak", "Mueang Chiang Mai", "Chiang Mai"),
    ("หนองป่าครั่ง", "เมืองเชียงใหม่", "เชียงใหม่", "50000", "Nong Pa Khrang", "Mueang Chiang Mai", "Chiang Mai"),
    ("สันทรายหลวง", "สันทราย", "เชียงใหม่", "50210", "San Sai Luang", "San Sai", "Chiang Mai"),
    ("ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000", "Nai Mueang", "Mueang Khon Kaen", "Khon Kaen"),
    ("ศิลา", "เมืองขอนแก่น", "ขอนแก่น", "40000", "Sila", "Mueang Khon Kaen", "Khon Kaen"),
    ("หาดใหญ่", "หาดใหญ่", "สงขลา", "90110", "Hat Yai", "Hat Yai", "Songkhla"),
    ("คอหงส์", "หาดใหญ่", "สงขลา", "90110", "Kho Hong", "Hat Yai", "Songkhla"),
    ("ตลาดใหญ่", "เมืองภูเก็ต", "ภูเก็ต", "83000", "Talat Yai", "Mueang Phuket", "Phuket"),
    ("กะทู้", "กะทู้", "ภูเก็ต", "83120", "Kathu", "Kathu", "Phuket"),
    ("บางพูด", "ปากเกร็ด", "นนทบุรี", "11120", "Bang Phut", "Pak Kret", "Nonthaburi"),
    ("บางกระสอ", "เมืองนนทบุรี", "นนทบุรี", "11000", "Bang Kraso", "Mueang Nonthaburi", "Nonthaburi"),
    ("คลองหนึ่ง", "คลองหลวง", "ปทุมธานี", "12120", "Khlong Nueng", "Khlong Luang", "Pathum Thani"),
    ("บางพลีใหญ่", "บางพลี", "สมุทรปราการ", "10540", "Bang Phli Yai", "Bang Phli", "Samut Prakan"),
    ("ศรีราชา", "ศรีราชา", "ชลบุรี", "20110", "Si Racha", "Si Racha", "Chon Buri"),
    ("หนองปรือ", "บางละมุง", "ชลบุรี", "20150", "Nong Prue", "Bang Lamung", "Chon Buri"),
    ("ในเมือง", "เมืองนครราชสีมา", "นครราชสีมา", "30000", "Nai Mueang", "Mueang Nakhon Ratchasima", "Nakhon Ratchasima"),
    ("ในเมือง", "เมืองอุบลราชธานี", "อุบลราชธานี", "34000", "Nai Mueang", "Mueang Ubon Ratchathani", "Ubon Ratchathani"),
    ("หมากแข้ง", "เมืองอุดรธานี", "อุดรธานี", "41000", "Mak Khaeng", "Mueang Udon Thani", "Udon Thani"),
    ("ริมกก", "เมืองเชียงราย", "เชียงราย", "57100", "Rim Kok", "Mueang Chiang Rai", "Chiang Rai"),
    ("หัวหิน", "หัวหิน", "ประจวบคีรีขันธ์", "77110", "Hua Hin", "Hua Hin", "Prachuap Khiri Khan"),
    ("มะขามเตี้ย", "เมืองสุราษฎร์ธานี", "สุราษฎร์ธานี", "84000", "Makham Tia", "Mueang Surat Thani", "Surat Thani"),
    ("สะเตง", "เมืองยะลา", "ยะลา", "95000", "Sateng", "Mueang Yala", "Yala"),
    ("บางนาค", "เมืองนราธิวาส", "นราธิวาส", "96000", "Bang Nak", "Mueang Narathiwat", "Narathiwat"),
    ("ในเมือง", "เมืองพิษณุโลก", "พิษณุโลก", "65000", "Nai Mueang", "Mueang Phitsanulok", "Phitsanulok"),
    ("ประตูชัย", "พระนครศรีอยุธยา", "พระนครศรีอยุธยา", "13000", "Pratu Chai", "Phra Nakhon Si Ayutthaya", "Phra Nakhon Si Ayutthaya"),
    ("ท่าม่วง", "ท่าม่วง", "กาญจนบุรี", "71110", "Tha Muang", "Tha Muang", "Kanchanaburi"),
    ("ปากเพรียว", "เมืองสระบุรี", "สระบุรี", "18000", "Pak Phriao", "Mueang Saraburi", "Saraburi"),
)

ROADS: tuple[tuple[str, str], ...] = (
    ("สุขุมวิท", "Sukhumvit"), ("พหลโยธิน", "Phahonyothin"), ("รัชดาภิเษก", "Ratchadaphisek"),
    ("ลาดพร้าว", "Lat Phrao"), ("เพชรบุรีตัดใหม่", "New Phetchaburi"), ("สีลม", "Silom"),
    ("พระราม 9", "Rama 9"), ("นิมมานเหมินท์", "Nimmanhaemin"), ("ห้วยแก้ว", "Huay Kaew"),
    ("มิตรภาพ", "Mittraphap"), ("เจริญกรุง", "Charoen Krung"), ("งามวงศ์วาน", "Ngamwongwan"),
    ("แจ้งวัฒนะ", "Chaeng Watthana"), ("ศรีนครินทร์", "Srinagarindra"), ("บางนา-ตราด", "Bang Na-Trat"),
    ("เพชรเกษม", "Phet Kasem"), ("กาญจนวนิชย์", "Kanjanavanich"), ("ประชาอุทิศ", "Pracha Uthit"),
    ("วิภาวดีรังสิต", "Vibhavadi Rangsit"), ("ติวานนท์", "Tiwanon"), ("นวมินทร์", "Nawamin"),
    ("รามคำแหง", "Ramkhamhaeng"), ("จรัญสนิทวงศ์", "Charan Sanitwong"), ("เทพารักษ์", "Theparak"),
)
SOI_NAMES = ("ร่วมฤดี", "ทองหล่อ", "อารีย์", "เอกมัย", "สายลม", "วัดไผ่เงิน", "บ้านกล้วย", "ศรีบำเพ็ญ", "ประดิพัทธ์")
VILLAGES = ("พฤกษา 12", "ศุภาลัยวิลล์", "ชัยพฤกษ์", "มัณฑนา", "บ้านฟ้าปิยรมย์", "เดอะ แพลนท์", "สินธานี 3", "ร่มโพธิ์")
BUILDINGS = ("ลุมพินี วิลล์ ลาดพร้าว", "ศุภาลัย ปาร์ค", "เดอะ คิวบ์", "ไอดีโอ มิกซ์", "พลัมคอนโด", "ยูดีไลท์", "แชปเตอร์วัน")

# --- names -----------------------------------------------------------------------------------

THAI_NAME_SYLLABLES = (
    "กิตติ", "ธนา", "พร", "ศรี", "วงศ์", "สุ", "ชัย", "รัตน์", "นภา", "อรุณ", "ปิยะ", "ภัทร", "ธิดา",
    "พงษ์", "ศักดิ์", "เกียรติ", "อนันต์", "จันทร์", "แก้ว", "ทอง", "บุญ", "เสริฐ", "มณี", "รุ่ง", "โรจน์",
    "วิไล", "ลักษณ์", "ชนก", "กานต์", "ณัฐ", "ธีร", "ภูมิ", "พัฒน์", "สิริ", "วดี", "เพ็ญ", "นันท์",
    "ยุทธ", "ฤทธิ์", "ขวัญ", "จิต", "เดช", "วรา", "ปาน", "ทิพย์", "อำไพ", "เอื้อ", "ฟ้า", "ดารา", "คีรี",
    "ปริญ", "ญา", "ธาร", "พิม", "อัญ", "ชลิ", "ตา", "นิ", "รวี", "เมธ", "อิศ", "รา", "ภา", "วิน", "ปวริศ",
)
SURNAME_SYLLABLES = (
    "ศรี", "สุวรรณ", "วงศ์", "สกุล", "กิตติ", "รัตน", "ธนา", "กุล", "ทอง", "บุญ", "มา", "เจริญ", "สุข",
    "ประเสริฐ", "พานิช", "วัฒนา", "อินทร์", "แก้ว", "ชัย", "ศักดิ์", "เกษม", "ไพบูลย์", "ทรัพย์", "จันทร์",
    "โชติ", "รุ่งเรือง", "พงศ์", "นาค", "ปัญญา", "ธรรม", "เลิศ", "วิเศษ", "ชาญ", "ฤทธิ์", "สมบูรณ์", "ภักดี",
)
NICKNAMES = (
    "แนน", "ต้น", "บอย", "ปุ๊ก", "เก่ง", "มิ้นท์", "ฟ้า", "ออม", "เจ", "กอล์ฟ", "เบียร์", "ป๊อป", "นุ่น",
    "แพร", "ตาล", "โอ๊ต", "เอ็ม", "ปลา", "หนิง", "จ๋า", "ก้อย", "ตูน", "บี", "ฝน", "แบงค์", "อ้อม", "กิ๊ฟ",
    "ป่าน", "เฟิร์น", "ภูมิ", "ปิ่น", "ต่าย", "หมิว", "โบ๊ท", "อาร์ม", "ไอซ์", "พลอย", "จูน", "ข้าวหอม", "ปูเป้",
)
TITLE_M = (("นาย", 70), ("คุณ", 14), ("ดร.", 4), ("Mr.", 0))
TITLE_F = (("นางสาว", 32), ("นาง", 28), ("น.ส.", 14), ("คุณ", 14), ("ดร.", 4))
RANKS = ("พล.ต.อ.", "พล.ต.ท.", "พ.ต.อ.", "พ.ต.ท.", "ร.ต.อ.", "ส.ต.อ.", "ด.ต.", "จ.ส.อ.", "พ.อ.", "ร.อ.", "ว่าที่ร.ต.", "น.อ.")
ACADEMIC = ("ผศ.", "รศ.", "ศ.", "ผศ.ดร.", "รศ.ดร.", "ศ.ดร.", "อ.", "ดร.")
MEDICAL_M = ("นพ.", "ทพ.", "ภก.")
MEDICAL_F = ("พญ.", "ทพญ.", "ภญ.")
EN_TITLE_M = ("Mr.", "Mr", "MR.", "Dr.")
EN_TITLE_F = ("Ms.", "Mrs.", "Miss", "Ms", "Dr.")

# --- money, banks, companies ------------------------------------------------------------------

BANKS: tuple[tuple[str, str, str, int], ...] = (
    ("กสิกรไทย", "Kasikornbank", "KBANK", 10), ("ไทยพาณิชย์", "Siam Commercial Bank", "SCB", 10),
    ("กรุงเทพ", "Bangkok Bank", "BBL", 10), ("กรุงไทย", "Krungthai Bank", "KTB", 10),
    ("กรุงศรีอยุธยา", "Krungsri", "BAY", 10), ("ทหารไทยธนชาต", "TMBThanachart", "TTB", 10),
    ("ออมสิน", "Government Savings Bank", "GSB", 12), ("ยูโอบี", "UOB", "UOB", 10),
    ("เกียรตินาคินภัทร", "Kiatnakin Phatra", "KKP", 10), ("ธ.ก.ส.", "BAAC", "BAAC", 12),
)
COMPANY_A = ("สยาม", "ไทย", "เอเชีย", "แปซิฟิก", "โกลเด้น", "นอร์ทเทิร์น", "ซัน", "กรีน", "บางกอก", "ลานนา", "อันดามัน")
COMPANY_B = ("เทรดดิ้ง", "โลจิสติกส์", "ฟู้ด", "เทค", "แพ็คเกจจิ้ง", "อินเตอร์", "คอนสตรัคชั่น", "มาร์เก็ตติ้ง", "ซอฟต์แวร์", "เมดิคอล")
COMPANY_EN_A = ("Siam", "Thai", "Asia", "Pacific", "Golden", "Northern", "Sun", "Green", "Bangkok", "Lanna", "Andaman")
COMPANY_EN_B = ("Trading", "Logistics", "Foods", "Tech", "Packaging", "Inter", "Construction", "Marketing", "Software", "Medical")
HOSPITALS = (
    "ศิริราช", "รามาธิบดี", "จุฬาลงกรณ์", "ราชวิถี", "มหาราชนครเชียงใหม่", "ศรีนครินทร์", "สงขลานครินทร์",
    "บำรุงราษฎร์", "สมิติเวช สุขุมวิท", "พญาไท 2", "วิภาวดี", "เปาโล พหลโยธิน", "กรุงเทพ", "เวชธานี",
)
HOSPITALS_EN = ("Siriraj Hospital", "Ramathibodi Hospital", "Bumrungrad International", "Samitivej Sukhumvit", "Bangkok Hospital Phuket")
PRODUCTS = (
    ("หูฟังไร้สาย Bluetooth 5.3 รุ่น AirBeat Pro", "เสียงเบสแน่น แบตเตอรี่ใช้งานได้ 30 ชั่วโมง กันน้ำ IPX5"),
    ("หม้อทอดไร้น้ำมัน ความจุ 5.5 ลิตร", "ปรับอุณหภูมิได้ 80-200 องศา ตั้งเวลาได้ 60 นาที"),
    ("เสื่อโยคะ TPE หนา 8 มม.", "กันลื่นสองด้าน พกพาสะดวก มีสายรัดในชุด"),
    ("กระเป๋าเป้ใส่โน้ตบุ๊ก 15.6 นิ้ว", "ผ้ากันน้ำ มีช่อง USB สำหรับชาร์จ"),
    ("ครีมกันแดด SPF50+ PA++++ 50 มล.", "เนื้อบางเบา ไม่เหนียวเหนอะหนะ เหมาะกับผิวแพ้ง่าย"),
    ("เครื่องฟอกอากาศ HEPA H13 สำหรับห้อง 40 ตร.ม.", "กรองฝุ่น PM2.5 ได้ 99.97% เสียงเงียบ 22 dB"),
    ("พัดลมตั้งพื้น 16 นิ้ว รีโมทคอนโทรล", "ปรับแรงลมได้ 3 ระดับ ส่ายได้ 90 องศา"),
    ("ชุดกระทะเคลือบเซรามิก 3 ชิ้น", "ใช้ได้กับเตาทุกประเภท รวมถึงเตาแม่เหล็กไฟฟ้า"),
    ("สมาร์ทวอทช์ วัดอัตราการเต้นของหัวใจ", "หน้าจอ AMOLED 1.43 นิ้ว แจ้งเตือน LINE ได้"),
    ("ข้าวหอมมะลิ 100% ถุง 5 กก.", "ข้าวใหม่ต้นฤดู หุงขึ้นหม้อ หอมนุ่ม"),
)
JOBS_EN = ("software engineer", "nurse", "accountant", "sales manager", "teacher", "shop owner", "civil servant")

# --- s.26 lexicons: category -> lang -> [(frames, phrases)] -----------------------------------
# A frame is a sentence with {p} where the labelled phrase goes; a phrase is the shortest text
# that discloses the fact about the person (the annotation convention). The templates around a
# frame supply the person it is about.

S26: dict[str, dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]] = {
    "HEALTH_DATA": {
        "th": [
            (
                ("ได้รับการวินิจฉัยว่าเป็น{p}", "มีประวัติ{p}มาประมาณ 5 ปี", "แจ้งว่าป่วยเป็น{p}และต้องพบแพทย์ทุกเดือน",
                 "ต้องหยุดงานเพราะ{p}", "แพทย์ยืนยันว่าเป็น{p}"),
                ("โรคเบาหวาน", "เบาหวานชนิดที่ 2", "โรคความดันโลหิตสูง", "โรคหัวใจขาดเลือด", "โรคหลอดเลือดสมอง",
                 "ไตวายเรื้อรังระยะที่ 3", "โรคซึมเศร้า", "โรคไบโพลาร์", "โรคจิตเภท", "โรคลมชัก", "มะเร็งเต้านมระยะที่ 2",
                 "มะเร็งปอด", "มะเร็งลำไส้ใหญ่", "วัณโรคปอด", "ไวรัสตับอักเสบบี", "ตับแข็ง", "โรคหอบหืด", "ไข้เลือดออก",
                 "ข้อเข่าเสื่อม", "หมอนรองกระดูกทับเส้นประสาท", "ต้อกระจก", "ไทรอยด์เป็นพิษ", "โรคเกาต์",
                 "ไขมันในเลือดสูง", "โรคสมาธิสั้น", "โรคพาร์กินสัน", "โรคอัลไซเมอร์", "นิ่วในไต", "โรคแพนิค",
                 "โรคสะเก็ดเงิน", "กรดไหลย้อน", "ภาวะหัวใจเต้นผิดจังหวะ", "ภาวะมีบุตรยาก"),
            ),
            (
                ("มีผลตรวจเลือดพบว่า{p}", "ได้รับแจ้งผลว่า{p} ขอให้เก็บเป็นความลับ", "แจ้งเป็นความลับว่า{p}"),
                ("ติดเชื้อ HIV", "ติดเชื้อเอชไอวี", "ติดเชื้อซิฟิลิส", "ติดเชื้อไวรัสตับอักเสบซี"),
            ),
            (
                ("ขณะนี้{p} จึงขอเลื่อนการเดินทาง", "แจ้งฝ่ายบุคคลว่ากำลัง{p}", "แพทย์ยืนยันว่า{p}"),
                ("ตั้งครรภ์ได้ 12 สัปดาห์", "ตั้งครรภ์", "ตั้งครรภ์ได้ 7 เดือน", "ตั้งครรภ์แฝด"),
            ),
            (
                ("มีประวัติ{p} ห้ามใช้ยากลุ่มนี้", "เคย{p}อย่างรุนแรง"),
                ("แพ้ยาเพนิซิลลิน", "แพ้ยาซัลฟา", "แพ้ยาแอสไพริน"),
            ),
        ],
        "en": [
            (
                ("was diagnosed with {p} last year", "has a history of {p}", "is being treated for {p}",
                 "reported {p} as a pre-existing condition", "takes medication for {p}"),
                ("type 2 diabetes", "hypertension", "major depressive disorder", "stage 2 breast cancer", "asthma",
                 "chronic kidney disease", "hepatitis B", "tuberculosis", "generalized anxiety disorder",
                 "epilepsy", "bipolar disorder", "coronary artery disease", "rheumatoid arthritis", "ADHD",
                 "schizophrenia", "a herniated disc"),
            ),
            (
                ("tested {p} in March", "is {p} and asked us to keep it confidential"),
                ("HIV positive", "HIV-positive"),
            ),
            (
                ("is {p} and asks to avoid travel", "told HR she is {p}"),
                ("pregnant", "20 weeks pregnant"),
            ),
        ],
    },
    "RELIGION": {
        "th": [
            (
                ("นับถือ{p}", "นับถือ{p} จึงขอเลื่อนนัดในวันสำคัญทางศาสนา", "นับถือ{p} ขออาหารตามหลักศาสนา"),
                ("ศาสนาอิสลาม", "ศาสนาคริสต์", "ศาสนาพุทธ", "ศาสนาฮินดู", "ศาสนาซิกข์", "ศาสนาคริสต์นิกายโรมันคาทอลิก",
                 "ศาสนาคริสต์นิกายโปรเตสแตนต์", "ศาสนาบาไฮ"),
            ),
            (
                ("เป็น{p} ขอไม่ทำงานในวันสำคัญทางศาสนา", "เป็น{p}ที่เคร่งครัด", "เป็น{p} ขอให้จัดอาหารตามหลักศาสนา"),
                ("มุสลิม", "คริสเตียน", "ชาวคริสต์", "พุทธศาสนิกชน", "คาทอลิก"),
            ),
            (
                ("ขอลาไปประกอบ{p}ที่ซาอุดีอาระเบีย 40 วัน", "ยื่นขอลาไปร่วม{p}"),
                ("พิธีฮัจญ์", "พิธีแสวงบุญฮัจญ์"),
            ),
        ],
        "en": [
            (
                ("is a practising {p}", "identifies as {p}", "is {p} and requested a prayer room"),
                ("Muslim", "Buddhist", "Christian", "Catholic", "Hindu", "Sikh", "Jehovah's Witness"),
            ),
        ],
    },
    "ETHNICITY": {
        "th": [
            (
                ("เป็น{p} มาจากอำเภอแม่แจ่ม", "เป็น{p} ย้ายมาจากจังหวัดตาก", "เป็น{p} พูดภาษาไทยได้ไม่คล่อง"),
                ("ชาวเขาเผ่าม้ง", "ชาติพันธุ์กะเหรี่ยง", "ชนเผ่าอาข่า", "ชาวมอแกน", "ชาวไทใหญ่", "ชาติพันธุ์ลาหู่",
                 "ชาวกูย", "ชาวละว้า", "ชาวลีซู", "ชาวมลายู"),
            ),
            (
                ("เป็นคนไทย{p}", "มี{p}ทางฝั่งมารดา"),
                ("เชื้อสายจีน", "เชื้อสายมลายู", "เชื้อสายเวียดนาม", "เชื้อสายมอญ", "เชื้อสายอินเดีย"),
            ),
        ],
        "en": [
            (
                ("is {p}", "belongs to the {p} community"),
                ("ethnic Karen", "ethnic Hmong", "of Chinese descent", "of Malay descent", "Akha", "ethnic Shan"),
            ),
        ],
    },
    "POLITICAL_OPINION": {
        "th": [
            (
                ("เป็น{p}", "ยอมรับว่าเป็น{p}", "โพสต์ในเฟซบุ๊กว่าตนเป็น{p}"),
                ("สมาชิกพรรคเพื่อไทย", "สมาชิกพรรคประชาธิปัตย์", "ผู้สนับสนุนพรรคภูมิใจไทย", "ผู้สนับสนุนพรรคประชาชน",
                 "สมาชิกพรรครวมไทยสร้างชาติ", "แกนนำกลุ่มเคลื่อนไหวทางการเมือง", "ผู้สนับสนุนพรรคพลังประชารัฐ"),
            ),
            (
                ("ลาไป{p}", "เคย{p}หลายครั้ง", "ถูกหัวหน้าตำหนิเพราะ{p}"),
                ("ร่วมชุมนุมทางการเมือง", "ร่วมชุมนุมต่อต้านรัฐบาล", "ลงชื่อสนับสนุนการแก้ไขรัฐธรรมนูญ",
                 "ปราศรัยหาเสียงให้พรรคการเมือง"),
            ),
        ],
        "en": [
            (
                ("is {p}", "openly described themself as {p}"),
                ("a member of the Democrat Party", "a supporter of the People's Party", "a Pheu Thai party member",
                 "an anti-government activist", "a campaigner for the opposition"),
            ),
        ],
    },
    "CRIMINAL_RECORD": {
        "th": [
            (
                ("ตรวจประวัติแล้วพบว่า{p}", "เคย{p}", "ยอมรับว่า{p}"),
                ("ต้องโทษจำคุก", "ต้องโทษจำคุก 2 ปี", "มีประวัติอาชญากรรม", "ถูกจับกุมในข้อหาครอบครองยาเสพติด",
                 "ถูกพิพากษาจำคุกคดีฉ้อโกง", "ถูกดำเนินคดีลักทรัพย์", "ถูกออกหมายจับ", "ต้องคำพิพากษาคดียักยอกทรัพย์",
                 "ถูกจับกุมข้อหาเมาแล้วขับ"),
            ),
            (
                ("ขณะนี้{p}", "ปัจจุบัน{p}"),
                ("อยู่ระหว่างคุมประพฤติ", "เพิ่งพ้นโทษ", "ได้รับการพักการลงโทษ", "อยู่ระหว่างประกันตัว"),
            ),
        ],
        "en": [
            (
                ("was {p}", "has been {p}"),
                ("convicted of fraud", "arrested for drunk driving", "sentenced to 18 months in prison",
                 "convicted of embezzlement", "charged with drug possession"),
            ),
            (
                ("has {p}", "disclosed {p}"),
                ("a criminal record", "a prior conviction for theft"),
            ),
        ],
    },
    "SEXUAL_BEHAVIOUR": {
        "th": [
            (
                ("เปิดเผยว่าตนเป็น{p}", "เป็น{p} และกังวลเรื่องการถูกเลือกปฏิบัติ"),
                ("เกย์", "เลสเบี้ยน", "ไบเซ็กชวล", "ชายรักชาย", "หญิงรักหญิง"),
            ),
            (
                ("ให้ประวัติว่า{p}", "ยอมรับว่า{p}ในช่วง 3 เดือนที่ผ่านมา"),
                ("มีเพศสัมพันธ์โดยไม่ได้ป้องกัน", "มีคู่นอนหลายคน", "มีเพศสัมพันธ์กับเพศเดียวกัน", "ใช้บริการทางเพศ"),
            ),
        ],
        "en": [
            (
                ("is {p}", "came out as {p}"),
                ("gay", "bisexual", "lesbian"),
            ),
            (
                ("reports {p}", "admitted {p} last month"),
                ("unprotected sex with multiple partners", "sex with men", "having multiple sexual partners"),
            ),
        ],
    },
    "DISABILITY": {
        "th": [
            (
                ("เป็น{p}", "ได้รับการรับรองว่าเป็น{p}", "เป็น{p} ต้องการที่จอดรถใกล้ลิฟต์"),
                ("ผู้พิการทางการเคลื่อนไหว", "ผู้พิการทางการได้ยิน", "ผู้พิการทางสายตา", "คนพิการทางสติปัญญา",
                 "ผู้พิการทางจิตใจหรือพฤติกรรม", "ออทิสติก"),
            ),
            (
                ("{p} ตั้งแต่อุบัติเหตุเมื่อปี 2560", "{p}แต่กำเนิด", "{p} จึงต้องมีผู้ช่วยระหว่างเดินทาง"),
                ("ตาบอดสนิท", "หูหนวก", "ขาขาดข้างซ้าย", "ต้องนั่งรถเข็น", "มีบัตรประจำตัวคนพิการ", "พิการขาขวา"),
            ),
        ],
        "en": [
            (
                ("is {p}", "is registered as {p}"),
                ("a wheelchair user", "visually impaired", "deaf", "hard of hearing", "a person with an intellectual disability"),
            ),
            (
                ("holds {p}", "showed {p} at check-in"),
                ("a disability card", "a government disability ID"),
            ),
        ],
    },
    "TRADE_UNION": {
        "th": [
            (
                ("เป็น{p}", "เพิ่งสมัครเป็น{p}", "ได้รับเลือกเป็น{p}"),
                ("สมาชิกสหภาพแรงงาน", "กรรมการสหภาพแรงงาน", "ประธานสหภาพแรงงาน", "สมาชิกสหภาพแรงงานรัฐวิสาหกิจ",
                 "ผู้แทนสหภาพแรงงาน", "เลขาธิการสหภาพแรงงาน"),
            ),
            (
                ("เข้าร่วม{p} และเป็นตัวแทนเจรจาค่าจ้าง", "ลาไปประชุม{p}"),
                ("สหภาพแรงงานพนักงานการบินไทย", "สหภาพแรงงานอุตสาหกรรมยานยนต์", "สหภาพแรงงานการไฟฟ้า"),
            ),
        ],
        "en": [
            (
                ("is {p}", "became {p} in 2023"),
                ("a union member", "a trade union representative", "a shop steward", "a member of the workers' union"),
            ),
        ],
    },
    "GENETIC_DATA": {
        "th": [
            (
                ("มีผลตรวจพบ{p}", "แจ้งว่ามี{p}", "มีผลแล็บยืนยัน{p}"),
                ("ยีน BRCA1 กลายพันธุ์", "ยีน BRCA2 กลายพันธุ์", "ยีน HLA-B*1502", "ยีน HLA-B*5801", "การกลายพันธุ์ของยีน EGFR",
                 "ภาวะพาหะธาลัสซีเมีย", "พาหะโรคฮีโมฟีเลีย"),
            ),
            (
                ("ส่ง{p}ให้ศาลประกอบคดี", "ขอ{p}เพื่อประกอบการเคลม", "ได้รับ{p}แล้ว"),
                ("ผลตรวจดีเอ็นเอพิสูจน์ความเป็นบิดา", "ผลตรวจ DNA", "ผลถอดรหัสพันธุกรรมทั้งจีโนม", "ผลตรวจพันธุกรรม"),
            ),
        ],
        "en": [
            (
                ("carries {p}", "tested positive for {p}"),
                ("a BRCA1 mutation", "a BRCA2 mutation", "HLA-B*58:01", "the thalassemia trait", "a Lynch syndrome variant"),
            ),
            (
                ("submitted {p}", "asked us to store {p}"),
                ("DNA paternity test results", "whole genome sequencing results", "a genetic test report"),
            ),
        ],
    },
    "BIOMETRIC_DATA": {
        "th": [
            (
                ("ยินยอมให้เก็บ{p}ไว้ใช้ยืนยันตัวตน", "ลงทะเบียน{p}ใหม่เพราะสแกนไม่ผ่าน", "ขอให้ลบ{p}ออกจากระบบ"),
                ("ลายนิ้วมือ", "แม่แบบลายนิ้วมือ", "ข้อมูลใบหน้า", "ข้อมูลจำลองใบหน้า", "ภาพสแกนม่านตา",
                 "ลายเส้นเลือดฝ่ามือ", "ข้อมูลเสียงสำหรับยืนยันตัวตน"),
            ),
        ],
        "en": [
            (
                ("re-enrolled {p} after a failed scan", "asked us to delete {p}", "the app stores {p} for login"),
                ("fingerprint template", "face embedding", "iris scan", "voiceprint", "facial recognition template",
                 "palm vein pattern"),
            ),
        ],
    },
}
S26_CATEGORIES = tuple(S26)

# Form fields: the value after a cue discloses the fact (เชื้อชาติ: จีน).
RELIGION_WORDS = ("พุทธ", "อิสลาม", "คริสต์", "ฮินดู", "ซิกข์")
ETHNICITY_WORDS = ("ไทย", "จีน", "ลาว", "กะเหรี่ยง", "ม้ง", "มอญ", "เขมร", "มลายู")
ICD10 = ("E11.9", "I10", "F32.1", "B20", "C50.9", "J45.9", "N18.3", "K35.8", "S52.5", "A91", "G40.9", "F41.1",
         "M17.1", "E78.5", "I25.1", "F20.0", "K21.0", "E05.9")
MEDS = ("metformin 500 mg", "insulin glargine", "amlodipine 5 mg", "sertraline 50 mg", "ยาต้านไวรัสเอชไอวี",
        "ยาเมทฟอร์มิน", "ยาลดความดัน", "ยาต้านเศร้า", "tenofovir/emtricitabine", "lithium carbonate", "ยาอินซูลิน")


# ---------------------------------------------------------------------------------------------
# Generators
# ---------------------------------------------------------------------------------------------


@dataclass
class Person:
    gender: str
    first: str
    last: str
    nick: str
    en_first: str
    en_last: str
    title: str
    spaced_title: bool


def _romanise(thai: str) -> str:
    out = romanize(thai, engine="royin").strip()
    return out[:1].upper() + out[1:] if out else "Anan"


class Generator:
    """Fabricated values, deterministic for a seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("th_TH")
        self.fake.seed_instance(seed)
        self.fake_en = Faker("en_US")
        self.fake_en.seed_instance(seed + 1)
        known = set(thai_male_names()) | set(thai_female_names())
        person = self.fake.provider("faker.providers.person")
        known |= set(person.first_names_male) | set(person.first_names_female)
        known_family = set(thai_family_names()) | set(person.last_names)
        self.known_first, self.known_last = known, known_family
        with PROVINCES_CSV.open(encoding="utf-8") as fh:
            self.provinces = [(row[0], row[2]) for row in csv.reader(fh) if row]

    # --- names ---
    def invented(self, syllables: tuple[str, ...], lo: int, hi: int, known: set[str]) -> str:
        for _ in range(100):
            parts = [self.rng.choice(syllables) for _ in range(self.rng.randint(lo, hi))]
            name = "".join(parts)
            if name not in known and len(name) >= 3 and len(set(parts)) == len(parts):
                return name
        raise RuntimeError("could not invent a name")

    def person(self) -> Person:
        rng = self.rng
        gender = rng.choice("mf")
        if rng.random() < 0.6:
            first = self.fake.first_name_male() if gender == "m" else self.fake.first_name_female()
        else:
            first = self.invented(THAI_NAME_SYLLABLES, 2, 3, self.known_first)
        last = self.fake.last_name() if rng.random() < 0.6 else self.invented(SURNAME_SYLLABLES, 2, 4, self.known_last)
        titles = TITLE_M if gender == "m" else TITLE_F
        title = rng.choices([t for t, _ in titles], weights=[w for _, w in titles])[0]
        return Person(
            gender, first, last, rng.choice(NICKNAMES), _romanise(first), _romanise(last), title, rng.random() < 0.15
        )

    # --- numbers with checksums ---
    def national_id_digits(self) -> str:
        body = str(self.rng.choices("12345678", weights=[40, 8, 30, 5, 5, 3, 3, 6])[0])
        body += "".join(self.rng.choice("0123456789") for _ in range(11))
        return body + pin.calc_check_digit(body)

    def juristic_id_digits(self) -> str:
        for _ in range(100):
            body = "0" + self.rng.choice(("10", "13", "20", "50", "83")) + self.rng.choice("357")
            body += f"{self.rng.randint(20, 67):02d}" + f"{self.rng.randint(0, 999999):06d}"
            number = body + moa.calc_check_digit(body)
            if moa.is_valid(number):
                return number
        raise RuntimeError("no juristic id")

    def card_digits(self) -> tuple[str, str]:
        kind = self.rng.choice(("visa", "visa", "mc", "mc2", "amex", "jcb", "unionpay"))
        prefix, length = {
            "visa": ("4", 16), "mc": (str(self.rng.randint(51, 55)), 16), "mc2": (str(self.rng.randint(2221, 2720)), 16),
            "amex": (self.rng.choice(("34", "37")), 15), "jcb": (str(self.rng.randint(3528, 3589)), 16),
            "unionpay": ("62", 16),
        }[kind]
        body = prefix + "".join(self.rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
        return kind, body + luhn.calc_check_digit(body)

    def phone_digits(self, kind: str) -> str:
        """National significant form with trunk 0: mobile 10 digits, landline 9."""
        for _ in range(1000):
            if kind == "mobile":
                number = "0" + self.rng.choice("689") + "".join(self.rng.choice("0123456789") for _ in range(8))
            elif kind == "bkk":
                number = "02" + str(self.rng.randint(1, 9)) + "".join(self.rng.choice("0123456789") for _ in range(6))
            else:
                area = self.rng.choice(("32", "34", "35", "38", "42", "43", "44", "45", "53", "54", "55", "56", "73", "74", "75", "76", "77"))
                number = "0" + area + str(self.rng.randint(2, 9)) + "".join(self.rng.choice("0123456789") for _ in range(5))
            parsed = phonenumbers.parse(number, "TH")
            if phonenumbers.is_valid_number(parsed):
                return number
        raise RuntimeError("no valid phone")

    def foreign_phone(self) -> str:
        region = self.rng.choice(("US", "GB", "SG", "JP", "CN", "MY", "AU", "DE"))
        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        national = str(example.national_number)
        for _ in range(1000):
            candidate = national[:-4] + f"{self.rng.randint(0, 9999):04d}"
            parsed = phonenumbers.parse("+" + str(example.country_code) + candidate)
            if phonenumbers.is_valid_number(parsed):
                return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        raise RuntimeError("no foreign phone")

    # --- dates ---
    def birth_date(self) -> date:
        return date(1950, 1, 1) + timedelta(days=self.rng.randint(0, 365 * 56))

    def recent_date(self) -> date:
        return date(2023, 1, 1) + timedelta(days=self.rng.randint(0, 365 * 3))


TH_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
             "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
TH_MONTHS_ABBR = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def format_th_date(rng: random.Random, d: date) -> str:
    be = d.year + 543
    return rng.choice((
        f"{d.day} {TH_MONTHS[d.month - 1]} {be}",
        f"{d.day} {TH_MONTHS[d.month - 1]} {be}",
        f"{d.day} {TH_MONTHS_ABBR[d.month - 1]} {be}",
        f"{d.day} {TH_MONTHS_ABBR[d.month - 1]} {be % 100:02d}",
        f"{d.day} {TH_MONTHS[d.month - 1]} พ.ศ. {be}",
        f"{d.day:02d}/{d.month:02d}/{be}",
        f"{d.day}/{d.month}/{be}",
        f"{d.day:02d}-{d.month:02d}-{be}",
        f"{d.day} {TH_MONTHS_ABBR[d.month - 1]}{be}",
    ))


def format_en_date(rng: random.Random, d: date) -> str:
    return rng.choice((
        f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
        f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
        f"{d.day:02d}-{EN_MONTHS[d.month - 1][:3]}-{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}",
    ))


# ---------------------------------------------------------------------------------------------
# Documents and slots
# ---------------------------------------------------------------------------------------------


SlotResult = str | Val | list[Val]


@dataclass
class DocContext:
    """Per-document state: the people and banks a template mentions more than once."""

    gen: Generator
    split: str
    free_text: bool  # False in JSON/CSV/code payloads: no Thai digits there
    persons: dict[int, Person] = field(default_factory=dict)
    banks: dict[int, tuple[str, str, str, int]] = field(default_factory=dict)
    cache: dict[str, SlotResult] = field(default_factory=dict)

    @property
    def rng(self) -> random.Random:
        return self.gen.rng

    def person(self, idx: int) -> Person:
        if idx not in self.persons:
            self.persons[idx] = self.gen.person()
        return self.persons[idx]

    def bank(self, idx: int) -> tuple[str, str, str, int]:
        if idx not in self.banks:
            self.banks[idx] = self.rng.choice(BANKS)
        return self.banks[idx]

    def maybe_thai(self, text: str) -> str:
        if self.free_text and self.rng.random() < THAI_DIGIT_P:
            return thai_digits(text)
        return text

    def pick(self, key: str, items: tuple[str, ...]) -> str:
        """A phrase from ``items``; dev documents only see the dev share of each list."""
        if self.split == "dev":
            dev_items = tuple(i for i in items if _stable_share(key + "|" + i) >= TEST_SHARE)
            items = dev_items or items
        return self.rng.choice(items)


SlotFn = Callable[[DocContext, int, str], SlotResult]
SLOTS: dict[str, SlotFn] = {}


def slot(*names: str) -> Callable[[SlotFn], SlotFn]:
    def register(fn: SlotFn) -> SlotFn:
        for name in names:
            SLOTS[name] = fn
        return fn

    return register


# --- people ---


def _titled(p: Person, title: str, spaced: bool) -> str:
    return f"{title}{' ' if spaced else ''}{p.first} {p.last}"


@slot("name")
def _name(ctx: DocContext, idx: int, arg: str) -> Val:
    p = ctx.person(idx)
    return Val(_titled(p, p.title, p.spaced_title), "PERSON")


@slot("name_plain")
def _name_plain(ctx: DocContext, idx: int, arg: str) -> Val:
    p = ctx.person(idx)
    return Val(f"{p.first} {p.last}", "PERSON")


@slot("name_khun")
def _name_khun(ctx: DocContext, idx: int, arg: str) -> Val:
    p = ctx.person(idx)
    return Val(ctx.rng.choice((f"คุณ{p.first}", f"คุณ{p.first}", f"คุณ{p.first} {p.last}", f"คุณ {p.first}")), "PERSON")


@slot("first")
def _first(ctx: DocContext, idx: int, arg: str) -> Val:
    return Val(ctx.person(idx).first, "PERSON")


@slot("nick")
def _nick(ctx: DocContext, idx: int, arg: str) -> Val:
    return Val("คุณ" + ctx.person(idx).nick, "PERSON")


@slot("name_en")
def _name_en(ctx: DocContext, idx: int, arg: str) -> Val:
    p = ctx.person(idx)
    title = ctx.rng.choice(EN_TITLE_M if p.gender == "m" else EN_TITLE_F)
    return Val(f"{title} {p.en_first} {p.en_last}", "PERSON")


@slot("name_en_plain")
def _name_en_plain(ctx: DocContext, idx: int, arg: str) -> Val:
    p = ctx.person(idx)
    return Val(f"{p.en_first} {p.en_last}", "PERSON")


@slot("name_upper")
def _name_upper(ctx: DocContext, idx: int, arg: str) -> Val:
    p = ctx.person(idx)
    title = "MR." if p.gender == "m" else ctx.rng.choice(("MS.", "MRS.", "MISS"))
    return Val(f"{title} {p.en_first.upper()} {p.en_last.upper()}", "PERSON")


@slot("nick_bare")
def _nick_bare(ctx: DocContext, idx: int, arg: str) -> Val:
    return Val(ctx.person(idx).nick, "PERSON")


MM_SYLLABLES = ("Aung", "Kyaw", "Min", "Thant", "Zaw", "Htet", "Win", "Hla", "Mya", "Su", "Thandar", "Phyo", "Naing", "Soe", "Moe", "Khin")
KH_SYLLABLES = ("Sok", "Chea", "Dara", "Sophea", "Vannak", "Srey", "Pich", "Rith", "Sovann", "Bopha", "Kosal", "Nimol")


@slot("worker")
def _worker(ctx: DocContext, idx: int, arg: str) -> Val:
    """Migrant workers from Myanmar and Cambodia: names in no Thai list."""
    rng = ctx.rng
    if rng.random() < 0.6:
        name = " ".join(rng.choice(MM_SYLLABLES) for _ in range(rng.randint(2, 3)))
        prefix = rng.choice(("", "", "Mr. ", "Ms. ", "Ma ", "Mg "))
    else:
        name = f"{rng.choice(KH_SYLLABLES)} {rng.choice(KH_SYLLABLES)}"
        prefix = rng.choice(("", "Mr. ", "Ms. "))
    return Val(prefix + name, "PERSON")


@slot("staff")
def _staff(ctx: DocContext, idx: int, arg: str) -> Val:
    p = ctx.gen.person()
    return Val(ctx.rng.choice((f"คุณ{p.first}", f"{p.first} {p.last}", f"คุณ{p.nick}", f"{p.first}")), "PERSON")


@slot("doctor")
def _doctor(ctx: DocContext, idx: int, arg: str) -> Val:
    p = ctx.gen.person()
    title = ctx.rng.choice(MEDICAL_M if p.gender == "m" else MEDICAL_F)
    if title.startswith("ภ"):
        title = "นพ." if p.gender == "m" else "พญ."
    return Val(_titled(p, title, ctx.rng.random() < 0.1), "PERSON")


@slot("officer")
def _officer(ctx: DocContext, idx: int, arg: str) -> Val:
    p = ctx.gen.person()
    return Val(_titled(p, ctx.rng.choice(RANKS), ctx.rng.random() < 0.1), "PERSON")


@slot("prof")
def _prof(ctx: DocContext, idx: int, arg: str) -> Val:
    p = ctx.gen.person()
    return Val(_titled(p, ctx.rng.choice(ACADEMIC), False), "PERSON")


@slot("child")
def _child(ctx: DocContext, idx: int, arg: str) -> Val:
    p = ctx.person(100 + idx)
    title = "ด.ช." if p.gender == "m" else ctx.rng.choice(("ด.ญ.", "เด็กหญิง"))
    if p.gender == "m" and ctx.rng.random() < 0.3:
        title = "เด็กชาย"
    return Val(_titled(p, title, False), "PERSON")


@slot("foreigner")
def _foreigner(ctx: DocContext, idx: int, arg: str) -> Val:
    fake = ctx.gen.fake_en
    name = fake.name() if ctx.rng.random() < 0.5 else f"{fake.first_name()} {fake.last_name()}"
    return Val(name, "PERSON")


# --- contact ---


def _format_mobile(rng: random.Random, n: str) -> str:
    sig = n[1:]
    return rng.choice((
        f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n, n, f"{n[:3]} {n[3:6]} {n[6:]}",
        f"{n[:3]}-{n[3:]}", f"{n[:2]}-{n[2:6]}-{n[6:]}", f"+66 {sig[:2]} {sig[2:5]} {sig[5:]}",
        f"+66{sig}", f"(+66) {sig[:2]}-{sig[2:5]}-{sig[5:]}", f"+66-{sig[:2]}-{sig[2:5]}-{sig[5:]}",
    ))


def _format_landline(rng: random.Random, n: str) -> str:
    sig = n[1:]
    if n.startswith("02"):
        return rng.choice((
            f"02-{n[2:5]}-{n[5:]}", f"0-2{n[2:5]}-{n[5:]}", f"02 {n[2:5]} {n[5:]}", n, f"+66 2 {n[2:5]} {n[5:]}",
            f"02-{n[2:]}", f"0 2{n[2:5]} {n[5:]}",
        ))
    return rng.choice((
        f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:]}", f"0-{n[1:5]}-{n[5:]}", n, f"+66 {sig[:2]} {sig[2:5]} {sig[5:]}",
        f"{n[:3]}-{n[3:6]}-{n[6:]}",
    ))


@slot("phone")
def _phone(ctx: DocContext, idx: int, arg: str) -> Val:
    n = ctx.gen.phone_digits("mobile")
    text = _format_mobile(ctx.rng, n) if ctx.free_text else ctx.rng.choice((n, f"{n[:3]}-{n[3:6]}-{n[6:]}", "+66" + n[1:]))
    return Val(ctx.maybe_thai(text), "PHONE_NUMBER")


@slot("phone_intl")
def _phone_intl(ctx: DocContext, idx: int, arg: str) -> Val:
    sig = ctx.gen.phone_digits("mobile")[1:]
    return Val(ctx.rng.choice((f"+66 {sig[:2]} {sig[2:5]} {sig[5:]}", f"+66{sig}", f"(+66) {sig[:2]}-{sig[2:5]}-{sig[5:]}",
                               f"+66 (0) {sig[:2]} {sig[2:5]} {sig[5:]}")), "PHONE_NUMBER")


@slot("msisdn")
def _msisdn(ctx: DocContext, idx: int, arg: str) -> Val:
    return Val("66" + ctx.gen.phone_digits("mobile")[1:], "PHONE_NUMBER")


@slot("landline")
def _landline(ctx: DocContext, idx: int, arg: str) -> Val:
    n = ctx.gen.phone_digits(ctx.rng.choice(("bkk", "prov")))
    return Val(ctx.maybe_thai(_format_landline(ctx.rng, n)), "PHONE_NUMBER")


@slot("phone_ext")
def _phone_ext(ctx: DocContext, idx: int, arg: str) -> Val:
    n = ctx.gen.phone_digits(ctx.rng.choice(("bkk", "bkk", "prov")))
    ext = ctx.rng.choice((" ต่อ {}", " ต่อ {}", " ext. {}", " ext {}", " กด {}", " #{}")).format(ctx.rng.randint(10, 9999))
    return Val(_format_landline(ctx.rng, n) + ext, "PHONE_NUMBER")


@slot("phone_foreign")
def _phone_foreign(ctx: DocContext, idx: int, arg: str) -> Val:
    return Val(ctx.gen.foreign_phone(), "PHONE_NUMBER")


EMAIL_DOMAINS = ("gmail.com", "gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th", "icloud.com", "live.com",
                 "siampack.co.th", "lannafoods.co.th", "mail.kkbs.ac.th", "hotmail.co.th", "proton.me")


@slot("email")
def _email(ctx: DocContext, idx: int, arg: str) -> Val:
    p, rng = ctx.person(idx), ctx.rng
    first = re.sub(r"[^a-z]", "", p.en_first.lower()) or "user"
    last = re.sub(r"[^a-z]", "", p.en_last.lower()) or "mail"
    local = rng.choice((f"{first}.{last[:1]}", f"{first}{rng.randint(70, 99)}", f"{first}_{last}", f"{first[0]}{last}",
                        f"{first}.{last}", f"{p.nick and first}{rng.randint(1, 9999)}", f"{first}-{last[:3]}"))
    return Val(f"{local}@{rng.choice(EMAIL_DOMAINS)}", "EMAIL_ADDRESS")


@slot("line")
def _line(ctx: DocContext, idx: int, arg: str) -> Val:
    p, rng = ctx.person(idx), ctx.rng
    first = re.sub(r"[^a-z]", "", p.en_first.lower()) or "nong"
    base = rng.choice((f"{first}.{rng.choice('abcdjkmnps')}", f"{first}_{rng.randint(2520, 2550)}", f"{first[:4]}{rng.randint(1, 999)}",
                       f"{first}.{first[:2]}", f"{first}-{rng.randint(10, 99)}", f"{first[:3]}{first[:3]}"))
    return Val(("@" if rng.random() < 0.35 else "") + base, "LINE_ID")


@slot("ip")
def _ip(ctx: DocContext, idx: int, arg: str) -> Val:
    rng = ctx.rng
    if rng.random() < 0.3:
        text = rng.choice((f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}", f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"))
    else:
        first = rng.choice((1, 27, 49, 58, 61, 101, 110, 115, 119, 124, 171, 182, 183, 184, 202, 203))
        text = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return Val(text, "IP_ADDRESS")


@slot("ipv6")
def _ipv6(ctx: DocContext, idx: int, arg: str) -> Val:
    rng = ctx.rng
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    prefix = rng.choice(("2405:9800", "2001:fb1", "2403:6200", "2001:44c8"))
    text = rng.choice((prefix + ":" + ":".join(groups[2:]), prefix + ":" + groups[2] + "::" + groups[7]))
    return Val(text, "IP_ADDRESS")


# --- identifiers ---


def _format_nid(rng: random.Random, d: str, style: str) -> str:
    if style == "any":
        style = rng.choices(("plain", "dash", "space"), weights=(45, 45, 10))[0]
    if style == "dash":
        return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"
    if style == "space":
        return f"{d[0]} {d[1:5]} {d[5:10]} {d[10:12]} {d[12]}"
    return d


@slot("nid", "nid_plain", "nid_dash")
def _nid(ctx: DocContext, idx: int, arg: str) -> Val:
    style = {"nid": "any", "nid_plain": "plain", "nid_dash": "dash"}[arg]
    text = _format_nid(ctx.rng, ctx.gen.national_id_digits(), style if ctx.free_text or style != "any" else "plain")
    return Val(ctx.maybe_thai(text), "TH_NATIONAL_ID")


@slot("jid")
def _jid(ctx: DocContext, idx: int, arg: str) -> Val:
    d = ctx.gen.juristic_id_digits()
    return Val(_format_nid(ctx.rng, d, "any" if ctx.free_text else "plain"), "TH_JURISTIC_ID")


@slot("card")
def _card(ctx: DocContext, idx: int, arg: str) -> Val:
    kind, d = ctx.gen.card_digits()
    sep = ctx.rng.choice((" ", "-", "", " ")) if ctx.free_text else ctx.rng.choice(("", " "))
    if kind == "amex":
        text = sep.join((d[:4], d[4:10], d[10:]))
    else:
        text = sep.join(d[i:i + 4] for i in range(0, 16, 4))
    return Val(text, "CREDIT_CARD")


@slot("card_masked")
def _card_masked(ctx: DocContext, idx: int, arg: str) -> str:
    return ctx.rng.choice(("xxxx-xxxx-xxxx-{}", "**** **** **** {}", "XXXX XXXX XXXX {}", "ลงท้าย {}")).format(ctx.rng.randint(1000, 9999))


@slot("passport")
def _passport(ctx: DocContext, idx: int, arg: str) -> Val:
    rng = ctx.rng
    if rng.random() < 0.8:
        text = rng.choice(("AA", "AB", "AC", "AD", "AE", "AF", "AG")) + f"{rng.randint(0, 9999999):07d}"
    else:
        text = rng.choice((f"{rng.randint(100000000, 999999999)}", "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
                           f"E{rng.randint(10000000, 99999999)}", f"K{rng.randint(1000000, 9999999)}"))
    return Val(ctx.maybe_thai(text) if text[0].isdigit() else text, "TH_PASSPORT")


@slot("bank")
def _bank(ctx: DocContext, idx: int, arg: str) -> str:
    return ctx.bank(idx)[0]


@slot("bank_en")
def _bank_en(ctx: DocContext, idx: int, arg: str) -> str:
    return ctx.bank(idx)[ctx.rng.choice((1, 2))]


@slot("bank_code")
def _bank_code(ctx: DocContext, idx: int, arg: str) -> str:
    return ctx.bank(idx)[2]


@slot("account")
def _account(ctx: DocContext, idx: int, arg: str) -> Val:
    rng = ctx.rng
    length = ctx.bank(idx)[3]
    d = "".join(rng.choice("0123456789") for _ in range(length))
    if length == 12:
        text = rng.choice((d, f"{d[:4]}-{d[4:8]}-{d[8:]}", f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:2]}-{d[2:]}"))
    elif ctx.free_text:
        text = rng.choice((f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}", f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}", d, f"{d[:3]}-{d[3:9]}-{d[9]}",
                           f"{d[:3]} {d[3]} {d[4:9]} {d[9]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"))
    else:
        text = rng.choice((d, f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"))
    return Val(ctx.maybe_thai(text), "TH_BANK_ACCOUNT")


PLATE_CONSONANTS = "กขคฆงจฉชฌญฐฒณดตถทธนบผพฟภมยรลวศษสหฬอฮ"


@slot("plate", "plate_bare")
def _plate(ctx: DocContext, idx: int, arg: str) -> Val:
    rng = ctx.rng
    c = rng.choice(PLATE_CONSONANTS) + rng.choice(PLATE_CONSONANTS)
    n = str(rng.randint(1, 9999))
    text = rng.choice((f"{rng.randint(1, 9)}{c} {n}", f"{c} {n}", f"{c}-{n}", f"{c}{n}", f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                       f"{rng.randint(1, 9)}{c}-{n}", f"{c} {n}"))
    if arg == "plate" and rng.random() < 0.6:
        province = rng.choice(("กรุงเทพมหานคร", "กทม.", rng.choice(ctx.gen.provinces)[0], rng.choice(ctx.gen.provinces)[0]))
        text += " " + province
    return Val(ctx.maybe_thai(text), "TH_VEHICLE_PLATE")


@slot("student_id")
def _student_id(ctx: DocContext, idx: int, arg: str) -> Val:
    rng = ctx.rng
    yy = rng.randint(62, 67)
    text = rng.choice((f"{yy}{rng.randint(10000000, 99999999)}", f"{yy}{rng.randint(10000000, 99999999)}", f"B{yy}{rng.randint(10000, 99999)}",
                       f"{yy}-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}", f"{yy}{rng.randint(1000000, 9999999)}-{rng.randint(0, 9)}",
                       f"s{yy}0{rng.randint(1000000, 9999999)}"))
    return Val(ctx.maybe_thai(text), "STUDENT_ID")


@slot("hn")
def _hn(ctx: DocContext, idx: int, arg: str) -> Val:
    rng = ctx.rng
    yy = rng.randint(55, 68)
    text = rng.choice((f"{yy}-{rng.randint(0, 999999):06d}", f"{rng.randint(0, 9999999):07d}", f"{rng.randint(1, 999999)}/{yy}",
                       f"25{yy}-{rng.randint(0, 999999):06d}", f"{rng.randint(0, 99999999):08d}", f"{yy}{rng.randint(0, 99999):05d}"))
    return Val(ctx.maybe_thai(text), "MEDICAL_RECORD_NUMBER")


# --- addresses ---


def _thai_address(ctx: DocContext, with_postcode: bool, lead: str) -> str:
    rng, gen = ctx.rng, ctx.gen
    if rng.random() < 0.65:
        tambon, amphoe, province, postcode = rng.choice(PLACES)[:4]
    else:
        province = rng.choice(gen.provinces)[0]
        tambon, amphoe, postcode = gen.fake.tambon(), gen.fake.amphoe(), gen.fake.postcode()
    bangkok = province == "กรุงเทพมหานคร"
    short = rng.random() < 0.45
    sep = ", " if rng.random() < 0.12 else " "
    parts: list[str] = []
    house = rng.choice((f"{rng.randint(1, 999)}", f"{rng.randint(1, 299)}/{rng.randint(1, 199)}", f"{rng.randint(1, 99)}/{rng.randint(1, 9)}"))
    if lead == "building" or (lead == "any" and rng.random() < 0.12):
        parts.append(f"ห้อง {rng.randint(1, 35)}{rng.randint(1, 30):02d} ชั้น {rng.randint(2, 35)} อาคาร{rng.choice(BUILDINGS)}")
        parts.append(f"เลขที่ {house}")
    elif lead == "number":
        parts.append(house)
    else:
        parts.append(rng.choice((house, house, f"เลขที่ {house}", f"{house}")))
    if not bangkok and rng.random() < 0.6:
        parts.append(f"{'ม.' if short else 'หมู่ '}{rng.randint(1, 15)}")
    if rng.random() < 0.25:
        parts.append(f"หมู่บ้าน{rng.choice(VILLAGES)}")
    road = rng.choice(ROADS)[0]
    if rng.random() < 0.55:
        parts.append(rng.choice((f"{'ซ.' if short else 'ซอย'}{road} {rng.randint(1, 101)}", f"{'ซ.' if short else 'ซอย'}{rng.choice(SOI_NAMES)}",
                                 f"{'ซ.' if short else 'ซอย '}{rng.randint(1, 30)}")))
    if rng.random() < 0.7:
        parts.append(f"{'ถ.' if short else 'ถนน'}{road}")
    if bangkok:
        parts.append(f"แขวง{tambon}")
        parts.append(f"เขต{amphoe}")
        parts.append(rng.choice(("กรุงเทพมหานคร", "กรุงเทพฯ", "กทม.", "กรุงเทพมหานคร")))
    else:
        gap = " " if rng.random() < 0.3 else ""
        parts.append(f"{'ต.' + gap if short else 'ตำบล'}{tambon}")
        parts.append(f"{'อ.' + gap if short else 'อำเภอ'}{amphoe}")
        parts.append(rng.choice((f"{'จ.' + gap if short else 'จังหวัด'}{province}", province)))
    text = sep.join(parts)
    if with_postcode:
        text += " " + postcode
    return text


@slot("address", "address_short", "address_num", "address_building")
def _address(ctx: DocContext, idx: int, arg: str) -> Val:
    lead = {"address_num": "number", "address_building": "building"}.get(arg, "any")
    text = _thai_address(ctx, with_postcode=arg != "address_short" and ctx.rng.random() < 0.92, lead=lead)
    if ctx.free_text and ctx.rng.random() < 0.05:
        text = text.replace(" แขวง", "\nแขวง").replace(" ตำบล", "\nตำบล").replace(" ต.", "\nต.")
    return Val(ctx.maybe_thai(text), "ADDRESS")


@slot("address_en")
def _address_en(ctx: DocContext, idx: int, arg: str) -> Val:
    rng = ctx.rng
    place = rng.choice(PLACES)
    tambon, amphoe, province, postcode = place[4], place[5], place[6], place[3]
    road = rng.choice(ROADS)[1]
    house = rng.choice((f"{rng.randint(1, 999)}", f"{rng.randint(1, 299)}/{rng.randint(1, 199)}"))
    if province == "Bangkok":
        area = rng.choice((f"Khwaeng {tambon}, Khet {amphoe}", f"{tambon}, {amphoe}", f"{tambon} Sub-district, {amphoe} District"))
    else:
        area = rng.choice((f"Tambon {tambon}, Amphoe {amphoe}", f"{tambon} Sub-district, {amphoe} District", f"{tambon}, {amphoe}"))
    street = rng.choice((f"Soi {road} {rng.randint(1, 71)}, {road} Road", f"{road} Rd.", f"Moo {rng.randint(1, 12)}, {road} Road", f"{road} Road"))
    text = f"{house} {street}, {area}, {province}"
    if rng.random() < 0.9:
        text += f" {postcode}"
    return Val(text, "ADDRESS")


# --- dates ---


@slot("dob")
def _dob(ctx: DocContext, idx: int, arg: str) -> Val:
    d = ctx.gen.birth_date()
    text = format_th_date(ctx.rng, d) if ctx.rng.random() < 0.8 else format_en_date(ctx.rng, d)
    return Val(ctx.maybe_thai(text), "DATE_OF_BIRTH")


@slot("dob_en")
def _dob_en(ctx: DocContext, idx: int, arg: str) -> Val:
    return Val(format_en_date(ctx.rng, ctx.gen.birth_date()), "DATE_OF_BIRTH")


@slot("dob_iso")
def _dob_iso(ctx: DocContext, idx: int, arg: str) -> Val:
    return Val(ctx.gen.birth_date().isoformat(), "DATE_OF_BIRTH")


@slot("date")
def _date(ctx: DocContext, idx: int, arg: str) -> str:
    return ctx.maybe_thai(format_th_date(ctx.rng, ctx.gen.recent_date()))


@slot("date_en")
def _date_en(ctx: DocContext, idx: int, arg: str) -> str:
    return format_en_date(ctx.rng, ctx.gen.recent_date())


@slot("date_iso")
def _date_iso(ctx: DocContext, idx: int, arg: str) -> str:
    return ctx.gen.recent_date().isoformat()


@slot("ts_iso")
def _ts_iso(ctx: DocContext, idx: int, arg: str) -> str:
    d, rng = ctx.gen.recent_date(), ctx.rng
    return f"{d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}{rng.choice(('+07:00', 'Z', '.123Z'))}"


@slot("time")
def _time(ctx: DocContext, idx: int, arg: str) -> str:
    rng = ctx.rng
    return rng.choice((f"{rng.randint(8, 17):02d}:{rng.choice(('00', '15', '30', '45'))}", f"{rng.randint(8, 17)}.{rng.choice(('00', '30'))} น."))


@slot("epoch_ms")
def _epoch_ms(ctx: DocContext, idx: int, arg: str) -> str:
    # Half of them pass the Thai ID checksum on purpose: a timestamp is not an ID.
    for _ in range(200):
        value = str(ctx.rng.randint(1_600_000_000_000, 1_760_000_000_000))
        if ctx.rng.random() < 0.5 or pin.is_valid(value):
            return value
    return value


@slot("age")
def _age(ctx: DocContext, idx: int, arg: str) -> str:
    return str(ctx.rng.randint(19, 82))


# --- business and distractor values (never gold) ---


@slot("amount")
def _amount(ctx: DocContext, idx: int, arg: str) -> str:
    rng = ctx.rng
    value = rng.choice((rng.randint(100, 9999), rng.randint(1000, 99999), rng.randint(10000, 2_000_000)))
    return rng.choice((f"{value:,}", f"{value:,}.00", str(value)))


@slot("price")
def _price(ctx: DocContext, idx: int, arg: str) -> str:
    rng = ctx.rng
    return rng.choice((f"{rng.randint(49, 9999):,}", f"{rng.randint(100, 99999):,}.{rng.choice(('00', '50', '99'))}", f"{rng.randint(9, 999)}"))


@slot("order_no")
def _order_no(ctx: DocContext, idx: int, arg: str) -> str:
    rng = ctx.rng
    return rng.choice((
        f"{rng.randint(22, 25)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{''.join(rng.choice('ABCDEFGHJKMNPQRSTUVWXYZ0123456789') for _ in range(8))}",
        f"ORD-{rng.randint(2023, 2025)}-{rng.randint(0, 999999):06d}", f"{rng.randint(10**14, 10**15 - 1)}",
        f"#{rng.randint(100000, 999999)}", f"SO{rng.randint(10**9, 10**10 - 1)}",
    ))


@slot("tracking")
def _tracking(ctx: DocContext, idx: int, arg: str) -> str:
    rng = ctx.rng
    return rng.choice((
        f"E{rng.choice('BFGMRTW')}{rng.randint(10**8, 10**9 - 1)}TH", f"TH{rng.randint(10**11, 10**12 - 1)}{rng.choice('ABCDE')}",
        f"KEX{rng.randint(10**9, 10**10 - 1)}", f"SPXTH{rng.randint(10**11, 10**12 - 1)}", f"JNT{rng.randint(10**11, 10**12 - 1)}",
        f"{rng.randint(10**12, 10**13 - 1)}",
    ))


@slot("policy_no")
def _policy_no(ctx: DocContext, idx: int, arg: str) -> str:
    rng = ctx.rng
    return rng.choice((f"POL-{rng.randint(2560, 2568)}-{rng.randint(0, 99999999):08d}", f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}",
                       f"T{rng.randint(10**8, 10**9 - 1)}", f"HL{rng.randint(100000, 999999)}/{rng.randint(2566, 2568)}"))


@slot("claim_no")
def _claim_no(ctx: DocContext, idx: int, arg: str) -> str:
    rng = ctx.rng
    return rng.choice((f"CLM{rng.randint(10**7, 10**8 - 1)}", f"C-{rng.randint(2566, 2568)}-{rng.randint(0, 99999):05d}", f"{rng.randint(10**6, 10**7 - 1)}"))


@slot("ticket")
def _ticket(ctx: DocContext, idx: int, arg: str) -> str:
    rng = ctx.rng
    return rng.choice((f"INC{rng.randint(10**6, 10**7 - 1)}", f"#{rng.randint(10000, 99999)}", f"CS-{rng.randint(100000, 999999)}", f"SR{rng.randint(10**8, 10**9 - 1)}"))


@slot("emp_id")
def _emp_id(ctx: DocContext, idx: int, arg: str) -> str:
    rng = ctx.rng
    return rng.choice((f"EMP{rng.randint(1000, 99999)}", f"E-{rng.randint(10000, 99999)}", f"{rng.randint(100000, 999999)}", f"HR{rng.randint(100, 9999):04d}"))


@slot("customer_id")
def _customer_id(ctx: DocContext, idx: int, arg: str) -> str:
    rng = ctx.rng
    return rng.choice((f"C{rng.randint(10**6, 10**7 - 1)}", f"CIF{rng.randint(10**7, 10**8 - 1)}", f"cus_{''.join(rng.choice('abcdefghijkmnpqrstuvwxyz0123456789') for _ in range(14))}"))


@slot("sku")
def _sku(ctx: DocContext, idx: int, arg: str) -> str:
    rng = ctx.rng
    return rng.choice((f"SKU-{rng.randint(10000, 99999)}-{rng.choice(('BK', 'WH', 'RD', 'L', 'XL'))}", f"{rng.choice(('TH', 'HG', 'AP'))}{rng.randint(10**6, 10**7 - 1)}",
                       f"8{rng.randint(10**11, 10**12 - 1)}", f"P{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"))


@slot("isbn")
def _isbn(ctx: DocContext, idx: int, arg: str) -> str:
    rng = ctx.rng
    prefix = rng.choice(("978616", "978974", "978611", "9798"))
    body = prefix + "".join(rng.choice("0123456789") for _ in range(12 - len(prefix)))
    check = (10 - sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(body)) % 10) % 10
    d = body + str(check)
    return rng.choice((d, f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:12]}-{d[12]}", f"{d[:3]}-{d[3:]}"))


@slot("ean")
def _ean(ctx: DocContext, idx: int, arg: str) -> str:
    # Thai GS1 prefix 885; some also pass the Thai ID checksum, which is the point.
    for _ in range(500):
        body = "885" + "".join(ctx.rng.choice("0123456789") for _ in range(9))
        check = (10 - sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(body)) % 10) % 10
        value = body + str(check)
        if ctx.rng.random() < 0.5 or pin.is_valid(value):
            return value
    return value


@slot("version")
def _version(ctx: DocContext, idx: int, arg: str) -> str:
    rng = ctx.rng
    return rng.choice((f"{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 30)}", f"v{rng.randint(1, 3)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}",
                       f"10.0.{rng.randint(17000, 26000)}.{rng.randint(100, 4000)}", f"{rng.randint(2022, 2025)}.{rng.randint(1, 12)}.{rng.randint(1, 9)}"))


@slot("sha")
def _sha(ctx: DocContext, idx: int, arg: str) -> str:
    return "".join(ctx.rng.choice("0123456789abcdef") for _ in range(ctx.rng.choice((7, 12, 40))))


@slot("company")
def _company(ctx: DocContext, idx: int, arg: str) -> str:
    return f"บริษัท {ctx.rng.choice(COMPANY_A)}{ctx.rng.choice(COMPANY_B)} จำกัด"


@slot("company_en")
def _company_en(ctx: DocContext, idx: int, arg: str) -> str:
    return f"{ctx.rng.choice(COMPANY_EN_A)} {ctx.rng.choice(COMPANY_EN_B)} Co., Ltd."


@slot("hospital")
def _hospital(ctx: DocContext, idx: int, arg: str) -> str:
    return ctx.rng.choice(HOSPITALS)


@slot("hospital_en")
def _hospital_en(ctx: DocContext, idx: int, arg: str) -> str:
    return ctx.rng.choice(HOSPITALS_EN)


@slot("province")
def _province(ctx: DocContext, idx: int, arg: str) -> str:
    return ctx.rng.choice(ctx.gen.provinces)[0]


@slot("province_en")
def _province_en(ctx: DocContext, idx: int, arg: str) -> str:
    return ctx.rng.choice(ctx.gen.provinces)[1]


@slot("job")
def _job(ctx: DocContext, idx: int, arg: str) -> str:
    return ctx.gen.fake.job()


@slot("job_en")
def _job_en(ctx: DocContext, idx: int, arg: str) -> str:
    return ctx.rng.choice(JOBS_EN)


@slot("product")
def _product(ctx: DocContext, idx: int, arg: str) -> str:
    return ctx.rng.choice(PRODUCTS)[0]


@slot("product_desc")
def _product_desc(ctx: DocContext, idx: int, arg: str) -> str:
    name, desc = ctx.rng.choice(PRODUCTS)
    return f"{name} {desc}"


@slot("int")
def _int(ctx: DocContext, idx: int, arg: str) -> str:
    lo, hi = (int(x) for x in arg.split("-")) if "-" in arg else (1, 99)
    return str(ctx.rng.randint(lo, hi))


@slot("pick")
def _pick(ctx: DocContext, idx: int, arg: str) -> str:
    return ctx.rng.choice(arg.split("|"))


# --- s.26 ---


def _s26(ctx: DocContext, category: str, lang: str) -> list[Val]:
    frames, phrases = ctx.rng.choice(S26[category][lang])
    frame = ctx.rng.choice(frames)
    phrase = ctx.pick(category, phrases)
    before, after = frame.split("{p}")
    return [Val(before), Val(phrase, category), Val(after)]


@slot("sens", "sens_en")
def _sens(ctx: DocContext, idx: int, arg: str) -> list[Val]:
    """A sentence fragment disclosing one s.26 fact; ``«sens:RELIGION»`` fixes the category."""
    lang = "en" if arg.startswith("sens_en") else "th"
    category = arg.split(":", 1)[1] if ":" in arg else ctx.rng.choice(S26_CATEGORIES)
    return _s26(ctx, category, lang)


_PHRASE_SLOTS = {
    "health": "HEALTH_DATA", "religion": "RELIGION", "ethnicity": "ETHNICITY", "political": "POLITICAL_OPINION",
    "criminal": "CRIMINAL_RECORD", "sexual": "SEXUAL_BEHAVIOUR", "disability": "DISABILITY", "union": "TRADE_UNION",
    "genetic": "GENETIC_DATA", "biometric": "BIOMETRIC_DATA",
}


def _phrase_slot(ctx: DocContext, idx: int, arg: str) -> Val:
    """Only the phrase, for templates that write the frame themselves (first phrase list of the category)."""
    base, _, lang = arg.partition("_")
    category = _PHRASE_SLOTS[base]
    _, phrases = S26[category]["en" if lang == "en" else "th"][0]
    return Val(ctx.pick(category, phrases), category)


for _base in _PHRASE_SLOTS:
    SLOTS[_base] = _phrase_slot
    SLOTS[_base + "_en"] = _phrase_slot


@slot("religion_word")
def _religion_word(ctx: DocContext, idx: int, arg: str) -> Val:
    return Val(ctx.pick("religion_word", RELIGION_WORDS), "RELIGION")


@slot("ethnicity_word")
def _ethnicity_word(ctx: DocContext, idx: int, arg: str) -> Val:
    return Val(ctx.pick("ethnicity_word", ETHNICITY_WORDS), "ETHNICITY")


@slot("icd")
def _icd(ctx: DocContext, idx: int, arg: str) -> Val:
    return Val(ctx.pick("icd", ICD10), "HEALTH_DATA")


@slot("med")
def _med(ctx: DocContext, idx: int, arg: str) -> Val:
    return Val(ctx.pick("med", MEDS), "HEALTH_DATA")


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

_SLOT_RE = re.compile(r"«([^»]+)»")
_SLOT_NAME = re.compile(r"^([a-z_]*[a-z_])(\d*)(?::(.*))?$")


def render(template: str, ctx: DocContext) -> tuple[str, list[dict[str, object]]]:
    """Fill ``template`` and return the text with its gold spans."""
    out: list[str] = []
    entities: list[dict[str, object]] = []
    pos = 0
    for i, piece in enumerate(_SLOT_RE.split(template)):
        if i % 2 == 0:
            out.append(piece)
            pos += len(piece)
            continue
        name, _, arg_text = piece.partition(":")
        match = _SLOT_NAME.match(piece)
        if name in SLOTS:  # a name that ends in a digit (ipv6) is a name, not an index
            base, idx, arg = name, 1, (arg_text if ":" in piece else None)
        elif match and match.group(1) in SLOTS:
            base, idx, arg = match.group(1), int(match.group(2) or 1), match.group(3)
        else:
            raise KeyError(f"unknown slot «{piece}»")
        key = f"{base}:{arg}" if arg is not None else base
        indexed = base != name  # «phone2»: the same value each time it appears in the document
        if indexed and piece in ctx.cache:  # «phone1» twice in a document is the same phone
            result = ctx.cache[piece]
        else:
            result = SLOTS[base](ctx, idx, key if base in ("sens", "sens_en") else (arg or base))
            if indexed:
                ctx.cache[piece] = result
        values = [Val(result)] if isinstance(result, str) else [result] if isinstance(result, Val) else result
        for value in values:
            if value.entity_type and value.text:
                entities.append({"entity_type": value.entity_type, "start": pos, "end": pos + len(value.text)})
            out.append(value.text)
            pos += len(value.text)
    return "".join(out), entities


# ---------------------------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    id: str
    domain: str
    body: str | Callable[[random.Random], str]
    negative: bool = False
    structured: bool = False  # JSON / CSV / code: no Thai digits inside values
    thai_digits_doc: float = 0.0  # probability that the whole document is written in Thai digits
    weight: float = 1.0  # share of documents, relative to other templates of the same kind

    def text(self, rng: random.Random) -> str:
        return self.body(rng) if callable(self.body) else self.body



# --- conversations: built from stages so each transcript is a different path ---------------

_CHAT_STYLES = (
    ("ลูกค้า: ", "เจ้าหน้าที่: "),
    ("Customer: ", "Agent: "),
    ("[{t}] ลูกค้า: ", "[{t}] แอดมิน: "),
    ("C: ", "A: "),
    ("user: ", "agent: "),
)


def _chat(rng: random.Random, intros: tuple[str, ...], stages: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """A transcript: an instruction, then one turn per stage (stage marked "?" are optional)."""
    cust, agent = rng.choice(_CHAT_STYLES)
    lines = [rng.choice(intros)]
    minute, hour = rng.randint(0, 40), rng.randint(8, 20)
    for mode, turns in stages:
        if mode == "?" and rng.random() < 0.4:
            continue
        for who, text in rng.choice(turns) if mode == "*" else [rng.choice(turns)]:
            minute += rng.randint(0, 2)
            prefix = (cust if who == "c" else agent).format(t=f"{hour + minute // 60:02d}:{minute % 60:02d}")
            lines.append(prefix + text)
    return "\n".join(lines)


def chat_bank(rng: random.Random) -> str:
    return _chat(rng, (
        "สรุปบทสนทนาต่อไปนี้เป็น bullet 3 ข้อ และระบุว่าต้องส่งต่อทีมไหน",
        "Summarise this chat transcript and classify the issue:",
        "จากแชทนี้ ลูกค้าต้องการอะไร และเจ้าหน้าที่ควรทำอะไรต่อ",
    ), [
        ("", [("a", "สวัสดีค่ะ «staff» ยินดีให้บริการค่ะ"), ("a", "สวัสดีครับ ธนาคารยินดีให้บริการ มีอะไรให้ช่วยครับ")]),
        ("", [("c", "สวัสดีครับ ผม«name» บัตรเดบิตโดนเครื่อง ATM กลืนครับ"), ("c", "ดิฉัน«name»ค่ะ แอปแจ้งว่าบัญชีถูกระงับ"),
              ("c", "หวัดดีค่ะ เป็นลูกค้าชื่อ«name_plain» โอนเงินแล้วเงินหายค่ะ")]),
        ("", [("a", "รบกวนขอเลขบัตรประชาชนเพื่อยืนยันตัวตนค่ะ"), ("a", "ขอเลขประจำตัวประชาชน 13 หลักด้วยครับ")]),
        ("", [("c", "«nid»"), ("c", "«nid» ค่ะ"), ("c", "เลขบัตร«nid_plain»ครับ")]),
        ("?", [("c", "เลขบัญชี «account» ครับ"), ("c", "บัญชี«bank» «account» ค่ะ")]),
        ("?", [("a", "ขอวันเดือนปีเกิดด้วยค่ะ"), ("c", "เกิด «dob» ครับ ถ้าต้องใช้")]),
        ("", [("a", "ขอเบอร์ติดต่อกลับด้วยค่ะ"), ("a", "ให้เจ้าหน้าที่โทรกลับเบอร์ไหนดีครับ")]),
        ("", [("c", "«phone» ครับ"), ("c", "«phone» หรือทักไลน์ «line» ก็ได้ค่ะ"), ("c", "โทร«phone»ได้ทั้งวันค่ะ")]),
        ("?", [("c", "ขอเปลี่ยนอีเมลรับ e-Statement เป็น «email» ด้วยครับ"), ("a", "จะส่งบัตรใหม่ไปที่ «address» ภายใน 7 วันค่ะ")]),
        ("", [("a", "ขอบคุณค่ะ ระบบรับเรื่องแล้ว เลขอ้างอิง «ticket»"), ("a", "เรียบร้อยครับ จะมีเจ้าหน้าที่ติดต่อกลับภายใน 24 ชั่วโมง")]),
    ])


def chat_shop(rng: random.Random) -> str:
    return _chat(rng, (
        "สรุปแชทร้านค้านี้ให้ทีมแพ็กของ และบอกว่าต้องแก้ที่อยู่หรือไม่",
        "ช่วยสรุปปัญหาลูกค้าจากแชทนี้สั้นๆ",
        "Summarise the following shop chat in English:",
    ), [
        ("", [("c", "สวัสดีค่ะ สั่งของไปออเดอร์ «order_no» ยังไม่ได้รับเลยค่ะ"), ("c", "แอดมินคะ ขอเปลี่ยนที่อยู่จัดส่งค่ะ"),
              ("c", "ของที่ได้มาแตกค่ะ ขอเคลม")]),
        ("", [("a", "ขออภัยค่ะ รบกวนขอชื่อผู้สั่งและเบอร์โทรค่ะ"), ("a", "ขอชื่อและเบอร์ที่ใช้สั่งซื้อหน่อยนะคะ")]),
        ("*", [[("c", "«name» ค่ะ เบอร์ «phone»")], [("c", "ชื่อ«name_plain» «phone»")], [("c", "«nick»ค่ะ"), ("c", "«phone»")]]),
        ("?", [("c", "ที่อยู่ใหม่ «address» ค่ะ"), ("c", "ส่งที่ทำงานแทนได้ไหม «address_building»")]),
        ("?", [("a", "เลขพัสดุ «tracking» ค่ะ ขนส่งแจ้งว่าจะถึงพรุ่งนี้"), ("a", "ร้านจะส่งของใหม่ให้ภายในวันที่ «date» ค่ะ")]),
        ("?", [("c", "ถ้าคืนเงิน โอนเข้า«bank» «account» ชื่อ«name_plain»นะคะ"), ("c", "คืนเงินเข้าบัตร «card» ได้เลย")]),
        ("", [("a", "รับทราบค่ะ ขอบคุณที่แจ้งนะคะ"), ("a", "ขอบคุณค่ะ มีอะไรทักไลน์ร้านได้ตลอดค่ะ")]),
    ])


def chat_telecom(rng: random.Random) -> str:
    return _chat(rng, (
        "สรุปเคสลูกค้าเครือข่ายมือถือจากแชทนี้ และระบุขั้นตอนถัดไป",
        "Classify this telecom support chat (billing / SIM / network) and summarise:",
    ), [
        ("", [("c", "ซิมหายครับ ต้องการอายัดเบอร์ «phone»"), ("c", "เน็ตช้ามาสามวันแล้วค่ะ เบอร์ «phone»"),
              ("c", "Hi, I want to port my number «phone_intl» to your network")]),
        ("", [("a", "ขอชื่อเจ้าของเบอร์และเลขบัตรประชาชนค่ะ"), ("a", "Please confirm the owner's name and ID or passport number.")]),
        ("*", [[("c", "«name» เลขบัตร «nid»")], [("c", "«name_en», passport «passport»")], [("c", "ชื่อ«name_plain»ค่ะ"), ("c", "«nid»")]]),
        ("?", [("c", "ส่งซิมใหม่ไปที่ «address» นะครับ"), ("c", "อีเมลสำหรับใบแจ้งหนี้ «email»")]),
        ("?", [("a", "ระบบพบการใช้งานจาก IP «ip» เมื่อ «ts_iso» ใช่ลูกค้าไหมคะ"), ("c", "ติดต่อกลับที่เบอร์สำรอง «phone2» ได้ครับ")]),
        ("", [("a", "ดำเนินการให้แล้วค่ะ เลขเคส «ticket»"), ("a", "Done. Your case number is «ticket».")]),
    ])


def call_insurance(rng: random.Random) -> str:
    return _chat(rng, (
        "ถอดความสายสนทนาด้านล่างเป็นสรุปเคลม และประเมินว่าต้องขอเอกสารเพิ่มหรือไม่",
        "Below is a call transcript from our claims line. Write the claim summary:",
    ), [
        ("", [("a", "ฝ่ายสินไหมสวัสดีค่ะ «staff» รับสายค่ะ"), ("a", "สวัสดีครับ ประกันภัยยินดีให้บริการ")]),
        ("", [("c", "ผม«name» ผู้ถือกรมธรรม์ «policy_no» ครับ"), ("c", "ดิฉัน«name» โทรเรื่องเคลมค่ะ กรมธรรม์ «policy_no»")]),
        ("", [("a", "ขอเลขบัตรประชาชนเพื่อยืนยันค่ะ"), ("a", "รบกวนยืนยันวันเกิดด้วยครับ")]),
        ("*", [[("c", "«nid_dash»")], [("c", "«dob» ค่ะ")], [("c", "เลขบัตร «nid» เกิด «dob»")]]),
        ("", [("c", "เข้าโรงพยาบาล«hospital»เพราะ«health»ค่ะ HN «hn»"), ("c", "แพทย์บอกว่า«sens:HEALTH_DATA» ค่ะ"),
              ("c", "รถทะเบียน «plate» โดนชนท้ายครับ คู่กรณีคือ«name2»")]),
        ("?", [("c", "โอนเงินเข้าบัญชี«bank» «account» นะคะ"), ("c", "ติดต่อกลับ «phone» หรือ «email» ครับ")]),
        ("", [("a", "รับเรื่องแล้วค่ะ เลขเคลม «claim_no»"), ("a", "ได้รับข้อมูลครบแล้วครับ จะแจ้งผลภายใน 15 วัน")]),
    ])


def handover_ward(rng: random.Random) -> str:
    beds = []
    for i in range(1, rng.randint(2, 4) + 1):
        bed = rng.randint(1, 30)
        beds.append(rng.choice((
            f"เตียง {bed}: «name{i}» HN «hn» «sens:HEALTH_DATA» ญาติ«name_khun{i + 10}» โทร «phone»",
            f"เตียง {bed}: «name{i}» อายุ «age» ปี «health» on «med» เฝ้าระวังอาการ",
            f"Bed {bed}: «name_en_plain{i}» (HN «hn») {rng.choice(('for discharge tomorrow', 'family visiting at 14:00', 'transfer to ward 5 pending'))}; dx «icd»",
        )))
    head = rng.choice(("สรุปส่งเวรเช้า หอผู้ป่วยอายุรกรรมหญิง ให้อ่านง่าย:", "Rewrite this ward handover as a table:", "ช่วยจัดรูปแบบการส่งเวรนี้:"))
    return head + "\n" + "\n".join(beds)


def csv_customers(rng: random.Random) -> str:
    head = rng.choice(("หาแถวที่ซ้ำกันในข้อมูลลูกค้านี้:", "Clean this CSV and return valid JSON:", "นับจำนวนลูกค้าต่อจังหวัดจากไฟล์นี้:"))
    rows = ["name,phone,email,province"]
    for i in range(1, rng.randint(3, 5) + 1):
        rows.append(f"«name_plain{i}»,«phone{i}»,«email{i}»,«province»")
    rows.append(rows[1])  # the duplicate the prompt asks about
    return head + "\n" + "\n".join(rows)


def line_group(rng: random.Random) -> str:
    return (
        rng.choice(("สรุปแชทกลุ่มนี้ให้หน่อย", "ใครต้องโอนเงินให้ใครบ้าง จากแชทนี้"))
        + "\n[«time»] «nick_bare1»: ใครมีเบอร์«name_khun2»บ้าง"
        + "\n[«time»] «nick_bare3»: «phone2» จ้า"
        + "\n[«time»] «nick_bare1»: ส่งเลขบัญชีมาด้วย จะโอนค่าตั๋วคอนเสิร์ต"
        + "\n[«time»] «nick_bare3»: «bank3» «account3» ชื่อ«name_plain3»"
        + rng.choice(("", "\n[«time»] «nick_bare1»: โอนแล้วนะ «amount» บาท", "\n[«time»] «nick_bare2»: ส่งที่อยู่มาด้วย «address»"))
    )


# --- the templates ---------------------------------------------------------------------------

T = Template
POSITIVE_TEMPLATES: tuple[Template, ...] = (
    # ---------- banks ----------
    T("bank_refund_email", "bank",
      "ช่วยร่างอีเมลตอบลูกค้าให้หน่อย ลูกค้าชื่อ«name» เลขบัตรประชาชน «nid» แจ้งว่าโอนเงินผิดบัญชีจำนวน «amount» บาท "
      "จากบัญชีธนาคาร«bank» เลขที่ «account» เมื่อวันที่ «date» ขอให้ตอบอย่างสุภาพ แจ้งขั้นตอนการขอคืนเงิน "
      "และบอกว่าเจ้าหน้าที่จะโทรกลับที่เบอร์ «phone» ภายใน 3 วันทำการ"),
    T("bank_kyc_form", "bank",
      "สรุปข้อมูลลูกค้าเปิดบัญชีใหม่ด้านล่างเป็นภาษาอังกฤษ แล้วตรวจว่าข้อมูลครบหรือไม่\n"
      "ชื่อ-นามสกุล: «name»\nชื่อภาษาอังกฤษ: «name_upper»\nเลขประจำตัวประชาชน: «nid_dash»\nวันเดือนปีเกิด: «dob»\n"
      "สัญชาติ: ไทย  เชื้อชาติ: «ethnicity_word»  ศาสนา: «religion_word»\nที่อยู่ตามทะเบียนบ้าน: «address»\n"
      "โทรศัพท์มือถือ: «phone»\nอีเมล: «email»\nอาชีพ: «job»  รายได้ต่อเดือน: «amount» บาท"),
    T("bank_dispute_en", "bank",
      "Please draft a reply to «name_en» regarding the disputed transaction of THB «amount» on card «card» dated «date_en». "
      "The refund will go to their «bank_en» account «account». Customer contact: «phone_intl», «email». Case ref «ticket»."),
    T("bank_fraud_note", "bank",
      "บันทึกเหตุการณ์ทุจริต (ทีม Fraud): ลูกค้า«name_khun» แจ้งว่าได้รับ SMS ปลอมแล้วกดลิงก์ จากนั้นมีการโอนเงินออกจากบัญชี «account» "
      "ไปยังบัญชีปลายทางชื่อ«name2» ธนาคาร«bank2» เลขที่ «account2» จำนวน «amount» บาท ระบบบันทึกการเข้าใช้งานจาก IP «ip» "
      "เวลา «time» ช่วยสรุปเป็นรายงานส่งฝ่ายป้องกันการทุจริต"),
    T("bank_loan_analysis", "bank",
      "วิเคราะห์ความสามารถในการชำระหนี้ของผู้กู้รายนี้ให้หน่อย: «name» เกิดวันที่ «dob» ทำงานที่«company» ตำแหน่ง«job» "
      "รายได้ «amount» บาท/เดือน ที่อยู่ปัจจุบัน «address» มีหนี้บัตรเครดิตหมายเลข «card» ยอดค้าง «amount» บาท "
      "ต้องการขอสินเชื่อบ้านวงเงิน «amount» บาท ระยะเวลา 30 ปี"),
    T("bank_tool_call", "bank",
      '{"tool": "create_transfer", "arguments": {"customer_name": "«name»", "citizen_id": "«nid_plain»", "from_account": "«account»", '
      '"bank_code": "«bank_code»", "to_account": "«account2»", "amount": «int:100-50000», "mobile": "«phone»", '
      '"ref": "TXN«int:10000000-99999999»", "created_at_ms": «epoch_ms»}}', structured=True),
    T("bank_change_phone_glued", "bank",
      "ลูกค้าแจ้งเปลี่ยนเบอร์โทรจาก«phone»เป็น«phone2» ยืนยันตัวตนด้วยเลขบัตรประชาชน«nid_plain»แล้ว ชื่อลูกค้า«name» "
      "ช่วยเขียนข้อความ SMS ยืนยันการเปลี่ยนแปลงไม่เกิน 70 ตัวอักษร"),
    T("bank_collections", "bank",
      "เขียนข้อความทวงถามหนี้อย่างสุภาพถึง«name_khun» ยอดค้างชำระบัตรเครดิต «card_masked» จำนวน «amount» บาท ครบกำหนดชำระ «date» "
      "หากติดต่อไม่ได้ให้ติดต่อผู้ค้ำประกัน«name2» โทร «phone» หรือไลน์ «line2»"),
    T("bank_complaint_mixed", "bank",
      "Summarise this complaint in English please: ลูกค้า «name» (LINE ID: «line») บ่นว่าแอปค้างตอนโอนเข้าบัญชี «account» ธนาคาร«bank» "
      "เงินถูกตัดแต่ปลายทางไม่ได้รับ ลูกค้าใช้ iPhone เชื่อมต่อจาก IP «ipv6» และขอให้ติดต่อกลับที่ «email»"),
    T("bank_wealth_notes_en", "bank",
      "Client meeting notes — «name_en», «age» y/o, «job_en». Portfolio review done; risk profile 3. Client «sens_en:RELIGION» "
      "and asked about Sharia-compliant funds. Spouse «name_en_plain2» joins the next meeting. Preferred contact «phone_foreign»."),
    T("bank_chat", "bank", chat_bank),
    T("bank_visa_letter", "bank",
      "ช่วยเขียนหนังสือรับรองยอดเงินฝาก (bank statement letter) ให้«name» ผู้ถือบัญชีออมทรัพย์เลขที่ «account» ธนาคาร«bank» "
      "ยอดคงเหลือ ณ วันที่ «date» จำนวน «amount» บาท เพื่อใช้ยื่นขอวีซ่าเชงเก้น หนังสือเดินทางเลขที่ «passport»"),
    T("bank_police_freeze", "bank",
      "ร่างหนังสือตอบ«officer» เรื่องขออายัดบัญชีเลขที่ «account» ชื่อบัญชี«name» ซึ่งเกี่ยวข้องกับคดีหลอกลวงทางออนไลน์ "
      "เจ้าของบัญชี«sens:CRIMINAL_RECORD» แนบรายการเดินบัญชีตั้งแต่ «date» ถึงปัจจุบัน"),
    T("bank_face_login", "bank",
      "ลูกค้า«name» เลขบัตรประชาชน «nid» ร้องเรียนว่าเข้าแอปด้วยการสแกนหน้าไม่ได้ และ«sens:BIOMETRIC_DATA» "
      "ช่วยร่างคำตอบอธิบายสิทธิตาม PDPA และช่องทางติดต่อ «phone»"),
    # ---------- hospitals ----------
    T("hosp_discharge", "hospital",
      "ช่วยสรุป discharge summary ให้กระชับสำหรับส่งต่อ\nผู้ป่วย: «name»  HN: «hn»  อายุ «age» ปี\n"
      "วันที่รับไว้: «date»  วันที่จำหน่าย: «date»\nการวินิจฉัยหลัก: «health» (ICD-10 «icd»)\n"
      "ยากลับบ้าน: «med» วันละ 1 ครั้ง\nนัดติดตามอาการ: «date» เวลา «time»\nแพทย์ผู้รักษา: «doctor»"),
    T("hosp_referral", "hospital",
      "ร่างจดหมายส่งตัวผู้ป่วย«name» เลขประจำตัวประชาชน «nid» HN «hn» ไปรักษาต่อที่โรงพยาบาล«hospital» "
      "เนื่องจากผู้ป่วย«sens:HEALTH_DATA» ผู้ป่วย«sens:RELIGION» ติดต่อญาติ«name2» โทร «phone»"),
    T("hosp_soap_en", "hospital",
      "Please write a SOAP note. Pt «name_en_plain», «age»F, HN «hn», DOB «dob_en». Follow-up visit. PMH: «health_en», "
      "currently on «med». Social hx: patient «sens_en:SEXUAL_BEHAVIOUR». Seen by «doctor»."),
    T("hosp_genetic_explain", "hospital",
      "ช่วยอธิบายผลตรวจให้คนไข้เข้าใจง่าย ไม่ใช้ศัพท์เทคนิค: คนไข้ชื่อ«name» HN «hn» «sens:GENETIC_DATA» "
      "คนไข้ถามว่าลูกสาว«child» ควรตรวจด้วยหรือไม่ ส่งคำตอบทางอีเมล «email»"),
    T("hosp_appointment_line", "hospital",
      "ร่างข้อความ LINE แจ้งเตือนนัดให้«name_khun» HN«hn» นัดพบแพทย์อายุรกรรมวันที่ «date» เวลา «time» เพื่อติดตามอาการ«health» "
      "งดน้ำงดอาหารหลังเที่ยงคืน หากต้องการเลื่อนนัดติดต่อพยาบาล«staff» ที่ «phone_ext»"),
    T("hosp_sexual_health", "hospital",
      "สรุปประวัติผู้รับบริการคลินิกให้แพทย์อ่านก่อนตรวจ: «name_plain» อายุ «age» ปี «sens:SEXUAL_BEHAVIOUR» ผลตรวจพบ«health» "
      "นัดรับยาวันที่ «date» ติดต่อทาง LINE «line» เท่านั้น ห้ามโทรเข้าเบอร์บ้าน"),
    T("hosp_disability_form", "hospital",
      "ช่วยกรอกแบบฟอร์มของสำนักงานพัฒนาสังคมให้: ผู้ขอ«name» เลขประจำตัวประชาชน «nid» เกิด «dob» ประเภทความพิการ: «disability» "
      "ที่อยู่ «address» ผู้ดูแล«name2» (บุตร) โทร «phone»"),
    T("hosp_counselling_en", "hospital",
      "Summarise for the case file: «name_en» (DOB «dob_en») attended counselling at «hospital_en». The client «sens_en:HEALTH_DATA». "
      "Emergency contact «name_en_plain2», «phone_foreign». Next session «date_en»."),
    T("hosp_dental_child", "hospital",
      "เขียนใบนัดทำฟันให้«child» ผู้ปกครอง«name» นัดกับ«doctor» วันที่ «date» เวลา «time» ค่าใช้จ่ายประมาณ «price» บาท "
      "ใช้สิทธิบัตรทองตามเลขประจำตัวประชาชนของเด็ก «nid»"),
    T("hosp_triage_json", "hospital",
      '{"event": "triage.created", "patient": {"hn": "«hn»", "name": "«name»", "dob": "«dob_iso»", "cid": "«nid_plain»", '
      '"phone": "«phone»"}, "chief_complaint": "«health»", "esi_level": «int:1-5», "arrived_at": "«ts_iso»", "icd10": ["«icd»"]}',
      structured=True),
    T("hosp_medical_cert", "hospital",
      "ร่างใบรับรองแพทย์: ข้าพเจ้า«doctor» ใบอนุญาตประกอบวิชาชีพเวชกรรมเลขที่ ว.«int:10000-59999» ได้ตรวจร่างกาย«name» "
      "เลขประจำตัวประชาชน «nid» เมื่อวันที่ «date» ผู้รับการตรวจ«sens:HEALTH_DATA» สมควรหยุดพัก 3 วัน", thai_digits_doc=0.2),
    T("hosp_pharmacy", "hospital",
      "ลูกค้า«nick»มาซื้อยาที่ร้าน บอกว่ากำลังใช้«med»อยู่ ถามว่ากินร่วมกับยาแก้หวัดได้ไหม ช่วยร่างคำแนะนำสั้นๆ "
      "และบันทึกเบอร์ติดต่อ «phone» ไว้ในระบบสมาชิก"),
    T("hosp_home_visit", "hospital",
      "แผนเยี่ยมบ้านของทีมหมอครอบครัว: «name» อายุ «age» ปี «sens:DISABILITY» บ้านเลขที่ «address_num» ผู้ดูแลหลัก«name2» "
      "เบอร์ «phone» นัดเยี่ยมวันที่ «date»", thai_digits_doc=0.25),
    T("hosp_pgx_alert", "hospital",
      "ก่อนสั่งยาให้ผู้ป่วย«name» HN «hn» ระบบแจ้งเตือนว่าผู้ป่วย«sens:GENETIC_DATA» ช่วยเขียนข้อความเตือนแพทย์«doctor» "
      "ให้สั้นและชัดเจน"),
    T("hosp_ward_handover", "hospital", handover_ward),
    T("hosp_lab_json_en", "hospital",
      '{"resourceType": "DiagnosticReport", "subject": {"display": "«name_en_plain»", "identifier": "«hn»"}, "birthDate": "«dob_iso»", '
      '"conclusion": "«genetic_en»", "performer": "«hospital_en»", "issued": "«ts_iso»"}', structured=True),
    # ---------- insurance ----------
    T("ins_health_claim", "insurance",
      "ช่วยตรวจเอกสารเคลมประกันสุขภาพว่าครบไหม: ผู้เอาประกัน«name» เลขกรมธรรม์ «policy_no» เลขบัตรประชาชน «nid» "
      "เข้ารับการรักษาที่โรงพยาบาล«hospital» ด้วย«health» ค่ารักษา «price» บาท ขอให้โอนเงินเคลมเข้าบัญชี«bank» เลขที่ «account» "
      "แนบใบเสร็จและใบรับรองแพทย์แล้ว"),
    T("ins_motor_claim", "insurance",
      "สรุปเหตุการณ์เคลมรถยนต์ (เลขเคลม «claim_no»): ผู้ขับขี่«name» ขับรถทะเบียน «plate» ชนท้ายรถคู่กรณีทะเบียน «plate2» "
      "บนถนน«pick:พระราม 2|บางนา-ตราด|มิตรภาพ|วิภาวดีรังสิต» เมื่อ «date» เวลา «time» คู่กรณีชื่อ«name2» เบอร์โทร «phone2» "
      "ไม่มีผู้บาดเจ็บ ช่วยเขียนรายงานให้ฝ่ายสินไหม"),
    T("ins_life_application", "insurance",
      "ตรวจใบคำขอเอาประกันชีวิต:\nผู้ขอเอาประกัน: «name» วันเกิด «dob» เลขบัตร «nid_dash»\nที่อยู่: «address»\n"
      "ผู้รับประโยชน์: «name2» ความสัมพันธ์: คู่สมรส\nประวัติสุขภาพ: ผู้ขอเอาประกัน«sens:HEALTH_DATA»\n"
      "ข้อมูลเพิ่มเติม: ผู้ขอเอาประกัน«sens:GENETIC_DATA»\nช่วยประเมินว่าควรส่งพิจารณารับประกันพิเศษหรือไม่"),
    T("ins_travel_claim_en", "insurance",
      "Travel insurance claim for review. Insured: «name_en», passport no. «passport», policy «policy_no». Claim filed from Osaka on "
      "«date_en»; the insured «sens_en:HEALTH_DATA». Reimbursement to «bank_en» account «account». Contact while abroad: "
      "«phone_foreign», «email»."),
    T("ins_claim_json", "insurance",
      '{"claim_id": "«claim_no»", "policy_no": "«policy_no»", "insured": {"full_name": "«name»", "national_id": "«nid_plain»", '
      '"birth_date": "«dob_iso»"}, "diagnosis": "«health»", "icd10": "«icd»", "hospital": "«hospital»", "amount_thb": «int:1000-200000», '
      '"payee_account": {"bank": "«bank_code»", "number": "«account»"}, "submitted_at": «epoch_ms»}', structured=True),
    T("ins_oic_complaint", "insurance",
      "เขียนหนังสือร้องเรียนถึง คปภ. ในนามของ«name» ผู้ถือกรมธรรม์ «policy_no» บริษัทปฏิเสธการเคลมโดยอ้างว่าผู้เอาประกัน"
      "«sens:HEALTH_DATA»ก่อนทำประกัน ซึ่งไม่เป็นความจริง ติดต่อผู้ร้องได้ที่ «phone» หรือ «email»"),
    T("ins_call", "insurance", call_insurance),
    T("ins_underwriting_en", "insurance",
      "Underwriting memo: applicant «name_en» (DOB «dob_en», ID «nid_dash») «sens_en:GENETIC_DATA». Applicant also "
      "«sens_en:HEALTH_DATA». Recommend rating or decline? Agent: «foreigner», «email»."),
    T("ins_motor_json", "insurance",
      '{"quote_request": {"vehicle": {"plate": "«plate»", "model": "Toyota Yaris Ativ", "year": «int:2015-2024»}, '
      '"driver": {"name": "«name»", "birth_date": "«dob_iso»", "license_years": «int:1-30»}, "contact": "«phone»", '
      '"payment": {"card": "«card»"}}}', structured=True),
    # ---------- e-commerce ----------
    T("shop_late_delivery", "ecommerce",
      "ลูกค้า«name» สั่งสินค้าออเดอร์ «order_no» จัดส่งไปที่ «address» เบอร์ติดต่อ «phone» เลขพัสดุ «tracking» "
      "ผ่านมา 7 วันยังไม่ได้รับของ ช่วยร่างคำตอบขอโทษและเสนอคูปองส่วนลด 100 บาท"),
    T("shop_refund", "ecommerce",
      "ลูกค้าขอคืนสินค้า «product» ออเดอร์ «order_no» ยอด «price» บาท ขอรับเงินคืนเข้าบัญชีธนาคาร«bank» เลขที่ «account» "
      "ชื่อบัญชี«name_plain» ช่วยเขียนข้อความแจ้งว่าจะคืนเงินภายใน 7-14 วัน"),
    T("shop_webhook", "ecommerce",
      '{"type": "order.paid", "order_id": "«order_no»", "created_at_ms": «epoch_ms», "buyer": {"name": "«name_plain»", '
      '"phone": "«phone»", "email": "«email»", "shipping_address": "«address»"}, "items": [{"sku": "«sku»", "qty": «int:1-3», '
      '"price": «int:100-9000»}], "payment": {"method": "card", "card_last4": "«int:1000-9999»"}}', structured=True),
    T("shop_review_en", "ecommerce",
      "Moderate this product review before publishing and remove anything personal: 'Great seller! «name_en_plain» delivered fast "
      "to «address_en». Call me on «phone_intl» if you want to buy my old one.'"),
    T("shop_chat", "ecommerce", chat_shop),
    T("shop_rider_note", "ecommerce",
      "ไรเดอร์«staff» แจ้งว่าติดต่อลูกค้า«nick»ไม่ได้ โทรไปที่«phone»แล้วไม่มีคนรับ ที่อยู่จัดส่ง «address_building» "
      "ช่วยเขียนข้อความแจ้งลูกค้าทาง LINE «line» ว่าจะจัดส่งใหม่พรุ่งนี้"),
    T("shop_double_charge_en", "ecommerce",
      "Draft a response to this customer email: 'Hi, this is «name_en». I was charged twice for order «order_no» on my card «card». "
      "Please refund to the same card. My phone is «phone_intl».'"),
    T("shop_seller_kyc", "ecommerce",
      "ตรวจเอกสารเปิดร้านค้าบนแพลตฟอร์ม: ร้าน«company» เลขทะเบียนนิติบุคคล «jid» ผู้มีอำนาจลงนาม«name» เลขประจำตัวประชาชน «nid» "
      "บัญชีรับเงิน«bank» «account» ที่อยู่สำนักงาน «address» ช่วยบอกว่าขาดเอกสารอะไร"),
    T("shop_chargeback_csv", "ecommerce",
      "แปลงตารางนี้เป็นสรุปรายการ chargeback:\norder_id,customer,card,amount,email\n«order_no»,«name_plain»,«card»,«int:500-9000»,«email»\n"
      "«order_no»,«name_plain2»,«card»,«int:500-9000»,«email2»\n«order_no»,«name_en_plain3»,«card»,«int:500-9000»,«email3»",
      structured=True),
    T("shop_gift_card", "ecommerce",
      "ช่วยแต่งข้อความการ์ดอวยพรวันเกิดสั้นๆ ส่งพร้อมของขวัญให้«name_khun» ซึ่งเกิดวันที่ «dob» ส่งไปที่ «address» ผู้ส่งคือ«name2»"),
    T("shop_fraud_review_en", "ecommerce",
      "Order «order_no» was flagged by the risk engine: billing name «name_en_plain», card «card», IP «ip» geolocates to "
      "«province_en», shipping to «address_en». Should we cancel it? Explain your reasoning."),
    T("shop_etax_json", "ecommerce",
      '{"doc_type": "T02", "seller": {"name": "«company»", "tax_id": "«jid»", "branch": "00000"}, "buyer": {"name": "«name»", '
      '"tax_id": "«nid_plain»", "address": "«address»"}, "total": «int:100-99999», "issued_at": "«date_iso»"}', structured=True),
    # ---------- HR ----------
    T("hr_sick_note", "hr",
      "บันทึกของฝ่ายบุคคล: พนักงาน«name» รหัสพนักงาน «emp_id» «sens:HEALTH_DATA» แพทย์ให้หยุดงาน 14 วัน "
      "ช่วยร่างอีเมลแจ้งหัวหน้างานโดยไม่เปิดเผยรายละเอียดเกินจำเป็น"),
    T("hr_background_check", "hr",
      "ผลตรวจสอบประวัติผู้สมัครตำแหน่งพนักงานขับรถ: «name» เลขบัตรประชาชน «nid» «sens:CRIMINAL_RECORD» ใบขับขี่ยังไม่หมดอายุ "
      "ช่วยเขียนคำแนะนำให้ผู้จัดการว่าควรรับเข้าทำงานหรือไม่"),
    T("hr_wage_negotiation", "hr",
      "สรุปประเด็นการประชุมเจรจาค่าจ้างประจำปี ฝ่ายลูกจ้างมี«name»ซึ่ง«sens:TRADE_UNION» และ«name2» ฝ่ายนายจ้างมี«staff» "
      "ผู้จัดการฝ่ายบุคคล ข้อเรียกร้อง: โบนัส 2.5 เดือน ปรับค่าจ้าง 5%"),
    T("hr_payroll_json", "hr",
      '{"payroll_run": "«date_iso»", "employees": [{"emp_id": "«emp_id»", "name": "«name»", "national_id": "«nid_plain»", '
      '"bank": "«bank_code»", "account_no": "«account»", "salary": «int:15000-120000»}, {"emp_id": "«emp_id»", "name": "«name2»", '
      '"national_id": "«nid_plain»", "bank": "«bank_code2»", "account_no": "«account2»", "salary": «int:15000-120000»}]}',
      structured=True),
    T("hr_pip_en", "hr",
      "Write a performance improvement plan for «name_en_plain» («job_en», employee ID «emp_id»). Note for HR only: the employee "
      "«sens_en» — keep this out of the PIP. Line manager: «foreigner»."),
    T("hr_resignation", "hr",
      "ช่วยเขียนจดหมายลาออกอย่างสุภาพ ฉันชื่อ«name» ตำแหน่ง«job» ฝ่ายขาย ทำงานวันสุดท้าย «date» ติดต่อได้ที่ «phone» หรืออีเมล «email»"),
    T("hr_cv_parse", "hr",
      "ดึงข้อมูลจากเรซูเม่นี้เป็น JSON:\nประวัติส่วนตัว\nชื่อ «name»  ชื่อเล่น «nick_bare»\nวันเกิด «dob»  อายุ «age» ปี\n"
      "สัญชาติ ไทย  เชื้อชาติ «ethnicity_word»  ศาสนา «religion_word»\nที่อยู่ «address»\nโทร. «phone»  E-mail: «email»  Line: «line»\n"
      "การศึกษา: ปริญญาตรี คณะบริหารธุรกิจ เกรดเฉลี่ย 3.25"),
    T("hr_political_post", "hr",
      "ฝ่ายบุคคลได้รับรายงานว่าพนักงาน«name» «sens:POLITICAL_OPINION» ช่วยร่างแนวทางการพูดคุยกับพนักงานที่ไม่ละเมิดสิทธิ "
      "และนัดประชุมวันที่ «date»"),
    T("hr_accommodation", "hr",
      "พนักงานใหม่«name» «sens:DISABILITY» ขอที่จอดรถสำหรับรถทะเบียน «plate» ใกล้ทางเข้าอาคาร ช่วยเขียนอีเมลถึงฝ่ายอาคารสถานที่"),
    T("hr_biometric_clock", "hr",
      "ทีม IT แจ้งว่าเครื่องบันทึกเวลาอ่านไม่ได้สำหรับพนักงาน«name» (รหัส «emp_id») พนักงาน«sens:BIOMETRIC_DATA» "
      "ช่วยเขียนประกาศแจ้งขั้นตอนให้พนักงานทุกคน"),
    T("hr_foreign_workers", "hr",
      "จัดทำรายชื่อแรงงานต่างด้าวที่ต้องต่อใบอนุญาตทำงานก่อน «date»: 1) «worker» สัญชาติเมียนมา หนังสือเดินทาง «passport» "
      "2) «worker» สัญชาติกัมพูชา หนังสือเดินทาง «passport» ผู้ประสานงาน«staff» โทร «phone»"),
    T("hr_exit_interview", "hr",
      "สรุปบทสัมภาษณ์ก่อนลาออก: «name» เล่าว่าตน«sens:SEXUAL_BEHAVIOUR» และรู้สึกว่าถูกกลั่นแกล้งจากหัวหน้าทีม«staff» "
      "ขอให้เก็บเป็นความลับ"),
    T("hr_union_dismissal", "hr",
      "ตรวจร่างหนังสือเลิกจ้าง«name» ตำแหน่ง«job» ให้หน่อย ฝ่ายกฎหมายกังวลเพราะลูกจ้างรายนี้«sens:TRADE_UNION» "
      "การเลิกจ้างอาจขัดต่อกฎหมายแรงงานสัมพันธ์"),
    T("hr_grievance_en", "hr",
      "Summarise the grievance filed by «name_en_plain» on «date_en». The employee «sens_en:TRADE_UNION» and claims the shift change "
      "is retaliation. Contact: «email», «phone_intl»."),
    T("hr_reference_en", "hr",
      "Write a reference letter for «name_en» who worked as a «job_en» at «company_en» from 2019 to 2024. Their LINE is «line» "
      "and personal email «email» for the recruiter to follow up."),
    # ---------- government ----------
    T("gov_tambon_complaint", "government",
      "ร่างหนังสือร้องเรียนถึงนายกองค์การบริหารส่วนตำบล เรื่องถนนชำรุด ข้าพเจ้า«name» อายุ «age» ปี อยู่บ้านเลขที่ «address_num» "
      "เลขประจำตัวประชาชน «nid» โทรศัพท์ «phone» ขอให้ซ่อมแซมถนนหน้าบ้านโดยด่วน", thai_digits_doc=0.35),
    T("gov_tax_help", "government",
      "อธิบายวิธีกรอกแบบ ภ.ง.ด.90 ให้หน่อย ข้อมูลของฉัน: «name» เลขประจำตัวผู้เสียภาษี «nid_plain» มีเงินได้จากเงินเดือน «amount» บาท "
      "และรายได้ค่าเช่าคอนโดที่ «address_building» ปีละ «amount» บาท"),
    T("gov_police_report", "government",
      "บันทึกประจำวันเกี่ยวกับคดี: «officer» ได้รับแจ้งจาก«name» เลขบัตรประชาชน «nid» ว่ารถจักรยานยนต์ทะเบียน «plate» "
      "หายไปจากหน้าบ้านเลขที่ «address_num» ผู้แจ้งสงสัยว่า«name2»ซึ่ง«sens:CRIMINAL_RECORD» เป็นผู้ลักไป ช่วยเรียบเรียงเป็นภาษาทางการ"),
    T("gov_probation_en", "government",
      "Prepare a probation progress summary: «name_en» (ID card «nid_dash») «sens_en:CRIMINAL_RECORD» and reports monthly to the "
      "probation office. Current address: «address_en». Phone «phone_intl»."),
    T("gov_scholarship", "government",
      "ช่วยเขียนจดหมายรับรองให้«child» นักเรียนชั้น ม.3 เพื่อขอทุนการศึกษา ผู้ปกครองคือ«name» อาชีพรับจ้างทั่วไป "
      "รายได้ต่อเดือน «amount» บาท ครอบครัว«sens:ETHNICITY» ที่อยู่ «address»"),
    T("gov_elderly_allowance", "government",
      "ร่างหนังสือราชการแจ้งผลการพิจารณาเบี้ยยังชีพผู้สูงอายุ ถึง«name» บ้านเลขที่ «address_num» เลขประจำตัวประชาชน «nid_dash» "
      "ได้รับอนุมัติเบี้ยยังชีพเดือนละ 700 บาท เริ่มตั้งแต่ «date» โอนเข้าบัญชีธนาคาร«bank» เลขที่ «account»", thai_digits_doc=0.5),
    T("gov_welfare_card", "government",
      "ช่วยตรวจคุณสมบัติการลงทะเบียนบัตรสวัสดิการแห่งรัฐ: ผู้ลงทะเบียน«name» เกิดวันที่ «dob» รายได้ปีละ «amount» บาท "
      "ผู้ลงทะเบียน«sens:DISABILITY» มีบัญชีพร้อมเพย์ผูกกับเลขบัตรประชาชน «nid»"),
    T("gov_vehicle_transfer", "government",
      "ขั้นตอนโอนรถที่สำนักงานขนส่ง: ผู้โอน«name» ผู้รับโอน«name2» รถยนต์ทะเบียน «plate» ช่วยเขียนรายการเอกสารที่ต้องใช้ "
      "นัดไปขนส่งวันที่ «date» และโทรหาผู้รับโอนที่ «phone»"),
    T("gov_pilgrimage_visa", "government",
      "ช่วยกรอกข้อมูลขอวีซ่าเดินทางไปต่างประเทศ: ผู้ยื่น«name» หนังสือเดินทางเลขที่ «passport» เกิด «dob» ผู้ยื่น«sens:RELIGION» "
      "เดินทางวันที่ «date» ติดต่อ «email»"),
    T("gov_citizenship_request", "government",
      "ช่วยแปลเอกสารนี้เป็นภาษาอังกฤษ: ข้าพเจ้า«name» «sens:ETHNICITY» เกิดที่อำเภออุ้มผาง ขอยื่นคำร้องขอสัญชาติไทย "
      "ปัจจุบันถือบัตรประจำตัวเลขที่ «nid» อาศัยอยู่ที่ «address»"),
    T("gov_taxi_complaint", "government",
      "ร้องเรียนแท็กซี่ทะเบียน «plate» ไม่กดมิเตอร์และพูดจาไม่สุภาพ เมื่อ «date» เวลา «time» ผู้ร้อง«name» โทร«phone» "
      "ช่วยเรียบเรียงเป็นหนังสือร้องเรียนถึงกรมการขนส่งทางบก"),
    # ---------- education ----------
    T("edu_recommendation", "education",
      "ช่วยเขียนจดหมายแนะนำให้นิสิต«name» รหัสนิสิต «student_id» คณะวิศวกรรมศาสตร์ เกรดเฉลี่ย 3.62 สำหรับสมัครทุนไปศึกษาต่อที่ญี่ปุ่น "
      "ผู้เขียนคือ«prof» อาจารย์ที่ปรึกษา"),
    T("edu_extension_en", "education",
      "Student «name_en_plain» (student ID «student_id») asked for a deadline extension because the student «sens_en:HEALTH_DATA». "
      "Please draft a polite reply to «email». Course: Data Structures."),
    T("edu_lms_export", "education",
      'คำนวณค่าเฉลี่ยคะแนนจากข้อมูลนี้:\n[{"student_id": "«student_id»", "name": "«name_plain»", "email": "«email»", "score": «int:40-100»}, '
      '{"student_id": "«student_id»", "name": "«name_plain2»", "email": "«email2»", "score": «int:40-100»}]', structured=True),
    T("edu_dorm_letter", "education",
      "หอพักนักศึกษาแจ้ง: «name» รหัสนักศึกษา «student_id» ห้อง A-«int:101-520» ค้างค่าหอ «price» บาท ผู้ปกครอง«name2» เบอร์ «phone» "
      "ช่วยร่างจดหมายแจ้งผู้ปกครอง"),
    T("edu_disability_support", "education",
      "ศูนย์ช่วยเหลือนักศึกษาขอให้สรุปความต้องการ: นักศึกษา«name» รหัส «student_id» «sens:DISABILITY» ต้องการความช่วยเหลือพิเศษในวิชาเรียน "
      "ติดต่อทางอีเมล «email»"),
    T("edu_visa_support_en", "education",
      "Draft a visa support letter for «name_en», passport «passport», date of birth «dob_en», student no. «student_id», "
      "who will attend a summer exchange programme in Singapore from «date_en»."),
    # ---------- telecom ----------
    T("tel_sim_registration", "telecom",
      "ตรวจสอบการลงทะเบียนซิมใหม่: ชื่อ«name» เลขบัตรประชาชน «nid» หมายเลขที่ลงทะเบียน «phone» ยืนยันตัวตนด้วย«biometric»แล้ว "
      "ลูกค้าชาวต่างชาติอีกรายชื่อ«foreigner» หนังสือเดินทาง «passport» หมายเลข «phone_intl»"),
    T("tel_auth_log", "telecom",
      "ช่วยอธิบาย log นี้ว่าเกิดอะไรขึ้น:\n«ts_iso» INFO auth login ok user=«email1» src_ip=«ip» msisdn=«msisdn» session=«sha»\n"
      "«ts_iso» WARN otp retry user=«email1» src_ip=«ip2» attempts=3 ts_ms=«epoch_ms»\n"
      "«ts_iso» ERROR payment declined card=«card_masked» order=«order_no»", structured=True),
    T("tel_chat", "telecom", chat_telecom),
    T("tel_roaming_en", "telecom",
      "Customer «name_en» disputes roaming charges of THB «amount» on number «phone_intl» during a trip on «date_en». "
      "Account email «email». Please draft a reply offering a 50% credit."),
    # ---------- developers: payloads, code, logs, RAG ----------
    T("dev_tool_call_escaped", "dev",
      '{"role": "assistant", "tool_calls": [{"id": "call_«sha»", "type": "function", "function": {"name": "lookup_customer", '
      '"arguments": "{\\"citizen_id\\": \\"«nid_plain»\\", \\"full_name\\": \\"«name»\\", \\"phone\\": \\"«phone»\\"}"}}]}',
      structured=True),
    T("dev_sql_insert", "dev",
      "แก้ SQL นี้ให้หน่อย error ว่าจำนวน column ไม่ตรง:\nINSERT INTO customers (full_name, citizen_id, phone, email, birth_date) "
      "VALUES ('«name»', '«nid_plain»', '«phone»', '«email»', '«dob_iso»', NOW());", structured=True),
    T("dev_python_dict", "dev",
      'ทำไมโค้ดนี้ error KeyError: \'dob\'\n```python\ncustomer = {\n    "name": "«name_en_plain»",\n    "birth_date": "«dob_iso»",\n'
      '    "card": "«card»",\n    "ip": "«ip»",\n}\nprint(customer["dob"])\n```', structured=True),
    T("dev_csv_customers", "dev", csv_customers, structured=True),
    T("dev_stack_trace", "dev",
      "Our Sentry alert shows this stack trace, what is wrong?\nValueError: invalid phone '«phone»' for user «email» (ip «ip», "
      'request_id «sha»)\n  File "app/kyc.py", line 88, in verify\n    validate_citizen_id("«nid_plain»")', structured=True),
    T("dev_rag_context", "dev",
      "ตอบคำถามจากบริบทด้านล่างเท่านั้น\n[เอกสาร 1 | CRM] ลูกค้า«name» ถือบัตรเครดิต «card» วงเงิน «amount» บาท ติดต่อล่าสุดเมื่อ «date»\n"
      "[เอกสาร 2 | นโยบาย] ลูกค้าที่มียอดใช้จ่ายเกิน 50,000 บาทต่อเดือนได้รับสิทธิ์ห้องรับรองสนามบิน\n"
      "[เอกสาร 3 | CRM] ที่อยู่จัดส่งบัตร: «address»\nคำถาม: ลูกค้ารายนี้ได้สิทธิ์ห้องรับรองหรือไม่"),
    T("dev_yaml_fixture", "dev",
      'Convert this YAML test fixture to JSON:\ncustomer:\n  name: «name_en_plain»\n  thai_name: «name»\n  national_id: "«nid_plain»"\n'
      '  passport: «passport»\n  phone: "«phone»"\n  line_id: "«line»"\n  address: «address_en»', structured=True),
    T("dev_http_dump", "dev",
      "Explain why this request returns 422:\nPOST /api/v2/kyc HTTP/1.1\nHost: api.example.co.th\nX-Forwarded-For: «ip», «ip2»\n"
      'Content-Type: application/json\n\n{"fullName": "«name»", "idCard": "«nid»", "dob": "«dob_iso»", "mobileNo": "«phone»"}',
      structured=True),
    T("dev_zendesk_json", "dev",
      '{"ticket": {"id": «int:100000-999999», "subject": "Card blocked", "requester": {"name": "«name_en_plain»", "email": "«email»"}, '
      '"description": "My card «card» was blocked after I travelled. Please call me at «phone_foreign».", "tags": ["cards", "vip"], '
      '"created_at": "«ts_iso»"}}', structured=True),
    T("dev_chat_messages", "dev",
      '[{"role": "system", "content": "คุณคือผู้ช่วยฝ่ายบริการลูกค้า ตอบสุภาพและกระชับ"}, {"role": "user", "content": '
      '"สวัสดีค่ะ ดิฉัน«name» ต้องการเปลี่ยนที่อยู่จัดส่งเป็น «address»"}, {"role": "assistant", "content": '
      '"รบกวนขอเลขบัตรประชาชนเพื่อยืนยันตัวตนค่ะ"}, {"role": "user", "content": "«nid_plain» ค่ะ"}]', structured=True),
    T("dev_unit_test_sample", "dev",
      'เขียน unit test ให้ฟังก์ชัน mask_pii โดยใช้ตัวอย่างนี้เป็น input: "ติดต่อ«name» โทร «phone» อีเมล «email» บัญชี«bank» «account»"'),
    T("dev_legacy_mapping", "dev",
      "Map these legacy columns to the new schema: CUST_NM='«name_upper»', CUST_ID='«nid_plain»', ACCT='«account»', "
      "BANK='«bank_code»', BIRTH='«dob_iso»', PLATE='«plate_bare»'", structured=True),
    T("dev_vendor_onboarding_en", "dev",
      "Vendor onboarding check: «company_en» (registration no. «jid») — authorised director «name_en», passport «passport»; "
      "payouts to «bank_en» account «account». Flag anything missing."),
    # ---------- everyday use ----------
    T("misc_translate_letter", "general",
      "Translate into English, keep it formal:\nเรียน «name_khun»\nตามที่ท่านได้ติดต่อสอบถามเรื่องการสมัครสมาชิก ทางบริษัทได้ส่งบัตรสมาชิก"
      "ไปยังที่อยู่ «address» เรียบร้อยแล้ว หากมีข้อสงสัยโปรดติดต่อ«staff» โทร «phone_ext»\nขอแสดงความนับถือ"),
    T("misc_line_group", "general", line_group),
    T("misc_birthday_mom", "general",
      "ช่วยเขียนคำอวยพรวันเกิดให้แม่ ชื่อ«name» เกิดวันที่ «dob» อยากให้ซึ้งๆ และไม่ยาวเกิน 5 บรรทัด"),
    T("misc_rental_contract", "general",
      "ร่างสัญญาเช่าห้องพักรายเดือน ผู้ให้เช่า«name» ผู้เช่า«name2» เลขบัตรประชาชนผู้เช่า «nid» ห้องพักตั้งอยู่ที่ «address_building» "
      "ค่าเช่าเดือนละ «price» บาท เงินประกัน 2 เดือน ผู้เช่ามีรถยนต์ทะเบียน «plate» จอดในอาคาร"),
    T("misc_lost_wallet", "general",
      "เจอกระเป๋าสตางค์ที่ร้าน ข้างในมีบัตรประชาชนของ«name» เลข«nid» และบัตรเครดิต «card» "
      "ช่วยเขียนโพสต์ประกาศหาเจ้าของโดยไม่เปิดเผยข้อมูลส่วนตัวเกินไป"),
    T("misc_colleague_advice_en", "general",
      "My colleague «name_en_plain» «sens_en» and our boss found out. Can the company fire someone for this under Thai law? "
      "I can forward your answer to «email»."),
    T("misc_parent_health", "general",
      "พ่อของฉัน«name» อายุ «age» ปี «sens:HEALTH_DATA» ควรดูแลเรื่องอาหารอย่างไรบ้าง นัดหมอครั้งต่อไปวันที่ «date» "
      "ที่โรงพยาบาล«hospital» HN «hn»"),
    T("misc_campaign_speech", "general",
      "ร่างคำกล่าวแนะนำตัว«name» ผู้สมัครสมาชิกสภาเทศบาล ซึ่งเป็น«political» ความยาว 1 นาที "
      "ปิดท้ายด้วยช่องทางติดต่อ «phone» และไลน์ «line»"),
    T("misc_background_en", "general",
      "Prepare talking points about «name_en», a candidate for our board, who «sens_en:POLITICAL_OPINION». "
      "Their assistant «foreigner» can be reached at «phone_foreign»."),
    T("misc_procurement_quote", "general",
      "ตรวจใบเสนอราคาจาก«company» เลขประจำตัวผู้เสียภาษี «jid» ผู้ติดต่อ«name» โทร «phone» อีเมล «email» "
      "ราคารวม «price» บาท ยืนราคา 30 วัน ช่วยเปรียบเทียบกับอีกเจ้าที่เสนอ «price» บาท"),
    T("misc_parking_json", "general",
      '{"plate": "«plate»", "entry": "«ts_iso»", "exit": "«ts_iso»", "member": {"name": "«name_plain»", "phone": "«phone»", '
      '"line_id": "«line»"}, "fee_thb": «int:0-400»}', structured=True),
    T("misc_blood_donation", "general",
      "ร่างข้อความขอบคุณผู้บริจาคโลหิต«name» ครั้งที่ «int:2-120» เลขประจำตัวผู้บริจาค D«int:100000-999999» กรุ๊ปเลือด «pick:A|B|O|AB» "
      "ผู้บริจาค«sens» ส่งทาง SMS ไปที่ «phone»"),
    # ---------- s.26 in everyday notes (the rarer categories need documents of their own) ----------
    T("hr_case_notes", "hr",
      "บันทึกเคสของฝ่ายบุคคล (ลับ): พนักงาน«name» แผนก«pick:บัญชี|ขาย|คลังสินค้า|ไอที|ผลิต» «sens» หัวหน้างาน«staff» "
      "ขอคำแนะนำว่าควรจัดการอย่างไรให้ถูกต้องตาม PDPA", weight=2.5),
    T("ins_agent_notes", "insurance",
      "บันทึกของตัวแทนประกันหลังพบลูกค้า: «name_khun» โทร «phone» «sens» ลูกค้าสนใจแผนคุ้มครองโรคร้ายแรง เบี้ยไม่เกิน «price» บาทต่อปี "
      "ช่วยสรุปเป็นข้อความส่งทีมพิจารณารับประกัน", weight=2.5),
    T("hosp_social_worker_en", "hospital",
      "Social worker note, please tidy up: «name_en» (HN «hn»), lives at «address_en». The patient «sens_en» and «sens_en». "
      "Follow-up call scheduled for «date_en» on «phone_intl».", weight=2),
    T("hotline_counselling", "hospital",
      "สรุปสายโทรเข้าสายด่วนให้คำปรึกษาเพื่อส่งต่อผู้เชี่ยวชาญ: ผู้โทรชื่อ«nick» เบอร์ «phone» ผู้โทร«sens:SEXUAL_BEHAVIOUR» "
      "และกังวลว่าตน«sens:HEALTH_DATA» ขอให้ติดต่อกลับหลัง «time»"),
    T("dating_report_en", "general",
      "Trust & safety report for review: user «name_en_plain» («email») says a match shared screenshots revealing that they are "
      "«sexual_en». The reported user asked them to add LINE «line» first. Decide whether to ban the reported account."),
    T("insurance_sexual_history", "insurance",
      "ผู้ขอเอาประกัน«name» เลขบัตรประชาชน «nid» «sens:SEXUAL_BEHAVIOUR» ตามที่ตอบในแบบสอบถามสุขภาพข้อ 12 "
      "ช่วยร่างคำอธิบายให้ฝ่ายพิจารณารับประกันว่าข้อมูลนี้ใช้พิจารณาได้หรือไม่"),
    T("union_newsletter", "hr",
      "ร่างจดหมายข่าวประจำเดือน: ขอแสดงความยินดีกับ«name»ที่«sens:TRADE_UNION» ประจำปี «pick:2567|2568» "
      "สมาชิกติดต่อได้ที่ «phone» หรืออีเมล «email»"),
    T("union_dues_json", "hr",
      '{"member": {"name": "«name»", "emp_id": "«emp_id»", "note": "«sens:TRADE_UNION»", "dues_thb": 100}, '
      '"payroll_deduction": true, "bank_account": "«account»"}', structured=True),
    T("political_volunteers", "general",
      "ช่วยจัดตารางอาสาสมัครลงพื้นที่: «name» («phone») «sens:POLITICAL_OPINION», «name2» («phone2») «sens:POLITICAL_OPINION» "
      "ลงพื้นที่เขต«pick:บางกะปิ|จตุจักร|ดอนเมือง|หลักสี่» วันที่ «date»"),
    T("political_slack_en", "hr",
      "An employee, «name_en», «sens_en:POLITICAL_OPINION» and posts about it on the company Slack every day. Draft a neutral "
      "reminder of our social-media policy addressed to «email»."),
    T("tenant_screening", "general",
      "ช่วยประเมินผู้สมัครเช่าคอนโด: «name» อายุ «age» ปี อาชีพ«job» «sens:CRIMINAL_RECORD» รายได้ «amount» บาทต่อเดือน "
      "ควรให้เช่าหรือไม่ และต้องขอเอกสารอะไรเพิ่ม"),
    T("prison_visit", "government",
      "ร่างคำร้องขอเยี่ยมญาติ: ผู้ขอเยี่ยม«name» เลขบัตรประชาชน «nid» ความสัมพันธ์: มารดาของ«name2» ซึ่ง«sens:CRIMINAL_RECORD» "
      "ขอเยี่ยมวันที่ «date» ติดต่อ «phone»"),
    T("biometric_gate_en", "hr",
      "Incident report: the face-recognition gate at the office failed for «name_en_plain» (badge «emp_id»). The employee "
      "«sens_en:BIOMETRIC_DATA». Reply to «email» with next steps."),
    T("biometric_branch", "bank",
      "ลูกค้า«name» มายืนยันตัวตนที่สาขาเพื่อเปิดบัญชีออนไลน์ ลูกค้า«sens:BIOMETRIC_DATA» เจ้าหน้าที่«staff» ถามว่าต้องขอความยินยอมแบบไหน"),
    T("ethnic_outreach", "hospital",
      "สรุปรายชื่อผู้รับบริการหน่วยแพทย์เคลื่อนที่: 1) «name» «sens:ETHNICITY» ผู้ป่วย«sens:HEALTH_DATA» "
      "2) «name2» อายุ «age» ปี «sens:ETHNICITY» ยังไม่มีบัตรประชาชน"),
    T("ethnic_ngo_en", "government",
      "Translate for the NGO report: «name_en_plain», «age», «sens_en:ETHNICITY», lives at «address_en» and has no ID card yet."),
    T("genetic_paternity", "government",
      "ทนายของ«name» «sens:GENETIC_DATA» ช่วยร่างคำร้องขอให้ศาลรับรองบุตร บุตรคือ«child» เกิดวันที่ «dob» "
      "ติดต่อทนายความ«staff» «phone_ext»"),
    T("religion_flex_en", "hr",
      "Employee «name_en_plain» «sens_en:RELIGION» and asked for flexible hours during a religious festival. Draft an approval "
      "email to «email» copying their manager «foreigner»."),
    T("religion_diet_ward", "hospital",
      "ผู้ป่วย«name» HN «hn» นับถือ«religion» ขออาหารตามหลักศาสนา ช่วยเขียนบันทึกถึงฝ่ายโภชนาการ และแจ้งญาติ«name2» ที่เบอร์ «phone»"),
)

NEGATIVE_TEMPLATES: tuple[Template, ...] = (
    T("neg_product_copy", "ecommerce",
      "เขียนคำบรรยายสินค้าสำหรับขายออนไลน์ 3 ย่อหน้า: «product_desc» ราคา «price» บาท รหัสสินค้า «sku» รับประกัน 1 ปี "
      "จัดส่งฟรีเมื่อซื้อครบ 499 บาท", negative=True),
    T("neg_order_status", "ecommerce",
      "สรุปสถานะคำสั่งซื้อให้อ่านง่าย: คำสั่งซื้อ «order_no» สร้างเมื่อ «ts_iso» สถานะ: กำลังจัดส่ง เลขพัสดุ «tracking» "
      "ยอดรวม «price» บาท คาดว่าจะได้รับภายในวันที่ «date»", negative=True),
    T("neg_event_json", "dev",
      'อธิบาย event นี้ให้ทีม ops เข้าใจ:\n{"event": "order.shipped", "order_id": "«order_no»", "created_at_ms": «epoch_ms», '
      '"updated_at_ms": «epoch_ms», "sku": "«sku»", "qty": «int:1-5», "warehouse": "BKK-03", "app_version": "«version»"}',
      negative=True, structured=True),
    T("neg_isbn_books", "general",
      "แนะนำหนังสือสำหรับมือใหม่หัดลงทุน 3 เล่มจากรายการนี้: (1) ISBN «isbn» ราคา «price» บาท (2) ISBN «isbn» ราคา «price» บาท "
      "(3) ISBN «isbn» ราคา «price» บาท พร้อมเหตุผลสั้นๆ", negative=True),
    T("neg_release_notes", "dev",
      "สรุป release notes เวอร์ชัน «version» เป็นภาษาไทย: fixed crash on Android 14 when opening the camera; build «int:1000-9999» "
      "(commit «sha»); minimum iOS version 15.0; API timeout raised to 30 s.", negative=True),
    T("neg_python_vat", "dev",
      "ตรวจโค้ดนี้หน่อย\n```python\ndef vat(amount: float, rate: float = 0.07) -> float:\n    return round(amount * rate, 2)\n\n"
      "print(vat(«int:100-99999»))\n```", negative=True, structured=True),
    T("neg_province_travel", "general",
      "เขียนบทความแนะนำการท่องเที่ยวจังหวัด«province» ความยาว 200 คำ เน้นอาหารพื้นเมือง เทศกาลประจำปี และการเดินทางจากกรุงเทพฯ "
      "ระยะทางประมาณ «int:80-900» กิโลเมตร", negative=True),
    T("neg_holidays", "government",
      "ทำตารางวันหยุดราชการปี «pick:2568|2569» ได้แก่ วันขึ้นปีใหม่ 1 มกราคม วันมาฆบูชา วันจักรี 6 เมษายน วันสงกรานต์ 13-15 เมษายน "
      "วันแรงงาน 1 พฤษภาคม วันวิสาขบูชา และวันรัฐธรรมนูญ 10 ธันวาคม", negative=True),
    T("neg_company_results", "general",
      "สรุปข้อมูลบริษัทจดทะเบียนในตลาดหลักทรัพย์: ธุรกิจพลังงานและปิโตรเคมี รายได้ปี «pick:2566|2567» ประมาณ «int:100-3000» พันล้านบาท "
      "กำไรสุทธิ «int:5-120» พันล้านบาท อัตราเงินปันผล «int:2-7»% เขียนให้นักลงทุนรายย่อยเข้าใจ", negative=True),
    T("neg_health_article", "hospital", lambda rng: _health_article(rng), negative=True),
    T("neg_health_leaflet_en", "hospital",
      "Write a 150-word patient-education leaflet on «pick:type 2 diabetes|hypertension|depression|dengue fever|asthma|hepatitis B»: "
      "common symptoms, when to see a doctor, and lifestyle tips. Audience: the general public in Thailand.", negative=True),
    T("neg_religion_facts", "general",
      "เขียนบทความสั้นเกี่ยวกับความหลากหลายทางศาสนาในประเทศไทย: ประชากรส่วนใหญ่นับถือศาสนาพุทธ รองลงมาคือศาสนาอิสลามและศาสนาคริสต์ "
      "รัฐธรรมนูญรับรองเสรีภาพในการนับถือศาสนา พร้อมยกตัวอย่างวันสำคัญทางศาสนา «int:3-5» วัน", negative=True),
    T("neg_labour_law", "hr",
      "อธิบาย พ.ร.บ.แรงงานสัมพันธ์ พ.ศ. 2518 แบบเข้าใจง่าย: สิทธิของลูกจ้างในการจัดตั้งสหภาพแรงงาน การยื่นข้อเรียกร้อง "
      "และบทบาทของคณะกรรมการลูกจ้าง ความยาวไม่เกิน «int:200-400» คำ", negative=True),
    T("neg_fingerprint_scanner", "hr",
      "เปรียบเทียบเครื่องสแกนลายนิ้วมือสำหรับบันทึกเวลาเข้างาน 2 รุ่น: รุ่น A ราคา «price» บาท รองรับ 3,000 ลายนิ้วมือ สแกนใบหน้าได้, "
      "รุ่น B ราคา «price» บาท รองรับ 1,000 ลายนิ้วมือ เชื่อมต่อ Wi-Fi", negative=True),
    T("neg_dna_explainer", "education",
      "อธิบายให้นักเรียน ม.«int:4-6» เข้าใจว่า DNA คืออะไร ยีนถ่ายทอดลักษณะทางพันธุกรรมอย่างไร และการตรวจพันธุกรรมใช้ประโยชน์อะไรได้บ้าง"
      "ในทางการแพทย์", negative=True),
    T("neg_meeting_schedule", "general",
      "สร้างตารางนัดประชุมโครงการ: ประชุม kick-off วันที่ «date» เวลา «time» ห้องประชุม «int:1-12» ชั้น «int:2-30», "
      "ประชุมติดตามงานวันที่ «date» เวลา «time» ผ่าน Zoom, ส่งมอบงานวันที่ «date»", negative=True),
    T("neg_financials", "general",
      "สรุปงบการเงินไตรมาส «int:1-4» ปี «pick:2566|2567|2568»: รายได้รวม «int:1000-9999»,«int:100-999»,«int:100-999» บาท "
      "กำไรขั้นต้นเพิ่มขึ้น «int:2-30»% จากปีก่อน ค่าใช้จ่ายในการขายและบริหาร «int:100-999»,«int:100-999»,«int:100-999» บาท",
      negative=True),
    T("neg_epoch_convert", "dev",
      "แปลงค่า epoch milliseconds ต่อไปนี้เป็นวันที่และเวลาไทย (UTC+7): created_at_ms=«epoch_ms», updated_at_ms=«epoch_ms», "
      "expires_at_ms=«epoch_ms»", negative=True, structured=True),
    T("neg_tracking_list", "ecommerce",
      "ตรวจสอบสถานะพัสดุ 3 ชิ้นนี้ แล้วสรุปเป็นตาราง: «tracking», «tracking», «tracking» (ส่งวันที่ «date»)", negative=True),
    T("neg_bank_rates", "bank",
      "สรุปอัตราดอกเบี้ยเงินฝากของธนาคาร«bank»: ออมทรัพย์ 0.25% ต่อปี ฝากประจำ 12 เดือน 1.«int:10-95»% ฝากประจำ 24 เดือน 1.«int:10-95»% "
      "SWIFT code «pick:KASITHBK|SICOTHBK|BKKBTHBK|KRTHTHBK» เขียนเป็นโพสต์ Facebook", negative=True),
    T("neg_election_summary", "government",
      "สรุปผลการเลือกตั้งทั่วไปปี 2566 แบบเป็นกลาง: ผู้มีสิทธิเลือกตั้งประมาณ 52 ล้านคน ผู้มาใช้สิทธิร้อยละ 75 "
      "พรรคการเมืองที่ได้ที่นั่งมากที่สุดสามอันดับแรก และขั้นตอนการจัดตั้งรัฐบาล ความยาว «int:150-300» คำ", negative=True),
    T("neg_crime_stats", "government",
      "เขียนอินโฟกราฟิกจากสถิตินี้: คดีลักทรัพย์ในกรุงเทพฯ ปี «pick:2565|2566|2567» ลดลง «int:3-20»% คดียาเสพติดเพิ่มขึ้น «int:2-15»% "
      "ศาลพิพากษาจำคุกในคดีฉ้อโกงออนไลน์รวม «int:500-5000» คดี", negative=True),
    T("neg_disability_law", "government",
      "สรุปสิทธิประโยชน์ตาม พ.ร.บ.ส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ: นายจ้างที่มีลูกจ้างทุก 100 คนต้องจ้างคนพิการ 1 คน "
      "หรือส่งเงินเข้ากองทุน เบี้ยความพิการเดือนละ 800-1,000 บาท และขั้นตอนการทำบัตรประจำตัวคนพิการ ยาว «int:5-10» ข้อ", negative=True),
    T("neg_ethnic_tourism", "general",
      "เขียนบทความท่องเที่ยวเชิงวัฒนธรรมจังหวัด«pick:เชียงราย|แม่ฮ่องสอน|ตาก|น่าน» แนะนำหมู่บ้านของกลุ่มชาติพันธุ์อาข่า ลาหู่ และเย้า "
      "พร้อมมารยาทที่นักท่องเที่ยวควรรู้ «int:5-8» ข้อ", negative=True),
    T("neg_aids_campaign", "hospital",
      "ร่างโพสต์รณรงค์วันเอดส์โลก 1 ธันวาคม: ชวนวัยรุ่นใช้ถุงยางอนามัยทุกครั้งเมื่อมีเพศสัมพันธ์ ตรวจเอชไอวีฟรีปีละ 2 ครั้ง"
      "ตามสิทธิบัตรทอง และยา PrEP ป้องกันการติดเชื้อ ความยาว «int:3-6» บรรทัด", negative=True),
    T("neg_polite_rewrite", "general",
      "ปรับข้อความนี้ให้สุภาพขึ้น: เรียน ลูกค้าผู้มีอุปการคุณ บริษัทขอเรียนว่านายจ้างและลูกจ้างทุกคนมุ่งมั่นพัฒนาคุณภาพบริการ "
      "ผู้จัดการฝ่ายขายจะติดต่อกลับภายใน 2 วันทำการ ขอบคุณที่ไว้วางใจเรามาตลอด «int:5-30» ปี", negative=True),
    T("neg_weather", "general",
      "สรุปพยากรณ์อากาศ: วันที่ «date» ภาคเหนือมีฝนฟ้าคะนองร้อยละ «int:20-80» ของพื้นที่ อุณหภูมิต่ำสุด «int:18-26» องศา "
      "สูงสุด «int:30-40» องศา กรุงเทพฯ และปริมณฑลมีฝนร้อยละ «int:10-60»", negative=True),
    T("neg_sql_ddl", "dev",
      "ออกแบบ index ให้ตารางนี้ (คาดว่าจะมี «int:1-50» ล้านแถว):\nCREATE TABLE customers (\n  id BIGSERIAL PRIMARY KEY,\n"
      "  citizen_id CHAR(13) NOT NULL,\n  full_name TEXT,\n  phone VARCHAR(20),\n  created_at TIMESTAMPTZ DEFAULT now()\n);",
      negative=True, structured=True),
    T("neg_regex_help", "dev",
      "เขียน regex ตรวจรูปแบบเบอร์มือถือไทย 10 หลักที่ขึ้นต้นด้วย 06, 08 หรือ 09 และรองรับขีดคั่นแบบ 0xx-xxx-xxxx "
      "พร้อมตัวอย่าง unit test «int:3-6» กรณีที่ใช้ค่าปลอมแบบ xxx-xxx-xxxx", negative=True),
    T("neg_email_placeholders", "ecommerce",
      "ปรับ template อีเมลนี้ให้น่าอ่านขึ้น:\nเรียน คุณ{first_name} {last_name}\nคำสั่งซื้อหมายเลข {order_id} ของท่านจะจัดส่งภายในวันที่ "
      "{delivery_date}\nหากมีข้อสงสัยติดต่อ {support_phone} (ภายใน «int:1-3» วันทำการ)", negative=True),
    T("neg_train_trip", "general",
      "จัดตารางเดินทางไปจังหวัด«province»โดยรถไฟ: ขบวน «int:1-200» ออกจากสถานีกรุงเทพอภิวัฒน์ «time» ถึงปลายทาง «time» "
      "ราคาตั๋วนอนชั้น 2 «price» บาท จองล่วงหน้าได้ 90 วัน", negative=True),
    T("neg_fx_rates", "bank",
      "สรุปอัตราแลกเปลี่ยนวันที่ «date»: 1 USD = «int:32-37».«int:10-99» บาท, 1 EUR = «int:36-40».«int:10-99» บาท, "
      "100 JPY = «int:21-25».«int:10-99» บาท เขียนเป็นข่าวสั้น 3 บรรทัด", negative=True),
    T("neg_football", "general",
      "เขียนข่าวสั้นผลฟุตบอลไทยลีกนัดที่ «int:1-30»: ทีมเจ้าบ้านชนะ «int:1-4»-«int:0-3» ผู้ชมในสนาม «int:3000-25000» คน "
      "แข่งขันเมื่อ «date» เวลา «time»", negative=True),
    T("neg_recipe", "general",
      "ขอสูตรต้มยำกุ้งน้ำข้นสำหรับ «int:2-6» คน ใช้กุ้ง «int:300-800» กรัม ข่า ตะไคร้ ใบมะกรูด พริกขี้หนู «int:5-15» เม็ด "
      "และน้ำพริกเผา 2 ช้อนโต๊ะ", negative=True),
    T("neg_lottery", "general",
      "สรุปผลสลากกินแบ่งรัฐบาลงวดวันที่ «date»: รางวัลที่ 1 «int:100000-999999» เลขหน้า 3 ตัว «int:100-999» «int:100-999» "
      "เลขท้าย 2 ตัว «int:10-99»", negative=True),
    T("neg_stock", "bank",
      "วิเคราะห์หุ้นจากข้อมูลนี้: ราคาปิด «int:10-300».«int:10-99» บาท P/E «int:5-30».«int:1-9» เท่า ปริมาณซื้อขาย "
      "«int:1000000-99999999» หุ้น มูลค่าตลาด «int:10000-900000» ล้านบาท", negative=True),
    T("neg_promo_sms", "ecommerce",
      "เขียน SMS โปรโมชั่น 9.9 ไม่เกิน 70 ตัวอักษร: ลดสูงสุด «int:30-90»% ใช้โค้ด SALE«int:10-99» ถึง «date» ซื้อครบ «price» บาท ส่งฟรี",
      negative=True),
    T("neg_faq_cues", "bank",
      "ปรับคำตอบ FAQ นี้ให้สั้นลง: หากต้องการเปลี่ยนเบอร์โทรศัพท์ที่ผูกกับบัญชี กรุณานำบัตรประชาชนตัวจริงและสมุดบัญชีมาที่สาขา "
      "หรือยืนยันตัวตนผ่านแอปด้วยการสแกนใบหน้า ค่าธรรมเนียม «int:0-100» บาท", negative=True),
    T("neg_insurance_brochure", "insurance",
      "เขียนโบรชัวร์ประกันสุขภาพแผนใหม่: คุ้มครองโรคมะเร็ง โรคหัวใจ และโรคหลอดเลือดสมอง วงเงินสูงสุด «int:1-10» ล้านบาท "
      "เบี้ยเริ่มต้น «price» บาทต่อปี สำหรับผู้มีอายุ 20-60 ปี ไม่ต้องตรวจสุขภาพ", negative=True),
    T("neg_leave_policy", "hr",
      "สรุปนโยบายการลาของบริษัท: ลาพักร้อน «int:6-15» วันต่อปี ลาป่วยได้ไม่เกิน 30 วันทำงานต่อปีโดยได้รับค่าจ้าง ลาคลอด 98 วัน "
      "ลาบวชได้ 15 วัน เขียนเป็น infographic", negative=True),
    T("neg_js_date", "dev",
      "Why does this print the wrong date?\n```js\nconst createdAtMs = «epoch_ms»;\n"
      "console.log(new Date(createdAtMs).toLocaleDateString('th-TH'));\n```", negative=True, structured=True),
    T("neg_requirements", "dev",
      "อัปเกรด dependencies ในไฟล์นี้ให้เป็นเวอร์ชันล่าสุด:\nrequests==«version»\nfastapi==0.«int:90-115».«int:0-9»\n"
      "pydantic==2.«int:1-10».«int:0-5»\nuvicorn==0.«int:20-32».0", negative=True, structured=True),
    T("neg_compound_interest", "bank",
      "ช่วยคำนวณดอกเบี้ยทบต้น: เงินต้น «price» บาท ดอกเบี้ย «int:1-8»% ต่อปี ระยะเวลา «int:2-30» ปี แสดงวิธีทำทีละขั้น",
      negative=True),
    T("neg_telecom_market_en", "telecom",
      "Summarise in 5 bullet points: Thailand's largest mobile operators, subscriber numbers (about «int:40-60» million for the "
      "leader), 5G coverage of «int:70-98»% of the population, and spectrum auctions held in «pick:2020|2022|2024».", negative=True),
    T("neg_shipping_api", "dev",
      'Explain this API response: {"tracking_no": "«tracking»", "status": "IN_TRANSIT", "eta": "«date_iso»", '
      '"weight_kg": «int:1-30».«int:0-9», "events": [{"at": "«ts_iso»", "hub": "Bang Na DC"}]}', negative=True, structured=True),
    T("neg_province_facts_en", "general",
      "Give me 3 fun facts about «province_en» province for a travel blog, plus the best months to visit and a 2-day itinerary.",
      negative=True),
    T("neg_stock_barcodes", "ecommerce",
      "ตรวจสต็อกสินค้า: บาร์โค้ด «ean» คงเหลือ «int:0-500» ชิ้น, บาร์โค้ด «ean» คงเหลือ «int:0-500» ชิ้น, SKU «sku» คงเหลือ "
      "«int:0-500» ชิ้น ช่วยบอกว่าตัวไหนต้องสั่งเพิ่ม", negative=True),
    T("neg_eid_greeting", "ecommerce",
      "เขียนคำอวยพรวันฮารีรายอสำหรับลูกค้าชาวมุสลิมทุกท่าน พร้อมแจ้งเวลาทำการช่วงวันหยุด «date» ถึง «date»", negative=True),
    T("neg_bp_monitor", "ecommerce",
      "เขียนรีวิวสินค้าเครื่องวัดความดันโลหิตอัตโนมัติแบบพันแขน รุ่น BP-«int:100-999» ราคา «price» บาท แม่นยำ ±3 mmHg "
      "จำค่าได้ 2 ผู้ใช้ ผู้ใช้ละ 60 ครั้ง", negative=True),
    T("neg_hr_jd", "hr",
      "เขียนประกาศรับสมัครงานตำแหน่ง«job» เงินเดือน «int:18-80»,000 บาท ประสบการณ์ «int:1-5» ปีขึ้นไป ทำงานที่จังหวัด«province» "
      "สวัสดิการประกันสุขภาพกลุ่ม", negative=True),
    T("neg_gov_service_info", "government",
      "อธิบายขั้นตอนทำบัตรประชาชนใหม่กรณีบัตรหมดอายุ: ใช้เอกสารอะไรบ้าง ค่าธรรมเนียม «int:0-100» บาท ทำได้ที่สำนักงานเขตหรือที่ว่าการอำเภอ "
      "ใช้เวลาประมาณ «int:10-30» นาที", negative=True),
    T("neg_log_no_pii", "dev",
      "ทำไม service นี้ช้า:\n«ts_iso» INFO GET /api/v1/products?page=«int:1-40» 200 «int:20-900»ms\n«ts_iso» WARN slow query "
      "«int:1000-9000»ms sku=«sku»\n«ts_iso» INFO cache hit ratio=0.«int:50-99» build=«version»", negative=True, structured=True),
)

_ARTICLE_DISEASES = ("โรคเบาหวาน", "โรคความดันโลหิตสูง", "โรคซึมเศร้า", "มะเร็งเต้านม", "ไข้เลือดออก", "โรคหัวใจขาดเลือด",
                     "ไวรัสตับอักเสบบี", "โรคข้อเข่าเสื่อม", "โรคไตเรื้อรัง")
_ARTICLE_SENTENCES = (
    "{d}เป็นโรคเรื้อรังที่พบบ่อยในคนไทย",
    "ปัจจัยเสี่ยงของ{d}ได้แก่ พันธุกรรม อายุที่มากขึ้น และการขาดการออกกำลังกาย",
    "การป้องกัน{d}ทำได้โดยควบคุมอาหาร ลดหวาน มัน เค็ม และนอนหลับให้เพียงพอ",
    "ผู้ที่มีอายุ 35 ปีขึ้นไปควรตรวจคัดกรอง{d}อย่างน้อยปีละครั้ง",
    "ข้อมูลจากกรมควบคุมโรคระบุว่ามีผู้ป่วย{d}รายใหม่หลายแสนรายต่อปี",
    "อาการของ{d}ในระยะแรกมักไม่ชัดเจน จึงควรสังเกตความผิดปกติของร่างกาย",
    "การรักษา{d}ในปัจจุบันมีทั้งการใช้ยาและการปรับพฤติกรรม",
)


def _health_article(rng: random.Random) -> str:
    disease = rng.choice(_ARTICLE_DISEASES)
    sentences = rng.sample(_ARTICLE_SENTENCES, rng.randint(3, 5))
    head = rng.choice(("เขียนบทความสุขภาพสำหรับเว็บไซต์โรงพยาบาลจากประเด็นต่อไปนี้:", "เรียบเรียงย่อหน้านี้ให้อ่านลื่นขึ้น:",
                       "สรุปข้อความนี้เป็น 3 bullet:"))
    return head + " " + " ".join(s.format(d=disease) for s in sentences)


# ---------------------------------------------------------------------------------------------
# Building the set
# ---------------------------------------------------------------------------------------------

# Each split must exercise every entity type (spans) and every s.26 category (documents).
MIN_TEST_SPANS = 5
MIN_TEST_S26_DOCS = 8


def _assign_splits(templates: tuple[Template, ...], rng: random.Random) -> dict[str, str]:
    """About TEST_SHARE of the templates of each domain go to ``test``."""
    by_domain: dict[str, list[Template]] = {}
    for t in templates:
        by_domain.setdefault(t.domain, []).append(t)
    splits: dict[str, str] = {}
    for domain in sorted(by_domain):
        group = sorted(by_domain[domain], key=lambda t: t.id)
        rng.shuffle(group)
        n_test = round(len(group) * TEST_SHARE)
        for i, t in enumerate(group):
            splits[t.id] = "test" if i < n_test else "dev"
    return splits


def _counts_per_template(templates: tuple[Template, ...], total: int, rng: random.Random) -> dict[str, int]:
    weights = {t.id: t.weight for t in templates}
    order = sorted(weights)
    rng.shuffle(order)
    scale = total / sum(weights.values())
    counts = {tid: int(weights[tid] * scale) for tid in order}
    for tid in order[: total - sum(counts.values())]:
        counts[tid] += 1
    return counts


def generate(seed: int = SEED) -> list[dict[str, object]]:
    """The whole set, deterministic for ``seed``.

    Splits are chosen per template, so a random assignment can leave a rare type out of one split.
    A probe run measures what each template produces; a small local search then moves templates
    between splits (within a domain, so the share stays ~30 %) until both splits cover every entity
    type and every s.26 category; the final run is checked again.
    """
    from pdpa_guard.detect.catalogue import ENTITY_TYPES  # the catalogue is the contract the set must cover

    templates = POSITIVE_TEMPLATES + NEGATIVE_TEMPLATES
    gaps: list[str] = []
    for attempt in range(20):
        plan_rng = random.Random(seed * 1000 + attempt)
        counts = _counts_per_template(POSITIVE_TEMPLATES, N_POSITIVE, plan_rng) | _counts_per_template(
            NEGATIVE_TEMPLATES, N_NEGATIVE, plan_rng
        )
        probe = _generate_once(seed + 7919 + attempt, templates, counts, dict.fromkeys(counts, "test"))
        yields = _requirement_yields(probe)
        splits = _plan_splits(templates, counts, yields, plan_rng, ENTITY_TYPES)
        docs = _generate_once(seed, templates, counts, splits)
        gaps = coverage_gaps(docs, ENTITY_TYPES)
        if not gaps:
            return docs
    raise RuntimeError(f"no split assignment covers every type in both splits: {gaps}")


def _requirements(entity_types: tuple[str, ...]) -> dict[str, int]:
    req = {f"span:{et}": MIN_TEST_SPANS for et in entity_types}
    req |= {f"doc:{cat}": MIN_TEST_S26_DOCS for cat in S26_CATEGORIES}
    req["doc:NEGATIVE"] = 1
    return req


def _requirement_yields(docs: list[dict[str, object]]) -> dict[str, Counter[str]]:
    """What each template contributed to each requirement in a probe run."""
    yields: dict[str, Counter[str]] = {}
    for d in docs:
        c = yields.setdefault(str(d["template"]), Counter())
        for e in d["entities"]:  # type: ignore[union-attr]
            c[f"span:{e['entity_type']}"] += 1
        for cat in {e["entity_type"] for e in d["entities"]}:  # type: ignore[union-attr]
            c[f"doc:{cat}"] += 1
        if d["negative"]:
            c["doc:NEGATIVE"] += 1
    return yields


def _plan_splits(
    templates: tuple[Template, ...],
    counts: dict[str, int],
    yields: dict[str, Counter[str]],
    rng: random.Random,
    entity_types: tuple[str, ...],
) -> dict[str, str]:
    splits = _assign_splits(POSITIVE_TEMPLATES, rng) | _assign_splits(NEGATIVE_TEMPLATES, rng)
    kind = {t.id: (t.domain, t.negative) for t in templates}
    need = {k: v * 1.5 for k, v in _requirements(entity_types).items()}  # margin: «sens» draws vary
    for _ in range(3000):
        totals = {sp: Counter() for sp in ("dev", "test")}
        for tid, sp in splits.items():
            totals[sp].update(yields.get(tid, Counter()))
        deficits = [(sp, k) for sp in ("test", "dev") for k, v in need.items() if totals[sp][k] < v]
        if not deficits:
            break
        short, req = rng.choice(deficits)
        other = "dev" if short == "test" else "test"
        donors = [tid for tid, sp in splits.items() if sp == other and yields.get(tid, Counter())[req] > 0]
        if not donors:
            continue
        donor = rng.choice(donors)
        backs = [tid for tid, sp in splits.items() if sp == short and kind[tid] == kind[donor] and yields.get(tid, Counter())[req] == 0]
        if not backs:
            continue
        back = rng.choice(backs)
        splits[donor], splits[back] = short, other
    return splits


def coverage_gaps(docs: list[dict[str, object]], entity_types: tuple[str, ...]) -> list[str]:
    """Requirements that one split fails: too few spans of a type or documents of an s.26 category."""
    req = _requirements(entity_types)
    gaps = []
    for split in ("dev", "test"):
        totals: Counter[str] = Counter()
        for c in _requirement_yields([d for d in docs if d["split"] == split]).values():
            totals.update(c)
        gaps.extend(f"{split}:{k}={totals[k]}" for k, v in req.items() if totals[k] < v)
    return gaps


def _generate_once(
    seed: int, templates: tuple[Template, ...], counts: dict[str, int], splits: dict[str, str]
) -> list[dict[str, object]]:
    gen = Generator(seed)
    docs: list[dict[str, object]] = []
    for template in templates:
        for _ in range(counts[template.id]):
            ctx = DocContext(gen, splits[template.id], free_text=not template.structured)
            text, entities = render(template.text(gen.rng), ctx)
            if template.thai_digits_doc and gen.rng.random() < template.thai_digits_doc:
                text = thai_digits(text)  # same length: spans stay valid
            _check(template, text, entities)
            docs.append({
                "split": splits[template.id],
                "domain": template.domain,
                "template": template.id,
                "negative": template.negative,
                "text": text,
                "entities": entities,
            })
    gen.rng.shuffle(docs)
    return [{"id": f"ds-{i:04d}", **doc} for i, doc in enumerate(docs, 1)]


def _check(template: Template, text: str, entities: list[dict[str, object]]) -> None:
    """Fail loudly on a template bug rather than write a wrong gold span."""
    if template.negative and entities:
        raise AssertionError(f"{template.id}: negative template produced entities")
    if not template.negative and not entities:
        raise AssertionError(f"{template.id}: positive template produced no entity")
    if "«" in text or "»" in text:
        raise AssertionError(f"{template.id}: unfilled slot in {text!r}")
    for e in entities:
        value = text[e["start"]:e["end"]]  # type: ignore[misc]
        if not value or value != value.strip():
            raise AssertionError(f"{template.id}: bad span {e} -> {value!r}")


def to_jsonl(docs: list[dict[str, object]]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def summary(docs: list[dict[str, object]]) -> str:
    lines = []
    for split in ("dev", "test"):
        part = [d for d in docs if d["split"] == split]
        spans = Counter(e["entity_type"] for d in part for e in d["entities"])  # type: ignore[union-attr]
        negatives = sum(1 for d in part if d["negative"])
        templates = len({d["template"] for d in part})
        lines.append(f"{split}: {len(part)} prompts ({negatives} negative) from {templates} templates")
        lines.append("  " + ", ".join(f"{k}={v}" for k, v in sorted(spans.items())))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the JSONL (default: bench/devset.jsonl)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--check", action="store_true", help="regenerate and compare with --out; exit 1 if it differs")
    args = parser.parse_args(argv)

    if faker.VERSION != GENERATED_WITH_FAKER:
        print(f"warning: Faker {faker.VERSION} differs from {GENERATED_WITH_FAKER}: output will not match the committed file",
              file=sys.stderr)
    docs = generate(args.seed)
    data = to_jsonl(docs)
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == data
        print("up to date" if same else f"{args.out} differs from what the generator produces")
        return 0 if same else 1
    args.out.write_text(data, encoding="utf-8")
    print(f"wrote {len(docs)} prompts to {args.out}")
    print(summary(docs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
