"""Shared helpers for the findings-store tests: backends, fabricated values, record builders.

Every value here is fabricated: the national ID's checksum is computed, the card number is the
public Visa test number, the names are invented words.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from pdpa_guard.detect.finding import Finding
from pdpa_guard.exchange import Exchange, Source, TextSegment
from pdpa_guard.store import ExchangeRecord, build_records

PG_ENV = "PDPA_GUARD_TEST_PG_URL"
PG_URL = os.environ.get(PG_ENV)
PG_SKIP = f"PostgreSQL tests need {PG_ENV} (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)"
HMAC_KEY = b"test-only-hmac-secret-0123456789abcdef"

# (entity type, raw value as written in the prompt, its normalised forms that must not leak either)
FABRICATED: list[tuple[str, str, tuple[str, ...]]] = [
    ("TH_NATIONAL_ID", "3-1017-00456-78-8", ("3101700456788",)),
    ("PHONE_NUMBER", "089-765-4321", ("0897654321", "+66897654321", "897654321")),
    ("EMAIL_ADDRESS", "Somsri.Thodsob@example.co.th", ("somsri.thodsob@example.co.th",)),
    ("PERSON", "นางสาวสมศรี ทดสอบดี", ("สมศรี ทดสอบดี", "สมศรี", "ทดสอบดี")),
    ("CREDIT_CARD", "4111 1111 1111 1111", ("4111111111111111",)),
    ("HEALTH_DATA", "โรคเบาหวาน", ()),
]


def raw_needles() -> list[bytes]:
    """Every fabricated value and normalised form, as the bytes a leak would contain."""
    needles: list[bytes] = []
    for _, raw, forms in FABRICATED:
        for text in (raw, *forms):
            needles.append(text.encode("utf-8"))
    return needles


def prompt_with_values() -> tuple[TextSegment, list[Finding]]:
    """A prompt containing every fabricated value, and findings pointing at each."""
    text = "ช่วยสรุปข้อมูลลูกค้า: "
    findings = []
    for entity_type, raw, _ in FABRICATED:
        start = len(text)
        text += raw
        findings.append(Finding(entity_type, start, start + len(raw), 0.9, "test"))
        text += " ; "
    return TextSegment("$.messages[0].content", text), findings


@dataclass(frozen=True)
class FakeDestination:
    """Anything with these attributes is a destination for the store (a Protocol, not a class)."""

    name: str = "openai"
    host: str = "api.openai.com"
    port: int | None = 443
    provider: str = "openai"
    country: str | None = "US"
    region: str | None = None
    transfer_basis: str = "none"
    basis_ref: str | None = None
    local: bool = False


def make_record(
    *,
    when: datetime | None = None,
    action: str = "pseudonymise",
    enforced: bool = True,
    source: Source = Source.PROXY,
    destination: FakeDestination | None = None,
    record_id: str | None = None,
    with_findings: bool = True,
) -> ExchangeRecord:
    segment, findings = prompt_with_values()
    exchange = Exchange(
        host="api.openai.com",
        path="/v1/chat/completions?api-version=1",
        timestamp=when or datetime.now(UTC),
        app="crm-bot",
        provider_format="openai-chat",
        model="gpt-4o-mini",
        segments=[segment],
        request_bytes=len(segment.text.encode()),
        source=source,
        source_ref="logs/app.jsonl:12" if source is Source.SCAN else "flow-1",
        conversation="api-key-fingerprint-1",
    )
    pairs = [(segment, f) for f in findings] if with_findings else []
    return build_records(
        exchange,
        destination or FakeDestination(),
        pairs,
        action,
        "cross-border-default",
        enforced,
        None,
        key=HMAC_KEY,
        record_id=record_id,
    )


def old(days: int) -> datetime:
    return datetime.now(UTC) - timedelta(days=days)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys, spools and default databases go to a temporary directory, never to the user's."""
    home = tmp_path_factory.mktemp("pdpa-guard-home")
    monkeypatch.setenv("PDPA_GUARD_HOME", str(home))
    monkeypatch.delenv("PDPA_GUARD_HMAC_KEY", raising=False)
    monkeypatch.delenv("PDPA_GUARD_DB", raising=False)


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh schema, dropped after the test."""
    if not PG_URL:
        pytest.skip(PG_SKIP)
    schema = f"pdpa_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """The same test on SQLite (a temp file) and PostgreSQL (a temp schema, if configured)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'findings.db'}"
    return request.getfixturevalue("pg_schema_url")


class locked:
    """Hold SQLite's write lock from another connection (a long-running writer elsewhere)."""

    def __init__(self, store) -> None:
        self.engine = sa.create_engine(store.url, poolclass=sa.pool.NullPool)

    def __enter__(self):
        self.conn = self.engine.raw_connection()
        self.conn.driver_connection.isolation_level = None
        self.conn.cursor().execute("BEGIN EXCLUSIVE")
        return self

    def __exit__(self, *exc: object) -> None:
        self.conn.cursor().execute("ROLLBACK")
        self.conn.close()
        self.engine.dispose()
