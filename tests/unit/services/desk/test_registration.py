"""Walk-ins: roster rules, duplicate detection, one transaction with badge and check-in."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core.messages import render
from fairdesk.errors import UserError
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.desk.registration import (
    RegistrationService,
    WalkInForm,
    WalkInInvalid,
    validate_walk_in,
)
from fairdesk.services.desk.search import SearchService
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee, Badge, CheckIn
from tests.factories import add_person, new_store


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = new_store(tmp_path / "desk.sqlite3")
    add_person(engine, "曾小贤", student_no="2021010001", phone="13712345678")
    return engine


FORM = WalkInForm(
    name="　单 雪　",
    university="北京航空航天大学",
    student_no="ＳＹ２１０１",
    school="材料学院",
    major="材料科学",
    degree="硕士研究生",
    grad_year="2026届",
    phone="+86 139-1234-0007",
    email="shan@Example.COM",
    consent=True,
)


def test_walk_in_is_created_with_badge_and_checked_in(engine: Engine) -> None:
    result = RegistrationService(engine, station_name="东门").register(FORM)
    assert result.attendee.name == "单雪"
    assert result.checkin.outcome == "ok"
    with read_session(engine) as s:
        a = s.exec(select(Attendee).where(Attendee.id == result.attendee.id)).one()
        assert (a.source, a.name_pinyin, a.name_initials) == ("walk-in", "shanxue", "sx")
        assert (a.student_no, a.degree, a.grad_year) == ("SY2101", "master", 2026)
        assert (a.phone, a.phone_tail, a.email, a.consent) == (
            "13912340007", "0007", "shan@example.com", True,
        )  # fmt: skip
        badge = s.exec(select(Badge).where(Badge.attendee_id == a.id)).one()
        assert badge.serial == result.serial
        (checkin,) = s.exec(select(CheckIn).where(CheckIn.attendee_id == a.id)).all()
        assert (checkin.method, checkin.kind) == ("walk-in", "arrival")
    assert [h.name for h in SearchService(engine).search("sx")] == ["单雪"]


def test_roster_rules_apply(engine: Engine) -> None:
    forms = {
        "email": WalkInForm(name="李四", university="北大", phone="13900000000",
                            email="not-an-email"),
        "student_no/phone": WalkInForm(name="李四", university="北大"),
        "name": WalkInForm(name=" ", university="北大", phone="13900000000"),
        "degree": WalkInForm(name="李四", university="北大", phone="13900000000", degree="小学"),
    }  # fmt: skip
    for field, form in forms.items():
        with pytest.raises(WalkInInvalid) as caught:
            validate_walk_in(form)
        assert (caught.value.key, caught.value.field) == ("walk_in.invalid", field)


def test_duplicates_by_student_no_or_phone_are_offered_not_created(engine: Engine) -> None:
    service = RegistrationService(engine)
    same_no = WalkInForm(name="曾小贤", university="北京师范大学", student_no="2021010001")
    same_phone = WalkInForm(name="曾小仙", university="别的大学", phone="137 1234 5678")
    other = WalkInForm(name="曾小贤", university="别的大学", student_no="2021010001")
    assert [c.name for c in service.duplicates(same_no)] == ["曾小贤"]
    assert [c.name for c in service.duplicates(same_phone)] == ["曾小贤"]
    assert service.duplicates(other) == []
    with pytest.raises(UserError) as caught:
        service.register(same_phone)
    assert caught.value.key == "walk_in.already_in_roster"
    with read_session(engine) as s:
        assert len(s.exec(select(Attendee)).all()) == 1
    (dup,) = service.duplicates(same_no)
    assert CheckInService(engine).by_attendee(dup.id).outcome == "ok"  # the roster's record


def test_walk_in_refuses_a_doubtful_phone_instead_of_dropping_it() -> None:
    from fairdesk.services.desk.registration import WalkInForm, WalkInInvalid, validate_walk_in

    form = WalkInForm(name="张三", university="清华大学", student_no="1", phone="1370000004")
    with pytest.raises(WalkInInvalid) as caught:
        validate_walk_in(form)
    assert caught.value.field == "phone" and "手机" in render(caught.value.reason, "zh_CN")
