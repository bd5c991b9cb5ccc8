"""The Printouts tool's controls: the floor map (paper, hall), booth signs and PIN slips
groups, each with its "Save … PDF…" and "Print…" buttons, a busy bar and a status line."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


class PrintoutsControls(QWidget):
    """The widgets only; `PrintoutsScreen` connects them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build()

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        _named(button, name, accessible)
        self.buttons.append(button)
        return button

    def _build(self) -> None:
        self.buttons: list[QPushButton] = []
        self.paper_combo = QComboBox()
        _named(self.paper_combo, "mapPaperCombo", self.tr("Paper"))
        self.paper_combo.addItem(self.tr("A3 landscape"), "A3")
        self.paper_combo.addItem(self.tr("A4 landscape"), "A4")
        self.hall_combo = QComboBox()
        _named(self.hall_combo, "mapHallCombo", self.tr("Hall"))
        self.hall_combo.addItem(self.tr("Every hall"), None)
        self.save_map_button = self._button(
            self.tr("Save floor map &PDF…"), "saveMapButton", self.tr("Save the floor map as PDF")
        )
        self.print_map_button = self._button(
            self.tr("Print floor &map…"), "printMapButton", self.tr("Print the floor map")
        )
        map_box = QGroupBox(self.tr("Floor map"))
        form = QFormLayout(map_box)
        form.addRow(
            QLabel(
                self.tr(
                    "A page per hall with booth codes and companies, then the "
                    "company index in pinyin order."
                )
            )
        )
        form.addRow(self.tr("Paper:"), self.paper_combo)
        form.addRow(self.tr("Hall:"), self.hall_combo)
        form.addRow(self._row(self.save_map_button, self.print_map_button))

        self.save_signs_button = self._button(
            self.tr("Save booth &signs PDF…"), "saveSignsButton", self.tr("Save booth signs as PDF")
        )
        self.print_signs_button = self._button(
            self.tr("Print booth si&gns…"), "printSignsButton", self.tr("Print booth signs")
        )
        signs_box = QGroupBox(self.tr("Booth signs"))
        signs_layout = QVBoxLayout(signs_box)
        signs_layout.addWidget(
            QLabel(
                self.tr(
                    "One A4 landscape page per booth with a company: "
                    "booth code, company, positions, majors."
                )
            )
        )
        signs_layout.addLayout(self._row(self.save_signs_button, self.print_signs_button))

        self.save_slips_button = self._button(
            self.tr("Save PIN s&lips PDF…"),
            "saveSlipsButton",
            self.tr("Save booth PIN slips as PDF"),
        )
        self.print_slips_button = self._button(
            self.tr("Print PIN sli&ps…"), "printSlipsButton", self.tr("Print booth PIN slips")
        )
        slips_box = QGroupBox(self.tr("Booth PIN slips"))
        slips_layout = QVBoxLayout(slips_box)
        explain = QLabel(
            self.tr(
                "A new PIN for every company that has none, four slips to an "
                "A4 page. A company with a PIN keeps it: only a scrambled copy "
                "is stored, so it cannot be printed again."
            )
        )
        explain.setWordWrap(True)
        slips_layout.addWidget(explain)
        slips_layout.addLayout(self._row(self.save_slips_button, self.print_slips_button))

        self.progress = QProgressBar()
        _named(self.progress, "printoutProgress", self.tr("Progress"))
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status_label = QLabel()
        _named(self.status_label, "printoutStatus", self.tr("Status"))
        self.status_label.setWordWrap(True)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        for widget in (map_box, signs_box, slips_box, self.progress, self.status_label):
            root.addWidget(widget)
        root.addStretch(1)

    @staticmethod
    def _row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row
