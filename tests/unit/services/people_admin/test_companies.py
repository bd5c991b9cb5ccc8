"""The Companies tool's service: pinyin order, search, edit, positions, delete with undo."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core.company_names import sort_key
from fairdesk.errors import UserError
from fairdesk.services.fairs import local_station
from fairdesk.services.people_admin.companies import CompaniesService
from fairdesk.services.people_admin.forms import CompanyForm, FieldInvalid, PositionForm
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Booth, ChangeLog, Company, Interview, Position, Station, Tag
from fairdesk.store.seam import changes
from tests.unit.services.people_admin.conftest import add_companies


def names(service: CompaniesService, query: str = "") -> list[str]:
    return [r.name for r in service.find(query)]


def ops(engine: Engine, row_id: object) -> list[str]:
    with read_session(engine) as s:
        found = s.exec(
            select(ChangeLog.op).where(ChangeLog.row_id == row_id).order_by(ChangeLog.seq)
        )
        return list(found)


def test_companies_in_pinyin_order_huawei_among_the_h(engine: Engine) -> None:
    add_companies(engine)
    service = CompaniesService(engine)
    assert names(service) == ["阿里巴巴", "格力电器", "华为", "京东", "vivo", "中山大洋电机"]
    assert sorted(["重庆啤酒", "长虹", "TCL科技"], key=sort_key) == ["长虹", "重庆啤酒",
                                                                          "TCL科技"]  # fmt: skip
    huawei = service.find("华为")[0]
    assert huawei.booths == ("A01",) and huawei.positions == 2


def test_search_by_name_pinyin_initials_and_booth(engine: Engine) -> None:
    add_companies(engine)
    service = CompaniesService(engine)
    assert names(service, "hw") == ["华为"]
    assert names(service, "huawei") == ["华为"]
    assert names(service, "Jing Dong") == ["京东"]
    assert names(service, "大洋") == ["中山大洋电机"]
    assert names(service, "dayang") == ["中山大洋电机"]  # from any word of the name on
    assert names(service, "dydj") == ["中山大洋电机"]
    assert names(service, "VIVO") == ["vivo"]
    assert names(service, "a1") == ["华为"]  # booth A01
    assert names(service, "电子") == names(service)  # the sector


def test_an_edit_is_checked_like_a_company_list(engine: Engine) -> None:
    ids = add_companies(engine)
    service = CompaniesService(engine)
    with read_session(engine) as s:
        stamp = s.get(Company, ids["京东"]).updated_at  # type: ignore[union-attr]
    edited = service.edit(
        ids["京东"], CompanyForm(name="京东集团", sector="电商", phone="010 8911 8888",
                                 uscc="91110302562134916R"),
    )  # fmt: skip
    assert (edited.name, edited.sector, edited.uscc) == ("京东集团", "电商", "91110302562134916R")
    with read_session(engine) as s:
        stored = s.get(Company, ids["京东"])
        assert stored is not None and stored.updated_at > stamp
    for form, field in (
        (CompanyForm(name=""), "name"),
        (CompanyForm(name="华为"), "name"),  # another company's name
        (CompanyForm(name="京东", email="x@"), "email"),
        (CompanyForm(name="京东", uscc="91110302562134916X"), "uscc"),  # check digit
    ):
        with pytest.raises(FieldInvalid) as caught:
            service.edit(ids["京东"], form)
        assert caught.value.field == field and caught.value.key == "people_admin.invalid"


def test_positions_added_edited_and_removed_with_undo(engine: Engine) -> None:
    ids = add_companies(engine)
    service = CompaniesService(engine)
    gree = ids["格力电器"]
    added = service.add_position(
        gree, PositionForm("电气工程师", "本科及以上", "电气, 自动化", "3人")
    )
    assert (added.degree, added.majors, added.headcount) == ("bachelor", "电气、自动化", 3)
    edited = service.edit_position(added.id, PositionForm("电气工程师", "硕士", "电气", "若干"))
    assert (edited.degree, edited.majors, edited.headcount) == ("master", "电气", None)
    assert [p.title for p in service.positions(gree)] == ["电气工程师"]
    with pytest.raises(FieldInvalid) as same:
        service.add_position(gree, PositionForm("电气工程师"))
    assert same.value.field == "title"
    with pytest.raises(FieldInvalid) as count:
        service.add_position(gree, PositionForm("销售", headcount="很多"))
    assert count.value.field == "headcount"
    token = service.remove_position(added.id)
    assert service.positions(gree) == [] and ops(engine, added.id)[-1] == "delete"
    service.undo(token)
    assert service.positions(gree) == [edited]


def test_delete_frees_the_booth_and_undo_restores_everything(engine: Engine) -> None:
    ids = add_companies(engine)
    service = CompaniesService(engine)
    huawei = ids["华为"]
    before = service.company(huawei)
    positions = service.positions(huawei)
    token = service.delete(huawei)
    assert (token.count("position"), token.count("tag")) == (2, 1)
    assert "华为" not in names(service)
    assert ops(engine, huawei)[-1] == "delete"
    with read_session(engine) as s:
        assert s.exec(select(Booth).where(Booth.code == "A01")).one().company_id is None
        assert s.exec(select(Position).where(Position.company_id == huawei)).all() == []
        assert s.exec(select(Tag).where(Tag.company_id == huawei)).all() == []
    back = service.undo(token)
    assert (back.booths_back, back.booths_taken) == (1, 0)
    assert service.company(huawei) == before
    assert service.positions(huawei) == positions
    with read_session(engine) as s:
        assert s.exec(select(Tag.name).where(Tag.company_id == huawei)).all() == ["重点"]


def test_an_undo_leaves_a_booth_given_to_another_company_meanwhile(engine: Engine) -> None:
    ids = add_companies(engine)
    service = CompaniesService(engine)
    token = service.delete(ids["华为"])
    with write_session(engine) as s:
        booth = s.exec(select(Booth).where(Booth.code == "A01")).one()
        changes(s).update(booth, company_id=ids["京东"])
    back = service.undo(token)
    assert (back.booths_back, back.booths_taken) == (0, 1)
    assert service.company(ids["京东"]).booths == ("A01",)


def test_a_company_with_interviews_or_a_booth_pack_is_not_deleted(engine: Engine) -> None:
    ids = add_companies(engine)
    service = CompaniesService(engine)
    with write_session(engine) as s:
        changes(s).add(Interview(station_id=local_station(s).id, company_id=ids["华为"],
                                 pending_serial=42))  # fmt: skip
        booth_station = Station(number=7, name="京东展位", role="booth", company_id=ids["京东"])
        changes(s, booth_station.id).add(booth_station)
    for name, key in (("华为", "company_interviewed"), ("京东", "company_has_station")):
        with pytest.raises(UserError) as refused:
            service.delete(ids[name])
        assert refused.value.key == f"people_admin.{key}"
    assert len(names(service)) == 6


def test_a_position_named_by_an_interview_is_not_removed(engine: Engine) -> None:
    ids = add_companies(engine)
    service = CompaniesService(engine)
    software = service.positions(ids["华为"])[0]
    with write_session(engine) as s:
        changes(s).add(Interview(station_id=local_station(s).id, company_id=ids["华为"],
                                 pending_serial=7, position_id=software.id))  # fmt: skip
    with pytest.raises(UserError) as refused:
        service.remove_position(software.id)
    assert refused.value.key == "people_admin.position_interviewed"
    assert service.positions(ids["华为"])[0].interviews == 1
