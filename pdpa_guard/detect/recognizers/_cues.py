"""Finding cue words fast: one Aho-Corasick pass per text instead of a regex alternation.

A regex alternation of dozens of case-insensitive cues with word-boundary look-arounds defeats
the regex engine's literal-prefix scan: on Thai text it tries every branch at almost every
position (measured at 0.3 ms/KB for the banking cues alone, more than the whole detector's
budget). An Aho-Corasick automaton (pyahocorasick) finds every cue in one linear pass over the
lower-cased text (~0.01 ms/KB); the few hits are then checked for word boundaries in Python.

Recognizers use an index two ways: as anchors (a cued number must follow its cue: run the value
regex with ``match`` at each cue end) and as context (is there a cue in the window before a
candidate, and how near is it).
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

import ahocorasick


class Cue(NamedTuple):
    """One occurrence of a cue: where it is and which phrase it is (as given, not lower-cased)."""

    start: int
    end: int
    phrase: str


@functools.lru_cache(maxsize=8)
def _lower_same_length(text: str) -> str:
    """``text.lower()`` when it keeps every offset (it does, except for a few rare letters).

    Cached: every recognizer of the engine receives the same text object, and several look for
    cues in it.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


# For the per-hit checks of CueIndex.find: set membership is the same test as _is_latin (and as
# ``isascii() and isalnum()``) for one character or "", and cheaper than two method calls.
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_ASCII_ALNUM = _LATIN | frozenset("0123456789")

# Which boundary test a phrase needs (see CueIndex._precheck).
_NONE, _EXACT, _START, _BOTH = 0, 1, 2, 3


# ``Cue(start, end, phrase)`` without the Python-level ``__new__`` of a NamedTuple: the same
# tuple, made at about half the cost (once per cue found).
_new_cue = tuple.__new__


class _Check(NamedTuple):
    """How to accept a match of one phrase: decided once per phrase, applied per hit."""

    phrase: str
    test: int  # _NONE, _EXACT (case and both boundaries), _START (Latin start), _BOTH (and end)
    not_after: tuple[str, ...]
    not_before: tuple[str, ...]


# A raw key match of one family: (last offset, key length, the phrase or its checks).
_Match = tuple[int, int, "str | tuple[_Check, ...]"]


class CueIndex:
    """A family of cue phrases, found with one automaton.

    ``phrases`` match case-insensitively; a Latin phrase may not start inside a word, and a short
    one (4 letters or fewer) may not end inside one either, so ``ean`` is not found in ``mean``
    nor ``ts`` in ``tsunami``, while ``order`` still cues ``orders`` and ``order_id``. ``exact``
    phrases are case-sensitive abbreviations bounded on both sides (``SCB``, ``BAY``, ``HN``), whose
    lower-case spelling is an ordinary word (``bay``). ``not_after`` and ``not_before`` list, per
    phrase, text that may not touch it (``ไลน์`` in ``ออนไลน์``; ``ทะเบียน`` in ``ทะเบียนบ้าน``).
    """

    def __init__(
        self,
        phrases: Iterable[str] = (),
        exact: Iterable[str] = (),
        not_after: Mapping[str, Sequence[str]] | None = None,
        not_before: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        entries: dict[str, list[tuple[str, bool]]] = {}
        for phrase in phrases:
            entries.setdefault(phrase.lower(), []).append((phrase, False))
        for phrase in exact:
            entries.setdefault(phrase.lower(), []).append((phrase, True))
        self._entries = {key: tuple(values) for key, values in entries.items()}
        self._empty = not entries
        self._not_after = dict(not_after or {})
        self._not_before = dict(not_before or {})
        self._checks = {key: self._precheck(values) for key, values in self._entries.items()}
        self._slot = _SHARED.register(self) if entries else -1

    def _precheck(self, variants: tuple[tuple[str, bool], ...]) -> str | tuple[_Check, ...]:
        """What ``find`` checks for a key's match, decided once here rather than per hit.

        A key with one variant that needs no check at all (most Thai phrases) becomes just its
        phrase: each of its matches is a cue. Otherwise, per variant: its phrase, which boundary
        test applies (``_EXACT``, ``_START`` or ``_BOTH`` for Latin phrases, ``_NONE``), and its
        ``not_after``/``not_before`` text.
        """
        checks = []
        for phrase, exact in variants:
            if exact:
                test = _EXACT
            elif _is_latin(phrase[0]) or phrase[0].isdigit():
                short = len(phrase) <= 4 and phrase[-1].isascii() and phrase[-1].isalnum()
                test = _BOTH if short else _START
            else:
                test = _NONE
            checks.append(
                _Check(
                    phrase,
                    test,
                    tuple(self._not_after.get(phrase) or ()),
                    tuple(self._not_before.get(phrase) or ()),
                )
            )
        if (
            len(checks) == 1
            and checks[0].test == _NONE
            and not checks[0].not_after
            and not checks[0].not_before
        ):
            return checks[0].phrase
        return tuple(checks)

    def find(self, text: str) -> list[Cue]:
        """Every cue in ``text`` that passes its boundary checks, ordered by end offset."""
        if self._empty or not text:
            return []
        raw = _SHARED.matches(text).get(self._slot)
        if not raw:
            return []
        found = []
        size = len(text)
        for last, length, checks in raw:
            end = last + 1
            if checks.__class__ is str:  # a phrase that needs no check (see _precheck)
                found.append(_new_cue(Cue, (end - length, end, checks)))
                continue
            start = end - length
            for phrase, test, not_after, not_before in checks:
                # The boundary tests of the class doc, inlined: this runs once per hit.
                if test:
                    before = text[start - 1] if start else ""
                    if test == _EXACT:
                        if (
                            text[start:end] != phrase
                            or before in _ASCII_ALNUM
                            or (end < size and text[end] in _LATIN)
                        ):
                            continue
                    elif before in _LATIN or (test == _BOTH and end < size and text[end] in _LATIN):
                        continue
                if not_after and any(text.endswith(bad, 0, start) for bad in not_after):
                    continue
                if not_before and any(text.startswith(bad, end) for bad in not_before):
                    continue
                found.append(_new_cue(Cue, (start, end, phrase)))
                break
        return found

    def occurs_in(self, text: str) -> bool:
        """True when a phrase occurs in ``text`` case-insensitively, before the checks of
        :meth:`find`: a necessary condition for a match of the phrases, answered from the shared
        pass (so a recognizer can skip a costlier scan of its own)."""
        return not self._empty and bool(text) and self._slot in _SHARED.matches(text)

    def _accept(self, text: str, start: int, end: int, phrase: str, exact: bool) -> bool:
        """The checks of ``find`` for one match, spelled out (kept as the reference for them)."""
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if exact:
            if text[start:end] != phrase or (before.isascii() and before.isalnum()) or _is_latin(after):
                return False
        elif _is_latin(phrase[0]) or phrase[0].isdigit():
            if _is_latin(before):
                return False
            if len(phrase) <= 4 and phrase[-1].isascii() and phrase[-1].isalnum() and _is_latin(after):
                return False
        not_after = self._not_after.get(phrase)
        if not_after and any(text.endswith(bad, 0, start) for bad in not_after):
            return False
        not_before = self._not_before.get(phrase)
        return not (not_before and any(text.startswith(bad, end) for bad in not_before))


class RawFamily:
    """Lower-case keys with payloads of a recognizer's own, found by the shared pass unchecked.

    For a recognizer that iterates an automaton of its own over the lower-cased text (the s.26
    terms): the shared pass finds the same keys in the same order, by end offset and longer
    keys first at one end, in the pass the text gets anyway.
    """

    def __init__(self, table: Mapping[str, object]) -> None:
        self._checks = dict(table)  # the name the shared pass reads each family's keys from
        self._slot = _SHARED.register(self)

    def matches(self, text: str) -> list[tuple[int, object]]:
        """(last offset, payload) of every key occurring in ``lowered_for_cues(text)``."""
        raw = _SHARED.matches(text).get(self._slot)
        return [(last, payload) for last, _, payload in raw] if raw else []


def lowered_for_cues(text: str) -> str:
    """The lower-cased text the shared pass scans (same offsets as ``text``)."""
    return _lower_same_length(text)


class _SharedPass:
    """Every ``CueIndex`` (and ``RawFamily``) in one Aho-Corasick automaton, so a text is scanned
    once for all.

    Several recognizers look for their own cue families in every text (plate, LINE, passport,
    student and HN cues; phone, bank and card cues once a candidate number exists); one pass
    over the lower-cased text serves them all. The matches of each family come out in the
    order its own automaton would give them (by end offset, longer keys first at one end).
    """

    def __init__(self) -> None:
        self._families: list[CueIndex | RawFamily] = []  # by slot
        self._indexes: list[CueIndex] = []  # the cue families among them
        self._built: tuple[ahocorasick.Automaton, int] | None = None  # (automaton, families in it)
        self._lock = threading.Lock()
        self._generation = 0  # part of the cache key: a new family invalidates cached scans
        self._matches = functools.lru_cache(maxsize=8)(self._scan)

    def register(self, index: CueIndex | RawFamily) -> int:
        with self._lock:
            self._families.append(index)
            if isinstance(index, CueIndex):
                self._indexes.append(index)
            self._built = None  # rebuilt on next use, with the new family
            self._generation += 1
            self._matches.cache_clear()
            return len(self._families) - 1

    def matches(self, text: str) -> dict[int, list[_Match]]:
        """Per registered index (by slot), its raw key matches in ``text``: (last, length, checks).

        Only slots with a match have an entry. Cached for the last few texts: every recognizer
        of the engine receives the same text.
        """
        return self._matches(text, self._generation)

    def _build(self) -> tuple[ahocorasick.Automaton, int]:
        built = self._built
        if built is not None:
            return built
        with self._lock:
            if self._built is None:
                table: dict[str, list[tuple[int, int, object]]] = {}
                for slot, index in enumerate(self._families):
                    for key, checks in index._checks.items():
                        table.setdefault(key, []).append((slot, len(key), checks))
                automaton = ahocorasick.Automaton()
                for key, values in table.items():
                    automaton.add_word(key, tuple(values))
                automaton.make_automaton()
                self._built = (automaton, len(self._families))
            return self._built

    def _scan(self, text: str, generation: int) -> dict[int, list[_Match]]:
        automaton, _ = self._build()
        # A dict filled on demand: most texts match few families (many match none), so no list
        # per family is made for nothing.
        out: dict[int, list[_Match]] = {}
        for last, values in automaton.iter(_lower_same_length(text)):
            for slot, length, checks in values:
                found = out.get(slot)
                if found is None:
                    out[slot] = [(last, length, checks)]
                else:
                    found.append((last, length, checks))
        return out


_SHARED = _SharedPass()


class CueHits:
    """The cues of one index in one text, for window questions about candidates."""

    def __init__(self, cues: list[Cue]) -> None:
        self.cues = cues
        self._ends = [c.end for c in cues]
        self._starts = sorted([c.start for c in cues])

    def __bool__(self) -> bool:
        return bool(self.cues)

    def distance_before(self, start: int, window: int) -> int | None:
        """Characters between the nearest cue ending at or before ``start`` and ``start``."""
        i = bisect.bisect_right(self._ends, start)
        if i == 0:
            return None
        distance = start - self._ends[i - 1]
        return distance if distance <= window else None

    def starts_within(self, lo: int, hi: int) -> bool:
        """True when a cue starts in ``[lo, hi)``."""
        i = bisect.bisect_left(self._starts, lo)
        return i < len(self._starts) and self._starts[i] < hi

    def first_start_within(self, lo: int, hi: int) -> int | None:
        """Start of the first cue starting in ``[lo, hi)``."""
        i = bisect.bisect_left(self._starts, lo)
        return self._starts[i] if i < len(self._starts) and self._starts[i] < hi else None


def hits(index: CueIndex, text: str) -> CueHits:
    """The cues of ``index`` in ``text``."""
    return CueHits(index.find(text))


def anchored(index: CueIndex, value: re.Pattern[str], text: str) -> Iterator[tuple[Cue, re.Match[str]]]:
    """Each cue of ``index`` in ``text`` whose end ``value`` matches at (``value.match``).

    ``value`` usually starts with filler (``:``, ``เลขที่``, ``no.``) and captures the value in a
    group. A value reached from two overlapping cues (``ทะเบียน`` and ``ทะเบียนรถ``) is given once.
    """
    seen: set[int] = set()
    for cue in index.find(text):
        match = value.match(text, cue.end)
        if match and match.end() not in seen:
            seen.add(match.end())
            yield cue, match
