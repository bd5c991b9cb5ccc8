"""The Import tool's university chooser: the fair's universities so far, or one typed.

A roster one school sends has no 学校 column; every student then gets the university chosen
here (and a roster that has the column gets it in the cells left empty). The hint beside the
box says which, in red while a university is still needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QWidget

if TYPE_CHECKING:
    from fairdesk.services.importing.preview import ImportPreview


class UniversityRow(QWidget):
    """An editable combo and its hint; `changed` whenever the text changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importUniversityRow")
        self.has_column = True
        self.combo = QComboBox()
        self.combo.setObjectName("importUniversity")
        self.combo.setAccessibleName(self.tr("University of every student"))
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumWidth(260)
        line = self.combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Choose or type a university"))
        self.combo.currentTextChanged.connect(self._text_changed)
        self.hint = QLabel()
        self.hint.setObjectName("importUniversityHint")
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.combo)
        row.addWidget(self.hint, 1)
        form.addRow(self.tr("University"), row)

    def set_names(self, names: list[str]) -> None:
        """The fair's universities, keeping what was typed."""
        typed = self.combo.currentText()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(names)
        self.combo.setEditText(typed)
        self.combo.blockSignals(False)

    def set_preview(self, preview: ImportPreview) -> None:
        self.has_column = preview.has_university
        self._update_hint()

    def university(self) -> str | None:
        return self.combo.currentText().strip() or None

    def ready(self) -> bool:
        """Whether an import may start: the file names universities, or one is chosen."""
        return self.has_column or self.university() is not None

    def _text_changed(self) -> None:
        self._update_hint()
        self.changed.emit()

    def _update_hint(self) -> None:
        colour = ""
        if self.has_column:
            text = self.tr("Optional: given to the rows whose university cell is empty.")
        elif self.university() is None:
            text = self.tr(
                "The file has no university column: choose the university of every student."
            )
            colour = "color: #b00020;"
        else:
            text = self.tr("The file has no university column: every student gets this university.")
        self.hint.setText(text)
        self.hint.setStyleSheet(colour)
