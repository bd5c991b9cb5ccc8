"""The desk search: 汉字, full pinyin, initials, 学号 or the phone's last four digits, as you type.

Each kind of query is one indexed *prefix* query, a range `key >= p AND key < p + U+10FFFF`
(SQLite's binary collation orders UTF-8 by code point, so the range is exactly "starts with", and
unlike LIKE it always uses the index). Results are ordered by the indexed key and capped, so even
a one-letter query reads at most `limit` rows per index. The hits carry the check-in state and
never a full phone number: the last four digits at most.
"""

from __future__ import annotations

import logging
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from fairdesk.core.pinyin_keys import search_key
from fairdesk.services.desk.checkin import AttendeeCard
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee, CheckIn
from fairdesk.store.queries import active_arrival

logger = logging.getLogger(__name__)

DEFAULT_LIMIT = 20
_TOP = "\U0010ffff"  # sorts after every character: prefix + _TOP bounds the prefix range


@dataclass(frozen=True, kw_only=True)
class AttendeeHit(AttendeeCard):
    """One search result as the desk lists it (display fields, phone tail only)."""

    phone_tail: str | None
    checked_in: bool
    matched: str  # which key matched: name | pinyin | initials | student_no | phone_tail


def _has_han(text: str) -> bool:
    return any(unicodedata.category(c) == "Lo" and not c.isascii() for c in text)


def _plan(query: str) -> list[tuple[str, Any, str, bool]]:
    """(label, column, value, exact) lookups for a query, most specific first."""
    key = search_key(query)
    if not key:
        return []
    plans: list[tuple[str, Any, str, bool]] = []
    if _has_han(key):
        name = "".join(c for c in unicodedata.normalize("NFKC", query) if not c.isspace())
        # names are stored as typed (no NFKC), so try the raw text too when folding changed it
        raw = "".join(c for c in query if not c.isspace())
        plans.append(("name", Attendee.name, raw, False))
        if name != raw:
            plans.append(("name", Attendee.name, name, False))
        return plans
    if key.isascii() and key.isdigit():
        if len(key) == 4:
            plans.append(("phone_tail", Attendee.phone_tail, key, True))
        plans.append(("student_no", Attendee.student_no, key, False))
        return plans
    if key.isascii() and key.isalpha():
        plans.append(("initials", Attendee.name_initials, key, True))
        plans.append(("pinyin", Attendee.name_pinyin, key, False))
        plans.append(("initials", Attendee.name_initials, key, False))
    if key.isascii() and key.isalnum():
        plans.append(("student_no", Attendee.student_no, query.strip().upper(), False))
        plans.append(("student_no", Attendee.student_no, key, False))
    return plans


def _matches(session: Session, column: Any, value: str, exact: bool, limit: int) -> list[Attendee]:
    key = col(column)
    condition = key == value if exact else (key >= value) & (key < value + _TOP)
    stmt = select(Attendee).where(condition).order_by(key).limit(limit)
    return list(session.exec(stmt).all())


class SearchService:
    """Search the roster for the desk; one short read per call."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def search(self, query: str, limit: int = DEFAULT_LIMIT) -> list[AttendeeHit]:
        """Up to `limit` attendees whose name, pinyin, initials, 学号 or phone tail start so."""
        plans = _plan(query[:100])
        if not plans or limit <= 0:
            return []
        found: dict[uuid.UUID, tuple[Attendee, str]] = {}
        with read_session(self._engine) as session:
            for label, column, value, exact in plans:
                if len(found) >= limit:
                    break
                for person in _matches(session, column, value, exact, limit):
                    found.setdefault(person.id, (person, label))
                    if len(found) >= limit:
                        break
            arrived = self._arrived(session, list(found))
        return [
            AttendeeHit.of(a, phone_tail=a.phone_tail, checked_in=a.id in arrived, matched=label)
            for a, label in found.values()
        ]

    @staticmethod
    def _arrived(session: Session, ids: list[uuid.UUID]) -> set[uuid.UUID]:
        if not ids:
            return set()
        stmt = (
            select(col(CheckIn.attendee_id))
            .where(
                col(CheckIn.attendee_id).in_(ids),
                *active_arrival(),
            )
            .group_by(col(CheckIn.attendee_id))
        )
        return set(session.exec(stmt).all())
