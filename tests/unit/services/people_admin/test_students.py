"""The Students tool's service: search, edit by the import's rules, delete with undo."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.errors import UserError
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.desk.search import SearchService
from fairdesk.services.fairs import local_station
from fairdesk.services.people_admin.forms import FieldInvalid, StudentForm
from fairdesk.services.people_admin.students import StudentRow, StudentsService
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Attendee, Badge, BadgePrint, ChangeLog, Company, Interview
from fairdesk.store.seam import changes
from tests.unit.services.people_admin.conftest import add_companies, add_print


def names(service: StudentsService, query: str = "") -> list[str]:
    return [r.name for r in service.find(query).rows]


def row(service: StudentsService, query: str) -> StudentRow:
    (found,) = service.find(query).rows
    return found


def form_of(r: StudentRow, **changed: object) -> StudentForm:
    values = dict(
        name=r.name, university=r.university, student_no=r.student_no or "", school=r.school,
        major=r.major, degree=r.degree or "", grad_year=str(r.grad_year or ""),
        phone=r.phone or "", email=r.email or "", consent=r.consent,
    )  # fmt: skip
    values.update(changed)
    return StudentForm(**values)  # type: ignore[arg-type]


def log_of(engine: Engine, row_id: object) -> list[tuple[str, str, dict[str, object]]]:
    with read_session(engine) as s:
        entries = s.exec(
            select(ChangeLog).where(ChangeLog.row_id == row_id).order_by(ChangeLog.seq)
        )
        return [(e.table_name, e.op, json.loads(e.changes)) for e in entries]


def test_the_roster_in_pinyin_order_and_searched_like_the_desk(engine: Engine) -> None:
    service = StudentsService(engine)
    listed = service.find()
    assert [r.name for r in listed.rows] == ["李四", "曾小贤", "张三"]  # li, zeng, zhang
    assert listed.total == 3 and not listed.more
    assert names(service, "zs") == ["张三"]
    assert names(service, "zengxiaoxian") == ["曾小贤"]
    assert names(service, "曾") == ["曾小贤"]
    assert names(service, "2021010003") == ["李四"]
    assert set(names(service, "5678")) == {"曾小贤", "张三"}
    assert names(service, "nobody") == []
    shown = service.find(limit=2)
    assert len(shown.rows) == 2 and shown.more and shown.total == 3
    assert row(service, "zs").badges == 1 and not row(service, "zs").checked_in


def test_an_edit_changes_what_changed_and_bumps_updated_at(engine: Engine) -> None:
    service = StudentsService(engine)
    before = row(service, "zs")
    with read_session(engine) as s:
        stamp = s.get(Attendee, before.id).updated_at  # type: ignore[union-attr]
    after = service.edit(before.id, form_of(before, major="  软件工程 ", name="张叁"))
    assert after.major == "软件工程" and after.name == "张叁"
    with read_session(engine) as s:
        stored = s.get(Attendee, before.id)
        assert stored is not None and stored.updated_at > stamp
        assert stored.name_initials == "zs" and stored.name_pinyin == "zhangsan"
    (_, op, values) = log_of(engine, before.id)[-1]
    assert op == "update"
    assert set(values) == {"major", "name", "updated_at"}  # 张叁 reads zhangsan, zs too
    assert names(service, "张叁") == ["张叁"]
    same = service.edit(before.id, form_of(after))  # nothing changed: nothing logged
    assert same == after and len(log_of(engine, before.id)) == 2


@pytest.mark.parametrize(
    ("field", "changed"),
    [
        ("phone", {"phone": "12345"}),
        ("phone", {"phone": "0760-8888666"}),  # a landline: the import would drop it
        ("email", {"email": "bad@"}),
        ("degree", {"degree": "小学"}),
        ("grad_year", {"grad_year": "1850"}),
        ("name", {"name": "  "}),
        ("student_no", {"student_no": "", "phone": ""}),
        ("student_no", {"student_no": "2021010002"}),  # 张三's, same university
        ("phone", {"phone": "139 0000 5678"}),  # 张三's
    ],
)
def test_a_bad_value_is_refused_naming_the_field(
    engine: Engine, field: str, changed: dict[str, str]
) -> None:
    service = StudentsService(engine)
    zeng = row(service, "zxx")
    with pytest.raises(FieldInvalid) as caught:
        service.edit(zeng.id, form_of(zeng, **changed))
    assert caught.value.field == field
    assert caught.value.key == "people_admin.invalid"
    assert row(service, "zxx") == zeng


def test_delete_takes_the_badges_and_undo_puts_the_same_rows_back(engine: Engine) -> None:
    service = StudentsService(engine)
    zeng = row(service, "zxx")
    print_id = add_print(engine, zeng.id)
    with read_session(engine) as s:
        badge = s.exec(select(Badge).where(Badge.attendee_id == zeng.id)).one()
        stored = s.get(Attendee, zeng.id)
    token = service.delete(zeng.id)
    assert (token.what, token.label, token.count("badge"), token.count("badgeprint")) == (
        "attendee", "曾小贤", 1, 1
    )  # fmt: skip
    assert names(service) == ["李四", "张三"]
    assert SearchService(engine).search("zxx") == []
    with read_session(engine) as s:
        assert s.get(Badge, badge.id) is None and s.get(BadgePrint, print_id) is None
    for row_id, table in ((zeng.id, "attendee"), (badge.id, "badge"), (print_id, "badgeprint")):
        assert log_of(engine, row_id)[-1] == (table, "delete", {})

    back = service.undo(token)
    assert back.row_id == zeng.id and back.label == "曾小贤"
    assert row(service, "zxx") == zeng
    with read_session(engine) as s:
        assert s.get(Attendee, zeng.id) == stored
        assert s.get(Badge, badge.id) == badge
        assert s.get(BadgePrint, print_id) is not None
    assert log_of(engine, zeng.id)[-1][:2] == ("attendee", "insert")
    assert log_of(engine, print_id)[-1][:2] == ("badgeprint", "insert")
    with pytest.raises(UserError) as twice:
        service.undo(token)
    assert twice.value.key == "people_admin.already_restored"


def test_a_student_who_checked_in_or_was_interviewed_is_not_deleted(engine: Engine) -> None:
    service = StudentsService(engine)
    zeng, li = row(service, "zxx"), row(service, "ls")
    CheckInService(engine).by_attendee(zeng.id)
    with pytest.raises(UserError) as checked_in:
        service.delete(zeng.id)
    assert checked_in.value.key == "people_admin.student_checked_in"
    ids = add_companies(engine)
    with write_session(engine) as s:
        interview = Interview(station_id=local_station(s).id, company_id=ids["华为"],
                              attendee_id=li.id)  # fmt: skip
        changes(s).add(interview)
    with pytest.raises(UserError) as interviewed:
        service.delete(li.id)
    assert interviewed.value.key == "people_admin.student_interviewed"
    assert set(names(service)) == {"李四", "曾小贤", "张三"}
    with read_session(engine) as s:
        assert s.get(Company, ids["华为"]) is not None


def test_a_booth_scan_still_pending_on_its_badge_keeps_the_student(engine: Engine) -> None:
    service = StudentsService(engine)
    zhang = row(service, "zs")
    ids = add_companies(engine)
    with write_session(engine) as s:
        serial = s.exec(select(Badge.serial).where(Badge.attendee_id == zhang.id)).one()
        changes(s).add(Interview(station_id=local_station(s).id, company_id=ids["京东"],
                                 pending_serial=serial))  # fmt: skip
    with pytest.raises(UserError) as pending:
        service.delete(zhang.id)
    assert pending.value.key == "people_admin.student_interviewed"
