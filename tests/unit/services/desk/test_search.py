"""Desk search: 汉字, pinyin, initials, 学号 and phone tail, with the check-in state."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.desk.search import SearchService
from tests.factories import add_person, new_store


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = new_store(tmp_path / "desk.sqlite3")
    add_person(engine, "曾小贤", student_no="2021010001", phone="13712345678")
    add_person(engine, "曾志伟", student_no="2021010002", phone="13800001111")
    add_person(engine, "张三", student_no="A2021-7", phone="13900005678")
    add_person(engine, "阿依古丽·买买提", student_no="2020990001")
    add_person(engine, "Tom Lee", student_no="F2020001")
    return engine


def names(engine: Engine, query: str) -> list[str]:
    return [h.name for h in SearchService(engine).search(query)]


def test_pinyin_and_initials_find_the_surname_reading(engine: Engine) -> None:
    assert set(names(engine, "zeng")) == {"曾小贤", "曾志伟"}
    assert names(engine, "zxx") == ["曾小贤"]
    assert names(engine, "zengxiao") == ["曾小贤"]
    assert names(engine, "Zeng Xiao") == ["曾小贤"]
    assert names(engine, "zs") == ["张三"]
    assert names(engine, "tomlee") == ["Tom Lee"]
    assert names(engine, "ceng") == []  # 曾 as a surname is zeng, not ceng


def test_hanzi_prefix_student_no_and_phone_tail(engine: Engine) -> None:
    assert set(names(engine, "曾")) == {"曾小贤", "曾志伟"}
    assert names(engine, "曾小") == ["曾小贤"]
    assert names(engine, "阿依古丽") == ["阿依古丽·买买提"]
    assert names(engine, "20210100") == ["曾小贤", "曾志伟"]
    assert names(engine, "２０２１０１０００２") == ["曾志伟"]  # full-width digits fold
    assert names(engine, "a2021") == ["张三"]
    hits = SearchService(engine).search("5678")
    assert {h.name for h in hits} == {"曾小贤", "张三"}
    assert all(h.matched == "phone_tail" for h in hits)


def test_hits_show_check_in_state_and_never_a_full_phone(engine: Engine) -> None:
    (zeng,) = SearchService(engine).search("zxx")
    assert not zeng.checked_in
    CheckInService(engine).by_attendee(zeng.id)
    (zeng,) = SearchService(engine).search("zxx")
    assert zeng.checked_in
    assert zeng.phone_tail == "5678"
    assert not any("13712345678" in str(v) for v in vars(zeng).values())


def test_limit_empty_and_odd_queries(engine: Engine) -> None:
    assert len(SearchService(engine).search("z", limit=1)) == 1
    assert names(engine, "") == []
    assert names(engine, "   ") == []
    assert names(engine, "%_'") == []
    assert names(engine, "x" * 500) == []
