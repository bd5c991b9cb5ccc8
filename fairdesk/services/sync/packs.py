"""Station packs (organiser → station): `make_pack` on the organiser's database, `unpack` on
the new station's.

A pack gives its station an identity: a Station row, made in the organiser's database through
the seam, with the next free number (the prefix of the badge serials it mints, so serials made
offline never collide). A pack for a station name that exists already (same role, same
company) is a refreshed pack of that station: same id, same number. The pack also carries the
station's bundle-signing key (`core.station_keys`), a fresh salt for the passphrase key its
bundles are sealed with, and the tables of `pack_tables` for its role.

Packing reads with Core selects column by column, so a 50,000-student desk packs in about two
seconds. The Station row and the file are one step: the file is written beside its place and
moved there after the commit, so a file that cannot be written makes no station, and no pack
names a station the organiser's database does not hold.
"""

from __future__ import annotations

import base64
import logging
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Row, func, select
from sqlmodel import Session

from fairdesk.core.messages import message
from fairdesk.core.roles import Role
from fairdesk.core.sealed import check_passphrase, derive_key, new_salt, seal
from fairdesk.core.station_keys import station_key
from fairdesk.errors import UserError
from fairdesk.services.booth.auth import BoothAuth
from fairdesk.services.fairs import current_fair, local_station
from fairdesk.services.sync.local import BUNDLE_SALT, get_setting, set_setting
from fairdesk.services.sync.pack_apply import apply_pack
from fairdesk.services.sync.pack_file import (
    PackIdentity,
    header,
    open_pack,
    payload,
    staged,
)
from fairdesk.services.sync.pack_tables import STATION, booth_parts, desk_parts, read_part
from fairdesk.services.sync.results import PackResult, UnpackResult
from fairdesk.store.engine import write_session
from fairdesk.store.models import Company, Station, utcnow
from fairdesk.store.seam import changes

logger = logging.getLogger(__name__)

__all__ = ["apply_pack", "make_pack", "open_pack", "unpack"]

NOT_A_STATION_ROLE = message(
    "pack.role",
    "Packs are made for a registration desk or a company booth, not for “{role}”.",
    "数据包只能为签到台或企业展位制作，不能为“{role}”制作。",
)
NOT_ORGANISER = message(
    "pack.not_organiser",
    "Packs are made on the organiser's database; this one is the station {name} ({role}).",
    "数据包须在主办方的数据库上制作；这里是工作站 {name}（{role}）。",
)
NEEDS_COMPANY = message(
    "pack.needs_company",
    "A booth pack is for one company: give --company NAME.",
    "展位数据包只对应一家企业：请用 --company 企业名称 指定。",
)
NAME_TAKEN = message(
    "pack.name_taken",
    "There is already a station called {name} ({role}{company}); choose another --name, or the "
    "same role and company to refresh its pack.",
    "已有名为 {name} 的工作站（{role}{company}）；请换一个 --name，"
    "或用相同的角色和企业来更新它的数据包。",
)


def fair_bundle_salt(session: Session) -> str:
    """The salt (base64) every station of this organiser seals its bundles with: one salt, so
    merging fifty bundles costs one scrypt of the passphrase, not fifty."""
    salt = get_setting(session, BUNDLE_SALT)
    if salt is None:
        salt = base64.b64encode(new_salt()).decode()
        set_setting(session, BUNDLE_SALT, salt)
    return salt


def make_pack(
    engine: Engine,
    *,
    role: str,
    out: Path,
    passphrase: str,
    name: str | None = None,
    company: str | None = None,
) -> PackResult:
    """Write the pack of a desk or booth station to `out` (see the module docstring)."""
    try:
        kind = Role(role)
    except ValueError:
        raise UserError(NOT_A_STATION_ROLE(role=role)) from None
    if kind is Role.ORGANISER:
        raise UserError(NOT_A_STATION_ROLE(role=role))
    check_passphrase(passphrase)
    company_id: uuid.UUID | None = None
    company_name: str | None = None
    if kind is Role.BOOTH:
        if not (company or "").strip():
            raise UserError(NEEDS_COMPANY())
        choice = BoothAuth(engine).find(company or "")
        company_id, company_name = choice.id, choice.name
    salt = new_salt()
    key = derive_key(passphrase, salt)  # slow on purpose: before the write lock
    with staged(out) as stage, write_session(engine) as session:
        organiser = local_station(session)
        if organiser.role != Role.ORGANISER:
            raise UserError(NOT_ORGANISER(name=organiser.name, role=organiser.role))
        fair = current_fair(session)
        station, refreshed = _station(session, organiser, kind, name, company_id, company_name)
        identity = PackIdentity(
            station.id, station.number, station.name, kind.value, company_id, company_name
        )
        parts = desk_parts() if company_id is None else booth_parts(company_id, station.id)
        conn = session.connection()
        tables = {part.table.name: read_part(conn, part) for part in parts}
        made_at = utcnow()
        body = payload(
            identity,
            bundle_salt=fair_bundle_salt(session),
            organiser_id=organiser.id,
            station_key=station_key(fair.secret, station.id),
            made_at=made_at,
            tables=tables,
        )
        sealed = seal(
            body,
            header(identity, fair_code=fair.code, fair_name=fair.name, salt=salt,
                   made_at=made_at),
            key,
        )  # fmt: skip
        stage.write(sealed)  # moved into place once the new station is committed
    attendees = len(tables["attendee"]["id"])
    logger.info("%s pack %s (station %d) -> %s", kind, station.name, station.number, out)
    return PackResult(
        path=out,
        station_id=station.id,
        station_number=station.number,
        role=kind.value,
        name=station.name,
        company=company_name,
        attendees=attendees,
        refreshed=refreshed,
    )


def unpack(engine: Engine, path: Path, passphrase: str, *, update: bool = False) -> UnpackResult:
    """Start (or with `update`, refresh) the station of `engine`'s database from a pack."""
    return apply_pack(engine, open_pack(path, passphrase), update=update)


def _station(
    session: Session,
    organiser: Station,
    role: Role,
    name: str | None,
    company_id: uuid.UUID | None,
    company_name: str | None,
) -> tuple[Station, bool]:
    """The station the pack is for: the one called `name` (a refresh), or a new one."""
    rows = session.execute(select(STATION)).all()
    clean = " ".join((name or "").split())
    if clean:
        for row in rows:
            if row.name == clean:
                return _reused(session, row, role, company_id), True
    else:
        clean = _default_name(rows, role, company_name)
    top = session.execute(select(func.max(STATION.c.number))).scalar() or 0
    station = Station(number=int(top) + 1, name=clean, role=role.value, company_id=company_id)
    changes(session, organiser.id).add(station)
    return station, False


def _reused(session: Session, row: Row[Any], role: Role, company_id: uuid.UUID | None) -> Station:
    if row.role != role.value or row.company_id != company_id or row.is_local:
        owner = session.get(Company, row.company_id) if row.company_id is not None else None
        company = f", {owner.name}" if owner is not None else ""
        raise UserError(NAME_TAKEN(name=row.name, role=row.role, company=company))
    found = session.get(Station, row.id)
    assert found is not None
    return found


def _default_name(rows: Sequence[Row[Any]], role: Role, company: str | None) -> str:
    """A booth: its company's name (then “name 2”, “name 3” …); a desk: “desk 1”, “desk 2” …"""
    taken = {str(r.name) for r in rows}
    base = company if role is Role.BOOTH and company else "desk"
    if role is Role.BOOTH and base not in taken:
        return base
    n = 1 if role is Role.DESK else 2
    while f"{base} {n}" in taken:
        n += 1
    return f"{base} {n}"
