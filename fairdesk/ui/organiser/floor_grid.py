"""The floor plan's "Grid…" dialog: rows × columns of new booths in a hall, their code prefix,
and an aisle after every N rows (the first one the main aisle)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)


@dataclass(frozen=True)
class GridChoice:
    hall: str
    rows: int
    cols: int
    prefix: str
    aisle_every: int


class GridDialog(QDialog):
    def __init__(
        self, halls: Sequence[str], hall: str, prefix: str = "A", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("floorGridDialog")
        self.setWindowTitle(self.tr("Booth grid"))
        self.hall_combo = QComboBox()
        self.hall_combo.setObjectName("gridHall")
        self.hall_combo.setAccessibleName(self.tr("Hall"))
        self.hall_combo.setEditable(True)
        self.hall_combo.addItems([h for h in halls if h])
        self.hall_combo.setCurrentText(hall or self.tr("Hall 1"))
        self.rows = self._spin("gridRows", self.tr("Rows"), 1, 50, 6)
        self.cols = self._spin("gridCols", self.tr("Columns"), 1, 100, 10)
        self.aisle_every = self._spin(
            "gridAisleEvery", self.tr("Aisle after every N rows"), 0, 50, 2
        )
        self.aisle_every.setSpecialValueText(self.tr("no aisles"))
        self.prefix = QLineEdit(prefix)
        self.prefix.setObjectName("gridPrefix")
        self.prefix.setAccessibleName(self.tr("Code prefix"))
        self.prefix.setMaxLength(3)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("gridButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Hall:"), self.hall_combo)
        form.addRow(self.tr("&Rows:"), self.rows)
        form.addRow(self.tr("&Columns:"), self.cols)
        form.addRow(self.tr("Code &prefix:"), self.prefix)
        form.addRow(self.tr("&Aisle after every:"), self.aisle_every)
        form.addRow(buttons)

    def _spin(self, name: str, label: str, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(label)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def choice(self) -> GridChoice:
        return GridChoice(
            " ".join(self.hall_combo.currentText().split()),
            self.rows.value(),
            self.cols.value(),
            self.prefix.text().strip() or "A",
            self.aisle_every.value(),
        )
