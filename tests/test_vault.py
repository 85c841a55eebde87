"""The vault: placeholders the model sees, originals restored in its answer (streamed or not).

Every value here is fabricated (national IDs have computed checksums, names are invented).
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.th import pin

from pdpa_guard.anonymise import apply_all
from pdpa_guard.detect.catalogue import ENTITY_TYPES
from pdpa_guard.detect.finding import Finding
from pdpa_guard.detect.text import fold_digits
from pdpa_guard.surrogates import surrogate
from pdpa_guard.vault import Vault, json_escape

NAME = "นายสมปอง ทดสอบดี"
PHONE = "081-234-5678"
NID = "1-1017-00230-70-8"
EMAIL = 'som."pong"@example.co.th'  # a quote, so JSON escaping matters
CARD = "4532 0151 1283 0366"


def find(text: str, value: str, entity_type: str, score: float = 0.9) -> list[Finding]:
    """A finding for every occurrence of ``value`` in ``text``."""
    return [Finding(entity_type, m.start(), m.end(), score) for m in re.finditer(re.escape(value), text)]


def findings_for(text: str, **values: str) -> list[Finding]:
    found = [f for entity_type, value in values.items() for f in find(text, value, entity_type)]
    return sorted(found, key=lambda f: f.start)


PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*_[0-9]+>")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (f"ติดต่อ {NAME} โทร {PHONE}", {"PERSON": NAME, "PHONE_NUMBER": PHONE}),
        (f"{NID}{NID} และ {NID}", {"TH_NATIONAL_ID": NID}),  # glued repeats, Thai without spaces
        (f"mail {EMAIL}, card {CARD}.", {"EMAIL_ADDRESS": EMAIL, "CREDIT_CARD": CARD}),
        (f"{PHONE}", {"PHONE_NUMBER": PHONE}),  # the whole text is a value
        ("ไม่มีข้อมูลส่วนบุคคล", {}),
    ],
)
def test_round_trip_and_placeholder_shape(text: str, values: dict[str, str]) -> None:
    vault = Vault()
    rewrite = vault.pseudonymise("c", text, findings_for(text, **values))
    for value in values.values():
        assert value not in rewrite.text
    for replacement in rewrite.replacements:
        token = rewrite.text[replacement.new_start : replacement.new_end]
        assert PLACEHOLDER.fullmatch(token)
        assert token.startswith(f"<{replacement.entity_type}_")
    assert vault.restore("c", rewrite.text) == text


def test_same_value_same_placeholder_across_segments_and_requests() -> None:
    vault = Vault()
    first = vault.pseudonymise("c", f"คุณ {NAME} โทรมา", find(f"คุณ {NAME} โทรมา", NAME, "PERSON"))
    segments = [(t, find(t, NAME, "PERSON")) for t in (f"{NAME}?", f"ตอบ {NAME} ว่า")]
    later = apply_all(segments, lambda f: "pseudonymise", vault, "c")
    tokens = {r.text[x.new_start : x.new_end] for r in (first, *later) for x in r.replacements}
    assert tokens == {"<PERSON_1>"}
    # Another conversation has its own numbering and cannot restore this one's tokens.
    other = vault.pseudonymise(
        "d", f"{PHONE} {NAME}", findings_for(f"{PHONE} {NAME}", PERSON=NAME, PHONE_NUMBER=PHONE)
    )
    assert other.text == "<PHONE_NUMBER_1> <PERSON_1>"
    assert vault.restore("d", "<PERSON_1>") == NAME
    assert vault.restore("nobody", "<PERSON_1>") == "<PERSON_1>"


def test_different_values_of_a_type_are_numbered() -> None:
    vault = Vault()
    text = "นายหนึ่ง นายสอง นายหนึ่ง"
    found = sorted(find(text, "นายหนึ่ง", "PERSON") + find(text, "นายสอง", "PERSON"), key=lambda f: f.start)
    assert vault.pseudonymise("c", text, found).text == "<PERSON_1> <PERSON_2> <PERSON_1>"


def test_entity_filter_keeps_other_types() -> None:
    vault = Vault()
    text = f"{NAME} {PHONE}"
    found = findings_for(text, PERSON=NAME, PHONE_NUMBER=PHONE)
    assert (
        vault.pseudonymise("c", text, found, entity_filter={"PHONE_NUMBER"}).text
        == f"{NAME} <PHONE_NUMBER_1>"
    )
    assert vault.pseudonymise("c", text, found, entity_filter=lambda f: f.entity_type == "PERSON").text == (
        f"<PERSON_1> {PHONE}"
    )


@pytest.mark.parametrize(
    "literal",
    ["<PERSON_1>", "\\u003cPERSON_1\\u003e", "\\u003CPERSON_1\\u003E"],
)
def test_never_issues_a_placeholder_already_in_the_prompt(literal: str) -> None:
    vault = Vault()
    text = f"แม่แบบ {literal} ส่งให้ {NAME}"
    rewrite = vault.pseudonymise("c", text, find(text, NAME, "PERSON"))
    assert rewrite.text == f"แม่แบบ {literal} ส่งให้ <PERSON_2>"
    assert vault.restore("c", "<PERSON_1> / <PERSON_2>") == f"<PERSON_1> / {NAME}"
    assert vault.restore("c", rewrite.text) == text


def test_placeholder_in_another_segment_is_not_issued() -> None:
    vault = Vault()
    segments = [(f"ถึง {NAME}", find(f"ถึง {NAME}", NAME, "PERSON")), ("ใช้ <PERSON_1> แทนชื่อ", [])]
    rewrites = apply_all(segments, lambda f: "pseudonymise", vault, "c")
    assert rewrites[0].text == "ถึง <PERSON_2>"
    assert vault.restore("c", "<PERSON_1>") == "<PERSON_1>"


def test_issued_placeholder_seen_in_a_later_prompt_is_withdrawn() -> None:
    vault = Vault()
    assert vault.pseudonymise("c", NAME, find(NAME, NAME, "PERSON")).text == "<PERSON_1>"
    text = f"{NAME} เขียนแม่แบบ <PERSON_1>"
    rewrite = vault.pseudonymise("c", text, find(text, NAME, "PERSON"))
    assert rewrite.text == "<PERSON_2> เขียนแม่แบบ <PERSON_1>"
    assert vault.restore("c", rewrite.text) == text


def test_restore_tolerates_repeats_and_unknown_placeholders() -> None:
    vault = Vault()
    vault.pseudonymise("c", PHONE, find(PHONE, PHONE, "PHONE_NUMBER"))
    answer = (
        "<PHONE_NUMBER_1>, again <PHONE_NUMBER_1><PHONE_NUMBER_1> but not <PHONE_NUMBER_2> or <PHONE_NUMBER_1"
    )
    assert vault.restore("c", answer) == (
        f"{PHONE}, again {PHONE}{PHONE} but not <PHONE_NUMBER_2> or <PHONE_NUMBER_1"
    )


def html_safe_dumps(obj: object) -> str:
    """JSON as OpenAI and Go encoders write it: < and > as \\u003c and \\u003e."""
    return json.dumps(obj).replace("<", "\\u003c").replace(">", "\\u003e")


@pytest.mark.parametrize("dumps", [json.dumps, html_safe_dumps])
def test_restore_in_raw_json_escapes_the_value(dumps) -> None:
    vault = Vault()
    vault.pseudonymise("c", EMAIL, find(EMAIL, EMAIL, "EMAIL_ADDRESS"))
    body = dumps({"content": "mail <EMAIL_ADDRESS_1> now"})
    assert json.loads(vault.restore("c", body, json_level=1)) == {"content": f"mail {EMAIL} now"}
    # Tool-call arguments: JSON inside a JSON string.
    arguments = dumps({"to": "<EMAIL_ADDRESS_1>", "cc": ["<EMAIL_ADDRESS_1>"]})
    raw = dumps({"tool_calls": [{"function": {"arguments": arguments}}]})
    restored = json.loads(vault.restore("c", raw, json_level=2))
    assert json.loads(restored["tool_calls"][0]["function"]["arguments"]) == {"to": EMAIL, "cc": [EMAIL]}
    # The decoded arguments string is JSON text itself: level 1.
    assert json.loads(vault.restore("c", arguments, json_level=1)) == {"to": EMAIL, "cc": [EMAIL]}


def test_plain_text_restore_ignores_escaped_forms() -> None:
    vault = Vault()
    vault.pseudonymise("c", PHONE, find(PHONE, PHONE, "PHONE_NUMBER"))
    assert vault.restore("c", "\\u003cPHONE_NUMBER_1\\u003e") == "\\u003cPHONE_NUMBER_1\\u003e"
    with pytest.raises(ValueError):
        vault.restore("c", "x", json_level=9)


def test_json_escape_levels() -> None:
    assert json.loads('"' + json_escape('a"b\\c', 1) + '"') == 'a"b\\c'
    assert json.loads('"' + json.loads('"' + json_escape('a"b', 2) + '"') + '"') == 'a"b'


# -- streaming


def stream(vault: Vault, conversation: str, chunks: list[str], json_level: int = 0) -> str:
    restorer = vault.stream_restorer(conversation, json_level=json_level)
    out = [restorer.feed(chunk) for chunk in chunks]
    return "".join(out) + restorer.flush()


@pytest.mark.parametrize("json_level", [0, 1, 2])
def test_stream_placeholder_split_at_every_position(json_level: int) -> None:
    vault = Vault()
    vault.pseudonymise("c", NID, find(NID, NID, "TH_NATIONAL_ID"))
    forms = {"<TH_NATIONAL_ID_1>"} | ({"\\u003cTH_NATIONAL_ID_1\\u003e"} if json_level else set())
    for form in forms:
        answer = f"เลข {form}. {form}"
        whole = vault.restore("c", answer, json_level=json_level)
        assert json_escape(NID, json_level) in whole
        assert form not in whole
        for cut in range(len(answer) + 1):
            assert stream(vault, "c", [answer[:cut], answer[cut:]], json_level) == whole
        assert stream(vault, "c", list(answer), json_level) == whole


def test_stream_holds_back_only_a_possible_placeholder() -> None:
    vault = Vault()
    vault.pseudonymise("c", PHONE, find(PHONE, PHONE, "PHONE_NUMBER"))
    restorer = vault.stream_restorer("c")
    assert restorer.feed("โทร <PHONE_") == "โทร "
    assert restorer.pending == len("<PHONE_")
    assert restorer.feed("NUMBER_1> แล้ว <b>") == f"{PHONE} แล้ว <b>"
    assert restorer.feed("a < b <") == "a < b "  # "< b" cannot grow into a placeholder, "<" can
    assert restorer.pending == 1
    assert restorer.feed(" c <NOT_A_PLACEHOLDER") == "< c "
    assert restorer.flush() == "<NOT_A_PLACEHOLDER"
    big = "ข้อความยาว " * 10_000
    assert restorer.feed(big) == big and restorer.pending == 0  # no buffering of the whole stream


# -- properties (hypothesis)

FRAGMENTS = [
    "a",
    " ",
    "<",
    ">",
    "_",
    "1",
    "P",
    "PERSON",
    "\\",
    "u003c",
    "u003e",
    '"',
    "สม",
    "ชาย",
    "<PERSON_1>",
    "\n",
]
TYPES = [*ENTITY_TYPES, "weird-type", "ชื่อ", "_9"]


@st.composite
def texts_with_findings(draw: st.DrawFn, overlapping: bool = False) -> tuple[str, list[Finding]]:
    text = "".join(draw(st.lists(st.sampled_from(FRAGMENTS), max_size=30)))
    if overlapping:
        bounds = st.integers(0, len(text))
        pairs = draw(st.lists(st.tuples(bounds, bounds), max_size=6))
        spans = [(min(a, b), max(a, b)) for a, b in pairs]
    else:
        cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=10)))
        spans = list(zip(cuts[::2], cuts[1::2], strict=False))
    findings = [
        Finding(draw(st.sampled_from(TYPES)), start, end, draw(st.floats(0.5, 1.0)))
        for start, end in spans
        if end > start
    ]
    return text, findings


PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(texts_with_findings(), st.booleans())
def test_restore_inverts_pseudonymise(case: tuple[str, list[Finding]], surrogates: bool) -> None:
    text, found = case
    vault = Vault(rng=random.Random(0))
    rewrite = vault.pseudonymise("c", text, found, surrogates=surrogates)
    assert vault.restore("c", rewrite.text) == text
    for dumps in (json.dumps, html_safe_dumps):
        assert json.loads(vault.restore("c", dumps(rewrite.text), json_level=1)) == text


@PROPERTY
@given(texts_with_findings(overlapping=True))
def test_restore_inverts_pseudonymise_with_overlaps(case: tuple[str, list[Finding]]) -> None:
    text, found = case
    vault = Vault()
    assert vault.restore("c", vault.pseudonymise("c", text, found).text) == text


@PROPERTY
@given(st.lists(texts_with_findings(), min_size=1, max_size=4), st.booleans())
def test_restore_inverts_every_request_of_a_conversation(
    requests: list[tuple[str, list[Finding]]], surrogates: bool
) -> None:
    vault = Vault(rng=random.Random(1))
    for text, found in requests:
        rewrite = vault.pseudonymise("c", text, found, surrogates=surrogates)
        assert vault.restore("c", rewrite.text) == text


@PROPERTY
@given(texts_with_findings(), st.booleans(), st.integers(0, 1), st.data())
def test_stream_equals_whole_for_any_chunking(
    case: tuple[str, list[Finding]], surrogates: bool, json_level: int, data: st.DataObject
) -> None:
    text, found = case
    vault = Vault(rng=random.Random(2))
    rewrite = vault.pseudonymise("c", text, found, surrogates=surrogates)
    # A model answer: pieces of the rewritten prompt (tokens whole or cut) mixed with other text.
    pieces = data.draw(st.lists(st.sampled_from([rewrite.text, *FRAGMENTS, rewrite.text[:5]]), max_size=8))
    answer = "".join(pieces)
    if json_level:
        answer = html_safe_dumps(answer)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(answer)), max_size=12)))
    chunks = [answer[a:b] for a, b in zip([0, *cuts], [*cuts, len(answer)], strict=True)]
    assert stream(vault, "c", chunks, json_level) == vault.restore("c", answer, json_level=json_level)


# -- surrogates


def test_surrogates_keep_shape_and_checksums() -> None:
    vault = Vault(rng=random.Random(3))
    text = f"{NAME} {PHONE} {NID} {CARD} {EMAIL} ที่อยู่ 99 ถนนสมมติ"
    found = findings_for(text, PERSON=NAME, PHONE_NUMBER=PHONE, TH_NATIONAL_ID=NID, CREDIT_CARD=CARD)
    found += find(text, EMAIL, "EMAIL_ADDRESS") + find(text, "99 ถนนสมมติ", "ADDRESS")
    rewrite = vault.pseudonymise("c", text, sorted(found, key=lambda f: f.start), surrogates=True)
    new = {r.entity_type: rewrite.text[r.new_start : r.new_end] for r in rewrite.replacements}
    for entity_type, value in {"PHONE_NUMBER": PHONE, "TH_NATIONAL_ID": NID, "CREDIT_CARD": CARD}.items():
        fake = new[entity_type]
        assert fake != value and len(fake) == len(value)
        assert re.sub(r"\d", "9", fake) == re.sub(r"\d", "9", value)
    assert new["PHONE_NUMBER"].startswith("08")
    assert pin.is_valid(new["TH_NATIONAL_ID"]) and luhn.is_valid(new["CREDIT_CARD"].replace(" ", ""))
    assert new["PERSON"].startswith("นาย") and new["PERSON"] != NAME
    assert new["EMAIL_ADDRESS"].endswith(".co.th") and "pong" not in new["EMAIL_ADDRESS"]
    assert new["ADDRESS"] == "<ADDRESS_1>"  # no realistic fake address: a placeholder instead
    assert vault.restore("c", rewrite.text) == text
    # Stable across requests, and restored when the model reformats nothing.
    again = vault.pseudonymise("c", PHONE, find(PHONE, PHONE, "PHONE_NUMBER"), surrogates=True)
    assert again.text == new["PHONE_NUMBER"]
    assert stream(vault, "c", list(f"โทร {again.text} ครับ")) == f"โทร {PHONE} ครับ"


def test_surrogate_never_collides_with_prompt_text() -> None:
    class Fixed(random.Random):
        """Always draws 0: every reshaped phone would be 080-000-0000."""

        def randint(self, a: int, b: int) -> int:
            return a

    vault = Vault(rng=Fixed())
    text = f"{PHONE} และ 080-000-0000"
    rewrite = vault.pseudonymise("c", text, find(text, PHONE, "PHONE_NUMBER"), surrogates=True)
    assert rewrite.text == "<PHONE_NUMBER_1> และ 080-000-0000"  # no fresh surrogate: placeholder
    assert vault.restore("c", rewrite.text) == text


def test_surrogate_seen_in_a_later_prompt_is_withdrawn() -> None:
    vault = Vault(rng=random.Random(4))
    fake = vault.pseudonymise("c", PHONE, find(PHONE, PHONE, "PHONE_NUMBER"), surrogates=True).text
    text = f"{PHONE} กับ {fake}"
    rewrite = vault.pseudonymise("c", text, find(text, PHONE, "PHONE_NUMBER"), surrogates=True)
    assert not rewrite.text.startswith(fake)
    assert vault.restore("c", rewrite.text) == text
    assert vault.restore("c", fake) == fake


# -- lifetime and bounds


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_ttl_expiry_and_refresh() -> None:
    clock = Clock()
    vault = Vault(ttl_seconds=60, clock=clock)
    vault.pseudonymise("old", NAME, find(NAME, NAME, "PERSON"))
    vault.pseudonymise("busy", NAME, find(NAME, NAME, "PERSON"))
    clock.now = 50
    assert vault.restore("busy", "<PERSON_1>") == NAME  # use refreshes the TTL
    clock.now = 100
    assert vault.restore("old", "<PERSON_1>") == "<PERSON_1>"
    assert vault.restore("busy", "<PERSON_1>") == NAME
    assert len(vault) == 1
    clock.now = 200
    assert len(vault) == 0


def test_stream_restorer_outlives_expiry() -> None:
    clock = Clock()
    vault = Vault(ttl_seconds=60, clock=clock)
    vault.pseudonymise("c", NAME, find(NAME, NAME, "PERSON"))
    restorer = vault.stream_restorer("c")
    clock.now = 1000
    assert restorer.feed("<PERSON_1>") + restorer.flush() == NAME


def test_least_recently_used_conversation_is_dropped() -> None:
    vault = Vault(max_conversations=2)
    for conversation in ("a", "b"):
        vault.pseudonymise(conversation, NAME, find(NAME, NAME, "PERSON"))
    vault.restore("a", "")  # a is now more recent than b
    vault.pseudonymise("c", NAME, find(NAME, NAME, "PERSON"))
    assert len(vault) == 2
    assert vault.restore("a", "<PERSON_1>") == NAME
    assert vault.restore("b", "<PERSON_1>") == "<PERSON_1>"


def test_entries_per_conversation_are_bounded() -> None:
    vault = Vault(max_entries=3)
    names = [f"คนที่{i}" for i in range(5)]
    tokens = [vault.pseudonymise("c", n, [Finding("PERSON", 0, len(n), 0.9)]).text for n in names]
    assert tokens == [f"<PERSON_{i}>" for i in range(1, 6)]
    assert vault.restore("c", " ".join(tokens)) == " ".join(["<PERSON_1>", "<PERSON_2>", *names[2:]])
    # A forgotten value comes back with a new number: numbers are never reused.
    assert vault.pseudonymise("c", names[0], [Finding("PERSON", 0, len(names[0]), 0.9)]).text == "<PERSON_6>"
    # One request larger than the bound keeps all its own values.
    text = " ".join(names)
    found = [Finding("PERSON", m.start(), m.end(), 0.9) for m in re.finditer(r"\S+", text)]
    assert vault.restore("c", vault.pseudonymise("c", text, found).text) == text


# -- concurrency


def test_threads_share_one_vault() -> None:
    vault = Vault(max_conversations=50)
    values = [f"0{8 + i % 2}{i:08d}" for i in range(40)]
    errors: list[str] = []
    seen: dict[str, set[str]] = {}
    lock = threading.Lock()
    barrier = threading.Barrier(8)

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        barrier.wait()
        for _ in range(300):
            conversation = rng.choice(["shared", f"own{seed}"])
            picked = rng.sample(values, 3)
            text = " | ".join(picked)
            found = [Finding("PHONE_NUMBER", m.start(), m.end(), 0.9) for m in re.finditer(r"\d+", text)]
            rewrite = vault.pseudonymise(conversation, text, found)
            if vault.restore(conversation, rewrite.text) != text:
                errors.append("round trip")
            if conversation == "shared":
                with lock:
                    for value, r in zip(picked, rewrite.replacements, strict=True):
                        seen.setdefault(value, set()).add(rewrite.text[r.new_start : r.new_end])

    threads = [threading.Thread(target=worker, args=(seed,)) for seed in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert all(len(tokens) == 1 for tokens in seen.values())  # one placeholder per value, whoever asked
    assert len({next(iter(t)) for t in seen.values()}) == len(seen)  # and distinct values, distinct tokens


def test_asyncio_tasks_share_one_vault() -> None:
    vault = Vault()

    async def conversation(i: int) -> bool:
        text = f"{NAME} {i:010d}"
        found = [Finding("PERSON", 0, len(NAME), 0.9), Finding("PHONE_NUMBER", len(NAME) + 1, len(text), 0.9)]
        rewrite = vault.pseudonymise(f"c{i}", text, found)
        await asyncio.sleep(0)
        restorer = vault.stream_restorer(f"c{i}")
        out = []
        for ch in rewrite.text:
            out.append(restorer.feed(ch))
            await asyncio.sleep(0)
        return "".join(out) + restorer.flush() == text

    async def main() -> list[bool]:
        return await asyncio.gather(*(conversation(i) for i in range(50)))

    assert all(asyncio.run(main()))


# -- no value leaks


def test_no_value_in_repr_or_errors() -> None:
    vault = Vault(rng=random.Random(5))
    text = f"{NAME} {PHONE}"
    found = findings_for(text, PERSON=NAME, PHONE_NUMBER=PHONE)
    rewrite = vault.pseudonymise("c", text, found, surrogates=True)
    restorer = vault.stream_restorer("c")
    restorer.feed("<PERSON_")
    shown = [repr(vault), str(vault), repr(rewrite), str(rewrite), repr(restorer), repr(vault._conversations)]
    for error_call in (
        lambda: vault.pseudonymise("c", text, [Finding("PERSON", 0, 999, 0.9)]),
        lambda: vault.restore("c", text, json_level=-1),
    ):
        with pytest.raises(Exception) as info:
            error_call()
        shown.append(str(info.value))
    for value in (NAME, PHONE, "สมปอง", "5678"):
        assert not any(value in s for s in shown)


@pytest.mark.parametrize(
    ("entity_type", "value", "shape"),
    [
        ("PERSON", "Mr. John Testperson", r"Mr\. [A-Z][a-z]{3} [A-Z][a-z]{9}"),
        ("PERSON", "ด.ญ.ทดลอง", r"ด\.ญ\.[\u0E00-\u0E7F]+"),
        ("EMAIL_ADDRESS", "tester99@gmail.com", r"[a-z]{6}\d\d@gmail\.com"),
        ("IP_ADDRESS", "10.20.30.40", r"\d{1,3}(\.\d{1,3}){3}"),
        ("IP_ADDRESS", "fe80::1a2b", r"[0-9a-f]{4}::[0-9a-f]{4}"),
        ("TH_PASSPORT", "AA1234567", r"[A-Z]{2}\d{7}"),
        ("TH_NATIONAL_ID", "๑๑๐๑๗๐๐๒๓๐๗๐๘", r"[๐-๙]{13}"),  # Thai digits stay Thai
    ],
)
def test_surrogate_shapes(entity_type: str, value: str, shape: str) -> None:
    rng = random.Random(6)
    fakes = {surrogate(entity_type, value, rng) for _ in range(20)}
    assert all(fake and re.fullmatch(shape, fake) for fake in fakes)
    assert len(fakes) > 10 and value not in fakes
    if entity_type == "TH_NATIONAL_ID":
        assert all(pin.is_valid(fold_digits(fake)) for fake in fakes)
    assert surrogate("ADDRESS", "99 ถนนสมมติ", rng) is None


def test_surrogate_never_matches_inside_a_json_escape(monkeypatch: pytest.MonkeyPatch) -> None:
    from pdpa_guard import vault as vault_module

    monkeypatch.setattr(vault_module, "surrogate", lambda entity_type, value, rng: "c")
    vault = Vault()
    text = "a<ก"
    rewrite = vault.pseudonymise("c", text, [Finding("LINE_ID", 0, 1, 0.9)], surrogates=True)
    assert rewrite.text == "c<ก"
    raw = json.dumps(rewrite.text).replace("<", "\\u003c")  # "c\u003c\u0e01": two more c's inside escapes
    assert json.loads(vault.restore("c", raw, json_level=1)) == text
    assert json.loads(stream(vault, "c", list(raw), json_level=1)) == text
