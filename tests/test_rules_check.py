"""`pdpa-guard rules check`: every error with file, line and a fix; shipped defaults valid and packaged."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdpa_guard.cli import app
from pdpa_guard.rules import RulesInvalid, check_rules_dir, load_rules, shipped_defaults

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", ["destinations.yaml", "policy.yaml"])
def test_repo_rules_are_identical_copies_of_the_packaged_defaults(name):
    assert (REPO / "rules" / name).read_bytes() == (shipped_defaults() / name).read_bytes()


def test_shipped_defaults_are_used_without_a_rules_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no ./rules here
    assert check_rules_dir() == []
    rules = load_rules()
    assert all("defaults" in str(s) for s in rules.sources.values())


def _write(tmp_path: Path, destinations: str | None = None, policy: str | None = None) -> Path:
    """A rules dir with the given files (shipped defaults for the others)."""
    for name, text in (("destinations.yaml", destinations), ("policy.yaml", policy)):
        content = text if text is not None else (shipped_defaults() / name).read_text("utf-8")
        (tmp_path / name).write_text(content, encoding="utf-8")
    return tmp_path


def line_of(text: str, needle: str) -> int:
    """1-based line of the first line of ``text`` containing ``needle``."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


POLICY_HEAD = "version: 1\nrules:\n  - id: ok\n    entities: [sensitive]\n    destinations: [cross_border]\n    action: block\n"

# file, YAML text, the line's marker, expected message fragment, expected fix fragment
BROKEN = [
    (
        "policy.yaml",
        POLICY_HEAD + "  - id: typo\n    entities: [HEALTH_DATA, TH_NATIONALID]\n    action: block\n",
        "TH_NATIONALID",
        "unknown entity type or category 'TH_NATIONALID'",
        "did you mean TH_NATIONAL_ID?",
    ),
    (
        "policy.yaml",
        POLICY_HEAD + "  - id: typo\n    entities: [any]\n    action: pseudonymize\n",
        "pseudonymize",
        "rules[1].action: unknown action 'pseudonymize'",
        "did you mean pseudonymise?",
    ),
    (
        "policy.yaml",
        POLICY_HEAD + "  - id: r\n    entities: [any]\n    action: reroute\n    reroute_to: openai\n",
        "reroute_to",
        "reroute target 'openai' is not a local destination",
        "ollama",
    ),
    (
        "policy.yaml",
        "version: 1\nlocal_model: olama\nrules: []\n",
        "local_model",
        "reroute target 'olama' is not in destinations.yaml",
        "did you mean ollama?",
    ),
    (
        "policy.yaml",
        POLICY_HEAD + "  - id: ok\n    entities: [any]\n    action: allow\n",
        "- id: ok",  # the first one; the duplicate is on the later line
        "duplicate rule id 'ok'",
        "unique",
    ),
    (
        "policy.yaml",
        POLICY_HEAD + "  - id: x\n    entities: [any]\n    destination: [local]\n    action: allow\n",
        "destination:",
        "unknown key `destination`",
        "did you mean destinations?",
    ),
    (
        "policy.yaml",
        "version: 1\nthresholds:\n  default: 0.5\n  PERSON: 1.5\n",
        "PERSON",
        "thresholds.PERSON: Input should be less than or equal to 1",
        "",
    ),
    (
        "policy.yaml",
        POLICY_HEAD + "  - id: x\n    entities: [any]\n    apps: [hr]\n    action: allow\n",
        "apps: [hr]",
        "unknown app 'hr'",
        "declare it under `apps:`",
    ),
    (
        "policy.yaml",
        "version: 1\nrules:\n  - id: a\n    id: b\n    entities: [any]\n    action: allow\n",
        "id: b",
        "rules[0].id: duplicate key (first on line 3)",
        "only the last",
    ),
    (
        "policy.yaml",
        "version: 1\nrules:\n  - id: a\n    entities: [any\n    action: allow\n",
        "action: allow",
        "YAML syntax error",
        "indentation",
    ),
    (
        "destinations.yaml",
        "destinations:\n  - name: x\n    hosts:\n      - api.open ai.com\n    provider: X\n    country: US\n",
        "api.open ai.com",
        "bad glob 'api.open ai.com'",
        "wildcards",
    ),
    (
        "destinations.yaml",
        "destinations:\n  - name: x\n    hosts:\n      - https://api.x.test/v1\n    provider: X\n    country: US\n",
        "https://",
        "is a URL, not a host",
        "api.openai.com",
    ),
    (
        "destinations.yaml",
        "destinations:\n  - name: x\n    hosts: [api.x.test]\n    provider: X\n    country: Thailand\n",
        "country:",
        "bad country code 'Thailand'",
        "ISO 3166-1 alpha-2",
    ),
    (
        "destinations.yaml",
        "destinations:\n  - name: x\n    hosts: [api.x.test]\n    provider: X\n    country: th\n",
        "country:",
        "must be upper case",
        "write TH",
    ),
    (
        "destinations.yaml",
        "destinations:\n  - name: x\n    hosts: [api.x.test]\n    provider: X\n    country: SG\n    transfer_basis: scc\n",
        "transfer_basis",
        "unknown transfer_basis 'scc'",
        "safeguards",
    ),
    (
        "destinations.yaml",
        "destinations:\n  - name: x\n    hosts: ['bedrock-runtime.{region}.amazonaws.com']\n    provider: X\n",
        "- name: x",
        "captures {region} but the entry has no region_table",
        "region_table",
    ),
    (
        "destinations.yaml",
        "destinations:\n  - name: x\n    hosts: [api.x.test]\n    provider: X\n",
        "- name: x",
        "has no `country`",
        "country: null",
    ),
]


@pytest.mark.parametrize(("file", "text", "marker", "message", "fix"), BROKEN)
def test_errors_carry_file_line_and_fix(tmp_path, file, text, marker, message, fix):
    rules = _write(tmp_path, **{file.removesuffix(".yaml"): text})
    errors = check_rules_dir(rules)
    matching = [e for e in errors if message in e.message]
    assert matching, f"no error containing {message!r} in {[str(e) for e in errors]}"
    error = matching[0]
    assert Path(error.file) == rules / file
    expected_line = line_of(text, marker)
    if "duplicate rule id" in message:
        expected_line = text.splitlines().index("  - id: ok", expected_line) + 1
    assert error.line == expected_line
    assert fix in error.fix


def test_every_error_is_reported_at_once(tmp_path):
    rules = _write(
        tmp_path,
        destinations="destinations:\n  - name: x\n    hosts: [api.x.test]\n    provider: X\n    country: XX\n",
        policy="version: 1\nrules:\n  - id: a\n    entities: [HEALTH]\n    action: deny\n",
    )
    errors = check_rules_dir(rules)
    assert [(Path(e.file).name, e.line) for e in errors] == [
        ("destinations.yaml", 5),
        ("policy.yaml", 4),
        ("policy.yaml", 5),
    ]


def test_rules_dir_in_the_current_directory_is_the_default(tmp_path, monkeypatch):
    (tmp_path / "rules").mkdir()
    _write(tmp_path / "rules", policy="version: 2\n")
    monkeypatch.chdir(tmp_path)
    [error] = check_rules_dir()
    assert (error.file, error.line) == ("rules/policy.yaml", 1)


def test_load_rules_refuses_invalid_rules_with_the_same_message(tmp_path):
    rules = _write(tmp_path, policy="version: 1\nrules:\n  - id: a\n    entities: [any]\n    action: blok\n")
    with pytest.raises(RulesInvalid) as exc:
        load_rules(rules)
    assert str(exc.value) == str(check_rules_dir(rules)[0])
    assert str(exc.value).endswith(
        "policy.yaml:5: rules[0].action: unknown action 'blok' — did you mean block?"
    )


def test_cli_rules_check(tmp_path):
    runner = CliRunner()
    (tmp_path / "ok").mkdir()
    ok = runner.invoke(app, ["rules", "check", str(_write(tmp_path / "ok"))])
    assert ok.exit_code == 0, ok.output
    assert "policy.yaml" in ok.output

    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    _write(
        bad_dir, policy="version: 1\nrules:\n  - id: a\n    entities: [TH_NATIONALID]\n    action: allow\n"
    )
    bad = runner.invoke(app, ["rules", "check", str(bad_dir)])
    assert bad.exit_code == 2
    assert f"{bad_dir / 'policy.yaml'}:4: rules[0].entities[0]: unknown entity type" in bad.output
    assert "did you mean TH_NATIONAL_ID?" in bad.output

    missing = runner.invoke(app, ["rules", "check", str(tmp_path / "nope")])
    assert missing.exit_code == 2
    assert "no such rules directory" in missing.output
