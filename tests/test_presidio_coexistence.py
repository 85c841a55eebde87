"""pdpa-guard and a stock Presidio set-up can live in one process.

Presidio's default registry finds its predefined recognizers by class name among every loaded
``EntityRecognizer`` subclass; a recognizer of ours with the same name as one of Presidio's
(``EmailRecognizer``, ``PhoneRecognizer``...) would be picked instead and break the application's
own analyzer. This guards the names.
"""

from __future__ import annotations

import presidio_analyzer.predefined_recognizers as predefined
from presidio_analyzer import RecognizerRegistry

from pdpa_guard.detect.recognizers import RECOGNIZER_CLASSES


def test_no_recognizer_shares_a_name_with_presidio() -> None:
    presidio_names = {name for name in dir(predefined) if name.endswith("Recognizer")}
    assert not presidio_names & {cls.__name__ for cls in RECOGNIZER_CLASSES}


def test_presidio_default_registry_loads_after_pdpa_guard_is_imported() -> None:
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"])
    modules = {type(r).__module__ for r in registry.recognizers}
    assert modules and not any(m.startswith("pdpa_guard") for m in modules)
    assert "EmailRecognizer" in {type(r).__name__ for r in registry.recognizers}
