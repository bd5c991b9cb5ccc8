"""What the pack, unpack, bundle and merge services hand back to the command line and the GUI."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from fairdesk.core.messages import Text


@dataclass(frozen=True)
class PackResult:
    path: Path
    station_id: uuid.UUID
    station_number: int
    role: str  # a core.roles.Role value: desk | booth
    name: str
    company: str | None  # a booth's company
    attendees: int
    refreshed: bool  # a newer pack for a station that had one already (same identity)


@dataclass(frozen=True)
class UnpackResult:
    station_id: uuid.UUID
    station_number: int
    role: str
    name: str
    company: str | None
    attendees: int
    updated: bool  # `unpack --update`: rows added, changed or removed, the station's own work kept
    added: int = 0
    changed: int = 0
    removed: int = 0


@dataclass(frozen=True)
class BundleResult:
    path: Path
    station_name: str
    records: int  # changes in the bundle (cumulative since the pack)
    last_seq: int


@dataclass(frozen=True)
class MergeSummary:
    bundles: int
    new: int
    duplicate: int
    conflicts: int
    report_path: Path | None
    #: one line per conflict, fold, copied-station or refused file, in the interface language
    report: list[Text] = field(default_factory=list)
    refused: int = 0  # files refused whole (another fair, changed, wrong passphrase)

    def last_line(self) -> str:
        """The contract line scripts read (always English)."""
        return (
            f"merged {self.bundles} bundles: new {self.new}, duplicate {self.duplicate}, "
            f"conflicts {self.conflicts}"
        )


@dataclass(frozen=True)
class StationSummary:
    """A row of the organiser's Stations tool."""

    station_id: uuid.UUID
    number: int
    role: str
    name: str
    company: str | None
    last_merged_at: datetime | None
    records: int  # changes merged from it so far
    waiting: int = 0  # of those, not applied yet: their row or parent has not arrived
