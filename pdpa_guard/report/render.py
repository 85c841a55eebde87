"""Render :class:`~pdpa_guard.report.model.ReportData` to one self-contained HTML file (jinja2).

Autoescaping is on and undefined names fail loudly: everything from the store (application
names, hosts, masked previews) is escaped, and a template typo is an error, not a blank cell.
CSS is inlined from ``templates/report.css``; charts are inline SVG; there is no script.
"""

from __future__ import annotations

from datetime import datetime

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from pdpa_guard.report import charts
from pdpa_guard.report.labels import Labels
from pdpa_guard.report.model import ACTION_ORDER, HANDLED, OTHER, Counts, ReportData

BREACH_CARDS = 12  # breach items shown in full; the others as table rows

_ENV: Environment | None = None


def environment() -> Environment:
    """The jinja2 environment (built once): package templates, autoescape, strict undefined."""
    global _ENV
    if _ENV is None:
        env = Environment(
            loader=PackageLoader("pdpa_guard.report", "templates"),
            autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.filters.update(num=num, pct=pct, usd=usd, thb=thb)
        _ENV = env
    return _ENV


def num(value: int | float | None) -> str:
    """``1,234,567`` (``–`` for None)."""
    if value is None:
        return "–"
    return f"{value:,.0f}" if isinstance(value, float) else f"{value:,}"


def pct(part: float, whole: float | None = None) -> str:
    """``part`` as a percentage of ``whole`` (or ``part`` itself as a share when ``whole`` is None)."""
    share = part if whole is None else (part / whole if whole else None)
    if share is None:
        return "–"
    if 0 < share < 0.001:
        return "<0.1%"
    return f"{share * 100:.1f}%"


def usd(value: float) -> str:
    if value == 0:
        return "$0"
    if value < 0.01:
        return "<$0.01"
    return f"${value:,.2f}"


def thb(value: float, rate: float) -> str:
    baht = value * rate
    if baht == 0:
        return "฿0"
    if baht < 0.01:
        return "<฿0.01"
    return f"฿{baht:,.2f}"


def delta(current: float, previous: float) -> Markup:
    """Change against the previous month: ``+12.5%``, ``−3.0%``, ``=``, or ``new``."""
    if previous == 0:
        return Markup('<span class="delta">–</span>') if current == 0 else Markup('<span class="delta up">▲</span>')
    change = (current - previous) / previous
    if abs(change) < 0.0005:
        return Markup('<span class="delta">=</span>')
    arrow, cls = ("▲", "up") if change > 0 else ("▼", "down")
    return Markup('<span class="delta {}">{} {:+.1f}%</span>').format(cls, arrow, change * 100).replace("-", "−")


def summary_rows(counts: Counts, previous: Counts) -> list[tuple[str, float, float, str]]:
    """(label key, this month, previous month, kind) for the summary table."""
    rows = [
        ("m_exchanges", counts.exchanges, previous.exchanges, "num"),
        ("m_personal", counts.personal, previous.personal, "num"),
        ("m_sensitive", counts.sensitive, previous.sensitive, "num"),
        ("m_cross_border", counts.cross_border, previous.cross_border, "num"),
        ("m_cross_border_personal", counts.cross_border_personal, previous.cross_border_personal, "num"),
    ]
    rows += [(f"m_{a}", counts.enforced(a), previous.enforced(a), "num") for a in HANDLED]
    rows.append(
        ("m_would", sum(counts.would(a) for a in HANDLED), sum(previous.would(a) for a in HANDLED), "num")
    )
    rows += [
        ("m_breach", counts.breach_exchanges, previous.breach_exchanges, "alert"),
        ("m_subjects", counts.subjects, previous.subjects, "num"),
        ("m_cost", counts.cost_usd, previous.cost_usd, "usd"),
    ]
    return rows


def ordered_actions(actions: dict[str, int]) -> list[tuple[str, int]]:
    """Actions in a stable order: allow .. block, then would_* ones."""
    order = {a: i for i, a in enumerate(ACTION_ORDER)}
    return sorted(
        ((a, n) for a, n in actions.items() if n),
        key=lambda item: (item[0].startswith("would_"), order.get(item[0].removeprefix("would_"), 99)),
    )


def routes_by_priority(routes: list) -> list:
    """Reroutes first, then pseudonymise, then keep; the busiest pairs first within each."""
    rank = {"reroute": 0, "pseudonymise": 1, "keep": 2}
    return sorted(routes, key=lambda r: (rank.get(r.action, 3), -r.pair.exchanges))


def render_html(data: ReportData, lang: str = "both", now: datetime | None = None) -> str:
    """The report as one HTML document."""
    labels = Labels(lang)
    now = now or data.generated_at
    template = environment().get_template("report.html.j2")
    return template.render(
        d=data,
        c=data.counts,
        p=data.previous,
        m=data.method,
        L=labels,
        lang=lang,
        now=now,
        tz=data.period.tz,
        delta=delta,
        pct=pct,
        OTHER=OTHER,
        routes_by_priority=routes_by_priority,
        cards=BREACH_CARDS,
        summary_rows=summary_rows(data.counts, data.previous),
        ordered_actions=ordered_actions,
        daily_svg=charts.daily_chart(data.daily, labels),
        entity_svg=charts.entity_chart(data.entities, labels),
        country_svg=charts.country_chart(data.countries, labels),
        rate=data.method.thb_per_usd if data.method else 1.0,
    )
