"""What the organiser's Printouts and Employer check-in tools need from the services.

`fairdesk.wiring` hands in `services.printouts.service.PrintoutService` and
`services.arrivals.service.ArrivalService`; tests hand in fakes of these shapes. `SavePath` is
how a tool asks where to save (a file dialog in the app, a callable returning a path in tests).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from fairdesk.services.arrivals.service import ArrivalResult, CompanyArrivalRow
    from fairdesk.services.booth.pins import PinPlan
    from fairdesk.services.exports.no_shows import NoShowExport
    from fairdesk.services.printouts.floor_map import FloorMap
    from fairdesk.services.printouts.signs import SignSet

#: (dialog title, offered file name, file filter) -> the chosen path, or None when cancelled
SavePath = Callable[[str, str, str], "Path | None"]


class PrintoutsTool(Protocol):
    def fair_name(self) -> str: ...
    def halls(self) -> list[str]: ...
    def floor_map(self, hall: str | None = ...) -> FloorMap: ...
    def booth_signs(self) -> SignSet: ...
    def plan_pin_slips(self) -> PinPlan: ...
    def store_pin_slips(self, plan: PinPlan) -> PinPlan: ...


class ArrivalsTool(Protocol):
    def companies(self) -> list[CompanyArrivalRow]: ...
    def find(self, name: str) -> CompanyArrivalRow: ...
    def check_in(
        self, company_id: uuid.UUID, *, method: str = ..., representatives: int | None = ...
    ) -> ArrivalResult: ...
    def undo(self, company_id: uuid.UUID) -> CompanyArrivalRow: ...
    def export_no_shows(self, out: Path) -> NoShowExport: ...
