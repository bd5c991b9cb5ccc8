"""Auto-assign: every company without a booth given one by `core.booth_assign`'s rule (sectors
together, the biggest companies beside the main aisle, locked booths untouched), in one
transaction. `everything` redoes every unlocked booth; the result's `before` undoes it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import col, select

from fairdesk.core.booth_assign import BoothSpot, CompanyNeed, Rect, plan_auto
from fairdesk.services.fairs import current_fair
from fairdesk.services.floorplan.placing import BoothChange, apply_mapping
from fairdesk.services.floorplan.plan import company_sizes, fair_halls
from fairdesk.store.engine import write_session
from fairdesk.store.models import Booth, Company, FloorItem


@dataclass(frozen=True)
class AutoResult:
    placed: int  # companies given a booth
    free: int  # booths without a company afterwards
    unplaced: int  # companies without a booth afterwards
    change: BoothChange


def auto_assign(engine: Engine, *, everything: bool = False) -> AutoResult:
    """Plan and apply the auto-assignment over every hall (booths without a place wait)."""
    with write_session(engine) as session:
        fair = current_fair(session)
        booths = session.exec(select(Booth).where(Booth.fair_id == fair.id)).all()
        spots = [
            BoothSpot(b.id, b.code, b.hall, Rect(b.x, b.y, b.width, b.height), b.locked,
                      b.company_id)
            for b in booths
            if b.x is not None and b.y is not None
        ]  # fmt: skip
        sizes = company_sizes(session)
        needs = [
            CompanyNeed(c.id, c.name, c.sector, sizes.get(c.id, 0))
            for c in session.exec(select(Company).where(Company.fair_id == fair.id))
        ]
        # booths not yet placed on a plan hold their companies, whatever `everything` says
        held_elsewhere = {b.company_id for b in booths if b.x is None or b.y is None}
        needs = [n for n in needs if n.id not in held_elsewhere]
        aisles = [
            (i.hall, Rect(i.x, i.y, i.width, i.height))
            for i in session.exec(
                select(FloorItem).where(
                    FloorItem.fair_id == fair.id, FloorItem.kind == "aisle", col(FloorItem.main)
                )
            )
        ]
        plan = plan_auto(spots, needs, aisles, halls=fair_halls(session), everything=everything)
        change = apply_mapping(session, dict(plan.assign), force=False)
        unplaced_booths = sum(
            1 for b in booths if (b.x is None or b.y is None) and b.company_id is None
        )
        return AutoResult(plan.placed, plan.free + unplaced_booths, plan.unplaced, change)
