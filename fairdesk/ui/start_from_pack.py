"""The role picker's "Start this laptop from a station pack": the .fdpack file and its passphrase.

The organiser made the pack (Stations › Make pack…) and tells the volunteers its passphrase in
person. Unpacking fills this laptop's empty database with the station's identity, the fair and
what the station needs (`Unpack`, off the GUI thread); the window then opens the station in the
role the pack gives. A refusal (a wrong passphrase, a damaged file, a database that already
holds a fair) is shown under the form and nothing changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fairdesk.ui.bundles import Unpack
from fairdesk.ui.changes import OUTSIDE
from fairdesk.ui.crash_dialog import readable_error
from fairdesk.ui.labels import role_title
from fairdesk.ui.tasks import TaskRunner
from fairdesk.ui.widgets.passphrase import ErrorLine, action_buttons, passphrase_field

if TYPE_CHECKING:
    from fairdesk.services.sync.results import UnpackResult


class StartFromPackDialog(QDialog):
    """Emits `unpacked(UnpackResult)` once this laptop holds the station."""

    unpacked = Signal(object)

    def __init__(self, unpack: Unpack, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startFromPackDialog")
        self.setWindowTitle(self.tr("Start this laptop from a station pack"))
        self.setAccessibleName(self.tr("Start this laptop from a station pack"))
        self._unpack = unpack
        self._tasks = tasks
        self.path: Path | None = None
        self.busy = False
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("packFile")
        self.file_edit.setAccessibleName(self.tr("Station pack file"))
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No pack chosen"))
        self.file_button = QPushButton(self.tr("Choose…"))
        self.file_button.setObjectName("packFileButton")
        self.file_button.setAccessibleName(self.tr("Choose the station pack"))
        self.file_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.file_button)
        self.passphrase = passphrase_field("unpackPassphrase", self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.start)
        form = QFormLayout()
        form.addRow(self.tr("Station pack"), file_row)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        hint = QLabel(
            self.tr(
                "The organiser makes the pack for this laptop and tells you its passphrase. "
                "This laptop's database must still be empty."
            )
        )
        hint.setObjectName("unpackHint")
        hint.setWordWrap(True)
        self.error = ErrorLine("unpackError")
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setObjectName("unpackStartButton")
        self.start_button.setAccessibleName(self.tr("Start from the pack"))
        self.start_button.clicked.connect(self.start)
        buttons = action_buttons(self, self.start_button, cancel=True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def choose_file(self) -> None:
        picked, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Station pack"), "", self.tr("Station packs (*.fdpack)")
        )
        if picked:
            self.set_path(Path(picked))

    def set_path(self, path: Path) -> None:
        self.path = path
        self.file_edit.setText(str(path))
        self.file_edit.setToolTip(str(path))
        self.error.clear_error()
        self.passphrase.setFocus()

    def start(self) -> None:
        if self.busy:
            return
        if self.path is None:
            self.error.show_error(self.tr("Choose the station pack (.fdpack) first."))
            return
        if not self.passphrase.text():
            self.error.show_error(self.tr("Type the pack's passphrase."))
            return
        self.error.clear_error()
        path, passphrase, unpack = self.path, self.passphrase.text(), self._unpack
        self._set_busy(True)
        self._tasks.write(
            lambda: unpack(path, passphrase), self._done, self._failed, kinds=OUTSIDE,
            label=self.tr("Unpacking the station pack"),
        )  # fmt: skip

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.start_button.setEnabled(not busy)
        self.file_button.setEnabled(not busy)

    def _done(self, result: UnpackResult) -> None:
        self._set_busy(False)
        self.unpacked.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.selectAll()
        self.error.show_error(readable_error(exc))


def started_text(result: UnpackResult) -> str:
    """The status line after unpacking: which station this laptop now is."""
    from PySide6.QtCore import QCoreApplication

    name = result.name or (result.company or "")
    return QCoreApplication.translate(
        "StartFromPackDialog", "This laptop is now station {number} ({role}, {name}): {n} students."
    ).format(
        number=f"{result.station_number:03d}",
        role=role_title(result.role),
        name=name,
        n=QLocale().toString(result.attendees),
    )
