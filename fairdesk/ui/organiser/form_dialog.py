"""A form dialog that saves through the TaskRunner and shows a refused field beside the form.

The Students, Companies and position dialogs share it: `save(form)` runs off the GUI thread
(it is a service call, one transaction); a `FieldInvalid` keeps the dialog open, says why in its
error line and puts the cursor in the field it names; success emits `saved(result)` and closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fairdesk.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)


class FormDialog(QDialog):
    """See the module docstring; a subclass adds rows with `line` and builds `form()`."""

    saved = Signal(object)
    refused = Signal(str)  # the field a FieldInvalid named ("" for another refusal)

    def __init__(
        self,
        name: str,
        title: str,
        save: Callable[[Any], Any],
        tasks: TaskRunner,
        kinds: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(440)
        self._save, self._tasks, self._kinds, self._name = save, tasks, kinds, name
        self.fields: dict[str, QWidget] = {}
        self.layout_form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName(f"{name}Error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName(f"{name}Save")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addLayout(self.layout_form)
        root.addWidget(self.error)
        root.addWidget(self.buttons)

    def line(self, field: str, label: str, value: str = "") -> QLineEdit:
        """A text row for `field`, filled with `value`."""
        edit = QLineEdit(value)
        self.add(field, label, edit)
        return edit

    def add(self, field: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(f"{self._name}_{field}")
        widget.setAccessibleName(label)
        self.fields[field] = widget
        self.layout_form.addRow(label, widget)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()

    def form(self) -> Any:
        """What was typed, as the service's form dataclass."""
        raise NotImplementedError

    def submit(self) -> None:
        form = self.form()
        self.save_button.setEnabled(False)
        self._tasks.write(lambda: self._save(form), self._done, self._failed, kinds=self._kinds)

    def _done(self, result: Any) -> None:
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        field = str(getattr(exc, "field", ""))
        self.error.setText(str(exc) if hasattr(exc, "key") else _unexpected())
        self.error.show()
        widget = self.fields.get(field)
        if widget is not None:
            widget.setFocus()
        self.refused.emit(field)


def _unexpected() -> str:
    return QCoreApplication.translate("FormDialog", "Not saved: an unexpected error (see the log).")
