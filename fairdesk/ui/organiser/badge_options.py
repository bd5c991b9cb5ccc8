"""The option panel of the Badges screen: layout, which badges, which fields, the look.

Only widgets: the Badges screen reads them and wires their signals, so this panel stays a plain
form that a test (or an accessibility tool) finds by object name.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fairdesk.core.badge_layout import DEFAULT_PRESET, PRESETS
from fairdesk.ui.organiser.badge_printing import layout_label

FIELDS = (
    ("show_title", QT_TRANSLATE_NOOP("BadgeOptions", "Fair title")),
    ("show_university", QT_TRANSLATE_NOOP("BadgeOptions", "University")),
    ("show_degree_major", QT_TRANSLATE_NOOP("BadgeOptions", "Degree · major")),
    ("show_year", QT_TRANSLATE_NOOP("BadgeOptions", "Graduation year")),
    ("show_serial", QT_TRANSLATE_NOOP("BadgeOptions", "Serial under the QR")),
)

LANGUAGES = (("zh", "中文 (硕士, 2026届)"), ("en", "English"), ("both", "中文 + English"))


def named(widget: QWidget, name: str, accessible: str) -> QWidget:
    """Give `widget` the object name tests use and the name screen readers speak."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class BadgeOptions(QWidget):
    """The form on the left of the Badges screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("badgeOptions")
        self.layout_combo = QComboBox()
        named(self.layout_combo, "layoutCombo", self.tr("Badge layout"))
        for p in PRESETS.values():
            self.layout_combo.addItem(layout_label(p.key), p.key)
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(DEFAULT_PRESET))
        self.university_combo = QComboBox()
        named(self.university_combo, "universityCombo", self.tr("University"))
        self.university_combo.addItem(self.tr("All universities"), "")
        self.unprinted_check = QCheckBox(self.tr("Only badges not yet printed"))
        named(self.unprinted_check, "onlyUnprintedCheck", self.tr("Only not yet printed"))
        self.field_checks: dict[str, QCheckBox] = {}
        for field, label in FIELDS:
            check = QCheckBox(self.tr(str(label)))
            named(check, f"field_{field}", self.tr(str(label)))
            check.setChecked(True)
            self.field_checks[field] = check
        self.language_combo = QComboBox()
        named(self.language_combo, "languageCombo", self.tr("Degree and year in"))
        for code, text in LANGUAGES:
            self.language_combo.addItem(text, code)
        self.accent_button = QPushButton(self.tr("Accent colour…"))
        named(self.accent_button, "accentButton", self.tr("Accent colour"))
        self.logo_button = QPushButton(self.tr("Logo…"))
        named(self.logo_button, "logoButton", self.tr("Logo"))
        self.clear_logo_button = QPushButton(self.tr("No logo"))
        named(self.clear_logo_button, "clearLogoButton", self.tr("No logo"))

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Layout:"), self.layout_combo)
        form.addRow(self.tr("University:"), self.university_combo)
        form.addRow("", self.unprinted_check)
        fields = QVBoxLayout()
        for check in self.field_checks.values():
            fields.addWidget(check)
        form.addRow(self.tr("On the badge:"), fields)
        form.addRow(self.tr("Degree and year in:"), self.language_combo)
        looks = QHBoxLayout()
        for button in (self.accent_button, self.logo_button, self.clear_logo_button):
            looks.addWidget(button)
        form.addRow(self.tr("Look:"), looks)
