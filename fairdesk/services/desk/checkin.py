"""Checking students in: by badge code, by 学号 or by a chosen attendee.

The first check-in of an attendee is the arrival; later ones are re-entries that point at it and
are never errors. Every call is one short write transaction, committed (and on disk, WAL with
synchronous=FULL) before it returns, so what the desk shows as done survives a power cut.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Self

from sqlalchemy import Engine, Table, bindparam
from sqlmodel import Session, col, select

from fairdesk.core.codes import (
    CodeParts,
    Rejection,
    fold_input,
    rejection_message,
    verify_code,
)
from fairdesk.core.ids import uuid7
from fairdesk.core.messages import Text, message
from fairdesk.errors import UserError
from fairdesk.services.fairs import current_fair, fair_secret
from fairdesk.services.people import PersonCard
from fairdesk.services.stations import station_for
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Attendee, Badge, CheckIn, Station, utcnow
from fairdesk.store.queries import active_arrival, code_is_revoked
from fairdesk.store.seam import changes

logger = logging.getLogger(__name__)

Outcome = Literal["ok", "already", "rejected"]

PERSON_GONE = message(
    "roster.person_gone", "That person is no longer in the roster.", "此人已不在名单中。"
)
NOTHING_TO_UNDO = message(
    "checkin.nothing_to_undo",
    "Nothing to undo: that check-in is not in this database.",
    "没有可撤销的内容：这条签到不在本数据库中。",
)


@dataclass(frozen=True, kw_only=True)
class AttendeeCard(PersonCard):
    """What the desk shows of a person: the display fields, its id and the 学号."""

    id: uuid.UUID
    student_no: str | None

    @classmethod
    def of(cls, a: Attendee, **extra: Any) -> Self:
        return super().of(a, id=a.id, student_no=a.student_no, **extra)


class RefusalReason:
    """The `reason` of a refused code as a keyed message and as text (desk and booth verdicts)."""

    reason: Rejection | None

    @property
    def reason_message(self) -> Text | None:
        """Why the code was refused (keyed; None unless refused for a code)."""
        return rejection_message(self.reason)

    @property
    def reason_text(self) -> str:
        """`reason_message` in the current language ("" when there is none)."""
        text = self.reason_message
        return text.render() if text is not None else ""


@dataclass(frozen=True)
class CheckInResult(RefusalReason):
    """The verdict of one scan or selection."""

    outcome: Outcome
    attendee: AttendeeCard | None = None
    checkin_id: uuid.UUID | None = None
    reason: Rejection | None = None
    first_at: datetime | None = None  # for "already": the arrival
    first_station: str = ""


CHECKIN_TABLE: Table = CheckIn.__table__  # type: ignore[attr-defined]
# Built once: the statements of every scan (SQLAlchemy still caches their compiled form).
_BY_SERIAL = (
    select(Badge, Attendee)
    .join(Attendee, col(Attendee.id) == col(Badge.attendee_id))
    .where(Badge.serial == bindparam("serial"))
)
_ARRIVAL = (
    select(col(CheckIn.id), col(CheckIn.station_id), col(CheckIn.at))
    .where(CheckIn.attendee_id == bindparam("attendee_id"), *active_arrival())
    .order_by(col(CheckIn.at))
)


class CheckInService:
    """Check-in use cases for one station; the fair's key is read once and kept."""

    def __init__(self, engine: Engine, *, station_name: str | None = None) -> None:
        self._engine = engine
        self._station_name = station_name
        self._key: tuple[int, bytes] | None = None
        self._station_id: uuid.UUID | None = None

    def station_id(self) -> uuid.UUID:
        """The desk's station, resolved once, outside any check-in transaction."""
        if self._station_id is None:
            self._station_id = station_for(self._engine, self._station_name, role="desk")
        return self._station_id

    def _prepare(self, session: Session) -> tuple[int, bytes]:
        if self._key is None:
            fair = current_fair(session)
            self._key = (fair.code, fair_secret(fair))
        return self._key

    def by_code(self, text: str, *, at: datetime | None = None) -> CheckInResult:
        """Verify a scanned or typed badge code and check its holder in.

        `at`: when the scan happened, if earlier than now (a scan held through a storage
        problem and saved later keeps its own time).
        """
        station_id = self.station_id()
        with write_session(self._engine) as session:
            fair_code, secret = self._prepare(session)
            parts = verify_code(text, fair_code=fair_code, secret=secret)
            if not isinstance(parts, CodeParts):
                return CheckInResult("rejected", reason=parts.reason)
            row = session.exec(_BY_SERIAL, params={"serial": parts.serial}).first()
            if row is None:
                return CheckInResult("rejected", reason=Rejection.UNKNOWN)
            badge, attendee = row
            if code_is_revoked(badge, parts.reissue):
                return CheckInResult(
                    "rejected", AttendeeCard.of(attendee), reason=Rejection.REVOKED
                )
            return self._record(session, attendee, station_id, "badge", parts.serial, at)

    def by_attendee(
        self, attendee_id: uuid.UUID, *, method: str = "search", at: datetime | None = None
    ) -> CheckInResult:
        """Check in a person chosen by search, 学号 or walk-in registration."""
        station_id = self.station_id()
        with write_session(self._engine) as session:
            attendee = session.get(Attendee, attendee_id)
            if attendee is None:
                raise UserError(PERSON_GONE())
            return self._record(session, attendee, station_id, method, None, at)

    def record_in(
        self, session: Session, attendee: Attendee, *, method: str, serial: int | None = None
    ) -> CheckInResult:
        """Check `attendee` in inside the caller's transaction (walk-in registration).

        Call `station_id()` before opening that transaction: a first-use named desk is created
        in a transaction of its own.
        """
        return self._record(session, attendee, self.station_id(), method, serial)

    def _record(
        self,
        session: Session,
        attendee: Attendee,
        station_id: uuid.UUID,
        method: str,
        serial: int | None,
        at: datetime | None = None,
    ) -> CheckInResult:
        arrival = session.exec(_ARRIVAL, params={"attendee_id": attendee.id}).first()
        checkin_id = uuid7()
        entry: dict[str, Any] = {
            "id": checkin_id,
            "station_id": station_id,
            "attendee_id": attendee.id,
            "kind": "arrival" if arrival is None else "reentry",
            "arrival_id": None if arrival is None else arrival[0],
            "method": method,
            "serial": serial,
            "at": at or utcnow(),
            "undone_at": None,
        }
        # one row by column, logged with all its columns as `add` would: no ORM object to
        # build and flush for the desk's most frequent write
        changes(session, station_id).bulk_insert(CHECKIN_TABLE, {k: [v] for k, v in entry.items()})
        card = AttendeeCard.of(attendee)
        if arrival is None:
            return CheckInResult("ok", card, checkin_id=checkin_id)
        _first_id, first_station_id, first_at = arrival
        first_station = session.get(Station, first_station_id)
        return CheckInResult(
            "already",
            card,
            checkin_id=checkin_id,
            first_at=first_at,
            first_station=first_station.name if first_station else "",
        )

    def undo(self, checkin_id: uuid.UUID) -> None:
        """Void a check-in: the row stays, marked with the time of the undo, and the undo is a
        change in the log under this desk's station."""
        station_id = self.station_id()
        with write_session(self._engine) as session:
            entry = session.get(CheckIn, checkin_id)
            if entry is None:
                raise UserError(NOTHING_TO_UNDO())
            if entry.undone_at is None:
                changes(session, station_id).update(entry, undone_at=utcnow())

    def find_by_student_no(self, text: str) -> list[AttendeeCard]:
        """Attendees whose 学号 is exactly `text` (campus cards and typed numbers)."""
        number = fold_input(text)
        if not number:
            return []
        with read_session(self._engine) as session:
            rows = session.exec(select(Attendee).where(Attendee.student_no == number)).all()
            return [AttendeeCard.of(a) for a in rows]
