"""The booth's interview list: filters (rating, outcome, tag, position, name), counts and a table.

The panel holds every row the service returned for this company and filters them in memory with
`InterviewFilters.matches` (a booth has hundreds of rows, not thousands), so typing in the search
box never waits for the database. Activating a row asks the station to open that record.
"""

from __future__ import annotations

import logging
import uuid
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fairdesk.services.booth.views import (
    InterviewFilters,
    InterviewRow,
    PositionChoice,
)
from fairdesk.ui.booth.interviews_model import InterviewTableModel
from fairdesk.ui.labels import outcome_choices

logger = logging.getLogger(__name__)


class InterviewListPanel(QWidget):
    """Emits `open_requested(interview_id)` when a row is activated (Enter / double-click)."""

    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interviewListPanel")
        self.setAccessibleName(self.tr("Interviews at this booth"))
        self._all: list[InterviewRow] = []
        self.search = QLineEdit()
        self.search.setObjectName("interviewSearch")
        self.search.setAccessibleName(self.tr("Search by name"))
        self.search.setPlaceholderText(self.tr("Search name or pinyin (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.rating_filter = self._combo("ratingFilter", self.tr("Rating filter"))
        self.rating_filter.addItem(self.tr("Any rating"), None)
        for n in range(5, 0, -1):
            self.rating_filter.addItem(self.tr("{n}★ and up").format(n=n), n)
        self.outcome_filter = self._combo("outcomeFilter", self.tr("Outcome filter"))
        self.outcome_filter.addItem(self.tr("Any outcome"), None)
        for word in outcome_choices():
            self.outcome_filter.addItem(word, word)
        self.tag_filter = self._combo("tagFilter", self.tr("Tag filter"))
        self.position_filter = self._combo("positionFilter", self.tr("Position filter"))
        self.set_choices([], [])
        self.counts = QLabel()
        self.counts.setObjectName("interviewCounts")
        self.counts.setAccessibleName(self.tr("Interview counts"))
        self.model = InterviewTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("interviewTable")
        self.table.setAccessibleName(self.tr("Interviews"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._on_activated)

        self.search.textChanged.connect(self._apply)
        for combo in (self.rating_filter, self.outcome_filter, self.tag_filter,
                      self.position_filter):  # fmt: skip
            combo.currentIndexChanged.connect(self._apply)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.rating_filter, self.outcome_filter, self.tag_filter,
                      self.position_filter):  # fmt: skip
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    def set_choices(self, positions: Sequence[PositionChoice], tags: Sequence[str]) -> None:
        for combo, anything, items in (
            (self.tag_filter, self.tr("Any tag"), [(t, t) for t in tags]),
            (
                self.position_filter,
                self.tr("Any position"),
                [(p.title, str(p.id)) for p in positions],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anything, None)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def set_rows(self, rows: Sequence[InterviewRow]) -> None:
        """Every interview of the company; the filters pick what shows."""
        self._all = list(rows)
        self._apply()

    def filters(self) -> InterviewFilters:
        position = self.position_filter.currentData()
        return InterviewFilters(
            min_rating=self.rating_filter.currentData(),
            outcome=self.outcome_filter.currentData(),
            tag=self.tag_filter.currentData(),
            position_id=uuid.UUID(position) if position else None,
            text=self.search.text(),
        )

    @Slot()
    def _apply(self) -> None:
        wanted = self.filters()
        shown = [r for r in self._all if wanted.matches(r)]
        self.model.set_rows(shown)
        outcomes = Counter(r.outcome for r in self._all if r.outcome)
        summary = " · ".join(
            f"{word} {outcomes[word]}" for word in outcome_choices() if outcomes[word]
        )
        pending = sum(1 for r in self._all if r.pending)
        text = self.tr("Showing {shown} of {total} students").format(
            shown=len(shown), total=len(self._all)
        )
        if pending:
            text += " · " + self.tr("{n} pending").format(n=pending)
        self.counts.setText(f"{text} · {summary}" if summary else text)

    def select(self, interview_id: uuid.UUID | None) -> None:
        """Highlight the row of the record on the card (if the filters show it)."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == interview_id:
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row_at(index.row()).id)
