"""The method and integrity section: what produced the figures, so an auditor can check them.

The rules files are digested as they are on disk when the report is made (the decisions stored
during the month name the rule applied, which is the record of what was in force then). The
detector is described from its registry without building the engine (no model to load).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from importlib.resources.abc import Traversable
from pathlib import Path

from pdpa_guard.report.model import RulesDigest
from pdpa_guard.rules import OPTIONAL_RULE_FILES, RULE_FILES, rule_sources


def sha256_of(source: Path | Traversable) -> str | None:
    """SHA-256 of a file's bytes; None when it does not exist."""
    try:
        return hashlib.sha256(source.read_bytes()).hexdigest()
    except (FileNotFoundError, IsADirectoryError):
        return None


def rules_digests(rules_dir: str | Path | None, prices: Path | Traversable) -> tuple[RulesDigest, ...]:
    """Every rules file the tools read from ``rules_dir`` (see ``rule_sources``), and prices.yaml."""
    sources = rule_sources(rules_dir)
    out = [RulesDigest(name, str(sources[name]), sha256_of(sources[name])) for name in RULE_FILES]
    base = Path(rules_dir) if rules_dir is not None else Path("rules")
    for name in OPTIONAL_RULE_FILES:
        path = sources.get(name, base / name)
        shown = path.resolve() if isinstance(path, Path) else path
        out.append(RulesDigest(name, str(shown), sha256_of(path) if isinstance(path, Path) else None))
    out.append(RulesDigest("prices.yaml", str(prices), sha256_of(prices)))
    return tuple(out)


def detector_configuration() -> tuple[tuple[tuple[str, tuple[str, ...]], ...], float]:
    """(recognizer class name, entity types) per registered recognizer, and the engine's score floor."""
    from pdpa_guard.detect.engine import DEFAULT_THRESHOLD
    from pdpa_guard.detect.recognizers import RECOGNIZER_CLASSES

    recognizers = tuple((cls.__name__, tuple(getattr(cls, "ENTITIES", ()))) for cls in RECOGNIZER_CLASSES)
    return recognizers, DEFAULT_THRESHOLD


def recognizers_seen(groups: list) -> tuple[tuple[str, int], ...]:
    """Findings per recognizer in the month (from the finding groups), most first."""
    seen: Counter[str] = Counter()
    for g in groups:
        seen[g.recognizer or "(unnamed)"] += g.findings
    return tuple(seen.most_common())
