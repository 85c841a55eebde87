"""Shared fixtures. Fixture values are fabricated: checksums are computed, names are invented."""

from __future__ import annotations

import pytest

from pdpa_guard.detect import DetectionEngine, get_engine
from pdpa_guard.detect.recognizers.person import PersonRecognizer


@pytest.fixture(scope="session")
def engine() -> DetectionEngine:
    """The process-wide detection engine (built once for the whole test session)."""
    return get_engine()


def types_in(engine: DetectionEngine, text: str) -> list[str]:
    """Entity types found in ``text``, in order of position."""
    return [f.entity_type for f in engine.analyze(text)]


def spans_of(engine: DetectionEngine, text: str, entity_type: str) -> list[str]:
    """The substrings of ``text`` found as ``entity_type``."""
    return [text[f.start : f.end] for f in engine.analyze(text) if f.entity_type == entity_type]


def names_found(recognizer: PersonRecognizer, text: str) -> list[str]:
    """The substrings of ``text`` that the PERSON recognizer alone reports, in order."""
    return [text[s.start : s.end] for s in recognizer.find(text)]
