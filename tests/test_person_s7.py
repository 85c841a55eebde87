"""Untitled romanised Thai names in English tickets and notes: the verb or the appositive tells a
person from a place or a product of the same letters. Fabricated names only."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.engine import get_engine

NAMED = [
    ("Somchai Jaidee called about his card.", "Somchai Jaidee"),
    ("Kanokwan Srisuk phoned twice yesterday and wants a refund.", "Kanokwan Srisuk"),
    ("Wiphawee Thongdee needs a new statement for March.", "Wiphawee Thongdee"),
    ("Ticket 4471: Anucha Boonmee ordered two phones but received one.", "Anucha Boonmee"),
    ("Summarise the complaint: Supaporn Kaewkla claimed the agent was rude.", "Supaporn Kaewkla"),
    ("Arthit Chaiyasit borrowed 50,000 baht and missed two payments.", "Arthit Chaiyasit"),
    ("Can you check why Jiraporn Saelim was charged twice?", "Jiraporn Saelim"),
    ("Pimchanok Rattanaporn agreed to the new repayment plan.", "Pimchanok Rattanaporn"),
    ("The bank's records list the borrower, Thitima Sukjai, as the guarantor.", "Thitima Sukjai"),
]

# Chat spelling, family and greetings (fabricated names).
NAMED += [
    ("hey, buying your health plan for my dad Narongsak Khongsomboon. he has asthma", "Narongsak Khongsomboon"),
    ("hello, flying tomorrow. my mum Ingrid Halvorsen uses a wheelchair", "Ingrid Halvorsen"),
    ("ok honestly i'm Kanyarat Boonprasert and i volunteer on weekends", "Kanyarat Boonprasert"),
    ("hi im Thanakorn Srisuk, want to apply personal loan.", "Thanakorn Srisuk"),
    ("I'm the director Wassana Meesuk, personal ID below", "Wassana Meesuk"),
    ("Hi Somchai, just letting you know I won't be in today.", "Somchai"),
    ("ไรเดอร์มาส่งผิดบ้าน พนักงานชื่ออนันต์ มาส่งของผิดบ้านสองครั้ง", "อนันต์"),
    ("ลูกค้าชื่อประเสริฐ โทรมาสองรอบแล้ว", "ประเสริฐ"),
    ("ICU handover\nBed 3 - Nantana Wongpaisan, 67M, septic shock", "Nantana Wongpaisan"),
    ("Registered keeper: Hassan Thongprasert\nOffence: speeding", "Hassan Thongprasert"),
    ("ผู้มีอำนาจลงนาม: มาลัย คำภักดี บัตร 4-0132-07406-19-2", "มาลัย คำภักดี"),
    ("Ward 7B: bed 12 Priya Raman HN 53647/65 blood sugar 40", "Priya Raman"),
    ("i relapsed again last night. my sister Bow doesnt know", "Bow"),
    ("our baby Ton (born 20 Feb 2025) had the newborn screening", "Ton"),
    ("I'm Somchai, account email is on file", "Somchai"),
    ("• ผู้เรียกร้อง: นายธีรวัฒน์ ปัญญาดี (หนิง)\n• ที่อยู่ตามบัตร", "หนิง"),
    ("Name: Siriporn Petcharat (Noon)\nLINE: ton_siri", "Noon"),
    ("for my suspected multiple sclerosis.\n> Regards, Prayoon Thongma", "Prayoon Thongma"),
    ("He also mocks my colleague Kanyarat at every meeting.", "Kanyarat"),
    ("โทร 087 738 3117  ลงชื่อ ล. สมบูรณ์ชัย", "ล. สมบูรณ์ชัย"),
    ("ผู้สั่ง นพ.ไพศาล หอมจันทร์ | ผู้จ่าย ด. ทองคำ", "ด. ทองคำ"),
    ("were called in: Phimchanok Vongsuwan (union member) and two others", "Phimchanok Vongsuwan"),
    ("Complainant: Anuwath Chaiyaphum\nInvestigators: Haruka Brennan, HR", "Haruka Brennan"),
    ("signed at the mosque before witnesses Khin Maung Aye and Natthaphong Srisawat.", "Natthaphong Srisawat"),
]

NOT_NAMED = [
    "Chiang Mai called for more tourists this year.",
    "Siam Paragon ordered new escalators.",
    "Central World needs more parking.",
    "Kasikorn Bank agreed to the merger terms.",
    "Wat Arun needs renovation funds.",
    "Our client, Krung Thai Bank, disputes the fee.",
    "Pad Thai wants more tamarind than you think.",
    "Chao Phraya Express missed two stops.",
    "Can you check why Nakhon Ratchasima was charged twice?",
    "Hi Team, the build is red again.",
    "Hey Siri, call mom",
    "Hello Everyone, welcome to the onboarding.",
    "I'm the Data Scientist at Google",
    "ชื่อภาษาอังกฤษ: ให้กรอกตามหนังสือเดินทาง",
    "ลูกค้าชื่อดังรายหนึ่งรีวิวร้าน",
    "my dad Google searched it for me",
    "I'm Sorry, it failed again",
    "Chiang Mai HN 123 is not a record",
    "[18:11] Page: อยู่ค่ะ 290 รวมส่ง",
    "[14:34] Dr: ok coming",
    "สั่งยาออนไลน์คับ ผมเป็นไทรอยด์ต่ำ กินยาอยู่",
    "สรุปข้อมูลการจำหน่ายผู้ป่วย (Discharge Summary)\nโรงพยาบาลศูนย์ขอนแก่น",
    "Sample order:\nPID|1||PATIENT_ID^^^HN||LASTNAME^FIRSTNAME||YYYYMMDD|U",
    "Thanks, Customer Service Team",
    "ติดต่อ อ. เมือง จ. เชียงใหม่",
    "ผู้จ่ายเงินเดือนคือฝ่ายบัญชี",
]

# The person is found; the role in brackets after the name is not a nickname.
ROLE_IN_BRACKETS = [
    "นายสมชาย ใจดี (ผู้กู้) และนางสมศรี ใจดี (ผู้ค้ำ)",
    "นางสมศรี ใจดี (ภรรยา) แจ้งเปลี่ยนที่อยู่",
    "Contact: Somchai Jaidee (Driver) for the pickup",
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_a_name_doing_what_people_do_is_found(text: str, name: str) -> None:
    assert name in [text[f.start : f.end] for f in get_engine().analyze(text) if f.entity_type == "PERSON"]


@pytest.mark.parametrize("text", NOT_NAMED)
def test_places_and_products_doing_the_same_are_not_names(text: str) -> None:
    assert [f for f in get_engine().analyze(text) if f.entity_type == "PERSON"] == []


@pytest.mark.parametrize("text", ROLE_IN_BRACKETS)
def test_a_role_in_brackets_is_not_a_nickname(text: str) -> None:
    found = [text[f.start : f.end] for f in get_engine().analyze(text) if f.entity_type == "PERSON"]
    assert found and not any(word in found for word in ("ผู้กู้", "ผู้ค้ำ", "ภรรยา", "Driver"))
