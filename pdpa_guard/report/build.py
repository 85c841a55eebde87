"""Build the monthly report: query the store, roll up, recommend, render, write.

:func:`build_report_data` is everything but the HTML (tests inspect it directly);
:func:`generate_report` writes ``DIR/pdpa-audit-YYYY-MM.html`` (and the PDF with ``pdf=True``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from pdpa_guard import __version__
from pdpa_guard.report.aggregate import DIGEST_RECIPE, collect
from pdpa_guard.report.method import detector_configuration, recognizers_seen, rules_digests
from pdpa_guard.report.model import Method, ReportData
from pdpa_guard.report.period import Period
from pdpa_guard.report.prices import load_prices, prices_source
from pdpa_guard.report.rollup import (
    build_apps,
    build_breaches,
    build_costs,
    build_countries,
    build_destinations,
    build_entities,
    build_pairs,
    build_sensitive,
    sensitive_view,
    summary_counts,
)
from pdpa_guard.routes import ROUTES_FILE, Thresholds, read_thresholds, recommend
from pdpa_guard.rules import Rules, RulesInvalid, load_rules
from pdpa_guard.store import Store

BREACH_ITEMS_SHOWN = 100  # the first 12 in full, the others as table rows


def report_filename(period: Period, suffix: str = "html") -> str:
    return f"pdpa-audit-{period.label}.{suffix}"


def load_context(rules_dir: str | Path | None) -> tuple[Rules | None, str | None, Thresholds, str | None]:
    """(rules or None, why they did not load, route thresholds, why those did not load)."""
    rules: Rules | None = None
    rules_error = None
    try:
        rules = load_rules(rules_dir)
    except RulesInvalid as exc:
        rules_error = f"{len(exc.errors)} error(s); run pdpa-guard rules check"
    base = Path(rules_dir) if rules_dir is not None else Path("rules")
    thresholds, thresholds_error = Thresholds(), None
    try:
        thresholds = read_thresholds(base / ROUTES_FILE)
    except RulesInvalid as exc:
        thresholds_error = str(exc.errors[0]) if exc.errors else "invalid"
    return rules, rules_error, thresholds, thresholds_error


def build_report_data(
    store: Store,
    period: Period,
    *,
    rules_dir: str | Path | None = None,
    now: datetime | None = None,
    workers: int | None = None,
) -> ReportData:
    """Everything the report shows for ``period``, from ``store`` and the rules in ``rules_dir``."""
    now = now or datetime.now(UTC)
    prices = load_prices(rules_dir)
    rules, rules_error, thresholds, _ = load_context(rules_dir)
    store.ensure_schema()
    c = collect(store.engine, period, workers)

    counts = summary_counts(c.cube, c.values_all, prices)
    previous = summary_counts(c.previous_cube, c.previous_values, prices)
    breaches, breach_total = build_breaches(c.breaches, c.cube, c.scans, BREACH_ITEMS_SHOWN)
    local_model = rules.policy.local_model if rules else None
    routes = recommend(build_pairs(c.cube, prices), thresholds, local_model)
    recognizers, engine_threshold = detector_configuration()
    sources: Counter[str] = Counter()
    for r in c.cube:
        sources[r.source] += r.exchanges
    method = Method(
        tool_version=__version__,
        generated_at=now,
        store=store.display_url,
        backend=store.engine.dialect.name,
        timezone=str(period.tz),
        exchanges=c.digested,
        findings=c.findings,
        records_digest=c.digest,
        digest_recipe=DIGEST_RECIPE,
        rules=rules_digests(rules_dir, prices_source(rules_dir)),
        recognizers=recognizers,
        engine_threshold=engine_threshold,
        policy_thresholds=(
            {"default": rules.policy.default_threshold, **rules.policy.thresholds} if rules else {}
        ),
        recognizers_seen=recognizers_seen(c.groups),
        key_ids=c.key_ids,
        sources=dict(sources),
        price_file=prices.file,
        prices_as_of=prices.as_of,
        thb_per_usd=prices.thb_per_usd,
        rules_error=rules_error,
    )
    data = ReportData(
        period=period,
        generated_at=now,
        counts=counts,
        previous=previous,
        destinations=build_destinations(c.cube, c.groups, c.values_dest, prices),
        sensitive=build_sensitive(c.sensitive, c.cube),
        apps=build_apps(c.cube, c.groups, c.values_app, prices),
        breaches=breaches,
        breach_groups_total=breach_total,
        daily=c.daily,
        countries=build_countries(c.cube),
        entities=build_entities(c.groups, c.values_all),
        costs=build_costs(c.cube, prices),
        routes=routes,
        route_thresholds=thresholds,
        local_target=thresholds.local_model or local_model,
        method=method,
    )
    return replace(
        data,
        recommendations=recommendations(data, c.cube),
        sensitive_view=sensitive_view(data.sensitive, data.destinations),
    )


def recommendations(data: ReportData, cube_rows: list) -> list[tuple[str, dict[str, object]]]:
    """Plain-language actions for legal and engineering, as (label key, values)."""
    out: list[tuple[str, dict[str, object]]] = []
    if data.breach_groups_total:
        out.append(("rec_breach", {"n": data.breach_groups_total}))
    unbased = [
        d.name for d in data.destinations if d.dest_class == "cross_border" and not d.has_basis and d.personal
    ]
    if unbased:
        out.append(("rec_basis", {"n": len(unbased), "names": ", ".join(unbased)}))
    failed_open = sum(r.exchanges for r in cube_rows if r.failed_open)
    if failed_open:
        out.append(("rec_failed_open", {"n": f"{failed_open:,}"}))
    blocked_s26 = any(r.flags & 2 and r.action in ("block", "would_block") for r in cube_rows)
    if not data.local_target and blocked_s26:
        out.append(("rec_local", {}))
    if not out:
        out.append(("rec_none", {}))
    return out


def generate_report(
    store: Store,
    period: Period,
    *,
    out_dir: str | Path = "reports",
    lang: str = "both",
    rules_dir: str | Path | None = None,
    pdf: bool = False,
    now: datetime | None = None,
    workers: int | None = None,
) -> Path:
    """Write ``out_dir/pdpa-audit-YYYY-MM.html`` (and ``.pdf`` when asked); returns the HTML path."""
    from pdpa_guard.report.render import render_html

    data = build_report_data(store, period, rules_dir=rules_dir, now=now, workers=workers)
    html = render_html(data, lang=lang)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / report_filename(period)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(path)  # never leave a half-written report where legal would pick it up
    if pdf:
        from pdpa_guard.report.pdf import html_to_pdf

        html_to_pdf(path, path.with_suffix(".pdf"))
    return path


def recommend_routes(
    store: Store, period: Period, *, rules_dir: str | Path | None = None, thresholds: Thresholds | None = None
) -> tuple[list, Thresholds]:
    """``pdpa-guard routes``: the recommendations for ``period`` (one grouped query: the cube)."""
    from pdpa_guard.report.aggregate import cube

    prices = load_prices(rules_dir)
    rules, _, file_thresholds, _ = load_context(rules_dir)
    thresholds = thresholds or file_thresholds
    store.ensure_schema()
    with store.engine.connect() as conn:
        rows = cube(conn, period)
    local_model = rules.policy.local_model if rules else None
    return recommend(build_pairs(rows, prices), thresholds, local_model), thresholds
