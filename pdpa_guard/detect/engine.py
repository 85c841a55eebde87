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

import dataclasses
import re
import threading
from collections.abc import Iterable

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NoOpNlpEngine

from pdpa_guard.detect.catalogue import CATALOGUE, IDENTIFIER_TYPES, SENSITIVE_TYPES
from pdpa_guard.detect.finding import Finding
from pdpa_guard.detect.fixtures import declares_fiction, declares_samples, is_placeholder_name, is_test_card
from pdpa_guard.detect.recognizers import RECOGNIZER_CLASSES, ThaiRecognizer
from pdpa_guard.detect.subject import identifies_someone, require_subject
from pdpa_guard.detect.text import decode_escapes, fold_digits

LANGUAGES = ("th",)
_ANY_DIGIT = re.compile(r"[0-9]")  # folded text: Thai and full-width digits are ASCII already
DEFAULT_THRESHOLD = 0.5
# Fabricated values only (the national ID has a valid checksum but belongs to nobody): analysed
# once by long-lived processes (the proxy, a detection worker) so that the detectors' lazily built
# tables exist before the heap is frozen.
WARM_UP_TEXT = "ลูกค้าชื่อ นายสมชาย ใจดี เลขบัตรประชาชน 1101700230708 โทร 081-234-5678 อีเมล somchai@example.com"


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
        # The hot path calls each recognizer's find() directly (see analyze); Presidio's
        # analyze() re-filters the registry, builds result objects and copies them on every
        # call, which cost more than a third of the detection time. The analyzer above stays
        # assembled for callers who want Presidio's API; both paths find the same spans.
        self._recognizers: tuple[ThaiRecognizer, ...] = tuple(
            r for r in registry.recognizers if isinstance(r, ThaiRecognizer)
        )
        self._all_entities = frozenset(self.supported_entities)
        self._identifiers = IDENTIFIER_TYPES & self._all_entities
        self._without_digits = tuple(r for r in self._recognizers if not r.NEEDS_DIGIT)

    def clear_caches(self) -> None:
        """Forget what the recognizers memoised across texts (see ``ThaiRecognizer.clear_caches``)."""
        for recognizer in self._recognizers:
            recognizer.clear_caches()

    def analyze(
        self,
        text: str,
        entities: Iterable[str] | None = None,
        language: str = "th",
        *,
        whole_document: bool = True,
    ) -> list[Finding]:
        """Findings in ``text``, sorted by offset, overlaps resolved (see :func:`resolve_overlaps`).

        Same results as ``self.analyze`` (Presidio) followed by the catalogue filter and
        :func:`resolve_overlaps`, without Presidio's per-call plumbing. ``language`` is
        ignored: Thai recognizers run on every text, because Thai prompts mix English.

        ``whole_document``: the text is all there is, so s.26 findings whose context names no one
        are dropped unless the text identifies someone (:mod:`pdpa_guard.detect.subject`). Pass
        False for one message of a larger exchange, and apply ``require_subject`` to the whole.
        """
        if not text or text.isspace():
            return []
        decoded = decode_escapes(text)
        folded = fold_digits(decoded[0] if decoded else text)
        requested = frozenset(entities) if entities else None
        findings = self._findings(folded, requested)
        if findings and any(_placeholder(folded, f) for f in findings) and declares_samples(folded):
            # A form sample's นายสมชาย ใจดี, a fixture's 4242 4242 4242 4242: placeholders (fixtures.py).
            findings = [f for f in findings if not _placeholder(folded, f)]
        if findings and any(f.entity_type in _ABOUT_SOMEONE for f in findings) and declares_fiction(folded):
            # A persona's or an exam vignette's name, and their health or faith, are no one's
            # (fixtures.py); unless an identifier in the text ties them to a real person.
            findings = [f for f in findings if f.entity_type != "PERSON"]
            if not identifies_someone(findings):
                findings = [f for f in findings if f.entity_type not in SENSITIVE_TYPES]
        if whole_document and findings and not all(f.anchored for f in findings):
            if requested is None or self._identifiers <= requested:
                findings = require_subject(findings)
            elif not (identifies_someone(findings) or self._findings(folded, self._identifiers)):
                # The request left some identifier types out: the text is asked about them too.
                findings = [f for f in findings if f.anchored]
        if decoded and findings:  # back to the offsets of the text as given (the escapes)
            origin = decoded[1]
            findings = [dataclasses.replace(f, start=origin[f.start], end=origin[f.end]) for f in findings]
        return findings

    def _findings(self, folded: str, wanted: frozenset[str] | None) -> list[Finding]:
        """Every finding of the recognizers serving ``wanted`` (None: all), overlaps resolved."""
        recognizers = self._recognizers
        if wanted is None:
            wanted = self._all_entities
        else:
            recognizers = tuple(r for r in recognizers if wanted.intersection(r.ENTITIES))
            if not recognizers:  # as Presidio does
                raise ValueError("No matching recognizers were found to serve the request.")
        if _ANY_DIGIT.search(folded) is None:
            # Prose and system prompts: the number recognizers have nothing to look at.
            recognizers = (
                self._without_digits if recognizers is self._recognizers
                else tuple(r for r in recognizers if not r.NEEDS_DIGIT)
            )
        threshold = self.threshold
        spans: dict[tuple[str, int, int, float], tuple[str, bool]] = {}
        for recognizer in recognizers:
            name = recognizer.name
            for entity_type, start, end, score, anchored in recognizer.find(folded):
                if end > start and score > 0 and entity_type in wanted:
                    score = float(min(score, 1.0))
                    if score >= threshold:
                        spans.setdefault((entity_type, start, end, score), (name, anchored))
        if not spans:
            return []
        rows = [row for row in _drop_contained(spans) if row[0][0] in _SENSITIVE]
        if len(rows) > 1:
            rows = _resolve(rows)
        return [
            Finding(entity_type, start, end, score, name, anchored)
            for (entity_type, start, end, score), (name, anchored) in rows
        ]


def _placeholder(text: str, finding: Finding) -> bool:
    """The finding's value is a well-known placeholder (see :mod:`pdpa_guard.detect.fixtures`)."""
    if finding.entity_type == "PERSON":
        return is_placeholder_name(text[finding.start : finding.end])
    if finding.entity_type == "CREDIT_CARD":
        return is_test_card("".join(ch for ch in text[finding.start : finding.end] if ch.isdigit()))
    return False


# What a text that declares its people made up says about no one (see analyze).
_ABOUT_SOMEONE = SENSITIVE_TYPES | {"PERSON"}

# Where a span came from: the recognizer's name and whether it names its subject (Span.anchored).
_Source = tuple[str, bool]

# Catalogue entity type -> is it s.26 data (the two classes resolve_overlaps keeps apart).
_SENSITIVE: dict[str, bool] = {name: entry.is_sensitive for name, entry in CATALOGUE.items()}


def _resolve(
    rows: list[tuple[tuple[str, int, int, float], _Source]],
) -> list[tuple[tuple[str, int, int, float], _Source]]:
    """:func:`resolve_overlaps` on (span key, recognizer name) rows, before any Finding is built."""
    kept = []
    taken: dict[str, list[tuple[int, int]]] = {}
    for row in sorted(rows, key=lambda row: (-row[0][3], row[0][1] - row[0][2], row[0][1])):
        entity_type, start, end, _ = row[0]
        # Identifiers share one pool; each s.26 category has its own (see resolve_overlaps).
        spans = taken.setdefault(entity_type if _SENSITIVE[entity_type] else "", [])
        if not any(s < end and start < e for s, e in spans):
            kept.append(row)
            spans.append((start, end))
    kept.sort(key=lambda row: (row[0][1], row[0][2], row[0][0]))
    return kept


def _drop_contained(
    spans: dict[tuple[str, int, int, float], _Source],
) -> list[tuple[tuple[str, int, int, float], _Source]]:
    """Presidio's ``remove_duplicates``: drop a span inside another of the same type whose
    score is at least as high. Returned in the order Presidio returns them (by entity type,
    then start, longer first), which decides ties in :func:`resolve_overlaps`."""
    ordered = sorted(
        spans.items(), key=lambda item: (item[0][0], item[0][1], item[0][1] - item[0][2], -item[0][3])
    )
    if len(ordered) == 1:
        return ordered
    kept: list[tuple[tuple[str, int, int, float], _Source]] = []
    active: list[tuple[str, int, int, float]] = []
    current = None
    for item in ordered:
        entity_type, start, end, score = key = item[0]
        if entity_type != current:
            current, active = entity_type, []
        active = [a for a in active if a[2] >= start]
        if not any(start >= a[1] and end <= a[2] and score <= a[3] for a in active):
            kept.append(item)
            active.append(key)
    return kept


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep one finding per stretch of text among overlapping identifiers.

    The same digits can look like an ID, a phone and an account; the recognizer with the
    strongest evidence (score, then the longer span) wins. s.26 findings describe *what* is said
    rather than *who*, so they may overlap an identifier (a clinic name inside an address) and
    both are kept; two s.26 categories in one phrase (a genetic test that reveals a disease) are
    two disclosures, and both are kept too.
    """
    if len(findings) < 2:
        return list(findings)
    rows = [((f.entity_type, f.start, f.end, f.score), (f.recognizer, f.anchored)) for f in findings]
    return [
        Finding(t, start, end, score, name, anchored) for (t, start, end, score), (name, anchored) in _resolve(rows)
    ]


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
