"""A pack taken in by its station: a new station database filled from it, or (`update`) an
existing station refreshed from a newer pack of itself.

Rows are written through the seam under the ORGANISER's station id: the change log then says
where they came from, and the station's own bundle (which carries only the local station's
entries) never carries them back. The station's own Station row becomes `is_local`; its
bundle key, signing key and the pack's time go to `LocalSetting` (never synced).
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import Engine, select
from sqlmodel import Session

from fairdesk.core.messages import message
from fairdesk.errors import UserError
from fairdesk.services.sync.local import (
    BUNDLE_KEY,
    BUNDLE_SALT,
    PACK_MADE_AT,
    STATION_KEY,
    get_setting,
    set_setting,
)
from fairdesk.services.sync.pack_file import OpenedPack
from fairdesk.services.sync.pack_tables import FAIR, PACKED, STATION, row_count
from fairdesk.services.sync.pack_update import refresh
from fairdesk.services.sync.results import UnpackResult
from fairdesk.store.bulk import deferred_indexes, sqlite_cache
from fairdesk.store.engine import write_session
from fairdesk.store.seam import changes

logger = logging.getLogger(__name__)

HOLDS_FAIR = message(
    "unpack.holds_fair",
    "This database already holds the fair {fair}. A pack starts a new station: give a new "
    "--db file, or use `unpack --update` to refresh this station from a newer pack of it. "
    "Nothing was changed.",
    "这个数据库里已经有招聘会 {fair}。数据包用于开设新的工作站：请指定新的 --db 文件，"
    "或用 `unpack --update` 以本站更新的数据包刷新本站。未做任何改动。",
)
NOT_EMPTY = message(
    "unpack.not_empty",
    "This database is not empty. A pack starts a new station: give a new --db file. "
    "Nothing was changed.",
    "这个数据库不是空的。数据包用于开设新的工作站：请指定新的 --db 文件。未做任何改动。",
)
NOTHING_TO_UPDATE = message(
    "unpack.nothing_to_update",
    "This database holds no station started from a pack; unpack without --update first.",
    "这个数据库里还没有由数据包开设的工作站；请先不带 --update 解包。",
)
OTHER_STATION = message(
    "unpack.other_station",
    "{file} is the pack of the station {other} (number {number}), not of this station {name}; "
    "--update takes a newer pack of this very station only. Nothing was changed.",
    "{file} 是工作站 {other}（编号 {number}）的数据包，不是本站 {name} 的；"
    "--update 只接受本站自己更新的数据包。未做任何改动。",
)
OLDER_PACK = message(
    "unpack.older_pack",
    "{file} was made at {made}, before the pack this station last took ({last}). "
    "Nothing was changed.",
    "{file} 制作于 {made}，早于本站上次使用的数据包（{last}）。未做任何改动。",
)


def apply_pack(engine: Engine, pack: OpenedPack, *, update: bool = False) -> UnpackResult:
    """Fill a new station database from `pack` or, with `update`, refresh this station."""
    with write_session(engine) as session:
        if update:
            added, changed, removed = _update(session, pack)
        else:
            added, changed, removed = _fill(session, pack), 0, 0
        set_setting(session, STATION_KEY, pack.station_key)
        set_setting(session, BUNDLE_SALT, pack.bundle_salt)
        set_setting(session, BUNDLE_KEY, pack.bundle_key)
        set_setting(session, PACK_MADE_AT, pack.made_at.isoformat())
    me = pack.identity
    logger.info("unpacked %s (station %d): added %d, changed %d, removed %d", me.name, me.number,
                added, changed, removed)  # fmt: skip
    return UnpackResult(
        station_id=me.station_id,
        station_number=me.number,
        role=me.role,
        name=me.name,
        company=me.company,
        attendees=pack.attendees(),
        updated=update,
        added=added,
        changed=changed,
        removed=removed,
    )


def _fill(session: Session, pack: OpenedPack) -> int:
    held = session.execute(select(FAIR.c.name)).scalar()
    if held is not None:
        raise UserError(HOLDS_FAIR(fair=held))
    if any(session.execute(select(t.c.id).limit(1)).first() for t in PACKED):
        raise UserError(NOT_EMPTY())
    stations = pack.tables.get("station")
    if stations is not None:
        own = pack.identity.station_id
        stations["is_local"] = [i == own for i in stations["id"]]
    conn = session.connection()
    log = changes(session, pack.organiser_id)
    added = 0
    with sqlite_cache(conn):
        for table in PACKED:
            columns = pack.tables.get(table.name)
            if not columns or not row_count(columns):
                continue
            with deferred_indexes(conn, table, row_count(columns)):
                log.bulk_insert(table, columns)
            added += row_count(columns)
    return added


def _update(session: Session, pack: OpenedPack) -> tuple[int, int, int]:
    here = session.execute(select(STATION).where(STATION.c.is_local)).first()
    if here is None:
        raise UserError(NOTHING_TO_UPDATE())
    me = pack.identity
    if here.id != me.station_id:
        raise UserError(OTHER_STATION(file=pack.path.name, other=me.name, number=me.number,
                                      name=here.name))  # fmt: skip
    last = get_setting(session, PACK_MADE_AT)
    if last is not None and pack.made_at < datetime.fromisoformat(last):
        raise UserError(OLDER_PACK(file=pack.path.name, made=pack.made_at.isoformat(),
                                   last=last))  # fmt: skip
    return refresh(
        session, pack.tables, local_id=here.id, organiser_id=pack.organiser_id, memo=pack.memo
    )
