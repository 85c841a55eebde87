"""Session 5's speed-ups find exactly what the slower scans they replaced found.

Each fast path below skips work that a cheap test shows cannot matter; these property tests run
it against the slow path (restated here) on generated text full of the characters the patterns
care about: digits, run separators, brackets, Latin and Thai letters, key punctuation. Fabricated
values only.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pdpa_guard.detect.recognizers import (
    _numbers,
    address,
    bank_account,
    credit_card,
    phone,
    sensitive,
    th_national_id,
)
from pdpa_guard.detect.recognizers._cues import CueIndex
from pdpa_guard.detect.recognizers.vehicle_plate import _LETTERS_THEN_DIGIT, _MAX_HEAD, VehiclePlateRecognizer

_SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# -- run_matches: the number patterns searched only inside the long digit runs ----------------

_RUN_PIECES = st.sampled_from(
    [
        *"0123456789",
        *(" ", "  ", "-", ".", "(", ")", "\t", "\n", "/", ":", "+", "_", "a", "ก", ",", "٣"),
        *("0812345678", "081-234-5678", "(02) 123-4567", "1-1017-00230-70-8", "4111 1111 1111 1111"),
    ]
)
_RUN_TEXT = st.lists(_RUN_PIECES, min_size=0, max_size=30).map("".join)
# Every pattern searched through run_matches, with the shortest match its caller keeps.
_RUN_PATTERNS = (
    (th_national_id._RUN, 13),
    (phone._DOMESTIC, 9),
    (bank_account._RUN, 10),
    (credit_card._RUN, 13),
)


def _kept(matches: object, shortest: int) -> list[tuple[int, int]]:
    return [m.span() for m in matches if m.end() - m.start() >= shortest]  # type: ignore[attr-defined]


@_SETTINGS
@given(_RUN_TEXT)
def test_run_matches_keep_every_long_match_of_the_whole_text_search(text: str) -> None:
    for pattern, shortest in _RUN_PATTERNS:
        assert _kept(_numbers.run_matches(pattern, text), shortest) == _kept(pattern.finditer(text), shortest)


def test_run_matches_on_runs_glued_to_words_and_side_by_side() -> None:
    for text in (
        "เลขบัตร1101700230708โทร0812345678",
        "1234567890a 1234567890_ 1234567890-1 x 0812345678 ",
        "(02) 123-4567 ต่อ 12, 081 234 5678 1500 บาท",
        "4111 1111 1111 1111 | 1-1017-00230-70-8 | 123-4-56789-0",
        "ref 12.0812345678 / 0812345678.5 / 7)0812345678(",
    ):
        for pattern, shortest in _RUN_PATTERNS:
            assert _kept(_numbers.run_matches(pattern, text), shortest) == _kept(
                pattern.finditer(text), shortest
            ), (pattern.pattern, text)


def test_run_matches_find_nothing_without_a_long_run() -> None:
    assert list(_numbers.run_matches(phone._DOMESTIC, "โทร 02 123 ครับ")) == []


# -- the phone's key gates --------------------------------------------------------------------


def _reference_not_a_phone(text: str, start: int, end: int) -> bool:
    """The original ``_not_a_phone``: both key patterns searched whenever reached."""
    moa = phone._MOA_RUN.match(text, start) if end - start >= 17 else None
    if moa is not None and th_national_id.thai_id_checksum_ok(
        "".join(ch for ch in moa.group() if ch.isdigit())
    ):
        return True
    if start == 0:
        return False
    if (
        text[start - 1] in "=:\"' \t"
        and phone._MACHINE_KEY.search(text, max(0, start - 24), start) is not None
    ):
        return True
    return phone._DOCUMENT_KEY.search(text, max(0, start - 24), start) is not None


_KEY_PIECES = st.sampled_from(
    [
        *("sess", "session_id", "trace", "req", "PO#", "P.O", "Invoice No.", "inv", "receipt", "ใบสั่งซื้อ"),
        *("เลขที่ใบแจ้งหนี้", "ใบเสร็จรับเงิน", "โทร", "ſ", "K", "İ", "=", ":", "#", " ", "\t", '"', "'", "\n"),
        *("x", "ก", "1"),
    ]
)


@_SETTINGS
@given(st.lists(_KEY_PIECES, min_size=0, max_size=12).map("".join))
def test_phone_key_gates_skip_only_searches_that_cannot_match(before: str) -> None:
    for number in ("0812345678", "0-1055-12345-67-0"):
        text = before + number + " ok"
        start, end = len(before), len(before) + len(number)
        assert phone._not_a_phone(text, start, end) == _reference_not_a_phone(text, start, end), text


def test_phone_after_a_document_or_machine_key_is_still_dropped() -> None:
    """What a user sees: keyed machine and document numbers stay non-phones, a cued phone stays."""
    recognizer = phone.ThaiPhoneRecognizer()

    def found(text: str) -> list[str]:
        return [text[s.start : s.end] for s in recognizer.find(text)]

    assert found("sess=0978965091 ok") == []
    assert found("PO#0995549848 ส่งแล้ว") == []
    assert found("เลขที่ใบสั่งซื้อ 0812345678") == []
    assert found("ติดต่อกลับที่เบอร์ 081-234-5678 ค่ะ") == ["081-234-5678"]


# -- the plate's bare-pattern starts ----------------------------------------------------------


def _reference_bare_matches(recognizer: VehiclePlateRecognizer, text: str) -> list[tuple[int, int]]:
    """The original ``_bare_matches``: the bare pattern tried at every position near a digit."""
    out = []
    pos = tried = 0
    for hit in _LETTERS_THEN_DIGIT.finditer(text):
        digit = hit.start()
        for start in range(max(pos, tried, digit - _MAX_HEAD), digit - 1):
            match = recognizer._bare.match(text, start)
            if match:
                out.append(match.span())
                pos = match.end()
                break
        tried = max(tried, digit - 1)
    return out


_PLATE_PIECES = st.sampled_from(
    [
        *"กขฮ",
        *("ะ", "่", "1", "9", "0", " ", "-", ".", "\n", "a", "กข", "1กข", "ขก", "กรุงเทพมหานคร"),
        "1234",
        "12",
        " - ",
        "ทะเบียน",
        "٣",
    ]
)


@_SETTINGS
@given(st.lists(_PLATE_PIECES, min_size=0, max_size=20).map("".join))
def test_bare_plate_starts_give_the_same_matches(text: str) -> None:
    recognizer = VehiclePlateRecognizer()
    assert [m.span() for m in recognizer._bare_matches(text)] == _reference_bare_matches(recognizer, text)


# -- the address gate on the shared cue pass --------------------------------------------------


def test_address_gate_words_are_found_by_the_shared_pass_as_written() -> None:
    """Every word-component anchor is Thai or ASCII, so the lower-cased shared pass finds it."""
    words = [w for w, (group, *_) in address._AUTOMATON.items() if group in address._WORD_COMPONENT_GROUPS]
    assert words
    for word in words:
        assert word.isascii() or word.lower() == word, word
        assert address._WORD_COMPONENT_KEYS.occurs_in(f"xx{word}yy"), word


_ADDRESS_PIECES = st.sampled_from(
    [
        *("ถนน", "ซอย", "ต.", "อ.", "จ.", "แขวง", "เขต", "เชียงใหม่", "Soi", "SOI", "Rd.", "Road", "Bangkok"),
        *("ที่", "อีเมล", "12", "99/1", "50200", "10110", " ", "\n", ",", "ก", "a", "İ"),
    ]
)


@_SETTINGS
@given(st.lists(_ADDRESS_PIECES, min_size=0, max_size=15).map("".join))
def test_address_gate_skips_only_texts_without_a_word_component(text: str) -> None:
    anchors = address._word_anchors(text)
    if any(a.group in address._WORD_COMPONENT_GROUPS for a in anchors):
        assert address._WORD_COMPONENT_KEYS.occurs_in(text), text


def test_address_still_found_and_prose_without_cues_skipped() -> None:
    recognizer = address.ThaiAddressRecognizer()
    text = "ส่งของที่ 99/1 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110 นะคะ"
    spans = list(recognizer.find(text))
    assert spans and text[spans[0].start : spans[0].end].endswith("10110")
    assert list(recognizer.find("ช่วยร่างอีเมลตอบลูกค้าที่ติดต่อมาเรื่องสินเชื่อ 12 รายการ")) == []


def test_occurs_in_is_case_insensitive_and_ignores_boundaries() -> None:
    index = CueIndex(phrases=["soi", "ถนน"])
    assert index.occurs_in("SOIL") and index.occurs_in("ที่ถนน")
    assert not index.occurs_in("") and not index.occurs_in("road")


# -- the s.26 terms found by the shared cue pass ----------------------------------------------

_TERM_PIECES = st.sampled_from(
    [
        *("โรคเบาหวาน", "เบาหวาน", "ศาสนา", "อิสลาม", "HIV", "hiv", "Diabetes", "diabetes", "ซึมเศร้า", "โรค"),
        *("Muslim", "MUSLIM", "ผู้ป่วย", "ลูกค้า", "İ", "ß", "Σ", " ", "\n", ":", "ก", "a", "s"),
    ]
)


@_SETTINGS
@given(st.lists(_TERM_PIECES, min_size=0, max_size=15).map("".join))
def test_terms_from_the_shared_pass_equal_the_terms_automaton(text: str) -> None:
    model = sensitive.sensitive_model()
    folded = sensitive._fold(text)
    assert list(model._term_matches(text, folded)) == list(model.terms.iter(folded))


def test_s26_terms_found_with_the_shared_pass_and_with_a_lengthening_capital() -> None:
    """What a user sees: the same disclosure with or without an "İ" elsewhere in the text."""
    model = sensitive.sensitive_model()
    for text in ("ผู้ป่วยรายนี้เป็นโรคเบาหวาน", "İ ผู้ป่วยรายนี้เป็นโรคเบาหวาน"):
        found = [(s.entity_type, text[s.start : s.end]) for s in model.find(text)]
        assert ("HEALTH_DATA", "โรคเบาหวาน") in found, found
