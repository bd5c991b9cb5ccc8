"""Assigning, swapping, locking and auto-assigning booths, on a real file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from fairdesk.core.booth_assign import BoothSpot, Rect, is_next_to_main
from fairdesk.errors import UserError
from fairdesk.services.fairs import local_station
from fairdesk.services.floorplan.service import FloorPlanService
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Booth, ChangeLog, CompanyArrival
from fairdesk.store.seam import changes
from tests.unit.services.floorplan.floor_kit import HALL, SECTORS, booth, company, floor_fair


def test_assign_unassign_and_undo_by_mapping(tmp_path: Path) -> None:
    engine = floor_fair(tmp_path)
    floor = FloorPlanService(engine)
    b1, co = booth(engine, "B01"), company(engine, "测试企业01")
    done = floor.assign(b1.id, co.id)
    assert done.before == {b1.id: None}
    assert done.booths[0].company == "测试企业01" and done.booths[0].sector == SECTORS[1]
    with pytest.raises(UserError) as caught:
        floor.assign(b1.id, company(engine, "测试企业02").id)
    assert caught.value.key == "floor.held" and "测试企业01" in str(caught.value)
    floor.set_companies(done.before)  # the undo
    assert booth(engine, "B01").company_id is None
    with read_session(engine) as s:
        updates = select(ChangeLog).where(ChangeLog.table_name == "booth", ChangeLog.op == "update")
        assert len(s.exec(updates).all()) == 2


def test_swap_two_booths_and_a_move_onto_a_free_one(tmp_path: Path) -> None:
    engine = floor_fair(tmp_path)
    floor = FloorPlanService(engine)
    a, b, c = (booth(engine, code).id for code in ("B01", "B02", "B03"))
    x, y = company(engine, "测试企业01").id, company(engine, "测试企业02").id
    floor.assign(a, x)
    floor.assign(b, y)
    swapped = floor.swap(a, b)
    assert (booth(engine, "B01").company_id, booth(engine, "B02").company_id) == (y, x)
    assert swapped.before == {a: x, b: y}
    floor.swap(a, c)
    assert booth(engine, "B01").company_id is None and booth(engine, "B03").company_id == y


def test_a_locked_booth_keeps_its_company(tmp_path: Path) -> None:
    engine = floor_fair(tmp_path)
    floor = FloorPlanService(engine)
    a, b = booth(engine, "B01").id, booth(engine, "B02").id
    floor.assign(a, company(engine, "测试企业01").id)
    assert floor.set_locked(a, True).locked
    for act in (lambda: floor.unassign(a), lambda: floor.swap(a, b)):
        with pytest.raises(UserError) as caught:
            act()
        assert caught.value.key == "floor.locked"
    floor.auto_assign(everything=True)
    assert booth(engine, "B01").company_id == company(engine, "测试企业01").id
    assert not floor.set_locked(a, False).locked


def test_auto_assign_places_everyone_beside_the_main_aisle_first(tmp_path: Path) -> None:
    engine = floor_fair(tmp_path, companies=12, rows=3, cols=6)
    floor = FloorPlanService(engine)
    done = floor.auto_assign()
    # 12 companies + the kit's two, which hold unplaced booths A01/A02 and wait there
    assert (done.placed, done.free, done.unplaced) == (12, 6, 0)
    plan = floor.read_plan(HALL)
    main = [(HALL, Rect(i.x, i.y, i.width, i.height)) for i in plan.items if i.main]
    biggest = company(engine, "测试企业12")  # headcount 12, 互联网 (12 % 3 == 0)
    spot = next(b for b in plan.booths if b.company_id == biggest.id)
    where = BoothSpot(spot.id, spot.code, HALL, Rect(spot.x or 0, spot.y or 0, 1, 1))
    assert is_next_to_main(where, main)
    again = floor.auto_assign()
    assert (again.placed, again.free, again.unplaced) == (0, 6, 0) and not again.change.booths


def test_the_plan_lights_up_arrived_companies(tmp_path: Path) -> None:
    engine = floor_fair(tmp_path)
    floor = FloorPlanService(engine)
    b1, co = booth(engine, "B01"), company(engine, "测试企业03")
    floor.assign(b1.id, co.id)
    with write_session(engine) as s:
        changes(s).add(CompanyArrival(station_id=local_station(s).id, company_id=co.id))
    view = next(b for b in floor.read_plan(HALL).booths if b.id == b1.id)
    assert view.arrived
    with write_session(engine) as s:
        arrival = s.exec(select(CompanyArrival)).one()
        changes(s).update(arrival, undone_at=arrival.at)
    assert not next(b for b in floor.read_plan(HALL).booths if b.id == b1.id).arrived
    with read_session(engine) as s:
        assert s.exec(select(Booth).where(Booth.code == "B01")).one().company_id == co.id
