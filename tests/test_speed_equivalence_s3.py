"""The fast paths of the number-scanning recognizers find exactly what the slow paths found.

Each speed-up below replaced a scan or a loop by a cheaper one that must not change any finding;
these property tests run the fast path against the slow one (kept callable, or restated here) on
generated text full of the characters the patterns care about: digits (ASCII and other scripts),
slashes, glue punctuation, Thai and Latin letters, underscores and spaces. Fabricated values only.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pdpa_guard.detect.recognizers import _numbers, address, ip_address, phone
from pdpa_guard.detect.recognizers._numbers import Prefix
from pdpa_guard.detect.recognizers.base import Span

# Characters the digit-run patterns treat differently: ASCII and non-ASCII digits (Arabic-Indic,
# superscript two, which is a digit to str.isdigit but not to \d), run glue, word characters of
# both scripts (a Thai vowel mark is not one), and the space and line break.
_CHARS = [
    *"0123456789",
    "٣",
    "²",
    "/",
    ".",
    ",",
    ":",
    "-",
    "_",
    "a",
    "Z",
    "ก",
    "ะ",
    "่",
    " ",
    "\n",
    "+",
    "(",
    ")",
]
_CHUNKS = ["12", "99/12", "10110", "50200", "0812345678", "081-234-5678", "2567", "ถนน", "ซอย", "ม.", "Rd."]
_PIECES = st.sampled_from([*_CHARS, *_CHUNKS])
_TEXT = st.lists(_PIECES, min_size=0, max_size=30).map("".join)
_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(_TEXT)
def test_address_number_candidates_keep_every_anchor_of_the_full_digit_scan(text: str) -> None:
    """``_NUMBER_CANDIDATE`` pre-filters the runs of ``_NUMBER``: the same anchors either way."""
    assert address._number_anchors(text) == address._number_anchors(text, address._NUMBER)


def test_address_number_candidates_on_glued_and_foreign_digits() -> None:
    for text in (
        "99/12 ซอย",
        "x12 12x ก12 12ก",
        "1,290 10.2.3 12:30 3-4",
        "٣٤/٥ 12/²",
        "_12 12_ 12/a",
        "01234 51234",
    ):
        assert address._number_anchors(text) == address._number_anchors(text, address._NUMBER), text


def _reference_prefixes(text: str, start: int, end: int) -> list[Prefix]:
    """The original ``prefixes``: one join per prefix."""
    groups = [(m.start(), m.end()) for m in _numbers._GROUP.finditer(text, start, end)]
    out = []
    for count in range(len(groups), 0, -1):
        last_end = groups[count - 1][1]
        digits = "".join(text[s:e] for s, e in groups[:count])
        sizes = tuple(e - s for s, e in groups[:count])
        if count < len(groups):
            following, next_size = text[last_end : groups[count][0]], groups[count][1] - groups[count][0]
        else:
            following, next_size = "", 0
        out.append(Prefix(last_end, digits, sizes, following, next_size))
    return out


@_SETTINGS
@given(_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_prefixes_sliced_from_one_join_equal_one_join_per_prefix(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert list(_numbers.prefixes(text, start, end)) == _reference_prefixes(text, start, end)


def _reference_domestic(text: str, start: int, end: int, context: phone._Context) -> Span | None:
    """The original ``ThaiPhoneRecognizer._domestic``: cues first, then the first valid prefix."""
    if context.blocked(start):
        return None
    for prefix in _reference_prefixes(text, start, end):
        if len(prefix.digits) not in (9, 10) or not phone._thai_grouping(prefix.sizes):
            continue
        if not (prefix.splits_cleanly(1) or phone._is_line_range(prefix)):
            continue
        if phone._DATE_LIKE.fullmatch(text[start : prefix.end]):
            continue
        kind = phone.THAI_NUMBERS.kind(prefix.digits)
        if kind is None:
            continue
        cue = context.score(start, prefix.end)
        if cue is None:
            return None
        if not cue:
            grouped = len(prefix.sizes) > 1
            cue = (0.8 if grouped else 0.7) if kind == "mobile" else (0.7 if grouped else 0.55)
        return Span("PHONE_NUMBER", start, phone.ThaiPhoneRecognizer._with_extension(text, prefix.end), cue)
    return None


_PHONE_DIGITS = ["0", "8", "1", "2", "5", "9", " ", "-", ".", "/", "02", "081", "234", "5678", "12-03-2567"]
_PHONE_WORDS = ["โทร ", "บัญชี ", "order ", "ต่อ 12", "ราคา ", "x", "ก", "\n"]
_PHONE_PIECES = st.sampled_from([*_PHONE_DIGITS, *_PHONE_WORDS])


@_SETTINGS
@given(st.lists(_PHONE_PIECES, min_size=1, max_size=25).map("".join))
def test_domestic_runs_judged_before_cues_are_looked_up_give_the_same_phones(text: str) -> None:
    """A run's first valid prefix is now found before the text's cues are read: same spans."""
    recognizer = phone.ThaiPhoneRecognizer()
    context = phone._Context.of(text)
    for run in phone._DOMESTIC.finditer(text):
        if run.end() - run.start() < 9:
            continue
        found = phone._domestic_prefix(text, run.start(), run.end())
        fast = None if found is None else recognizer._domestic(text, run.start(), found, context)
        assert fast == _reference_domestic(text, run.start(), run.end(), context), text


@_SETTINGS
@given(_TEXT)
def test_ipv4_needs_three_dots(text: str) -> None:
    """The dot count gate skips only texts in which the IPv4 pattern cannot match."""
    if text.count(".") < 3:
        assert ip_address._IPV4.search(text) is None


def test_every_address_cue_holds_a_hint() -> None:
    """The cue search before an address is skipped where no hint is: every cue must hold one."""
    for phrase in address._ADDRESS_CUE_PHRASES:
        for variant in (phrase, phrase.upper(), phrase.title()):
            assert address._ADDRESS_CUE_HINT.search(variant), variant


_CUE_PIECES = st.sampled_from(
    [
        *address._ADDRESS_CUE_PHRASES,
        "ADDRESS",
        "Shipping",
        "İ",
        "ı",
        "ADDR:",
        "อยู่",
        " ",
        "ก",
        "d",
        "x",
        "12",
        "ถนน",
    ]
)


@_SETTINGS
@given(st.lists(_CUE_PIECES, min_size=0, max_size=12).map("".join), st.integers(0, 200))
def test_address_cue_gate_answers_as_the_cue_search(text: str, at: int) -> None:
    start = min(at, len(text))
    assert address._address_cue_before(text, start) == address.ADDRESS_CUES.before(text, start, 30)
