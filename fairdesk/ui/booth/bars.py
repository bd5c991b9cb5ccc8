"""The booth station's two top rows: the header (company, idle lock, export, lock) and the scan bar.

Plain widgets that emit what was asked for; the station decides what happens.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from fairdesk.ui import fonts
from fairdesk.ui.widgets.scan_capture import ScanLineEdit

logger = logging.getLogger(__name__)

OK_STYLE = "color: #1b5e20; font-weight: bold;"
ERROR_STYLE = "color: #b71c1c; font-weight: bold;"
WARN_STYLE = "color: #e65100; font-weight: bold;"


def _button(name: str, text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", ""))
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class BoothHeader(QWidget):
    """Company name, "lock after N min", Export…, Lock."""

    export_requested = Signal()
    lock_requested = Signal()
    lock_minutes_changed = Signal(int)

    def __init__(self, company: str, lock_minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boothHeader")
        self.setAccessibleName(self.tr("Booth header"))
        name = QLabel(company)
        name.setObjectName("boothCompanyName")
        fonts.heading(name, 1.4)
        self.lock_spin = QSpinBox()
        self.lock_spin.setObjectName("lockMinutes")
        self.lock_spin.setAccessibleName(self.tr("Lock after idle minutes"))
        self.lock_spin.setRange(1, 120)
        self.lock_spin.setValue(lock_minutes)
        self.lock_spin.setSuffix(self.tr(" min"))
        self.lock_spin.valueChanged.connect(self.lock_minutes_changed)
        self.export_button = _button("exportButton", self.tr("&Export…"))
        self.export_button.clicked.connect(self.export_requested)
        self.lock_button = _button("lockButton", self.tr("&Lock (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(name, 1)
        row.addWidget(QLabel(self.tr("Lock after")))
        row.addWidget(self.lock_spin)
        row.addWidget(self.export_button)
        row.addWidget(self.lock_button)


class ScanBar(QWidget):
    """The scan field (IME off), the webcam toggle and the last scan's verdict."""

    code_entered = Signal(str)
    camera_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanBar")
        self.setAccessibleName(self.tr("Scan bar"))
        self.input = ScanLineEdit()
        self.input.setObjectName("scanInput")
        self.input.setAccessibleName(self.tr("Badge code"))
        self.input.setPlaceholderText(
            self.tr("Scan a badge, or type its code and press Enter (F2)")
        )
        self.input.returnPressed.connect(self._on_return)
        self.camera_button = _button("cameraButton", self.tr("&Webcam"))
        self.camera_button.setCheckable(True)
        self.camera_button.toggled.connect(self.camera_toggled)
        self.result = QLabel()
        self.result.setObjectName("scanResult")
        self.result.setAccessibleName(self.tr("Scan result"))
        fonts.scale_font(self.result, 1.25)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.input, 3)
        row.addWidget(self.camera_button)
        row.addWidget(self.result, 4)

    def say(self, text: str, *, error: bool = False, warn: bool = False) -> None:
        self.result.setStyleSheet(ERROR_STYLE if error else WARN_STYLE if warn else OK_STYLE)
        self.result.setText(text)

    def _on_return(self) -> None:
        text = self.input.text().strip()
        self.input.clear()
        if text:
            self.code_entered.emit(text)
