"""Text helpers every recognizer shares: digit folding and character-window context.

Thai is written without spaces between words, so token-based context (Presidio's lemma
enhancer) does not work: a cue such as ``เลขบัตรประชาชน`` is glued to the value it describes.
Context is therefore judged in windows of characters before and after a candidate span.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

# Thai (๐-๙) and full-width (０-９) digits fold to ASCII one character for one character, so
# offsets found in the folded text are valid offsets in the original.
_DIGIT_FOLD = str.maketrans(
    {**{chr(0x0E50 + i): str(i) for i in range(10)}, **{chr(0xFF10 + i): str(i) for i in range(10)}}
)


# str.translate looks every character up in a dict, which is slow on non-ASCII text; most
# texts hold no digit to fold, and a regex scan finds that out about twenty times faster.
_FOLDABLE = re.compile("[\u0e50-\u0e59\uff10-\uff19]")


def fold_digits(text: str) -> str:
    """Return ``text`` with Thai and full-width digits replaced by ASCII digits (same length)."""
    if text.isascii() or not _FOLDABLE.search(text):
        return text
    return text.translate(_DIGIT_FOLD)


# The escapes of a JSON (or Python) string literal that change what a reader sees: a non-ASCII
# character, as ``json.dumps`` writes Thai by default (ensure_ascii): "\\u0e2a\\u0e21..."; and line
# breaks, tabs and quotes, as a JSON body pasted into a prompt or a log carries them ("...\\n1234,...").
# Any number of backslashes (JSON inside a JSON string doubles them). Surrogates and ASCII \\uXXXX
# are left alone: no entity is written in them.
_ESCAPE = re.compile(r"\\+(?:[uU]([0-9a-fA-F]{4})|([ntr\"]))")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"'}


def decode_escapes(text: str) -> tuple[str, list[int]] | None:
    """``text`` as its reader sees it, with string-literal escapes decoded, and where each
    character came from.

    Apps paste records into prompts with ``json.dumps``, which escapes Thai, and JSON bodies
    carry their line breaks as ``\\n``: the model reads the name and the lines of a table, so the
    detector must too. Returns None when there is nothing to decode; else the decoded text and
    ``origin``, one entry per decoded character plus one for the end, such that the decoded
    ``[s, e)`` is ``text[origin[s]:origin[e]]``.
    """
    if "\\" not in text:
        return None
    pieces: list[str] = []
    origin: list[int] = []
    done = 0
    for match in _ESCAPE.finditer(text):
        code, simple = match.group(1, 2)
        char = _escaped_char(code) if code is not None else _SIMPLE_ESCAPES[simple]
        if char is None:
            continue
        if match.start() > done:
            pieces.append(text[done : match.start()])
            origin.extend(range(done, match.start()))
        pieces.append(char)
        origin.append(match.start())
        done = match.end()
    if not pieces:
        return None
    pieces.append(text[done:])
    origin.extend(range(done, len(text) + 1))
    return "".join(pieces), origin


def _escaped_char(code: str) -> str | None:
    """The character a \\uXXXX escape stands for, or None for one left alone (ASCII, surrogates)."""
    point = int(code, 16)
    return None if point < 0x80 or 0xD800 <= point <= 0xDFFF else chr(point)


_UNICODE_ESCAPE = re.compile(r"\\+[uU]([0-9a-fA-F]{4})")


def _unescaped(match: re.Match[str]) -> str:
    return _escaped_char(match.group(1)) or match.group()


def reader_value(raw: str) -> str:
    """A found value with its escaped non-ASCII characters as its reader sees them.

    The vault restores a pseudonymised value in the model's answer, which is prose more often than
    an escaped JSON string, and the store hashes values to count people: "\\u0e2a\\u0e21..." and
    "สม..." are one person either way. Other escapes (``\\n``, ``\\"``) are kept as written: they
    are the syntax around a value, and an echo must give them back exactly.
    """
    if "\\u" not in raw and "\\U" not in raw:
        return raw
    return _UNICODE_ESCAPE.sub(_unescaped, raw)


# From a Latin letter to the end of its run of ASCII characters (letters, digits, spaces,
# punctuation) and typographic apostrophes (I’m, O’Brien): one span per stretch of English-like
# text between other (Thai) characters.
_LATIN_STRETCH = re.compile("[A-Za-z][\x00-\x7f\u2019]*")


@functools.lru_cache(maxsize=8)
def latin_stretches(text: str) -> tuple[tuple[int, int], ...]:
    """Spans from each run of ASCII characters' first Latin letter to the run's end, in order.

    Cached per text: several English passes of a recognizer ask about the same text in turn.
    (An English text is one stretch, from its first letter to its end.)
    """
    return tuple(m.span() for m in _LATIN_STRETCH.finditer(text))


def latin_finditer(pattern: re.Pattern[str], text: str, reach: int = 1) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` searched only inside the Latin stretches of ``text``.

    A regex of English words run over a Thai prompt tries its first character class at every
    Thai character; most prompts hold a few Latin words, so searching only their stretches costs a
    fraction. Same matches, in the same order, for any ``pattern`` whose every match

    * starts with a Latin letter and holds ASCII characters (or ’) only, so that it lies inside
      one stretch and no match can start between stretches, and
    * reads at most ``reach`` characters past its end in look-aheads (the search of a stretch
      ends ``reach`` characters after it; look-behinds see the whole text, as ``pos`` allows).
    """
    size = len(text)
    for start, end in latin_stretches(text):
        yield from pattern.finditer(text, start, min(size, end + reach))


def digits_only(value: str) -> str:
    """The ASCII digits of ``value`` (Thai digits folded), e.g. for checksum validation."""
    return "".join(ch for ch in fold_digits(value) if ch.isascii() and ch.isdigit())


def _phrase_regex(phrase: str) -> str:
    """Literal regex for a cue; Latin cues may not start inside a word ("ean" is not in "mean").

    Short Latin cues (4 letters or fewer) may not end inside a word either ("ts" is not in
    "tsunami"); longer ones may, so "order" still cues "orders" and "order_id".
    """
    escaped = re.escape(phrase)
    if phrase[0].isascii() and phrase[0].isalnum():
        escaped = r"(?<![A-Za-z])" + escaped
        if len(phrase) <= 4 and phrase[-1].isascii() and phrase[-1].isalnum():
            escaped += r"(?![A-Za-z])"
    return escaped


class Cues:
    """A set of cue phrases (or regexes), matched case-insensitively near a span.

    Phrases are literal text (escaped); ``patterns`` are regular expressions for cues that need
    shape rather than spelling, such as JSON keys ending in ``_ms``.
    """

    def __init__(self, phrases: Iterable[str] = (), patterns: Iterable[str] = ()) -> None:
        unique = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
        parts = [_phrase_regex(p) for p in unique]
        parts.extend(patterns)
        self._regex = re.compile("|".join(parts), re.IGNORECASE) if parts else None

    def in_text(self, text: str) -> bool:
        """True when any cue occurs anywhere in ``text``."""
        return bool(self._regex and self._regex.search(text))

    def before(self, text: str, start: int, window: int = 40) -> bool:
        """True when a cue ends within ``window`` characters before ``start``."""
        return bool(self._regex and self._regex.search(text, max(0, start - window), start))

    def after(self, text: str, end: int, window: int = 25) -> bool:
        """True when a cue starts within ``window`` characters after ``end``."""
        return bool(self._regex and self._regex.search(text, end, min(len(text), end + window)))

    def near(self, text: str, start: int, end: int, before: int = 40, after: int = 25) -> bool:
        """True when a cue lies in the window around ``text[start:end]``."""
        return self.before(text, start, before) or self.after(text, end, after)
