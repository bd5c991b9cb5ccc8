"""Walk-in registration form: a student who is not on the roster, registered at the desk.

The form checks nothing itself: the registration service applies the roster import's rules and
its refusal (field and reason) is shown under the form. Before registering, the roster is searched
for the same person (same university + 学号, or same phone); if found, the form lists them and
offers to check that record in instead. Ctrl+Enter registers; there is no default button, so a
stray scanner Enter cannot submit a half-filled form.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fairdesk.core.messages import render
from fairdesk.errors import UserError
from fairdesk.services.desk.registration import WalkInForm, WalkInInvalid
from fairdesk.ui.labels import degree_choices

logger = logging.getLogger(__name__)

DEGREES = ("", *degree_choices())


class WalkInDialog(QDialog):
    """`registered(WalkInResult)` after a new registration; `existing_chosen(uuid)` for a match."""

    registered = Signal(object)
    existing_chosen = Signal(object)

    def __init__(self, registration: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkInDialog")
        self.setWindowTitle(self.tr("Walk-in registration"))
        self.setAccessibleName(self.tr("Walk-in registration"))
        self._registration = registration
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label in (
            ("name", self.tr("Name *")),
            ("university", self.tr("University *")),
            ("student_no", self.tr("Student no")),
            ("school", self.tr("School")),
            ("major", self.tr("Major")),
        ):
            form.addRow(label, self._field(key, label))
        self.degree = QComboBox(self)
        self.degree.setObjectName("walkIn_degree")
        self.degree.setAccessibleName(self.tr("Degree"))
        self.degree.addItems(list(DEGREES))
        form.addRow(self.tr("Degree"), self.degree)
        for key, label in (
            ("grad_year", self.tr("Graduation year")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("Email")),
        ):
            form.addRow(label, self._field(key, label))
        self.consent = QCheckBox(self.tr("Share my contact details with companies I visit"), self)
        self.consent.setObjectName("walkIn_consent")
        self.consent.setAccessibleName(self.consent.text())
        form.addRow("", self.consent)

        self.error = QLabel(self)
        self.error.setObjectName("walkInError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b71c1c; font-weight: 600; }")
        self.error.hide()
        self.duplicates = QListWidget(self)
        self.duplicates.setObjectName("walkInDuplicates")
        self.duplicates.setAccessibleName(self.tr("Students already in the roster"))
        self.duplicates.hide()
        self.use_existing = self._button("walkInUseExisting", self.tr("Check in this student"))
        self.use_existing.hide()
        self.use_existing.clicked.connect(self._use_existing)
        self.register_button = self._button(
            "walkInRegister", self.tr("Register, check in and print (Ctrl+Enter)")
        )
        self.register_button.clicked.connect(self.submit)
        cancel = self._button("walkInCancel", self.tr("Cancel (Esc)"))
        cancel.clicked.connect(self.reject)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self).activated.connect(self.submit)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.use_existing)
        buttons.addWidget(self.register_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.duplicates)
        layout.addLayout(buttons)
        self.resize(560, 0)
        self.fields["name"].setFocus()

    def _field(self, key: str, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"walkIn_{key}")
        edit.setAccessibleName(label.rstrip(" *"))
        self.fields[key] = edit
        return edit

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        button.setDefault(False)
        return button

    def form(self) -> WalkInForm:
        values = {key: edit.text() for key, edit in self.fields.items()}
        return WalkInForm(degree=self.degree.currentText(), consent=self.consent.isChecked(),
                          **values)  # fmt: skip

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def submit(self) -> None:
        """Validate, look for the same person, then register (or offer the existing record)."""
        form = self.form()
        try:
            existing = self._registration.duplicates(form)
            if existing:
                self._offer(existing)
                return
            result = self._registration.register(form)
        except WalkInInvalid as exc:
            self._show_invalid(exc)
            return
        except UserError as exc:
            self._show_error(str(exc))
            return
        self._show_error("")
        self.registered.emit(result)
        self.accept()

    def _show_invalid(self, exc: WalkInInvalid) -> None:
        """The field's own label and the reason in the interface's language; focus goes there."""
        reason = render(exc.reason)
        key = exc.field.split("/")[0]
        edit = self.fields.get(key)
        label = edit.accessibleName() if edit is not None else exc.field
        self._show_error(self.tr("{field}: {reason}").format(field=label, reason=reason))
        if edit is not None:
            edit.setFocus()
            edit.selectAll()

    def _offer(self, people: list[Any]) -> None:
        self.duplicates.clear()
        for person in people:
            text = f"{person.name} · {person.university} · {person.student_no or ''}"
            item = QListWidgetItem(text, self.duplicates)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
        self.duplicates.setCurrentRow(0)
        self.duplicates.show()
        self.use_existing.show()
        self._show_error(
            self.tr("Already in the roster — check in the existing record instead of a new one.")
        )
        self.duplicates.setFocus()

    def _use_existing(self) -> None:
        item = self.duplicates.currentItem()
        if item is None:
            return
        person: uuid.UUID = item.data(Qt.ItemDataRole.UserRole)
        self.existing_chosen.emit(person)
        self.accept()
