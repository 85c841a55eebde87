"""Session 11: what one speaker of a transcript says is judged in that speaker's turn, and more
(fabricated values)."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.engine import get_engine


def _found(text: str, entity_type: str) -> list[str]:
    return [text[f.start : f.end] for f in get_engine().analyze(text) if f.entity_type == entity_type]


@pytest.mark.parametrize(
    "text",
    [
        # The bot's "ใช่หรือไม่" (a yes/no question, a generic cue) is not the user's turn.
        '[{"from":"user","msg":"3-1005-00871-22-5"},\n'
        ' {"from":"bot","msg":"ยืนยันตัวตน: วิไลวรรณ ทองมา วันเกิด 12 ก.พ. 2541 ใช่หรือไม่"},\n'
        ' {"from":"user","msg":"ใช่ค่ะ แต่หมอเพิ่งวินิจฉัยว่าเป็นโรคลมชัก ยังต่อใบขับขี่ได้ไหม"}]',
        "ผู้ใช้: 3-1005-00871-22-5\n"
        "บอท: ยืนยันตัวตน: วิไลวรรณ ทองมา วันเกิด 12 ก.พ. 2541 ใช่หรือไม่\n"
        "ผู้ใช้: ใช่ค่ะ แต่หมอเพิ่งวินิจฉัยว่าเป็นโรคลมชัก ยังต่อใบขับขี่ได้ไหม",
        "[10:02] Agent: ยืนยันตัวตน วิไลวรรณ ทองมา วันเกิด 12 ก.พ. 2541 ใช่หรือไม่คะ\n"
        "[10:03] Customer: ใช่ค่ะ หมอเพิ่งวินิจฉัยว่าเป็นโรคลมชัก ยังต่อใบขับขี่ได้ไหม",
    ],
)
def test_another_speakers_question_does_not_make_a_disclosure_generic(text: str) -> None:
    assert _found(text, "HEALTH_DATA") == ["วินิจฉัยว่าเป็นโรคลมชัก"]


def test_a_generality_in_the_speakers_own_turn_still_counts() -> None:
    text = (
        "ผู้ใช้: 3-1005-00871-22-5\n"
        "บอท: ยืนยันตัวตน: วิไลวรรณ ทองมา วันเกิด 12 ก.พ. 2541\n"
        "ผู้ใช้: ผู้ที่เป็นโรคลมชัก ต่อใบขับขี่ได้หรือไม่"
    )
    assert _found(text, "HEALTH_DATA") == []


def test_question_and_answer_labels_are_not_speakers() -> None:
    # An FAQ's "Q:"/"A:" are one text: the question's generality covers the answer.
    text = "FAQ บัตรทอง\nQ: ผู้ป่วยมะเร็งต้องเตรียมเอกสารอะไร?\nA: ใบส่งตัวและผลชิ้นเนื้อ โทรสายด่วน 1330"
    assert _found(text, "HEALTH_DATA") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("I'm Tom Baker, member 44120. I was diagnosed with generalized anxiety disorder last year.",
         "was diagnosed with generalized anxiety disorder"),
        ("Mrs. Jane Holt (HN 6601234) was diagnosed with severe chronic kidney disease.",
         "was diagnosed with severe chronic kidney disease"),
    ],
)
def test_a_diagnosis_with_its_modifiers_is_one_span(text: str, span: str) -> None:
    # Not the cue phrase and the disease apart (which would also be a false span of its own).
    assert _found(text, "HEALTH_DATA") == [span]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("ผู้ป่วย นางสมศรี ใจดี แม่หายใจหอบ HN แม่ 94642/50", "94642/50"),
        ("ทารก: อดิศักดิ์ ทองสุข เกิด 06/07/2569 HN ทารก: 9122820", "9122820"),
    ],
)
def test_a_hospital_number_named_by_kinship(text: str, number: str) -> None:
    assert _found(text, "MEDICAL_RECORD_NUMBER") == [number]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("รถคันที่เกิดเหตุ: 8ผล 2195 อยุธยา", "8ผล 2195 อยุธยา"),
        ("รถกระบะ กข 1234 โคราช จอดขวางทางเข้าออก", "กข 1234 โคราช"),
    ],
)
def test_a_plate_with_the_short_name_of_its_province(text: str, plate: str) -> None:
    assert _found(text, "TH_VEHICLE_PLATE") == [plate]


def test_two_numbers_asked_together_are_answered_in_order() -> None:
    text = "บอท: กรุณาระบุรหัสนักศึกษาและเลขบัตรประชาชน\nผู้ใช้: 64555970188 / 1784355845461"
    assert _found(text, "STUDENT_ID") == ["64555970188"]
    assert _found(text, "TH_NATIONAL_ID") == ["1784355845461"]


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Please help, I'm Ann Lee. THB 325,061 left my account 327-4-31453-4 this morning.", "327-4-31453-4"),
        ("The attacker changed the payout account to 807-4-60383-2 and withdrew THB 274,628.", "807-4-60383-2"),
    ],
)
def test_an_account_named_in_english_prose(text: str, account: str) -> None:
    assert _found(text, "TH_BANK_ACCOUNT") == [account]


def test_a_phone_grouping_after_account_is_not_taken_for_a_bank_print() -> None:
    # 3-3-4 is how phones are written; without a banking word it stays a phone.
    text = "Ann Lee updated her account to 081-234-5678 yesterday."
    assert _found(text, "TH_BANK_ACCOUNT") == []


@pytest.mark.parametrize(
    "text",
    [
        "ตรวจพบว่าเป็นนายธีรวัฒน์ ธนสาร (ความเหมือนของใบหน้า 98.8%) ซึ่งเป็นเจ้าของบัญชี",
        "นางสาวมาลี ใจงาม ทำ e-KYC ผลคือ คะแนนเปรียบเทียบใบหน้ากับภาพในบัตร 33.3% (เกณฑ์ 80%)",
        "The SDK flagged an injection for Ms. Karen Wu, but the face-match score against her selfie was 0.95.",
    ],
)
def test_a_face_comparison_result_is_biometric(text: str) -> None:
    assert _found(text, "BIOMETRIC_DATA")


def test_a_face_match_setting_is_not() -> None:
    assert _found("ตั้งค่าเกณฑ์ความเหมือนใบหน้าขั้นต่ำของระบบ e-KYC ไว้ที่ระดับสูง", "BIOMETRIC_DATA") == []


@pytest.mark.parametrize(
    "text",
    [
        '{"rule": "Outbound to known C2", "host": "pay-batch-3.prod.internal", "dst": "43.229.93.26:443"}',
        "Observed infrastructure: 43.229.173.100, 38.54.176.124 (VPS, Hong Kong). Payload SHA-256 attached.",
        "Add these to the blocklist:\nip,type,domain\n43.229.43.82,apk_host,thaid-update.xyz",
        "family=GoldPickaxe  C2 panel: 167.88.172.69:8443 (bulletproof hosting)",
    ],
)
def test_a_threats_servers_are_not_anyones_device(text: str) -> None:
    assert _found(text, "IP_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Attacker logged in from 171.97.232.111 after a phishing email; account frozen.", "171.97.232.111"),
        ("login FAIL user=nan.j@example.com src=223.205.174.105 (botnet suspected)", "223.205.174.105"),
        # "c2" inside an IPv6 group or a passport number is no threat word.
        ('request_ip=2405:9800:396d:f2fc:18a1:c297:3c1f:42cc; passport=C2687382', "2405:9800:396d:f2fc:18a1:c297:3c1f:42cc"),
    ],
)
def test_a_client_address_near_threat_words_stays(text: str, address: str) -> None:
    assert _found(text, "IP_ADDRESS") == [address]


def test_a_charts_time_value_points_are_not_ids() -> None:
    text = ('Summarise the trend: {"series": "mule_holds_per_hour", "points": [[1846671046272, 28], '
            '[1846677633145, 17], [1846680294054, 41]], "unit": "accounts"}')
    assert _found(text, "TH_NATIONAL_ID") == []


def test_an_id_in_brackets_in_thai_prose_stays() -> None:
    assert _found("ลูกค้า [1846671046272, 28 ปี] แจ้งเปลี่ยนที่อยู่", "TH_NATIONAL_ID") == ["1846671046272"]


def test_a_published_test_card_in_a_unit_test_is_a_fixture() -> None:
    text = "def test_mask_visa():\n    assert mask_pan('4111 1111 1111 1111') == '411111XXXXXX1111'"
    assert _found(text, "CREDIT_CARD") == []


def test_a_published_test_card_in_a_complaint_is_still_reported() -> None:
    # Only a text that says it is test code (or test data) makes the number a fixture.
    assert _found("บัตรของคุณสมชาย ทองดี 4111 1111 1111 1111 ถูกตัดเงินซ้ำ", "CREDIT_CARD") == ["4111 1111 1111 1111"]


def test_a_customer_notice_is_not_a_customer_number() -> None:
    # "customer no..." in "customer notice" once read as a customer number naming someone.
    text = ("Proofread this customer notice:\nเนื่องในโอกาสวันวิสาขบูชา ธนาคารปิดทำการทุกสาขา ยกเว้นสาขาในห้างสรรพสินค้า "
            "ระบบโมบายแบงก์กิ้งจะปิดปรับปรุง เวลา 00:30-03:00 น. รายการโอนพร้อมเพย์ยังใช้งานได้ตามปกติ "
            "ขอเชิญพุทธศาสนิกชนร่วมทำบุญ โดยตรวจสอบบัญชีวัดก่อนโอนทุกครั้ง")
    assert _found(text, "RELIGION") == []


@pytest.mark.parametrize(
    "text",
    [
        "Translate this press release into English: นายปิ่นสาย สุรัสวดี อธิบดีกรมสรรพากร เปิดเผยว่า "
        "ปีภาษีนี้มีผู้ยื่นแบบออนไลน์เพิ่มขึ้น",
        "ร่างข่าวประชาสัมพันธ์ กกต. — ช่วยตรวจภาษา: นายแสวง บุญมี เลขาธิการคณะกรรมการการเลือกตั้ง เปิดเผยว่า "
        "การเลือกตั้งครั้งนี้มีผู้มาใช้สิทธิ์สูง",
    ],
)
def test_the_head_of_a_national_agency_in_a_press_release_is_a_public_figure(text: str) -> None:
    assert _found(text, "PERSON") == []


def test_the_same_official_in_a_complaint_stays_a_name() -> None:
    assert _found("ร้องเรียน: นายปิ่นสาย สุรัสวดี อธิบดีกรมสรรพากร ไม่ตอบอีเมล", "PERSON") == ["นายปิ่นสาย สุรัสวดี"]


def test_a_captioned_table_of_counts_names_no_one() -> None:
    text = ("ช่วยเขียนบทวิเคราะห์สั้นจากตารางสถิติทะเบียนราษฎร:\nกลุ่มชาติพันธุ์ | ผู้ได้รับสัญชาติปี 2568 | คำขอค้าง\n"
            "ปกาเกอะญอ | 2,055 | 346\nม้ง | 1,341 | 255\nอาข่า | 940 | 422\nลาหู่ | 1,099 | 427")
    assert _found(text, "ETHNICITY") == []


def test_a_roster_under_a_statistics_caption_still_names_people() -> None:
    text = ("สถิติการเข้าค่าย:\nชื่อ | ชาติพันธุ์ | ครั้ง\nนายจะพอ แสงดี | ม้ง | 3\n"
            "นางสาวนาหมี่ เลาหมู่ | อาข่า | 2\nนายสมบัติ ใจกล้า | ลาหู่ | 4")
    assert _found(text, "ETHNICITY")


def test_an_faqs_patients_are_a_class() -> None:
    text = ("คำถามที่พบบ่อย: สิทธิบัตรทองครอบคลุมอะไรบ้าง\n1) ผู้ป่วยไตวายเรื้อรังระยะสุดท้าย ได้รับการล้างไตทางช่องท้อง\n"
            "2) ผู้ป่วยมะเร็ง ใช้สิทธิรักษาได้ทุกที่\n3) ผู้ป่วยโรคซึมเศร้า รับบริการปรึกษาทางไกลได้")
    assert _found(text, "HEALTH_DATA") == []


def test_a_named_patient_under_an_faq_stays_someone() -> None:
    text = ("ตอบลูกค้าตามคำถามที่พบบ่อยเรื่องสิทธิบัตรทองที่แนบไว้ด้านล่าง ใช้ภาษาสุภาพ กระชับ\n"
            "ข้อความลูกค้า: สวัสดีค่ะ ดิฉันนางสาวพิมพ์ชนก ศรีสุข HN 6612345 ผู้ป่วยมะเร็งเต้านมระยะที่ 2 "
            "ย้ายโรงพยาบาลได้ไหมคะ")
    assert _found(text, "HEALTH_DATA")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ชื่อผู้มีเงินได้: อำนาจ ด้วงทอง เลขประจำตัวผู้เสียภาษีอากร: 3 1096 01059 43 5", "อำนาจ ด้วงทอง"),
        ("ชื่อผู้ประกันตน: คำมูล สุขประเสริฐ เลขประจำตัวประชาชน: 3-0046-65757-36-9", "คำมูล สุขประเสริฐ"),
        ("ผู้ถูกหักภาษี ณ ที่จ่าย : มาลัย บุตรศรี เลขประจําตัวผู้เสียภาษีอากร 1 1266 12153 58 7", "มาลัย บุตรศรี"),
        ("Name: ลาเต๊อะ จะแฮ KYC note: ลูกค้าเป็นชาวม้ง", "ลาเต๊อะ จะแฮ"),
        ("ชื่อ อาหมี่ เชอมือ | ชาวอาข่า | บัตรบุคคลบนพื้นที่สูง", "อาหมี่ เชอมือ"),
    ],
)
def test_a_name_under_a_forms_name_label(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


@pytest.mark.parametrize("text", ["ชื่อ: ไม่ได้ ระบุ", "ชื่อ: ไม่ทราบ ชื่อจริง", "ชื่อสินค้า: ผ้าไหม มัดหมี่ 2 ผืน"])
def test_a_name_label_without_a_name(text: str) -> None:
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("She met him on Facebook; moved to LINE (his ID: capt.john.love67). Then she sent money.", "capt.john.love67"),
        ("A 'wine trader' moved him to LINE (lisa_money49). He bought USDT.", "lisa_money49"),
    ],
)
def test_a_line_handle_in_brackets_after_the_app(text: str, handle: str) -> None:
    assert _found(text, "LINE_ID") == [handle]


@pytest.mark.parametrize("text", ["Contact us on LINE (official). Thanks", "We use LINE (2024 version)."])
def test_words_in_brackets_after_the_app_are_no_handle(text: str) -> None:
    assert _found(text, "LINE_ID") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ลูกสาวชื่อออม ม.2 เพิ่งบอกว่าเป็นทอม", "ออม"),
        ("ลูกชายชื่อเก่ง จะพามาด้วย", "เก่ง"),
        ("เซลล์ชื่อฝน ไลน์ oatttt เครดิต 30 วัน", "ฝน"),
        ("เราชื่อออม 24 คบกับแฟนมา 2 ปี", "ออม"),
        ("ลูกน้องในอู่ชื่อบอส ชักกลางอู่เมื่อวาน", "บอส"),
    ],
)
def test_a_nickname_that_is_a_word_after_kin_and_named(text: str, name: str) -> None:
    assert _found(text, "PERSON") == [name]


@pytest.mark.parametrize("text", ["ลูกชื่อเสียงดีมาก", "เพื่อนชื่อเดียวกัน กับผม"])
def test_a_word_made_with_the_cue_is_no_nickname(text: str) -> None:
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("จ่ายไม่ผ่านค่าา ลองหลายรอบแล้ว นี่เลขบัตรนะคะ 52926163 37838303 exp 12/29", "52926163 37838303"),
        ("เจ้าหน้าที่: เลข บัตร ที่ หาย ทราบ ไหม คะ ลูกค้า: 5476 5298 32 47 9606 ครับ", "5476 5298 32 47 9606"),
    ],
)
def test_a_card_number_typed_or_read_out_in_odd_groups(text: str, card: str) -> None:
    assert _found(text, "CREDIT_CARD") == [card]


def test_odd_groups_without_a_card_cue_are_no_card() -> None:
    assert _found("ยอดสั่งซื้อรอบนี้ 5476 5298 32 47 9606 ชิ้น", "CREDIT_CARD") == []


def test_a_relative_of_the_writers_is_someone() -> None:
    # "พ่อเรา" (my dad, in chat Thai) names a particular person, as "พ่อผม" does.
    text = "ช่วยคิดวิธีคุยกับพ่อหน่อย 555 พ่อเรา (สมบัติ) เป็นสลิ่มตัวพ่อ กินข้าวทีไรเถียงกันทุกที"
    assert _found(text, "POLITICAL_OPINION")


def test_we_as_an_organisation_is_no_relative() -> None:
    assert _found("บริษัทเราสนับสนุนความหลากหลาย ไม่เลือกปฏิบัติต่อผู้ที่นับถือศาสนาใด", "RELIGION") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Session 18:40, deadlift 1RM attempt with trainer Surasak Unruean. Member felt a pop.", "Surasak Unruean"),
        ("Shelter for 14 years. Contact via our pastor Somsak Jaidee.", "Somsak Jaidee"),
        ("Host: Nanticha Maneewong | mobile 09-3424-0899 | LINE boss.hy9", "Nanticha Maneewong"),
    ],
)
def test_a_full_latin_name_after_more_roles(text: str, name: str) -> None:
    assert _found(text, "PERSON") == [name]


def test_a_role_word_before_other_capitals_is_no_name() -> None:
    assert _found("The host machine rebooted; our coach Team Thailand won the cup.", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("นางสาวปภาวี นาคสุข HN 8368990 ภรรยาท่อนำไข่ตันข้างซ้าย สามีอสุจิเคลื่อนไหวน้อยกว่าเกณฑ์", "ท่อนำไข่ตัน"),
        ("ผู้ป่วย นางกัญญาณัฐ เจริญสุข อายุ 31 ปี ข้อมูลการตั้งครรภ์: รกเกาะต่ำ นัดอัลตราซาวด์ซ้ำ", "รกเกาะต่ำ"),
        ("นายธนวัฒน์ มณีวงศ์ อายุ 28 ปี ประวัติ: ติดไอซ์ เคยมีอาการหวาดระแวงรุนแรง", "ติดไอซ์"),
        ("Prayer list for Ms. Supattra Inkaew: recovering from a stroke, thank you all.", "recovering from a stroke"),
    ],
)
def test_more_health_vocabulary(text: str, term: str) -> None:
    assert any(term in found for found in _found(text, "HEALTH_DATA"))


def test_a_clinic_menu_of_cosmetic_procedures_is_about_no_one() -> None:
    assert _found("โปรโมชันเดือนนี้: เสริมหน้าอก ดูดไขมัน ฉีดฟิลเลอร์ ลด 20% ปรึกษาแพทย์ฟรี", "HEALTH_DATA") == []


def test_sex_told_plainly_in_a_call() -> None:
    text = "[00:00:20] ผู้โทร: ผมมายด์ครับ ผมมีเซ็กส์กับผู้ชายที่เจอในแอปแล้วถุงยางแตก"
    assert _found(text, "SEXUAL_BEHAVIOUR")


def test_sex_education_is_about_no_one() -> None:
    assert _found("ความรู้เรื่องเพศ: การมีเซ็กส์อย่างปลอดภัยควรใช้ถุงยางทุกครั้ง", "SEXUAL_BEHAVIOUR") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ลูกค้าชื่อไพศาล  ศรีวงศ์ ผลตรวจยีน BRCA2 กลายพันธุ์", "ไพศาล  ศรีวงศ์"),
        ("ครูคะ วันนี้น้องเกียรติศักดิ์  พรหมวงศ์ เลขที่ 14 ไม่สบาย", "เกียรติศักดิ์  พรหมวงศ์"),
    ],
)
def test_a_name_typed_with_two_spaces(text: str, name: str) -> None:
    assert any(name in found for found in _found(text, "PERSON"))


def test_two_spaces_before_the_next_label_still_end_a_field() -> None:
    text = "ผู้ขอบวช: นายสมศักดิ์ ใจดี เลขบัตร: 3808663362355\nบิดา: อำนาจ ดวงแก้ว  มารดา: ปาริชาติ โพธิ์ทอง"
    assert "อำนาจ ดวงแก้ว" in _found(text, "PERSON")
