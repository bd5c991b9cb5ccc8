"""Booths drawn one by one, moved, resized and deleted on the floor plan (one transaction each).

A deleted booth comes back whole (`restore_booth`, the undo of a delete): the same id, code,
place and company, so packs and bundles see the row return.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import asdict

from sqlalchemy import Engine
from sqlmodel import Session, select

from fairdesk.core.companies import booth_code, booth_key
from fairdesk.core.messages import message
from fairdesk.core.normalize import FieldError
from fairdesk.errors import UserError
from fairdesk.services.fairs import current_fair, local_station
from fairdesk.services.floorplan.plan import BoothView, booth_view
from fairdesk.store.engine import write_session
from fairdesk.store.models import Booth, Company
from fairdesk.store.queries import arrived_companies
from fairdesk.store.seam import changes

MIN_SIZE, MAX_SIZE = 0.25, 50.0
_LETTERS = re.compile(r"^([A-Z]{1,3})(\d+)$")

BOOTH_GONE = message(
    "floor.booth_gone",
    "that booth is no longer on the plan (deleted elsewhere?)",
    "该展位已不在展位图上（可能已在别处删除）",
)
BAD_BOOTH_SIZE = message(
    "floor.bad_size",
    "a booth is {low}–{high} units wide and deep",
    "展位的宽和深须在 {low}–{high} 个单位之间",
)
CODE_TAKEN = message(
    "floor.code_taken", "the fair has a booth {code} already", "本场已有展位 {code}"
)
BAD_CODE = message(
    "floor.bad_code", "{code!r} is not a booth code (e.g. A01)", "{code!r} 不是展位号（例如 A01）"
)  # fmt: skip


def load_booth(session: Session, booth_id: uuid.UUID) -> Booth:
    booth = session.get(Booth, booth_id)
    if booth is None:
        raise UserError(BOOTH_GONE())
    return booth


def view_of(session: Session, booth: Booth) -> BoothView:
    """The booth as the plan shows it: its company's name and sector, whether it arrived."""
    if booth.company_id is None:
        return booth_view(booth, {}, set())
    found = session.get(Company, booth.company_id)
    if found is None:
        return booth_view(booth, {}, set())
    return booth_view(booth, {found.id: found}, arrived_companies(session, [found.id]))


def _check_size(width: float, height: float) -> None:
    if not (MIN_SIZE <= width <= MAX_SIZE and MIN_SIZE <= height <= MAX_SIZE):
        raise UserError(BAD_BOOTH_SIZE(low=MIN_SIZE, high=MAX_SIZE))


def next_code(codes: list[str], prefix: str = "A") -> str:
    """The next code after the highest one with `prefix` (A07 after A06), never one in use."""
    held = {booth_key(c) for c in codes}
    top = 0
    for code in codes:
        m = _LETTERS.match(code)
        if m is not None and m.group(1) == prefix:
            top = max(top, int(m.group(2)))
    n = top + 1
    while booth_key(f"{prefix}{n}") in held:
        n += 1
    return booth_code(f"{prefix}{n}")


def draw_booth(
    engine: Engine, *, hall: str, x: float, y: float, width: float = 1.0, height: float = 1.0,
    code: str | None = None, prefix: str = "A",
) -> BoothView:  # fmt: skip
    """A new booth at (`x`, `y`); its code is `code`, or the next free one with `prefix`."""
    _check_size(width, height)
    with write_session(engine) as session:
        fair = current_fair(session)
        codes = list(session.exec(select(Booth.code).where(Booth.fair_id == fair.id)).all())
        if code is None:
            chosen = next_code(codes, prefix)
        else:
            try:
                chosen = booth_code(code)
            except FieldError:
                raise UserError(BAD_CODE(code=code)) from None
            if booth_key(chosen) in {booth_key(c) for c in codes}:
                raise UserError(CODE_TAKEN(code=chosen))
        booth = Booth(
            station_id=local_station(session).id, fair_id=fair.id, code=chosen, hall=hall,
            x=round(x, 3), y=round(y, 3), width=width, height=height,
        )  # fmt: skip
        changes(session).add(booth)
        return view_of(session, booth)


def move_booth(
    engine: Engine, booth_id: uuid.UUID, *, x: float, y: float,
    width: float | None = None, height: float | None = None,
) -> BoothView:  # fmt: skip
    """Put a booth at (`x`, `y`), optionally resized; a booth already there is left alone."""
    with write_session(engine) as session:
        booth = load_booth(session, booth_id)
        values: dict[str, float] = {}
        w, h = (
            width if width is not None else booth.width,
            height if height is not None else booth.height,
        )
        _check_size(w, h)
        for name, value in (("x", round(x, 3)), ("y", round(y, 3)), ("width", w), ("height", h)):
            if getattr(booth, name) != value:
                values[name] = value
        if values:
            changes(session).update(booth, **values)
        return view_of(session, booth)


def delete_booth(engine: Engine, booth_id: uuid.UUID) -> BoothView:
    """Delete a booth; returns what it was (for `restore_booth`)."""
    with write_session(engine) as session:
        booth = load_booth(session, booth_id)
        was = view_of(session, booth)
        changes(session).delete(booth)
        return was


def restore_booth(engine: Engine, was: BoothView) -> BoothView:
    """Put a deleted booth back as it was (the undo of `delete_booth`)."""
    with write_session(engine) as session:
        fair = current_fair(session)
        codes = session.exec(select(Booth.code).where(Booth.fair_id == fair.id)).all()
        if booth_key(was.code) in {booth_key(c) for c in codes}:
            raise UserError(CODE_TAKEN(code=was.code))
        company = was.company_id
        if company is not None and session.get(Company, company) is None:
            company = None
        values = asdict(was)
        booth = Booth(
            id=was.id, station_id=local_station(session).id, fair_id=fair.id, code=was.code,
            hall=was.hall, x=values["x"], y=values["y"], width=was.width, height=was.height,
            locked=was.locked, company_id=company,
        )  # fmt: skip
        changes(session).add(booth)
        return view_of(session, booth)
