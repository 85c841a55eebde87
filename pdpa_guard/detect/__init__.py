"""Detection of Thai personal data (PDPA s.6) and sensitive data (s.26) in text."""

from pdpa_guard.detect.catalogue import CATALOGUE, Category, EntitySpec, spec
from pdpa_guard.detect.engine import DetectionEngine, detect, get_engine
from pdpa_guard.detect.finding import Finding

__all__ = [
    "CATALOGUE",
    "Category",
    "DetectionEngine",
    "EntitySpec",
    "Finding",
    "detect",
    "get_engine",
    "spec",
]
