"""Offline IP address -> country, for destinations that no rule in destinations.yaml names.

The lookup runs on the proxy's hot path and on customer networks that allow no outbound call,
so it must be in-process, offline and fast. Two wheels were compared (November 2026, both
installed in the project's venv, measured on the same 21 addresses, 20,000 lookups):

==================  ===================================  =======================================
                    iptocc 3.3.170 (chosen)              geoip2fast 1.2.2
==================  ===================================  =======================================
licence             code MIT OR Apache-2.0; data: the    code MIT; data derived from MaxMind
                    five RIRs' public delegation files   GeoLite2, under MaxMind's own GeoLite2
                                                         EULA (attribution, keep data current)
data freshness      rebuilt nightly upstream; installed  "MAXMIND:GeoLite2-Country-...-20240618"
                    wheel built 2026-10-27               (about 2.5 years old)
IPv6                yes                                  yes (needs the -ipv6 data file)
lookup              ~0.13 us (Rust)                      ~2.2 us (pure Python bisect)
load time / memory  ~3 ms, +0.4 MiB RSS                  ~100 ms, +57 MiB RSS; runs `ps` twice
                                                         at start-up to report its own memory
network             none (strace: no socket calls); no   none at lookup (strace clean); ships
                    file I/O, data is in the extension   update helpers that download new data
==================  ===================================  =======================================

iptocc wins on licence clarity, freshness, speed and memory. Its one weakness is semantic: RIR
data gives the country a block is *registered* to, not where it is used, so a cloud address in
Singapore registered to a US company reads "US" (geoip2fast said "SG" for AWS/GCP/Azure Singapore
addresses). For this module that error is harmless: both answers are "not Thailand", hence
cross-border, and known cloud endpoints are named by host rules (with their region) before this
fallback is ever asked. The error that would matter -- a foreign address reported as Thai, which
would make an unlisted destination look domestic -- needs a Thai-registered block used abroad,
which is rare.

Private, loopback, link-local and unspecified addresses are "local" (the request stays in the
organisation's network). Anything the table does not know stays unknown (None); callers treat
unknown as cross-border.
"""

from __future__ import annotations

import ipaddress
import logging

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

log = logging.getLogger(__name__)

try:  # iptocc is a declared dependency; degrade to "unknown" (= cross-border, the strict side) if absent
    from iptocc import country_code as _country_code
except ImportError:  # pragma: no cover - only on a broken install
    _country_code = None
    log.warning("iptocc is not installed: unlisted destinations will have an unknown country")


def parse_ip(text: str | None) -> IPAddress | None:
    """``text`` as an IP address (brackets and IPv6 zone ids allowed), or None if it is not one."""
    if not text:
        return None
    text = text.strip().strip("[]").split("%", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped  # ::ffff:8.8.8.8 is 8.8.8.8 on the wire
    return address


def is_local_address(address: IPAddress) -> bool:
    """True when traffic to ``address`` stays inside the machine or the organisation's network.

    Private ranges as :mod:`ipaddress` defines them (RFC 1918, unique-local fc00::/7, the
    non-routable documentation ranges; not CGNAT 100.64.0.0/10, which is ISP space), loopback,
    link-local and the unspecified address (0.0.0.0 and :: reach the local host).
    """
    return address.is_private or address.is_loopback or address.is_link_local or address.is_unspecified


def country_of(address: IPAddress | str) -> str | None:
    """ISO 3166 alpha-2 country the address block is registered to, or None when unknown.

    Local addresses have no country (None); so do reserved, documentation and multicast ranges.
    """
    if isinstance(address, str):
        parsed = parse_ip(address)
        if parsed is None:
            return None
        address = parsed
    if _country_code is None or is_local_address(address):
        return None
    code = _country_code(str(address))
    return code.upper() if code else None
