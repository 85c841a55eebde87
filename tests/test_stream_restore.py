"""Streamed answers: placeholders split across events are restored, nothing is dropped or delayed
beyond the placeholder itself, for each provider's event format."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pdpa_guard.providers.responses import StreamRestorer, restore_strings

MAPPING = {"<PERSON_1>": "สมหญิง ใจดี", "<PHONE_NUMBER_1>": "081-234-5678"}
_PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")


def restore(text: str) -> str:
    return _PLACEHOLDER.sub(lambda m: MAPPING.get(m.group(), m.group()), text)


class HoldBackRestorer:
    """The TextRestorer contract, minimal: hold back a trailing partial placeholder only."""

    def __init__(self) -> None:
        self.held = ""

    def feed(self, text: str) -> str:
        text = self.held + text
        cut = text.rfind("<")
        if cut >= 0 and ">" not in text[cut:] and len(text) - cut < 30 and re.fullmatch(r"<[A-Z_0-9]*", text[cut:]):
            self.held, text = text[cut:], text[:cut]
        else:
            self.held = ""
        return restore(text)

    def flush(self) -> str:
        held, self.held = self.held, ""
        return restore(held)


def sse(events: list[tuple[str | None, object]]) -> bytes:
    out = []
    for name, data in events:
        head = f"event: {name}\n" if name else ""
        payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
        out.append(f"{head}data: {payload}\n\n")
    return "".join(out).encode()


def run(fmt: str, stream: bytes, cuts: list[int]) -> bytes:
    restorer = StreamRestorer(fmt, lambda level: HoldBackRestorer(), lambda text, level: restore(text))
    out, last = [], 0
    for cut in [*sorted(set(cuts)), len(stream)]:
        out.append(restorer.feed(stream[last:cut]))
        last = cut
    out.append(restorer.flush())
    return b"".join(out)


def openai_text(raw: bytes) -> str:
    text = ""
    for block in raw.decode().split("\n\n"):
        if block.startswith("data: {"):
            for choice in json.loads(block[6:])["choices"]:
                text += choice["delta"].get("content") or ""
    return text


OPENAI_STREAM = sse(
    [
        (None, {"id": "c", "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]}),
        (None, {"id": "c", "choices": [{"index": 0, "delta": {"content": "เรียน คุณ<PER"}}]}),
        (None, {"id": "c", "choices": [{"index": 0, "delta": {"content": "SON_1> โทร <PHONE_"}}]}),
        (None, {"id": "c", "choices": [{"index": 0, "delta": {"content": "NUMBER_1>"}}]}),
        (None, {"id": "c", "choices": [{"index": 0, "delta": {"content": " ครับ <PERS"}}]}),
        (None, {"id": "c", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}),
        (None, "[DONE]"),
    ]
)


def test_openai_chunks_restore_split_placeholders() -> None:
    out = run("openai_chat", OPENAI_STREAM, [])
    assert openai_text(out) == "เรียน คุณสมหญิง ใจดี โทร 081-234-5678 ครับ <PERS"
    assert out.rstrip().endswith(b"data: [DONE]")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(OPENAI_STREAM)), max_size=12))
def test_any_network_chunking_gives_the_same_answer(cuts: list[int]) -> None:
    assert openai_text(run("openai_chat", OPENAI_STREAM, cuts)) == openai_text(run("openai_chat", OPENAI_STREAM, []))


def test_anthropic_held_text_is_sent_before_block_stop() -> None:
    stream = sse(
        [
            ("message_start", {"type": "message_start", "message": {"id": "m"}}),
            ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Dear <PERSON_1"}}),
            ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "> and <PERSON"}}),
            ("content_block_stop", {"type": "content_block_stop", "index": 0}),
            ("message_stop", {"type": "message_stop"}),
        ]
    )
    out = run("anthropic_messages", stream, [17, 90]).decode()
    texts = [json.loads(b.split("data: ", 1)[1])["delta"]["text"] for b in out.split("\n\n") if "text_delta" in b]
    assert "".join(texts) == "Dear สมหญิง ใจดี and <PERSON"
    synthetic = out.index('"text": "<PERSON"')
    assert synthetic < out.index('"type": "content_block_stop"')
    # The synthetic event carries its own SSE event name, as the SDKs dispatch on it.
    assert out[:synthetic].rsplit("\n\n", 1)[-1].startswith("event: content_block_delta")


def test_gemini_and_responses_and_ollama() -> None:
    gemini = sse([(None, {"candidates": [{"content": {"parts": [{"text": "x <PHONE_NUMB"}]}}]}),
                  (None, {"candidates": [{"content": {"parts": [{"text": "ER_1>"}]}, "finishReason": "STOP"}]})])
    assert "081-234-5678" in run("gemini", gemini, [5]).decode()
    responses = sse([("response.output_text.delta", {"type": "response.output_text.delta", "item_id": "i", "output_index": 0, "content_index": 0, "delta": "<PERSON_"}),
                     ("response.output_text.delta", {"type": "response.output_text.delta", "item_id": "i", "output_index": 0, "content_index": 0, "delta": "1>!"}),
                     ("response.output_text.done", {"type": "response.output_text.done", "item_id": "i", "text": "<PERSON_1>!"})])
    out = run("openai_responses", responses, []).decode()
    assert out.count("สมหญิง ใจดี") == 2 and "<PERSON" not in out
    ollama = b'{"message":{"content":"hi <PERSON"},"done":false}\n{"message":{"content":"_1>"},"done":false}\n{"done":true}\n'
    lines = run("ollama", ollama, [3, 40]).decode().splitlines()
    assert "".join(json.loads(x).get("message", {}).get("content", "") for x in lines) == "hi สมหญิง ใจดี"


def test_whole_json_answers_and_unknown_events() -> None:
    body = {"choices": [{"message": {"content": "ถึง <PERSON_1>", "tool_calls": [{"function": {"arguments": '{"to": "<PERSON_1>"}'}}]}}]}
    levels: list[int] = []
    restored = restore_strings(body, lambda text, level: (levels.append(level), restore(text))[1])
    assert sorted(levels) == [0, 1]  # tool-call arguments are JSON: restored at level 1
    assert restored["choices"][0]["message"]["content"] == "ถึง สมหญิง ใจดี"
    assert "สมหญิง" in restored["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
    odd = b"event: ping\ndata: not json <PERSON_1>\n\n"
    assert "สมหญิง" in run("openai_chat", odd, []).decode()
