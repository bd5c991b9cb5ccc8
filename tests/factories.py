"""Small, explicit test data: a fair, people with badges. Real SQLite files, no mocks."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core.pinyin_keys import name_keys
from fairdesk.services.badges.issue import badge_code, mint_badges
from fairdesk.services.fairs import create_fair, current_fair, ensure_local_station
from fairdesk.store.engine import open_database, write_session
from fairdesk.store.models import Attendee, Badge
from fairdesk.store.seam import changes

FAIR_CODE = 123456
SECRET = "ab" * 32


@dataclass(frozen=True)
class Person:
    id: uuid.UUID
    name: str
    code: str
    serial: int


def new_store(
    path: Path, *, fair_code: int = FAIR_CODE, secret: str = SECRET, backups: bool = False
) -> Engine:
    """A fresh station database with a fair and its local station (no automatic backups
    unless asked: the backup tests make their own)."""
    engine = open_database(path, inline_backups=backups)
    with write_session(engine) as s:
        station = ensure_local_station(s, name="desk-1", role="desk")
        create_fair(s, station=station, name="测试双选会", code=fair_code, secret=secret)
    return engine


def add_person(
    engine: Engine,
    name: str = "曾小贤",
    *,
    university: str = "北京师范大学",
    student_no: str | None = None,
    phone: str | None = None,
) -> Person:
    """One attendee with a badge; returns its id and badge code."""
    with write_session(engine) as s:
        station = ensure_local_station(s)
        fair = current_fair(s)
        pinyin, initials = name_keys(name)
        a = Attendee(
            station_id=station.id, fair_id=fair.id, name=name, name_pinyin=pinyin,
            name_initials=initials, university=university,
            student_no=student_no or uuid.uuid4().hex[:10], phone=phone,
            phone_tail=phone[-4:] if phone else None, major="应用数学", degree="bachelor",
        )  # fmt: skip
        changes(s, station.id).add(a)
        (serial,) = mint_badges(s, [a.id], station)
        badge = s.exec(select(Badge).where(Badge.serial == serial)).one()
        return Person(a.id, name, badge_code(fair, badge), serial)
