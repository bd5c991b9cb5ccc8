"""The small parts the pack, merge and start-from-pack dialogs share.

Their button row, a passphrase field (never shown in clear; an input method still types into it,
so a Chinese passphrase works), a plain error line under a form (a `UserError` in its own words;
empty: hidden), and a folder row (a read-only path and a "Choose…" button opening Qt's folder
dialog), so each dialog says the same things the same way.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)


def passphrase_field(name: str, accessible: str) -> QLineEdit:
    """A password-style line edit for the organiser's passphrase."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return edit


def action_buttons(
    dialog: QDialog, action: QPushButton, *, cancel: bool = False
) -> QDialogButtonBox:
    """The dialog's own button (`action`) beside Close (the dialog stays open for another go) or,
    with `cancel`, Cancel (the action ends the dialog)."""
    Std, Role = QDialogButtonBox.StandardButton, QDialogButtonBox.ButtonRole
    buttons = QDialogButtonBox(Std.Cancel if cancel else Std.Close)
    buttons.addButton(action, Role.AcceptRole if cancel else Role.ActionRole)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ErrorLine(QLabel):
    """Why the last attempt did not work, in red under the form; hidden while there is none."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(QCoreApplication.translate("ErrorLine", "Problem"))
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error("")


class FolderRow(QWidget):
    """A chosen folder: its path (read-only) and a button that opens the folder dialog."""

    chosen = Signal(object)  # Path

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._title = title
        self.folder: Path | None = None
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName(f"{name}Path")
        self.path_edit.setAccessibleName(title)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(
            QCoreApplication.translate("FolderRow", "No folder chosen")
        )
        self.button = QPushButton(QCoreApplication.translate("FolderRow", "Choose…"))
        self.button.setObjectName(f"{name}Button")
        self.button.setAccessibleName(title)
        self.button.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.button)

    def choose(self) -> None:
        start = str(self.folder) if self.folder is not None else ""
        picked = QFileDialog.getExistingDirectory(self, self._title, start)
        if picked:
            self.set_folder(Path(picked))

    def set_folder(self, folder: Path | None) -> None:
        self.folder = folder
        self.path_edit.setText(str(folder) if folder is not None else "")
        self.path_edit.setToolTip(str(folder) if folder is not None else "")
        if folder is not None:
            self.chosen.emit(folder)
