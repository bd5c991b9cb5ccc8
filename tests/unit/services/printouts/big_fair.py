"""A fair with hundreds of companies, each given a booth of the floor: for the floor map's
index on following pages (and the map of many booths)."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import col, select

from fairdesk.core.company_names import sort_key
from fairdesk.services.fairs import current_fair, local_station
from fairdesk.store.engine import write_session
from fairdesk.store.models import Booth, Company
from fairdesk.store.seam import changes

WORDS = "星辰海蓝天晨光远航锦程华信中科德润金石恒通长江明珠"


def fill_booths(engine: Engine, count: int) -> list[str]:
    """`count` new companies, each on a free booth; returns their names in pinyin order."""
    names = [f"{WORDS[i % 24]}{WORDS[(i * 7) % 24]}{WORDS[(i * 5 + 3) % 24]}科技{i}号有限公司"
             for i in range(count)]  # fmt: skip
    with write_session(engine) as s:
        fair, station = current_fair(s), local_station(s)
        free = list(s.exec(select(Booth).where(col(Booth.company_id).is_(None))))
        w = changes(s)
        for name, booth in zip(names, free, strict=False):
            c = Company(station_id=station.id, fair_id=fair.id, name=name)
            w.add(c)
            w.update(booth, company_id=c.id)
    return sorted(names, key=sort_key)
