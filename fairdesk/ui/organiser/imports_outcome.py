"""How an import is going and what it did: the progress bar, the summary line and the remarks.

While the file is read the bar counts rows; once every row is read it turns busy (the rows are
checked and written in one transaction, which gives no count). Then the summary gives the
counts, and the remarks list the rows taken with something to check (a lost character, a phone
left out) and the exact repeats skipped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QProgressBar, QVBoxLayout, QWidget

from fairdesk.core.messages import render
from fairdesk.ui import fonts

if TYPE_CHECKING:
    from fairdesk.services.importing.report import ImportReport
    from fairdesk.services.importing.tool import ImportRun


class ImportOutcome(QWidget):
    """See the module docstring; the screen calls `started`, `progress`, `done`, `clear`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importOutcome")
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        fonts.heading(self.summary, 1.0)
        self.warnings = QListWidget()
        self.warnings.setObjectName("importWarnings")
        self.warnings.setAccessibleName(self.tr("Rows imported with a remark"))
        self.warnings.setMaximumHeight(90)
        self.warnings.hide()
        self.line = QHBoxLayout()
        self.line.addWidget(self.progress, 1)
        self.line.addWidget(self.summary, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.line)
        layout.addWidget(self.warnings)

    def clear(self) -> None:
        self.summary.clear()
        self.warnings.hide()
        self.progress.hide()

    def started(self, total: int) -> None:
        self.summary.setText(self.tr("Importing…"))
        self.warnings.hide()
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.show()

    def report_progress(self, done: int, total: int) -> None:
        if done >= total:  # read: the rows are being checked and written, one transaction
            self.progress.setRange(0, 0)
            self.summary.setText(
                self.tr("Checking and saving {n} rows…").format(n=QLocale().toString(done))
            )
        else:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def done(self, run: ImportRun) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress.hide()
        report = run.report
        self.summary.setText(self._summary(report))
        remarks = [render(w) for w in report.warnings] + [render(r) for r in report.repeats]
        self.warnings.clear()
        self.warnings.addItems(remarks)
        self.warnings.setVisible(bool(remarks))

    def _summary(self, report: ImportReport) -> str:
        """What went in, said of the records the organiser thinks in: a company list's rows are
        positions, so its companies and positions are counted apart."""
        n = QLocale().toString
        if report.companies is not None and report.positions is not None:
            c, p = report.companies, report.positions
            return self.tr(
                "Companies: {c_new} new, {c_updated} updated, {c_same} unchanged. Positions: "
                "{p_new} new, {p_updated} updated, {p_same} unchanged. Rows not imported: "
                "{rejected}."
            ).format(
                c_new=n(c.new), c_updated=n(c.updated), c_same=n(c.unchanged),
                p_new=n(p.new), p_updated=n(p.updated), p_same=n(p.unchanged),
                rejected=n(report.rejected),
            )  # fmt: skip
        return self.tr(
            "Imported {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected."
        ).format(
            new=n(report.imported),
            updated=n(report.updated),
            unchanged=n(report.unchanged),
            rejected=n(report.rejected),
        )
