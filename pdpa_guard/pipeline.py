"""The one pipeline both entry points run: detect, locate, decide, (act), record.

The proxy and the scanner differ only in where a request comes from and whether the decision is
enforced (DESIGN.md). Everything that knows about detection, destinations, policy or the store is
reached through :class:`Pipeline`, so neither the mitmproxy addon nor a log reader carries its own
copy of any of it.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pdpa_guard.anonymise import ALLOW, apply_all
from pdpa_guard.destinations import Destination
from pdpa_guard.detect import DetectionEngine, Finding, get_engine
from pdpa_guard.detect.subject import require_subject_tagged
from pdpa_guard.exchange import Exchange, Source
from pdpa_guard.policy import Action, Decision
from pdpa_guard.providers import ParsedRequest, parse_json_body, parse_request
from pdpa_guard.rules import Rules, load_rules
from pdpa_guard.scan.record import LogRecord
from pdpa_guard.store.keys import load_key
from pdpa_guard.store.records import ExchangeRecord, build_records, stable_id
from pdpa_guard.vault import Vault

CACHE_ENTRIES = 1024  # recent segments whose findings are remembered
CACHE_TEXT_CHARS = 16 * 1024  # longer segments are not cached (bounds the memory to ~16 M chars)
_REF_POSITION = re.compile(r"(?::(?:entry |flow )?\d+|@\d+)$")
_REWRITING = (Action.PSEUDONYMISE, Action.REDACT)


@dataclass(slots=True)
class Inspection:
    """Everything the pipeline learnt about one request, before acting on it."""

    exchange: Exchange
    parsed: ParsedRequest
    destination: Destination
    findings: list[tuple[int, Finding]] = field(default_factory=list)  # (segment index, finding)
    decision: Decision | None = None

    @property
    def violation(self) -> bool:
        """True when the policy would not let this request through unchanged."""
        return self.decision is not None and self.decision.action is not Action.ALLOW

    def pairs(self) -> list[tuple[object, Finding]]:
        """(TextSegment, Finding) pairs, as the store wants them."""
        segments = self.exchange.segments
        return [(segments[i], f) for i, f in self.findings]


class Pipeline:
    """Detection engine + rules, assembled once per process."""

    def __init__(self, rules: Rules, engine: DetectionEngine | None = None, cache_entries: int = CACHE_ENTRIES) -> None:
        self.rules = rules
        self.engine = engine or get_engine()
        # Chat clients resend the whole history with every request, so most segments of a request
        # were already analysed moments ago. Findings of recent segments are kept (in memory only,
        # bounded, like the vault) so that a long conversation costs one new message per turn.
        self._cache: OrderedDict[str, tuple[Finding, ...]] = OrderedDict()
        self._cache_entries = cache_entries
        self._cache_lock = threading.Lock()
        self._key: bytes | None = None

    @classmethod
    def from_rules_dir(cls, rules_dir: str | Path | None = None) -> Pipeline:
        """Load and check the rules (raises ``RulesInvalid`` listing every error)."""
        return cls(load_rules(rules_dir))

    # -- the stages ---------------------------------------------------------------------------

    def detect(
        self, exchange: Exchange, analysed: Mapping[str, tuple[Finding, ...]] | None = None
    ) -> list[tuple[int, Finding]]:
        """Findings in every text segment, tagged with the segment they were found in.

        ``analysed``: findings of segment texts already analysed elsewhere (a detection worker),
        as :meth:`analyze` would have found them.
        """
        found: list[tuple[int, Finding]] = []
        for index, segment in enumerate(exchange.segments):
            known = analysed.get(segment.text) if analysed else None
            found.extend((index, f) for f in (self.analyze(segment.text) if known is None else known))
        # The messages of one exchange are one document: a name in the system prompt makes the
        # diagnosis in the user's message data about that person (and still once pseudonymised).
        return require_subject_tagged(found)

    def analyze(self, text: str) -> tuple[Finding, ...]:
        """The engine's findings in ``text`` as one part of an exchange (s.26 findings that name no
        one are kept for :meth:`detect` to judge), from the cache of recent segments when possible."""
        hit = self.cached(text)
        if hit is not None:
            return hit
        found = tuple(self.engine.analyze(text, whole_document=False))
        self.remember(text, found)
        return found

    def cached(self, text: str) -> tuple[Finding, ...] | None:
        """The findings of ``text`` if it was analysed moments ago (see ``__init__``), else None."""
        if len(text) > CACHE_TEXT_CHARS or self._cache_entries <= 0:
            return None
        with self._cache_lock:
            hit = self._cache.get(text)
            if hit is not None:
                self._cache.move_to_end(text)
            return hit

    def remember(self, text: str, found: tuple[Finding, ...]) -> None:
        """Keep the findings of ``text`` (as :meth:`analyze` found them) for the next request."""
        if len(text) > CACHE_TEXT_CHARS or self._cache_entries <= 0:
            return
        with self._cache_lock:
            self._cache[text] = found
            while len(self._cache) > self._cache_entries:
                self._cache.popitem(last=False)

    def locate(self, exchange: Exchange) -> Destination:
        """Where the request goes: by rules, else by the server's IP, else unknown."""
        return self.rules.destinations.resolve(exchange.host or "unknown", exchange.port, exchange.ip)

    def decide(self, inspection: Inspection) -> Decision:
        """The policy's decision for the findings, destination and application."""
        return self.rules.policy.decide([f for _, f in inspection.findings], inspection.destination, inspection.exchange.app)

    def inspect(
        self,
        exchange: Exchange,
        parsed: ParsedRequest,
        *,
        destination: Destination | None = None,
        analysed: Mapping[str, tuple[Finding, ...]] | None = None,
    ) -> Inspection:
        """Detect, locate and decide (``destination``: located already; ``analysed``: see :meth:`detect`)."""
        inspection = Inspection(exchange, parsed, destination or self.locate(exchange), self.detect(exchange, analysed))
        inspection.decision = self.decide(inspection)
        return inspection

    def record(
        self,
        inspection: Inspection,
        *,
        enforced: bool,
        action: str | None = None,
        note: str | None = None,
        record_id: str | None = None,
    ) -> ExchangeRecord:
        """The store record of an inspection (no raw values leave this call)."""
        decision = inspection.decision
        chosen = action or (decision.action.value if decision else Action.ALLOW.value)
        notes = [n for n in (inspection.parsed.note, note) if n]
        return build_records(
            inspection.exchange,
            inspection.destination,
            inspection.pairs(),
            chosen,
            rule=decision.rule if decision else None,
            enforced=enforced,
            note="; ".join(notes) or None,
            record_id=record_id,
            key=self.hash_key(),
        )

    def hash_key(self) -> bytes:
        """The installation's HMAC key, resolved once: the path lookups cost more than the HMACs."""
        if self._key is None:
            self._key = load_key()
        return self._key

    def rewrite(
        self, inspection: Inspection, vault: Vault, conversation: str, *, surrogates: bool = False
    ) -> bytes | None:
        """The request body with the decision's pseudonymise/redact findings rewritten, or None
        when nothing is to be rewritten. Placeholders are issued by ``vault`` under
        ``conversation`` so that the answer can be restored; with ``surrogates``, fake values of
        the same shape are used instead where the entity type has a generator."""
        decision = inspection.decision
        # Decisions refer to the very Finding objects passed in; equal-looking findings in two
        # segments are different objects, so identity is the right key. Only the rewriting
        # actions are kept: any other finding is left as it is.
        actions = (
            {id(d.finding): d.action.value for d in decision.findings if d.action in _REWRITING}
            if decision is not None
            else {}
        )
        if not actions:
            # Still note placeholder-like text typed into the prompt, so that a model echoing it
            # never gets it "restored" to a value issued earlier in the conversation.
            vault.reserve(conversation, [segment.text for segment in inspection.exchange.segments])
            return None
        per_segment: list[list[Finding]] = [[] for _ in inspection.exchange.segments]
        for index, finding in inspection.findings:
            per_segment[index].append(finding)
        rewrites = apply_all(
            [(segment.text, found) for segment, found in zip(inspection.exchange.segments, per_segment, strict=True)],
            lambda f: actions.get(id(f), ALLOW),
            vault,
            conversation,
            surrogates=surrogates,
        )
        changed = {i: r.text for i, r in enumerate(rewrites) if r.replacements}
        return inspection.parsed.rewrite(changed) if changed else None

    # -- scanner entry ------------------------------------------------------------------------

    def scan_record(self, record: LogRecord, destination_host: str | None = None) -> tuple[Inspection, ExchangeRecord]:
        """Inspect a logged request and record what *would* have happened to it."""
        if isinstance(record.body, dict | list):
            parsed = parse_json_body(record.path, record.body)
            size = 0
        else:
            raw = record.body if isinstance(record.body, bytes) else str(record.body or "").encode("utf-8")
            parsed = parse_request(record.path, raw, record.content_type)
            size = len(raw)
        host = record.host or destination_host or "unknown"
        exchange = Exchange(
            host=host,
            path=record.path,
            method=record.method,
            port=record.port or 443,
            ip=record.ip,
            timestamp=record.timestamp or datetime.now().astimezone(),
            app=record.app,
            provider_format=parsed.format,
            model=parsed.model,
            segments=parsed.segments,
            request_bytes=size or sum(len(s.text.encode("utf-8")) for s in parsed.segments),
            source=Source.SCAN,
            source_ref=record.source_ref,
        )
        inspection = self.inspect(exchange, parsed)
        # The same logged request gets the same id however the file was read (whole, resumed or
        # split), so rescans never count it twice.
        file = _REF_POSITION.sub("", record.source_ref)
        position = record.end_offset if record.end_offset is not None else record.source_ref
        record_id = stable_id("scan", file, position, exchange.timestamp.isoformat())
        return inspection, self.record(inspection, enforced=False, record_id=record_id)


def headers_lower(headers: Mapping[str, str]) -> dict[str, str]:
    """Header names lower-cased, as the policy's app identification expects."""
    return {k.lower(): v for k, v in headers.items()}
