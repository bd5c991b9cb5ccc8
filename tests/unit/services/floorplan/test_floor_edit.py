"""Drawing, moving, deleting booths and their aisles and labels, on a real file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from fairdesk.errors import UserError
from fairdesk.services.floorplan.service import FloorPlanService
from fairdesk.store.engine import read_session
from fairdesk.store.models import Booth, ChangeLog, FloorItem
from tests.unit.services.floorplan.floor_kit import HALL, booth, floor_fair


def logged(engine: object, table: str, op: str) -> int:
    with read_session(engine) as s:  # type: ignore[arg-type]
        rows = s.exec(
            select(ChangeLog).where(ChangeLog.table_name == table, ChangeLog.op == op)
        ).all()
        return len(rows)


def test_the_grid_leaves_aisles_and_the_plan_reads_them(tmp_path: Path) -> None:
    floor = FloorPlanService(floor_fair(tmp_path))
    plan = floor.read_plan(HALL)
    assert HALL in plan.halls and len(plan.booths) == 18
    aisles = [i for i in plan.items if i.kind == "aisle"]
    assert [(a.y, a.main) for a in aisles] == [(1.0, True), (3.0, False)]
    assert {b.y for b in plan.booths} == {0.0, 2.0, 4.0}
    assert plan.companies[0].booths == ()  # unassigned first


def test_a_booth_is_drawn_with_the_next_code_moved_and_deleted_then_restored(
    tmp_path: Path,
) -> None:
    engine = floor_fair(tmp_path)
    floor = FloorPlanService(engine)
    drawn = floor.draw_booth(hall=HALL, x=8, y=0, width=2, height=1)
    assert drawn.code == "A03"  # A01, A02 came with the company list
    moved = floor.move_booth(drawn.id, x=9.5, y=2, width=1.5)
    assert (moved.x, moved.y, moved.width, moved.height) == (9.5, 2, 1.5, 1)
    with pytest.raises(UserError) as caught:
        floor.move_booth(drawn.id, x=0, y=0, width=0)
    assert caught.value.key == "floor.bad_size"
    was = floor.delete_booth(drawn.id)
    with read_session(engine) as s:
        assert s.get(Booth, drawn.id) is None
    back = floor.restore_booth(was)
    assert (back.id, back.code, back.x) == (drawn.id, "A03", 9.5)
    assert logged(engine, "booth", "delete") == 1 and logged(engine, "booth", "update") >= 1
    with pytest.raises(UserError) as caught:
        floor.delete_booth(booth(engine, "B01").id) and floor.restore_booth(was)
    assert caught.value.key == "floor.code_taken"


def test_aisles_and_labels_are_added_changed_and_deleted(tmp_path: Path) -> None:
    engine = floor_fair(tmp_path)
    floor = FloorPlanService(engine)
    label = floor.add_item(hall=HALL, kind="label", x=0, y=6, width=3, text=" 签到处 ")
    assert label.text == "签到处"
    with pytest.raises(UserError) as caught:
        floor.add_item(hall=HALL, kind="label", x=0, y=0, text="")
    assert caught.value.key == "floor.label_text"
    aisle = floor.add_item(hall=HALL, kind="aisle", x=6, y=0, width=1, height=5)
    changed = floor.change_item(aisle.id, main=True, x=6.5)
    assert changed.main and changed.x == 6.5
    was = floor.delete_item(label.id)
    with read_session(engine) as s:
        assert s.get(FloorItem, label.id) is None
    assert floor.restore_item(was).text == "签到处"
    assert logged(engine, "floor_item", "delete") == 1


def test_a_grid_is_removed_in_one_action_and_put_back_whole(tmp_path: Path) -> None:
    engine = floor_fair(tmp_path, rows=1, cols=2)
    floor = FloorPlanService(engine)
    grid = floor.make_grid(hall="2号馆", rows=4, cols=3, prefix="C", aisle_every=2)
    assert len(grid.booth_ids) == 12 and len(grid.item_ids) == 1
    floor.assign(grid.booth_ids[0], floor.read_plan("2号馆").companies[0].id)
    gone = floor.remove(grid.booth_ids, grid.item_ids)
    assert len(gone.booths) == 12 and floor.read_plan("2号馆").booths == []
    back = floor.put_back(gone)
    plan = floor.read_plan("2号馆")
    assert sorted(b.code for b in plan.booths) == sorted(grid.codes)
    assert [i.main for i in plan.items] == [True]
    assert {b.id for b in back.booths} == set(grid.booth_ids)
    assert next(b for b in plan.booths if b.id == grid.booth_ids[0]).company_id is not None


def test_a_second_grid_leaves_the_hall_one_main_aisle_and_suggests_a_new_prefix(
    tmp_path: Path,
) -> None:
    from fairdesk.services.floorplan.plan import free_prefix

    floor = FloorPlanService(floor_fair(tmp_path))  # A (company list) and B (the grid) taken
    plan = floor.read_plan(HALL)
    assert free_prefix(plan.prefixes) == "C"
    floor.make_grid(hall=HALL, rows=4, cols=3, prefix="C", aisle_every=2)
    plan = floor.read_plan(HALL)
    assert sum(1 for i in plan.items if i.main) == 1 and len(plan.items) == 3
    assert min(b.y for b in plan.booths if b.code.startswith("C")) == 6.0  # below the B rows
