"""``prices.yaml``: list prices per provider and model, for cost estimates and routing savings.

The file lives with the other rules (``rules/prices.yaml``, else the copy shipped in the
package) and is validated like them, with ``file:line`` errors. See the file's own comments for
how a request is priced; :meth:`PriceTable.price` implements exactly that.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from pdpa_guard.rules import read_document, shipped_defaults, validate

PRICES_FILE = "prices.yaml"
Usd = Annotated[float, Field(ge=0.0, le=10_000.0)]


class ProviderPrices(BaseModel):
    """One provider's prices."""

    model_config = ConfigDict(extra="forbid")

    provider: str
    source: str
    destinations: list[str] = Field(default_factory=list)
    default: Usd
    models: dict[str, Usd] = Field(default_factory=dict)


class PricesFile(BaseModel):
    """The whole of ``prices.yaml``."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    as_of: str
    thb_per_usd: Annotated[float, Field(gt=0.0)]
    default: Usd
    providers: list[ProviderPrices] = Field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Price:
    """What one million input tokens cost, and which line of prices.yaml said so."""

    usd_per_mtok: float
    provider: str  # the provider entry that priced it ("" for the local / default cases)
    basis: str  # "local", "model <pattern>", "provider default", "default"
    source: str = ""


class PriceTable:
    """prices.yaml compiled for lookups (patterns lower-cased, longest model pattern first)."""

    def __init__(self, spec: PricesFile, file: str = PRICES_FILE) -> None:
        self.spec = spec
        self.file = file
        self.as_of = spec.as_of
        self.thb_per_usd = spec.thb_per_usd
        models = [
            (pattern.lower(), usd, p.provider, p.source) for p in spec.providers for pattern, usd in p.models.items()
        ]
        # The most specific pattern wins: gpt-4o-mini* before gpt-4o*, whatever the file order.
        self._models = sorted(models, key=lambda m: -len(m[0].replace("*", "")))
        self._dests = [
            ([d.lower() for d in p.destinations], p.default, p.provider, p.source) for p in spec.providers
        ]
        self._cache: dict[tuple[str | None, str | None, bool], Price] = {}

    def price(self, destination: str | None, model: str | None, local: bool = False) -> Price:
        """The price of input tokens sent to ``destination`` (a destinations.yaml name) for ``model``."""
        key = (destination, model, local)
        if key not in self._cache:
            self._cache[key] = self._price(destination, model, local)
        return self._cache[key]

    def _price(self, destination: str | None, model: str | None, local: bool) -> Price:
        if local:
            return Price(0.0, "", "local")
        name = (model or "").lower()
        if name:
            for pattern, usd, provider, source in self._models:
                if fnmatch.fnmatchcase(name, pattern):
                    return Price(usd, provider, f"model {pattern}", source)
        dest = (destination or "").lower()
        for patterns, usd, provider, source in self._dests:
            if any(fnmatch.fnmatchcase(dest, p) for p in patterns):
                return Price(usd, provider, "provider default", source)
        return Price(self.spec.default, "", "default")

    def usd(self, tokens: int, destination: str | None, model: str | None, local: bool = False) -> float:
        """Estimated USD for ``tokens`` input tokens."""
        return tokens / 1_000_000 * self.price(destination, model, local).usd_per_mtok


def prices_source(rules_dir: str | Path | None = None) -> Path | Traversable:
    """``DIR/prices.yaml``, else ``./rules/prices.yaml``, else the shipped default."""
    base = Path(rules_dir) if rules_dir is not None else Path("rules")
    candidate = base / PRICES_FILE
    return candidate if candidate.is_file() else shipped_defaults() / PRICES_FILE


def load_prices(rules_dir: str | Path | None = None) -> PriceTable:
    """Load and validate prices.yaml; raises ``RulesInvalid`` with file:line errors."""
    source = prices_source(rules_dir)
    doc = read_document(source)
    return PriceTable(validate(PricesFile, doc), str(source))
