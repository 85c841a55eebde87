"""PDPA s.26 sensitive data: health, religion, ethnicity, politics, crime, sex, disability, unions, genes, biometrics.

Each category is its own entity type (``HEALTH_DATA``, ``RELIGION``, ``ETHNICITY``,
``POLITICAL_OPINION``, ``CRIMINAL_RECORD``, ``SEXUAL_BEHAVIOUR``, ``DISABILITY``, ``TRADE_UNION``,
``GENETIC_DATA``, ``BIOMETRIC_DATA``). The words are data, not code, under
``pdpa_guard/detect/data/sensitive/``: one lexicon per category (``health_data.txt`` for
``HEALTH_DATA``, ...) and ``_context.txt`` for the cues. Both formats are documented at the top of
every file and in full in :mod:`pdpa_guard.detect.recognizers.sensitive_lexicon`; in short::

    <entity_type>.txt   TERM [| MODE [| SCORE [| FLAGS]]]
                        MODE: strong | person (default) | part | not | field | value | code
                        FLAGS: cs (case-sensitive Latin)
    _context.txt        CUE | KIND [| ENTITY_TYPES]      (CUE may be re:REGEX)
                        KIND: anchor | role | predicate | after | generic | hedge | org | orgafter |
                              demote | modal | document | advice
    '#' starts a comment; columns are separated by " | ".

Why it works this way
    Most s.26 words are ordinary words: ``เบาหวาน`` in a health article, ``พุทธศาสนา`` in a news
    item about a holiday, ``fingerprint`` in a TLS log are not data about a person. What makes them
    personal data is a person they are said about. So a term is reported when

    - it is *strong* (the phrase itself states a fact about someone: ``ต้องโทษจำคุก``,
      ``ป่วยเป็นโรค...``, ``บัตรคนพิการ``), or it is *evident* from its shape: a form field with a
      value, a lab value with a number, an ICD-10 code after an ICD cue; or
    - it is a *person* term and a person cue lies near it: an *anchor* (a title and name, a
      pronoun, an age, an HN) or a *role* (ผู้ป่วย, ลูกค้า, employee; an English role in the
      plural, "students", is a group and does not count) within a character window,
      and/or a *predicate* right before it (เป็น, นับถือ, diagnosed with, is a);

    and no *generic* cue (statistics, how-to, law, products, holidays, animals) says the text is
    about the world rather than about someone, and a person term is not part of an organisation's
    name (``โรงพยาบาลมะเร็ง``, ``ธนาคารอิสลาม``, ``Cancer Society``). *Hedges* (ควร, อธิบาย,
    should) are weaker: prompts are full of instructions, so they only count against a person
    term that has neither a predicate nor an anchor, or a strong phrase with no person at all.
    A *modal* right before a predicate (``ต้อง`` + ``ส่ง`` + ``ภาพใบหน้า``, "must submit") states
    a rule for anyone: the predicate does not count and the context is generic.
    A nominaliser right before a strong phrase (*demote*: ``การ`` + ``ตรวจพันธุกรรม``, the act in
    general) makes it a person term. A record that identifies its subject once (an HN, an ID
    number, a ``ชื่อ:`` field: *document* cues) lends +0.2 to person terms far from any cue.

    Whose data is it? Every finding says whether it names its subject (``Span.anchored``): an
    anchor, a role in a statement (neither generic nor merely hedged), a filled-in field or a
    document cue. One that does not (a strong phrase or a predicate alone: "ป่วยเป็นโรคเบาหวานแล้ว
    กินทุเรียนได้ไหม") is kept by the engine only where the document or exchange also holds an
    identifier (:mod:`pdpa_guard.detect.subject`).

    A name without a title ("ระตา เณรานุสนธิ์ ชาวกะเหรี่ยง") is an anchor too: when a nearby person
    would lift a candidate over the threshold, the PERSON recognizer is run once on the text (not a
    doctor's name, not for a topic, not on another line unless it is close, and not when the term is
    itself part of a name or an identifier such as ``sunni_x@...``). A term that only labels a value
    ("Family hx / genetic: <value>", "บันทึกจิตแพทย์ (ย่อ): ...") gives way to the value reported
    after it on its line, and the key of a blank form field ("เชื้อชาติ ______") reports nothing.

    The name of a category (a *topic*: ``ศาสนา``, ``ความพิการ``, ``sexual orientation``,
    ``biometric data``) is not a value of it: with no person cue at all it stays below the
    threshold whatever its base. Laws, policies, consent forms and non-discrimination clauses
    name several categories in a row ("เชื้อชาติ ศาสนา เพศ ความพิการ หรือความคิดเห็นทางการเมือง");
    a run of three or more hits of two or more categories, two of them topics, joined only by
    commas, และ/หรือ and at most one other short word, is such an *enumeration*, and each of its
    items is judged as if a generic cue were next to it. A record lists values ("Muslim, Malay,
    HIV positive"), not topics, so it is not an enumeration.

    Tables and lists about categories are not about people either: a table of counts (a header
    of measures such as จำนวน/share/a year over rows of one label and numbers) or a code list
    (``| รหัส | ประเภทความพิการ |``) reports nothing, and its header gives no column values; a
    line listing three or more values of a category a person has one of (ethnic groups in a
    syllabus, religions as options) is generic. A header cell that yields column values gives
    way to them (``| เชื้อชาติ |`` over ``| มอญ |``).

Scores (see :func:`score`; the engine drops < 0.5)
    evident  base (field 0.9, value 0.6, code 0.9) + 0.05 with a person cue;
             -0.2 with generic context and no anchor.
    strong   base (0.85 default) + 0.1 anchor | 0.05 role, + 0.05 predicate; with generic
             context: -0.1 with an anchor, -0.2 with a role, else capped at 0.45; with only a
             hedge and no person cue: capped at 0.45.
    person   base (0.35 default) + 0.4 anchor | 0.3 role | 0.2 document, + 0.3 predicate (or an
             *after* cue); with generic context (or a hedge and neither predicate nor anchor):
             -0.5 without a person cue, else -0.3 (-0.2 when a predicate is there too).
             Dropped next to an org word.
    So a weak word alone (0.35) is dropped, "ลูกค้าเป็นเบาหวาน" scores 0.95, "เป็นเบาหวาน" 0.65,
    "ผู้ป่วยเบาหวานควรลดน้ำตาล" 0.35. Ambiguous words get a lower base in their lexicon
    (``christian`` 0.05, ``DM`` 0.1) so that they need both a person and a predicate.

How the text is matched
    Thai has no spaces between words, so matching is on characters: one Aho-Corasick automaton
    (pyahocorasick, built once per process) over the text with letters folded to lower case
    (same length, so offsets hold). A Thai term may not start after a leading vowel (เ แ โ ใ ไ)
    nor end before a combining mark or a silenced consonant (``ยีน`` is not in ``ยีนส์``); a Latin
    term may not touch another Latin letter or digit (a plural 's' is allowed); the remaining
    clashes are ``not`` entries (``คริสต์มาส``, ``พุทธศักราช``, ``สหภาพยุโรป``). Adjacent hits of one
    category, or a list of them joined by และ/หรือ/commas, merge into one span (``นับถือ`` +
    ``ศาสนา`` + ``อิสลาม``), judged as a whole. Context cues are matched by a second automaton only
    inside windows around the candidates, so a text without any s.26 term costs one pass. A regex
    cue whose matches all start with one of a few literals (``นาย``, ``คุณ``, ``HN``, ``mr``) is
    in that automaton too, by those literals, and tried with one ``match`` where one occurs; the
    few left (they start with a digit) are searched in the windows from their first digit.
    Biometric templates and genetic variants are data by their shape rather than a word (a blob
    under ``face_vec_hash=``, ``c.3113G>A``): :mod:`sensitive_shapes` adds them as hits, and
    drops a category's name that only labels a consent flag or a setting's key.

Across categories
    A hit may take in a hit of another category (lexicon flags ``absorb_next``/``absorb_prev``):
    a carrier of a hereditary disease (``พาหะ`` + ``โรคฮีโมฟีเลีย``, ``thalassemia`` + ``trait``)
    is one ``GENETIC_DATA`` phrase, not also an illness; when a longer phrase of another category
    holds the carrier word (``พาหะเชื้อ``, an infection) the absorber stands down. A part may frame
    a capitalised proper name (``name_next``/``name_prev``: ``ethnic`` + ``Hmong``, ``Peranakan``
    + ``descent``), since no lexicon lists every group. A Latin form key of several words is found
    in every spelling (``chief complaint``, ``chief_complaint``, ``chiefComplaint``).
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from re import _constants as _sre
from re import _parser as _sre_parser
from typing import Any, NamedTuple

import ahocorasick

from pdpa_guard.detect.catalogue import SENSITIVE_TYPES
from pdpa_guard.detect.recognizers._cues import RawFamily, lowered_for_cues
from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer
from pdpa_guard.detect.recognizers.cued_numbers import split_cells
from pdpa_guard.detect.recognizers.public_figures import names_office_holders
from pdpa_guard.detect.recognizers.sensitive_lexicon import (
    KINDS,
    Cue,
    Term,
    load_context,
    load_lexicons,
)
from pdpa_guard.detect.recognizers.sensitive_shapes import label_only, shape_hits

# Same-length case folding (str.lower() can change the length of some non-ASCII letters).
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)

_THAI_LEADING_VOWELS = frozenset("เแโใไ")
# Marks that attach to the consonant before them: above/below vowels, sara am, tone marks,
# thanthakhat. A match ending right before one of them cuts a syllable in two.
_THAI_COMBINING = frozenset(chr(c) for c in (0x0E31, 0x0E33, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)))
_THANTHAKHAT = "\u0e4c"

# Windows (characters) in which a person or generic cue counts; a predicate or an organisation
# word must sit right against the term.
ANCHOR_BEFORE, ANCHOR_AFTER = 100, 50
GENERIC_BEFORE, GENERIC_AFTER = 60, 60
# An instruction ("อธิบาย...", "Explain ...") usually opens or closes a short prompt.
HEDGE_BEFORE, HEDGE_AFTER = 200, 100
WINDOW_BEFORE = max(ANCHOR_BEFORE, GENERIC_BEFORE, HEDGE_BEFORE)
WINDOW_AFTER = max(ANCHOR_AFTER, GENERIC_AFTER, HEDGE_AFTER)
PREDICATE_GAP = 3
_GAP_CHARS = frozenset(" \t:：-\u00a0\u200b")

# The value after a form/JSON key: optional closing quote, ':' or '=', optional opening quote.
# A value stops at a line end, a tab, two spaces or the next "key:" ("เชื้อชาติ: ไทย  ศาสนา: พุทธ").
_VALUE = r"""(?P<v>\[[^\]\n]{1,400}\]?|[^\s"',;{}\[\]|<>:：](?:[^\s"',;{}\[\]|<>:：]|(?<! ) (?! )){0,59})"""
# A payload key may carry a suffix for its language or form ("diagnosis_text", "religion_th"):
# the value is still the category's.
_KEY_SUFFIX = r"(?:[_-](?:text|th|en|thai|eng|desc|description|detail|details|label|name|raw))?"
_FIELD_VALUE = re.compile(_KEY_SUFFIX + r"""["']?[ \t]*[:：=][ \t]*["']?[ \t]*""" + _VALUE)
# In a form laid out with tabs or runs of spaces the colon is often left out ("ศาสนา พุทธ").
_FORM_VALUE = re.compile(r"[ \t]+" + _VALUE)
_NONE_VALUES = frozenset(
    {
        "-",
        "--",
        "none",
        "null",
        "nil",
        "n/a",
        "na",
        "no",
        "false",
        "unknown",
        "ไม่มี",
        "ไม่ระบุ",
        "ไม่ทราบ",
        "ปฏิเสธ",
        "ไม่มีโรคประจำตัว",
    }
)
# A measurement after an analyte name: "HbA1c 8.2%", "ความดัน 150/90 mmHg", "CD4: 350 cells/mm3",
# also as a JSON number after a quoted key ("face_match_score":0.62).
# Pressure in bar/psi or a voltage is a tyre or a pump, not a patient; a count of boxes, bottles
# or packs is stock or sales ("ยาลดความดัน 1,250 กล่อง"), not a reading.
_MEASUREMENT = re.compile(
    r"""["']?[ \t]*(?:[:=]|is|of|คือ|เท่ากับ|อยู่ที่|ได้)?[ \t]*\d+(?:[.,/]\d+)?(?!\d|[.,/]\d)"""
    r"(?![ \t]*(?:bar|psi|kpa|pa|atm|บาร์|ปอนด์|กิโลปาสกาล|v|w|kw|hp|rpm|ลิตร)(?![a-z]))"
    # A reference range ("FBS 70-99 mg/dL", "Creatinine 0.6-1.2") or a price ("HbA1c 250 บาท") in a
    # lab's table is about the test, not a patient's result.
    r"(?![ \t]*[-–~][ \t]*\d)(?![ \t]*(?:บาท|baht|thb|฿)(?![a-z]))"
    r"(?![ \t]*(?:กล่อง|ขวด|แผง|แพ็ค|แพ็ก|ลัง|ซอง|หลอด|ชิ้น|boxe?s?|bottles?|packs?|cartons?|units?|pcs|sachets?)"
    r"(?![a-z]))"
    r"(?:[ \t]*(?:%|mg/dl|mmol/l|mmhg|copies/ml|cells/mm3|cells/ul|ml/min|มก\.?/ดล\.?|มม\.?ปรอท))?",
    re.IGNORECASE,
)
# ICD-10 codes (U is reserved) after an ICD cue, optionally a list: "ICD-10: E11.9, I10".
_ICD_CODES = re.compile(
    r"[ \t]*[:=\-]?[ \t]*[(\[]?(?:[A-TV-Z]\d{2}(?:\.\d{1,2})?)(?![A-Za-z0-9])"
    r"(?:[ \t]*[,/;][ \t]*[A-TV-Z]\d{2}(?:\.\d{1,2})?(?![A-Za-z0-9]))*"
)

# A quantifier glued before a Thai key makes it a noun phrase about every value, not a form
# label: "ทุกศาสนา: ...", "แต่ละเชื้อชาติ: ...", "หลายศาสนา: ..." head a policy or a summary.
_QUANTIFIERS = ("ทุก", "แต่ละ", "หลาย", "บาง", "ต่าง")
# A column's or an attribute's declared type, where a schema, a model class or an API spec puts
# the value: "disability_type TEXT", "religion: str", "ethnicity VARCHAR(50) NULL".
# A field's value that opens with the organisation as its subject is a policy's statement, not a value.
_ORG_VALUE = re.compile(r"(?:บริษัท|ธนาคาร|องค์กร|โรงพยาบาล|ทางบริษัท|ทางธนาคาร|(?i:the company|the bank|we |our ))")
_IDENTIFIER_VALUE = re.compile(r"[a-z][a-z0-9]*_[a-z0-9_]+")
_TYPE_NAME = re.compile(
    r"(?i)(?:text|varchar|nvarchar|char|string|str|int|integer|bigint|smallint|bool|boolean|date|datetime"
    r"|timestamp|timestamptz|json|jsonb|enum|float|double|numeric|decimal|uuid|list|dict|optional)"
    r"(?:\(\d{1,5}\))?(?:[ \t]*(?:\|[ \t]*None|NULL|NOT[ \t]+NULL|=[ \t]*None))?[,;]?"
)
_EXPLICITLY_NONE = -2  # a field whose value says "none": the key's other readings are hidden too
_EVIDENT = frozenset({"field", "value", "code", "lead"})  # the shape itself is the evidence
# The value a lead phrase introduces: one unspaced phrase ("กระดูกไหปลาร้าหัก"), plus a size
# ("แผลฉีกขาด 5 เซนติเมตร"); it must start with a letter (not "ได้รับบาดเจ็บ 2 ราย").
_LEAD_VALUE = re.compile(
    r"[ \t]?(?P<v>[\u0e01-\u0e2e\u0e40-\u0e44][^\s,;:()\[\]{}\"'|<>!?。]{1,59}"
    r"(?:[ \t]\d+(?:[.,]\d+)?[ \t]?(?:เซนติเมตร|ซม\.|cm|มิลลิเมตร|มม\.|mm|นิ้ว|เข็ม|แผล))?)"
)
# Words that end in การ without it being the nominaliser (บริการ + ติดเชื้อ is not การติดเชื้อ).
_NOT_NOMINALISER = ("บริการ", "ราชการ", "กิจการ", "อาการ", "วิชาการ", "คณะกรรมการ", "กรรมการ")
# A table (CSV, TSV, a Markdown or pipe table): a header cell that is exactly a field key makes
# every cell below it a value of that key ("hn,name,dx" + "123,...,โรคสะเก็ดเงิน").
_CELL_DELIMITERS = ("\t", "|", ",", ";")
_TABLE_RULE = frozenset("|-:+ \t")
MAX_TABLE_ROWS = 500
_STRONG = frozenset({"strong"})
MIN_SCORE = 0.3  # below this a candidate is not worth yielding
TOPIC_ALONE = 0.45  # a category's name with no person cue at all stays below the threshold
ENUMERATION_MIN = 3  # hits in a row that make a list of categories (with 2+ categories, 2+ topics)
REPORT_THRESHOLD = 0.5  # the engine's default threshold (engine.DEFAULT_THRESHOLD)
DEMOTED_BASE = 0.4  # a strong phrase after a nominaliser (การ...) is judged as a person-mode word


# An English key is a form field only where a field can start ("Explain the diagnosis: ..." is
# prose); Thai forms put fields after plain spaces (ชื่อ ... ศาสนา: อิสลาม), so Thai keys are exempt.
_FIELD_OPENERS = frozenset("\n\t{[,;|\"'-*•.:(")


def _starts_field(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    return i < 0 or text[i] in _FIELD_OPENERS  # a tab opens a column (TSV, tab-laid forms)


# The one character that ``str.lower`` lengthens ("İ" -> "i̇"), in every Unicode version so far:
# SpecialCasing.txt has no other unconditional lower-case mapping longer than one character.
_LENGTHENING = "\u0130"


def _fold(text: str) -> str:
    """Lower-case ``text`` without changing any offset.

    ``str.lower`` is fast but may lengthen a few characters ("İ"); then fall back to folding ASCII
    letters only, which keeps every offset.
    """
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


def _fold_text(text: str) -> str:
    """:func:`_fold` of the analysed text, taken from the shared cue pass when it is the same.

    Without "İ", ``text.lower()`` keeps every offset and is what the shared pass scans; it is
    cached there for the text every recognizer receives, so this is a look-up (and the later
    ``lowered_for_cues(text) == folded`` checks compare a string with itself). Only for the
    whole text: a substring would push that text out of the small cache.
    """
    return lowered_for_cues(text) if _LENGTHENING not in text else _fold(text)


def _in_form_layout(text: str, start: int) -> bool:
    """The key opens a line or a column: start, line break, tab, a run of spaces or a bar."""
    if start == 0 or text[start - 1] in "\n\t|":
        return True
    return text[max(0, start - 2) : start] == "  "


_PROSE_STARTS = ("เป็น", "คือ", "ที่", "และ", "ของ", "ใน", "จะ", "มี", "is ", "are ", "the ", "of ")


def _closes_column(text: str, end: int, value: str) -> bool:
    if len(value) > 25 or value.casefold().startswith(_PROSE_STARTS):
        return False
    return end == len(text) or text[end] in "\n\t|" or text[end : end + 2] == "  "


# A YAML block list under a key ("conditions:" + "  - chronic hepatitis B" lines).
_LIST_KEY_END = re.compile(r"""["']?[ \t]*:[ \t]*\r?\n""")
_LIST_ITEM = re.compile(r"""[ \t]*- [ \t]*["']?(?P<v>[^\n"']*[^\s"'])""")
MAX_LIST_ITEMS = 50


def _list_items(text: str, end: int) -> list[tuple[int, int]]:
    """The items of a YAML (or Markdown) list right under the key ending at ``end``, else [].

    An underwriting or intake payload lists conditions one per line below their key; each item
    is a value of that key as a cell is of its column. The list ends at the first other line;
    "none" items are not values.
    """
    key_end = _LIST_KEY_END.match(text, end)
    if key_end is None:
        return []
    values: list[tuple[int, int]] = []
    pos = key_end.end()
    for _ in range(MAX_LIST_ITEMS):
        item = _LIST_ITEM.match(text, pos)
        if item is None:
            break
        value = item.group("v")
        if value.casefold() not in _NONE_VALUES and any(ch.isalpha() for ch in value):
            values.append(item.span("v"))
        pos = item.end()
        newline = text.find("\n", pos)
        if newline < 0 or text[pos:newline].strip(" \t\r\"'"):
            break
        pos = newline + 1
    return values


def _column_values(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells under ``text[start:end]`` when it is a whole header cell of a table, else [].

    A CSV export, a TSV paste or a Markdown table names its columns once; the values below
    (``โรคสะเก็ดเงิน``, ``อิสลาม``) carry no cue of their own. Rows end at the first line with a
    different number of cells; a rule line (``|---|---|``) is skipped; empty and "none" cells
    are not values.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        return []  # a header with no row below it
    header = text[line_start:line_end]
    delimiter = next((d for d in _CELL_DELIMITERS if d in header), None)
    if delimiter is None or _statistics_table(text, start):
        return []  # "religion,share_pct" + "Islam,6.0": groups counted, not anyone's value
    before = text[line_start:start]
    cell_start = before.rfind(delimiter) + 1
    after = text.find(delimiter, end, line_end)
    cell_end = line_end if after < 0 else after
    if text[line_start + cell_start : start].strip(" \"'`*") or text[end:cell_end].strip(" \"'`*"):
        return []  # the key is part of a longer header ("dx_date") or of prose
    column = before.count(delimiter)
    width = header.count(delimiter)
    values: list[tuple[int, int]] = []
    pos = line_end + 1
    for _ in range(MAX_TABLE_ROWS):
        if pos >= len(text):
            break
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        row = text[pos:stop].rstrip("\r")
        if row.count(delimiter) != width:
            break
        if not _TABLE_RULE.issuperset(row):
            offset = pos
            for index, cell in enumerate(row.split(delimiter)):
                if index == column:
                    value = cell.strip(" \"'`*")
                    if value and value.casefold() not in _NONE_VALUES and any(ch.isalpha() for ch in value):
                        first = offset + cell.index(value)
                        values.append((first, first + len(value)))
                    break
                offset += len(cell) + 1
        pos = stop + 1
    return values


# A table of counts (a statistic): every row is one label and numbers ("Buddhism,93.6",
# "เมาแล้วขับ;48792;48905", "2565 | 1,335 | 627,923 | 1.6%") under a header that names measures
# (share, จำนวน, ร้อยละ, a year). Its labels are groups counted, not anyone's data; a record
# names its person in a column (ชื่อ, HN, id), and then it is not a statistic. A code list
# ("| code | ประเภทความพิการ |", "| 1 | ทางการมองเห็น |") defines the categories themselves.
_STAT_DELIMITERS = ("\t", "|", ";", ",")  # ";" before ",": "ลักทรัพย์;31,898;25,616"
_STAT_HEADER = re.compile(
    r"จำนวน|ร้อยละ|สัดส่วน|อัตรา|เปอร์เซ็นต์|สถิติ|ค่าเฉลี่ย|\((?:คน|ราย|คดี|แห่ง)\)|%"
    r"|ประชากร|(?<![a-z])(?:counts?|share|pct|percent|percentage|rate|total|number|avg|mean|median|ratio|freq"
    r"|population|visits|cases|admissions|deaths|encounters|episodes)(?![a-z])"
    r"|^(?:ปี|พ\.ศ\.|ค\.ศ\.|year|n|(?:19|20|25)\d\d)$",
    re.IGNORECASE,
)
_ID_HEADER = re.compile(
    r"ชื่อ|นามสกุล|รหัส|เลขประจำตัว|เลขบัตร|ผู้ป่วย|พนักงาน|ลูกค้า"
    r"|(?<![a-z])(?:names?|hn|id|mrn|emp|patient|employee|customer|client|member|staff|student)(?![a-z])",
    re.IGNORECASE,
)
_NUMBER_CELL = re.compile(r"[+\-−~]?\d[\d,. ]*%?")
# A code list names its codes or options; a code is one to three letters or digits.
_LOOKUP_HEADER = re.compile(
    r"รหัส|ตัวเลือก|(?<![a-z])(?:code|codes|value|key|option|options|enum)(?![a-z])", re.IGNORECASE
)
_SHORT_CODE = re.compile(r"[A-Za-z0-9]{1,3}")
# A classification code in a table of counts: an ICD-10 code (B20, N18.4, E11.9) or a short code.
_CODE_CELL = re.compile(r"[A-Z]\d{2}(?:\.\d{1,2})?|[A-Za-z0-9]{1,3}")
STAT_ROWS_MIN = 2
STAT_SCAN_LINES = 200  # how far up and down a table is followed


def _cells(line: str, delimiter: str) -> list[str]:
    """The stripped cells of a table line; the empty edge cells of a Markdown row are dropped."""
    cells = [c.strip(" \"'`*\r") for c in line.split(delimiter)]
    if delimiter == "|" and cells and not cells[0]:
        cells = cells[1:]
    if delimiter == "|" and cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def _has_number(line: str, delimiter: str) -> bool:
    return any(_NUMBER_CELL.fullmatch(c) for c in _cells(line, delimiter))


def _row_below(text: str, line_end: int) -> str:
    """The first line after ``line_end`` that is not a Markdown rule (``|---|---|``)."""
    pos = line_end + 1
    for _ in range(2):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        row = text[pos:stop]
        if not _TABLE_RULE.issuperset(row) or not row:
            return row
        pos = stop + 1
    return ""


def _statistics_table(text: str, pos: int) -> bool:
    """The line holding ``pos`` belongs to a table about categories, not people: a table of counts
    (see ``_STAT_HEADER``) or a code list.

    The block is the run of lines with as many delimiters as this one; its first line is the
    header.
    """
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    delimiter = None
    for candidate in _STAT_DELIMITERS:
        if candidate in line:
            delimiter = candidate
            break
    if delimiter is None or _DIGIT.search(text, line_start, line_start + 2000) is None:
        return False
    # Prose with commas is no table: a row of counts, or the header right above one, has a number.
    if not (_has_number(line, delimiter) or _has_number(_row_below(text, line_end), delimiter)):
        return False
    width = line.count(delimiter)
    lines = [line]
    start = line_start
    for _ in range(STAT_SCAN_LINES):  # up to the header
        if start == 0:
            break
        above_start = text.rfind("\n", 0, start - 1) + 1
        above = text[above_start : start - 1]
        if above.count(delimiter) != width:
            break
        lines.insert(0, above)
        start = above_start
    end = line_end
    for _ in range(STAT_SCAN_LINES):  # down to the last row
        if end >= len(text):
            break
        below_end = text.find("\n", end + 1)
        below_end = len(text) if below_end < 0 else below_end
        below = text[end + 1 : below_end]
        if below.count(delimiter) != width:
            break
        lines.append(below)
        end = below_end
    header = _cells(lines[0], delimiter)
    rows = [_cells(row, delimiter) for row in lines[1:] if not _TABLE_RULE.issuperset(row)]
    # The caption right above the table may name the measure its header leaves out ("ตารางสถิติ
    # ทะเบียนราษฎร:" over "กลุ่มชาติพันธุ์ | ผู้ได้รับสัญชาติปี 2568 | คำขอค้าง").
    caption = text[text.rfind("\n", 0, start - 1) + 1 : start - 1] if start else ""
    return _lookup_table(header, rows) or _counts_table(header, rows, _STAT_CAPTION.search(caption) is not None)


# A line of a count list written without delimiters: "กะเหรี่ยง 2040", "Hmong  528", "ม้ง 12.5%".
_COUNT_LINE = re.compile(r"[ \t]*[^\d\n|,;\t]{1,40}?[ \t]+[\d][\d,.]*[ ]?%?[ \t]*")
COUNT_HEADER_LINES = 2  # how far above the block its heading may be


def _count_lines(text: str, line_start: int) -> bool:
    """The line at ``line_start`` is one of at least STAT_ROWS_MIN "label number" lines under a
    heading that names a measure ("จำนวนนักเรียน ... จำแนกตามกลุ่มชาติพันธุ์" over "กะเหรี่ยง 2040",
    "ม้ง 528"): a table of counts without delimiters."""

    def line_at(start: int) -> tuple[int, int]:
        end = text.find("\n", start)
        return start, len(text) if end < 0 else end

    start, end = line_at(line_start)
    if not _COUNT_LINE.fullmatch(text, start, end):
        return False
    first = start
    rows = 1
    while first > 0:  # up the block
        above = text.rfind("\n", 0, first - 1) + 1
        if not _COUNT_LINE.fullmatch(text, above, first - 1):
            break
        first, rows = above, rows + 1
    at = end
    while at < len(text) and rows < STAT_ROWS_MIN:  # down, until enough rows are seen
        below, below_end = line_at(at + 1)
        if not _COUNT_LINE.fullmatch(text, below, below_end):
            break
        at, rows = below_end, rows + 1
    if rows < STAT_ROWS_MIN:
        return False
    heading_start = first
    for _ in range(COUNT_HEADER_LINES):
        if heading_start == 0:
            break
        heading_start = text.rfind("\n", 0, heading_start - 1) + 1
    return _STAT_HEADER.search(text, heading_start, first) is not None


def _lookup_table(header: list[str], rows: list[list[str]]) -> bool:
    """A code list: "| code | ประเภทความพิการ |" over "| 1 | ทางการมองเห็น |", "| 2 | ... |".

    Each row is a short code and one label, the labels all differ, and the header names codes or
    options; a record's column of IDs holds long numbers (an HN, an employee number).
    """
    if not any(_LOOKUP_HEADER.search(c) for c in header) or len(rows) < STAT_ROWS_MIN:
        return False
    labels = []
    for cells in rows:
        codes = [c for c in cells if _SHORT_CODE.fullmatch(c)]
        named = [c for c in cells if c and not _SHORT_CODE.fullmatch(c)]
        if not codes or len(named) != 1:
            return False
        labels.append(named[0])
    return len(set(labels)) == len(labels)


_DIMENSION_HEADER = re.compile(
    r"จังหวัด|อำเภอ|เขต|ภาค|ภูมิภาค|ปี|เดือน|ไตรมาส"
    r"|(?<![a-z])(?:province|district|region|area|zone|year|month|quarter|period|date)(?![a-z])",
    re.IGNORECASE,
)


_STAT_CAPTION = re.compile(r"สถิติ|ร้อยละ|จำนวน|(?i:statistics|counts|totals?|breakdown)(?![a-z])")


def _counts_table(header: list[str], rows: list[list[str]], captioned: bool = False) -> bool:
    """A statistic: the header (or, with ``captioned``, the table's caption) names a measure and
    the header no identifier, and at least two rows, and two thirds of them, are one label and
    numbers."""
    measures = [bool(_STAT_HEADER.search(c)) for c in header]
    # "จำนวนผู้ป่วย" and "patient_count" count people; a bare "ผู้ป่วย" or "name" column names them.
    if not (any(measures) or captioned) or any(
        _ID_HEADER.search(c) and not m for c, m in zip(header, measures, strict=True)
    ):
        return False
    # A column of places or periods breaks the counts down ("กลุ่มชาติพันธุ์ | จังหวัด | ประชากร"): its
    # cells are a dimension, not a second label of the row.
    dimensions = {i for i, c in enumerate(header) if _DIMENSION_HEADER.search(c)}
    counted = 0
    for cells in rows:
        numbers = sum(1 for c in cells if _NUMBER_CELL.fullmatch(c))
        # A code beside the label ("| B20 | HIV disease | 28,181 |") is the same label, coded.
        labels = sum(
            1 for i, c in enumerate(cells)
            if c and i not in dimensions and not _NUMBER_CELL.fullmatch(c) and not _CODE_CELL.fullmatch(c)
        )
        counted += numbers >= 1 and labels <= 1
    return counted >= STAT_ROWS_MIN and 3 * counted >= 2 * len(rows)


def _drop_statistics(text: str, rows: list[_Row]) -> list[_Row]:
    """Zero the candidates that are labels or headers of a table of counts or a code list, or
    column names of a schema line."""
    checked: dict[int, bool] = {}
    out = []
    for row in rows:
        start = row[1]
        if row[6] >= REPORT_THRESHOLD:
            line_start = text.rfind("\n", 0, start) + 1
            if line_start not in checked:
                checked[line_start] = _statistics_table(text, start) or _count_lines(text, line_start)
            if checked[line_start] or _schema_cell(text, start, row[2]):
                row = (*row[:6], 0.0)
        out.append(row)
    return out


# A line of column names: delimited snake_case identifiers ("citizen_id,first_name,religion,
# disability"), as a CSV header, a DataFrame's columns or a schema prints them. A category named
# there is a column, whoever's values may follow; the values are judged on their own.
_IDENTIFIER_CELL = re.compile(r"[ \t\"'`]*[A-Za-z_][A-Za-z0-9_]*[ \t\"'`]*")
_SCHEMA_DELIMITERS = (",", "\t", "|", ";")  # a comma first: "a,b | c" is a CSV line
SCHEMA_CELLS_MIN = 3


def _schema_cell(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a whole cell of a line of at least SCHEMA_CELLS_MIN identifier cells,
    one of them snake_case (a data row of plain words has no ``_``), after an optional lead-in that
    ends in a colon ("CSV header only: ...", "columns:")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text.endswith("\r", line_start, line_end):
        line_end -= 1
    line = text[line_start:line_end]
    delimiter = next((d for d in _SCHEMA_DELIMITERS if d in line), None)
    if delimiter is None or "_" not in line:
        return False
    colon = line.rfind(":", 0, start - line_start)
    body_start = line_start + colon + 1 if colon >= 0 and delimiter not in line[:colon] else line_start
    cells = [(s, e) for s, e in split_cells(text, body_start, line_end, delimiter)]
    if delimiter == "|":  # the empty edge cells of a Markdown row
        cells = [c for i, c in enumerate(cells) if text[c[0] : c[1]].strip() or 0 < i < len(cells) - 1]
    values = [text[s:e] for s, e in cells]
    if len(values) < SCHEMA_CELLS_MIN or not all(_IDENTIFIER_CELL.fullmatch(v) for v in values):
        return False
    if not any("_" in v for v in values):
        return False
    # The candidate is made of whole cells (not a word inside a longer column name such as
    # dx_date): it starts where a cell's name starts and ends where one's ends.
    bounds = [_name_bounds(text, s, e) for s, e in cells]
    return any(s == start for s, _ in bounds) and any(e == end for _, e in bounds)


def _name_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without the spaces, quotes and bars around a cell's name."""
    trim = " \t\"'`|"
    while start < end and text[start] in trim:
        start += 1
    while end > start and text[end - 1] in trim:
        end -= 1
    return start, end


# Categories in which a person has one value: a run of several values lists groups, not someone.
_ONE_PER_PERSON = frozenset({"ETHNICITY", "RELIGION"})
GROUP_LIST_MIN = 3
LIST_REACH = 200  # how far a list around a candidate is followed
_PERSON_OR_STRONG = frozenset({"person", "strong"})
# What separates the items of a list or of a row of options.
_OPTION_GAP = re.compile(r"(?:และ|หรือ|(?i:and|or)\b|[\s,、/;&()\"'·•*\-\[\]☐☑□■○●])*")


def _lists_groups(
    text: str, hits: list[tuple[int, int, Term]], entity_type: str, start: int, end: int
) -> bool:
    """``text[start:end]`` is in a list of at least GROUP_LIST_MIN different values of its category.

    A course, an article or a census lists ethnic groups or religions ("ศึกษาประวัติการอพยพของ
    ชาวกะเหรี่ยง ม้ง อาข่า ลาหู่ และไทใหญ่"); a form or a program lists them as options
    (``["พุทธ", "อิสลาม", "คริสต์"]``, "☐ นับถือศาสนาพุทธ ☐ นับถือศาสนาอิสลาม ..."). A person has
    one (a mixed descent names two). Values are listed when only commas, และ/หรือ, quotes or
    check boxes lie between them; glued pieces ("คริสต์โปรเตสแตนต์") are one value. Field values
    are not asked about: a JSON array of several people's records holds several values.
    """
    near = range(start - LIST_REACH, end + LIST_REACH)
    spans = sorted(
        (s, e)
        for s, e, t in hits
        if t.entity_type == entity_type and t.mode in _PERSON_OR_STRONG and s in near
    )
    if len(spans) < GROUP_LIST_MIN:
        return False
    values: list[tuple[int, int]] = []  # glued or overlapping hits make one value
    for s, e in spans:
        if values and s <= values[-1][1]:
            values[-1] = (values[-1][0], max(e, values[-1][1]))
        else:
            values.append((s, e))
    chain = [values[0]]
    for value in values[1:]:
        if _OPTION_GAP.fullmatch(text, chain[-1][1], value[0]):
            chain.append(value)
            continue
        if _listed(text, chain, start, end):
            return True
        chain = [value]
    return _listed(text, chain, start, end)


def _listed(text: str, chain: list[tuple[int, int]], start: int, end: int) -> bool:
    """``chain`` holds ``text[start:end]`` and at least GROUP_LIST_MIN different values."""
    if not (chain[0][0] <= start and end <= chain[-1][1]):
        return False
    return len({_fold(text[s:e]) for s, e in chain}) >= GROUP_LIST_MIN


def _hides(start: int, end: int, hit: tuple[int, int, Term]) -> bool:
    """The 'not' word ``start:end`` hides ``hit``: a shorter word inside it, or a form field whose
    key ends the word ("ใบรับรองประวัติอาชญากรรม: ยื่นคำร้องที่..." names a certificate, not the
    field ประวัติอาชญากรรม)."""
    hit_start, hit_end, term = hit
    if start <= hit_start and hit_end <= end and end - start > hit_end - hit_start:
        return True
    return term.mode == "field" and start < hit_start < end


def _scoped(pattern: str) -> str:
    """A cue regex as one alternative: a leading global ``(?i)`` becomes a scoped ``(?i:...)``."""
    if pattern.startswith("(?i)"):
        return f"(?i:{pattern[4:]})"
    return f"(?:{pattern})"


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# ``_latin`` as a set, for the hot loops (_term_hits, _cue_hits): a membership test costs less
# than a call, and is the same test for one character.
_ASCII_ALNUM = frozenset(string.ascii_letters + string.digits)


def _thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


@dataclass(frozen=True, slots=True)
class _Entry:
    """An automaton payload: a term or a cue plus its precomputed boundary rules."""

    item: Term | Cue
    latin_start: bool
    latin_end: bool
    thai_start: bool
    thai_end: bool
    # A term that is reported as matched (person, strong or part; no case rule, no name frame):
    # most hits take this short path in _term_hits.
    plain: bool = False


_PLAIN_MODES = frozenset({"person", "strong", "part"})


def _entry(item: Term | Cue) -> _Entry:
    text = item.text
    plain = isinstance(item, Term) and item.mode in _PLAIN_MODES and not (item.case_sensitive or item.name)
    return _Entry(item, _latin(text[0]), _latin(text[-1]), _thai(text[0]), _thai(text[-1]), plain)


@dataclass(frozen=True, slots=True)
class _Trigger:
    """An automaton payload: a literal that every match of a regex cue starts with.

    Searching a window with a regex alternation of cues costs ~0.1 us per character (no literal
    prefix for the regex engine to skip with); the cue automaton already passes over the windows,
    so a regex cue whose matches all start with one of a few literals (``นาย``, ``คุณ``, ``HN``,
    ``mr``) is tried only where one of them occurs: one ``match`` there instead of a scan.
    """

    item: Cue
    pattern: re.Pattern[str]


_ZERO_WIDTH = frozenset({_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT})
_MIN_TRIGGER = 2  # a one-letter trigger would fire everywhere


def _leading_literals(items: Sequence[tuple[Any, Any]]) -> list[str] | None:
    """The literals every match of a parsed regex starts with, or None if there is no such set.

    Zero-width assertions before the first letter are skipped (``match`` still checks them, and
    sees the text before its start position); a group, an alternation or a repeat of at least one
    contributes the literals of its content. Anything else (a character class, a digit, an
    optional part) ends the analysis: None.
    """
    prefix = ""
    for index, (op, av) in enumerate(items):
        if op is _sre.LITERAL:
            prefix += chr(av)
            continue
        if prefix:
            # A factored alternation ("m" + (r|rs|s) for mr|mrs|ms) extends the prefix.
            rest = _leading_literals(items[index:])
            return [prefix + tail for tail in rest] if rest else [prefix]
        if op in _ZERO_WIDTH:
            continue
        if op is _sre.SUBPATTERN:
            return _leading_literals(av[3].data)
        if op is _sre.BRANCH:
            found: list[str] = []
            for alternative in av[1]:
                sub = _leading_literals(alternative.data)
                if sub is None:
                    return None
                found += sub
            return found
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            return _leading_literals(av[2].data)
        return None
    return [prefix] if prefix else None


def _triggers(pattern: str) -> list[str] | None:
    """Lower-cased literals to find a regex cue by (see :class:`_Trigger`), or None.

    A literal that extends a shorter one of the same cue is dropped: the shorter one's ``match``
    already covers it (``mr`` covers ``mrs``).
    """
    literals = _leading_literals(_sre_parser.parse(pattern).data)
    if not literals or any(len(lit) < _MIN_TRIGGER for lit in literals):
        return None
    folded = sorted({_fold(lit) for lit in literals}, key=lambda lit: (len(lit), lit))
    kept: list[str] = []
    for lit in folded:
        if not any(lit.startswith(k) for k in kept):
            kept.append(lit)
    return kept


def _digit_led(pattern: str) -> bool:
    """Every match of ``pattern`` starts with a digit (after zero-width assertions)."""
    items = _sre_parser.parse(pattern).data
    while items:
        op, av = items[0]
        if op in _ZERO_WIDTH:
            items = items[1:]
        elif op is _sre.SUBPATTERN:
            items = av[3].data
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            items = av[2].data
        else:
            return op is _sre.IN and list(av) == [(_sre.CATEGORY, _sre.CATEGORY_DIGIT)]
    return False


_DIGIT = re.compile(r"\d")
# The letters that a case-blind regex matches to a Latin letter whose lower case they are not
# (İ and ı to "i", ſ to "s", the Kelvin sign to "k"; the re module's extra case equivalences).
_CASE_EXTRAS = re.compile("[\u0130\u0131\u017f\u212a]")


def _build(keys: Mapping[str, Sequence[_Entry | _Trigger]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key, entries in keys.items():
        automaton.add_word(key, (len(key), tuple(entries)))
    # An automaton without a key cannot be searched: a key that no folded text holds stands in.
    if not keys:
        automaton.add_word("\x00", (1, ()))
    automaton.make_automaton()
    return automaton


def _build_cues(keys: Mapping[str, Sequence[_Entry | _Trigger]]) -> ahocorasick.Automaton:
    """The cue automaton: per key, its regex triggers, its plain cues and one entry to check them by.

    The plain cues of one key share its text, hence its boundary rules: one :func:`_fits` per
    occurrence serves them all (a key such as ``เคย`` is a predicate of several categories). They
    are stored as (kind, cue) pairs: the kind is what each occurrence is filed by.
    """
    automaton = ahocorasick.Automaton()
    for key, entries in keys.items():
        triggers = tuple(e for e in entries if isinstance(e, _Trigger))
        plain = [e for e in entries if isinstance(e, _Entry)]
        cues = tuple((e.item.kind, e.item) for e in plain)
        automaton.add_word(key, (len(key), triggers, cues, plain[0] if plain else None))
    if not keys:
        automaton.add_word("\x00", (1, (), (), None))
    automaton.make_automaton()
    return automaton


def _fits(text: str, start: int, end: int, entry: _Entry) -> int:
    """The end of an acceptable match at ``start:end`` (a Latin plural 's' may extend it), or -1."""
    n = len(text)
    if start > 0:
        before = text[start - 1]
        if entry.latin_start and _latin(before):
            return -1
        if entry.thai_start and before in _THAI_LEADING_VOWELS:
            return -1
    if end < n:
        after = text[end]
        if entry.latin_end and _latin(after):
            if after in "sS" and (end + 1 == n or not _latin(text[end + 1])):
                return end + 1
            return -1
        if entry.thai_end and (after in _THAI_COMBINING or (end + 1 < n and text[end + 1] == _THANTHAKHAT)):
            return -1
    return end


class _CueHits:
    """Cue occurrences of one kind inside the analysed windows, ordered by end offset."""

    __slots__ = ("ends", "items", "ordered")

    def __init__(self) -> None:
        self.ends: list[int] = []
        self.items: list[tuple[int, int, Cue]] = []
        self.ordered = True  # the automaton reports by end offset; a plural 's' may break that

    def add(self, start: int, end: int, cue: Cue) -> None:
        if self.ends and end < self.ends[-1]:
            self.ordered = False
        self.ends.append(end)
        self.items.append((start, end, cue))

    def sort(self) -> None:
        if self.ordered:
            return
        self.ordered = True
        order = sorted(range(len(self.ends)), key=self.ends.__getitem__)
        self.ends = [self.ends[i] for i in order]
        self.items = [self.items[i] for i in order]

    def ending_in(self, low: int, high: int, entity_type: str) -> Sequence[tuple[int, int]]:
        """(start, end) of cues for ``entity_type`` whose end lies in ``[low, high]``.

        A list, not a generator: it is asked ~20 times per text with candidates and most answers
        are empty, which a plain return gives without creating and exhausting a generator.
        """
        ends = self.ends
        i = bisect_left(ends, low)
        if i == len(ends) or ends[i] > high:
            return ()
        found = []
        items = self.items
        for j in range(i, len(items)):
            start, end, cue = items[j]
            if end > high:
                break
            types = cue.entity_types  # Cue.applies_to, inlined: this loop is the hottest one
            if types is None or entity_type in types:
                found.append((start, end))
        return found


# The cues of a kind that has none in the text (see SensitiveModel._cue_hits); never added to.
_NO_CUES = _CueHits()

# A template's variables ("{{full_name}}", "${patient_name}", "{name}", "{{ชื่อผู้ป่วย}}") stand for
# whoever will fill it in: a letter or form with them is about no one yet. (A JSON key is quoted.)
_PLACEHOLDER = re.compile(r"\{\{\s*[\w.\-]+\s*\}\}|\$\{[\w.\-]+\}|\{[^\W\d][\w.]*\}")


# A field left blank: a label's colon, then a rule of underscores or dots, an empty box or brackets,
# or a tick box before an option ("☐ เบาหวาน", "[ ] diabetes").
_BLANK = r"_{3,}|\.{4,}|…{2,}|\[[ \t]*\]|\([ \t]*\)"  # a rule of underscores or dots, empty brackets
_BLANK_FIELD = re.compile(rf"[:：][ \t]*(?:{_BLANK}|☐|□)|(?:☐|□|\[[ \t]\])[ \t]*\w")


# A blank after a label's colon (as in _BLANK_FIELD); the label is the line's text before it, at most
# _LABEL_REACH characters (see _blank_label_spans). A regex that matched the label too would try
# every position of the text (a millisecond on 2 KB); this one starts only at a colon.
_BLANK_AFTER_COLON = re.compile(rf"[:：][ \t]*(?:{_BLANK})")
_LABEL_REACH = 40
# Cheap tests first: a text without any of these holds no blank field.
_BLANK_MARKS = ("___", "....", "……", "[]", "[ ]", "()", "( )", "☐", "□")


def _may_be_blank_form(text: str) -> bool:
    return any(mark in text for mark in _BLANK_MARKS)


def _blank_label_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each label with its blank field: "Patient name: ______"."""
    spans = []
    for match in _BLANK_AFTER_COLON.finditer(text):
        colon = match.start()
        line_start = text.rfind("\n", max(0, colon - _LABEL_REACH), colon) + 1
        spans.append((max(line_start, colon - _LABEL_REACH), match.end()))
    return spans


# Words quoted to be talked about, not used: "เปลี่ยนคำว่า 'ชาย หญิง สามี ภริยา' เป็น 'บุคคล คู่สมรส'",
# 'the words "husband" and "wife"'. A kinship word there is no one's husband.
_MENTIONED_WORDS = re.compile(
    r"(?:คำว่า|(?i:the\s+(?:words?|terms?)))\s*[\"'“‘][^\"'”’\n]{1,80}[\"'”’]"
    r"(?:\s*(?:เป็น|และ|หรือ|,|and|or|to|with)\s*[\"'“‘][^\"'”’\n]{1,80}[\"'”’])*"
)


def _drop_cues_within(spans: list[tuple[int, int]], found: dict[str, _CueHits]) -> None:
    """Forget the person cues inside ``spans``: template variables (``_PLACEHOLDER``), the labels
    of blank fields ("Patient name: ______", "HN: ....", ``_blank_label_spans``), words quoted to
    be talked about (``_MENTIONED_WORDS``)."""
    if not spans:
        return
    for kind in ("anchor", "role"):
        if found[kind] is not _NO_CUES:
            _forget_cues(found[kind], lambda s, e: any(ps <= s and e <= pe for ps, pe in spans))


def _forget_cues(hits: _CueHits, drop: Callable[[int, int], bool]) -> None:
    """Remove from ``hits`` the cues at ``(start, end)`` for which ``drop`` is true."""
    keep = [i for i, (s, e, _) in enumerate(hits.items) if not drop(s, e)]
    if len(keep) < len(hits.items):
        hits.items = [hits.items[i] for i in keep]
        hits.ends = [hits.ends[i] for i in keep]


# "I" of a template is whoever will sign it: "I, {{applicant_full_name}}, consent to the check of my
# criminal record" is about no one yet.
_FIRST_PERSON = frozenset(("my", "i'm", "i am", "i have", "i've", "i had", "i was", "ผม", "กระผม", "ดิฉัน", "ฉัน", "หนู"))


def _drop_first_person(text: str, first_placeholder: int, anchors: _CueHits) -> None:
    """Forget the first-person anchors from the line of a template's first variable on."""
    line_start = text.rfind("\n", 0, first_placeholder) + 1
    _forget_cues(anchors, lambda s, e: s >= line_start and text[s:e].lower() in _FIRST_PERSON)


# The keys of a product's record: its "name" is the product's ({"sku": "DNA-612", "name":
# "ชุดตรวจพาหะธาลัสซีเมีย", "price": 3500}), not a person's.
_PRODUCT_RECORD_KEY = re.compile(r"[\"'](?:sku|price|unit_price|product_id|item_id|barcode|ean|stock|qty|quantity)[\"']\s*:")


def _drop_product_names(text: str, anchors: _CueHits) -> None:
    """Forget the ``"name"`` anchors that sit in a JSON object holding a product's keys."""

    def in_product(start: int, end: int) -> bool:
        if text[start:end] != '"name"':
            return False
        lo = text.rfind("{", 0, start)
        hi = text.find("}", end)
        return lo >= 0 and hi >= 0 and _PRODUCT_RECORD_KEY.search(text, lo, hi) is not None

    _forget_cues(anchors, in_product)


_UNTICKED_BEFORE = re.compile(r"(?:\[[ \t]?\]|☐|□)[ \t]*\Z")


def _tab_header_row(text: str, at: int) -> bool:
    """The line holding ``at`` heads a tab-separated table of three columns or more: the next line
    has as many tabs (a two-column sheet is a form of keys and values).
    ("ชื่อ<TAB>ศาสนา<TAB>แผนก" then a row: "แผนก" is the next column's name, not a religion.)"""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    if line_end < 0:
        return False
    tabs = text.count("\t", line_start, line_end)
    next_end = text.find("\n", line_end + 1)
    return tabs > 1 and text.count("\t", line_end + 1, len(text) if next_end < 0 else next_end) == tabs


def _is_blank_form(text: str) -> bool:
    """True when ``text`` is a form or template with blank fields or template variables."""
    return (_may_be_blank_form(text) and _BLANK_FIELD.search(text) is not None) or (
        "{" in text and _PLACEHOLDER.search(text) is not None
    )


def _covered(hits: _CueHits | None, start: int, end: int, entity_type: str) -> bool:
    """True when a cue of ``hits`` contains ``start:end``."""
    if hits is None:
        return False
    return any(s <= start for s, _ in hits.ending_in(end, end + 40, entity_type))


class SensitiveModel:
    """The compiled lexicons and cues; built once per process (see :func:`sensitive_model`)."""

    def __init__(self, terms: list[Term], cues: list[Cue]) -> None:
        term_keys: dict[str, list[_Entry]] = {}
        seen: set[tuple[str, str, str]] = set()
        for term in terms:
            for key in _spellings(term):
                if (key, term.entity_type, term.mode) not in seen:
                    seen.add((key, term.entity_type, term.mode))
                    term_keys.setdefault(key, []).append(_entry(term))
        self.terms = _build(term_keys)
        # The same keys in the shared cue pass, which scans the lower-cased text for every
        # recognizer anyway: one automaton pass per text instead of two (see _term_matches).
        self._shared_terms = RawFamily(dict(self.terms.items()))
        # A part that frames a name becomes this person-mode term when it finds one.
        self.named = {t: replace(t, mode="person", name="") for t in terms if t.name}
        self.named_terms = frozenset(self.named.values())
        # Wrappers of a fact (sick leave), by folded text and category: see :meth:`find`.
        self.secondary = frozenset((_fold(t.text), t.entity_type) for t in terms if t.secondary)
        cue_keys: dict[str, list[_Entry | _Trigger]] = {}
        regex_cues: dict[str, list[Cue]] = {kind: [] for kind in KINDS}
        for cue in cues:
            triggers = _triggers(cue.text) if cue.is_regex and cue.kind != "document" else None
            if triggers:
                # Found by the automaton, then confirmed by one ``match`` (see _Trigger).
                trigger = _Trigger(cue, re.compile(cue.text))
                for key in triggers:
                    cue_keys.setdefault(key, []).append(trigger)
            elif cue.is_regex:
                regex_cues[cue.kind].append(cue)
            else:
                cue_keys.setdefault(_fold(cue.text), []).append(_entry(cue))
        self.cues = _build_cues(cue_keys)
        # The other regex cues: one regex per (kind, entity type), searched only in the windows
        # of a candidate; when all of them start with a digit, only from the window's first digit.
        self.cue_regex: dict[tuple[str, str], re.Pattern[str]] = {}
        self.digit_led: dict[tuple[str, str], bool] = {}
        documents = regex_cues.pop("document")
        if documents:
            self.cue_regex["document", "*"] = re.compile("|".join(_scoped(c.text) for c in documents))
        # The same cues one by one, each with the lower-cased literals every match of it starts
        # with (empty when there is no such set): see _document_anchor.
        self.document_cues = [
            (re.compile(_scoped(c.text)), tuple(_triggers(c.text) or ())) for c in documents
        ]
        for kind, items in regex_cues.items():
            for entity_type in SENSITIVE_TYPES:
                chosen = [c.text for c in items if c.applies_to(entity_type)]
                if chosen:
                    pattern = "|".join(_scoped(p) for p in chosen)
                    digit_led = all(_digit_led(p) for p in chosen)
                    if digit_led:
                        # Every match starts with a digit: a look-ahead for it first (the same
                        # matches) lets the regex engine drop a position after one test instead
                        # of trying each alternative there (~25% of these searches' cost).
                        pattern = rf"(?=\d)(?:{pattern})"
                    self.cue_regex[kind, entity_type] = re.compile(pattern)
                    self.digit_led[kind, entity_type] = digit_led
        # The kinds that have a regex of their own: a kind with no cue occurrence in a text and
        # no regex has nothing to find there (see _near and _touching_start).
        self.regex_kinds = frozenset(kind for kind, _ in self.cue_regex)

    # -- the pass over the text ---------------------------------------------------------------

    def find(self, text: str) -> Iterator[Span]:
        doc_anchor: list[bool] = []  # filled by explain when a candidate needed it
        rows = [row for row in self.explain(text, doc_anchor) if row[6] >= MIN_SCORE]
        if rows and ("[" in text or "☐" in text or "□" in text):
            # "โรคประจำตัว: [x] เบาหวาน [ ] หอบหืด": an option left unticked on a form is what the
            # person does not have.
            rows = [row for row in rows if _UNTICKED_BEFORE.search(text, max(0, row[1] - 6), row[1]) is None]
        if not rows:
            return
        # Which findings name their subject (Span.anchored): a person cue near the term (a role
        # only in a statement: "patients should..." is anyone; as in scoring, a hedge weighs only
        # where no predicate says the term of the role), a field filled in (a record is about its
        # subject), or a specific person anywhere in the text (a titled name, an HN, an ID-card
        # cue). The engine keeps the others only where the document holds an identifier.
        # In a text that cites a law or is a circular, a role (ลูกจ้าง, ผู้ป่วย) is a class of people.
        roles_count = _LAW_CITATION.search(text) is None and _NOTICE.search(text) is None
        if _is_blank_form(text):
            # A form or template with its fields left blank ("ชื่อผู้ป่วย: ______", "Diagnosis: [ ]
            # diabetes [ ] hypertension", "{{patient_name}}"): its labels and options are about
            # whoever will fill it in. Only a person named near a term makes it someone's; the rest
            # stand only beside an identifier (a form partly filled in with a name or an HN).
            unanchored = [not ctx.anchor for _, _, _, _, _, ctx, _ in rows]
        else:
            unanchored = [
                not (
                    strength == "evident"
                    or ctx.anchor
                    or ctx.document
                    or (roles_count and ctx.role and not ctx.generic and (ctx.predicate or not ctx.hedge))
                )
                for _, _, _, strength, _, ctx, _ in rows
            ]
            if any(unanchored) and (
                doc_anchor[0] if doc_anchor else self._document_anchor(text, _fold_text(text))
            ):
                unanchored = [False] * len(rows)
            if not all(unanchored) and names_office_holders(text):
                # The news a prompt asks about: its titled names are public figures (public_figures.py),
                # so a term stands only beside another identifier (a private person's name, an ID).
                unanchored = [strength != "evident" for _, _, _, strength, _, _, _ in rows]
        spans = [
            _new_span(Span, (entity_type, start, end, round(min(value, 1.0), 3), not loose))
            for (entity_type, start, end, _, _, _, value), loose in zip(rows, unanchored, strict=True)
        ]
        if self.secondary and len(spans) > 1:
            spans = self._drop_wrappers(text, spans)
        yield from spans

    def _drop_wrappers(self, text: str, spans: list[Span]) -> list[Span]:
        """Drop a secondary term (``ลาป่วย``) when its category has another finding in the text.

        "ลาป่วยสะสม 41 วัน เนื่องจากวัณโรคปอด": the leave and the disease are one fact, and the
        disease is the one that says it; the leave alone ("ขอลาป่วย 3 วัน") is still reported.
        """
        wrapper = [(_fold(text[s.start : s.end]), s.entity_type) in self.secondary for s in spans]
        if not any(wrapper):
            return spans
        stated = {s.entity_type for s, w in zip(spans, wrapper, strict=True) if not w}
        return [s for s, w in zip(spans, wrapper, strict=True) if not (w and s.entity_type in stated)]

    def explain(
        self, text: str, doc_anchor: list[bool] | None = None
    ) -> list[tuple[str, int, int, str, float, Context, float]]:
        """Every candidate: (type, start, end, strength, base score, context, final score).

        :meth:`find` keeps those that score high enough; this is the view for tuning the lexicons.
        """
        folded = _fold_text(text)
        hits, hidden = self._term_hits(text, folded)
        if hidden:
            # A 'not' word hides the shorter words inside it, not a term of the same extent
            # ("ไบโพลาร์" hides the sexual reading "ไบ..." but is itself a health term).
            hits = [h for h in hits if not any(_hides(s, e, h) for s, e in hidden)]
        # Templates and variants are found by their shape (a blob under a biometric key, HGVS),
        # after the 'not' words: "ssh fingerprint" hides a word, not a face template's blob.
        hits += shape_hits(text, folded)
        if "_" in text:
            # A consent flag ("consent_voice_biometric") or a setting ("face_template_version").
            hits = [h for h in hits if not label_only(text, *h)]
        if not hits:
            return []
        if any(h[2].absorb for h in hits):
            hits = _absorb(text, hits)
        groups, items = self._groups(text, hits)
        if not groups:
            return []
        cue_hits = self._cue_hits(text, folded, groups)
        enumerations = self._enumerations(text, items, cue_hits) if len(items) >= ENUMERATION_MIN else []
        # A copula right after any term has that term as its subject ("โรคฮีโมฟีเลียเป็นโรคทาง
        # พันธุกรรม": a disease is a genetic disease), whatever the two categories.
        term_ends = frozenset(item[1] for item in items)
        # Whether a record cue names someone anywhere in the text: computed at most once, only if a
        # candidate needs it, into the caller's list when given (find reuses it).
        doc_anchor = [] if doc_anchor is None else doc_anchor
        names: list[tuple[int, int]] | None = None  # likewise: the PERSON spans of the text
        rows = []
        for entity_type, start, end, strength, base, topic in groups:
            if (
                strength == "strong"
                and self._touching_before(text, cue_hits, "demote", entity_type, start, 0)
                and not text.endswith(_NOT_NOMINALISER, 0, start)
            ):
                strength, base = "person", DEMOTED_BASE
            ctx = self.context(text, cue_hits, entity_type, start, end, term_ends)
            if (
                strength != "evident"
                and enumerations
                and any(s <= start and end <= e for s, e in enumerations)
            ):
                ctx = ctx._replace(generic=True)  # one item of a list of categories
            elif entity_type in _ONE_PER_PERSON and _lists_groups(text, hits, entity_type, start, end):
                ctx = ctx._replace(generic=True)  # "ชาวกะเหรี่ยง ม้ง อาข่า และลาหู่": groups
            # A name without a title ("ระตา เณรานุสนธิ์ ชาวกะเหรี่ยง", "Catherine Kelly มี...") is as
            # much a person as a titled one; finding names costs a pass of the PERSON recognizer,
            # so only for a candidate that a nearby person would lift over the threshold.
            # A category's own name (a topic: "สหภาพแรงงาน" in a shop's name) needs more than that.
            if (
                strength != "evident"
                and not (topic or ctx.anchor)
                and score(strength, base, ctx, topic)
                < REPORT_THRESHOLD
                <= score(strength, base, ctx._replace(anchor=True), topic)
            ):
                if names is None:
                    names = _names(text)
                if _named_near(text, names, start, end):
                    ctx = ctx._replace(anchor=True)
            # The document-wide search is the costly part: only when it could change the outcome.
            if (
                strength == "person"
                and not (ctx.anchor or ctx.role)
                and score(strength, base, ctx._replace(document=True), topic) >= REPORT_THRESHOLD
            ):
                if not doc_anchor:
                    doc_anchor.append(self._document_anchor(text, folded))
                ctx = ctx._replace(document=doc_anchor[0])
            rows.append((entity_type, start, end, strength, base, ctx, score(strength, base, ctx, topic)))
        return _drop_labels(text, _drop_statistics(text, rows))

    def _enumerations(
        self, text: str, items: list[tuple[int, int, str, bool]], cues: dict[str, _CueHits]
    ) -> list[tuple[int, int]]:
        """Extents of lists that enumerate s.26 categories ("เชื้อชาติ ศาสนา ความพิการ หรือ...").

        A law, a policy, a consent form or a non-discrimination clause names several categories
        in a row; a record about someone states values (อิสลาม, หูหนวก) with verbs between them.
        So a run of at least ENUMERATION_MIN hits of at least two categories, at least two of
        them topics, separated only by list joiners (and at most one other short word, such as
        เพศ in "ศาสนา เพศ ความพิการ") and no predicate, is an enumeration.
        """
        found: list[tuple[int, int]] = []
        ordered = sorted(items)
        current = [ordered[0]]
        end = ordered[0][1]
        for item in (*ordered[1:], None):
            if item is not None and (item[0] <= end or self._list_gap(text, cues, end, item[0], item[2])):
                current.append(item)
                end = max(end, item[1])
                continue
            if (
                len(current) >= ENUMERATION_MIN
                and len({i[2] for i in current}) >= 2
                and sum(i[3] for i in current) >= 2
            ):
                found.append((current[0][0], end))
            if item is not None:
                current, end = [item], item[1]
        return found

    @staticmethod
    def _list_gap(text: str, cues: dict[str, _CueHits], start: int, end: int, entity_type: str) -> bool:
        """``text[start:end]`` only joins two items of a list: commas, และ/หรือ, and/or, one short word."""
        gap = text[start:end]
        if len(gap) > 32 or any(ch == "\n" or ch.isdigit() for ch in gap):
            return False
        if len(_LIST_JOINERS.sub("", gap)) > 16:
            return False
        return not any(start <= s for s, _ in cues["predicate"].ending_in(start, end, entity_type))

    def _document_anchor(self, text: str, folded: str) -> bool:
        """A specific person (a titled name, an HN, an ID-card cue) anywhere in the text.

        The document cues' alternation (``cue_regex["document", "*"]``) matches somewhere exactly
        when one of its cues does, so they are searched one by one, and a cue is skipped when
        none of the literals all its matches start with is in ``folded``: a case-blind regex
        ("(?i)patient...") has no literal prefix for the regex engine to skip to and costs
        ~0.1 us per character, a substring test far less. A text with a letter that matches a
        Latin letter case-blindly without lower-casing to it (İ, ı, ſ, the Kelvin sign) gets
        every search (``folded`` is then not a faithful image of what the regex accepts).
        """
        gated = _CASE_EXTRAS.search(text) is None
        for regex, literals in self.document_cues:
            if gated and literals and not any(literal in folded for literal in literals):
                continue
            if regex.search(text):
                return True
        return False

    def _term_hits(self, text: str, folded: str) -> tuple[list[tuple[int, int, Term]], list[tuple[int, int]]]:
        hits: list[tuple[int, int, Term]] = []
        hidden: list[tuple[int, int]] = []
        plurals: list[int] = []  # hits stretched over a Latin plural 's'
        headers: list[tuple[int, int]] = []  # field keys heading a table column with values
        n = len(text)
        for last, (length, entries) in self._term_matches(text, folded):
            end = last + 1
            start = end - length
            # The entries of one key share its first and last letters, hence the boundary rules.
            # _fits, inlined: it runs once per automaton hit, and the call is most of its cost.
            first = entries[0]
            if start > 0:
                before = text[start - 1]
                if first.latin_start and before in _ASCII_ALNUM:
                    continue
                if first.thai_start and before in _THAI_LEADING_VOWELS:
                    continue
            fit = end
            if end < n:
                after = text[end]
                if first.latin_end and after in _ASCII_ALNUM:
                    if after not in "sS" or (end + 1 < n and text[end + 1] in _ASCII_ALNUM):
                        continue
                    fit = end + 1
                elif first.thai_end and (
                    after in _THAI_COMBINING or (end + 1 < n and text[end + 1] == _THANTHAKHAT)
                ):
                    continue
            for entry in entries:
                term: Term = entry.item  # type: ignore[assignment]  # the term automaton holds terms
                if entry.plain:
                    if fit == end + 1:
                        plurals.append(len(hits))
                    hits.append((start, fit, term))
                    continue
                if term.case_sensitive and text[start:end] != term.text:
                    continue
                stop = fit
                if term.mode == "not":
                    hidden.append((start, stop))
                    continue
                if term.mode == "field" and entry.latin_start and not _starts_field(text, start):
                    continue
                if term.name:
                    named = _named_span(text, start, stop, term.name)
                    if named is not None:
                        hits.append((*named, self.named[term]))
                        continue
                if term.mode in _EVIDENT:
                    if term.mode == "lead":
                        lead = _LEAD_VALUE.match(text, stop)
                        if lead:
                            hits.append((lead.start("v"), lead.end("v"), term))
                        continue
                    key_end, stop = stop, self._evident_end(text, start, stop, term.mode)
                    if stop == _EXPLICITLY_NONE:
                        hidden.append((start, key_end))  # "โรคประจำตัว: ไม่มี" says there is nothing
                    if stop < 0:
                        if term.mode == "field":
                            cells = _column_values(text, start, key_end) or _list_items(text, key_end)
                            if cells:
                                headers.append((start, key_end))
                            hits.extend((s, e, term) for s, e in cells)
                        continue
                if stop == end + 1 and term.mode not in _EVIDENT:
                    plurals.append(len(hits))
                hits.append((start, stop, term))
        if plurals:
            hits = _listed_plurals_win(hits, plurals)
        if headers:
            # A column's header labels the values below it ("| เชื้อชาติ |" over "| มอญ |"):
            # the values are the disclosure, the key read as a word is not one more.
            hits = [h for h in hits if (h[0], h[1]) not in headers]
        if hidden and self.named:
            hits = [h for h in hits if not self._named_not(h, hidden)]
        return hits, hidden

    def _term_matches(self, text: str, folded: str) -> Iterable[tuple[int, Any]]:
        """``self.terms.iter(folded)``, from the shared pass when it scanned this very string.

        The two lower-casings differ only for a text that ``str.lower`` lengthens ("İ"): there
        the terms' own automaton runs on ``folded``.
        """
        if lowered_for_cues(text) == folded:
            return self._shared_terms.matches(text)
        return self.terms.iter(folded)

    def _named_not(self, hit: tuple[int, int, Term], hidden: list[tuple[int, int]]) -> bool:
        """A framed name that a ``not`` entry reads as something else ("Christmas Party").

        The name stretches the hit leftwards, so the ``not`` entry ending with the frame lies
        inside it rather than around it: it still says what the name is.
        """
        start, end, term = hit
        if term.mode != "person" or term not in self.named_terms:
            return False
        return any(e == end and start <= s and e - s > len(term.text) for s, e in hidden)

    @staticmethod
    def _evident_end(text: str, start: int, end: int, mode: str) -> int:
        """Where a field value, a measurement or an ICD-10 code list after a key ends, or -1."""
        if mode == "field":
            if text.endswith(_QUANTIFIERS, max(0, start - 5), start):
                return -1  # "ครอบคลุมทุกศาสนา: ..." introduces a rule for every religion
            match = _FIELD_VALUE.match(text, end)
            if not match and _in_form_layout(text, start) and not _tab_header_row(text, start):
                match = _FORM_VALUE.match(text, end)
                # Without a colon, only a short value that closes its column is a form value
                # ("ศาสนา พุทธ⏎"); "ศาสนา เป็นสิ่งที่..." at a line start is prose.
                if match and not _closes_column(text, match.end("v"), match.group("v")):
                    match = None
            if not match:
                return -1
            value = match.group("v").rstrip(" .")
            if "%" in value:
                return -1  # "ศาสนา: พุทธ 93%" is a statistic
            if _ORG_VALUE.match(value):
                return -1  # "ลายนิ้วมือ: บริษัทเก็บแม่แบบ...": a policy's line says what the company does
            if _TYPE_NAME.fullmatch(value) or _IDENTIFIER_VALUE.fullmatch(value):
                # a schema's column type ("disability_type TEXT", "religion: str") or the next
                # column's name in a header ("icd10  dx_name") is no value
                return -1
            # A list (an embedding, a list of conditions) needs something in it; a scalar needs a word.
            wanted = str.isalnum if value.startswith("[") else str.isalpha
            if value.casefold() in _NONE_VALUES:
                return _EXPLICITLY_NONE
            if not any(wanted(ch) for ch in value):
                return -1
            return match.start("v") + len(value)
        pattern = _MEASUREMENT if mode == "value" else _ICD_CODES
        match = pattern.match(text, end)
        return match.end() if match else -1

    @staticmethod
    def _groups(
        text: str, hits: list[tuple[int, int, Term]]
    ) -> tuple[list[tuple[str, int, int, str, float, bool]], list[tuple[int, int, str, bool]]]:
        """Merge overlapping or adjacent hits of one category.

        Returns the candidates (type, start, end, strength, base, topic) and every merged run,
        part-only ones included, as (start, end, type, topic): the items a list is made of.
        """
        by_type: dict[str, list[tuple[int, int, Term]]] = {}
        for hit in hits:
            by_type.setdefault(hit[2].entity_type, []).append(hit)
        runs: list[tuple[str, list[tuple[int, int, Term]]]] = []
        for entity_type, members in by_type.items():
            if len(members) == 1:  # most categories of a text have one hit: a run of its own
                runs.append((entity_type, members))
                continue
            members.sort(key=lambda h: (h[0], -h[1]))
            current: list[tuple[int, int, Term]] = []
            end = -1
            for hit in members:
                if current and (hit[0] <= end or _joins(text[end : hit[0]], entity_type)):
                    current.append(hit)
                    end = max(end, hit[1])
                    continue
                if current:
                    runs.append((entity_type, current))
                current, end = [hit], hit[1]
            if current:
                runs.append((entity_type, current))
        groups = []
        items = []
        for entity_type, run in runs:
            if len(run) == 1:
                # _summarise and _is_topic for one hit: its mode is its strength ("part" alone
                # says nothing), its score its base (a boost does not add to the hit it is), and
                # its topic flag the run's.
                start, end, term = run[0]
                mode = term.mode
                if mode in _EVIDENT:
                    groups.append((entity_type, start, end, "evident", term.score, term.topic))
                elif mode in _PERSON_OR_STRONG:
                    groups.append((entity_type, start, end, mode, term.score, term.topic))
                items.append((start, end, entity_type, term.topic))
                continue
            group = _summarise(entity_type, run)
            if group is not None:
                groups.append(group)
                # The candidate's extent and topic flag are the run's: computed once.
                items.append((group[1], group[2], entity_type, group[5]))
            else:
                items.append((run[0][0], max(h[1] for h in run), entity_type, _is_topic(run)))
        return groups, items

    def _cue_hits(
        self, text: str, folded: str, groups: list[tuple[str, int, int, str, float, bool]]
    ) -> dict[str, _CueHits]:
        """Cue occurrences in the union of the candidates' windows."""
        n = len(text)
        spans = sorted((max(0, g[1] - WINDOW_BEFORE), min(n, g[2] + WINDOW_AFTER)) for g in groups)
        windows: list[list[int]] = []
        for low, high in spans:
            if windows and low <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], high)
            else:
                windows.append([low, high])
        # Most kinds have no cue in a text: they share one empty, never-filled _CueHits.
        found = dict.fromkeys(KINDS, _NO_CUES)
        for low, high in windows:
            for last, (length, triggers, cues, probe) in self.cues.iter(folded, low, high):
                end = last + 1
                start = end - length
                if triggers:  # most keys have none
                    for trigger in triggers:
                        match = trigger.pattern.match(text, start)
                        if match:
                            kind_hits = found[trigger.item.kind]
                            if kind_hits is _NO_CUES:
                                kind_hits = found[trigger.item.kind] = _CueHits()
                            kind_hits.add(start, match.end(), trigger.item)
                if probe is None:
                    continue
                # _fits, inlined (as in _term_hits): it runs once per cue occurrence.
                if start > 0:
                    before = text[start - 1]
                    if probe.latin_start and before in _ASCII_ALNUM:
                        continue
                    if probe.thai_start and before in _THAI_LEADING_VOWELS:
                        continue
                stop = end
                if end < n:
                    after = text[end]
                    if probe.latin_end and after in _ASCII_ALNUM:
                        if after not in "sS" or (end + 1 < n and text[end + 1] in _ASCII_ALNUM):
                            continue
                        stop = end + 1
                    elif probe.thai_end and (
                        after in _THAI_COMBINING or (end + 1 < n and text[end + 1] == _THANTHAKHAT)
                    ):
                        continue
                for kind, cue in cues:
                    if stop > end and kind == "role":
                        continue  # "students", "applicants": a group, not a person
                    # _CueHits.add, inlined: one call per cue occurrence adds up.
                    kind_hits = found[kind]
                    if kind_hits is _NO_CUES:
                        kind_hits = found[kind] = _CueHits()
                    elif stop < kind_hits.ends[-1]:
                        kind_hits.ordered = False
                    kind_hits.ends.append(stop)
                    kind_hits.items.append((start, stop, cue))
        for hits in found.values():
            if hits is not _NO_CUES:  # the shared empty one is in order already
                hits.sort()
        if "{" in text:
            placeholders = [m.span() for m in _PLACEHOLDER.finditer(text)]
            _drop_cues_within(placeholders, found)
            if placeholders and found["anchor"] is not _NO_CUES:
                _drop_first_person(text, placeholders[0][0], found["anchor"])
            if found["anchor"] is not _NO_CUES and '"name"' in text:
                _drop_product_names(text, found["anchor"])
        if _may_be_blank_form(text):
            _drop_cues_within(_blank_label_spans(text), found)
        if "คำว่า" in text or "word" in text or "term" in text:
            _drop_cues_within([m.span() for m in _MENTIONED_WORDS.finditer(text)], found)
        return found

    # -- context and score --------------------------------------------------------------------

    def _near(
        self,
        text: str,
        cues: dict[str, _CueHits],
        kind: str,
        entity_type: str,
        start: int,
        end: int,
        before: int,
        after: int,
        unless_inside: _CueHits | None = None,
    ) -> bool:
        """A ``kind`` cue lies within ``before`` chars before ``start`` or ``after`` chars after ``end``.

        A cue inside a cue of ``unless_inside`` does not count: the role word in "ผู้ป่วยที่"
        or "patients with" belongs to a generic phrase.
        """
        hits = cues[kind]
        if not hits.ends and kind not in self.regex_kinds:
            return False  # nothing of this kind in the text: most kinds, most texts
        low = max(0, start - before)
        # A person may be named by a word that ends inside the term: "ผู้ป่วย" + "ป่วยเป็นโรค
        # หอบหืด" share "ป่วย". (Other kinds keep to the text before the term.)
        for cue_start, cue_end in hits.ending_in(low, end if kind in _PERSON_KINDS else start, entity_type):
            if low <= cue_start < start and not _covered(unless_inside, cue_start, cue_end, entity_type):
                return True
        for cue_start, cue_end in hits.ending_in(end, end + after + 60, entity_type):
            if end <= cue_start < end + after and not _covered(
                unless_inside, cue_start, cue_end, entity_type
            ):
                return True
        regex = self.cue_regex.get((kind, entity_type))
        if regex is None:
            return False
        high = min(len(text), end + after)
        if self.digit_led[kind, entity_type]:
            # No match can start before the first digit, and most windows have none.
            digit = _DIGIT.search(text, low, start)
            if digit is not None and regex.search(text, digit.start(), start):
                return True
            digit = _DIGIT.search(text, end, high)
            return digit is not None and regex.search(text, digit.start(), high) is not None
        return bool(regex.search(text, low, start) or regex.search(text, end, high))

    def _touching_before(
        self,
        text: str,
        cues: dict[str, _CueHits],
        kind: str,
        entity_type: str,
        start: int,
        gap: int,
        term_ends: frozenset[int] = frozenset(),
    ) -> bool:
        """A ``kind`` cue ends at most ``gap`` separator characters before ``start``.

        A copula that itself follows a term (one of ``term_ends``) has that term as its subject:
        in "มะเร็งตับเป็นมะเร็งที่พบมาก" the disease, not a person, "is" the other one.
        """
        if not cues[kind].ends and kind not in self.regex_kinds:
            return False  # nothing of this kind in the text (checked here too: saves a call)
        return self._touching_start(text, cues, kind, entity_type, start, gap, term_ends) >= 0

    def _touching_start(
        self,
        text: str,
        cues: dict[str, _CueHits],
        kind: str,
        entity_type: str,
        start: int,
        gap: int,
        term_ends: frozenset[int] = frozenset(),
    ) -> int:
        """Where the ``kind`` cue of :meth:`_touching_before` starts, or -1 when there is none."""
        hits = cues[kind]
        if not hits.ends and kind not in self.regex_kinds:
            return -1
        for cue_start, cue_end in hits.ending_in(start - gap, start, entity_type):
            if all(ch in _GAP_CHARS for ch in text[cue_end:start]) and not (
                text[cue_start:cue_end].casefold() in _COPULAS and _follows(text, term_ends, cue_start)
            ):
                return cue_start
        regex = self.cue_regex.get((kind, entity_type))
        if regex is not None:
            for match in regex.finditer(text, max(0, start - 40), start):
                if start - gap <= match.end() and all(ch in _GAP_CHARS for ch in text[match.end() : start]):
                    return match.start()
        return -1

    def _touching_after(
        self, text: str, cues: dict[str, _CueHits], kind: str, entity_type: str, end: int, gap: int
    ) -> bool:
        """A ``kind`` cue starts at most ``gap`` separator characters after ``end``."""
        hits = cues[kind]
        if not hits.ends and kind not in self.regex_kinds:
            return False
        for cue_start, _ in hits.ending_in(end, end + gap + 60, entity_type):
            if end <= cue_start <= end + gap and all(ch in _GAP_CHARS for ch in text[end:cue_start]):
                return True
        regex = self.cue_regex.get((kind, entity_type))
        if regex is not None:
            match = regex.match(text, end + len(text[end : end + gap]) - len(text[end : end + gap].lstrip()))
            if match:
                return True
        return False

    def context(
        self,
        text: str,
        cues: dict[str, _CueHits],
        entity_type: str,
        start: int,
        end: int,
        term_ends: frozenset[int] = frozenset(),
    ) -> Context:
        """The context cues around the candidate ``text[start:end]``."""
        org = self._touching_before(text, cues, "org", entity_type, start, 1) or self._touching_after(
            text, cues, "orgafter", entity_type, end, 1
        )
        # A treatment right after an advice verb is proposed or forbidden, not taken ("ช่วยแนะนำ
        # PrEP", "ห้ามสั่ง carbamazepine"): like a word in a name, it is not said of anyone.
        advised = self._touching_before(text, cues, "advice", entity_type, start, 1)
        anchor = self._near(text, cues, "anchor", entity_type, start, end, ANCHOR_BEFORE, ANCHOR_AFTER)
        role = self._near(
            text, cues, "role", entity_type, start, end, ANCHOR_BEFORE, ANCHOR_AFTER, cues["generic"]
        )
        # Advice and generalities are judged within the speaker's own turn: a system prompt's "per
        # policy" or an agent's "please explain" does not make the customer's "I have cancer" a rule.
        turn_start, turn_end = _turn(text, start, end)
        generic = self._near(
            text, cues, "generic", entity_type, start, end,
            min(GENERIC_BEFORE, start - turn_start), min(GENERIC_AFTER, turn_end - end),
        )
        hedge = self._near(
            text, cues, "hedge", entity_type, start, end,
            min(HEDGE_BEFORE, start - turn_start), min(HEDGE_AFTER, turn_end - end),
        )
        verb = self._touching_start(text, cues, "predicate", entity_type, start, PREDICATE_GAP, term_ends)
        # A modal right before the predicate makes it a rule, not an event: "ต้องส่งภาพใบหน้า"
        # (must submit) in a KYC policy, "must enrol a fingerprint". A rule is for anyone.
        ruled = verb >= 0 and self._touching_before(text, cues, "modal", entity_type, verb, 1)
        predicate = verb >= 0 and not ruled
        generic = generic or ruled
        after = self._touching_after(text, cues, "after", entity_type, end, PREDICATE_GAP)
        return Context(org, anchor, role, predicate, after, generic, hedge, advised=advised)


# Where one message of a chat pasted as JSON ends and the next begins: the message keys of the
# common export shapes ({"role", "content"}, {"from", "msg"}, {"sender", "message"}, ...).
_TURN_KEYS = re.compile(r'[{,]\s*"(?:role|from|sender|speaker|author)"\s*:')
# A speaker's turn in a transcript pasted as text: a line led by who speaks ("ผู้ใช้:", "บอท:",
# "Agent:", "[10:02] Customer:"). Only speakers' words, not any field label: "โรค: เบาหวาน"
# is one record, and a header line's "สถิติ" still rules the lines below it.
_SPEAKER_TURN = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,25}\][ ]?[-–]?[ ]?)?(?:[-•*>][ ])?"
    r"(?:ผู้ใช้|ผู้ใช้งาน|ผู้ถาม|ผู้โทร|ผู้แจ้ง|บอท|แชทบอท|ลูกค้า|เจ้าหน้าที่|จนท\.|แอดมิน|พนักงาน|ระบบ"
    r"|(?i:user|bot|chatbot|assistant|ai|agent|customer|caller|client|system|staff|admin|operator|officer))"
    r"(?:[ ]?\([^)\n]{1,30}\))?[ ]?[:：]"
)


def _turn(text: str, start: int, end: int) -> tuple[int, int]:
    """The speaker's turn that ``text[start:end]`` is in: one message of a chat transcript, pasted
    as JSON or as speaker-led lines (the whole text when it is no transcript)."""
    bounds = _turn_bounds(text)
    if not bounds:
        return 0, len(text)
    i = bisect_left(bounds, start + 1)  # turns starting at or before the candidate
    low = bounds[i - 1] if i else 0
    j = bisect_left(bounds, end)
    return low, bounds[j] if j < len(bounds) else len(text)


@lru_cache(maxsize=4)
def _turn_bounds(text: str) -> tuple[int, ...]:
    """Where the turns of a transcript start, in order; empty for a text of one speaker. Asked
    for every candidate of a text, hence cached (the last few texts)."""
    bounds: list[int] = []
    if '"' in text and ":" in text:
        bounds += [m.start() for m in _TURN_KEYS.finditer(text)]
    if "\n" in text and (":" in text or "：" in text):
        bounds += [m.start() for m in _SPEAKER_TURN.finditer(text)]
    if len(bounds) < 2:  # one label is a heading or a field, not a conversation
        return ()
    return tuple(sorted(set(bounds)))


class Context(NamedTuple):
    """What surrounds a candidate (see the module docstring for what each cue kind means)."""

    org: bool
    anchor: bool
    role: bool
    predicate: bool
    after: bool
    generic: bool
    hedge: bool = False
    document: bool = False  # no person nearby, but a specific person elsewhere in the text
    advised: bool = False  # an advice verb right before: proposed or forbidden, not had


def score(strength: str, base: float, ctx: Context, topic: bool = False) -> float:
    """The calibrated score of a candidate (the arithmetic of the module docstring)."""
    if strength == "person" and (ctx.org or ctx.advised):
        return 0.0
    if (
        topic
        and strength == "person"
        and not (ctx.anchor or ctx.predicate or ctx.after or ((ctx.role or ctx.document) and not ctx.generic))
    ):
        # A category named with no one around ("sexual orientation" in a code of conduct), or
        # only a kind of person in a rule ("ห้ามนำเรื่องรสนิยมทางเพศของเพื่อนร่วมงาน...").
        return min(score(strength, base, ctx), TOPIC_ALONE)
    person = 0.4 if ctx.anchor else 0.3 if ctx.role else 0.0
    if strength == "evident":
        value = base + (0.05 if person else 0.0)
        return value - 0.2 if ctx.generic and not ctx.anchor else value
    if strength == "strong":
        value = base + (0.1 if ctx.anchor else 0.05 if ctx.role else 0.0) + (0.05 if ctx.predicate else 0.0)
        if ctx.generic:
            value = value - 0.1 if ctx.anchor else value - 0.2 if ctx.role else min(value, 0.45)
        elif ctx.hedge and not person:
            value = min(value, 0.45)
        return value
    predicate = ctx.predicate or ctx.after
    value = base + (person or (0.2 if ctx.document else 0.0)) + (0.3 if predicate else 0.0)
    if ctx.generic or (ctx.hedge and not predicate and not ctx.anchor):
        value -= 0.5 if not person else 0.2 if predicate else 0.3
    return value


# What may separate two hits that belong to one phrase or one list ("เบาหวาน ความดันสูง",
# "ศาสนาพุทธ ศาสนาคริสต์ และศาสนาอิสลาม"): a list is judged as a whole, so a generic cue next
# to any item (a school subject, a statistic) covers them all.
_CONNECTORS = frozenset({"", ",", "、", "/", "และ", "หรือ", "กับ", "and", "or", "&", ",and", ", and"})


# What may stand between two items of an enumeration of categories (see _enumerations).
_LIST_JOINERS = re.compile(
    r"และ|หรือ|รวมถึง|ตลอดจน|ทั้ง|(?i:\b(?:and|or|as well as|including)\b)|[\s,、/;&()\"'·•*\-]"
)


# A treatment and what it treats, or a procedure and its cause, are one fact ("carbamazepine
# สำหรับโรคลมชัก", "on metformin for type 2 diabetes", "ต้องฟอกไตด้วยค่ะ เพราะไตวายเรื้อรัง"):
# one span, not a drug or a procedure and a disease apart. A spoken particle may come first.
_HEALTH_GAP = re.compile(
    r"\s*(?:ด้วย)?(?:ค่ะ|ครับ|คะ|นะ)?\s*"
    r"(?:สำหรับ(?:รักษา)?|เพื่อรักษา|รักษา|เพราะ(?:เป็น)?|เนื่องจาก(?:เป็น)?"
    r"|(?i:for|to treat|due to|because of))\s*"
)


# An English stance and its object may have an article between them ("supports abolishing the
# lese-majeste law", "signed a petition against the junta"): one opinion, not two fragments.
_ARTICLES = frozenset({"the", "a", "an"})

# How bad, how long, what kind: the words between "diagnosed with" and the disease ("diagnosed with
# generalized anxiety disorder", "has severe chronic kidney disease") belong to the one fact.
_CLINICAL_MODIFIERS = re.compile(
    r"(?i:\s+(?:an?\s+)?(?:(?:generali[sz]ed|chronic|acute|severe|mild|moderate|major|minor|advanced|"
    r"early|late|recurrent|persistent|bilateral|suspected|probable|possible|borderline|"
    r"(?:early|late|adult|juvenile)-onset|end-stage|stage\s+[0-4IV]{1,3}[ABC]?|type\s+[12]|"
    r"treatment-resistant|drug-resistant|paroxysmal|postpartum|post-traumatic)[,]?\s+){1,3})"
)


def _joins(gap: str, entity_type: str = "") -> bool:
    if entity_type == "HEALTH_DATA" and len(gap) <= 40 and (_HEALTH_GAP.fullmatch(gap) or _CLINICAL_MODIFIERS.fullmatch(gap)):
        return True
    if entity_type == "POLITICAL_OPINION" and gap.strip().casefold() in _ARTICLES:
        return True
    if len(gap) > 8:
        return False
    return gap.strip().casefold().replace(" ", "") in _CONNECTORS or (gap != "" and gap.isspace())


# "X is Y" with a term as X defines a term; with a person as X it discloses Y.
_COPULAS = frozenset({"เป็น", "คือ", "is", "is a", "is an", "was", "was a", "are"})


def _follows(text: str, term_ends: frozenset[int], pos: int) -> bool:
    """A term ends right before ``pos`` (at most one separator between)."""
    return pos in term_ends or (pos - 1 in term_ends and text[pos - 1] in _GAP_CHARS)


def _listed_plurals_win(hits: list[tuple[int, int, Term]], plurals: list[int]) -> list[tuple[int, int, Term]]:
    """Drop a singular term stretched over a plural 's' where the plural is listed itself.

    A person noun in the plural is a group ("union members", "wheelchair users"): the lexicon
    lists such plurals with a lower base, and that entry, not the singular's, judges the words.
    """
    stretched = set(plurals)
    listed = {
        (start, stop, term.entity_type) for i, (start, stop, term) in enumerate(hits) if i not in stretched
    }
    return [
        hit
        for i, hit in enumerate(hits)
        if i not in stretched or (hit[0], hit[1], hit[2].entity_type) not in listed
    ]


def _is_topic(hits: list[tuple[int, int, Term]]) -> bool:
    """Merged hits name a category, not a value: every member that is not a ``part`` is a topic
    ("ความพิการ"), or the run is parts only and they are topics ("ศาสนา" alone)."""
    members = [h[2] for h in hits if h[2].mode != "part"] or [h[2] for h in hits]
    return all(t.topic for t in members)


def _summarise(
    entity_type: str, hits: list[tuple[int, int, Term]]
) -> tuple[str, int, int, str, float, bool] | None:
    """One candidate from merged hits: its strength is that of its strongest kind of member.

    A ``boost`` part (a stance: ``ต่อต้าน``, ``critic of the``) adds its score to a person-mode or
    strong member it joins, unless it lies inside that member (``สนับสนุนรัฐบาล`` already says
    it), and to a scored part it joins, an *object* (``รัฐบาลทหาร``, ``junta``): ``ต่อต้าน`` +
    ``รัฐบาลทหาร`` is a person-mode phrase of 0.05 + 0.5 however ``ต่อต้านรัฐบาล`` overlaps them.
    An object alone is a part: news about a party or a junta costs no context search.
    """
    start = min(h[0] for h in hits)
    end = max(h[1] for h in hits)
    boosts = [h for h in hits if h[2].boost]
    for strength, modes in (("evident", _EVIDENT), ("strong", _STRONG), ("person", frozenset({"person"}))):
        members = [h for h in hits if h[2].mode in modes]
        if strength == "person" and boosts:
            members += [
                h for h in hits if h[2].mode == "part" and h[2].score > 0 and not (h[2].boost or h[2].name)
            ]
        if members:
            if strength == "evident" or not boosts:
                base = max(h[2].score for h in members)
            else:
                base = max(h[2].score + _boost(boosts, h[0], h[1]) for h in members)
            return entity_type, start, end, strength, base, _is_topic(hits)
    return None  # only ``part`` members: "โรค" or "ศาสนา" alone says nothing


def _boost(boosts: list[tuple[int, int, Term]], start: int, end: int) -> float:
    """The largest score of a boost part that is not inside ``start:end``, or 0."""
    return max((t.score for s, e, t in boosts if not (start <= s and e <= end)), default=0.0)


def _spellings(term: Term) -> list[str]:
    """The folded keys a term is found by.

    A form or payload key of several words is written as words, in snake_case, kebab-case or
    camelCase (``chief complaint``, ``chief_complaint``, ``chief-complaint``, ``chiefComplaint``):
    every Latin multi-word field is found in each spelling. A strong phrase is also found in
    snake_case, the way a log or a payload writes it as a value (``face_template``).
    """
    key = _fold(term.text)
    if " " not in key or not key.isascii():
        return [key]
    if term.mode != "field":
        # A payload writes a disclosing phrase as a code ("step=face_template"). Only a strong
        # one: a weaker phrase in snake_case is a form's key ("special_needs": ...), not its value.
        if term.mode == "strong" and key.replace(" ", "").isalpha():
            return [key, key.replace(" ", "_")]
        return [key]
    return [key, *(key.replace(" ", sep) for sep in ("_", "-", ""))]


# One to three capitalised Latin words: the proper name a ``name_next``/``name_prev`` part frames.
_NAME_WORD = r"[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*|[A-Z]{2,}"
_NAME_NEXT = re.compile(rf"[ \t]+(?:{_NAME_WORD})(?:[ \t-]+(?:{_NAME_WORD})){{0,2}}")
_NAME_PREV = re.compile(rf"(?:{_NAME_WORD})(?:[ \t-]+(?:{_NAME_WORD})){{0,2}}[ \t]+$")
# Capitalised words that open a sentence or a title rather than name a group.
_NOT_NAMES = frozenset(
    {"The", "A", "An", "And", "Or", "Of", "In", "On", "At", "For", "With", "By", "To", "From"}
    # a question word or a determiner opens a phrase about any one ("Which party supports...")
    | {"Which", "What", "Whose", "This", "That", "These", "Those", "Every", "Each", "Any", "No"}
    | {"My", "Your", "Our", "Their", "His", "Her", "Its"}
)


def _named_span(text: str, start: int, end: int, side: str) -> tuple[int, int] | None:
    """The extent of ``text[start:end]`` plus the proper name on ``side`` of it, or None."""
    if side == "next":
        match = _NAME_NEXT.match(text, end)
        if match is None or match.group().split()[0] in _NOT_NAMES:
            return None
        return start, match.end()
    match = _NAME_PREV.search(text, max(0, start - 60), start)
    if match is None:
        return None
    words = match.group().split()
    while words and words[0] in _NOT_NAMES:  # "The Peranakan descent": the name is Peranakan
        words.pop(0)
    if not words:
        return None
    return text.rindex(words[0], match.start(), start), end


_ABSORB_GAP = frozenset({"", "the", "a", "an"})


def _absorb_gap(gap: str) -> bool:
    """Only white space, a hyphen or an article between an absorbing term and the hit it takes."""
    return len(gap) <= 8 and gap.strip(" \t-").casefold() in _ABSORB_GAP


def _reach(text: str, edge: int, start: int, end: int, side: str) -> tuple[int, int] | None:
    """The stretched span of the hit ``start:end`` when an absorbing phrase ending (``next``) or
    starting (``prev``) at ``edge`` reaches it: it straddles the edge or lies across a small gap."""
    if start < edge < end:
        return start, end
    if side == "next":
        return (edge, end) if edge <= start and _absorb_gap(text[edge:start]) else None
    return (start, edge) if end <= edge and _absorb_gap(text[end:edge]) else None


def _claims(a_start: int, a_end: int, start: int, end: int, side: str) -> bool:
    """A hit ``start:end`` of another category holds the absorber ``a_start:a_end`` or overlaps it
    from inside towards the side it absorbs (a reading of the same words in a longer phrase)."""
    if start <= a_start and a_end <= end and end - start > a_end - a_start:
        return True
    if side == "next":
        return a_start < start < a_end < end
    return start < a_start < end < a_end


def _absorb(text: str, hits: list[tuple[int, int, Term]]) -> list[tuple[int, int, Term]]:
    """Hand the hits that an ``absorb`` term takes in over to that term's category.

    Hits of another category inside the absorbing term, or chained right after (``absorb_next``)
    or before (``absorb_prev``) it, become hits of its category with their own mode and score;
    an absorbed hit's span is stretched over the gap, so that the phrase merges into one group.
    """
    hits = sorted(hits, key=lambda h: (h[0], -h[1]))
    taken: dict[int, tuple[int, int, Term]] = {}
    dropped: set[int] = set()
    for index, (a_start, a_end, absorber) in enumerate(hits):
        if not absorber.absorb or index in taken:
            continue
        own = absorber.entity_type
        others = [(i, h) for i, h in enumerate(hits) if h[2].entity_type != own and i not in taken]
        if any(_claims(a_start, a_end, s, e, absorber.absorb) for _, (s, e, _) in others):
            # Another category reads the absorber's own words in a longer phrase: "พาหะเชื้อ..."
            # and the "พาหะ" of "เป็นพาหะไวรัสตับอักเสบ" are an infection, not a gene.
            dropped.add(index)
            continue
        for i, (start, end, term) in others:
            if a_start <= start and end <= a_end:
                taken[i] = (start, end, replace(term, entity_type=own, topic=False, absorb=""))
        edge = a_end if absorber.absorb == "next" else a_start
        changed = True
        while changed:
            changed = False
            for i, (start, end, term) in others:
                if i in taken:
                    continue
                span = _reach(text, edge, start, end, absorber.absorb)
                if span is None:
                    continue
                taken[i] = (*span, replace(term, entity_type=own, topic=False, absorb=""))
                edge = span[1] if absorber.absorb == "next" else span[0]
                changed = True
    return [taken.get(i, h) for i, h in enumerate(hits) if i not in dropped]


@lru_cache(maxsize=1)
def _person_recognizer() -> ThaiRecognizer:
    """A PERSON recognizer of this module's own, built on first need (a third of a second).

    Imported here, not at the top: the recognizers package imports this module first.
    """
    from pdpa_guard.detect.recognizers.person import PersonRecognizer

    return PersonRecognizer()


# The doctor is rarely the subject of what a note says (as for the document cues).
_DOCTOR_TITLES = ("นายแพทย์", "แพทย์หญิง", "แพทย์", "หมอ", "นพ.", "พญ.", "ทพ.", "ทพญ.", "Dr", "dr", "DR")


def _names(text: str) -> list[tuple[int, int]]:
    """Where the PERSON recognizer finds a name it would report (score at the threshold or more),
    other than a doctor's."""
    from pdpa_guard.detect.recognizers.person import PersonRecognizer

    # In the engine PERSON has just searched this very string (see PersonRecognizer.found_in);
    # alone, this module searches it with its own PERSON recognizer.
    found = PersonRecognizer.found_in(text)
    return [
        (span.start, span.end)
        for span in (found if found is not None else _person_recognizer().find(text))
        if span.score >= REPORT_THRESHOLD
        and not text.startswith(_DOCTOR_TITLES, span.start)
        and not text[max(0, span.start - 9) : span.start].rstrip().endswith(_DOCTOR_TITLES)
    ]


# A law cited by name or section ("พ.ร.บ.แรงงานสัมพันธ์", "มาตรา 121", "Section 33 of the Act"), or
# an official circular ("หนังสือเวียน", a letter numbered "ที่ สธ 0808/ว 526"): rules for a class of people.
_LAW_CITATION = re.compile(
    r"พ\.ร\.บ\.|พระราชบัญญัติ|ประมวลกฎหมาย|มาตรา[ ]?\d|หนังสือเวียน|แจ้งเวียน|\d{3,5}/ว[ ]?\d"
    r"|(?i:\bsection[ ]\d+[a-z]?[ ]of[ ]the\b|\bact,?[ ]b\.e\.)"
)
# A notice, a procedure or a rule posted for everyone ("ประกาศโรงพยาบาล เรื่อง...", "ขั้นตอน...
# สำหรับติดบอร์ด", "Notice to all patients"), or an FAQ: its roles (ผู้รับบริการ, ผู้ถือบัตร) are
# classes too.
_NOTICE = re.compile(
    r"(?:^|\n)[ \t]*(?:ประกาศ|ขั้นตอน|หลักเกณฑ์|แนวปฏิบัติ|ระเบียบ(?!การ))|ติดบอร์ด|บอร์ดประชาสัมพันธ์"
    r"|(?i:\bnotice[ ]to[ ](?:all|patients|customers|staff|employees|residents)\b)"
    # An FAQ answers for everyone who asks: "ผู้ป่วยมะเร็ง ใช้สิทธิ..." there is a class of patients.
    r"|คำถามที่พบบ่อย|ถาม-ตอบ|(?i:\bFAQs?\b|frequently asked questions)"
)
# Cue kinds that point at a person (see SensitiveModel._near).
_PERSON_KINDS = frozenset({"anchor", "role"})

# One candidate as :meth:`SensitiveModel.explain` returns it.
_Row = tuple[str, int, int, str, float, Context, float]

# A label: a term closing a heading or a form key ("Family hx / genetic:", "บันทึกจิตแพทย์ (ย่อ):"),
# at most LABEL_LEAD characters after the start of its line.
_LABEL_END = re.compile(r"[ \t]*(?:\([^()\n]{0,20}\))?[ \t]*[:：]")
LABEL_LEAD = 40
# A blank to fill in after a key: "เชื้อชาติ ______", "Religion: .........", "ศาสนา: …".
_BLANK = re.compile(r"[ \t]*[:：]?[ \t]*(?:_{2,}|\.{4,}|…+)")


def _drop_labels(text: str, rows: list[_Row]) -> list[_Row]:
    """Zero a term that only labels a value: a blank one, or one reported itself.

    "Family hx / genetic: ยีน BRCA1 กลายพันธุ์" discloses the gene, not the word "genetic"; the
    heading "จดบันทึกจิตแพทย์ (ย่อ): ... วินิจฉัยโรคซึมเศร้า" names a genre. The disclosure is the
    value of the same category on the same line after the colon; with no such value, the label
    is all there is and it stays (a form field proper is matched by its ``field`` entry).
    """
    blanks = "__" in text or "...." in text or "…" in text
    if not blanks and (len(rows) < 2 or (":" not in text and "：" not in text)):
        return rows
    out = []
    for row in rows:
        entity_type, start, end, strength, _, _, value = row
        if blanks and _BLANK.match(text, end):
            out.append((*row[:6], 0.0))  # the key of an empty form field: nothing is filled in
            continue
        label = None
        near_start = False
        if strength != "evident" and value >= REPORT_THRESHOLD and "\n" not in text[start:end]:
            line_start = text.rfind("\n", 0, start) + 1
            near_start = start - line_start <= LABEL_LEAD
            label = _LABEL_END.match(text, end)
        if label is not None:
            line_end = text.find("\n", label.end())
            line_end = len(text) if line_end < 0 else line_end
            # Near the line's start the value may come anywhere after the colon; further in (a
            # key after a name and an HN: "... HN 6824 ผลโครโมโซม: 46,XY"), only right after it.
            value_at = line_end - len(text[label.end() : line_end].lstrip(" \t"))
            if any(
                other[0] == entity_type
                and label.end() <= other[1] < line_end
                and (near_start or other[1] == value_at)
                and other[6] >= REPORT_THRESHOLD
                for other in rows
            ):
                row = (*row[:6], 0.0)
        out.append(row)
    return out


NAME_ACROSS_LINES = 30  # how far a name on another line still counts as the term's person

# A term glued to one of these is part of an identifier (``sunni_tharathon@...``, ``x.gay``);
# a dot only with a letter or digit on its other side (not a full stop).
_IDENTIFIER_GLUE = frozenset("_@/\\")


def _glued(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is part of a longer identifier: an e-mail address, a user name, a path."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before in _IDENTIFIER_GLUE or after in _IDENTIFIER_GLUE:
        return not _upper_code(text, start, end)
    return (before == "." and start > 1 and text[start - 2].isalnum()) or (
        after == "." and end + 1 < len(text) and text[end + 1].isalnum()
    )


def _upper_code(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies in an UPPER_SNAKE code (``UNION_DUES_TLU``, ``HIV_POS``).

    A record's value codes are written in capitals; user names and e-mail addresses are not, so
    such a code in a row that names its person is that person's data, not an identifier's word.
    """
    low, high = start, end
    while low > 0 and (text[low - 1].isalnum() or text[low - 1] == "_"):
        low -= 1
    while high < len(text) and (text[high].isalnum() or text[high] == "_"):
        high += 1
    token = text[low:high]
    if "_" not in token or any(ch.islower() for ch in token):
        return False
    return not (low > 0 and text[low - 1] in "@/\\.") and not (high < len(text) and text[high] in "@/\\")


def _named_near(text: str, names: list[tuple[int, int]], start: int, end: int) -> bool:
    """A name ends in the anchor window before ``text[start:end]`` or starts in the one after.

    Not when the term is itself part of a name ("Sunni Tharathon") or of an identifier (an
    e-mail address, a user name): such a word says nothing about anyone's beliefs.
    """
    if _glued(text, start, end):
        return False
    if any(name_start < end and start < name_end for name_start, name_end in names):
        return False
    for name_start, name_end in names:
        if start - ANCHOR_BEFORE <= name_end <= start:
            gap = text[name_end:start]
        elif end <= name_start < end + ANCHOR_AFTER:
            gap = text[end:name_start]
        else:
            continue
        # On another line, only a name close by: a record's fields ("subject", "note") are lines,
        # but the sender of a mail is not the subject of its every line.
        if "\n" not in gap or len(gap) <= NAME_ACROSS_LINES:
            return True
    return False


# ``Span(...)`` without the Python-level ``__new__`` of a NamedTuple: the same tuple, made faster.
_new_span = tuple.__new__


@lru_cache(maxsize=1)
def sensitive_model() -> SensitiveModel:
    """The process-wide model: the engine builds one recognizer per language, both share it."""
    return SensitiveModel(load_lexicons(), load_context())


class SensitiveDataRecognizer(ThaiRecognizer):
    """PDPA s.26 special categories from Thai and English lexicons, judged in context."""

    ENTITIES = tuple(sorted(SENSITIVE_TYPES))

    def __init__(self, supported_language: str = "th") -> None:
        super().__init__(supported_language=supported_language)
        self.model = sensitive_model()

    def find(self, text: str) -> Iterator[Span]:
        return self.model.find(text)

    def clear_caches(self) -> None:
        # The PERSON recognizer that finds untitled names (see _names) memoises word look-ups.
        if _person_recognizer.cache_info().currsize:
            _person_recognizer().clear_caches()
