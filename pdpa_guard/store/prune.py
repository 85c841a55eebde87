"""Retention: delete exchanges (and their findings) older than a cut-off.

PDPA s.37(3) asks a controller to erase data it no longer needs; the findings store holds no
raw values, but exchange metadata (app, time, keyed hashes) is still about people, so it has a
retention period like any log. Deletion runs in small batches so that on SQLite each
transaction is short and live writers (the proxy) never wait long for the lock.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from pdpa_guard.store.engine import WRITE_OPTION
from pdpa_guard.store.models import ExchangeRow, FindingRow

_AGE = re.compile(r"^\s*(\d+)\s*([dwmy])\s*$", re.IGNORECASE)
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}
_EXCHANGES = ExchangeRow.__table__
_FINDINGS = FindingRow.__table__


def parse_age(text: str) -> timedelta:
    """``400d``, ``12w``, ``13m`` (months of 30 days) or ``1y`` (365 days) as a timedelta."""
    m = _AGE.match(text)
    if not m or int(m.group(1)) <= 0:
        raise ValueError(
            f"invalid age {text!r}: use a positive number and a unit, d (days), w (weeks), "
            "m (30-day months) or y (365-day years), e.g. 400d"
        )
    return timedelta(days=int(m.group(1)) * _UNIT_DAYS[m.group(2).lower()])


def cutoff_of(older_than: timedelta | datetime, now: datetime | None = None) -> datetime:
    """The UTC instant before which exchanges are deleted."""
    if isinstance(older_than, datetime):
        return older_than.replace(tzinfo=UTC) if older_than.tzinfo is None else older_than
    return (now or datetime.now(UTC)) - older_than


def count_older(engine: Engine, cutoff: datetime) -> int:
    """How many exchanges :func:`prune` would delete."""
    with engine.connect() as conn:
        stmt = sa.select(sa.func.count()).select_from(_EXCHANGES).where(_EXCHANGES.c.time < cutoff)
        return int(conn.scalar(stmt) or 0)


def prune(engine: Engine, cutoff: datetime, batch: int = 2000) -> int:
    """Delete exchanges with ``time < cutoff`` and their findings; returns exchanges deleted.

    Findings are deleted explicitly rather than by ``ON DELETE CASCADE``, which SQLite honours
    only when the connection enabled foreign keys.
    """
    total = 0
    with engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        while True:
            with conn.begin():
                ids = list(
                    conn.scalars(sa.select(_EXCHANGES.c.id).where(_EXCHANGES.c.time < cutoff).limit(batch))
                )
                if ids:
                    conn.execute(sa.delete(_FINDINGS).where(_FINDINGS.c.exchange_id.in_(ids)))
                    conn.execute(sa.delete(_EXCHANGES).where(_EXCHANGES.c.id.in_(ids)))
            total += len(ids)
            if len(ids) < batch:
                return total
