"""IP_ADDRESS: IPv4/IPv6 validated by ``ipaddress``; versions, OIDs, masks are not addresses."""

from __future__ import annotations

import pytest

from pdpa_guard.detect.recognizers.ip_address import IpAddressRecognizer

REC = IpAddressRecognizer()


def ips(text: str) -> list[str]:
    return [text[s.start : s.end] for s in REC.find(text) if s.score >= 0.5]


def score(text: str) -> float:
    return next(iter(REC.find(text))).score


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("client ip 203.0.113.45 login failed", "203.0.113.45"),
        ("ip=8.8.8.8,", "8.8.8.8"),
        ("เครื่อง IP 10.1.2.3 ค่ะ", "10.1.2.3"),
        ("client 10.0.0.1:51234 reset the connection", "10.0.0.1"),  # a client's ephemeral port
        ("X-Forwarded-For: 198.51.100.7", "198.51.100.7"),
        ("from 2001:db8::1 via", "2001:db8::1"),
        ("[2001:db8:0:0:1:0:0:1]:443", "2001:db8:0:0:1:0:0:1"),
        ("fe80::1%eth0", "fe80::1"),
        ("mapped ::ffff:192.0.2.128 here", "::ffff:192.0.2.128"),
        ("2001:0db8:85a3:0000:0000:8a2e:0370:7334.", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
    ],
)
def test_addresses_are_found(text: str, expected: str) -> None:
    assert ips(text) == [expected]


def test_private_and_loopback_addresses_are_reported_with_lower_scores() -> None:
    assert ips("127.0.0.1") == ["127.0.0.1"]
    assert ips("::1") == ["::1"]
    assert score("8.8.4.4") > score("192.168.1.20") > score("127.0.0.1") >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "v1.2.3.4",
        "version 1.2.3.4",
        "เวอร์ชัน 1.2.3.4",
        "pip install pkg==1.2.3.4",
        "1.2.3.4-beta",
        "OID 1.3.6.1.4.1.311",
        "0.0.0.0",
        "netmask 255.255.255.0",
        "255.255.255.255",
        "999.1.1.1",
        "01.02.03.04",
        "ราคา 1.290.000.00",
        "std::vector<int>",
        "เวลา 12:30:45",
        "MAC 00:1a:2b:3c:4d:5e",
        "dead::beef",
    ],
)
def test_look_alikes_are_not_addresses(text: str) -> None:
    assert ips(text) == []
