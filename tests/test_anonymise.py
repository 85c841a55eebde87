"""One-pass rewriting: pseudonymise some findings, redact others, keep the rest.

Every value here is fabricated.
"""

from __future__ import annotations

import re

import pytest
from presidio_anonymizer.entities import OperatorConfig

from pdpa_guard import vault as vault_module
from pdpa_guard.anonymise import RedactionError, Redactor, apply, apply_all, merge_spans
from pdpa_guard.detect.finding import Finding
from pdpa_guard.vault import Vault

NAME = "นางสาวทดลอง ใจงาม"
PHONE = "089-765-4321"
NID = "1-1017-00230-70-8"
HEALTH = "โรคเบาหวาน"


def at(text: str, value: str, entity_type: str, score: float = 0.9) -> Finding:
    start = text.index(value)
    return Finding(entity_type, start, start + len(value), score)


TEXT = f"{NAME} โทร {PHONE} เลข {NID} เป็น{HEALTH}"
FINDINGS = [
    at(TEXT, NAME, "PERSON"),
    at(TEXT, PHONE, "PHONE_NUMBER"),
    at(TEXT, NID, "TH_NATIONAL_ID"),
    at(TEXT, HEALTH, "HEALTH_DATA"),
]


def test_mixed_actions_in_one_pass() -> None:
    vault = Vault()
    actions = ["pseudonymise", "redact", "pseudonymise", "allow"]
    rewrite = apply(TEXT, FINDINGS, actions, vault, "c")
    assert rewrite.text == f"<PERSON_1> โทร <PHONE_NUMBER> เลข <TH_NATIONAL_ID_1> เป็น{HEALTH}"
    # Offsets: original spans and where their replacement landed, despite the length changes.
    for replacement in rewrite.replacements:
        assert (replacement.start, replacement.end) in {(f.start, f.end) for f in FINDINGS}
    assert [rewrite.text[r.new_start : r.new_end] for r in rewrite.replacements] == [
        "<PERSON_1>",
        "<PHONE_NUMBER>",
        "<TH_NATIONAL_ID_1>",
    ]
    assert [r.action for r in rewrite.replacements] == ["pseudonymise", "redact", "pseudonymise"]
    # Pseudonymised values come back; the redacted one never does.
    assert vault.restore("c", rewrite.text) == TEXT.replace(PHONE, "<PHONE_NUMBER>")


def test_actions_as_a_function_and_policy_enums() -> None:
    from enum import StrEnum

    class Action(StrEnum):  # what a policy module may hand over
        ALLOW = "allow"
        REDACT = "redact"

    rewrite = apply(TEXT, FINDINGS, lambda f: Action.REDACT if f.spec.is_sensitive else Action.ALLOW)
    assert rewrite.text == TEXT.replace(HEALTH, "<HEALTH_DATA>")


@pytest.mark.parametrize(
    ("operators", "expected_phone"),
    [
        (
            {
                "PHONE_NUMBER": OperatorConfig(
                    "mask", {"masking_char": "*", "chars_to_mask": 8, "from_end": False}
                )
            },
            "********4321",
        ),
        ({"PHONE_NUMBER": OperatorConfig("replace", {"new_value": "[เบอร์โทร]"})}, "[เบอร์โทร]"),
        ({"DEFAULT": OperatorConfig("redact")}, ""),
    ],
)
def test_redaction_operators_per_type(operators: dict[str, OperatorConfig], expected_phone: str) -> None:
    rewrite = apply(TEXT, FINDINGS, ["allow", "redact", "allow", "allow"], redactor=Redactor(operators))
    assert rewrite.text == TEXT.replace(PHONE, expected_phone)


def test_hash_operator_hides_the_value() -> None:
    salt = "s" * 16
    redactor = Redactor({"DEFAULT": OperatorConfig("hash", {"salt": salt})})
    first = apply(TEXT, FINDINGS, ["redact"] * 4, redactor=redactor).text
    assert re.fullmatch(r"[0-9a-f]{64} โทร [0-9a-f]{64} เลข [0-9a-f]{64} เป็น[0-9a-f]{64}", first)
    assert apply(TEXT, FINDINGS, ["redact"] * 4, redactor=redactor).text == first  # fixed salt: stable


def test_invalid_operator_config_fails_at_start_up() -> None:
    with pytest.raises(Exception, match="masking_char"):
        Redactor({"PERSON": OperatorConfig("mask", {"chars_to_mask": 3, "from_end": False})})
    with pytest.raises(ValueError, match="placeholder"):  # the model would conflate it with a value
        Redactor({"PERSON": OperatorConfig("replace", {"new_value": "<PERSON_1>"})})


def test_failing_operator_does_not_leak_the_value() -> None:
    def explode(value: str) -> str:
        raise ValueError(f"cannot handle {value}")

    redactor = Redactor({"PHONE_NUMBER": OperatorConfig("custom", {"lambda": explode})})
    with pytest.raises(RedactionError) as info:
        apply(TEXT, FINDINGS, ["allow", "redact", "allow", "allow"], redactor=redactor)
    assert PHONE not in str(info.value)
    assert info.value.__cause__ is None and info.value.__context__ is None


def test_overlapping_findings_merge_under_the_identifier_and_strictest_action() -> None:
    text = "ผู้ป่วย HN 64-012345 ติดเชื้อ HIV"
    hn = at(text, "64-012345", "MEDICAL_RECORD_NUMBER", 0.7)
    health = at(text, "64-012345 ติดเชื้อ HIV", "HEALTH_DATA", 0.95)  # s.26 phrase covering the HN
    spans = merge_spans(text, [health, hn], {health: "redact", hn: "pseudonymise"}.__getitem__)
    assert [(s.start, s.end, s.entity_type, s.action) for s in spans] == [
        (hn.start, health.end, "MEDICAL_RECORD_NUMBER", "redact")
    ]
    vault = Vault()
    rewrite = apply(text, [hn, health], ["pseudonymise", "pseudonymise"], vault, "c")
    assert rewrite.text == "ผู้ป่วย HN <MEDICAL_RECORD_NUMBER_1>"
    assert vault.restore("c", rewrite.text) == text


def test_allowed_finding_does_not_shield_an_overlapping_one() -> None:
    text = f"ส่งถึง {NAME}"
    wide = Finding("ADDRESS", 0, len(text), 0.6)
    person = at(text, NAME, "PERSON")
    rewrite = apply(text, [wide, person], ["allow", "redact"])
    assert rewrite.text == "ส่งถึง <PERSON>"


def test_segments_share_placeholders() -> None:
    vault = Vault()
    segments = [(TEXT, FINDINGS), (f"ตอบกลับ {NAME}", [at(f"ตอบกลับ {NAME}", NAME, "PERSON")])]
    first, second = apply_all(segments, lambda f: "pseudonymise", vault, "c")
    assert second.text == "ตอบกลับ <PERSON_1>"
    assert "<PERSON_1>" in first.text


@pytest.mark.parametrize(
    ("findings", "actions", "vault", "message"),
    [
        ([Finding("PERSON", 5, 500, 0.9)], ["redact"], None, "5:500"),
        (FINDINGS[:1], ["block"], None, "block"),
        (FINDINGS[:1], ["pseudonymise"], None, "vault"),
    ],
)
def test_errors_name_the_problem_not_the_value(findings, actions, vault, message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        apply(TEXT, findings, actions, vault, None)
    assert NAME not in str(info.value) and "ทดลอง" not in str(info.value)


def test_surrogate_that_would_not_restore_falls_back_to_placeholders(monkeypatch: pytest.MonkeyPatch) -> None:
    # "YX" + the surrogate "XY" reads as the other surrogate "YX" followed by "Y": not restorable.
    fakes = {"aa": "XY", "bb": "YX"}
    monkeypatch.setattr(vault_module, "surrogate", lambda entity_type, value, rng: fakes[value])
    text = "Yaa bb"
    found = [Finding("LINE_ID", 1, 3, 0.9), Finding("LINE_ID", 4, 6, 0.9)]
    vault = Vault()
    rewrite = vault.pseudonymise("c", text, found, surrogates=True)
    assert rewrite.text == "Y<LINE_ID_1> <LINE_ID_2>"
    assert vault.restore("c", rewrite.text) == text
