"""What may leave: policy.yaml rules -> a :class:`Decision` for one request.

A rule matches on three things and names an action:

- ``entities``: entity types of the catalogue (``TH_NATIONAL_ID``) and/or categories
  (``identifier``, ``sensitive`` = PDPA s.26, ``business``, ``personal`` = identifier or
  sensitive, ``any``);
- ``destinations``: destination classes (``local``, ``domestic``, ``cross_border_with_basis``,
  ``cross_border_without_basis``, or ``cross_border`` / ``any`` for several);
- ``apps`` (optional): applications declared under ``apps:``, identified by a request header,
  the client's address (CIDR) or the fingerprint of its API key.

Actions, from least to most strict: ``allow``, ``pseudonymise`` (reversible placeholders),
``redact`` (irreversible), ``reroute`` (send the whole request to a local model instead),
``block``. For each finding at or above its type's score threshold the FIRST matching rule
decides; a finding no rule matches gets ``default_action``. The request's action is the
strictest over its findings.

``reroute`` goes to the rule's ``reroute_to``, else to the policy's ``local_model``; with
neither configured it blocks (fail closed). That lets the shipped default say "s.26 data to a
cross-border destination without a transfer basis: reroute" and mean "block" until someone
names a local model.

:func:`decide` is a pure function of (findings, destination, app, policy): no I/O, no clock,
no values. Reasons name entity types, rules and destinations, never the data.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from pdpa_guard.destinations import Destination, DestinationTable, reroute_target_errors
from pdpa_guard.detect.catalogue import CATALOGUE, ENTITY_TYPES, Category
from pdpa_guard.detect.finding import Finding
from pdpa_guard.rules import (
    Document,
    NonEmpty,
    RuleError,
    RulesInvalid,
    invalid,
    read_document,
    shipped_defaults,
    suggest,
    validate,
)

if TYPE_CHECKING:
    from pdpa_guard.routes import RouteTable


class Action(StrEnum):
    """What happens to a finding (and, strictest wins, to the request)."""

    ALLOW = "allow"
    PSEUDONYMISE = "pseudonymise"
    REDACT = "redact"
    REROUTE = "reroute"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        """Strictness: allow 0 < pseudonymise < redact < reroute < block 4."""
        return _RANK[self]


_RANK = {a: i for i, a in enumerate(Action)}

POLICY_CLASSES = ("local", "domestic", "cross_border_with_basis", "cross_border_without_basis")
_CLASS_GROUPS: dict[str, frozenset[str]] = {
    **{c: frozenset([c]) for c in POLICY_CLASSES},
    "cross_border": frozenset(POLICY_CLASSES[2:]),
    "any": frozenset(POLICY_CLASSES),
}
_CLASS_LABELS = {
    "local": "local",
    "domestic": "domestic",
    "cross_border_with_basis": "cross-border with a transfer basis",
    "cross_border_without_basis": "cross-border without a transfer basis",
}

_ENTITY_GROUPS: dict[str, frozenset[str]] = {
    **{t: frozenset([t]) for t in ENTITY_TYPES},
    **{c.value: frozenset(s.name for s in CATALOGUE.values() if s.category is c) for c in Category},
    "personal": frozenset(s.name for s in CATALOGUE.values() if s.is_personal),
    "any": frozenset(ENTITY_TYPES),
}

DEFAULT_THRESHOLD = 0.5  # the engine's own floor (detect.engine.DEFAULT_THRESHOLD)
_FINGERPRINT = re.compile(r"sha256:[0-9a-f]{16,64}")
_API_KEY_HEADERS = ("x-api-key", "api-key", "x-goog-api-key")


def policy_class(destination: Destination) -> str:
    """The destination class rules match on: ``destination_class`` split by transfer basis."""
    cls = destination.destination_class
    if cls != "cross_border":
        return cls
    return "cross_border_with_basis" if destination.has_transfer_basis else "cross_border_without_basis"


def fingerprint_api_key(api_key: str) -> str:
    """``sha256:`` + the first 16 hex digits of the key's SHA-256: names a key without revealing it."""
    return "sha256:" + hashlib.sha256(api_key.encode()).hexdigest()[:16]


# --------------------------------------------------------------------------- the file's schema


def _check_entity(value: str) -> str:
    if value not in _ENTITY_GROUPS:
        raise invalid(
            f"unknown entity type or category {value!r}",
            suggest(value, list(_ENTITY_GROUPS), "entity types and categories"),
        )
    return value


def _check_class(value: str) -> str:
    if value not in _CLASS_GROUPS:
        raise invalid(f"unknown destination class {value!r}", suggest(value, list(_CLASS_GROUPS), "classes"))
    return value


def _check_action(value: str) -> str:
    if value not in _RANK:
        raise invalid(f"unknown action {value!r}", suggest(value, [a.value for a in Action], "actions"))
    return value


def _check_threshold_key(value: str) -> str:
    if value != "default" and value not in CATALOGUE:
        raise invalid(
            f"unknown entity type {value!r}", suggest(value, ["default", *ENTITY_TYPES], "entity types")
        )
    return value


def _check_network(value: str) -> str:
    try:
        ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise invalid(
            f"bad address or CIDR {value!r}", "write an address or a network, e.g. 10.20.0.0/16"
        ) from None
    return value


def _check_fingerprint(value: str) -> str:
    if not _FINGERPRINT.fullmatch(value):
        raise invalid(
            f"bad API key fingerprint {value!r}",
            "write sha256: and at least 16 lower-case hex digits of the key's SHA-256 "
            "(python -c 'from pdpa_guard.policy import fingerprint_api_key as f; print(f(KEY))'); never the key",
        )
    return value


EntitySelector = Annotated[str, AfterValidator(_check_entity)]
ClassSelector = Annotated[str, AfterValidator(_check_class)]
ActionName = Annotated[str, AfterValidator(_check_action)]
Score = Annotated[float, Field(ge=0.0, le=1.0)]


class AppSpec(BaseModel):
    """An application, and how to recognise its requests."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: NonEmpty
    header: list[NonEmpty] = Field(default_factory=list)  # values of the app header (app_header)
    sources: list[Annotated[str, AfterValidator(_check_network)]] = Field(default_factory=list)
    api_keys: list[Annotated[str, AfterValidator(_check_fingerprint)]] = Field(default_factory=list)


class RuleSpec(BaseModel):
    """One entry of ``rules:`` as written in the file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: NonEmpty
    description: str = ""
    entities: list[EntitySelector] = Field(min_length=1)
    destinations: list[ClassSelector] = Field(default_factory=lambda: ["any"], min_length=1)
    apps: list[NonEmpty] | None = None
    action: ActionName
    reroute_to: NonEmpty | None = None


class PolicyFile(BaseModel):
    """The whole of ``policy.yaml``."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    app_header: NonEmpty = "x-pdpa-app"
    local_model: NonEmpty | None = None
    default_action: ActionName = "pseudonymise"
    thresholds: dict[Annotated[str, AfterValidator(_check_threshold_key)], Score] = Field(
        default_factory=dict
    )
    apps: list[AppSpec] = Field(default_factory=list)
    rules: list[RuleSpec] = Field(default_factory=list)


def _header_list(data: Any) -> Any:
    """Let ``header: hr-bot`` stand for ``header: [hr-bot]`` before validation."""
    if isinstance(data, dict) and isinstance(data.get("apps"), list):
        apps = [
            {**app, "header": [app["header"]]}
            if isinstance(app, dict) and isinstance(app.get("header"), str)
            else app
            for app in data["apps"]
        ]
        return {**data, "apps": apps}  # a copy: the caller's data stays as given
    return data


def _semantic_errors(
    spec: PolicyFile, doc: Document, destinations: DestinationTable | None
) -> list[RuleError]:
    errors: list[RuleError] = []
    app_names: dict[str, int] = {}
    for i, app in enumerate(spec.apps):
        if app.name in app_names:
            errors.append(
                doc.error(("apps", i, "name"), f"duplicate app name {app.name!r}", "names must be unique")
            )
        app_names.setdefault(app.name, i)
        if not (app.header or app.sources or app.api_keys):
            errors.append(
                doc.error(
                    ("apps", i),
                    f"app {app.name!r} has no way to be recognised",
                    "give header, sources or api_keys",
                )
            )
    targets: list[tuple[tuple[str | int, ...], str]] = []
    if spec.local_model is not None:
        targets.append((("local_model",), spec.local_model))
    rule_ids: dict[str, int] = {}
    for i, rule in enumerate(spec.rules):
        loc = ("rules", i)
        if rule.id in rule_ids:
            errors.append(doc.error((*loc, "id"), f"duplicate rule id {rule.id!r}", "ids must be unique"))
        rule_ids.setdefault(rule.id, i)
        for j, name in enumerate(rule.apps or ()):
            if name not in app_names:
                errors.append(
                    doc.error(
                        (*loc, "apps", j),
                        f"unknown app {name!r}",
                        suggest(name, list(app_names), "apps declared under `apps:`")
                        if app_names
                        else "declare it under `apps:` first",
                    )
                )
        if rule.reroute_to is not None:
            if rule.action != Action.REROUTE:
                errors.append(
                    doc.error(
                        (*loc, "reroute_to"),
                        f"reroute_to only applies to action: reroute (this rule's action is {rule.action})",
                        "remove reroute_to, or set action: reroute",
                    )
                )
            targets.append(((*loc, "reroute_to"), rule.reroute_to))
    if destinations is not None:
        errors.extend(reroute_target_errors(doc, targets, destinations))
    return errors


# --------------------------------------------------------------------------- decisions


@dataclass(frozen=True, slots=True)
class FindingDecision:
    """What happens to one finding, and which rule said so."""

    finding: Finding
    action: Action
    rule: str


@dataclass(frozen=True, slots=True)
class Decision:
    """What happens to one request.

    ``action`` is the strictest per-finding action. With ``block`` nothing is sent; with
    ``reroute`` the request goes unchanged to ``reroute_to`` (a local destination); otherwise
    the findings in :attr:`to_pseudonymise` and :attr:`to_redact` are rewritten and the rest is
    sent as is. ``findings`` lists every finding the decision considered (those at or above
    their threshold), ``ignored`` counts the others.
    """

    action: Action
    findings: tuple[FindingDecision, ...]
    rule: str | None
    reroute_to: str | None
    reason: str
    ignored: int = 0

    @property
    def to_pseudonymise(self) -> tuple[Finding, ...]:
        return tuple(d.finding for d in self.findings if d.action is Action.PSEUDONYMISE)

    @property
    def to_redact(self) -> tuple[Finding, ...]:
        return tuple(d.finding for d in self.findings if d.action is Action.REDACT)


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule ready for matching: selectors expanded to sets, reroute target resolved."""

    id: str
    entity_types: frozenset[str]
    matches_any_type: bool  # `any`: also types the catalogue does not know (yet)
    classes: frozenset[str]
    apps: frozenset[str] | None
    action: Action
    reroute_to: str | None  # for action reroute: the rule's target, else the policy's local_model
    description: str = ""


class Policy:
    """A validated policy.yaml, compiled for fast per-finding lookups.

    ``routes`` (from routes.yaml, see :mod:`pdpa_guard.routes`) is applied on top by
    :func:`decide`; :meth:`with_routes` attaches a table.
    """

    def __init__(self, spec: PolicyFile, routes: RouteTable | None = None) -> None:
        self.spec = spec
        self.routes = routes
        self.app_header = spec.app_header.lower()
        self.local_model = spec.local_model
        self.thresholds: dict[str, float] = {k: v for k, v in spec.thresholds.items() if k != "default"}
        self.default_threshold = spec.thresholds.get("default", DEFAULT_THRESHOLD)
        self.rules: tuple[CompiledRule, ...] = tuple(self._compile(r) for r in spec.rules)
        self.default_rule = CompiledRule(
            id="default_action",
            entity_types=frozenset(ENTITY_TYPES),
            matches_any_type=True,
            classes=frozenset(POLICY_CLASSES),
            apps=None,
            action=Action(spec.default_action),
            reroute_to=spec.local_model,
            description="no rule matched",
        )
        self._apps = [
            (
                a.name,
                frozenset(a.header),
                tuple(ipaddress.ip_network(s, strict=False) for s in a.sources),
                tuple(k.removeprefix("sha256:") for k in a.api_keys),
            )
            for a in spec.apps
        ]
        self._by_id = {r.id: r for r in (*self.rules, self.default_rule)}
        self._lookup: dict[tuple[str, str, str | None], CompiledRule] = {}

    def _compile(self, r: RuleSpec) -> CompiledRule:
        types = frozenset().union(*(_ENTITY_GROUPS[e] for e in r.entities))
        action = Action(r.action)
        return CompiledRule(
            id=r.id,
            entity_types=types,
            matches_any_type="any" in r.entities,
            classes=frozenset().union(*(_CLASS_GROUPS[c] for c in r.destinations)),
            apps=frozenset(r.apps) if r.apps is not None else None,
            action=action,
            reroute_to=(r.reroute_to or self.local_model) if action is Action.REROUTE else None,
            description=r.description,
        )

    # -- construction

    @classmethod
    def from_document(cls, doc: Document, destinations: DestinationTable | None = None) -> Policy:
        """Build from a parsed policy.yaml; reroute targets are checked when ``destinations`` is given."""
        doc = Document(doc.file, _header_list(doc.data), doc.lines)
        spec = validate(PolicyFile, doc)
        errors = _semantic_errors(spec, doc, destinations)
        if errors:
            raise RulesInvalid(errors)
        return cls(spec)

    @classmethod
    def from_data(
        cls, data: Any, destinations: DestinationTable | None = None, file: str = "<policy>"
    ) -> Policy:
        """Build from plain data (as YAML would load it); handy in tests and embedding."""
        return cls.from_document(Document(file, data, {}), destinations)

    # -- queries

    def threshold(self, entity_type: str) -> float:
        """Minimum score for a finding of ``entity_type`` to count in decisions."""
        return self.thresholds.get(entity_type, self.default_threshold)

    def rule(self, rule_id: str) -> CompiledRule:
        """The compiled rule with id ``rule_id`` (``default_action`` for the fallback)."""
        return self._by_id[rule_id]

    def rule_for(self, entity_type: str, destination_class: str, app: str | None = None) -> CompiledRule:
        """The first rule matching (type, class, app); the default rule when none does."""
        key = (entity_type, destination_class, app)
        rule = self._lookup.get(key)
        if rule is None:
            rule = next(
                (
                    r
                    for r in self.rules
                    if (entity_type in r.entity_types or r.matches_any_type)
                    and destination_class in r.classes
                    and (r.apps is None or app in r.apps)
                ),
                self.default_rule,
            )
            self._lookup[key] = rule
        return rule

    def identify_app(
        self,
        headers: Mapping[str, str] | None = None,
        client_ip: str | None = None,
        api_key: str | None = None,
    ) -> str | None:
        """The declared app a request comes from, or None.

        Tried in order of specificity: the app header (``app_header``), then the API key's
        fingerprint (``api_key``, else taken from Authorization: Bearer / x-api-key / api-key /
        x-goog-api-key), then the client address. Only declared names are returned.
        """
        lowered = {k.lower(): v for k, v in (headers or {}).items()}
        value = lowered.get(self.app_header)
        if value:
            for name, values, _, _ in self._apps:
                if value.strip() in values:
                    return name
        key = api_key or _api_key_from(lowered)
        if key:
            digest = hashlib.sha256(key.encode()).hexdigest()
            for name, _, _, prints in self._apps:
                if any(digest.startswith(p) for p in prints):
                    return name
        if client_ip:
            try:
                address = ipaddress.ip_address(client_ip.strip("[]").split("%", 1)[0])
            except ValueError:
                return None
            for name, _, networks, _ in self._apps:
                if any(address in n for n in networks):
                    return name
        return None

    def decide(
        self, findings: Iterable[Finding], destination: Destination, app: str | None = None
    ) -> Decision:
        """Shorthand for :func:`decide` with this policy."""
        return decide(findings, destination, app, self)

    def with_routes(self, routes: RouteTable | None) -> Policy:
        """This policy with ``routes`` applied on top (a new object: policies are shared read-only)."""
        return Policy(self.spec, routes)


def _api_key_from(headers: Mapping[str, str]) -> str | None:
    auth = headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip() or None
    for name in _API_KEY_HEADERS:
        if headers.get(name):
            return headers[name].strip()
    return None


def decide(
    findings: Iterable[Finding], destination: Destination, app: str | None, policy: Policy
) -> Decision:
    """Decide what happens to a request carrying ``findings`` to ``destination`` from ``app``.

    The policy decides per finding; then the route for (``app``, destination name), if
    ``policy.routes`` has one, is applied on top and can only make the decision stricter:
    ``pseudonymise`` turns every personal finding the policy allowed into pseudonymise;
    ``reroute`` sends the request to the route's local destination unless the policy blocks it
    (and gives a target to policy rules that want a reroute but name no local model).

    Pure: the same inputs give the same Decision, and nothing is read or written.
    """
    cls = policy_class(destination)
    route = policy.routes.lookup(app, destination.name) if policy.routes is not None else None
    route_target = route.reroute_to if route is not None and route.action == "reroute" else None
    route_pseudonymises = route is not None and route.action == "pseudonymise"
    route_id = route.id if route is not None else ""
    decided: list[FindingDecision] = []
    notes: dict[str, str] = {}  # rule id -> why its action was made stricter, or where it reroutes
    targets: dict[str, str] = {}  # rule id -> reroute target
    ignored = 0
    threshold, rule_for = policy.threshold, policy.rule_for
    for f in findings:
        if f.score < threshold(f.entity_type):
            ignored += 1
            continue
        rule = rule_for(f.entity_type, cls, app)
        action, rule_id = rule.action, rule.id
        if action is Action.REROUTE:
            target = rule.reroute_to or route_target
            if target is None:
                action = Action.BLOCK  # fail closed
                notes[rule.id] = "reroute wanted, but no local_model is configured"
            else:
                targets[rule.id] = target
                if rule.reroute_to is None:
                    notes[rule.id] = f"to {target}, named by {route_id}"
        elif route_pseudonymises and action is Action.ALLOW and _is_personal(f.entity_type):
            action, rule_id = Action.PSEUDONYMISE, route_id
        decided.append(FindingDecision(f, action, rule_id))

    overall = max((d.action for d in decided), key=_RANK.__getitem__, default=Action.ALLOW)
    reroute_to = None
    extra: list[str] = []
    if overall is Action.REROUTE:
        wanted = sorted({targets[d.rule] for d in decided if d.action is Action.REROUTE})
        if len(wanted) == 1:
            reroute_to = wanted[0]
        else:
            overall = Action.BLOCK
            extra.append(f"blocked: findings want different reroute targets ({', '.join(wanted)})")
    rule_id = next((d.rule for d in decided if d.action is overall), None)
    if rule_id is None and decided and overall is Action.BLOCK:  # reroute conflict turned into block
        rule_id = next((d.rule for d in decided if d.action is Action.REROUTE), None)
    if route_target is not None and overall.rank < Action.REROUTE.rank:
        overall, reroute_to, rule_id = Action.REROUTE, route_target, route_id
        extra.append(f"reroute to {route_target} by {route_id} (routes.yaml)")
    reason = _reason(destination, cls, overall, decided, notes, extra, ignored)
    return Decision(overall, tuple(decided), rule_id, reroute_to, reason, ignored)


def _is_personal(entity_type: str) -> bool:
    """Personal data for routes: identifiers and s.26 data; a type the catalogue lacks too (strict)."""
    spec = CATALOGUE.get(entity_type)
    return spec is None or spec.is_personal


def _reason(
    destination: Destination,
    cls: str,
    overall: Action,
    decided: Sequence[FindingDecision],
    notes: Mapping[str, str],
    extra: Sequence[str],
    ignored: int,
) -> str:
    """One line for humans: destination, then per action the entity types and the rule. No values."""
    where = (
        f"{destination.name} (local)"
        if cls == "local"
        else f"{destination.name} ({destination.country or 'unknown country'}, {_CLASS_LABELS[cls]})"
    )
    groups: dict[tuple[Action, str], list[str]] = {}
    for d in sorted(decided, key=lambda d: -_RANK[d.action]):  # stable: keeps finding order per action
        types = groups.setdefault((d.action, d.rule), [])
        if d.finding.entity_type not in types:
            types.append(d.finding.entity_type)
    parts = [
        f"{action} {', '.join(types)} by rule {rule}" + (f" ({notes[rule]})" if rule in notes else "")
        for (action, rule), types in groups.items()
    ] or ["no personal data at or above threshold"]
    parts += extra
    if ignored:
        parts.append(f"{ignored} finding(s) below threshold ignored")
    return f"{overall} to {where}: " + "; ".join(parts)


# --------------------------------------------------------------------------- loading


def load_policy(path: str | Path | None = None, destinations: DestinationTable | None = None) -> Policy:
    """Load policy.yaml from ``path`` (default: the shipped defaults); raise :class:`RulesInvalid`."""
    source = Path(path) if path is not None else shipped_defaults() / "policy.yaml"
    return Policy.from_document(read_document(source), destinations)
