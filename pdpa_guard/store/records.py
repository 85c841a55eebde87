"""Turn what the pipeline saw into store records that cannot leak what they describe.

:func:`build_records` is the only place that touches raw values: it slices each finding's value
out of its segment, derives a masked preview and a keyed hash from it, and drops it. What comes
out (:class:`ExchangeRecord`) is a plain, picklable, JSON-able object with no raw value, safe to
queue, spool to disk and log.

Keyed hashes let legal count distinct data subjects. The value is normalised first so that the
same identifier written differently is one subject (``081-234-5678`` and ``+66 81 234 5678``;
``Somchai@Example.com`` and ``somchai@example.com``; ``นายสมชาย ใจดี`` and ``สมชาย  ใจดี``) and
the entity type is part of the hashed message, so equal digits of two kinds never collide.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import math
import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from functools import lru_cache
from typing import Any, Protocol

from pdpa_guard.detect.catalogue import spec
from pdpa_guard.detect.finding import Finding
from pdpa_guard.detect.masking import mask
from pdpa_guard.detect.text import digits_only, fold_digits, reader_value
from pdpa_guard.exchange import Exchange, TextSegment
from pdpa_guard.store.keys import key_id, load_key
from pdpa_guard.store.models import ACTIONS

RECORD_VERSION = 1
_ID_NAMESPACE = uuid.UUID("5b0c7d4e-2f8a-4c61-9a57-6c1e0d3f9b21")


class DestinationLike(Protocol):
    """What the store needs of a destination (``pdpa_guard.destinations.Destination`` fits)."""

    @property
    def name(self) -> str: ...
    @property
    def host(self) -> str: ...
    @property
    def port(self) -> int | None: ...
    @property
    def provider(self) -> str | None: ...
    @property
    def country(self) -> str | None: ...
    @property
    def region(self) -> str | None: ...
    @property
    def transfer_basis(self) -> Any: ...
    @property
    def basis_ref(self) -> str | None: ...
    @property
    def local(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class FindingRecord:
    """A finding as stored: where, what kind, how sure, a masked preview and a keyed hash."""

    entity_type: str
    category: str
    sensitive: bool
    score: float
    start: int
    end: int
    segment_path: str
    preview: str
    value_hash: str
    recognizer: str | None = None


@dataclass(frozen=True, slots=True)
class ExchangeRecord:
    """One exchange and its findings, ready for the store. Holds no raw personal value."""

    id: str
    time: datetime
    dest_host: str
    action: str
    enforced: bool
    source: str
    app: str | None = None
    dest_name: str | None = None
    dest_port: int | None = None
    dest_country: str | None = None
    dest_region: str | None = None
    dest_basis: str | None = None
    dest_basis_ref: str | None = None
    dest_local: bool = False
    provider: str | None = None
    provider_format: str | None = None
    model: str | None = None
    method: str = "POST"
    path: str = "/"
    request_bytes: int = 0
    est_tokens: int = 0
    rule: str | None = None
    note: str | None = None
    source_ref: str | None = None
    conversation_hash: str | None = None
    hash_key_id: str | None = None
    findings: tuple[FindingRecord, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict (the spool format); :meth:`from_dict` reverses it."""
        data = {name: getattr(self, name) for name in self.__dataclass_fields__ if name != "findings"}
        data["time"] = self.time.isoformat()
        data["findings"] = [
            {name: getattr(f, name) for name in FindingRecord.__dataclass_fields__} for f in self.findings
        ]
        return {"kind": "exchange", "v": RECORD_VERSION, **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExchangeRecord:
        fields = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        fields["time"] = _utc(datetime.fromisoformat(fields["time"]))
        fields["findings"] = tuple(FindingRecord(**f) for f in data.get("findings", ()))
        return cls(**fields)

    @property
    def sensitive_count(self) -> int:
        return sum(1 for f in self.findings if f.sensitive)


@dataclass(frozen=True, slots=True)
class ScanState:
    """How far the scanner read one log file (``prefix_hash``: SHA-256 of bytes [0, byte_offset))."""

    path: str
    size: int
    mtime: float
    prefix_hash: str
    byte_offset: int
    records: int = 0
    scanned_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def to_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
        data["scanned_at"] = self.scanned_at.isoformat()
        return {"kind": "scan", "v": RECORD_VERSION, **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScanState:
        fields = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        fields["scanned_at"] = _utc(datetime.fromisoformat(fields["scanned_at"]))
        return cls(**fields)


StoreItem = ExchangeRecord | ScanState


def item_from_dict(data: dict[str, Any]) -> StoreItem:
    """The record a spooled JSON object describes."""
    kind = data.get("kind")
    if kind == "exchange":
        return ExchangeRecord.from_dict(data)
    if kind == "scan":
        return ScanState.from_dict(data)
    raise ValueError(f"unknown spooled item kind {kind!r}")


def normalise_action(action: str, enforced: bool) -> str:
    """``action`` as stored: unenforced decisions become ``would_<action>`` (``allow`` stays)."""
    base = action.removeprefix("would_")
    if base not in ACTIONS:
        raise ValueError(f"unknown action {action!r}; expected one of {', '.join(ACTIONS)} (or would_*)")
    if enforced and action != base:
        raise ValueError(f"action {action!r} is a would_* form but the record says it was enforced")
    return base if enforced or base == "allow" else f"would_{base}"


def stable_id(*parts: object) -> str:
    """A deterministic record id (UUID 5) for records that may be produced twice.

    The scanner should pass e.g. ``stable_id(path, prefix_hash_of_record, byte_offset)`` so that
    scanning the same log twice stores each record once. Pass identifiers, never prompt text.
    """
    return str(uuid.uuid5(_ID_NAMESPACE, "\x1f".join(str(p) for p in parts)))


def build_records(
    exchange: Exchange,
    destination: DestinationLike | None,
    pairs: Iterable[tuple[TextSegment, Finding]],
    action: str,
    rule: str | None = None,
    enforced: bool = True,
    note: str | None = None,
    *,
    key: bytes | None = None,
    record_id: str | None = None,
) -> ExchangeRecord:
    """The store record of ``exchange``, its findings and the decision taken about it.

    ``pairs`` are (segment, finding) with the finding's offsets relative to ``segment.text``;
    each value is used only to compute its preview and keyed hash. ``destination`` may be None
    when nothing was resolved (recorded as unknown country). ``key`` defaults to the
    installation's HMAC secret; ``record_id`` to a random UUID (see :func:`stable_id`).
    """
    key = load_key() if key is None else key
    if record_id is not None:
        record_id = str(uuid.UUID(record_id))  # a caller bug shows here, not as a refused row later
    findings = tuple(_finding_record(key, segment, f) for segment, f in pairs)
    d = destination
    return ExchangeRecord(
        id=record_id or str(uuid.uuid4()),
        time=_utc(exchange.timestamp),
        app=_text(exchange.app),
        dest_name=_text(getattr(d, "name", None)),
        dest_host=_text(getattr(d, "host", None) or exchange.host) or "unknown",
        dest_port=getattr(d, "port", None) or exchange.port,
        dest_country=_text(getattr(d, "country", None)),
        dest_region=_text(getattr(d, "region", None)),
        dest_basis=_text(getattr(d, "transfer_basis", None)),
        dest_basis_ref=_text(getattr(d, "basis_ref", None)),
        dest_local=bool(getattr(d, "local", False)),
        provider=_text(getattr(d, "provider", None)),
        provider_format=_text(exchange.provider_format),
        model=_text(exchange.model),
        method=_text(exchange.method.upper()) or "POST",
        path=_text(_strip_query(exchange.path)) or "/",
        request_bytes=int(exchange.request_bytes),
        est_tokens=estimate_tokens(exchange.segments),
        action=normalise_action(action, enforced),
        enforced=enforced,
        rule=_text(rule),
        note=_text(note),
        source=_text(exchange.source) or "proxy",
        source_ref=_text(exchange.source_ref),
        conversation_hash=_keyed(key, "conversation", exchange.conversation)[:32]
        if exchange.conversation
        else None,
        hash_key_id=_key_id(key),
        findings=findings,
    )


def _finding_record(key: bytes, segment: TextSegment, f: Finding) -> FindingRecord:
    value = reader_value(segment.text[f.start : f.end])
    try:
        s = spec(f.entity_type)
        category, sensitive, preview = s.category.value, s.is_sensitive, mask(f.entity_type, value)
    except KeyError:  # a type the catalogue does not know yet: record it, show no shape
        category, sensitive, preview = "unknown", False, f"[{f.entity_type}]"
    return FindingRecord(
        entity_type=f.entity_type,
        category=category,
        sensitive=sensitive,
        score=round(float(f.score), 4),
        start=f.start,
        end=f.end,
        segment_path=_text(segment.path) or "$",
        preview=_text(preview) or "",
        value_hash=value_hash(key, f.entity_type, value),
        recognizer=_text(f.recognizer or None),
    )


def value_hash(key: bytes, entity_type: str, value: str) -> str:
    """HMAC-SHA256 (hex) of the normalised ``value``, scoped to ``entity_type``."""
    return _keyed(key, entity_type, normalise(entity_type, value))


def _keyed(key: bytes, scope: str, text: str) -> str:
    # hmac.digest: OpenSSL's one-shot HMAC, the same bytes as hmac.new(...).digest() without
    # building an HMAC object per value.
    return hmac.digest(key, f"{scope}\x1f{text}".encode(), hashlib.sha256).hex()


@lru_cache(maxsize=8)
def _key_id(key: bytes) -> str:
    """``key_id`` once per key (every record carries it)."""
    return key_id(key)


_DIGIT_TYPES = frozenset({"TH_NATIONAL_ID", "CREDIT_CARD", "TH_BANK_ACCOUNT", "TH_JURISTIC_ID"})
_CODE_TYPES = frozenset({"TH_PASSPORT", "TH_VEHICLE_PLATE", "STUDENT_ID", "MEDICAL_RECORD_NUMBER"})
# Leading titles and ranks of a PERSON span (DESIGN.md: the span includes them). Thai
# abbreviations are letters followed by a dot, repeated (น.ส., ด.ช., พล.ต.อ., ผศ.ดร.). Stripping
# only has to be deterministic: a given name that happens to start like a title is cut the same
# way every time, so it still hashes to one subject.
_TITLE = re.compile(
    r"^(?:(?:[\u0E01-\u0E4E]{1,4}\.\s*)+|นางสาว|เด็กชาย|เด็กหญิง|นาย|นาง|คุณ|"
    r"(?:ผู้ช่วย|รอง)?ศาสตราจารย์|(?:mrs|mr|ms|miss|dr|prof)(?:\.|\s))\s*",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")


def normalise(entity_type: str, value: str) -> str:
    """The canonical form of ``value`` hashed for ``entity_type`` (see module docstring)."""
    text = _SPACE.sub(" ", unicodedata.normalize("NFKC", fold_digits(value))).strip()
    if entity_type in _DIGIT_TYPES:
        return digits_only(text) or text
    if entity_type == "PHONE_NUMBER":
        return _phone_e164(text)
    if entity_type in _CODE_TYPES:
        # Drop separators only: Thai vowel and tone marks (category M) are part of the letters.
        return "".join(ch for ch in text.casefold() if unicodedata.category(ch)[0] in "LNM") or text
    if entity_type == "IP_ADDRESS":
        try:
            return ipaddress.ip_address(text).compressed
        except ValueError:
            return text.casefold()
    if entity_type == "LINE_ID":
        return text.lstrip("@").casefold()
    if entity_type == "PERSON":
        name = text
        while (m := _TITLE.match(name)) and m.end() < len(name):
            name = name[m.end() :]
        return name.casefold()
    return text.casefold()


def _phone_e164(text: str) -> str:
    """E.164-like digits, Thai numbers assumed without a country code (``081...`` -> ``+6681...``).

    String rules instead of libphonenumber's parser: this runs per finding on the proxy's path,
    and the parser costs ~100 us a number. An extension, when part of the span, stays appended.
    """
    digits = digits_only(text)
    if not digits:
        return text
    if text.startswith("+"):
        pass
    elif digits.startswith("00"):  # international access code written instead of "+"
        digits = digits[2:]
    elif digits.startswith("0"):  # national format: Thailand's trunk prefix
        digits = "66" + digits[1:]
    if digits.startswith("660"):  # "+66 (0)81 ...": the trunk zero written after the country code
        digits = "66" + digits[3:]
    return "+" + digits


def estimate_tokens(segments: Iterable[TextSegment]) -> int:
    """A rough token count for cost and volume charts (no tokenizer: this runs on the hot path).

    About 4 characters per token for ASCII text and 2 for Thai and other scripts, a middle ground
    between the cl100k and o200k tokenizers on mixed Thai-English prompts.
    """
    ascii_chars = other = 0
    for s in segments:
        n_ascii = len(s.text.encode("ascii", "ignore"))
        ascii_chars += n_ascii
        other += len(s.text) - n_ascii
    return math.ceil(ascii_chars / 4 + other / 2)


def _strip_query(path: str) -> str:
    # Some APIs take credentials in the query (Gemini's ?key=); the path alone says what was called.
    return path.split("?", 1)[0].split("#", 1)[0] or "/"


def _text(value: object) -> str | None:
    """``value`` as a storable string: enums by value, NUL removed (PostgreSQL refuses it in text)."""
    if value is None:
        return None
    text = str(value.value) if isinstance(value, Enum) else str(value)
    return text.replace("\x00", "") if "\x00" in text else text


def _utc(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
