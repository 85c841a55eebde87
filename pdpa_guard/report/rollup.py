"""Roll the query results of :mod:`.aggregate` up into the report's tables.

The inputs are already aggregated (cube rows, finding groups, distinct counts: hundreds to
thousands of rows whatever the month's volume); these functions only sum and regroup them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any

from pdpa_guard.detect.catalogue import CATALOGUE
from pdpa_guard.report.aggregate import (
    BREACH_CLOCK,
    PERSONAL_CATEGORIES,
    BreachGroup,
    CubeRow,
    FindingGroup,
    subjects_estimate,
)
from pdpa_guard.report.model import (
    OTHER,
    AppRow,
    BreachItem,
    CostRow,
    CountryRow,
    Counts,
    DestinationRow,
    EntityRow,
    SensitiveRow,
    SensitiveView,
    TypeCount,
)
from pdpa_guard.report.prices import PriceTable
from pdpa_guard.routes import PairStats


def counts_of(rows: Iterable[CubeRow], prices: PriceTable) -> Counts:
    """The summary figures from cube rows (``subjects`` is filled in from distinct values)."""
    c: Counter[str] = Counter()
    actions: Counter[str] = Counter()
    cost = 0.0
    for r in rows:
        n = r.exchanges
        c["exchanges"] += n
        c["tokens"] += r.tokens
        actions[r.action] += n
        cost += prices.usd(r.tokens, r.dest_name, r.model, r.local)
        c["personal"] += n if r.personal else 0
        c["identifiers"] += n if r.flags & 1 else 0
        c["sensitive"] += n if r.flags & 2 else 0
        if r.cross_border_sent:
            c["cross_border"] += n
            c["cross_border_personal"] += n if r.personal else 0
        c["breach"] += n if r.breach_how else 0
    return Counts(
        exchanges=c["exchanges"],
        personal=c["personal"],
        identifiers=c["identifiers"],
        sensitive=c["sensitive"],
        cross_border=c["cross_border"],
        cross_border_personal=c["cross_border_personal"],
        breach_exchanges=c["breach"],
        tokens=c["tokens"],
        cost_usd=cost,
        actions=dict(actions),
    )


def summary_counts(rows: list[CubeRow], values: dict[tuple, int], prices: PriceTable) -> Counts:
    """Headline figures with the data-subject estimate."""
    return replace(counts_of(rows, prices), subjects=subjects_estimate({k[0]: v for k, v in values.items()}))


def _subjects_by(values: dict[tuple, int]) -> dict[Any, int]:
    """{(key, type): v} -> {key: subjects estimate}."""
    per: dict[Any, dict[str, int]] = defaultdict(dict)
    for (key, entity_type), v in values.items():
        per[key][entity_type] = v
    return {k: subjects_estimate(types) for k, types in per.items()}


def build_breaches(
    groups: list[BreachGroup], cube_rows: list[CubeRow], scans: list[datetime], limit: int
) -> tuple[list[BreachItem], int]:
    """Fold (item x type) groups into items, s.26 and largest first; returns (items, total items).

    The 72-hour clock starts at first detection: the proxy detects as the request passes; a
    scanned record is detected when its log is scanned (the first scan after the request that
    the store knows of, else the request's own time, the earlier and stricter choice).
    """
    exchanges: Counter[tuple] = Counter()
    info: dict[str, tuple[str, str | None]] = {}
    for r in cube_rows:
        info.setdefault(r.dest_name, (r.provider, r.country))
        if r.breach_how:
            exchanges[(r.dest_name, r.app, r.breach_how)] += r.exchanges
    per: dict[tuple, list[BreachGroup]] = defaultdict(list)
    for g in groups:
        per[(g.dest_name, g.app, g.how)].append(g)
    items = []
    for key, gs in per.items():
        dest, app, how = key
        first = min(g.first for g in gs)
        detected = next((t for t in scans if t >= first), first) if how == "scan" else first
        provider, country = info.get(dest, ("unknown", None))
        items.append(
            BreachItem(
                destination=dest,
                provider=provider,
                country=country,
                app=app,
                how=how,
                exchanges=exchanges.get(key) or max(g.exchanges for g in gs),
                first_seen=first,
                last_seen=max(g.last for g in gs),
                detected_at=detected,
                deadline=detected + BREACH_CLOCK,
                types=tuple(sorted((TypeCount(g.entity_type, g.findings) for g in gs), key=lambda t: -t.count)),
                previews=tuple(sorted({p for g in gs for p in g.previews})[:4]),
                subjects=subjects_estimate({g.entity_type: g.values for g in gs}),
                sensitive=any(_is_sensitive(g.entity_type) for g in gs),
            )
        )
    items.sort(key=lambda i: (not i.sensitive, -i.exchanges, i.destination, i.app or ""))
    return items[:limit], len(items)


def _is_sensitive(entity_type: str) -> bool:
    spec = CATALOGUE.get(entity_type)
    return bool(spec and spec.is_sensitive)


def _actions(rows: Iterable[CubeRow]) -> dict[str, int]:
    out: Counter[str] = Counter()
    for r in rows:
        out[r.action] += r.exchanges
    return dict(out)


def _cost(rows: Iterable[CubeRow], prices: PriceTable) -> float:
    return sum(prices.usd(r.tokens, r.dest_name, r.model, r.local) for r in rows)


def build_destinations(
    cube_rows: list[CubeRow], groups: list[FindingGroup], values: dict[tuple, int], prices: PriceTable
) -> list[DestinationRow]:
    by_dest: dict[str, list[CubeRow]] = defaultdict(list)
    for r in cube_rows:
        by_dest[r.dest_name].append(r)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    categories: dict[str, set[str]] = defaultdict(set)
    for g in groups:
        types[g.dest_name][g.entity_type] += g.findings
        categories[g.dest_name].add(g.category)
    subjects = _subjects_by(values)
    out = []
    for name, rows in by_dest.items():
        main = max(rows, key=lambda r: r.exchanges)  # a destination's attributes, as most often recorded
        out.append(
            DestinationRow(
                name=name,
                provider=main.provider,
                hosts=tuple(sorted({r.dest_host for r in rows})),
                country=main.country,
                region=main.region,
                basis=main.basis,
                basis_ref=main.basis_ref,
                dest_class=main.dest_class,
                exchanges=sum(r.exchanges for r in rows),
                personal=sum(r.exchanges for r in rows if r.personal),
                sensitive=sum(r.exchanges for r in rows if r.flags & 2),
                subjects=subjects.get(name, 0),
                types=tuple(TypeCount(t, n) for t, n in types[name].most_common()),
                categories=tuple(sorted(categories[name])),
                actions=_actions(rows),
                tokens=sum(r.tokens for r in rows),
                cost_usd=_cost(rows, prices),
            )
        )
    out.sort(key=lambda d: (d.dest_class != "cross_border", -d.exchanges, d.name))
    return out


def build_apps(
    cube_rows: list[CubeRow], groups: list[FindingGroup], values: dict[tuple, int], prices: PriceTable
) -> list[AppRow]:
    by_app: dict[str | None, list[CubeRow]] = defaultdict(list)
    for r in cube_rows:
        by_app[r.app].append(r)
    types: dict[str | None, Counter[str]] = defaultdict(Counter)
    for g in groups:
        if g.category in PERSONAL_CATEGORIES:
            types[g.app][g.entity_type] += g.findings
    subjects = _subjects_by(values)
    out = [
        AppRow(
            app=app,
            exchanges=sum(r.exchanges for r in rows),
            personal=sum(r.exchanges for r in rows if r.personal),
            sensitive=sum(r.exchanges for r in rows if r.flags & 2),
            cross_border=sum(r.exchanges for r in rows if r.cross_border_sent),
            breach_exchanges=sum(r.exchanges for r in rows if r.breach_how),
            subjects=subjects.get(app, 0),
            top_types=tuple(TypeCount(t, n) for t, n in types[app].most_common(5)),
            actions=_actions(rows),
            tokens=sum(r.tokens for r in rows),
            cost_usd=_cost(rows, prices),
        )
        for app, rows in by_app.items()
    ]
    out.sort(key=lambda a: (-a.personal, -a.exchanges, a.app or ""))
    return out


def build_sensitive(rows: list[tuple[str, str, str | None, str, int, int]], cube_rows: list[CubeRow]) -> list[SensitiveRow]:
    country = {r.dest_name: r.country for r in cube_rows}
    acc: dict[tuple, list[tuple]] = defaultdict(list)
    for row in rows:
        acc[(row[0], row[1], row[2])].append(row)
    out = []
    for (entity_type, dest, app), rs in acc.items():
        actions: Counter[str] = Counter()
        for r in rs:
            actions[r[3]] += r[5]
        out.append(
            SensitiveRow(
                entity_type=entity_type,
                destination=dest,
                country=country.get(dest),
                app=app,
                exchanges=sum(r[5] for r in rs),
                findings=sum(r[4] for r in rs),
                actions=dict(actions),
            )
        )
    order = {t: i for i, t in enumerate(CATALOGUE)}
    out.sort(key=lambda s: (order.get(s.entity_type, 999), -s.exchanges, s.destination, s.app or ""))
    return out


def sensitive_view(
    rows: list[SensitiveRow], destinations: list[DestinationRow], max_destinations: int = 7, max_apps: int = 15
) -> SensitiveView:
    """Pivot the s.26 rows (see :class:`SensitiveView`); the largest destinations and apps first."""
    order = {t: i for i, t in enumerate(CATALOGUE)}
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    actions: dict[str, Counter[str]] = defaultdict(Counter)
    dest_total: Counter[str] = Counter()
    app_total: Counter[str | None] = Counter()
    for r in rows:
        per_type[r.entity_type]["exchanges"] += r.exchanges
        per_type[r.entity_type]["findings"] += r.findings
        actions[r.entity_type].update(r.actions)
        dest_total[r.destination] += r.exchanges
        app_total[r.app] += r.exchanges
    types = sorted(per_type, key=lambda t: (order.get(t, 999), t))
    shown_dests = [d for d, _ in dest_total.most_common(max_destinations)]
    shown_apps = [a for a, _ in app_total.most_common(max_apps)]
    by_dest: dict[str, Counter[str]] = defaultdict(Counter)
    by_app: dict[str | None, Counter[str]] = defaultdict(Counter)
    for r in rows:
        by_dest[r.entity_type][r.destination if r.destination in shown_dests else OTHER] += r.exchanges
        by_app[r.app if r.app in shown_apps else OTHER][r.entity_type] += r.exchanges
    info = {d.name: d for d in destinations}
    columns = [
        (
            d,
            info[d].country if d in info else None,
            bool(d in info and info[d].dest_class == "cross_border" and not info[d].has_basis),
            info[d].dest_class if d in info else "cross_border",
        )
        for d in shown_dests
    ]
    if len(dest_total) > len(shown_dests):
        columns.append((OTHER, None, False, ""))
    apps: list[str | None] = list(shown_apps) + ([OTHER] if len(app_total) > len(shown_apps) else [])
    return SensitiveView(
        categories=tuple((t, per_type[t]["exchanges"], per_type[t]["findings"], dict(actions[t])) for t in types),
        destinations=tuple(columns),
        by_destination={t: dict(c) for t, c in by_dest.items()},
        apps=tuple(apps),
        by_app={a: dict(c) for a, c in by_app.items()},
    )


def build_countries(cube_rows: list[CubeRow]) -> list[CountryRow]:
    acc: dict[tuple, Counter[str]] = defaultdict(Counter)
    for r in cube_rows:
        key = (None if r.local else r.country, r.dest_class)
        acc[key]["n"] += r.exchanges
        acc[key]["p"] += r.exchanges if r.personal else 0
        acc[key]["s"] += r.exchanges if r.flags & 2 else 0
    rows = [CountryRow(k[0], k[1], c["n"], c["p"], c["s"]) for k, c in acc.items()]
    rows.sort(key=lambda c: -c.exchanges)
    return rows


def build_entities(groups: list[FindingGroup], values: dict[tuple, int]) -> list[EntityRow]:
    findings: Counter[str] = Counter()
    category: dict[str, str] = {}
    for g in groups:
        findings[g.entity_type] += g.findings
        category[g.entity_type] = g.category
    distinct = {k[0]: v for k, v in values.items()}
    rows = [EntityRow(t, category[t], n, distinct.get(t)) for t, n in findings.items()]
    rows.sort(key=lambda e: -e.findings)
    return rows


def build_costs(cube_rows: list[CubeRow], prices: PriceTable) -> list[CostRow]:
    acc: dict[tuple, Counter[str]] = defaultdict(Counter)
    provider: dict[tuple, str] = {}
    for r in cube_rows:
        key = (r.dest_name, r.model, r.local)
        acc[key]["n"] += r.exchanges
        acc[key]["t"] += r.tokens
        provider.setdefault(key, r.provider)
    rows = []
    for key, c in acc.items():
        dest, model, local = key
        price = prices.price(dest, model, local)
        rows.append(
            CostRow(
                destination=dest,
                provider=provider[key],
                model=model,
                local=local,
                exchanges=c["n"],
                tokens=c["t"],
                usd_per_mtok=price.usd_per_mtok,
                price_basis=price.basis,
                cost_usd=c["t"] / 1_000_000 * price.usd_per_mtok,
            )
        )
    rows.sort(key=lambda c: (-c.cost_usd, -c.tokens, c.destination))
    return rows




def build_pairs(cube_rows: list[CubeRow], prices: PriceTable) -> list[PairStats]:
    """Application x destination statistics, the evidence for routes.yaml."""
    acc: dict[tuple, list[CubeRow]] = defaultdict(list)
    for r in cube_rows:
        acc[(r.app, r.dest_name)].append(r)
    pairs = []
    for (app, dest), rows in acc.items():
        main = max(rows, key=lambda r: r.exchanges)
        pairs.append(
            PairStats(
                app=app,
                destination=dest,
                provider=main.provider,
                country=main.country,
                dest_class=main.dest_class,
                has_basis=main.basis not in ("", "none"),
                exchanges=sum(r.exchanges for r in rows),
                identifiers=sum(r.exchanges for r in rows if r.flags & 1),
                sensitive=sum(r.exchanges for r in rows if r.flags & 2),
                personal=sum(r.exchanges for r in rows if r.personal),
                tokens=sum(r.tokens for r in rows),
                cost_usd=_cost(rows, prices),
            )
        )
    return pairs
