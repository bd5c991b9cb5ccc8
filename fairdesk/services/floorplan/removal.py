"""Deleting several booths, aisles and labels as one action (a selection, or the undo of a
grid), and putting them back whole: the same ids, codes, places and companies."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core.companies import booth_key
from fairdesk.errors import UserError
from fairdesk.services.fairs import current_fair, local_station
from fairdesk.services.floorplan.drawing import CODE_TAKEN, view_of
from fairdesk.services.floorplan.plan import BoothView, ItemView, item_view
from fairdesk.store.engine import write_session
from fairdesk.store.models import Booth, Company, FloorItem
from fairdesk.store.seam import changes


@dataclass(frozen=True)
class Removed:
    booths: list[BoothView] = field(default_factory=list)
    items: list[ItemView] = field(default_factory=list)


def remove(
    engine: Engine, booth_ids: Sequence[uuid.UUID] = (), item_ids: Sequence[uuid.UUID] = ()
) -> Removed:
    """Delete the booths and items (those already gone are skipped); what they were."""
    with write_session(engine) as session:
        writer = changes(session)
        booths, items = [], []
        for booth_id in booth_ids:
            booth = session.get(Booth, booth_id)
            if booth is not None:
                booths.append(view_of(session, booth))
                writer.delete(booth)
        for item_id in item_ids:
            item = session.get(FloorItem, item_id)
            if item is not None:
                items.append(item_view(item))
                writer.delete(item)
        return Removed(booths, items)


def put_back(engine: Engine, removed: Removed) -> Removed:
    """The undo of `remove`: every booth and item as it was."""
    with write_session(engine) as session:
        fair, station = current_fair(session), local_station(session)
        held = {
            booth_key(c) for c in session.exec(select(Booth.code).where(Booth.fair_id == fair.id))
        }
        taken = [b.code for b in removed.booths if booth_key(b.code) in held]
        if taken:
            raise UserError(CODE_TAKEN(code="、".join(taken[:5])))
        rows = []
        for was in removed.booths:
            company = was.company_id
            if company is not None and session.get(Company, company) is None:
                company = None
            rows.append(Booth(
                id=was.id, station_id=station.id, fair_id=fair.id, code=was.code, hall=was.hall,
                x=was.x, y=was.y, width=was.width, height=was.height, locked=was.locked,
                company_id=company,
            ))  # fmt: skip
        items = [
            FloorItem(
                id=i.id, station_id=station.id, fair_id=fair.id, hall=i.hall, kind=i.kind,
                x=i.x, y=i.y, width=i.width, height=i.height, text=i.text, main=i.main,
            )
            for i in removed.items
        ]  # fmt: skip
        writer = changes(session)
        writer.add_all(rows)
        writer.add_all(items)
        return Removed([view_of(session, b) for b in rows], [item_view(i) for i in items])
