"""The change log: every write of every service is in it, in order, and nothing else is.

The log is replayed (inserts, then updates in sequence) and compared with every row of every
synced table, so a write that bypasses the seam, or an in-place edit it did not record, fails.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import uuid
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlmodel import SQLModel

from fairdesk.core.hlc import HLC
from fairdesk.services.badges.service import BadgeService
from fairdesk.services.booth.interviews import InterviewService
from fairdesk.services.booth.pins import apply_plan, plan_missing_pins, set_pin
from fairdesk.services.demo import build_demo
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.desk.registration import RegistrationService, WalkInForm
from fairdesk.services.fairs import ensure_local_station
from fairdesk.services.importing import attendees as importing
from fairdesk.services.importing.attendees import import_attendees
from fairdesk.store.engine import open_database, read_session, write_session
from fairdesk.store.migrations import SCHEMA_VERSION
from fairdesk.store.models import Attendee, ChangeLog, Company, Station
from fairdesk.store.seam import AS_STORED, changes, synced_tables

Key = tuple[str, str]
HEADER = "姓名,学号,学校,学院,专业,学历,毕业年份,手机,邮箱"


def log_entries(engine: Engine) -> list[ChangeLog]:
    with read_session(engine) as s:
        return list(s.exec(select(ChangeLog).order_by(ChangeLog.id)).scalars())  # type: ignore[call-overload]


def _plain(value: Any) -> Any:
    """A stored or logged value in one comparable form (times naive UTC, ids as text)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and len(value) >= 19 and value[10:11] == "T":
        try:
            return datetime.fromisoformat(value).replace(tzinfo=None).isoformat()
        except ValueError:
            return value
    return value


def check_log_matches_tables(engine: Engine) -> list[ChangeLog]:
    """The log is well formed and replays to exactly the rows stored; returns it."""
    entries = log_entries(engine)
    by_station: dict[uuid.UUID, list[ChangeLog]] = defaultdict(list)
    for e in entries:
        by_station[e.station_id].append(e)
    for station, own in by_station.items():
        assert [e.seq for e in own] == list(range(1, len(own) + 1)), station
        stamps = [HLC.decode(e.hlc) for e in own]
        assert all(a < b for a, b in itertools.pairwise(stamps)), station
        assert {s.station for s in stamps} == {station.hex}
    overall = [e.hlc for e in entries]  # one station file: times rise in append order
    assert overall == sorted(overall) and len(set(overall)) == len(overall)

    replayed: dict[Key, dict[str, Any] | None] = {}
    for e in entries:
        key = (e.table_name, str(e.row_id))
        values = json.loads(e.changes)
        if e.op == "insert":
            assert key not in replayed, f"inserted twice: {key}"
            replayed[key] = None if e.changes == AS_STORED else values
        elif e.op == "update":
            assert key in replayed, f"update before insert: {key}"
            base = replayed[key]
            if base is not None:
                base.update(values)
        else:
            assert e.op == "delete"
            replayed.pop(key)
    stored: dict[Key, dict[str, Any]] = {}
    with read_session(engine) as s:
        for name in synced_tables():
            table = SQLModel.metadata.tables[name]
            for row in s.connection().execute(select(table)).mappings():
                stored[(name, str(row["id"]))] = dict(row)
    assert set(stored) == set(replayed), "rows written outside the seam, or logged but gone"
    for key, values in replayed.items():
        if values is None:  # bulk insert: the row holds the values
            continue
        row = stored[key]
        for column, value in values.items():
            assert _plain(row[column]) == _plain(value), (key, column)
    return entries


def roster(path: Path, *lines: str) -> Path:
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = open_database(tmp_path / "log.sqlite3", inline_backups=False)
    build_demo(engine, attendees=150)  # > LOG_VALUES_UP_TO: the bulk path is logged too
    return engine


def test_every_service_write_is_in_the_log(engine: Engine, tmp_path: Path) -> None:
    check_log_matches_tables(engine)
    before = len(log_entries(engine))

    # desk: an import with inserts and an update, check-ins, a re-entry, an undo
    path = roster(
        tmp_path / "r.csv",
        "单雪,2021010001,北京大学,信息学院,计算机,本科,2025,13900000001,a@example.com",
        "白展堂,2021010002,北京大学,信息学院,计算机,本科,2025,13900000002,",
    )
    assert import_attendees(engine, path).imported == 2
    again = roster(
        tmp_path / "r2.csv", "单雪,2021010001,北京大学,信息学院,软件工程,本科,2025,13900000001,"
    )
    assert import_attendees(engine, again).updated == 1
    with read_session(engine) as s:
        shan = s.exec(select(Attendee).where(Attendee.name == "单雪")).scalar_one()  # type: ignore[call-overload]
    desk = CheckInService(engine)
    first = desk.by_attendee(shan.id)
    again_in = desk.by_attendee(shan.id)
    assert (first.outcome, again_in.outcome) == ("ok", "already")
    assert first.checkin_id is not None
    desk.undo(first.checkin_id)

    # walk-in at a named desk (attendee and badge by this station, check-in by the desk)
    walk_in = RegistrationService(engine, station_name="东门").register(
        WalkInForm(name="吕秀才", university="清华大学", student_no="2020990001")
    )
    # badges: reissue, print log, revoke
    badges = BadgeService(engine)
    view = badges.reissue(walk_in.attendee.id)
    badges.record_prints([view], "90x54")
    badges.revoke(shan.id)

    # booth: a scan, edits and notes; PINs set and reset
    with read_session(engine) as s:
        company = s.exec(select(Company).order_by(Company.name)).scalars().first()  # type: ignore[call-overload]
    assert company is not None
    booth = InterviewService(engine, company.id)
    scanned = booth.scan(view.code, interviewer="佟湘玉")
    assert scanned.status == "new" and scanned.interview is not None
    record = scanned.interview.id
    assert booth.scan(view.code).status == "visit"
    booth.set_rating(record, 4)
    booth.add_tag("会日语")
    booth.set_tags(record, ["会日语"])
    booth.add_note(record, "佟湘玉", "基础扎实")
    booth.add_note(record, "佟湘玉", "可以复试")
    set_pin(engine, company.name, "135790")
    with write_session(engine) as s:  # the organiser clears one PIN; planning fills it again
        changes(s).update(s.get(Company, company.id), pin_hash=None)
    assert len(apply_plan(engine, plan_missing_pins(engine)).slips) == 1

    entries = check_log_matches_tables(engine)[before:]
    seen = {(e.table_name, e.op) for e in entries}
    assert {
        ("attendee", "insert"), ("attendee", "update"), ("badge", "insert"),
        ("badge", "update"), ("checkin", "insert"), ("checkin", "update"),
        ("badgeprint", "insert"), ("station", "insert"), ("interview", "insert"),
        ("interview", "update"), ("interviewvisit", "insert"), ("interviewnote", "insert"),
        ("tag", "insert"), ("company", "update"),
    } <= seen  # fmt: skip
    undo = [e for e in entries if (e.table_name, e.op) == ("checkin", "update")]
    assert [set(json.loads(e.changes)) for e in undo] == [{"undone_at"}]
    assert undo[0].row_id == first.checkin_id
    update = next(e for e in entries if (e.table_name, e.op) == ("attendee", "update"))
    assert json.loads(update.changes).keys() == {"major", "updated_at"}  # only what changed
    revoke = [json.loads(e.changes) for e in entries if (e.table_name, e.op) == ("badge", "update")]
    assert [c.get("reissue") for c in revoke] == [1, None]
    assert revoke[1]["revoked"] is True
    with read_session(engine) as s:
        stations = {st.id: st.name for st in s.exec(select(Station)).scalars()}  # type: ignore[call-overload]
    walk_in_rows = {e.table_name: stations[e.station_id] for e in entries if e.row_id in {
        walk_in.attendee.id, walk_in.checkin.checkin_id}}  # fmt: skip
    assert walk_in_rows == {"attendee": "organiser", "checkin": "东门"}
    notes = [e for e in entries if e.table_name == "interviewnote"]
    assert {stations[e.station_id] for e in notes} == {f"{company.name} 展位"}


def test_a_failed_write_leaves_neither_row_nor_log(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = log_entries(engine)

    def broken(*_args: object, **_kwargs: object) -> list[int]:
        raise RuntimeError("printer caught fire")  # after the attendees and their log rows

    monkeypatch.setattr(importing, "mint_badges", broken)
    path = roster(tmp_path / "r.csv", "单雪,2021010001,北京大学,信息学院,计算机,本科,2025,,")
    with pytest.raises(RuntimeError):
        import_attendees(engine, path)
    with pytest.raises(RuntimeError), write_session(engine) as s:
        changes(s).add(Station(number=99, name="半途"))
        raise RuntimeError("power cut")
    assert [e.id for e in log_entries(engine)] == [e.id for e in before]
    with read_session(engine) as s:
        names = set(s.exec(select(Attendee.name)).scalars())  # type: ignore[call-overload]
        assert "单雪" not in names
        assert s.exec(select(Station).where(Station.number == 99)).first() is None  # type: ignore[call-overload]
    check_log_matches_tables(engine)


def test_times_never_go_back_when_the_wall_clock_does(engine: Engine) -> None:
    with write_session(engine) as s:
        changes(s, clock=lambda: 0).add(Station(number=50, name="慢表"))
    with write_session(engine) as s:
        changes(s, clock=lambda: 0).add(Station(number=51, name="更慢"))
    last, previous = log_entries(engine)[-1], log_entries(engine)[-2]
    assert HLC.decode(last.hlc) > HLC.decode(previous.hlc)
    check_log_matches_tables(engine)


def test_a_v2_station_file_gains_the_change_log(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    open_database(path, inline_backups=False).dispose()
    with sqlite3.connect(path) as con:  # as FairDesk 0.x left it: schema 2, no change log
        con.execute("DROP TABLE change_log")
        con.execute("PRAGMA user_version=2")
    engine = open_database(path, inline_backups=False)
    with write_session(engine) as s:
        station = ensure_local_station(s)
    (entry,) = log_entries(engine)
    assert (entry.table_name, entry.row_id, entry.seq) == ("station", station.id, 1)
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
    assert list((tmp_path / "backups").glob(f"*before-v{SCHEMA_VERSION}*"))


COMPANY_HEADER = ",".join(
    (
        "单位名称,行业,城市,联系人,联系电话,邮箱",
        "统一社会信用代码,岗位,学历要求,专业要求,招聘人数,展位号",
    )
)


def test_company_import_is_in_the_log(engine: Engine, tmp_path: Path) -> None:
    from fairdesk.services.importing.companies import import_companies

    path = tmp_path / "c.csv"
    path.write_text(
        f"{COMPANY_HEADER}\n佟记客栈,餐饮,七侠镇,佟湘玉,13900000009,,,跑堂,本科,,2,Z01\n",
        encoding="utf-8",
    )
    before = len(log_entries(engine))
    assert import_companies(engine, path).imported == 1
    path.write_text(
        f"{COMPANY_HEADER}\n佟记客栈,餐饮,同福,佟湘玉,13900000009,,,跑堂,本科,,3,Z02\n",
        encoding="utf-8",
    )
    assert import_companies(engine, path).updated >= 1
    entries = check_log_matches_tables(engine)[before:]
    assert {(e.table_name, e.op) for e in entries} >= {
        ("company", "insert"), ("position", "insert"), ("booth", "insert"),
        ("company", "update"), ("position", "update"), ("booth", "update"),
    }  # fmt: skip
    company = next(e for e in entries if (e.table_name, e.op) == ("company", "update"))
    assert json.loads(company.changes).keys() == {"city", "updated_at"}
    position = next(e for e in entries if (e.table_name, e.op) == ("position", "update"))
    assert json.loads(position.changes) == {"headcount": 3}
