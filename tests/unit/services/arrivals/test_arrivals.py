"""Employer check-in on a real fair file: by id and by name (exact, pinyin, ambiguous), a
second check-in answered "already", undo, the no-show list, and every write in the change log."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from fairdesk.errors import UserError
from fairdesk.services.arrivals.service import ArrivalService
from fairdesk.store.engine import read_session
from fairdesk.store.models import ChangeLog, CompanyArrival
from tests.unit.services.printouts.floor_kit import CSCEC, floor_fair
from tests.unit.services.sync.fair_kit import HUAWEI, TENCENT


@pytest.fixture
def service(tmp_path: Path) -> ArrivalService:
    return ArrivalService(floor_fair(tmp_path))


def test_list_is_in_pinyin_order_with_booths_and_contacts(service: ArrivalService) -> None:
    rows = service.companies()
    names = [r.name for r in rows]
    assert names.index(HUAWEI) < names.index(TENCENT) < names.index("vivo移动通信有限公司")
    huawei = next(r for r in rows if r.name == HUAWEI)
    assert (huawei.booths, huawei.contact_name, huawei.phone) == (("A01",), "张经理",
                                                                    "0755-28780808")  # fmt: skip
    assert not any(r.arrived for r in rows)
    assert service.counts().arrived == 0 and service.counts().total == 7


def test_check_in_then_again_is_already_then_undo(service: ArrivalService) -> None:
    huawei = service.find(HUAWEI)
    first = service.check_in(huawei.id, representatives=3)
    assert first.status == "ok" and first.company.arrived and first.company.representatives == 3
    again = service.check_in(huawei.id)
    assert again.status == "already" and again.at == first.at
    assert service.counts().arrived == 1
    assert huawei.id in service.arrived_ids()
    assert HUAWEI not in [r.name for r in service.no_shows()]
    undone = service.undo(huawei.id)
    assert not undone.arrived and service.counts().arrived == 0
    with pytest.raises(UserError) as caught:
        service.undo(huawei.id)
    assert caught.value.key == "arrivals.not_arrived"
    assert service.check_in(huawei.id).status == "ok"  # after an undo: arrives again
    with read_session(service._engine) as s:
        arrivals = s.exec(select(CompanyArrival)).all()
        logged = s.exec(select(ChangeLog).where(ChangeLog.table_name == "company_arrival")).all()
    assert len(arrivals) == 2 and sum(a.undone_at is not None for a in arrivals) == 1
    assert [e.op for e in logged] == ["insert", "update", "insert"]


@pytest.mark.parametrize("typed", ["华为", "huawei", "hwjs", "a01", "华为技术有限公司"])
def test_by_name_exact_or_one_fuzzy_match(service: ArrivalService, typed: str) -> None:
    done = service.check_in_by_name(typed, method="cli")
    assert done.company.name == HUAWEI and done.company.method == "cli"


def test_ambiguous_and_unknown_names_list_candidates(service: ArrivalService) -> None:
    with pytest.raises(UserError) as caught:
        service.find("有限公司")  # in five names
    assert caught.value.key == "company.ambiguous"
    assert HUAWEI in str(caught.value)
    with pytest.raises(UserError) as caught:
        service.find("小米")
    assert caught.value.key in ("company.unknown", "company.unknown_near")
    assert service.counts().arrived == 0


def test_search_as_you_type(service: ArrivalService) -> None:
    assert [r.name for r in service.search("tx")] == [TENCENT]
    assert [r.name for r in service.search("A07")] == [CSCEC]
    assert len(service.search("")) == 7


def test_bad_representatives_is_a_plain_error(service: ArrivalService) -> None:
    with pytest.raises(UserError) as caught:
        service.check_in(service.find(HUAWEI).id, representatives=0)
    assert caught.value.key == "arrivals.bad_count"
