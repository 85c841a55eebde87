"""Timestamps as logs write them: ISO 8601 strings, epoch seconds or milliseconds."""

from __future__ import annotations

from datetime import UTC, datetime

_EPOCH_MS_FLOOR = 100_000_000_000  # beyond this an epoch number is in milliseconds (after 1973)


def parse_timestamp(value: object) -> datetime | None:
    """A timezone-aware UTC datetime, or None when ``value`` is not a recognisable time."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > _EPOCH_MS_FLOOR else value
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str) and value:
        text = value.strip()
        if text.replace(".", "", 1).isdigit():
            return parse_timestamp(float(text))
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    return None
