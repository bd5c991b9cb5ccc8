"""Exporting interviews: a booth's own (one company) or the organiser's (every company).

One row per student per company, with the booth's display fields only (never a phone number,
e-mail or 学号: those reach a company only through the organiser's consent-filtered export) and
every note in order as "[time author] text" lines. The organiser's export of every company adds
the 学号 beside the name, so the career centre can match its own records (university is in both);
it still carries no phone or e-mail. Headers and coded values (degree, outcome) follow the
interface's language, or are the machine words with `headers="en"` (`core.export_words`).
Excel-safe through `write_table`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, func
from sqlmodel import col, select

from fairdesk.core.export_words import export_words
from fairdesk.core.messages import message
from fairdesk.core.spreadsheet_out import check_table_path, write_table
from fairdesk.core.times import local_text
from fairdesk.errors import UserError
from fairdesk.services.booth.views import split_tags
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
#: The organiser's export (every company): the 学号 follows the name.
ORGANISER_INTERVIEW_COLUMNS = (*INTERVIEW_COLUMNS[:2], "student_no", *INTERVIEW_COLUMNS[2:])
COMPANY_GONE = message(
    "export.company_gone", "That company is no longer in this database.", "该单位已不在本数据库中。"
)
NO_SUCH_COMPANY = message(
    "export.no_such_company",
    "No company called {name} in this database.",
    "本数据库中没有名为 {name} 的单位。",
)


def export_interviews(
    engine: Engine,
    out: Path,
    *,
    company: str | None = None,
    company_id: uuid.UUID | None = None,
    headers: str | None = None,
) -> int:
    """Write the interviews of one company (by id — a booth — or by name — the CLI) or of every
    company (the organiser, with 学号); returns rows written."""
    check_table_path(out)
    words = export_words(headers)
    organiser = company is None and company_id is None
    with read_session(engine) as session:
        companies = {c.id: c.name for c in session.exec(select(Company))}
        wanted: uuid.UUID | None = company_id
        if company_id is not None and company_id not in companies:
            raise UserError(COMPANY_GONE())
        if company is not None and company_id is None:
            name = " ".join(company.split())
            wanted = next((cid for cid, cname in companies.items() if cname == name), None)
            if wanted is None:
                raise UserError(NO_SUCH_COMPANY(name=name))
        query = (
            select(Interview, Attendee, Position)
            .outerjoin(Attendee, col(Attendee.id) == col(Interview.attendee_id))
            .outerjoin(Position, col(Position.id) == col(Interview.position_id))
            .order_by(col(Interview.created_at), col(Interview.id))
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
    rows: list[tuple[object, ...]] = []
    for i, a, p in found:
        first, last = visits.get(i.id, (None, None))
        who: tuple[object, ...] = (a.name if a else i.pending_name,)
        if organiser:
            who += (a.student_no if a else "",)
        rows.append(
            (
                companies.get(i.company_id, ""),
                *who,
                *(
                    (a.university, a.school, a.major, words.value("degree", a.degree), a.grad_year)
                    if a
                    else ("", "", "", None, None)
                ),
                i.pending_serial if a is None else None,
                p.title if p else "",
                i.rating,
                "、".join(split_tags(i.tags)),
                words.value("outcome", i.outcome),
                i.interviewer,
                i.visits,
                local_text(first),
                local_text(last),
                "\n".join(notes.get(i.id, [])),
            )
        )
    columns = ORGANISER_INTERVIEW_COLUMNS if organiser else INTERVIEW_COLUMNS
    at = columns.index("last_visit")
    rows.sort(key=lambda r: (str(r[0]), str(r[at]), str(r[1])))
    write_table(out, words.headers(columns), rows)
    return len(rows)


def _chunks(items: Sequence[uuid.UUID], size: int) -> list[Sequence[uuid.UUID]]:
    return [items[k : k + size] for k in range(0, len(items), size)]
