"""A desk's reissue for scripts: find whose badge a code or a 学号 is, then reissue it.

`BadgeService.reissue` does the work (the old code is refused from then on, and the change goes
into the log, so the organiser revokes it too when the desk's bundle is merged); this module
only finds the person. A code is verified with the fair's key first, and only the badge's
current code is accepted: a code already replaced would reissue a second time when a script
runs twice.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core.codes import CodeParts, fold_input, rejection_message, verify_code
from fairdesk.core.messages import message
from fairdesk.errors import UserError
from fairdesk.services.badges.service import BadgeService, BadgeView
from fairdesk.services.fairs import current_fair, fair_secret
from fairdesk.services.stations import local_role
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee, Badge
from fairdesk.store.queries import code_is_revoked

CODE_REFUSED = message(
    "reissue.code_refused", "That code is refused: {why}.", "该码被拒绝：{why}。"
)
UNKNOWN_SERIAL = message(
    "reissue.unknown", "No badge of this fair has that code.", "本招聘会没有这个胸卡码。"
)
ALREADY_REPLACED = message(
    "reissue.already_replaced",
    "That code was already replaced (or the badge withdrawn); nothing was reissued.",
    "该码已被替换（或胸卡已收回），没有补发。",
)
NO_STUDENT = message(
    "reissue.no_student",
    "No one with 学号 {number} at {university}.",
    "{university} 没有学号为 {number} 的人。",
)
NOT_A_DESK = message(
    "desk.not_a_desk",
    "This is a booth's database: badges are reissued and walk-ins registered at a desk.",
    "这是展位的数据库：补发胸卡和登记现场报名须在签到台进行。",
)
MANY_STUDENTS = message(
    "reissue.many_students",
    "{count} people with 学号 {number} at {university}; reissue by badge code instead.",
    "{university} 有 {count} 人的学号为 {number}；请改用胸卡码补发。",
)


def require_desk(engine: Engine) -> None:
    """Refuse a booth's database (it has no signing key and no full roster)."""
    if local_role(engine) == "booth":
        raise UserError(NOT_A_DESK())


def attendee_for_code(engine: Engine, code: str) -> uuid.UUID:
    """The holder of the badge whose current code is `code` (a UserError says why not)."""
    with read_session(engine) as session:
        fair = current_fair(session)
        parts = verify_code(code, fair_code=fair.code, secret=fair_secret(fair))
        if not isinstance(parts, CodeParts):
            raise UserError(CODE_REFUSED(why=rejection_message(parts.reason)))
        badge = session.exec(select(Badge).where(Badge.serial == parts.serial)).first()
        if badge is None:
            raise UserError(UNKNOWN_SERIAL())
        if code_is_revoked(badge, parts.reissue):
            raise UserError(ALREADY_REPLACED())
        return badge.attendee_id


def attendee_for_student_no(engine: Engine, number: str, university: str) -> uuid.UUID:
    """The one attendee with 学号 `number` at `university`."""
    clean, school = fold_input(number), university.strip()
    with read_session(engine) as session:
        rows = session.exec(
            select(Attendee.id).where(Attendee.student_no == clean, Attendee.university == school)
        ).all()
    if len(rows) != 1:
        found = (
            NO_STUDENT(number=clean, university=school)
            if not rows
            else MANY_STUDENTS(count=len(rows), number=clean, university=school)
        )
        raise UserError(found)
    return rows[0]


def reissue(
    engine: Engine,
    *,
    code: str | None = None,
    student_no: str | None = None,
    university: str | None = None,
) -> BadgeView:
    """Reissue the badge of the person `code` or (`student_no`, `university`) names."""
    require_desk(engine)
    if code is not None:
        attendee_id = attendee_for_code(engine, code)
    else:
        attendee_id = attendee_for_student_no(engine, student_no or "", university or "")
    return BadgeService(engine).reissue(attendee_id)
