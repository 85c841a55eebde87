"""``routes.yaml``: per application x destination, keep / pseudonymise / reroute to a local model.

This closes the loop from audit to routing. ``pdpa-guard routes`` reads a month of the findings
store and recommends, for every application x destination pair, one action with its evidence
(the share of exchanges carrying s.26 data or identifiers, the volume, the estimated cost):

* ``reroute: <local destination>`` when at least ``reroute_sensitive_share`` of the pair's
  exchanges carry s.26 data and a local model is configured: the whole pair's traffic goes to
  the local model, because a detector that found s.26 data that often will also miss some;
* ``pseudonymise`` when at least ``pseudonymise_personal_share`` carry personal data (or s.26
  data is frequent but there is no local model to reroute to): every personal finding is
  pseudonymised, even where the policy would allow it;
* ``keep`` otherwise, or when the pair has fewer than ``min_exchanges`` exchanges (too little
  evidence either way), or its destination class is not in ``classes``.

The thresholds live in the file itself (``thresholds:``): edit them and run ``pdpa-guard routes``
again. The proxy and the scanner load ``routes.yaml`` from their rules directory when present and
apply it ON TOP of the policy (:func:`pdpa_guard.policy.decide`): a route can only make a decision
stricter, never weaker. ``pdpa-guard rules check`` validates it like the other rules files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from pdpa_guard.rules import Document, RuleError, RulesInvalid, invalid, read_document, suggest, validate

if TYPE_CHECKING:
    from pdpa_guard.destinations import DestinationTable

ROUTES_FILE = "routes.yaml"
ANY_APP = "*"
KEEP, PSEUDONYMISE, REROUTE = "keep", "pseudonymise", "reroute"
ROUTE_CLASSES = ("cross_border", "domestic")


# --------------------------------------------------------------------------- the file's schema


def _parse_action(value: Any) -> str:
    """``keep`` | ``pseudonymise`` | ``{reroute: NAME}`` (also ``reroute: NAME`` as one string)."""
    if isinstance(value, Mapping):
        if list(value) == [REROUTE] and isinstance(value[REROUTE], str) and value[REROUTE].strip():
            return f"{REROUTE}:{value[REROUTE].strip()}"
        raise invalid(
            f"bad action {dict(value)!r}", "write `action: {reroute: ollama}` with a local destination's name"
        )
    if isinstance(value, str):
        text = value.strip()
        if text in (KEEP, PSEUDONYMISE):
            return text
        head, sep, target = text.partition(":")
        if head.strip() == REROUTE and sep and target.strip():
            return f"{REROUTE}:{target.strip()}"
        if text in (REROUTE, "block", "allow", "redact", "pseudonymize"):
            fix = (
                "name the local model: `action: {reroute: ollama}`"
                if text == REROUTE
                else suggest(text, [KEEP, PSEUDONYMISE], "route actions") + " (routes take keep, pseudonymise or "
                "{reroute: NAME}; blocking belongs in policy.yaml)"
            )
            raise invalid(f"{text!r} is not a route action", fix)
        raise invalid(f"unknown route action {text!r}", suggest(text, [KEEP, PSEUDONYMISE, REROUTE], "route actions"))
    raise invalid("the action must be keep, pseudonymise or {reroute: NAME}", "write one of those")


RouteActionText = Annotated[str, BeforeValidator(_parse_action)]
Share = Annotated[float, Field(ge=0.0, le=1.0)]


class Thresholds(BaseModel):
    """When ``pdpa-guard routes`` recommends what (documented in the file it writes)."""

    model_config = ConfigDict(extra="forbid")

    min_exchanges: Annotated[int, Field(ge=1)] = 20
    reroute_sensitive_share: Share = 0.05
    pseudonymise_personal_share: Share = 0.10
    classes: list[Literal["cross_border", "domestic"]] = Field(default_factory=lambda: ["cross_border"])
    local_model: str | None = None


class RouteSpec(BaseModel):
    """One entry of ``routes:`` as written in the file."""

    model_config = ConfigDict(extra="forbid")

    app: str | None  # the application name; null = requests no application was identified for; "*" = any
    destination: Annotated[str, Field(min_length=1)]
    action: RouteActionText
    reason: str = ""
    evidence: dict[str, Any] = Field(default_factory=dict)


class RoutesFile(BaseModel):
    """The whole of ``routes.yaml``."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    generated: str | None = None
    month: str | None = None
    thresholds: Thresholds = Field(default_factory=Thresholds)
    routes: list[RouteSpec] = Field(default_factory=list)


# --------------------------------------------------------------------------- compiled for decide


@dataclass(frozen=True, slots=True)
class Route:
    """A route as ``decide`` applies it."""

    app: str | None
    destination: str
    action: str  # keep | pseudonymise | reroute
    reroute_to: str | None = None

    @property
    def id(self) -> str:
        """How decisions, the store and reports name this route (``rule`` column)."""
        return f"route:{self.app if self.app is not None else '-'}@{self.destination}"


class RouteTable:
    """Routes by (app, destination); an exact app beats ``"*"``."""

    def __init__(self, routes: Iterable[Route], thresholds: Thresholds | None = None, source: str = "") -> None:
        self.routes = tuple(routes)
        self.thresholds = thresholds or Thresholds()
        self.source = source
        self._by_key = {(r.app, r.destination): r for r in self.routes}

    def __len__(self) -> int:
        return len(self.routes)

    def lookup(self, app: str | None, destination: str) -> Route | None:
        """The route for requests from ``app`` to ``destination`` (None: the policy alone decides)."""
        return self._by_key.get((app, destination)) or self._by_key.get((ANY_APP, destination))

    @classmethod
    def from_document(cls, doc: Document, destinations: DestinationTable | None = None) -> RouteTable:
        """Validate a parsed routes.yaml; raise :class:`RulesInvalid` with file:line errors."""
        spec = validate(RoutesFile, doc)
        errors = _semantic_errors(spec, doc, destinations)
        if errors:
            raise RulesInvalid(errors)
        routes = []
        for r in spec.routes:
            kind, _, target = r.action.partition(":")
            routes.append(Route(r.app, r.destination, kind, target or None))
        return cls(routes, spec.thresholds, doc.file)

    @classmethod
    def from_data(cls, data: Any, destinations: DestinationTable | None = None, file: str = "<routes>") -> RouteTable:
        return cls.from_document(Document(file, data, {}), destinations)


def load_routes(path: str | Path, destinations: DestinationTable | None = None) -> RouteTable:
    """Load and check ``path``; raise :class:`RulesInvalid` listing every error."""
    return RouteTable.from_document(read_document(Path(path)), destinations)


def _semantic_errors(spec: RoutesFile, doc: Document, destinations: DestinationTable | None) -> list[RuleError]:
    from pdpa_guard.destinations import LOCAL_NETWORK, UNLISTED

    errors: list[RuleError] = []
    seen: dict[tuple[str | None, str], int] = {}
    targets: list[tuple[tuple[str | int, ...], str]] = []
    if spec.thresholds.local_model:
        targets.append((("thresholds", "local_model"), spec.thresholds.local_model))
    for i, r in enumerate(spec.routes):
        loc = ("routes", i)
        key = (r.app, r.destination)
        if key in seen:
            errors.append(
                doc.error(
                    loc,
                    f"duplicate route for app {r.app!r} to {r.destination!r} (first is routes[{seen[key]}])",
                    "keep one of them",
                )
            )
        seen.setdefault(key, i)
        if destinations is not None and r.destination not in (UNLISTED, LOCAL_NETWORK):
            entry = destinations.get(r.destination)
            if entry is None:
                errors.append(
                    doc.error(
                        (*loc, "destination"),
                        f"unknown destination {r.destination!r}",
                        suggest(r.destination, [e.name for e in destinations.entries], "destinations.yaml names"),
                    )
                )
            elif entry.spec.local and r.action.startswith(REROUTE):
                errors.append(
                    doc.error((*loc, "action"), f"{r.destination!r} is already local", "use keep for local destinations")
                )
        if r.action.startswith(f"{REROUTE}:"):
            targets.append(((*loc, "action"), r.action.partition(":")[2]))
    if destinations is not None:
        from pdpa_guard.destinations import reroute_target_errors

        errors.extend(reroute_target_errors(doc, targets, destinations))
    return errors


# --------------------------------------------------------------------------- recommendation


@dataclass(frozen=True, slots=True)
class PairStats:
    """One application x destination over a month (from the findings store)."""

    app: str | None
    destination: str
    provider: str
    country: str | None
    dest_class: str  # local | domestic | cross_border
    has_basis: bool
    exchanges: int
    identifiers: int  # exchanges with identifiers
    sensitive: int  # exchanges with s.26 data
    personal: int  # exchanges with either
    tokens: int
    cost_usd: float

    @property
    def sensitive_share(self) -> float:
        return self.sensitive / self.exchanges if self.exchanges else 0.0

    @property
    def personal_share(self) -> float:
        return self.personal / self.exchanges if self.exchanges else 0.0


@dataclass(frozen=True, slots=True)
class Recommendation:
    """The recommended route of one pair, why, and what rerouting would save."""

    pair: PairStats
    action: str  # keep | pseudonymise | reroute
    reroute_to: str | None
    reason: str

    @property
    def saving_usd(self) -> float:
        """Estimated monthly API cost no longer paid when the pair goes to the local model."""
        return self.pair.cost_usd if self.action == REROUTE else 0.0

    @property
    def action_text(self) -> str:
        return f"{REROUTE}: {self.reroute_to}" if self.action == REROUTE else self.action


def recommend(pairs: Iterable[PairStats], thresholds: Thresholds, local_model: str | None) -> list[Recommendation]:
    """A recommendation for every non-local pair, largest traffic first (see the module docstring)."""
    t = thresholds
    target = t.local_model or local_model
    out = []
    for p in pairs:
        if p.dest_class == "local":
            continue
        s26, personal = p.sensitive_share, p.personal_share
        figures = f"{_pct(s26)} of {p.exchanges:,} exchanges carry s.26 data, {_pct(personal)} personal data"
        if p.dest_class not in t.classes:
            out.append(Recommendation(p, KEEP, None, f"{p.dest_class} destination: outside `classes`; {figures}"))
        elif p.exchanges < t.min_exchanges:
            out.append(Recommendation(p, KEEP, None, f"{p.exchanges} exchanges: fewer than min_exchanges ({t.min_exchanges})"))
        elif s26 >= t.reroute_sensitive_share and target:
            out.append(
                Recommendation(
                    p, REROUTE, target, f"{figures}; s.26 share at or above {_pct(t.reroute_sensitive_share)}"
                )
            )
        elif s26 >= t.reroute_sensitive_share:
            out.append(
                Recommendation(
                    p,
                    PSEUDONYMISE,
                    None,
                    f"{figures}; s.26 share at or above {_pct(t.reroute_sensitive_share)} but no local model is "
                    "configured (set local_model in policy.yaml or under thresholds) to reroute to",
                )
            )
        elif personal >= t.pseudonymise_personal_share:
            out.append(
                Recommendation(
                    p, PSEUDONYMISE, None, f"{figures}; personal share at or above {_pct(t.pseudonymise_personal_share)}"
                )
            )
        else:
            out.append(Recommendation(p, KEEP, None, f"{figures}; below the thresholds"))
    out.sort(key=lambda r: (-r.pair.exchanges, r.pair.destination, r.pair.app or ""))
    return out


def _pct(share: float) -> str:
    return f"{share * 100:.1f}%".replace(".0%", "%")


# --------------------------------------------------------------------------- writing


_HEADER = """\
# routes.yaml — routing decisions from the PDPA audit, applied by the proxy ON TOP of policy.yaml
#
# Written by `pdpa-guard routes` from the findings of {month} ({generated}). One entry per
# application x destination:
#
#   app          the application (as identified by policy.yaml `apps:`); null = requests no
#                application was identified for; "*" = any application
#   destination  a name from destinations.yaml
#   action       keep                  the policy alone decides
#                pseudonymise          every personal finding is pseudonymised, even where the
#                                      policy would allow it
#                {{reroute: NAME}}       every request of the pair goes to the local destination
#                                      NAME (a `local: true` entry of destinations.yaml)
#   reason, evidence   why: shares of exchanges with s.26 data / personal data, volume, estimated
#                monthly input-token cost in USD (prices.yaml) and the saving if rerouted
#
# A route never weakens the policy: a request the policy blocks stays blocked. Edit freely (and
# check with `pdpa-guard rules check`); running `pdpa-guard routes` again rewrites the entries
# and keeps the thresholds below:
#
#   min_exchanges                fewer exchanges than this in the month: keep (too little evidence)
#   reroute_sensitive_share      at least this share with s.26 data: reroute to the local model
#                                (pseudonymise when no local model is configured)
#   pseudonymise_personal_share  at least this share with personal data: pseudonymise
#   classes                      destination classes routes are recommended for
#                                (cross_border, domestic)
#   local_model                  where reroutes go (default: policy.yaml's local_model)

"""


def render_routes(
    recommendations: Sequence[Recommendation], thresholds: Thresholds, month: str, generated: datetime
) -> str:
    """The text of routes.yaml for ``recommendations`` (comments, thresholds, entries)."""
    stamp = generated.isoformat(timespec="seconds")
    data: dict[str, Any] = {
        "version": 1,
        "generated": stamp,
        "month": month,
        "thresholds": thresholds.model_dump(),
        "routes": [_entry(r, month) for r in recommendations],
    }
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)
    return _HEADER.format(month=month, generated=stamp) + body


def _entry(r: Recommendation, month: str) -> dict[str, Any]:
    p = r.pair
    return {
        "app": p.app,
        "destination": p.destination,
        "action": {REROUTE: r.reroute_to} if r.action == REROUTE else r.action,
        "reason": r.reason,
        "evidence": {
            "month": month,
            "exchanges": p.exchanges,
            "with_sensitive": round(p.sensitive_share, 4),
            "with_personal": round(p.personal_share, 4),
            "with_identifiers": round(p.identifiers / p.exchanges, 4) if p.exchanges else 0.0,
            "country": p.country,
            "has_transfer_basis": p.has_basis,
            "est_input_tokens": p.tokens,
            "est_cost_usd": round(p.cost_usd, 2),
            "saving_usd_if_rerouted": round(p.cost_usd, 2),
        },
    }


def read_thresholds(path: str | Path) -> Thresholds:
    """The thresholds of an existing routes.yaml (defaults when absent); raises on an invalid file."""
    path = Path(path)
    if not path.is_file():
        return Thresholds()
    return validate(RoutesFile, read_document(path)).thresholds
