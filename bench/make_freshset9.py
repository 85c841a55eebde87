#!/usr/bin/env python3
"""Generate ``bench/freshset9.jsonl``: the ninth blind held-out set for pdpa-guard.

Written blind on 2026-11-24 (session 5) by an annotator who never saw the detector, its tests
(other than ``tests/test_freshsets.py``) or any other labelled set. It is a measuring instrument:
quote it, do not tune on it.

Every value is fabricated. Names are hand-written in this file (no Faker names), combined at random;
Thai IDs pass ``stdnum.th.pin``, company IDs ``stdnum.th.moa``, cards Luhn, phones libphonenumber.
Gold offsets are exact by construction: a template returns a list of parts, each a plain string or an
``(entity_type, value)`` tuple. Conventions: PERSON is the name without its title (นาย, น.ส., ดร.,
Mr, Dr, คุณ, พี่, น้อง ...); ADDRESS is one span from the house number to the postcode (or province);
DATE_OF_BIRTH is the date only; numbers found by a cue are the number only; a plate includes the
province written right after it; s.26 spans are the shortest phrase that discloses the fact about
the person. Negatives carry no personal data at all; hard negatives use s.26 vocabulary about
groups, laws, products or textbooks, never about an identifiable person.

Usage::

    .venv/bin/python bench/make_freshset9.py            # write bench/freshset9.jsonl
    .venv/bin/python bench/make_freshset9.py --check    # exit 0 when the file is up to date, 1 otherwise
    .venv/bin/python bench/make_freshset9.py --out /tmp/f9.jsonl
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import faker
import phonenumbers
from stdnum import luhn
from stdnum.th import moa, pin

SEED = 90_417_2611
GENERATED_WITH_FAKER = "40.54.0"
OUT = Path(__file__).resolve().parent / "freshset9.jsonl"
PROMPTS_PER_TEMPLATE = 2

ENTITY_TYPES = [
    "PERSON", "TH_NATIONAL_ID", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IP_ADDRESS", "LINE_ID",
    "TH_BANK_ACCOUNT", "TH_PASSPORT", "STUDENT_ID", "MEDICAL_RECORD_NUMBER", "TH_VEHICLE_PLATE", "ADDRESS",
    "DATE_OF_BIRTH", "TH_JURISTIC_ID", "HEALTH_DATA", "RELIGION", "ETHNICITY", "POLITICAL_OPINION",
    "CRIMINAL_RECORD", "SEXUAL_BEHAVIOUR", "DISABILITY", "TRADE_UNION", "GENETIC_DATA", "BIOMETRIC_DATA",
]
S26_TYPES = ENTITY_TYPES[-10:]

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

# --------------------------------------------------------------------------------------------------
# Name pools, hand-written for this set (fabricated combinations only).
# --------------------------------------------------------------------------------------------------

TH_GIVEN = [
    # old short names
    "บุญมี", "สาย", "เปลื้อง", "ทองใบ", "มาลัย", "จำรัส", "เฉลียว", "ลำดวน", "บุญส่ง", "ผิน", "เอื้อน", "สงวน",
    "ประยงค์", "ทองหล่อ", "คำปุน", "แสวง", "อบ", "ละออ", "เจิม", "ชื่น",
    # long Sanskrit-derived names
    "ธนวรรธน์", "ปภาวรินท์", "ศุภณัฐธิดา", "วรพงศ์ภัค", "กฤตยชญ์", "ภูริพัฒน์", "ณัฏฐ์ชยาภรณ์", "ปุณยวีร์",
    "อติวิชญ์", "พิมพ์ลภัส", "ชยพัทธ์", "ธีร์ธวัช", "สิรภัทรา", "กัญญ์ณพัชร์", "วริศรา", "ภัคพล",
    "ปวริศ", "อัครวินท์", "ณิชกานต์", "รัชชานนท์",
    # modern invented spellings
    "ธัญญ์ณิชา", "พิชญ์สินี", "ลัลน์ลลิล", "ปัณณ์", "เอวิกา", "ไอริณ", "คีตภัทร", "ณฐมน", "ภีมพศ", "ฑีฆายุ",
    "ชนม์ภัสสร", "แพรวา", "ธามม์", "กวินท์", "นภัส",
    # everyday
    "สมพร", "วิไลวรรณ", "ประเสริฐ", "อำไพ", "ไพโรจน์", "จันทร์เพ็ญ", "เกียรติศักดิ์", "รัตนาภรณ์", "ชาตรี", "สุภาพร",
    "วีระยุทธ", "นงลักษณ์", "อนุชา", "พรทิพย์", "ธงชัย",
]
TH_SUR = [
    "ศรีสวัสดิ์วงศ์", "ทองประเสริฐกุล", "บุญญาภิรมย์", "ชัยมงคลเลิศ", "วงศ์สุริยะกานต์", "จันทร์ดำรงค์", "พรหมอินทร์",
    "แก้วมณีโชติ", "ปัญญาวุฒิไกร", "อินทรประเสริฐ", "สุขเกษม", "ธรรมรักษา", "นาคสวัสดิ์", "ภูมิพัฒน์สกุล",
    "เรืองศรีเจริญ", "สิทธิโชคธนา", "ทับทิมทอง", "มั่นคงศิลป์", "คำแสนราช", "ผาสุกวนิช", "ดวงแก้วงาม",
    "บัวขาวพันธ์", "ใจดีเลิศล้ำ", "ศักดิ์สูงเนิน", "โพธิ์ทองคำ", "พึ่งบุญรอด", "อ่อนละมัย", "หอมจันทร์แดง",
    "ขันทองดี", "ชูช่วยสุวรรณ", "ปิ่นมณีวงศ์", "ยอดมณีรัตน์", "เพชรน้ำหนึ่ง", "ไชยวงศ์ษา", "ทิพย์สุวรรณกุล",
    # Thai-Chinese
    "แซ่ตั้ง", "แซ่ลิ้ม", "แซ่โค้ว", "แซ่อึ้ง", "แซ่เฮ้ง", "ตั้งวัฒนาไพบูลย์", "ลิ้มศรีเจริญกิจ", "โค้วสุวรรณ",
    "เตชะวณิชย์กุล", "จิราธิวัฒนากร", "อึ้งภากรณ์ชัย", "เอี่ยมสำอางค์", "ตันติเวชกุลชัย", "กิตติพาณิชย์",
]
MUSLIM_GIVEN = ["อับดุลเลาะ", "ฟาตีมะห์", "มูฮัมหมัดรุสดี", "นูรไอนี", "อิสมาแอ", "ซากีนะห์", "ฮาซัน", "รอฮานี",
                "ยูโซะ", "มารีแย", "อัสมัน", "ไซนับ"]
MUSLIM_SUR = ["มะเด็ง", "หะยีสาแม", "ดอเลาะ", "ลาเต๊ะ", "สาและ", "เจ๊ะมะ", "อาแว", "บินยูโซ๊ะ", "กาเซ็ง", "ยามา"]
MUSLIM_ROMAN = [("Abdulloh", "Madeng"), ("Fatimah", "Hayeesamae"), ("Muhammadrusdee", "Doloh"), ("Nurainee", "Latae"),
                ("Ismae", "Salae"), ("Sakinah", "Bin-Yuso"), ("Hasan", "Kaseng"), ("Rohanee", "Che-ma")]
HILL_GIVEN = ["หมี่เซอ", "อาเผ่อ", "จะหยี", "หน่อแฮ", "ยุพา", "มาโนช", "ซอทู", "หน่อเปาะ", "อาจู", "มิโปะ"]
HILL_SUR = ["แซ่ย่าง", "เยส่อ", "จะพอ", "มาเยอะ", "แซ่หมู", "พนาไพร", "ดอยสูงแสง", "แลเชอ", "คีรีมาศ", "เบเชอ"]
NEIGHBOUR_TH = ["หม่อง ซอ วิน", "ขิ่น หม่อง เอ", "มะ เอ เอ ตัน", "ซอ ลา เมียะ", "เนียง สุขา", "โสภี ชัน",
                "เคียว สม", "บุนมา พมมะจัน", "สีสะหวาด แก้วดวงดี", "ทูซา หมิ่น", "ทิดา คำมะนี", "เมียะ ตู"]
NEIGHBOUR_ROMAN = ["Maung Soe Win", "Khin Maung Aye", "Ma Aye Aye Than", "Saw Lah Mya", "Neang Sokha",
                   "Sophea Chan", "Keo Som", "Bounma Phommachanh", "Sisavath Keoduangdy", "Thida Khammany",
                   "Zaw Min Htut", "Nwe Nwe Oo"]
WEST_GIVEN = ["Gareth", "Ingrid", "Matteo", "Siobhan", "Dmitri", "Hannelore", "Lucas", "Priyanka", "Rajesh", "Anjali",
              "Kenta", "Haruka", "Yusuke", "Mei", "Ji-ho", "Olivier", "Brenda", "Tobias", "Aoife", "Sanjay"]
WEST_SUR = ["Whitcombe", "Lindqvist", "Bertolucci", "Ramaswamy", "Okonkwo", "Takahashi", "Fujimori", "Vasquez",
            "Krishnamurthy", "Nakamura", "Deschamps", "Ferreira", "MacAllister", "Iyer", "Sato", "Brennan",
            "Hoffmann", "Kowalczyk", "Patel-Rowe", "Yamaguchi"]
ROMAN_GIVEN = ["Thanawat", "Tanawat", "Thanwat", "Supachai", "Suphachai", "Pimchanok", "Phimchanok", "Kittipong",
               "Kittiphong", "Waraporn", "Woraporn", "Chatchai", "Chadchai", "Nattapong", "Natthaphong", "Sirirat",
               "Siriratn", "Jiraporn", "Chiraporn", "Pornthip", "Phonthip", "Anuwat", "Anuwath", "Thitima",
               "Titima", "Wanchai", "Vanchai", "Ratchanee", "Rachanee", "Somkiat"]
ROMAN_SUR = ["Saelim", "Sae-Lim", "Wongsuwan", "Vongsuwan", "Chaiyaphum", "Jaiyaphum", "Thongkham", "Tongkham",
             "Boonyarit", "Bunyarit", "Srisawat", "Srisawad", "Phromsiri", "Promsiri", "Kaewmanee", "Kaewmani",
             "Tangwattana", "Tungwattana", "Rattanakul", "Ratanakul", "Intharasombat", "Intarasombat",
             "Chuenchom", "Chuencharoen", "Pattanapong", "Phatthanaphong", "Limsakul", "Leemsakul",
             "Suksawasdi", "Sooksawat"]
NICKS = ["ต้นกล้า", "ปลายฟ้า", "หมวย", "บีม", "ฟิล์ม", "แพรว", "ต่าย", "อ้อม", "โอ๊ต", "มิ้นท์", "ก้อง", "จ๋า",
         "เฟิร์น", "ตูน", "ปุ๊ก", "หนูนา", "ป๊อบ", "นุ่น", "แจ็ค", "ข้าวฟ่าง", "ไข่มุก", "อาร์ต", "เอิร์ธ", "ปอนด์"]
NICKS_ROMAN = ["Beam", "Film", "Praew", "Tai", "Aom", "Oat", "Mint", "Kong", "Fern", "Toon", "Pook", "Nunu", "Pop",
               "Noon", "Jack", "Khaofang", "Kaimuk", "Art", "Earth", "Pond"]

# --------------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------------

PLACES = [  # (tambon, amphoe, province, postcode, roman tambon, roman amphoe, roman province)
    ("หนองปรือ", "บางละมุง", "ชลบุรี", "20150", "Nong Prue", "Bang Lamung", "Chon Buri"),
    ("สุเทพ", "เมืองเชียงใหม่", "เชียงใหม่", "50200", "Suthep", "Mueang Chiang Mai", "Chiang Mai"),
    ("คอหงส์", "หาดใหญ่", "สงขลา", "90110", "Kho Hong", "Hat Yai", "Songkhla"),
    ("ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000", "Nai Mueang", "Mueang Khon Kaen", "Khon Kaen"),
    ("บ้านใหม่", "ปากเกร็ด", "นนทบุรี", "11120", "Ban Mai", "Pak Kret", "Nonthaburi"),
    ("สะเตง", "เมืองยะลา", "ยะลา", "95000", "Sateng", "Mueang Yala", "Yala"),
    ("ตลาดขวัญ", "เมืองนนทบุรี", "นนทบุรี", "11000", "Talat Khwan", "Mueang Nonthaburi", "Nonthaburi"),
    ("หนองจ๊อม", "สันทราย", "เชียงใหม่", "50210", "Nong Chom", "San Sai", "Chiang Mai"),
    ("ท่าอิฐ", "เมืองอุตรดิตถ์", "อุตรดิตถ์", "53000", "Tha It", "Mueang Uttaradit", "Uttaradit"),
    ("บางพลีใหญ่", "บางพลี", "สมุทรปราการ", "10540", "Bang Phli Yai", "Bang Phli", "Samut Prakan"),
    ("แม่สาย", "แม่สาย", "เชียงราย", "57130", "Mae Sai", "Mae Sai", "Chiang Rai"),
    ("ตะพง", "เมืองระยอง", "ระยอง", "21000", "Taphong", "Mueang Rayong", "Rayong"),
    ("ในเมือง", "เมืองนครราชสีมา", "นครราชสีมา", "30000", "Nai Mueang", "Mueang Nakhon Ratchasima",
     "Nakhon Ratchasima"),
    ("วิชิต", "เมืองภูเก็ต", "ภูเก็ต", "83000", "Wichit", "Mueang Phuket", "Phuket"),
    ("ท่าช้าง", "บางกล่ำ", "สงขลา", "90110", "Tha Chang", "Bang Klam", "Songkhla"),
    ("คลองหนึ่ง", "คลองหลวง", "ปทุมธานี", "12120", "Khlong Nueng", "Khlong Luang", "Pathum Thani"),
]
BKK = [  # (khwaeng, khet, postcode, roman khwaeng, roman khet)
    ("คลองตันเหนือ", "วัฒนา", "10110", "Khlong Tan Nuea", "Watthana"),
    ("ลาดยาว", "จตุจักร", "10900", "Lat Yao", "Chatuchak"),
    ("บางจาก", "พระโขนง", "10260", "Bang Chak", "Phra Khanong"),
    ("ทุ่งมหาเมฆ", "สาทร", "10120", "Thung Maha Mek", "Sathon"),
    ("หัวหมาก", "บางกะปิ", "10240", "Hua Mak", "Bang Kapi"),
    ("บางยี่ขัน", "บางพลัด", "10700", "Bang Yi Khan", "Bang Phlat"),
    ("ดินแดง", "ดินแดง", "10400", "Din Daeng", "Din Daeng"),
    ("ท่าแร้ง", "บางเขน", "10220", "Tha Raeng", "Bang Khen"),
]
SOI = ["วัดบัวขวัญ", "รามอินทรา 40", "สุขุมวิท 101/1", "ลาดพร้าว 71", "เพชรเกษม 48", "ประชาอุทิศ 33", "โชคชัย 4",
       "แจ้งวัฒนะ 14", "พหลโยธิน 52", "ร่มเกล้า 21"]
ROAD = ["เพชรเกษม", "มิตรภาพ", "สุขุมวิท", "พหลโยธิน", "ราชพฤกษ์", "กาญจนวณิชย์", "ห้วยแก้ว", "เทพประสิทธิ์",
        "รัตนาธิเบศร์", "ศรีนครินทร์"]
VILLAGES = ["หมู่บ้านพฤกษา 12", "หมู่บ้านชัยพฤกษ์", "บ้านหนองบัวทอง", "คอนโดลุมพินีวิลล์", "หมู่บ้านศุภาลัยวิลล์"]
PLATE_PROV = ["กรุงเทพมหานคร", "เชียงใหม่", "ชลบุรี", "ขอนแก่น", "นนทบุรี", "สงขลา", "ภูเก็ต", "ปทุมธานี", "ระยอง",
              "นครราชสีมา"]
PLATE_LETTERS = "กขคงจฉชซฌญฎฐฒณดตถทธนบผพภมยรลวศษสหฬอฮ"
TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
             "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MAIL_DOMAINS = ["gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th", "icloud.com", "hotmail.co.th",
                "live.com", "proton.me"]
COMPANY_DOMAINS = ["siamkargo.co.th", "chaoprayalife.co.th", "nakornpay.com", "lanna-hospital.com", "maekhongtel.co.th",
                   "baanrak-estate.com", "kruathai-foods.co.th", "andaman-resort.com"]
BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา", "ทหารไทยธนชาต", "ออมสิน", "ธ.ก.ส."]
BANKS_EN = ["KBank", "SCB", "Bangkok Bank", "Krungthai", "Krungsri", "ttb", "GSB", "BAAC"]

# --------------------------------------------------------------------------------------------------
# s.26 phrase pools (Thai and English; the span is the phrase itself)
# --------------------------------------------------------------------------------------------------

S26 = {
    "HEALTH_DATA": [
        "เบาหวานชนิดที่ 2", "ความดันโลหิตสูง", "ติดเชื้อเอชไอวี", "มะเร็งเต้านมระยะที่ 2", "โรคซึมเศร้า",
        "โรคไบโพลาร์", "วัณโรคปอด", "ไตวายเรื้อรังระยะที่ 4", "ไวรัสตับอักเสบบีเรื้อรัง", "โรคลมชัก",
        "หลอดเลือดสมองตีบ", "โรคแพนิค", "ไข้เลือดออกเดงกี", "หอบหืดกำเริบ", "กระดูกสันหลังทับเส้นประสาท",
        "ติดเชื้อในกระแสเลือด", "มะเร็งลำไส้ใหญ่ระยะที่ 3", "โรคสะเก็ดเงิน", "ไขมันพอกตับ", "ตั้งครรภ์ 14 สัปดาห์",
    ],
    "HEALTH_DATA_EN": [
        "type 2 diabetes", "major depressive disorder", "HIV positive", "stage 3 colon cancer", "chronic kidney disease",
        "hepatitis B", "panic disorder", "schizophrenia", "gestational diabetes", "atrial fibrillation",
        "rheumatoid arthritis", "bipolar II disorder", "pulmonary tuberculosis", "post-traumatic stress disorder",
    ],
    "RELIGION": ["ศาสนาอิสลาม", "ศาสนาคริสต์", "พุทธ", "อิสลาม", "คริสต์นิกายคาทอลิก", "ศาสนาซิกข์", "ศาสนาฮินดู",
                 "คริสเตียนโปรเตสแตนต์", "มุสลิม", "ศาสนาพุทธ"],
    "RELIGION_EN": ["Muslim", "Catholic", "Buddhist", "Christian", "Sikh", "Hindu", "Protestant", "Islam"],
    "ETHNICITY": ["เชื้อสายจีน", "ชาติพันธุ์ม้ง", "ชาวกะเหรี่ยง", "เชื้อสายมลายู", "ไทใหญ่", "ชาวอาข่า", "ชาวลีซู",
                  "ชาวมอแกน", "เชื้อสายเวียดนาม", "ชาวเขาเผ่าลาหู่", "เชื้อสายมอญ", "ชาวไทดำ"],
    "ETHNICITY_EN": ["ethnic Karen", "Hmong", "Malay-Muslim", "Shan", "Akha", "ethnic Chinese", "Lahu", "Mon"],
    "POLITICAL_OPINION": ["สนับสนุนพรรคฝ่ายค้าน", "ร่วมชุมนุมเรียกร้องประชาธิปไตย", "สมาชิกพรรคการเมือง",
                          "แกนนำกลุ่มเสื้อแดง", "ต่อต้านรัฐประหาร", "หัวคะแนนพรรค", "สนับสนุนการแก้ไขมาตรา 112",
                          "ฝ่ายอนุรักษ์นิยม", "ผู้สนับสนุนกลุ่มราษฎร", "นิยมแนวคิดสังคมนิยม"],
    "POLITICAL_OPINION_EN": ["supports the opposition party", "anti-government protester", "party canvasser",
                             "registered member of a political party", "pro-democracy activist",
                             "outspoken royalist", "campaigned for the opposition"],
    "CRIMINAL_RECORD": ["ต้องโทษจำคุก 2 ปี", "เคยถูกจับคดียาเสพติด", "มีประวัติอาชญากรรม", "ถูกพิพากษาจำคุกฐานฉ้อโกง",
                        "คดีลักทรัพย์", "รอลงอาญา 1 ปี", "พ้นโทษคดีทำร้ายร่างกาย", "ถูกออกหมายจับคดีพยายามฆ่า",
                        "มีประวัติคดีเมาแล้วขับ", "ต้องคำพิพากษาคดียักยอกทรัพย์"],
    "CRIMINAL_RECORD_EN": ["convicted of fraud", "served 18 months for drug possession", "prior conviction for theft",
                           "outstanding arrest warrant", "suspended sentence for assault",
                           "convicted of drunk driving", "criminal record for embezzlement"],
    "SEXUAL_BEHAVIOUR": ["เป็นเกย์", "รักร่วมเพศ", "เลสเบี้ยน", "ไบเซ็กชวล", "มีคู่นอนหลายคน", "ใช้บริการทางเพศ",
                         "มีเพศสัมพันธ์โดยไม่ป้องกัน", "มีความสัมพันธ์ชู้สาว", "ชายรักชาย", "แปลงเพศ"],
    "SEXUAL_BEHAVIOUR_EN": ["gay", "bisexual", "lesbian", "men who have sex with men", "multiple sexual partners",
                            "unprotected sex", "same-sex partner"],
    "DISABILITY": ["พิการทางการเคลื่อนไหว", "หูหนวก", "ตาบอดสนิท", "ออทิสติก", "บกพร่องทางสติปัญญา", "ใช้รถเข็น",
                   "ขาขาดข้างซ้าย", "พิการทางการได้ยิน", "สายตาเลือนราง", "อัมพาตครึ่งซีก"],
    "DISABILITY_EN": ["wheelchair user", "legally blind", "hearing impaired", "deaf", "below-knee amputee",
                      "intellectual disability", "paraplegic", "on the autism spectrum"],
    "TRADE_UNION": ["สมาชิกสหภาพแรงงาน", "กรรมการสหภาพแรงงาน", "ประธานสหภาพแรงงาน", "เลขาธิการสหภาพแรงงาน",
                    "ผู้ก่อตั้งสหภาพแรงงาน", "สมาชิกสหภาพ", "ผู้แทนสหภาพแรงงาน"],
    "TRADE_UNION_EN": ["union member", "shop steward", "union committee member", "president of the labour union",
                       "joined the union", "union representative"],
    "GENETIC_DATA": ["ยีน BRCA1 กลายพันธุ์", "พาหะธาลัสซีเมีย", "พาหะฮีโมโกลบินอี", "HLA-B*15:02 ให้ผลบวก",
                     "ยีน APOE4 สองชุด", "กลุ่มอาการลินช์", "พาหะโรคฮีโมฟีเลีย", "ผลตรวจ DNA พิสูจน์ความเป็นบิดา",
                     "ยีน CYP2C19 แบบ poor metabolizer", "โครโมโซมคู่ที่ 21 เกิน"],
    "GENETIC_DATA_EN": ["BRCA2 pathogenic variant", "alpha-thalassemia carrier", "HLA-B*58:01 positive",
                        "Lynch syndrome (MLH1 mutation)", "APOE e4/e4 genotype", "paternity DNA match",
                        "CYP2D6 ultra-rapid metabolizer"],
    "BIOMETRIC_DATA": ["ลายนิ้วมือ", "ข้อมูลใบหน้า", "ภาพสแกนม่านตา", "ลายเส้นเลือดฝ่ามือ", "แม่แบบลายนิ้วมือ",
                       "เสียงพูดสำหรับยืนยันตัวตน", "ค่าเวกเตอร์ใบหน้า", "ลายมือชื่ออิเล็กทรอนิกส์แบบไบโอเมตริกซ์"],
    "BIOMETRIC_DATA_EN": ["fingerprint template", "face embedding", "iris scan", "voiceprint", "palm-vein pattern",
                          "facial geometry", "liveness selfie"],
}
TH_SUR += [
    "กาญจนศิลป์ชัย", "รุ่งโรจน์ธนาพร", "แสงอรุณเลิศ", "สายบัวทิพย์", "มณีรัตนโกศล", "ชุ่มชื่นวารี", "บำรุงราษฎร์",
    "วิเศษสินธุ์", "อุดมผลไพศาล", "เกตุแก้วหอม", "ศรีบุญเรือง", "ประทุมมาศ", "นิลสุวรรณเดช", "ขจรเกียรติไกร",
    "พานทองคำดี", "สมบูรณ์ทรัพย์สิน", "ไตรรัตนาภิรักษ์", "อุ่นเรือนงาม", "คงกระพันธ์ชัย", "ลือชาเดชา",
    "เหมือนแก้วใส", "ทรัพย์เจริญผล", "ปาละสุวรรณ", "ชาญณรงค์ฤทธิ์", "จิตต์สว่างวงศ์", "ภักดีราชนาวี",
    "หงษ์ทองเจริญ", "สีดาวงศ์ไพร", "บุญประกอบกิจ", "มหาวงศ์ทรัพย์",
]
ROMAN_SUR += ["Kanjanasilpachai", "Rungrotthanaporn", "Saengarunlert", "Maneeratanakosol", "Udomphonphaisan",
              "Ketkaewhom", "Sriboonruang", "Khajornkiatkrai", "Triratanapirak", "Luechadecha"]


def _w(r: random.Random, seq):
    return r.choice(seq)


class Names:
    """Name makers; each returns a plain string (the PERSON span), titles are added by templates."""

    def __init__(self, r: random.Random):
        self.r = r

    def thai(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.70:
            return f"{r.choice(TH_GIVEN)} {r.choice(TH_SUR)}"
        if k < 0.82:
            return f"{r.choice(MUSLIM_GIVEN)} {r.choice(MUSLIM_SUR)}"
        if k < 0.92:
            return f"{r.choice(HILL_GIVEN)} {r.choice(HILL_SUR)}"
        return r.choice(NEIGHBOUR_TH)

    def thai_given(self) -> str:
        return self.r.choice(TH_GIVEN + MUSLIM_GIVEN)

    def roman(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.6:
            return f"{r.choice(ROMAN_GIVEN)} {r.choice(ROMAN_SUR)}"
        if k < 0.75:
            return " ".join(r.choice(MUSLIM_ROMAN))
        return r.choice(NEIGHBOUR_ROMAN)

    def roman_upper(self) -> str:
        n = f"{self.r.choice(ROMAN_GIVEN)} {self.r.choice(ROMAN_SUR)}".upper()
        return n if self.r.random() < 0.5 else ", ".join(reversed(n.split(" ", 1)))

    def expat(self) -> str:
        return f"{self.r.choice(WEST_GIVEN)} {self.r.choice(WEST_SUR)}"

    def nick(self) -> str:
        return self.r.choice(NICKS)

    def nick_roman(self) -> str:
        return self.r.choice(NICKS_ROMAN)

    def any(self) -> str:
        k = self.r.random()
        return self.thai() if k < 0.55 else self.roman() if k < 0.85 else self.expat()

    def th_title(self) -> str:
        return self.r.choice(["นาย", "นาง", "น.ส.", "นางสาว", "ดร.", "ผศ.", "ด.ช.", "พ.ต.อ.", "ร.ต.ท.", "คุณ", ""])

    def en_title(self) -> str:
        return self.r.choice(["Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Khun ", "Mr ", "Ms "])


def thai_id(r: random.Random, fmt: str | None = None) -> str:
    while True:
        d = str(r.choice([1, 1, 1, 3, 3, 5, 8])) + "".join(str(r.randint(0, 9)) for _ in range(11))
        full = d + pin.calc_check_digit(d)
        if pin.is_valid(full):
            break
    fmt = fmt or r.choice(["plain", "dash", "dash", "space", "plain"])
    if fmt == "dash":
        return f"{full[0]}-{full[1:5]}-{full[5:10]}-{full[10:12]}-{full[12]}"
    if fmt == "space":
        return f"{full[0]} {full[1:5]} {full[5:10]} {full[10:12]} {full[12]}"
    if fmt == "thai":
        return full.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    return full


def juristic(r: random.Random, dashed: bool | None = None) -> str:
    d = "0" + r.choice(["1055", "1075", "1105", "1135", "5055", "2035", "8365"]) + "".join(
        str(r.randint(0, 9)) for _ in range(7))
    full = d + moa.calc_check_digit(d)
    if dashed if dashed is not None else r.random() < 0.5:
        return f"{full[0]}-{full[1:5]}-{full[5:10]}-{full[10:12]}-{full[12]}"
    return full


def epoch_ms(r: random.Random) -> str:
    while True:
        v = str(r.randint(1_700_000_000_000, 1_829_999_999_999))
        if pin.is_valid(v):
            return v


def _phone_once(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["mob", "mob", "mob", "mob", "land", "intl"])
    if kind == "land":
        area = r.choice(["02", "053", "074", "043", "038", "076", "044"])
        if area == "02":
            rest = f"{r.randint(100, 999)}{r.randint(1000, 9999)}"
            return r.choice([f"02-{rest[:3]}-{rest[3:]}", f"02 {rest[:3]} {rest[3:]}", f"0 2{rest[:3]} {rest[3:]}",
                             f"(02) {rest[:3]}-{rest[3:]}"])
        rest = f"{r.randint(200, 999)}{r.randint(100, 999)}"
        return r.choice([f"{area}-{rest[:3]}-{rest[3:]}", f"{area} {rest}", f"{area}{rest}"])
    pre = r.choice(["08", "09", "06"]) + str(r.randint(1, 9))
    if pre[1] == "6" and pre[2] == "9":
        pre = "061"
    rest = f"{r.randint(100, 999)}{r.randint(1000, 9999)}"
    num = pre + rest
    if kind == "intl":
        return r.choice([f"+66 {num[1:3]} {num[3:6]} {num[6:]}", f"+66{num[1:]}", f"+66-{num[1:3]}-{num[3:6]}-{num[6:]}",
                         f"66{num[1:]}", f"+66 (0) {num[1:3]} {num[3:6]} {num[6:]}"])
    return r.choice([f"{num[:3]}-{num[3:6]}-{num[6:]}", num, f"{num[:3]} {num[3:6]} {num[6:]}",
                     f"{num[:2]}-{num[2:6]}-{num[6:]}", f"{num[:3]}.{num[3:6]}.{num[6:]}", f"{num[:3]}-{num[3:]}"])


def _foreign_phone_once(r: random.Random) -> str:
    return r.choice([f"+95 9 {r.randint(250, 799)} {r.randint(100, 999)} {r.randint(100, 999)}",
                     f"+855 {r.choice(['12', '17', '92'])} {r.randint(100, 999)} {r.randint(100, 999)}",
                     f"+44 79{r.randint(10, 99)} {r.randint(100000, 999999)}", f"+81 90-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                     f"+91 98{r.randint(100, 999)} {r.randint(10000, 99999)}"])


def _valid_phone(s: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(s.translate(THAI_DIGITS), "TH"))
    except phonenumbers.NumberParseException:
        return False


def phone(r: random.Random, kind: str | None = None) -> str:
    """A Thai number in one of many written forms, redrawn until libphonenumber accepts it."""
    while True:
        v = _phone_once(r, kind)
        if _valid_phone(v):
            return v


def foreign_phone(r: random.Random) -> str:
    while True:
        v = _foreign_phone_once(r)
        if _valid_phone(v):
            return v


def email(r: random.Random, name: str | None = None, company: bool = False) -> str:
    base = name or f"{r.choice(ROMAN_GIVEN)}.{r.choice(ROMAN_SUR)}"
    base = base.lower().replace(" ", r.choice([".", "_", ""])).replace(",", "").replace("-", "")
    if not base.isascii():
        base = f"{r.choice(NICKS_ROMAN).lower()}{r.choice(['', '.', '_'])}{r.choice(ROMAN_SUR).lower()[:5]}"
    suffix = r.choice(["", "", str(r.randint(1, 99)), str(r.randint(1985, 2004)), "_th"])
    dom = r.choice(COMPANY_DOMAINS) if company else r.choice(MAIL_DOMAINS)
    return f"{base}{suffix}@{dom}"


def card(r: random.Random, sep: str | None = None) -> str:
    prefix = r.choice(["4", "4", "5" + str(r.randint(1, 5)), "3" + r.choice("47"), "35" + str(r.randint(28, 89))])
    length = 15 if prefix[:2] in ("34", "37") else 16
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    full = body + luhn.calc_check_digit(body)
    sep = r.choice([" ", "-", ""]) if sep is None else sep
    if length == 15:
        return sep.join([full[:4], full[4:10], full[10:]])
    return sep.join(full[i:i + 4] for i in range(0, 16, 4))


def ip(r: random.Random, v6: bool = False) -> str:
    if v6:
        return f"2405:9800:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"
    return r.choice([f"171.{r.randint(96, 103)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"49.{r.randint(228, 231)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"58.{r.randint(8, 11)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"110.{r.randint(164, 171)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"])


def line_id(r: random.Random, at: bool | None = None) -> str:
    base = r.choice([f"{r.choice(NICKS_ROMAN).lower()}{r.choice(['.', '_', ''])}{r.randint(1, 999)}",
                     f"{r.choice(ROMAN_GIVEN).lower()[:6]}.{r.choice(ROMAN_SUR).lower()[:4]}",
                     f"{r.choice(['nong', 'pee', 'jay', 'kru', 'mama'])}{r.choice(NICKS_ROMAN).lower()}",
                     f"{r.choice(NICKS_ROMAN).lower()}-{r.choice(['shop', 'chill', 'zaa', 'ky', 'jung'])}"])
    if at if at is not None else r.random() < 0.35:
        return "@" + base
    return base


def bank_acct(r: random.Random) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(12))
    return r.choice([f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}", f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}", d[:10],
                     f"{d[:3]} {d[3]} {d[4:9]} {d[9]}", f"{d[:4]}-{d[4:8]}-{d[8:12]}", d[:12],
                     f"{d[:3]}-{d[3:6]}-{d[6:10]}"])


def passport(r: random.Random) -> str:
    return f"{r.choice(['AA', 'AB', 'AC', 'AD', 'AE'])}{r.randint(1000000, 9999999)}"


def foreign_passport(r: random.Random) -> str:
    return r.choice([f"MC{r.randint(100000, 999999)}", f"N{r.randint(1000000, 9999999)}",
                     f"TR{r.randint(1000000, 9999999)}", f"P{r.randint(10000000, 99999999)}"])


def student_id(r: random.Random) -> str:
    y = r.randint(63, 68)
    return r.choice([f"{y}{r.randint(10, 99)}{r.randint(100000, 999999)}", f"{y}0{r.randint(1000000, 9999999)}",
                     f"B{y}{r.randint(10000, 99999)}", f"{y}-{r.randint(100, 999)}-{r.randint(10000, 99999)}",
                     f"{y}{r.randint(1000000, 9999999)}-{r.randint(0, 9)}"])


def hn(r: random.Random) -> str:
    return r.choice([f"{r.randint(1000, 99999)}/{r.randint(60, 68)}", f"{r.randint(60, 68)}-{r.randint(10000, 99999)}",
                     f"{r.randint(1000000, 9999999)}", f"HN{r.randint(10000000, 99999999)}",
                     f"{r.randint(60, 68)}{r.randint(100000, 999999)}", f"0{r.randint(100000, 999999)}"])


def plate(r: random.Random, with_prov: bool = True) -> str:
    L = PLATE_LETTERS
    core = r.choice([f"{r.choice(L)}{r.choice(L)} {r.randint(1, 9999)}", f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L)} {r.randint(1, 9999)}",
                     f"{r.choice(L)}{r.choice(L)}-{r.randint(1000, 9999)}", f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L)}{r.randint(100, 9999)}",
                     f"{r.randint(70, 89)}-{r.randint(1000, 9999)}"])
    return f"{core} {r.choice(PLATE_PROV)}" if with_prov else core


def address(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["full", "abbr", "bkk", "bkk", "en", "village"])
    no = r.choice([f"{r.randint(1, 299)}/{r.randint(1, 99)}", str(r.randint(3, 888)), f"{r.randint(10, 99)}/{r.randint(100, 999)}"])
    if style in ("bkk", "bkk_en"):
        kh, khet, pc, rk, rkh = r.choice(BKK)
        if style == "bkk_en":
            return f"{no} Soi {r.choice(['Sukhumvit 71', 'Ladprao 48', 'Ramkhamhaeng 24', 'Pracha Songkhro 11'])}, {rk}, {rkh}, Bangkok {pc}"
        return r.choice([f"{no} ซอย{r.choice(SOI)} ถนน{r.choice(ROAD)} แขวง{kh} เขต{khet} กรุงเทพมหานคร {pc}",
                         f"{no} ซ.{r.choice(SOI)} แขวง{kh} เขต{khet} กทม. {pc}",
                         f"ห้อง {r.randint(101, 2899)} อาคาร{r.choice(['ไลฟ์ทาวเวอร์', 'เดอะพาร์ค', 'ศุภาลัยเพลส'])} เลขที่ {no} ถนน{r.choice(ROAD)} แขวง{kh} เขต{khet} กรุงเทพฯ {pc}"])
    t, a, p, pc, rt, ra, rp = r.choice(PLACES)
    if style == "en":
        return f"{no} Moo {r.randint(1, 15)}, {rt} Sub-district, {ra} District, {rp} {pc}"
    if style == "abbr":
        return f"{no} ม.{r.randint(1, 15)} ต.{t} อ.{a} จ.{p} {pc}"
    if style == "village":
        return f"บ้านเลขที่ {no} {r.choice(VILLAGES)} หมู่ที่ {r.randint(1, 15)} ตำบล{t} อำเภอ{a} จังหวัด{p} {pc}"
    if style == "noprov_pc":
        return f"{no} หมู่ {r.randint(1, 15)} ต.{t} อ.{a} จ.{p}"
    return f"{no} หมู่ {r.randint(1, 15)} ซอย{r.choice(SOI)} ถนน{r.choice(ROAD)} ตำบล{t} อำเภอ{a} จังหวัด{p} {pc}"


def dob(r: random.Random, style: str | None = None) -> str:
    y = r.randint(1952, 2009)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    style = style or r.choice(["th_full", "th_abbr", "iso", "slash_be", "slash_ce", "en", "en2"])
    if style == "th_full":
        return f"{d} {TH_MONTHS[m - 1]} {y + 543}"
    if style == "th_abbr":
        return f"{d} {TH_MON_ABBR[m - 1]} {r.choice([str(y + 543), str(y + 543)[2:]])}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "slash_be":
        return f"{d:02d}/{m:02d}/{y + 543}"
    if style == "slash_ce":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "en":
        return f"{d} {EN_MONTHS[m - 1][:3]} {y}"
    return f"{EN_MONTHS[m - 1]} {d}, {y}"


def s26(r: random.Random, etype: str, en: bool = False) -> tuple[str, str]:
    pool = S26[etype + "_EN"] if en else S26[etype]
    return (etype, r.choice(pool))


def money(r: random.Random) -> str:
    return r.choice([f"{r.randint(1, 99)},{r.randint(100, 999)}.00 บาท", f"฿{r.randint(100, 9999):,}",
                     f"THB {r.randint(1000, 250000):,}", f"{r.randint(199, 4999)} บาท"])


def filler(r: random.Random, pool: list[str], n: int) -> str:
    return " ".join(r.sample(pool, min(n, len(pool))))


def js(parts: list) -> list:
    """JSON-escape the plain strings of a part list (values must need no escaping)."""
    out = []
    for p in parts:
        if isinstance(p, tuple):
            assert json.dumps(p[1], ensure_ascii=False)[1:-1] == p[1], p
            out.append(p)
        else:
            out.append(json.dumps(p, ensure_ascii=False)[1:-1])
    return out


def messages(turns: list[tuple[str, list]], model: str = "gpt-4o-mini") -> list:
    """An OpenAI chat-completions request body whose message contents are part lists."""
    out: list = ['{"model": "' + model + '", "messages": [']
    for i, (role, parts) in enumerate(turns):
        out.append(("" if i == 0 else ", ") + '{"role": "' + role + '", "content": "')
        out.extend(js(parts))
        out.append('"}')
    out.append('], "temperature": 0.2}')
    return out


LEADS = {
    "th": ["", "รบกวนหน่อยค่ะ ", "ด่วนนะครับ ", "[งานจากหัวหน้า] ", "ขอแบบสั้นๆ นะ ", "ช่วยทีครับ ", "ทำให้ก่อนบ่ายสามได้ไหม ",
           "(ใช้ในสไลด์ประชุมพรุ่งนี้) ", "พี่ขอหน่อยนะ ", "อีกเรื่องนึง "],
    "en": ["", "Quick one: ", "Urgent - ", "[for tomorrow's deck] ", "Hi! ", "pls help: ", "Task from my manager: ",
           "Keep it short. ", "Second try, the last answer was too long. ", "FYI context below. "],
}


def lead(r: random.Random, lang: str) -> str:
    """A varying opening so that two prompts of a fixed-text template differ."""
    return r.choice(LEADS[lang])


@dataclass(frozen=True)
class Template:
    name: str
    domain: str
    fn: Callable
    negative: bool = False
    s26_hard_negative: str | None = None


TEMPLATES: list[Template] = []


def tpl(domain: str, negative: bool = False, hard: str | None = None):
    def deco(fn):
        TEMPLATES.append(Template(fn.__name__, domain, fn, negative or hard is not None, hard))
        return fn
    return deco


class Ctx:
    """What a template draws from: the random source, names and a seeded Faker."""

    def __init__(self, r: random.Random, fk: faker.Faker):
        self.r = r
        self.n = Names(r)
        self.fk = fk

PER, NID, PH, EM, CC, IPA, LN, BA, PP, SID, MRN, PL, AD, DOB, JUR = ENTITY_TYPES[:15]
HE, RE, ET, PO, CR, SX, DI, TU, GE, BI = S26_TYPES

# ==================================================================================================
# Positive templates
# ==================================================================================================


@tpl("insurance")
def ins_claim_line_chat(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["[LINE] แชทกับลูกค้า เคลมสุขภาพ (export)\n", f"{r.randint(9, 11)}:{r.randint(10, 59)} ", (PER, n.nick()),
            ": สวัสดีค่ะ จะเคลมค่ารักษาค่ะ พ่อเข้า รพ. เมื่อวาน\n10:02 เจ้าหน้าที่: รบกวนขอชื่อผู้เอาประกันและเลขบัตรค่ะ\n",
            f"{r.randint(10, 11)}:{r.randint(10, 59)} ", (PER, n.nick()), ": ชื่อ ", (PER, n.thai()), " ค่ะ เลขบัตร ",
            (NID, thai_id(r)), " หมอบอกว่าเป็น", (HE, r.choice(S26["HEALTH_DATA"])),
            " ต้องนอนโรงพยาบาล 5 วัน ค่ะ\n10:07 เจ้าหน้าที่: รับทราบค่ะ\n\n---\nช่วยสรุปเคสนี้เป็นแบบฟอร์มเคลมให้หน่อย"]


@tpl("insurance")
def ins_claim_email_en(c: Ctx) -> list:
    r, n = c.r, c.n
    nm = n.roman()
    return ["Subject: RE: RE: Claim CLM-", str(r.randint(100000, 999999)), " - supporting docs\n\nHi team,\n\n"
            "Please draft a polite reply to the customer below. Keep it under 120 words.\n\n> From: ", (PER, nm), " <",
            (EM, email(r, nm)), ">\n> Sent: ", f"{r.randint(1, 28)} Nov 2026", "\n> I already sent the discharge paper twice. "
            "My wife was admitted for ", (HE, r.choice(S26["HEALTH_DATA_EN"])), " and the hospital said the pre-approval "
            "was rejected. Policy holder ID card ", (NID, thai_id(r)), ". Call me at ", (PH, phone(r)),
            " if anything is missing.\n>\n> Regards,\n> ", (PER, nm.split()[0]), "\n"]


@tpl("insurance")
def ins_motor_ocr(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ข้อความ OCR จากใบแจ้งเคลมรถยนต์ (สแกนไม่ชัด)\n\nใบ แจ้ง เหตุ / CLAIM NOTIFI CATION\nผู้ขับ ขี่ : นาย ",
            (PER, n.thai()), "\nเลข ประจำ ตัว ประชาชน  ", (NID, thai_id(r, "space")), "\nทะเบียน รถ   ", (PL, plate(r)),
            "\nโทร.  ", (PH, phone(r, "mob")), "\nสถาน ที่ เกิด เหตุ  แยก", r.choice(ROAD), " ขา เข้า\nลักษณะ ความ เสียหาย  กันชน หน้า ยุบ\n\n"
            "ช่วยแปลงเป็น JSON ตาม schema claim_v3 ให้ด้วย"]


@tpl("telecom")
def tel_sim_reregister(c: Ctx) -> list:
    r, n = c.r, c.n
    nm = n.thai()
    return ["ลูกค้าขอลงทะเบียนซิมใหม่ หลังซิมหาย ช่วยร่างข้อความยืนยันส่ง SMS (ไม่เกิน 70 ตัวอักษร)\n"
            "ชื่อ: ", (PER, nm), "\nเบอร์ที่ย้ายค่าย: ", (PH, phone(r, "mob")), "\nเลขบัตร: ", (NID, thai_id(r)),
            "\nหมายเหตุ: ลูกค้ายืนยันตัวตนด้วย", (BI, r.choice(["ข้อมูลใบหน้า", "ค่าเวกเตอร์ใบหน้า", "ภาพสแกนใบหน้า"])),
            " ผ่านแอป (face match score 0.93)\n"]


@tpl("telecom")
def tel_support_transcript_stt(c: Ctx) -> list:
    r, n = c.r, c.n
    ph = phone(r, "mob").replace("-", " ")
    return ["transcript (speech-to-text, auto) call id ", str(r.randint(10**8, 10**9)), "\n\nagent: สวัสดีครับ ",
            "ยินดีให้บริการครับ\ncustomer: เอ่อ คือเน็ตมันหลุดบ่อยมากเลยค่ะ\nagent: ขอทราบชื่อ นามสกุลครับ\ncustomer: ",
            (PER, n.thai()), " ค่ะ\nagent: เบอร์ที่ใช้งานครับ\ncustomer: ศูนย์ ", (PH, ph),
            " ค่ะ\nagent: ขอบคุณครับ ที่อยู่ติดตั้ง\ncustomer: ", (AD, address(r, "full")),
            " ค่ะ\nagent: รับทราบครับ จะส่งช่างเข้าไปครับ\n\nสรุปปัญหาและ next action ให้หน่อย"]


@tpl("telecom")
def tel_billing_en_staff(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["Pls help me write email to customer, english, polite. Customer name ", (PER, n.roman_upper()),
            " , postpaid no. ", (PH, phone(r, "intl")), " , he complain bill 2 month double charge on card ",
            (CC, card(r)), " . We already refund ", money(r), " to his acc ", (BA, bank_acct(r)),
            " (", r.choice(BANKS_EN), "). Tell him wait 7-14 working day. Dont say sorry too much."]


@tpl("government")
def gov_eservice_json(c: Ctx) -> list:
    r, n = c.r, c.n
    body = js(['{"service": "welfare_card_renewal", "citizen": {"name_th": "', (PER, n.thai()), '", "pid": "',
               (NID, thai_id(r, "plain")), '", "birth_date": "', (DOB, dob(r, "slash_be")), '", "address": "',
               (AD, address(r, "abbr")), '", "disability_type": "', (DI, r.choice(S26["DISABILITY"])),
               '"}, "channel": "kiosk"}'])
    return ["ตรวจสอบ payload นี้ว่าขาดฟิลด์อะไรตามคู่มือ e-service ข้อ 4.2\n```json\n"] + [
        p if isinstance(p, tuple) else p.replace('\\"', '"') for p in body] + ["\n```"]


@tpl("government")
def gov_complaint_letter(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ช่วยเรียบเรียงหนังสือร้องเรียนถึงนายอำเภอให้เป็นภาษาราชการ\n\nข้าพเจ้า นาง", (PER, n.thai()),
            " อายุ ", str(r.randint(35, 70)), " ปี อยู่บ้านเลขที่ ", (AD, address(r, "noprov_pc")),
            " โทร ", (PH, phone(r)), " ขอร้องเรียนว่าเพื่อนบ้านเปิดเพลงเสียงดังทุกคืน ตั้งแต่ย้ายมา บอกดีๆก็ไม่ฟัง "
            "ลูกชายดิฉัน", (DI, r.choice(["เป็นออทิสติก", "ออทิสติก", "บกพร่องทางสติปัญญา"])),
            " ตกใจเสียงดังทุกคืนนอนไม่ได้เลยค่ะ"]


@tpl("government")
def gov_passport_appt_en(c: Ctx) -> list:
    r, n = c.r, c.n
    nm = n.roman()
    return ["ร่าง SMS และอีเมลเตือนนัดต่ออายุหนังสือเดินทางให้ผู้ยื่นคำร้องด้านล่าง (ภาษาไทยและอังกฤษ)\nApplicant: ", (PER, nm), "\nOld passport: ",
            (PP, passport(r)), "\nDOB: ", (DOB, dob(r, "en")), "\nMobile: ", (PH, phone(r, "intl")), "\nEmail: ",
            (EM, email(r, nm)), "\nOffice: Passport Office, Chaeng Watthana, slot 09:30\n"]


@tpl("school")
def sch_grade_csv(c: Ctx) -> list:
    r, n = c.r, c.n
    rows: list = ["student_id,name,gpa,note\n"]
    for _ in range(3):
        rows += [(SID, student_id(r)), ",", (PER, n.thai()), f",{r.randint(200, 400) / 100:.2f},", r.choice(["-", "ขาดสอบกลางภาค", "ok"]), "\n"]
    rows += [(SID, student_id(r)), ",", (PER, n.thai()), f",{r.randint(200, 400) / 100:.2f},ขอสอบแยกห้อง ",
             (DI, r.choice(["สายตาเลือนราง", "พิการทางการได้ยิน", "ใช้รถเข็น"])), "\n"]
    return ["ช่วยจัดกลุ่มนักศึกษาที่ GPA < 2.5 และสรุปหมายเหตุ\n\n", *rows]


@tpl("school")
def sch_parent_line_typo(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ครูคะ ช่วยแก้คำผิดให้หน่อยนะคะ จะส่งไลน์กลุ่มผู้ปกครอง\n\n\"เรียนผู้ปกครองน้อง", (PER, n.nick()),
            " ค่ะ วันนี้น้องมีอาการ", (HE, r.choice(["หอบหืดกำเริบ", "ลมชัก", "ไข้เลือดออกเดงกี"])),
            " ที่โรงเรีนย ครูพาไปห้องพยาบาลเรียบร้อยแล้ว รบกวนผปค.ติดต่อกลับที่เบอ ", (PH, phone(r, "mob")),
            " หรือแอดไลน์ครู ", (LN, line_id(r)), " ด้วยนะคะ ขอบคุนค่ะ\""]


@tpl("university")
def uni_scholarship_en(c: Ctx) -> list:
    r, n = c.r, c.n
    nm = n.roman()
    return ["สรุปใบสมัครทุนการศึกษานี้เป็นภาษาไทย 3 ข้อสำหรับกรรมการ (ต้นฉบับเป็นภาษาอังกฤษ)\n\nApplicant: ", (PER, nm),
            " | Student ID ", (SID, student_id(r)), " | Faculty of Engineering\nFamily background: father is a rubber tapper in ",
            "Yala, mother sells roti. Family is ", (RE, r.choice(["Muslim", "Islam"])), " and of ",
            (ET, r.choice(["Malay-Muslim", "Malay"])), " heritage; first in family to attend university.\n"
            "Bank for disbursement: ", (BA, bank_acct(r)), " (Krungthai)\nContact: ", (EM, email(r, nm)), "\n"]


@tpl("university")
def uni_counselling_note(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["บันทึกการให้คำปรึกษา (ลับ) — ศูนย์ให้คำปรึกษานักศึกษา\nนักศึกษา: ", (PER, n.thai()), " รหัส ",
            (SID, student_id(r)), "\nประเด็น: นักศึกษาเปิดเผยว่าตนเอง", (SX, r.choice(["เป็นเกย์", "ไบเซ็กชวล", "เลสเบี้ยน"])),
            " และครอบครัวไม่ยอมรับ มีภาวะ", (HE, r.choice(["โรคซึมเศร้า", "โรคแพนิค"])),
            " นัดติดตามอีก 2 สัปดาห์\nผู้ให้คำปรึกษา: ผศ.ดร.", (PER, n.thai()), "\n\nช่วยเขียน follow-up plan แบบสั้นๆ"]


@tpl("logistics")
def log_failed_delivery_chat(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ลูกค้าทักมาว่าของไม่ถึง ช่วยตอบแบบสุภาพ\n\nลูกค้า: พัสดุเลข TH", str(r.randint(10**11, 10**12 - 1)),
            " ค้างที่ศูนย์มา 4 วันแล้วค่ะ ชื่อผู้รับ ", (PER, n.thai()), " เบอร์ ", (PH, phone(r)),
            " ส่งที่ ", (AD, address(r)), " นะคะ ไรเดอร์ไม่โทรมาเลย"]


@tpl("logistics")
def log_driver_roster_tsv(c: Ctx) -> list:
    r, n = c.r, c.n
    out: list = ["driver\tplate\tphone\troute\n"]
    for _ in range(3):
        out += [(PER, n.any()), "\t", (PL, plate(r)), "\t", (PH, phone(r, "mob")), "\t", r.choice(["BKK-CNX", "BKK-HDY", "LCB-KKC"]), "\n"]
    return ["Roster pasted from Google Sheets. Find drivers that appear on two routes on the same day:\n\n", *out]


@tpl("fintech")
def fin_kyc_tool_call(c: Ctx) -> list:
    r, n = c.r, c.n
    args = js(['{"full_name": "', (PER, n.thai()), '", "national_id": "', (NID, thai_id(r, "plain")), '", "dob": "',
               (DOB, dob(r, "iso")), '", "selfie_check": {"type": "', (BI, r.choice(["face embedding", "liveness selfie", "facial geometry"])),
               '", "score": 0.97}}'])
    return ['{"role": "assistant", "tool_calls": [{"id": "call_', c.fk.lexify("????????"), '", "type": "function", "function": {"name": "submit_ekyc", "arguments": "', *args, '"}}]}']


@tpl("fintech")
def fin_fraud_review_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ทีม fraud ถามว่าพฤติกรรมนี้เข้าข่าย account takeover ไหม ตอบ ใช่/ไม่ใช่ พร้อมเหตุผลเป็นภาษาไทย\n\nUser ", (PER, n.roman()),
            " logged in from ", (IPA, ip(r)), " then ", (IPA, ip(r)), " within 3 min, added card ",
            (CC, card(r, " ")), ", changed phone to ", (PH, phone(r, "intl")),
            " and transferred THB 49,900 to acct ", (BA, bank_acct(r)), "."]


@tpl("hospital")
def hos_discharge_short(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["สรุป discharge summary ให้ญาติอ่านเข้าใจง่าย\n\nผู้ป่วย: ", (PER, n.thai()), "  HN ", (MRN, hn(r)),
            "\nวันเกิด ", (DOB, dob(r, "th_abbr")), "\nDx: ", (HE, r.choice(S26["HEALTH_DATA"])), ", ",
            (HE, r.choice(S26["HEALTH_DATA_EN"])), "\nยาที่ได้รับ: metformin 500 mg bid, amlodipine 5 mg od\nนัด F/U 2 wk"]


@tpl("hospital")
def hos_genetic_counsel_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["Write a lay summary of this genetic counselling note for the patient.\n\nPt: ", (PER, n.roman()),
            ", MRN ", (MRN, hn(r)), "\nResult: ", (GE, r.choice(S26["GENETIC_DATA_EN"])),
            ". Family hx: mother had breast ca at 44.\nPlan: discuss risk-reducing options; cascade testing for sister ",
            (PER, n.roman()), ".\n"]


@tpl("hospital")
def hos_thal_premarital(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ผลตรวจก่อนแต่งงาน คู่นี้ควรให้คำแนะนำอย่างไร\nฝ่ายชาย: ", (PER, n.thai()), " HN ", (MRN, hn(r)), " — ",
            (GE, r.choice(["พาหะธาลัสซีเมีย", "พาหะฮีโมโกลบินอี"])), "\nฝ่ายหญิง: ", (PER, n.thai()), " HN ", (MRN, hn(r)),
            " — ", (GE, r.choice(["พาหะธาลัสซีเมีย", "พาหะฮีโมโกลบินอี"])), "\nตอบสั้นๆ เป็นภาษาชาวบ้าน"]


@tpl("hr")
def hr_onboarding_sql(c: Ctx) -> list:
    r, n = c.r, c.n
    out: list = ["-- ย้ายข้อมูลพนักงานจากระบบเก่า ช่วยเขียนใหม่เป็น INSERT หลายแถวคำสั่งเดียวสำหรับ Postgres และบอกด้วยว่าคอลัมน์ไหนเป็นข้อมูลอ่อนไหว\n"]
    for _i in range(3):
        nm = n.roman()
        out += ["INSERT INTO employee (emp_no, full_name, citizen_id, email, religion) VALUES (", str(r.randint(10000, 99999)),
                ", '", (PER, nm), "', '", (NID, thai_id(r, "plain")), "', '", (EM, email(r, nm, company=True)), "', '",
                (RE, r.choice(S26["RELIGION_EN"])), "');\n"]
    return out


@tpl("hr")
def hr_leave_request_colloquial(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["พี่คะ ช่วยเกลาข้อความลาป่วยให้ดูเป็นทางการหน่อยค่ะ 555\n\n\"เรียนหัวหน้า หนู", (PER, n.nick()),
            " ฝ่ายบัญชีนะคะ ขอลาป่วย 3 วันค่ะ พอดีหมอวินิจฉัยว่าเป็น", (HE, r.choice(["ไวรัสตับอักเสบบีเรื้อรัง", "โรคสะเก็ดเงิน", "ไขมันพอกตับ", "โรคไบโพลาร์"])),
            " ต้องไปตามนัดรพ.ทุกอาทิตย์ มีใบรับรองแพทย์แนบค่ะ ติดต่อหนูได้ที่ไลน์ ", (LN, line_id(r, True)), " นะคะ\""]


@tpl("hr")
def hr_background_check_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["Background screening result, candidate for Warehouse Supervisor. Decide: proceed / hold. Be fair.\n\n"
            "Candidate: ", (PER, n.roman_upper()), "\nID: ", (NID, thai_id(r)), "\nCriminal check (Royal Thai Police): ",
            (CR, r.choice(S26["CRIMINAL_RECORD_EN"])), " (2019)\nDriving licence check: valid\nReference: ",
            (PER, n.expat()), ", former manager, ", (PH, phone(r)), "\n"]


@tpl("hr")
def hr_union_grievance(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ร่างหนังสือตอบข้อร้องเรียนของพนักงาน ห้ามพาดพิงเรื่องการเป็นสมาชิกสหภาพ\n\nผู้ร้อง: ", (PER, n.thai()),
            " รหัสพนักงาน E", str(r.randint(1000, 9999)), " ซึ่งเป็น", (TU, r.choice(["กรรมการสหภาพแรงงาน", "สมาชิกสหภาพแรงงาน", "ผู้แทนสหภาพแรงงาน"])),
            "ของโรงงาน ร้องว่าถูกย้ายกะไปทำงานกลางคืนหลังจากยื่นข้อเรียกร้องเรื่องโบนัส\nโทรศัพท์ผู้ร้อง ", (PH, phone(r)), "\n"]


@tpl("hr")
def hr_payroll_migrant_workers(c: Ctx) -> list:
    r = c.r
    out: list = ["ตารางเงินเดือนแรงงานต่างด้าว (คัดลอกจาก Excel) ช่วยคำนวณประกันสังคม 5% ให้แต่ละคน\n\n"
                 "| ชื่อ | พาสปอร์ต | บัญชี | ค่าจ้าง |\n|---|---|---|---|\n"]
    for _ in range(3):
        out += ["| ", (PER, r.choice(NEIGHBOUR_TH + NEIGHBOUR_ROMAN)), " | ", (PP, foreign_passport(r)), " | ",
                (BA, bank_acct(r)), f" | {r.randint(9000, 16000):,} |\n"]
    return out


@tpl("legal")
def law_court_summary_en(c: Ctx) -> list:
    r, n = c.r, c.n
    d = n.roman()
    return ["Summarise this Thai court judgment (translated) in plain English for the client memo.\n\n"
            "Black Case No. Or.", str(r.randint(100, 4999)), "/2568 — Red Case No. Or.", str(r.randint(100, 4999)),
            "/2569\nPublic Prosecutor v. ", (PER, d), "\nThe defendant, ID no. ", (NID, thai_id(r)), ", residing at ",
            (AD, address(r, "en")), ", was found guilty and is ", (CR, r.choice(["sentenced to 3 years' imprisonment", "convicted of fraud",
                                                                                  "convicted of embezzlement"])),
            ". The court notes the defendant's prior ", (CR, r.choice(["conviction for theft", "drug possession conviction"])),
            " in 2017.\n"]


@tpl("legal")
def law_lawyer_line_thread(c: Ctx) -> list:
    r, n = c.r, c.n
    nm = n.thai()
    return ["วางแชทไลน์ลูกความ ช่วยสรุปข้อเท็จจริงเรียงตามเวลา\n\n[14/11 20:11] ", (PER, nm.split()[0]), ": ทนายคะ แฟนเก่าขู่จะปล่อยรูป ",
            "เพราะรู้ว่าหนู", (SX, r.choice(["เป็นไบเซ็กชวล", "ไบเซ็กชวล", "มีความสัมพันธ์ชู้สาว"])),
            "\n[14/11 20:13] ทนาย: เก็บหลักฐานไว้ครับ ขอชื่อเต็มกับเบอร์\n[14/11 20:15] ", (PER, nm.split()[0]), ": ",
            (PER, nm), " ", (PH, phone(r)), " ค่ะ\n[14/11 20:16] ", (PER, nm.split()[0]), ": แฟนเก่าชื่อ ",
            (PER, n.thai()), " ทะเบียนรถ ", (PL, plate(r)), " เคยมาดักรอหน้าคอนโดค่ะ\n"]


@tpl("police")
def pol_daily_report(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["รายงานประจำวันรับแจ้งเหตุ สภ.", r.choice(["เมืองเชียงใหม่", "หาดใหญ่", "บางละมุง"]), " ช่วยแปลงเป็นตาราง\n\n"
            "ผู้แจ้ง น.ส.", (PER, n.thai()), " โทร ", (PH, phone(r)), " แจ้งว่ารถจักรยานยนต์ทะเบียน ", (PL, plate(r)),
            " ถูกขโมย ผู้ต้องสงสัยคือ นาย", (PER, n.thai()), " ซึ่ง", (CR, r.choice(["เคยถูกจับคดียาเสพติด", "มีประวัติอาชญากรรม", "พ้นโทษคดีทำร้ายร่างกาย"])),
            " ตามฐานข้อมูล CRIMES\nผู้รับแจ้ง พ.ต.อ.", (PER, n.thai()), " ผู้กำกับการ\n"]


@tpl("police")
def pol_missing_person_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["Translate into Thai for the missing-person notice:\n\nName: ", (PER, n.roman()), "\nBorn: ", (DOB, dob(r, "en2")),
            "\nEthnicity: ", (ET, r.choice(S26["ETHNICITY_EN"])), "\nLast seen near Mae Sai bus terminal. Has ",
            (HE, r.choice(["epilepsy", "type 1 diabetes", "schizophrenia"])), " and needs daily medication.\nContact family: ",
            (PH, phone(r)), "\n"]


@tpl("real_estate")
def re_lease_contract_fields(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["กรอกสัญญาเช่าคอนโดจากข้อมูลนี้ให้หน่อย\nผู้ให้เช่า: ", (PER, n.thai()), " (บัตร ", (NID, thai_id(r)), ")\n"
            "ผู้เช่า: ", (PER, n.expat()), " passport ", (PP, foreign_passport(r)), "\nทรัพย์: ", (AD, address(r, "bkk")),
            "\nค่าเช่า ", money(r), "/เดือน โอนเข้าบัญชี ", (BA, bank_acct(r)), " ธ.", r.choice(BANKS), "\n"]


@tpl("real_estate")
def re_agent_whatsapp_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["Make this WhatsApp note into a CRM entry:\n\"viewing done w/ ", (PER, n.expat()), " (", (PH, foreign_phone(r)),
            ") + wife, they want 2BR near BTS, budget 45k. Wife is ", (DI, r.choice(["wheelchair user", "paraplegic", "legally blind"])),
            " so need lift + ramp. Prefer ", (AD, address(r, "bkk_en")), " building. follow up fri\""]


@tpl("hotel")
def hot_guest_checkin_csv(c: Ctx) -> list:
    r, n = c.r, c.n
    out: list = ["ไฟล์ export จากฟรอนต์ ช่วยดูว่าแขกคนไหนยังไม่มีเลขพาสปอร์ตหรือเบอร์ผิดรูปแบบ แล้วทำรายการแจ้ง ตม.30 ให้ด้วย\n\nroom,guest,passport,nationality,mobile\n"]
    for _ in range(3):
        out += [str(r.randint(201, 1208)), ",", (PER, n.expat()), ",", (PP, foreign_passport(r)), ",",
                r.choice(["GB", "DE", "JP", "IN", "AU"]), ",", (PH, foreign_phone(r)), "\n"]
    out += [str(r.randint(201, 1208)), ",", (PER, n.roman()), ",", (PP, passport(r)), ",TH,", (PH, phone(r, "mob")), "\n"]
    return out


@tpl("hotel")
def hot_halal_request(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ช่วยตอบอีเมลแขก ยืนยันห้องและเรื่องอาหาร\n\nจาก: ", (PER, n.roman()), " <", (EM, email(r)), ">\n"
            "เรียนโรงแรม ครอบครัวเราเป็น", (RE, r.choice(["มุสลิม", "อิสลาม"])), " ขอห้องที่มีทิศกิบลัตและอาหารฮาลาลทุกมื้อ "
            "ลูกสาว", (DI, r.choice(["ใช้รถเข็น", "ตาบอดสนิท", "หูหนวก"])), " ขอห้องชั้นล่างด้วยค่ะ เช็คอิน 12 ธ.ค.\n"]


@tpl("ngo")
def ngo_stateless_case(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["สรุปเคสสำหรับยื่นขอสัญชาติ (เอกสารภายในมูลนิธิ)\nผู้รับบริการ: ", (PER, f"{r.choice(HILL_GIVEN)} {r.choice(HILL_SUR)}"),
            "\nชาติพันธุ์: ", (ET, r.choice(["ลาหู่", "อาข่า", "ม้ง", "ลีซู"])), "\nเลขประจำตัวประชาชน (ได้สัญชาติไทยแล้ว ปี 2565): ",
            (NID, thai_id(r)), "\nเกิด ", (DOB, dob(r, "th_full")), " ที่ ", (AD, address(r, "abbr")),
            "\nผู้ประสานงาน: ", (PER, n.thai()), " ", (PH, phone(r)), "\n"]


@tpl("ngo")
def ngo_hiv_outreach_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["Anonymise this outreach log before we share it with the donor. Replace names with codes.\n\n"
            "2026-10-03 Met ", (PER, n.roman()), " (", (LN, line_id(r)), ") at the drop-in centre. Client is ",
            (SX, r.choice(["men who have sex with men", "MSM"])), ", tested ", (HE, r.choice(["HIV positive", "reactive for HIV"])),
            ", referred to PrEP/ART clinic. Partner ", (PER, n.nick_roman()), " also offered testing.\n"]


@tpl("union")
def union_membership_form(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ตรวจใบสมัครสมาชิกนี้ว่าครบไหม\n\nใบสมัคร", (TU, "สมาชิกสหภาพแรงงาน"), "รัฐวิสาหกิจ\nชื่อผู้สมัคร: ",
            (PER, n.thai()), "\nเลขบัตรประชาชน: ", (NID, thai_id(r)), "\nวันเกิด: ", (DOB, dob(r, "slash_be")),
            "\nโทรศัพท์: ", (PH, phone(r)), "\nหักค่าบำรุงจากบัญชี: ", (BA, bank_acct(r)), "\n"]


@tpl("union")
def union_strike_chat_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["Translate to Thai for the union LINE group:\n\"", (PER, n.roman()), " (", (TU, r.choice(["shop steward", "union committee member"])),
            ", Line 3) and ", (PER, n.roman()), " (", (TU, "union member"), ") were called to HR today. "
            "Management said anyone who ", (TU, "joined the union"), " after October will lose the attendance bonus.\"\n"]


@tpl("religious")
def rel_temple_donor_list(c: Ctx) -> list:
    r, n = c.r, c.n
    out: list = ["รายชื่อผู้บวชเนกขัมมะ (พิมพ์ใบประกาศ) ช่วยเรียงตามตัวอักษร\n"]
    for _ in range(3):
        out += ["- ", n.th_title(), (PER, n.thai()), "  โทร ", (PH, phone(r, "mob")), "\n"]
    out += ["หมายเหตุ: ผู้เข้าร่วม 1 ท่าน ", (DI, r.choice(["หูหนวก", "พิการทางการได้ยิน"])), " ต้องมีล่ามภาษามือ\n"]
    return out


@tpl("religious")
def rel_conversion_cert_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["Proofread this certificate text:\n\nThis is to certify that ", (PER, n.expat()), ", holder of passport ",
            (PP, foreign_passport(r)), ", born ", (DOB, dob(r, "en2")), ", has embraced ", (RE, r.choice(["Islam", "Islamic faith"])),
            " at the Central Mosque, Bangkok, before witnesses ", (PER, n.roman()), " and ", (PER, n.roman()), ".\n"]


@tpl("political")
def pol_campaign_canvass_sheet(c: Ctx) -> list:
    r, n = c.r, c.n
    out: list = ["ข้อมูลลงพื้นที่หาเสียง เขต ", str(r.randint(1, 9)), " ช่วยสรุปว่าบ้านไหนควรกลับไปอีก\n\n"]
    for _ in range(3):
        out += ["• ", (PER, n.thai()), " (", (AD, address(r, "abbr")), ") — ", (PO, r.choice(S26["POLITICAL_OPINION"])), "\n"]
    return out


@tpl("political")
def pol_volunteer_signup_json(c: Ctx) -> list:
    r, n = c.r, c.n
    nm = n.roman()
    return ['Validate these volunteer sign-ups and return only invalid ones.\n[{"name": "', (PER, nm), '", "email": "',
            (EM, email(r, nm)), '", "phone": "', (PH, phone(r, "intl")), '", "stance": "',
            (PO, r.choice(S26["POLITICAL_OPINION_EN"])), '"}, {"name": "', (PER, n.roman()), '", "line": "', (LN, line_id(r)),
            '", "stance": "', (PO, r.choice(S26["POLITICAL_OPINION_EN"])), '"}]']


# ----- long documents pasted whole ---------------------------------------------------------------

TH_CONTRACT = [
    "คู่สัญญาทั้งสองฝ่ายตกลงให้ถือเอาข้อความในสัญญานี้เป็นข้อผูกพันโดยสมบูรณ์และไม่อาจเพิกถอนได้ เว้นแต่จะได้ทำเป็นหนังสือลงลายมือชื่อทั้งสองฝ่าย",
    "ในกรณีที่ฝ่ายใดฝ่ายหนึ่งผิดสัญญาข้อใดข้อหนึ่ง อีกฝ่ายหนึ่งมีสิทธิบอกเลิกสัญญาได้ทันทีโดยแจ้งเป็นหนังสือล่วงหน้าไม่น้อยกว่าสามสิบวัน",
    "ผู้เช่าจะต้องดูแลรักษาทรัพย์สินที่เช่าเสมือนวิญญูชนจะพึงสงวนทรัพย์สินของตนเอง และจะไม่ดัดแปลงต่อเติมโดยไม่ได้รับความยินยอมเป็นลายลักษณ์อักษร",
    "ค่าภาษีโรงเรือนและที่ดิน ค่าธรรมเนียมส่วนกลาง และค่าประกันอัคคีภัย ให้เป็นภาระของผู้ให้เช่าแต่เพียงฝ่ายเดียว",
    "หากมีการชำระค่าตอบแทนล่าช้าเกินกว่าเจ็ดวัน ผู้ว่าจ้างตกลงชำระดอกเบี้ยในอัตราร้อยละเจ็ดครึ่งต่อปีของยอดค้างชำระ",
    "ข้อพิพาทใดที่เกิดขึ้นจากสัญญานี้ ให้อยู่ในเขตอำนาจของศาลแพ่งหรือศาลที่มีเขตอำนาจเหนือที่ตั้งของทรัพย์สิน",
    "สัญญานี้ทำขึ้นเป็นสองฉบับมีข้อความถูกต้องตรงกัน คู่สัญญาได้อ่านและเข้าใจข้อความโดยตลอดแล้ว จึงได้ลงลายมือชื่อไว้เป็นสำคัญต่อหน้าพยาน",
    "เงินประกันการเช่าจะคืนให้แก่ผู้เช่าภายในสามสิบวันนับแต่วันส่งมอบทรัพย์สินคืน หลังหักค่าเสียหายที่ตรวจพบตามสภาพ",
    "ผู้รับจ้างรับรองว่าจะปฏิบัติตามกฎหมายคุ้มครองข้อมูลส่วนบุคคล และจะใช้ข้อมูลเพื่อวัตถุประสงค์ตามสัญญานี้เท่านั้น",
    "การบอกกล่าวใดๆ ตามสัญญานี้ให้ส่งทางไปรษณีย์ลงทะเบียนตอบรับไปยังที่อยู่ของคู่สัญญาตามที่ระบุไว้ในสัญญา",
    "ผู้ให้เช่าจะซ่อมแซมส่วนที่เป็นโครงสร้างหลักของอาคาร เช่น หลังคา ท่อประปาหลัก และระบบไฟฟ้าส่วนกลาง ภายในระยะเวลาอันสมควร",
    "ระยะเวลาการเช่ามีกำหนดหนึ่งปี และอาจต่ออายุได้อีกคราวละหนึ่งปีโดยความตกลงของทั้งสองฝ่าย",
]
EN_HR = [
    "The investigation committee interviewed seven witnesses between 3 and 17 October and reviewed CCTV footage from the pantry and the loading bay.",
    "Both parties were informed of the allegations in writing and were given five working days to submit a response.",
    "The committee reviewed the team LINE group export covering June to September, as provided by two witnesses.",
    "Witness W3 stated that the remarks were made in front of at least four colleagues during the morning briefing.",
    "Witness W5 did not recall the specific words used but confirmed that the atmosphere in the team had deteriorated.",
    "The subject denied the allegations and described the comments as jokes that were not intended to offend.",
    "The Company's Code of Conduct, section 4.3, prohibits harassment and discriminatory remarks in any company channel.",
    "The committee notes that the procedure under the Labour Protection Act was followed and that the employee was given the right to respond.",
    "The findings below are based on the balance of probabilities and do not constitute a finding of criminal liability.",
    "Several witnesses asked that their names not be disclosed to the subject; the committee has respected this request.",
    "No evidence was found that the complainant had raised the matter with the line manager before filing the complaint.",
    "Shift rosters for the period show that the subject and the complainant overlapped on 41 of 62 working days.",
]
EN_LEGAL = [
    "The Court has considered the testimony of the prosecution witnesses together with the documentary evidence submitted during the hearing.",
    "Having regard to the circumstances of the case, the Court finds that the evidence of the plaintiff is more credible than that of the defendant.",
    "Each party shall bear its own costs save as otherwise ordered, and the court fee shall be refunded in accordance with the Civil Procedure Code.",
    "The investigation committee interviewed seven witnesses between 3 and 17 October and reviewed CCTV footage from the loading bay.",
    "The Company's Code of Conduct, section 4.3, prohibits the use of company vehicles for personal purposes outside working hours.",
    "The committee notes that the procedure under the Labour Protection Act was followed and that the employee was given the right to respond.",
    "This Agreement shall be governed by and construed in accordance with the laws of the Kingdom of Thailand.",
    "Neither party shall be liable for any delay or failure to perform caused by events beyond its reasonable control.",
    "All information disclosed under this Agreement shall be kept confidential for a period of three years following termination.",
    "The arguments of the appellant on the point of sentencing are without merit and are accordingly dismissed.",
    "The findings below are based on the balance of probabilities and do not constitute a finding of criminal liability.",
    "The Employer may, at its discretion, second the Employee to any affiliate in Thailand for a period not exceeding twelve months.",
]
TH_MED = [
    "ผู้ป่วยรู้สึกตัวดี ถามตอบรู้เรื่อง สัญญาณชีพคงที่ตลอดการนอนโรงพยาบาล ไม่มีไข้",
    "ได้รับยาปฏิชีวนะทางหลอดเลือดดำครบ 7 วัน จากนั้นเปลี่ยนเป็นยารับประทาน",
    "ผล CBC วันที่ 3 ของการรักษาพบเม็ดเลือดขาวลดลงเข้าสู่ระดับปกติ",
    "แนะนำให้รับประทานอาหารอ่อน ลดเค็ม ลดหวาน และออกกำลังกายเบาๆ ตามความเหมาะสม",
    "ให้ความรู้ญาติเรื่องการสังเกตอาการผิดปกติ เช่น ไข้สูง หายใจหอบ ซึม ให้รีบกลับมาโรงพยาบาลทันที",
    "ภาพรังสีทรวงอกครั้งล่าสุดดีขึ้นเมื่อเทียบกับวันแรกรับ",
    "นัดติดตามอาการที่คลินิกอายุรกรรมในอีกสองสัปดาห์ พร้อมเจาะเลือดก่อนพบแพทย์",
    "ผู้ป่วยสามารถเดินได้เองโดยใช้ walker และช่วยเหลือตนเองในกิจวัตรประจำวันได้บางส่วน",
    "ไม่มีประวัติแพ้ยาหรือแพ้อาหาร ไม่สูบบุหรี่ ดื่มสุราเป็นครั้งคราว",
    "พยาบาลประเมินความเสี่ยงต่อการพลัดตกหกล้มอยู่ในระดับปานกลาง ได้ติดป้ายเตือนที่เตียง",
]


TH_POLICE = [
    "พนักงานสอบสวนได้แจ้งข้อกล่าวหาและแจ้งสิทธิตามประมวลกฎหมายวิธีพิจารณาความอาญามาตรา 7/1 และมาตรา 134/4 ให้ทราบแล้ว",
    "ข้าพเจ้าเข้าใจข้อกล่าวหาดีแล้ว และประสงค์จะให้การในชั้นสอบสวนโดยมีทนายความร่วมฟังการสอบปากคำ",
    "ในคืนเกิดเหตุ ข้าพเจ้าอยู่ที่ร้านอาหารริมถนนจนถึงเวลาประมาณ 23.00 น. แล้วจึงขับรถกลับที่พัก",
    "ข้าพเจ้าไม่ทราบว่าในถุงที่ฝากมานั้นมีสิ่งของใดอยู่ เพราะไม่ได้เปิดดู",
    "เจ้าหน้าที่ตำรวจได้ตรวจค้นรถต่อหน้าข้าพเจ้า และได้ทำบันทึกการตรวจค้นไว้ ข้าพเจ้าได้ลงลายมือชื่อรับรองความถูกต้อง",
    "ข้าพเจ้ารู้จักกับผู้เสียหายมาประมาณสองปี เคยทำงานที่เดียวกันแต่ไม่เคยมีเรื่องบาดหมางกันมาก่อน",
    "ภาพจากกล้องวงจรปิดที่พนักงานสอบสวนให้ดูนั้น ข้าพเจ้ายืนยันว่าบุคคลในภาพไม่ใช่ข้าพเจ้า",
    "ข้าพเจ้าขอให้การเพิ่มเติมในภายหลังภายในสามสิบวัน และขอยื่นเอกสารประกอบผ่านทนายความ",
    "พนักงานสอบสวนได้อ่านบันทึกคำให้การให้ฟังแล้ว รับว่าถูกต้องตามที่ให้การไว้ จึงลงลายมือชื่อไว้เป็นหลักฐาน",
    "ข้าพเจ้าขอปฏิเสธข้อกล่าวหาและจะให้การในชั้นศาล",
]

@tpl("real_estate")
def long_lease_contract_th(c: Ctx) -> list:
    r, n = c.r, c.n
    L, T = n.thai(), n.thai()
    head = ["ช่วยตรวจสัญญาเช่าทั้งฉบับนี้ หาข้อที่เอาเปรียบผู้เช่า แล้วสรุปเป็นข้อๆ\n\nสัญญาเช่าห้องชุด\n"
            f"ทำที่ สำนักงานนิติบุคคลอาคารชุด วันที่ {r.randint(1, 28)} {r.choice(TH_MONTHS)} 2569\n\n"
            "สัญญาฉบับนี้ทำขึ้นระหว่าง นาย", (PER, L), " ถือบัตรประจำตัวประชาชนเลขที่ ", (NID, thai_id(r, "dash")),
            " อยู่บ้านเลขที่ ", (AD, address(r, "full")), " ซึ่งต่อไปนี้เรียกว่า \"ผู้ให้เช่า\" ฝ่ายหนึ่ง กับ น.ส.", (PER, T),
            " ถือบัตรประจำตัวประชาชนเลขที่ ", (NID, thai_id(r)), " โทรศัพท์ ", (PH, phone(r)), " ซึ่งต่อไปนี้เรียกว่า \"ผู้เช่า\" อีกฝ่ายหนึ่ง\n\n"]
    body: list = []
    for i in range(1, 17):
        body.append(f"ข้อ {i}. {r.choice(TH_CONTRACT)}\n")
        if i == 5:
            body += ["ข้อ 5/1. ผู้เช่าตกลงชำระค่าเช่าโดยโอนเข้าบัญชีธนาคาร", r.choice(BANKS), " เลขที่ ", (BA, bank_acct(r)),
                     " ชื่อบัญชี ", (PER, L), " ภายในวันที่ 5 ของทุกเดือน\n"]
        if i == 14:
            body += ["ข้อ 14/1. ผู้เช่าแจ้งว่ามีสัตว์ช่วยเหลือ (สุนัขนำทาง) เนื่องจากผู้เช่า", (DI, r.choice(["ตาบอดสนิท", "สายตาเลือนราง"])),
                     " ผู้ให้เช่ายินยอมให้นำเข้าพักได้\n"]
    tail = ["\nลงชื่อ ........ ผู้ให้เช่า (", (PER, L), ")\nลงชื่อ ........ ผู้เช่า (", (PER, T), ")\nลงชื่อ ........ พยาน (",
            (PER, n.thai()), ")\n"]
    return head + body + tail


@tpl("hospital")
def long_discharge_summary_th(c: Ctx) -> list:
    r, n = c.r, c.n
    body: list = ["แปลสรุปการจำหน่ายผู้ป่วยฉบับเต็มนี้เป็นภาษาอังกฤษ สำหรับส่งต่อโรงพยาบาลที่สิงคโปร์\n\n"
                  "DISCHARGE SUMMARY / สรุปการรักษา\nชื่อผู้ป่วย: ", (PER, n.thai()), "   HN: ", (MRN, hn(r)),
                  "   AN: ", str(r.randint(10**6, 10**7)), "\nวันเกิด: ", (DOB, dob(r, "th_full")), "   ศาสนา: ",
                  (RE, r.choice(["พุทธ", "อิสลาม", "คริสต์"])), "\nที่อยู่: ", (AD, address(r, "village")), "\nญาติผู้ติดต่อ: ",
                  (PER, n.thai()), " (บุตร) ", (PH, phone(r)), "\n\nการวินิจฉัยหลัก: ", (HE, r.choice(S26["HEALTH_DATA"])),
                  "\nการวินิจฉัยร่วม: ", (HE, r.choice(S26["HEALTH_DATA_EN"])), "\n\nประวัติการรักษา:\n"]
    for _ in range(3):
        body += [filler(r, TH_MED, 6), "\n\n"]
    body += ["ผลตรวจทางพันธุกรรม: ", (GE, r.choice(["ยีน CYP2C19 แบบ poor metabolizer", "HLA-B*15:02 ให้ผลบวก"])),
             " จึงหลีกเลี่ยงยาที่เกี่ยวข้อง\n\n", filler(r, TH_MED, 8), "\n\nแพทย์ผู้รักษา: นพ.", (PER, n.thai()), "\n"]
    return body


@tpl("legal")
def long_court_judgment_en(c: Ctx) -> list:
    r, n = c.r, c.n
    d = n.roman()
    body: list = ["Below is the full English translation of a first-instance judgment. Extract: parties, charges, sentence, "
                  "mitigating factors. Output as JSON.\n\nIN THE NAME OF HIS MAJESTY THE KING\nCriminal Court, Black Case No. ",
                  str(r.randint(100, 9999)), "/2568\n\nBetween: Public Prosecutor, Plaintiff\nand: Mr. ", (PER, d),
                  ", Defendant\n\n1. The defendant, born ", (DOB, dob(r, "en")), ", ID card no. ", (NID, thai_id(r)),
                  ", of ", (AD, address(r, "en")), ", is charged with fraud under sections 341 and 343 of the Criminal Code.\n\n"]
    for i in range(2, 14):
        body.append(f"{i}. {r.choice(EN_LEGAL)} {r.choice(EN_LEGAL)}\n\n")
        if i == 6:
            body += ["6A. The co-defendant, Ms. ", (PER, n.roman()), ", testified that the proceeds were paid into account no. ",
                     (BA, bank_acct(r)), " and that the defendant had ", (CR, "served 18 months for drug possession"), " in 2016.\n\n"]
        if i == 9:
            body += ["9A. The defence submitted a medical certificate stating that the defendant suffers from ",
                     (HE, r.choice(S26["HEALTH_DATA_EN"])), ".\n\n"]
    body += ["14. Judgment: the defendant is ", (CR, r.choice(["sentenced to 4 years' imprisonment", "convicted of fraud"])),
             "; the sentence is reduced by one third for the confession.\n"]
    return body


@tpl("hr")
def long_hr_investigation_en(c: Ctx) -> list:
    r, n = c.r, c.n
    s, comp = n.roman(), n.roman()
    body: list = ["Summarise the attached HR investigation report for the MD in 5 bullets, neutral tone.\n\n"
                  "CONFIDENTIAL — HR INVESTIGATION REPORT\nCase ref HR-INV-", str(r.randint(100, 999)),
                  "\nSubject employee: ", (PER, s), " (Emp. ", str(r.randint(10000, 99999)), ")\nComplainant: ", (PER, comp),
                  "\nInvestigators: ", (PER, n.expat()), ", ", (PER, n.roman()), "\n\n1. Background\n"]
    body += [filler(r, EN_HR, 6), "\n\n2. Allegations\nThe complainant alleges that the subject repeatedly made remarks "
             "about the complainant being ", (SX, r.choice(["gay", "bisexual", "lesbian"])), " and about the complainant's ",
             (RE, r.choice(["Muslim", "Sikh", "Hindu"])), " faith in the team LINE group.\n\n3. Findings\n", filler(r, EN_HR, 8),
             "\n\nThe subject stated that he is a ", (TU, "union representative"), " and that the complaint is retaliation for the "
             "wage negotiation. Badge access logs (", (BI, r.choice(["fingerprint template", "palm-vein pattern"])),
             " reader, door B2) place the subject in the office at 22:14.\n\n4. Recommendation\n", filler(r, EN_HR, 4), " A written "
             "warning and a transfer to another shift are recommended.\n"]
    return body


@tpl("insurance")
def long_life_application_th(c: Ctx) -> list:
    r, n = c.r, c.n
    nm = n.thai()
    body: list = ["ตรวจใบคำขอเอาประกันชีวิตฉบับเต็มนี้ หาจุดที่ต้องขอเอกสารเพิ่ม\n\nใบคำขอเอาประกันชีวิต\nส่วนที่ 1 ข้อมูลผู้ขอเอาประกัน\n"
                  "ชื่อ-สกุล: ", (PER, nm), "\nเลขประจำตัวประชาชน: ", (NID, thai_id(r)), "\nวัน/เดือน/ปีเกิด: ", (DOB, dob(r, "slash_be")),
                  "\nเชื้อชาติ: ", (ET, r.choice(["จีน", "มอญ", "ไทใหญ่"])), "   สัญชาติ: ไทย   ศาสนา: ", (RE, r.choice(["พุทธ", "คริสต์"])),
                  "\nที่อยู่ปัจจุบัน: ", (AD, address(r)), "\nอีเมล: ", (EM, email(r)), "\n\nส่วนที่ 2 เงื่อนไขทั่วไป\n"]
    for i in range(1, 11):
        body.append(f"2.{i} {r.choice(TH_CONTRACT)}\n")
    body += ["\nส่วนที่ 3 คำแถลงสุขภาพ\n3.1 ท่านเคยได้รับการวินิจฉัยว่าเป็นโรคใดหรือไม่: เคย — ", (HE, r.choice(S26["HEALTH_DATA"])),
             "\n3.2 ประวัติครอบครัว/พันธุกรรม: ", (GE, r.choice(["ยีน BRCA1 กลายพันธุ์", "กลุ่มอาการลินช์", "ยีน APOE4 สองชุด"])),
             " (ตรวจปี 2566)\n3.3 ท่านเคยต้องโทษหรือไม่: ", (CR, r.choice(["รอลงอาญา 1 ปี", "มีประวัติคดีเมาแล้วขับ"])), "\n\n"]
    for i in range(1, 8):
        body.append(f"4.{i} {r.choice(TH_CONTRACT)}\n")
    body += ["\nชำระเบี้ยผ่านบัตรเครดิต ", (CC, card(r)), "\nลงชื่อผู้ขอเอาประกัน ", (PER, nm), "\n"]
    return body


@tpl("police")
def long_police_interrogation_th(c: Ctx) -> list:
    r, n = c.r, c.n
    sus = n.thai()
    body: list = ["ช่วยสรุปบันทึกคำให้การชั้นสอบสวนฉบับนี้ให้เหลือ 1 หน้า เน้นข้อเท็จจริงที่เกี่ยวกับองค์ประกอบความผิด\n\n"
                  "บันทึกคำให้การผู้ต้องหา\nสถานีตำรวจภูธร", r.choice(["หาดใหญ่", "แม่สาย", "เมืองขอนแก่น"]), "\nวันที่ ",
                  f"{r.randint(1, 28)} {r.choice(TH_MONTHS)} 2569\nข้าพเจ้า นาย", (PER, sus), " อายุ ", str(r.randint(19, 55)),
                  " ปี เชื้อชาติ ", (ET, r.choice(["ไทใหญ่", "มลายู", "จีน"])), " สัญชาติ ไทย ศาสนา ", (RE, r.choice(["อิสลาม", "พุทธ"])),
                  " เลขประจำตัวประชาชน ", (NID, thai_id(r)), " อยู่บ้านเลขที่ ", (AD, address(r, "abbr")), " โทร ", (PH, phone(r)), "\n\n"]
    for _ in range(3):
        body += [filler(r, TH_POLICE, 3), "\n"]
    body += ["\nข้าพเจ้าขอให้การว่า ข้าพเจ้า", (CR, r.choice(["เคยถูกจับคดียาเสพติด", "เคยต้องโทษจำคุก 2 ปี", "พ้นโทษคดีทำร้ายร่างกาย"])),
             " เมื่อปี 2563 ในคืนเกิดเหตุข้าพเจ้าขับรถทะเบียน ", (PL, plate(r)), " ไปรับ นาย", (PER, n.thai()),
             " ที่หน้าร้านสะดวกซื้อ\nเจ้าหน้าที่ได้เก็บ", (BI, r.choice(["ลายนิ้วมือ", "ภาพสแกนม่านตา"])), "ของข้าพเจ้าไว้เพื่อตรวจพิสูจน์\n\n"]
    for _ in range(3):
        body += [filler(r, TH_POLICE, 3), "\n"]
    body += ["\nลงชื่อ ", (PER, sus), " ผู้ให้ถ้อยคำ\nลงชื่อ ร.ต.อ.", (PER, n.thai()), " พนักงานสอบสวน\n"]
    return body


# ----- chat histories, agent traces, code -----------------------------------------------------------

@tpl("fintech")
def msg_loan_support_multiturn(c: Ctx) -> list:
    r, n = c.r, c.n
    nm = n.thai()
    return messages([
        ("system", ["คุณคือผู้ช่วยฝ่ายสินเชื่อของ NakornPay ตอบสุภาพ ห้ามเปิดเผยข้อมูลลูกค้ารายอื่น"]),
        ("user", ["สวัสดีค่ะ หนูชื่อ ", (PER, nm), " ขอเช็คสถานะสินเชื่อค่ะ"]),
        ("assistant", ["ยินดีค่ะ รบกวนแจ้งเลขบัตรประชาชนและเบอร์ที่ลงทะเบียนค่ะ"]),
        ("user", [(NID, thai_id(r, "plain")), " เบอร์ ", (PH, phone(r, "mob")), " ค่ะ ตอนนี้ตกงานเพราะ",
                  (HE, r.choice(["โรคซึมเศร้า", "มะเร็งเต้านมระยะที่ 2", "หลอดเลือดสมองตีบ"])), " ขอพักชำระหนี้ได้ไหมคะ"]),
    ])


@tpl("telecom")
def msg_roaming_en_multiturn(c: Ctx) -> list:
    r, n = c.r, c.n
    nm = n.roman()
    return messages([
        ("system", ["You are MaekhongTel's support assistant. Reply in the customer's language."]),
        ("user", ["hi my roaming not work in Japan. number ", (PH, phone(r, "intl")), " name ", (PER, nm)]),
        ("assistant", ["Sorry to hear that. Could you confirm the e-mail on your account?"]),
        ("user", [(EM, email(r, nm)), " . also pls send bill to my company, tax id ", (JUR, juristic(r)), " thx"]),
    ], model="gpt-4.1")


@tpl("political")
def msg_campaign_poll_multiturn(c: Ctx) -> list:
    r, n = c.r, c.n
    return messages([
        ("system", ["ผู้ช่วยวิเคราะห์ข้อมูลโพลภาคสนามของทีมหาเสียง"]),
        ("user", ["ผลโทรสัมภาษณ์: คุณ", (PER, n.nick()), " (", (PH, phone(r)), ") บอกว่า", (PO, r.choice(S26["POLITICAL_OPINION"])),
                  " ส่วนคุณ", (PER, n.thai()), " ", (PO, r.choice(["ต่อต้านรัฐประหาร", "ฝ่ายอนุรักษ์นิยม", "นิยมแนวคิดสังคมนิยม"])),
                  " ควรส่งใครไปคุยต่อ"]),
    ], model="claude-sonnet-4")


@tpl("ngo")
def msg_shelter_intake_multiturn_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return messages([
        ("system", ["Intake assistant for a shelter in Chiang Mai. Collect only what is needed."]),
        ("user", ["Hi, I'm ", (PER, n.roman()), ", I'm ", (SX, r.choice(["gay", "lesbian", "bisexual"])),
                  " and my family kicked me out. Can I stay?"]),
        ("assistant", ["I'm sorry you are going through this. Can you share a phone number so our caseworker can call?"]),
        ("user", ["line is ", (LN, line_id(r, False)), " , phone died. I also have ", (HE, r.choice(["HIV positive", "panic disorder"])),
                  " status, need my meds"]),
    ])


@tpl("hr")
def agent_trace_hris_lookup(c: Ctx) -> list:
    r, n = c.r, c.n
    nm = n.roman()
    return ["trace ของ agent (debug ขั้นที่ 3/5) ทำไม agent ถึงเรียก tool ซ้ำสองครั้ง ทั้งที่ได้ผลแล้ว\n\n"
            "THOUGHT: I need the employee's record before drafting the transfer letter.\nACTION: hris.get_employee({\"query\": \"",
            (PER, nm), "\"})\nOBSERVATION: {\"emp_id\": ", str(r.randint(10000, 99999)), ", \"name\": \"", (PER, nm), "\", \"email\": \"",
            (EM, email(r, nm, True)), "\", \"mobile\": \"", (PH, phone(r, "mob")), "\", \"union_status\": \"",
            (TU, r.choice(["union member", "shop steward"])), "\", \"home\": \"", (AD, address(r, "bkk_en")), "\"}\n"
            "ACTION: hris.get_employee({\"query\": \"", (PER, nm.split()[0]), "\"})\nOBSERVATION: [... 3 results ...]\n"]


@tpl("fintech")
def agent_trace_card_dispute(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ดู trace ของ agent นี้หน่อย ทำไมถึงตอบลูกค้าผิด\n\n[tool_call] lookup_customer(phone=\"", (PH, phone(r, "mob")),
            "\")\n[tool_result] {\"name\": \"", (PER, n.thai()), "\", \"cards\": [\"", (CC, card(r, "")), "\"], \"last_login_ip\": \"",
            (IPA, ip(r)), "\", \"kyc\": {\"", (BI, r.choice(["face embedding", "voiceprint"])), "\": \"sha256:",
            c.fk.sha256()[:24], "\"}}\n[assistant] บัตรของคุณถูกระงับเพราะ...\n"]


@tpl("developer")
def code_pytest_fixture(c: Ctx) -> list:
    r, n = c.r, c.n
    nm = n.thai()
    return ["รีวิวเทสต์นี้ให้หน่อย ทำไม test_mask_citizen ถึง fail บน CI\n\n```python\nimport pytest\n\n@pytest.fixture\n"
            "def customer():\n    # ข้อมูลจริงจากลูกค้าที่แจ้งปัญหา (ticket #", str(r.randint(1000, 9999)), ")\n    return {\n"
            "        \"name\": \"", (PER, nm), "\",\n        \"citizen_id\": \"", (NID, thai_id(r, "dash")), "\",\n"
            "        \"phone\": \"", (PH, phone(r)), "\",\n        \"dob\": \"", (DOB, dob(r, "iso")), "\",\n    }\n\n"
            "def test_mask_citizen(customer):\n    assert mask(customer[\"citizen_id\"]).endswith(\"xx-x\")\n```"]


@tpl("developer")
def code_js_comment_en(c: Ctx) -> list:
    r, n = c.r, c.n
    nm = n.roman()
    return ["ช่วย refactor โค้ดนี้เป็น async/await หน่อย คอมเมนต์เดิมเก็บไว้ด้วยนะ ยังไม่ได้ลบ test user ออกเลย\n\n```js\n// TODO(", (PER, nm.split()[0].lower()),
            "): remove hardcoded test user before release\n// test acct: ", (EM, email(r, nm)), " / card ", (CC, card(r, " ")),
            "\nfunction pay(cb) {\n  api.charge({ amount: 990, currency: 'THB' }, function (err, res) {\n    if (err) return cb(err);\n"
            "    cb(null, res.id);\n  });\n}\n```"]


@tpl("developer")
def code_sql_seed_hospital(c: Ctx) -> list:
    r, n = c.r, c.n
    out: list = ["ช่วยเขียน seed script นี้ใหม่ให้ใช้ข้อมูลปลอม ตอนนี้ dev ใช้ข้อมูลคนไข้จริง\n\n```sql\n"]
    for _ in range(2):
        out += ["INSERT INTO patients (hn, name, dx, blood_group) VALUES ('", (MRN, hn(r)), "', '", (PER, n.thai()), "', '",
                (HE, r.choice(S26["HEALTH_DATA"])), "', '", r.choice(["A", "B", "O", "AB"]), "');\n"]
    out += ["INSERT INTO genomics (hn, finding) VALUES ('", (MRN, hn(r)), "', '", (GE, r.choice(S26["GENETIC_DATA_EN"])), "');\n```"]
    return out


@tpl("developer")
def code_log_grep_auth(c: Ctx) -> list:
    r = c.r
    e1 = email(r)
    return ["log ของ auth-service ช่วงระบบล่ม ช่วยดูหน่อยว่าทำไมล็อกอินไม่ผ่าน OTP ส่งไปแล้วแต่ลูกค้าบอกไม่ได้รับ\n\n", f"2026-11-2{r.randint(0, 3)}T03:1{r.randint(0, 9)}:0{r.randint(0, 9)}Z",
            " WARN login failed user=", (EM, e1), " ip=", (IPA, ip(r)), " reason=bad_otp\n",
            f"2026-11-2{r.randint(0, 3)}T03:1{r.randint(0, 9)}:1{r.randint(0, 9)}Z", " WARN login failed user=", (EM, email(r)), " ip=",
            (IPA, ip(r, True)), " reason=bad_otp\n", f"2026-11-2{r.randint(0, 3)}T03:2{r.randint(0, 9)}:4{r.randint(0, 9)}Z",
            " INFO otp sent msisdn=", (PH, phone(r, "intl").replace(" ", "").replace("-", "")), " provider=sms-gw-2\n"]


@tpl("biometrics")
def bio_timeclock_export(c: Ctx) -> list:
    r, n = c.r, c.n
    out: list = ["Export จากเครื่องสแกนเข้างาน ช่วยหาคนที่มาสายเกิน 3 ครั้ง\n\nemp,name,template,time_in\n"]
    for _ in range(3):
        out += [str(r.randint(100, 999)), ",", (PER, n.thai()), ",", (BI, r.choice(["แม่แบบลายนิ้วมือ", "ลายนิ้วมือ", "ข้อมูลใบหน้า"])),
                f" #{r.randint(1, 9)},0{r.randint(7, 9)}:{r.randint(10, 59)}\n"]
    return out


@tpl("biometrics")
def bio_bank_voice_enrol_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["Write the customer notification for successful voice ID enrolment.\nCustomer: ", (PER, n.roman()),
            "\nAccount: ", (BA, bank_acct(r)), "\nEnrolled: ", (BI, "voiceprint"), " (3 samples, 11 Nov 2026)\nChannel: call centre 1",
            str(r.randint(100, 999)), "\n"]


@tpl("genetics")
def gen_paternity_line(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ช่วยตอบลูกค้าแบบเป็นกลาง ไม่ตัดสิน\n\nลูกค้า (ไลน์ ", (LN, line_id(r, True)), "): ผลตรวจของ ", (PER, n.thai()),
            " กับลูกออกยังคะ ", (GE, r.choice(["ผลตรวจ DNA พิสูจน์ความเป็นบิดา", "ผล DNA ความเป็นพ่อลูก"])),
            " ส่งทางอีเมลได้ไหม ", (EM, email(r)), " ขอแบบลับที่สุดนะคะ"]


@tpl("genetics")
def gen_lab_report_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["แปลงผลแล็บนี้เป็น FHIR Observation JSON ให้หน่อย ใส่ code LOINC ที่เหมาะสมด้วยนะ\n\nPatient: ", (PER, n.roman_upper()), "  DOB ", (DOB, dob(r, "slash_ce")),
            "  MRN ", (MRN, hn(r)), "\nTest: pharmacogenomic panel\nResult: ", (GE, r.choice(["HLA-B*58:01 positive", "CYP2D6 ultra-rapid metabolizer"])),
            "\nOrdering physician: Dr. ", (PER, n.roman()), "\n"]


@tpl("political")
def pol_social_listening_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["จัดกลุ่มความเห็นของผู้คอมเมนต์แต่ละคนที่มีต่อกระทรวง (บวก/ลบ/กลาง) ส่งออกเป็น CSV\n\n1. @", (LN, line_id(r, False)),
            " (", (PER, n.roman()), "): I'm a ", (PO, r.choice(["pro-democracy activist", "party canvasser"])),
            " and this bill is a joke\n2. ", (PER, n.roman()), ": as an ", (PO, r.choice(["outspoken royalist", "anti-government protester"])),
            " I still think the budget is fine\n"]


@tpl("government")
def gov_security_vetting_th(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["สรุปผลตรวจสอบประวัติผู้สมัครข้าราชการ ห้ามใส่ความเห็นส่วนตัว\nผู้สมัคร: ", (PER, n.thai()), " (",
            (NID, thai_id(r)), ")\nผลตรวจสอบ: พบว่า", (PO, r.choice(["เคยเป็นแกนนำกลุ่มเสื้อแดง", "แกนนำกลุ่มเสื้อแดง", "ผู้สนับสนุนกลุ่มราษฎร"])),
            " ในปี 2553 และ", (CR, r.choice(["ถูกพิพากษาจำคุกฐานฉ้อโกง", "รอลงอาญา 1 ปี"])), " คดีชุมนุม\n"]


@tpl("union")
def union_meeting_minutes_th(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ปรับรายงานการประชุมนี้ให้กระชับ\n\nรายงานการประชุมสหภาพแรงงานอิเล็กทรอนิกส์ ครั้งที่ 7/2569\nผู้เข้าประชุม: ",
            (PER, n.thai()), " (", (TU, "ประธานสหภาพแรงงาน"), "), ", (PER, n.thai()), " (", (TU, "เลขาธิการสหภาพแรงงาน"),
            "), ", (PER, n.nick()), " (ฝ่ายผลิต)\nวาระที่ 1 ขึ้นค่าจ้าง 5%\nมติ: ให้ประธานติดต่อฝ่ายบุคคลที่ ", (PH, phone(r, "land")), "\n"]


@tpl("hospital")
def hos_stt_ward_round(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ถอดเสียงราวด์วอร์ด (auto STT มีคำผิด) ช่วยเรียบเรียงเป็น progress note\n\n\"เตียงห้า คุณ", (PER, n.thai_given()),
            " เอชเอ็น ", (MRN, hn(r)), " เคสนี้ ", (SX, r.choice(["ชายรักชาย", "มีคู่นอนหลายคน"])), " มาด้วยไข้ ผลแล็บ ",
            (HE, r.choice(["ติดเชื้อเอชไอวี", "วัณโรคปอด", "ติดเชื้อในกระแสเลือด"])), " ครับ คนไข้", (ET, r.choice(["ชาวกะเหรี่ยง", "ไทใหญ่"])),
            " ฟังไทยไม่ค่อยออก ต้องใช้ล่าม\""]


# ----- more positives: business ids, students, IPs, transliteration, RAG, sheets ----------------

@tpl("accounting")
def jur_invoice_th(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ช่วยเช็คใบกำกับภาษีนี้ว่าข้อมูลครบตามประมวลรัษฎากร ม.86/4 ไหม\n\nใบกำกับภาษี/ใบเสร็จรับเงิน\n"
            "ผู้ขาย: บริษัท กรุงธนขนส่ง จำกัด เลขประจำตัวผู้เสียภาษี ", (JUR, juristic(r)), "\nผู้ซื้อ: คุณ", (PER, n.thai()),
            "\nเลขประจำตัวผู้เสียภาษีผู้ซื้อ ", (NID, thai_id(r, "plain")), "\nรายการ: ค่าขนส่ง ", money(r), "\nติดต่อ ",
            (EM, email(r, None, True)), "\n"]


@tpl("procurement")
def jur_vendor_onboarding_en(c: Ctx) -> list:
    r, n = c.r, c.n
    nm = n.roman()
    return ["ตรวจเอกสารลงทะเบียนผู้ขายรายนี้เทียบกับ checklist ฝ่ายจัดซื้อ แล้วบอกว่าขาดอะไรบ้าง\n\nVendor: Lanna Craft Supply Co., Ltd.\n"
            "Registration no.: ", (JUR, juristic(r, True)), "\nAuthorised director: ", (PER, nm), "\nDirector e-mail: ",
            (EM, email(r, nm)), "\nPayment: ", r.choice(BANKS_EN), " current account ", (BA, bank_acct(r)), "\nVAT registered: yes\n"]


@tpl("ecommerce")
def jur_seller_kyc_colloquial(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["แอดมินคะ ช่วยดูให้หน่อยว่าทำไมร้านยังไม่ผ่าน verify ค้าบ\nชื่อร้าน: ", r.choice(["ขนมบ้านป้า", "มุมเสื้อผ้ามือสอง", "Kawaii Case TH"]), " (นิติบุคคล)\n"
            "เลขนิติ: ", (JUR, juristic(r, False)), "\nเจ้าของ: ", (PER, n.thai()), " บัตร ", (NID, thai_id(r)),
            "\nเบอ ", (PH, phone(r)), " ค่า อัพเอกสารไปตั้ง 3 รอบแล้ววว"]


@tpl("school")
def sid_exam_seating_md(c: Ctx) -> list:
    r, n = c.r, c.n
    out: list = ["จัดผังที่นั่งสอบจากตารางนี้ (ห้อง 402 มี 30 ที่นั่ง) คนที่มีความต้องการพิเศษให้นั่งใกล้ประตู\n\n"
                 "| student_id | name | needs |\n|---|---|---|\n"]
    for _ in range(2):
        out += ["| ", (SID, student_id(r)), " | ", (PER, n.roman()), " | - |\n"]
    out += ["| ", (SID, student_id(r)), " | ", (PER, n.roman()), " | ", (DI, r.choice(["wheelchair user", "legally blind", "hearing impaired"])), " |\n"]
    return out


@tpl("university")
def sid_transcript_request_en(c: Ctx) -> list:
    r, n = c.r, c.n
    nm = n.roman()
    return ["Reply to this alumni request, tell them the fee is 200 THB and processing takes 5 days.\n\n"
            "Dear Registrar, I graduated in 2019 (student no. ", (SID, student_id(r)), "). Please send an official transcript "
            "to ", (EM, email(r, nm)), ". My date of birth is ", (DOB, dob(r, "en2")), ". Thanks, ", (PER, nm), "\n"]


@tpl("university")
def sid_dorm_incident_th(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ร่างบันทึกข้อความแจ้งคณะ เรื่องเหตุในหอพักนักศึกษา\n\nเมื่อคืนวันที่ 12 นศ. ", (PER, n.thai()), " รหัส ",
            (SID, student_id(r)), " ขับรถทะเบียน ", (PL, plate(r)), " ชนรั้วหอ ตรวจสอบพบว่า", (CR, r.choice(["มีประวัติคดีเมาแล้วขับ", "เคยถูกจับคดียาเสพติด"])),
            " มาก่อน ผู้เห็นเหตุการณ์ นศ. ", (PER, n.thai()), " รหัส ", (SID, student_id(r)), "\n"]


@tpl("it_security")
def ip_firewall_alert_en(c: Ctx) -> list:
    r = c.r
    return ["ช่วย triage alert จาก SOC นี้ เป็นการเจาะระบบจริงหรือแค่ใช้ VPN\n\nALERT #", str(r.randint(10000, 99999)), " Impossible travel\n"
            "user: ", (EM, email(r, None, True)), "\nsrc_ip_1: ", (IPA, ip(r)), " (Bangkok, TH) 08:02\nsrc_ip_2: ",
            (IPA, f"185.{r.randint(100, 220)}.{r.randint(0, 255)}.{r.randint(1, 254)}"), " (Frankfurt, DE) 08:19\ndevice: Windows 11 / Edge\n"]


@tpl("hotel")
def ip_wifi_portal_hotel(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["สรุป log การล็อกอิน Wi-Fi แขกห้อง ", str(r.randint(301, 1520)), " ที่ตำรวจขอ (มีหมายศาลแล้ว)\n\n"
            "guest=", (PER, n.expat()), " passport=", (PP, foreign_passport(r)), " mac=", c.fk.mac_address(), " ip=", (IPA, ip(r)),
            " login=2026-11-20 22:41\nguest=", (PER, n.roman()), " passport=", (PP, passport(r)), " ip=", (IPA, ip(r)), " login=2026-11-20 23:05\n"]


@tpl("crm")
def translit_dedupe_en(c: Ctx) -> list:
    r = c.r
    g, s = r.randrange(0, len(ROMAN_GIVEN) - 1, 2), r.randrange(0, len(ROMAN_SUR) - 1, 2)
    return ["Are these CRM records the same person? Merge if so.\n\nrec A: ", (PER, f"{ROMAN_GIVEN[g]} {ROMAN_SUR[s]}"), ", tel ",
            (PH, phone(r, "mob")), "\nrec B: ", (PER, f"{ROMAN_GIVEN[g + 1].upper()} {ROMAN_SUR[s + 1].upper()}"), ", tel ",
            (PH, phone(r, "intl")), "\nrec C: ", (PER, f"{ROMAN_SUR[s]}, {ROMAN_GIVEN[g][0]}."), ", email ", (EM, email(r)), "\n"]


@tpl("crm")
def translit_thai_roman_pair(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ชื่อภาษาอังกฤษในพาสปอร์ตไม่ตรงกับในระบบ ช่วยเขียนหนังสือรับรองว่าเป็นบุคคลเดียวกัน\n\nชื่อในระบบ: ",
            (PER, n.thai()), "\nชื่อในพาสปอร์ต: ", (PER, n.roman_upper()), "\nเลขพาสปอร์ต: ", (PP, passport(r)),
            "\nเลขบัตรประชาชน: ", (NID, thai_id(r)), "\n"]


@tpl("crm")
def rag_chunks_crm_notes(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ตอบคำถามของเจ้าหน้าที่โดยใช้ข้อมูลใน context เท่านั้น ห้ามเดา ถ้าไม่มีข้อมูลให้ตอบว่าไม่ทราบ\n\n<context>\n[chunk 1 | crm_notes.txt]\nCustomer ",
            (PER, n.roman()), " prefers calls after 6pm on ", (PH, phone(r)), ". Diagnosed with ",
            (HE, r.choice(S26["HEALTH_DATA_EN"])), " last year, asked about hospital cash rider.\n[chunk 2 | crm_notes.txt]\n"
            "Same customer mentioned the family is ", (RE, r.choice(["Catholic", "Protestant", "Sikh"])), " and wants no Sunday visits.\n"
            "</context>\n\nคำถาม: ควรโทรหาลูกค้ารายนี้ช่วงไหน และห้ามนัดวันไหน"]


@tpl("hr")
def rag_chunks_hr_case(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ใช้ข้อมูลใน context ตอบคำถามของ HRBP\n\n### context (retrieved 3 chunks)\n> …พนักงาน ", (PER, n.thai()),
            " แผนกคลังสินค้า ", (DI, r.choice(["ขาขาดข้างซ้าย", "พิการทางการเคลื่อนไหว", "อัมพาตครึ่งซีก"])),
            " ขอปรับสถานีงาน…\n> …นโยบายจ้างงานคนพิการตาม ม.33…\n> …พนักงานรายเดียวกันเป็น", (TU, "สมาชิกสหภาพ"),
            " และขอให้ผู้แทนเข้าร่วมประชุม…\n\nคำถาม: ต้องเชิญใครเข้าประชุมบ้าง"]


@tpl("insurance")
def sheet_beneficiaries_pasted(c: Ctx) -> list:
    r, n = c.r, c.n
    out: list = ["วางจาก Excel (คอลัมน์เพี้ยน) ช่วยจัดเป็นตารางผู้รับผลประโยชน์ให้ถูก\n\nลำดับ ชื่อ-สกุล   เลขบัตร      วันเกิด   ความสัมพันธ์\n"]
    for i in range(1, 4):
        out += [f"{i}   ", (PER, n.thai()), "    ", (NID, thai_id(r, r.choice(["plain", "dash"]))), "   ", (DOB, dob(r, "slash_be")),
                "   ", r.choice(["บุตร", "คู่สมรส", "มารดา", "บิดา"]), "\n"]
    return out


@tpl("developer")
def yaml_config_contacts(c: Ctx) -> list:
    r, n = c.r, c.n
    nm = n.roman()
    return ["Why does this alertmanager config fail validation?\n\n```yaml\nreceivers:\n  - name: oncall-primary\n    email_configs:\n"
            "      - to: ", (EM, email(r, nm, True)), "   # ", (PER, nm), ", personal mobile ", (PH, phone(r, "mob")), "\n"
            "    webhook_configs:\n      - url: http://", (IPA, ip(r)), ":9095/hook\n  - name: oncall-secondary\n    email_configs:\n"
            "    - to: ", (EM, email(r, None, True)), "\n```"]


@tpl("bank")
def eml_thread_quoted_th(c: Ctx) -> list:
    r, n = c.r, c.n
    a = n.thai()
    return ["ช่วยสรุปเธรดอีเมลนี้และร่างคำตอบ\n\nจาก: ", (PER, a), " <", (EM, email(r)), ">\nเรื่อง: Re: Re: ขอเปลี่ยนที่อยู่จัดส่งบัตร\n\n"
            "รบกวนเปลี่ยนให้ด่วนค่ะ ยังไม่ได้รับเลย\n\n> เมื่อ 18 พ.ย. 2569 เวลา 10:12 ฝ่ายบริการลูกค้า เขียนว่า:\n> กรุณาแจ้งที่อยู่ใหม่และเบอร์ติดต่อค่ะ\n>\n"
            ">> ที่อยู่ใหม่: ", (AD, address(r, "bkk")), "\n>> โทร ", (PH, phone(r)), "\n>> ", (PER, a.split()[0]), "\n"]


@tpl("real_estate")
def line_chat_condo_colloquial(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["สรุปแชทนี้ให้หน่อยว่าตกลงกันยังไง\n\nพี่", (PER, n.nick()), ": ห้องยังว่างมั้ยคะ\nนิติ: ว่างค่า\nพี่", (PER, n.nick()),
            ": งั้นจองเลย ไลน์พี่ ", (LN, line_id(r, False)), " เบอร์ ", (PH, phone(r, "mob")), " นะ\nพี่", (PER, n.nick()),
            ": ย้ายมาจาก ", (AD, address(r, "abbr")), " อ่ะ จะเข้าได้วันไหนอ่า\nนิติ: 1 ธค ค่า\n"]


@tpl("logistics")
def ocr_parcel_label(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["OCR ใบปะหน้าพัสดุ (อ่านผิดบางตัว) ช่วยแยกฟิลด์ ผู้ส่ง/ผู้รับ\n\nผู้ส่ง  SENDER : ", (PER, n.nick()), " ร้าน",
            r.choice(["ขนมป้าศรี", "Lazy Knit", "ผ้าไหมแม่จันทร์"]), "  ", (PH, phone(r, "mob")), "\nผู้รับ  RECElVER : ", (PER, n.thai()),
            "\n", (AD, address(r, "abbr")), "\nโทร ", (PH, phone(r)), "\nCOD ", money(r), "   EX", str(r.randint(10**8, 10**9 - 1)), "TH\n"]


@tpl("bank")
def bank_dispute_en_staff(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["Help me write english reply for foreign customer. He is ", (PER, n.expat()), ", account ", (BA, bank_acct(r)),
            ". He say card ", (CC, card(r, "-")), " charged 3 time at 7-11 Pattaya. We check already, 2 is pending only, will drop in 7 day. "
            "Pls make it sound professional but short."]


@tpl("fintech")
def fin_transfer_slip_ocr(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["OCR สลิปโอนเงิน ช่วยดึง JSON {from_name, from_acct, to_name, to_acct, amount}\n\nโอนเงินสำเร็จ\n"
            f"{r.randint(1, 28)} พ.ย. 69  {r.randint(10, 23)}:{r.randint(10, 59)} น.\n", (PER, n.thai()), "\n", r.choice(BANKS_EN), "\n",
            (BA, bank_acct(r)), "\n↓\n", (PER, n.thai()), "\n", r.choice(BANKS_EN), "\n", (BA, bank_acct(r)), "\nจำนวนเงิน\n",
            f"{r.randint(100, 50000):,}.00 บาท\nเลขที่รายการ: 0{r.randint(10**14, 10**15)}\n"]


@tpl("hotel")
def hot_review_response_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["Write a management reply to this TripAdvisor review. Apologise, no excuses.\n\n\"Stayed 3 nights in Krabi. My husband ",
            (PER, n.expat()), " is ", (DI, r.choice(["deaf", "hearing impaired"])), " and nobody told us the fire alarm test was at 7am. "
            "Booking ref under ", (PER, n.expat()), ", room 512. Very disappointed.\""]


@tpl("travel")
def travel_visa_letter_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["Fix the grammar of this visa support letter:\n\nTo the Embassy of Japan,\nWe confirm that Mr. ", (PER, n.roman()),
            ", passport no. ", (PP, passport(r)), ", date of birth ", (DOB, dob(r, "en")), ", is our employee since 2018 and will travel "
            "to Osaka for business meeting. Our company registration no. ", (JUR, juristic(r)), ".\n"]


@tpl("school")
def sch_bullying_report(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ช่วยเขียนรายงานเหตุกลั่นแกล้งในโรงเรียนส่งเขตพื้นที่ ให้เป็นทางการ\n\nนร. ด.ญ.", (PER, n.thai()), " เลขประจำตัว ",
            (SID, f"{r.randint(10000, 99999)}"), " ม.2/4 ถูกเพื่อนล้อเรื่องเป็น", (ET, r.choice(["ชาวอาข่า", "ชาวลีซู", "ชาวเขาเผ่าลาหู่"])),
            " และเรื่องนับถือ", (RE, r.choice(["ศาสนาคริสต์", "คริสเตียนโปรเตสแตนต์"])), " ผู้ปกครองคือ นาง", (PER, n.thai()),
            " โทร ", (PH, phone(r)), "\n"]


@tpl("religious")
def rel_zakat_transfer_th(c: Ctx) -> list:
    r = c.r
    nm = f"{r.choice(MUSLIM_GIVEN)} {r.choice(MUSLIM_SUR)}"
    return ["ช่วยทำใบอนุโมทนาซะกาตให้ผู้บริจาค\n\nผู้บริจาค: ", (PER, nm), " (", (RE, "มุสลิม"), ")\nโอนจากบัญชี ", (BA, bank_acct(r)),
            "\nจำนวน ", money(r), "\nที่อยู่จัดส่ง: ", (AD, address(r, "full")), "\nเบอร์: ", (PH, phone(r)), "\n"]


@tpl("religious")
def rel_baptism_register_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["Turn this parish register entry into a certificate:\n\nBaptised: ", (PER, n.roman()), "\nBorn: ", (DOB, dob(r, "en2")),
            "\nParents: ", (PER, n.roman()), " & ", (PER, n.roman()), "\nDenomination: ", (RE, r.choice(["Roman Catholic", "Catholic"])),
            "\nGodparent: ", (PER, n.expat()), "\n"]


@tpl("union")
def union_dues_csv(c: Ctx) -> list:
    r, n = c.r, c.n
    out: list = ["payroll wants to stop this deduction, pls write memo. data:\n\nemp_no,name,deduction,bank_acct\n"]
    for _ in range(3):
        out += [str(r.randint(10000, 99999)), ",", (PER, n.roman()), ",", (TU, "union member"), " dues 1%,", (BA, bank_acct(r)), "\n"]
    return out


@tpl("hr")
def hr_exit_interview_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["Summarise the exit interview. Remove anything that could identify the employee's health.\n\nEmployee: ",
            (PER, n.roman()), " (resigned, Finance)\nReason: burnout; diagnosed with ", (HE, r.choice(["major depressive disorder", "panic disorder", "post-traumatic stress disorder"])),
            ". Felt excluded after colleagues found out she ", (PO, r.choice(["campaigned for the opposition", "supports the opposition party"])),
            " at the last election.\n"]


@tpl("hr")
def hr_medical_cert_ocr(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["OCR ใบรับรองแพทย์ ตรวจว่าเป็นของจริงไหม (ดูรูปแบบ)\n\nใบรับรองแพทย์\nโรงพยาบาล", r.choice(["ลานนา", "บางกอกเมดิคอล", "หาดใหญ่ราม"]),
            "\nข้าพเจ้า นพ. ", (PER, n.thai()), " ได้ตรวจร่างกาย ", (PER, n.thai()), "\nเลขบัตร ", (NID, thai_id(r, "space")),
            "   HN ", (MRN, hn(r)), "\nผลการวินิจฉัย ", (HE, r.choice(S26["HEALTH_DATA"])), "\nความเห็น ควรหยุดพัก 5 วัน\n"]


@tpl("insurance")
def ins_disability_claim_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ประเมินเคลม TPD นี้ตามข้อ 7 (ทุพพลภาพถาวรสิ้นเชิง) แล้วให้ความเห็นว่าควรจ่ายหรือไม่\n\nClaimant: ", (PER, n.roman()),
            " (ID ", (NID, thai_id(r)), ")\nInjury: workplace accident, now ", (DI, r.choice(["below-knee amputee", "paraplegic"])),
            "\nPayout account: ", (BA, bank_acct(r)), "\n"]


@tpl("police")
def pol_traffic_ticket(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ช่วยเขียนหนังสืออุทธรณ์ใบสั่งให้หน่อย ผมว่าไม่ได้ฝ่าไฟแดง\n\nใบสั่ง เลขที่ ", str(r.randint(10**6, 10**7)), "\nผู้ขับขี่ ",
            (PER, n.thai()), "\nเลขที่ใบอนุญาตขับขี่/บัตรประชาชน ", (NID, thai_id(r)), "\nเกิดวันที่ ", (DOB, dob(r, "th_abbr")),
            "\nรถหมายเลขทะเบียน ", (PL, plate(r)), "\nข้อหา ฝ่าฝืนสัญญาณไฟจราจร\n"]


@tpl("legal")
def law_divorce_summary_th(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["สรุปข้อเท็จจริงคดีฟ้องหย่าสำหรับทนาย\n\nโจทก์ นาง", (PER, n.thai()), " จำเลย นาย", (PER, n.thai()),
            "\nเหตุหย่า: จำเลย", (SX, r.choice(["มีความสัมพันธ์ชู้สาว", "ใช้บริการทางเพศ"])), "กับหญิงอื่น มีภาพหลักฐาน\n"
            "ทรัพย์สินร่วม: บ้าน ", (AD, address(r, "village")), " และรถ ", (PL, plate(r)), "\n"]


@tpl("ecommerce")
def ecom_return_chat_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["Reply to the customer in English; approve the return.\n\ncustomer: hi, order 7 days ago, shoes too small. i'm ",
            (PER, n.expat()), ", pickup from ", (AD, address(r, "bkk_en")), " pls. my number ", (PH, phone(r, "mob")), "\n"]


@tpl("telecom")
def tel_porting_form_th(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["เช็คแบบฟอร์มย้ายค่ายนี้ว่ากรอกผิดตรงไหน\n\nคำขอโอนย้ายผู้ให้บริการ (MNP)\nชื่อ: ", (PER, n.thai()), "\nเลขหมาย: ",
            (PH, phone(r, "mob")), "\nเลขบัตร: ", (NID, thai_id(r)), "\nวันเกิด: ", (DOB, dob(r, "th_full")), "\nรหัส PIN: ****\n"]


@tpl("government")
def gov_land_office_th(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ร่างหนังสือมอบอำนาจยื่นเรื่องที่สำนักงานที่ดิน (ต้นฉบับใช้เลขไทย)\n\nข้าพเจ้า ", n.th_title(), (PER, n.thai()),
            " บัตรประชาชนเลขที่ ", (NID, thai_id(r, "thai")),
            " อยู่บ้านเลขที่ ", (AD, address(r, "full")), " ขอมอบอำนาจให้ ", (PER, n.thai()), " บัตรเลขที่ ", (NID, thai_id(r)),
            " เป็นผู้ยื่นคำขอจดทะเบียนขายโฉนดเลขที่ ", str(r.randint(1000, 99999)), " ติดต่อผู้รับมอบอำนาจ ",
            (PH, phone(r, "mob").translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))), "\n"]


@tpl("biometrics")
def bio_condo_access_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ร่างหนังสือขอความยินยอม (ภาษาไทย) ให้ลูกบ้านด้านล่าง ก่อนลงทะเบียนระบบสแกนหน้าเข้าอาคาร ตาม PDPA ม.26\n\nResident: ",
            (PER, n.roman()), ", unit ", (AD, address(r, "bkk_en")), "\nData to be collected: ", (BI, r.choice(["facial geometry", "face embedding"])),
            " and a ", (BI, "liveness selfie"), "\nContact: ", (EM, email(r)), "\n"]


@tpl("hospital")
def gen_ivf_embryo_th(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["สรุปผล PGT-A ให้คู่สมรสเข้าใจง่าย\n\nคู่สมรส: ", (PER, n.thai()), " / ", (PER, n.thai()), "  HN ", (MRN, hn(r)),
            "\nฝ่ายหญิงเป็น", (GE, r.choice(["พาหะธาลัสซีเมีย", "พาหะโรคฮีโมฟีเลีย"])), " ฝ่ายชาย", (HE, r.choice(["ความดันโลหิตสูง", "เบาหวานชนิดที่ 2"])),
            "\nตัวอ่อน 2 ใน 5 ตัว: ", (GE, "โครโมโซมคู่ที่ 21 เกิน"), "\n"]


@tpl("political")
def pol_petition_signers(c: Ctx) -> list:
    r, n = c.r, c.n
    out: list = ["รายชื่อผู้ลงชื่อเสนอกฎหมาย (ต้องครบ 10,000) ช่วยตรวจเลขบัตรซ้ำ\n\n"]
    for _ in range(3):
        out += [(PER, n.thai()), " ", (NID, thai_id(r)), "\n"]
    out += ["หมายเหตุ: ผู้ลงชื่อทั้งหมด", (PO, "สนับสนุนการแก้ไขมาตรา 112"), "\n"]
    return out


@tpl("real_estate")
def crim_tenant_screening_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["สรุปผลคัดกรองผู้เช่าให้เจ้าของห้อง (เจ้าของอ่านอังกฤษไม่คล่อง) เขียนเป็นภาษาไทย ตามข้อเท็จจริง\n\nApplicant: ", (PER, n.roman()), "\nPhone: ", (PH, phone(r)),
            "\nEmployment: verified\nCriminal record search: ", (CR, r.choice(["suspended sentence for assault", "prior conviction for theft"])),
            " (2015)\n"]


@tpl("tech")
def sx_dating_moderation_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["Moderation queue item. Does this report violate our outing policy?\n\nReporter: ", (PER, n.roman()), "\nReported profile: ",
            (PER, n.roman()), " (LINE ", (LN, line_id(r, True)), ")\nReport text: \"he posted screenshots saying I'm ",
            (SX, r.choice(["bisexual", "gay"])), " and have ", (SX, "multiple sexual partners"), "\"\n"]


@tpl("ngo")
def et_refugee_registration_en(c: Ctx) -> list:
    r = c.r
    return ["Clean up this registration row for the temporary shelter database:\n\nname=", (PER, r.choice(NEIGHBOUR_ROMAN)),
            "; dob=", (DOB, dob(r, "slash_ce")), "; ethnicity=", (ET, r.choice(["Karen", "ethnic Karen", "Shan", "Mon"])),
            "; religion=", (RE, r.choice(["Buddhist", "Christian", "Muslim"])), "; phone=", (PH, foreign_phone(r)), "\n"]


@tpl("hospital")
def hos_referral_letter_en(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ช่วยเกลาจดหมายส่งตัวผู้ป่วยฉบับภาษาอังกฤษนี้ให้เป็นทางการขึ้น แพทย์ปลายทางเป็นชาวต่างชาติ\n\nDear Dr. ", (PER, n.expat()), ",\nI am referring ", (PER, n.roman()), " (HN ", (MRN, hn(r)),
            ", DOB ", (DOB, dob(r, "slash_ce")), ") with ", (HE, r.choice(S26["HEALTH_DATA_EN"])), " for further management.\n"]


@tpl("bank")
def fin_loan_application_th(c: Ctx) -> list:
    r, n = c.r, c.n
    return ["ประเมินใบสมัครสินเชื่อบ้านนี้ (DSR) ให้หน่อย\nผู้กู้: ", (PER, n.thai()), "\nบัตร: ", (NID, thai_id(r)), "\nรายได้: ",
            money(r), "/เดือน\nบัญชีรับเงินเดือน: ", (BA, bank_acct(r)), "\nหลักประกัน: ", (AD, address(r, "village")), "\n"]


@tpl("logistics")
def log_cod_csv(c: Ctx) -> list:
    r, n = c.r, c.n
    out: list = ["COD ค้างโอน ช่วยรวมยอดตามผู้รับ\n\nawb;receiver;tel;addr;cod\n"]
    for _ in range(3):
        out += [f"KX{r.randint(10**9, 10**10)};", (PER, n.any()), ";", (PH, phone(r)), ";", (AD, address(r, "abbr")), f";{r.randint(150, 3900)}\n"]
    return out


@tpl("hr")
def hr_whistle_email_en(c: Ctx) -> list:
    r, n = c.r, c.n
    a = n.roman()
    return ["Please draft a neutral acknowledgement of this whistleblower email.\n\nFrom: ", (EM, email(r)), "\nTo: ethics@kruathai-foods.co.th\n\n"
            "I want to report that my supervisor ", (PER, a), " has a ", (CR, r.choice(["criminal record for embezzlement", "prior conviction for theft"])),
            " that he hid when he was hired.\n\n> On Mon, ethics@kruathai-foods.co.th wrote:\n> Thank you, please provide details.\n"]


@tpl("developer")
def code_env_dump(c: Ctx) -> list:
    r = c.r
    return ["คอนเทนเนอร์ crash วนลูป นี่คือผลลัพธ์ `env` ผิดตรงไหน\n\nPATH=/usr/local/bin:/usr/bin\nDB_HOST=", (IPA, ip(r)),
            "\nDB_PORT=5432\nADMIN_EMAIL=", (EM, email(r, None, True)), "\nSMS_TEST_NUMBER=", (PH, phone(r, "intl").replace(" ", "")),
            "\nNODE_ENV=production\n"]


# ==================================================================================================
# Hard negatives: s.26 vocabulary about groups, laws, products, textbooks (two templates per type)
# ==================================================================================================

@tpl("public_health", hard=HE)
def hn_health_campaign_th(c: Ctx) -> list:
    r = c.r
    return [lead(c.r, "th"), "ช่วยเขียนโพสต์รณรงค์วันเบาหวานโลกให้ อสม. แชร์ในกลุ่มไลน์หมู่บ้าน\n\nข้อมูล: คนไทยเป็นโรคเบาหวานประมาณ ",
            str(r.randint(5, 6)), " ล้านคน ครึ่งหนึ่งไม่รู้ตัว ความดันโลหิตสูงพบร่วมบ่อย ควรตรวจน้ำตาลปลายนิ้วปีละครั้งหลังอายุ 35 ปี "
            "ลดหวาน มัน เค็ม ออกกำลังกาย 150 นาทีต่อสัปดาห์ ตรวจฟรีที่ รพ.สต. ทุกวันพุธ"]


@tpl("medical_education", hard=HE)
def hn_health_textbook_en(c: Ctx) -> list:
    return [lead(c.r, "en"), "ช่วยออกข้อสอบ MCQ 5 ข้อ (ภาษาไทย) จากย่อหน้าตำรานี้ สำหรับนักศึกษาแพทย์ปี 4\n\n\"Dengue fever is transmitted by Aedes aegypti. "
            "Warning signs include abdominal pain, persistent vomiting and mucosal bleeding. Patients with major depressive disorder "
            "or HIV infection require no change to fluid management, but those with chronic kidney disease need careful monitoring of "
            "input and output. The critical phase typically begins around defervescence.\""]


@tpl("hr_policy", hard=RE)
def hn_religion_prayer_policy(c: Ctx) -> list:
    r = c.r
    return ["ปรับนโยบายนี้ให้ครอบคลุมพนักงานทุกศาสนา\n\nนโยบายห้องละหมาด/ห้องสมาธิ: บริษัทจัดห้องละหมาดสำหรับพนักงานที่นับถือศาสนาอิสลาม "
            "ชั้น ", str(r.randint(2, 9)), " และอนุญาตให้พักช่วงละศีลอดในเดือนรอมฎอน พนักงานศาสนาพุทธ คริสต์ ฮินดู และซิกข์ "
            "สามารถใช้ห้องสมาธิได้ตามสะดวก ห้ามสอบถามความเชื่อทางศาสนาในการสัมภาษณ์งาน"]


@tpl("statistics", hard=RE)
def hn_religion_census_en(c: Ctx) -> list:
    r = c.r
    return ["เขียนคำบรรยายกราฟแท่งจากตัวเลขสำมะโนนี้เป็นภาษาไทย: Buddhist ", f"{r.randint(92, 94)}.{r.randint(0, 9)}%", ", Muslim ",
            f"{r.randint(4, 5)}.{r.randint(0, 9)}%", ", Christian 1.2%, Hindu and Sikh under 0.1%. Note the Muslim majority in Pattani, "
            "Yala and Narathiwat and the Catholic communities around Sam Phran."]


@tpl("museum", hard=ET)
def hn_ethnicity_museum_th(c: Ctx) -> list:
    return [lead(c.r, "th"), "เขียนป้ายนิทรรศการ 80 คำ: ชาวม้ง ชาวอาข่า ชาวกะเหรี่ยง และชาวลีซู อพยพเข้าสู่ภาคเหนือของไทยในช่วงศตวรรษที่ 19-20 "
            "แต่ละกลุ่มชาติพันธุ์มีภาษา เครื่องแต่งกาย และพิธีปีใหม่ของตนเอง ชาวไทใหญ่ในแม่ฮ่องสอนมีประเพณีปอยส่างลองที่ขึ้นชื่อ"]


@tpl("hr_policy", hard=ET)
def hn_ethnicity_nondiscrimination_en(c: Ctx) -> list:
    return [lead(c.r, "en"), "Rewrite this clause in plain English:\n\n\"The Company shall not discriminate in recruitment, promotion or dismissal on the "
            "grounds of ethnic origin, including but not limited to persons of Chinese, Malay, Karen, Hmong, Mon or Khmer descent, "
            "nor on the grounds of skin colour or mother tongue.\""]


@tpl("civics", hard=PO)
def hn_political_election_law_th(c: Ctx) -> list:
    return [lead(c.r, "th"), "สรุป พ.ร.ป.ว่าด้วยการเลือกตั้ง ส.ส. ประเด็นที่ลูกจ้างควรรู้: นายจ้างห้ามบังคับลูกจ้างให้สนับสนุนพรรคการเมืองใด "
            "ห้ามถามว่าลูกจ้างเลือกพรรคฝ่ายค้านหรือพรรครัฐบาล ลูกจ้างมีสิทธิลาไปเลือกตั้งได้ การชุมนุมทางการเมืองนอกเวลางาน"
            "เป็นเสรีภาพตามรัฐธรรมนูญ ข้อมูลความคิดเห็นทางการเมืองเป็นข้อมูลอ่อนไหวตาม PDPA มาตรา 26"]


@tpl("news", hard=PO)
def hn_political_poll_news_en(c: Ctx) -> list:
    r = c.r
    return ["สรุปข่าวนี้เป็นภาษาไทยสองประโยค ใช้ภาษากลางๆ ไม่ชี้นำ: A national poll of ", f"{r.randint(1200, 2400):,}", " adults found that ", str(r.randint(30, 45)),
            "% support the opposition party, while conservative voters were split on the constitutional amendment. Pro-democracy "
            "groups plan a rally on Sunday; the election commission reminded party canvassers of spending limits."]


@tpl("statistics", hard=CR)
def hn_crime_stats_th(c: Ctx) -> list:
    r = c.r
    return ["ทำ infographic จากสถิติ: ปี 2568 คดียาเสพติด ", f"{r.randint(250, 380):,}", " คดี คดีลักทรัพย์ ", f"{r.randint(20, 45):,}",
            " คดี ผู้ต้องขังทั่วประเทศ ", f"{r.randint(260, 300):,}", ",000 คน ผู้ต้องโทษจำคุกในคดีฉ้อโกงออนไลน์เพิ่มขึ้นร้อยละ ",
            str(r.randint(10, 40)), " อัตราการกระทำผิดซ้ำภายใน 3 ปีอยู่ที่ประมาณหนึ่งในสาม"]


@tpl("hr_policy", hard=CR)
def hn_crime_background_policy_en(c: Ctx) -> list:
    return [lead(c.r, "en"), "Review our background-check policy for PDPA compliance:\n\n\"Candidates for cash-handling roles will be asked to consent to a "
            "criminal record check. A prior conviction for theft or fraud does not automatically disqualify a candidate; a suspended "
            "sentence or a spent conviction must be assessed case by case. Results are deleted after 90 days.\""]


@tpl("education", hard=SX)
def hn_sexual_education_th(c: Ctx) -> list:
    return [lead(c.r, "th"), "ช่วยทำแผนการสอนเพศศึกษา ม.4 คาบ 50 นาที หัวข้อ: ความหลากหลายทางเพศ (เกย์ เลสเบี้ยน ไบเซ็กชวล คนข้ามเพศ) "
            "การมีเพศสัมพันธ์ที่ปลอดภัย การป้องกันโรคติดต่อทางเพศสัมพันธ์ และการเคารพความยินยอม ไม่ต้องมีกรณีศึกษารายบุคคล"]


@tpl("news", hard=SX)
def hn_sexual_marriage_law_en(c: Ctx) -> list:
    return [lead(c.r, "en"), "Translate this news brief into Thai:\n\n\"Thailand's marriage equality law lets same-sex couples register their marriage with the "
            "same rights as other couples. LGBTQ+ groups said gay and lesbian couples queued at district offices on the first day. "
            "Public-health officials also reminded men who have sex with men about free PrEP.\""]


@tpl("building_code", hard=DI)
def hn_disability_building_code_th(c: Ctx) -> list:
    return [lead(c.r, "th"), "สรุปกฎกระทรวงสิ่งอำนวยความสะดวกสำหรับคนพิการ: ทางลาดความชันไม่เกิน 1:12 ห้องน้ำสำหรับผู้ใช้รถเข็นอย่างน้อย 1 ห้อง "
            "ป้ายอักษรเบรลล์สำหรับคนตาบอด ระบบสัญญาณไฟสำหรับคนหูหนวก ที่จอดรถคนพิการกว้าง 3.60 เมตร"]


@tpl("job_ad", hard=DI)
def hn_disability_job_ad_en(c: Ctx) -> list:
    r = c.r
    return [lead(c.r, "en"), "Polish this job ad:\n\n\"Data Entry Officer (", str(r.randint(2, 5)), " positions) — we welcome applicants with disabilities, "
            "including wheelchair users, deaf and hard-of-hearing candidates, and people on the autism spectrum. Screen readers supported. "
            "Apply at recruit@andaman-resort.com\""]


@tpl("law", hard=TU)
def hn_union_labour_act_th(c: Ctx) -> list:
    return [lead(c.r, "th"), "อธิบาย พ.ร.บ.แรงงานสัมพันธ์ ให้พนักงานใหม่เข้าใจใน 5 ข้อ: การจัดตั้งสหภาพแรงงานต้องมีลูกจ้างอย่างน้อย 10 คน "
            "กรรมการสหภาพแรงงานได้รับความคุ้มครองจากการเลิกจ้าง นายจ้างห้ามขัดขวางการเป็นสมาชิกสหภาพ การยื่นข้อเรียกร้อง "
            "และการนัดหยุดงานโดยชอบด้วยกฎหมาย"]


@tpl("news", hard=TU)
def hn_union_federation_news_en(c: Ctx) -> list:
    r = c.r
    return ["Give me 3 headline options: The State Enterprise Workers' Relations Confederation said ", f"{r.randint(100, 180)},000",
            " union members would join the May Day rally. Union representatives from the railway and electricity unions will present "
            "a 12-point petition on minimum wage and the right to organise."]


@tpl("medical_education", hard=GE)
def hn_genetic_textbook_th(c: Ctx) -> list:
    return [lead(c.r, "th"), "ทำสรุปสำหรับทบทวนสอบ: ธาลัสซีเมียถ่ายทอดแบบยีนด้อยบนออโตโซม ถ้าพ่อและแม่เป็นพาหะทั้งคู่ ลูกมีโอกาสเป็นโรค 25% "
            "เป็นพาหะ 50% ยีน BRCA1/BRCA2 กลายพันธุ์เพิ่มความเสี่ยงมะเร็งเต้านม การตรวจ HLA-B*15:02 ก่อนให้ยา carbamazepine"]


@tpl("product_docs", hard=GE)
def hn_genetic_kit_docs_en(c: Ctx) -> list:
    r = c.r
    return ["ย่อหน้าสินค้าชุดตรวจ DNA นี้ให้สั้นลงและแปลเป็นไทย (SKU GX-", str(r.randint(100, 999)), "):\n\n\"Our 250-marker panel screens "
            "for BRCA1/2 variants, Lynch syndrome genes, APOE genotype and common pharmacogenomic markers such as CYP2C19 and CYP2D6. "
            "Results in 21 days. Price ฿", f"{r.randint(5, 19)},900", ". Genetic counselling included.\""]


@tpl("product_docs", hard=BI)
def hn_biometric_sdk_docs_en(c: Ctx) -> list:
    r = c.r
    return ["อธิบาย changelog ของ SDK นี้ให้ PM ที่ไม่ใช่สายเทคนิคเข้าใจ เป็นภาษาไทยง่ายๆ\n\nv", f"{r.randint(2, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
            " — fingerprint template format ISO/IEC 19794-2 now default; face embedding size reduced to 256 floats; "
            "liveness detection threshold configurable; iris scan module deprecated; palm-vein reader driver updated for ARM64."]


@tpl("privacy_policy", hard=BI)
def hn_biometric_privacy_notice_th(c: Ctx) -> list:
    return [lead(c.r, "th"), "ตรวจร่างประกาศความเป็นส่วนตัวนี้: บริษัทอาจเก็บข้อมูลชีวภาพ เช่น ลายนิ้วมือ ข้อมูลใบหน้า และภาพสแกนม่านตา "
            "เพื่อควบคุมการเข้าออกอาคาร โดยขอความยินยอมโดยชัดแจ้งก่อนเก็บ เก็บในรูปแบบแม่แบบที่เข้ารหัส และลบภายใน 90 วันหลังสิ้นสุดสัญญาจ้าง"]


# ==================================================================================================
# Negatives with epoch-millisecond timestamps that pass the Thai ID checksum
# ==================================================================================================

@tpl("ecommerce", negative=True)
def neg_epoch_order_webhook(c: Ctx) -> list:
    r = c.r
    return ['ทำไม webhook handler ของเราถึง reject payload นี้ ดูให้หน่อย signature ตรงแล้ว\n{"event": "order.paid", "order_no": "SO-', str(r.randint(10**6, 10**7)),
            '", "created_ms": ', epoch_ms(r), ', "paid_ms": ', epoch_ms(r), ', "amount": ', f"{r.randint(100, 9999)}.00",
            ', "currency": "THB", "sku": "TSH-', r.choice(["BLK", "WHT", "NVY"]), '-', r.choice(["S", "M", "L", "XL"]), '"}']


@tpl("devops", negative=True)
def neg_epoch_k8s_log(c: Ctx) -> list:
    r = c.r
    return ["ช่วยอ่าน log นี้ว่า pod restart เพราะอะไร\n\n", f"ts={epoch_ms(r)} level=warn msg=\"liveness probe failed\" pod=api-7f9c{r.randint(10, 99)}\n",
            f"ts={epoch_ms(r)} level=error msg=\"OOMKilled\" container=worker mem_limit=512Mi\n",
            f"ts={epoch_ms(r)} level=info msg=\"restarting\" attempt=3 image=registry.local/api:v{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}\n"]


@tpl("analytics", negative=True)
def neg_epoch_events_csv(c: Ctx) -> list:
    r = c.r
    out = ["คำนวณ conversion rate แยกตามแคมเปญจากไฟล์ export นี้ แล้วสรุปเป็นตาราง\n\nevent_ms,campaign,event,value\n"]
    for _ in range(4):
        out.append(f"{epoch_ms(r)},{r.choice(['11.11', 'payday', 'xmas26'])},{r.choice(['view', 'add_to_cart', 'purchase'])},{r.randint(0, 2999)}\n")
    return out


@tpl("logistics", negative=True)
def neg_epoch_tracking_events(c: Ctx) -> list:
    r = c.r
    return ["แปลงสถานะพัสดุเป็นข้อความภาษาไทยสำหรับหน้าเว็บ\n\ntracking: TH", str(r.randint(10**11, 10**12 - 1)), "\n",
            f"- {epoch_ms(r)} PICKED_UP hub=BKK-02\n- {epoch_ms(r)} IN_TRANSIT hub=NMA-01\n- {epoch_ms(r)} OUT_FOR_DELIVERY hub=KKC-03\n"]


@tpl("fintech", negative=True)
def neg_epoch_sql_batch(c: Ctx) -> list:
    r = c.r
    return ["Optimise this query; the table has 40M rows.\n\nSELECT batch_id, COUNT(*) FROM settlements\nWHERE settled_at_ms BETWEEN ",
            epoch_ms(r), " AND ", epoch_ms(r), "\n  AND merchant_tier = 'gold'\nGROUP BY batch_id;\n-- last run took 14.2 s, plan attached"]


# ==================================================================================================
# Other negatives: order numbers, SKUs, ISBNs, prices, versions, tracking, code, public facts
# ==================================================================================================

@tpl("retail", negative=True)
def neg_sku_price_list(c: Ctx) -> list:
    r = c.r
    out = ["ช่วยเขียนคำโปรยสินค้า 3 รายการนี้ สไตล์สนุกๆ\n\n"]
    for _ in range(3):
        out.append(f"- SKU {r.choice(['KT', 'MG', 'CF'])}-{r.randint(10000, 99999)} {r.choice(['กาแฟดริปคั่วกลาง', 'แก้วเก็บความเย็น 20oz', 'หมอนยางพารา'])} ราคา {r.randint(159, 2990)} บาท (ลด {r.randint(5, 40)}%)\n")
    return out


@tpl("publishing", negative=True)
def neg_isbn_catalogue_en(c: Ctx) -> list:
    r = c.r
    isbns = ["978-616-08-" + f"{r.randint(1000, 9999)}-{r.randint(0, 9)}", "9786164" + str(r.randint(100000, 999999)), "978-974-" + f"{r.randint(10, 99)}-{r.randint(1000, 9999)}-{r.randint(0, 9)}"]
    return ["เขียนคำโปรยสั้นๆ ภาษาไทยให้หนังสือแต่ละเล่มในแคตตาล็อก ความยาวไม่เกิน 2 บรรทัด\n\n"] + [
        f"{i + 1}. ISBN {isbn} — {t}, {r.randint(180, 520)} pp., ฿{r.randint(195, 650)}\n"
        for i, (isbn, t) in enumerate(zip(isbns, ["Thai Street Food at Home", "A Short History of Ayutthaya", "Learning Python in 30 Days"], strict=False))]


@tpl("devops", negative=True)
def neg_version_changelog(c: Ctx) -> list:
    r = c.r
    return ["เขียน release note ภาษาไทยสำหรับลูกค้าจาก changelog นี้\n\n## v", f"{r.randint(3, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
            " (build ", str(r.randint(10**5, 10**6)), ")\n- bump openssl to 3.0.", str(r.randint(10, 15)), "\n- fix retry storm when upstream "
            "returns 503\n- p99 latency 412 ms -> 188 ms\n- drop support for Android 8\n"]


@tpl("logistics", negative=True)
def neg_tracking_numbers_batch(c: Ctx) -> list:
    r = c.r
    out = ["ตรวจรูปแบบเลขพัสดุ ว่าเลขไหนไม่ใช่ของไปรษณีย์ไทย\n\n"]
    for _ in range(5):
        out.append(r.choice([f"EF{r.randint(10**8, 10**9 - 1)}TH", f"KERDO{r.randint(10**9, 10**10 - 1)}", f"SPXTH0{r.randint(10**10, 10**11)}",
                             f"RB{r.randint(10**8, 10**9 - 1)}TH"]) + "\n")
    return out


@tpl("finance", negative=True)
def neg_fx_prices_table(c: Ctx) -> list:
    r = c.r
    return ["แปลงตารางนี้เป็น markdown และคำนวณส่วนต่าง\n\nสกุล ซื้อ ขาย\nUSD ", f"{r.randint(32, 36)}.{r.randint(10, 99)}", " ",
            f"{r.randint(32, 36)}.{r.randint(10, 99)}", "\nJPY 0.2", str(r.randint(100, 399)), " 0.2", str(r.randint(400, 699)), "\nEUR ",
            f"{r.randint(36, 40)}.{r.randint(10, 99)}", " ", f"{r.randint(36, 40)}.{r.randint(10, 99)}", "\nอัปเดต 24/11/2569 16:30 น."]


@tpl("developer", negative=True)
def neg_code_regex_review(c: Ctx) -> list:
    return [lead(c.r, "th"), "รีวิว validator นี้หน่อย มันปฏิเสธเบอร์ที่ถูกต้อง\n\n```python\nimport re\nTHAI_MOBILE = re.compile(r\"^0[689]\\d{8}$\")\n\n"
            "def is_mobile(s: str) -> bool:\n    return bool(THAI_MOBILE.match(s.replace('-', '')))\n\n# examples in the spec use 0XX-XXX-XXXX\n```"]


@tpl("developer", negative=True)
def neg_schema_design_th(c: Ctx) -> list:
    return [lead(c.r, "th"), "ออกแบบตาราง customers สำหรับระบบ CRM ให้หน่อย ต้องมีคอลัมน์ citizen_id (CHAR(13), เข้ารหัส), phone, email, dob, "
            "address_json, consent_version และ created_at ขอ DDL ของ PostgreSQL พร้อม index ที่เหมาะสม และอธิบายการทำ masking"]


@tpl("customer_service", negative=True)
def neg_role_mailbox_faq(c: Ctx) -> list:
    r = c.r
    return ["ช่วยปรับ FAQ ภาษาอังกฤษนี้ให้เป็นมิตรขึ้น และแปลเป็นภาษาไทยด้วย\n\nQ: How do I change my delivery address?\nA: Log in > My Orders > Edit, or write to support@",
            r.choice(COMPANY_DOMAINS), " with your order number (e.g. SO-", str(r.randint(10**6, 10**7)), "). For invoices email info@",
            r.choice(COMPANY_DOMAINS), ". Call centre hours 08:00-20:00.\n"]


@tpl("hr", negative=True)
def neg_job_posting_th(c: Ctx) -> list:
    r = c.r
    return ["เกลาประกาศรับสมัครงานนี้ให้น่าสนใจ\n\nรับสมัคร Data Analyst ", str(r.randint(1, 3)), " อัตรา เงินเดือน ",
            f"{r.randint(25, 45)},000-{r.randint(50, 80)},000", " บาท ทำงานไฮบริด สวัสดิการประกันกลุ่ม กองทุนสำรองเลี้ยงชีพ 5% "
            "ส่งเรซูเม่ที่ hr@", r.choice(COMPANY_DOMAINS), " ภายใน 15 ธ.ค. 2569"]


@tpl("government", negative=True)
def neg_public_service_info_th(c: Ctx) -> list:
    return [lead(c.r, "th"), "สรุปขั้นตอนทำบัตรประชาชนใหม่กรณีบัตรหาย: 1) แจ้งความหรือแจ้งที่สำนักงานเขต 2) นำสำเนาทะเบียนบ้าน 3) ค่าธรรมเนียม 100 บาท "
            "4) ใช้เวลาประมาณ 15 นาที เปิดทำการจันทร์-ศุกร์ 08:30-15:30 และเสาร์ที่ศูนย์การค้าบางแห่ง"]


@tpl("travel", negative=True)
def neg_itinerary_en(c: Ctx) -> list:
    r = c.r
    return ["Plan a 4-day itinerary: flight TG", str(r.randint(100, 999)), " BKK-CNX departs 07:", str(r.randint(10, 59)),
            ", hotel booking ref HB", str(r.randint(10**5, 10**6)), ", budget ฿", f"{r.randint(8, 25)},000",
            ". We like coffee farms, night markets and Doi Inthanon. No early mornings after day 1."]


@tpl("marketing", negative=True)
def neg_campaign_brief_en(c: Ctx) -> list:
    r = c.r
    return ["Write 5 LINE OA broadcast messages for our 12.12 sale: code XMAS", str(r.randint(10, 99)), " gives ", str(r.randint(10, 30)),
            "% off orders over ฿", str(r.randint(5, 15) * 100), ", free shipping nationwide, valid 12-14 Dec 2026. Tone: playful, Thai-English mix."]


@tpl("manufacturing", negative=True)
def neg_qc_report_th(c: Ctx) -> list:
    r = c.r
    return ["สรุปรายงาน QC กะดึก: ล็อต L", str(r.randint(2600, 2699)), "-", str(r.randint(100, 999)), " ผลิต ", f"{r.randint(8, 14):,}",
            ",", str(r.randint(100, 999)), " ชิ้น ของเสีย ", f"{r.randint(1, 4)}.{r.randint(0, 9)}", "% สาเหตุหลักรอยขีดข่วน เครื่อง CNC-0",
            str(r.randint(1, 9)), " หยุด 42 นาที ต้องเปลี่ยนหัวกัด part no. 88-", str(r.randint(1000, 9999))]


@tpl("education", negative=True)
def neg_lesson_plan_th(c: Ctx) -> list:
    return [lead(c.r, "th"), "ช่วยออกข้อสอบปรนัย 10 ข้อ วิชาสังคมศึกษา ม.3 เรื่องภูมิศาสตร์ภาคใต้ ครอบคลุมจังหวัดสงขลา ภูเก็ต ยะลา "
            "ภูมิอากาศมรสุม ยางพารา ปาล์มน้ำมัน และการท่องเที่ยวทางทะเล พร้อมเฉลย"]


@tpl("legal", negative=True)
def neg_pdpa_question_en(c: Ctx) -> list:
    return [lead(c.r, "en"), "Under Thailand's PDPA, do we need consent to send payroll data to a processor in Singapore, or is a contract under "
            "section 29 enough? Also, what is the breach-notification deadline to the PDPC (72 hours?). Answer with section numbers."]


@tpl("real_estate", negative=True)
def neg_property_listing_th(c: Ctx) -> list:
    r = c.r
    return ["เขียนประกาศขายคอนโดให้น่าสนใจ: 1 ห้องนอน ", str(r.randint(26, 45)), " ตร.ม. ชั้น ", str(r.randint(5, 30)),
            " ใกล้ BTS อ่อนนุช ", str(r.randint(200, 800)), " ม. ราคา ", f"{r.randint(2, 5)}.{r.randint(1, 9)}", " ล้านบาท ค่าส่วนกลาง ",
            str(r.randint(35, 70)), " บาท/ตร.ม. วิวเมือง ทิศเหนือ ไม่ร้อน"]


@tpl("hotel", negative=True)
def neg_hotel_rates_en(c: Ctx) -> list:
    r = c.r
    return ["จัดเรตห้องพักนี้เป็นตาราง ภาษาไทย-อังกฤษ\nDeluxe ฿", f"{r.randint(2, 4)},{r.randint(100, 900)}", " / Suite ฿",
            f"{r.randint(5, 9)},{r.randint(100, 900)}", " / extra bed ฿", str(r.randint(5, 9) * 100), " / breakfast ฿", str(r.randint(3, 6) * 100),
            " per person. Promo code ANDAMAN", str(r.randint(10, 99)), " valid until 31 Mar 2027. Check-in 14:00, check-out 12:00."]


@tpl("insurance", negative=True)
def neg_policy_product_th(c: Ctx) -> list:
    r = c.r
    return ["เปรียบเทียบแผนประกันสุขภาพ 2 แผน: แผน A เบี้ย ", f"{r.randint(12, 25):,}", ",000 บาท/ปี ค่าห้อง ", f"{r.randint(3, 6)},000",
            " บาท/คืน วงเงิน 1 ล้าน / แผน B เบี้ย ", f"{r.randint(26, 40):,}", ",000 บาท/ปี ค่าห้อง ", f"{r.randint(6, 9)},000",
            " บาท/คืน วงเงิน 5 ล้าน มีระยะรอคอย 30 วัน (120 วันสำหรับโรคเฉพาะ)"]


@tpl("telecom", negative=True)
def neg_network_incident_en(c: Ctx) -> list:
    r = c.r
    return ["ร่างประกาศหน้า status page ภาษาไทยและอังกฤษ: fibre cut on the Bangkok-Korat backbone at km ", str(r.randint(50, 250)), ", ", str(r.randint(3, 9)),
            "% of subscribers in Nakhon Ratchasima affected, ETA ", str(r.randint(2, 6)), "h, incident INC-", str(r.randint(10**5, 10**6)),
            ". Use traffic rerouted via AS", str(r.randint(4000, 9999)), "."]


@tpl("ngo", negative=True)
def neg_donation_report_th(c: Ctx) -> list:
    r = c.r
    return ["สรุปยอดบริจาคไตรมาส 3: ยอดรวม ", f"{r.randint(1, 9)},{r.randint(100, 999)},{r.randint(100, 999)}", " บาท จากผู้บริจาค ",
            f"{r.randint(1, 9)},{r.randint(100, 999)}", " ราย ใช้จ่ายโครงการน้ำสะอาด ", str(r.randint(30, 60)), "% ทุนการศึกษา ",
            str(r.randint(10, 30)), "% ทำเป็นย่อหน้าสำหรับรายงานประจำปี"]


@tpl("developer", negative=True)
def neg_messages_no_pii(c: Ctx) -> list:
    r = c.r
    return messages([
        ("system", ["You are a helpful assistant for a Thai e-commerce team."]),
        ("user", ["เขียนฟังก์ชัน Python คำนวณ VAT 7% จากราคารวม ", str(r.randint(100, 9999)), " บาท"]),
        ("assistant", ["def vat(total): return round(total * 7 / 107, 2)"]),
        ("user", ["ทำให้รองรับ Decimal และปัดเศษแบบ ROUND_HALF_UP ด้วย"]),
    ])


# ==================================================================================================
# Rendering, validation, output
# ==================================================================================================

def _check_value(entity_type: str, span: str) -> bool:
    """Validate the values that have a checkable form; True for the others."""
    s = span.translate(THAI_DIGITS)
    digits = "".join(ch for ch in s if ch.isdigit())
    if entity_type == "TH_NATIONAL_ID":
        return pin.is_valid(digits) and len(digits) == 13
    if entity_type == "TH_JURISTIC_ID":
        return moa.is_valid(digits) and len(digits) == 13
    if entity_type == "CREDIT_CARD":
        return 13 <= len(digits) <= 19 and luhn.is_valid(digits)
    if entity_type == "PHONE_NUMBER":
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(s, "TH"))
        except phonenumbers.NumberParseException:
            return False
    if entity_type == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
        except ValueError:
            return False
        return True
    return True


def render(parts: list) -> tuple[str, list[dict]]:
    text, ents, pos = [], [], 0
    for p in parts:
        if isinstance(p, tuple):
            etype, value = p
            assert etype in ENTITY_TYPES, etype
            lead = len(value) - len(value.lstrip())
            core = value.strip()
            assert core, p
            ents.append({"entity_type": etype, "start": pos + lead, "end": pos + lead + len(core)})
            text.append(value)
            pos += len(value)
        else:
            text.append(p)
            pos += len(p)
    return "".join(text), ents


def build() -> list[dict]:
    r = random.Random(SEED)
    fk = faker.Faker("en_US")
    fk.seed_instance(SEED)
    ctx = Ctx(r, fk)
    rows: list[dict] = []
    seen: set[str] = set()
    for t in TEMPLATES:
        for _ in range(PROMPTS_PER_TEMPLATE):
            for _attempt in range(50):  # redraw until the prompt differs from every earlier one
                text, ents = render(t.fn(ctx))
                if text not in seen:
                    break
            seen.add(text)
            if t.negative:
                assert not ents, t.name
            else:
                assert ents, t.name
            for e in ents:
                span = text[e["start"]:e["end"]]
                assert _check_value(e["entity_type"], span), (t.name, e, span)
            rows.append({"split": "test", "domain": t.domain, "template": t.name, "negative": t.negative,
                         "text": text, "entities": ents})
    r.shuffle(rows)
    return [{"id": f"f9-{i:04d}", **row} for i, row in enumerate(rows, 1)]


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps({k: row[k] for k in ("id", "split", "domain", "template", "negative", "text", "entities")},
                              ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 0 when the file is up to date, 1 otherwise")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    content = dumps(build())
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != content:
            print(f"{args.out} is out of date: run bench/make_freshset9.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {content.count(chr(10))} prompts to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
