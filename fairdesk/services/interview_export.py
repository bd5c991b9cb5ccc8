"""Exporting interviews: a booth's own (one company) or the organiser's (every company).

One row per student per company, with the booth's display fields only (never a phone number,
e-mail or 学号: those reach a company only through the organiser's consent-filtered export) and
every note in order as "[time author] text" lines. Excel-safe through `write_table`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, func
from sqlmodel import col, select

from fairdesk.core.spreadsheet_out import check_table_path, write_table
from fairdesk.core.times import local_text
from fairdesk.errors import UserError
from fairdesk.services.interview_views import split_tags
from fairdesk.store.engine import read_session
from fairdesk.store.models import (
    Attendee,
    Company,
    Interview,
    InterviewNote,
    InterviewVisit,
    Position,
)

INTERVIEW_COLUMNS = (
    *("company", "name", "university", "school", "major", "degree", "grad_year"),
    *("pending_serial", "position", "rating", "tags", "outcome", "interviewer", "visits"),
    *("first_visit", "last_visit", "notes"),
)


def export_interviews(
    engine: Engine,
    out: Path,
    *,
    company: str | None = None,
    company_id: uuid.UUID | None = None,
) -> int:
    """Write the interviews of one company (by id — a booth — or by name — the CLI) or of every
    company (the organiser); returns rows written."""
    check_table_path(out)
    with read_session(engine) as session:
        companies = {c.id: c.name for c in session.exec(select(Company))}
        wanted: uuid.UUID | None = company_id
        if company_id is not None and company_id not in companies:
            raise UserError("That company is no longer in this database.")
        if company is not None and company_id is None:
            name = " ".join(company.split())
            wanted = next((cid for cid, cname in companies.items() if cname == name), None)
            if wanted is None:
                raise UserError(f"No company called {name!r} in this database.")
        query = (
            select(Interview, Attendee, Position)
            .outerjoin(Attendee, col(Attendee.id) == col(Interview.attendee_id))
            .outerjoin(Position, col(Position.id) == col(Interview.position_id))
        )
        if wanted is not None:
            query = query.where(Interview.company_id == wanted)
        found = session.exec(query).all()
        ids = [i.id for i, _, _ in found]
        visits: dict[uuid.UUID, tuple[datetime | None, datetime | None]] = {}
        notes: dict[uuid.UUID, list[str]] = {}
        for chunk in _chunks(ids, 500):
            for iid, first_at, last_at in session.exec(
                select(
                    InterviewVisit.interview_id,
                    func.min(InterviewVisit.at),
                    func.max(InterviewVisit.at),
                )
                .where(col(InterviewVisit.interview_id).in_(chunk))
                .group_by(col(InterviewVisit.interview_id))
            ):
                visits[iid] = (first_at, last_at)
            for n in session.exec(
                select(InterviewNote)
                .where(col(InterviewNote.interview_id).in_(chunk))
                .order_by(col(InterviewNote.created_at), col(InterviewNote.id))
            ):
                notes.setdefault(n.interview_id, []).append(
                    f"[{local_text(n.created_at)} {n.author}] {n.text}"
                )
    rows = []
    for i, a, p in found:
        first, last = visits.get(i.id, (None, None))
        rows.append(
            (
                companies.get(i.company_id, ""),
                a.name if a else i.pending_name,
                *(
                    (a.university, a.school, a.major, a.degree, a.grad_year)
                    if a
                    else ("", "", "", None, None)
                ),
                i.pending_serial if a is None else None,
                p.title if p else "",
                i.rating,
                "、".join(split_tags(i.tags)),
                i.outcome or "",
                i.interviewer,
                i.visits,
                local_text(first),
                local_text(last),
                "\n".join(notes.get(i.id, [])),
            )
        )
    rows.sort(key=lambda r: (str(r[0]), str(r[15]), str(r[1])))
    write_table(out, INTERVIEW_COLUMNS, rows)
    return len(rows)


def _chunks(items: Sequence[uuid.UUID], size: int) -> list[Sequence[uuid.UUID]]:
    return [items[k : k + size] for k in range(0, len(items), size)]
