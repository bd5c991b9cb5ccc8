"""Rows as bundles carry them (JSON: UUIDs and times as text) back into column values."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Table, Uuid
from sqlmodel import SQLModel

Decoder = Callable[[Any], Any]


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else _parsed_uuid(str(value))


@lru_cache(maxsize=1 << 17)
def _parsed_uuid(text: str) -> uuid.UUID:
    """Bundles repeat ids (the station's in every row, a student's in each of their changes)."""
    return uuid.UUID(text)


def _datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


@cache
def _decoders(table_name: str) -> dict[str, Decoder]:
    table = table_of(table_name)
    found: dict[str, Decoder] = {}
    for column in table.columns:
        kind = column.type
        kind = getattr(kind, "impl", kind)  # a TypeDecorator (aware UTC times): what it stores
        if isinstance(kind, Uuid):
            found[column.name] = _uuid
        elif isinstance(kind, DateTime):
            found[column.name] = _datetime
        elif isinstance(kind, Date):
            found[column.name] = _date
        elif isinstance(kind, Boolean):
            found[column.name] = bool
    return found


def table_of(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def decode(table_name: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """`values` of columns of `table_name` as the database takes them; unknown keys dropped."""
    decoders = _decoders(table_name)
    columns = table_of(table_name).columns
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in columns:
            continue
        decoder = decoders.get(name)
        out[name] = value if value is None or decoder is None else decoder(value)
    return out


def is_empty(value: Any) -> bool:
    return value is None or value == ""
