"""The background writer: batching off the hot path, spooling through outages, nothing lost or doubled."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
import store_support
from store_support import (
    locked,
    make_record,
    raw_needles,
)

from pdpa_guard.store import BackgroundWriter, ScanState, Spool, Store
from pdpa_guard.store.records import ExchangeRecord

# Fixtures shared with the other store tests (SQLite and PostgreSQL backends, isolated home).
_isolated_home = store_support._isolated_home
pg_schema_url = store_support.pg_schema_url
store_url = store_support.store_url


def _count(store: Store) -> int:
    with store.engine.connect() as conn:
        return conn.scalar(sa.text("SELECT count(*) FROM exchanges"))


def _ids(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return sorted(conn.scalars(sa.text("SELECT id FROM exchanges")))


class CountingStore(Store):
    """A store that counts its write calls (to see batching)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.calls: list[int] = []

    def write(self, items):
        items = list(items)
        self.calls.append(len(items))
        return super().write(items)


def test_records_are_batched_and_all_written_on_close(store_url: str, tmp_path: Path) -> None:
    store = CountingStore(store_url)
    records = [make_record() for _ in range(450)]
    with BackgroundWriter(
        store, spool_path=tmp_path / "spool.jsonl", batch_size=100, flush_interval=30
    ) as writer:
        for r in records:
            writer.submit(r)
    assert _ids(store) == sorted(r.id for r in records)
    assert store.calls and max(store.calls) <= 100 and len(store.calls) <= 6  # batches, not 450 writes
    assert writer.stats()["written"] == 450 and writer.stats()["spooled"] == 0
    store.close()


def test_a_partial_batch_is_written_after_the_flush_interval(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'f.db'}")
    writer = BackgroundWriter(store, spool_path=tmp_path / "s.jsonl", batch_size=1000, flush_interval=0.1)
    writer.submit(make_record())
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _count_safe(store) < 1:
        time.sleep(0.02)
    assert _count_safe(store) == 1  # without close(): the interval alone flushed it
    writer.close()


def test_submit_does_not_wait_for_a_locked_database(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'f.db'}", busy_timeout=2.0)
    store.ensure_schema()
    records = [make_record() for _ in range(200)]
    with locked(store):
        writer = BackgroundWriter(
            store, spool_path=tmp_path / "s.jsonl", batch_size=10, flush_interval=0.01, max_queue=20
        )
        started = time.perf_counter()
        for r in records:
            writer.submit(r)  # the queue fills up: overflow goes to the spool, never blocks
        elapsed = time.perf_counter() - started
    writer.close()
    assert elapsed < 1.0, f"submit blocked for {elapsed:.2f}s"
    assert _ids(store) == sorted(r.id for r in records)


def test_sqlite_locked_mid_run_every_record_arrives_once(tmp_path: Path) -> None:
    """A writer holds the lock for longer than busy_timeout: batches spool, then replay."""
    store = Store(f"sqlite:///{tmp_path / 'f.db'}", busy_timeout=0.1, retries=1)
    store.ensure_schema()
    spool = tmp_path / "spool.jsonl"
    writer = BackgroundWriter(
        store, spool_path=spool, batch_size=20, flush_interval=0.02, retry_min=0.05, retry_max=0.2
    )
    records = [make_record() for _ in range(600)]
    for r in records[:200]:
        writer.submit(r)
    assert writer.flush()
    with locked(store):
        for r in records[200:400]:
            writer.submit(r)
            time.sleep(0.001)
        assert writer.flush()
        assert Spool(spool).pending_count() > 0  # the outage really happened
    for r in records[400:]:
        writer.submit(r)
    writer.close()
    assert _ids(store) == sorted(r.id for r in records)
    stats = writer.stats()
    assert stats["spooled"] > 0 and stats["replayed"] > 0 and stats["lost"] == 0
    assert not Spool(spool).has_pending()


def test_database_directory_disappears_and_comes_back(tmp_path: Path) -> None:
    """The database vanishes (unmounted volume): records spool; a restart replays them."""
    db_dir = tmp_path / "volume"
    store = Store(f"sqlite:///{db_dir / 'f.db'}", busy_timeout=0.1, retries=1)
    store.ensure_schema()
    spool = tmp_path / "spool.jsonl"
    records = [make_record() for _ in range(300)]
    writer = BackgroundWriter(
        store, spool_path=spool, batch_size=25, flush_interval=0.02, retry_min=0.05, retry_max=0.1
    )
    for r in records[:100]:
        writer.submit(r)
    assert writer.flush()
    db_dir.rename(tmp_path / "unmounted")
    for r in records[100:]:
        writer.submit(r)
    writer.close()  # the process stops while the database is still gone
    assert Spool(spool).pending_count() == 200
    (tmp_path / "unmounted").rename(db_dir)
    store2 = Store(store.url)
    BackgroundWriter(store2, spool_path=spool, flush_interval=0.02).close()  # replays at start
    assert _ids(store2) == sorted(r.id for r in records)
    assert not Spool(spool).has_pending()


def test_replaying_records_already_stored_counts_them_once(store_url: str, tmp_path: Path) -> None:
    """A crash between a successful replay and removing the spool file must not double-count."""
    store = Store(store_url)
    records = [make_record() for _ in range(30)]
    store.write(records[:20])
    spool = Spool(tmp_path / "spool.jsonl")
    spool.append(records)  # 20 already in the database, 10 not
    spool.append([ScanState("/logs/a.jsonl", 10, 1.0, "c" * 64, 10, 1)])
    assert spool.replay(store.write) == 31
    assert spool.replay(store.write) == 0
    assert _ids(store) == sorted(r.id for r in records)
    assert store.get_scan("/logs/a.jsonl") is not None
    store.close()


def test_a_line_cut_by_a_crash_is_skipped_and_does_not_corrupt_the_next(tmp_path: Path, caplog) -> None:
    store = Store(f"sqlite:///{tmp_path / 'f.db'}")
    spool = Spool(tmp_path / "spool.jsonl")
    a, b = make_record(), make_record()
    spool.append([a])
    with open(spool.path, "ab") as fh:
        fh.write(json.dumps(b.to_dict()).encode()[:80])  # power cut half-way through a line
    c = make_record()
    spool.append([c])
    assert spool.replay(store.write) == 2
    assert _ids(store) == sorted([a.id, c.id])
    assert "skipped 1 unreadable line" in caplog.text


def test_the_spool_holds_no_raw_values(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool.jsonl")
    spool.append([make_record() for _ in range(3)])
    data = spool.path.read_bytes()
    assert data.count(b"\n") == 3 and b"3-xxxx-xxxxx-xx-8" in data
    assert not [n for n in raw_needles() if n in data]
    assert oct(spool.path.stat().st_mode & 0o777) == "0o600"


def test_records_submitted_after_close_are_spooled_not_lost(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'f.db'}")
    spool = tmp_path / "s.jsonl"
    writer = BackgroundWriter(store, spool_path=spool)
    writer.close()
    late = make_record()
    writer.submit(late)
    assert Spool(spool).pending_count() == 1
    BackgroundWriter(store, spool_path=spool).close()
    assert _ids(store) == [late.id]


def test_a_spool_shared_by_two_writers_is_replayed_once(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'f.db'}")
    spool = Spool(tmp_path / "spool.jsonl")
    records = [make_record() for _ in range(400)]
    spool.append(records)
    replayed: list[int] = []
    calls: list[int] = []

    def write(items: list) -> int:
        calls.append(len(items))
        time.sleep(0.01)
        return store.write(items)

    threads = [
        threading.Thread(target=lambda: replayed.append(Spool(spool.path).replay(write, chunk=50)))
        for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(replayed) == 400 and sum(calls) == 400  # each record replayed by one writer only
    assert _ids(store) == sorted(r.id for r in records)


_CHILD = textwrap.dedent(
    """
    import pathlib, sys, time
    sys.path.insert(0, {tests!r})
    from store_support import make_record
    from pdpa_guard.store import BackgroundWriter, Store
    url, spool, n, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    store = Store(url)  # connects lazily: both processes migrate the new file at the same moment
    records = [make_record() for _ in range(n)]
    pathlib.Path(spool + ".ready").touch()
    go = pathlib.Path(spool).parent / "go"
    while not go.exists():  # start together, or the writes might not overlap at all
        time.sleep(0.005)
    if mode == "direct":
        for i in range(0, n, 10):
            store.write(records[i:i + 10])
    elif mode == "no-close":  # the caller forgets close(): the exit hook must still write
        w = BackgroundWriter(store, spool_path=spool, batch_size=1000, flush_interval=60)
        for r in records:
            w.submit(r)
    else:
        with BackgroundWriter(store, spool_path=spool, batch_size=7, flush_interval=0.005) as w:
            for r in records:
                w.submit(r)
        assert w.stats()["lost"] == 0
    print("\\n".join(r.id for r in records))
    """
)


@pytest.mark.parametrize("mode", ["direct", "writer"])
def test_two_processes_write_one_sqlite_file(tmp_path: Path, mode: str) -> None:
    """Two processes start on an un-migrated file at once and write concurrently."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    code = _CHILD.format(tests=str(Path(__file__).parent))
    env = {**os.environ, "PDPA_GUARD_HMAC_KEY": "two-process-test-secret-0123456789"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, url, str(tmp_path / f"spool{i}.jsonl"), "300", mode],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for i in range(2)
    ]
    deadline = time.monotonic() + 60
    while not all((tmp_path / f"spool{i}.jsonl.ready").exists() for i in range(2)):
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs)
        time.sleep(0.01)
    (tmp_path / "go").touch()
    ids: list[str] = []
    for p in procs:
        out, errors = p.communicate(timeout=120)
        assert p.returncode == 0, errors[-2000:]
        ids += out.split()
    assert len(ids) == 600
    with Store(url) as store:
        assert _ids(store) == sorted(ids)
        assert store.stats().findings == 600 * len(make_record().findings)


def test_writer_failure_logs_name_the_problem_not_the_data(tmp_path: Path, caplog) -> None:
    store = Store(f"sqlite:///{tmp_path / 'f.db'}", busy_timeout=0.05, retries=1)
    store.ensure_schema()
    with locked(store):
        writer = BackgroundWriter(store, spool_path=tmp_path / "s.jsonl", flush_interval=0.01)
        writer.submit(make_record())
        writer.flush()
    writer.close()
    assert "database is locked" in caplog.text and "spooling 1 record(s)" in caplog.text
    assert not [n for n in raw_needles() if n.decode() in caplog.text]
    assert _count(store) == 1


def _count_safe(store: Store) -> int:
    try:
        return _count(store)
    except sa.exc.OperationalError:
        return 0


def test_record_from_spool_equals_record_submitted(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "s.jsonl")
    record = make_record()
    spool.append([record])
    seen: list[ExchangeRecord] = []
    spool.replay(lambda items: seen.extend(items))
    assert seen == [record]


def test_a_record_the_database_refuses_is_set_aside_not_retried_forever(
    store_url: str, tmp_path: Path
) -> None:
    """One bad record must not hold up the records behind it (in a batch or in the spool)."""
    store = Store(store_url)
    spool = tmp_path / "spool.jsonl"
    bad = dataclasses.replace(make_record(), dest_host=None)  # NOT NULL: refused on every backend
    spooled = [make_record() for _ in range(10)]
    Spool(spool).append([*spooled[:5], bad, *spooled[5:]])  # left over from an outage
    fresh = [make_record() for _ in range(10)]
    with BackgroundWriter(store, spool_path=spool, flush_interval=0.02) as writer:
        for r in fresh[:4]:
            writer.submit(r)
        writer.submit(dataclasses.replace(make_record(), dest_host=None))
        for r in fresh[4:]:
            writer.submit(r)
    assert _ids(store) == sorted(r.id for r in spooled + fresh)
    assert writer.stats()["rejected"] == 2 and writer.stats()["lost"] == 0
    assert not Spool(spool).has_pending()
    rejected = Path(str(spool) + ".rejected").read_text().splitlines()
    assert len(rejected) == 2 and json.loads(rejected[0])["id"] == bad.id
    with pytest.raises(TypeError):
        writer.submit({"not": "a record"})  # type: ignore[arg-type]
    store.close()


def test_records_are_written_at_exit_even_without_close(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'f.db'}"
    code = _CHILD.format(tests=str(Path(__file__).parent))
    (tmp_path / "go").touch()
    env = {**os.environ, "PDPA_GUARD_HMAC_KEY": "exit-hook-test-secret-0123456789"}
    result = subprocess.run(
        [sys.executable, "-c", code, url, str(tmp_path / "s.jsonl"), "50", "no-close"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    with Store(url) as store:
        assert _ids(store) == sorted(result.stdout.split())
