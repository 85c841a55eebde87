"""Session 10: foreign residents' names, record keys, function mailboxes, timetables, personas
(fabricated values)."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.engine import get_engine


def _found(text: str, entity_type: str) -> list[str]:
    return [text[f.start : f.end] for f in get_engine().analyze(text) if f.entity_type == entity_type]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # East Asian names, family name first or last, after person evidence.
        ("Lecturer: Park Ji-hoon\nPassport: E74087139", "Park Ji-hoon"),
        ("Hi, I'm Park Ji-woo, interested in the 2019 Honda City.", "Park Ji-woo"),
        ("Test drive booked. Salesperson: Chen Zihan", "Chen Zihan"),
        ("- Tanaka Haruto | passport TR2459621 | DOB 1983-02-12", "Tanaka Haruto"),
        ("- Lim Wei Ling | passport MU1778453 | DOB 1982-01-26", "Lim Wei Ling"),
        ("Interviewer: Haruto Tanaka", "Haruto Tanaka"),
        # A form's combined key, a passport page's keys without colons.
        ("Surname/Given: Wang Lei\nNationality: Chinese", "Wang Lei"),
        ("Passport No. A1176860\nSurname CHANHOM  Given names SASITHORN\n", "CHANHOM"),
        ("Passport No. A1176860\nSurname CHANHOM  Given names SASITHORN\n", "SASITHORN"),
        # "ชื่อภาษาไทย" is the label, not part of the name.
        ("ชื่อภาษาไทย ศศิธร จันทร์หอม\nวันเกิด 3 มี.ค. 2535", "ศศิธร จันทร์หอม"),
        # Karen and Burmese names in Thai script, syllable by syllable.
        ("ผู้รับบริการ: นอ เอ ทู (Naw Eh Htoo) สัญชาติเมียนมา", "นอ เอ ทู"),
        ("ผู้รับบริการ: มิ มิ อ่อง (Mi Mi Aung) สัญชาติเมียนมา", "มิ มิ อ่อง"),
    ],
)
def test_names_found(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


def test_a_csv_with_fn_and_ln_columns_names_people() -> None:
    text = "email,phone,fn,ln,country\nrattapon81@outlook.com,+66898447822,Rattapon,Phoethong,TH\n"
    assert _found(text, "PERSON") == ["Rattapon", "Phoethong"]


def test_a_lone_fn_column_is_not_a_name_part() -> None:
    # "fn" alone names a function as often as a first name.
    assert _found("id,fn,args,ms\n1,Kanya Report,x,12\n", "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "We walked to Park Avenue and Sun Plaza, then to Lumphini Park.",
        "Lecturer: Lumphini Park Authority",
    ],
)
def test_places_with_family_name_words_are_not_people(text: str) -> None:
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "E-mail visa@siam-visa-services.com for a quote.",
        "Contact accessibility@andaman-resort.co.th before arrival.",
        "Concerns can be reported confidentially to safeguarding@kidsafe.or.th.",
        "Questions: studentlife@campus.ac.th",
        "Reservations: dining@riverside-bkk.com",
    ],
)
def test_function_mailboxes_are_not_personal(text: str) -> None:
    assert _found(text, "EMAIL_ADDRESS") == []


@pytest.mark.parametrize("address", ["xiaoming@company.cn", "manning@corp.com", "florence.k@corp.com"])
def test_personal_mailboxes_with_noun_like_endings_are_still_found(address: str) -> None:
    assert _found(f"Please cc {address} on the reply.", "EMAIL_ADDRESS") == [address]


def test_a_flight_feed_s_scheduled_and_estimated_times_are_not_ids() -> None:
    # Both values pass the Thai ID checksum.
    text = "TG476|DMK-HKT|sched=1829543827410|est=1829545327410|gate=E4|DELAYED"
    assert _found(text, "TH_NATIONAL_ID") == []
    assert _found("national_id=1829543827410", "TH_NATIONAL_ID") == ["1829543827410"]


def test_a_declared_persona_names_no_one_but_its_identifiers_count() -> None:
    persona = (
        "ช่วยเขียน customer journey จาก persona ด้านล่าง (ตัวละครสมมติ ไม่ใช่ลูกค้าจริง)\n"
        '[PERSONA A] "น้องมายด์ นักศึกษาสายประหยัด" อายุประมาณ 20 ปี\n'
        '[PERSONA B] "พี่ต้น มนุษย์เงินเดือน" อายุ 35 โทร 081-234-5678'
    )
    types = [f.entity_type for f in get_engine().analyze(persona)]
    assert "PERSON" not in types
    assert "PHONE_NUMBER" in types
    real = 'ช่วยเขียนข้อความถึงลูกค้า "น้องมายด์" นางสาวมายด์ ศรีสุข อายุ 20 ปี'
    assert "PERSON" in [f.entity_type for f in get_engine().analyze(real)]


def test_an_offered_service_is_nobody_s_genetic_data() -> None:
    text = (
        "Participants are genotyped for CYP2C19 at enrolment. Results are not returned to participants "
        "unless clinically actionable, in which case genetic counselling is offered."
    )
    assert _found(text, "GENETIC_DATA") == []


@pytest.mark.parametrize(
    "text",
    [
        # Code that checks numbers: its arguments are examples.
        'def test_ids():\n    assert is_student_id("6400000000")\n    assert not is_student_id("1234")',
        'ok = validate_hn("12345/67")',
        # An academic term is no house number.
        "Course code EDPS 6103, Semester 1/2026, Room 4-502",
        # What an attendance system will do to whoever uses it.
        "ระบบจะแปลงภาพใบหน้าเป็นแม่แบบ (face template) ที่เข้ารหัสและเก็บไว้ไม่เกินสิ้นภาคเรียน",
        # Every party's campaign.
        "มหาวิทยาลัยขอให้ทุกพรรคนักศึกษาหาเสียงอย่างสร้างสรรค์",
    ],
)
def test_about_no_one(text: str) -> None:
    assert get_engine().analyze(text) == []


@pytest.mark.parametrize(
    ("text", "entity_type"),
    [
        ('{"student_id": "6400012345"}', "STUDENT_ID"),
        ("hn: 12345/67", "MEDICAL_RECORD_NUMBER"),
        ("ส่งที่ 12/34, Room 5, Sukhumvit Road, Bangkok 10110", "ADDRESS"),
    ],
)
def test_the_same_values_in_records_are_still_found(text: str, entity_type: str) -> None:
    assert entity_type in [f.entity_type for f in get_engine().analyze(text)]


@pytest.mark.parametrize(
    ("text", "entity_type"),
    [
        ("S: ผู้ป่วยนายสมศักดิ์ แก้วมณี เคยกรีดแขนตัวเองเมื่อปีที่แล้ว", "HEALTH_DATA"),
        ("แขกห้อง 727 คุณกมลา ศรีทอง แพ้กลูเตนรุนแรง ขอเมนูพิเศษ", "HEALTH_DATA"),
        ("ผู้ป่วยติดเตียง นางบุญมา ทองดี มีแผลกดทับระดับ 3 ที่ก้นกบ", "HEALTH_DATA"),
        ("พนักงานนายคมสัน คำภา ขอลา 30 วันเพื่อบวชเป็นพระที่วัดบ้านเกิด", "RELIGION"),
        ("ผู้สมัครนายอนุชา ศรีสุข เป็นผู้ประสานงานพรรคฝ่ายค้านในอำเภอ", "POLITICAL_OPINION"),
    ],
)
def test_sensitive_facts_about_a_named_person(text: str, entity_type: str) -> None:
    assert entity_type in [f.entity_type for f in get_engine().analyze(text)]


def test_a_hospital_service_notice_names_no_one_s_religion() -> None:
    text = "ผู้ป่วยที่ประสงค์ให้พระสงฆ์มาให้พรข้างเตียง หรือขอบาทหลวง/อิหม่ามเยี่ยม ติดต่อหน่วยจิตวิญญาณ ต่อ 2131"
    assert "RELIGION" not in [f.entity_type for f in get_engine().analyze(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Booked an accessible room. Emily here — I use a wheelchair." — Grace Holloway', "Emily"),
        ('"Booked an accessible room. Emily here — I use a wheelchair." — Grace Holloway', "Grace Holloway"),
        ("ลูกค้า: สวัสดีค่ะ ต้น นะคะ อยากจองนวดพรุ่งนี้", "ต้น"),
        ("ช่วยตอบลูกค้า\nลูกค้า (เจ): สั่งแก๊สถังเล็ก 1 ถังค่ะ\nร้าน: ได้ค่ะ", "เจ"),
        ("ผู้เช่า (นุ่น): ย้ายออกแล้ว ขอคืนเงินประกัน", "นุ่น"),
    ],
)
def test_speakers_and_writers(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Tenant: Dmitry Volkov (Russian), passport VJ2479575", "Russian"),
        ("- เกรียงไกร บุญมาก (ลีซู) โทร 0834536800", "ลีซู"),
        ("ผู้ค้ำ: สมพร พรหมวงศ์ (น้า)", "น้า"),
        ("Seller: Chanthaburi Fresh Fruit Co., Ltd., tax ID 0205557081133", "Chanthaburi Fresh Fruit"),
        ("ช่วยร่างข้อความ\nจนท.: ลุงสุชาติครับ ยอดหนี้ 5,000 บาท\nลุงสุชาติ: ได้เลย", "จนท."),
        ("ช่วยสรุป\n08:18 รับแจ้ง: อรวรรณ โพธิ์ทอง รถเสียที่ กม. 12", "รับแจ้ง"),
        ('"Booked an accessible room." — Google Reviews', "Google Reviews"),
        ("ลูกค้า (ภรรยา): ขอยกเลิกคำสั่งซื้อ", "ภรรยา"),
        ("สวัสดีค่ะ ขอบคุณ นะคะ", "ขอบคุณ"),
    ],
)
def test_roles_peoples_nationalities_and_firms_are_not_names(text: str, not_a_name: str) -> None:
    assert not_a_name not in _found(text, "PERSON")


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        # A qualifier in brackets between the key and its colon.
        ("Hospital HN (Bangkok Hospital): 59-285313\nConditions: epilepsy", "MEDICAL_RECORD_NUMBER", "59-285313"),
        ("Student ID (ม.เกษตรฯ): 6841601842 ปี 4 คณะวิศวฯ", "STUDENT_ID", "6841601842"),
        ("Date of birth (for certificate verification): 3 Jul 1996\nCourse: Data", "DATE_OF_BIRTH", "3 Jul 1996"),
        # An ID printed as the card prints it, whatever words follow.
        ("Personal No. 1 1058 00328 24 0\nDate of expiry 14 MAR 2031", "TH_NATIONAL_ID", "1 1058 00328 24 0"),
        # A Luhn-valid number outside the known issuer ranges, named a credit card.
        ("หมายเลขบัตรเครดิต: 3527054728359717   วันหมดอายุ: 02/28", "CREDIT_CARD", "3527054728359717"),
        # A LINE handle right after the phone of the same contact.
        ("- ติดต่อแม่: +66 88 591 2652 / LINE khrumook", "LINE_ID", "khrumook"),
    ],
)
def test_identifiers_found(text: str, entity_type: str, value: str) -> None:
    assert value in _found(text, entity_type)


@pytest.mark.parametrize(
    ("text", "entity_type"),
    [
        ("tracking no. 1101700230708 date 2025-01-02", "TH_NATIONAL_ID"),
        ("order 3527054728359717 shipped", "CREDIT_CARD"),
        ("Call 081-438-6143 or LINE official for help", "LINE_ID"),
    ],
)
def test_the_same_shapes_without_their_cue_are_not(text: str, entity_type: str) -> None:
    assert _found(text, entity_type) == []


@pytest.mark.parametrize(
    "text",
    [
        "Write three distractor explanations for this board-style question:\n\nA 53-year-old man with a history "
        "of hypertension presents with crushing chest pain for 2 hours. Which is the most appropriate next step?\n"
        "A. Sublingual nitroglycerin  B. IV fluid bolus\nAnswer: B",
        'ตรวจ JSON สินค้านี้ให้หน่อย [{"sku": "DNA-612", "name": "ชุดตรวจพาหะธาลัสซีเมีย", "price": 3500}]',
    ],
)
def test_vignettes_and_products_are_about_no_one(text: str) -> None:
    assert get_engine().analyze(text) == []


def test_a_real_case_turned_into_a_question_keeps_its_data() -> None:
    types = [f.entity_type for f in get_engine().analyze(
        "Turn this case into an exam question: patient HN 6401234 has diabetes and hypertension"
    )]
    assert "MEDICAL_RECORD_NUMBER" in types and "HEALTH_DATA" in types


def test_a_person_s_record_with_a_name_key_still_anchors_s26() -> None:
    text = '{"name": "นางสมศรี ทองดี", "note": "เป็นพาหะธาลัสซีเมีย"}'
    assert "GENETIC_DATA" in [f.entity_type for f in get_engine().analyze(text)]


def test_a_grade_sheet_asking_for_a_braille_exam_paper_still_names_its_students() -> None:
    text = (
        "รหัสนักศึกษา;ชื่อ-สกุล;กลางภาค;ปลายภาค;หมายเหตุ\n6801800985;วิยุทธ เจริญไพบูลย์วงศ์;37;36;\n"
        "6701656495;กัญนิภา บุญรักษ์;37;41;พิการทางการมองเห็น ขอข้อสอบอักษรเบรลล์\n"
    )
    assert "กัญนิภา บุญรักษ์" in _found(text, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Speech-to-text transcripts write names in lower case.
        ("caller: yes hello my name is htet htet aung my brother was detained yesterday", "htet htet aung"),
        ('{"speaker":"B","text":"hi it\'s oliver grant i need to change my card"}', "oliver grant"),
        ("speaker 1: fraud team this is May can i confirm i'm speaking with emily carter", "emily carter"),
        ("thank you for calling this is beer speaking how may i help you", "beer"),
        # An agent's nickname after the organisation's greeting.
        ("agent: ศูนย์ช่วยเหลือบนท้องถนนค่ะ แนน รับสายค่ะ\ncaller: รถเสียค่ะ", "แนน"),
        # Hyphenated Arabic names, bracketed qualifiers before a key's colon, roles without a colon.
        ("09:00 Fatima Al-Harthy (HN 66-840588) – cardiology follow-up", "Fatima Al-Harthy"),
        ("Sponsor (father): Vikram Singh Rathore", "Vikram Singh Rathore"),
        ("heart failure NYHA II; interpreter Chanwit Somboonchai", "Chanwit Somboonchai"),
        # A declarant, a Japanese honorific, a pink card after the name.
        ("I, Henrik Larsen, met someone on a dating app in March.", "Henrik Larsen"),
        ('{"id":3,"text":"業務はLalita Sukcharoenさんが引き継ぎます。"}', "Lalita Sukcharoen"),
        ("1) Zaw Min Htut, pink card 6-3826-61908-11-7, Karen", "Zaw Min Htut"),
        # Chinese names in Thai script, syllable by syllable.
        ("ลูกค้า (เฉิน จิง): ต้องใช้เอกสารอะไรบ้างคะ", "เฉิน จิง"),
        ("แจ้งเตือนเภสัชกร: ผู้ป่วย หลิว หยาง HN 2560/91168 ผลตรวจยีน", "หลิว หยาง"),
    ],
)
def test_more_names_found(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "this is fine, it's ok. this is bangkok calling about the outage",
        "สวัสดีค่ะ ไม่มีใคร รับสายค่ะ",
        "Wi-Fi Password Check-In Counter",
    ],
)
def test_transcript_words_and_signs_are_not_names(text: str) -> None:
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "ผลตรวจ DNA ของน้องลัคกี้ (สุนัขพันธุ์ผสม) ออกแล้ว ช่วยอธิบายเป็นภาษาง่ายๆ",
        "ช่วยสรุปเป็นภาษาอังกฤษ\nผู้ป่วย: น้องโมจิ แมวเปอร์เซีย เพศผู้ทำหมัน อายุ 9 ปี",
        "09:41\tห้องยา\tAmoxicillin 500 เหลือ 2 กล่อง\n09:55\tเคาน์เตอร์\tคิว A022\n10:09\tห้องยา\tสั่ง Paracetamol",
        "ข้อมูล: ชาวจีนแต้จิ๋วและแคะในไทยนิยมยกน้ำชาให้ผู้ใหญ่ในวันแต่งงาน",
        "คุณสมบัติ: ปรับระดับความสูงได้ 5 ระดับ เหมาะกับผู้พิการท่อนล่างหรือผู้ป่วยอัมพาต",
    ],
)
def test_pets_rooms_and_customs_are_about_no_one(text: str) -> None:
    assert get_engine().analyze(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Owner: Kanya Srisuk, dog: Lucky", "Kanya Srisuk"),
        ("ครูชื่อ น้องแมว ใจดี โทร 0812345678", "น้องแมว ใจดี"),
        ("ครูชื่อ สมศรี มาสาย", "สมศรี"),
    ],
)
def test_owners_and_people_nicknamed_after_animals_are_still_people(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


def test_a_role_and_the_name_cue_are_not_a_name() -> None:
    assert "ครูชื่อ" not in "".join(_found("ครูชื่อ สมศรี มาสาย", "PERSON"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("วันอาทิตย์, 05/01/2025\n09:23\tKung 🌷\tพี่ปูคะ มีน้องเข้างานใหม่\n09:41\tKung 🌷\tฝากขึ้นทะเบียนด้วยนะคะ", "Kung"),
        ("ชื่อ-สกุล  นางสาว กัญญารัตน์ มณีวงศ์  (ปอนด์)\nวันเกิด 3 มี.ค. 2540", "ปอนด์"),
        ("เจ้าของ: Min-jun Park\nสัตว์เลี้ยง: สุนัขพันธุ์ชิบะ", "Min-jun Park"),
        ("(0010,0010) PatientName: PAKDEEWONG^EKKACHAI\n(0010,0020) PatientID: 246260", "PAKDEEWONG^EKKACHAI"),
    ],
)
def test_display_names_nicknames_owners_and_dicom_names(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


def test_a_maker_after_a_label_is_not_a_person() -> None:
    assert _found("ผู้ผลิต: Siam Cement", "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "09:37\tเคาน์เตอร์ 1\tคิว A022 เรียกแล้วไม่มา\n09:41\tห้องยา\tAmoxicillin 500 เหลือ 2 กล่อง (SKU MED-50123)\n"
        "10:09\tห้องยา\tสั่ง Paracetamol 500 เพิ่ม 20 กล่อง",
        "The clinic now offers interpreters in Arabic, Burmese, Khmer, Japanese and Mandarin.",
        "Statement: โอนเข้า 25,879.96 ref 843490750235 / โอนเข้า 45,974.30 ref 391984220746 / ค่าธรรมเนียม 25.00",
    ],
)
def test_counters_languages_and_references_are_about_no_one(text: str) -> None:
    assert get_engine().analyze(text) == []


def test_a_screening_offer_for_pregnant_women_and_their_husbands_is_about_no_one() -> None:
    text = (
        "ถ้าพ่อและแม่เป็นพาหะชนิดเดียวกัน มีโอกาสมีลูกเป็นโรค 1 ใน 4 รพ.สต. เปิดให้ตรวจคัดกรองพาหะฟรีสำหรับ"
        "หญิงตั้งครรภ์และสามี ทุกวันพุธ 08:30-12:00 น."
    )
    assert get_engine().analyze(text) == []


def test_a_named_wife_s_pregnancy_is_still_health_data() -> None:
    text = "นายสมชาย ใจดี แจ้งว่าภรรยาตั้งครรภ์ 5 เดือน ขอลาไปดูแล"
    assert "HEALTH_DATA" in [f.entity_type for f in get_engine().analyze(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("speaker 1: fraud team this is Oat can i confirm i'm speaking with the card holder", "Oat"),
        ("caller: my name is kyaw zin oo my brother aung ko ko was detained yesterday", "aung ko ko"),
        ("Counsellor's note:\nYuna Matsumoto (2019-0364, Grade 11) told me she skips meals", "Yuna Matsumoto"),
        ("Learning Support – IEP summary\nStudent ID S20248809, Mia Grant, Grade 5", "Mia Grant"),
    ],
)
def test_callers_relatives_and_students(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


def test_greetings_to_places_and_days_are_not_names() -> None:
    assert _found("This is Bangkok calling. This is great. It's Monday here.", "PERSON") == []


def test_a_person_described_by_an_animal_is_still_a_person() -> None:
    assert "Kanya Srisuk" in _found("Owner: Kanya Srisuk (cat owner), phone 0812345678", "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "ลำดับ,รหัส,ชื่อ-สกุล,ชั้น,วันเกิด,ผลตรวจ\n1,86852,สมพร ดวงแก้ว,ป.5/1,14/03/2557,ฟันผุ 4 ซี่\n",
        "Patient: Sophie Laurent (passport PD4774833)\nProcedure: gender-affirming vaginoplasty",
        "ผลการตรวจของนางสาวจันทร์เพ็ญ เหลืองอ่อน HN 43827/63\nผล: ตาบอดสีแดง-เขียว",
    ],
)
def test_dental_eye_and_surgical_facts_about_a_named_person(text: str) -> None:
    assert "HEALTH_DATA" in [f.entity_type for f in get_engine().analyze(text)]


def test_a_dental_health_article_is_about_no_one() -> None:
    text = "ฟันผุเกิดจากแบคทีเรียในคราบจุลินทรีย์ ควรแปรงฟันวันละสองครั้งและพบทันตแพทย์ทุก 6 เดือน"
    assert get_engine().analyze(text) == []


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        ("P<THASRISUK<<THANAWAT<<<<<<<<<<<<<<<<<<<<<<<\nAJ65851602THA8906108M30070991118643736268<40",
         "TH_NATIONAL_ID", "1118643736268"),
        ("2025-03-17 21:44:07 LOGIN_OK   user=1126159227545 ip=27.55.133.161", "TH_NATIONAL_ID", "1126159227545"),
        ("Paid by card 3517-9896-4748-5501 on 03/02/2025", "CREDIT_CARD", "3517-9896-4748-5501"),
    ],
)
def test_ids_in_passport_zones_and_logins_and_cards_by_their_print(text: str, entity_type: str, value: str) -> None:
    assert value in _found(text, entity_type)


def test_a_job_s_timestamp_in_a_log_is_still_no_id() -> None:
    assert _found("2025-03-17 21:44:07 job=sync ts=1726159227545 done", "TH_NATIONAL_ID") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A doctor asks this of a real patient.
        ("ผู้ป่วยนายสมศักดิ์ แก้วมณี HN 6401234 ไข้สูง 3 วัน เกล็ดเลือดต่ำ which is the most likely diagnosis?",
         "นายสมศักดิ์ แก้วมณี"),
        # Fraud reports say "not a real customer" and "fictitious name" of real people's aliases.
        ("The caller was not a real customer; she used a fictitious name. Victim: Kanya Srisuk, tel 0812345678",
         "Kanya Srisuk"),
    ],
)
def test_real_cases_that_mention_fakes_keep_their_names(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")
