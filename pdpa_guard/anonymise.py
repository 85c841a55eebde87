"""Rewrite prompt text in one pass: pseudonymise some findings, redact others, keep the rest.

The policy decides an action per finding; this module turns those actions into new text.
Pseudonymised values get a vault token the model's answer can be restored from; redacted values
go through a presidio-anonymizer operator (replace, mask, hash...) and cannot come back.
``block`` and ``reroute`` concern the whole request and are not handled here.

Overlapping findings become one span (the engine keeps s.26 phrases that overlap identifiers): it
is named after its identifier and gets the strictest action among them, so no part of a value
escapes because a wider phrase was allowed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.operators import OperatorsFactory, OperatorType

from pdpa_guard.detect.catalogue import CATALOGUE
from pdpa_guard.detect.text import reader_value

if TYPE_CHECKING:
    from pdpa_guard.detect.finding import Finding
    from pdpa_guard.vault import Vault

ALLOW, PSEUDONYMISE, REDACT = "allow", "pseudonymise", "redact"
_STRICTNESS = {ALLOW: 0, PSEUDONYMISE: 1, REDACT: 2}
_PLACEHOLDER_LIKE = re.compile(r"<[A-Z][A-Z0-9_]*_[0-9]+>")  # a redaction must not pass for one

Actions = Sequence[str] | Callable[["Finding"], str]
"""One action per finding (same order), or a function of the finding."""


@dataclass(frozen=True, slots=True)
class Replacement:
    """One rewritten span. Offsets only: the new text is ``rewrite.text[new_start:new_end]``."""

    start: int  # in the original text
    end: int
    entity_type: str
    action: str
    new_start: int  # in the rewritten text
    new_end: int


@dataclass(frozen=True, slots=True)
class Rewrite:
    """Rewritten text and where it changed."""

    text: str
    replacements: tuple[Replacement, ...] = ()

    def __repr__(self) -> str:  # the text may still hold allowed personal data
        return f"<Rewrite chars={len(self.text)} replacements={len(self.replacements)}>"


class Redactor:
    """presidio-anonymizer operators per entity type, ``"DEFAULT"`` for the others.

    The default replaces a value with ``<ENTITY_TYPE>``: readable to the model and, having no
    number, never mistaken for a vault placeholder. Note that presidio's ``hash`` salts each value
    randomly unless given a ``salt``, and that ``mask`` keeps the characters it does not mask.
    """

    def __init__(self, operators: Mapping[str, OperatorConfig] | None = None) -> None:
        factory = OperatorsFactory()
        self._operators = {}
        for entity_type, config in {"DEFAULT": OperatorConfig("replace"), **(operators or {})}.items():
            operator = factory.create_operator_class(config.operator_name, OperatorType.Anonymize)
            operator.validate(params=config.params)  # fail at start-up, not on the first request
            if _PLACEHOLDER_LIKE.search(str(config.params.get("new_value", ""))):
                raise ValueError(f"the replacement for {entity_type} looks like a vault placeholder")
            self._operators[entity_type] = (operator, config.params)

    def __call__(self, entity_type: str, value: str) -> str:
        operator, params = self._operators.get(entity_type) or self._operators["DEFAULT"]
        try:
            return operator.operate(value, {**params, "entity_type": entity_type})
        except Exception:
            pass  # raised below, outside the except block, so no chained traceback carries the value
        raise RedactionError(f"the {operator.operator_name()} operator failed on a {entity_type} value")


class RedactionError(RuntimeError):
    """A redaction operator failed; the message names the operator and type, never the value."""


@cache
def default_redactor() -> Redactor:
    """The redactor used when none is given (replace with ``<ENTITY_TYPE>``)."""
    return Redactor()


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text to rewrite: merged overlapping findings, one type, one action."""

    start: int
    end: int
    entity_type: str
    action: str


def merge_spans(text: str, findings: Sequence[Finding], actions: Actions) -> list[Span]:
    """Spans to rewrite, in order and disjoint; allowed findings are dropped first."""
    chosen: list[tuple[Finding, str]] = []
    for index, finding in enumerate(findings):
        action = actions[index] if not callable(actions) else actions(finding)
        if action.__class__ is not str or action not in _STRICTNESS:  # the usual plain name needs no normalising
            action = _action(action)
        if not 0 <= finding.start <= finding.end <= len(text):
            raise ValueError(
                f"finding {index} ({finding.entity_type}) spans {finding.start}:{finding.end}, "
                f"outside a text of {len(text)} characters"
            )
        if action != ALLOW and finding.end > finding.start:
            chosen.append((finding, action))
    chosen.sort(key=lambda item: (item[0].start, -item[0].end))
    spans: list[Span] = []
    leads: list[Finding] = []  # the finding that names each span
    for finding, action in chosen:
        if spans and finding.start < spans[-1].end:
            last, lead = spans[-1], leads[-1]
            if _rank(finding) > _rank(lead):
                leads[-1] = lead = finding
            stricter = max(last.action, action, key=_STRICTNESS.__getitem__)
            spans[-1] = Span(last.start, max(last.end, finding.end), lead.entity_type, stricter)
        else:
            spans.append(Span(finding.start, finding.end, finding.entity_type, action))
            leads.append(finding)
    return spans


def apply(
    text: str,
    findings: Sequence[Finding],
    actions: Actions,
    vault: Vault | None = None,
    conversation: str | None = None,
    *,
    redactor: Redactor | None = None,
    surrogates: bool = False,
    context: Sequence[str] | None = None,
) -> Rewrite:
    """``text`` with each finding pseudonymised, redacted or kept as ``actions`` say.

    ``vault`` and ``conversation`` are needed as soon as something is pseudonymised.
    ``context`` is every text of the request when ``text`` is one of several segments (the
    caller has then run ``vault.reserve`` on them, as ``apply_all`` does); by default ``text``
    alone is the context and is reserved here.
    """
    if not findings and (context is not None or vault is None or conversation is None):
        return Rewrite(text)  # nothing to rewrite, and nothing to reserve here (the caller did)
    spans = merge_spans(text, findings, actions)
    redactor = redactor or default_redactor()
    values = [reader_value(text[span.start : span.end]) for span in spans]
    items = [(s.entity_type, v) for s, v in zip(spans, values, strict=True) if s.action == PSEUDONYMISE]
    tokens: list[str] = []
    if vault is not None and conversation is not None and context is None:
        # Even with nothing to pseudonymise: a token of this conversation typed into the prompt
        # must stop being restored, or the model's echo of it would turn into a value.
        context = (text,)
        vault.reserve(conversation, context)
    if items:
        if vault is None or conversation is None or context is None:
            raise ValueError("pseudonymising needs a vault and a conversation key")
        tokens = vault.assign(conversation, items, surrogates=surrogates, context=context)
    token_iter = iter(tokens)
    pieces = [
        next(token_iter) if span.action == PSEUDONYMISE else redactor(span.entity_type, value)
        for span, value in zip(spans, values, strict=True)
    ]
    rewrite = _splice(text, spans, pieces)
    if surrogates and items:
        # A surrogate next to other text can form another surrogate ("สมศรี" + " มีสุข"); such a
        # rewrite would not restore exactly, so it falls back to placeholders, which cannot.
        redacted_only = [
            v if s.action == PSEUDONYMISE else p for s, v, p in zip(spans, values, pieces, strict=True)
        ]
        assert vault is not None and conversation is not None
        if vault.restore(conversation, rewrite.text) != _splice(text, spans, redacted_only).text:
            return apply(text, findings, actions, vault, conversation, redactor=redactor, context=context)
    return rewrite


def apply_all(
    segments: Sequence[tuple[str, Sequence[Finding]]],
    actions: Callable[[Finding], str],
    vault: Vault | None = None,
    conversation: str | None = None,
    *,
    redactor: Redactor | None = None,
    surrogates: bool = False,
) -> list[Rewrite]:
    """``apply`` to every text segment of one request, with collisions checked across all of them."""
    texts = [text for text, _ in segments]
    if vault is not None and conversation is not None:
        vault.reserve(conversation, texts)
    return [
        apply(
            text,
            findings,
            actions,
            vault,
            conversation,
            redactor=redactor,
            surrogates=surrogates,
            context=texts,
        )
        for text, findings in segments
    ]


def _splice(text: str, spans: Sequence[Span], pieces: Sequence[str]) -> Rewrite:
    out: list[str] = []
    replacements: list[Replacement] = []
    pos = length = 0
    for span, piece in zip(spans, pieces, strict=True):
        out.append(text[pos : span.start])
        length += span.start - pos
        out.append(piece)
        replacements.append(
            Replacement(span.start, span.end, span.entity_type, span.action, length, length + len(piece))
        )
        length += len(piece)
        pos = span.end
    out.append(text[pos:])
    return Rewrite("".join(out), tuple(replacements))


def _action(action: object) -> str:
    name = str(getattr(action, "value", action))
    if name not in _STRICTNESS:
        raise ValueError(f"action {name!r} does not rewrite text (use allow, pseudonymise or redact)")
    return name


def _rank(finding: Finding) -> tuple[bool, float, int]:
    """Which of overlapping findings names the span: an identifier first, then score, then length."""
    spec = CATALOGUE.get(finding.entity_type)
    return (not (spec and spec.is_sensitive), finding.score, finding.end - finding.start)
