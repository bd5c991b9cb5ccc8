"""The desk's search panel: type a name, pinyin, initials, 学号 or the phone's last four digits.

Results update as you type (a short pause, then the search runs on the task runner; an answer to
an older query is dropped). ↓ moves into the results, Enter checks the chosen person in (signal
`chosen`), Ctrl+P asks for their badge (signal `print_requested`, handled by the screen).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fairdesk.services.desk.search import AttendeeHit
from fairdesk.ui.desk.search_results import COL_UNIVERSITY, SearchResultsModel
from fairdesk.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)

DEBOUNCE_MS = 80
SearchFn = Callable[[str], list[AttendeeHit]]


class SearchPanel(QWidget):
    """Search box + results; see the module docstring."""

    chosen = Signal(object)  # AttendeeHit
    results_changed = Signal()
    touched = Signal()  # the volunteer typed, moved or clicked in the search panel

    def __init__(self, search: SearchFn, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._search = search
        self._tasks = tasks
        self._generation = 0
        self.query_done = ""  # the query the shown results answer

        self.input = QLineEdit(self)
        self.input.setObjectName("searchInput")
        self.input.setAccessibleName(self.tr("Search attendees"))
        self.input.setPlaceholderText(self.tr("Search (Ctrl+F): name, pinyin, initials, no."))
        self.input.setToolTip(
            self.tr("Name in characters, full pinyin, initials, student number or phone's last 4")
        )
        self.input.setClearButtonEnabled(True)
        self.input.setStyleSheet("QLineEdit { font-size: 20px; padding: 6px; }")
        self.input.installEventFilter(self)

        self.model = SearchResultsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("searchResults")
        self.table.pressed.connect(lambda _index: self.touched.emit())
        self.table.setAccessibleName(self.tr("Search results"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setStyleSheet("QTableView { font-size: 16px; }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_UNIVERSITY, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self._choose(index.row()))

        self.hint = QLabel(self)
        self.hint.setObjectName("searchHint")
        self.hint.setWordWrap(True)
        self.hint.setText(self.tr("↓ choose · Enter check in · Ctrl+P print badge · Esc back"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.input)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.input.textChanged.connect(lambda _text: self._debounce.start())

    # -- searching ---------------------------------------------------------------------------

    def run_search(self) -> None:
        """Search for the box's text now (also after a check-in, to refresh the state column)."""
        self._debounce.stop()
        query = self.input.text()
        self._generation += 1
        generation = self._generation
        if not query.strip():
            self._show(generation, query, [])
            return
        search = self._search
        self._tasks.read(lambda: search(query), lambda hits: self._show(generation, query, hits))

    def _show(self, generation: int, query: str, hits: list[AttendeeHit]) -> None:
        if generation != self._generation:
            return  # an answer to an older query
        self.query_done = query
        chosen = self.current_hit()
        self.model.set_rows(hits)
        if hits:
            # A refresh after a scan keeps the volunteer's choice: Enter must not jump to row 0.
            ids = [h.id for h in hits]
            self.table.selectRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        self.results_changed.emit()

    def current_hit(self) -> AttendeeHit | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.hit(rows[0].row())
        return None

    def _choose(self, row: int) -> None:
        hit = self.model.hit(row)
        if hit is not None:
            self.chosen.emit(hit)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        commands = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if not event.modifiers() & commands:
            self.touched.emit()  # a person typed or moved here (scanner bursts never arrive)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if obj is self.input and key == Qt.Key.Key_Down and self.model.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().selectedRows():
                self.table.selectRow(0)
            return True
        if enter and (obj is self.input or obj is self.table):
            if obj is self.input and self._debounce.isActive():
                return True  # results not there yet; Enter again once they are
            hit = self.current_hit()
            if hit is None and self.model.rowCount() == 1:
                hit = self.model.hit(0)
            if hit is not None:
                self.chosen.emit(hit)
            return True
        if obj is self.table and key == Qt.Key.Key_Up:
            rows = self.table.selectionModel().selectedRows()
            if rows and rows[0].row() == 0:
                self.input.setFocus()
                return True
        return False
