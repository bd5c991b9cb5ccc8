"""The offline work of the fair story (see test_fair_story.py), shared with the property test."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core.vocabulary import Outcome
from fairdesk.services.badges.issue import badge_code
from fairdesk.services.badges.service import BadgeService
from fairdesk.services.booth.interviews import InterviewService
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.desk.registration import RegistrationService, WalkInForm
from fairdesk.services.exports.attendance import export_attendees, export_checkins
from fairdesk.services.exports.interviews import export_interviews
from fairdesk.services.fairs import current_fair
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee, Badge
from tests.unit.services.sync.fair_kit import HUAWEI, TENCENT, bundle, code_of, company_id, station

T0 = datetime(2026, 4, 18, 1, 30, tzinfo=UTC)  # 09:30 in Beijing
WALK_IN = WalkInForm(name="王小明", university="华南理工大学", student_no="202130501234",
                     phone="13600001111", major="软件工程")  # fmt: skip


def work_offline(org: Engine, tmp: Path) -> tuple[list[Path], dict[str, str]]:
    desk1 = station(org, tmp / "d1", "desk", "签到台1")
    desk2 = station(org, tmp / "d2", "desk", "签到台2")
    hw1 = station(org, tmp / "hw1", "booth", "华为-1", HUAWEI)
    hw2 = station(org, tmp / "hw2", "booth", "华为-2", HUAWEI)
    tx = station(org, tmp / "tx", "booth", "腾讯", TENCENT)
    na, zxx, hyf = code_of(org, "2022110201"), code_of(org, "2022110202"), code_of(org, "7")
    lzq = code_of(org, "A2023-0045")

    d1, d2 = CheckInService(desk1), CheckInService(desk2)
    assert d1.by_code(na, at=T0 + timedelta(minutes=5)).outcome == "ok"
    assert d2.by_code(na, at=T0).outcome == "ok"  # earlier, at the other desk
    assert d1.by_code(na, at=T0 + timedelta(hours=2)).outcome == "already"
    undone = d2.by_code(zxx, at=T0 + timedelta(minutes=1))
    assert undone.checkin_id is not None
    d2.undo(undone.checkin_id)
    assert d1.by_code(zxx, at=T0 + timedelta(minutes=9)).outcome == "ok"
    walk1 = RegistrationService(desk1).register(WALK_IN)
    walk2 = RegistrationService(desk2).register(WALK_IN)  # the desks cannot see each other
    assert walk1.serial != walk2.serial
    reissued = BadgeService(desk1).reissue(attendee_id(desk1, "A2023-0045"))
    assert d1.by_code(reissued.code, at=T0 + timedelta(minutes=20)).outcome == "ok"

    b1 = InterviewService(hw1, company_id(hw1, HUAWEI))
    b2 = InterviewService(hw2, company_id(hw2, HUAWEI))
    first = b1.scan(na, interviewer="张工")
    assert first.interview is not None
    b1.set_rating(first.interview.id, 4)
    b1.add_note(first.interview.id, "张工", "会 Python")
    second = b2.scan(na, interviewer="李工")
    assert second.interview is not None
    b2.add_note(second.interview.id, "李工", "英语好")
    b2.set_rating(second.interview.id, 5)  # later than the 4: it wins
    b2.set_outcome(second.interview.id, Outcome.SECOND_ROUND.value)
    for booth, interview in ((b1, first.interview), (b2, second.interview)):
        booth.set_tags(interview.id, [booth.add_tag("沟通好")])  # one new tag, on both laptops
    walk_code = code_of_serial(desk2, walk2.serial)
    pending = b1.scan(walk_code, interviewer="张工")
    assert pending.interview is not None and pending.interview.pending_serial == walk2.serial
    b1.set_pending_name(pending.interview.id, "王小明")
    t = InterviewService(tx, company_id(tx, TENCENT))
    assert t.scan(hyf).interview is not None
    bundles = [bundle(e, tmp / "stick") for e in (desk1, desk2, hw1, hw2, tx)]
    return bundles, {"old_lzq": lzq, "new_lzq": reissued.code, "walk1": code_of_serial(
        desk1, walk1.serial), "walk2": walk_code}  # fmt: skip


def attendee_id(engine: Engine, student_no: str) -> uuid.UUID:
    with read_session(engine) as s:
        return s.exec(select(Attendee.id).where(Attendee.student_no == student_no)).one()


def code_of_serial(engine: Engine, serial: int) -> str:
    with read_session(engine) as s:
        badge = s.exec(select(Badge).where(Badge.serial == serial)).one()
        return badge_code(current_fair(s), badge)


def exports(engine: Engine, folder: Path) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    export_attendees(engine, folder / "a.csv", headers="en")
    export_checkins(engine, folder / "c.csv", headers="en")
    export_interviews(engine, folder / "i.csv", headers="en")
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
