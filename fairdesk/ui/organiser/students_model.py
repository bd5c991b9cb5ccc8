"""The Students table's model: one roster row per line, sorted by pinyin on the name column."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from fairdesk.ui.labels import degree_text
from fairdesk.ui.organiser.people_table import SORT_ROLE
from fairdesk.ui.rows_model import RowsModel

if TYPE_CHECKING:
    from fairdesk.services.people_admin.students import StudentRow

(
    COL_NAME, COL_STUDENT_NO, COL_UNIVERSITY, COL_SCHOOL, COL_MAJOR, COL_DEGREE, COL_YEAR,
    COL_PHONE, COL_EMAIL, COL_ARRIVED,
) = range(10)  # fmt: skip


class StudentsModel(RowsModel["StudentRow"]):
    COLUMNS = 10

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("StudentsModel", "Name"),
            QCoreApplication.translate("StudentsModel", "Student no."),
            QCoreApplication.translate("StudentsModel", "University"),
            QCoreApplication.translate("StudentsModel", "School"),
            QCoreApplication.translate("StudentsModel", "Major"),
            QCoreApplication.translate("StudentsModel", "Degree"),
            QCoreApplication.translate("StudentsModel", "Graduates"),
            QCoreApplication.translate("StudentsModel", "Phone"),
            QCoreApplication.translate("StudentsModel", "E-mail"),
            QCoreApplication.translate("StudentsModel", "Arrived"),
        ]

    def cell(self, row: StudentRow, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            if column == COL_NAME:
                return (row.name_pinyin or row.name).casefold()
            if column == COL_YEAR:
                return row.grad_year or 0
            if column == COL_ARRIVED:
                return int(row.checked_in)
            return str(self.cell(row, column, Qt.ItemDataRole.DisplayRole)).casefold()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            row.name, row.student_no or "", row.university, row.school, row.major,
            degree_text(row.degree), str(row.grad_year or ""), row.phone or "", row.email or "",
            QCoreApplication.translate("StudentsModel", "yes") if row.checked_in else "",
        )  # fmt: skip
        return values[column]
