"""The organiser's Exports tool: every table `fairdesk export` writes, saved from the GUI.

Choose what (students, check-ins, interviews, companies), which university's students (or all)
or which company's interviews (or every company's: the career centre's own file, with 学号; one
company's is the file to send that company, without), .xlsx (the default: IDs and phone numbers
stay text, so Excel and WPS keep a 学号's leading zero) or CSV, then a file; the export runs off
the GUI thread through the same service the command line uses (`services.exports.choices`), and
the status line names the file and the rows written, with a button that opens its folder.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fairdesk.services.exports.choices import ExportDone
from fairdesk.ui import fonts
from fairdesk.ui.changes import DataKind, touches
from fairdesk.ui.crash_dialog import readable_error
from fairdesk.ui.file_names import beside, offered_name, start_folder
from fairdesk.ui.organiser.setup_protocols import Exports
from fairdesk.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)

#: asks where to save, given the offered path; None when the person cancelled
AskPath = Callable[[str, str], str | None]
#: asks for a folder, given the offered one; None when the person cancelled
AskFolder = Callable[[str], str | None]


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


class ExportsScreen(QWidget):
    """See the module docstring. `exported(ExportDone)` once a file is written."""

    exported = Signal(object)
    universities_loaded = Signal()
    companies_loaded = Signal()

    def __init__(self, service: Exports, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportsScreen")
        self.setAccessibleName(self.tr("Exports"))
        self.service = service
        self.tasks = tasks
        self.ask_path: AskPath = self._ask_path
        self.ask_folder: AskFolder = self._ask_folder
        self.folder = start_folder(QStandardPaths.StandardLocation.DocumentsLocation)
        self.last: ExportDone | None = None
        self._running = False
        self._build()
        tasks.data_changed.connect(self._data_changed)
        self.reload()

    def _kind_words(self) -> dict[str, tuple[str, str]]:
        """Each kind's label in the list and its offered file name (without the suffix)."""
        return {
            "attendees": (self.tr("Students (attendees, with badge and arrival)"),
                          self.tr("students_{university}_{date}")),
            "checkins": (self.tr("Check-ins (every arrival and re-entry)"),
                         self.tr("checkins_{university}_{date}")),
            "interviews": (self.tr("Interviews"),
                           self.tr("interviews_{company}_{date}")),
            "companies": (self.tr("Companies and positions (re-importable)"),
                          self.tr("companies_{date}")),
            "no-shows": (self.tr("Companies not checked in yet (with contact phone)"),
                         self.tr("no-shows_{date}")),
        }  # fmt: skip

    def _build(self) -> None:
        heading = QLabel(self.tr("Exports"))
        heading.setObjectName("exportsHeading")
        fonts.heading(heading, 1.3)
        self.kind_combo = QComboBox()
        _named(self.kind_combo, "exportKind", self.tr("What to export"))
        words = self._kind_words()
        for kind in self.service.kinds():
            self.kind_combo.addItem(words.get(kind, (kind, kind))[0], kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.university_combo = QComboBox()
        _named(self.university_combo, "exportUniversity", self.tr("University"))
        self.university_combo.addItem(self.tr("All universities"), None)
        self.company_combo = QComboBox()
        _named(self.company_combo, "exportCompany", self.tr("Company"))
        self.company_combo.addItem(self.tr("All companies (with 学号)"), None)
        self.xlsx_radio = QRadioButton(self.tr("Excel workbook (.&xlsx)"))
        _named(self.xlsx_radio, "exportXlsx", self.tr("Excel workbook"))
        self.csv_radio = QRadioButton(self.tr("&CSV (UTF-8, opens in Excel and WPS)"))
        _named(self.csv_radio, "exportCsv", self.tr("CSV"))
        self.xlsx_radio.setChecked(True)
        self._formats = QButtonGroup(self)
        self._formats.addButton(self.xlsx_radio)
        self._formats.addButton(self.csv_radio)
        formats = QHBoxLayout()
        formats.addWidget(self.xlsx_radio)
        formats.addWidget(self.csv_radio)
        formats.addStretch(1)
        self.each_check = QCheckBox(self.tr("One file per company, into a folder"))
        _named(self.each_check, "exportEachCompany", self.tr("One file per company"))
        self.each_check.toggled.connect(self._kind_changed)
        self.company_combo.currentIndexChanged.connect(self._kind_changed)
        self.machine_check = QCheckBox(self.tr("Machine headers for scripts (name, student_no …)"))
        _named(self.machine_check, "exportMachineHeaders", self.tr("Machine headers"))
        self.export_button = QPushButton(self.tr("&Export…"))
        _named(self.export_button, "exportButton", self.tr("Export"))
        self.export_button.clicked.connect(self.choose_and_export)
        self.progress = QProgressBar()
        _named(self.progress, "exportProgress", self.tr("Exporting"))
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        _named(self.status, "exportStatus", self.tr("Export status"))
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open &folder"))
        _named(self.open_button, "openExportFolder", self.tr("Open folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.hide()

        for combo in (self.kind_combo, self.university_combo, self.company_combo):
            combo.setMaximumWidth(520)
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.kind_combo)
        form.addRow(self.tr("&University:"), self.university_combo)
        form.addRow(self.tr("C&ompany:"), self.company_combo)
        form.addRow("", self.each_check)
        form.addRow(self.tr("Format:"), formats)
        form.addRow("", self.machine_check)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setFocusProxy(self.kind_combo)
        self._kind_changed()

    # -- choices -----------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def university(self) -> str | None:
        if not self.university_combo.isEnabled():
            return None
        value = self.university_combo.currentData()
        return str(value) if value is not None else None

    def company(self) -> tuple[uuid.UUID, str] | None:
        """The company chosen (id, name), or None for every company."""
        if not self.company_combo.isEnabled():
            return None
        value = self.company_combo.currentData()
        return (uuid.UUID(str(value)), self.company_combo.currentText()) if value else None

    def suffix(self) -> str:
        return ".csv" if self.csv_radio.isChecked() else ".xlsx"

    def _kind_changed(self) -> None:
        self.university_combo.setEnabled(self.service.filters_by_university(self.kind()))
        by_company = self.service.filters_by_company(self.kind())
        self.each_check.setEnabled(by_company and self.company_combo.currentData() is None)
        self.company_combo.setEnabled(by_company and not self.each_check.isChecked())

    def reload(self) -> None:
        self.tasks.read(self.service.universities, self._set_universities,
                        lambda exc: logger.warning("universities: %s", exc))  # fmt: skip
        self.tasks.read(self.service.companies, self._set_companies,
                        lambda exc: logger.warning("companies: %s", exc))  # fmt: skip

    def _set_universities(self, names: list[str]) -> None:
        chosen = self.university_combo.currentData()
        self.university_combo.clear()
        self.university_combo.addItem(self.tr("All universities"), None)
        for name in names:
            self.university_combo.addItem(name, name)
        index = self.university_combo.findData(chosen) if chosen is not None else 0
        self.university_combo.setCurrentIndex(max(index, 0))
        self.universities_loaded.emit()

    def _set_companies(self, companies: list[tuple[uuid.UUID, str]]) -> None:
        chosen = self.company_combo.currentData()
        self.company_combo.clear()
        self.company_combo.addItem(self.tr("All companies (with 学号)"), None)
        for company_id, name in companies:
            self.company_combo.addItem(name, str(company_id))
        index = self.company_combo.findData(chosen) if chosen is not None else 0
        self.company_combo.setCurrentIndex(max(index, 0))
        self.companies_loaded.emit()

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if touches(kinds, DataKind.ATTENDEES, DataKind.COMPANIES):
            self.reload()

    # -- exporting ---------------------------------------------------------------------------

    def offered_path(self) -> str:
        template = self._kind_words().get(self.kind(), ("", self.kind()))[1]
        university, company = self.university() or "", self.company()
        name = offered_name(template + self.suffix(), university=university,
                            company=company[1] if company else "",
                            date=date.today().isoformat())  # fmt: skip
        return beside(self.folder, re.sub(r"_{2,}", "_", name))  # no university: one "_"

    def _ask_path(self, offered: str, filter_text: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), offered, filter_text)
        return path or None

    def each_company(self) -> bool:
        return self.each_check.isEnabled() and self.each_check.isChecked()

    def _ask_folder(self, offered: str) -> str | None:
        return QFileDialog.getExistingDirectory(self, self.tr("Export into"), offered) or None

    def choose_and_export(self) -> None:
        if self._running:
            return
        if self.each_company():
            chosen_folder = self.ask_folder(str(self.folder))
            if chosen_folder:
                self.export_each_to(Path(chosen_folder))
            return
        if self.suffix() == ".csv":
            filters = self.tr("CSV (*.csv)")
        else:
            filters = self.tr("Excel workbook (*.xlsx)")
        chosen = self.ask_path(self.offered_path(), filters)
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> None:
        """Write the chosen export to `path` (its suffix added when it has neither)."""
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + self.suffix())
        self.folder = path.parent
        kind, university = self.kind(), self.university()
        company = self.company()
        company_id = company[0] if company else None
        machine = self.machine_check.isChecked()
        self._start(self.tr("Exporting to {path}…").format(path=path))
        service = self.service  # the worker holds the service, never the widget
        self.tasks.read(
            lambda: service.export(kind, path, university=university, company_id=company_id,
                                   machine_headers=machine),
            self._done,
            self._failed,
            label=self.tr("Exporting"),
        )  # fmt: skip

    def export_each_to(self, folder: Path) -> None:
        """One interviews file per company into `folder`, named as the single file would be."""
        self.folder = folder
        template = self._kind_words()["interviews"][1] + self.suffix()
        today = date.today().isoformat()

        def name_of(company: str) -> str:
            return offered_name(template, company=company, date=today)

        machine = self.machine_check.isChecked()
        self._start(self.tr("Exporting into {path}…").format(path=folder))
        service = self.service
        self.tasks.read(
            lambda: service.export_each_company(folder, name_of, machine_headers=machine),
            self._done,
            self._failed,
            label=self.tr("Exporting"),
        )

    def _start(self, status: str) -> None:
        self._running = True
        self.export_button.setEnabled(False)
        self.open_button.hide()
        self.progress.show()
        self.status.setText(status)

    def _finish(self) -> None:
        self._running = False
        self.export_button.setEnabled(True)
        self.progress.hide()

    def _done(self, done: ExportDone) -> None:
        self._finish()
        self.last = done
        if done.path.is_dir():
            self.status.setText(
                self.tr("Exported %n row(s) into {files} files in {path}", "", done.rows).format(
                    files=done.files, path=done.path
                )
            )
        else:
            self.status.setText(
                self.tr("Exported %n row(s) to {path}", "", done.rows).format(path=done.path)
            )
        self.open_button.show()
        logger.info("exported %d %s rows to %s", done.rows, done.kind, done.path)
        self.exported.emit(done)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.status.setText(readable_error(exc))

    def open_folder(self) -> None:
        if self.last is not None:
            path = self.last.path
            folder = path if path.is_dir() else path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
