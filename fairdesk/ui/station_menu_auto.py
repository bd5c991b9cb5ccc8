"""Station menu › Write bundles automatically…: the folder (a USB stick) and how often.

Saved through `AutoBundles` (this laptop's own settings, kept across restarts); a refusal (an
interval out of range, no folder) is shown under the form. "Off" keeps the interval and forgets
the folder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fairdesk.ui.bundles import AutoBundles
from fairdesk.ui.crash_dialog import readable_error
from fairdesk.ui.tasks import TaskRunner
from fairdesk.ui.widgets.passphrase import ErrorLine, FolderRow

if TYPE_CHECKING:
    from fairdesk.services.sync.auto_bundle import AutoBundle

MAX_MINUTES = 240


class AutoBundleDialog(QDialog):
    """Emits `saved(AutoBundle)` once the settings are stored."""

    saved = Signal(object)

    def __init__(
        self,
        settings: AutoBundles,
        tasks: TaskRunner,
        current: AutoBundle | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("autoBundleDialog")
        self.setWindowTitle(self.tr("Write bundles automatically"))
        self.setAccessibleName(self.tr("Write bundles automatically"))
        self._settings = settings
        self._tasks = tasks
        self.on_check = QCheckBox(self.tr("Write this station's bundle automatically"))
        self.on_check.setObjectName("autoBundleOn")
        self.folder_row = FolderRow("autoBundleFolder", self.tr("Folder for the bundles"))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("autoBundleMinutes")
        self.minutes.setAccessibleName(self.tr("Minutes between bundles"))
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(current.minutes if current is not None else 5)
        if current is not None and current.folder is not None:
            self.folder_row.set_folder(current.folder)
        self.on_check.setChecked(current is not None and current.folder is not None)
        self.folder_row.chosen.connect(lambda _folder: self.on_check.setChecked(True))
        form = QFormLayout()
        form.addRow(self.on_check)
        form.addRow(self.tr("Folder"), self.folder_row)
        form.addRow(self.tr("Every"), self.minutes)
        hint = QLabel(
            self.tr(
                "Leave the USB stick in: each bundle replaces the last one there, and the "
                "organiser needs only the newest."
            )
        )
        hint.setObjectName("autoBundleHint")
        hint.setWordWrap(True)
        self.error = ErrorLine("autoBundleError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("autoBundleButtons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def save(self) -> None:
        on = self.on_check.isChecked()
        folder = self.folder_row.folder if on else None
        if on and folder is None:
            self.error.show_error(self.tr("Choose the folder (a USB stick) for the bundles."))
            return
        minutes, settings = self.minutes.value(), self._settings
        self.error.clear_error()
        self._tasks.write(
            lambda: settings.save(folder, minutes), self._saved, self._failed, kinds=()
        )

    def _saved(self, auto: AutoBundle) -> None:
        self.saved.emit(auto)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error.show_error(readable_error(exc))
