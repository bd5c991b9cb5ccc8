"""The composition root's service half: settings + engine → the typed bundles each station uses.

`wire(settings, engine)` is called once by `fairdesk.app.run_gui`; the app hands the bundles to
the screens through their constructors, so no screen sees the engine and a test builds a screen
with fakes (the screens type their bundle as a Protocol, `fairdesk.ui.bundles`). Each bundle is
built on first use: a volunteer who opens the desk never loads the booth's services.

The station sync services (packs, bundles, merge: `fairdesk.services.sync`) are imported inside
the functions that call them, so starting a station loads none of them (and their cryptography)
until someone writes a bundle or makes a pack.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk.config import Settings
from fairdesk.services.outside_changes import OutsideChanges
from fairdesk.services.storage import StorageService

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from fairdesk.services.arrivals.service import ArrivalService
    from fairdesk.services.badges.service import BadgeService
    from fairdesk.services.booth.auth import BoothAuth
    from fairdesk.services.booth.interviews import InterviewService
    from fairdesk.services.desk.checkin import CheckInService
    from fairdesk.services.desk.registration import RegistrationService
    from fairdesk.services.desk.search import SearchService
    from fairdesk.services.desk.stats import DeskStatsService
    from fairdesk.services.exports.choices import ExportsService
    from fairdesk.services.fair_setup import FairSetup
    from fairdesk.services.fairs import FairSummary
    from fairdesk.services.floorplan.service import FloorPlanService
    from fairdesk.services.importing.tool import ImportService
    from fairdesk.services.organiser_pin import OrganiserLock
    from fairdesk.services.people_admin.companies import CompaniesService
    from fairdesk.services.people_admin.students import StudentsService
    from fairdesk.services.printouts.service import PrintoutService
    from fairdesk.services.sync.auto_bundle import AutoBundleSettings
    from fairdesk.services.sync.results import (
        BundleResult,
        MergeSummary,
        PackResult,
        StationSummary,
        UnpackResult,
    )

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class StationSyncServices:
    """A desk's or booth's bundle back to the organiser: on demand and automatically."""

    write_bundle: Callable[[Path], BundleResult]
    auto_bundle: AutoBundleSettings


@dataclass(frozen=True)
class StationsServices:
    """The organiser's Stations tool: the stations heard from, packs out, bundles in."""

    engine: Engine = field(repr=False)
    report_dir: Path

    def list_stations(self) -> list[StationSummary]:
        from fairdesk.services.sync.overview import list_stations

        rows: list[StationSummary] = list_stations(self.engine)
        return rows

    def companies(self) -> list[str]:
        from fairdesk.services.booth.auth import BoothAuth

        return [choice.name for choice in BoothAuth(self.engine).companies()]

    def make_pack(
        self,
        *,
        role: str,
        out: Path,
        passphrase: str,
        name: str | None = None,
        company: str | None = None,
    ) -> PackResult:
        from fairdesk.services.sync.packs import make_pack

        made: PackResult = make_pack(
            self.engine, role=role, out=out, passphrase=passphrase, name=name, company=company
        )
        return made

    def merge_bundles(
        self, paths: Sequence[Path], passphrase: str, progress: Callable[[int, int], None]
    ) -> MergeSummary:
        """Merge `paths`; the report file goes beside the organiser's database."""
        from fairdesk.services.sync.merge import merge_bundles

        report = self.report_dir / f"merge-report-{datetime.now():%Y%m%d-%H%M%S}.txt"
        summary: MergeSummary = merge_bundles(
            self.engine, paths, passphrase, progress=progress, report=report
        )
        return summary


@dataclass(frozen=True)
class DeskServices:
    """The registration desk: check-ins, search, counters, walk-ins, badges, storage."""

    checkins: CheckInService
    search: SearchService
    stats: DeskStatsService
    registration: RegistrationService
    badges: BadgeService
    storage: StorageService
    sync: StationSyncServices
    arrivals: ArrivalService  # employer check-in at the desk


@dataclass(frozen=True)
class BoothServices:
    """A company booth: its login, then one interview service per unlocked company."""

    auth: BoothAuth
    interviews: Callable[[uuid.UUID], InterviewService]
    export_interviews: Callable[[uuid.UUID, Path], int]
    storage: StorageService
    sync: StationSyncServices


@dataclass(frozen=True)
class OrganiserServices:
    """The organiser's tools (each screen's service) and the New fair wizard."""

    badges: BadgeService
    stations: StationsServices
    imports: ImportService
    students: StudentsService
    companies: CompaniesService
    floor: FloorPlanService
    printouts: PrintoutService
    arrivals: ArrivalService
    setup: FairSetup
    exports: ExportsService


@dataclass(frozen=True)
class Wiring:
    """Everything long-lived the GUI needs, built from one settings object and one engine."""

    settings: Settings
    engine: Engine
    storage: StorageService
    outside: OutsideChanges = field(compare=False)
    #: what the station pack this laptop was just started from said (role, company)
    _started: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def sync(self) -> StationSyncServices:
        """Bundles of a desk or booth (the same file whichever screen writes them)."""
        from fairdesk.services.sync.auto_bundle import AutoBundleSettings

        engine = self.engine

        def write(out: Path) -> BundleResult:
            from fairdesk.services.sync.bundles import write_bundle

            written: BundleResult = write_bundle(engine, out)
            return written

        return StationSyncServices(write, AutoBundleSettings(engine))

    def unpack(self, path: Path, passphrase: str) -> UnpackResult:
        """Start this laptop (its empty database) from a station pack."""
        from fairdesk.services.sync.packs import unpack

        result: UnpackResult = unpack(self.engine, path, passphrase)
        self._started.update(role=result.role, company=result.company)
        return result

    def started_company(self) -> str | None:
        """The booth's company when this laptop was just started from a booth pack."""
        return self._started.get("company")

    @cached_property
    def desk(self) -> DeskServices:
        from fairdesk.services.arrivals.service import ArrivalService
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
            sync=self.sync,
            arrivals=ArrivalService(engine),
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

        return BoothServices(BoothAuth(engine), interviews, export, self.storage, self.sync)

    @cached_property
    def organiser(self) -> OrganiserServices:
        from fairdesk.services.arrivals.service import ArrivalService
        from fairdesk.services.badges.service import BadgeService
        from fairdesk.services.exports.choices import ExportsService
        from fairdesk.services.fair_setup import FairSetup
        from fairdesk.services.floorplan.service import FloorPlanService
        from fairdesk.services.importing.tool import ImportService
        from fairdesk.services.people_admin.companies import CompaniesService
        from fairdesk.services.people_admin.students import StudentsService
        from fairdesk.services.printouts.service import PrintoutService

        report_dir = self.settings.db_path.parent
        return OrganiserServices(
            badges=BadgeService(self.engine),
            stations=StationsServices(self.engine, report_dir),
            imports=ImportService(self.engine),
            students=StudentsService(self.engine),
            companies=CompaniesService(self.engine),
            floor=FloorPlanService(self.engine),
            printouts=PrintoutService(self.engine),
            arrivals=ArrivalService(self.engine),
            setup=FairSetup(self.engine),
            exports=ExportsService(self.engine),
        )

    @cached_property
    def organiser_lock(self) -> OrganiserLock:
        """Whether this laptop needs the organiser PIN to open the organiser role (one object:
        its count of wrong tries lasts while the window runs)."""
        from fairdesk.services.organiser_pin import OrganiserLock

        return OrganiserLock(self.engine)

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
