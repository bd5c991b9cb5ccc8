"""Ordered schema migrations, recorded in `PRAGMA user_version`.

`STEPS[i]` takes a database from version i to i+1. Step 0 creates the schema from the models, so a
new file and a migrated one end up identical. Add a step; never edit a released one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import Connection
from sqlmodel import SQLModel

from fairdesk.store.models import (
    ChangeLog,
    FieldClock,
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


STEPS: list[Callable[[Connection], None]] = [
    _create_schema,
    _add_visits_and_tags,
    _add_change_log,
    _add_sync_tables,
]
SCHEMA_VERSION = len(STEPS)


def migrate(conn: Connection, from_version: int) -> None:
    """Run every step after `from_version` inside the caller's transaction."""
    for version in range(from_version, SCHEMA_VERSION):
        logger.info("migrating schema %d -> %d", version, version + 1)
        STEPS[version](conn)
    if from_version != SCHEMA_VERSION:
        conn.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
