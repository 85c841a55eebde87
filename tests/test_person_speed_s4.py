"""Speed rewrites of the PERSON recognizer (session 4) must not change what it finds.

* ``_en_gates``: _EN_NAME_BEFORE_DOC and _EN_THAT_NAME run only when an automaton pass finds
  one of their keywords; the gate must open whenever the regex would match.
* ``_pair_given``: the given-name half of an untitled pair is remembered per run; answers with
  the memo must equal answers computed afresh.

The full check over the benchmark corpora (speed corpus, every development set, ThaiNER val)
is run by hand: see the session report.
"""

from __future__ import annotations

import random

import pytest

from pdpa_guard.detect.recognizers import person as P

_PARTS = [
    "Jane Roe", "Tom Orr", "Kanya Srisuk", "Ann Lee", " ", "  ", ", ", "\n", "(", ")", "passport no. AA123",
    "Passport", "PASSPORT#", "date of birth", "Date Of Birth", "DOB", "d.o.b", "D.O.B.", "do.b", "id card",
    "National ID", "หนังสือเดินทาง", "พาสปอร์ต", "reported that", "Reported", "said", "SAYS", "claims",
    "heard", "alleged that", "revealed", "posted", "wrote", "mentioned", "rumoured", "rumored", "confirmed",
    "admitted", "told me", "Told Us", "เป็นหนี้", "มีลูก", "ติดยา", "ป่วย", "for", "of", "named", ":",
    "\u017fays", "\u212aanya", "\u0130d card", "sa\u0131d", "นายสมชาย ใจดี", "สมศรี ทองดี", "ธนพล", "ที่",
    "said Jane Roe ", "reported that Tom Orr", "Told Me Kanya Srisuk", "heard Ann Lee", "ALLEGES Jane Roe ",
    "\"", "'", "กล่าวว่า", "ทักษิณ", "และ", "ธีรวัชร์ เพชรรัตนากร",
]  # fmt: skip


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PARTS) for _ in range(rng.randint(1, 12))) for _ in range(count)]


@pytest.fixture(scope="module")
def recognizer() -> P.PersonRecognizer:
    return P.PersonRecognizer()


def test_gates_open_whenever_the_gated_regexes_match(recognizer: P.PersonRecognizer) -> None:
    for text in _texts(41, 20_000):
        gates = recognizer._en_gates(text, text.lower())
        if P._EN_NAME_BEFORE_DOC.search(text):
            assert "doc" in gates, text
        if P._EN_THAT_NAME.search(text):
            assert "that" in gates, text


def test_gated_english_pass_finds_the_same_as_ungated(
    recognizer: P.PersonRecognizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(42, 600)
    gated = [list(recognizer.find(t)) for t in texts]
    monkeypatch.setattr(recognizer, "_en_gates", lambda text, lowered: {"doc", "that"})
    assert [list(recognizer.find(t)) for t in texts] == gated


def test_pair_memo_gives_the_answers_computed_afresh(recognizer: P.PersonRecognizer) -> None:
    texts = _texts(43, 600)
    recognizer.clear_caches()
    warm = [list(recognizer.find(t)) for t in texts]  # the memo fills as the texts recur
    cold = []
    for text in texts:
        recognizer.clear_caches()
        cold.append(list(recognizer.find(text)))
    assert warm == cold
    run = "ธีรวัชร์"
    assert recognizer._pair_given(run) == recognizer._pair_cache.get(run, recognizer._pair_given(run))
