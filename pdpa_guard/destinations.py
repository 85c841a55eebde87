"""Where a request goes: host, port and IP -> provider, country and transfer basis (PDPA s.28/29).

``destinations.yaml`` lists LLM endpoints under ``destinations:``; the first entry with a host
pattern that matches wins. A pattern is a host or ``host:port`` glob:

- ``*`` matches within one DNS label (as in a TLS wildcard): ``*.openai.azure.com`` matches
  ``myco.openai.azure.com`` but not ``a.b.openai.azure.com``; ``**`` matches across dots;
  ``?`` matches one character;
- ``{region}`` captures a cloud region from the host (``bedrock-runtime.{region}.amazonaws.com``)
  and the entry's ``region_table`` (aws, gcp, alibaba) maps it to a country;
- without a port the pattern matches every port; IPv6 literals with a port are written in
  brackets (``[::1]:11434``).

A host that no entry names is placed by its IP address (the literal host, else the connected
IP) with the offline table of :mod:`pdpa_guard.geoip`: private, loopback and link-local
addresses are local; an address the table does not know, or no address at all, leaves the
country unknown, which the policy treats as cross-border.

:meth:`DestinationTable.resolve` runs once per request on the proxy path: patterns are compiled
once and answers are cached.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from pdpa_guard import geoip
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

TRANSFER_BASES = ("adequacy", "bcr", "safeguards", "consent", "contract", "none")
DOMESTIC_COUNTRY = "TH"
UNLISTED, LOCAL_NETWORK = "unlisted", "local-network"  # names of destinations no entry lists

DestinationClass = Literal["local", "domestic", "cross_border"]


@dataclass(frozen=True, slots=True)
class Destination:
    """Where one request goes, as resolved from destinations.yaml or from its IP address."""

    name: str
    host: str
    port: int | None
    provider: str
    country: str | None  # ISO 3166 alpha-2 (or EU); None when unknown
    region: str | None
    transfer_basis: str  # one of TRANSFER_BASES
    basis_ref: str | None  # the DPA / SCC / consent record legal signed
    local: bool  # self-hosted: the data does not leave the organisation

    @property
    def destination_class(self) -> DestinationClass:
        """``local`` (self-hosted), ``domestic`` (Thailand) or ``cross_border`` (anything else, unknown too)."""
        if self.local:
            return "local"
        return "domestic" if self.country == DOMESTIC_COUNTRY else "cross_border"

    @property
    def has_transfer_basis(self) -> bool:
        """True when legal has recorded a transfer basis (s.28/29) for this destination."""
        return self.transfer_basis != "none"


# --------------------------------------------------------------------------- cloud regions

# Region id -> country, per cloud: the same id means different places in different clouds
# (ap-southeast-3 is Jakarta on AWS, Kuala Lumpur on Alibaba Cloud). Exact ids first, then globs
# in order. A region missing here gives an unknown country (= cross-border, the strict side);
# destinations.yaml can add or override entries under `regions:`.
# fmt: off
REGION_TABLES: dict[str, dict[str, str]] = {
    # Source: AWS General Reference, "AWS Regions" / service endpoint tables (region name column).
    "aws": {
        "us-east-1": "US", "us-east-2": "US", "us-west-1": "US", "us-west-2": "US",
        "ca-central-1": "CA", "ca-west-1": "CA", "mx-central-1": "MX", "sa-east-1": "BR",
        "eu-west-1": "IE", "eu-west-2": "GB", "eu-west-3": "FR", "eu-central-1": "DE",
        "eu-central-2": "CH", "eu-north-1": "SE", "eu-south-1": "IT", "eu-south-2": "ES",
        "af-south-1": "ZA", "me-south-1": "BH", "me-central-1": "AE", "il-central-1": "IL",
        "ap-east-1": "HK", "ap-east-2": "TW", "ap-south-1": "IN", "ap-south-2": "IN",
        "ap-southeast-1": "SG", "ap-southeast-2": "AU", "ap-southeast-3": "ID",
        "ap-southeast-4": "AU", "ap-southeast-5": "MY", "ap-southeast-6": "NZ",
        "ap-southeast-7": "TH",  # Asia Pacific (Thailand), Bangkok
        "ap-northeast-1": "JP", "ap-northeast-2": "KR", "ap-northeast-3": "JP",
        "cn-north-1": "CN", "cn-northwest-1": "CN",
        "us-gov-*": "US", "us-*": "US",
    },
    # Source: Google Cloud "Vertex AI locations" / "Generative AI on Vertex AI locations".
    # "global" (aiplatform.googleapis.com) is deliberately absent: it may serve from any region.
    "gcp": {
        "northamerica-northeast1": "CA", "northamerica-northeast2": "CA", "northamerica-south1": "MX",
        "southamerica-east1": "BR", "southamerica-west1": "CL",
        "europe-west1": "BE", "europe-west2": "GB", "europe-west3": "DE", "europe-west4": "NL",
        "europe-west6": "CH", "europe-west8": "IT", "europe-west9": "FR", "europe-west10": "DE",
        "europe-west12": "IT", "europe-north1": "FI", "europe-north2": "SE", "europe-central2": "PL",
        "europe-southwest1": "ES",
        "asia-east1": "TW", "asia-east2": "HK", "asia-northeast1": "JP", "asia-northeast2": "JP",
        "asia-northeast3": "KR", "asia-south1": "IN", "asia-south2": "IN",
        "asia-southeast1": "SG", "asia-southeast2": "ID",
        "australia-southeast1": "AU", "australia-southeast2": "AU",
        "me-central1": "QA", "me-central2": "SA", "me-west1": "IL", "africa-south1": "ZA",
        "us-*": "US",
    },
    # Source: Alibaba Cloud "Regions and zones" and Model Studio "Regions and endpoints".
    "alibaba": {
        "cn-hongkong": "HK", "ap-southeast-1": "SG", "ap-southeast-3": "MY", "ap-southeast-5": "ID",
        "ap-southeast-6": "PH", "ap-southeast-7": "TH", "ap-northeast-1": "JP", "ap-northeast-2": "KR",
        "us-east-1": "US", "us-west-1": "US", "eu-central-1": "DE", "eu-west-1": "GB",
        "me-east-1": "AE", "me-central-1": "SA",
        "cn-*": "CN",
    },
}
# fmt: on


def region_country(tables: Mapping[str, Mapping[str, str]], table: str, region: str) -> str | None:
    """Country of ``region`` in region table ``table`` (exact id first, then globs in order)."""
    entries = tables.get(table, {})
    if region in entries:
        return entries[region]
    for pattern, country in entries.items():
        if fnmatch.fnmatchcase(region, pattern):
            return country
    return None


# --------------------------------------------------------------------------- host patterns


@dataclass(frozen=True, slots=True)
class HostPattern:
    """One compiled ``hosts`` entry."""

    text: str
    regex: re.Pattern[str]
    port: int | None
    literal: bool  # no glob and no placeholder: a concrete host (usable as a reroute upstream)
    host: str

    @property
    def has_region(self) -> bool:
        return "region" in self.regex.groupindex


_HOST_CHARS = re.compile(r"[a-z0-9.\-*?:]+")
_TOKENS = re.compile(r"\{region\}|\*\*|\*|\?|[^*?{]+|\{[^}]*\}?")


def parse_host_pattern(text: str) -> HostPattern:
    """Compile a ``hosts`` entry; raise ValueError (with a fix after ' — ') when it is malformed."""
    raw = text.strip().lower()
    if not raw:
        raise ValueError("empty host pattern — write a host such as api.openai.com")
    if "://" in raw or "/" in raw:
        raise ValueError(
            f"{text!r} is a URL, not a host — write only the host (and :port), e.g. api.openai.com"
        )
    port: int | None = None
    if raw.startswith("["):
        host, _, rest = raw[1:].partition("]")
        if rest and not rest.startswith(":"):
            raise ValueError(f"bad IPv6 pattern {text!r} — write [::1] or [::1]:8000")
        port_text = rest[1:] if rest else None
    elif raw.count(":") == 1:
        host, port_text = raw.split(":")
    else:
        host, port_text = raw, None  # a hostname, or a bare IPv6 literal (several colons)
    if port_text is not None:
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ValueError(
                f"bad port in {text!r} — a port is a number from 1 to 65535, e.g. localhost:11434"
            )
        port = int(port_text)
    placeholders = re.findall(r"\{[^}]*\}?", host)
    for p in placeholders:
        if p != "{region}":
            raise ValueError(f"unknown placeholder {p} in {text!r} — the only placeholder is {{region}}")
    if len(placeholders) > 1:
        raise ValueError(f"{{region}} appears twice in {text!r} — use it once")
    bare = host.replace("{region}", "r")
    if not bare or not _HOST_CHARS.fullmatch(bare):
        bad = sorted({c for c in bare if not _HOST_CHARS.fullmatch(c)}) or ["(empty)"]
        raise ValueError(
            f"bad glob {text!r}: {' '.join(bad)} not allowed — use letters, digits, '.', '-', "
            "and the wildcards * (within a label), ** (across labels), ?"
        )
    parts = []
    for token in _TOKENS.findall(host):
        if token == "{region}":
            parts.append(r"(?P<region>[a-z0-9-]+)")
        elif token == "**":
            parts.append(r".*")
        elif token == "*":
            parts.append(r"[^.]*")
        elif token == "?":
            parts.append(r"[^.]")
        else:
            parts.append(re.escape(token))
    literal = not any(c in host for c in "*?{")
    return HostPattern(text, re.compile("".join(parts)), port, literal, host)


def _check_host(value: str) -> str:
    try:
        parse_host_pattern(value)
    except ValueError as exc:
        message, _, fix = str(exc).partition(" — ")
        raise invalid(message, fix) from None
    return value


# --------------------------------------------------------------------------- the file's schema

# ISO 3166-1 alpha-2 (assigned codes), plus EU (exceptionally reserved) for EU/EEA-wide residency.
_ISO_CODES = """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
    BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC
    EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
    HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
    LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
    NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU
    RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN
    TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW EU"""
ISO_COUNTRIES = frozenset(_ISO_CODES.split())
_COMMON_MISTAKES = {"UK": "GB", "EL": "GR", "EN": "GB"}


def _check_country(value: str) -> str:
    if value in ISO_COUNTRIES:
        return value
    if value.upper() in ISO_COUNTRIES:
        raise invalid(f"country {value!r} must be upper case", f"write {value.upper()}")
    if value.upper() in _COMMON_MISTAKES:
        raise invalid(
            f"{value!r} is not an ISO 3166 alpha-2 code", f"the ISO code is {_COMMON_MISTAKES[value.upper()]}"
        )
    raise invalid(
        f"bad country code {value!r}",
        "use an ISO 3166-1 alpha-2 code such as TH, SG, US, JP (or EU for EU/EEA-wide residency)",
    )


def _check_basis(value: str) -> str:
    if value not in TRANSFER_BASES:
        raise invalid(f"unknown transfer_basis {value!r}", suggest(value, TRANSFER_BASES, "transfer bases"))
    return value


CountryCode = Annotated[str, AfterValidator(_check_country)]
HostPatternText = Annotated[str, AfterValidator(_check_host)]


class DestinationSpec(BaseModel):
    """One entry of ``destinations:`` as written in the file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: NonEmpty
    hosts: list[HostPatternText] = Field(min_length=1)
    provider: NonEmpty
    country: CountryCode | None = None
    region: str | None = None
    region_table: str | None = None
    transfer_basis: Annotated[str, AfterValidator(_check_basis)] = "none"
    basis_ref: str | None = None
    local: bool = False
    # For local entries: the model a rerouted request asks for, by the model it asked abroad
    # ("*" for any other). Without it the model name is passed on unchanged.
    models: dict[str, NonEmpty] | None = None
    # For local entries: how a rerouted request reaches the server. Unset means https on port 443
    # and http elsewhere, which fits Ollama, vLLM and llama.cpp as they ship; an internal GPU
    # server behind TLS on another port says `scheme: https`.
    scheme: Literal["http", "https"] | None = None


class DestinationsFile(BaseModel):
    """The whole of ``destinations.yaml``."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    regions: dict[str, dict[str, CountryCode]] = Field(default_factory=dict)
    destinations: list[DestinationSpec]


def _semantic_errors(spec: DestinationsFile, doc: Document, tables: Mapping[str, Any]) -> list[RuleError]:
    """Checks pydantic cannot express: unique names, region placeholders and their tables."""
    errors: list[RuleError] = []
    seen: dict[str, int] = {}
    for i, d in enumerate(spec.destinations):
        loc = ("destinations", i)
        if d.name in seen:
            errors.append(
                doc.error((*loc, "name"), f"duplicate destination name {d.name!r}", "names must be unique")
            )
        seen.setdefault(d.name, i)
        with_region = [h for h in d.hosts if "{region}" in h]
        if with_region and d.region_table is None and "country" not in d.model_fields_set:
            errors.append(
                doc.error(
                    loc,
                    f"{with_region[0]!r} captures {{region}} but the entry has no region_table",
                    f"add `region_table:` ({', '.join(sorted(tables))}) or a fixed `country:`",
                )
            )
        if d.region_table is not None:
            if d.region_table not in tables:
                errors.append(
                    doc.error(
                        (*loc, "region_table"),
                        f"unknown region_table {d.region_table!r}",
                        suggest(d.region_table, sorted(tables), "region tables (or add it under `regions:`)"),
                    )
                )
            if not with_region:
                errors.append(
                    doc.error(
                        (*loc, "region_table"),
                        "region_table is set but no host pattern captures {region}",
                        "write the region's place in a host, e.g. bedrock-runtime.{region}.amazonaws.com",
                    )
                )
        if "country" not in d.model_fields_set and d.region_table is None and not d.local and not with_region:
            errors.append(
                doc.error(
                    loc,
                    f"destination {d.name!r} has no `country`",
                    "add `country: XX` (ISO 3166 alpha-2), or `country: null` when unknown (treated as cross-border)",
                )
            )
        if d.basis_ref and d.transfer_basis == "none":
            errors.append(
                doc.error(
                    (*loc, "basis_ref"),
                    "basis_ref is set but transfer_basis is none",
                    "set transfer_basis to the basis this document provides (e.g. contract), or remove basis_ref",
                )
            )
        if d.scheme is not None and not d.local:
            errors.append(
                doc.error(
                    (*loc, "scheme"),
                    f"scheme is set on {d.name!r}, which is not local",
                    "scheme says how rerouted requests reach a local model: set `local: true` or remove it",
                )
            )
    return errors


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True, slots=True)
class DestinationEntry:
    """One compiled destinations.yaml entry."""

    spec: DestinationSpec
    patterns: tuple[HostPattern, ...]

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def upstream(self) -> tuple[str, int] | None:
        """The first concrete ``host:port`` of this entry (where a reroute sends requests)."""
        for p in self.patterns:
            if p.literal and p.port is not None:
                return p.host, p.port
        return None

    @property
    def upstream_scheme(self) -> str:
        """``http`` or ``https`` for requests rerouted to :attr:`upstream` (see ``DestinationSpec.scheme``)."""
        if self.spec.scheme is not None:
            return self.spec.scheme
        upstream = self.upstream
        return "https" if upstream is not None and upstream[1] == 443 else "http"


class DestinationTable:
    """The compiled destinations.yaml: :meth:`resolve` a request's host, port and IP to a :class:`Destination`."""

    _CACHE_SIZE = 4096

    def __init__(self, spec: DestinationsFile) -> None:
        self.tables: dict[str, dict[str, str]] = {k: dict(v) for k, v in REGION_TABLES.items()}
        for table, overrides in spec.regions.items():  # the file's entries are tried first
            builtin = self.tables.get(table, {})
            self.tables[table] = {**overrides, **{k: v for k, v in builtin.items() if k not in overrides}}
        self.entries: tuple[DestinationEntry, ...] = tuple(
            DestinationEntry(d, tuple(parse_host_pattern(h) for h in d.hosts)) for d in spec.destinations
        )
        self._by_name = {e.name: e for e in self.entries}
        self._flat = tuple((p, e) for e in self.entries for p in e.patterns)
        self._cache: dict[tuple[str, int | None, str | None], Destination] = {}

    # -- construction

    @classmethod
    def from_document(cls, doc: Document) -> DestinationTable:
        """Build from a parsed destinations.yaml; raise :class:`RulesInvalid` with file:line errors."""
        spec = validate(DestinationsFile, doc)
        tables = {**REGION_TABLES, **spec.regions}
        errors = _semantic_errors(spec, doc, tables)
        if errors:
            raise RulesInvalid(errors)
        return cls(spec)

    @classmethod
    def from_data(cls, data: Any, file: str = "<destinations>") -> DestinationTable:
        """Build from plain data (as YAML would load it); handy in tests and embedding."""
        return cls.from_document(Document(file, data, {}))

    # -- queries

    def get(self, name: str) -> DestinationEntry | None:
        """The entry called ``name``, if any."""
        return self._by_name.get(name)

    @property
    def local_names(self) -> tuple[str, ...]:
        """Names of the self-hosted (``local: true``) entries: the valid reroute targets."""
        return tuple(e.name for e in self.entries if e.spec.local)

    def resolve(self, host: str, port: int | None = None, ip: str | None = None) -> Destination:
        """The destination of a request to ``host``:``port`` connected to ``ip``.

        First matching entry wins; otherwise the literal host or ``ip`` decides (local network,
        or the registered country); otherwise the country stays unknown.
        """
        key = (host, port, ip)
        found = self._cache.get(key)
        if found is None:
            found = self._resolve(host, port, ip)
            if len(self._cache) >= self._CACHE_SIZE:
                self._cache.clear()  # rare: the hosts seen by one proxy are few
            self._cache[key] = found
        return found

    def _resolve(self, host: str, port: int | None, ip: str | None) -> Destination:
        host, port = _split_host(host, port)
        for pattern, entry in self._flat:
            if pattern.port is not None and pattern.port != port:
                continue
            match = pattern.regex.fullmatch(host)
            if match is not None:
                return self._from_entry(
                    entry, host, port, match.group("region") if pattern.has_region else None
                )
        return _unlisted(host, port, ip)

    def _from_entry(
        self, entry: DestinationEntry, host: str, port: int | None, region: str | None
    ) -> Destination:
        s = entry.spec
        country = s.country
        if region is not None and s.region_table is not None and "country" not in s.model_fields_set:
            country = region_country(self.tables, s.region_table, region)
        return Destination(
            name=s.name,
            host=host,
            port=port,
            provider=s.provider,
            country=country,
            region=region or s.region,
            transfer_basis=s.transfer_basis,
            basis_ref=s.basis_ref,
            local=s.local,
        )


def _split_host(host: str, port: int | None) -> tuple[str, int | None]:
    """Lower-case ``host`` without a trailing dot or IPv6 brackets; take a ``:port`` written into it."""
    host = host.strip().lower().rstrip(".")
    if host.startswith("["):  # "[::1]" or "[::1]:8000"
        inner, _, rest = host[1:].partition("]")
        if port is None and rest[:1] == ":" and rest[1:].isdigit():
            port = int(rest[1:])
        return inner, port
    if host.count(":") == 1:  # "example.com:8443"
        name, _, port_text = host.partition(":")
        if port_text.isdigit():
            return name, port if port is not None else int(port_text)
    return host, port


def _unlisted(host: str, port: int | None, ip: str | None) -> Destination:
    """A destination no entry names, placed by its IP address."""
    address = geoip.parse_ip(host) or geoip.parse_ip(ip)
    local = host == "localhost" or host.endswith(".localhost")  # RFC 6761: always loopback
    if address is not None and geoip.is_local_address(address):
        local = True
    country = None if local or address is None else geoip.country_of(address)
    return Destination(
        name=LOCAL_NETWORK if local else UNLISTED,
        host=host,
        port=port,
        provider="unknown",
        country=country,
        region=None,
        transfer_basis="none",
        basis_ref=None,
        local=local,
    )


def reroute_target_errors(
    doc: Document, targets: list[tuple[tuple[Any, ...], str]], destinations: DestinationTable
) -> list[RuleError]:
    """Errors for reroute targets (``(location in doc, name)``) that are not usable local destinations.

    Shared by policy.yaml (``reroute_to``) and routes.yaml (``reroute: NAME``): a target must be a
    ``local: true`` entry with a concrete host:port to send the request to.
    """
    errors: list[RuleError] = []
    local = destinations.local_names
    for loc, name in targets:
        entry = destinations.get(name)
        if entry is None or not entry.spec.local:
            what = "not in destinations.yaml" if entry is None else "not a local destination"
            errors.append(
                doc.error(
                    loc,
                    f"reroute target {name!r} is {what}",
                    suggest(name, local, "local destinations") if local else "add a `local: true` destination",
                )
            )
        elif entry.upstream is None:
            errors.append(
                doc.error(
                    loc,
                    f"reroute target {name!r} has no concrete host:port",
                    f"list one without wildcards first in its hosts, e.g. localhost:11434 (destination {name!r})",
                )
            )
    return errors


# --------------------------------------------------------------------------- loading


def load_destinations(path: str | Path | None = None) -> DestinationTable:
    """Load destinations.yaml from ``path`` (default: the shipped defaults); raise :class:`RulesInvalid`."""
    source = Path(path) if path is not None else shipped_defaults() / "destinations.yaml"
    return DestinationTable.from_document(read_document(source))
