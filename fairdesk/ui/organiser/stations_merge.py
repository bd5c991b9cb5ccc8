"""Merging bundles: the stations' files from a folder (every *.fdbundle in it) or chosen one by
one, the organiser's passphrase, a progress bar, then the report.

The merge runs off the GUI thread (`TaskRunner.write`, every kind of data announced when it is
done, so every screen reads again); its progress reports feed the bar. The report lists each
line the merge service wrote (conflicts and what was kept, folded walk-ins, copied stations,
refused files) and the totals (a file refused — a wrong passphrase, another fair's, changed — is
counted and named there, and nothing of it is merged); an error of the whole merge is shown under
the form in its own words.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fairdesk.ui.bundles import StationsTool
from fairdesk.ui.changes import OUTSIDE
from fairdesk.ui.crash_dialog import readable_error
from fairdesk.ui.tasks import Report, TaskRunner
from fairdesk.ui.widgets.passphrase import ErrorLine, action_buttons, passphrase_field

if TYPE_CHECKING:
    from fairdesk.services.sync.results import MergeSummary

logger = logging.getLogger(__name__)

BUNDLE_SUFFIX = ".fdbundle"


def bundles_in(folder: Path) -> list[Path]:
    """The bundle files directly in `folder`, by name (a stick's subfolders are not searched)."""
    return sorted(
        (p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == BUNDLE_SUFFIX),
        key=lambda p: p.name,
    )


class MergeDialog(QDialog):
    """Emits `merged(MergeSummary)` once the bundles are in."""

    merged = Signal(object)

    def __init__(
        self, service: StationsTool, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge bundles"))
        self.setAccessibleName(self.tr("Merge bundles"))
        self.service = service
        self.tasks = tasks
        self.paths: list[Path] = []
        self.busy = False
        self.summary: MergeSummary | None = None

        self.folder_button = QPushButton(self.tr("From a &folder…"))
        self.folder_button.setObjectName("mergeFolderButton")
        self.folder_button.setAccessibleName(self.tr("Merge every bundle in a folder"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.files_button = QPushButton(self.tr("Choose &files…"))
        self.files_button.setObjectName("mergeFilesButton")
        self.files_button.setAccessibleName(self.tr("Choose bundle files"))
        self.files_button.clicked.connect(self.choose_files)
        choose = QHBoxLayout()
        choose.addWidget(self.folder_button)
        choose.addWidget(self.files_button)
        choose.addStretch(1)
        self.file_list = QListWidget()
        self.file_list.setObjectName("mergeFiles")
        self.file_list.setAccessibleName(self.tr("Bundles to merge"))
        self.file_list.setMaximumHeight(120)
        self.passphrase = passphrase_field("mergePassphrase", self.tr("Passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.error = ErrorLine("mergeError")
        self.progress = QProgressBar()
        self.progress.setObjectName("mergeProgress")
        self.progress.setAccessibleName(self.tr("Merge progress"))
        self.progress.hide()
        self.totals = QLabel()
        self.totals.setObjectName("mergeTotals")
        self.totals.setWordWrap(True)
        self.report = QListWidget()
        self.report.setObjectName("mergeReport")
        self.report.setAccessibleName(self.tr("Merge report"))
        self.report.setWordWrap(True)
        self.report.hide()
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setAccessibleName(self.tr("Merge"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        buttons = action_buttons(self, self.merge_button)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.file_list)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.totals)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(600, 420)

    # -- choosing ----------------------------------------------------------------------------

    def choose_folder(self) -> None:
        picked = QFileDialog.getExistingDirectory(self, self.tr("Folder with the bundles"))
        if picked:
            self.use_folder(Path(picked))

    def choose_files(self) -> None:
        picked, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Bundle files"), "", self.tr("Station bundles (*.fdbundle)")
        )
        if picked:
            self.set_paths([Path(p) for p in picked])

    def use_folder(self, folder: Path) -> None:
        """Every bundle in `folder`; says so when there is none."""
        try:
            found = bundles_in(folder)
        except OSError as exc:  # the stick was pulled out meanwhile
            self.set_paths([])
            self.error.show_error(self.tr("Cannot read {folder}: {why}").format(
                folder=folder, why=exc.strerror or exc))  # fmt: skip
            return
        self.set_paths(found)
        if not found:
            self.error.show_error(
                self.tr("There is no bundle (*.fdbundle) in {folder}.").format(folder=folder)
            )

    def set_paths(self, paths: list[Path]) -> None:
        self.paths = list(paths)
        self.error.clear_error()
        self.file_list.clear()
        self.file_list.addItems([p.name for p in self.paths])
        self.merge_button.setEnabled(bool(self.paths) and not self.busy)

    # -- merging -----------------------------------------------------------------------------

    def merge(self) -> None:
        if self.busy or not self.paths:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.show_error(self.tr("Type the passphrase the packs were made with."))
            return
        self.error.clear_error()
        paths, merge_bundles = list(self.paths), self.service.merge_bundles

        def work(report: Report) -> MergeSummary:
            return merge_bundles(paths, passphrase, report)

        self._set_busy(True)
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()
        self.tasks.write(
            work, self._merged, self._failed, kinds=OUTSIDE,
            label=self.tr("Merging bundles"), on_progress=self._progress,
        )  # fmt: skip

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.merge_button.setEnabled(not busy and bool(self.paths))
        self.folder_button.setEnabled(not busy)
        self.files_button.setEnabled(not busy)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _merged(self, summary: MergeSummary) -> None:
        self._set_busy(False)
        self.summary = summary
        self.progress.setValue(self.progress.maximum())
        locale = QLocale()
        totals = self.tr(
            "Merged {bundles} bundles: {new} new, {duplicate} already here, {conflicts} conflicts."
        ).format(
            bundles=locale.toString(summary.bundles),
            new=locale.toString(summary.new),
            duplicate=locale.toString(summary.duplicate),
            conflicts=locale.toString(summary.conflicts),
        )
        if summary.refused:
            totals += "\n" + self.tr("{n} files refused: nothing of them was merged.").format(
                n=locale.toString(summary.refused)
            )
        if summary.report_path is not None:
            totals += "\n" + self.tr("Report saved to {path}").format(path=summary.report_path)
        self.totals.setText(totals)
        self.report.clear()
        lines = [str(line) for line in summary.report]
        self.report.addItems(lines or [self.tr("Nothing to report: no conflicts.")])
        self.report.show()
        self.merged.emit(summary)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.progress.hide()
        self.error.show_error(readable_error(exc))
