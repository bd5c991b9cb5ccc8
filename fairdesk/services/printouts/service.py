"""`PrintoutService`: what the organiser's Printouts tool reads, one call per printout.

The PIN slips reuse step 6's plan-then-store: new PINs are chosen and hashed, the slips are
written or printed, and only then are the PINs stored (`store_pin_slips`), so no company is left
with a PIN nobody has on paper. A company that has a PIN keeps it: only its hash is stored, so
it cannot be printed again (`fairdesk company pin NAME` sets a new one).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine

from fairdesk.services.booth.pins import PinPlan, apply_plan, plan_missing_pins
from fairdesk.services.fairs import fair_summary
from fairdesk.services.printouts.floor_map import FloorMap, fair_halls, read_floor_map
from fairdesk.services.printouts.signs import SignSet, read_signs


@dataclass(frozen=True)
class PrintoutService:
    engine: Engine = field(repr=False)

    def fair_name(self) -> str:
        summary = fair_summary(self.engine)
        return summary.name if summary else "FairDesk"

    def halls(self) -> list[str]:
        return fair_halls(self.engine)

    def floor_map(self, hall: str | None = None) -> FloorMap:
        return read_floor_map(self.engine, hall)

    def booth_signs(self) -> SignSet:
        return read_signs(self.engine)

    def plan_pin_slips(self) -> PinPlan:
        """New PINs for every company without one, hashed but not stored."""
        return plan_missing_pins(self.engine)

    def store_pin_slips(self, plan: PinPlan) -> PinPlan:
        """Store the planned PINs once their slips are on paper; returns what was stored."""
        return apply_plan(self.engine, plan)
