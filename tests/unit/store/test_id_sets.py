"""`existing_ids`: which of many ids are here — the same answer on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from fairdesk.store.engine import open_database
from fairdesk.store.id_sets import existing_ids
from fairdesk.store.models import Station
from tests.pg_schema import pg_schema_engine

STATIONS = Station.__table__  # type: ignore[attr-defined]
PG_URL = os.environ.get("FAIRDESK_TEST_PG_URL")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        made = open_database(tmp_path / "ids.sqlite3")
        yield made
        made.dispose()
        return
    if not PG_URL:
        pytest.skip("FAIRDESK_TEST_PG_URL not set")
    with pg_schema_engine(PG_URL) as made:
        yield made


def test_existing_ids_finds_exactly_those_here(engine: Engine) -> None:
    here = [uuid.uuid4() for _ in range(1200)]  # more than one bound IN list's worth
    company = uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(
            STATIONS.insert(),
            [
                {"id": u, "number": n, "name": f"s{n}", "role": "booth", "company_id": company}
                for n, u in enumerate(here)
            ],
        )
    absent = [uuid.uuid4() for _ in range(700)]
    asked = here[::2] + absent + here[:3]  # a repeated id is one answer
    with engine.connect() as conn:
        assert existing_ids(conn, STATIONS, asked) == set(here[::2]) | set(here[:3])
        assert existing_ids(conn, STATIONS, absent) == set()
        assert existing_ids(conn, STATIONS, []) == set()
        pointed_at = existing_ids(conn, STATIONS, [company, *absent[:3]], column="company_id")
        assert pointed_at == {company}  # 1,200 rows point at it: one answer
