"""The organiser's Students tool: the roster listed and searched, a student edited or deleted.

Search is the desk's (`services.desk.search`: 汉字, full pinyin, initials, 学号, the phone's last
four digits); the organiser's rows add what the desk list leaves out (phone, e-mail, consent,
badges, whether the student arrived). An edit is checked by the import's rules
(`people_admin.forms`) and writes only the columns that changed, with `updated_at`, through the
seam. A deletion takes the student's badges and their print log with it, and is refused while
anything the fair recorded points at the student (a check-in, an interview, a booth scan of one
of its badges still waiting to be settled): deleting those would rewrite what happened.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from fairdesk.core.messages import message
from fairdesk.core.pinyin_keys import name_keys
from fairdesk.errors import UserError
from fairdesk.services.desk.search import SearchService
from fairdesk.services.fairs import current_fair
from fairdesk.services.importing.attendees import phone_tail
from fairdesk.services.people_admin.deleted import DeletedRows, Restored, delete_rows, restore
from fairdesk.services.people_admin.forms import FieldInvalid, StudentForm, check_student
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Attendee, Badge, BadgePrint, CheckIn, Interview, utcnow
from fairdesk.store.queries import active_arrival
from fairdesk.store.seam import changes

DEFAULT_LIMIT = 1000

GONE = message(
    "people_admin.student_gone",
    "This student is no longer in the roster (deleted meanwhile?).",
    "名单中已没有这名学生（可能刚被删除）。",
)
HAS_CHECKINS = message(
    "people_admin.student_checked_in",
    "{name} cannot be deleted: the desk has recorded a check-in for this student.",
    "不能删除“{name}”：签到台已有这名学生的签到记录。",
)
HAS_INTERVIEWS = message(
    "people_admin.student_interviewed",
    "{name} cannot be deleted: a company has recorded an interview with this student.",
    "不能删除“{name}”：已有企业记录了与这名学生的面谈。",
)
SAME_STUDENT_NO = message(
    "people_admin.same_student_no",
    "{other} of the same university already has this student no",
    "同校的“{other}”已使用这个学号",
)
SAME_PHONE = message(
    "people_admin.same_phone", "{other} already has this phone number", "“{other}”已使用这个手机号"
)


@dataclass(frozen=True, kw_only=True)
class StudentRow:
    """One student as the organiser's table shows it (every field, with what the fair did)."""

    id: uuid.UUID
    name: str
    name_pinyin: str
    student_no: str | None
    university: str
    school: str
    major: str
    degree: str | None
    grad_year: int | None
    phone: str | None
    email: str | None
    consent: bool
    source: str
    badges: int
    checked_in: bool


@dataclass(frozen=True)
class StudentList:
    """The rows shown; `total` students in the fair, `more`: others matched but not shown."""

    rows: list[StudentRow]
    total: int
    more: bool


def _form_values(a: Attendee) -> dict[str, object]:
    return {
        "name": a.name, "student_no": a.student_no, "university": a.university,
        "school": a.school, "major": a.major, "degree": a.degree, "grad_year": a.grad_year,
        "phone": a.phone, "email": a.email, "consent": a.consent,
    }  # fmt: skip


class StudentsService:
    """See the module docstring; one short transaction per call."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._search = SearchService(engine)

    def find(self, query: str = "", limit: int = DEFAULT_LIMIT) -> StudentList:
        """The students whose name, pinyin, initials, 学号 or phone tail start with `query`
        (all of them, in pinyin order, for an empty query), at most `limit`."""
        query = query.strip()
        ids = [h.id for h in self._search.search(query, limit + 1)] if query else None
        with read_session(self._engine) as session:
            fair = current_fair(session)
            total = session.exec(
                select(func.count()).select_from(Attendee).where(Attendee.fair_id == fair.id)
            ).one()
            stmt = select(Attendee).where(Attendee.fair_id == fair.id)
            if ids is not None:
                stmt = stmt.where(col(Attendee.id).in_(ids))
            stmt = stmt.order_by(col(Attendee.name_pinyin), col(Attendee.name)).limit(limit + 1)
            people = list(session.exec(stmt).all())
            rows = self._rows(session, people[:limit])
        return StudentList(rows, int(total), len(people) > limit)

    def student(self, attendee_id: uuid.UUID) -> StudentRow:
        with read_session(self._engine) as session:
            return self._rows(session, [self._get(session, attendee_id)])[0]

    def edit(self, attendee_id: uuid.UUID, form: StudentForm) -> StudentRow:
        """Save `form` over the student (`FieldInvalid` names a refused field)."""
        row = check_student(form)
        with write_session(self._engine) as session:
            a = self._get(session, attendee_id)
            wanted = {
                "name": row.name, "student_no": row.student_no, "university": row.university,
                "school": row.school, "major": row.major, "degree": row.degree,
                "grad_year": row.grad_year, "phone": row.phone, "email": row.email,
                "consent": bool(row.consent),
            }  # fmt: skip
            stored = _form_values(a)
            changed = {k: v for k, v in wanted.items() if stored[k] != v}
            if changed:
                self._check_unique(session, a, changed, wanted)
                pinyin, initials = name_keys(row.name)
                derived = {"name_pinyin": pinyin, "name_initials": initials,
                           "phone_tail": phone_tail(row.phone)}  # fmt: skip
                changed.update({k: v for k, v in derived.items() if getattr(a, k) != v})
                changes(session).update(a, **changed, updated_at=utcnow())
            return self._rows(session, [a])[0]

    def delete(self, attendee_id: uuid.UUID) -> DeletedRows:
        """Delete the student, its badges and their print log; the token undoes it."""
        with write_session(self._engine) as session:
            a = self._get(session, attendee_id)
            if session.exec(select(CheckIn.id).where(CheckIn.attendee_id == a.id)).first():
                raise UserError(HAS_CHECKINS(name=a.name))
            badges = list(session.exec(select(Badge).where(Badge.attendee_id == a.id)).all())
            serials = [b.serial for b in badges]
            pending = col(Interview.pending_serial).in_(serials) if serials else None
            interviewed = col(Interview.attendee_id) == a.id
            where = interviewed if pending is None else interviewed | pending
            if session.exec(select(Interview.id).where(where)).first():
                raise UserError(HAS_INTERVIEWS(name=a.name))
            prints: Sequence[BadgePrint] = []
            if badges:
                in_badges = col(BadgePrint.badge_id).in_([b.id for b in badges])
                prints = list(session.exec(select(BadgePrint).where(in_badges)).all())
            rows = delete_rows(changes(session), [prints, badges, [a]])
            return DeletedRows("attendee", a.id, a.name, rows)

    def undo(self, token: DeletedRows) -> Restored:
        """Put a deleted student back, badges and print log included."""
        with write_session(self._engine) as session:
            return restore(session, token)

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _get(session: Session, attendee_id: uuid.UUID) -> Attendee:
        a = session.get(Attendee, attendee_id)
        if a is None:
            raise UserError(GONE())
        return a

    @staticmethod
    def _check_unique(
        session: Session, a: Attendee, changed: Mapping[str, object], wanted: Mapping[str, object]
    ) -> None:
        others = select(Attendee).where(Attendee.fair_id == a.fair_id, Attendee.id != a.id)
        if wanted["student_no"] is not None and (
            "student_no" in changed or "university" in changed
        ):
            other = session.exec(
                others.where(
                    Attendee.university == wanted["university"],
                    Attendee.student_no == wanted["student_no"],
                )
            ).first()
            if other is not None:
                raise FieldInvalid("student_no", SAME_STUDENT_NO(other=other.name))
        if "phone" in changed and wanted["phone"] is not None:
            other = session.exec(others.where(Attendee.phone == wanted["phone"])).first()
            if other is not None:
                raise FieldInvalid("phone", SAME_PHONE(other=other.name))

    @staticmethod
    def _rows(session: Session, people: Sequence[Attendee]) -> list[StudentRow]:
        ids = [a.id for a in people]
        badges: dict[uuid.UUID, int] = {}
        arrived: set[uuid.UUID] = set()
        if ids:
            counted = (
                select(col(Badge.attendee_id), func.count())
                .where(col(Badge.attendee_id).in_(ids))
                .group_by(col(Badge.attendee_id))
            )
            badges = {k: int(n) for k, n in session.exec(counted).all()}
            came = select(col(CheckIn.attendee_id)).where(
                col(CheckIn.attendee_id).in_(ids), *active_arrival()
            )
            arrived = set(session.exec(came).all())
        return [
            StudentRow(
                id=a.id,
                name=a.name,
                name_pinyin=a.name_pinyin,
                student_no=a.student_no,
                university=a.university,
                school=a.school,
                major=a.major,
                degree=a.degree,
                grad_year=a.grad_year,
                phone=a.phone,
                email=a.email,
                consent=a.consent,
                source=a.source,
                badges=badges.get(a.id, 0),
                checked_in=a.id in arrived,
            )
            for a in people
        ]
