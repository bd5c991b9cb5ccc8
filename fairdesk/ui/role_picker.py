"""The first screen: which station this laptop is (desk, booth or organiser).

Three large buttons, each with a one-line description of what the station does. Titles and
descriptions come from `fairdesk.ui.labels`, so every screen names a role the same way; the roles
themselves are `fairdesk.core.roles.Role`. Below them, when the window can unpack, a plainer
button starts this laptop from a station pack the organiser made (`start_from_pack_requested`;
the window runs the dialog, `fairdesk.ui.start_from_pack`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from fairdesk.core.roles import ROLES, Role
from fairdesk.ui import fonts
from fairdesk.ui.labels import role_description, role_title, strip_mnemonic

logger = logging.getLogger(__name__)

__all__ = ["ROLES", "RolePicker", "mnemonic_key", "role_title", "strip_mnemonic"]

_BUTTON_NAMES = {Role.DESK: "roleDesk", Role.BOOTH: "roleBooth", Role.ORGANISER: "roleOrganiser"}


def mnemonic_key(text: str) -> str:
    """The Alt-key letter marked with "&" ("" if none)."""
    index = text.replace("&&", "\0\0").find("&")
    return text[index + 1].upper() if 0 <= index < len(text) - 1 else ""


_BUTTON_STYLE = """
QPushButton[roleButton="true"] {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 10px;
    padding: 0px;
}
QPushButton[roleButton="true"]:hover { border: 1px solid palette(highlight); }
QPushButton[roleButton="true"]:focus { border: 2px solid palette(highlight); }
QPushButton[roleButton="true"]:pressed { background: palette(alternate-base); }
"""


class RoleButton(QPushButton):
    """A large button: bold title, one-line description and its Alt shortcut.

    The button's own `text()` is the title with its mnemonic, so Alt+key, accessibility and tests
    see the real title; the labels inside only draw it larger.
    """

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setProperty("roleButton", True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.title_label = QLabel(strip_mnemonic(title))
        self.title_label.setObjectName("roleTitle")
        fonts.heading(self.title_label, 1.5, like=self)

        self.description_label = QLabel(description)
        self.description_label.setObjectName("roleDescription")
        self.description_label.setWordWrap(True)
        fonts.scale_font(self.description_label, 1.1, like=self)

        key = mnemonic_key(title)
        self.key_label = QLabel(f"Alt+{key}" if key else "")
        self.key_label.setObjectName("roleShortcut")
        fonts.scale_font(self.key_label, 0.95, like=self)
        self.key_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        text_column = QVBoxLayout()
        text_column.setSpacing(6)
        text_column.addWidget(self.title_label)
        text_column.addWidget(self.description_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 16, 24, 16)
        row.setSpacing(16)
        row.addLayout(text_column, 1)
        row.addWidget(self.key_label, 0, Qt.AlignmentFlag.AlignTop)
        for label in (self.title_label, self.description_label, self.key_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.sizeHint() if layout is not None else super().sizeHint()
        return QSize(max(hint.width(), 480), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        # Draw only the panel (and focus/hover state); the labels draw the words.
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        option.icon = QIcon()
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


class RolePicker(QWidget):
    """Emits `role_chosen(role)` with "desk", "booth" or "organiser"."""

    role_chosen = Signal(str)
    start_from_pack_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, offer_pack: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("rolePicker")
        self.setAccessibleName(self.tr("Choose the station role"))

        heading = QLabel(self.tr("Choose this station's role"))
        heading.setObjectName("rolePickerHeading")
        fonts.heading(heading, 1.8)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        hint = QLabel(
            self.tr(
                "Each laptop runs as one station. Pick what this one does today; "
                "you can change it later."
            )
        )
        hint.setObjectName("rolePickerHint")
        hint.setWordWrap(True)
        fonts.scale_font(hint, 1.15)
        hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        column = QWidget()
        column.setObjectName("roleButtons")
        column.setFixedWidth(720)
        column.setStyleSheet(_BUTTON_STYLE)
        buttons = QVBoxLayout(column)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(16)
        self.buttons: dict[str, RoleButton] = {}
        for role in ROLES:
            button = RoleButton(role_title(role, mnemonic=True), role_description(role))
            button.setObjectName(_BUTTON_NAMES[role])
            button.setAccessibleName(role_title(role))
            button.setAccessibleDescription(role_description(role))
            button.setToolTip(role_description(role))
            button.setAutoDefault(True)  # Enter activates the focused button, not only Space
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _checked=False, r=role: self.role_chosen.emit(r))
            buttons.addWidget(button)
            self.buttons[role] = button

        self.pack_button = QPushButton(self.tr("Start this laptop from a station &pack…"))
        self.pack_button.setObjectName("startFromPackButton")
        self.pack_button.setAccessibleName(self.tr("Start this laptop from a station pack"))
        self.pack_button.setToolTip(
            self.tr("A desk or booth laptop: open the .fdpack file the organiser gave you.")
        )
        self.pack_button.clicked.connect(self.start_from_pack_requested)
        self.pack_button.setVisible(offer_pack)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addWidget(hint)
        layout.addSpacing(28)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self.pack_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setFocusProxy(self.buttons["desk"])
