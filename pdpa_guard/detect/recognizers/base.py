"""The base class of pdpa-guard's recognizers.

Presidio's ``PatternRecognizer`` scores context with spaCy tokens, which Thai does not have
(no spaces between words) and which the offline engine does not compute. Our recognizers find
their own candidates and judge context in character windows (``pdpa_guard.detect.text.Cues``),
so each one implements ``find`` and returns scored spans; this class adapts them to Presidio.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts


class Span(NamedTuple):
    """A candidate found by a recognizer."""

    entity_type: str
    start: int
    end: int
    score: float
    # False for s.26 data whose context names no one (no name, pronoun, age or HN near it, no
    # record of a specific person around it): it is data about a person only where the same
    # document identifies someone (see pdpa_guard.detect.subject). Identifiers are their own subject.
    anchored: bool = True


class ThaiRecognizer(EntityRecognizer):
    """A self-contained recognizer: no NLP artifacts, context judged in character windows.

    Subclasses set ``ENTITIES`` and implement :meth:`find`. The text they receive has Thai and
    full-width digits already folded to ASCII (same offsets), so digit patterns need only ``\\d``
    in ASCII mode.
    """

    ENTITIES: tuple[str, ...] = ()
    # True when every span this recognizer can find holds an ASCII digit (after folding): the
    # engine then skips it on texts without one, such as most system prompts and prose.
    NEEDS_DIGIT: bool = False

    def __init__(self, supported_language: str = "th") -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            name=type(self).__name__,
            supported_language=supported_language,
            context=[],
        )

    def clear_caches(self) -> None:
        """Forget decisions memoised across texts (word look-ups that recur from text to text).

        Benchmarks call this between timed passes, so that a second pass over the same corpus is
        not flattered by what the first one memoised."""

    def load(self) -> None:
        """Everything is built in ``__init__``; Presidio calls this lazily."""

    @abstractmethod
    def find(self, text: str) -> Iterator[Span] | Iterable[Span]:
        """Yield scored candidate spans in ``text``."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        wanted = set(entities) if entities else set(self.ENTITIES)
        results = []
        for span in self.find(text):
            if span.entity_type in wanted and span.end > span.start and span.score > 0:
                result = RecognizerResult(span.entity_type, span.start, span.end, min(span.score, 1.0))
                # Context is already in the score: stop Presidio's lemma enhancer re-scoring it.
                result.recognition_metadata = {
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                }
                results.append(result)
        return results
