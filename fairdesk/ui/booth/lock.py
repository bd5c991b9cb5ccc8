"""The booth's gate: a company chooser (when no company was given) and the PIN lock.

Both are plain widgets that emit what the person chose; `BoothScreen` checks the PIN through the
booth service off the GUI thread and decides what shows next.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fairdesk.services.booth.auth import CompanyChoice
from fairdesk.ui import fonts

logger = logging.getLogger(__name__)


def _heading(text: str, scale: float = 1.6) -> QLabel:
    label = QLabel(text)
    fonts.heading(label, scale)
    label.setWordWrap(True)
    return label


class CompanyChooser(QWidget):
    """Type to filter, arrows to pick, Enter to choose."""

    chosen = Signal(object)  # CompanyChoice

    def __init__(self, companies: Sequence[CompanyChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boothCompanyChooser")
        self.setAccessibleName(self.tr("Choose your company"))
        self._companies = list(companies)
        heading = _heading(self.tr("Which company is this booth for?"))
        heading.setObjectName("chooserHeading")
        self.filter = QLineEdit()
        self.filter.setObjectName("companyFilter")
        self.filter.setAccessibleName(self.tr("Filter companies"))
        self.filter.setPlaceholderText(self.tr("Type part of the name or the booth number"))
        self.filter.textChanged.connect(self._refill)
        self.filter.returnPressed.connect(self._choose_current)
        self.list = QListWidget()
        self.list.setObjectName("companyList")
        self.list.setAccessibleName(self.tr("Companies"))
        self.list.itemActivated.connect(lambda _item: self._choose_current())
        self.open_button = QPushButton(self.tr("&Open booth"))
        self.open_button.setObjectName("openBoothButton")
        self.open_button.setAccessibleName(self.tr("Open booth"))
        self.open_button.clicked.connect(self._choose_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.setFocusProxy(self.filter)
        self._refill("")

    def set_companies(self, companies: Sequence[CompanyChoice]) -> None:
        """The fair's companies read again (one added, a PIN set); the filter stays."""
        self._companies = list(companies)
        self._refill(self.filter.text())

    @Slot(str)
    def _refill(self, text: str) -> None:
        needle = text.strip().lower()
        self.list.clear()
        for company in self._companies:
            label = f"{company.booth_code} · {company.name}" if company.booth_code else company.name
            if not company.has_pin:
                label += "  " + self.tr("(no PIN yet)")
            if needle and needle not in label.lower():
                continue
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, company)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _choose_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))


class PinLock(QWidget):
    """The PIN prompt, shown at start and after the idle timeout."""

    pin_entered = Signal(str)
    change_company = Signal()

    def __init__(self, parent: QWidget | None = None, *, can_change: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("boothLock")
        self.setAccessibleName(self.tr("Booth locked"))
        self.company_label = _heading("", 1.8)
        self.company_label.setObjectName("lockCompanyName")
        prompt = QLabel(self.tr("Enter the booth PIN and press Enter."))
        prompt.setObjectName("lockPrompt")
        self.pin = QLineEdit()
        self.pin.setObjectName("pinInput")
        self.pin.setAccessibleName(self.tr("Booth PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.pin.setMaxLength(32)
        self.pin.setMaximumWidth(260)
        self.pin.returnPressed.connect(self._submit)
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setAccessibleName(self.tr("PIN message"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = QPushButton(self.tr("Change &company"))
        self.change_button.setObjectName("changeCompanyButton")
        self.change_button.setAccessibleName(self.tr("Change company"))
        self.change_button.setVisible(can_change)
        self.change_button.clicked.connect(self.change_company)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(self.company_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(prompt, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.pin, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setFocusProxy(self.pin)

    def prepare(self, company: str, message: str = "") -> None:
        """Show the lock for `company`, empty PIN field, optional message."""
        self.company_label.setText(company)
        self.pin.clear()
        self.pin.setEnabled(True)
        self.message.setText(message)

    def set_checking(self, checking: bool) -> None:
        self.pin.setEnabled(not checking)
        if checking:
            self.message.setText(self.tr("Checking…"))

    def refuse(self, message: str) -> None:
        self.set_checking(False)
        self.pin.clear()
        self.message.setText(message)
        self.pin.setFocus()

    @Slot()
    def _submit(self) -> None:
        pin = self.pin.text()
        if pin:
            self.pin_entered.emit(pin)
