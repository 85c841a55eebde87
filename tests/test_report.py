"""The monthly report on fixture stores: its figures, its sections, an empty month, no leaks.

The fixture month (report_support.month_records) holds every entity type, every destination
class, and each way personal data can leave without a transfer basis; the records are built
with the store's own ``build_records`` and written with ``Store.write``.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from report_support import (
    ALL_TYPES,
    DEEPSEEK,
    MONTH,
    OPENAI,
    at,
    day_after_month,
    fill,
    month_records,
    needles,
    previous_month_records,
    record,
)
from store_support import PG_SKIP, PG_URL, pg_schema_url  # noqa: F401 - pg_schema_url is a fixture
from typer.testing import CliRunner

from pdpa_guard.cli import app
from pdpa_guard.detect.catalogue import CATALOGUE
from pdpa_guard.exchange import Source
from pdpa_guard.report import Period, build_report_data, generate_report
from pdpa_guard.report.aggregate import BREACH_CLOCK
from pdpa_guard.report.render import render_html
from pdpa_guard.rules import shipped_defaults
from pdpa_guard.store import ScanState, Store

REPO = Path(__file__).resolve().parents[1]
NOW = day_after_month()


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("PDPA_GUARD_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("PDPA_GUARD_DB", raising=False)
    monkeypatch.chdir(tmp_path)  # no ./rules here: the shipped defaults apply


@pytest.fixture(params=["sqlite", "postgresql"])
def filled(request, tmp_path) -> Store:
    """The fixture month (and one record of the month before) in SQLite and PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'findings.db'}"
    else:
        if not PG_URL:
            pytest.skip(PG_SKIP)
        url = request.getfixturevalue("pg_schema_url")
    records = month_records()
    store = fill(url, records + previous_month_records())
    store.fixture_records = records  # what was written, for tests that recompute from the records
    yield store
    store.close()


@pytest.fixture
def sqlite_store(tmp_path) -> Store:
    store = fill(f"sqlite:///{tmp_path / 'findings.db'}", month_records() + previous_month_records())
    yield store
    store.close()


def test_summary_figures(filled):
    d = build_report_data(filled, MONTH, now=NOW, workers=2)
    c = d.counts
    assert (c.exchanges, c.personal, c.sensitive) == (20, 13, 5)
    # abroad and not stopped: everything to US/CN/unknown but the request the proxy blocked
    assert (c.cross_border, c.cross_border_personal) == (17, 10)
    assert c.breach_exchanges == 4  # deepseek allowed + failed open, the scanned log, the unlisted host
    assert c.actions["block"] == 1 and c.actions["would_block"] == 1 and c.actions["pseudonymise"] == 6
    assert c.subjects == 1  # one fabricated person across the month
    assert (d.previous.exchanges, d.previous.personal) == (1, 1)
    assert sum(p.exchanges for p in d.daily) == 20 and len(d.daily) == 31
    assert d.daily[1].exchanges == 1 and d.daily[15].exchanges == 6  # 2 and 16 October (Bangkok)
    assert {p.day.day for p in d.daily if p.violations} == {9, 10, 11, 12}


def test_register_sensitive_and_apps(filled):
    d = build_report_data(filled, MONTH, now=NOW)
    register = {r.name: r for r in d.cross_border_destinations}
    assert set(register) == {"openai", "deepseek", "anthropic", "unlisted"}
    assert {r.name for r in d.other_destinations} == {"aws-bedrock", "ollama"}
    assert register["anthropic"].basis == "contract" and register["anthropic"].basis_ref == "DPA-2026-014"
    assert register["openai"].actions == {"block": 1, "pseudonymise": 5, "would_block": 1, "allow": 7}
    assert register["deepseek"].categories == ("identifier",)
    assert {t.entity_type for t in register["openai"].types} == set(ALL_TYPES)  # the request with every type
    s26 = {(s.entity_type, s.destination, s.app) for s in d.sensitive}
    assert ("HEALTH_DATA", "anthropic", "clinic-notes") in s26
    assert ("RELIGION", "openai", "hr-assistant") in s26
    assert {e.entity_type for e in d.entities} == set(ALL_TYPES)  # every type of the catalogue
    apps = {a.app: a for a in d.apps}
    assert apps["shop-chat"].breach_exchanges == 2 and apps[None].breach_exchanges == 1
    assert [t.entity_type for t in apps["crm-bot"].top_types] == ["PERSON", "PHONE_NUMBER"]


def test_breach_items_and_their_72_hour_clock(filled):
    d = build_report_data(filled, MONTH, now=NOW)
    items = {(b.destination, b.app, b.how): b for b in d.breaches}
    assert set(items) == {
        ("deepseek", "shop-chat", "allowed"),
        ("deepseek", "shop-chat", "failed_open"),
        ("openai", "hr-assistant", "scan"),
        ("unlisted", None, "allowed"),
    }
    allowed = items[("deepseek", "shop-chat", "allowed")]
    assert allowed.detected_at == at(9) and allowed.deadline == at(9) + BREACH_CLOCK
    assert allowed.hours_left(NOW) < 0
    assert set(allowed.previews) == {"m***@e***.th", "น. ท."}  # masked, never the values
    scanned = items[("openai", "hr-assistant", "scan")]
    assert scanned.sensitive and d.breaches[0] is scanned  # s.26 first
    assert scanned.detected_at == at(11)  # no scan recorded: the request's own time, the strict side


def test_scanned_records_are_detected_when_their_log_was_scanned(tmp_path):
    store = fill(f"sqlite:///{tmp_path / 'f.db'}", month_records())
    scanned = at(20)
    store.write([ScanState("/logs/gateway.jsonl", 10, 0.0, "0" * 64, 10, 1, scanned)])
    item = next(b for b in build_report_data(store, MONTH, now=NOW).breaches if b.how == "scan")
    assert item.detected_at == scanned and item.deadline == scanned + timedelta(hours=72)
    store.close()


def test_month_boundaries_follow_bangkok_time(tmp_path):
    before = datetime(2026, 9, 30, 17, 30, tzinfo=UTC)  # 1 Oct 00:30 in Bangkok: October
    after = datetime(2026, 10, 31, 17, 30, tzinfo=UTC)  # 1 Nov 00:30 in Bangkok: November
    store = fill(f"sqlite:///{tmp_path / 'f.db'}", [record(before, OPENAI, []), record(after, OPENAI, [])])
    d = build_report_data(store, MONTH, now=NOW)
    assert d.counts.exchanges == 1 and d.daily[0].exchanges == 1
    assert build_report_data(store, Period.parse("2026-11"), now=NOW).counts.exchanges == 1
    assert Period.last_full_month(datetime(2026, 10, 31, 18, 0, tzinfo=UTC)).label == "2026-10"
    assert Period.last_full_month(datetime(2026, 10, 31, 16, 0, tzinfo=UTC)).label == "2026-09"
    assert Period.last_full_month(datetime(2027, 1, 5, tzinfo=UTC)).label == "2026-12"
    store.close()


def test_records_digest_follows_its_published_recipe(filled):
    d = build_report_data(filled, MONTH, now=NOW)
    lines = sorted(
        (r.id, int(r.time.timestamp()), r.action, int(r.enforced), len(r.findings), r.sensitive_count,
         r.dest_name or "", r.app or "")
        for r in filled.fixture_records
    )
    expected = hashlib.sha256("".join("|".join(map(str, x)) + "\n" for x in lines).encode()).hexdigest()
    assert d.method.records_digest == expected
    assert (d.method.exchanges, d.method.findings) == (20, sum(len(r.findings) for r in month_records()))


def test_report_html_has_every_section_and_type(sqlite_store, tmp_path):
    path = generate_report(sqlite_store, MONTH, out_dir=tmp_path / "reports", now=NOW)
    assert path == tmp_path / "reports" / "pdpa-audit-2026-10.html"
    html = path.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    for n in range(1, 9):
        assert f'id="s{n}"' in html
    for spec in CATALOGUE.values():
        assert spec.label_th in html and spec.label_en in html
    assert "ตุลาคม 2569" in html and "October 2026" in html  # Buddhist Era and Common Era
    assert html.count('class="chart"') == 3 and "<script" not in html and "<link" not in html
    assert not re.search(r'\s(?:src|href)="(?!#)', html), "no external asset: one self-contained file"
    assert "Sarabun" in html and "Noto Sans Thai" in html and "sans-serif" in html
    assert "@page" in html and "break-before: page" in html
    assert html.count('class="item') == 4  # the four breach items
    assert "3-xxxx-xxxxx-xx-" in html  # the national ID as the store masked it


@pytest.mark.parametrize("lang", ["th", "en", "both"])
def test_no_fixture_value_appears_in_the_report(sqlite_store, lang):
    html = render_html(build_report_data(sqlite_store, MONTH, now=NOW), lang=lang)
    leaked = [n for n in needles() if n in html]
    assert leaked == []


def test_languages(sqlite_store):
    data = build_report_data(sqlite_store, MONTH, now=NOW)
    en, th = render_html(data, lang="en"), render_html(data, lang="th")
    assert "Cross-border transfer register" in en and "ทะเบียนการส่งหรือโอนข้อมูล" not in en
    assert "ทะเบียนการส่งหรือโอนข้อมูล" in th and "Cross-border transfer register" not in th
    assert '<html lang="en"' in en and '<html lang="th"' in th


def test_names_from_the_store_are_escaped(tmp_path):
    hostile = '<img src=x onerror="alert(1)">'
    store = fill(f"sqlite:///{tmp_path / 'f.db'}", [record(at(3), DEEPSEEK, ["PERSON"], app=hostile, action="allow")])
    html = render_html(build_report_data(store, MONTH, now=NOW))
    assert hostile not in html and "&lt;img src=x" in html
    store.close()


def test_an_empty_month_gives_a_valid_report_that_says_so(sqlite_store, tmp_path):
    empty = Period.parse("2026-07")
    path = generate_report(sqlite_store, empty, out_dir=tmp_path, now=NOW)
    html = path.read_text(encoding="utf-8")
    data = build_report_data(sqlite_store, empty, now=NOW)
    assert data.empty and data.counts.exchanges == 0 and data.breaches == []
    assert "No exchange with an AI service was recorded for July 2026" in html
    assert "ไม่มีการบันทึกคำขอไปยังบริการ AI ในเดือนกรกฎาคม 2569" in html
    assert hashlib.sha256(b"").hexdigest() in html  # the digest of no records
    assert html.count("No data for this chart.") == 3
    for n in range(1, 9):
        assert f'id="s{n}"' in html


def test_an_empty_store_gives_a_valid_report(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'new.db'}")
    html = render_html(build_report_data(store, MONTH, now=NOW))
    assert "ไม่มีการบันทึกคำขอ" in html and "</html>" in html
    store.close()


def test_costs_and_prices(sqlite_store):
    d = build_report_data(sqlite_store, MONTH, now=NOW)
    rows = {(c.destination, c.model): c for c in d.costs}
    gpt = rows[("openai", "gpt-4o-mini")]
    assert gpt.usd_per_mtok == 0.15 and gpt.price_basis == "model gpt-4o-mini*"
    assert gpt.cost_usd == pytest.approx(gpt.tokens / 1e6 * 0.15)
    assert rows[("ollama", "typhoon2-8b")].cost_usd == 0  # local: no API cost
    assert rows[("unlisted", "mystery-1")].price_basis == "default"
    assert d.counts.cost_usd == pytest.approx(sum(c.cost_usd for c in d.costs))


def test_prices_file_is_mirrored_in_the_repo():
    assert (REPO / "rules" / "prices.yaml").read_bytes() == (shipped_defaults() / "prices.yaml").read_bytes()


def test_cli_report_writes_the_file_and_prints_its_path(sqlite_store, tmp_path):
    runner = CliRunner()
    result = runner.invoke(
        app, ["report", "--month", "2026-10", "--db", sqlite_store.url, "--out", str(tmp_path / "r"), "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(tmp_path / "r" / "pdpa-audit-2026-10.html")
    assert "Cross-border transfer register" in Path(result.stdout.strip()).read_text(encoding="utf-8")
    bad = runner.invoke(app, ["report", "--month", "2026-13", "--db", sqlite_store.url])
    assert bad.exit_code == 2 and "YYYY-MM" in bad.output
    assert runner.invoke(app, ["report", "--lang", "fr", "--db", sqlite_store.url]).exit_code == 2


def test_the_scan_source_and_method_are_recorded(sqlite_store):
    m = build_report_data(sqlite_store, MONTH, now=NOW).method
    assert m.sources == {"proxy": 19, "scan": 1}
    assert m.key_ids and all(len(k) == 12 for k in m.key_ids)
    names = {r.name: r for r in m.rules}
    assert names["policy.yaml"].sha256 == hashlib.sha256((shipped_defaults() / "policy.yaml").read_bytes()).hexdigest()
    assert names["routes.yaml"].sha256 is None  # absent: no routes written yet
    assert any(name == "ThaiNationalIdRecognizer" for name, _ in m.recognizers)
    assert dict(m.recognizers_seen) == {"fixture": sum(len(r.findings) for r in month_records())}


def test_records_written_by_a_scan_count_as_would_be_decisions(tmp_path):
    rec = record(at(5), OPENAI, ["PERSON"], action="would_pseudonymise", enforced=False, source=Source.SCAN)
    store = fill(f"sqlite:///{tmp_path / 'f.db'}", [rec])
    d = build_report_data(store, MONTH, now=NOW)
    assert d.counts.would("pseudonymise") == 1 and d.counts.breach_exchanges == 1
    store.close()
