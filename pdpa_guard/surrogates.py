"""Fake values shaped like real ones, for the vault's optional surrogate mode.

Some prompts work better with realistic values than with ``<PHONE_NUMBER_1>`` (format checks,
"extract the phone numbers" tasks). A surrogate keeps the value's shape: digits become random digits
(with a valid checksum where the type has one, so the model does not "correct" them), letters
become random letters of the same case and script, separators stay. Thai person names are drawn
from PyThaiNLP's name lists, which ship inside its wheel (nothing is downloaded).

Types whose meaning lives in words (addresses, dates, plates, s.26 phrases) have no surrogate: a
random-letter address is gibberish the model would try to fix, so the vault uses a placeholder.
Surrogates are random, never derived from the value, so they reveal nothing about it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache

from stdnum import luhn
from stdnum.th import pin

_THAI_CONSONANTS = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
# (first, last) code points of the digit and letter runs a value may use; each character is
# replaced by a random one of the same run, so script, case and width are kept.
_RUNS = ((0x30, 0x39), (0x0E50, 0x0E59), (0xFF10, 0xFF19), (0x61, 0x7A), (0x41, 0x5A))
_HEX = "0123456789abcdef"

# Title or rank before a name (DESIGN.md PERSON convention): kept so that gender and register stay.
_TITLE = re.compile(
    r"(?:(?:[\u0E01-\u0E4E]{1,4}\.)+|นางสาว|นาง|นาย|คุณ|เด็กชาย|เด็กหญิง|"
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?(?=\s))\s*"
)
_MALE_TITLES = ("นาย", "ด.ช.", "เด็กชาย", "Mr")
_FEMALE_TITLES = ("นาง", "น.ส.", "ด.ญ.", "เด็กหญิง", "Mrs", "Ms", "Miss")
_THAI = re.compile(r"[\u0E00-\u0E7F]")
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
# Mail providers that say nothing about the person; any other domain is reshaped (it may be theirs).
_PUBLIC_MAIL = frozenset({"gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "live.com"})
_TH_SLD = frozenset({"co", "ac", "go", "or", "in", "mi", "net"})


def surrogate(entity_type: str, value: str, rng: random.Random) -> str | None:
    """A random fake value with the shape of ``value``, or None when the type has no surrogate."""
    make = _GENERATORS.get(entity_type)
    return make(value, rng) if make else None


def reshape(value: str, rng: random.Random, keep: int = 0) -> str:
    """Every digit and letter replaced by a random one of the same kind, the first ``keep`` kept.

    >>> len(reshape("AB-123", random.Random(1)))
    6
    """
    out: list[str] = []
    seen = 0
    for ch in value:
        run = _run_of(ch)
        if run is None:
            out.append(ch)
            continue
        seen += 1
        out.append(ch if seen <= keep else _random_in(run, rng))
    return "".join(out)


def _run_of(ch: str) -> tuple[int, int] | str | None:
    code = ord(ch)
    if ch in _THAI_CONSONANTS:
        return _THAI_CONSONANTS
    for first, last in _RUNS:
        if first <= code <= last:
            return first, last
    return None


def _random_in(run: tuple[int, int] | str, rng: random.Random) -> str:
    if isinstance(run, str):
        return rng.choice(run)
    return chr(rng.randint(*run))


def _with_check_digit(
    calc: Callable[[str], str], lengths: range, keep: int
) -> Callable[[str, random.Random], str]:
    """Reshape the digits, then make the last one the checksum of the others (when ``lengths`` fit)."""

    def make(value: str, rng: random.Random) -> str:
        fake = reshape(value, rng, keep)
        positions = [i for i, ch in enumerate(fake) if _is_digit(ch)]
        if len(positions) not in lengths:
            return fake
        digits = "".join(str(_digit_value(fake[i])) for i in positions[:-1])
        last = positions[-1]
        base = ord(fake[last]) - _digit_value(fake[last])  # keep the digit's script (Thai, full-width)
        return fake[:last] + chr(base + int(calc(digits))) + fake[last + 1 :]

    return make


def _is_digit(ch: str) -> bool:
    return ch.isdigit() and _run_of(ch) is not None


def _digit_value(ch: str) -> int:
    run = _run_of(ch)
    assert isinstance(run, tuple)
    return ord(ch) - run[0]


def _phone(value: str, rng: random.Random) -> str:
    # Keep the country code or trunk prefix and the first digit of the number (mobile 06/08/09,
    # Bangkok 02): the fake stays a plausible Thai number of the same kind.
    return reshape(value, rng, keep=3 if value.lstrip().startswith("+") else 2)


def _ip(value: str, rng: random.Random) -> str:
    if _IPV4.fullmatch(value):
        return ".".join(str(rng.randint(1, 254)) for _ in range(4))
    return "".join(rng.choice(_HEX) if ch.lower() in _HEX else ch for ch in value)


def _email(value: str, rng: random.Random) -> str:
    local, at, domain = value.rpartition("@")
    if not at:
        return reshape(value, rng)
    if domain.lower() not in _PUBLIC_MAIL:
        labels = domain.split(".")
        keep = 2 if len(labels) > 2 and labels[-2].lower() in _TH_SLD else 1  # keep ".co.th", ".com"
        domain = ".".join([reshape(label, rng) for label in labels[:-keep]] + labels[-keep:])
    return f"{reshape(local, rng)}@{domain}"


@cache
def _names() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    return (
        tuple(sorted(thai_male_names())),
        tuple(sorted(thai_female_names())),
        tuple(sorted(thai_family_names())),
    )


def _person(value: str, rng: random.Random) -> str:
    title_match = _TITLE.match(value)
    title = title_match.group(0) if title_match else ""
    male, female, family = _names()
    if title.startswith(_FEMALE_TITLES):
        given = female
    elif title.startswith(_MALE_TITLES):
        given = male
    else:
        given = rng.choice((male, female))
    out = [title]
    first = True
    for part in re.split(r"(\s+)", value[len(title) :]):
        if not part or part.isspace():
            out.append(part)
        elif _THAI.search(part):
            out.append(rng.choice(given if first else family))
            first = False
        else:
            out.append(reshape(part, rng))
            first = False
    return "".join(out)


_GENERATORS: dict[str, Callable[[str, random.Random], str]] = {
    "PERSON": _person,
    "PHONE_NUMBER": _phone,
    "EMAIL_ADDRESS": _email,
    "IP_ADDRESS": _ip,
    "TH_NATIONAL_ID": _with_check_digit(pin.calc_check_digit, range(13, 14), keep=1),
    "CREDIT_CARD": _with_check_digit(luhn.calc_check_digit, range(12, 20), keep=1),
    "TH_PASSPORT": reshape,
    "TH_BANK_ACCOUNT": reshape,
    "STUDENT_ID": reshape,
    "MEDICAL_RECORD_NUMBER": reshape,
    "LINE_ID": reshape,
}
