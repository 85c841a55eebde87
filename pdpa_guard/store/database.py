"""The findings store: write records idempotently, read scan progress, prune, count.

A :class:`Store` is cheap to create and connects lazily: the proxy can start while the database
is down (its :class:`~pdpa_guard.store.writer.BackgroundWriter` spools until it is back), and the
first successful use of an un-migrated database upgrades its schema.

Every record has a UUID primary key and findings are keyed by (exchange id, position), so writing
the same record twice (a replayed spool, a retried batch, a rescanned log with stable ids) stores
it once: nothing is double-counted.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection
from sqlmodel import Session

from pdpa_guard.store import migrate
from pdpa_guard.store import prune as _prune
from pdpa_guard.store.engine import (
    DEFAULT_BUSY_TIMEOUT,
    WRITE_OPTION,
    create_engine,
    display_url,
    resolve_url,
    sqlite_path,
)
from pdpa_guard.store.models import ExchangeRow, FindingRow, ScanRow
from pdpa_guard.store.records import ExchangeRecord, ScanState, StoreItem

log = logging.getLogger("pdpa_guard.store")

_EXCHANGES = ExchangeRow.__table__
_FINDINGS = FindingRow.__table__
_SCANS = ScanRow.__table__
_CHUNK = 500  # records per transaction: short transactions keep other SQLite writers moving


@dataclass(frozen=True, slots=True)
class StoreStats:
    """Counts for ``pdpa-guard db stats``."""

    url: str
    revision: str | None
    exchanges: int
    findings: int
    distinct_values: int
    scans: int
    first: datetime | None
    last: datetime | None


class Store:
    """A findings database (any SQLAlchemy URL; SQLite by default, see :mod:`.engine`)."""

    def __init__(
        self,
        url: str | None = None,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        auto_migrate: bool = True,
        retries: int = 3,
    ) -> None:
        self.url = resolve_url(url)
        self.engine = create_engine(self.url, busy_timeout=busy_timeout)
        self.auto_migrate = auto_migrate
        self.retries = max(1, retries)
        self._schema_ready = False
        self._schema_lock = threading.Lock()
        path = sqlite_path(self.url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)

    def __repr__(self) -> str:
        return f"Store({self.display_url!r})"

    @property
    def display_url(self) -> str:
        """The URL with its password hidden, for messages."""
        return display_url(self.url)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release pooled connections."""
        self.engine.dispose()

    # -- schema -------------------------------------------------------------------------------

    def upgrade(self, revision: str = "head") -> tuple[str | None, str | None]:
        """Run migrations up to ``revision``; returns (revision before, revision after)."""
        with self._schema_lock:
            result = migrate.upgrade(self.engine, revision)
            self._schema_ready = result[1] == migrate.head_revision()
            return result

    def ensure_schema(self) -> None:
        """Upgrade an un-migrated (or older) database, once per Store."""
        if self._schema_ready:
            return
        with self._schema_lock:
            if self._schema_ready:
                return
            if not migrate.is_current(self.engine):
                if not self.auto_migrate:
                    raise RuntimeError(f"the findings store {self.display_url} needs `pdpa-guard db upgrade`")
                before, after = migrate.upgrade(self.engine)
                if before != after:
                    log.info("findings store %s upgraded from %s to %s", self.display_url, before, after)
            self._schema_ready = True

    def ping(self) -> bool:
        """True when the database answers and has its tables (used to tell a bad record from an outage)."""
        try:
            self.ensure_schema()
            with self.engine.connect() as conn:
                conn.execute(sa.select(_EXCHANGES.c.id).where(sa.false()))
            return True
        except Exception:
            return False

    def session(self) -> Session:
        """A SQLModel session for reading (the report); the schema is brought up to date first."""
        self.ensure_schema()
        return Session(self.engine)

    # -- writing ------------------------------------------------------------------------------

    def write(self, items: Iterable[StoreItem]) -> int:
        """Store exchange records and scan states; returns how many exchanges were new.

        Idempotent: records already stored are skipped. Retries transient failures (a locked
        SQLite file, a dropped connection) a few times, then raises; the caller (usually the
        :class:`BackgroundWriter`) spools what could not be written.
        """
        records: list[ExchangeRecord] = []
        scans: list[ScanState] = []
        for item in items:
            if isinstance(item, ExchangeRecord):
                records.append(item)
            elif isinstance(item, ScanState):
                scans.append(item)
            else:
                raise TypeError(f"cannot store {type(item).__name__}; expected ExchangeRecord or ScanState")
        if not records and not scans:
            return 0
        for attempt in range(1, self.retries + 1):
            try:
                self.ensure_schema()
                with self.engine.connect() as conn:
                    conn.execution_options(**{WRITE_OPTION: True})
                    inserted = sum(self._insert_chunk(conn, chunk) for chunk in _chunks(records, _CHUNK))
                    if scans:
                        self._upsert_scans(conn, scans)
                return inserted
            except (sa_exc.OperationalError, sa_exc.IntegrityError, sa_exc.InterfaceError) as exc:
                # The file may have been replaced or the server restarted: check the schema again.
                self._schema_ready = False
                # An integrity error is a race worth retrying only where inserts cannot skip
                # existing rows by themselves; on SQLite and PostgreSQL it means a bad record.
                race = self.engine.dialect.name not in ("sqlite", "postgresql")
                if attempt == self.retries or (isinstance(exc, sa_exc.IntegrityError) and not race):
                    raise
                delay = 0.05 * 2**attempt * (1 + random.random())
                log.debug("store write failed (%s), retry %d in %.2fs", type(exc).__name__, attempt, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _insert(self, conn: Connection, table: sa.Table) -> Any:
        name = conn.dialect.name
        if name == "sqlite":
            from sqlalchemy.dialects.sqlite import insert

            return insert(table).on_conflict_do_nothing()
        if name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            return pg_insert(table).on_conflict_do_nothing()
        return sa.insert(table)  # other databases: the existence check below is the guard

    def _insert_chunk(self, conn: Connection, chunk: Sequence[ExchangeRecord]) -> int:
        with conn.begin():
            unique = list({r.id: r for r in chunk}.values())
            ids = [r.id for r in unique]
            existing = set(conn.scalars(sa.select(_EXCHANGES.c.id).where(_EXCHANGES.c.id.in_(ids))))
            new = [r for r in unique if r.id not in existing]
            if not new:
                return 0
            conn.execute(self._insert(conn, _EXCHANGES), [_exchange_row(r) for r in new])
            findings = [_finding_row(r.id, seq, f) for r in new for seq, f in enumerate(r.findings)]
            if findings:
                conn.execute(self._insert(conn, _FINDINGS), findings)
            return len(new)

    def _upsert_scans(self, conn: Connection, scans: Sequence[ScanState]) -> None:
        latest = {s.path: s for s in scans}  # the last state of a file wins
        rows = [_scan_row(s) for s in latest.values()]
        name = conn.dialect.name
        with conn.begin():
            if name in ("sqlite", "postgresql"):
                if name == "sqlite":
                    from sqlalchemy.dialects.sqlite import insert
                else:
                    from sqlalchemy.dialects.postgresql import insert
                stmt = insert(_SCANS)
                stmt = stmt.on_conflict_do_update(
                    index_elements=["path"],
                    set_={c.name: stmt.excluded[c.name] for c in _SCANS.c if c.name != "path"},
                )
                conn.execute(stmt, rows)
            else:
                conn.execute(sa.delete(_SCANS).where(_SCANS.c.path.in_(list(latest))))
                conn.execute(sa.insert(_SCANS), rows)

    # -- reading ------------------------------------------------------------------------------

    def get_scan(self, path: str) -> ScanState | None:
        """How far a previous scan read ``path`` (as the scanner recorded it), or None."""
        self.ensure_schema()
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(_SCANS).where(_SCANS.c.path == path)).mappings().first()
        return ScanState(**dict(row)) if row else None

    def prune(self, older_than: timedelta | datetime) -> int:
        """Delete exchanges older than ``older_than`` (an age or a UTC instant) and their findings."""
        self.ensure_schema()
        return _prune.prune(self.engine, _prune.cutoff_of(older_than))

    def count_older(self, older_than: timedelta | datetime) -> int:
        """How many exchanges :meth:`prune` would delete."""
        self.ensure_schema()
        return _prune.count_older(self.engine, _prune.cutoff_of(older_than))

    def stats(self) -> StoreStats:
        """Row counts and time range (for ``pdpa-guard db stats``)."""
        self.ensure_schema()
        ex, fi = _EXCHANGES, _FINDINGS
        with self.engine.connect() as conn:
            n_ex, first, last = conn.execute(
                sa.select(sa.func.count(), sa.func.min(ex.c.time), sa.func.max(ex.c.time))
            ).one()
            n_fi, distinct = conn.execute(
                sa.select(sa.func.count(), sa.func.count(sa.distinct(fi.c.value_hash)))
            ).one()
            n_scans = conn.scalar(sa.select(sa.func.count()).select_from(_SCANS))
            revision = migrate.current_revision(conn)
        return StoreStats(
            url=self.display_url,
            revision=revision,
            exchanges=int(n_ex),
            findings=int(n_fi),
            distinct_values=int(distinct),
            scans=int(n_scans or 0),
            first=first,  # min/max keep the column type: already UTC-aware datetimes
            last=last,
        )


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _exchange_row(r: ExchangeRecord) -> dict[str, Any]:
    return {
        "id": r.id,
        "time": r.time,
        "app": r.app,
        "dest_name": r.dest_name,
        "dest_host": r.dest_host,
        "dest_port": r.dest_port,
        "dest_country": r.dest_country,
        "dest_region": r.dest_region,
        "dest_basis": r.dest_basis,
        "dest_basis_ref": r.dest_basis_ref,
        "dest_local": r.dest_local,
        "provider": r.provider,
        "provider_format": r.provider_format,
        "model": r.model,
        "method": r.method,
        "path": r.path,
        "request_bytes": r.request_bytes,
        "est_tokens": r.est_tokens,
        "finding_count": len(r.findings),
        "sensitive_count": r.sensitive_count,
        "action": r.action,
        "enforced": r.enforced,
        "rule": r.rule,
        "note": r.note,
        "source": r.source,
        "source_ref": r.source_ref,
        "conversation_hash": r.conversation_hash,
        "hash_key_id": r.hash_key_id,
    }


def _finding_row(exchange_id: str, seq: int, f: Any) -> dict[str, Any]:
    return {
        "exchange_id": exchange_id,
        "seq": seq,
        "entity_type": f.entity_type,
        "category": f.category,
        "sensitive": f.sensitive,
        "score": f.score,
        "start_offset": f.start,
        "end_offset": f.end,
        "segment_path": f.segment_path,
        "recognizer": f.recognizer,
        "preview": f.preview,
        "value_hash": f.value_hash,
    }


def _scan_row(s: ScanState) -> dict[str, Any]:
    return {
        "path": s.path,
        "size": s.size,
        "mtime": s.mtime,
        "prefix_hash": s.prefix_hash,
        "byte_offset": s.byte_offset,
        "records": s.records,
        "scanned_at": s.scanned_at,
    }
