"""Interviews at a company's booth: scan a badge, then rate, tag, decide and note as you go.

One `InterviewService` serves one company; every query is filtered by its id, so a booth never
reads another company's interviews. Each call is one short write transaction (BEGIN IMMEDIATE),
so the form saves field by field and what the screen shows as saved is on disk. One record per
student per company: a rescan appends an `InterviewVisit`; notes are appended, never edited.

A booth may hold no fair key: with a key the code is verified (forgeries refused), without one
only the Damm header is checked. A serial missing from the booth roster becomes a *pending*
record holding the serial, settled when the organiser merges.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from fairdesk.core.codes import CodeParts, Refused, Rejection, parse_code, verify_code
from fairdesk.errors import UserError
from fairdesk.services.booth.records import card_of, row_of
from fairdesk.services.booth.views import (
    NAME_FROM_ROSTER,
    NOT_OUR_INTERVIEW,
    NOT_OUR_POSITION,
    NOT_THIS_COMPANY,
    TAG_SEPARATOR,
    UNKNOWN_TAG,
    InterviewCard,
    InterviewFilters,
    InterviewRow,
    NoteView,
    PositionChoice,
    ScanOutcome,
    ScanStatus,
    check_note,
    check_rating,
    clean_tag,
    parse_outcome,
)
from fairdesk.services.fairs import current_fair
from fairdesk.services.stations import find_station, station_for
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import (
    Attendee,
    Badge,
    Company,
    Interview,
    InterviewNote,
    InterviewVisit,
    Position,
    Station,
    Tag,
    utcnow,
)
from fairdesk.store.queries import code_is_revoked
from fairdesk.store.seam import changes

logger = logging.getLogger(__name__)


class InterviewService:
    """Booth use cases for one company (see the module docstring)."""

    def __init__(
        self, engine: Engine, company_id: uuid.UUID, *, station_name: str | None = None
    ) -> None:
        self._engine = engine
        self.company_id = company_id
        self._station_name = (station_name or "").strip()
        self._station_id: uuid.UUID | None = None
        with read_session(engine) as session:
            company = session.get(Company, company_id)
            if company is None:
                raise UserError(NOT_THIS_COMPANY())
            self.company_name = company.name

    # -- reference data ----------------------------------------------------------------------

    def positions(self) -> list[PositionChoice]:
        with read_session(self._engine) as session:
            rows = session.exec(
                select(Position)
                .where(Position.company_id == self.company_id)
                .order_by(col(Position.created_at), col(Position.title))
            ).all()
            return [PositionChoice(p.id, p.title) for p in rows]

    def tags(self) -> list[str]:
        """The organiser's tags, then this company's own (never another company's)."""
        with read_session(self._engine) as session:
            rows = session.exec(
                select(Tag)
                .where((col(Tag.company_id).is_(None)) | (col(Tag.company_id) == self.company_id))
                .order_by(col(Tag.company_id).is_not(None), col(Tag.created_at))
            ).all()
            seen: dict[str, None] = {}
            for t in rows:
                seen.setdefault(t.name, None)
            return list(seen)

    def add_tag(self, name: str) -> str:
        """Add a company tag (no-op if it exists in either list); returns the stored name."""
        tag = clean_tag(name)
        station_id = self._station()
        with write_session(self._engine) as session:
            if tag not in self._tag_names(session):
                row = Tag(station_id=station_id, company_id=self.company_id, name=tag)
                changes(session, station_id).add(row)
        return tag

    def last_interviewer(self) -> str:
        """The interviewer this station last recorded for this company (remembered per station)."""
        with read_session(self._engine) as session:
            station = find_station(session, self._station_name_here(session))
            if station is None:
                return ""
            station_id = station.id
            name = session.exec(
                select(Interview.interviewer)
                .where(
                    Interview.company_id == self.company_id,
                    Interview.station_id == station_id,
                    Interview.interviewer != "",
                )
                .order_by(col(Interview.updated_at).desc())
            ).first()
            return name or ""

    # -- scanning ----------------------------------------------------------------------------

    def scan(self, code: str, *, interviewer: str = "") -> ScanOutcome:
        """Open (or create) this student's record and log a visit; refused codes say why."""
        station_id = self._station()
        with write_session(self._engine) as session:
            parts = self._read_code(session, code)
            if isinstance(parts, Refused):
                return ScanOutcome("refused", reason=parts.reason)
            badge = session.exec(select(Badge).where(Badge.serial == parts.serial)).first()
            if badge is not None and code_is_revoked(badge, parts.reissue):
                return ScanOutcome("refused", reason=Rejection.REVOKED)
            if badge is not None:
                found = session.exec(
                    select(Interview).where(
                        Interview.company_id == self.company_id,
                        Interview.attendee_id == badge.attendee_id,
                    )
                ).first()
            else:
                found = session.exec(
                    select(Interview).where(
                        Interview.company_id == self.company_id,
                        Interview.pending_serial == parts.serial,
                        col(Interview.attendee_id).is_(None),
                    )
                ).first()
            log = changes(session, station_id)
            interview = found or Interview(
                station_id=station_id,
                company_id=self.company_id,
                attendee_id=badge.attendee_id if badge else None,
                pending_serial=None if badge else parts.serial,
                interviewer=interviewer.strip(),
                visits=0,
            )
            if found is None:
                log.add(interview)
            log.add(InterviewVisit(station_id=station_id, interview_id=interview.id))
            edits: dict[str, object] = {"visits": self._visit_count(session, interview.id)}
            if found is not None and not found.interviewer and interviewer.strip():
                edits["interviewer"] = interviewer.strip()
            log.update(interview, **edits, updated_at=utcnow())
            status: ScanStatus = (
                "pending" if badge is None else ("new" if found is None else "visit")
            )
            return ScanOutcome(status, card_of(session, interview))

    def _read_code(self, session: Session, code: str) -> CodeParts | Refused:
        fair = current_fair(session)
        if fair.secret:
            return verify_code(code, fair_code=fair.code, secret=bytes.fromhex(fair.secret))
        parts = parse_code(code)
        if isinstance(parts, CodeParts) and parts.fair_code != fair.code:
            return Refused(Rejection.OTHER_FAIR)
        return parts

    # -- editing (each one short transaction) ------------------------------------------------

    def set_rating(self, interview_id: uuid.UUID, rating: int | None) -> None:
        value = check_rating(rating)
        station_id = self._station()
        with write_session(self._engine) as session:
            self._edit(session, station_id, self._own(session, interview_id), rating=value)

    def set_outcome(self, interview_id: uuid.UUID, outcome: str | None) -> None:
        value = parse_outcome(outcome)
        station_id = self._station()
        with write_session(self._engine) as session:
            self._edit(session, station_id, self._own(session, interview_id), outcome=value)

    def set_position(self, interview_id: uuid.UUID, position_id: uuid.UUID | None) -> None:
        station_id = self._station()
        with write_session(self._engine) as session:
            interview = self._own(session, interview_id)
            if position_id is not None:
                position = session.get(Position, position_id)
                if position is None or position.company_id != self.company_id:
                    raise UserError(NOT_OUR_POSITION())
            self._edit(session, station_id, interview, position_id=position_id)

    def set_tags(self, interview_id: uuid.UUID, tags: Sequence[str]) -> None:
        cleaned = list(dict.fromkeys(clean_tag(t) for t in tags))
        station_id = self._station()
        with write_session(self._engine) as session:
            interview = self._own(session, interview_id)
            known = self._tag_names(session)
            unknown = [t for t in cleaned if t not in known]
            if unknown:
                raise UserError(UNKNOWN_TAG(tag=unknown[0]))
            self._edit(session, station_id, interview, tags=TAG_SEPARATOR.join(cleaned))

    def set_interviewer(self, interview_id: uuid.UUID, name: str) -> None:
        station_id = self._station()
        with write_session(self._engine) as session:
            interview = self._own(session, interview_id)
            self._edit(session, station_id, interview, interviewer=name.strip()[:60])

    def set_pending_name(self, interview_id: uuid.UUID, name: str) -> None:
        """The name typed by hand for a pending record (until the organiser merges)."""
        station_id = self._station()
        with write_session(self._engine) as session:
            interview = self._own(session, interview_id)
            if interview.attendee_id is not None:
                raise UserError(NAME_FROM_ROSTER())
            typed = " ".join(name.split())[:60]
            self._edit(session, station_id, interview, pending_name=typed)

    def add_note(self, interview_id: uuid.UUID, author: str, text: str) -> NoteView:
        """Append a note; earlier notes (anyone's) are never changed."""
        body = check_note(text)
        station_id = self._station()
        with write_session(self._engine) as session:
            interview = self._own(session, interview_id)
            note = InterviewNote(station_id=station_id, interview_id=interview_id,
                                 author=author.strip()[:60], text=body)  # fmt: skip
            changes(session, station_id).add(note)
            self._edit(session, station_id, interview)
            station = session.get(Station, note.station_id)
            return NoteView(note.author, station.name if station else "", note.created_at, body)

    # -- reading -----------------------------------------------------------------------------

    def card(self, interview_id: uuid.UUID) -> InterviewCard:
        with read_session(self._engine) as session:
            return card_of(session, self._own(session, interview_id))

    def list(self, filters: InterviewFilters | None = None) -> list[InterviewRow]:
        """This company's interviews, newest visit first, filtered."""
        wanted = filters or InterviewFilters()
        with read_session(self._engine) as session:
            last = (
                select(InterviewVisit.interview_id, func.max(InterviewVisit.at).label("last"))
                .group_by(col(InterviewVisit.interview_id))
                .subquery()
            )
            query = (
                select(Interview, Attendee, Position, last.c.last)
                .outerjoin(Attendee, col(Attendee.id) == col(Interview.attendee_id))
                .outerjoin(Position, col(Position.id) == col(Interview.position_id))
                .outerjoin(last, last.c.interview_id == col(Interview.id))
                .where(Interview.company_id == self.company_id)
            )
            rows = [row_of(i, a, p, at) for i, a, p, at in session.exec(query).all()]
        rows.sort(key=lambda r: r.last_visit or datetime.min.replace(tzinfo=UTC), reverse=True)
        return [r for r in rows if wanted.matches(r)]

    # -- internals ---------------------------------------------------------------------------

    def _own(self, session: Session, interview_id: uuid.UUID) -> Interview:
        interview = session.get(Interview, interview_id)
        if interview is None or interview.company_id != self.company_id:
            raise UserError(NOT_OUR_INTERVIEW())
        return interview

    @staticmethod
    def _edit(
        session: Session, station_id: uuid.UUID, interview: Interview, **values: object
    ) -> None:
        """Change `values` (and `updated_at`) of one record, through the change log."""
        changes(session, station_id).update(interview, **values, updated_at=utcnow())

    def _tag_names(self, session: Session) -> set[str]:
        names = session.exec(
            select(Tag.name).where(
                (col(Tag.company_id).is_(None)) | (col(Tag.company_id) == self.company_id)
            )
        ).all()
        return set(names)

    def _visit_count(self, session: Session, interview_id: uuid.UUID) -> int:
        stmt = select(func.count()).where(InterviewVisit.interview_id == interview_id)
        return int(session.exec(stmt).one())

    def _station_name_here(self, session: Session) -> str | None:
        """The booth's station name: as given; else this laptop's own station when it is a
        booth; else the company's booth ("<company> 展位"), so notes never say "organiser"."""
        if self._station_name:
            return self._station_name
        here = find_station(session, None)
        if here is not None and here.role == "booth":
            return None
        company = session.get(Company, self.company_id)
        return f"{company.name} 展位" if company is not None else None

    def _station(self) -> uuid.UUID:
        """This booth's station id, resolved once outside any interview transaction."""
        if self._station_id is None:
            with read_session(self._engine) as reading:
                self._station_name = self._station_name_here(reading) or ""
            self._station_id = station_for(
                self._engine, self._station_name, role="booth", company_id=self.company_id
            )
        return self._station_id
