"""What the detector reports: an entity type at a span, with a confidence score."""

from __future__ import annotations

from dataclasses import dataclass, field

from pdpa_guard.detect.catalogue import EntitySpec, spec


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected entity. Offsets are Python string indices into the analysed text.

    A Finding deliberately carries no copy of the value: callers that need it slice the text
    they passed in, and nothing that persists a Finding can leak the value by accident.
    """

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str = ""
    # False for s.26 data whose own context names no one; it stands only beside an identifier of
    # the same document or exchange (pdpa_guard.detect.subject). Not part of equality: two
    # findings of one type at one span are the same finding.
    anchored: bool = field(default=True, compare=False)

    @property
    def spec(self) -> EntitySpec:
        """The catalogue entry (category, s.26 flag, masking style) of this entity type."""
        return spec(self.entity_type)

    def to_dict(self) -> dict[str, object]:
        """The public JSON shape of the ``detect --jsonl`` contract (DESIGN.md)."""
        return {
            "entity_type": self.entity_type,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
        }
