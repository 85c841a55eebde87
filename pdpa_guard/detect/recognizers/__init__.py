"""The registry of pdpa-guard recognizers: one module per entity family.

``RECOGNIZER_CLASSES`` is the one list the engine assembles; a new recognizer is added here.
"""

from __future__ import annotations

from pdpa_guard.detect.recognizers.address import ThaiAddressRecognizer
from pdpa_guard.detect.recognizers.bank_account import ThaiBankAccountRecognizer
from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer
from pdpa_guard.detect.recognizers.credit_card import CardNumberRecognizer
from pdpa_guard.detect.recognizers.cued_numbers import MedicalRecordNumberRecognizer, StudentIdRecognizer
from pdpa_guard.detect.recognizers.date_of_birth import DateOfBirthRecognizer
from pdpa_guard.detect.recognizers.email import EmailAddressRecognizer
from pdpa_guard.detect.recognizers.ip_address import IpAddressRecognizer
from pdpa_guard.detect.recognizers.line_id import LineIdRecognizer
from pdpa_guard.detect.recognizers.passport import PassportRecognizer
from pdpa_guard.detect.recognizers.person import PersonRecognizer
from pdpa_guard.detect.recognizers.phone import ThaiPhoneRecognizer
from pdpa_guard.detect.recognizers.sensitive import SensitiveDataRecognizer
from pdpa_guard.detect.recognizers.th_national_id import ThaiNationalIdRecognizer
from pdpa_guard.detect.recognizers.vehicle_plate import VehiclePlateRecognizer

RECOGNIZER_CLASSES: tuple[type[ThaiRecognizer], ...] = (
    ThaiNationalIdRecognizer,
    ThaiPhoneRecognizer,
    EmailAddressRecognizer,
    CardNumberRecognizer,
    IpAddressRecognizer,
    ThaiBankAccountRecognizer,
    PassportRecognizer,
    StudentIdRecognizer,
    MedicalRecordNumberRecognizer,
    VehiclePlateRecognizer,
    LineIdRecognizer,
    # PERSON before s.26: the s.26 recognizer reads the names PERSON found (PersonRecognizer.found_in).
    PersonRecognizer,
    SensitiveDataRecognizer,
    ThaiAddressRecognizer,
    DateOfBirthRecognizer,
)

__all__ = ["RECOGNIZER_CLASSES", "Span", "ThaiRecognizer"]
