"""The mitmproxy addon: enforce the policy on live LLM traffic.

Every hook here is glue: the request is handed to the shared :class:`~pdpa_guard.pipeline.Pipeline`
(detect, locate, decide), the decision is carried out on the flow (rewrite, block, reroute), the
answer is restored for the client, and a record goes to the background writer. The request hook
never waits on the database.

Conversations: placeholders are issued per conversation key. A client may send one in the
``x-pdpa-conversation`` header (stateful APIs such as the Responses API with
``previous_response_id`` need it); otherwise every request is its own conversation, which is
always safe: chat APIs resend the whole history, so each request is self-consistent, and no
answer can ever be restored with another user's values.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass
from typing import Any

from mitmproxy import ctx, exceptions, http

from pdpa_guard.exchange import Exchange, Source
from pdpa_guard.pipeline import Inspection, Pipeline
from pdpa_guard.policy import Action
from pdpa_guard.providers import ADAPTERS, ParsedRequest, parse_request
from pdpa_guard.providers.errors import error_response
from pdpa_guard.providers.responses import StreamRestorer, restore_strings
from pdpa_guard.vault import Vault

log = logging.getLogger("pdpa_guard.proxy")

FAIL_MODES = ("auto", "closed", "open")
INLINE_LIMIT = 64 * 1024  # larger bodies are analysed off the event loop
_API_FORMATS = frozenset(a.name for a in ADAPTERS if a.name != "generic_json")
_STREAM_TYPES = ("text/event-stream", "application/x-ndjson", "application/jsonl")
CONVERSATION_HEADER = "x-pdpa-conversation"
METADATA_KEY = "pdpa_guard"


@dataclass(slots=True)
class FlowState:
    """What the response hooks need to know about a rewritten request."""

    conversation: str
    response_format: str
    pseudonymised: bool


class PdpaGuard:
    """pdpa-guard as a mitmproxy addon (``mitmdump -s addons/pdpa_guard.py``)."""

    def __init__(self) -> None:
        self.pipeline: Pipeline | None = None
        self.vault = Vault()
        self.writer: Any = None
        self.store: Any = None
        self.stats = {"inspected": 0, "pseudonymised": 0, "redacted": 0, "blocked": 0, "rerouted": 0, "failed": 0}

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

    def configure(self, updated: set[str]) -> None:
        if "pdpa_rules" in updated or self.pipeline is None:
            from pdpa_guard.rules import RulesInvalid

            try:
                self.pipeline = Pipeline.from_rules_dir(ctx.options.pdpa_rules or None)
            except RulesInvalid as exc:
                # mitmproxy refuses to start (or keeps the previous rules on a live reload).
                raise exceptions.OptionsError(f"pdpa-guard: invalid rules:\n{exc}") from None
        if ("pdpa_db" in updated or self.writer is None) and ctx.options.pdpa_record:
            from pdpa_guard.store import BackgroundWriter, Store

            if self.writer is not None:
                self.writer.close()
            self.store = Store(ctx.options.pdpa_db or None)
            try:
                self.store.ensure_schema()  # migrate now, not on the first request's write
            except Exception as exc:  # the database is down: the writer spools until it is back
                log.warning("pdpa-guard: findings store unavailable at start (%s); records will be spooled", type(exc).__name__)
            self.writer = BackgroundWriter(self.store)

    def done(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None

    # -- the request ----------------------------------------------------------------------------

    async def request(self, flow: http.HTTPFlow) -> None:
        if flow.response is not None or flow.websocket is not None or self.pipeline is None:
            return
        request = flow.request
        if request.method not in ("POST", "PUT", "PATCH") or not request.raw_content:
            return
        if len(request.raw_content) > ctx.options.pdpa_max_body:
            self._oversized(flow)
            return
        if len(request.raw_content) > INLINE_LIMIT:
            await asyncio.to_thread(self._handle, flow)
        else:
            self._handle(flow)

    def _handle(self, flow: http.HTTPFlow) -> None:
        assert self.pipeline is not None
        request = flow.request
        started = time.perf_counter()
        exchange = self._exchange(flow)
        destination = self.pipeline.locate(exchange)
        try:
            raw = request.get_content(strict=True)
        except ValueError:
            raw = None  # an undecodable Content-Encoding: analysed as binary
        parsed = parse_request(request.path, raw or b"", request.headers.get("content-type")) if raw is not None else ParsedRequest("binary", note="content-encoding could not be decoded")
        known_api = not destination.name.startswith(("unlisted", "local-network")) or parsed.format in _API_FORMATS
        if not known_api:
            return  # not LLM traffic: untouched and unrecorded
        exchange.provider_format, exchange.model = parsed.format, parsed.model
        exchange.segments = parsed.segments
        try:
            if parsed.format == "binary":
                raise _Unanalysable(parsed.note or "binary body")
            inspection = self.pipeline.inspect(exchange, parsed)
        except Exception as exc:
            self._failed(flow, exchange, destination, parsed, exc)
            return
        self.stats["inspected"] += 1
        self._enforce(flow, inspection)
        log.debug("pdpa-guard: %s %s in %.1f ms", inspection.decision.action if inspection.decision else "-", request.host,
                  (time.perf_counter() - started) * 1000)

    def _exchange(self, flow: http.HTTPFlow) -> Exchange:
        request = flow.request
        headers = {k.lower(): v for k, v in request.headers.items()}
        client = flow.client_conn.peername[0] if flow.client_conn and flow.client_conn.peername else None
        peer = flow.server_conn.peername if flow.server_conn and flow.server_conn.peername else None
        assert self.pipeline is not None
        app = self.pipeline.rules.policy.identify_app(headers, client)
        return Exchange(
            host=request.pretty_host,
            path=request.path,
            method=request.method,
            port=request.port,
            ip=peer[0] if peer else None,
            app=app or headers.get(ctx.options.pdpa_app_header.lower()),
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
            conversation = inspection.exchange.conversation or Vault.new_conversation()
            body = self.pipeline.rewrite(inspection, self.vault, conversation)
            if body is not None:
                flow.request.headers.pop("content-encoding", None)
                flow.request.content = body  # also fixes Content-Length
                # Ask for an uncompressed answer, so that it can be restored as it streams.
                flow.request.headers["accept-encoding"] = "identity"
                flow.metadata[METADATA_KEY] = FlowState(conversation, inspection.parsed.format, bool(decision.to_pseudonymise))
                self.stats["pseudonymised" if decision.to_pseudonymise else "redacted"] += 1
        self._record(inspection, action.value, note)

    def _block(self, flow: http.HTTPFlow, response_format: str, reason: str, code: str) -> None:
        status, headers, body = error_response(response_format, f"Blocked by pdpa-guard: {reason}", code=code)
        flow.response = http.Response.make(status, body, headers)

    def _reroute(self, flow: http.HTTPFlow, inspection: Inspection, target: str | None) -> str | None:
        """Send the request to a local destination; a reason string when that is impossible."""
        assert self.pipeline is not None
        entry = self.pipeline.rules.destinations.get(target) if target else None
        upstream = entry.upstream if entry is not None else None
        if upstream is None:
            return f"reroute target {target!r} has no host:port"
        request = flow.request
        request.scheme, request.host, request.port = "http", upstream[0], upstream[1]
        request.headers["host"] = f"{upstream[0]}:{upstream[1]}"
        model = getattr(entry.spec, "models", None) if entry is not None else None
        body = inspection.parsed.body
        if isinstance(body, dict) and isinstance(model, dict) and isinstance(body.get("model"), str):
            body["model"] = model.get(body["model"], model.get("*", body["model"]))
            request.content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return None

    def _oversized(self, flow: http.HTTPFlow) -> None:
        assert self.pipeline is not None
        exchange = self._exchange(flow)
        destination = self.pipeline.locate(exchange)
        reason = f"request body of {len(flow.request.raw_content or b'')} bytes exceeds pdpa_max_body"
        self._failed(flow, exchange, destination, ParsedRequest("binary", note=reason), _Unanalysable(reason))

    def _failed(self, flow: http.HTTPFlow, exchange: Exchange, destination: Any, parsed: ParsedRequest, exc: BaseException) -> None:
        """Analysis failed: block (closed) or pass (open), and record which."""
        assert self.pipeline is not None
        self.stats["failed"] += 1
        mode = ctx.options.pdpa_fail_mode
        closed = mode == "closed" or (mode == "auto" and not (destination.local or destination.country == "TH"))
        what = str(exc) if isinstance(exc, _Unanalysable) else f"analysis error ({type(exc).__name__})"
        log.warning("pdpa-guard: %s for %s: failing %s", what, exchange.host, "closed" if closed else "open")
        if closed:
            self._block(flow, parsed.format, f"request could not be checked: {what}", "pdpa_unchecked")
        inspection = Inspection(exchange, parsed, destination)
        self._record(inspection, "block" if closed else "allow", f"failed {'closed' if closed else 'open'}: {what}")

    def _record(self, inspection: Inspection, action: str, note: str | None) -> None:
        if self.writer is None or self.pipeline is None:
            return
        try:
            self.writer.submit(self.pipeline.record(inspection, enforced=True, action=action, note=note))
        except Exception as exc:  # recording must never break traffic; the writer spools on DB errors
            log.error("pdpa-guard: could not record an exchange (%s)", type(exc).__name__)

    # -- the response ---------------------------------------------------------------------------

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        state = flow.metadata.get(METADATA_KEY)
        if not isinstance(state, FlowState) or not state.pseudonymised or flow.response is None:
            return
        content_type = flow.response.headers.get("content-type", "")
        if content_type.startswith(_STREAM_TYPES):
            restorer = StreamRestorer(
                state.response_format,
                lambda level: self.vault.stream_restorer(state.conversation, json_level=level),
                lambda text, level: self.vault.restore(state.conversation, text, json_level=level),
            )
            flow.response.headers.pop("content-length", None)
            flow.response.stream = lambda data: restorer.feed(data) if data else restorer.flush()

    def response(self, flow: http.HTTPFlow) -> None:
        state = flow.metadata.get(METADATA_KEY)
        if not isinstance(state, FlowState) or not state.pseudonymised or flow.response is None or flow.response.stream:
            return
        raw = flow.response.get_content(strict=False) or b""
        try:
            body = json.loads(raw)
        except ValueError:
            text = raw.decode("utf-8", errors="surrogateescape")
            flow.response.set_content(self.vault.restore(state.conversation, text).encode("utf-8", errors="surrogateescape"))
            return
        restored = restore_strings(body, lambda text, level: self.vault.restore(state.conversation, text, json_level=level))
        flow.response.set_content(json.dumps(restored, ensure_ascii=False).encode("utf-8"))


class _Unanalysable(Exception):
    """A request that cannot be analysed (binary, oversized); the message names no content."""
