"""The desk's employer check-in: company representatives report at the registration desk too.

The same screen the organiser has (`ui.organiser.arrivals`), in a dialog over the desk: search
as you type (pinyin, initials, the booth code on the PIN slip), check in, undo, no-shows. What a
desk records here reaches the organiser in its bundle like its check-ins.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from fairdesk.ui.organiser.arrivals import ArrivalsScreen
from fairdesk.ui.organiser.print_protocols import ArrivalsTool
from fairdesk.ui.tasks import TaskRunner


class EmployersDialog(QDialog):
    """Employer check-in at the desk (non-modal: a scan still reaches the desk behind it)."""

    def __init__(self, service: ArrivalsTool, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("employersDialog")
        self.setWindowTitle(self.tr("Employer check-in"))
        self.setAccessibleName(self.tr("Employer check-in"))
        self.screen_widget = ArrivalsScreen(service, tasks, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.screen_widget, 1)
        layout.addWidget(buttons)
        self.resize(900, 600)
