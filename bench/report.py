"""Time `pdpa-guard report` on a month of 1,000,000 exchanges (SQLite, and PostgreSQL if configured).

    .venv/bin/python bench/report.py                       # SQLite in a temp dir
    PDPA_GUARD_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test .venv/bin/python bench/report.py
    .venv/bin/python bench/report.py --exchanges 200000 --keep /tmp/bench.db --out /tmp/reports

The store is filled with synthetic rows shaped like a busy organisation's month: 12 applications,
the shipped destinations (US, EU, CN, SG, TH and local), about 35% of exchanges with findings
(1-4 each, every entity type, keyed hashes drawn from 60,000 fabricated subjects), proxy and
scanned records, and a quiet previous month. Rows are bulk-inserted (executemany on SQLite, COPY
on PostgreSQL) straight into the store's tables after the schema is created by the store itself.
No value in it is personal: hashes are of counters and previews are masks.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pdpa_guard.detect.catalogue import CATALOGUE
from pdpa_guard.report.period import Period
from pdpa_guard.store import Store
from pdpa_guard.store.models import ExchangeRow, FindingRow

EX_COLS = [c.name for c in ExchangeRow.__table__.columns]
FI_COLS = [c.name for c in FindingRow.__table__.columns]

# name, host, provider, country, region, basis, basis_ref, local, models, weight
DESTS = [
    ("openai", "api.openai.com", "OpenAI", "US", None, "none", None, False, ["gpt-4o-mini", "gpt-4.1", "gpt-5-mini"], 30),
    ("anthropic", "api.anthropic.com", "Anthropic", "US", None, "contract", "DPA-2026-014", False,
     ["claude-sonnet-4-5-20250929", "claude-haiku-4-5"], 15),
    ("gemini", "generativelanguage.googleapis.com", "Google Gemini API", "US", None, "none", None, False,
     ["gemini-2.5-flash"], 10),
    ("azure-openai", "myco.openai.azure.com", "Microsoft Azure OpenAI", "SG", "southeastasia", "safeguards",
     "SCC-2026-03", False, ["gpt-4o"], 12),
    ("deepseek", "api.deepseek.com", "DeepSeek", "CN", None, "none", None, False, ["deepseek-chat"], 5),
    ("mistral-eu", "api.mistral.ai", "Mistral AI", "EU", None, "adequacy", "GDPR adequacy", False,
     ["mistral-small-latest"], 3),
    ("aws-bedrock", "bedrock-runtime.ap-southeast-7.amazonaws.com", "AWS Bedrock", "TH", "ap-southeast-7", "none",
     None, False, ["anthropic.claude-sonnet-4-5-20250929-v1:0"], 10),
    ("ollama", "localhost:11434", "Ollama (self-hosted)", None, None, "none", None, True, ["typhoon2-8b"], 15),
]
APPS = [f"app-{name}" for name in (
    "hr-assistant", "crm-bot", "claims", "call-centre", "legal-drafts", "marketing", "dev-tools", "finance",
    "clinic-notes", "recruiting", "it-helpdesk", "data-science")]
TYPES = list(CATALOGUE)
TYPE_WEIGHTS = [12 if CATALOGUE[t].category.value == "identifier" else 2 for t in TYPES]


def _action(dest: tuple, sensitive: bool, personal: bool) -> str:
    local, country, basis = dest[7], dest[3], dest[5]
    if local or country == "TH" or not personal:
        return "allow"
    if sensitive:
        return "block" if basis == "none" else "pseudonymise"
    return "pseudonymise" if basis == "none" else "allow"


def generate(period: Period, n: int, seed: int = 7):
    """Yield (exchange row tuple, [finding row tuples]) for ``n`` exchanges spread over ``period``."""
    rng = random.Random(seed)
    weights = [d[9] for d in DESTS]
    for i, t in enumerate(_times(period, n, rng)):
        dest = rng.choices(DESTS, weights)[0]
        app = APPS[i % len(APPS)] if rng.random() > 0.05 else None
        nf = 0 if rng.random() > 0.35 else rng.randint(1, 4)
        ex_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        findings = []
        sensitive = False
        for seq in range(nf):
            et = rng.choices(TYPES, TYPE_WEIGHTS)[0]
            spec = CATALOGUE[et]
            sensitive |= spec.is_sensitive
            subject = rng.randint(1, 60_000)
            h = hashlib.sha256(f"{et}:{subject}".encode()).hexdigest()
            preview = f"[{et}]" if spec.mask.value == "type_only" else "x" * 6 + str(subject % 10)
            findings.append((ex_id, seq, et, spec.category.value, spec.is_sensitive, 0.9, 10 * seq, 10 * seq + 8,
                             "$.messages[0].content", "bench", preview, h))
        scan = rng.random() < 0.15
        personal = any(f[3] != "business" for f in findings)
        action = _action(dest, sensitive, personal)
        enforced = not scan
        if scan and action != "allow":
            action = f"would_{action}"
        note = "failed open: detector timeout" if (not scan and rng.random() < 0.001) else None
        if note:
            action = "allow"
        tokens = rng.randint(50, 4000)
        row = {
            "id": ex_id, "time": t, "app": app, "dest_name": dest[0], "dest_host": dest[1], "dest_port": 443,
            "dest_country": dest[3], "dest_region": dest[4], "dest_basis": dest[5], "dest_basis_ref": dest[6],
            "dest_local": dest[7], "provider": dest[2], "provider_format": "openai-chat",
            "model": rng.choice(dest[8]), "method": "POST", "path": "/v1/chat/completions",
            "request_bytes": tokens * 3, "est_tokens": tokens, "finding_count": nf,
            "sensitive_count": sum(1 for f in findings if f[4]), "action": action, "enforced": enforced,
            "rule": "bench", "note": note, "source": "scan" if scan else "proxy",
            "source_ref": f"logs/gw.jsonl:{i}" if scan else f"flow-{i}", "conversation_hash": None,
            "hash_key_id": "benchkey0001",
        }
        yield row, findings


def _times(period: Period, n: int, rng: random.Random):
    """``n`` increasing instants over the month, weekends quieter (stores fill in time order)."""
    days = period.days
    weight = [0.35 if d.weekday() >= 5 else 1.0 + 0.2 * rng.random() for d in days]
    total = sum(weight)
    per_day = [int(n * w / total) for w in weight]
    per_day[-1] += n - sum(per_day)
    for d, k in zip(days, per_day, strict=True):
        start = datetime.combine(d, datetime.min.time(), period.tz)
        offsets = sorted(rng.random() * 86400 for _ in range(k))
        for off in offsets:
            yield start + timedelta(seconds=off)


def _sqlite_time(t: datetime) -> str:
    # The store's SQLite encoding of UTCDateTime (naive UTC, SQLAlchemy's DATETIME text format).
    return t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def fill_sqlite(url: str, period: Period, n: int, seed: int = 7) -> None:
    import sqlite3

    from pdpa_guard.store.engine import sqlite_path

    path = sqlite_path(url)
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous = OFF")
    con.execute("PRAGMA cache_size = -1000000")  # random UUID keys: keep the indexes in memory while filling
    ex_sql = f"INSERT INTO exchanges ({', '.join(EX_COLS)}) VALUES ({', '.join('?' * len(EX_COLS))})"
    fi_sql = f"INSERT INTO findings ({', '.join(FI_COLS)}) VALUES ({', '.join('?' * len(FI_COLS))})"
    batch_ex, batch_fi = [], []
    for row, findings in generate(period, n, seed):
        row["time"] = _sqlite_time(row["time"])
        batch_ex.append(tuple(row[c] for c in EX_COLS))
        batch_fi.extend(findings)
        if len(batch_ex) >= 50_000:
            con.executemany(ex_sql, batch_ex)
            con.executemany(fi_sql, batch_fi)
            con.commit()
            batch_ex, batch_fi = [], []
    con.executemany(ex_sql, batch_ex)
    con.executemany(fi_sql, batch_fi)
    con.commit()
    con.execute("ANALYZE")
    con.close()


def fill_postgres(url: str, period: Period, n: int, seed: int = 7) -> None:
    import psycopg

    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as con, con.cursor() as cur:
        with cur.copy(f"COPY exchanges ({', '.join(EX_COLS)}) FROM STDIN") as copy_ex:
            findings_all = []
            for row, findings in generate(period, n, seed):
                copy_ex.write_row(tuple(row[c] for c in EX_COLS))
                findings_all.extend(findings)
        with cur.copy(f"COPY findings ({', '.join(FI_COLS)}) FROM STDIN") as copy_fi:
            for f in findings_all:
                copy_fi.write_row(f)
        con.commit()
        cur.execute("ANALYZE exchanges")
        cur.execute("ANALYZE findings")


def bench(url: str, n: int, month: str, out: Path) -> float:
    from pdpa_guard.report import generate_report
    from pdpa_guard.report.build import recommend_routes

    period = Period.parse(month)
    store = Store(url)
    store.ensure_schema()
    started = time.perf_counter()
    fill = fill_sqlite if url.startswith("sqlite") else fill_postgres
    fill(url, period.previous(), n // 10, seed=11)  # a quieter previous month, for the comparison
    fill(url, period, n)
    filled = time.perf_counter() - started
    backend = store.engine.dialect.name
    print(f"{backend}: filled {n:,} exchanges (+{n // 10:,} the month before) in {filled:.1f} s", flush=True)
    started = time.perf_counter()
    path = generate_report(store, period, out_dir=out)
    seconds = time.perf_counter() - started
    print(f"report for {month}: {seconds:.1f} s -> {path} ({path.stat().st_size // 1024} KiB)", flush=True)
    started = time.perf_counter()
    recs, _ = recommend_routes(store, period)
    print(f"routes for {month}: {time.perf_counter() - started:.1f} s ({len(recs)} application x destination pairs)")
    store.close()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exchanges", type=int, default=1_000_000)
    parser.add_argument("--month", default="2026-10")
    parser.add_argument("--keep", help="SQLite file to fill and keep (default: a temp file)")
    parser.add_argument("--out", help="Directory to keep the reports in (default: a temp directory)")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.out) if args.out else Path(tmp) / "reports"
        db = args.keep or str(Path(tmp) / "bench.db")
        if args.keep and Path(db).exists():
            Path(db).unlink()
        results["sqlite"] = bench(f"sqlite:///{Path(db).resolve()}", args.exchanges, args.month, out)
        pg = os.environ.get("PDPA_GUARD_TEST_PG_URL")
        if pg:
            results["postgresql"] = _bench_pg(pg, args.exchanges, args.month, out)
        else:
            print("postgresql: skipped (set PDPA_GUARD_TEST_PG_URL to a server to include it)")
    for backend, seconds in results.items():
        print(f"RESULT {backend}: report on {args.exchanges:,} exchanges in {seconds:.1f} s "
              f"({'OK' if seconds <= 30 else 'OVER'} the 30 s budget)")
    return 0 if all(s <= 30 for s in results.values()) else 1


def _bench_pg(base_url: str, n: int, month: str, out: Path) -> float:
    import sqlalchemy as sa

    schema = f"pdpa_bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(base_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base_url else "?"
    try:
        return bench(f"{base_url}{sep}options=-csearch_path%3D{schema}", n, month, out)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


if __name__ == "__main__":
    sys.exit(main())
