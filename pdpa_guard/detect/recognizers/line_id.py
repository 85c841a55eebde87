"""LINE IDs (``LINE_ID``): the handle people give out to be added on LINE, only after a cue.

A LINE ID is 3-20 characters of ``[A-Za-z0-9._-]`` (an official account's is ``@handle``), which
is the shape of any short word, so the recognizer reports one only right after a cue:

* Thai cues (ไลน์, ไอดีไลน์, ไลน์ไอดี, แอดไลน์) and ``line id``/``lineid``/``line_id`` take any
  value of that shape; ``ไลน์`` inside ``ออนไลน์`` (online) is not a cue;
* bare ``line``/``Line``/``LINE`` is also an English word (a line of code, a log's ``line 12``),
  so it needs a colon, ``is`` or an ``@handle`` after it (``line: somchai99``, ``Their LINE is
  natthong.k``, ``Line @shopname``), or a space after the brand spelling ``LINE``; and a plain
  word is not a handle unless a colon follows ``Line``/``LINE`` (``line: error`` in a log,
  ``LINE is popular`` in prose).

A value must contain a letter, or be a phone number (people use their phone number as their
LINE ID); ``line 12`` and ``line: 42`` are never IDs. The span includes a leading ``@``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pdpa_guard.detect.recognizers._cues import CueIndex, anchored
from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer
from pdpa_guard.detect.recognizers.cued_numbers import english_variants

_VALUE = r"(?P<value>@?[A-Za-z0-9._\-]{3,20})(?![A-Za-z0-9._\-@])"
_STRONG_CUES = CueIndex(
    phrases=[
        "ไอดีไลน์",
        "ไลน์ไอดี",
        "แอดไลน์",
        "ไลน์",
        *english_variants("line", suffixes=("id",)),
        *english_variants("id", "add", suffixes=("line",)),
    ],
    not_after={"ไลน์": ("ออน",)},  # ออนไลน์ is "online"
)
# Between a strong cue and the ID: spaces, ":", "=", the quotes of a JSON/YAML key
# ("line_id": "somchai99"), and a few words ("คือ", "มาที่", "ของผม", "is").
_STRONG_VALUE = re.compile(
    r"(?:[\s:：=\-\"']|คือ|มาที่|ได้ที่|ที่|มา|ของ(?:ผม|ฉัน|หนู|เรา|ดิฉัน)?|(?i:is)(?![A-Za-z])){0,6}" + _VALUE
)
_WEAK_CUES = CueIndex(exact=["line", "Line", "LINE"])
# After bare "line": a colon, an @handle, "is"/"คือ", or (after the brand spelling LINE) a space.
_WEAK_VALUE = re.compile(r"(?P<link>\s?[:：]\s?|\s(?=@)|\s(?:is|คือ)\s|\s)" + _VALUE)
_PHONE_LIKE = re.compile(r"0\d{8,9}")
# Words written after "LINE" that name a LINE product or feature, not a person's handle.
_PRODUCT_WORDS_TEXT = (
    "official oa account group chat app pay man notify login call works today shopping tv "
    "my melody gift sticker stickers theme id"
)
_PRODUCT_WORDS = frozenset(_PRODUCT_WORDS_TEXT.split())


class LineIdRecognizer(ThaiRecognizer):
    """LINE IDs after a LINE cue."""

    ENTITIES = ("LINE_ID",)

    def find(self, text: str) -> Iterator[Span]:
        seen: set[int] = set()
        for _, match in anchored(_STRONG_CUES, _STRONG_VALUE, text):
            span = _judge(match, strict=False, score=0.9)
            if span:
                seen.add(span.start)
                yield span
        for cue, match in anchored(_WEAK_CUES, _WEAK_VALUE, text):
            link, value = match.group("link"), match.group("value")
            colon = ":" in link or "：" in link
            if link.isspace() and cue.phrase != "LINE" and not value.startswith("@"):
                continue  # "line 12", "Line manager": only LINE (the brand) takes a bare space
            # "line: error", "LINE is popular": a plain word after these is not a handle.
            strict = cue.phrase == "line" or not colon
            span = _judge(match, strict=strict, score=0.85)
            if span and span.start not in seen:
                yield span


def _judge(match: re.Match[str], strict: bool, score: float) -> Span | None:
    value = match.group("value")
    start, end = match.start("value"), match.end("value")
    while value and value[-1] in ".-":  # "ไลน์ somchai99." ends a sentence
        value, end = value[:-1], end - 1
    handle = value.lstrip("@")
    if len(handle) < 3:
        return None
    if handle.lower() in _PRODUCT_WORDS:
        return None  # "ไลน์ Official", "LINE Pay"
    has_letter = any(ch.isalpha() for ch in handle)
    if not has_letter and not _PHONE_LIKE.fullmatch(handle):
        return None  # "line 12", "line: 42"
    if strict and not value.startswith("@") and handle.isalpha():
        return None  # a plain word, not a handle
    return Span("LINE_ID", start, end, score)
