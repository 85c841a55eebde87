"""Inline SVG charts: daily volume and violations, data types, destination countries.

Plain SVG written by hand: no script, no external asset, no chart library, so the report stays
one self-contained file that prints the same everywhere. Every bar carries its number as text
and colours differ in lightness as well as hue, so a chart still reads in black-and-white print.
Texts inherit the page's font (Thai fonts with fallbacks) from the surrounding HTML.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup, escape

from pdpa_guard.report.labels import Labels
from pdpa_guard.report.model import CountryRow, DayPoint, EntityRow

ALL, PERSONAL, VIOLATION = "#c8d2de", "#2f6397", "#c0392b"
CATEGORY_COLOURS = {"identifier": "#2f6397", "sensitive": "#d2691e", "business": "#8e9a9b", "unknown": "#6c5b7b"}
CLASS_COLOURS = {"local": "#5f9360", "domestic": "#7fa7c9", "cross_border": "#2f6397"}
INK, GRID, MUTED = "#1f2933", "#d9dee4", "#52606d"


def nice_ticks(maximum: float, count: int = 4) -> list[float]:
    """Round axis ticks from 0 to at least ``maximum`` (1, 2, 2.5, 5 x 10^n steps)."""
    if maximum <= 0:
        return [0, 1]
    raw = maximum / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks = [0.0]
    while ticks[-1] < maximum:
        ticks.append(ticks[-1] + step)
    return ticks


def _num(value: float) -> str:
    """Compact axis numbers: 950, 12k, 1.2M."""
    if value >= 1_000_000:
        return f"{value / 1_000_000:.1f}M".replace(".0M", "M")
    if value >= 10_000:
        return f"{value / 1000:.0f}k"
    if value >= 1000:
        return f"{value / 1000:.1f}k".replace(".0k", "k")
    return f"{value:g}"


def _svg(width: int, height: int, title: str, body: list[str]) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{escape(title)}" class="chart"><title>{escape(title)}</title>'
        + "".join(body)
        + "</svg>"
    )


def _empty(labels: Labels, title: str) -> Markup:
    lines = labels.plain_lines("no_data_chart")
    texts = [
        f'<text x="300" y="{30 + 20 * i}" text-anchor="middle" font-size="14" fill="{MUTED}">{escape(t)}</text>'
        for i, t in enumerate(lines)
    ]
    return _svg(600, 30 + 20 * len(lines), title, texts)


def daily_chart(points: Sequence[DayPoint], labels: Labels) -> Markup:
    """Nested bars per day: all requests, the part with personal data, the part that left
    without a transfer basis; a red mark under each day that had any of the last."""
    title = labels.plain("chart_daily")
    if not points or not any(p.exchanges for p in points):
        return _empty(labels, title)
    width, height = 760, 250
    left, right, top, bottom = 58, 12, 14, 58
    plot_w, plot_h = width - left - right, height - top - bottom
    ticks = nice_ticks(max(p.exchanges for p in points))
    top_value = ticks[-1]
    band = plot_w / len(points)
    bar = band * 0.78

    def y(v: float) -> float:
        return top + plot_h - (v / top_value) * plot_h

    body = []
    for t in ticks:
        body.append(f'<line x1="{left}" x2="{width - right}" y1="{y(t):.1f}" y2="{y(t):.1f}" stroke="{GRID}" stroke-width="1"/>')
        body.append(f'<text x="{left - 6}" y="{y(t) + 4:.1f}" text-anchor="end" font-size="11" fill="{MUTED}">{_num(t)}</text>')
    for i, p in enumerate(points):
        x = left + i * band + (band - bar) / 2
        weekend = p.day.weekday() >= 5
        if weekend:
            body.append(f'<rect x="{left + i * band:.1f}" y="{top}" width="{band:.1f}" height="{plot_h}" fill="#f3f5f7"/>')
        for value, colour in ((p.exchanges, ALL), (p.personal, PERSONAL), (p.violations, VIOLATION)):
            if value:
                h = max(0.8, plot_h * value / top_value)
                body.append(f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{colour}"/>')
        if p.violations:
            cx = x + bar / 2
            body.append(f'<circle cx="{cx:.1f}" cy="{top + plot_h + 26}" r="3.2" fill="{VIOLATION}"/>')
        if len(points) <= 16 or i % 2 == 0 or i == len(points) - 1:
            body.append(
                f'<text x="{x + bar / 2:.1f}" y="{top + plot_h + 15}" text-anchor="middle" font-size="10.5" '
                f'fill="{INK if not weekend else MUTED}">{p.day.day}</text>'
            )
    body.append(f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="{INK}" stroke-width="1"/>')
    totals = (
        (ALL, labels.plain("legend_all"), sum(p.exchanges for p in points)),
        (PERSONAL, labels.plain("legend_personal"), sum(p.personal for p in points)),
        (VIOLATION, labels.plain("legend_violations"), sum(p.violations for p in points)),
    )
    body.append(_legend(left, height - 12, totals, width - left - right))
    return _svg(width, height, title, body)


def _text_width(text: str, size: float) -> float:
    """Rough rendered width: Thai above/below-line marks take no width of their own."""
    marks = sum(1 for ch in text if "\u0e31" <= ch <= "\u0e3a" or "\u0e47" <= ch <= "\u0e4e")
    return (len(text) - marks) * size * 0.56


def _legend(x: float, y: float, items: Sequence[tuple[str, str, int | None]], width: float) -> str:
    """One line of swatches, each followed by its name (and total), packed left to right."""
    out = []
    ix = x
    for colour, text, total in items:
        label = f"{text} ({total:,})" if total is not None else text
        out.append(f'<rect x="{ix:.1f}" y="{y - 9}" width="11" height="11" fill="{colour}"/>')
        out.append(f'<text x="{ix + 16:.1f}" y="{y}" font-size="11.5" fill="{INK}">{escape(label)}</text>')
        ix += 16 + _text_width(label, 11.5) + 28
    return "".join(out)


def entity_chart(entities: Sequence[EntityRow], labels: Labels, limit: int = 20) -> Markup:
    """Horizontal bars: findings per data type, coloured by PDPA category."""
    title = labels.plain("chart_entities")
    rows = [e for e in entities if e.findings][:limit]
    if not rows:
        return _empty(labels, title)
    row_h, label_w, width = 22, 250, 760
    top, bottom = 6, 30
    height = top + row_h * len(rows) + bottom
    bar_max = width - label_w - 90
    biggest = max(e.findings for e in rows)
    body = []
    for i, e in enumerate(rows):
        y = top + i * row_h
        w = max(1.0, bar_max * e.findings / biggest)
        colour = CATEGORY_COLOURS.get(e.category, CATEGORY_COLOURS["unknown"])
        body.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end" font-size="12.5" fill="{INK}">'
            f"{escape(labels.entity_plain(e.entity_type))}</text>"
        )
        body.append(f'<rect x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" fill="{colour}"/>')
        body.append(f'<text x="{label_w + w + 6:.1f}" y="{y + 15}" font-size="12" fill="{INK}">{e.findings:,}</text>')
    legend = [
        (CATEGORY_COLOURS[c], labels.plain(f"legend_{c}"), None)
        for c in ("identifier", "sensitive", "business")
        if any(e.category == c for e in rows)
    ]
    body.append(_legend(label_w, height - 8, legend, width - label_w))
    return _svg(width, height, title, body)


def country_chart(countries: Sequence[CountryRow], labels: Labels, limit: int = 15) -> Markup:
    """Horizontal bars per destination country: all requests and the part with personal data."""
    title = labels.plain("chart_countries")
    rows = [c for c in countries if c.exchanges][:limit]
    if not rows:
        return _empty(labels, title)
    row_h, label_w, width = 24, 200, 760
    top, bottom = 6, 30
    height = top + row_h * len(rows) + bottom
    bar_max = width - label_w - 170
    biggest = max(c.exchanges for c in rows)
    body = []
    for i, c in enumerate(rows):
        y = top + i * row_h
        if c.dest_class == "local":
            name = labels.plain("local_network")
        elif c.dest_class == "domestic":
            name = f"{c.country} · {labels.plain_class('domestic')}"
        else:
            name = c.country or labels.plain("unknown_country")
        colour = CLASS_COLOURS.get(c.dest_class, CLASS_COLOURS["cross_border"])
        w = max(1.0, bar_max * c.exchanges / biggest)
        wp = bar_max * c.personal / biggest
        body.append(f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" font-size="12.5" fill="{INK}">{escape(name)}</text>')
        body.append(f'<rect x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" fill="{colour}" fill-opacity="0.35"/>')
        if c.personal:
            body.append(f'<rect x="{label_w}" y="{y + 4}" width="{max(0.8, wp):.1f}" height="{row_h - 8}" fill="{colour}"/>')
        share = f" ({c.personal / c.exchanges:.0%})" if c.exchanges else ""
        body.append(
            f'<text x="{label_w + w + 6:.1f}" y="{y + 16}" font-size="12" fill="{INK}">{c.exchanges:,} · {c.personal:,}{share}</text>'
        )
    legend = [
        ("#b9c9dc", labels.plain("legend_all"), None),
        (CLASS_COLOURS["cross_border"], labels.plain("legend_personal"), None),
    ]
    body.append(_legend(label_w, height - 8, legend, width - label_w))
    return _svg(width, height, title, body)
