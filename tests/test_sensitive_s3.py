"""PDPA s.26: biometric samples, political stances, sentences served, disabilities, unions.

Every sentence is invented and every name is made up. The rule each group checks:

- a specific person's biometric *sample* (a face photo taken to verify them, their scan data, a
  voice sample, a fingerprint that did not match) is biometric data; a feature, a procedure or a
  policy that mentions faces and fingers for anyone is not;
- a stance joined to a political object (ต่อต้าน + รัฐบาลทหาร, critic of the + junta, votes for
  the + a party) is an opinion; the object alone (a party, a movement) is news;
- a sentence served, a conviction, probation are criminal records when said about someone;
- a disability said about a person is a disclosure; an accessibility guideline for a group is not;
- joining a union is a disclosure; statistics about union members are not.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.catalogue import SENSITIVE_TYPES
from pdpa_guard.detect.recognizers.sensitive import SensitiveModel
from pdpa_guard.detect.recognizers.sensitive_lexicon import LexiconError, Term, parse_context, parse_lexicon
from tests.conftest import spans_of

POSITIVES: list[tuple[str, str, str]] = [
    # (entity type, text, a substring the finding must overlap)
    # -- biometric samples of a specific person
    ("BIOMETRIC_DATA", "แจ้งลูกค้า: คุณปวีณา แนบภาพถ่ายใบหน้าเพื่อยืนยันตัวตนเรียบร้อยแล้ว", "ใบหน้า"),
    ("BIOMETRIC_DATA", "เคส #118: นายภาคภูมิ อัปโหลดผลสแกนใบหน้าไม่ผ่าน 2 ครั้ง", "สแกนใบหน้า"),
    ("BIOMETRIC_DATA", "ตรวจสอบให้หน่อย ร.ต.ท. ชยพล ส่งเสียงยืนยันตัวตนแล้วแต่ระบบไม่รับ", "เสียงยืนยันตัวตน"),
    ("BIOMETRIC_DATA", "บันทึกเหตุการณ์: ข้อมูลสแกนลายนิ้วมือของพนักงานรหัส 5521 ไม่ตรงกับฐานข้อมูล", "ลายนิ้วมือ"),
    (
        "BIOMETRIC_DATA",
        "Ticket 4471: Ms. Orawan's iris image was rejected at the border kiosk.",
        "iris image",
    ),
    (
        "BIOMETRIC_DATA",
        "The applicant submitted a fingerprint sample that did not match his ID card.",
        "fingerprint",
    ),
    # -- political stances
    ("POLITICAL_OPINION", "นางสาวอรอุมา ประกาศในไลน์กลุ่มว่าไม่เอาเผด็จการทหาร", "เผด็จการ"),
    ("POLITICAL_OPINION", "หัวหน้าแผนกบอกว่าพนักงานคนนี้เชียร์ม็อบราษฎรทุกครั้ง", "ม็อบราษฎร"),
    ("POLITICAL_OPINION", "น้องเมย์เป็นสามกีบ ส่วนพ่อของเธอเป็นสลิ่ม", "สามกีบ"),
    ("POLITICAL_OPINION", "ผู้สมัครรายนี้มีแนวคิดฝ่ายซ้าย และเคยร่วมชุมนุมที่ราชประสงค์", "ฝ่ายซ้าย"),
    ("POLITICAL_OPINION", "Mr. Teerawat is a vocal critic of the military government.", "critic of the"),
    (
        "POLITICAL_OPINION",
        "According to HR, our intern voted for the Pheu Thai Party last year.",
        "Pheu Thai",
    ),
    ("POLITICAL_OPINION", "She opposes the junta and posts about it every week.", "junta"),
    ("POLITICAL_OPINION", "My landlord is a staunch royalist.", "royalist"),
    # -- criminal records
    ("CRIMINAL_RECORD", "Background note: the driver spent three years in prison for robbery.", "in prison"),
    ("CRIMINAL_RECORD", "He did jail time in 2015 and is now on probation.", "jail time"),
    ("CRIMINAL_RECORD", "ผลตรวจประวัติ: นางสาวกมลพร เคยถูกดำเนินคดีฐานยักยอกทรัพย์", "ถูกดำเนินคดี"),
    ("CRIMINAL_RECORD", "ศาลจังหวัดพิพากษาว่ามีความผิดฐานลักทรัพย์ นายวรากร รับสารภาพ", "มีความผิด"),
    # -- disabilities of a person
    ("DISABILITY", "ผู้โดยสารนายกิตติพัฒน์ นั่งรถเข็นวีลแชร์ ขอผู้ช่วยที่ประตู 12", "วีลแชร์"),
    ("DISABILITY", "ลูกค้าแจ้งว่าลูกสาวหูหนวกสนิทตั้งแต่กำเนิด", "หูหนวก"),
    ("DISABILITY", "Guest profile: Mr. Anan is totally blind and travels with a guide dog.", "blind"),
    # -- unions
    ("TRADE_UNION", "Our new hire Somsri joined a union at her previous employer.", "union"),
    ("TRADE_UNION", "Exit interview: the technician joined the trade union in March.", "trade union"),
]

NEGATIVES: list[tuple[str, str]] = [
    # (entity type that must not be found, text)
    ("BIOMETRIC_DATA", "นโยบาย KYC: ลูกค้าใหม่ต้องส่งภาพใบหน้าเพื่อยืนยันตัวตนผ่านแอป"),
    ("BIOMETRIC_DATA", "Our app supports Face ID login and fingerprint unlock on most phones."),
    ("BIOMETRIC_DATA", "หากลายนิ้วมือไม่ตรงกับที่ลงทะเบียนไว้ ระบบจะล็อกบัญชีชั่วคราว"),
    ("BIOMETRIC_DATA", "Explain how voice samples are used for speaker verification in call centres."),
    ("POLITICAL_OPINION", "สรุปข่าว: กลุ่มราษฎรนัดชุมนุมใหญ่ที่สนามหลวงสุดสัปดาห์นี้"),
    ("POLITICAL_OPINION", "Write a timeline of the 2014 coup and the junta's reform plans."),
    ("POLITICAL_OPINION", "Which party supports the monarchy reform movement? Answer in one line."),
    ("POLITICAL_OPINION", "Summarise how many voters backed the People's Party in Bangkok."),
    ("POLITICAL_OPINION", "She joined the Christmas Party at the office."),
    ("POLITICAL_OPINION", "Write an essay on why students opposed the junta in 1973."),
    ("BIOMETRIC_DATA", "ลูกค้าต้องแนบภาพถ่ายใบหน้าเพื่อยืนยันตัวตนก่อนเปิดบัญชีออนไลน์"),
    ("BIOMETRIC_DATA", "Applicants must submit a fingerprint scan at the embassy."),
    ("CRIMINAL_RECORD", "Robbery is punishable by up to 10 years in prison under the Criminal Code."),
    ("DISABILITY", "ออกแบบทางลาดและห้องน้ำสำหรับผู้ใช้วีลแชร์ตามมาตรฐานอาคาร"),
    ("DISABILITY", "แนวทางจัดทำเอกสารให้ผู้บกพร่องทางการมองเห็นอ่านได้ด้วยโปรแกรมอ่านหน้าจอ"),
    ("DISABILITY", "Hotel rooms for wheelchair users are on the ground floor."),
    ("TRADE_UNION", "How many union members were there in Thailand's auto industry last year?"),
]


@pytest.mark.parametrize(("entity_type", "text", "must_overlap"), POSITIVES)
def test_disclosures_are_found(engine, entity_type: str, text: str, must_overlap: str) -> None:
    found = spans_of(engine, text, entity_type)
    assert any(must_overlap in span or span in must_overlap for span in found), found


@pytest.mark.parametrize(("entity_type", "text"), NEGATIVES)
def test_texts_about_groups_features_and_news_are_not_disclosures(
    engine, entity_type: str, text: str
) -> None:
    assert spans_of(engine, text, entity_type) == []


def test_a_boost_joins_a_stance_to_its_object() -> None:
    terms = parse_lexicon(
        ["ต่อต้าน | part | 0.5 | boost", "รัฐบาลทหาร | part | 0.05", "ต่อต้านรัฐบาล | person | 0.45"],
        "POLITICAL_OPINION",
    )
    model = SensitiveModel(terms, parse_context(["เขา | anchor"]))
    # The stance inside ต่อต้านรัฐบาล adds nothing to it, but it lifts the object it is outside of
    # (a scored part) into a person-mode phrase.
    assert [(b, v) for *_, b, _, v in model.explain("ต่อต้านรัฐบาล")] == [(0.45, 0.45)]
    assert [round(b, 2) for *_, b, _, _ in model.explain("ต่อต้านรัฐบาลทหาร")] == [0.55]
    # An object alone is a part: not even a candidate.
    assert model.explain("เขาพูดถึงรัฐบาลทหาร") == []


def test_boost_is_a_scored_part() -> None:
    with pytest.raises(LexiconError, match="boost"):
        parse_lexicon(["ต่อต้าน | person | 0.5 | boost"], "POLITICAL_OPINION")
    with pytest.raises(LexiconError, match="boost"):
        parse_lexicon(["ต่อต้าน | part | - | boost"], "POLITICAL_OPINION")
    (term,) = parse_lexicon(["critic of the | part | 0.5 | boost"], "POLITICAL_OPINION")
    assert term == Term("critic of the", "POLITICAL_OPINION", "part", 0.5, boost=True)


def test_a_listed_plural_judges_the_words_instead_of_the_singular() -> None:
    terms = parse_lexicon(["union member | strong | 0.85", "union members | person | 0.35"], "TRADE_UNION")
    model = SensitiveModel(terms, [])
    assert [(b, v) for *_, b, _, v in model.explain("union members")] == [(0.35, 0.35)]
    assert [b for *_, b, _, _ in model.explain("a union member")] == [0.85]


def test_every_new_example_is_fabricated_and_typed() -> None:
    assert {t for t, *_ in POSITIVES} | {t for t, _ in NEGATIVES} <= SENSITIVE_TYPES
