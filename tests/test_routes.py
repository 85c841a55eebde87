"""routes.yaml: recommended from the audit, validated by `rules check`, applied on top of the policy."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from report_support import MONTH, fill, month_records
from store_support import PG_SKIP, PG_URL, pg_schema_url  # noqa: F401 - pg_schema_url is a fixture
from typer.testing import CliRunner

from pdpa_guard.cli import app
from pdpa_guard.destinations import Destination, load_destinations
from pdpa_guard.detect import Finding
from pdpa_guard.policy import Action, Policy, decide, load_policy
from pdpa_guard.routes import (
    PairStats,
    RouteTable,
    Thresholds,
    recommend,
    render_routes,
)
from pdpa_guard.rules import check_rules_dir, load_rules, parse_document, shipped_defaults

DESTINATIONS = load_destinations()
POLICY = load_policy(destinations=DESTINATIONS)

OPENAI = Destination("openai", "api.openai.com", 443, "OpenAI", "US", None, "none", None, False)
ANTHROPIC = Destination("anthropic", "api.anthropic.com", 443, "Anthropic", "US", None, "contract", "DPA-1", False)
BEDROCK_TH = Destination("aws-bedrock", "b", 443, "AWS", "TH", "ap-southeast-7", "none", None, False)


def f(entity_type: str, start: int = 0) -> Finding:
    return Finding(entity_type, start, start + 5, 0.9)


def routed(action, app: str | None = "hr", destination: str = "openai", policy: Policy = POLICY) -> Policy:
    return policy.with_routes(
        RouteTable.from_data({"routes": [{"app": app, "destination": destination, "action": action}]}, DESTINATIONS)
    )


# route action, findings, destination -> request action, reroute target
CASES = [
    ("keep", ["PERSON"], OPENAI, "pseudonymise", None),  # the policy alone decides
    ("keep", [], OPENAI, "allow", None),
    ("pseudonymise", ["PERSON"], BEDROCK_TH, "pseudonymise", None),  # domestic: the policy allowed it
    ("pseudonymise", ["PERSON"], ANTHROPIC, "pseudonymise", None),  # with a basis: allowed by policy
    ("pseudonymise", ["TH_JURISTIC_ID"], BEDROCK_TH, "allow", None),  # business data is not personal
    ("pseudonymise", ["HEALTH_DATA"], OPENAI, "block", None),  # never weaker than the policy
    ("pseudonymise", [], OPENAI, "allow", None),
    ("reroute", [], OPENAI, "reroute", "ollama"),  # the whole pair goes to the local model
    ("reroute", ["PERSON"], OPENAI, "reroute", "ollama"),
    ("reroute", ["HEALTH_DATA"], OPENAI, "reroute", "ollama"),  # the policy's reroute gets a target
    ("reroute", ["PERSON"], BEDROCK_TH, "reroute", "ollama"),
]


@pytest.mark.parametrize(("route", "types", "destination", "expected", "target"), CASES)
def test_routes_apply_on_top_of_the_policy(route, types, destination, expected, target):
    action = {"reroute": "ollama"} if route == "reroute" else route
    policy = routed(action, destination=destination.name)
    decision = decide([f(t, 10 * i) for i, t in enumerate(types)], destination, "hr", policy)
    assert (decision.action, decision.reroute_to) == (expected, target)
    # the same request from another application is the policy's alone
    assert decide([f(t) for t in types], destination, "other-app", policy) == decide(
        [f(t) for t in types], destination, "other-app", POLICY
    )


def test_decisions_name_the_route():
    d = routed({"reroute": "ollama"}).decide([], OPENAI, "hr")
    assert d.rule == "route:hr@openai" and "by route:hr@openai (routes.yaml)" in d.reason
    d = routed("pseudonymise", destination="aws-bedrock").decide([f("PERSON")], BEDROCK_TH, "hr")
    assert [x.rule for x in d.findings] == ["route:hr@aws-bedrock"]


def test_an_explicit_block_in_the_policy_stays_a_block():
    data = yaml.safe_load((shipped_defaults() / "policy.yaml").read_text(encoding="utf-8"))
    data["apps"] = [{"name": "hr", "header": "hr"}]
    data["rules"].insert(0, {"id": "hr-religion", "entities": ["RELIGION"], "apps": ["hr"], "action": "block"})
    policy = routed({"reroute": "ollama"}, policy=Policy.from_data(data, DESTINATIONS))
    assert policy.decide([f("RELIGION")], OPENAI, "hr").action is Action.BLOCK
    assert policy.decide([f("PERSON")], OPENAI, "hr").action is Action.REROUTE


def test_an_exact_app_beats_the_wildcard_and_null_means_unidentified():
    table = RouteTable.from_data(
        {
            "routes": [
                {"app": "*", "destination": "openai", "action": "pseudonymise"},
                {"app": "hr", "destination": "openai", "action": {"reroute": "ollama"}},
                {"app": None, "destination": "openai", "action": "keep"},
            ]
        },
        DESTINATIONS,
    )
    assert table.lookup("hr", "openai").action == "reroute"
    assert table.lookup("crm", "openai").action == "pseudonymise"
    assert table.lookup(None, "openai").action == "keep"
    assert table.lookup("hr", "anthropic") is None


def _rules_dir(tmp_path: Path, routes: str, policy: str | None = None) -> Path:
    (tmp_path / "routes.yaml").write_text(routes, encoding="utf-8")
    if policy is not None:
        (tmp_path / "policy.yaml").write_text(policy, encoding="utf-8")
    return tmp_path


def _line(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


HEAD = "version: 1\nroutes:\n  - app: hr\n    destination: openai\n    action: keep\n"
BROKEN = [
    (HEAD + "  - app: hr\n    destination: opena1\n    action: keep\n", "opena1", "unknown destination 'opena1'", "did you mean openai?"),
    (HEAD + "  - app: crm\n    destination: openai\n    action: {reroute: anthropic}\n", "reroute: anthropic",
     "reroute target 'anthropic' is not a local destination", "ollama"),
    (HEAD + "  - app: crm\n    destination: openai\n    action: block\n", "action: block", "'block' is not a route action",
     "policy.yaml"),
    (HEAD + "  - app: crm\n    destination: openai\n    action: reroute\n", "action: reroute", "not a route action",
     "name the local model"),
    (HEAD + "  - {app: hr, destination: openai, action: pseudonymise}\n", "action: pseudonymise}", "duplicate route", "keep one"),
    ("version: 1\nthresholds:\n  reroute_sensitive_share: 1.5\nroutes: []\n", "reroute_sensitive_share", "less than or equal to 1", ""),
    (HEAD + "  - app: crm\n    destination: openai\n    acton: keep\n", "acton", "unknown key `acton`", "did you mean action?"),
]


@pytest.mark.parametrize(("text", "marker", "message", "fix"), BROKEN)
def test_rules_check_reports_routes_errors_with_file_and_line(tmp_path, text, marker, message, fix):
    errors = check_rules_dir(_rules_dir(tmp_path, text))
    assert errors, "the broken routes.yaml must not load"
    hit = [e for e in errors if message in e.message]
    assert hit, [str(e) for e in errors]
    assert hit[0].file.endswith("routes.yaml")
    assert hit[0].line == _line(text, marker)
    assert fix in hit[0].fix


def test_proxy_and_scanner_rules_carry_the_routes(tmp_path):
    rules = load_rules(_rules_dir(tmp_path, "routes:\n  - {app: hr, destination: openai, action: {reroute: ollama}}\n"))
    assert rules.routes is not None and len(rules.routes) == 1
    assert str(rules.sources["routes.yaml"]).endswith("routes.yaml")
    assert rules.policy.decide([], OPENAI, "hr").reroute_to == "ollama"
    assert check_rules_dir(tmp_path) == []
    (tmp_path / "routes.yaml").unlink()
    assert load_rules(tmp_path).routes is None and load_rules(tmp_path).policy.routes is None


def pair(app="hr", dest="openai", cls="cross_border", n=100, s26=0, personal=0, cost=10.0) -> PairStats:
    return PairStats(app, dest, "OpenAI", "US", cls, False, n, personal, s26, max(personal, s26), 1000, cost)


RECOMMEND = [
    (pair(s26=10, personal=10), "ollama", "reroute"),
    (pair(s26=10, personal=10), None, "pseudonymise"),  # no local model: the strongest route left
    (pair(s26=4, personal=40), "ollama", "pseudonymise"),
    (pair(s26=0, personal=9), "ollama", "keep"),
    (pair(n=19, s26=19, personal=19), "ollama", "keep"),  # too little evidence
    (pair(cls="domestic", s26=50, personal=50), "ollama", "keep"),  # domestic: not in classes by default
]


@pytest.mark.parametrize(("stats", "local", "expected"), RECOMMEND)
def test_recommendations_follow_the_thresholds(stats, local, expected):
    [rec] = recommend([stats], Thresholds(), local)
    assert rec.action == expected
    assert rec.saving_usd == (stats.cost_usd if expected == "reroute" else 0)
    assert rec.reason


def test_recommendation_thresholds_are_configurable():
    t = Thresholds(min_exchanges=5, reroute_sensitive_share=0.5, pseudonymise_personal_share=0.9, classes=["cross_border", "domestic"])
    assert recommend([pair(n=10, s26=4, personal=10)], t, "ollama")[0].action == "pseudonymise"
    assert recommend([pair(n=10, s26=5, personal=5, cls="domestic")], t, "ollama")[0].action == "reroute"
    assert recommend([pair(n=4, s26=4, personal=4)], t, "ollama")[0].action == "keep"
    assert recommend([pair(dest="ollama", cls="local", s26=100)], t, "ollama") == []


def test_written_routes_load_back(tmp_path):
    from datetime import UTC, datetime

    recs = recommend([pair(s26=10, personal=10), pair(app=None, personal=50), pair(app="x", personal=1)], Thresholds(), "ollama")
    text = render_routes(recs, Thresholds(min_exchanges=7), "2026-10", datetime(2026, 11, 1, tzinfo=UTC))
    table = RouteTable.from_document(parse_document(text, "routes.yaml"), DESTINATIONS)
    assert [(r.app, r.action, r.reroute_to) for r in table.routes] == [
        (None, "pseudonymise", None),
        ("hr", "reroute", "ollama"),
        ("x", "keep", None),
    ]
    assert table.thresholds.min_exchanges == 7
    entry = yaml.safe_load(text)["routes"][1]
    assert entry["evidence"]["with_sensitive"] == 0.1 and entry["evidence"]["saving_usd_if_rerouted"] == 10.0


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'findings.db'}"
    if not PG_URL:
        pytest.skip(PG_SKIP)
    return request.getfixturevalue("pg_schema_url")


def test_cli_routes_closes_the_loop(tmp_path, db_url, monkeypatch):
    """Audit -> routes.yaml -> `rules check` -> the policy the proxy loads reroutes the pair."""
    monkeypatch.setenv("PDPA_GUARD_HOME", str(tmp_path / "home"))
    fill(db_url, month_records()).close()
    rules = tmp_path / "rules"
    rules.mkdir()
    policy = (shipped_defaults() / "policy.yaml").read_text(encoding="utf-8").replace("local_model: null", "local_model: ollama")
    (rules / "policy.yaml").write_text(policy, encoding="utf-8")
    (rules / "routes.yaml").write_text("thresholds:\n  min_exchanges: 2\n", encoding="utf-8")  # small fixture month
    runner = CliRunner()
    result = runner.invoke(app, ["routes", "--month", MONTH.label, "--db", db_url, "--rules", str(rules)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(rules / "routes.yaml")
    written = yaml.safe_load((rules / "routes.yaml").read_text(encoding="utf-8"))
    assert written["thresholds"]["min_exchanges"] == 2  # kept from the file it replaced
    actions = {(r["app"], r["destination"]): r["action"] for r in written["routes"]}
    assert actions[("hr-assistant", "openai")] == {"reroute": "ollama"}  # s.26 in every request
    assert actions[("crm-bot", "openai")] == "pseudonymise"  # identifiers in every request
    assert actions[("dev-tools", "openai")] == "keep"
    assert ("clinic-notes", "ollama") not in actions  # local: nothing to route
    check = runner.invoke(app, ["rules", "check", str(rules)])
    assert check.exit_code == 0 and "routes.yaml" in check.output
    loaded = load_rules(rules)
    assert loaded.policy.decide([], OPENAI, "hr-assistant").reroute_to == "ollama"
    assert loaded.policy.decide([f("PERSON")], OPENAI, "dev-tools").action is Action.PSEUDONYMISE
