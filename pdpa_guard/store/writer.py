"""Writes off the hot path: a background thread that batches records, and a spool for outages.

The proxy calls :meth:`BackgroundWriter.submit_later` for every exchange (the record, with its
masked previews and keyed hashes, is then built on the writer's thread); it never waits for the
database. A thread collects records into batches (flushed at ``batch_size`` records, after
``flush_interval`` seconds, and on :meth:`~BackgroundWriter.close`) and writes them with
:meth:`Store.write`. When the database is unavailable, or the in-memory queue is full, records
go to a :class:`Spool`: an append-only JSON-lines file, fsync'd, replayed at start and before
the next successful write. Records hold no raw values, so the spool holds none either; replay is
idempotent (UUID keys), so nothing is lost and nothing is counted twice.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import queue
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from sqlalchemy import exc as sa_exc

from pdpa_guard.store.database import Store
from pdpa_guard.store.engine import spool_dir, spool_name
from pdpa_guard.store.records import ExchangeRecord, ScanState, StoreItem, item_from_dict
from pdpa_guard.store.sink import ProcessSink, SinkError

try:  # POSIX; on Windows the spool is safe within one process only
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("pdpa_guard.store")


class Spool:
    """An append-only JSON-lines file of records waiting for the database.

    Several processes may share one spool (a proxy and a scan against the same database).
    Appenders hold a shared ``flock`` on ``<spool>.lock`` while they write; a replayer takes it
    exclusively only to rename the spool to a unique ``*.replay`` file, then replays that file
    under a lock of its own, so appends never wait for the database and no two processes replay
    the same records. A replay that fails leaves its file for the next attempt.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self._thread_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Spool({str(self.path)!r})"

    def append(self, items: Sequence[StoreItem]) -> None:
        """Append ``items`` durably (fsync) before returning. Raises OSError if the disk fails."""
        if not items:
            return
        data = "".join(
            json.dumps(i.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n" for i in items
        ).encode("utf-8")
        with self._thread_lock:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with _flock(self.lock_path, exclusive=False):
                created = not self.path.exists()
                fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
                try:
                    size = os.fstat(fd).st_size
                    if size and os.pread(fd, 1, size - 1) != b"\n":
                        data = b"\n" + data  # a crash cut the last line: do not glue ours to it
                    view = memoryview(data)
                    while view:
                        view = view[os.write(fd, view) :]
                    os.fsync(fd)
                finally:
                    os.close(fd)
                if created:
                    _fsync_dir(self.path.parent)

    def pending_files(self) -> list[Path]:
        """Files holding records not yet in the database (oldest first)."""
        files = sorted(self.path.parent.glob(self.path.name + ".*.replay"))
        with contextlib.suppress(FileNotFoundError):
            if self.path.stat().st_size > 0:
                files.append(self.path)
        return files

    def has_pending(self) -> bool:
        return bool(self.pending_files())

    def pending_count(self) -> int:
        """Records waiting (lines in the pending files)."""
        count = 0
        for f in self.pending_files():
            with contextlib.suppress(FileNotFoundError), open(f, "rb") as fh:
                count += sum(1 for line in fh if line.strip())
        return count

    def replay(self, write: Callable[[list[StoreItem]], object], chunk: int = 500) -> int:
        """Write every spooled record with ``write``; returns how many records were replayed.

        Raises what ``write`` raises; the records not yet confirmed stay spooled.
        """
        self._claim()
        replayed = 0
        for f in sorted(self.path.parent.glob(self.path.name + ".*.replay")):
            try:
                fh = open(f, "rb")  # noqa: SIM115 - closed in finally
            except FileNotFoundError:
                continue  # another process finished it
            try:
                if fcntl is not None:
                    try:
                        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    except BlockingIOError:
                        continue  # another process is replaying it right now
                if os.fstat(fh.fileno()).st_nlink == 0:
                    continue  # replayed and removed while we waited
                items, bad = _parse(fh.read())
                if bad:
                    log.warning("spool %s: skipped %d unreadable line(s) (cut by a crash)", f, bad)
                for start in range(0, len(items), chunk):
                    write(items[start : start + chunk])
                f.unlink()
                replayed += len(items)
            finally:
                fh.close()
        return replayed

    def _claim(self) -> None:
        """Move the live spool aside under a unique name, so appends continue in a fresh file."""
        with self._thread_lock:
            if not self.path.exists():
                return
            with _flock(self.lock_path, exclusive=True):
                try:
                    if self.path.stat().st_size == 0:
                        return
                except FileNotFoundError:
                    return
                claimed = self.path.with_name(f"{self.path.name}.{time.time_ns():020d}.{os.getpid()}.replay")
                os.rename(self.path, claimed)
                _fsync_dir(self.path.parent)


class _Flush:
    def __init__(self) -> None:
        self.done = threading.Event()


class _Deferred:
    """A record to be built on the writer's thread (see :meth:`BackgroundWriter.submit_later`)."""

    __slots__ = ("build",)

    def __init__(self, build: Callable[[], StoreItem]) -> None:
        self.build = build

    def __repr__(self) -> str:  # what ``build`` holds (prompt text) never shows
        return "<deferred record>"


_STOP = object()


class BackgroundWriter:
    """Batch records to a :class:`Store` from a background thread; spool when it is down.

    ``submit()`` is safe from any thread and never blocks on the database. Use as a context
    manager or call :meth:`close` at shutdown so the last batch is written (or spooled).
    """

    def __init__(
        self,
        store: Store,
        *,
        spool_path: Path | str | None = None,
        batch_size: int = 200,
        flush_interval: float = 1.0,
        max_queue: int = 10_000,
        retry_min: float = 1.0,
        retry_max: float = 60.0,
        coalesce: float = 0.05,
        sink: ProcessSink | None = None,
    ) -> None:
        self.store = store
        # Where batches are written: the store itself, or a process of its own (see store.sink).
        self.sink = sink
        self.spool = Spool(Path(spool_path) if spool_path else spool_dir() / spool_name(store.url))
        # Records the database refuses while it is otherwise healthy: set aside, not retried forever.
        self.rejects = Spool(self.spool.path.with_name(self.spool.path.name + ".rejected"))
        self.batch_size = batch_size
        self.flush_interval = flush_interval
        self.coalesce = coalesce  # seconds a first record waits for others to join it (see _take)
        self.retry_min, self.retry_max = retry_min, retry_max
        self.written = self.spooled = self.replayed = self.failures = self.lost = self.rejected = 0
        self._queue: queue.Queue[object] = queue.Queue(maxsize=max_queue)
        self._held: list[StoreItem] = []  # neither written nor spooled (the spool's disk failed)
        self._backoff = retry_min
        self._next_attempt = 0.0
        self._closed = False
        self._overflow_warned = False
        self._thread = threading.Thread(target=self._run, name="pdpa-guard-store-writer", daemon=True)
        self._thread.start()
        # A caller that forgets close() must not lose the last batch at interpreter exit.
        atexit.register(_close_at_exit, weakref.ref(self))

    def __enter__(self) -> BackgroundWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public API ---------------------------------------------------------------------------

    def submit(self, item: StoreItem) -> None:
        """Queue ``item`` for writing. Never blocks on the database.

        When the queue is full (the database is slower than the traffic) or the writer is closed,
        the item is appended to the spool right away instead of being dropped. Raises TypeError
        only for an object that is not a store record (a programming error).
        """
        if not isinstance(item, ExchangeRecord | ScanState):
            raise TypeError(f"cannot store {type(item).__name__}; expected ExchangeRecord or ScanState")
        if not self._enqueue(item):
            self._spool([item])

    def _enqueue(self, item: object) -> bool:
        """Put ``item`` on the writer's queue without waiting; False when the writer is closed or
        the queue is full (the database is slower than the traffic), warning once of the latter."""
        if self._closed:
            return False
        try:
            self._queue.put_nowait(item)
            return True
        except queue.Full:
            if not self._overflow_warned:
                self._overflow_warned = True
                log.warning("findings store writer queue is full; spooling to %s", self.spool.path)
            return False

    def submit_later(self, build: Callable[[], StoreItem]) -> None:
        """Queue a record that ``build()`` makes, on the writer's thread. Never blocks.

        For the proxy's hot path: making a record (masked previews, keyed hashes) is work the
        request need not wait for. ``build`` holds the prompt text until it runs, in memory only:
        only built records are ever written or spooled, so neither the database nor the spool
        sees a raw value. When the item cannot be queued (queue full, writer closed), it is built
        here and spooled. A ``build`` that fails is logged by exception type only and counted as
        lost; it never stops the writer.
        """
        if self._enqueue(_Deferred(build)):
            return
        item = self._build(build)
        if item is not None:
            self._spool([item])

    def flush(self, timeout: float | None = 30.0) -> bool:
        """Wait until everything submitted so far is written or spooled. False on timeout."""
        if self._closed or not self._thread.is_alive():
            return True
        request = _Flush()
        try:
            self._queue.put(request, timeout=timeout)
        except queue.Full:
            return False
        return request.done.wait(timeout)

    def close(self, timeout: float | None = 60.0) -> None:
        """Write (or spool) what is queued and stop the thread."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(_STOP)
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning(
                "findings store writer did not stop within %ss; queued records will be "
                "spooled by the writer thread if it finishes",
                timeout,
            )
        elif self.sink is not None:
            self.sink.close()

    def stats(self) -> dict[str, int]:
        """Counters: records written, spooled, replayed from the spool, failures, lost."""
        return {
            "written": self.written,
            "spooled": self.spooled,
            "replayed": self.replayed,
            "failures": self.failures,
            "lost": self.lost,
            "rejected": self.rejected,
            "queued": self._queue.qsize(),
        }

    # -- the thread ---------------------------------------------------------------------------

    def _run(self) -> None:
        self._replay()  # records left by an earlier run (or another process) go first
        batch: list[StoreItem] = []
        deadline = 0.0
        while True:
            wait = self.flush_interval if not batch else max(0.0, deadline - time.monotonic())
            items = self._take(wait)
            stop = False
            for item in items:
                if item is _STOP:
                    stop = True  # what a submit racing close() queued behind it is still written
                    continue
                if isinstance(item, _Flush):
                    self._flush(batch)
                    batch = []
                    item.done.set()
                    continue
                record = self._build(item.build) if isinstance(item, _Deferred) else item
                if record is None:
                    continue
                if not batch:
                    deadline = time.monotonic() + self.flush_interval
                batch.append(record)  # type: ignore[arg-type]
                if len(batch) >= self.batch_size:
                    self._flush(batch)
                    batch = []
            if stop:
                # The last chance in this process: try the database even during a back-off.
                self._flush(batch, force=True)
                self._replay(force=True)
                return
            if batch and time.monotonic() >= deadline:
                self._flush(batch)
                batch = []
            elif not batch and not items:
                self._replay()  # idle: retry the spool once the back-off allows

    def _take(self, wait: float) -> list[object]:
        """What is queued: up to ``wait`` seconds for a first item, then ``coalesce`` seconds more
        for others to join it. A steady stream of records then wakes this thread a few times a
        second instead of once per record: every wake-up takes the GIL from the proxy's event
        loop, which costs it more than building the record does. Flush and stop requests that
        find the queue empty are served at once."""
        try:
            first = self._queue.get(timeout=wait)
        except queue.Empty:
            return []
        items = [first]
        if self.coalesce > 0 and first is not _STOP and not isinstance(first, _Flush):
            time.sleep(self.coalesce)
        while True:
            try:
                items.append(self._queue.get_nowait())
            except queue.Empty:
                return items

    def _flush(self, batch: list[StoreItem], force: bool = False) -> None:
        if self._held:
            batch, self._held = self._held + batch, []
        if not batch:
            return
        if not force and time.monotonic() < self._next_attempt:
            self._spool(batch)  # the database failed recently: do not stall on it again yet
            return
        rejected_before = self.rejected
        try:
            if self.spool.has_pending():
                self.replayed += self.spool.replay(self._write)
            self._write(batch)
        except Exception as exc:  # any failure: the batch must survive it
            self._failed(exc, len(batch))
            self._spool(batch)
            return
        self.written += len(batch) - (self.rejected - rejected_before)
        self._recovered()

    def _replay(self, force: bool = False) -> None:
        if not force and time.monotonic() < self._next_attempt:
            return
        try:
            if not self.spool.has_pending():
                return
            n = self.spool.replay(self._write)
        except Exception as exc:
            self._failed(exc, 0)
            return
        if n:
            self.replayed += n
            log.info("replayed %d spooled record(s) into %s", n, self.store.display_url)
        self._recovered()

    def _write(self, items: list[StoreItem]) -> int:
        """Write ``items``; if the database refuses some while healthy, set those aside.

        One record the database will never accept (a constraint it violates) must not hold up
        every record behind it in the spool: the batch is split until the refused records are
        isolated, and those go to the ``.rejected`` file (no raw values either) for a human.
        """
        try:
            return self.sink.write(items) if self.sink is not None else self.store.write(items)
        except Exception as exc:
            if _is_outage(exc) or not self.store.ping():
                raise
            if len(items) == 1:
                self.rejects.append(items)
                self.rejected += 1
                log.error(
                    "findings store %s refused a record (%s); set aside in %s",
                    self.store.display_url,
                    describe_error(exc),
                    self.rejects.path,
                )
                return 0
            mid = len(items) // 2
            return self._write(items[:mid]) + self._write(items[mid:])

    def _build(self, build: Callable[[], StoreItem]) -> StoreItem | None:
        """The record ``build`` makes, or None (logged by type only: messages may quote text)."""
        try:
            item = build()
        except Exception as exc:
            error = type(exc).__name__
        else:
            if isinstance(item, ExchangeRecord | ScanState):
                return item
            error = f"TypeError: built a {type(item).__name__}"
        log.error("could not build a record for the findings store (%s)", error)
        self.lost += 1
        return None

    def _spool(self, items: list[StoreItem]) -> None:
        try:
            self.spool.append(items)
        except (TypeError, ValueError) as exc:  # not serialisable: a bug upstream, retrying cannot help
            log.error("cannot spool %d record(s): %s", len(items), type(exc).__name__)
            self.lost += len(items)
            return
        except OSError as exc:
            # Disk full or spool unwritable: keep the records in memory (bounded) for the next try.
            log.error(
                "cannot spool %d record(s) to %s (%s)",
                len(items),
                self.spool.path,
                exc.strerror or type(exc).__name__,
            )
            if threading.current_thread() is self._thread:
                room = max(0, self._queue.maxsize - len(self._held))
                self._held.extend(items[:room])
                self.lost += len(items) - min(room, len(items))
            else:
                self.lost += len(items)
            return
        self.spooled += len(items)

    def _failed(self, exc: BaseException, n: int) -> None:
        self.failures += 1
        self._next_attempt = time.monotonic() + self._backoff
        log.warning(
            "findings store %s unavailable (%s); %s, retrying in %.0fs",
            self.store.display_url,
            describe_error(exc),
            f"spooling {n} record(s) to {self.spool.path}" if n else "spooled records wait",
            self._backoff,
        )
        self._backoff = min(self._backoff * 2, self.retry_max)

    def _recovered(self) -> None:
        if self._backoff != self.retry_min:
            log.info("findings store %s is available again", self.store.display_url)
        self._backoff = self.retry_min
        self._next_attempt = 0.0


def _close_at_exit(ref: weakref.ReferenceType[BackgroundWriter]) -> None:
    writer = ref()
    if writer is not None:
        writer.close(timeout=10)


def _is_outage(exc: BaseException) -> bool:
    """Errors of the database or the path to it (retry later), not of the records written."""
    if isinstance(exc, SinkError):  # judged in the sink process, where the error happened
        return exc.outage
    return isinstance(
        exc,
        sa_exc.OperationalError | sa_exc.InterfaceError | sa_exc.TimeoutError | OSError | TimeoutError,
    )


def describe_error(exc: BaseException) -> str:
    """A short, value-free description of a database error for logs (a sink's is one already).

    Only the exception class, and for connection-level errors the first line of the driver's
    message ("database is locked", "connection refused"): never SQL parameters or row details
    (PostgreSQL puts row values in DETAIL lines of constraint errors).
    """
    if isinstance(exc, SinkError):
        return str(exc)
    name = type(exc).__name__
    if isinstance(exc, sa_exc.DBAPIError) and exc.orig is not None:
        orig = exc.orig
        name = f"{name}: {type(orig).__module__.split('.')[0]}.{type(orig).__name__}"
        if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError):
            first = str(orig).strip().splitlines()[0] if str(orig).strip() else ""
            if first:
                name += f": {first[:160]}"
    elif isinstance(exc, OSError) and exc.strerror:
        name += f": {exc.strerror}"
    return name


def _parse(data: bytes) -> tuple[list[StoreItem], int]:
    items: list[StoreItem] = []
    bad = 0
    for line in data.splitlines():
        if not line.strip():
            continue
        try:
            items.append(item_from_dict(json.loads(line)))
        except (ValueError, TypeError, KeyError):
            bad += 1
    return items, bad


@contextlib.contextmanager
def _flock(path: Path, *, exclusive: bool) -> Iterator[None]:
    if fcntl is None:  # pragma: no cover
        yield
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
