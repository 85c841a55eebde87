"""Digit-group runs split into prefixes: a grouped number followed by another number."""

from __future__ import annotations

from pdpa_guard.detect.recognizers._numbers import prefixes, windows


def test_prefixes_are_longest_first_with_what_follows() -> None:
    text = "081 234 5678 1500"
    found = [(text[: p.end], p.digits, p.sizes) for p in prefixes(text, 0, len(text))]
    assert found[0] == (text, "08123456781500", (3, 3, 4, 4))
    assert found[1] == ("081 234 5678", "0812345678", (3, 3, 4))


def test_clean_splits_are_at_spaces_before_a_real_group() -> None:
    text = "1 1017 00230 70 8"
    by_digits = {p.digits: p for p in prefixes(text, 0, len(text))}
    assert by_digits["1101700230708"].splits_cleanly()  # the whole run
    assert not by_digits["1101700230"].splits_cleanly()  # "70" is too short to be another number
    dashed = "123-4-56789-0"
    assert [p.splits_cleanly() for p in prefixes(dashed, 0, len(dashed))] == [True, False, False, False]


def test_windows_find_numbers_side_by_side_but_do_not_cut_grouped_numbers() -> None:
    row = "1101700230708 0812345678"
    assert [row[w.start : w.end] for w in windows(row, 0, len(row), (10, 13))] == [
        "1101700230708",
        "0812345678",
    ]
    spaced = "1 1017 00230 70 8"
    assert [spaced[w.start : w.end] for w in windows(spaced, 0, len(spaced), (13,))] == [spaced]
    assert list(windows(spaced, 0, len(spaced), (10,))) == []  # no 10-digit stretch stands alone
