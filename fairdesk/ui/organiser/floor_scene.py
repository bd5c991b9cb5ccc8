"""The floor plan's scene: one item per booth, aisle and label of the hall shown, kept by id.

`show_plan` brings the scene to a new plan by difference — items whose view is unchanged are
not touched, changed ones get `set_view`, only new ones are made — so a reload after a drop (or
another station's change) repaints a handful of booths, never the whole hall. Booths without a
place yet (imported from a company list) wait in a row below the plan.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from fairdesk.ui.organiser.floor_items import ROLE_BOOTH, ROLE_DECOR, SCALE, BoothItem, DecorItem

if TYPE_CHECKING:
    from fairdesk.services.floorplan.plan import BoothView, FloorPlan, ItemView

MARGIN = 2 * SCALE


class FloorScene(QGraphicsScene):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__()
        self.setBackgroundBrush(QColor("#fbfbfc"))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.hall = ""
        self.city = ""  # the fair's own city, left off booth labels (FloorPlan.place)
        self.booths: dict[uuid.UUID, BoothItem] = {}
        self.decor: dict[uuid.UUID, DecorItem] = {}
        self._unplaced: list[uuid.UUID] = []

    # -- whole plans ---------------------------------------------------------------------
    def show_plan(self, plan: FloorPlan) -> int:
        """Bring the scene to `plan` (its hall); returns how many items changed."""
        if plan.hall != self.hall:
            self.clear_plan()
            self.hall = plan.hall
        changed = 0
        if plan.place != self.city:  # every label is said anew
            self.city = plan.place
            for booth in self.booths.values():
                booth.city = self.city
                booth.set_view(booth.view)
        wanted = {b.id for b in plan.booths}
        for gone in [i for i in self.booths if i not in wanted]:
            self.remove_booth(gone)
            changed += 1
        self._unplaced = [b.id for b in plan.booths if b.x is None or b.y is None]
        for view in plan.booths:
            item = self.booths.get(view.id)
            if item is None or item.view != view:
                self.put_booth(view)
                changed += 1
        wanted = {i.id for i in plan.items}
        for gone in [i for i in self.decor if i not in wanted]:
            self.remove_decor(gone)
            changed += 1
        for item_view in plan.items:
            decor = self.decor.get(item_view.id)
            if decor is None or decor.view != item_view:
                self.put_decor(item_view)
                changed += 1
        self.fit_rect()
        return changed

    def clear_plan(self) -> None:
        self.clear()
        self.booths.clear()
        self.decor.clear()
        self._unplaced = []

    def fit_rect(self) -> None:
        """The scene's extent: everything drawn plus a margin to draw new booths into."""
        bounds = self.itemsBoundingRect()
        if bounds.isNull():
            bounds = QRectF(0, 0, 10 * SCALE, 6 * SCALE)
        self.setSceneRect(bounds.adjusted(-MARGIN, -MARGIN, 4 * MARGIN, 4 * MARGIN))

    # -- single items --------------------------------------------------------------------
    def _tray_place(self, booth_id: uuid.UUID) -> QPointF:
        placed = [b for b in self.booths.values() if b.view.x is not None and b.view.y is not None]
        bottom = max((b.pos().y() + b.view.height * SCALE for b in placed), default=0.0)
        index = self._unplaced.index(booth_id) if booth_id in self._unplaced else 0
        return QPointF((index % 20) * SCALE * 1.1, bottom + SCALE * (1.5 + 1.1 * (index // 20)))

    def put_booth(self, view: BoothView) -> BoothItem | None:
        """Show `view` (add or update its item); a booth of another hall is taken off."""
        if view.hall != self.hall:
            self.remove_booth(view.id)
            return None
        place = None
        if view.x is None or view.y is None:
            if view.id not in self._unplaced:
                self._unplaced.append(view.id)
            place = self._tray_place(view.id)
        elif view.id in self._unplaced:
            self._unplaced.remove(view.id)
        item = self.booths.get(view.id)
        if item is None:
            item = BoothItem(view, place, city=self.city)
            self.addItem(item)
            self.booths[view.id] = item
        else:
            item.city = self.city
            item.set_view(view, place)
        return item

    def update_booths(self, views: Iterable[BoothView]) -> None:
        for view in views:
            self.put_booth(view)

    def remove_booth(self, booth_id: uuid.UUID) -> None:
        item = self.booths.pop(booth_id, None)
        if item is not None:
            self.removeItem(item)
        if booth_id in self._unplaced:
            self._unplaced.remove(booth_id)

    def put_decor(self, view: ItemView) -> DecorItem | None:
        if view.hall != self.hall:
            self.remove_decor(view.id)
            return None
        item = self.decor.get(view.id)
        if item is None:
            main = QCoreApplication.translate("FloorScene", "Main aisle")
            item = DecorItem(view, main)
            self.addItem(item)
            self.decor[view.id] = item
        else:
            item.set_view(view)
        return item

    def remove_decor(self, item_id: uuid.UUID) -> None:
        item = self.decor.pop(item_id, None)
        if item is not None:
            self.removeItem(item)

    # -- finding -------------------------------------------------------------------------
    def booth_at(self, pos: QPointF) -> BoothItem | None:
        for item in self.items(pos):
            if item.data(0) == ROLE_BOOTH and isinstance(item, BoothItem):
                return item
        return None

    def item_at(self, pos: QPointF) -> QGraphicsItem | None:
        """The booth at `pos`, else the aisle or label there."""
        booth = self.booth_at(pos)
        if booth is not None:
            return booth
        for item in self.items(pos):
            if item.data(0) == ROLE_DECOR:
                return item
        return None

    def selected_ids(self) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
        """The selected booths' and aisles'/labels' ids."""
        booths, decor = [], []
        for item in self.selectedItems():
            if isinstance(item, BoothItem):
                booths.append(item.view.id)
            elif isinstance(item, DecorItem):
                decor.append(item.view.id)
        return booths, decor
