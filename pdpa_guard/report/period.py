"""The reporting period: one calendar month in the organisation's time zone.

A PDPA audit month is a Thai calendar month: October runs from 1 October 00:00 to 1 November
00:00 Bangkok time (UTC+7), not UTC. Thailand has no daylight saving time, so a fixed offset is
exact and the database can bucket days with plain arithmetic on UTC timestamps (no time-zone
tables needed in SQLite). The store keeps UTC; only the report converts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

BANGKOK = timezone(timedelta(hours=7), "ICT")
_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


@dataclass(frozen=True, slots=True)
class Period:
    """A month ``[start, end)``, its bounds as UTC instants, days counted in ``tz``."""

    year: int
    month: int
    tz: timezone = BANGKOK

    @classmethod
    def parse(cls, text: str, tz: timezone = BANGKOK) -> Period:
        """``YYYY-MM`` -> Period; ValueError (with the expected form) otherwise."""
        m = _MONTH.fullmatch(text.strip())
        if not m:
            raise ValueError(f"{text!r} is not a month; write YYYY-MM, e.g. 2026-10")
        return cls(int(m.group(1)), int(m.group(2)), tz)

    @classmethod
    def last_full_month(cls, now: datetime | None = None, tz: timezone = BANGKOK) -> Period:
        """The most recent month that has ended, in ``tz`` (the default report month)."""
        local = (now or datetime.now(UTC)).astimezone(tz)
        year, month = (local.year, local.month - 1) if local.month > 1 else (local.year - 1, 12)
        return cls(year, month, tz)

    @property
    def label(self) -> str:
        """``YYYY-MM``."""
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def next_first_day(self) -> date:
        return date(self.year + self.month // 12, self.month % 12 + 1, 1)

    @property
    def start(self) -> datetime:
        """First instant of the month (UTC)."""
        return datetime.combine(self.first_day, datetime.min.time(), self.tz).astimezone(UTC)

    @property
    def end(self) -> datetime:
        """First instant after the month (UTC)."""
        return datetime.combine(self.next_first_day, datetime.min.time(), self.tz).astimezone(UTC)

    @property
    def offset_minutes(self) -> int:
        """Minutes ``tz`` is ahead of UTC (420 for Bangkok)."""
        delta = self.tz.utcoffset(None)
        return int(delta.total_seconds() // 60)

    @property
    def days(self) -> list[date]:
        """Every day of the month, in order."""
        n = (self.next_first_day - self.first_day).days
        return [self.first_day + timedelta(days=i) for i in range(n)]

    def previous(self) -> Period:
        """The month before."""
        year, month = (self.year, self.month - 1) if self.month > 1 else (self.year - 1, 12)
        return Period(year, month, self.tz)

    def local(self, when: datetime) -> datetime:
        """``when`` in the report's time zone."""
        return when.astimezone(self.tz)
