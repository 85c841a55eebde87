"""Detection of Thai personal data (PDPA s.6) and sensitive data (s.26) in text.

The engine (Presidio and every lexicon) is imported lazily: modules that only need the
catalogue or the Finding type (the store, the report) must not pay seconds for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pdpa_guard.detect.catalogue import CATALOGUE, Category, EntitySpec, spec
from pdpa_guard.detect.finding import Finding

if TYPE_CHECKING:
    from pdpa_guard.detect.engine import DetectionEngine, detect, get_engine

_LAZY = {"DetectionEngine", "detect", "get_engine"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from pdpa_guard.detect import engine

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["CATALOGUE", "Category", "DetectionEngine", "EntitySpec", "Finding", "detect", "get_engine", "spec"]
