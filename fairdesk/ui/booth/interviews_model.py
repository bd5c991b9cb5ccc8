"""The booth's interview list as a thin table model: rows come in through `set_rows`.

`data()` only formats the `InterviewRow` it was given (CONVENTIONS rule 6); it never queries.
Rows carry display fields only, so the table cannot show a phone, e-mail or 学号.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from fairdesk.core.times import local_text
from fairdesk.services.booth.views import InterviewRow
from fairdesk.ui.labels import degree_text, outcome_text
from fairdesk.ui.rows_model import RowsModel

logger = logging.getLogger(__name__)

COL_NAME, COL_UNIVERSITY, COL_MAJOR, COL_DEGREE, COL_YEAR = range(5)
COL_POSITION, COL_RATING, COL_OUTCOME, COL_TAGS, COL_VISITS, COL_LAST, COL_INTERVIEWER = range(
    5, 12
)
COLUMN_COUNT = 12


def local_time_text(value: datetime | None, *, short: bool = False) -> str:
    """A stored (aware UTC) time as local wall-clock text."""
    return local_text(value, "%H:%M" if short else "%m-%d %H:%M")


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("InterviewTableModel", "Name"),
        QCoreApplication.translate("InterviewTableModel", "University"),
        QCoreApplication.translate("InterviewTableModel", "Major"),
        QCoreApplication.translate("InterviewTableModel", "Degree"),
        QCoreApplication.translate("InterviewTableModel", "Year"),
        QCoreApplication.translate("InterviewTableModel", "Position"),
        QCoreApplication.translate("InterviewTableModel", "Rating"),
        QCoreApplication.translate("InterviewTableModel", "Outcome"),
        QCoreApplication.translate("InterviewTableModel", "Tags"),
        QCoreApplication.translate("InterviewTableModel", "Visits"),
        QCoreApplication.translate("InterviewTableModel", "Last visit"),
        QCoreApplication.translate("InterviewTableModel", "Interviewer"),
    ]


def _pending_name(row: InterviewRow) -> str:
    name = row.name or QCoreApplication.translate("InterviewTableModel", "(name not yet known)")
    return QCoreApplication.translate("InterviewTableModel", "{name} · pending").format(name=name)


class InterviewTableModel(RowsModel[InterviewRow]):
    """Rows of `InterviewRow`; `row_at(i)` gives one back for the screen."""

    COLUMNS = COLUMN_COUNT

    def row_at(self, row: int) -> InterviewRow:
        return self._rows[row]

    def headers(self) -> list[str]:
        return _headers()

    def cell(self, row: InterviewRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return str(row.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_RATING, COL_VISITS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: InterviewRow, column: int) -> str:
        match column:
            case 0:
                return _pending_name(row) if row.pending else row.name
            case 1:
                return row.university
            case 2:
                return row.major
            case 3:
                return degree_text(row.degree)
            case 4:
                return str(row.grad_year or "")
            case 5:
                return row.position
            case 6:
                return "★" * row.rating if row.rating else ""
            case 7:
                return outcome_text(row.outcome)
            case 8:
                return "、".join(row.tags)
            case 9:
                return str(row.visits)
            case 10:
                return local_time_text(row.last_visit, short=True)
            case 11:
                return row.interviewer
        return ""
