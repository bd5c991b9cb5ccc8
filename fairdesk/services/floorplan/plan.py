"""Reading a hall's floor plan: its booths (with each company's name, sector and whether its
people have arrived), aisles and labels, and the fair's companies for the list beside the plan.

One read transaction per call; the screen draws from these plain values and runs no query while
painting. A booth imported from a company list has no place yet (`x` None): the screen lines
such booths up below the plan until someone moves them.
"""

from __future__ import annotations

import re
import string
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from fairdesk.core.company_names import shared_place, sort_key
from fairdesk.services.fairs import current_fair
from fairdesk.store.engine import read_session
from fairdesk.store.models import Booth, Company, FloorItem, Position
from fairdesk.store.queries import arrived_companies

_PREFIX = re.compile(r"[A-Z]+")


@dataclass(frozen=True)
class BoothView:
    id: uuid.UUID
    code: str
    hall: str
    x: float | None
    y: float | None
    width: float
    height: float
    locked: bool
    company_id: uuid.UUID | None
    company: str = ""
    sector: str = ""
    arrived: bool = False


@dataclass(frozen=True)
class ItemView:
    id: uuid.UUID
    hall: str
    kind: str  # aisle | label
    x: float
    y: float
    width: float
    height: float
    text: str
    main: bool


@dataclass(frozen=True)
class CompanyEntry:
    """A company in the list beside the plan: its booths (codes, any hall) and its size."""

    id: uuid.UUID
    name: str
    sector: str
    size: int
    booths: tuple[str, ...]
    arrived: bool


@dataclass(frozen=True)
class FloorPlan:
    halls: list[str]
    hall: str
    booths: list[BoothView]
    items: list[ItemView]
    companies: list[CompanyEntry]
    prefixes: frozenset[str] = frozenset()  # the letters the fair's booth codes start with
    place: str = ""  # the city most companies are named after, left off booth labels


def fair_halls(session: Session) -> list[str]:
    """The fair's halls in its order, then any hall a booth or item names that it does not."""
    fair = current_fair(session)
    named = [h.strip() for h in fair.halls.split(",") if h.strip()]
    used = set(session.exec(select(Booth.hall).where(Booth.fair_id == fair.id).distinct()).all())
    used |= set(
        session.exec(select(FloorItem.hall).where(FloorItem.fair_id == fair.id).distinct()).all()
    )
    extra = sorted(h for h in used if h not in named)
    halls = named + extra
    return halls or [""]


def company_sizes(session: Session) -> dict[uuid.UUID, int]:
    """Each company's size: the sum of its positions' headcount (unknown counts as 0)."""
    rows = session.exec(
        select(Position.company_id, func.coalesce(func.sum(Position.headcount), 0)).group_by(
            col(Position.company_id)
        )
    ).all()
    return {company_id: int(total or 0) for company_id, total in rows}


def booth_view(b: Booth, companies: dict[uuid.UUID, Company], arrived: set[uuid.UUID]) -> BoothView:
    c = companies.get(b.company_id) if b.company_id is not None else None
    return BoothView(
        b.id, b.code, b.hall, b.x, b.y, b.width, b.height, b.locked, b.company_id,
        c.name if c else "", c.sector if c else "", b.company_id in arrived,
    )  # fmt: skip


def item_view(i: FloorItem) -> ItemView:
    return ItemView(i.id, i.hall, i.kind, i.x, i.y, i.width, i.height, i.text, i.main)


def read_plan(engine: Engine, hall: str | None = None) -> FloorPlan:
    """The plan of `hall` (the fair's first hall when None) and every company of the fair."""
    with read_session(engine) as session:
        fair = current_fair(session)
        halls = fair_halls(session)
        chosen = hall if hall is not None else halls[0]
        companies = {
            c.id: c for c in session.exec(select(Company).where(Company.fair_id == fair.id))
        }
        arrived = arrived_companies(session)
        sizes = company_sizes(session)
        codes: dict[uuid.UUID, list[str]] = defaultdict(list)
        booths = []
        prefixes: set[str] = set()
        for b in session.exec(
            select(Booth).where(Booth.fair_id == fair.id).order_by(col(Booth.code))
        ):
            letters = _PREFIX.match(b.code)
            prefixes.add(letters.group(0) if letters else "")
            if b.company_id is not None:
                codes[b.company_id].append(b.code)
            if b.hall == chosen:
                booths.append(booth_view(b, companies, arrived))
        items = [
            item_view(i)
            for i in session.exec(
                select(FloorItem)
                .where(FloorItem.fair_id == fair.id, FloorItem.hall == chosen)
                .order_by(col(FloorItem.created_at))
            )
        ]
    entries = [
        CompanyEntry(c.id, c.name, c.sector, sizes.get(c.id, 0), tuple(codes.get(c.id, ())),
                     c.id in arrived)
        for c in companies.values()
    ]  # fmt: skip
    # unassigned first, then by pinyin (华为 among the H's)
    entries.sort(key=lambda e: (bool(e.booths), sort_key(e.name)))
    place = shared_place(c.name for c in companies.values())
    return FloorPlan(halls, chosen, booths, items, entries, frozenset(prefixes), place)


def free_prefix(used: frozenset[str]) -> str:
    """The first letter A–Z no booth code of the fair starts with (a new grid's default)."""
    return next((c for c in string.ascii_uppercase if c not in used), "AA")
