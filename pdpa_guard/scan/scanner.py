"""``pdpa-guard scan``: run the shared pipeline over log files and record what would have happened.

Records are written through the store's BackgroundWriter, so a database that is down costs nothing
but a spool file that is replayed later; the scan itself always completes and reports.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pdpa_guard.scan.record import LogRecord, ReadError
from pdpa_guard.scan.runner import (
    SPILL_RECORDS,
    SPLIT_BYTES,
    FilePlan,
    RecordScanner,
    UnitResult,
    plan_file,
    prefix_hash,
    run_units,
)
from pdpa_guard.scan.sources import iter_files
from pdpa_guard.store.records import ExchangeRecord, ScanState

SMALL_SCAN_BYTES = 4 * 1024 * 1024


@dataclass(slots=True)
class DestinationTally:
    """Per-destination counts for the summary."""

    host: str
    country: str | None
    local: bool = False
    records: int = 0
    findings: int = 0
    violations: int = 0


@dataclass(slots=True)
class ScanSummary:
    """What a scan found; ``to_json`` is the ``--json`` contract of the CLI."""

    files: int = 0
    bytes: int = 0
    records: int = 0
    records_before_since: int = 0
    findings: int = 0
    violations: int = 0
    by_entity: Counter[str] = field(default_factory=Counter)
    by_action: Counter[str] = field(default_factory=Counter)
    by_destination: dict[str, DestinationTally] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    stored: str = ""  # where records went (display URL), or why not

    def add(self, record: ExchangeRecord) -> None:
        violation = record.action != "allow"
        self.findings += len(record.findings)
        self.violations += violation
        self.by_action[record.action] += 1
        self.by_entity.update(f.entity_type for f in record.findings)
        name = record.dest_name or record.dest_host
        tally = self.by_destination.get(name)
        if tally is None:
            tally = self.by_destination[name] = DestinationTally(record.dest_host, record.dest_country, record.dest_local)
        tally.records += 1
        tally.findings += len(record.findings)
        tally.violations += violation

    def to_json(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "bytes": self.bytes,
            "records": self.records,
            "records_before_since": self.records_before_since,
            "findings": self.findings,
            "violations": self.violations,
            "by_entity": dict(self.by_entity.most_common()),
            "by_action": dict(self.by_action.most_common()),
            "by_destination": {
                name: {"host": t.host, "country": t.country, "local": t.local, "records": t.records, "findings": t.findings,
                       "violations": t.violations}
                for name, t in sorted(self.by_destination.items(), key=lambda kv: -kv[1].records)
            },
            "skipped": [{"file": f, "reason": r} for f, r in self.skipped],
            "errors": [{"where": e.source_ref, "error": e.message} for e in self.errors],
            "store": self.stored,
        }


def make_record_scanner(rules_dir: str | None, destination: str | None, since: datetime | None) -> RecordScanner:
    """Build the pipeline in this process and return the per-record function (picklable factory)."""
    from pdpa_guard.pipeline import Pipeline

    pipeline = Pipeline.from_rules_dir(rules_dir)

    def scan_record(record: LogRecord) -> ExchangeRecord | None:
        if since is not None and record.timestamp is not None and record.timestamp < since:
            return None
        _, stored = pipeline.scan_record(record, destination_host=destination)
        return stored

    return scan_record


class Progress:
    """Progress callbacks; the CLI draws a bar on a terminal and stays quiet when piped."""

    def start(self, total_bytes: int, files: int) -> None: ...

    def advance(self, result: UnitResult) -> None: ...

    def stop(self) -> None: ...


DRAIN_EVERY = 2000  # records between waits for the store writer (its queue holds 10,000)


def scan_paths(
    paths: Iterable[Path],
    *,
    submit: Callable[[ExchangeRecord | ScanState], None],
    previous_state: Callable[[str], ScanState | None],
    rules_dir: str | None = None,
    destination: str | None = None,
    since: datetime | None = None,
    workers: int = 1,
    progress: Progress | None = None,
    split_bytes: int = SPLIT_BYTES,
    parallel_from_bytes: int = SMALL_SCAN_BYTES,
    spill_after: int = SPILL_RECORDS,
    drain: Callable[[], object] | None = None,
) -> ScanSummary:
    """Scan ``paths`` (files or directories); hand every record and scan state to ``submit``.

    ``drain`` (e.g. ``BackgroundWriter.flush``) is called every ``DRAIN_EVERY`` records: one unit of
    a big log holds more records than the writer's queue, which would otherwise overflow into the
    spool (an fsync per record, and a "store unavailable" note) although the store is fine.
    """
    progress = progress or Progress()
    summary = ScanSummary()
    plans: dict[str, FilePlan] = {}
    for path in iter_files(list(paths)):
        key = str(path.resolve())
        try:
            plan = plan_file(path, previous_state(key), split_bytes)
        except OSError as exc:
            summary.errors.append(ReadError(str(path), f"cannot read file: {exc.strerror or type(exc).__name__}"))
            continue
        if plan.skipped:
            summary.skipped.append((str(path), plan.skipped))
            continue
        plans[key] = plan
    units = [u for plan in plans.values() for u in plan.units]
    remaining = {key: len(plan.units) for key, plan in plans.items()}
    last_offsets: dict[str, int] = {}
    summary.files = len(plans)
    progress.start(sum(u.length for u in units), len(plans))
    factory = functools.partial(make_record_scanner, rules_dir, destination, since)
    if sum(u.length for u in units) < parallel_from_bytes:
        workers = 1  # starting processes (each building the detector) costs more than it saves
    undrained = 0
    try:
        for result in run_units(units, factory, workers, spill_after):
            summary.bytes += result.unit.length
            summary.records += result.log_records
            summary.records_before_since += result.log_records - result.record_count - _analysis_errors(result)
            summary.errors.extend(result.errors)
            for record in result.iter_records():
                summary.add(record)
                submit(record)
                undrained += 1
                if drain is not None and undrained >= DRAIN_EVERY:
                    drain()
                    undrained = 0
            key = str(Path(result.unit.path).resolve())
            if result.unit.stop is None and result.last_offset is not None:
                last_offsets[key] = result.last_offset
            remaining[key] -= 1
            if remaining[key] == 0:
                state = _scan_state(plans[key], last_offsets.get(key), result.log_records)
                if state is not None:
                    submit(state)
            progress.advance(result)
    finally:
        progress.stop()
    return summary


def _analysis_errors(result: UnitResult) -> int:
    return sum(1 for e in result.errors if e.message.startswith("could not be analysed"))


def _scan_state(plan: FilePlan, last_offset: int | None, records: int) -> ScanState | None:
    """How far this scan got: to the end of the last complete record (a torn last line of a log
    still being written is read again next time), or the whole file for whole-file formats."""
    offset = plan.size if last_offset is None else last_offset
    if offset <= 0:
        return None
    stat = plan.path.stat()
    return ScanState(str(plan.path.resolve()), stat.st_size, stat.st_mtime, prefix_hash(plan.path, offset), offset, records)
