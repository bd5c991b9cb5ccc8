"""The floor plan's tool row: the hall, Grid…, the drawing modes, Lock, Main aisle, Delete,
Auto-assign, Undo/Redo (from the QUndoStack) and zoom."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from fairdesk.ui.organiser.floor_view import Mode


class FloorToolbar(QWidget):
    hall_chosen = Signal(str)
    mode_chosen = Signal(object)  # Mode

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorToolbar")
        self.hall_combo = QComboBox()
        self.hall_combo.setObjectName("floorHall")
        self.hall_combo.setAccessibleName(self.tr("Hall"))
        self.hall_combo.setMinimumContentsLength(8)
        self.hall_combo.currentTextChanged.connect(self._hall_changed)
        self._filling = False
        self.grid_button = self._button("floorGridButton", self.tr("&Grid…"),
                                        self.tr("Make a grid of booths"))  # fmt: skip
        self.modes = QButtonGroup(self)
        self.modes.setExclusive(True)
        self.mode_buttons: dict[Mode, QToolButton] = {}
        for mode, name, text in (
            (Mode.SELECT, "floorSelectButton", self.tr("Select")),
            (Mode.DRAW, "floorDrawButton", self.tr("Draw booth")),
            (Mode.AISLE, "floorAisleButton", self.tr("Aisle")),
            (Mode.LABEL, "floorLabelButton", self.tr("Label")),
            (Mode.MOVE, "floorMoveButton", self.tr("Move")),
        ):
            button = QToolButton()
            button.setObjectName(name)
            button.setAccessibleName(text)
            button.setText(text)
            button.setCheckable(True)
            button.clicked.connect(lambda _on=False, m=mode: self.mode_chosen.emit(m))
            self.modes.addButton(button)
            self.mode_buttons[mode] = button
        self.mode_buttons[Mode.SELECT].setChecked(True)
        self.lock_button = self._button("floorLockButton", self.tr("&Lock"), self.tr("Lock booth"))
        self.main_button = self._button("floorMainButton", self.tr("Main aisle"),
                                        self.tr("Mark as the main aisle"))  # fmt: skip
        self.delete_button = self._button("floorDeleteButton", self.tr("Delete"),
                                          self.tr("Delete the selection"))  # fmt: skip
        self.auto_button = self._button(
            "floorAutoButton", self.tr("&Auto-assign"), self.tr("Give every company a booth")
        )
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.undo_button = self._action_button("floorUndoButton", self.undo_action, self.tr("Undo"))
        self.redo_button = self._action_button("floorRedoButton", self.redo_action, self.tr("Redo"))
        self.zoom_out = self._tool("floorZoomOut", "−", self.tr("Zoom out"))
        self.zoom_in = self._tool("floorZoomIn", "+", self.tr("Zoom in"))
        self.fit_button = self._tool("floorFit", self.tr("Fit"), self.tr("Show the whole hall"))

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        hall_label = QLabel(self.tr("&Hall:"))
        hall_label.setBuddy(self.hall_combo)
        row.addWidget(hall_label)
        row.addWidget(self.hall_combo)
        row.addWidget(self.grid_button)
        for button in self.mode_buttons.values():
            row.addWidget(button)
        for widget in (self.lock_button, self.main_button, self.delete_button, self.auto_button,
                       self.undo_button, self.redo_button):  # fmt: skip
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.zoom_out, self.zoom_in, self.fit_button):
            row.addWidget(widget)

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        return button

    def _tool(self, name: str, text: str, accessible: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        return button

    def _action_button(self, name: str, action: QAction, accessible: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setAccessibleName(accessible)
        return button

    def set_halls(self, halls: Sequence[str], current: str) -> None:
        shown = [h or self.tr("(no hall)") for h in halls]
        self._filling = True
        if [self.hall_combo.itemText(i) for i in range(self.hall_combo.count())] != shown:
            self.hall_combo.clear()
            for hall, text in zip(halls, shown, strict=True):
                self.hall_combo.addItem(text, hall)
        index = self.hall_combo.findData(current)
        self.hall_combo.setCurrentIndex(max(0, index))
        self._filling = False

    def _hall_changed(self, _text: str) -> None:
        if not self._filling:
            self.hall_chosen.emit(str(self.hall_combo.currentData() or ""))

    def show_selection(self, locked: bool | None, aisle: bool, anything: bool) -> None:
        """Lock says Unlock on a locked booth; buttons work only on what they apply to."""
        self.lock_button.setEnabled(locked is not None)
        self.lock_button.setText(self.tr("Un&lock") if locked else self.tr("&Lock"))
        self.main_button.setEnabled(aisle)
        self.delete_button.setEnabled(anything)
