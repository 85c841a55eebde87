"""IP addresses (``IP_ADDRESS``): IPv4 and IPv6, validated with the standard ``ipaddress`` module.

Why private and loopback addresses are still reported: an IP address is personal data when
the organisation can link it to a person (PDPA s.6 follows the GDPR's reading of online
identifiers). A private address (``10.1.2.3``, ``192.168.1.20``) is exactly the kind the
organisation *can* link: its own DHCP leases, VPN logs and asset inventory map it to one
employee's laptop, and that employee is the data subject of the prompt being sent out.
Loopback (``127.0.0.1``, ``::1``) is reported too where it is a client's address, at the lowest
score that still passes the engine threshold: behind a local reverse proxy or a sidecar every
user's request arrives from loopback, so a log line's client address of 127.0.0.1 stands in for a
person as much as any other. Where nothing says it is a client (an IP cue, the first field of a
log line, "from ..."), loopback is a local service's address in a config or a doc
(``proxy_pass http://127.0.0.1:8080``) and is not reported. A network block written with its
prefix (``10.13.0.0/16``) is not reported either: it names no device; nor the host of a URL
(``http://10.0.0.5:8080/api``), which is the server a link points at, not whoever follows it; nor
a server's address written with its service port (``upstream 10.0.0.1:8080``, ``dst 43.229.93.26:443``)
or listed as a threat's infrastructure (an IOC list, a C2 panel), unless something says it is a
client's (``login from``, ``src=``). Whether such an address may leave is a
policy decision (rules/policy.yaml can allow it), not something the detector should hide from
the audit. Values that never name a device, unspecified (``0.0.0.0``, ``::``), multicast,
broadcast and netmasks (``255.255.255.0``), are skipped.

A dotted quad is also the shape of a four-part version number, so ``v1.2.3.4``,
``version 1.2.3.4``, ``เวอร์ชัน 10.0.19041.1``, ``==1.2.3.4`` and ``1.2.3.4-beta`` are not
addresses; neither is any part of a longer dotted number (an SNMP OID ``1.3.6.1.4.1.311``).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer

# The look-behind sits after the first digit: a pattern that starts with a literal class lets the
# regex engine skip ahead to the next digit instead of trying every position (3x faster).
_IPV4 = re.compile(r"\d(?<![\w.]\d)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w]|\.\d)", re.ASCII)
# Candidate IPv6: hex groups and colons (at least two colons), optionally ending in a dotted
# IPv4 tail; never inside a word or an identifier such as std::vector.
_IPV6 = re.compile(
    r"(?<![\w:.])(?=[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:]{2,39}(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?"
    r"(?![\w:]|\.\d)",
    re.ASCII,
)
_VERSION_BEFORE = re.compile(
    r"(?i:(?:version|ver\.?|rev\.?|release|build|firmware|fw|v)\s?:?\s?|(?:==|>=|<=|~=|!=|\^|~)\s?|@)\Z|เวอร์ชั่?น\s?:?\s?\Z"
)
_VERSION_AFTER = re.compile(r"-(?:[A-Za-z]|\d)|\.[A-Za-z]")
# Words of software releases a little before the number: "Firmware router อัปเดตจาก 2.10.4.1 เป็น
# 2.10.5.0", "upgraded from 4.2.0.1 to 4.3.0.0", "rollback ไป 1.0.2.3". A word naming software
# (firmware, version, build ...) counts within 60 characters; a verb of changing it (update,
# rollback, อัปเดต ...) only within 20, since "updated profile, logged in from 203.0.113.7" is
# ordinary log prose. With no IP cue between the word and the number, the dotted quad is a version.
_VERSION_WINDOW, _CHANGE_WINDOW = 60, 20
_VERSION_WORDS = re.compile(
    r"(?P<version>(?i:(?<![A-Za-z])(?:firmware|fw|version|ver|build|release[sd]?|changelog|bios|rom|sdk"
    r"|package|pkg)(?![A-Za-z]))|เวอร์ชั่?น|เฟิร์มแวร์|รุ่นซอฟต์แวร์)"
    r"|(?i:(?<![A-Za-z])(?:upgrad\w*|downgrad\w*|updat\w*|roll(?:ed)?[ -]?back|revert\w*|patch\w*)"
    r"(?![A-Za-z]))|อัปเดต|อัพเดต|อัพเดท|อัปเดท|อัปเกรด|อัพเกรด|ดาวน์เกรด|แพตช์|ย้อนกลับ"
)
# "from 4.2.0.1 to 4.3.0.0": the second of a pair takes the verdict of the first.
_PAIR_BEFORE = re.compile(r"(?<![\w.])(?P<prev>\d+(?:\.\d+){2,3})\s*(?:to|เป็น|ไปเป็น|ไป|->|→|=>)\s*\Z")
IP_CUE_RE = re.compile(
    r"(?i:(?<![A-Za-z])(?:ip(?:v[46])?|ip[ _]address|client(?:_ip)?|remote(?:_addr)?|src|source|host"
    r"|x-forwarded-for|x-real-ip)(?![A-Za-z]))|ไอพี"
)  # searched only in the short window before a valid address, so a regex is cheap enough


class IpAddressRecognizer(ThaiRecognizer):
    """IPv4 and IPv6 addresses that could point at a person's device."""

    ENTITIES = ("IP_ADDRESS",)
    NEEDS_DIGIT = True

    def find(self, text: str) -> Iterator[Span]:
        v6_spans: list[tuple[int, int]] = []
        if "::" in text or text.count(":") >= 7:
            for match in _IPV6.finditer(text):
                value = match.group()
                if not any(ch.isdigit() for ch in value):
                    continue  # "dead::beef", "a::b": words, not addresses
                span = self._judge(text, match.start(), match.end(), _v6(value))
                if span:
                    v6_spans.append((span.start, span.end))
                    yield span
        if text.count(".") >= 3:  # a dotted quad has three dots; str.count is cheaper than a scan
            for match in _IPV4.finditer(text):
                if any(s <= match.start() < e for s, e in v6_spans):
                    continue  # the IPv4 tail of ::ffff:192.0.2.128
                span = self._judge(text, match.start(), match.end(), _v4(match.group()))
                if span:
                    yield span

    @staticmethod
    def _judge(
        text: str, start: int, end: int, address: ipaddress.IPv4Address | ipaddress.IPv6Address | None
    ) -> Span | None:
        if address is None or _not_a_device(address):
            return None
        if _VERSION_BEFORE.search(text, max(0, start - 12), start) or _VERSION_AFTER.match(text, end):
            return None
        if text.startswith("://", start - 3):
            return None  # a URL's host (http://10.0.0.5:8080/api): the server a link points at
        if _after_version_word(text, start):
            return None
        if _network_config(text, start, end, address) or _network_block(text, end, address):
            return None
        if _server_of_a_threat(text, start, end):
            return None
        cue = IP_CUE_RE.search(text, max(0, start - 30), start) is not None
        if address.is_loopback and not cue and not _client_position(text, start):
            return None  # a local service's address (proxy_pass http://127.0.0.1:8080), no one's
        if address.is_loopback:
            score = 0.8 if cue else 0.55
        elif address.is_private or address.is_link_local or address.is_reserved:
            score = 0.85 if cue else 0.7
        else:
            score = 0.95 if cue else 0.85
        return Span("IP_ADDRESS", start, end, score)


# An attacker's or a service's server, not anyone's device: an address with a service's port
# ("dst": "43.229.93.26:443", "C2 panel: 167.88.172.69:8443"), or one listed as a threat's
# infrastructure (an IOC list, a blocklist, an advisory's "Observed infrastructure: ..., (VPS)").
# Where something says the address is a client's ("login from", "src=", "client_ip"), it stays:
# an attacker who logs into a victim's account does so from a device someone can be traced by.
_SERVICE_PORTS = frozenset(
    {"21", "22", "25", "53", "80", "110", "143", "443", "465", "587", "993", "995", "3389", "8000", "8080", "8443", "8888"}
)
_PORT = re.compile(r":(\d{1,5})(?!\d)")
_THREAT_INFRA = re.compile(
    r"(?i:(?<![A-Za-z0-9])(?:c2|c&c|iocs?|indicators? of compromise|command[- ]and[- ]control|block ?list|black ?list"
    r"|deny ?list|sinkhole[sd]?|infrastructure|vps|bulletproof|hosting|malware|trojans?|botnet|apk_host"
    r"|phishing[ _](?:site|domain|host|server|page|kit)s?)(?![A-Za-z0-9]))"
)
_CLIENT_CUE_BEFORE = re.compile(
    r"(?i:(?<![A-Za-z])(?:from|by|src|source|client(?:_ip)?|remote(?:_addr)?|user|login|logged in)"
    r"[\s\"':=_-]*(?:ip(?: address)?)?[\s\"':=]*)\Z|จาก\s*(?:ไอพี|IP)?\s*\Z"
)
_THREAT_WINDOW = 120


def _server_of_a_threat(text: str, start: int, end: int) -> bool:
    """The address is a server's: see ``_THREAT_INFRA``."""
    port = _PORT.match(text, end) if text.startswith(":", end) else None
    service = port is not None and port.group(1) in _SERVICE_PORTS
    if not service:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        low, high = max(line_start, start - _THREAT_WINDOW), min(line_end, end + _THREAT_WINDOW)
        if _THREAT_INFRA.search(text, low, start) is None and _THREAT_INFRA.search(text, end, high) is None:
            return False
    return _CLIENT_CUE_BEFORE.search(text, max(0, start - 24), start) is None


def _after_version_word(text: str, start: int, depth: int = 0) -> bool:
    """A release word (firmware, อัปเดต, rollback ...) shortly before ``start``, with no IP cue
    (``ip``, ``host``, ``ไอพี`` ...) between it and the number; or the number ends a pair whose
    first member is such a version ("from 4.2.0.1 to 4.3.0.0")."""
    if depth < 2 and text.find(".", max(0, start - 30), start) >= 0:
        pair = _PAIR_BEFORE.search(text, max(0, start - 30), start)
        if pair is not None and _after_version_word(text, pair.start("prev"), depth + 1):
            return True
    for word in _VERSION_WORDS.finditer(text, max(0, start - _VERSION_WINDOW), start):
        # A software word counts in the whole window, a verb of change only in its last part.
        near = word.group("version") is not None or start - word.end() <= _CHANGE_WINDOW
        if near and IP_CUE_RE.search(text, word.end(), start) is None:
            return True
    return False


# Network configuration: an address that a key names as the network's own equipment
# ("gateway 10.0.0.1", "DNS: 8.8.8.8, 8.8.4.4", "subnet 192.168.1.0", "เกตเวย์ = 192.168.1.1"),
# or a router's factory address in text about the router ("เข้าหน้าตั้งค่าเราเตอร์ที่
# 192.168.1.1"). Those identify a box, not a person; a client's, a user's or a source address
# beside them is still reported. Only private addresses and the public resolvers: a "gateway"
# that is someone's home connection on the internet can point at that someone.
_INFRA_WORD = (
    r"(?i:(?<![A-Za-z])(?:default[ _-]?)?(?:gateway|gw|subnet|netmask|dns|nameservers?|name[ _-]?servers?"
    r"|router|dhcp(?:[ _-]?server)?|resolver|next[ _-]?hop)(?![A-Za-z]))|เกตเวย์|เราเตอร์|ดีเอ็นเอส"
)
# Between the key and the address: punctuation, "ip"/"address"/"is"/"คือ", other addresses of a list.
_INFRA_GAP = r"(?:[\s:=\"'(),\[\]/]|(?i:ip|address|addr|is|server|v4)(?![A-Za-z])|คือ|ที่|เป็น|ใช้|\d{1,3}(?:\.\d{1,3}){3})*"
_INFRA_KEY_BEFORE = re.compile(rf"(?:{_INFRA_WORD}){_INFRA_GAP}\Z")
_INFRA_NEAR = re.compile(_INFRA_WORD + r"|(?i:wi-?fi|modem|access point|admin panel|web ui)|โมเด็ม|ไวไฟ")
_PUBLIC_RESOLVERS = frozenset(
    {"8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112", "208.67.222.222", "208.67.220.220"}
)
_FACTORY_ADDRESSES = frozenset(
    {"192.168.0.1", "192.168.1.1", "192.168.1.254", "192.168.0.254", "192.168.100.1", "10.0.0.1", "10.0.0.138"}
)
_INFRA_WINDOW, _NEAR_WINDOW = 60, 80


def _network_config(
    text: str, start: int, end: int, address: ipaddress.IPv4Address | ipaddress.IPv6Address
) -> bool:
    """The address is the network's own (a gateway, a resolver, a subnet): see ``_INFRA_WORD``."""
    value = str(address)
    if not (address.is_private or value in _PUBLIC_RESOLVERS):
        return False
    if _INFRA_KEY_BEFORE.search(text, max(0, start - _INFRA_WINDOW), start):
        return True
    if value in _FACTORY_ADDRESSES and IP_CUE_RE.search(text, max(0, start - 30), start) is None:
        return _INFRA_NEAR.search(text, max(0, start - _NEAR_WINDOW), min(len(text), end + _NEAR_WINDOW)) is not None
    return False


# "10.13.0.0/16", "2001:db8::/32": the address of a network block (its host part all zeros),
# written with its prefix length in a subnet plan, an ACL or a firewall rule. A block names no
# device. An interface's own address with its prefix ("inet 10.8.0.23/24") is a device's and stays.
_PREFIX = re.compile(r"/(?P<bits>\d{1,3})(?!\d)")


def _network_block(text: str, end: int, address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """The address is followed by a prefix length and is the first address of that block."""
    if not text.startswith("/", end):
        return False
    match = _PREFIX.match(text, end)
    if match is None or int(match.group("bits")) >= address.max_prefixlen:
        return False
    host_bits = address.max_prefixlen - int(match.group("bits"))
    return int(address) & ((1 << host_bits) - 1) == 0


# Where a loopback address is a client's (see the module doc): the first field of a log line
# ("127.0.0.1 - - [12/Mar/2026 ..."), after "from"/"by" ("login from 127.0.0.1"), or after an IP
# cue (checked by the caller). Elsewhere it is a local service's address in a config or a doc.
_CLIENT_BEFORE = re.compile(r"(?i:(?<![A-Za-z])(?:from|by|จาก)\s*:?\s*)\Z")


def _client_position(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip(" \t[\"'"):
        return True
    return _CLIENT_BEFORE.search(text, max(0, start - 12), start) is not None


def _v4(value: str) -> ipaddress.IPv4Address | None:
    try:
        return ipaddress.IPv4Address(value)  # rejects octets > 255 and leading zeros
    except ValueError:
        return None


def _v6(value: str) -> ipaddress.IPv6Address | None:
    try:
        return ipaddress.IPv6Address(value)
    except ValueError:
        return None


def _not_a_device(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Values that identify no device: unspecified, multicast, broadcast, netmasks."""
    if address.is_unspecified or address.is_multicast:
        return True
    if isinstance(address, ipaddress.IPv4Address):
        value = int(address)
        inverted = ~value & 0xFFFFFFFF
        is_netmask = value >> 24 == 0xFF and (inverted & (inverted + 1)) == 0
        return is_netmask  # includes the broadcast 255.255.255.255
    return False
