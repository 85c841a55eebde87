"""PDPA s.26 families of session 5, round 8: rules for a kind of person, field labels, genotypes.

- A quantified or relative-clause group ("นักเรียนทุกศาสนา", "พนักงานที่นับถือ...", "applicants
  who are deaf", "ลูกจ้างกี่คน") and a quantified key ("ครอบคลุมทุกศาสนา: ...") state a policy for
  anyone; a job ("driver roles", "รับสมัครพนักงาน...") is a post, not a person.
- A category's name heading a lowercase snake_case key ("disability_type TEXT", "religion_id",
  "disability_note": <value>) labels a column; the value, when there is one, is the disclosure.
- A criminal record *check* is a procedure; what a test "is used for" is a textbook sentence.
- Genotypes are data by their shape: star-allele diplotypes ("CYP2C19*2/*2", "TPMT*3A/*3C") and
  ISCN karyotypes ("47,XX,+21", "46,XY,t(11;22)(q23;q11.2)"); the key before such a value
  ("ผลโครโมโซม:") gives way to it even when it does not open its line.

Every name, number and value is invented.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.catalogue import SENSITIVE_TYPES
from pdpa_guard.detect.engine import DetectionEngine


def _found(engine: DetectionEngine, text: str) -> list[tuple[str, str]]:
    return [
        (f.entity_type, text[f.start : f.end])
        for f in engine.analyze(text)
        if f.entity_type in SENSITIVE_TYPES
    ]


# ---------------------------------------------------------------- a rule for a kind of person

RULES_FOR_ANYONE: list[str] = [
    # HR holiday policy: a key after a quantifier is a heading, the role has a relative clause
    "ปรับนโยบายวันหยุดให้ครอบคลุมทุกศาสนา: พนักงานที่นับถือศาสนาอิสลามลาในวันอีดได้ 1 วัน ผู้นับถือศาสนาคริสต์ลาวันคริสต์มาส",
    # school notice: every student of every religion
    "โรงเรียนจัดห้องละหมาดให้นักเรียนที่นับถือศาสนาอิสลาม และอนุญาตให้นักเรียนทุกศาสนาแต่งกายตามหลักศาสนา",
    # cafeteria menu per religion
    "สรุปเมนูโรงอาหารแยกตามแต่ละศาสนา: อาหารฮาลาลสำหรับมุสลิม อาหารเจสำหรับผู้ที่ถือศีล",
    # job ad (English): a kind of applicant
    "We welcome applicants who are deaf, blind or wheelchair users for our call-centre team.",
    # property: tenants who ...
    "Tenants who use a wheelchair can request a ground-floor unit at no extra cost.",
    # labour-law question: how many employees, do union members have the right
    "อยากทราบว่าจัดตั้งสหภาพแรงงานต้องมีลูกจ้างกี่คน สมาชิกสหภาพแรงงานรัฐวิสาหกิจมีสิทธิ์นัดหยุดงานได้หรือไม่",
    # hiring policy: a driver role and a check are not a person's record
    "Review our hiring policy: candidates for school-bus driver roles may be asked to consent to a "
    "criminal record check; a past conviction does not automatically disqualify.",
    "ประกาศรับสมัครพนักงานขับรถ ผู้เคยต้องโทษในคดีลหุโทษสามารถสมัครได้ ต้องยินยอมให้ตรวจประวัติอาชญากรรม",
    # health education: what a test is used for
    "Write a quiz question: two HbE carriers have a 25% chance per pregnancy of a child with "
    "HbE/β-thalassaemia. Karyotyping and DNA testing are used for prenatal diagnosis.",
    "Genetic testing can be used to guide cancer treatment; ask your doctor whether it is right for you.",
]


@pytest.mark.parametrize("text", RULES_FOR_ANYONE)
def test_rules_for_anyone_report_nothing(engine: DetectionEngine, text: str) -> None:
    assert _found(engine, text) == []


def test_someone_in_the_same_shapes_is_still_found(engine: DetectionEngine) -> None:
    """A form field, a named member and a named driver keep their findings."""
    assert ("RELIGION", "ศาสนา: อิสลาม") in _found(engine, "ชื่อ: นายสมชาย ใจดี\nศาสนา: อิสลาม")
    union = _found(engine, "สรุปแชท: คุณมานพ สุขดี (พนักงานฝ่ายผลิต) แจ้งว่าตนเป็นสมาชิกสหภาพแรงงานสิ่งทอ")
    assert "TRADE_UNION" in {t for t, _ in union}
    memo = "Memo: driver Somchai Jaidee (staff no. 4471) failed the alcohol test and has a prior conviction for theft."
    assert "CRIMINAL_RECORD" in {t for t, _ in _found(engine, memo)}
    check = (
        "Screening note: applicant Mr. Anan Srisuk, criminal record check returned a conviction for fraud."
    )
    assert "CRIMINAL_RECORD" in {t for t, _ in _found(engine, check)}
    claim = "Claim note: insured Mr. Somsak Rattana had genetic testing at a private lab last year."
    assert "GENETIC_DATA" in {t for t, _ in _found(engine, claim)}


# ---------------------------------------------------------------- keys that label a column

COLUMN_LABELS: list[str] = [
    "CREATE TABLE members (\n  id BIGINT,\n  full_name TEXT,\n  religion TEXT,\n  disability_type TEXT\n);",
    "SELECT full_name, religion_id, ethnicity_code FROM hr.employee WHERE dept = 'IT';",
    "class Applicant(BaseModel):\n    name: str\n    disability_note: str | None = None",
]


@pytest.mark.parametrize("text", COLUMN_LABELS)
def test_topic_heading_a_key_is_a_label(engine: DetectionEngine, text: str) -> None:
    assert _found(engine, text) == []


def test_record_reports_the_value_not_its_key(engine: DetectionEngine) -> None:
    text = '{"member":"นางสาวกานดา ศรีสุข","disability_note":"ออทิสติก","plan":"GOLD"}'
    assert _found(engine, text) == [("DISABILITY", "ออทิสติก")]


def test_flag_key_about_the_person_still_reports(engine: DetectionEngine) -> None:
    """``has_disability: true`` says it of the record's person: the key is all there is."""
    found = _found(engine, '{"name":"นายวีระ ดีมาก","has_disability":true}')
    assert [t for t, _ in found] == ["DISABILITY"]


# ---------------------------------------------------------------- genotypes by their shape

GENOTYPES: list[tuple[str, str]] = [
    (
        '{"hn":"6612345","patient":"นางสาวกานดา ศรีสุข","pgx":"CYP2C19*2/*2","drug":"clopidogrel"}',
        "CYP2C19*2/*2",
    ),
    ("ผลตรวจเภสัชพันธุศาสตร์ นายวีระ ดีมาก HN 551234: CYP2D6*4/*4 (poor metabolizer)", "CYP2D6*4/*4"),
    ("Lab report for Ms. Araya Boonmee: TPMT*3A/*3C, reduce azathioprine dose.", "TPMT*3A/*3C"),
    ("Patient Ploy Srisuk, amniocentesis karyotype 47,XX,+21 confirmed.", "47,XX,+21"),
    ("คุณนภา แก้วใส ผลโครโมโซม: 46,XX,t(9;22)(q34;q11.2)", "46,XX,t(9;22)(q34;q11.2)"),
    ("ผลโครโมโซมของคุณสมชาย ใจดี: 47,XXY (Klinefelter)", "47,XXY"),
]


@pytest.mark.parametrize(("text", "value"), GENOTYPES)
def test_genotype_is_genetic_data(engine: DetectionEngine, text: str, value: str) -> None:
    spans = [span for t, span in _found(engine, text) if t == "GENETIC_DATA"]
    assert any(value in span for span in spans), spans


def test_key_mid_line_gives_way_to_its_karyotype(engine: DetectionEngine) -> None:
    text = "ฝ่ายชาย คุณไสว ใจงาม HN 6824 ผลโครโมโซม: 46,XY, Yq microdeletion AZFc\nฝ่ายหญิง ปกติ"
    spans = [span for t, span in _found(engine, text) if t == "GENETIC_DATA"]
    assert spans == ["46,XY, Yq microdeletion AZFc"]


GENOTYPE_LOOKALIKES: list[str] = [
    "Quiz: which syndrome has the karyotype 47,XXY? Answer: Klinefelter syndrome is common in men.",
    "Explain what CYP2C19*2 means for clopidogrel in general terms for a pharmacy newsletter.",
    "const total = SIZE*2 + MAX*3; // buffer",
    "ราคา 46,XL และ 48,XXL ไซซ์เสื้อ",
]


@pytest.mark.parametrize("text", GENOTYPE_LOOKALIKES)
def test_genotype_lookalikes_report_nothing(engine: DetectionEngine, text: str) -> None:
    assert _found(engine, text) == []


# ---------------------------------------------------------------- stances and warrants

OPINIONS: list[tuple[str, str]] = [
    # survey export: a stance with an article before its object
    ("1) พญ.พิมสิทธิ์ ยิ่งใจกุล — supports abolishing the lese-majeste law", "supports abolishing the lese-majeste"),
    # petition JSON: colloquial "หนุน" + amending the article
    ('{"name":"นายสมบัติ ดีงาม","tel":"0812345678","q7":"ลงชื่อหนุนแก้ ม.112"}', "ลงชื่อหนุนแก้ ม.112"),
    # HR chat summary
    ("สรุปแชท: นายสมบัติ ดีงาม ลงชื่อแก้ ม.112 ในนามส่วนตัว", "ลงชื่อแก้ ม.112"),
]


@pytest.mark.parametrize(("text", "value"), OPINIONS)
def test_stance_on_the_article_is_political_opinion(engine: DetectionEngine, text: str, value: str) -> None:
    assert ("POLITICAL_OPINION", value) in _found(engine, text)


WARRANTS: list[str] = [
    "Fraud alert: customer Mr. Anan Srisuk has an outstanding arrest warrant per news search.",
    "KYC note: applicant Ploy Srisuk is subject to an arrest warrant for fraud issued in 2024.",
]


@pytest.mark.parametrize("text", WARRANTS)
def test_warrant_against_someone_is_criminal_record(engine: DetectionEngine, text: str) -> None:
    assert "CRIMINAL_RECORD" in {t for t, _ in _found(engine, text)}


ABOUT_NO_ONE: list[str] = [
    "ข่าว: ส.ส. 20 คนยื่นร่างแก้ ม.112 ต่อสภาวันนี้ สรุปข่าวให้หน่อย",
    "โพลล์ประชาชน 45% หนุนแก้ ม.112 ตามรายงานสถิติ",
    "ทีมงานหนุนให้ลูกค้าใช้แอปมากขึ้น",
    "Summarise: Parliament debated a bill to abolish the lese-majeste law today.",
    "How does an arrest warrant work in Thailand? Explain for a legal FAQ.",
    "Police statistics: 3,200 outstanding arrest warrants remain in Bangkok this year.",
]


@pytest.mark.parametrize("text", ABOUT_NO_ONE)
def test_news_and_faq_report_nothing(engine: DetectionEngine, text: str) -> None:
    assert _found(engine, text) == []


# ---------------------------------------------------------------- biometric comparison results


def test_face_match_score_in_a_proctoring_log(engine: DetectionEngine) -> None:
    text = "[09:01] exam=MATH101 student=6512345678 ip=10.2.3.4 face_match=0.41 (threshold 0.80) -> FLAG"
    assert ("BIOMETRIC_DATA", "face_match=0.41") in _found(engine, text)


BIOMETRIC_SETTINGS: list[str] = [
    "config: face_match_threshold=0.80, liveness_required=true",
    "Our SDK's face match API returns a similarity between 0 and 1; set face_match_threshold=0.8.",
    "voice_match: enabled, fingerprint_match: disabled",
]


@pytest.mark.parametrize("text", BIOMETRIC_SETTINGS)
def test_biometric_settings_report_nothing(engine: DetectionEngine, text: str) -> None:
    assert _found(engine, text) == []
