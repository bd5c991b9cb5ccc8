"""The Companies tool's dialogs: a company's own fields, and one of its positions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QWidget

from fairdesk.core.vocabulary import DEGREES
from fairdesk.services.people_admin.forms import CompanyForm, PositionForm
from fairdesk.ui.changes import DataKind
from fairdesk.ui.organiser.companies_model import degree_wanted_text
from fairdesk.ui.organiser.form_dialog import FormDialog
from fairdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from fairdesk.services.people_admin.companies import CompanyRow
    from fairdesk.services.people_admin.positions import PositionRow

KINDS = (DataKind.COMPANIES,)


class CompanyDialog(FormDialog):
    """Edit one company; `save(form)` is the service's edit for it."""

    def __init__(
        self,
        row: CompanyRow,
        save: Callable[[CompanyForm], Any],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("companyDialog", self.tr("Edit company"), save, tasks, KINDS, parent)
        self.name = self.line("name", self.tr("Company"), row.name)
        self.sector = self.line("sector", self.tr("Sector"), row.sector)
        self.city = self.line("city", self.tr("City"), row.city)
        self.contact = self.line("contact_name", self.tr("Contact"), row.contact_name)
        self.phone = self.line("phone", self.tr("Contact phone"), row.phone)
        self.email = self.line("email", self.tr("Contact e-mail"), row.email)
        self.uscc = self.line("uscc", self.tr("Credit code (统一社会信用代码)"), row.uscc or "")

    def form(self) -> CompanyForm:
        return CompanyForm(
            name=self.name.text(), sector=self.sector.text(), city=self.city.text(),
            contact_name=self.contact.text(), phone=self.phone.text(), email=self.email.text(),
            uscc=self.uscc.text(),
        )  # fmt: skip


class PositionDialog(FormDialog):
    """Add a position (`row` None) or edit one; `save(form)` is the service's call."""

    def __init__(
        self,
        row: PositionRow | None,
        save: Callable[[PositionForm], Any],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add position") if row is None else self.tr("Edit position")
        super().__init__("positionDialog", title, save, tasks, KINDS, parent)
        self.title = self.line("title", self.tr("Position"), row.title if row else "")
        self.degree = QComboBox()
        self.degree.addItem(degree_wanted_text(None), "")
        for degree in DEGREES:
            self.degree.addItem(degree_wanted_text(degree.value), degree.value)
        self.degree.setCurrentIndex(max(0, self.degree.findData((row.degree if row else "") or "")))
        self.add("degree", self.tr("Degree required"), self.degree)
        self.majors = self.line("majors", self.tr("Majors wanted (separated by 、)"),
                                row.majors if row else "")  # fmt: skip
        count = "" if row is None or row.headcount is None else str(row.headcount)
        self.headcount = self.line("headcount", self.tr("Headcount"), count)

    def form(self) -> PositionForm:
        return PositionForm(
            title=self.title.text(), degree=str(self.degree.currentData() or ""),
            majors=self.majors.text(), headcount=self.headcount.text(),
        )  # fmt: skip
