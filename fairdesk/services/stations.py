"""Which station a desk or booth records its work under.

One rule for every service: unnamed, it is this installation's own station; named, it is the
station of that name, created on first use in its own short transaction (so an id is never
cached from a transaction that later rolls back). Station numbers also prefix badge serials.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from fairdesk.core.messages import message
from fairdesk.errors import UserError
from fairdesk.services.fairs import local_station
from fairdesk.services.sync.local import STATION_KEY, get_setting
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Station
from fairdesk.store.seam import changes

PACKED_STATION = message(
    "station.packed_elsewhere",
    "This laptop is station {here}, started from a station pack: it cannot record as another "
    "station ({name}). Leave out --station, or ask the organiser for a pack of {name}.",
    "本机是用工作站数据包启动的 {here}：不能以另一个工作站（{name}）的名义记录。"
    "请去掉 --station，或向主办方要一份 {name} 的数据包。",
)


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
        if get_setting(session, STATION_KEY) is not None:
            # started from a pack: a station made here would number its serials on its own
            # and collide with another laptop's; only the organiser hands out stations
            here = local_station(session)
            raise UserError(PACKED_STATION(name=(name or "").strip(), here=here.name))
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
