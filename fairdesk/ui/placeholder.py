"""Stand-in for a station screen that a later step builds: names the role, offers a way back."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fairdesk.ui import fonts
from fairdesk.ui.labels import role_description, role_title

logger = logging.getLogger(__name__)


class PlaceholderScreen(QWidget):
    """A heading, the role's description, "coming in a later step" and a Change role button."""

    change_role_requested = Signal()

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.setObjectName(f"{role}Screen")
        self.setAccessibleName(role_title(role))

        heading = QLabel(role_title(role))
        heading.setObjectName("screenHeading")
        fonts.heading(heading, 1.8)

        description = QLabel(role_description(role))
        description.setObjectName("screenDescription")
        description.setWordWrap(True)
        fonts.scale_font(description, 1.15)

        notice = QLabel(self.tr("This station's screen is coming in a later step."))
        notice.setObjectName("comingLaterNotice")
        notice.setWordWrap(True)

        self.change_role_button = QPushButton(self.tr("&Change role"))
        self.change_role_button.setObjectName("changeRoleButton")
        self.change_role_button.setAccessibleName(self.tr("Change role"))
        self.change_role_button.setAutoDefault(True)
        self.change_role_button.setMinimumHeight(40)
        self.change_role_button.setMinimumWidth(160)
        self.change_role_button.clicked.connect(self.change_role_requested)

        row = QHBoxLayout()
        row.addWidget(self.change_role_button)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(description)
        layout.addSpacing(12)
        layout.addWidget(notice)
        layout.addSpacing(20)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setFocusProxy(self.change_role_button)
        heading.setAlignment(Qt.AlignmentFlag.AlignLeft)
