"""The storage-problem strip and dialog of desk and booth.

While the station cannot save — a held scan, or the database file deleted, replaced or found
damaged (checked every `CHECK_MS`) — a strip across the screen says so in plain words and how
many scans are held, never looking like a student's refusal. "What to do…" opens the dialog:
try again, write everything the station holds into a new file, or restore a backup.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fairdesk.errors import StorageError, UserError
from fairdesk.ui.file_names import beside
from fairdesk.ui.widgets.scan_queue import ScanQueue

logger = logging.getLogger(__name__)

CHECK_MS = 2000
_STYLE = (
    "QFrame#storageBanner { background: #4a148c; border-radius: 6px; } "
    "QFrame#storageBanner QLabel { color: white; font-size: 16px; font-weight: 600; }"
)


def storage_reason(error: StorageError | None) -> str:
    """What went wrong, by the error's stable kind, in the interface's language."""
    if error is None:
        return ""
    texts = {
        "gone": QCoreApplication.translate(
            "storage", "The database file was deleted or moved while the station was running."
        ),
        "replaced": QCoreApplication.translate(
            "storage",
            "The database file was replaced by another file while the station was running.",
        ),
        "damaged": QCoreApplication.translate("storage", "The database file is damaged."),
        "locked": QCoreApplication.translate(
            "storage", "The database is busy: another program or window is writing to it."
        ),
        "readonly": QCoreApplication.translate("storage", "The database file is read-only."),
        "full": QCoreApplication.translate("storage", "The disk is full."),
        "io": QCoreApplication.translate("storage", "The disk could not be written (I/O error)."),
    }
    return texts.get(error.kind, str(error))


class StorageBanner(QFrame):
    """See the module docstring. `problem` is `StorageService.problem` (None: never checks)."""

    help_requested = Signal()
    problem_found = Signal(object)  # StorageError: the file itself is gone/replaced/damaged

    def __init__(
        self,
        queue: ScanQueue,
        problem: Callable[[], StorageError | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("storageBanner")
        self.setStyleSheet(_STYLE)
        self._queue = queue
        self._problem = problem
        self.last_error: StorageError | None = None
        self.label = QLabel(self)
        self.label.setObjectName("storageBannerText")
        self.label.setWordWrap(True)
        self.help_button = QPushButton(self.tr("What to do…"), self)
        self.help_button.setObjectName("storageHelpButton")
        self.help_button.setAutoDefault(False)
        self.help_button.clicked.connect(self.help_requested)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.help_button)
        queue.held.connect(self._on_held)
        queue.released.connect(lambda *_: self.refresh())
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.refresh)
        if problem is not None:
            self._timer.start()
        self.hide()

    def _on_held(self, _item: Any, error: StorageError | None) -> None:
        if error is not None:
            self.last_error = error
        self.refresh()

    @property
    def active(self) -> bool:
        return not self.isHidden()

    def refresh(self) -> None:
        found = self._problem() if self._problem is not None else None
        if found is not None and (self.last_error is None or found.kind != self.last_error.kind):
            self.last_error = found
            self.problem_found.emit(found)
        held = self._queue.held_count
        if found is None and held == 0:
            self.last_error = None
            self.hide()
            return
        reason = storage_reason(found or self.last_error)
        text = self.tr("⚠ Storage problem — nothing is being saved. {reason}").format(reason=reason)
        if held:
            text += " " + self.tr("{n} scans are held, NOT saved yet; they are retried "
                                  "automatically.").format(n=held)  # fmt: skip
        self.label.setText(text)
        self.show()


class StorageDialog(QDialog):
    """Try again · write everything to a new file · restore a backup (see the module docstring)."""

    def __init__(
        self, storage: Any, queue: ScanQueue, held_files: list[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("storageDialog")
        self.setWindowTitle(self.tr("Storage problem"))
        self._storage, self._queue, self._held_files = storage, queue, held_files
        problem = storage.problem()
        intro = QLabel(self.tr(
            "This station cannot save to its database right now. Scans are held (on screen and in "
            "a file beside the database where possible) and are NOT saved yet.\n\n{reason}\n\n"
            "Check the disk and the USB stick, then try again. If the file was deleted or "
            "damaged, write everything this station holds into a new file, or restore a backup."
        ).format(reason=storage_reason(problem)))  # fmt: skip
        intro.setWordWrap(True)
        self.backups = QListWidget(self)
        self.backups.setObjectName("backupList")
        self._infos = storage.backups()
        for info in self._infos:
            self.backups.addItem(self.tr("{time} · {a} attendees · {c} check-ins · {i} interviews")
                                 .format(time=f"{info.taken_at:%m-%d %H:%M:%S}", a=info.attendees,
                                         c=info.checkins, i=info.interviews))  # fmt: skip
        buttons = QHBoxLayout()
        made: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("retryButton", self.tr("Try again now"), self._retry),
            ("rescueButton", self.tr("Save everything to a new file…"), self._rescue),
            ("restoreButton", self.tr("Restore the chosen backup"), self._restore),
            ("closeButton", self.tr("Close"), self.reject),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            made[name] = button
        if self._infos:
            self.backups.setCurrentRow(0)  # the newest
        made["restoreButton"].setEnabled(bool(self._infos))
        where = QLabel(self.tr("Database: {path}").format(path=str(storage.db_path)), self)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(QLabel(self.tr("Backups (newest first):") if self._infos else self.tr(
            "No backups yet: the station makes one soon after it starts, then every 5 minutes."
        ), self))  # fmt: skip
        layout.addWidget(self.backups)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("storageOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addLayout(buttons)
        layout.addWidget(self.outcome)

    def _retry(self) -> None:
        self._queue.retry_now()
        self.accept()

    def rescue_to(self, target: Path) -> Path | None:
        try:
            saved: Path = self._storage.rescue(target, self._held_files)
        except UserError as exc:
            self.outcome.setText(str(exc))
            return None
        self.outcome.setText(self.tr(
            "Everything this station holds was written to {path}, with its held scans. Close "
            "FairDesk and start it again on that file (--db); the held scans are saved then."
        ).format(path=str(saved)))  # fmt: skip
        return saved

    def _rescue(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save everything to a new file"),
            beside(self._storage.db_path.parent, self.tr("rescued.sqlite3")),
            self.tr("SQLite database (*.sqlite3)"),
        )  # fmt: skip
        if name:
            self.rescue_to(Path(name))

    def restore_row(self, row: int) -> bool:
        if not 0 <= row < len(self._infos):
            return False
        try:
            report = self._storage.restore(self._infos[row].path)
        except UserError as exc:
            self.outcome.setText(str(exc))
            return False
        except OSError as exc:  # the system's own words for why, after ours
            self.outcome.setText(self.tr("The backup could not be put back: {reason}")
                                 .format(reason=exc.strerror or exc))  # fmt: skip
            return False
        lacks = report.lacks or self.tr("nothing known")
        self.outcome.setText(self.tr(
            "The backup is back in place; the old file was kept aside. The backup lacks: {lacks}. "
            "Close FairDesk and start it again now."
        ).format(lacks=lacks))  # fmt: skip
        return True

    def _restore(self) -> None:
        self.restore_row(self.backups.currentRow())


def open_storage_dialog(
    storage: Any, queue: ScanQueue, journal: Any, parent: QWidget
) -> StorageDialog | None:
    """The storage dialog of a desk or booth (None where the station has no storage service)."""
    if storage is None:
        return None
    dialog = StorageDialog(storage, queue, [journal.path] if journal is not None else [], parent)
    dialog.open()
    return dialog
