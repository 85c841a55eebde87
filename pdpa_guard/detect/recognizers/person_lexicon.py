"""Word lists behind PERSON detection, loaded once: titles, cues, name lists, common words.

Everything comes from this package's ``data/person/`` files or from corpora that ship inside the
PyThaiNLP wheel (person_names_*_th.txt, family_names_th.txt, tnc_freq.txt, words_th.txt,
stopwords_th.txt, thailand_provinces_th.csv); nothing is downloaded.

The name lists are noisy: they hold ordinary words (ที่, หนึ่ง, วัน, สังคม, ...). So a name-list
hit is never trusted alone: it is weighed against the Thai National Corpus frequency of the same
string (``common``), and the recognizer asks for more evidence when a "name" is also a common word.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import ClassVar

import ahocorasick

# Thai letters, vowels and tone marks: the characters a Thai name is made of. Excludes Thai
# digits, ฯ (abbreviation mark: นายกฯ), ๆ (repetition mark) and ฿.
THAI_NAME_CHARS = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e"

_DATA = Path(__file__).resolve().parent.parent / "data" / "person"

# A TNC frequency at or above this makes a string a "common word" for the checks below.
COMMON_FREQ = 40


class PrefixIndex:
    """A word set that answers "which words start here" with one C call and one look-up.

    A pyahocorasick trie (no automaton links needed) gives, in C, the depth ``d`` of the deepest
    trie path that ``text[start:]`` follows; every listed word ``text[start:]`` starts with is a
    prefix of those ``d`` letters. A table maps each such path to the lengths of the words along
    it, so a scan is one slice, one C call and one dict look-up instead of a Python loop over
    every length (4x faster on a hit, as fast on a miss; these scans are a third of PERSON time).
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        trie = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        # Lengths of the words along each trie path, shortest first; a path extends its parent's.
        paths: dict[str, tuple[int, ...]] = {"": ()}
        for word in sorted(self.words):  # sorted: a word's prefixes come before it
            if not word:
                continue  # never found: a scan looks at one letter or more
            trie.add_word(word, 1)
            for i in range(1, len(word) + 1):
                prefix = word[:i]
                if prefix not in paths:
                    paths[prefix] = paths[prefix[:-1]]
            paths[word] = (*paths[word[:-1]], len(word))
        self._paths = paths
        self._depth = trie.longest_prefix
        self._maxlen = max((len(w) for w in self.words), default=0)
        # The first and the last two letters of every word of two letters or more: a text that
        # splits into listed words starts and ends with one of them (all_common's quick reject).
        self.heads2 = frozenset(w[:2] for w in self.words if len(w) >= 2)
        self.ends2 = frozenset(w[-2:] for w in self.words if len(w) >= 2)
        self.shortest = min((len(w) for w in self.words), default=0)

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def longest(self, text: str, start: int = 0) -> int:
        """Length of the longest word that ``text[start:]`` starts with (0 if none)."""
        depth = self._depth(text[start : start + self._maxlen])
        if not depth:
            return 0
        found = self._paths[text[start : start + depth]]
        return found[-1] if found else 0

    def lengths(self, text: str, start: int = 0) -> tuple[int, ...]:
        """Lengths of every word that ``text[start:]`` starts with, shortest first."""
        depth = self._depth(text[start : start + self._maxlen])
        return self._paths[text[start : start + depth]] if depth else ()

    def starts(self, text: str) -> bool:
        """True when ``text`` starts with a listed word (``text.startswith(words)`` in one step)."""
        depth = self._depth(text[: self._maxlen])
        return bool(depth) and bool(self._paths[text[:depth]])


class WordGrams:
    """Character n-gram counts of the Thai National Corpus vocabulary (the "ordinary word" side)."""

    def __init__(self, words: Iterable[str]) -> None:
        counts = Counter(g for w in words for g in NameShape.grams(w))
        self.logs = {g: math.log(c + 0.5) for g, c in counts.items()}
        self.total = sum(counts.values())


class NameShape:
    """How much a Thai word looks like a name rather than an ordinary word, from its letters.

    A character n-gram (1-4) naive Bayes model: "names" are one of PyThaiNLP's name lists, "words"
    the Thai National Corpus vocabulary. The score is the mean log-likelihood ratio per character:
    above 0 the letters look more like a name (-ศักดิ์, -พงษ์, -วงศ์, -ชัย, final ์) than like
    ordinary Thai. It generalises to names in no list, which the lists alone cannot do, and is
    built in a fraction of a second from wheel-shipped corpora, so no model file is shipped.
    """

    ORDER = 4

    def __init__(self, names: Iterable[str], words: WordGrams) -> None:
        counts = Counter(g for n in names for g in self.grams(n))
        name_logs = {g: math.log(c + 0.5) for g, c in counts.items()}
        word_logs = words.logs
        half = _LOG_HALF
        # Each gram's term of the score, name side minus word side, computed once here rather
        # than as two look-ups and a subtraction per gram of every word scored (the floats are
        # the very same ones). A gram on neither side adds half - half = 0.0.
        self._ratios = {g: name_logs.get(g, half) - word_logs.get(g, half) for g in name_logs.keys() | word_logs.keys()}
        vocab = len(counts.keys() | words.logs.keys())
        self._name_norm = math.log(sum(counts.values()) + 0.5 * vocab)
        self._word_norm = math.log(words.total + 0.5 * vocab)
        self._cache: dict[str, float] = {}

    def clear_cache(self) -> None:
        """Forget the memoised scores (a benchmark's cold pass must not start with them)."""
        self._cache.clear()

    # The slices that cut a padded word of each length into its grams, in grams' order: a
    # ready slice object per gram saves building one from two indexes every time.
    _SLICES: ClassVar[dict[int, tuple[slice, ...]]] = {}

    @classmethod
    def grams(cls, word: str) -> list[str]:
        padded = f"^{word}$"
        slices = cls._SLICES.get(len(padded))
        if slices is None:
            slices = cls._SLICES[len(padded)] = tuple(
                slice(i, i + n) for n in range(1, cls.ORDER + 1) for i in range(len(padded) - n + 1)
            )
        return list(map(padded.__getitem__, slices))

    def score(self, word: str) -> float:
        """Mean log-likelihood ratio per character: > 0 looks like a name. Cached per word."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        if not word:
            return -10.0
        grams = self.grams(word)
        # (map over dict.get: no Python frame per gram; sum adds the same floats in the same order.)
        total = sum(map(self._ratios.get, grams, repeat(0.0)))
        value = (total - (self._name_norm - self._word_norm) * len(grams)) / (len(word) + 1)
        if len(self._cache) >= 50_000:
            self._cache.clear()
        self._cache[word] = value
        return value


_LOG_HALF = math.log(0.5)

# ---------------------------------------------------------------- romanised Thai names
ROMANISED_SHAPE_FILE = "romanised_shape.tsv"
# Popular spellings beside the Royal Institute system that PyThaiNLP's romaniser writes: Jaidee
# for "Chaidi", Boonsong for "Bunsong", Pornthip for "Phonthip", Kittisak for "Khittisak".
_SPELLING_VARIANTS = (
    ("ch", "j"),
    ("ph", "p"),
    ("kh", "k"),
    ("th", "t"),
    ("u", "oo"),
    ("ue", "u"),
    ("oe", "er"),
    ("phon", "porn"),
)
_POPULAR_ENDINGS = (("i", "ee"), ("on", "orn"))


def _spellings(word: str) -> set[str]:
    """Other common romanisations of a royin-romanised ``word`` (one change each, plus a mix)."""
    out = {word.replace(a, b) for a, b in _SPELLING_VARIANTS if a in word}
    for a, b in _POPULAR_ENDINGS:
        if word.endswith(a):
            out.add(word[: -len(a)] + b)
    # All the popular habits at once: Jaidee (ใจดี, royin "chaidi"), Boonporn.
    mixed = word.replace("phon", "porn").replace("bun", "boon")
    mixed = "j" + mixed[2:] if mixed.startswith("ch") else mixed
    out.add(mixed[:-1] + "ee" if mixed.endswith("i") else mixed)
    out.discard(word)
    return out


def _romanised_names() -> list[str]:
    """PyThaiNLP's Thai given names and surnames, romanised (royin, offline), with spelling variants."""
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names
    from pythainlp.transliterate import romanize

    latin = re.compile("[a-z]{2,}")
    names: set[str] = set()
    for thai in sorted(set(thai_female_names()) | set(thai_male_names()) | set(thai_family_names())):
        roman = romanize(thai, engine="royin").strip().lower()
        if latin.fullmatch(roman):  # royin leaves some vowels unconverted: those are dropped
            names.add(roman)
            names.update(_spellings(roman))
    return sorted(names)


def _english_words() -> list[str]:
    """English vocabulary, lower-cased: the words of Python's standard library (docstrings,
    comments, identifiers seen 3+ times), Faker's en_US word lists (lorem, jobs, company slogans,
    street and city words, English given names and surnames) and the English side of PyThaiNLP's
    transliteration dictionary. Capitalised English words, product and place words look like this."""
    import glob
    import sysconfig

    from faker.providers.address.en_US import Provider as Address
    from faker.providers.company.en_US import Provider as Company
    from faker.providers.job.en_US import Provider as Job
    from faker.providers.lorem.en_US import Provider as Lorem
    from faker.providers.person.en_US import Provider as Person
    from pythainlp.corpus.th_en_translit import get_transliteration_dict

    word = re.compile(r"(?<![A-Za-z_])[A-Za-z]{3,}(?![A-Za-z_0-9])")
    counts: Counter[str] = Counter()
    stdlib = sysconfig.get_paths()["stdlib"]
    for path in sorted(glob.glob(f"{stdlib}/**/*.py", recursive=True)):
        if "/test" in path or "idlelib" in path:
            continue
        try:
            source = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        counts.update(w.lower() for w in word.findall(source))
    words = {w for w, c in counts.items() if c >= 3}
    phrases: list[str] = [
        *Lorem.word_list,
        *Job.jobs,
        *(w for group in Company.catch_phrase_words for w in group),
        *(w for group in Company.bsWords for w in group),
        *Address.street_suffixes,
        *Address.city_suffixes,
        *Address.city_prefixes,
        *Address.states,
        *Address.countries,
        *Person.first_names,
        *Person.last_names,
    ]
    for entry in get_transliteration_dict().values():
        phrases.extend(str(v) for v in entry.get("en", []) if v)
    for phrase in phrases:
        words.update(w.lower() for w in re.findall("[A-Za-z]{2,}", phrase))
    return sorted(words)


def build_romanised_shape() -> str:
    """The table behind :class:`RomanisedShape`, as TSV text (gram, log-likelihood ratio).

    Character 1-4-grams of romanised Thai names against English words, scored like
    :class:`NameShape`. Romanising 21,000 names takes seconds, so this runs once, offline, and
    its output is shipped as ``data/person/romanised_shape.tsv``; regenerate it with
    ``python -m pdpa_guard.detect.recognizers.person_lexicon``. Grams seen once on one side only
    are left out (they fall back to the default, which keeps the file small).
    """
    names = Counter(g for n in _romanised_names() for g in NameShape.grams(n))
    words = Counter(g for w in _english_words() for g in NameShape.grams(w))
    vocab = len(names.keys() | words.keys())
    norm = math.log(sum(names.values()) + 0.5 * vocab) - math.log(sum(words.values()) + 0.5 * vocab)
    default = _LOG_HALF - _LOG_HALF - norm
    lines = [
        "# Romanised Thai name shape: character n-gram log-likelihood ratios, names vs English words.",
        "# Generated by pdpa_guard.detect.recognizers.person_lexicon.build_romanised_shape; do not edit.",
        f"#default\t{default:.3f}",
    ]
    for gram in sorted(names.keys() | words.keys()):
        n, w = names.get(gram, 0), words.get(gram, 0)
        if n + w < 2:
            continue
        lines.append(f"{gram}\t{math.log(n + 0.5) - math.log(w + 0.5) - norm:.2f}")
    return "\n".join(lines) + "\n"


class RomanisedShape:
    """How much a Latin-script word looks like a romanised Thai name rather than English.

    Mean log-likelihood ratio per character of its character 1-4-grams (the table built by
    :func:`build_romanised_shape`): Srisuk, Wongsakul, Kittiphong score well above 0; Premium,
    Done, Hospital, Express well below. Place names are romanised Thai too (Nakhon, Phrao): the
    recognizer rules them out by word lists, not by shape.
    """

    def __init__(self, table: dict[str, float], default: float) -> None:
        self._table = table
        self._default = default
        self._cache: dict[str, float] = {}

    def clear_cache(self) -> None:
        """Forget the memoised scores (a benchmark's cold pass must not start with them)."""
        self._cache.clear()

    @classmethod
    def load(cls, path: Path | None = None) -> RomanisedShape:
        table: dict[str, float] = {}
        default = 0.0
        for line in (path or _DATA / ROMANISED_SHAPE_FILE).read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("\t")
            if key == "#default":
                default = float(value)
            elif value and not key.startswith("# "):
                table[key] = float(value)
        return cls(table, default)

    def score(self, word: str) -> float:
        """Mean log-likelihood ratio per character: > 0 looks like a romanised Thai name. Cached."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        lowered = word.lower()
        grams = NameShape.grams(lowered)
        # (map over dict.get rather than a generator: the same floats, summed in the same order.)
        value = sum(map(self._table.get, grams, repeat(self._default))) / (len(lowered) + 1) if lowered else -10.0
        if len(self._cache) >= 50_000:
            self._cache.clear()
        self._cache[word] = value
        return value


@dataclass(frozen=True, slots=True)
class PersonLexicon:
    """Read-only sets and tables the recognizer consults."""

    titles: dict[str, str]  # title -> strong | medium | weak
    cues: dict[str, str]  # Thai cue -> strong | weak
    en_cues: frozenset[str]
    en_stop: frozenset[str]  # capitalised words that are not name parts
    en_roles: frozenset[str]  # role nouns that may precede a name without a colon
    en_person_before: frozenset[str]  # words after which a romanised Thai name is a person's
    en_not_person: frozenset[str]  # capitalised words of organisations, places, things
    provinces_en: frozenset[tuple[str, ...]]  # English province names, lower-cased words
    romanised_shape: RomanisedShape
    given_names: frozenset[str]
    foreign_given: frozenset[str]  # foreign given names in Thai script (th_foreign_given.txt)
    family_names: frozenset[str]
    freq: dict[str, int]  # TNC unigram frequency
    dictionary: frozenset[str]  # PyThaiNLP's Thai word list
    common: PrefixIndex  # TNC words at or above COMMON_FREQ, plus stopwords
    after_name: PrefixIndex  # words that end a name: roles, verbs, function words
    after_heads: frozenset[str]  # the first two letters of each of them
    not_name_start: tuple[str, ...]  # organisation / place / thing words
    provinces: tuple[str, ...]
    not_name_index: PrefixIndex  # not_name_start, as an index
    not_name_place_index: PrefixIndex  # not_name_start and provinces
    title_words: dict[str, frozenset[str]]  # title -> dictionary words that start with it
    title_compounds: dict[str, frozenset[str]]  # title -> dictionary words that end with it
    name_maxlen: int
    given_index: PrefixIndex
    given_shape: NameShape
    family_shape: NameShape

    def common_prefix(self, text: str, start: int = 0) -> int:
        return self.common.longest(text, start)

    def name_prefix(self, text: str, start: int = 0) -> int:
        return self.given_index.longest(text, start)

    def rare_name_prefix(self, text: str, start: int = 0, frequent: int = 300) -> int:
        """Like :meth:`name_prefix`, skipping list "names" that are frequent words (ที่, ใหม่)."""
        for length in reversed(self.given_index.lengths(text, start)):
            if length >= 2 and self.freq.get(text[start : start + length], 0) < frequent:
                return length
        return 0

    def after_prefix(self, text: str, start: int = 0) -> int:
        """Length of a word that ends names (กล่าว, ได้, อายุ) at ``text[start:]``, or 0.

        Not when a longer name word starts there: แก้ is a verb, but แก้ว is a name part.
        """
        if text[start : start + 2] not in self.after_heads:
            return 0  # the common case, without a scan (every such word has 2+ letters)
        length = self.after_name.longest(text, start)
        if length:
            longer = self.common.longest(text, start)
            if longer > length:
                word = text[start : start + longer]
                if word in self.given_names or word in self.family_names:
                    return 0
        return length

    def all_common(self, text: str) -> bool:
        """True when ``text`` splits entirely into common words (so it reads as ordinary Thai)."""
        n = len(text)
        if n == 0:
            return True
        # Every common word has two letters or more, so a split must start with the first two
        # letters of one and end with the last two of one: most names fail this at once,
        # before the search below (which explores every split of a name before giving up).
        common = self.common
        if common.shortest >= 2 and (text[:2] not in common.heads2 or text[-2:] not in common.ends2):
            return False
        return self.splits_into_common(text)

    def splits_into_common(self, text: str) -> bool:
        """:meth:`all_common` without its first/last-two-letters reject: the search itself."""
        # Depth first, longest word first: ordinary Thai usually splits on the first try, so
        # the search stops long before every reachable position has been scanned.
        n = len(text)
        if n == 0:
            return True
        lengths = self.common.lengths
        stack = [0]
        seen = {0}
        while stack:
            i = stack.pop()
            for length in lengths(text, i):  # shortest first, so the longest is popped first
                j = i + length
                if j == n:
                    return True
                if j not in seen:
                    seen.add(j)
                    stack.append(j)
        return False

    def starts_not_name(self, text: str, provinces: bool = True) -> bool:
        """True when ``text`` starts like an organisation, place or thing rather than a name.

        A title before a province name makes it a given name (นายสุรินทร์), so callers that
        have seen a title pass ``provinces=False``.
        """
        # Prefix-index scans, not str.startswith over ~350 words (a third of the cost).
        return (self.not_name_place_index if provinces else self.not_name_index).starts(text)


def _data_lines(name: str) -> list[str]:
    path = _DATA / name
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


def _classed(name: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _data_lines(name):
        klass, _, value = line.partition("\t")
        table[value.strip()] = klass.strip()
    return table


@cache
def load_lexicon() -> PersonLexicon:
    """Build the lexicon (about a quarter of a second); cached for the process."""
    from pythainlp.corpus import (
        provinces,
        thai_family_names,
        thai_female_names,
        thai_male_names,
        thai_stopwords,
        thai_words,
    )
    from pythainlp.corpus.tnc import unigram_word_freqs

    titles = _classed("titles_th.txt")
    cues = _classed("cues.txt")
    en_cues = frozenset(c.lower() for c in _data_lines("en_cues.txt"))
    freq = dict(unigram_word_freqs())
    stopwords = frozenset(thai_stopwords())
    thai_word = re.compile(f"[{THAI_NAME_CHARS}]{{2,}}")
    dictionary = frozenset(thai_words())
    # TNC tokens include fragments (นน, กน, วนา); a common word must also be in the dictionary
    # unless it is very frequent.
    common = frozenset(
        {
            w
            for w, c in freq.items()
            if c >= COMMON_FREQ and thai_word.fullmatch(w) and (w in dictionary or c >= 1000)
        }
        | {w for w in stopwords if len(w) >= 2}
    )
    given = frozenset(n for n in thai_female_names() | thai_male_names() if len(n) >= 2)
    family = frozenset(n for n in thai_family_names() if len(n) >= 2)
    after = frozenset(w for w in _data_lines("after_name.txt") if len(w) >= 2)
    province_names = frozenset(provinces())
    not_start = tuple(sorted(set(_data_lines("not_name_start.txt")), key=len, reverse=True))

    title_set = set(titles)
    plain = {t for t in titles if "." not in t}
    lengths = sorted({len(t) for t in plain})
    starts: dict[str, set[str]] = {t: set() for t in plain}
    ends: dict[str, set[str]] = {t: set() for t in plain}
    # Dictionary words that start with a title (นายก, คุณภาพ) or end with one (ขอบคุณ, ทำนาย);
    # frequent TNC words matter most and the dictionary lacks some of them.
    frequent = [w for w, c in freq.items() if c >= COMMON_FREQ]
    for w in (*dictionary, *frequent, *_data_lines("title_posts.txt")):
        if " " in w or w in title_set:
            continue
        for n in lengths:
            if n >= len(w):
                break
            if w[:n] in plain:
                starts[w[:n]].add(w)
            if w[-n:] in plain:
                ends[w[-n:]].add(w)
    word_grams = WordGrams(w for w in freq if thai_word.fullmatch(w))
    return PersonLexicon(
        titles=titles,
        cues=cues,
        en_cues=en_cues,
        en_stop=frozenset(w for line in _data_lines("en_stop.txt") for w in line.split()),
        en_roles=frozenset(w for line in _data_lines("en_roles.txt") for w in line.split()),
        en_person_before=frozenset(
            w.lower() for line in _data_lines("en_person_before.txt") for w in line.split()
        ),
        en_not_person=frozenset(w for line in _data_lines("en_not_person.txt") for w in line.split()),
        provinces_en=frozenset(
            tuple(p["name_en"].lower().replace("-", " ").split())
            for p in provinces(details=True)
            if p["name_en"]
        ),
        romanised_shape=RomanisedShape.load(),
        given_names=given,
        foreign_given=frozenset(
            w for line in _data_lines("th_foreign_given.txt") for w in line.split() if len(w) >= 3
        ),
        family_names=family,
        freq=freq,
        dictionary=dictionary,
        common=PrefixIndex(common),
        after_name=PrefixIndex(after),
        after_heads=frozenset(w[:2] for w in after),
        not_name_start=not_start,
        provinces=tuple(sorted(province_names, key=len, reverse=True)),
        not_name_index=PrefixIndex(not_start),
        not_name_place_index=PrefixIndex((*not_start, *province_names)),
        title_words={t: frozenset(v) for t, v in starts.items()},
        title_compounds={t: frozenset(v) for t, v in ends.items()},
        name_maxlen=max(len(n) for n in given),
        given_index=PrefixIndex(given),
        given_shape=NameShape(given, word_grams),
        family_shape=NameShape(family, word_grams),
    )


def main() -> None:
    """Regenerate the shipped romanised-name table (needs Faker, a test dependency)."""
    path = _DATA / ROMANISED_SHAPE_FILE
    path.write_text(build_romanised_shape(), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
