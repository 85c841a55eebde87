"""PDPA s.26 sensitive data: each category in Thai and English, glued Thai, and tricky negatives.

Every sentence is invented; names are made up. Positives state a fact about a person; negatives
use the same words about the world (news of a holiday, a product, a statistic, a pamphlet), or
are words that merely contain a term (คริสต์มาส, พ.ศ., ยีนส์).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pdpa_guard.detect.catalogue import SENSITIVE_TYPES
from pdpa_guard.detect.recognizers import RECOGNIZER_CLASSES
from pdpa_guard.detect.recognizers.sensitive import SensitiveDataRecognizer, sensitive_model
from pdpa_guard.detect.recognizers.sensitive_lexicon import (
    DATA_DIR,
    LexiconError,
    load_context,
    load_lexicons,
    parse_context,
    parse_lexicon,
)
from tests.conftest import spans_of

POSITIVES: list[tuple[str, str, str]] = [
    # (entity type, text, a substring the finding must overlap)
    ("HEALTH_DATA", "ลูกค้าชื่อนายสมปอง ใจเย็น เป็นโรคเบาหวานและความดันโลหิตสูง ขอเคลมค่ารักษา", "เบาหวาน"),
    ("HEALTH_DATA", "ผู้ป่วยหญิงอายุ 42 ปี ได้รับการวินิจฉัยว่าเป็นมะเร็งเต้านมระยะที่ 2", "มะเร็งเต้านม"),
    ("HEALTH_DATA", "พนักงานแจ้งว่าป่วยเป็นโรคซึมเศร้า ขอลาหยุด 3 วัน", "ซึมเศร้า"),
    ("HEALTH_DATA", "คุณวิภาติดเชื้อ HIV และกินยาต้านไวรัสทุกวัน", "HIV"),
    ("HEALTH_DATA", "น้องแพรวตั้งครรภ์ได้ 5 เดือน ขอเลื่อนนัดสัมภาษณ์", "ตั้งครรภ์"),
    ("HEALTH_DATA", "ลูกค้าเป็นไบโพลาร์ กำลังรักษากับจิตแพทย์", "ไบโพลาร์"),
    ("HEALTH_DATA", "สรุปเวชระเบียน: ชายไทยอายุ 58 ปี U/D DM, HT, DLP มาด้วยเจ็บหน้าอก", "DM"),
    ("HEALTH_DATA", "โรคประจำตัว: หอบหืด, แพ้ยา: เพนิซิลลิน", "หอบหืด"),
    ("HEALTH_DATA", "ผลแล็บของคนไข้ HbA1c 9.1% FBS 182 mg/dL", "HbA1c"),
    ("HEALTH_DATA", "diagnosis code ICD-10: E11.9 for the claimant", "E11.9"),
    ("HEALTH_DATA", "รหัสโรค J45.9 ผู้เอาประกันเข้ารับการรักษา 2 คืน", "J45.9"),
    ("HEALTH_DATA", "My mother has diabetes and takes metformin 500 mg twice a day.", "diabetes"),
    (
        "HEALTH_DATA",
        "Patient was diagnosed with tuberculosis last month and is on isoniazid.",
        "tuberculosis",
    ),
    ("HEALTH_DATA", "The employee is pregnant and asked for lighter duties.", "pregnant"),
    ("HEALTH_DATA", "ผู้ป่วยรายนี้แท้งบุตรเมื่อปีที่แล้ว", "แท้งบุตร"),
    ("HEALTH_DATA", "นางสาวปรียา ผ่าตัดไส้ติ่งเมื่อวันจันทร์", "ผ่าตัด"),
    ("HEALTH_DATA", "ลูกค้าเป็นเบาหวาน", "เบาหวาน"),
    ("HEALTH_DATA", '{"patient": "A", "diagnosis": "major depressive disorder"}', "major depressive"),
    ("RELIGION", "พนักงานใหม่นับถือศาสนาอิสลาม ขอเวลาละหมาดวันศุกร์", "อิสลาม"),
    ("RELIGION", "ผู้สมัครเป็นคริสเตียน ไม่สะดวกทำงานวันอาทิตย์", "คริสเตียน"),
    ("RELIGION", "ศาสนา: พุทธ", "ศาสนา"),
    ("RELIGION", "นายอารีฟเป็นมุสลิม ไม่ทานหมู", "มุสลิม"),
    ("RELIGION", "The applicant is a practising Muslim and fasts during Ramadan.", "Muslim"),
    ("RELIGION", "Customer said he is Hindu and asked for a vegetarian meal.", "Hindu"),
    ("RELIGION", '{"name": "Somchai", "religion": "Buddhist"}', "Buddhist"),
    ("RELIGION", "ดิฉันไม่นับถือศาสนาใด", "นับถือศาสนา"),
    ("ETHNICITY", "ลูกค้าเป็นชาวม้งจากจังหวัดน่าน ต้องการล่าม", "ม้ง"),
    ("ETHNICITY", "นายจอนิ เป็นคนกะเหรี่ยง พูดภาษาไทยได้เล็กน้อย", "กะเหรี่ยง"),
    ("ETHNICITY", "ผู้สมัครมีเชื้อสายมลายู", "เชื้อสาย"),
    ("ETHNICITY", "เชื้อชาติ: ไทย สัญชาติ: ไทย", "เชื้อชาติ"),
    ("ETHNICITY", "The tenant is Rohingya and has refugee status.", "Rohingya"),
    ("ETHNICITY", "Employee record: ethnicity: Hmong", "Hmong"),
    ("POLITICAL_OPINION", "ลูกค้าบอกว่าเป็นสมาชิกพรรคก้าวไกลมาสามปี", "สมาชิกพรรค"),
    ("POLITICAL_OPINION", "พนักงานคนนี้เคยร่วมชุมนุมกับคนเสื้อแดง", "ร่วมชุมนุม"),
    ("POLITICAL_OPINION", "ผมสนับสนุนพรรคเพื่อไทยมาตลอด", "สนับสนุนพรรค"),
    ("POLITICAL_OPINION", "The candidate is a party member and voted for the opposition.", "party member"),
    ("POLITICAL_OPINION", "She shared her political views with the interviewer.", "political views"),
    ("CRIMINAL_RECORD", "ผู้สมัครเคยต้องโทษจำคุก 2 ปี คดียาเสพติด", "ต้องโทษจำคุก"),
    ("CRIMINAL_RECORD", "นายเอกชัยมีประวัติอาชญากรรม ถูกจับกุมเมื่อปี 2565", "ประวัติอาชญากรรม"),
    ("CRIMINAL_RECORD", "ลูกค้าบอกว่าเคยติดคุกมาก่อน", "ติดคุก"),
    ("CRIMINAL_RECORD", "The applicant was convicted of fraud in 2019.", "convicted"),
    ("CRIMINAL_RECORD", "Background check: he has a criminal record for theft.", "criminal record"),
    ("SEXUAL_BEHAVIOUR", "ลูกค้าบอกว่าตัวเองเป็นเกย์ และอยู่กับแฟนผู้ชาย", "เกย์"),
    ("SEXUAL_BEHAVIOUR", "นางสาวเจนเป็นเลสเบี้ยน", "เลสเบี้ยน"),
    ("SEXUAL_BEHAVIOUR", "ผู้ป่วยมีคู่นอนหลายคนในช่วง 6 เดือนที่ผ่านมา", "คู่นอน"),
    ("SEXUAL_BEHAVIOUR", "The employee is bisexual and asked us to keep it private.", "bisexual"),
    ("SEXUAL_BEHAVIOUR", "Patient reports two sexual partners in the last year.", "sexual partners"),
    ("SEXUAL_BEHAVIOUR", '{"user": 12, "sexual_orientation": "gay"}', "gay"),
    ("DISABILITY", "ลูกค้าถือบัตรคนพิการ ขอส่วนลดค่าโดยสาร", "บัตรคนพิการ"),
    ("DISABILITY", "พนักงานคนนี้หูหนวก ต้องใช้ล่ามภาษามือ", "หูหนวก"),
    ("DISABILITY", "ลูกชายของลูกค้าเป็นออทิสติก", "ออทิสติก"),
    ("DISABILITY", "นายวีระนั่งวีลแชร์ ขอห้องชั้นล่าง", "วีลแชร์"),
    ("DISABILITY", "My son is autistic and legally blind.", "autistic"),
    ("TRADE_UNION", "นายสมศักดิ์เป็นสมาชิกสหภาพแรงงานของบริษัท", "สหภาพแรงงาน"),
    ("TRADE_UNION", "พนักงานสมัครเข้าสหภาพเมื่อเดือนที่แล้ว", "สหภาพ"),
    ("TRADE_UNION", "The employee is a union member and pays union dues monthly.", "union member"),
    ("TRADE_UNION", "She joined the union after the layoffs.", "joined the union"),
    ("GENETIC_DATA", "ผลตรวจยีน BRCA1 ของลูกค้าพบการกลายพันธุ์", "ยีน"),
    ("GENETIC_DATA", "ลูกค้าส่งตัวอย่างตรวจดีเอ็นเอเพื่อพิสูจน์ความเป็นพ่อ", "ดีเอ็นเอ"),
    ("GENETIC_DATA", "นางมาลีเป็นพาหะธาลัสซีเมีย", "พาหะ"),
    ("GENETIC_DATA", "The patient's genetic test results show a BRCA2 mutation.", "genetic test"),
    ("GENETIC_DATA", "Customer uploaded her DNA test from 23andMe.", "DNA test"),
    ("BIOMETRIC_DATA", "ระบบเก็บลายนิ้วมือพนักงานเพื่อบันทึกเวลาเข้างาน", "ลายนิ้วมือ"),
    ("BIOMETRIC_DATA", "ส่งข้อมูลใบหน้าของลูกค้าไปยืนยันตัวตน", "ใบหน้า"),
    (
        "BIOMETRIC_DATA",
        '{"employee_id": 771, "fingerprint_template": "Rk1SACAyMAAAAAEIAAABPAFiAMUAxQEAAAAoJ"}',
        "fingerprint",
    ),
    ("BIOMETRIC_DATA", "สแกนม่านตาของผู้โดยสารก่อนขึ้นเครื่อง", "ม่านตา"),
    # Instructions to the model around the disclosure (ควร, explain) do not hide it.
    ("HEALTH_DATA", "ช่วยสรุปว่าควรอนุมัติเคลมไหม: ลูกค้านายภาคิน ทองมา เป็นเบาหวานชนิดที่ 2 มา 8 ปี", "เบาหวาน"),
    (
        "HEALTH_DATA",
        "Please explain to the customer, Mrs. Lamai, why her claim for chemotherapy was delayed.",
        "chemo",
    ),
    ("HEALTH_DATA", "BP 160/100 mmHg, ชีพจร 92, ผู้ป่วยชาย 70 ปี", "160/100"),
    ("RELIGION", "แบบฟอร์มสมัครงาน: ชื่อ นางสาวซอฟียะห์ ศาสนา: อิสลาม สถานภาพ: โสด", "อิสลาม"),
    ("BIOMETRIC_DATA", '{"user": "u_8812", "face_embedding": [0.013, -0.221, 0.554]}', "face_embedding"),
]

# Glued Thai: no spaces at all between the cue, the person and the term.
GLUED: list[tuple[str, str]] = [
    ("HEALTH_DATA", "ลูกค้าชื่อนายสมชายใจดีเป็นโรคเบาหวานต้องการเคลมประกัน"),
    ("RELIGION", "พนักงานนับถือศาสนาอิสลามขอลาวันศุกร์"),
    ("CRIMINAL_RECORD", "ผู้สมัครมีประวัติต้องโทษจำคุกคดียาเสพติด"),
    ("DISABILITY", "ลูกค้าถือบัตรคนพิการขอส่วนลด"),
    ("TRADE_UNION", "นายสมศักดิ์เป็นสมาชิกสหภาพแรงงาน"),
    ("SEXUAL_BEHAVIOUR", "ลูกค้าบอกว่าเขาเป็นเกย์"),
    ("ETHNICITY", "ลูกค้าเป็นชาวกะเหรี่ยงจากตาก"),
    ("POLITICAL_OPINION", "ลูกค้าเป็นสมาชิกพรรคประชาธิปัตย์"),
    ("GENETIC_DATA", "ผู้ป่วยส่งผลตรวจยีนBRCA1มาแล้ว"),
    ("BIOMETRIC_DATA", "บริษัทเก็บลายนิ้วมือพนักงานทุกคน"),
]

# Same words, no disclosure about a person: nothing at or above the engine's threshold.
NEGATIVES: list[str] = [
    "วันวิสาขบูชาเป็นวันสำคัญทางพุทธศาสนา",
    "สุขสันต์วันคริสต์มาสและสวัสดีปีใหม่ 2568",
    "เอกสารฉบับนี้ลงวันที่ 12 มีนาคม พ.ศ. 2567 (พุทธศักราช 2567)",
    "ปีคริสต์ศักราช 2024 ตรงกับพุทธศักราช 2567",
    "กางเกงยีนส์ขาเดฟ ไซส์ 30 ราคา 590 บาท ส่งฟรี",
    "เสื้อยีนตัวนี้ลดราคา 30% เหลือ 399 บาท",
    "ร้านขายยาเภสัชกรชุมชน เปิดทุกวัน 8.00-20.00 น.",
    "โรงพยาบาลมะเร็งอุดรธานีเปิดรับสมัครพยาบาล",
    "กองทุนเบาหวานแห่งชาติจัดแจกแผ่นพับความรู้เรื่องโรคเบาหวาน",
    "โรคเบาหวานเป็นโรคเรื้อรังที่พบบ่อยในคนไทย ควรตรวจน้ำตาลปีละครั้ง",
    "ผู้ป่วยเบาหวานควรลดอาหารหวานและออกกำลังกายสม่ำเสมอ",
    "วิธีป้องกันการติดเชื้อ HIV มีอะไรบ้าง",
    "สถิติผู้ติดเชื้อโควิดรายใหม่วันนี้ 1,204 ราย",
    "ในวิชาศาสนา นักเรียนจะได้เรียนประวัติของศาสนาพุทธ ศาสนาคริสต์ และศาสนาอิสลาม",
    "ธนาคารอิสลามแห่งประเทศไทยประกาศอัตราดอกเบี้ยใหม่",
    "สหภาพยุโรปประกาศมาตรการภาษีคาร์บอน",
    "โทรศัพท์รุ่นนี้ปลดล็อกด้วยลายนิ้วมือและสแกนใบหน้า ราคา 12,900 บาท",
    "คำใบ้: ผลไม้สีเหลือง รสเปรี้ยว",
    "ห้องน้ำคนพิการอยู่ชั้น 1 ใกล้ลิฟต์",
    "ผู้ใดกระทำความผิดตามมาตรานี้ ต้องระวางโทษจำคุกไม่เกินหนึ่งปี",
    "ยุงเป็นพาหะนำโรคไข้เลือดออก",
    "เสื้อแดงไซส์ L เหลือ 2 ตัว ราคาตัวละ 250 บาท",
    "Order #A10293 shipped on 2024-05-01 12:30:11, total 1,250 THB",
    "ISBN 978-616-00-1234-5 ราคา 320 บาท",
    "The Great Depression began in 1929.",
    "Customer success is in our company DNA.",
    "Compare the SHA256 fingerprint of the server certificate before connecting.",
    "Tips to prevent diabetes: eat less sugar and walk every day.",
    "Christmas sale: 20% off all Christian Dior perfumes.",
    "The European Union and the African Union signed an agreement.",
    "Window blinds, blind spot mirror, double-blind study protocol.",
    "World AIDS Day is observed on 1 December every year.",
    "ระบบ ERP version 4.2.1 build 20240501 อัปเดตเมื่อ 10:15 น.",
    "ราคาหุ้น PTT ปิดที่ 34.25 บาท เพิ่มขึ้น 0.75%",
    "ขนาดกล่อง 30x40x50 ซม. น้ำหนัก 2.5 กก. SKU TH-88231",
    "โต๊ะทำงาน E11 ขนาด 120 ซม. ราคา 3,990 บาท",
    "ประเทศไทยมีประชากรนับถือศาสนาพุทธร้อยละ 93",
    "ชาวม้งส่วนใหญ่อาศัยอยู่ในภาคเหนือของประเทศไทย",
    "บทความ: พรรคการเมืองไทยกับการเลือกตั้ง 2566",
    "ยีนส์ลีวายส์รุ่นคลาสสิก สีฟ้า",
    "ทัวร์ไหว้พระ 9 วัด สายมู ราคา 1,500 บาท",
    # People are named, but the sensitive-looking word is about something else.
    "ลูกค้าชื่อนายสมชาย สั่งเสื้อแดง 2 ตัว ไซส์ XL",
    "Mr. Christian Becker booked flight TG 921 on 14 March, seat 32A.",
    "User account disabled by admin after 5 failed login attempts.",
    "ลูกค้าสั่ง SSD 1 TB และ RAM 16 GB ส่งด่วน",
    "ความดันลมยางหน้า 32 psi หลัง 36 psi",
    "ไฟล์ในคอมพิวเตอร์ของพนักงานติดเชื้อไวรัส ต้องสแกนด้วยแอนตี้ไวรัส",
    "Explain the diagnosis: what does E11.9 mean?",
    "เรื่องนี้ไม่ต้องโทษใคร ทีมงานแก้ไขแล้ว",
    "การที่เสือและแมวติดเชื้อแสดงว่าไวรัสแพร่สู่สัตว์ได้",
    "ช่วยเขียนโพสต์ประชาสัมพันธ์งานวิ่งการกุศลเพื่อผู้ป่วยมะเร็ง ค่าสมัคร 500 บาท",
    "คุณเป็นผู้ช่วยด้านสุขภาพ ตอบคำถามเกี่ยวกับโรคเบาหวานให้เข้าใจง่าย",
    "นายแพทย์สมศักดิ์ แนะนำว่าผู้ป่วยเบาหวานควรตรวจตาปีละครั้ง",
    "อธิบายให้นักเรียนเข้าใจว่า DNA คืออะไร และการตรวจพันธุกรรมใช้ประโยชน์อะไรได้บ้าง",
    "โรคเบาหวานชนิดที่ 2 มักพบในผู้ใหญ่ การออกกำลังกายช่วยลดความเสี่ยงของการเป็นเบาหวาน",
    "ศาสนา: พุทธ 93.5%  อิสลาม 5.4%  คริสต์ 1.1%",
    "ศาสนา เป็นสิ่งที่มนุษย์ยึดถือมาตั้งแต่โบราณ",
    "Muslims around the world celebrate Eid al-Fitr at the end of Ramadan.",
    "สถานการณ์การระบาดของเชื้อไข้หวัดนกในภาคกลาง",
]


@pytest.mark.parametrize(("entity_type", "text", "must_overlap"), POSITIVES)
def test_disclosures_about_a_person_are_found(engine, entity_type: str, text: str, must_overlap: str) -> None:
    found = spans_of(engine, text, entity_type)
    assert found, f"no {entity_type} in {text!r}"
    at = text.index(must_overlap)
    assert any(
        text.index(span) < at + len(must_overlap) and at < text.index(span) + len(span) for span in found
    ), found


@pytest.mark.parametrize(("entity_type", "text"), GLUED)
def test_glued_thai_without_spaces(engine, entity_type: str, text: str) -> None:
    assert spans_of(engine, text, entity_type)


@pytest.mark.parametrize("text", NEGATIVES)
def test_same_words_about_the_world_are_not_reported(engine, text: str) -> None:
    found = [f for f in engine.analyze(text) if f.entity_type in SENSITIVE_TYPES]
    assert found == [], [(f.entity_type, text[f.start : f.end], f.score) for f in found]


def test_spans_are_the_disclosing_phrase(engine) -> None:
    text = "นายสมชายนับถือศาสนาอิสลาม ป่วยเป็นโรคเบาหวาน และเป็นสมาชิกสหภาพแรงงาน"
    assert spans_of(engine, text, "RELIGION") == ["นับถือศาสนาอิสลาม"]
    assert spans_of(engine, text, "HEALTH_DATA") == ["ป่วยเป็นโรคเบาหวาน"]
    assert spans_of(engine, text, "TRADE_UNION") == ["เป็นสมาชิกสหภาพแรงงาน"]
    text = '{"religion": "Islam"}'
    assert spans_of(engine, text, "RELIGION") == ['religion": "Islam']


def test_forms_with_and_without_colons(engine) -> None:
    text = "ชื่อ นางสาวตัวอย่าง ใจดี\nสัญชาติ ไทย  เชื้อชาติ กะเหรี่ยง  ศาสนา พุทธ\nที่อยู่ 1 หมู่ 2"
    assert spans_of(engine, text, "ETHNICITY") == ["เชื้อชาติ กะเหรี่ยง"]
    assert spans_of(engine, text, "RELIGION") == ["ศาสนา พุทธ"]
    text = "สัญชาติ: ไทย  เชื้อชาติ: มลายู  ศาสนา: อิสลาม"
    assert spans_of(engine, text, "ETHNICITY") == ["เชื้อชาติ: มลายู"]
    assert spans_of(engine, text, "RELIGION") == ["ศาสนา: อิสลาม"]


def test_a_record_that_identifies_its_subject_once_is_about_that_person() -> None:
    model = sensitive_model()
    filler = "ติดต่อแผนกเวชระเบียนชั้น 2 ในเวลาราชการ " * 4
    record = f"HN 64-001234\n{filler}\nไมเกรน"
    assert any(s.entity_type == "HEALTH_DATA" and s.score >= 0.5 for s in model.find(record))
    # The same note with nobody identified anywhere is not a disclosure.
    assert not any(s.score >= 0.5 for s in model.find(f"{filler}\nไมเกรน"))


def test_a_word_inside_another_category_term_stays_in_its_own_category(engine) -> None:
    text = "ลูกค้าเป็นไบโพลาร์ กำลังรักษากับจิตแพทย์"
    assert spans_of(engine, text, "HEALTH_DATA") and not spans_of(engine, text, "SEXUAL_BEHAVIOUR")
    assert spans_of(engine, "คนไข้ขอเลื่อนนัดตรวจฟัน", "HEALTH_DATA") == []  # ไข้ (fever) in คนไข้


def test_scores_are_calibrated_by_context() -> None:
    model = sensitive_model()

    def best(text: str) -> float:
        return max((s.score for s in model.find(text)), default=0.0)

    alone, with_role, with_person_and_predicate = (
        best("เบาหวาน"),
        best("ผู้ป่วยเบาหวาน"),
        best("นางสาวสมใจเป็นเบาหวาน"),
    )
    assert alone < 0.5 <= with_role < with_person_and_predicate
    assert best("ต้องโทษจำคุก") >= 0.85  # a strong phrase stands alone
    assert best("สถิติผู้ต้องโทษจำคุกทั่วประเทศ") < 0.5  # ... unless the text is about statistics
    assert best("ICD-10: E11.9") >= 0.85
    assert best("ICD-10 ฉบับภาษาไทย") == 0.0  # the cue alone is not a diagnosis
    # "การ" makes a strong phrase an activity in general; with a person it is still a disclosure.
    assert best("การตรวจพันธุกรรมมีประโยชน์") < 0.5 <= best("ลูกค้าส่งผลการตรวจพันธุกรรมแล้ว")


def test_empty_field_values_are_not_disclosures(engine) -> None:
    for text in ("ศาสนา: -", "โรคประจำตัว: ไม่มี", '{"religion": null}', "criminal_record: none"):
        assert [f for f in engine.analyze(text) if f.entity_type in SENSITIVE_TYPES] == [], text


def test_a_term_inside_a_longer_word_is_not_a_match() -> None:
    model = sensitive_model()
    # The Latin word rule and the Thai syllable rule, without any 'not' entry to help.
    assert [s for s in model.find("Gaynor is a patient") if s.entity_type == "SEXUAL_BEHAVIOUR"] == []
    assert [s for s in model.find("ลูกค้าซื้อยีนส์") if s.entity_type == "GENETIC_DATA"] == []


def test_every_category_has_a_lexicon_and_is_registered() -> None:
    terms = load_lexicons()
    assert {t.entity_type for t in terms} == SENSITIVE_TYPES
    assert SensitiveDataRecognizer in RECOGNIZER_CLASSES
    assert set(SensitiveDataRecognizer.ENTITIES) == SENSITIVE_TYPES
    assert load_context()


def test_lexicon_files_document_their_format_and_have_no_duplicates() -> None:
    for path in sorted(Path(DATA_DIR).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert "Format" in text.split("\n\n")[0], f"{path.name} does not document its format at the top"
        if path.name.startswith("_"):
            continue
        terms = parse_lexicon(text.splitlines(), path.stem.upper(), path.name)
        keys = [(t.text.casefold(), t.mode) for t in terms]
        duplicates = {k for k in keys if keys.count(k) > 1}
        assert not duplicates, f"{path.name}: duplicate entries {duplicates}"


def test_malformed_lexicon_lines_name_the_file_and_line() -> None:
    with pytest.raises(LexiconError, match=r"x\.txt:2: unknown mode"):
        parse_lexicon(["# ok", "เบาหวาน | sometimes"], "HEALTH_DATA", "x.txt")
    with pytest.raises(LexiconError, match=r"score"):
        parse_lexicon(["เบาหวาน | person | 1.5"], "HEALTH_DATA", "x.txt")
    with pytest.raises(LexiconError, match=r"unknown kind"):
        parse_context(["เป็น | verb"], "c.txt")
    with pytest.raises(LexiconError, match=r"unknown entity"):
        parse_context(["เป็น | predicate | HEALTH"], "c.txt")
    terms = parse_lexicon(["AIDS | person | 0.35 | cs  # the disease, not hearing aids"], "HEALTH_DATA")
    assert terms[0].case_sensitive and terms[0].score == 0.35


def test_the_model_is_built_once_and_shared() -> None:
    assert SensitiveDataRecognizer("th").model is SensitiveDataRecognizer("en").model


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list('เบาหวานศสนพุทธคริสต์ยีนส์ ,:"[]{}0123456789aAsSdnDNA์ิ่้')) | st.characters(),
        max_size=120,
    )
)
def test_never_raises_and_spans_stay_inside_the_text(text: str) -> None:
    for span in sensitive_model().find(text):
        assert 0 <= span.start < span.end <= len(text)
        assert 0.0 < span.score <= 1.0
