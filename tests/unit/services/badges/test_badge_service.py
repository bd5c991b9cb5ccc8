"""BadgeService: order and filters, the print log, reprint vs reissue, minting for walk-ins."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core.codes import short_serial
from fairdesk.core.pinyin_keys import name_keys
from fairdesk.errors import UserError
from fairdesk.services.badges.service import BadgeService
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.fairs import current_fair, ensure_local_station
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Attendee, Badge, BadgePrint
from tests.factories import add_person, new_store


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return new_store(tmp_path / "s.sqlite3")


def add_walk_in(engine: Engine, name: str, university: str = "北京大学") -> uuid.UUID:
    """An attendee without a badge (as the desk registers a walk-in)."""
    with write_session(engine) as s:
        station = ensure_local_station(s)
        pinyin, initials = name_keys(name)
        a = Attendee(station_id=station.id, fair_id=current_fair(s).id, name=name,
                     name_pinyin=pinyin, name_initials=initials, university=university,
                     source="walk-in")  # fmt: skip
        s.add(a)
        s.flush()
        return a.id


def set_school(engine: Engine, attendee_id: uuid.UUID, school: str) -> None:
    with write_session(engine) as s:
        a = s.get(Attendee, attendee_id)
        assert a is not None
        a.school = school
        s.add(a)


def test_select_orders_by_university_school_and_pinyin(engine: Engine) -> None:
    zhang = add_person(engine, "张三", university="清华大学")
    an = add_person(engine, "安然", university="清华大学")
    ou = add_person(engine, "欧阳娜娜", university="北京大学")
    zeng = add_person(engine, "曾小贤", university="清华大学")  # zeng, not ceng
    set_school(engine, zeng.id, "A学院")
    views = BadgeService(engine).select()
    assert [v.name for v in views] == ["欧阳娜娜", "安然", "张三", "曾小贤"]
    assert [v.attendee_id for v in views] == [ou.id, an.id, zhang.id, zeng.id]
    assert views[0].code == ou.code and views[0].short_serial == short_serial(ou.serial, 0)


def test_filters_by_university_ids_and_unprinted(engine: Engine) -> None:
    a = add_person(engine, "张三", university="清华大学")
    b = add_person(engine, "李四", university="北京大学")
    c = add_person(engine, "王五", university="北京大学")
    service = BadgeService(engine)
    assert {v.name for v in service.select(university="北京大学")} == {"李四", "王五"}
    assert [v.name for v in service.select(attendee_ids=[c.id, a.id])] == ["王五", "张三"]
    assert service.select(attendee_ids=[]) == []
    assert service.universities() == ["北京大学", "清华大学"]

    service.record_prints(service.select(attendee_ids=[b.id]), "a4-90x54")
    assert {v.name for v in service.select(only_unprinted=True)} == {"张三", "王五"}
    assert [v.printed for v in service.select(university="北京大学")] == [True, False]
    with read_session(engine) as s:
        (row,) = s.exec(select(BadgePrint)).all()
        assert row.layout == "a4-90x54" and row.reissue == 0
        assert row.station_id == ensure_local_station(s).id


def test_reprint_keeps_the_code_and_reissue_revokes_the_old_one(engine: Engine) -> None:
    person = add_person(engine, "赵孟𫖯")
    service = BadgeService(engine)
    first = service.ensure_badge(person.id)
    assert first.code == person.code and first.reissue == 0
    service.record_prints([first], "a6")
    again = service.ensure_badge(person.id)  # a reprint: same code, logged again
    service.record_prints([again], "a6")
    assert again.code == first.code and again.printed
    assert service.print_count(person.id) == 2

    new = service.reissue(person.id)
    assert new.reissue == 1 and new.serial == first.serial and new.code != first.code
    assert new.short_serial.endswith("/1")
    assert not new.printed
    assert [v.attendee_id for v in service.select(only_unprinted=True)] == [person.id]

    checkin = CheckInService(engine)
    old = checkin.by_code(first.code)
    assert old.outcome == "rejected" and old.reason is not None and old.reason.value == "revoked"
    assert checkin.by_code(new.code).outcome == "ok"


def test_ensure_badge_mints_one_for_a_walk_in_once(engine: Engine) -> None:
    walk_in = add_walk_in(engine, "阿依古丽·买买提")
    service = BadgeService(engine)
    assert service.select(attendee_ids=[walk_in]) == []
    view = service.ensure_badge(walk_in)
    assert view.name == "阿依古丽·买买提" and view.reissue == 0
    assert service.ensure_badge(walk_in).serial == view.serial
    with read_session(engine) as s:
        assert len(s.exec(select(Badge).where(Badge.attendee_id == walk_in)).all()) == 1
    assert CheckInService(engine).by_code(view.code).outcome == "ok"


def test_reissue_limits_and_unknown_people(engine: Engine) -> None:
    person = add_person(engine, "张三")
    service = BadgeService(engine)
    with write_session(engine) as s:
        badge = s.exec(select(Badge).where(Badge.attendee_id == person.id)).one()
        badge.reissue = 99
        s.add(badge)
    with pytest.raises(UserError) as caught:
        service.reissue(person.id)
    assert caught.value.key == "badge.too_many_reissues"
    with pytest.raises(UserError) as caught:
        service.ensure_badge(uuid.uuid4())
    assert caught.value.key == "roster.person_gone"


def test_withdrawn_badges_are_never_selected_or_reissued(engine: Engine) -> None:
    person = add_person(engine, "张三")
    with write_session(engine) as s:
        badge = s.exec(select(Badge).where(Badge.attendee_id == person.id)).one()
        badge.revoked = True
        s.add(badge)
    service = BadgeService(engine)
    assert service.select() == []
    with pytest.raises(UserError) as caught:
        service.reissue(person.id)
    assert caught.value.key == "badge.withdrawn"
