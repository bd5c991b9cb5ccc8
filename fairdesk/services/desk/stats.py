"""Live counters for a registration desk: arrivals overall, at this desk, in the last ten minutes.

Counted from arrivals that were not undone (re-entries are not new people). Read off the scan
path — the desk refreshes them every few seconds and after a check-in, on the task runner.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from fairdesk.services.fairs import checked_in_count
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee, CheckIn, Station, utcnow
from fairdesk.store.queries import active_arrival

logger = logging.getLogger(__name__)

RECENT = timedelta(minutes=10)


@dataclass(frozen=True)
class DeskCounts:
    """What the desk's counter strip shows."""

    checked_in: int
    at_desk: int
    last_10_min: int
    attendees: int


class DeskStatsService:
    """Counters for the desk named `station_name` (None: this installation's own station)."""

    def __init__(self, engine: Engine, *, station_name: str | None = None) -> None:
        self._engine = engine
        self._station_name = (station_name or "").strip()

    def _station_ids(self, session: Session) -> list[object]:
        if self._station_name:
            stmt = select(Station.id).where(Station.name == self._station_name)
        else:
            stmt = select(Station.id).where(col(Station.is_local))
        return list(session.exec(stmt).all())

    def desk_name(self) -> str:
        """The name this desk's check-ins are recorded under."""
        if self._station_name:
            return self._station_name
        with read_session(self._engine) as session:
            station = session.exec(select(Station).where(col(Station.is_local))).first()
            return station.name if station else ""

    def counts(self, now: datetime | None = None) -> DeskCounts:
        """The counters as of `now` (default: this moment)."""
        since = (now or utcnow()) - RECENT
        arrivals = active_arrival()
        with read_session(self._engine) as session:
            stations = self._station_ids(session)
            at_desk = 0
            if stations:
                at_desk = int(
                    session.exec(
                        select(func.count())
                        .select_from(CheckIn)
                        .where(*arrivals, col(CheckIn.station_id).in_(stations))
                    ).one()
                )
            recent = int(
                session.exec(
                    select(func.count())
                    .select_from(CheckIn)
                    .where(*arrivals, col(CheckIn.at) >= since)
                ).one()
            )
            attendees = int(session.exec(select(func.count()).select_from(Attendee)).one())
            return DeskCounts(checked_in_count(session), at_desk, recent, attendees)
