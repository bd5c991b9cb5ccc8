"""Which station a desk or booth records its work under.

One rule for every service: unnamed, it is this installation's own station; named, it is the
station of that name, created on first use in its own short transaction (so an id is never
cached from a transaction that later rolls back). Station numbers also prefix badge serials.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from fairdesk.services.fairs import local_station
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Station
from fairdesk.store.seam import changes


def find_station(session: Session, name: str | None) -> Station | None:
    """The station called `name` (this installation's own when unnamed), if it exists."""
    clean = (name or "").strip()
    if not clean:
        return session.exec(select(Station).where(col(Station.is_local))).first()
    return session.exec(select(Station).where(Station.name == clean)).first()


def station_for(
    engine: Engine, name: str | None, *, role: str, company_id: uuid.UUID | None = None
) -> uuid.UUID:
    """The id of the station to record under, creating a named one on first use."""
    with read_session(engine) as session:
        found = find_station(session, name)
        if found is not None:
            return found.id
    with write_session(engine) as session:
        if not (name or "").strip():
            return local_station(session).id  # UserError with advice when there is none
        found = find_station(session, name)  # another process may have made it meanwhile
        if found is not None:
            return found.id
        top = session.exec(select(func.max(Station.number))).one() or 0
        station = Station(
            number=int(top) + 1, name=(name or "").strip(), role=role, company_id=company_id
        )
        changes(session).add(station)  # made by this installation
        return station.id


def local_role(engine: Engine) -> str | None:
    """This installation's role, or None before a station exists."""
    with read_session(engine) as session:
        here = find_station(session, None)
        return here.role if here else None
