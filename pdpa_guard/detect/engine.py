"""The offline detection engine: a Presidio ``AnalyzerEngine`` with pdpa-guard's recognizers.

Nothing here may touch the network: the NLP engine is Presidio's no-op engine (no spaCy model to
download), and every recognizer works on patterns, checksums and lexicons shipped in wheels or in
this package. Thai recognizers run on every text whatever its language, because Thai prompts mix
English: every recognizer is registered once, under ``th``, and every text is analysed with that
one set whatever language the caller names (registering copies per language would only double the
build time and memory).

The engine is expensive to build (lexicon automata, name lists) and cheap to call, so a process
builds it once (:func:`get_engine`); building it twice in a process is a bug.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NoOpNlpEngine

from pdpa_guard.detect.catalogue import CATALOGUE
from pdpa_guard.detect.finding import Finding
from pdpa_guard.detect.recognizers import RECOGNIZER_CLASSES
from pdpa_guard.detect.text import fold_digits

LANGUAGES = ("th",)
DEFAULT_THRESHOLD = 0.5


class OfflineAnalyzerEngine(AnalyzerEngine):
    """Presidio's AnalyzerEngine without its token-based context enhancement.

    pdpa-guard's recognizers judge context themselves, in character windows, because Thai has no
    spaces between words; Presidio's lemma enhancer would find no tokens (the no-op NLP engine
    makes none) yet still cost a quarter of the analysis time in copies and loops.
    """

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # type: ignore[no-untyped-def]
        return raw_results


class DetectionEngine:
    """Finds catalogue entities in text. Thread-safe once built; build it with :func:`get_engine`."""

    builds = 0  # counts constructions, so tests can prove the engine is built once per process

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        DetectionEngine.builds += 1
        self.threshold = threshold
        registry = RecognizerRegistry(supported_languages=list(LANGUAGES))
        for language in LANGUAGES:
            for cls in RECOGNIZER_CLASSES:
                registry.add_recognizer(cls(supported_language=language))
        nlp_engine = NoOpNlpEngine(models=[{"lang_code": lang, "model_name": "none"} for lang in LANGUAGES])
        nlp_engine.load()
        self.analyzer = OfflineAnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=list(LANGUAGES),
            default_score_threshold=threshold,
        )
        self.supported_entities = sorted(self.analyzer.get_supported_entities(language="th"))

    def analyze(
        self, text: str, entities: Iterable[str] | None = None, language: str = "th"
    ) -> list[Finding]:
        """Findings in ``text``, sorted by offset, overlaps resolved (see :func:`resolve_overlaps`)."""
        if not text or not text.strip():
            return []
        folded = fold_digits(text)
        results = self.analyzer.analyze(
            folded,
            language="th",  # Thai recognizers run on every text: Thai prompts mix English
            entities=list(entities) if entities else None,
            score_threshold=self.threshold,
        )
        findings = [
            Finding(
                r.entity_type,
                r.start,
                r.end,
                float(r.score),
                str(r.recognition_metadata.get("recognizer_name", "")),
            )
            for r in results
            if r.entity_type in CATALOGUE
        ]
        return resolve_overlaps(findings)


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep one finding per stretch of text among overlapping identifiers.

    The same digits can look like an ID, a phone and an account; the recognizer with the
    strongest evidence (score, then the longer span) wins. s.26 findings describe *what* is said
    rather than *who*, so they may overlap an identifier (a clinic name inside an address) and
    both are kept.
    """
    kept: list[Finding] = []
    ordered = sorted(findings, key=lambda f: (-f.score, -(f.end - f.start), f.start))
    for finding in ordered:
        sensitive = finding.spec.is_sensitive
        clash = any(
            f.start < finding.end and finding.start < f.end and f.spec.is_sensitive == sensitive for f in kept
        )
        if not clash:
            kept.append(finding)
    return sorted(kept, key=lambda f: (f.start, f.end, f.entity_type))


_engine: DetectionEngine | None = None
_engine_lock = threading.Lock()


def get_engine() -> DetectionEngine:
    """The process-wide engine, built on first use."""
    global _engine
    if _engine is None:
        with _engine_lock:
            if _engine is None:
                _engine = DetectionEngine()
    return _engine


def detect(text: str, entities: Iterable[str] | None = None) -> list[Finding]:
    """Findings in ``text`` with the process-wide engine."""
    return get_engine().analyze(text, entities)
