"""A fair with a hall of booths and companies in three sectors, on a real file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.services.fairs import current_fair, local_station
from fairdesk.services.floorplan.booths import make_grid
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Booth, Company, Position
from fairdesk.store.seam import changes
from tests.unit.services.sync.fair_kit import organiser

HALL = "1号馆"
SECTORS = ("互联网", "制造", "金融")


def floor_fair(tmp: Path, *, companies: int = 12, rows: int = 3, cols: int = 6) -> Engine:
    """The kit's organiser plus `companies` more (sector by turn, headcount = its number) and a
    `rows` × `cols` grid with prefix B in 1号馆 (a main aisle after the first row)."""
    engine = organiser(tmp)
    with write_session(engine) as s:
        fair, station = current_fair(s), local_station(s)
        made = [
            Company(station_id=station.id, fair_id=fair.id, name=f"测试企业{n:02d}",
                    sector=SECTORS[n % 3])
            for n in range(1, companies + 1)
        ]  # fmt: skip
        changes(s).add_all(made)
        changes(s).add_all([
            Position(station_id=station.id, company_id=c.id, title="工程师", headcount=n)
            for n, c in enumerate(made, start=1)
        ])  # fmt: skip
    make_grid(engine, hall=HALL, rows=rows, cols=cols, prefix="B", aisle_every=1)
    return engine


def booth(engine: Engine, code: str) -> Booth:
    with read_session(engine) as s:
        return s.exec(select(Booth).where(Booth.code == code)).one()


def company(engine: Engine, name: str) -> Company:
    with read_session(engine) as s:
        return s.exec(select(Company).where(Company.name == name)).one()
