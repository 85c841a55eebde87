"""The tables of the findings store. No column ever holds a raw personal value.

* ``exchanges``: one row per request seen by the proxy or found by the scanner: when, which app,
  where it went (destination, country, transfer basis), how big, what was decided and whether the
  decision was enforced. ``path`` has its query string removed (some APIs put keys there) and the
  conversation is a keyed hash.
* ``findings``: what was found in an exchange: entity type, category, s.26 flag, score, offsets
  into the text segment at ``segment_path``, a masked preview and ``value_hash``, the keyed
  HMAC-SHA256 of the normalised value (count distinct hashes to count data subjects; hashes are
  comparable only between rows with the same ``exchanges.hash_key_id``).
* ``scans``: how far the scanner got in each log file, so a rescan starts where it stopped.

Indexes serve the monthly report: time ranges, by destination country, by entity type, distinct
hashes. Times are stored in UTC (SQLite has no time zones: values are converted on the way in and
marked UTC on the way out).

Only columns whose values pdpa-guard generates itself (ids, hashes, actions) have a length limit:
PostgreSQL enforces VARCHAR lengths, and a record the database refuses would have to be set aside.

``action`` is a plain string (``allow``, ``pseudonymise``, ``redact``, ``block``, ``reroute``, or
``would_<action>`` for decisions recorded but not enforced, e.g. by the scanner) plus ``enforced``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

ACTIONS = ("allow", "pseudonymise", "redact", "block", "reroute")
WOULD_ACTIONS = tuple(f"would_{a}" for a in ACTIONS if a != "allow")


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend (SQLite stores it naive, in UTC)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class ExchangeRow(SQLModel, table=True):
    """One outbound request (live or from a log) and the decision taken about it."""

    __tablename__ = "exchanges"
    __table_args__ = (
        sa.Index("ix_exchanges_time", "time"),
        sa.Index("ix_exchanges_country_time", "dest_country", "time"),
        sa.Index("ix_exchanges_app_time", "app", "time"),
    )

    id: str = Field(primary_key=True, max_length=36, description="UUID: makes replays idempotent")
    time: datetime = Field(sa_type=UTCDateTime, nullable=False)
    app: str | None = None
    dest_name: str | None = None
    dest_host: str
    dest_port: int | None = None
    dest_country: str | None = Field(default=None, description="ISO 3166 alpha-2")
    dest_region: str | None = None
    dest_basis: str | None = Field(default=None, description="transfer basis: adequacy, bcr, ...")
    dest_basis_ref: str | None = None
    dest_local: bool = False
    provider: str | None = None
    provider_format: str | None = None
    model: str | None = None
    method: str = "POST"
    path: str = "/"
    request_bytes: int = Field(default=0, sa_type=sa.BigInteger)
    est_tokens: int = 0
    finding_count: int = 0
    sensitive_count: int = 0
    action: str = Field(max_length=32)
    enforced: bool = False
    rule: str | None = None
    note: str | None = Field(default=None, description="e.g. 'failed open: detector error'")
    source: str = Field(description="proxy or scan")
    source_ref: str | None = Field(default=None, description="file:line for scans, flow id for the proxy")
    conversation_hash: str | None = Field(default=None, max_length=64)
    hash_key_id: str | None = Field(default=None, max_length=16)


class FindingRow(SQLModel, table=True):
    """One entity found in an exchange: type, place, score, preview and keyed hash, never the value."""

    __tablename__ = "findings"
    __table_args__ = (
        sa.Index("ix_findings_entity_type", "entity_type"),
        sa.Index("ix_findings_value_hash", "value_hash"),
    )

    exchange_id: str = Field(
        sa_column=sa.Column(
            sa.String(36), sa.ForeignKey("exchanges.id", ondelete="CASCADE"), primary_key=True
        )
    )
    seq: int = Field(primary_key=True, description="position of the finding within its exchange")
    entity_type: str
    category: str
    sensitive: bool = False
    score: float
    start_offset: int
    end_offset: int
    segment_path: str = "$"
    recognizer: str | None = None
    preview: str
    value_hash: str = Field(max_length=64)


class ScanRow(SQLModel, table=True):
    """How far the scanner read a log file, to rescan only what was appended."""

    __tablename__ = "scans"

    path: str = Field(primary_key=True)
    size: int = Field(sa_type=sa.BigInteger)
    mtime: float
    prefix_hash: str = Field(description="SHA-256 of bytes [0, byte_offset)")
    byte_offset: int = Field(sa_type=sa.BigInteger, description="byte offset reached")
    records: int = 0
    scanned_at: datetime = Field(sa_type=UTCDateTime, nullable=False)


metadata = SQLModel.metadata
TABLES = ("exchanges", "findings", "scans")
