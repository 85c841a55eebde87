"""Fixtures for the report tests: a findings store filled through the store's own API.

Every value is fabricated (checksums computed, documentation IP ranges, invented names). Records
are built with ``build_records`` exactly as the proxy and the scanner build them, so the report is
tested on what the store really holds: masked previews and keyed hashes, never the values, which
the no-leak test then looks for in the HTML.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from stdnum.th import pin

from pdpa_guard.detect.catalogue import CATALOGUE
from pdpa_guard.detect.finding import Finding
from pdpa_guard.exchange import Exchange, Source, TextSegment
from pdpa_guard.report.period import Period
from pdpa_guard.store import ExchangeRecord, Store, build_records

HMAC_KEY = b"report-test-hmac-secret-0123456789abcdef"
MONTH = Period.parse("2026-10")


def _national_id(body: str) -> str:
    digits = body + pin.calc_check_digit(body)
    return f"{digits[0]}-{digits[1:5]}-{digits[5:10]}-{digits[10:12]}-{digits[12]}"


# One fabricated value per entity type of the catalogue (the test asserts the list is complete).
VALUES: dict[str, str] = {
    "PERSON": "นางสาวมณีรัตน์ ทดลองสุข",
    "PHONE_NUMBER": "086-421-7395",
    "EMAIL_ADDRESS": "maneerat.tdl@example.co.th",
    "CREDIT_CARD": "4111 1111 1111 1111",
    "IP_ADDRESS": "203.0.113.77",
    "TH_NATIONAL_ID": _national_id("310170045678"),
    "TH_PASSPORT": "AB9187364",
    "TH_BANK_ACCOUNT": "917-3-84625-1",
    "TH_VEHICLE_PLATE": "7กท 4821 เชียงใหม่",
    "ADDRESS": "88/17 หมู่ 4 ถนนทดสอบสาย แขวงบางทดลอง เขตทดลอง กรุงเทพมหานคร 10299",
    "DATE_OF_BIRTH": "17 กรกฎาคม 2534",
    "STUDENT_ID": "6630471958",
    "MEDICAL_RECORD_NUMBER": "67-093518",
    "LINE_ID": "@maneerat.tdl",
    "TH_JURISTIC_ID": "0105567093518",
    "HEALTH_DATA": "ป่วยเป็นโรคไตเรื้อรังระยะสาม",
    "RELIGION": "นับถือศาสนาซิกข์",
    "ETHNICITY": "เชื้อสายกะเหรี่ยงโปว์",
    "POLITICAL_OPINION": "สมาชิกพรรคทดลองก้าวหน้า",
    "CRIMINAL_RECORD": "เคยต้องโทษจำคุกคดียักยอก",
    "SEXUAL_BEHAVIOUR": "มีคู่ชีวิตเพศเดียวกัน",
    "DISABILITY": "พิการทางการได้ยินระดับรุนแรง",
    "TRADE_UNION": "กรรมการสหภาพแรงงานทดลอง",
    "GENETIC_DATA": "ผลตรวจยีน BRCA2 กลายพันธุ์",
    "BIOMETRIC_DATA": "แม่แบบลายนิ้วมือขวาหมายเลข 7",
}
assert set(VALUES) == set(CATALOGUE), "a fixture value is missing for an entity type"


def needles() -> list[str]:
    """Every fabricated value and the forms a leak could take (digits only, lower-cased, no title)."""
    out: list[str] = []
    for value in VALUES.values():
        out += [value, value.lower(), "".join(ch for ch in value if ch.isdigit())]
    out += ["มณีรัตน์", "ทดลองสุข", "maneerat"]  # parts of the name and e-mail
    return [n for n in out if len(n) >= 5]


@dataclass(frozen=True)
class Dest:
    """A destination as the store wants it (``DestinationLike``)."""

    name: str
    host: str
    provider: str
    country: str | None
    transfer_basis: str = "none"
    basis_ref: str | None = None
    local: bool = False
    region: str | None = None
    port: int | None = 443


OPENAI = Dest("openai", "api.openai.com", "OpenAI", "US")
ANTHROPIC = Dest("anthropic", "api.anthropic.com", "Anthropic", "US", "contract", "DPA-2026-014")
DEEPSEEK = Dest("deepseek", "api.deepseek.com", "DeepSeek", "CN")
BEDROCK_TH = Dest("aws-bedrock", "bedrock-runtime.ap-southeast-7.amazonaws.com", "AWS Bedrock", "TH", region="ap-southeast-7")
OLLAMA = Dest("ollama", "localhost", "Ollama (self-hosted)", None, local=True, port=11434)
UNLISTED = Dest("unlisted", "llm.unknown-vendor.example", "unknown", None)


def record(
    when: datetime,
    dest: Dest,
    types: list[str],
    *,
    app: str | None = "hr-assistant",
    action: str = "pseudonymise",
    enforced: bool = True,
    source: Source = Source.PROXY,
    note: str | None = None,
    model: str = "gpt-4o-mini",
) -> ExchangeRecord:
    """One exchange whose prompt holds the fabricated value of each of ``types``."""
    text = "ช่วยสรุปข้อมูลนี้ให้หน่อย: "
    findings = []
    for t in types:
        start = len(text)
        text += VALUES[t]
        findings.append(Finding(t, start, start + len(VALUES[t]), 0.9, "fixture"))
        text += " ; "
    segment = TextSegment("$.messages[0].content", text)
    exchange = Exchange(
        host=dest.host,
        path="/v1/chat/completions",
        timestamp=when,
        app=app,
        provider_format="openai-chat",
        model=model,
        segments=[segment],
        request_bytes=len(text.encode()),
        source=source,
        source_ref="logs/gateway.jsonl:3" if source is Source.SCAN else "flow-1",
    )
    return build_records(
        exchange, dest, [(segment, f) for f in findings], action, "fixture-rule", enforced, note, key=HMAC_KEY
    )


def at(day: int, hour: int = 10) -> datetime:
    """A time in the fixture month (Bangkok local ``day`` and ``hour``)."""
    return datetime(2026, 10, day, hour, 0, tzinfo=MONTH.tz).astimezone(UTC)


ALL_TYPES = list(VALUES)
IDENTIFIER_TYPES = [t for t in ALL_TYPES if CATALOGUE[t].category.value == "identifier"]
SENSITIVE_TYPES = [t for t in ALL_TYPES if CATALOGUE[t].is_sensitive]


def month_records() -> list[ExchangeRecord]:
    """A month with every entity type, every destination class and every way data can leave."""
    recs = [
        # every type at once, to a US provider without a transfer basis, stopped by the proxy
        record(at(2), OPENAI, ALL_TYPES, action="block"),
        # identifiers pseudonymised on the way to the US
        *[record(at(d), OPENAI, ["PERSON", "PHONE_NUMBER"], app="crm-bot") for d in (3, 4, 5, 6, 7)],
        # s.26 data allowed to a provider WITH a transfer basis
        record(at(8), ANTHROPIC, ["HEALTH_DATA", "PERSON"], app="clinic-notes", action="pseudonymise"),
        # left unprotected to CN: allowed by policy, failed open, and seen only in a scanned log
        record(at(9), DEEPSEEK, ["EMAIL_ADDRESS", "PERSON"], app="shop-chat", action="allow", model="deepseek-chat"),
        record(at(10), DEEPSEEK, ["TH_NATIONAL_ID"], app="shop-chat", action="allow",
               note="failed open: detector error", model="deepseek-chat"),
        record(at(11), OPENAI, ["RELIGION", "PERSON"], app="hr-assistant", action="would_block", enforced=False,
               source=Source.SCAN),
        record(at(12), UNLISTED, ["LINE_ID"], app=None, action="allow", model="mystery-1"),
        # domestic and local: allowed and recorded
        record(at(13), BEDROCK_TH, ["TH_NATIONAL_ID", "HEALTH_DATA"], app="clinic-notes", action="allow",
               model="anthropic.claude-sonnet-4-5-20250929-v1:0"),
        record(at(14), OLLAMA, ["HEALTH_DATA"], app="clinic-notes", action="allow", model="typhoon2-8b"),
        # business data only, and no findings at all
        record(at(15), OPENAI, ["TH_JURISTIC_ID"], app="finance", action="allow"),
        *[record(at(16, h), OPENAI, [], app="dev-tools", action="allow") for h in range(8, 14)],
    ]
    return recs


def previous_month_records() -> list[ExchangeRecord]:
    return [record(datetime(2026, 9, 20, 3, tzinfo=UTC), OPENAI, ["PERSON"], app="crm-bot")]


def fill(url: str, records: list[ExchangeRecord]) -> Store:
    store = Store(url)
    store.write(records)
    return store


def day_after_month() -> datetime:
    return MONTH.end + timedelta(days=1)
