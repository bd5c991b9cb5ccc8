"""The floor map's contents: each hall's booths (with their companies), aisles and labels, and
the company index in pinyin order with every company's booth codes.

Booths the floor plan has not placed yet (`x` or `y` empty: booths that came with a company
list) are laid out in rows under the placed ones, so the map still shows every booth; their
`placed` is False. Coordinates are floor units (one standard booth = 1 × 1).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import Session, select

from fairdesk.core.company_names import index_letter, shared_place, short_name, sort_key
from fairdesk.services.fairs import current_fair
from fairdesk.store.engine import read_session
from fairdesk.store.models import Booth, Company, FloorItem

UNPLACED_PER_ROW = 10
_CODE = re.compile(r"([A-Za-z]*)(\d*)(.*)")


def code_order(code: str) -> tuple[str, int, str]:
    """A02 < A10 < B01: letters, then the number as a number."""
    m = _CODE.fullmatch(code)
    letters, digits, rest = m.groups() if m else (code, "", "")
    return letters.upper(), int(digits) if digits else -1, rest


@dataclass(frozen=True)
class MapBooth:
    code: str
    x: float
    y: float
    width: float
    height: float
    company: str = ""  # full name; "" for a free booth
    short: str = ""  # the name without its legal form
    placed: bool = True


@dataclass(frozen=True)
class MapItem:
    kind: str  # aisle | label
    x: float
    y: float
    width: float
    height: float
    text: str = ""
    main: bool = False


@dataclass(frozen=True)
class HallMap:
    hall: str  # "" when the booths have no hall
    booths: tuple[MapBooth, ...]
    items: tuple[MapItem, ...]

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of everything drawn, in floor units."""
        boxes = [(b.x, b.y, b.x + b.width, b.y + b.height) for b in self.booths]
        boxes += [(i.x, i.y, i.x + i.width, i.y + i.height) for i in self.items]
        if not boxes:
            return 0.0, 0.0, 1.0, 1.0
        return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))  # fmt: skip


@dataclass(frozen=True)
class IndexEntry:
    letter: str  # A–Z or "#"
    company: str
    booths: tuple[str, ...]  # codes, with the hall when the fair has several ("1号馆 A01")


@dataclass(frozen=True)
class FloorMap:
    title: str
    venue: str
    halls: tuple[HallMap, ...]
    index: tuple[IndexEntry, ...]

    def texts(self) -> list[str]:
        """Every string the map draws (for the PDF text layer's repair)."""
        out = [self.title, self.venue]
        for hall in self.halls:
            out.append(hall.hall)
            out.extend(b.short for b in hall.booths)
            out.extend(i.text for i in hall.items)
        out.extend(e.company for e in self.index)
        return out


def fair_halls(engine: Engine) -> list[str]:
    """The halls with booths or floor items, in the fair's order, then any others by name."""
    with read_session(engine) as session:
        fair = current_fair(session)
        declared = [h.strip() for h in fair.halls.replace("，", ",").split(",") if h.strip()]
        used = set(session.exec(select(Booth.hall).where(Booth.fair_id == fair.id)).all())
        used |= set(session.exec(select(FloorItem.hall).where(FloorItem.fair_id == fair.id)))
    return [*[h for h in declared if h in used], *sorted(used - set(declared))]


def read_floor_map(engine: Engine, hall: str | None = None) -> FloorMap:
    """Every hall (or only `hall`) with its booths and items, and the company index."""
    with read_session(engine) as session:
        fair = current_fair(session)
        booths = list(session.exec(select(Booth).where(Booth.fair_id == fair.id)))
        items = list(session.exec(select(FloorItem).where(FloorItem.fair_id == fair.id)))
        names = _company_names(session, fair.id)
    order = fair_halls(engine)
    if hall is not None:
        order = [h for h in order if h == hall]
    several = len({b.hall for b in booths}) > 1
    place = shared_place(names.values())
    halls = tuple(_hall(h, booths, items, names, place) for h in order)
    shown = {h.hall for h in halls}
    index = _index([b for b in booths if b.hall in shown], names, with_hall=several)
    return FloorMap(fair.name, fair.venue, halls, index)


def _company_names(session: Session, fair_id: uuid.UUID) -> dict[uuid.UUID, str]:
    rows = session.exec(select(Company.id, Company.name).where(Company.fair_id == fair_id))
    return dict(rows.all())


def _hall(hall: str, booths: Sequence[Booth], items: Sequence[FloorItem],
          names: dict[uuid.UUID, str], place: str) -> HallMap:  # fmt: skip
    mine = sorted((b for b in booths if b.hall == hall), key=lambda b: code_order(b.code))
    placed = [b for b in mine if b.x is not None and b.y is not None]
    loose = [b for b in mine if b.x is None or b.y is None]
    out: list[MapBooth] = []
    for b in placed:
        name = names.get(b.company_id, "") if b.company_id else ""
        out.append(MapBooth(b.code, float(b.x or 0), float(b.y or 0), b.width, b.height,
                            name, short_name(name, place) if name else ""))  # fmt: skip
    top = max((b.y + b.height for b in out), default=-1.0) + 1.0  # a free row between
    left = min((b.x for b in out), default=0.0)
    for i, b in enumerate(loose):
        name = names.get(b.company_id, "") if b.company_id else ""
        x, y = left + (i % UNPLACED_PER_ROW) * 1.2, top + (i // UNPLACED_PER_ROW) * 1.2
        out.append(MapBooth(b.code, x, y, 1.0, 1.0, name, short_name(name, place) if name else "",
                            placed=False))  # fmt: skip
    drawn = tuple(
        MapItem(i.kind, i.x, i.y, i.width, i.height, i.text, i.main)
        for i in items
        if i.hall == hall
    )
    return HallMap(hall, tuple(out), drawn)


def _index(booths: Sequence[Booth], names: dict[uuid.UUID, str], *,
           with_hall: bool) -> tuple[IndexEntry, ...]:  # fmt: skip
    held: dict[uuid.UUID, list[Booth]] = {}
    for b in booths:
        if b.company_id is not None and b.company_id in names:
            held.setdefault(b.company_id, []).append(b)
    entries = []
    for company_id, mine in held.items():
        mine.sort(key=lambda b: (b.hall, code_order(b.code)))
        codes = tuple(f"{b.hall} {b.code}" if with_hall and b.hall else b.code for b in mine)
        name = names[company_id]
        entries.append(IndexEntry(index_letter(name), name, codes))
    entries.sort(key=lambda e: sort_key(e.company))
    return tuple(entries)
