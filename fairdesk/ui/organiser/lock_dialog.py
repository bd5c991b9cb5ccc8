"""The organiser lock: a desk laptop asks for the organiser PIN before it opens the organiser role.

`OrganiserPinDialog` takes the PIN (digits only, masked, no input method), checks it through the
service off the GUI thread (the hash is slow on purpose), and accepts only on the right PIN. A
wrong PIN is said on the dialog and the field cleared; after a few the service refuses for a
short while (a UserError saying how long), and the OK button stays off until then — the booth
lock's idea, so a PIN cannot be guessed at keyboard speed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fairdesk.ui.crash_dialog import readable_error
from fairdesk.ui.organiser.setup_protocols import OrganiserPinCheck
from fairdesk.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)


class OrganiserPinDialog(QDialog):
    """See the module docstring. `refused(str)` carries each refusal's text (tests, logs)."""

    refused = Signal(str)

    def __init__(
        self, lock: OrganiserPinCheck, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("organiserPinDialog")
        self.setAccessibleName(self.tr("Organiser PIN"))
        self.setWindowTitle(self.tr("Organiser PIN"))
        self._lock = lock
        self._tasks = tasks
        self._checking = False
        prompt = QLabel(
            self.tr(
                "This laptop is a registration desk. Enter the organiser PIN to open the "
                "organiser's station."
            )
        )
        prompt.setObjectName("organiserPinPrompt")
        prompt.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setObjectName("organiserPinInput")
        self.pin.setAccessibleName(self.tr("Organiser PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.pin.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9０-９]{0,8}"), self)
        )
        self.message = QLabel()
        self.message.setObjectName("organiserPinMessage")
        self.message.setAccessibleName(self.tr("PIN message"))
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("organiserPinButtons")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._wait_over)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.pin)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.pin.setFocus()

    def _ok_enabled(self, enabled: bool) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(enabled)

    def submit(self) -> None:
        pin = self.pin.text()
        if self._checking or self._wait.isActive() or not pin:
            return
        lock = self._lock  # the worker never holds the dialog
        self._checking = True
        self.pin.setEnabled(False)
        self._ok_enabled(False)
        self.message.setText(self.tr("Checking…"))
        self._tasks.read(
            lambda: lock.verify_organiser_pin(pin),
            self._checked,
            self._failed,
            label=self.tr("Checking the organiser PIN"),
        )

    def _ready(self) -> None:
        self._checking = False
        self.pin.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()

    def _checked(self, right: bool) -> None:
        self._ready()
        if right:
            logger.info("organiser PIN accepted")
            self.accept()
            return
        text = self.tr("That is not the organiser PIN. Try again.")
        self.message.setText(text)
        self._ok_enabled(True)
        self.refused.emit(text)

    def _failed(self, exc: BaseException) -> None:
        """A lockout (a UserError naming the wait) or a bug: the OK button waits it out."""
        self._ready()
        text = readable_error(exc)
        self.message.setText(text)
        seconds = getattr(exc, "seconds", 0)
        if seconds:
            self._wait.start(int(seconds) * 1000)
        else:
            self._ok_enabled(True)
        self.refused.emit(text)

    def _wait_over(self) -> None:
        self._ok_enabled(True)
        self.message.setText(self.tr("You can try again."))
