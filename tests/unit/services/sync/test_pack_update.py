"""`unpack --update`: a newer pack of the same station adds the organiser's new walk-ins and
revocations while everything the station recorded itself stays as it is."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from fairdesk.core.codes import Rejection
from fairdesk.errors import UserError
from fairdesk.services.badges.issue import badge_code
from fairdesk.services.badges.service import BadgeService
from fairdesk.services.booth.interviews import InterviewService
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.desk.registration import RegistrationService, WalkInForm
from fairdesk.services.fairs import current_fair, local_station
from fairdesk.services.sync.packs import make_pack, unpack
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee, Badge, Interview, InterviewNote
from tests.unit.services.sync import test_packs
from tests.unit.services.sync.test_packs import (
    PASSPHRASE,
    Organiser,
    roster_code,
    station_db,
)

organiser_template = test_packs.organiser_template  # the shared fixtures
organiser = test_packs.organiser

WALK_IN = WalkInForm(name="韩梅梅", university="北京大学", student_no="1900012345",
                     phone="13700001234")  # fmt: skip


def code_of(engine: object, serial: int) -> str:
    with read_session(engine) as s:  # type: ignore[arg-type]
        badge = s.exec(select(Badge).where(Badge.serial == serial)).one()
        return badge_code(current_fair(s), badge)


def local_entries(db: Path, station_hex: str) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute("SELECT count(*) FROM change_log WHERE station_id = ?",
                               (station_hex,)).fetchone()[0])  # fmt: skip
    finally:
        con.close()


def test_update_brings_walk_ins_and_revocations_and_keeps_the_desks_own_work(
    organiser: Organiser, tmp_path: Path
) -> None:
    org = organiser.engine
    first = make_pack(org, role="desk", name="东门", out=tmp_path / "1.pack", passphrase=PASSPHRASE)
    db = tmp_path / "desk.sqlite3"
    desk = station_db(db)
    unpack(desk, tmp_path / "1.pack", PASSPHRASE)
    _, seen_code = roster_code(org, 0)
    revoked_id, revoked_code = roster_code(org, 1)
    reissued_id, _ = roster_code(org, 2)
    assert CheckInService(desk).by_code(seen_code).outcome == "ok"  # the desk's own check-in
    BadgeService(desk).reissue(reissued_id)  # the desk's own change to a packed row
    own_before = local_entries(db, first.station_id.hex)

    walk_in = RegistrationService(org).register(WALK_IN)  # at the organiser (another desk)
    BadgeService(org).revoke(revoked_id)
    BadgeService(org).revoke(reissued_id)  # differs from what the desk did: the desk keeps its
    second = make_pack(org, role="desk", name="东门", out=tmp_path / "2.pack",
                       passphrase=PASSPHRASE)  # fmt: skip
    assert second.refreshed and second.station_id == first.station_id

    got = unpack(desk, tmp_path / "2.pack", PASSPHRASE, update=True)
    assert got.updated and got.station_id == first.station_id
    assert got.added == 3  # the walk-in, their badge, their check-in
    assert got.changed == 1  # the revoked badge (the desk's reissued one is its own)
    checkins = CheckInService(desk)
    assert checkins.by_code(revoked_code).reason == Rejection.REVOKED
    arrived = checkins.by_code(code_of(org, walk_in.serial))
    assert arrived.outcome == "already" and arrived.attendee
    assert arrived.attendee.name == "韩梅梅"
    again = checkins.by_code(seen_code)
    assert again.outcome == "already" and again.first_station == "东门"
    with read_session(desk) as s:
        kept = s.exec(select(Badge).where(Badge.attendee_id == reissued_id)).one()
        assert (kept.reissue, kept.revoked) == (1, False)
        assert local_station(s).id == first.station_id
    # the refresh is logged under the organiser; the desk's own entries are only its own work
    assert local_entries(db, first.station_id.hex) == own_before + 2  # the two scans above

    assert unpack(desk, tmp_path / "2.pack", PASSPHRASE, update=True).added == 0  # idempotent
    with pytest.raises(UserError) as older:
        unpack(desk, tmp_path / "1.pack", PASSPHRASE, update=True)
    assert older.value.key == "unpack.older_pack"
    make_pack(org, role="desk", name="西门", out=tmp_path / "w.pack", passphrase=PASSPHRASE)
    with pytest.raises(UserError) as other:
        unpack(desk, tmp_path / "w.pack", PASSPHRASE, update=True)
    assert other.value.key == "unpack.other_station"
    empty = station_db(tmp_path / "empty.sqlite3")
    with pytest.raises(UserError) as nothing:
        unpack(empty, tmp_path / "2.pack", PASSPHRASE, update=True)
    assert nothing.value.key == "unpack.nothing_to_update"


def test_update_keeps_a_booths_interviews_and_brings_new_walk_ins(
    organiser: Organiser, tmp_path: Path
) -> None:
    org, company = organiser.engine, organiser.own
    make_pack(org, role="booth", company=company.name, out=tmp_path / "1.pack",
              passphrase=PASSPHRASE)  # fmt: skip
    booth = station_db(tmp_path / "booth.sqlite3")
    unpack(booth, tmp_path / "1.pack", PASSPHRASE)
    service = InterviewService(booth, company.id)
    _, code = roster_code(org, 0)
    card = service.scan(code, interviewer="张经理").interview
    assert card is not None
    service.set_rating(card.id, 4)
    service.add_note(card.id, "张经理", "很有潜力")
    walk_in = RegistrationService(org).register(WALK_IN)
    refreshed = make_pack(org, role="booth", company=company.name, name=company.name,
                          out=tmp_path / "2.pack", passphrase=PASSPHRASE)  # fmt: skip
    assert refreshed.refreshed

    got = unpack(booth, tmp_path / "2.pack", PASSPHRASE, update=True)
    assert got.added == 2  # the walk-in (display fields) and their badge; no check-ins here
    with read_session(booth) as s:
        kept = s.exec(select(Interview)).one()
        assert (kept.id, kept.rating, kept.interviewer) == (card.id, 4, "张经理")
        assert [n.text for n in s.exec(select(InterviewNote))] == ["很有潜力"]
        new = s.exec(select(Attendee).where(Attendee.name == "韩梅梅")).one()
        assert (new.phone, new.student_no, new.email) == (None, None, None)
    scanned = service.scan(code_of(org, walk_in.serial))
    assert scanned.status == "new" and scanned.interview and scanned.interview.student


def test_update_gives_way_to_the_desks_own_record_of_the_same_student(
    organiser: Organiser, tmp_path: Path
) -> None:
    """The organiser holds the same student (same university and 学号) as a walk-in this desk
    registered: the desk keeps its own record and the organiser's badge points at it."""
    org = organiser.engine
    make_pack(org, role="desk", name="东门", out=tmp_path / "1.pack", passphrase=PASSPHRASE)
    desk = station_db(tmp_path / "desk.sqlite3")
    unpack(desk, tmp_path / "1.pack", PASSPHRASE)
    mine = RegistrationService(desk).register(WALK_IN)
    theirs = RegistrationService(org).register(WALK_IN)
    make_pack(org, role="desk", name="东门", out=tmp_path / "2.pack", passphrase=PASSPHRASE)

    got = unpack(desk, tmp_path / "2.pack", PASSPHRASE, update=True)
    assert got.added == 2  # the organiser's badge and check-in, on the desk's own student
    with read_session(desk) as s:
        (student,) = s.exec(select(Attendee).where(Attendee.student_no == "1900012345")).all()
        assert student.id == mine.attendee.id
        badge = s.exec(select(Badge).where(Badge.serial == theirs.serial)).one()
        assert badge.attendee_id == mine.attendee.id
    assert CheckInService(desk).by_code(code_of(org, theirs.serial)).outcome == "already"


def test_the_same_students_record_from_another_laptop_joins_the_booths_own(
    organiser: Organiser, tmp_path: Path
) -> None:
    """The organiser holds another record of a student this booth met (another laptop of the
    company, merged): the booth keeps its one record, and the other's notes join it."""
    org, company = organiser.engine, organiser.own
    make_pack(org, role="booth", company=company.name, out=tmp_path / "1.pack",
              passphrase=PASSPHRASE)  # fmt: skip
    booth = station_db(tmp_path / "booth.sqlite3")
    unpack(booth, tmp_path / "1.pack", PASSPHRASE)
    _, code = roster_code(org, 0)
    mine = InterviewService(booth, company.id).scan(code).interview
    assert mine is not None
    elsewhere = InterviewService(org, company.id)
    theirs = elsewhere.scan(code).interview
    assert theirs is not None and theirs.id != mine.id
    elsewhere.add_note(theirs.id, "李经理", "另一台电脑的记录")
    make_pack(org, role="booth", company=company.name, name=company.name,
              out=tmp_path / "2.pack", passphrase=PASSPHRASE)  # fmt: skip

    unpack(booth, tmp_path / "2.pack", PASSPHRASE, update=True)
    with read_session(booth) as s:
        assert [i.id for i in s.exec(select(Interview))] == [mine.id]
        notes = s.exec(select(InterviewNote)).all()
        assert [(n.interview_id, n.text) for n in notes] == [(mine.id, "另一台电脑的记录")]


def test_update_removes_what_the_organiser_deleted_or_moved_but_never_the_desks_own(
    organiser: Organiser, tmp_path: Path
) -> None:
    from fairdesk.services.floorplan.booths import assign_booth, make_grid
    from fairdesk.store.engine import write_session
    from fairdesk.store.models import Booth, CheckIn
    from fairdesk.store.seam import changes

    org, company = organiser.engine, organiser.own
    make_grid(org, hall="一号馆", rows=1, cols=3, prefix="Q")
    assign_booth(org, company=company.name, booth="Q01")
    make_pack(org, role="booth", company=company.name, out=tmp_path / "b1.pack",
              passphrase=PASSPHRASE)  # fmt: skip
    make_pack(org, role="desk", name="东门", out=tmp_path / "d1.pack", passphrase=PASSPHRASE)
    booth = station_db(tmp_path / "booth.sqlite3")
    unpack(booth, tmp_path / "b1.pack", PASSPHRASE)
    desk = station_db(tmp_path / "desk.sqlite3")
    unpack(desk, tmp_path / "d1.pack", PASSPHRASE)
    (seen_id, seen_code), (unseen_id, _) = roster_code(org, 0), roster_code(org, 1)
    assert CheckInService(desk).by_code(seen_code).outcome == "ok"  # the desk's own check-in

    with write_session(org) as s:  # the organiser deletes both students, moves the booth
        log = changes(s)
        for person in (seen_id, unseen_id):
            for badge in s.exec(select(Badge).where(Badge.attendee_id == person)):
                log.delete(badge)
            log.delete(s.get(Attendee, person))
        old = s.exec(select(Booth).where(Booth.code == "Q01")).one()
        log.update(old, company_id=None)
        new = s.exec(select(Booth).where(Booth.code == "Q03")).one()
        log.update(new, company_id=company.id)
    make_pack(org, role="booth", company=company.name, name=company.name,
              out=tmp_path / "b2.pack", passphrase=PASSPHRASE)  # fmt: skip
    make_pack(org, role="desk", name="东门", out=tmp_path / "d2.pack", passphrase=PASSPHRASE)

    got = unpack(booth, tmp_path / "b2.pack", PASSPHRASE, update=True)
    assert got.removed >= 3  # Q01, and both students (display fields) with their badges
    with read_session(booth) as s:
        codes = {b.code for b in s.exec(select(Booth))}
        assert "Q03" in codes and "Q01" not in codes  # moved from Q01 (its other booth stays)
        assert s.get(Attendee, seen_id) is None and s.get(Attendee, unseen_id) is None
    unpack(desk, tmp_path / "d2.pack", PASSPHRASE, update=True)
    with read_session(desk) as s:
        assert s.get(Attendee, unseen_id) is None
        kept = s.get(Attendee, seen_id)  # its check-in here points at it: it stays
        assert kept is not None
        assert s.exec(select(CheckIn).where(CheckIn.attendee_id == seen_id)).one()
