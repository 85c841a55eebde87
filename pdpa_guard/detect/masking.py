"""Masked previews: enough of a value's shape for a human to recognise the kind, never the value.

Used wherever a finding is shown or stored (CLI tables, the findings store, reports). The style of
each entity type comes from the catalogue.
"""

from __future__ import annotations

from pdpa_guard.detect.catalogue import MaskStyle, spec
from pdpa_guard.detect.text import fold_digits

_MAX_PREVIEW = 40


def mask(entity_type: str, value: str) -> str:
    """A preview of ``value`` that keeps its format but not its content.

    >>> mask("TH_NATIONAL_ID", "1-1017-00230-70-8")
    '1-xxxx-xxxxx-xx-8'
    >>> mask("PHONE_NUMBER", "081-234-5678")
    'xxx-xxx-5678'
    """
    style = spec(entity_type).mask
    if style is MaskStyle.DIGITS_ENDS:
        return _mask_alnum(value, keep_first=1, keep_last=1)
    if style is MaskStyle.DIGITS_LAST4:
        return _mask_alnum(value, keep_first=0, keep_last=4)
    if style is MaskStyle.EMAIL:
        local, _, domain = value.partition("@")
        host, _, tld = domain.rpartition(".")
        return f"{local[:1]}***@{host[:1]}***.{tld}" if host else f"{local[:1]}***@***"
    if style is MaskStyle.INITIALS:
        words = [w for w in value.split() if w]
        return " ".join(w[0] + "." for w in words)[:_MAX_PREVIEW] or "*"
    return f"[{entity_type}]"


def _mask_alnum(value: str, keep_first: int, keep_last: int) -> str:
    """Replace letters and digits by ``x`` except the first/last few, keeping separators."""
    folded = fold_digits(value)
    positions = [i for i, ch in enumerate(folded) if ch.isalnum()]
    # Never reveal more than a third of the characters, whatever the style asks for.
    budget = len(positions) // 3
    keep_last = min(keep_last, budget)
    keep_first = min(keep_first, max(0, budget - keep_last))
    shown = set(positions[:keep_first]) | set(positions[len(positions) - keep_last :] if keep_last else [])
    out = [ch if (i in shown or not ch.isalnum()) else "x" for i, ch in enumerate(folded)]
    return "".join(out)[:_MAX_PREVIEW]
