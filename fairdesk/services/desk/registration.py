"""Walk-in registration at the desk: one person typed in, validated like a roster row.

The form's values go through the roster import's own rules (`roster.validate_attendee` on a
one-row table), so a walk-in is held to exactly what an imported student is. Before creating
anyone the roster is searched for the same person (same university and 学号, or the same phone):
the desk then offers that person instead of making a second record. Registering creates the
attendee (source "walk-in", pinyin keys, phone tail), mints a badge from the local station's block
and checks the person in (method "walk-in") — all in one transaction.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Engine, and_, or_
from sqlmodel import Session, col, select

from fairdesk.core.messages import Text, message
from fairdesk.core.normalize import NOT_MOBILE_TEXT
from fairdesk.core.pinyin_keys import name_keys
from fairdesk.core.roster import ATTENDEE_COLUMNS, AttendeeRow, validate_attendee
from fairdesk.core.tabular import TableRow
from fairdesk.errors import UserError
from fairdesk.services.badges.issue import mint_badges
from fairdesk.services.desk.checkin import AttendeeCard, CheckInResult, CheckInService
from fairdesk.services.fairs import current_fair, local_station
from fairdesk.services.importing.attendees import phone_tail
from fairdesk.services.people import PersonForm
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Attendee
from fairdesk.store.seam import changes

logger = logging.getLogger(__name__)

_FIELDS = tuple(ATTENDEE_COLUMNS)  # name, student_no, university, school, major, degree, …
_COLUMNS = {f: i for i, f in enumerate(_FIELDS)}

INVALID_FIELD = message("walk_in.invalid", "{field}: {reason}", "{field} 填写有误：{reason}")
ALREADY_IN_ROSTER = message(
    "walk_in.already_in_roster",
    "This student is already in the roster (same university and student no, or same phone). "
    "Check the existing record in instead.",
    "这名学生已在名单中（学校和学号相同，或手机号相同）。请为已有的记录签到。",
)


WalkInForm = PersonForm  # what the volunteer typed


@dataclass(frozen=True)
class WalkInResult:
    """The new attendee, their badge serial and the check-in verdict."""

    attendee: AttendeeCard
    serial: int
    checkin: CheckInResult


def _row(form: WalkInForm) -> TableRow:
    values = {
        "name": form.name,
        "student_no": form.student_no,
        "university": form.university,
        "school": form.school,
        "major": form.major,
        "degree": form.degree,
        "grad_year": form.grad_year,
        "phone": form.phone,
        "email": form.email,
        "consent": "是" if form.consent else "否",
    }
    cells = tuple(values[f] for f in _FIELDS)
    return TableRow(number=1, original=cells, raw=cells)


class WalkInInvalid(UserError):
    """A form field the roster rules refuse: `field` (e.g. "phone") and the reason.

    `reason` is the roster rules' own: a keyed `Text`, or (until those rules are converted) a
    bilingual "English / 中文" string.
    """

    def __init__(self, field: str, reason: Text | str) -> None:
        super().__init__(INVALID_FIELD(field=field, reason=reason))
        self.field = field
        self.reason = reason


def validate_walk_in(form: WalkInForm) -> AttendeeRow:
    """The clean row, or a WalkInInvalid naming the field and why (the import's own words)."""
    result = validate_attendee(_row(form), _COLUMNS)
    if not isinstance(result, AttendeeRow):
        raise WalkInInvalid(result.field, result.why)
    if result.warnings:  # the student is at the desk: fix a doubtful phone now, do not drop it
        raise WalkInInvalid("phone", NOT_MOBILE_TEXT())
    return result


class RegistrationService:
    """Walk-ins for one desk; check-ins are recorded under `station_name` like scans."""

    def __init__(self, engine: Engine, *, station_name: str | None = None) -> None:
        self._engine = engine
        self._checkins = CheckInService(engine, station_name=station_name)

    def duplicates(self, form: WalkInForm) -> list[AttendeeCard]:
        """People already in the roster with the same university + 学号 or the same phone."""
        row = validate_walk_in(form)
        with read_session(self._engine) as session:
            return [AttendeeCard.of(a) for a in self._same_person(session, row)]

    @staticmethod
    def _same_person(session: Session, row: AttendeeRow) -> list[Attendee]:
        fair = current_fair(session)
        keys: list[ColumnElement[bool]] = []
        if row.student_no is not None:
            keys.append(
                and_(
                    col(Attendee.university) == row.university,
                    col(Attendee.student_no) == row.student_no,
                )
            )
        if row.phone is not None:
            keys.append(col(Attendee.phone) == row.phone)
        if not keys:
            return []
        stmt = select(Attendee).where(Attendee.fair_id == fair.id, or_(*keys)).limit(10)
        return list(session.exec(stmt).all())

    def register(self, form: WalkInForm) -> WalkInResult:
        """Create the attendee and badge and check them in; refuses a duplicate of the roster."""
        row = validate_walk_in(form)
        self._checkins.station_id()  # resolved before this transaction opens
        with write_session(self._engine) as session:
            if self._same_person(session, row):
                raise UserError(ALREADY_IN_ROSTER())
            fair = current_fair(session)
            station = local_station(session)
            pinyin, initials = name_keys(row.name)
            attendee = Attendee(
                station_id=station.id,
                fair_id=fair.id,
                name=row.name,
                name_pinyin=pinyin,
                name_initials=initials,
                student_no=row.student_no,
                university=row.university,
                school=row.school,
                major=row.major,
                degree=row.degree,
                grad_year=row.grad_year,
                phone=row.phone,
                phone_tail=phone_tail(row.phone),
                email=row.email,
                consent=bool(row.consent),
                source="walk-in",
            )
            changes(session, station.id).add(attendee)
            (serial,) = mint_badges(session, [attendee.id], station)
            # same transaction as the attendee and badge: CheckInService's own recording step
            verdict = self._checkins.record_in(session, attendee, method="walk-in", serial=serial)
        logger.info("walk-in registered: serial %d", serial)
        return WalkInResult(AttendeeCard.of(attendee), serial, verdict)
