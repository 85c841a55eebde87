"""Policy decisions as tables: entity type x destination class x app -> action, rule and reason."""

from __future__ import annotations

import pytest

from pdpa_guard.destinations import Destination, load_destinations
from pdpa_guard.detect import Finding
from pdpa_guard.policy import Action, Decision, Policy, decide, fingerprint_api_key, load_policy

DESTINATIONS = load_destinations()


def dest(kind: str) -> Destination:
    """One destination per class the policy distinguishes."""
    return {
        "local": Destination("ollama", "localhost", 11434, "Ollama", None, None, "none", None, True),
        "domestic": Destination("bedrock-th", "b", 443, "AWS", "TH", "ap-southeast-7", "none", None, False),
        "abroad": Destination("openai", "api.openai.com", 443, "OpenAI", "US", None, "none", None, False),
        "abroad+basis": Destination("azure-sea", "a", 443, "Azure", "SG", None, "contract", "DPA-1", False),
        "unknown": Destination("unlisted", "llm.example", 443, "unknown", None, None, "none", None, False),
    }[kind]


def f(entity_type: str, score: float = 0.9, start: int = 0) -> Finding:
    return Finding(entity_type, start, start + 5, score)


@pytest.fixture(scope="module")
def default() -> Policy:
    return load_policy(destinations=DESTINATIONS)


@pytest.fixture(scope="module")
def with_local_model() -> Policy:
    data = _shipped_data()
    data["local_model"] = "ollama"
    return Policy.from_data(data, DESTINATIONS)


def _shipped_data() -> dict:
    import yaml

    from pdpa_guard.rules import shipped_defaults

    return yaml.safe_load((shipped_defaults() / "policy.yaml").read_text(encoding="utf-8"))


# entity type -> expected action at: local, domestic, abroad (no basis), abroad+basis, unknown country
GRID = {
    "HEALTH_DATA": ("allow", "allow", "block", "pseudonymise", "block"),
    "RELIGION": ("allow", "allow", "block", "pseudonymise", "block"),
    "CRIMINAL_RECORD": ("allow", "allow", "block", "pseudonymise", "block"),
    "TH_NATIONAL_ID": ("allow", "allow", "pseudonymise", "allow", "pseudonymise"),
    "PERSON": ("allow", "allow", "pseudonymise", "allow", "pseudonymise"),
    "PHONE_NUMBER": ("allow", "allow", "pseudonymise", "allow", "pseudonymise"),
    "DATE_OF_BIRTH": ("allow", "allow", "pseudonymise", "allow", "pseudonymise"),
    "TH_JURISTIC_ID": ("allow", "allow", "allow", "allow", "allow"),
}
KINDS = ("local", "domestic", "abroad", "abroad+basis", "unknown")


@pytest.mark.parametrize(
    ("entity_type", "kind", "expected"),
    [(t, k, a) for t, actions in GRID.items() for k, a in zip(KINDS, actions, strict=True)],
)
def test_shipped_policy_grid(default, entity_type, kind, expected):
    decision = decide([f(entity_type)], dest(kind), None, default)
    assert decision.action == expected
    assert [d.action for d in decision.findings] == [expected]


@pytest.mark.parametrize(
    ("entity_type", "kind", "action", "target"),
    [
        ("HEALTH_DATA", "abroad", "reroute", "ollama"),
        ("HEALTH_DATA", "unknown", "reroute", "ollama"),
        ("HEALTH_DATA", "domestic", "allow", None),
        ("PERSON", "abroad", "pseudonymise", None),
    ],
)
def test_sensitive_data_is_rerouted_once_a_local_model_is_configured(
    with_local_model, entity_type, kind, action, target
):
    decision = with_local_model.decide([f(entity_type)], dest(kind))
    assert (decision.action, decision.reroute_to) == (action, target)


def test_strictest_action_wins_and_per_finding_actions_are_kept(default):
    findings = [
        f("PERSON", start=0),
        f("HEALTH_DATA", start=10),
        f("TH_JURISTIC_ID", start=20),
        f("EMAIL_ADDRESS", start=30),
    ]
    d = default.decide(findings, dest("abroad"))
    assert d.action is Action.BLOCK
    assert d.rule == "sensitive-cross-border-without-basis"
    assert [(x.finding.entity_type, x.action, x.rule) for x in d.findings] == [
        ("PERSON", "pseudonymise", "personal-cross-border-without-basis"),
        ("HEALTH_DATA", "block", "sensitive-cross-border-without-basis"),
        ("TH_JURISTIC_ID", "allow", "business-data"),
        ("EMAIL_ADDRESS", "pseudonymise", "personal-cross-border-without-basis"),
    ]
    assert [x.entity_type for x in d.to_pseudonymise] == ["PERSON", "EMAIL_ADDRESS"]
    assert d.reason.startswith("block to openai (US, cross-border without a transfer basis): ")
    assert (
        "block HEALTH_DATA by rule sensitive-cross-border-without-basis (reroute wanted, but no local_model"
        in d.reason
    )
    assert "pseudonymise PERSON, EMAIL_ADDRESS by rule personal-cross-border-without-basis" in d.reason


def test_no_findings_allow(default):
    d = default.decide([], dest("abroad"))
    assert (d.action, d.rule, d.findings, d.reroute_to) == (Action.ALLOW, None, (), None)


POLICY = {
    "local_model": "ollama",
    "default_action": "redact",
    "thresholds": {"default": 0.5, "PERSON": 0.7},
    "apps": [
        {"name": "hr", "header": "hr-assistant", "sources": ["10.20.0.0/16"], "api_keys": [fingerprint_api_key("sk-hr-fake")]},
        {"name": "support", "sources": ["10.30.0.0/16"]},
    ],
    "rules": [
        {"id": "hr-health-home", "entities": ["HEALTH_DATA"], "destinations": ["domestic", "cross_border"], "apps": ["hr"], "action": "block"},
        {"id": "support-ids-to-vllm", "entities": ["TH_NATIONAL_ID"], "destinations": ["cross_border"], "apps": ["support"], "action": "reroute", "reroute_to": "vllm"},
        {"id": "support-cards", "entities": ["CREDIT_CARD"], "destinations": ["cross_border"], "apps": ["support"], "action": "reroute"},
        {"id": "local", "entities": ["any"], "destinations": ["local", "domestic"], "action": "allow"},
        {"id": "s26", "entities": ["sensitive"], "destinations": ["cross_border"], "action": "pseudonymise"},
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def custom() -> Policy:
    return Policy.from_data(POLICY, DESTINATIONS)


# findings (type, score), destination, app -> action, rule of the overall action, reroute target, ignored
CUSTOM = [
    ([("HEALTH_DATA", 0.9)], "domestic", "hr", "block", "hr-health-home", None, 0),
    ([("HEALTH_DATA", 0.9)], "domestic", None, "allow", "local", None, 0),  # the app rule is scoped
    ([("HEALTH_DATA", 0.9)], "abroad", "support", "pseudonymise", "s26", None, 0),
    ([("TH_NATIONAL_ID", 0.9)], "abroad", "support", "reroute", "support-ids-to-vllm", "vllm", 0),
    ([("CREDIT_CARD", 0.9)], "abroad", "support", "reroute", "support-cards", "ollama", 0),  # local_model
    (
        [("TH_NATIONAL_ID", 0.9), ("CREDIT_CARD", 0.9)],
        "abroad",
        "support",
        "block",
        "support-ids-to-vllm",
        None,
        0,
    ),
    ([("TH_NATIONAL_ID", 0.9)], "abroad", None, "redact", "default_action", None, 0),  # no rule: default
    ([("PERSON", 0.65)], "abroad", None, "allow", None, None, 1),  # below PERSON's 0.7
    ([("PERSON", 0.7)], "abroad", None, "redact", "default_action", None, 0),  # at threshold counts
    ([("PHONE_NUMBER", 0.45)], "abroad", None, "allow", None, None, 1),  # below default 0.5
    ([("NOT_IN_CATALOGUE", 0.9)], "domestic", None, "allow", "local", None, 0),  # `any` covers new types
]


@pytest.mark.parametrize(("findings", "kind", "app", "action", "rule", "target", "ignored"), CUSTOM)
def test_custom_policy_decisions(custom, findings, kind, app, action, rule, target, ignored):
    d = custom.decide([f(t, s, start=i * 10) for i, (t, s) in enumerate(findings)], dest(kind), app)
    assert (d.action, d.rule, d.reroute_to, d.ignored) == (action, rule, target, ignored)


def test_conflicting_reroute_targets_block_with_a_reason(custom):
    d = custom.decide([f("TH_NATIONAL_ID"), f("CREDIT_CARD", start=10)], dest("abroad"), "support")
    assert d.action is Action.BLOCK
    assert "different reroute targets (ollama, vllm)" in d.reason


@pytest.mark.parametrize(
    ("headers", "client_ip", "api_key", "app"),
    [
        ({"X-PDPA-App": "hr-assistant"}, None, None, "hr"),
        ({"x-pdpa-app": "hr-assistant"}, "10.30.1.1", None, "hr"),  # the header beats the address
        ({"Authorization": "Bearer sk-hr-fake"}, "10.30.1.1", None, "hr"),  # so does the key
        ({"x-api-key": "sk-hr-fake"}, None, None, "hr"),
        ({}, None, "sk-hr-fake", "hr"),
        ({}, "10.30.7.8", None, "support"),
        ({}, "10.20.0.1", None, "hr"),
        ({"x-pdpa-app": "undeclared"}, "192.168.1.1", "sk-other", None),
        ({}, "not-an-ip", None, None),
        (None, None, None, None),
    ],
)
def test_identify_app(custom, headers, client_ip, api_key, app):
    assert custom.identify_app(headers, client_ip, api_key) == app


def test_fingerprint_names_a_key_without_revealing_it():
    fp = fingerprint_api_key("sk-hr-fake")
    assert fp.startswith("sha256:") and len(fp) == 7 + 16
    assert "sk-hr-fake" not in fp


def test_decide_is_pure(default):
    findings = [f("PERSON"), f("HEALTH_DATA", start=10)]
    first = decide(findings, dest("abroad"), None, default)
    second = decide(list(findings), dest("abroad"), None, default)
    assert isinstance(first, Decision)
    assert first == second
