"""Booths for scripts and the floor plan: a grid of booths in a hall, a company given a booth.

A grid numbers its booths row by row (A01, A02 … along the first row), each placed at its
column and row (`x`, `y` in grid units); codes are written the one way (`core.companies`), and a
code the fair has already is refused, never doubled.
"""

from __future__ import annotations

import math
import re
import unicodedata
import uuid
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from fairdesk.core.companies import booth_code, booth_key
from fairdesk.core.ids import uuid7_many
from fairdesk.core.messages import message
from fairdesk.errors import UserError
from fairdesk.services.booth.auth import BoothAuth
from fairdesk.services.fairs import current_fair, local_station
from fairdesk.store.engine import write_session
from fairdesk.store.models import Booth, Company, FloorItem, utcnow
from fairdesk.store.seam import changes

MAX_ROWS, MAX_COLS, MAX_GRID = 50, 100, 2000
_PREFIX = re.compile(r"[A-Z]{1,3}")

NEEDS_HALL = message("booths.needs_hall", "--hall needs a name", "--hall 需要展馆名称")
BAD_SIZE = message(
    "booths.bad_size",
    "a grid has 1–{rows} rows and 1–{cols} columns, at most {most} booths (asked: {r} × {c})",
    "展位网格为 1–{rows} 行、1–{cols} 列，最多 {most} 个展位（现为 {r} × {c}）",
)
BAD_PREFIX = message(
    "booths.bad_prefix",
    "--prefix is one to three letters A–Z (got {prefix!r})",
    "--prefix 须为一到三个字母 A–Z（现为 {prefix!r}）",
)
CODES_TAKEN = message(
    "booths.codes_taken",
    "the fair has booths {codes} already: choose another --prefix",
    "本场已有展位 {codes}：请换一个 --prefix",
)
NO_SUCH_BOOTH = message(
    "booths.no_such_booth", "no booth {code} in this fair", "本场没有展位 {code}"
)  # fmt: skip
BOOTH_HELD = message(
    "booths.held",
    "booth {code} is {holder}'s: give {holder} another booth first",
    "展位 {code} 已分给{holder}：请先给{holder}换一个展位",
)


@dataclass(frozen=True)
class GridResult:
    hall: str
    rows: int
    cols: int
    codes: list[str]
    booth_ids: list[uuid.UUID] = field(default_factory=list)
    item_ids: list[uuid.UUID] = field(default_factory=list)


@dataclass(frozen=True)
class AssignResult:
    company: str
    code: str
    changed: bool  # False: the company had that booth already


def make_grid(
    engine: Engine, *, hall: str, rows: int, cols: int, prefix: str = "A", aisle_every: int = 0
) -> GridResult:
    """`rows` × `cols` new booths in `hall`, numbered row by row from `prefix`01, placed below
    the booths the hall has. `aisle_every` N > 0 leaves an aisle after every N rows (the first
    one the main aisle, unless the hall has one)."""
    hall = " ".join(hall.split())
    if not hall:
        raise UserError(NEEDS_HALL())
    if not (1 <= rows <= MAX_ROWS and 1 <= cols <= MAX_COLS and rows * cols <= MAX_GRID):
        raise UserError(BAD_SIZE(rows=MAX_ROWS, cols=MAX_COLS, most=MAX_GRID, r=rows, c=cols))
    letters = unicodedata.normalize("NFKC", prefix).strip().upper()
    if not _PREFIX.fullmatch(letters):
        raise UserError(BAD_PREFIX(prefix=prefix))
    codes = [booth_code(f"{letters}{n}") for n in range(1, rows * cols + 1)]
    with write_session(engine) as session:
        fair = current_fair(session)
        stored = session.exec(select(Booth.code).where(Booth.fair_id == fair.id)).all()
        held = {booth_key(c) for c in stored}
        taken = [c for c in codes if booth_key(c) in held]
        if taken:
            shown = "、".join(taken[:5]) + ("…" if len(taken) > 5 else "")
            raise UserError(CODES_TAKEN(codes=shown))
        station, now, n = local_station(session), utcnow(), len(codes)
        ids = uuid7_many(n)
        top = _below(session, fair.id, hall)
        ys = [top + r + (r // aisle_every if aisle_every > 0 else 0) for r in range(rows)]
        changes(session).bulk_insert(
            Booth.__table__,  # type: ignore[attr-defined]
            {
                "id": ids,
                "station_id": [station.id] * n,
                "fair_id": [fair.id] * n,
                "code": codes,
                "hall": [hall] * n,
                "zone": [""] * n,
                "x": [float(i % cols) for i in range(n)],
                "y": [float(ys[i // cols]) for i in range(n)],
                "width": [1.0] * n,
                "height": [1.0] * n,
                "locked": [False] * n,
                "company_id": [None] * n,
                "created_at": [now] * n,
            },
        )
        aisles: list[FloorItem] = []
        has_main = session.exec(
            select(FloorItem.id).where(
                FloorItem.fair_id == fair.id, FloorItem.hall == hall, col(FloorItem.main)
            )
        ).first()
        if aisle_every > 0:
            gaps = [ys[r] + 1 for r in range(aisle_every - 1, rows - 1, aisle_every)]
            first_main = has_main is None
            aisles = [
                FloorItem(station_id=station.id, fair_id=fair.id, hall=hall, kind="aisle",
                          x=0.0, y=float(y), width=float(cols), height=1.0,
                          main=k == 0 and first_main)
                for k, y in enumerate(gaps)
            ]  # fmt: skip
            changes(session).add_all(aisles)
    return GridResult(hall, rows, cols, codes, list(ids), [a.id for a in aisles])


def _below(session: Session, fair_id: uuid.UUID, hall: str) -> float:
    """Where a new grid starts: one unit below the hall's lowest booth (0 in an empty hall)."""
    bottoms = [
        b.y + b.height
        for b in session.exec(select(Booth).where(Booth.fair_id == fair_id, Booth.hall == hall))
        if b.y is not None
    ]
    return float(math.ceil(max(bottoms)) + 1) if bottoms else 0.0


def assign_booth(engine: Engine, *, company: str, booth: str) -> AssignResult:
    """Give `company` (as typed: core.company_match) the free booth `booth`."""
    chosen = BoothAuth(engine).find(company)
    key = booth_key(booth)
    with write_session(engine) as session:
        fair = current_fair(session)
        found = next((b for b in session.exec(select(Booth).where(Booth.fair_id == fair.id))
                      if booth_key(b.code) == key), None)  # fmt: skip
        if found is None:
            raise UserError(NO_SUCH_BOOTH(code=booth.strip()))
        if found.company_id == chosen.id:
            return AssignResult(chosen.name, found.code, changed=False)
        if found.company_id is not None:
            holder = session.get(Company, found.company_id)
            raise UserError(BOOTH_HELD(code=found.code, holder=holder.name if holder else "?"))
        changes(session).update(found, company_id=chosen.id)
        return AssignResult(chosen.name, found.code, changed=True)
