"""What the desk does with one queued item: a badge code, a 学号, or a person chosen on screen.

`DeskProcessor.process` never touches a widget. The desk runs it on the GUI thread (a check-in
is one ~2 ms transaction; SQLite connections stay on one thread): a code-shaped input is
verified and checked in; anything else is looked up as a 学号 — a campus card read by the
scanner checks its one holder in at once, a typed number comes back for the volunteer to confirm;
a chosen or confirmed person is checked in by id. The answer goes back to the screen.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal, Protocol

from fairdesk.core.codes import fold_input, is_code_shaped
from fairdesk.services.desk.checkin import AttendeeCard, CheckInResult

logger = logging.getLogger(__name__)

Source = Literal["scanner", "typed", "chosen"]
_SOURCES: dict[str, Source] = {"scanner": "scanner", "typed": "typed", "chosen": "chosen"}
LONG_DIGITS = 20  # digit strings this long are (damaged) badge codes, not student numbers


class CheckIns(Protocol):
    """The part of `CheckInService` the desk uses."""

    def by_code(self, text: str, *, at: datetime | None = ...) -> CheckInResult: ...
    def by_attendee(
        self, attendee_id: uuid.UUID, *, method: str = ..., at: datetime | None = ...
    ) -> CheckInResult: ...
    def find_by_student_no(self, text: str) -> list[AttendeeCard]: ...
    def undo(self, checkin_id: uuid.UUID) -> None: ...


@dataclass(frozen=True)
class ScanItem:
    """One thing to process, in arrival order."""

    text: str = ""
    source: Source = "scanner"
    attendee_id: uuid.UUID | None = None
    method: str = "search"
    scanned_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def to_json(self) -> dict[str, str]:
        """For the held-scans file beside the database (`HeldJournal`)."""
        return {
            "text": self.text,
            "source": self.source,
            "attendee_id": str(self.attendee_id) if self.attendee_id else "",
            "method": self.method,
            "scanned_at": self.scanned_at.isoformat(),
        }

    @classmethod
    def from_json(cls, data: dict[str, str]) -> ScanItem:
        return cls(
            text=data["text"],
            source=_SOURCES.get(data["source"], "scanner"),
            attendee_id=uuid.UUID(data["attendee_id"]) if data["attendee_id"] else None,
            method=data["method"],
            scanned_at=datetime.fromisoformat(data["scanned_at"]),
        )


@dataclass(frozen=True)
class ScanAnswer:
    """The verdict, or the people a 学号 matched (none, one to confirm, several to choose)."""

    item: ScanItem
    result: CheckInResult | None = None
    matches: list[AttendeeCard] = field(default_factory=list)


class DeskProcessor:
    """Turns queued items into answers; see the module docstring."""

    def __init__(self, checkins: CheckIns) -> None:
        self._checkins = checkins

    def process(self, item: ScanItem) -> ScanAnswer:
        if item.attendee_id is not None:
            result = self._checkins.by_attendee(
                item.attendee_id, method=item.method, at=item.scanned_at
            )
            return ScanAnswer(item, result)
        text = fold_input(item.text)
        if not text:
            return ScanAnswer(item)
        if is_code_shaped(text) or (text.isdigit() and len(text) >= LONG_DIGITS):
            return ScanAnswer(item, self._checkins.by_code(text, at=item.scanned_at))
        matches = self._checkins.find_by_student_no(text)
        if len(matches) == 1 and item.source == "scanner":
            result = self._checkins.by_attendee(
                matches[0].id, method="student_no", at=item.scanned_at
            )
            return ScanAnswer(item, result, matches)
        return ScanAnswer(item, None, matches)
