"""Values that stand for no one: the placeholders of samples, fixtures and test data.

Documentation, form samples and test suites use the same few made-up values everywhere: the Thai
"John Doe" (นายสมชาย ใจดี), Jane Doe, the payment networks' published test cards (4242 4242 4242
4242). Such a value is personal data only when it is someone's; in a text that says it is a sample
or a test ("ข้อมูลสมมติ", "TEST_CARDS", "sandbox", "fixture") it is the placeholder. Both must
hold: a placeholder value in a real record (a customer really named สมชาย ใจดี) and a made-up
value in a test file (a real card pasted into a fixture) are still reported.

A text that says its people are made up (a marketing persona, an exam question's vignette) names
no one: its names are dropped whatever they are, and its s.26 data too unless an identifier in the
text (an HN, a phone) ties it to someone; its identifiers are kept.
"""

from __future__ import annotations

import re

# The text says it holds samples, fixtures or test data.
_SAMPLE_MARKER = re.compile(
    r"(?i)(?<![a-z])(?:test(?:_|\s)?(?:cards?|customers?|data|fixtures?|mode|users?)|fixtures?|sandbox|dummy"
    r"|sample data|fictitious|mock data|placeholder)(?![a-z])|ข้อมูลสมมติ|ข้อมูลทดสอบ|ตัวอย่างการกรอก|ชื่อสมมติ"
    # Test code: a published test card or a placeholder name inside a unit test is its fixture.
    r"|(?<![A-Za-z_])(?:def test_|assert |@pytest|expect\(|(?i:unit tests?|test cases?))"
)

# Placeholder names, with and without a title (compared after collapsing spaces).
PLACEHOLDER_NAMES = frozenset(
    {
        "สมชาย ใจดี", "นายสมชาย ใจดี", "สมหญิง ใจดี", "นางสมหญิง ใจดี", "นางสาวสมหญิง ใจดี", "น.ส.สมหญิง ใจดี",
        "สมศรี ใจดี", "นางสมศรี ใจดี", "John Doe", "Jane Doe", "Mr. John Doe", "Ms. Jane Doe", "John Smith",
        "Jane Smith", "Somchai Jaidee", "Mr. Somchai Jaidee", "Test User", "ทดสอบ ระบบ",
    }
)  # fmt: skip

# The test card numbers the card networks and payment gateways publish (Stripe, Adyen, Braintree,
# Omise, 2C2P documentation): no issuer ever assigns them.
TEST_CARD_NUMBERS = frozenset(
    {
        "4242424242424242", "4000056655665556", "4000000000000002", "4000000000009995", "4000000000000069",
        "4111111111111111", "4012888888881881", "4222222222222", "5555555555554444", "5105105105105100",
        "5200828282828210", "2223003122003222", "378282246310005", "371449635398431", "6011111111111117",
        "3566002020360505", "30569309025904", "6200000000000005",
    }
)  # fmt: skip


# The text says the people in it are made up: a marketing persona, a training case, a story's
# characters ("ตัวละครสมมติ", "fictional customer"). Their names stand for no
# one, whatever they are; identifiers written beside them still count (a real phone number pasted
# into a persona is still someone's).
_FICTION_MARKER = re.compile(
    r"(?i)(?<![a-z])(?:fictional|made-up|imaginary)[ ](?:characters?|personas?|customers?|people|persons?)"
    r"|ตัวละครสมมติ|บุคคลสมมติ|ลูกค้าสมมติ|ชื่อสมมุติ|ตัวละครสมมุติ"
    # an exam or practice question's vignette ("Write distractors for this board-style question: A
    # 53-year-old man ..."). Not "which is the most likely diagnosis?" alone: a doctor asks that
    # about a real patient.
    r"|(?:board[- ]style|practice|exam|mcq|multiple[- ]choice|quiz|usmle) questions?|answer key"
    r"|(?:ออก|เขียน|แต่ง)ข้อสอบ|ข้อสอบปรนัย|โจทย์ข้อสอบ"
)
# (Not "fictitious name" nor "not a real customer": fraud reports say that of a scammer's alias and
# a fake profile, whose names are still to be protected, as are their victims'.)

# Substrings, in lower and in upper case, without one of which _FICTION_MARKER is not looked for: a
# few substring scans in C let most texts skip the case-insensitive regex (which re cannot start
# from a literal). A marker in other mixed case ("Answer Key", "Made-Up") is therefore not seen.
_FICTION_GATES = (
    "ictional", "ICTIONAL", "ade-up", "ADE-UP", "maginary", "MAGINARY", "uestion", "UESTION", "nswer key",
    "NSWER KEY", "สมมติ", "สมมุติ", "ข้อสอบ",
)  # fmt: skip


def declares_fiction(text: str) -> bool:
    """True when ``text`` says the people it names are fictional (see _FICTION_MARKER)."""
    return any(gate in text for gate in _FICTION_GATES) and _FICTION_MARKER.search(text) is not None


def declares_samples(text: str) -> bool:
    """True when ``text`` says it holds samples, fixtures or test data."""
    return _SAMPLE_MARKER.search(text) is not None


def is_placeholder_name(value: str) -> bool:
    return " ".join(value.split()) in PLACEHOLDER_NAMES


def is_test_card(digits: str) -> bool:
    return digits in TEST_CARD_NUMBERS
