"""The Students tool's edit dialog: every field of a student, saved by the import's rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from fairdesk.core.vocabulary import DEGREES
from fairdesk.services.people_admin.forms import StudentForm
from fairdesk.ui.changes import DataKind
from fairdesk.ui.labels import degree_text
from fairdesk.ui.organiser.form_dialog import FormDialog
from fairdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from fairdesk.services.people_admin.students import StudentRow


class StudentDialog(FormDialog):
    """Edit one student; `save(form)` is the service's edit for that student."""

    def __init__(
        self,
        row: StudentRow,
        save: Callable[[StudentForm], Any],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "studentDialog", self.tr("Edit student"), save, tasks,
            (DataKind.ATTENDEES,), parent,
        )  # fmt: skip
        self.name = self.line("name", self.tr("Name"), row.name)
        self.student_no = self.line("student_no", self.tr("Student no."), row.student_no or "")
        self.university = self.line("university", self.tr("University"), row.university)
        self.school = self.line("school", self.tr("School"), row.school)
        self.major = self.line("major", self.tr("Major"), row.major)
        self.degree = QComboBox()
        self.degree.addItem("", "")
        for degree in DEGREES:
            self.degree.addItem(degree_text(degree), degree.value)
        self.degree.setCurrentIndex(max(0, self.degree.findData(row.degree or "")))
        self.add("degree", self.tr("Degree"), self.degree)
        year = str(row.grad_year or "")
        self.grad_year = self.line("grad_year", self.tr("Graduation year"), year)
        self.phone = self.line("phone", self.tr("Phone"), row.phone or "")
        self.email = self.line("email", self.tr("E-mail"), row.email or "")
        self.consent = QCheckBox(self.tr("Agrees to share contact details with companies"))
        self.consent.setChecked(row.consent)
        self.add("consent", self.tr("Consent"), self.consent)

    def form(self) -> StudentForm:
        return StudentForm(
            name=self.name.text(), university=self.university.text(),
            student_no=self.student_no.text(), school=self.school.text(),
            major=self.major.text(), degree=str(self.degree.currentData() or ""),
            grad_year=self.grad_year.text(), phone=self.phone.text(), email=self.email.text(),
            consent=self.consent.isChecked(),
        )  # fmt: skip
