"""Whose data is it? s.26 findings stand only where someone is identifiable.

Health, religion or a conviction is special-category personal data when it is about a person. The
s.26 recognizer judges that near each term (a name, a pronoun, an age, an HN: an *anchor*); a term
it reports without one ("ป่วยเป็นโรคเบาหวาน", "a member of the union", "diagnosis: asthma") could be
about anyone: a health article, a policy, a question. Such a finding (``Finding.anchored`` False)
is kept only where the same document, or the same exchange across its messages, also holds an
identifier (a name, an ID number, a phone, an e-mail, an account ...): then the health data of that
record concerns someone identifiable, and an exchange that pseudonymises the name still carries it.

Business data (a company's registration number) identifies no natural person and does not count.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pdpa_guard.detect.catalogue import IDENTIFIER_TYPES
from pdpa_guard.detect.finding import Finding


def identifies_someone(findings: Iterable[Finding]) -> bool:
    """True when any finding is a personal identifier (not s.26 data, not business data)."""
    return any(f.entity_type in IDENTIFIER_TYPES for f in findings)


def require_subject(findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` of one document without the unanchored s.26 ones, unless it identifies someone."""
    if all(f.anchored for f in findings) or identifies_someone(findings):
        return list(findings)
    return [f for f in findings if f.anchored]


def require_subject_tagged[T](found: Sequence[tuple[T, Finding]]) -> list[tuple[T, Finding]]:
    """:func:`require_subject` over the parts of one exchange: ``(part, finding)`` pairs, where an
    identifier in any part lets the unanchored s.26 findings of every part stand."""
    if all(f.anchored for _, f in found) or identifies_someone(f for _, f in found):
        return list(found)
    return [(part, f) for part, f in found if f.anchored]
