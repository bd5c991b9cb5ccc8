"""The organiser's list of stations: who they are and what their bundles brought."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Engine, Table, func, select

from fairdesk.services.sync.results import StationSummary
from fairdesk.store.engine import read_session
from fairdesk.store.models import Company, MergedBundle, MergedEntry, Station

BUNDLES: Table = MergedBundle.__table__  # type: ignore[attr-defined]
LEDGER: Table = MergedEntry.__table__  # type: ignore[attr-defined]
STATIONS: Table = Station.__table__  # type: ignore[attr-defined]
COMPANIES: Table = Company.__table__  # type: ignore[attr-defined]


def list_stations(engine: Engine) -> list[StationSummary]:
    """Every station but this one, by number, with its last merge and records merged."""
    with read_session(engine) as session:
        conn = session.connection()
        b, e, s = BUNDLES.c, LEDGER.c, STATIONS.c
        last: dict[uuid.UUID, datetime] = {
            r[0]: r[1]
            for r in conn.execute(
                select(b.station_id, func.max(b.merged_at)).group_by(b.station_id)
            )
        }
        records: dict[uuid.UUID, int] = {
            r[0]: int(r[1])
            for r in conn.execute(select(e.station_id, func.count()).group_by(e.station_id))
        }
        waiting: dict[uuid.UUID, int] = {
            r[0]: int(r[1])
            for r in conn.execute(
                select(e.station_id, func.count())
                .where(e.applied.is_(False))
                .group_by(e.station_id)
            )
        }
        companies = {
            r[0]: str(r[1]) for r in conn.execute(select(COMPANIES.c.id, COMPANIES.c.name))
        }
        rows = conn.execute(select(STATIONS).where(s.is_local.is_(False)).order_by(s.number))
        return [
            StationSummary(
                station_id=r.id,
                number=r.number,
                role=r.role,
                name=r.name,
                company=companies.get(r.company_id) if r.company_id else None,
                last_merged_at=last.get(r.id),
                records=records.get(r.id, 0),
                waiting=waiting.get(r.id, 0),
            )
            for r in rows
        ]
