"""The fair and this station: creating them, finding them, summarising them."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from fairdesk.core.messages import message
from fairdesk.core.roles import ROLES, Role
from fairdesk.errors import UserError
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee, CheckIn, Company, Fair, Interview, Station
from fairdesk.store.queries import active_arrival
from fairdesk.store.seam import changes

NO_FAIR = message(
    "fair.none",
    "This database has no fair yet. The organiser creates one in the organiser's window "
    "(or with `fairdesk setup --name …`); a desk or booth laptop starts from its station pack.",
    "这个数据库里还没有双选会。主办方可在主办方窗口中新建（或用 `fairdesk setup --name …`）；"
    "签到台和展位电脑请用工作站数据包启动。",
)
UNKNOWN_ROLE = message(
    "fair.unknown_role",
    "Unknown station role {role!r}; use one of {roles}.",
    "未知的站点角色 {role!r}；请使用以下之一：{roles}。",
)
NEEDS_NAME = message("fair.needs_name", "The fair needs a name.", "招聘会需要一个名称。")


def local_station(session: Session) -> Station:
    """The row that describes this installation."""
    station = session.exec(select(Station).where(col(Station.is_local))).first()
    if station is None:
        raise UserError(NO_FAIR())
    return station


def ensure_local_station(
    session: Session, *, name: str = Role.ORGANISER, role: str = Role.ORGANISER
) -> Station:
    """This installation's station, created (number 1) on first use."""
    station = session.exec(select(Station).where(col(Station.is_local))).first()
    if station is not None:
        return station
    if role not in ROLES:
        raise UserError(UNKNOWN_ROLE(role=role, roles=", ".join(ROLES)))
    used = session.exec(select(func.max(Station.number))).one()
    station = Station(number=(used or 0) + 1, name=name, role=role, is_local=True)
    changes(session, station.id).add(station)
    return station


def create_fair(
    session: Session,
    *,
    station: Station,
    name: str,
    venue: str = "",
    starts_on: date | None = None,
    ends_on: date | None = None,
    halls: str = "",
    code: int | None = None,
    secret: str | None = None,
    organiser_pin_hash: str | None = None,
) -> Fair:
    """A new fair with its badge-signing secret (random unless given, e.g. by the demo) and,
    when given, the hash of its organiser PIN (`services.organiser_pin`)."""
    if not name.strip():
        raise UserError(NEEDS_NAME())
    fair = Fair(
        station_id=station.id,
        name=name.strip(),
        venue=venue,
        starts_on=starts_on,
        ends_on=ends_on,
        halls=halls,
        code=code if code is not None else secrets.randbelow(900_000) + 100_000,
        secret=secret if secret is not None else secrets.token_hex(32),
        organiser_pin_hash=organiser_pin_hash,
    )
    changes(session, station.id).add(fair)
    return fair


def current_fair(session: Session) -> Fair:
    """The fair this database runs (one fair per station file)."""
    fair = session.exec(select(Fair).order_by(col(Fair.created_at))).first()
    if fair is None:
        raise UserError(NO_FAIR())
    return fair


def fair_secret(fair: Fair) -> bytes:
    """The HMAC key for badge codes."""
    return bytes.fromhex(fair.secret)


@dataclass(frozen=True)
class FairSummary:
    """Headline counts for the window title, the status bar and `fairdesk info`."""

    name: str
    venue: str
    companies: int
    attendees: int
    checked_in: int
    interviews: int


def checked_in_count(session: Session) -> int:
    """Attendees with an arrival that was not undone."""
    stmt = select(func.count(func.distinct(CheckIn.attendee_id))).where(*active_arrival())
    return int(session.exec(stmt).one())


def fair_summary(engine: Engine) -> FairSummary | None:
    """Counts for the current fair, or None for an empty database."""
    with read_session(engine) as session:
        fair = session.exec(select(Fair).order_by(col(Fair.created_at))).first()
        if fair is None:
            return None

        def count(model: type[Company] | type[Attendee] | type[Interview]) -> int:
            return int(session.exec(select(func.count()).select_from(model)).one())

        return FairSummary(
            name=fair.name,
            venue=fair.venue,
            companies=count(Company),
            attendees=count(Attendee),
            checked_in=checked_in_count(session),
            interviews=count(Interview),
        )
