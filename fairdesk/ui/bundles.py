"""What each station screen needs from the services, as Protocols (CONVENTIONS rule 1 and 2).

`fairdesk.wiring` builds the real bundles (`DeskServices`, `BoothServices`, `OrganiserServices`,
frozen dataclasses of service objects) and hands them to the screens, which see only these
shapes: a test builds a screen with fakes, and no screen ever sees the engine. Members are
read-only properties so a frozen dataclass satisfies them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # types only: importing this module loads no service (a lighter start)
    from fairdesk.errors import StorageError
    from fairdesk.services.badges.service import BadgeView
    from fairdesk.services.booth.auth import CompanyChoice
    from fairdesk.services.booth.views import (
        InterviewCard,
        InterviewFilters,
        InterviewRow,
        NoteView,
        PositionChoice,
        ScanOutcome,
    )
    from fairdesk.services.desk.checkin import AttendeeCard
    from fairdesk.services.desk.registration import WalkInForm, WalkInResult
    from fairdesk.services.desk.search import AttendeeHit
    from fairdesk.services.sync.auto_bundle import AutoBundle
    from fairdesk.services.sync.results import (
        BundleResult,
        MergeSummary,
        PackResult,
        StationSummary,
        UnpackResult,
    )
    from fairdesk.ui.desk.counters import Counts
    from fairdesk.ui.desk.scans import CheckIns
    from fairdesk.ui.organiser.floor_protocols import FloorPlanTool
    from fairdesk.ui.organiser.imports_protocols import ImportsTool
    from fairdesk.ui.organiser.people_protocols import CompaniesTool, StudentsTool
    from fairdesk.ui.organiser.print_protocols import ArrivalsTool, PrintoutsTool
    from fairdesk.ui.organiser.setup_protocols import Exports, FairCreation


class AttendeeSearch(Protocol):
    def search(self, query: str, limit: int = ...) -> list[AttendeeHit]: ...


class DeskStats(Protocol):
    def desk_name(self) -> str: ...
    def counts(self, now: datetime | None = ...) -> Counts: ...


class WalkIns(Protocol):
    def duplicates(self, form: WalkInForm) -> list[AttendeeCard]: ...
    def register(self, form: WalkInForm) -> WalkInResult: ...


class Badges(Protocol):
    """`BadgeService`: what the desk's printing and the organiser's Badges screen call."""

    def fair_name(self) -> str: ...
    def universities(self) -> list[str]: ...
    def select(
        self,
        university: str | None = ...,
        only_unprinted: bool = ...,
        attendee_ids: Sequence[uuid.UUID] | None = ...,
    ) -> list[BadgeView]: ...
    def ensure_badge(self, attendee_id: uuid.UUID) -> BadgeView: ...
    def reissue(self, attendee_id: uuid.UUID) -> BadgeView: ...
    def record_prints(self, views: Sequence[BadgeView], layout: str) -> None: ...


class Storage(Protocol):
    """`StorageService`: the storage-problem strip, its dialog and the rolling backups."""

    @property
    def db_path(self) -> Path: ...
    def problem(self) -> StorageError | None: ...
    def backup_now(self) -> Path | None: ...
    def backups(self) -> Sequence[Any]: ...  # store.backup.BackupInfo (ui never imports store)
    def restore(self, backup: Path) -> Any: ...
    def rescue(self, target: Path, held_files: list[Path]) -> Path: ...


class Interviews(Protocol):
    """`InterviewService` for one company: the unlocked booth station."""

    company_name: str

    def positions(self) -> list[PositionChoice]: ...
    def tags(self) -> list[str]: ...
    def add_tag(self, name: str) -> str: ...
    def last_interviewer(self) -> str: ...
    def scan(self, code: str, *, interviewer: str = ...) -> ScanOutcome: ...
    def set_rating(self, interview_id: uuid.UUID, rating: int | None) -> None: ...
    def set_outcome(self, interview_id: uuid.UUID, outcome: str | None) -> None: ...
    def set_position(self, interview_id: uuid.UUID, position_id: uuid.UUID | None) -> None: ...
    def set_tags(self, interview_id: uuid.UUID, tags: Sequence[str]) -> None: ...
    def set_interviewer(self, interview_id: uuid.UUID, name: str) -> None: ...
    def set_pending_name(self, interview_id: uuid.UUID, name: str) -> None: ...
    def add_note(self, interview_id: uuid.UUID, author: str, text: str) -> NoteView: ...
    def card(self, interview_id: uuid.UUID) -> InterviewCard: ...
    def list(self, filters: InterviewFilters | None = ...) -> list[InterviewRow]: ...


class BoothLogin(Protocol):
    """`BoothAuth`: the company chooser and the PIN lock."""

    def companies(self) -> list[CompanyChoice]: ...
    def find(self, name: str) -> CompanyChoice: ...
    def check_pin(self, company_id: uuid.UUID, pin: str) -> bool: ...


class AutoBundles(Protocol):
    """`AutoBundleSettings`: the folder and interval of the station's automatic bundle."""

    def read(self) -> AutoBundle: ...
    def save(self, folder: Path | None, minutes: int) -> AutoBundle: ...


class StationSync(Protocol):
    """What a desk or booth needs for Station › Write bundle… and the automatic bundle."""

    @property
    def write_bundle(self) -> Callable[[Path], BundleResult]: ...
    @property
    def auto_bundle(self) -> AutoBundles: ...


#: `services.sync.packs.unpack(engine, path, passphrase)` with the engine bound
Unpack = Callable[[Path, str], "UnpackResult"]
#: `services.sync.merge.merge_bundles` with the engine (and where its report goes) bound:
#: (paths, passphrase, progress(done, total) called from the worker thread)
MergeBundles = Callable[[Sequence[Path], str, Callable[[int, int], None]], "MergeSummary"]


class MakePack(Protocol):
    """`services.sync.packs.make_pack` with the engine bound."""

    def __call__(
        self,
        *,
        role: str,
        out: Path,
        passphrase: str,
        name: str | None = ...,
        company: str | None = ...,
    ) -> PackResult: ...


class StationsTool(Protocol):
    """The organiser's Stations tool: the list, packs out, bundles in."""

    @property
    def list_stations(self) -> Callable[[], list[StationSummary]]: ...
    @property
    def companies(self) -> Callable[[], list[str]]: ...
    @property
    def make_pack(self) -> MakePack: ...
    @property
    def merge_bundles(self) -> MergeBundles: ...


class DeskBundle(Protocol):
    @property
    def checkins(self) -> CheckIns: ...
    @property
    def arrivals(self) -> ArrivalsTool: ...
    @property
    def search(self) -> AttendeeSearch: ...
    @property
    def stats(self) -> DeskStats: ...
    @property
    def registration(self) -> WalkIns: ...
    @property
    def badges(self) -> Badges: ...
    @property
    def storage(self) -> Storage | None: ...


class BoothBundle(Protocol):
    @property
    def auth(self) -> BoothLogin: ...
    @property
    def interviews(self) -> Callable[[uuid.UUID], Interviews]: ...
    @property
    def export_interviews(self) -> Callable[[uuid.UUID, Path], int]: ...
    @property
    def storage(self) -> Storage | None: ...


class OrganiserBundle(Protocol):
    @property
    def badges(self) -> Badges: ...
    @property
    def stations(self) -> StationsTool: ...
    @property
    def imports(self) -> ImportsTool: ...
    @property
    def students(self) -> StudentsTool: ...
    @property
    def companies(self) -> CompaniesTool: ...
    @property
    def floor(self) -> FloorPlanTool: ...
    @property
    def printouts(self) -> PrintoutsTool: ...
    @property
    def arrivals(self) -> ArrivalsTool: ...
    @property
    def setup(self) -> FairCreation: ...
    @property
    def exports(self) -> Exports: ...
