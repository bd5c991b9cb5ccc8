"""The same models on PostgreSQL (the venue LAN hub), against a real server.

Runs when FAIRDESK_TEST_PG_URL is set (CI sets it) and then FAILS, not skips, if the server does
not answer. Each test works in its own schema, dropped afterwards.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from fairdesk.core.codes import make_code
from fairdesk.services.badges.issue import mint_badges
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.fairs import create_fair, ensure_local_station, fair_summary
from fairdesk.store.engine import open_url, read_session, write_session
from fairdesk.store.migrations import STEPS
from fairdesk.store.models import Attendee, ChangeLog, FieldClock
from fairdesk.store.seam import changes
from tests.pg_schema import pg_schema_engine

PG_URL = os.environ.get("FAIRDESK_TEST_PG_URL")
pytestmark = [
    pytest.mark.pg,
    pytest.mark.skipif(not PG_URL, reason="FAIRDESK_TEST_PG_URL not set"),
]


@pytest.fixture
def pg() -> Iterator[Engine]:
    assert PG_URL
    with pg_schema_engine(PG_URL) as engine:
        yield engine


def test_check_in_round_trip_on_postgresql(pg: Engine) -> None:
    with write_session(pg) as s:
        station = ensure_local_station(s, name="hub-desk", role="desk")
        fair = create_fair(s, station=station, name="LAN 双选会", code=222333, secret="cd" * 32)
        person = Attendee(
            station_id=station.id, fair_id=fair.id, name="赵孟𫖯", university="北京大学",
            student_no="0012345",
        )  # fmt: skip
        changes(s, station.id).add(person)
        (serial,) = mint_badges(s, [person.id], station)
    code = make_code(fair_code=222333, secret=bytes.fromhex("cd" * 32), serial=serial, reissue=0)
    service = CheckInService(pg)
    first = service.by_code(code)
    assert first.outcome == "ok" and first.attendee and first.attendee.name == "赵孟𫖯"
    assert service.by_code(code).outcome == "already"
    summary = fair_summary(pg)
    assert summary is not None and summary.checked_in == 1 and summary.attendees == 1


def test_change_log_migration_and_seam_on_postgresql(pg: Engine) -> None:
    with pg.begin() as conn:  # a hub made before the change log: the v3 step adds it
        conn.exec_driver_sql("DROP TABLE change_log")
        STEPS[2](conn)
        STEPS[2](conn)  # and is harmless when it is there
    test_check_in_round_trip_on_postgresql(pg)
    service = CheckInService(pg)
    with read_session(pg) as s:
        entries = list(s.exec(select(ChangeLog).order_by(col(ChangeLog.id))))
    tables = [e.table_name for e in entries]
    assert tables == ["station", "fair", "attendee", "badge", "checkin", "checkin"]
    assert {e.op for e in entries} == {"insert"}
    assert [e.seq for e in entries] == list(range(1, 7))
    assert {e.station_id for e in entries} == {service.station_id()}
    stamps = [e.hlc for e in entries]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_unreachable_hub_is_a_plain_error() -> None:
    from fairdesk.errors import DatabaseError

    with pytest.raises(DatabaseError) as caught:
        open_url("postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert caught.value.key == "store.hub_unreachable"


def test_an_update_sets_its_field_clocks_on_postgresql(pg: Engine) -> None:
    test_check_in_round_trip_on_postgresql(pg)
    with write_session(pg) as s:
        person = s.exec(select(Attendee)).one()
        writer = changes(s, person.station_id)
        writer.update(person, phone="13800000001")
        writer.update(person, phone="13800000002")  # the same clock, moved on
    with read_session(pg) as s:
        clocks = s.exec(select(FieldClock).where(FieldClock.row_id == person.id)).all()
        logged = s.exec(select(ChangeLog).where(ChangeLog.op == "update")).all()
    assert [(c.column, c.hlc) for c in clocks] == [("phone", max(e.hlc for e in logged))]
