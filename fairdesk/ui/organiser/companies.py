"""The organiser's Companies tool: the fair's companies in pinyin order, edited or deleted with
undo, and the selected company's positions in a side panel (`companies_positions`).

The search box matches a name, its full pinyin or initials, a sector, a city or a booth code
(the service's `find`). Deleting a company takes its positions and tags and frees its booths;
Undo (or Ctrl+Z) puts all of it back. Everything reads again when companies change.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QWidget

from fairdesk.ui.changes import DataKind
from fairdesk.ui.organiser.companies_form import CompanyDialog
from fairdesk.ui.organiser.companies_model import CompaniesModel
from fairdesk.ui.organiser.companies_positions import PositionsPanel
from fairdesk.ui.organiser.people_protocols import CompaniesTool
from fairdesk.ui.organiser.people_table import PeopleTable
from fairdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from fairdesk.services.people_admin.companies import CompanyRow

logger = logging.getLogger(__name__)
KINDS = (DataKind.COMPANIES,)


class CompaniesScreen(PeopleTable):
    """See the module docstring; takes the tool's service and the runner, never the ORM."""

    def __init__(
        self, service: CompaniesTool, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        self.panel: PositionsPanel | None = None
        super().__init__("companies", CompaniesModel(), tasks, KINDS, parent)
        self.model.setParent(self)
        self.service = service
        self.dialog: CompanyDialog | None = None
        self.setObjectName("companiesScreen")
        self.setAccessibleName(self.tr("Companies"))
        self.heading.setText(self.tr("Companies"))
        self.search_box.setPlaceholderText(
            self.tr("Search: name, pinyin, initials, sector, city or booth")
        )
        self.search_box.setAccessibleName(self.tr("Search companies"))
        self.table.setAccessibleName(self.tr("Companies"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected company"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected company"))
        self.count_label = QLabel()
        self.count_label.setObjectName("companiesCount")
        self.main.insertWidget(self.main.indexOf(self.table) + 1, self.count_label)
        self.panel = PositionsPanel(service, tasks, self.run_delete, self.say, self)
        left = QWidget()
        left.setLayout(self.main)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        root = QHBoxLayout(self)
        root.addWidget(splitter)
        self.reload()

    def read(self, query: str) -> list[CompanyRow]:
        return self.service.find(query)

    def show_result(self, result: list[CompanyRow]) -> int:
        self.model.set_rows(result)
        self.count_label.setText(
            self.tr("%1 companies shown").replace("%1", QLocale().toString(len(result)))
        )
        if self.panel is not None and self.panel.company is not None:
            self.panel.reload()  # its positions may have changed too
        return len(result)

    def selection_moved(self, row: Any) -> None:
        if self.panel is not None and getattr(self.panel.company, "id", None) != getattr(
            row, "id", None
        ):
            self.panel.show_company(row)

    def edit_selected(self) -> None:
        row: CompanyRow | None = self.selected()
        if row is None:
            return
        dialog = CompanyDialog(row, lambda form: self.service.edit(row.id, form), self.tasks, self)
        dialog.saved.connect(lambda saved: self.say(self.tr("Saved: %1").replace("%1", saved.name)))
        self.dialog = dialog
        dialog.open()

    def delete_selected(self) -> None:
        row: CompanyRow | None = self.selected()
        if row is None:
            return
        text = self.tr(
            "Deleted %1 with its positions; its booths are free. Undo (Ctrl+Z) puts it all back."
        )
        self.run_delete(
            lambda: self.service.delete(row.id), lambda token: text.replace("%1", token.label),
            KINDS,
        )  # fmt: skip

    def undo_call(self, token: Any) -> Any:
        return self.service.undo(token)
