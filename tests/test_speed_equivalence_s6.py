"""Session 6's speed-ups find exactly what the whole-text scans they replaced found.

The English passes of the PERSON recognizer now search only the Latin stretches of a text
(``pdpa_guard.detect.text.latin_stretches``): a Thai prompt with one English word pays for that
word, not for the prompt. These property tests run the stretch-limited scans against the
whole-text scans on generated text full of what the patterns care about: Latin words in both
cases, Thai letters right after them, separators, apostrophes, e-mail and path punctuation.
Fabricated values only.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pdpa_guard.detect.engine import get_engine
from pdpa_guard.detect.recognizers import person
from pdpa_guard.detect.recognizers.person import PersonRecognizer
from pdpa_guard.detect.text import latin_finditer, latin_stretches
from tests.conftest import spans_of

_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PIECES = st.sampled_from(
    [
        *("Somchai", "Jaidee", "SOMCHAI", "JAIDEE", "Mr", "Dr.", "Khun", "by", "for", "to", "registered"),
        *("name", "customer", "patient", "passport", "dob", "said", "reported", "I’m", "I'm", "my name is"),
        *("REQ-0001AB", "API", "x", "ab", "Ann Lee", "O’Brien", "d.o.b", "ID card"),
        *(" ", "  ", ":", "=", ": ", "-", "_", ".", "@", "/", "(", ")", ",", "\n", "\t", "’", "1", "42"),
        *("ก", "สมชาย", "ใจดี", "เป็น", "ลูกค้า", "หนังสือเดินทาง", "พาสปอร์ต", "é", "K", "ſ"),
    ]
)
_TEXT = st.lists(_PIECES, min_size=0, max_size=30).map("".join)


def _spans(matches: object) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def test_latin_stretches_start_at_a_letter_and_end_at_thai() -> None:
    text = "ลูกค้า REQ-0001 ต้องการ API key"
    assert [text[s:e] for s, e in latin_stretches(text)] == ["REQ-0001 ", "API key"]
    assert latin_stretches("สวัสดี 123 ครับ") == ()  # digits and spaces alone are no stretch
    assert latin_stretches("12 Main St") == ((3, 10),)
    assert [("I’m Ann" + " ครับ")[s:e] for s, e in latin_stretches("I’m Ann ครับ")] == ["I’m Ann "]


@_SETTINGS
@given(_TEXT)
def test_english_regexes_find_the_same_matches_in_the_latin_stretches(text: str) -> None:
    for pattern in (person._EN_CAPS_RUN, person._EN_THEN_THAI):
        assert _spans(latin_finditer(pattern, text)) == _spans(pattern.finditer(text)), pattern.pattern


@pytest.fixture(scope="module")
def recognizer() -> PersonRecognizer:
    return next(r for r in get_engine()._recognizers if isinstance(r, PersonRecognizer))


@_SETTINGS
@given(text=_TEXT)
def test_english_cue_and_gate_automata_find_the_same_keys_in_the_latin_stretches(
    recognizer: PersonRecognizer, text: str
) -> None:
    lowered = text.lower()
    keys = recognizer._en_keys
    assert list(recognizer._latin_keys(keys, lowered, text)) == list(keys.iter_long(lowered))
    # The gates: every gate key, Thai spellings included, as the whole-text automaton found them.
    whole = {kind for key, kind in (*[(k, "doc") for k in person._DOC_GATE_KEYS],
                                    *[(k, "that") for k in person._THAT_GATE_KEYS]) if key in lowered}
    if not any(char in text for char in person._FOLDS_TO_ASCII):
        assert recognizer._en_gates(text, lowered) == whole


def test_a_thai_prompt_with_one_english_word_still_finds_english_names(engine) -> None:
    """The stretches hold everything the English passes need: names after cues, romanised
    names after a word that takes a person, a Thai name after an English cue."""
    text = "สรุปเคสนี้ให้หน่อย registered to สมหญิง รักดี และ filed by Pathwikan Sriphedt เมื่อวาน (REQ-0001AB)"
    names = set(spans_of(engine, text, "PERSON"))
    assert "สมหญิง รักดี" in names
    assert "Pathwikan Sriphedt" in names


def test_every_gate_key_is_either_latin_or_looked_up_as_a_substring(recognizer: PersonRecognizer) -> None:
    latin = {key for key, _ in recognizer._gate_keys.items()}
    other = {key for key, _ in recognizer._other_gates}
    assert latin | other == {*person._DOC_GATE_KEYS, *person._THAT_GATE_KEYS}
    assert all(re.fullmatch(person._LATIN_KEY, key) for key in latin)
    assert all(person._LATIN_KEY.fullmatch(key) for key, _ in recognizer._en_keys.items())


# -- s.26 and address: gates and shortcuts of the sensitive-data and address recognizers ---------

from pdpa_guard.detect.recognizers import address as address_module  # noqa: E402
from pdpa_guard.detect.recognizers import sensitive_shapes  # noqa: E402
from pdpa_guard.detect.recognizers._cues import lowered_for_cues  # noqa: E402
from pdpa_guard.detect.recognizers.sensitive import SensitiveDataRecognizer  # noqa: E402


def test_only_dotted_capital_i_lengthens_when_lower_cased() -> None:
    """``sensitive._fold_text`` and the Latin-stretch scans rely on it: every other character
    lower-cases to exactly one character (checked over all of Unicode, on this Python)."""
    assert [chr(c) for c in range(0x110000) if len(chr(c).lower()) != 1] == ["\u0130"]


_S26_PIECES = st.sampled_from(
    [
        *("face template", "fingerprint", "iris", "minutiae", "voiceprint", "FaceID", "embedding", ": [0.12, -0.4]"),
        *("ISO 19794-2", "FMR", "FIR", "c.3113G>A", "p.Arg1699Trp", "g.", "m.", "n.", "BRCA1", "rs80357906"),
        *("ผู้ป่วย", "patient", "Patient", "HN", "บัตรประชาชน", "customer", "ลูกค้า", "นาย", "İ", "ı", "ſ", "\u212a"),
        *(" ", "\n", ":", "=", "\t", "|", ",", '"', "{", "}", "1", "0x", "AB12", "สแกนใบหน้า", "ลายนิ้วมือ"),
    ]
)
_S26_TEXT = st.lists(_S26_PIECES, min_size=0, max_size=25).map("".join)


@_SETTINGS
@given(_S26_TEXT)
def test_shape_rules_gated_by_the_shared_pass_find_what_the_ungated_rules_find(text: str) -> None:
    folded = text.lower() if len(text.lower()) == len(text) else lowered_for_cues(text)
    ungated = (
        sensitive_shapes._biometric_hits(text, folded)
        + sensitive_shapes._iso_record_hits(text)
        + sensitive_shapes._variant_hits(text)
        + sensitive_shapes._genotype_hits(text)
    )
    assert sorted(sensitive_shapes.shape_hits(text, folded)) == sorted(ungated)


@pytest.fixture(scope="module")
def s26_model() -> object:
    return next(r for r in get_engine()._recognizers if isinstance(r, SensitiveDataRecognizer)).model


@_SETTINGS
@given(text=_S26_TEXT)
def test_document_anchor_searched_cue_by_cue_agrees_with_the_whole_alternation(s26_model: object, text: str) -> None:
    folded = lowered_for_cues(text)
    whole = s26_model.cue_regex["document", "*"].search(text) is not None  # type: ignore[attr-defined]
    assert s26_model._document_anchor(text, folded) == whole  # type: ignore[attr-defined]


@_SETTINGS
@given(st.text(alphabet=" \t,\n\r.ab", max_size=12), st.integers(-3, 15), st.integers(-3, 15))
def test_address_pure_gap_is_the_regex_it_replaced(text: str, start: int, end: int) -> None:
    start, end = max(0, start), max(0, end)
    expected = re.compile(r"[ \t,]*\n?[ \t,]*").fullmatch(text, start, end) is not None
    assert address_module._pure_gap(text, start, end) == expected


@pytest.mark.parametrize(
    "text", ["cuſtomer ID 12", "patıent ID: 4", "cuſtomer: Ann", "patıent: Ann", "CUSTOMER NAME: Ann", "plain text"]
)
def test_document_anchor_with_letters_that_match_latin_only_case_blind(s26_model: object, text: str) -> None:
    """ſ, ı and İ match Latin letters in a case-blind regex but do not lower-case to them: the
    literal gate must not skip such a text (here ſ and ı stand inside the cue words)."""
    whole = s26_model.cue_regex["document", "*"].search(text) is not None  # type: ignore[attr-defined]
    assert s26_model._document_anchor(text, lowered_for_cues(text)) == whole  # type: ignore[attr-defined]
    assert whole == (text != "plain text")


@pytest.mark.parametrize(
    ("text", "start", "end", "pure"),
    [(" , ", 0, 3, True), (" \n\t", 0, 3, True), (" \n \n ", 0, 5, False), ("a b", 0, 3, False)],
)
def test_address_pure_gap_examples(text: str, start: int, end: int, pure: bool) -> None:
    assert address_module._pure_gap(text, start, end) is pure
    assert (re.compile(r"[ \t,]*\n?[ \t,]*").fullmatch(text, start, end) is not None) is pure
