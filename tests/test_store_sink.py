"""The store's writes in a process of their own: the same records land, nothing is lost when the
process dies, and the database URL never shows on a command line."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
import store_support
from store_support import make_record, raw_needles

from pdpa_guard.store import BackgroundWriter, Store
from pdpa_guard.store.sink import GIVE_UP_AFTER, ProcessSink, SinkUnavailable

_isolated_home = store_support._isolated_home
pg_schema_url = store_support.pg_schema_url
store_url = store_support.store_url


def _ids(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return sorted(conn.scalars(sa.text("SELECT id FROM exchanges")))


def test_batches_written_by_the_sink_process_are_in_the_store(store_url: str, tmp_path: Path) -> None:
    store = Store(store_url)
    records = [make_record() for _ in range(250)]
    sink = ProcessSink(store)
    with BackgroundWriter(store, spool_path=tmp_path / "spool.jsonl", batch_size=100, flush_interval=30,
                          sink=sink) as writer:
        for record in records:
            writer.submit(record)
        assert writer.flush()
        assert sink._process is not None and sink._process.poll() is None  # a child did the writing
        child = sink._process
    assert child.poll() is not None  # closing the writer stopped it
    assert writer.stats()["written"] == 250 and writer.stats()["spooled"] == 0
    assert _ids(store) == sorted(r.id for r in records)
    with store.engine.connect() as conn:
        dump = " ".join(str(row) for row in conn.execute(sa.text("SELECT * FROM findings")))
    assert not any(needle.decode() in dump for needle in raw_needles())


def test_the_url_goes_down_the_pipe_not_on_the_command_line(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'secret-name.db'}")
    sink = ProcessSink(store)
    try:
        assert sink.write([make_record()]) == 1
        assert sink._process is not None
        cmdline = Path(f"/proc/{sink._process.pid}/cmdline").read_bytes() if Path("/proc").exists() else b""
        assert b"secret-name" not in cmdline
    finally:
        sink.close()


def test_a_killed_sink_loses_nothing(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'f.db'}")
    sink = ProcessSink(store)
    first, second = [make_record() for _ in range(3)], [make_record() for _ in range(4)]
    with BackgroundWriter(store, spool_path=tmp_path / "spool.jsonl", batch_size=1000, flush_interval=30,
                          retry_min=0.05, retry_max=0.05, sink=sink) as writer:
        for record in first:
            writer.submit(record)
        assert writer.flush()
        assert sink._process is not None
        os.kill(sink._process.pid, signal.SIGKILL)
        sink._process.wait()
        for record in second:
            writer.submit(record)
        assert writer.flush()  # this batch met the dead process: spooled, not lost
        deadline = time.monotonic() + 20
        while len(_ids(store)) < 7 and time.monotonic() < deadline:
            time.sleep(0.1)  # the next attempt starts a new sink and replays the spool
            writer.flush()
    assert _ids(store) == sorted(r.id for r in first + second)
    assert writer.stats()["lost"] == 0


def test_a_sink_that_cannot_start_gives_way_to_writing_in_process(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'f.db'}")
    sink = ProcessSink(store, python="/nonexistent/python3")
    for _ in range(GIVE_UP_AFTER - 1):
        with pytest.raises(SinkUnavailable):
            sink.write([make_record()])
    record = make_record()
    assert sink.write([record]) == 1 and sink.in_process
    assert _ids(store) == [record.id]
