"""The organiser's Floor plan tool (展位图): halls, booths, aisles and labels, and who stands where.

A hall is chosen in the combo; "Grid…" makes rows × columns of booths, "Draw booth", "Aisle"
and "Label" draw on the plan, "Move" drags things to a new place. Companies are dragged from the
list on the right onto a booth; a booth's company dragged onto another booth swaps the two (onto
the list: the booth is freed). "Lock" keeps a booth's company through "Auto-assign". Every action
is undoable (Ctrl+Z / Ctrl+Shift+Z). The plan is read off the GUI thread and brought up to date
by difference whenever booths, companies or employer arrivals change — so a booth lights up
green when its company checks in at the desk.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fairdesk.errors import UserError
from fairdesk.services.floorplan.plan import free_prefix
from fairdesk.ui.crash_dialog import show_user_error
from fairdesk.ui.organiser.floor_actions import FloorActions
from fairdesk.ui.organiser.floor_companies import CompanyList
from fairdesk.ui.organiser.floor_grid import GridDialog
from fairdesk.ui.organiser.floor_items import BoothItem, DecorItem
from fairdesk.ui.organiser.floor_protocols import FloorPlanTool
from fairdesk.ui.organiser.floor_scene import FloorScene
from fairdesk.ui.organiser.floor_toolbar import FloorToolbar
from fairdesk.ui.organiser.floor_view import STEP, FloorView, Mode
from fairdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from fairdesk.services.floorplan.auto import AutoResult
    from fairdesk.services.floorplan.plan import FloorPlan

logger = logging.getLogger(__name__)
WATCHED = frozenset({"booths", "companies", "arrivals", "fair"})


class FloorPlanScreen(QWidget):
    plan_loaded = Signal(object)  # FloorPlan

    def __init__(
        self, service: FloorPlanTool, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("floorPlanScreen")
        self.setAccessibleName(self.tr("Floor plan"))
        self.service, self.tasks = service, tasks
        self.plan: FloorPlan | None = None
        self._reading = self._stale = False
        self._fitted = False
        self._hall: str | None = None  # the hall asked for (None: the fair's first)

        self.scene = FloorScene()
        self.view = FloorView(self.scene)
        self.commands = FloorActions(service, tasks, self.scene, self)
        self.toolbar = FloorToolbar(self.commands.stack, self)
        self.hall_combo: QComboBox = self.toolbar.hall_combo
        self.companies = CompanyList()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("floorCompanyFilter")
        self.filter_edit.setAccessibleName(self.tr("Find a company"))
        self.filter_edit.setPlaceholderText(self.tr("Find a company (name or pinyin)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.companies.set_filter)
        self.status = QLabel()
        self.status.setObjectName("floorStatus")
        self.status.setAccessibleName(self.tr("Floor plan summary"))
        hint = QLabel(self.tr("Drag a company onto a booth."))
        hint.setObjectName("floorHint")
        hint.setWordWrap(True)

        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.addWidget(hint)
        side_box.addWidget(self.filter_edit)
        side_box.addWidget(self.companies, 1)
        split = QSplitter()
        split.setObjectName("floorSplitter")
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setCollapsible(0, False)
        side.setMinimumWidth(200)
        side.setMaximumWidth(420)
        split.setSizes([800, 280])
        root = QVBoxLayout(self)
        root.addWidget(self.toolbar)
        root.addWidget(split, 1)
        root.addWidget(self.status)

        self._connect()
        self._shortcuts()
        tasks.data_changed.connect(self._data_changed)
        self.reload()

    def _connect(self) -> None:
        bar, view, actions = self.toolbar, self.view, self.commands
        bar.hall_chosen.connect(self._hall_chosen)
        bar.mode_chosen.connect(view.set_mode)
        bar.grid_button.clicked.connect(self.open_grid_dialog)
        bar.lock_button.clicked.connect(self.toggle_lock)
        bar.delete_button.clicked.connect(self.delete_selected)
        bar.main_button.clicked.connect(self.toggle_main)
        bar.auto_button.clicked.connect(lambda: actions.auto_assign())
        bar.zoom_in.clicked.connect(lambda: view.zoom_by(STEP))
        bar.zoom_out.clicked.connect(lambda: view.zoom_by(1 / STEP))
        bar.fit_button.clicked.connect(view.fit_all)
        view.company_dropped.connect(self.drop_company)
        view.booth_dropped.connect(lambda a, b: actions.swap(a, b))
        view.rect_drawn.connect(self._drawn)
        view.label_wanted.connect(self.ask_label)
        view.moved.connect(actions.moved)
        self.companies.unassign_dropped.connect(lambda b: actions.unassign(b))
        actions.refused.connect(self._refused)
        actions.stale.connect(self._history_stale)
        actions.reload_wanted.connect(lambda: self.reload())
        actions.auto_done.connect(self._auto_done)
        self.scene.selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _shortcuts(self) -> None:
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.delete_selected),):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        for action in (self.toolbar.undo_action, self.toolbar.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    # -- reading -------------------------------------------------------------------------
    def current_hall(self) -> str | None:
        """The hall shown."""
        return self.plan.hall if self.plan is not None else None

    def reload(self, hall: str | None = None) -> None:
        """Read the plan of `hall` (default: the one shown) off the GUI thread."""
        if hall is not None:
            self._hall = hall
        wanted = self._hall
        if self._reading:
            self._stale = True
            return
        self._reading, self._stale = True, False
        self.tasks.read(lambda: self.service.read_plan(wanted), self._loaded, self._read_failed)

    def _read_failed(self, exc: BaseException) -> None:
        self._reading = False
        if isinstance(exc, UserError):
            self.status.setText(str(exc))

    def _loaded(self, plan: FloorPlan) -> None:
        self._reading = False
        self.plan = plan
        self.scene.show_plan(plan)
        self.toolbar.set_halls(plan.halls, plan.hall)
        self.companies.set_entries(plan.companies)
        self._summary()
        if not self._fitted and plan.booths:
            self._fitted = True
            QTimer.singleShot(0, self.view, self.view.fit_all)  # once the view has its size
        self.plan_loaded.emit(plan)
        if self._hall is None:
            self._hall = plan.hall
        if self._stale:
            self.reload()

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if not WATCHED.isdisjoint(kinds):
            self.reload()

    def _hall_chosen(self, hall: str) -> None:
        if hall != self.current_hall():
            self._fitted = False
            self.reload(hall)

    def _summary(self) -> None:
        booths = list(self.scene.booths.values())
        free = sum(1 for b in booths if b.view.company_id is None)
        arrived = sum(1 for b in booths if b.view.arrived and b.view.company_id is not None)
        self.status.setText(
            self.tr(
                "{n} booths · {free} free · {arrived} arrived · "
                "{waiting} companies without a booth"
            )
            .replace("{n}", str(len(booths))).replace("{free}", str(free))
            .replace("{arrived}", str(arrived))
            .replace("{waiting}", str(self.companies.unassigned_count()))
        )  # fmt: skip

    # -- actions -------------------------------------------------------------------------
    def drop_company(self, company_id: uuid.UUID, booth_id: uuid.UUID) -> None:
        self.commands.assign(company_id, booth_id)
        self._summary()

    def _drawn(self, mode: str, rect: QRectF) -> None:
        if mode == Mode.DRAW:
            self.commands.draw_booth(rect)
        elif mode == Mode.AISLE:
            self.commands.add_item("aisle", rect)

    def ask_label(self, at: QPointF) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Label"), self.tr("Text on the plan:"))
        if ok and text.strip():
            self.add_label(at, text)

    def add_label(self, at: QPointF, text: str) -> None:
        width = max(2.0, round(len(text) * 0.4 + 0.5))
        self.commands.add_item("label", QRectF(at.x(), at.y(), width, 1.0), text)

    def selected_booth(self) -> BoothItem | None:
        return next((i for i in self.scene.selectedItems() if isinstance(i, BoothItem)), None)

    def selected_aisle(self) -> DecorItem | None:
        return next(
            (i for i in self.scene.selectedItems()
             if isinstance(i, DecorItem) and i.view.kind == "aisle"), None
        )  # fmt: skip

    def toggle_lock(self) -> None:
        booth = self.selected_booth()
        if booth is not None:
            self.commands.toggle_lock(booth.view.id)
            self._selection_changed()

    def toggle_main(self) -> None:
        aisle = self.selected_aisle()
        if aisle is not None:
            self.commands.set_main(aisle.view.id, not aisle.view.main)
            self._selection_changed()

    def delete_selected(self) -> None:
        booths, items = self.scene.selected_ids()
        self.commands.delete(booths, items)
        self._summary()

    def open_grid_dialog(self) -> GridDialog:
        halls = self.plan.halls if self.plan is not None else []
        prefix = free_prefix(self.plan.prefixes) if self.plan is not None else "A"
        dialog = GridDialog(halls, self.current_hall() or "", prefix, self)
        dialog.accepted.connect(lambda: self._grid(dialog))
        dialog.open()
        return dialog

    def _grid(self, dialog: GridDialog) -> None:
        choice = dialog.choice()
        made = self.commands.grid(hall=choice.hall, rows=choice.rows, cols=choice.cols,
                                 prefix=choice.prefix, aisle_every=choice.aisle_every)  # fmt: skip
        if made is not None:
            self._fitted = False
            self.reload(choice.hall)

    def _selection_changed(self) -> None:
        booth = self.selected_booth()
        self.toolbar.show_selection(booth.view.locked if booth else None,
                                    self.selected_aisle() is not None,
                                    bool(self.scene.selectedItems()))  # fmt: skip

    def _auto_done(self, result: AutoResult) -> None:
        self._summary()
        self.status.setText(
            self.tr(
                "Assigned {placed} companies; {free} booths free, "
                "{unplaced} companies without a booth"
            )
            .replace("{placed}", str(result.placed)).replace("{free}", str(result.free))
            .replace("{unplaced}", str(result.unplaced))
        )  # fmt: skip

    def _refused(self, exc: UserError) -> None:
        show_user_error(self, str(exc))

    def _history_stale(self) -> None:
        QTimer.singleShot(0, self, self._forget_history)

    def _forget_history(self) -> None:
        self.commands.stack.clear()
        self.reload()
