"""The speed-ups of the cue pass and of the ID/card/cued-number recognizers change no result.

Each fast path is checked against the slower reference it replaced: the cue checks against
``CueIndex._accept`` over a brute-force search, the inline checksums against stdnum, the IIN
table against the range loop, the cheap pre-checks against the full cue regexes, and the
length-filtering run patterns against the original ones. All texts are fabricated.
"""

from __future__ import annotations

import random
import re

from stdnum import luhn
from stdnum.th import moa, pin

from pdpa_guard.detect.recognizers import _cues, credit_card, th_national_id
from pdpa_guard.detect.recognizers._cues import Cue, CueIndex
from pdpa_guard.detect.recognizers._numbers import windows

# Characters that stress the boundary and case rules: Latin letters and digits next to cues,
# Thai, and the non-ASCII letters that IGNORECASE or lower() treat specially.
_NOISE = "aZx9_ .:-\n\tกขเ์İıſKẞ"


def _reference_find(index: CueIndex, text: str) -> list[Cue]:
    """The cue search as it was: every key occurrence by end (longer first), first variant that
    ``_accept`` takes."""
    lowered = _cues._lower_same_length(text)
    found = []
    occurrences = []
    for key, variants in index._entries.items():
        at = lowered.find(key)
        while at >= 0:
            occurrences.append((at + len(key), -len(key), variants))
            at = lowered.find(key, at + 1)
    for end, neg_length, variants in sorted(occurrences, key=lambda o: (o[0], o[1])):
        start = end + neg_length
        for phrase, exact in variants:
            if index._accept(text, start, end, phrase, exact):
                found.append(Cue(start, end, phrase))
                break
    return found


def _soup(rng: random.Random, words: list[str], count: int) -> str:
    parts = []
    for _ in range(count):
        if rng.random() < 0.5:
            word = rng.choice(words)
            parts.append(word.upper() if rng.random() < 0.2 else word)
        else:
            parts.append("".join(rng.choice(_NOISE) for _ in range(rng.randint(0, 3))))
    return "".join(parts)


def test_every_cue_family_finds_what_the_reference_finds() -> None:
    rng = random.Random(3)
    indexes = [index for index in _cues._SHARED._indexes if not index._empty]
    assert indexes
    for index in indexes:
        words = [phrase for variants in index._entries.values() for phrase, _ in variants]
        words += [*index._not_after.get(words[0], ()), *index._not_before.get(words[0], ())]
        for phrase in list(index._not_after) + list(index._not_before):
            words += [phrase, *index._not_after.get(phrase, ()), *index._not_before.get(phrase, ())]
        for _ in range(150):
            text = _soup(rng, words, rng.randint(1, 12))
            assert index.find(text) == _reference_find(index, text), (words[:3], text)


def test_cue_boundaries_exact_case_and_neighbours() -> None:
    index = CueIndex(
        phrases=["ts", "order", "ไลน์", "7-eleven"],
        exact=["HN", "MRN"],
        not_after={"ไลน์": ("ออน",)},
        not_before={"ไลน์": ("แมน",)},
    )
    for text in [
        "HN 123 hn 456 Hn 789 JOHN HN_1 xHN HN9 9HN",
        "tsunami ts: 1 orders order_id reorder",
        "ออนไลน์ ไลน์แมน ไลน์ abc ไลน์",
        "İts ıorder ts",
        "MRN",
        "7-eleven a7-eleven",
        "",
    ]:
        assert index.find(text) == _reference_find(index, text), text


def test_inline_thai_id_checksum_is_stdnums() -> None:
    rng = random.Random(5)
    numbers = ["".join(rng.choice("0123456789") for _ in range(13)) for _ in range(20_000)]
    for first in "0123456789":  # valid ones of every leading digit
        body = first + "".join(rng.choice("0123456789") for _ in range(11))
        numbers.append(body + pin.calc_check_digit(body))
    for digits in numbers:
        ok = th_national_id.thai_id_checksum_ok(digits)
        assert (digits[0] not in "09" and ok) == pin.is_valid(digits), digits
        assert (digits[0] == "0" and ok) == moa.is_valid(digits), digits


def test_inline_luhn_is_stdnums() -> None:
    rng = random.Random(7)
    for _ in range(20_000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(12, 19)))
        assert credit_card._luhn_ok(digits) == luhn.is_valid(digits), digits
        fixed = digits[:-1] + luhn.calc_check_digit(digits[:-1])
        assert credit_card._luhn_ok(fixed) == luhn.is_valid(fixed) is True


def test_issuer_table_matches_the_range_loop() -> None:
    def reference(digits: str) -> bool:
        for low, high, lengths in credit_card._IIN_RANGES:
            if low <= digits[: len(low)] <= high and len(digits) in lengths:
                return True
        return False

    for head in range(10_000):
        for length in range(1, 21):
            digits = (f"{head:04d}" + "0" * 20)[:length]
            assert credit_card.issuer_matches(digits) == reference(digits), digits


def test_every_id_cue_phrase_holds_an_anchor() -> None:
    for phrase in th_national_id._ID_PHRASES:
        assert any(anchor in phrase.lower() for anchor in th_national_id._ID_ANCHORS), phrase


def test_cue_prechecks_answer_as_the_full_cue_regexes() -> None:
    rng = random.Random(11)
    words = [
        *th_national_id._ID_PHRASES,
        *th_national_id._NEGATIVE_PHRASES,
        "บัตร",
        "บัตรเครดิต",
        "created_at_ms",
        "_ts",
        " ms ",
        "İD",
        "ıd",
        "ſku",
        "Kelvin",
        "1101700230708",
    ]
    for _ in range(3000):
        text = _soup(rng, words, rng.randint(1, 10))
        for at in range(0, len(text) + 1, max(1, len(text) // 7)):
            for window in (15, 25, 30, 40):
                assert th_national_id._id_cue_before(text, at, window) == th_national_id.ID_CUES.before(
                    text, at, window
                ), (text, at, window)
                assert th_national_id._id_cue_after(text, at, window) == th_national_id.ID_CUES.after(
                    text, at, window
                ), (text, at, window)
            end = min(len(text), at + 3)
            assert th_national_id._negative_cue_near(text, at, end) == th_national_id.NEGATIVE_CUES.near(
                text, at, end, before=30, after=12
            ), (text, at)


def _digit_texts(rng: random.Random, count: int) -> list[str]:
    pieces = [
        "1",
        "12",
        "1234",
        "123456",
        "1234567890123",
        "4111111111111111",
        " ",
        "-",
        ".",
        "_",
        "a",
        ",",
        "  ",
    ]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(count)]


def test_run_patterns_keep_every_long_run() -> None:
    old_id = re.compile(r"\d(?<!\d\d)(?<!\d[ -]\d)\d*(?:[ -]\d+)*", re.ASCII)
    old_card = re.compile(
        r"\d(?<![A-Za-z0-9_]\d)(?<!\d[-. ]\d)\d*(?:[- ]\d+)*(?![A-Za-z0-9_])(?![-.]\d)", re.ASCII
    )
    rng = random.Random(13)
    for text in _digit_texts(rng, 5000):
        for old, new in ((old_id, th_national_id._RUN), (old_card, credit_card._RUN)):
            expected = [m.span() for m in old.finditer(text) if m.end() - m.start() >= 13]
            assert [m.span() for m in new.finditer(text) if m.end() - m.start() >= 13] == expected, text


def test_card_shape_precheck_drops_only_runs_without_card_windows() -> None:
    rng = random.Random(17)
    for text in _digit_texts(rng, 5000):
        for run in credit_card._RUN.finditer(text):
            start, end = run.span()
            if end - start < 13 or credit_card._CARD_SHAPE.search(text, start, end):
                continue
            for window in windows(text, start, end, credit_card._LENGTHS):
                assert len(window.sizes) > 1 and window.sizes not in credit_card._CARD_GROUPINGS, (
                    text,
                    window,
                )
