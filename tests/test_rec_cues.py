"""CueIndex: cue words found in one pass, with the word boundaries recognizers rely on."""

from __future__ import annotations

from pdpa_guard.detect.recognizers._cues import CueIndex, hits

INDEX = CueIndex(
    phrases=["บัญชี", "order", "ean", "tel."],
    exact=["BAY", "HN"],
    not_after={"บัญชี": ("นัก",)},
    not_before={"order": ("ly",)},
)


def found(text: str) -> list[str]:
    return [text[c.start : c.end] for c in INDEX.find(text)]


def test_thai_cues_are_found_glued_to_other_words() -> None:
    assert found("โอนเข้าบัญชีกสิกร") == ["บัญชี"]


def test_latin_cues_respect_word_boundaries_and_ignore_case() -> None:
    assert found("ORDER_ID 12, orders, Tel.081") == ["ORDER", "order", "Tel."]
    assert found("mean border") == []  # neither starts a word


def test_exact_abbreviations_are_case_sensitive() -> None:
    assert found("BAY 123, bay area, HN0012345, JOHN") == ["BAY", "HN"]


def test_phrases_can_exclude_neighbours() -> None:
    assert found("นักบัญชี") == []  # an accountant, not an account
    assert found("orderly") == []


def test_distance_to_the_nearest_cue_before_a_position() -> None:
    text = "บัญชี xx order 1234"
    cues = hits(INDEX, text)
    assert cues.distance_before(text.index("1234"), 40) == 1
    assert cues.distance_before(text.index("1234"), 0) is None
    assert cues.starts_within(0, 3)
    assert not cues.starts_within(1, 5)
