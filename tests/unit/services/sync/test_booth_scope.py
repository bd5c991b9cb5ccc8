"""A booth's bundle changes at the organiser only its own company's interviews, notes, visits
and tags — whatever the command line on the booth's file wrote (real files, real bundles)."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import col, select

from fairdesk.services.booth.interviews import InterviewService
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.fairs import local_station
from fairdesk.services.sync.merge import merge_bundles
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Attendee, Badge, CheckIn, Company, Interview, InterviewNote, Tag
from fairdesk.store.seam import changes
from tests.unit.services.sync.fair_kit import (
    HUAWEI,
    PASSPHRASE,
    TENCENT,
    bundle,
    code_of,
    company_id,
    organiser,
    station,
)


def test_a_tampered_booth_bundle_brings_back_its_interviews_only(tmp_path: Path) -> None:
    org = organiser(tmp_path / "org")
    booth = station(org, tmp_path / "booth", "booth", "华为展位", company=HUAWEI)
    service = InterviewService(booth, company_id(booth, HUAWEI))
    with read_session(org) as s:
        first, second = s.exec(select(Attendee).order_by(col(Attendee.student_no))).all()[:2]
    card = service.scan(code_of(org, first.student_no or "")).interview
    assert card is not None
    service.add_note(card.id, "张经理", "二面")
    service.add_tag("沟通好")
    tencent = company_id(org, TENCENT)
    with write_session(booth) as s:  # what the command line on the booth's file could write
        me = local_station(s).id
        log = changes(s, me)
        person, other = s.get(Attendee, first.id), s.get(Attendee, second.id)
        assert person is not None and other is not None
        log.update(person, name="改掉的名字")
        log.add(Company(id=tencent, station_id=me, fair_id=person.fair_id, name=TENCENT))
        log.add(Interview(station_id=me, company_id=tencent, attendee_id=first.id, rating=1))
        log.add(Tag(station_id=me, company_id=tencent, name="冒充"))
        for badge in s.exec(select(Badge).where(Badge.attendee_id == other.id)).all():
            log.delete(badge)
        log.delete(other)
    report = tmp_path / "report.txt"
    merged = merge_bundles(org, [bundle(booth, tmp_path / "out")], PASSPHRASE, report=report)
    assert merged.conflicts == 1
    text = report.read_text(encoding="utf-8")
    assert "refused" in text and "attendee update ×1" in text and "attendee delete ×1" in text
    assert "interview insert ×1" in text and "tag insert ×1" in text
    assert "company insert ×1" in text
    with read_session(org) as s:
        kept = s.get(Attendee, first.id)
        assert kept is not None and kept.name == first.name  # not renamed
        assert s.get(Attendee, second.id) is not None  # not deleted, nor its badge
        assert s.exec(select(Badge).where(Badge.attendee_id == second.id)).all()
        interviews = s.exec(select(Interview)).all()
        assert [(i.company_id, i.id) for i in interviews] == [(company_id(org, HUAWEI), card.id)]
        assert [n.text for n in s.exec(select(InterviewNote)).all()] == ["二面"]
        assert [t.name for t in s.exec(select(Tag).where(Tag.company_id == tencent))] == []
        assert "沟通好" in {t.name for t in s.exec(select(Tag)).all()}
    again = merge_bundles(org, [bundle(booth, tmp_path / "out2")], PASSPHRASE)
    assert again.new == 0 and again.conflicts == 0  # refused once, seen ever after


def test_a_desk_deleting_a_student_the_organiser_checked_in_keeps_the_student(
    tmp_path: Path,
) -> None:
    """The delete cannot hold (the organiser's check-in points at the student): it is reported
    and skipped, and the rest of the desk's bundle goes in."""
    org = organiser(tmp_path / "org")
    desk = station(org, tmp_path / "desk", "desk", "签到台1")
    with read_session(org) as s:
        first, second = s.exec(select(Attendee).order_by(col(Attendee.student_no))).all()[:2]
    assert CheckInService(org).by_code(code_of(org, first.student_no or "")).outcome == "ok"
    with write_session(desk) as s:  # the desk's file deletes a student the organiser checked in
        log = changes(s, local_station(s).id)
        for badge in s.exec(select(Badge).where(Badge.attendee_id == first.id)).all():
            log.delete(badge)
        person = s.get(Attendee, first.id)
        assert person is not None
        log.delete(person)
    assert CheckInService(desk).by_code(code_of(desk, second.student_no or "")).outcome == "ok"
    merged = merge_bundles(org, [bundle(desk, tmp_path / "out")], PASSPHRASE)
    assert merged.refused == 0 and merged.bundles == 1
    said = " ".join(str(line) for line in merged.report)
    assert f"attendee {first.id.hex[:8]}: not deleted" in said
    with read_session(org) as s:
        assert s.get(Attendee, first.id) is not None
        assert s.exec(select(CheckIn).where(CheckIn.attendee_id == second.id)).all()
        assert not s.exec(select(Badge).where(Badge.attendee_id == first.id)).all()  # those went
    again = merge_bundles(org, [bundle(desk, tmp_path / "out2")], PASSPHRASE)
    assert again.new == 0  # the same bundle again: nothing more
