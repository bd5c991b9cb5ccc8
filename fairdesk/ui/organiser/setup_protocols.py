"""What the New fair wizard, the organiser lock and the Exports tool need from the services.

`fairdesk.wiring` hands in the real ones (`services.fair_setup.FairSetup`,
`services.organiser_pin.OrganiserLock`, `services.exports.choices.ExportsService`); tests hand
in fakes of these shapes. No screen here sees the engine.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # types only
    from fairdesk.services.exports.choices import ExportDone
    from fairdesk.services.fair_setup import CreatedFair, NewFair


class FairCreation(Protocol):
    """`FairSetup`: whether the database holds a fair, the PIN rule, creating the fair."""

    def has_fair(self) -> bool: ...
    def check_pin(self, pin: str) -> None: ...
    def create(self, form: NewFair) -> CreatedFair: ...


class OrganiserPinCheck(Protocol):
    """`OrganiserLock`: what opening the organiser role takes here, and the PIN check (slow:
    call it off the GUI thread; it raises a UserError during a lockout)."""

    def gate(self) -> str: ...  # an `OrganiserGate` value
    def verify_organiser_pin(self, pin: str) -> bool: ...


class Exports(Protocol):
    """`ExportsService`: the kinds, the university and company filters, one export to a file."""

    def kinds(self) -> list[str]: ...
    def filters_by_university(self, kind: str) -> bool: ...
    def filters_by_company(self, kind: str) -> bool: ...
    def universities(self) -> list[str]: ...
    def companies(self) -> list[tuple[uuid.UUID, str]]: ...
    def export(
        self,
        kind: str,
        out: Path,
        *,
        university: str | None = ...,
        company_id: uuid.UUID | None = ...,
        machine_headers: bool = ...,
    ) -> ExportDone: ...
    def export_each_company(
        self, folder: Path, name_of: Callable[[str], str], *, machine_headers: bool = ...
    ) -> ExportDone: ...
