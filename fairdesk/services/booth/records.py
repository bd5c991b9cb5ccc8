"""Reading interview records into the booth's display-only views (ORM rows in, dataclasses out).

Kept apart from the use cases in `interviews` so the mapping that decides what a booth may see
(display fields only: no phone, e-mail or 学号) lives in one short module.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from fairdesk.core.times import as_utc
from fairdesk.services.booth.views import (
    InterviewCard,
    InterviewRow,
    NoteView,
    StudentCard,
    split_tags,
)
from fairdesk.store.models import (
    Attendee,
    Interview,
    InterviewNote,
    InterviewVisit,
    Position,
    Station,
)


def student_card(a: Attendee) -> StudentCard:
    """The display fields of an attendee (never contact details or 学号)."""
    return StudentCard.of(a)


def facts_of(i: Interview) -> dict[str, Any]:
    """The `InterviewFacts` fields of `i`, for the card and the list row alike."""
    return {"id": i.id, "position_id": i.position_id, "rating": i.rating,
            "tags": split_tags(i.tags), "outcome": i.outcome, "interviewer": i.interviewer,
            "visits": i.visits}  # fmt: skip


def card_of(session: Session, interview: Interview) -> InterviewCard:
    """The booth's view of `interview` (display fields, notes in order, visit times)."""
    attendee = session.get(Attendee, interview.attendee_id) if interview.attendee_id else None
    position = session.get(Position, interview.position_id) if interview.position_id else None
    stations = {s.id: s.name for s in session.exec(select(Station))}
    notes = session.exec(
        select(InterviewNote)
        .where(InterviewNote.interview_id == interview.id)
        .order_by(col(InterviewNote.created_at), col(InterviewNote.id))
    ).all()
    first, last = session.exec(
        select(func.min(InterviewVisit.at), func.max(InterviewVisit.at)).where(
            InterviewVisit.interview_id == interview.id
        )
    ).one()
    return InterviewCard(
        **facts_of(interview),
        student=student_card(attendee) if attendee else None,
        pending_serial=interview.pending_serial,
        pending_name=interview.pending_name,
        position_title=position.title if position else "",
        first_visit=as_utc(first),
        last_visit=as_utc(last),
        notes=tuple(
            NoteView(
                n.author,
                stations.get(n.station_id, ""),
                as_utc(n.created_at) or n.created_at,
                n.text,
            )
            for n in notes
        ),
    )


def row_of(
    i: Interview, a: Attendee | None, p: Position | None, last: datetime | None
) -> InterviewRow:
    name = a.name if a else i.pending_name
    keys = " ".join(x for x in (name, a.name_pinyin if a else "", a.name_initials if a else ""))
    return InterviewRow(
        **facts_of(i),
        name=name,
        university=a.university if a else "",
        major=a.major if a else "",
        degree=a.degree if a else None,
        grad_year=a.grad_year if a else None,
        position=p.title if p else "",
        last_visit=as_utc(last),
        pending=a is None,
        search_keys=keys.lower(),
    )
