"""Stored times are UTC; people read local wall-clock time. One place converts."""

from __future__ import annotations

from datetime import UTC, datetime

EXPORT_FORMAT = "%Y-%m-%d %H:%M:%S"


def as_utc(value: datetime | None) -> datetime | None:
    """A stored time as aware UTC (raw SQLite reads hand back naive values of stored UTC)."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def local_text(value: datetime | None, fmt: str = EXPORT_FORMAT) -> str:
    """A stored time as local wall-clock text in `fmt`, or "" for none."""
    when = as_utc(value)
    return when.astimezone().strftime(fmt) if when else ""
