"""The Students table's model: one roster row per line, sorted by pinyin on the name column."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from fairdesk.ui.labels import degree_text
from fairdesk.ui.organiser.sorted_rows import SortedRows

if TYPE_CHECKING:
    from fairdesk.services.people_admin.students import StudentRow

(
    COL_NAME, COL_STUDENT_NO, COL_UNIVERSITY, COL_SCHOOL, COL_MAJOR, COL_DEGREE, COL_YEAR,
    COL_PHONE, COL_EMAIL, COL_ARRIVED,
) = range(10)  # fmt: skip


class StudentsModel(SortedRows["StudentRow"]):
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

    def sort_key(self, row: StudentRow, column: int) -> Any:
        if column == COL_NAME:
            return (row.name_pinyin or row.name).casefold(), row.name
        if column == COL_YEAR:
            return row.grad_year or 0
        if column == COL_ARRIVED:
            return int(row.checked_in)
        return str(self.cell(row, column, Qt.ItemDataRole.DisplayRole)).casefold()

    def cell(self, row: StudentRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return _CELLS[column](row)


_CELLS: tuple[Callable[[StudentRow], str], ...] = (
    lambda r: r.name,
    lambda r: r.student_no or "",
    lambda r: r.university,
    lambda r: r.school,
    lambda r: r.major,
    lambda r: degree_text(r.degree),
    lambda r: str(r.grad_year or ""),
    lambda r: r.phone or "",
    lambda r: r.email or "",
    lambda r: QCoreApplication.translate("StudentsModel", "yes") if r.checked_in else "",
)
