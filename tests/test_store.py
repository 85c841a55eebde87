"""The findings store on SQLite and PostgreSQL: what is stored, what never is, migrations, retention."""

from __future__ import annotations

import logging
import pickle
import stat
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
import store_support
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import func, select
from store_support import (
    FABRICATED,
    HMAC_KEY,
    FakeDestination,
    locked,
    make_record,
    old,
    prompt_with_values,
    raw_needles,
)
from typer.testing import CliRunner

from pdpa_guard.cli import app
from pdpa_guard.exchange import Exchange, Source
from pdpa_guard.store import (
    BackgroundWriter,
    ExchangeRecord,
    ExchangeRow,
    FindingRow,
    ScanState,
    Store,
    build_records,
    parse_age,
    stable_id,
)
from pdpa_guard.store import keys as store_keys
from pdpa_guard.store.migrate import head_revision
from pdpa_guard.store.models import metadata
from pdpa_guard.store.records import normalise, value_hash

# Fixtures shared with the other store tests (SQLite and PostgreSQL backends, isolated home).
_isolated_home = store_support._isolated_home
pg_schema_url = store_support.pg_schema_url
store_url = store_support.store_url


@pytest.fixture
def store(store_url: str):
    s = Store(store_url)
    yield s
    s.close()


# -- what a record holds -----------------------------------------------------------------------


def test_exchange_and_findings_are_stored_with_previews_and_hashes(store: Store) -> None:
    record = make_record(destination=FakeDestination(country="US", region="us-east-1"))
    assert store.write([record]) == 1
    with store.session() as s:
        row = s.exec(select(ExchangeRow)).one()
        findings = s.exec(select(FindingRow).order_by(FindingRow.seq)).all()
    assert row.id == record.id
    assert row.time == record.time and row.time.tzinfo is not None
    assert (row.dest_host, row.dest_country, row.dest_region, row.dest_basis) == (
        "api.openai.com",
        "US",
        "us-east-1",
        "none",
    )
    assert row.path == "/v1/chat/completions"  # the query string (API keys, versions) is dropped
    assert (row.action, row.enforced, row.rule, row.source) == (
        "pseudonymise",
        True,
        "cross-border-default",
        "proxy",
    )
    assert row.finding_count == len(FABRICATED) and row.sensitive_count == 1
    assert row.conversation_hash and "api-key" not in row.conversation_hash
    assert [f.entity_type for f in findings] == [t for t, _, _ in FABRICATED]
    by_type = {f.entity_type: f for f in findings}
    assert by_type["TH_NATIONAL_ID"].preview == "3-xxxx-xxxxx-xx-8"
    assert by_type["HEALTH_DATA"].sensitive and by_type["HEALTH_DATA"].category == "sensitive"
    assert by_type["PHONE_NUMBER"].value_hash == value_hash(HMAC_KEY, "PHONE_NUMBER", "+66 89 765 4321")
    segment, spans = prompt_with_values()
    assert [(f.start_offset, f.end_offset) for f in findings] == [(f.start, f.end) for f in spans]
    assert {f.segment_path for f in findings} == {segment.path}


def test_writing_the_same_record_twice_stores_it_once(store: Store) -> None:
    a, b = make_record(), make_record()
    assert store.write([a]) == 1
    assert store.write([a, b, a]) == 1  # a replayed spool or a retried batch
    stats = store.stats()
    assert (stats.exchanges, stats.findings) == (2, 2 * len(FABRICATED))


def test_the_same_person_written_differently_counts_once(store: Store) -> None:
    """Legal counts data subjects by distinct keyed hashes: formatting must not split a person."""
    variants = [
        ("PHONE_NUMBER", ["089-765-4321", "+66 89 765 4321", "๐๘๙๗๖๕๔๓๒๑"]),
        ("EMAIL_ADDRESS", ["Somsri.Thodsob@example.co.th", "somsri.thodsob@EXAMPLE.co.th"]),
        ("PERSON", ["นางสาวสมศรี ทดสอบดี", "สมศรี  ทดสอบดี", "คุณสมศรี ทดสอบดี"]),
        ("TH_NATIONAL_ID", ["3-1017-00456-78-8", "3101700456788", "3 1017 00456 78 8"]),
    ]
    records = []
    for entity_type, values in variants:
        for value in values:
            text = f"ข้อมูล {value} จบ"
            records.append(_record_for(text, entity_type, text.index(value), len(value)))
    store.write(records)
    with store.session() as s:
        distinct = s.exec(select(func.count(sa.distinct(FindingRow.value_hash)))).one()
        total = s.exec(select(func.count()).select_from(FindingRow)).one()
    assert (total, distinct) == (sum(len(v) for _, v in variants), len(variants))


def test_different_people_and_types_do_not_collide() -> None:
    assert value_hash(HMAC_KEY, "PHONE_NUMBER", "0897654321") != value_hash(
        HMAC_KEY, "PHONE_NUMBER", "0897654322"
    )
    # The same digits as two kinds of identifier are two facts, not one.
    assert value_hash(HMAC_KEY, "TH_BANK_ACCOUNT", "1234567890") != value_hash(
        HMAC_KEY, "STUDENT_ID", "1234567890"
    )
    # Another installation's key gives unrelated hashes.
    assert value_hash(HMAC_KEY, "EMAIL_ADDRESS", "a@b.co") != value_hash(b"x" * 32, "EMAIL_ADDRESS", "a@b.co")


@pytest.mark.parametrize(
    ("entity_type", "value", "expected"),
    [
        ("PHONE_NUMBER", "089-765-4321", "+66897654321"),
        ("PHONE_NUMBER", "+66 (0)89 765 4321", "+66897654321"),
        ("TH_NATIONAL_ID", "๓-๑๐๑๗-๐๐๔๕๖-๗๘-๘", "3101700456788"),
        ("CREDIT_CARD", "4111-1111 1111-1111", "4111111111111111"),
        ("EMAIL_ADDRESS", "  Somsri@Example.CO.TH ", "somsri@example.co.th"),
        ("PERSON", "นาย  สมชาย   ทดสอบ", "สมชาย ทดสอบ"),
        ("PERSON", "น.ส.สมศรี ทดสอบดี", "สมศรี ทดสอบดี"),
        ("PERSON", "พล.ต.อ. สมหมาย ทดสอบ", "สมหมาย ทดสอบ"),
        ("PERSON", "Mr. John  Fabricated", "john fabricated"),
        ("PERSON", "คุณ", "คุณ"),  # nothing left after the title: keep what was written
        ("TH_PASSPORT", "aa 1234567", "aa1234567"),
        ("TH_VEHICLE_PLATE", "1กข-1234 กรุงเทพมหานคร", "1กข1234กรุงเทพมหานคร"),
        ("LINE_ID", "@Somsri.T", "somsri.t"),
        ("IP_ADDRESS", "2001:DB8:0:0::1", "2001:db8::1"),
        ("HEALTH_DATA", "โรค  เบาหวาน", "โรค เบาหวาน"),
    ],
)
def test_normalisation_before_hashing(entity_type: str, value: str, expected: str) -> None:
    assert normalise(entity_type, value) == expected


def test_decisions_not_enforced_are_stored_as_would_forms() -> None:
    scanned = make_record(action="block", enforced=False, source=Source.SCAN)
    assert (scanned.action, scanned.enforced, scanned.source) == ("would_block", False, "scan")
    assert scanned.source_ref == "logs/app.jsonl:12"
    assert make_record(action="allow", enforced=False).action == "allow"
    assert make_record(action="would_redact", enforced=False).action == "would_redact"
    with pytest.raises(ValueError, match="unknown action"):
        make_record(action="delete")
    with pytest.raises(ValueError, match="enforced"):
        make_record(action="would_block", enforced=True)


def test_records_pickle_and_json_round_trip_without_raw_values() -> None:
    record = make_record()
    assert pickle.loads(pickle.dumps(record)) == record
    assert ExchangeRecord.from_dict(record.to_dict()) == record
    blob = repr(record).encode() + pickle.dumps(record) + str(record.to_dict()).encode()
    assert not [n for n in raw_needles() if n in blob]


def test_destination_is_optional_and_may_use_enums() -> None:
    from enum import StrEnum

    class Basis(StrEnum):
        SCC = "safeguards"

    segment, _ = prompt_with_values()
    exchange = Exchange(host="llm.internal", port=8000, segments=[segment])
    unknown = build_records(exchange, None, [], "allow", key=HMAC_KEY)
    assert (unknown.dest_host, unknown.dest_port, unknown.dest_country) == ("llm.internal", 8000, None)
    known = build_records(exchange, FakeDestination(transfer_basis=Basis.SCC), [], "allow", key=HMAC_KEY)
    assert known.dest_basis == "safeguards"
    assert unknown.est_tokens > 0


def test_stable_ids_make_rescans_idempotent(store: Store) -> None:
    rid = stable_id("logs/app.jsonl", "prefix-sha", 1234)
    assert rid == stable_id("logs/app.jsonl", "prefix-sha", 1234) != stable_id("logs/app.jsonl", "x", 1234)
    store.write([make_record(record_id=rid, source=Source.SCAN, enforced=False)])
    store.write([make_record(record_id=rid, source=Source.SCAN, enforced=False)])
    assert store.stats().exchanges == 1


# -- scans -------------------------------------------------------------------------------------


def test_scan_progress_is_saved_and_updated(store: Store) -> None:
    assert store.get_scan("/var/log/llm/app.jsonl") is None
    first = ScanState(
        "/var/log/llm/app.jsonl", size=100, mtime=1.5, prefix_hash="a" * 64, byte_offset=100, records=3
    )
    store.write([first])
    assert store.get_scan(first.path) == first
    later = ScanState(first.path, size=250, mtime=2.5, prefix_hash="b" * 64, byte_offset=250, records=7)
    store.write([make_record(source=Source.SCAN, enforced=False), later])
    assert store.get_scan(first.path) == later
    assert store.stats().scans == 1


# -- schema ------------------------------------------------------------------------------------


def test_a_fresh_database_is_migrated_on_first_use(store_url: str) -> None:
    store = Store(store_url)
    with store.engine.connect() as conn:
        assert not sa.inspect(conn).has_table("exchanges")
    store.write([make_record()])
    with store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    assert store.upgrade() == (head_revision(), head_revision())  # already current: a no-op
    store.close()


def test_migrations_create_exactly_the_models(store: Store) -> None:
    store.ensure_schema()
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert diff == []


def test_a_store_that_may_not_migrate_says_what_to_run(tmp_path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'new.db'}", auto_migrate=False)
    with pytest.raises(RuntimeError, match="pdpa-guard db upgrade"):
        store.write([make_record()])


def test_default_location_and_env_override(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pdpa_guard.store import resolve_url

    monkeypatch.setenv("PDPA_GUARD_HOME", str(tmp_path / "home"))
    assert resolve_url() == f"sqlite:///{tmp_path / 'home' / 'findings.db'}"
    monkeypatch.delenv("PDPA_GUARD_HOME")
    monkeypatch.chdir(tmp_path)
    assert resolve_url() == f"sqlite:///{tmp_path / '.pdpa-guard' / 'findings.db'}"
    monkeypatch.setenv("PDPA_GUARD_DB", "postgresql://u@db/x")
    assert resolve_url() == "postgresql+psycopg://u@db/x"
    assert resolve_url("other.db") == f"sqlite:///{tmp_path / 'other.db'}"


# -- retention ---------------------------------------------------------------------------------


def test_prune_deletes_old_exchanges_and_their_findings(store: Store) -> None:
    keep = [make_record(when=old(10)), make_record(when=old(399))]
    drop = [make_record(when=old(401)), make_record(when=old(800), with_findings=False)]
    store.write(keep + drop)
    assert store.count_older(parse_age("400d")) == 2
    assert store.prune(parse_age("400d")) == 2
    with store.session() as s:
        assert sorted(s.exec(select(ExchangeRow.id)).all()) == sorted(r.id for r in keep)
        assert set(s.exec(select(FindingRow.exchange_id)).all()) == {r.id for r in keep}
    assert store.prune(timedelta(days=400)) == 0


@pytest.mark.parametrize(
    ("text", "days"), [("400d", 400), ("2w", 14), ("13m", 390), ("1y", 365), (" 30D ", 30)]
)
def test_parse_age(text: str, days: int) -> None:
    assert parse_age(text) == timedelta(days=days)


@pytest.mark.parametrize("text", ["400", "0d", "-3d", "4x", "1.5d", ""])
def test_parse_age_rejects_unclear_ages(text: str) -> None:
    with pytest.raises(ValueError, match=r"e\.g\. 400d"):
        parse_age(text)


def test_db_commands(store_url: str) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["db", "upgrade", "--db", store_url])
    assert result.exit_code == 0, result.output
    assert f"to {head_revision()}" in result.output
    with Store(store_url) as store:
        store.write([make_record(when=old(500)), make_record()])
    result = runner.invoke(app, ["db", "prune", "--older-than", "400d", "--dry-run", "--db", store_url])
    assert result.exit_code == 0 and "would delete 1 exchange" in result.output
    result = runner.invoke(app, ["db", "prune", "--older-than", "400d", "--db", store_url])
    assert result.exit_code == 0 and "deleted 1 exchange" in result.output
    result = runner.invoke(app, ["db", "stats", "--db", store_url])
    assert result.exit_code == 0
    assert "exchanges" in result.output and " 1 " in result.output
    result = runner.invoke(app, ["db", "prune", "--older-than", "soon", "--db", store_url])
    assert result.exit_code == 2 and "400d" in result.output


# -- the HMAC secret ---------------------------------------------------------------------------


def test_hmac_secret_is_created_once_private_and_outside_the_database(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PDPA_GUARD_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(store_keys, "_cache", {})
    key = store_keys.load_key()
    path = tmp_path / "home" / "hmac.key"
    assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600
    monkeypatch.setattr(store_keys, "_cache", {})
    assert store_keys.load_key() == key  # the same secret on the next start
    segment, findings = prompt_with_values()
    record = build_records(Exchange(host="h", segments=[segment]), None, [(segment, findings[0])], "allow")
    assert record.hash_key_id == store_keys.key_id(key)
    with Store(f"sqlite:///{tmp_path / 'f.db'}") as store:
        store.write([record])
    assert key not in (tmp_path / "f.db").read_bytes()


def test_hmac_secret_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("PDPA_GUARD_HMAC_KEY", "shared-by-all-replicas-0123456789")
    assert store_keys.load_key() == b"shared-by-all-replicas-0123456789"
    monkeypatch.setenv("PDPA_GUARD_HMAC_KEY", "short")
    with pytest.raises(store_keys.HmacKeyError, match="too short"):
        store_keys.load_key()


# -- nothing leaks -----------------------------------------------------------------------------


def test_no_raw_value_in_the_database_logs_or_errors(store_url: str, tmp_path, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    store = Store(store_url, busy_timeout=0.2, retries=1)
    spool = tmp_path / "spool.jsonl"
    records = [make_record(), make_record(action="block", enforced=False, source=Source.SCAN)]
    with BackgroundWriter(store, spool_path=spool, flush_interval=0.05) as writer:
        for r in records:
            writer.submit(r)
    errors: list[str] = []
    # An error a user could see: a write while another writer holds the lock (SQLite), and an
    # integrity error straight from the driver (both backends).
    if store.engine.dialect.name == "sqlite":
        with locked(store):
            try:
                store.write([make_record()])
            except Exception as exc:
                errors.append(f"{exc!s} {exc!r}")
    with store.engine.begin() as conn:
        try:
            conn.execute(sa.insert(ExchangeRow.__table__), [_row_of(records[0])])
        except sa.exc.IntegrityError as exc:
            errors.append(f"{exc!s} {exc!r} {exc.orig!s}")
    assert errors, "the failure paths above must have raised"
    dumped = _dump(store, tmp_path)
    store.close()
    for needle in raw_needles():
        assert needle not in dumped, f"raw value leaked into the database: {needle.decode()}"
        assert needle.decode() not in caplog.text
        assert not [e for e in errors if needle.decode() in e]
    # Sanity: the dump really contains the stored rows (a vacuous grep would pass anything).
    assert b"3-xxxx-xxxxx-xx-8" in dumped and records[0].findings[0].value_hash.encode() in dumped


# -- helpers -----------------------------------------------------------------------------------


def _record_for(text: str, entity_type: str, start: int, length: int) -> ExchangeRecord:
    from pdpa_guard.detect.finding import Finding
    from pdpa_guard.exchange import TextSegment

    segment = TextSegment("$", text)
    finding = Finding(entity_type, start, start + length, 0.9)
    return build_records(
        Exchange(host="h", segments=[segment]), None, [(segment, finding)], "allow", key=HMAC_KEY
    )


def _row_of(record: ExchangeRecord) -> dict:
    from pdpa_guard.store.database import _exchange_row

    return _exchange_row(record)


def _dump(store: Store, tmp_path) -> bytes:
    """Every byte the store holds: the SQLite file and its WAL/SHM, or every PostgreSQL row as text."""
    if store.engine.dialect.name == "sqlite":
        path = store.engine.url.database
        data = b""
        for suffix in ("", "-wal", "-shm"):
            try:
                with open(path + suffix, "rb") as fh:
                    data += fh.read()
            except FileNotFoundError:
                pass
        for spooled in tmp_path.glob("spool.jsonl*"):
            data += spooled.read_bytes()
        return data
    with store.engine.connect() as conn:
        rows = []
        for table in ("exchanges", "findings", "scans", "alembic_version"):
            rows += conn.exec_driver_sql(f"SELECT t::text FROM {table} t").scalars().all()
    return "\n".join(rows).encode("utf-8")


def test_times_are_utc_whatever_the_input(store: Store) -> None:
    from datetime import timezone

    bangkok = timezone(timedelta(hours=7))
    record = make_record(when=datetime(2025, 3, 1, 9, 0, tzinfo=bangkok))
    store.write([record])
    with store.session() as s:
        stored = s.exec(select(ExchangeRow.time)).one()
        in_range = s.exec(
            select(func.count())
            .select_from(ExchangeRow)
            .where(
                ExchangeRow.time >= datetime(2025, 3, 1, 2, 0, tzinfo=UTC),
                ExchangeRow.time < datetime(2025, 3, 1, 2, 1, tzinfo=UTC),
            )
        ).one()
    assert stored == datetime(2025, 3, 1, 2, 0, tzinfo=UTC)
    assert in_range == 1
