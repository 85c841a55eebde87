"""The mitmproxy addon: enforce the policy on live LLM traffic.

Every hook here is glue: the request is handed to the shared :class:`~pdpa_guard.pipeline.Pipeline`
(detect, locate, decide), the decision is carried out on the flow (rewrite, block, reroute), the
answer is restored for the client, and a record goes to the background writer. The request hook
never waits on the database.

Faults never let a request through unchecked by accident: anything that stops the analysis (a
body that cannot be decoded, a binary or oversized body, an exception anywhere between parsing and
rewriting) follows ``pdpa_fail_mode``, and the request is either blocked in the provider's own
error shape or passed and recorded as "failed open". Nothing touches the flow until the whole
decision has been computed, so a failure never leaves a half-rewritten request.

Conversations: placeholders are issued per conversation key. A client may send one in the
``x-pdpa-conversation`` header (stateful APIs such as the Responses API with
``previous_response_id`` need it); otherwise every request is its own conversation, which is
always safe: chat APIs resend the whole history, so each request is self-consistent, and no
answer can ever be restored with another user's values.
"""

from __future__ import annotations

import asyncio
import codecs
import dataclasses
import functools
import gc
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mitmproxy import ctx, exceptions, http
from mitmproxy.net.http import url

from pdpa_guard.destinations import LOCAL_NETWORK, UNLISTED, Destination
from pdpa_guard.detect.engine import WARM_UP_TEXT
from pdpa_guard.detect.finding import Finding
from pdpa_guard.exchange import Exchange, Source
from pdpa_guard.pipeline import Inspection, Pipeline
from pdpa_guard.policy import Action
from pdpa_guard.providers import ADAPTERS, BINARY_FORMAT, ParsedRequest, parse_request
from pdpa_guard.providers.errors import error_response
from pdpa_guard.providers.responses import StreamRestorer, restore_strings
from pdpa_guard.proxy.detect_worker import DetectionWorker, WorkerFailed, WorkerUnavailable
from pdpa_guard.vault import Vault

log = logging.getLogger("pdpa_guard.proxy")

FAIL_MODES = ("auto", "closed", "open")
INLINE_LIMIT = 64 * 1024  # larger bodies are analysed off the event loop
_IN_FLIGHT_BOUND = 100_000
_API_FORMATS = frozenset(a.name for a in ADAPTERS if a.name != "generic_json")
_BODY_METHODS = ("POST", "PUT", "PATCH")
_STREAM_TYPES = ("text/event-stream", "application/x-ndjson", "application/jsonl")
CONVERSATION_HEADER = "x-pdpa-conversation"
_JSON = json.JSONEncoder(ensure_ascii=False)  # json.dumps(..., ensure_ascii=False), made once
METADATA_KEY = "pdpa_guard"
STREAMED_KEY = "pdpa_guard_streamed"


@dataclass(slots=True)
class FlowState:
    """What the response hooks need to know about a rewritten request."""

    conversation: str
    response_format: str
    pseudonymised: bool
    ephemeral: bool = False  # the proxy made the conversation key: forget it once answered


@dataclass(slots=True)
class _Prepared:
    """A request taken apart and located, waiting for its findings."""

    exchange: Exchange
    destination: Destination
    parsed: ParsedRequest
    started: float


class PdpaGuard:
    """pdpa-guard as a mitmproxy addon (``mitmdump -s addons/pdpa_guard.py``)."""

    def __init__(self) -> None:
        self.pipeline: Pipeline | None = None
        self.vault = Vault()
        self.writer: Any = None
        self.store: Any = None
        self.stats = {"inspected": 0, "pseudonymised": 0, "redacted": 0, "blocked": 0, "rerouted": 0, "failed": 0}
        self._running = False
        self.worker: DetectionWorker | None = None
        self._in_flight: set[str] = set()  # ids of flows between requestheaders and response/error
        # The options the request hook reads, copied by ``configure`` (which mitmproxy calls on
        # every change): each ``ctx.options`` read deep-copies the option's value and default.
        self._max_body = 10 * 1024 * 1024
        self._app_header = "x-pdpa-app"
        self._surrogates = False

    # -- options and lifecycle ------------------------------------------------------------------

    def load(self, loader: Any) -> None:
        loader.add_option("pdpa_rules", str, "", "pdpa-guard rules directory (default: ./rules, else the shipped defaults).")
        loader.add_option("pdpa_db", str, "", "pdpa-guard findings store URL (default: $PDPA_GUARD_DB or the SQLite file).")
        loader.add_option(
            "pdpa_fail_mode", str, "auto",
            "When analysis fails or a body is too large: closed (block), open (pass and record), "
            "auto (closed for cross-border destinations, open for local and domestic ones).",
            choices=FAIL_MODES,
        )
        loader.add_option("pdpa_app_header", str, "x-pdpa-app", "Request header naming the calling application.")
        loader.add_option("pdpa_max_body", int, 10 * 1024 * 1024, "Largest request body analysed, in bytes.")
        loader.add_option("pdpa_record", bool, True, "Record exchanges and findings in the findings store.")
        loader.add_option(
            "pdpa_store_process", bool, True,
            "Write the findings store's batches from a process of its own, so that the SQL does not take "
            "the event loop's time (false: from the writer thread). In-memory SQLite is always written here.",
        )
        loader.add_option(
            "pdpa_detect_worker", bool, True,
            "Analyse prompts in a worker process on another core, so that mitmproxy's event loop keeps "
            "relaying other flows meanwhile (false: analyse on the event loop). Until the worker is up, "
            "and whenever it fails, the proxy analyses in its own process.",
        )
        loader.add_option(
            "pdpa_surrogates", bool, False,
            "Pseudonymise with fake values of the same shape (a valid-looking ID, phone, name) instead "
            "of placeholders such as <PERSON_1>, where the entity type has a generator.",
        )

    def configure(self, updated: set[str]) -> None:
        options = ctx.options
        self._max_body = options.pdpa_max_body
        self._app_header = options.pdpa_app_header.lower()
        self._surrogates = options.pdpa_surrogates
        if "pdpa_rules" in updated or self.pipeline is None:
            from pdpa_guard.rules import RulesInvalid

            try:
                self.pipeline = Pipeline.from_rules_dir(ctx.options.pdpa_rules or None)
            except RulesInvalid as exc:
                # mitmproxy refuses to start (or keeps the previous rules on a live reload).
                raise exceptions.OptionsError(f"pdpa-guard: invalid rules:\n{exc}") from None
            if self._running:  # a live reload: the new rules are long-lived too
                _freeze_heap()
        if not ctx.options.pdpa_record:
            if self.writer is not None:  # `--set pdpa_record=false` arrives after the defaults started one
                self.writer.close()
                self.writer = None
        elif "pdpa_db" in updated or "pdpa_store_process" in updated or self.writer is None:
            from pdpa_guard.store import BackgroundWriter, Store
            from pdpa_guard.store.engine import sqlite_path
            from pdpa_guard.store.sink import ProcessSink

            if self.writer is not None:
                self.writer.close()
            self.store = Store(ctx.options.pdpa_db or None)
            try:
                self.store.ensure_schema()  # migrate now, not on the first request's write
            except Exception as exc:  # the database is down: the writer spools until it is back
                log.warning("pdpa-guard: findings store unavailable at start (%s); records will be spooled", type(exc).__name__)
            shared = not (self.store.engine.dialect.name == "sqlite" and sqlite_path(self.store.url) is None)
            sink = ProcessSink(self.store) if ctx.options.pdpa_store_process and shared else None
            self.writer = BackgroundWriter(self.store, sink=sink)
        if self.writer is not None and self.pipeline is not None:
            try:
                self.pipeline.hash_key()  # now, not in the writer thread on the first record
            except Exception as exc:  # each record will fail (and say so) until the key is readable
                log.warning("pdpa-guard: HMAC key unavailable (%s); exchanges cannot be recorded", type(exc).__name__)
        if "stream_large_bodies" in updated and getattr(ctx.options, "stream_large_bodies", None):
            log.warning(
                "pdpa-guard: stream_large_bodies=%s: larger LLM request bodies stream out before they can be "
                "checked; they follow pdpa_fail_mode (closed kills them when their size is announced)",
                ctx.options.stream_large_bodies,
            )

    def running(self) -> None:
        """The proxy is up: what exists now lives as long as the process (see ``_freeze_heap``)."""
        if self.pipeline is not None:
            try:
                self.pipeline.engine.analyze(WARM_UP_TEXT)
            except Exception as exc:  # the first request will fail the same way, and say so
                log.warning("pdpa-guard: detection warm-up failed (%s)", type(exc).__name__)
        self._running = True
        _freeze_heap()
        if ctx.options.pdpa_detect_worker and self.worker is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:  # called outside mitmproxy's loop (a test): analyse in-process
                return
            self.worker = DetectionWorker()
            self._worker_start = loop.create_task(self.worker.start())  # ready in the background

    def done(self) -> None:
        if self.worker is not None:
            self.worker.close()
            self.worker = None
        if self.writer is not None:
            self.writer.close()
            self.writer = None

    # -- the request ----------------------------------------------------------------------------

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        """A body that mitmproxy streams (``stream_large_bodies``) leaves as it arrives, before any
        check is possible: it follows the fail mode here, where "closed" can only kill the flow."""
        self._in_flight.add(flow.id)
        request = flow.request
        if request.stream and flow.response is None and self.pipeline is not None and request.method in _BODY_METHODS:
            self._streamed(flow, "request body streamed by mitmproxy (stream_large_bodies) cannot be checked")

    async def request(self, flow: http.HTTPFlow) -> None:
        if flow.response is not None or flow.websocket is not None or self.pipeline is None:
            return
        request = flow.request
        if request.method not in _BODY_METHODS:
            return
        if request.stream:  # already sent upstream as it arrived: too late to check or rewrite
            if STREAMED_KEY not in flow.metadata:  # no Content-Length: mitmproxy decided mid-body
                self._streamed(flow, "request body was streamed by mitmproxy (stream_large_bodies) before it could be "
                               "checked", closed=False)
            return
        if not request.raw_content:
            return
        worker = self.worker
        if worker is None or not worker.ready or not self._busy(flow):
            # Alone in the proxy, a prompt is analysed fastest right here: handing it to the worker
            # and back costs two process wake-ups. With other flows in flight, the worker lets the
            # event loop relay them meanwhile, on the other core.
            await self._in_process(flow, self._handle)
            return
        prepared = self._prepare(flow)
        if prepared is None:
            return
        pipeline = self.pipeline
        analysed: dict[str, tuple[Finding, ...]] = {}  # segments analysed moments ago are not sent again
        pending: list[str] = []
        for segment in prepared.exchange.segments:
            text = segment.text
            if text not in analysed and text not in pending:
                hit = pipeline.cached(text)
                if hit is None:
                    pending.append(text)
                else:
                    analysed[text] = hit
        if pending:
            try:
                answers = await worker.analyze(pending)
            except WorkerUnavailable:  # analysed here instead, as without a worker
                await self._in_process(flow, self._finish, prepared)
                return
            except WorkerFailed as exc:
                self._failed(flow, prepared.exchange, prepared.destination, prepared.parsed, exc)
                return
            for text, found in zip(pending, answers, strict=True):
                analysed[text] = found
                pipeline.remember(text, found)
        self._finish(flow, prepared, analysed)

    @staticmethod
    async def _in_process(flow: http.HTTPFlow, handle: Callable[..., None], *args: Any) -> None:
        """``handle(flow, *args)`` in this process: on the event loop, or for a large body in a
        thread, so that the loop is not held for the whole analysis."""
        if len(flow.request.raw_content or b"") > INLINE_LIMIT:
            await asyncio.to_thread(handle, flow, *args)
        else:
            handle(flow, *args)

    def _handle(self, flow: http.HTTPFlow) -> None:
        """Analyse and act in this process; any failure on the way follows the fail mode."""
        prepared = self._prepare(flow)
        if prepared is not None:
            self._finish(flow, prepared)

    def _prepare(self, flow: http.HTTPFlow) -> _Prepared | None:
        """The request taken apart, or None when there is nothing (more) to do: not LLM traffic
        (untouched and unrecorded), or a body that cannot be analysed (the fail mode applied)."""
        assert self.pipeline is not None
        started = time.perf_counter()
        exchange: Exchange | None = None
        destination: Destination | None = None
        parsed: ParsedRequest | None = None
        try:
            headers = _lowered_headers(flow.request.headers)
            exchange = self._exchange(flow, headers)
            destination = self.pipeline.locate(exchange)
            parsed = self._parse(flow.request, headers, self._max_body)
            if not (_listed(destination) or _is_api(parsed, flow.request.path)):
                return None  # not LLM traffic: untouched and unrecorded
            exchange.provider_format, exchange.model = parsed.format, parsed.model
            exchange.segments = parsed.segments
            if parsed.format == BINARY_FORMAT:
                raise _Unanalysable(parsed.note or "binary body")
        except Exception as exc:
            self._failed(flow, exchange, destination, parsed, exc)
            return None
        return _Prepared(exchange, destination, parsed, started)

    def _finish(
        self, flow: http.HTTPFlow, prepared: _Prepared, analysed: dict[str, tuple[Finding, ...]] | None = None
    ) -> None:
        """Detect what ``analysed`` (a worker's findings) does not hold, decide and act."""
        assert self.pipeline is not None
        try:
            inspection = self.pipeline.inspect(
                prepared.exchange, prepared.parsed, destination=prepared.destination, analysed=analysed
            )
            self._enforce(flow, inspection)
        except Exception as exc:
            self._failed(flow, prepared.exchange, prepared.destination, prepared.parsed, exc)
            return
        self.stats["inspected"] += 1
        log.debug("pdpa-guard: %s %s in %.1f ms", inspection.decision.action if inspection.decision else "-",
                  flow.request.host, (time.perf_counter() - prepared.started) * 1000)

    @staticmethod
    def _parse(request: http.Request, headers: dict[str, str], limit: int) -> ParsedRequest:
        """The body taken apart; ``binary`` (with a note naming no content) when it cannot be read.
        ``headers`` are the request's, lower-cased (``_lowered_headers``); ``limit``: pdpa_max_body."""
        size = len(request.raw_content or b"")
        if size > limit:
            return ParsedRequest(BINARY_FORMAT, note=f"request body of {size} bytes exceeds pdpa_max_body ({limit})")
        encoding = headers.get("content-encoding")
        try:  # without a content-encoding, get_content() is raw_content
            raw = (request.get_content(strict=True) if encoding else request.raw_content) or b""
        except ValueError:
            return ParsedRequest(BINARY_FORMAT, note=f"content-encoding {(encoding or '')[:32]!r} could not be decoded")
        if len(raw) > limit:  # a small compressed body can inflate to any size
            return ParsedRequest(BINARY_FORMAT, note=f"decoded request body of {len(raw)} bytes exceeds pdpa_max_body ({limit})")
        return parse_request(request.path, raw, headers.get("content-type"))

    def _exchange(self, flow: http.HTTPFlow, headers: dict[str, str] | None = None) -> Exchange:
        """The flow as an Exchange; ``headers``: the request's, lower-cased, when already at hand."""
        request = flow.request
        if headers is None:
            headers = _lowered_headers(request.headers)
        client = flow.client_conn.peername[0] if flow.client_conn and flow.client_conn.peername else None
        peer = flow.server_conn.peername if flow.server_conn and flow.server_conn.peername else None
        assert self.pipeline is not None
        policy = self.pipeline.rules.policy
        app = policy.identify_app(headers, client) if policy.spec.apps else None  # no apps declared: none to find
        return Exchange(
            host=_pretty_host(request, headers),
            path=request.path,
            method=request.method,
            port=request.port,
            ip=peer[0] if peer else None,
            app=app or headers.get(self._app_header),
            request_bytes=len(request.raw_content or b""),
            source=Source.PROXY,
            source_ref=flow.id,
            conversation=headers.get(CONVERSATION_HEADER),
        )

    def _enforce(self, flow: http.HTTPFlow, inspection: Inspection) -> None:
        assert self.pipeline is not None and inspection.decision is not None
        decision = inspection.decision
        action = decision.action
        note = None
        if action is Action.BLOCK:
            self._block(flow, inspection.parsed.format, decision.reason, "pdpa_blocked")
            self.stats["blocked"] += 1
        elif action is Action.REROUTE:
            note = self._reroute(flow, inspection, decision.reroute_to)
            if note:  # the target is unusable: fail closed rather than send the data abroad
                self._block(flow, inspection.parsed.format, f"{decision.reason} ({note})", "pdpa_reroute_failed")
                action, self.stats["blocked"] = Action.BLOCK, self.stats["blocked"] + 1
            else:
                self.stats["rerouted"] += 1
        elif action in (Action.PSEUDONYMISE, Action.REDACT):
            given = inspection.exchange.conversation
            conversation = given or Vault.new_conversation()
            body = self.pipeline.rewrite(inspection, self.vault, conversation, surrogates=self._surrogates)
            if body is not None:
                _send_rewritten(flow.request, body)
                pseudonymised = bool(decision.to_pseudonymise)
                flow.metadata[METADATA_KEY] = FlowState(
                    conversation, inspection.parsed.format, pseudonymised, ephemeral=given is None
                )
                self.stats["pseudonymised" if pseudonymised else "redacted"] += 1
            elif given is None:
                self.vault.forget(conversation)
        self._record(inspection, action.value, note)

    def _block(self, flow: http.HTTPFlow, response_format: str, reason: str, code: str) -> None:
        if response_format not in _API_FORMATS:  # unreadable body: the path still tells the API
            response_format = _format_by_path(flow.request.path)
        status, headers, body = error_response(response_format, f"Blocked by pdpa-guard: {reason}", code=code)
        flow.response = http.Response.make(status, body, headers)

    def _reroute(self, flow: http.HTTPFlow, inspection: Inspection, target: str | None) -> str | None:
        """Send the request to a local destination; a reason string when that is impossible."""
        assert self.pipeline is not None
        entry = self.pipeline.rules.destinations.get(target) if target else None
        upstream = entry.upstream if entry is not None else None
        if entry is None or upstream is None:
            return f"reroute target {target!r} has no host:port"
        models = entry.spec.models
        body = inspection.parsed.body
        content = None
        if isinstance(body, dict) and models and isinstance(body.get("model"), str):
            body["model"] = models.get(body["model"], models.get("*", body["model"]))
            content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        request = flow.request
        request.scheme, request.host, request.port = entry.upstream_scheme, upstream[0], upstream[1]
        request.headers["host"] = f"{upstream[0]}:{upstream[1]}"
        if content is not None:
            request.headers.pop("content-encoding", None)
            request.content = content
        return None

    def _streamed(self, flow: http.HTTPFlow, what: str, closed: bool | None = None) -> None:
        """A streamed LLM request: kill it (closed) or let it stream (open), and record which."""
        assert self.pipeline is not None
        flow.metadata[STREAMED_KEY] = True
        exchange = self._exchange(flow)
        destination = self.pipeline.locate(exchange)
        api = _format_by_path(flow.request.path)
        if not (_listed(destination) or api in _API_FORMATS):
            return
        exchange.provider_format = api
        closed = self._fails_closed(destination) if closed is None else closed
        self.stats["failed"] += 1
        log.warning("pdpa-guard: %s for %s: failing %s", what, flow.request.host, "closed" if closed else "open")
        if closed and flow.killable:
            flow.kill()
        self._record(Inspection(exchange, ParsedRequest(BINARY_FORMAT), destination), "block" if closed else "allow",
                     f"failed {'closed' if closed else 'open'}: {what}")

    @staticmethod
    def _fails_closed(destination: Destination | None) -> bool:
        """``pdpa_fail_mode`` for this destination (unknown destinations count as cross-border)."""
        mode = ctx.options.pdpa_fail_mode
        stays_home = destination is not None and (destination.local or destination.country == "TH")
        return mode == "closed" or (mode == "auto" and not stays_home)

    def _failed(
        self,
        flow: http.HTTPFlow,
        exchange: Exchange | None,
        destination: Destination | None,
        parsed: ParsedRequest | None,
        exc: BaseException,
    ) -> None:
        """Analysis failed: block (closed) or pass unchanged (open), and record which.

        Neither the log line nor the error names anything from the body: an exception's message
        may quote the prompt, so only its type is reported.
        """
        self.stats["failed"] += 1
        closed = self._fails_closed(destination)
        what = str(exc) if isinstance(exc, _Unanalysable) else f"analysis error ({type(exc).__name__})"
        log.warning("pdpa-guard: %s for %s: failing %s", what, flow.request.host, "closed" if closed else "open")
        parsed = parsed or ParsedRequest(BINARY_FORMAT)
        if closed:
            self._block(flow, parsed.format, f"request could not be checked: {what}", "pdpa_unchecked")
        flow.metadata.pop(METADATA_KEY, None)
        if exchange is not None and destination is not None:
            if parsed.note == what:  # said once in the record's note, not twice
                parsed = dataclasses.replace(parsed, note=None)
            self._record(Inspection(exchange, parsed, destination), "block" if closed else "allow",
                         f"failed {'closed' if closed else 'open'}: {what}")

    def _record(self, inspection: Inspection, action: str, note: str | None) -> None:
        """Hand the exchange to the writer, which builds its record (previews, keyed hashes) on its
        own thread: nothing read after this changes the inspection, and the request need not wait."""
        if self.writer is None or self.pipeline is None:
            return
        try:
            self.writer.submit_later(
                functools.partial(self.pipeline.record, inspection, enforced=True, action=action, note=note)
            )
        except Exception as exc:  # recording must never break traffic; the writer spools on DB errors
            log.error("pdpa-guard: could not record an exchange (%s)", type(exc).__name__)

    # -- the response ---------------------------------------------------------------------------

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        """Restore streamed answers as they pass; a compressed stream is buffered instead."""
        state = flow.metadata.get(METADATA_KEY)
        if not isinstance(state, FlowState) or not state.pseudonymised or flow.response is None:
            return
        response = flow.response
        content_type = response.headers.get("content-type", "")
        if response.headers.get("content-encoding", "identity").lower() not in ("identity", ""):
            # The upstream ignored accept-encoding: identity. Compressed bytes cannot be restored
            # on the fly, so the answer is buffered and restored whole by ``response``.
            response.stream = False
        elif content_type.startswith(_STREAM_TYPES) or response.stream is True:
            restore = self._restorer(state, content_type)
            response.headers.pop("content-length", None)
            response.stream = restore

    def error(self, flow: http.HTTPFlow) -> None:
        self._in_flight.discard(flow.id)

    def _busy(self, flow: http.HTTPFlow) -> bool:
        """True when other flows are in flight besides ``flow`` (see ``request``)."""
        in_flight = self._in_flight
        if len(in_flight) > _IN_FLIGHT_BOUND:  # flows that ended without a hook (never expected)
            in_flight.clear()
            in_flight.add(flow.id)
        return len(in_flight) > 1 or flow.id not in in_flight

    def response(self, flow: http.HTTPFlow) -> None:
        self._in_flight.discard(flow.id)
        state = flow.metadata.get(METADATA_KEY)
        response = flow.response
        if not isinstance(state, FlowState) or not state.pseudonymised or response is None or response.stream:
            return
        fields = response.headers.fields
        names = {name.lower() for name, _ in fields}
        # Without a content-encoding, get_content() is raw_content: one scan of the fields instead
        # of one per header looked up here and in set_content.
        plain = b"content-encoding" not in names
        raw = (response.raw_content if plain else response.get_content(strict=False)) or b""
        try:
            body = json.loads(raw)
        except ValueError:
            restore = self._restorer(state, response.headers.get("content-type", ""))
            response.set_content((restore(raw) if raw else b"") + restore(b""))
            return
        restore = self.vault.restorer(state.conversation)
        changed = False

        def restore_noting(text: str, level: int) -> str:
            nonlocal changed
            restored = restore(text, level)
            changed = changed or restored != text
            return restored

        restored = restore_strings(body, restore_noting)
        if changed:  # an answer with nothing to restore keeps its bytes
            content = _JSON.encode(restored).encode("utf-8")
            if plain:
                _set_plain_content(response, content, chunked=b"transfer-encoding" in names)
            else:
                response.set_content(content)
        if state.ephemeral:
            self.vault.forget(state.conversation)

    def _restorer(self, state: FlowState, content_type: str) -> Callable[[bytes], bytes]:
        """A mitmproxy stream function: restored bytes for each chunk, the held-back rest at b""."""
        conversation = state.conversation
        if content_type.startswith(_STREAM_TYPES):
            events = StreamRestorer(
                state.response_format,
                lambda level: self.vault.stream_restorer(conversation, json_level=level),
                self.vault.restorer(conversation),
            )
            feed, flush = events.feed, events.flush
        else:  # any other body streamed by mitmproxy (stream_large_bodies): restored as text
            text = self.vault.stream_restorer(conversation, json_level=1 if "json" in content_type else 0)
            decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")

            def feed(data: bytes) -> bytes:
                return text.feed(decoder.decode(data)).encode("utf-8", "surrogateescape")

            def flush() -> bytes:
                return (text.feed(decoder.decode(b"", final=True)) + text.flush()).encode("utf-8", "surrogateescape")

        def restore(data: bytes) -> bytes:
            if data:
                return feed(data)
            out = flush()
            if state.ephemeral:
                self.vault.forget(conversation)
            return out

        return restore


def _freeze_heap() -> None:
    """Move every object alive now to the garbage collector's permanent generation.

    Once the proxy is up, the process holds a few hundred thousand objects that live as long as
    it does (the detection engine and its lexicons, the rules, mitmproxy). CPython's full
    collections traverse all of them, about 100 ms on this heap, every few hundred requests, and
    every flow in flight waits meanwhile (the loaded p99, and throughput). Frozen, they are never
    traversed again; reference counting still frees them. Unfreezing first lets a rules reload
    collect the rules it replaced.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _lowered_headers(headers: http.Headers) -> dict[str, str]:
    """``{name.lower(): value}`` with repeated headers folded with ", ", as
    ``{k.lower(): v for k, v in headers.items()}`` gives, read straight from the raw fields
    (the multidict's items() rescans every field for every name: ten times slower)."""
    grouped: dict[bytes, tuple[bytes, list[bytes]]] = {}
    for name, value in headers.fields:
        key = name.lower()
        if key in grouped:
            grouped[key][1].append(value)
        else:
            grouped[key] = (name, [value])
    return {
        name.decode("utf-8", "surrogateescape").lower(): ", ".join(v.decode("utf-8", "surrogateescape") for v in values)
        for name, values in grouped.values()
    }


def _pretty_host(request: http.Request, headers: dict[str, str]) -> str:
    """``request.pretty_host``, with the Host header taken from ``headers`` (the request's,
    lower-cased) rather than looked up again in the multidict."""
    authority = (request.authority if request.is_http2 or request.is_http3 else "") or headers.get("host")
    return url.parse_authority(authority, check=False)[0] if authority else request.host


def _send_rewritten(request: http.Request, body: bytes) -> None:
    """Put a rewritten body on ``request``, in one pass over the header fields.

    The same fields, in the same order, as
    ``headers.pop("content-encoding", None); request.content = body;
    headers["accept-encoding"] = "identity"`` give (the new body is sent uncompressed; its
    Content-Length is fixed unless a Transfer-Encoding is set; an uncompressed answer is asked
    for, so that it can be restored as it streams), without rescanning the fields for each step.
    """
    fields = request.headers.fields
    chunked = any(name.lower() == b"transfer-encoding" for name, _ in fields)
    length = str(len(body)).encode("ascii")
    out: list[tuple[bytes, bytes]] = []
    have_length = have_accept = False
    for name, value in fields:
        key = name.lower()
        if key == b"content-encoding":
            continue
        if key == b"content-length" and not chunked:
            if not have_length:  # the first keeps its place (and its spelling), later ones go
                out.append((name, length))
                have_length = True
        elif key == b"accept-encoding":
            if not have_accept:
                out.append((name, b"identity"))
                have_accept = True
        else:
            out.append((name, value))
    if not (chunked or have_length):
        out.append((b"content-length", length))
    if not have_accept:
        out.append((b"accept-encoding", b"identity"))
    request.headers.fields = tuple(out)
    request.raw_content = body


def _set_plain_content(message: http.Message, body: bytes, *, chunked: bool) -> None:
    """``message.set_content(body)`` for a message without a content-encoding header, whose
    header names are known (``chunked``: it has a Transfer-Encoding, so no Content-Length is set)."""
    message.raw_content = body
    if chunked:
        return
    length = str(len(body)).encode("ascii")
    out: list[tuple[bytes, bytes]] = []
    have_length = False
    for name, value in message.headers.fields:  # headers["content-length"] = ..., as set_all does it
        if name.lower() == b"content-length":
            if not have_length:
                out.append((name, length))
                have_length = True
        else:
            out.append((name, value))
    if not have_length:
        out.append((b"content-length", length))
    message.headers.fields = tuple(out)


def _listed(destination: Destination) -> bool:
    """True when destinations.yaml names the destination (as opposed to placing it by IP)."""
    return destination.name not in (UNLISTED, LOCAL_NETWORK)


def _format_by_path(path: str) -> str:
    """The API format the URL path alone implies (``generic_json`` when it implies none)."""
    path = path.split("?", 1)[0] or "/"
    return next(a.name for a in ADAPTERS if a.matches(path, None))


def _is_api(parsed: ParsedRequest, path: str) -> bool:
    """True when the body or the path says this is an LLM API call."""
    return parsed.format in _API_FORMATS or _format_by_path(path) in _API_FORMATS


class _Unanalysable(Exception):
    """A request that cannot be analysed (binary, oversized); the message names no content."""
