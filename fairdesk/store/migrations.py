"""Ordered schema migrations, recorded in `PRAGMA user_version`.

`STEPS[i]` takes a database from version i to i+1. Step 0 creates the schema from the models, so a
new file and a migrated one end up identical. Add a step; never edit a released one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import Connection, inspect
from sqlmodel import SQLModel

from fairdesk.store.models import (
    ChangeLog,
    CompanyArrival,
    FieldClock,
    FloorItem,
    LocalSetting,
    MergeAlias,
    MergedBundle,
    MergedEntry,
)

logger = logging.getLogger(__name__)


def _create_schema(conn: Connection) -> None:
    SQLModel.metadata.create_all(conn)


def _add_visits_and_tags(conn: Connection) -> None:
    """v2: InterviewVisit and Tag tables (create_all only adds what is missing)."""
    SQLModel.metadata.create_all(conn)


def _add_change_log(conn: Connection) -> None:
    """v3: the change log every write appends to (`store.seam`). Plain DDL, so the same step
    runs on a station's SQLite file and on the PostgreSQL hub."""
    ChangeLog.__table__.create(conn, checkfirst=True)  # type: ignore[attr-defined]


def _add_sync_tables(conn: Connection) -> None:
    """v4: the local tables of station packs, bundles and merges (`store.seam.LOCAL_TABLES`)."""
    for model in (LocalSetting, MergedBundle, MergedEntry, MergeAlias, FieldClock):
        model.__table__.create(conn, checkfirst=True)  # type: ignore[union-attr]


def _add_floor_plan_and_arrivals(conn: Connection) -> None:
    """v5: the organiser PIN, booth sizes and locks, aisles and labels, employer check-in.
    Plain DDL (SQLite and PostgreSQL alike); columns that exist already are left alone."""
    have = {
        table: {c["name"] for c in inspect(conn).get_columns(table)} for table in ("fair", "booth")
    }
    added = (
        ("fair", "organiser_pin_hash", "VARCHAR"),
        ("booth", "width", "FLOAT NOT NULL DEFAULT 1.0"),
        ("booth", "height", "FLOAT NOT NULL DEFAULT 1.0"),
        ("booth", "locked", "BOOLEAN NOT NULL DEFAULT FALSE"),
    )
    for table, column, kind in added:
        if column not in have[table]:
            conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    for model in (FloorItem, CompanyArrival):
        model.__table__.create(conn, checkfirst=True)  # type: ignore[union-attr]


STEPS: list[Callable[[Connection], None]] = [
    _create_schema,
    _add_visits_and_tags,
    _add_change_log,
    _add_sync_tables,
    _add_floor_plan_and_arrivals,
]
SCHEMA_VERSION = len(STEPS)


def migrate(conn: Connection, from_version: int) -> None:
    """Run every step after `from_version` inside the caller's transaction."""
    for version in range(from_version, SCHEMA_VERSION):
        logger.info("migrating schema %d -> %d", version, version + 1)
        STEPS[version](conn)
    if from_version != SCHEMA_VERSION:
        conn.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
