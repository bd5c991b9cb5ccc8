"""A deletion at the organiser beside the merge of station bundles (services.sync is the lead's;
this checks that the two get on): a desk's check-in of a student deleted meanwhile waits in the
ledger, and lands when the undo brings the student back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from fairdesk.errors import UserError
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.people_admin.companies import CompaniesService
from fairdesk.services.people_admin.students import StudentsService
from fairdesk.services.sync.merge import merge_bundles
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee, CheckIn, MergedEntry
from tests.unit.services.sync.fair_kit import PASSPHRASE, TENCENT, bundle, organiser, station


def test_a_check_in_of_a_deleted_student_waits_for_the_undo(tmp_path: Path) -> None:
    org = organiser(tmp_path / "org")
    desk = station(org, tmp_path / "desk", "desk", "东门签到台")
    with read_session(org) as s:
        zeng = s.exec(select(Attendee).where(Attendee.name == "曾小贤")).one()
    CheckInService(desk).by_attendee(zeng.id)  # the desk has not heard of the deletion
    students = StudentsService(org)
    token = students.delete(zeng.id)

    first = merge_bundles(org, [bundle(desk, tmp_path / "stick")], PASSPHRASE)
    assert first.bundles == 1 and first.refused == 0
    with read_session(org) as s:
        assert s.get(Attendee, zeng.id) is None
        assert s.exec(select(CheckIn).where(CheckIn.attendee_id == zeng.id)).all() == []
        waiting = s.exec(select(MergedEntry).where(MergedEntry.applied == False)).all()  # noqa: E712
        assert [e.table_name for e in waiting] == ["checkin"]

    students.undo(token)
    merge_bundles(org, [bundle(desk, tmp_path / "stick2")], PASSPHRASE)  # the next stick
    with read_session(org) as s:
        (arrival,) = s.exec(select(CheckIn).where(CheckIn.attendee_id == zeng.id)).all()
        assert arrival.kind == "arrival"
        assert s.exec(select(MergedEntry).where(MergedEntry.applied == False)).all() == []  # noqa: E712
    assert students.find("zxx").rows[0].checked_in


def test_a_company_with_a_booth_pack_stays_and_another_is_deleted(tmp_path: Path) -> None:
    org = organiser(tmp_path / "org")
    station(org, tmp_path / "booth", "booth", "腾讯展位", company=TENCENT)
    companies = CompaniesService(org)
    tencent, huawei = (next(r for r in companies.find(n)) for n in ("腾讯", "华为"))
    with pytest.raises(UserError) as refused:
        companies.delete(tencent.id)
    assert refused.value.key == "people_admin.company_has_station"
    token = companies.delete(huawei.id)
    assert [r.name for r in companies.find()] == [TENCENT]
    companies.undo(token)
    assert companies.company(huawei.id).booths == ("A01",)
