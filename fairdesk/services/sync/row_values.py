"""Rows as packs and bundles carry them (JSON: UUIDs and times as text) back into column values."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Column, Date, DateTime, Index, Table, UniqueConstraint, Uuid
from sqlmodel import SQLModel

Decoder = Callable[[Any], Any]


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else _parsed_uuid(str(value))


@lru_cache(maxsize=1 << 17)
def _parsed_uuid(text: str) -> uuid.UUID:
    """Bundles and packs repeat ids (the station's in every row, a student's in each of their
    badge, check-ins and changes)."""
    return uuid.UUID(text)


def _datetime(value: Any) -> datetime:
    """ISO text (a bundle) or SQLite's stored text (a pack); a time without zone is UTC."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def column_decoder(column: Column[Any]) -> Decoder | None:
    """How a column's travelling text becomes its value again (None: JSON holds it as it is)."""
    kind = column.type
    kind = getattr(kind, "impl", kind)  # a TypeDecorator (aware UTC times): what it stores
    if isinstance(kind, Uuid):
        return _uuid
    if isinstance(kind, DateTime):
        return _datetime
    if isinstance(kind, Date):
        return _date
    return None


@cache
def _decoders(table_name: str) -> dict[str, Decoder | None]:
    """Every column of `table_name` by name, with its decoder (None: JSON holds it as it is)."""
    return {c.name: column_decoder(c) for c in table_of(table_name).columns}


def unique_keys(table: Table) -> list[tuple[str, ...]]:
    """The column sets of `table` no two rows may share (besides `id`)."""
    keys: list[tuple[str, ...]] = [(c.name,) for c in table.c if c.unique and not c.primary_key]
    for item in [*table.constraints, *table.indexes]:
        if isinstance(item, UniqueConstraint) or (isinstance(item, Index) and item.unique):
            keys.append(tuple(c.name for c in item.columns))
    return list(dict.fromkeys(k for k in keys if k != ("id",)))


def table_of(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def decode(
    table_name: str, values: Mapping[str, Any], *, skip: str | None = None
) -> dict[str, Any]:
    """`values` of columns of `table_name` as the database takes them; unknown keys dropped,
    and `skip` (a column the caller has already decoded, such as the row's id)."""
    decoders = _decoders(table_name)
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name == skip or name not in decoders:
            continue
        decoder = decoders[name]
        out[name] = value if value is None or decoder is None else decoder(value)
    return out


def is_empty(value: Any) -> bool:
    return value is None or value == ""
