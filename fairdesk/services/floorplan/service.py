"""`FloorPlanService`: the floor plan editor's calls with the engine bound (what `wiring`
hands the organiser's Floor plan tool). Each method is one of the modules' functions and one
transaction; the screen's undo calls the inverse method (`put_back` for `remove`, a
`set_companies` of `BoothChange.before` for any change of company)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from fairdesk.services.floorplan import auto, booths, drawing, items, placing, plan, removal


@dataclass(frozen=True)
class FloorPlanService:
    engine: Engine = field(repr=False)

    def read_plan(self, hall: str | None = None) -> plan.FloorPlan:
        return plan.read_plan(self.engine, hall)

    def make_grid(
        self, *, hall: str, rows: int, cols: int, prefix: str = "A", aisle_every: int = 0
    ) -> booths.GridResult:
        return booths.make_grid(
            self.engine, hall=hall, rows=rows, cols=cols, prefix=prefix, aisle_every=aisle_every
        )

    def draw_booth(
        self, *, hall: str, x: float, y: float, width: float = 1.0, height: float = 1.0
    ) -> plan.BoothView:
        return drawing.draw_booth(self.engine, hall=hall, x=x, y=y, width=width, height=height)

    def move_booth(
        self, booth_id: uuid.UUID, *, x: float, y: float,
        width: float | None = None, height: float | None = None,
    ) -> plan.BoothView:  # fmt: skip
        return drawing.move_booth(self.engine, booth_id, x=x, y=y, width=width, height=height)

    def delete_booth(self, booth_id: uuid.UUID) -> plan.BoothView:
        return drawing.delete_booth(self.engine, booth_id)

    def restore_booth(self, was: plan.BoothView) -> plan.BoothView:
        return drawing.restore_booth(self.engine, was)

    def remove(
        self, booth_ids: Sequence[uuid.UUID] = (), item_ids: Sequence[uuid.UUID] = ()
    ) -> removal.Removed:
        return removal.remove(self.engine, booth_ids, item_ids)

    def put_back(self, removed: removal.Removed) -> removal.Removed:
        return removal.put_back(self.engine, removed)

    def add_item(
        self, *, hall: str, kind: str, x: float, y: float, width: float = 1.0,
        height: float = 1.0, text: str = "", main: bool = False,
    ) -> plan.ItemView:  # fmt: skip
        return items.add_item(self.engine, hall=hall, kind=kind, x=x, y=y, width=width,
                              height=height, text=text, main=main)  # fmt: skip

    def change_item(self, item_id: uuid.UUID, **values: Any) -> plan.ItemView:
        return items.change_item(self.engine, item_id, **values)

    def delete_item(self, item_id: uuid.UUID) -> plan.ItemView:
        return items.delete_item(self.engine, item_id)

    def restore_item(self, was: plan.ItemView) -> plan.ItemView:
        return items.restore_item(self.engine, was)

    def assign(self, booth_id: uuid.UUID, company_id: uuid.UUID) -> placing.BoothChange:
        return placing.assign(self.engine, booth_id, company_id)

    def unassign(self, booth_id: uuid.UUID) -> placing.BoothChange:
        return placing.unassign(self.engine, booth_id)

    def swap(self, first: uuid.UUID, second: uuid.UUID) -> placing.BoothChange:
        return placing.swap(self.engine, first, second)

    def set_companies(
        self, mapping: dict[uuid.UUID, uuid.UUID | None], *, force: bool = False
    ) -> placing.BoothChange:
        return placing.set_companies(self.engine, mapping, force=force)

    def set_locked(self, booth_id: uuid.UUID, locked: bool) -> plan.BoothView:
        return placing.set_locked(self.engine, booth_id, locked)

    def auto_assign(self, *, everything: bool = False) -> auto.AutoResult:
        return auto.auto_assign(self.engine, everything=everything)
