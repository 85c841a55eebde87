"""Helpers shared by the digit-group recognizers (phone, card, bank account).

People write long numbers in groups (``081 234 5678``, ``4111 1111 1111 1111``,
``123-4-56789-0``) and put other numbers right after them (``0812345678 1500 บาท``). A regex
that accepts single spaces between groups therefore also swallows the next number; instead of
fighting that in the pattern, recognizers match the whole run of groups and then try its
prefixes, longest first, until one validates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_GROUP = re.compile(r"\d+", re.ASCII)


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
    groups = [(m.start(), m.end()) for m in _GROUP.finditer(text, start, end)]
    for count in range(len(groups), 0, -1):
        last_end = groups[count - 1][1]
        digits = "".join(text[s:e] for s, e in groups[:count])
        sizes = tuple(e - s for s, e in groups[:count])
        if count < len(groups):
            following, next_size = text[last_end : groups[count][0]], groups[count][1] - groups[count][0]
        else:
            following, next_size = "", 0
        yield Prefix(last_end, digits, sizes, following, next_size)
