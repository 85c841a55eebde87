"""How the engine settles findings that cover the same text."""

from __future__ import annotations

from pdpa_guard.detect.engine import resolve_overlaps
from pdpa_guard.detect.finding import Finding


def test_one_identifier_per_stretch_but_every_s26_category_kept() -> None:
    findings = [
        Finding("PHONE_NUMBER", 0, 10, 0.7),
        Finding("TH_BANK_ACCOUNT", 0, 10, 0.9),  # same digits, stronger evidence: wins
        Finding("GENETIC_DATA", 20, 35, 0.9),
        Finding("HEALTH_DATA", 25, 40, 0.8),  # overlaps the genetic finding: a second disclosure
        Finding("HEALTH_DATA", 30, 38, 0.6),  # inside the stronger HEALTH_DATA: dropped
        Finding("ADDRESS", 18, 45, 0.85),  # an identifier under s.26 findings: kept
    ]
    kept = [(f.entity_type, f.start) for f in resolve_overlaps(findings)]
    assert kept == [("TH_BANK_ACCOUNT", 0), ("ADDRESS", 18), ("GENETIC_DATA", 20), ("HEALTH_DATA", 25)]
