"""s.26 data said of no one identifiable stands only beside an identifier (pdpa_guard.detect.subject).

A health, religion or criminal term whose own context names no one (no name, pronoun, age, HN, no
role in a plain statement, no filled-in field) is reported only when the same document, or the
same exchange across its messages, identifies someone. Fabricated values only.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.catalogue import SENSITIVE_TYPES
from pdpa_guard.detect.engine import get_engine
from pdpa_guard.detect.finding import Finding
from pdpa_guard.detect.subject import require_subject, require_subject_tagged
from pdpa_guard.exchange import Exchange, TextSegment
from pdpa_guard.pipeline import Pipeline
from pdpa_guard.rules import load_rules

IDENTIFIER_LINE = "\nติดต่อกลับ 081-234-5678"

# Said of no one in particular: the recognizer finds the term (as one part of an exchange), the
# document alone does not identify anyone, so nothing is reported; beside a phone number it is.
UNIDENTIFIED = [
    ("HEALTH_DATA", "ป่วยเป็นโรคเบาหวานแล้วกินทุเรียนได้ไหม"),
    ("HEALTH_DATA", "ตรวจพบเชื้อโควิด ต้องกักตัวกี่วัน"),
    ("DISABILITY", "The guest is a wheelchair user and needs an accessible room."),
    ("BIOMETRIC_DATA", "We store each customer's face template and voiceprint for login."),
    ("GENETIC_DATA", "ผลตรวจพบภาวะพาหะธาลัสซีเมีย"),
    ("RELIGION", "พนักงานขอลาบวช 15 วันตามระเบียบบริษัท ช่วยร่างหนังสืออนุมัติ"),
    # a role in a law or a circular is a class of people
    ("TRADE_UNION", "พ.ร.บ.แรงงานสัมพันธ์ มาตรา 88 การหักค่าบำรุงสหภาพจากค่าจ้างทำได้เมื่อลูกจ้างยินยอมเป็นหนังสือ"),
    ("HEALTH_DATA", "ที่ สธ 0808/ว 526 เรื่อง มาตรการเฝ้าระวัง\nขอให้ทุกแห่งงดจ่ายยา NSAIDs แก่ผู้ป่วยสงสัยไข้เลือดออก"),
]

# The term's own context names its subject: reported with no identifier anywhere.
ANCHORED = [
    ("HEALTH_DATA", "ผมเป็นเบาหวาน กินอะไรได้บ้าง"),  # first person
    ("DISABILITY", "ลูกค้าเป็นผู้พิการทางการเห็น ขอเอกสารอักษรเบรลล์"),  # a role, said of it
    ("HEALTH_DATA", "โรคประจำตัว: หอบหืด"),  # a field filled in: a record of someone
    ("HEALTH_DATA", "ผู้ป่วยเป็นโรคหอบหืดมา 5 ปี"),  # the role shares "ป่วย" with the phrase
    ("SEXUAL_BEHAVIOUR", "สรุปบันทึกคลินิก: ผู้รับบริการแจ้งว่ามีเพศสัมพันธ์กับคู่นอนหลายคนโดยไม่ป้องกัน ขอคำแนะนำ"),
    ("TRADE_UNION", "ลูกจ้างแจ้งว่าขอให้หักค่าบำรุงสหภาพจากค่าจ้างเดือนนี้"),  # the same role, no law cited
]

# Known gaps: a person the detector does not see (an untitled romanised name, a nickname after
# พี่, a kinship word, a bare "I"), so the finding is taken as said of no one and dropped.
PERSON_UNSEEN = [
    ("ETHNICITY", "Somchai belongs to the ethnic Hmong community."),
    ("CRIMINAL_RECORD", "The court found the accused, Preecha Dee, guilty of fraud under section 341."),
    ("ETHNICITY", "คำร้องขอสัญชาติ: จะนุ แสงดี ชาติพันธุ์ลาหู่ เกิดที่เชียงราย"),
    ("GENETIC_DATA", "intake for Arisa M.: partner has FMR1 premutation (72 CGG repeats)"),
    ("TRADE_UNION", "Payroll: deduct union dues 200 THB from Somsak T. monthly."),
    ("CRIMINAL_RECORD", '{"match":"Somchai Jaidee","similarity":0.47,"watchlist_reason":"has an outstanding arrest warrant"}'),
    ("SEXUAL_BEHAVIOUR", "แชท: เพื่อนบอกว่าพี่นัทเคยทำงานขายบริการทางเพศที่พัทยา"),
    ("POLITICAL_OPINION", "ป้าบอกว่าเลือกตั้งรอบนี้จะกาเบอร์พรรคดาวรุ่ง"),
    ("POLITICAL_OPINION", "Interview: I campaigned door-to-door against the mine expansion last spring."),
]


def _types(findings: list[Finding]) -> set[str]:
    return {f.entity_type for f in findings if f.entity_type in SENSITIVE_TYPES}


@pytest.mark.parametrize(("entity_type", "text"), UNIDENTIFIED)
def test_said_of_no_one_is_not_reported_alone(entity_type: str, text: str) -> None:
    engine = get_engine()
    as_part = [f for f in engine.analyze(text, whole_document=False) if f.entity_type == entity_type]
    assert as_part and not any(f.anchored for f in as_part), "the recognizer finds the term, unanchored"
    assert entity_type not in _types(engine.analyze(text))


@pytest.mark.parametrize(("entity_type", "text"), UNIDENTIFIED)
def test_said_of_no_one_is_reported_beside_an_identifier(entity_type: str, text: str) -> None:
    found = get_engine().analyze(text + IDENTIFIER_LINE)
    assert "PHONE_NUMBER" in {f.entity_type for f in found}
    assert entity_type in _types(found)


@pytest.mark.parametrize(("entity_type", "text"), ANCHORED)
def test_said_of_someone_is_reported_without_an_identifier(entity_type: str, text: str) -> None:
    found = get_engine().analyze(text)
    assert not {f.entity_type for f in found} - SENSITIVE_TYPES, "no identifier in these texts"
    assert entity_type in _types(found)


@pytest.mark.parametrize(("entity_type", "text"), PERSON_UNSEEN)
@pytest.mark.xfail(strict=True, reason="known gap: the person is not detected, so the finding reads as said of no one")
def test_known_gap_person_unseen(entity_type: str, text: str) -> None:
    assert entity_type in _types(get_engine().analyze(text))


def test_asking_for_a_subset_still_looks_for_identifiers() -> None:
    """``entities=["HEALTH_DATA"]`` reports the same health findings as the full analysis."""
    engine = get_engine()
    text = UNIDENTIFIED[0][1]
    assert engine.analyze(text, entities=["HEALTH_DATA"]) == []
    assert [f.entity_type for f in engine.analyze(text + IDENTIFIER_LINE, entities=["HEALTH_DATA"])] == ["HEALTH_DATA"]


def test_require_subject_keeps_everything_beside_an_identifier() -> None:
    loose = Finding("HEALTH_DATA", 0, 5, 0.7, "s", anchored=False)
    tied = Finding("RELIGION", 6, 9, 0.9, "s")
    phone = Finding("PHONE_NUMBER", 10, 20, 0.9, "p")
    juristic = Finding("TH_JURISTIC_ID", 21, 34, 0.9, "j")
    assert require_subject([loose, tied]) == [tied]
    assert require_subject([loose, juristic]) == [juristic]  # a company identifies no person
    assert require_subject([loose, tied, phone]) == [loose, tied, phone]
    assert require_subject_tagged([(0, phone), (1, loose)]) == [(0, phone), (1, loose)]
    assert require_subject_tagged([(0, tied), (1, loose)]) == [(0, tied)]


def _exchange(*texts: str) -> Exchange:
    return Exchange(
        host="api.openai.com",
        path="/v1/chat/completions",
        segments=[TextSegment(path=f"$.messages[{i}].content", text=t) for i, t in enumerate(texts)],
    )


def test_an_exchange_is_one_document_across_its_messages() -> None:
    """A name in the system prompt makes the unanchored diagnosis in the user's message data about
    that person; the same message alone in an exchange reports nothing."""
    pipeline = Pipeline(load_rules(None))
    health = UNIDENTIFIED[0][1]
    found = pipeline.detect(_exchange("ข้อมูลลูกค้า: นางสาวสมศรี ทองดี โทร 089-765-4321", health))
    assert any(index == 1 and f.entity_type == "HEALTH_DATA" for index, f in found)
    assert pipeline.detect(_exchange("You are a helpful assistant.", health)) == []


def test_the_scanner_judges_a_logged_chat_as_one_exchange() -> None:
    """The scanner shares the pipeline: a name in the system message lets the user's unanchored
    health question count; the same question alone in a logged request reports nothing."""
    from pdpa_guard.scan.record import LogRecord

    pipeline = Pipeline(load_rules(None))
    health = UNIDENTIFIED[0][1]

    def body(*texts: str) -> dict:
        return {"model": "gpt-4o", "messages": [{"role": "user", "content": t} for t in texts]}

    named, _ = pipeline.scan_record(
        LogRecord(source_ref="log.jsonl:1", host="api.openai.com", path="/v1/chat/completions",
                  body=body("ลูกค้า นางสาวสมศรี ทองดี โทร 089-765-4321", health))
    )
    alone, _ = pipeline.scan_record(
        LogRecord(source_ref="log.jsonl:2", host="api.openai.com", path="/v1/chat/completions", body=body(health))
    )
    assert "HEALTH_DATA" in {f.entity_type for _, f in named.findings}
    assert "HEALTH_DATA" not in {f.entity_type for _, f in alone.findings}
