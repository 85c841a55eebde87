"""The findings store: what was sent where, what it contained and what was done, without the values.

Public API (used by the proxy, the scanner and the report):

* :func:`build_records` turns an exchange, its destination, its (segment, finding) pairs and the
  decision into an :class:`ExchangeRecord` with masked previews and keyed hashes, no raw values;
* :class:`Store` writes records idempotently, tracks scan progress (:class:`ScanState`), prunes,
  and upgrades its own schema on first use;
* :class:`BackgroundWriter` writes from a thread in batches and spools to disk when the
  database is unavailable;
* the tables (:class:`ExchangeRow`, :class:`FindingRow`, :class:`ScanRow`) for the report's queries.
"""

from pdpa_guard.store.database import Store, StoreStats
from pdpa_guard.store.engine import resolve_url
from pdpa_guard.store.models import ACTIONS, ExchangeRow, FindingRow, ScanRow
from pdpa_guard.store.prune import parse_age
from pdpa_guard.store.records import (
    DestinationLike,
    ExchangeRecord,
    FindingRecord,
    ScanState,
    build_records,
    stable_id,
)
from pdpa_guard.store.writer import BackgroundWriter, Spool

__all__ = [
    "ACTIONS",
    "BackgroundWriter",
    "DestinationLike",
    "ExchangeRecord",
    "ExchangeRow",
    "FindingRecord",
    "FindingRow",
    "ScanRow",
    "ScanState",
    "Spool",
    "Store",
    "StoreStats",
    "build_records",
    "parse_age",
    "resolve_url",
    "stable_id",
]
