"""The desk's search results as a thin table model: rows in through `set_rows`, no queries.

Phones appear as their last four digits only ("…5678"); the check-in state is a column of its
own so a volunteer sees at once who is already inside.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from fairdesk.services.desk.search import AttendeeHit

logger = logging.getLogger(__name__)

COL_NAME, COL_UNIVERSITY, COL_STUDENT_NO, COL_PHONE, COL_STATE = range(5)
COLUMNS = 5
_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractTableModel):
    """Search hits for the desk's result table."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AttendeeHit] = []

    def set_rows(self, rows: list[AttendeeHit]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def hit(self, row: int) -> AttendeeHit | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[AttendeeHit]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("SearchResultsModel", "Name"),
            QCoreApplication.translate("SearchResultsModel", "University"),
            QCoreApplication.translate("SearchResultsModel", "Student no"),
            QCoreApplication.translate("SearchResultsModel", "Phone"),
            QCoreApplication.translate("SearchResultsModel", "Status"),
        )
        return titles[section] if 0 <= section < COLUMNS else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                hit.name,
                hit.university,
                hit.student_no or "",
                f"…{hit.phone_tail}" if hit.phone_tail else "",
                QCoreApplication.translate("SearchResultsModel", "✔ in") if hit.checked_in else "—",
            )
            return values[column] if 0 <= column < COLUMNS else None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATE and hit.checked_in:
            return QBrush(QColor("#1b7a35"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(p for p in (hit.name, hit.university, hit.school, hit.major) if p)
        if role == Qt.ItemDataRole.UserRole:
            return hit.id
        return None
