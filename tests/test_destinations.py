"""Destination matching: shipped endpoints, globs, host:port, cloud regions, first match wins, IP fallback."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, fields

import pytest

from pdpa_guard import geoip
from pdpa_guard.destinations import Destination, DestinationTable, load_destinations
from pdpa_guard.rules import RulesInvalid


@pytest.fixture(scope="module")
def table() -> DestinationTable:
    return load_destinations()  # the defaults shipped in the package


# host, port, ip -> name, country, region, destination_class
SHIPPED = [
    ("api.openai.com", 443, None, "openai", "US", "global", "cross_border"),
    ("API.OpenAI.com.", 443, None, "openai", "US", "global", "cross_border"),  # case, trailing dot
    ("us.api.openai.com", 443, None, "openai-us", "US", "us", "cross_border"),
    ("eu.api.openai.com", 443, None, "openai-eu", "EU", "eu", "cross_border"),
    ("jp.api.openai.com", 443, None, "openai-jp", "JP", "jp", "cross_border"),
    ("ca.api.openai.com", 443, None, "openai-regional-other", None, None, "cross_border"),
    ("myco.openai.azure.com", 443, None, "azure-openai", None, None, "cross_border"),
    ("myco.cognitiveservices.azure.com", 443, None, "azure-openai", None, None, "cross_border"),
    ("api.anthropic.com", 443, None, "anthropic", "US", None, "cross_border"),
    (
        "aws-external-anthropic.eu-central-1.api.aws",
        443,
        None,
        "anthropic-aws",
        "DE",
        "eu-central-1",
        "cross_border",
    ),
    ("generativelanguage.googleapis.com", 443, None, "gemini", "US", "global", "cross_border"),
    (
        "asia-southeast1-aiplatform.googleapis.com",
        443,
        None,
        "vertex-ai",
        "SG",
        "asia-southeast1",
        "cross_border",
    ),
    ("europe-west4-aiplatform.googleapis.com", 443, None, "vertex-ai", "NL", "europe-west4", "cross_border"),
    ("us-central1-aiplatform.googleapis.com", 443, None, "vertex-ai", "US", "us-central1", "cross_border"),
    ("mars-north9-aiplatform.googleapis.com", 443, None, "vertex-ai", None, "mars-north9", "cross_border"),
    ("aiplatform.googleapis.com", 443, None, "vertex-ai-global", "US", "global", "cross_border"),
    (
        "bedrock-runtime.ap-southeast-1.amazonaws.com",
        443,
        None,
        "aws-bedrock",
        "SG",
        "ap-southeast-1",
        "cross_border",
    ),
    (
        "bedrock-runtime.ap-southeast-7.amazonaws.com",
        443,
        None,
        "aws-bedrock",
        "TH",
        "ap-southeast-7",
        "domestic",
    ),
    (
        "bedrock-runtime.ap-northeast-1.amazonaws.com",
        443,
        None,
        "aws-bedrock",
        "JP",
        "ap-northeast-1",
        "cross_border",
    ),
    ("bedrock-runtime.eu-west-1.amazonaws.com", 443, None, "aws-bedrock", "IE", "eu-west-1", "cross_border"),
    (
        "bedrock-runtime.eu-central-1.amazonaws.com",
        443,
        None,
        "aws-bedrock",
        "DE",
        "eu-central-1",
        "cross_border",
    ),
    (
        "bedrock-runtime.us-east-9.amazonaws.com",
        443,
        None,
        "aws-bedrock",
        "US",
        "us-east-9",
        "cross_border",
    ),  # us-*
    (
        "bedrock-runtime-fips.us-west-2.amazonaws.com",
        443,
        None,
        "aws-bedrock",
        "US",
        "us-west-2",
        "cross_border",
    ),
    ("api.mistral.ai", 443, None, "mistral", "FR", "global", "cross_border"),
    ("api.eu.mistral.ai", 443, None, "mistral-eu", "EU", "eu", "cross_border"),
    ("api.cohere.com", 443, None, "cohere", "CA", None, "cross_border"),
    ("api.groq.com", 443, None, "groq", "US", None, "cross_border"),
    ("api.together.xyz", 443, None, "together", "US", None, "cross_border"),
    ("openrouter.ai", 443, None, "openrouter", "US", None, "cross_border"),
    ("api.deepseek.com", 443, None, "deepseek", "CN", None, "cross_border"),
    ("dashscope.aliyuncs.com", 443, None, "dashscope-cn", "CN", "cn-beijing", "cross_border"),
    ("dashscope-intl.aliyuncs.com", 443, None, "dashscope-intl", "SG", "ap-southeast-1", "cross_border"),
    ("dashscope-us.aliyuncs.com", 443, None, "dashscope-us", "US", "us-east-1", "cross_border"),
    (
        "cn-hongkong.dashscope.aliyuncs.com",
        443,
        None,
        "dashscope-regional",
        "HK",
        "cn-hongkong",
        "cross_border",
    ),
    (
        "ws-1a2b.ap-southeast-7.maas.aliyuncs.com",
        443,
        None,
        "dashscope-regional",
        "TH",
        "ap-southeast-7",
        "domestic",
    ),
    (
        "ws-1a2b.cn-shanghai.maas.aliyuncs.com",
        443,
        None,
        "dashscope-regional",
        "CN",
        "cn-shanghai",
        "cross_border",
    ),
    # local runtimes on their default ports
    ("localhost", 11434, None, "ollama", None, None, "local"),
    ("127.0.0.1", 8000, None, "vllm", None, None, "local"),
    ("::1", 8080, None, "llama-cpp", None, None, "local"),
    ("[::1]", 8080, None, "llama-cpp", None, None, "local"),
    ("[::1]:11434", None, None, "ollama", None, None, "local"),  # port written into the host
    ("localhost:1234", None, None, "lm-studio", None, None, "local"),
]


@pytest.mark.parametrize(("host", "port", "ip", "name", "country", "region", "klass"), SHIPPED)
def test_shipped_destinations(table, host, port, ip, name, country, region, klass):
    d = table.resolve(host, port, ip)
    assert (d.name, d.country, d.region, d.destination_class) == (name, country, region, klass)


def test_every_shipped_entry_has_no_transfer_basis_yet(table):
    assert {e.spec.transfer_basis for e in table.entries} == {"none"}
    assert not table.resolve("api.openai.com", 443).has_transfer_basis


# host, port, ip -> name, country, destination_class  (no entry names these hosts)
UNLISTED = [
    ("localhost", 5000, None, "local-network", None, "local"),  # RFC 6761 loopback name
    ("192.168.1.20", 8000, None, "local-network", None, "local"),  # private literal
    ("gpu-box.corp", 8000, "10.1.2.3", "local-network", None, "local"),  # private connected IP
    ("gpu-box.corp", 8000, "fe80::1", "local-network", None, "local"),  # link-local
    ("gpu-box.corp", 8000, "fd12:3456::1", "local-network", None, "local"),  # unique local
    ("llm.example", 443, "8.8.8.8", "unlisted", "US", "cross_border"),
    ("llm.example", 443, "2001:4860:4860::8888", "unlisted", "US", "cross_border"),
    ("llm.example", 443, "::ffff:8.8.8.8", "unlisted", "US", "cross_border"),  # IPv4-mapped
    ("llm.example", 443, "1.0.16.1", "unlisted", "JP", "cross_border"),
    ("llm.example.co.th", 443, "49.228.1.1", "unlisted", "TH", "domestic"),
    ("8.8.8.8", 443, "10.0.0.1", "unlisted", "US", "cross_border"),  # a literal host beats the IP
    ("llm.example", 443, None, "unlisted", None, "cross_border"),  # no IP: unknown = cross-border
    ("llm.example", 443, "not-an-ip", "unlisted", None, "cross_border"),
    ("a.b.openai.azure.com", 443, None, "unlisted", None, "cross_border"),  # * stays within one label
]


@pytest.mark.parametrize(("host", "port", "ip", "name", "country", "klass"), UNLISTED)
def test_unlisted_hosts_are_placed_by_ip(table, host, port, ip, name, country, klass):
    d = table.resolve(host, port, ip)
    assert (d.name, d.country, d.destination_class, d.transfer_basis) == (name, country, klass, "none")


def _table(*entries: dict, regions: dict | None = None) -> DestinationTable:
    return DestinationTable.from_data({"regions": regions or {}, "destinations": list(entries)})


SPECIFIC = {"name": "azure-sea", "hosts": ["myco.openai.azure.com"], "provider": "Azure", "country": "SG"}
GENERIC = {"name": "azure", "hosts": ["*.openai.azure.com"], "provider": "Azure", "country": None}


@pytest.mark.parametrize(
    ("entries", "host", "expected"),
    [
        ((SPECIFIC, GENERIC), "myco.openai.azure.com", "azure-sea"),
        ((SPECIFIC, GENERIC), "other.openai.azure.com", "azure"),
        ((GENERIC, SPECIFIC), "myco.openai.azure.com", "azure"),  # first match wins, even if less specific
    ],
)
def test_first_match_wins(entries, host, expected):
    assert _table(*entries).resolve(host, 443).name == expected


GLOBS = {"name": "g", "provider": "p", "country": "SG"}


@pytest.mark.parametrize(
    ("pattern", "host", "port", "matches"),
    [
        ("gpu.corp:8000", "gpu.corp", 8000, True),
        ("gpu.corp:8000", "gpu.corp", 443, False),  # a port in the pattern must match
        ("gpu.corp", "gpu.corp", 8443, True),  # no port in the pattern: any port
        ("*.corp", "gpu.corp", 443, True),
        ("*.corp", "a.gpu.corp", 443, False),
        ("**.corp", "a.gpu.corp", 443, True),
        ("gpu-?.corp", "gpu-7.corp", 443, True),
        ("gpu-?.corp", "gpu-17.corp", 443, False),
        ("10.0.0.*:8000", "10.0.0.9", 8000, True),
        ("[fd00::5]:8000", "fd00::5", 8000, True),
        ("api.example.com", "api.example.com.evil.net", 443, False),  # anchored at both ends
        ("api.example.com", "xapi.example.com", 443, False),
    ],
)
def test_host_globs(pattern, host, port, matches):
    d = _table({**GLOBS, "hosts": [pattern]}).resolve(host, port, "8.8.8.8")
    assert (d.name == "g") is matches


def test_region_table_can_be_extended_in_the_file():
    entry = {
        "name": "v",
        "hosts": ["{region}-aiplatform.googleapis.com"],
        "provider": "p",
        "region_table": "gcp",
    }
    plain = _table(entry)
    extended = _table(entry, regions={"gcp": {"asia-southeast3": "TH", "europe-west4": "BE"}})
    assert plain.resolve("asia-southeast3-aiplatform.googleapis.com").country is None
    assert extended.resolve("asia-southeast3-aiplatform.googleapis.com").destination_class == "domestic"
    assert extended.resolve("europe-west4-aiplatform.googleapis.com").country == "BE"  # overrides built-in


def test_transfer_basis_and_reroute_upstream():
    t = _table(
        {"name": "x", "hosts": ["api.x.test"], "provider": "p", "country": "SG"}
        | {"transfer_basis": "contract", "basis_ref": "DPA-2026-014"},
        {"name": "gpu", "hosts": ["*.corp:8000", "gpu.corp:8000"], "provider": "vLLM", "local": True},
    )
    d = t.resolve("api.x.test", 443)
    assert (d.has_transfer_basis, d.basis_ref, d.destination_class) == (True, "DPA-2026-014", "cross_border")
    assert t.get("gpu").upstream == ("gpu.corp", 8000)  # first concrete host:port, globs skipped
    assert t.local_names == ("gpu",)


def test_reroute_scheme_defaults_by_port_and_can_be_set():
    t = _table(
        {"name": "ollama", "hosts": ["localhost:11434"], "provider": "Ollama", "local": True},
        {"name": "gateway", "hosts": ["llm.corp.test:443"], "provider": "vLLM behind nginx", "local": True},
        {"name": "gpu", "hosts": ["gpu.corp.test:8443"], "provider": "vLLM", "local": True, "scheme": "https"},
    )
    assert [t.get(n).upstream_scheme for n in ("ollama", "gateway", "gpu")] == ["http", "https", "https"]


def test_scheme_on_a_foreign_api_or_an_unknown_scheme_is_refused():
    with pytest.raises(RulesInvalid) as exc:
        _table({"name": "x", "hosts": ["api.x.test"], "provider": "p", "country": "US", "scheme": "https"})
    assert "scheme is set on 'x', which is not local" in str(exc.value)
    with pytest.raises(RulesInvalid) as exc:
        _table({"name": "gpu", "hosts": ["gpu.corp.test:8000"], "provider": "vLLM", "local": True, "scheme": "grpc"})
    assert "'grpc' is not allowed" in str(exc.value) and "http, https" in str(exc.value)


def test_destination_is_a_frozen_dataclass_with_the_agreed_attributes():
    names = [f.name for f in fields(Destination)]
    assert names == [
        "name", "host", "port", "provider", "country", "region", "transfer_basis", "basis_ref", "local",
    ]  # fmt: skip
    d = Destination("n", "h", 1, "p", "TH", None, "none", None, False)
    assert d.destination_class == "domestic"
    with pytest.raises(FrozenInstanceError):
        d.country = "US"  # type: ignore[misc]


def test_invalid_table_raises_with_every_error():
    with pytest.raises(RulesInvalid) as exc:
        _table({"name": "a", "hosts": ["https://api.x.test/v1"], "provider": "p", "country": "Thailand"})
    assert len(exc.value.errors) == 2


@pytest.mark.parametrize(
    ("ip", "country", "local"),
    [
        ("8.8.8.8", "US", False),
        ("2001:4860:4860::8888", "US", False),
        ("127.0.0.1", None, True),
        ("::1", None, True),
        ("172.16.5.4", None, True),
        ("169.254.169.254", None, True),
        ("0.0.0.0", None, True),
    ],
)
def test_geoip_lookup_is_offline_and_knows_local_ranges(ip, country, local):
    address = geoip.parse_ip(ip)
    assert address is not None
    assert geoip.is_local_address(address) is local
    assert geoip.country_of(ip) == country
