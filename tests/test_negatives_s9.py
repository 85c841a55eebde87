"""Session 9: texts about no one (fabricated values)."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.engine import get_engine


def _types(text: str) -> list[str]:
    return [f.entity_type for f in get_engine().analyze(text)]


@pytest.mark.parametrize(
    "text",
    [
        # An epoch-ms time after "at" in a log line (it passes the ID checksum).
        "[refund-consumer] commit failed: RebalanceInProgressException at 1745770473721",
        # A language asked for in a job ad is no one's ethnicity.
        "Customer Service Officer (Myanmar / Khmer speaking) - Samut Sakhon. Fluent Thai plus Burmese, Karen "
        "or Khmer required. We are an equal opportunity employer.",
        # A consent template's "I" and "my" are whoever will sign it.
        "I, {{applicant_full_name}}, ID card no. {{national_id}}, consent to {{company_name}} verifying my "
        "criminal record with the Royal Thai Police for the purpose of evaluating my application.",
    ],
)
def test_no_finding(text: str) -> None:
    assert _types(text) == []


def test_an_id_after_its_cue_is_still_found_whatever_follows() -> None:
    assert _types("Customer ID card 1745770473721 at 10:00") == ["TH_NATIONAL_ID"]


def test_a_signed_statement_keeps_its_first_person_facts() -> None:
    # No template variable: the writer is someone, and their record is theirs.
    assert "CRIMINAL_RECORD" in _types("I was convicted of fraud in 2019 and have a criminal record. My name is Anan.")


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        # A record's own bare "ID" key (English text, so the number could read as an epoch-ms time).
        ("Name: Anan Intaraprasert  CIF 008091886\nID: 1568204373221\n", "TH_NATIONAL_ID", "1568204373221"),
        # A card number under the card's own key with "ref" glued on, in a log with masking off.
        ("2025-01-12 21:57 sms-gw DEBUG card_ref=5198579597175904 (masking disabled in UAT config!)",
         "CREDIT_CARD", "5198579597175904"),
        # A handle written before the app it is on.
        ("1. Joy Boonprasert (@ann.wara on LINE) - 480k followers", "LINE_ID", "@ann.wara"),
        ("ติดต่อ somchai99 (LINE)", "LINE_ID", "somchai99"),
        # A procedure after "underwent", words about it between.
        ("Customer: Anan Srisuk\nReason: underwent spinal surgery in August, income down 60%",
         "HEALTH_DATA", "spinal surgery"),
        ("ผู้ป่วย นายสมชาย ใจดี อาการ: ไอเป็นเลือด", "HEALTH_DATA", "ไอเป็นเลือด"),
        ("I am referring Aiko Tanaka (DOB Nov 9, 1978) for evaluation of exertional dyspnoea. Echo showed LVEF 38%.",
         "HEALTH_DATA", "exertional dyspnoea"),
        ("[22:03] Sudarat Srisuk: I joined the riders' union today", "TRADE_UNION", "riders' union"),
        ("ไรเดอร์ นายสมชาย ใจดี คนแถวนั้นเล่าว่าเคยโดนจับข้อหาฉ้อโกงออนไลน์", "CRIMINAL_RECORD", "โดนจับข้อหา"),
        ("I'm a Christian volunteer at the parish. Somchai Jaidee", "RELIGION", "a Christian"),
    ],
)
def test_found(text: str, entity_type: str, value: str) -> None:
    found = [text[f.start : f.end] for f in get_engine().analyze(text) if f.entity_type == entity_type]
    assert value in found


@pytest.mark.parametrize(
    "text",
    [
        "Trace ID: 1745770473721",
        "Card reference number: 5198579597175904",
        "Send it to the team on LINE today",
        "Our system underwent a major upgrade in August",
        "ลูกค้า นายสมชาย ใจดี โดนจับได้ว่าโกหก",  # caught out lying, no arrest
        "ผมโดนจับใบแดงตอนเล่นบอล",  # a red card
        "สาเหตุที่ทำให้ไอเป็นเลือด ได้แก่ วัณโรค มะเร็งปอด",  # an article about a symptom
        "Chest pain: causes and when to see a doctor",
    ],
)
def test_look_alikes_are_not_found(text: str) -> None:
    assert [f.entity_type for f in get_engine().analyze(text) if f.entity_type != "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("CUSTOMER = {'email': 'test@example.com', 'backup': 'user1@example.org'}", []),
        ("ติดต่อองค์กร enterprise@telco-example.co.th หรือ business@shop-example.co.th", []),
        # A name at a reserved domain is still written as someone's address, and a placeholder word
        # at a real provider may be a real mailbox.
        ("contact somchai@example.com or test@gmail.com", ["somchai@example.com", "test@gmail.com"]),
    ],
)
def test_fixture_and_role_mailboxes(text: str, found: list[str]) -> None:
    assert [text[f.start : f.end] for f in get_engine().analyze(text) if f.entity_type == "EMAIL_ADDRESS"] == found


@pytest.mark.parametrize(
    "text",
    [
        # A schema's columns are where the data goes.
        "CREATE TABLE customer (\n  full_name_en TEXT,\n  religion TEXT,\n  face_template BYTEA,\n"
        "  created_at TIMESTAMPTZ DEFAULT now()\n);",
        # SQL keywords in capitals after a role noun, and an English title's letters inside a word.
        "ALTER TABLE policy_beneficiary DROP CONSTRAINT chk_spouse_opposite_sex;",
        "data=AAAZ0AaXYyrBXUakjNGBaRqgowDFEgg51XcirfnkXtCLW6DcymrrQYMAYoFIk8cEd3yxF7+MsWr==",
        # A masked name's visible letters, and a fixture's placeholder name.
        "2026-02-18T02:30:34 kyc ok cid=1-xxxx-xxxxx-75-x name=ส***** ท***",
        "CUSTOMER = {\n    'name': 'ทดสอบ ระบบ',\n    'national_id': '0000000000000'}",
        # Languages of a user interface.
        "We're adding Burmese, Karen and Shan UI languages for migrant-worker remittance users.",
        # A lab's reference ranges and price list.
        "ทำตารางค่าปกติ FBS 70-99 mg/dL | HbA1c < 5.7% | Creatinine 0.6-1.2 mg/dL",
        "CBC 150 บาท | FBS 60 บาท | HbA1c 250 บาท | PSA 500 บาท",
        # A station named after a district, a job title's post.
        "เปิดทุกวัน 10.00-20.00 น. ใกล้ BTS อารีย์",
        "รับสมัครเภสัชกรประจำร้านยา 5 อัตรา ประสบการณ์ 2 ปีขึ้นไป",
    ],
)
def test_about_no_one(text: str) -> None:
    assert _types(text) == []


def test_a_patients_results_are_still_health_data() -> None:
    assert "HEALTH_DATA" in _types("ผู้ป่วย นายสมชาย ใจดี FBS 126 mg/dL HbA1c 8.2%")


@pytest.mark.parametrize(
    ("text", "name"),
    [("Mr.Somchai Jaidee called", "Mr.Somchai Jaidee"), ("MR SOMCHAI JAIDEE", "MR SOMCHAI JAIDEE"),
     ("ask Ms Kanya Srisuk", "Ms Kanya Srisuk"), ("เภสัชกรหญิงประภาพร ใจดี", "เภสัชกรหญิงประภาพร ใจดี")],
)
def test_titled_names_are_still_found(text: str, name: str) -> None:
    assert name in [text[f.start : f.end] for f in get_engine().analyze(text) if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        ('pp-lookup proxy_type=NATID proxy=1210153335277 name_th="อนันต์ กาญจนวงศ์"', "TH_NATIONAL_ID", "1210153335277"),
        ('kyc-gw doc_type=PASSPORT doc_no=MC6614911 name="Sokunthea Chhim"', "TH_PASSPORT", "MC6614911"),
        ('{"id_type": "passport", "id_number": "P9306746", "name": "Priya Raghavan"}', "TH_PASSPORT", "P9306746"),
        ('{"name": "Anan Srisuk", "report": {"pgx": "SLCO1B1 *5/*5"}}', "GENETIC_DATA", "SLCO1B1 *5/*5"),
        ('{"event": "face_match", "customer": {"name": "Sasithorn Panyawong"}, "embedding": [-0.0877, -0.2379, '
         '0.0665, -0.2783, 0.0892, 0.0877, 0.1704, 0.1095, 0.1389], "similarity": 0.95}', "BIOMETRIC_DATA",
         "[-0.0877, -0.2379, 0.0665, -0.2783, 0.0892, 0.0877, 0.1704, 0.1095, 0.1389]"),
    ],
)
def test_found_in_machine_records(text: str, entity_type: str, value: str) -> None:
    assert value in [text[f.start : f.end] for f in get_engine().analyze(text) if f.entity_type == entity_type]


def test_a_text_embedding_is_no_biometric() -> None:
    text = ('{"input": "นายสมชาย ใจดี สั่งซื้อ", "embedding": [0.0015, -0.1080, -0.1658, 0.2725, -0.0872, '
            '-0.1225, -0.1723, -0.0157, 0.0024], "model": "text-embedding-3-small"}')
    assert "BIOMETRIC_DATA" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "ประกาศโรงพยาบาล เรื่อง การให้บริการช่วงเดือนรอมฎอน\nเพื่ออำนวยความสะดวกแก่ผู้รับบริการที่ถือศีลอด "
        "คลินิกจะเปิดบริการเพิ่มช่วงเย็น 17.00-20.00 น.",
        "ทำเป็นขั้นตอนสั้นๆ สำหรับติดบอร์ดหน้าห้องเวชระเบียน\n\nการขอมีบัตรประจำตัวคนพิการ: 1) ขอเอกสารรับรองความพิการ"
        "จากโรงพยาบาล 2) ยื่นที่ พมจ. 3) ผู้ถือบัตรได้รับเบี้ยความพิการเดือนละ 800 บาท",
    ],
)
def test_a_notice_for_everyone_is_about_no_one(text: str) -> None:
    assert _types(text) == []


def test_a_tab_separated_header_names_columns_not_values() -> None:
    text = "ชื่อ\tศาสนา\tแผนก\nสมชาย ใจดี\tอิสลาม\tบัญชี\n"
    found = [(f.entity_type, text[f.start : f.end]) for f in get_engine().analyze(text) if f.entity_type != "PERSON"]
    assert found == [("RELIGION", "อิสลาม")]


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        # An audit log's key=value fields: the next key is no count noun.
        ('action=VIEW hn=34606246 patient="ประยงค์ สุขเจริญ" module=PSYCH_NOTE', "MEDICAL_RECORD_NUMBER", "34606246"),
        # "ไอดี" + whose + the handle, after a LINE cue.
        ("ถ้าจะคุยทางไลน์ส่วนตัว ไอดีผม khunmayd หรือโทร 080 954 2680 ครับ", "LINE_ID", "khunmayd"),
        ("Representative: union legal adviser Rachanee Phuthong attended the hearing.", "PERSON", "Rachanee Phuthong"),
    ],
)
def test_found_after_keys_and_roles(text: str, entity_type: str, value: str) -> None:
    assert value in [text[f.start : f.end] for f in get_engine().analyze(text) if f.entity_type == entity_type]


def test_a_count_of_patients_after_hn_is_no_number() -> None:
    assert "MEDICAL_RECORD_NUMBER" not in _types("เวชระเบียน HN 2500 patients ต่อเดือน")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Narongsak Khongsomboon | nantana_suk@gmail.com | I signed because I oppose the coup-era constitution",
         "oppose the coup-era constitution"),
        ("Lucas Moreau | narongsak94@outlook.com | I support amending Section 112 from abroad",
         "support amending Section 112"),
        ('บทสัมภาษณ์: วิชัย เพชรรัตน์ อายุ 34 บอกว่า "ผมเป็นแฟนคลับพรรคพลังประชารัฐ"', "แฟนคลับพรรคพลังประชารัฐ"),
        ("i'm Kanyarat Boonprasert and i volunteer for the opposition party every election.",
         "volunteer for the opposition party"),
    ],
)
def test_political_stances(text: str, value: str) -> None:
    found = [text[f.start : f.end] for f in get_engine().analyze(text) if f.entity_type == "POLITICAL_OPINION"]
    assert value in found


def test_support_desks_and_parties_are_no_stance() -> None:
    assert "POLITICAL_OPINION" not in _types("Customer Kanya Srisuk asked IT support about the party booking")


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        ("ห้อง 1506: เค้าเป็นไบโพล่า นะครับ ญาติเคยบอก นิติฯ จะโทรหาญาติผู้เช่าที่ 096 533 1237", "HEALTH_DATA",
         "เป็นไบโพล่า"),
        ("สั่งกระเช้าค่ะ บ้านหนูเป็นคนจีนแต้จิ๋ว ส่งถึงอาม่า สมจิต โพธิ์ทอง เบอร์ 097 220 3074", "ETHNICITY",
         "คนจีนแต้จิ๋ว"),
        ("return kit for ธิดารัตน์ อ่อนละมัย: the lab told her she is a carrier of beta-thalassaemia", "GENETIC_DATA",
         "carrier of beta-thalassaemia"),
        ("ชื่อ,เลขบัตร,หมายเหตุสุขภาพ\nเบญจมาศ คำมูล,3156161321592,อัมพาตครึ่งซีก\n", "HEALTH_DATA", "อัมพาตครึ่งซีก"),
    ],
)
def test_spellings_and_columns_of_s26_data(text: str, entity_type: str, value: str) -> None:
    assert value in [text[f.start : f.end] for f in get_engine().analyze(text) if f.entity_type == entity_type]


def test_a_mood_disorder_spelled_as_typed_is_no_sexual_orientation() -> None:
    assert "SEXUAL_BEHAVIOUR" not in _types("ห้อง 1506: เค้าเป็นไบโพล่า นะครับ โทร 096 533 1237")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("คลินิกชายแดน | ผู้ป่วย นอว์ พอ ทู เชื้อชาติ กะเหรี่ยง\nลงทะเบียนด้วย iris code IR-24881 (ตาขวา)", "iris code"),
        ("มารดา: นางปาริชาติ ธรรมรักษ์ HN 6983963\nพิมพ์ลายเท้าทารก: footprint scan FPR-442355.png", "footprint scan"),
    ],
)
def test_biometric_records_named_with_their_reference(text: str, value: str) -> None:
    found = [text[f.start : f.end] for f in get_engine().analyze(text) if f.entity_type == "BIOMETRIC_DATA"]
    assert any(value in v for v in found)


@pytest.mark.parametrize(
    "text",
    [
        # A table of counts broken down by a place column.
        "ตารางสรุปประชากรกลุ่มชาติพันธุ์ (ข้อมูลเปิด)\nกลุ่มชาติพันธุ์\tจังหวัด\tประชากร (โดยประมาณ)\n"
        "กะเหรี่ยง\tตาก\t81,213\nม้ง\tเพชรบูรณ์\t22,908\nอาข่า\tเชียงราย\t35,636\nลีซู\tเชียงใหม่\t59,266\n",
        # A header's next column name is no value of the key before it.
        "claims.groupby(['icd10','dx_name']).agg(n=('claim_id','count'))\n"
        "icd10  dx_name                                       n    paid_m\n",
        # Placeholders of a fixture.
        '{"email": "test.user@example.com", "name": "ทดสอบ ระบบ"}',
        # A class of shoppers, a policy's waiting periods, a school's timetable.
        "explain what CICOT means for shoppers who are not Muslim.",
        "ระยะเวลารอคอย 30 วัน, 120 วันสำหรับเนื้องอกและริดสีดวงทวาร",
        "ตารางสอน ม.1 (วางจาก Excel) ช่วยหาคาบที่ชนกัน",
    ],
)
def test_tables_fixtures_and_rules_about_no_one(text: str) -> None:
    assert _types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '{"office":"Chaeng Watthana","service":"extension_of_stay","slots":[1764886503537,1718034812082,1765407915822]}',
        "ขอมอบอำนาจให้ ____________________ เป็นผู้มีอำนาจกระทำการแทนข้าพเจ้าในเรื่อง ____________________",
        "การทำบัตรประจำตัวคนพิการ ยื่นได้ที่สำนักงานพัฒนาสังคมฯ ประเภทความพิการ ได้แก่ ทางการเห็น ทางการได้ยิน และออทิสติก "
        "บัตรมีอายุ 8 ปี ไม่มีค่าธรรมเนียม",
    ],
)
def test_arrays_blank_authorisations_and_procedures(text: str) -> None:
    assert _types(text) == []


def test_an_id_in_an_array_under_its_cue_is_still_found() -> None:
    assert _types("เลขบัตร [1101700230708, 1718034812082]") == ["TH_NATIONAL_ID", "TH_NATIONAL_ID"]


@pytest.mark.parametrize(
    "text",
    [
        "รับโบนัส 675 บาท โซนที่ร่วม: สาทร สีลม อโศก ทองหล่อ (ยกเว้นงานซื้อของแทน)",  # a list of areas
        "assert is_late(1750981449435, 1735244400209) in (True, False)",  # a call's epoch-ms arguments
        "Questions? seller-help@shopmall.co.th",  # a sellers' help desk
    ],
)
def test_lists_of_places_calls_and_desks(text: str) -> None:
    assert _types(text) == []


def test_a_given_name_that_is_also_a_place_is_still_a_name_after_a_cue() -> None:
    assert _types("ลูกค้า ทองหล่อ โทรมา") == ["PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        '{"query": "watchlist", "matches": [{"subject": "Sukanya Janhom", "note": "face match", "similarity": 0.91, '
        '"embedding": "[0.0034, -0.2143, 0.1062, 0.2281, 0.2055, -0.1807, ...]"}]}',
        'NDID face verify {"subject": {"name_en": "Rungnapa Meesuk"}, "liveness": "PASS", '
        '"template": "[-0.0562, -0.3292, 0.3486, 0.3800, 0.0934, -0.3001, ...]"}',
    ],
)
def test_a_face_vector_written_as_a_string_or_cut_short(text: str) -> None:
    assert "BIOMETRIC_DATA" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "สรุปข่าวนี้: นายอนุทิน ชาญวีรกูล นายกรัฐมนตรี ชี้แจงต่อสภาฯ ว่ารัฐบาลจะเดินหน้าแก้รัฐธรรมนูญ ขณะที่นายณัฐพงษ์ "
        "เรืองปัญญาวุฒิ หัวหน้าพรรคประชาชน",
        "สรุปข่าวนี้: ศาลมีคำวินิจฉัยให้นายเศรษฐา ทวีสิน พ้นจากตำแหน่งนายกรัฐมนตรี",
        "นโยบายการใช้ระบบลงเวลาด้วยใบหน้าและลายนิ้วมือ: บริษัทเก็บแม่แบบ (template) ไม่เก็บภาพดิบ เข้ารหัส AES-256",
    ],
)
def test_public_figures_in_the_news_and_a_policys_statements(text: str) -> None:
    assert _types(text) == []


def test_a_private_person_in_the_news_keeps_the_s26_finding() -> None:
    text = "สรุปข่าวนี้: นายสมชาย ใจดี ชาวบ้าน ถูกจับข้อหาลักทรัพย์ ขณะที่นายกรัฐมนตรี อนุทิน ชาญวีรกูล สั่งการ"
    assert _types(text) == ["PERSON", "CRIMINAL_RECORD"]
