"""Check-in service: arrival, re-entry, rejections with their reasons, undo, durability."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlmodel import select

from fairdesk.core.codes import Rejection, make_code
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.store.engine import write_session
from fairdesk.store.models import Badge
from tests.factories import FAIR_CODE, SECRET, add_person, new_store


def test_first_is_arrival_then_reentries_point_at_it(tmp_path: Path) -> None:
    engine = new_store(tmp_path / "s.sqlite3")
    p = add_person(engine)
    service = CheckInService(engine)
    first = service.by_code(p.code)
    assert first.outcome == "ok" and first.attendee and first.attendee.name == "曾小贤"
    again = CheckInService(engine, station_name="desk-2").by_code(p.code)
    assert again.outcome == "already"
    assert again.first_station == "desk-1" and again.first_at is not None
    con = sqlite3.connect(tmp_path / "s.sqlite3")
    rows = con.execute("SELECT id, kind, arrival_id FROM checkin ORDER BY at").fetchall()
    assert [r[1] for r in rows] == ["arrival", "reentry"]
    assert rows[1][2] == rows[0][0]


def test_rejections(tmp_path: Path) -> None:
    engine = new_store(tmp_path / "s.sqlite3")
    p = add_person(engine)
    service = CheckInService(engine)
    forged = p.code[:-1] + str((int(p.code[-1]) + 1) % 10)
    assert service.by_code(forged).reason == Rejection.FORGED
    other = make_code(fair_code=FAIR_CODE + 1, secret=bytes.fromhex(SECRET), serial=1, reissue=0)
    assert service.by_code(other).reason == Rejection.OTHER_FAIR
    unknown = make_code(fair_code=FAIR_CODE, secret=bytes.fromhex(SECRET), serial=9, reissue=0)
    assert service.by_code(unknown).reason == Rejection.UNKNOWN
    assert service.by_code("garbage").reason == Rejection.MALFORMED
    with write_session(engine) as s:
        badge = s.exec(select(Badge).where(Badge.serial == p.serial)).one()
        badge.reissue = 1
        s.add(badge)
    revoked = service.by_code(p.code)
    assert revoked.outcome == "rejected" and revoked.reason == Rejection.REVOKED
    new_code = make_code(
        fair_code=FAIR_CODE, secret=bytes.fromhex(SECRET), serial=p.serial, reissue=1
    )
    assert service.by_code(new_code).outcome == "ok"


def test_undo_makes_the_next_scan_the_arrival(tmp_path: Path) -> None:
    engine = new_store(tmp_path / "s.sqlite3")
    p = add_person(engine)
    service = CheckInService(engine)
    first = service.by_code(p.code)
    assert first.checkin_id is not None
    service.undo(first.checkin_id)
    assert service.by_code(p.code).outcome == "ok"
    con = sqlite3.connect(tmp_path / "s.sqlite3")
    undone = con.execute("SELECT count(*) FROM checkin WHERE undone_at IS NOT NULL").fetchone()
    assert undone[0] == 1


def test_student_number_lookup_keeps_leading_zeros(tmp_path: Path) -> None:
    engine = new_store(tmp_path / "s.sqlite3")
    p = add_person(engine, "张三", student_no="0012345")
    service = CheckInService(engine)
    assert [c.id for c in service.find_by_student_no("００１２３４５")] == [p.id]
    assert service.find_by_student_no("12345") == []
    assert service.by_attendee(p.id, method="student_no").outcome == "ok"


def test_a_check_in_is_committed_before_it_returns(tmp_path: Path) -> None:
    engine = new_store(tmp_path / "s.sqlite3")
    p = add_person(engine)
    CheckInService(engine).by_code(p.code)
    # another connection (another process would see the same) reads it immediately
    con = sqlite3.connect(tmp_path / "s.sqlite3")
    assert con.execute("SELECT count(*) FROM checkin").fetchone()[0] == 1


def test_the_desk_rejects_a_scanned_code_with_extra_digits(tmp_path: Path) -> None:
    from fairdesk.ui.desk.scans import DeskProcessor, ScanItem  # no Qt in this module

    engine = new_store(tmp_path / "s.sqlite3")
    p = add_person(engine, student_no="2301")
    desk = DeskProcessor(CheckInService(engine))
    for longer in (p.code + "5", "\u3000" + p.code + "0" * 200):
        answer = desk.process(ScanItem(longer))
        assert answer.result is not None and answer.result.reason == Rejection.MALFORMED, longer
    spaced = desk.process(ScanItem(p.code + " " * 170 + "1"))  # not a code: looked up as a 学号
    assert spaced.result is None and spaced.matches == []
    assert desk.process(ScanItem(p.code)).result.outcome == "ok"  # type: ignore[union-attr]
