"""Reading the PDPA s.26 lexicons and context cues (data files, not code).

Where the files live
    ``pdpa_guard/detect/data/sensitive/<entity_type>.txt``, one file per s.26 category, the file
    name being the entity type in lower case (``health_data.txt`` -> ``HEALTH_DATA``), and
    ``_context.txt``, the cue words that decide whether a term is said *about a person*.

Lexicon format (``<entity_type>.txt``), UTF-8, one entry per line::

    TERM [| MODE [| SCORE [| FLAGS]]]

- Columns are separated by a bar with white space around it (`` | ``); a term never contains one.
- Blank lines and lines starting with ``#`` are ignored; so is everything after `` #``.
- ``TERM`` is literal text. Latin letters match case-insensitively (unless FLAGS has ``cs``) and
  may not touch another Latin letter or digit (``gay`` is not in ``Gaynor``; a trailing plural
  ``s`` is allowed). Thai has no word boundaries, so a Thai term may not start after a leading
  vowel or end before a combining vowel/tone mark or a silenced consonant (``ยีน`` is not in
  ``ยีนส์``); every other substring clash is listed explicitly with MODE ``not``.
- ``MODE`` (default ``person``):

  ``strong``  discloses the fact on its own (``ต้องโทษจำคุก``, ``ติดเชื้อ HIV``); generic context
              (an article, a statistic, a product) still drops it.
  ``person``  an ordinary or ambiguous word (``เบาหวาน``, ``Muslim``): reported only with a person
              cue nearby (a name, a pronoun, a role such as ผู้ป่วย/customer, or a predicate
              right before it such as เป็น/นับถือ/diagnosed with).
  ``part``    never reported alone; extends an adjacent hit of the same category
              (``โรค`` + ``เบาหวาน`` -> ``โรคเบาหวาน``, ``ศาสนา`` + ``อิสลาม``).
  ``not``     a longer word that is something else; hides every shorter hit (any category)
              inside it (``คริสต์มาส`` hides ``คริสต์``, ``สหภาพยุโรป`` hides ``สหภาพ``); a term
              of exactly the same extent in another lexicon stays (``ไบโพลาร์``).
  ``field``   a form or JSON key; reported when followed by ``:`` or ``=`` and a value that is
              not empty/none (``ศาสนา: อิสลาม``, ``"religion": "Buddhist"``). The span runs to the
              end of the value.
  ``value``   a measurement name; reported when followed by a number (``HbA1c 8.2%``,
              ``ความดัน 150/90``). The span runs to the end of the number and unit.
  ``code``    an ICD-10 cue; reported when followed by an ICD-10 code (``ICD-10: E11.9``).
  ``lead``    a phrase that introduces a value of the category (``ได้รับบาดเจ็บ`` + the injury):
              the value right after it (one unspaced phrase, plus a size such as ``5 ซม.``) is
              reported, not the phrase; it is judged like a field value.

- ``SCORE`` overrides the mode's base score (0..1). Defaults: strong 0.85, person 0.35,
  field 0.9, value 0.6, code 0.9, lead 0.8. A person-mode term needs cues worth +0.15 or more to reach the
  engine's 0.5 threshold; see ``sensitive.py`` for the arithmetic.
- ``FLAGS``: comma-separated; ``cs`` = match the Latin letters case-sensitively (``AIDS`` but not
  ``hearing aids``); ``topic`` = the term names the category itself (``ศาสนา``, ``ความพิการ``,
  ``criminal records``, ``sexual orientation``) rather than a value of it (``อิสลาม``, ``หูหนวก``).
  A topic says nothing about anyone on its own: it needs a person cue to be reported, and a list
  of topics of several categories is an enumeration (a law, a policy, a consent form), not a
  disclosure. A ``field`` entry is never a topic: its value is the disclosure.
  ``absorb_next`` / ``absorb_prev`` = the term takes in a hit of *another* category right after
  / right before it (only white space, a hyphen or an article between) and any hit of another
  category inside it: the whole phrase is reported in this term's category only. A carrier of a
  disease is a genetic fact, not an illness: ``พาหะ`` + ``โรคฮีโมฟีเลีย``, ``carrier of`` +
  ``cystic fibrosis``, ``thalassemia`` + ``trait`` give one ``GENETIC_DATA`` span and no
  ``HEALTH_DATA``. The absorbed hits keep their mode and score, so a ``part`` absorber
  (``carrier of``, ``trait``) is reported only with what it absorbed.
  ``name_next`` / ``name_prev`` (``part`` terms only) = the term frames a proper name written
  after / before it, one to three capitalised Latin words (``ethnic`` + ``Hmong``, ``Peranakan``
  + ``descent``): no lexicon lists every group, so the frame plus the name is a ``person``-mode
  hit with this entry's score; without a name the entry stays a part. A ``not`` entry that ends
  with the frame names what the phrase is instead (``Christmas Party``), and stops the name.
  ``boost`` (``part`` terms only, with a SCORE) = the part is a stance or an act that turns the
  term it joins into a statement: its score is added to the base of the phrase it merges with
  (``ต่อต้าน`` + ``รัฐบาลทหาร``, ``critic of the`` + ``junta``, ``votes for the`` + ``People's
  Party``). The object alone has a tiny base (a party, a government, a movement are news, not
  opinions), so only the pair reaches the threshold; a boost inside a longer term adds nothing.
  ``secondary`` = the term wraps a fact rather than stating it (``ลาป่วย``, sick leave: someone
  was ill, not with what): reported alone, dropped when the same text reports a term of its
  category that is not secondary (the diagnosis the leave was for), so one fact is one finding.

Context format (``_context.txt``), same syntax::

    CUE | KIND [| ENTITY_TYPES]

- ``CUE`` is literal text, or a regular expression when written ``re:PATTERN`` (regexes are
  case-sensitive unless they say ``(?i)``; they may not contain `` | ``).
- ``KIND`` is one of ``anchor`` (a specific person: title, pronoun, age, HN), ``role`` (a kind of
  person: patient, customer, employee), ``predicate`` (right before a term: เป็น, นับถือ,
  diagnosed with), ``after`` (right after a term: ระยะที่, positive), ``generic`` (nearby:
  the text is general knowledge, statistics, law, a product or an event), ``hedge`` (nearby: advice
  or an instruction such as ควร/อธิบาย/should; generic for a person-mode term only when neither a
  predicate right before it nor an anchor is there, because prompts are full of instructions),
  ``demote`` (right before a strong term: a nominaliser such as การ, "the act in general", so
  the term is judged as a person-mode term), ``modal`` (right before a predicate: an obligation
  such as ต้อง/must, so the predicate states a rule for anyone: it does not count, and the
  context is generic), ``document`` (a regex for a specific person anywhere in the text: a titled name, an HN; worth
  less than an anchor nearby, it lets a record that names its subject once be about that person),
  ``org`` (right before a
  term: the term is part of an organisation's or place's name: โรงพยาบาล, ธนาคาร) and
  ``orgafter`` (right after a term: Society, Foundation, โลก), ``advice`` (right before a
  person-mode term: it is proposed, forbidden or asked about, not had or taken: แนะนำ PrEP,
  ห้ามสั่ง carbamazepine, recommend metformin; the term is dropped as next to an org word).
- ``ENTITY_TYPES``: comma-separated entity types the cue applies to; ``*`` or absent = all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pdpa_guard.detect.catalogue import SENSITIVE_TYPES

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "sensitive"
CONTEXT_FILE = "_context.txt"

MODES = ("strong", "person", "part", "not", "field", "value", "code", "lead")
DEFAULT_SCORES = {
    "strong": 0.85,
    "person": 0.35,
    "part": 0.0,
    "not": 0.0,
    "field": 0.9,
    "value": 0.6,
    "code": 0.9,
    "lead": 0.8,
}
KINDS = (
    "anchor",
    "role",
    "predicate",
    "after",
    "generic",
    "hedge",
    "org",
    "orgafter",
    "demote",
    "modal",
    "document",
    "advice",
)
FLAGS = ("cs", "topic", "absorb_next", "absorb_prev", "name_next", "name_prev", "boost", "secondary")

_COLUMNS = re.compile(r"\s+\|\s+")
_COMMENT = re.compile(r"\s+#.*$")


class LexiconError(ValueError):
    """A malformed lexicon or context line; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon entry."""

    text: str
    entity_type: str
    mode: str
    score: float
    case_sensitive: bool = False
    topic: bool = False  # names the category (ศาสนา, disability), not a value of it
    absorb: str = ""  # "next" | "prev": takes in the adjacent hit of another category
    name: str = ""  # "next" | "prev": a part that frames a capitalised name on that side
    boost: bool = False  # a part whose score is added to the phrase it joins (a stance, an act)
    secondary: bool = False  # a wrapper of a fact (sick leave): dropped when the fact itself is reported


@dataclass(frozen=True, slots=True)
class Cue:
    """One context cue; ``entity_types`` is None when it applies to every category."""

    text: str
    kind: str
    entity_types: frozenset[str] | None
    is_regex: bool = False

    def applies_to(self, entity_type: str) -> bool:
        return self.entity_types is None or entity_type in self.entity_types


def _rows(lines: Iterable[str], source: str) -> Iterable[tuple[int, list[str]]]:
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        line = _COMMENT.sub("", line).strip()
        if line:
            yield number, [col.strip() for col in _COLUMNS.split(line)]


def parse_lexicon(lines: Iterable[str], entity_type: str, source: str = "<lexicon>") -> list[Term]:
    """Parse lexicon lines (format in the module docstring) for ``entity_type``."""
    terms = []
    for number, cols in _rows(lines, source):
        where = f"{source}:{number}"
        if len(cols) > 4:
            raise LexiconError(f"{where}: at most 4 columns (TERM | MODE | SCORE | FLAGS)")
        text = cols[0]
        mode = cols[1] if len(cols) > 1 and cols[1] else "person"
        if mode not in MODES:
            raise LexiconError(f"{where}: unknown mode {mode!r}; expected one of {', '.join(MODES)}")
        score = DEFAULT_SCORES[mode]
        if len(cols) > 2 and cols[2] not in ("", "-"):
            try:
                score = float(cols[2])
            except ValueError:
                raise LexiconError(f"{where}: score {cols[2]!r} is not a number") from None
            if not 0.0 <= score <= 1.0:
                raise LexiconError(f"{where}: score {score} outside 0..1")
        flags = {f.strip() for f in cols[3].split(",") if f.strip()} if len(cols) > 3 else set()
        unknown = flags - set(FLAGS)
        if unknown:
            raise LexiconError(f"{where}: unknown flag(s) {', '.join(sorted(unknown))}")
        if "topic" in flags and mode == "field":
            raise LexiconError(f"{where}: a field is never a topic (its value is the disclosure)")
        absorb = _side(flags, "absorb", where)
        if absorb and mode in ("not", "field", "value", "code", "lead"):
            raise LexiconError(f"{where}: a {mode} entry cannot absorb another hit")
        name = _side(flags, "name", where)
        if name and mode != "part":
            raise LexiconError(f"{where}: only a part frames a name (name_next / name_prev)")
        if name and (len(cols) <= 2 or cols[2] in ("", "-")):
            score = DEFAULT_SCORES["person"]  # the score of the frame plus its name
        boost = "boost" in flags
        if boost and (mode != "part" or len(cols) <= 2 or cols[2] in ("", "-")):
            raise LexiconError(f"{where}: a boost is a part with a score (TERM | part | SCORE | boost)")
        terms.append(
            Term(
                text,
                entity_type,
                mode,
                score,
                "cs" in flags,
                "topic" in flags,
                absorb,
                name,
                boost,
                "secondary" in flags,
            )
        )
    return terms


def _side(flags: set[str], prefix: str, where: str) -> str:
    """``next`` or ``prev`` from the flags ``<prefix>_next`` / ``<prefix>_prev``, or ``""``."""
    sides = [side for side in ("next", "prev") if f"{prefix}_{side}" in flags]
    if len(sides) > 1:
        raise LexiconError(f"{where}: {prefix}_next and {prefix}_prev exclude each other")
    return sides[0] if sides else ""


def parse_context(lines: Iterable[str], source: str = "<context>") -> list[Cue]:
    """Parse context lines (format in the module docstring)."""
    cues = []
    for number, cols in _rows(lines, source):
        where = f"{source}:{number}"
        if len(cols) not in (2, 3):
            raise LexiconError(f"{where}: expected CUE | KIND [| ENTITY_TYPES]")
        text, kind = cols[0], cols[1]
        if kind not in KINDS:
            raise LexiconError(f"{where}: unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
        types: frozenset[str] | None = None
        if len(cols) == 3 and cols[2] not in ("", "*"):
            types = frozenset(t.strip() for t in cols[2].split(",") if t.strip())
            unknown = types - SENSITIVE_TYPES
            if unknown:
                raise LexiconError(f"{where}: unknown entity type(s) {', '.join(sorted(unknown))}")
        is_regex = text.startswith("re:")
        if kind == "document" and not is_regex:
            raise LexiconError(f"{where}: a document cue must be a regex (re:...)")
        if is_regex:
            text = text[3:]
            try:
                re.compile(text)
            except re.error as exc:
                raise LexiconError(f"{where}: bad regex: {exc}") from None
        cues.append(Cue(text, kind, types, is_regex))
    return cues


def load_lexicons(directory: Path = DATA_DIR) -> list[Term]:
    """Every category file in ``directory``; each s.26 type must have exactly one file."""
    terms: list[Term] = []
    seen = set()
    for path in sorted(directory.glob("*.txt")):
        if path.name.startswith("_"):
            continue
        entity_type = path.stem.upper()
        if entity_type not in SENSITIVE_TYPES:
            raise LexiconError(f"{path.name}: {entity_type} is not an s.26 entity type")
        seen.add(entity_type)
        terms.extend(parse_lexicon(path.read_text(encoding="utf-8").splitlines(), entity_type, path.name))
    missing = SENSITIVE_TYPES - seen
    if missing:
        raise LexiconError(f"{directory}: no lexicon for {', '.join(sorted(missing))}")
    return terms


def load_context(directory: Path = DATA_DIR) -> list[Cue]:
    """The context cues of ``directory/_context.txt``."""
    path = directory / CONTEXT_FILE
    return parse_context(path.read_text(encoding="utf-8").splitlines(), path.name)
