"""A PostgreSQL engine in a schema of its own, dropped afterwards (tests of the LAN hub)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine

from fairdesk.store.engine import open_url


@contextmanager
def pg_schema_engine(url: str) -> Iterator[Engine]:
    schema = f"fd_test_{uuid.uuid4().hex[:12]}"
    engine = open_url(url, schema=schema)
    try:
        yield engine
    finally:
        engine.dispose()
        admin = create_engine(url)
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()
