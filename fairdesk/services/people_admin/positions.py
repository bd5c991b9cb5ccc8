"""A company's positions, edited from the Companies tool's side panel: add, edit, remove.

A position is checked by the company list's rules (title required and unique within its company,
degree wanted, majors, headcount; `people_admin.forms`). Removing one is a recorded deletion
whose token the Companies tool's undo puts back; it is refused while an interview names the
position. (`Position` has no `updated_at` column: an edit logs just the columns it changes.)
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from fairdesk.core.companies import company_key
from fairdesk.core.messages import message
from fairdesk.errors import UserError
from fairdesk.services.fairs import local_station
from fairdesk.services.people_admin.deleted import DeletedRows, delete_rows
from fairdesk.services.people_admin.forms import FieldInvalid, PositionForm, check_position
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Company, Interview, Position
from fairdesk.store.seam import changes

COMPANY_GONE = message(
    "people_admin.company_gone",
    "This company is no longer in the fair (deleted meanwhile?).",
    "招聘会中已没有这家企业（可能刚被删除）。",
)
POSITION_GONE = message(
    "people_admin.position_gone",
    "This position is no longer there (removed meanwhile?).",
    "这个岗位已不存在（可能刚被删除）。",
)
SAME_TITLE = message(
    "people_admin.same_title",
    "the company already has a position with this title",
    "该企业已有同名岗位",
)
POSITION_INTERVIEWED = message(
    "people_admin.position_interviewed",
    "{title} cannot be removed: interviews were recorded for this position.",
    "不能删除岗位“{title}”：已有面谈记录选择了这个岗位。",
)


@dataclass(frozen=True, kw_only=True)
class PositionRow:
    """One position as the side panel lists it."""

    id: uuid.UUID
    company_id: uuid.UUID
    title: str
    degree: str | None
    majors: str
    headcount: int | None
    interviews: int


class PositionsMixin:
    """The position half of `CompaniesService` (it shares the engine and the company lookup)."""

    _engine: Engine

    def positions(self, company_id: uuid.UUID) -> list[PositionRow]:
        """The company's positions, in the order they were added."""
        with read_session(self._engine) as session:
            found = session.exec(
                select(Position)
                .where(Position.company_id == company_id)
                .order_by(col(Position.created_at), col(Position.id))
            )
            return _position_rows(session, list(found))

    def add_position(self, company_id: uuid.UUID, form: PositionForm) -> PositionRow:
        values = check_position(form)
        with write_session(self._engine) as session:
            company = self._company(session, company_id)
            _check_title(session, company.id, values.title, None)
            position = Position(
                station_id=local_station(session).id, company_id=company.id, title=values.title,
                degree=values.degree, majors=values.majors, headcount=values.headcount,
            )  # fmt: skip
            changes(session).add(position)
            return _position_rows(session, [position])[0]

    def edit_position(self, position_id: uuid.UUID, form: PositionForm) -> PositionRow:
        values = check_position(form)
        with write_session(self._engine) as session:
            position = _position(session, position_id)
            changed = {k: v for k, v in asdict(values).items() if getattr(position, k) != v}
            if "title" in changed:
                _check_title(session, position.company_id, values.title, position.id)
            if changed:
                changes(session).update(position, **changed)
            return _position_rows(session, [position])[0]

    def remove_position(self, position_id: uuid.UUID) -> DeletedRows:
        """Remove a position (the token undoes it)."""
        with write_session(self._engine) as session:
            position = _position(session, position_id)
            named = select(Interview.id).where(Interview.position_id == position.id)
            if session.exec(named).first():
                raise UserError(POSITION_INTERVIEWED(title=position.title))
            rows = delete_rows(changes(session), [[position]])
            return DeletedRows("position", position.id, position.title, rows)

    @staticmethod
    def _company(session: Session, company_id: uuid.UUID) -> Company:
        c = session.get(Company, company_id)
        if c is None:
            raise UserError(COMPANY_GONE())
        return c


def _position(session: Session, position_id: uuid.UUID) -> Position:
    p = session.get(Position, position_id)
    if p is None:
        raise UserError(POSITION_GONE())
    return p


def _check_title(
    session: Session, company_id: uuid.UUID, title: str, own: uuid.UUID | None
) -> None:
    for other in session.exec(select(Position).where(Position.company_id == company_id)):
        if other.id != own and company_key(other.title) == company_key(title):
            raise FieldInvalid("title", SAME_TITLE(), kind="companies")


def _position_rows(session: Session, positions: list[Position]) -> list[PositionRow]:
    ids = [p.id for p in positions]
    counts: dict[uuid.UUID, int] = {}
    if ids:
        named = col(Interview.position_id)
        stmt = select(named, func.count()).where(named.in_(ids)).group_by(named)
        counts = {k: int(n) for k, n in session.exec(stmt) if k is not None}
    return [
        PositionRow(
            id=p.id,
            company_id=p.company_id,
            title=p.title,
            degree=p.degree,
            majors=p.majors,
            headcount=p.headcount,
            interviews=counts.get(p.id, 0),
        )
        for p in positions
    ]
