"""Creating the fair from the GUI's New fair wizard: one form in, one transaction.

What `fairdesk setup` does on the command line, checked the same way: a name, dates in order,
hall names cleaned (spaces, full-width commas, repeats), the organiser PIN checked and stored
only as its hash (`services.organiser_pin`). The station that creates the fair is this laptop's
own, as the organiser (`services.fairs.ensure_local_station`); every row goes through the seam.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine
from sqlmodel import col, select

from fairdesk.core.messages import message
from fairdesk.errors import UserError
from fairdesk.services.fairs import NEEDS_NAME, create_fair, ensure_local_station
from fairdesk.services.organiser_pin import check_organiser_pin, organiser_pin_hash
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Fair

logger = logging.getLogger(__name__)

FAIR_EXISTS = message(
    "setup.fair_exists",
    "This database already holds the fair {name}; a station file holds one fair.",
    "这个数据库里已经有招聘会 {name}；一个工作站文件只能有一场招聘会。",
)
LAST_BEFORE_FIRST = message(
    "setup.last_before_first",
    "The last day ({last}) is before the first ({first}).",
    "最后一天（{last}）早于第一天（{first}）。",
)
HALL_COMMA = message(
    "setup.hall_comma",
    "A hall name cannot contain a comma: {name}",
    "展馆名称不能含逗号：{name}",
)


@dataclass(frozen=True)
class NewFair:
    """What the wizard collected."""

    name: str
    organiser_pin: str
    venue: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    halls: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class CreatedFair:
    """The fair as stored, for the wizard's last word and the organiser screen."""

    name: str
    code: int
    halls: tuple[str, ...]
    has_organiser_pin: bool


def clean_halls(names: Iterable[str]) -> tuple[str, ...]:
    """Hall names trimmed, blanks and repeats (width and case aside) dropped, order kept; a
    UserError for a name with a comma (they are stored comma-separated)."""
    seen: set[str] = set()
    kept: list[str] = []
    for raw in names:
        name = " ".join(unicodedata.normalize("NFC", raw).split())
        if not name:
            continue
        if "," in name or "，" in name:
            raise UserError(HALL_COMMA(name=name))
        key = unicodedata.normalize("NFKC", name).casefold()
        if key not in seen:
            seen.add(key)
            kept.append(name)
    return tuple(kept)


def check_dates(first: date | None, last: date | None) -> tuple[date | None, date | None]:
    """One day when only one is given; a UserError when the last is before the first."""
    first, last = first or last, last or first
    if first is not None and last is not None and last < first:
        raise UserError(LAST_BEFORE_FIRST(first=first.isoformat(), last=last.isoformat()))
    return first, last


class FairSetup:
    """The wizard's service: is there a fair yet, and create it."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def has_fair(self) -> bool:
        with read_session(self._engine) as session:
            return session.exec(select(Fair.id).limit(1)).first() is not None

    def check_pin(self, pin: str) -> None:
        """A UserError when `pin` cannot be the organiser PIN (the wizard's PIN page)."""
        check_organiser_pin(pin)

    def create(self, form: NewFair) -> CreatedFair:
        """The fair, its organiser PIN's hash and this laptop's organiser station, in one
        transaction; UserError for a missing name, reversed dates, a bad PIN or an existing fair."""
        name = " ".join(form.name.split())
        if not name:
            raise UserError(NEEDS_NAME())
        first, last = check_dates(form.starts_on, form.ends_on)
        halls = clean_halls(form.halls)
        pin_hash = organiser_pin_hash(form.organiser_pin)  # slow: before the transaction
        with write_session(self._engine) as session:
            existing = session.exec(select(Fair).order_by(col(Fair.created_at))).first()
            if existing is not None:
                raise UserError(FAIR_EXISTS(name=existing.name))
            station = ensure_local_station(session)
            fair = create_fair(
                session, station=station, name=name, venue=" ".join(form.venue.split()),
                starts_on=first, ends_on=last, halls=",".join(halls),
                organiser_pin_hash=pin_hash,
            )  # fmt: skip
            logger.info("fair %s created from the wizard (%d halls)", fair.name, len(halls))
            return CreatedFair(fair.name, fair.code, halls, True)
