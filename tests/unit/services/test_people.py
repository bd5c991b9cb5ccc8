"""The person records share `PersonCard`; only the desk's add a 学号, none a phone or e-mail."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from fairdesk.services.badges.service import BadgeView
from fairdesk.services.booth.views import StudentCard
from fairdesk.services.desk.checkin import AttendeeCard
from fairdesk.services.desk.search import AttendeeHit
from fairdesk.services.people import PersonCard
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee
from tests.factories import add_person, new_store

CONTACT = {"student_no", "phone", "email", "phone_tail"}


def _fields(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


def test_every_person_record_is_a_person_card() -> None:
    for cls in (StudentCard, AttendeeCard, AttendeeHit, BadgeView):
        assert issubclass(cls, PersonCard)
        assert _fields(PersonCard) <= _fields(cls)


def test_the_booth_card_has_no_contact_detail_and_the_desk_card_has_the_student_no() -> None:
    assert _fields(StudentCard) == _fields(PersonCard)
    assert not _fields(StudentCard) & CONTACT
    assert _fields(AttendeeCard) - _fields(PersonCard) == {"id", "student_no"}
    assert not _fields(AttendeeCard) & {"phone", "email"}


def test_cards_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        StudentCard("曾小贤", "北大", "信息学院", "计算机", "本科", 2026)  # type: ignore[misc]


def test_of_copies_the_display_fields_from_the_attendee(tmp_path: Path) -> None:
    engine = new_store(tmp_path / "s.sqlite3")
    person = add_person(engine, "欧阳娜娜", university="北京大学", student_no="2021001")
    with read_session(engine) as session:
        a = session.get(Attendee, person.id)
        assert a is not None
        card = AttendeeCard.of(a)
        student = StudentCard.of(a)
    assert (card.id, card.name, card.university, card.student_no) == (
        person.id, "欧阳娜娜", "北京大学", "2021001",
    )  # fmt: skip
    assert dataclasses.asdict(student) == {
        k: v for k, v in dataclasses.asdict(card).items() if k not in ("id", "student_no")
    }
