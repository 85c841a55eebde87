"""PostgreSQL goes away mid-run (connections killed, database refusing connections) and comes back.

Uses a database of its own (created and dropped here), never the shared server's other databases,
and never stops the server. Skipped unless PDPA_GUARD_TEST_PG_URL is set.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
import store_support
from sqlalchemy.engine import make_url
from store_support import PG_SKIP, PG_URL, make_record, raw_needles

from pdpa_guard.store import BackgroundWriter, Spool, Store

pytestmark = pytest.mark.postgres
_isolated_home = store_support._isolated_home


@pytest.fixture
def own_database() -> Iterator[tuple[str, sa.Engine]]:
    """(URL of a fresh database, an admin engine on the original database to control it)."""
    if not PG_URL:
        pytest.skip(PG_SKIP)
    name = f"pdpa_guard_kill_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url, admin
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def _take_down(admin: sa.Engine, name: str) -> None:
    with admin.connect() as conn:
        conn.exec_driver_sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        conn.exec_driver_sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )


def _bring_up(admin: sa.Engine, name: str) -> None:
    with admin.connect() as conn:
        conn.exec_driver_sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')


def test_postgres_killed_mid_run_every_record_arrives_once(own_database, tmp_path: Path, caplog) -> None:
    url, admin = own_database
    name = make_url(url).database
    store = Store(url, retries=2)
    store.ensure_schema()
    spool = tmp_path / "spool.jsonl"
    writer = BackgroundWriter(
        store, spool_path=spool, batch_size=20, flush_interval=0.02, retry_min=0.05, retry_max=0.2
    )
    records = [make_record() for _ in range(600)]
    for r in records[:200]:
        writer.submit(r)
    assert writer.flush()
    _take_down(admin, name)  # live connections killed, new ones refused
    for r in records[200:400]:
        writer.submit(r)
        time.sleep(0.001)
    assert writer.flush()
    assert Spool(spool).pending_count() > 0, "the outage must have been noticed"
    _bring_up(admin, name)
    for r in records[400:]:
        writer.submit(r)
    writer.close()
    with store.engine.connect() as conn:
        stored = sorted(conn.scalars(sa.text("SELECT id FROM exchanges")))
    store.close()
    assert stored == sorted(r.id for r in records)
    stats = writer.stats()
    assert stats["spooled"] > 0 and stats["replayed"] > 0 and stats["lost"] == 0
    assert not Spool(spool).has_pending()
    assert "unavailable" in caplog.text
    assert not [n for n in raw_needles() if n.decode() in caplog.text]


def test_postgres_down_at_start_then_up(own_database, tmp_path: Path) -> None:
    """The proxy starts while the database is down: it still accepts records, and delivers them."""
    url, admin = own_database
    name = make_url(url).database
    _take_down(admin, name)
    store = Store(url, retries=1)  # never connected: not migrated yet either
    spool = tmp_path / "spool.jsonl"
    records = [make_record() for _ in range(50)]
    with BackgroundWriter(store, spool_path=spool, flush_interval=0.02) as writer:
        for r in records:
            writer.submit(r)
    assert Spool(spool).pending_count() == 50
    _bring_up(admin, name)
    BackgroundWriter(Store(url), spool_path=spool).close()
    with store.engine.connect() as conn:
        assert sorted(conn.scalars(sa.text("SELECT id FROM exchanges"))) == sorted(r.id for r in records)
    store.close()
