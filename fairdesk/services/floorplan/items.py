"""Aisles and labels on the floor plan: added, moved, changed and deleted (one transaction each).

An aisle marked `main` is the main aisle the auto-assign puts the biggest companies beside; a
label is text on the plan (入口, 签到处, 舞台 …).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Engine

from fairdesk.core.messages import message
from fairdesk.errors import UserError
from fairdesk.services.fairs import current_fair, local_station
from fairdesk.services.floorplan.plan import ItemView, item_view
from fairdesk.store.engine import write_session
from fairdesk.store.models import FloorItem
from fairdesk.store.seam import changes

KINDS = ("aisle", "label")
MAX_TEXT = 40

ITEM_GONE = message(
    "floor.item_gone", "that aisle or label is no longer on the plan", "该通道或标签已不在展位图上"
)  # fmt: skip
BAD_KIND = message(
    "floor.bad_kind", "a floor item is an aisle or a label", "展位图元素只能是通道或标签"
)
LABEL_TEXT = message(
    "floor.label_text", "a label needs 1–{most} characters of text", "标签需要 1–{most} 个字"
)  # fmt: skip
BAD_ITEM_SIZE = message(
    "floor.bad_item_size",
    "an aisle or label needs a width and depth above 0",
    "通道或标签的宽和深须大于 0",
)


def _check(kind: str, text: str, width: float, height: float) -> None:
    if kind not in KINDS:
        raise UserError(BAD_KIND())
    if kind == "label" and not (1 <= len(text) <= MAX_TEXT):
        raise UserError(LABEL_TEXT(most=MAX_TEXT))
    if width <= 0 or height <= 0:
        raise UserError(BAD_ITEM_SIZE())


def add_item(
    engine: Engine, *, hall: str, kind: str, x: float, y: float, width: float = 1.0,
    height: float = 1.0, text: str = "", main: bool = False,
) -> ItemView:  # fmt: skip
    text = " ".join(text.split())
    _check(kind, text, width, height)
    with write_session(engine) as session:
        item = FloorItem(
            station_id=local_station(session).id, fair_id=current_fair(session).id, hall=hall,
            kind=kind, x=round(x, 3), y=round(y, 3), width=round(width, 3),
            height=round(height, 3), text=text, main=main and kind == "aisle",
        )  # fmt: skip
        changes(session).add(item)
        return item_view(item)


def change_item(engine: Engine, item_id: uuid.UUID, **values: Any) -> ItemView:
    """Set any of x, y, width, height, text, main on an aisle or label."""
    allowed = {"x", "y", "width", "height", "text", "main"}
    if not set(values) <= allowed:
        raise ValueError(f"cannot change {sorted(set(values) - allowed)} of a floor item")
    with write_session(engine) as session:
        item = session.get(FloorItem, item_id)
        if item is None:
            raise UserError(ITEM_GONE())
        if "text" in values:
            values["text"] = " ".join(str(values["text"]).split())
        merged = {**item_view(item).__dict__, **values}
        _check(item.kind, merged["text"], merged["width"], merged["height"])
        new = {k: v for k, v in values.items() if getattr(item, k) != v}
        if new:
            changes(session).update(item, **new)
        return item_view(item)


def delete_item(engine: Engine, item_id: uuid.UUID) -> ItemView:
    """Delete an aisle or label; returns what it was (for `restore_item`)."""
    with write_session(engine) as session:
        item = session.get(FloorItem, item_id)
        if item is None:
            raise UserError(ITEM_GONE())
        was = item_view(item)
        changes(session).delete(item)
        return was


def restore_item(engine: Engine, was: ItemView) -> ItemView:
    """Put a deleted aisle or label back (the undo of `delete_item`)."""
    with write_session(engine) as session:
        item = FloorItem(
            id=was.id, station_id=local_station(session).id, fair_id=current_fair(session).id,
            hall=was.hall, kind=was.kind, x=was.x, y=was.y, width=was.width, height=was.height,
            text=was.text, main=was.main,
        )  # fmt: skip
        changes(session).add(item)
        return item_view(item)
