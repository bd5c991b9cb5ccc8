"""What a person does on the floor plan, as undoable commands (`ServiceStep`s on the screen's
QUndoStack): each calls one service (one transaction) on the GUI thread — a booth change is a
few milliseconds, and the undo stack needs the result at once — announces what changed, and
updates only the items concerned.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QUndoStack

from fairdesk.errors import UserError
from fairdesk.ui.organiser.floor_commands import ServiceStep
from fairdesk.ui.organiser.floor_items import SCALE, BoothItem, DecorItem
from fairdesk.ui.organiser.floor_protocols import FloorPlanTool
from fairdesk.ui.organiser.floor_scene import FloorScene
from fairdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from fairdesk.services.floorplan.auto import AutoResult
    from fairdesk.services.floorplan.placing import BoothChange
    from fairdesk.services.floorplan.plan import BoothView, ItemView
    from fairdesk.services.floorplan.removal import Removed

KINDS = ("booths", "companies")


class FloorActions(QObject):
    """The commands; `refused` carries a service's refusal, `stale` asks for a fresh plan."""

    refused = Signal(object)  # UserError
    stale = Signal()
    reload_wanted = Signal()
    auto_done = Signal(object)  # AutoResult

    def __init__(
        self, service: FloorPlanTool, tasks: TaskRunner, scene: FloorScene, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.service, self.tasks, self.scene = service, tasks, scene
        self.stack = QUndoStack(self)
        self.stack.setObjectName("floorUndoStack")

    def _write(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        return self.tasks.inline_write(fn, KINDS)

    def _push(self, step: ServiceStep) -> Any:
        try:
            result = step.run_first()
        except UserError as exc:
            self.refused.emit(exc)
            return None
        self.stack.push(step)
        return result

    def _failed(self, exc: UserError) -> None:
        self.refused.emit(exc)
        self.stale.emit()

    def _step(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[Any], Any],
        *,
        redo: Callable[[Any], Any] | None = None,
        show_done: Callable[[Any], None],
        show_undone: Callable[[Any], None] | None = None,
    ) -> Any:
        step = ServiceStep(
            text, self._write(do), self._write(undo),
            redo=self._write(redo) if redo is not None else None,
            show_done=show_done, show_undone=show_undone, failed=self._failed,
        )  # fmt: skip
        return self._push(step)

    # -- showing results -----------------------------------------------------------------
    def show_change(self, change: BoothChange) -> None:
        self.scene.update_booths(change.booths)

    def show_booth(self, view: BoothView) -> None:
        self.scene.put_booth(view)

    def show_item(self, view: ItemView) -> None:
        self.scene.put_decor(view)

    def show_removed(self, removed: Removed) -> None:
        for booth in removed.booths:
            self.scene.remove_booth(booth.id)
        for item in removed.items:
            self.scene.remove_decor(item.id)

    def show_restored(self, removed: Removed) -> None:
        self.scene.update_booths(removed.booths)
        for item in removed.items:
            self.scene.put_decor(item)

    def _undo_change(self, change: BoothChange) -> BoothChange:
        return self.service.set_companies(change.before, force=True)

    def _redo_change(self, undone: BoothChange) -> BoothChange:
        return self.service.set_companies(undone.before, force=True)

    # -- companies on booths -------------------------------------------------------------
    def assign(self, company_id: uuid.UUID, booth_id: uuid.UUID) -> BoothChange | None:
        change: BoothChange | None = self._step(
            self.tr("Assign booth"), lambda: self.service.assign(booth_id, company_id),
            self._undo_change, redo=self._redo_change, show_done=self.show_change,
        )  # fmt: skip
        return change

    def swap(self, first: uuid.UUID, second: uuid.UUID) -> BoothChange | None:
        change: BoothChange | None = self._step(
            self.tr("Swap booths"), lambda: self.service.swap(first, second),
            self._undo_change, redo=self._redo_change, show_done=self.show_change,
        )  # fmt: skip
        return change

    def unassign(self, booth_id: uuid.UUID) -> BoothChange | None:
        change: BoothChange | None = self._step(
            self.tr("Free booth"), lambda: self.service.unassign(booth_id),
            self._undo_change, redo=self._redo_change, show_done=self.show_change,
        )  # fmt: skip
        return change

    def toggle_lock(self, booth_id: uuid.UUID) -> BoothView | None:
        item = self.scene.booths.get(booth_id)
        if item is None:
            return None
        locked = item.view.locked
        view: BoothView | None = self._step(
            self.tr("Unlock booth") if locked else self.tr("Lock booth"),
            lambda: self.service.set_locked(booth_id, not locked),
            lambda _v: self.service.set_locked(booth_id, locked), show_done=self.show_booth,
        )  # fmt: skip
        return view

    def auto_assign(self, *, everything: bool = False) -> AutoResult | None:
        results: list[AutoResult] = []

        def do() -> BoothChange:
            results.append(self.service.auto_assign(everything=everything))
            return results[-1].change

        change = self._step(
            self.tr("Auto-assign"), do, self._undo_change, redo=self._redo_change,
            show_done=self.show_change,
        )  # fmt: skip
        if change is None:
            return None
        self.auto_done.emit(results[-1])
        return results[-1]

    # -- drawing -------------------------------------------------------------------------
    def grid(
        self, *, hall: str, rows: int, cols: int, prefix: str, aisle_every: int
    ) -> tuple[list[uuid.UUID], list[uuid.UUID]] | None:
        """A grid of new booths; the plan is read again afterwards (its hall may be new)."""

        def do() -> tuple[list[uuid.UUID], list[uuid.UUID]]:
            made = self.service.make_grid(
                hall=hall, rows=rows, cols=cols, prefix=prefix, aisle_every=aisle_every
            )
            return made.booth_ids, made.item_ids

        def redo(removed: Removed) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
            back = self.service.put_back(removed)
            return [b.id for b in back.booths], [i.id for i in back.items]

        made: tuple[list[uuid.UUID], list[uuid.UUID]] | None = self._step(
            self.tr("Booth grid"), do, lambda ids: self.service.remove(*ids), redo=redo,
            show_done=lambda _ids: self.reload_wanted.emit(), show_undone=self.show_removed,
        )  # fmt: skip
        return made

    def draw_booth(self, rect: QRectF) -> BoothView | None:
        hall = self.scene.hall
        view: BoothView | None = self._step(
            self.tr("Draw booth"),
            lambda: self.service.draw_booth(
                hall=hall, x=rect.x(), y=rect.y(), width=rect.width(), height=rect.height()
            ),
            lambda v: self.service.remove([v.id]),
            redo=lambda removed: self.service.put_back(removed).booths[0],
            show_done=self.show_booth, show_undone=self.show_removed,
        )  # fmt: skip
        return view

    def add_item(self, kind: str, rect: QRectF, text: str = "") -> ItemView | None:
        hall = self.scene.hall
        view: ItemView | None = self._step(
            self.tr("Add aisle") if kind == "aisle" else self.tr("Add label"),
            lambda: self.service.add_item(
                hall=hall, kind=kind, x=rect.x(), y=rect.y(), width=rect.width(),
                height=rect.height(), text=text,
            ),
            lambda v: self.service.remove((), [v.id]),
            redo=lambda removed: self.service.put_back(removed).items[0],
            show_done=self.show_item, show_undone=self.show_removed,
        )  # fmt: skip
        return view

    def set_main(self, item_id: uuid.UUID, main: bool) -> Any:
        return self._step(
            self.tr("Main aisle"), lambda: self.service.change_item(item_id, main=main),
            lambda _v: self.service.change_item(item_id, main=not main), show_done=self.show_item,
        )  # fmt: skip

    def delete(self, booth_ids: list[uuid.UUID], item_ids: list[uuid.UUID]) -> Any:
        if not booth_ids and not item_ids:
            return None
        return self._step(
            self.tr("Delete"), lambda: self.service.remove(booth_ids, item_ids),
            lambda removed: self.service.put_back(removed),
            redo=lambda _restored: self.service.remove(booth_ids, item_ids),
            show_done=self.show_removed, show_undone=self.show_restored,
        )  # fmt: skip

    def moved(self, item: BoothItem | DecorItem, old: QPointF) -> Any:
        """A booth, aisle or label dragged from `old` (scene pixels) to where it is now."""
        new = item.pos()
        x0, y0, x1, y1 = old.x() / SCALE, old.y() / SCALE, new.x() / SCALE, new.y() / SCALE
        if isinstance(item, BoothItem):
            booth_id = item.view.id
            result = self._step(
                self.tr("Move booth"), lambda: self.service.move_booth(booth_id, x=x1, y=y1),
                lambda _v: self.service.move_booth(booth_id, x=x0, y=y0),
                show_done=self.show_booth,
            )  # fmt: skip
            if result is None:
                item.setPos(old)
            return result
        item_id = item.view.id
        result = self._step(
            self.tr("Move"), lambda: self.service.change_item(item_id, x=x1, y=y1),
            lambda _v: self.service.change_item(item_id, x=x0, y=y0), show_done=self.show_item,
        )  # fmt: skip
        if result is None:
            item.setPos(old)
        return result
