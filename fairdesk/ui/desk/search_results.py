"""The desk's search results as a thin table model: rows in through `set_rows`, no queries.

Phones appear as their last four digits only ("…5678"); the check-in state is a column of its
own so a volunteer sees at once who is already inside.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from fairdesk.services.desk.search import AttendeeHit
from fairdesk.ui.rows_model import RowsModel

logger = logging.getLogger(__name__)

COL_NAME, COL_UNIVERSITY, COL_STUDENT_NO, COL_PHONE, COL_STATE = range(5)
COLUMNS = 5


class SearchResultsModel(RowsModel[AttendeeHit]):
    """Search hits for the desk's result table."""

    COLUMNS = COL_STATE + 1

    def hit(self, row: int) -> AttendeeHit | None:
        return self.row_or_none(row)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("SearchResultsModel", "Name"),
            QCoreApplication.translate("SearchResultsModel", "University"),
            QCoreApplication.translate("SearchResultsModel", "Student no"),
            QCoreApplication.translate("SearchResultsModel", "Phone"),
            QCoreApplication.translate("SearchResultsModel", "Status"),
        )

    def cell(self, hit: AttendeeHit, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                hit.name,
                hit.university,
                hit.student_no or "",
                f"…{hit.phone_tail}" if hit.phone_tail else "",
                QCoreApplication.translate("SearchResultsModel", "✔ in") if hit.checked_in else "—",
            )
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATE and hit.checked_in:
            return QBrush(QColor("#1b7a35"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(p for p in (hit.name, hit.university, hit.school, hit.major) if p)
        if role == Qt.ItemDataRole.UserRole:
            return hit.id
        return None
