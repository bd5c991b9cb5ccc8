"""Badge use cases: which badges to print and in what order, reissuing lost ones, the print log.

Each call is one short transaction. A *reprint* prints the same code again; a *reissue* (lost
badge) bumps `Badge.reissue`, so the old code is refused as revoked by the check-in service and
only the new one works. Every printing is logged as a `BadgePrint` row (badge, reissue number,
layout, station), which is what "not yet printed" means: no print of the badge's current code.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, exists, func
from sqlmodel import Session, col, select

from fairdesk.core.codes import MAX_REISSUE, short_serial
from fairdesk.core.messages import message
from fairdesk.errors import UserError
from fairdesk.services.badges.issue import badge_code, mint_badges
from fairdesk.services.desk.checkin import PERSON_GONE
from fairdesk.services.fairs import current_fair, local_station
from fairdesk.services.people import PersonCard
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Attendee, Badge, BadgePrint, Fair, utcnow
from fairdesk.store.seam import changes

BADGE_WITHDRAWN = message(
    "badge.withdrawn",
    "The badge of {name} was withdrawn; it cannot be reissued.",
    "{name} 的胸卡已被收回，不能补发。",
)
NO_BADGE = message(
    "badge.none_to_revoke", "{name} has no badge to withdraw.", "{name} 没有可收回的胸卡。"
)
TOO_MANY_REISSUES = message(
    "badge.too_many_reissues",
    "{name}'s badge has been reissued {times} times; check the person in by 学号 instead.",
    "{name} 的胸卡已补发 {times} 次；请改用学号签到。",
)


@dataclass(frozen=True, kw_only=True)
class BadgeView(PersonCard):
    """What a badge shows, with the code for its QR; safe to hand to any thread."""

    attendee_id: uuid.UUID
    badge_id: uuid.UUID
    name_pinyin: str
    student_no: str | None
    serial: int
    reissue: int
    code: str
    printed: bool = False  # the current code has been printed at least once

    @property
    def short_serial(self) -> str:
        """The human-readable serial printed under the QR."""
        return short_serial(self.serial, self.reissue)


def _view(fair: Fair, badge: Badge, a: Attendee, printed: bool = False) -> BadgeView:
    return BadgeView.of(a, attendee_id=a.id, badge_id=badge.id, name_pinyin=a.name_pinyin,
                        student_no=a.student_no, serial=badge.serial, reissue=badge.reissue,
                        code=badge_code(fair, badge), printed=printed)  # fmt: skip


def _printed_clause() -> object:
    """True where the badge's current code has a print logged."""
    return exists().where(
        col(BadgePrint.badge_id) == col(Badge.id), col(BadgePrint.reissue) == col(Badge.reissue)
    )


class BadgeService:
    """Badge use cases for one station database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def fair_name(self) -> str:
        """The title printed on every badge."""
        with read_session(self._engine) as session:
            return current_fair(session).name

    def universities(self) -> list[str]:
        """Universities with at least one badge, for the screen's filter."""
        with read_session(self._engine) as session:
            stmt = (
                select(Attendee.university)
                .join(Badge, col(Badge.attendee_id) == col(Attendee.id))
                .distinct()
                .order_by(col(Attendee.university))
            )
            return list(session.exec(stmt).all())

    def select(
        self,
        university: str | None = None,
        only_unprinted: bool = False,
        attendee_ids: Sequence[uuid.UUID] | None = None,
    ) -> list[BadgeView]:
        """Badges to print, sorted by university → school → pinyin of the name.

        Withdrawn (revoked) badges are never selected. `attendee_ids` restricts to those people.
        """
        printed = _printed_clause()
        with read_session(self._engine) as session:
            fair = current_fair(session)
            stmt = (
                select(Badge, Attendee, printed)  # type: ignore[call-overload]
                .join(Attendee, col(Attendee.id) == col(Badge.attendee_id))
                .where(col(Badge.revoked).is_(False))
                .order_by(
                    col(Attendee.university),
                    col(Attendee.school),
                    col(Attendee.name_pinyin),
                    col(Attendee.name),
                    col(Badge.serial),
                )
            )
            if university:
                stmt = stmt.where(Attendee.university == university)
            if only_unprinted:
                stmt = stmt.where(~printed)  # type: ignore[operator]
            if attendee_ids is not None:
                if not attendee_ids:
                    return []
                stmt = stmt.where(col(Attendee.id).in_(list(attendee_ids)))
            return [_view(fair, b, a, bool(p)) for b, a, p in session.exec(stmt).all()]

    def ensure_badge(self, attendee_id: uuid.UUID) -> BadgeView:
        """The attendee's badge, minted now from this station's serial block if they have none."""
        with write_session(self._engine) as session:
            fair = current_fair(session)
            attendee = self._attendee(session, attendee_id)
            badge = self._badge(session, attendee_id) or self._mint(session, attendee_id)
            return _view(fair, badge, attendee, self._printed(session, badge))

    def reissue(self, attendee_id: uuid.UUID) -> BadgeView:
        """A new code for a lost badge; the old one is refused from now on."""
        with write_session(self._engine) as session:
            fair = current_fair(session)
            attendee = self._attendee(session, attendee_id)
            badge = self._badge(session, attendee_id)
            if badge is None:  # never had one: a first badge is as good as a new one
                return _view(fair, self._mint(session, attendee_id), attendee)
            if badge.revoked:
                raise UserError(BADGE_WITHDRAWN(name=attendee.name))
            if badge.reissue >= MAX_REISSUE:
                raise UserError(TOO_MANY_REISSUES(name=attendee.name, times=MAX_REISSUE))
            log = changes(session)
            log.update(badge, reissue=badge.reissue + 1, updated_at=utcnow())
            return _view(fair, badge, attendee)

    def revoke(self, attendee_id: uuid.UUID) -> None:
        """Withdraw the attendee's badge: every code of it is refused from now on."""
        with write_session(self._engine) as session:
            attendee = self._attendee(session, attendee_id)
            badge = self._badge(session, attendee_id)
            if badge is None:
                raise UserError(NO_BADGE(name=attendee.name))
            if not badge.revoked:
                changes(session).update(badge, revoked=True, updated_at=utcnow())

    def record_prints(self, views: Sequence[BadgeView], layout: str) -> None:
        """Log one printing of each badge (its current reissue), by this station."""
        if not views:
            return
        with write_session(self._engine) as session:
            station = local_station(session)
            now = utcnow()
            changes(session, station.id).add_all(
                [
                    BadgePrint(
                        station_id=station.id,
                        badge_id=v.badge_id,
                        reissue=v.reissue,
                        layout=layout,
                        printed_at=now,
                    )
                    for v in views
                ]
            )

    def print_count(self, attendee_id: uuid.UUID) -> int:
        """How many times this person's badges were printed (any reissue)."""
        with read_session(self._engine) as session:
            stmt = (
                select(func.count())
                .select_from(BadgePrint)
                .join(Badge, col(Badge.id) == col(BadgePrint.badge_id))
                .where(Badge.attendee_id == attendee_id)
            )
            return int(session.exec(stmt).one())

    @staticmethod
    def _attendee(session: Session, attendee_id: uuid.UUID) -> Attendee:
        attendee = session.get(Attendee, attendee_id)
        if attendee is None:
            raise UserError(PERSON_GONE())
        return attendee

    @staticmethod
    def _mint(session: Session, attendee_id: uuid.UUID) -> Badge:
        """A first badge from this station's serial block."""
        (serial,) = mint_badges(session, [attendee_id], local_station(session))
        return session.exec(select(Badge).where(Badge.serial == serial)).one()

    @staticmethod
    def _badge(session: Session, attendee_id: uuid.UUID) -> Badge | None:
        stmt = (
            select(Badge)
            .where(Badge.attendee_id == attendee_id)
            .order_by(col(Badge.revoked), col(Badge.created_at).desc())
        )
        return session.exec(stmt).first()

    @staticmethod
    def _printed(session: Session, badge: Badge) -> bool:
        stmt = select(func.count()).where(
            BadgePrint.badge_id == badge.id, BadgePrint.reissue == badge.reissue
        )
        return int(session.exec(stmt).one()) > 0
