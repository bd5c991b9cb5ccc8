"""The organiser's station on an empty database: the New fair wizard first, then the tools.

`organiser_station(services, tasks, build)` is what the role picker opens as the organiser: the
tool screen (`build()`, `screen.build_organiser`) when the database holds a fair, otherwise a
`NewFairGate` that opens the wizard at once (and again from its button, if it was cancelled)
and, once the fair is stored, builds the tools in its place. No tool is built before there is
a fair, so none of them asks the services about a fair that is not there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from fairdesk.services.fair_setup import CreatedFair
from fairdesk.ui import fonts
from fairdesk.ui.organiser.new_fair import NewFairWizard
from fairdesk.ui.organiser.screen import OrganiserScreen
from fairdesk.ui.organiser.setup_protocols import FairCreation
from fairdesk.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)


class HasSetup(Protocol):
    @property
    def setup(self) -> FairCreation: ...


class NewFairGate(QWidget):
    """ "No fair yet" and the wizard; then the organiser's tools (see the module docstring)."""

    change_role_requested = Signal()
    fair_created = Signal(object)  # CreatedFair

    def __init__(
        self,
        service: FairCreation,
        tasks: TaskRunner,
        build: Callable[[], OrganiserScreen],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newFairGate")
        self.setAccessibleName(self.tr("No fair yet"))
        self._service = service
        self._tasks = tasks
        self._build = build
        self._asked = False
        self.wizard: NewFairWizard | None = None
        self.tools: OrganiserScreen | None = None

        heading = QLabel(self.tr("This laptop has no fair yet"))
        heading.setObjectName("noFairHeading")
        fonts.heading(heading, 1.6)
        hint = QLabel(
            self.tr(
                "Create the fair here: its name, venue, dates, halls and the organiser PIN. "
                "A desk or booth laptop starts from a station pack instead (Change role)."
            )
        )
        hint.setObjectName("noFairHint")
        hint.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New fair…"))
        self.new_button.setObjectName("newFairButton")
        self.new_button.setAccessibleName(self.tr("New fair"))
        self.new_button.clicked.connect(self.open_wizard)
        self.back_button = QPushButton(self.tr("&Change role"))
        self.back_button.setObjectName("changeRoleButton")
        self.back_button.setAccessibleName(self.tr("Change role"))
        self.back_button.clicked.connect(self.change_role_requested)

        empty = QWidget()
        column = QVBoxLayout(empty)
        column.setContentsMargins(48, 48, 48, 48)
        column.addStretch(1)
        column.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(16)
        column.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setFocusProxy(self.new_button)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._asked and self.tools is None:
            self._asked = True
            QTimer.singleShot(0, self, self.open_wizard)  # once the window is on screen

    def open_wizard(self) -> NewFairWizard:
        if self.wizard is None:
            self.wizard = NewFairWizard(self._service, self._tasks, self)
            self.wizard.created.connect(self._created)
        self.wizard.open()
        return self.wizard

    def _created(self, fair: CreatedFair) -> None:
        self.tools = self._build()
        self.tools.change_role_requested.connect(self.change_role_requested)
        self.stack.addWidget(self.tools)
        self.stack.setCurrentWidget(self.tools)
        self.setFocusProxy(self.tools)
        self.tools.setFocus()
        self.fair_created.emit(fair)

    def tool(self, name: str) -> QWidget | None:
        """The tool screen `name` once the tools are built (`OrganiserScreen.tool`)."""
        return self.tools.tool(name) if self.tools is not None else None


def organiser_station(
    services: HasSetup, tasks: TaskRunner, build: Callable[[], OrganiserScreen]
) -> QWidget:
    """The organiser's tools, or the gate when the database has no fair (one quick read)."""
    if services.setup.has_fair():
        return build()
    logger.info("no fair in this database: the organiser starts with the New fair wizard")
    return NewFairGate(services.setup, tasks, build)
