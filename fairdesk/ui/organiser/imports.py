"""The organiser's Import tool: a student roster or a company list from an Excel or CSV file.

Pick a file (the button, or drop it on the tool) and what it is; the preview (`imports_preview`)
shows how its columns were read and its first rows before anything is written. A roster without
a 学校 column is one school's list: the university of every student is chosen (the fair's
universities so far, or typed). Import runs off the GUI thread with a progress bar; the summary
says what went in, the warnings list what was taken with a remark, and the rejects table
(`imports_rejects`) holds what did not go in, to correct in place and import again, or to save.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fairdesk.core.messages import render
from fairdesk.ui import fonts
from fairdesk.ui.changes import DataKind, touches
from fairdesk.ui.crash_dialog import readable_error
from fairdesk.ui.file_names import start_folder
from fairdesk.ui.organiser.imports_outcome import ImportOutcome
from fairdesk.ui.organiser.imports_preview import PreviewPanel
from fairdesk.ui.organiser.imports_protocols import ImportsTool
from fairdesk.ui.organiser.imports_rejects import RejectsPanel, data_kinds
from fairdesk.ui.organiser.imports_university import UniversityRow
from fairdesk.ui.tasks import Report, TaskRunner
from fairdesk.ui.widgets.passphrase import ErrorLine

if TYPE_CHECKING:
    from fairdesk.services.importing.preview import ImportPreview
    from fairdesk.services.importing.tool import ImportRun

logger = logging.getLogger(__name__)

TABLE_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt")
ROSTER, COMPANIES = "roster", "companies"


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The first local table file a drag carries, if any."""
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return None
    for url in data.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in TABLE_SUFFIXES:
                return path
    return None


class ImportScreen(QWidget):
    """See the module docstring; takes the tool's service and the runner, never the ORM."""

    preview_loaded = Signal(object)  # ImportPreview
    imported = Signal(object)  # ImportRun

    def __init__(
        self, service: ImportsTool, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importScreen")
        self.setAccessibleName(self.tr("Import"))
        self.setAcceptDrops(True)
        self.service = service
        self.tasks = tasks
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.run: ImportRun | None = None
        self.busy = False
        self._kind = ROSTER

        heading = QLabel(self.tr("Import"))
        heading.setObjectName("importHeading")
        fonts.heading(heading, 1.3)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("importKind")
        self.kind_combo.setAccessibleName(self.tr("What the file is"))
        self.kind_combo.addItem(self.tr("Student roster"), ROSTER)
        self.kind_combo.addItem(self.tr("Company list"), COMPANIES)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setObjectName("chooseImportFile")
        self.choose_button.setAccessibleName(self.tr("Choose the file to import"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("Choose an Excel (.xlsx) or CSV file, or drop it here."))
        self.file_label.setObjectName("importFile")
        self.file_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.kind_combo)
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)

        self.university_row = UniversityRow()
        self.university_row.changed.connect(self._update_buttons)
        self.university_row.hide()

        self.error = ErrorLine("importError")
        self.preview_panel = PreviewPanel()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setAccessibleName(self.tr("Import the file"))
        self.import_button.clicked.connect(self.start_import)
        self.outcome = ImportOutcome()
        self.outcome.line.insertWidget(0, self.import_button)
        self.summary, self.warnings = self.outcome.summary, self.outcome.warnings
        self.rejects = RejectsPanel(service, tasks)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("importSplit")
        split.addWidget(self.preview_panel)
        split.addWidget(self.rejects)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        root = QVBoxLayout(self)
        root.addWidget(heading)
        root.addLayout(top)
        root.addWidget(self.university_row)
        root.addWidget(self.error)
        root.addWidget(self.outcome)
        root.addWidget(split, 1)
        self._update_buttons()
        tasks.data_changed.connect(self._data_changed)
        self.load_universities()

    # -- the fair's universities -------------------------------------------------------------

    def load_universities(self) -> None:
        self.tasks.read(self.service.universities, self.university_row.set_names)

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if touches(kinds, DataKind.ATTENDEES, DataKind.FAIR):
            self.load_universities()

    # -- choosing the file -------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def choose_file(self) -> None:
        if self.path is not None:
            folder = str(self.path.parent)
        else:
            where = QStandardPaths.StandardLocation  # a roster e-mailed is in Downloads
            folder = str(start_folder(where.DownloadLocation, where.DocumentsLocation))
        picked, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("File to import"),
            folder,
            self.tr("Tables (*.xlsx *.xlsm *.csv *.txt);;All files (*)"),
        )
        if picked:
            self.set_file(Path(picked))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.busy and dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event)
        if path is None or self.busy:
            event.ignore()
            return
        event.acceptProposedAction()
        self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Read `path` for the preview (off the GUI thread); nothing is written yet."""
        if self.rejects.busy or not self._may_discard():
            return
        self.path = path
        self.file_label.setText(str(path))
        self._load_preview()

    def _kind_changed(self) -> None:
        if self.path is not None and (self.rejects.busy or not self._may_discard()):
            self.kind_combo.blockSignals(True)  # back to what the rejects table is about
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(self._kind))
            self.kind_combo.blockSignals(False)
            return
        self._kind = self.kind
        if self.path is not None and not self.busy:
            self._load_preview()
        else:
            self._update_buttons()

    def _may_discard(self) -> bool:
        """True unless corrections not yet re-imported would be lost and the organiser keeps
        them."""
        pending = len(self.rejects.model.edited_lines())
        return pending == 0 or self.confirm_discard(pending)

    def confirm_discard(self, pending: int) -> bool:
        """Ask before corrected rejects are dropped (a test replaces this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Import"),
            self.tr("{n} corrected rows are not re-imported yet. Discard the corrections?").format(
                n=QLocale().toString(pending)
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _load_preview(self) -> None:
        path, kind, preview = self.path, self.kind, self.service.preview
        if path is None:
            return
        self.preview = None
        self.run = None
        self.error.clear_error()
        self.outcome.clear()
        self.preview_panel.clear()
        self.rejects.set_run(None, ())
        self._update_buttons()

        def done(result: ImportPreview) -> None:
            if self.path == path and self.kind == kind:
                self._show_preview(result)

        def failed(exc: BaseException) -> None:
            if self.path == path:
                self.error.show_error(readable_error(exc))

        self.tasks.read(lambda: preview(path, kind), done, failed, label=self.tr("Reading"))

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.preview_panel.show_preview(preview)
        self.university_row.set_preview(preview)
        self.university_row.setVisible(preview.kind == ROSTER)
        if preview.problems:
            why = "\n".join(render(p) for p in preview.problems)
            self.error.show_error(
                self.tr("This file cannot be imported as chosen:\n{why}").format(why=why)
            )
        self._update_buttons()
        self.preview_loaded.emit(preview)

    def university(self) -> str | None:
        return self.university_row.university()

    def _update_buttons(self) -> None:
        preview = self.preview
        ready = (
            preview is not None
            and self.run is None  # imported: a second click would lose the corrections
            and not preview.problems
            and self.university_row.ready()
        )
        self.import_button.setEnabled(bool(ready) and not self.busy)
        self.choose_button.setEnabled(not self.busy)
        self.kind_combo.setEnabled(not self.busy)

    # -- importing ---------------------------------------------------------------------------

    def start_import(self) -> None:
        preview, path = self.preview, self.path
        if self.busy or preview is None or path is None or preview.problems:
            return
        kind = preview.kind
        university = self.university() if kind == ROSTER else None
        if not preview.has_university and university is None:
            return
        total, import_file = max(preview.total_rows, 1), self.service.import_file

        def work(report: Report) -> ImportRun:
            return import_file(path, kind, university, lambda n: report(n, total))

        self.busy = True
        self.error.clear_error()
        self.outcome.started(total)
        self._update_buttons()
        self.tasks.write(
            work,
            self._imported,
            self._failed,
            kinds=data_kinds(kind),
            label=self.tr("Importing {file}").format(file=path.name),
            on_progress=self.outcome.report_progress,
        )

    def _imported(self, run: ImportRun) -> None:
        self.busy = False
        self.run = run
        self.outcome.done(run)
        fields = self.preview.fields if self.preview is not None else ()
        self.rejects.set_run(run, fields)
        self._update_buttons()
        self.rejects.focus_first()
        self.imported.emit(run)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.outcome.clear()
        self.error.show_error(readable_error(exc))
        self._update_buttons()
