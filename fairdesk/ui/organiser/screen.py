"""The organiser's station: a side list of tools, from the lists in to the stations' data back.

`build_organiser(services, tasks)` hands the organiser's bundle (`OrganiserBundle`, built by
`fairdesk.wiring`) to each tool's screen, so the tools never touch the ORM and can be built with
fakes in tests.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fairdesk.render.badge_fonts import register_fonts
from fairdesk.ui import fonts
from fairdesk.ui.bundles import OrganiserBundle
from fairdesk.ui.organiser.arrivals import ArrivalsScreen
from fairdesk.ui.organiser.badges import BadgesScreen
from fairdesk.ui.organiser.companies import CompaniesScreen
from fairdesk.ui.organiser.exports import ExportsScreen
from fairdesk.ui.organiser.floor_plan import FloorPlanScreen
from fairdesk.ui.organiser.imports import ImportScreen
from fairdesk.ui.organiser.printouts import PrintoutsScreen
from fairdesk.ui.organiser.stations import StationsScreen
from fairdesk.ui.organiser.students import StudentsScreen
from fairdesk.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)


class OrganiserScreen(QWidget):
    """A list of organiser tools on the left, the chosen tool on the right."""

    change_role_requested = Signal()

    def __init__(self, tools: list[tuple[str, QWidget]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organiserScreen")
        self.setAccessibleName(self.tr("Organiser"))
        heading = QLabel(self.tr("Organiser"))
        heading.setObjectName("screenHeading")
        fonts.heading(heading, 1.5)

        self.tool_list = QListWidget()
        self.tool_list.setObjectName("organiserTools")
        self.tool_list.setAccessibleName(self.tr("Organiser tools"))
        self.tool_list.setMaximumWidth(180)
        self.stack = QStackedWidget()
        self.stack.setObjectName("organiserStack")
        for title, widget in tools:
            self.tool_list.addItem(title)
            self.stack.addWidget(widget)
        self.tool_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.tool_list.setCurrentRow(0)

        self.change_role_button = QPushButton(self.tr("&Change role"))
        self.change_role_button.setObjectName("changeRoleButton")
        self.change_role_button.setAccessibleName(self.tr("Change role"))
        self.change_role_button.clicked.connect(self.change_role_requested)

        side = QVBoxLayout()
        side.addWidget(heading)
        side.addWidget(self.tool_list, 1)
        side.addWidget(self.change_role_button)
        root = QHBoxLayout(self)
        root.addLayout(side, 0)
        root.addWidget(self.stack, 1)
        self.setFocusProxy(self.tool_list)

    def tool(self, name: str) -> QWidget | None:
        """The tool screen with object name `name` (e.g. "badgesScreen")."""
        return self.stack.findChild(QWidget, name)


ToolFactory = Callable[[OrganiserBundle, TaskRunner], QWidget]

#: the tools in the order an organiser works: the lists in, the floor, what is printed, the
#: day itself, the stations' data back (titles translated when the screen is built)
TOOLS: tuple[tuple[object, ToolFactory], ...] = (  # QT_TRANSLATE_NOOP gives the text back
    (QT_TRANSLATE_NOOP("OrganiserScreen", "Import"), lambda s, t: ImportScreen(s.imports, t)),
    (QT_TRANSLATE_NOOP("OrganiserScreen", "Students"), lambda s, t: StudentsScreen(s.students, t)),
    (
        QT_TRANSLATE_NOOP("OrganiserScreen", "Companies"),
        lambda s, t: CompaniesScreen(s.companies, t),
    ),
    (QT_TRANSLATE_NOOP("OrganiserScreen", "Floor plan"), lambda s, t: FloorPlanScreen(s.floor, t)),
    (QT_TRANSLATE_NOOP("OrganiserScreen", "Badges"), lambda s, t: BadgesScreen(s.badges, t)),
    (
        QT_TRANSLATE_NOOP("OrganiserScreen", "Printouts"),
        lambda s, t: PrintoutsScreen(s.printouts, t),
    ),
    (
        QT_TRANSLATE_NOOP("OrganiserScreen", "Employer check-in"),
        lambda s, t: ArrivalsScreen(s.arrivals, t),
    ),
    (QT_TRANSLATE_NOOP("OrganiserScreen", "Stations"), lambda s, t: StationsScreen(s.stations, t)),
    (QT_TRANSLATE_NOOP("OrganiserScreen", "Exports"), lambda s, t: ExportsScreen(s.exports, t)),
)


def build_organiser(services: OrganiserBundle, tasks: TaskRunner) -> OrganiserScreen:
    register_fonts()  # on the GUI thread, before any worker draws a badge
    return OrganiserScreen(
        [
            (QCoreApplication.translate("OrganiserScreen", str(title)), make(services, tasks))
            for title, make in TOOLS
        ]
    )
