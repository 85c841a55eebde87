"""Plan and run a scan: which bytes of which files to read, in how many processes.

Work is cut into units: a whole file for formats that must be read from the start (HAR, flow
dumps, anything compressed), byte ranges aligned on line starts for large plain JSONL and text
logs, so that two cores share even one big file. Each worker process builds the pipeline once
(the detector is expensive to build and cheap to call) and returns store records, which hold no
raw values and so may cross process boundaries and land in the spool.

Incremental rescans: the store remembers, per file, how many bytes were read and the SHA-256 of
that prefix. A file whose prefix is unchanged is resumed where it ended (appended logs) or
skipped; a file that changed in place is read again, and record ids derived from file, position and
time keep a rescan from counting anything twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from pdpa_guard.scan.readers import READERS
from pdpa_guard.scan.record import LogRecord, ReadError
from pdpa_guard.scan.sources import FLOWS, HAR, JSONL, TEXT, compression_of, sniff_file
from pdpa_guard.store.records import ExchangeRecord, ScanState

SPLIT_BYTES = 32 * 1024 * 1024  # plain JSONL/text files larger than this are shared between workers
SPILL_RECORDS = 20_000  # records a unit keeps in memory before spilling to a temporary file
SPLITTABLE = frozenset({JSONL, TEXT})


@dataclass(frozen=True, slots=True)
class WorkUnit:
    """Bytes [start, stop) of one file (stop None: to the end), read with one format's reader."""

    path: str
    fmt: str
    start: int
    stop: int | None
    size: int

    @property
    def length(self) -> int:
        return (self.stop if self.stop is not None else self.size) - self.start


@dataclass(slots=True)
class UnitResult:
    """What one unit produced: store records, unreadable parts, and how far it got.

    A unit that cannot be split (a HAR, a flow dump, a compressed log) may hold millions of
    records. Past ``SPILL_RECORDS`` they go to a temporary JSON-lines file (store records hold no
    raw values, so this is as safe as the spool), keeping memory flat in the file's size.
    """

    unit: WorkUnit
    records: list[ExchangeRecord] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    log_records: int = 0
    last_offset: int | None = None  # end of the last complete record read
    record_count: int = 0
    spill: str | None = None  # temporary file with the records beyond the in-memory ones

    def keep(self, record: ExchangeRecord, spill_after: int) -> None:
        self.record_count += 1
        self.records.append(record)
        if len(self.records) >= spill_after:
            if self.spill is None:
                handle, self.spill = tempfile.mkstemp(prefix="pdpa-guard-scan-", suffix=".jsonl")
                os.close(handle)
            with open(self.spill, "a", encoding="utf-8") as out:
                out.writelines(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in self.records)
            self.records.clear()

    def iter_records(self) -> Iterator[ExchangeRecord]:
        """Every record of the unit (spilled ones first), deleting the spill file once read."""
        if self.spill is not None:
            try:
                with open(self.spill, encoding="utf-8") as spilled:
                    for line in spilled:
                        yield ExchangeRecord.from_dict(json.loads(line))
            finally:
                os.unlink(self.spill)
                self.spill = None
        yield from self.records


@dataclass(slots=True)
class FilePlan:
    """One file of the scan: its units, or why it is skipped."""

    path: Path
    fmt: str
    size: int
    units: list[WorkUnit]
    resumed_from: int = 0
    skipped: str | None = None


def prefix_hash(path: Path, length: int) -> str:
    """SHA-256 of the first ``length`` bytes of ``path`` (as stored in ScanState)."""
    digest = hashlib.sha256()
    remaining = length
    with path.open("rb") as handle:
        while remaining > 0:
            chunk = handle.read(min(remaining, 1 << 20))
            if not chunk:
                break
            digest.update(chunk)
            remaining -= len(chunk)
    return digest.hexdigest()


def plan_file(path: Path, previous: ScanState | None, split_bytes: int = SPLIT_BYTES) -> FilePlan:
    """Units for ``path``, resuming after ``previous`` when its prefix is unchanged."""
    size = path.stat().st_size
    fmt = sniff_file(path) if size else TEXT
    if size == 0:
        return FilePlan(path, fmt, size, [], skipped="empty file")
    start = 0
    if previous is not None and previous.byte_offset <= size and prefix_hash(path, previous.byte_offset) == previous.prefix_hash:
        if previous.byte_offset == size:
            return FilePlan(path, fmt, size, [], skipped="unchanged since the last scan")
        if fmt in SPLITTABLE and compression_of(path) is None:
            start = previous.byte_offset
    splittable = fmt in SPLITTABLE and compression_of(path) is None
    if not splittable or size - start <= split_bytes:
        return FilePlan(path, fmt, size, [WorkUnit(str(path), fmt, start, None, size)], resumed_from=start)
    units, offset = [], start
    while offset < size:
        stop = min(size, offset + split_bytes)
        units.append(WorkUnit(str(path), fmt, offset, stop if stop < size else None, size))
        offset = stop
    return FilePlan(path, fmt, size, units, resumed_from=start)


def read_unit(unit: WorkUnit, app_header: str = "x-pdpa-app") -> Iterator[LogRecord | ReadError]:
    """The reader's items for a unit; a range that starts mid-line begins at the next line."""
    reader = READERS[unit.fmt]
    path = Path(unit.path)
    if unit.fmt in SPLITTABLE:
        start = unit.start if unit.start == 0 else _next_line_start(path, unit.start)
        if unit.stop is not None and start >= unit.stop:
            return iter(())
        return reader(path, start_offset=start, stop_offset=unit.stop, app_header=app_header)
    return reader(path, app_header=app_header)


def _next_line_start(path: Path, offset: int) -> int:
    """The first line start at or after ``offset`` (offset itself if a line starts there)."""
    with path.open("rb") as handle:
        handle.seek(offset - 1)
        if handle.read(1) == b"\n":
            return offset
        handle.readline()
        return handle.tell()


# --- running units, in this process or in a pool ----------------------------------------------

RecordScanner = Callable[[LogRecord], ExchangeRecord | None]
_worker_scan: RecordScanner | None = None


def _init_worker(factory: Callable[[], RecordScanner]) -> None:
    global _worker_scan
    _worker_scan = factory()


def _run_in_worker(unit: WorkUnit, spill_after: int) -> UnitResult:
    assert _worker_scan is not None, "worker not initialised"
    return run_unit(unit, _worker_scan, spill_after)


def run_unit(unit: WorkUnit, scan_record: RecordScanner, spill_after: int = SPILL_RECORDS) -> UnitResult:
    """Read a unit and turn each logged request into a store record."""
    result = UnitResult(unit)
    try:
        for item in read_unit(unit):
            if isinstance(item, ReadError):
                result.errors.append(item)
                continue
            result.log_records += 1
            if item.end_offset is not None:
                result.last_offset = item.end_offset
            try:
                record = scan_record(item)
            except Exception as exc:  # one bad record must not end the scan; never echo its content
                result.errors.append(ReadError(item.source_ref, f"could not be analysed ({type(exc).__name__})"))
                continue
            if record is not None:
                result.keep(record, spill_after)
    except OSError as exc:
        result.errors.append(ReadError(unit.path, f"cannot read file: {exc.strerror or type(exc).__name__}"))
    return result


def run_units(
    units: list[WorkUnit], factory: Callable[[], RecordScanner], workers: int, spill_after: int = SPILL_RECORDS
) -> Iterator[UnitResult]:
    """Results of every unit as they complete; ``workers`` processes (1: this process)."""
    if workers <= 1 or len(units) <= 1:
        scan_record = factory()
        for unit in units:
            yield run_unit(unit, scan_record, spill_after)
        return
    # Largest units first, so that one big file does not start last and run alone.
    ordered = sorted(units, key=lambda u: -u.length)
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(factory,)) as pool:
        futures = [pool.submit(_run_in_worker, unit, spill_after) for unit in ordered]
        for future in as_completed(futures):
            yield future.result()


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


__all__ = ["FLOWS", "HAR", "FilePlan", "UnitResult", "WorkUnit", "default_workers", "plan_file", "run_units"]
