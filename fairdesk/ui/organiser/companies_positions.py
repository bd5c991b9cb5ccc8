"""The Companies tool's side panel: the selected company's positions, added, edited, removed.

It reads the positions off the GUI thread whenever the selected company or the companies' data
changes. Removing a position is a deletion like any other: its undo token goes to the screen's
Undo (`remove` is the screen's `run_delete`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fairdesk.ui import fonts
from fairdesk.ui.organiser.companies_form import KINDS, PositionDialog
from fairdesk.ui.organiser.companies_model import COL_MAJORS, PositionsModel
from fairdesk.ui.organiser.people_protocols import CompaniesTool
from fairdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from fairdesk.services.people_admin.companies import CompanyRow
    from fairdesk.services.people_admin.positions import PositionRow

#: the screen's run_delete(fn, said, kinds)
RunDelete = Callable[[Callable[[], Any], Callable[[Any], str], tuple[str, ...]], None]


class PositionsPanel(QWidget):
    """See the module docstring."""

    loaded = Signal(int)

    def __init__(
        self,
        service: CompaniesTool,
        tasks: TaskRunner,
        remove: RunDelete,
        say: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("positionsPanel")
        self.setAccessibleName(self.tr("Positions"))
        self.service, self.tasks, self._remove, self._say = service, tasks, remove, say
        self.company: CompanyRow | None = None
        self.dialog: PositionDialog | None = None
        self._asked: uuid.UUID | None = None
        self.heading = QLabel(self.tr("Positions"))
        self.heading.setObjectName("positionsHeading")
        fonts.heading(self.heading, 1.1)
        self.model = PositionsModel(self)
        self.table = QTableView()
        self.table.setObjectName("positionsTable")
        self.table.setAccessibleName(self.tr("Positions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MAJORS, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.add_button = self._button("positionAddButton", self.tr("&Add position…"),
                                       self.add_position)  # fmt: skip
        self.edit_button = self._button("positionEditButton", self.tr("Edit position…"),
                                        self.edit_selected)  # fmt: skip
        self.remove_button = self._button("positionRemoveButton", self.tr("&Remove position"),
                                          self.remove_selected)  # fmt: skip
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.heading)
        root.addLayout(buttons)
        root.addWidget(self.table, 1)
        self._enable()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def show_company(self, company: CompanyRow | None) -> None:
        """Show `company`'s positions (None: no company selected)."""
        self.company = company
        if company is None:
            self.heading.setText(self.tr("Positions"))
            self.model.set_rows([])
            self._enable()
            return
        self.heading.setText(self.tr("Positions of %1").replace("%1", company.name))
        self.reload()

    def reload(self) -> None:
        company = self.company
        if company is None:
            return
        self._asked = company.id
        self.tasks.read(lambda: (company.id, self.service.positions(company.id)), self._loaded)

    def _loaded(self, result: tuple[uuid.UUID, list[PositionRow]]) -> None:
        company_id, rows = result
        if company_id != self._asked:
            return  # the selection moved on while this read ran
        self.model.set_rows(rows)
        self._enable()
        self.loaded.emit(len(rows))

    def selected(self) -> PositionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_or_none(rows[0].row()) if rows else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(self.company is not None)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def add_position(self) -> None:
        company = self.company
        if company is None:
            return
        self._open(PositionDialog(None, lambda f: self.service.add_position(company.id, f),
                                  self.tasks, self))  # fmt: skip

    def edit_selected(self) -> None:
        position = self.selected()
        if position is None:
            return
        self._open(PositionDialog(position, lambda f: self.service.edit_position(position.id, f),
                                  self.tasks, self))  # fmt: skip

    def _open(self, dialog: PositionDialog) -> None:
        dialog.saved.connect(lambda row: self._say(self.tr("Saved: %1").replace("%1", row.title)))
        self.dialog = dialog
        dialog.open()

    def remove_selected(self) -> None:
        position = self.selected()
        if position is None:
            return
        text = self.tr("Removed the position %1. Undo (Ctrl+Z) puts it back.")
        self._remove(lambda: self.service.remove_position(position.id),
                     lambda token: text.replace("%1", token.label), KINDS)  # fmt: skip
