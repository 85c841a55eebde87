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
         "HEALTH_DATA", "surgery"),
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
