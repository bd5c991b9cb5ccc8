"""The composition root's service half: settings + engine → the typed bundles each station uses.

`wire(settings, engine)` is called once by `fairdesk.app.run_gui`; the app hands the bundles to
the screens through their constructors, so no screen sees the engine and a test builds a screen
with fakes (the screens type their bundle as a Protocol, `fairdesk.ui.bundles`). Each bundle is
built on first use: a volunteer who opens the desk never loads the booth's services.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk.config import Settings
from fairdesk.services.outside_changes import OutsideChanges
from fairdesk.services.storage import StorageService

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from fairdesk.services.badges.service import BadgeService
    from fairdesk.services.booth.auth import BoothAuth
    from fairdesk.services.booth.interviews import InterviewService
    from fairdesk.services.desk.checkin import CheckInService
    from fairdesk.services.desk.registration import RegistrationService
    from fairdesk.services.desk.search import SearchService
    from fairdesk.services.desk.stats import DeskStatsService
    from fairdesk.services.fairs import FairSummary

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeskServices:
    """The registration desk: check-ins, search, counters, walk-ins, badges, storage."""

    checkins: CheckInService
    search: SearchService
    stats: DeskStatsService
    registration: RegistrationService
    badges: BadgeService
    storage: StorageService


@dataclass(frozen=True)
class BoothServices:
    """A company booth: its login, then one interview service per unlocked company."""

    auth: BoothAuth
    interviews: Callable[[uuid.UUID], InterviewService]
    export_interviews: Callable[[uuid.UUID, Path], int]
    storage: StorageService


@dataclass(frozen=True)
class OrganiserServices:
    """The organiser's tools (Badges today)."""

    badges: BadgeService


@dataclass(frozen=True)
class Wiring:
    """Everything long-lived the GUI needs, built from one settings object and one engine."""

    settings: Settings
    engine: Engine
    storage: StorageService
    outside: OutsideChanges = field(compare=False)

    @cached_property
    def desk(self) -> DeskServices:
        from fairdesk.services.badges.service import BadgeService
        from fairdesk.services.desk.checkin import CheckInService
        from fairdesk.services.desk.registration import RegistrationService
        from fairdesk.services.desk.search import SearchService
        from fairdesk.services.desk.stats import DeskStatsService

        engine, name = self.engine, self.settings.station_name
        return DeskServices(
            checkins=CheckInService(engine, station_name=name),
            search=SearchService(engine),
            stats=DeskStatsService(engine, station_name=name),
            registration=RegistrationService(engine, station_name=name),
            badges=BadgeService(engine),
            storage=self.storage,
        )

    @cached_property
    def booth(self) -> BoothServices:
        from fairdesk.services.booth.auth import BoothAuth
        from fairdesk.services.booth.interviews import InterviewService
        from fairdesk.services.exports.interviews import export_interviews

        engine, name = self.engine, self.settings.station_name

        def interviews(company_id: uuid.UUID) -> InterviewService:
            return InterviewService(engine, company_id, station_name=name)

        def export(company_id: uuid.UUID, path: Path) -> int:
            return export_interviews(engine, path, company_id=company_id)

        return BoothServices(BoothAuth(engine), interviews, export, self.storage)

    @cached_property
    def organiser(self) -> OrganiserServices:
        from fairdesk.services.badges.service import BadgeService

        return OrganiserServices(badges=BadgeService(self.engine))

    def fair_summary(self) -> FairSummary | None:
        """The status bar's fair name and counts (called off the GUI thread)."""
        from fairdesk.services.fairs import fair_summary

        return fair_summary(self.engine)

    def close(self) -> None:
        self.outside.close()


def wire(settings: Settings, engine: Engine) -> Wiring:
    """The bundles for this station; see the module docstring."""
    storage = StorageService(engine, settings.db_path, settings.backup_dir)
    return Wiring(settings, engine, storage, OutsideChanges(engine))
