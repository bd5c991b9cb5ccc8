"""The Import tool's rejects: the rows that did not go in, corrected in place and imported again.

Each line shows the row number in the file, the field, the reason and the row's own cells; the
cell that failed is tinted, a corrected cell shows in bold. "Re-import fixed rows" imports just
the lines with a corrected cell, and the rows rejected only because of one of them (a company's
other rows), off the GUI thread, the rows keeping their numbers: those that go in leave the
table, those still wrong stay with their new reason. "Save rejects file…" writes what
is left, cells as corrected so far, to finish in Excel (.xlsx offered first, CSV on request).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fairdesk.ui.crash_dialog import readable_error
from fairdesk.ui.file_names import offered_name
from fairdesk.ui.organiser.imports_models import (
    COL_REASON,
    FIRST_CELL,
    RejectLine,
    RejectsModel,
    with_followers,
)
from fairdesk.ui.organiser.imports_protocols import ImportsTool
from fairdesk.ui.tasks import TaskRunner
from fairdesk.ui.widgets.passphrase import ErrorLine

if TYPE_CHECKING:
    from fairdesk.services.importing.report import ImportReport
    from fairdesk.services.importing.tool import ImportRun

logger = logging.getLogger(__name__)

SIZE_BY_ROWS = 200  # columns are sized to fit the first rows, not every one
REASON_WIDTH = 320  # pixels: the row's own cells stay in view beside a long reason


def data_kinds(kind: str) -> list[str]:
    """What an import of `kind` changes, for `TaskRunner.write` (new students get badges)."""
    return ["attendees", "badges"] if kind == "roster" else ["companies"]


class RejectsPanel(QWidget):
    """See the module docstring. Emits `reimported(ImportReport)` and `saved(str)`."""

    reimported = Signal(object)
    saved = Signal(str)

    def __init__(
        self, service: ImportsTool, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importRejectsPanel")
        self.service = service
        self.tasks = tasks
        self.run: ImportRun | None = None
        self.busy = False
        self.heading = QLabel()
        self.heading.setObjectName("importRejectsHeading")
        self.model = RejectsModel(self)
        self.model.edited.connect(self._update_buttons)
        self.table = QTableView()
        self.table.setObjectName("importRejects")
        self.table.setAccessibleName(self.tr("Rejected rows"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZE_BY_ROWS)  # thousands of rejects stay quick
        hint = QLabel(
            self.tr(
                "Correct a cell by double-clicking it (the failed cell is tinted), then re-import "
                "the fixed rows; or save the rejects file and finish in Excel."
            )
        )
        hint.setObjectName("importRejectsHint")
        hint.setWordWrap(True)
        self.reimport_button = QPushButton(self.tr("&Re-import fixed rows"))
        self.reimport_button.setObjectName("reimportButton")
        self.reimport_button.setAccessibleName(self.tr("Re-import fixed rows"))
        self.reimport_button.clicked.connect(self.reimport)
        self.save_button = QPushButton(self.tr("Save rejects &file…"))
        self.save_button.setObjectName("saveRejectsButton")
        self.save_button.setAccessibleName(self.tr("Save rejects file"))
        self.save_button.clicked.connect(self.choose_save_path)
        self.status = QLabel()
        self.status.setObjectName("importRejectsStatus")
        self.status.setWordWrap(True)
        self.error = ErrorLine("importRejectsError")
        buttons = QHBoxLayout()
        buttons.addWidget(self.reimport_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.set_run(None, ())

    # -- showing -----------------------------------------------------------------------------

    def set_run(self, run: ImportRun | None, fields: tuple[str | None, ...]) -> None:
        """Show the rejections of `run` (None: nothing imported yet)."""
        self.run = run
        self.fields = fields
        self.status.clear()
        self.error.clear_error()
        if run is None:
            self.model.set_lines([], (), (), "roster")
        else:
            width = len(run.header)
            lines = [RejectLine.of(r, width) for r in run.report.rejections]
            self.model.set_lines(lines, run.header, fields, run.kind)
        self._after_change()

    def focus_first(self) -> None:
        """The cursor on the first rejected row's failed cell, so typing corrects it."""
        if not self.model.lines:
            return
        column = self.model.failed_cell(0)
        index = self.model.index(0, column if column is not None else FIRST_CELL)
        self.table.setCurrentIndex(index)
        self.table.horizontalScrollBar().setValue(0)  # row, field and reason stay in view
        self.table.setFocus()

    def lines(self) -> list[RejectLine]:
        return list(self.model.lines)

    def _after_change(self) -> None:
        count = len(self.model.lines)
        self.heading.setText(
            self.tr("Rejected rows: {n}").format(n=QLocale().toString(count))
            if count
            else self.tr("No rejected rows.")
        )
        self.setVisible(self.run is not None and (count > 0 or bool(self.status.text())))
        if count:
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Interactive)
            self.table.resizeColumnToContents(COL_REASON)  # a long reason is cut; its tooltip
            if self.table.columnWidth(COL_REASON) > REASON_WIDTH:  # says it all
                self.table.setColumnWidth(COL_REASON, REASON_WIDTH)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self.busy and self.run is not None
        self.reimport_button.setEnabled(idle and bool(self.model.edited_lines()))
        self.save_button.setEnabled(idle and bool(self.model.lines))

    def cell_index(self, number: int, header: str) -> tuple[int, int]:
        """The (row, column) of the file row `number`'s cell under `header` (for tests and
        for putting the cursor there)."""
        row = next(i for i, line in enumerate(self.model.lines) if line.number == number)
        assert self.run is not None
        return row, FIRST_CELL + self.run.header.index(header)

    # -- re-importing ------------------------------------------------------------------------

    def reimport(self) -> None:
        run = self.run
        fixed = with_followers(self.model.lines, self.model.edited_lines())
        if self.busy or run is None or not fixed:
            return
        import_rows = self.service.import_rows
        rows = [(line.rejection.row, tuple(line.cells)) for line in fixed]
        numbers = {line.number for line in fixed}

        def work() -> ImportReport:
            return import_rows(run, rows)

        def done(report: ImportReport) -> None:
            if self.run is run:  # not another file's table by now
                self._reimported(numbers, report)

        self.busy = True
        self.error.clear_error()
        self.table.setEnabled(False)
        self._update_buttons()
        self.tasks.write(
            work, done, self._failed, kinds=data_kinds(run.kind),
            label=self.tr("Importing the fixed rows"),
        )  # fmt: skip

    def _reimported(self, numbers: set[int], report: ImportReport) -> None:
        self.busy = False
        self.table.setEnabled(True)
        assert self.run is not None
        width = len(self.run.header)
        kept = [line for line in self.model.lines if line.number not in numbers]
        again = [RejectLine.of(r, width) for r in report.rejections]
        lines = sorted([*kept, *again], key=lambda line: line.number)
        self.model.set_lines(lines, self.run.header, self.fields, self.run.kind)
        locale = QLocale()
        went_in = report.imported + report.updated + report.unchanged
        self.status.setText(
            self.tr("Re-imported {rows} rows: {went} went in, {rejected} still rejected.").format(
                rows=locale.toString(len(numbers)),
                went=locale.toString(went_in),
                rejected=locale.toString(report.rejected),
            )
        )
        self._after_change()
        self.reimported.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.table.setEnabled(True)
        self.error.show_error(readable_error(exc))
        self._update_buttons()

    # -- saving ------------------------------------------------------------------------------

    def choose_save_path(self) -> None:
        if self.run is None:
            return
        source = self.run.source
        name = offered_name(self.tr("{name}_rejects.xlsx"), name=source.stem)
        picked, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save rejects file"),
            str(source.with_name(name)),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if picked:
            self.save_to(Path(picked))

    def save_to(self, path: Path) -> None:
        """Write the rejects file off the GUI thread; `saved(path)` once it is on disk."""
        run = self.run
        if run is None or self.busy:
            return
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        rows = [(line.rejection, tuple(line.cells)) for line in self.model.lines]
        save = self.service.save_rejects

        def work() -> Path:
            return save(path, run, rows)

        self.error.clear_error()
        self.tasks.read(work, self._saved, self._save_failed, label=self.tr("Saving rejects"))

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Rejects saved to {path}").format(path=path))
        self.saved.emit(str(path))

    def _save_failed(self, exc: BaseException) -> None:
        self.error.show_error(readable_error(exc))
