"""The month's figures, aggregated in the database (SQLAlchemy core, GROUP BY, no row loops).

A month can hold millions of exchanges, so nothing here iterates over exchanges or findings in
Python. About a dozen grouped queries each scan (part of) the month once, and independent
queries run at the same time on separate connections (:func:`collect`):

* the **cube**: exchanges grouped by every dimension the report slices by (destination, host,
  model, country, basis, app, action, enforced, source, failed-open) and a per-exchange flag
  (has identifiers / has s.26 data), with counts and token sums. Its rows number in the hundreds
  or thousands; every exchange-level table of the report is a roll-up of them;
* the **daily** series (day in the report's time zone, breach candidates per day);
* **findings** per type x destination x app x action x recognizer, and s.26 findings with their
  distinct exchanges. Joins start from the month's exchanges and skip those whose stored
  counters say they hold nothing of interest (most exchanges have no findings);
* **distinct keyed hashes** of direct identifiers per destination, per app and overall (COUNT
  DISTINCT does not roll up, so each grouping is its own query);
* **breach items**: personal findings that left unprotected for a destination without a
  transfer basis, with first and last time and masked previews;
* the **records digest**, SHA-256 over the ordered id/time/decision of every exchange summarised,
  streamed in large batches (hashing is the only per-row work, and it is not aggregation).

The definitions (sent cross-border, breach candidate, data subjects) live next to their SQL here
and are written out in the report's method section.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import StaticPool

from pdpa_guard.detect.catalogue import BUSINESS_TYPES
from pdpa_guard.report.model import (
    DayPoint,
)
from pdpa_guard.report.period import Period
from pdpa_guard.store.models import ExchangeRow, FindingRow, ScanRow

E = ExchangeRow.__table__
F = FindingRow.__table__
S = ScanRow.__table__

DOMESTIC = "TH"
IDENTIFIER_CATEGORIES = ("identifier", "unknown")  # "unknown": a type the catalogue lacks (strict side)
PERSONAL_CATEGORIES = ("identifier", "sensitive", "unknown")
BREACH_CLOCK = timedelta(hours=72)  # PDPA s.37(4): notify the PDPC within 72 hours of awareness
# Types that single out one person: the largest number of distinct values among them is a
# lower bound on distinct data subjects (one person may appear under several types).
DIRECT_IDENTIFIERS = (
    "TH_NATIONAL_ID",
    "TH_PASSPORT",
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "LINE_ID",
    "MEDICAL_RECORD_NUMBER",
    "STUDENT_ID",
    "TH_BANK_ACCOUNT",
    "CREDIT_CARD",
)
DIGEST_RECIPE = (
    "SHA-256 over one line per exchange of the period, ordered by id: "
    "id|UTC epoch seconds|action|enforced (0/1)|finding_count|sensitive_count|dest_name|app "
    "(empty when none), each line ending in a newline (UTF-8)"
)


# --------------------------------------------------------------------------- SQL building blocks


def in_period(period: Period) -> sa.ColumnElement[bool]:
    return sa.and_(E.c.time >= period.start, E.c.time < period.end)


def _flags() -> sa.ColumnElement[int]:
    """Per exchange: 1 = has identifiers, 2 = has s.26 data (bit-or); 0 without findings.

    ``finding_count`` and ``sensitive_count`` are stored on the exchange, so s.26 needs no join.
    An exchange with more findings than s.26 findings has identifiers, unless the others are
    business data (TH_JURISTIC_ID); those exchanges are rare and only they are looked up in
    findings (the NOT IN subquery runs once; CASE stops at the first branch that applies).
    Findings of a type the catalogue does not know count as identifiers (the strict side).
    """
    business = sa.select(F.c.exchange_id).where(F.c.entity_type.in_(sorted(BUSINESS_TYPES)))
    identifier = sa.exists().where(F.c.exchange_id == E.c.id, F.c.category.in_(IDENTIFIER_CATEGORIES))
    has_identifier = sa.case(
        (E.c.finding_count <= E.c.sensitive_count, 0),
        (E.c.id.not_in(business), 1),
        (identifier, 1),
        else_=0,
    )
    return sa.case(
        (E.c.finding_count == 0, 0),
        else_=has_identifier + sa.case((E.c.sensitive_count > 0, 2), else_=0),
    )


def _failed_open() -> sa.ColumnElement[int]:
    return sa.case((sa.func.lower(sa.func.coalesce(E.c.note, "")).like("%failed open%"), 1), else_=0)


def _without_basis() -> sa.ColumnElement[bool]:
    """Cross-border (or unknown country) and no transfer basis recorded."""
    return sa.and_(
        E.c.dest_local == sa.false(),
        sa.or_(E.c.dest_country.is_(None), E.c.dest_country != DOMESTIC),
        sa.or_(E.c.dest_basis.is_(None), E.c.dest_basis == "none"),
    )


def _left_unprotected() -> sa.ColumnElement[bool]:
    """The request went out as it was: allowed, or a decision that was not enforced."""
    return sa.or_(E.c.action == "allow", E.c.enforced == sa.false())


def local_day(conn: Connection, minutes: int) -> sa.ColumnElement[str]:
    """``YYYY-MM-DD`` of ``exchanges.time`` in the report's time zone (UTC + ``minutes``)."""
    name = conn.dialect.name
    if name == "sqlite":  # times are stored as UTC text; date() shifts and truncates
        return sa.func.date(E.c.time, f"{minutes:+d} minutes")
    if name == "postgresql":
        shifted = sa.func.timezone("UTC", E.c.time) + sa.literal_column(f"interval '{int(minutes)} minutes'")
        return sa.func.to_char(shifted, "YYYY-MM-DD")
    return sa.cast(E.c.time, sa.Date)  # other databases: UTC days (named as a limitation)


def epoch_seconds(conn: Connection) -> sa.ColumnElement[int]:
    """``exchanges.time`` as whole UTC epoch seconds, identical on every backend (for the digest)."""
    if conn.dialect.name == "sqlite":
        return sa.cast(sa.func.strftime("%s", E.c.time), sa.BigInteger)
    return sa.cast(sa.func.floor(sa.extract("epoch", E.c.time)), sa.BigInteger)


def _aware(value: Any) -> datetime:
    """min()/max() over the UTC column: SQLite gives the stored text, PostgreSQL a datetime."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# --------------------------------------------------------------------------- classification


def dest_class(local: bool, country: str | None) -> str:
    """local | domestic | cross_border (an unknown country is cross-border, the strict side)."""
    if local:
        return "local"
    return "domestic" if country == DOMESTIC else "cross_border"


def has_basis(basis: str | None) -> bool:
    return basis not in (None, "", "none")


def was_sent(action: str, enforced: bool) -> bool:
    """Did the request reach its destination? Not when the proxy blocked or rerouted it."""
    return not (enforced and action in ("block", "reroute"))


def breach_how(action: str, enforced: bool, source: str, failed_open: bool) -> str | None:
    """How a request with personal data left unprotected (None: it was protected or stopped).

    ``scan``: seen only in a scanned log (the request went out as logged); ``failed_open``: the
    proxy let it through because inspection failed; ``not_enforced``: the decision was only
    recorded (monitor mode); ``allowed``: the policy allowed it.
    """
    if action != "allow" and enforced:
        return None
    if source == "scan":
        return "scan"
    if failed_open:
        return "failed_open"
    if not enforced and action != "allow":
        return "not_enforced"
    return "allowed"


# --------------------------------------------------------------------------- the cube


@dataclass(frozen=True, slots=True)
class CubeRow:
    """Exchanges sharing every dimension below, and their sums."""

    dest_name: str
    dest_host: str
    provider: str
    model: str | None
    country: str | None
    region: str | None
    basis: str
    basis_ref: str | None
    local: bool
    app: str | None
    action: str
    enforced: bool
    source: str
    failed_open: bool
    flags: int  # 1 identifiers, 2 s.26
    exchanges: int
    tokens: int

    @property
    def dest_class(self) -> str:
        return dest_class(self.local, self.country)

    @property
    def personal(self) -> bool:
        return self.flags != 0

    @property
    def cross_border_sent(self) -> bool:
        return self.dest_class == "cross_border" and was_sent(self.action, self.enforced)

    @property
    def breach_how(self) -> str | None:
        """Set when these exchanges are breach candidates (section 5 of the report)."""
        if not self.personal or self.dest_class != "cross_border" or has_basis(self.basis):
            return None
        return breach_how(self.action, self.enforced, self.source, self.failed_open)


def cube(conn: Connection, period: Period) -> list[CubeRow]:
    """The month's exchanges grouped by every report dimension (one scan).

    Provider, region and basis reference follow from the destination and basis, so they are
    aggregated (max) rather than grouped: narrower sort keys, same answer.
    """
    keys = [
        E.c.dest_name,
        E.c.dest_host,
        E.c.model,
        E.c.app,
        E.c.action,
        E.c.enforced,
        E.c.source,
        E.c.dest_local,
        E.c.dest_country,
        E.c.dest_basis,
    ]
    stmt = (
        sa.select(
            *keys,
            _failed_open().label("x_failed_open"),
            _flags().label("x_flags"),
            sa.func.max(E.c.provider).label("provider"),
            sa.func.max(E.c.dest_region).label("region"),
            sa.func.max(E.c.dest_basis_ref).label("basis_ref"),
            sa.func.count().label("n"),
            sa.func.coalesce(sa.func.sum(E.c.est_tokens), 0).label("tokens"),
        )
        .where(in_period(period))
        .group_by(*keys, "x_failed_open", "x_flags")
    )
    return [
        CubeRow(
            dest_name=r.dest_name or r.dest_host,
            dest_host=r.dest_host,
            provider=r.provider or "unknown",
            model=r.model,
            country=r.dest_country,
            region=r.region,
            basis=r.dest_basis or "none",
            basis_ref=r.basis_ref,
            local=bool(r.dest_local),
            app=r.app,
            action=r.action,
            enforced=bool(r.enforced),
            source=r.source,
            failed_open=bool(r.x_failed_open),
            flags=int(r.x_flags),
            exchanges=int(r.n),
            tokens=int(r.tokens),
        )
        for r in conn.execute(stmt)
    ]


# --------------------------------------------------------------------------- daily series


def daily(conn: Connection, period: Period) -> tuple[list[DayPoint], int, tuple[str, ...]]:
    """Per local day: exchanges, with personal data, breach candidates (every day, zeros too);
    the month's number of findings; and the HMAC key ids seen (the lowest and highest: two
    different ids already mean that hashes from before and after a key change do not compare)."""
    day = local_day(conn, period.offset_minutes).label("day")
    personal = sa.case((_flags() > 0, 1), else_=0)
    violation = sa.case((sa.and_(_without_basis(), _left_unprotected()), personal), else_=0)
    stmt = (
        sa.select(
            day,
            sa.func.count().label("n"),
            sa.func.coalesce(sa.func.sum(personal), 0).label("personal"),
            sa.func.coalesce(sa.func.sum(violation), 0).label("violations"),
            sa.func.coalesce(sa.func.sum(E.c.finding_count), 0).label("findings"),
            sa.func.min(E.c.hash_key_id).label("kmin"),
            sa.func.max(E.c.hash_key_id).label("kmax"),
        )
        .where(in_period(period))
        .group_by("day")
    )
    found = {str(r.day): r for r in conn.execute(stmt)}
    points = []
    for d in period.days:
        r = found.get(d.isoformat())
        points.append(DayPoint(d, int(r.n), int(r.personal), int(r.violations)) if r else DayPoint(d, 0, 0, 0))
    keys = {k for r in found.values() for k in (r.kmin, r.kmax) if k}
    return points, sum(int(r.findings) for r in found.values()), tuple(sorted(keys))


# --------------------------------------------------------------------------- findings


@dataclass(frozen=True, slots=True)
class FindingGroup:
    dest_name: str
    app: str | None
    action: str
    entity_type: str
    category: str
    recognizer: str | None
    findings: int


def _joined() -> sa.FromClause:
    return E.join(F, F.c.exchange_id == E.c.id)


def finding_groups(conn: Connection, period: Period) -> list[FindingGroup]:
    """Findings per destination x app x action x type x recognizer."""
    keys = [E.c.dest_name, E.c.dest_host, E.c.app, E.c.action, F.c.entity_type, F.c.category, F.c.recognizer]
    stmt = (
        sa.select(*keys, sa.func.count().label("n"))
        .select_from(_joined())
        .where(in_period(period), E.c.finding_count > 0)
        .group_by(*keys)
    )
    return [
        FindingGroup(r.dest_name or r.dest_host, r.app, r.action, r.entity_type, r.category, r.recognizer, int(r.n))
        for r in conn.execute(stmt)
    ]


def sensitive_groups(conn: Connection, period: Period) -> list[tuple[str, str, str | None, str, int, int]]:
    """s.26 findings per type x destination x app x action: (…, findings, distinct exchanges)."""
    keys = [F.c.entity_type, E.c.dest_name, E.c.app, E.c.action]
    stmt = (
        sa.select(*keys, E.c.dest_host, sa.func.count().label("n"), sa.func.count(sa.distinct(E.c.id)).label("ex"))
        .select_from(_joined())
        .where(in_period(period), E.c.sensitive_count > 0, F.c.category == "sensitive")
        .group_by(*keys, E.c.dest_host)
    )
    return [
        (r.entity_type, r.dest_name or r.dest_host, r.app, r.action, int(r.n), int(r.ex)) for r in conn.execute(stmt)
    ]


def distinct_values(conn: Connection, period: Period, *by: sa.ColumnElement[Any]) -> dict[tuple, int]:
    """COUNT(DISTINCT value_hash) of direct identifiers per (``by``..., entity_type)."""
    stmt = (
        sa.select(*by, F.c.entity_type, sa.func.count(sa.distinct(F.c.value_hash)).label("v"))
        .select_from(_joined())
        .where(in_period(period), E.c.finding_count > E.c.sensitive_count, F.c.entity_type.in_(DIRECT_IDENTIFIERS))
        .group_by(*by, F.c.entity_type)
    )
    return {tuple(r[:-1]): int(r.v) for r in conn.execute(stmt)}


def subjects_estimate(values_by_type: dict[str, int]) -> int:
    """A lower bound on distinct data subjects: the most distinct values of one direct identifier.

    Distinct national IDs (or names, phone numbers ...) are distinct people, but one person can
    appear under several types, so the largest count of one type is the bound.
    """
    return max((v for t, v in values_by_type.items() if t in DIRECT_IDENTIFIERS), default=0)


# --------------------------------------------------------------------------- breach items


@dataclass(frozen=True, slots=True)
class BreachGroup:
    dest_name: str
    app: str | None
    how: str
    entity_type: str
    findings: int
    exchanges: int
    values: int
    first: datetime
    last: datetime
    previews: tuple[str, ...]


def breach_groups(conn: Connection, period: Period) -> list[BreachGroup]:
    """Personal findings that left unprotected for a destination without basis, per item x type."""
    allow = sa.case((E.c.action == "allow", 1), else_=0).label("x_allow")
    failed = _failed_open().label("x_failed_open")
    keys = [E.c.dest_name, E.c.dest_host, E.c.app, E.c.source, E.c.enforced, F.c.entity_type]
    stmt = (
        sa.select(
            *keys,
            allow,
            failed,
            sa.func.count().label("n"),
            sa.func.count(sa.distinct(E.c.id)).label("ex"),
            sa.func.count(sa.distinct(F.c.value_hash)).label("v"),
            sa.func.min(E.c.time).label("first"),
            sa.func.max(E.c.time).label("last"),
            sa.func.min(F.c.preview).label("pmin"),
            sa.func.max(F.c.preview).label("pmax"),
        )
        .select_from(_joined())
        .where(
            in_period(period),
            E.c.finding_count > 0,
            _without_basis(),
            _left_unprotected(),
            F.c.category.in_(PERSONAL_CATEGORIES),
        )
        .group_by(*keys, "x_allow", "x_failed_open")
    )
    out = []
    for r in conn.execute(stmt):
        how = breach_how("allow" if r.x_allow else "other", bool(r.enforced), r.source, bool(r.x_failed_open))
        if how is None:  # pragma: no cover - the WHERE clause already excludes these
            continue
        previews = tuple(p for p in (r.pmin, r.pmax) if p and not p.startswith("["))
        out.append(
            BreachGroup(
                r.dest_name or r.dest_host,
                r.app,
                how,
                r.entity_type,
                int(r.n),
                int(r.ex),
                int(r.v),
                _aware(r.first),
                _aware(r.last),
                previews,
            )
        )
    return out


def scan_times(conn: Connection) -> list[datetime]:
    """When log files were scanned (the store keeps each file's latest scan)."""
    return sorted(_aware(t) for t in conn.scalars(sa.select(S.c.scanned_at)))


# --------------------------------------------------------------------------- integrity


def records_digest(conn: Connection, period: Period) -> tuple[str, int]:
    """(SHA-256 hex, exchanges) over the period's exchanges, per :data:`DIGEST_RECIPE`.

    Backend-independent (epoch seconds, plain text), so the same records give the same digest in
    SQLite and PostgreSQL, and an auditor can recompute it with a few lines of SQL and Python.
    """
    stmt = (
        sa.select(
            E.c.id,
            epoch_seconds(conn),
            E.c.action,
            sa.case((E.c.enforced == sa.true(), 1), else_=0),
            E.c.finding_count,
            E.c.sensitive_count,
            sa.func.coalesce(E.c.dest_name, ""),
            sa.func.coalesce(E.c.app, ""),
        )
        .where(in_period(period))
        .order_by(E.c.id)
    )
    h = hashlib.sha256()
    n = 0
    result = conn.execution_options(yield_per=50_000, stream_results=True).execute(stmt)
    for part in result.partitions():
        h.update("".join("|".join(map(str, row)) + "\n" for row in part).encode("utf-8"))
        n += len(part)
    return h.hexdigest(), n


# --------------------------------------------------------------------------- running it all


@dataclass(slots=True)
class Collected:
    """Raw query results for one month (and the previous month's headline figures)."""

    cube: list[CubeRow]
    daily: list[DayPoint]
    findings: int
    groups: list[FindingGroup]
    sensitive: list[tuple[str, str, str | None, str, int, int]]
    values_all: dict[tuple, int]
    values_dest: dict[tuple, int]
    values_app: dict[tuple, int]
    breaches: list[BreachGroup]
    scans: list[datetime]
    digest: str
    digested: int
    key_ids: tuple[str, ...]
    previous_cube: list[CubeRow]
    previous_values: dict[tuple, int]


def default_workers(engine: Engine) -> int:
    """Concurrent queries: one per core (at most 4); 1 for in-memory SQLite (one shared connection)."""
    if isinstance(engine.pool, StaticPool):
        return 1
    return max(1, min(4, os.cpu_count() or 1))


def collect(engine: Engine, period: Period, workers: int | None = None) -> Collected:
    """Run every query of the report for ``period``; independent queries run concurrently."""
    prev = period.previous()
    tasks: dict[str, Callable[[Connection], Any]] = {  # longest first: better packing on few cores
        "cube": lambda c: cube(c, period),
        "values_app": lambda c: distinct_values(c, period, E.c.app),
        "groups": lambda c: finding_groups(c, period),
        "digest": lambda c: records_digest(c, period),
        "values_all": lambda c: distinct_values(c, period),
        "values_dest": lambda c: distinct_values(c, period, sa.func.coalesce(E.c.dest_name, E.c.dest_host)),
        "breaches": lambda c: breach_groups(c, period),
        "daily": lambda c: daily(c, period),
        "sensitive": lambda c: sensitive_groups(c, period),
        "previous_cube": lambda c: cube(c, prev),
        "previous_values": lambda c: distinct_values(c, prev),
        "scans": scan_times,
    }
    n = workers or default_workers(engine)

    def run(fn: Callable[[Connection], Any]) -> Any:
        with engine.connect() as conn:
            return fn(conn)

    if n == 1:
        results = {name: run(fn) for name, fn in tasks.items()}
    else:
        with ThreadPoolExecutor(max_workers=n, thread_name_prefix="pdpa-report") as pool:
            futures = {name: pool.submit(run, fn) for name, fn in tasks.items()}
            results = {name: f.result() for name, f in futures.items()}
    days, findings, keys = results.pop("daily")
    digest, digested = results.pop("digest")
    return Collected(daily=days, findings=findings, key_ids=keys, digest=digest, digested=digested, **results)
