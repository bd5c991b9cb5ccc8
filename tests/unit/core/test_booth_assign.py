"""The auto-assign rule: sectors on adjacent booths, the biggest beside the main aisle, locked
booths untouched, the same plan for the same input."""

from __future__ import annotations

import random
import uuid

from fairdesk.core.booth_assign import (
    BoothSpot,
    CompanyNeed,
    Rect,
    is_next_to_main,
    plan_auto,
)

HALL = "1号馆"


def grid(rows: int, cols: int, *, gap_after: int = 0) -> list[BoothSpot]:
    """Booths A01… row by row; with `gap_after` a one-unit aisle after that many rows."""
    out = []
    for r in range(rows):
        y = r + (1 if gap_after and r >= gap_after else 0)
        for c in range(cols):
            n = r * cols + c + 1
            out.append(BoothSpot(uuid.UUID(int=n), f"A{n:02d}", HALL, Rect(c, y, 1, 1)))
    return out


def company(n: int, sector: str, size: int) -> CompanyNeed:
    return CompanyNeed(uuid.UUID(int=1000 + n), f"公司{n:02d}", sector, size)


def adjacent_group(spots: list[BoothSpot]) -> bool:
    """The booths form one connected block (neighbours share an edge)."""
    if not spots:
        return True
    seen, todo = {spots[0].id}, [spots[0]]
    while todo:
        b = todo.pop()
        for o in spots:
            if o.id not in seen and b.rect.shares_edge(o.rect):
                seen.add(o.id)
                todo.append(o)
    return len(seen) == len(spots)


def test_each_sector_stands_on_adjacent_booths() -> None:
    booths = grid(4, 6)
    companies = [company(i, "互联网", 5) for i in range(5)]
    companies += [company(10 + i, "制造", 3) for i in range(7)]
    companies += [company(20 + i, "金融", 1) for i in range(4)]
    plan = plan_auto(booths, companies, [])
    assert plan.placed == 16 and plan.unplaced == 0 and plan.free == 24 - 16
    by_id = {b.id: b for b in booths}
    for sector in ("互联网", "制造", "金融"):
        ids = {c.id for c in companies if c.sector == sector}
        spots = [by_id[b] for b, c in plan.assign.items() if c in ids]
        assert len(spots) == len(ids)
        assert adjacent_group(spots), sector


def test_the_biggest_companies_go_beside_the_main_aisle() -> None:
    booths = grid(6, 5, gap_after=3)  # rows 0-2, aisle at y=3, rows 4-6
    aisle = [(HALL, Rect(0, 3, 5, 1))]
    companies = [company(i, "互联网", size) for i, size in enumerate([1, 2, 50, 3, 40])]
    companies += [company(10, "能源", 100), company(11, "能源", 2)]
    plan = plan_auto(booths, companies, aisle)
    by_id = {b.id: b for b in booths}
    where = {c: by_id[b] for b, c in plan.assign.items() if c is not None}
    for big in (companies[5], companies[2], companies[4]):  # 100, 50, 40
        assert is_next_to_main(where[big.id], aisle), big.name
    assert not is_next_to_main(by_id[uuid.UUID(int=1)], aisle)  # the first row: far away


def test_locked_and_assigned_booths_are_never_moved() -> None:
    booths = grid(2, 3)
    sitting, locked_co = company(1, "制造", 9), company(2, "制造", 99)
    booths[0] = BoothSpot(booths[0].id, "A01", HALL, booths[0].rect, locked=True)  # locked, free
    booths[4] = BoothSpot(booths[4].id, "A05", HALL, booths[4].rect, True, locked_co.id)
    booths[2] = BoothSpot(booths[2].id, "A03", HALL, booths[2].rect, False, sitting.id)
    others = [company(10 + i, "制造", 5) for i in range(4)]
    plan = plan_auto(booths, [sitting, locked_co, *others], [])
    assert booths[0].id not in plan.assign and booths[4].id not in plan.assign
    assert booths[2].id not in plan.assign
    assert plan.placed == 3 and plan.unplaced == 1 and plan.free == 1
    redo = plan_auto(booths, [sitting, locked_co, *others], [], everything=True)
    assert booths[0].id not in redo.assign and booths[4].id not in redo.assign
    assert redo.placed == 4  # the four unlocked booths, biggest first
    placed = set(redo.assign.values())
    assert locked_co.id not in placed and sitting.id in placed


def test_the_same_input_gives_the_same_plan() -> None:
    booths = grid(10, 10, gap_after=5)
    sectors = ["互联网", "制造", "金融", ""]
    companies = [company(i, sectors[i % 4], (i * 37) % 23) for i in range(80)]
    aisle = [(HALL, Rect(0, 5, 10, 1))]
    first = plan_auto(booths, companies, aisle)
    shuffled_b, shuffled_c = booths[:], companies[:]
    random.Random(3).shuffle(shuffled_b)
    random.Random(4).shuffle(shuffled_c)
    assert plan_auto(shuffled_b, shuffled_c, aisle).assign == first.assign
    assert first.placed == 80 and first.free == 20


def test_more_companies_than_booths_are_counted_not_placed() -> None:
    plan = plan_auto(grid(1, 3), [company(i, "x", i) for i in range(5)], [])
    assert (plan.placed, plan.free, plan.unplaced) == (3, 0, 2)
