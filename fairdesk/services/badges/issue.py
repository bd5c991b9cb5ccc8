"""Minting badges: serials from the station's own block, so offline desks never collide."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func
from sqlmodel import Session, select

from fairdesk.core.codes import MAX_SERIAL, SERIAL_BLOCK, make_code
from fairdesk.core.ids import uuid7_many
from fairdesk.core.messages import message
from fairdesk.errors import UserError
from fairdesk.services.fairs import fair_secret
from fairdesk.store.bulk import deferred_indexes
from fairdesk.store.models import Badge, Fair, Station, utcnow
from fairdesk.store.seam import changes

SERIALS_USED_UP = message(
    "badge.serials_used_up",
    "Station {number} has used up its block of badge serials.",
    "站点 {number} 的胸卡序号段已用完。",
)


def next_serial(session: Session, station: Station) -> int:
    """The first unused serial in this station's block (number × 1,000,000 …)."""
    base = station.number * SERIAL_BLOCK
    top = session.exec(
        select(func.max(Badge.serial)).where(
            Badge.serial >= base, Badge.serial < base + SERIAL_BLOCK
        )
    ).one()
    return base + 1 if top is None else int(top) + 1


def mint_badges(session: Session, attendee_ids: Sequence[uuid.UUID], station: Station) -> list[int]:
    """One new badge per attendee, serials consecutive in `station`'s block; returns the serials.

    A Core bulk insert: importing 50,000 students must stay within seconds.
    """
    if not attendee_ids:
        return []
    first = next_serial(session, station)
    last = first + len(attendee_ids) - 1
    if last // SERIAL_BLOCK != station.number or last > MAX_SERIAL:
        raise UserError(SERIALS_USED_UP(number=station.number))
    n = len(attendee_ids)
    now = utcnow()
    serials = list(range(first, first + n))
    columns = {
        "id": uuid7_many(n),
        "station_id": [station.id] * n,
        "attendee_id": attendee_ids,
        "serial": serials,
        "reissue": [0] * n,
        "revoked": [False] * n,
        "created_at": [now] * n,
        "updated_at": [now] * n,
    }
    conn, table = session.connection(), Badge.__table__  # type: ignore[attr-defined]
    with deferred_indexes(conn, table, n):
        changes(session, station.id).bulk_insert(table, columns)
    return serials


def badge_code(fair: Fair, badge: Badge) -> str:
    """The digits in the badge's QR code."""
    return make_code(
        fair_code=fair.code, secret=fair_secret(fair), serial=badge.serial, reissue=badge.reissue
    )
