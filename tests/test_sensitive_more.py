"""PDPA s.26, more shapes: general health texts, carriers, logging in with a face, code-style fields.

Every sentence is invented and every name is made up. A disease name in a leaflet, an FAQ, a
guideline or a campaign is about the world; said about someone (a name, a pronoun, a patient, a
predicate such as "has" or ป่วยเป็น) it is a disclosure. A carrier of a hereditary disease is
genetic data, not an illness. A face scan used to log in is a feature of an app; the stored
template is the biometric data.
"""

from __future__ import annotations

import re

import pytest

from pdpa_guard.detect.catalogue import SENSITIVE_TYPES
from pdpa_guard.detect.recognizers.sensitive import (
    SensitiveModel,
    _spellings,
    _triggers,
    sensitive_model,
)
from pdpa_guard.detect.recognizers.sensitive_lexicon import (
    Cue,
    LexiconError,
    Term,
    load_context,
    load_lexicons,
    parse_context,
    parse_lexicon,
)
from tests.conftest import spans_of


def sensitive_findings(engine, text: str) -> list[tuple[str, str]]:
    return [
        (f.entity_type, text[f.start : f.end])
        for f in engine.analyze(text)
        if f.entity_type in SENSITIVE_TYPES
    ]


# ------------------------------------------------------------------ general texts about diseases

GENERAL_HEALTH_TEXTS = [
    "Write a 300-word patient-education leaflet on dengue fever: common symptoms, when to see a doctor.",
    "Write a 250-word patient education leaflet on asthma: triggers, inhalers and when to seek help.",
    "Prepare a patient handout on hypertension: diet, exercise and when to call the clinic.",
    "Draft a short FAQ about hypertension for our clinic's website.",
    "A patient-education handout on tuberculosis: how it spreads and how treatment works.",
    "Write a health article for our employees on burnout and depression.",
    "Write a short quiz on tuberculosis for nursing students.",
    "Give me talking points for a webinar on depression in the workplace.",
    "Summarise the fact sheet on hepatitis B in 5 bullet points.",
    "Ms. Kanya wrote a leaflet on asthma for the clinic.",  # the author is not the patient
    "Dr. Preeda gave a talk on diabetes prevention to the community.",
    "เขียนแผ่นพับให้ความรู้ผู้ป่วยเรื่องโรคหอบหืด ความยาว 300 คำ",
    "ทำอินโฟกราฟิกสำหรับคนไข้เรื่องโรคความดันโลหิตสูง",
    "เขียนคำถามที่พบบ่อย (FAQ) เกี่ยวกับโรคความดันโลหิตสูงสำหรับเว็บไซต์โรงพยาบาล",
    "สรุปแนวทางเวชปฏิบัติการดูแลผู้ป่วยโรคไตเรื้อรังปี 2567",
    "เขียนบทความสุขภาพเรื่องโรคไข้เลือดออก: อาการ การรักษา และการป้องกัน สำหรับลงเว็บไซต์",
    "โรคฮีโมฟีเลียเป็นโรคทางพันธุกรรม ผู้หญิงมักเป็นพาหะ",  # a disease "is" a genetic disease
    "Thalassemia trait is common in Southeast Asia; about 30% of people carry it.",
    "คำถามที่พบบ่อย: พาหะธาลัสซีเมียคืออะไร แตกต่างจากโรคธาลัสซีเมียอย่างไร",
]


@pytest.mark.parametrize("text", GENERAL_HEALTH_TEXTS)
def test_a_disease_in_a_general_text_is_not_a_disclosure(engine, text: str) -> None:
    assert sensitive_findings(engine, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The patient has asthma and uses an inhaler twice a day.", "asthma"),
        ("She suffers from hypertension.", "hypertension"),
        ("Mr. Arthit was diagnosed with dengue fever last week.", "dengue"),
        ("Employee note: Ms. Dao is on insulin and needs breaks to check her sugar.", "insulin"),
        ("Translate: My mother has asthma and takes her inhaler daily.", "asthma"),
        ("ผู้ป่วยเป็นโรคหอบหืดมา 5 ปี", "หอบหืด"),
        ("คุณสมหญิงป่วยเป็นไข้เลือดออก", "ไข้เลือดออก"),
        ("ช่วยสรุปประวัติผู้ป่วย: นายสมบัติ อายุ 58 ปี เป็นโรคไตเรื้อรังระยะที่ 3", "ไตเรื้อรัง"),
    ],
)
def test_a_disease_said_about_someone_is_still_found(engine, text: str, expected: str) -> None:
    assert any(expected in span for span in spans_of(engine, text, "HEALTH_DATA"))


# ------------------------------------------------------------------ carriers are genetic data


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("นางสาวมณีรัตน์ ผลตรวจพบภาวะพาหะธาลัสซีเมียชนิดเบต้า", "พาหะธาลัสซีเมีย"),
        ("คุณสมชาย พบพาหะโรคฮีโมฟีเลีย", "พาหะโรคฮีโมฟีเลีย"),
        ("ลูกค้าเป็นพาหะธาลัสซีเมีย", "พาหะธาลัสซีเมีย"),
        ("The patient carries the thalassemia trait.", "thalassemia trait"),
        ("Ms. Rivera is a carrier of cystic fibrosis.", "carrier of cystic fibrosis"),
        (
            '{"resourceType": "DiagnosticReport", "status": "final", "subject": {"display": '
            '"Kanokwan Srisuk", "identifier": "104512/66"}, "conclusion": "the thalassemia trait"}',
            "thalassemia trait",
        ),
    ],
)
def test_a_carrier_is_genetic_data_and_not_also_an_illness(engine, text: str, expected: str) -> None:
    genetic = spans_of(engine, text, "GENETIC_DATA")
    assert any(expected in span for span in genetic), genetic
    assert spans_of(engine, text, "HEALTH_DATA") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ผู้ป่วยเป็นพาหะเชื้อไวรัสตับอักเสบบี", "พาหะเชื้อ"),
        ("ผู้ป่วยเป็นพาหะไวรัสตับอักเสบบี ต้องตรวจติดตามทุก 6 เดือน", "พาหะไวรัสตับอักเสบ"),
        ("The patient is a hepatitis B carrier.", "hepatitis B carrier"),
    ],
)
def test_a_carrier_of_an_infection_is_health_data(engine, text: str, expected: str) -> None:
    assert any(expected in span for span in spans_of(engine, text, "HEALTH_DATA"))
    assert spans_of(engine, text, "GENETIC_DATA") == []


def test_mosquitoes_and_personality_traits_carry_nothing(engine) -> None:
    assert sensitive_findings(engine, "ยุงลายเป็นพาหะนำโรคไข้เลือดออก") == []
    assert sensitive_findings(engine, "Her strongest personality trait is patience.") == []


# ------------------------------------------------------------------ biometrics: login vs template


@pytest.mark.parametrize(
    "text",
    [
        "ลูกค้าแจ้งว่าเข้าแอปด้วยการสแกนหน้าไม่ได้ ช่วยร่างคำตอบ",
        "ผู้ใช้บอกว่าสแกนหน้าเข้าแอปไม่ผ่าน ตั้งแต่อัปเดตเวอร์ชันล่าสุด",
        "The customer cannot log in with face scan since the last update.",
        "User reports: log in with face scan fails on Android 14, please draft a reply.",
        "คุณสมชายล็อกอินด้วยสแกนใบหน้าไม่ได้ รบกวนแนะนำวิธีแก้",
        "ลูกค้าเปิดใช้งานการสแกนลายนิ้วมือเพื่อเข้าสู่ระบบไม่ได้",
        "ขั้นตอนการลงทะเบียนลายนิ้วมือในแอปธนาคาร: 1) เปิดแอป 2) ไปที่การตั้งค่า",
        "The app supports login with face scan and fingerprint on most Android phones.",
    ],
)
def test_logging_in_with_a_face_or_a_finger_is_not_biometric_data(engine, text: str) -> None:
    assert spans_of(engine, text, "BIOMETRIC_DATA") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ลูกค้ายินยอมให้เก็บลายนิ้วมือเพื่อใช้ยืนยันตัวตน", "ลายนิ้วมือ"),
        ("นายสมศักดิ์ขอให้ลบแม่แบบลายนิ้วมือออกจากระบบ", "แม่แบบลายนิ้วมือ"),
        ("ระบบเก็บข้อมูลจำลองใบหน้าของลูกค้าไว้ที่เซิร์ฟเวอร์", "ข้อมูลจำลองใบหน้า"),
        ("พนักงานลงทะเบียนลายนิ้วมือเข้าระบบลงเวลาแล้ว", "ลายนิ้วมือ"),
        ("ลูกค้าขอให้ลบข้อมูลจำลองใบหน้าออก", "ข้อมูลจำลองใบหน้า"),
        ("ผู้สมัครปฏิเสธการลงทะเบียนลายนิ้วมือ", "ลายนิ้วมือ"),
        ("Ms. Wong asked us to delete her fingerprint record.", "fingerprint record"),
        ("Customer asked us to erase her face template from the e-KYC system.", "face template"),
    ],
)
def test_stored_templates_and_records_are_biometric_data(engine, text: str, expected: str) -> None:
    assert any(expected in span for span in spans_of(engine, text, "BIOMETRIC_DATA"))


# ------------------------------------------------------------------ more categories


@pytest.mark.parametrize(
    ("entity_type", "text", "expected"),
    [
        ("DISABILITY", "นายสมปอง ได้รับการรับรองว่าเป็นคนพิการทางสติปัญญา", "พิการทางสติปัญญา"),
        ("DISABILITY", "ลูกค้าเป็นผู้พิการทางการเห็น ขอเอกสารอักษรเบรลล์", "พิการทางการเห็น"),
        ("DISABILITY", "นางสาวสุภา ผู้พิการทางการเคลื่อนไหว ขอที่จอดรถใกล้ทางเข้า", "พิการทางการเคลื่อนไหว"),
        ("HEALTH_DATA", '{"patient": {"name": "x"}, "chief_complaint": "มะเร็งปอด"}', "มะเร็งปอด"),
        ("HEALTH_DATA", '{"chiefComplaint": "ไอเรื้อรัง 3 สัปดาห์"}', "ไอเรื้อรัง"),
        ("HEALTH_DATA", '{"symptoms": ["polyuria", "weight loss"]}', "polyuria"),
        ("HEALTH_DATA", "past-medical-history: asthma", "asthma"),
        ("HEALTH_DATA", '{"discharge_diagnosis": "community-acquired pneumonia"}', "pneumonia"),
        ("POLITICAL_OPINION", "คุณวิภา ลงชื่อสนับสนุนการแก้ไขรัฐธรรมนูญ", "ลงชื่อสนับสนุน"),
        ("POLITICAL_OPINION", "พนักงานรายนี้ร่วมลงชื่อเสนอร่างแก้ไขรัฐธรรมนูญฉบับประชาชน", "รัฐธรรมนูญ"),
        (
            "POLITICAL_OPINION",
            "He signed the petition and joined the rally at the monument.",
            "signed the petition",
        ),
        ("POLITICAL_OPINION", "She is a card-carrying member of a party.", "card-carrying member"),
        ("ETHNICITY", "Our driver, Mr. Tan, is of Peranakan descent.", "Peranakan descent"),
        ("ETHNICITY", "The tenant says she is ethnic Mon.", "ethnic Mon"),
        ("SEXUAL_BEHAVIOUR", "ผู้ป่วยให้ประวัติว่าใช้บริการทางเพศ", "บริการทางเพศ"),
        ("SEXUAL_BEHAVIOUR", "คนไข้ให้ประวัติว่าเคยซื้อบริการทางเพศ", "บริการทางเพศ"),
        ("SEXUAL_BEHAVIOUR", "The patient reports paying for sex while travelling.", "paying for sex"),
    ],
)
def test_more_disclosures(engine, entity_type: str, text: str, expected: str) -> None:
    found = spans_of(engine, text, entity_type)
    assert any(expected in span for span in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The stock market rally continued on Tuesday as tech shares rose.",
        "บทความวิเคราะห์การแก้ไขรัฐธรรมนูญ ปี 2560 และผลต่อการเลือกตั้ง",
        "สรุปข่าว: กลุ่มนักศึกษาล่ารายชื่อเสนอแก้ไขรัฐธรรมนูญ",
        "The ethnic Hmong New Year festival in Chiang Mai draws thousands of visitors.",
        '{"symptoms": null, "diagnosis": "", "chief_complaint": "-"}',
        "ALTER TABLE visits ADD COLUMN chief_complaint TEXT;",
        "นัดติดตามอาการ: 26-06-2566 เวลา 15.30 น.",
        "Register your device and store the backup key in a safe place.",
    ],
)
def test_the_same_words_about_no_one(engine, text: str) -> None:
    assert sensitive_findings(engine, text) == []


# ------------------------------------------------------------------ the machinery


def test_multi_word_field_keys_are_found_in_every_spelling() -> None:
    term = Term("chief complaint", "HEALTH_DATA", "field", 0.8)
    assert _spellings(term) == ["chief complaint", "chief_complaint", "chief-complaint", "chiefcomplaint"]
    assert _spellings(Term("chief complaint", "HEALTH_DATA", "person", 0.35)) == ["chief complaint"]
    assert _spellings(Term("โรค ประจำตัว", "HEALTH_DATA", "field", 0.8)) == ["โรค ประจำตัว"]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("นาย(?!ก|จ้าง)", ["นาย"]),
        ("(?<![A-Za-z])HN\\s*\\d", ["hn"]),
        ("(?i:(?<![a-z])(?:mr|mrs|ms))\\.?\\s+[A-Z]", ["mr", "ms"]),  # "mrs" starts with "mr"
        ("(?:เพิ่มขึ้น|ลดลง)\\s*\\d", ["ลดลง", "เพิ่มขึ้น"]),
        ("\\d{1,3}\\s*ปี", None),  # starts with a digit
        ("(?:เพศ\\s*)?ชาย", None),  # an optional start
        ("a\\w+", None),  # one letter is too short a trigger
    ],
)
def test_regex_cues_are_found_by_their_leading_literals(pattern: str, expected: list[str] | None) -> None:
    assert _triggers(pattern) == expected


def test_a_triggered_regex_cue_counts_like_a_searched_one() -> None:
    """The same cue as a trigger (literal start) and as a searched regex (digit start) agree."""
    terms = [Term("เบาหวาน", "HEALTH_DATA", "person", 0.35)]
    triggered = SensitiveModel(terms, parse_context(["re:คุณ(?!ภาพ)[ก-๙] | anchor"]))
    searched = SensitiveModel(terms, parse_context(["re:[คก]ุณ(?!ภาพ)[ก-๙] | anchor"]))
    assert triggered.cue_regex == {}  # found through the automaton
    assert ("anchor", "HEALTH_DATA") in searched.cue_regex
    for text in ("คุณมาลีเป็นเบาหวาน", "คุณภาพชีวิตกับเบาหวาน", "เบาหวาน คุณสมร", "เบาหวาน"):
        assert list(triggered.find(text)) == list(searched.find(text)), text


def test_the_shipped_model_searches_only_regex_cues_without_a_literal_start() -> None:
    model = sensitive_model()
    leftovers = {kind for kind, _ in model.cue_regex}
    assert leftovers <= {"anchor", "generic", "document"}
    # What is left starts with a digit: searched only from a window's first digit.
    assert all(model.digit_led[key] for key in model.cue_regex if key[0] != "document")


def test_absorb_and_name_flags_parse() -> None:
    terms = parse_lexicon(
        [
            "พาหะ | person | 0.35 | absorb_next",
            "trait | part | - | absorb_prev",
            "ethnic | part | - | name_next",
        ],
        "GENETIC_DATA",
    )
    assert [(t.absorb, t.name) for t in terms] == [("next", ""), ("prev", ""), ("", "next")]
    assert terms[2].score == 0.35  # a name frame scores as a person-mode term by default
    with pytest.raises(LexiconError, match="only a part"):
        parse_lexicon(["ethnic | person | 0.3 | name_next"], "ETHNICITY")
    with pytest.raises(LexiconError, match="exclude each other"):
        parse_lexicon(["พาหะ | person | 0.3 | absorb_next,absorb_prev"], "GENETIC_DATA")
    with pytest.raises(LexiconError, match="cannot absorb"):
        parse_lexicon(["พาหะ | field | 0.9 | absorb_next"], "GENETIC_DATA")


def test_a_name_frame_takes_capitalised_words_only() -> None:
    terms = parse_lexicon(
        ["ethnic | part | 0.35 | name_next", "descent | part | 0.45 | name_prev"], "ETHNICITY"
    )
    model = SensitiveModel(terms, [Cue("is", "predicate", None), Cue("she", "anchor", None)])
    assert [(t, round(s, 2)) for t, _, _, s in _found(model, "she is ethnic Peranakan.")] == [
        ("ethnic Peranakan", 1.05)
    ]
    assert _found(model, "she is of Peranakan descent.")[0][0] == "Peranakan descent"
    assert _found(model, "she studies ethnic music.") == []  # no name: the frame stays a part
    assert _found(model, "she likes The descent.") == []  # an article is no name


def _found(model: SensitiveModel, text: str) -> list[tuple[str, int, int, float]]:
    return [(text[s:e], s, e, v) for _, s, e, _, _, _, v in model.explain(text)]


def test_shipped_lexicons_use_the_new_flags() -> None:
    terms = load_lexicons()
    assert any(t.absorb == "next" and t.entity_type == "GENETIC_DATA" for t in terms)
    assert any(t.name == "prev" and t.entity_type == "ETHNICITY" for t in terms)
    # Regex cues still compile and are well-formed after the rewrite for triggers.
    for cue in load_context():
        if cue.is_regex:
            re.compile(cue.text)
