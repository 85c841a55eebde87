"""Helpers shared by the digit-group recognizers (phone, card, bank account).

People write long numbers in groups (``081 234 5678``, ``4111 1111 1111 1111``,
``123-4-56789-0``) and put other numbers right after them (``0812345678 1500 บาท``). A regex
that accepts single spaces between groups therefore also swallows the next number; instead of
fighting that in the pattern, recognizers match the whole run of groups and then try its
prefixes, longest first, until one validates.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator
from typing import NamedTuple

_GROUP = re.compile(r"\d+", re.ASCII)

# Nine or more characters from a digit (or an opening bracket) to a digit, with only digits,
# spaces, dashes, dots and brackets between: the shortest phone run is this long, and ID,
# card and account runs are longer. Most texts have no such run.
_LONG_RUN = re.compile(r"[0-9(][0-9().\s-]{7,}[0-9]", re.ASCII)


@functools.lru_cache(maxsize=8)
def long_runs(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the runs of digit groups long enough to be a phone, ID, card or account
    number, in order. Cached: several recognizers ask about the same text object in turn."""
    return tuple(m.span() for m in _LONG_RUN.finditer(text))


def has_long_run(text: str) -> bool:
    """True when ``text`` holds such a run. Every caller then searches the runs
    (``run_matches``), so this reads the same cached pass instead of scanning the text again."""
    return bool(long_runs(text))


# How far past a run's last digit a run pattern may read (a separator, then a digit or a letter
# in its look-aheads); kept below the shortest run a caller keeps (9 characters).
_RUN_REACH = 4


def run_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searched only inside the long runs, for callers that keep only
    matches of 9 characters or more.

    ``pattern`` must match only digits, ASCII whitespace, brackets, dots and dashes, start with a
    digit or an opening bracket, end with a digit, and read at most ``_RUN_REACH`` characters past
    its match. Such a match of 9 characters or more lies inside one long run (a maximal stretch of
    those characters), no match can cross a run's start (nothing before it in its stretch can
    start one), and the few characters read past a run are searched with it, so every such match
    is found as the whole-text search finds it, in the same order, without scanning the prose
    between runs. Shorter matches may be missed or cut short: callers drop them anyway.
    """
    size = len(text)
    for start, end in long_runs(text):
        yield from pattern.finditer(text, start, min(size, end + _RUN_REACH))


class Prefix(NamedTuple):
    """The first ``count`` digit groups of a run: where it ends, its digits and group sizes."""

    end: int
    digits: str
    sizes: tuple[int, ...]
    next_separator: str  # the separator after this prefix ("" when the run ends here)
    next_size: int  # digits in the group after the separator (0 when the run ends here)

    @property
    def is_whole(self) -> bool:
        """True for the whole run."""
        return not self.next_separator

    def splits_cleanly(self, min_next: int = 3) -> bool:
        """True for the whole run, or a prefix that a space (not a dash) separates from a group
        of at least ``min_next`` digits: ``0812345678 1500`` splits, ``1 1017 00230 70 8`` does not
        split before ``70``, and ``123-4-56789-0`` never splits."""
        return self.is_whole or (self.next_separator.isspace() and self.next_size >= min_next)


def prefixes(text: str, start: int, end: int) -> Iterator[Prefix]:
    """Prefixes of the digit-group run ``text[start:end]``, longest first."""
    groups = [m.span() for m in _GROUP.finditer(text, start, end)]
    if not groups:
        return
    # The digits and sizes of every prefix are slices of the whole run's: one join, not one per
    # prefix (a long table row would make that quadratic).
    all_digits = "".join([text[s:e] for s, e in groups])
    all_sizes = tuple([e - s for s, e in groups])
    used = len(all_digits)
    yield Prefix(groups[-1][1], all_digits, all_sizes, "", 0)
    for count in range(len(groups) - 1, 0, -1):
        last_end = groups[count - 1][1]
        following, next_size = text[last_end : groups[count][0]], all_sizes[count]
        used -= next_size
        yield Prefix(last_end, all_digits[:used], all_sizes[:count], following, next_size)


class Window(NamedTuple):
    """A contiguous stretch of digit groups inside a run: ``text[start:end]``."""

    start: int
    end: int
    digits: str
    sizes: tuple[int, ...]
    first: int  # index of the first group in the run
    last: int  # index of the last group in the run


def windows(
    text: str, start: int, end: int, lengths: Collection[int], min_other: int = 3
) -> Iterator[Window]:
    """Stretches of the run ``text[start:end]`` with a digit count in ``lengths`` that may stand
    alone as one number.

    A row such as ``1101700230708 0812345678`` or ``ยอด 500 4111 1111 1111 1111`` puts numbers
    side by side with single spaces, so a number may be any stretch of the run, not only a
    prefix. A stretch may be cut from its neighbours only at a space, and only when the stretch
    is one ungrouped number or the neighbouring group has ``min_other`` digits or more, so a
    spaced ID ``1 1017 00230 70 8`` is not cut into smaller numbers. Stretches come by first
    group, longest first.
    """
    groups = [(m.start(), m.end()) for m in _GROUP.finditer(text, start, end)]
    if len(groups) == 1:  # one ungrouped number, the usual case: it is the only stretch
        s, e = groups[0]
        if e - s in lengths:
            yield Window(s, e, text[s:e], (e - s,), 0, 0)
        return
    sizes = [e - s for s, e in groups]
    count, longest = len(groups), max(lengths)

    def clean_cut(inside: int, outside: int, single: bool) -> bool:
        a, b = sorted((inside, outside))
        separator = text[groups[a][1] : groups[b][0]]
        return separator.isspace() and (single or sizes[outside] >= min_other)

    for first in range(count):
        totals, total = [], 0
        for last in range(first, count):
            total += sizes[last]
            if total > longest:
                break
            totals.append(total)
        for stop in range(first + len(totals) - 1, first - 1, -1):
            if totals[stop - first] not in lengths:
                continue
            single = stop == first
            if first > 0 and not clean_cut(first, first - 1, single):
                continue
            if stop < count - 1 and not clean_cut(stop, stop + 1, single):
                continue
            digits = "".join(text[s:e] for s, e in groups[first : stop + 1])
            yield Window(
                groups[first][0], groups[stop][1], digits, tuple(sizes[first : stop + 1]), first, stop
            )


# Words that make a long number a reference to a thing (an order, a parcel, a product, an
# event) rather than to a person. Each numeric recognizer adds its own on top of these.
REFERENCE_NUMBER_WORDS: tuple[str, ...] = (
    "order",
    "invoice",
    "tracking",
    "parcel",
    "isbn",
    "ean",
    "barcode",
    "sku",
    "serial",
    "ref",
    "reference",
    "transaction",
    "txn",
    "timestamp",
    "epoch",
    "คำสั่งซื้อ",
    "ออเดอร์",
    "ใบแจ้งหนี้",
    "พัสดุ",
    "อ้างอิง",
    "บาร์โค้ด",
    "รหัสสินค้า",
)
