"""s.26 words in tables of counts, templates, rates and product features are about no one.
Fabricated values only."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.catalogue import SENSITIVE_TYPES
from pdpa_guard.detect.engine import get_engine

ABOUT_NO_ONE = [
    # a table of counts whose rows are a code, a label and numbers
    "Top diagnoses last quarter:\n| ICD-10 | Description | Visits |\n|---|---|---|\n| B20 | HIV disease | 2,181 |\n"
    "| I10 | Essential hypertension | 9,310 |\n| E11.9 | Type 2 diabetes | 7,402 |",
    # a table of groups by population
    "| กลุ่มชาติพันธุ์ | ประชากรโดยประมาณ | ไม่มีสัญชาติ |\n|---|---|---|\n| ม้ง | 124,000 | 12% |\n"
    "| กะเหรี่ยง | 267,000 | 26% |\n| ลีซู | 63,000 | 6% |",
    # a letter template: the person is a variable
    "เรื่อง แจ้งผลการขึ้นทะเบียนรับเบี้ยความพิการ\nเรียน {{title}}{{full_name}}\n"
    "ตามที่ท่านยื่นคำขอรับเบี้ยความพิการ ประเภท {{disability_type}} บัดนี้ได้รับการอนุมัติแล้ว",
    # a quota rule
    "Section 33 requires one employee with a disability per 100 staff; otherwise the company pays into the fund.",
    # a press statement
    "หัวหน้าพรรคอันดับหนึ่งแถลงว่าพร้อมจัดตั้งรัฐบาลผสม ขณะที่พรรคฝ่ายค้านเดิมระบุจะตรวจสอบงบประมาณ",
    # a way to log in
    "Can I use Face ID in the app? My phone is old. Is biometric login safer than a PIN?",
    # counts per group without delimiters, under a heading that names the measure
    "จำนวนนักเรียนในโรงเรียน จ.ตาก จำแนกตามกลุ่มชาติพันธุ์ ปีการศึกษา 2568\nกะเหรี่ยง 2040\nม้ง 528\nลีซู 229",
    # a job ad describes a position
    "HIRING: Payroll Officer (Bangna). Salary 23,000-36,000 THB. Buddhist preferred, no tattoos. Send CV to hr.",
    # a policy about any candidate
    "A prior conviction for theft does not automatically disqualify a candidate; a suspended sentence "
    "must be assessed case by case.",
    # an exhibition label about peoples ("ขึ้นชื่อ" is "renowned", not a name)
    "เขียนป้ายนิทรรศการ 80 คำ: แต่ละกลุ่มชาติพันธุ์มีภาษาของตนเอง ชาวไทใหญ่ในแม่ฮ่องสอนมีประเพณีปอยส่างลองที่ขึ้นชื่อ",
    # an age range in a job ad is no one's age
    "Sales executive (Bangna). Salary 23,000-36,000 THB. Female only, age 25-32, Buddhist preferred, no tattoos.",
]

STILL_ABOUT_SOMEONE = [
    ("RELIGION", "Patient, age 45, Buddhist, asks whether fasting affects her medication"),
    ("HEALTH_DATA", "ผู้ป่วย นางสาวมาลี ใจงาม HN 6623451 วินิจฉัย HIV disease (B20) นัดติดตาม 3 เดือน"),
    ("DISABILITY", "เรียน นายสมศักดิ์ ทองดี ตามที่ท่านยื่นคำขอรับเบี้ยความพิการ ประเภทความพิการทางการเห็น"),
    ("ETHNICITY", "| ชื่อ | ชาติพันธุ์ | อายุ |\n|---|---|---|\n| นายจะหวะ แสงคำ | ม้ง | 34 |\n| นางนาหมี่ เลาลี | ลีซู | 29 |"),
]


@pytest.mark.parametrize("text", ABOUT_NO_ONE)
def test_about_no_one(text: str) -> None:
    assert [f.entity_type for f in get_engine().analyze(text) if f.entity_type in SENSITIVE_TYPES] == []


@pytest.mark.parametrize(("entity_type", "text"), STILL_ABOUT_SOMEONE)
def test_the_same_words_about_someone(entity_type: str, text: str) -> None:
    assert entity_type in {f.entity_type for f in get_engine().analyze(text)}
