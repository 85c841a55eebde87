"""PDPA s.26 families of session 4: reported statements, untitled names, labels, rules for anyone.

Each family is written in several wordings, domains, orders and formats (Thai and English, glued
and spaced, JSON, notes, chat), with negatives that use the same words about no one (education,
news, policies, statistics, products). Every name and sentence is invented.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.catalogue import SENSITIVE_TYPES
from pdpa_guard.detect.engine import DetectionEngine
from tests.conftest import spans_of

# (text, the s.26 categories it must be reported under)
FAMILY_POSITIVES: list[tuple[str, list[str]]] = [
    ('รายงาน social listening: บัญชี @nok_88 ของ สมหญิง ใจดี โพสต์ว่าลงชื่อสนับสนุนร่างรัฐธรรมนูญฉบับประชาชน ควรแจ้ง PR ไหม', ['POLITICAL_OPINION']),
    ('พนักงานชื่อ กิตติ ทวีตว่าไปร่วมชุมนุมต่อต้านรัฐบาลที่ราชประสงค์เมื่อวาน ช่วยร่างอีเมลเตือน', ['POLITICAL_OPINION']),
    ('หัวหน้าแจ้งว่า วรวุฒิ ศรีสุข แชร์โพสต์เชิญชวนร่วมม็อบไล่รัฐบาลในกลุ่มไลน์บริษัท', ['POLITICAL_OPINION']),
    ('ลูกค้า VIP คุณเอก กดไลก์เพจพรรคก้าวไกลทุกโพสต์ ควรเลี่ยงคุยเรื่องการเมืองไหม', ['POLITICAL_OPINION']),
    ("Employee Somchai Rakdee said on X that he will vote for the People's Party in the next election.", ['POLITICAL_OPINION']),
    ('ข้อมูลผู้สมัคร: นางสาวปรียา มณีรัตน์ เขียนในเฟซบุ๊กว่ามีแนวคิดขวาจัด สนับสนุนรัฐประหาร', ['POLITICAL_OPINION']),
    ('chat: พี่ต้อมบอกว่าบริจาคเงินให้พรรคเพื่อไทย 5,000 บาท เมื่อเดือนที่แล้ว', ['POLITICAL_OPINION']),
    ('HR note: Ms. Lina Park posted that she signed the petition for a new charter draft and joined the protest against the government.', ['POLITICAL_OPINION']),
    ('{"employee": "ธนพล แก้วมณี", "note": "เป็นสมาชิกพรรคประชาชน"}', ['POLITICAL_OPINION']),
    ('ผู้ใช้ @tee99 ทวีตว่าตนเองมีแนวคิดทางการเมืองแบบซ้ายจัด', ['POLITICAL_OPINION']),
    ('หัวหน้าแจ้งว่า ธีภูริ พัชชาสุข ร่วมชุมนุมทางการเมือง และโพสต์ในเฟซบุ๊กบ่อย ๆ ควรตักเตือนไหม', ['POLITICAL_OPINION']),
    ('ของ ว่าที่ร้อยตรีณัฐนันท์ สุขธำรงเดช โพสต์ว่ามีแนวคิดฝ่ายซ้ายจัด ควรแจ้ง PR ไหม', ['POLITICAL_OPINION']),
    ('มีข่าวลือในทีมว่า นางสาวกมลา ใจงาม ไม่ได้ใช้ถุงยางอนามัย ซึ่งไม่เกี่ยวกับผลงาน ช่วยเขียนแนวทาง', ['SEXUAL_BEHAVIOUR']),
    ('clinic note: ผู้รับบริการแจ้งว่ามีเพศสัมพันธ์โดยไม่ใช้ถุงยางกับคู่นอน 3 คนในเดือนนี้', ['SEXUAL_BEHAVIOUR']),
    ('Patient reports condomless sex with two male partners last month; started PrEP today.', ['SEXUAL_BEHAVIOUR']),
    ('คนไข้ชายอายุ 28 ปี รับยา PrEP ต่อเนื่อง เล่าว่าใช้ยาเสพติดระหว่างมีเพศสัมพันธ์ (chemsex)', ['SEXUAL_BEHAVIOUR']),
    ('HR gossip: people say Daniel Moore is in a same-sex relationship with his manager.', ['SEXUAL_BEHAVIOUR']),
    ('ครูแนะแนว: น้องมายด์ ม.4 เล่าว่าตัวเองเป็นไบเซ็กชวล และยังไม่กล้าบอกที่บ้าน', ['SEXUAL_BEHAVIOUR']),
    ('ร้องเรียน: สมชาย ดีงาม ถูกเพื่อนร่วมงานล้อว่ามีความสัมพันธ์ชู้สาวกับหัวหน้า', ['SEXUAL_BEHAVIOUR']),
    ('Case note: client disclosed she does sex work to pay rent and rarely uses condoms.', ['SEXUAL_BEHAVIOUR']),
    ('ผู้ป่วยเปิดตัวว่าเป็นคนข้ามเพศกับครอบครัวเมื่อปีที่แล้ว', ['SEXUAL_BEHAVIOUR']),
    ('บันทึกครูแนะแนว: นุ่น ม.5/3 เล่าว่าตัวเองรักร่วมเพศ และกลัวพ่อแม่รู้', ['SEXUAL_BEHAVIOUR']),
    ('Trust & Safety ticket: user reported that Catherine Kelly มีความสัมพันธ์ชู้สาว and shared it publicly.', ['SEXUAL_BEHAVIOUR']),
    ('{"subject": "ปวีณา ทองดี", "note": "เข้ารีตเป็นคริสต์"}', ['RELIGION']),
    ('รายชื่อผู้บริจาค: อนุชา ศรีวงศ์ เข้ารีตเป็นคริสต์ บริจาค 500 บาท', ['RELIGION']),
    ('Volunteer file: Maria Santos converted to Islam in 2019 and wears a hijab at work.', ['RELIGION']),
    ('หัวหน้าขอให้จัดตารางกะใหม่ เพราะคุณฟาติมะห์ถือศีลอดช่วงรอมฎอน', ['RELIGION']),
    ('พนักงาน ธนา ใจดี ขอลาบวช 15 วันตั้งแต่ 1 ก.ค.', ['RELIGION']),
    ('บันทึก: นายสมศักดิ์ เปลี่ยนศาสนาเป็นอิสลามก่อนแต่งงาน', ['RELIGION']),
    ('HR: Ahmad Hassan asked for prayer breaks; he is a practising Muslim.', ['RELIGION']),
    ('บันทึกลงพื้นที่: สัมภาษณ์ นาหมี่ จะจอ ชาวกะเหรี่ยง อาศัยที่บ้านแม่ลา ยังไม่มีสัญชาติไทย', ['ETHNICITY']),
    ('{"subject": "ณิชา แซ่ลี", "note": "ชาติพันธุ์ม้ง"}', ['ETHNICITY']),
    ('ทะเบียนนักเรียน: ด.ญ.มะลิ เชอหมื่อ เชื้อสายอาข่า', ['ETHNICITY']),
    ('Field notes: interviewed Aye Aye, a Rohingya woman, stateless, living in Mae Sot.', ['ETHNICITY']),
    ('ผู้ป่วย นางแวนูรา สาและ มุสลิมเชื้อสายมลายู ขอแพทย์หญิง', ['ETHNICITY', 'RELIGION']),
    ('DISCHARGE SUMMARY\nผู้ป่วย: นายเอก บุญมา  HN: 12-345\nFamily hx / genetic: ยีน BRCA1 กลายพันธุ์\nPlan: F/U', ['GENETIC_DATA']),
    ('จดบันทึกจิตแพทย์ (ย่อ): คุณต้น เครียดจากการทำงาน วินิจฉัยโรคซึมเศร้า', ['HEALTH_DATA']),
    ('ticket IT-6000: เครื่องสแกนหน้าประตูอ่านลายนิ้วมือของ นางพิมพ์ หอมสิน ไม่ผ่าน', ['BIOMETRIC_DATA']),
    ('เรียน หัวหน้า ผมขอลาป่วย 3 วันครับ', ['HEALTH_DATA']),
    ('ใบลาอุปสมบท: นายสมชาย ใจดี ขอลา 15 วัน', ['RELIGION']),
]

# The same words about no one: no s.26 finding at all.
FAMILY_NEGATIVES: list[str] = [
    'ข่าว: กลุ่มผู้ชุมนุมต่อต้านรัฐบาลรวมตัวที่ราชดำเนินวันนี้ ตำรวจปิดถนน 3 สาย สรุปข่าวสั้น ๆ',
    'อธิบายขั้นตอนการเข้าชื่อเสนอร่างรัฐธรรมนูญฉบับประชาชนตามกฎหมาย',
    'นโยบายบริษัท: พนักงานมีสิทธิแสดงความคิดเห็นทางการเมืองนอกเวลางาน ห้ามใช้อีเมลบริษัทหาเสียง',
    'Write a neutral explainer on far-left and far-right ideologies for a civics class.',
    'How many people signed the petition for the charter amendment in 2020?',
    'เขียนโพสต์เชิญชวนให้ประชาชนไปเลือกตั้งวันอาทิตย์นี้ ไม่ระบุพรรค',
    "Summarise: the party's donation rules cap campaign donations at 10 million baht per donor.",
    'ช่วยแปลหัวข้อข่าว: พรรคก้าวไกลเสนอแก้ไขรัฐธรรมนูญ',
    'เขียนบทความสุขศึกษา: การใช้ถุงยางอนามัยทุกครั้งช่วยป้องกันโรคติดต่อทางเพศสัมพันธ์',
    'What is PrEP and who should consider taking it? Write an FAQ for a clinic website.',
    'สรุปงานวิจัย: พฤติกรรมทางเพศของวัยรุ่นไทย ร้อยละ 40 ไม่ใช้ถุงยางอนามัย',
    'ร่างนโยบาย: บริษัทไม่เลือกปฏิบัติต่อพนักงานเพราะรสนิยมทางเพศหรืออัตลักษณ์ทางเพศ',
    'Product copy: ultra-thin condoms, pack of 12, free shipping.',
    'ช่วยแปลข่าว: สภาผ่านร่างกฎหมายสมรสเท่าเทียมให้คู่รักเพศเดียวกันจดทะเบียนได้',
    'Explain chemsex harm-reduction services available in Bangkok for a public health report.',
    'ตารางกิจกรรมเดือนรอมฎอน: ชาวมุสลิมถือศีลอดตั้งแต่รุ่งอรุณถึงพระอาทิตย์ตก อธิบายให้พนักงานเข้าใจ',
    'Write a history essay on why many Karen people converted to Christianity in the 19th century.',
    'ประเพณีบวชเณรภาคฤดูร้อนของวัดในจังหวัดเชียงใหม่ มีเด็กเข้าร่วม 50 คน',
    'ช่วยเขียนคำบรรยายสินค้า: ฮิญาบผ้าชีฟองสีพื้น ระบายอากาศดี ราคา 199 บาท',
    'สรุปรายงาน: ชาวเขาเผ่าม้งส่วนใหญ่อาศัยในจังหวัดน่าน ตาก และเพชรบูรณ์',
    'UNHCR statistics: stateless Rohingya refugees in camps rose by 12% this year.',
    'อธิบาย พ.ร.บ.แรงงานสัมพันธ์: ลูกจ้างมีสิทธิจัดตั้งสหภาพแรงงาน นายจ้างห้ามเลิกจ้างเพราะเป็นสมาชิกสหภาพ ทำสไลด์สรุป',
    'Explain: an employer may not dismiss an employee for union membership under the Labour Relations Act.',
    'สรุปสเปคเครื่องสแกนหน้าสำหรับประตูสำนักงาน รองรับ 3,000 ใบหน้า',
    'Compare face scanner models for office access, price under 20,000 baht.',
    'ร่างแบบฟอร์ม: Family hx / genetic: ______ ช่วยจัดรูปแบบ',
    'เทมเพลตบันทึกจิตแพทย์: หัวข้อที่ต้องมี ได้แก่ อาการสำคัญ ประวัติ การวินิจฉัย แผนการรักษา',
    'The handbook says no worker may be fired for being a union member.',
    'ห้ามนายจ้างเลือกปฏิบัติต่อลูกจ้างเพราะเหตุแห่งศาสนา',
    'ทำไมคนรุ่นใหม่ถึงโพสต์ว่าสนับสนุนพรรคการเมืองในโซเชียลมากขึ้น ช่วยวิเคราะห์',
    'บทความ: หลายคนเล่าว่าการเปลี่ยนศาสนาเป็นเรื่องส่วนตัว',
    'อธิบายว่าการเป็นเกย์ไม่ใช่โรคทางจิตเวช ตามแนวทางขององค์การอนามัยโลก',
    'ช่วยเขียนข่าว: ผู้ใช้โซเชียลจำนวนมากโพสต์ว่าสนับสนุนร่างรัฐธรรมนูญฉบับประชาชน',
    'Write a tweet reminding people that condom use prevents HIV and other STIs.',
    'สรุปผลโพล: ร้อยละ 35 ตอบว่าจะเลือกพรรคฝ่ายค้าน',
    'เครื่องสแกนลายนิ้วมือรุ่นใหม่ ราคา 4,500 บาท รองรับ 1,000 ผู้ใช้',
    'แปลเป็นอังกฤษ: กลุ่มชาติพันธุ์ในภาคเหนือ ได้แก่ ม้ง กะเหรี่ยง อาข่า ลีซู',
    'Summarise this article about Rohingya refugees and stateless people in Southeast Asia.',
    'แบบฟอร์มสมัครงาน: ชื่อ-นามสกุล ______ ศาสนา ______ เชื้อชาติ ______',
    'Email subject: Union membership drive next week - please share with your teams.',
]


def _sensitive(engine: DetectionEngine, text: str) -> set[str]:
    return {f.entity_type for f in engine.analyze(text) if f.entity_type in SENSITIVE_TYPES}


@pytest.mark.parametrize(("text", "types"), FAMILY_POSITIVES)
def test_family_positive_is_reported(engine: DetectionEngine, text: str, types: list[str]) -> None:
    assert set(types) <= _sensitive(engine, text)


@pytest.mark.parametrize("text", FAMILY_NEGATIVES)
def test_family_negative_has_no_s26_finding(engine: DetectionEngine, text: str) -> None:
    assert _sensitive(engine, text) == set()


def test_a_label_gives_way_to_its_value(engine: DetectionEngine) -> None:
    """The heading or key before a colon is not the disclosure; the value after it is."""
    text = "DISCHARGE SUMMARY\nผู้ป่วย: นายเอก บุญมา  HN: 12-345\nFamily hx / genetic: ยีน BRCA1 กลายพันธุ์"
    genetic = spans_of(engine, text, "GENETIC_DATA")
    assert genetic and all("BRCA1" in span or "ยีน" in span for span in genetic)
    note = "จดบันทึกจิตแพทย์ (ย่อ): คุณต้น เครียดจากการทำงาน วินิจฉัยโรคซึมเศร้า"
    assert spans_of(engine, note, "HEALTH_DATA") == ["โรคซึมเศร้า"]


def test_an_empty_form_field_discloses_nothing(engine: DetectionEngine) -> None:
    form = "แบบฟอร์มสมัครงาน: ชื่อ-นามสกุล ______ ศาสนา ______ เชื้อชาติ ______"
    assert _sensitive(engine, form) == set()


def test_a_device_is_not_a_biometric_sample(engine: DetectionEngine) -> None:
    text = "ticket IT-6000: เครื่องสแกนหน้าประตูอ่านลายนิ้วมือของ นางพิมพ์ หอมสิน ไม่ผ่าน"
    assert spans_of(engine, text, "BIOMETRIC_DATA") == ["ลายนิ้วมือของ"]


def test_an_untitled_name_is_a_person(engine: DetectionEngine) -> None:
    """A name without a title right before the term makes it about that person."""
    text = "ผลสัมภาษณ์ภาคสนาม: สมจิต ทองมา ชาวอาข่า อายุยืน ช่วยสรุปประเด็น"
    assert spans_of(engine, text, "ETHNICITY") == ["ชาวอาข่า"]
    # ... but not the sender of a mail for every line of it (a name on another line, far away)
    mail = 'From: "Kanda Meesuk" <kanda.meesuk@example.com>\nSubject: ชาวอาข่า ในสื่อ\n\nช่วยสรุปข่าว'
    assert "ETHNICITY" not in _sensitive(engine, mail)


def test_a_term_inside_a_name_or_an_address_is_not_a_belief(engine: DetectionEngine) -> None:
    """"Sunni" as a given name, or in an e-mail address, says nothing about anyone's religion
    (a guard: the name of the next row must not make it one)."""
    table = (
        "order_id,customer,email\n"
        "A1,สมศรี ทองดี,somsri@example.com\n"
        "A2,Sunni Rattana,sunni_rattana@example.com\n"
    )
    assert "RELIGION" not in _sensitive(engine, table)
