#!/usr/bin/env python3
"""Run the ``pdpa-guard scan`` pipeline on Spark or Ray, for logs too big for one machine.

Neither engine is a dependency of pdpa-guard: each is imported only by its subcommand. Install
the one your cluster runs (and ``pdpa-guard`` itself) in the Python that the executors / Ray
workers use, e.g. ``pip install pyspark`` (needs Java 17+) or ``pip install "ray[data]"``.

The same code runs as ``pdpa-guard scan``, cut the same way:

* ``plan_file`` (pdpa_guard.scan.runner) cuts the input into work units: byte ranges aligned on
  line starts for big plain JSONL/text logs, whole files for HAR, flow dumps and compressed
  logs. Units are small descriptors (path, format, range); the data is read where the unit runs,
  so every executor must see the files under the same path (a shared or mounted filesystem:
  NFS, a FUSE-mounted bucket, DBFS ``/dbfs/...``).
* Each worker process builds the pipeline (the detector takes seconds and ~250 MB to build, and
  microseconds per record to call) once, and reuses it for every unit it is given: Spark's
  ``mapPartitions`` with a per-process cache (Python workers are reused across tasks), Ray Data's
  ``map_batches`` with a callable class (one instance per actor).
* ``run_unit`` reads a unit with the format's reader and turns every logged request into an
  ``ExchangeRecord``: no raw personal value, only types, offsets, masked previews and keyed hashes.
* Records go either straight to the shared PostgreSQL store (``--db``: ``Store.write``, idempotent
  by record id, so a retried task never counts twice) or to JSON-lines files in the spool format
  (``--out``), loaded later with ``python bench/distributed_example.py load OUT --db URL``.

The HMAC secret: keyed hashes must be made with the installation's secret, or distinct-subject
counts in the reports stop matching. Give it to the workers as ``PDPA_GUARD_HMAC_KEY`` from your
secret store (``spark.executorEnv.PDPA_GUARD_HMAC_KEY`` / Ray ``runtime_env={"env_vars": ...}``),
never in code or in the job's arguments; each record carries the key id, so the report can tell.

Local mode (2 cores, on the files of this checkout)::

    export PDPA_GUARD_HMAC_KEY=$(python -c "import secrets; print(secrets.token_hex(32))")
    python bench/distributed_example.py spark examples/logs --out /tmp/pdpa-spark --master "local[2]"
    python bench/distributed_example.py ray examples/logs --out /tmp/pdpa-ray --workers 2
    python bench/distributed_example.py load /tmp/pdpa-spark --db sqlite:///findings.db

On a cluster: ``spark-submit --master yarn --conf spark.executorEnv.PDPA_GUARD_HMAC_KEY=... \\
bench/distributed_example.py spark /mnt/logs --db postgresql+psycopg://...`` (the script ships
itself to the executors with ``addPyFile``), or ``ray job submit -- python
bench/distributed_example.py ray /mnt/logs --db ...`` against a Ray cluster address.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

# (path, format, start, stop, size): a WorkUnit as plain data, cheap to ship to executors.
UnitTuple = tuple[str, str, int, int | None, int]


def plan(paths: list[Path]) -> list[UnitTuple]:
    """Work units for every file under ``paths`` (the scanner's own planning)."""
    from pdpa_guard.scan.runner import plan_file
    from pdpa_guard.scan.sources import iter_files

    units: list[UnitTuple] = []
    for path in iter_files(paths):
        file_plan = plan_file(path.resolve(), None)
        units += [(u.path, u.fmt, u.start, u.stop, u.size) for u in file_plan.units]
    return units


# --- what runs on a worker --------------------------------------------------------------------

_SCANNERS: dict[str | None, Any] = {}  # per worker process: rules dir -> record scanner


def record_scanner(rules: str | None) -> Any:
    """The pipeline of this worker process, built on first use (once per process, not per task)."""
    if rules not in _SCANNERS:
        from pdpa_guard.scan.scanner import make_record_scanner

        _SCANNERS[rules] = make_record_scanner(rules, None, None)
    return _SCANNERS[rules]


def scan_units(units: Iterable[UnitTuple], rules: str | None, db: str | None) -> Iterator[str]:
    """Scan units; store the records (``db``) or yield them as spool-format JSON lines.

    Also yields one ``{"kind": "tally", ...}`` line per unit (records, actions, unreadable parts)
    so that the driver can print a summary without collecting any record.
    """
    from pdpa_guard.scan.runner import WorkUnit, run_unit

    scanner = record_scanner(rules)
    store = None
    if db:
        from pdpa_guard.store import Store

        store = Store(db)
    for path, fmt, start, stop, size in units:
        result = run_unit(WorkUnit(path, fmt, start, stop, size), scanner)
        if store is not None:
            for i in range(0, len(result.records), 500):
                store.write(result.records[i : i + 500])
        else:
            for record in result.records:
                yield json.dumps(record.to_dict(), ensure_ascii=False)
        yield json.dumps({"kind": "tally", "records": result.log_records,
                          "actions": Counter(r.action for r in result.records),
                          "findings": sum(len(r.findings) for r in result.records),
                          "errors": [f"{e.source_ref}: {e.message}" for e in result.errors]})


def summarise(tallies: Iterable[str]) -> dict[str, Any]:
    total: dict[str, Any] = {"records": 0, "findings": 0, "actions": Counter(), "errors": []}
    for line in tallies:
        tally = json.loads(line)
        total["records"] += tally["records"]
        total["findings"] += tally["findings"]
        total["actions"].update(tally["actions"])
        total["errors"] += tally["errors"]
    return total


# --- Spark ------------------------------------------------------------------------------------


def run_spark(units: list[UnitTuple], args: argparse.Namespace) -> dict[str, Any]:
    """One Spark partition per unit; ``mapPartitions`` reuses the worker's pipeline."""
    from pyspark.sql import SparkSession  # imported here only: not a pdpa-guard dependency

    builder = SparkSession.builder.appName("pdpa-guard-scan").config("spark.python.worker.reuse", "true")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    context = spark.sparkContext
    # Ship this file so that executors import it as a module: its per-process cache then lives as
    # long as the Python worker, instead of being pickled into every task.
    context.addPyFile(__file__)
    import distributed_example as job

    rules, db = args.rules, args.db
    lines = context.parallelize(units, numSlices=max(1, len(units))).mapPartitions(
        lambda part: job.scan_units(part, rules, db)
    )
    lines.cache()
    tallies = lines.filter(lambda line: line.startswith('{"kind": "tally"')).collect()
    if args.out:
        lines.filter(lambda line: not line.startswith('{"kind": "tally"')).saveAsTextFile(args.out)
    spark.stop()
    return summarise(tallies)


# --- Ray --------------------------------------------------------------------------------------


class RayScanner:
    """A Ray Data callable class: ``__init__`` runs once per actor, so the pipeline is built once."""

    def __init__(self, rules: str | None, db: str | None) -> None:
        self.rules, self.db = rules, db
        record_scanner(rules)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        units = zip(batch["path"], batch["fmt"], batch["start"], batch["stop"], batch["size"], strict=True)
        return {"line": list(scan_units(
            ((str(p), str(f), int(a), None if b is None or b < 0 else int(b), int(s)) for p, f, a, b, s in units),
            self.rules, self.db))}


def run_ray(units: list[UnitTuple], args: argparse.Namespace) -> dict[str, Any]:
    """One row per unit; ``map_batches`` with an actor pool of ``--workers`` scanners."""
    import ray  # imported here only: not a pdpa-guard dependency

    ray.init(address=args.address, ignore_reinit_error=True)
    rows = [{"path": p, "fmt": f, "start": a, "stop": -1 if b is None else b, "size": s} for p, f, a, b, s in units]
    lines = ray.data.from_items(rows, override_num_blocks=max(1, len(rows))).map_batches(
        RayScanner, fn_constructor_kwargs={"rules": args.rules, "db": args.db}, batch_size=1,
        concurrency=args.workers, num_cpus=1,
    ).materialize()
    tallies = [row["line"] for row in lines.filter(lambda r: r["line"].startswith('{"kind": "tally"')).iter_rows()]
    if args.out:
        records = lines.filter(lambda r: not r["line"].startswith('{"kind": "tally"'))
        Path(args.out).mkdir(parents=True, exist_ok=True)
        with (Path(args.out) / "records.jsonl").open("w", encoding="utf-8") as out:
            for row in records.iter_rows():  # a cluster would write_json() to shared storage instead
                out.write(row["line"] + "\n")
    ray.shutdown()
    return summarise(tallies)


# --- loading JSONL output into a store --------------------------------------------------------


def load(directory: Path, db: str | None) -> int:
    """Write spool-format JSON lines (``--out`` of a run) into the store; idempotent."""
    from pdpa_guard.store import Store
    from pdpa_guard.store.records import item_from_dict

    store = Store(db)
    batch, written = [], 0
    for path in sorted(p for p in directory.rglob("*") if p.is_file() and not p.name.startswith((".", "_"))):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    batch.append(item_from_dict(json.loads(line)))
                if len(batch) >= 500:
                    written += store.write(batch)
                    batch = []
    if batch:
        written += store.write(batch)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("spark", "ray"):
        command = commands.add_parser(name, help=f"scan with {name}")
        command.add_argument("paths", nargs="+", type=Path)
        command.add_argument("--rules", help="rules directory (the same on every worker)")
        command.add_argument("--db", help="store URL the workers write to (PostgreSQL on a cluster)")
        command.add_argument("--out", help="write records as JSON lines here instead (load them later)")
        if name == "spark":
            command.add_argument("--master", help='e.g. "local[2]"; default: what spark-submit says')
        else:
            command.add_argument("--address", help="Ray cluster address; default: a local Ray")
            command.add_argument("--workers", type=int, default=2, help="scanner actors (default 2)")
    loader = commands.add_parser("load", help="load the JSON-lines output of a run into a store")
    loader.add_argument("directory", type=Path)
    loader.add_argument("--db", help="store URL (default: the usual pdpa-guard store)")
    args = parser.parse_args(argv)

    if args.command == "load":
        print(json.dumps({"written": load(args.directory, args.db)}))
        return 0
    if not args.db and not args.out:
        parser.error("give --db (write to the store) or --out (write JSON lines)")
    units = plan(args.paths)
    summary = run_spark(units, args) if args.command == "spark" else run_ray(units, args)
    summary["units"] = len(units)
    print(json.dumps(summary, ensure_ascii=False, default=dict))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # so that Spark can import this file by name
    sys.exit(main())
