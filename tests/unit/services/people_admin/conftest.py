"""A small fair for the Students and Companies tools: people with badges, companies, booths."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.services.fairs import current_fair, local_station
from fairdesk.store.engine import write_session
from fairdesk.store.models import Badge, BadgePrint, Booth, Company, Position, Tag
from fairdesk.store.seam import changes
from tests.factories import add_person, new_store

COMPANIES = ("vivo", "京东", "华为", "格力电器", "阿里巴巴", "中山大洋电机")


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = new_store(tmp_path / "organiser.sqlite3")
    add_person(engine, "曾小贤", student_no="2021010001", phone="13712345678")
    add_person(engine, "张三", student_no="2021010002", phone="13900005678")
    add_person(engine, "李四", student_no="2021010003")
    return engine


def add_print(engine: Engine, attendee_id: uuid.UUID) -> uuid.UUID:
    """A print of the attendee's badge (the printed-at log)."""
    with write_session(engine) as s:
        badge = s.exec(select(Badge).where(Badge.attendee_id == attendee_id)).one()
        printed = BadgePrint(station_id=local_station(s).id, badge_id=badge.id, layout="card")
        changes(s).add(printed)
        return printed.id


def add_companies(engine: Engine) -> dict[str, uuid.UUID]:
    """`COMPANIES`, 华为 with two positions, a tag of its own and booth A01."""
    ids: dict[str, uuid.UUID] = {}
    with write_session(engine) as s:
        station, fair = local_station(s), current_fair(s)
        log = changes(s)
        for name in COMPANIES:
            company = Company(station_id=station.id, fair_id=fair.id, name=name, sector="电子信息")
            log.add(company)
            ids[name] = company.id
        huawei = ids["华为"]
        log.add_all([
            Position(station_id=station.id, company_id=huawei, title="软件工程师",
                     degree="bachelor", majors="计算机、软件工程", headcount=5),
            Position(station_id=station.id, company_id=huawei, title="硬件工程师"),
            Tag(station_id=station.id, company_id=huawei, name="重点"),
            Booth(station_id=station.id, fair_id=fair.id, code="A01", company_id=huawei),
            Booth(station_id=station.id, fair_id=fair.id, code="A02"),
        ])  # fmt: skip
    return ids
