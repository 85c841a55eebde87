"""PDPA s.26 health, genetic and biometric families of session 5.

Biometric templates as logs and payloads carry them (a blob under a vendor's key, a tagged blob in
a table cell, a vector), genetic variants in HGVS notation and carrier results, and health facts
the way clinics, counsellors, insurers and probation officers write them. Each family has
negatives that use the same words about no one (SDK docs, TLS logs, articles, statistics,
regulations, drug-seizure news). Every name, code and value is invented.
"""

from __future__ import annotations

import pytest

from pdpa_guard.detect.catalogue import SENSITIVE_TYPES
from pdpa_guard.detect.engine import DetectionEngine
from tests.conftest import spans_of


def _sensitive(engine: DetectionEngine, text: str) -> set[str]:
    return {f.entity_type for f in engine.analyze(text) if f.entity_type in SENSITIVE_TYPES}


# -- biometric templates -----------------------------------------------------------------------

# (text, the blob that must lie inside a BIOMETRIC_DATA span)
BIOMETRIC_BLOBS: list[tuple[str, str]] = [
    (
        "turnstile.log 07:41:02 emp=Narin Kaewta auth=ok palm_vein_template=PV1:8d7a6c5b4e3f2a1b0c9d8e7f",
        "8d7a6c5b4e3f2a1b0c9d8e7f",
    ),
    (
        '{"member": "Lalita Phon", "faceEmbeddingB64": "QmFzZTY0RmFjZQ0xMjM0NTY3ODkw=="}',
        "QmFzZTY0RmFjZQ0xMjM0NTY3ODkw==",
    ),
    ("user=Kwan Dee iris_code_hash=9f1e2d3c4b5a69788796a5b4", "9f1e2d3c4b5a69788796a5b4"),
    ("WARN enrol subject=Somsak Rakdee probe_vector=[0.113,-0.204,0.388,0.051,-0.172,...]", "0.113,-0.204"),
    ("วิเคราะห์ export นี้ให้หน่อย\nid\tname\ttpl\n7\tพรทิพย์ ใจงาม\tFPv2:Zm9vYmFyMTIzNDU2Nzg5MGFiY2Rl", "Zm9vYmFy"),
    ("caller=Anan K voice_tpl: VOICEv1:a81b27c9d04e5f6a7b8c9d0e1f2a", "a81b27c9d04e5f6a7b8c9d0e1f2a"),
    # a time clock's CSV export: the template column is named once, in the header
    ("timeclock.csv\nemp_id,name,finger_template\n1021,สมหญิง ใจดี,Rk9PQkFSMjAyNjExMjRaWVhXVlU=", "Rk9PQkFS"),
    ("eKYC: cid=3-1005-00112-33-1 selfie_embedding=[0.231,-0.118,0.044,0.392,-0.201]", "0.231,-0.118"),
]


@pytest.mark.parametrize(("text", "blob"), BIOMETRIC_BLOBS)
def test_a_biometric_template_blob_is_reported(engine: DetectionEngine, text: str, blob: str) -> None:
    assert any(blob in span for span in spans_of(engine, text, "BIOMETRIC_DATA"))


def test_a_minutiae_count_is_a_fingerprint_match(engine: DetectionEngine) -> None:
    text = "gate=B4 name=PRASERT JAIDEE fp_result=L-thumb minutiae 31 pts match=false"
    assert any("minutiae 31" in span for span in spans_of(engine, text, "BIOMETRIC_DATA"))


BIOMETRIC_NEGATIVES: list[str] = [
    "ssh login ok, host key fingerprint: SHA256:Xq3vN8pR2kL9mT4wY7zB1cD5fG6hJ0aS",
    "waf: device_fingerprint=7c1e9a2b3d4f5e6a7b8c ua=Mozilla/5.0",
    "tls_client_fp=771,4865-4866-4867,0-23-65281 blocked",
    "rag debug: query_embedding=[0.021,-0.113,0.402,0.077,-0.310] top_k=4",
    "face_detector_model: scrfd_10g_v2 threshold: 0.55",
    "Write docs for our SDK: `enroll()` returns a face template; the voiceprint module is experimental.",
    "consent_fingerprint_biometric: true\nconsent_marketing: false",
    "model config: face_embedding_dim=512 face_template_version=v3 iris_threshold=0.32",
    "Dataset card: 10,000 face embeddings from consenting volunteers, 512-d.",
    "Facebook page id 104938271650392 โพสต์โปรโมชั่นใหม่",
]


@pytest.mark.parametrize("text", BIOMETRIC_NEGATIVES)
def test_biometric_words_about_devices_docs_and_consents_are_not_data(
    engine: DetectionEngine, text: str
) -> None:
    assert "BIOMETRIC_DATA" not in _sensitive(engine, text)


# -- genetic variants and carrier results --------------------------------------------------------

GENETIC_POSITIVES: list[tuple[str, str]] = [
    ("Patient: Wanida Sukjai  HN 55-120934\nFinding: BRCA2 c.5946delT pathogenic", "c.5946delT"),
    (
        "ผลตรวจของ นางสาวมาลี ทองคำ: MLH1 c.1852_1854delAAG (p.Lys618del) likely pathogenic",
        "c.1852_1854delAAG",
    ),
    ("| spouse | ธนพล ศรีสุข | 64-203311 | beta-thal trait |", "beta-thal"),
    ("ผลคัดกรองของคุณนิด: เป็นพาหะ HbE", "HbE"),
]


@pytest.mark.parametrize(("text", "value"), GENETIC_POSITIVES)
def test_a_genetic_result_is_reported(engine: DetectionEngine, text: str, value: str) -> None:
    assert any(value in span for span in spans_of(engine, text, "GENETIC_DATA"))


GENETIC_NEGATIVES: list[str] = [
    "บทความวิจัย: BRCA1 c.68_69delAG เป็นการกลายพันธุ์ที่พบบ่อยในประชากรบางกลุ่ม",
    "Explain what the notation c.1A>G means in HGVS.",
    "e.g. see p.12 and c.f. the appendix",
]


@pytest.mark.parametrize("text", GENETIC_NEGATIVES)
def test_variant_notation_about_no_one_is_not_genetic_data(engine: DetectionEngine, text: str) -> None:
    assert "GENETIC_DATA" not in _sensitive(engine, text)


# -- health ------------------------------------------------------------------------------------

HEALTH_POSITIVES: list[tuple[str, str]] = [
    # a patient's own chat with a clinic, under a name or a numbered handle
    ("จันทร์เพ็ญ ศรีสมร: สวัสดีค่ะ ประจำเดือนขาดมา 2 เดือนแล้ว อยากนัดตรวจค่ะ", "ประจำเดือนขาด"),
    # (the "ถ้า..." after it is the speaker's worry, not a rule for anyone)
    ("user_5521: เดือนก่อนตรวจเจอวัณโรค ถ้าที่ทำงานรู้คงแย่", "วัณโรค"),
    ("member_40217: ปีที่แล้วตรวจเจอไทรอยด์เป็นพิษ ถ้าต้องออกกำลังหนักจะไหวไหม", "ไทรอยด์เป็นพิษ"),
    ("client_8812: ตอนนี้กิน Sertraline อยู่ครับ ถ้าหยุดยาจะเป็นอะไรไหม", "Sertraline"),
    # a referral: hallucinations, self-harm
    ("ขอส่งตัวนายกิตติ ใจดี ผู้ป่วยมีอาการหูแว่ว และพยายามทำร้ายตัวเองเมื่อวาน", "หูแว่ว"),
    # a claim call: what the doctor said is the finding
    ("ผู้โทร: ลูกชายดิฉันเข้า รพ. เมื่อวาน หมอบอกว่าไส้ติ่งแตก", "ไส้ติ่งแตก"),
    # a health questionnaire's answers, a YAML list of conditions
    ('member: Tanawat P. | PAR-Q: "knee surgery 2022, mild asthma" | plan: 3x/week', "knee surgery"),
    (
        "Explain the rubric for this file:\napplicant:\n  id: A-2231\n  conditions:\n    - fatty liver\n",
        "fatty liver",
    ),
    # a urine drug screen of a probationer
    ("- ผู้ถูกคุมความประพฤติ: ชาตรี บุญมา\n- ตรวจปัสสาวะ 3 มี.ค.: พบแอมเฟตามีน", "แอมเฟตามีน"),
    # pregnancy in chat Thai, a cardiac history as an underwriter abbreviates it
    ("[Line OA] คุณแพร: ตอนนี้ท้อง 6 เดือนแล้วค่ะ ขอเลื่อนคิวถ่ายรูป", "ท้อง 6"),
    ("Underwriting note - Mr. Chan Wei, 58: hx of MI 2021, stent x1", "MI"),
    # an appointment to hear one's results
    ('{"title":"นัด พญ.สุดา — ฟังผลตรวจชิ้นเนื้อก้อนที่เต้านม"}', "ชิ้นเนื้อ"),
]


@pytest.mark.parametrize(("text", "value"), HEALTH_POSITIVES)
def test_a_health_fact_about_a_person_is_reported(engine: DetectionEngine, text: str, value: str) -> None:
    assert any(value in span for span in spans_of(engine, text, "HEALTH_DATA"))


HEALTH_NEGATIVES: list[str] = [
    "ข่าว: ปีนี้คนไทยป่วยเป็นโรคไตราว 8 ล้านคน และเป็นความดันโลหิตสูงกว่า 13 ล้านคน ผู้ป่วยเบาหวานเข้าถึงการรักษาเพียงครึ่งเดียว",
    "ระเบียบการลาป่วย: ลาป่วยติดต่อกันเกิน 2 วันต้องแนบใบรับรองแพทย์",
    "ตำรวจยึดเมทแอมเฟตามีน 1.2 ล้านเม็ดที่ด่านแม่สาย ผู้ต้องหา 2 รายรับสารภาพ",
    "โปรโมชั่น: Hereditary colon cancer panel ตรวจ 20 ยีน ราคา 19,900 บาท",
    "The PAR-Q is a seven-question form gyms use before a first workout.",
]


@pytest.mark.parametrize("text", HEALTH_NEGATIVES)
def test_health_words_about_no_one_are_not_health_data(engine: DetectionEngine, text: str) -> None:
    assert "HEALTH_DATA" not in _sensitive(engine, text)


def test_a_letter_to_a_psychiatrist_does_not_report_the_addressee(engine: DetectionEngine) -> None:
    text = "เรียน จิตแพทย์ รพ.สวนสราญ\nขอส่งตัว นางสาวพิมพ์ใจ ดีงาม ผู้ป่วยมีอาการซึมเศร้ารุนแรง"
    assert "จิตแพทย์" not in spans_of(engine, text, "HEALTH_DATA")
    assert any("ซึมเศร้า" in span for span in spans_of(engine, text, "HEALTH_DATA"))


def test_a_test_panel_is_not_a_diagnosis(engine: DetectionEngine) -> None:
    text = "Name: Jirat K.\nTest: Hereditary prostate cancer panel (NGS)\nResult: HOXB13 c.251G>A likely pathogenic"
    assert spans_of(engine, text, "HEALTH_DATA") == []
    assert any("c.251G>A" in span for span in spans_of(engine, text, "GENETIC_DATA"))


def test_a_discharge_summary_that_names_its_patient_reports_each_diagnosis(engine: DetectionEngine) -> None:
    text = (
        "DISCHARGE NOTE\nPatient: Korn Wichai    MRN 40918273\n"
        "Principal diagnosis: community-acquired pneumonia. Secondary: stage III colon cancer.\n"
    )
    assert any("colon cancer" in span for span in spans_of(engine, text, "HEALTH_DATA"))
