"""The detection worker process and how the proxy uses it (values fabricated).

The worker may make the proxy faster; it must never change what is found, and no failure of it
may let a request through unchecked or stop the proxy from serving.
"""

# ruff: noqa: F811 - the addon tests' fixtures (guard, rules_dir) are imported and used by name

from __future__ import annotations

import asyncio
import io
import json
import os
import signal
from collections.abc import Sequence
from typing import Any

import pytest

from pdpa_guard.detect import Finding, get_engine
from pdpa_guard.detect.worker import READY, encode, serve
from pdpa_guard.ipc import frame, read_frame
from pdpa_guard.proxy.detect_worker import GIVE_UP_AFTER, DetectionWorker, WorkerFailed, WorkerUnavailable
from tests.test_proxy_addon import (  # noqa: F401 - fixtures used by name (see above)
    HEALTH_PROMPT,
    NATIONAL_ID,
    OPENAI,
    PHONE,
    PROMPT,
    Guard,
    chat,
    error_text,
    guard,
    make_flow,
    rules_dir,
)


def _inline(text: str) -> tuple[Finding, ...]:
    return tuple(get_engine().analyze(text, whole_document=False))


# --------------------------------------------------------------------------- the protocol


def test_serve_answers_each_request_in_order() -> None:
    requests = io.BytesIO(frame((1, [PROMPT, "ไม่มีข้อมูลส่วนบุคคล"])) + frame((2, [HEALTH_PROMPT])))
    answers = io.BytesIO()
    serve(requests, answers, lambda text: list(_inline(text)))
    answers.seek(0)
    assert read_frame(answers) == (1, [[encode(f) for f in _inline(PROMPT)], []])
    assert read_frame(answers) == (2, [[encode(f) for f in _inline(HEALTH_PROMPT)]])
    assert read_frame(answers) is None


def test_a_detector_error_is_answered_by_its_type_only_and_the_worker_goes_on() -> None:
    def failing(text: str) -> list[Finding]:
        if NATIONAL_ID in text:
            raise ValueError(f"cannot read {text}")  # a message quoting the prompt
        return list(_inline(text))

    requests = io.BytesIO(frame((7, [PROMPT])) + frame((8, [f"โทร {PHONE}"])))
    answers = io.BytesIO()
    serve(requests, answers, failing)
    raw = answers.getvalue()
    assert NATIONAL_ID.encode() not in raw
    answers.seek(0)
    assert read_frame(answers) == (7, "ValueError")
    assert read_frame(answers)[0] == 8


# --------------------------------------------------------------------------- a real worker


def test_a_real_worker_finds_what_the_engine_finds_and_is_restarted_when_killed() -> None:
    texts = [PROMPT, HEALTH_PROMPT, "สวัสดีครับ"]

    async def scenario() -> None:
        worker = DetectionWorker()
        await worker.start()
        try:
            assert worker.ready
            assert await worker.analyze(texts) == [_inline(t) for t in texts]
            assert worker._process is not None
            os.kill(worker._process.pid, signal.SIGKILL)
            with pytest.raises(WorkerUnavailable):
                for _ in range(50):  # the loss is noticed once the pipe reports it
                    await worker.analyze(texts)
                    await asyncio.sleep(0.05)
            for _ in range(600):
                if worker.ready:
                    break
                await asyncio.sleep(0.1)
            assert worker.ready and worker.starts == 2
            assert await worker.analyze([PROMPT]) == [_inline(PROMPT)]
        finally:
            worker.close()

    asyncio.run(scenario())


def test_a_worker_that_cannot_start_leaves_the_proxy_analysing_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pdpa_guard.proxy.detect_worker.RESTART_MIN", 0.01)

    async def scenario() -> None:
        worker = DetectionWorker(python="/nonexistent/python3")
        worker._backoff = 0.01
        await worker.start()
        try:
            assert not worker.ready
            with pytest.raises(WorkerUnavailable):
                await worker.analyze([PROMPT])
            for _ in range(100):  # it retries with back-off, then gives up for good
                await asyncio.sleep(0.05)
            assert worker.starts == GIVE_UP_AFTER and not worker.ready
        finally:
            worker.close()

    asyncio.run(scenario())


# --------------------------------------------------------------------------- the addon with a worker


class FakeWorker:
    """Stands in for DetectionWorker: answers with the engine, or fails as told."""

    def __init__(self, fail: type[Exception] | None = None) -> None:
        self.ready = True
        self.fail = fail
        self.calls: list[list[str]] = []

    async def analyze(self, texts: Sequence[str]) -> list[tuple[Finding, ...]]:
        self.calls.append(list(texts))
        if self.fail is not None:
            raise self.fail("ValueError" if self.fail is WorkerFailed else "gone")
        return [_inline(t) for t in texts]

    def close(self) -> None:
        self.ready = False


def _send_beside_another_flow(guard: Guard, body: Any) -> Any:
    """Send ``body`` while another flow is in flight (waiting for its upstream)."""
    other = make_flow(OPENAI, chat("อีกคำขอหนึ่ง"))
    guard.addon.requestheaders(other)
    return guard.send(make_flow(OPENAI, body))


def _sent(flow: Any) -> str:
    return json.loads(flow.request.raw_content)["messages"][0]["content"]


def test_with_other_flows_in_flight_the_worker_analyses_and_the_result_is_the_same(guard: Guard) -> None:
    inline = guard.send(make_flow(OPENAI, chat(PROMPT)))
    assert guard.addon.pipeline is not None
    guard.addon.pipeline._cache.clear()  # or the prompt is known already, and not sent again
    worker = FakeWorker()
    guard.addon.worker = worker  # type: ignore[assignment]
    offloaded = _send_beside_another_flow(guard, chat(PROMPT))
    assert worker.calls == [[PROMPT]]
    assert _sent(offloaded) == _sent(inline) and NATIONAL_ID not in _sent(offloaded)


def test_alone_in_the_proxy_a_prompt_is_analysed_in_process(guard: Guard) -> None:
    worker = FakeWorker()
    guard.addon.worker = worker  # type: ignore[assignment]
    flow = guard.send(make_flow(OPENAI, chat(PROMPT)))
    assert worker.calls == []
    assert NATIONAL_ID not in _sent(flow)


def test_an_unavailable_worker_means_in_process_analysis_not_an_unchecked_request(guard: Guard) -> None:
    guard.addon.worker = FakeWorker(fail=WorkerUnavailable)  # type: ignore[assignment]
    flow = _send_beside_another_flow(guard, chat(PROMPT))
    assert flow.response is None  # not blocked: analysed here instead
    assert NATIONAL_ID not in _sent(flow) and PHONE not in _sent(flow)


def test_a_detector_failure_in_the_worker_follows_the_fail_mode(guard: Guard) -> None:
    guard.addon.worker = FakeWorker(fail=WorkerFailed)  # type: ignore[assignment]
    flow = _send_beside_another_flow(guard, chat(PROMPT))
    assert flow.response is not None and flow.response.status_code == 403  # cross-border: fails closed
    assert "pdpa_unchecked" in error_text(flow) and NATIONAL_ID not in error_text(flow)
    guard.configure(pdpa_fail_mode="open")
    flow = _send_beside_another_flow(guard, chat(PROMPT))
    assert flow.response is None


def test_segments_analysed_moments_ago_are_not_sent_to_the_worker_again(guard: Guard) -> None:
    worker = FakeWorker()
    guard.addon.worker = worker  # type: ignore[assignment]
    first = {"model": "gpt-4o", "messages": [{"role": "system", "content": "ตอบอย่างสุภาพ"},
                                             {"role": "user", "content": PROMPT}]}
    _send_beside_another_flow(guard, first)
    second = {**first, "messages": [*first["messages"], {"role": "user", "content": f"โทร {PHONE} อีกครั้ง"}]}
    _send_beside_another_flow(guard, second)
    assert worker.calls == [["ตอบอย่างสุภาพ", PROMPT], [f"โทร {PHONE} อีกครั้ง"]]


def test_the_in_flight_count_falls_when_flows_end(guard: Guard) -> None:
    flow = make_flow(OPENAI, chat(PROMPT))
    guard.addon.requestheaders(flow)
    assert guard.addon._busy(flow) is False
    other = make_flow(OPENAI, chat(PROMPT))
    guard.addon.requestheaders(other)
    assert guard.addon._busy(flow) is True
    guard.addon.error(other)
    assert guard.addon._busy(flow) is False
    guard.answer(flow, {"choices": []})
    assert guard.addon._in_flight == set()


def test_ready_greeting_is_the_first_frame() -> None:
    assert read_frame(io.BytesIO(frame((READY, 123)))) == (READY, 123)
