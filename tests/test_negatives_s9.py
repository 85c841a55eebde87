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
