"""The New fair wizard's pages: name, venue, dates, halls, organiser PIN.

Each page collects one thing and says plainly, on the page, what is wrong before Next moves on
(no dialog on top of a dialog). The summary page and the wizard itself are in `new_fair`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from fairdesk.errors import UserError
from fairdesk.ui.organiser.setup_protocols import FairCreation


def named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


def problem_label(name: str) -> QLabel:
    """The page's own line for what stops Next (red, empty until something does)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


def _pin_edit(name: str, accessible: str, digits: QRegularExpressionValidator) -> QLineEdit:
    """A masked digits-only field with no input method (a PIN is typed, never composed)."""
    edit = QLineEdit()
    named(edit, name, accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    edit.setValidator(digits)
    edit.setMaximumWidth(220)
    return edit


class NamePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Name the fair"))
        self.setSubTitle(self.tr("As students and companies will see it, e.g. 2026届秋季双选会."))
        self.name_edit = QLineEdit()
        named(self.name_edit, "fairNameInput", self.tr("Fair name"))
        self.name_edit.setMaxLength(120)
        self.registerField("name*", self.name_edit)
        form = QFormLayout(self)
        form.addRow(self.tr("Na&me:"), self.name_edit)


class VenuePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where is it?"))
        self.setSubTitle(self.tr("The venue, e.g. 体育馆 (you can leave it empty)."))
        self.venue_edit = QLineEdit()
        named(self.venue_edit, "fairVenueInput", self.tr("Venue"))
        self.venue_edit.setMaxLength(200)
        self.registerField("venue", self.venue_edit)
        form = QFormLayout(self)
        form.addRow(self.tr("&Venue:"), self.venue_edit)


class DatesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("When is it?"))
        self.setSubTitle(self.tr("The first and the last day (the same day for a one-day fair)."))
        today = QDate.currentDate()
        self.first_edit = self._date_edit("firstDayInput", self.tr("First day"), today)
        self.last_edit = self._date_edit("lastDayInput", self.tr("Last day"), today)
        self.first_edit.dateChanged.connect(self._first_changed)
        self.problem = problem_label("datesProblem")
        form = QFormLayout(self)
        form.addRow(self.tr("Fi&rst day:"), self.first_edit)
        form.addRow(self.tr("&Last day:"), self.last_edit)
        form.addRow(self.problem)

    def _date_edit(self, name: str, accessible: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        named(edit, name, accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _first_changed(self, day: QDate) -> None:
        if self.last_edit.date() < day:  # a later first day carries the last one with it
            self.last_edit.setDate(day)

    def validatePage(self) -> bool:
        if self.last_edit.date() < self.first_edit.date():
            self.problem.setText(self.tr("The last day is before the first."))
            return False
        self.problem.clear()
        return True


class HallEdit(QLineEdit):
    """Enter adds the typed hall and stays on the page; Enter on an empty field is Next."""

    def __init__(self, add: Callable[[], None]) -> None:
        super().__init__()
        self._add = add

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self._add()
            event.accept()  # not the wizard's default button
            return
        super().keyPressEvent(event)


class HallsPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Halls"))
        self.setSubTitle(
            self.tr("The halls booths stand in, e.g. A馆, B馆. The floor plan draws each one.")
        )
        self.hall_edit = HallEdit(self.add_hall)
        named(self.hall_edit, "hallNameInput", self.tr("Hall name"))
        self.hall_edit.setMaxLength(60)
        self.add_button = QPushButton(self.tr("&Add"))
        named(self.add_button, "addHallButton", self.tr("Add hall"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_hall)
        self.list = QListWidget()
        named(self.list, "hallList", self.tr("Halls"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        named(self.remove_button, "removeHallButton", self.tr("Remove hall"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_hall)
        self.problem = problem_label("hallsProblem")
        row = QHBoxLayout()
        row.addWidget(self.hall_edit, 1)
        row.addWidget(self.add_button)
        side = QHBoxLayout()
        side.addWidget(self.list, 1)
        side.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(side)
        layout.addWidget(self.problem)

    def halls(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def add_hall(self) -> None:
        name = " ".join(self.hall_edit.text().split())
        if not name:
            return
        if "," in name or "，" in name:
            self.problem.setText(self.tr("A hall name cannot contain a comma."))
            return
        if name.casefold() in (h.casefold() for h in self.halls()):
            self.problem.setText(self.tr("{name} is in the list already.").format(name=name))
            return
        self.problem.clear()
        self.list.addItem(name)
        self.list.setCurrentRow(self.list.count() - 1)
        self.hall_edit.clear()

    def remove_hall(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def validatePage(self) -> bool:
        if self.hall_edit.text().strip():  # typed but not added: add it rather than lose it
            self.add_hall()
        return not self.problem.text()


class PinPage(QWizardPage):
    """The organiser PIN, typed twice; checked by the service's rule (4–8 digits, not 1234)."""

    def __init__(self, service: FairCreation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setTitle(self.tr("Organiser PIN"))
        self.setSubTitle(
            self.tr(
                "4–8 digits. A desk laptop asks for it before it opens the organiser's "
                "station. Keep it among the organisers."
            )
        )
        digits = QRegularExpressionValidator(QRegularExpression("[0-9０-９]{0,8}"), self)
        self.pin_edit = self._pin_edit("organiserPinInput", self.tr("Organiser PIN"), digits)
        self.again_edit = self._pin_edit(
            "organiserPinAgain", self.tr("Organiser PIN again"), digits
        )
        self.problem = problem_label("pinProblem")
        form = QFormLayout(self)
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        form.addRow(self.tr("&Again:"), self.again_edit)
        form.addRow(self.problem)

    def _pin_edit(
        self, name: str, accessible: str, digits: QRegularExpressionValidator
    ) -> QLineEdit:
        edit = QLineEdit()
        named(edit, name, accessible)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        edit.setValidator(digits)
        edit.setMaximumWidth(220)
        return edit

    def pin(self) -> str:
        return self.pin_edit.text()

    def validatePage(self) -> bool:
        if self.pin_edit.text() != self.again_edit.text():
            self.problem.setText(self.tr("The two PINs differ. Type the same PIN twice."))
            self.again_edit.clear()
            self.again_edit.setFocus()
            return False
        try:
            self._service.check_pin(self.pin_edit.text())
        except UserError as exc:
            self.problem.setText(str(exc))
            self.pin_edit.clear()
            self.again_edit.clear()
            self.pin_edit.setFocus()
            return False
        self.problem.clear()
        return True
