"""Text inside string literals is read as its reader sees it: Thai written as \\uXXXX escapes
(``json.dumps`` with its default ensure_ascii), and the lines of a body whose breaks are \\n.

Apps paste records into prompts with ``json.dumps(record)``; the model reads the escaped Thai as
Thai, so the detector must as well, and report the escapes' own offsets so that pseudonymising
and redacting replace exactly them. All values are fabricated.
"""

from __future__ import annotations

import itertools
import json

from hypothesis import given
from hypothesis import strategies as st

from pdpa_guard.detect.engine import get_engine
from pdpa_guard.detect.text import decode_escapes

RECORD = {"name": "นายสมชาย ใจดี", "phone": "081-234-5678", "note": "ผู้ป่วยเป็นเบาหวาน", "cid": "1101700230708"}


def _found(text: str) -> dict[str, str]:
    return {f.entity_type: text[f.start : f.end] for f in get_engine().analyze(text)}


def test_a_json_dumped_record_in_a_prompt_is_read() -> None:
    text = "Summarise this customer record: " + json.dumps(RECORD)
    assert "\\u0e2a" in text  # the Thai really is escaped
    found = _found(text)
    # The offsets are the escapes' own: decoding the found text gives the value back.
    assert json.loads(f'"{found["PERSON"]}"').endswith("สมชาย ใจดี")
    assert json.loads(f'"{found["HEALTH_DATA"]}"') == "เบาหวาน"
    assert found["TH_NATIONAL_ID"] == "1101700230708"
    assert found["PHONE_NUMBER"] == "081-234-5678"


def test_json_inside_a_json_string_is_read() -> None:
    inner = "Summarise: " + json.dumps(RECORD)
    text = json.dumps({"messages": [{"role": "user", "content": inner}]})
    assert "\\\\u0e2a" in text  # the escapes' backslashes are escaped again
    found = _found(text)
    assert json.loads(json.loads(f'"{found["PERSON"]}"').join('""')).endswith("สมชาย ใจดี")
    assert "HEALTH_DATA" in found


def test_text_without_escaped_thai_is_untouched() -> None:
    assert decode_escapes("plain text, no escapes") is None
    assert decode_escapes('a quote \\u0022 and a path C:\\users') is None  # ASCII escapes stay
    assert "PERSON" not in _found("\\u0041\\u0042 order 12345")


def test_offsets_map_back_to_the_escapes() -> None:
    text = 'x "\\u0e2a\\u0e21" y \\\\u0e01 z'
    decoded, origin = decode_escapes(text)  # type: ignore[misc]
    assert decoded == 'x "สม" y ก z'
    assert text[origin[3] : origin[5]] == "\\u0e2a\\u0e21"
    assert text[origin[9] : origin[10]] == "\\\\u0e01"
    assert origin[len(decoded)] == len(text)


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40))
def test_decoding_round_trips_any_text_escaped_by_json(value: str) -> None:
    text = json.dumps(value)
    result = decode_escapes(text)
    if result is None:
        assert all(ord(ch) < 0x80 or ord(ch) > 0xFFFF for ch in value)  # astral: surrogate pairs stay
        return
    decoded, origin = result
    assert len(origin) == len(decoded) + 1 and origin[-1] == len(text)
    assert all(a < b for a, b in itertools.pairwise(origin))
    for i, ch in enumerate(decoded):
        piece = text[origin[i] : origin[i + 1]]
        # Each character is either copied as it was or read from one escape: its backslashes
        # (however many: JSON inside a JSON string doubles them) and \uXXXX.
        escape = piece.lstrip("\\")
        assert piece == ch or (escape[:1] in "uU" and chr(int(escape[1:], 16)) == ch) or json.loads(f'"\\{escape}"') == ch


def test_the_lines_of_a_json_escaped_table_are_lines() -> None:
    """A CSV inside a JSON string: its header names each column, as in the unescaped table."""
    table = "symbol,price,volume,ts_ms\nDELTA,132.81,39380,1750000000002\nGULF,193.35,16955,1750000000011\n"
    body = json.dumps({"messages": [{"role": "user", "content": "Summarise these ticks:\n" + table}]})
    assert "\\n" in body
    assert "TH_NATIONAL_ID" not in _found(body)  # epoch-ms under ts_ms, as in the plain table
    people = json.dumps({"content": "name,citizen_id\nSomchai Jaidee,1101700230708\n"})
    assert _found(people).get("TH_NATIONAL_ID") == "1101700230708"


def test_an_escaped_value_is_restored_and_counted_as_its_reader_sees_it() -> None:
    """The model answers in prose: a name pseudonymised from escapes comes back in Thai, and the
    store's keyed hash of it is the hash of the plain name (one person, however written)."""
    from pdpa_guard.anonymise import PSEUDONYMISE, apply
    from pdpa_guard.exchange import TextSegment
    from pdpa_guard.store.records import _finding_record
    from pdpa_guard.vault import Vault

    text = "Reply to: " + json.dumps({"name": "นางสาวพิมพ์ชนก แสงทอง"})
    findings = [f for f in get_engine().analyze(text) if f.entity_type == "PERSON"]
    vault = Vault()
    rewrite = apply(text, findings, lambda _: PSEUDONYMISE, vault, "c1")
    assert "\\\\u0e1e" not in rewrite.text
    restore = vault.restorer("c1")
    assert "พิมพ์ชนก แสงทอง" in restore("Dear <PERSON_1>, thank you.", 0)
    key = b"k" * 32
    plain_text = "Reply to: " + json.dumps({"name": "นางสาวพิมพ์ชนก แสงทอง"}, ensure_ascii=False)
    plain = [f for f in get_engine().analyze(plain_text) if f.entity_type == "PERSON"]
    escaped_record = _finding_record(key, TextSegment("$", text), findings[0])
    plain_record = _finding_record(key, TextSegment("$", plain_text), plain[0])
    assert escaped_record.value_hash == plain_record.value_hash
    assert escaped_record.preview == plain_record.preview
