"""A fair with a floor: the organiser's database of `fair_kit`, more companies with positions,
a hall of booths (some assigned), aisles and a label — written through the seam, as the floor
plan does."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.services.fairs import current_fair, local_station
from fairdesk.store.engine import write_session
from fairdesk.store.models import Booth, Company, FloorItem, Position
from fairdesk.store.seam import changes
from tests.unit.services.sync.fair_kit import HUAWEI, TENCENT, organiser

MORE = {
    "vivo移动通信有限公司": ("通信", "王女士", "13800000001"),
    "阿里巴巴（中国）有限公司": ("互联网", "赵先生", "13800000002"),
    "中国建筑第八工程局有限公司华南分公司（广州）": ("建筑", "钱工", "020-12345678"),
    "比亚迪股份有限公司": ("汽车", "孙经理", "13800000004"),
    "招商银行股份有限公司": ("金融", "周经理", "0755-83198888"),
}
CSCEC = "中国建筑第八工程局有限公司华南分公司（广州）"  # a long name: wraps on the map
#: booth code → company (None: a free booth); the first two came with the company list
ASSIGNED = {"A01": HUAWEI, "A02": TENCENT, "A03": "vivo移动通信有限公司",
            "A05": "阿里巴巴（中国）有限公司", "A07": CSCEC,
            "A08": "比亚迪股份有限公司"}  # fmt: skip
HALL = "1号馆"


def floor_fair(folder: Path, *, rows: int = 2, cols: int = 6) -> Engine:
    """The fair with companies `MORE`, a `rows` × `cols` hall of booths A01… (`ASSIGNED`), a
    main aisle between the rows and an entrance label; 招商银行 has no booth."""
    engine = organiser(folder)
    with write_session(engine) as s:
        fair, station = current_fair(s), local_station(s)
        w = changes(s)
        for name, (sector, contact, phone) in MORE.items():
            c = Company(station_id=station.id, fair_id=fair.id, name=name, sector=sector,
                        contact_name=contact, phone=phone)  # fmt: skip
            w.add(c)
            w.add(Position(station_id=station.id, company_id=c.id, title=f"{sector}管培生",
                           degree="bachelor", majors="不限", headcount=10))  # fmt: skip
        ids = {c.name: c.id for c in s.exec(select(Company))}
        existing = {b.code: b for b in s.exec(select(Booth))}  # A01, A02 from the company list
        for n in range(rows * cols):
            code = f"A{n + 1:02d}"
            row, col = divmod(n, cols)
            x, y = float(col), float(row * 2)  # an aisle row between the booth rows
            company = ASSIGNED.get(code)
            if code in existing:
                w.update(existing[code], x=x, y=y, hall=HALL)
            else:
                w.add(Booth(station_id=station.id, fair_id=fair.id, code=code, hall=HALL, x=x,
                            y=y, company_id=ids[company] if company else None))  # fmt: skip
        w.add(FloorItem(station_id=station.id, fair_id=fair.id, hall=HALL, kind="aisle", x=0,
                        y=1, width=cols, height=1, text="主通道", main=True))  # fmt: skip
        w.add(FloorItem(station_id=station.id, fair_id=fair.id, hall=HALL, kind="label", x=-2,
                        y=0, width=1.5, height=1, text="入口"))  # fmt: skip
    return engine
