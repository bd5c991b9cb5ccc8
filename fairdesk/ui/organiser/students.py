"""The organiser's Students tool: the roster searched as you type, edited, deleted with undo.

The search box finds a student the way the desk does (汉字, full pinyin, initials, 学号, the
phone's last four digits); an empty box lists the roster in pinyin order, up to the service's
limit. Double-click, Enter or "Edit…" opens the form (`students_form`); Delete removes the
student with their badges, and Undo (or Ctrl+Z) puts them back. The table reads again whenever
attendees, badges or check-ins change anywhere (an import, a merge, the desk in this window).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fairdesk.ui.changes import DataKind
from fairdesk.ui.organiser.people_protocols import StudentsTool
from fairdesk.ui.organiser.people_table import PeopleTable
from fairdesk.ui.organiser.students_form import StudentDialog
from fairdesk.ui.organiser.students_model import StudentsModel
from fairdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from fairdesk.services.people_admin.students import StudentList, StudentRow

logger = logging.getLogger(__name__)
KINDS = (DataKind.ATTENDEES, DataKind.BADGES, DataKind.CHECKINS)


class StudentsScreen(PeopleTable):
    """See the module docstring; takes the tool's service and the runner, never the ORM."""

    def __init__(
        self, service: StudentsTool, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__("students", StudentsModel(), tasks, KINDS, parent)
        self.model.setParent(self)
        self.service = service
        self.dialog: StudentDialog | None = None
        self.setObjectName("studentsScreen")
        self.setAccessibleName(self.tr("Students"))
        self.heading.setText(self.tr("Students"))
        self.search_box.setPlaceholderText(
            self.tr("Search: name, pinyin, initials, student no. or the phone's last 4 digits")
        )
        self.search_box.setAccessibleName(self.tr("Search students"))
        self.table.setAccessibleName(self.tr("Students"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected student"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected student"))
        self.count_label = QLabel()
        self.count_label.setObjectName("studentsCount")
        self.main.insertWidget(self.main.indexOf(self.table) + 1, self.count_label)
        root = QVBoxLayout(self)
        root.addLayout(self.main)
        self.reload()

    def read(self, query: str) -> StudentList:
        return self.service.find(query)

    def show_result(self, result: StudentList) -> int:
        self.model.set_rows(result.rows)
        locale = QLocale()
        shown, total = locale.toString(len(result.rows)), locale.toString(result.total)
        if result.more:
            text = self.tr("Showing the first %1 of %2 students: type to narrow the list.")
        else:
            text = self.tr("%1 shown · %2 students in the fair")
        self.count_label.setText(text.replace("%1", shown).replace("%2", total))
        return len(result.rows)

    def edit_selected(self) -> None:
        row: StudentRow | None = self.selected()
        if row is None:
            return
        dialog = StudentDialog(row, lambda form: self.service.edit(row.id, form), self.tasks, self)
        dialog.saved.connect(lambda saved: self.say(self.tr("Saved: %1").replace("%1", saved.name)))
        self.dialog = dialog
        dialog.open()

    def delete_selected(self) -> None:
        row: StudentRow | None = self.selected()
        if row is None:
            return
        text = self.tr("Deleted %1 and their badges. Undo (Ctrl+Z) puts them back.")
        self.run_delete(
            lambda: self.service.delete(row.id), lambda token: text.replace("%1", token.label),
            tuple(KINDS),
        )  # fmt: skip

    def undo_call(self, token: Any) -> Any:
        return self.service.undo(token)
