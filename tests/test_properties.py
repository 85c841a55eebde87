"""Property tests of the whole engine: valid identifiers in any formatting are found with the
right type, random digit runs mostly are not (at a rate bounded by their checksums), and
detection never fails or returns offsets outside the text, whatever the input."""

from __future__ import annotations

import math
import random

import phonenumbers
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.th import pin

from pdpa_guard.detect import get_engine
from pdpa_guard.detect.recognizers.credit_card import issuer_matches

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

# Contexts a value is pasted into: none, glued to Thai words (no spaces), English with a colon.
# None of them carries a cue of another type or a negative cue (order, time, ...).
CONTEXTS = ("{}", "ลูกค้า{}ขอเปลี่ยนข้อมูล", "ข้อมูลของคุณแนน {} นะคะ", "note: {}.", "ส่งให้หน่อย{}")


def group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(digits[at : at + size])
        at += size
    return sep.join(parts)


def render(digits: str, sizes: tuple[int, ...], style: str) -> str:
    """One of the ways people write a number: plain, dashed, spaced, or in Thai digits."""
    if style == "dashed":
        return group(digits, sizes, "-")
    if style == "spaced":
        return group(digits, sizes, " ")
    if style == "thai":
        return group(digits, sizes, "-").translate(THAI_DIGITS)
    return digits


STYLES = st.sampled_from(["plain", "dashed", "spaced", "thai"])


def found_as(text: str, value: str, entity_type: str) -> bool:
    """True when the engine reports exactly ``value`` (as it sits in ``text``) as ``entity_type``."""
    start = text.index(value)
    return any(
        f.entity_type == entity_type and f.start == start and f.end == start + len(value)
        for f in get_engine().analyze(text)
    )


@st.composite
def thai_ids(draw: st.DrawFn) -> str:
    body = str(draw(st.integers(1, 8))) + "".join(
        str(d) for d in draw(st.lists(st.integers(0, 9), min_size=11, max_size=11))
    )
    return body + pin.calc_check_digit(body)


@given(thai_ids(), STYLES, st.sampled_from(CONTEXTS))
@SETTINGS
def test_valid_thai_ids_are_found_in_any_formatting(number: str, style: str, context: str) -> None:
    value = render(number, (1, 4, 5, 2, 1), style)
    assert found_as(context.format(value), value, "TH_NATIONAL_ID")


@st.composite
def thai_phones(draw: st.DrawFn) -> tuple[str, tuple[int, ...]]:
    """A valid Thai mobile (10 digits) or landline (9 digits) and the grouping it is written in."""
    if draw(st.booleans()):
        head = draw(st.sampled_from(["06", "08", "09"]))
        number = head + "".join(str(d) for d in draw(st.lists(st.integers(0, 9), min_size=8, max_size=8)))
        sizes: tuple[int, ...] = (3, 3, 4)
    else:
        head = draw(st.sampled_from(["02", "032", "038", "042", "053", "074"]))
        tail = draw(st.lists(st.integers(0, 9), min_size=9 - len(head), max_size=9 - len(head)))
        number = head + "".join(str(d) for d in tail)
        sizes = (2, 3, 4) if head == "02" else (3, 3, 3)
    parsed = phonenumbers.parse(number, "TH")
    assume(phonenumbers.is_valid_number(parsed))
    return number, sizes


@given(thai_phones(), st.sampled_from([*STYLES.elements, "international"]), st.sampled_from(CONTEXTS))
@SETTINGS
def test_valid_thai_phones_are_found_in_any_formatting(
    phone: tuple[str, tuple[int, ...]], style: str, context: str
) -> None:
    number, sizes = phone
    if style == "international":
        value = "+66 " + group(number[1:], (sizes[0] - 1, *sizes[1:]), " ")
    else:
        value = render(number, sizes, style)
    assert found_as(context.format(value), value, "PHONE_NUMBER")


_CARD_PREFIXES = (
    ("4", 16),
    ("51", 16),
    ("55", 16),
    ("2221", 16),
    ("3528", 16),
    ("62", 16),
    ("34", 15),
    ("37", 15),
)


@st.composite
def cards(draw: st.DrawFn) -> tuple[str, tuple[int, ...]]:
    prefix, length = draw(st.sampled_from(_CARD_PREFIXES))
    body = prefix + "".join(
        str(d)
        for d in draw(
            st.lists(st.integers(0, 9), min_size=length - len(prefix) - 1, max_size=length - len(prefix) - 1)
        )
    )
    number = body + luhn.calc_check_digit(body)
    return number, ((4, 6, 5) if length == 15 else (4, 4, 4, 4))


@given(cards(), STYLES, st.sampled_from(CONTEXTS))
@SETTINGS
def test_valid_cards_are_found_in_any_formatting(
    card: tuple[str, tuple[int, ...]], style: str, context: str
) -> None:
    number, sizes = card
    value = render(number, sizes, style)
    assert found_as(context.format(value), value, "CREDIT_CARD")


def _false_alarm_rate(length: int, samples: int, seed: int) -> tuple[float, float]:
    """Share of random ``length``-digit strings the engine reports as anything, and its std. error."""
    rng = random.Random(seed)
    engine = get_engine()
    hits = 0
    for _ in range(samples):
        digits = "".join(rng.choice("0123456789") for _ in range(length))
        hits += bool(engine.analyze(f"ข้อความ {digits} ค่ะ"))
    rate = hits / samples
    return rate, math.sqrt(max(rate, 1 / samples) * (1 - rate) / samples)


def test_random_13_digit_runs_pass_only_at_the_checksum_rate() -> None:
    # Without a cue nothing but the mod-11 check digit tells an ID from a random number. The
    # check digit is (11 - s % 11) % 10, so a random last digit matches it with probability
    # exactly 1/10: persons (first digit 1-8) 8/10 * 1/10, companies (first digit 0) 1/10 * 1/10.
    # Cards need a cue at 13 digits; phones and accounts cannot be 13 digits.
    expected = 0.8 * 0.1 + 0.1 * 0.1  # 9 %
    rate, stderr = _false_alarm_rate(13, 3000, seed=13)
    assert rate < 0.10
    assert abs(rate - expected) < 4 * stderr + 0.005, (rate, expected)


def test_random_10_digit_runs_are_rarely_phones() -> None:
    # A 10-digit run is a phone only if it is a Thai mobile: trunk 0 (1/10) and a mobile range
    # (second digit 1, 6, 8 or 9 at most: 4/10). No cue, so no bank account or other number.
    bound = 0.1 * 0.4
    rate, stderr = _false_alarm_rate(10, 3000, seed=10)
    assert rate <= bound + 4 * stderr, (rate, bound)


def test_random_16_digit_runs_pass_only_at_the_luhn_and_issuer_rate() -> None:
    # A 16-digit run is a card only if its first digits are in an issuer range that issues
    # 16-digit cards (counted exactly over all 4-digit heads) and Luhn holds (1/10).
    issuer_share = sum(issuer_matches(f"{head:04d}" + "0" * 12) for head in range(10_000)) / 10_000
    expected = issuer_share * 0.1
    rate, stderr = _false_alarm_rate(16, 3000, seed=16)
    assert rate < 0.05
    assert abs(rate - expected) < 4 * stderr + 0.005, (rate, expected)


UNICODE_SOUP = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from("0123456789๐๑๒๓๔๕๖๗๘๙ -.:/@+()กขคฮบัญชีโทรHN"),
    ),
    max_size=200,
)


@given(UNICODE_SOUP)
@settings(max_examples=300, deadline=None)
def test_detection_never_raises_and_offsets_stay_in_the_text(text: str) -> None:
    for finding in get_engine().analyze(text):
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.score >= 0.5


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_detection_never_raises_on_arbitrary_text(text: str) -> None:
    for finding in get_engine().analyze(text):
        assert 0 <= finding.start < finding.end <= len(text)
