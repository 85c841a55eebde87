"""What the monthly report says, as plain data: aggregate.py fills it, the templates show it.

Everything here is a count, a sum, a name, a masked preview or a digest: no raw value can reach a
report because none is ever read from the store (the store holds none either).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from pdpa_guard.report.period import Period

ACTION_ORDER = ("allow", "pseudonymise", "redact", "reroute", "block")
HANDLED = ("pseudonymise", "redact", "block", "reroute")  # the proxy changed or stopped the request


@dataclass(frozen=True, slots=True)
class Counts:
    """The headline figures of one month (the summary, and the previous month to compare)."""

    exchanges: int = 0
    personal: int = 0  # exchanges with identifiers or s.26 data
    identifiers: int = 0
    sensitive: int = 0  # exchanges with s.26 data
    cross_border: int = 0  # exchanges that left for a destination outside Thailand (not stopped)
    cross_border_personal: int = 0
    breach_exchanges: int = 0  # personal data to cross-border without a basis, not stopped
    subjects: int = 0  # lower bound of distinct data subjects (see aggregate.subjects_estimate)
    tokens: int = 0
    cost_usd: float = 0.0
    actions: dict[str, int] = field(default_factory=dict)  # allow, pseudonymise, ..., would_block

    def enforced(self, action: str) -> int:
        """Exchanges on which the proxy applied ``action``."""
        return self.actions.get(action, 0)

    def would(self, action: str) -> int:
        """Exchanges where ``action`` was due but not applied (scanned logs, monitor mode)."""
        return self.actions.get(f"would_{action}", 0)


@dataclass(frozen=True, slots=True)
class TypeCount:
    """An entity type and how many findings of it a group holds."""

    entity_type: str
    count: int


@dataclass(frozen=True, slots=True)
class DestinationRow:
    """One destination: a row of the cross-border transfer register (s.28/29)."""

    name: str
    provider: str
    hosts: tuple[str, ...]
    country: str | None
    region: str | None
    basis: str
    basis_ref: str | None
    dest_class: str  # local | domestic | cross_border
    exchanges: int
    personal: int
    sensitive: int
    subjects: int
    types: tuple[TypeCount, ...]
    categories: tuple[str, ...]  # identifier / sensitive / business, as seen
    actions: dict[str, int]
    tokens: int
    cost_usd: float

    @property
    def has_basis(self) -> bool:
        return self.basis not in ("", "none")


@dataclass(frozen=True, slots=True)
class SensitiveRow:
    """s.26 data of one type sent to one destination by one application."""

    entity_type: str
    destination: str
    country: str | None
    app: str | None
    exchanges: int
    findings: int
    actions: dict[str, int]


@dataclass(frozen=True, slots=True)
class SensitiveView:
    """s.26 data pivoted for reading: per category, category x destination, application x category.

    Columns beyond the largest few are folded into one "other" column (``OTHER``), so the
    tables stay one page wide whatever the number of destinations and applications.
    """

    categories: tuple[tuple[str, int, int, dict[str, int]], ...]  # type, exchanges, findings, actions
    destinations: tuple[tuple[str, str | None, bool, str], ...]  # name, country, abroad w/o basis, class
    by_destination: dict[str, dict[str, int]]  # type -> destination -> exchanges
    apps: tuple[str | None, ...]
    by_app: dict[str | None, dict[str, int]]  # app -> type -> exchanges


OTHER = "\x00other"  # the folded column / row of a pivot (no real name can be this)


@dataclass(frozen=True, slots=True)
class AppRow:
    """One application (client) and what it sent."""

    app: str | None
    exchanges: int
    personal: int
    sensitive: int
    cross_border: int
    breach_exchanges: int
    subjects: int
    top_types: tuple[TypeCount, ...]
    actions: dict[str, int]
    tokens: int
    cost_usd: float


@dataclass(frozen=True, slots=True)
class BreachItem:
    """Exchanges that left with personal data for a destination without a transfer basis.

    One item per destination x application x how it happened; legal assesses each under
    s.37(4) (notify the PDPC within 72 hours of becoming aware, unless unlikely to result in a
    risk to rights and freedoms).
    """

    destination: str
    provider: str
    country: str | None
    app: str | None
    how: str  # allowed | failed_open | not_enforced | scan
    exchanges: int
    first_seen: datetime
    last_seen: datetime
    detected_at: datetime  # first detection: starts the 72-hour clock
    deadline: datetime
    types: tuple[TypeCount, ...]
    previews: tuple[str, ...]  # masked previews (e.g. 1-xxxx-xxxxx-xx-8), never values
    subjects: int
    sensitive: bool

    def hours_left(self, now: datetime) -> float:
        return (self.deadline - now).total_seconds() / 3600


@dataclass(frozen=True, slots=True)
class DayPoint:
    """One day of the month: volume, with personal data, and breach candidates."""

    day: date
    exchanges: int
    personal: int
    violations: int


@dataclass(frozen=True, slots=True)
class CountryRow:
    """Exchanges per destination country."""

    country: str | None  # None: unknown (treated as cross-border)
    dest_class: str
    exchanges: int
    personal: int
    sensitive: int


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One entity type over the month."""

    entity_type: str
    category: str
    findings: int
    values: int | None  # distinct keyed hashes (direct identifiers only)


@dataclass(frozen=True, slots=True)
class CostRow:
    """Estimated input-token cost of one destination x model."""

    destination: str
    provider: str
    model: str | None
    local: bool
    exchanges: int
    tokens: int
    usd_per_mtok: float
    price_basis: str
    cost_usd: float


@dataclass(frozen=True, slots=True)
class RulesDigest:
    """A rules file in use when the report was made, and its SHA-256."""

    name: str
    source: str
    sha256: str | None  # None: the file is absent (e.g. no routes.yaml)


@dataclass(frozen=True, slots=True)
class Method:
    """How the figures were produced, so an auditor can check them."""

    tool_version: str
    generated_at: datetime
    store: str
    backend: str
    timezone: str
    exchanges: int
    findings: int
    records_digest: str
    digest_recipe: str
    rules: tuple[RulesDigest, ...]
    recognizers: tuple[tuple[str, tuple[str, ...]], ...]  # class name, entity types
    engine_threshold: float
    policy_thresholds: dict[str, float]
    recognizers_seen: tuple[tuple[str, int], ...]  # recognizer, findings this month
    key_ids: tuple[str, ...]
    sources: dict[str, int]  # proxy / scan -> exchanges
    price_file: str
    prices_as_of: str
    thb_per_usd: float
    rules_error: str | None = None


@dataclass(slots=True)
class ReportData:
    """Everything the report shows for one month."""

    period: Period
    generated_at: datetime
    counts: Counts
    previous: Counts
    destinations: list[DestinationRow]
    sensitive: list[SensitiveRow]
    apps: list[AppRow]
    breaches: list[BreachItem]
    breach_groups_total: int
    daily: list[DayPoint]
    countries: list[CountryRow]
    entities: list[EntityRow]
    costs: list[CostRow]
    routes: list = field(default_factory=list)  # routes.RouteRecommendation
    route_thresholds: object | None = None  # routes.Thresholds
    local_target: str | None = None
    method: Method | None = None
    recommendations: list[tuple[str, dict[str, object]]] = field(default_factory=list)
    sensitive_view: SensitiveView | None = None

    @property
    def empty(self) -> bool:
        """True when the store holds no exchange for the month."""
        return self.counts.exchanges == 0

    @property
    def cross_border_destinations(self) -> list[DestinationRow]:
        return [d for d in self.destinations if d.dest_class == "cross_border"]

    @property
    def other_destinations(self) -> list[DestinationRow]:
        return [d for d in self.destinations if d.dest_class != "cross_border"]
