"""The registry of pdpa-guard recognizers: one module per entity family.

``RECOGNIZER_CLASSES`` is the one list the engine assembles; a new recognizer is added here.
"""

from __future__ import annotations

from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer
from pdpa_guard.detect.recognizers.th_national_id import ThaiNationalIdRecognizer

RECOGNIZER_CLASSES: tuple[type[ThaiRecognizer], ...] = (ThaiNationalIdRecognizer,)

__all__ = ["RECOGNIZER_CLASSES", "Span", "ThaiRecognizer"]
