"""What the Students and Companies tools share: a search box read as you type, a sortable table,
Edit / Delete / Undo buttons and a status line.

`PeopleTable` runs the tool's search through the TaskRunner (off the GUI thread, a short pause
after the last key so a typed name costs one read, and a result older than the box's text is
dropped) and reads again when a data kind it shows changes. Its model sorts itself
(`sorted_rows`); Down or Enter in the search box goes to the list, Enter or a double-click
there edits, the Delete key deletes. A deletion keeps its undo token; Undo (the button or
Ctrl+Z) hands it back to the service. The screens subclass it and supply the search, the row
formatting and the edit dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fairdesk.ui import fonts
from fairdesk.ui.changes import DataKind, touches
from fairdesk.ui.organiser.sorted_rows import SortedRows
from fairdesk.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)

SEARCH_PAUSE_MS = 150
#: how many rows a column's width is measured on (Qt measures 1,000 by default: seconds)
CONTENTS_PRECISION = 60


class PeopleTable(QWidget):
    """See the module docstring. `name` prefixes the object names ("students" → studentsTable)."""

    loaded = Signal(int)  # rows shown after a read
    changed = Signal(str)  # the status line after an edit, delete or undo

    def __init__(
        self,
        name: str,
        model: SortedRows[Any],
        tasks: TaskRunner,
        kinds: tuple[DataKind, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.model = model
        self._kinds = kinds
        self._token: Any = None
        self._undo_kinds: tuple[str, ...] = tuple(kinds)
        self._reading = self._stale = False
        self._asked = ""

        self.heading = QLabel()
        self.heading.setObjectName(f"{name}Heading")
        fonts.heading(self.heading, 1.3)
        self.search_box = QLineEdit()
        self.search_box.setObjectName(f"{name}Search")
        self.search_box.setClearButtonEnabled(True)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.reload)
        self.search_box.textChanged.connect(lambda _text: self._pause.start())
        self.search_box.returnPressed.connect(self._to_table)
        self.search_box.installEventFilter(self)

        self.table = QTableView()
        self.table.setObjectName(f"{name}Table")
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # widths are measured once the table shows rows (`_fit_columns`), not on every reset:
        # a hidden table's ResizeToContents reads every cell of all 1,000 rows
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        rows.setResizeContentsPrecision(CONTENTS_PRECISION)  # what a column's width reads
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._fitted = False
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())  # Enter
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_moved())

        self.edit_button = QPushButton(QCoreApplication.translate("PeopleTable", "&Edit…"))
        self.edit_button.setObjectName(f"{name}EditButton")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(QCoreApplication.translate("PeopleTable", "&Delete"))
        self.delete_button.setObjectName(f"{name}DeleteButton")
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(QCoreApplication.translate("PeopleTable", "&Undo"))
        self.undo_button.setObjectName(f"{name}UndoButton")
        self.undo_button.setAccessibleName(
            QCoreApplication.translate("PeopleTable", "Undo the last deletion")
        )
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        undo_key = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_key.activated.connect(self.undo)
        self.status = QLabel()
        self.status.setObjectName(f"{name}Status")
        self.status.setWordWrap(True)

        self.buttons = QHBoxLayout()
        for button in (self.edit_button, self.delete_button, self.undo_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.main = QVBoxLayout()
        self.main.addWidget(self.heading)
        self.main.addWidget(self.search_box)
        self.main.addLayout(self.buttons)
        self.main.addWidget(self.table, 1)
        self.main.addWidget(self.status)
        self._selection_moved()
        tasks.data_changed.connect(self._data_changed)

    # -- what a screen supplies ------------------------------------------------------------------
    def read(self, query: str) -> Any:
        """The search, run off the GUI thread (returns what `show_result` takes)."""
        raise NotImplementedError

    def show_result(self, result: Any) -> int:
        """Put a search result into the model; how many rows are shown."""
        raise NotImplementedError

    def edit_selected(self) -> None:
        raise NotImplementedError

    def delete_selected(self) -> None:
        raise NotImplementedError

    # -- reading ---------------------------------------------------------------------------------
    def _data_changed(self, kinds: frozenset[str]) -> None:
        if touches(kinds, *self._kinds):
            self.reload()

    def reload(self) -> None:
        """Run the search for the box's text (one read at a time; the newest text wins)."""
        if self._reading:
            self._stale = True
            return
        self._reading, self._stale = True, False
        query = self._asked = self.search_box.text()
        self.tasks.read(lambda: self.read(query), self._loaded, self._read_failed)

    def _loaded(self, result: Any) -> None:
        self._reading = False
        if self._stale or self._asked != self.search_box.text():
            self.reload()
            return
        selected = self.selected()
        shown = self.show_result(result)
        self._fit_columns()
        self._reselect(selected)
        self._selection_moved()
        self.loaded.emit(shown)

    def _read_failed(self, exc: BaseException) -> None:
        logger.warning("%s: %s", self.objectName(), exc)
        self._reading = False
        self.say(str(exc))
        if self._stale:
            self.reload()

    def _fit_columns(self) -> None:
        """Size the columns to their contents once, when the table first shows rows."""
        if not self._fitted and self.table.isVisible() and self.model.rowCount():
            self._fitted = True
            self.table.resizeColumnsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box goes to the list, as Enter does."""
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._to_table()
            return True
        return super().eventFilter(watched, event)

    def _to_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if self.selected() is None:
                self.select_row(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()
        self.search_box.setFocus()

    # -- selection -------------------------------------------------------------------------------
    def selected(self) -> Any:
        """The row of the model selected in the table (None when nothing is)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_or_none(rows[0].row())

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _reselect(self, before: Any) -> None:
        if before is None:
            return
        for i, row in enumerate(self.model.rows()):
            if getattr(row, "id", None) == getattr(before, "id", None):
                self.select_row(i)
                return

    def _selection_moved(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.selection_moved(self.selected())

    def selection_moved(self, row: Any) -> None:
        """A screen's hook: the selected row changed (None: nothing selected)."""

    # -- writing ---------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.status.setText(text)
        self.changed.emit(text)

    def run_delete(
        self, fn: Callable[[], Any], said: Callable[[Any], str], kinds: tuple[str, ...]
    ) -> None:
        """Delete through the runner; keep the token for Undo and say what happened."""

        def done(token: Any) -> None:
            self._token, self._undo_kinds = token, kinds
            self.undo_button.setEnabled(True)
            self.say(said(token))

        self.tasks.write(fn, done, lambda exc: self.say(str(exc)), kinds=kinds)

    def undo(self) -> None:
        """Put back what the last deletion removed."""
        token = self._token
        if token is None:
            return
        self._token = None
        self.undo_button.setEnabled(False)
        self.tasks.write(
            lambda: self.undo_call(token), lambda result: self.say(self.undone_text(result)),
            lambda exc: self.say(str(exc)), kinds=self._undo_kinds,
        )  # fmt: skip

    def undo_call(self, token: Any) -> Any:
        raise NotImplementedError

    def undone_text(self, result: Any) -> str:
        return QCoreApplication.translate("PeopleTable", "Put back: %1").replace(
            "%1", str(getattr(result, "label", ""))
        )
