"""PERSON: Thai and romanised personal names, found without tokenising the text.

Evidence, strongest first (the span includes the title, as ThaiNER and our dev set annotate):

* a title or rank before the name (data/person/titles_th.txt: นาย, นาง, นางสาว, น.ส., ด.ช.,
  ด.ญ., คุณ, ดร., ศ./รศ./ผศ. and stacks such as ผศ.ดร., military and police ranks in
  abbreviated and full spellings, พ.อ.(พิเศษ), monks' and royal titles), glued or not;
* a context cue (data/person/cues.txt: ลูกค้าชื่อ, ผู้ป่วย, ชื่อ-นามสกุล, ผู้เอาประกันภัย, ...;
  en_cues.txt: "Name:", "customer_name":, "Dear", role nouns such as "Spouse"), and chat speakers;
* a role or kinship noun glued to the name (cues.txt class ``role``: หัวหน้างานเนตรฤดี,
  ไรเดอร์กวีฉัฏฐ, ญาติ..., พยาบาล...), and คุณ right after one (หัวหน้างานคุณวราเอื้อ), where
  คุณ is a title and not "you";
* an untitled "Given Surname" pair, a quoted headline name, a bare list name at a word edge,
  the name that opens an item of a numbered list of people ("1) Kosal Pich สัญชาติ...",
  "Attendees: 1. ..."), and later bare mentions of a name already found with a title;
* English titles (Mr./Ms./Dr./Khun/K./Ajarn, upper or title case) before capitalised words;
* structure: a self-introduction ("I am ...", "Hi, this is ..."), the line after a sign-off
  ("Best regards,\nX"), a full name before an identifier, e-mail or age in brackets
  ("X (ext. 272)"), a bulleted item's name before a role ("- X, line supervisor"), chat speaker
  labels ("10:21 ฝ้าย: ...", or a label opening two lines), and name columns of CSV rows and
  SQL INSERT tuples;
* untitled romanised Thai names ("filed by Pathwikan Sriphedt", "display": "...", "Necha
  Watnaphakdichai, 35,"): two or three capitalised words whose letters look like romanised Thai
  (``RomanisedShape``, a character n-gram table shipped as data/person/romanised_shape.tsv),
  joined by no organisation/place word (en_not_person.txt, provinces) and next to person
  evidence (en_person_before.txt before them; an age, an identifier in brackets, a possessive,
  a phone or a person's verb after them). The same pass takes runs that open with a common
  English given name (en_given.txt) or are made of Burmese syllables, and accepts more slots: a
  table cell or a line start before a comma, a colon (speaker) or "28M", a role noun and a
  comma, an e-mail address in angle brackets; in strong slots (a name key, a role noun, a cell
  of its own) a weaker romanised shape is enough. Airline SURNAME/GIVEN names in booking texts.

Thai titles are also the first letters of ordinary words (นายกรัฐมนตรี, คุณภาพ, มิถุนายน,
ขอบคุณ, พยายาม, "45 นาย"), and คุณ is the everyday "you". Each candidate is therefore checked
against the dictionary and TNC word frequencies (words starting or ending with the title, words
running across it, verbs that follow a pronoun), against organisation/place/product words and
provinces, and the name's extent is cut where a word that typically follows names begins
(กล่าว, ได้, อายุ, รองนายก...). Titles are found with one Aho-Corasick pass; everything else is
set look-ups in prefix indexes, so no per-call word segmentation is needed.

Names in no list: PyThaiNLP's name lists cover only ~58% of the given names and ~26% of the
surnames in ThaiNER train, and they hold ordinary words (ที่, วัน, ใหม่). ``NameShape``
(person_lexicon) scores how much a word's letters (character 1-4-grams) look like a given name or
a surname rather than TNC vocabulary; it decides surnames after a title, untitled pairs
("ธีรวัชร์ เพชรรัตนากร") and quoted names. It is built at load time from wheel-shipped corpora
(about half a second), so nothing is trained on ThaiNER and no model file is shipped.

Options measured (ThaiNER 1.5.1: train for development, val reported once):

1. Rules + lists + name shape (this module). Train P 0.964 R 0.840; val P 0.962 R 0.894
   F1 0.927 through the whole engine (bench/thainer_person.py). On the project's labelled dev
   split (prompt-like, fabricated): PERSON P 1.000 R 0.993, no negative prompt with a PERSON
   finding. CPU time of this recognizer alone: ~0.1 ms per KB of UTF-8 Thai news, the densest
   case (titles and names in every line); English-only text skips the Thai passes.
2. PyThaiNLP's ThaiNER CRF: ``NER("thainer")`` needs the downloaded corpus "thainer-1.4", and the
   wheel's thainer_crf_1_5_1.model needs the downloaded "blackboard_pt_tagger" POS model, so it
   cannot run offline. It was also trained on ThaiNER 1.5.1, very likely including our val
   split, so its val score would not be trustworthy; and it tokenises every text with newmm.
3. A CRF trained on our train split (python-crfsuite): a new dependency and a model file, token
   or syllable features (segmentation cost) and a model that memorises news names. The name-
   shape model gives the generalisation without those costs; the remaining val misses are
   mostly foreign names written in Thai script, bare nicknames and famous given names
   used alone, which a news-trained model would learn from news rather than from prompts.

Scores: titles and ranks 0.9-0.95, cues 0.75-0.85, pairs 0.65-0.75, quoted 0.6, bare 0.55.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import product
from typing import ClassVar

import ahocorasick

from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer
from pdpa_guard.detect.recognizers.cued_numbers import _CELL_TRIM, _DELIMITERS, column_cells
from pdpa_guard.detect.recognizers.person_lexicon import (
    THAI_NAME_CHARS,
    PersonLexicon,
    PrefixIndex,
    _data_lines,
    load_lexicon,
)
from pdpa_guard.detect.recognizers.public_figures import names_office_holders, public_office_holder
from pdpa_guard.detect.text import latin_finditer, latin_stretches

_NC = f"[{THAI_NAME_CHARS}]"
_RUN = re.compile(f"{_NC}+")
# Runs of two letters or more: the only ones _shapes looks at (one-letter runs never match).
_RUN2 = re.compile(f"{_NC}{{2,}}")
# Polite particles that chat glues to the end of a word (see PersonRecognizer._run_at).
_GLUED_PARTICLES = ("ค่ะ", "ครับ", "คะ", "คับ", "จ้า", "จ้ะ", "ค่า")
_GLUED_PARTICLE = re.compile("(?:นะ)?(?:ค่ะ|ครับ|คะ|คับ|จ้า|จ้ะ|ค่า)$")
_NAME_CHAR = re.compile(_NC)
# The same class as a set, for one-character tests in hot loops (a set look-up, not a regex call).
_NAME_CHARS = frozenset(chr(c) for c in range(0x0E00, 0x0E80) if _NAME_CHAR.match(chr(c)))
_THAI_CONSONANTS = re.compile("[\u0e01-\u0e2e]+")
# What separates a given name from a surname: one space (or a no-break / zero-width space).
_SEPS = frozenset(" \u00a0\u200b\ufeff")
_QUOTES_OPEN = frozenset("\"'“‘«")
_QUOTES_CLOSE = frozenset("\"'”’»")
# A run right after one of these is part of a code or an abbreviation, not a bare name.
_NOT_BARE_AFTER = frozenset(".-/")
# The character before a quoted run: the quote, or a zero-width character after it.
_BEFORE_QUOTED = _QUOTES_OPEN | frozenset("\ufeff\u200b")
_SPECIAL_RANK = re.compile(r"[ ]?\(พิเศษ\)")
# "ทหาร 45 นาย", "กว่าสิบนาย": นาย after a number counts people.
_COUNT_BEFORE = re.compile(r"(?:\d|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย|พัน|หมื่น|แสน|กว่า|หลาย)[ ]?$")
# ... but not after an ordinal or a row number: "จำเลยที่ 1 นายเสือ ใจกล้า", "ลำดับ 2 นายสมชาย".
_ORDINAL_BEFORE = re.compile(r"(?:ที่|ลำดับ|No\.?|#)[ ]?\d{1,3}[ ]?$")
# A title right after a place word names a place: วัดยายร่ม, ถนนพระราม, โรงเรียนนายร้อย.
# (A tuple for str.endswith: one C call, cheaper than a regex search over the window.)
_PLACE_WORDS = (
    "วัด", "ซอย", "ซ.", "ถนน", "ถ.", "โรงเรียน", "ร.ร.", "หมู่บ้าน", "ตำบล", "ต.", "อำเภอ", "จังหวัด", "จ.",
    "ชุมชน", "ตลาด", "สะพาน", "คลอง", "ค่าย", "ศาลา", "อาคาร", "ห้อง", "เขต", "แขวง", "ดอย", "เขา", "ถ้ำ",
    "เกาะ", "บึง", "หนอง", "ห้วย", "สถานี", "มูลนิธิ", "รางวัล", "เหรียญ",
    # Stations are named after districts that are given names too ("ใกล้ BTS อารีย์").
    "BTS", "MRT", "ARL", "BRT", "BTS ", "MRT ", "ARL ", "BRT ", "สถานี ",
)


def _place_before(text: str, end: int) -> bool:
    """True when a place word ends at ``end`` (or right before a line break there)."""
    if end and text[end - 1] == "\n":
        end -= 1
    return text.endswith(_PLACE_WORDS, 0, end)

_ADDRESS_BEFORE = re.compile(r"(?:ต\.|ตำบล|แขวง|หมู่|ม\.)\s?\S*\s*$")
_ADDRESS_AFTER = re.compile(r"^(?:\s?[^\s.]+){0,2}\s?(?:จ\.|จังหวัด|\d{5})")
_LEADING_VOWELS = frozenset("เแโใไ")
# Between a cue and the name: spaces, a colon or dash, an opening quote (ชื่อ: "สมชาย").
# ... or an opening bracket ("สามี (มาลัย บุญมา) คบชู้").
# (คือ/ว่า: "ทราบชื่อคือ สมพงษ์ แก้วใส", "ชื่อว่า มาลี": the link word is not the name.)
_CUE_SEPARATOR = re.compile("[ ]{0,2}(?:(?:[:：=\\-]|คือ|ว่า)[ ]{0,2})?[\"“'‘(]?")
# Pronouns and function words after which a title starts a new word (ผมนางสาว..., กับนาย...).
_FREE_BEFORE = (
    "ผม",
    "ดิฉัน",
    "ฉัน",
    "หนู",
    "กระผม",
    "ข้าพเจ้า",
    "เรา",
    "กับ",
    "และ",
    "ของ",
    "โดย",
    "ให้",
    "ถึง",
    "จาก",
    "ที่",
    "คือ",
    "ว่า",
    "แก่",
    "แด่",
    "ต่อ",
    "เป็น",
    "ชื่อ",
    "เรียน",
    "ถาม",
    "บอก",
    "แจ้ง",
)
_ABBREVIATED = re.compile("ฯ|\\.[ ]?[\u0e01-\u0e2e\u0e40-\u0e44\\d]")
# A Thai word starts with a consonant or a leading vowel, never with ะ า ิ ุ or a tone mark.
_WORD_START = re.compile("[\u0e01-\u0e2e\u0e40-\u0e44]")

# A capitalised word, hyphenated or with an apostrophe inside (Jean-Paul, O'Brien, D'Souza), but
# not a possessive's "'s" ("Kaewta's file" names Kaewta).
_EN_WORD = r"(?:[OD]')?[A-Z][a-z]+(?:-[A-Za-z]+|'(?!s(?![A-Za-z]))[A-Za-z]+)?"
_EN_NAME = re.compile(rf"{_EN_WORD}(?:[ ]{_EN_WORD}){{0,2}}|[A-Z]{{2,}}(?:[ ][A-Z]{{2,}}){{1,2}}")
# Every title starts with M, D, P, K or A. The alternatives are grouped by that first letter
# (in their original order within each group) so that the pattern opens with a literal in every
# branch: the regex engine then jumps between those five letters with a character-set scan
# instead of trying the pattern at every position (2x faster than a leading look-ahead). The
# look-behind after the first letter, "(?<![A-Za-z].)", says what "(?<![A-Za-z])" said before it.
# Ajarn (อาจารย์, "teacher") is a title before a name; alone ("Dear Ajarn,") it names no one.
_EN_TITLE = re.compile(
    r"(?:M(?<![A-Za-z].)(?:(?:rs|r|s|x|RS|R|S)\.?|iss|ISS)"
    r"|D(?<![A-Za-z].)[rR]\.?"
    r"|P(?<![A-Za-z].)(?:rof|ROF)\.?"
    r"|K(?<![A-Za-z].)(?:hun|HUN|\.)"
    r"|A(?<![A-Za-z].)(?:jarn|jahn|jan|charn|rjarn|JARN|j\.)"
    # Informal, all-lower-case mail ("hi prof Hale,", "ask dr Somchai"): a space, then a capital.
    r"|p(?<![A-Za-z].)rof\.?(?=[ ][A-Z])|d(?<![A-Za-z].)r\.?(?=[ ][A-Z]))"
    # A title without its dot takes a space before the name: "DROP" is no "DR" + "OP", "MsWr" in
    # base64 no "Ms" + "Wr", "KhunYai" a brand.
    r"(?:[ ]?(?:Dr\.?|DR\.?|Khun))?(?:(?<=\.)[ ]?|[ ])(?=[A-Z])"
)
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# Latin letters with diacritics (Élodie, Jürgen, Wójcik, Nguyễn's base letters): the English
# passes read [A-Za-z] only, so such a text is read through a copy where each of these letters is
# replaced by its base letter, one character for one, so that every offset stays valid.
_ACCENTED_LATIN = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha():
            table[code] = base
    table.update({ord("Ø"): "O", ord("ø"): "o", ord("Ł"): "L", ord("ł"): "l", ord("Đ"): "D", ord("đ"): "d"})
    return table


_FOLD_LATIN = _fold_table()
# Burmese names carry an honorific word that is part of how people are named and written:
# U (Mr), Daw (Mrs), Ko / Maung / Mg (young man), Ma / Mi (young woman), Naw / Saw (Karen).
_BURMESE_HONORIFIC = re.compile(r"(?:U|Daw|Ko|Maung|Mg|Ma|Mi|Naw|Saw)[ ](?=[A-Z][a-z])")
_BURMESE_WORDS = frozenset(("U", "Daw", "Ko", "Maung", "Mg", "Ma", "Mi", "Naw", "Saw"))
_EN_FULL_NAME = re.compile(rf"{_EN_WORD}(?:[ ]{_EN_WORD}){{1,2}}")
# A full name that ends where the search window ends, before a space ("... for Kanya Srisuk (").
_EN_NAME_BEFORE = re.compile(rf"(?<![A-Za-z.])({_EN_WORD}(?:[ ]{_EN_WORD}){{1,2}})[ ]?\Z")
# Runs of capitalised words that may hold a romanised Thai name ("filed by Pathwikan Sriphedt on");
# not inside e-mail addresses, paths, URLs or identifiers.
# (The edges are checked on the few matches: look-arounds here would be paid at every character.)
# The second branch takes the same names written in capitals, as passports, bank and airline
# systems, AS/400 exports and card embossing write them ("SUPHACHAI KAEWMANI"): each is
# title-cased and judged like the first (same shape models, same context), offsets unchanged.
# Both branches open with the capital factored out ([A-Z]{2,} is [A-Z][A-Z]+): a pattern that
# starts with a character class lets re skip to the next capital in C instead of trying both
# branches at every character (a third of the cost over the speed corpus).
# A word may carry a hyphenated part: a Korean given name ("Park Ji-woo"), an Arabic one ("Al-Harthy").
_EN_CAPS_RUN = re.compile(
    r"[A-Z](?:[a-z]+(?:-[A-Za-z][a-z]+)?(?:[ ][A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)+|[A-Z]+(?:[ ][A-Z]{2,})+)"
)
_NOT_BEFORE_CAPS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@./\\-")
_NOT_AFTER_CAPS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@")
# Syllables of Burmese names in Latin script (Thein Maung Naing, Moe Thein Phyo, Htet Htun Kyaw).
# RomanisedShape, trained on Thai, scores them low; a run made of these syllables only is
# name-shaped. (Honorifics U, Daw, Ko, Ma... are _BURMESE_WORDS, handled before.)
_BURMESE_TEXT = """
Aung Kyaw Htet Htun Naing Thein Maung Moe Phyo Myo Khin Zaw Min Soe Win Hla Tun Thu Thant Oo Nyi
Wai Lwin Myint Kyi Nwe Mya Thiri Hnin Ei Zin Htay Naung Sein Swe Nyein Pyae Sandar Tin Than Thet
Nay Lin Htoo Wint Yee Khaing Chit Shwe Thaw Myat Kyu Ohn Maw Paing Sithu Thura Zarni Kaung Hein
Zeya Yamin Phyu Thida Wah Yadanar Ngwe Cho Kyal Khant Sandi Htike Lay Nanda Zar Nyunt Aye Hlaing
Nu Mar Yi Thaung Tint Kyin Mg
"""
_BURMESE_SYLLABLES = frozenset(_BURMESE_TEXT.split())
# Common English given names (data/person/en_given.txt): one opening a run makes it name-shaped.
_EN_GIVEN = frozenset(w for line in _data_lines("en_given.txt") for w in line.split())
# East and Southeast Asian family names (data/person/asian_family.txt), and the shape of the other
# words of such a name: romanised syllables (Pinyin, Revised Romanization, Hepburn, Vietnamese),
# a Korean given name hyphenated between them ("Ji-woo"). "Park Ji-woo", "Wang Lei", "Tanaka
# Haruto", "Haruto Tanaka", "Lim Wei Ling"; not "Park Avenue", "Song Kran", "Sun Plaza".
_ASIAN_FAMILY = frozenset(w for line in _data_lines("asian_family.txt") for w in line.split())
_SYLLABLE = r"(?:ch|sh|zh|ts|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstwxyz])?[wy]?[aeiou]{1,3}(?:ng|[nmkptl](?![aeiou]))?"
_ASIAN_GIVEN = re.compile(rf"(?:{_SYLLABLE}){{1,3}}(?:-(?:{_SYLLABLE}){{1,2}})?")  # matched lower-cased
# A name-shaped run that fills a table cell or opens a line (after a line break, a quote mark
# "> ", "|", ";" or a tab) and ends there, or before a comma, a colon (a transcript speaker),
# an age-and-sex note ("28M") or an e-mail address in angle brackets: "Kylie Haas, suite 1502",
# "620|Patpong Chaiyawattana|Malay-Thai", "Moe Thein: yeah so", "> Anuchanok Wongsakul".
_SLOT_OPENERS = frozenset("\n|;\t>—")  # (and an em dash: "Case note — Aung Kyaw Moe, Umpiem camp")
_SLOT_AFTER = re.compile(r"[ ]?(?:[,:;|\t]|\r?\n|\Z)|[ ]\d{1,3}[ ]?[MFmf]\b|[ ][—–][ ]")
_DASH_NOTE_AFTER = re.compile(r"[ ][—–][ ]")
# A list item's marker at a line start opens a slot too ("2) Kanya Srisuk — undecided").
_LIST_MARKER_BEFORE = re.compile(r"(?:\A|\n)[ \t]*(?:\d{1,3}[.)]|[-*•▪])[ ]{1,3}\Z")
# Anywhere, a name-shaped run right before an address in angle brackets is an e-mail header's
# person ("On Mon, Nopporn Udomsombun <n.u@mail.example> wrote:"), and before "from" and a
# lower-case unit a colleague ("Jirasak Wongngam from warehouse won't be in").
_MAIL_OR_UNIT_AFTER = re.compile(r"[ ]?<[^<>\s@]{1,64}@[^<>\s]{2,100}>|[ ]from[ ](?:the[ ])?[a-z]{3,}\b(?![.-])")
# A role noun and a comma before a name-shaped run: "the defendant, Wiporn Kittirak, guilty".
_ROLE_COMMA_BEFORE = re.compile(r"([A-Za-z]+),[ ]\Z")
# Airline passenger names, SURNAME/GIVEN with an optional title ("SSR WCHC HK1 KITRAT/SANGDEE",
# "SMITH/JOHN MR"), in a text about a booking.
# (The look-behind sits after the first letter so that the scan jumps between capitals, as for
# _EN_TITLE; the case-insensitive context search runs only on texts with such a pair.)
# The edge before the surname is checked in Python (_pnr_edge): a letter never stands there, a
# digit only in a name element's number ("1.1KITRAT/SANGDEE MS"), a slash only after the expiry
# date of an SSR DOCS field (".../F/12MAR31/KITRAT/SANGDEE").
_PNR_NAME = re.compile(
    r"([A-Z](?<![A-Za-z].)[A-Z]{2,19})/([A-Z]{3,20})(?:[ ](?:MRS|MR|MS|MISS|MSTR|DR))?(?![A-Za-z0-9/])"
)
# Names in machine formats that join the parts with their own separators instead of a space:
# an HL7 v2 person segment's XPN field, FAMILY^GIVEN (PID-5, NK1-2, GT1-3, IN1-16:
# "PID|1||72260619^^^HN||JAIDEE^SOMCHAI||19760301|M"), and the name line of a passport or ID
# card's machine-readable zone, SURNAME<<GIVEN<NAMES<<<< (after "P<THA" on a passport).
# A given name's initial after a cue: "ลงชื่อ ล. สมบูรณ์ชัย" (the surname is judged by _surname_at).
_INITIAL_AFTER_CUE = re.compile(r"[ ]{0,2}(?:[:：][ ]{0,2})?([ก-ฮ])\.(?=[ ][ก-ฮเแโใไ])")
# A sample message's field names where the name would be ("LASTNAME^FIRSTNAME", "FAMILY^GIVEN").
_NAME_PLACEHOLDER = re.compile(r"(?i)\b(?:last|first|given|family|middle|sur|full)_?name\b|\b(?:family|given|surname)\b")
_HL7_PERSON_SEGMENT = re.compile(r"(?m)^(?:PID|NK1|GT1|IN1|IN2|MRG)\|[^\n]*")
_HL7_NAME = re.compile(r"(?<=\|)([A-Z\u0e01-\u0e2e\u0e40-\u0e44][A-Za-z'\-\u0e01-\u0e4e]+)\^([A-Z\u0e01-\u0e2e\u0e40-\u0e44][A-Za-z'\-\u0e01-\u0e4e]+)")
_MRZ_NAME = re.compile(r"(?m)^(?:P[A-Z<][A-Z<]{3})?([A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*)(<+)?[ \t]*$")
_DICOM_NAME = re.compile(
    r"(?:PatientName|ReferringPhysicianName|PerformingPhysicianName|OperatorsName|Patient's Name)"
    r"[ \t]*[:=][ \t]*\[?([A-Z][A-Za-z'\-]+(?:\^[A-Z][A-Za-z'\-]*){1,4})"
)
_PNR_ELEMENT = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\Z")
_PNR_DOCS_DATE = re.compile(r"/\d{2}[A-Z]{3}\d{2}/\Z")
_PNR_CONTEXT = re.compile(r"(?i:\bpnr\b|\bssr\b|\bpax\b|passenger|booking|flight|ticket|itinerary|boarding|airline)")
# A record's key that is an agent noun names the person in its value: "Interviewer: Max Kittiwong",
# "Approver: ...", "Investigator: ...", "Recruiter: ...". Not the agent nouns of machines, places,
# documents and companies ("Server: ...", "Carrier: ...", "Insurer: ...").
_AGENT_KEY = re.compile(r"[a-z]{3,}(?:er|or|ee|ant|ent|ist|person|man|woman)")
_AGENT_KEY_NOT_PERSON = frozenset((
    "server", "router", "browser", "provider", "carrier", "issuer", "vendor", "container", "folder", "order",
    "number", "error", "filter", "center", "centre", "monitor", "header", "footer", "parameter", "register",
    "lender", "insurer", "manufacturer", "supplier", "distributor", "retailer", "shipper", "courier",
    "processor", "controller", "operator", "handler", "worker", "scheduler", "printer", "scanner", "sensor",
    "adapter", "connector", "listener", "resolver", "loader", "builder", "parser", "encoder", "compiler",
    "interpreter", "transmitter", "receiver", "converter", "counter", "tower", "floor", "door", "sector",
    "vector", "factor", "color", "colour", "flavor", "flavour", "tenor", "honor", "mirror", "major", "minor",
    "chapter", "letter", "paper", "poster", "banner", "flyer", "voucher", "sticker", "cover", "partner",
    "employer", "payer", "account", "amount", "content", "component", "document", "department",
    "payment", "statement", "agreement", "environment", "segment", "event", "client", "agent", "tenant",
    "variant", "restaurant", "merchant", "consultant", "accountant", "list", "host", "post", "cost",
    "district", "master", "cluster", "winner", "dinner", "corner", "summer", "winter", "water", "weather",
    "german", "ottoman", "layman", "woman",
))


# A Thai label of a person's field right before a Latin-script name: ผู้X (ผู้รีวิว, ผู้ส่ง, ผู้ติดต่อ) or a
# role noun, then a colon.
_TH_PERSON_LABEL_BEFORE = re.compile(
    r"(?:ผู้(?!ผลิต|ให้บริการ|จัดจำหน่าย|นำเข้า|ขนส่ง|ประกัน)[ก-๙]{2,12}|ลูกค้า|พนักงาน|คนไข้|ผู้ป่วย|ผู้สมัคร"
    r"|เจ้าของ|บิดา|มารดา|คู่สมรส)[ ]?[:：][ ]{0,2}\Z"
)


# A person's label, then a value of two to four Thai-script words that ends where the next field
# (an ID, a phone, an age, a role, a bracket, a line end, a polite particle) starts (_label_value_names).
# None of the words that end the value is in it.
_LABEL_VALUE_ENDS = ("บัตร", "เลข", "เบอร์", "โทร", "อายุ", "ผู้", "ค่ะ", "ครับ", "ขอ", "รหัส", "เป็น", "บ้าน", "ที่อยู่", "อยู่")
_TH_LABEL_VALUE = re.compile(
    r"(?:(?:ชื่อ(?:-นามสกุล|-สกุล|สกุล)?(?:ผู้[ก-๙]{2,14})?|เจ้าของ|บิดา|มารดา|คู่สมรส"
    # A tax form's payer and payee ("ผู้ถูกหักภาษี ณ ที่จ่าย :"), a payee of a few words.
    r"|ผู้(?!ให้บริการ|ผลิต|จัดจำหน่าย)[ก-๙]{2,14}(?:[ ]ณ[ ]ที่จ่าย)?|(?i:name|full name))[ ]?[:：]"
    r"|ลงชื่อ(?:ผู้[ก-๙]{2,14})?|มอบอำนาจให้|(?<![ก-๙])ชื่อ(?=[ ][ก-๙][^\n|]{2,40}[ ]?\|))"
    r"[ ]{1,3}([ก-๙]{1,14}(?:[ ][ก-๙]{1,14}){1,3}?)"
    # The value ends where the next field starts: a digit, a bracket, a table cell, an ID or an
    # English key ("Name: ลาเต๊อะ จะแฮ KYC note: ..."), a line end or a word that opens a field.
    rf"(?=[ ]{{2}}|[ ]?(?:\r?\n|\Z|\d|\(|\||HN|ID|[A-Z][A-Za-z]|{'|'.join(_LABEL_VALUE_ENDS)}))"
)
# Words that end a label's value as a sentence, not a name ("ชื่อ: ยัง ไม่ ได้ ระบุ").
_NOT_NAME_WORDS = frozenset(
    ("ที่", "และ", "ของ", "ได้", "ไม่", "จะ", "ให้", "ว่า", "แล้ว", "ยัง", "มี", "อยู่", "ก็", "นี้", "นั้น", "บ้านเลขที่", "เลขที่")
)
# "SURNAME, GIVEN [MIDDLE]" in capitals (_inverted_names), and the keys that name such a value.
_INVERTED_NAME = re.compile(r"(?<![A-Za-z])([A-Z][A-Z\-]{2,20}),[ ]([A-Z][A-Z\-]{2,20}(?:[ ][A-Z][A-Z\-]{2,20})?)(?![A-Za-z])")
_INVERTED_KEY_BEFORE = re.compile(
    r"(?i:name|patient|customer|passenger|guest|holder|insured|applicant|passport)[ \t]*[:=]?[ \t]*\Z"
    r"|ชื่อ[ก-๙]*[ \t]*[:：]?[ \t]*\Z"
)
# A party of a case caption: "Public Prosecutor v. Tanawat Tongkham", "Siam Bank vs. Anan Srisuk".
_CASE_PARTY_BEFORE = re.compile(r"(?<![A-Za-z])(?:v|vs|versus)\.?[ ]\Z")
# A lower-case word after a one-word name: the sentence goes on ("agent Fon following up").
_LOWER_WORD_AFTER = re.compile(r"[ ][a-z]{2,}")


def _agent_key(text: str, start: int, before: str) -> bool:
    """``before`` is the key of the field whose value starts at ``start`` ("Interviewer: ") and an
    agent noun that names a person (see _AGENT_KEY)."""
    return (
        len(before) > 5
        and before not in _AGENT_KEY_NOT_PERSON
        and _AGENT_KEY.fullmatch(before) is not None
        and text[max(0, start - 3) : start].rstrip(" ").endswith(":")
    )


# The word before a name, past quotes, a colon, "=" or an appositive comma ("display": ",
# customer_name=, billing name, the accused, ...).
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\"']?[ ]{0,2}(?:[:=,][ ]{0,2})?[\"']?[ ]{0,2}\Z")
# What follows a person's name and not a place's or a product's: an age (", 35," / ", aged 35",
# ", 67M," in a handover),
# a bracket with an age, sex or identifier ("(badge E-47442)", "(F, 35)"), a possessive, a phone
# or a personal field after a comma, a verb only people do, or a Thai personal field.
_ROMAN_AFTER = re.compile(
    r",[ ]?(?:aged?[ ])?\d{1,3}(?:[ ]?(?:years?|yrs?|y/?o)\b|[ ]?[,;)]|[ ]?[MF]\b)"
    r"|[ ]?\((?:\d{1,3}\b|[MF]\b|(?i:(?:[a-z]+[ ]){0,2}(?:member|steward|representative|secretary|chair)"
    r"|age|aged|badge|id|staff|emp|employee|student|hn|mrn|passport"
    r"|card|tel|phone|mobile|ext|dob|born|nationality|male|female)\b)"
    r"|['’]s\b"
    r"|,[ ]?(?:\+?\d[\d -]{7,}|(?i:born|dob|age|tel|phone|mobile|e-?mail|id|passport|national id|tin|tax id|employee"
    r"|staff|hn|mrn)\b)"
    # the next cell of a record's row: "- Tanaka Haruto | passport TR2459621 | DOB ..."
    r"|[ ]?[|;\t][ ]?(?:(?i:passport|dob|d\.o\.b\.|date of birth|born|national id|nationality|hn|mrn)\b"
    r"|พาสปอร์ต|หนังสือเดินทาง|เลขบัตร|บัตรประชาชน|สัญชาติ)"
    r"|[ ](?:said|says|filed|reported|wrote|asked|requested|complained|paid|signed|submitted|delivered"
    r"|visited|died|joined|resigned|lives|lived|works|worked|was born|who"
    # what a customer, a patient or an employee does in a ticket or a note
    r"|called|phoned|rang|e-?mailed|texted|messaged|ordered|bought|borrowed|owes|owed|missed|agreed|refused"
    r"|claimed|disputes|disputed|wants|wanted|needs|needed|applied|booked|cancell?ed|transferred|withdrew"
    r"|deposited|forgot|married|was (?:charged|admitted|diagnosed|arrested|fired|hired|dismissed|injured))\b"
    r"|[ ]?(?:อายุ|โทร|เบอร์|สัญชาติ|ตำแหน่ง|เลขบัตร|บัตรประชาชน|หนังสือเดินทาง|พาสปอร์ต)"
    r"|[ ](?:HN|MRN)[ ]?[:#.]?[ ]?\d"  # a ward's list: "bed 12 Priya Raman HN 53647/65"
)
# A speaker introducing themselves: "I am Kanya Srisuk", "Hi, this is ...", "my name is ...",
# in chat spelling too ("hi im Thanakorn Srisuk", "i'm the director Wassana Meesuk").
# (The look-ahead on the first letters lets the scan skip other characters, as for _EN_TITLE.)
_EN_SELF_INTRO = re.compile(
    r"(?=[IiMmCcTt])(?<![A-Za-z])(?:((?:I|i)(?: am|'m|’m|m)(?:[ ]+the[ ]+[a-z]{3,})?)|([Mm]y name is|[Mm]y name's|[Mm]y name|[Cc]all me)|([Tt]his is|[Ii]t's|[Ii]t is))[ ]+(?=[A-Z])"
)
# "this is" names a person after a greeting, or before "from", "speaking", "here".
# A relative named after the kinship word: "my sister Bow", "our baby Ton" (see _kin_named).
KIN_NICKNAME_LEN = 5
_KIN_NAMED = re.compile(
    r"(?<![A-Za-z])(?i:my|our|his|her|your|their)[ ]+(?i:(?:little|younger|older|elder|baby)[ ]+)?"
    r"(?i:sister|brother|son|daughter|mum|mom|mother|dad|father|wife|husband|baby|aunt|uncle|grandma|grandpa"
    r"|grandmother|grandfather|niece|nephew|cousin|boyfriend|girlfriend|fianc[eé]e?"
    r"|colleague|co-?worker|friend|boss|neighbou?r|classmate|roommate|flatmate|landlord|landlady|tenant)"
    r"[ ]+([A-Z][a-z]{1,14})\b"
)
# A self-introduction or an addressee in a lower-case speech transcript (_spoken_intros), and the
# words that end the name there.
_SPOKEN_INTRO = re.compile(
    r"(?<![a-z])(my name is|this is|it's|it is|i'm speaking with|speaking with|calling about"
    r"|my (?:brother|sister|son|daughter|wife|husband|mother|father|mum|mom|dad))"
    r"(?=[ ]([A-Za-z][a-z]{1,13}(?:[ ][a-z]{2,14}){0,3}))"  # (a look-ahead: the next intro may start inside)
)
_SPOKEN_STOP_TEXT = (
    "my i i'm and or but from calling speaking here with can could how what the a an is was to for of on in at "
    "about please yes no ok okay sorry thank thanks so just who that this"
)
_SPOKEN_STOP = frozenset(_SPOKEN_STOP_TEXT.split())
_SPOKEN_SLOT = re.compile(r"[ ](?:speaking|calling|here|can[ ]i)\b")
_SPOKEN_END = re.compile(r"[ ]?(?:[\"',.!?]|$|\n|[ ](?:speaking|calling|from|here|i|can|how|and)\b)", re.MULTILINE)
_DECLARANT = re.compile(r"(?m)^[ \t]*I,[ ]([A-Z][a-z]+(?:[ ][A-Z][a-z'\-]+){1,2}),[ ]")
_JA_HONORIFIC = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})(?:さん|様|さま|先生|くん|ちゃん)")
# A message's writer named at its start, "Emily here — ...", "Somchai here, ..."; and a quote's
# writer after it at the line's end, '..." — Grace Holloway' (see _quoted_writers).
_HERE_INTRO = re.compile(r"(?:^|(?<=[\n\"“'‘])|(?<=[.!?][ ]))[ ]{0,2}([A-Z][a-z]{2,14})[ ]here[ ]?[—–,:\-]")
_QUOTE_ATTRIBUTION = re.compile(r"[\"”][ ]{0,2}[—–][ ]{0,2}([A-Z][a-z]{1,15}(?:[ ][A-Z][a-z]{1,20}){0,2})[ \t]*(?=\r?\n|\Z)")
# A sign-off and the writer's name on one line: "> Regards, Prayoon Thongma", "Thanks, Kanya Srisuk".
_INLINE_SIGN_OFF = re.compile(
    r"(?im)(?:^|[.!>][ ]{0,2})(?:(?:best|kind|warm)[ ]regards|regards|sincerely|thanks|thank you|cheers|best)"
    r",[ ]+([A-Z][a-z]+(?:[ ][A-Z][a-z]+){1,2})[ ]*\.?[ ]*$"
)
# A message opening with a greeting to one person: "Hi Oat, ...", "Hello Malee!" (see _greeted).
_GREETED = re.compile(
    r"(?m)^[ \t]*(?:[Hh]i|[Hh]ello|[Hh]ey)[ ]+(?!(?:Siri|Alexa|Google|Cortana|Bixby)\b)([A-Z][a-z]{1,14})[ ]*[,!]"
)
_GREETING_BEFORE = re.compile(r"(?i:hi|hello|hey|dear \w+|good (?:morning|afternoon|evening))[,!.]?[ ]*\Z")
_INTRO_AFTER = re.compile(r"[ ](?:from|speaking|here|calling)\b")
# After "I am" + a name: the end of the clause ("I am Kanya Srisuk, student ID ..."), not more
# words ("I am Data Scientist at ...").
_INTRO_END = re.compile(r"[ ]?[,.!;:)(\n]|\Z|[ ](?:from|and|here|speaking|calling|with|of|who)\b")
# A sign-off, then the writer's name on the next line ("Best regards,\nKanya Srisuk\nSales").
_SIGN_OFF_WORDS = (
    "regards", "sincerely", "faithfully", "yours truly", "best wishes", "best", "thanks", "thank you",
    "cheers", "respectfully", "warmly", "ขอแสดงความนับถือ", "ด้วยความเคารพ", "ขอบคุณค่ะ", "ขอบคุณครับ",
)
# The line that opens an e-mail signature, and a message's greeting line and closing first name.
_SIG_DASHES = ("-- ", "--")
_GREETING_LINE = re.compile(r"(?im:^[ \t]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b)")
_CLOSING_WORD = re.compile(r"[A-Z][a-z]{2,19}")
# The last line of a message holding a sign-off word and a first name: "Regards, Ponthip".
_SIGN_OFF_LINE = re.compile(
    r"(?i:(?:best |kind |warm )?regards|thanks|thank you|cheers|sincerely|best),?[ ]+([A-Z][a-z]{2,19})[.!]?"
)
# Keys of the Latin-cue automaton that only say "run this pass": a self-introduction, a title.
_INTRO_KEYS = ("i am", "i'm", "i’m", "im", "this is", "it's", "it is", "call me")
_TITLE_KEYS = ("mr", "ms", "mx", "dr", "prof", "miss", "khun", "k.", "aj", "acharn", "arjarn")
# What ends a sign-off name: the line's end, or a separator before a post or a company.
_SIGN_OFF_END = re.compile(r"[ ]*(?:\r?\n|\Z|[,|(–]|[ ]-[ ])")
# A Western (or any) full name is a person's when an identifier, an e-mail address or an age
# follows it in brackets, or an age after a comma: "Jane Roe (ext. 272)", "(jroe@x.com)",
# ", aged 35". A bare number is not enough ("Fresh Mango,59," is a CSV row of a product).
_PERSON_AFTER = re.compile(
    r"[ ]?\((?:[^()\s@]{1,40}@[^()\s]{2,60}"
    r"|(?i:ext|tel|phone|mobile|id|staff|emp|employee|badge|hn|mrn|age|aged|dob|passport|student)\b[^()\d]{0,12}\d[^()]{0,30}"
    r"|\d{1,3}[ ]?(?:years?|yrs?|y/?o|ปี)|[MF][,/ ][ ]?\d{1,3}"
    r"|(?:[^()\n]{1,20},[ ])?(?:Grade|Year|Form|Class)[ ]\d{1,2})\)"  # a student: "(2019-0364, Grade 11)"
    r"|,[ ]?(?:aged?[ ]\d{1,3}|\d{1,3}[ ]?(?:years?[ ]old|yrs?|y/?o)\b|(?:Grade|Year)[ ]\d{1,2}(?=[ ]?(?:[,;)]|\r?\n|\Z)))"
    # A passport held, a referee's former post, an account. (Not a phone in brackets: shops and malls
    # are written with theirs.)
    r"|,[ ](?:holder[ ]of[ ](?:passport|ID|id[ ]card)|passport[ ](?:no\.?[ ]?)?[A-Z0-9]|(?:pink|id)[ ]card[ ]\d|born[ ]"
    r"|(?:former|current|previous)[ ](?:manager|supervisor|employer|colleague|boss|landlord|teacher|director)\b"
    r"|account[ ](?:no\.?[ ]?)?\d)"
)
# The name keys of a passport's data page and their values in capitals, one to three words and
# nothing in lower case after them (OCR keeps the layout: "Surname CHANHOM  Given names SASITHORN").
_PAGE_NAME_KEYS = frozenset(("surname", "given names", "given name"))
_PAGE_NAME_VALUE = re.compile(r"[A-Z]{2,}(?:[ ][A-Z]{2,}){0,2}(?=[ ]{2,}|[ \t]*(?:\r?\n|\Z))")
# English cues followed by a name without a colon, a single word being enough ("Dear Somchai,",
# "Sign as Nadia.").
_NO_COLON_CUES = ("dear", "attn", "sign as", "signed as")
# Keys whose value is a status or a company as often as a person ("member: Active", "courier:
# Kerry Express"): the value must be a name-shaped full name, or a personal field must follow it.
_SHAPED_CUES = frozenset(("member", "rider", "courier", "donor", "renter", "hirer", "on duty"))
# Weak Thai cues that name things as often as people ("ติดต่อ Customer Service").
_WEAK_CUES_NOT_LATIN = frozenset(("ติดต่อ", "ผู้ใช้", "ผู้ใช้บริการ", "สมาชิก", "ผู้รับ", "ผู้ส่ง"))
# SQL: "INSERT INTO t (full_name, phone, ...) VALUES ('...', '...'), (...)".
_SQL_COLUMNS = re.compile(r"\(([^()'\n]{3,400})\)\s*(?:VALUES|values|Values)\s*")
_SQL_TUPLE = re.compile(r"\(((?:'(?:[^'\n]|'')*'|[^'()\n]|\([^'()\n]*\))*)\)")
_SQL_VALUE = re.compile(r"\s*('(?:[^'\n]|'')*'|[^,']*)\s*(?:,|\Z)")
# After a speaker label ("agent: Done. Your case ...", "user: Thanks, that helps") one word and
# then the end of a sentence, or a comma and lower-case words, is what the speaker said.
_UTTERANCE = re.compile(r"[.!?](?:\s|$)|,[ ][a-z]")
# A numbered list item: "1. ", "2) ", inline too ("ก่อน 14 ส.ค.: 1) Kosal Pich สัญชาติ...").
# (One digit and a look back in Python: a scan for \d{1,2} costs more on long Thai texts.)
_LIST_NUMBER = re.compile(r"\d[.)][ ]{1,3}")
# A bulleted list item: "- ", "* ", "• " at a line start.
_LIST_BULLET = re.compile(r"^[ \t]*[-*•▪][ ]{1,3}", re.MULTILINE)
_LIST_EN_NAME = re.compile(r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+){1,2}(?![A-Za-z0-9])")
# A personal field right after a list item's name: "1) Kosal Pich สัญชาติเมียนมา", "2. Min Min, age 31".
_LIST_PERSON_AFTER = re.compile(
    r"[ ,:;(\-–]{0,3}(?:สัญชาติ|หนังสือเดินทาง|พาสปอร์ต|อายุ|โทร|เบอร์|เลขบัตร|บัตรประชาชน|ตำแหน่ง|แผนก|เกิด|อีเมล"
    r"|รหัสพนักงาน|รหัสนักศึกษา|รหัสนักเรียน|ชั้น|ม\.\d|ป\.\d"
    r"|(?i:nationality|passport|age|aged|tel|phone|mobile|id|born|dob|e-?mail|position|dept"
    r"|department|staff|employee|student no)\b|\d{1,3}[ ]?(?:ปี|years?|yrs?)\b|\+?\d[\d -]{8,})"
)
# A pupil's class after a Latin name in a list ("1. Phurinat Kitcharoen, Grade 8"): as often a
# screen's or a menu's ("1. Open Settings, Grade 8 view"), so the name must be shaped like one.
_LIST_SCHOOL_AFTER = re.compile(
    r"[ ,:;(\-–]{0,3}(?i:grade|class|year|form|level)[ ]?\d"
)
# More role nouns for a list item ("- Kanya Srisuk, line supervisor"), besides en_roles.txt.
_EXTRA_ROLES = frozenset(
    (
        "steward", "foreman", "forewoman", "operator", "director", "executive", "coordinator", "specialist",
        "representative", "administrator", "auditor", "inspector", "controller", "planner", "buyer", "lead",
        "member", "volunteer", "shop steward", "head", "chief", "president", "treasurer", "chairperson",
    )
)
# A list of people announced before its items ("Attendees:", "รายชื่อผู้เข้าอบรม").
_LIST_PEOPLE_HEADER = re.compile(
    r"(?i:attendees|participants|employees|staff|members|candidates|applicants|workers|patients|students"
    r"|customers|people|persons|contacts|guests|speakers|winners|residents|tenants|beneficiaries|passengers"
    r"|interviewees|signatories|shareholders|directors|roster|pupils|children|boarders|learners|trainees)"
    r"|รายชื่อผู้|รายชื่อพนักงาน|รายชื่อนักเรียน|รายชื่อนักศึกษา|รายชื่อลูกค้า|รายชื่อแรงงาน|รายชื่อสมาชิก|รายชื่อกรรมการ"
    r"|ผู้เข้าร่วม|ผู้เข้าอบรม|ผู้สมัคร|ผู้ถือหุ้น|ผู้โดยสาร|ผู้ได้รับรางวัล|วิทยากร|แรงงานต่างด้าว"
)
# A Thai full name (2-3 words) as a whole quoted value or CSV field.
_TH_FULL = re.compile(rf"{_NC}{{2,}}(?:[ ]{_NC}{{2,}}){{1,2}}")
_TH_QUOTED_FULL = re.compile(rf"({_NC}{{2,}}(?:[ ]{_NC}{{2,}}){{1,2}})[\"']")
_TH_QUOTED_FULL_ESC = re.compile(rf"({_NC}{{2,}}(?:[ ]{_NC}{{2,}}){{1,2}})\\?[\"']")
# Field names of a record about a person, and of a record about a product.
_PERSON_FIELDS = re.compile(
    r"e-?mail|phone|mobile|\btel\b|birth|\bdob\b|student_id|national_id|citizen|passport|gender|\bhn\b|\bmrn\b"
    r"|\bcard\b|card_no|อีเมล|เบอร์|โทร|มือถือ|เกิด|บัตร"
)
# A table keyed by an employee's or member's identifier is a table of people.
# (A bare "emp" column is the employee number of a payroll export: "emp,name,deduction_code".)
_STAFF_ID_FIELDS = re.compile(
    r"\b(?:emp|employee|staff|member|student|user)[_ ]?(?:id|no|code)\b|\bemp\b|รหัสพนักงาน|รหัสนักศึกษา"
)
# A JSON object under a key that names a thing (bank, branch, hospital, school...): its "name" is
# that thing's ({"bank": {"name": "ออมสิน", "branch": "สีลม"}}), not a person's.
_THING_OBJECT = re.compile(
    r"[\"'](?:bank|branch|product|item|company|employer|merchant|shop|store|seller|hospital|clinic|school|"
    r"university|faculty|department|dept|org|organi[sz]ation|insurer|provider|vendor|supplier|brand|agency|"
    r"office|project|plan|team|course|venue|hotel|airline|carrier|courier_company|ธนาคาร|สาขา|บริษัท|โรงพยาบาล|"
    r"โรงเรียน|ร้าน|หน่วยงาน)[\"'][ ]*:[ ]*\{[^{}]{0,150}\Z",
    re.IGNORECASE,
)
_PRODUCT_FIELDS = re.compile(r"product|sku|price|\bqty\b|quantity|stock|\bplan\b|ราคา|สินค้า")
# The same as keys of a JSON/dict record: "name" there names a product.
_PRODUCT_KEYS = re.compile(r"[\"'](?:product\w*|sku|price|qty|quantity|stock|category|brand)[\"'][ ]*:")
_CSV_NAME_COLUMNS = frozenset(
    f"{who}{sep}name"
    # emp_name, staff_name, guest_name, ...: abbreviations and other people-only record keys too.
    for who in (
        "full", "customer", "employee", "emp", "staff", "patient", "contact", "student", "member",
        "applicant", "candidate", "guest", "passenger", "tenant", "teacher", "parent", "person", "worker",
        "buyer", "donor", "borrower", "renter", "driver", "rider", "insured", "beneficiary", "visitor", "resident",
    )
    for sep in "_ "
) | {"fullname", "ชื่อ-นามสกุล", "ชื่อ-สกุล", "ชื่อนามสกุล", "ชื่อลูกค้า", "ชื่อพนักงาน", "ชื่อผู้ป่วย"} | {
    # Shipping manifests and school rosters: the addressee and the guardian are people.
    "consignee", "recipient", "ผู้รับ", "ชื่อผู้รับ", "ผู้ปกครอง", "ชื่อผู้ปกครอง",
    "patient",  # a patient is always a person, unlike a "customer" (a company may be one)
    "ผู้ป่วย",
    "คนไข้",
}

# Columns that hold a person's name only in a table about people ("order_id,customer,card,email").
_CSV_PLAIN_COLUMNS = frozenset(
    (
        "name", "customer", "client", "employee", "patient", "contact", "ชื่อ", "ลูกค้า", "ผู้ป่วย", "พนักงาน",
        # People named by their part in the record (a hotel register's guest, a loan's borrower).
        "guest", "donor", "borrower", "renter", "tenant", "member", "applicant", "passenger", "student", "buyer",
        "ผู้กู้", "ผู้เช่า", "ผู้สมัคร", "ผู้บริจาค", "ผู้เข้าพัก", "นักเรียน", "นักศึกษา", "สมาชิก", "ผู้โดยสาร", "ผู้ซื้อ",
        "ผู้ค้ำประกัน", "ผู้ยืม", "แรงงาน",
    )
)  # fmt: skip


# Words a name column's header holds (markdown, CSV, TSV or semicolon tables; _table_names).
_NAME_HEADER = re.compile(
    r"(?i:name|customer|client|employee|patient|contact|guest|donor|borrower|renter|tenant|member|applicant"
    r"|passenger|student|buyer|consignee|recipient)|ชื่อ|ลูกค้า|ผู้ป่วย|พนักงาน|คนไข้|ผู้กู้|ผู้เช่า|ผู้สมัคร|ผู้บริจาค"
    r"|ผู้เข้าพัก|นักเรียน|นักศึกษา|สมาชิก|ผู้โดยสาร|ผู้ซื้อ|ผู้ค้ำประกัน|ผู้ยืม|แรงงาน|ผู้ปกครอง|ผู้รับ"
)
# A table's header row is shorter than this (characters); longer lines are prose.
_MAX_HEADER_LINE = 600
# Beyond _PERSON_FIELDS, columns that a table of people holds and a table of things rarely does.
_TABLE_PERSON_FIELDS = re.compile(r"account|\bacct\b|\bage\b|address|nationality|บัญชี|อายุ|ที่อยู่|สัญชาติ")


def _is_name_column(cell: str, header: str) -> bool:
    """True when the header cell ``cell`` (lower-cased, trimmed) of the header line ``header``
    (lower-cased) heads a column of people's names: a person-specific column name, or a plain
    one ("name", "ชื่อ", "customer") beside personal fields and no product fields."""
    if cell in _CSV_NAME_COLUMNS:
        return True
    return (
        cell in _CSV_PLAIN_COLUMNS
        and bool(_PERSON_FIELDS.search(header) or _STAFF_ID_FIELDS.search(header) or _TABLE_PERSON_FIELDS.search(header))
        and not _PRODUCT_FIELDS.search(header)
    )


# A nickname column holds one word per row, and that word is what colleagues, teachers and
# clinics call the person (ชื่อเล่น, "nickname" in HR, school and outreach sheets).
_CSV_NICK_COLUMNS = frozenset(("nickname", "nick_name", "nick name", "nick", "ชื่อเล่น"))
# What such a cell holds when it names no one.
_NO_NICK_VALUES = frozenset(("ไม่มี", "ไม่ระบุ", "none", "n/a", "na", "null", "nil", "unknown", "-"))


# A cell that holds only a title, and its delimiter (see _title_cells).
_TITLE_CELL = re.compile(
    r"(?:นางสาว|นาย|นาง|น\.ส\.|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง|[Mm](?:[Rr][Ss]?|[Ss]|iss|ISS)\.?)([|,;\t])"
)
_CELL_START = frozenset("\n|,;\t")
_CELL_DELIMITERS = frozenset("|,;\t")
_LATIN_TITLE_CELL = re.compile(r"[Mm](?:[Rr][Ss]?|[Ss]|iss|ISS)\.?[|,;\t]")
# Columns that hold one part of a name each ("SEQ,LAST_NAME,FIRST_NAME,ACCOUNT_NO"): a bank's payroll
# file or a core system's export splits the name.
_CSV_PART_COLUMNS = frozenset((
    "first_name", "first name", "firstname", "fname", "given_name", "given name", "last_name", "last name",
    "lastname", "lname", "surname", "family_name", "family name", "middle_name", "ชื่อจริง", "นามสกุล",
    "given_names", "given names", "first_name_en", "last_name_en",
))  # fmt: skip
# The shortest spellings ("fn,ln"), which name other things alone (a function, a line), count
# only as a pair.
_CSV_PART_PAIR = ("fn", "ln")


def _csv_part_columns(header: str, sep: str) -> list[int]:
    """Indexes of the name-part columns of a CSV/TSV header line (lower-cased)."""
    if header.count(sep) < 2 or _PRODUCT_FIELDS.search(header):
        return []
    fields = [field.strip().strip('"').replace("-", "_") for field in header.split(sep)]
    pair = all(short in fields for short in _CSV_PART_PAIR)
    return [i for i, field in enumerate(fields) if field in _CSV_PART_COLUMNS or (pair and field in _CSV_PART_PAIR)]


def _csv_name_column(header: str, sep: str = ",") -> int | None:
    """Index of the person-name column of a CSV (or, with ``sep`` a tab, TSV) header line
    (lower-cased), or None."""
    if header.count(sep) < 2:
        return None
    fields = [f.strip().strip('"') for f in header.split(sep)]
    for i, field in enumerate(fields):
        if field in _CSV_NAME_COLUMNS or (field in _CSV_NICK_COLUMNS and not _PRODUCT_FIELDS.search(header)):
            return i
        if (
            field in _CSV_PLAIN_COLUMNS
            and (_PERSON_FIELDS.search(header) or _STAFF_ID_FIELDS.search(header))
            and not _PRODUCT_FIELDS.search(header)
        ):
            return i
    return None


def _said_by_speaker(text: str, cue: str, pos: int, end: int) -> bool:
    """True when one capitalised word after a role label is what the speaker said ("agent: Done.",
    "user: Sure, ..."), not a name. A "name" field keeps its value ("Name: Somchai.")."""
    return "name" not in cue and " " not in text[pos:end] and _UTTERANCE.match(text, end) is not None


def _near_person_fields(lowered: str, pos: int) -> bool:
    return _PERSON_FIELDS.search(lowered, max(0, pos - 200), pos + 200) is not None


# "มี" glued to a name that a post follows ("...มีภัทรา วงศ์ดี ผู้จัดการ..."); the name is then
# checked like one after a strong cue.
_ROLES_TH = (
    "ผู้จัดการ",
    "หัวหน้า",
    "เจ้าหน้าที่",
    "ผู้อำนวยการ",
    "ประธาน",
    "เลขานุการ",
    "ที่ปรึกษา",
    "ผู้ประสานงาน",
    "ทนายความ",
    "ตัวแทน",
)
# The posts above that are no cue of cues.txt (the others are seen in the cue pass).
_ROLES_NOT_CUES = ("ประธาน", "ที่ปรึกษา", "ทนายความ")
# คุณ right after a role noun (or one space after it) is a title: หัวหน้างานคุณวราเอื้อ.
_KHUN_AFTER_ROLE = ("คุณ", " คุณ")
# One pass for all roles (a literal-prefix scan for มี), not one str.find per role.
_HAS_BEFORE_ROLE = re.compile(rf"มี({_NC}+(?:[ ]{_NC}+)?)[ ](?={'|'.join(_ROLES_TH)})")

# A chat log line starts with the speaker's name: after a time ("[11:45] ออม: ...", "10:21 ฝ้าย:
# ...", "10:21 - Nok: ...") or at a line start ("ฝ้าย: สวัสดีค่ะ"). Group 1 is the time, if any.
# _CHAT_LINE is tried only at line starts (found with str.find); a regex scan of every character
# for a time stamp cost more than the rest of the chat logic.
# A Latin speaker may be a full name ("19:02 Kanya Srisuk: ..."); see _latin_speaker.
# A Thai speaker may be a full name too ("บัวผัน สีหาวง: สวัสดีค่ะ" in a Messenger export).
# Chat apps let people decorate their display name with emoji ("น้ำหวาน 🐰:", "ก้อย🌸✨:"); the
# decoration sits between the name and the colon and is not part of the name.
_DECOR = "[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u200d\u2600-\u27bf\U0001f300-\U0001faff]{0,5}"
_SPEAKER = rf"({_NC}{{2,12}}(?:[ ]{_NC}{{2,20}})?|[A-Z][a-z]{{1,11}}(?:[ ][A-Z][a-z]{{1,19}}){{0,2}})[ ]?(?:{_DECOR}[ ]?)?[:：]"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ ]?(?:น\.|[AaPp][Mm]))?"
# Exported logs put a date before the time: "2024-11-20 19:02", "16/11/2567, 21:02", "2024/11/16T21:02".
_DATE = r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:,[ ]?|[ T]{1,2})"
_STAMP = rf"\[?(?:{_DATE})?{_TIME}\]?[ ]?[-–]?[ ]?"
# A line that opens with a speaker, after a time or not (group 1: the time).
_CHAT_LINE = re.compile(rf"[ \t]*({_STAMP})?" + _SPEAKER)
# A timed line whose Latin full-name speaker has no colon, Thai text right after it
# ("2024/11/16 21:02 Kanya Srisuk พรุ่งนี้ไปไหม"): group 2 is the name.
_CHAT_LINE_BARE = re.compile(rf"[ \t]*({_STAMP})([A-Z][a-z]{{1,19}}(?:[ ][A-Z][a-z]{{1,19}}){{1,2}})[ ]{{1,2}}(?=[\u0e01-\u0e4e])")
# A bracketed time inside a line ("... [11:46] ฝ้าย: ..."): the literal "[" keeps the scan fast.
_CHAT_BRACKET = re.compile(rf"(\[{_TIME}\][ ]?[-–]?[ ]?)" + _SPEAKER)
_DIGIT_OR_BRACKET = frozenset("0123456789[")
# A pasted chat whose lines open with the speaker in brackets, no colon ("[ปุ๊กกี้] พรุ่งนี้ประชุม",
# "[Agent Sirikanya] Sorry about that!"): group 1 is a Latin role before the name, if any.
_BRACKET_SPEAKER = re.compile(
    rf"[ \t]*\[(?:([A-Z][a-z]+)[ ](?=[A-Z]))?({_NC}{{2,12}}|[A-Z][a-z]{{1,19}}(?:[ ][A-Z][a-z]{{1,19}}){{0,2}})\][ ]?[:：]?[ ]"
)
# A seller or neighbour in a group chat names themselves by kinship term + nickname at the start
# of what they say ("21:02 ศิริ ทองดี: แม่ฝน รับทำป้ายค่ะ", "พี่น้องเมย์ ..."): group 2 is the nickname.
_KIN_NICK = re.compile(
    rf"[ \t]*{_STAMP}[^:：\n]{{2,40}}[:：][ ]{{0,2}}(แม่|พ่อ|พี่|ป้า|น้า|ลุง|ยาย|เจ๊|เฮีย)(?:น้อง)?({_NC}{{2,8}})[ ]"
)
# Nicknames are rare words (ฝน, เมย์, แบงค์); a frequent word after a kinship term is a noun.
KIN_NICK_FREQ = 2000
# ... before a polite particle ("แม่ปิ่น ค่ะ": she names herself), a somewhat commoner word too.
KIN_SELF_FREQ = 5000
# The address terms said before a nickname (คุณแนน, น้องมายด์, พี่ต้น, เจ๊หน่อย, เฮียเล้ง); not อ. or
# ครู, which stand before place names (อ.โพนพิสัย) and ordinary nouns more often.
_NICK_TITLES = frozenset(("คุณ", "น้อง", "พี่", "เจ๊", "เฮีย"))
# ... and glued to the words after it with no space (_glued_nickname): stricter, since the cut
# itself is a guess (แมว, 1786, is a pet in น้องแมวป่วย).
GLUED_NICK_FREQ = 1000
# Speaker labels that are roles, not names ("Admin:", "ลูกค้า:", "ระบบ:"), and form labels.
# A full Latin name right before a travel-document or birth-date field: "letter for Jane Roe,
# passport no. ...", "Greg Hall PASSPORT NO.", "Ann Lee (DOB 1990-01-02)", "Tom Orr, ID card ...".
_EN_NAME_BEFORE_DOC = re.compile(
    r"(?<![A-Za-z0-9_@.])([A-Z][a-z]+(?:[-'][A-Za-z]+)?(?:[ ][A-Z][a-z]+(?:[-'][A-Za-z]+)?){1,2}),?[ ]{1,2}\(?"
    r"(?i:passport[ ]?(?:no\b|number|num\b|#|:|\d|[A-Z]{1,2}\d)|date of birth|d\.?o\.?b\b|"
    r"id card|national id|หนังสือเดินทาง|พาสปอร์ต)"
)
# Lower-cased literals one of which every match of _EN_NAME_BEFORE_DOC holds (d\.?o\.?b spelled
# out), and stems covering every verb of _EN_THAT_NAME: the _en_gates pre-filter.
_DOC_GATE_KEYS = (
    "passport", "date of birth", "dob", "d.ob", "do.b", "d.o.b", "id card", "national id", "หนังสือเดินทาง", "พาสปอร์ต",
)  # fmt: skip
_THAT_GATE_KEYS = (
    "report", "said", "says", "claim", "heard", "alleg", "revealed", "posted", "wrote", "mentioned", "rumo",
    "confirmed", "admitted", "told",
)  # fmt: skip
# Non-ASCII characters that re's IGNORECASE matches to ASCII letters but str.lower() keeps apart.
# A key the Latin-stretch scans can find (pdpa_guard.detect.text.latin_stretches): it starts with
# a Latin letter and holds ASCII characters or the typographic apostrophe (I’m) only.
_LATIN_KEY = re.compile("[a-z][\x00-\x7f\u2019]*")
_FOLDS_TO_ASCII = ("\u017f", "\u212a", "\u0130", "\u0131")
# A full Latin name as the subject of reported speech, followed by a Thai predicate: "reported that
# Jane Roe เป็น...", "said Tom Orr มีหนี้", "claims that Ann Lee ติดยา" (gossip about a person).
_EN_THAT_NAME = re.compile(
    r"\b(?i:reported|reports|said|says|claimed|claims|heard|alleged|alleges|revealed|posted|wrote|"
    r"mentioned|rumou?red|confirmed|admitted|told (?:me|us|them|him|her))(?:[ ]that)?[ ]"
    r"([A-Z][a-z]+(?:[ ][A-Z][a-z]+){1,2})[ ]?"
    # ... with a predicate said of people (is, has, is addicted/ill/arrested, secretly, believes,
    # was once, pregnant), not of things ("Google Drive ล่ม", "New York หนาว").
    r"(?=เป็น|มี|ติด|ป่วย|ถูก|แอบ|นับถือ|เข้ารีต|เคย|ตั้งครรภ์|ท้อง|กำลัง|ชอบ|ไม่ได้|เพิ่ง|หย่า|นอกใจ|โกง)"
)
# ... and the name must follow a preposition, a field's colon, Thai text or a line start, not be
# the tail of an English title ("Visa Support Letter, passport no.").
_EN_DOC_NAME_BEFORE = re.compile(r"(?:\A|[\n:：\u0e00-\u0e7f(]|\b(?i:for|of|to|by|named|name|guest|applicant))[ ]{0,2}\Z")

# A nickname before a school class ("นุ่น ม.5/3 เล่าว่า...", "ครูประจำชั้นแจ้งว่า ต้น ป.4/2"):
# only students are written that way. The nickname opens the text, a line or a clause.
_NICK_CLASS = re.compile(
    rf"(?:^|(?<=[\n:：,]))[ ]{{0,2}}({_NC}{{2,8}})[ ](?:ม\.|ป\.|ชั้น[ ]?ม\.?|ชั้น[ ]?ป\.?|ม\.ต้น|ม\.ปลาย)[ ]?\d",
    re.MULTILINE,
)

# Group-chat headers ("[กลุ่มไลน์หมู่บ้าน]", "แชทกลุ่มห้อง 3/2", "LINE group: ...") make one-off
# "<word>: ..." lines speakers too, not only labels that open two lines.
_GROUP_HEADER = re.compile(
    r"\[กลุ่ม|กลุ่มไลน์|ไลน์กลุ่ม|กลุ่มแชท|แชทกลุ่ม|กลุ่มแชต|แชตกลุ่ม|แชทครอบครัว|แชตครอบครัว|กลุ่มเฟส|ห้องแชท|"
    r"(?i:line group|group chat|chat group|whatsapp|telegram group|messenger group)|"
    # An exported chat headed by its app's name alone on a line: "[Messenger]", "[LINE]".
    r"(?im:^\[(?:messenger|line|facebook|fb|whatsapp|telegram|wechat|discord|ไลน์|แชท|เมสเซนเจอร์)\][ ]*$)"
)
# Nicknames are often ordinary words (ต้น, ฝน, ดาว); only the most frequent words are never one.
GROUP_SPEAKER_FREQ = 15000
# A bracket of a person's details right after their name: a room, an IP, an age, an ID.
_DETAIL_PAREN = re.compile(
    r"[ ]?\((?i:last[ ]ip|ip\b|room|rm\.?[ ]?\d|age[ d:](?![ ]?\d+[ ]?[-–])|aged|uid|user[ _]?id|member[ ]?id|id[ :#]|ห้อง|อายุ(?![ ]?\d+[ ]?[-–])|\d{1,3}[ ]?(?:y|ปี))"
)
# A code comment's opening: SQL "--", shell/Python "#", C-like "//", at a line start or after ";".
_CODE_COMMENT = re.compile(r"(?:^|(?<=;)|(?<=;[ ]))[ \t]*(?:--|#|//)[ ]{1,2}", re.MULTILINE)
# The surname's label after a given name: "ชื่อ เฉลิม นามสกุล ใจดี".
_SURNAME_LABEL_AFTER = re.compile(r"[ ]{0,2}(?:\r?\n)?(?:นามสกุล|สกุล)")
# Parents in a class's LINE group are labelled by their child: "แม่อั๋น:", "พ่อน้องเฟิร์ส:".
_SPEAKER_KIN = re.compile("(แม่|พ่อ|ป้า|น้า|ลุง|ยาย|ตา|ย่า|ปู่)(?:น้อง)?")
# What people say in a chat ends in a polite particle or asks something; a form's field value
# ("ราคา: 590", "ชื่อ: ...") does not. Two spoken lines make a paste a dialogue.
_SPOKEN = re.compile(r"ค่ะ|ครับ|คะ|จ้า|จ้ะ|นะ|ไหม|มั้ย|เหรอ|ป่ะ|\?")
# Bracketed tags that open the lines of notices and to-do lists, not chat speakers ("[ด่วน] ...").
_BRACKET_TAGS = frozenset(
    (
        "ด่วน", "ด่วนมาก", "ประกาศ", "แจ้ง", "แจ้งเตือน", "เตือน", "อัปเดต", "อัพเดท", "ใหม่", "สำคัญ", "ขาย", "ซื้อ", "รับสมัคร",
        "โปรโมชั่น", "โปร", "ข่าว", "ปิด", "เปิด", "ยกเลิก", "เสร็จ", "เสร็จแล้ว", "รอ", "ตอบ", "ถาม", "บันทึก", "ข้อมูล",
        "ตัวอย่าง", "คำสั่ง", "ทดสอบ", "แก้ไข", "เพิ่ม", "ลบ", "ผ่าน", "ไม่ผ่าน", "อนุมัติ", "รออนุมัติ", "ข้อเสนอ", "งาน",
        "ประชุม", "นัด", "ฟรี", "ลดราคา", "สินค้า", "บริการ", "คำถาม", "คำตอบ", "หัวข้อ", "เรื่อง", "สรุป", "หมายเหตุ",
    )
)  # fmt: skip

_NOT_SPEAKERS = frozenset(
    (
        "แอดมิน", "ระบบ", "บอท", "แชทบอท", "ผู้ใช้", "ลูกค้า", "เจ้าหน้าที่", "พนักงาน", "ร้าน", "ร้านค้า",
        "ทีมงาน", "ผู้ช่วย", "คำถาม", "คำตอบ", "ถาม", "ตอบ", "หมายเหตุ", "ชื่อ", "เรื่อง", "สรุป", "ผล",
        "วันที่", "เวลา", "ที่อยู่", "เบอร์", "โทร", "อีเมล", "ฉัน", "ผม", "ดิฉัน", "เรา", "หนู", "คุณ",
        "แพทย์", "หมอ", "พยาบาล", "ครู", "อาจารย์", "นักเรียน", "ผู้ป่วย", "คนไข้", "ผู้แจ้ง", "ผู้ดูแล",
        "bot", "system", "assistant", "ai", "chatbot", "gpt", "me", "you", "agent", "support", "staff",
        "customer", "user", "admin", "operator", "host", "moderator", "q", "a", "note", "re", "subject",
        "time", "date", "from", "to", "cc", "status", "reply", "answer", "question", "human", "shop",
        # Call-centre and case-note abbreviations of roles (เจ้าหน้าที่, พนักงาน, ลูกค้า, ผู้ป่วย...) and
        # the caller: transcripts label turns with them, never with a name.
        "จนท", "จนท.", "พนง", "พนง.", "ลค", "ลค.", "ผป", "ผปค", "ผจก", "ผอ", "นศ", "นร", "ผู้โทร", "ผู้ติดต่อ",
        "ผู้ร้อง", "ผู้ร้องเรียน", "ผู้สอบถาม", "ผู้ให้บริการ", "คอลเซ็นเตอร์", "ลูกหนี้", "เจ้าหนี้", "ทนาย", "ตำรวจ",
        "รับแจ้ง", "ผู้รับแจ้ง", "ศูนย์", "ศูนย์รับแจ้ง", "เวร", "ผู้รับสาย",
        "หัวหน้า", "ผู้จัดการ", "แม่", "พ่อ", "ลูก", "พี่", "น้อง", "สามี", "ภรรยา", "คลินิก", "โรงพยาบาล", "ร้านยา",
        "caller", "rep", "csr", "cs", "officer", "interviewer", "interviewee", "doctor", "nurse", "patient", "client",
        "guest", "driver", "rider", "teacher", "student", "parent", "mom", "dad", "manager", "hr", "clinic", "sales",
        # S7: a doctor, a shop's page and an interpreter answering in a chat export.
        "dr", "dr.", "page", "seller", "buyer", "pharmacist", "interpreter", "ล่าม", "ร้านค้าออนไลน์", "เพจ",
    )
)

# Scores: a title or rank is strong evidence; a cue or a name-shaped pair less so.
S_TITLE = 0.9
S_TITLE_SURNAME = 0.95
S_WEAK_TITLE = 0.75
S_CUE = 0.85
S_WEAK_CUE = 0.75
S_PAIR = 0.75
S_PAIR_SHAPE = 0.65
S_QUOTED = 0.6
S_BARE = 0.55
BARE = True
BARE_FREQ = 100
BARE_SHAPE = 2.5
S_PROPAGATED = 0.7
S_EN_TITLE = 0.9
S_EN_CUE = 0.8
S_ROMAN = 0.75
# RomanisedShape thresholds for an untitled romanised name: the name's letters as a whole
# (mean per character over its words), and each word (no plainly English word inside).
ROMAN_SHAPE = 2.0
# ... and in a strong slot (a name key before it, a personal field or an e-mail address after
# it, a table cell of its own), where English phrases (mean below -3) still fall short.
ROMAN_SLOT_SHAPE = 0.5
ROMAN_WORD_FLOOR = -1.0
# ... for the romanised Thai word after an English nickname ("Earth Supawadee": _nick_surname_part).
NICK_NAME_SHAPE = 3.5
# ... for a Latin list item's name, with a personal field after it or only a header before it.
LIST_FIELD_SHAPE = -4.0
LIST_HEADER_SHAPE = 0.0

# A person's other name in brackets right after their name: the romanised spelling (group 1), or a
# nickname (group 3) after น้อง/พี่/คุณ (group 2) or ชื่อเล่น.
_ALIAS_AFTER = re.compile(
    rf"[ ]{{0,2}}\((?:([A-Z]{{2,}}(?:[ ][A-Z]{{2,}}){{1,2}}|[A-Z][a-z]+(?:[ ][A-Z][a-z]+){{1,2}})"
    rf"|(?:ชื่อเล่น[ ]?)?(น้อง|พี่|คุณ)?({_NC}{{2,8}}))\)"
)
# ... and after a full name, one short capitalised Latin word: "Siriporn Petcharat (Noon)".
_LATIN_NICK_AFTER = re.compile(r"[ ]?\(([A-Z][a-z]{1,7})\)")
BRACKET_NICK_LEN = 6
# Roles and relations written in brackets after a name: "(บุตร)", "(ผู้กู้)", "(ประธาน)".
_BRACKET_ROLES = frozenset((
    "บุตร", "บิดา", "มารดา", "บุตรชาย", "บุตรสาว", "ผู้กู้", "ผู้ค้ำ", "ผู้เช่า", "ประธาน", "เลขา", "เหรัญญิก", "กรรมการ",
    "พยาน", "ผู้แทน", "ตัวแทน", "ทนาย", "ญาติ", "หลาน", "ผู้ปกครอง", "คู่สมรส", "จำเลย", "โจทก์", "ผู้ต้องหา", "ผู้เสียหาย",
    "หัวหน้า", "ผู้ช่วย", "ลูกจ้าง", "นายจ้าง", "ผู้รับเงิน", "ผู้โอน", "ผู้รับโอน", "ผู้ขาย", "ผู้ซื้อ", "ผู้รับ", "ผู้ส่ง",
    # a relation ("ผู้ค้ำ: สมพร พรหมวงศ์ (น้า)") and a people ("เกรียงไกร บุญมาก (ลีซู)"): who they are to
    # someone, or which group they belong to (ETHNICITY), not what they are called
    "น้า", "ป้า", "ลุง", "อา", "ตา", "ยาย", "ปู่", "ย่า", "พ่อ", "แม่", "พี่", "น้อง", "ลูก", "ภรรยา", "สามี", "แฟน", "เพื่อน",
    "กะเหรี่ยง", "ปกาเกอะญอ", "ม้ง", "เย้า", "เมี่ยน", "อาข่า", "ลีซู", "ลีซอ", "ลาหู่", "มูเซอ", "ลัวะ", "ขมุ", "มลาบรี",
    "ไทใหญ่", "ไทลื้อ", "ไทดำ", "มอญ", "มอแกน", "อูรักลาโว้ย", "มาเลย์", "พม่า", "ลาว", "เขมร", "จีน",
))
# A Thai display name in an e-mail header line, before the address in angle brackets.
_MAIL_HEADER_TH = re.compile(
    rf"(?im:^[ \t>]*(?:from|to|cc|จาก|ถึง|ผู้ส่ง|ผู้รับ)[ ]?[:：][ ]?({_NC}{{2,20}}(?:[ ]{_NC}{{1,20}}){{0,2}})"
    r"[ ]?<[^<>@\s]{1,64}@[^<>\s]{2,100}>)"
)
MAIL_HEADER_WORD_FREQ = 5000
# The label that opens a line of a chat export or a team's notes: a name in brackets or alone before
# a colon or a time ("[Pawarisa]: swap done", "Malai 10:44  that's from the retry path"), or after a
# bullet before a colon ("- อิทธิพล: billing run ช้า", "- Malai: no nights") (_line_labels).
_LINE_LABEL = re.compile(
    r"[ \t]*(?:\[(?P<bracket>[^\]\n:]{2,40})\](?:[ \t]*[:：]|[ \t]+\d{1,2}[:.]\d{2}\b)"
    r"|[-*•][ \t]+(?P<bullet>[^\n:：\[\]()]{2,40}?)[ \t]*[:：]"
    # A plain label: "Pawarisa: victim reports ...", a Slack export's "Thanakrit Petcharat 10:41  ...".
    r"|(?P<plain>[^\s:：\[\]()\-*•#>|][^\n:：\[\]()|]{1,39}?)(?:[ \t]*[:：](?![/\d])|[ \t]+\d{1,2}:\d{2}\b))"
)
_LABEL_LATIN = re.compile(r"[A-Z][a-z]{1,15}(?:[ ][A-Z][a-z]{1,20}){0,2}")
# A one-word Latin label leans romanised Thai at least this much (Pawarisa 2.7, Malai 2.0; Pros
# -3.9, Notes -5.9), unless it is a listed English given name.
LABEL_WORD_SHAPE = 1.5
# ... and a label of two or three words, on average (Busaba Limprasert -0.2; Main Points -3.0, Action
# Items -8.0), none of its words below the floor.
LABEL_NAME_SHAPE = -1.5
LABEL_WORD_FLOOR = -3.0


def _at_line_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern``'s matches at the start of each line: a ``(?m)^`` pattern's, without the regex
    engine trying (and failing) at every other position of the text."""
    pos = 0
    while pos >= 0:
        match = pattern.match(text, pos)
        if match is not None:
            yield match
        pos = text.find("\n", pos)
        if pos >= 0:
            pos += 1


# A speaker written as a role and a name in brackets, or a name and a role in brackets, before the
# colon that opens a line of a transcript or a review: "Agent(Aom):", "AGENT (Tony):", "Customer
# message (Boonmee Wongsawat):", "Bella (seller):" (_paren_speakers). An optional time stamp first.
_LINE_STAMP = r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?"
_LATIN_NAME_WORDS = r"[A-Z][a-z]{1,15}(?:[ ][A-Z][a-z]{1,20}){0,2}"
_ROLE_PAREN_SPEAKER = re.compile(rf"{_LINE_STAMP}([A-Za-z]{{2,20}})(?:[ ][a-z]{{2,12}})?[ ]?\(({_LATIN_NAME_WORDS})\)[ ]?:")
_NAME_PAREN_ROLE = re.compile(rf"{_LINE_STAMP}({_LATIN_NAME_WORDS})[ ]?\(([A-Za-z]{{3,20}})\)[ ]?:")
# Line labels that name a room, a counter or a unit of an organisation, not a person.
_PLACE_LABELS = ("ห้อง", "เคาน์เตอร์", "แผนก", "ฝ่าย", "จุด", "ศูนย์", "คลัง", "หน่วย", "ตึก", "อาคาร")
# A Thai role, then a name in brackets, then the colon of a chat or a transcript line (_th_paren_speakers).
_TH_ROLE_PAREN_SPEAKER = re.compile(rf"{_LINE_STAMP}([ก-๙.]{{2,15}})[ ]?\(({_NC}{{1,10}}(?:[ ]{_NC}{{1,10}})?)\)[ ]?[:：]")
# "สวัสดีค่ะ ดิฉันออม ยินดีให้บริการค่ะ": an agent's "I" + a name + the service greeting (_agent_intros).
_AGENT_GREETING = re.compile(rf"(?:ดิฉัน|ผม|หนู|กระผม)[ ]?({_NC}{{2,10}}?)[ ]?(?:ยินดีให้บริการ|รับสาย|พูดสาย|ติดต่อจาก|โทรจาก)")
# Words that follow "I" before the greeting and name no one.
_NOT_AGENT_NAME = frozenset(("เอง", "ขอ", "จะ", "ก็", "ยัง", "ได้", "มี", "เป็น", "คือ", "นะ", "ค่ะ", "ครับ", "ซึ่ง", "ยินดี"))
# A call-centre agent saying their name: "... ปาริชาติ รับสายค่ะ", "ศิริกานดา พูดสายครับ".
_AGENT_INTRO = re.compile(rf"(?:^|(?<=[ \n]))({_NC}{{2,12}})[ ]?(?:รับสาย|พูดสาย)(?:ค่ะ|ครับ|คะ|นะคะ|นะครับ)")
# "I" + a name + a polite particle, words spaced as a transcript writes them (_pronoun_intros).
_PRONOUN_INTRO = re.compile(
    rf"(?:^|(?<=[ \n:：]))(?:หนู|ผม|ดิฉัน|กระผม)[ ]({_NC}{{2,12}}?)[ ]?(?:นะ)?(?:ครับ|ค่ะ|คะ)(?![\u0e01-\u0e4e])",
    re.MULTILINE,
)
_AGE_AFTER = re.compile(r"[ ]?อายุ[ ]?\d")
# A polite particle that ends the sentence "my name is X" (ชื่อต้นนะครับ, ชื่อเมย์ค่ะ), and the
# question words that ask for a name instead (ชื่ออะไรคะ).
_PARTICLE_AFTER = re.compile(r"[ ]?(?:นะ)?(?:ครับ|ค่ะ|คะ|จ้ะ|จ้า|ฮะ)")
_SELF_INTRO_BEFORE = re.compile(r"[:：\n][ ]{0,2}\Z|(?:ผม|ดิฉัน|หนู|ฉัน|เรา|กระผม|ข้าพเจ้า|ครับ|ค่ะ)[ ]?\Z")
# Who is named before the cue, and where the named word must end (_said_name): a relative, a
# colleague or oneself ("ลูกสาวชื่อออม ม.2", "ลูกน้องในอู่ชื่อบอส"), the word ending its run.
_KIN_NAMED_BEFORE = re.compile(
    r"(?:ลูก(?:สาว|ชาย|น้อง)?|หลาน(?:สาว|ชาย)?|แฟน|สามี|ภรรยา|เมีย|เพื่อน(?:สนิท)?|น้อง(?:สาว|ชาย)|พี่(?:สาว|ชาย)"
    r"|เซลล์|แม่บ้าน|คนขับ|ผม|ดิฉัน|หนู|ฉัน|เรา)(?:ใน[ก-๙]{1,6})?[ ]?\Z"
)
_NICKNAME_END = re.compile(r"[ ]+(?=[ก-๙0-9A-Za-z])|[ ]*(?:\r?\n|\Z)|(?=[0-9])")
# A quoted message or a whole text that opens with it ('"ชื่อเอิร์ธนะคะ ...'): a self-introduction
# too, of a word rare in running text (not "ชื่อซ้ำค่ะ", the name is taken).
_QUOTE_INTRO_BEFORE = re.compile("(?:^|[\"“'])[ ]{0,2}\\Z")
QUOTE_INTRO_FREQ = 1000
_QUESTION_WORDS = frozenset(("อะไร", "ไหน", "ใคร", "อย่างไร", "ว่าอะไร", "เดิม", "นี้", "นั้น", "เล่น", "จริง"))
# "กับ"/"และ" after a name, past a bracketed role: "X (ผู้อ้างเป็นบิดา) และ", "X กับ ".
_AND_AFTER = re.compile(rf"(?:[ ]?\([^()\n]{{1,30}}\))?[ ]?(?:กับ|และ)[ ]?(?={_NC})")
# A parent, an elder sibling or an aunt naming herself by kinship term + nickname before a polite
# particle ("คือ แม่ปิ่น ค่ะ", "พ่อต้นครับ"): group 1 the term, group 2 the nickname.
# A field's label and its colon (see PersonRecognizer._colon_pair), and what may end the field.
_COLON_AFTER_LABEL = re.compile("[ \t]?[:：][ \t]?")
_FIELD_END = re.compile(r"[ \t\r\n,，;()（）/|]|\Z")
# Speech, not a form: a polite particle or a filler on the line.
_SPOKEN = re.compile("ค่ะ|ครับ|คะ|คับ|จ้ะ|จ้า|เอ่อ|อ่า|อืม")
# "ผู้ร้อง:", "ผู้ดูแลเวร :" at the start of a line; labels of organisations are left out.
_PERSON_LABEL = re.compile("(?m)^[ \t]*(?:[-*•][ \t]*)?(ผู้[ก-๙]{2,20})[ \t]?[:：][ \t]?")
_ORG_LABELS = (
    "ผู้ให้บริการ", "ผู้ผลิต", "ผู้จัดจำหน่าย", "ผู้นำเข้า", "ผู้ส่งออก", "ผู้พัฒนา", "ผู้สนับสนุน", "ผู้จัด",
    "ผู้ออก", "ผู้รับเหมา", "ผู้ประกอบการ", "ผู้ให้เช่า", "ผู้ว่าจ้าง", "ผู้รับประกัน", "ผู้ประกัน",
)


# Between two items of a list of people: a bracketed post after the first, then a comma, a
# semicolon or "and" (see PersonRecognizer._listed_after).
_LIST_NEXT = re.compile(r"(?:[ \t]?\([^()\n]{1,40}\))?[ \t]?(?:,[ \t]?and|,|;|[ \t]and|[ \t]&)[ \t]+")


# A nickname after the words that introduce one (see PersonRecognizer._english).
# "goes by" only of a person: in brackets after a name, or after a pronoun ("Payment goes by Visa").
_NICK_AFTER = re.compile(
    r"(?:(?:\(|\b(?:she|he|they|who|[Ss]he|He|They)[ ])(?:goes|go)[ ]by|\ba\.?k\.?a\.?|\bnicknamed)"
    r"[ ]+[\"“']?([A-Z][a-z]{1,14})\b(?![ ][A-Z])"
)


# A chat's nickname in the slots where people give it (_chat_nicknames): after a greeting or an
# address and before นะคะ/นะครับ ("สวัสดีค่ะ แพร นะคะ", "หัวหน้าครับ อิ๊ก นะครับ"); glued to "I" before
# what they are ("ผมบอส ไรเดอร์โซนรังสิต", "ของหนูต่าย รหัส 67-..."); after ชื่อ before a phone
# ("ชื่อ จ๋า เบอ 094...", "ชื่อผู้สั่ง ก้อย โทร 065..."); alone before a mobile number ("😤 แพร 068-...").
_CHAT_NICK_GREETED = re.compile(rf"(?:สวัสดี|หัวหน้า|แอดมิน|แอด|พี่)(?:ค่ะ|ครับ|คะ)[ ]+({_NC}{{1,8}}?)[ ]?นะ(?:คะ|ครับ)")
_SELF_WHAT = ("ไรเดอร์", "รหัส", "เป็นเกย์", "เป็นไบ", "เป็นทอม", "เป็นเลสเบี้ยน", "พนักงาน")
_CHAT_NICK_SELF = re.compile(rf"(?:ผม|หนู|ดิฉัน)({_NC}{{1,6}}?)[ ](?={'|'.join(_SELF_WHAT)})")
_CHAT_NICK_NAMED = re.compile(rf"ชื่อ(?:ผู้[ก-๙]{{2,10}})?[ ]?({_NC}{{1,8}}?)[ ]?(?=เบอร์|เบอ|โทร|0\d)")
# ... and alone before a mobile number: found from the number, the word looked for right before it.
_MOBILE = re.compile(r"0[689]\d[- ]?\d{3}[- ]?\d{4}|\+66")
_WORD_BEFORE_MOBILE = re.compile(rf"(?:^|(?<=\s))({_NC}{{1,6}})[ ]\Z", re.MULTILINE)
# Replies and words that fill the same slots and name no one.
_NOT_CHAT_NICKS = frozenset((
    "ได้", "ได้เลย", "โอเค", "ขอบคุณ", "รับทราบ", "ใช่", "ไม่", "เช่นกัน", "ยินดี", "ขอโทษ", "สวัสดี", "เรียบร้อย",
    "ติดต่อ", "โทร", "เบอร์", "เบอ", "ลูกค้า", "ร้าน", "แอดมิน", "ไรเดอร์", "คนขับ", "สินค้า", "จริง", "ด่วน", "ครับ", "ค่ะ",
))  # fmt: skip
_KIN_SELF = re.compile(
    rf"(?<![{THAI_NAME_CHARS}])(แม่|พ่อ|พี่|น้อง|ป้า|น้า|ลุง|ยาย|เจ๊|เฮีย)({_NC}{{2,8}}?)[ ]?(?:ค่ะ|ครับ|คะ|นะคะ|นะครับ|เองค่ะ|เองครับ)"
)
# A chat label of kinship term + nickname at the start of a line ("พ่อเฟิร์น: ผมติดประชุม", "ห้อง 1208
# พี่เอิร์ธ: ...", "[00:12] ป้าแดง: ..."): the speaker's own name, whatever the message says.
_KIN_SPEAKER = re.compile(
    rf"(?m)^[ \t]*(?:\[[0-9:. ]{{4,12}}\][ ]?|ห้อง[ ]?\d{{1,5}}[ ]?)?"
    rf"(แม่|พ่อ|พี่|น้อง|ป้า|น้า|ลุง|ยาย|ตา|ปู่|ย่า|เจ๊|เฮีย|ครู)[ ]?({_NC}{{2,8}})[ \t]?[:：]"
)
# A LINE chat exported as text: "21:03<TAB>display name<TAB>message"; group 2 is the sender. The
# export opens with "[LINE] Chat history ..." and heads each day with its date and weekday.
# (A display name's emoji after the name is decoration: "09:23<TAB>Kung 🌷<TAB>...".)
_LINE_EXPORT = re.compile(rf"({_TIME})\t([^\t\n]{{2,40}}?)(?:[ ]?{_DECOR})?\t")
_LINE_EXPORT_HEAD = re.compile(
    r"(?im:^\[line\]|^\d{4}[./-]\d{1,2}[./-]\d{1,2}[ ]?\(?(?:mon|tue|wed|thu|fri|sat|sun)"
    r"|^วัน(?:จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์|อาทิตย์))"
)
# Nouns for a person's part in a case or a meeting that open a bracket after their name, besides
# the role and weak cues of cues.txt (_named_before_role); the first characters looked at.
_PARTS_IN_BRACKETS = (
    "ผู้แทน", "กรรมการ", "พยาน", "ผู้อ้าง", "บิดา", "มารดา", "บุตร", "ผู้ร้อง", "ผู้คัดค้าน", "ลูกจ้าง", "นายจ้าง",
    "ผู้เยาว์", "ผู้ปกครอง", "ผู้รับมอบอำนาจ", "ผู้มอบอำนาจ", "ทายาท", "ผู้จัดการมรดก",
)  # fmt: skip
_ROLE_PREFIX_SPAN = 16
# Prepositions and verbs that Thai glues to the name after them ("ระหว่างธนากร ศรีประเสริฐพันธุ์ และ...",
# "ฝ่ายบุคคลเรียกชลิตา ภูมิวัฒนสกุล", "ติดต่ออับดุลเลาะ มะแซ"): stripped before a pair is judged.
# (Only words that introduce a person: ให้, ว่า, ของ glue on to names too, but to every other word
# far more often, and each hit costs a name-shape test; _name_tail covers listed names after them.)
_GLUED_BEFORE_NAME = ("ระหว่าง", "และ", "กับ", "เรียก", "แจ้ง", "ติดต่อ", "โทรหา", "ชวน", "ถาม", "เจอ")
# A Chinese clan surname, แซ่ + one syllable (แซ่ลิ้ม, แซ่ตั้ง, แซ่เอี้ยว), after the given name;
# not แซ่บ ("spicy") nor แซ่ซ้อง ("to cheer").
_SAE_SURNAME = re.compile(rf"แซ่(?!บ|ซ้อง){_NC}{{1,6}}(?!{_NC})")

# The local part of an e-mail address (_named_in_mail), how far from the name it may be, and how
# English a name spelled in it may read (plain English phrases score below -5).
# (The look-behind follows the first character, as in _EN_THEN_THAI: a leading character class.)
_MAIL_LOCAL = re.compile(r"([A-Za-z0-9._%+-](?<![A-Za-z0-9._%+-].)[A-Za-z0-9._%+-]{2,63})@[A-Za-z0-9-]+\.")
MAIL_NAME_WINDOW = 400
MAIL_NAME_SHAPE = -4.5

# Neither word of a surname coined from two ordinary words is this frequent (กิน, ไป, ว่า are).
COMPOUND_PART_FREQ = 20000

# A cache miss marker (None is a remembered answer).
_UNSEEN = object()

# Compound surnames run long ("ปัญญาสุวรรณวงศ์รุ่งเรือง" is 24 characters).
_LONGEST_SURNAME = 30

# Thresholds on NameShape scores (mean log-likelihood ratio per character).
SURNAME_SHAPE = 0.0  # a word after "title + given name" is a surname when it looks like one
SURNAME_SHAPE_STRICT = 0.5  # ... when nothing but the pair itself says "name"
GIVEN_SHAPE_PAIR = 0.5
GIVEN_SHAPE_ALONE = 2.0
# An untitled given name this name-shaped (and no ordinary Thai) takes a loosely judged surname.
PAIR_LOOSE_SHAPE = 3.0
# A word made of ordinary words (ธาร+สิริ) is still a given name after a strong cue or a role
# noun when its letters score this high (ordinary words such as เสียง, เรื่อง score below -3).
GIVEN_SHAPE_NAMED = 1.5
# A dictionary word that is a whole word after a strong cue and shaped like a given name is the
# name when it is this rare in running text (อนันต์ 409, ประเสริฐ 1,093; อังกฤษ 9,048 is not).
NAMED_WORD_FREQ = 2000
# A surname after ชื่อ + given name, when it is no ordinary Thai (_loose_surname_at).
LOOSE_SURNAME_SHAPE = -1.0
# A list name that is also this frequent in the TNC is an ordinary word unless more evidence says otherwise.
FREQUENT_NAME = 300
# ... and this frequent is an everyday word whatever the lists say (ที่, วัน, ใหม่ are in them).
VERY_FREQUENT = 5000
# ... and this frequent is a function word (ตาม, ให้, จาก), never a nickname after หมอ or ครู.
FUNCTION_WORD_FREQ = 50_000
# Syllables of Burmese, Lao and Malay (Patani) names written in Thai script that native Thai
# words rarely hold (หม่องมิน, ขิ่นซอ, พอนสะหวัน, คำเพ็ด, แวรอฮิม, อาตีมะห์, สาสาเมาะ, บากา).
# Such names split into ordinary syllables (ละ|โม|ซอ), so the word lists and the letter-shape
# model miss them; one of these, not inside a longer ordinary word (ซอย, ทะเลาะ, การ์ตูน), is
# the evidence a strong slot (a cue with a space, a name column, a list item) needs.
_FOREIGN_SYLLABLES = (
    "ซอ", "อ่อง", "หม่อง", "ขิ่น", "เมียว", "ทูน", "จอ", "มิน", "ซู", "ทิดา", "เตง", "โม",  # Burmese
    "สะหวัน", "หวัน", "สะหวัด", "ไซ", "เพ็ด", "พูมี", "ยะวง", "วงสา", "มะนี", "คำ",  # Lao
    "แว", "ฮิม", "มะห์", "เยาะ", "เลาะ", "เมาะ", "หมัด", "ฮัม", "ดิง", "บากา", "เต๊ะ", "นูร", "อาซัน",  # Malay
    "ดอ", "ซัน", "ยูลี", "ฮาดิ",
)
# A word after a name in a slot that starts like a verb (ยิ่ง, ได้, ลา) is still the surname when
# its letters are this typical of surnames (ยิ่งวัฒนาวงษ์); ลาป่วย, ได้รับของ score far lower.
SURNAME_OVER_VERB_SHAPE = 2.0
# Whole syllables of Burmese names in Thai script, written as separate words (อ่อง ซอ เมียว);
# see PersonRecognizer._burmese_th_words. Left out: syllables that are everyday Thai words
# on their own (ยา, โพ, จี, ทัน).
_BURMESE_TH_TEXT = (
    "อ่อง ออง ซอ ซาน ซู ซิน มิน หม่อง ขิ่น ขิ่ง จอ จ่อ ทูน ตุน ทุน เต็ง เต็ต เท็ต เมียว เมี้ยว วิน ลวิน"
    " ลิน ยิน เอ่ มยะ มยา ยาดานา ทันดา ทันดาร์ ตีดา ทิดา ซานดา เนียน เนียง หน่าย หน่อง ติน ทิน"
    " เส่ง เต่ ชเว พยู ซาว ลัต ไหน่ ทเว เมี่ยน แต๊ะ ยี ลวี นเว นแว ทเวต เซน โซ โม เอ มอ หล่าย ทัน โก"
    " ทู มิ ทอ"  # Karen and Burmese: นอ เอ ทู (Naw Eh Htoo), มิ มิ อ่อง (Mi Mi Aung)
)
_BURMESE_TH = frozenset(_BURMESE_TH_TEXT.split())
# Syllables of Chinese names in Thai script (Mandarin readings) that are no Thai words: หลิว หยาง,
# เฉิน จิง, หวง ซินอี๋. Spaced syllable by syllable like Burmese names, and judged the same way.
_CHINESE_TH_TEXT = (
    "หลิว หวง เฉิน หลี่ จาง หวัง หลิน โจว อู๋ สวี หม่า เจิ้ง เหลียง เซี่ย ซ่ง เฝิง เติ้ง เฉา เผิง เจิง"
    " เซียว เถียน หยวน ไช่ เจียง เย่ เฉิง เว่ย เหริน เสิ่น เหยา หยาง อี๋ ซินอี๋ จิง หมิง เหวย ฮุ่ย เจี๋ย"
    " ห่าว ลี่ เสี่ยว ฮวา เฟิง จื่อ หาน ยวี่ ลู่ เสวี่ย หลิง หลิงหลิง"
)
_CHINESE_TH = frozenset(_CHINESE_TH_TEXT.split())
_SPACED_FOREIGN_TH = _BURMESE_TH | _CHINESE_TH
_BURMESE_HONORIFICS_TH = frozenset(("มะ", "อู", "ดอ", "โก", "นอ", "หม่อง", "ซอ"))
_FOREIGN_INDEX = ahocorasick.Automaton()
for _syllable in _FOREIGN_SYLLABLES:
    _FOREIGN_INDEX.add_word(_syllable, _syllable)
_FOREIGN_INDEX.make_automaton()
# Words a case note puts between a person noun and the age that describe, not name, the person
# ("ผู้ป่วย ชาย อายุ 45 ปี", "ผู้ป่วย: เด็ก อายุ 3 ขวบ").
_NOT_AGED_NICKS = frozenset(("ชาย", "หญิง", "เพศชาย", "เพศหญิง", "เด็ก", "ทารก", "ผู้ชาย", "ผู้หญิง", "คนไข้"))
# A word this frequent in TNC is ordinary Thai even in a name slot.
SLOT_WORD_FREQ = 50
# Vowels and marks that continue the syllable before them (แว|่น, มิน|ิ): no syllable ends there.
_FOLLOWING_MARKS = frozenset(chr(c) for c in (*range(0x0E30, 0x0E3B), *range(0x0E47, 0x0E4F)))


# An English word right before a Thai word, with a space, ":" or "=" between (see
# PersonRecognizer._thai_after_english).
# (The look-behind sits after the first letter, "(?<![...].)" for "(?<![...])" before it, so the
# pattern opens with a character class and re jumps between Latin letters instead of trying the
# look-behind at every Thai character.)
_EN_THEN_THAI = re.compile(
    r"([A-Za-z](?<![A-Za-z0-9_.@/-].)[A-Za-z]{1,19})(?:[ ]?[:=][ ]?|[ ])(?=[\u0e01-\u0e2e\u0e40-\u0e44])"
)
# What may stand between a weak cue or role noun and the name in its slot: one or two spaces,
# or a form's separator ("ลูกค้า: ", "ผู้ขับ - ", "ผู้ขาย : ").
_SLOT_GAP = re.compile(r"[ ]{1,2}(?:[:：=\-][ ]{1,2})?|[ ]?[:：=][ ]{1,2}")
# Foreign given names in Thai script (th_foreign_given.txt) and what makes "given + word" no
# person: a work, a brand or a character ("หนังสือแฮร์รี่ พอตเตอร์", "ยี่ห้อจอห์นนี่ วอล์กเกอร์").
FOREIGN_GIVEN_GLUED = 5  # shortest name taken when glued to the word before (โดยเจนนี่ ...)
FOREIGN_SURNAME_FREQ = 2000  # a word this frequent after the name is ordinary Thai (ยัง, ก็)
_FOREIGN_NOT_PERSON = re.compile(
    "(?:หนังสือ|ภาพยนตร์|หนัง|ซีรีส์|นิยาย|ตัวละคร|การ์ตูน|เพลง|ยี่ห้อ|แบรนด์|รุ่น|สินค้า|ร้าน|ถนน|สนาม)"
    "[ ]?\\Z"
)


def _variants(title: str) -> list[str]:
    """Spellings of a title: ranks of three or more parts are also written with a space after
    an inner dot ("พล. ต.อ."). Shorter ones are not, or "09.30 น. พ.ต.ท." would hold "น. พ."."""
    if title.count(".") < 3 and not title.startswith("พล."):
        return [title]
    parts = title.split(".")
    inner = len(parts) - 2  # dots that are followed by more letters
    out = []
    for spaces in product(("", " "), repeat=inner):
        text = parts[0]
        for space, part in zip((*spaces, ""), parts[1:], strict=True):
            text += "." + space + part
        out.append(text)
    return out


# Two or more spaces between Thai words, as people type on phones and OCR prints ("ไพศาล  ศรีวงศ์"):
# the passes read one space between a given name and a surname, so they search the text with such
# gaps closed up to one space, and the spans are mapped back onto the text as given.
# (Not a gap before the next field's label, "บิดา: อำนาจ ดวงแก้ว  มารดา: ...": there it separates fields.)
_THAI_WIDE_GAP = re.compile(r"(?<=[\u0e01-\u0e4e])[ ]{2,}(?=[\u0e01-\u0e4e])(?![\u0e01-\u0e4e.]{1,24}[ ]?[:：])")


def _closed_up(text: str) -> tuple[str, list[int]]:
    """``text`` with each wide gap between Thai words made one space, and for each offset of that
    text its offset in ``text`` (one more entry: the end)."""
    pieces: list[str] = []
    origin: list[int] = []
    at = 0
    for match in _THAI_WIDE_GAP.finditer(text):
        pieces.append(text[at : match.start() + 1])
        origin.extend(range(at, match.start() + 1))
        at = match.end()
    pieces.append(text[at:])
    origin.extend(range(at, len(text) + 1))
    return "".join(pieces), origin


class PersonRecognizer(ThaiRecognizer):
    """Names after titles, ranks and cues, name-shaped word pairs, and English names."""

    ENTITIES = ("PERSON",)

    # The last text searched (by identity) and the names found in it, shared by every instance.
    # The s.26 recognizer needs the names of a text to tell "a person's" disclosure from a general
    # statement; the engine runs PERSON first and hands every recognizer the same string object,
    # so the s.26 recognizer reads the names here instead of searching the text a second time
    # with a PERSON recognizer of its own (a third of a second to build, and a second pass).
    _last: ClassVar[tuple[str, tuple[Span, ...]] | None] = None

    @classmethod
    def found_in(cls, text: str) -> tuple[Span, ...] | None:
        """The names of ``text`` if it is the very string the last :meth:`find` searched, else None."""
        last = cls._last
        return last[1] if last is not None and last[0] is text else None

    def __init__(self, supported_language: str = "th") -> None:
        super().__init__(supported_language=supported_language)
        lex = load_lexicon()
        self._lex: PersonLexicon = lex
        automaton = ahocorasick.Automaton()
        for cue, klass in lex.cues.items():
            automaton.add_word(cue, ("cue", cue, klass, len(cue)))
        for title, klass in lex.titles.items():
            for variant in _variants(title):
                automaton.add_word(variant, ("title", title, klass, len(variant)))
        for name in lex.foreign_given:
            # Scanned in the same pass as titles and cues: no extra pass over the text.
            if name not in automaton:
                automaton.add_word(name, ("foreign", name, "", len(name)))
        automaton.make_automaton()
        self._thai_keys = automaton
        # The list names a bare mention may be (3+ letters, rare as a word): most word runs start
        # with none of them, and a scan of this smaller index stops after a letter or two.
        self._bare_index = PrefixIndex(
            n for n in lex.given_names if len(n) >= 3 and lex.freq.get(n, 0) < BARE_FREQ
        )
        self._family_index = PrefixIndex(lex.family_names)
        # Reversed rare list names (3+ letters): the names a run can end with (_name_tail).
        self._tail_index = PrefixIndex(
            n[::-1] for n in lex.given_names if len(n) >= 3 and lex.freq.get(n, 0) < FREQUENT_NAME
        )
        # Reversed words that end with a title, per title (_compound_before).
        self._compound_index = {
            t: PrefixIndex(w[::-1] for w in words) for t, words in lex.title_compounds.items() if words
        }
        self._title_word_index = {t: PrefixIndex(words) for t, words in lex.title_words.items() if words}
        # Exact pre-filters, one set look-up each (most runs start or end with no list name):
        # a run starts with a bare-mention name when it starts with a 3-letter one or with the
        # first four letters of a longer one; likewise for the rare names a run ends with.
        self._bare_names3 = frozenset(w for w in self._bare_index.words if len(w) == 3)
        self._bare_heads4 = frozenset(w[:4] for w in self._bare_index.words if len(w) >= 4)
        tails = [w[::-1] for w in self._tail_index.words]
        self._tail_names3 = frozenset(w for w in tails if len(w) == 3)
        self._tail_ends4 = frozenset(w[-4:] for w in tails if len(w) >= 4)
        # First four letters of the common words of 4+ letters: a word that runs across a title
        # is one of them, so most positions are ruled out without a scan.
        self._common_heads4 = frozenset(w[:4] for w in lex.common.words if len(w) >= 4)
        # First two letters of every word that ends a name (all are 2+ letters long).
        self._after_heads = ahocorasick.Automaton()
        for head in {w[:2] for w in lex.after_name.words}:
            self._after_heads.add_word(head, head)
        self._after_heads.make_automaton()
        plain = [t for t in lex.titles if "." not in t]
        self._shorter_title = {
            t: max((s for s in plain if s != t and t.startswith(s)), key=len)
            for t in plain
            if any(s != t and t.startswith(s) for s in plain)
        }
        strong = sorted((t for t, c in lex.titles.items() if c == "strong"), key=len, reverse=True)
        alternatives = "|".join(re.escape(v) for t in strong for v in _variants(t))
        # Titles stack after the first one: ผศ.ดร., ศ.นพ., พล.ต.อ.(พิเศษ), ผู้ช่วยศาสตราจารย์ ดร.
        self._stack_re = re.compile(rf"(?:[ ]?\(พิเศษ\))?(?:[ ]?(?:{alternatives})(?:[ ]?\(พิเศษ\))?)*")
        en_keys = ahocorasick.Automaton()
        # The gates first: a cue spelled the same (none today) would overwrite its gate.
        for key in (*_INTRO_KEYS, *_TITLE_KEYS):
            en_keys.add_word(key, key)
        for cue in lex.en_cues:
            for variant in {cue, cue.replace("_", " "), cue.replace("_", ""), cue.replace(" ", "_")}:
                en_keys.add_word(variant, variant)
        en_keys.make_automaton()
        self._en_keys = en_keys
        # Keywords without which _EN_NAME_BEFORE_DOC / _EN_THAT_NAME cannot match (_en_gates).
        # The Latin ones in an automaton run over the text's Latin stretches (_latin_keys); the
        # others (Thai spellings of "passport") are looked for as substrings.
        gate_keys = ahocorasick.Automaton()
        other_gates = []
        for keys, kind in ((_DOC_GATE_KEYS, "doc"), (_THAT_GATE_KEYS, "that")):
            for key in keys:
                if _LATIN_KEY.fullmatch(key):
                    gate_keys.add_word(key, kind)
                else:
                    other_gates.append((key, kind))
        gate_keys.make_automaton()
        self._gate_keys = gate_keys
        self._other_gates = tuple(other_gates)
        # (A backslash before a quote: the record is itself a JSON string, \"full_name\": \"...\".)
        # A key may carry a language suffix ("name_en": "Preecha Jaidee", "name_th": ...).
        # A qualifier in brackets may stand before the colon ("Sponsor (father): Vikram Singh").
        self._en_after_cue = re.compile(
            r"(?:_(?:en|th|eng|tha))?(?:[ ]?\([a-z][a-z ]{1,20}\))?\\?[\"']?[ ]*[:=][ ]*\\?[\"']?|[ ]+(?=[A-Z])"
        )
        # "for Kanya Srisuk (accountant, employee ID ...)": a role in brackets right after a full
        # name says the name is a person's. The role must close the bracket or be followed by a
        # comma, so "Premium Plan (customer tier)" is not one; audience words that describe
        # products too ("Premium Plan (customer)", "Admin Console (user)") are left out.
        bracket_roles = sorted(lex.en_roles - {"customer", "client", "user", "owner"}, key=len, reverse=True)
        self._role_bracket = re.compile(rf"\((?:an? |the )?(?:{'|'.join(bracket_roles)})[,;)]", re.IGNORECASE)
        # A list item's name followed by the person's role: "- Kanya Srisuk, line supervisor, ...",
        # "• Min Thu (night-shift driver)".
        roles = sorted(lex.en_roles | _EXTRA_ROLES, key=len, reverse=True)
        self._role_after = re.compile(
            rf"[ ]?[,(–][ ]?(?:[A-Za-z-]+[ ]){{0,3}}(?:{'|'.join(roles)})s?"
            r"(?:[,;)]|[ ]?$|[ ](?:is|was|who|at|in|of|on|for)\b)",
            re.IGNORECASE | re.MULTILINE,
        )
        # Words after which a romanised Thai full name is a person's (_romanised), lower-cased.
        self._en_person_before = lex.en_person_before | lex.en_roles | {c for c in lex.en_cues if c.isalpha()}
        # ... of them, the name keys and role nouns (not prepositions or verbs): a strong slot.
        self._en_strong_before = (
            lex.en_roles
            | {c for c in lex.en_cues if c.isalpha() and c not in ("from", "to", "cc", "by")}
            | {"lessee", "lessor", "defendant", "plaintiff", "respondent", "accused", "claimant", "traveller",
               "traveler", "donor", "caller", "guest", "cardholder", "passenger", "resident"}
        )  # fmt: skip
        self._glued_index = ahocorasick.Automaton()  # (_glued_cuts: one pass instead of a find per word)
        for word in _GLUED_BEFORE_NAME:
            self._glued_index.add_word(word, word)
        self._glued_index.make_automaton()
        # Role, kinship and party nouns that may open a bracket after a name (_named_before_role).
        self._role_words = PrefixIndex(
            [c for c, k in lex.cues.items() if k in ("role", "weak") and " " not in c] + list(_PARTS_IN_BRACKETS)
        )
        # Latin role words that may precede a bracketed speaker's name ("[Agent Sirikanya] Sorry").
        self._speaker_roles = lex.en_roles | {w for w in _NOT_SPEAKERS if w.isascii()}
        self._th_person_before = tuple(sorted({*_FREE_BEFORE, *lex.cues}, key=len, reverse=True))
        self._caps_cache: dict[str, tuple[int, int, str] | None] = {}
        self._trim_cache: dict[PrefixIndex, dict[str, int]] = {}
        self._surname_memo: dict[tuple[str, int, bool], int] = {}
        self._tail_cache: dict[str, str] = {}
        self._pair_cache: dict[str, tuple[str, bool, bool] | None] = {}

    # ------------------------------------------------------------------ word tests
    def _run_at(self, text: str, pos: int) -> str:
        match = _RUN.match(text, pos)
        if not match:
            return ""
        run = match.group()
        # Chat glues the polite particle to the word before it ("ชื่อเอิร์ธนะคะ", "เบอร์แพรวค่ะ"): a
        # name never ends in one, so the run stops before it.
        if run.endswith(_GLUED_PARTICLES):
            bare = _GLUED_PARTICLE.sub("", run)
            if len(bare) >= 2:
                return bare
        return run

    def clear_caches(self) -> None:
        PersonRecognizer._last = None
        # The shape models memoise word scores too (shared by every instance, via the lexicon).
        self._lex.given_shape.clear_cache()
        self._lex.family_shape.clear_cache()
        self._lex.romanised_shape.clear_cache()
        self._caps_cache.clear()
        self._trim_cache.clear()
        self._tail_cache.clear()
        self._pair_cache.clear()

    def _trim(self, run: str, vocab: PrefixIndex) -> int:
        """:meth:`_trim_run`, remembered per run and word list (runs recur: the same surname,
        the same phrase after a title), in a dictionary cleared when it grows large."""
        cache = self._trim_cache.get(vocab)
        if cache is None:
            cache = self._trim_cache[vocab] = {}
        length = cache.get(run)
        if length is None:
            if len(cache) >= 20_000:
                cache.clear()
            length = cache[run] = self._trim_run(run, vocab)
        return length

    def _trim_run(self, run: str, vocab: PrefixIndex) -> int:
        """Length of the name at the start of ``run``, cutting words glued after it.

        ``สมชายกล่าวว่า`` -> 5: a list name followed by a word that typically follows names, or
        else the first such word whose rest reads as ordinary Thai. A long run with neither
        keeps its longest list name (``สถาพรคนขับรถ`` -> ``สถาพร``).
        """
        lex = self._lex
        if len(run) <= 4 or run in vocab.words:
            return len(run)
        longest = 0
        limit = min(len(run) - 1, lex.name_maxlen)
        # List words the run starts with, longest first (one prefix-index scan, not a slice and
        # a set look-up for every length).
        for length in reversed(vocab.lengths(run)):
            if length > limit:
                continue
            if length < 2:
                break
            after = lex.after_prefix(run, length)
            if after and self._word_ends(run, length + after):
                return length
            if not longest and length >= 3 and lex.freq.get(run[:length], 0) < FREQUENT_NAME:
                longest = length
        # Positions (from 2 on) where a word that ends names may start, found in one automaton
        # pass over the run rather than a slice and a look-up at every position. The rest of
        # the run must read as ordinary Thai, so its last two letters must end a common word:
        # when they do not (most names: -ศักดิ์, -พงษ์), no position can qualify.
        if lex.common.shortest >= 2 and run[-2:] not in lex.common.ends2:
            return longest if len(run) > 12 and longest else len(run)
        for last, _ in self._after_heads.iter(run, 2):
            pos = last - 1
            after = lex.after_prefix(run, pos)
            if after >= 2 and lex.all_common(run[pos:]) and self._word_ends(run, pos + after):
                return pos
        if len(run) > 12 and longest:
            return longest
        return len(run)

    def _word_ends(self, run: str, pos: int) -> bool:
        """True when a word that follows names ends at ``pos`` of ``run``: ordinary words (or
        nothing) come after it. In ประมาศ the "มา" of มาศ goes on into one word, so มาศ is no
        "มา" (came) glued to a name ประ; in จูนมาถึงแล้ว it is."""
        return pos >= len(run) or self._lex.all_common(run[pos:])

    def _surname_like(self, word: str, strict: bool) -> bool:
        lex = self._lex
        if len(word) < 2 or len(word) > _LONGEST_SURNAME or lex.starts_not_name(word):
            return False
        if word in lex.family_names and lex.freq.get(word, 0) < 2000:
            return True
        if lex.after_prefix(word):
            return False
        shape = lex.family_shape.score(word)
        return shape > (SURNAME_SHAPE_STRICT if strict else SURNAME_SHAPE)

    def _surname_at(self, text: str, pos: int, strict: bool) -> int:
        """End of a surname that starts after a separator at ``pos``, or ``pos`` if there is none.

        Remembered for the text being scanned: a title's checks and its name ask the same
        question about the same word (the memo is emptied at each ``find``; the text is part of
        the key, so concurrent calls can only miss, never mix answers up)."""
        if pos >= len(text) - 1 or text[pos] not in _SEPS:
            return pos
        key = (text, pos, strict)
        end = self._surname_memo.get(key)
        if end is None:
            end = self._surname_memo[key] = self._surname_after(text, pos, strict)
        return end

    def _surname_after(self, text: str, pos: int, strict: bool) -> int:
        """:meth:`_surname_at` without the memo."""
        start = pos + 1
        run = self._run_at(text, start)
        if len(run) < 2:
            return pos
        surname = run[: self._trim(run, self._family_index)]
        if surname in self._lex.cues:
            return pos  # "ชื่อ เฉลิม นามสกุล ใจดี": the next field's label, not a surname
        if self._surname_like(surname, strict):
            end = start + len(surname)
            # Two-word surnames: "ณ อยุธยา", "ณ ป้อมเพชร".
            if surname == "ณ":
                return self._surname_at(text, end, strict) if end < len(text) else end
            return end
        return pos

    def _is_list_name(self, word: str) -> bool:
        # Foreign given names in Thai script are loanwords of news text (ไมเคิล, จอห์น), so
        # their word frequency says nothing against them.
        lex = self._lex
        return (word in lex.given_names and lex.freq.get(word, 0) < FREQUENT_NAME) or word in lex.foreign_given

    def _straddled(self, text: str, start: int) -> bool:
        """True when an ordinary word runs across ``start`` (มิถุนายน, พยายาม, พัฒนายก)."""
        lex = self._lex
        heads = self._common_heads4
        for back in range(1, min(start, 8) + 1):
            pos = start - back
            if text[pos] not in _NAME_CHARS:
                break
            if text[pos : pos + 4] not in heads:
                continue  # no common word of 4+ letters starts here
            length = lex.common_prefix(text, pos)
            if length >= back + 2 and length >= 4:
                return True
        return False

    def _compound_before(self, text: str, start: int, title: str) -> bool:
        """True when the title ends an ordinary word (ขอบคุณ, ทำนาย, ขุนนาง)."""
        index = self._compound_index.get(title)
        if index is None:
            return False
        # Every such word is longer than the title: does the reversed text before the title's
        # end start with one of them, reversed (one scan instead of a look-up per length)?
        end = start + len(title)
        return index.starts(text[max(0, end - 16) : end][::-1])

    def _title_word(self, title: str, run: str) -> int:
        """Length past the title of the longest dictionary word starting with title + run (นายกรัฐมนตรี)."""
        words = self._lex.title_words.get(title)
        if not words:
            return 0
        joined = title + run
        for length in reversed(self._title_word_index[title].lengths(joined)):
            if length <= 30:
                return length - len(title)
        return 0

    @staticmethod
    def _address_near(text: str, start: int, end: int) -> bool:
        """True when ``อ.`` sits in an address (ต. before it, จ. or a province after it)."""
        before = text[max(0, start - 30) : start]
        after = text[end : end + 30]
        return bool(_ADDRESS_BEFORE.search(before) or _ADDRESS_AFTER.search(after))

    def _acronym_before(self, text: str, start: int) -> bool:
        """True when a dotted title is the tail of an acronym (กยศ., สดร.)."""
        if start == 0 or text[start - 1] not in _NAME_CHARS:
            return False
        match = _RUN.search(text, max(0, start - 6), start)
        while match and match.end() < start:
            match = _RUN.search(text, match.end(), start)
        if not match or match.end() != start:
            return False
        letters = match.group()
        return (
            bool(_THAI_CONSONANTS.fullmatch(letters)) and letters not in self._lex.common.words
        )  # ผม is a word

    # ------------------------------------------------------------------ finders
    def _titled(
        self, text: str, start: int, title: str, klass: str, key_end: int, after_role: bool = False
    ) -> tuple | None:
        """A name after the title ``title`` found at ``start``, as (start, end, score, given).

        ``after_role``: the title is glued to a role noun (หัวหน้างานคุณวราเอื้อ), so a weak
        title such as คุณ is a title here, not "you": any word that is no ordinary Thai follows.
        """
        lex = self._lex
        stack = self._stack_re.match(text, key_end)
        pos = stack.end() if stack else key_end
        if pos > key_end and stack and not _SPECIAL_RANK.fullmatch(stack.group()):
            klass = "strong"  # นาย + แพทย์..., อาจารย์ + ดร.
        if self._bad_title_context(text, start, title, klass):
            return None
        spaced = pos < len(text) - 1 and text[pos] in _SEPS
        name_start = pos + 1 if spaced else pos
        run = self._run_at(text, name_start)
        if not run:
            return self._titled_latin(text, start, name_start, klass)
        run_end = name_start + len(run)
        if klass == "royal":
            return start, name_start + min(self._trim(run, lex.given_index), 40), S_TITLE, ""
        if not _WORD_START.match(run) or lex.starts_not_name(run, False):
            return None  # not a word start, or an organisation
        if run.startswith("ชื่อ") and klass != "strong":
            return None  # "ครูชื่อ สมศรี": a role and the cue ชื่อ, whose name the cue finds
        name_len = lex.rare_name_prefix(run, frequent=VERY_FREQUENT)
        after = lex.after_prefix(run)
        if (
            after > name_len
            # A short word that follows names may also open one (มา|ยด์, สิ|ราศิกานต์): it ends
            # the name only when ordinary Thai goes on after it (นายได้|รับ, คุณมา|แล้ว).
            and (after > 2 or after == len(run) or lex.all_common(run[after:]))
            and (klass == "weak" or self._surname_at(text, run_end, True) == run_end)
        ):
            return None  # "ดร. เผย", "นายได้รับ", "คุณช่วย", "เด็กชายอายุ" (but นายสามารถ แก้วมีชัย)
        if pos == key_end and self._title_word_blocks(text, title, run, run_end, name_len):
            return None
        if title == "อ." and self._address_near(text, start, run_end):
            return None  # อ.เมือง จ.เชียงใหม่: อำเภอ, not อาจารย์
        length = self._trim(run, lex.given_index)
        if length < 2 or (length == len(run) <= 8 and _ABBREVIATED.match(text, run_end)):
            return None  # too short, or an abbreviation (จุฬาฯ, อ.ส.ม.ท.)
        given = run[:length]
        end = name_start + length
        surname_end = self._surname_at(text, end, strict=klass == "weak") if length == len(run) else end
        if surname_end == end and klass == "strong" and length == len(run) and not lex.all_common(given):
            # ว่าที่ร.ต.สิราศิกานต์ ดิสกะประกาย: after a rank and a given name, a next word that is
            # no ordinary Thai is the surname even when its letters are not typical of surnames.
            surname_end = self._loose_surname_at(text, end, compound=True)
        if surname_end == end and klass != "weak" and length == len(run):
            surname_end = self._compound_surname_at(text, end, given)
        has_surname = surname_end > end
        score = S_TITLE
        if klass == "strong":
            common = lex.common_prefix(given)
            if (
                common == len(given)
                and lex.freq.get(given, 0) >= VERY_FREQUENT
                and lex.given_shape.score(given) < 0
                and not has_surname
            ):
                return None  # ศ.ใหม่, ดร.ใหญ่: an everyday word, not a name
        else:
            frequency = lex.freq.get(given, 0)
            listed = (
                given in lex.given_names and frequency < (VERY_FREQUENT if klass == "medium" else FREQUENT_NAME)
            ) or given in lex.foreign_given
            # The letters' score is asked last in each test below, only when the list and the
            # surname leave the answer open (scoring a word is the dearest test here).
            shape = lex.given_shape.score
            if klass == "medium":
                if (frequency >= FREQUENT_NAME or spaced) and not (listed or has_surname) and shape(given) <= 0:
                    return None  # นายไวรัส, นางนอน
            else:
                if len(given) > (_LONGEST_SURNAME if after_role else 12):
                    return None
                # "คุณ ลักษณ์ญาปาน": a space after คุณ, then a word whose letters say "name".
                if spaced and not (listed or has_surname or after_role) and shape(given) < GIVEN_SHAPE_NAMED:
                    return None
                if title == "อ." and not (
                    has_surname or (given in lex.given_names and frequency < VERY_FREQUENT)
                ):
                    return None
                # A nickname (แนน, ฟลุค, เต้) stands alone or before a word that follows names.
                # After คุณ, nicknames made of ordinary words run longer (คุณข้าวหอม, คุณน้ำหวาน)
                # when the word stands alone (a space, a bracket or punctuation follows).
                nickname = (
                    (len(given) <= 6 or (title == "คุณ" and len(given) <= 8 and length == len(run)))
                    and (len(given) <= 4 or title == "คุณ" or not lex.all_common(given))
                    and (length == len(run) or lex.after_prefix(run, length) > 0)
                )
                if (
                    not (listed or has_surname or nickname)
                    and shape(given) <= 0
                    and not (after_role and not lex.all_common(given))
                ):
                    return None
                if (
                    title not in _NICK_TITLES  # คุณแพรว่า: after คุณ/น้อง/พี่ a nickname is the rule
                    and not (listed or has_surname or after_role)
                    and self._verb_after_weak_title(given, run, length)
                ):
                    return None
                score = S_CUE if (listed or has_surname) else S_WEAK_TITLE
        if has_surname:
            end = surname_end
            score = max(score, S_TITLE_SURNAME if klass != "weak" else S_TITLE)
        return start, end, score, given

    def _verb_after_weak_title(self, given: str, run: str, length: int) -> bool:
        """True when what follows a weak title is a verb phrase, not a nickname: "หมอตามนัด"
        (a function word, or one that follows names, with more words glued on), "หมอแนะนำ" (the
        name's cut falls inside an ordinary word), "หมอวินิจฉัยว่า" (a dictionary word
        of four letters or more with a word that follows names glued after it). Short words
        stay nicknames (ลุงดำบอกว่า, ป้าแดงมา)."""
        lex = self._lex
        if lex.after_prefix(given) == len(given) or lex.common_prefix(run) > length:
            return True  # หมอให้, หมอแนะ|นำ: the cut fell inside an ordinary word
        if length < len(run) and lex.freq.get(given, 0) >= FUNCTION_WORD_FREQ:
            return True  # หมอตาม|นัด: a function word, and more words glued on
        glued_verb = length < len(run) and lex.after_prefix(run, length) > 0
        return glued_verb and len(given) >= 4 and given in lex.dictionary

    def _glued_nickname(self, text: str, start: int, title: str, key_end: int) -> tuple | None:
        """A nickname glued between a weak title and ordinary words: ของคุณแบงค์ด่วนเพราะทำหาย,
        ฝากน้องมายด์ส่งของ, ให้คุณแนนโทรกลับ (chat Thai often has no space after the name).

        Tried only when the title's run was rejected as a whole. The nickname is a short word
        (2-5 letters, seen in the TNC) that no longer ordinary word runs across and that is no frequent word
        (ถูก, ดี, เอง: "บัญชีของคุณถูกระงับ" is "your account"); the rest of the run must read
        as ordinary Thai from a word start, and title + run must make no dictionary word.
        """
        lex = self._lex
        run = self._run_at(text, key_end)
        if (
            len(run) < 5
            or not _WORD_START.match(run)
            or self._bad_title_context(text, start, title, "weak")
            or lex.after_prefix(run)
            or lex.starts_not_name(run, False)
        ):
            return None
        common = lex.common_prefix(run)
        # คุณตา|ลด่วน is คุณ + ตาล: a word made with the title (คุณตา, คุณภาพ) must end inside the name.
        word = self._title_word(title, run)
        if word and lex.all_common(run[word:]):
            return None  # คุณภาพ|ของ..., คุณตา|ไปโรงพยาบาล, พี่ชาย|ไป: the title word reads on as Thai
        for length in range(2, min(5, len(run) - 2) + 1):
            if common > length or word >= length:
                continue  # ปลอด|ภัย: an ordinary word runs across the cut
            nick = run[:length]
            if (
                0 < lex.freq.get(nick, 0) < GLUED_NICK_FREQ  # a word of its own, not ฟ้าด่|วน
                and _WORD_START.match(run, length)
                and lex.all_common(run[length:])
            ):
                return start, key_end + length, S_WEAK_TITLE, nick
        return None

    def _bad_title_context(self, text: str, start: int, title: str, klass: str) -> bool:
        """True when the characters around a title show it is part of something else."""
        if start > 0 and text[start - 1] in _LEADING_VOWELS:
            return True  # inside a syllable: เดือนพ.ย., เชื่อ
        if title.endswith("."):
            return self._acronym_before(text, start)  # กยศ., สดร.
        if (
            klass != "strong"
            and klass != "royal"
            and (self._straddled(text, start) or self._compound_before(text, start, title))
        ):
            # มิถุนายน, พยายาม, ขอบคุณ, ทำนาย; but ข้าพเจ้า|นาย, ผม|นาง: a word ends right here.
            lex = self._lex
            if not (
                text.endswith(_FREE_BEFORE, 0, start)
                or any(text[start - n : start] in lex.common.words for n in range(4, min(start, 10) + 1))
            ):
                return True
        if (
            title == "นาย"
            and _COUNT_BEFORE.search(text, max(0, start - 6), start)
            and not _ORDINAL_BEFORE.search(text, max(0, start - 12), start)
        ):
            run = self._run_at(text, start + 3)
            lex = self._lex
            if not run or lex.rare_name_prefix(run) < max(2, lex.common_prefix(run)):
                return True  # "ทหาร 45 นาย", "กว่าสิบนายควบคุมตัว": นาย counts people
        return klass != "royal" and _place_before(text, start)

    def _title_word_blocks(self, text: str, title: str, run: str, run_end: int, name_len: int) -> bool:
        """True when title + run is an ordinary word (นายกรัฐมนตรี, คุณภาพ, พี่น้อง).

        Still a name when a surname follows the whole word (นางนวล ใจดี), or when the run goes
        on like a name past a short word (นายก|อบศักดิ์ is นาย + กอบศักดิ์).
        """
        lex = self._lex
        word_len = self._title_word(title, run)
        if not word_len or word_len < name_len:
            return False
        if word_len == len(run):
            surname_end = self._surname_at(text, run_end, True)
            surname = text[run_end + 1 : surname_end]
            return lex.freq.get(title + run, 0) >= 100 or not (
                surname in lex.family_names or lex.family_shape.score(surname) > 1.5
            )
        rest = run[word_len:]
        name_like = word_len <= 2 and len(run) <= 12 and lex.given_shape.score(run) >= 2.0
        return bool(lex.after_prefix(rest)) or (lex.common_prefix(rest) >= 2 and not name_like)

    def _titled_latin(self, text: str, start: int, name_start: int, klass: str) -> tuple | None:
        """A Thai title before a romanised name: คุณ John, นาย Somchai Jaidee."""
        if not _ASCII_LETTER.match(text, name_start):
            return None
        en = _EN_NAME.match(text, name_start)
        if not en:
            return None
        end = self._en_end(en)
        if end <= name_start:
            return None
        return start, end, S_TITLE if klass != "weak" else S_WEAK_TITLE, ""

    def _cued(self, text: str, cue: str, klass: str, key_end: int) -> tuple | None:
        hit = self._cued_name(text, cue, klass, key_end)
        if hit is None and klass != "role":
            colon = _COLON_AFTER_LABEL.match(text, key_end)
            if colon and (key_end == len(cue) or not _WORD_START.match(text, key_end - len(cue) - 1)):
                return self._colon_pair(text, colon.end())
        return hit

    def _colon_pair(self, text: str, pos: int) -> tuple | None:
        """A person's field filled in: "ผู้ร้อง: อุดม คงสวัสดิ์ พนักงาน...", "ลูกค้า: มาลัย วงศ์ใหญ่".

        After a label for a person and a colon, a Thai word and a word shaped like a surname (in no
        dictionary, rare) that together end the field are a given name and a surname, even when the
        given name is an ordinary word (มาลัย "garland", อุดม "abundant"): Thai given names often
        are, and a form's field holds a name, not a phrase. The field must end right after the
        surname (a line end, a space before the next field, a comma or a bracket)."""
        lex = self._lex
        run = self._run_at(text, pos)
        if not 2 <= len(run) <= 10 or not _WORD_START.match(run) or lex.starts_not_name(run):
            return None
        end = pos + len(run)
        surname_end = self._slot_surname(text, end)
        if surname_end - end < 4 or not _FIELD_END.match(text, surname_end):
            return None
        line_end = text.find("\n", surname_end)
        if _SPOKEN.search(text, pos, len(text) if line_end < 0 else line_end):
            return None  # a speaker's turn ("ลูกค้า: เอ่อ สวัสดีค่ะ ..."), not a form's field
        return pos, surname_end, S_WEAK_CUE, ""

    def _person_labels(self, text: str, found: list[tuple]) -> None:
        """A name after a form's label for a person that no cue list holds: "ผู้ดูแลเวร: ปกรณ์ คงสวัสดิ์".

        Thai makes a person noun of ผู้ + a verb (ผู้ร้อง, ผู้แจ้ง, ผู้ดูแลเวร); such a label at the start
        of a line, then a colon, names the person who does it (organisations' labels excepted)."""
        for match in _PERSON_LABEL.finditer(text):
            if match.group(1).startswith(_ORG_LABELS):
                continue
            hit = self._colon_pair(text, match.end())
            if hit:
                found.append(hit)

    def _cued_name(self, text: str, cue: str, klass: str, key_end: int) -> tuple | None:
        lex = self._lex
        start = key_end - len(cue)
        if start > 0 and text[start - 1] in _LEADING_VOWELS:
            return None  # "เชื่อม" holds no cue "ชื่อ"
        initial = _INITIAL_AFTER_CUE.match(text, key_end)
        if initial:
            # "ลงชื่อ ล. สมบูรณ์ชัย", "ผู้จ่าย ด. ทองคำ": the given name's initial, then a surname.
            stop = self._surname_at(text, initial.end(), strict=True)
            if stop > initial.end():
                return initial.start(1), stop, S_WEAK_CUE, ""
        if klass == "role":
            if text.startswith(" ", key_end) and _ASCII_LETTER.match(text, key_end + 1):
                # "ญาติ Ma Thandar Win", "คนขับ Somchai Rakdee": a full Latin name after the role.
                end = self._en_full_end(text, key_end + 1)
                return (key_end + 1, end, S_WEAK_CUE, "") if end else None
            return self._role_named(text, start, key_end)
        if self._straddled(text, start):
            # "โรงเรียน" holds no cue "เรียน". But in "ลูกค้าอีกรายชื่อJoseph May" ราย is a
            # classifier and ชื่อ the cue: a full Latin name glued to it is a person (with a space,
            # "รายชื่อ Google Drive" is a list of things).
            if cue == "ชื่อ":
                en = _EN_FULL_NAME.match(text, key_end)
                if en and en.group().split(" ", 1)[0] not in self._lex.en_stop:
                    return key_end, en.end(), S_CUE, ""
            return None
        if cue == "ชื่อ" and text.endswith("ตั้ง", 0, start):
            return None  # "ตั้งชื่อแคมเปญ...", "ตั้งชื่อร้าน": what follows is the thing being named
        match = _CUE_SEPARATOR.match(text, key_end)
        pos = match.end() if match else key_end
        strong = klass == "strong"
        run = self._run_at(text, pos)
        if not run:
            if strong and _ASCII_LETTER.match(text, pos):
                en = _EN_NAME.match(text, pos)
                if en:
                    end = self._en_end(en)
                    if end > pos:
                        return pos, end, S_CUE, ""
            elif _ASCII_LETTER.match(text, pos) and cue not in _WEAK_CUES_NOT_LATIN:
                # "เรียน Jane Roe", "ลูกค้า Kanya Srisuk": a full Latin name after a weak cue. In
                # brackets it is more often the English for the words before it ("ผู้ป่วย (Discharge
                # Summary)"): then it must be shaped like a name.
                end = self._en_full_end(text, pos)
                if end and (text[pos - 1] != "(" or self._name_shaped(text[pos:end])):
                    return pos, end, S_WEAK_CUE, ""
            return None
        if lex.starts_not_name(run) or not _WORD_START.match(run):
            return None
        length = self._trim(run, lex.given_index)
        given = run[:length]
        end = pos + length
        listed = self._is_list_name(given)
        if not strong and not listed and (length < len(run) or lex.given_shape.score(given) <= 0):
            # A weak cue needs a listed or name-shaped given name and a surname (below): most
            # weak cues (ลูกค้า, ติดต่อ, พนักงาน) are followed by ordinary words, so this is
            # decided before the surname is looked for.
            return self._unknown_pair(text, run, pos)
        surname_end = self._surname_at(text, end, strict=not strong) if length == len(run) else end
        has_surname = surname_end > end
        name_len = lex.rare_name_prefix(run, frequent=VERY_FREQUENT)
        if lex.after_prefix(run) > name_len and not has_surname:
            return None  # "ผู้ป่วยมีอาการ", "ติดต่อกลับ"
        if cue == "ชื่อเล่น":
            return (pos, end, S_CUE, given) if len(given) <= 8 else None
        if cue == "นามสกุล" and length == len(run) and "ชื่อ" in text[max(0, start - 40) : start]:
            # "ชื่อ เฉลิม นามสกุล ใจดี": a surname spelt out after its given name; surnames are
            # often words (ใจดี, ทองดี), and the two labels leave no doubt.
            return pos, end, S_CUE, ""
        # "ชื่อ เฉลิม นามสกุล ...": a given name followed by the surname's label is a name even
        # when it is a word (เฉลิม, สมหวัง).
        spelt = strong and _SURNAME_LABEL_AFTER.match(text, end) is not None
        if (
            not listed
            and not has_surname
            and lex.all_common(given)
            # ธารสิริ, นิธนา: made of ordinary words, yet their letters say "given name" clearly;
            # อนันต์, ประเสริฐ: a word too, but a rare one, and a whole word right after the cue.
            and not (
                strong
                and (
                    given not in lex.dictionary
                    or (
                        length == len(run)
                        and lex.freq.get(given, 0) < NAMED_WORD_FREQ
                        and not text[end : end + 2].lstrip(" ").startswith((":", "："))  # ชื่อภาษาอังกฤษ:
                    )
                )
                and lex.given_shape.score(given) >= GIVEN_SHAPE_NAMED
            )
            and not (strong and self._said_name(text, cue, given, end))
            and not spelt
        ):
            return None  # "ชื่อเดียวกัน", "ชื่อเสียง": ordinary words after the cue
        if strong and not has_surname and length == len(run):
            surname_end = self._loose_surname_at(text, end)
            if surname_end == end:
                surname_end = self._compound_surname_at(text, end, given)
            has_surname = surname_end > end
        if not strong and not ((listed or lex.given_shape.score(given) > 0) and (has_surname or listed)):
            return None
        return pos, surname_end, S_CUE if strong else S_WEAK_CUE, given

    def _unknown_pair(self, text: str, run: str, pos: int) -> tuple | None:
        """``run`` at ``pos`` (after a weak cue) and the word after it as a given name and surname
        that Thai name shape does not know: hill-tribe and other minority names in Thai script
        (ผู้รับ จะลอ พนาไพรสณฑ์, ลูกจ้าง อาเบาะ เชอมือ). Both words must be in no dictionary and
        (nearly) absent from the word-frequency list: ordinary Thai after a cue never is."""
        lex = self._lex
        end = pos + len(run)
        if not (2 <= len(run) <= 8) or run in lex.dictionary or lex.freq.get(run, 0) >= SLOT_WORD_FREQ:
            return None
        surname_end = self._slot_surname(text, end)
        return (pos, surname_end, S_WEAK_CUE, "") if surname_end - end >= 4 else None

    def _said_name(self, text: str, cue: str, given: str, end: int) -> bool:
        """True when a speaker gives a nickname that is also a word: "ลูกค้า: ชื่อต้นนะครับ",
        "หนูชื่อเมย์ค่ะ", "สวัสดีครับ ชื่อแนนค่ะ", or names a relative, a colleague or herself so:
        "ลูกสาวชื่อออม ม.2", "ลูกชายชื่อเก่ง จะพามา", "เราชื่อออม 24", "เซลล์ชื่อฝน ไลน์ ...".

        A self-introduction (it opens a turn or follows "I" or a greeting's particle) that a polite
        particle right after the word closes; or a kinship, colleague or self word before the cue
        and the word ending its run. Either way cue + word must make no word (ชื่อเสียง, ชื่อเดียว),
        and a question word asks for one (ชื่ออะไรคะ). ("ชื่อซ้ำค่ะ", "the name is a duplicate",
        is not introduced so.)"""
        lex = self._lex
        if (
            given in _QUESTION_WORDS
            or cue + given in lex.dictionary
            or lex.freq.get(given, 0) >= GROUP_SPEAKER_FREQ
            or lex.after_prefix(given)
        ):
            return False
        start = end - len(given) - len(cue)
        if _PARTICLE_AFTER.match(text, end) is not None and (
            _SELF_INTRO_BEFORE.search(text, max(0, start - 12), start) is not None
            or (
                _QUOTE_INTRO_BEFORE.search(text, max(0, start - 3), start) is not None
                and lex.freq.get(given, 0) < QUOTE_INTRO_FREQ
            )
        ):
            return True
        return (
            _KIN_NAMED_BEFORE.search(text, max(0, start - 16), start) is not None
            and _NICKNAME_END.match(text, end) is not None
            and lex.common_prefix(text, start) <= len(cue)
        )

    def _role_named(self, text: str, cue_start: int, cue_end: int) -> tuple | None:
        """A name glued to a role noun: หัวหน้างานเนตรฤดี, ไรเดอร์กวีฉัฏฐ, พยาบาลขวัญกานต์ ที่...

        The role noun must not start a longer word (เลขาธิการ, บุตรสาว, ญาติสนิท). The name must
        fill its run or meet a word that follows names, be no dictionary word unless listed
        (เจ้าหน้าที่นิมนต์, ลูกสาวตน) and no acronym (เจ้าหน้าที่ ปภ.), and look like a name: listed,
        name-shaped, or no ordinary Thai (or with a surname). Cheap tests first: role nouns are
        mostly followed by ordinary words (a role noun is a common word in news).
        """
        lex = self._lex
        match = _CUE_SEPARATOR.match(text, cue_end)
        pos = match.end() if match else cue_end
        run = self._run_at(text, pos)
        if not run or not _WORD_START.match(run) or lex.common_prefix(text, cue_start) > cue_end - cue_start:
            return None
        if lex.starts_not_name(run):
            return None  # "ผู้จัดการบริษัท..."
        if lex.after_prefix(run) > lex.rare_name_prefix(run, frequent=VERY_FREQUENT):
            return None  # "พยาบาลได้แจ้ง", "เจ้าหน้าที่จะ..."
        length = self._trim(run, lex.given_index)
        given = run[:length]
        end = pos + length
        listed = self._is_list_name(given)
        if (
            length < 2
            or length > 20
            or (given in lex.dictionary and not listed)
            or not (length == len(run) or lex.after_prefix(run, length) > 0)
            or _THAI_CONSONANTS.fullmatch(given)
            or _ABBREVIATED.match(text, end)
        ):
            return None
        # (A listed name is not scored: every test below that reads the score asks the list first.)
        shape = 0.0 if listed else lex.given_shape.score(given)
        if shape <= 0 and not listed:
            return None
        surname_end = self._surname_at(text, end, strict=True) if length == len(run) else end
        if surname_end == end and length == len(run) and (listed or shape >= GIVEN_SHAPE_NAMED):
            surname_end = self._loose_surname_at(text, end)  # a clear given name vouches for it
        has_surname = surname_end > end
        if length > 14 and not has_surname:
            return None
        if not (listed or has_surname or shape >= GIVEN_SHAPE_NAMED or not lex.all_common(given)):
            return None
        if self._straddled(text, cue_start):
            return None  # "โรงพยาบาล" holds no role noun "พยาบาล"
        return pos, surname_end, S_WEAK_CUE, given

    def _foreign_th_name(self, text: str, start: int, end: int) -> tuple | None:
        """A foreign given name in Thai script, one space and a surname: ไมเคิล แอนเดอร์สัน,
        เจนนิเฟอร์ วิลสัน, ฮิโรชิ ทานากะ, ราหุล ชาร์มา.

        The word list holds many such given names as ordinary loanwords and the surname is
        rarely in any list, so neither the name lists nor the letter-shape models see them. The
        given name must start a word (or, 5+ letters, be glued to the word before: โดยเจนนี่ ...)
        and end at the space; the next word must be no frequent Thai word, no word that follows
        names (กล่าว, และ), no organisation and no title or cue; a work, brand or character
        before the name (หนังสือแฮร์รี่ พอตเตอร์) is no person."""
        lex = self._lex
        glued = start > 0 and text[start - 1] in _NAME_CHARS
        if glued and (end - start < FOREIGN_GIVEN_GLUED or self._straddled(text, start)):
            return None
        if not text.startswith(" ", end):
            return None
        run = self._run_at(text, end + 1)
        # A surname glued to the next words (แอนเดอร์สันเป็น): cut where ordinary Thai takes over.
        cut = next(
            (i for i in range(3, len(run)) if lex.after_prefix(run, i) >= 3 and lex.all_common(run[i:])),
            len(run),
        )
        surname = run[:cut]
        if (
            not 2 <= len(surname) <= 20
            or not _WORD_START.match(surname)
            or lex.freq.get(surname, 0) >= FOREIGN_SURNAME_FREQ
            or lex.after_prefix(surname)
            or lex.starts_not_name(surname)
            or surname in lex.titles
            or surname in lex.cues
            or _ABBREVIATED.match(text, end + 1 + cut)
            or _FOREIGN_NOT_PERSON.search(text, max(0, start - 12), start)
        ):
            return None
        return start, end + 1 + cut, S_PAIR, ""

    def _foreign_like(self, word: str) -> bool:
        """True when ``word`` holds a syllable of Burmese, Lao or Malay names (_FOREIGN_SYLLABLES)
        that is not part of a longer ordinary word: หม่องมิน, พอนสะหวัน, แวรอฮิม, but not ซอย,
        ทะเลาะ, การ์ตูน, คำถาม."""
        if word in self._lex.dictionary:
            return False
        lengths = self._lex.common.lengths
        for last, syllable in _FOREIGN_INDEX.iter(word):
            first = last + 1 - len(syllable)
            if word[last + 1 : last + 2] in _FOLLOWING_MARKS:
                continue  # the syllable goes on (ซอ + ่ง, แว + ่น): a different syllable
            covered = any(
                j + length > last + 1 and length > len(syllable)
                for j in range(max(0, first - 6), first + 1)
                for length in lengths(word, j)
                if j + length >= last + 1
            )
            if not covered:
                return True
        return False

    def _slot_cued(self, text: str, cue_start: int, cue_end: int) -> tuple | None:
        """A name after a weak cue or role noun and a space that the cue's own test turned down
        for lack of listed or name-shaped letters: ลูกความ ละโมซอ, ข้าพเจ้า ซาหมัด แวอาแว,
        มอบอำนาจให้ คำเพ็ด สุวงสา (see :meth:`_slot_name`). The noun must stand alone, not
        start a longer word (สมาชิกภาพ) nor end one (โรงพยาบาล)."""
        if self._lex.common_prefix(text, cue_start) > cue_end - cue_start or self._straddled(text, cue_start):
            return None
        gap = _SLOT_GAP.match(text, cue_end)  # "ข้าพเจ้า  มินซอซู", "ลูกค้า: ธีณา ประใจ"
        pos = gap.end() if gap else cue_end + 1
        end = self._slot_name(text, pos)
        if end == pos:
            end = self._aged_nickname(text, pos)
        return (pos, end, S_WEAK_CUE, "") if end > pos else None

    def _aged_nickname(self, text: str, pos: int) -> int:
        """End of a nickname at ``pos`` that an age follows ("ผู้โทร แพร อายุ 17"), or ``pos``:
        after a person noun, a short word and the person's age is what the person is called."""
        run = self._run_at(text, pos)
        end = pos + len(run)
        lex = self._lex
        if (
            2 <= len(run) <= 8
            and _AGE_AFTER.match(text, end)
            and _WORD_START.match(run)
            and lex.freq.get(run, 0) < GROUP_SPEAKER_FREQ
            and not lex.starts_not_name(run)
            and not lex.after_prefix(run)
            and run not in lex.cues
            and run not in lex.titles
            and run not in _NOT_AGED_NICKS
        ):
            return end
        return pos

    def _label_line(self, text: str, cue_start: int, cue_end: int) -> tuple | None:
        """A form's label alone on its line with the value on the next ("ชื่อ\nจอมินโม\nเลข HN"):
        the whole next line must be a name (:meth:`_slot_name`)."""
        if cue_start and text[cue_start - 1] != "\n":
            return None
        line_end = text.find("\n", cue_end + 1)
        line_end = len(text) if line_end < 0 else line_end
        end = self._slot_name(text, cue_end + 1)
        return (cue_end + 1, end, S_CUE, "") if end == line_end > cue_end + 1 else None

    def _slot_surname(self, text: str, pos: int) -> int:
        """End of a surname after a name in a strong slot (see :meth:`_slot_name`), or ``pos``."""
        if pos >= len(text) - 1 or text[pos] not in _SEPS:
            return pos
        lex = self._lex
        run = self._run_at(text, pos + 1)
        if (
            not 3 <= len(run) <= _LONGEST_SURNAME
            or not _WORD_START.match(run)
            or run in lex.dictionary
            or lex.freq.get(run, 0) >= SLOT_WORD_FREQ
            or lex.starts_not_name(run)
        ):
            return pos
        foreign = self._foreign_like(run)
        after = lex.after_prefix(run)
        # A short word (ยิ่ง, ได้) may open a surname that goes on past it; a longer one
        # (สัญชาติ...) is the next field.
        surname_past_verb = after <= 4 and (
            not lex.all_common(run[after:]) or lex.family_shape.score(run) >= SURNAME_OVER_VERB_SHAPE
        )
        if after and not foreign and run not in lex.family_names and not surname_past_verb:
            # a verb after the name (ลาป่วย), unless a foreign name starts so (ลา|อาแว) or a
            # surname goes on past the word (ยิ่ง|วัฒนาวงษ์ is no "ยิ่ง" + ordinary Thai)
            return pos
        if foreign or lex.family_shape.score(run) > 0 or not lex.all_common(run):
            return pos + 1 + len(run)
        return pos

    def _slot_name(self, text: str, pos: int) -> int:
        """End of a name at ``pos`` in a strong slot (a role noun or cue and a space, a name
        column's cell, a list item before personal fields), or ``pos``.

        The slot says "a person comes here", so the name needs less evidence than untitled text:
        a word that is no dictionary or frequent word, no organisation and no word that follows
        names, and either a surname-shaped next word (ซาหมัด แวอาแว, สมณี ลิ้มพานิช) or, alone,
        the syllables of a foreign name (หม่องมิน, ทูนซูเอ, โมละทิดา). Ordinary Thai after the
        same nouns (ลูกค้า ไม่พอใจ, ผู้ป่วย นอก) splits into common words and has neither.
        """
        lex = self._lex
        run = self._run_at(text, pos)
        burmese_end = self._burmese_th_words(text, pos)
        if burmese_end > pos:
            return burmese_end
        if (
            not 2 <= len(run) <= 16
            or not _WORD_START.match(run)
            or run in lex.dictionary
            or lex.freq.get(run, 0) >= SLOT_WORD_FREQ
            or lex.starts_not_name(run)
            or lex.after_prefix(run)
            or run in lex.cues
            or run in lex.titles
        ):
            return pos
        end = pos + len(run)
        foreign = self._foreign_like(run)
        surname_end = self._slot_surname(text, end)
        if surname_end > end and (
            foreign
            or self._is_list_name(run)
            or lex.given_shape.score(run) > 0
            or not lex.all_common(run)
            or self._foreign_like(text[end + 1 : surname_end])
        ):
            return surname_end
        if foreign and len(run) >= 4 and (end == len(text) or text[end] not in _NAME_CHARS):
            return end
        return pos

    def _burmese_th_words(self, text: str, pos: int) -> int:
        """End of a Burmese (or Karen, or Chinese) name written in Thai script as separate syllables
        at ``pos`` (อ่อง ซอ เมียว, มะ ตีดา วิน, ยาดานา ซู ขิ่น, หลิว หยาง), or ``pos``.

        Two to four words joined by single spaces, each short; at least two are syllables of such
        names (_SPACED_FOREIGN_TH) and any other is an honorific (มะ, อู, ดอ, โก, นอ) or a word
        that is no frequent Thai word. A slot (a cue, a role noun, a name key) must announce it:
        some of these syllables are Thai words too (จอ, วิน)."""
        lex = self._lex
        words: list[str] = []
        at = pos
        while len(words) < 4:
            run = self._run_at(text, at)
            if not run or len(run) > 7:
                break
            words.append(run)
            at += len(run)
            if not (text.startswith(" ", at) and text[at + 1 : at + 2] in _NAME_CHARS):
                break
            at += 1
        while words and words[-1] not in _SPACED_FOREIGN_TH:
            words.pop()  # a Thai word after the name (ลูกค้า: ซอ มิน ไม่พอใจ)
        if len(words) < 2 or sum(w in _SPACED_FOREIGN_TH for w in words) < 2:
            return pos
        for i, word in enumerate(words):
            if word in _SPACED_FOREIGN_TH or (i == 0 and word in _BURMESE_HONORIFICS_TH):
                continue
            if word in lex.dictionary or lex.freq.get(word, 0) >= SLOT_WORD_FREQ or lex.after_prefix(word):
                return pos
        return pos + len(" ".join(words))

    def _quoted_nick_before(self, text: str, found: list) -> None:
        """A nickname in quotes right before a name found with a surname: "มายด์" ณัฐชา ศรีสุข,
        “หนิง”ปณิตา พัฒนาหิรัญ (how Thai news, HR newsletters and fan posts introduce people).
        The quotes must hold one short Thai word and nothing but a space may separate them."""
        for start, end, _score, _given in list(found):
            if " " not in text[start:end]:
                continue  # a given name alone does not vouch for the word before it
            close = start - 1 - (start > 0 and text[start - 1] == " ")
            if close < 2 or text[close] not in _QUOTES_CLOSE:
                continue
            open_at = max(text.rfind('"', max(0, close - 10), close), text.rfind("“", max(0, close - 10), close))
            nick = text[open_at + 1 : close]
            if (
                open_at >= 0
                and 2 <= len(nick) <= 8
                and self._run_at(text, open_at + 1) == nick
                and _WORD_START.match(nick)
                and not self._lex.starts_not_name(nick)
                and self._lex.after_prefix(nick) < len(nick)  # "และ", "ได้": no nickname
            ):
                found.append((open_at + 1, close, S_QUOTED, nick))

    def _burmese_untitled(self, text: str, start: int) -> tuple | None:
        """A Burmese name of three or four syllables in Thai script with no cue (ขิ่น ซอ ทูน
        โอนเงินแล้ว): three such syllables in a row are no Thai phrase, while two (จอ วิน) may be."""
        end = self._burmese_th_words(text, start)
        if end > start and text.count(" ", start, end) >= 2:
            return start, end, S_PAIR_SHAPE, ""
        return None

    def _loose_surname_at(self, text: str, pos: int, compound: bool = False) -> int:
        """End of a surname after a strong cue and a given name, judged less strictly.

        "ชื่อธารสิริ ตัณฑนุช ๐๖๘...": after ชื่อ + a given name, a next word that is no ordinary
        Thai, no word that follows names and no organisation is the surname even when its letters
        are not typical of surnames. It must fill its run (a digit, a space or the end follows).
        ``compound``: after a rank, a long word made of ordinary words but in no dictionary
        (ดิส|กะ|ประกาย) is a surname too: Thai surnames are often built that way.
        """
        if pos >= len(text) - 1 or text[pos] not in _SEPS:
            return pos
        run = self._run_at(text, pos + 1)
        lex = self._lex
        if (
            len(run) < 3
            or len(run) > _LONGEST_SURNAME
            or not _WORD_START.match(run)
            or lex.starts_not_name(run)
            or lex.after_prefix(run)
            or lex.family_shape.score(run) <= LOOSE_SURNAME_SHAPE
            or (lex.all_common(run) and not (compound and len(run) >= 6 and run not in lex.dictionary))
        ):
            return pos
        return pos + 1 + len(run)

    def _compound_surname_at(self, text: str, pos: int, given: str) -> int:
        """End of a surname made of two ordinary words (ถนัด|รบ, ใจ|กล้า, ทอง|มาก) after a clear
        given name, or ``pos``. Thai surnames are often coined that way, so their letters score
        like ordinary words and the shape test misses them.

        Prose after a name is ordinary words too ("นายสมชาย ขับรถชนเสา", "ไปทำงาน"), so: the
        given name must be a list name or clearly name-shaped; the word must be exactly two
        common words, neither of them among the most frequent (กิน, ไป, ว่า, มี), the first no
        word that follows names (verbs), the whole no dictionary word (ขับรถ, กินข้าว); and
        the text must pause after it (its end, a line end, a digit or punctuation, or a space
        before a non-Thai character or a word that follows names: "โทร", "อายุ").
        """
        lex = self._lex
        if pos >= len(text) - 1 or text[pos] not in _SEPS:
            return pos
        if not (self._is_list_name(given) or lex.given_shape.score(given) >= GIVEN_SHAPE_NAMED):
            return pos
        run = self._run_at(text, pos + 1)
        end = pos + 1 + len(run)
        if (
            not 4 <= len(run) <= 12
            or run in lex.dictionary
            or not _WORD_START.match(run)
            or lex.after_prefix(run)
            or lex.starts_not_name(run)
            or not self._pauses_after(text, end)
        ):
            return pos
        words = lex.common.words
        for cut in range(2, len(run) - 1):
            first, second = run[:cut], run[cut:]
            if (
                first in words
                and second in words
                and lex.freq.get(first, 0) < COMPOUND_PART_FREQ
                and lex.freq.get(second, 0) < COMPOUND_PART_FREQ
            ):
                return end
        return pos

    def _pauses_after(self, text: str, end: int) -> bool:
        """True when nothing Thai goes on right after ``end`` (see :meth:`_compound_surname_at`)."""
        if end >= len(text):
            return True
        char = text[end]
        if char not in _SEPS:
            return char not in _NAME_CHARS
        if end + 1 >= len(text) or text[end + 1] not in _NAME_CHARS:
            return True
        return bool(self._lex.after_prefix(text, end + 1))

    def _en_end(self, match: re.Match[str]) -> int:
        """End of an English name, dropping capitalised words that are not name parts."""
        kept = []
        for word in match.group().split(" "):
            if word in self._lex.en_stop:
                break
            kept.append(word)
        return match.start() + len(" ".join(kept)) if kept else match.start()

    def _en_full_end(self, text: str, pos: int, words: int = 2) -> int:
        """End of a name of ``words`` to three capitalised words at ``pos`` (no stop word, no
        organisation or place word), or 0. A Burmese honorific (U, Daw, Ko, Ma, Maung, Naw, Saw)
        counts as one word and is followed by up to three more ("Ko Zaw Min Soe", "U Aung")."""
        honorific = _BURMESE_HONORIFIC.match(text, pos)
        if honorific:
            # Honorifics recur inside the name ("Ko Aung Ko Oo"), where Ko is no island.
            en = _EN_NAME.match(text, honorific.end())
            if not en or self._en_end(en) < en.end():
                return 0
            name = [w for w in en.group().split(" ") if w not in _BURMESE_WORDS]
            return en.end() if name and self._lex.en_not_person.isdisjoint(name) else 0
        en = _EN_NAME.match(text, pos)
        if not en:
            return 0
        end = self._en_end(en)
        name = text[pos:end].split(" ")
        if end < en.end() or len(name) < words:
            return 0  # cut before a stop word ("Gannan Normal University")
        if not self._lex.en_not_person.isdisjoint(name) and not self._asian_family_part(name):
            return 0  # an organisation or a place ("Lumphini Park"), not "Park Ji-woo"
        return end

    def _self_intro(self, text: str, found: list) -> None:
        """A speaker introducing themselves: "I am Kanya Srisuk, ...", "Hi, this is Jane Roe."."""
        for match in _EN_SELF_INTRO.finditer(text):
            pos = match.end()
            end = self._en_full_end(text, pos, 1 if match.group(2) else 2)
            if not end and match.group(1):
                # "I'm May, account email ...": one word, closed by a comma, that reads as a given name.
                one = self._en_full_end(text, pos, 1)
                word = text[pos:one]
                if one and text.startswith(",", one) and self._one_word_name(word):
                    end = one
            if not end and match.group(3):
                # "Hi, this is Malee from accounting": one word is a name between a greeting
                # and "from/speaking/here/calling" (a phone or chat opening).
                one = self._en_full_end(text, pos, 1)
                if (
                    one
                    and _INTRO_AFTER.match(text, one)
                    and _GREETING_BEFORE.search(text, max(0, match.start() - 24), match.start())
                    and self._one_word_name(text[pos:one])  # "Google" is neither given nor Thai-shaped
                ):
                    end = one
            if not end:
                continue
            if match.group(3) and not (
                _GREETING_BEFORE.search(text, max(0, match.start() - 24), match.start())
                or _INTRO_AFTER.match(text, end)
                or self._name_shaped(text[pos:end])
            ):
                continue  # "This is Central World": no greeting, no "from", not a name's shape
            if match.group(1) and not _INTRO_END.match(text, end):
                continue  # "I am Data Scientist at ...": more words, not a name
            found.append((pos, end, S_EN_CUE, ""))

    def _name_shaped(self, run: str) -> bool:
        """True when a run of two or three capitalised words is shaped like a person's name:
        romanised Thai letters, a common English given name first, or Burmese syllables."""
        return bool(" " in run and (self._romanised_part(run) or self._given_part(run)))

    def _sign_offs(self, text: str, found: list) -> None:
        """The writer's name on the line after a sign-off ("Best regards,\nKanya Srisuk\nSales",
        "ขอแสดงความนับถือ\nสมศรี ทองดี"): a Latin name of one to three words, or a Thai full name,
        that fills its line or stops before a post, a company or a bracket."""
        pos = text.find("\n")
        while pos != -1:
            nxt = text.find("\n", pos + 1)
            tail = text[max(0, pos - 20) : pos].rstrip(" \r,!.").lower()
            signed = tail.endswith(_SIGN_OFF_WORDS)
            # ... or after the "-- " line that opens an e-mail signature (RFC 3676).
            if signed or text[text.rfind("\n", 0, pos) + 1 : pos].rstrip("\r") in _SIG_DASHES:
                start = pos + 1
                if nxt == start:  # one blank line between
                    start += 1
                    nxt = text.find("\n", start)
                while start < len(text) and text[start] in " \t":
                    start += 1
                end = self._en_full_end(text, start, 1)
                if end and not signed and not self._name_shaped(text[start:end]):
                    end = 0  # "-- \nTalent Acquisition | jobs@...": a signature names a team too
                score = S_EN_CUE
                if not end:
                    end, score = self._list_thai_name(text, start), S_WEAK_CUE
                if end > start and _SIGN_OFF_END.match(text, end):
                    found.append((start, end, score, ""))
            pos = nxt
        self._closing_name(text, found)

    def _closing_name(self, text: str, found: list) -> None:
        """A one-word Latin name alone on the last line of a message that opened with a greeting
        ("hi prof Hale, ... the draft is late\nChanida"): the writer signs with a first name and
        no sign-off word. The word must be name-shaped (romanised Thai, an English given name,
        a Burmese syllable) and no stop, organisation or cue word."""
        end = len(text.rstrip())
        start = text.rfind("\n", 0, end) + 1
        word = text[start:end].strip(" \t\r")
        same_line = _SIGN_OFF_LINE.fullmatch(word)
        if same_line:  # "Regards, Ponthip", "Thanks, Kanya": the sign-off and the name on one line
            word = same_line.group(1)
        if not start or not _CLOSING_WORD.fullmatch(word):
            return
        lex = self._lex
        if word in lex.en_stop or word in lex.en_not_person or word.lower() in lex.en_cues:
            return
        shaped = word in _EN_GIVEN or word in _BURMESE_SYLLABLES or lex.romanised_shape.score(word) > ROMAN_SHAPE
        if not shaped:
            return
        if same_line or _GREETING_LINE.search(text, 0, start):
            at = text.rindex(word, start)
            found.append((at, at + len(word), S_WEAK_CUE, ""))

    def _thai_after_english(self, text: str, found: list) -> None:
        """A Thai name after an English word that takes a person, in mixed Thai/English text:
        "registered to นภทิพย์ คำใจ", "traveller=ธีเดช ยิ่งวัฒนาวงษ์", "Caregiver: สมศรี ทองดี".

        The word (a preposition or verb that takes a person, a role, a record key) makes the
        Thai run a strong slot (:meth:`_slot_name`: a surname-shaped second word or the
        syllables of a foreign name; ordinary Thai after "for" or "to" has neither)."""
        if text.isascii():
            return  # no Thai word to find (str.isascii reads a flag: no scan)
        # (Latin stretches only: the match is ASCII from a letter, its look-ahead one character.)
        for match in latin_finditer(_EN_THEN_THAI, text):
            if match.group(1).lower() not in self._en_person_before:
                continue
            pos = match.end()
            end = self._slot_name(text, pos)
            if end > pos:
                found.append((pos, end, S_WEAK_CUE, ""))

    def _english(self, text: str, found: list) -> None:
        if " by " in text or "aka" in text or "a.k.a" in text or "nicknamed" in text:
            # "(goes by Gift)", "aka Noi", "nicknamed Bam": the one word after is what people call them
            # ("known as" names places and products as often).
            for match in _NICK_AFTER.finditer(text):
                nick = match.group(1)
                if nick not in self._lex.en_stop and nick not in self._lex.en_not_person:
                    found.append((match.start(1), match.end(1), S_WEAK_CUE, ""))
        if "(" in text:
            for match in self._role_bracket.finditer(text):
                name = _EN_NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
                if name and not any(w in self._lex.en_stop for w in name.group(1).split(" ")):
                    found.append((name.start(1), name.end(1), S_EN_CUE, ""))
        lowered = text.lower()
        gates = self._en_gates(text, lowered)
        for match in _EN_NAME_BEFORE_DOC.finditer(text) if "doc" in gates else ():
            words = match.group(1).split(" ")
            while words and (words[0] in self._lex.en_stop or words[0].lower() in self._en_strong_before):
                words.pop(0)  # "Name Siralada Kittilert, DOB ...": the key is not part of the name
            before = _EN_DOC_NAME_BEFORE.search(text, max(0, match.start(1) - 12), match.start(1))
            if before and len(words) >= 2 and self._lex.en_not_person.isdisjoint(words):
                found.append((match.end(1) - len(" ".join(words)), match.end(1), S_EN_CUE, ""))
        for match in _EN_THAT_NAME.finditer(text) if "that" in gates else ():
            words = match.group(1).split(" ")
            if self._lex.en_stop.isdisjoint(words) and self._lex.en_not_person.isdisjoint(words):
                found.append((match.start(1), match.end(1), S_EN_CUE, ""))
        # One automaton pass finds the cues and says which regex passes are worth running.
        hits = []
        titled = intro = False
        for hit in self._latin_keys(self._en_keys, lowered, text):
            cue = hit[1]
            if cue in _TITLE_KEYS:
                titled = True
            elif cue in _INTRO_KEYS:
                intro = True
            else:
                hits.append(hit)
                intro = intro or cue == "name"  # "my name is ...", "name's ..."
        if titled:
            for match in _EN_TITLE.finditer(text):
                name = _EN_NAME.match(text, match.end())
                if name:
                    end = self._en_end(name)
                    if end > match.end():
                        found.append((match.start(), end, S_EN_TITLE, ""))
        for key_end, cue in hits:
            start = key_end - len(cue) + 1
            if (start > 0 and lowered[start - 1].isalpha()) or (
                key_end + 1 < len(text) and lowered[key_end + 1].isalpha()
            ):
                continue
            sep = self._en_after_cue.match(text, key_end + 1)
            # "user จุ๊บแจง (last ip ...)", "Guest Yui Lindqvist (room 781)": logs and incident
            # notes write the person's details in brackets after the name.
            after = key_end + 2
            if not sep and text.startswith(" ", key_end + 1) and text[after : after + 1] in _NAME_CHARS:
                end = "(" in text[after : after + 16] and self._detail_paren_end(text, after)
                if end:
                    found.append((after, end, S_WEAK_CUE, ""))
                continue
            if not sep:
                continue
            colon = ":" in sep.group() or "=" in sep.group()
            if not colon and cue in _PAGE_NAME_KEYS:
                # A passport's data page, OCR'd: "Surname CHANHOM  Given names SASITHORN".
                value = _PAGE_NAME_VALUE.match(text, sep.end())
                if value:
                    found.append((value.start(), value.end(), S_EN_CUE, ""))
                    continue
            paren = (
                not colon
                and "(" in text[sep.end() : sep.end() + 40]
                and self._detail_paren_end(text, sep.end())
            )
            if (
                not colon
                and not paren
                and cue not in _NO_COLON_CUES
                and cue.split()[-1] not in self._lex.en_roles
                and not (" " in cue and "name" in cue)  # "Name on card X", "patient name X": a label
            ):
                continue
            pos = sep.end()
            if _EN_TITLE.match(text, pos):
                continue  # the title finder owns it
            if cue == "name" and _PRODUCT_KEYS.search(lowered, max(0, pos - 200), pos + 200):
                continue  # {"sku": "A1", "name": "Premium Plan", "price": 990}
            if "name" in cue and colon and _THING_OBJECT.search(lowered, max(0, start - 200), start):
                continue  # {"bank": {"name": "ออมสิน"}}: the object names a thing, not a person
            name = _EN_NAME.match(text, pos)
            if name and cue == "display":
                continue  # a coding's "display" names a diagnosis too: Latin values are _romanised's
            words = name.group().split(" ") if name and not colon else ()
            if name and colon and name.group().isupper():
                words = name.group().title().split(" ")  # "cust=NEW ACCOUNT": capitals hide a word
                if not self._lex.en_stop.isdisjoint(words):
                    continue
            if (
                name
                and colon
                and not words
                and not self._lex.en_not_person.isdisjoint(name.group().split(" ")[1:] or (name.group(),))
            ):
                continue  # "plaintiff: Kasikorn Leasing", "payee: Siam Motors": a firm after the cue; "To: Regional HR"
            if not self._lex.en_not_person.isdisjoint(words) and _BURMESE_WORDS.isdisjoint(words):
                continue  # "Dear Scholarship Office", "Guest Relations Desk": an office, not a person
            if name:
                end = self._en_end(name)
                if (
                    end > pos
                    and (
                        colon or paren or cue in _NO_COLON_CUES or self._full_name_after_role(text, pos, end)
                    )
                    and not (colon and _said_by_speaker(text, cue, pos, end))
                    and (
                        not colon
                        or cue not in _SHAPED_CUES
                        or self._name_shaped(text[pos:end])
                        or _LIST_PERSON_AFTER.match(text, end)  # "Renter: X   Passport/ID: ..."
                    )
                ):
                    found.append((pos, end, S_EN_CUE, ""))
                continue
            run = self._run_at(text, pos)
            if run and cue not in _NO_COLON_CUES:
                hit = self._cued(text, "ชื่อ", "strong", pos)
                if hit and "name" not in cue and not self._named_after_label(hit):
                    hit = None  # "Customer: ตอนนี้ป่วยเป็นโรค...": a speaker label, then what they said
                if hit is None and colon and ("name" in cue or cue == "display"):
                    # "display": "มินซอทูน", "username": "ขิ่น ซอ": a name key is a strong slot.
                    slot_end = self._slot_name(text, pos)
                    title = next((t for t in _NICK_TITLES if run.startswith(t)), "")
                    if slot_end == pos and title and self._kin_nickname(title, run[len(title) :]):
                        slot_end = pos + len(run)  # "display name: น้องโบ๊ท": title and nickname
                    hit = (pos, slot_end, S_CUE, "") if slot_end > pos else None
                if hit and sep.group().endswith(('"', "'")) and "name" in cue:
                    # A quoted full-name value ends at its quote: "นิระหานี" is not cut to "นิระ".
                    value = _TH_QUOTED_FULL_ESC.match(text, pos)
                    if value and value.end(1) > hit[1] and hit[1] > text.find(" ", pos) > 0:
                        hit = (hit[0], value.end(1), *hit[2:])
                if hit:
                    found.append(hit)
                elif sep.group().endswith(('"', "'")):
                    # "name": "ปริญญาปาน นักสำรวจ" in a record that also holds an e-mail, phone…:
                    # a quoted Thai full name is a person even when the words look ordinary.
                    value = _TH_QUOTED_FULL.match(text, pos)
                    if value and not self._lex.starts_not_name(run) and _near_person_fields(lowered, pos):
                        found.append((pos, value.end(1), S_CUE, ""))
        self._romanised(text, found)
        self._pnr_names(text, found)
        self._machine_names(text, found)
        if intro:
            self._self_intro(text, found)
        if "i " in lowered or "o " in lowered or "y " in lowered:  # hi / hello / hey
            self._greeted(text, found)
        if "my " in lowered or "our " in lowered or "her " in lowered or "his " in lowered:
            self._kin_named(text, found)
        if " here" in text or "—" in text or "–" in text:
            self._quoted_writers(text, found)
        if "name is" in lowered or "this is" in lowered or "it's" in lowered or "speaking with" in lowered:
            self._spoken_intros(text, found)
        if "I, " in text:
            self._slot_names(_DECLARANT, text, found)  # "I, Henrik Larsen, met someone on a dating app ..."
        if "さん" in text or "様" in text or "さま" in text or "先生" in text or "くん" in text or "ちゃん" in text:
            self._slot_names(_JA_HONORIFIC, text, found)  # a Japanese honorific glued on: "Katoさんは..."
        if "," in text and ("regards" in lowered or "thank" in lowered or "cheers" in lowered or "sincerely" in lowered
                            or "best" in lowered):
            lex = self._lex
            for match in _INLINE_SIGN_OFF.finditer(text):
                words = match.group(1).split(" ")
                if lex.en_stop.isdisjoint(words) and lex.en_not_person.isdisjoint(words):
                    found.append((match.start(1), match.end(1), S_EN_CUE, ""))

    def _slot_names(self, pattern: re.Pattern[str], text: str, found: list) -> None:
        """Group 1 of each match of ``pattern``, a slot that takes a person's name, unless one of its
        words names an organisation or a place."""
        not_person = self._lex.en_not_person
        found.extend(
            (m.start(1), m.end(1), S_EN_CUE, "") for m in pattern.finditer(text) if not_person.isdisjoint(m.group(1).split(" "))
        )

    def _spoken_intros(self, text: str, found: list) -> None:
        """Names in a speech-to-text transcript, which writes them in lower case: "my name is htet
        htet aung my brother ...", "hotel reservations this is fon", "hi it's oliver grant i need
        ...", "can i confirm i'm speaking with emily carter". One to three lower-case words up to
        the next function word; each must read as a name once capitalised (an English or Burmese
        given name, romanised Thai letters, an Asian family name)."""
        for match in _SPOKEN_INTRO.finditer(text):
            words = match.group(2).split(" ")
            cut = next((i for i, w in enumerate(words) if w in _SPOKEN_STOP), len(words))
            words = words[:cut]
            if not words or (match.group(1) != "my name is" and len(words) == 1 and not _SPOKEN_END.match(
                text, match.start(2) + len(words[0])
            )):
                continue  # "this is fine", "it's ok": one word must end the turn or the clause
            capitalised = [w.capitalize() for w in words]
            if len(capitalised) == 1:
                # Before "speaking"/"calling" the slot takes a short nickname too ("this is beer speaking").
                slot = _SPOKEN_SLOT.match(text, match.start(2) + len(words[0])) is not None
                word = capitalised[0]
                # (In that slot a month or a noun is a nickname too: "this is May speaking".)
                ok = self._one_word_name(word) or (
                    slot and len(word) <= KIN_NICKNAME_LEN and word not in self._lex.en_stop
                )
            else:
                ok = all(w in _BURMESE_SYLLABLES or w in _BURMESE_WORDS for w in capitalised) or (
                    self._lex.en_not_person.isdisjoint(capitalised)
                    and bool(self._given_part(" ".join(capitalised)) or self._romanised_part(" ".join(capitalised)))
                )
            if ok:
                found.append((match.start(2), match.start(2) + len(" ".join(words)), S_EN_CUE, ""))

    def _quoted_writers(self, text: str, found: list) -> None:
        """The writer of a quoted review or message: named at its start ("Emily here — I use a
        wheelchair ...") or attributed after it ('..." — Grace Holloway'). One word must read as a
        given name; an attribution may be a full name (no organisation or place word)."""
        lex = self._lex
        for match in _HERE_INTRO.finditer(text):
            if self._one_word_name(match.group(1)):
                found.append((match.start(1), match.end(1), S_EN_CUE, ""))
        for match in _QUOTE_ATTRIBUTION.finditer(text):
            words = match.group(1).split(" ")
            if lex.en_stop.isdisjoint(words) and lex.en_not_person.isdisjoint(words) and (
                len(words) > 1 or self._one_word_name(words[0])
            ):
                found.append((match.start(1), match.end(1), S_EN_CUE, ""))

    def _kin_named(self, text: str, found: list) -> None:
        """A relative named after the kinship word: "my sister Bow doesn't know", "our baby Ton
        (born ...)", "her son Beer". One capitalised word is enough there, unless it is a common
        or an organisation's word ("my son School ..." is no name)."""
        for match in _KIN_NAMED.finditer(text):
            word = match.group(1)
            # a given name, or as short as Thai nicknames are (Bow, Ton, Beer, Mint)
            if word.lower() not in self._en_person_before and self._one_word_name(word, short_ok=True):
                end = self._en_full_end(text, match.start(1), 2) or match.end(1)
                found.append((match.start(1), end, S_EN_CUE, ""))

    def _greeted(self, text: str, found: list) -> None:
        """A message that opens by greeting one person by name: "Hi Oat, just letting you know",
        "Hello Malee!". The word must read as a given name (English or romanised Thai), not a
        team, a place or a common word ("Hi Team,", "Hello Bangkok!", "Hi All,")."""
        for match in _GREETED.finditer(text):
            word = match.group(1)
            if word.lower() not in self._en_person_before and self._one_word_name(word):
                found.append((match.start(1), match.end(1), S_EN_CUE, ""))

    def _one_word_name(self, word: str, *, short_ok: bool = False) -> bool:
        """One capitalised Latin word that reads as a given name: no stop or organisation word, and
        an English given name or romanised-Thai letters (or, with ``short_ok``, as short as a Thai
        nickname)."""
        lex = self._lex
        return (
            word not in lex.en_stop
            and word not in lex.en_not_person
            and (
                (short_ok and len(word) <= KIN_NICKNAME_LEN)
                or word in _EN_GIVEN
                or self._roman_mean([word])[0] >= ROMAN_SLOT_SHAPE
            )
        )

    def _detail_paren_end(self, text: str, pos: int) -> int:
        """End of a name at ``pos`` that a bracket of the person's details follows (_DETAIL_PAREN),
        or 0: a capitalised Latin name of one to three words, or one Thai word (a nickname)."""
        name = _EN_NAME.match(text, pos)
        if name:
            end = name.end()
            words = name.group().split(" ")
            if not (self._lex.en_stop.isdisjoint(words) and self._lex.en_not_person.isdisjoint(words)):
                return 0
            if len(words) < 2 and words[0] not in _EN_GIVEN:
                return 0  # "user Settings (id 4)": one capitalised word may be a thing
        else:
            run = self._run_at(text, pos)
            lex = self._lex
            if not (2 <= len(run) <= 12) or lex.starts_not_name(run) or not _WORD_START.match(run):
                return 0
            if lex.freq.get(run, 0) >= GROUP_SPEAKER_FREQ or run in lex.cues or run in _NOT_SPEAKERS:
                return 0
            if len(run) > 3 and lex.freq.get(run, 0) >= GLUED_NICK_FREQ:
                return 0  # "customer ทั่วไป (...)": nicknames that are words are short (ต้น, ฝน)
            end = pos + len(run)
        return end if _DETAIL_PAREN.match(text, end) else 0

    def _full_name_after_role(self, text: str, pos: int, end: int) -> bool:
        """True when a role noun without a colon ("Employee", "Spouse") is followed by a full
        name: two or three capitalised words, or the same in capitals when they read as a name
        ("Employee VIRAT JAIDEE"; "Employee ID CARD" does not)."""
        if _EN_FULL_NAME.fullmatch(text, pos, end):
            return True
        value = text[pos:end]
        if " " not in value and _LOWER_WORD_AFTER.match(text, end) and self._one_word_name(value):
            return True  # "agent Fon following up": a given name, then the sentence goes on
        if not (value.isupper() and " " in value):
            return False
        words = value.title().split(" ")
        lex = self._lex
        if not (lex.en_stop.isdisjoint(words) and lex.en_not_person.isdisjoint(words)):
            return False
        # The role noun is the evidence; the letters need only lean romanised Thai or open with
        # an English given name (a word like "Virat" alone scores low).
        return words[0] in _EN_GIVEN or self._roman_mean(words)[0] >= ROMAN_SLOT_SHAPE

    def _en_gates(self, text: str, lowered: str) -> set[str]:
        """Which of the keyword-led English passes can match ``text``: "doc" (_EN_NAME_BEFORE_DOC,
        a passport / birth-date / ID keyword) and "that" (_EN_THAT_NAME, a reporting verb).

        Both regexes try a case-insensitive alternation at every position, a cost most texts do
        not need to pay: one automaton pass over the lower-cased text finds their keywords
        first. The few characters that match ASCII letters only case-insensitively (long s,
        Kelvin sign, dotted/dotless i) vanish from ``lowered``, so a text holding one runs both.
        """
        if any(char in text for char in _FOLDS_TO_ASCII):  # (str's search, not a set built from text)
            return {"doc", "that"}
        gates = {kind for key, kind in self._other_gates if key in lowered}
        for _, kind in self._latin_keys(self._gate_keys, lowered, text, longest=False):
            gates.add(kind)
            if len(gates) == 2:
                break
        return gates

    @staticmethod
    def _latin_keys(
        automaton: ahocorasick.Automaton, lowered: str, text: str, longest: bool = True
    ) -> Iterator[tuple[int, str]]:
        """``automaton.iter_long(lowered)`` (or ``iter``), run over the Latin stretches only.

        Every key of the automaton is Latin (_LATIN_KEY), so none spans a Thai character and
        each match lies inside one stretch of ``lowered``; a scan that starts at a stretch finds
        what the whole-text scan finds there. A Thai prompt with one English word then costs a
        scan of that word, not of the prompt. (A text that lower() lengthens keeps the
        whole-text scan: its offsets would not be ``text``'s.)
        """
        scan = automaton.iter_long if longest else automaton.iter
        if len(lowered) != len(text):
            yield from scan(lowered)
            return
        # lower() turns no other non-ASCII character into an ASCII one than the Kelvin sign (and
        # İ, which lengthens the text): without it, the stretches are the text's (cached).
        for start, end in latin_stretches(text if "\u212a" not in text else lowered):
            yield from scan(lowered, start, end)

    def _named_after_label(self, hit: tuple) -> bool:
        """True when a Thai value after a role label ("Customer:", "Patient:") reads as a name.

        A role label opens a chat turn as often as a form field, so what follows may be the
        speaker's words: like a Thai weak cue, it needs a surname, a list name or a given name
        whose letters say "name" (prose such as ตอนนี้ป่วย... scores well below zero).
        """
        start, end, _, given = hit
        if end > start + len(given) or self._is_list_name(given):
            return True
        return self._lex.given_shape.score(given) > 0

    def _romanised(self, text: str, found: list) -> None:
        """Romanised Thai names without a title: "filed by Pathwikan Sriphedt on 22-Jul-2025".

        Two or three capitalised words whose letters look like romanised Thai (RomanisedShape),
        joined by no organisation, place or product word (Hospital, Road, Wat, a province), next
        to person evidence: before them a word that takes a person (by, for, name, customer, a
        "display" key, a Thai cue), or after them an age, an identifier in brackets, a possessive,
        a phone or a verb that people do. Shape alone is not enough: places are romanised Thai too.
        """
        cache = self._caps_cache
        mails = [(m.start(), m.group(1).lower()) for m in _MAIL_LOCAL.finditer(text)] if "@" in text else []
        for match in latin_finditer(_EN_CAPS_RUN, text):  # ASCII from a capital, no look-ahead
            at, stop_at = match.span()
            if (at and text[at - 1] in _NOT_BEFORE_CAPS) or text[stop_at : stop_at + 1] in _NOT_AFTER_CAPS:
                continue  # part of an e-mail address, a path, an identifier
            run = match.group()
            if run.isupper():
                if not self._caps_name_edge(text, at, stop_at):
                    continue
                run = run.title()  # (ASCII: same length, so the offsets below hold)
            part = cache.get(run, False)
            if part is False:
                part = self._romanised_part(run) or self._given_part(run)
                if part is None:
                    weak = self._romanised_part(run, ROMAN_SLOT_SHAPE) or self._nick_surname_part(run)
                    part = (*weak, True) if weak else None
                if len(cache) >= 20_000:
                    cache.clear()
                cache[run] = part
            if mails and self._named_in_mail(run, at, mails, found):
                continue
            if part is None:
                if text[stop_at : stop_at + 1] in " (," and _PERSON_AFTER.match(text, stop_at):
                    self._person_before_id(match.group(), stop_at, found)
                continue
            offset, length, before, *weak = part
            start = at + offset
            end = start + length
            if not before:
                word = _WORD_BEFORE.search(text, max(0, start - 30), start)
                before = word.group(1).lower() if word else ""
            if self._strong_slot(text, start, end, before) if weak else (
                before in self._en_person_before
                or _agent_key(text, start, before)
                or _CASE_PARTY_BEFORE.search(text, max(0, start - 10), start) is not None
                or self._th_cue_before(text, start)
                or (not before and _TH_PERSON_LABEL_BEFORE.search(text, max(0, start - 16), start) is not None)
                or _ROMAN_AFTER.match(text, end)
                or _MAIL_OR_UNIT_AFTER.match(text, end)
                or self._in_slot(text, start, end)
                # "We, Kittiya Boonsri and Panuwat Chaiyaporn, ...": the second of two names.
                or (before == "and" and any(f[1] == start - 5 for f in found))
            ):
                found.append((start, end, S_ROMAN, ""))
            elif text[stop_at : stop_at + 1] in " (," and _PERSON_AFTER.match(text, stop_at):
                self._person_before_id(match.group(), stop_at, found)  # "Jane Roe (jroe@x.com)"

    @staticmethod
    def _caps_name_edge(text: str, at: int, stop_at: int) -> bool:
        """True when a run of capitals stands apart from other capitals: a name in capitals
        ("Employee VIRAT JAIDEE, salary ...") sits in mixed-case text, a table cell or a line of
        its own, while a shouted heading or a line of an all-capitals document ("PLEASE READ THE
        TERMS", "MRZ/PNR dumps") continues in capitals on either side."""
        before = text[max(0, at - 2) : at]
        after = text[stop_at : stop_at + 2]
        return not (before[:1].isupper() and before[1:] == " ") and not (after[:1] == " " and after[1:].isupper())

    def _named_in_mail(self, run: str, at: int, mails: list[tuple[int, str]], found: list) -> bool:
        """A full name whose first name or surname is spelled in a nearby e-mail address's local
        part ("Duangjai Rattanakosin | ... | duangjai1996@...", "m.webb77@..., Marcus
        Webb"): people's addresses are built from their names, products' and places' are not
        (and role mailboxes such as support@ or pride@ are one word, not a name and more).
        The name must not read as plain English (MAIL_NAME_SHAPE) unless it opens with a given name."""
        lex = self._lex
        words = run.split(" ")
        first = 0
        while first < len(words) and (words[first] in lex.en_stop or words[first].lower() in self._en_person_before):
            first += 1
        name = words[first:]
        if not 2 <= len(name) <= 3 or not lex.en_stop.isdisjoint(name) or not lex.en_not_person.isdisjoint(name):
            return False
        # The word must be part of the local part, not all of it: a mailbox named by one word
        # (pride@, careers@) belongs to a team or a campaign ("Pride Month").
        parts = [w.lower() for w in name if len(w) >= 4]
        near = [local for pos, local in mails if abs(pos - at) <= MAIL_NAME_WINDOW]
        if not any(p in local and p != local for p in parts for local in near):
            return False
        if not (name[0] in _EN_GIVEN or self._roman_mean(name)[0] > MAIL_NAME_SHAPE):
            return False
        start = at + sum(len(w) + 1 for w in words[:first])
        found.append((start, at + len(run), S_ROMAN, ""))
        return True

    def _strong_slot(self, text: str, start: int, end: int, before: str) -> bool:
        """True when a run that only leans romanised Thai (ROMAN_SLOT_SHAPE) stands in a slot that
        says "a person" by itself: after a name key or a role noun ("Name Siralada Kittilert",
        "lessee: ..."), before a personal field or an e-mail address, or alone in a table cell."""
        if before in self._en_strong_before or _ROMAN_AFTER.match(text, end) or _agent_key(text, start, before):
            return True
        if not before and _TH_PERSON_LABEL_BEFORE.search(text, max(0, start - 16), start):
            return True  # "ผู้รีวิว: Earth Supawadee", "ลูกค้า: ..."
        after = _MAIL_OR_UNIT_AFTER.match(text, end)
        if after and after.group().lstrip().startswith("<"):
            return True
        at = start
        while at and text[at - 1] == " ":
            at -= 1
        return at > 0 and text[at - 1] in "|;\t" and text[end : end + 2].strip(" ")[:1] in ("|", ";", "\t")

    def _in_slot(self, text: str, start: int, end: int) -> bool:
        """True when a name-shaped run stands where a name goes without a cue: it fills a table
        cell or opens a line and ends before a comma, a colon, an age-and-sex note or the end
        (_SLOT_OPENERS, _SLOT_AFTER), or a role noun and a comma precede it ("the defendant, X,")."""
        at = start
        while at and text[at - 1] in " >":
            at -= 1  # "> " quote marks of a quoted e-mail
        if not at or text[at - 1] in _SLOT_OPENERS:
            after = _SLOT_AFTER.match(text, end)
        elif _LIST_MARKER_BEFORE.search(text, max(0, start - 10), start):
            # A list item: only a dash and a note about the person make it a slot; a bare list
            # of romanised words may be dishes or places ("- Tom Yum Goong").
            after = _DASH_NOTE_AFTER.match(text, end)
        else:
            after = None
        if after:
            # A line holding nothing but the run is a heading unless it is a cell or quoted.
            alone = not after.group().strip(" \r\n") and (not at or text[at - 1] == "\n")
            if not alone or ">" in text[at:start]:
                return True
        if start >= 2 and text[start - 2] == ",":
            role = _ROLE_COMMA_BEFORE.search(text, max(0, start - 24), start)
            return bool(role) and role.group(1).lower() in self._en_person_before
        return False

    def _given_part(self, run: str) -> tuple[int, int, str] | None:
        """Like :meth:`_romanised_part`, for a run shaped like an English or Burmese name: two or
        three words, the first a common English given name (Adam Powers) or every one a Burmese
        syllable (Moe Thein Phyo); no organisation, place or product word in the run."""
        lex = self._lex
        words = run.split(" ")
        asian = self._asian_family_part(words)
        if asian:
            return asian
        if not lex.en_not_person.isdisjoint(words):
            return None
        first = 0
        while first < len(words) and (words[first] in lex.en_stop or words[first].lower() in self._en_person_before):
            first += 1
        last = first
        while last < len(words) and words[last] not in lex.en_stop:
            last += 1
        name = words[first:last]
        if not 2 <= len(name) <= 3:
            return None
        if not (name[0] in _EN_GIVEN or all(w in _BURMESE_SYLLABLES for w in name)):
            return None
        offset = sum(len(w) + 1 for w in words[:first])
        return offset, len(" ".join(name)), words[first - 1].lower() if first else ""

    def _asian_family_part(self, words: list[str]) -> tuple[int, int, str] | None:
        """The last two or three ``words`` as an East or Southeast Asian name: a family name
        (_ASIAN_FAMILY) first or last, every other word romanised syllables (_ASIAN_GIVEN) and no
        stop, organisation or place word. A leading stop word or person word is skipped, as in
        :meth:`_given_part`; the family name may be an English word ("Park Ji-woo", "Song Mina")."""
        lex = self._lex
        first = 0
        while first < len(words) - 2 and (
            words[first] in lex.en_stop or words[first].lower() in self._en_person_before
        ):
            first += 1
        name = words[first:]
        if not 2 <= len(name) <= 3:
            return None
        family = 0 if name[0] in _ASIAN_FAMILY else len(name) - 1 if name[-1] in _ASIAN_FAMILY else None
        if family is None:
            return None
        others = name[:family] + name[family + 1 :]
        if not all(
            w not in lex.en_stop and w not in lex.en_not_person and _ASIAN_GIVEN.fullmatch(w.lower())
            for w in others
        ):
            return None
        offset = sum(len(w) + 1 for w in words[:first])
        return offset, len(" ".join(name)), words[first - 1].lower() if first else ""

    def _pnr_names(self, text: str, found: list) -> None:
        """Airline passenger names, SURNAME/GIVEN ("KITRAT/SANGDEE", "SMITH/JOHN MR"), in a text
        about a booking; both words must look like a name (romanised Thai letters, a given name)
        so "TCP/IP" or "AND/OR" never count."""
        matches = list(_PNR_NAME.finditer(text)) if "/" in text else ()
        if not matches or not _PNR_CONTEXT.search(text):
            return
        for match in matches:
            if not self._pnr_edge(text, match.start()):
                continue
            surname, given = match.group(1).capitalize(), match.group(2).capitalize()
            titled = match.end() > match.end(2)
            if given in _EN_GIVEN or titled or self._roman_mean([surname, given])[0] >= ROMAN_SHAPE:
                found.append((match.start(), match.end(2), S_ROMAN, ""))

    @staticmethod
    def _machine_names(text: str, found: list) -> None:
        """Names in HL7 person segments (FAMILY^GIVEN) and in a passport's or ID card's
        machine-readable zone (SURNAME<<GIVEN); the formats themselves say "a person's name",
        so no shape test is needed (see _HL7_NAME, _MRZ_NAME)."""
        if "^" in text and "|" in text:
            for segment in _HL7_PERSON_SEGMENT.finditer(text):
                name = _HL7_NAME.search(segment.group())
                if name and not _NAME_PLACEHOLDER.search(name.group()):
                    found.append((segment.start() + name.start(), segment.start() + name.end(), S_ROMAN, ""))
        if "^" in text and "ame" in text:
            # A DICOM header's person name: "(0010,0010) PatientName: PAKDEEWONG^EKKACHAI".
            found.extend((m.start(1), m.end(1), S_ROMAN, "") for m in _DICOM_NAME.finditer(text))
        if "<<" in text:
            for match in _MRZ_NAME.finditer(text):
                # A bare SURNAME<<GIVEN line is a name only when the zone pads it with "<".
                if match.group(2) or text[match.start() : match.start(1)]:
                    found.append((match.start(1), match.end(1), S_ROMAN, ""))

    @staticmethod
    def _pnr_edge(text: str, start: int) -> bool:
        """True when what precedes a SURNAME/GIVEN pair leaves it a passenger name (see _PNR_NAME)."""
        before = text[start - 1 : start]
        if not before or not (before.isdigit() or before == "/"):
            return True
        window = text[max(0, start - 9) : start]
        return bool(_PNR_ELEMENT.search(window) if before.isdigit() else _PNR_DOCS_DATE.search(window))

    def _person_before_id(self, run: str, stop_at: int, found: list) -> None:
        """A full name in any script ending at ``stop_at``, with an identifier, an e-mail address
        or an age in brackets after it ("Jane Roe (ext. 272) is ...", "(jroe@mail.example)")."""
        lex = self._lex
        words = run.split(" ")
        first = 0
        while first < len(words) and words[first] in lex.en_stop:
            first += 1
        name = words[first:]
        if 2 <= len(name) <= 3 and lex.en_stop.isdisjoint(name) and lex.en_not_person.isdisjoint(name):
            found.append((stop_at - len(" ".join(name)), stop_at, S_EN_CUE, ""))

    def _romanised_part(self, run: str, shape: float = ROMAN_SHAPE) -> tuple[int, int, str] | None:
        """The romanised Thai name inside a run of capitalised words, as (offset, length, the
        capitalised word before it or ""), or None. Depends on the run only, so it is cached."""
        lex = self._lex
        stop = lex.en_stop
        words = run.split(" ")
        if not lex.en_not_person.isdisjoint(words):
            return None
        first = 0  # "Dear", "Interviewed", "Contact" open the run at a sentence start
        while first < len(words) and (words[first] in stop or words[first].lower() in self._en_person_before):
            first += 1
        last = first
        while last < len(words) and words[last] not in stop:
            last += 1
        name = words[first:last]
        # Two short words (Sai Ua, Pom Prap) are more often a dish or a place than a person.
        if not 2 <= len(name) <= 3 or max(map(len, name)) < 5 or not self._romanised_shape(name, shape):
            return None
        offset = sum(len(w) + 1 for w in words[:first])
        return offset, len(" ".join(name)), words[first - 1].lower() if first else ""

    def _nick_surname_part(self, run: str) -> tuple[int, int, str] | None:
        """A nickname in English and a romanised Thai name ("Earth Supawadee", "Max Kittiwong",
        "Fon Napatsawan"): how Thai staff and sellers sign in Latin script. As (offset, length, "")
        for a strong slot only (a name key before, an e-mail after): malls and condos are named
        the same way (Central Ladprao, Noble Ploenchit)."""
        words = run.split(" ")
        if len(words) != 2:
            return None
        nick, name = words
        lex = self._lex
        if (
            not 2 <= len(nick) <= 6
            or len(name) < 7
            or nick in lex.en_stop
            or nick in lex.en_not_person
            or name in lex.en_not_person
            or lex.romanised_shape.score(name) < NICK_NAME_SHAPE
            or (name.lower(),) in lex.provinces_en
        ):
            return None
        return 0, len(run), ""

    def _roman_mean(self, words: list[str]) -> tuple[float, float]:
        """RomanisedShape of a multi-word name: the mean per character and the lowest word score."""
        score = self._lex.romanised_shape.score
        total = weight = 0.0
        lowest = 99.0
        for word in words:
            value = score(word)
            lowest = min(lowest, value)
            total += value * (len(word) + 1)
            weight += len(word) + 1
        return total / weight, lowest

    def _romanised_shape(self, words: list[str], shape: float = ROMAN_SHAPE) -> bool:
        """True when the words read as a romanised Thai name and not as a province."""
        mean, lowest = self._roman_mean(words)
        if lowest < ROMAN_WORD_FLOOR or mean < shape:
            return False
        lowered = tuple(w.lower() for w in words)
        provinces = self._lex.provinces_en
        n = len(lowered)
        return not any(lowered[a:b] in provinces for a in range(n) for b in range(a + 1, n + 1))

    def _th_cue_before(self, text: str, start: int) -> bool:
        """True when a Thai cue or function word ends right before ``start`` (ส่งให้ Kanya Srisuk)."""
        end = start
        while end > 0 and text[end - 1] in _SEPS:
            end -= 1
        return end > 0 and text[end - 1] in _NAME_CHARS and text.endswith(self._th_person_before, 0, end)

    def _speakers(self, text: str, found: list) -> None:
        """Speaker names that open the lines of a chat log ("10:21 ฝ้าย: สวัสดีค่ะ").

        After a time stamp a short Thai word, or a capitalised Latin one, before a colon is the
        speaker. Without a time stamp the same label must open two lines or more, as speakers
        do in a chat and form fields ("ชื่อ:", "ที่อยู่:") do not. Roles (Admin, ลูกค้า, ระบบ),
        cues, titles, organisations and words that follow names are never speakers' names.
        """
        lex = self._lex
        timed = {m.start(2): m for m in _CHAT_BRACKET.finditer(text)} if "[" in text else {}
        lines = []
        bracketed = []  # "[ปุ๊กกี้] พรุ่งนี้ประชุม...": speakers in brackets at line starts
        tabbed = []  # "21:03<TAB>name<TAB>message": a LINE export, or a time clock's log
        pos = 0
        while pos != -1:  # each line start, found with str.find (a regex scan costs more)
            match = _CHAT_LINE.match(text, pos)
            if match:
                if match.group(1):
                    timed[match.start(2)] = match
                else:
                    lines.append(match)
            elif text[pos : pos + 1] in _DIGIT_OR_BRACKET:
                match = _CHAT_LINE_BARE.match(text, pos) or _LINE_EXPORT.match(text, pos)
                match = match or _BRACKET_SPEAKER.match(text, pos)
                if match and match.re is _BRACKET_SPEAKER:
                    bracketed.append(match)
                elif match and match.re is _LINE_EXPORT:
                    tabbed.append(match)
                elif match:
                    timed[match.start(2)] = match
            if text[pos : pos + 1] in _DIGIT_OR_BRACKET:
                kin = _KIN_NICK.match(text, pos)
                if kin and self._kin_nickname(kin.group(1), kin.group(2)):
                    found.append((kin.start(2), kin.end(2), S_WEAK_CUE, kin.group(2)))
            pos = text.find("\n", pos)
            if pos != -1:
                pos += 1
        if bracketed:
            self._bracket_speakers(bracketed, found)
        if tabbed and _LINE_EXPORT_HEAD.search(text, 0, tabbed[0].start()):
            # Tab-separated lines are LINE's export only under its date or title line; a time
            # clock's log ("08:30<TAB>เข้างาน<TAB>ประตู 1") has the same shape.
            timed.update((m.start(2), m) for m in tabbed)
        if not timed and len(lines) < 2:
            return
        # Several chat lines under a group header: each speaker may talk once.
        # (The header may itself read as a label line, "แชตครอบครัว:", so it is looked for
        # before the last line rather than the first.)
        grouped = not timed and len(lines) >= 2 and _GROUP_HEADER.search(text, 0, lines[-1].start()) is not None
        counts: dict[str, int] = {}
        for match in lines:
            counts[match.group(2)] = counts.get(match.group(2), 0) + 1
        spoken = {m.start(2) for m in lines if self._spoken_line(text, m)} if len(lines) >= 2 else set()
        # A dialogue: two spoken lines, one of them by a role (ลูกค้า, ครู, หัวหน้า), a parent
        # (แม่อั๋น) or a speaker who talks twice; then a nickname who speaks once ("ต้น: เข้ากะเช้าไหม") is a speaker too.
        dialogue = len(spoken) >= 2 and any(
            counts[m.group(2)] >= 2 or m.group(2).lower() in _NOT_SPEAKERS or _SPEAKER_KIN.match(m.group(2))
            for m in lines
            if m.start(2) in spoken
        )
        timed_counts: dict[str, int] = {}
        for match in timed.values():
            timed_counts[match.group(2)] = timed_counts.get(match.group(2), 0) + 1
        for match in (*timed.values(), *lines):
            name = match.group(2)
            is_timed = match.start(2) in timed
            # Under a group header a one-off label is a speaker when it is a short rare word
            # (nicknames: เมย์, ปุ้ย), not a form's field (ราคา, สรุป, หมายเหตุ).
            one_off_ok = (
                (grouped or self._decorated(match) or (dialogue and self._dialogue_label(name, match.start(2), spoken)))
                and len(name) <= 8
                and name[0] >= "\u0e00"
                and lex.freq.get(name, 0) < GROUP_SPEAKER_FREQ
            )
            if not is_timed and counts[name] < 2 and not one_off_ok:
                continue
            if name.lower() in _NOT_SPEAKERS or name in lex.cues or name in lex.titles or name.startswith(_PLACE_LABELS):
                continue
            if name[0] < "\u0e00":  # Latin: only after a time stamp, and no stop word or cue
                if not is_timed or name in lex.en_stop or name.lower() in lex.en_cues:
                    continue
                if " " in name and not self._latin_speaker(name, timed_counts[name]):
                    continue
                found.append((match.start(2), match.end(2), S_CUE, ""))
                continue
            kin = _SPEAKER_KIN.match(name)
            if (
                kin
                and " " not in name
                and lex.common_prefix(name, 0) <= kin.end()  # แม่ค้า, พ่อบ้าน: a word, not แม่ + a name
                and self._kin_nickname(kin.group(1), name[kin.end() :])
            ):
                # "แม่อั๋น:", "พ่อน้องเฟิร์ส:": a parent speaks as their child's nickname's parent.
                found.append((match.start(2) + kin.end(), match.end(2), S_CUE, name[kin.end() :]))
                continue
            # (The whole label, not its start, must be no verb: แก้ม is a name, not แก้ + ม.)
            if lex.starts_not_name(name) or lex.after_prefix(name) == len(name) or not _WORD_START.match(name):
                continue
            if " " in name and not self._full_name_label(name):
                continue  # a two-word label must be a full name ("บัวผัน สีหาวง:"), not "ลูกค้า ตอบ:"
            found.append((match.start(2), match.end(2), S_CUE if is_timed else S_WEAK_CUE, name))

    @staticmethod
    def _spoken_line(text: str, match: re.Match[str]) -> bool:
        """True when what follows a speaker label on its line reads as speech (_SPOKEN)."""
        end = text.find("\n", match.end())
        return _SPOKEN.search(text, match.end(), end if end != -1 else len(text)) is not None

    def _dialogue_label(self, name: str, start: int, spoken: set[int]) -> bool:
        """True when a one-off label in a dialogue may be a nickname: its line is speech, and it
        is short or no dictionary word (แม่ค้า, ลูกค้า are roles; ต้น, ฝน are nicknames)."""
        return start in spoken and (len(name) <= 4 or name not in self._lex.dictionary)

    @staticmethod
    def _decorated(match: re.Match[str]) -> bool:
        """True when emoji stand between the label and its colon: a chat display name, never a
        form's field."""
        return any(c > "\u2000" for c in match.string[match.end(2) : match.end()])

    def _full_name_label(self, label: str) -> bool:
        """True when a two-word Thai speaker label is a full name: a name pair as in a list item,
        or (the label opening several lines is itself a strong slot) a first word that is no
        dictionary or frequent word before a surname-like one (บัวผัน สีหาวง)."""
        if self._list_thai_name(label, 0) == len(label):
            return True
        first = label.split(" ", 1)[0]
        lex = self._lex
        return (
            first not in lex.dictionary
            and lex.freq.get(first, 0) < SLOT_WORD_FREQ
            and self._slot_surname(label, len(first)) == len(label)
        )

    def _bracket_speakers(self, matches: list[re.Match[str]], found: list) -> None:
        """Speakers in brackets at line starts ("[ปุ๊กกี้] พรุ่งนี้ประชุม...", "[Agent Sirikanya] Sorry").

        A Latin name counts only after a role word in the same brackets (the role says "a
        speaker", the name is then the agent's). A Thai label counts when the paste is a
        conversation: two different labels or more, and the label repeated or three bracketed
        lines or more (as a group chat is); tags such as "[ด่วน]" or "[ประกาศ]" open lines too, so
        the label must be a short rare word that is no role, verb, organisation or tag.
        """
        lex = self._lex
        thai = [m for m in matches if m.group(2)[0] >= "\u0e00"]
        counts: dict[str, int] = {}
        for match in thai:
            counts[match.group(2)] = counts.get(match.group(2), 0) + 1
        for match in matches:
            role, name = match.group(1), match.group(2)
            if role and role.lower() in self._speaker_roles and name not in lex.en_stop:
                words = name.split(" ")
                if lex.en_not_person.isdisjoint(words):
                    found.append((match.start(2), match.end(2), S_WEAK_CUE, ""))
        if len(counts) < 2:
            return
        for match in thai:
            name = match.group(2)
            if (counts[name] < 2 and len(thai) < 3) or len(name) > 8 or " " in name:
                continue
            if (
                name in _NOT_SPEAKERS
                or name in _BRACKET_TAGS
                or name in lex.cues
                or name in lex.titles
                or lex.freq.get(name, 0) >= GROUP_SPEAKER_FREQ
                or lex.starts_not_name(name)
                or lex.after_prefix(name)
                or not _WORD_START.match(name)
            ):
                continue
            found.append((match.start(2), match.end(2), S_WEAK_CUE, name))

    def _named_before_role(self, text: str, found: list) -> None:
        """A Thai full name right before the person's part in brackets: "ฮาซัน ดือเระ (ผู้แทน
        สหภาพแรงงาน)", "คำพอน อินทะวง (ผู้อ้างเป็นบิดา)", "บุญมี ศรีสุข (ลูกจ้าง)". The bracket
        must open with a role, kinship or party noun (cues.txt and _PARTS_IN_BRACKETS); the two
        words before it are judged as in a strong slot (a list item's or a table cell's name)."""
        at = text.find("(")
        while at > 0:
            if self._role_words.starts(text[at + 1 : at + 1 + _ROLE_PREFIX_SPAN]):
                end = at - 1 if text[at - 1] == " " else at
                second = end
                while second and text[second - 1] in _NAME_CHARS:
                    second -= 1
                first = second - 1
                while first > 0 and text[first - 1] in _NAME_CHARS:
                    first -= 1
                if (
                    second < end
                    and first >= 0
                    and text[first:second].endswith(" ")
                    and second - 1 > first
                    and (not first or text[first - 1] not in _NAME_CHARS)
                    and max(self._slot_name(text, first), self._list_thai_name(text, first)) == end
                ):
                    found.append((first, end, S_WEAK_CUE, ""))
            at = text.find("(", at + 1)

    def _aliases(self, text: str, found: list) -> None:
        """Another name of a person in brackets right after their name: the romanised spelling
        ("สมใจ รักษ์ไทย (SOMJAI RAKTHAI)") or the nickname ("พรทิพย์ ใจงาม
        (น้องกิ๊ฟ)", "(ชื่อเล่น ต้น)"). A role in brackets ("(ผู้อ้างเป็นบิดา)", "(บุตร)") is an
        ordinary word and is left out; a nickname after น้อง/พี่/คุณ must make no word with it."""
        lex = self._lex
        for start, end, _, _ in list(found):
            match = _ALIAS_AFTER.match(text, end)
            if not match:
                one = _LATIN_NICK_AFTER.match(text, end) if " " in text[start:end] else None
                if (
                    one
                    and one.group(1) not in lex.en_stop
                    and one.group(1) not in lex.en_not_person
                    and one.group(1).lower() not in self._en_person_before  # (Driver), (Mother), (Intern)
                    and one.group(1).lower() not in _NOT_SPEAKERS
                ):
                    found.append((one.start(1), one.end(1), S_WEAK_CUE, ""))  # "Siriporn Petcharat (Noon)"
                continue
            latin, kin, nick = match.group(1), match.group(2), match.group(3)
            if latin:
                words = [w.capitalize() for w in latin.split(" ")]
                ok = lex.en_stop.isdisjoint(words) and lex.en_not_person.isdisjoint(words)
            elif kin:
                ok = self._kin_nickname(kin, nick)
            else:
                ok = (
                    _WORD_START.match(nick) is not None
                    and nick not in _BRACKET_ROLES
                    and not lex.starts_not_name(nick)
                    and not lex.after_prefix(nick)
                    and nick not in lex.cues
                    and (
                        (nick not in lex.dictionary and lex.freq.get(nick, 0) < KIN_NICK_FREQ)
                        # after a full name, a short word in brackets is what friends call them
                        # ("ธีรวัฒน์ ปัญญาดี (หนิง)", "(พลอย)"), unless it names a role or a relation
                        or (
                            " " in text[start:end]
                            and len(nick) <= BRACKET_NICK_LEN
                            and lex.freq.get(nick, 0) < KIN_SELF_FREQ
                            and nick not in _NOT_SPEAKERS
                        )
                    )
                )
            if ok:
                group = 1 if latin else 3
                found.append((match.start(2 if kin else group), match.end(group), S_WEAK_CUE, ""))

    def _coordinated(self, text: str, found: list) -> None:
        """The second of two people joined by กับ/และ after a found full name: "วิไลวรรณ ศรีสุข กับ
        คำพอน แก้วมณีวง", "ระหว่าง X (ผู้อ้างเป็นบิดา) และ Y". The second name is judged as in a
        strong slot (a foreign name's syllables, or a given name and a surname-shaped word)."""
        for start, end, _, _ in list(found):
            if " " not in text[start:end]:
                continue  # after a full name only: "คุณแนน กับ..." joins nouns as often
            match = _AND_AFTER.match(text, end)
            if match:
                stop = max(self._slot_name(text, match.end()), self._list_thai_name(text, match.end()))
                if stop > match.end() and " " in text[match.end() : stop]:
                    found.append((match.end(), stop, S_WEAK_CUE, ""))

    def _listed_after(self, text: str, found: list) -> None:
        """The next names of a list that opens with a found Latin full name: "Present: Wasana
        Ruangrit (union president), Sunisa Saengarun (union treasurer)", "A, B and C". Each next
        item must be a full name shaped like a person's (romanised Thai, a common given name,
        Burmese syllables): "Somchai Jaidee, Bangkok Bank" lists a company after a person."""
        queue = [(start, end) for start, end, _, _ in found if " " in text[start:end] and _ASCII_LETTER.match(text, start)]
        seen = {start for start, _ in queue}
        while queue:
            _, end = queue.pop()
            match = _LIST_NEXT.match(text, end)
            if not match:
                continue
            pos = match.end()
            stop = self._en_full_end(text, pos)
            if stop and pos not in seen and self._name_shaped(text[pos:stop]):
                seen.add(pos)
                found.append((pos, stop, S_WEAK_CUE, ""))
                queue.append((pos, stop))

    def _mail_header_names(self, text: str, found: list) -> None:
        """A Thai display name in an e-mail header: "From: หน่อง ซอ <n.s@mail.example>", "ถึง:
        วิไลพร ศรีสุข <w.s@...>". A mail client writes a person's (or an office's) name there;
        offices and shops open with an organisation word (ฝ่าย, บริษัท, ร้าน, ทีม) or a role, and
        a run of everyday words (frequent in the TNC) is no name either."""
        lex = self._lex
        for match in _MAIL_HEADER_TH.finditer(text):
            name = match.group(1)
            words = name.split(" ")
            if (
                lex.starts_not_name(name)
                or lex.after_prefix(name)
                or words[0] in _NOT_SPEAKERS
                or not _BRACKET_TAGS.isdisjoint(words)
                or all(lex.freq.get(w, 0) >= MAIL_HEADER_WORD_FREQ for w in words)
                # One word made of ordinary words is a desk ("From: ประชาสัมพันธ์", "งานทะเบียน").
                or (len(words) == 1 and (name in lex.dictionary or lex.all_common(name)))
            ):
                continue
            found.append((match.start(1), match.end(1), S_WEAK_CUE, ""))

    def _agent_intros(self, text: str, found: list) -> None:
        """A call-centre agent's name in the greeting: "ธนาคารยินดีให้บริการ ปาริชาติ รับสายค่ะ",
        "ดิฉัน ศิริกานดา พูดสายค่ะ". The word before รับสาย/พูดสาย and a polite particle is the
        agent's own name when it is no frequent word, verb or organisation and is listed or
        name-shaped ("ไม่มีใคร รับสายค่ะ" is not)."""
        lex = self._lex
        for match in _AGENT_INTRO.finditer(text):
            name = match.group(1)
            # After the organisation's greeting ("ศูนย์ช่วยเหลือค่ะ แนน รับสายค่ะ") the word is the
            # agent's name even when it is a word too, as in the greeting below.
            greeted = text[max(0, match.start(1) - 5) : match.start(1)].rstrip(" ").endswith(("ค่ะ", "ครับ"))
            if (
                _WORD_START.match(name)
                and not lex.starts_not_name(name)
                and not lex.after_prefix(name)
                and (
                    (greeted and name not in _NOT_AGENT_NAME and name not in lex.titles)
                    or (
                        lex.freq.get(name, 0) < FREQUENT_NAME
                        and (self._is_list_name(name) or lex.given_shape.score(name) > 0)
                    )
                )
            ):
                found.append((match.start(1), match.end(1), S_WEAK_CUE, name))
        for match in _AGENT_GREETING.finditer(text) if "ดิฉัน" in text or "ผม" in text or "หนู" in text else ():
            # The greeting is the slot of the agent's own name: a nickname there may be a word
            # as well (ออม 'savings', นก 'bird'), so only function words and titles are refused.
            name = match.group(1)
            if (
                _WORD_START.match(name)
                and name not in _NOT_AGENT_NAME
                and not lex.starts_not_name(name)
                and not lex.after_prefix(name)
                and name not in lex.titles
            ):
                found.append((match.start(1), match.end(1), S_WEAK_CUE, name))

    def _line_labels(self, text: str, found: list) -> None:
        """Names that label the lines of a chat export or a team's notes (see _LINE_LABEL).

        A label is a name when it reads as one: a Thai given or full name, or capitalised Latin
        words leaning romanised Thai or opening with an English given name. And the labels must
        be a pattern: one label opening two lines, or two labels each read as a name ("- Pros:",
        "[INFO]:" and "- Owner:" are no speakers)."""
        labels: dict[str, list[tuple[int, int]]] = {}
        for match in _at_line_starts(_LINE_LABEL, text):
            group = "bracket" if match.group("bracket") else "bullet" if match.group("bullet") else "plain"
            labels.setdefault(match.group(group).strip(" "), []).append(match.span(group))
        if not labels:
            return
        named = {label: spans for label, spans in labels.items() if self._label_is_name(label)}
        if len(named) < 2 and not any(len(spans) >= 2 for spans in named.values()):
            return
        for label, spans in named.items():
            for start, end in spans:
                start = text.index(label, start, end + 1)
                found.append((start, start + len(label), S_WEAK_CUE, ""))

    def _label_is_name(self, label: str) -> bool:
        """True when a line's label (see _line_labels) reads as a person's name."""
        lex = self._lex
        if _LABEL_LATIN.fullmatch(label):
            words = label.split(" ")
            if not (lex.en_stop.isdisjoint(words) and lex.en_not_person.isdisjoint(words)):
                return False
            if any(w.lower() in self._en_person_before for w in words):
                return False
            if len(words) == 1:
                word = words[0]
                return word in _EN_GIVEN or (
                    lex.romanised_shape.score(word) >= LABEL_WORD_SHAPE and (word.lower(),) not in lex.provinces_en
                )
            mean, lowest = self._roman_mean(words)
            return (mean >= LABEL_NAME_SHAPE and lowest >= LABEL_WORD_FLOOR and self._romanised_shape(words, mean)) or (
                words[0] in _EN_GIVEN
            )
        if label[:1] not in _NAME_CHARS or label in _NOT_SPEAKERS or label.startswith(_PLACE_LABELS):
            return False  # "จนท.:", "รับแจ้ง:", "ห้องยา": a role or a place labels the line
        if _TH_FULL.fullmatch(label):
            # A given name and a surname, not a role and a nickname ("หัวหน้าไลน์ แจ๊ค") nor an
            # OCR'd key with a space in it ("ที่ อยู่", "การ วินิจฉัย").
            first, _, last = label.partition(" ")
            return (
                not self._org_start(label)
                and first not in lex.cues
                and lex.freq.get(first, 0) < FREQUENT_NAME
                and not lex.all_common(first)
                and self._surname_like(last, True)
            )
        # A listed given name that is also a word (อิทธิพล 'influence', อนันต์ 'endless') labels a
        # line as its speaker's name does.
        return " " not in label and (self._given_cell(label) or (len(label) >= 3 and label in lex.given_names))

    def _paren_speakers(self, text: str, found: list) -> None:
        """The names of speakers written with their role in a bracket ("AGENT (Tony):", "Bella
        (seller):"; see _ROLE_PAREN_SPEAKER): the role must be one that takes a person."""
        lex = self._lex
        roles = self._en_person_before
        for pattern, name_group, role_group in ((_ROLE_PAREN_SPEAKER, 2, 1), (_NAME_PAREN_ROLE, 1, 2)):
            for match in _at_line_starts(pattern, text):
                words = match.group(name_group).split(" ")
                if (
                    match.group(role_group).lower() in roles
                    and lex.en_stop.isdisjoint(words)
                    and lex.en_not_person.isdisjoint(words)
                    and match.group(name_group).lower() not in roles
                ):
                    found.append((match.start(name_group), match.end(name_group), S_WEAK_CUE, ""))

    def _th_paren_speakers(self, text: str, found: list) -> None:
        """A speaker labelled by their role with their name in brackets: "ลูกค้า (เจ): สั่งแก๊ส...",
        "ผู้เช่า (นุ่น): ย้ายออกแล้ว". The role must be one (a speaker word, a party, ผู้X) and the
        bracket a word that is neither a role nor a relation (those say who, not what they are called)."""
        lex = self._lex
        for match in _at_line_starts(_TH_ROLE_PAREN_SPEAKER, text):
            role, name = match.group(1), match.group(2)
            if not (role in _NOT_SPEAKERS or role in _BRACKET_ROLES or role.startswith("ผู้")):
                continue
            if name in _NOT_SPEAKERS or name in _BRACKET_ROLES or name in lex.cues or name in lex.titles:
                continue
            if _WORD_START.match(name) and lex.freq.get(name, 0) < FUNCTION_WORD_FREQ:
                found.append((match.start(2), match.end(2), S_WEAK_CUE, name))

    def _chat_nicknames(self, text: str, found: list) -> None:
        """Nicknames in the slots where chats give them (see _CHAT_NICK_*): no frequent word, no
        reply, no word a kinship term or a cue makes."""
        candidates = []
        # A word standing alone between a greeting and นะคะ ("สวัสดีค่ะ ต้น นะคะ") is a name even
        # when it is a frequent word (ต้น 'tree', ดาว 'star'); only function words are refused.
        spaced: set[int] = set()
        if "นะคะ" in text or "นะครับ" in text:
            for match in _CHAT_NICK_GREETED.finditer(text):
                candidates.append(match.span(1))
                if text[match.start(1) - 1] == " " and text[match.end(1) : match.end(1) + 1] == " ":
                    spaced.add(match.start(1))
        if any(word in text for word in _SELF_WHAT):
            for match in _CHAT_NICK_SELF.finditer(text):
                if match.start() and text[match.start() - 1] in THAI_NAME_CHARS and not text.endswith(
                    "ของ", 0, match.start()
                ):
                    continue  # "ผม" inside a word (ทรงผม), unless "ของหนู"
                candidates.append(match.span(1))
        if "ชื่อ" in text:
            candidates += [m.span(1) for m in _CHAT_NICK_NAMED.finditer(text)]
        for phone in _MOBILE.finditer(text):
            if phone.start() and text[phone.start() - 1] == " ":
                word = _WORD_BEFORE_MOBILE.search(text, max(0, phone.start() - 8), phone.start())
                if word is not None:
                    candidates.append(word.span(1))
        lex = self._lex
        for start, end in candidates:
            nick = text[start:end]
            # (A nickname is often a word, แพร 'silk', ก้อย 'little finger': in these slots only a
            # frequent word, a reply or a word that opens something else is refused.)
            if (
                nick not in _NOT_CHAT_NICKS
                and _WORD_START.match(nick) is not None
                and lex.freq.get(nick, 0) < (FUNCTION_WORD_FREQ if start in spaced else KIN_SELF_FREQ)
                and not lex.starts_not_name(nick)
                and not lex.after_prefix(nick)
                and nick not in lex.cues
                and nick not in lex.titles
            ):
                found.append((start, end, S_WEAK_CUE, nick))

    def _pronoun_intros(self, text: str, found: list) -> None:
        """A speaker names themselves after "I": "คือ หนู ประยูร ค่ะ", "ผม ธีรวัฒน์ ครับ" (a call
        or an interview transcribed word by word). The word must be a listed given name or no
        dictionary word with a name's letters: "หนู ไม่สบาย ค่ะ" and "ผม เข้าใจ ครับ" are not."""
        lex = self._lex
        for match in _PRONOUN_INTRO.finditer(text):
            name = match.group(1)
            if (
                _WORD_START.match(name)
                and lex.freq.get(name, 0) < FREQUENT_NAME
                and not lex.starts_not_name(name)
                and not lex.after_prefix(name)
                and name not in _QUESTION_WORDS
                and (
                    self._is_list_name(name)
                    or (name not in lex.dictionary and lex.given_shape.score(name) > GIVEN_SHAPE_NAMED)
                )
            ):
                found.append((match.start(1), match.end(1), S_WEAK_CUE, name))

    def _clan_surnames(self, text: str, found: list) -> None:
        """Chinese-Thai names with a clan surname: "เซ่งฮวด แซ่อึ้ง", "จำเลย กิมฮวย แซ่เตียว",
        "แจ้งเฮียงเง็ก แซ่ตั้ง ยอดค้าง". แซ่ + one syllable is a surname and nothing else, so the
        word before it is the given name once ordinary words glued before it are cut off; its
        syllables (เง็ก, ฮวด, เซ่ง) are in no Thai name list and score low on Thai name shape."""
        lex = self._lex
        sae = text.find(" แซ่")
        while sae >= 0:  # (str.find and a walk back: a regex scan of the text costs 10x more)
            surname = _SAE_SURNAME.match(text, sae + 1)
            end = sae
            if end and text[end - 1] == " ":
                end -= 1  # two spaces
            at = end
            while at and text[at - 1] in _NAME_CHARS and end - at <= 16:
                at -= 1
            sae = text.find(" แซ่", sae + 4)
            if not surname or end - at < 2 or (at and text[at - 1] in _NAME_CHARS):
                continue  # no clan name, or no word (of 16 letters at most) before it
            run = text[at:end]
            for cut in (*(c for _, c in self._glued_cuts(run)), 0):  # "แจ้ง|เฮียงเง็ก แซ่ตั้ง", else the whole word
                given = run[cut:]
                if (
                    _WORD_START.match(given)
                    and lex.freq.get(given, 0) < FREQUENT_NAME
                    and not lex.starts_not_name(given)
                    and not lex.after_prefix(given)
                ):
                    found.append((at + cut, surname.end(), S_PAIR, given))
                    break

    def _class_nicknames(self, text: str, found: list) -> None:
        """Nicknames written before a school class ("นุ่น ม.5/3 เล่าว่า"): counsellors' and
        teachers' notes name students so; the word must be no ordinary frequent word."""
        lex = self._lex
        # Every match holds a space and then ม. / ป. / ชั้น, and starts at most ten characters
        # (two spaces and an eight-letter nickname) before that space: the regex, which has no
        # literal to skip ahead with, runs only in texts that hold one and only from there on.
        # (Its look-behind and ^ still see the text before that position.)
        first = min((at for at in (text.find(" ม."), text.find(" ป."), text.find(" ชั้น")) if at >= 0), default=-1)
        if first < 0:
            return
        for match in _NICK_CLASS.finditer(text, max(0, first - 10)):
            nick = match.group(1)
            if (
                _WORD_START.match(nick)
                and lex.freq.get(nick, 0) < KIN_NICK_FREQ
                and not lex.starts_not_name(nick)
                and not lex.after_prefix(nick)
                and nick not in lex.cues
                and nick not in lex.titles
            ):
                found.append((match.start(1), match.end(1), S_WEAK_CUE, nick))

    def _kin_nickname(self, kin: str, nick: str, freq: int = KIN_NICK_FREQ) -> bool:
        """True when ``nick`` after a kinship term is a nickname (แม่ฝน), not a noun that makes
        a word with it (แม่ค้า, แม่ครัว, พ่อบ้าน, พี่ชาย) or an ordinary word more frequent than ``freq``."""
        lex = self._lex
        return (
            _WORD_START.match(nick) is not None
            and lex.freq.get(nick, 0) < freq
            and kin + nick not in lex.dictionary
            and not lex.starts_not_name(nick)
            and not lex.after_prefix(nick)
            and nick.lower() not in _NOT_SPEAKERS
        )

    def _latin_speaker(self, name: str, count: int) -> bool:
        """True when a timed multi-word Latin label is a person ("19:02 Kanya Srisuk:"), not an
        agenda item ("10:00 Team Meeting:", "09:00 Opening Ceremony"): no stop, organisation or
        place word, and either romanised-Thai letters or the same label opening two lines."""
        words = name.split(" ")
        lex = self._lex
        if not (lex.en_stop.isdisjoint(words) and lex.en_not_person.isdisjoint(words)):
            return False
        return count >= 2 or self._romanised_shape(words)

    def _list_items(self, text: str, found: list) -> None:
        """Names that open the items of a numbered list of people ("1. สมศรี ทองดี", "2) Kanya Srisuk").

        The item must start with a full name (two or three capitalised words, or two or three Thai
        words) and the list must be about people: a personal field follows the name (สัญชาติ,
        passport, an age, a phone), or a header before the items names people (Attendees,
        รายชื่อผู้เข้าอบรม). Lists of products, steps or places have neither.
        """
        lex = self._lex
        numbers = _LIST_NUMBER.finditer(text) if "1. " in text or "1) " in text else ()
        bullets = _LIST_BULLET.finditer(text) if "- " in text or "• " in text or "* " in text else ()
        # A comment in pasted SQL or a script names whose row it is ("...; -- สมศรี ทองดี, ผู้กู้ร่วม"):
        # judged as a list item, with the same need of a personal field or role after the name.
        comments = _CODE_COMMENT.finditer(text) if "-- " in text or "# " in text or "// " in text else ()
        for match in (*numbers, *bullets, *comments):
            at = match.start()
            if at and text[at - 1].isdigit():
                at -= 1  # a two-digit item number
            if at and (text[at - 1].isdigit() or text[at - 1] in ".,"):
                continue  # "2.5) ", "1,2. ", "123. "
            pos = match.end()
            en = _LIST_EN_NAME.match(text, pos)
            if en:
                words = en.group().split(" ")
                if any(w in lex.en_stop or w in lex.en_not_person for w in words):
                    continue
                end = en.end()
                # Foreign names in any script score above English phrases (Night Shift, Annual
                # Leave); with only a header to go by, the name must lean romanised Thai.
                mean = self._roman_mean(words)[0]
                field, header = mean > LIST_FIELD_SHAPE, mean > LIST_HEADER_SHAPE
            else:
                end = self._list_thai_name(text, pos)
                if end == pos:
                    continue
                field = header = True
            if (
                (field and _LIST_PERSON_AFTER.match(text, end))
                or self._role_after.match(text, end)
                or (header and _LIST_PEOPLE_HEADER.search(text, max(0, at - 200), at))
                or (en and _LIST_SCHOOL_AFTER.match(text, end) and self._name_shaped(text[pos:end]))
            ):
                found.append((pos, end, S_WEAK_CUE, ""))

    def _list_thai_name(self, text: str, pos: int) -> int:
        """End of a Thai given name + surname at ``pos`` (a list item), or ``pos`` if there is none."""
        lex = self._lex
        given = self._run_at(text, pos)
        if len(given) >= 2 and self._trim(given, lex.given_index) != len(given):
            return self._slot_name(text, pos)  # จัน|สอน วงยะวง: a listed start, a foreign name
        if (
            len(given) < 2
            or not _WORD_START.match(given)
            or lex.starts_not_name(given)
            or lex.after_prefix(given)
        ):
            return pos
        listed = given in lex.given_names and lex.freq.get(given, 0) < VERY_FREQUENT
        if not (listed or lex.given_shape.score(given) > 0 or not lex.all_common(given)):
            return self._slot_name(text, pos)  # a foreign name (เอละอ่อง สัญชาติเมียนมา)
        end = pos + len(given)
        surname_end = self._surname_at(text, end, strict=False)
        if surname_end == end:
            surname_end = self._loose_surname_at(text, end)
        return surname_end if surname_end > end else self._slot_name(text, pos)

    def _csv(self, text: str, found: list) -> None:
        """Values of a name column in CSV rows ("order_id,name,card" then "SO1,Kanya Srisuk,4111…").

        The header decides: a person-specific column name, or a plain "name"/"ชื่อ" column in a
        table that also holds personal fields (e-mail, phone, birth date…) and no product fields.
        """
        pos = 0
        while pos < len(text):
            line_end = text.find("\n", pos)
            if line_end == -1:
                return
            header = text[pos:line_end].lower()
            # Tab-, comma- or (European/Excel exports) semicolon-separated.
            sep = "\t" if "\t" in header else ";" if ";" in header and "," not in header else ","
            column = _csv_name_column(header, sep)
            pos = line_end + 1
            # (index, how its cells are judged): a full name, a nickname, one part of a name
            columns = [] if column is None else [
                (column, "nick" if header.split(sep)[column].strip().strip('"') in _CSV_NICK_COLUMNS else "name")
            ]
            columns += [(i, "part") for i in _csv_part_columns(header, sep) if i != column]
            if not columns:
                continue
            width = header.count(sep) + 1
            judge = {"nick": self._nick_cell, "name": self._csv_name, "part": self._part_cell}
            while pos < len(text):
                line_end = text.find("\n", pos)
                if line_end == -1:
                    line_end = len(text)
                fields = text[pos:line_end].split(sep)
                if len(fields) != width:
                    break
                for index, kind in columns:
                    start = pos + sum(len(f) + 1 for f in fields[:index])
                    value = fields[index].strip().strip('"')
                    if value:
                        start = text.index(value, start)
                        if judge[kind](value):
                            found.append((start, start + len(value), S_CUE, ""))
                pos = line_end + 1

    def _label_value_names(self, text: str, found: list) -> None:
        """A name of two to four Thai-script words as the value of a person's label ("เจ้าของ: มิโปะ
        คีรีมาศ บัตร ...", "ชื่อ: มะ เอ เอ ตัน", "ผู้รับบริการ: จะหยี แซ่ย่าง", "ลงชื่อ สาย กาญจนศิลป์ชัย"):
        names of the hill peoples, Burmese and Malay names in Thai script have no Thai name's
        shape, but the label's slot, ending where the next field starts, holds a name. Not when
        every word is an ordinary word ("ชื่อ: ไม่ได้ ระบุ")."""
        lex = self._lex
        for match in _TH_LABEL_VALUE.finditer(text):
            if match.start() and "\u0e01" <= text[match.start() - 1] <= "\u0e4e":
                continue  # the label inside a longer word (รายชื่อ:, ลูกผู้...)
            words = match.group(1).split(" ")
            # Under a label that says "name" (ชื่อผู้ประกันตน:, Name:) a dictionary word may be a name's
            # (คำมูล), unless every word is one ("ชื่อ: ไม่ได้ ระบุ"); under a person's label (ผู้ป่วย:)
            # any is what they said.
            named = match.group(0).startswith(("ชื่อ", "Name", "name", "NAME", "Full", "full", "FULL"))
            if (
                any(lex.starts_not_name(w) for w in words)
                or words[0] in lex.cues
                or words[0] in lex.titles
                or any(w in _NOT_NAME_WORDS or w.startswith(_LABEL_VALUE_ENDS) or w.startswith("ไม่") for w in words)
                # A dictionary word is a name's only when it is a listed name (มาลัย): "ปวดหัว มาก"
                # and "ต้องการ ยกเลิกบริการ" after a patient's or customer's label are what they said.
                or (any if not named else all)(
                    w in lex.dictionary and w not in lex.given_names and w not in lex.family_names for w in words
                )
            ):
                continue
            found.append((match.start(1), match.end(1), S_WEAK_CUE, ""))

    def _inverted_names(self, text: str, found: list) -> None:
        """A name written surname first, in capitals ("KAEWMANI, SOMKIAT", as passports, airlines and
        banks print it) after a name key ("Customer name", "Patient:", "ชื่อในพาสปอร์ต:"), or both
        parts leaning romanised Thai."""
        for match in latin_finditer(_INVERTED_NAME, text):
            surname, given = match.group(1).title(), match.group(2).title()
            words = [surname, *given.split(" ")]
            if not (self._lex.en_stop.isdisjoint(words) and self._lex.en_not_person.isdisjoint(words)):
                continue
            keyed = _INVERTED_KEY_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None
            if keyed or self._roman_mean(words)[1] >= ROMAN_SHAPE:
                found.append((match.start(), match.end(), S_EN_CUE, ""))

    def _title_cells(self, text: str, found: list) -> None:
        """The given name and surname in the cells after a cell that holds only a title
        ("1512004397695|นาย|เอกราช|พึ่งบุญ|9618.00", "2,Mrs,Kanya,Srisuk,..."): fixed-format files
        (social security, payroll, bank uploads) put the title in a column of its own."""
        for match in _TITLE_CELL.finditer(text):
            if match.start() and text[match.start() - 1] not in _CELL_START:
                continue  # inside a word or a longer cell
            delimiter = match.group(1)
            pos = match.end()
            for _ in range(2):  # given name, then surname
                cell_end = text.find(delimiter, pos)
                line_end = text.find("\n", pos)
                line_end = len(text) if line_end < 0 else line_end
                if cell_end < 0 or cell_end > line_end:
                    cell_end = line_end
                value = text[pos:cell_end].strip(" ")
                if not value or (not self._part_cell(value) and not self._csv_name(value)):
                    break
                start = text.index(value, pos)
                found.append((start, start + len(value), S_CUE, ""))
                if cell_end == line_end:
                    break
                pos = cell_end + 1

    def _table_names(self, text: str, found: list) -> None:
        """Full names alone in the cells of a name column ("| Name | Passport | DOB |" then
        "| Eric Anderson | AA7170066 | ... |"; "full_name,email"; "name;account;note").

        The header cell decides (``_is_name_column``); the rows below it come from the table
        machinery of cued_numbers (``column_cells``: markdown, CSV, TSV, semicolons, SQL).
        Each cell must hold a whole name: two or three capitalised words, or a Thai full name.
        """
        seen: set[int] = set()
        for line_start, line_end, delimiter in self._header_lines(text):
            for match in _NAME_HEADER.finditer(text, line_start, line_end):
                self._name_column(text, match, line_start, line_end, delimiter, seen, found)

    @staticmethod
    def _header_lines(text: str) -> Iterator[tuple[int, int, str]]:
        """Lines that may head a table, with their delimiter: short (a prose paragraph that
        mentions names or members is no header row), holding a delimiter that the next line
        holds too or under which a rule runs ("|---|", psql's "----+----"). One pass of C-speed
        finds per line, so the header-word regex (slow: case-insensitive alternatives) only
        reads the few lines that can be headers."""
        pos = 0
        while True:
            line_end = text.find("\n", pos)
            if line_end < 0:
                return  # no row below
            next_end = text.find("\n", line_end + 1)
            next_end = len(text) if next_end < 0 else next_end
            if line_end - pos <= _MAX_HEADER_LINE:
                for delimiter in _DELIMITERS:
                    if text.find(delimiter, pos, line_end) >= 0 and (
                        text.find(delimiter, line_end + 1, next_end) >= 0
                        or text.find("--", line_end + 1, next_end) >= 0
                    ):
                        yield pos, line_end, delimiter
                        break
            pos = line_end + 1

    def _name_column(
        self,
        text: str,
        match: re.Match[str],
        line_start: int,
        line_end: int,
        delimiter: str,
        seen: set[int],
        found: list,
    ) -> None:
        """The names under the header word ``match`` (in the header line ``line_start:line_end``
        split by ``delimiter``) when its cell heads a name column; ``seen`` holds cells done."""
        cell_start = text.rfind(delimiter, line_start, match.start()) + 1 or line_start
        if cell_start in seen:
            return
        seen.add(cell_start)
        cell_end = text.find(delimiter, match.end(), line_end)
        cell_end = line_end if cell_end < 0 else cell_end
        cell = text[cell_start:cell_end].strip(_CELL_TRIM)
        if not cell or not _is_name_column(cell.lower(), text[line_start:line_end].lower()):
            return
        start = text.index(cell, cell_start)
        for value_start, value_end in column_cells(text, start, start + len(cell)):
            value = text[value_start:value_end]
            if self._csv_name(value) and self._lex.en_not_person.isdisjoint(value.split(" ")):
                found.append((value_start, value_end, S_CUE, ""))

    def _sql(self, text: str, found: list) -> None:
        """Values of a name column in SQL INSERT tuples, decided by the column list as for CSV."""
        for match in _SQL_COLUMNS.finditer(text):
            columns = [c.strip().strip('`"[]').lower() for c in match.group(1).split(",")]
            column = _csv_name_column(",".join(columns))
            if column is None:
                continue
            pos = match.end()
            while True:
                row = _SQL_TUPLE.match(text, pos)
                if not row:
                    break
                values = list(_SQL_VALUE.finditer(text, row.start(1), row.end(1)))
                if len(values) > column:
                    value = values[column]
                    raw = value.group(1)
                    if len(raw) > 2 and raw[0] == "'" and raw[-1] == "'" and self._csv_name(raw[1:-1]):
                        found.append((value.start(1) + 1, value.end(1) - 1, S_CUE, ""))
                comma = re.compile(r"\s*,\s*").match(text, row.end())
                if not comma:
                    break
                pos = comma.end()

    def _nick_cell(self, value: str) -> bool:
        """True when a nickname column's cell holds a nickname: one Thai word that can open a
        name (แบงค์, ปุ๊กกี้) or one capitalised Latin word (Bank, Ploy), or a full name."""
        if value.lower() in _NO_NICK_VALUES or len(value) > 20:
            return False
        if value[:1] in _NAME_CHARS:
            return _RUN.fullmatch(value) is not None and _WORD_START.match(value) is not None
        return _CLOSING_WORD.fullmatch(value) is not None or self._csv_name(value)

    def _part_cell(self, value: str) -> bool:
        """True when a name-part column's cell (first name, surname) holds one: one Thai word that
        can open a name, or one Latin word, capitalised or in capitals."""
        if value.lower() in _NO_NICK_VALUES or len(value) > 30:
            return False
        if value[:1] in _NAME_CHARS:
            return _RUN.fullmatch(value) is not None and _WORD_START.match(value) is not None
        word = value.title() if value.isupper() else value
        return _CLOSING_WORD.fullmatch(word) is not None and word not in self._lex.en_stop and word not in self._lex.en_not_person

    def _csv_name(self, value: str) -> bool:
        if value.isascii() and value.isupper():
            value = value.title()  # "SUPHAKON YIMYAM": exports and core banking write names in capitals
        if _EN_FULL_NAME.fullmatch(value):
            return not any(w in self._lex.en_stop for w in value.split(" "))
        if _TH_FULL.fullmatch(value) and not self._org_start(value):
            return True
        # One Thai word in a name column: a foreign name (หม่องมิน) passes the slot test, a Thai
        # given name alone (a school roster's ชุติยุทธ) its letters or the name lists.
        if value[:1] not in _NAME_CHARS:
            return False
        return self._slot_name(value, 0) == len(value) or self._given_cell(value)

    def _org_start(self, value: str) -> bool:
        """True when a name column's value opens like an organisation or place (บริษัท ไทยรุ่งเรือง,
        ร้านยาเภสัชกร, เชียงใหม่): the first word is such a word, or starts with one and its letters
        do not look like a given name. A name that merely starts with the same letters (ยา|ดานา, a
        Burmese name) is no organisation."""
        lex = self._lex
        first = value.split(" ", 1)[0]
        length = lex.not_name_place_index.longest(first)
        if not length:
            return False
        return length == len(first) or lex.given_shape.score(first) <= 0

    def _given_cell(self, value: str) -> bool:
        """True when one Thai word alone in a name column is a given name: no ordinary frequent
        word, organisation, verb or label, and listed or name-shaped."""
        lex = self._lex
        if (
            not 3 <= len(value) <= 12
            or not _WORD_START.match(value)
            or lex.freq.get(value, 0) >= FREQUENT_NAME
            or lex.starts_not_name(value)
            or lex.after_prefix(value)
            or value in lex.cues
            or value in lex.titles
        ):
            return False
        return self._is_list_name(value) or lex.given_shape.score(value) >= GIVEN_SHAPE_PAIR

    def _shapes(self, text: str, found: list) -> None:
        """Untitled names: "Given Surname" pairs and quoted names, judged by lists and letter shape."""
        covered = sorted((f[0], f[1]) for f in found)
        n_covered = len(covered)
        k = 0
        last = len(text) - 1
        bare_names3 = self._bare_names3
        bare_heads4 = self._bare_heads4
        name_chars = _NAME_CHARS
        seps, quotes, not_bare = _SEPS, _BEFORE_QUOTED, _NOT_BARE_AFTER
        find = text.find
        pos = 0
        # Most runs are ordinary words: the cheap tests (a separator and a next run, a quote
        # before, a list name's first three letters) come before any look-up.
        # The runs come as strings from findall, and each one's offset from str.find after the
        # previous run: a run is two letters or more, and between two runs only single letters
        # stand alone, so its first occurrence from there is the run itself. This saves a match
        # object and two method calls per run (finditer, span, group); a small saving.
        for run in _RUN2.findall(text):
            start = find(run, pos)
            length = len(run)
            end = pos = start + length
            if k < n_covered:
                while k < n_covered and covered[k][1] <= start:
                    k += 1
                if k < n_covered and covered[k][0] < end:
                    continue  # inside a name already found
            if length <= 24 and end < last and text[end] in seps and text[end + 1] in name_chars:
                hit = self._pair(text, run, start, end)
                if hit is None and run in _BURMESE_TH:
                    hit = self._burmese_untitled(text, start)
                if hit:
                    found.append(hit)
                    continue
            before = text[start - 1] if start else ""
            if length <= 12 and before in quotes and self._quoted(text, start):
                hit = self._quoted_name(text, run, start, end)
                if hit:
                    found.append(hit)
                    continue
            if (
                BARE
                and before not in not_bare
                and (run[:4] in bare_heads4 or run[:3] in bare_names3)
                and not _place_before(text, start)
            ):
                hit = self._bare(run, start)
                if hit and not self._in_word_list(text, start):
                    found.append(hit)

    @staticmethod
    def _quoted(text: str, start: int) -> bool:
        before = text[max(0, start - 2) : start].rstrip("\ufeff\u200b")
        return bool(before) and before[-1] in _QUOTES_OPEN

    def _quoted_name(self, text: str, run: str, start: int, end: int) -> tuple | None:
        """A headline-style quoted name: "สมชาย", "สมชาย ใจดี"."""
        lex = self._lex
        if lex.starts_not_name(run) or lex.after_prefix(run) or not _WORD_START.match(run):
            return None
        close = self._surname_at(text, end, False)
        closing = text[close : close + 2].lstrip("\ufeff\u200b")
        if not closing or closing[0] not in _QUOTES_CLOSE:
            return None
        if text[max(0, start - 4) : start - 1].rstrip().endswith(":") and _THING_OBJECT.search(
            text, max(0, start - 200), start
        ):
            return None  # {"bank": {"name": "ออมสิน"}}: a JSON value that names a thing
        frequency = lex.freq.get(run, 0)
        listed = run in lex.given_names and frequency < VERY_FREQUENT
        shaped = lex.given_shape.score(run) > 1.0 and frequency < VERY_FREQUENT
        if not (listed or shaped or (close > end and not lex.all_common(run))):
            return None
        return start, close, S_QUOTED, run

    def _pair(self, text: str, run: str, start: int, end: int) -> tuple | None:
        """ "Given Surname" without a title: a list or name-shaped given name, then a surname."""
        lex = self._lex
        cache = self._pair_cache
        judged = cache.get(run, _UNSEEN)
        if judged is _UNSEEN:
            if len(cache) >= 20_000:
                cache.clear()
            judged = cache[run] = self._pair_given(run)
        if judged is None:
            return None
        given, listed, known = judged
        given_start = end - len(given)
        surname_end = self._surname_at(text, end, strict=True)
        if surname_end == end:
            if known or not self._clear_given(given):
                return None
            surname_end = self._loose_surname_at(text, end, compound=True)
            if surname_end == end:
                return None
            return given_start, surname_end, S_PAIR_SHAPE, given
        surname = text[end + 1 : surname_end]
        family = surname in lex.family_names
        if (
            (not listed or given_start != start)
            and not (family or lex.family_shape.score(surname) > 1.0)
            and (known or not self._clear_given(given))
        ):
            return None  # weaker given-name evidence needs a clearer surname
        return given_start, surname_end, S_PAIR if (listed or family) else S_PAIR_SHAPE, given

    def _pair_given(self, run: str) -> tuple[str, bool, bool] | None:
        """The given-name half of :meth:`_pair`, which depends on the run alone (so it is
        remembered per run): (given name, listed, known), the given name being the run or a list
        name glued to its end, or None when the run cannot open a pair."""
        lex = self._lex
        given = run
        frequency = lex.freq.get(run, 0)
        listed = run in lex.given_names and frequency < FREQUENT_NAME
        known = run in lex.given_names and frequency < VERY_FREQUENT  # ทักษิณ: a word, but a name too
        if not known:
            tail = self._name_tail(run)
            if tail:
                given, listed, known = tail, True, True
        if known:
            if lex.starts_not_name(given) or (lex.after_prefix(given) and not listed):
                return None
        elif not self._pair_given_ok(run):
            # "ระหว่างธนากร ศรีประเสริฐพันธุ์", "ฝ่ายบุคคลเรียกชลิตา ภูมิวัฒนสกุล": a preposition or verb
            # glued to a name-shaped given name; _pair then asks for a clear surname, as for a tail.
            given = self._glued_given(run)
            if not given:
                return None
        return given, listed, known

    def _glued_given(self, run: str) -> str:
        """The name-shaped given name after ordinary words that end with a word of
        _GLUED_BEFORE_NAME (see :meth:`_glued_cuts`), or ""."""
        lex = self._lex
        for at, cut in self._glued_cuts(run, check_head=False):
            rest = run[cut:]
            # The cheap tests on the rest first: most runs that hold และ or กับ go on with
            # ordinary words; the split of the words before it is asked only after them.
            if rest in lex.common.words or lex.after_prefix(rest) or not _WORD_START.match(rest):
                continue
            if (at == 0 or lex.all_common(run[:at])) and self._pair_given_ok(rest):
                return rest
        return ""

    def _glued_cuts(self, run: str, check_head: bool = True) -> Iterator[tuple[int, int]]:
        """(start, end) of each preposition or verb of _GLUED_BEFORE_NAME in ``run`` that ordinary
        words precede (ระหว่าง|ธนากร, ฝ่ายบุคคลเรียก|ชลิตา) and three letters or more follow.
        Without ``check_head`` the words before it are not checked (the caller does, after
        cheaper tests)."""
        lex = self._lex
        for last, word in self._glued_index.iter(run):
            cut = last + 1
            at = cut - len(word)
            if len(run) - cut >= 3 and (not check_head or at == 0 or lex.all_common(run[:at])):
                yield at, cut

    def _pair_given_ok(self, word: str) -> bool:
        """True when ``word``, in no name list, may still open a pair: no ordinary word,
        organisation or verb, and letters shaped like a given name."""
        lex = self._lex
        return not (
            len(word) > 14
            or word in lex.common.words
            or lex.starts_not_name(word)
            or lex.after_prefix(word)
            or not _WORD_START.match(word)
            or lex.given_shape.score(word) <= GIVEN_SHAPE_PAIR
        )

    def _clear_given(self, run: str) -> bool:
        """ปุณภพ ตันเผ่า: a given name whose letters leave no doubt and that is no ordinary Thai
        vouches for a next word that is no ordinary Thai either (asked only when needed)."""
        lex = self._lex
        return lex.given_shape.score(run) >= PAIR_LOOSE_SHAPE and not lex.all_common(run)

    def _in_word_list(self, text: str, start: int) -> bool:
        """The word at ``start`` follows two ordinary words, one space apart: an item of a list of
        places or things ("โซน: สาทร สีลม อโศก ทองหล่อ"), where a given name alone is one of them."""
        before = _TWO_WORDS_BEFORE.search(text, max(0, start - 28), start)
        if before is None:
            return False
        lex = self._lex
        return all(w in lex.dictionary and w not in lex.given_names for w in before.groups())

    def _bare(self, run: str, start: int) -> tuple | None:
        """A list given name alone at the start of a word run: สมคิดเรียกประชุม, ทักษิณ."""
        lex = self._lex
        best = 0
        for length in reversed(self._bare_index.lengths(run)):
            word = run[:length]
            if word not in lex.dictionary or lex.given_shape.score(word) >= BARE_SHAPE:
                best = length
                break
        if not best:
            return None
        word = run[:best]
        if lex.starts_not_name(word) or lex.after_prefix(run) or lex.common_prefix(run) > best:
            return None
        rest = run[best:]
        if rest and not lex.after_prefix(rest):
            return None
        return start, start + best, S_BARE, word

    def _name_tail(self, run: str) -> str:
        """A list name glued to the end of ordinary words: หลังธนาธร -> ธนาธร, โดยมีมยุรี -> มยุรี."""
        if len(run) < 5 or not (run[-4:] in self._tail_ends4 or run[-3:] in self._tail_names3):
            return ""
        # Depends on the run only, and the same runs recur (a word before a space, a name):
        # remembered in a dictionary cleared when it grows large.
        cache = self._tail_cache
        tail = cache.get(run)
        if tail is None:
            if len(cache) >= 20_000:
                cache.clear()
            tail = cache[run] = self._name_tail_of(run)
        return tail

    def _name_tail_of(self, run: str) -> str:
        """:meth:`_name_tail` without the memo, for a run that passed its pre-filter."""
        lex = self._lex
        limit = min(len(run) - 2, lex.name_maxlen)
        # Rare list names that end the run, longest first: a prefix scan of the reversed run in
        # an index of reversed names, instead of a slice and look-ups for every length.
        for length in reversed(self._tail_index.lengths(run[::-1])):
            if length > limit:
                continue
            if length < 3:
                break
            head = run[:-length]
            if (
                lex.all_common(head)
                and lex.common_prefix(run, len(head)) <= length
                and not _place_before(head, len(head))
            ):
                return run[-length:]
        return ""

    def _propagate(self, text: str, found: list) -> None:
        """Bare later mentions of a given name already found with a title or cue in this text.

        A mention starts a word run (Thai has no spaces inside sentences, so the left edge is
        the run's) and ends the run or meets a word that follows names (วรรณากล่าวว่า).
        """
        lex = self._lex
        names = {
            g
            for _, _, score, g in found
            if g and len(g) >= 3 and score >= S_CUE and lex.freq.get(g, 0) < FREQUENT_NAME
        }
        if not names:
            return
        # Longest first: a run that starts with several names is judged on the longest. A
        # handful of names, each looked for with str.find (C speed), not a loop over every run.
        claimed: set[int] = set()
        for name in sorted(names, key=len, reverse=True):
            length = len(name)
            start = text.find(name)
            while start != -1:
                if (not start or text[start - 1] not in _NAME_CHARS) and start not in claimed:
                    claimed.add(start)
                    run = text[start : _RUN.match(text, start).end()]
                    if length == len(run) or lex.after_prefix(run, length):
                        found.append((start, start + length, S_PROPAGATED, name))
                start = text.find(name, start + length)

    def find(self, text: str) -> Iterator[Span]:
        spans = PersonRecognizer.found_in(text)
        if spans is None:
            if "  " in text and _THAI_WIDE_GAP.search(text):
                closed, origin = _closed_up(text)
                spans = tuple(
                    span._replace(start=origin[span.start], end=origin[span.end - 1] + 1)
                    for span in self._search(closed)
                )
            else:
                spans = tuple(self._search(text))
            PersonRecognizer._last = (text, spans)
        return iter(spans)

    def _search(self, text: str) -> Iterator[Span]:
        self._surname_memo = {}
        found: list[tuple] = []
        role_end = -1
        saw_role = False  # a post of _ROLES_TH among the cues (for "มี + name + post" below)
        title_cell = False  # a Thai title alone in a cell ("|นาย|"): see _title_cells
        for key_end, (kind, key, klass, key_len) in self._thai_keys.iter_long(text):
            if kind == "title":
                title_cell = title_cell or text[key_end + 1 : key_end + 2] in _CELL_DELIMITERS
                start = key_end + 1 - key_len
                after_role = start == role_end
                hit = self._titled(text, start, key, klass, key_end + 1, after_role)
                shorter = self._shorter_title.get(key)
                if hit is None and shorter and not _WORD_START.match(text, key_end + 1):
                    # นางสาวิณี is นาง + สาวิณี: a word never starts with a following vowel.
                    hit = self._titled(text, start, shorter, self._lex.titles[shorter], start + len(shorter))
                if hit is None and key in _NICK_TITLES:
                    hit = self._glued_nickname(text, start, key, key_end + 1)
            elif kind == "foreign":
                hit = self._foreign_th_name(text, key_end + 1 - key_len, key_end + 1)
            else:
                if klass == "role" and not saw_role and key.startswith(_ROLES_TH):
                    saw_role = True
                if klass != "strong" and text.startswith(_KHUN_AFTER_ROLE, key_end + 1):
                    # หัวหน้างานคุณวราเอื้อ, ญาติคุณ หลี: the title after the role noun owns the name.
                    role_end = key_end + 1 + (text[key_end + 1] == " ")
                    continue
                hit = self._cued(text, key, klass, key_end + 1)
                if klass != "strong" and _SLOT_GAP.match(text, key_end + 1) and (hit is None or hit[3]):
                    # The slot test also extends a given name the cue's test found alone
                    # (แต่งตั้ง อาซัน + ลาอาแว).
                    slot = self._slot_cued(text, key_end + 1 - key_len, key_end + 1)
                    if slot and (hit is None or (slot[0] == hit[0] and slot[1] > hit[1])):
                        hit = slot
                elif hit is None and klass == "strong" and text.startswith("\n", key_end + 1):
                    hit = self._label_line(text, key_end + 1 - key_len, key_end + 1)
            if hit:
                found.append(hit)
        if latin_stretches(text):  # a Latin letter (the stretches are cached for the passes below)
            self._english(text.translate(_FOLD_LATIN) if _ACCENTED_LATIN.search(text) else text, found)
            self._thai_after_english(text, found)
        if ("," in text or "\t" in text or ";" in text) and "\n" in text:
            self._csv(text, found)
        if "\n" in text:
            self._sign_offs(text, found)
            if "|" in text or "," in text or "\t" in text or ";" in text:
                self._table_names(text, found)
        if title_cell or (latin_stretches(text) and _LATIN_TITLE_CELL.search(text)):
            self._title_cells(text, found)
        if ", " in text or "," in text:
            self._inverted_names(text, found)
        if "ชื่อ" in text or "ผู้" in text or "เจ้าของ" in text or "มอบอำนาจ" in text or "ame" in text:
            self._label_value_names(text, found)
        if "VALUES" in text or "values" in text:
            self._sql(text, found)
        if "1. " in text or "1) " in text or "- " in text or "• " in text or "* " in text:  # lists
            self._list_items(text, found)
        has_role = saw_role or any(role in text for role in _ROLES_NOT_CUES)
        for match in _HAS_BEFORE_ROLE.finditer(text) if has_role else ():
            # "ฝ่ายนายจ้างมีภัทรา วงศ์ดี ผู้จัดการฝ่ายบุคคล": มี + a name + the person's post.
            hit = self._cued(text, "มี", "strong", match.start(1))
            if hit and hit[1] == match.end(1):
                found.append(hit)
        if ":" in text or "：" in text or "\n[" in text:  # (bracketed speakers need no colon)
            self._speakers(text, found)
            if "(" in text and latin_stretches(text):
                self._paren_speakers(text, found)
            if "(" in text:
                self._th_paren_speakers(text, found)
        if ":" in text or "[" in text or "- " in text or "* " in text or "• " in text:
            self._line_labels(text, found)
        self._class_nicknames(text, found)
        if "แซ่" in text:
            self._clan_surnames(text, found)
        if "ผู้" in text and (":" in text or "：" in text):
            self._person_labels(text, found)
        if "@" in text and "<" in text:
            self._mail_header_names(text, found)
        if "รับสาย" in text or "พูดสาย" in text or "ยินดีให้บริการ" in text or "ติดต่อจาก" in text or "โทรจาก" in text:
            self._agent_intros(text, found)
        # (The particles are looked for once for both passes: each test is a scan of the text.)
        polite = "ค่ะ" in text or "ครับ" in text
        if polite and ("หนู " in text or "ผม " in text or "ดิฉัน " in text):
            self._pronoun_intros(text, found)
        if polite or "ชื่อ" in text or "ผม" in text or "หนู" in text or "0" in text:
            self._chat_nicknames(text, found)
        if polite or "คะ" in text:
            for kin in _KIN_SELF.finditer(text):
                if self._kin_nickname(kin.group(1), kin.group(2), KIN_SELF_FREQ):
                    found.append((kin.start(1), kin.end(2), S_WEAK_CUE, kin.group(2)))
        if ":" in text or "：" in text:
            for kin in _KIN_SPEAKER.finditer(text):
                if self._kin_nickname(kin.group(1), kin.group(2), KIN_SELF_FREQ):
                    found.append((kin.start(2), kin.end(2), S_WEAK_CUE, kin.group(2)))
        self._shapes(text, found)
        if "(" in text:
            self._named_before_role(text, found)
            if found:
                self._aliases(text, found)
        if found and ("กับ" in text or "และ" in text):
            self._coordinated(text, found)
        if found and ("," in text or ";" in text or " and " in text):
            self._listed_after(text, found)
        if found and ('"' in text or "“" in text):
            self._quoted_nick_before(text, found)
        self._propagate(text, found)
        # A request about the news ("สรุปข่าวนี้", "summarise this news article") names public figures.
        news = bool(found) and names_office_holders(text)
        for start, end, score in _merge(found):
            if news and public_office_holder(text, start, end):
                continue  # a prime minister or a party leader in the news: a public figure
            if _COMPANY_AFTER.match(text, end):
                continue  # "Seller: Chanthaburi Fresh Fruit Co., Ltd.", "สมบูรณ์การค้า จำกัด": a firm
            first_word = text.find(" ", start, end)
            animal = _ANIMAL_AFTER.match(text, end) or (_ANIMAL.search(text, first_word, end) if first_word > 0 else None)
            if animal and not _ANIMAL_PERSON.match(text, animal.end()):
                # "น้องลัคกี้ (สุนัขพันธุ์ผสม)", "น้องโมจิ แมวเปอร์เซีย": a pet's name. (After the first
                # word only: น้องแมว is a person's nickname.)
                continue
            if text[end : end + 1] in _MASK_MARKS and (end - start <= 2 or text[end + 1 : end + 2] in _MASK_MARKS):
                continue  # "name=ส***** ท***": the visible letters of a masked name are no name (a footnote's one * is)
            yield Span("PERSON", start, end, score)


# An animal word in or right after a name makes it a pet's (a vet clinic's patient, a lost dog).
_ANIMAL = re.compile(
    r"สุนัข|แมว|กระต่าย|แฮมสเตอร์|(?<![ก-๙])นกแก้ว|ม้าแคระ"
    r"|(?i:(?<![a-z])(?:dog|puppy|cat|kitten|rabbit|hamster|parrot|canine|feline)s?(?![a-z]))"
)
# ... but not a person described by an animal ("Kanya Srisuk (cat owner)", "(dog walker)").
_ANIMAL_PERSON = re.compile(r"[ -]?(?i:owner|lover|sitter|walker|groomer|trainer|breeder|clinic|hospital|food)|เจ้าของ")
_ANIMAL_AFTER = re.compile(r"[ ]{0,2}[(\[]?[ ]?(?:" + _ANIMAL.pattern + ")")
# A company's legal form right after a name-shaped run makes it the company's name.
_COMPANY_AFTER = re.compile(
    r"[ ]?,?[ ](?:Co\.,?[ ]?Ltd|Co\.|Company\b|Ltd\b|Limited\b|Inc\b|Corp\b|Corporation\b|PLC\b|Public[ ]Company)"
    r"|[ ]?(?:จำกัด|จก\.)(?![ก-๙])"
)
# Two Thai words, one space apart, right before a position (_in_word_list).
_TWO_WORDS_BEFORE = re.compile(r"(?<![ก-๙])([ก-๙]{2,12}) ([ก-๙]{2,12}) \Z")
# Characters that mask the rest of a value in logs and exports.
_MASK_MARKS = frozenset("*•●＊")


def _merge(found: list[tuple]) -> list[tuple[int, int, float]]:
    """Union overlapping candidates; the merged span keeps the best score."""
    merged: list[list] = []
    for start, end, score, _ in sorted(found):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            last[1] = max(last[1], end)
            last[2] = max(last[2], score)
        else:
            merged.append([start, end, score])
    return [(int(s), int(e), float(sc)) for s, e, sc in merged]
