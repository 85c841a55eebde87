"""The entity catalogue: every entity type pdpa-guard knows, and what the PDPA makes of it.

Names are a contract (DESIGN.md): tests, CLI output, the store and the reports all use them.
Everything downstream (policy, masking, reports) asks this module instead of keeping its own
lists, so adding an entity type is one entry here plus its recognizer.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Category(StrEnum):
    """How the PDPA treats an entity type."""

    IDENTIFIER = "identifier"  # personal data (s.6): identifies a person directly or indirectly
    SENSITIVE = "sensitive"  # s.26 special categories: explicit consent, stricter transfers
    BUSINESS = "business"  # about a company, not a natural person: reported separately


class MaskStyle(StrEnum):
    """How a value is shown in a masked preview (never the value itself)."""

    DIGITS_ENDS = "digits_ends"  # keep first and last digit, format kept: 1-10xx-xxxxx-xx-8
    DIGITS_LAST4 = "digits_last4"  # cards, accounts, phones: xxxx-xxxx-xxxx-1234
    EMAIL = "email"  # s***@e***.com
    INITIALS = "initials"  # names: first letter of each word
    TYPE_ONLY = "type_only"  # free text (addresses, s.26 data): show only the type


@dataclass(frozen=True, slots=True)
class EntitySpec:
    """One entity type of the catalogue."""

    name: str
    category: Category
    mask: MaskStyle
    label_en: str
    label_th: str

    @property
    def is_sensitive(self) -> bool:
        """True for PDPA s.26 special-category data."""
        return self.category is Category.SENSITIVE

    @property
    def is_personal(self) -> bool:
        """True for any personal data (identifiers and s.26 data), False for business data."""
        return self.category is not Category.BUSINESS


_I, _S, _B = Category.IDENTIFIER, Category.SENSITIVE, Category.BUSINESS
_M = MaskStyle

_ENTRIES: tuple[EntitySpec, ...] = (
    EntitySpec("PERSON", _I, _M.INITIALS, "Person name", "ชื่อบุคคล"),
    EntitySpec("PHONE_NUMBER", _I, _M.DIGITS_LAST4, "Phone number", "หมายเลขโทรศัพท์"),
    EntitySpec("EMAIL_ADDRESS", _I, _M.EMAIL, "E-mail address", "อีเมล"),
    EntitySpec("CREDIT_CARD", _I, _M.DIGITS_LAST4, "Payment card number", "หมายเลขบัตรเครดิต"),
    EntitySpec("IP_ADDRESS", _I, _M.DIGITS_ENDS, "IP address", "หมายเลขไอพี"),
    EntitySpec("TH_NATIONAL_ID", _I, _M.DIGITS_ENDS, "Thai national ID number", "เลขประจำตัวประชาชน"),
    EntitySpec("TH_PASSPORT", _I, _M.DIGITS_ENDS, "Passport number", "เลขหนังสือเดินทาง"),
    EntitySpec("TH_BANK_ACCOUNT", _I, _M.DIGITS_LAST4, "Bank account number", "เลขบัญชีธนาคาร"),
    EntitySpec("TH_VEHICLE_PLATE", _I, _M.DIGITS_ENDS, "Vehicle registration plate", "ทะเบียนรถ"),
    EntitySpec("ADDRESS", _I, _M.TYPE_ONLY, "Postal address", "ที่อยู่"),
    EntitySpec("DATE_OF_BIRTH", _I, _M.TYPE_ONLY, "Date of birth", "วันเกิด"),
    EntitySpec("STUDENT_ID", _I, _M.DIGITS_ENDS, "Student ID", "รหัสนักศึกษา"),
    EntitySpec(
        "MEDICAL_RECORD_NUMBER", _I, _M.DIGITS_ENDS, "Medical record number (HN)", "เลขประจำตัวผู้ป่วย (HN)"
    ),
    EntitySpec("LINE_ID", _I, _M.INITIALS, "LINE ID", "ไลน์ไอดี"),
    EntitySpec("TH_JURISTIC_ID", _B, _M.DIGITS_ENDS, "Juristic person (company) ID", "เลขทะเบียนนิติบุคคล"),
    EntitySpec("HEALTH_DATA", _S, _M.TYPE_ONLY, "Health data", "ข้อมูลสุขภาพ"),
    EntitySpec("RELIGION", _S, _M.TYPE_ONLY, "Religion or belief", "ศาสนาหรือความเชื่อ"),
    EntitySpec("ETHNICITY", _S, _M.TYPE_ONLY, "Race or ethnicity", "เชื้อชาติ/เผ่าพันธุ์"),
    EntitySpec("POLITICAL_OPINION", _S, _M.TYPE_ONLY, "Political opinion", "ความคิดเห็นทางการเมือง"),
    EntitySpec("CRIMINAL_RECORD", _S, _M.TYPE_ONLY, "Criminal record", "ประวัติอาชญากรรม"),
    EntitySpec("SEXUAL_BEHAVIOUR", _S, _M.TYPE_ONLY, "Sexual behaviour", "พฤติกรรมทางเพศ"),
    EntitySpec("DISABILITY", _S, _M.TYPE_ONLY, "Disability", "ความพิการ"),
    EntitySpec("TRADE_UNION", _S, _M.TYPE_ONLY, "Trade union membership", "ข้อมูลสหภาพแรงงาน"),
    EntitySpec("GENETIC_DATA", _S, _M.TYPE_ONLY, "Genetic data", "ข้อมูลพันธุกรรม"),
    EntitySpec("BIOMETRIC_DATA", _S, _M.TYPE_ONLY, "Biometric data", "ข้อมูลชีวภาพ"),
)

CATALOGUE: dict[str, EntitySpec] = {spec.name: spec for spec in _ENTRIES}

ENTITY_TYPES: tuple[str, ...] = tuple(CATALOGUE)
SENSITIVE_TYPES: frozenset[str] = frozenset(s.name for s in _ENTRIES if s.category is _S)
IDENTIFIER_TYPES: frozenset[str] = frozenset(s.name for s in _ENTRIES if s.category is _I)
BUSINESS_TYPES: frozenset[str] = frozenset(s.name for s in _ENTRIES if s.category is _B)


def spec(entity_type: str) -> EntitySpec:
    """The catalogue entry of ``entity_type``; a KeyError names the unknown type."""
    try:
        return CATALOGUE[entity_type]
    except KeyError:
        raise KeyError(f"unknown entity type {entity_type!r}; known: {', '.join(ENTITY_TYPES)}") from None
